"""A hundred-and-thirty-fifth check set for the extractor, written blind: AI in cars and mobility, in English and Chinese
(Simplified and Traditional) -- driver-assistance and autonomous-driving software, smart cockpits, in-car voice
assistants, robotaxi services, automotive AI chips and fleet and traffic AI, sized in money by automotive research
firms, carmakers' associations, brokers, pilot-zone plans, German, Japanese, Korean and Taiwanese associations and
consultancies; vehicles sold or fitted, penetration rates, kilometres driven, rides, the price of one system, a
carmaker's own revenue, funding rounds, a month's figures and the whole car market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. EN press release: "USD 14.2 billion in 2024 ... USD 41.8 billion by 2031", stated CAGR "from 2024 to 2031";
    #    distractors: a second publisher's 2024 figure, L2 fitment share and vehicle count, "multibillion-dollar opportunity"
    dict(
        text=(
            "OSLO, 12 February 2025 — Halvorsen Mobility Research says the global market for ADAS and "
            "automated-driving software was worth USD 14.2 billion in 2024 and will climb to USD 41.8 billion by "
            "2031, a compound annual growth rate of 16.7% from 2024 to 2031. The firm counts licence fees, "
            "over-the-air feature subscriptions and engineering services, but not cameras, radars or chips. "
            "Brightwater Analytics, using a narrower definition, puts last year's figure at USD 12.9 billion. "
            "Halvorsen notes that L2 systems were fitted to 46% of new cars sold worldwide, some 27 million "
            "vehicles, and calls Level 3 motorway pilots \"a multibillion-dollar opportunity\" that has barely started."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2031, 41.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.8/14.2)**(1/7)-1 = 16.677% -> 16.7
        ],
    ),
    # 2. EN dated news: "$1.1 billion ... last year, up 140% from $460 million in 2023" (series unit USD billion, so
    #    460 million -> 0.46); "about $2.4 billion this year" estimate; distractors: Q1 rides, funding round, fleet, quarter fares
    dict(
        text=(
            "SAN FRANCISCO, 9 April 2025 — Paid robotaxi rides in the United States generated $1.1 billion in fares "
            "last year, up 140% from $460 million in 2023, according to estimates by Pellucid Mobility. Pellucid "
            "expects fares to reach about $2.4 billion this year as services open in four more metro areas. The "
            "busiest operator, Carrow Autonomy, completed 4.1 million paid rides in the first quarter alone and "
            "raised $1.2 billion in a funding round in March. Its fleet now numbers some 2,300 vehicles, and "
            "average fares per mile fell 8% in the quarter."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2023, 0.46, "USD billion", "actual"),
            ("Total", 2025, 2.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 140.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.1/0.46-1 = 139.13% -> 139, not 140; bounds 1.05/0.465-1 = 125.8% .. 1.15/0.455-1 = 152.7% holds 140
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. EN earnings call: TAM "about $9 billion this year" (2024 estimate), "more than tripling to $28 billion in 2027"
    #    (x3), "roughly a 46% compound rate" with no span printed (inferred); distractors: quarter revenue, its
    #    sequential growth, design wins, price target and upside
    dict(
        text=(
            "Halcyra Semiconductor third-quarter results call, 6 November 2024. Chief executive Dana Ruiz: "
            "\"Automotive revenue came in at $412 million for the quarter, up 19% sequentially, and we booked 14 new "
            "design wins. Stepping back, we size the total addressable market for in-vehicle AI compute at about "
            "$9 billion this year, and we see it more than tripling to $28 billion in 2027 — roughly a 46% compound "
            "rate.\" Analyst Priya Menon of Coldharbour Capital: \"Thanks, Dana. We keep our $185 price target, "
            "which implies 22% upside.\""
        ),
        obs=[
            ("Total", 2024, 9, "USD billion", "estimate"),
            ("Total", 2027, 28, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2027, 3.0),
            ("cagr", 46.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (28/9)**(1/3)-1 = 45.98% -> 46
        ],
    ),
    # 4. EN German association in EUR: "€3.4 billion last year, 13% more than the €3.0 billion recorded in 2023";
    #    part "Software ... €1.45 billion, or 43%"; distractors: percentage points, member count, car registrations
    dict(
        text=(
            "BERLIN, 20 May 2025 — Germany's market for automated-driving software and sensors reached €3.4 billion "
            "last year, 13% more than the €3.0 billion recorded in 2023, the Bundesverband Automatisierte Mobilität "
            "(BAM) said on Tuesday. Software alone accounted for €1.45 billion, or 43% of the total, four "
            "percentage points more than a year earlier. The association, which represents 164 member companies, "
            "warned that the slow rollout of Level 3 approvals is holding back growth. German new-car registrations "
            "came to 2.57 million last year."
        ),
        obs=[
            ("Total", 2024, 3.4, "EUR billion", "actual"),
            ("Total", 2023, 3.0, "EUR billion", "actual"),
            ("Software", 2024, 1.45, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 13.0, "percent", 2023, 2024, 1.0),
            ("share", 43.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.4/3.0-1 = 13.33% -> 13
            ("arithmetic", "exact"),    # 1.45/3.4 = 42.65% -> 43
        ],
    ),
    # 5. EN Japanese institute in yen: "¥182 billion in fiscal 2024 ... ¥305 billion in fiscal 2028", stated rate
    #    "16.5% over fiscal 2024-2028" contradicted by its amounts; distractors: survey answer, units fitted, price per car
    dict(
        text=(
            "TOKYO, 25 June 2025 — Japan's market for in-vehicle voice assistants and cockpit AI was ¥182 billion "
            "in fiscal 2024 and is forecast to reach ¥305 billion in fiscal 2028, an average annual growth rate of "
            "16.5% over fiscal 2024-2028, according to the Tokai Mobility Research Institute. The institute "
            "surveyed 2,100 drivers, 58% of whom said they use voice commands at least once a week. Cockpit AI was "
            "installed in 3.1 million new vehicles in fiscal 2024, and the typical system costs carmakers about "
            "¥24,000 per car."
        ),
        obs=[
            ("Total", 2024, 182, "JPY billion", "actual"),
            ("Total", 2028, 305, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (305/182)**(1/4)-1 = 13.78%; bounds (304.5/182.5)**.25-1 = 13.65% .. (305.5/181.5)**.25-1 = 13.90%; 16.5 out
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. EN Korean forum sized in USD: "$2.35 billion in 2024 ... $6.1 billion by 2030", "17.2% over 2024-2030";
    #    L3+ share 18% (part not printed, no verdict); distractors: vehicles fitted, a won budget (no observation)
    dict(
        text=(
            "SEOUL, 3 June 2025 — The Korea Autonomous Vehicle Industry Forum (KAVIF) puts South Korea's market for "
            "autonomous-driving systems at $2.35 billion in 2024 and projects $6.1 billion by 2030, implying a "
            "compound annual growth rate of 17.2% over 2024-2030. Systems rated L3 and above made up 18% of last "
            "year's spending, with L2 driver assistance accounting for the remainder. Korean carmakers fitted L2 "
            "features to 1.4 million vehicles in 2024. Separately, the government has earmarked 1.1 trillion won "
            "for connected-road infrastructure through 2027."
        ),
        obs=[
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("share", 18.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1/2.35)**(1/6)-1 = 17.23% -> 17.2
        ],
    ),
    # 7. EN broker initiation: "US$6.8bn in 2024, rising to US$19.5bn in 2029e, a 2024-29e CAGR of 23.3%";
    #    distractors: controllers shipped, penetration rates, target price HK$72 and upside, a company's 2025e revenue
    dict(
        text=(
            "Ridgeway Securities | China Automotive AI Chips | Initiation | 14 January 2025. We size China's "
            "automotive AI-chip market at US$6.8bn in 2024, rising to US$19.5bn in 2029e, a 2024-29e CAGR of 23.3%. "
            "Domestic suppliers shipped about 1.6 million driving-domain controllers last year, and we expect the "
            "L2+ penetration rate to reach 42% in 2025e, up from 31%. We initiate on Qiantang Micro with a Buy "
            "rating and a target price of HK$72 (31% upside); we forecast its 2025e revenue at RMB 4.2bn."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2029, 19.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (19.5/6.8)**(1/5)-1 = 23.454% -> 23.5, not 23.3; bounds (19.45/6.85)**.2-1 = 23.21% ..
            # (19.55/6.75)**.2-1 = 23.70% holds 23.3
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. EN Taiwan association in NT$: "NT$62.4 billion in 2024, up 21% from NT$51.6 billion a year earlier";
    #    a range "NT$75 billion to NT$80 billion next year" (2026, two value claims); distractors: units shipped,
    #    engineers, a listed supplier's own revenue, "7-nanometre"
    dict(
        text=(
            "TAIPEI, 18 March 2025 — Taiwan's production of automotive AI modules and chips reached NT$62.4 billion "
            "in 2024, up 21% from NT$51.6 billion a year earlier, the Taiwan Smart Vehicle Electronics Association "
            "(TSVEA) said. The association expects output of NT$75 billion to NT$80 billion next year, once two new "
            "7-nanometre lines qualify for automotive use. Shipments of ADAS camera modules rose to 3.8 million "
            "units, and the sector now employs about 9,200 engineers. Listed supplier Hengwei Electronics alone "
            "reported revenue of NT$18.3 billion."
        ),
        obs=[
            ("Total", 2024, 62.4, "TWD billion", "actual"),
            ("Total", 2023, 51.6, "TWD billion", "actual"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("value", 75.0, "TWD billion", 2026, 2026, None),
            ("value", 80.0, "TWD billion", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 62.4/51.6-1 = 20.93% -> 21
        ],
    ),
    # 9. EN fleet/traffic AI: "around €1.38 billion ... this year, 15% more than last year's €1.2 billion"; a second
    #    market "Fleet AI ... €2.6 billion this year" as its own item; distractors: programme count, a quarter's
    #    contracts, commute-time percentage
    dict(
        text=(
            "LYON, 2 October 2025 — European cities will spend around €1.38 billion on AI traffic-management systems "
            "this year, 15% more than last year's €1.2 billion, reckons the consultancy Maréchal & Voss. Adaptive "
            "signal control makes up the bulk of the spending, ahead of incident detection and parking guidance. "
            "Fleet AI, a separate market covering route optimisation and predictive maintenance for buses and "
            "delivery vans, should reach €2.6 billion this year. The consultancy tracked 47 city programmes; "
            "contracts signed in the second quarter alone were worth €310 million. Cities using adaptive signals "
            "report commute times 11% shorter."
        ),
        obs=[
            ("Total", 2025, 1.38, "EUR billion", "estimate"),
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Fleet AI", 2025, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.38/1.2-1 = 15.00% -> 15
        ],
    ),
    # 10. ZH (Simplified) consultancy report: 912亿元 同比增长31.4% (2023年为694亿元); part 软件及算法约287亿元
    #     占比31.5%; 到2030年将突破3000亿元, 2024—2030年复合增长率约22%; distractors: L2渗透率, 个百分点,
    #     a carmaker's own revenue, 千亿级
    dict(
        text=(
            "2025年3月,智研方舟咨询发布报告称,2024年中国乘用车智能驾驶解决方案市场规模达到912亿元,同比增长31.4%,"
            "2023年为694亿元。其中,软件及算法约287亿元,占比31.5%,其余为域控制器、传感器等硬件。报告预计,到2030年"
            "市场规模将突破3000亿元,2024—2030年复合增长率约22%。2024年L2级辅助驾驶新车渗透率升至57.3%,较上年提高"
            "9个百分点;某头部新势力全年智驾相关收入约158亿元。报告认为,城市NOA将打开千亿级增量空间。"
        ),
        obs=[
            ("Total", 2024, 912, "CNY 100 million", "actual"),
            ("Total", 2023, 694, "CNY 100 million", "actual"),
            ("软件及算法", 2024, 287, "CNY 100 million", "actual"),
            ("Total", 2030, 3000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("share", 31.5, "percent", 2024, 2024, None),
            ("cagr", 22.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 912/694-1 = 31.41% -> 31.4
            ("arithmetic", "exact"),    # 287/912 = 31.47% -> 31.5
            ("cagr|implied", "exact"),  # (3000/912)**(1/6)-1 = 21.95% -> 22
        ],
    ),
    # 11. ZH (Simplified) white paper: 约为2460亿元 -> 1.2万亿元 (series in 亿元, so 12000), stated
    #     2024—2030年年均复合增长率达36.5% contradicted; distractors: 测试道路公里, 牌照, 城市数, 千亿级, title year
    dict(
        text=(
            "2025年1月,华辰智库发布的《车路云一体化产业发展白皮书(2025)》显示,2024年我国车路云一体化市场规模约为"
            "2460亿元,预计到2030年将达到1.2万亿元,2024—2030年年均复合增长率达36.5%。截至2024年底,全国已开放智能网联"
            "汽车测试道路超过3.2万公里,发放测试牌照1.6万余张,20个城市入选试点。白皮书称,路侧感知设备与云控平台投资"
            "将形成千亿级市场。"
        ),
        obs=[
            ("Total", 2024, 2460, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (12000/2460)**(1/6)-1 = 30.23%; bounds (11500/2465)**(1/6)-1 = 29.26% .. (12500/2455)**(1/6)-1 = 31.16%
            # (1.2万亿 read at ±0.05万亿 = ±500亿); 36.5 out
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. ZH (Traditional, Taiwan): 新台幣486億元 較前一年的412億元成長18%; 2025年可望成長至565億元 (estimate);
    #     distractors: 約占兩成 (fraction in words), 出貨量 萬套, 第一季產值, a firm's own revenue, headcount
    dict(
        text=(
            "2025年4月,台灣智慧車艙產業協會指出,2024年台灣智慧座艙產值達新台幣486億元,較前一年的412億元成長18%,"
            "其中語音助理與車載軟體約占兩成。協會預估,2025年可望成長至新台幣565億元。2024年座艙模組出貨量約142萬套;"
            "第一季產值為新台幣118億元。龍頭廠商鼎宇科技去年營收新台幣92億元,員工約1,300人。"
        ),
        obs=[
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2023, 412, "TWD 100 million", "actual"),
            ("Total", 2025, 565, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486/412-1 = 17.96% -> 18
        ],
    ),
    # 13. ZH (Traditional, Hong Kong): 約38億港元 較2023年的31億港元增長23%; 2028年達95億港元 年均複合增長率約26%
    #     with no span printed (inferred); distractors: shuttle count, test kilometres, a start-up's funding round
    dict(
        text=(
            "香港智慧出行研究中心2025年2月發表報告,估計2024年本港自動駕駛及智慧交通AI市場規模約38億港元,較2023年的"
            "31億港元增長23%。報告預計,2028年市場規模將達95億港元,年均複合增長率約26%。目前機場禁區內已有40輛自動駕駛"
            "接駁車投入服務,累計測試里程約120萬公里。本地初創公司馭行科技上月完成2.8億港元B輪融資。"
        ),
        obs=[
            ("Total", 2024, 38, "HKD 100 million", "actual"),
            ("Total", 2023, 31, "HKD 100 million", "actual"),
            ("Total", 2028, 95, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("cagr", 26.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38/31-1 = 22.58% -> 23
            ("cagr|period", "exact"),   # (95/38)**(1/4)-1 = 25.74% -> 26
        ],
    ),
    # 14. ZH (Simplified) city pilot-zone plan: 到2027年…突破1000亿元, 较2024年的486亿元增长1倍以上 (two amounts
    #     printed -> x2 over 3 years, no verdict); L3级及以上占比达到35% (share, part not printed); distractors:
    #     title years, 测试道路公里, Robotaxi 车辆数, 服务人次, 最高3000万元奖励
    dict(
        text=(
            "2025年5月,临湾市印发《智能网联汽车先导区建设行动方案(2025—2027年)》。方案提出,到2027年,全市智能网联汽车"
            "核心产业规模突破1000亿元,较2024年的486亿元增长1倍以上,其中L3级及以上高阶自动驾驶相关产业占比达到35%。"
            "同时,全市将累计开放测试道路2000公里,Robotaxi运营车辆达到1000辆,年服务乘客500万人次。方案还明确,对新落户的"
            "自动驾驶企业给予最高3000万元奖励。"
        ),
        obs=[
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
            ("Total", 2024, 486, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
            ("share", 35.0, "percent", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 15. EN pipe table by segment with total row and an E column (USD billion); 2025E total 36.2 vs rows 36.1;
    #     distractors: supplier count, survey answer
    dict(
        text=(
            "Global autonomous-driving spending by segment (USD billion). Source: Corvane Insight, March 2025.\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| L2/L2+ software | 8.6 | 10.4 | 12.7 |\n"
            "| L3+ software | 1.9 | 2.6 | 3.8 |\n"
            "| Hardware | 14.2 | 16.9 | 19.6 |\n"
            "| Total | 24.7 | 29.9 | 36.2 |\n"
            "\n"
            "Corvane interviewed 410 suppliers; 62% expect lidar prices to fall again in 2025."
        ),
        obs=[
            ("L2/L2+ software", 2023, 8.6, "USD billion", "actual"),
            ("L2/L2+ software", 2024, 10.4, "USD billion", "actual"),
            ("L2/L2+ software", 2025, 12.7, "USD billion", "estimate"),
            ("L3+ software", 2023, 1.9, "USD billion", "actual"),
            ("L3+ software", 2024, 2.6, "USD billion", "actual"),
            ("L3+ software", 2025, 3.8, "USD billion", "estimate"),
            ("Hardware", 2023, 14.2, "USD billion", "actual"),
            ("Hardware", 2024, 16.9, "USD billion", "actual"),
            ("Hardware", 2025, 19.6, "USD billion", "estimate"),
            ("Total", 2023, 24.7, "USD billion", "actual"),
            ("Total", 2024, 29.9, "USD billion", "actual"),
            ("Total", 2025, 36.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 8.6+1.9+14.2 = 24.7
            ("hierarchy", "exact"),     # 2024: 10.4+2.6+16.9 = 29.9
            ("hierarchy", "rounding"),  # 2025E: 12.7+3.8+19.6 = 36.1 != 36.2; bounds 35.95..36.25 hold 36.2
        ],
    ),
    # 16. ZH (Simplified) two pipe tables: fitted vehicles (万辆, no observation) beside market value (亿元) with
    #     the same row labels and a 合计 row; prose share 乘用车占比88.5%; table numbers 表1/表2 boilerplate
    dict(
        text=(
            "表1 L2级及以上辅助驾驶装配量(万辆)\n"
            "| 类别 | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| 乘用车 | 612 | 835 | 1,102 |\n"
            "| 商用车 | 31 | 44 | 58 |\n"
            "| 合计 | 643 | 879 | 1,160 |\n"
            "\n"
            "表2 辅助驾驶系统市场规模(亿元)\n"
            "| 类别 | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| 乘用车 | 410 | 562 | 741 |\n"
            "| 商用车 | 58 | 79 | 96 |\n"
            "| 合计 | 468 | 641 | 837 |\n"
            "\n"
            "2024年乘用车在市场规模中的占比为88.5%。数据来源:启明车研。"
        ),
        obs=[
            ("乘用车", 2022, 410, "CNY 100 million", "actual"),
            ("乘用车", 2023, 562, "CNY 100 million", "actual"),
            ("乘用车", 2024, 741, "CNY 100 million", "actual"),
            ("商用车", 2022, 58, "CNY 100 million", "actual"),
            ("商用车", 2023, 79, "CNY 100 million", "actual"),
            ("商用车", 2024, 96, "CNY 100 million", "actual"),
            ("合计", 2022, 468, "CNY 100 million", "actual"),
            ("合计", 2023, 641, "CNY 100 million", "actual"),
            ("合计", 2024, 837, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 88.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2022: 410+58 = 468
            ("hierarchy", "exact"),   # 2023: 562+79 = 641
            ("hierarchy", "exact"),   # 2024: 741+96 = 837
            ("arithmetic", "exact"),  # 741/837 = 88.53% -> 88.5
        ],
    ),
    # 17. EN tab-separated vertical table, rows are years, lone value column headed by its unit only ("USD million")
    #     -> Total; YoY column; 2025F estimate; distractors: rides, trip length
    dict(
        text=(
            "Robotaxi fare revenue in China (Lianfeng Mobility Research)\n"
            "Year\tUSD million\tYoY\n"
            "2022\t210\t-\n"
            "2023\t385\t83.3%\n"
            "2024\t702\t82.3%\n"
            "2025F\t1,240\t76.6%\n"
            "Paid rides reached 31 million in 2024, and the average trip was 9.4 kilometres."
        ),
        obs=[
            ("Total", 2022, 210, "USD million", "actual"),
            ("Total", 2023, 385, "USD million", "actual"),
            ("Total", 2024, 702, "USD million", "actual"),
            ("Total", 2025, 1240, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 83.3, "percent", 2022, 2023, 1.0),
            ("growth", 82.3, "percent", 2023, 2024, 1.0),
            ("growth", 76.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 385/210-1 = 83.33% -> 83.3
            ("cagr|implied", "exact"),  # 702/385-1 = 82.34% -> 82.3
            ("cagr|implied", "exact"),  # 1240/702-1 = 76.64% -> 76.6
        ],
    ),
    # 18. EN space-aligned table in yen (¥ billion), fiscal-year columns with FY2027E; stated "FY2024-27" CAGR 14.8%
    dict(
        text=(
            "Japan in-car AI market by application (¥ billion), Mizusawa Research\n"
            "Application          FY2023   FY2024   FY2027E\n"
            "Driver monitoring      21.4     26.8      44.0\n"
            "Voice assistants       38.9     45.2      63.5\n"
            "ADAS software          96.3    112.7     171.9\n"
            "Total                 156.6    184.7     279.4\n"
            "Mizusawa puts the FY2024-27 compound annual growth rate at 14.8%. Unit shipments of driver-monitoring "
            "cameras are not included."
        ),
        obs=[
            ("Driver monitoring", 2023, 21.4, "JPY billion", "actual"),
            ("Driver monitoring", 2024, 26.8, "JPY billion", "actual"),
            ("Driver monitoring", 2027, 44.0, "JPY billion", "estimate"),
            ("Voice assistants", 2023, 38.9, "JPY billion", "actual"),
            ("Voice assistants", 2024, 45.2, "JPY billion", "actual"),
            ("Voice assistants", 2027, 63.5, "JPY billion", "estimate"),
            ("ADAS software", 2023, 96.3, "JPY billion", "actual"),
            ("ADAS software", 2024, 112.7, "JPY billion", "actual"),
            ("ADAS software", 2027, 171.9, "JPY billion", "estimate"),
            ("Total", 2023, 156.6, "JPY billion", "actual"),
            ("Total", 2024, 184.7, "JPY billion", "actual"),
            ("Total", 2027, 279.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 21.4+38.9+96.3 = 156.6
            ("hierarchy", "exact"),     # FY2024: 26.8+45.2+112.7 = 184.7
            ("hierarchy", "exact"),     # FY2027E: 44.0+63.5+171.9 = 279.4
            ("cagr|implied", "exact"),  # (279.4/184.7)**(1/3)-1 = 14.79% -> 14.8
        ],
    ),
    # 19. ZH (Traditional) space-aligned table in 新台幣億元 with a 2025(E) column and a 合計 row; 2024 total 1,260 vs
    #     rows 1,259; prose 2024年合計年增19.5%; distractors: member count, chips shipped
    dict(
        text=(
            "台灣車用AI產值(單位:新台幣億元)\n"
            "項目              2023    2024    2025(E)\n"
            "車用AI晶片          312     398      505\n"
            "ADAS模組            455     521      598\n"
            "智慧座艙系統        287     340      402\n"
            "合計              1,054   1,260    1,505\n"
            "資料來源:車電產業推進聯盟。2024年合計年增19.5%;聯盟會員廠商共87家,車用AI晶片出貨量約2,150萬顆。"
        ),
        obs=[
            ("車用AI晶片", 2023, 312, "TWD 100 million", "actual"),
            ("車用AI晶片", 2024, 398, "TWD 100 million", "actual"),
            ("車用AI晶片", 2025, 505, "TWD 100 million", "estimate"),
            ("ADAS模組", 2023, 455, "TWD 100 million", "actual"),
            ("ADAS模組", 2024, 521, "TWD 100 million", "actual"),
            ("ADAS模組", 2025, 598, "TWD 100 million", "estimate"),
            ("智慧座艙系統", 2023, 287, "TWD 100 million", "actual"),
            ("智慧座艙系統", 2024, 340, "TWD 100 million", "actual"),
            ("智慧座艙系統", 2025, 402, "TWD 100 million", "estimate"),
            ("合計", 2023, 1054, "TWD 100 million", "actual"),
            ("合計", 2024, 1260, "TWD 100 million", "actual"),
            ("合計", 2025, 1505, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 312+455+287 = 1054
            ("hierarchy", "rounding"),  # 2024: 398+521+340 = 1259 != 1260; bounds 1257.5..1260.5 hold 1260
            ("hierarchy", "exact"),     # 2025(E): 505+598+402 = 1505
            ("cagr|implied", "exact"),  # 1260/1054-1 = 19.54% -> 19.5
        ],
    ),
    # 20. ZH (Simplified) pipe table: smart cockpit by segment (亿元), 2024 / 2025E / 2030E and a per-row
    #     "2024-2030E CAGR" column (stated); distractors: 渗透率, a supplier's own revenue
    dict(
        text=(
            "中国智能座舱市场规模及预测(单位:亿元)\n"
            "| 细分 | 2024 | 2025E | 2030E | 2024-2030E CAGR |\n"
            "|---|---|---|---|---|\n"
            "| 座舱硬件 | 1,018 | 1,156 | 1,842 | 10.4% |\n"
            "| 座舱软件及语音交互 | 262 | 331 | 768 | 19.6% |\n"
            "| 合计 | 1,280 | 1,487 | 2,610 | 12.6% |\n"
            "注:2024年智能座舱新车渗透率约61%。某头部座舱供应商2024年营收138亿元。"
        ),
        obs=[
            ("座舱硬件", 2024, 1018, "CNY 100 million", "actual"),
            ("座舱硬件", 2025, 1156, "CNY 100 million", "estimate"),
            ("座舱硬件", 2030, 1842, "CNY 100 million", "estimate"),
            ("座舱软件及语音交互", 2024, 262, "CNY 100 million", "actual"),
            ("座舱软件及语音交互", 2025, 331, "CNY 100 million", "estimate"),
            ("座舱软件及语音交互", 2030, 768, "CNY 100 million", "estimate"),
            ("合计", 2024, 1280, "CNY 100 million", "actual"),
            ("合计", 2025, 1487, "CNY 100 million", "estimate"),
            ("合计", 2030, 2610, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 10.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 12.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 1018+262 = 1280
            ("hierarchy", "exact"),     # 2025E: 1156+331 = 1487
            ("hierarchy", "exact"),     # 2030E: 1842+768 = 2610
            ("cagr|implied", "exact"),  # (1842/1018)**(1/6)-1 = 10.39% -> 10.4
            ("cagr|implied", "exact"),  # (768/262)**(1/6)-1 = 19.63% -> 19.6
            ("cagr|implied", "exact"),  # (2610/1280)**(1/6)-1 = 12.61% -> 12.6
        ],
    ),
    # 21. English dated news: robotaxi revenue "$1.1 billion last year", "up 162% from $420 million" (series unit
    #    USD billion, so 420 million -> 0.42), a 2024-2030 CAGR; rides, miles, a funding round and headcount nowhere
    dict(
        text=(
            "SAN FRANCISCO, 12 May 2025 — Paid robotaxi services in the United States brought in $1.1 billion "
            "last year, up 162% from $420 million in 2023, according to Harwick Mobility Research. The firm "
            "counted 4.6 million paid rides across nine metro areas and estimates that driverless fleets logged "
            "71 million miles. Harwick expects revenue to reach $9.8 billion in 2030, which works out to a "
            "2024-2030 compound annual growth rate of 44%. One operator, Lumen Drive, raised $600 million in a "
            "Series D round in April and now employs 2,100 people."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2023, 0.42, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 162, "percent", 2023, 2024, 1.0),
            ("cagr", 44, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.1 / 0.42 - 1 = 1.61905 -> 161.9% -> 162
            ("cagr|implied", "exact"),  # (9.8 / 1.1) ** (1/6) - 1 = 8.90909 ** (1/6) - 1 = 43.98% -> 44
        ],
    ),
    # 22. Simplified Chinese wire story: 智能驾驶 1250亿元 with 同比增长28.5% and 2023's 973亿元, a stated 2024—2030
    #    CAGR and a 突破5000亿元 target; white-paper title year, L2 渗透率, 百分点 and 万辆 nowhere
    dict(
        text=(
            "新华财经北京2025年4月15日电 据赛驰汽车研究院最新发布的《2025中国智能驾驶产业发展白皮书》，"
            "2024年我国智能驾驶市场规模达到1250亿元，同比增长28.5%，2023年这一数字为973亿元。该院预计，"
            "2024—2030年市场年均复合增长率约为26.0%，到2030年规模将突破5000亿元。白皮书还显示，2024年国内"
            "乘用车L2级辅助驾驶渗透率达到47.2%，较上年提升8.6个百分点，全年搭载量约1080万辆。"
        ),
        obs=[
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2023, 973, "CNY 100 million", "actual"),
            ("Total", 2030, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("cagr", 26.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250 / 973 - 1 = 0.28469 -> 28.5%
            ("cagr|implied", "exact"),  # (5000 / 1250) ** (1/6) - 1 = 4 ** (1/6) - 1 = 25.99% -> 26.0
        ],
    ),
    # 23. English pipe table by automation level (USD billion), 2023-2026E with a Total row that adds up every
    #    year, plus a stated 2024-2026 CAGR in the note; the note number and "excludes sensors" nowhere
    dict(
        text=(
            "Global ADAS and autonomous-driving software market by automation level (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| L1 | 6.2 | 5.9 | 5.5 | 5.1 |\n"
            "| L2 / L2+ | 14.8 | 18.6 | 22.9 | 27.4 |\n"
            "| L3 and above | 1.1 | 1.9 | 3.2 | 5.0 |\n"
            "| Total | 22.1 | 26.4 | 31.6 | 37.5 |\n"
            "Source: Corvane Automotive Insights, January 2025. Note 3: excludes sensors and chips. Corvane puts "
            "the 2024-2026 CAGR of the total at 19.2%."
        ),
        obs=[
            ("L1", 2023, 6.2, "USD billion", "actual"),
            ("L1", 2024, 5.9, "USD billion", "actual"),
            ("L1", 2025, 5.5, "USD billion", "estimate"),
            ("L1", 2026, 5.1, "USD billion", "estimate"),
            ("L2 / L2+", 2023, 14.8, "USD billion", "actual"),
            ("L2 / L2+", 2024, 18.6, "USD billion", "actual"),
            ("L2 / L2+", 2025, 22.9, "USD billion", "estimate"),
            ("L2 / L2+", 2026, 27.4, "USD billion", "estimate"),
            ("L3 and above", 2023, 1.1, "USD billion", "actual"),
            ("L3 and above", 2024, 1.9, "USD billion", "actual"),
            ("L3 and above", 2025, 3.2, "USD billion", "estimate"),
            ("L3 and above", 2026, 5.0, "USD billion", "estimate"),
            ("Total", 2023, 22.1, "USD billion", "actual"),
            ("Total", 2024, 26.4, "USD billion", "actual"),
            ("Total", 2025, 31.6, "USD billion", "estimate"),
            ("Total", 2026, 37.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.2 + 14.8 + 1.1 = 22.1
            ("hierarchy", "exact"),  # 2024: 5.9 + 18.6 + 1.9 = 26.4
            ("hierarchy", "exact"),  # 2025E: 5.5 + 22.9 + 3.2 = 31.6
            ("hierarchy", "exact"),  # 2026E: 5.1 + 27.4 + 5.0 = 37.5
            ("cagr|implied", "exact"),  # (37.5 / 26.4) ** (1/2) - 1 = 1.42045 ** 0.5 - 1 = 19.18% -> 19.2
        ],
    ),
    # 24. Traditional Chinese (Taiwan) association release: 新台幣1,860億元 vs 2023's 1,598億元, 年增16.4%, 今年
    #    forecast 2,150億元; a member firm's 營收 and module shipments (萬套) nowhere
    dict(
        text=(
            "【台北訊】台灣智慧車輛產業協會2025年7月8日發布統計，2024年台灣車用AI晶片與先進駕駛輔助系統（ADAS）"
            "模組產值達新台幣1,860億元，較2023年的1,598億元年增16.4%。協會預估，今年產值可望攀升至2,150億元。"
            "會員廠商鼎宇科技2024年營收為新台幣312億元，ADAS攝影機模組出貨量突破420萬套。"
        ),
        obs=[
            ("Total", 2024, 1860, "TWD 100 million", "actual"),
            ("Total", 2023, 1598, "TWD 100 million", "actual"),
            ("Total", 2025, 2150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1860 / 1598 - 1 = 0.16395 -> 16.4%
        ],
    ),
    # 25. English earnings call: a chip maker's TAM (Total) $18bn in 2025 "more than triple" to $62bn by 2030 with a
    #    stated "about 32%" CAGR that its own figures contradict; own revenue, quarter sales, margin, vehicles,
    #    engineers hired and a price target with upside nowhere
    dict(
        text=(
            "On Halden Semiconductor's fourth-quarter earnings call on 19 February 2026, chief executive Mira "
            "Okafor sized the total addressable market for automotive AI compute at $18 billion in 2025 and said "
            "it would more than triple to $62 billion by 2030, a compound annual rate of about 32% over "
            "2025-2030. Halden's own automotive revenue came to $2.3 billion in fiscal 2025, with a gross margin "
            "of 61%, and fourth-quarter automotive sales rose 14% to $640 million. Its chips now ship in 3.4 "
            "million vehicles a year, and the company added 900 engineers in Munich and Shanghai. Pellworth "
            "Securities kept its $240 price target on the stock, implying 18% upside."
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "actual"),
            ("Total", 2030, 62, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2025, 2030, 5.0),  # "more than triple", no verdict
            ("cagr", 32, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (62 / 18) ** (1/5) - 1 = 3.44444 ** 0.2 - 1 = 28.06%; bounds (61.5/18.5) -> 27.16% ..
            # (62.5/17.5) -> 28.99%; 32 lies outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese broker note: 智能座舱 约3560亿元 vs 2023's 2980亿元, a 1.2万亿元 2030 target kept in the
    #    series' 亿元 (12000), and a 23.0% CAGR reached only within rounding of "1.2万亿"; rating and 目标价 nowhere
    dict(
        text=(
            "东衡证券研究所2025年1月发布的研报测算，2024年中国智能座舱市场规模约为3560亿元，较2023年的2980亿元"
            "增长19.5%。研报预计，受益于大模型语音助手和多屏交互加速上车，2030年市场规模有望达到1.2万亿元，"
            "2024—2030年复合增长率约23.0%。报告首次覆盖给予行业“强于大市”评级，并将某座舱域控制器龙头公司的"
            "目标价上调至128元。"
        ),
        obs=[
            ("Total", 2024, 3560, "CNY 100 million", "actual"),
            ("Total", 2023, 2980, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("cagr", 23.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3560 / 2980 - 1 = 0.19463 -> 19.5%
            # (12000 / 3560) ** (1/6) - 1 = 22.45% -> 22.4, not 23.0; 1.2万亿 = 11500..12500, 3560 = 3559.5..3560.5:
            # (11500/3560.5) -> 21.58% .. (12500/3559.5) -> 23.29%; 23.0 is inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Simplified Chinese: a table of fitted vehicles (万辆, no money) beside a table of software market value
    #    (亿元) by function, 2023-2025年E with a 合计 row; only table 2 is observed; table numbers nowhere
    dict(
        text=(
            "据启明汽车研究院2025年2月统计，2024年高阶智驾软件市场规模同比增长124%，城市NOA贡献了主要增量。\n"
            "表1 中国乘用车高阶智驾功能装配量（万辆）\n"
            "功能\t2023年\t2024年\t2025年E\n"
            "城市NOA\t48\t156\t420\n"
            "高速NOA\t163\t301\t510\n"
            "合计\t211\t457\t930\n"
            "\n"
            "表2 中国高阶智驾软件市场规模（亿元）\n"
            "功能\t2023年\t2024年\t2025年E\n"
            "城市NOA\t36\t118\t285\n"
            "高速NOA\t72\t124\t168\n"
            "合计\t108\t242\t453\n"
            "资料来源：启明汽车研究院"
        ),
        obs=[
            ("城市NOA", 2023, 36, "CNY 100 million", "actual"),
            ("城市NOA", 2024, 118, "CNY 100 million", "actual"),
            ("城市NOA", 2025, 285, "CNY 100 million", "estimate"),
            ("高速NOA", 2023, 72, "CNY 100 million", "actual"),
            ("高速NOA", 2024, 124, "CNY 100 million", "actual"),
            ("高速NOA", 2025, 168, "CNY 100 million", "estimate"),
            ("合计", 2023, 108, "CNY 100 million", "actual"),
            ("合计", 2024, 242, "CNY 100 million", "actual"),
            ("合计", 2025, 453, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 124, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 36 + 72 = 108
            ("hierarchy", "exact"),  # 2024: 118 + 124 = 242
            ("hierarchy", "exact"),  # 2025E: 285 + 168 = 453
            ("cagr|implied", "exact"),  # 242 / 108 - 1 = 1.24074 -> 124.1% -> 124
        ],
    ),
    # 28. Traditional Chinese (Hong Kong): 約38億港元 with a part 14.2億港元 "約佔37%" (arithmetic), a 2028 forecast
    #    and a 12.9% CAGR reached only within rounding; bus/lorry counts and pilot junctions nowhere
    dict(
        text=(
            "香港運輸科技研究中心2025年11月20日表示，2024年本港智慧交通及車隊AI管理方案市場規模約為38億港元，"
            "其中軟件及雲端服務佔14.2億港元，約佔37%。中心預計，2028年市場將增至61億港元，2024至2028年複合年增長率"
            "達12.9%。目前全港約有1,900輛巴士及4,600輛貨車安裝了AI駕駛監測系統，運輸署的智能路口試點亦增至120個。"
        ),
        obs=[
            ("Total", 2024, 38, "HKD 100 million", "actual"),
            ("軟件及雲端服務", 2024, 14.2, "HKD 100 million", "actual"),
            ("Total", 2028, 61, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("cagr", 12.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.2 / 38 = 37.37% -> 37
            # (61 / 38) ** (1/4) - 1 = 12.56% -> 12.6, not 12.9; bounds (60.5/38.5) -> 11.96% .. (61.5/37.5) -> 13.16%;
            # 32.9 is inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. English, German association (EUR): €2.4 billion, software €910 million "or 38% of the total" (arithmetic),
    #    31% share in 2022 (no verdict), "rise 29% this year to €3.1 billion" (estimate); percentage points,
    #    cars fitted with L2 and a drivers' survey nowhere
    dict(
        text=(
            "FRANKFURT, 3 June 2025 — Germany's market for driver-assistance systems was worth €2.4 billion in "
            "2024, the supplier association Verband Fahrerassistenz-Systeme (VFAS) said on Tuesday. Software, "
            "including perception stacks and over-the-air feature unlocks, accounted for €910 million, or 38% of "
            "the total, up from 31% in 2022 — a gain of seven percentage points. The association expects the market "
            "to rise 29% this year to €3.1 billion. It said 1.9 million new cars sold in Germany last year came with "
            "Level 2 assistance as standard, and 54% of drivers it surveyed would pay extra for hands-free motorway "
            "driving."
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Software", 2024, 910, "EUR million", "actual"),
            ("Total", 2025, 3.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2022, 2022, None),
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 910 / 2400 = 37.92% -> 38
            ("cagr|implied", "exact"),  # 3.1 / 2.4 - 1 = 0.29167 -> 29.2% -> 29
        ],
    ),
    # 30. Simplified Chinese city pilot-zone plan: 到2027年 突破1000亿元, "较2024年的420亿元增长1.4倍" (x2.4 over
    #     3 years, no verdict); plan title years, 千亿级, road kilometres, robotaxi orders and vehicles nowhere
    dict(
        text=(
            "日前，滨江市印发《滨江市智能网联汽车先导区建设三年行动方案（2025—2027年）》。方案提出，到2027年，"
            "全市自动驾驶及车路协同产业规模突破1000亿元，较2024年的420亿元增长1.4倍，打造千亿级智能网联汽车"
            "产业集群。届时全市开放测试道路总里程将超过3000公里，Robotaxi累计服务订单超过500万单，投放自动驾驶"
            "车辆2000辆以上。"
        ),
        obs=[
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
            ("Total", 2024, 420, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2027, 3.0),  # 增长1.4倍 between two printed amounts -> x2.4
        ],
        verdicts=[],
    ),
    # 31. English vertical table (rows are years), space-aligned, lone value column headed "USD million" -> Total;
    #     YoY column: three exact, one (28.7%) only within rounding; vendor count nowhere
    dict(
        text=(
            "North American fleet-AI telematics software revenue (Bellmont Fleet Analytics, March 2025)\n"
            "\n"
            "Year     USD million     YoY\n"
            "2021         410          -\n"
            "2022         535        30.5%\n"
            "2023         688        28.7%\n"
            "2024         860        25.0%\n"
            "2025E      1,060        23.3%\n"
            "\n"
            "Bellmont tracks 212 software vendors; 2025 is a forecast."
        ),
        obs=[
            ("Total", 2021, 410, "USD million", "actual"),
            ("Total", 2022, 535, "USD million", "actual"),
            ("Total", 2023, 688, "USD million", "actual"),
            ("Total", 2024, 860, "USD million", "actual"),
            ("Total", 2025, 1060, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.5, "percent", 2021, 2022, 1.0),
            ("growth", 28.7, "percent", 2022, 2023, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 535 / 410 - 1 = 30.49% -> 30.5
            # 688 / 535 - 1 = 28.60% -> 28.6, not 28.7; bounds (687.5/535.5) -> 28.38% .. (688.5/534.5) -> 28.81%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 860 / 688 - 1 = 25.00%
            ("cagr|implied", "exact"),  # 1060 / 860 - 1 = 23.26% -> 23.3
        ],
    ),
    # 32. Traditional Chinese (Taiwan): 今年 voice-assistant market 預估 新台幣42億元 vs 2024's 35億元 (成長20%);
    #     a second publisher's 48億元 for the same year, a survey answer and a month's fitment rate nowhere
    dict(
        text=(
            "根據資策研究2025年6月發布的報告，今年台灣車載語音助理市場規模預估達新台幣42億元，較2024年的35億元"
            "成長20%。另一家研調機構瀚觀顧問則估計，今年市場規模可達48億元。資策研究同時調查了1,200名車主，"
            "有62%表示願意為具備生成式AI對話功能的語音助理付費；5月單月新車的語音助理裝配率則為71%。"
        ),
        obs=[
            ("Total", 2025, 42, "TWD 100 million", "estimate"),
            ("Total", 2024, 35, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 42 / 35 - 1 = 0.2000 -> 20
        ],
    ),
    # 33. English, Japanese institute (yen): ¥148 billion in fiscal 2024, "up 12.1% from ¥132 billion a year
    #     earlier", fiscal 2030 forecast with a stated fiscal 2024-2030 CAGR; fitment share, percentage points,
    #     survey and per-vehicle licence price nowhere
    dict(
        text=(
            "TOKYO, 28 August 2025 — Japan's spending on in-car voice assistants and smart-cockpit software reached "
            "¥148 billion in fiscal 2024, up 12.1% from ¥132 billion a year earlier, according to the Kiriyama "
            "Research Institute. Kiriyama forecasts the market at ¥305 billion in fiscal 2030, a compound annual "
            "growth rate of 12.8% over fiscal 2024-2030. It estimates that 62% of new cars sold in Japan in fiscal "
            "2024 offered a built-in voice assistant, up 9 percentage points, while a survey of 3,000 drivers found "
            "41% used one at least weekly. A cockpit-software licence costs carmakers about ¥18,000 per vehicle."
        ),
        obs=[
            ("Total", 2024, 148, "JPY billion", "actual"),
            ("Total", 2023, 132, "JPY billion", "actual"),
            ("Total", 2030, 305, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("cagr", 12.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148 / 132 - 1 = 12.12% -> 12.1
            ("cagr|implied", "exact"),  # (305 / 148) ** (1/6) - 1 = 2.06081 ** (1/6) - 1 = 12.81% -> 12.8
        ],
    ),
    # 34. Simplified Chinese broker deep-dive: 自动驾驶AI芯片 274亿元 (2024) -> 有望 386亿元 (2025), 同比增长41%,
    #     L3+ 约18% share of 2025; a leading firm's 营业收入, a quarter's shipments, rating, 目标价 and 上涨空间 nowhere
    dict(
        text=(
            "华岳证券2025年3月发布的行业深度报告测算，2024年中国自动驾驶AI芯片市场规模为274亿元，2025年有望达到"
            "386亿元，同比增长41%。2025年，L3及以上高阶智驾芯片预计将占该市场约18%，其余为L2/L2+级芯片。报告同时"
            "指出，行业龙头公司2024年营业收入为23.6亿元，第三季度单季出货量达到42万片；报告维持其“买入”评级，"
            "目标价85元，较现价有32%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 274, "CNY 100 million", "actual"),
            ("Total", 2025, 386, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2024, 2025, 1.0),
            ("share", 18, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 274 - 1 = 40.88% -> 41
        ],
    ),
    # 35. English space-aligned table from a German software association (EUR billion), by component, 2024 /
    #     2025E / 2030E with a Total row: 2024 adds to 8.7 against a printed 8.8 (rounding), the other years exact;
    #     a stated software CAGR; sector employment nowhere
    dict(
        text=(
            "German market for automated-driving and cockpit AI, by component (EUR billion)\n"
            "Component               2024    2025E   2030E\n"
            "Sensors and compute      4.3     4.9     7.6\n"
            "Software                 2.8     3.4     6.9\n"
            "Engineering services     1.6     1.8     2.4\n"
            "Total                    8.8    10.1    16.9\n"
            "Source: Verband der Automobil-Softwareanbieter (VAS), Berlin, September 2025. Employment in the "
            "sector: 48,000. VAS expects the software segment to grow at a 2024-2030 CAGR of 16.2%."
        ),
        obs=[
            ("Sensors and compute", 2024, 4.3, "EUR billion", "actual"),
            ("Sensors and compute", 2025, 4.9, "EUR billion", "estimate"),
            ("Sensors and compute", 2030, 7.6, "EUR billion", "estimate"),
            ("Software", 2024, 2.8, "EUR billion", "actual"),
            ("Software", 2025, 3.4, "EUR billion", "estimate"),
            ("Software", 2030, 6.9, "EUR billion", "estimate"),
            ("Engineering services", 2024, 1.6, "EUR billion", "actual"),
            ("Engineering services", 2025, 1.8, "EUR billion", "estimate"),
            ("Engineering services", 2030, 2.4, "EUR billion", "estimate"),
            ("Total", 2024, 8.8, "EUR billion", "actual"),
            ("Total", 2025, 10.1, "EUR billion", "estimate"),
            ("Total", 2030, 16.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 2024: 4.3 + 2.8 + 1.6 = 8.7, printed 8.8; bounds 8.55 .. 8.85 reach 8.8 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 4.9 + 3.4 + 1.8 = 10.1
            ("hierarchy", "exact"),  # 2030E: 7.6 + 6.9 + 2.4 = 16.9
            ("cagr|implied", "exact"),  # (6.9 / 2.8) ** (1/6) - 1 = 2.46429 ** (1/6) - 1 = 16.22% -> 16.2
        ],
    ),
    # 36. Simplified Chinese robotaxi report: 12亿元 (2024) -> 1050亿元 (2030) with a stated "约为95%" CAGR the
    #     figures contradict; report title, orders, rides per car and a USD funding round nowhere
    dict(
        text=(
            "第一出行研究院在《Robotaxi商业化进展报告》中称，2024年中国Robotaxi服务市场规模为12亿元，预计2030年将"
            "达到1050亿元，2024—2030年年均复合增长率约为95%。报告显示，2024年全国Robotaxi累计完成订单约780万单，"
            "单车日均接单量为18单。同年多家运营商完成新一轮融资，其中一家获得7亿美元投资。"
        ),
        obs=[
            ("Total", 2024, 12, "CNY 100 million", "actual"),
            ("Total", 2030, 1050, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 95, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1050 / 12) ** (1/6) - 1 = 87.5 ** (1/6) - 1 = 110.70%; bounds (1049.5/12.5) -> 109.26% ..
            # (1050.5/11.5) -> 112.22%; 95 lies outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 37. English, UK consultancy (GBP): £640 million in 2024 -> £1.5 billion by 2029 (series unit GBP million ->
    #     1500), an 18.9% CAGR reached only within rounding of "£1.5 billion"; a quarter's spending, a firm's own
    #     revenue, junction count and take-up rate nowhere
    dict(
        text=(
            "LONDON, 9 October 2025 — British councils, hauliers and bus operators spent £640 million on AI "
            "traffic-management and fleet-analytics software in 2024, and the market will reach £1.5 billion by "
            "2029, according to a forecast from the consultancy Tamsworth & Reed, which puts the compound annual "
            "growth rate at 18.9% over 2024-2029. Spending in the first quarter of 2025 alone came to £190 million. "
            "The firm's own fleet-safety unit booked £38 million of revenue last year, and it counted 2,300 "
            "signalised junctions now run by machine-learning controllers. Take-up among fleets of more than 50 "
            "vehicles rose to 27%."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2029, 1500, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1500 / 640) ** (1/5) - 1 = 2.34375 ** 0.2 - 1 = 18.57% -> 18.6, not 18.9; £1.5bn = 1450..1550,
            # 640 = 639.5..640.5: (1450/640.5) -> 17.75% .. (1550/639.5) -> 19.37%; 18.9 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 38. Simplified Chinese association data: ADAS 2180亿元 split 乘用车 1870亿元 (占比85.8%, arithmetic) and 商用车
    #     310亿元; "到2027年…3600亿元，年均增速约18%" is a CAGR whose span only the amounts give (inferred,
    #     cagr|period); whole-car sales (万辆) and car-industry revenue (万亿元) nowhere
    dict(
        text=(
            "2025年5月20日，中国车辆智能化协会发布的数据显示，2024年我国ADAS市场规模为2180亿元，其中乘用车1870亿元，"
            "占比85.8%；商用车310亿元。协会预计，到2027年ADAS市场规模将达到3600亿元，年均增速约18%。同期，2024年"
            "全国汽车销量为3143.6万辆，汽车行业实现营业收入10.6万亿元。"
        ),
        obs=[
            ("Total", 2024, 2180, "CNY 100 million", "actual"),
            ("乘用车", 2024, 1870, "CNY 100 million", "actual"),
            ("商用车", 2024, 310, "CNY 100 million", "actual"),
            ("Total", 2027, 3600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 85.8, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1870 / 2180 = 85.78% -> 85.8
            ("cagr|period", "exact"),  # (3600 / 2180) ** (1/3) - 1 = 1.65138 ** (1/3) - 1 = 18.20% -> 18
        ],
    ),
    # 39. Traditional Chinese pipe table (新台幣億元) by segment, 2023 / 2024 / 2025年(F) with a 合計 row that adds
    #     up; prose gives 合計 年增18.3% and 車用AI晶片 占比40.1% (arithmetic); source date nowhere
    dict(
        text=(
            "表：台灣車用AI軟硬體產值（單位：新台幣億元）\n"
            "| 項目 | 2023年 | 2024年 | 2025年(F) |\n"
            "|---|---|---|---|\n"
            "| 車用AI晶片 | 612 | 745 | 890 |\n"
            "| ADAS感測模組 | 538 | 596 | 662 |\n"
            "| 智慧座艙系統 | 420 | 517 | 603 |\n"
            "| 合計 | 1,570 | 1,858 | 2,155 |\n"
            "資料來源：台灣車用電子產業聯盟，2025年4月；2025年為預估值。聯盟指出，2024年合計產值年增18.3%，"
            "其中車用AI晶片占比達40.1%。"
        ),
        obs=[
            ("車用AI晶片", 2023, 612, "TWD 100 million", "actual"),
            ("車用AI晶片", 2024, 745, "TWD 100 million", "actual"),
            ("車用AI晶片", 2025, 890, "TWD 100 million", "estimate"),
            ("ADAS感測模組", 2023, 538, "TWD 100 million", "actual"),
            ("ADAS感測模組", 2024, 596, "TWD 100 million", "actual"),
            ("ADAS感測模組", 2025, 662, "TWD 100 million", "estimate"),
            ("智慧座艙系統", 2023, 420, "TWD 100 million", "actual"),
            ("智慧座艙系統", 2024, 517, "TWD 100 million", "actual"),
            ("智慧座艙系統", 2025, 603, "TWD 100 million", "estimate"),
            ("合計", 2023, 1570, "TWD 100 million", "actual"),
            ("合計", 2024, 1858, "TWD 100 million", "actual"),
            ("合計", 2025, 2155, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("share", 40.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 538 + 420 = 1570
            ("hierarchy", "exact"),  # 2024: 745 + 596 + 517 = 1858
            ("hierarchy", "exact"),  # 2025F: 890 + 662 + 603 = 2155
            ("cagr|implied", "exact"),  # 1858 / 1570 - 1 = 18.34% -> 18.3
            ("arithmetic", "exact"),  # 745 / 1858 = 40.10% -> 40.1
        ],
    ),
    # 40. Simplified Chinese tab-separated one-year structure table (2024, 亿元) with a 占比 column: five shares
    #     each checked against its part and the 合计 (arithmetic), the rows add to 合计 (hierarchy), the 100% total
    #     no claim; the note is boilerplate
    dict(
        text=(
            "2024年中国智能座舱市场结构\n"
            "细分领域\t市场规模（亿元）\t占比\n"
            "座舱域控制器\t980\t27.5%\n"
            "智能显示屏\t1,240\t34.8%\n"
            "车载语音及大模型助手\t410\t11.5%\n"
            "HUD抬头显示\t325\t9.1%\n"
            "其他\t605\t17.0%\n"
            "合计\t3,560\t100%\n"
            "注：数据来源于安衡咨询；统计口径不含整车价值。"
        ),
        obs=[
            ("座舱域控制器", 2024, 980, "CNY 100 million", "actual"),
            ("智能显示屏", 2024, 1240, "CNY 100 million", "actual"),
            ("车载语音及大模型助手", 2024, 410, "CNY 100 million", "actual"),
            ("HUD抬头显示", 2024, 325, "CNY 100 million", "actual"),
            ("其他", 2024, 605, "CNY 100 million", "actual"),
            ("合计", 2024, 3560, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 34.8, "percent", 2024, 2024, None),
            ("share", 11.5, "percent", 2024, 2024, None),
            ("share", 9.1, "percent", 2024, 2024, None),
            ("share", 17.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 980 + 1240 + 410 + 325 + 605 = 3560
            ("arithmetic", "exact"),  # 980 / 3560 = 27.53% -> 27.5
            ("arithmetic", "exact"),  # 1240 / 3560 = 34.83% -> 34.8
            ("arithmetic", "exact"),  # 410 / 3560 = 11.52% -> 11.5
            ("arithmetic", "exact"),  # 325 / 3560 = 9.13% -> 9.1
            ("arithmetic", "exact"),  # 605 / 3560 = 16.99% -> 17.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 9, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 16.7% from 2024 to 2031',
    'up 140% from $460 million in 2023',
    'more than tripling to $28 billion in 2027',
    '€1.45 billion, or 43% of the total',
    'an average annual growth rate of 16.5% over fiscal 2024-2028',
    'a 2024-29e CAGR of 23.3%',
    'NT$75 billion to NT$80 billion next year',
    "15% more than last year's €1.2 billion",
    '同比增长31.4%',
    '预计到2030年将达到1.2万亿元',
    '較前一年的412億元成長18%',
    '約38億港元',
    '较2024年的486亿元增长1倍以上',
    '| Total | 24.7 | 29.9 | 36.2 |',
    '表2 辅助驾驶系统市场规模(亿元)',
    'Year\tUSD million\tYoY',
    'Application          FY2023   FY2024   FY2027E',
    '2025(E)',
    '| 2024-2030E CAGR |',
    'up 162% from $420 million in 2023',
    '2024-2030 compound annual growth rate of 44%',
    '同比增长28.5%，2023年这一数字为973亿元',
    '到2030年规模将突破5000亿元',
    '| Total | 22.1 | 26.4 | 31.6 | 37.5 |',
    '較2023年的1,598億元年增16.4%',
    'would more than triple to $62 billion by 2030',
    '有望达到1.2万亿元',
    '表2 中国高阶智驾软件市场规模（亿元）',
    '其中軟件及雲端服務佔14.2億港元，約佔37%',
    'or 38% of the total',
    '较2024年的420亿元增长1.4倍',
    'Year     USD million     YoY',
    '另一家研調機構瀚觀顧問則估計',
    'up 12.1% from ¥132 billion a year earlier',
    '2025年有望达到386亿元，同比增长41%',
    'Total                    8.8    10.1    16.9',
    '年均复合增长率约为95%',
    '年均增速约18%',
    '合计\t3,560\t100%',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 51 rates, 84 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 207, "rates_found": 52, "verdicts_right": 87}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset135.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
