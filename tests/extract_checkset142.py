"""A hundred-and-forty-second check set for the extractor, written blind: AI in logistics and supply chains, in English and
Chinese (Simplified and Traditional) -- warehouse robots and AI picking, route and fleet optimisation, demand and
inventory planning, autonomous delivery vehicles and drones, port and freight AI and trade-document AI, sized in money
by logistics research firms, freight associations, brokers, city logistics plans, German, Dutch, Japanese and
Taiwanese associations and consultancies; parcels, tonne-kilometres, floor space, robots installed, time saved,
freight rates, a carrier's own revenue, funding rounds, a peak season's or a quarter's figures and the whole logistics
market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news (English): "$1.84 billion last year, up 23% from $1.50 billion in 2023", "this year" estimate;
    #    distractors: robots installed, a vendor's own revenue, a Series D round
    dict(
        text=(
            "CHICAGO, 11 February 2025 — Retailers and third-party logistics firms in North America spent $1.84 "
            "billion last year on AI software that steers warehouse picking robots and directs human pickers, up 23% "
            "from $1.50 billion in 2023, according to Larkspur Supply Chain Research. Larkspur expects spending to "
            "reach $2.2 billion this year as more distribution centres are retrofitted. The installed base of "
            "autonomous mobile robots in the region passed 95,000 units in December. Brightbin, one of the larger "
            "vendors, said its own revenue rose to $212 million and that it closed a $140 million Series D round in "
            "January."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.50, "USD billion", "actual"),
            ("Total", 2025, 2.2, "USD billion", "estimate"),  # "this year", dateline 2025
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.84 / 1.50 - 1 = 22.667% -> 23
        ],
    ),
    # 2. research-firm release (English): "$3.6 billion in 2024 ... $9.8 billion in 2030, a compound annual growth
    #    rate of 18.4% over 2024-2030" (rounding); a segment share without its amount; survey answer, title year
    dict(
        text=(
            "OSLO — Halvorsen Insight's new report, Route Intelligence 2025, puts the global market for AI "
            "route-planning and fleet-optimisation software at $3.6 billion in 2024 and projects it to reach $9.8 "
            "billion in 2030, a compound annual growth rate of 18.4% over 2024-2030. Telematics-linked dispatch tools "
            "made up 41% of 2024 spending, the report says. In a survey of 1,150 fleet operators, 58% said they "
            "planned to raise software budgets, and users reported cutting empty running by 9%."
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("share", 41.0, "percent", 2024, 2024, None),  # part's amount not printed -> no verdict
        ],
        verdicts=[
            # (9.8 / 3.6) ** (1/6) - 1 = 18.165% -> 18.2, not 18.4;
            # bounds: (9.75 / 3.65) ** (1/6) - 1 = 17.793%, (9.85 / 3.55) ** (1/6) - 1 = 18.541% -> 18.4 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. earnings call (English): a company's TAM "$4.5 billion last year ... $11 billion in 2029, compounding at
    #    about 20% a year" (CAGR span only from the amounts' years -> inferred); own revenue, quarter deliveries,
    #    headcount, price target and upside
    dict(
        text=(
            "SAN JOSE, 26 February 2025 — On Kestrel Robotics' fourth-quarter earnings call, chief executive Dana "
            "Whitlow sized the total addressable market for autonomous sidewalk and curbside delivery in the United "
            "States at $4.5 billion last year, and said it should reach $11 billion in 2029, compounding at about 20% "
            "a year. Kestrel itself booked $96 million of revenue in fiscal 2024, and its robots completed 1.3 million "
            "deliveries in the fourth quarter, up 61% from a year earlier. The company employs 740 people. Penfold "
            "Securities reiterated its $38 price target, about 27% above Tuesday's close."
        ),
        obs=[
            ("Total", 2024, 4.5, "USD billion", "actual"),
            ("Total", 2029, 11.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11 / 4.5) ** (1/5) - 1 = 19.574% -> 20
        ],
    ),
    # 4. German association (EUR, English): "grew by 18% last year to €1.24 billion, from €1.05 billion in 2023";
    #    a part "€470 million of that, or 38%"; "pass €1.4 billion this year"; members, headcount, orders, a quarter
    dict(
        text=(
            "FRANKFURT, 3 April 2025 — Germany's market for AI-based intralogistics software grew by 18% last year to "
            "€1.24 billion, from €1.05 billion in 2023, the Verband Intralogistik und Automatisierung (VIA) said in "
            "its annual statistics. Robot fleet-control software accounted for €470 million of that, or 38%. The "
            "association's 1,140 member firms employ roughly 122,000 people, and orders for automated storage "
            "hardware, which VIA reports separately, slipped 4% in the fourth quarter. VIA expects the software "
            "market to pass €1.4 billion this year."
        ),
        obs=[
            ("Total", 2024, 1.24, "EUR billion", "actual"),
            ("Total", 2023, 1.05, "EUR billion", "actual"),
            ("Total", 2025, 1.4, "EUR billion", "estimate"),  # "this year", dateline 2025; approximate at printed
            ("Robot fleet-control software", 2024, 470, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.24 / 1.05 - 1 = 18.095% -> 18
            ("arithmetic", "exact"),  # 470 / 1240 = 37.903% -> 38
        ],
    ),
    # 5. Dutch port AI (EUR, English): "more than triple the €64 million spent in 2020" (multiple x3 over 4 years,
    #    no verdict), a 2028 forecast; percentage points, a percentage of terminal moves, TEU throughput
    dict(
        text=(
            "ROTTERDAM, 14 May 2025 — Dutch port operators and freight forwarders spent €212 million on AI for berth "
            "planning, container-stack optimisation and customs pre-clearance in 2024, more than triple the €64 "
            "million they spent in 2020, according to the Rotterdam consultancy Van Oorschot & Kuiper. The share of "
            "terminal moves planned by algorithm rose 11 percentage points to 47%, while container throughput at the "
            "port held at about 13.4 million TEU. The consultancy expects spending to reach €390 million by 2028."
        ),
        obs=[
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2020, 64, "EUR million", "actual"),
            ("Total", 2028, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # "more than triple" as x3
        ],
        verdicts=[],
    ),
    # 6. briefing (English): "$910 million ... in 2024, a jump of 52% from $640 million in 2023" -- the rate its own
    #    figures contradict (inconsistent); clearance hours, survey share of brokers, venture funding in the same year
    dict(
        text=(
            "Customs brokers and freight forwarders worldwide spent $910 million on AI tools for trade-document "
            "processing — classifying goods, reading invoices and checking certificates of origin — in 2024, a jump "
            "of 52% from $640 million in 2023, says a briefing from Tamsin Row Analytics. The briefing puts the "
            "average time to clear a cross-border shipment down from 26 hours to nine. Some 70% of brokers surveyed "
            "said they already use such tools, and start-ups in the field raised $1.1 billion of venture funding "
            "during 2024."
        ),
        obs=[
            ("Total", 2024, 910, "USD million", "actual"),
            ("Total", 2023, 640, "USD million", "actual"),
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 910 / 640 - 1 = 42.188%; bounds 909.5 / 640.5 - 1 = 41.998%, 910.5 / 639.5 - 1 = 42.377% -> 52 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Japanese association (yen, English): "¥182 billion in fiscal 2024 ... ¥265 billion by fiscal 2028, a compound
    #    annual growth rate of 9.8% for fiscal 2024-2028" (stated, exact); "2024 problem", overtime hours, units
    #    shipped, a vendor's margin
    dict(
        text=(
            "TOKYO — Japan's market for AI-guided picking and palletising systems reached ¥182 billion in fiscal "
            "2024 and will grow to ¥265 billion by fiscal 2028, a compound annual growth rate of 9.8% for fiscal "
            "2024-2028, according to the Japan Automated Material Flow Council (JAMFC). The council ties demand to "
            "the so-called 2024 problem, the cap of 960 hours a year on truck drivers' overtime that took effect in "
            "April 2024. Members shipped 6,800 picking robots in the year, and Nihon Kanso, the largest vendor, has "
            "guided for an operating margin of 11% in fiscal 2025."
        ),
        obs=[
            ("Total", 2024, 182, "JPY billion", "actual"),
            ("Total", 2028, 265, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 9.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 182) ** (1/4) - 1 = 9.848% -> 9.8
        ],
    ),
    # 8. UK (GBP, English): "£148 million last year ... £530 million by 2030, implying annual growth of 23.7% from 2024
    #    to 2030"; a rival publisher's 2024 figure, a first-quarter figure, parcels, delivery minutes
    dict(
        text=(
            "LONDON, 9 June 2025 — Britain's market for drone and autonomous-van parcel delivery services was worth "
            "£148 million last year, according to Fenwick Moor Research, which forecasts £530 million by 2030, "
            "implying annual growth of 23.7% from 2024 to 2030. A rival estimate from Aldgate Mobility Partners put "
            "the 2024 market at £175 million. In the first quarter of this year alone operators billed £46 million, "
            "and trial flights delivered 38,000 parcels, cutting average rural delivery times by 40 minutes."
        ),
        obs=[
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2030, 530, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (530 / 148) ** (1/6) - 1 = 23.690% -> 23.7
        ],
    ),
    # 9. Singapore (English): "rose 31.5% in 2024 to $486 million, from $370 million a year earlier" (rounding); a later
    #    "$1.3 billion by 2029" kept in the series' USD million; won and rupee figures are no observation
    dict(
        text=(
            "SINGAPORE — Spending by Southeast Asian shippers on AI demand-forecasting and inventory-planning "
            "software rose 31.5% in 2024 to $486 million, from $370 million a year earlier, according to Meranti "
            "Logistics Intelligence. South Korea, which Meranti tracks separately, spent about 410 billion won on the "
            "same tools, and India an estimated 2,900 crore rupees. The firm reckons Southeast Asian spending could "
            "reach $1.3 billion by 2029. Users it surveyed reported stock-outs down by a fifth, and average inventory "
            "cover fell from 41 days to 34."
        ),
        obs=[
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2023, 370, "USD million", "actual"),
            ("Total", 2029, 1300, "USD million", "estimate"),  # $1.3 billion in the series' unit
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 486 / 370 - 1 = 31.351% -> 31.4, not 31.5;
            # bounds 485.5 / 370.5 - 1 = 31.039%, 486.5 / 369.5 - 1 = 31.664% -> 31.5 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Chinese prose (Simplified): 智慧物流 "达到8,420亿元，较2023年的7,380亿元增长14.1%"; "突破1.2万亿元" kept in 亿元
    #     (12000); 社会物流总额 and its growth, a ratio to GDP, surveyed firms and 七成 are nowhere
    dict(
        text=(
            "据蓝川物流研究院最新发布的《中国智慧物流发展报告》，2024年我国智慧物流市场规模达到8,420亿元，较2023年的7,380亿元"
            "增长14.1%。报告预计，到2027年这一市场规模将突破1.2万亿元。作为对比，2024年全国社会物流总额为360.6万亿元，同比增长"
            "5.8%；社会物流总费用与GDP的比率降至14.1%。在报告调研的526家企业中，约七成已部署AI调度或路径优化系统。"
        ),
        obs=[
            ("Total", 2024, 8420, "CNY 100 million", "actual"),
            ("Total", 2023, 7380, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 14.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8420 / 7380 - 1 = 14.092% -> 14.1
        ],
    ),
    # 11. Chinese prose (Simplified): 无人配送车 "84亿元，同比增长44.8%（2023年为58亿元），较2022年的21亿元增长3倍" (x4 over
    #     2 years, no verdict); a share "占比62%" without its amount; city counts, vehicles, a funding round in 亿元
    dict(
        text=(
            "无人配送正加速从园区走向城市道路。据星桥智库统计，2024年我国无人配送车市场规模为84亿元，同比增长44.8%（2023年为58亿元），"
            "较2022年的21亿元增长3倍。其中，快递末端接驳车型占比62%。截至2025年6月底，全国已有超过20个城市向无人配送车开放路权，"
            "累计投放车辆约1.5万台；行业头部企业2025年上半年完成两轮合计12亿元的融资。星桥智库预计，2026年市场规模有望达到170亿元。"
        ),
        obs=[
            ("Total", 2024, 84, "CNY 100 million", "actual"),
            ("Total", 2023, 58, "CNY 100 million", "actual"),
            ("Total", 2022, 21, "CNY 100 million", "actual"),
            ("Total", 2026, 170, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 44.8, "percent", 2023, 2024, 1.0),
            ("multiple", 4.0, "multiple", 2022, 2024, 2.0),  # 增长3倍 between two printed amounts -> x4
            ("share", 62.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 84 / 58 - 1 = 44.828% -> 44.8
        ],
    ),
    # 12. Chinese prose (Traditional, Taiwan): "新台幣185億元，較2023年的162億元成長14.2%", 今年 forecast 212億元 (estimate);
    #     約占四成, member count, survey answer, a carrier's own revenue, warehouse square metres are nowhere
    dict(
        text=(
            "【2025年3月12日／台北】台灣智慧物流產業協會今日發布年度調查指出，2024年國內AI倉儲自動化與智慧揀貨系統市場規模達"
            "新台幣185億元，較2023年的162億元成長14.2%；協會預估，今年市場可望擴大至新台幣212億元。其中軟體與系統整合約占四成，"
            "其餘為機器人與輸送設備。協會138家會員廠商中，逾六成表示人力短缺是導入自動化的主因。另外，國內最大物流業者去年營收為"
            "新台幣418億元，自動倉儲總面積已突破120萬平方公尺。"
        ),
        obs=[
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2023, 162, "TWD 100 million", "actual"),
            ("Total", 2025, 212, "TWD 100 million", "estimate"),  # 今年, dateline 2025
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 185 / 162 - 1 = 14.198% -> 14.2
        ],
    ),
    # 13. Chinese prose (Traditional, Hong Kong): "由2024年的38億港元增至2029年的67億港元，2024至2029年間複合年增長率為12.3%"
    #     (rounding); TEU throughput, percentage points, a start-up's 1.5億港元 funding round are nowhere
    dict(
        text=(
            "【2025年5月8日 香港】本地研究機構港灣供應鏈研究社發表報告，估算香港港口、機場貨站及跨境物流應用人工智能的市場規模，"
            "將由2024年的38億港元增至2029年的67億港元，2024至2029年間複合年增長率為12.3%。報告指出，去年本港貨櫃吞吐量約1,380萬個"
            "標準箱，自動化碼頭作業比例較前年上升3個百分點。另一家本地報關文件AI初創企業今年初完成1.5億港元A輪融資。"
        ),
        obs=[
            ("Total", 2024, 38, "HKD 100 million", "actual"),
            ("Total", 2029, 67, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (67 / 38) ** (1/5) - 1 = 12.010% -> 12.0, not 12.3;
            # bounds (66.5 / 38.5) ** (1/5) - 1 = 11.551%, (67.5 / 37.5) ** (1/5) - 1 = 12.475% -> 12.3 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Chinese prose (Simplified): a city action plan "到2027年…突破500亿元，2023—2027年年均增长20%以上", base 238亿元
    #     and 2024年286亿元 "同比增长20.2%"; the plan's title years, 千亿级, leading firms' revenue, floor area nowhere
    dict(
        text=(
            "《临江市智慧物流高质量发展三年行动方案（2025—2027年）》日前印发。方案提出，到2027年，全市智能物流装备与软件产业规模"
            "突破500亿元，2023—2027年年均增长20%以上，力争到2030年形成千亿级智能物流产业集群。据市发展改革委测算，2023年该产业规模"
            "为238亿元，2024年增至286亿元，同比增长20.2%。方案同时要求培育年营收超10亿元的龙头企业5家以上，新建智能仓储面积300万平方米。"
        ),
        obs=[
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
            ("Total", 2023, 238, "CNY 100 million", "actual"),
            ("Total", 2024, 286, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2023, 2027, None, "stated"),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (500 / 238) ** (1/4) - 1 = 20.392% -> 20
            ("cagr|implied", "exact"),  # 286 / 238 - 1 = 20.168% -> 20.2
        ],
    ),
    # 15. English pipe table by segment and year with E columns and a Total row; 2026E's rows add only within
    #     rounding; a robots-in-service line is no money
    dict(
        text=(
            "Global AI warehouse automation market by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Robotic picking hardware | 4.2 | 5.1 | 6.2 | 7.4 |\n"
            "| Vision and AI software | 2.6 | 3.3 | 4.1 | 5.2 |\n"
            "| Integration services | 1.9 | 2.2 | 2.6 | 3.0 |\n"
            "| Total | 8.7 | 10.6 | 12.9 | 15.7 |\n"
            "Source: Corvane Research. Corvane counts 1.2 million warehouse robots in service worldwide at end-2024."
        ),
        obs=[
            ("Robotic picking hardware", 2023, 4.2, "USD billion", "actual"),
            ("Robotic picking hardware", 2024, 5.1, "USD billion", "actual"),
            ("Robotic picking hardware", 2025, 6.2, "USD billion", "estimate"),
            ("Robotic picking hardware", 2026, 7.4, "USD billion", "estimate"),
            ("Vision and AI software", 2023, 2.6, "USD billion", "actual"),
            ("Vision and AI software", 2024, 3.3, "USD billion", "actual"),
            ("Vision and AI software", 2025, 4.1, "USD billion", "estimate"),
            ("Vision and AI software", 2026, 5.2, "USD billion", "estimate"),
            ("Integration services", 2023, 1.9, "USD billion", "actual"),
            ("Integration services", 2024, 2.2, "USD billion", "actual"),
            ("Integration services", 2025, 2.6, "USD billion", "estimate"),
            ("Integration services", 2026, 3.0, "USD billion", "estimate"),
            ("Total", 2023, 8.7, "USD billion", "actual"),
            ("Total", 2024, 10.6, "USD billion", "actual"),
            ("Total", 2025, 12.9, "USD billion", "estimate"),
            ("Total", 2026, 15.7, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.2 + 2.6 + 1.9 = 8.7
            ("hierarchy", "exact"),  # 2024: 5.1 + 3.3 + 2.2 = 10.6
            ("hierarchy", "exact"),  # 2025E: 6.2 + 4.1 + 2.6 = 12.9
            # 2026E: 7.4 + 5.2 + 3.0 = 15.6 vs 15.7; rows at +0.05 each give 15.75 >= 15.65 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 16. Chinese tab-separated table (亿元) by segment with 合计 row, a 2025E column and a stated 2022-2025E CAGR column
    dict(
        text=(
            "表2 中国智能仓储市场规模及结构（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\t年均复合增速（2022-2025E）\n"
            "自动化立体库\t412\t468\t529\t596\t13.1%\n"
            "仓储机器人\t238\t301\t372\t455\t24.1%\n"
            "仓储软件及算法\t126\t158\t197\t243\t24.5%\n"
            "合计\t776\t927\t1098\t1294\t18.6%\n"
            "资料来源：蓝川物流研究院。注：仓储机器人2024年出货量约9.6万台，未计入上表金额。"
        ),
        obs=[
            ("自动化立体库", 2022, 412, "CNY 100 million", "actual"),
            ("自动化立体库", 2023, 468, "CNY 100 million", "actual"),
            ("自动化立体库", 2024, 529, "CNY 100 million", "actual"),
            ("自动化立体库", 2025, 596, "CNY 100 million", "estimate"),
            ("仓储机器人", 2022, 238, "CNY 100 million", "actual"),
            ("仓储机器人", 2023, 301, "CNY 100 million", "actual"),
            ("仓储机器人", 2024, 372, "CNY 100 million", "actual"),
            ("仓储机器人", 2025, 455, "CNY 100 million", "estimate"),
            ("仓储软件及算法", 2022, 126, "CNY 100 million", "actual"),
            ("仓储软件及算法", 2023, 158, "CNY 100 million", "actual"),
            ("仓储软件及算法", 2024, 197, "CNY 100 million", "actual"),
            ("仓储软件及算法", 2025, 243, "CNY 100 million", "estimate"),
            ("合计", 2022, 776, "CNY 100 million", "actual"),
            ("合计", 2023, 927, "CNY 100 million", "actual"),
            ("合计", 2024, 1098, "CNY 100 million", "actual"),
            ("合计", 2025, 1294, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.1, "percent", 2022, 2025, None, "stated"),
            ("cagr", 24.1, "percent", 2022, 2025, None, "stated"),
            ("cagr", 24.5, "percent", 2022, 2025, None, "stated"),
            ("cagr", 18.6, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (596 / 412) ** (1/3) - 1 = 13.097% -> 13.1
            ("cagr|implied", "exact"),  # (455 / 238) ** (1/3) - 1 = 24.111% -> 24.1
            ("cagr|implied", "exact"),  # (243 / 126) ** (1/3) - 1 = 24.474% -> 24.5
            ("cagr|implied", "exact"),  # (1294 / 776) ** (1/3) - 1 = 18.584% -> 18.6
            ("hierarchy", "exact"),  # 2022: 412 + 238 + 126 = 776
            ("hierarchy", "exact"),  # 2023: 468 + 301 + 158 = 927
            ("hierarchy", "exact"),  # 2024: 529 + 372 + 197 = 1098
            ("hierarchy", "exact"),  # 2025E: 596 + 455 + 243 = 1294
        ],
    ),
    # 17. English space-aligned: a table of AMRs installed (units, no money) beside a table of AMR fleet-software
    #     value by country (EUR million) with a total row and a change column
    dict(
        text=(
            "Table 3. Autonomous mobile robots installed in European warehouses (units)\n"
            "Year      Units installed\n"
            "2022      18,400\n"
            "2023      24,900\n"
            "2024      31,700\n"
            "\n"
            "Table 4. AMR fleet-orchestration software market, EUR million\n"
            "Country            2023     2024     Change 2024/23\n"
            "Germany             212      268     26.4%\n"
            "France              131      160     22.1%\n"
            "Netherlands          74       95     28.4%\n"
            "Rest of Europe      248      311     25.4%\n"
            "Europe total        665      834     25.4%\n"
            "Source: Brandt & Velde Logistics Research."
        ),
        obs=[
            ("Germany", 2023, 212, "EUR million", "actual"),
            ("Germany", 2024, 268, "EUR million", "actual"),
            ("France", 2023, 131, "EUR million", "actual"),
            ("France", 2024, 160, "EUR million", "actual"),
            ("Netherlands", 2023, 74, "EUR million", "actual"),
            ("Netherlands", 2024, 95, "EUR million", "actual"),
            ("Rest of Europe", 2023, 248, "EUR million", "actual"),
            ("Rest of Europe", 2024, 311, "EUR million", "actual"),
            ("Europe total", 2023, 665, "EUR million", "actual"),
            ("Europe total", 2024, 834, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Germany 268 / 212 - 1 = 26.415% -> 26.4
            ("cagr|implied", "exact"),  # France 160 / 131 - 1 = 22.137% -> 22.1
            ("cagr|implied", "exact"),  # Netherlands 95 / 74 - 1 = 28.378% -> 28.4
            ("cagr|implied", "exact"),  # Rest of Europe 311 / 248 - 1 = 25.403% -> 25.4
            ("cagr|implied", "exact"),  # Europe total 834 / 665 - 1 = 25.414% -> 25.4
            ("hierarchy", "exact"),  # 2023: 212 + 131 + 74 + 248 = 665
            ("hierarchy", "exact"),  # 2024: 268 + 160 + 95 + 311 = 834
        ],
    ),
    # 18. English vertical pipe table, rows are years, a lone value column headed "USD million" (-> Total) and a YoY
    #     column; 2024's YoY is contradicted by its own amounts (inconsistent); 2025F estimate; parcels line
    dict(
        text=(
            "AI dispatch software for parcel-locker and drone last-mile networks, North America\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 310 | — |\n"
            "| 2022 | 402 | 29.7% |\n"
            "| 2023 | 498 | 23.9% |\n"
            "| 2024 | 611 | 32.7% |\n"
            "| 2025F | 742 | 21.4% |\n"
            "Source: Ostrander Freight Analytics. Drone and locker networks handled 4.1 million parcels in 2024."
        ),
        obs=[
            ("Total", 2021, 310, "USD million", "actual"),
            ("Total", 2022, 402, "USD million", "actual"),
            ("Total", 2023, 498, "USD million", "actual"),
            ("Total", 2024, 611, "USD million", "actual"),
            ("Total", 2025, 742, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.7, "percent", 2021, 2022, 1.0),
            ("growth", 23.9, "percent", 2022, 2023, 1.0),
            ("growth", 32.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 402 / 310 - 1 = 29.677% -> 29.7
            ("cagr|implied", "exact"),  # 498 / 402 - 1 = 23.881% -> 23.9
            # 611 / 498 - 1 = 22.691%; bounds 610.5 / 498.5 - 1 = 22.467%, 611.5 / 497.5 - 1 = 22.915% -> 32.7 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 742 / 611 - 1 = 21.440% -> 21.4
        ],
    ),
    # 19. Chinese vertical space-aligned table, rows are years, two named value columns (亿元 in the caption) and a
    #     parcel-count column in 万单 (no money); a note with two year-on-year rates
    dict(
        text=(
            "表5 我国物流无人机与无人配送车市场规模（单位：亿元）\n"
            "年份     物流无人机    无人配送车    无人机配送单量（万单）\n"
            "2022        12.4          21.0            310\n"
            "2023        17.9          46.5            620\n"
            "2024        25.3          72.8          1,150\n"
            "2025E       34.6         103.0          1,900\n"
            "注：2025E为预测值。2024年物流无人机市场同比增长41.3%，无人配送车市场同比增长56.6%。"
        ),
        obs=[
            ("物流无人机", 2022, 12.4, "CNY 100 million", "actual"),
            ("物流无人机", 2023, 17.9, "CNY 100 million", "actual"),
            ("物流无人机", 2024, 25.3, "CNY 100 million", "actual"),
            ("物流无人机", 2025, 34.6, "CNY 100 million", "estimate"),
            ("无人配送车", 2022, 21.0, "CNY 100 million", "actual"),
            ("无人配送车", 2023, 46.5, "CNY 100 million", "actual"),
            ("无人配送车", 2024, 72.8, "CNY 100 million", "actual"),
            ("无人配送车", 2025, 103.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.3, "percent", 2023, 2024, 1.0),
            ("growth", 56.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 25.3 / 17.9 - 1 = 41.341% -> 41.3
            ("cagr|implied", "exact"),  # 72.8 / 46.5 - 1 = 56.559% -> 56.6
        ],
    ),
    # 20. Traditional Chinese pipe table (新台幣億元): 2024 structure by application with amounts, shares and a 合計 row
    #     (its 100.0% is no claim); one share exact only within rounding; time-saved line is no share
    dict(
        text=(
            "2024年台灣AI物流軟體市場結構（單位：新台幣億元）\n"
            "| 類別 | 金額 | 占比 |\n"
            "|---|---|---|\n"
            "| 運輸路線與車隊最佳化 | 21.6 | 38.8% |\n"
            "| 需求預測與庫存規劃 | 16.3 | 29.3% |\n"
            "| 倉儲管理與揀貨AI | 13.1 | 23.5% |\n"
            "| 報關與貿易文件AI | 4.7 | 8.5% |\n"
            "| 合計 | 55.7 | 100.0% |\n"
            "資料來源：北辰產業研究所。導入企業平均縮短配送時間18%。"
        ),
        obs=[
            ("運輸路線與車隊最佳化", 2024, 21.6, "TWD 100 million", "actual"),
            ("需求預測與庫存規劃", 2024, 16.3, "TWD 100 million", "actual"),
            ("倉儲管理與揀貨AI", 2024, 13.1, "TWD 100 million", "actual"),
            ("報關與貿易文件AI", 2024, 4.7, "TWD 100 million", "actual"),
            ("合計", 2024, 55.7, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 38.8, "percent", 2024, 2024, None),
            ("share", 29.3, "percent", 2024, 2024, None),
            ("share", 23.5, "percent", 2024, 2024, None),
            ("share", 8.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.6 / 55.7 = 38.779% -> 38.8
            ("arithmetic", "exact"),  # 16.3 / 55.7 = 29.264% -> 29.3
            ("arithmetic", "exact"),  # 13.1 / 55.7 = 23.519% -> 23.5
            # 4.7 / 55.7 = 8.438% -> 8.4, not 8.5; bounds 4.65 / 55.75 = 8.341%, 4.75 / 55.65 = 8.535% -> 8.5 inside
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 21.6 + 16.3 + 13.1 + 4.7 = 55.7
        ],
    ),
    # 21. English dated news (EUR billion series): "last year" = 2024 from the 2025 dateline, "an increase of 15% on
    #    the €1.2 billion recorded in 2023"; a software share; robots installed, minutes saved, percentage points nowhere
    dict(
        text=(
            "HAMBURG, 11 February 2025 — German warehouses are buying robots faster than ever. Spending on AI-driven "
            "warehouse robotics in Germany reached €1.38 billion last year, an increase of 15% on the €1.2 billion "
            "recorded in 2023, according to Lagerwerk Analytik, a Bremen-based logistics research firm. Software's "
            "share of last year's spend rose by four percentage points to 31%. Lagerwerk counts roughly 9,400 "
            "autonomous mobile robots now at work in German distribution centres and reckons each AI picking station "
            "saves about 40 minutes per shift. The firm expects the market to reach €2.9 billion in 2028."
        ),
        obs=[
            ("Total", 2024, 1.38, "EUR billion", "actual"),
            ("Total", 2023, 1.2, "EUR billion", "actual"),
            ("Total", 2028, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2023, 2024, 1.0),
            ("share", 31.0, "percent", 2024, 2024, None),  # software's share of 2024 spend; part not printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.38 / 1.2 - 1 = 0.15 -> 15%
        ],
    ),
    # 22. English press release: stated 2024-2030 CAGR 18.6% reachable only within rounding; a cloud share;
    #    report title year, respondents, a survey answer, empty-mile cut and freight rate nowhere
    dict(
        text=(
            "BOSTON, May 6, 2025 — Northfield Insight Partners today published its Fleet Intelligence Outlook 2025, "
            "which sizes worldwide sales of AI route- and fleet-optimisation software at $4.2 billion in 2024. The "
            "consultancy projects the market to grow at a compound annual rate of 18.6% from 2024 to 2030, reaching "
            "$11.6 billion at the end of the period. Cloud subscriptions accounted for 72% of 2024 revenue, with "
            "on-premise licences and services making up the balance. Of the 310 fleet operators Northfield surveyed, "
            "58% said they planned to raise spending on routing tools next year, and the average user cut empty miles "
            "by 9%. Spot truckload rates, by contrast, fell 4% over the same period."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 11.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 72.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (11.6/4.2)**(1/6)-1 = 18.450% -> 18.4, not 18.6;
            # bounds: (11.55/4.25)**(1/6)-1 = 18.13%, (11.65/4.15)**(1/6)-1 = 18.77% -> 18.6 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. English earnings call: the CEO sizes the total addressable market (Total) for 2024 and 2029 and says
    #    "roughly 17% a year" with no span printed (inferred); own revenue, orders, a quarter, fleet count,
    #    price target and upside nowhere
    dict(
        text=(
            "On Corvane Systems' fourth-quarter earnings call in February, chief executive Dana Whitlock put the total "
            "addressable market for autonomous yard trucks and dock-side AI at $9.5 billion in 2024 and said she "
            "expects it to reach $21 billion by 2029 — 'roughly 17% a year of compounding,' she told analysts. "
            "Corvane's own revenue rose 41% to $612 million in fiscal 2024, and the company booked $180 million of "
            "orders in the fourth quarter alone. It now runs 1,150 autonomous tractors across 64 customer sites. "
            "Analysts at Hobbs & Lyle raised their price target to $74, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 9.5, "USD billion", "actual"),
            ("Total", 2029, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21/9.5)**(1/5)-1 = 17.19% -> 17
        ],
    ),
    # 24. English association monitor (EUR million): a part in prose ("Software ... €148 million ... or 63% of the
    #    total") with an arithmetic check; "growing 14.8% a year" to 2028 without a printed span (inferred);
    #    a fourth-quarter figure and TEU throughput nowhere
    dict(
        text=(
            "ROTTERDAM — Dutch terminal operators, forwarders and port authorities spent €236 million on artificial "
            "intelligence for berth planning, container stacking and gate automation in 2024, the Netherlands Port "
            "Technology Association (NPTA) says in its annual monitor. Software accounted for €148 million of that, "
            "or 63% of the total, with sensors and edge hardware making up the rest. Spending in the fourth quarter "
            "alone came to €71 million. The association expects the market to climb to €410 million in 2028, growing "
            "14.8% a year, even as container throughput at Dutch ports slipped 1.2% to 14.1 million TEU."
        ),
        obs=[
            ("Total", 2024, 236, "EUR million", "actual"),
            ("Software", 2024, 148, "EUR million", "actual"),
            ("Total", 2028, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 63.0, "percent", 2024, 2024, None),
            ("cagr", 14.8, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148 / 236 = 62.71% -> 63
            ("cagr|period", "exact"),  # (410/236)**(1/4)-1 = 14.807% -> 14.8
        ],
    ),
    # 25. English white paper in yen (JPY billion), fiscal years: "up 21% from ¥58.0 billion a year earlier"
    #    contradicted by its own amounts; member count, tonne-kilometres and a usage survey share nowhere
    dict(
        text=(
            "TOKYO, 9 June 2025 — Japan's market for AI demand-forecasting and inventory-planning software grew to "
            "¥68.4 billion in fiscal 2024, the Japan Logistics Systems Council said in its annual white paper, up 21% "
            "from ¥58.0 billion a year earlier. The council, whose 212 member companies include most of the country's "
            "large shippers, expects the market to reach ¥120 billion in fiscal 2028 as the trucking-hours cap "
            "squeezes capacity. Road freight fell to 205 billion tonne-kilometres last year, and the council "
            "estimates that 34% of shippers now use some form of automated replenishment."
        ),
        obs=[
            ("Total", 2024, 68.4, "JPY billion", "actual"),
            ("Total", 2023, 58.0, "JPY billion", "actual"),
            ("Total", 2028, 120, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 88.4 / 58.0 - 1 = 17.93%; bounds 68.35/58.05-1 = 17.74%, 68.45/57.95-1 = 18.12% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese: 社会物流总额 (whole logistics market, 万亿元) as a distractor; 智能仓储 2024 vs 2023
    #    with 增长16.1%; a part (AI视觉分拣与拣选系统, 约312亿元); a 突破 target; robot count nowhere
    dict(
        text=(
            "华夏物流信息中心日前发布数据显示，2024年全国社会物流总额达360.6万亿元，同比增长5.8%。在此背景下，"
            "智能仓储成为企业降本的重点方向。据鹭岛智研测算，2024年我国智能仓储市场规模为1,628亿元，较2023年的"
            "1,402亿元增长16.1%，其中AI视觉分拣与拣选系统规模约为312亿元。该机构预计，到2027年我国智能仓储市场"
            "规模将突破2,500亿元，全国在用仓储机器人数量将超过80万台。"
        ),
        obs=[
            ("Total", 2024, 1628, "CNY 100 million", "actual"),
            ("Total", 2023, 1402, "CNY 100 million", "actual"),
            ("AI视觉分拣与拣选系统", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2027, 2500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1628 / 1402 - 1 = 16.12% -> 16.1
        ],
    ),
    # 27. Simplified Chinese broker report on 无人配送: "由2021年的9.5亿元增至2024年的38亿元，三年间增长3倍" is x4
    #    over 3 years (no verdict); stated 2024—2027 CAGR; parcels, mileage, a funding round, a price target nowhere
    dict(
        text=(
            "南岭证券研究所2025年3月发布无人配送行业报告称，我国无人配送车及末端配送机器人市场规模由2021年的9.5亿元"
            "增至2024年的38亿元，三年间增长3倍。报告预计，2027年市场规模将达到125亿元，2024—2027年复合增长率为"
            "48.7%。2024年全国无人配送车累计配送包裹超过2.1亿件，单车日均行驶里程约110公里。行业头部企业驰远智行"
            "去年完成5亿元B轮融资；报告给予相关标的华运股份目标价23.6元。"
        ),
        obs=[
            ("Total", 2021, 9.5, "CNY 100 million", "actual"),
            ("Total", 2024, 38, "CNY 100 million", "actual"),
            ("Total", 2027, 125, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts: 38/9.5 = 4
            ("cagr", 48.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (125/38)**(1/3)-1 = 48.72% -> 48.7
        ],
    ),
    # 28. Simplified Chinese provincial action plan: 2024 in 亿元 then a 2027 target "突破1万亿元" kept in the
    #    series' unit (10000 x CNY 100 million); 同比增长18% with no 2023 amount; floor space, firm counts,
    #    a revenue threshold and percentage points nowhere
    dict(
        text=(
            "《江海省智慧物流高质量发展行动方案（2025—2027年）》近日印发。方案披露，2024年全省智慧物流核心产业规模"
            "达到4,260亿元，同比增长18%。方案提出，到2027年全省智慧物流核心产业规模突破1万亿元，建成智能仓储面积"
            "超过800万平方米，培育营收超百亿元的链主企业10家以上。同时，力争全省社会物流总费用与地区生产总值的比率"
            "较2024年下降0.8个百分点。"
        ),
        obs=[
            ("Total", 2024, 4260, "CNY 100 million", "actual"),
            ("Total", 2027, 10000, "CNY 100 million", "estimate"),  # 1万亿元 in the series' 亿元 unit
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 29. Simplified Chinese broker deep-dive: "同比增长27.3%（2023年为36.4亿元）" right only within rounding;
    #    stated 2024-2027 CAGR exact; penetration rate, price target, PE, company revenue and margin nowhere
    dict(
        text=(
            "海川证券研究所在最新发布的行业深度报告中测算，2024年国内AI需求预测与库存优化软件市场规模为46.3亿元，"
            "同比增长27.3%（2023年为36.4亿元）。报告预计，受快消、汽车零部件企业加快部署供应链计划系统带动，2027年"
            "市场规模将达到98亿元，2024-2027年CAGR为28.4%。当前该类软件在规模以上制造企业中的渗透率不足8%。报告"
            "首次覆盖链智科技，给予“买入”评级，目标价68元，对应2025年35倍PE；公司2024年营收12.6亿元，SaaS业务"
            "毛利率72%。"
        ),
        obs=[
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2023, 36.4, "CNY 100 million", "actual"),
            ("Total", 2027, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("cagr", 28.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 66.3/36.4-1 = 27.198% -> 27.2, not 27.3; bounds 46.25/36.45-1 = 26.89%, 46.35/36.35-1 = 27.51%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (98/46.3)**(1/3)-1 = 28.395% -> 28.4
        ],
    ),
    # 30. Simplified Chinese port report: hardware vs software parts with their shares (two arithmetic checks);
    #     percentage points, TEU throughput, count of automated terminals, report title year nowhere; a 左右 forecast
    dict(
        text=(
            "港航数智研究院发布的《2025中国智慧港口发展报告》显示，2024年全国港口AI应用（含智能闸口、自动化堆场调度、"
            "集卡无人驾驶等）市场规模为214.6亿元，其中硬件设备133.5亿元，占比62.2%；软件及算法服务81.1亿元，占比"
            "37.8%，软件占比较上年提高4.5个百分点。同期全国港口完成集装箱吞吐量3.3亿标箱，已建成和在建的自动化码头"
            "达到52座。研究院预计，2025年港口AI市场规模将达到260亿元左右。"
        ),
        obs=[
            ("Total", 2024, 214.6, "CNY 100 million", "actual"),
            ("硬件设备", 2024, 133.5, "CNY 100 million", "actual"),
            ("软件及算法服务", 2024, 81.1, "CNY 100 million", "actual"),
            ("Total", 2025, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 62.2, "percent", 2024, 2024, None),
            ("share", 37.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 133.5 / 214.6 = 62.21% -> 62.2
            ("arithmetic", "exact"),  # 81.1 / 214.6 = 37.79% -> 37.8
        ],
    ),
    # 31. Traditional Chinese (Taiwan) association survey in 新台幣億元: 2024 vs 2023 年增12.7% exact; 突破 target;
    #     member count, survey answer, parcel volume nowhere
    dict(
        text=(
            "【記者林佩君／台北報導】台灣物流科技協進會2025年4月18日發布年度調查指出，2024年國內智慧倉儲與AI揀貨系統"
            "市場規模達新台幣186億元，較2023年的165億元年增12.7%。協會估計，隨電商與冷鏈業者擴大導入自主移動機器人，"
            "2027年市場規模可望突破新台幣300億元。此次調查共訪問142家會員業者，其中64%表示明年將增加自動化預算；"
            "全台電商包裹量去年則達11.2億件。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 165, "TWD 100 million", "actual"),
            ("Total", 2027, 300, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 165 - 1 = 12.73% -> 12.7
        ],
    ),
    # 32. Traditional Chinese (Taiwan) research note: stated 2024至2030 CAGR 38% that its own amounts contradict;
    #     flight counts, minutes saved and a 新台幣 funding round nowhere
    dict(
        text=(
            "亞太產業研究所最新報告估計，台灣自駕配送車與物流無人機市場2024年規模約新台幣9.8億元，預估2030年將成長至"
            "新台幣52億元，2024至2030年複合成長率達38%。報告指出，目前國內試驗場域已累計飛行逾3萬架次，每件偏鄉包裹"
            "平均可節省18分鐘運送時間。新創業者翔運科技上月甫完成新台幣4億元A輪募資，為今年規模最大的一筆。"
        ),
        obs=[
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2030, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (52/9.8)**(1/6)-1 = 32.07%; bounds (51.5/9.85)**(1/6)-1 = 31.74%, (52.5/9.75)**(1/6)-1 = 32.39%
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Traditional Chinese (Hong Kong) news in 億港元: 按年增長26% exact; a 2026 forecast; processing minutes,
    #     a logistics group's own revenue (48.6億港元) and its AI share in words nowhere
    dict(
        text=(
            "【本報訊】香港貿易單證數碼化聯盟昨日公布調查結果，2024年本港應用於報關、提單及信用證審核的人工智能方案"
            "市場規模為12.6億港元，按年增長26%，2023年則為10億港元。聯盟預期，隨着更多貨代及銀行採用文件自動識別，"
            "2026年市場規模可達20億港元。調查亦顯示，每份報關單證的平均處理時間由45分鐘縮短至6分鐘。本地物流集團"
            "捷運通去年收入為48.6億港元，其中AI相關服務收入佔比約一成。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2023, 10, "HKD 100 million", "actual"),
            ("Total", 2026, 20, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.6 / 10 - 1 = 26.0%
        ],
    ),
    # 34. Simplified Chinese: a second market beside the first (干线自动驾驶货运服务) with a decline "同比下降7.1%"
    #     from two printed amounts; a quarter's figure, 双十一 parcels, a freight-rate index and "千亿级" nowhere
    dict(
        text=(
            "2025年1月20日，鲲鹏物流研究院发布报告称，2024年我国物流AI调度与路径优化软件市场规模为58.7亿元，同比增长"
            "24.4%；同期，干线自动驾驶货运服务市场规模为6.5亿元，较2023年的7.0亿元同比下降7.1%，主要受部分试点线路"
            "暂停影响。报告还提到，2024年第三季度调度软件市场规模为16.2亿元，“双十一”期间全国快递日均揽收量突破7亿件，"
            "整车运价指数同比下跌3.2%。研究院认为，AI调度是一个“千亿级”的长期机会。"
        ),
        obs=[
            ("Total", 2024, 58.7, "CNY 100 million", "actual"),
            ("干线自动驾驶货运服务", 2024, 6.5, "CNY 100 million", "actual"),
            ("干线自动驾驶货运服务", 2023, 7.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("growth", -7.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.5 / 7.0 - 1 = -7.14% -> -7.1
        ],
    ),
    # 35. English pipe table by segment and year with E columns, a Total row and a stated "CAGR 2024–27E" column;
    #     all four years add up; report table number and respondent count nowhere
    dict(
        text=(
            "Table 3: European AI warehouse automation market by segment (EUR million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027E | CAGR 2024–27E |\n"
            "|---|---|---|---|---|---|\n"
            "| Robotic picking | 412 | 498 | 601 | 862 | 20.1% |\n"
            "| Autonomous mobile robots | 655 | 748 | 860 | 1,131 | 14.8% |\n"
            "| WMS AI modules & software | 233 | 274 | 322 | 441 | 17.2% |\n"
            "| Total | 1,300 | 1,520 | 1,783 | 2,434 | 17.0% |\n"
            "\n"
            "Source: Halvard & Mees Logistics Research, survey of 480 warehouse operators. E = estimate."
        ),
        obs=[
            ("Robotic picking", 2023, 412, "EUR million", "actual"),
            ("Robotic picking", 2024, 498, "EUR million", "actual"),
            ("Robotic picking", 2025, 601, "EUR million", "estimate"),
            ("Robotic picking", 2027, 862, "EUR million", "estimate"),
            ("Autonomous mobile robots", 2023, 655, "EUR million", "actual"),
            ("Autonomous mobile robots", 2024, 748, "EUR million", "actual"),
            ("Autonomous mobile robots", 2025, 860, "EUR million", "estimate"),
            ("Autonomous mobile robots", 2027, 1131, "EUR million", "estimate"),
            ("WMS AI modules & software", 2023, 233, "EUR million", "actual"),
            ("WMS AI modules & software", 2024, 274, "EUR million", "actual"),
            ("WMS AI modules & software", 2025, 322, "EUR million", "estimate"),
            ("WMS AI modules & software", 2027, 441, "EUR million", "estimate"),
            ("Total", 2023, 1300, "EUR million", "actual"),
            ("Total", 2024, 1520, "EUR million", "actual"),
            ("Total", 2025, 1783, "EUR million", "estimate"),
            ("Total", 2027, 2434, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 14.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 655 + 233 = 1,300
            ("hierarchy", "exact"),  # 2024: 498 + 748 + 274 = 1,520
            ("hierarchy", "exact"),  # 2025E: 601 + 860 + 322 = 1,783
            ("hierarchy", "exact"),  # 2027E: 862 + 1,131 + 441 = 2,434
            ("cagr|implied", "exact"),  # (862/498)**(1/3)-1 = 20.07% -> 20.1
            ("cagr|implied", "exact"),  # (1131/748)**(1/3)-1 = 14.78% -> 14.8
            ("cagr|implied", "exact"),  # (441/274)**(1/3)-1 = 17.19% -> 17.2
            ("cagr|implied", "exact"),  # (2434/1520)**(1/3)-1 = 16.99% -> 17.0
        ],
    ),
    # 36. Simplified Chinese space-aligned table by segment with E columns and a 合计 row; 2024's parts sum to
    #     1293.7 against a printed 1293.8 (rounding); table number, sample-firm count, AMR shipments (万台) nowhere
    dict(
        text=(
            "表2  2023—2026E年中国智能仓储物流系统市场规模（亿元）\n"
            "\n"
            "细分领域             2023      2024      2025E     2026E\n"
            "自动化立体库         512.4     583.1     661.0     748.5\n"
            "AMR/AGV搬运机器人    286.7     352.9     431.6     520.2\n"
            "智能分拣系统         198.3     231.5     268.8     310.4\n"
            "仓储软件(WMS/WCS)    102.6     126.2     153.9     186.7\n"
            "合计                 1100.0    1293.8    1515.3    1765.8\n"
            "\n"
            "注：E为预测值；样本企业86家。2024年AMR出货量约12.5万台。资料来源：云杉物流研究院。"
        ),
        obs=[
            ("自动化立体库", 2023, 512.4, "CNY 100 million", "actual"),
            ("自动化立体库", 2024, 583.1, "CNY 100 million", "actual"),
            ("自动化立体库", 2025, 661.0, "CNY 100 million", "estimate"),
            ("自动化立体库", 2026, 748.5, "CNY 100 million", "estimate"),
            ("AMR/AGV搬运机器人", 2023, 286.7, "CNY 100 million", "actual"),
            ("AMR/AGV搬运机器人", 2024, 352.9, "CNY 100 million", "actual"),
            ("AMR/AGV搬运机器人", 2025, 431.6, "CNY 100 million", "estimate"),
            ("AMR/AGV搬运机器人", 2026, 520.2, "CNY 100 million", "estimate"),
            ("智能分拣系统", 2023, 198.3, "CNY 100 million", "actual"),
            ("智能分拣系统", 2024, 231.5, "CNY 100 million", "actual"),
            ("智能分拣系统", 2025, 268.8, "CNY 100 million", "estimate"),
            ("智能分拣系统", 2026, 310.4, "CNY 100 million", "estimate"),
            ("仓储软件(WMS/WCS)", 2023, 102.6, "CNY 100 million", "actual"),
            ("仓储软件(WMS/WCS)", 2024, 126.2, "CNY 100 million", "actual"),
            ("仓储软件(WMS/WCS)", 2025, 153.9, "CNY 100 million", "estimate"),
            ("仓储软件(WMS/WCS)", 2026, 186.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 1100.0, "CNY 100 million", "actual"),
            ("合计", 2024, 1293.8, "CNY 100 million", "actual"),
            ("合计", 2025, 1515.3, "CNY 100 million", "estimate"),
            ("合计", 2026, 1765.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 512.4 + 286.7 + 198.3 + 102.6 = 1100.0
            # 2024: 583.1 + 352.9 + 231.5 + 126.2 = 1293.7 vs 1293.8; parts span 1293.5..1293.9,
            # total 1293.75..1293.85 -> overlap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 661.0 + 431.6 + 268.8 + 153.9 = 1515.3
            ("hierarchy", "exact"),  # 2026E: 748.5 + 520.2 + 310.4 + 186.7 = 1765.8
        ],
    ),
    # 37. English tab-separated pair: a table of robots installed (units, with YoY) beside a table of market value
    #     (USD million, with YoY); only Table B gives observations, rates and hierarchy checks
    dict(
        text=(
            "North America, warehouse robotics 2023–2024\n"
            "\n"
            "Table A. Robots installed (units)\n"
            "Segment\t2023\t2024\tYoY\n"
            "AMRs\t38,500\t47,200\t22.6%\n"
            "Robotic picking arms\t6,100\t8,900\t45.9%\n"
            "Total\t44,600\t56,100\t25.8%\n"
            "\n"
            "Table B. Market value (USD million)\n"
            "Segment\t2023\t2024\tYoY\n"
            "AMRs\t1,840\t2,210\t20.1%\n"
            "Robotic picking arms\t960\t1,230\t28.1%\n"
            "Total\t2,800\t3,440\t22.9%\n"
            "\n"
            "Source: Pinecrest Supply Chain Advisory."
        ),
        obs=[
            ("AMRs", 2023, 1840, "USD million", "actual"),
            ("AMRs", 2024, 2210, "USD million", "actual"),
            ("Robotic picking arms", 2023, 960, "USD million", "actual"),
            ("Robotic picking arms", 2024, 1230, "USD million", "actual"),
            ("Total", 2023, 2800, "USD million", "actual"),
            ("Total", 2024, 3440, "USD million", "actual"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1,840 + 960 = 2,800
            ("hierarchy", "exact"),  # 2024: 2,210 + 1,230 = 3,440
            ("cagr|implied", "exact"),  # 2210/1840-1 = 20.11% -> 20.1
            ("cagr|implied", "exact"),  # 1230/960-1 = 28.125% -> 28.1
            ("cagr|implied", "exact"),  # 3440/2800-1 = 22.86% -> 22.9
        ],
    ),
    # 38. Simplified Chinese vertical pipe table whose rows are years, a lone value column headed by its unit (亿元)
    #     = Total, and a 同比 column; 2022's 26.1% only within rounding; funding events and amount nowhere
    dict(
        text=(
            "表5  2020—2025E年中国物流视觉识别（包裹分拣识别、体积测量、面单识别）市场规模\n"
            "\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2020 | 52.8 | — |\n"
            "| 2021 | 71.5 | 35.4% |\n"
            "| 2022 | 90.2 | 26.1% |\n"
            "| 2023 | 118.6 | 31.5% |\n"
            "| 2024 | 150.3 | 26.7% |\n"
            "| 2025E | 186.0 | 23.8% |\n"
            "\n"
            "资料来源：星桥咨询，2025年6月。2024年该领域共发生融资事件23起，披露融资金额合计约41亿元。"
        ),
        obs=[
            ("Total", 2020, 52.8, "CNY 100 million", "actual"),
            ("Total", 2021, 71.5, "CNY 100 million", "actual"),
            ("Total", 2022, 90.2, "CNY 100 million", "actual"),
            ("Total", 2023, 118.6, "CNY 100 million", "actual"),
            ("Total", 2024, 150.3, "CNY 100 million", "actual"),
            ("Total", 2025, 186.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.4, "percent", 2020, 2021, 1.0),
            ("growth", 26.1, "percent", 2021, 2022, 1.0),
            ("growth", 31.5, "percent", 2022, 2023, 1.0),
            ("growth", 26.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.5/52.8-1 = 35.42% -> 35.4
            # 110.2/71.5-1 = 26.154% -> 26.2, not 26.1; bounds 90.15/71.55-1 = 26.00%, 90.25/71.45-1 = 26.31%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 118.6/90.2-1 = 31.49% -> 31.5
            ("cagr|implied", "exact"),  # 150.3/118.6-1 = 26.73% -> 26.7
            ("cagr|implied", "exact"),  # 186.0/150.3-1 = 23.75% -> 23.8
        ],
    ),
    # 39. English space-aligned vertical table, two named value columns (each its own item), an F row; prose gives
    #     stated 2024-2028 CAGRs for both; delivery counts and minutes saved nowhere
    dict(
        text=(
            "Global autonomous last-mile delivery spending (USD million)\n"
            "\n"
            "Year     Drone delivery    Sidewalk & road robots\n"
            "2023     412               655\n"
            "2024     538               871\n"
            "2028F    1,960             2,740\n"
            "\n"
            "Drone delivery spending is projected to grow 38.2% a year between 2024 and 2028, against 33.2% for "
            "ground robots, according to Kestrel Mobility Research. Operators completed about 1.9 million drone "
            "deliveries in 2024, and average delivery times on pilot routes fell by 11 minutes."
        ),
        obs=[
            ("Drone delivery", 2023, 412, "USD million", "actual"),
            ("Drone delivery", 2024, 538, "USD million", "actual"),
            ("Drone delivery", 2028, 1960, "USD million", "estimate"),
            ("Sidewalk & road robots", 2023, 655, "USD million", "actual"),
            ("Sidewalk & road robots", 2024, 871, "USD million", "actual"),
            ("Sidewalk & road robots", 2028, 2740, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 38.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 33.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1960/538)**(1/4)-1 = 38.16% -> 38.2
            ("cagr|implied", "exact"),  # (2740/871)**(1/4)-1 = 33.18% -> 33.2
        ],
    ),
    # 40. Traditional Chinese pipe table in 新台幣億元 by application with a 合計 row, an (F) column and a 2024 share
    #     column; 2023's 合計 106.5 contradicts its rows (104.5); the 100.0% total is no claim; survey answers nowhere
    dict(
        text=(
            "表1　台灣物流AI應用市場規模（單位：新台幣億元）\n"
            "\n"
            "| 應用領域 | 2023年 | 2024年 | 2026年(F) | 2024年占比 |\n"
            "|---|---|---|---|---|\n"
            "| 智慧倉儲與揀貨 | 58.2 | 69.5 | 96.0 | 55.6% |\n"
            "| 運輸與車隊調度 | 31.4 | 37.8 | 55.3 | 30.2% |\n"
            "| 通關與貿易文件 | 14.9 | 17.7 | 26.1 | 14.2% |\n"
            "| 合計 | 106.5 | 125.0 | 177.4 | 100.0% |\n"
            "\n"
            "資料來源：台灣物流科技協進會。受訪的215家業者中，有47%已導入AI排程，平均每張訂單揀貨時間縮短32%。"
        ),
        obs=[
            ("智慧倉儲與揀貨", 2023, 58.2, "TWD 100 million", "actual"),
            ("智慧倉儲與揀貨", 2024, 69.5, "TWD 100 million", "actual"),
            ("智慧倉儲與揀貨", 2026, 96.0, "TWD 100 million", "estimate"),
            ("運輸與車隊調度", 2023, 31.4, "TWD 100 million", "actual"),
            ("運輸與車隊調度", 2024, 37.8, "TWD 100 million", "actual"),
            ("運輸與車隊調度", 2026, 55.3, "TWD 100 million", "estimate"),
            ("通關與貿易文件", 2023, 14.9, "TWD 100 million", "actual"),
            ("通關與貿易文件", 2024, 17.7, "TWD 100 million", "actual"),
            ("通關與貿易文件", 2026, 26.1, "TWD 100 million", "estimate"),
            ("合計", 2023, 106.5, "TWD 100 million", "actual"),
            ("合計", 2024, 125.0, "TWD 100 million", "actual"),
            ("合計", 2026, 177.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 55.6, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 2023: 58.2 + 31.4 + 14.9 = 104.5 (at most 104.65) vs 106.5 (at least 106.45) -> no reading reaches it
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 69.5 + 37.8 + 17.7 = 125.0
            ("hierarchy", "exact"),  # 2026F: 96.0 + 55.3 + 26.1 = 177.4
            ("arithmetic", "exact"),  # 69.5 / 125.0 = 55.60%
            ("arithmetic", "exact"),  # 37.8 / 125.0 = 30.24% -> 30.2
            ("arithmetic", "exact"),  # 17.7 / 125.0 = 14.16% -> 14.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 9, 'exact': 77}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 23% from $1.50 billion in 2023',
    'a compound annual growth rate of 18.4% over 2024-2030',
    'compounding at about 20% a year',
    'accounted for €470 million of that, or 38%',
    'more than triple the €64',
    'a jump of 52% from $640 million in 2023',
    'a compound annual growth rate of 9.8% for fiscal 2024-2028',
    'implying annual growth of 23.7% from 2024 to 2030',
    'about 410 billion won',
    '将突破1.2万亿元',
    '较2022年的21亿元增长3倍',
    '較2023年的162億元成長14.2%',
    '2024至2029年間複合年增長率為12.3%',
    '2023—2027年年均增长20%以上',
    '| Total | 8.7 | 10.6 | 12.9 | 15.7 |',
    '年均复合增速（2022-2025E）',
    'Country            2023     2024     Change 2024/23',
    '| Year | USD million | YoY |',
    '无人机配送单量（万单）',
    '| 合計 | 55.7 | 100.0% |',
    'an increase of 15% on the €1.2 billion',
    'grow at a compound annual rate of 18.6% from 2024 to 2030',
    'put the total addressable market',
    'or 63% of the total',
    'up 21% from ¥58.0 billion a year earlier',
    '较2023年的1,402亿元增长16.1%',
    '三年间增长3倍',
    '到2027年全省智慧物流核心产业规模突破1万亿元',
    '同比增长27.3%（2023年为36.4亿元）',
    '其中硬件设备133.5亿元，占比62.2%',
    '新台幣186億元',
    '2024至2030年複合成長率達38%',
    '12.6億港元，按年增長26%',
    '同比下降7.1%',
    '| CAGR 2024–27E |',
    '仓储软件(WMS/WCS)    102.6',
    'Table B. Market value (USD million)',
    '| 年份 | 亿元 | 同比 |',
    '2028F    1,960',
    '| 2026年(F) |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 213
#: figures, 55 rates, 84 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-fortieth set: 213, 60, 91 and 0
FLOORS = {"figures_found": 215, "rates_found": 60, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset142.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
