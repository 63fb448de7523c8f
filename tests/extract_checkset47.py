"""A forty-seventh check set for the extractor, written blind: text as analysts paste it from many places at once, in
wordings the earlier sets did not use -- a procurement network's buyer's guide ("Hospital buyers will spend",
"compounded annually"), a regulator's consultation paper in financial years ("FY2024/25", "in the region of"), an
industry body's press statement with a "Key figures" list, a cloud provider's blog ("calendar 2024", "+68% y/y"), a
start-up's funding announcement that cites a market size, a research firm's "Report Highlights" bullets, a newspaper
explainer with numbers in words beside digits ("just under", "six hundred million dollars"), a translated Japanese
release in yen, a translated Korean release in won, a quarterly newsletter that gives the full year beside its quarters,
an academic abstract ("per annum"), a fund manager's commentary ("the year to June 2025", "north of", "a 3-year CAGR"),
a think tank's policy brief, a minister's speech, a listed company's results release with the market it sizes, a trade
magazine's "By the numbers" sidebar; Chinese 行业白皮书, a broker's 晨会纪要, a city bureau's 统计快报, prospectuses' 行业概览 in the
consultant style (Simplified and Traditional), a tech site's 讯, a Taiwan research institute's 產值 and 年增率 in 新台幣, a Hong
Kong government press release answering a Legislative Council question, a city's 行动方案, a listed company's 投资者关系活动记录表,
financial media with a second publisher, a 蓝皮书, a WeChat article, a procurement-data platform's tally; and tables in
pipes, tabs and aligned columns (years as rows, a share column, growth columns, E and F years, units in the header
cells, total rows, Traditional Chinese, fiscal years in yen and UK financial years).

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

What this set's sources add to them. Two readings of years are settled here and held throughout: a split financial year
("FY2024/25", "2025-26") counts as the year it ends in, as the twenty-fourth set counted "2024-25", and so does a year
named by its end ("the year to June 2025" is 2025); "calendar 2025" is 2025. Under a buyer's guide dated April 2025
"Hospital buyers will spend $1.36 billion ... this year, 24.8% more than in 2024" is 2025's ``estimate`` with a rate
whose base is not printed, "$2.95 billion in 2029, rising 21.4% compounded annually" an ``inferred`` rate over
2025-2029, "71.5% of 2025 spending" a share and the buyers surveyed a survey's answer. A regulator's consultation paper:
"in the region of £640 million ... in FY2024/25, against £415 million in FY2021/22" gives 2025 and 2022 in GBP million,
"growth of 17.2% per year" is ``inferred`` over three years and contradicted by them, "exceed £1 billion by FY2027/28"
is expected as 1000 in 2028, and the paper's number, paragraph number and question number are boilerplate. An industry
body's "Key figures" list gives "Sales in 2024: €1.42 billion (2023: €1.17 billion), up 21.4%" both years and their
rate, "Exports outside the EU in 2024: €0.51 billion, 35.9% of sales" a part with its share, "growth of about 13%"
2025's rate and the members counted nowhere. A cloud provider's blog gives "$21.8 billion in calendar 2024, +68% y/y" (a
rate whose base is not printed) and "$33.5 billion for calendar 2025 (+54% y/y)" an ``estimate`` with its verdict, and
"14% of 2024 spend" a share. A start-up's funding announcement cites "$1.9 billion last year" and "$6.4 billion by 2030,
growing 22.4% a year" (``inferred``); the round's amount, the valuation and the hires are expected nowhere. "Report
Highlights" bullets: "2024 market size: USD 521.8 million" opens the series in USD million, the base year 2024 is
``actual``, "Market size value for 2025" an ``estimate`` (the forecast period starts in 2025), "USD 2.18 billion" for
2032 expected as 2180, "19.9% CAGR, 2025-2032" ``stated`` and "43.7% of 2024 revenue" a share; the title's years, the
base-year and historical-data lines are boilerplate. A newspaper explainer mixes words and digits: "just under $900
million in 2024" opens the series in USD million, "about six hundred million dollars two years earlier" is 2022's 600
and "pass two billion dollars by 2028" 2028's 2000, so that "roughly 23% a year" (``inferred``, 2024-2028) is reached
only at the rounding of a figure in words; "one in five" is a fraction. A translated Japanese release gives "84.2
billion yen for FY2024, up 27.4% from the previous fiscal year" (JPY billion, ``actual`` though "estimated": the fiscal
year ended before the dateline; the rate's base not printed) and "163.2 billion yen in FY2028, a CAGR of 18.0% over
FY2024-FY2028" (``stated``). A translated Korean release's won amounts are no observation, but "2.7 trillion won (about
$1.95 billion) in 2024" gives the dollar figure and "an increase of 32% from 2.0 trillion won a year earlier" a rate
whose won amounts reach it only at their rounding; "top 4 trillion won in 2026" and the members are expected nowhere. A
quarterly newsletter's "For the whole of 2024 ... $1.48 billion, 31.0% above 2023's $1.13 billion" gives both years and
their rate, its October–December and July–September figures are a quarter's and "about $1.8 billion" 2025's
``estimate``. An academic abstract's "US$736 million in 2023" and "US$2.41 billion in 2030" (expected as 2410)
contradict its "21.8% per annum" (``inferred``); the providers interviewed are a count and "38% of 2023 revenue" a
share. A fund's commentary: "$14.5 billion in the year to June 2025" is 2025's ``actual``, "north of $32 billion in the
year to June 2028" 2028's approximate ``estimate``, "a 3-year CAGR of roughly 30%" a span in words (``inferred``), and
the fund's return and its holdings' weight expected nowhere. A think tank's "a compound annual growth rate of 22.8%
between 2024 and 2030" is ``stated`` and "Public money accounted for €1.9 billion of the 2024 total, or 41%" a part with
its share. A minister's speech: "last year Europe's ports spent about €780 million" opens the series in EUR million,
"Dutch port authorities account for €96 million of that, or 12.3%" is a part with its share and "close to €2 billion a
year" by 2030 is expected as 2000. A results release: the company's quarterly revenue and its guidance are expected
nowhere, while "the total addressable market ... at $9.7 billion in 2025, growing at a compound annual rate of 24.8% to
$23.5 billion in 2029" is the market, 2025 an ``estimate`` (the year is not over) and the rate ``inferred``. A "By the
numbers" sidebar gives "$318 million" for 2024, "$1.05 billion" for 2029 (expected as 1050) and "27%: the yearly growth
rate between the two" (``inferred``), and the restaurants in the panel a count.

In Chinese: a 白皮书's 同比增长31.2% is a rate whose base is not printed, 2024—2028年年均复合增长率约为25.5% a ``stated`` rate (an em
dash in its span, 约 kept at its printed figure) and 输电线路巡检市场规模为39.1亿元，占比45.1% a part with its share; a broker's 晨会纪要
gives 约为41亿元 for 2024, 2025 and 2026 their ``estimate`` figures with 同比增长207% and 同比增长110%, and the 风险提示 boilerplate; a
city bureau's 统计快报 gives 2024 and (in a later sentence) 2023, the 比上年增长26.4% its amounts contradict, and
其中，智能算力服务收入142.5亿元，增长41.8% a part with a rate whose base is not printed, the 期 number boilerplate; a prospectus in
Simplified Chinese gives 由2020年的12.8亿元增至2024年的47.5亿元，复合年增长率为38.8% (``inferred``) and 2024年至2029年的复合年增长率为31.4%
(``stated``); one in Traditional Chinese gives 人民幣……億元 in CNY 100 million, its 2020-2024 rate reached only at the
rounding of its amounts and its stated 2024-2029 rate exact; a tech site's 162亿元左右，同比增长近178% is 2025's approximate
``estimate`` with its rate, 有望突破500亿元 2027's and 超过六成 a fraction in words; a Taiwan institute's
2024年……新台幣2,846億元，年增率為38.5% with 2023年產值為2,055億元 a rate borne out, and 預估2025年……4,012億元，年增率42.0% one its amounts
contradict; a Hong Kong government press release's 68.4億港元，較2022年的55.9億港元上升22.4% gives two years in HKD 100 million with
their rate, and 於2025年將超過100億港元 an approximate ``estimate``, its question number and time line boilerplate; a city's
行动方案 gives 力争突破300亿元 for 2027 (a target, ``estimate``) and 年均增长33%左右 ``inferred`` from 2024's 126.4亿元, the plan's title
years boilerplate; a listed company's 投资者关系活动记录表 cites 约为370亿元 for 2024 and 620亿元左右 for 2025 with 增速约68%, while the
company's own 业务收入 and its growth, its 证券代码 and 编号 are expected nowhere; financial media's 年复合增长率达49.0% is ``inferred``
and 另一家研究机构蓝鲸洞察's 38亿元 for the same year a second publisher's, expected nowhere; a 蓝皮书's 较2023年的128.3亿元增长60.2% is a rate
with its base and 服务型数字人 and 身份型数字人 parts with their shares; a WeChat article dated 2025年2月10日 gives 去年 (2024) 约12.5亿元,
今年 (2025) 38亿元 as an ``estimate`` with 同比增幅约204%, and 或将冲击200亿元 2028's ``estimate``; a procurement-data platform's
是2023年13.7亿元的4.7倍 is a multiple, x4.7 over 2023-2024, the projects counted a count and 电信运营商……占33.0% a part with its
share.

In tables: a pipe table in "(US$ million)" with 2025E, 2026F and 2028F columns adds to its Total row (the table number
and the key line boilerplate); an aligned table whose rows are years gives ``Revenue`` its figures and its "y/y" column
each year's rate (2025E an ``estimate``, "—" none); a Chinese pipe table with the year in its title and its unit in a
header cell (2024年收入（亿元）) gives each 厂商类型 its figure and its 市场份额 with an ``arithmetic`` verdict, and its 合计 the whole
(its 100.0% no claim); a Traditional Chinese tab-separated table whose header cells carry their unit (2024年（新台幣億元）,
2025年(E)（新台幣億元）) gives each 項目 its figures in TWD 100 million, its 年增率 and its 合計 the whole; a Chinese aligned table of
years under 单位：亿元 gives ``规模`` its figures (2025E and 2026F ``estimate``) and its 同比 column each year's rate, the last
contradicted by its figures; a pipe table with its unit in the header cells ("2024 (US$ m)") gives each application a
``stated`` CAGR over 2024-2030 ("CAGR 2024-30"), one reached only at the rounding of its figures, and its Total the
whole; a tab-separated table in "(€m)" with a "Share" column gives each provider type its share (``arithmetic``) and its
Total the whole; an aligned table of Japanese fiscal years in "(¥ billion)" gives ``Market size`` its figures and its
"YoY" column each year's rate ("FY2025 (forecast)" an ``estimate``); a pipe table of UK financial years ("2023-24",
"2024-25", "2025-26 (plan)", counted 2024, 2025 and 2026, the plan an ``estimate``) adds to its "All categories" row;
and a Chinese tab-separated table with a 2027E column and a 2024-2027年CAGR column gives each 应用领域 its ``stated`` rate
and its 合计 the whole. Markets vary (AI scheduling and rostering software for hospitals, AI-based credit decisioning,
AI-guided spraying drones, GPU cloud rental, AI-based clinical-trial recruitment, AI wildfire detection, AI voice
dubbing, AI-equipped security cameras in Japan, on-device AI modules in Korea, AI tax-preparation software, AI-based
weather forecasting, back-end network switches for AI clusters, sovereign AI compute in Europe, AI for port terminal
operations, AI-driven autonomous mobile robots in warehouses, AI kitchen automation, AI电力巡检, AI眼镜, 算力服务业, AI辅助药物发现服务,
AI營銷SaaS, 大模型一体机, AI PC, 人工智能及數據科學服務, 具身智能, AI算力租赁, AI玩具, AI数字人, AI短剧, 大模型相关项目采购, AI load-forecasting software for
utilities, AI-generated 3D assets, AI营销内容生成, AI晶片相關產業, AI病理诊断软件, AI in insurance claims handling, AI translation and
localisation services, AI-OCR in Japan, AI diagnostic tools in the NHS, AI视频生成); publishers, speakers and companies are
invented, the sentences are the project's own and the figures plausible. ``python tests/extract_checkset47.py [-v]``
prints the measures."""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a procurement network's buyer's guide: "Hospital buyers will spend ... this year", a rate whose base is not
    #    printed, "compounded annually" (inferred), a share of 2025; the buyers surveyed nowhere
    dict(
        text=(
            "Buyer's Guide: AI Scheduling and Rostering for Hospitals. Corvel Health Procurement Network, 14 April "
            "2025\n"
            "How big is the spend? Hospital buyers will spend $1.36 billion on AI scheduling and rostering software "
            "this year, 24.8% more than in 2024, and $2.95 billion in 2029, rising 21.4% compounded annually. "
            "Subscription licences make up 71.5% of 2025 spending. Of the buyers we surveyed, 62% plan a tender within "
            "18 months."
        ),
        obs=[
            ("Total", 2025, 1.36, "USD billion", "estimate"),
            ("Total", 2029, 2.95, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2024, 2025, 1.0),
            ("cagr", 21.4, "percent", 2025, 2029, None, "inferred"),
            ("share", 71.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.95 / 1.36) ** (1 / 4) - 1 = 21.359% -> 21.4 (bounds 21.196-21.522)
        ],
    ),
    # 2. a regulator's consultation paper: "in the region of", financial years "FY2024/25" and "FY2021/22" (the years
    #    they end in), "growth of 17.2% per year" its amounts contradict; paper, paragraph and question numbers nowhere
    dict(
        text=(
            "CP25/14 Artificial intelligence in consumer credit decisions. Consultation paper, published 9 July 2025\n"
            "2.7 Our market analysis suggests that regulated lenders spent in the region of £640 million on AI-based "
            "credit decisioning tools in FY2024/25, against £415 million in FY2021/22. That implies growth of 17.2% "
            "per year. We expect spending to exceed £1 billion by FY2027/28.\n"
            "Question 3: Do you agree with our assessment of costs? Please respond by 8 October 2025."
        ),
        obs=[
            ("Total", 2025, 640, "GBP million", "actual"),
            ("Total", 2022, 415, "GBP million", "actual"),
            ("Total", 2028, 1000, "GBP million", "estimate"),  # £1 billion in the series' unit
        ],
        claims=[("cagr", 17.2, "percent", 2022, 2025, None, "inferred")],
        verdicts=[
            # (640 / 415) ** (1 / 3) - 1 = 15.534%; bounds (639.5 / 415.5) -> 15.458%, (640.5 / 414.5) -> 15.611%:
            # 17.2 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 3. an industry body's press statement with a "Key figures" list: a base in brackets, a part with its share, an
    #    outlook rate; the members counted nowhere
    dict(
        text=(
            "PRESS STATEMENT. Brussels, 26 February 2025\n"
            "European makers of AI-guided crop-spraying drones had a record year, the European Agricultural Drone "
            "Association said today.\n"
            "Key figures\n"
            "- Sales in 2024: €1.42 billion (2023: €1.17 billion), up 21.4%\n"
            "- Exports outside the EU in 2024: €0.51 billion, 35.9% of sales\n"
            "- Outlook for 2025: growth of about 13%\n"
            "- Members: 64 manufacturers in 11 countries"
        ),
        obs=[
            ("Total", 2024, 1.42, "EUR billion", "actual"),
            ("Total", 2023, 1.17, "EUR billion", "actual"),
            ("Exports outside the EU", 2024, 0.51, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
            ("growth", 13, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.17 - 1 = 21.368% -> 21.4 (bounds 20.426-22.318)
            ("arithmetic", "exact"),  # 0.51 / 1.42 = 35.915% -> 35.9
        ],
    ),
    # 4. a cloud provider's blog: "calendar 2024", "+68% y/y" (no base printed), "for calendar 2025 (+54% y/y)"
    dict(
        text=(
            "Posted 11 March 2025 by the Nimbara Cloud economics team\n"
            "Demand for rented GPU capacity keeps climbing. By our estimate, worldwide GPU cloud rental for AI "
            "training and inference reached $21.8 billion in calendar 2024, +68% y/y, and we model $33.5 billion for "
            "calendar 2025 (+54% y/y). Spot and preemptible instances made up 14% of 2024 spend."
        ),
        obs=[
            ("Total", 2024, 21.8, "USD billion", "actual"),
            ("Total", 2025, 33.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 68, "percent", 2023, 2024, 1.0),
            ("growth", 54, "percent", 2024, 2025, 1.0),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 33.5 / 21.8 - 1 = 53.670% -> 54 (bounds 53.089-54.253)
        ],
    ),
    # 5. a start-up's funding announcement that cites a market size: the round and the valuation nowhere
    dict(
        text=(
            "SAN FRANCISCO, September 16, 2025 -- Trialynx, which uses AI to match patients with clinical trials, "
            "today announced a $48 million Series B led by Harbor Ridge Ventures that values the company at $410 "
            "million. Citing Pellham Research, Trialynx said the market for AI-based clinical-trial recruitment was "
            "worth $1.9 billion last year and will reach $6.4 billion by 2030, growing 22.4% a year. The company plans "
            "to hire 60 engineers in Boston and Lisbon."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 6.4, "USD billion", "estimate"),
        ],
        claims=[("cagr", 22.4, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (6.4 / 1.9) ** (1 / 6) - 1 = 22.435% -> 22.4 (bounds 21.747-23.140)
        ],
    ),
    # 6. a research firm's "Report Highlights" bullets: the series in USD million, "USD 2.18 billion" expected as 2180,
    #    a stated CAGR; the title's years, base-year and historical-data lines nowhere
    dict(
        text=(
            "AI Wildfire Detection Systems Market Outlook, 2025-2032\n"
            "Report Highlights\n"
            "• 2024 market size: USD 521.8 million\n"
            "• Market size value for 2025: USD 612.4 million\n"
            "• Revenue forecast for 2032: USD 2.18 billion\n"
            "• Growth rate: 19.9% CAGR, 2025-2032\n"
            "• North America held 43.7% of 2024 revenue\n"
            "• Base year: 2024; historical data: 2019-2023; forecast period: 2025-2032"
        ),
        obs=[
            ("Total", 2024, 521.8, "USD million", "actual"),
            ("Total", 2025, 612.4, "USD million", "estimate"),
            ("Total", 2032, 2180, "USD million", "estimate"),  # USD 2.18 billion in the series' unit
        ],
        claims=[
            ("cagr", 19.9, "percent", 2025, 2032, None, "stated"),
            ("share", 43.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2180 / 612.4) ** (1 / 7) - 1 = 19.888% -> 19.9 (2.18 billion read 2,175-2,185 million: bounds
            # 19.847-19.928)
            ("cagr", "exact"),
        ],
    ),
    # 7. a newspaper explainer, numbers in words beside digits: "just under", "about six hundred million dollars two
    #    years earlier", "pass two billion dollars"; a rate reached only at the rounding of a figure in words
    dict(
        text=(
            "Explainer: why film dubbing is turning to synthetic voices\n"
            "How much money is at stake? Estimates vary, but Callow Media Research puts worldwide spending on AI voice "
            "dubbing at just under $900 million in 2024, up from about six hundred million dollars two years earlier. "
            "It expects spending to pass two billion dollars by 2028, which would mean growth of roughly 23% a year. "
            "One in five streaming titles released in Europe last year had at least one AI-dubbed language track."
        ),
        obs=[
            ("Total", 2024, 900, "USD million", "actual"),
            ("Total", 2022, 600, "USD million", "actual"),
            ("Total", 2028, 2000, "USD million", "estimate"),
        ],
        claims=[("cagr", 23, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            # (2000 / 900) ** (1 / 4) - 1 = 22.095%, not 23 +- 0.5; "two billion" read 1,500-2,500 million and 900 read
            # 899.5-900.5: (1500 / 900.5) -> 13.606%, (2500 / 899.5) -> 29.117%: 23 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 8. a translated Japanese release in yen: "84.2 billion yen for FY2024, up 27.4% from the previous fiscal year"
    #    (no base printed), a CAGR "over FY2024-FY2028" (stated)
    dict(
        text=(
            "[Translation] TOKYO, August 6, 2025 -- Soryu Research Institute, Inc. (Head office: Chiyoda-ku, Tokyo) "
            "has surveyed the domestic market for AI-equipped security cameras. The market is estimated at 84.2 "
            "billion yen for FY2024, up 27.4% from the previous fiscal year, and is projected to reach 163.2 billion "
            "yen in FY2028, a CAGR of 18.0% over FY2024-FY2028. *This is an English translation of the original "
            "Japanese release; the Japanese text prevails."
        ),
        obs=[
            ("Total", 2024, 84.2, "JPY billion", "actual"),
            ("Total", 2028, 163.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (163.2 / 84.2) ** (1 / 4) - 1 = 17.992% -> 18.0 (bounds 17.965-18.018)
        ],
    ),
    # 9. a translated Korean release: the won amounts no observation, the dollar figure in brackets the year's; the
    #    rate judged on the won amounts, reached only at their rounding; the members counted nowhere
    dict(
        text=(
            "SEOUL, May 20, 2025 -- (Unofficial translation) The Korea On-Device AI Industry Council said on Tuesday "
            "that domestic sales of on-device AI modules for smartphones and PCs reached 2.7 trillion won (about $1.95 "
            "billion) in 2024, an increase of 32% from 2.0 trillion won a year earlier. The council, whose 58 members "
            "include chipmakers and handset makers, expects sales to top 4 trillion won in 2026."
        ),
        obs=[("Total", 2024, 1.95, "USD billion", "actual")],
        claims=[("growth", 32, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2.7 / 2.0 - 1 = 35.000%, not 32 +- 0.5; bounds (2.65 / 2.05) -> 29.268%, (2.75 / 1.95) -> 41.026%:
            # 32 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. a quarterly newsletter: the full year beside its quarters (the quarters nowhere); the issue nowhere
    dict(
        text=(
            "The Ledger Brief, Q4 2024 issue, published 28 January 2025\n"
            "For the whole of 2024, Dunmore Analytics puts the market for AI tax-preparation software at $1.48 "
            "billion, 31.0% above 2023's $1.13 billion. The fourth quarter was the strongest yet: sales of $412 "
            "million in October–December, up from $356 million in July–September. Dunmore sees 2025 closing at "
            "about $1.8 billion."
        ),
        obs=[
            ("Total", 2024, 1.48, "USD billion", "actual"),
            ("Total", 2023, 1.13, "USD billion", "actual"),
            ("Total", 2025, 1.8, "USD billion", "estimate"),
        ],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.48 / 1.13 - 1 = 30.973% -> 31.0 (bounds 29.956-32.000)
        ],
    ),
    # 11. an academic abstract: "a growth of 21.8% per annum" (inferred) its amounts contradict; "US$2.41 billion"
    #     expected as 2410; the providers interviewed nowhere
    dict(
        text=(
            "Abstract\n"
            "Machine-learning weather prediction has moved from research groups to paid services. Drawing on company "
            "filings and interviews with 37 providers, we estimate that revenue from AI-based weather forecasting "
            "services was US$736 million in 2023 and project that it will reach US$2.41 billion in 2030, a growth of "
            "21.8% per annum. Energy traders accounted for 38% of 2023 revenue. We discuss what this means for "
            "national meteorological services.\n"
            "Keywords: weather forecasting; machine learning; market sizing"
        ),
        obs=[
            ("Total", 2023, 736, "USD million", "actual"),
            ("Total", 2030, 2410, "USD million", "estimate"),  # US$2.41 billion in the series' unit
        ],
        claims=[
            ("cagr", 21.8, "percent", 2023, 2030, None, "inferred"),
            ("share", 38, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # (2410 / 736) ** (1 / 7) - 1 = 18.465%; bounds (2405 / 736.5) -> 18.419%, (2415 / 735.5) -> 18.512%:
            # 21.8 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 12. a fund's commentary: "the year to June 2025" (2025), "north of", "a 3-year CAGR of roughly 30%" (a span in
    #     words, inferred); the fund's return and its holdings' weight nowhere
    dict(
        text=(
            "Kestrel Global Technology Fund: manager's commentary, 15 July 2025\n"
            "The fund returned 14.2% in the year to June 2025, ahead of its benchmark. Our largest new position is in "
            "AI networking. By our count, sales of back-end network switches for AI clusters came to $14.5 billion in "
            "the year to June 2025, and we expect them to be north of $32 billion in the year to June 2028, a 3-year "
            "CAGR of roughly 30%. The ten largest holdings make up 46% of the portfolio."
        ),
        obs=[
            ("Total", 2025, 14.5, "USD billion", "actual"),
            ("Total", 2028, 32, "USD billion", "estimate"),
        ],
        claims=[("cagr", 30, "percent", 2025, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (32 / 14.5) ** (1 / 3) - 1 = 30.195% -> 30 (bounds 29.365-31.020)
        ],
    ),
    # 13. a think tank's policy brief: "between 2024 and 2030" (stated); a part "of the 2024 total, or 41%"
    dict(
        text=(
            "Policy Brief No. 7/2025, Centre for European Digital Sovereignty, Brussels, 3 June 2025\n"
            "Europe's spending on sovereign AI compute, meaning data centres run under EU jurisdiction to train and "
            "serve models, stood at €4.6 billion in 2024. On current plans it would rise to €15.8 billion by 2030, a "
            "compound annual growth rate of 22.8% between 2024 and 2030. Public money accounted for €1.9 billion of "
            "the 2024 total, or 41%."
        ),
        obs=[
            ("Total", 2024, 4.6, "EUR billion", "actual"),
            ("Total", 2030, 15.8, "EUR billion", "estimate"),
            ("Public money", 2024, 1.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (15.8 / 4.6) ** (1 / 6) - 1 = 22.833% -> 22.8 (bounds 22.548-23.122)
            ("arithmetic", "exact"),  # 1.9 / 4.6 = 41.304% -> 41
        ],
    ),
    # 14. a minister's speech: "last year ... about €780 million" opens the series in EUR million, so "close to €2
    #     billion" by 2030 is expected as 2000; a part "of that, or 12.3%"
    dict(
        text=(
            "Speech by the Minister for Maritime Affairs at the Smart Ports Summit, Rotterdam, 12 May 2025\n"
            "Ladies and gentlemen, last year Europe's ports spent about €780 million on AI systems for terminal "
            "operations: crane automation, berth planning, predictive maintenance. Dutch port authorities account for "
            "€96 million of that, or 12.3%. By 2030, I expect Europe's ports to be spending close to €2 billion a year "
            "on such systems. Thank you."
        ),
        obs=[
            ("Total", 2024, 780, "EUR million", "actual"),
            ("Dutch port authorities", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 2000, "EUR million", "estimate"),  # €2 billion in the series' unit
        ],
        claims=[("share", 12.3, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 96 / 780 = 12.308% -> 12.3
        ],
    ),
    # 15. a listed company's results release: the TAM it sizes is the market; its quarterly revenue and guidance nowhere
    dict(
        text=(
            "Orrin Robotics Reports Second-Quarter 2025 Results\n"
            "BOSTON, August 7, 2025 -- Orrin Robotics, Inc. (NASDAQ: ORRN) today reported second-quarter revenue of "
            "$86.3 million, up 41% year over year, and raised its full-year revenue guidance to $340 million. \"We now "
            "size the total addressable market for AI-driven autonomous mobile robots in warehouses at $9.7 billion in "
            "2025, growing at a compound annual rate of 24.8% to $23.5 billion in 2029,\" said Chief Executive Officer "
            "Dana Whitlock."
        ),
        obs=[
            ("Total", 2025, 9.7, "USD billion", "estimate"),
            ("Total", 2029, 23.5, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.8, "percent", 2025, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (23.5 / 9.7) ** (1 / 4) - 1 = 24.760% -> 24.8 (bounds 24.533-24.987)
        ],
    ),
    # 16. a trade magazine's "By the numbers" sidebar: each figure before its gloss; "$1.05 billion" expected as 1050;
    #     the panel's restaurants nowhere
    dict(
        text=(
            "BY THE NUMBERS: AI in commercial kitchens\n"
            "$318 million: what US restaurants spent on AI kitchen-automation software in 2024, according to Fenmore "
            "Foodservice Research\n"
            "$1.05 billion: Fenmore's forecast for 2029\n"
            "27%: the yearly growth rate between the two\n"
            "4,200: restaurants in Fenmore's survey panel"
        ),
        obs=[
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2029, 1050, "USD million", "estimate"),  # $1.05 billion in the series' unit
        ],
        claims=[("cagr", 27, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            # (1050 / 318) ** (1 / 5) - 1 = 26.985% -> 27 ($1.05 billion read 1,045-1,055 million: bounds
            # 26.824-27.146)
            ("cagr|period", "exact"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. an industry white paper: 同比增长 (no base printed), a stated CAGR with an em dash and 约, a part 占比; the
    #     title's year nowhere
    dict(
        text=(
            "《中国AI电力巡检行业白皮书（2025）》指出，2024年我国AI电力巡检市场规模为86.7亿元，同比增长31.2%；预计到2028年，"
            "市场规模将达到215.3亿元，2024—2028年年均复合增长率约为25.5%。分场景看，输电线路巡检市场规模为39.1亿元，占比45.1%，"
            "是最大的细分场景。"
        ),
        obs=[
            ("Total", 2024, 86.7, "CNY 100 million", "actual"),
            ("Total", 2028, 215.3, "CNY 100 million", "estimate"),
            ("输电线路巡检", 2024, 39.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),
            ("share", 45.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (215.3 / 86.7) ** (1 / 4) - 1 = 25.533% -> 25.5 (bounds 25.507-25.558)
            ("arithmetic", "exact"),  # 39.1 / 86.7 = 45.098% -> 45.1
        ],
    ),
    # 18. a broker's 晨会纪要: 约为 for the base, 有望达到 and 进一步增至 with their 同比增长; the 风险提示 nowhere
    dict(
        text=(
            "【晨会纪要】2025年3月18日\n"
            "电子组：AI眼镜进入放量期。我们测算2024年国内AI眼镜市场规模约为41亿元，预计2025年有望达到126亿元，同比增长207%；"
            "2026年进一步增至265亿元，同比增长110%。风险提示：新品销量不及预期，供应链降本不及预期。"
        ),
        obs=[
            ("Total", 2024, 41, "CNY 100 million", "actual"),
            ("Total", 2025, 126, "CNY 100 million", "estimate"),
            ("Total", 2026, 265, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 207, "percent", 2024, 2025, 1.0),
            ("growth", 110, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 126 / 41 - 1 = 207.317% -> 207 (bounds 202.410-212.346)
            ("cagr|implied", "exact"),  # 265 / 126 - 1 = 110.317% -> 110 (bounds 109.091-111.554)
        ],
    ),
    # 19. a city bureau's 统计快报: 比上年增长 its amounts contradict (the base in a later sentence), a part's rate without
    #     its base; the issue number nowhere
    dict(
        text=(
            "江澜市统计局统计快报\n"
            "2025年第3期（2025年2月14日）\n"
            "2024年，全市算力服务业实现营业收入318.6亿元，比上年增长26.4%；其中，智能算力服务收入142.5亿元，增长41.8%。"
            "2023年，全市算力服务业营业收入为246.9亿元。"
        ),
        obs=[
            ("Total", 2024, 318.6, "CNY 100 million", "actual"),
            ("智能算力服务", 2024, 142.5, "CNY 100 million", "actual"),
            ("Total", 2023, 246.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("growth", 41.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 318.6 / 246.9 - 1 = 29.040%; bounds (318.55 / 246.95) -> 28.994%, (318.65 / 246.85) -> 29.086%:
            # 26.4 +- 0.05 outside (41.8% is the part's, whose 2023 amount is not printed)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. a prospectus's 行业概览 in Simplified Chinese: 由……增至……，复合年增长率为 (inferred) and 2024年至2029年的复合年增长率 (stated)
    dict(
        text=(
            "本节所载资料摘自我们委托沙利恒咨询编制的独立行业报告。根据沙利恒的资料，按收入计，中国AI辅助药物发现服务市场规模由"
            "2020年的12.8亿元增至2024年的47.5亿元，复合年增长率为38.8%，并预期于2029年达到186.2亿元，2024年至2029年的"
            "复合年增长率为31.4%。"
        ),
        obs=[
            ("Total", 2020, 12.8, "CNY 100 million", "actual"),
            ("Total", 2024, 47.5, "CNY 100 million", "actual"),
            ("Total", 2029, 186.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.8, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 31.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (47.5 / 12.8) ** (1 / 4) - 1 = 38.794% -> 38.8 (bounds 38.622-38.966)
            ("cagr", "exact"),  # (186.2 / 47.5) ** (1 / 5) - 1 = 31.419% -> 31.4 (bounds 31.384-31.453)
        ],
    ),
    # 21. a prospectus's 行業概覽 in Traditional Chinese: 人民幣……億元 (CNY 100 million), a historical rate reached only at the
    #     rounding of its amounts, a stated forecast rate
    dict(
        text=(
            "行業概覽\n"
            "根據灼思諮詢的資料，按收入計，中國AI營銷SaaS市場規模由2020年的人民幣18.4億元增長至2024年的人民幣61.7億元，"
            "複合年增長率為35.4%，預期將於2029年進一步增長至人民幣203.5億元，2024年至2029年的複合年增長率為27.0%。"
        ),
        obs=[
            ("Total", 2020, 18.4, "CNY 100 million", "actual"),
            ("Total", 2024, 61.7, "CNY 100 million", "actual"),
            ("Total", 2029, 203.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35.4, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 27.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (61.7 / 18.4) ** (1 / 4) - 1 = 35.322%, not 35.4 +- 0.05; bounds (61.65 / 18.45) -> 35.202%,
            # (61.75 / 18.35) -> 35.441%: 35.4 is reached only at the rounding
            ("cagr|period", "rounding"),
            ("cagr", "exact"),  # (203.5 / 61.7) ** (1 / 5) - 1 = 26.957% -> 27.0 (bounds 26.930-26.984)
        ],
    ),
    # 22. a tech site's 讯: 左右 on a forecast, 同比增长近178%, 有望突破 a later year's; 超过六成 a fraction in words, nowhere
    dict(
        text=(
            "钛闻科技2025年1月8日讯 据研究机构智研纵横测算，2024年中国大模型一体机市场规模为58.3亿元；2025年将跃升至162亿元"
            "左右，同比增长近178%；到2027年，市场规模有望突破500亿元。从行业分布看，政务和金融合计占比超过六成。"
        ),
        obs=[
            ("Total", 2024, 58.3, "CNY 100 million", "actual"),
            ("Total", 2025, 162, "CNY 100 million", "estimate"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 178, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 162 / 58.3 - 1 = 177.873% -> 178 (bounds 176.778-178.970)
        ],
    ),
    # 23. a Taiwan research institute in Traditional Chinese: 產值 in 新台幣億元, 年增率為 borne out by the base printed after
    #     it, 預估……年增率 one its amounts contradict
    dict(
        text=(
            "產業創新研究所今日發布研究指出，受惠於新一代處理器內建NPU，2024年台灣AI PC產值達新台幣2,846億元，年增率為38.5%，"
            "2023年產值為2,055億元；預估2025年產值將成長至4,012億元，年增率42.0%。"
        ),
        obs=[
            ("Total", 2024, 2846, "TWD 100 million", "actual"),
            ("Total", 2023, 2055, "TWD 100 million", "actual"),
            ("Total", 2025, 4012, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
            ("growth", 42.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2846 / 2055 - 1 = 38.491% -> 38.5 (bounds 38.433-38.550)
            # 4012 / 2846 - 1 = 40.970%; bounds (4011.5 / 2846.5) -> 40.927%, (4012.5 / 2845.5) -> 41.012%:
            # 42.0 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. a Hong Kong government press release in Traditional Chinese (a Legislative Council question's written reply):
    #     較2022年的……上升 with its base, 將超過 an approximate estimate; the question number and time line nowhere
    dict(
        text=(
            "立法會十二題：人工智能及數據科學服務\n"
            "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
            "以下是今日（六月十八日）在立法會會議上何俊文議員的提問和創新科技及工業局局長的書面答覆：\n"
            "問題：（略）\n"
            "答覆：\n"
            "主席：\n"
            "根據政府統計處的資料，2023年本港提供人工智能及數據科學服務的機構的業務收益為68.4億港元，較2022年的55.9億港元上升22.4%。"
            "政府預計相關業務收益於2025年將超過100億港元。\n"
            "完\n"
            "2025年6月18日（星期三）\n"
            "香港時間12時15分"
        ),
        obs=[
            ("Total", 2023, 68.4, "HKD 100 million", "actual"),
            ("Total", 2022, 55.9, "HKD 100 million", "actual"),
            ("Total", 2025, 100, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 22.4, "percent", 2022, 2023, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 68.4 / 55.9 - 1 = 22.361% -> 22.4 (bounds 22.163-22.560)
        ],
    ),
    # 25. a city's 行动方案: 力争突破 a target (estimate), 年均增长33%左右 inferred from a base printed after it; the plan's
    #     title years nowhere
    dict(
        text=(
            "（2025年4月2日）临海市人民政府印发《临海市具身智能产业发展三年行动方案（2025—2027年）》，提出到2027年，全市具身智能"
            "产业规模力争突破300亿元，年均增长33%左右。据测算，2024年全市具身智能产业规模为126.4亿元。"
        ),
        obs=[
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("Total", 2024, 126.4, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 33, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 126.4) ** (1 / 3) - 1 = 33.390% -> 33 (bounds 33.299-33.482)
        ],
    ),
    # 26. a listed company's 投资者关系活动记录表: the market a third party sizes; the company's own 业务收入, its growth,
    #     its 证券代码 and 编号 nowhere
    dict(
        text=(
            "证券代码：301578 证券简称：云枢科技\n"
            "投资者关系活动记录表（编号：2025-011）\n"
            "活动时间：2025年5月9日\n"
            "问：公司如何看待算力租赁市场的空间？\n"
            "答：据第三方机构测算，2024年国内AI算力租赁市场规模约为370亿元，2025年预计增长至620亿元左右，增速约68%。公司2024年"
            "算力租赁业务收入为9.6亿元，同比增长142%，在手订单充足。"
        ),
        obs=[
            ("Total", 2024, 370, "CNY 100 million", "actual"),
            ("Total", 2025, 620, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 68, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 620 / 370 - 1 = 67.568% -> 68 (bounds 67.206-67.930)
        ],
    ),
    # 27. financial media with a second publisher: the first's 年复合增长率达 (inferred); 另一家研究机构's figure nowhere
    dict(
        text=(
            "（2025年6月3日）记者从华研智库获悉，2024年中国AI玩具市场规模为46.2亿元，预计2027年将增至152.8亿元，年复合增长率达"
            "49.0%。另一家研究机构蓝鲸洞察的估算较为保守，认为2024年该市场规模为38亿元。"
        ),
        obs=[
            ("Total", 2024, 46.2, "CNY 100 million", "actual"),
            ("Total", 2027, 152.8, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 49.0, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (152.8 / 46.2) ** (1 / 3) - 1 = 48.991% -> 49.0 (bounds 48.921-49.061)
        ],
    ),
    # 28. a 蓝皮书: 较2023年的……增长 (a rate with its base), two parts 占 their shares
    dict(
        text=(
            "《中国数字人产业发展蓝皮书（2025）》显示，2024年我国AI数字人核心市场规模达到205.6亿元，较2023年的128.3亿元增长60.2%。"
            "其中，服务型数字人市场规模为118.9亿元，占57.8%；身份型数字人为86.7亿元，占42.2%。"
        ),
        obs=[
            ("Total", 2024, 205.6, "CNY 100 million", "actual"),
            ("Total", 2023, 128.3, "CNY 100 million", "actual"),
            ("服务型数字人", 2024, 118.9, "CNY 100 million", "actual"),
            ("身份型数字人", 2024, 86.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 60.2, "percent", 2023, 2024, 1.0),
            ("share", 57.8, "percent", 2024, 2024, None),
            ("share", 42.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 205.6 / 128.3 - 1 = 60.249% -> 60.2 (bounds 60.148-60.351)
            ("arithmetic", "exact"),  # 118.9 / 205.6 = 57.831% -> 57.8
            ("arithmetic", "exact"),  # 86.7 / 205.6 = 42.169% -> 42.2
        ],
    ),
    # 29. a WeChat article under its date: 去年 (2024) and 今年 (2025, an estimate), 同比增幅约, 或将冲击 a later year's
    dict(
        text=(
            "原创 短剧观察 2025年2月10日 08:30\n"
            "去年，AI短剧还是个小众品类，全年市场规模约12.5亿元；今年，业内普遍预计规模将达到38亿元，同比增幅约204%。到2028年，"
            "这一市场或将冲击200亿元。"
        ),
        obs=[
            ("Total", 2024, 12.5, "CNY 100 million", "actual"),
            ("Total", 2025, 38, "CNY 100 million", "estimate"),
            ("Total", 2028, 200, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 204, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 38 / 12.5 - 1 = 204.000% -> 204 (bounds 198.805-209.237)
        ],
    ),
    # 30. a procurement-data platform's tally: 是2023年……的4.7倍 (x4.7 over one year), a part 占; the projects counted
    #     nowhere
    dict(
        text=(
            "（2025年1月15日）据招采数据平台智标网统计，2024年全国大模型相关项目中标金额合计64.9亿元，是2023年13.7亿元的4.7倍；"
            "中标项目数量为1,520个。分采购方看，电信运营商中标金额为21.4亿元，占33.0%。"
        ),
        obs=[
            ("电信运营商", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2024, 64.9, "CNY 100 million", "actual"),
            ("Total", 2023, 13.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.7, "multiple", 2023, 2024, 1.0),  # 64.9 / 13.7 = 4.737: 4.7 times
            ("share", 33.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 64.9 = 32.974% -> 33.0
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table in "(US$ million)" with 2025E, 2026F and 2028F columns and a Total row; the table number and the
    #     key line nowhere
    dict(
        text=(
            "Table 2. AI load-forecasting software for utilities: revenue by region (US$ million)\n"
            "| Region | 2024 | 2025E | 2026F | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| North America | 412.5 | 498.0 | 596.3 | 842.1 |\n"
            "| Europe | 286.4 | 349.2 | 421.8 | 603.5 |\n"
            "| Asia-Pacific | 198.7 | 255.1 | 322.4 | 497.9 |\n"
            "| Rest of world | 61.3 | 74.6 | 90.2 | 129.4 |\n"
            "| Total | 958.9 | 1,176.9 | 1,430.7 | 2,072.9 |\n"
            "E = estimate; F = forecast. Source: Larkspur Energy Analytics."
        ),
        obs=[
            ("North America", 2024, 412.5, "USD million", "actual"),
            ("North America", 2025, 498.0, "USD million", "estimate"),
            ("North America", 2026, 596.3, "USD million", "estimate"),
            ("North America", 2028, 842.1, "USD million", "estimate"),
            ("Europe", 2024, 286.4, "USD million", "actual"),
            ("Europe", 2025, 349.2, "USD million", "estimate"),
            ("Europe", 2026, 421.8, "USD million", "estimate"),
            ("Europe", 2028, 603.5, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 198.7, "USD million", "actual"),
            ("Asia-Pacific", 2025, 255.1, "USD million", "estimate"),
            ("Asia-Pacific", 2026, 322.4, "USD million", "estimate"),
            ("Asia-Pacific", 2028, 497.9, "USD million", "estimate"),
            ("Rest of world", 2024, 61.3, "USD million", "actual"),
            ("Rest of world", 2025, 74.6, "USD million", "estimate"),
            ("Rest of world", 2026, 90.2, "USD million", "estimate"),
            ("Rest of world", 2028, 129.4, "USD million", "estimate"),
            ("Total", 2024, 958.9, "USD million", "actual"),
            ("Total", 2025, 1176.9, "USD million", "estimate"),
            ("Total", 2026, 1430.7, "USD million", "estimate"),
            ("Total", 2028, 2072.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 412.5 + 286.4 + 198.7 + 61.3 = 958.9; 498.0 + 349.2 + 255.1 + 74.6 = 1176.9;
            # 596.3 + 421.8 + 322.4 + 90.2 = 1430.7; 842.1 + 603.5 + 497.9 + 129.4 = 2072.9
            ("hierarchy", "exact"),
        ],
    ),
    # 32. an aligned table whose rows are years, in "(USD million)": a Revenue column and a "y/y" column, 2025E
    dict(
        text=(
            "Revenue from AI-generated 3D assets for games and film (USD million)\n"
            "Year      Revenue     y/y\n"
            "2021         88         —\n"
            "2022        131      48.9%\n"
            "2023        204      55.7%\n"
            "2024        318      55.9%\n"
            "2025E       472      48.4%\n"
            "Source: Ostrander Interactive Research"
        ),
        obs=[
            ("Revenue", 2021, 88, "USD million", "actual"),
            ("Revenue", 2022, 131, "USD million", "actual"),
            ("Revenue", 2023, 204, "USD million", "actual"),
            ("Revenue", 2024, 318, "USD million", "actual"),
            ("Revenue", 2025, 472, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 48.9, "percent", 2021, 2022, 1.0),
            ("growth", 55.7, "percent", 2022, 2023, 1.0),
            ("growth", 55.9, "percent", 2023, 2024, 1.0),
            ("growth", 48.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 131 / 88 - 1 = 48.864% -> 48.9
            ("cagr|implied", "exact"),  # 204 / 131 - 1 = 55.725% -> 55.7
            ("cagr|implied", "exact"),  # 318 / 204 - 1 = 55.882% -> 55.9
            ("cagr|implied", "exact"),  # 472 / 318 - 1 = 48.428% -> 48.4
        ],
    ),
    # 33. a Chinese pipe table with the year in its title, its unit in a header cell (2024年收入（亿元）) and a 市场份额
    #     column; its 合计 row the whole, its 100.0% no claim, the source line nowhere
    dict(
        text=(
            "2024年中国AI营销内容生成市场竞争格局\n"
            "| 厂商类型 | 2024年收入（亿元） | 市场份额 |\n"
            "|---|---|---|\n"
            "| 互联网平台 | 58.2 | 40.9% |\n"
            "| 营销技术服务商 | 41.7 | 29.3% |\n"
            "| 大模型厂商 | 27.9 | 19.6% |\n"
            "| 其他 | 14.6 | 10.3% |\n"
            "| 合计 | 142.4 | 100.0% |\n"
            "资料来源：星图咨询"
        ),
        obs=[
            ("互联网平台", 2024, 58.2, "CNY 100 million", "actual"),
            ("营销技术服务商", 2024, 41.7, "CNY 100 million", "actual"),
            ("大模型厂商", 2024, 27.9, "CNY 100 million", "actual"),
            ("其他", 2024, 14.6, "CNY 100 million", "actual"),
            ("合计", 2024, 142.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 40.9, "percent", 2024, 2024, None),
            ("share", 29.3, "percent", 2024, 2024, None),
            ("share", 19.6, "percent", 2024, 2024, None),
            ("share", 10.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.2 / 142.4 = 40.871% -> 40.9
            ("arithmetic", "exact"),  # 41.7 / 142.4 = 29.284% -> 29.3
            ("arithmetic", "exact"),  # 27.9 / 142.4 = 19.593% -> 19.6
            ("arithmetic", "exact"),  # 14.6 / 142.4 = 10.253% -> 10.3
            ("hierarchy", "exact"),  # 58.2 + 41.7 + 27.9 + 14.6 = 142.4
        ],
    ),
    # 34. a Traditional Chinese tab-separated table whose header cells carry their unit (新台幣億元), a 2025年(E) column,
    #     a 年增率 column and a 合計 row; the 註 line nowhere
    dict(
        text=(
            "台灣AI晶片相關產業產值\n"
            "項目\t2024年（新台幣億元）\t2025年(E)（新台幣億元）\t年增率\n"
            "IC設計\t3,862\t5,215\t35.0%\n"
            "先進封裝\t1,274\t1,968\t54.5%\n"
            "測試\t516\t702\t36.0%\n"
            "合計\t5,652\t7,885\t39.5%\n"
            "註：E為預估值。資料來源：產業創新研究所"
        ),
        obs=[
            ("IC設計", 2024, 3862, "TWD 100 million", "actual"),
            ("IC設計", 2025, 5215, "TWD 100 million", "estimate"),
            ("先進封裝", 2024, 1274, "TWD 100 million", "actual"),
            ("先進封裝", 2025, 1968, "TWD 100 million", "estimate"),
            ("測試", 2024, 516, "TWD 100 million", "actual"),
            ("測試", 2025, 702, "TWD 100 million", "estimate"),
            ("合計", 2024, 5652, "TWD 100 million", "actual"),
            ("合計", 2025, 7885, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.0, "percent", 2024, 2025, 1.0),
            ("growth", 54.5, "percent", 2024, 2025, 1.0),
            ("growth", 36.0, "percent", 2024, 2025, 1.0),
            ("growth", 39.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5215 / 3862 - 1 = 35.034% -> 35.0
            ("cagr|implied", "exact"),  # 1968 / 1274 - 1 = 54.474% -> 54.5
            ("cagr|implied", "exact"),  # 702 / 516 - 1 = 36.047% -> 36.0
            ("cagr|implied", "exact"),  # 7885 / 5652 - 1 = 39.508% -> 39.5
            ("hierarchy", "exact"),  # 3862 + 1274 + 516 = 5652; 5215 + 1968 + 702 = 7885
        ],
    ),
    # 35. a Chinese aligned table of years under 单位：亿元: 规模 and 同比 columns, 2025E and 2026F, the last rate
    #     contradicted by its figures
    dict(
        text=(
            "中国AI病理诊断软件市场规模\n"
            "单位：亿元\n"
            "年份        规模        同比\n"
            "2022         6.8          —\n"
            "2023         9.7        42.6%\n"
            "2024        14.1        45.4%\n"
            "2025E       20.3        44.0%\n"
            "2026F       28.6        42.9%\n"
            "资料来源：医智研究院整理"
        ),
        obs=[
            ("规模", 2022, 6.8, "CNY 100 million", "actual"),
            ("规模", 2023, 9.7, "CNY 100 million", "actual"),
            ("规模", 2024, 14.1, "CNY 100 million", "actual"),
            ("规模", 2025, 20.3, "CNY 100 million", "estimate"),
            ("规模", 2026, 28.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.6, "percent", 2022, 2023, 1.0),
            ("growth", 45.4, "percent", 2023, 2024, 1.0),
            ("growth", 44.0, "percent", 2024, 2025, 1.0),
            ("growth", 42.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.7 / 6.8 - 1 = 42.647% -> 42.6
            ("cagr|implied", "exact"),  # 14.1 / 9.7 - 1 = 45.361% -> 45.4
            ("cagr|implied", "exact"),  # 20.3 / 14.1 - 1 = 43.972% -> 44.0
            # 28.6 / 20.3 - 1 = 40.887%; bounds (28.55 / 20.35) -> 40.295%, (28.65 / 20.25) -> 41.481%:
            # 42.9 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. a pipe table with its unit in the header cells ("2024 (US$ m)") and a "CAGR 2024-30" column (stated), one
    #     rate reached only at the rounding of its figures; a Total row
    dict(
        text=(
            "AI in insurance claims handling: revenue by application\n"
            "| Application | 2024 (US$ m) | 2030 (US$ m) | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Claims triage | 412 | 1,541 | 24.6% |\n"
            "| Fraud detection | 356 | 1,102 | 20.8% |\n"
            "| Damage estimation | 228 | 947 | 26.8% |\n"
            "| Total | 996 | 3,590 | 23.8% |"
        ),
        obs=[
            ("Claims triage", 2024, 412, "USD million", "actual"),
            ("Claims triage", 2030, 1541, "USD million", "estimate"),
            ("Fraud detection", 2024, 356, "USD million", "actual"),
            ("Fraud detection", 2030, 1102, "USD million", "estimate"),
            ("Damage estimation", 2024, 228, "USD million", "actual"),
            ("Damage estimation", 2030, 947, "USD million", "estimate"),
            ("Total", 2024, 996, "USD million", "actual"),
            ("Total", 2030, 3590, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1541 / 412) ** (1 / 6) - 1 = 24.590% -> 24.6
            # (1102 / 356) ** (1 / 6) - 1 = 20.723%, not 20.8 +- 0.05; bounds (1101.5 / 356.5) -> 20.685%,
            # (1102.5 / 355.5) -> 20.760%: 20.8 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (947 / 228) ** (1 / 6) - 1 = 26.785% -> 26.8
            ("cagr", "exact"),  # (3590 / 996) ** (1 / 6) - 1 = 23.824% -> 23.8
            ("hierarchy", "exact"),  # 412 + 356 + 228 = 996; 1541 + 1102 + 947 = 3590
        ],
    ),
    # 37. a tab-separated table in "(€m)" with a "Share" column and a Total row; its 100.0% no claim
    dict(
        text=(
            "European AI translation and localisation services: revenue by provider type, 2024 (€m)\n"
            "Provider type\tRevenue\tShare\n"
            "Language service providers\t598.6\t46.1%\n"
            "Machine-translation vendors\t401.3\t30.9%\n"
            "Cloud platforms\t187.4\t14.4%\n"
            "Other\t112.2\t8.6%\n"
            "Total\t1,299.5\t100.0%"
        ),
        obs=[
            ("Language service providers", 2024, 598.6, "EUR million", "actual"),
            ("Machine-translation vendors", 2024, 401.3, "EUR million", "actual"),
            ("Cloud platforms", 2024, 187.4, "EUR million", "actual"),
            ("Other", 2024, 112.2, "EUR million", "actual"),
            ("Total", 2024, 1299.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 46.1, "percent", 2024, 2024, None),
            ("share", 30.9, "percent", 2024, 2024, None),
            ("share", 14.4, "percent", 2024, 2024, None),
            ("share", 8.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 598.6 / 1299.5 = 46.064% -> 46.1
            ("arithmetic", "exact"),  # 401.3 / 1299.5 = 30.881% -> 30.9
            ("arithmetic", "exact"),  # 187.4 / 1299.5 = 14.421% -> 14.4
            ("arithmetic", "exact"),  # 112.2 / 1299.5 = 8.634% -> 8.6
            ("hierarchy", "exact"),  # 598.6 + 401.3 + 187.4 + 112.2 = 1299.5
        ],
    ),
    # 38. an aligned table of Japanese fiscal years in "(¥ billion)": Market size and "YoY" columns, "FY2025 (forecast)"
    dict(
        text=(
            "Japan AI-OCR market (¥ billion)\n"
            "Fiscal year           Market size     YoY\n"
            "FY2022                   21.6           —\n"
            "FY2023                   27.9         29.2%\n"
            "FY2024                   35.3         26.5%\n"
            "FY2025 (forecast)        43.8         24.1%\n"
            "Fiscal years begin in April. Source: Tsubaki Research."
        ),
        obs=[
            ("Market size", 2022, 21.6, "JPY billion", "actual"),
            ("Market size", 2023, 27.9, "JPY billion", "actual"),
            ("Market size", 2024, 35.3, "JPY billion", "actual"),
            ("Market size", 2025, 43.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2022, 2023, 1.0),
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.9 / 21.6 - 1 = 29.167% -> 29.2
            ("cagr|implied", "exact"),  # 35.3 / 27.9 - 1 = 26.523% -> 26.5
            ("cagr|implied", "exact"),  # 43.8 / 35.3 - 1 = 24.079% -> 24.1
        ],
    ),
    # 39. a pipe table of UK financial years ("2023-24", "2024-25", "2025-26 (plan)": the years they end in, the plan an
    #     estimate) in "(£ million)" with an "All categories" row
    dict(
        text=(
            "NHS trusts' spending on AI diagnostic tools, England (£ million)\n"
            "| Category | 2023-24 | 2024-25 | 2025-26 (plan) |\n"
            "|---|---|---|---|\n"
            "| Imaging | 84.6 | 112.3 | 141.0 |\n"
            "| Pathology | 21.7 | 30.4 | 39.8 |\n"
            "| Other | 12.9 | 16.1 | 20.5 |\n"
            "| All categories | 119.2 | 158.8 | 201.3 |\n"
            "Financial years run April to March."
        ),
        obs=[
            ("Imaging", 2024, 84.6, "GBP million", "actual"),
            ("Imaging", 2025, 112.3, "GBP million", "actual"),
            ("Imaging", 2026, 141.0, "GBP million", "estimate"),
            ("Pathology", 2024, 21.7, "GBP million", "actual"),
            ("Pathology", 2025, 30.4, "GBP million", "actual"),
            ("Pathology", 2026, 39.8, "GBP million", "estimate"),
            ("Other", 2024, 12.9, "GBP million", "actual"),
            ("Other", 2025, 16.1, "GBP million", "actual"),
            ("Other", 2026, 20.5, "GBP million", "estimate"),
            ("All categories", 2024, 119.2, "GBP million", "actual"),
            ("All categories", 2025, 158.8, "GBP million", "actual"),
            ("All categories", 2026, 201.3, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 84.6 + 21.7 + 12.9 = 119.2; 112.3 + 30.4 + 16.1 = 158.8; 141.0 + 39.8 + 20.5 = 201.3
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a Chinese tab-separated table with a 2027E column and a 2024-2027年CAGR column (stated), the unit in the title,
    #     a 合计 row; the 注 line nowhere
    dict(
        text=(
            "中国AI视频生成市场规模（按应用领域，单位：亿元）\n"
            "应用领域\t2024年\t2027E\t2024-2027年CAGR\n"
            "广告营销\t18.6\t71.2\t56.4%\n"
            "影视短剧\t9.3\t42.4\t65.8%\n"
            "电商直播\t7.4\t26.8\t53.6%\n"
            "合计\t35.3\t140.4\t58.4%\n"
            "注：2027E为预测值。"
        ),
        obs=[
            ("广告营销", 2024, 18.6, "CNY 100 million", "actual"),
            ("广告营销", 2027, 71.2, "CNY 100 million", "estimate"),
            ("影视短剧", 2024, 9.3, "CNY 100 million", "actual"),
            ("影视短剧", 2027, 42.4, "CNY 100 million", "estimate"),
            ("电商直播", 2024, 7.4, "CNY 100 million", "actual"),
            ("电商直播", 2027, 26.8, "CNY 100 million", "estimate"),
            ("合计", 2024, 35.3, "CNY 100 million", "actual"),
            ("合计", 2027, 140.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 56.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 65.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 53.6, "percent", 2024, 2027, None, "stated"),
            ("cagr", 58.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (71.2 / 18.6) ** (1 / 3) - 1 = 56.431% -> 56.4
            ("cagr", "exact"),  # (42.4 / 9.3) ** (1 / 3) - 1 = 65.816% -> 65.8
            ("cagr", "exact"),  # (26.8 / 7.4) ** (1 / 3) - 1 = 53.568% -> 53.6
            ("cagr", "exact"),  # (140.4 / 35.3) ** (1 / 3) - 1 = 58.440% -> 58.4
            ("hierarchy", "exact"),  # 18.6 + 9.3 + 7.4 = 35.3; 71.2 + 42.4 + 26.8 = 140.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 5, "rounding": 4, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "Hospital buyers will spend $1.36 billion",
    "rising 21.4% compounded annually",
    "in the region of £640 million",
    "in FY2024/25, against £415 million in FY2021/22",
    "Key figures\n- Sales in 2024: €1.42 billion (2023: €1.17 billion), up 21.4%",
    "in calendar 2024, +68% y/y",
    "today announced a $48 million Series B",
    "Report Highlights\n",
    "• Revenue forecast for 2032: USD 2.18 billion",
    "• Growth rate: 19.9% CAGR, 2025-2032",
    "just under $900 million",
    "about six hundred million dollars two years earlier",
    "pass two billion dollars by 2028",
    "[Translation] TOKYO",
    "84.2 billion yen for FY2024, up 27.4% from the previous fiscal year",
    "2.7 trillion won (about $1.95 billion)",
    "For the whole of 2024",
    "in October–December",
    "21.8% per annum",
    "in the year to June 2025",
    "north of $32 billion",
    "a 3-year CAGR of roughly 30%",
    "between 2024 and 2030",
    "Ladies and gentlemen",
    "the total addressable market for AI-driven autonomous mobile robots",
    "BY THE NUMBERS",
    "27%: the yearly growth rate between the two",
    "2024—2028年年均复合增长率约为25.5%",
    "【晨会纪要】",
    "统计快报",
    "复合年增长率为38.8%",
    "複合年增長率為35.4%",
    "同比增长近178%",
    "年增率為38.5%",
    "新台幣2,846億元",
    "立法會十二題",
    "力争突破300亿元，年均增长33%左右",
    "投资者关系活动记录表",
    "另一家研究机构蓝鲸洞察",
    "较2023年的128.3亿元增长60.2%",
    "同比增幅约204%",
    "是2023年13.7亿元的4.7倍",
    "| 2025E | 2026F | 2028F |",
    "Year      Revenue     y/y",
    "| 2024年收入（亿元） | 市场份额 |",
    "2025年(E)（新台幣億元）\t年增率",
    "| 2024 (US$ m) | 2030 (US$ m) | CAGR 2024-30 |",
    "Provider type\tRevenue\tShare",
    "FY2025 (forecast)",
    "| 2025-26 (plan) |",
    "2024-2027年CAGR",
)
#: the set's blind score (set when it was first scored, after every rule of this round: a held-out check of them all):
#: 152 figures, 56 rates, 67 verdicts and no false inconsistent (the code this round started from: 150, 56, 67, 0)
FLOORS = {"figures_found": 157, "rates_found": 59, "verdicts_right": 71}
#: no false inconsistent verdict; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset47.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
