"""A thirty-ninth check set for the extractor, written blind: a general mix, as the next hundred reports will come --
research stores' summaries with regional and segment breakdowns, analyst firms' forecasts, news stories quoting one firm
or two (each firm's figures kept apart), a chip company's analyst-day TAM, a ministry's and the statistics bureau's
releases with monthly and year-to-date figures beside annual ones, associations and trade bodies, newsletters, pages
with a date line and headlines that restate their body, Chinese research firms, ministries, financial media and brokers,
Taiwan and Hong Kong outlets in Traditional Chinese (in New Taiwan and Hong Kong dollars as well as US dollars and
yuan), and tables in pipes, tabs, aligned columns and as web pages paste them.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too), and in a vertical table, whose rows are years, to its value column's header (a lone column
headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a company sizes is
the market (``Total``). A second market named beside the first is an item of its own name, never summed with the
``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit, except that one
series keeps one unit (the first its text prints): a later figure in another scale of the same currency is expected in
the series' unit; an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed
figure. When an article sets a second publisher's figure for the same year beside the first publisher's, the first one
(whose base, target and rate the text gives) is the snippet's figure and the second is expected nowhere. A range gives
two ``value`` claims for its year. Boilerplate figures (datelines, report and exhibit numbers, a plan's title years,
footnote marks, headcounts, counts of firms, gigawatts of capacity, a listicle's count) are expected nowhere; so are a
quarter's figure beside yearly ones, the figure a restated or revised one replaces, a bull case beside the base case, a
share given only as a fraction in words ("about a third of the market"), and a percentage that is no share of the market
(a margin, a penetration, adoption or 導入率 rate, a survey's answer). An amount in a currency the bundled unit table holds
(yen) is the year's observation in that currency, and a rough dollar conversion printed beside it is none; an amount in
a currency the table does not hold (won, rupees, riyals, 新台幣) is no observation, but a US$ figure printed beside it is
the year's observation, and its stated rate is a claim and gets its verdict from the amounts in that currency. A fiscal
year counts as its number (fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is the year before the dateline's, "this
year" / 今年 the dateline's. A share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A
stated CAGR carries no ``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of
its amounts give it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``; "grew by half" is 50%); a multiple between two years carries their distance ("nearly tripled" as x3,
"five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍 -- grew by four times over -- as x5) and gets no verdict. The
base of a forecast is ``actual``; a figure a forecast cue or a target governs (expects, project, could be, 预计, 預估, 力争,
突破), an E or F column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them: first, the bundled unit table now holds New Taiwan dollars and Hong Kong dollars,
so the paragraph above no longer holds for them (新台幣 is no longer a currency the table lacks): an amount in 新台幣 / NT$ or
港元 / HK$ is the year's observation in its own currency (新台幣億元 ``TWD 100 million``, 億港元 ``HKD 100 million``, "HK$
million" ``HKD million``), a rough US$ or HK$ conversion printed beside it is none, and its rates get their verdicts
from its own amounts; a mainland figure in 人民幣 with a 港元 conversion beside it is the CNY figure, the conversion none. In
a research store's summary "was valued at USD 8.63 billion in 2024 and is expected to reach USD 35.77 billion by 2030,
growing at a CAGR of 26.7% from 2024 to 2030" gives the ``actual`` base, the ``estimate`` and a ``stated`` rate, North
America's "largest revenue share of 37.4% in 2024" is a share, "solutions accounted for USD 5.41 billion in 2024" a part
(``Solutions``), and the services' "CAGR of 29.2% from 2024 to 2030" a part's ``stated`` rate without a verdict, for the
services' amounts are not printed. In an analyst firm's dated forecast "will total $297.9 billion in 2025, an increase
of 41.3% from 2024" is the dateline's year under a forecast cue (``estimate``) with a rate whose base is not printed,
"Spending on GenAI models and AI application software will reach $14.2 billion and $172.6 billion, respectively" gives
each part, in order, its 2025 ``estimate`` (``GenAI models``, ``AI application software``), and "57.9% of this year's
total" is a share of 2025 with an ``arithmetic`` verdict from the part and the whole printed in the sentences before. In
a news story quoting two firms the first firm's 2024 figure, its 2032 target and "a compound annual growth rate of
19.4%" (``inferred``) are the snippet's, "Lindqvist Partners ... sizes the 2024 market at $15.1 billion and sees it
reaching $61 billion by 2032" is a second firm's figures for the same years, expected nowhere, and "took 41% of 2024
revenue" a share. At a company's analyst day the total addressable market it sizes is the market: "$500 billion in 2028,
up from $46 billion in 2023, a compound rate of roughly 61% a year" gives the ``estimate``, the ``actual`` base and an
``inferred`` rate, "For this year ... top $150 billion" the dateline's year (an approximate ``estimate``), and the
company's fiscal revenue and its gross-margin target are expected nowhere. A ministry's English release gives the year
"1.13 trillion yuan in 2024, up 12.6% from the year before" (CNY trillion, a rate whose base is not printed), while "the
first half of 2025", its "up 14.1% year on year" and "June alone" are parts of a year, expected nowhere, and "this year"
there brings no full-year figure. An association's "€4.86 billion last year" under a dateline of 2025 is 2024's,
"Germany was the largest market at €1.42 billion, followed by Italy at €0.71 billion and France at €0.58 billion" gives
three parts under their printed names, "29.2% of the European total" is Germany's share with an ``arithmetic`` verdict
and the member companies a count. Bounds and hedges are expected at their printed figures: "at least $3.2 billion"
(``actual``), "could be worth as much as $9.5 billion by 2029" (``estimate``), "close to 24%" (an ``inferred`` CAGR) and
"Just under 30% of 2024 spending" (a share), while "roughly a fifth" is a fraction in words. A headline that restates
its body ("Edge AI chip sales to hit $26bn this year") adds no figure: the body's "will climb 31.2% to $25.9 billion in
2025 from $19.7 billion in 2024" is expected once, its year-on-year rate reached only at the rounding of its amounts. A
span in words beside a from-to ("over the next five years, from $12.3 billion in 2025 to $28.6 billion in 2030") leaves
the rate ``inferred`` from its amounts' years, and "will account for $10.9 billion of the 2030 figure" is a part's 2030
``estimate`` (``Warehouse automation``); a span in short digits ("a CAGR of 28.4% over 2024-31") is printed, 2024-2031,
so the rate is ``stated`` (and here contradicted by its amounts), and Europe's "27.5% of the market in 2031" a share of
that year. "Up 22.8% from $5.27 billion in 2023" is a rate after its amount with its base, and "forecasts 19% growth in
2025, to $7.7 billion" a rate before its amount, 2025's year-on-year rate. "Of the $31.5 billion ..., clinical
documentation took $6.8 billion, or 21.6%, and medical imaging $5.1 billion (16.2%)" gives two parts, each with its
share (one in brackets) and an ``arithmetic`` verdict. "Software, services and hardware brought in $3.68 billion, $2.17
billion and $1.20 billion, respectively" gives three parts of 2024 (parts in prose get no ``hierarchy`` verdict), and
"to $9.3 billion in 2025, up 32%" an ``estimate`` with its rate. Under a page's date line ("Last updated: March 14,
2025") "last year" is 2024, "the year before" 2023, "could double this year" a multiple, x2 over 2024-2025 without a
verdict, and the developers' "About 41%" a survey's answer. In a newsletter's bullets "$5.4bn in 2024, seen at $8.9bn in
2025 (+65%)" gives two years and, in brackets, their year-on-year rate, "Deployment split, 2024: cloud (71%),
on-premises (29%)" two shares of 2024 whose parts are not printed, "By 2030: $52.6bn" an ``estimate``, and the issue
number boilerplate. A trade body's "fell 4.2% to £1.37 billion in 2024 from £1.46 billion in 2023" is a negative
year-on-year rate its amounts contradict. In Chinese: 由2021年的62.1亿元增长至2024年的205.8亿元 with 2021-2024年复合增长率为49.1% is a
``stated`` rate, and 服务型数字人和身份型数字人市场规模分别为121.3亿元和84.5亿元，占比分别为58.9%和41.1% gives the two parts, in order, their figures
and their shares with ``arithmetic`` verdicts; a ministry's 1—5月 and 5月份 figures and their rate are parts of a year,
expected nowhere, beside 2024年全年……4,915亿元，同比增长14.3% (the year's figure and a rate whose base is not printed); the
statistics bureau's 1.12万亿元 opens the series in CNY trillion, so 2023年为8,650亿元 is expected as 0.865, 比上年增长29.5% is a
year-on-year rate with its base and 12月当月 a month, expected nowhere; under 财联社2025年5月20日电 今年……有望达到3,650亿元 is 2025's
``estimate``, 去年的2,480亿元 2024's and 增长约47% their rate, the conference's 第三届 a count; an alliance's 其中 gives two parts
with 占比 (one contradicted by its figures) and its 成员单位 are a count; a broker's 约为86亿美元 is the ``actual`` base (USD 100
million), 市场空间有望达到405亿美元 -- the market's size, as 市场规模 -- the ``estimate``, 2024-2028年CAGR约47% ``stated``, and the
rating and 风险提示 boilerplate; a city's plan's 力争达到1,500亿元 is the 2030 target with its 2024 base and 年均增长24%左右
(``inferred``), and the title years and the firms to be fostered boilerplate; a Taiwan wire story's 新台幣8,642億元（約268億美元）
is 2024's figure in TWD 100 million (the US$ none) with 年增68.4% (its base not printed), 今年前7月 a part of a year, expected
nowhere, and 可望突破1兆2,000億元 the 2025 ``estimate``, expected in the series' unit as 12000, with 年增約39%; a Hong Kong
release's 去年達到58.6億港元 and 較2023年的45.2億港元增長29.6% are HKD 100 million with their rate, 今年……74億港元左右 an approximate
``estimate`` and 按年增長約26% its rate, and the firms surveyed a count; a Taiwan research firm's
預估2025年、2026年將分別成長至798億美元及1,126億美元，年增率分別為55.9%及44.1% gives each year, in order, its ``estimate`` and its year-on-year
rate (the second contradicted by its figures); a headline that restates its body (AI学习机销售额去年首破300亿元) adds no figure, the
page's date line (2025-03-08) makes 今年 2025, and 370亿元左右 is an approximate ``estimate``; where two institutes are set
side by side, the first one's 约为69亿元, 544亿元 and 年均复合增长率为67.3% (``inferred``, reached only at the rounding of its
amounts) are the snippet's and 而知远咨询给出的2024年数据为52亿元 and its 2028 figure a second publisher's, expected nowhere; a Hong
Kong broker's 人民幣312億元（約336億港元） is CNY 100 million, the 港元 beside it none, 按年增長87.4% a rate whose base is not printed
and 三年複合年增長率約49.7% -- a span in words -- ``inferred``; 较2022年翻了一番多 is x2 over 2022-2024, 将超过200亿元 an approximate
``estimate`` and 2024年服务机器人应用占比约为45.6% a share whose part is not printed. In tables: a pipe table's "2025 growth" column
gives each row its 2024-2025 rate (one contradicted by its figures), "2025F" is ``estimate`` and its Total the whole; a
tab-separated table's "CAGR 2024-2029" column gives each row its ``stated`` rate (one reached only at the rounding of
its figures), 2025E and 2029F are ``estimate`` and its Total the whole; a space-aligned table of years under "(RMB
billion)" gives its value column ``Sales`` in CNY billion and its "YoY" column each year's rate ("—" no figure); a
research store's "Report Scope" table as a web page pastes it, an attribute and its detail a line split by a tab, gives
the market (``Total``, for its row labels name attributes, not parts) "Market size value in 2025" as the forecast's
``actual`` base, "Revenue forecast in 2030" as its ``estimate`` and "CAGR of 24.6% from 2025 to 2030" as a ``stated``
rate, while the base year, the historical data and the forecast period are boilerplate; a Chinese pipe table's lone
value column 规模（亿元） takes its year from the title (2024年), its 同比增长 column gives each row a year-on-year rate whose base
is not printed, its 占比 column each row's share with an ``arithmetic`` verdict (one reached only at the rounding of its
figures), its 合计 the whole and its 100.0% no claim; a Traditional Chinese table under 單位：新台幣億元 gives ``產值`` its figures
in TWD 100 million, 2025年(預估) an ``estimate`` and its 年增率 column each year's rate (one contradicted by its figures), its
資料來源 line boilerplate; a space-aligned table in "(HK$ million)" gives each sector its figures in HKD million, 2025F an
``estimate`` and its Total the whole; a web page's table pasted with tabs, its cells "USD 5.12 Bn" (USD billion) under
"2025 (USD Bn)" and "2032F (USD Bn)" and a "CAGR (2025–2032)" column printing its span with an en dash, gives each
region its two figures and its ``stated`` rate and its Total the whole; a Chinese tab-separated table under 单位：亿元 with
2024A (``actual``) and 2025E-2027E (``estimate``) columns gives each row its figures and its 2024-2027年CAGR
(``stated``), its 合计 the whole and its 注 line boilerplate; and a space-aligned table of countries in EUR million with a
Share column gives each country its 2024 figure (the year from the title) and its share with an ``arithmetic`` verdict,
its Total the whole and its 100.0% no claim. Markets vary (AI in insurance, AI software, AI in cybersecurity,
data-centre AI accelerators, AI software and IT services, industrial robots, video analytics, edge AI chips, AI in
logistics, contact-centre AI, AI in healthcare, AI in fashion, AI in education, AI coding assistants, AI agent
platforms, fraud detection, AI数字人, 人工智能软件, 算力服务, AI手机, 智能语音, 液冷服务器, 人工智能+制造, 伺服器, 金融科技人工智能, AI PC, AI学习机, AI Agent,
AI算力租賃, 具身智能, computer vision, AI servers, AI in construction, AI大模型应用, 伺服器散熱模組, enterprise AI services, conversational
AI, 智能座舱, European AI software); publishers, speakers and companies are invented, the sentences are the project's own
and the figures plausible. ``python tests/extract_checkset39.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's summary: valued at, expected to reach, a CAGR over a printed span, a region's share, a part,
    #    a part's CAGR without its amounts
    dict(
        text=(
            "The global AI in insurance market size was valued at USD 8.63 billion in 2024 and is expected to reach "
            "USD 35.77 billion by 2030, growing at a CAGR of 26.7% from 2024 to 2030. North America held the largest "
            "revenue share of 37.4% in 2024. By component, solutions accounted for USD 5.41 billion in 2024, while "
            "services are expected to register a CAGR of 29.2% from 2024 to 2030."
        ),
        obs=[
            ("Total", 2024, 8.63, "USD billion", "actual"),
            ("Total", 2030, 35.77, "USD billion", "estimate"),
            ("Solutions", 2024, 5.41, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 26.7, "percent", 2024, 2030, None, "stated"),
            ("share", 37.4, "percent", 2024, 2024, None),
            ("cagr", 29.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (35.77 / 8.63) ** (1 / 6) - 1 = 26.741% -> 26.7 (bounds 26.726-26.756)
        ],
    ),
    # 2. an analyst firm's dated forecast: the dateline's year, a rate whose base is not printed, "respectively", a
    #    share of "this year's total" whose part and whole are printed in other sentences
    dict(
        text=(
            "STAMFORD, Conn., April 15, 2025 — Worldwide spending on AI software is forecast to total $297.9 billion "
            "in 2025, an increase of 41.3% from 2024, according to a new forecast from Brackenridge Research. "
            "Spending on GenAI models and AI application software will reach $14.2 billion and $172.6 billion, "
            "respectively, the firm said, so that applications alone will make up 57.9% of this year's total."
        ),
        obs=[
            ("Total", 2025, 297.9, "USD billion", "estimate"),
            ("GenAI models", 2025, 14.2, "USD billion", "estimate"),
            ("AI application software", 2025, 172.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 41.3, "percent", 2024, 2025, 1.0),
            ("share", 57.9, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 172.6 / 297.9 = 57.939% -> 57.9 (bounds 57.912-57.965)
        ],
    ),
    # 3. a news story quoting two firms: the first firm's base, target and rate; the second's figures for the same
    #    years expected nowhere
    dict(
        text=(
            "How fast is the market for AI in cybersecurity growing? It depends whom you ask. Corvane Research puts "
            "2024 revenue at $24.8 billion and expects $102.6 billion by 2032, a compound annual growth rate of 19.4%. "
            "Lindqvist Partners, which counts only software, sizes the 2024 market at $15.1 billion and sees it "
            "reaching $61 billion by 2032. Corvane says North America took 41% of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 24.8, "USD billion", "actual"),
            ("Total", 2032, 102.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2032, None, "inferred"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (102.6 / 24.8) ** (1 / 8) - 1 = 19.423% -> 19.4 (bounds 19.385-19.460)
        ],
    ),
    # 4. a company's analyst day: the TAM it sizes is the market; this year under the dateline; the company's own
    #    revenue and margin target expected nowhere
    dict(
        text=(
            "AUSTIN, Texas, June 12, 2025 — At its financial analyst day, Nuvion Semiconductor said it now sees the "
            "total addressable market for data-centre AI accelerators reaching $500 billion in 2028, up from $46 "
            "billion in 2023, a compound rate of roughly 61% a year. For this year the company expects that market to "
            "top $150 billion. Nuvion reported fiscal 2025 revenue of $6.1 billion and is targeting a long-term gross "
            "margin of 57% to 59%."
        ),
        obs=[
            ("Total", 2028, 500, "USD billion", "estimate"),
            ("Total", 2023, 46, "USD billion", "actual"),
            ("Total", 2025, 150, "USD billion", "estimate"),
        ],
        claims=[("cagr", 61, "percent", 2023, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 46) ** (1 / 5) - 1 = 61.154% -> 61 (bounds 60.774-61.539)
        ],
    ),
    # 5. a ministry's English release: the whole year's figure beside a half year's and a month's (expected nowhere)
    dict(
        text=(
            "BEIJING, July 22 — China's industry ministry said revenue from AI-related software and information "
            "technology services came to 1.13 trillion yuan in 2024, up 12.6% from the year before. The sector kept "
            "growing this year: revenue reached 612.4 billion yuan in the first half of 2025, up 14.1% year on year, "
            "including 118.7 billion yuan in June alone."
        ),
        obs=[("Total", 2024, 1.13, "CNY trillion", "actual")],
        claims=[("growth", 12.6, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 6. an association's report: last year under the dateline, parts with "followed by", a share of the total
    dict(
        text=(
            "BRUSSELS, 3 June 2025 — Sales of AI-enabled industrial robots in Europe reached €4.86 billion last year, "
            "the European Automation Federation said in its annual report. Germany was the largest market at €1.42 "
            "billion, followed by Italy at €0.71 billion and France at €0.58 billion. Germany's share, 29.2% of the "
            "European total, was little changed from 2023. The federation has 410 member companies."
        ),
        obs=[
            ("Total", 2024, 4.86, "EUR billion", "actual"),
            ("Germany", 2024, 1.42, "EUR billion", "actual"),
            ("Italy", 2024, 0.71, "EUR billion", "actual"),
            ("France", 2024, 0.58, "EUR billion", "actual"),
        ],
        claims=[("share", 29.2, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 1.42 / 4.86 = 29.218% -> 29.2 (bounds 29.085-29.351)
        ],
    ),
    # 7. bounds and hedges on amounts, a rate and a share; a fraction in words
    dict(
        text=(
            "Buyers spent at least $3.2 billion on AI-powered video analytics in 2024, Harwick Research estimates, and "
            "the firm says the market could be worth as much as $9.5 billion by 2029, implying annual growth of close "
            "to 24%. Just under 30% of 2024 spending came from retailers; city governments accounted for roughly a "
            "fifth."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2029, 9.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2029, None, "inferred"),
            ("share", 30, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.5 / 3.2) ** (1 / 5) - 1 = 24.312% -> 24 (bounds 23.797-24.836)
        ],
    ),
    # 8. a headline that restates the body; a year-on-year rate reached only at the rounding of its amounts
    dict(
        text=(
            "Edge AI chip sales to hit $26bn this year, says Meridian\n\n"
            "SINGAPORE, Feb. 19, 2025 — Sales of edge AI processors will climb 31.2% to $25.9 billion in 2025 from "
            "$19.7 billion in 2024, Meridian Silicon Research said on Wednesday, as phone and PC makers put neural "
            "engines into mid-range models."
        ),
        obs=[
            ("Total", 2025, 25.9, "USD billion", "estimate"),
            ("Total", 2024, 19.7, "USD billion", "actual"),
        ],
        claims=[("growth", 31.2, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 25.9 / 19.7 - 1 = 31.472%, not 31.2 +- 0.05; bounds (25.85 / 19.75) -> 30.886%, (25.95 / 19.65) -> 32.061%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. a span in words ("over the next five years") beside a from-to; a part's forecast
    dict(
        text=(
            "Spending on AI in logistics will grow at a compound annual rate of 18.4% over the next five years, from "
            "$12.3 billion in 2025 to $28.6 billion in 2030, according to a forecast Northbay Analytics published on "
            "Monday. Warehouse automation, the largest use, will account for $10.9 billion of the 2030 figure."
        ),
        obs=[
            ("Total", 2025, 12.3, "USD billion", "actual"),
            ("Total", 2030, 28.6, "USD billion", "estimate"),
            ("Warehouse automation", 2030, 10.9, "USD billion", "estimate"),
        ],
        claims=[("cagr", 18.4, "percent", 2025, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (28.6 / 12.3) ** (1 / 5) - 1 = 18.384% -> 18.4 (bounds 18.246-18.522)
        ],
    ),
    # 10. a rate after its amount with its base, and a rate before its amount for the next year
    dict(
        text=(
            "Global revenue from AI-powered contact-centre software rose to $6.47 billion in 2024, up 22.8% from $5.27 "
            "billion in 2023, according to Quarry Lane Research. The firm forecasts 19% growth in 2025, to $7.7 "
            "billion."
        ),
        obs=[
            ("Total", 2024, 6.47, "USD billion", "actual"),
            ("Total", 2023, 5.27, "USD billion", "actual"),
            ("Total", 2025, 7.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.47 / 5.27 - 1 = 22.770% -> 22.8
            ("cagr|implied", "exact"),  # 7.7 / 6.47 - 1 = 19.011% -> 19
        ],
    ),
    # 11. "Of the $X ...": two parts with their shares, one after "or", one in brackets
    dict(
        text=(
            "Of the $31.5 billion that hospitals and insurers spent on AI in healthcare in 2024, clinical "
            "documentation took $6.8 billion, or 21.6%, and medical imaging $5.1 billion (16.2%), Halvard Research "
            "estimates. Spending on drug discovery tools is counted separately."
        ),
        obs=[
            ("Total", 2024, 31.5, "USD billion", "actual"),
            ("Clinical documentation", 2024, 6.8, "USD billion", "actual"),
            ("Medical imaging", 2024, 5.1, "USD billion", "actual"),
        ],
        claims=[
            ("share", 21.6, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.8 / 31.5 = 21.587% -> 21.6
            ("arithmetic", "exact"),  # 5.1 / 31.5 = 16.190% -> 16.2
        ],
    ),
    # 12. a span in short digits ("over 2024-31"): a stated CAGR its amounts contradict; a region's share of 2031
    dict(
        text=(
            "Fortis Market Insights expects the AI in fashion market to grow from USD 2.23 billion in 2024 to USD "
            "11.61 billion by 2031, at a CAGR of 28.4% over 2024-31. Europe is projected to hold 27.5% of the market "
            "in 2031, with design and trend forecasting remaining the largest application."
        ),
        obs=[
            ("Total", 2024, 2.23, "USD billion", "actual"),
            ("Total", 2031, 11.61, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.4, "percent", 2024, 2031, None, "stated"),
            ("share", 27.5, "percent", 2031, 2031, None),
        ],
        verdicts=[
            # (11.61 / 2.23) ** (1 / 7) - 1 = 26.579%; bounds (11.605 / 2.235) -> 26.531%, (11.615 / 2.225) -> 26.627%:
            # 28.4 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 13. three parts with "respectively"; the next year's estimate with its rate after it
    dict(
        text=(
            "The AI in education market reached $7.05 billion in 2024, Lumen Market Insights says. Software, services "
            "and hardware brought in $3.68 billion, $2.17 billion and $1.20 billion, respectively. Lumen expects the "
            "market to rise to $9.3 billion in 2025, up 32%."
        ),
        obs=[
            ("Total", 2024, 7.05, "USD billion", "actual"),
            ("Software", 2024, 3.68, "USD billion", "actual"),
            ("Services", 2024, 2.17, "USD billion", "actual"),
            ("Hardware", 2024, 1.20, "USD billion", "actual"),
            ("Total", 2025, 9.3, "USD billion", "estimate"),
        ],
        claims=[("growth", 32, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.3 / 7.05 - 1 = 31.915% -> 32 (the parts add up: 3.68 + 2.17 + 1.20 = 7.05)
        ],
    ),
    # 14. a page's date line: last year, the year before, "could double this year" (x2); a survey's answer
    dict(
        text=(
            "Last updated: March 14, 2025\n"
            "Companies spent about $4.9 billion on AI coding assistants last year, up from $1.8 billion the year "
            "before, according to Tally Dev Research, and the firm thinks spending could double this year. About 41% "
            "of professional developers now use such a tool every week, its survey found."
        ),
        obs=[
            ("Total", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2023, 1.8, "USD billion", "actual"),
        ],
        claims=[("multiple", 2, "multiple", 2024, 2025, 1.0)],
        verdicts=[],
    ),
    # 15. a newsletter's bullets: a rate in brackets, shares in brackets without their whole, an issue number
    dict(
        text=(
            "The Agent Dispatch, issue 112\n"
            "• AI agent platforms: $5.4bn in 2024, seen at $8.9bn in 2025 (+65%)\n"
            "• Deployment split, 2024: cloud (71%), on-premises (29%)\n"
            "• By 2030: $52.6bn, per Harrow Analytics\n"
            "– Reply to this email to tell us what we missed"
        ),
        obs=[
            ("Total", 2024, 5.4, "USD billion", "actual"),
            ("Total", 2025, 8.9, "USD billion", "estimate"),
            ("Total", 2030, 52.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 65, "percent", 2024, 2025, 1.0),
            ("share", 71, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.9 / 5.4 - 1 = 64.815% -> 65
        ],
    ),
    # 16. a trade body in pounds: a negative year-on-year rate its amounts contradict
    dict(
        text=(
            "LONDON — Revenue from AI-based fraud detection sold to UK banks fell 4.2% to £1.37 billion in 2024 from "
            "£1.46 billion in 2023, the Albion Payments Council said, as lenders built more of their tools in-house. "
            "The council expects a return to growth."
        ),
        obs=[
            ("Total", 2024, 1.37, "GBP billion", "actual"),
            ("Total", 2023, 1.46, "GBP billion", "actual"),
        ],
        claims=[("growth", -4.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.37 / 1.46 - 1 = -6.164%; bounds (1.365 / 1.465) -> -6.826%, (1.375 / 1.455) -> -5.498%:
            # -4.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a research firm: 由……增长至……, a CAGR over a printed span, 其中……分别为 two parts with 占比分别为
    dict(
        text=(
            "睿观咨询发布的报告显示，中国AI数字人市场规模由2021年的62.1亿元增长至2024年的205.8亿元，2021-2024年复合增长率"
            "为49.1%。其中，服务型数字人和身份型数字人市场规模分别为121.3亿元和84.5亿元，占比分别为58.9%和41.1%。"
        ),
        obs=[
            ("Total", 2021, 62.1, "CNY 100 million", "actual"),
            ("Total", 2024, 205.8, "CNY 100 million", "actual"),
            ("服务型数字人", 2024, 121.3, "CNY 100 million", "actual"),
            ("身份型数字人", 2024, 84.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 49.1, "percent", 2021, 2024, None, "stated"),
            ("share", 58.9, "percent", 2024, 2024, None),
            ("share", 41.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (205.8 / 62.1) ** (1 / 3) - 1 = 49.091% -> 49.1 (bounds 49.039-49.143)
            ("arithmetic", "exact"),  # 121.3 / 205.8 = 58.941% -> 58.9
            ("arithmetic", "exact"),  # 84.5 / 205.8 = 41.059% -> 41.1
        ],
    ),
    # 18. a ministry: 1—5月 and 5月份 (parts of a year, expected nowhere) beside 2024年全年
    dict(
        text=(
            "工业和信息化部发布数据显示，1—5月，我国规模以上人工智能软件企业实现业务收入2,186亿元，同比增长16.8%，其中5月份"
            "实现收入472亿元。2024年全年，该领域业务收入达到4,915亿元，同比增长14.3%。"
        ),
        obs=[("Total", 2024, 4915, "CNY 100 million", "actual")],
        claims=[("growth", 14.3, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 19. the statistics bureau: 万亿元 opens the series, so the earlier 亿元 figure is expected in CNY trillion;
    #     比上年增长 with its base; a month (12月当月) expected nowhere
    dict(
        text=(
            "国家统计局发布数据显示，2024年全国算力服务业规模以上企业营业收入为1.12万亿元，比上年增长29.5%，2023年为"
            "8,650亿元。分月看，12月当月营业收入为1,136亿元，同比增长31.2%。"
        ),
        obs=[
            ("Total", 2024, 1.12, "CNY trillion", "actual"),
            ("Total", 2023, 0.865, "CNY trillion", "actual"),
        ],
        claims=[("growth", 29.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.12 / 0.865 - 1 = 29.480% -> 29.5 (11200 / 8650 in 亿元, the same)
        ],
    ),
    # 20. financial media under a dateline: 今年 (an estimate) and 去年, 增长约
    dict(
        text=(
            "财联社2025年5月20日电，记者从第三届AI终端产业大会上获悉，今年我国AI手机市场规模有望达到3,650亿元，较去年的"
            "2,480亿元增长约47%。"
        ),
        obs=[
            ("Total", 2025, 3650, "CNY 100 million", "estimate"),
            ("Total", 2024, 2480, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 47, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3650 / 2480 - 1 = 47.177% -> 47
        ],
    ),
    # 21. an alliance's report: 其中 two parts with 占比 (one contradicted by its figures); the member count boilerplate
    dict(
        text=(
            "中国智能语音产业联盟发布的年度报告显示，2024年我国智能语音市场规模达到486.2亿元，同比增长18.9%。其中，智能客服"
            "语音规模为142.5亿元，占比31.3%；车载语音规模为98.6亿元，占比20.3%。联盟现有成员单位186家。"
        ),
        obs=[
            ("Total", 2024, 486.2, "CNY 100 million", "actual"),
            ("智能客服语音", 2024, 142.5, "CNY 100 million", "actual"),
            ("车载语音", 2024, 98.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("share", 31.3, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 142.5 / 486.2 = 29.309%; bounds (142.45 / 486.25) -> 29.296%, (142.55 / 486.15) -> 29.322%:
            # 31.3 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 98.6 / 486.2 = 20.280% -> 20.3
        ],
    ),
    # 22. a broker's report in 亿美元: 约为 on the base, 市场空间 (the market's size) as a target, CAGR约 over a span
    dict(
        text=(
            "【北辰证券】液冷服务器行业深度：我们测算，2024年全球液冷服务器市场规模约为86亿美元，到2028年市场空间有望达到"
            "405亿美元，2024-2028年CAGR约47%。维持“买入”评级。风险提示：下游资本开支不及预期。"
        ),
        obs=[
            ("Total", 2024, 86, "USD 100 million", "actual"),
            ("Total", 2028, 405, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 47, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (405 / 86) ** (1 / 4) - 1 = 47.312% -> 47 (bounds 47.054-47.573)
        ],
    ),
    # 23. a city's action plan: 力争达到 (a target), 年均增长……左右, the title years and the firms boilerplate
    dict(
        text=(
            "《滨海市人工智能赋能制造业行动方案（2025—2030年）》近日发布。方案提出，到2030年，全市人工智能+制造相关产业"
            "规模力争达到1,500亿元，年均增长24%左右，培育营收超10亿元的链主企业5家以上。2024年，全市相关产业规模为412亿元。"
        ),
        obs=[
            ("Total", 2030, 1500, "CNY 100 million", "estimate"),
            ("Total", 2024, 412, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 24, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (1500 / 412) ** (1 / 6) - 1 = 24.032% -> 24
        ],
    ),
    # 24. a Taiwan wire story in Traditional Chinese: 新台幣 is TWD (the US$ beside it none), 今年前7月 a part of a year,
    #     1兆2,000億元 expected in the series' unit
    dict(
        text=(
            "（經貿日報記者／台北2025年8月23日電）經濟部統計處今日發布新聞稿指出，受惠雲端業者擴大建置AI資料中心，2024年"
            "我國伺服器產值達新台幣8,642億元（約268億美元），年增68.4%；今年前7月產值為6,315億元，年增121.6%。統計處預估，"
            "今年全年伺服器產值可望突破1兆2,000億元，年增約39%。"
        ),
        obs=[
            ("Total", 2024, 8642, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68.4, "percent", 2023, 2024, 1.0),
            ("growth", 39, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12000 / 8642 - 1 = 38.857% -> 39
        ],
    ),
    # 25. a Hong Kong release in Traditional Chinese: 億港元 is HKD 100 million; 去年 and 今年 under its date; 左右, 約
    dict(
        text=(
            "（2025年6月10日）香港數碼科技研究中心今日公布的研究報告顯示，本港金融科技人工智能方案市場規模去年達到58.6億"
            "港元，較2023年的45.2億港元增長29.6%；報告預計今年市場規模將升至74億港元左右，按年增長約26%。報告訪問了逾300家"
            "本地企業。"
        ),
        obs=[
            ("Total", 2024, 58.6, "HKD 100 million", "actual"),
            ("Total", 2023, 45.2, "HKD 100 million", "actual"),
            ("Total", 2025, 74, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.6 / 45.2 - 1 = 29.646% -> 29.6
            ("cagr|implied", "exact"),  # 74 / 58.6 - 1 = 26.280% -> 26
        ],
    ),
    # 26. a Taiwan research firm in Traditional Chinese: 分別 gives two years their estimates and their rates (the
    #     second contradicted by its figures)
    dict(
        text=(
            "研調機構晶策顧問最新報告指出，2024年全球AI PC出貨產值達512億美元，預估2025年、2026年將分別成長至798億美元及"
            "1,126億美元，年增率分別為55.9%及44.1%。"
        ),
        obs=[
            ("Total", 2024, 512, "USD 100 million", "actual"),
            ("Total", 2025, 798, "USD 100 million", "estimate"),
            ("Total", 2026, 1126, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 55.9, "percent", 2024, 2025, 1.0),
            ("growth", 44.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 798 / 512 - 1 = 55.859% -> 55.9
            # 1126 / 798 - 1 = 41.103%; bounds (1125.5 / 798.5) -> 40.952%, (1126.5 / 797.5) -> 41.254%:
            # 44.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. a headline that restates the body; the page's date line gives 今年; 左右 on a forecast
    dict(
        text=(
            "AI学习机销售额去年首破300亿元\n"
            "2025-03-08 10:21 来源：东方财讯\n"
            "据鹿鸣数据全渠道推总数据，2024年中国AI学习机市场销售额为312.6亿元，同比增长24.1%，2023年为251.9亿元。鹿鸣数据"
            "预计，今年销售额将进一步增至370亿元左右。"
        ),
        obs=[
            ("Total", 2024, 312.6, "CNY 100 million", "actual"),
            ("Total", 2023, 251.9, "CNY 100 million", "actual"),
            ("Total", 2025, 370, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 24.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.6 / 251.9 - 1 = 24.097% -> 24.1
        ],
    ),
    # 28. two institutes side by side: the first one's figures and rate (reached only at their rounding), the second's
    #     expected nowhere
    dict(
        text=(
            "对于AI Agent市场的规模，机构口径差异明显。据星桥研究院测算，2024年中国企业级AI Agent市场规模约为69亿元，预计"
            "2028年将达到544亿元，年均复合增长率为67.3%；而知远咨询给出的2024年数据为52亿元，并预计2028年达到380亿元。"
        ),
        obs=[
            ("Total", 2024, 69, "CNY 100 million", "actual"),
            ("Total", 2028, 544, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 67.3, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            # (544 / 69) ** (1 / 4) - 1 = 67.567%, not 67.3 +- 0.05; bounds (543.5 / 69.5) -> 67.226%,
            # (544.5 / 68.5) -> 67.910%: 67.3 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 29. a Hong Kong broker on the mainland market in Traditional Chinese: 人民幣 with a 港元 conversion (none),
    #     按年增長 without its base, 三年複合年增長率 (a span in words)
    dict(
        text=(
            "（2025年4月2日）本地券商恒達證券發表研究報告指，2024年中國AI算力租賃市場規模達到人民幣312億元（約336億港元），"
            "按年增長87.4%；預期2027年將增至人民幣1,046億元，三年複合年增長率約49.7%。"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2027, 1046, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 87.4, "percent", 2023, 2024, 1.0),
            ("cagr", 49.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1046 / 312) ** (1 / 3) - 1 = 49.667% -> 49.7 (bounds 49.563-49.771)
        ],
    ),
    # 30. 翻了一番多 (x2 over two years), 将超过 (an approximate estimate), a share without its part's amount
    dict(
        text=(
            "中国数字经济研究院发布的白皮书显示，2024年我国具身智能市场规模为86.2亿元，较2022年翻了一番多；预计到2026年将"
            "超过200亿元。其中，2024年服务机器人应用占比约为45.6%。"
        ),
        obs=[
            ("Total", 2024, 86.2, "CNY 100 million", "actual"),
            ("Total", 2026, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
            ("share", 45.6, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table: segments by years, a growth column for the last year (one rate contradicted), a Total row
    dict(
        text=(
            "AI in logistics spending by segment, worldwide (USD million)\n"
            "| Segment | 2023 | 2024 | 2025F | 2025 growth |\n"
            "|---|---|---|---|---|\n"
            "| Software | 3,412 | 4,286 | 5,390 | 25.8% |\n"
            "| Hardware | 2,105 | 2,598 | 3,121 | 20.1% |\n"
            "| Services | 1,876 | 2,231 | 2,694 | 22.8% |\n"
            "| Total | 7,393 | 9,115 | 11,205 | 22.9% |"
        ),
        obs=[
            ("Software", 2023, 3412, "USD million", "actual"),
            ("Software", 2024, 4286, "USD million", "actual"),
            ("Software", 2025, 5390, "USD million", "estimate"),
            ("Hardware", 2023, 2105, "USD million", "actual"),
            ("Hardware", 2024, 2598, "USD million", "actual"),
            ("Hardware", 2025, 3121, "USD million", "estimate"),
            ("Services", 2023, 1876, "USD million", "actual"),
            ("Services", 2024, 2231, "USD million", "actual"),
            ("Services", 2025, 2694, "USD million", "estimate"),
            ("Total", 2023, 7393, "USD million", "actual"),
            ("Total", 2024, 9115, "USD million", "actual"),
            ("Total", 2025, 11205, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2024, 2025, 1.0),
            ("growth", 20.1, "percent", 2024, 2025, 1.0),
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
            ("growth", 22.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5390 / 4286 - 1 = 25.758% -> 25.8
            ("cagr|implied", "exact"),  # 3121 / 2598 - 1 = 20.131% -> 20.1
            # 2694 / 2231 - 1 = 20.753%; bounds (2693.5 / 2231.5) -> 20.704%, (2694.5 / 2230.5) -> 20.803%:
            # 22.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 11205 / 9115 - 1 = 22.929% -> 22.9
            # 3412 + 2105 + 1876 = 7393; 4286 + 2598 + 2231 = 9115; 5390 + 3121 + 2694 = 11205
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table of regions with E and F columns and a CAGR column that prints its span
    dict(
        text=(
            "Computer vision market by region (USD billion)\n"
            "Region\t2024\t2025E\t2029F\tCAGR 2024-2029\n"
            "North America\t8.4\t9.8\t17.6\t15.9%\n"
            "Europe\t5.1\t5.9\t10.2\t14.9%\n"
            "Asia Pacific\t6.3\t7.6\t15.8\t20.2%\n"
            "Rest of World\t1.9\t2.2\t3.7\t14.6%\n"
            "Total\t21.7\t25.5\t47.3\t16.9%"
        ),
        obs=[
            ("North America", 2024, 8.4, "USD billion", "actual"),
            ("North America", 2025, 9.8, "USD billion", "estimate"),
            ("North America", 2029, 17.6, "USD billion", "estimate"),
            ("Europe", 2024, 5.1, "USD billion", "actual"),
            ("Europe", 2025, 5.9, "USD billion", "estimate"),
            ("Europe", 2029, 10.2, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 6.3, "USD billion", "actual"),
            ("Asia Pacific", 2025, 7.6, "USD billion", "estimate"),
            ("Asia Pacific", 2029, 15.8, "USD billion", "estimate"),
            ("Rest of World", 2024, 1.9, "USD billion", "actual"),
            ("Rest of World", 2025, 2.2, "USD billion", "estimate"),
            ("Rest of World", 2029, 3.7, "USD billion", "estimate"),
            ("Total", 2024, 21.7, "USD billion", "actual"),
            ("Total", 2025, 25.5, "USD billion", "estimate"),
            ("Total", 2029, 47.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 14.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 14.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (17.6 / 8.4) ** (1 / 5) - 1 = 15.944% -> 15.9
            ("cagr", "exact"),  # (10.2 / 5.1) ** (1 / 5) - 1 = 14.870% -> 14.9
            ("cagr", "exact"),  # (15.8 / 6.3) ** (1 / 5) - 1 = 20.189% -> 20.2
            # (3.7 / 1.9) ** (1 / 5) - 1 = 14.259%, not 14.6 +- 0.05; bounds (3.65 / 1.95) -> 13.358%,
            # (3.75 / 1.85) -> 15.179%: 14.6 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (47.3 / 21.7) ** (1 / 5) - 1 = 16.864% -> 16.9
            # 8.4 + 5.1 + 6.3 + 1.9 = 21.7; 9.8 + 5.9 + 7.6 + 2.2 = 25.5; 17.6 + 10.2 + 15.8 + 3.7 = 47.3
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a space-aligned table with years as rows under "(RMB billion)", a YoY column
    dict(
        text=(
            "China AI server market (RMB billion)\n"
            "Year     Sales     YoY\n"
            "2021     31.2      —\n"
            "2022     42.6      36.5%\n"
            "2023     60.9      43.0%\n"
            "2024     98.7      62.1%\n"
            "2025E    141.5     43.4%"
        ),
        obs=[
            ("Sales", 2021, 31.2, "CNY billion", "actual"),
            ("Sales", 2022, 42.6, "CNY billion", "actual"),
            ("Sales", 2023, 60.9, "CNY billion", "actual"),
            ("Sales", 2024, 98.7, "CNY billion", "actual"),
            ("Sales", 2025, 141.5, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 36.5, "percent", 2021, 2022, 1.0),
            ("growth", 43.0, "percent", 2022, 2023, 1.0),
            ("growth", 62.1, "percent", 2023, 2024, 1.0),
            ("growth", 43.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 42.6 / 31.2 - 1 = 36.538% -> 36.5
            ("cagr|implied", "exact"),  # 60.9 / 42.6 - 1 = 42.958% -> 43.0
            ("cagr|implied", "exact"),  # 98.7 / 60.9 - 1 = 62.069% -> 62.1
            ("cagr|implied", "exact"),  # 141.5 / 98.7 - 1 = 43.364% -> 43.4
        ],
    ),
    # 34. a research store's "Report Scope" table as a web page pastes it (attribute, tab, detail)
    dict(
        text=(
            "AI in Construction Market Report Scope\n"
            "Report Attribute\tDetails\n"
            "Market size value in 2025\tUSD 12.64 billion\n"
            "Revenue forecast in 2030\tUSD 37.90 billion\n"
            "Growth rate\tCAGR of 24.6% from 2025 to 2030\n"
            "Base year for estimation\t2024\n"
            "Historical data\t2018 - 2023\n"
            "Forecast period\t2025 - 2030\n"
            "Segments covered\tComponent, deployment, application, region"
        ),
        obs=[
            ("Total", 2025, 12.64, "USD billion", "actual"),
            ("Total", 2030, 37.90, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.6, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (37.90 / 12.64) ** (1 / 5) - 1 = 24.560% -> 24.6 (bounds 24.547-24.573)
        ],
    ),
    # 35. a Chinese pipe table with 同比增长 (bases not printed) and 占比 columns (one share only within rounding)
    dict(
        text=(
            "2024年中国AI大模型应用市场结构\n"
            "| 应用领域 | 规模（亿元） | 同比增长 | 占比 |\n"
            "|---|---|---|---|\n"
            "| 智能客服 | 101 | 68.2% | 19.8% |\n"
            "| 代码助手 | 73 | 112.5% | 14.3% |\n"
            "| 营销内容生成 | 61 | 95.3% | 11.9% |\n"
            "| 知识管理与搜索 | 129 | 74.6% | 25.2% |\n"
            "| 其他 | 148 | 51.0% | 28.9% |\n"
            "| 合计 | 512 | 70.1% | 100.0% |"
        ),
        obs=[
            ("智能客服", 2024, 101, "CNY 100 million", "actual"),
            ("代码助手", 2024, 73, "CNY 100 million", "actual"),
            ("营销内容生成", 2024, 61, "CNY 100 million", "actual"),
            ("知识管理与搜索", 2024, 129, "CNY 100 million", "actual"),
            ("其他", 2024, 148, "CNY 100 million", "actual"),
            ("合计", 2024, 512, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 68.2, "percent", 2023, 2024, 1.0),
            ("share", 19.8, "percent", 2024, 2024, None),
            ("growth", 112.5, "percent", 2023, 2024, 1.0),
            ("share", 14.3, "percent", 2024, 2024, None),
            ("growth", 95.3, "percent", 2023, 2024, 1.0),
            ("share", 11.9, "percent", 2024, 2024, None),
            ("growth", 74.6, "percent", 2023, 2024, 1.0),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("growth", 51.0, "percent", 2023, 2024, 1.0),
            ("share", 28.9, "percent", 2024, 2024, None),
            ("growth", 70.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 101 / 512 = 19.727%, not 19.8 +- 0.05; bounds (100.5 / 512.5) -> 19.610%, (101.5 / 511.5) -> 19.844%
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 73 / 512 = 14.258% -> 14.3
            ("arithmetic", "exact"),  # 61 / 512 = 11.914% -> 11.9
            ("arithmetic", "exact"),  # 129 / 512 = 25.195% -> 25.2
            ("arithmetic", "exact"),  # 148 / 512 = 28.906% -> 28.9
            ("hierarchy", "exact"),  # 101 + 73 + 61 + 129 + 148 = 512
        ],
    ),
    # 36. a Traditional Chinese space-aligned table under 單位：新台幣億元 (TWD 100 million), 年增率 (one contradicted)
    dict(
        text=(
            "臺灣伺服器散熱模組產值\n"
            "單位：新台幣億元\n"
            "年度            產值      年增率\n"
            "2022年          186       —\n"
            "2023年          314       68.8%\n"
            "2024年          532       71.4%\n"
            "2025年(預估)    921       73.1%\n"
            "資料來源：產業研究機構整理"
        ),
        obs=[
            ("產值", 2022, 186, "TWD 100 million", "actual"),
            ("產值", 2023, 314, "TWD 100 million", "actual"),
            ("產值", 2024, 532, "TWD 100 million", "actual"),
            ("產值", 2025, 921, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68.8, "percent", 2022, 2023, 1.0),
            ("growth", 71.4, "percent", 2023, 2024, 1.0),
            ("growth", 73.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 314 / 186 - 1 = 68.817% -> 68.8
            # 532 / 314 - 1 = 69.427%; bounds (531.5 / 314.5) -> 68.998%, (532.5 / 313.5) -> 69.856%:
            # 71.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 921 / 532 - 1 = 73.120% -> 73.1
        ],
    ),
    # 37. a space-aligned table in HK$ million: sectors by years, a Total row
    dict(
        text=(
            "Hong Kong enterprise AI services revenue by sector (HK$ million)\n"
            "Sector                  2023      2024      2025F\n"
            "Financial services      1,862     2,415     3,080\n"
            "Retail and logistics    948       1,236     1,590\n"
            "Public sector           612       804       1,045\n"
            "Other                   705       862       1,071\n"
            "Total                   4,127     5,317     6,786"
        ),
        obs=[
            ("Financial services", 2023, 1862, "HKD million", "actual"),
            ("Financial services", 2024, 2415, "HKD million", "actual"),
            ("Financial services", 2025, 3080, "HKD million", "estimate"),
            ("Retail and logistics", 2023, 948, "HKD million", "actual"),
            ("Retail and logistics", 2024, 1236, "HKD million", "actual"),
            ("Retail and logistics", 2025, 1590, "HKD million", "estimate"),
            ("Public sector", 2023, 612, "HKD million", "actual"),
            ("Public sector", 2024, 804, "HKD million", "actual"),
            ("Public sector", 2025, 1045, "HKD million", "estimate"),
            ("Other", 2023, 705, "HKD million", "actual"),
            ("Other", 2024, 862, "HKD million", "actual"),
            ("Other", 2025, 1071, "HKD million", "estimate"),
            ("Total", 2023, 4127, "HKD million", "actual"),
            ("Total", 2024, 5317, "HKD million", "actual"),
            ("Total", 2025, 6786, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1862 + 948 + 612 + 705 = 4127; 2415 + 1236 + 804 + 862 = 5317; 3080 + 1590 + 1045 + 1071 = 6786
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a web page's table pasted with tabs: "USD 5.12 Bn" cells, a "CAGR (2025–2032)" column, a Total row
    dict(
        text=(
            "Conversational AI Market Size, by Region\n"
            "Region\t2025 (USD Bn)\t2032F (USD Bn)\tCAGR (2025–2032)\n"
            "North America\tUSD 5.12 Bn\tUSD 19.88 Bn\t21.4%\n"
            "Europe\tUSD 3.27 Bn\tUSD 11.96 Bn\t20.4%\n"
            "Asia Pacific\tUSD 2.94 Bn\tUSD 13.85 Bn\t24.8%\n"
            "Latin America\tUSD 0.61 Bn\tUSD 2.08 Bn\t19.2%\n"
            "Middle East & Africa\tUSD 0.47 Bn\tUSD 1.77 Bn\t20.9%\n"
            "Total\tUSD 12.41 Bn\tUSD 49.54 Bn\t21.9%"
        ),
        obs=[
            ("North America", 2025, 5.12, "USD billion", "actual"),
            ("North America", 2032, 19.88, "USD billion", "estimate"),
            ("Europe", 2025, 3.27, "USD billion", "actual"),
            ("Europe", 2032, 11.96, "USD billion", "estimate"),
            ("Asia Pacific", 2025, 2.94, "USD billion", "actual"),
            ("Asia Pacific", 2032, 13.85, "USD billion", "estimate"),
            ("Latin America", 2025, 0.61, "USD billion", "actual"),
            ("Latin America", 2032, 2.08, "USD billion", "estimate"),
            ("Middle East & Africa", 2025, 0.47, "USD billion", "actual"),
            ("Middle East & Africa", 2032, 1.77, "USD billion", "estimate"),
            ("Total", 2025, 12.41, "USD billion", "actual"),
            ("Total", 2032, 49.54, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2025, 2032, None, "stated"),
            ("cagr", 20.4, "percent", 2025, 2032, None, "stated"),
            ("cagr", 24.8, "percent", 2025, 2032, None, "stated"),
            ("cagr", 19.2, "percent", 2025, 2032, None, "stated"),
            ("cagr", 20.9, "percent", 2025, 2032, None, "stated"),
            ("cagr", 21.9, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (19.88 / 5.12) ** (1 / 7) - 1 = 21.385% -> 21.4
            ("cagr", "exact"),  # (11.96 / 3.27) ** (1 / 7) - 1 = 20.352% -> 20.4
            ("cagr", "exact"),  # (13.85 / 2.94) ** (1 / 7) - 1 = 24.784% -> 24.8
            ("cagr", "exact"),  # (2.08 / 0.61) ** (1 / 7) - 1 = 19.153% -> 19.2
            ("cagr", "exact"),  # (1.77 / 0.47) ** (1 / 7) - 1 = 20.856% -> 20.9
            ("cagr", "exact"),  # (49.54 / 12.41) ** (1 / 7) - 1 = 21.866% -> 21.9
            # 5.12 + 3.27 + 2.94 + 0.61 + 0.47 = 12.41; 19.88 + 11.96 + 13.85 + 2.08 + 1.77 = 49.54
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a Chinese tab-separated table under 单位：亿元 with A and E columns and a 2024-2027年CAGR column
    dict(
        text=(
            "中国智能座舱市场规模预测\n"
            "单位：亿元\n"
            "细分\t2024A\t2025E\t2026E\t2027E\t2024-2027年CAGR\n"
            "座舱域控制器\t286\t372\t468\t571\t25.9%\n"
            "智能座舱软件\t174\t236\t311\t398\t31.8%\n"
            "座舱显示与交互\t452\t521\t596\t672\t14.1%\n"
            "合计\t912\t1,129\t1,375\t1,641\t21.6%\n"
            "注：A为实际值，E为预测值。"
        ),
        obs=[
            ("座舱域控制器", 2024, 286, "CNY 100 million", "actual"),
            ("座舱域控制器", 2025, 372, "CNY 100 million", "estimate"),
            ("座舱域控制器", 2026, 468, "CNY 100 million", "estimate"),
            ("座舱域控制器", 2027, 571, "CNY 100 million", "estimate"),
            ("智能座舱软件", 2024, 174, "CNY 100 million", "actual"),
            ("智能座舱软件", 2025, 236, "CNY 100 million", "estimate"),
            ("智能座舱软件", 2026, 311, "CNY 100 million", "estimate"),
            ("智能座舱软件", 2027, 398, "CNY 100 million", "estimate"),
            ("座舱显示与交互", 2024, 452, "CNY 100 million", "actual"),
            ("座舱显示与交互", 2025, 521, "CNY 100 million", "estimate"),
            ("座舱显示与交互", 2026, 596, "CNY 100 million", "estimate"),
            ("座舱显示与交互", 2027, 672, "CNY 100 million", "estimate"),
            ("合计", 2024, 912, "CNY 100 million", "actual"),
            ("合计", 2025, 1129, "CNY 100 million", "estimate"),
            ("合计", 2026, 1375, "CNY 100 million", "estimate"),
            ("合计", 2027, 1641, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 31.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 14.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (571 / 286) ** (1 / 3) - 1 = 25.919% -> 25.9
            ("cagr", "exact"),  # (398 / 174) ** (1 / 3) - 1 = 31.758% -> 31.8
            ("cagr", "exact"),  # (672 / 452) ** (1 / 3) - 1 = 14.133% -> 14.1
            ("cagr", "exact"),  # (1641 / 912) ** (1 / 3) - 1 = 21.629% -> 21.6
            # 286 + 174 + 452 = 912; 372 + 236 + 521 = 1129; 468 + 311 + 596 = 1375; 571 + 398 + 672 = 1641
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a space-aligned table of countries in EUR million with a Share column and a 100% Total row
    dict(
        text=(
            "European AI software market by country, 2024 (EUR million)\n"
            "Country          Revenue     Share\n"
            "Germany          3,846       24.1%\n"
            "United Kingdom   3,512       22.0%\n"
            "France           2,417       15.1%\n"
            "Netherlands      1,208       7.6%\n"
            "Rest of Europe   4,982       31.2%\n"
            "Total            15,965      100.0%"
        ),
        obs=[
            ("Germany", 2024, 3846, "EUR million", "actual"),
            ("United Kingdom", 2024, 3512, "EUR million", "actual"),
            ("France", 2024, 2417, "EUR million", "actual"),
            ("Netherlands", 2024, 1208, "EUR million", "actual"),
            ("Rest of Europe", 2024, 4982, "EUR million", "actual"),
            ("Total", 2024, 15965, "EUR million", "actual"),
        ],
        claims=[
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 22.0, "percent", 2024, 2024, None),
            ("share", 15.1, "percent", 2024, 2024, None),
            ("share", 7.6, "percent", 2024, 2024, None),
            ("share", 31.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3846 / 15965 = 24.090% -> 24.1
            ("arithmetic", "exact"),  # 3512 / 15965 = 21.998% -> 22.0
            ("arithmetic", "exact"),  # 2417 / 15965 = 15.139% -> 15.1
            ("arithmetic", "exact"),  # 1208 / 15965 = 7.567% -> 7.6
            ("arithmetic", "exact"),  # 4982 / 15965 = 31.206% -> 31.2
            ("hierarchy", "exact"),  # 3846 + 3512 + 2417 + 1208 + 4982 = 15965
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "was valued at USD 8.63 billion in 2024 and is expected to reach USD 35.77 billion by 2030",
    "will reach $14.2 billion and $172.6 billion, respectively",
    "sizes the 2024 market at $15.1 billion and sees it reaching $61 billion by 2032",
    "total addressable market for data-centre AI accelerators",
    "in the first half of 2025, up 14.1% year on year, including 118.7 billion yuan in June alone",
    "followed by Italy at €0.71 billion and France at €0.58 billion",
    "Just under 30% of 2024 spending",
    "Edge AI chip sales to hit $26bn this year, says Meridian\n\n",
    "over the next five years, from $12.3 billion in 2025 to $28.6 billion in 2030",
    "medical imaging $5.1 billion (16.2%)",
    "at a CAGR of 28.4% over 2024-31",
    "Last updated: March 14, 2025\n",
    "could double this year",
    "• Deployment split, 2024: cloud (71%), on-premises (29%)",
    "市场规模分别为121.3亿元和84.5亿元，占比分别为58.9%和41.1%",
    "1—5月，我国规模以上人工智能软件企业实现业务收入",
    "比上年增长29.5%，2023年为8,650亿元",
    "财联社2025年5月20日电",
    "市场空间有望达到405亿美元",
    "新台幣8,642億元（約268億美元）",
    "可望突破1兆2,000億元",
    "去年達到58.6億港元",
    "預估2025年、2026年將分別成長至798億美元及1,126億美元，年增率分別為55.9%及44.1%",
    "AI学习机销售额去年首破300亿元\n2025-03-08 10:21",
    "而知远咨询给出的2024年数据为52亿元",
    "人民幣312億元（約336億港元）",
    "| Segment | 2023 | 2024 | 2025F | 2025 growth |",
    "Region\t2024\t2025E\t2029F\tCAGR 2024-2029",
    "Report Attribute\tDetails\nMarket size value in 2025\tUSD 12.64 billion",
    "| 应用领域 | 规模（亿元） | 同比增长 | 占比 |",
    "單位：新台幣億元",
    "(HK$ million)",
    "North America\tUSD 5.12 Bn\tUSD 19.88 Bn\t21.4%",
    "细分\t2024A\t2025E\t2026E\t2027E\t2024-2027年CAGR",
)
#: the set's blind score (set when it is first scored): 171 figures, 56 rates, 59 verdicts and 1 false inconsistent at the
#: code it was written against, the same as before any rule of the thirty-eighth set's round (a held-out check of
#: them: no gain, no loss); its floors are its score after the rules it then showed wanting (cells "USD 5.12 Bn",
#: parts "followed by" a whole's, "By component,", a newsletter's bullets, overlapping compounds, a date line's source, rates
#: listed after a list of years' amounts)
FLOORS = {"figures_found": 193, "rates_found": 63, "verdicts_right": 72}


if __name__ == "__main__":  # python tests/extract_checkset39.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
