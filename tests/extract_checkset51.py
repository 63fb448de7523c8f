"""A fifty-first check set for the extractor, written blind: market-research firms' web pages and report summaries as an
analyst copies them out of a browser -- a "Report Overview" paragraph over "Key Market Statistics" bullets that repeat
its figures rounded ("2023 Market Size: USD 12.5 Billion", "CAGR (2024-2030): 22.7%", "North America: Largest Market in
2023"), a wire release's "is anticipated to reach ... according to a new report by", a "FAQs" block of questions and
answers, a forecast page under "Report Code", "Last updated" and counts of pages, tables and figures, a "Market
Snapshot" ("Study Period: 2019 - 2030"), "Segment Insights" and "Regional Insights" paragraphs, a tracker's decline, a
summary page whose header line carries "Base Year: 2024", "Historical Data: 2019-2023", "Forecast Period: 2025-2032",
"Companies Profiled: 22" and a licence price, "Market Highlights" bullets in pounds, a Tokyo research institute's
"112.2% of the previous fiscal year", a Taiwan institute's English summary in NT$ trillion, a Hong Kong study with its
report's price, a regional outlook in euros, a release in "USD 846.2 million" that ends in "USD 3.1 billion", a "Market
Overview" whose span starts a year after its base ("during 2025-2033") and an executive summary with a part and its
share; Chinese research houses' web summaries (研究院数据显示……约为……，同比增长……；预测……年均复合增长率约为, a 咨询 report under its title with
较2023年增加……亿元 beside 同比增长, 2021-2024年……由……增长至……, 其中GPU为……，占比……, a 研究院's title with 2023年……2024年增至……，同比增长 and 分析师预测,
2025年、2026年、2027年将分别达到……, 1.06万亿元 beside 8,560亿元, a 常见问题 block of 问 and 答 with the report's chapters and pages,
减少……亿元，降幅为, 细分市场 shares with 年均复合增长率约为), and Taiwan research houses in Traditional Chinese (產值……年增, 預估……年增, 年增87%，擴大至約,
較2023年的……下滑, 由……成長至……複合成長率為); and tables in pipes, tabs and aligned columns (a "Report Attribute | Details" scope table
under its overview, a region table with shares over a "Global" row, a segment table with 2025E and 2030F columns and a
"CAGR 2025E-2030F" column, a Chinese table of years in 亿元 with 同比增长 and E years, a Chinese table in 万亿元 over a 合计 row, a
Traditional Chinese table in 億美元 with 2025年(F) and 年增率, a "Key Market Statistics" table of metrics and values with its
boilerplate rows, a Chinese 细分市场 table with 占比 over a 合计 row, an aligned table of years in "(US$ billion)" with a "YoY
growth" column, and a Chinese regional table in 亿美元 whose parts miss their 全球 row by a rounding).

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

What this set's sources add to them. A research store's "Report Overview" gives "was estimated at USD 12.48 billion in
2023" the ``actual`` and "is projected to reach USD 54.06 billion by 2030" the ``estimate``, each expected once though
its "Key Market Statistics" bullets repeat them rounded ("2023 Market Size: USD 12.5 Billion"); "growing at a CAGR of
22.7% from 2024 to 2030" is ``stated`` over its printed span and gets no verdict, since no 2024 amount is printed (the
span starts a year after the base), "North America: Largest Market in 2023" is no figure and the report ID, its pages
and the title's years are boilerplate; "The solutions segment held the largest revenue share of 64.2% in 2023" is a
share whose part is not printed. A wire release's "is anticipated to reach USD 9.37 billion by 2030 and is expected to
expand at a CAGR of 29.9% from 2025 to 2030, according to a new report by" gives a ``stated`` rate whose base the next
sentence prints ("this year's revenue at USD 2.53 billion", 2025's ``estimate`` under the dateline), "up 21.6% on the
USD 2.08 billion booked in 2024" a rate with its base, and the publisher's count of reports and founding year nothing. A
"FAQs" block answers "How big is ...?" with 2024's ``actual`` and "is expected to reach USD 2.28 billion in 2025" an
``estimate``, "What is the ... growth?" with "24.1% from 2025 to 2030 to reach USD 6.74 billion by 2030" (``stated``,
reached only at the rounding of its amounts) and the region question with a share; the key players are no figures. A
forecast page headed "Report Code: TC 8114 · Last updated: March 2025 · Pages: 312 · Tables: 390 · Figures: 74" (all
boilerplate, as is "Global Forecast to 2030" in its title) gives "is projected to grow from USD 26.40 billion in 2025 to
USD 86.10 billion by 2030" two ``estimate`` figures (2025 is the page's year, under a forecast cue), "at a compound
annual growth rate of 26.2% during the forecast period" an ``inferred`` rate (no span printed) its amounts contradict,
and "the largest share, 47.5%, in 2025" a share. A "Market Snapshot" under "Updated: February 2025" gives "is estimated
at USD 0.86 billion in 2025" this year's ``estimate`` and "at a CAGR of 21.85% during the forecast period (2025-2030)" a
``stated`` rate to two decimals, its snapshot lines repeating both and "Study Period: 2019 - 2030" boilerplate. "Segment
Insights" give a share without its amount, and "Regional Insights" "Europe contributed USD 1.12 billion of it, or 29.0%"
and "Asia Pacific generated USD 0.97 billion, a 25.6% share" two parts with shares of the USD 3.86 billion whole, the
second contradicted by its amounts. A tracker's "fell 11.4% to USD 1.37 billion in 2024 from USD 1.55 billion in 2023"
is a negative rate reached only at the rounding of its amounts and "a return to growth this year, of about 6%, to some
USD 1.45 billion" 2025's approximate ``estimate`` with its rate, the 42 vendors a count. A summary page's header line
("Report Code: SMR-1187 · Published: January 2025 · Base Year: 2024 · Historical Data: 2019-2023 · Forecast Period:
2025-2032 · Companies Profiled: 22 · Single-user licence: USD 4,250") is boilerplate throughout, and "a CAGR of 24.6%
between 2024 and 2032" is ``stated`` and contradicted by "USD 612.5 million in 2024" and "USD 3,284.0 million in 2032".
"Market Highlights" bullets in pounds give "Market value, 2024: £1.86 billion", "Forecast value, 2029: £4.72 billion"
and "Growth: 20.5% CAGR, 2024-2029" (``stated``), with the vendors profiled and the report's price nowhere. A Tokyo
research institute's "¥28.6 billion in fiscal 2024 ..., 112.2% of the previous fiscal year's ¥25.5 billion" gives fiscal
2024 and 2023 in JPY billion and a rise of 12.2% (the year's figure as a percentage of the year before's), and "¥46.0
billion for fiscal 2028" an ``estimate``; the survey's months and vendors nowhere. A Taiwan institute's English summary
gives "is on course for NT$1.58 trillion this year, 46.3% more than last year's NT$1.08 trillion" in TWD trillion, "For
2026 ... NT$1.92 trillion" an ``estimate`` and "71% of this year's output" a share of 2025. A Hong Kong study's "rose to
HK$1.24 billion in 2024 from HK$1.05 billion in 2023, an 18.1% increase" and "HK$1.47 billion this year, a further 18.5%
rise" are HKD billion with two rates, the report's price HK$18,800 boilerplate. A regional outlook's "Germany ...
contributed EUR 0.58 billion (27.1%)" is a part with its share in brackets and "is on course for EUR 6.35 billion in
2031, compounding at 16.8% a year" an ``estimate`` with an ``inferred`` rate; the volume's price and vendors nowhere.
"Valued at USD 846.2 million in 2024, is set to climb to USD 3.1 billion by 2031" opens the series in USD million, so
2031 is expected as 3100, and "compounding at 20.4% a year" is ``inferred``; the pages and companies profiled are
counts. A "Market Overview" gives "reached USD 2.4 Billion in 2024" and "USD 10.9 Billion by 2033", and "exhibiting a
growth rate (CAGR) of 18.3% during 2025-2033" is ``stated`` over its printed span, with no verdict (no 2025 amount is
printed); its "Base Year", "Historical Years" and "Forecast Years" are boilerplate. An executive summary's "grew 38.7%
year over year to USD 5.62 billion in 2024" is a rate whose base is not printed, "will approach USD 9.1 billion in 2026"
an approximate ``estimate`` and "Software platforms represented USD 3.05 billion, or 54.3% of the 2024 total" a part
with its share.

In Chinese: a 研究院's summary gives 约为86.4亿元，同比增长31.7% (the rate's base not printed) and 到2030年……将达到372亿元，2024-2030年年均
复合增长率约为27.6% (``stated``, reached only at the rounding of its amounts); a 咨询 report's 412.6亿元，较2023年增加71.8亿元，同比增长21.1%
gives 2024 with a rate whose base is not printed (71.8亿元 is the increase, no year's size, and expected nowhere),
直播电商占比最高， 达到32.5% a share and the title's years boilerplate; 2021-2024年……由126亿元增长至298亿元，年均复合增长率为33.2% gives both years
and a ``stated`` rate, and 预计2025年……370亿元 an ``estimate``; 其中GPU为984亿元，占比69.7%；ASIC为226亿元，占比16.0% are parts (``GPU``,
``ASIC``) with their shares and FPGA及其他芯片合计占比14.3% a share whose part is not printed; a 研究院's title (boilerplate) over
2023年……1,106亿元，2024年增至1,598亿元，同比增长44.5% gives both years and their rate, and 分析师预测 two ``estimate`` years; 2025年、2026年、
2027年将分别达到48亿元、79亿元和121亿元 gives each year, in order, its ``estimate``, and 2026年、2027年同比增速分别约为64.6%和53.2% each rate, in
order, with its verdict; 约为1.06万亿元 opens the series in CNY trillion, so 较2023年的8,560亿元增长23.8% gives 2023 as 0.856, and
1.3万亿元左右 is approximate; a 常见问题 block of 问 and 答 gives 约为58.3亿元，较上年增长72.5% (no base printed), 2024-2029年年均复合增长率为34.8%
(``stated``, reached only at the rounding of 260亿元左右) and its 12章、168页 and 图表95个 nowhere; 较2023年的26.8亿元减少2.2亿元，降幅为8.2%
is a negative rate with its base (the decrease no year's size); 细分市场 shares (K12阶段占比41.6% ...) are shares whose parts
are not printed, and 预计到2028年……2,360亿元，年均复合增长率约为20.3% an ``inferred`` rate. In Traditional Chinese a Taiwan research
house's 產值為新台幣368億元，年增62.4% is TWD 100 million with a rate whose base is not printed, 預估2025年將達532億元，年增44.6% an
``estimate`` with its verdict and 2026年可望突破700億元 an approximate ``estimate``; another's 預估2025年產值將年增87%，擴大至約310億美元 is a
rate before its approximate amount, reached only at the rounding of it and 165億美元, and 超過九成 a fraction in words; a
centre's 較2023年的236億元下滑9.3% is a negative rate with its base and 預估2025年可回升至245億元 an ``estimate``; a research firm's
將由2024年的新台幣1,285億元成長至2028年的3,420億元，2024至2028年複合成長率為29.8% is ``stated`` and contradicted by its amounts, and
先進製程專案占比將於2028年提升至62% a share of 2028.

In tables: a "Report Attribute | Details" scope table under its overview paragraph sizes the whole market (``Total``):
"Market size value in 2025" is an ``estimate`` (a forecast-period year, under the page's January 2025 date), "Revenue
forecast in 2030" an ``estimate``, "CAGR of 24.9% from 2025 to 2030" ``stated`` (once, though the overview and the
"Quantitative units" row repeat it) and the overview's 2024 the ``actual``, while the base year, historical data,
forecast period, report ID, pages and companies are boilerplate; a tab-separated region table in "(USD million)" for the
title's year gives each region its revenue and its share (``arithmetic``), its "Global" row the whole and its 100.0% no
claim; a pipe table of components in "(USD billion)" with 2025E and 2030F columns gives each row its figures and its
"CAGR 2025E-2030F" (``stated``, one contradicted by its figures) over a Total row, its table number and key line
boilerplate; a Chinese aligned table of years under （单位：亿元） gives ``市场规模`` each year (2025E-2027E ``estimate``) and its
同比增长 column each year's rate (2024's contradicted by its figures), the title's years and source line boilerplate; a
Chinese pipe table under （单位：万亿元） gives each 细分领域 its figures in CNY trillion (2025年E an ``estimate``) over a 合计 row; a
Traditional Chinese tab-separated table under 單位：億美元 gives each 類別 its 2024年 and 2025年(F) figures and its 年增率 (ASIC's
reached only at the rounding of its figures) over a 合計 row; a "Key Market Statistics" table of metrics and values gives
"Market size (2024)" the ``actual``, "(2025)" and "(2032)" ``estimate`` figures under its "Published March 2025" row,
"CAGR (2025-2032)" a ``stated`` rate and "North America (38.9% share in 2024)" a share, every other row boilerplate; a
Chinese tab-separated 细分市场 table for the title's year gives each part its 规模（亿元） and 占比 (``arithmetic``) over a 合计 row;
an aligned table of years in "(US$ billion)" gives ``Revenue`` each year (2025E and 2026E ``estimate``) and its "YoY
growth" column each year's rate (2026E's contradicted by its figures); and a Chinese pipe regional table in 亿美元 gives
each 地区 its figure and 占比 (``arithmetic``), its 全球 row the whole, which the parts miss by 0.1 (a ``hierarchy`` verdict
reached only at the rounding), its 100.0% no claim and its 注 line boilerplate. Markets vary (AI fraud detection,
AI-driven drug discovery, AI-powered crop monitoring, AI in video surveillance, AI in radiotherapy planning, AI-powered
parcel sorting systems, consumer AI companion robots, AI dubbing and voice localisation, UK conversational AI for
financial services, AI-OCR services in Japan, Taiwan's AI servers, AI-enabled logistics visibility platforms in Hong
Kong, AI in retail in Europe, AI-powered tutoring in Asia Pacific, AI-enabled smart grid analytics, AIOps platforms,
AI药物研发, AI数字人, 智能座舱AI软件, AI芯片, AI智算服务, 具身智能数据采集服务, 人工智能相关产业, AI搜索, AI翻译机, AI+教育, 生成式AI軟體與服務, CoWoS先進封裝, AI邊緣運算閘道器,
AI晶片設計服務, AI-based medical transcription, AI-driven demand forecasting software, enterprise AI copilots, AI智能巡检机器人,
算力产业, AI加速晶片, AI-powered procurement software, AI+医疗, AI code review tools, AI数据中心液冷); publishers, speakers and
companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset51.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's "Report Overview" with "Key Market Statistics" bullets that repeat its figures rounded; a
    #    CAGR whose printed span (2024-2030) starts a year after its base (2023): no verdict; a segment's share
    dict(
        text=(
            "AI Fraud Detection Market Size, Share & Trends Analysis Report, 2024-2030\n"
            "Report ID: HVR-4-68041-213-7 · Number of Pages: 130 · Format: Electronic (PDF)\n"
            "Report Overview\n"
            "The global AI fraud detection market size was estimated at USD 12.48 billion in 2023 and is projected to "
            "reach USD 54.06 billion by 2030, growing at a CAGR of 22.7% from 2024 to 2030. Instant payments and "
            "card-not-present commerce keep widening the surface that banks and merchants have to watch.\n"
            "Key Market Statistics\n"
            "- 2023 Market Size: USD 12.5 Billion\n"
            "- 2030 Projected Market Size: USD 54.1 Billion\n"
            "- CAGR (2024-2030): 22.7%\n"
            "- North America: Largest Market in 2023\n"
            "- Asia Pacific: Fastest Growing Market\n"
            "The solutions segment held the largest revenue share of 64.2% in 2023, while services are set to grow "
            "faster."
        ),
        obs=[
            ("Total", 2023, 12.48, "USD billion", "actual"),
            ("Total", 2030, 54.06, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("share", 64.2, "percent", 2023, 2023, None),
        ],
        verdicts=[],  # no 2024 amount is printed, so the 2024-2030 rate has no two amounts of its own span
    ),
    # 2. a wire release: "is anticipated to reach ... according to a new report by"; this year's revenue with its rate
    #    on last year's; the publisher's "more than 7,000 reports since 2012" nowhere
    dict(
        text=(
            "PUNE, India, April 22, 2025 /PRNewswire/ -- The global AI-driven drug discovery market is anticipated to "
            "reach USD 9.37 billion by 2030 and is expected to expand at a CAGR of 29.9% from 2025 to 2030, according "
            "to a new report by Larkspur Research, Inc. The firm puts this year's revenue at USD 2.53 billion, up "
            "21.6% on the USD 2.08 billion booked in 2024. Small-molecule programmes accounted for 61.4% of 2024 "
            "revenue. Larkspur Research has published more than 7,000 reports since 2012."
        ),
        obs=[
            ("Total", 2030, 9.37, "USD billion", "estimate"),
            ("Total", 2025, 2.53, "USD billion", "estimate"),
            ("Total", 2024, 2.08, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 29.9, "percent", 2025, 2030, None, "stated"),
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
            ("share", 61.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (9.37 / 2.53) ** (1 / 5) - 1 = 29.934% -> 29.9 (bounds 29.869-30.000)
            ("cagr|implied", "exact"),  # 2.53 / 2.08 - 1 = 21.635% -> 21.6
        ],
    ),
    # 3. a "FAQs" block: "How big is ...?" answered with last year's size and this year's, "What is the ... growth?"
    #    with a stated rate and its end amount; a region's share; the key players nothing
    dict(
        text=(
            "FAQs\n"
            "How big is the AI-powered crop monitoring market?\n"
            "The global AI-powered crop monitoring market size was estimated at USD 1.91 billion in 2024 and is "
            "expected to reach USD 2.28 billion in 2025.\n"
            "What is the AI-powered crop monitoring market growth?\n"
            "The global AI-powered crop monitoring market is expected to grow at a compound annual growth rate of "
            "24.1% from 2025 to 2030 to reach USD 6.74 billion by 2030.\n"
            "Which region accounted for the largest AI-powered crop monitoring market share?\n"
            "North America dominated with a share of 38.4% in 2024, helped by its large row-crop farms.\n"
            "Who are the key players in the AI-powered crop monitoring market?\n"
            "Key players include Fieldwise Analytics, Terrapin Agro and Sorrel Vision."
        ),
        obs=[
            ("Total", 2024, 1.91, "USD billion", "actual"),
            ("Total", 2025, 2.28, "USD billion", "estimate"),
            ("Total", 2030, 6.74, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2025, 2030, None, "stated"),
            ("share", 38.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (6.74 / 2.28) ** (1 / 5) - 1 = 24.207%, not 24.1 +- 0.05; bounds (6.735 / 2.285) -> 24.134%,
            # (6.745 / 2.275) -> 24.280%: 24.1 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 4. a forecast page under "Report Code", "Last updated" and counts of pages, tables and figures: "is projected to
    #    grow from ... in 2025 to ... by 2030 ... during the forecast period" (inferred), contradicted by its amounts
    dict(
        text=(
            "AI in Video Surveillance Market by Offering, Deployment, Application and Region - Global Forecast to "
            "2030\n"
            "Report Code: TC 8114 · Last updated: March 2025 · Pages: 312 · Tables: 390 · Figures: 74\n"
            "The AI in video surveillance market is projected to grow from USD 26.40 billion in 2025 to USD 86.10 "
            "billion by 2030, at a compound annual growth rate of 26.2% during the forecast period. The software "
            "segment is expected to account for the largest share, 47.5%, in 2025."
        ),
        obs=[
            ("Total", 2025, 26.40, "USD billion", "estimate"),
            ("Total", 2030, 86.10, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.2, "percent", 2025, 2030, None, "inferred"),
            ("share", 47.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # (86.10 / 26.40) ** (1 / 5) - 1 = 26.672%; bounds (86.095 / 26.405) -> 26.666%, (86.105 / 26.395) ->
            # 26.678%: 26.2 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 5. a "Market Snapshot" under "Updated: February 2025": this year's size "is estimated at" (an estimate), a rate to
    #    two decimals with its span in brackets; "Study Period: 2019 - 2030" and the concentration nowhere
    dict(
        text=(
            "Updated: February 2025\n"
            "AI in Radiotherapy Planning Market Size & Share Analysis - Growth Trends & Forecasts (2025 - 2030)\n"
            "The AI in Radiotherapy Planning Market size is estimated at USD 0.86 billion in 2025, and is expected to "
            "reach USD 2.31 billion by 2030, at a CAGR of 21.85% during the forecast period (2025-2030).\n"
            "Market Snapshot\n"
            "Study Period: 2019 - 2030\n"
            "Market Size (2025): USD 0.86 Billion\n"
            "Market Size (2030): USD 2.31 Billion\n"
            "CAGR (2025 - 2030): 21.85%\n"
            "Fastest Growing Market: Asia Pacific\n"
            "Largest Market: North America\n"
            "Market Concentration: Medium"
        ),
        obs=[
            ("Total", 2025, 0.86, "USD billion", "estimate"),
            ("Total", 2030, 2.31, "USD billion", "estimate"),
        ],
        claims=[("cagr", 21.85, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (2.31 / 0.86) ** (1 / 5) - 1 = 21.849% -> 21.85 (bounds 21.655-22.044)
        ],
    ),
    # 6. "Segment Insights" and "Regional Insights": a segment's share without its amount, two regions with amounts and
    #    shares of the global figure, one share its amounts contradict
    dict(
        text=(
            "Segment Insights\n"
            "By offering, hardware held the largest revenue share of 52.3% in 2024, as parcel hubs kept adding "
            "vision-guided sorters; software is expected to gain share through 2030.\n"
            "Regional Insights\n"
            "Worldwide revenue from AI-powered parcel sorting systems came to USD 3.86 billion in 2024. Europe "
            "contributed USD 1.12 billion of it, or 29.0%, with Germany the largest country market, while Asia Pacific "
            "generated USD 0.97 billion, a 25.6% share."
        ),
        obs=[
            ("Total", 2024, 3.86, "USD billion", "actual"),
            ("Europe", 2024, 1.12, "USD billion", "actual"),
            ("Asia Pacific", 2024, 0.97, "USD billion", "actual"),
        ],
        claims=[
            ("share", 52.3, "percent", 2024, 2024, None),
            ("share", 29.0, "percent", 2024, 2024, None),
            ("share", 25.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.12 / 3.86 = 29.016% -> 29.0
            # 0.97 / 3.86 = 25.130%; bounds (0.965 / 3.865) -> 24.968%, (0.975 / 3.855) -> 25.292%: 25.6 +- 0.05 outside
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 7. a tracker's decline under a dateline: "fell 11.4% to ... from ..." (reached only at the rounding), "a return to
    #    growth this year, of about 6%, to some ..."; the vendors counted nowhere
    dict(
        text=(
            "LONDON, 14 March 2025 — Sales of consumer AI companion robots fell 11.4% to USD 1.37 billion in 2024 from "
            "USD 1.55 billion in 2023, according to Fenmore Insights' annual tracker, which covers 42 vendors. Fenmore "
            "expects a return to growth this year, of about 6%, to some USD 1.45 billion."
        ),
        obs=[
            ("Total", 2024, 1.37, "USD billion", "actual"),
            ("Total", 2023, 1.55, "USD billion", "actual"),
            ("Total", 2025, 1.45, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", -11.4, "percent", 2023, 2024, 1.0),
            ("growth", 6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1.37 / 1.55 - 1 = -11.613%, not -11.4 +- 0.05; bounds (1.365 / 1.555) -> -12.219%, (1.375 / 1.545) ->
            # -11.003%: -11.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1.45 / 1.37 - 1 = 5.839% -> 6 (bounds 5.091-6.593)
        ],
    ),
    # 8. a summary page whose header line is boilerplate (report code, "Base Year: 2024", "Historical Data:
    #    2019-2023", "Forecast Period: 2025-2032", companies profiled, a licence price); "a CAGR of ... between 2024 and
    #    2032" its amounts contradict
    dict(
        text=(
            "Report Code: SMR-1187 · Published: January 2025 · Base Year: 2024 · Historical Data: 2019-2023 · "
            "Forecast Period: 2025-2032 · Companies Profiled: 22 · Single-user licence: USD 4,250\n"
            "Summary\n"
            "The AI dubbing and voice localisation market was worth USD 612.5 million in 2024 and will advance to USD "
            "3,284.0 million in 2032, a CAGR of 24.6% between 2024 and 2032, the report finds. Entertainment and media "
            "took 41.3% of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 612.5, "USD million", "actual"),
            ("Total", 2032, 3284.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2032, None, "stated"),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3284.0 / 612.5) ** (1 / 8) - 1 = 23.357%; bounds (3283.95 / 612.55) -> 23.355%, (3284.05 / 612.45) ->
            # 23.358%: 24.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 9. "Market Highlights" bullets in pounds: "Market value, 2024:", "Forecast value, 2029:", "Growth: 20.5% CAGR,
    #    2024-2029" (stated); the vendors profiled and the report's price nowhere
    dict(
        text=(
            "UK conversational AI for financial services: Market Highlights\n"
            "- Market value, 2024: £1.86 billion\n"
            "- Forecast value, 2029: £4.72 billion\n"
            "- Growth: 20.5% CAGR, 2024-2029\n"
            "- Largest end user: retail banks, with 33.9% of 2024 revenue\n"
            "- Vendors profiled: 37\n"
            "- Report price: £3,450 (single user)"
        ),
        obs=[
            ("Total", 2024, 1.86, "GBP billion", "actual"),
            ("Total", 2029, 4.72, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("share", 33.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (4.72 / 1.86) ** (1 / 5) - 1 = 20.472% -> 20.5 (bounds 20.382-20.562)
        ],
    ),
    # 10. a Tokyo research institute's release: "112.2% of the previous fiscal year's" (a rise of 12.2%), fiscal years
    #     as their numbers; the survey's months and vendors nowhere
    dict(
        text=(
            "TOKYO, August 6, 2025 — Kisaragi Research Institute has surveyed Japan's market for AI-OCR services and "
            "estimates that it reached ¥28.6 billion in fiscal 2024 on a vendor-sales basis, 112.2% of the previous "
            "fiscal year's ¥25.5 billion. The institute forecasts ¥46.0 billion for fiscal 2028. The survey ran from "
            "March to June 2025 and covered 31 vendors."
        ),
        obs=[
            ("Total", 2024, 28.6, "JPY billion", "actual"),
            ("Total", 2023, 25.5, "JPY billion", "actual"),
            ("Total", 2028, 46.0, "JPY billion", "estimate"),
        ],
        claims=[("growth", 12.2, "percent", 2023, 2024, 1.0)],  # 112.2% of the year before: up 12.2%
        verdicts=[
            ("cagr|implied", "exact"),  # 28.6 / 25.5 - 1 = 12.157% -> 12.2
        ],
    ),
    # 11. a Taiwan institute's English summary in NT$ trillion: "is on course for ... this year, 46.3% more than last
    #     year's"; next year's projection; a share of this year's output
    dict(
        text=(
            "TAIPEI, Nov. 19, 2025 — Taiwan's AI server output is on course for NT$1.58 trillion this year, 46.3% more "
            "than last year's NT$1.08 trillion, the Formosa Industry Intelligence Institute (FIII) said in an English "
            "summary of its Chinese-language release. For 2026 the institute projects NT$1.92 trillion. Models built "
            "for cloud service providers will make up 71% of this year's output."
        ),
        obs=[
            ("Total", 2025, 1.58, "TWD trillion", "estimate"),
            ("Total", 2024, 1.08, "TWD trillion", "actual"),
            ("Total", 2026, 1.92, "TWD trillion", "estimate"),
        ],
        claims=[
            ("growth", 46.3, "percent", 2024, 2025, 1.0),
            ("share", 71, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.58 / 1.08 - 1 = 46.296% -> 46.3
        ],
    ),
    # 12. a Hong Kong study in HK$ billion: "rose to ... from ..., an 18.1% increase", "a further 18.5% rise" this
    #     year; the full report's price nowhere
    dict(
        text=(
            "HONG KONG, 28 May 2025 — Spending on AI-enabled logistics visibility platforms in Hong Kong rose to "
            "HK$1.24 billion in 2024 from HK$1.05 billion in 2023, an 18.1% increase, says a market study released "
            "today by Harbourline Research. The study sees HK$1.47 billion this year, a further 18.5% rise; the full "
            "report sells for HK$18,800."
        ),
        obs=[
            ("Total", 2024, 1.24, "HKD billion", "actual"),
            ("Total", 2023, 1.05, "HKD billion", "actual"),
            ("Total", 2025, 1.47, "HKD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.24 / 1.05 - 1 = 18.095% -> 18.1
            ("cagr|implied", "exact"),  # 1.47 / 1.24 - 1 = 18.548% -> 18.5
        ],
    ),
    # 13. a regional outlook in euros: a country's amount with its share in brackets, "is on course for ... in 2031,
    #     compounding at 16.8% a year" (inferred); the volume's price and vendors nowhere
    dict(
        text=(
            "Regional Outlook: Europe\n"
            "Europe's AI in retail market generated EUR 2.14 billion in 2024. Germany, the largest country market, "
            "contributed EUR 0.58 billion (27.1%), and the region is on course for EUR 6.35 billion in 2031, "
            "compounding at 16.8% a year. The regional volume costs EUR 1,950 and profiles 16 vendors."
        ),
        obs=[
            ("Total", 2024, 2.14, "EUR billion", "actual"),
            ("Germany", 2024, 0.58, "EUR billion", "actual"),
            ("Total", 2031, 6.35, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 27.1, "percent", 2024, 2024, None),
            ("cagr", 16.8, "percent", 2024, 2031, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.58 / 2.14 = 27.103% -> 27.1
            ("cagr|period", "exact"),  # (6.35 / 2.14) ** (1 / 7) - 1 = 16.810% -> 16.8 (bounds 16.758-16.862)
        ],
    ),
    # 14. "USD 846.2 million" opens the series in USD million, so "USD 3.1 billion by 2031" is expected as 3100;
    #     "compounding at 20.4% a year" (inferred); the pages and companies profiled nowhere
    dict(
        text=(
            "SINGAPORE, 9 September 2025 — The Asia Pacific market for AI-powered tutoring, valued at USD 846.2 "
            "million in 2024, is set to climb to USD 3.1 billion by 2031, according to a new report by Ravenmoor "
            "Analytics, which sees it compounding at 20.4% a year. China contributed 44.8% of 2024 revenue; the "
            "report runs to 186 pages and profiles 24 companies."
        ),
        obs=[
            ("Total", 2024, 846.2, "USD million", "actual"),
            ("Total", 2031, 3100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2024, 2031, None, "inferred"),
            ("share", 44.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3100 / 846.2) ** (1 / 7) - 1 = 20.380% -> 20.4 (3.1 billion read 3050-3150: bounds 20.100-20.657)
            ("cagr|period", "exact"),
        ],
    ),
    # 15. a "Market Overview" whose printed span ("during 2025-2033") starts a year after its base (2024): a stated
    #     rate with no verdict; the base year, historical and forecast years nowhere
    dict(
        text=(
            "Market Overview:\n"
            "The global AI-enabled smart grid analytics market size reached USD 2.4 Billion in 2024. Looking ahead, "
            "Northgate Research expects the market to reach USD 10.9 Billion by 2033, exhibiting a growth rate (CAGR) "
            "of 18.3% during 2025-2033. Utilities' push to absorb rooftop solar is among the main drivers.\n"
            "Base Year: 2024 · Historical Years: 2019-2024 · Forecast Years: 2025-2033"
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2033, 10.9, "USD billion", "estimate"),
        ],
        claims=[("cagr", 18.3, "percent", 2025, 2033, None, "stated")],
        verdicts=[],  # no 2025 amount is printed, so the 2025-2033 rate has no two amounts of its own span
    ),
    # 16. an executive summary: "grew 38.7% year over year to ..." (its base not printed), "will approach ... in 2026",
    #     a part "represented ..., or 54.3% of the 2024 total"; the vendors tracked nowhere
    dict(
        text=(
            "Executive Summary\n"
            "Worldwide revenue from AIOps platforms grew 38.7% year over year to USD 5.62 billion in 2024, Quillon "
            "Research says in its latest market share report, and will approach USD 9.1 billion in 2026. Software "
            "platforms represented USD 3.05 billion, or 54.3% of the 2024 total; the rest came from managed services. "
            "Quillon tracked 58 vendors for the report."
        ),
        obs=[
            ("Total", 2024, 5.62, "USD billion", "actual"),
            ("Total", 2026, 9.1, "USD billion", "estimate"),
            ("Software platforms", 2024, 3.05, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 38.7, "percent", 2023, 2024, 1.0),
            ("share", 54.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.05 / 5.62 = 54.270% -> 54.3
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a 研究院's web summary: 约为……，同比增长 (no base printed), 预测……年均复合增长率约为 (stated), reached only at the rounding
    dict(
        text=(
            "恒观产业研究院数据显示，2024年我国AI药物研发市场规模约为86.4亿元，同比增长31.7%。恒观预测，到2030年我国AI药物研发"
            "市场规模将达到372亿元，2024-2030年年均复合增长率约为27.6%。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2030, 372, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("cagr", 27.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (372 / 86.4) ** (1 / 6) - 1 = 27.547%, not 27.6 +- 0.05; bounds (371.5 / 86.45) -> 27.506%,
            # (372.5 / 86.35) -> 27.588%: 27.6 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 18. a 咨询 report under its title: 较2023年增加71.8亿元 (an increase, no year's size) beside 同比增长; a share; the
    #     title's years nowhere
    dict(
        text=(
            "智衡咨询发布的《2025-2031年中国AI数字人行业市场全景调查及投资前景预测报告》显示，2024年我国AI数字人行业市场规模为"
            "412.6亿元，较2023年增加71.8亿元，同比增长21.1%。从应用领域看，直播电商占比最高，达到32.5%。"
        ),
        obs=[("Total", 2024, 412.6, "CNY 100 million", "actual")],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("share", 32.5, "percent", 2024, 2024, None),
        ],
        verdicts=[],  # 2023's size is not printed (71.8亿元 is the increase): no verdict
    ),
    # 19. 2021-2024年……由……增长至……，年均复合增长率为 (stated, both amounts printed); 预计2025年 an estimate
    dict(
        text=(
            "根据观澜天下数据，2021-2024年，我国智能座舱AI软件市场规模由126亿元增长至298亿元，年均复合增长率为33.2%。随着端侧"
            "大模型加速上车，预计2025年市场规模将达到370亿元。"
        ),
        obs=[
            ("Total", 2021, 126, "CNY 100 million", "actual"),
            ("Total", 2024, 298, "CNY 100 million", "actual"),
            ("Total", 2025, 370, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 33.2, "percent", 2021, 2024, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (298 / 126) ** (1 / 3) - 1 = 33.234% -> 33.2 (bounds 32.984-33.485)
        ],
    ),
    # 20. 从产品结构看，其中GPU为……，占比…… (parts with their shares) and a share whose part is not printed
    dict(
        text=(
            "华信产业研究院数据显示，2024年中国AI芯片市场规模为1,412亿元。从产品结构看，其中GPU为984亿元，占比69.7%；ASIC为"
            "226亿元，占比16.0%；FPGA及其他芯片合计占比14.3%。"
        ),
        obs=[
            ("Total", 2024, 1412, "CNY 100 million", "actual"),
            ("GPU", 2024, 984, "CNY 100 million", "actual"),
            ("ASIC", 2024, 226, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 69.7, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
            ("share", 14.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 984 / 1412 = 69.688% -> 69.7
            ("arithmetic", "exact"),  # 226 / 1412 = 16.006% -> 16.0
        ],
    ),
    # 21. a 研究院's report title, 2023年……2024年增至……，同比增长, 分析师预测 two forecast years; the title's years nowhere
    dict(
        text=(
            "中衡产业研究院发布的《2025-2030年中国AI智算服务行业市场前景预测及投资机会研究报告》显示，2023年中国AI智算服务市场"
            "规模达到1,106亿元，2024年增至1,598亿元，同比增长44.5%。中衡产业研究院分析师预测，2025年市场规模将达到2,087亿元，"
            "2026年将增至2,650亿元。"
        ),
        obs=[
            ("Total", 2023, 1106, "CNY 100 million", "actual"),
            ("Total", 2024, 1598, "CNY 100 million", "actual"),
            ("Total", 2025, 2087, "CNY 100 million", "estimate"),
            ("Total", 2026, 2650, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 44.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1598 / 1106 - 1 = 44.485% -> 44.5
        ],
    ),
    # 22. 2025年、2026年、2027年将分别达到…… (each year, in order) and 2026年、2027年同比增速分别约为…… (each rate, in order)
    dict(
        text=(
            "据鼎新研究院测算，2024年我国具身智能数据采集服务市场规模约为29亿元；2025年、2026年、2027年将分别达到48亿元、79亿元"
            "和121亿元，其中2026年、2027年同比增速分别约为64.6%和53.2%。"
        ),
        obs=[
            ("Total", 2024, 29, "CNY 100 million", "actual"),
            ("Total", 2025, 48, "CNY 100 million", "estimate"),
            ("Total", 2026, 79, "CNY 100 million", "estimate"),
            ("Total", 2027, 121, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 64.6, "percent", 2025, 2026, 1.0),
            ("growth", 53.2, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 79 / 48 - 1 = 64.583% -> 64.6
            ("cagr|implied", "exact"),  # 121 / 79 - 1 = 53.165% -> 53.2
        ],
    ),
    # 23. 1.06万亿元 opens the series in CNY trillion, so 较2023年的8,560亿元 is expected as 0.856; 1.3万亿元左右 approximate
    dict(
        text=(
            "（2025年3月18日）中国信息产业研究会发布报告称，2024年我国人工智能相关产业规模约为1.06万亿元，较2023年的8,560亿元"
            "增长23.8%；预计2025年将达到1.3万亿元左右。"
        ),
        obs=[
            ("Total", 2024, 1.06, "CNY trillion", "actual"),
            ("Total", 2023, 0.856, "CNY trillion", "actual"),
            ("Total", 2025, 1.3, "CNY trillion", "estimate"),
        ],
        claims=[("growth", 23.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.06 / 0.856 - 1 = 23.832% -> 23.8 (8,560亿元 = 0.856万亿元)
        ],
    ),
    # 24. a 常见问题 block of 问 and 答: 较上年增长 (no base printed), a stated rate reached only at the rounding, 260亿元左右;
    #     the report's chapters, pages and charts nowhere
    dict(
        text=(
            "常见问题\n"
            "问：2024年中国AI搜索市场规模有多大？\n"
            "答：据澄观咨询测算，2024年中国AI搜索市场规模约为58.3亿元，较上年增长72.5%。\n"
            "问：未来五年市场增速如何？\n"
            "答：预计2024-2029年年均复合增长率为34.8%，到2029年市场规模将达到260亿元左右。\n"
            "问：报告包含哪些内容？\n"
            "答：报告共12章、168页，收录图表95个。"
        ),
        obs=[
            ("Total", 2024, 58.3, "CNY 100 million", "actual"),
            ("Total", 2029, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 72.5, "percent", 2023, 2024, 1.0),
            ("cagr", 34.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (260 / 58.3) ** (1 / 5) - 1 = 34.853%, not 34.8 +- 0.05; bounds (259.5 / 58.35) -> 34.778%,
            # (260.5 / 58.25) -> 34.928%: 34.8 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 25. a decline: 较2023年的……减少2.2亿元，降幅为8.2% (a negative rate with its base; the decrease no year's size)
    dict(
        text=(
            "灵犀产业研究院统计显示，2024年我国AI翻译机市场销售额为24.6亿元，较2023年的26.8亿元减少2.2亿元，降幅为8.2%，主要受"
            "手机端实时翻译功能替代影响。"
        ),
        obs=[
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("Total", 2023, 26.8, "CNY 100 million", "actual"),
        ],
        claims=[("growth", -8.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.6 / 26.8 - 1 = -8.209% -> -8.2
        ],
    ),
    # 26. 细分市场 shares whose parts are not printed; 预计到2028年……年均复合增长率约为 (no span printed: inferred)
    dict(
        text=(
            "据观策研究院数据，2024年我国AI+教育市场规模为1,125亿元。从细分市场看，K12阶段占比41.6%，高等教育及职业教育占比33.2%，"
            "其他占比25.2%。预计到2028年，市场规模将增至2,360亿元，年均复合增长率约为20.3%。"
        ),
        obs=[
            ("Total", 2024, 1125, "CNY 100 million", "actual"),
            ("Total", 2028, 2360, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.6, "percent", 2024, 2024, None),
            ("share", 33.2, "percent", 2024, 2024, None),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("cagr", 20.3, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2360 / 1125) ** (1 / 4) - 1 = 20.348% -> 20.3 (bounds 20.329-20.368)
        ],
    ),
    # 27. a Taiwan research house in Traditional Chinese: 產值為新台幣……，年增 (no base), 預估……將達……，年增 (with its
    #     verdict), 可望突破 an approximate estimate
    dict(
        text=(
            "（2025年4月）產業情報研究院（IIR）指出，2024年台灣生成式AI軟體與服務產值為新台幣368億元，年增62.4%；預估2025年將達"
            "532億元，年增44.6%，2026年可望突破700億元。"
        ),
        obs=[
            ("Total", 2024, 368, "TWD 100 million", "actual"),
            ("Total", 2025, 532, "TWD 100 million", "estimate"),
            ("Total", 2026, 700, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 62.4, "percent", 2023, 2024, 1.0),
            ("growth", 44.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 532 / 368 - 1 = 44.565% -> 44.6
        ],
    ),
    # 28. a Taiwan research house in Traditional Chinese: 預估2025年產值將年增87%，擴大至約310億美元 (a rate before its
    #     approximate amount, reached only at the rounding); 超過九成 a fraction in words
    dict(
        text=(
            "鼎研產業研究院最新調查指出，受惠於AI加速器需求，2024年全球CoWoS先進封裝產值為165億美元；預估2025年產值將年增87%，"
            "擴大至約310億美元，前三大業者合計占比超過九成。"
        ),
        obs=[
            ("Total", 2024, 165, "USD 100 million", "actual"),
            ("Total", 2025, 310, "USD 100 million", "estimate"),
        ],
        claims=[("growth", 87, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 310 / 165 - 1 = 87.879%, not 87 +- 0.5; bounds (309.5 / 165.5) -> 87.009%, (310.5 / 164.5) -> 88.754%:
            # 87 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. a Taiwan centre in Traditional Chinese: 較2023年的……下滑9.3% (a negative rate with its base), 預估……可回升至
    dict(
        text=(
            "（2025年5月）資訊產業策進中心統計，2024年台灣AI邊緣運算閘道器產值為新台幣214億元，較2023年的236億元下滑9.3%，主因為"
            "海外客戶庫存調整；預估2025年可回升至245億元。"
        ),
        obs=[
            ("Total", 2024, 214, "TWD 100 million", "actual"),
            ("Total", 2023, 236, "TWD 100 million", "actual"),
            ("Total", 2025, 245, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", -9.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 214 / 236 - 1 = -9.322% -> -9.3
        ],
    ),
    # 30. a Taiwan research firm in Traditional Chinese: 將由2024年的……成長至2028年的……，2024至2028年複合成長率為 (stated), which
    #     its amounts contradict; a share of 2028
    dict(
        text=(
            "研調機構翔研顧問預估，台灣AI晶片設計服務產值將由2024年的新台幣1,285億元成長至2028年的3,420億元，2024至2028年複合"
            "成長率為29.8%；其中先進製程專案占比將於2028年提升至62%。"
        ),
        obs=[
            ("Total", 2024, 1285, "TWD 100 million", "actual"),
            ("Total", 2028, 3420, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.8, "percent", 2024, 2028, None, "stated"),
            ("share", 62, "percent", 2028, 2028, None),
        ],
        verdicts=[
            # (3420 / 1285) ** (1 / 4) - 1 = 27.726%; bounds (3419.5 / 1285.5) -> 27.709%, (3420.5 / 1284.5) -> 27.744%:
            # 29.8 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a "Report Attribute | Details" scope table under its overview paragraph: the whole market's figures
    #     (``Total``), 2025 inside the forecast period under a January 2025 date; base year, historical data, forecast
    #     period and the report ID nowhere
    dict(
        text=(
            "AI-Based Medical Transcription Market Size, Share & Trends Analysis Report By Component, By Deployment, "
            "By Region, And Segment Forecasts, 2025 - 2030\n"
            "Report ID: HVR-5-31264-118-0 · Published Date: Jan, 2025 · 150 pages\n"
            "The global AI-based medical transcription market size was estimated at USD 2.98 billion in 2024 and is "
            "projected to grow at a CAGR of 24.9% from 2025 to 2030.\n"
            "Report Scope\n"
            "| Report Attribute | Details |\n"
            "|---|---|\n"
            "| Market size value in 2025 | USD 3.71 billion |\n"
            "| Revenue forecast in 2030 | USD 11.26 billion |\n"
            "| Growth rate | CAGR of 24.9% from 2025 to 2030 |\n"
            "| Base year for estimation | 2024 |\n"
            "| Historical data | 2018 - 2023 |\n"
            "| Forecast period | 2025 - 2030 |\n"
            "| Quantitative units | Revenue in USD billion and CAGR from 2025 to 2030 |\n"
            "| Key companies profiled | Medlex AI; ScribeWorks; Northvale Health; Cortica Voice |"
        ),
        obs=[
            ("Total", 2024, 2.98, "USD billion", "actual"),
            ("Total", 2025, 3.71, "USD billion", "estimate"),
            ("Total", 2030, 11.26, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.9, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (11.26 / 3.71) ** (1 / 5) - 1 = 24.863% -> 24.9 (bounds 24.818-24.908)
        ],
    ),
    # 32. a tab-separated region table in "(USD million)" for the title's year, a Share column and a "Global" row
    dict(
        text=(
            "AI-driven demand forecasting software revenue by region, 2024 (USD million)\n"
            "Region\tRevenue\tShare\n"
            "North America\t1,482.6\t38.4%\n"
            "Europe\t1,036.9\t26.9%\n"
            "Asia Pacific\t984.3\t25.5%\n"
            "Latin America\t203.5\t5.3%\n"
            "Middle East & Africa\t152.8\t4.0%\n"
            "Global\t3,860.1\t100.0%"
        ),
        obs=[
            ("North America", 2024, 1482.6, "USD million", "actual"),
            ("Europe", 2024, 1036.9, "USD million", "actual"),
            ("Asia Pacific", 2024, 984.3, "USD million", "actual"),
            ("Latin America", 2024, 203.5, "USD million", "actual"),
            ("Middle East & Africa", 2024, 152.8, "USD million", "actual"),
            ("Global", 2024, 3860.1, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.4, "percent", 2024, 2024, None),
            ("share", 26.9, "percent", 2024, 2024, None),
            ("share", 25.5, "percent", 2024, 2024, None),
            ("share", 5.3, "percent", 2024, 2024, None),
            ("share", 4.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1482.6 / 3860.1 = 38.408% -> 38.4
            ("arithmetic", "exact"),  # 1036.9 / 3860.1 = 26.862% -> 26.9
            ("arithmetic", "exact"),  # 984.3 / 3860.1 = 25.499% -> 25.5
            ("arithmetic", "exact"),  # 203.5 / 3860.1 = 5.272% -> 5.3
            ("arithmetic", "exact"),  # 152.8 / 3860.1 = 3.958% -> 4.0
            ("hierarchy", "exact"),  # 1482.6 + 1036.9 + 984.3 + 203.5 + 152.8 = 3860.1
        ],
    ),
    # 33. a pipe table of components in "(USD billion)" with 2025E and 2030F columns and a "CAGR 2025E-2030F" column
    #     (stated, one contradicted by its figures) over a Total row; the table's number nowhere
    dict(
        text=(
            "Table 4: Enterprise AI copilots market by component, 2023-2030 (USD billion)\n"
            "| Component | 2023 | 2024 | 2025E | 2030F | CAGR 2025E-2030F |\n"
            "|---|---|---|---|---|---|\n"
            "| Platforms | 2.14 | 3.05 | 4.28 | 19.62 | 35.6% |\n"
            "| Professional services | 1.02 | 1.41 | 1.93 | 7.35 | 31.7% |\n"
            "| Managed services | 0.46 | 0.68 | 0.97 | 4.41 | 35.4% |\n"
            "| Total | 3.62 | 5.14 | 7.18 | 31.38 | 34.3% |\n"
            "E = estimate; F = forecast."
        ),
        obs=[
            ("Platforms", 2023, 2.14, "USD billion", "actual"),
            ("Platforms", 2024, 3.05, "USD billion", "actual"),
            ("Platforms", 2025, 4.28, "USD billion", "estimate"),
            ("Platforms", 2030, 19.62, "USD billion", "estimate"),
            ("Professional services", 2023, 1.02, "USD billion", "actual"),
            ("Professional services", 2024, 1.41, "USD billion", "actual"),
            ("Professional services", 2025, 1.93, "USD billion", "estimate"),
            ("Professional services", 2030, 7.35, "USD billion", "estimate"),
            ("Managed services", 2023, 0.46, "USD billion", "actual"),
            ("Managed services", 2024, 0.68, "USD billion", "actual"),
            ("Managed services", 2025, 0.97, "USD billion", "estimate"),
            ("Managed services", 2030, 4.41, "USD billion", "estimate"),
            ("Total", 2023, 3.62, "USD billion", "actual"),
            ("Total", 2024, 5.14, "USD billion", "actual"),
            ("Total", 2025, 7.18, "USD billion", "estimate"),
            ("Total", 2030, 31.38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 35.6, "percent", 2025, 2030, None, "stated"),
            ("cagr", 31.7, "percent", 2025, 2030, None, "stated"),
            ("cagr", 35.4, "percent", 2025, 2030, None, "stated"),
            ("cagr", 34.3, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (19.62 / 4.28) ** (1 / 5) - 1 = 35.597% -> 35.6
            # (7.35 / 1.93) ** (1 / 5) - 1 = 30.661%; bounds (7.345 / 1.935) -> 30.576%, (7.355 / 1.925) -> 30.747%:
            # 31.7 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (4.41 / 0.97) ** (1 / 5) - 1 = 35.373% -> 35.4
            ("cagr", "exact"),  # (31.38 / 7.18) ** (1 / 5) - 1 = 34.309% -> 34.3
            # 2.14 + 1.02 + 0.46 = 3.62; 3.05 + 1.41 + 0.68 = 5.14; 4.28 + 1.93 + 0.97 = 7.18;
            # 19.62 + 7.35 + 4.41 = 31.38
            ("hierarchy", "exact"),
        ],
    ),
    # 34. a Chinese aligned table of years under （单位：亿元）: 市场规模 and 同比增长 columns, 2025E-2027E estimates, one rate
    #     its figures contradict; the title's years and the source line nowhere
    dict(
        text=(
            "2020-2027年中国AI智能巡检机器人市场规模及预测（单位：亿元）\n"
            "年份      市场规模      同比增长\n"
            "2020        18.6          —\n"
            "2021        25.3        36.0%\n"
            "2022        33.9        34.0%\n"
            "2023        47.2        39.2%\n"
            "2024        63.8        37.2%\n"
            "2025E       84.1        31.8%\n"
            "2026E      108.5        29.0%\n"
            "2027E      136.9        26.2%\n"
            "资料来源：恒观产业研究院整理"
        ),
        obs=[
            ("市场规模", 2020, 18.6, "CNY 100 million", "actual"),
            ("市场规模", 2021, 25.3, "CNY 100 million", "actual"),
            ("市场规模", 2022, 33.9, "CNY 100 million", "actual"),
            ("市场规模", 2023, 47.2, "CNY 100 million", "actual"),
            ("市场规模", 2024, 63.8, "CNY 100 million", "actual"),
            ("市场规模", 2025, 84.1, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 108.5, "CNY 100 million", "estimate"),
            ("市场规模", 2027, 136.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.0, "percent", 2020, 2021, 1.0),
            ("growth", 34.0, "percent", 2021, 2022, 1.0),
            ("growth", 39.2, "percent", 2022, 2023, 1.0),
            ("growth", 37.2, "percent", 2023, 2024, 1.0),
            ("growth", 31.8, "percent", 2024, 2025, 1.0),
            ("growth", 29.0, "percent", 2025, 2026, 1.0),
            ("growth", 26.2, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 25.3 / 18.6 - 1 = 36.022% -> 36.0
            ("cagr|implied", "exact"),  # 33.9 / 25.3 - 1 = 33.992% -> 34.0
            ("cagr|implied", "exact"),  # 47.2 / 33.9 - 1 = 39.233% -> 39.2
            # 63.8 / 47.2 - 1 = 35.169%; bounds (63.75 / 47.25) -> 34.921%, (63.85 / 47.15) -> 35.419%:
            # 37.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 84.1 / 63.8 - 1 = 31.818% -> 31.8
            ("cagr|implied", "exact"),  # 108.5 / 84.1 - 1 = 29.013% -> 29.0
            ("cagr|implied", "exact"),  # 136.9 / 108.5 - 1 = 26.175% -> 26.2
        ],
    ),
    # 35. a Chinese pipe table under （单位：万亿元） (CNY trillion): 细分领域 rows over a 合计 row, 2025年E an estimate; the
    #     注 line nowhere
    dict(
        text=(
            "中国算力产业规模（单位：万亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 算力基础设施 | 1.12 | 1.38 | 1.67 |\n"
            "| 算力服务 | 0.46 | 0.63 | 0.85 |\n"
            "| 算力应用 | 0.31 | 0.42 | 0.56 |\n"
            "| 合计 | 1.89 | 2.43 | 3.08 |\n"
            "注：E为预测值；数据经四舍五入。"
        ),
        obs=[
            ("算力基础设施", 2023, 1.12, "CNY trillion", "actual"),
            ("算力基础设施", 2024, 1.38, "CNY trillion", "actual"),
            ("算力基础设施", 2025, 1.67, "CNY trillion", "estimate"),
            ("算力服务", 2023, 0.46, "CNY trillion", "actual"),
            ("算力服务", 2024, 0.63, "CNY trillion", "actual"),
            ("算力服务", 2025, 0.85, "CNY trillion", "estimate"),
            ("算力应用", 2023, 0.31, "CNY trillion", "actual"),
            ("算力应用", 2024, 0.42, "CNY trillion", "actual"),
            ("算力应用", 2025, 0.56, "CNY trillion", "estimate"),
            ("合计", 2023, 1.89, "CNY trillion", "actual"),
            ("合计", 2024, 2.43, "CNY trillion", "actual"),
            ("合计", 2025, 3.08, "CNY trillion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1.12 + 0.46 + 0.31 = 1.89; 1.38 + 0.63 + 0.42 = 2.43; 1.67 + 0.85 + 0.56 = 3.08
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a Traditional Chinese tab-separated table under 單位：億美元 with a 2025年(F) column and a 年增率 column (one
    #     reached only at the rounding of its figures) over a 合計 row; the source line nowhere
    dict(
        text=(
            "2024-2025年全球AI加速晶片市場規模\n"
            "單位：億美元\n"
            "類別\t2024年\t2025年(F)\t年增率\n"
            "GPU\t1,086\t1,512\t39.2%\n"
            "ASIC\t148\t236\t59.7%\n"
            "FPGA及其他\t41\t52\t26.8%\n"
            "合計\t1,275\t1,800\t41.2%\n"
            "資料來源：晶研科技顧問，2025年3月"
        ),
        obs=[
            ("GPU", 2024, 1086, "USD 100 million", "actual"),
            ("GPU", 2025, 1512, "USD 100 million", "estimate"),
            ("ASIC", 2024, 148, "USD 100 million", "actual"),
            ("ASIC", 2025, 236, "USD 100 million", "estimate"),
            ("FPGA及其他", 2024, 41, "USD 100 million", "actual"),
            ("FPGA及其他", 2025, 52, "USD 100 million", "estimate"),
            ("合計", 2024, 1275, "USD 100 million", "actual"),
            ("合計", 2025, 1800, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.2, "percent", 2024, 2025, 1.0),
            ("growth", 59.7, "percent", 2024, 2025, 1.0),
            ("growth", 26.8, "percent", 2024, 2025, 1.0),
            ("growth", 41.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1512 / 1086 - 1 = 39.227% -> 39.2
            # 236 / 148 - 1 = 59.459%, not 59.7 +- 0.05; bounds (235.5 / 148.5) -> 58.586%, (236.5 / 147.5) -> 60.339%:
            # 59.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 52 / 41 - 1 = 26.829% -> 26.8
            ("cagr|implied", "exact"),  # 1800 / 1275 - 1 = 41.176% -> 41.2
            ("hierarchy", "exact"),  # 1086 + 148 + 41 = 1275; 1512 + 236 + 52 = 1800
        ],
    ),
    # 37. a "Key Market Statistics" table of metrics and values in tabs: three sizes of the market (``Total``), a CAGR
    #     with its span, a region's share; the published month, base year, historical data, forecast period, pages,
    #     companies and price nowhere
    dict(
        text=(
            "Key Market Statistics: AI-powered procurement software\n"
            "Metric\tValue\n"
            "Published\tMarch 2025\n"
            "Market size (2024)\tUSD 4.26 billion\n"
            "Market size (2025)\tUSD 5.31 billion\n"
            "Market size (2032)\tUSD 24.87 billion\n"
            "CAGR (2025-2032)\t24.7%\n"
            "Base year\t2024\n"
            "Historical data\t2019-2023\n"
            "Forecast period\t2025-2032\n"
            "Largest region\tNorth America (38.9% share in 2024)\n"
            "Fastest-growing region\tAsia Pacific\n"
            "Report pages\t215\n"
            "Companies profiled\t18\n"
            "Price (single user)\tUSD 3,990"
        ),
        obs=[
            ("Total", 2024, 4.26, "USD billion", "actual"),
            ("Total", 2025, 5.31, "USD billion", "estimate"),
            ("Total", 2032, 24.87, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.7, "percent", 2025, 2032, None, "stated"),
            ("share", 38.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (24.87 / 5.31) ** (1 / 7) - 1 = 24.680% -> 24.7 (bounds 24.660-24.701)
        ],
    ),
    # 38. a Chinese tab-separated 细分市场 table for the title's year: 规模（亿元） and 占比 columns over a 合计 row, its 100.0% no
    #     claim; the source line nowhere
    dict(
        text=(
            "2024年中国AI+医疗细分市场结构\n"
            "细分市场\t规模（亿元）\t占比\n"
            "医学影像\t118.6\t31.4%\n"
            "辅助诊断\t84.2\t22.3%\n"
            "药物研发\t69.5\t18.4%\n"
            "健康管理\t61.3\t16.2%\n"
            "其他\t44.1\t11.7%\n"
            "合计\t377.7\t100.0%\n"
            "数据来源：华信产业研究院"
        ),
        obs=[
            ("医学影像", 2024, 118.6, "CNY 100 million", "actual"),
            ("辅助诊断", 2024, 84.2, "CNY 100 million", "actual"),
            ("药物研发", 2024, 69.5, "CNY 100 million", "actual"),
            ("健康管理", 2024, 61.3, "CNY 100 million", "actual"),
            ("其他", 2024, 44.1, "CNY 100 million", "actual"),
            ("合计", 2024, 377.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31.4, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
            ("share", 11.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118.6 / 377.7 = 31.401% -> 31.4
            ("arithmetic", "exact"),  # 84.2 / 377.7 = 22.293% -> 22.3
            ("arithmetic", "exact"),  # 69.5 / 377.7 = 18.401% -> 18.4
            ("arithmetic", "exact"),  # 61.3 / 377.7 = 16.230% -> 16.2
            ("arithmetic", "exact"),  # 44.1 / 377.7 = 11.676% -> 11.7
            ("hierarchy", "exact"),  # 118.6 + 84.2 + 69.5 + 61.3 + 44.1 = 377.7
        ],
    ),
    # 39. an aligned table of years in "(US$ billion)": Revenue and "YoY growth" columns, 2025E and 2026E estimates
    #     ("E = estimate"), one rate its figures contradict; the source nowhere
    dict(
        text=(
            "Global AI code review tools revenue (US$ billion)\n"
            "Year      Revenue     YoY growth\n"
            "2021        0.42          —\n"
            "2022        0.61        45.2%\n"
            "2023        0.93        52.5%\n"
            "2024        1.47        58.1%\n"
            "2025E       2.18        48.3%\n"
            "2026E       3.05        42.6%\n"
            "E = estimate. Source: Corvane Research."
        ),
        obs=[
            ("Revenue", 2021, 0.42, "USD billion", "actual"),
            ("Revenue", 2022, 0.61, "USD billion", "actual"),
            ("Revenue", 2023, 0.93, "USD billion", "actual"),
            ("Revenue", 2024, 1.47, "USD billion", "actual"),
            ("Revenue", 2025, 2.18, "USD billion", "estimate"),
            ("Revenue", 2026, 3.05, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 45.2, "percent", 2021, 2022, 1.0),
            ("growth", 52.5, "percent", 2022, 2023, 1.0),
            ("growth", 58.1, "percent", 2023, 2024, 1.0),
            ("growth", 48.3, "percent", 2024, 2025, 1.0),
            ("growth", 42.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 0.61 / 0.42 - 1 = 45.238% -> 45.2
            ("cagr|implied", "exact"),  # 0.93 / 0.61 - 1 = 52.459% -> 52.5
            ("cagr|implied", "exact"),  # 1.47 / 0.93 - 1 = 58.065% -> 58.1
            ("cagr|implied", "exact"),  # 2.18 / 1.47 - 1 = 48.299% -> 48.3
            # 3.05 / 2.18 - 1 = 39.908%; bounds (3.045 / 2.185) -> 39.359%, (3.055 / 2.175) -> 40.460%:
            # 42.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 40. a Chinese pipe regional table for the title's year: 市场规模（亿美元） and 占比 columns, a 全球 row the parts miss by
    #     0.1 (a hierarchy reached only at the rounding), its 100.0% no claim and its 注 line nowhere
    dict(
        text=(
            "2024年全球AI数据中心液冷市场区域分布\n"
            "| 地区 | 市场规模（亿美元） | 占比 |\n"
            "|---|---|---|\n"
            "| 北美 | 21.4 | 39.6% |\n"
            "| 中国 | 14.8 | 27.4% |\n"
            "| 欧洲 | 10.3 | 19.1% |\n"
            "| 其他地区 | 7.6 | 14.1% |\n"
            "| 全球 | 54.0 | 100.0% |\n"
            "注：各项之和与全球数据因四舍五入略有差异。"
        ),
        obs=[
            ("北美", 2024, 21.4, "USD 100 million", "actual"),
            ("中国", 2024, 14.8, "USD 100 million", "actual"),
            ("欧洲", 2024, 10.3, "USD 100 million", "actual"),
            ("其他地区", 2024, 7.6, "USD 100 million", "actual"),
            ("全球", 2024, 54.0, "USD 100 million", "actual"),
        ],
        claims=[
            ("share", 39.6, "percent", 2024, 2024, None),
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 19.1, "percent", 2024, 2024, None),
            ("share", 14.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 54.0 = 39.630% -> 39.6
            ("arithmetic", "exact"),  # 14.8 / 54.0 = 27.407% -> 27.4
            ("arithmetic", "exact"),  # 10.3 / 54.0 = 19.074% -> 19.1
            ("arithmetic", "exact"),  # 7.6 / 54.0 = 14.074% -> 14.1
            # 21.4 + 14.8 + 10.3 + 7.6 = 54.1, not 54.0; each figure +- 0.05 (the parts +- 0.20, the total +- 0.05)
            # reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 7, "rounding": 7, "exact": 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "Report Overview\nThe global AI fraud detection market size was estimated at",
    "- 2023 Market Size: USD 12.5 Billion",
    "- CAGR (2024-2030): 22.7%",
    "- North America: Largest Market in 2023",
    "held the largest revenue share of 64.2% in 2023",
    "is anticipated to reach USD 9.37 billion by 2030",
    "according to a new report by Larkspur Research, Inc.",
    "How big is the AI-powered crop monitoring market?",
    "What is the AI-powered crop monitoring market growth?",
    "Report Code: TC 8114 · Last updated: March 2025 · Pages: 312",
    "Market Snapshot\nStudy Period: 2019 - 2030",
    "at a CAGR of 21.85% during the forecast period (2025-2030)",
    "Segment Insights\nBy offering, hardware",
    "Regional Insights\n",
    "fell 11.4% to USD 1.37 billion in 2024 from",
    "a return to growth this year, of about 6%",
    "Base Year: 2024 · Historical Data: 2019-2023 · Forecast Period: 2025-2032",
    "Companies Profiled: 22 · Single-user licence: USD 4,250",
    "- Growth: 20.5% CAGR, 2024-2029",
    "112.2% of the previous fiscal year's ¥25.5 billion",
    "is on course for NT$1.58 trillion this year",
    "the full report sells for HK$18,800",
    "compounding at 16.8% a year",
    "valued at USD 846.2 million in 2024, is set to climb to USD 3.1 billion by 2031",
    "exhibiting a growth rate (CAGR) of 18.3% during 2025-2033",
    "grew 38.7% year over year to USD 5.62 billion in 2024",
    "约为86.4亿元，同比增长31.7%",
    "2024-2030年年均复合增长率约为27.6%",
    "较2023年增加71.8亿元，同比增长21.1%",
    "由126亿元增长至298亿元",
    "其中GPU为984亿元，占比69.7%",
    "2025年、2026年、2027年将分别达到48亿元、79亿元和121亿元",
    "约为1.06万亿元，较2023年的8,560亿元增长23.8%",
    "问：2024年中国AI搜索市场规模有多大？\n答：",
    "答：报告共12章、168页，收录图表95个。",
    "减少2.2亿元，降幅为8.2%",
    "產值為新台幣368億元，年增62.4%",
    "預估2025年產值將年增87%，擴大至約310億美元",
    "較2023年的236億元下滑9.3%",
    "2024至2028年複合成長率為29.8%",
    "| Report Attribute | Details |",
    "| Base year for estimation | 2024 |",
    "| Component | 2023 | 2024 | 2025E | 2030F | CAGR 2025E-2030F |",
    "年份      市场规模      同比增长",
    "（单位：万亿元）",
    "類別\t2024年\t2025年(F)\t年增率",
    "Metric\tValue\nPublished\tMarch 2025",
    "细分市场\t规模（亿元）\t占比",
    "Year      Revenue     YoY growth",
    "| 全球 | 54.0 | 100.0% |",
)
#: the set's blind score (scored once, before any rule was written for it): 178 figures, 53 rates, 68 verdicts and 1
#: false inconsistent; chosen on with the 52nd; now 181 figures, 54 rates, 69 verdicts, no false inconsistent
FLOORS = {"figures_found": 186, "rates_found": 55, "verdicts_right": 72}
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset51.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
