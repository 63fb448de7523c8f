"""A hundred-and-thirty-fourth check set for the extractor, written blind: AI in cars and mobility, in English and Chinese
(Simplified and Traditional) -- driver-assistance and autonomous-driving software, smart cockpits, in-car voice
assistants, robotaxi services, automotive AI chips and fleet and traffic AI, sized in money by automotive research
firms, carmakers' associations, brokers, pilot-zone plans, German, Japanese, Korean and Taiwanese associations and
consultancies; vehicles sold or fitted, penetration rates, kilometres driven, rides, the price of one system, a
carmaker's own revenue, funding rounds, a month's figures and the whole car market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news (German association, EUR): "last year" = 2024, "up 18% from €3.56 billion in 2023", a
    #    forecast to 2030 with a stated-span CAGR; L2 fitment, penetration rate, member firms and engineers nowhere
    dict(
        text=(
            "MUNICH, 12 June 2025 — Germany's market for driver-assistance and automated-driving software reached "
            "€4.2 billion last year, up 18% from €3.56 billion in 2023, according to the Verband "
            "Fahrzeugintelligenz (VFI), an association of suppliers. VFI expects the market to climb to €9.8 "
            "billion by 2030, a compound annual rate of 15.2% between 2024 and 2030. Some 1.1 million new cars "
            "sold in Germany last year had Level 2 assistance fitted as standard, a penetration rate of 39%. "
            "VFI's 212 member firms employ about 48,000 engineers."
        ),
        obs=[
            ("Total", 2024, 4.2, "EUR billion", "actual"),
            ("Total", 2023, 3.56, "EUR billion", "actual"),
            ("Total", 2030, 9.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.2 / 3.56 - 1 = 17.978% -> 18
            ("cagr|implied", "exact"),  # (9.8 / 4.2) ** (1/6) - 1 = 15.167% -> 15.2
        ],
    ),
    # 2. earnings call: a robotaxi TAM given as a range for 2030 (two value claims), plus last year's market
    #    "roughly $1.1 billion"; the company's revenue, rides in the quarter, fleet size, price target and upside nowhere
    dict(
        text=(
            "On its fourth-quarter earnings call on 6 February 2025, Halvard Mobility's chief executive, Dana "
            "Orcutt, said the total addressable market for driverless ride-hailing in the United States would be "
            "worth $60 billion to $75 billion a year by 2030, up from a market of roughly $1.1 billion last year. "
            "Halvard itself booked revenue of $412 million in 2024 and completed 1.3 million paid rides in the "
            "fourth quarter alone. Orcutt told analysts the fleet would pass 5,000 vehicles by year-end. Brokerage "
            "Penwick & Co. kept its price target of $38 on the shares, implying 41% upside."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("value", 60, "USD billion", 2030, 2030, None),
            ("value", 75, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 3. broker note on automotive AI chips: "rose 42% to $6.1 billion in 2024 from $4.8 billion" -- the rate its
    #    own figures contradict; quarterly shipments, a supplier's gross margin and percentage points nowhere
    dict(
        text=(
            "Automotive AI chips — sector note, Strand Peak Securities, Hong Kong, 18 March 2025. Sales of "
            "dedicated AI accelerators for vehicles, the domain controllers that run perception and planning "
            "models, rose 42% to $6.1 billion in 2024 from $4.8 billion in 2023, the note says, and it expects "
            "the segment to reach $15 billion in 2028. Shipments hit 4.6 million units in the fourth quarter, "
            "and the leading supplier's gross margin widened by 3.5 percentage points to 61%."
        ),
        obs=[
            ("Total", 2024, 6.1, "USD billion", "actual"),
            ("Total", 2023, 4.8, "USD billion", "actual"),
            ("Total", 2028, 15, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 6.1 / 4.8 - 1 = 27.08%; bounds 6.05/4.85 - 1 = 24.74% .. 6.15/4.75 - 1 = 29.47%; 42 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Japanese council, yen: ¥128 billion in fiscal 2024 -> ¥310 billion in fiscal 2030, "an average annual
    #    increase of 15.9%" with no printed span (inferred CAGR); survey answers and price per car nowhere
    dict(
        text=(
            "TOKYO — Japan's market for in-car voice assistants and conversational agents was worth ¥128 billion "
            "in fiscal 2024, the Japan Automotive HMI Council said on Tuesday, and it forecasts ¥310 billion for "
            "fiscal 2030, an average annual increase of 15.9%. In a survey of 1,040 drivers, 57% said they used "
            "voice commands at least once a week. A mid-range system adds about ¥45,000 to the price of a car."
        ),
        obs=[
            ("Total", 2024, 128, "JPY billion", "actual"),
            ("Total", 2030, 310, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (310 / 128) ** (1/6) - 1 = 15.884% -> 15.9
        ],
    ),
    # 5. consultancy figure for UK traffic AI in GBP million, a part "took £71 million of that, or 38.5%" -- a
    #    share exact only within rounding; junctions, council areas and a journey-time fall nowhere
    dict(
        text=(
            "Local authorities in England spent £184 million on AI-based traffic management in 2024, according "
            "to Fenmore Analytics. Adaptive signal control took £71 million of that, or 38.5%, with the rest "
            "going on incident detection and bus-lane enforcement cameras. The number of junctions under "
            "adaptive control rose to 2,300 across 14 council areas, and average peak-hour journey times on the "
            "monitored corridors fell by 6%."
        ),
        obs=[
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Adaptive signal control", 2024, 71, "GBP million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 71 / 184 = 38.587% -> 38.6, not 38.5; bounds 70.5/184.5 = 38.21% .. 71.5/183.5 = 38.96%: reaches 38.5
            ("arithmetic", "rounding"),
        ],
    ),
    # 6. Hong Kong broker initiation on China's smart cockpits in USD: "a 2024-28 CAGR of 16.5%" (stated), two
    #    segment shares given with no amounts; a HK$ price target, its upside and a fitment rate nowhere
    dict(
        text=(
            "Hong Kong broker Larchmont Securities initiated coverage of Chinese cockpit-software suppliers on "
            "9 January 2025 with a bullish call. It sizes China's smart-cockpit market at $16.3 billion in 2024 "
            "and sees it reaching $30 billion in 2028, a 2024-28 CAGR of 16.5%. Software and content will make up "
            "34% of the market in 2028, against 22% in 2024, it reckons. Larchmont set a target price of HK$52 "
            "for its top pick, 41% above the last close, and noted that cockpit domain controllers are already "
            "fitted to 62% of new passenger cars."
        ),
        obs=[
            ("Total", 2024, 16.3, "USD billion", "actual"),
            ("Total", 2028, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2028, None, "stated"),
            ("share", 34, "percent", 2028, 2028, None),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30 / 16.3) ** (1/4) - 1 = 16.475% -> 16.5
        ],
    ),
    # 7. think-tank briefing, a decline across scales: "fell 12% to $880 million last year from $1.0 billion in
    #    2023" -- the series is in USD million (its first figure), so 1.0 billion is 1000; pilot counts and
    #    kilometres nowhere; "roughly $1.4 billion in 2026" converted to 1400
    dict(
        text=(
            "WASHINGTON, 3 April 2025 — Spending on autonomous-trucking pilots in the United States fell 12% to "
            "$880 million last year from $1.0 billion in 2023, as two start-ups shut down and freight rates "
            "slumped, says a briefing from the Corridor Freight Institute. The institute counts 31 active pilot "
            "programmes, down from 44, and estimates that driverless trucks logged 9.4 million kilometres on "
            "public roads in 2024. It still expects spending to recover to roughly $1.4 billion in 2026."
        ),
        obs=[
            ("Total", 2024, 880, "USD million", "actual"),
            ("Total", 2023, 1000, "USD million", "actual"),
            ("Total", 2026, 1400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", -12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 880 / 1000 - 1 = -12.0%
        ],
    ),
    # 8. Korean council outlook in USD: "this year" (2025, estimate) "up 25% from $1.54 billion last year" -- exact
    #    only within rounding; a won budget, robotaxi routes and a first-quarter figure nowhere
    dict(
        text=(
            "SEOUL, 20 May 2025 — South Korea's autonomous-driving software market will be worth about $1.9 "
            "billion this year, up 25% from $1.54 billion last year, the Korea Smart Mobility Industry Council "
            "said in its annual outlook. The government has earmarked 3.2 trillion won for self-driving "
            "infrastructure through 2027, and 27 robotaxi routes now run in six cities. The council put the "
            "first-quarter market at $410 million."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2024, 1.54, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1.9 / 1.54 - 1 = 23.38% -> 23, not 25; bounds 1.85/1.545 - 1 = 19.74% .. 1.95/1.535 - 1 = 27.04%:
            # reaches 25
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. investor day: a chipmaker's TAM ($48 billion in 2030), "more than fourfold last year's $11 billion"
    #    (multiple, no verdict), an L3+ part with its share; revenue guidance and headcount nowhere
    dict(
        text=(
            "At its investor day in Shenzhen on 14 March 2025, chip designer Qiantu Semiconductor put the total "
            "addressable market for driver-assistance and autonomous-driving compute at $48 billion in 2030, more "
            "than fourfold last year's $11 billion. L3+ systems would account for $19 billion of the 2030 figure, "
            "or 40%, with L2 and L2+ making up the rest. Management guided to revenue of $3.1 billion for 2025 "
            "and said the company now employs 1,800 engineers."
        ),
        obs=[
            ("Total", 2030, 48, "USD billion", "estimate"),
            ("Total", 2024, 11, "USD billion", "actual"),
            ("L3+ systems", 2030, 19, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2024, 2030, 6.0),
            ("share", 40, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 19 / 48 = 39.58% -> 40
        ],
    ),
    # 10. Simplified Chinese news: 2024年2,850亿元、同比增长30.7%、2023年2,180亿元; 到2030年将突破1.1万亿元
    #     (series in 亿元, so 11000), stated 2024—2030 CAGR 约25.2%; L2渗透率, 百分点, 搭载量 and 千亿级 nowhere
    dict(
        text=(
            "本报北京2025年4月8日电　华驰智能汽车研究院发布报告称，2024年我国智能驾驶市场规模达到2,850亿元，"
            "同比增长30.7%，2023年为2,180亿元。报告预计，到2030年市场规模将突破1.1万亿元，2024—2030年年均复合"
            "增长率约为25.2%。2024年乘用车L2级辅助驾驶新车渗透率升至48%，较上年提高9个百分点，全年搭载量超过"
            "1,100万辆。报告认为，城市NOA将打开千亿级的增量空间。"
        ),
        obs=[
            ("Total", 2024, 2850, "CNY 100 million", "actual"),
            ("Total", 2023, 2180, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.7, "percent", 2023, 2024, 1.0),
            ("cagr", 25.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2850 / 2180 - 1 = 30.734% -> 30.7
            ("cagr|implied", "exact"),  # (11000 / 2850) ** (1/6) - 1 = 25.244% -> 25.2
        ],
    ),
    # 11. Traditional Chinese (Taiwan), 新台幣億元: 2024年1,860億元 vs 2023年1,420億元「成長31%」, 今年 (2025)
    #     可望增至2,350億元、年增26.3% (estimate); ADAS shipments and a chip firm's quarterly revenue growth nowhere
    dict(
        text=(
            "【2025年3月12日／台北】台灣智慧車電產業協會今日發布報告指出，2024年台灣車用AI晶片及運算模組產值達"
            "新台幣1,860億元，較2023年的1,420億元成長31%。協會預估，今年產值可望增至2,350億元，年增26.3%。"
            "報告也提到，去年國內車廠ADAS模組出貨量約320萬套，而某IC設計大廠第一季車用營收年增45%。"
        ),
        obs=[
            ("Total", 2024, 1860, "TWD 100 million", "actual"),
            ("Total", 2023, 1420, "TWD 100 million", "actual"),
            ("Total", 2025, 2350, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("growth", 26.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1860 / 1420 - 1 = 30.986% -> 31
            ("cagr|implied", "exact"),  # 2350 / 1860 - 1 = 26.344% -> 26.3
        ],
    ),
    # 12. Traditional Chinese (Hong Kong), 億港元: 約38億港元 in 2024 with a part 約6.5億港元「佔17%」, 2028年
    #     72億港元 and a stated 2024至2028年 CAGR of 21.5% its own figures contradict; routes, riders and a fund nowhere
    dict(
        text=(
            "（香港2025年2月訊）本地智庫維港智慧運輸研究所估計，2024年香港智慧交通人工智能市場規模約為38億港元，"
            "其中自動駕駛接駁巴士約6.5億港元，佔17%。該所預計，2028年市場規模將增至72億港元，2024至2028年間"
            "年複合增長率達21.5%。目前全港共有23條自動駕駛試行路線，累計載客逾41萬人次；政府另撥出10億港元"
            "設立智慧出行基金。"
        ),
        obs=[
            ("Total", 2024, 38, "HKD 100 million", "actual"),
            ("自動駕駛接駁巴士", 2024, 6.5, "HKD 100 million", "actual"),
            ("Total", 2028, 72, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 17, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.5 / 38 = 17.105% -> 17
            # (72 / 38) ** (1/4) - 1 = 17.32%; bounds (71.5/38.5) ** 0.25 - 1 = 16.74% ..
            # (72.5/37.5) ** 0.25 - 1 = 17.92%; 21.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Simplified Chinese, smart cockpits: 2024年1,680亿元、同比增长21%（2023年1,390亿元）、较2021年的560亿元
    #     增长2倍 (two amounts printed -> x3), 软件及服务420亿元占比25%; price per car, 一季度, C轮融资 nowhere
    dict(
        text=(
            "（2025年5月）据澄川汽车研究统计，2024年中国智能座舱市场规模达到1,680亿元，同比增长21%（2023年为"
            "1,390亿元），较2021年的560亿元增长2倍。其中，软件及服务规模为420亿元，占比25%。座舱域控制器单车"
            "价格已降至约1,200元；今年一季度市场规模约为380亿元。行业龙头星澜科技上月完成15亿元C轮融资。"
        ),
        obs=[
            ("Total", 2024, 1680, "CNY 100 million", "actual"),
            ("Total", 2023, 1390, "CNY 100 million", "actual"),
            ("Total", 2021, 560, "CNY 100 million", "actual"),
            ("软件及服务", 2024, 420, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1680 / 1390 - 1 = 20.863% -> 21
            ("arithmetic", "exact"),    # 420 / 1680 = 25.0%
        ],
    ),
    # 14. Simplified Chinese city pilot-zone plan: title years nowhere; 到2027年突破800亿元 (target), a Robotaxi part
    #     120亿元, 2024年310亿元 and "今后三年年均增长37%" with no printed span (inferred); road km, orders, firms nowhere
    dict(
        text=(
            "《滨江市智能网联汽车先导区建设行动方案（2025—2027年）》提出，到2027年，全市自动驾驶相关产业规模突破"
            "800亿元，其中Robotaxi运营服务规模达到120亿元。方案披露，2024年全市相关产业规模为310亿元，今后三年"
            "年均增长37%。截至目前，先导区已开放测试道路1,520公里，Robotaxi累计订单超过260万单，集聚相关企业"
            "120余家。"
        ),
        obs=[
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
            ("Robotaxi运营服务", 2027, 120, "CNY 100 million", "estimate"),
            ("Total", 2024, 310, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 37, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (800 / 310) ** (1/3) - 1 = 37.165% -> 37
        ],
    ),
    # 15. English pipe table by component with E columns and a Total row (hierarchy exact), a stated 2024-2026
    #     CAGR and software's share in two years (arithmetic from the table); "Table 2." nowhere
    dict(
        text=(
            "Table 2. Global ADAS and autonomous-driving market by component, USD billion "
            "(Corvane Mobility Research, May 2025)\n"
            "\n"
            "| Component | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Sensors & compute hardware | 18.4 | 21.0 | 23.5 | 25.8 |\n"
            "| Software & algorithms | 9.1 | 11.6 | 14.7 | 18.2 |\n"
            "| Data & validation services | 2.3 | 2.9 | 3.6 | 4.4 |\n"
            "| Total | 29.8 | 35.5 | 41.8 | 48.4 |\n"
            "\n"
            "Corvane expects the total to grow at a 2024-2026 CAGR of 16.8%, with software's share rising from "
            "32.7% in 2024 to 37.6% in 2026."
        ),
        obs=[
            ("Sensors & compute hardware", 2023, 18.4, "USD billion", "actual"),
            ("Sensors & compute hardware", 2024, 21.0, "USD billion", "actual"),
            ("Sensors & compute hardware", 2025, 23.5, "USD billion", "estimate"),
            ("Sensors & compute hardware", 2026, 25.8, "USD billion", "estimate"),
            ("Software & algorithms", 2023, 9.1, "USD billion", "actual"),
            ("Software & algorithms", 2024, 11.6, "USD billion", "actual"),
            ("Software & algorithms", 2025, 14.7, "USD billion", "estimate"),
            ("Software & algorithms", 2026, 18.2, "USD billion", "estimate"),
            ("Data & validation services", 2023, 2.3, "USD billion", "actual"),
            ("Data & validation services", 2024, 2.9, "USD billion", "actual"),
            ("Data & validation services", 2025, 3.6, "USD billion", "estimate"),
            ("Data & validation services", 2026, 4.4, "USD billion", "estimate"),
            ("Total", 2023, 29.8, "USD billion", "actual"),
            ("Total", 2024, 35.5, "USD billion", "actual"),
            ("Total", 2025, 41.8, "USD billion", "estimate"),
            ("Total", 2026, 48.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2026, None, "stated"),
            ("share", 32.7, "percent", 2024, 2024, None),
            ("share", 37.6, "percent", 2026, 2026, None),
        ],
        verdicts=[
            # 18.4+9.1+2.3 = 29.8; 21.0+11.6+2.9 = 35.5; 23.5+14.7+3.6 = 41.8; 25.8+18.2+4.4 = 48.4 (all equal)
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (48.4 / 35.5) ** (1/2) - 1 = 16.764% -> 16.8
            ("arithmetic", "exact"),    # 11.6 / 35.5 = 32.676% -> 32.7
            ("arithmetic", "exact"),    # 18.2 / 48.4 = 37.603% -> 37.6
        ],
    ),
    # 16. Simplified Chinese, space-aligned: a fitted-vehicles table (万辆, nowhere) beside a market-value table in
    #     亿元 with 2025E and a 合计 row (hierarchy exact); a prose YoY for 2024
    dict(
        text=(
            "表1　中国乘用车辅助驾驶新车搭载量（万辆）\n"
            "功能        2022    2023    2024\n"
            "L2           610     742     865\n"
            "高速NOA       48     131     286\n"
            "城市NOA        3      22      97\n"
            "\n"
            "表2　中国乘用车智能驾驶市场规模（亿元）\n"
            "细分        2022    2023    2024    2025E\n"
            "L2           520     610     680     720\n"
            "高速NOA       95     180     310     430\n"
            "城市NOA       12      48     135     260\n"
            "合计         627     838   1,125   1,410\n"
            "\n"
            "资料来源：恒岳证券研究所，2025年6月。2024年市场规模同比增长34.2%，城市NOA贡献最大。"
        ),
        obs=[
            ("L2", 2022, 520, "CNY 100 million", "actual"),
            ("L2", 2023, 610, "CNY 100 million", "actual"),
            ("L2", 2024, 680, "CNY 100 million", "actual"),
            ("L2", 2025, 720, "CNY 100 million", "estimate"),
            ("高速NOA", 2022, 95, "CNY 100 million", "actual"),
            ("高速NOA", 2023, 180, "CNY 100 million", "actual"),
            ("高速NOA", 2024, 310, "CNY 100 million", "actual"),
            ("高速NOA", 2025, 430, "CNY 100 million", "estimate"),
            ("城市NOA", 2022, 12, "CNY 100 million", "actual"),
            ("城市NOA", 2023, 48, "CNY 100 million", "actual"),
            ("城市NOA", 2024, 135, "CNY 100 million", "actual"),
            ("城市NOA", 2025, 260, "CNY 100 million", "estimate"),
            ("合计", 2022, 627, "CNY 100 million", "actual"),
            ("合计", 2023, 838, "CNY 100 million", "actual"),
            ("合计", 2024, 1125, "CNY 100 million", "actual"),
            ("合计", 2025, 1410, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 520+95+12 = 627; 610+180+48 = 838; 680+310+135 = 1125; 720+430+260 = 1410 (all equal)
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 1125 / 838 - 1 = 34.248% -> 34.2
        ],
    ),
    # 17. English pipe table, vertical (rows are fiscal years), a lone value column headed "¥ billion" (Total) and a
    #     YoY column: three rates exact, FY2025E's 21.5% only within rounding; units fitted nowhere
    dict(
        text=(
            "Japan: automated-driving software and HD-mapping market, by fiscal year\n"
            "Source: Nihon Mobility Software Council, June 2025\n"
            "\n"
            "| Fiscal year | ¥ billion | YoY |\n"
            "|---|---|---|\n"
            "| FY2022 | 61.5 | — |\n"
            "| FY2023 | 78.0 | 26.8% |\n"
            "| FY2024 | 97.2 | 24.6% |\n"
            "| FY2025E | 118.0 | 21.5% |\n"
            "| FY2026E | 140.0 | 18.6% |\n"
            "\n"
            "Vehicles shipped with hands-off highway driving reached 2.1 million units in FY2024."
        ),
        obs=[
            ("Total", 2022, 61.5, "JPY billion", "actual"),
            ("Total", 2023, 78.0, "JPY billion", "actual"),
            ("Total", 2024, 97.2, "JPY billion", "actual"),
            ("Total", 2025, 118.0, "JPY billion", "estimate"),
            ("Total", 2026, 140.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2022, 2023, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 78.0 / 61.5 - 1 = 26.829% -> 26.8
            ("cagr|implied", "exact"),     # 97.2 / 78.0 - 1 = 24.615% -> 24.6
            # 118.0 / 97.2 - 1 = 21.399% -> 21.4, not 21.5; bounds 117.95/97.25 - 1 = 21.285% ..
            # 118.05/97.15 - 1 = 21.513%: reaches 21.5
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 140.0 / 118.0 - 1 = 18.644% -> 18.6
        ],
    ),
    # 18. Traditional Chinese, tab-separated, 新台幣億元 by vehicle type with 2025F and a 合計 row: 2023's rows add to
    #     370.7 against a printed 370.6 (rounding), 2024 and 2025F exact; a prose passenger-car share of 2025
    dict(
        text=(
            "表3　台灣ADAS市場規模（依車種）　單位：新台幣億元\n"
            "車種\t2023\t2024\t2025F\n"
            "乘用車\t318.4\t362.7\t410.5\n"
            "商用車\t52.3\t60.6\t71.2\n"
            "合計\t370.6\t423.3\t481.7\n"
            "資料來源：台灣車輛智慧化推進協會，2025年4月。乘用車預估占2025年市場的85.2%。"
        ),
        obs=[
            ("乘用車", 2023, 318.4, "TWD 100 million", "actual"),
            ("乘用車", 2024, 362.7, "TWD 100 million", "actual"),
            ("乘用車", 2025, 410.5, "TWD 100 million", "estimate"),
            ("商用車", 2023, 52.3, "TWD 100 million", "actual"),
            ("商用車", 2024, 60.6, "TWD 100 million", "actual"),
            ("商用車", 2025, 71.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 370.6, "TWD 100 million", "actual"),
            ("合計", 2024, 423.3, "TWD 100 million", "actual"),
            ("合計", 2025, 481.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 85.2, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 2024: 362.7+60.6 = 423.3; 2025F: 410.5+71.2 = 481.7 (equal)
            ("hierarchy", "exact"),
            # 2023: 318.4+52.3 = 370.7 vs 370.6; children 370.6..370.8, total 370.55..370.65: overlap
            ("hierarchy", "rounding"),
            ("arithmetic", "exact"),  # 410.5 / 481.7 = 85.219% -> 85.2
        ],
    ),
    # 19. English space-aligned table, EUR million by country, 2024 and 2030F with a Total row (hierarchy exact);
    #     a stated 2024-2030 CAGR of 24% the table contradicts; the vehicle count nowhere
    dict(
        text=(
            "European robotaxi and autonomous-shuttle services, revenue pool by country (EUR million)\n"
            "Source: Brightwater Mobility Partners, February 2025\n"
            "\n"
            "Country           2024    2030F\n"
            "Germany            142      610\n"
            "France              96      455\n"
            "United Kingdom      88      520\n"
            "Nordics             41      190\n"
            "Other Europe        63      325\n"
            "Total              430    2,100\n"
            "\n"
            "Brightwater puts the 2024-2030 compound annual growth of the total at 24%, and counts 1,150 "
            "driverless vehicles in commercial service across the region."
        ),
        obs=[
            ("Germany", 2024, 142, "EUR million", "actual"),
            ("Germany", 2030, 610, "EUR million", "estimate"),
            ("France", 2024, 96, "EUR million", "actual"),
            ("France", 2030, 455, "EUR million", "estimate"),
            ("United Kingdom", 2024, 88, "EUR million", "actual"),
            ("United Kingdom", 2030, 520, "EUR million", "estimate"),
            ("Nordics", 2024, 41, "EUR million", "actual"),
            ("Nordics", 2030, 190, "EUR million", "estimate"),
            ("Other Europe", 2024, 63, "EUR million", "actual"),
            ("Other Europe", 2030, 325, "EUR million", "estimate"),
            ("Total", 2024, 430, "EUR million", "actual"),
            ("Total", 2030, 2100, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 142+96+88+41+63 = 430; 610+455+520+190+325 = 2100 (equal)
            ("hierarchy", "exact"),
            # (2100 / 430) ** (1/6) - 1 = 30.25%; bounds (2099.5/430.5) ** (1/6) - 1 = 30.22% ..
            # (2100.5/429.5) ** (1/6) - 1 = 30.28%; 24 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Simplified Chinese pipe table, one year (2024) from its title, 规模（亿元） and 占比 columns with a 合计 row:
    #     hierarchy exact, three row shares exact (100% total no claim); fitment rate and 百分点 nowhere
    dict(
        text=(
            "2024年中国车载智能语音交互市场结构\n"
            "| 细分 | 规模（亿元） | 占比 |\n"
            "| --- | --- | --- |\n"
            "| 语音软件授权 | 86.4 | 45.0% |\n"
            "| 大模型云端服务 | 61.2 | 31.9% |\n"
            "| 麦克风阵列等硬件 | 44.4 | 23.1% |\n"
            "| 合计 | 192.0 | 100.0% |\n"
            "数据来源：青禾汽车研究院。注：2024年新车语音助手前装搭载率为76%，较上年提升8个百分点。"
        ),
        obs=[
            ("语音软件授权", 2024, 86.4, "CNY 100 million", "actual"),
            ("大模型云端服务", 2024, 61.2, "CNY 100 million", "actual"),
            ("麦克风阵列等硬件", 2024, 44.4, "CNY 100 million", "actual"),
            ("合计", 2024, 192.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 45.0, "percent", 2024, 2024, None),
            ("share", 31.9, "percent", 2024, 2024, None),
            ("share", 23.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 86.4 + 61.2 + 44.4 = 192.0
            ("arithmetic", "exact"),  # 86.4 / 192.0 = 45.000% -> 45.0
            ("arithmetic", "exact"),  # 61.2 / 192.0 = 31.875% -> 31.9
            ("arithmetic", "exact"),  # 44.4 / 192.0 = 23.125% -> 23.1
        ],
    ),
    # 21. English dated news: "$14.2 billion last year, up 18% from $12.0 billion in 2023", CAGR "of 14% from 2024"
    #    to a 2030 forecast; distractors: L2 fitment share of new cars, a supplier's own revenue, a headcount,
    #    "a multibillion-dollar opportunity"
    dict(
        text=(
            "HARBOURVALE, 12 February 2025 — Spending on driver-assistance software is no longer a rounding error in "
            "a carmaker's bill of materials. Worldwide sales of ADAS software reached $14.2 billion last year, up 18% "
            "from $12.0 billion in 2023, according to Carrow Mobility Research. Carrow expects the market to climb to "
            "$31 billion by 2030, a compound annual growth rate of 14% from 2024. The firm notes that 41% of new cars "
            "sold in its tracked markets already carry hands-on Level 2 features, and that the biggest supplier, Velta "
            "Automotive, booked $2.1 billion of ADAS revenue on its own. Carrow, which employs 260 analysts, calls the "
            "move to Level 3 \"a multibillion-dollar opportunity\" that is still waiting on regulators."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2023, 12.0, "USD billion", "actual"),
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.2 / 12.0 - 1 = 18.33% -> 18
            ("cagr|period", "exact"),   # (31 / 14.2) ** (1/6) - 1 = 13.90% -> 14
        ],
    ),
    # 22. English earnings call: a robotaxi TAM "roughly $2 billion this year and $48 billion in 2030", "about 24
    #    times", "compound growth of some 89% a year" (span only from the amounts' years -> inferred); distractors:
    #    quarter revenue and its growth, paid trips, fleet size, price target and upside, the company's share target
    dict(
        text=(
            "Loopline Mobility, fourth-quarter 2024 earnings call, 26 February 2025. Chief executive Dana Okafor: "
            "\"Fourth-quarter revenue came to $61 million, up 40% year on year, and riders took 1.3 million paid trips "
            "on our driverless fleet of 1,150 vehicles. Across our five launch countries we size the robotaxi total "
            "addressable market at roughly $2 billion this year and $48 billion in 2030 — about 24 times this year's "
            "level, or compound growth of some 89% a year.\" Asked by an analyst at Sanderling Securities, which keeps "
            "a $38 price target on the shares (22% upside), Okafor said Loopline aims to win a 15% share of that "
            "market by 2030."
        ),
        obs=[
            ("Total", 2025, 2, "USD billion", "estimate"),
            ("Total", 2030, 48, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 24, "multiple", 2025, 2030, 5.0),
            ("cagr", 89, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (48 / 2) ** (1/5) - 1 = 24 ** 0.2 - 1 = 88.82% -> 89
        ],
    ),
    # 23. English association briefing in euros: "€3.4bn in 2024, against €2.6bn in 2022", "a compound 15% a year"
    #    (inferred span, only within rounding); a part "Inference chips ... 62% ..., or €2.1bn"; distractors: member
    #    count, the whole European car market, percentage points, a quarter's figure
    dict(
        text=(
            "Briefing, March 2025 — The Kesselbach-based Verband Fahrzeugelektronik (VFE), which speaks for 112 "
            "suppliers, put Europe's market for automotive AI chips at €3.4bn in 2024, against €2.6bn in 2022, growth "
            "it describes as a compound 15% a year. Inference chips for driver assistance made up 62% of last year's "
            "total, or €2.1bn, with the rest going to cockpit and gateway processors. The association stresses that "
            "this is a sliver of a European car market worth about €480bn, and that chip shortages in 2023 cut local "
            "vehicle output by 3 percentage points. It expects first-quarter 2025 demand to come in near €0.9bn."
        ),
        obs=[
            ("Total", 2024, 3.4, "EUR billion", "actual"),
            ("Total", 2022, 2.6, "EUR billion", "actual"),
            ("Inference chips", 2024, 2.1, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 15, "percent", 2022, 2024, None, "inferred"),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3.4 / 2.6) ** 0.5 - 1 = 14.35% -> 14, not 15; bounds: (3.35/2.65) ** 0.5 - 1 = 12.43%,
            # (3.45/2.55) ** 0.5 - 1 = 16.32%; 15 lies inside -> rounding
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 2.1 / 3.4 = 61.76% -> 62
        ],
    ),
    # 24. English research note: "$6.9 billion in 2024, a 19% gain on the $5.8 billion of 2023"; a part's decline
    #    "Hardware ... fell 4% to $1.2 billion" (one amount, no verdict); a range "between $11 billion and $13
    #    billion in 2027"; distractors: survey answer, price per vehicle, a quarter's spending, a headcount of drivers
    dict(
        text=(
            "Research note, Pellham & Kaur Automotive, 9 June 2025. The in-car voice assistant market — software "
            "licences, cloud speech services and the microphone and DSP hardware behind them — was worth $6.9 billion "
            "in 2024, a 19% gain on the $5.8 billion of 2023. Hardware was the laggard: its sales fell 4% to $1.2 "
            "billion as carmakers reused existing microphone arrays. We see the market at between $11 billion and $13 "
            "billion in 2027 as generative assistants move from premium trims to mass models. In our survey of 2,000 "
            "drivers, 68% said they use voice commands every week; the typical licence costs a carmaker $42 per "
            "vehicle, and first-quarter 2025 spending was $1.9 billion."
        ),
        obs=[
            ("Total", 2024, 6.9, "USD billion", "actual"),
            ("Total", 2023, 5.8, "USD billion", "actual"),
            ("Hardware", 2024, 1.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("growth", -4, "percent", 2023, 2024, 1.0),
            ("value", 11, "USD billion", 2027, 2027, None),
            ("value", 13, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.9 / 5.8 - 1 = 18.97% -> 19 (hardware -4% has one amount: no verdict)
        ],
    ),
    # 25. English news on Japan in yen: "¥412.0 billion in fiscal 2024", "¥1,050 billion by fiscal 2030", "an average
    #    annual growth rate of 17.1% between fiscal 2024 and fiscal 2030" -> inconsistent; distractors: units fitted
    #    and their share of sales, a supplier's own sales, count of companies interviewed
    dict(
        text=(
            "The Hoshizora Research Institute said on Tuesday that Japan's market for driver-assistance and "
            "automated-driving systems grew to ¥412.0 billion in fiscal 2024, and it forecasts ¥1,050 billion by "
            "fiscal 2030, an average annual growth rate of 17.1% between fiscal 2024 and fiscal 2030. New cars fitted "
            "with adaptive cruise and lane-centring reached 3.1 million units, or 68% of sales. Nakamura Denki, the "
            "largest domestic supplier, reported its own ADAS sales of ¥88 billion. The institute based its estimate "
            "on interviews with 240 companies."
        ),
        obs=[
            ("Total", 2024, 412.0, "JPY billion", "actual"),
            ("Total", 2030, 1050, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1050 / 412.0) ** (1/6) - 1 = 16.87%; bounds (1049.5/412.05) -> 16.86%, (1050.5/411.95) -> 16.88%;
            # 37.1 unreachable -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese research-institute release: "1250亿元，较2023年的973亿元同比增长28.5%", target "到2030年
    #    ...将突破5000亿元" with "2024—2030年复合增长率约为26%"; distractors: L2 penetration rate, percentage points,
    #    千亿级, a carmaker's own revenue
    dict(
        text=(
            "据北辰汽车研究院测算，2024年中国智能驾驶解决方案市场规模达到1250亿元，较2023年的973亿元同比增长28.5%。"
            "研究院预计，到2030年市场规模将突破5000亿元，2024—2030年复合增长率约为26%。从装配端看，2024年L2级辅助驾驶"
            "新车渗透率已达到47.6%，较上年提升9.2个百分点。业内人士认为，城市NOA将打开千亿级增量空间，但多数车企仍在"
            "亏损，其中澜岸汽车2024年智驾相关收入仅为38亿元。"
        ),
        obs=[
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2023, 973, "CNY 100 million", "actual"),
            ("Total", 2030, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250 / 973 - 1 = 28.47% -> 28.5
            ("cagr|period", "exact"),   # (5000 / 1250) ** (1/6) - 1 = 4 ** (1/6) - 1 = 25.99% -> 26
        ],
    ),
    # 27. Simplified Chinese consultancy release dated 2025: "去年...1260亿元，同比增长23.5%，2023年为1020亿元";
    #    a part "软件及服务约391亿元，占比31%"; a later 万亿元 target converted into the series' 亿元
    #    (1.2万亿元 -> 12000); distractors: fitted vehicles, value per car, a supplier's revenue, a quarter
    dict(
        text=(
            "2025年2月18日，云衡咨询发布《智能座舱产业观察》称，去年中国智能座舱市场规模达到1260亿元，同比增长23.5%，"
            "2023年为1020亿元。其中，软件及服务约391亿元，占比31%。去年智能座舱新车装配量为1580万辆，单车价值量约"
            "8000元。云衡预计，随着大模型上车，到2035年市场规模有望达到1.2万亿元。头部供应商华屹电子去年座舱业务营收"
            "96亿元；今年一季度行业规模约为320亿元。"
        ),
        obs=[
            ("Total", 2024, 1260, "CNY 100 million", "actual"),
            ("Total", 2023, 1020, "CNY 100 million", "actual"),
            ("软件及服务", 2024, 391, "CNY 100 million", "actual"),
            ("Total", 2035, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1260 / 1020 - 1 = 23.53% -> 23.5
            ("arithmetic", "exact"),    # 391 / 1260 = 31.03% -> 31
        ],
    ),
    # 28. Simplified Chinese city pilot-zone plan: target "到2027年...突破200亿元，是2024年约38亿元的5倍多" (x5 over 3
    #    years, no verdict); distractors: plan title years, road km, test km in 亿公里, vehicles, orders, a funding round
    dict(
        text=(
            "《云湾市智能网联汽车创新发展行动计划（2025—2027年）》日前印发。计划提出，到2027年，全市自动驾驶出行服务"
            "（Robotaxi、Robobus）市场规模突破200亿元，是2024年约38亿元的5倍多。截至目前，示范区已开放测试道路1860"
            "公里，累计测试里程达到1.2亿公里，投放无人驾驶车辆1000辆，累计完成订单超过260万单。区内企业启途智行上月"
            "完成10亿元B轮融资。"
        ),
        obs=[
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
            ("Total", 2024, 38, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2027, 3.0),  # "5倍多" -> x5, 2027 - 2024 = 3
        ],
        verdicts=[],
    ),
    # 29. Simplified Chinese broker's report: "186亿元，较2023年的142亿元增长35%" -> inconsistent; 2025 forecast;
    #    L2 vs L3+ shares with no part amounts (no verdict); distractors: rating, price target and upside, count of
    #    firms covered, a company's revenue and margin
    dict(
        text=(
            "东岭证券在最新研报中指出，2024年我国车载AI芯片市场规模为186亿元，较2023年的142亿元增长35%；预计2025年"
            "将增长至240亿元。按应用划分，L2级辅助驾驶芯片占比68%，L3及以上高阶芯片占比32%。在研报覆盖的12家芯片企业"
            "中，东岭证券维持芯穹科技“买入”评级，目标价85元，较现价有30%上涨空间。芯穹科技2024年营业收入为21亿元，"
            "毛利率41%。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2023, 142, "CNY 100 million", "actual"),
            ("Total", 2025, 240, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 68, "percent", 2024, 2024, None),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 186 / 142 - 1 = 30.99%; bounds 185.5/142.5 - 1 = 30.18%, 186.5/141.5 - 1 = 31.80%; 35 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 30. Traditional Chinese (Taiwan) research release in 新台幣億元: "862億元，較2023年的767億元年增12.4%",
    #     "2024至2027年複合成長率為13.2%" to "1,250億元"; distractors: shipments in 萬顆, gross margin, count of firms,
    #     headcount in 萬人
    dict(
        text=(
            "【台北訊】瀚宇產業研究所最新統計顯示，2024年台灣ADAS相關產業產值達新台幣862億元，較2023年的767億元年增"
            "12.4%。研究所預估，2027年產值可望達1,250億元，2024至2027年複合成長率為13.2%。2024年台灣業者車用雷達與"
            "攝影模組出貨量約1,450萬顆，平均毛利率32%。研究所共訪談68家廠商，相關從業人數約2.3萬人。"
        ),
        obs=[
            ("Total", 2024, 862, "TWD 100 million", "actual"),
            ("Total", 2023, 767, "TWD 100 million", "actual"),
            ("Total", 2027, 1250, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("cagr", 13.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 862 / 767 - 1 = 12.39% -> 12.4
            ("cagr|period", "exact"),   # (1250 / 862) ** (1/3) - 1 = 13.19% -> 13.2
        ],
    ),
    # 31. Traditional Chinese (Hong Kong) in 億港元: "約為18.6億港元，較2023年的15.2億港元增長22%", 2028 target;
    #     a second publisher's 2024 figure (21億港元) expected nowhere; distractors: survey answer, government grant,
    #     monthly fee per vehicle
    dict(
        text=(
            "（香港，2025年5月）本地智慧出行研究機構「港灣交通智庫」指出，2024年本港車隊管理及交通AI解決方案市場規模"
            "約為18.6億港元，較2023年的15.2億港元增長22%，主要受惠於巴士及物流車隊加裝疲勞駕駛監測系統。智庫預期，到"
            "2028年市場規模有望增至40億港元。另一機構啟明顧問則估計2024年市場規模為21億港元。智庫的問卷調查顯示，63%"
            "的受訪車隊計劃於兩年內增加AI投資；政府亦為相關試點撥款3億港元，平均每輛車每月訂閱費約350港元。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2023, 15.2, "HKD 100 million", "actual"),
            ("Total", 2028, 40, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.6 / 15.2 - 1 = 22.37% -> 22
        ],
    ),
    # 32. Traditional Chinese (Taiwan) voice-assistant output: "新台幣41億元" (2023) to "53億元" (2025),
    #     "2023至2025年年均複合成長率達14.5%" -> rounding only; distractors: a quarter's output, percentage points,
    #     price of one module
    dict(
        text=(
            "（2025年4月）車用語音助理正成為台灣座艙供應鏈的新戰場。據晶聯產業顧問統計，2023年台灣車用語音助理軟硬體"
            "產值為新台幣41億元；該公司預估2025年將達53億元，2023至2025年年均複合成長率達14.5%。今年第一季產值約11"
            "億元，語音晶片滲透率較去年同期提升3.2個百分點。業者指出，一套語音模組報價約新台幣1,200元。"
        ),
        obs=[
            ("Total", 2023, 41, "TWD 100 million", "actual"),
            ("Total", 2025, 53, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 14.5, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            # (53 / 41) ** 0.5 - 1 = 13.70% -> not 14.5; bounds (52.5/41.5) ** 0.5 - 1 = 12.47%,
            # (53.5/40.5) ** 0.5 - 1 = 14.93%; 14.5 inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 33. Simplified Chinese, commercial vehicles, dated 2025: total 214亿元 with parts 干线物流 (98, 占比46%),
    #     港口矿区场景 (71), 末端配送无人车 (45, 同比下降12%: one amount, no verdict); "今年...有望达到265亿元" ->
    #     2025 estimate; distractors: truck sales, L2 fitment rate, km driven
    dict(
        text=(
            "（2025年6月）中商智运研究中心数据显示，2024年中国商用车自动驾驶市场规模为214亿元，其中干线物流约98亿元，"
            "占比46%；港口矿区场景为71亿元；末端配送无人车为45亿元，同比下降12%。该中心预计，今年市场规模有望达到265亿"
            "元，2026年有望达到360亿元。2024年国内重卡销量约90万辆，L2级辅助驾驶装配率不足15%；领跑企业智骋科技累计"
            "运营里程已达2000万公里。"
        ),
        obs=[
            ("Total", 2024, 214, "CNY 100 million", "actual"),
            ("干线物流", 2024, 98, "CNY 100 million", "actual"),
            ("港口矿区场景", 2024, 71, "CNY 100 million", "actual"),
            ("末端配送无人车", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 265, "CNY 100 million", "estimate"),
            ("Total", 2026, 360, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 46, "percent", 2024, 2024, None),
            ("growth", -12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 98 / 214 = 45.79% -> 46
        ],
    ),
    # 34. Simplified Chinese association report: series opens in 万亿元 ("突破1.5万亿元") so the later "5600亿元" is
    #     expected as 0.56 CNY trillion; "增长约1.7倍" between two printed amounts -> x2.7; "2024—2030年复合增长率约为
    #     18%"; distractors: 千亿级, the whole car market "超过10万亿元", member count, members' R&D growth
    dict(
        text=(
            "（2025年3月）中华汽车智能化联合会发布报告称，预计到2030年，我国汽车智能化市场（智能驾驶与智能座舱合计）"
            "规模将突破1.5万亿元，较2024年的5600亿元增长约1.7倍，2024—2030年复合增长率约为18%。报告指出，这一赛道虽"
            "已是千亿级市场，但相比全国超过10万亿元的汽车消费市场仍处于起步阶段。联合会现有会员单位186家，2024年会员"
            "企业研发投入同比增长21%。"
        ),
        obs=[
            ("Total", 2030, 1.5, "CNY trillion", "estimate"),
            ("Total", 2024, 0.56, "CNY trillion", "actual"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2030, 6.0),  # 增长1.7倍 with both amounts printed -> 2.7 times
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1.5 / 0.56) ** (1/6) - 1 = 2.6786 ** (1/6) - 1 = 17.85% -> 18
        ],
    ),
    # 35. English pipe table by segment with 2025E/2027E columns and a Total row; 2027E total printed 55.4 vs sum
    #     55.3 -> rounding; "2024-2027 CAGR at 22%"; distractors: report number, a supplier's ADAS revenue
    dict(
        text=(
            "Brightwater Auto Analytics, report no. 24-117 (March 2025): global driver-assistance and automated-driving "
            "market, USD billion\n"
            "| Segment | 2023 | 2024 | 2025E | 2027E |\n"
            "|---|---|---|---|---|\n"
            "| L2 assist | 18.4 | 21.9 | 25.1 | 31.6 |\n"
            "| Highway NOA | 4.2 | 6.8 | 9.7 | 16.3 |\n"
            "| L3 and above | 0.9 | 1.6 | 2.8 | 7.4 |\n"
            "| Total | 23.5 | 30.3 | 37.6 | 55.4 |\n"
            "Brightwater puts the 2024-2027 CAGR at 22%. Its top pick, Orrin Systems, earned $3.2 billion from ADAS "
            "in 2024."
        ),
        obs=[
            ("L2 assist", 2023, 18.4, "USD billion", "actual"),
            ("L2 assist", 2024, 21.9, "USD billion", "actual"),
            ("L2 assist", 2025, 25.1, "USD billion", "estimate"),
            ("L2 assist", 2027, 31.6, "USD billion", "estimate"),
            ("Highway NOA", 2023, 4.2, "USD billion", "actual"),
            ("Highway NOA", 2024, 6.8, "USD billion", "actual"),
            ("Highway NOA", 2025, 9.7, "USD billion", "estimate"),
            ("Highway NOA", 2027, 16.3, "USD billion", "estimate"),
            ("L3 and above", 2023, 0.9, "USD billion", "actual"),
            ("L3 and above", 2024, 1.6, "USD billion", "actual"),
            ("L3 and above", 2025, 2.8, "USD billion", "estimate"),
            ("L3 and above", 2027, 7.4, "USD billion", "estimate"),
            ("Total", 2023, 23.5, "USD billion", "actual"),
            ("Total", 2024, 30.3, "USD billion", "actual"),
            ("Total", 2025, 37.6, "USD billion", "estimate"),
            ("Total", 2027, 55.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 18.4 + 4.2 + 0.9 = 23.5
            ("hierarchy", "exact"),     # 2024: 21.9 + 6.8 + 1.6 = 30.3
            ("hierarchy", "exact"),     # 2025E: 25.1 + 9.7 + 2.8 = 37.6
            ("hierarchy", "rounding"),  # 2027E: 31.6 + 16.3 + 7.4 = 55.3 vs 55.4; bounds 55.15..55.45 -> rounding
            ("cagr|period", "exact"),   # (55.4 / 30.3) ** (1/3) - 1 = 22.28% -> 22
        ],
    ),
    # 36. Simplified Chinese: a table of fitted vehicles (万辆, no observation) beside a table of market value (亿元)
    #     with a 合计 row, space-aligned; "2024年合计市场规模同比增长23.7%"; title years and table numbers nowhere
    dict(
        text=(
            "表1  2022—2024年中国乘用车智能化装配量（万辆）\n"
            "细分        2022     2023     2024\n"
            "智能驾驶    1,120    1,386    1,652\n"
            "智能座舱    1,305    1,498    1,733\n"
            "\n"
            "表2  2022—2024年中国乘用车智能化市场规模（亿元）\n"
            "细分        2022     2023     2024\n"
            "智能驾驶      612      798    1,024\n"
            "智能座舱      735      880    1,051\n"
            "合计        1,347    1,678    2,075\n"
            "资料来源：星途汽车研究。2024年合计市场规模同比增长23.7%。"
        ),
        obs=[
            ("智能驾驶", 2022, 612, "CNY 100 million", "actual"),
            ("智能驾驶", 2023, 798, "CNY 100 million", "actual"),
            ("智能驾驶", 2024, 1024, "CNY 100 million", "actual"),
            ("智能座舱", 2022, 735, "CNY 100 million", "actual"),
            ("智能座舱", 2023, 880, "CNY 100 million", "actual"),
            ("智能座舱", 2024, 1051, "CNY 100 million", "actual"),
            ("合计", 2022, 1347, "CNY 100 million", "actual"),
            ("合计", 2023, 1678, "CNY 100 million", "actual"),
            ("合计", 2024, 2075, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 612 + 735 = 1347
            ("hierarchy", "exact"),     # 2023: 798 + 880 = 1678
            ("hierarchy", "exact"),     # 2024: 1024 + 1051 = 2075
            ("cagr|implied", "exact"),  # 2075 / 1678 - 1 = 23.66% -> 23.7
        ],
    ),
    # 37. English vertical tab-separated table whose rows are years, value column headed by its unit only
    #     ("USD million" -> Total), a YoY column and a paid-rides column (no money); 2025F a forecast
    dict(
        text=(
            "Fleetlane Research: robotaxi fare revenue in the 14 cities it tracks (2025F is a forecast).\n"
            "Year\tUSD million\tYoY\tPaid rides (m)\n"
            "2021\t310\t—\t2.6\n"
            "2022\t455\t46.8%\t3.9\n"
            "2023\t702\t54.3%\t6.1\n"
            "2024\t1,090\t55.3%\t9.8\n"
            "2025F\t1,640\t50.5%\t14.5\n"
            "Rides are counted per completed trip; the average fare was $11.10 in 2024."
        ),
        obs=[
            ("Total", 2021, 310, "USD million", "actual"),
            ("Total", 2022, 455, "USD million", "actual"),
            ("Total", 2023, 702, "USD million", "actual"),
            ("Total", 2024, 1090, "USD million", "actual"),
            ("Total", 2025, 1640, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 46.8, "percent", 2021, 2022, 1.0),
            ("growth", 54.3, "percent", 2022, 2023, 1.0),
            ("growth", 55.3, "percent", 2023, 2024, 1.0),
            ("growth", 50.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 455 / 310 - 1 = 46.77% -> 46.8
            ("cagr|implied", "exact"),  # 702 / 455 - 1 = 54.29% -> 54.3
            ("cagr|implied", "exact"),  # 1090 / 702 - 1 = 55.27% -> 55.3
            ("cagr|implied", "exact"),  # 1640 / 1090 - 1 = 50.46% -> 50.5
        ],
    ),
    # 38. Simplified Chinese space-aligned table hardware / software / services with 2025E/2026E and 合计; 2025E
    #     total 1,028 vs sum 1,027 -> rounding; software shares 26% (2024) and 30% (2026) with arithmetic;
    #     "提高4个百分点" nowhere; stated 2024—2026 CAGR 24.5%; report title year and table number nowhere
    dict(
        text=(
            "《2025年中国智能驾驶产业链研究报告》（2025年4月）\n"
            "表3  智能驾驶市场规模按构成划分（单位：亿元）\n"
            "构成      2024     2025E     2026E\n"
            "硬件       540       655       772\n"
            "软件       212       288       379\n"
            "服务        63        84       112\n"
            "合计       815     1,028     1,263\n"
            "注：E为预测值。2024年软件占比约26%，预计2026年将提升至30%，提高4个百分点；2024—2026年合计规模复合增长率"
            "为24.5%。"
        ),
        obs=[
            ("硬件", 2024, 540, "CNY 100 million", "actual"),
            ("硬件", 2025, 655, "CNY 100 million", "estimate"),
            ("硬件", 2026, 772, "CNY 100 million", "estimate"),
            ("软件", 2024, 212, "CNY 100 million", "actual"),
            ("软件", 2025, 288, "CNY 100 million", "estimate"),
            ("软件", 2026, 379, "CNY 100 million", "estimate"),
            ("服务", 2024, 63, "CNY 100 million", "actual"),
            ("服务", 2025, 84, "CNY 100 million", "estimate"),
            ("服务", 2026, 112, "CNY 100 million", "estimate"),
            ("合计", 2024, 815, "CNY 100 million", "actual"),
            ("合计", 2025, 1028, "CNY 100 million", "estimate"),
            ("合计", 2026, 1263, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 30, "percent", 2026, 2026, None),
            ("cagr", 24.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 540 + 212 + 63 = 815
            ("hierarchy", "rounding"),  # 2025E: 655 + 288 + 84 = 1027 vs 1028; bounds 1025.5..1028.5 -> rounding
            ("hierarchy", "exact"),     # 2026E: 772 + 379 + 112 = 1263
            ("arithmetic", "exact"),    # 212 / 815 = 26.01% -> 26
            ("arithmetic", "exact"),    # 379 / 1263 = 30.01% -> 30
            ("cagr|period", "exact"),   # (1263 / 815) ** 0.5 - 1 = 24.49% -> 24.5
        ],
    ),
    # 39. Traditional Chinese pipe table of a Japanese association's figures in 億円 (passenger vs commercial,
    #     2025E) with 合計; "2024年合計年增14.0%", "乘用車佔84.4%"; distractors: cars fitted in 萬台, member count
    dict(
        text=(
            "日本「車載AI推進協議會」公布車載語音助理市場規模（單位：億円）\n"
            "| 區分 | 2023 | 2024 | 2025E |\n"
            "| --- | --- | --- | --- |\n"
            "| 乘用車 | 1,180 | 1,342 | 1,530 |\n"
            "| 商用車 | 215 | 248 | 290 |\n"
            "| 合計 | 1,395 | 1,590 | 1,820 |\n"
            "協議會指出，2024年合計年增14.0%，其中乘用車佔84.4%；同年搭載語音助理的新車約420萬台，協議會會員共57家。"
        ),
        obs=[
            ("乘用車", 2023, 1180, "JPY 100 million", "actual"),
            ("乘用車", 2024, 1342, "JPY 100 million", "actual"),
            ("乘用車", 2025, 1530, "JPY 100 million", "estimate"),
            ("商用車", 2023, 215, "JPY 100 million", "actual"),
            ("商用車", 2024, 248, "JPY 100 million", "actual"),
            ("商用車", 2025, 290, "JPY 100 million", "estimate"),
            ("合計", 2023, 1395, "JPY 100 million", "actual"),
            ("合計", 2024, 1590, "JPY 100 million", "actual"),
            ("合計", 2025, 1820, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.0, "percent", 2023, 2024, 1.0),
            ("share", 84.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1180 + 215 = 1395
            ("hierarchy", "exact"),     # 2024: 1342 + 248 = 1590
            ("hierarchy", "exact"),     # 2025E: 1530 + 290 = 1820
            ("cagr|implied", "exact"),  # 1590 / 1395 - 1 = 13.98% -> 14.0
            ("arithmetic", "exact"),    # 1342 / 1590 = 84.40% -> 84.4
        ],
    ),
    # 40. English space-aligned table of a German association in EUR million with a Total row whose 2024 figure
    #     (2,860) misses its rows' sum (2,760) -> inconsistent; stated 2022-2024 CAGR of perception software;
    #     distractors: table number, member count, the whole German new-car market
    dict(
        text=(
            "Arbeitskreis Fahrzeugsoftware (AKF), Table 2: German market for driver-assistance software by function, "
            "EUR million\n"
            "Function              2022     2023     2024\n"
            "Perception software  1,120    1,310    1,538\n"
            "Planning & control     640      790      960\n"
            "Driver monitoring      180      215      262\n"
            "Total                1,940    2,315    2,860\n"
            "AKF says perception software grew at a compound 17% a year from 2022 to 2024. The association, which has "
            "74 member companies, sets this against a German new-car market worth some €150 billion."
        ),
        obs=[
            ("Perception software", 2022, 1120, "EUR million", "actual"),
            ("Perception software", 2023, 1310, "EUR million", "actual"),
            ("Perception software", 2024, 1538, "EUR million", "actual"),
            ("Planning & control", 2022, 640, "EUR million", "actual"),
            ("Planning & control", 2023, 790, "EUR million", "actual"),
            ("Planning & control", 2024, 960, "EUR million", "actual"),
            ("Driver monitoring", 2022, 180, "EUR million", "actual"),
            ("Driver monitoring", 2023, 215, "EUR million", "actual"),
            ("Driver monitoring", 2024, 262, "EUR million", "actual"),
            ("Total", 2022, 1940, "EUR million", "actual"),
            ("Total", 2023, 2315, "EUR million", "actual"),
            ("Total", 2024, 2860, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 17, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),         # 2022: 1120 + 640 + 180 = 1940
            ("hierarchy", "exact"),         # 2023: 1310 + 790 + 215 = 2315
            ("hierarchy", "inconsistent"),  # 2024: 1538 + 960 + 262 = 2760; bounds 2758.5..2761.5 vs 2860
            ("cagr|period", "exact"),       # (1538 / 1120) ** 0.5 - 1 = 17.18% -> 17
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 8, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% from €3.56 billion in 2023',
    'a compound annual rate of 15.2% between 2024 and 2030',
    '$60 billion to $75 billion a year by 2030',
    'rose 42% to $6.1 billion in 2024 from $4.8 billion in 2023',
    'an average annual increase of 15.9%',
    'took £71 million of that, or 38.5%',
    'a 2024-28 CAGR of 16.5%',
    'fell 12% to $880 million last year from $1.0 billion in 2023',
    "more than fourfold last year's $11 billion",
    '将突破1.1万亿元',
    '較2023年的1,420億元成長31%',
    '年複合增長率達21.5%',
    '较2021年的560亿元增长2倍',
    '今后三年年均增长37%',
    '| Total | 29.8 | 35.5 | 41.8 | 48.4 |',
    '合计         627     838   1,125   1,410',
    '| FY2025E | 118.0 | 21.5% |',
    '合計\t370.6\t423.3\t481.7',
    'Total              430    2,100',
    '| 合计 | 192.0 | 100.0% |',
    'up 18% from $12.0 billion in 2023',
    "about 24 times this year's level",
    'growth it describes as a compound 15% a year',
    'between $11 billion and $13 billion in 2027',
    '¥1,050 billion by fiscal 2030',
    '较2023年的973亿元同比增长28.5%',
    '到2035年市场规模有望达到1.2万亿元',
    '是2024年约38亿元的5倍多',
    '新台幣862億元',
    '約為18.6億港元',
    '年均複合成長率達14.5%',
    '今年市场规模有望达到265亿元',
    '较2024年的5600亿元增长约1.7倍',
    '| Total | 23.5 | 30.3 | 37.6 | 55.4 |',
    'Year\tUSD million\tYoY',
    '（单位：亿元）',
    '（單位：億円）',
    'Total                1,940    2,315    2,860',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 217
#: figures, 48 rates, 71 verdicts and 3 false inconsistent
#: after the readings chosen on the hundred-and-thirty-second set: 218, 48, 71 and 2; on it too: 223, 51, 76 and 1;
#: on the hundred-and-thirty-sixth and hundred-and-thirty-eighth too: 226, 51, 78 and 0; on the hundred-and-fortieth
#: and hundred-and-forty-second: 226, 51, 79 and 0
FLOORS = {"figures_found": 226, "rates_found": 51, "verdicts_right": 79}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset134.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
