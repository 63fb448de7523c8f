"""A two-hundred-and-forty-sixth check set for the extractor, written blind: AI in railways and rail freight: AI predictive
maintenance of track, wheels and overhead lines, AI timetabling and traffic management, AI crowding forecasts and ticket
pricing for rail operators, AI inspection of rolling stock from wayside cameras, AI planning of freight wagons and
terminals; sized in money by rail industry bodies, transport ministries, rail regulators, infrastructure managers,
brokers, consultancies, research houses and rail groups' investor days, in the United States, Canada, the United
Kingdom, France, Germany, Italy, Spain, Switzerland (Swiss francs only as an aside), India (rupees only as an aside),
Australia, Japan, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian dollars, yen,
yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total rail revenue, rail capital spending or ticket
sales beside the AI part, numbers of trains, wagons, stations, passengers or kilometres of track, a ticket's price, an
operator's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in railways and rail freight: eight English prose texts (a Chicago
wire release on predictive maintenance of track, wheels and overhead lines, a Paris broker note in fiscal years and
euros on timetabling and traffic management, a London briefing with three segments and shares, a Berlin article quoting
two research houses on wayside inspection, a Jacksonville rail-technology investor day sizing its TAM, a Spanish
national strategy with last-year/this-year figures and a target, a correction notice on an Italian story with a range, a
freight-rail blog with 'more than doubled'), seven Chinese prose texts (a national rail AI report, a Sichuan plan with
力争到 and 增长2倍, a Xinhua story on crowding forecasts quoting two institutes, a Taiwan rail white paper in 新台幣億元, a Hong
Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive on freight wagons and terminals with a range) and five
tables (markdown with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned Japanese uses in yen with
shares, a vertical British table with YoY, a tab-separated Canadian freight segment table). Left out: total rail
revenue, rail capital spending, fares and ticket prices, counts of cars, locomotives, stations, passengers, portals and
kilometres of track, operators' own revenue, margins, orders and share goals, funding rounds and valuations, quarter
figures, survey answers, Swiss francs and rupees, a second house's figure, a misstated range. Inconsistent: the Berlin
24% CAGR, the Hong Kong 約22% CAGR, Italy's 22.6% CAGR in the markdown table, Britain's 2024 YoY. Only by rounding: the
Paris CAGR, the London maintenance share, the Sichuan 22.5%, the Taiwan 20.1% CAGR, the CNA 20%, the 2025年E 合计 and the
Japanese maintenance share.

Snippets 21-40: Twenty snippets on AI in railways and rail freight (predictive maintenance of track, wheels and overhead
lines, timetabling and traffic management, crowding forecasts and ticket pricing, wayside-camera inspection of rolling
stock, wagon and terminal planning): eight English prose pieces (a US signalling firm's earnings call sizing a North
American TAM with this year and last year, a British working-paper abstract with a 2030 figure in billions converted to
GBP million, a German thread of numbered posts, a Paris article with a correction line, a Bologna shareholder letter
with a multiple, a 2028 figure in billions, an inferred-span CAGR and a Swiss-franc aside, Sydney investor-day slides in
US dollars with an Australian-dollar aside, a forum answer quoting two Spanish houses, a Mumbai broker note in rupees
with claims but no observations), seven Chinese prose pieces (a Xinhua-style release on track and catenary maintenance,
a Chengdu freight-hub plan with a part in 万元, a Taipei release in 新台幣億元, a Hong Kong report in 億港元, a PTT post in 億美元, a
broker abstract with a 2027 range, a results-briefing transcript) and five tables (markdown US dollars with a CAGR
column, tab-separated yen in fiscal years with a YoY column, space-aligned pounds with a share column, a vertical
Italian table of years whose lone unit-headed column is the Total, a 新台幣億元 table with a 合計 row). Left out: rail capital
spending, fare and operating revenue, counts of trains, wagons, detectors, stations, passengers and kilometres, ticket
prices, operators' own revenue, margins, dividends and targets, a quarter's figures, survey percentages, shares in
words, francs, Australian dollars and rupees, a second house's figure, a corrected misprint. Inconsistent: the thread's
21% CAGR, the Hong Kong 24.5% CAGR, the markdown timetabling CAGR, the yen rescheduling YoY. Rounding only: the Paris
26% share, the forum's 18.3%, the Chengdu 22%, the Taipei 22.3%, the PTT 21%, the markdown maintenance CAGR, two UK
shares and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 1,140 engineers surveyed, the $94 billion of Class I revenue (total rail revenue),
    #    the 1.6 million freight cars, the 140,000 miles of track, the 68% survey answer.
    dict(
        text=(
            "CHICAGO, April 8, 2025 /PRNewswire/ -- North American freight and passenger railroads spent $612 million "
            "on AI predictive maintenance of track, wheels and overhead lines in 2024, up 23% from $498 million in "
            "2023, according to the 2025 Rail Asset Intelligence Outlook released today by Lakeshore Transport "
            "Analytics. The firm, which surveyed 1,140 railroad engineers and maintenance managers, projects spending "
            "of $2.3 billion by 2031, a compound annual growth rate of 20.8% from 2024 to 2031. Class I railroads alone "
            "took in some $94 billion in revenue last year and run roughly 1.6 million freight cars over about 140,000 "
            "miles of track. Some 68% of the engineers surveyed said broken rails remained their top safety worry."
        ),
        obs=[
            ("Total", 2023, 498, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2031, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 498) ** (1 / 1) - 1 = 22.89% -> 23
            ("cagr|implied", "exact"),  # (2300 / 612) ** (1 / 7) - 1 = 20.82% -> 20.8
        ],
    ),
    # 2. Paris broker sector note in fiscal years and euros (EUR million): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2030e), "about 18%" where the amounts give 17.46%. Expected nowhere: the dateline, the €57bn of
    #    yearly rail investment (capital spending), Swiss Federal Railways' CHF 35 million (Swiss francs, an aside),
    #    the covered company's revenue, growth, EBITA margin, target price and upside, the 14,000 km of high-speed line.
    dict(
        text=(
            "Paris, 16 June 2025. European Rail Equipment, sector note. We size the market for AI timetabling, traffic "
            "management and crowding forecasts among EU rail operators and infrastructure managers at €214m in FY2024 "
            "and forecast €562m by FY2030e, a CAGR of about 18%. That is small beside the roughly €57bn the EU's rail "
            "networks invest each year, and Swiss Federal Railways alone spends some CHF 35 million on similar tools. "
            "Our top pick, Aiguillage Systèmes (Buy, TP €64, 22% upside), grew FY2024 revenue 9% to €2.7bn at an "
            "11.4% EBITA margin and supplies dispatch software on some 14,000 km of high-speed line."
        ),
        obs=[
            ("Total", 2024, 214, "EUR million", "actual"),
            ("Total", 2030, 562, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (562 / 214) ** (1 / 6) - 1 = 17.46% -> 17, not 18; bounds (561.5 / 214.5) ** (1/6) - 1 = 17.40%,
            # (562.5 / 213.5) ** (1/6) - 1 = 17.52% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a British total in GBP million and three segments with shares (maintenance's "some
    #    43%" holds only by rounding); the 2030 forecast printed in billions is expected converted to GBP million.
    #    Expected nowhere: the 57 operators and suppliers interviewed, Network Rail's £44 billion over five years
    #    (capital spending), the 1.6 billion journeys, the £98 off-peak return.
    dict(
        text=(
            "LONDON, 9 September 2025 - Britain's train operators, Network Rail and rail freight operators spent £186 "
            "million on AI in 2024, a briefing from the Kingsway Rail Institute finds. AI predictive maintenance of "
            "track and overhead lines took the largest slice, £79 million or some 43%, followed by AI traffic "
            "management and timetabling at £52 million (28%). AI crowding forecasts and ticket pricing came to £31 "
            "million, about 17% of the total. The institute, which interviewed 57 operators and suppliers, expects "
            "spending to reach £0.52 billion in 2030. Network Rail plans to spend some £44 billion on the railway over "
            "five years, passengers made about 1.6 billion journeys last year, and an off-peak return from London to "
            "Manchester costs roughly £98."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("AI predictive maintenance of track and overhead lines", 2024, 79, "GBP million", "actual"),
            ("AI traffic management and timetabling", 2024, 52, "GBP million", "actual"),
            ("AI crowding forecasts and ticket pricing", 2024, 31, "GBP million", "actual"),
            ("Total", 2030, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 79 / 186 = 42.47% -> 42, not 43; bounds 78.5 / 186.5 = 42.09%, 79.5 / 185.5 = 42.86% -> 43 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 52 / 186 = 27.96% -> 28
            ("arithmetic", "exact"),  # 31 / 186 = 16.67% -> 17
        ],
    ),
    # 4. Berlin article quoting two research houses on wayside inspection of rolling stock: the first house's base,
    #    target and rates are the snippet's; its "up 21%" holds, its 24% CAGR is inconsistent. Expected nowhere: Spree
    #    Mobility Analytics' €122 million for 2024, the record €18 billion of infrastructure spending (capital
    #    spending), the 33,000 km network, Swiss Federal Railways' CHF 40 million (Swiss francs), the 62% survey answer.
    dict(
        text=(
            "BERLIN, 2 July 2025 - German rail operators and infrastructure managers spent €97 million on AI "
            "inspection of rolling stock from wayside cameras and AI predictive maintenance of wheels and bogies in "
            "2024, up 21% on the €80 million of 2023, estimates the Hamburg research house Nordbahn Research. It "
            "expects €310 million in 2030, which it describes as compound annual growth of 24% between 2024 and 2030. "
            "A second house, Spree Mobility Analytics, puts 2024 spending at €122 million because it also counts "
            "signalling software. Spending on Germany's rail infrastructure reached a record €18 billion last year "
            "across a network of about 33,000 km. Across the border, Swiss Federal Railways spent some CHF 40 million "
            "on similar systems. In a survey, 62% of German commuters said their train was late at least once a week."
        ),
        obs=[
            ("Total", 2023, 80, "EUR million", "actual"),
            ("Total", 2024, 97, "EUR million", "actual"),
            ("Total", 2030, 310, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (97 / 80) ** (1 / 1) - 1 = 21.25% -> 21
            # (310 / 97) ** (1 / 6) - 1 = 21.37% -> 21, not 24; bounds (309.5 / 97.5) ** (1/6) - 1 = 21.23%,
            # (310.5 / 96.5) ** (1/6) - 1 = 21.50% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Jacksonville rail-technology group): the total addressable market it sizes is the
    #    market (Total), in USD billion, with "roughly a 15.6% CAGR" over a printed span. Expected nowhere: the group's
    #    own revenue and EBITDA margin, its 4,200 locomotives monitored, its 12% share goal, the third quarter's $310
    #    million of bookings, the Indian joint venture's ₹850 crore (rupees, an aside).
    dict(
        text=(
            "Meridian Rail Technologies Investor Day, Jacksonville, November 12, 2025 - transcript excerpt. Carla "
            "Benning, chief executive: \"We see a total addressable market for AI in rail freight, meaning wagon and "
            "terminal planning, wayside inspection of rolling stock and predictive maintenance of locomotives and "
            "track, of $5.2 billion in 2024, and we expect it to reach $12.4 billion by 2030. That's roughly a 15.6% "
            "CAGR from 2024 to 2030. Our own revenue was $3.1 billion last year at a 14% EBITDA margin, we monitor "
            "about 4,200 locomotives, and our goal is a 12% share of that market by 2030. In the third quarter alone we "
            "booked $310 million of orders, and our Indian joint venture signed contracts worth ₹850 crore.\""
        ),
        obs=[
            ("Total", 2024, 5.2, "USD billion", "actual"),
            ("Total", 2030, 12.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 5.2) ** (1 / 6) - 1 = 15.59% -> 15.6
        ],
    ),
    # 6. Madrid national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 26% rise holds. Expected nowhere: the €15 million pilot fund and its 12 commuter lines, the
    #    16,000 km network and 4,000 km of high-speed line, the €12 commuter pass, the 54% survey answer.
    dict(
        text=(
            "MADRID, 28 January 2025 - The Rail Digitalisation Strategy presented today by Spain's Ministry of "
            "Transport estimates that Spanish rail operators and the national infrastructure manager spent €46 million "
            "on AI traffic management, timetabling and predictive maintenance of track and overhead lines last year, "
            "and expects €58 million this year, a rise of 26%. The strategy sets a target of €160 million by 2030. It "
            "earmarks €15 million for pilots on 12 commuter lines, notes that the network runs to some 16,000 km "
            "including about 4,000 km of high-speed line, and points out that a ten-trip commuter pass in Madrid costs "
            "€12. In a survey it cites, 54% of rail passengers said they wanted live crowding information on platforms."
        ),
        obs=[
            ("Total", 2024, 46, "EUR million", "actual"),
            ("Total", 2025, 58, "EUR million", "estimate"),
            ("Total", 2030, 160, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
        ],
    ),
    # 7. Correction notice on an Italian rail story: the 2030 range gives two value claims (no observation); the 2024
    #    figure is the year's observation. Expected nowhere: the misstated €2.4-2.9 billion, the high-speed operator's
    #    €3.1 billion of revenue, the €95 Rome-Milan ticket, the 16,800 km of track and 2,200 stations; the range is
    #    expected once though printed twice.
    dict(
        text=(
            "Correction, 5 August 2025: An earlier version of this article misstated the 2030 forecast. Adriatica Rail "
            "Consulting expects the Italian market to reach €240 million to €290 million in 2030, not €2.4 billion to "
            "€2.9 billion.\n"
            "Italian rail operators and the national infrastructure manager spent €88 million in 2024 on AI crowding "
            "forecasts, dynamic ticket pricing and timetabling, according to Adriatica Rail Consulting, a Bologna "
            "consultancy. It expects the market to reach €240 million to €290 million in 2030 as regional operators "
            "adopt the tools. The country's main high-speed operator alone reported revenue of about €3.1 billion last "
            "year, a Rome-Milan fast train ticket bought on the day costs around €95, and the network counts some "
            "16,800 km of track and 2,200 stations."
        ),
        obs=[
            ("Total", 2024, 88, "EUR million", "actual"),
        ],
        claims=[
            ("value", 240, "EUR million", 2030, 2030, None),
            ("value", 290, "EUR million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Freight-rail blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no
    #    verdict). Expected nowhere: the $94 billion of Class I revenue (total rail revenue), the start-up's Series B
    #    and valuation, the third quarter's $6.3 million and 2.1 million railcars, the 240 camera portals.
    dict(
        text=(
            "Sidings & Signals, a freight-rail blog, February 11, 2025 - The portal that reads wheels. North American "
            "railroads spent $43 million on AI inspection of rolling stock from wayside cameras in 2021; by 2024 that "
            "spending had more than doubled, to $101 million, according to Prairie Rail Research. Compare that with "
            "the roughly $94 billion Class I railroads take in each year. The Omaha start-up Railsight raised $55 "
            "million in a Series B in October at a $420 million valuation; in the third quarter of 2024 its software "
            "earned $6.3 million and scanned 2.1 million railcars passing some 240 camera portals."
        ),
        obs=[
            ("Total", 2021, 43, "USD million", "actual"),
            ("Total", 2024, 101, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on rail AI: 同比增长 with both amounts, a part (线路与接触网智能运维) with
    #    its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约16.2万公里 of line,
    #    the 约8,500亿元 of fixed-asset investment (capital spending), the 约43亿人次 passengers, the 72% survey answer.
    dict(
        text=(
            "《2025中国铁路智能化发展报告》日前在北京发布。报告显示，2024年我国铁路人工智能应用（线路与接触网智能运维、"
            "智能调度、机车车辆图像智能检测等）市场规模达到86.7亿元，同比增长19.6%，2023年为72.5亿元。其中，线路与接触网"
            "智能运维市场规模为34.2亿元，占比39.4%。报告预计，到2030年该市场规模将达到238亿元，2024—2030年复合增长率为"
            "18.3%。报告同时指出，截至2024年底全国铁路营业里程约16.2万公里，全年铁路固定资产投资约8,500亿元，旅客发送量约"
            "43亿人次；受访铁路局中有72%表示接触网故障预警仍是最迫切的需求。"
        ),
        obs=[
            ("Total", 2023, 72.5, "CNY 100 million", "actual"),
            ("Total", 2024, 86.7, "CNY 100 million", "actual"),
            ("线路与接触网智能运维", 2024, 34.2, "CNY 100 million", "actual"),
            ("Total", 2030, 238, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 39.4, "percent", 2024, 2024, None),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.7 / 72.5) ** (1 / 1) - 1 = 19.59% -> 19.6
            ("arithmetic", "exact"),  # 34.2 / 86.7 = 39.45% -> 39.4
            ("cagr|implied", "exact"),  # (238 / 86.7) ** (1 / 6) - 1 = 18.33% -> 18.3
        ],
    ),
    # 10. Sichuan provincial action plan (Simplified) on smart railways: 2023 and 2024 actuals with a 同比增长22.5% that
    #     holds only by rounding, a 力争到2027年 target (an estimate) and 较2024年增长2倍 kept as a multiple x2 over 3
    #     years (no verdict). Expected nowhere: the plan's title years, the 约6,100公里 of line, the 约180座 stations,
    #     the 2亿元 fund and its 15 projects.
    dict(
        text=(
            "四川省交通运输厅会同省发展改革委日前印发《四川省智慧铁路发展行动方案（2025—2027年）》。方案显示，2024年全省"
            "铁路线路与接触网智能运维、AI列车调度与货运场站智能规划市场规模达7.8亿元，同比增长22.5%，2023年为6.4亿元。"
            "方案提出，力争到2027年全省相关市场规模达到24亿元，较2024年增长2倍。方案还明确，全省铁路营业里程约6,100公里，"
            "现有铁路客运站约180座，省级财政安排专项资金2亿元，支持建设15个智慧铁路示范项目。"
        ),
        obs=[
            ("Total", 2023, 6.4, "CNY 100 million", "actual"),
            ("Total", 2024, 7.8, "CNY 100 million", "actual"),
            ("Total", 2027, 24, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (7.8 / 6.4) ** (1 / 1) - 1 = 21.88% -> 21.9, not 22.5; bounds 7.75 / 6.45 - 1 = 20.16%,
            # 7.85 / 6.35 - 1 = 23.62% -> 22.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI passenger-flow forecasts and fare optimisation:
    #     the first institute's base, YoY and target are the snippet's; both rates hold. Expected nowhere: the second
    #     centre's 38亿元 for 2024, the dateline, the conference's title year, the 超过1.2万公里 of urban rail line, the
    #     约322亿人次 of passengers.
    dict(
        text=(
            "新华社上海2025年6月12日电（记者周明远）记者从2025智慧轨道交通大会上获悉，据华铁智研研究院测算，2024年我国"
            "铁路与城市轨道交通AI客流预测与票价优化市场规模达31.6亿元，比上年的25.9亿元增长22.0%。该院预计，到2028年"
            "市场规模将达到68亿元，2024年至2028年年均复合增长率约21%。另一家机构中轨数科研究中心则估算，2024年这一市场"
            "规模为38亿元。据统计，全国城市轨道交通运营线路超过1.2万公里，全年客运量约322亿人次。"
        ),
        obs=[
            ("Total", 2023, 25.9, "CNY 100 million", "actual"),
            ("Total", 2024, 31.6, "CNY 100 million", "actual"),
            ("Total", 2028, 68, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.6 / 25.9) ** (1 / 1) - 1 = 22.01% -> 22.0
            ("cagr|implied", "exact"),  # (68 / 31.6) ** (1 / 4) - 1 = 21.12% -> 21
        ],
    ),
    # 12. Taiwan rail white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that holds
    #     only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the 約1,100公里
    #     of line, the 約240個 stations, the 新台幣1,450元 fare, the 約新台幣900億元 of rail-transport revenue (total).
    dict(
        text=(
            "《2025臺灣軌道產業智慧化白皮書》指出，2024年國內鐵道AI預測性維修、車廂影像智慧檢測與智慧行車調度的市場規模為"
            "新台幣9.6億元，預估2029年將成長至新台幣23.9億元，2024至2029年年複合成長率達20.1%。白皮書並指出，全台鐵道營運"
            "路線約1,100公里，臺鐵車站約240個，台北到高雄高鐵標準車廂票價新台幣1,450元，軌道運輸業年營收約新台幣900億元。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2029, 23.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (23.9 / 9.6) ** (1 / 5) - 1 = 20.01% -> 20.0, not 20.1; bounds (23.85 / 9.65) ** (1/5) - 1 = 19.84%,
            # (23.95 / 9.55) ** (1/5) - 1 = 20.19% -> 20.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI track and overhead-line maintenance, train
    #     image inspection and station crowding forecasts: 約4.2億港元 expected at its printed figure; the YoY holds,
    #     the 約22% CAGR is inconsistent. Expected nowhere: the operator's 約580億港元 revenue, the 約470萬人次 daily
    #     riders, the 近百個 stations, the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港鐵道科技協會昨日公布研究報告指出，2024年本港鐵路路軌及架空電纜AI預測性維修、列車影像巡檢與車站客流預測"
            "應用的市場規模約4.2億港元，較2023年的3.4億港元增長23.5%。報告預計，2029年市場規模將升至9.1億港元，2024至"
            "2029年年均複合增長率約22%。報告又指，本地鐵路營運商去年收入約580億港元，每日載客約470萬人次，全線共設近百個"
            "車站；本地初創軌智科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.4, "HKD 100 million", "actual"),
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("Total", 2029, 9.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.4) ** (1 / 1) - 1 = 23.53% -> 23.5
            # (9.1 / 4.2) ** (1 / 5) - 1 = 16.72% -> 17, not 22; bounds (9.05 / 4.25) ** (1/5) - 1 = 16.32%,
            # (9.15 / 4.15) ** (1/5) - 1 = 17.13% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI passenger-flow forecasts, dynamic fares and
    #     crew rostering: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 20% rise
    #     holds only by rounding. Expected nowhere: the first quarter's 0.9億元, the high-speed operator's own revenue
    #     and operating margin, the 約8億人次 metro riders.
    dict(
        text=(
            "（中央社記者林佳蓉台北2025年4月9日電）市調機構軌聯產業研究今天表示，去年台灣軌道業AI客流預測、動態票價與"
            "智慧排班的市場規模約新台幣3.4億元，今年在高鐵及捷運運量持續成長下，可望成長20%至4.1億元。不過今年第一季"
            "市場規模約新台幣0.9億元，略低於預期。高鐵營運商去年營收新台幣530億元，營業利益率約32%；全台捷運系統去年"
            "旅運量約8億人次。"
        ),
        obs=[
            ("Total", 2024, 3.4, "TWD 100 million", "actual"),
            ("Total", 2025, 4.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (4.1 / 3.4) ** (1 / 1) - 1 = 20.59% -> 21, not 20; bounds 4.05 / 3.45 - 1 = 17.39%,
            # 4.15 / 3.35 - 1 = 23.88% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI wagon dispatching, freight-terminal planning and wagon image inspection:
    #     2023/2024 actuals with an exact 17.9% YoY; the 2028 range 45亿—52亿元 gives two value claims (no
    #     observation). Expected nowhere: the report's date, the leading firm's revenue, gross margin, rating and target
    #     price, its third-quarter orders, the 约100万辆 freight wagons, the 约51亿吨 of freight.
    dict(
        text=(
            "北辰证券研究所2025年8月深度报告《铁路货运智能化：货车与场站的AI大脑》。我们测算，2024年国内铁路货车智能配流、"
            "货运场站智能规划与货车AI图像检测市场规模为26.4亿元，同比增长17.9%，2023年为22.4亿元。随着“公转铁”持续推进，"
            "我们预计2028年市场规模将达到45亿—52亿元。行业龙头轨研智能2024年营收7.2亿元，毛利率44%，首次覆盖给予“增持”"
            "评级，目标价36元；公司三季度新签订单同比增长31%。目前全国铁路货车保有量约100万辆，全年铁路货运量约51亿吨。"
        ),
        obs=[
            ("Total", 2023, 22.4, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2028, 2028, None),
            ("value", 52, "CNY 100 million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.4 / 22.4) ** (1 / 1) - 1 = 17.86% -> 17.9
        ],
    ),
    # 16. Markdown table (AI traffic management and timetabling by country, EUR million) with a CAGR 2024-2030 column
    #     and a Total row: each row's CAGR is stated (span in the header); Italy's 22.6% is inconsistent; rows add to
    #     the Total in both years; 2030F is an estimate. Expected nowhere: the table number, the monitor's title year,
    #     the 9,000 stations, the note on Swiss francs.
    dict(
        text=(
            "Table 4. AI traffic management and timetabling by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-2030 |\n"
            "|---|---|---|---|\n"
            "| Germany | 38.4 | 112.6 | 19.6% |\n"
            "| France | 29.7 | 81.5 | 18.3% |\n"
            "| Italy | 17.2 | 52.8 | 22.6% |\n"
            "| Switzerland | 9.6 | 24.9 | 17.2% |\n"
            "| Total | 94.9 | 271.8 | 19.2% |\n"
            "Source: Alpenbahn Consulting, European Rail Traffic AI Monitor 2025; Swiss figures converted from francs; "
            "the four networks serve about 9,000 stations. F = forecast."
        ),
        obs=[
            ("Germany", 2024, 38.4, "EUR million", "actual"),
            ("Germany", 2030, 112.6, "EUR million", "estimate"),
            ("France", 2024, 29.7, "EUR million", "actual"),
            ("France", 2030, 81.5, "EUR million", "estimate"),
            ("Italy", 2024, 17.2, "EUR million", "actual"),
            ("Italy", 2030, 52.8, "EUR million", "estimate"),
            ("Switzerland", 2024, 9.6, "EUR million", "actual"),
            ("Switzerland", 2030, 24.9, "EUR million", "estimate"),
            ("Total", 2024, 94.9, "EUR million", "actual"),
            ("Total", 2030, 271.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.6 / 38.4) ** (1 / 6) - 1 = 19.64% -> 19.6
            ("cagr|implied", "exact"),  # (81.5 / 29.7) ** (1 / 6) - 1 = 18.32% -> 18.3
            # (52.8 / 17.2) ** (1 / 6) - 1 = 20.56% -> 20.6, not 22.6; bounds (52.75 / 17.25) ** (1/6) - 1 = 20.48%,
            # (52.85 / 17.15) ** (1/6) - 1 = 20.63% -> 22.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (24.9 / 9.6) ** (1 / 6) - 1 = 17.22% -> 17.2
            ("cagr|implied", "exact"),  # (271.8 / 94.9) ** (1 / 6) - 1 = 19.17% -> 19.2
            ("hierarchy", "exact"),  # 2024: 38.4 + 29.7 + 17.2 + 9.6 = 94.9
            ("hierarchy", "exact"),  # 2030F: 112.6 + 81.5 + 52.8 + 24.9 = 271.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表2 2023—2025年中国铁路人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "线路与接触网智能运维\t28.6\t34.2\t40.9\n"
            "智能调度与运行图编制\t17.4\t21.3\t25.8\n"
            "机车车辆图像智能检测\t15.1\t18.5\t22.6\n"
            "货运场站智能规划\t11.4\t12.7\t15.2\n"
            "合计\t72.5\t86.7\t104.6\n"
            "资料来源：轨道交通智能化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("线路与接触网智能运维", 2023, 28.6, "CNY 100 million", "actual"),
            ("线路与接触网智能运维", 2024, 34.2, "CNY 100 million", "actual"),
            ("线路与接触网智能运维", 2025, 40.9, "CNY 100 million", "estimate"),
            ("智能调度与运行图编制", 2023, 17.4, "CNY 100 million", "actual"),
            ("智能调度与运行图编制", 2024, 21.3, "CNY 100 million", "actual"),
            ("智能调度与运行图编制", 2025, 25.8, "CNY 100 million", "estimate"),
            ("机车车辆图像智能检测", 2023, 15.1, "CNY 100 million", "actual"),
            ("机车车辆图像智能检测", 2024, 18.5, "CNY 100 million", "actual"),
            ("机车车辆图像智能检测", 2025, 22.6, "CNY 100 million", "estimate"),
            ("货运场站智能规划", 2023, 11.4, "CNY 100 million", "actual"),
            ("货运场站智能规划", 2024, 12.7, "CNY 100 million", "actual"),
            ("货运场站智能规划", 2025, 15.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 72.5, "CNY 100 million", "actual"),
            ("合计", 2024, 86.7, "CNY 100 million", "actual"),
            ("合计", 2025, 104.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 28.6 + 17.4 + 15.1 + 11.4 = 72.5
            ("hierarchy", "exact"),  # 2024: 34.2 + 21.3 + 18.5 + 12.7 = 86.7
            # 2025E: 40.9 + 25.8 + 22.6 + 15.2 = 104.5, not 104.6; bounds 104.3..104.7 (each part +/-0.05)
            # reach 104.55..104.65 -> 104.6 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Japan, ¥ billion = JPY billion, FY2024 -> 2024) with a share column and a Total row:
    #     four shares (the maintenance row's 41.4% holds only by rounding), rows add to the Total; the Total's 100.0%
    #     is no claim. Expected nowhere: the note number, the 9,100 stations, the 27,000 km of line, the ¥13,870 fare.
    dict(
        text=(
            "Japan: AI spending by railway operators by use, FY2024\n"
            "Use                                                      ¥ billion     Share\n"
            "AI predictive maintenance of track and overhead lines          6.8     41.4%\n"
            "AI inspection of rolling stock from wayside cameras            4.1     25.0%\n"
            "AI timetabling and traffic management                          3.3     20.1%\n"
            "AI crowding forecasts and ticket pricing                       2.2     13.4%\n"
            "Total                                                         16.4    100.0%\n"
            "Note 5: Japan's railways serve some 9,100 stations on about 27,000 km of line; a Tokyo-Osaka bullet-train "
            "ticket costs about ¥13,870. Source: Sakuragi Rail Research."
        ),
        obs=[
            ("AI predictive maintenance of track and overhead lines", 2024, 6.8, "JPY billion", "actual"),
            ("AI inspection of rolling stock from wayside cameras", 2024, 4.1, "JPY billion", "actual"),
            ("AI timetabling and traffic management", 2024, 3.3, "JPY billion", "actual"),
            ("AI crowding forecasts and ticket pricing", 2024, 2.2, "JPY billion", "actual"),
            ("Total", 2024, 16.4, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 41.4, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 20.1, "percent", 2024, 2024, None),
            ("share", 13.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 6.8 / 16.4 = 41.46% -> 41.5, not 41.4; bounds 6.75 / 16.45 = 41.03%, 6.85 / 16.35 = 41.90%
            # -> 41.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 4.1 / 16.4 = 25.00% -> 25.0
            ("arithmetic", "exact"),  # 3.3 / 16.4 = 20.12% -> 20.1
            ("arithmetic", "exact"),  # 2.2 / 16.4 = 13.41% -> 13.4
            ("hierarchy", "exact"),  # 6.8 + 4.1 + 3.3 + 2.2 = 16.4
        ],
    ),
    # 19. Vertical table (Great Britain) whose rows are years, a lone value column headed by its unit only (Total, GBP
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 17.9% is inconsistent. Expected nowhere: the
    #     source's month and year, the 1.6 billion journeys, the 2020 dash.
    dict(
        text=(
            "Great Britain: train operators' spending on AI crowding forecasts and ticket pricing\n"
            "Year | £ million | YoY\n"
            "2020 | 11.2 | -\n"
            "2021 | 13.6 | 21.4%\n"
            "2022 | 17.1 | 25.7%\n"
            "2023 | 20.8 | 21.6%\n"
            "2024 | 24.9 | 17.9%\n"
            "2025E | 29.4 | 18.1%\n"
            "Source: Pennine Rail Economics, June 2025; financial-year figures restated to calendar years; passengers "
            "made about 1.6 billion journeys in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2020, 11.2, "GBP million", "actual"),
            ("Total", 2021, 13.6, "GBP million", "actual"),
            ("Total", 2022, 17.1, "GBP million", "actual"),
            ("Total", 2023, 20.8, "GBP million", "actual"),
            ("Total", 2024, 24.9, "GBP million", "actual"),
            ("Total", 2025, 29.4, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2020, 2021, 1.0),
            ("growth", 25.7, "percent", 2021, 2022, 1.0),
            ("growth", 21.6, "percent", 2022, 2023, 1.0),
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 18.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.6 / 11.2) ** (1 / 1) - 1 = 21.43% -> 21.4
            ("cagr|implied", "exact"),  # (17.1 / 13.6) ** (1 / 1) - 1 = 25.74% -> 25.7
            ("cagr|implied", "exact"),  # (20.8 / 17.1) ** (1 / 1) - 1 = 21.64% -> 21.6
            # (24.9 / 20.8) ** (1 / 1) - 1 = 19.71% -> 19.7, not 17.9; bounds 24.85 / 20.85 - 1 = 19.18%,
            # 24.95 / 20.75 - 1 = 20.24% -> 17.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (29.4 / 24.9) ** (1 / 1) - 1 = 18.07% -> 18.1
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the Canadian-dollar conversion rate, the 49,000 km of track.
    dict(
        text=(
            "Canada: AI in rail freight by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI planning of freight wagons\t18\t23\t29\n"
            "AI terminal planning\t11\t14\t18\n"
            "AI wayside inspection of rolling stock\t9\t12\t16\n"
            "AI predictive maintenance of track\t14\t17\t21\n"
            "Total\t52\t66\t84\n"
            "Source: Laurentide Rail Insights; converted from Canadian dollars at C$1.37; Canada's railways haul "
            "freight over some 49,000 km of track. F = forecast."
        ),
        obs=[
            ("AI planning of freight wagons", 2023, 18, "USD million", "actual"),
            ("AI planning of freight wagons", 2024, 23, "USD million", "actual"),
            ("AI planning of freight wagons", 2025, 29, "USD million", "estimate"),
            ("AI terminal planning", 2023, 11, "USD million", "actual"),
            ("AI terminal planning", 2024, 14, "USD million", "actual"),
            ("AI terminal planning", 2025, 18, "USD million", "estimate"),
            ("AI wayside inspection of rolling stock", 2023, 9, "USD million", "actual"),
            ("AI wayside inspection of rolling stock", 2024, 12, "USD million", "actual"),
            ("AI wayside inspection of rolling stock", 2025, 16, "USD million", "estimate"),
            ("AI predictive maintenance of track", 2023, 14, "USD million", "actual"),
            ("AI predictive maintenance of track", 2024, 17, "USD million", "actual"),
            ("AI predictive maintenance of track", 2025, 21, "USD million", "estimate"),
            ("Total", 2023, 52, "USD million", "actual"),
            ("Total", 2024, 66, "USD million", "actual"),
            ("Total", 2025, 84, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18 + 11 + 9 + 14 = 52
            ("hierarchy", "exact"),  # 2024: 23 + 14 + 12 + 17 = 66
            ("hierarchy", "exact"),  # 2025F: 29 + 18 + 16 + 21 = 84
        ],
    ),
    # 21. US signalling firm's earnings-call answer sizing a North American TAM (USD billion): the TAM the company sizes
    #     is the market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate), "last year"
    #     2024 (actual); YoY with both amounts, CAGR with printed span, 2030 estimate. Expected nowhere: the call's date
    #     and quarter, the Class I railroads' $23 billion of capital spending, the firm's quarterly revenue and margin,
    #     the 6,800 detectors.
    dict(
        text=(
            "Ridgeline Rail Systems Q4 2024 earnings call, February 20, 2025 - Q&A\n"
            "Analyst (Dana Whitcombe, Larchmont Securities): Can you size the opportunity for AI-driven wayside "
            "inspection outside your installed base?\n"
            "CEO Marcus Oduya: Sure. We size the North American TAM for AI predictive maintenance of track, wheels and "
            "bearings, fed by wayside detectors and track-geometry cars, at roughly $2.1 billion this year, up from "
            "$1.7 billion last year, so call it 24% growth. By 2030 we think it's $4.5 billion, a CAGR of about 16% from "
            "2025 to 2030. For context, the Class I railroads will spend north of $23 billion on capital programs this "
            "year, so AI is still a sliver of that. Our own fourth-quarter revenue was $388 million at a 19.8% adjusted "
            "operating margin, and we now have more than 6,800 detectors in the field."
        ),
        obs=[
            ("Total", 2024, 1.7, "USD billion", "actual"),
            ("Total", 2025, 2.1, "USD billion", "estimate"),
            ("Total", 2030, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 16, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.1 / 1.7) ** (1 / 1) - 1 = 23.53% -> 24
            ("cagr|implied", "exact"),  # (4.5 / 2.1) ** (1 / 5) - 1 = 16.47% -> 16
        ],
    ),
    # 22. British working-paper abstract on AI timetabling and traffic management (GBP million): YoY with both amounts,
    #     2030 figure in billions converted to the series' unit (GBP million), CAGR with printed span. Expected nowhere:
    #     the paper number, the 2019-2024 data span, the 37 signallers interviewed, the £21.3 billion of rail capital
    #     spending, the 6% cut in delay minutes (no share of the market), the JEL codes.
    dict(
        text=(
            "Pennine Institute for Transport Economics, Working Paper No. 2025/07. Abstract: Artificial intelligence "
            "is moving into the signalling centre. Using procurement records for 2019-2024 and interviews with 37 "
            "signallers and route controllers, we estimate that Great Britain's infrastructure manager and train "
            "operators spent \u00a3118 million in 2024 on AI timetabling, traffic-management and conflict-detection "
            "software, up from \u00a396 million in 2023, an increase of 23%. A bottom-up model of control-centre upgrades "
            "projects \u00a30.41 billion in 2030, a compound annual growth rate of 23.1% over 2024-2030. That remains "
            "small beside the \u00a321.3 billion of rail capital spending planned for the current control period, yet "
            "our simulations suggest that AI rescheduling cut reactionary delay minutes by 6% on the routes studied. "
            "JEL codes: L92, O33."
        ),
        obs=[
            ("Total", 2023, 96, "GBP million", "actual"),
            ("Total", 2024, 118, "GBP million", "actual"),
            ("Total", 2030, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 96) ** (1 / 1) - 1 = 22.92% -> 23
            ("cagr|implied", "exact"),  # (410 / 118) ** (1 / 6) - 1 = 23.07% -> 23.1
        ],
    ),
    # 23. Social-media thread (numbered posts) on German AI monitoring of overhead lines, track and wheelsets
    #     (EUR million): YoY with both amounts, a 2030 forecast with a CAGR of printed span that no reading reaches
    #     (inconsistent). Expected nowhere: the ~€18bn federal rail infrastructure budget, the 33,000 km of track,
    #     the 41% survey answer.
    dict(
        text=(
            "1/ Germany's market for AI monitoring of overhead lines, track and wheelsets hit \u20ac74m in 2024, per a "
            "new study from Schienenblick Analytics in Leipzig. Thread on what's driving it.\n"
            "2/ That's up 30% from \u20ac57m in 2023, the fastest jump they've recorded. Drones and train-mounted "
            "cameras on the catenary are doing most of the work.\n"
            "3/ Their forecast: \u20ac210m by 2030, which they call a 21% CAGR over 2024-30.\n"
            "4/ For scale: the federal government is putting ~\u20ac18bn into rail infrastructure this year, and the "
            "network runs to some 33,000 km of track.\n"
            "5/ In their survey, 41% of maintenance managers said AI alerts had cut unplanned line closures. End of "
            "thread."
        ),
        obs=[
            ("Total", 2023, 57, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2030, 210, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 57) ** (1 / 1) - 1 = 29.82% -> 30
            # (210 / 74) ** (1 / 6) - 1 = 18.99%; bounds (209.5 / 74.5) ** (1/6) - 1 = 18.81%,
            # (210.5 / 73.5) ** (1/6) - 1 = 19.17% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Paris web article with a correction line on AI crowding forecasts and dynamic pricing (EUR million): YoY
    #     with both amounts, a part with its share holding only by rounding, a 2029 forecast (estimate). Expected
    #     nowhere: the dateline, the misprinted €138 million of the correction, the 62% survey answer, the €43
    #     average fare, the 1.3 billion journeys, the operators' €9.8 billion of ticket revenue.
    dict(
        text=(
            "Rail operators' AI spend on crowding forecasts and fares climbs 21%\n"
            "PARIS, 12 June 2025 - French rail operators spent \u20ac183 million in 2024 on AI tools that forecast "
            "crowding on trains and platforms and set ticket prices, up 21% from \u20ac151 million in 2023, according "
            "to a study by Cabinet M\u00e9ridienne published on Wednesday. Dynamic-pricing engines accounted for \u20ac49 "
            "million, or 26% of the total, with most of the rest going to crowding forecasts for commuter and regional "
            "lines. The consultancy expects the market to reach \u20ac410 million in 2029. Some 62% of operators it "
            "surveyed said they plan to extend AI pricing to regional trains. The average long-distance fare was \u20ac43 "
            "last year, passengers made about 1.3 billion journeys, and ticket revenue came to \u20ac9.8 billion.\n"
            "Correction: An earlier version of this article misstated the 2024 market size as \u20ac138 million. It was "
            "\u20ac183 million."
        ),
        obs=[
            ("Total", 2023, 151, "EUR million", "actual"),
            ("Total", 2024, 183, "EUR million", "actual"),
            ("Dynamic-pricing engines", 2024, 49, "EUR million", "actual"),
            ("Total", 2029, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (183 / 151) ** (1 / 1) - 1 = 21.19% -> 21
            # 49 / 183 = 26.78% -> 27, not 26; bounds 48.5 / 183.5 = 26.43%, 49.5 / 182.5 = 27.12%
            # -> 26 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Bologna wayside-camera maker's letter to shareholders on the European market for AI inspection of rolling
    #     stock (EUR million): 2020 and 2024 actuals with a multiple (x2.6 over 4 years, no verdict), a 2028 figure in
    #     billions converted to EUR million (estimate), a CAGR whose span only the amounts' years give (inferred).
    #     Expected nowhere: the dateline, the company's revenue, growth and EBITDA margin, the CHF 38 million contract,
    #     the 1,150 trains a day, the €0.24 dividend, the 410 colleagues.
    dict(
        text=(
            "Letter to shareholders - Bologna, 24 March 2025\n"
            "Dear shareholders, 2024 was the year wayside vision went mainstream. By our estimate the European market for "
            "AI inspection of rolling stock from wayside cameras, which photograph wheels, brakes, pantographs and "
            "underframes as trains pass at line speed, reached \u20ac312 million in 2024, 2.6 times its 2020 size of "
            "\u20ac120 million. We expect it to reach \u20ac0.67 billion in 2028, growth of about 21% a year. Visiotrack "
            "grew faster than the market: revenue rose 34% to \u20ac64.2 million and our EBITDA margin reached 17.1%. We "
            "signed a CHF 38 million framework agreement with a Swiss operator, our portals now watch some 1,150 trains "
            "a day, and the board proposes a dividend of \u20ac0.24 per share. My thanks go to our 410 colleagues."
        ),
        obs=[
            ("Total", 2020, 120, "EUR million", "actual"),
            ("Total", 2024, 312, "EUR million", "actual"),
            ("Total", 2028, 670, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2020, 2024, 4.0),
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (670 / 312) ** (1 / 4) - 1 = 21.05% -> 21
        ],
    ),
    # 26. Sydney freight rail group's investor-day slide bullets sizing a global TAM for AI wagon and terminal planning
    #     (USD billion): 2024A actual, 2025E and 2030E estimates, YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the A$2.4bn conversion (currency not in the unit table), the slide number, the fleet of
    #     640 locomotives, 14,200 wagons and 11 terminals, the group's FY25 revenue and margin, the 12% cut in dwell time.
    dict(
        text=(
            "Southern Cross Rail Group - Investor Day 2025 - Sydney, 4 June 2025\n"
            "Slide 14: AI freight planning, the opportunity\n"
            "- 2024A TAM: US$1.30B (global AI wagon allocation and terminal planning software)\n"
            "- 2025E TAM: US$1.55B (+19% YoY), roughly A$2.4bn\n"
            "- 2030E TAM: US$3.4B, a 17% CAGR over 2025-30E\n"
            "- Our fleet: 640 locomotives, 14,200 wagons, 11 intermodal terminals\n"
            "- FY25 guidance: freight revenue A$3.1bn, EBITDA margin 31%\n"
            "- Pilot results: terminal dwell time down 12% at two sites, wagon turnaround faster on every corridor"
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2025, 1.55, "USD billion", "estimate"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.55 / 1.30) ** (1 / 1) - 1 = 19.23% -> 19
            ("cagr|implied", "exact"),  # (3.4 / 1.55) ** (1 / 5) - 1 = 17.01% -> 17
        ],
    ),
    # 27. Forum answer quoting two research houses on Spanish AI timetabling and traffic management (EUR million): the
    #     first house's 2023, 2024 and 2030 figures, YoY with both amounts, a CAGR of printed span holding only by
    #     rounding. Expected nowhere: the second house's 2024 figure (€105 million), the 11 accepted answers, Adif's
    #     ~€5 billion investment budget, the €35 ticket, the 4,000 km of high-speed line.
    dict(
        text=(
            "Re: How big is the market for AI timetabling in Spain?\n"
            "Answer from anden_9 (Madrid), 11 answers accepted:\n"
            "Two research houses have published numbers, and they don't agree. Consultora Tajo puts Spanish spending on "
            "AI timetabling and traffic-management software at \u20ac88 million in 2024, up from \u20ac71 million in 2023 "
            "(roughly 24%), and sees \u20ac240 million by 2030, a CAGR of 18.3% over 2024-2030. An\u00e1lisis Ebro is more "
            "bullish and puts 2024 at \u20ac105 million. Either way it's small next to Adif's investment budget of around "
            "\u20ac5 billion a year, and a Madrid-Barcelona ticket still costs \u20ac35 on a good day. The country has "
            "about 4,000 km of high-speed line, so there is plenty to schedule. Hope that helps."
        ),
        obs=[
            ("Total", 2023, 71, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2030, 240, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88 / 71) ** (1 / 1) - 1 = 23.94% -> 24
            # (240 / 88) ** (1 / 6) - 1 = 18.20% -> 18.2, not 18.3; bounds (239.5 / 88.5) ** (1/6) - 1 = 18.05%,
            # (240.5 / 87.5) ** (1/6) - 1 = 18.35% -> 18.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Mumbai broker note in rupees on AI crowding forecasts, dynamic fares and timetable optimisation: rupees are not
    #     in the unit table, so no observation; its YoY (FY2025 -> 2025), CAGR (printed span) and share are claims,
    #     none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the ₹2,350 crore,
    #     the 7.1 billion passengers, the target price and upside, the pick's March-quarter margin.
    dict(
        text=(
            "Deccan Capital Markets - India Rail Technology - Mumbai, 3 July 2025\n"
            "Fares that think. We size India's market for AI crowding forecasts, dynamic fares and timetable "
            "optimisation for rail operators at \u20b92,350 crore in FY2025, up 31% year on year, and forecast a 26% "
            "CAGR over FY2025-FY2030 as metro systems and Indian Railways' premium trains adopt demand-based pricing. "
            "Passenger-demand forecasting makes up 44% of that spend. Indian Railways carried some 7.1 billion "
            "passengers in FY2025. Our top pick, Setu RailSoft (BUY, TP \u20b91,240, 22% upside), reported a 19.5% "
            "EBITDA margin in the March quarter."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("cagr", 26, "percent", 2025, 2030, None, "stated"),
            ("share", 44, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI maintenance of railway infrastructure: YoY with both amounts, a
    #     part with its share, a CAGR with printed span to a 2028 estimate. Expected nowhere: the dateline, the 8506亿元
    #     of fixed-asset investment, the 16.2万公里 and 4.8万公里 of line, the 43.1亿人次 of passengers.
    dict(
        text=(
            "新华社北京2025年2月12日电(记者李铭远)记者从中国铁道智能运维研究中心获悉,2024年我国铁路基础设施AI智能运维"
            "(含轨道、接触网及车辆轮对智能检测)市场规模达到142.6亿元,较2023年的115.3亿元增长23.7%。其中,接触网AI巡检"
            "市场规模为38.9亿元,占比27.3%。中心预计,到2028年该市场规模将达到310亿元,2024—2028年年均复合增长率约21.4%。"
            "数据显示,2024年全国铁路完成固定资产投资8506亿元,营业里程达到16.2万公里,其中高铁4.8万公里;全年旅客发送量"
            "43.1亿人次。"
        ),
        obs=[
            ("Total", 2023, 115.3, "CNY 100 million", "actual"),
            ("Total", 2024, 142.6, "CNY 100 million", "actual"),
            ("接触网AI巡检", 2024, 38.9, "CNY 100 million", "actual"),
            ("Total", 2028, 310, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("share", 27.3, "percent", 2024, 2024, None),
            ("cagr", 21.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142.6 / 115.3) ** (1 / 1) - 1 = 23.68% -> 23.7
            ("arithmetic", "exact"),  # 38.9 / 142.6 = 27.28% -> 27.3
            ("cagr|implied", "exact"),  # (310 / 142.6) ** (1 / 4) - 1 = 21.43% -> 21.4
        ],
    ),
    # 30. Chengdu municipal plan (Simplified, 亿元) on AI wagon allocation and container-terminal planning: 2024 base
    #     actual, 2027 target (力争突破, printed figure, estimate), a part in 万元 kept in its own unit (CNY 10 thousand,
    #     2027 target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by rounding.
    #     Expected nowhere: the document number, the title's year span, the 300万标箱 of capacity, the 5000列 of
    #     trains, the 2 hubs, the 1.5亿元 special fund.
    dict(
        text=(
            "《成都市铁路物流枢纽智能化提升行动计划(2025—2027年)》(成交运发〔2025〕12号)\n"
            "二、主要目标。到2027年,全市铁路货运AI车皮调配与集装箱场站智能规划市场规模力争突破20亿元,2024年为11.2亿元,"
            "年均增长约22%;其中,AI货车车辆图像智能检测市场规模力争达到6800万元。全市铁路集装箱场站年作业能力达到300万"
            "标箱,中欧班列年开行量稳定在5000列以上,建成2个国家级铁路物流枢纽。三、保障措施。市级财政安排专项资金约1.5亿元,"
            "支持企业开放场站作业数据,推动AI配载与调度算法在枢纽落地应用。"
        ),
        obs=[
            ("Total", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2027, 20, "CNY 100 million", "estimate"),
            ("AI货车车辆图像智能检测", 2027, 6800, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (20 / 11.2) ** (1 / 3) - 1 = 21.32% -> 21, not 22; bounds (19.5 / 11.25) ** (1/3) - 1 = 20.12%,
            # (20.5 / 11.15) ** (1/3) - 1 = 22.51% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI in Taiwan's rail transport: YoY with both amounts, a
    #     CAGR with printed span to a 2028 estimate (預估) holding only by rounding. Expected nowhere: the dateline, the
    #     report's title year, the share in words (約佔四成), the 11.8億人次 of riders, the 1,500公里 of line, the 58%
    #     survey answer.
    dict(
        text=(
            "【台北訊】2025年3月18日 財團法人台灣軌道科技研究院今(18)日發布《2025台灣軌道智慧化產業報告》指出,2024年"
            "台灣軌道運輸AI應用(含軌道與車輛預測性維修、智慧行車調度及旅運需求預測)市場規模達新台幣27.4億元,較2023年的"
            "21.9億元成長25.1%。研究院預估,2028年市場規模將達新台幣61億元,2024至2028年複合成長率約22.3%。其中預測性維修"
            "約佔四成,為最大應用領域。研究院指出,台鐵公司、台灣高鐵及各捷運系統2024年合計運量約11.8億人次,全台軌道營運"
            "里程約1,500公里;受訪業者中有58%計畫於兩年內導入AI排班系統。"
        ),
        obs=[
            ("Total", 2023, 21.9, "TWD 100 million", "actual"),
            ("Total", 2024, 27.4, "TWD 100 million", "actual"),
            ("Total", 2028, 61, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("cagr", 22.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 21.9) ** (1 / 1) - 1 = 25.11% -> 25.1
            # (61 / 27.4) ** (1 / 4) - 1 = 22.15% -> 22.2, not 22.3; bounds (60.5 / 27.45) ** (1/4) - 1 = 21.84%,
            # (61.5 / 27.35) ** (1/4) - 1 = 22.46% -> 22.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI in the territory's railways: 2024 (約, printed
    #     figure) and 2023 actuals with a YoY, a part with its share, a 2028 estimate with a CAGR of printed span that
    #     no reading reaches (inconsistent). Expected nowhere: the dateline, the report's title year, the 270公里 of
    #     network, the 99 stations, the 480萬人次 of riders, the operator's 230億港元 of fare revenue.
    dict(
        text=(
            "【本報訊】2025年4月10日 香港鐵路科技協會發表《2025香港軌道智能化發展報告》指出,2024年本港鐵路AI應用(包括"
            "軌道及架空電纜預測性維修、車廠列車影像巡檢及車站人流預測)市場規模約為18.6億港元,較2023年的15.9億港元增長"
            "17%。其中,車廠列車影像巡檢約為4.2億港元,佔22.6%。報告預計,2028年市場規模將增至41.5億港元,2024至2028年複合"
            "年增長率達24.5%。協會指出,本港鐵路網絡全長約270公里,設有99個車站,平日載客量約480萬人次;港鐵公司2024年"
            "本地客運業務收入約230億港元。"
        ),
        obs=[
            ("Total", 2023, 15.9, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("車廠列車影像巡檢", 2024, 4.2, "HKD 100 million", "actual"),
            ("Total", 2028, 41.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 22.6, "percent", 2024, 2024, None),
            ("cagr", 24.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.9) ** (1 / 1) - 1 = 16.98% -> 17
            ("arithmetic", "exact"),  # 4.2 / 18.6 = 22.58% -> 22.6
            # (41.5 / 18.6) ** (1 / 4) - 1 = 22.22%; bounds (41.45 / 18.65) ** (1/4) - 1 = 22.10%,
            # (41.55 / 18.55) ** (1/4) - 1 = 22.34% -> 24.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報], 億美元) on global AI wagon allocation and terminal planning: YoY with both
    #     amounts holding only by rounding, a 2030 estimate (上看, printed figure) with a CAGR of printed span. Expected
    #     nowhere: the post's time line, the title's repeat of the 2030 figure, the share in words (超過一半), the
    #     近600萬輛 wagons, 台鐵's freight revenue, the stock's quarterly growth.
    dict(
        text=(
            "作者 ironhorse88 (貨車迷)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:全球鐵路貨運AI規劃市場2030年上看52億美元\n"
            "時間 Thu May 15 22:41:07 2025\n"
            "1.新聞來源:星軌產業顧問\n"
            "2.內容:星軌產業顧問最新報告指出,2024年全球鐵路貨運AI車皮調配與場站規劃市場規模為19.8億美元,較2023年的"
            "16.5億美元成長21%。報告預估2030年市場規模上看52億美元,2024至2030年複合成長率為17.5%,其中北美與歐洲合計"
            "占比超過一半。全球目前有近600萬輛鐵路貨車在線運行。\n"
            "3.心得:台鐵貨運一年營收才十幾億台幣,這塊還是要看美國和歐洲,推文講的那檔上季營收年增40%別追太高。"
        ),
        obs=[
            ("Total", 2023, 16.5, "USD 100 million", "actual"),
            ("Total", 2024, 19.8, "USD 100 million", "actual"),
            ("Total", 2030, 52, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (19.8 / 16.5) ** (1 / 1) - 1 = 20.00% -> 20, not 21; bounds 19.75 / 16.55 - 1 = 19.34%,
            # 19.85 / 16.45 - 1 = 20.67% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (52 / 19.8) ** (1 / 6) - 1 = 17.46% -> 17.5
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI train dispatching and crowding forecasts for urban rail: YoY with
    #     both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict).
    #     Expected nowhere: the report date and series number, the 1.1万公里 of lines, the 322亿人次 of riders, the
    #     target price and upside, the pick's revenue.
    dict(
        text=(
            "【华岳证券】轨交智能化系列报告之三:AI调度走向前台(2025年8月19日)\n"
            "摘要:我们测算,2024年我国城市轨道交通AI行车调度与客流拥挤度预测市场规模为36.8亿元,较2023年的29.5亿元同比"
            "增长24.7%;预计2027年市场规模将达到62—70亿元。其中客流拥挤度预测与动态票价占比约31%,为增速最快的细分场景。"
            "截至2024年底,全国城轨运营里程约1.1万公里,全年客运量约322亿人次。首次覆盖给予行业“推荐”评级,重点推荐轨智"
            "科技(目标价36元,上涨空间27%),公司2024年营业收入8.2亿元。"
        ),
        obs=[
            ("Total", 2023, 29.5, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("value", 62, "CNY 100 million", 2027, 2027, None),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.8 / 29.5) ** (1 / 1) - 1 = 24.75% -> 24.7
        ],
    ),
    # 35. Inspection-system maker's results-briefing transcript (Simplified, 亿元), dated 2025, on AI image inspection
    #     of rolling stock: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY, 2028 (有望,
    #     estimate) with a CAGR of printed span. Expected nowhere: the briefing's date, the company's half-year revenue
    #     and gross margin, the second quarter's net profit, the 4,800标准组 of EMUs, the 100万辆 of wagons.
    dict(
        text=(
            "华轨智检2025年半年度业绩说明会文字实录(2025年8月27日)\n"
            "投资者:请问公司如何看待铁路车辆AI图像巡检的市场空间?\n"
            "董事长:根据我们的测算,今年全国铁路车辆AI图像巡检(含动车组及货车运行故障动态图像检测)市场规模约24亿元,"
            "去年为20.3亿元,增长约18%。到2028年,这一市场有望达到40亿元,2025—2028年复合增长率约18.6%。公司上半年实现"
            "营业收入11.6亿元,毛利率41.2%;第二季度归母净利润1.9亿元。目前全路配属动车组约4,800标准组,铁路货车约100万辆。"
        ),
        obs=[
            ("Total", 2024, 20.3, "CNY 100 million", "actual"),
            ("Total", 2025, 24, "CNY 100 million", "estimate"),
            ("Total", 2028, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 18.6, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 20.3) ** (1 / 1) - 1 = 18.23% -> 18
            ("cagr|implied", "exact"),  # (40 / 24) ** (1 / 3) - 1 = 18.56% -> 18.6
        ],
    ),
    # 36. Markdown table (USD million, US AI in rail operations) by segment with a Total row and a CAGR column (span
    #     printed in the header); 2029F is an estimate; the maintenance CAGR holds only by rounding, the timetabling
    #     CAGR by no reading (inconsistent). Expected nowhere: the table number, the ~$23 billion of Class I capital
    #     spending and the 1.6 million freight cars in the note.
    dict(
        text=(
            "Table 3. US market for AI in rail operations by segment (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| Track and wheel predictive maintenance | 412 | 968 | 18.7% |\n"
            "| Wayside camera inspection of rolling stock | 236 | 598 | 20.4% |\n"
            "| Timetabling and traffic management | 158 | 372 | 19.1% |\n"
            "| Freight wagon and terminal planning | 121 | 330 | 22.2% |\n"
            "| Total | 927 | 2,268 | 19.6% |\n"
            "Note: F = forecast. Source: Keystone Rail Research, from railroad and transit-agency contracts. Excludes "
            "Class I railroads' capital spending of about $23 billion and the roughly 1.6 million freight cars in service."
        ),
        obs=[
            ("Track and wheel predictive maintenance", 2024, 412, "USD million", "actual"),
            ("Track and wheel predictive maintenance", 2029, 968, "USD million", "estimate"),
            ("Wayside camera inspection of rolling stock", 2024, 236, "USD million", "actual"),
            ("Wayside camera inspection of rolling stock", 2029, 598, "USD million", "estimate"),
            ("Timetabling and traffic management", 2024, 158, "USD million", "actual"),
            ("Timetabling and traffic management", 2029, 372, "USD million", "estimate"),
            ("Freight wagon and terminal planning", 2024, 121, "USD million", "actual"),
            ("Freight wagon and terminal planning", 2029, 330, "USD million", "estimate"),
            ("Total", 2024, 927, "USD million", "actual"),
            ("Total", 2029, 2268, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (968 / 412) ** (1 / 5) - 1 = 18.63% -> 18.6, not 18.7; bounds (967.5 / 412.5) ** (1/5) - 1 = 18.59%,
            # (968.5 / 411.5) ** (1/5) - 1 = 18.67% -> 18.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (598 / 236) ** (1 / 5) - 1 = 20.44% -> 20.4
            # (372 / 158) ** (1 / 5) - 1 = 18.68%; bounds (371.5 / 158.5) ** (1/5) - 1 = 18.57%,
            # (372.5 / 157.5) ** (1/5) - 1 = 18.79% -> 19.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (330 / 121) ** (1 / 5) - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # (2268 / 927) ** (1 / 5) - 1 = 19.59% -> 19.6
            ("hierarchy", "exact"),  # 2024: 412 + 236 + 158 + 121 = 927
            ("hierarchy", "exact"),  # 2029F: 968 + 598 + 372 + 330 = 2268
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years ending in March -> 2023, 2024) of AI in Japanese railway
    #     operations by use with a Total row and a YoY column; the rescheduling YoY is reached by no reading
    #     (inconsistent). Expected nowhere: the table number, the ~¥5.2 trillion of JR railway revenue, the April-June
    #     quarter's ¥29.4 billion, the 9,000 stations.
    dict(
        text=(
            "Table 2: AI in Japanese railway operations by use, fiscal years (\u00a5 billion)\n"
            "Use\tFY2023\tFY2024\tYoY\n"
            "Overhead-line and track monitoring\t38.6\t46.9\t21.5%\n"
            "Crowding forecasts and seat pricing\t21.4\t27.3\t27.6%\n"
            "Rolling-stock image inspection\t17.2\t20.8\t20.9%\n"
            "Timetable rescheduling\t12.5\t15.1\t24.8%\n"
            "Total\t89.7\t110.1\t22.7%\n"
            "Note: fiscal years end in March. Source: Kansai Institute of Rail Informatics. Excludes JR groups' railway "
            "operating revenue of about \u00a55.2 trillion; the April-June 2025 quarter's \u00a529.4 billion is not "
            "comparable. Japan has some 9,000 stations."
        ),
        obs=[
            ("Overhead-line and track monitoring", 2023, 38.6, "JPY billion", "actual"),
            ("Overhead-line and track monitoring", 2024, 46.9, "JPY billion", "actual"),
            ("Crowding forecasts and seat pricing", 2023, 21.4, "JPY billion", "actual"),
            ("Crowding forecasts and seat pricing", 2024, 27.3, "JPY billion", "actual"),
            ("Rolling-stock image inspection", 2023, 17.2, "JPY billion", "actual"),
            ("Rolling-stock image inspection", 2024, 20.8, "JPY billion", "actual"),
            ("Timetable rescheduling", 2023, 12.5, "JPY billion", "actual"),
            ("Timetable rescheduling", 2024, 15.1, "JPY billion", "actual"),
            ("Total", 2023, 89.7, "JPY billion", "actual"),
            ("Total", 2024, 110.1, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.9 / 38.6 - 1 = 21.50% -> 21.5
            ("cagr|implied", "exact"),  # 27.3 / 21.4 - 1 = 27.57% -> 27.6
            ("cagr|implied", "exact"),  # 20.8 / 17.2 - 1 = 20.93% -> 20.9
            # 15.1 / 12.5 - 1 = 20.80%; bounds 15.05 / 12.55 - 1 = 19.92%, 15.15 / 12.45 - 1 = 21.69%
            # -> 24.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 110.1 / 89.7 - 1 = 22.74% -> 22.7
            ("hierarchy", "exact"),  # FY2023: 38.6 + 21.4 + 17.2 + 12.5 = 89.7
            ("hierarchy", "exact"),  # FY2024: 46.9 + 27.3 + 20.8 + 15.1 = 110.1
        ],
    ),
    # 38. Space-aligned table (GBP million, UK, 2024) of AI spending on the railway by use with a share column and a
    #     Total row; two shares hold only by rounding; the Total row's 100.0% is no claim. Expected nowhere: the £11.6
    #     billion of fare income, the 2,580 stations, the 1.6 billion journeys.
    dict(
        text=(
            "UK rail: spending on AI tools by use, 2024 (GBP million)\n"
            "Use                                     \u00a3m     Share\n"
            "Track and overhead-line maintenance     57     35.8%\n"
            "Timetabling and traffic management      38     23.7%\n"
            "Crowding forecasts and fares            30     19.1%\n"
            "Rolling-stock camera inspection         21     13.2%\n"
            "Freight wagon and terminal planning     13      8.2%\n"
            "Total                                  159    100.0%\n"
            "Note: compiled by Aldgate Rail Insight from operator and infrastructure-manager contracts. Excludes the "
            "\u00a311.6 billion of passenger fare income and the 2,580 stations; the 1.6 billion journeys made in 2024 "
            "are shown for scale only."
        ),
        obs=[
            ("Track and overhead-line maintenance", 2024, 57, "GBP million", "actual"),
            ("Timetabling and traffic management", 2024, 38, "GBP million", "actual"),
            ("Crowding forecasts and fares", 2024, 30, "GBP million", "actual"),
            ("Rolling-stock camera inspection", 2024, 21, "GBP million", "actual"),
            ("Freight wagon and terminal planning", 2024, 13, "GBP million", "actual"),
            ("Total", 2024, 159, "GBP million", "actual"),
        ],
        claims=[
            ("share", 35.8, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 19.1, "percent", 2024, 2024, None),
            ("share", 13.2, "percent", 2024, 2024, None),
            ("share", 8.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 57 / 159 = 35.85% -> 35.8
            # 38 / 159 = 23.90% -> 23.9, not 23.7; bounds 37.5 / 159.5 = 23.51%, 38.5 / 158.5 = 24.29%
            # -> 23.7 reached only by some reading
            ("arithmetic", "rounding"),
            # 30 / 159 = 18.87% -> 18.9, not 19.1; bounds 29.5 / 159.5 = 18.50%, 30.5 / 158.5 = 19.24%
            # -> 19.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 21 / 159 = 13.21% -> 13.2
            ("arithmetic", "exact"),  # 13 / 159 = 8.18% -> 8.2
            ("hierarchy", "exact"),  # 57 + 38 + 30 + 21 + 13 = 159
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Italy): its lone value column is headed by its unit only,
    #     so it is the market's Total; 2025E and 2026E are estimates; a YoY column from 2022 on, each exact. Expected
    #     nowhere: the source's date, the first quarter's €24 million, the €12 billion investment plan, the 16,800 km.
    dict(
        text=(
            "Italy: AI in rail infrastructure maintenance and traffic management\n"
            "Year | EUR million | YoY\n"
            "2021 | 46 | -\n"
            "2022 | 58 | 26%\n"
            "2023 | 71 | 22%\n"
            "2024 | 88 | 24%\n"
            "2025E | 107 | 22%\n"
            "2026E | 129 | 21%\n"
            "Note: E = estimate. Source: Osservatorio Binari Digitali, Milan, May 2025. First-quarter 2025 spending came "
            "to \u20ac24 million. Excludes the network's \u20ac12 billion annual investment plan and its 16,800 km of lines."
        ),
        obs=[
            ("Total", 2021, 46, "EUR million", "actual"),
            ("Total", 2022, 58, "EUR million", "actual"),
            ("Total", 2023, 71, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2025, 107, "EUR million", "estimate"),
            ("Total", 2026, 129, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2021, 2022, 1.0),
            ("growth", 22, "percent", 2022, 2023, 1.0),
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("growth", 21, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 46 - 1 = 26.09% -> 26
            ("cagr|implied", "exact"),  # 71 / 58 - 1 = 22.41% -> 22
            ("cagr|implied", "exact"),  # 88 / 71 - 1 = 23.94% -> 24
            ("cagr|implied", "exact"),  # 107 / 88 - 1 = 21.59% -> 22
            ("cagr|implied", "exact"),  # 129 / 107 - 1 = 20.56% -> 21
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's rail transport by application with a 合計 row;
    #     2025年(預估) is an estimate; the 2024 合計 holds only by rounding. Expected nowhere: the table number, the
    #     新台幣900億元 of fare revenue, the 240座 stations.
    dict(
        text=(
            "表3 台灣軌道AI應用細分市場規模(單位:新台幣億元)\n"
            "應用領域 | 2023年 | 2024年 | 2025年(預估)\n"
            "軌道與車輛預測性維修 | 8.6 | 10.9 | 13.5\n"
            "智慧行車調度 | 5.2 | 6.8 | 8.7\n"
            "車輛影像巡檢 | 4.3 | 5.6 | 7.2\n"
            "旅運需求預測與票價 | 3.8 | 4.0 | 5.3\n"
            "合計 | 21.9 | 27.4 | 34.7\n"
            "資料來源:台灣軌道科技研究院;2025年為預估值。不含台鐵、高鐵及捷運票箱收入約新台幣900億元,全台約240座車站"
            "僅供參考。"
        ),
        obs=[
            ("軌道與車輛預測性維修", 2023, 8.6, "TWD 100 million", "actual"),
            ("軌道與車輛預測性維修", 2024, 10.9, "TWD 100 million", "actual"),
            ("軌道與車輛預測性維修", 2025, 13.5, "TWD 100 million", "estimate"),
            ("智慧行車調度", 2023, 5.2, "TWD 100 million", "actual"),
            ("智慧行車調度", 2024, 6.8, "TWD 100 million", "actual"),
            ("智慧行車調度", 2025, 8.7, "TWD 100 million", "estimate"),
            ("車輛影像巡檢", 2023, 4.3, "TWD 100 million", "actual"),
            ("車輛影像巡檢", 2024, 5.6, "TWD 100 million", "actual"),
            ("車輛影像巡檢", 2025, 7.2, "TWD 100 million", "estimate"),
            ("旅運需求預測與票價", 2023, 3.8, "TWD 100 million", "actual"),
            ("旅運需求預測與票價", 2024, 4.0, "TWD 100 million", "actual"),
            ("旅運需求預測與票價", 2025, 5.3, "TWD 100 million", "estimate"),
            ("合計", 2023, 21.9, "TWD 100 million", "actual"),
            ("合計", 2024, 27.4, "TWD 100 million", "actual"),
            ("合計", 2025, 34.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.6 + 5.2 + 4.3 + 3.8 = 21.9
            # 2024: 10.9 + 6.8 + 5.6 + 4.0 = 27.3 vs 27.4; rows' bounds 27.1-27.5, total's 27.35-27.45
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025(預估): 13.5 + 8.7 + 7.2 + 5.3 = 34.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2030e',
    '£79 million or some 43%',
    'A second house, Spree Mobility Analytics, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣9.6億元',
    '億港元',
    '中央社記者林佳蓉台北2025年4月9日電',
    '| Country | 2024 | 2030F | CAGR 2024-2030 |',
    '2024 | 24.9 | 17.9%',
    'Ridgeline Rail Systems Q4 2024 earnings call, February 20, 2025',
    'Working Paper No. 2025/07. Abstract:',
    "2/ That's up 30% from €57m in 2023",
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: US$1.55B (+19% YoY), roughly A$2.4bn',
    'Análisis Ebro is more bullish and puts 2024 at €105 million',
    '₹2,350 crore in FY2025',
    '新华社北京2025年2月12日电',
    '標題 [情報] 研調:全球鐵路貨運AI規劃市場2030年上看52億美元',
    '预计2027年市场规模将达到62—70亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 21.9 | 27.4 | 34.7',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 202
#: figures, 70 rates, 97 verdicts and 2 false inconsistent
#: after the readings chosen on it and the two-hundred-and-forty-fourth set: 205, 70, 97 and 2
FLOORS = {"figures_found": 205, "rates_found": 70, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset246.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
