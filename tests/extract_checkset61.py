"""A sixty-first check set for the extractor, written blind: chart and slide data as it comes out of PDFs and decks,
where figures stand as bare year-value pairs rather than sentences -- a figure caption or a slide heading that names the
market and its unit once ("(US$ billion)", "Unit: EUR million", "(¥ billion, fiscal years ending March)", "(thousand
units)", （亿元）, 单位：亿元, （新台幣億元）, 單位：億港元, （万台）) and the data after it as runs of "2022: 14.8  2023: 19.1", lines of "2023
actual: 412" and "2025 forecast: 571", bullets of "• FY2024 46.8", a line of years over a line of values (or the values
over the years, as a chart's data labels flatten), "2023A → 2027F: 312 → 905", pairs parted by middle dots with the
currency on each amount, a chart's series one to a line, a pie chart's labels and a two-axis chart's line of rates, with
the CAGR, YoY and 同比 labels printed beside the chart ("CAGR 2024-2026E", "+30.5% p.a.", "~22% CAGR", "CAGR '24-'30E",
"CAGR=33.0%", 2022-2026E年复合增长率, 年成長率, 按年增長) and the furniture of the page between them (running headers, page and slide
numbers, "Source:", 资料来源, 資料來源, "E = estimate", 注：E为预测值, 註：F為預測值), quarters beside the years and penetration rates
beside the amounts; and tables in pipes, tabs and aligned columns as decks and chart data sheets give them (A and E
columns, a unit in a header cell, a 同比 column, a YoY column, years as rows with two series and their total, a Share
column, units shipped by region, CAGR columns whose spans are printed in fiscal years, in Chinese and in short digits).

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too, wherever the table prints it), and in a vertical table, whose rows are years, to its value
column's header (a lone column headed by its unit only is the market's ``Total``). On an earnings call or at an investor
day, the total addressable market a company sizes is the market (``Total``). A second market named beside the first is
an item of its own name, never summed with the ``Total``. Each (item, year) is expected once, at its most precise
statement, in its printed unit, except that one series keeps one unit (the first its text prints): a later figure in
another scale of the same currency is expected converted to the series' unit; an approximate figure ("roughly",
"nearly", "some", 约, 近, 接近, 超过, 突破, 左右) is expected at its printed figure. When an article sets a second publisher's
figure for the same year beside the first publisher's, the first one (whose base, target and rate the text gives) is the
snippet's figure and the second is expected nowhere. A range gives two ``value`` claims for its year. Boilerplate
figures (datelines, report and table numbers, a report's title years, issue numbers, list and note numbers, headcounts,
counts of firms and respondents, ages, a price target and its upside) are expected nowhere; so are a quarter's figure
beside yearly ones, percentage points, a company's own revenue, orders, share target or margin, a share given only as a
fraction in words ("about a quarter of", 约占四成, 占比超过一半), and a percentage that is no share of the market (a margin, a
penetration rate, a survey's answer). An amount in a currency the bundled unit table holds (yen, New Taiwan dollars,
Hong Kong dollars) is the year's observation in that currency (¥ billion ``JPY billion``, 新台幣億元 ``TWD 100 million``, 億港元
``HKD 100 million``, "HK$486 million" ``HKD million``) and its rates get their verdicts from its own amounts; an amount
in a currency the table does not hold (won, rupees, riyals) is no observation. A fiscal year counts as its number
(fiscal 2024, FY2025e -> 2024, 2025). "Last year" / 去年 is the year before the dateline's, "this year" / 今年 / "by
year-end" the dateline's, and a figure of it an ``estimate`` (the year is not over), "next year" / 明年 the year after. A
share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its amounts give it
(its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a
decline is a negative rate; a multiple between two years carries their distance ("2.5x" as x2.5, "more than fivefold" as
x5, and "增长N倍" keeps its printed N as the multiple's value: 较2021年增长3倍 is x3) and gets no verdict. The base of a
forecast is ``actual``; a figure a forecast cue or a target governs (expects, is on track to, forecast, 预计, 預估, 有望), an
E, e, F or P column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them. Where a caption or a slide heading names the market and its unit once, each bare
number of the data under it is that market's figure in that unit (``Total``, unless the chart names its series or the
table its rows), for the year it is paired with: the year before a colon ("2024: 27.6", "2024年：56.3", "2023 actual:
412", "• FY2024 46.8"), or, when the years and the values stand on lines of their own in equal numbers, the year in the
same place on the other line, whichever of the two lines comes first. A year marked E, F, "forecast", "(est.)", (F),
(預測) or 年E is an ``estimate``, an A year or an unmarked past one ``actual``; a source line's date and an "E = estimate"
note change no year. A line of rates pairs its labels with the later year of each step, so a line one label shorter than
the years (or opened by "—") begins at the second year; "YoY", "growth", 同比, 按年增長 and 年成長率 labels are year-on-year
rates. A CAGR label is ``stated`` when it prints its span ("CAGR 2024-2026E", "2021-25E CAGR", "CAGR '24-'30E",
2022-2026E年复合增长率, 2024-2028年複合成長率, 复合年增长率（2024-2029E）, "CAGR FY24-28E", "CAGR 2024-28E") and ``inferred`` when it stands
alone beside a chart whose first and last years give it ("+30.5% p.a." under "2023A → 2027F", "~22% CAGR" under two TAM
years, CAGR：28.1% under 2023A→2028E, "CAGR=33.0%" beside four years). Running headers and footers, page marks ("7",
"22", "p. 23", "P15", 第9页, 簡報第6頁, "Page 31", "[18]"), slide, figure, chart, exhibit and 图表 numbers, a caption's title
years, a bulletin's number, source lines, the company's own revenue, quarters beside the years, a penetration rate,
percentage points, counts of firms and fractions in words are expected nowhere, and a year a sentence states and the
chart below it restates is expected once.

In English: a report's "Figure 7" run ("2022: 14.8  2023: 19.1  2024: 27.6  2025E: 38.2  2026E: 49.5") under "(US$
billion)" gives five years (two ``estimate``), "2024 YoY: +44.5%" a rate its amounts bear out and "CAGR 2024-2026E:
33.9%" a ``stated`` one, the running header and the bare page number nowhere. A slide's "Unit: EUR million" over "2023A
→ 2027F: 312 → 905" gives 2023's ``actual`` and 2027's ``estimate``, "+30.5% p.a." is ``inferred`` over 2023-2027 and
"Card payments were 41% of 2023 spend" a share whose part is not printed. Lines of "2023 actual: 412" and "2025
forecast: 571" under "(USD million)" give four years and "Growth 2024: +18.0%  Growth 2025: +17.5%" their rates. Bullets
of fiscal years in yen ("• FY2022 31.6", "• FY2025 (est.) 55.0") under "(¥ billion, fiscal years ending March)" give JPY
billion and "YoY FY2024: +20.3%" a rate, the footer's "p. 23" nowhere. A line of years ("2021 2022 2023 2024E 2025E")
over a line of values under "(£m)" gives each year, in order, its GBP million figure and "2021-25E CAGR: 37.4%" is
``stated``. Data labels flattened into one line after a caption ("4.2 5.9 8.1 11.3 15.0") with the axis years under them
pair in order, and "CAGR 2021-2025F: 41%" is contradicted by them. A run parted by middle dots ("2023: €2.1bn · 2024:
€2.6bn · 2025F: €3.2bn") gives EUR billion, "2024 growth: +26%" reached only at the rounding of its amounts. A report
page's "2024: $1.2B  2027E: $3.4B  2030E: $6.9B" with "CAGR '24-'30E: 33.8%" (``stated``) is followed by the running
header and the page number, then a sentence with no figure. A chart's series one to a line ("Image and video: 2023 1.42,
2024 1.88", ..., "Total: 2023 2.79, 2024 3.77") give each series its figures, the Total the whole (a ``hierarchy``
verdict) and "Total growth in 2024: 35.1%" the Total's rate. An investor-day slide's "2024 TAM: 18.5" and "2028E TAM:
41.0" under "($ in billions)" size the market (``Total``), "~22% CAGR" is ``inferred`` at its printed figure and the
company's own FY2024 revenue is expected nowhere. A statistics bulletin's chart ("2022: 1,148  2023: 1,092  2024:
1,371") gives EUR million, "fell by 4.2% in 2023" a decline its amounts contradict and "rose by 25.5% in 2024" a rate
they bear out, the bulletin number and the percentage points nowhere. Data labels carrying their currency ("$3.6B $4.9B
$6.7B $9.0B") over the axis years, with "YoY +36% +37% +34%" for the last three years, give each year its figure and
rate. Units shipped "(thousand units)" and "(million units)" are counts (``count thousand``, ``count million``): "Growth
2024: +36.5%" a rate and "more than doubled in 2024" x2 over 2023-2024, the penetration of total PC shipments nowhere.
"CAGR 2023-2027E: 23.4%" beside the chart of a European market in EUR billion is ``stated`` and contradicted by the
chart's own labels. "Q1 2025: 0.92 (Q1 2024: 0.71)" beside the years are quarters, expected nowhere, and "2024 YoY:
+39%" is borne out.

In Chinese: 图3's lines (2022年：38.4 ... 2026年E：82.0) under （亿元） give CNY 100 million, 年E an ``estimate``, and
2022-2026E年复合增长率：20.9% is ``stated``, the page line 第9页 nowhere; a broker's 图表 under 单位：亿元 gives a line of years over a
line of values and 同比 — 71.8% 65.1% 56.9% 47.3% each later year its rate (65.1% reached only at the rounding of its
figures); a city's 统计公报 chart, one year to a line (2021年 497.6亿元 增长20.6%), gives five years and their rates, 2020's
增长18.3% a rate whose base is not printed and 2024's 增长24.8% one its amounts contradict, the title's 2020-2024年 and the
firms counted nowhere; a slide's 2023A→2028E：186亿元→642亿元 gives both years and CAGR：28.1% is ``inferred``; a chart in
（万台） gives units shipped in ``count 10 thousand``, 约为2023年的4.7倍 x4.7 over one year and 2025年预计同比增长约132% a rate; a
sentence broken by the running title and P15 gives 2024年……86.4亿元，同比增长31.7%, the chart below restates 2024 (expected
once) and adds 2023 and the E years, 超过六成 nowhere; a pie chart's labels (CT影像辅助诊断 38.6%, 病理AI 21.4%, ...) are shares of
the caption's year, and 其中CT影像辅助诊断规模为20.3亿元 a part under 市场规模为52.7亿元 whose share is reached only at the rounding; a
prospectus's 由2020年的12.4亿元增至2024年的58.6亿元，年复合增长率为47.4% is ``inferred``, its chart's line of years over a line of values
restates those years (each expected once) and 复合年增长率（2024-2029E）：26.0% is ``stated``; a flattened line of data labels in
（亿美元） over its years gives USD 100 million and CAGR=33.0% is ``inferred`` over 2022-2025; 2025年Q1：36.2 and its
一季度同比增长48.0% are a quarter's, expected nowhere, while 2024年同比增长59.4% is borne out; and a two-axis chart (亿元，左轴; %，右轴)
gives a line of values and a line of four rates for the last four years. In Traditional Chinese a Taiwan institute's
（新台幣億元） lines give TWD 100 million, 2025年(F) an ``estimate`` and 年成長率：98.7%、47.7% the last two years' rates; a Hong Kong
slide's 單位：億港元 gives HKD 100 million, 2025年(預測) an ``estimate`` and 按年增長 its rates with their years in brackets, 約佔……四成
and 簡報第6頁 nowhere; and a Taiwan consultancy's 2024年→2028年(F)：86→312 in （億美元） gives both years and 2024-2028年複合成長率：41.9%
is ``stated`` and contradicted, 突破七成 nowhere.

In tables: a slide's pipe table under "Unit: EUR million" with 2023A, 2024A and 2025E columns adds to its Total row; a
broker's tab-separated chart data under 单位：亿元 gives each 场景 its figures and its 2024年同比 (one reached only at the
rounding) and its 合计 the whole; an aligned table of years in "(£ million)" gives ``Revenue`` its figures (2025F an
``estimate``) and its YoY column each year's rate (one contradicted, "—" none), "Page 31" nowhere; a Traditional Chinese
pipe table in 百萬港元 (HKD million) with a 2025年(預測) column adds to its 總計 row; a deck's tab-separated table in "(¥
billion)" with FY2026E and FY2028E columns gives each segment its ``stated`` "CAGR FY24-28E" over 2024-2028 and its
Total the whole; an exhibit in aligned columns whose rows are years gives its Cloud and On-premises columns their
figures (items of their headers' names) and its Total column the whole each year, the running header and "[18]" nowhere;
a pipe table whose value header carries its unit ("Revenue (US$ million)") and whose caption carries its year gives each
category its share (``arithmetic``) and its Total the whole, its 100.0% no claim; a tab-separated table of units shipped
"(million units)" gives each region its figures in ``count million`` and its "YoY 2025F" rate, its Total the whole; an
aligned Chinese table under 单位：亿元 gives each 区域 its 2024 and 2029E figures and its ``stated`` CAGR（2024-2029E）, its 合计
the whole; and a pipe table in "(£ million)" with a "CAGR 2024-28E" column gives each use case its ``stated`` rate (no
total row, so no ``hierarchy``). Markets vary (AI inference accelerators, AI fraud detection in Europe, AI video
analytics in North America, AI-OCR in Japan, legal AI software in the UK, enterprise conversational AI platforms,
generative AI at European insurers, AI dubbing and localisation, synthetic data generation, AI-native contact-centre
software, Irish exports of AI and data services, AI-generated ad creative tools, AI-enabled collaborative robots, AI
PCs, European AI cybersecurity, AI-enabled drug discovery services, AI数字人, 大模型一体机, 人工智能核心产业, AI法律服务, AI眼镜, 工业AI视觉检测,
AI医学影像, 智能仓储机器人, AI伺服器機櫃組裝, 生成式AI開支, AI資料中心網通交換器, AI芯片先进封装, AI营销内容生成, 具身智能机器人, predictive-maintenance AI software in
Europe, AI语音交互, AI-assisted recruitment software in the UK, 零售業AI應用, generative AI consulting in Japan, AI observability
software, AI chip design IP, GenAI smartphones, AI算力租赁, AI in UK financial services); publishers, speakers and companies
are invented, the sentences are the project's own and the figures plausible. ``python tests/extract_checkset61.py [-v]``
prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a figure caption over a run of "year: value" pairs (2025E and 2026E estimates), a running header and a page
    #    number, a span-printed CAGR beside the chart and a year-on-year label; the figure number and source date
    #    nowhere
    dict(
        text=(
            "Semiconductors · Sector Review\n"
            "Figure 7: Worldwide revenue from AI inference accelerators (US$ billion)\n"
            "2022: 14.8  2023: 19.1  2024: 27.6  2025E: 38.2  2026E: 49.5\n"
            "2024 YoY: +44.5%  CAGR 2024-2026E: 33.9%\n"
            "Source: Brennock Research, March 2025\n"
            "Inference overtook training as the larger workload in 2024, on our channel checks.\n"
            "7"
        ),
        obs=[
            ("Total", 2022, 14.8, "USD billion", "actual"),
            ("Total", 2023, 19.1, "USD billion", "actual"),
            ("Total", 2024, 27.6, "USD billion", "actual"),
            ("Total", 2025, 38.2, "USD billion", "estimate"),
            ("Total", 2026, 49.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 44.5, "percent", 2023, 2024, 1.0),
            ("cagr", 33.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.6 / 19.1 - 1 = 44.503% -> 44.5 (bounds 43.864-45.144)
            ("cagr", "exact"),  # (49.5 / 27.6) ** (1 / 2) - 1 = 33.921% -> 33.9 (bounds 33.732-34.110)
        ],
    ),
    # 2. a slide: "Unit: EUR million" on its own line, "2023A → 2027F: 312 → 905" and "+30.5% p.a." (no span printed:
    #    inferred), a bullet share whose part is not printed; the slide number and the event's name nowhere
    dict(
        text=(
            "Slide 11\n"
            "AI fraud detection: European spend\n"
            "Unit: EUR million\n"
            "2023A → 2027F: 312 → 905\n"
            "+30.5% p.a.\n"
            "• Card payments were 41% of 2023 spend\n"
            "• Instant payments drive the forecast\n"
            "Halvard Capital · Investor Day"
        ),
        obs=[
            ("Total", 2023, 312, "EUR million", "actual"),
            ("Total", 2027, 905, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 30.5, "percent", 2023, 2027, None, "inferred"),
            ("share", 41, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (905 / 312) ** (1 / 4) - 1 = 30.504% -> 30.5 (bounds 30.434-30.574)
        ],
    ),
    # 3. lines of "2023 actual: 412" and "2025 forecast: 571" under a caption whose unit stands on the next line, with
    #    growth labels naming their years
    dict(
        text=(
            "AI video analytics software, North America\n"
            "(USD million)\n"
            "2023 actual: 412\n"
            "2024 actual: 486\n"
            "2025 forecast: 571\n"
            "2026 forecast: 668\n"
            "Growth 2024: +18.0%  Growth 2025: +17.5%\n"
            "Retail loss prevention remains the entry point for most buyers."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2025, 571, "USD million", "estimate"),
            ("Total", 2026, 668, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("growth", 17.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 412 - 1 = 17.961% -> 18.0 (bounds 17.697-18.226)
            ("cagr|implied", "exact"),  # 571 / 486 - 1 = 17.490% -> 17.5 (bounds 17.266-17.714)
        ],
    ),
    # 4. bullets of fiscal years in yen ("• FY2024 46.8", "FY2025 (est.)"), a YoY label, a footer with a page number
    dict(
        text=(
            "Japan: AI-OCR and document processing market\n"
            "(¥ billion, fiscal years ending March)\n"
            "• FY2022 31.6\n"
            "• FY2023 38.9\n"
            "• FY2024 46.8\n"
            "• FY2025 (est.) 55.0\n"
            "YoY FY2024: +20.3%\n"
            "Kisaragi Research Institute — p. 23"
        ),
        obs=[
            ("Total", 2022, 31.6, "JPY billion", "actual"),
            ("Total", 2023, 38.9, "JPY billion", "actual"),
            ("Total", 2024, 46.8, "JPY billion", "actual"),
            ("Total", 2025, 55.0, "JPY billion", "estimate"),
        ],
        claims=[("growth", 20.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.8 / 38.9 - 1 = 20.308% -> 20.3 (bounds 20.026-20.592)
        ],
    ),
    # 5. a line of years ("2021 2022 2023 2024E 2025E") over a line of values in £m, "2021-25E CAGR" (stated, short
    #    digits); the exhibit number and note nowhere
    dict(
        text=(
            "Exhibit 2 UK legal AI software spend (£m)\n"
            "2021 2022 2023 2024E 2025E\n"
            "118 163 231 318 420\n"
            "2021-25E CAGR: 37.4%\n"
            "Note: E = estimate. Source: Pellbrook Advisory.\n"
            "Contract review and e-discovery account for most of the spend."
        ),
        obs=[
            ("Total", 2021, 118, "GBP million", "actual"),
            ("Total", 2022, 163, "GBP million", "actual"),
            ("Total", 2023, 231, "GBP million", "actual"),
            ("Total", 2024, 318, "GBP million", "estimate"),
            ("Total", 2025, 420, "GBP million", "estimate"),
        ],
        claims=[("cagr", 37.4, "percent", 2021, 2025, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (420 / 118) ** (1 / 4) - 1 = 37.354% -> 37.4 (bounds 37.168-37.541)
        ],
    ),
    # 6. data labels flattened into one line after the caption, the axis years on the line below them; a stated CAGR
    #    the labels contradict
    dict(
        text=(
            "Chart 2: Enterprise conversational AI platform revenue, worldwide ($bn)\n"
            "4.2 5.9 8.1 11.3 15.0\n"
            "2021 2022 2023 2024 2025F\n"
            "CAGR 2021-2025F: 41%\n"
            "Source: Tessaly Insights. F = forecast."
        ),
        obs=[
            ("Total", 2021, 4.2, "USD billion", "actual"),
            ("Total", 2022, 5.9, "USD billion", "actual"),
            ("Total", 2023, 8.1, "USD billion", "actual"),
            ("Total", 2024, 11.3, "USD billion", "actual"),
            ("Total", 2025, 15.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 41, "percent", 2021, 2025, None, "stated")],
        verdicts=[
            # (15.0 / 4.2) ** (1 / 4) - 1 = 37.471%; bounds (14.95 / 4.25) -> 36.950%, (15.05 / 4.15) -> 37.998%:
            # 41 +- 0.5 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 7. a run of pairs parted by middle dots with the currency on each amount ("2024: €2.6bn"), growth labels, one
    #    reached only at the rounding of its amounts
    dict(
        text=(
            "Key figures — generative AI spend by European insurers\n"
            "2023: €2.1bn · 2024: €2.6bn · 2025F: €3.2bn\n"
            "2024 growth: +26% · 2025F growth: +23%\n"
            "Claims handling and underwriting take the largest budgets."
        ),
        obs=[
            ("Total", 2023, 2.1, "EUR billion", "actual"),
            ("Total", 2024, 2.6, "EUR billion", "actual"),
            ("Total", 2025, 3.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2.6 / 2.1 - 1 = 23.810%, not 26 +- 0.5; bounds (2.55 / 2.15) -> 18.605%, (2.65 / 2.05) -> 29.268%:
            # 26 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 3.2 / 2.6 - 1 = 23.077% -> 23 (bounds 18.868-27.451)
        ],
    ),
    # 8. a report page: a sentence, a figure caption, "2024: $1.2B  2027E: $3.4B  2030E: $6.9B", "CAGR '24-'30E"
    #    (stated, apostrophes), the running header and page number before the next sentence
    dict(
        text=(
            "Dubbing and localisation are being rebuilt around synthetic voices.\n"
            "Figure 3.2 AI dubbing and localisation services, global revenue\n"
            "2024: $1.2B  2027E: $3.4B  2030E: $6.9B\n"
            "CAGR '24-'30E: 33.8%\n"
            "Source: Marlow & Finch analysis; E = estimate.\n"
            "MEDIA TECHNOLOGY OUTLOOK\n"
            "22\n"
            "Streaming platforms commissioned most of the work in 2024."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2027, 3.4, "USD billion", "estimate"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[("cagr", 33.8, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (6.9 / 1.2) ** (1 / 6) - 1 = 33.848% -> 33.8 (bounds 32.779-34.963)
        ],
    ),
    # 9. a chart's series one to a line ("Image and video: 2023 1.42, 2024 1.88") with a Total line, and the Total's
    #    growth label
    dict(
        text=(
            "Exhibit 5 — Synthetic data generation revenue by data type (US$ billion)\n"
            "Image and video: 2023 1.42, 2024 1.88\n"
            "Tabular: 2023 0.96, 2024 1.37\n"
            "Text and speech: 2023 0.41, 2024 0.52\n"
            "Total: 2023 2.79, 2024 3.77\n"
            "Total growth in 2024: 35.1%\n"
            "Source: Quillon Data Economics"
        ),
        obs=[
            ("Image and video", 2023, 1.42, "USD billion", "actual"),
            ("Image and video", 2024, 1.88, "USD billion", "actual"),
            ("Tabular", 2023, 0.96, "USD billion", "actual"),
            ("Tabular", 2024, 1.37, "USD billion", "actual"),
            ("Text and speech", 2023, 0.41, "USD billion", "actual"),
            ("Text and speech", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2023, 2.79, "USD billion", "actual"),
            ("Total", 2024, 3.77, "USD billion", "actual"),
        ],
        claims=[("growth", 35.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.77 / 2.79 - 1 = 35.125% -> 35.1 (bounds 34.705-35.548)
            ("hierarchy", "exact"),  # 1.42 + 0.96 + 0.41 = 2.79; 1.88 + 1.37 + 0.52 = 3.77
        ],
    ),
    # 10. an investor-day slide sizing the company's TAM ("2024 TAM: 18.5", "($ in billions)"), "~22% CAGR" (inferred,
    #     approximate); the company's own revenue nowhere
    dict(
        text=(
            "Capital Markets Day · Slide 14\n"
            "Our addressable market: AI-native contact-centre software\n"
            "($ in billions)\n"
            "2024 TAM: 18.5\n"
            "2028E TAM: 41.0\n"
            "~22% CAGR\n"
            "Source: company analysis.\n"
            "For reference, our own FY2024 revenue was $0.62 billion."
        ),
        obs=[
            ("Total", 2024, 18.5, "USD billion", "actual"),
            ("Total", 2028, 41.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 22, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (41.0 / 18.5) ** (1 / 4) - 1 = 22.012% -> 22 (bounds 21.893-22.132)
        ],
    ),
    # 11. a statistics bulletin's chart: pairs with thousands separators, a decline its amounts contradict and a rise
    #     they bear out; the bulletin number and the percentage points nowhere
    dict(
        text=(
            "National Statistics Bureau — Digital Trade Bulletin No. 12\n"
            "Chart 4: Exports of AI and data services (EUR million)\n"
            "2022: 1,148  2023: 1,092  2024: 1,371\n"
            "Exports fell by 4.2% in 2023 and rose by 25.5% in 2024. Their weight in all services exports was "
            "0.6 percentage points higher than a year earlier."
        ),
        obs=[
            ("Total", 2022, 1148, "EUR million", "actual"),
            ("Total", 2023, 1092, "EUR million", "actual"),
            ("Total", 2024, 1371, "EUR million", "actual"),
        ],
        claims=[
            ("growth", -4.2, "percent", 2022, 2023, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1092 / 1148 - 1 = -4.878%; bounds (1091.5 / 1148.5) -> -4.963%, (1092.5 / 1147.5) -> -4.793%:
            # -4.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1371 / 1092 - 1 = 25.549% -> 25.5 (bounds 25.446-25.653)
        ],
    ),
    # 12. data labels with their currency ("$3.6B $4.9B ...") over the axis years, and a "YoY" line of three labels
    #     for the last three years
    dict(
        text=(
            "Key chart: AI-generated ad creative tools, global spend\n"
            "$3.6B $4.9B $6.7B $9.0B\n"
            "2022 2023 2024 2025E\n"
            "YoY +36% +37% +34%\n"
            "E = estimate. Source: Corbel Media Lab."
        ),
        obs=[
            ("Total", 2022, 3.6, "USD billion", "actual"),
            ("Total", 2023, 4.9, "USD billion", "actual"),
            ("Total", 2024, 6.7, "USD billion", "actual"),
            ("Total", 2025, 9.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2022, 2023, 1.0),
            ("growth", 37, "percent", 2023, 2024, 1.0),
            ("growth", 34, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.9 / 3.6 - 1 = 36.111% -> 36
            ("cagr|implied", "exact"),  # 6.7 / 4.9 - 1 = 36.735% -> 37
            ("cagr|implied", "exact"),  # 9.0 / 6.7 - 1 = 34.328% -> 34
        ],
    ),
    # 13. units shipped in thousands ("(thousand units)"), a growth label; the slide number and event nowhere
    dict(
        text=(
            "Shipments of AI-enabled collaborative robots, worldwide (thousand units)\n"
            "2022: 38  2023: 52  2024: 71  2025F: 95\n"
            "Growth 2024: +36.5%\n"
            "Vision-guided picking is the fastest-growing application.\n"
            "Slide 19 · Automation Day"
        ),
        obs=[
            ("Total", 2022, 38, "count thousand", "actual"),
            ("Total", 2023, 52, "count thousand", "actual"),
            ("Total", 2024, 71, "count thousand", "actual"),
            ("Total", 2025, 95, "count thousand", "estimate"),
        ],
        claims=[("growth", 36.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 71 / 52 - 1 = 36.538% -> 36.5 (bounds 34.286-38.835)
        ],
    ),
    # 14. units shipped in millions, "more than doubled" (x2 over one year); a penetration rate nowhere
    dict(
        text=(
            "AI PC shipments, worldwide (million units)\n"
            "2023: 21  2024: 48  2025F: 103  2026F: 162\n"
            "Penetration of total PC shipments: 2024 18%, 2025F 38%\n"
            "Shipments more than doubled in 2024 as the refresh cycle began."
        ),
        obs=[
            ("Total", 2023, 21, "count million", "actual"),
            ("Total", 2024, 48, "count million", "actual"),
            ("Total", 2025, 103, "count million", "estimate"),
            ("Total", 2026, 162, "count million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),  # 48 / 21 = 2.29: more than doubled
        ],
        verdicts=[],
    ),
    # 15. "CAGR 2023-2027E" printed beside the chart (stated) and contradicted by the chart's own labels
    dict(
        text=(
            "European AI cybersecurity market (EUR billion)\n"
            "2023: 4.6  2024: 5.7  2025E: 7.0  2026E: 8.6  2027E: 10.4\n"
            "CAGR 2023-2027E: 23.4%\n"
            "Managed detection and response is the largest segment throughout the period."
        ),
        obs=[
            ("Total", 2023, 4.6, "EUR billion", "actual"),
            ("Total", 2024, 5.7, "EUR billion", "actual"),
            ("Total", 2025, 7.0, "EUR billion", "estimate"),
            ("Total", 2026, 8.6, "EUR billion", "estimate"),
            ("Total", 2027, 10.4, "EUR billion", "estimate"),
        ],
        claims=[("cagr", 23.4, "percent", 2023, 2027, None, "stated")],
        verdicts=[
            # (10.4 / 4.6) ** (1 / 4) - 1 = 22.622%; bounds (10.35 / 4.65) -> 22.144%, (10.45 / 4.55) -> 23.105%:
            # 23.4 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 16. quarters printed beside the years ("Q1 2025: 0.92 (Q1 2024: 0.71)"), expected nowhere; a YoY label
    dict(
        text=(
            "AI-enabled drug discovery services revenue ($bn)\n"
            "2023: 2.8  2024: 3.9  2025E: 5.1\n"
            "Q1 2025: 0.92 (Q1 2024: 0.71)\n"
            "2024 YoY: +39%\n"
            "Most revenue still comes from milestone-based partnerships."
        ),
        obs=[
            ("Total", 2023, 2.8, "USD billion", "actual"),
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2025, 5.1, "USD billion", "estimate"),
        ],
        claims=[("growth", 39, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.9 / 2.8 - 1 = 39.286% -> 39 (bounds 35.088-43.636)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a chart title with （亿元）, one "2024年：56.3" to a line, 2025年E, a span-printed 年复合增长率, 资料来源 and 注：E为预测值;
    #     the page line nowhere
    dict(
        text=(
            "AI数字人行业洞察 第9页\n"
            "图3 中国AI数字人市场规模（亿元）\n"
            "2022年：38.4\n"
            "2023年：45.9\n"
            "2024年：56.3\n"
            "2025年E：68.7\n"
            "2026年E：82.0\n"
            "2022-2026E年复合增长率：20.9%\n"
            "资料来源：启衡研究院；注：E为预测值"
        ),
        obs=[
            ("Total", 2022, 38.4, "CNY 100 million", "actual"),
            ("Total", 2023, 45.9, "CNY 100 million", "actual"),
            ("Total", 2024, 56.3, "CNY 100 million", "actual"),
            ("Total", 2025, 68.7, "CNY 100 million", "estimate"),
            ("Total", 2026, 82.0, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 20.9, "percent", 2022, 2026, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (82.0 / 38.4) ** (1 / 4) - 1 = 20.885% -> 20.9 (bounds 20.827-20.942)
        ],
    ),
    # 18. a broker's 图表: 单位：亿元 on its own line, a line of years over a line of values, a 同比 line (— for the first
    #     year), one rate reached only at the rounding
    dict(
        text=(
            "图表5：中国大模型一体机市场规模及同比增速\n"
            "单位：亿元\n"
            "2022 2023 2024 2025E 2026E\n"
            "15.6 26.8 44.3 69.5 102.4\n"
            "同比 — 71.8% 65.1% 56.9% 47.3%\n"
            "资料来源：澄岳证券研究所\n"
            "政务与金融是一体机最主要的采购方。"
        ),
        obs=[
            ("Total", 2022, 15.6, "CNY 100 million", "actual"),
            ("Total", 2023, 26.8, "CNY 100 million", "actual"),
            ("Total", 2024, 44.3, "CNY 100 million", "actual"),
            ("Total", 2025, 69.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 102.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 71.8, "percent", 2022, 2023, 1.0),
            ("growth", 65.1, "percent", 2023, 2024, 1.0),
            ("growth", 56.9, "percent", 2024, 2025, 1.0),
            ("growth", 47.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 26.8 / 15.6 - 1 = 71.795% -> 71.8
            # 44.3 / 26.8 - 1 = 65.299%, not 65.1 +- 0.05; bounds (44.25 / 26.85) -> 64.804%,
            # (44.35 / 26.75) -> 65.794%: 65.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 69.5 / 44.3 - 1 = 56.885% -> 56.9
            ("cagr|implied", "exact"),  # 102.4 / 69.5 - 1 = 47.338% -> 47.3
        ],
    ),
    # 19. a city's 统计公报 chart as text: "2021年 497.6亿元 增长20.6%" one year to a line; 2020's rate has no printed base,
    #     2024's is contradicted; the chart's title years nowhere
    dict(
        text=(
            "图4 2020-2024年全市人工智能核心产业营业收入及其增长速度\n"
            "2020年 412.5亿元 增长18.3%\n"
            "2021年 497.6亿元 增长20.6%\n"
            "2022年 583.0亿元 增长17.2%\n"
            "2023年 702.4亿元 增长20.5%\n"
            "2024年 861.9亿元 增长24.8%\n"
            "全年新增人工智能规模以上企业46家。"
        ),
        obs=[
            ("Total", 2020, 412.5, "CNY 100 million", "actual"),
            ("Total", 2021, 497.6, "CNY 100 million", "actual"),
            ("Total", 2022, 583.0, "CNY 100 million", "actual"),
            ("Total", 2023, 702.4, "CNY 100 million", "actual"),
            ("Total", 2024, 861.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2019, 2020, 1.0),
            ("growth", 20.6, "percent", 2020, 2021, 1.0),
            ("growth", 17.2, "percent", 2021, 2022, 1.0),
            ("growth", 20.5, "percent", 2022, 2023, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 497.6 / 412.5 - 1 = 20.630% -> 20.6
            ("cagr|implied", "exact"),  # 583.0 / 497.6 - 1 = 17.162% -> 17.2
            ("cagr|implied", "exact"),  # 702.4 / 583.0 - 1 = 20.480% -> 20.5
            # 861.9 / 702.4 - 1 = 22.708%; bounds (861.85 / 702.45) -> 22.692%, (861.95 / 702.35) -> 22.724%:
            # 24.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. a deck's slide: "2023A→2028E：186亿元→642亿元" and a bare "CAGR：28.1%" (inferred); the page line nowhere
    dict(
        text=(
            "第12页 市场空间\n"
            "中国AI法律服务市场规模\n"
            "2023A→2028E：186亿元→642亿元\n"
            "CAGR：28.1%\n"
            "律所与企业法务部门是主要付费客户，合同审查渗透最快。"
        ),
        obs=[
            ("Total", 2023, 186, "CNY 100 million", "actual"),
            ("Total", 2028, 642, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 28.1, "percent", 2023, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (642 / 186) ** (1 / 5) - 1 = 28.116% -> 28.1 (bounds 28.028-28.205)
        ],
    ),
    # 21. units shipped in 万台 (count 10 thousand): a line of years over a line of values, 约为……的4.7倍 (x4.7 over one
    #     year) and 同比增长约132% for 2025E
    dict(
        text=(
            "图7 中国AI眼镜出货量（万台）\n"
            "2023 2024 2025E\n"
            "32 151 350\n"
            "2024年出货量约为2023年的4.7倍，2025年预计同比增长约132%。\n"
            "资料来源：观澜智库"
        ),
        obs=[
            ("Total", 2023, 32, "count 10 thousand", "actual"),
            ("Total", 2024, 151, "count 10 thousand", "actual"),
            ("Total", 2025, 350, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("multiple", 4.7, "multiple", 2023, 2024, 1.0),  # 151 / 32 = 4.72
            ("growth", 132, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 350 / 151 - 1 = 131.788% -> 132 (bounds 130.693-132.890)
        ],
    ),
    # 22. a sentence broken by the running title and a page mark ("P15"), then the chart "2023：65.6 2024：86.4 ..."
    #     restating 2024 (expected once); 超过六成 a fraction in words nowhere
    dict(
        text=(
            "2024年中国工业AI视觉检测市场规模为86.4亿元，同比增长31.7%，其中3C电子与新能源\n"
            "工业AI视觉检测行业研究报告\n"
            "P15\n"
            "两个领域合计贡献了超过六成的需求。\n"
            "图9 中国工业AI视觉检测市场规模（亿元）\n"
            "2023：65.6 2024：86.4 2025E：112.3 2026E：143.8\n"
            "资料来源：麓川咨询，E为预测值"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2023, 65.6, "CNY 100 million", "actual"),
            ("Total", 2025, 112.3, "CNY 100 million", "estimate"),
            ("Total", 2026, 143.8, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 31.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 65.6 - 1 = 31.707% -> 31.7 (bounds 31.531-31.884)
        ],
    ),
    # 23. a pie chart's labels (name and share, one to a line, the year from the caption) and a sentence giving the
    #     whole and one part: that part's share reached only at the rounding
    dict(
        text=(
            "图表8：2024年中国AI医学影像市场结构（按产品）\n"
            "CT影像辅助诊断 38.6%\n"
            "病理AI 21.4%\n"
            "超声AI 17.2%\n"
            "其他 22.8%\n"
            "2024年中国AI医学影像市场规模为52.7亿元，其中CT影像辅助诊断规模为20.3亿元。\n"
            "资料来源：岚桥医疗研究"
        ),
        obs=[
            ("Total", 2024, 52.7, "CNY 100 million", "actual"),
            ("CT影像辅助诊断", 2024, 20.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 21.4, "percent", 2024, 2024, None),
            ("share", 17.2, "percent", 2024, 2024, None),
            ("share", 22.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 20.3 / 52.7 = 38.520%, not 38.6 +- 0.05; bounds (20.25 / 52.75) -> 38.389%, (20.35 / 52.65) -> 38.651%:
            # 38.6 is reached only at the rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 24. a prospectus's 行业概览: 由2020年的……增至2024年的…… with 年复合增长率 (inferred), the chart's line of years over
    #     its line of values restating them (each year expected once), and a CAGR label with its span (stated)
    dict(
        text=(
            "行业概览\n"
            "根据衡策咨询的资料，中国智能仓储机器人市场规模由2020年的12.4亿元增至2024年的58.6亿元，年复合增长率为47.4%，"
            "预计2029年将达到186.2亿元。\n"
            "中国智能仓储机器人市场规模（人民币亿元）\n"
            "2020 2021 2022 2023 2024 2025E 2026E 2027E 2028E 2029E\n"
            "12.4 19.7 29.5 41.8 58.6 80.3 105.6 133.9 161.2 186.2\n"
            "复合年增长率（2024-2029E）：26.0%\n"
            "资料来源：衡策咨询"
        ),
        obs=[
            ("Total", 2020, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("Total", 2029, 186.2, "CNY 100 million", "estimate"),
            ("Total", 2021, 19.7, "CNY 100 million", "actual"),
            ("Total", 2022, 29.5, "CNY 100 million", "actual"),
            ("Total", 2023, 41.8, "CNY 100 million", "actual"),
            ("Total", 2025, 80.3, "CNY 100 million", "estimate"),
            ("Total", 2026, 105.6, "CNY 100 million", "estimate"),
            ("Total", 2027, 133.9, "CNY 100 million", "estimate"),
            ("Total", 2028, 161.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 47.4, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 26.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58.6 / 12.4) ** (1 / 4) - 1 = 47.441% -> 47.4 (bounds 47.262-47.622)
            ("cagr", "exact"),  # (186.2 / 58.6) ** (1 / 5) - 1 = 26.013% -> 26.0 (bounds 25.985-26.042)
        ],
    ),
    # 25. Traditional Chinese, Taiwan: 新台幣億元 in the caption, 2025年(F), a 年成長率 line of two rates for the last two
    #     years, 註：F為預測值
    dict(
        text=(
            "台灣AI伺服器機櫃組裝產值（新台幣億元）\n"
            "2023年：4,620\n"
            "2024年：9,180\n"
            "2025年(F)：13,560\n"
            "年成長率：98.7%、47.7%\n"
            "資料來源：嵐岳產業研究所；註：F為預測值"
        ),
        obs=[
            ("Total", 2023, 4620, "TWD 100 million", "actual"),
            ("Total", 2024, 9180, "TWD 100 million", "actual"),
            ("Total", 2025, 13560, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 98.7, "percent", 2023, 2024, 1.0),
            ("growth", 47.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9180 / 4620 - 1 = 98.701% -> 98.7
            ("cagr|implied", "exact"),  # 13560 / 9180 - 1 = 47.712% -> 47.7
        ],
    ),
    # 26. Traditional Chinese, Hong Kong: 單位：億港元, pairs on one line, 2025年(預測), 按年增長 with its years in brackets; 約四成
    #     a fraction in words and the slide's page nowhere
    dict(
        text=(
            "香港企業生成式AI開支\n"
            "單位：億港元\n"
            "2023年：18.2  2024年：27.5  2025年(預測)：38.6\n"
            "按年增長：51.1%（2024年）、40.4%（2025年）\n"
            "銀行及保險業約佔2024年開支四成。\n"
            "簡報第6頁"
        ),
        obs=[
            ("Total", 2023, 18.2, "HKD 100 million", "actual"),
            ("Total", 2024, 27.5, "HKD 100 million", "actual"),
            ("Total", 2025, 38.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 51.1, "percent", 2023, 2024, 1.0),
            ("growth", 40.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.5 / 18.2 - 1 = 51.099% -> 51.1
            ("cagr|implied", "exact"),  # 38.6 / 27.5 - 1 = 40.364% -> 40.4
        ],
    ),
    # 27. Traditional Chinese, Taiwan: "2024年→2028年(F)：86→312" and a span-printed 複合成長率 its amounts contradict; 突破七成
    #     a fraction in words nowhere
    dict(
        text=(
            "全球AI資料中心網通交換器市場規模（億美元）\n"
            "2024年→2028年(F)：86→312\n"
            "2024-2028年複合成長率：41.9%\n"
            "800G以上產品占比可望於2028年突破七成。\n"
            "資料來源：翊群科技顧問"
        ),
        obs=[
            ("Total", 2024, 86, "USD 100 million", "actual"),
            ("Total", 2028, 312, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 41.9, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            # (312 / 86) ** (1 / 4) - 1 = 38.011%; bounds (311.5 / 86.5) -> 37.756%, (312.5 / 85.5) -> 38.268%:
            # 41.9 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 28. data labels flattened into one line after the caption, the axis years on the line below, a bare "CAGR=33.0%"
    #     over the chart's span (inferred)
    dict(
        text=(
            "图6 全球AI芯片先进封装市场规模（亿美元）\n"
            "95.3 126.8 171.4 224.0\n"
            "2022 2023 2024 2025E\n"
            "CAGR=33.0%\n"
            "资料来源：泓衍半导体研究，E为预测值"
        ),
        obs=[
            ("Total", 2022, 95.3, "USD 100 million", "actual"),
            ("Total", 2023, 126.8, "USD 100 million", "actual"),
            ("Total", 2024, 171.4, "USD 100 million", "actual"),
            ("Total", 2025, 224.0, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 33.0, "percent", 2022, 2025, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (224.0 / 95.3) ** (1 / 3) - 1 = 32.959% -> 33.0 (bounds 32.926-32.992)
        ],
    ),
    # 29. a quarter printed beside the years ("2025年Q1：36.2", 一季度同比增长) expected nowhere; 2024's rate with its base
    dict(
        text=(
            "中国AI营销内容生成市场规模（亿元）\n"
            "2023年：74.6  2024年：118.9  2025年Q1：36.2\n"
            "2024年同比增长59.4%；2025年一季度同比增长48.0%。\n"
            "电商与本地生活商家贡献了主要增量。"
        ),
        obs=[
            ("Total", 2023, 74.6, "CNY 100 million", "actual"),
            ("Total", 2024, 118.9, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 59.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.9 / 74.6 - 1 = 59.383% -> 59.4 (bounds 59.210-59.557)
        ],
    ),
    # 30. a two-axis chart (亿元，左轴; %，右轴): a line of years, a line of values and a line of four rates for the last
    #     four years
    dict(
        text=(
            "图表11：中国具身智能机器人市场规模（亿元，左轴）及增速（%，右轴）\n"
            "2021 2022 2023 2024 2025E\n"
            "120.5 168.2 230.4 318.7 437.9\n"
            "39.6% 37.0% 38.3% 37.4%\n"
            "资料来源：朔望研究院，E为预测值"
        ),
        obs=[
            ("Total", 2021, 120.5, "CNY 100 million", "actual"),
            ("Total", 2022, 168.2, "CNY 100 million", "actual"),
            ("Total", 2023, 230.4, "CNY 100 million", "actual"),
            ("Total", 2024, 318.7, "CNY 100 million", "actual"),
            ("Total", 2025, 437.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.6, "percent", 2021, 2022, 1.0),
            ("growth", 37.0, "percent", 2022, 2023, 1.0),
            ("growth", 38.3, "percent", 2023, 2024, 1.0),
            ("growth", 37.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 168.2 / 120.5 - 1 = 39.585% -> 39.6
            ("cagr|implied", "exact"),  # 230.4 / 168.2 - 1 = 36.980% -> 37.0
            ("cagr|implied", "exact"),  # 318.7 / 230.4 - 1 = 38.325% -> 38.3
            ("cagr|implied", "exact"),  # 437.9 / 318.7 - 1 = 37.402% -> 37.4
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a slide's pipe table under "Unit: EUR million" with 2023A, 2024A and 2025E columns and a Total row
    dict(
        text=(
            "Slide 8 — European predictive-maintenance AI software\n"
            "Unit: EUR million\n"
            "| Country | 2023A | 2024A | 2025E |\n"
            "|---|---|---|---|\n"
            "| Germany | 412 | 538 | 690 |\n"
            "| France | 287 | 361 | 455 |\n"
            "| Nordics | 164 | 219 | 281 |\n"
            "| Rest of Europe | 355 | 442 | 547 |\n"
            "| Total | 1,218 | 1,560 | 1,973 |\n"
            "A = actual, E = estimate. Source: Orveld Partners."
        ),
        obs=[
            ("Germany", 2023, 412, "EUR million", "actual"),
            ("Germany", 2024, 538, "EUR million", "actual"),
            ("Germany", 2025, 690, "EUR million", "estimate"),
            ("France", 2023, 287, "EUR million", "actual"),
            ("France", 2024, 361, "EUR million", "actual"),
            ("France", 2025, 455, "EUR million", "estimate"),
            ("Nordics", 2023, 164, "EUR million", "actual"),
            ("Nordics", 2024, 219, "EUR million", "actual"),
            ("Nordics", 2025, 281, "EUR million", "estimate"),
            ("Rest of Europe", 2023, 355, "EUR million", "actual"),
            ("Rest of Europe", 2024, 442, "EUR million", "actual"),
            ("Rest of Europe", 2025, 547, "EUR million", "estimate"),
            ("Total", 2023, 1218, "EUR million", "actual"),
            ("Total", 2024, 1560, "EUR million", "actual"),
            ("Total", 2025, 1973, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 412 + 287 + 164 + 355 = 1218; 538 + 361 + 219 + 442 = 1560; 690 + 455 + 281 + 547 = 1973
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a broker's chart data, tab-separated, 单位：亿元 on its own line, a 2024年同比 column (one reached only at the
    #     rounding) and a 合计 row
    dict(
        text=(
            "图表14：中国AI语音交互市场规模（按场景）\n"
            "单位：亿元\n"
            "场景\t2023\t2024\t2025E\t2024年同比\n"
            "车载\t28.4\t39.6\t52.1\t39.4%\n"
            "智能家居\t21.7\t27.3\t33.8\t25.8%\n"
            "客服\t16.2\t19.1\t22.9\t18.1%\n"
            "合计\t66.3\t86.0\t108.8\t29.7%\n"
            "资料来源：溪石证券研究所；注：E为预测值"
        ),
        obs=[
            ("车载", 2023, 28.4, "CNY 100 million", "actual"),
            ("车载", 2024, 39.6, "CNY 100 million", "actual"),
            ("车载", 2025, 52.1, "CNY 100 million", "estimate"),
            ("智能家居", 2023, 21.7, "CNY 100 million", "actual"),
            ("智能家居", 2024, 27.3, "CNY 100 million", "actual"),
            ("智能家居", 2025, 33.8, "CNY 100 million", "estimate"),
            ("客服", 2023, 16.2, "CNY 100 million", "actual"),
            ("客服", 2024, 19.1, "CNY 100 million", "actual"),
            ("客服", 2025, 22.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 66.3, "CNY 100 million", "actual"),
            ("合计", 2024, 86.0, "CNY 100 million", "actual"),
            ("合计", 2025, 108.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 39.6 / 28.4 - 1 = 39.437% -> 39.4
            ("cagr|implied", "exact"),  # 27.3 / 21.7 - 1 = 25.806% -> 25.8
            # 19.1 / 16.2 - 1 = 17.901%, not 18.1 +- 0.05; bounds (19.05 / 16.25) -> 17.231%,
            # (19.15 / 16.15) -> 18.576%: 18.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 86.0 / 66.3 - 1 = 29.713% -> 29.7
            # 28.4 + 21.7 + 16.2 = 66.3; 39.6 + 27.3 + 19.1 = 86.0; 52.1 + 33.8 + 22.9 = 108.8
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a chart's data in aligned columns, years as rows in "(£ million)", a YoY column (one contradicted, "—" none),
    #     2025F an estimate, the page line nowhere
    dict(
        text=(
            "UK AI-assisted recruitment software revenue (£ million)\n"
            "Year        Revenue      YoY\n"
            "2021          142          —\n"
            "2022          181        27.5%\n"
            "2023          229        28.5%\n"
            "2024          296        29.3%\n"
            "2025F         371        25.3%\n"
            "F = forecast.\n"
            "Page 31"
        ),
        obs=[
            ("Revenue", 2021, 142, "GBP million", "actual"),
            ("Revenue", 2022, 181, "GBP million", "actual"),
            ("Revenue", 2023, 229, "GBP million", "actual"),
            ("Revenue", 2024, 296, "GBP million", "actual"),
            ("Revenue", 2025, 371, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2021, 2022, 1.0),
            ("growth", 28.5, "percent", 2022, 2023, 1.0),
            ("growth", 29.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 181 / 142 - 1 = 27.465% -> 27.5
            # 229 / 181 - 1 = 26.519%; bounds (228.5 / 181.5) -> 25.895%, (229.5 / 180.5) -> 27.147%:
            # 28.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 296 / 229 - 1 = 29.258% -> 29.3
            ("cagr|implied", "exact"),  # 371 / 296 - 1 = 25.338% -> 25.3
        ],
    ),
    # 34. Traditional Chinese, Hong Kong: a pipe table in 百萬港元 with a 2025年(預測) column and a 總計 row
    dict(
        text=(
            "香港零售業AI應用開支（百萬港元）\n"
            "| 應用 | 2023年 | 2024年 | 2025年(預測) |\n"
            "|---|---|---|---|\n"
            "| 智能客服 | 186 | 248 | 315 |\n"
            "| 需求預測 | 142 | 197 | 262 |\n"
            "| 無人商店 | 64 | 93 | 131 |\n"
            "| 總計 | 392 | 538 | 708 |\n"
            "資料來源：港灣零售科技協會"
        ),
        obs=[
            ("智能客服", 2023, 186, "HKD million", "actual"),
            ("智能客服", 2024, 248, "HKD million", "actual"),
            ("智能客服", 2025, 315, "HKD million", "estimate"),
            ("需求預測", 2023, 142, "HKD million", "actual"),
            ("需求預測", 2024, 197, "HKD million", "actual"),
            ("需求預測", 2025, 262, "HKD million", "estimate"),
            ("無人商店", 2023, 64, "HKD million", "actual"),
            ("無人商店", 2024, 93, "HKD million", "actual"),
            ("無人商店", 2025, 131, "HKD million", "estimate"),
            ("總計", 2023, 392, "HKD million", "actual"),
            ("總計", 2024, 538, "HKD million", "actual"),
            ("總計", 2025, 708, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 186 + 142 + 64 = 392; 248 + 197 + 93 = 538; 315 + 262 + 131 = 708
            ("hierarchy", "exact"),
        ],
    ),
    # 35. a deck's tab-separated table in "(¥ billion)" with FY2023, FY2024, FY2026E and FY2028E columns and a
    #     "CAGR FY24-28E" column (stated, 2024-2028), a Total row
    dict(
        text=(
            "Japan generative AI consulting market (¥ billion)\n"
            "Segment\tFY2023\tFY2024\tFY2026E\tFY2028E\tCAGR FY24-28E\n"
            "Strategy and PoC\t48.2\t61.5\t84.0\t103.6\t13.9%\n"
            "Implementation\t92.7\t128.4\t205.3\t297.8\t23.4%\n"
            "Managed services\t31.4\t45.8\t82.6\t139.2\t32.0%\n"
            "Total\t172.3\t235.7\t371.9\t540.6\t23.1%\n"
            "Fiscal years end in March. E = estimate."
        ),
        obs=[
            ("Strategy and PoC", 2023, 48.2, "JPY billion", "actual"),
            ("Strategy and PoC", 2024, 61.5, "JPY billion", "actual"),
            ("Strategy and PoC", 2026, 84.0, "JPY billion", "estimate"),
            ("Strategy and PoC", 2028, 103.6, "JPY billion", "estimate"),
            ("Implementation", 2023, 92.7, "JPY billion", "actual"),
            ("Implementation", 2024, 128.4, "JPY billion", "actual"),
            ("Implementation", 2026, 205.3, "JPY billion", "estimate"),
            ("Implementation", 2028, 297.8, "JPY billion", "estimate"),
            ("Managed services", 2023, 31.4, "JPY billion", "actual"),
            ("Managed services", 2024, 45.8, "JPY billion", "actual"),
            ("Managed services", 2026, 82.6, "JPY billion", "estimate"),
            ("Managed services", 2028, 139.2, "JPY billion", "estimate"),
            ("Total", 2023, 172.3, "JPY billion", "actual"),
            ("Total", 2024, 235.7, "JPY billion", "actual"),
            ("Total", 2026, 371.9, "JPY billion", "estimate"),
            ("Total", 2028, 540.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 32.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 23.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (103.6 / 61.5) ** (1 / 4) - 1 = 13.926% -> 13.9
            ("cagr", "exact"),  # (297.8 / 128.4) ** (1 / 4) - 1 = 23.407% -> 23.4
            ("cagr", "exact"),  # (139.2 / 45.8) ** (1 / 4) - 1 = 32.036% -> 32.0
            ("cagr", "exact"),  # (540.6 / 235.7) ** (1 / 4) - 1 = 23.063% -> 23.1
            # 48.2 + 92.7 + 31.4 = 172.3; 61.5 + 128.4 + 45.8 = 235.7; 84.0 + 205.3 + 82.6 = 371.9;
            # 103.6 + 297.8 + 139.2 = 540.6
            ("hierarchy", "exact"),
        ],
    ),
    # 36. an exhibit's data in aligned columns, years as rows with two series and their Total as columns, under the
    #     running header and a page mark
    dict(
        text=(
            "Observability Market Review\n"
            "Exhibit 12: Global AI observability software revenue by deployment (US$ million)\n"
            "Year       Cloud     On-premises     Total\n"
            "2022         584         371           955\n"
            "2023         802         419         1,221\n"
            "2024       1,115         462         1,577\n"
            "2025E      1,498         497         1,995\n"
            "[18]"
        ),
        obs=[
            ("Cloud", 2022, 584, "USD million", "actual"),
            ("Cloud", 2023, 802, "USD million", "actual"),
            ("Cloud", 2024, 1115, "USD million", "actual"),
            ("Cloud", 2025, 1498, "USD million", "estimate"),
            ("On-premises", 2022, 371, "USD million", "actual"),
            ("On-premises", 2023, 419, "USD million", "actual"),
            ("On-premises", 2024, 462, "USD million", "actual"),
            ("On-premises", 2025, 497, "USD million", "estimate"),
            ("Total", 2022, 955, "USD million", "actual"),
            ("Total", 2023, 1221, "USD million", "actual"),
            ("Total", 2024, 1577, "USD million", "actual"),
            ("Total", 2025, 1995, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 584 + 371 = 955; 802 + 419 = 1221; 1115 + 462 = 1577; 1498 + 497 = 1995
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a pipe table whose value column header carries the unit ("Revenue (US$ million)"), the year from the caption,
    #     and a Share column whose 100.0% is no claim
    dict(
        text=(
            "2024 global AI chip design IP revenue by category\n"
            "| Category | Revenue (US$ million) | Share |\n"
            "|---|---|---|\n"
            "| NPU IP | 1,142 | 46.3% |\n"
            "| Interconnect IP | 687 | 27.9% |\n"
            "| Memory interface IP | 418 | 17.0% |\n"
            "| Other | 218 | 8.8% |\n"
            "| Total | 2,465 | 100.0% |\n"
            "Source: Verrow Semiconductor Insights"
        ),
        obs=[
            ("NPU IP", 2024, 1142, "USD million", "actual"),
            ("Interconnect IP", 2024, 687, "USD million", "actual"),
            ("Memory interface IP", 2024, 418, "USD million", "actual"),
            ("Other", 2024, 218, "USD million", "actual"),
            ("Total", 2024, 2465, "USD million", "actual"),
        ],
        claims=[
            ("share", 46.3, "percent", 2024, 2024, None),
            ("share", 27.9, "percent", 2024, 2024, None),
            ("share", 17.0, "percent", 2024, 2024, None),
            ("share", 8.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1142 / 2465 = 46.329% -> 46.3
            ("arithmetic", "exact"),  # 687 / 2465 = 27.870% -> 27.9
            ("arithmetic", "exact"),  # 418 / 2465 = 16.957% -> 17.0
            ("arithmetic", "exact"),  # 218 / 2465 = 8.844% -> 8.8
            ("hierarchy", "exact"),  # 1142 + 687 + 418 + 218 = 2465
        ],
    ),
    # 38. a tab-separated table of units shipped in millions ("(million units)") by region, a 2025F column and a
    #     "YoY 2025F" column, a Total row
    dict(
        text=(
            "GenAI smartphone shipments by region (million units)\n"
            "Region\t2023\t2024\t2025F\tYoY 2025F\n"
            "Greater China\t48.6\t92.4\t131.7\t42.5%\n"
            "North America\t31.2\t58.9\t80.3\t36.3%\n"
            "Europe\t22.5\t41.7\t59.8\t43.4%\n"
            "Rest of world\t37.9\t74.3\t118.6\t59.6%\n"
            "Total\t140.2\t267.3\t390.4\t46.1%\n"
            "Source: Pylon Devices Tracker"
        ),
        obs=[
            ("Greater China", 2023, 48.6, "count million", "actual"),
            ("Greater China", 2024, 92.4, "count million", "actual"),
            ("Greater China", 2025, 131.7, "count million", "estimate"),
            ("North America", 2023, 31.2, "count million", "actual"),
            ("North America", 2024, 58.9, "count million", "actual"),
            ("North America", 2025, 80.3, "count million", "estimate"),
            ("Europe", 2023, 22.5, "count million", "actual"),
            ("Europe", 2024, 41.7, "count million", "actual"),
            ("Europe", 2025, 59.8, "count million", "estimate"),
            ("Rest of world", 2023, 37.9, "count million", "actual"),
            ("Rest of world", 2024, 74.3, "count million", "actual"),
            ("Rest of world", 2025, 118.6, "count million", "estimate"),
            ("Total", 2023, 140.2, "count million", "actual"),
            ("Total", 2024, 267.3, "count million", "actual"),
            ("Total", 2025, 390.4, "count million", "estimate"),
        ],
        claims=[
            ("growth", 42.5, "percent", 2024, 2025, 1.0),
            ("growth", 36.3, "percent", 2024, 2025, 1.0),
            ("growth", 43.4, "percent", 2024, 2025, 1.0),
            ("growth", 59.6, "percent", 2024, 2025, 1.0),
            ("growth", 46.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 131.7 / 92.4 - 1 = 42.532% -> 42.5
            ("cagr|implied", "exact"),  # 80.3 / 58.9 - 1 = 36.333% -> 36.3
            ("cagr|implied", "exact"),  # 59.8 / 41.7 - 1 = 43.405% -> 43.4
            ("cagr|implied", "exact"),  # 118.6 / 74.3 - 1 = 59.623% -> 59.6
            ("cagr|implied", "exact"),  # 390.4 / 267.3 - 1 = 46.053% -> 46.1
            # 48.6 + 31.2 + 22.5 + 37.9 = 140.2; 92.4 + 58.9 + 41.7 + 74.3 = 267.3;
            # 131.7 + 80.3 + 59.8 + 118.6 = 390.4
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a Chinese chart's data in aligned columns under 单位：亿元: 2024 and 2029E columns and a CAGR（2024-2029E） column
    #     (stated), a 合计 row
    dict(
        text=(
            "中国AI算力租赁市场规模（按区域）\n"
            "单位：亿元\n"
            "区域      2024      2029E      CAGR（2024-2029E）\n"
            "华东      142.6     398.2      22.8%\n"
            "华南       88.3     251.7      23.3%\n"
            "华北       73.9     196.4      21.6%\n"
            "其他       61.2     187.5      25.1%\n"
            "合计      366.0   1,033.8      23.1%\n"
            "资料来源：栖云算力研究中心"
        ),
        obs=[
            ("华东", 2024, 142.6, "CNY 100 million", "actual"),
            ("华东", 2029, 398.2, "CNY 100 million", "estimate"),
            ("华南", 2024, 88.3, "CNY 100 million", "actual"),
            ("华南", 2029, 251.7, "CNY 100 million", "estimate"),
            ("华北", 2024, 73.9, "CNY 100 million", "actual"),
            ("华北", 2029, 196.4, "CNY 100 million", "estimate"),
            ("其他", 2024, 61.2, "CNY 100 million", "actual"),
            ("其他", 2029, 187.5, "CNY 100 million", "estimate"),
            ("合计", 2024, 366.0, "CNY 100 million", "actual"),
            ("合计", 2029, 1033.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (398.2 / 142.6) ** (1 / 5) - 1 = 22.799% -> 22.8
            ("cagr", "exact"),  # (251.7 / 88.3) ** (1 / 5) - 1 = 23.306% -> 23.3
            ("cagr", "exact"),  # (196.4 / 73.9) ** (1 / 5) - 1 = 21.590% -> 21.6
            ("cagr", "exact"),  # (187.5 / 61.2) ** (1 / 5) - 1 = 25.098% -> 25.1
            ("cagr", "exact"),  # (1033.8 / 366.0) ** (1 / 5) - 1 = 23.081% -> 23.1
            # 142.6 + 88.3 + 73.9 + 61.2 = 366.0; 398.2 + 251.7 + 196.4 + 187.5 = 1033.8
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a pipe table in "(£ million)" with 2026E and 2028E columns and a "CAGR 2024-28E" column (stated), no total row
    dict(
        text=(
            "UK financial services AI spend by use case (£ million)\n"
            "| Use case | 2024 | 2026E | 2028E | CAGR 2024-28E |\n"
            "|---|---|---|---|---|\n"
            "| Fraud and AML | 412 | 598 | 846 | 19.7% |\n"
            "| Claims automation | 236 | 371 | 560 | 24.1% |\n"
            "| Customer service | 189 | 284 | 402 | 20.8% |\n"
            "Source: Ashcombe Partners; E = estimate."
        ),
        obs=[
            ("Fraud and AML", 2024, 412, "GBP million", "actual"),
            ("Fraud and AML", 2026, 598, "GBP million", "estimate"),
            ("Fraud and AML", 2028, 846, "GBP million", "estimate"),
            ("Claims automation", 2024, 236, "GBP million", "actual"),
            ("Claims automation", 2026, 371, "GBP million", "estimate"),
            ("Claims automation", 2028, 560, "GBP million", "estimate"),
            ("Customer service", 2024, 189, "GBP million", "actual"),
            ("Customer service", 2026, 284, "GBP million", "estimate"),
            ("Customer service", 2028, 402, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 24.1, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (846 / 412) ** (1 / 4) - 1 = 19.707% -> 19.7
            ("cagr", "exact"),  # (560 / 236) ** (1 / 4) - 1 = 24.113% -> 24.1
            ("cagr", "exact"),  # (402 / 189) ** (1 / 4) - 1 = 20.765% -> 20.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 6, "rounding": 4, "exact": 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "Figure 7: Worldwide revenue from AI inference accelerators (US$ billion)\n",
    "2022: 14.8  2023: 19.1  2024: 27.6  2025E: 38.2  2026E: 49.5",
    "CAGR 2024-2026E: 33.9%",
    "Unit: EUR million\n2023A → 2027F: 312 → 905",
    "+30.5% p.a.",
    "2023 actual: 412",
    "2025 forecast: 571",
    "• FY2024 46.8",
    "• FY2025 (est.) 55.0",
    "2021 2022 2023 2024E 2025E\n118 163 231 318 420",
    "2021-25E CAGR: 37.4%",
    "4.2 5.9 8.1 11.3 15.0\n2021 2022 2023 2024 2025F",
    "2023: €2.1bn · 2024: €2.6bn · 2025F: €3.2bn",
    "2024: $1.2B  2027E: $3.4B  2030E: $6.9B",
    "CAGR '24-'30E: 33.8%",
    "Image and video: 2023 1.42, 2024 1.88",
    "2024 TAM: 18.5",
    "~22% CAGR",
    "2022: 1,148  2023: 1,092  2024: 1,371",
    "$3.6B $4.9B $6.7B $9.0B",
    "YoY +36% +37% +34%",
    "CAGR 2023-2027E: 23.4%",
    "Q1 2025: 0.92 (Q1 2024: 0.71)",
    "2024年：56.3",
    "2022-2026E年复合增长率：20.9%",
    "资料来源：启衡研究院；注：E为预测值",
    "同比 — 71.8% 65.1% 56.9% 47.3%",
    "2021年 497.6亿元 增长20.6%",
    "2023A→2028E：186亿元→642亿元",
    "约为2023年的4.7倍",
    "工业AI视觉检测行业研究报告\nP15\n",
    "CT影像辅助诊断 38.6%",
    "复合年增长率（2024-2029E）：26.0%",
    "年成長率：98.7%、47.7%",
    "註：F為預測值",
    "單位：億港元",
    "按年增長：51.1%（2024年）、40.4%（2025年）",
    "2024年→2028年(F)：86→312",
    "CAGR=33.0%",
    "2025年Q1：36.2",
    "（亿元，左轴）及增速（%，右轴）",
    "| Country | 2023A | 2024A | 2025E |",
    "Year        Revenue      YoY",
    "CAGR FY24-28E",
    "Year       Cloud     On-premises     Total",
    "| Category | Revenue (US$ million) | Share |",
    "(million units)\nRegion\t2023\t2024\t2025F\tYoY 2025F",
    "| CAGR 2024-28E |",
)
#: the set's blind score (scored once, before any rule was written for it): 154 figures, 55 rates, 49 verdicts and
#: three false inconsistent; chosen on (with the fifty-eighth) for the reader of a chart's year-value pairs
#: then a pie chart's labels read as a table of shares: 237 figures
FLOORS = {"figures_found": 237, "rates_found": 73, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset61.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
