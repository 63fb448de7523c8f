"""A thirty-first check set for the extractor, written blind: a market-research store's summary, research firms' report
pages in three shapes, a news story setting firms' estimates side by side, hedged figures, a share's change in
percentage points, an analyst's note, a half year beside full years, a shrinking market, a newsletter, a headline's
market, figures with the currency after them, a dated wire story, a European alliance, a professional council, Chinese
financial portals and news sites, a broker's report, a city's action plan, data firms and associations, a Taiwan
institute's release, a Hong Kong government press release, and tables in every layout.

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

What this set's sources add to them: in a market-research store's summary "The ... Market size is estimated at USD 18.31
billion in 2025, and is expected to reach USD 53.30 billion by 2030, at a CAGR of 23.82% during the forecast period
(2025-2030)" gives the market the base year's figure, the forecast's ``actual`` base, and its ``estimate``, the
bracketed span makes the rate ``stated`` (a rate printed to two decimals is read at its hundredths), and the study
period, the largest and fastest-growing regions and the market's concentration carry no figure. In a report page's three
figures "was valued at USD 5.94 billion in 2024" is the ``actual`` year, "The market is projected to grow from USD 7.82
billion in 2025 to USD 62.33 billion by 2032" gives the forecast's ``actual`` base and its 2032 ``estimate``,
"exhibiting a CAGR of 34.5% during the forecast period" runs from 2025 to 2032 by the years of its amounts
(``inferred``) and North America's "market share of 35.86% in 2024" is a share. In the same report's other shape
"accounted for USD 9.87 billion in 2024" is ``actual``, "is predicted to increase from USD 11.92 billion in 2025 to
approximately USD 73.64 billion by 2034" gives the ``actual`` base and an ``estimate`` (approximate, at its printed figure),
"expanding at a CAGR of 22.4% from 2025 to 2034" is ``stated``, and Europe's and a segment's shares of 2024 are shares.
In a news story whose first publisher gives its base, target and rate, "Estimates vary: one firm puts it at $2.1
billion, another at $980 million" sets other firms' figures beside it, expected nowhere. "Nearly $4.8 billion", "north
of $12 billion" and "growth of more than 20% a year" are approximate and expected at their printed figures (the last
``inferred``), "roughly $1 billion more than the year before" is an absolute change, expected nowhere, and "Upwards of
60% of large employers" a survey's answer. "Grew 17.3% year-on-year" is a rate whose base is not printed, cloud
software's "58.4% of that revenue" and its "52.2% in 2023" are shares of their years, and the "6.2 percentage points"
between them no rate. In an analyst's note "up 24.3% YoY from $22.2 billion" and "or 22.8% y/y" are year-on-year rates
with both amounts, and "we model" a forecast. "In H1 2025 alone" and its growth on 1H24 are a part of a year, expected
nowhere, beside the full years 2023 and 2024 and "the full year 2025" (``estimate``). "Is expected to shrink ... a CAGR
of -7.6%" is a negative CAGR, ``inferred`` from its amounts' years. In a newsletter with "•" bullets and "–" dashes each
bullet gives its years their figures, "a 39% CAGR" after the forecast is ``inferred``, "42% of 2024 spend" a share, and
the issue number and the subscription line boilerplate. "The $19.4 billion AI-in-healthcare market, a 2024 figure" names
the market after its figure, which is 2024's, and "a 33.6% CAGR" is reached only at the rounding of its amounts; venture
funding is expected nowhere. "3.5 billion USD" and "9.8 billion USD" are USD billion. "Fraud analytics accounted for
$3.05 billion of the $8.74 billion" is a part with a share and its ``arithmetic`` verdict, "rose 25% from $7.2 billion
in 2023" a year-on-year rate its amounts contradict, and the institutions counted boilerplate. In a dated wire story
"upwards of $210 billion this year" is the dateline's year under a forecast cue (an approximate ``estimate``), "more
than $148 billion last year" its ``actual`` base and "implying growth of 42%" their year-on-year rate; the vendors
tracked are a count. "Roughly €3.1 billion" is EUR billion and "a CAGR of 24.5% over 2024-2030" ``stated`` and
contradicted by its amounts. "Rose 32.5% to $1.9 billion in 2024 from $1.45 billion in 2023" is reached only at the
rounding of its amounts, and the share of firms paying for a tool is an adoption rate. In 新浪财经-style news 新浪财经讯 is
boilerplate, 产业规模达1.53万亿元 the market's figure (CNY trillion), 同比增长6.7% a rate whose base is not printed,
预计2025年……同比增长7.2% an ``estimate`` with its year-on-year rate and the jobs a count. In 第一财经-style news the conference's
title year is boilerplate, 同比增长逾80% an approximate rate whose base is not printed, 通用大模型占比 and 行业大模型占比 shares, and
将突破900亿元 an approximate ``estimate``. In 澎湃新闻-style news 近1.2万亿元 is an approximate figure (CNY trillion), 将超过1.4万亿元 an
approximate ``estimate`` and 同比增长约16% reached only at the rounding of its amounts. In a 券商研报 the broker's name, the
rating and the 风险提示 are boilerplate, 预计2025-2027年市场规模分别为188亿元、261亿元、365亿元 gives each year its ``estimate``, 约为132亿元 the
2024 base and 2024-2027年CAGR为40.4% a ``stated`` rate. In a city's 行动计划 the title years are boilerplate,
到2027年……产业规模突破500亿元 the target (an approximate ``estimate``), 2024年……为218亿元 its ``actual`` base, and the firms to be
fostered and the scenes to be built counts. 同比下降11.7% is a negative year-on-year rate with its base, 第四季度零售额环比增长8.2% a
quarter's rate, expected nowhere, and 91亿元左右 an approximate ``estimate``. 2025年上半年 and its 同比增长14.6% are a part of a
year, expected nowhere, while 2024年全年 and 预计2025年全年 are the years' figures with their year-on-year rate. 近300亿元 and
逾60亿元 are approximate figures, the first the market's and the second a part's (``3D视觉``), 将逾700亿元 an approximate
``estimate`` and 2024-2029年年复合增长率(CAGR)约为18.5% ``stated``. 其中商用清洁机器人规模为146亿元，占比18.0% is a part with a share and its
``arithmetic`` verdict; a 渗透率 reckoned by sales within the market itself (按销售额计……在整体市场中的渗透率为9.4%) is that kind's share
of the market, a share, unlike a penetration of units or users, and its 个百分点 no rate. Vendors' 市场份额 are shares of the
market, without a verdict, and a vendor's 销售额 is expected nowhere as the market. 由2021年的302亿元增长至2024年的618亿元，年复合增长率为29.6%
is ``inferred`` and contradicted by its amounts, and 其中……247亿元，占比约40% a part with a share. In a 資策會 MIC release in
Traditional Chinese 今（18）日 is a date, 8,460億元新台幣 in a currency the unit table does not hold and 約264億美元 beside it the
year's observation (USD 100 million), 較2023年的6,120億元年增38.2% a year-on-year rate with its verdict from the 新台幣 amounts,
and the 2025 forecast in 新台幣 and its 年增逾四成 expected nowhere. In a Hong Kong 政府新聞公報 港元 is a currency the unit table does
not hold: 去年達142億港元（約18.2億美元） gives 2024 its observation in USD 100 million, 較2023年的115億港元增長23.5% is a rate with its
verdict from the 港元 amounts, 2028年可達310億港元（約39.7億美元） the ``estimate`` in US$, 年均複合增長率約21% ``inferred`` and reached only
at the rounding of its amounts (港元 or US$), and the firms boilerplate. In a 工研院-style item dated (2025/05/20) 今年 is 2025
(``estimate``), 較去年的1,156億美元年增31.5% a year-on-year rate with its base and 2025至2028年年複合成長率約25% ``stated``. In tables: a
markdown table of regions with a "Share (%)" column gives each region its revenue and its share with an ``arithmetic``
verdict, its Total the whole and its 100.0 no claim; a tab-separated table's "2025F" and "2026F" columns are
``estimate`` and its Total the whole; a wide table with a "YoY" column after each year gives each row its year-on-year
rate for that year (2023's, whose base year is not printed, without a verdict, and one contradicted by its figures), the
first header cell "Sector (USD million)" its unit and its Total the whole; a Chinese 细分市场 table with 规模（亿元） and 占比
columns gives each row its figure and its share with an ``arithmetic`` verdict, its 合计 the whole and its 100.0% no
claim; a space-aligned table with years as rows gives its value column to ``Market size`` and its "YoY" column each
year's rate ("—" no figure, the year after a gap without a rate, one reached only at the rounding of its figures); a
table of scenarios as rows gives the market (``Total``) the Base row's figures and its "CAGR 2024-30" (``stated``), the
Low and High rows expected nowhere; a unit line above a table ("Unit: RMB 100 million") gives its cells CNY 100 million;
a Traditional Chinese table 年度/產值/年增率 under 單位：億美元 gives its value column to ``產值``, its 年增率 column each year's rate
(one contradicted by its figures), 2025年(預估) an ``estimate`` and its 資料來源 line boilerplate; a table whose first column
is "Year" gives each column its figures with their thousands separators ("12,450") and its Total column the whole; and a
"Note:" line under a table that prints the CAGR column's span makes each row's rate ``stated`` (one contradicted by its
figures), while its "Source:" line is boilerplate. Markets vary (AI in fintech, AI in manufacturing, AI in energy, AI in
legal services, AI in HR, computer vision, NLP, recommendation engines, rule-based chatbots, AI governance software, AI
in healthcare, AI accelerators, 工业互联网, AI大模型, 智能网联汽车, AI+医疗, 服务机器人, 智能音箱, 智慧教育, 机器视觉, 智能家居, 工业互联网平台, AI伺服器, 金融科技, AI加速器,
AI晶片設計); publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset31.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a market-research store's summary: base year, forecast year, CAGR over a bracketed span
    dict(
        text=(
            "Market Overview\n"
            "The AI in Fintech Market size is estimated at USD 18.31 billion in 2025, and is expected to reach USD "
            "53.30 billion by 2030, at a CAGR of 23.82% during the forecast period (2025-2030). North America is the "
            "largest market and Asia Pacific is the fastest growing market; market concentration is medium. Study "
            "period: 2019-2030."
        ),
        obs=[
            ("Total", 2025, 18.31, "USD billion", "actual"),
            ("Total", 2030, 53.30, "USD billion", "estimate"),
        ],
        claims=[("cagr", 23.82, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (53.30 / 18.31) ** (1 / 5) - 1 = 23.825% -> 23.82 (bounds 23.816-23.834)
        ],
    ),
    # 2. a report page's three figures: valued at (2024), projected to grow from (2025) to (2032), CAGR over the period
    dict(
        text=(
            "The global AI in manufacturing market size was valued at USD 5.94 billion in 2024. The market is "
            "projected to grow from USD 7.82 billion in 2025 to USD 62.33 billion by 2032, exhibiting a CAGR of 34.5% "
            "during the forecast period. North America dominated the AI in manufacturing market with a market share "
            "of 35.86% in 2024."
        ),
        obs=[
            ("Total", 2024, 5.94, "USD billion", "actual"),
            ("Total", 2025, 7.82, "USD billion", "actual"),
            ("Total", 2032, 62.33, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34.5, "percent", 2025, 2032, None, "inferred"),
            ("share", 35.86, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (62.33 / 7.82) ** (1 / 7) - 1 = 34.519% -> 34.5
        ],
    ),
    # 3. "accounted for ... and is predicted to increase from ... to approximately ..., expanding at a CAGR of"
    dict(
        text=(
            "The global AI in energy market size accounted for USD 9.87 billion in 2024 and is predicted to increase "
            "from USD 11.92 billion in 2025 to approximately USD 73.64 billion by 2034, expanding at a CAGR of 22.4% "
            "from 2025 to 2034. Europe dominated the market with a share of 34% in 2024, while the grid optimisation "
            "segment contributed the highest market share of 27.5% in 2024."
        ),
        obs=[
            ("Total", 2024, 9.87, "USD billion", "actual"),
            ("Total", 2025, 11.92, "USD billion", "actual"),
            ("Total", 2034, 73.64, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2025, 2034, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (73.64 / 11.92) ** (1 / 9) - 1 = 22.425% -> 22.4
        ],
    ),
    # 4. a news story: one firm's base, target and rate, other firms' figures set beside it (expected nowhere)
    dict(
        text=(
            "Legal technology's hottest category is also its hardest to measure. Arden Bell Research sizes spending "
            "on AI in legal services at $1.46 billion in 2024 and expects it to reach $4.12 billion by 2029, a "
            "compound annual growth rate of 23.1%. Estimates vary: one firm puts it at $2.1 billion, another at $980 "
            "million, depending on whether e-discovery platforms are counted. Contract review tools took 37% of 2024 "
            "spending, Arden Bell says."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2029, 4.12, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.1, "percent", 2024, 2029, None, "inferred"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.12 / 1.46) ** (1 / 5) - 1 = 23.058% -> 23.1
        ],
    ),
    # 5. hedges: nearly, roughly (an absolute change), north of $, more than, upwards of (a survey's answer)
    dict(
        text=(
            "Employers spent nearly $4.8 billion on AI tools for human resources in 2024, roughly $1 billion more "
            "than the year before, according to Talentry Insights, which sees the market north of $12 billion by "
            "2029. That would mean growth of more than 20% a year. Upwards of 60% of large employers now screen "
            "applicants with some form of AI, the firm's survey found."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2029, 12, "USD billion", "estimate"),
        ],
        claims=[("cagr", 20, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (12 / 4.8) ** (1 / 5) - 1 = 20.112% -> 20
        ],
    ),
    # 6. year-on-year without a base; a share in two years and its change in percentage points (no rate)
    dict(
        text=(
            "The computer vision market grew 17.3% year-on-year to $21.7 billion in 2024, according to Pixelwise "
            "Research. Cloud-delivered software accounted for 58.4% of that revenue, up 6.2 percentage points from "
            "52.2% in 2023, while edge deployments in factories and stores made up most of the rest."
        ),
        obs=[("Total", 2024, 21.7, "USD billion", "actual")],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("share", 58.4, "percent", 2024, 2024, None),
            ("share", 52.2, "percent", 2023, 2023, None),
        ],
        verdicts=[],
    ),
    # 7. an analyst's note: YoY and y/y with both amounts
    dict(
        text=(
            "Natural language processing software revenue came to $27.6 billion in 2024, up 24.3% YoY from $22.2 "
            "billion in 2023, and we model $33.9 billion for 2025, or 22.8% y/y, as contact-centre and "
            "document-processing deployments widen."
        ),
        obs=[
            ("Total", 2023, 22.2, "USD billion", "actual"),
            ("Total", 2024, 27.6, "USD billion", "actual"),
            ("Total", 2025, 33.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.6 / 22.2 - 1 = 24.324% -> 24.3
            ("cagr|implied", "exact"),  # 33.9 / 27.6 - 1 = 22.826% -> 22.8
        ],
    ),
    # 8. a half year (H1 2025, 1H24) beside full years
    dict(
        text=(
            "Revenue in the recommendation engine market rose 24.5% to $7.42 billion in 2024, from $5.96 billion in "
            "2023, Vantor Data said. In H1 2025 alone vendors booked $4.3 billion, up 26% on 1H24, and the firm "
            "expects $9.35 billion for the full year 2025."
        ),
        obs=[
            ("Total", 2023, 5.96, "USD billion", "actual"),
            ("Total", 2024, 7.42, "USD billion", "actual"),
            ("Total", 2025, 9.35, "USD billion", "estimate"),
        ],
        claims=[("growth", 24.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.42 / 5.96 - 1 = 24.497% -> 24.5
        ],
    ),
    # 9. a shrinking market: a negative CAGR
    dict(
        text=(
            "Not every corner of conversational software is growing. Spending on rule-based chatbot platforms, the "
            "scripted systems that large language models are displacing, is expected to shrink from $2.41 billion in "
            "2024 to $1.62 billion in 2029, a CAGR of -7.6%, Corvid Analytics said on Tuesday."
        ),
        obs=[
            ("Total", 2024, 2.41, "USD billion", "actual"),
            ("Total", 2029, 1.62, "USD billion", "estimate"),
        ],
        claims=[("cagr", -7.6, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (1.62 / 2.41) ** (1 / 5) - 1 = -7.637% -> -7.6 (bounds -7.732 to -7.541)
        ],
    ),
    # 10. a newsletter with "•" bullets and "–" dashes
    dict(
        text=(
            "The Governance Brief, issue 57\n\n"
            "• AI governance software sales hit $1.12 billion in 2024 – up from $0.71 billion in 2023\n"
            "• The forecast: $5.8 billion by 2029 – a 39% CAGR\n"
            "• Model monitoring took 42% of 2024 spend\n"
            "– Forwarded this? Subscribe for the weekly brief"
        ),
        obs=[
            ("Total", 2023, 0.71, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2029, 5.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 39, "percent", 2024, 2029, None, "inferred"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.8 / 1.12) ** (1 / 5) - 1 = 38.945% -> 39
        ],
    ),
    # 11. a market named after its figure
    dict(
        text=(
            "Start-ups are crowding into the $19.4 billion AI-in-healthcare market, a 2024 figure from Halvard "
            "Research, which sees it climbing to $110.6 billion by 2030 at a 33.6% CAGR. Investors poured $11 "
            "billion into the sector's start-ups over the same year."
        ),
        obs=[
            ("Total", 2024, 19.4, "USD billion", "actual"),
            ("Total", 2030, 110.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 33.6, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (110.6 / 19.4) ** (1 / 6) - 1 = 33.657%, not 33.6 +- 0.05; bounds (110.55 / 19.45) -> 33.590%,
            # (110.65 / 19.35) -> 33.725%: 33.6 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 12. numbers with "USD" after them; a span printed with the rate
    dict(
        text=(
            "Edge AI accelerators, the chips that run inference inside cameras, cars and phones, generated 3.5 "
            "billion USD in revenue in 2024 and should reach 9.8 billion USD in 2028, a compound growth rate of "
            "29.4% over 2024-2028, according to Meridian Silicon Research."
        ),
        obs=[
            ("Total", 2024, 3.5, "USD billion", "actual"),
            ("Total", 2028, 9.8, "USD billion", "estimate"),
        ],
        claims=[("cagr", 29.4, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (9.8 / 3.5) ** (1 / 4) - 1 = 29.357% -> 29.4
        ],
    ),
    # 13. a part with its share of the total; a year-on-year rate its amounts contradict
    dict(
        text=(
            "Fraud analytics accounted for $3.05 billion of the $8.74 billion that banks and payment firms spent on "
            "AI in fintech in 2024, or 34.9% of the total, a study by Kestrel Payments Research shows. Total spending "
            "rose 25% from $7.2 billion in 2023, the study says, and 212 institutions took part."
        ),
        obs=[
            ("Fraud analytics", 2024, 3.05, "USD billion", "actual"),
            ("Total", 2024, 8.74, "USD billion", "actual"),
            ("Total", 2023, 7.2, "USD billion", "actual"),
        ],
        claims=[
            ("share", 34.9, "percent", 2024, 2024, None),
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.05 / 8.74 = 34.897% -> 34.9
            # 8.74 / 7.2 - 1 = 21.389%; bounds (8.735 / 7.25) -> 20.483%, (8.745 / 7.15) -> 22.308%: 25 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. a dated wire story: this year, last year, upwards of, more than
    dict(
        text=(
            "SAN JOSE, Calif., June 10, 2025 - Sales of data-centre AI accelerators will climb to upwards of $210 "
            "billion this year, Ortega Semiconductor Research said, after more than $148 billion last year, implying "
            "growth of 42%. The firm tracked 37 chip vendors."
        ),
        obs=[
            ("Total", 2025, 210, "USD billion", "estimate"),
            ("Total", 2024, 148, "USD billion", "actual"),
        ],
        claims=[("growth", 42, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 210 / 148 - 1 = 41.892% -> 42
        ],
    ),
    # 15. euros; a stated CAGR its amounts contradict
    dict(
        text=(
            "Europe's market for AI in manufacturing stood at roughly €3.1 billion in 2024 and will reach €9.7 "
            "billion by 2030, a CAGR of 24.5% over 2024-2030, the Brussels-based Industrial Data Alliance estimates "
            "in its annual review."
        ),
        obs=[
            ("Total", 2024, 3.1, "EUR billion", "actual"),
            ("Total", 2030, 9.7, "EUR billion", "estimate"),
        ],
        claims=[("cagr", 24.5, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (9.7 / 3.1) ** (1 / 6) - 1 = 20.940%; bounds (9.65 / 3.15) -> 20.514%, (9.75 / 3.05) -> 21.372%:
            # 24.5 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 16. a year-on-year rate reached only at the rounding of its amounts; an adoption rate
    dict(
        text=(
            "US law firms' spending on generative AI tools rose 32.5% to $1.9 billion in 2024 from $1.45 billion in "
            "2023, the Bar Technology Council said, with 61% of firms of more than 100 lawyers now paying for at "
            "least one tool."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2023, 1.45, "USD billion", "actual"),
        ],
        claims=[("growth", 32.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.9 / 1.45 - 1 = 31.034%, not 32.5 +- 0.05; bounds (1.85 / 1.455) -> 27.148%, (1.95 / 1.445) -> 34.948%
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. 新浪财经: 万亿元, a rate without its base, a forecast with its year-on-year rate
    dict(
        text=(
            "新浪财经讯 据中国工业互联网研究院测算，2024年我国工业互联网产业规模达1.53万亿元，同比增长6.7%。"
            "该院预计，2025年产业规模将达到1.64万亿元，同比增长7.2%，带动新增就业岗位超过100万个。"
        ),
        obs=[
            ("Total", 2024, 1.53, "CNY trillion", "actual"),
            ("Total", 2025, 1.64, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 6.7, "percent", 2023, 2024, 1.0),
            ("growth", 7.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.64 / 1.53 - 1 = 7.190% -> 7.2
        ],
    ),
    # 18. 第一财经: 逾 on a rate, shares of two kinds, 突破 on a target
    dict(
        text=(
            "第一财经记者从2025中国人工智能产业大会上获悉，2024年我国AI大模型市场规模约为294亿元，同比增长逾80%；"
            "其中，通用大模型占比为41.2%，行业大模型占比为58.8%。与会专家预计，到2027年该市场规模将突破900亿元。"
        ),
        obs=[
            ("Total", 2024, 294, "CNY 100 million", "actual"),
            ("Total", 2027, 900, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 80, "percent", 2023, 2024, 1.0),
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 58.8, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 19. 澎湃新闻: 近 and 超过 on 万亿元 figures, a rate reached only at their rounding
    dict(
        text=(
            "澎湃新闻记者从中国汽车工程学会获悉，2024年我国智能网联汽车产业规模近1.2万亿元。学会预计，2025年这一规模将"
            "超过1.4万亿元，同比增长约16%。"
        ),
        obs=[
            ("Total", 2024, 1.2, "CNY trillion", "actual"),
            ("Total", 2025, 1.4, "CNY trillion", "estimate"),
        ],
        claims=[("growth", 16, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 1.4 / 1.2 - 1 = 16.667%, not 16 +- 0.5; bounds (1.35 / 1.25) -> 8.000%, (1.45 / 1.15) -> 26.087%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. 券商研报: 预计2025-2027年……分别为, 2024-2027年CAGR, the rating boilerplate
    dict(
        text=(
            "【华信证券】AI+医疗行业深度报告：2024年我国AI+医疗市场规模约为132亿元。我们预计2025-2027年市场规模分别为"
            "188亿元、261亿元、365亿元，2024-2027年CAGR为40.4%，维持行业“推荐”评级。风险提示：政策推进不及预期。"
        ),
        obs=[
            ("Total", 2024, 132, "CNY 100 million", "actual"),
            ("Total", 2025, 188, "CNY 100 million", "estimate"),
            ("Total", 2026, 261, "CNY 100 million", "estimate"),
            ("Total", 2027, 365, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 40.4, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (365 / 132) ** (1 / 3) - 1 = 40.359% -> 40.4
        ],
    ),
    # 21. 地方政府规划: 到2027年……产业规模突破……亿元, the plan's title years and counts boilerplate
    dict(
        text=(
            "《江城市服务机器人产业高质量发展行动计划（2025—2027年）》日前印发。计划提出，到2027年，全市服务机器人"
            "产业规模突破500亿元，培育营业收入超10亿元的企业10家以上，打造典型应用场景100个。2024年，全市服务机器人"
            "产业规模为218亿元。"
        ),
        obs=[
            ("Total", 2024, 218, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 22. 同比下降 with its base; 环比 (a quarter's rate, expected nowhere); 左右
    dict(
        text=(
            "据慧眼数据监测，2024年我国智能音箱市场零售额为98.6亿元，同比下降11.7%，2023年为111.7亿元；其中第四季度"
            "零售额环比增长8.2%。业内人士预计，2025年零售额将进一步降至91亿元左右。"
        ),
        obs=[
            ("Total", 2024, 98.6, "CNY 100 million", "actual"),
            ("Total", 2023, 111.7, "CNY 100 million", "actual"),
            ("Total", 2025, 91, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", -11.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 98.6 / 111.7 - 1 = -11.728% -> -11.7
        ],
    ),
    # 23. 上半年 beside full years
    dict(
        text=(
            "2025年上半年，我国智慧教育市场规模达到1,380亿元，同比增长14.6%。据教育装备行业协会测算，2024年全年市场"
            "规模为2,560亿元，预计2025年全年将达到2,950亿元，同比增长15.2%。"
        ),
        obs=[
            ("Total", 2024, 2560, "CNY 100 million", "actual"),
            ("Total", 2025, 2950, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 15.2, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2950 / 2560 - 1 = 15.234% -> 15.2
        ],
    ),
    # 24. 近X亿元, 逾X亿元, 年复合增长率(CAGR)
    dict(
        text=(
            "据智研视界统计，2024年中国机器视觉市场规模近300亿元，其中3D视觉逾60亿元。该机构预计，到2029年市场规模将"
            "逾700亿元，2024-2029年年复合增长率(CAGR)约为18.5%。"
        ),
        obs=[
            ("Total", 2024, 300, "CNY 100 million", "actual"),
            ("3D视觉", 2024, 60, "CNY 100 million", "actual"),
            ("Total", 2029, 700, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 18.5, "percent", 2024, 2029, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (700 / 300) ** (1 / 5) - 1 = 18.466% -> 18.5
        ],
    ),
    # 25. 占比 of a part; a 渗透率 by sales within the market (a share); 个百分点 no rate
    dict(
        text=(
            "据中国电子学会发布的数据，2024年我国服务机器人市场规模为812亿元，其中商用清洁机器人规模为146亿元，占比18.0%。"
            "按销售额计，搭载大模型的服务机器人在整体市场中的渗透率为9.4%，较上年提高5.1个百分点。"
        ),
        obs=[
            ("Total", 2024, 812, "CNY 100 million", "actual"),
            ("商用清洁机器人", 2024, 146, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 18.0, "percent", 2024, 2024, None),
            ("share", 9.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 146 / 812 = 17.980% -> 18.0
        ],
    ),
    # 26. vendors' 市场份额: shares; a vendor's 销售额 expected nowhere
    dict(
        text=(
            "据洛川观察数据，2024年中国智能家居设备市场规模达到1,860亿元，同比增长9.4%。从厂商看，智居以16.4%的市场份额"
            "位居第一，销售额约305亿元；鸿川、海晟的市场份额分别为9.8%和8.1%。"
        ),
        obs=[("Total", 2024, 1860, "CNY 100 million", "actual")],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
            ("share", 16.4, "percent", 2024, 2024, None),
            ("share", 9.8, "percent", 2024, 2024, None),
            ("share", 8.1, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 27. 由……增长至……，年复合增长率 its amounts contradict; a part with 占比约
    dict(
        text=(
            "据赛瑞咨询统计，我国工业互联网平台市场规模由2021年的302亿元增长至2024年的618亿元，年复合增长率为29.6%。"
            "其中，平台应用服务规模为247亿元，占比约40%。"
        ),
        obs=[
            ("Total", 2021, 302, "CNY 100 million", "actual"),
            ("Total", 2024, 618, "CNY 100 million", "actual"),
            ("平台应用服务", 2024, 247, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 29.6, "percent", 2021, 2024, None, "inferred"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (618 / 302) ** (1 / 3) - 1 = 26.958%; bounds (617.5 / 302.5) -> 26.854%, (618.5 / 301.5) -> 27.063%:
            # 29.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
            ("arithmetic", "exact"),  # 247 / 618 = 39.968% -> 40
        ],
    ),
    # 28. a 資策會 MIC release in Traditional Chinese: 產值 in 億元新台幣 with a US$ conversion, 年增
    dict(
        text=(
            "資策會產業情報研究所（MIC）今（18）日發布研究指出，2024年台灣AI伺服器產業產值達8,460億元新台幣（約264億美元），"
            "較2023年的6,120億元年增38.2%；預估2025年產值將上看1兆2,000億元，年增逾四成。"
        ),
        obs=[("Total", 2024, 264, "USD 100 million", "actual")],
        claims=[("growth", 38.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 8460 / 6120 - 1 = 38.235% -> 38.2 (新台幣 amounts)
        ],
    ),
    # 29. a Hong Kong government press release in 港元 with US$ conversions
    dict(
        text=(
            "（2025年6月3日）財經事務及庫務局表示，據數碼港估算，本港金融科技人工智能應用市場規模去年達142億港元"
            "（約18.2億美元），較2023年的115億港元增長23.5%。政府預計，有關市場規模於2028年可達310億港元（約39.7億美元），"
            "年均複合增長率約21%。目前已有超過120家相關企業落戶數碼港。"
        ),
        obs=[
            ("Total", 2024, 18.2, "USD 100 million", "actual"),
            ("Total", 2028, 39.7, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 142 / 115 - 1 = 23.478% -> 23.5 (港元 amounts)
            # 港元: (310 / 142) ** (1 / 4) - 1 = 21.554%, not 21 +- 0.5; bounds (309.5 / 142.5) -> 21.398%,
            # (310.5 / 141.5) -> 21.710%; US$: (39.7 / 18.2) -> 21.529%, bounds (39.65 / 18.25) -> 21.407%,
            # (39.75 / 18.15) -> 21.651%: either way only the rounding reaches 21
            ("cagr|period", "rounding"),
        ],
    ),
    # 30. a 工研院-style item in Traditional Chinese: 今年, 去年, 年增, 年複合成長率 over a printed span
    dict(
        text=(
            "（2025/05/20）工研院產科國際所預估，今年全球AI加速器市場規模將達1,520億美元，較去年的1,156億美元年增31.5%；"
            "2028年可望突破3,000億美元，2025至2028年年複合成長率約25%。"
        ),
        obs=[
            ("Total", 2025, 1520, "USD 100 million", "estimate"),
            ("Total", 2024, 1156, "USD 100 million", "actual"),
            ("Total", 2028, 3000, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2024, 2025, 1.0),
            ("cagr", 25, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1520 / 1156 - 1 = 31.488% -> 31.5
            ("cagr", "exact"),  # (3000 / 1520) ** (1 / 3) - 1 = 25.437% -> 25
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a markdown table of regions with shares and a 100% total row
    dict(
        text=(
            "AI in HR software revenue by region, 2024\n"
            "| Region | Revenue (USD million) | Share (%) |\n"
            "|---|---|---|\n"
            "| North America | 1,512 | 41.3 |\n"
            "| Europe | 968 | 26.4 |\n"
            "| Asia Pacific | 872 | 23.8 |\n"
            "| Rest of World | 308 | 8.4 |\n"
            "| Total | 3,660 | 100.0 |"
        ),
        obs=[
            ("North America", 2024, 1512, "USD million", "actual"),
            ("Europe", 2024, 968, "USD million", "actual"),
            ("Asia Pacific", 2024, 872, "USD million", "actual"),
            ("Rest of World", 2024, 308, "USD million", "actual"),
            ("Total", 2024, 3660, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 23.8, "percent", 2024, 2024, None),
            ("share", 8.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1512 / 3660 = 41.311% -> 41.3
            ("arithmetic", "exact"),  # 968 / 3660 = 26.448% -> 26.4
            ("arithmetic", "exact"),  # 872 / 3660 = 23.825% -> 23.8
            ("arithmetic", "exact"),  # 308 / 3660 = 8.415% -> 8.4
            ("hierarchy", "exact"),  # 1512 + 968 + 872 + 308 = 3660
        ],
    ),
    # 32. a tab-separated table with "2025F" columns
    dict(
        text=(
            "Natural language processing market by segment (USD billion)\n"
            "Segment\t2023\t2024\t2025F\t2026F\n"
            "Text analytics\t9.8\t12.1\t14.7\t17.6\n"
            "Speech and voice\t7.3\t8.9\t10.8\t12.9\n"
            "Machine translation\t5.1\t6.6\t8.4\t10.5\n"
            "Total\t22.2\t27.6\t33.9\t41.0"
        ),
        obs=[
            ("Text analytics", 2023, 9.8, "USD billion", "actual"),
            ("Text analytics", 2024, 12.1, "USD billion", "actual"),
            ("Text analytics", 2025, 14.7, "USD billion", "estimate"),
            ("Text analytics", 2026, 17.6, "USD billion", "estimate"),
            ("Speech and voice", 2023, 7.3, "USD billion", "actual"),
            ("Speech and voice", 2024, 8.9, "USD billion", "actual"),
            ("Speech and voice", 2025, 10.8, "USD billion", "estimate"),
            ("Speech and voice", 2026, 12.9, "USD billion", "estimate"),
            ("Machine translation", 2023, 5.1, "USD billion", "actual"),
            ("Machine translation", 2024, 6.6, "USD billion", "actual"),
            ("Machine translation", 2025, 8.4, "USD billion", "estimate"),
            ("Machine translation", 2026, 10.5, "USD billion", "estimate"),
            ("Total", 2023, 22.2, "USD billion", "actual"),
            ("Total", 2024, 27.6, "USD billion", "actual"),
            ("Total", 2025, 33.9, "USD billion", "estimate"),
            ("Total", 2026, 41.0, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 9.8 + 7.3 + 5.1 = 22.2; 12.1 + 8.9 + 6.6 = 27.6; 14.7 + 10.8 + 8.4 = 33.9; 17.6 + 12.9 + 10.5 = 41.0
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a wide table with a value and a YoY column for each year
    dict(
        text=(
            "| Sector (USD million) | 2023 | YoY | 2024 | YoY | 2025E | YoY |\n"
            "|---|---|---|---|---|---|---|\n"
            "| E-commerce | 2,840 | 21.4% | 3,520 | 23.9% | 4,390 | 24.7% |\n"
            "| Media and streaming | 1,910 | 18.2% | 2,330 | 22.0% | 2,880 | 23.6% |\n"
            "| Other | 1,210 | 15.6% | 1,570 | 29.8% | 2,080 | 28.5% |\n"
            "| Total | 5,960 | 19.3% | 7,420 | 24.5% | 9,350 | 26.0% |"
        ),
        obs=[
            ("E-commerce", 2023, 2840, "USD million", "actual"),
            ("E-commerce", 2024, 3520, "USD million", "actual"),
            ("E-commerce", 2025, 4390, "USD million", "estimate"),
            ("Media and streaming", 2023, 1910, "USD million", "actual"),
            ("Media and streaming", 2024, 2330, "USD million", "actual"),
            ("Media and streaming", 2025, 2880, "USD million", "estimate"),
            ("Other", 2023, 1210, "USD million", "actual"),
            ("Other", 2024, 1570, "USD million", "actual"),
            ("Other", 2025, 2080, "USD million", "estimate"),
            ("Total", 2023, 5960, "USD million", "actual"),
            ("Total", 2024, 7420, "USD million", "actual"),
            ("Total", 2025, 9350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2022, 2023, 1.0),
            ("growth", 18.2, "percent", 2022, 2023, 1.0),
            ("growth", 15.6, "percent", 2022, 2023, 1.0),
            ("growth", 19.3, "percent", 2022, 2023, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 29.8, "percent", 2023, 2024, 1.0),
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.7, "percent", 2024, 2025, 1.0),
            ("growth", 23.6, "percent", 2024, 2025, 1.0),
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3520 / 2840 - 1 = 23.944% -> 23.9
            ("cagr|implied", "exact"),  # 2330 / 1910 - 1 = 21.990% -> 22.0
            ("cagr|implied", "exact"),  # 1570 / 1210 - 1 = 29.752% -> 29.8
            ("cagr|implied", "exact"),  # 7420 / 5960 - 1 = 24.497% -> 24.5
            ("cagr|implied", "exact"),  # 4390 / 3520 - 1 = 24.716% -> 24.7
            ("cagr|implied", "exact"),  # 2880 / 2330 - 1 = 23.605% -> 23.6
            # 2080 / 1570 - 1 = 32.484%; bounds (2079.5 / 1570.5) -> 32.410%, (2080.5 / 1569.5) -> 32.558%:
            # 28.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 9350 / 7420 - 1 = 26.011% -> 26.0
            # 2840 + 1910 + 1210 = 5960; 3520 + 2330 + 1570 = 7420; 4390 + 2880 + 2080 = 9350
            ("hierarchy", "exact"),
        ],
    ),
    # 34. a Chinese 细分市场 table with 规模 and 占比 columns
    dict(
        text=(
            "2024年中国AI+医疗细分市场规模\n"
            "| 细分市场 | 规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 医学影像 | 50.2 | 38.0% |\n"
            "| 辅助诊断 | 33.1 | 25.1% |\n"
            "| 药物研发 | 27.5 | 20.8% |\n"
            "| 健康管理 | 21.2 | 16.1% |\n"
            "| 合计 | 132.0 | 100.0% |"
        ),
        obs=[
            ("医学影像", 2024, 50.2, "CNY 100 million", "actual"),
            ("辅助诊断", 2024, 33.1, "CNY 100 million", "actual"),
            ("药物研发", 2024, 27.5, "CNY 100 million", "actual"),
            ("健康管理", 2024, 21.2, "CNY 100 million", "actual"),
            ("合计", 2024, 132.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.0, "percent", 2024, 2024, None),
            ("share", 25.1, "percent", 2024, 2024, None),
            ("share", 20.8, "percent", 2024, 2024, None),
            ("share", 16.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 50.2 / 132.0 = 38.030% -> 38.0
            ("arithmetic", "exact"),  # 33.1 / 132.0 = 25.076% -> 25.1
            ("arithmetic", "exact"),  # 27.5 / 132.0 = 20.833% -> 20.8
            ("arithmetic", "exact"),  # 21.2 / 132.0 = 16.061% -> 16.1
            ("hierarchy", "exact"),  # 50.2 + 33.1 + 27.5 + 21.2 = 132.0
        ],
    ),
    # 35. a space-aligned table with years as rows and "—" gaps
    dict(
        text=(
            "Computer vision market, global (US$ billion)\n"
            "Year     Market size     YoY\n"
            "2020     10.6            —\n"
            "2021     12.9            21.7%\n"
            "2022     —               —\n"
            "2023     18.5            —\n"
            "2024     21.7            17.3%\n"
            "2025E    25.8            19.0%"
        ),
        obs=[
            ("Market size", 2020, 10.6, "USD billion", "actual"),
            ("Market size", 2021, 12.9, "USD billion", "actual"),
            ("Market size", 2023, 18.5, "USD billion", "actual"),
            ("Market size", 2024, 21.7, "USD billion", "actual"),
            ("Market size", 2025, 25.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2020, 2021, 1.0),
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("growth", 19.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.9 / 10.6 - 1 = 21.698% -> 21.7
            ("cagr|implied", "exact"),  # 21.7 / 18.5 - 1 = 17.297% -> 17.3
            # 25.8 / 21.7 - 1 = 18.894%, not 19.0 +- 0.05; bounds (25.75 / 21.75) -> 18.391%, (25.85 / 21.65) -> 19.400%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. a table of scenarios as rows and years as columns: the Base row is the market's
    dict(
        text=(
            "AI in energy market scenarios (USD billion)\n"
            "| Scenario | 2024 | 2027F | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| Low | 9.9 | 15.1 | 21.8 | 14.1% |\n"
            "| Base | 9.9 | 17.4 | 29.5 | 20.0% |\n"
            "| High | 9.9 | 20.3 | 39.6 | 26.0% |"
        ),
        obs=[
            ("Total", 2024, 9.9, "USD billion", "actual"),
            ("Total", 2027, 17.4, "USD billion", "estimate"),
            ("Total", 2030, 29.5, "USD billion", "estimate"),
        ],
        claims=[("cagr", 20.0, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (29.5 / 9.9) ** (1 / 6) - 1 = 19.959% -> 20.0
        ],
    ),
    # 37. a table with a unit line above it ("Unit: RMB 100 million")
    dict(
        text=(
            "China industrial internet platform revenue by layer\n"
            "Unit: RMB 100 million\n"
            "| Layer | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Edge and connectivity | 118 | 142 | 171 |\n"
            "| Platform (PaaS) | 182 | 229 | 284 |\n"
            "| Application services | 193 | 247 | 312 |\n"
            "| Total | 493 | 618 | 767 |"
        ),
        obs=[
            ("Edge and connectivity", 2023, 118, "CNY 100 million", "actual"),
            ("Edge and connectivity", 2024, 142, "CNY 100 million", "actual"),
            ("Edge and connectivity", 2025, 171, "CNY 100 million", "estimate"),
            ("Platform (PaaS)", 2023, 182, "CNY 100 million", "actual"),
            ("Platform (PaaS)", 2024, 229, "CNY 100 million", "actual"),
            ("Platform (PaaS)", 2025, 284, "CNY 100 million", "estimate"),
            ("Application services", 2023, 193, "CNY 100 million", "actual"),
            ("Application services", 2024, 247, "CNY 100 million", "actual"),
            ("Application services", 2025, 312, "CNY 100 million", "estimate"),
            ("Total", 2023, 493, "CNY 100 million", "actual"),
            ("Total", 2024, 618, "CNY 100 million", "actual"),
            ("Total", 2025, 767, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 118 + 182 + 193 = 493; 142 + 229 + 247 = 618; 171 + 284 + 312 = 767
        ],
    ),
    # 38. a Traditional Chinese table 年度/產值/年增率 under 單位：億美元
    dict(
        text=(
            "臺灣AI晶片設計產值\n"
            "單位：億美元\n"
            "| 年度 | 產值 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2022年 | 86.4 | — |\n"
            "| 2023年 | 112.7 | 30.4% |\n"
            "| 2024年 | 158.3 | 42.5% |\n"
            "| 2025年(預估) | 214.6 | 35.6% |\n"
            "資料來源：工研院產科國際所"
        ),
        obs=[
            ("產值", 2022, 86.4, "USD 100 million", "actual"),
            ("產值", 2023, 112.7, "USD 100 million", "actual"),
            ("產值", 2024, 158.3, "USD 100 million", "actual"),
            ("產值", 2025, 214.6, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 42.5, "percent", 2023, 2024, 1.0),
            ("growth", 35.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112.7 / 86.4 - 1 = 30.440% -> 30.4
            # 158.3 / 112.7 - 1 = 40.461%; bounds (158.25 / 112.75) -> 40.355%, (158.35 / 112.65) -> 40.568%:
            # 42.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 214.6 / 158.3 - 1 = 35.565% -> 35.6
        ],
    ),
    # 39. a table whose first column is "Year", with thousands separators
    dict(
        text=(
            "AI in fintech spending by region (US$ million)\n"
            "| Year | North America | Europe | Asia Pacific | Total |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 2,410 | 1,530 | 1,960 | 5,900 |\n"
            "| 2023 | 2,950 | 1,880 | 2,370 | 7,200 |\n"
            "| 2024 | 3,520 | 2,260 | 2,960 | 8,740 |\n"
            "| 2025E | 4,180 | 2,710 | 3,560 | 10,450 |\n"
            "| 2026E | 5,010 | 3,240 | 4,200 | 12,450 |"
        ),
        obs=[
            ("North America", 2022, 2410, "USD million", "actual"),
            ("North America", 2023, 2950, "USD million", "actual"),
            ("North America", 2024, 3520, "USD million", "actual"),
            ("North America", 2025, 4180, "USD million", "estimate"),
            ("North America", 2026, 5010, "USD million", "estimate"),
            ("Europe", 2022, 1530, "USD million", "actual"),
            ("Europe", 2023, 1880, "USD million", "actual"),
            ("Europe", 2024, 2260, "USD million", "actual"),
            ("Europe", 2025, 2710, "USD million", "estimate"),
            ("Europe", 2026, 3240, "USD million", "estimate"),
            ("Asia Pacific", 2022, 1960, "USD million", "actual"),
            ("Asia Pacific", 2023, 2370, "USD million", "actual"),
            ("Asia Pacific", 2024, 2960, "USD million", "actual"),
            ("Asia Pacific", 2025, 3560, "USD million", "estimate"),
            ("Asia Pacific", 2026, 4200, "USD million", "estimate"),
            ("Total", 2022, 5900, "USD million", "actual"),
            ("Total", 2023, 7200, "USD million", "actual"),
            ("Total", 2024, 8740, "USD million", "actual"),
            ("Total", 2025, 10450, "USD million", "estimate"),
            ("Total", 2026, 12450, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2410 + 1530 + 1960 = 5900; 2950 + 1880 + 2370 = 7200; 3520 + 2260 + 2960 = 8740;
            # 4180 + 2710 + 3560 = 10450; 5010 + 3240 + 4200 = 12450
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a table with a "Note:" line (the CAGR's span) and a "Source:" line under it
    dict(
        text=(
            "AI in HR software market by application (USD million)\n"
            "| Application | 2024 | 2030 | CAGR |\n"
            "|---|---|---|---|\n"
            "| Recruiting and screening | 1,480 | 4,920 | 22.2% |\n"
            "| Workforce analytics | 1,090 | 3,750 | 22.9% |\n"
            "| Learning and development | 640 | 2,410 | 26.4% |\n"
            "| Employee service | 450 | 1,540 | 22.8% |\n"
            "| Total | 3,660 | 12,620 | 22.9% |\n"
            "Note: 2030 figures are forecasts; CAGR covers 2024-2030.\n"
            "Source: Talentry Insights, AI in HR Market Tracker, 2025 edition."
        ),
        obs=[
            ("Recruiting and screening", 2024, 1480, "USD million", "actual"),
            ("Recruiting and screening", 2030, 4920, "USD million", "estimate"),
            ("Workforce analytics", 2024, 1090, "USD million", "actual"),
            ("Workforce analytics", 2030, 3750, "USD million", "estimate"),
            ("Learning and development", 2024, 640, "USD million", "actual"),
            ("Learning and development", 2030, 2410, "USD million", "estimate"),
            ("Employee service", 2024, 450, "USD million", "actual"),
            ("Employee service", 2030, 1540, "USD million", "estimate"),
            ("Total", 2024, 3660, "USD million", "actual"),
            ("Total", 2030, 12620, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (4920 / 1480) ** (1 / 6) - 1 = 22.166% -> 22.2
            ("cagr", "exact"),  # (3750 / 1090) ** (1 / 6) - 1 = 22.867% -> 22.9
            # (2410 / 640) ** (1 / 6) - 1 = 24.731%; bounds (2409.5 / 640.5) -> 24.710%, (2410.5 / 639.5) -> 24.751%:
            # 26.4 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (1540 / 450) ** (1 / 6) - 1 = 22.758% -> 22.8
            ("cagr", "exact"),  # (12620 / 3660) ** (1 / 6) - 1 = 22.913% -> 22.9
            ("hierarchy", "exact"),  # 1480 + 1090 + 640 + 450 = 3660; 4920 + 3750 + 2410 + 1540 = 12620
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "is estimated at USD 18.31 billion in 2025, and is expected to reach USD",
    "The market is projected to grow from USD 7.82 billion in 2025 to USD 62.33 billion by 2032",
    "is predicted to increase from USD 11.92 billion in 2025 to approximately USD 73.64 billion by 2034",
    "Estimates vary: one firm puts it at $2.1 billion, another at $980",
    "north of $12 billion",
    "6.2 percentage points",
    "or 22.8% y/y",
    "In H1 2025 alone",
    "a CAGR of -7.6%",
    "• The forecast: $5.8 billion by 2029 – a 39% CAGR",
    "$19.4 billion AI-in-healthcare market",
    "3.5 billion USD",
    "upwards of $210 billion this year",
    "新浪财经讯",
    "近1.2万亿元",
    "预计2025-2027年市场规模分别为",
    "产业规模突破500亿元",
    "同比下降11.7%",
    "环比增长8.2%",
    "2025年上半年",
    "逾60亿元",
    "年复合增长率(CAGR)",
    "渗透率为9.4%",
    "億元新台幣（約264億美元）",
    "億港元（約18.2億美元）",
    "| Total | 3,660 | 100.0 |",
    "| Sector (USD million) | 2023 | YoY | 2024 | YoY | 2025E | YoY |",
    "| 细分市场 | 规模（亿元） | 占比 |",
    "Unit: RMB 100 million",
    "| 年度 | 產值 | 年增率 |",
)
#: the set's blind score (set when it is first scored)
FLOORS = {"figures_found": 178, "rates_found": 49, "verdicts_right": 64}


if __name__ == "__main__":  # python tests/extract_checkset31.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
