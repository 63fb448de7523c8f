"""A two-hundred-and-fourteenth check set for the extractor, written blind: AI in public transport and urban mobility: AI
timetabling and demand forecasting for buses, metros and railways, AI fare collection and passenger-flow analytics, AI
predictive maintenance of rolling stock and track, AI traffic-signal control and smart parking, AI for ride-hailing
dispatch and micromobility fleets; sized in money by transport authorities and ministries, operators' associations,
brokers, consultancies, research houses and vendors' investor days, in the United States, Canada, the United Kingdom,
Germany, France, Spain, the Netherlands, Japan, South Korea, India (rupees only as an aside), Singapore, mainland China,
Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: an operator's total fare revenue or capital budget beside the AI part, numbers of passengers, trips,
vehicles, stations or kilometres, a fare, a funding round and valuation, a quarter's or a holiday week's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in public transport and urban mobility: eight English prose texts (a
Denver wire release on transit timetabling, a Tokyo broker note in fiscal years and yen on rolling-stock maintenance, a
London briefing with three segments and shares, a Berlin article on traffic-signal control quoting two houses, an
investor-day TAM for dispatch software, a Madrid strategy with last-year/this-year figures and a 2030 target, a
correction notice on French smart parking with a range, a Dutch micromobility blog with 'more than doubled'), seven
Chinese prose texts (a metro industry report, a Jiangsu plan with 力争到 and 增长2倍, a Xinhua story on ride-hailing dispatch
quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a Taipei agency story with 去年/今年, a
broker deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned
with shares, a vertical table of years with YoY, a tab-separated segment table). Left out: fare revenue, capital budgets
and construction investment, passengers, trips, orders, vehicles, intersections, kilometres, fares, funding rounds and
valuations, quarter and holiday-week figures, survey answers, companies' revenue, margins, targets and price targets, a
second publisher's figure, a correction's wrong figures. Inconsistent: the Berlin CAGR, the Xinhua dispatch share, the
UK 2024 YoY and the Canadian 2025F total. Only by rounding: the Tokyo and Taiwan CAGRs, the London timetabling share,
the Taipei YoY, the parking row's CAGR, the 2025E 合计 and the French parking share.

Snippets 21-40: Twenty snippets on AI in public transport and urban mobility, numbered 21-40: eight English prose pieces
(a US earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date, a German discussion-
paper abstract in euros, a numbered social-media thread on micromobility fleet software, a UK web article with a
correction line, a Spanish annual-report letter to shareholders, investor-day slide bullets, a forum answer quoting two
research houses, and a Korean broker note in won that gives claims but no observations), seven Chinese prose pieces (a
Xinhua-style release, a Chengdu municipal plan, a Taipei research release, a Hong Kong association report in 億港元, a PTT
post, a broker abstract with a 2026 range, a results-briefing transcript) and five tables (markdown in euros with a CAGR
column, tab-separated yen with a YoY column, space-aligned euros with a share column, a vertical table of years in US
dollars, a Traditional Chinese table with a 合計 row). Left out everywhere: operators' fare revenue, road budgets and
capital budgets, passengers, trips, vehicles, junctions, parking bays and kilometres, fares and fees, funding rounds and
valuations, vendors' own revenue, margins, guidance and share targets, quarter and holiday figures, survey and
penetration percentages, a second house's figure, a corrected misprint and rupee asides. Inconsistent: the discussion
paper's 14.1% CAGR, the markdown table's predictive-maintenance CAGR, the yen table's on-demand bus YoY and the Hong
Kong table's 2025 合計. Holding only by rounding: the call's 16.5% CAGR, the Xinhua 34.1% share, the Taipei 17.1% CAGR,
the Hong Kong 21.0% growth, the bus-priority CAGR in the markdown table, the 24.0% ticketing share in the French table
and the India table's 2021 YoY of 24.0%.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure in billions converted to the series' unit (USD million). Expected nowhere: the outlook's title year,
    #    the 212 agencies surveyed, the $12.4 billion of fares, the 7.1 billion trips, the 58% survey answer.
    dict(
        text=(
            "DENVER, March 11, 2025 /PRNewswire/ -- Public transit agencies in the United States spent $418 million on "
            "AI-based scheduling, timetabling and ridership-forecasting software in 2024, up 24% from $337 million in "
            "2023, according to the 2025 Transit Intelligence Outlook published today by Front Range Mobility Research. "
            "The firm, which surveyed 212 agencies, forecasts spending of $1.35 billion in 2030, a compound annual "
            "growth rate of 21.6% over 2024-2030. U.S. agencies collected about $12.4 billion in fares in 2024 and "
            "carried 7.1 billion unlinked passenger trips. Some 58% of respondents said they planned to replace manual "
            "run-cutting within three years."
        ),
        obs=[
            ("Total", 2023, 337, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2030, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 337) ** (1 / 1) - 1 = 24.04% -> 24
            ("cagr|implied", "exact"),  # (1350 / 418) ** (1 / 6) - 1 = 21.58% -> 21.6
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); the CAGR's span only from its amounts' years,
    #    "some 19%" while the amounts give 18.47%. Expected nowhere: the dateline, the railways' capital spending, the
    #    passenger count, the covered company's sales, growth, margin, target price and upside.
    dict(
        text=(
            "JAPAN RAILWAYS & TRANSPORT - Sector update - Tokyo, 9 June 2025\n"
            "Maintenance learns to predict. We put Japan's market for AI predictive maintenance of rolling stock and "
            "track at \u00a541.6bn in FY2024 (year to March 2025) and forecast \u00a597.1bn by FY2029e, a CAGR of some "
            "19%, as condition-based inspection replaces fixed intervals. The figure is a sliver of the roughly "
            "\u00a51.2trn the large railway groups plan to spend on capital projects this fiscal year, and of a network "
            "that carried about 24.5 billion passengers in FY2023. Our top pick, Hoshino Signal Works (BUY, TP "
            "\u00a53,450, 24% upside), grew FY2024 sales 11% to \u00a5182.4bn at a 9.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 41.6, "JPY billion", "actual"),
            ("Total", 2029, 97.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (97.1 / 41.6) ** (1 / 5) - 1 = 18.47% -> 18, not 19; bounds (97.05 / 41.65) ** (1/5) - 1 = 18.43%,
            # (97.15 / 41.55) ** (1/5) - 1 = 18.52% -> 19 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total and three segments with shares; the timetabling share holds only by
    #    rounding. Expected nowhere: the 37 operators interviewed, the 1.6 billion rail journeys.
    dict(
        text=(
            "LONDON, 24 April 2025 - Bus and rail operators in Great Britain spent \u00a3286 million on AI tools in 2024, "
            "according to a briefing from the Ashcombe Centre for Transport Analytics. Passenger-flow and ticketing "
            "analytics accounted for \u00a3104 million, or about 36% of the total; predictive maintenance of trains and "
            "buses came to \u00a379 million (28%), and AI timetabling and crew rostering to \u00a344 million, some 16%. "
            "The centre, which interviewed 37 operators, expects spending to reach \u00a3640 million in 2029. Britain's "
            "railways handled about 1.6 billion passenger journeys in the year to March 2025."
        ),
        obs=[
            ("Total", 2024, 286, "GBP million", "actual"),
            ("Passenger-flow and ticketing analytics", 2024, 104, "GBP million", "actual"),
            ("Predictive maintenance of trains and buses", 2024, 79, "GBP million", "actual"),
            ("AI timetabling and crew rostering", 2024, 44, "GBP million", "actual"),
            ("Total", 2029, 640, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 104 / 286 = 36.36% -> 36
            ("arithmetic", "exact"),  # 79 / 286 = 27.62% -> 28
            # 44 / 286 = 15.38% -> 15, not 16; bounds 43.5 / 286.5 = 15.18%, 44.5 / 285.5 = 15.59% -> 16 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Berlin article quoting two houses: the first (Isarwerk) gives base, growth, target and CAGR; the CAGR is
    #    inconsistent. Expected nowhere: the rival house's 2024 figure, the 40,000 signalised junctions, the start-up's
    #    funding round and valuation.
    dict(
        text=(
            "BERLIN, 3 September 2025 - German cities are handing their traffic lights to algorithms. Spending on "
            "AI-based adaptive traffic-signal control reached \u20ac152 million in 2024, up 26% from \u20ac121 million "
            "in 2023, according to the Munich consultancy Isarwerk Analytics, which expects the market to reach "
            "\u20ac410 million in 2030, a compound annual rate of 19.5% over 2024-2030. Rival house Kestner & Vogt puts "
            "the 2024 market higher, at \u20ac175 million. Germany has roughly 40,000 signalised junctions, and the "
            "Dresden start-up Gruenwelle raised \u20ac28 million in a Series B round this summer at a \u20ac190 million "
            "valuation."
        ),
        obs=[
            ("Total", 2023, 121, "EUR million", "actual"),
            ("Total", 2024, 152, "EUR million", "actual"),
            ("Total", 2030, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152 / 121) ** (1 / 1) - 1 = 25.62% -> 26
            # (410 / 152) ** (1 / 6) - 1 = 17.98% -> 18.0, not 19.5; bounds (409.5 / 152.5) ** (1/6) - 1 = 17.90%,
            # (410.5 / 151.5) ** (1/6) - 1 = 18.07% -> 19.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript: the company's total addressable market is the market (Total); CAGR with its printed
    #    span. Expected nowhere: the company's revenue and growth, its 10% share target, the 3.2 million daily trips,
    #    the 41 cities.
    dict(
        text=(
            "Transcript excerpt, Kairo Mobility Investor Day, New York, March 20, 2025. Chief strategy officer Dana "
            "Whitlock: \"Let me size the opportunity. We put the total addressable market for AI dispatch and "
            "fleet-optimisation software for ride-hailing, microtransit and micromobility operators at $9.6 billion in "
            "2024, and we think it reaches $23 billion by 2029. That is a CAGR of about 19% from 2024 to 2029. Last "
            "year we did $412 million of revenue, up 38%, and our ambition is a 10% share of that TAM by 2029. Today "
            "our platform dispatches 3.2 million trips a day across 41 cities.\""
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "actual"),
            ("Total", 2029, 23, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23 / 9.6) ** (1 / 5) - 1 = 19.09% -> 19
        ],
    ),
    # 6. Madrid national strategy: last year (2024, actual), this year (2025, estimate: the year is not over) and a
    #    2030 target (estimate); YoY with both amounts. Expected nowhere: the strategy's title years, the €3.2 billion
    #    capital budget, the 1,450 km of track, the 2.1 billion passengers.
    dict(
        text=(
            "MADRID, 17 February 2025 - Spain's Ministry of Transport presented its Smart Mobility Strategy 2025-2030 "
            "today. Public transport operators and city councils spent \u20ac118 million on AI systems last year, for "
            "demand forecasting, passenger counting, fare validation and traffic-signal control, and spending is "
            "expected to rise to \u20ac146 million this year, an increase of 24%. The strategy sets a target of "
            "\u20ac400 million a year by 2030. It carries a capital budget of \u20ac3.2 billion for 2025-2030, covers "
            "1,450 kilometres of commuter rail and a public transport system that carried 2.1 billion passengers."
        ),
        obs=[
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2025, 146, "EUR million", "estimate"),
            ("Total", 2030, 400, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (146 / 118) ** (1 / 1) - 1 = 23.73% -> 24
        ],
    ),
    # 7. Correction notice on a French smart-parking story: the 2027 range gives two value claims (no observation);
    #    the 2024 figure is the year's observation. Expected nowhere: the misstated €1.9-2.3 billion, the 130,000
    #    on-street spaces, the €6 hourly fee; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 21 May 2025: An earlier version of this article gave the 2027 forecast for France's AI "
            "smart-parking market as \u20ac1.9 billion to \u20ac2.3 billion. The correct range is \u20ac190 million to "
            "\u20ac230 million.\n"
            "French municipalities and car-park operators spent \u20ac96 million on AI-based smart parking, from "
            "camera-guided bay detection to dynamic pricing and enforcement, in 2024, according to the Lyon research "
            "house Rhone Data Conseil, which expects the market to reach \u20ac190 million to \u20ac230 million in 2027. "
            "Paris alone counts some 130,000 on-street spaces, and an hour in a central district costs about \u20ac6."
        ),
        obs=[
            ("Total", 2024, 96, "EUR million", "actual"),
        ],
        claims=[
            ("value", 190, "EUR million", 2027, 2027, None),
            ("value", 230, "EUR million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 8. Dutch micromobility blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no
    #    verdict). Expected nowhere: the operator's funding round and valuation, the 9,000 shared bikes, the King's
    #    Day week jump.
    dict(
        text=(
            "Fietsdata blog, 8 July 2025 - Who moves the scooters at night? Increasingly, an algorithm. Dutch cities "
            "and shared e-bike and e-scooter operators spent \u20ac17 million on AI fleet-rebalancing and "
            "demand-prediction tools in 2021. By 2024 the figure had more than doubled, to \u20ac39 "
            "million, reckons the Utrecht consultancy Grachtwerk Mobility. The largest local operator raised "
            "\u20ac45 million in a Series C round in May at a \u20ac300 million valuation, Amsterdam's shared fleet "
            "counts some 9,000 bikes, and rentals jumped 40% in the week around King's Day."
        ),
        obs=[
            ("Total", 2021, 17, "EUR million", "actual"),
            ("Total", 2024, 39, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland metro industry report (Simplified): 同比增长 with both amounts, a part (智能运维) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 58 cities, the 1.1万公里 of line, the
    #    322亿人次 carried, the 4,300亿元 of construction investment.
    dict(
        text=(
            "《2025中国城市轨道交通智能化发展报告》近日在广州发布。报告显示,2024年我国城市轨道交通人工智能应用市场规模"
            "达到186.4亿元,同比增长27.3%,2023年为146.4亿元。其中,智能运维市场规模为71.2亿元,占比38.2%,涵盖车辆与"
            "轨道的预测性维护。报告预计,到2028年该市场规模将达到452亿元,2024—2028年复合增长率为24.8%。报告同时指出,"
            "截至2024年底,全国共有58个城市开通城轨交通,运营线路超过1.1万公里,全年客运量约322亿人次;当年全国城轨"
            "完成建设投资约4,300亿元。"
        ),
        obs=[
            ("Total", 2023, 146.4, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("智能运维", 2024, 71.2, "CNY 100 million", "actual"),
            ("Total", 2028, 452, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("share", 38.2, "percent", 2024, 2024, None),
            ("cagr", 24.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 146.4) ** (1 / 1) - 1 = 27.32% -> 27.3
            ("arithmetic", "exact"),  # 71.2 / 186.4 = 38.20% -> 38.2
            ("cagr|implied", "exact"),  # (452 / 186.4) ** (1 / 4) - 1 = 24.79% -> 24.8
        ],
    ),
    # 10. Jiangsu provincial plan (Simplified): 约为64亿元 expected at its printed figure; 力争到2027年 a target
    #     (estimate); 较2024年增长2倍 is a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years,
    #     the 1.2万个 intersections, the 3,000座 bus shelters, the 30亿人次 passengers, the 45亿元 construction budget.
    dict(
        text=(
            "2025年3月,江苏省交通运输主管部门印发《江苏省智慧交通人工智能应用行动方案(2025—2027年)》。方案显示,2024年"
            "全省公共交通和道路交通领域人工智能应用市场规模约为64亿元。方案提出,力争到2027年全省该市场规模达到190亿元,"
            "较2024年增长2倍,建成人工智能信号控制路口1.2万个、智能公交站台3,000座,全省城市公交和轨道交通年客运量保持"
            "在30亿人次以上。三年内省级财政将统筹安排智慧交通建设资金45亿元。"
        ),
        obs=[
            ("Total", 2024, 64, "CNY 100 million", "actual"),
            ("Total", 2027, 190, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first gives the base, growth, a part with its
    #     share and a 2027 figure (突破420亿元 at its printed figure, estimate); the share of 约45% is inconsistent.
    #     Expected nowhere: the second institute's 265亿元 for 2024, the 2,700万单 daily orders, the 700万 drivers.
    dict(
        text=(
            "新华社北京2025年4月18日电(记者王海宁)记者从日前举行的2025智慧出行产业大会上获悉,中国智能出行产业研究院"
            "发布的数据显示,2024年我国网约车智能调度与出行平台人工智能应用市场规模达到238亿元,较2023年的189亿元增长"
            "25.9%。其中,智能派单系统市场规模为102亿元,占比约45%。该院预计,2027年市场规模将突破420亿元。另据华信"
            "出行研究所测算,2024年这一市场规模为265亿元。目前,全国网约车日均订单量超过2,700万单,持证驾驶员约700万人。"
        ),
        obs=[
            ("Total", 2023, 189, "CNY 100 million", "actual"),
            ("Total", 2024, 238, "CNY 100 million", "actual"),
            ("智能派单系统", 2024, 102, "CNY 100 million", "actual"),
            ("Total", 2027, 420, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (238 / 189) ** (1 / 1) - 1 = 25.93% -> 25.9
            # 102 / 238 = 42.86% -> 43, not 45; bounds 101.5 / 238.5 = 42.56%, 102.5 / 237.5 = 43.16% -> 45 reached
            # by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span, the CAGR only by rounding. Expected nowhere: the white paper's title year, the 210萬人次 daily
    #     metro riders, the 1,200元 monthly pass, the 62% survey answer.
    dict(
        text=(
            "臺灣智慧運輸產業協會發布《2025臺灣智慧運輸產業白皮書》指出,2024年國內交通領域人工智慧應用市場規模為"
            "新台幣128億元,較2023年的新台幣103億元成長24.3%。白皮書預估,2029年市場規模可達新台幣312億元,2024至2029年"
            "年均複合成長率為19.6%,其中以公車動態調度與捷運客流預測成長最快。白皮書也提到,臺北捷運平日運量約210萬"
            "人次,通勤月票每張新台幣1,200元;受訪業者中有62%表示將在兩年內導入AI排班。"
        ),
        obs=[
            ("Total", 2023, 103, "TWD 100 million", "actual"),
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2029, 312, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128 / 103) ** (1 / 1) - 1 = 24.27% -> 24.3
            # (312 / 128) ** (1 / 5) - 1 = 19.51% -> 19.5, not 19.6; bounds (311.5 / 128.5) ** (1/5) - 1 = 19.37%,
            # (312.5 / 127.5) ** (1/5) - 1 = 19.64% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約18.6億港元 expected at its printed figure; YoY
    #     with both amounts, a CAGR 約22% with its printed span. Expected nowhere: the dateline, the 500萬人次 daily
    #     patronage, the 12港元 average fare, the Easter holiday figure.
    dict(
        text=(
            "【本報訊】香港智慧出行研究中心昨日(2025年6月5日)發表報告指出,2024年本港公共交通及道路管理的人工智能應用"
            "開支約為18.6億港元,較2023年的15.2億港元增長22.4%,涵蓋巴士班次編排、鐵路預測性維修及智能交通燈控制等。"
            "中心預計,2028年有關開支將達到41億港元,2024至2028年複合年增長率約22%。報告又指,本港公共交通每日載客量約"
            "1,200萬人次,其中鐵路約500萬人次,平均車費約12港元;今年復活節長假期間,智能泊車應用程式使用量按年上升35%。"
        ),
        obs=[
            ("Total", 2023, 15.2, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2028, 41, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (41 / 18.6) ** (1 / 4) - 1 = 21.85% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional): 去年 = 2024 (actual), 今年 = 2025 (estimate, the year is not over);
    #     the 22.8% YoY holds only by rounding. Expected nowhere: the second quarter's 新台幣12.6億元, the 32萬格 parking
    #     bays, the 40元 hourly fee, the 58% survey answer.
    dict(
        text=(
            "(台灣通訊社記者林佳慧台北2025年8月12日電)智慧停車與AI號誌控制需求升溫。研究機構北辰產業研究所今天指出,"
            "臺灣智慧停車與AI號誌控制市場去年規模達新台幣47.3億元,今年可望成長至新台幣58億元,年增22.8%。其中第二季"
            "相關標案金額約新台幣12.6億元。北辰估計,全台路邊與路外停車格約32萬格已導入車牌辨識,臺北市路邊停車費每小時"
            "最高新台幣40元;調查顯示,58%的駕駛人曾使用手機App找車位。"
        ),
        obs=[
            ("Total", 2024, 47.3, "TWD 100 million", "actual"),
            ("Total", 2025, 58, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (58 / 47.3) ** (1 / 1) - 1 = 22.62% -> 22.6, not 22.8; bounds 57.5 / 47.35 - 1 = 21.44%,
            # 58.5 / 47.25 - 1 = 23.81% -> 22.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): 2023/2024 actuals with a 28.9% YoY; the 2027 range 120亿—150亿元 gives
    #     two value claims (no observation). Expected nowhere: the report's date, the covered company's revenue, the
    #     target price and upside, the 16万公里 of railway, the 4,800 EMU sets.
    dict(
        text=(
            "【深度报告】轨交AI:从“计划修”走向“状态修”(2025年5月26日)。我们测算,2024年我国轨道交通装备AI预测性维护"
            "市场规模为58亿元,2023年为45亿元,同比增长28.9%;随着动车组与城轨车辆进入检修高峰,预计2027年市场规模将"
            "达到120亿—150亿元。截至2024年底,全国铁路营业里程约16万公里,动车组保有量约4,800标准组。重点推荐华轨智维,"
            "公司2024年营业收入18.6亿元,同比增长31%,目标价42元,较现价有26%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 45, "CNY 100 million", "actual"),
            ("Total", 2024, 58, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 45) ** (1 / 1) - 1 = 28.89% -> 28.9
        ],
    ),
    # 16. Markdown table (United States and Canada, USD billion) with a CAGR column whose span the header prints; the
    #     parking row's 20.2% holds only by rounding; rows add to the Total in both years; 2030F an estimate. Expected
    #     nowhere: the table number, the source's title year.
    dict(
        text=(
            "Table 2. United States and Canada: AI in urban mobility by segment (USD billion)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI traffic-signal control | 1.9 | 5.1 | 17.9% |\n"
            "| AI smart parking | 1.2 | 3.5 | 20.2% |\n"
            "| AI fare collection and passenger-flow analytics | 1.4 | 3.6 | 17.0% |\n"
            "| AI ride-hailing and micromobility dispatch | 2.6 | 7.4 | 19.0% |\n"
            "| Total | 7.1 | 19.6 | 18.4% |\n"
            "Source: Larchmont & Reyes Research, Urban Mobility AI Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI traffic-signal control", 2024, 1.9, "USD billion", "actual"),
            ("AI traffic-signal control", 2030, 5.1, "USD billion", "estimate"),
            ("AI smart parking", 2024, 1.2, "USD billion", "actual"),
            ("AI smart parking", 2030, 3.5, "USD billion", "estimate"),
            ("AI fare collection and passenger-flow analytics", 2024, 1.4, "USD billion", "actual"),
            ("AI fare collection and passenger-flow analytics", 2030, 3.6, "USD billion", "estimate"),
            ("AI ride-hailing and micromobility dispatch", 2024, 2.6, "USD billion", "actual"),
            ("AI ride-hailing and micromobility dispatch", 2030, 7.4, "USD billion", "estimate"),
            ("Total", 2024, 7.1, "USD billion", "actual"),
            ("Total", 2030, 19.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.1 / 1.9) ** (1 / 6) - 1 = 17.89% -> 17.9
            # (3.5 / 1.2) ** (1 / 6) - 1 = 19.53% -> 19.5, not 20.2; bounds (3.45 / 1.25) ** (1/6) - 1 = 18.44%,
            # (3.55 / 1.15) ** (1/6) - 1 = 20.67% -> 20.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3.6 / 1.4) ** (1 / 6) - 1 = 17.05% -> 17.0
            ("cagr|implied", "exact"),  # (7.4 / 2.6) ** (1 / 6) - 1 = 19.05% (19.045) -> 19.0
            ("cagr|implied", "exact"),  # (19.6 / 7.1) ** (1 / 6) - 1 = 18.44% -> 18.4
            ("hierarchy", "exact"),  # 2024: 1.9 + 1.2 + 1.4 + 2.6 = 7.1
            ("hierarchy", "exact"),  # 2030F: 5.1 + 3.5 + 3.6 + 7.4 = 19.6
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is an
    #     estimate; the 2025E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国智慧公交AI细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能排班调度\t21.4\t27.9\t35.6\n"
            "客流分析与票务\t18.7\t24.3\t31.2\n"
            "车辆预测性维护\t12.6\t16.8\t22.1\n"
            "智能信号优先\t7.9\t10.6\t14.2\n"
            "合计\t60.6\t79.6\t103.2\n"
            "资料来源:城市公共交通智能化研究中心;2025年E为预测值。"
        ),
        obs=[
            ("智能排班调度", 2023, 21.4, "CNY 100 million", "actual"),
            ("智能排班调度", 2024, 27.9, "CNY 100 million", "actual"),
            ("智能排班调度", 2025, 35.6, "CNY 100 million", "estimate"),
            ("客流分析与票务", 2023, 18.7, "CNY 100 million", "actual"),
            ("客流分析与票务", 2024, 24.3, "CNY 100 million", "actual"),
            ("客流分析与票务", 2025, 31.2, "CNY 100 million", "estimate"),
            ("车辆预测性维护", 2023, 12.6, "CNY 100 million", "actual"),
            ("车辆预测性维护", 2024, 16.8, "CNY 100 million", "actual"),
            ("车辆预测性维护", 2025, 22.1, "CNY 100 million", "estimate"),
            ("智能信号优先", 2023, 7.9, "CNY 100 million", "actual"),
            ("智能信号优先", 2024, 10.6, "CNY 100 million", "actual"),
            ("智能信号优先", 2025, 14.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 60.6, "CNY 100 million", "actual"),
            ("合计", 2024, 79.6, "CNY 100 million", "actual"),
            ("合计", 2025, 103.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 18.7 + 12.6 + 7.9 = 60.6
            ("hierarchy", "exact"),  # 2024: 27.9 + 24.3 + 16.8 + 10.6 = 79.6
            # 2025E: 35.6 + 31.2 + 22.1 + 14.2 = 103.1, not 103.2; bounds 102.9..103.3 (each part +/-0.05)
            # reach 103.15..103.25 -> 103.2 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (France, EUR million, 2024) with a share column and a Total row: four shares (smart
    #     parking's 26.7% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the 1,100 stations.
    dict(
        text=(
            "France: AI in urban mobility by application, 2024\n"
            "Application                                      EUR m      Share\n"
            "AI traffic-signal control                          148      32.7%\n"
            "AI smart parking                                   121      26.7%\n"
            "AI fare collection and passenger-flow analytics     97      21.5%\n"
            "AI predictive maintenance of rolling stock          86      19.0%\n"
            "Total                                              452     100.0%\n"
            "Note 4: covers networks serving some 1,100 metro, tram and suburban rail stations. Source: Observatoire "
            "Mobilite Numerique."
        ),
        obs=[
            ("AI traffic-signal control", 2024, 148, "EUR million", "actual"),
            ("AI smart parking", 2024, 121, "EUR million", "actual"),
            ("AI fare collection and passenger-flow analytics", 2024, 97, "EUR million", "actual"),
            ("AI predictive maintenance of rolling stock", 2024, 86, "EUR million", "actual"),
            ("Total", 2024, 452, "EUR million", "actual"),
        ],
        claims=[
            ("share", 32.7, "percent", 2024, 2024, None),
            ("share", 26.7, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148 / 452 = 32.74% -> 32.7
            # 121 / 452 = 26.77% -> 26.8, not 26.7; bounds 120.5 / 452.5 = 26.63%, 121.5 / 451.5 = 26.91%
            # -> 26.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 97 / 452 = 21.46% -> 21.5
            ("arithmetic", "exact"),  # 86 / 452 = 19.03% -> 19.0
            ("hierarchy", "exact"),  # 148 + 121 + 97 + 86 = 452
        ],
    ),
    # 19. Vertical table (United Kingdom) whose rows are years, a lone value column headed by its unit only (Total,
    #     GBP million) and a YoY column; 2025E an estimate; the 2024 YoY of 21.4% is inconsistent. Expected nowhere:
    #     the source's month and year, the 2021 dash.
    dict(
        text=(
            "United Kingdom: AI predictive maintenance of rolling stock and track\n"
            "Year | GBP million | YoY\n"
            "2021 | 74 | -\n"
            "2022 | 93 | 25.7%\n"
            "2023 | 119 | 28.0%\n"
            "2024 | 148 | 21.4%\n"
            "2025E | 181 | 22.3%\n"
            "Source: Pennine Rail Insight, Asset Intelligence Tracker, June 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 74, "GBP million", "actual"),
            ("Total", 2022, 93, "GBP million", "actual"),
            ("Total", 2023, 119, "GBP million", "actual"),
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2025, 181, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2021, 2022, 1.0),
            ("growth", 28.0, "percent", 2022, 2023, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (93 / 74) ** (1 / 1) - 1 = 25.68% -> 25.7
            ("cagr|implied", "exact"),  # (119 / 93) ** (1 / 1) - 1 = 27.96% -> 28.0
            # (148 / 119) ** (1 / 1) - 1 = 24.37% -> 24.4, not 21.4; bounds 147.5 / 119.5 - 1 = 23.43%,
            # 148.5 / 118.5 - 1 = 25.32% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (181 / 148) ** (1 / 1) - 1 = 22.30% -> 22.3
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2023 and 2024
    #     but not in 2025F (280 printed, 270 summed: inconsistent); 2025F an estimate. Expected nowhere: the note
    #     on currency conversion, the 38 agencies covered.
    dict(
        text=(
            "Canada: AI spending by transit agencies and cities, by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI timetabling and demand forecasting\t58\t71\t86\n"
            "AI fare collection and passenger-flow analytics\t44\t55\t68\n"
            "AI predictive maintenance of buses and trains\t39\t50\t64\n"
            "AI traffic-signal control and smart parking\t33\t41\t52\n"
            "Total\t174\t217\t280\n"
            "Source: Maple Transit Monitor; converted from Canadian dollars at average annual rates; covers 38 agencies."
        ),
        obs=[
            ("AI timetabling and demand forecasting", 2023, 58, "USD million", "actual"),
            ("AI timetabling and demand forecasting", 2024, 71, "USD million", "actual"),
            ("AI timetabling and demand forecasting", 2025, 86, "USD million", "estimate"),
            ("AI fare collection and passenger-flow analytics", 2023, 44, "USD million", "actual"),
            ("AI fare collection and passenger-flow analytics", 2024, 55, "USD million", "actual"),
            ("AI fare collection and passenger-flow analytics", 2025, 68, "USD million", "estimate"),
            ("AI predictive maintenance of buses and trains", 2023, 39, "USD million", "actual"),
            ("AI predictive maintenance of buses and trains", 2024, 50, "USD million", "actual"),
            ("AI predictive maintenance of buses and trains", 2025, 64, "USD million", "estimate"),
            ("AI traffic-signal control and smart parking", 2023, 33, "USD million", "actual"),
            ("AI traffic-signal control and smart parking", 2024, 41, "USD million", "actual"),
            ("AI traffic-signal control and smart parking", 2025, 52, "USD million", "estimate"),
            ("Total", 2023, 174, "USD million", "actual"),
            ("Total", 2024, 217, "USD million", "actual"),
            ("Total", 2025, 280, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58 + 44 + 39 + 33 = 174
            ("hierarchy", "exact"),  # 2024: 71 + 55 + 50 + 41 = 217
            # 2025F: 86 + 68 + 64 + 52 = 270, not 280; bounds 268..272 (each part +/-0.5) miss 279.5..280.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (the market, Total): "this year" is the call's year (2025, estimate),
    #     "last year" 2024 (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere:
    #     the quarter's revenue, its growth and gross margin, the 212 agencies and 38,000 buses, the "fifth of that
    #     TAM" ambition (a share target, and a fraction in words), the analyst's firm.
    dict(
        text=(
            "Corvane Transit Software Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Mei-Lin Okafor, Harwell Brothers): How big is the opportunity in AI scheduling for transit "
            "agencies, in your view?\n"
            "CEO Tom Brandvold: We size the total addressable market for AI scheduling, demand-forecasting and "
            "fleet-optimisation software at North American bus and rail agencies at about $4.6 billion this year, up "
            "roughly 18% from $3.9 billion last year. We think it reaches $9.8 billion by 2030, a compound rate of about "
            "16.5% a year from 2025 to 2030. In the quarter we booked $96.4 million of revenue, up 24%, at a 71% gross "
            "margin, and we now build schedules for 212 agencies operating some 38,000 buses. Our ambition is a fifth "
            "of that TAM by 2030."
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2025, 4.6, "USD billion", "estimate"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 16.5, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.9) ** (1 / 1) - 1 = 17.95% -> 18
            # (9.8 / 4.6) ** (1 / 5) - 1 = 16.33% -> 16.3, not 16.5; bounds (9.75 / 4.65) ** (1/5) - 1 = 15.96%,
            # (9.85 / 4.55) ** (1/5) - 1 = 16.70% -> 16.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. German discussion-paper abstract in euros: the 2031 figure in billions is converted to the series' unit
    #     (EUR million); the CAGR with printed span cannot come from the amounts (inconsistent). Expected nowhere:
    #     the paper number, the 27 operators interviewed, the €23 billion capital spending, the 33,400 km network,
    #     the 11% fewer withdrawals (no share of the market).
    dict(
        text=(
            "Verkehrsökonomisches Institut Rhein-Main, Discussion Paper No. 2025-07. Abstract: We estimate the German "
            "market for AI-based predictive maintenance of rolling stock and track (condition monitoring, failure "
            "prediction and maintenance-scheduling software and services) at €412 million in 2024 and project it to "
            "reach €1.18 billion by 2031, which we report as a compound annual growth rate of 14.1% over 2024-2031. "
            "The estimate draws on procurement records and interviews with 27 operators and infrastructure managers. "
            "For scale, German rail infrastructure managers plan capital spending of about €23 billion a year, and "
            "the network spans roughly 33,400 km. Operators in our sample that adopted the tools report 11% fewer "
            "unplanned withdrawals of trains from service. We close by discussing what the gap between pilots and "
            "fleet-wide roll-out implies for public procurement rules."
        ),
        obs=[
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2031, 1180, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 14.1, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (1180 / 412) ** (1 / 7) - 1 = 16.22%; bounds (1175 / 412.5) ** (1/7) - 1 = 16.13%,
            # (1185 / 411.5) ** (1/7) - 1 = 16.31% -> 14.1 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts "1/", "2/"): YoY with both amounts, a part with its share, a 2028
    #     forecast in billions converted to the series' unit (USD million), a multiple ("more than double" as x2,
    #     no verdict). Expected nowhere: the post numbers, the ~290,000 vehicles, the $1 unlock and 40¢ per-minute
    #     fares, the $140M Series C and $1.1B valuation, the 58% survey answer.
    dict(
        text=(
            "1/ Thread on the money behind shared e-scooters and e-bikes in the US. Per Tallyfield Research, US "
            "spending on AI fleet software for micromobility (rebalancing, charging logistics, parking compliance, "
            "demand prediction) hit $612M in 2024, up 35% from $455M in 2023.\n"
            "2/ The biggest slice: AI rebalancing and charging logistics at $238M, about 39% of the total. "
            "Parking-compliance vision is the fastest grower.\n"
            "3/ Tallyfield forecasts $1.5B by 2028, more than double the 2024 level.\n"
            "4/ Context: operators ran ~290,000 vehicles last year, and a ride still costs a $1 unlock plus ~40\u00a2 a "
            "minute. One operator just raised a $140M Series C at a $1.1B valuation.\n"
            "5/ In Tallyfield's rider survey, 58% said a badly parked scooter had blocked their path at least once. "
            "End/"
        ),
        obs=[
            ("Total", 2023, 455, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("AI rebalancing and charging logistics", 2024, 238, "USD million", "actual"),
            ("Total", 2028, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 455) ** (1 / 1) - 1 = 34.51% -> 35
            ("arithmetic", "exact"),  # 238 / 612 = 38.89% -> 39
        ],
    ),
    # 24. UK web article with a correction line: YoY with both amounts, a part with its share, a CAGR with printed
    #     span. Expected nowhere: the byline date, the corrected misprint (£381m) and the correction's date, the
    #     £1.9bn road-maintenance spend, the 14,000 junctions and "fewer than a fifth" of them, the 57% poll answer.
    dict(
        text=(
            "Councils turn to AI to unjam junctions\n"
            "By Hattie Lowther, transport correspondent. 1 July 2025\n"
            "Spending by UK councils and highway authorities on AI traffic-signal control and smart-parking systems "
            "reached £318m in 2024, a rise of 20.5% from £264m in 2023, according to the consultancy Ferrand Lyle. "
            "Adaptive signal control, which retimes lights from live camera and sensor feeds, took £131m, or 41% of "
            "the total. The firm expects the market to reach £640m by 2029, growing 15% a year between 2024 and 2029. "
            "That is still small beside the £1.9bn councils spend each year maintaining local roads, and fewer than a "
            "fifth of England's 14,000 signalised junctions use adaptive control. In a poll for the report, 57% of "
            "drivers said they would accept parking charges that vary with demand.\n"
            "Correction, 3 July 2025: An earlier version of this article gave the 2024 market as £381m. The correct "
            "figure is £318m."
        ),
        obs=[
            ("Total", 2023, 264, "GBP million", "actual"),
            ("Total", 2024, 318, "GBP million", "actual"),
            ("Adaptive signal control", 2024, 131, "GBP million", "actual"),
            ("Total", 2029, 640, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 264) ** (1 / 1) - 1 = 20.45% -> 20.5
            ("arithmetic", "exact"),  # 131 / 318 = 41.19% -> 41
            ("cagr|implied", "exact"),  # (640 / 318) ** (1 / 5) - 1 = 15.01% -> 15
        ],
    ),
    # 25. Spanish annual-report letter to shareholders in euros: YoY with both amounts, a 2029 figure in billions
    #     converted to the series' unit (EUR million), CAGR with printed span. Expected nowhere: the report's title
    #     year, the company's revenue, its growth and EBITDA margin, the 2,600 trains, the €4.8 billion investment
    #     budget, the €0.42 dividend, the letter's date.
    dict(
        text=(
            "Grupo Ferrovisión, Annual Report 2024. Letter to shareholders\n"
            "Dear shareholders,\n"
            "2024 was the year artificial intelligence moved from the pilot to the timetable in Spanish rail. By our "
            "estimate, the Spanish market for AI predictive maintenance and passenger-flow analytics in rail and metro "
            "reached €236 million in 2024, up 15% from €205 million in 2023, and we expect it to reach €0.52 billion "
            "by 2029, a compound annual growth rate of 17% over 2024-2029. Your company grew faster than its market: "
            "revenue rose 19% to €1.12 billion and our EBITDA margin widened to 14.6%. Our systems now watch over some "
            "2,600 trains, and the national infrastructure manager's €4.8 billion investment budget for this year gives "
            "us a healthy pipeline. The board proposes a dividend of €0.42 per share.\n"
            "Lucía Arrieta, Chair. Madrid, 27 February 2025"
        ),
        obs=[
            ("Total", 2023, 205, "EUR million", "actual"),
            ("Total", 2024, 236, "EUR million", "actual"),
            ("Total", 2029, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (236 / 205) ** (1 / 1) - 1 = 15.12% -> 15
            ("cagr|implied", "exact"),  # (520 / 236) ** (1 / 5) - 1 = 17.12% -> 17
        ],
    ),
    # 26. US investor-day slide bullets: the company's TAM is the market (Total); dated March 2025, so 2024 is
    #     actual and 2025E, 2028E estimates; YoY and CAGR with both amounts, "roughly doubles" as x2 over four years
    #     (no verdict). Expected nowhere: the slide number, the company's revenue guidance range and share target,
    #     the 1,140 cities, the 62% survey answer.
    dict(
        text=(
            "Veloxa Mobility Investor Day, New York, March 12, 2025\n"
            "Slide 7 - Market opportunity: AI traffic-signal control, smart parking and curb management (US and "
            "Canada)\n"
            "- 2024 TAM: $7.2B\n"
            "- 2025E TAM: $8.6B (+19% YoY)\n"
            "- 2028E TAM: $14.9B, ~20% CAGR 2025E-2028E\n"
            "- TAM roughly doubles from 2024 to 2028 as cities move from fixed-time signals to AI control\n"
            "- Veloxa FY2025 revenue guidance: $310M-$325M; target 12% share of TAM by 2028\n"
            "- Live in 1,140 cities across both countries\n"
            "- 62% of city traffic engineers surveyed plan to buy AI signal control within two years\n"
            "- Parking and curb revenue per city grows as enforcement goes camera-based"
        ),
        obs=[
            ("Total", 2024, 7.2, "USD billion", "actual"),
            ("Total", 2025, 8.6, "USD billion", "estimate"),
            ("Total", 2028, 14.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 7.2) ** (1 / 1) - 1 = 19.44% -> 19
            ("cagr|implied", "exact"),  # (14.9 / 8.6) ** (1 / 3) - 1 = 20.11% -> 20
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house (base, target and rate given) is the figure;
    #     the second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the 8 million daily trips, the S$4 fare, the 71% survey answer.
    dict(
        text=(
            "Re: Anyone have a decent number for AI dispatch in Southeast Asian ride-hailing?\n"
            "Answer from kerbside_kai:\n"
            "Two houses, two answers. Strandline Research puts spending on AI dispatch, matching and dynamic-pricing "
            "software by ride-hailing and taxi platforms in Southeast Asia at US$1.24 billion in 2024, up 22% from "
            "US$1.02 billion in 2023, and expects US$2.9 billion by 2029, an 18.5% CAGR for 2024-2029. Quayside "
            "Partners is punchier and reckons 2024 was already US$1.5 billion. Whichever you use, it's a sliver of "
            "what the apps gross: the region's platforms handle something like 8 million trips a day, and a short "
            "ride in Singapore still starts at around S$4. I also saw a survey claiming 71% of drivers think the "
            "pricing algorithm is unfair, for what that's worth."
        ),
        obs=[
            ("Total", 2023, 1.02, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2029, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.24 / 1.02) ** (1 / 1) - 1 = 21.57% -> 22
            ("cagr|implied", "exact"),  # (2.9 / 1.24) ** (1 / 5) - 1 = 18.52% -> 18.5
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the 2029
    #     won amount, the target price and upside, the pick's operating margin, the 7,400 buses, "roughly a third"
    #     of ITS budgets (a fraction in words, and no share of the market).
    dict(
        text=(
            "Seorin Securities, Korea Transport Technology, 22 May 2025\n"
            "Smarter signals, fuller car parks. We estimate that Korea's market for AI traffic-signal control, smart "
            "parking and C-ITS analytics grew 17% year on year in 2024, and we forecast it to reach \u20a92.6 "
            "trillion in 2029, a CAGR of 15% over 2024-2029. Adaptive signal control accounts for 31% of the 2024 "
            "market, with AI parking guidance in second place. Our top pick is Hanul Mobility Systems (BUY, TP "
            "\u20a946,000, 25% upside), which we expect to post a 9.1% operating margin this year. Seoul alone runs "
            "some 7,400 city buses, and local governments have put roughly a third of their ITS budgets toward "
            "AI-related upgrades since 2022."
        ),
        obs=[],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part with its share (rounding only), a 2025
    #     figure under 有望突破 (printed figure, estimate). Expected nowhere: the dateline, the 1.1万公里 of lines, the
    #     322亿人次 passengers, the rankings of the other segments.
    dict(
        text=(
            "新华社北京2025年4月8日电(记者周晓岚)记者从中国城轨智能化产业联盟获悉,2024年我国城市轨道交通人工智能应用"
            "市场规模达到186.4亿元,比2023年的152.8亿元增长22.0%。其中,智能运维(列车与轨道预测性维护)市场规模为63.7"
            "亿元,占比34.1%,智能调度与客流预测、AI票务分别位列第二、第三。联盟预计,2025年市场规模有望突破230亿元。"
            "截至2024年底,全国城轨交通运营里程超过1.1万公里,全年完成客运量322亿人次。联盟负责人表示,下一步将推动"
            "AI大模型在行车调度、站务服务和设备检修等场景规模化应用,并加快制定相关团体标准。"
        ),
        obs=[
            ("Total", 2023, 152.8, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("智能运维", 2024, 63.7, "CNY 100 million", "actual"),
            ("Total", 2025, 230, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("share", 34.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 152.8) ** (1 / 1) - 1 = 21.99% -> 22.0
            # 63.7 / 186.4 = 34.17% -> 34.2, not 34.1; bounds 63.65 / 186.45 = 34.14%, 63.75 / 186.35 = 34.21%
            # -> 34.1 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal plan (Simplified): 2024 base (actual) and a 2027 target (突破, printed figure, estimate); the
    #     CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the
    #     2000个路口, the 30万个 parking bays, the 1.2万辆 buses, the 90% satisfaction target.
    dict(
        text=(
            "《成都市智慧交通人工智能应用行动方案(2025—2027年)》日前印发。方案提出,以AI交通信号控制、智慧停车和公交"
            "智能调度为重点,推动城市交通治理数字化、智能化转型。2024年全市交通人工智能应用市场规模为58亿元,到2027年"
            "突破100亿元,年均增长20%左右。方案明确,到2027年完成2000个路口信号灯智能化改造,新增智慧停车泊位30万个,"
            "全市1.2万辆公交车全部接入智能调度平台,市民公交出行满意度达到90%以上,并鼓励本地企业参与车路协同标准制定。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (100 / 58) ** (1 / 3) - 1 = 19.91% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span (rounding
    #     only), a part with its share. Expected nowhere: 今(15)日, the 230萬人次 metro riders, the 1.5萬輛 buses,
    #     the 15元 fare, the 64% survey answer.
    dict(
        text=(
            "【台北訊】台灣運輸科技研究院今(15)日發布調查指出,2024年台灣公共運輸AI應用(排班、客流預測、票證數據分析)"
            "市場規模達新台幣96.5億元,較2023年的81.2億元成長18.8%;預估2028年將達新台幣182億元,2024至2028年年複合"
            "成長率為17.1%。其中,AI票證與客流分析市場規模為新台幣28.9億元,占比30%,為成長最快的領域。研究院指出,"
            "台北捷運日均運量約230萬人次,全台市區公車約1.5萬輛,公車單段票價多為15元;受訪業者中有64%計畫於兩年內"
            "導入AI排班系統。"
        ),
        obs=[
            ("Total", 2023, 81.2, "TWD 100 million", "actual"),
            ("Total", 2024, 96.5, "TWD 100 million", "actual"),
            ("Total", 2028, 182, "TWD 100 million", "estimate"),
            ("AI票證與客流分析", 2024, 28.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2028, None, "stated"),
            ("share", 30, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96.5 / 81.2) ** (1 / 1) - 1 = 18.84% -> 18.8
            # (182 / 96.5) ** (1 / 4) - 1 = 17.19% -> 17.2, not 17.1; bounds (181.5 / 96.55) ** (1/4) - 1 = 17.09%,
            # (182.5 / 96.45) ** (1/4) - 1 = 17.28% -> 17.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 28.9 / 96.5 = 29.95% -> 30
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2027 forecast. Expected nowhere: the report title's year, the 85 member firms, the 62萬輛 private
    #     cars, the 54% survey answer.
    dict(
        text=(
            "香港智慧運輸協會今日發表《2025香港智慧交通市場報告》。報告指出,2024年本港AI智慧泊車及交通管理市場規模約為"
            "24.6億港元,較2023年的20.3億港元增長21.0%。其中,智能泊車系統市場規模為7.8億港元,佔31.7%,車牌識別及車位"
            "導引需求最為殷切。協會預計,2027年市場規模將達40億港元。協會現有會員企業85家;報告亦提到,全港登記私家車約"
            "62萬輛,受訪駕駛者中有54%曾因尋找車位而遲到。協會建議政府加快開放路旁咪錶及停車場的實時空位數據。"
        ),
        obs=[
            ("Total", 2023, 20.3, "HKD 100 million", "actual"),
            ("Total", 2024, 24.6, "HKD 100 million", "actual"),
            ("智能泊車系統", 2024, 7.8, "HKD 100 million", "actual"),
            ("Total", 2027, 40, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("share", 31.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (24.6 / 20.3) ** (1 / 1) - 1 = 21.18% -> 21.2, not 21.0; bounds 24.55 / 20.35 - 1 = 20.64%,
            # 24.65 / 20.25 - 1 = 21.73% -> 21.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 7.8 / 24.6 = 31.71% -> 31.7
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): "去年" is 2024 from the post's date; the title's 衝破30億 yields to the
    #     more precise 31.4億; YoY with both amounts, a part with its share, a 2027 forecast (破50億, printed figure).
    #     Expected nowhere: the list numbers, the Lunar New Year holiday's 2.1億 car-park takings, the 40元 hourly
    #     fee, the 95萬格 parking bays.
    dict(
        text=(
            "作者 parkinglotlover (找車位好難)\n"
            "看板 car\n"
            "標題 [情報] 台灣AI智慧停車市場 去年衝破30億\n"
            "時間 Mon Feb 17 21:42:05 2025\n"
            "研調機構遠見數位顧問出了新報告,整理幾個重點:\n"
            "1. 去年台灣AI智慧停車市場(車牌辨識、車位導引、動態費率)約新台幣31.4億元,2023年是26.0億元,年增21%。\n"
            "2. 其中車牌辨識占11.3億元,大概36%。\n"
            "3. 報告預估2027年會破50億。\n"
            "4. 今年春節連假九天,全台路外停車場收入大約2.1億,市區停車費一小時還是40元起跳。\n"
            "推文有人問車位數,報告說全台路外停車位約95萬格。"
        ),
        obs=[
            ("Total", 2023, 26.0, "TWD 100 million", "actual"),
            ("Total", 2024, 31.4, "TWD 100 million", "actual"),
            ("車牌辨識", 2024, 11.3, "TWD 100 million", "actual"),
            ("Total", 2027, 50, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.4 / 26.0) ** (1 / 1) - 1 = 20.77% -> 21
            ("arithmetic", "exact"),  # 11.3 / 31.4 = 35.99% -> 36
        ],
    ),
    # 34. Broker abstract (Simplified) with a 2026 range (two value claims, no observation), a YoY without its base
    #     (no verdict), 较2020年增长2倍 as x2 over four years (no verdict), a CAGR with printed span. Expected nowhere:
    #     the report date, the penetration rates (12%, 21%), the 3000万单 daily orders, the rating, the target price
    #     and upside, the pick's revenue growth.
    dict(
        text=(
            "华岳证券交通运输行业深度报告摘要(2025年6月):我们测算,2024年中国网约车及出租车AI调度与动态定价系统市场"
            "规模为142亿元,同比增长19%,较2020年增长2倍;预计2026年市场规模在185亿—210亿元之间,2028年有望达到268亿元,"
            "2024—2028年复合增长率约17%。网约车AI派单渗透率已由2022年的12%提升至2024年的21%,全国网约车日均订单量超过"
            "3000万单,运力供给过剩倒逼平台以算法提升撮合效率。维持行业“推荐”评级,重点推荐行知出行科技(目标价38元,"
            "上涨空间24%),其2024年营业收入同比增长13%。"
        ),
        obs=[
            ("Total", 2024, 142, "CNY 100 million", "actual"),
            ("Total", 2028, 268, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("value", 185, "CNY 100 million", 2026, 2026, None),
            ("value", 210, "CNY 100 million", 2026, 2026, None),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268 / 142) ** (1 / 4) - 1 = 17.21% -> 17
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY with both
    #     amounts, a 2028 target (有望). Expected nowhere: the company's revenue, its growth and gross margin, its 25%
    #     share target, the May Day holiday's 1.8亿人次, the second quarter's 19亿元.
    dict(
        text=(
            "轨智科技2025年半年度业绩说明会文字实录(2025年9月2日)\n"
            "问:请问公司如何看待轨道交通AI客流分析与智能票务的市场空间?\n"
            "答(董事长陈启航):根据我们的测算,今年国内轨道交通AI客流分析与智能票务市场规模约为78亿元,去年为64亿元,"
            "增长约22%;到2028年有望达到130亿元。公司上半年实现营业收入12.6亿元,同比增长15.3%,毛利率41.2%,我们的"
            "目标是到2028年市占率达到25%。今年“五一”假期,公司平台累计处理客流数据1.8亿人次;另外,二季度国内该市场"
            "规模约为19亿元,招标节奏较一季度明显加快。"
        ),
        obs=[
            ("Total", 2024, 64, "CNY 100 million", "actual"),
            ("Total", 2025, 78, "CNY 100 million", "estimate"),
            ("Total", 2028, 130, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78 / 64) ** (1 / 1) - 1 = 21.88% -> 22
        ],
    ),
    # 36. Markdown table by segment (EUR million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the predictive-maintenance CAGR is inconsistent, the bus-priority CAGR holds only
    #     by rounding. Expected nowhere: the table number, the source's date, the excluded fare revenue and budgets.
    dict(
        text=(
            "Table 5. AI in European public transport by segment, 2024 and 2030F (EUR million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI timetabling and demand forecasting | 680 | 1,690 | 16.4% |\n"
            "| AI fare collection and passenger-flow analytics | 540 | 1,310 | 15.9% |\n"
            "| AI predictive maintenance (rolling stock and track) | 910 | 2,480 | 16.2% |\n"
            "| AI bus priority at traffic signals | 270 | 720 | 17.7% |\n"
            "| Total | 2,400 | 6,200 | 17.1% |\n"
            "Source: Ostrava & Meyer Consulting, April 2025. Note: covers Germany, France, Spain, the Netherlands and "
            "the UK; 2030F figures are forecasts; operators' fare revenue and capital budgets are excluded."
        ),
        obs=[
            ("AI timetabling and demand forecasting", 2024, 680, "EUR million", "actual"),
            ("AI timetabling and demand forecasting", 2030, 1690, "EUR million", "estimate"),
            ("AI fare collection and passenger-flow analytics", 2024, 540, "EUR million", "actual"),
            ("AI fare collection and passenger-flow analytics", 2030, 1310, "EUR million", "estimate"),
            ("AI predictive maintenance (rolling stock and track)", 2024, 910, "EUR million", "actual"),
            ("AI predictive maintenance (rolling stock and track)", 2030, 2480, "EUR million", "estimate"),
            ("AI bus priority at traffic signals", 2024, 270, "EUR million", "actual"),
            ("AI bus priority at traffic signals", 2030, 720, "EUR million", "estimate"),
            ("Total", 2024, 2400, "EUR million", "actual"),
            ("Total", 2030, 6200, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1690 / 680) ** (1 / 6) - 1 = 16.38% -> 16.4
            ("cagr|implied", "exact"),  # (1310 / 540) ** (1 / 6) - 1 = 15.92% -> 15.9
            # (2480 / 910) ** (1 / 6) - 1 = 18.19%; bounds (2479.5 / 910.5) ** (1/6) - 1 = 18.17%,
            # (2480.5 / 909.5) ** (1/6) - 1 = 18.20% -> 16.2 unreachable
            ("cagr|implied", "inconsistent"),
            # (720 / 270) ** (1 / 6) - 1 = 17.76% -> 17.8, not 17.7; bounds (719.5 / 270.5) ** (1/6) - 1 = 17.71%,
            # (720.5 / 269.5) ** (1/6) - 1 = 17.81% -> 17.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6200 / 2400) ** (1 / 6) - 1 = 17.14% -> 17.1
            ("hierarchy", "exact"),  # 2024: 680 + 540 + 910 + 270 = 2400
            ("hierarchy", "exact"),  # 2030F: 1690 + 1310 + 2480 + 720 = 6200
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), calendar years, with a YoY column: rows add to the
    #     Total row; the on-demand bus YoY (43.6%, digits swapped) is inconsistent. Expected nowhere: the exhibit
    #     number, the source's date.
    dict(
        text=(
            "Exhibit 4: Japan AI in rail and bus operations by application (\u00a5 billion)\n"
            "Application\tCY2023\tCY2024\tYoY\n"
            "AI demand forecasting and timetabling\t18.6\t22.4\t20.4%\n"
            "AI passenger-flow analytics\t12.3\t15.1\t22.8%\n"
            "AI predictive maintenance\t31.7\t36.9\t16.4%\n"
            "AI on-demand bus dispatch\t5.2\t7.0\t43.6%\n"
            "Total\t67.8\t81.4\t20.1%\n"
            "Note: calendar years; excludes fare-collection hardware, station equipment and operators' own IT staff. "
            "Source: Sakuradai Research, June 2025."
        ),
        obs=[
            ("AI demand forecasting and timetabling", 2023, 18.6, "JPY billion", "actual"),
            ("AI demand forecasting and timetabling", 2024, 22.4, "JPY billion", "actual"),
            ("AI passenger-flow analytics", 2023, 12.3, "JPY billion", "actual"),
            ("AI passenger-flow analytics", 2024, 15.1, "JPY billion", "actual"),
            ("AI predictive maintenance", 2023, 31.7, "JPY billion", "actual"),
            ("AI predictive maintenance", 2024, 36.9, "JPY billion", "actual"),
            ("AI on-demand bus dispatch", 2023, 5.2, "JPY billion", "actual"),
            ("AI on-demand bus dispatch", 2024, 7.0, "JPY billion", "actual"),
            ("Total", 2023, 67.8, "JPY billion", "actual"),
            ("Total", 2024, 81.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("growth", 43.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.4 / 18.6 - 1 = 20.43% -> 20.4
            ("cagr|implied", "exact"),  # 15.1 / 12.3 - 1 = 22.76% -> 22.8
            ("cagr|implied", "exact"),  # 36.9 / 31.7 - 1 = 16.40% -> 16.4
            # 7.0 / 5.2 - 1 = 34.62%; bounds 6.95 / 5.25 - 1 = 32.38%, 7.05 / 5.15 - 1 = 36.89% -> 43.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 81.4 / 67.8 - 1 = 20.06% -> 20.1
            ("hierarchy", "exact"),  # CY2023: 18.6 + 12.3 + 31.7 + 5.2 = 67.8
            ("hierarchy", "exact"),  # CY2024: 22.4 + 15.1 + 36.9 + 7.0 = 81.4
        ],
    ),
    # 38. Space-aligned French table (EUR million, 2024) with a share column: rows add to the Total row; the
    #     Total's 100.0% is no claim; the ticketing share holds only by rounding. Expected nowhere: the source's
    #     date, the excluded fare revenue and vehicles.
    dict(
        text=(
            "France: AI mobility spending by application, 2024\n"
            "Application                                  EUR million     Share\n"
            "AI traffic-signal control                            148     27.2%\n"
            "Smart parking and curb analytics                     112     20.6%\n"
            "AI bus and tram timetabling                           96     17.6%\n"
            "AI ticketing and passenger-flow analytics            131     24.0%\n"
            "Micromobility fleet AI                                57     10.5%\n"
            "Total                                                544    100.0%\n"
            "Note: software and services bought by transport authorities, operators and cities; excludes fare "
            "revenue and vehicles. Source: Cabinet Lemaire-Roussel, mobility tracker, May 2025."
        ),
        obs=[
            ("AI traffic-signal control", 2024, 148, "EUR million", "actual"),
            ("Smart parking and curb analytics", 2024, 112, "EUR million", "actual"),
            ("AI bus and tram timetabling", 2024, 96, "EUR million", "actual"),
            ("AI ticketing and passenger-flow analytics", 2024, 131, "EUR million", "actual"),
            ("Micromobility fleet AI", 2024, 57, "EUR million", "actual"),
            ("Total", 2024, 544, "EUR million", "actual"),
        ],
        claims=[
            ("share", 27.2, "percent", 2024, 2024, None),
            ("share", 20.6, "percent", 2024, 2024, None),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("share", 24.0, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148 / 544 = 27.21% -> 27.2
            ("arithmetic", "exact"),  # 112 / 544 = 20.59% -> 20.6
            ("arithmetic", "exact"),  # 96 / 544 = 17.65% -> 17.6
            # 131 / 544 = 24.08% -> 24.1, not 24.0; bounds 130.5 / 544.5 = 23.97%, 131.5 / 543.5 = 24.20%
            # -> 24.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 57 / 544 = 10.48% -> 10.5
            ("hierarchy", "exact"),  # 148 + 112 + 96 + 131 + 57 = 544
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F is an estimate; the 2021 YoY holds only by rounding. Expected nowhere:
    #     the rupee aside (rupees are not in the unit table) and the exchange rate, the source's date.
    dict(
        text=(
            "India: AI traffic management and smart parking market, 2020-2025F\n"
            "Year | USD million | YoY\n"
            "2020 | 212 | -\n"
            "2021 | 263 | 24.0%\n"
            "2022 | 331 | 25.9%\n"
            "2023 | 402 | 21.5%\n"
            "2024 | 497 | 23.6%\n"
            "2025F | 608 | 22.3%\n"
            "Note: F = forecast. The source reports in rupees, converted here at \u20b983 per US dollar (2024: about "
            "\u20b94,125 crore). Covers adaptive signals, enforcement cameras and parking guidance in cities. Source: "
            "Meridian Urban Analytics, January 2025."
        ),
        obs=[
            ("Total", 2020, 212, "USD million", "actual"),
            ("Total", 2021, 263, "USD million", "actual"),
            ("Total", 2022, 331, "USD million", "actual"),
            ("Total", 2023, 402, "USD million", "actual"),
            ("Total", 2024, 497, "USD million", "actual"),
            ("Total", 2025, 608, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2020, 2021, 1.0),
            ("growth", 25.9, "percent", 2021, 2022, 1.0),
            ("growth", 21.5, "percent", 2022, 2023, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 263 / 212 - 1 = 24.06% -> 24.1, not 24.0; bounds 262.5 / 212.5 - 1 = 23.53%, 263.5 / 211.5 - 1 = 24.59%
            # -> 24.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 331 / 263 - 1 = 25.86% -> 25.9
            ("cagr|implied", "exact"),  # 402 / 331 - 1 = 21.45% (21.450) -> 21.5
            ("cagr|implied", "exact"),  # 497 / 402 - 1 = 23.63% -> 23.6
            ("cagr|implied", "exact"),  # 608 / 497 - 1 = 22.33% -> 22.3
        ],
    ),
    # 40. Tab-separated Traditional Chinese table (億港元) with a 合計 row; 2025年(預測) is an estimate; the 2025 合計
    #     exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表3 香港AI智慧交通市場細分規模(單位:億港元)\n"
            "項目\t2023年\t2024年\t2025年(預測)\n"
            "AI交通燈號控制\t6.8\t8.3\t10.1\n"
            "智能泊車\t5.1\t6.2\t7.5\n"
            "公共交通AI排班及客流分析\t4.4\t5.6\t7.0\n"
            "鐵路AI預測性維修\t3.2\t4.0\t4.9\n"
            "合計\t19.5\t24.1\t30.4\n"
            "資料來源:香港運輸科技研究所,2025年3月;2025年為預測值,不含港鐵及專營巴士車費收入。"
        ),
        obs=[
            ("AI交通燈號控制", 2023, 6.8, "HKD 100 million", "actual"),
            ("AI交通燈號控制", 2024, 8.3, "HKD 100 million", "actual"),
            ("AI交通燈號控制", 2025, 10.1, "HKD 100 million", "estimate"),
            ("智能泊車", 2023, 5.1, "HKD 100 million", "actual"),
            ("智能泊車", 2024, 6.2, "HKD 100 million", "actual"),
            ("智能泊車", 2025, 7.5, "HKD 100 million", "estimate"),
            ("公共交通AI排班及客流分析", 2023, 4.4, "HKD 100 million", "actual"),
            ("公共交通AI排班及客流分析", 2024, 5.6, "HKD 100 million", "actual"),
            ("公共交通AI排班及客流分析", 2025, 7.0, "HKD 100 million", "estimate"),
            ("鐵路AI預測性維修", 2023, 3.2, "HKD 100 million", "actual"),
            ("鐵路AI預測性維修", 2024, 4.0, "HKD 100 million", "actual"),
            ("鐵路AI預測性維修", 2025, 4.9, "HKD 100 million", "estimate"),
            ("合計", 2023, 19.5, "HKD 100 million", "actual"),
            ("合計", 2024, 24.1, "HKD 100 million", "actual"),
            ("合計", 2025, 30.4, "HKD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 5.1 + 4.4 + 3.2 = 19.5
            ("hierarchy", "exact"),  # 2024: 8.3 + 6.2 + 5.6 + 4.0 = 24.1
            # 2025(預測): 10.1 + 7.5 + 7.0 + 4.9 = 29.5 vs 30.4; rows' bounds 29.3-29.7, total's 30.35-30.45
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fourteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 14, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'or about 36% of the total',
    'Rival house Kestner & Vogt puts the 2024 market higher',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣128億元',
    '億港元',
    '台北2025年8月12日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 148 | 21.4%',
    'Q2 2025 earnings call, August 6, 2025',
    'Discussion Paper No. 2025-07. Abstract:',
    '3/ Tallyfield forecasts $1.5B by 2028',
    'Correction, 3 July 2025: An earlier version',
    'Dear shareholders,',
    '- 2025E TAM: $8.6B (+19% YoY)',
    'Quayside Partners is punchier and reckons 2024 was already US$1.5 billion',
    'Seorin Securities, Korea Transport Technology, 22 May 2025',
    '新华社北京2025年4月8日电',
    '年均增长20%左右',
    '標題 [情報] 台灣AI智慧停車市場 去年衝破30億',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計\t19.5\t24.1\t30.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 192
#: figures, 62 rates, 87 verdicts and 0 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (208, 210, 212, 214): 209, 68, 96 and 0
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 209, "rates_found": 67, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset214.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
