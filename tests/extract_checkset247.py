"""A two-hundred-and-forty-seventh check set for the extractor, written blind: AI in railways and rail freight: AI
predictive maintenance of track, wheels and overhead lines, AI timetabling and traffic management, AI crowding forecasts
and ticket pricing for rail operators, AI inspection of rolling stock from wayside cameras, AI planning of freight
wagons and terminals; sized in money by rail industry bodies, transport ministries, rail regulators, infrastructure
managers, brokers, consultancies, research houses and rail groups' investor days, in the United States, Canada, the
United Kingdom, France, Germany, Italy, Spain, Switzerland (Swiss francs only as an aside), India (rupees only as an
aside), Australia, Japan, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian
dollars, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total rail revenue, rail capital
spending or ticket sales beside the AI part, numbers of trains, wagons, stations, passengers or kilometres of track, a
ticket's price, an operator's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's
percentages.

Snippets 1-20: Twenty snippets on money spent on AI in railways and rail freight: eight English prose texts (a Chicago
wire release on predictive maintenance of track, wheels and overhead lines, an Osaka broker note in fiscal years and
yen, a Paris briefing with three segments and shares, a Munich article quoting two research houses on timetabling and
traffic management, an Omaha rail-technology investor day sizing a TAM for wayside inspection of rolling stock, a Madrid
national strategy with last-year/this-year figures and a target, a correction notice on a Canadian freight story with a
range, an Italian rail blog with 'more than doubled'), seven Chinese prose texts (a rail maintenance report, a Sichuan
plan with 力争到 and 增长2倍, a Xinhua rail-freight story quoting two institutes, a Taiwan rail white paper in 新台幣億元, a Hong
Kong railway story in 億港元, a CNA story with 去年/今年, a broker deep-dive on wayside image inspection with a range) and five
tables (markdown with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned British uses with shares, a
vertical Japanese table with YoY, a tab-separated Indian segment table). Left out: ticket sales, freight and fare
revenue, rail capital spending, counts of cars, trains, stations, passengers, tonnes and kilometres, fares, operators'
revenue, margins, orders and share goals, funding rounds and valuations, quarter figures, survey answers, rupees, Swiss
francs and Canadian dollars, a second house's figure, a misstated range. Inconsistent: the Munich 20% CAGR, the Xinhua
26.3% YoY, Italy's 21.4% CAGR row, India's 2024 Total. Only by rounding: the Osaka CAGR, the Paris 15% share, the Madrid
25%, the Sichuan 32.5%, the Taiwan 19.1% CAGR, the CNA 16%, the 2024年 合计, the British timetabling share and Japan's 2023
YoY.

Snippets 21-40: Twenty snippets on AI in railways and rail freight (predictive maintenance of track, wheels and overhead
lines, timetabling and traffic management, crowding forecasts and ticket pricing, wayside-camera inspection of rolling
stock, planning of freight wagons and terminals): eight English prose pieces (a US inspection firm's earnings call
sizing a North American TAM with this year and last year, a British working-paper abstract with a 2030 figure in
billions, a German thread with a Swiss-franc aside, a Madrid article with a correction line, a Turin shareholder letter
with a 2019 figure in millions converted to billions, a threefold multiple and an inferred-span CAGR, Brisbane investor-
day slides with an Australian-dollar aside, a forum answer quoting two British houses, a Mumbai broker note in rupees
with claims but no observations), seven Chinese prose pieces (a Xinhua-style maintenance release, a Chengdu plan with a
part in 万元, a Taipei release in 新台幣億元, a Hong Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027
range, a results-briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-separated yen with a
YoY column, space-aligned pounds with a share column, a vertical Italian table of years with a lone euro column and YoY,
a 億港元 table with a 合計 row). Left out: rail revenue, fares and ticket sales, rail capital spending, counts of trains,
wagons, locomotives, stations, passengers, tonnes and km, operators' own revenue, orders, margins and targets, funding
rounds and valuations, price targets, a quarter's figures, survey percentages, shares in words, francs, Australian
dollars and rupees, a second house's figure, a corrected misprint. Inconsistent: the thread's 19% CAGR, the Hong Kong
25% CAGR, the markdown dispatching CAGR, the yen timetabling YoY. Rounding only: the Madrid 25% share, the forum's 18%,
the Chengdu 25%, the PTT 20%, the briefing's 20% YoY, the markdown freight-car CAGR, two British shares and the Hong
Kong table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 1,280 managers surveyed, the 1.6 million freight cars, the $92 billion of freight
    #    revenue (total rail revenue), the 61% survey answer.
    dict(
        text=(
            "CHICAGO, April 8, 2025 /PRNewswire/ -- North American freight and passenger railroads spent $612 million "
            "on AI predictive maintenance of track, wheels and overhead lines in 2024, up 19% from $514 million in "
            "2023, according to the 2025 Rail Asset Intelligence Outlook released today by Lakeshore Transport "
            "Research. The firm, which surveyed 1,280 maintenance-of-way managers, projects spending of $1.7 billion "
            "by 2031, a compound annual growth rate of 15.7% over 2024-2031. Class I railroads operate some 1.6 "
            "million freight cars and took in roughly $92 billion in freight revenue last year. Some 61% of "
            "respondents said broken rails remained their leading cause of unplanned speed restrictions."
        ),
        obs=[
            ("Total", 2023, 514, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2031, 1700, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 15.7, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 514) ** (1 / 1) - 1 = 19.07% -> 19
            ("cagr|implied", "exact"),  # (1700 / 612) ** (1 / 7) - 1 = 15.71% -> 15.7
        ],
    ),
    # 2. Osaka broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 21%" where the amounts give 20.42%. Expected nowhere: the dateline, the 20,000 km
    #    of track, the ¥14,720 Nozomi fare, India's ₹2,400 crore (rupees, not in the unit table), the covered firm's
    #    revenue, growth, operating margin, target price and upside.
    dict(
        text=(
            "Osaka, 2 June 2025. Japan Railways & Transport, sector note. We size Japan's market for AI track and "
            "overhead-line diagnostics, wayside inspection of rolling stock and AI crowding forecasts at ¥12.6 billion "
            "in FY2024 and forecast ¥31.9 billion by FY2029e, a CAGR of about 21%. The JR group companies run some "
            "20,000 km of track, and a Tokyo-Shin-Osaka Nozomi ticket still costs about ¥14,720. In India, the national "
            "railway has earmarked roughly ₹2,400 crore for similar systems. Our top pick, Kansai Rail Systems (Buy, TP "
            "¥4,850, 22% upside), grew FY2024 revenue 9% to ¥38.4 billion at an 11.6% operating margin."
        ),
        obs=[
            ("Total", 2024, 12.6, "JPY billion", "actual"),
            ("Total", 2029, 31.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (31.9 / 12.6) ** (1 / 5) - 1 = 20.42% -> 20, not 21; bounds (31.85 / 12.65) ** (1/5) - 1 = 20.28%,
            # (31.95 / 12.55) ** (1/5) - 1 = 20.55% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Paris research briefing: a French total in EUR million and three segments with shares (crowding's "some 15%"
    #    holds only by rounding); the 2029 forecast printed in billions is expected converted to EUR million. Expected
    #    nowhere: the 37 operators interviewed, the €11.8 billion of ticket sales (total), the 28,000 km of lines, the
    #    €35 TGV fare.
    dict(
        text=(
            "PARIS, 16 May 2025 - French rail operators and the national infrastructure manager spent €184 million on "
            "AI tools in 2024, according to a briefing from the Institut Seine-Rail de Prospective. Predictive "
            "maintenance of track, wheels and overhead lines took the largest slice, €71 million or about 39%, followed "
            "by AI timetabling and traffic management at €48 million (26%). Crowding forecasts and dynamic ticket "
            "pricing came to €29 million, some 15% of the total. The institute, which interviewed 37 operators, expects "
            "spending to reach €0.52 billion in 2029. French rail operators sold some €11.8 billion of tickets last "
            "year, the network counts about 28,000 km of lines in service, and a Paris-Lyon high-speed fare starts at "
            "€35."
        ),
        obs=[
            ("Total", 2024, 184, "EUR million", "actual"),
            ("Predictive maintenance of track, wheels and overhead lines", 2024, 71, "EUR million", "actual"),
            ("AI timetabling and traffic management", 2024, 48, "EUR million", "actual"),
            ("Crowding forecasts and dynamic ticket pricing", 2024, 29, "EUR million", "actual"),
            ("Total", 2029, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 71 / 184 = 38.59% -> 39
            ("arithmetic", "exact"),  # 48 / 184 = 26.09% -> 26
            # 29 / 184 = 15.76% -> 16, not 15; bounds 28.5 / 184.5 = 15.45%, 29.5 / 183.5 = 16.08% -> 15 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Munich article quoting two research houses on German AI timetabling and traffic management: the first house's
    #    base, target and rates are the snippet's; its "up 21%" holds, its 20% CAGR is inconsistent. Expected nowhere:
    #    Rheinland Bahn Analytics' €171 million for 2024, the €18 billion of rail capital spending, the 33,000 km of
    #    track, the Swiss CHF 40 million (francs, not in the unit table), the 54% poll answer.
    dict(
        text=(
            "MUNICH, 9 July 2025 - German rail operators and infrastructure managers spent €143 million on AI "
            "timetabling, traffic management and conflict-free train-path planning in 2024, up 21% on the €118 million "
            "of 2023, estimates the Munich research house Isartal Mobility Research. It expects €390 million in 2030, "
            "which it describes as compound annual growth of 20% between 2024 and 2030. A second house, Rheinland Bahn "
            "Analytics, puts 2024 spending at €171 million because it also counts signalling upgrades. Germany's "
            "federal rail network will absorb some €18 billion of capital spending this year and runs about 33,000 km "
            "of track. Across the border, Swiss railways spend around CHF 40 million a year on similar tools. In a "
            "poll, 54% of German commuters named delays as their main complaint."
        ),
        obs=[
            ("Total", 2023, 118, "EUR million", "actual"),
            ("Total", 2024, 143, "EUR million", "actual"),
            ("Total", 2030, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (143 / 118) ** (1 / 1) - 1 = 21.19% -> 21
            # (390 / 143) ** (1 / 6) - 1 = 18.20% -> 18, not 20; bounds (389.5 / 143.5) ** (1/6) - 1 = 18.11%,
            # (390.5 / 142.5) ** (1/6) - 1 = 18.30% -> 20 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Omaha rail-technology supplier): the total addressable market it sizes is the market
    #    (Total), in USD billion, with "about a 16% CAGR" over a printed span. Expected nowhere: the company's own
    #    revenue and operating margin, its 4,600 wayside portals, its 15% share goal, the second quarter's $185 million
    #    of orders.
    dict(
        text=(
            "Keystone Rail Technologies Investor Day, Omaha, September 23, 2025 - transcript excerpt. Priya Halvorsen, "
            "chief technology officer: \"We size the total addressable market for AI inspection of rolling stock from "
            "wayside cameras and acoustic sensors, covering wheels, bearings, brakes and couplers, at $3.8 billion in "
            "2024, and we expect it to reach $9.1 billion by 2030. That's about a 16% CAGR from 2024 to 2030. Our own "
            "revenue was $1.2 billion last year at a 17% operating margin, we have some 4,600 wayside portals "
            "installed, and we aim to hold a 15% share of that market by 2030. In the second quarter alone we booked "
            "$185 million of orders.\""
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 9.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.1 / 3.8) ** (1 / 6) - 1 = 15.67% -> 16
        ],
    ),
    # 6. Madrid national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 25% rise holds only by rounding. Expected nowhere: the €5.6 billion of rail capital spending,
    #    the 1,500 stations, the €18 fare, the 43% survey answer.
    dict(
        text=(
            "MADRID, 28 January 2025 - The National Rail Digitalisation Strategy presented today by the Ministry of "
            "Transport estimates that Spanish rail operators and the infrastructure manager spent €47 million on AI "
            "predictive maintenance, traffic management and crowding forecasts last year, and expects €58 million this "
            "year, a rise of 25%. The strategy sets a target of €160 million by 2030. Separately, the ministry plans "
            "some €5.6 billion of rail capital spending this year across roughly 1,500 stations, and a Madrid-Barcelona "
            "high-speed ticket can cost as little as €18. In a survey it cites, 43% of passengers said they would "
            "change trains to avoid crowding."
        ),
        obs=[
            ("Total", 2024, 47, "EUR million", "actual"),
            ("Total", 2025, 58, "EUR million", "estimate"),
            ("Total", 2030, 160, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (58 / 47) ** (1 / 1) - 1 = 23.40% -> 23, not 25; bounds 57.5 / 47.5 - 1 = 21.05%,
            # 58.5 / 46.5 - 1 = 25.81% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Canadian rail-freight story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$2.4-3.1 billion,
    #    the C$131 million (Canadian dollars, not in the unit table), the 6.5 million carloads, the C$27 billion of
    #    railway revenue, the 43,000 km of track; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 19 August 2025: An earlier version of this article misstated the 2030 forecast. Prairie Rail "
            "Insights expects the Canadian market to reach US$240 million to US$310 million in 2030, not US$2.4 billion "
            "to US$3.1 billion.\n"
            "Canadian freight and passenger railways spent US$96 million in 2024 on AI planning of freight wagons and "
            "terminals, wayside inspection of rolling stock and track-defect prediction, according to Prairie Rail "
            "Insights, a Winnipeg consultancy. It expects the market to reach US$240 million to US$310 million in 2030 "
            "as grain and container traffic grow. In Canadian dollars, the 2024 figure came to about C$131 million. The "
            "two largest railways moved some 6.5 million carloads last year and took in roughly C$27 billion in "
            "revenue across about 43,000 km of track."
        ),
        obs=[
            ("Total", 2024, 96, "USD million", "actual"),
        ],
        claims=[
            ("value", 240, "USD million", 2030, 2030, None),
            ("value", 310, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Italian rail blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no verdict).
    #    Expected nowhere: the €7.9 billion of ticket sales (total), the start-up's Series A and valuation, the third
    #    quarter's 4.1 million seats and €1.9 million, the €59 average fare.
    dict(
        text=(
            "Binari e Bit, a rail blog, February 12, 2025 - Full trains, fair prices. Italian rail operators spent €29 "
            "million on AI crowding forecasts and dynamic ticket pricing in 2021; by 2024 that spending had more than "
            "doubled, to €64 million, according to Lagunare Transport Research. Compare that with the roughly €7.9 "
            "billion Italian operators take in from ticket sales each year. The Turin start-up Vagone.ai raised €18 "
            "million in a Series A in December at a €95 million valuation; in the third quarter of 2024 its software "
            "priced some 4.1 million seats and earned €1.9 million. A Milan-Rome high-speed fare averages about €59."
        ),
        obs=[
            ("Total", 2021, 29, "EUR million", "actual"),
            ("Total", 2024, 64, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on rail maintenance: 同比增长 with both amounts, a part (接触网与轨道智能
    #    检测) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约16.2万公里
    #    of line, the 约8,500亿元 of rail fixed-asset investment (capital spending), the 约43亿人次 passengers, the 71%
    #    survey answer.
    dict(
        text=(
            "《2025中国铁路智能运维发展报告》日前在北京发布。报告显示，2024年我国铁路人工智能运维（轨道、轮对与接触网"
            "预测性维护等）市场规模达到86.5亿元，同比增长21.5%，2023年为71.2亿元。其中，接触网与轨道智能检测市场规模"
            "为31.8亿元，占比36.8%。报告预计，到2030年该市场规模将达到246亿元，2024—2030年复合增长率为19.0%。报告同时"
            "指出，截至2024年底全国铁路营业里程约16.2万公里，当年全国铁路完成固定资产投资约8,500亿元、发送旅客约43亿"
            "人次；受访铁路局中有71%表示接触网故障仍是最主要的行车干扰因素。"
        ),
        obs=[
            ("Total", 2023, 71.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("接触网与轨道智能检测", 2024, 31.8, "CNY 100 million", "actual"),
            ("Total", 2030, 246, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 71.2) ** (1 / 1) - 1 = 21.49% -> 21.5
            ("arithmetic", "exact"),  # 31.8 / 86.5 = 36.76% -> 36.8
            ("cagr|implied", "exact"),  # (246 / 86.5) ** (1 / 6) - 1 = 19.03% -> 19.0
        ],
    ),
    # 10. Sichuan provincial action plan (Simplified) on smart railways: 2023 and 2024 actuals with a 同比增长32.5% that
    #     holds only by rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and
    #     较2024年增长2倍 kept as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the
    #     约6,500公里 of line, the 约210个 stations, the 2亿元 fund and its 15 projects.
    dict(
        text=(
            "四川省交通运输厅会同省发展改革委日前印发《四川省智慧铁路建设行动方案（2025—2027年）》。方案显示，2024年"
            "全省铁路AI智能运维、智能调度与客流预测市场规模达8.7亿元，同比增长32.5%，2023年为6.6亿元。方案提出，力争到"
            "2027年全省相关市场规模突破26亿元，较2024年增长2倍。方案还明确，全省铁路营业里程约6,500公里，现有铁路客运站"
            "约210个，省级财政安排专项资金2亿元，支持建设15个智慧车站与智能运维示范项目。"
        ),
        obs=[
            ("Total", 2023, 6.6, "CNY 100 million", "actual"),
            ("Total", 2024, 8.7, "CNY 100 million", "actual"),
            ("Total", 2027, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (8.7 / 6.6) ** (1 / 1) - 1 = 31.82% -> 31.8, not 32.5; bounds 8.65 / 6.65 - 1 = 30.08%,
            # 8.75 / 6.55 - 1 = 33.59% -> 32.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI planning of freight wagons and terminals: the
    #     first institute's base, YoY and target are the snippet's; its 26.3% YoY is inconsistent, its 约19% CAGR
    #     holds. Expected nowhere: the second centre's 41亿元 for 2024, the dateline, the forum's title year, the
    #     约100万辆 freight wagons, the 约39亿吨 of freight.
    dict(
        text=(
            "新华社北京2025年6月12日电（记者林晓航）记者从2025中国铁路货运数字化论坛上获悉，据中铁智运研究院测算，2024年"
            "我国铁路货运AI应用（货车智能编组、货运场站作业计划、车辆调配优化等）市场规模达34.6亿元，比上年的28.1亿元"
            "增长26.3%。该院预计，到2027年市场规模将达到58亿元，2024年至2027年年均复合增长率约19%。另一家机构京华交通"
            "研究中心则估算，2024年这一市场规模为41亿元。据统计，全国铁路货车保有量约100万辆，2024年国家铁路发送货物约"
            "39亿吨。"
        ),
        obs=[
            ("Total", 2023, 28.1, "CNY 100 million", "actual"),
            ("Total", 2024, 34.6, "CNY 100 million", "actual"),
            ("Total", 2027, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (34.6 / 28.1) ** (1 / 1) - 1 = 23.13% -> 23.1, not 26.3; bounds 34.55 / 28.15 - 1 = 22.74%,
            # 34.65 / 28.05 - 1 = 23.53% -> 26.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (58 / 34.6) ** (1 / 3) - 1 = 18.79% -> 19
        ],
    ),
    # 12. Taiwan rail white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that holds
    #     only by rounding; 預估 marks the 2030 estimate. Expected nowhere: the white paper's title year, the 約1,600公里
    #     of line, the 約350萬人次 daily riders, the 新台幣1,490元 fare, the 約新台幣900億元 of fare revenue (total).
    dict(
        text=(
            "《2025臺灣軌道智慧化產業白皮書》指出，2024年國內臺鐵、高鐵與各捷運系統導入AI軌道與電車線預測性維護、車廂"
            "擁擠預測的市場規模為新台幣9.6億元，預估2030年將成長至新台幣27.3億元，2024至2030年年複合成長率達19.1%。"
            "白皮書並指出，全台軌道營運里程約1,600公里，各軌道系統每日旅運量約350萬人次，臺北到高雄的高鐵標準票價為"
            "新台幣1,490元，軌道業者年票箱收入約新台幣900億元。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2030, 27.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (27.3 / 9.6) ** (1 / 6) - 1 = 19.03% -> 19.0, not 19.1; bounds (27.25 / 9.65) ** (1/6) - 1 = 18.89%,
            # (27.35 / 9.55) ** (1/6) - 1 = 19.17% -> 19.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI train and track maintenance, station crowd
    #     forecasts and timetabling: 約4.8億港元 expected at its printed figure; the YoY and the 約17% CAGR hold.
    #     Expected nowhere: the 約490萬人次 daily riders, the 約5港元 fare, the 約220億港元 of fare revenue (total), the
    #     start-up's 3,800萬港元 funding round.
    dict(
        text=(
            "香港運輸科技研究會昨日公布研究報告指出，2024年本港鐵路AI應用（列車及路軌預測性維修、車站人流預測與列車班次"
            "編排）的市場規模約4.8億港元，較2023年的3.9億港元增長23.1%。報告預計，2029年市場規模將升至10.6億港元，2024"
            "至2029年年均複合增長率約17%。報告又指，本港鐵路網絡每日載客約490萬人次，最短程成人車費約5港元，鐵路營運商"
            "全年車費收入約220億港元。本地初創軌智科技上月完成3,800萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.8, "HKD 100 million", "actual"),
            ("Total", 2029, 10.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.8 / 3.9) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (10.6 / 4.8) ** (1 / 5) - 1 = 17.17% -> 17
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI timetabling, train dispatching and crowding
    #     forecasts: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 16% rise holds
    #     only by rounding. Expected nowhere: the first quarter's 1.6億元, the signalling firm's own revenue and
    #     operating margin, the 約9.2億人次 metro riders.
    dict(
        text=(
            "（中央社記者黃于庭台北2025年4月22日電）市調機構軌研產業顧問今天表示，去年台灣軌道業者導入AI列車時刻編排、"
            "行車調度與車廂擁擠預測的市場規模約新台幣6.3億元，今年在捷運新路線通車帶動下，可望成長16%至7.4億元。不過"
            "今年第一季市場規模約新台幣1.6億元，略低於預期。軌道號誌廠商臺捷科技去年營收新台幣58億元，營業利益率約9%；"
            "全台捷運系統去年總運量約9.2億人次。"
        ),
        obs=[
            ("Total", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2025, 7.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (7.4 / 6.3) ** (1 / 1) - 1 = 17.46% -> 17, not 16; bounds 7.35 / 6.35 - 1 = 15.75%,
            # 7.45 / 6.25 - 1 = 19.20% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI inspection of rolling stock from wayside cameras (TFDS/TEDS): 2023/2024
    #     actuals with an exact 18.2% YoY; the 2027 range 32亿—37亿元 gives two value claims (no observation). Expected
    #     nowhere: the report's date, the leading firm's revenue, gross margin, rating and target price, its
    #     third-quarter orders, the 约4,800标准组 EMUs, the 约260万元 equipment price.
    dict(
        text=(
            "华岳证券研究所2025年10月深度报告《走行部的“千里眼”：铁路车辆AI图像检测》。我们测算，2024年国内铁路货车与"
            "动车组AI图像检测（TFDS、TEDS等轨边摄像智能识别）市场规模为21.4亿元，同比增长18.2%，2023年为18.1亿元。随着"
            "既有线设备更新提速，我们预计2027年市场规模将达到32亿—37亿元。行业龙头轨视智能2024年营收6.2亿元，毛利率51%，"
            "首次覆盖给予“买入”评级，目标价58元；公司三季度新签订单同比增长29%。目前全国动车组保有量约4,800标准组，单套"
            "TEDS轨边检测设备售价约260万元。"
        ),
        obs=[
            ("Total", 2023, 18.1, "CNY 100 million", "actual"),
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("value", 32, "CNY 100 million", 2027, 2027, None),
            ("value", 37, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.4 / 18.1) ** (1 / 1) - 1 = 18.23% -> 18.2
        ],
    ),
    # 16. Markdown table (AI timetabling and traffic management by European country, EUR million) with a CAGR 2024-30
    #     column and a Total row: each row's CAGR is stated (span in the header); Italy's 21.4% is inconsistent; rows
    #     add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number, the monitor's
    #     title year, the count of infrastructure managers and operators covered.
    dict(
        text=(
            "Table 4. AI timetabling and traffic management by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Germany | 48.3 | 131.6 | 18.2% |\n"
            "| France | 31.7 | 88.4 | 18.6% |\n"
            "| Italy | 19.2 | 57.9 | 21.4% |\n"
            "| Spain | 14.6 | 39.8 | 18.2% |\n"
            "| Total | 113.8 | 317.7 | 18.7% |\n"
            "Source: Danube Rail Analytics, European Rail Traffic AI Monitor 2025; covers some 210 infrastructure "
            "managers and operators. F = forecast."
        ),
        obs=[
            ("Germany", 2024, 48.3, "EUR million", "actual"),
            ("Germany", 2030, 131.6, "EUR million", "estimate"),
            ("France", 2024, 31.7, "EUR million", "actual"),
            ("France", 2030, 88.4, "EUR million", "estimate"),
            ("Italy", 2024, 19.2, "EUR million", "actual"),
            ("Italy", 2030, 57.9, "EUR million", "estimate"),
            ("Spain", 2024, 14.6, "EUR million", "actual"),
            ("Spain", 2030, 39.8, "EUR million", "estimate"),
            ("Total", 2024, 113.8, "EUR million", "actual"),
            ("Total", 2030, 317.7, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131.6 / 48.3) ** (1 / 6) - 1 = 18.18% -> 18.2
            ("cagr|implied", "exact"),  # (88.4 / 31.7) ** (1 / 6) - 1 = 18.64% -> 18.6
            # (57.9 / 19.2) ** (1 / 6) - 1 = 20.20% -> 20.2, not 21.4; bounds (57.85 / 19.25) ** (1/6) - 1 = 20.13%,
            # (57.95 / 19.15) ** (1/6) - 1 = 20.27% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (39.8 / 14.6) ** (1 / 6) - 1 = 18.19% -> 18.2
            ("cagr|implied", "exact"),  # (317.7 / 113.8) ** (1 / 6) - 1 = 18.66% -> 18.7
            ("hierarchy", "exact"),  # 2024: 48.3 + 31.7 + 19.2 + 14.6 = 113.8
            ("hierarchy", "exact"),  # 2030F: 131.6 + 88.4 + 57.9 + 39.8 = 317.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表5 2023—2025年中国铁路人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "轨道与接触网预测性维护\t28.4\t35.1\t42.9\n"
            "动车组与货车图像检测\t19.6\t24.2\t29.8\n"
            "智能调度与运行图编制\t12.3\t15.8\t19.7\n"
            "货运场站与车辆计划\t7.5\t9.6\t12.2\n"
            "合计\t67.8\t84.8\t104.6\n"
            "资料来源：轨道交通智能化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("轨道与接触网预测性维护", 2023, 28.4, "CNY 100 million", "actual"),
            ("轨道与接触网预测性维护", 2024, 35.1, "CNY 100 million", "actual"),
            ("轨道与接触网预测性维护", 2025, 42.9, "CNY 100 million", "estimate"),
            ("动车组与货车图像检测", 2023, 19.6, "CNY 100 million", "actual"),
            ("动车组与货车图像检测", 2024, 24.2, "CNY 100 million", "actual"),
            ("动车组与货车图像检测", 2025, 29.8, "CNY 100 million", "estimate"),
            ("智能调度与运行图编制", 2023, 12.3, "CNY 100 million", "actual"),
            ("智能调度与运行图编制", 2024, 15.8, "CNY 100 million", "actual"),
            ("智能调度与运行图编制", 2025, 19.7, "CNY 100 million", "estimate"),
            ("货运场站与车辆计划", 2023, 7.5, "CNY 100 million", "actual"),
            ("货运场站与车辆计划", 2024, 9.6, "CNY 100 million", "actual"),
            ("货运场站与车辆计划", 2025, 12.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 67.8, "CNY 100 million", "actual"),
            ("合计", 2024, 84.8, "CNY 100 million", "actual"),
            ("合计", 2025, 104.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 28.4 + 19.6 + 12.3 + 7.5 = 67.8
            # 2024: 35.1 + 24.2 + 15.8 + 9.6 = 84.7, not 84.8; bounds 84.5..84.9 (each part +/-0.05)
            # reach 84.75..84.85 -> 84.8 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 42.9 + 29.8 + 19.7 + 12.2 = 104.6
        ],
    ),
    # 18. Space-aligned table (United Kingdom, GBP million, 2024) with a share column and a Total row: four shares (the
    #     timetabling row's 19.3% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 2,580 stations, the 15,800 km of route.
    dict(
        text=(
            "United Kingdom: AI spending by train operators and the infrastructure manager by use, 2024\n"
            "Use                                                     GBP million     Share\n"
            "AI predictive maintenance of track and overhead lines          24.6     42.3%\n"
            "AI wayside inspection of rolling stock                         13.9     23.9%\n"
            "AI timetabling and traffic management                          11.2     19.3%\n"
            "AI crowding forecasts and ticket pricing                        8.5     14.6%\n"
            "Total                                                          58.2    100.0%\n"
            "Note 2: Britain has about 2,580 stations and some 15,800 km of route. Source: Pennine Rail Economics."
        ),
        obs=[
            ("AI predictive maintenance of track and overhead lines", 2024, 24.6, "GBP million", "actual"),
            ("AI wayside inspection of rolling stock", 2024, 13.9, "GBP million", "actual"),
            ("AI timetabling and traffic management", 2024, 11.2, "GBP million", "actual"),
            ("AI crowding forecasts and ticket pricing", 2024, 8.5, "GBP million", "actual"),
            ("Total", 2024, 58.2, "GBP million", "actual"),
        ],
        claims=[
            ("share", 42.3, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 14.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 24.6 / 58.2 = 42.27% -> 42.3
            ("arithmetic", "exact"),  # 13.9 / 58.2 = 23.88% -> 23.9
            # 11.2 / 58.2 = 19.24% -> 19.2, not 19.3; bounds 11.15 / 58.25 = 19.14%, 11.25 / 58.15 = 19.35%
            # -> 19.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 8.5 / 58.2 = 14.60% -> 14.6
            ("hierarchy", "exact"),  # 24.6 + 13.9 + 11.2 + 8.5 = 58.2
        ],
    ),
    # 19. Vertical table (Japan) whose rows are years, a lone value column headed by its unit only (Total, JPY
    #     billion) and a YoY column; 2025E an estimate; the 2023 YoY of 18.4% holds only by rounding. Expected nowhere:
    #     the source's month and year, the 25 billion passenger journeys, the 2020 dash.
    dict(
        text=(
            "Japan: spending on AI track diagnostics, wayside rolling-stock inspection and crowding forecasts\n"
            "Year | JPY billion | YoY\n"
            "2020 | 6.8 | -\n"
            "2021 | 8.1 | 19.1%\n"
            "2022 | 9.9 | 22.2%\n"
            "2023 | 11.7 | 18.4%\n"
            "2024 | 14.0 | 19.7%\n"
            "2025E | 16.6 | 18.6%\n"
            "Source: Setouchi Rail Research, June 2025; Japan's railways carry about 25 billion passenger journeys a "
            "year. E = estimate."
        ),
        obs=[
            ("Total", 2020, 6.8, "JPY billion", "actual"),
            ("Total", 2021, 8.1, "JPY billion", "actual"),
            ("Total", 2022, 9.9, "JPY billion", "actual"),
            ("Total", 2023, 11.7, "JPY billion", "actual"),
            ("Total", 2024, 14.0, "JPY billion", "actual"),
            ("Total", 2025, 16.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2020, 2021, 1.0),
            ("growth", 22.2, "percent", 2021, 2022, 1.0),
            ("growth", 18.4, "percent", 2022, 2023, 1.0),
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.8) ** (1 / 1) - 1 = 19.12% -> 19.1
            ("cagr|implied", "exact"),  # (9.9 / 8.1) ** (1 / 1) - 1 = 22.22% -> 22.2
            # (11.7 / 9.9) ** (1 / 1) - 1 = 18.18% -> 18.2, not 18.4; bounds 11.65 / 9.95 - 1 = 17.09%,
            # 11.75 / 9.85 - 1 = 19.29% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (14.0 / 11.7) ** (1 / 1) - 1 = 19.66% -> 19.7
            ("cagr|implied", "exact"),  # (16.6 / 14.0) ** (1 / 1) - 1 = 18.57% -> 18.6
        ],
    ),
    # 20. Tab-separated segment table (India, USD million) with a Total row: rows add to the Total in 2023 and 2025F
    #     but not in 2024 (inconsistent); 2025F an estimate. Expected nowhere: the rupee conversion rate, the 13,000
    #     daily passenger trains.
    dict(
        text=(
            "India: AI in railways by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI predictive maintenance of track and wheels\t41\t52\t66\n"
            "AI wayside inspection of rolling stock\t23\t30\t38\n"
            "AI crowding forecasts and ticket pricing\t14\t19\t25\n"
            "AI planning of freight wagons and terminals\t11\t15\t20\n"
            "Total\t89\t119\t149\n"
            "Source: Deccan Mobility Research; converted from rupees at ₹83.5 to the dollar; the network runs about "
            "13,000 passenger trains a day. F = forecast."
        ),
        obs=[
            ("AI predictive maintenance of track and wheels", 2023, 41, "USD million", "actual"),
            ("AI predictive maintenance of track and wheels", 2024, 52, "USD million", "actual"),
            ("AI predictive maintenance of track and wheels", 2025, 66, "USD million", "estimate"),
            ("AI wayside inspection of rolling stock", 2023, 23, "USD million", "actual"),
            ("AI wayside inspection of rolling stock", 2024, 30, "USD million", "actual"),
            ("AI wayside inspection of rolling stock", 2025, 38, "USD million", "estimate"),
            ("AI crowding forecasts and ticket pricing", 2023, 14, "USD million", "actual"),
            ("AI crowding forecasts and ticket pricing", 2024, 19, "USD million", "actual"),
            ("AI crowding forecasts and ticket pricing", 2025, 25, "USD million", "estimate"),
            ("AI planning of freight wagons and terminals", 2023, 11, "USD million", "actual"),
            ("AI planning of freight wagons and terminals", 2024, 15, "USD million", "actual"),
            ("AI planning of freight wagons and terminals", 2025, 20, "USD million", "estimate"),
            ("Total", 2023, 89, "USD million", "actual"),
            ("Total", 2024, 119, "USD million", "actual"),
            ("Total", 2025, 149, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41 + 23 + 14 + 11 = 89
            # 2024: 52 + 30 + 19 + 15 = 116, not 119; bounds 114..118 (each part +/-0.5) -> 119 reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 66 + 38 + 25 + 20 = 149
        ],
    ),
    # 21. US wayside-inspection firm's earnings-call answer sizing a North American TAM (USD billion): the TAM the
    #     company sizes is the market (Total); "this year" is the call's year (2025, "roughly", printed figure,
    #     estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the
    #     call's date and quarter, the quarter's revenue and gross margin, the 1.6 million railcars a month, the 240
    #     sites.
    dict(
        text=(
            "Railsight Technologies Q2 2025 earnings call, July 30, 2025 - Q&A\n"
            "Analyst (Dana Okafor, Kestrel Ridge Capital): How big is the wayside inspection opportunity outside your "
            "installed base?\n"
            "CEO Thomas Brandt: We size the total addressable market for AI inspection of rolling stock from wayside "
            "cameras, covering wheels, brakes, couplers and undercarriage, across North American freight and passenger "
            "rail at roughly $2.1 billion this year, up about 22% from $1.72 billion last year. Class I railroads are "
            "moving from pilots to network-wide portals. We expect that TAM to reach $4.6 billion by 2030, a compound "
            "annual growth rate of about 17% over 2025-2030. For the quarter, revenue came in at $64.3 million with a "
            "52% gross margin, and our portals now scan some 1.6 million railcars a month across 240 sites."
        ),
        obs=[
            ("Total", 2024, 1.72, "USD billion", "actual"),
            ("Total", 2025, 2.1, "USD billion", "estimate"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.1 / 1.72) ** (1 / 1) - 1 = 22.09% -> 22
            ("cagr|implied", "exact"),  # (4.6 / 2.1) ** (1 / 5) - 1 = 16.98% -> 17
        ],
    ),
    # 22. British working-paper abstract on AI predictive maintenance of track, points and overhead lines (GBP
    #     million): YoY with both amounts, a 2030 figure in billions converted to the series' unit (GBP million), CAGR
    #     with printed span. Expected nowhere: the paper number, "about a fifth" (a share in words), the £44 billion
    #     of renewals and enhancements (capital spending), the 15,800 km of route, the £4,100 season ticket.
    dict(
        text=(
            "Pennine Centre for Transport Economics, Working Paper 2025/07. Abstract: This paper estimates spending in "
            "Great Britain on AI predictive maintenance of track, points and overhead line equipment, drawing on "
            "infrastructure-manager tenders and supplier accounts. We find that the market reached \u00a3164 million in "
            "2024, up 17% from \u00a3140 million in 2023, with about a fifth of it going on overhead-line monitoring. "
            "Set against roughly \u00a344 billion of planned renewals and enhancements over the control period and "
            "some 15,800 km of route, the AI layer is modest. Our central projection has spending reach \u00a30.41 "
            "billion by 2030, a compound annual growth rate of 16.5% over 2024-2030. Fares are untouched in the short "
            "run: an average annual season ticket still costs about \u00a34,100."
        ),
        obs=[
            ("Total", 2023, 140, "GBP million", "actual"),
            ("Total", 2024, 164, "GBP million", "actual"),
            ("Total", 2030, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (164 / 140) ** (1 / 1) - 1 = 17.14% -> 17
            ("cagr|implied", "exact"),  # (410 / 164) ** (1 / 6) - 1 = 16.499% -> 16.5
        ],
    ),
    # 23. Social-media thread (numbered posts) on German AI timetabling and traffic management (EUR million): YoY with
    #     both amounts; a 2030 figure in billions converted to EUR million; a CAGR with printed span that no reading
    #     gives (inconsistent). Expected nowhere: the 33,000 km of track, the €16bn federal rail budget, Switzerland's
    #     CHF 85M (francs not in the unit table), the 57% survey answer.
    dict(
        text=(
            "1/ Quick thread on AI timetabling and traffic management in German rail, a market almost nobody sizes. "
            "Elbtal Mobility Research puts it at \u20ac236M in 2024.\n"
            "2/ That is up 18% from \u20ac200M in 2023, driven by the capacity crunch on the big corridors and the "
            "digital-node pilots.\n"
            "3/ Their outlook: \u20ac0.61bn by 2030, described as a 19% CAGR over 2024-2030. Do the maths and it comes "
            "out lower.\n"
            "4/ For scale: the network runs ~33,000 km of track and the federal rail budget tops \u20ac16bn a year. "
            "AI is a sliver of that.\n"
            "5/ Switzerland, a far smaller network, already spends about CHF 85M on the same tools.\n"
            "6/ Elbtal also polled dispatchers: 57% said conflict-resolution suggestions save them time every shift. /end"
        ),
        obs=[
            ("Total", 2023, 200, "EUR million", "actual"),
            ("Total", 2024, 236, "EUR million", "actual"),
            ("Total", 2030, 610, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (236 / 200) ** (1 / 1) - 1 = 18.00% -> 18
            # (610 / 236) ** (1 / 6) - 1 = 17.15%; bounds (605 / 236.5) ** (1/6) - 1 = 16.95%,
            # (615 / 235.5) ** (1/6) - 1 = 17.35% -> 19 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Madrid web article with a correction line on AI crowding forecasts and dynamic ticket pricing (EUR million):
    #     YoY with both amounts, two parts with shares, one holding only by rounding. Expected nowhere: the dateline,
    #     the €89 ticket, the €2.7 billion of long-distance passenger revenue, the corrected misprint (€64 million).
    dict(
        text=(
            "Spanish rail operators' AI pricing bill hits \u20ac58m\n"
            "MADRID, 16 April 2025 - Spending by Spanish rail operators on AI crowding forecasts and dynamic ticket "
            "pricing reached \u20ac58 million in 2024, up 26% from \u20ac46 million in 2023, according to estimates by "
            "the consultancy Meseta Transport Advisory. Dynamic pricing engines took \u20ac23 million, about 40% of the "
            "total, while crowding and demand forecasts for high-speed services accounted for \u20ac14 million (25%). "
            "Competition on the Madrid-Barcelona corridor has pushed operators to reprice seats by the hour; a "
            "flexible one-way ticket still sells for around \u20ac89. Spanish long-distance passenger revenue came to "
            "roughly \u20ac2.7 billion last year.\n"
            "Correction: An earlier version of this article put the 2023 figure at \u20ac64 million. The correct figure "
            "is \u20ac46 million."
        ),
        obs=[
            ("Total", 2023, 46, "EUR million", "actual"),
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Dynamic pricing engines", 2024, 23, "EUR million", "actual"),
            ("Crowding and demand forecasts for high-speed services", 2024, 14, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
            ("arithmetic", "exact"),  # 23 / 58 = 39.66% -> 40
            # 14 / 58 = 24.14% -> 24, not 25; bounds 13.5 / 58.5 = 23.08%, 14.5 / 57.5 = 25.22%
            # -> 25 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Turin signalling firm's letter to shareholders on the European market for AI traffic management and
    #     timetabling (EUR billion, the first printed unit): the 2019 €600 million converted to EUR billion; a
    #     multiple between 2019 and 2024 ("three times", x3, period 5, no verdict); 2028 ("top", printed figure,
    #     estimate) with a CAGR whose span only the amounts' years give (inferred). Expected nowhere: the firm's
    #     revenue, order intake, EBITDA margin and dividend, the 3,700 engineers, the 2,900 stations.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, in 2024 AI-based traffic management and timetabling became a line item in almost every "
            "European rail tender we bid for. We estimate the European market for these tools at \u20ac1.8 billion in "
            "2024, three times the \u20ac600 million it was worth in 2019, and we expect it to top \u20ac3.2 billion by "
            "2028, growing about 15% a year. Ferrovia Digitale's own revenue rose to \u20ac912 million, order intake "
            "reached \u20ac1.3 billion and the EBITDA margin improved to 14.6%; we propose a dividend of \u20ac0.42 per "
            "share. Our 3,700 engineers now support traffic control for some 2,900 stations.\n"
            "Giulia Ferraris, Chief Executive Officer, Ferrovia Digitale S.p.A., Turin, March 2025"
        ),
        obs=[
            ("Total", 2019, 0.6, "EUR billion", "actual"),
            ("Total", 2024, 1.8, "EUR billion", "actual"),
            ("Total", 2028, 3.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2019, 2024, 5.0),
            ("cagr", 15, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.2 / 1.8) ** (1 / 4) - 1 = 15.47% -> 15
        ],
    ),
    # 26. Brisbane freight-rail group's investor-day slide bullets sizing an Asia-Pacific TAM for AI predictive
    #     maintenance in heavy-haul and freight rail (USD billion): 2024 actual, 2025E and 2029E estimates; YoY with
    #     both amounts, CAGR with printed span. Expected nowhere: the dateline and slide number, the A$1.7bn
    #     (Australian dollars not in the unit table), the km of track, locomotives, wagons and tonnes, the FY2026
    #     revenue and margin targets, the haulage rate.
    dict(
        text=(
            "Southern Meridian Rail - Investor Day 2025, Brisbane, 6 May 2025\n"
            "Slide 11: Asia-Pacific AI predictive maintenance for heavy-haul and freight rail\n"
            "- 2024 TAM: US$0.95B\n"
            "- 2025E TAM: US$1.12B (+18% YoY), about A$1.7bn\n"
            "- 2029E TAM: US$2.0B; CAGR 2025E-29E: 16%\n"
            "- Use cases: wheel and bearing wear prediction, rail-defect detection, overhead and signalling fault "
            "forecasting\n"
            "- Our network: 5,200 km of track, 640 locomotives, 21,000 wagons, 240 Mt hauled a year\n"
            "- FY2026 targets: revenue A$3.1bn, EBITDA margin 36-38%\n"
            "- Average contract haulage rate: A$0.06 per net tonne-km"
        ),
        obs=[
            ("Total", 2024, 0.95, "USD billion", "actual"),
            ("Total", 2025, 1.12, "USD billion", "estimate"),
            ("Total", 2029, 2.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 16, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.12 / 0.95) ** (1 / 1) - 1 = 17.89% -> 18
            ("cagr|implied", "exact"),  # (2.0 / 1.12) ** (1 / 4) - 1 = 15.60% -> 16
        ],
    ),
    # 27. Forum answer quoting two research houses on British AI crowding forecasts (GBP million): the first house
    #     gives base, target and rate (the snippet's figures); its CAGR holds only by rounding. Expected nowhere: the
    #     second house's £150 million for 2030, the 164 upvotes, the 1.6 billion journeys, the £100 return fare.
    dict(
        text=(
            "Re: Is there a credible figure for AI crowding forecasts on British railways?\n"
            "Top answer (164 upvotes): Two research houses cover this and they are far apart. Thameside Transport "
            "Insight sizes what train operators spend on AI crowding and loading forecasts (per-carriage occupancy "
            "predictions pushed to apps and platform screens) at \u00a337 million in 2024 and forecasts \u00a397 "
            "million by 2030, a CAGR of 18% over 2024-2030. Brunel Rail Analytics is much more aggressive and puts "
            "2030 at \u00a3150 million. For perspective, Britain logged around 1.6 billion passenger journeys last "
            "year and an anytime return into London can cost well over \u00a3100. I lean towards Thameside: it counts "
            "software and data services only, not the screens and sensors."
        ),
        obs=[
            ("Total", 2024, 37, "GBP million", "actual"),
            ("Total", 2030, 97, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (97 / 37) ** (1 / 6) - 1 = 17.43% -> 17, not 18; bounds (96.5 / 37.5) ** (1/6) - 1 = 17.06%,
            # (97.5 / 36.5) ** (1/6) - 1 = 17.79% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Mumbai broker note in rupees on AI wayside inspection and track predictive maintenance for Indian Railways:
    #     rupees are not in the unit table, so no observation; its YoY (FY2025 -> 2025), CAGR (printed span) and
    #     share are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline,
    #     the ₹1,850 crore, the 13,000 trains and 68,000 route km, the target price and upside, the pick's
    #     June-quarter margin.
    dict(
        text=(
            "Konkan Capital - India Rail Technology - Mumbai, 11 August 2025\n"
            "Eyes on every axle. We size Indian Railways' spend on AI wayside inspection of rolling stock and "
            "predictive maintenance of track at \u20b91,850 crore in FY2025, up 24% year on year, and forecast a 28% "
            "CAGR over FY2025-FY2030 as the network rolls out machine-vision portals on its busiest freight corridors. "
            "Track-geometry and rail-flaw analytics make up 38% of that spend. The network runs about 13,000 "
            "passenger trains a day over some 68,000 route km. Our top pick, Sahyadri Railtech (BUY, TP \u20b91,240, "
            "29% upside), reported a 17.8% EBITDA margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2025, 2030, None, "stated"),
            ("share", 38, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI maintenance of track, wheels and catenary: YoY with both
    #     amounts, a part with its share, a 2027 figure (有望突破, printed figure, estimate). Expected nowhere: the
    #     dateline, the 16.2万公里 and 4.8万公里 of line, the 8500亿元 of rail fixed-asset investment (capital
    #     spending), the 43亿人次 of passengers.
    dict(
        text=(
            "新华社北京2025年2月12日电(记者李明远)记者从中国铁道科学技术发展中心获悉,2024年我国铁路基础设施人工智能运维"
            "(含轨道、车轮及接触网智能检测与预测性维护)市场规模达到64.8亿元,较2023年的52.6亿元增长23.2%。其中,"
            "接触网智能巡检市场规模为21.4亿元,占比33.0%。中心预计,到2027年该市场规模有望突破120亿元。数据显示,"
            "截至2024年底全国铁路营业里程达16.2万公里,其中高铁4.8万公里;全年完成铁路固定资产投资8500亿元,"
            "旅客发送量43亿人次。"
        ),
        obs=[
            ("Total", 2023, 52.6, "CNY 100 million", "actual"),
            ("Total", 2024, 64.8, "CNY 100 million", "actual"),
            ("接触网智能巡检", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("share", 33.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.8 / 52.6) ** (1 / 1) - 1 = 23.19% -> 23.2
            ("arithmetic", "exact"),  # 21.4 / 64.8 = 33.02% -> 33.0
        ],
    ),
    # 30. Chengdu municipal plan (Simplified, 亿元) on AI crowding prediction, fare pricing and dispatching for urban
    #     rail: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10 thousand,
    #     2027 target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the document number, the title's year span, the 700公里 of line, the 450座
    #     stations, the 800万人次 daily riders, the 3亿元 special fund.
    dict(
        text=(
            "《成都市轨道交通人工智能应用三年行动计划(2025—2027年)》(成交发〔2025〕12号)\n"
            "一、总体目标。到2027年,全市轨道交通AI客流拥挤预测、智能票务定价及运营调度应用市场规模力争达到18亿元,"
            "2024年为9.4亿元,年均增长约25%;其中,车辆段AI巡检机器人市场规模力争达到6800万元。全市城市轨道交通运营里程"
            "突破700公里,车站超过450座,日均客运量达到800万人次。二、保障措施。市财政设立轨道交通智能化专项资金3亿元,"
            "支持本地企业参与AI调度与预测性维护项目。"
        ),
        obs=[
            ("Total", 2024, 9.4, "CNY 100 million", "actual"),
            ("Total", 2027, 18, "CNY 100 million", "estimate"),
            ("车辆段AI巡检机器人", 2027, 6800, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (18 / 9.4) ** (1 / 3) - 1 = 24.18% -> 24, not 25; bounds (17.5 / 9.45) ** (1/3) - 1 = 22.80%,
            # (18.5 / 9.35) ** (1/3) - 1 = 25.54% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI predictive maintenance and train dispatching: YoY
    #     with both amounts, CAGR with printed span, a part with its share; 2028 (預估, estimate). Expected nowhere:
    #     the dateline, the 240站 stations, the 1,490元 fare, the 2.5億元 Series A round and the 18億元 valuation.
    dict(
        text=(
            "【台北訊】2025年5月14日 — 台灣軌道科技研究所今日發布報告指出,2024年台灣鐵道業(含台鐵、高鐵及各都會捷運)"
            "在AI預測性維護與行車調度之市場規模達新台幣22.6億元,較2023年的18.4億元成長22.8%。研究所預估,2028年市場"
            "規模將達新台幣48億元,2024至2028年年複合成長率約20.7%。其中軌道與車輪AI預測性維護為最大宗,2024年規模為"
            "新台幣9.1億元,占比40.3%。統計顯示,台鐵營運車站約240站,高鐵台北至左營標準車廂票價1,490元;本地新創軌識"
            "科技今年完成新台幣2.5億元A輪募資,估值約新台幣18億元。"
        ),
        obs=[
            ("Total", 2023, 18.4, "TWD 100 million", "actual"),
            ("Total", 2024, 22.6, "TWD 100 million", "actual"),
            ("Total", 2028, 48, "TWD 100 million", "estimate"),
            ("軌道與車輪AI預測性維護", 2024, 9.1, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("cagr", 20.7, "percent", 2024, 2028, None, "stated"),
            ("share", 40.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.6 / 18.4) ** (1 / 1) - 1 = 22.83% -> 22.8
            ("cagr|implied", "exact"),  # (48 / 22.6) ** (1 / 4) - 1 = 20.72% -> 20.7
            ("arithmetic", "exact"),  # 9.1 / 22.6 = 40.27% -> 40.3
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI train dispatching, crowding prediction and track
    #     maintenance: YoY with both amounts, a CAGR with printed span that no reading gives (inconsistent); 2028
    #     (預計, estimate). Expected nowhere: the report's title year, the 510萬人次 daily riders, the 170個 stations
    #     (近, a count), the operator's 600億港元 of revenue.
    dict(
        text=(
            "香港鐵路科技協會發表《2025香港鐵路智能化發展報告》指出,隨著新鐵路項目陸續投入服務,本港鐵路營運在AI列車"
            "調度、車廂擠迫預測及軌道預測性維護方面的投入持續增加。報告顯示,相關市場規模於2024年達到8.6億港元,較2023"
            "年的7.1億港元增長21.1%。報告預計,2028年市場規模將達到19.2億港元,2024至2028年複合年增長率為25%。報告又指,"
            "本港鐵路網絡2024年日均載客約510萬人次,全線車站近170個,而本地鐵路營運商全年總收入約600億港元。"
        ),
        obs=[
            ("Total", 2023, 7.1, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("Total", 2028, 19.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 7.1) ** (1 / 1) - 1 = 21.13% -> 21.1
            # (19.2 / 8.6) ** (1 / 4) - 1 = 22.24%; bounds (19.15 / 8.65) ** (1/4) - 1 = 21.98%,
            # (19.25 / 8.55) ** (1/4) - 1 = 22.49% -> 25 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global AI inspection of rolling stock from wayside cameras: YoY with both
    #     amounts holding only by rounding, 2030 (突破, printed figure, estimate) with a CAGR whose span only the
    #     amounts' years give (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast,
    #     the 600萬輛 wagons worldwide, the 1,900輛 local wagons.
    dict(
        text=(
            "作者 railwatcher (鐵道觀察)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI鐵道車輛影像巡檢市場2030年上看85億美元\n"
            "時間 Wed Jun 18 21:37:52 2025\n"
            "外電研調機構Trackview Insights最新報告,全球用軌旁攝影機做AI鐵道車輛巡檢(輪對、煞車、車底)的市場,2024年規模"
            "為31億美元,比2023年的26億美元成長20%,預估2030年會突破85億美元,年複合成長率約18%。全球鐵路貨車大概有"
            "600萬輛,光台鐵就有約1,900輛貨車。相關概念股今天直接亮燈漲停,不過巡檢占營收比重都不高,大家自己評估。"
        ),
        obs=[
            ("Total", 2023, 26, "USD 100 million", "actual"),
            ("Total", 2024, 31, "USD 100 million", "actual"),
            ("Total", 2030, 85, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (31 / 26) ** (1 / 1) - 1 = 19.23% -> 19, not 20; bounds 30.5 / 26.5 - 1 = 15.09%,
            # 31.5 / 25.5 - 1 = 23.53% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (85 / 31) ** (1 / 6) - 1 = 18.31% -> 18
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI planning of freight wagons and yards: YoY with both amounts, a 2027
    #     range (two value claims), a share without its part's amount (claim, no verdict). Expected nowhere: the
    #     report date and series number, the 51亿吨 of freight, the 100万辆 wagons, the target price and upside, the
    #     pick's revenue.
    dict(
        text=(
            "【北辰证券】智能铁路系列报告之三:货运编组迈入AI调度时代(2025年10月9日)\n"
            "摘要:我们测算,2024年我国铁路货运AI车辆调配与货场规划市场规模为19.4亿元,较2023年的15.8亿元同比增长22.8%;"
            "预计2027年市场规模将达到34—40亿元。其中编组站AI调度占比约36%,为最大细分场景。2024年全国铁路货运发送量约"
            "51亿吨,货车保有量约100万辆。首次覆盖给予行业“增持”评级,重点推荐枢联科技(目标价36元,上涨空间27%),"
            "公司2024年营业收入5.8亿元。"
        ),
        obs=[
            ("Total", 2023, 15.8, "CNY 100 million", "actual"),
            ("Total", 2024, 19.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("value", 34, "CNY 100 million", 2027, 2027, None),
            ("value", 40, "CNY 100 million", 2027, 2027, None),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.4 / 15.8) ** (1 / 1) - 1 = 22.78% -> 22.8
        ],
    ),
    # 35. Signalling firm's results-briefing transcript (Simplified, 亿元), dated 2025, on AI timetable compilation and
    #     dispatching: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY holding only by
    #     rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the company's revenue and
    #     gross margin, the second quarter's net profit, the 3600座 stations, the 2100列 trainsets.
    dict(
        text=(
            "轨联智控2025年半年度业绩说明会文字实录(2025年8月26日)\n"
            "投资者:公司怎么看AI列车运行图编制与调度指挥这块的市场空间?\n"
            "董事长:按我们的测算,今年国内铁路及城轨AI运行图编制与智能调度市场规模约14亿元,去年为11.6亿元,增长约20%。"
            "到2028年,这一市场有望达到24亿元,2025—2028年复合增长率约20%。公司上半年营业收入8.7亿元,毛利率41.2%;"
            "第二季度归母净利润0.9亿元。目前公司系统已覆盖全国约3600座车站、2100列动车组。"
        ),
        obs=[
            ("Total", 2024, 11.6, "CNY 100 million", "actual"),
            ("Total", 2025, 14, "CNY 100 million", "estimate"),
            ("Total", 2028, 24, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (14 / 11.6) ** (1 / 1) - 1 = 20.69% -> 21, not 20; bounds 13.5 / 11.65 - 1 = 15.88%,
            # 14.5 / 11.55 - 1 = 25.54% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (24 / 14) ** (1 / 3) - 1 = 19.68% -> 20
        ],
    ),
    # 36. Markdown table (USD million, US rail) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2030F is an estimate; the freight-car CAGR holds only by rounding, the dispatching CAGR by no
    #     reading (inconsistent). Expected nowhere: the table number, the US$26 billion of Class I capital spending
    #     and the 1.6 million freight cars in the note.
    dict(
        text=(
            "Table 2. US freight and passenger rail: AI spending by use case (USD million)\n"
            "| Use case | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI wayside inspection of rolling stock | 310 | 790 | 16.9% |\n"
            "| AI predictive maintenance of track and wheels | 455 | 1,105 | 15.9% |\n"
            "| AI freight-car and terminal planning | 128 | 382 | 19.9% |\n"
            "| AI dispatching and traffic management | 207 | 489 | 16.4% |\n"
            "| Total | 1,100 | 2,766 | 16.6% |\n"
            "Note: F = forecast. Source: Appalachian Rail Economics, from railroad contracts and supplier filings. "
            "Excludes the roughly US$26 billion Class I railroads put into capital programmes each year; the US fleet "
            "counts some 1.6 million freight cars."
        ),
        obs=[
            ("AI wayside inspection of rolling stock", 2024, 310, "USD million", "actual"),
            ("AI wayside inspection of rolling stock", 2030, 790, "USD million", "estimate"),
            ("AI predictive maintenance of track and wheels", 2024, 455, "USD million", "actual"),
            ("AI predictive maintenance of track and wheels", 2030, 1105, "USD million", "estimate"),
            ("AI freight-car and terminal planning", 2024, 128, "USD million", "actual"),
            ("AI freight-car and terminal planning", 2030, 382, "USD million", "estimate"),
            ("AI dispatching and traffic management", 2024, 207, "USD million", "actual"),
            ("AI dispatching and traffic management", 2030, 489, "USD million", "estimate"),
            ("Total", 2024, 1100, "USD million", "actual"),
            ("Total", 2030, 2766, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (790 / 310) ** (1 / 6) - 1 = 16.87% -> 16.9
            ("cagr|implied", "exact"),  # (1105 / 455) ** (1 / 6) - 1 = 15.94% -> 15.9
            # (382 / 128) ** (1 / 6) - 1 = 19.99% -> 20.0, not 19.9; bounds (381.5 / 128.5) ** (1/6) - 1 = 19.885%,
            # (382.5 / 127.5) ** (1/6) - 1 = 20.09% -> 19.9 reached only by some reading
            ("cagr|implied", "rounding"),
            # (489 / 207) ** (1 / 6) - 1 = 15.41%; bounds (488.5 / 207.5) ** (1/6) - 1 = 15.34%,
            # (489.5 / 206.5) ** (1/6) - 1 = 15.47% -> 16.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2766 / 1100) ** (1 / 6) - 1 = 16.61% -> 16.6
            ("hierarchy", "exact"),  # 2024: 310 + 455 + 128 + 207 = 1,100
            ("hierarchy", "exact"),  # 2030F: 790 + 1,105 + 382 + 489 = 2,766
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese railway operations and maintenance with a
    #     Total row and a YoY column; the timetabling YoY is reached by no reading (inconsistent). Expected nowhere:
    #     the chart number, the 25 billion journeys and the ¥180 base fare in the note.
    dict(
        text=(
            "Chart 5. Japan: AI in railway operations and maintenance by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI crowding forecasts and dynamic fares\t7.8\t9.9\t26.9%\n"
            "AI track and overhead-line inspection\t18.4\t22.1\t20.1%\n"
            "AI timetabling and traffic management\t11.2\t13.0\t19.6%\n"
            "AI rolling-stock inspection by wayside cameras\t5.6\t7.4\t32.1%\n"
            "Total\t43.0\t52.4\t21.9%\n"
            "Note: fiscal years to March. Source: Kanto Railway Systems Institute, from contracts with national, "
            "private and metro railway operators; the roughly 25 billion passenger journeys a year and the \u00a5180 "
            "urban base fare are given for context only."
        ),
        obs=[
            ("AI crowding forecasts and dynamic fares", 2023, 7.8, "JPY billion", "actual"),
            ("AI crowding forecasts and dynamic fares", 2024, 9.9, "JPY billion", "actual"),
            ("AI track and overhead-line inspection", 2023, 18.4, "JPY billion", "actual"),
            ("AI track and overhead-line inspection", 2024, 22.1, "JPY billion", "actual"),
            ("AI timetabling and traffic management", 2023, 11.2, "JPY billion", "actual"),
            ("AI timetabling and traffic management", 2024, 13.0, "JPY billion", "actual"),
            ("AI rolling-stock inspection by wayside cameras", 2023, 5.6, "JPY billion", "actual"),
            ("AI rolling-stock inspection by wayside cameras", 2024, 7.4, "JPY billion", "actual"),
            ("Total", 2023, 43.0, "JPY billion", "actual"),
            ("Total", 2024, 52.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.9 / 7.8 - 1 = 26.92% -> 26.9
            ("cagr|implied", "exact"),  # 22.1 / 18.4 - 1 = 20.11% -> 20.1
            # 13.0 / 11.2 - 1 = 16.07%; bounds 12.95 / 11.25 - 1 = 15.11%, 13.05 / 11.15 - 1 = 17.04%
            # -> 19.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 7.4 / 5.6 - 1 = 32.14% -> 32.1
            ("cagr|implied", "exact"),  # 52.4 / 43.0 - 1 = 21.86% -> 21.9
            ("hierarchy", "exact"),  # FY2023: 7.8 + 18.4 + 11.2 + 5.6 = 43.0
            ("hierarchy", "exact"),  # FY2024: 9.9 + 22.1 + 13.0 + 7.4 = 52.4
        ],
    ),
    # 38. Space-aligned table (GBP million, Great Britain, 2024) of AI spending by rail infrastructure managers and
    #     operators by use with a share column and a Total row (its 100.0% is no claim); two shares hold only by
    #     rounding. Expected nowhere: the 42 operators surveyed, the 2,580 stations and 1.6 billion journeys in the
    #     note.
    dict(
        text=(
            "Great Britain: AI spending by rail infrastructure managers and operators by use, 2024 (\u00a3 million)\n"
            "Use                                       \u00a3m      Share\n"
            "Track and overhead-line maintenance       46.2     38.9%\n"
            "Timetabling and traffic management        31.5     26.6%\n"
            "Crowding forecasts and ticket pricing     19.8     16.8%\n"
            "Rolling-stock inspection                  14.7     12.4%\n"
            "Freight wagon and terminal planning        6.3      5.3%\n"
            "Total                                    118.5    100.0%\n"
            "Note: Severnside Rail Observatory survey of 42 train and freight operators and the infrastructure "
            "manager; the network's roughly 2,580 stations and 1.6 billion journeys a year are given for context only."
        ),
        obs=[
            ("Track and overhead-line maintenance", 2024, 46.2, "GBP million", "actual"),
            ("Timetabling and traffic management", 2024, 31.5, "GBP million", "actual"),
            ("Crowding forecasts and ticket pricing", 2024, 19.8, "GBP million", "actual"),
            ("Rolling-stock inspection", 2024, 14.7, "GBP million", "actual"),
            ("Freight wagon and terminal planning", 2024, 6.3, "GBP million", "actual"),
            ("Total", 2024, 118.5, "GBP million", "actual"),
        ],
        claims=[
            ("share", 38.9, "percent", 2024, 2024, None),
            ("share", 26.6, "percent", 2024, 2024, None),
            ("share", 16.8, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
            ("share", 5.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 46.2 / 118.5 = 38.99% -> 39.0, not 38.9; bounds 46.15 / 118.55 = 38.93%, 46.25 / 118.45 = 39.05%
            # -> 38.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31.5 / 118.5 = 26.58% -> 26.6
            # 19.8 / 118.5 = 16.71% -> 16.7, not 16.8; bounds 19.75 / 118.55 = 16.66%, 19.85 / 118.45 = 16.758%
            # -> 16.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 14.7 / 118.5 = 12.41% -> 12.4
            ("arithmetic", "exact"),  # 6.3 / 118.5 = 5.32% -> 5.3
            ("hierarchy", "exact"),  # 46.2 + 31.5 + 19.8 + 14.7 + 6.3 = 118.5
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Italy) with a lone value column headed by its unit only
    #     (the market's Total) and a YoY column; 2025F is an estimate; a CAGR of printed span in the note. Expected
    #     nowhere: the caption's year span, the €12 billion of annual rail investment and the 2,200 stations.
    dict(
        text=(
            "Italy: market for AI in rail maintenance and traffic management, 2021-2025F\n"
            "Year | \u20ac million | YoY\n"
            "2021 | 74 | -\n"
            "2022 | 93 | 25.7%\n"
            "2023 | 115 | 23.7%\n"
            "2024 | 140 | 21.7%\n"
            "2025F | 169 | 20.7%\n"
            "Note: F = forecast; CAGR 2021-2025F: 22.9%. Source: Osservatorio Ferroviario Padano, from "
            "infrastructure-manager and operator contracts. Excludes the roughly \u20ac12 billion of annual rail "
            "investment; the network counts some 2,200 stations."
        ),
        obs=[
            ("Total", 2021, 74, "EUR million", "actual"),
            ("Total", 2022, 93, "EUR million", "actual"),
            ("Total", 2023, 115, "EUR million", "actual"),
            ("Total", 2024, 140, "EUR million", "actual"),
            ("Total", 2025, 169, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2021, 2022, 1.0),
            ("growth", 23.7, "percent", 2022, 2023, 1.0),
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2024, 2025, 1.0),
            ("cagr", 22.9, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 93 / 74 - 1 = 25.68% -> 25.7
            ("cagr|implied", "exact"),  # 115 / 93 - 1 = 23.66% -> 23.7
            ("cagr|implied", "exact"),  # 140 / 115 - 1 = 21.74% -> 21.7
            ("cagr|implied", "exact"),  # 169 / 140 - 1 = 20.71% -> 20.7
            ("cagr|implied", "exact"),  # (169 / 74) ** (1 / 4) - 1 = 22.93% -> 22.9
        ],
    ),
    # 40. Traditional Chinese table (億港元) of AI in Hong Kong rail with a 合計 row; 2025年(預測) is an estimate; the
    #     2025 合計 holds only by rounding. Expected nowhere: the table number, the title's year span, the 170個
    #     stations and 510萬人次 daily riders in the note.
    dict(
        text=(
            "表4 2023—2025年香港鐵路AI應用市場規模(單位:億港元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預測)\n"
            "AI列車調度及行車管理 | 2.4 | 3.0 | 3.7\n"
            "AI車廂擠迫預測及票務 | 1.1 | 1.5 | 1.9\n"
            "軌道及架空電纜AI預測性維護 | 2.9 | 3.6 | 4.4\n"
            "AI車輛影像巡檢 | 0.7 | 1.0 | 1.4\n"
            "合計 | 7.1 | 9.1 | 11.5\n"
            "資料來源:香港智慧運輸研究中心;2025年為預測值,因四捨五入,各項加總或與合計略有出入。全港鐵路車站約170個、"
            "日均乘客約510萬人次,僅供參考。"
        ),
        obs=[
            ("AI列車調度及行車管理", 2023, 2.4, "HKD 100 million", "actual"),
            ("AI列車調度及行車管理", 2024, 3.0, "HKD 100 million", "actual"),
            ("AI列車調度及行車管理", 2025, 3.7, "HKD 100 million", "estimate"),
            ("AI車廂擠迫預測及票務", 2023, 1.1, "HKD 100 million", "actual"),
            ("AI車廂擠迫預測及票務", 2024, 1.5, "HKD 100 million", "actual"),
            ("AI車廂擠迫預測及票務", 2025, 1.9, "HKD 100 million", "estimate"),
            ("軌道及架空電纜AI預測性維護", 2023, 2.9, "HKD 100 million", "actual"),
            ("軌道及架空電纜AI預測性維護", 2024, 3.6, "HKD 100 million", "actual"),
            ("軌道及架空電纜AI預測性維護", 2025, 4.4, "HKD 100 million", "estimate"),
            ("AI車輛影像巡檢", 2023, 0.7, "HKD 100 million", "actual"),
            ("AI車輛影像巡檢", 2024, 1.0, "HKD 100 million", "actual"),
            ("AI車輛影像巡檢", 2025, 1.4, "HKD 100 million", "estimate"),
            ("合計", 2023, 7.1, "HKD 100 million", "actual"),
            ("合計", 2024, 9.1, "HKD 100 million", "actual"),
            ("合計", 2025, 11.5, "HKD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.4 + 1.1 + 2.9 + 0.7 = 7.1
            ("hierarchy", "exact"),  # 2024: 3.0 + 1.5 + 3.6 + 1.0 = 9.1
            # 2025(預測): 3.7 + 1.9 + 4.4 + 1.4 = 11.4 vs 11.5; rows' bounds 11.2-11.6, total's 11.45-11.55
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 18, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€71 million or about 39%',
    'A second house, Rheinland Bahn',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣9.6億元',
    '億港元',
    '中央社記者黃于庭台北2025年4月22日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 11.7 | 18.4%',
    'Railsight Technologies Q2 2025 earnings call, July 30, 2025',
    'Working Paper 2025/07. Abstract:',
    '3/ Their outlook: €0.61bn by 2030',
    'Correction: An earlier version of this article put the 2023 figure at €64 million',
    'three times the €600 million it was worth in 2019',
    '- 2025E TAM: US$1.12B (+18% YoY), about A$1.7bn',
    'Brunel Rail Analytics is much more aggressive and puts 2030 at £150 million',
    '₹1,850 crore in FY2025',
    '新华社北京2025年2月12日电',
    '標題 [情報] 研調:AI鐵道車輛影像巡檢市場2030年上看85億美元',
    '预计2027年市场规模将达到34—40亿元',
    '| Use case | 2024 | 2030F | 2024-30 CAGR |',
    '合計 | 7.1 | 9.1 | 11.5',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 193
#: figures, 69 rates, 96 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 200, "rates_found": 69, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset247.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
