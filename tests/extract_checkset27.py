"""A twenty-seventh check set for the extractor, written blind: a consultancy's insight article, a Hong Kong listed
company's results announcement, news from Malaysia and Singapore, an Australian department's report, a trade magazine's
"by the numbers" box, a venture newsletter, an earnings call, a paper's abstract, an annual "State of" report, news
quoting two forecasters, a European alliance's review, a think tank's note, a health-economics centre's projection in
constant dollars, Chinese business news, a statistics communiqué, consultancies' summaries, a broker's morning notes, a
research institute's release, a prospectus, Taiwan, Macao and trade-press items, and tables in every layout.

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

What this set's sources add to them: in a consultancy's insight article "We estimate that ... spent $2.4 billion on AI
software in 2024" is the market's ``actual`` figure, "By 2030, up from that base, we expect the figure to reach $9.6
billion" its ``estimate``, "implies growth of roughly 26% a year" the CAGR between them (``inferred``, approximate),
contract tools' "about 38% of 2024 spending" a share, "could unlock $18-25 billion a year in lawyers' time by 2030" a
range (two ``value`` claims for 2030) and the jurisdictions boilerplate. In a Hong Kong results announcement the
exchange's disclaimer, the stock code and the year-end date are boilerplate, "the PRC market for ... grew from RMB18.6
billion in 2020 to RMB52.3 billion in 2024, at a CAGR of 29.5%" gives the market's figures in CNY billion and an
``inferred`` rate, "representing a CAGR of 22.1% from 2024 to 2029" a ``stated`` one, the Group's revenue in HK$ and its
growth are expected nowhere and its "market share of approximately 1.7%" is a share. RM and ringgit, S$ and A$ are
currencies the unit table does not hold: "RM1.42 billion (US$318 million)" gives 2024 its observation in USD million,
"31% more than the RM1.08 billion" is a year-on-year rate reached only at the rounding of the ringgit amounts, "exceed 5
billion ringgit (about US$1.1 billion) by 2030" an approximate ``estimate`` in the series' unit (1100), and the firms
surveyed boilerplate; "S$1.35 billion (US$1.0 billion) ... this year" is the dateline's year under a forecast cue
(``estimate``) and "up 27.4 per cent from S$1.06 billion last year" a year-on-year rate with its verdict from the S$
amounts; in an Australian department's report "A$684 million (US$452 million) ... in 2023-24" is 2024's observation (a
financial year counts as the year it ends in), "an increase of 18.5 per cent on the previous year" a rate whose base is
not printed, "A$1.9 billion (US$1.26 billion) by 2029-30" the 2030 ``estimate`` (1260 USD million), "an average annual
growth rate of 18.6 per cent" ``inferred`` with its verdict from the A$ amounts, "41 per cent of spending" a share and
the farms a count, expected nowhere. In a "by the numbers" box each line's figure belongs to the year its line names
("$4.2B — the size of the edge AI chip market in 2024", "$11.8B — where analysts see it by 2029"), "23% — the compound
annual growth rate that implies" is ``inferred``, "61% — share of 2024 revenue" a share and the line's count of vendors
boilerplate. In a venture newsletter only the TAM is the market ("We put the TAM at $7.8B in 2024, growing to $21.4B by
2030"), "a ~22% CAGR" is ``inferred``, approximate and contradicted by its amounts, and the SAM, the SOM, the issue
number and the count of start-ups are expected nowhere. On an earnings call "roughly $3.1 billion last year. Call it $3
billion" gives the year before the call's date its most precise figure (3.1), "north of $8 billion" by fiscal 2028 is an
approximate ``estimate``, "call it 28%" an approximate, ``inferred`` rate reached only at the rounding of "$8 billion",
and the company's own revenue is expected nowhere. In a paper's abstract "USD 12.3 bn (2023)" and "USD 41.9 bn (2030)"
give each bracketed year its figure (USD billion), "over 2023–2030" prints the CAGR's span (``stated``), "44.2% of 2023
revenue" is a share and the institutions and countries boilerplate. In a "State of" report the report's year and chapter
are boilerplate, "up 34% from $6.5 billion a year ago" is a year-on-year rate with its base, "has tripled since 2021,
when buyers spent $2.9 billion" x3 over three years, and venture funding and a survey's answer are expected nowhere. A
story quoting two forecasters for two different years ("$9.4 billion on AI in 2023, according to", "expects spending to
reach $31 billion in 2028") gives each year its figure, and "put that year's growth at 27%" is a year-on-year rate whose
base is not printed. "€2.1 billion ($2.3 billion) in 2024" is EUR billion and its dollar conversion none, "22% more than
2023's €1.72 billion" a year-on-year rate with its base, and the alliance's members and staff boilerplate. A forecast
given as a share of GDP ("the equivalent of 1.4% of GDP by 2035") is expected nowhere, while the market's figures beside
it are, and "an annual growth rate of about 22%" is ``inferred``. "Measured in constant 2023 dollars" names a price
base, no year of a figure. A tracker's "Productivity assistants alone took $5.1 billion, or 39% of the total" is a part
with a share its amounts contradict. "Grew 41.5% to $1.67 billion in 2024 from $1.18 billion in 2023" is a year-on-year
rate with both amounts, "is expected to more than double by 2027" x2 over three years and "roughly half" a fraction in
words. In 第一财经-style news the dateline is boilerplate, 据……统计 gives the market's figure, 同比增长28.7% a rate whose base is
not printed and 预计2025年……同比增长25.2% an ``estimate`` with its year-on-year rate. In a 统计公报 the title year is boilerplate,
全年工业机器人产量55.6万套 an observation of the product (``工业机器人``, ``count 10 thousand``), 人工智能核心产业企业营业收入1.12万亿元 the market's
figure (CNY trillion), each 比上年增长 a year-on-year rate, and the count of firms boilerplate. In a 头豹-style 摘要 the report's
title year is boilerplate, 由2019年的……增长至2024年的……，年复合增长率为 leaves the rate's span to the amounts (``inferred``) and
2024-2029年复合增长率 prints it (``stated``). In a broker's 晨会纪要 the date and the rating are boilerplate, 我们预计 gives the
``estimate`` figures, 预计2024-2027年CAGR为31.5% is ``stated`` and contradicted by its amounts, and 约1,160亿元 the 2024 base
at its printed figure. In a 中国电子信息产业发展研究院 release 规模达 is the market's figure, 同比增长62.3% a rate whose base is not printed
and 其中通用大模型规模为118.2亿元，占比40.1% a part (``通用大模型``) with a share and its ``arithmetic`` verdict. In a 招股说明书 报告期内 the
company's 营业收入 are expected nowhere, 根据……的资料 gives the industry's 市场规模 (``Total``), and 2024-2028年复合增长率 prints its span.
In a 工商時報-style item the reporter and the date are boilerplate, 新台幣1,285億元（約39.6億美元） gives 今年 (the dateline's year) its
``estimate`` in USD 100 million, 較去年的1,093億元年增17.6% is a year-on-year rate whose verdict comes from the 新台幣 amounts,
明年可望突破1,500億元 (新台幣) no observation, and 逾四成 a fraction in words. In a Macao item 澳門元 is a currency the unit table does
not hold: 去年達9.8億澳門元（約1.22億美元） gives 2024 its observation in US$, 較2023年的7.6億澳門元增長28.9% a rate with its verdict from the
澳門元 amounts, and the 2027 target in 澳門元 and the firms to be supported are expected nowhere. 同比增长超过35% is a lower-bound
rate at its printed figure, and 渗透率 with its 同比增长11.5个百分点 is no share and no rate. 较2023年的44.7亿元接近翻番 is x2 over one
year. 首次超万亿元，达到1.08万亿元 is the year's figure at its most precise statement (1.08 CNY trillion), and 年均复合增长率约10.6% after a
预计 to 2027 ``inferred``. In a Taiwan institute's release 今（20）日 is a date, 較2024年的1,120億美元成長37.5% a year-on-year rate
with its base (USD 100 million), and 其中邊緣AI晶片占比約18% a share. 其中泊车辅助软件为71.2亿元，占比约35% is a part whose share its amounts
contradict, and 相比2023年的538亿元增长13.6% a rate reached only at the rounding of its amounts, 国产品牌市场份额 a share. In tables: a
markdown table with "2023A | 2024A | 2025E | 2026E" headers under a first cell "US$ million" gives each segment its
figures, A years ``actual`` and E years ``estimate``, and its Total the whole; a table of regions with "2024 | 2030 |
CAGR" columns gives each region its figures, its CAGR column each row's ``inferred`` rate (the Rest of World's
contradicted by its figures), and its "Global" row the whole; a Chinese table with 细分领域 rows and a 占比 column after each
year gives each cell's share its ``arithmetic`` verdict, its 合计 the whole and its 100.0% no claim; a first header row of
merged years ("| | 2024 | | 2025 | |") over "Value | Share" sub-headers gives each segment its value and share in each
year, 2025 an ``estimate`` as the note under it says; a space-aligned table with thousands separators ("11,443") takes
its unit from the line under it ("figures in US$ million"); a tab-separated table with a "YoY (%)" row under each value
row gives that row's year-on-year rates (one contradicted by its figures), its empty first cell no figure; a vertical
table "年份 | 市场规模（亿元） | 增速" gives its value column to ``市场规模`` and its 增速 column each year's rate (one reached only at
the rounding of its figures, "—" no figure); a Traditional Chinese table under 單位：億美元 gives each row its figures,
2025年(預估) an ``estimate``, its 年增率 row the 合計's year-on-year rates and its 資料來源 line boilerplate; a space-aligned
table's "Change" column gives each row its year-on-year rate ("-3.2%" a negative one); and a table whose estimate
columns carry a footnote star ("2025*", with "* estimate" under it) gives them as ``estimate``, its rows' labels less
their units as items (``Revenue`` in USD billion, ``Units`` in ``count million``). Markets vary (AI in legal, AI in
education, AI in cybersecurity, AI in agriculture, edge AI chips, AI meeting assistants, AI in grid operations, AI in
retail, AI in energy, AI assistants, AI in hospitals, AI客服, 工业机器人, 智慧医疗, AI芯片, AI大模型, 智能驾驶, 智慧家居, 智慧旅遊, AI教育, 智能家居,
AI晶片); publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset27.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------- English prose
    dict(  # 1: a consultancy's insight article: "we estimate", "By 2030, up from", "could unlock", "$18-25 billion"
        text="Insights — Legal services\nLegal AI's next act\nWe estimate that law firms and in-house legal teams "
             "spent $2.4 billion on AI software in 2024. By 2030, up from that base, we expect the figure to reach "
             "$9.6 billion, which implies growth of roughly 26% a year. Contract review and drafting tools take about "
             "38% of 2024 spending. Beyond the software itself, generative AI could unlock $18-25 billion a year in "
             "lawyers' time by 2030, on our estimates across 14 jurisdictions.",
        obs=[("Total", 2024, 2.4, "USD billion", "actual"), ("Total", 2030, 9.6, "USD billion", "estimate")],
        claims=[("cagr", 26.0, "percent", 2024, 2030, None, "inferred"),
                ("share", 38.0, "percent", 2024, 2024, None),
                ("value", 18.0, "USD billion", 2030, 2030, None), ("value", 25.0, "USD billion", 2030, 2030, None)],
        # (9.6 / 2.4) ** (1/6) - 1 = 4 ** (1/6) - 1 = 25.99%, which rounds to 26%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 2: a Hong Kong results announcement in English: RMB, HK$, "the PRC market", an inferred and a stated CAGR
        text="Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
             "responsibility for the contents of this announcement.\nXUEZHI AI EDUCATION HOLDINGS LIMITED\n(Stock "
             "Code: 2891)\nANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2024\nIndustry "
             "overview\nAccording to the industry report prepared by CIC, the PRC market for AI-powered education "
             "services grew from RMB18.6 billion in 2020 to RMB52.3 billion in 2024, at a CAGR of 29.5%, and is "
             "expected to reach RMB141.7 billion in 2029, representing a CAGR of 22.1% from 2024 to 2029. For the "
             "year, the Group's revenue increased by 18.4% to HK$1,284.6 million, giving us a market share of "
             "approximately 1.7% in the PRC market.",
        obs=[("Total", 2020, 18.6, "CNY billion", "actual"), ("Total", 2024, 52.3, "CNY billion", "actual"),
             ("Total", 2029, 141.7, "CNY billion", "estimate")],
        claims=[("cagr", 29.5, "percent", 2020, 2024, None, "inferred"),
                ("cagr", 22.1, "percent", 2024, 2029, None, "stated"),
                ("share", 1.7, "percent", 2024, 2024, None)],
        # (52.3 / 18.6) ** (1/4) - 1 = 29.49%, which rounds to 29.5%
        # (141.7 / 52.3) ** (1/5) - 1 = 22.06%, which rounds to 22.1%
        verdicts=[("cagr|period", "exact"), ("cagr", "exact")]),
    dict(  # 3: a Malaysian news item: RM and ringgit beside US$, a rate reached only at the rounding of its RM amounts
        text="KUALA LUMPUR, May 6 — Malaysian companies spent RM1.42 billion (US$318 million) on AI-driven "
             "cybersecurity tools in 2024, 31% more than the RM1.08 billion they spent a year earlier, a survey of 260 "
             "firms by the national digital economy agency shows. The agency expects spending to exceed 5 billion "
             "ringgit (about US$1.1 billion) by 2030.",
        obs=[("Total", 2024, 318.0, "USD million", "actual"), ("Total", 2030, 1100.0, "USD million", "estimate")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0)],
        # 1.42 / 1.08 - 1 = 31.48%, not 31% (30.5-31.5); the printed RM amounts allow 1.415 / 1.085 - 1 = 30.41% to
        # 1.425 / 1.075 - 1 = 32.56%, which reaches it: rounding
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 4: an Australian department's report: A$ beside US$, "per cent", financial years 2023-24 and 2029-30
        text="Department of Agriculture — AgTech Insights 2025\nAustralian farm businesses spent an estimated A$684 "
             "million (US$452 million) on AI-enabled agtech in 2023-24, an increase of 18.5 per cent on the previous "
             "year. Under the central scenario, spending reaches A$1.9 billion (US$1.26 billion) by 2029-30, an "
             "average annual growth rate of 18.6 per cent. Broadacre cropping accounted for 41 per cent of spending in "
             "2023-24, and about 9,300 farms reported using at least one AI tool.",
        obs=[("Total", 2024, 452.0, "USD million", "actual"), ("Total", 2030, 1260.0, "USD million", "estimate")],
        claims=[("growth", 18.5, "percent", 2023, 2024, 1.0),
                ("cagr", 18.6, "percent", 2024, 2030, None, "inferred"),
                ("share", 41.0, "percent", 2024, 2024, None)],
        # in A$: (1900 / 684) ** (1/6) - 1 = 18.56%, which rounds to 18.6%; in US$: (1260 / 452) ** (1/6) - 1 = 18.63%,
        # the same; the 18.5 per cent has no printed base
        verdicts=[("cagr|period", "exact")]),
    dict(  # 5: a trade magazine's "by the numbers" box: "$4.2B — the size of ... in 2024"
        text="BY THE NUMBERS: EDGE AI SILICON\n$4.2B — the size of the edge AI chip market in 2024\n$11.8B — where "
             "analysts see it by 2029\n23% — the compound annual growth rate that implies\n61% — share of 2024 revenue "
             "that came from phones and PCs\n7 — vendors that shipped more than 10 million edge AI chips last year",
        obs=[("Total", 2024, 4.2, "USD billion", "actual"), ("Total", 2029, 11.8, "USD billion", "estimate")],
        claims=[("cagr", 23.0, "percent", 2024, 2029, None, "inferred"), ("share", 61.0, "percent", 2024, 2024, None)],
        # (11.8 / 4.2) ** (1/5) - 1 = 22.95%, which rounds to 23%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 6: a venture newsletter: TAM, SAM, SOM; only the TAM is the market; "a ~22% CAGR" its amounts contradict
        text="The Seed Memo — Issue #48\nMarket map: AI meeting assistants\nWe put the TAM at $7.8B in 2024, growing "
             "to $21.4B by 2030, a ~22% CAGR. The SAM (mid-market companies in North America and Europe) is $2.3B, and "
             "a realistic SOM for a seed-stage entrant is $180M. We count 64 funded start-ups in the space.",
        obs=[("Total", 2024, 7.8, "USD billion", "actual"), ("Total", 2030, 21.4, "USD billion", "estimate")],
        claims=[("cagr", 22.0, "percent", 2024, 2030, None, "inferred")],
        # (21.4 / 7.8) ** (1/6) - 1 = 18.32%; at most (21.45 / 7.75) ** (1/6) - 1 = 18.49% and at least
        # (21.35 / 7.85) ** (1/6) - 1 = 18.15% with rounding: far from 22% (21.5-22.5)
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 7: an earnings-call answer: "roughly", "Call it", "north of", an approximate rate within rounding
        text="Q4 FY2025 earnings call, February 20, 2025\nAnalyst: Can you size the opportunity in grid software for "
             "us?\nCEO: Sure. We think AI in grid operations was roughly $3.1 billion last year. Call it $3 billion. "
             "By fiscal 2028 we see it north of $8 billion, so you're talking about a growth rate in the high "
             "twenties, call it 28%. Our own grid revenue was $412 million, so there's a lot of room.",
        obs=[("Total", 2024, 3.1, "USD billion", "actual"), ("Total", 2028, 8.0, "USD billion", "estimate")],
        claims=[("cagr", 28.0, "percent", 2024, 2028, None, "inferred")],
        # (8 / 3.1) ** (1/4) - 1 = 26.75%, not 28% (27.5-28.5); "$8 billion" printed to the unit allows
        # (7.5 / 3.15) ** (1/4) - 1 = 24.22% to (8.5 / 3.05) ** (1/4) - 1 = 29.21%, which reaches it: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 8: a research abstract: "USD 12.3 bn (2023)", "over 2023–2030"
        text="Abstract\nWe estimate the global market for AI in education at USD 12.3 bn (2023) and project USD 41.9 "
             "bn (2030) under baseline assumptions, a CAGR of 19.1% over 2023–2030. Adaptive learning platforms "
             "accounted for 44.2% of 2023 revenue. Our panel covers 1,140 institutions in 38 countries.",
        obs=[("Total", 2023, 12.3, "USD billion", "actual"), ("Total", 2030, 41.9, "USD billion", "estimate")],
        claims=[("cagr", 19.1, "percent", 2023, 2030, None, "stated"), ("share", 44.2, "percent", 2023, 2023, None)],
        # (41.9 / 12.3) ** (1/7) - 1 = 19.14%, which rounds to 19.1%
        verdicts=[("cagr", "exact")]),
    dict(  # 9: an annual "State of" report: "up from", "a year ago", "has tripled since 2021"
        text="State of AI Security 2025 — Chapter 3: Spending\nEnterprise spending on AI-native security tools reached "
             "$8.7 billion in 2024, up 34% from $6.5 billion a year ago. The category has tripled since 2021, when "
             "buyers spent $2.9 billion on it. Venture funding for AI security start-ups rose to $3.6 billion, and 58% "
             "of the security chiefs we surveyed plan to raise their budgets.",
        obs=[("Total", 2021, 2.9, "USD billion", "actual"), ("Total", 2023, 6.5, "USD billion", "actual"),
             ("Total", 2024, 8.7, "USD billion", "actual")],
        claims=[("growth", 34.0, "percent", 2023, 2024, 1.0), ("multiple", 3.0, "multiple", 2021, 2024, 3.0)],
        # 8.7 / 6.5 - 1 = 33.85%, which rounds to 34%; 8.7 / 2.9 = 3.0, tripled (no verdict)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 10: a news story quoting two figures for two different years from two sources
        text="Retail AI spending is climbing fast, though forecasters disagree on how fast. Retailers worldwide spent "
             "$9.4 billion on AI in 2023, according to Northbeam Research, which put that year's growth at 27%. "
             "Halvorsen Analytics, using a broader definition, expects spending to reach $31 billion in 2028.",
        obs=[("Total", 2023, 9.4, "USD billion", "actual"), ("Total", 2028, 31.0, "USD billion", "estimate")],
        claims=[("growth", 27.0, "percent", 2022, 2023, 1.0)],
        # no base for the 27% is printed, and no rate joins the two sources' figures
        verdicts=[]),
    dict(  # 11: a currency conversion in brackets, "€2.1 billion ($2.3 billion)": the euro figure is the observation
        text="Europe's market for AI in energy trading and grid management reached €2.1 billion ($2.3 billion) in "
             "2024, 22% more than 2023's €1.72 billion, the European Energy AI Alliance said in its annual review. It "
             "expects €5.4 billion ($5.9 billion) by 2029. The alliance's 112 members employ some 40,000 people.",
        obs=[("Total", 2023, 1.72, "EUR billion", "actual"), ("Total", 2024, 2.1, "EUR billion", "actual"),
             ("Total", 2029, 5.4, "EUR billion", "estimate")],
        claims=[("growth", 22.0, "percent", 2023, 2024, 1.0)],
        # 2.1 / 1.72 - 1 = 22.09%, which rounds to 22%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 12: a forecast given as a share of GDP (expected nowhere) beside the market's figures
        text="Our model suggests that workplace AI assistants could lift output by the equivalent of 1.4% of GDP by "
             "2035 in advanced economies. The market for the assistants themselves was worth $14.2 billion in 2024 and "
             "should reach $46.8 billion in 2030, an annual growth rate of about 22%.",
        obs=[("Total", 2024, 14.2, "USD billion", "actual"), ("Total", 2030, 46.8, "USD billion", "estimate")],
        claims=[("cagr", 22.0, "percent", 2024, 2030, None, "inferred")],
        # (46.8 / 14.2) ** (1/6) - 1 = 21.99%, which rounds to 22%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: a market size "in constant 2023 dollars"
        text="Measured in constant 2023 dollars, US hospital spending on AI will grow from $18.5 billion in 2024 to "
             "$39.0 billion in 2030, a real compound growth rate of 13.2% a year, according to the Center for Health "
             "Technology Economics. Imaging accounts for 31% of 2024 spending.",
        obs=[("Total", 2024, 18.5, "USD billion", "actual"), ("Total", 2030, 39.0, "USD billion", "estimate")],
        claims=[("cagr", 13.2, "percent", 2024, 2030, None, "inferred"), ("share", 31.0, "percent", 2024, 2024, None)],
        # (39.0 / 18.5) ** (1/6) - 1 = 13.24%, which rounds to 13.2%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 14: a Singapore news item: S$ beside US$, "this year", "last year", "per cent"
        text="SINGAPORE, Feb 12, 2025 — Businesses here are expected to spend S$1.35 billion (US$1.0 billion) on AI "
             "customer-service tools this year, up 27.4 per cent from S$1.06 billion last year, according to a report "
             "by the Infocomm Media Development Authority. About 62 per cent of the spending will come from financial "
             "services and retail.",
        obs=[("Total", 2025, 1.0, "USD billion", "estimate")],
        claims=[("growth", 27.4, "percent", 2024, 2025, 1.0), ("share", 62.0, "percent", 2025, 2025, None)],
        # in S$: 1.35 / 1.06 - 1 = 27.36%, which rounds to 27.4%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 15: a tracker's part with a share its amounts contradict
        text="Consumers paid $11.6 billion for AI assistant subscriptions in 2024, according to app-market tracker "
             "Sensor Metrics. Productivity assistants alone took $5.1 billion, or 39% of the total, while companion "
             "apps made up most of the rest.",
        obs=[("Total", 2024, 11.6, "USD billion", "actual"),
             ("Productivity assistants", 2024, 5.1, "USD billion", "actual")],
        claims=[("share", 39.0, "percent", 2024, 2024, None)],
        # 5.1 / 11.6 = 43.97%; at least 5.05 / 11.65 = 43.35% and at most 5.15 / 11.55 = 44.59%: not 39% (38.5-39.5)
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 16: a year-on-year rate with both amounts, "more than double by 2027"
        text="Data-centre operators' spending on AI software for energy optimisation grew 41.5% to $1.67 billion in "
             "2024 from $1.18 billion in 2023, and is expected to more than double by 2027, Grid & Compute Weekly "
             "reports. Cooling control accounts for roughly half of it.",
        obs=[("Total", 2023, 1.18, "USD billion", "actual"), ("Total", 2024, 1.67, "USD billion", "actual")],
        claims=[("growth", 41.5, "percent", 2023, 2024, 1.0), ("multiple", 2.0, "multiple", 2024, 2027, 3.0)],
        # 1.67 / 1.18 - 1 = 41.53%, which rounds to 41.5%; the doubling has no 2027 amount (no verdict)
        verdicts=[("cagr|implied", "exact")]),
    # ------------------------------------------------------------------------------------------- Chinese prose
    dict(  # 17: 第一财经-style news: 据……统计, 同比增长, 预计, 亿元
        text="第一财经 2025-03-18 据艾瑞咨询统计，2024年中国AI客服市场规模达到126.4亿元，同比增长28.7%。随着大模型在售后、"
             "营销等场景加速落地，预计2025年市场规模将达到158.3亿元，同比增长25.2%。",
        obs=[("Total", 2024, 126.4, "CNY 100 million", "actual"),
             ("Total", 2025, 158.3, "CNY 100 million", "estimate")],
        claims=[("growth", 28.7, "percent", 2023, 2024, 1.0), ("growth", 25.2, "percent", 2024, 2025, 1.0)],
        # 158.3 / 126.4 - 1 = 25.24%, which rounds to 25.2%; the 28.7% has no printed base
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 18: a 国家统计局-style 公报: 比上年增长, 万亿元, output in 万套
        text="中华人民共和国2024年国民经济和社会发展统计公报（节选）\n全年工业机器人产量55.6万套，比上年增长14.2%。规模以上人工智能"
             "核心产业企业营业收入1.12万亿元，比上年增长13.6%。年末规模以上人工智能企业数量超过4,500家。",
        obs=[("工业机器人", 2024, 55.6, "count 10 thousand", "actual"), ("Total", 2024, 1.12, "CNY trillion", "actual")],
        claims=[("growth", 14.2, "percent", 2023, 2024, 1.0), ("growth", 13.6, "percent", 2023, 2024, 1.0)],
        # neither rate's base is printed
        verdicts=[]),
    dict(  # 19: a 头豹研究院-style 报告摘要: 市场规模由……增长至……, 年复合增长率, 预计……年
        text="头豹研究院《2025年中国AI智慧医疗行业概览》摘要：中国AI智慧医疗市场规模由2019年的38.6亿元增长至2024年的187.5亿元，"
             "年复合增长率为37.2%。受益于医疗大模型和辅助诊断产品的商业化，头豹研究院预计2029年市场规模将达到612.4亿元，"
             "2024-2029年复合增长率为26.7%。",
        obs=[("Total", 2019, 38.6, "CNY 100 million", "actual"), ("Total", 2024, 187.5, "CNY 100 million", "actual"),
             ("Total", 2029, 612.4, "CNY 100 million", "estimate")],
        claims=[("cagr", 37.2, "percent", 2019, 2024, None, "inferred"),
                ("cagr", 26.7, "percent", 2024, 2029, None, "stated")],
        # (187.5 / 38.6) ** (1/5) - 1 = 37.18%, which rounds to 37.2%
        # (612.4 / 187.5) ** (1/5) - 1 = 26.71%, which rounds to 26.7%
        verdicts=[("cagr|period", "exact"), ("cagr", "exact")]),
    dict(  # 20: a 券商 晨会纪要: 我们预计, 预计2024-2027年CAGR为, a stated CAGR its amounts contradict
        text="晨会纪要（2025年4月9日）\n【电子｜AI芯片】国产替代加速。我们预计2025年国内AI芯片市场规模为1,530亿元，2027年达到"
             "2,680亿元，预计2024-2027年CAGR为31.5%；2024年市场规模约1,160亿元。维持行业“推荐”评级。",
        obs=[("Total", 2024, 1160.0, "CNY 100 million", "actual"),
             ("Total", 2025, 1530.0, "CNY 100 million", "estimate"),
             ("Total", 2027, 2680.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.5, "percent", 2024, 2027, None, "stated")],
        # (2680 / 1160) ** (1/3) - 1 = 32.20%; (2679.5 / 1160.5) ** (1/3) - 1 = 32.17% to
        # (2680.5 / 1159.5) ** (1/3) - 1 = 32.23% with rounding: not 31.5% (31.45-31.55)
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 21: 中国电子信息产业发展研究院: 规模达……亿元, 同比增长……%, 其中……占比
        text="中国电子信息产业发展研究院发布的报告显示，2024年我国AI大模型市场规模达294.6亿元，同比增长62.3%，其中通用大模型"
             "规模为118.2亿元，占比40.1%。",
        obs=[("Total", 2024, 294.6, "CNY 100 million", "actual"),
             ("通用大模型", 2024, 118.2, "CNY 100 million", "actual")],
        claims=[("growth", 62.3, "percent", 2023, 2024, 1.0), ("share", 40.1, "percent", 2024, 2024, None)],
        # 118.2 / 294.6 = 40.12%, which rounds to 40.1%; the 62.3% has no printed base
        verdicts=[("arithmetic", "exact")]),
    dict(  # 22: a 招股说明书: 报告期内 营业收入 (the company's, expected nowhere) beside the industry's 市场规模
        text="报告期内，公司营业收入分别为3.42亿元、5.87亿元和9.16亿元，主要来自智能驾驶域控制器的销售。根据灼识咨询的资料，"
             "中国智能驾驶解决方案市场规模由2022年的386亿元增长至2024年的912亿元，预计2028年将达到3,260亿元，2024-2028年"
             "复合增长率为37.5%。",
        obs=[("Total", 2022, 386.0, "CNY 100 million", "actual"), ("Total", 2024, 912.0, "CNY 100 million", "actual"),
             ("Total", 2028, 3260.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 37.5, "percent", 2024, 2028, None, "stated")],
        # (3260 / 912) ** (1/4) - 1 = 37.50%, which rounds to 37.5%
        verdicts=[("cagr", "exact")]),
    dict(  # 23: a Traditional Chinese 工商時報-style item: 產值, 年增, 億元 (新台幣), 今年, 明年
        text="【記者林志豪／台北報導】2025/05/13 工研院產科國際所昨（12）日預估，今年台灣智慧家居產值將達新台幣1,285億元"
             "（約39.6億美元），較去年的1,093億元年增17.6%，明年可望突破1,500億元。其中智慧音箱與門鎖合計占比逾四成。",
        obs=[("Total", 2025, 39.6, "USD 100 million", "estimate")],
        claims=[("growth", 17.6, "percent", 2024, 2025, 1.0)],
        # in 新台幣: 1285 / 1093 - 1 = 17.57%, which rounds to 17.6%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 24: a Macao item in Traditional Chinese: 澳門元 beside 美元
        text="【澳門訊】2025年3月10日 經濟及科技發展局表示，本澳智慧旅遊AI應用市場規模去年達9.8億澳門元（約1.22億美元），"
             "較2023年的7.6億澳門元增長28.9%；當局預計2027年將超過20億澳門元，並計劃支持30家本地企業。",
        obs=[("Total", 2024, 1.22, "USD 100 million", "actual")],
        claims=[("growth", 28.9, "percent", 2023, 2024, 1.0)],
        # in 澳門元: 9.8 / 7.6 - 1 = 28.95%, which rounds to 28.9% (|28.947 - 28.9| < 0.05)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 25: 增长超过X% (a lower-bound rate) and 同比增长X个百分点 (no rate)
        text="据中国教育装备行业协会数据，2024年我国AI教育硬件市场规模达到412亿元，同比增长超过35%。其中搭载大模型的学习机"
             "渗透率为38%，同比增长11.5个百分点。",
        obs=[("Total", 2024, 412.0, "CNY 100 million", "actual")],
        claims=[("growth", 35.0, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 26: 接近翻番 (x2 over one year)
        text="2024年，国内AI辅助诊断软件销售额为86.3亿元，较2023年的44.7亿元接近翻番，主要受益于三级医院的集中采购。",
        obs=[("Total", 2023, 44.7, "CNY 100 million", "actual"), ("Total", 2024, 86.3, "CNY 100 million", "actual")],
        claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0)],
        # 86.3 / 44.7 = 1.93, nearly doubled (no verdict)
        verdicts=[]),
    dict(  # 27: 超万亿元 (a threshold) beside the year's precise figure, 年均复合增长率约
        text="据中国家用电器研究院测算，2024年我国智能家居市场规模首次超万亿元，达到1.08万亿元，同比增长9.6%；预计2027年将"
             "达到1.46万亿元，年均复合增长率约10.6%。",
        obs=[("Total", 2024, 1.08, "CNY trillion", "actual"), ("Total", 2027, 1.46, "CNY trillion", "estimate")],
        claims=[("growth", 9.6, "percent", 2023, 2024, 1.0), ("cagr", 10.6, "percent", 2024, 2027, None, "inferred")],
        # (1.46 / 1.08) ** (1/3) - 1 = 10.57%, which rounds to 10.6%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 28: a Taiwan institute's release in Traditional Chinese: 億美元, 成長, 占比約
        text="資策會產業情報研究所（MIC）今（20）日發布研究指出，2025年全球AI晶片市場規模預計達1,540億美元，較2024年的1,120億"
             "美元成長37.5%；其中邊緣AI晶片占比約18%。",
        obs=[("Total", 2024, 1120.0, "USD 100 million", "actual"),
             ("Total", 2025, 1540.0, "USD 100 million", "estimate")],
        claims=[("growth", 37.5, "percent", 2024, 2025, 1.0), ("share", 18.0, "percent", 2025, 2025, None)],
        # 1540 / 1120 - 1 = 37.50%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 29: a part whose 占比 its amounts contradict
        text="2024年我国智能驾驶软件市场规模为236.8亿元，其中泊车辅助软件为71.2亿元，占比约35%，仍是量产落地最多的细分赛道。",
        obs=[("Total", 2024, 236.8, "CNY 100 million", "actual"),
             ("泊车辅助软件", 2024, 71.2, "CNY 100 million", "actual")],
        claims=[("share", 35.0, "percent", 2024, 2024, None)],
        # 71.2 / 236.8 = 30.07%; 71.15 / 236.85 = 30.04% to 71.25 / 236.75 = 30.10% with rounding: not 35% (34.5-35.5)
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 30: 相比2023年的……增长 reached only at the rounding of its amounts; a domestic brands' share
        text="高工机器人产业研究所（GGII）数据显示，2024年中国工业机器人市场销售额为612亿元，相比2023年的538亿元增长13.6%，"
             "国产品牌市场份额提升至47.3%。",
        obs=[("Total", 2023, 538.0, "CNY 100 million", "actual"), ("Total", 2024, 612.0, "CNY 100 million", "actual")],
        claims=[("growth", 13.6, "percent", 2023, 2024, 1.0), ("share", 47.3, "percent", 2024, 2024, None)],
        # 612 / 538 - 1 = 13.75%, not 13.6% (13.55-13.65); 611.5 / 538.5 - 1 = 13.56% to 612.5 / 537.5 - 1 = 13.95%
        # with rounding, which reaches it: rounding
        verdicts=[("cagr|implied", "rounding")]),
    # ------------------------------------------------------------------------------------------------- tables
    dict(  # 31: a markdown table with "2023A | 2024A | 2025E | 2026E" headers under "US$ million"
        text="Table 2: Legal AI software revenue by segment\n"
             "| US$ million | 2023A | 2024A | 2025E | 2026E |\n"
             "|---|---|---|---|---|\n"
             "| Contract analytics | 820 | 1,040 | 1,310 | 1,620 |\n"
             "| Legal research | 610 | 780 | 960 | 1,170 |\n"
             "| E-discovery | 430 | 520 | 640 | 760 |\n"
             "| Total | 1,860 | 2,340 | 2,910 | 3,550 |\n",
        obs=[("Contract analytics", 2023, 820.0, "USD million", "actual"),
             ("Contract analytics", 2024, 1040.0, "USD million", "actual"),
             ("Contract analytics", 2025, 1310.0, "USD million", "estimate"),
             ("Contract analytics", 2026, 1620.0, "USD million", "estimate"),
             ("Legal research", 2023, 610.0, "USD million", "actual"),
             ("Legal research", 2024, 780.0, "USD million", "actual"),
             ("Legal research", 2025, 960.0, "USD million", "estimate"),
             ("Legal research", 2026, 1170.0, "USD million", "estimate"),
             ("E-discovery", 2023, 430.0, "USD million", "actual"),
             ("E-discovery", 2024, 520.0, "USD million", "actual"),
             ("E-discovery", 2025, 640.0, "USD million", "estimate"),
             ("E-discovery", 2026, 760.0, "USD million", "estimate"),
             ("Total", 2023, 1860.0, "USD million", "actual"), ("Total", 2024, 2340.0, "USD million", "actual"),
             ("Total", 2025, 2910.0, "USD million", "estimate"), ("Total", 2026, 3550.0, "USD million", "estimate")],
        claims=[],
        # 820 + 610 + 430 = 1860; 1040 + 780 + 520 = 2340; 1310 + 960 + 640 = 2910; 1620 + 1170 + 760 = 3550
        verdicts=[("hierarchy", "exact")]),
    dict(  # 32: regions with "2024 | 2030 | CAGR", a "Rest of World" row and a "Global" total
        text="Exhibit 7: AI in agriculture market by region (US$ billion)\n"
             "| Region | 2024 | 2030 | CAGR |\n"
             "|---|---|---|---|\n"
             "| North America | 1.42 | 4.10 | 19.3% |\n"
             "| Europe | 0.96 | 2.55 | 17.7% |\n"
             "| Asia-Pacific | 1.18 | 4.02 | 22.7% |\n"
             "| Rest of World | 0.34 | 1.03 | 21.4% |\n"
             "| Global | 3.90 | 11.70 | 20.1% |\n",
        obs=[("North America", 2024, 1.42, "USD billion", "actual"),
             ("North America", 2030, 4.10, "USD billion", "estimate"),
             ("Europe", 2024, 0.96, "USD billion", "actual"), ("Europe", 2030, 2.55, "USD billion", "estimate"),
             ("Asia-Pacific", 2024, 1.18, "USD billion", "actual"),
             ("Asia-Pacific", 2030, 4.02, "USD billion", "estimate"),
             ("Rest of World", 2024, 0.34, "USD billion", "actual"),
             ("Rest of World", 2030, 1.03, "USD billion", "estimate"),
             ("Global", 2024, 3.90, "USD billion", "actual"), ("Global", 2030, 11.70, "USD billion", "estimate")],
        claims=[("cagr", 19.3, "percent", 2024, 2030, None, "inferred"),
                ("cagr", 17.7, "percent", 2024, 2030, None, "inferred"),
                ("cagr", 22.7, "percent", 2024, 2030, None, "inferred"),
                ("cagr", 21.4, "percent", 2024, 2030, None, "inferred"),
                ("cagr", 20.1, "percent", 2024, 2030, None, "inferred")],
        # (4.10 / 1.42) ** (1/6) - 1 = 19.33% -> 19.3%; (2.55 / 0.96): 17.68% -> 17.7%; (4.02 / 1.18): 22.67% -> 22.7%;
        # (1.03 / 0.34): 20.29%, at most (1.035 / 0.335) ** (1/6) - 1 = 20.68% and at least (1.025 / 0.345): 19.90%
        # with rounding: not 21.4% (21.35-21.45); (11.70 / 3.90) = 3 ** (1/6) - 1 = 20.09% -> 20.1%.
        # 1.42 + 0.96 + 1.18 + 0.34 = 3.90; 4.10 + 2.55 + 4.02 + 1.03 = 11.70
        verdicts=[("cagr|period", "exact"), ("cagr|period", "exact"), ("cagr|period", "exact"),
                  ("cagr|period", "inconsistent"), ("cagr|period", "exact"), ("hierarchy", "exact")]),
    dict(  # 33: a Chinese table with 细分领域 rows and a 占比 column after each year
        text="表3：中国AI客服市场细分领域规模及占比\n"
             "| 细分领域 | 2023年（亿元） | 占比 | 2024年（亿元） | 占比 |\n"
             "|---|---|---|---|---|\n"
             "| 金融 | 34.6 | 38.4% | 45.2 | 37.3% |\n"
             "| 电商零售 | 29.8 | 33.1% | 41.7 | 34.4% |\n"
             "| 政务及公共服务 | 25.7 | 28.5% | 34.3 | 28.3% |\n"
             "| 合计 | 90.1 | 100.0% | 121.2 | 100.0% |\n"
             "资料来源：行业访谈，研究院整理\n",
        obs=[("金融", 2023, 34.6, "CNY 100 million", "actual"), ("金融", 2024, 45.2, "CNY 100 million", "actual"),
             ("电商零售", 2023, 29.8, "CNY 100 million", "actual"),
             ("电商零售", 2024, 41.7, "CNY 100 million", "actual"),
             ("政务及公共服务", 2023, 25.7, "CNY 100 million", "actual"),
             ("政务及公共服务", 2024, 34.3, "CNY 100 million", "actual"),
             ("合计", 2023, 90.1, "CNY 100 million", "actual"), ("合计", 2024, 121.2, "CNY 100 million", "actual")],
        claims=[("share", 38.4, "percent", 2023, 2023, None), ("share", 37.3, "percent", 2024, 2024, None),
                ("share", 33.1, "percent", 2023, 2023, None), ("share", 34.4, "percent", 2024, 2024, None),
                ("share", 28.5, "percent", 2023, 2023, None), ("share", 28.3, "percent", 2024, 2024, None)],
        # 34.6 / 90.1 = 38.40%; 45.2 / 121.2 = 37.29%; 29.8 / 90.1 = 33.07%; 41.7 / 121.2 = 34.41%;
        # 25.7 / 90.1 = 28.52%; 34.3 / 121.2 = 28.30%: each rounds to its printed share.
        # 34.6 + 29.8 + 25.7 = 90.1; 45.2 + 41.7 + 34.3 = 121.2
        verdicts=[("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 34: a first header row of merged years ("| | 2024 | | 2025 | |") over "Value | Share" sub-headers
        text="Global AI in retail by segment (US$ billion)\n"
             "| | 2024 | | 2025 | |\n"
             "|---|---|---|---|---|\n"
             "| Segment | Value | Share | Value | Share |\n"
             "| Personalisation | 3.8 | 40% | 4.9 | 41% |\n"
             "| Demand forecasting | 2.9 | 31% | 3.6 | 30% |\n"
             "| Store analytics | 2.7 | 29% | 3.5 | 29% |\n"
             "| Total | 9.4 | 100% | 12.0 | 100% |\n"
             "2025 figures are forecasts.\n",
        obs=[("Personalisation", 2024, 3.8, "USD billion", "actual"),
             ("Personalisation", 2025, 4.9, "USD billion", "estimate"),
             ("Demand forecasting", 2024, 2.9, "USD billion", "actual"),
             ("Demand forecasting", 2025, 3.6, "USD billion", "estimate"),
             ("Store analytics", 2024, 2.7, "USD billion", "actual"),
             ("Store analytics", 2025, 3.5, "USD billion", "estimate"),
             ("Total", 2024, 9.4, "USD billion", "actual"), ("Total", 2025, 12.0, "USD billion", "estimate")],
        claims=[("share", 40.0, "percent", 2024, 2024, None), ("share", 41.0, "percent", 2025, 2025, None),
                ("share", 31.0, "percent", 2024, 2024, None), ("share", 30.0, "percent", 2025, 2025, None),
                ("share", 29.0, "percent", 2024, 2024, None), ("share", 29.0, "percent", 2025, 2025, None)],
        # 3.8 / 9.4 = 40.4%; 4.9 / 12.0 = 40.8%; 2.9 / 9.4 = 30.9%; 3.6 / 12.0 = 30.0%; 2.7 / 9.4 = 28.7%;
        # 3.5 / 12.0 = 29.2%: each rounds to its printed share. 3.8 + 2.9 + 2.7 = 9.4; 4.9 + 3.6 + 3.5 = 12.0
        verdicts=[("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 35: a space-aligned table with thousands separators and a unit line under it
        text="AI cybersecurity spending by region\nRegion             2023      2024     2025E\nNorth America     "
             "4,812     6,035     7,410\nEurope            2,206     2,790     3,455\nAsia Pacific      1,934     "
             "2,618     3,390\nTotal             8,952    11,443    14,255\nSource: Sentinel Research estimates; "
             "figures in US$ million\n",
        obs=[("North America", 2023, 4812.0, "USD million", "actual"),
             ("North America", 2024, 6035.0, "USD million", "actual"),
             ("North America", 2025, 7410.0, "USD million", "estimate"),
             ("Europe", 2023, 2206.0, "USD million", "actual"), ("Europe", 2024, 2790.0, "USD million", "actual"),
             ("Europe", 2025, 3455.0, "USD million", "estimate"),
             ("Asia Pacific", 2023, 1934.0, "USD million", "actual"),
             ("Asia Pacific", 2024, 2618.0, "USD million", "actual"),
             ("Asia Pacific", 2025, 3390.0, "USD million", "estimate"),
             ("Total", 2023, 8952.0, "USD million", "actual"), ("Total", 2024, 11443.0, "USD million", "actual"),
             ("Total", 2025, 14255.0, "USD million", "estimate")],
        claims=[],
        # 4812 + 2206 + 1934 = 8952; 6035 + 2790 + 2618 = 11443; 7410 + 3455 + 3390 = 14255
        verdicts=[("hierarchy", "exact")]),
    dict(  # 36: a tab-separated table with a "YoY (%)" row under each value row
        text="AI in energy: spending by application (US$ billion)\n"
             "Application\t2023\t2024\t2025E\n"
             "Grid optimisation\t2.40\t3.05\t3.81\n"
             "YoY (%)\t\t27.1\t24.9\n"
             "Predictive maintenance\t1.85\t2.21\t2.62\n"
             "YoY (%)\t\t19.5\t21.6\n",
        obs=[("Grid optimisation", 2023, 2.40, "USD billion", "actual"),
             ("Grid optimisation", 2024, 3.05, "USD billion", "actual"),
             ("Grid optimisation", 2025, 3.81, "USD billion", "estimate"),
             ("Predictive maintenance", 2023, 1.85, "USD billion", "actual"),
             ("Predictive maintenance", 2024, 2.21, "USD billion", "actual"),
             ("Predictive maintenance", 2025, 2.62, "USD billion", "estimate")],
        claims=[("growth", 27.1, "percent", 2023, 2024, 1.0), ("growth", 24.9, "percent", 2024, 2025, 1.0),
                ("growth", 19.5, "percent", 2023, 2024, 1.0), ("growth", 21.6, "percent", 2024, 2025, 1.0)],
        # 3.05 / 2.40 - 1 = 27.08% -> 27.1%; 3.81 / 3.05 - 1 = 24.92% -> 24.9%; 2.21 / 1.85 - 1 = 19.46% -> 19.5%;
        # 2.62 / 2.21 - 1 = 18.55%, at most 2.625 / 2.205 - 1 = 19.05% with rounding: not 21.6% (21.55-21.65)
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "inconsistent")]),
    dict(  # 37: a vertical table "年份 | 市场规模（亿元） | 增速"
        text="图表：2021-2025年中国AI教育市场规模及增速\n"
             "| 年份 | 市场规模（亿元） | 增速 |\n"
             "|---|---|---|\n"
             "| 2021 | 286.4 | — |\n"
             "| 2022 | 331.7 | 15.8% |\n"
             "| 2023 | 398.2 | 20.1% |\n"
             "| 2024 | 482.5 | 21.2% |\n"
             "| 2025E | 571.0 | 18.3% |\n"
             "资料来源：企业调研，行业研究整理\n",
        obs=[("市场规模", 2021, 286.4, "CNY 100 million", "actual"), ("市场规模", 2022, 331.7, "CNY 100 million", "actual"),
             ("市场规模", 2023, 398.2, "CNY 100 million", "actual"), ("市场规模", 2024, 482.5, "CNY 100 million", "actual"),
             ("市场规模", 2025, 571.0, "CNY 100 million", "estimate")],
        claims=[("growth", 15.8, "percent", 2021, 2022, 1.0), ("growth", 20.1, "percent", 2022, 2023, 1.0),
                ("growth", 21.2, "percent", 2023, 2024, 1.0), ("growth", 18.3, "percent", 2024, 2025, 1.0)],
        # 331.7 / 286.4 - 1 = 15.82% -> 15.8%; 398.2 / 331.7 - 1 = 20.05%, not 20.1% (20.05-20.15), but
        # 398.25 / 331.65 - 1 = 20.08% reaches it: rounding; 482.5 / 398.2 - 1 = 21.17% -> 21.2%;
        # 571.0 / 482.5 - 1 = 18.34% -> 18.3%
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "rounding"), ("cagr|implied", "exact"),
                  ("cagr|implied", "exact")]),
    dict(  # 38: a Traditional Chinese table under 單位：億美元 with 2025年(預估) and a 年增率 row
        text="表：2023-2026年全球智慧醫療AI市場規模\n單位：億美元\n"
             "| 項目 | 2023年 | 2024年 | 2025年(預估) | 2026年(預估) |\n"
             "|---|---|---|---|---|\n"
             "| 醫學影像 | 61.2 | 86.5 | 114.0 | 142.0 |\n"
             "| 臨床決策支援 | 15.8 | 21.2 | 27.6 | 35.1 |\n"
             "| 合計 | 77.0 | 107.7 | 141.6 | 177.1 |\n"
             "| 年增率 | — | 39.9% | 31.5% | 25.1% |\n"
             "資料來源：產業研究機構，2025年3月\n",
        obs=[("醫學影像", 2023, 61.2, "USD 100 million", "actual"), ("醫學影像", 2024, 86.5, "USD 100 million", "actual"),
             ("醫學影像", 2025, 114.0, "USD 100 million", "estimate"),
             ("醫學影像", 2026, 142.0, "USD 100 million", "estimate"),
             ("臨床決策支援", 2023, 15.8, "USD 100 million", "actual"),
             ("臨床決策支援", 2024, 21.2, "USD 100 million", "actual"),
             ("臨床決策支援", 2025, 27.6, "USD 100 million", "estimate"),
             ("臨床決策支援", 2026, 35.1, "USD 100 million", "estimate"),
             ("合計", 2023, 77.0, "USD 100 million", "actual"), ("合計", 2024, 107.7, "USD 100 million", "actual"),
             ("合計", 2025, 141.6, "USD 100 million", "estimate"), ("合計", 2026, 177.1, "USD 100 million", "estimate")],
        claims=[("growth", 39.9, "percent", 2023, 2024, 1.0), ("growth", 31.5, "percent", 2024, 2025, 1.0),
                ("growth", 25.1, "percent", 2025, 2026, 1.0)],
        # 107.7 / 77.0 - 1 = 39.87% -> 39.9%; 141.6 / 107.7 - 1 = 31.48% -> 31.5%; 177.1 / 141.6 - 1 = 25.07% -> 25.1%.
        # 61.2 + 15.8 = 77.0; 86.5 + 21.2 = 107.7; 114.0 + 27.6 = 141.6; 142.0 + 35.1 = 177.1
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 39: a space-aligned table with a negative change "-3.2%"
        text="Consumer AI assistant devices, revenue (US$ billion)\nSegment              2023     2024    "
             "Change\nSmart speakers       5.00     4.84     -3.2%\nAI earbuds           1.36     2.05     50.7%\nAI "
             "glasses           0.41     1.12    173.2%\nTotal                6.77     8.01     18.3%\n",
        obs=[("Smart speakers", 2023, 5.00, "USD billion", "actual"),
             ("Smart speakers", 2024, 4.84, "USD billion", "actual"),
             ("AI earbuds", 2023, 1.36, "USD billion", "actual"), ("AI earbuds", 2024, 2.05, "USD billion", "actual"),
             ("AI glasses", 2023, 0.41, "USD billion", "actual"), ("AI glasses", 2024, 1.12, "USD billion", "actual"),
             ("Total", 2023, 6.77, "USD billion", "actual"), ("Total", 2024, 8.01, "USD billion", "actual")],
        claims=[("growth", -3.2, "percent", 2023, 2024, 1.0), ("growth", 50.7, "percent", 2023, 2024, 1.0),
                ("growth", 173.2, "percent", 2023, 2024, 1.0), ("growth", 18.3, "percent", 2023, 2024, 1.0)],
        # 4.84 / 5.00 - 1 = -3.20%; 2.05 / 1.36 - 1 = 50.74% -> 50.7%; 1.12 / 0.41 - 1 = 173.17% -> 173.2%;
        # 8.01 / 6.77 - 1 = 18.32% -> 18.3%. 5.00 + 1.36 + 0.41 = 6.77; 4.84 + 2.05 + 1.12 = 8.01
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "exact"), ("hierarchy", "exact")]),
    dict(  # 40: estimates marked by a footnote star ("2025*", with "* estimate" under the table)
        text="Edge AI chips: revenue and shipments\n"
             "Metric\t2022\t2023\t2024\t2025*\t2026*\n"
             "Revenue (US$ bn)\t5.1\t6.8\t9.1\t12.0\t15.4\n"
             "Units (million)\t300\t410\t585\t790\t1,020\n"
             "* estimate\n"
             "Source: Edgeworth Semiconductor Research\n",
        obs=[("Revenue", 2022, 5.1, "USD billion", "actual"), ("Revenue", 2023, 6.8, "USD billion", "actual"),
             ("Revenue", 2024, 9.1, "USD billion", "actual"), ("Revenue", 2025, 12.0, "USD billion", "estimate"),
             ("Revenue", 2026, 15.4, "USD billion", "estimate"),
             ("Units", 2022, 300.0, "count million", "actual"), ("Units", 2023, 410.0, "count million", "actual"),
             ("Units", 2024, 585.0, "count million", "actual"), ("Units", 2025, 790.0, "count million", "estimate"),
             ("Units", 2026, 1020.0, "count million", "estimate")],
        claims=[], verdicts=[]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'could unlock $18-25 billion',
    'By 2030, up from that base',
    'the PRC market for AI-powered education services',
    'RM1.42 billion (US$318 million)',
    'S$1.35 billion (US$1.0 billion)',
    'A$684 million (US$452 million) on AI-enabled agtech in 2023-24',
    '$4.2B — the size of the edge AI chip market in 2024',
    'We put the TAM at $7.8B',
    'Call it $3 billion',
    'north of $8 billion',
    'USD 12.3 bn (2023)',
    'has tripled since 2021',
    '€2.1 billion ($2.3 billion)',
    '1.4% of GDP by 2035',
    'constant 2023 dollars',
    '比上年增长14.2%',
    '市场规模由2019年的38.6亿元增长至2024年的187.5亿元',
    '预计2024-2027年CAGR为31.5%',
    '报告期内，公司营业收入',
    '產值將達新台幣1,285億元',
    '億澳門元',
    '同比增长超过35%',
    '同比增长11.5个百分点',
    '接近翻番',
    '首次超万亿元',
    '| US$ million | 2023A | 2024A | 2025E | 2026E |',
    '| Rest of World |',
    '| | 2024 | | 2025 | |',
    'YoY (%)',
    '2025*',
)
#: the set's blind score (set when it is first scored)
#: raised to 155 figures by the fifty-ninth set's round (a relative year after a bracketed equivalent), to 50 rates by
#: the sixty-fifth's (an official release's whole year as the year its title names)
FLOORS = {"figures_found": 160, "rates_found": 54, "verdicts_right": 57}


if __name__ == "__main__":  # python tests/extract_checkset27.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
