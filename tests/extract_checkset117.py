"""A hundred-and-seventeenth check set for the extractor, written blind: robots and autonomous machines, in English and
Chinese (Simplified and Traditional) -- humanoid, service and industrial robots, robotaxis and driving systems,
delivery drones and low-altitude services, embodied AI, sized in money by robotics federations, brokers, city plans,
Japanese and Taiwanese associations and consultancies; units installed or shipped, robot density, prices per robot,
a company's own revenue or orders, fleet sizes, kilometres driven, funding rounds and percentage points are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English press release (humanoid robots): 2024 actual and 2030 forecast in USD billion with a stated
    #    2024-2030 CAGR; units shipped, an average selling price, a survey answer, a headcount and
    #    "a multibillion-dollar opportunity" are expected nowhere
    dict(
        text=(
            "ZURICH, 18 February 2025 — Halvorsen Insight, a Zurich consultancy, puts the worldwide market for "
            "humanoid robots at $2.43 billion in 2024 and expects it to reach $15.26 billion in 2030, a compound "
            "annual growth rate of 35.8% from 2024 to 2030. Some 13,800 humanoids were shipped last year at an "
            "average selling price of about $176,000, the firm said, and its survey found that 62% of carmakers "
            "plan factory pilots by 2026. Halvorsen, which employs 45 analysts, called humanoids \"a "
            "multibillion-dollar opportunity\" for makers of actuators and hands."
        ),
        obs=[
            ("Total", 2024, 2.43, "USD billion", "actual"),
            ("Total", 2030, 15.26, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 35.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (15.26 / 2.43) ** (1/6) - 1 = 6.27984 ** (1/6) - 1 = 35.829% -> 35.8; bounds 35.77..35.88
            ("cagr|implied", "exact"),
        ],
    ),
    # 2. English news feature (US robotaxis): "last year" (2024, actual) in USD million, "this year" (2025,
    #    estimate) in billions converted to the series' million unit; "nearly 2.7 times" a multiple, no verdict;
    #    fleet size, miles driven, a funding round and a first-quarter figure are expected nowhere
    dict(
        text=(
            "AUSTIN, Texas, 9 June 2025 — Paid robotaxi rides are no longer a novelty in a handful of American "
            "cities. Fares for driverless rides in the US came to $410 million last year, and Corrick Mobility "
            "Research expects them to reach $1.1 billion this year, nearly 2.7 times as much. The leading operator "
            "alone ran a fleet of about 1,500 vehicles that logged 71 million driverless miles in 2024, and a "
            "rival closed a $600 million funding round in April. In the first quarter alone, fares reached $236 "
            "million, Corrick said."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2025, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2025, 1.0),  # "nearly 2.7 times"; 1100 / 410 = 2.683
        ],
        verdicts=[],
    ),
    # 3. English federation annual review (industrial robots): a year-on-year rate its own amounts contradict;
    #    units installed, robot density per 10,000 employees and percentage points are expected nowhere
    dict(
        text=(
            "FRANKFURT, 24 September 2024 — The value of industrial robot installations worldwide reached $16.5 "
            "billion in 2023, up 12% from $15.7 billion in 2022, the Global Robotics Alliance, a trade body, said "
            "in its annual review. Installations numbered 541,000 units, the second-highest on record, and average "
            "robot density in manufacturing climbed to 162 units per 10,000 employees. Europe's share of new "
            "deployments rose by 2 percentage points, the alliance added."
        ),
        obs=[
            ("Total", 2023, 16.5, "USD billion", "actual"),
            ("Total", 2022, 15.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 16.5 / 15.7 - 1 = 5.096%; bounds 16.45/15.75 - 1 = 4.44% .. 16.55/15.65 - 1 = 5.75%; 12% out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. English earnings-call report (warehouse AMRs): the total addressable market is the Total; "this year"
    #    (2025) and 2030 both estimates; "roughly 34% a year" a CAGR inferred from the amounts' years; the
    #    company's quarterly revenue, orders, margin, share target and a price target with upside are nowhere
    dict(
        text=(
            "On its fourth-quarter earnings call on 27 February 2025, Stackwell Robotics, a maker of warehouse "
            "autonomous mobile robots, told analysts that the total addressable market for its machines is about "
            "$11 billion this year and will reach $48 billion by 2030, growth of roughly 34% a year. Stackwell's "
            "own fourth-quarter revenue rose 41% to $212 million, orders stood at $1.3 billion and gross margin "
            "widened to 38%. Chief executive Dana Okafor said the company aims to hold 15% of the market by the "
            "end of the decade. One analyst kept a $74 price target on the shares, implying 28% upside."
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2030, 48, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34.0, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (48 / 11) ** (1/5) - 1 = 4.36364 ** 0.2 - 1 = 34.267% -> 34; bounds 32.80..35.80
            ("cagr|period", "exact"),
        ],
    ),
    # 5. English forecast story (UK drone delivery): the series opens in GBP billion (2030) so the 2024 base
    #    printed in millions is expected converted (0.185); stated "between 2024 and 2030" CAGR; a share of
    #    2030 spending with no part printed; sorties, operator counts and a drone's price are nowhere
    dict(
        text=(
            "LONDON, 3 April 2025 — Britain's drone-delivery services market will be worth £1.32 billion in 2030, "
            "up from £185 million in 2024, Thamesgate Analytics forecasts, an annual rate of 38.8% between 2024 "
            "and 2030. Medical supplies will make up 36% of that spending by the end of the decade. Trials run for "
            "hospitals in Scotland flew more than 12,000 sorties last year, and the aviation regulator has approved "
            "nine operators for beyond-visual-line-of-sight flights. A typical delivery drone now costs around "
            "£15,000, said Thamesgate partner Rhys Calloway."
        ),
        obs=[
            ("Total", 2030, 1.32, "GBP billion", "estimate"),
            ("Total", 2024, 0.185, "GBP billion", "actual"),
        ],
        claims=[
            ("cagr", 38.8, "percent", 2024, 2030, None, "stated"),
            ("share", 36, "percent", 2030, 2030, None),
        ],
        verdicts=[
            # (1.32 / 0.185) ** (1/6) - 1 = 7.13514 ** (1/6) - 1 = 38.750% -> 38.8; bounds 38.60..38.90
            ("cagr|implied", "exact"),
        ],
    ),
    # 6. English association release (Japan service robots, yen): fiscal years count as their number;
    #    "grew 8.6% to ... from ... a year earlier" with both amounts; a segment's amount and its share of the
    #    total (arithmetic); a fiscal-2025 expectation; units, member count and a unit price in yen are nowhere
    dict(
        text=(
            "TOKYO, 15 July 2025 — Japan's domestic market for service robots grew 8.6% to ¥512.4 billion in "
            "fiscal 2024, from ¥471.8 billion a year earlier, according to the Japan Service Robot Makers' "
            "Association. Cleaning robots brought in ¥143.5 billion, or 28% of the total, while shipments of all "
            "service robots passed 1.9 million units. The association, which has 214 member companies, expects "
            "sales of ¥560 billion in fiscal 2025. Prices of restaurant serving robots fell to about ¥1.6 million "
            "a unit."
        ),
        obs=[
            ("Total", 2024, 512.4, "JPY billion", "actual"),
            ("Total", 2023, 471.8, "JPY billion", "actual"),
            ("Cleaning robots", 2024, 143.5, "JPY billion", "actual"),
            ("Total", 2025, 560, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 8.6, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 512.4 / 471.8 - 1 = 8.605% -> 8.6; bounds 8.58..8.63
            ("cagr|implied", "exact"),
            # 143.5 / 512.4 = 28.005% -> 28; bounds 27.99..28.02
            ("arithmetic", "exact"),
        ],
    ),
    # 7. English news (European driver-assistance systems, euros): "grew 14% last year to €7.8 billion, from
    #    €6.9 billion in 2023" holds only within rounding; a rival publisher's 2024 figure is expected nowhere;
    #    a fitment (penetration) rate and percentage points are nowhere; 2028 expectation an estimate
    dict(
        text=(
            "BRUSSELS, 20 May 2025 — Europe's market for Level 2 and Level 2+ driver-assistance systems grew 14% "
            "last year to €7.8 billion, from €6.9 billion in 2023, according to Vannier & Cole, a mobility "
            "consultancy. A rival estimate from Brightwater Partners put the 2024 market at €8.3 billion. Such "
            "systems were fitted to 46% of new cars sold in the EU, up 5 percentage points, and Vannier & Cole "
            "expects the market to reach €12.4 billion in 2028."
        ),
        obs=[
            ("Total", 2024, 7.8, "EUR billion", "actual"),
            ("Total", 2023, 6.9, "EUR billion", "actual"),
            ("Total", 2028, 12.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 14.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 7.8 / 6.9 - 1 = 13.04% -> 13, not 14; bounds 7.75/6.95 - 1 = 11.51% .. 7.85/6.85 - 1 = 14.60%
            # -> 14 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. English broker note (China embodied AI, yuan): "last year" 2024 actual, 2028 forecast in CNY billion,
    #    "over 2024-28" stated CAGR; a share of the 2028 market with no part printed; "a trillion-yuan track",
    #    a HK$ price target with upside and a company's revenue are nowhere
    dict(
        text=(
            "HONG KONG, 6 March 2025 — Kestrel Peak Securities says China's embodied-AI market, spanning humanoids, "
            "quadruped robots and the software that drives them, was worth 8.7 billion yuan last year and will "
            "reach 63.4 billion yuan by 2028, a compound annual rate of 64% over 2024-28. Humanoid robots will "
            "take 41% of that 2028 market, the broker says, calling the field \"a trillion-yuan track\" in the long "
            "run. It started coverage of one Shenzhen robot maker with a HK$58 price target, implying 23% upside, "
            "and noted the company's 2024 revenue of 1.46 billion yuan."
        ),
        obs=[
            ("Total", 2024, 8.7, "CNY billion", "actual"),
            ("Total", 2028, 63.4, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 64.0, "percent", 2024, 2028, None, "stated"),
            ("share", 41, "percent", 2028, 2028, None),
        ],
        verdicts=[
            # (63.4 / 8.7) ** (1/4) - 1 = 7.28736 ** 0.25 - 1 = 64.302% -> 64; bounds 64.03..64.57
            ("cagr|implied", "exact"),
        ],
    ),
    # 9. English trade story (autonomous farm machinery): a stated 2023-2030 CAGR its own amounts contradict;
    #    a third-quarter figure, a market in won and a survey answer are expected nowhere
    dict(
        text=(
            "DES MOINES, Iowa, 11 November 2024 — Autonomous and driver-optional tractors are edging from "
            "demonstration plots into ordinary fields. Prairie Gate Research values the global market for "
            "autonomous farm machinery at $1.9 billion in 2023 and forecasts $5.6 billion by 2030, which it "
            "describes as a CAGR of 19.5% over 2023-2030. In the third quarter alone, North American dealers "
            "booked $310 million of autonomy retrofit kits. South Korea's smaller market was put at 1.2 trillion "
            "won, and fewer than 8% of farmers surveyed said they would buy a fully driverless tractor within "
            "three years."
        ),
        obs=[
            ("Total", 2023, 1.9, "USD billion", "actual"),
            ("Total", 2030, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (5.6 / 1.9) ** (1/7) - 1 = 2.94737 ** (1/7) - 1 = 16.70%; bounds 5.55/1.95 -> 16.12% ..
            # 5.65/1.85 -> 17.29%; 19.5 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Simplified Chinese broker report (人形机器人市场规模): 约27.6亿元 with 同比增长 from a printed 2023 base;
    #     到2030年将突破380亿元 with a stated 2024—2030 年均复合增长率; report title year, 出货量 (万台), a unit
    #     price in 万元, 万亿级赛道 and a company's 营收 are nowhere
    dict(
        text=(
            "华岳证券研究所2025年3月发布的《2025人形机器人产业深度报告》显示，2024年中国人形机器人市场规模约为27.6亿元，"
            "较2023年的21.6亿元同比增长27.8%。报告预计，到2030年市场规模将突破380亿元，2024—2030年年均复合增长率约为55%。"
            "2024年国内人形机器人出货量约1.2万台，单台均价已降至20万元左右。报告认为人形机器人是“万亿级赛道”，"
            "并给予行业内某龙头企业“买入”评级，该公司2024年营收为15.3亿元。"
        ),
        obs=[
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2023, 21.6, "CNY 100 million", "actual"),
            ("Total", 2030, 380, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("cagr", 55.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 27.6 / 21.6 - 1 = 27.778% -> 27.8; bounds 27.25..28.31
            ("cagr|implied", "exact"),
            # (380 / 27.6) ** (1/6) - 1 = 13.7681 ** (1/6) - 1 = 54.81% -> 55; bounds 54.73..54.90
            ("cagr|implied", "exact"),
        ],
    ),
    # 11. Traditional Chinese Taiwan news (服務型機器人, 新台幣億元): 成長12.4% from a printed 165億元 base holds only
    #     within rounding; 今年 (2025) 可望 an estimate with 年增約12.9% exact; 出貨量, member count and robot
    #     density are nowhere
    dict(
        text=(
            "【2025年6月12日／台北】台灣服務型機器人產業聯盟今日發布統計，2024年國內服務型機器人產值達新台幣186億元，"
            "較2023年的165億元成長12.4%。聯盟預估，今年產值可望達210億元，年增約12.9%。去年國內服務型機器人出貨量約4.8萬台，"
            "聯盟會員廠商已增至132家；製造業機器人密度則為每萬名員工371台。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 165, "TWD 100 million", "actual"),
            ("Total", 2025, 210, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("growth", 12.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 186 / 165 - 1 = 12.73% -> 12.7, not 12.4; bounds 185.5/165.5 - 1 = 12.08% .. 186.5/164.5 - 1 = 13.37%
            ("cagr|implied", "rounding"),
            # 210 / 186 - 1 = 12.903% -> 12.9; bounds 12.33..13.48
            ("cagr|implied", "exact"),
        ],
    ),
    # 12. Traditional Chinese Hong Kong report (低空經濟, 億港元): 2024 約12億港元 actual, 2030 68億港元 forecast,
    #     stated 2024至2030年 複合年增長率; pilot-project count, flight sorties and a listed company's 收入 and
    #     its 按年增長 are nowhere
    dict(
        text=(
            "（香港，2025年4月22日）特區政府成立低空經濟發展工作組後，顧問機構維港策略研究發表報告。報告顯示，"
            "2024年香港低空經濟相關服務的市場規模約為12億港元，預計2030年將增至68億港元，2024至2030年複合年增長率約33.5%。"
            "報告指，目前本港已有38個無人機試點項目，去年累計飛行架次逾2.6萬。本地一家無人機物流上市公司去年收入為4.86億港元，"
            "按年增長57%。"
        ),
        obs=[
            ("Total", 2024, 12, "HKD 100 million", "actual"),
            ("Total", 2030, 68, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (68 / 12) ** (1/6) - 1 = 5.66667 ** (1/6) - 1 = 33.52% -> 33.5; bounds 32.45..34.64
            ("cagr|implied", "exact"),
        ],
    ),
    # 13. Simplified Chinese institute data (低空经济规模, 亿元): 2024 vs 2023 growth exact; 今年 (2025) an estimate;
    #     2035 有望突破3.5万亿元 expected in the series' 亿元 unit (35000); 万亿级赛道, registered drones, flight
    #     hours, a fourth-quarter count and a count of firms are nowhere
    dict(
        text=(
            "（2025年1月，北京）赛迪恒远研究院发布数据显示，2024年我国低空经济规模达到5120亿元，较2023年的3830亿元增长33.7%。"
            "该机构预计，今年低空经济规模将达到6800亿元，到2035年有望突破3.5万亿元，成为名副其实的万亿级赛道。"
            "截至2024年底，全国实名登记的无人机已超过217万架，全年累计飞行2666万小时，其中第四季度新增登记约31万架。"
            "某省在规划中提出，全省低空经济相关企业数量将超过500家。"
        ),
        obs=[
            ("Total", 2024, 5120, "CNY 100 million", "actual"),
            ("Total", 2023, 3830, "CNY 100 million", "actual"),
            ("Total", 2025, 6800, "CNY 100 million", "estimate"),
            ("Total", 2035, 35000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 5120 / 3830 - 1 = 33.682% -> 33.7; bounds 33.65..33.71
            ("cagr|implied", "exact"),
        ],
    ),
    # 14. Simplified Chinese consultancy report (智能驾驶解决方案, 亿元): 同比增长40.9% with the 2023 base printed
    #     after it; a segment (城市NOA) amount and 占比 (arithmetic); 2027 左右 an estimate; 渗透率, 个百分点 and
    #     搭载量 (万辆) are nowhere
    dict(
        text=(
            "2025年3月，智驾研究机构辰途咨询在上海发布报告称，2024年中国乘用车智能驾驶解决方案市场规模达到1186亿元，"
            "同比增长40.9%，2023年这一数字为842亿元。其中，城市NOA为332亿元，占比28%。去年国内乘用车L2级及以上辅助驾驶"
            "渗透率达到52%，较上年提升8个百分点；全年前装搭载量约1100万辆。辰途预计，2027年市场规模将达到2500亿元左右。"
        ),
        obs=[
            ("Total", 2024, 1186, "CNY 100 million", "actual"),
            ("Total", 2023, 842, "CNY 100 million", "actual"),
            ("城市NOA", 2024, 332, "CNY 100 million", "actual"),
            ("Total", 2027, 2500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.9, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1186 / 842 - 1 = 40.855% -> 40.9; bounds 40.71..41.00
            ("cagr|implied", "exact"),
            # 332 / 1186 = 27.993% -> 28
            ("arithmetic", "exact"),
        ],
    ),
    # 15. English pipe table (professional service robots by segment, USD billion, 2023/2024/2025E, Total row):
    #     each column adds to its Total (hierarchy exact); a prose growth of the total; unit sales nowhere
    dict(
        text=(
            "Table 4. Global professional service robot market by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Logistics and delivery | 11.8 | 13.9 | 16.3 |\n"
            "| Professional cleaning | 3.6 | 4.1 | 4.8 |\n"
            "| Medical and surgical | 6.2 | 7.0 | 7.9 |\n"
            "| Hospitality and retail | 2.1 | 2.5 | 3.0 |\n"
            "| Total | 23.7 | 27.5 | 32.0 |\n"
            "Source: Ostrander Robotics Review, 2025 edition. The total is forecast to rise 16.4% in 2025; unit "
            "sales (not shown) reached 199,000 in 2024."
        ),
        obs=[
            ("Logistics and delivery", 2023, 11.8, "USD billion", "actual"),
            ("Logistics and delivery", 2024, 13.9, "USD billion", "actual"),
            ("Logistics and delivery", 2025, 16.3, "USD billion", "estimate"),
            ("Professional cleaning", 2023, 3.6, "USD billion", "actual"),
            ("Professional cleaning", 2024, 4.1, "USD billion", "actual"),
            ("Professional cleaning", 2025, 4.8, "USD billion", "estimate"),
            ("Medical and surgical", 2023, 6.2, "USD billion", "actual"),
            ("Medical and surgical", 2024, 7.0, "USD billion", "actual"),
            ("Medical and surgical", 2025, 7.9, "USD billion", "estimate"),
            ("Hospitality and retail", 2023, 2.1, "USD billion", "actual"),
            ("Hospitality and retail", 2024, 2.5, "USD billion", "actual"),
            ("Hospitality and retail", 2025, 3.0, "USD billion", "estimate"),
            ("Total", 2023, 23.7, "USD billion", "actual"),
            ("Total", 2024, 27.5, "USD billion", "actual"),
            ("Total", 2025, 32.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 32.0 / 27.5 - 1 = 16.364% -> 16.4; bounds 15.97..16.76
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),  # 2023: 11.8 + 3.6 + 6.2 + 2.1 = 23.7
            ("hierarchy", "exact"),  # 2024: 13.9 + 4.1 + 7.0 + 2.5 = 27.5
            ("hierarchy", "exact"),  # 2025E: 16.3 + 4.8 + 7.9 + 3.0 = 32.0
        ],
    ),
    # 16. Simplified Chinese space-aligned tables: a units table (万台, nowhere) beside a value table (亿元) by
    #     type with a 合计 row; 2024's rows add to 602.3 against a printed 602.4 (hierarchy rounding); prose
    #     同比增长 of the 合计 exact
    dict(
        text=(
            "表1 2022—2024年中国工业机器人销量（万台）\n"
            "类别            2022    2023    2024\n"
            "多关节机器人    17.6    19.2    20.5\n"
            "SCARA           6.1     6.8     7.3\n"
            "协作机器人      1.9     2.6     3.4\n"
            "\n"
            "表2 2022—2024年中国工业机器人市场规模（亿元）\n"
            "类别            2022     2023     2024\n"
            "多关节机器人    402.6    418.3    431.7\n"
            "SCARA           78.4     85.1     90.2\n"
            "协作机器人      28.9     36.5     45.8\n"
            "其他            31.2     33.0     34.6\n"
            "合计            541.1    572.9    602.4\n"
            "资料来源：东衡产业研究院。2024年市场规模同比增长5.1%，协作机器人增速最快。"
        ),
        obs=[
            ("多关节机器人", 2022, 402.6, "CNY 100 million", "actual"),
            ("多关节机器人", 2023, 418.3, "CNY 100 million", "actual"),
            ("多关节机器人", 2024, 431.7, "CNY 100 million", "actual"),
            ("SCARA", 2022, 78.4, "CNY 100 million", "actual"),
            ("SCARA", 2023, 85.1, "CNY 100 million", "actual"),
            ("SCARA", 2024, 90.2, "CNY 100 million", "actual"),
            ("协作机器人", 2022, 28.9, "CNY 100 million", "actual"),
            ("协作机器人", 2023, 36.5, "CNY 100 million", "actual"),
            ("协作机器人", 2024, 45.8, "CNY 100 million", "actual"),
            ("其他", 2022, 31.2, "CNY 100 million", "actual"),
            ("其他", 2023, 33.0, "CNY 100 million", "actual"),
            ("其他", 2024, 34.6, "CNY 100 million", "actual"),
            ("合计", 2022, 541.1, "CNY 100 million", "actual"),
            ("合计", 2023, 572.9, "CNY 100 million", "actual"),
            ("合计", 2024, 602.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 602.4 / 572.9 - 1 = 5.149% -> 5.1; bounds 5.13..5.17
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),     # 2022: 402.6 + 78.4 + 28.9 + 31.2 = 541.1
            ("hierarchy", "exact"),     # 2023: 418.3 + 85.1 + 36.5 + 33.0 = 572.9
            ("hierarchy", "rounding"),  # 2024: 431.7 + 90.2 + 45.8 + 34.6 = 602.3 vs 602.4; bounds 602.1..602.5
        ],
    ),
    # 17. English tab-separated vertical table (rows are years; a lone value column headed by its unit only ->
    #     Total) with a YoY column: 2023 and 2025E rates exact, 2024's only within rounding; 2025E an estimate;
    #     a robot count in prose is nowhere
    dict(
        text=(
            "US sidewalk delivery robot services, market size (Larchmont Data)\n"
            "Year\tUSD million\tYoY\n"
            "2022\t412\t—\n"
            "2023\t538\t30.6%\n"
            "2024\t701\t30.4%\n"
            "2025E\t905\t29.1%\n"
            "Operators had about 2,400 robots on pavements at the end of 2024."
        ),
        obs=[
            ("Total", 2022, 412, "USD million", "actual"),
            ("Total", 2023, 538, "USD million", "actual"),
            ("Total", 2024, 701, "USD million", "actual"),
            ("Total", 2025, 905, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2022, 2023, 1.0),
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("growth", 29.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 538 / 412 - 1 = 30.583% -> 30.6; bounds 30.30..30.86
            ("cagr|implied", "exact"),
            # 701 / 538 - 1 = 30.297% -> 30.3, not 30.4; bounds 700.5/538.5 - 1 = 30.08% .. 701.5/537.5 - 1 = 30.51%
            ("cagr|implied", "rounding"),
            # 905 / 701 - 1 = 29.101% -> 29.1; bounds 28.94..29.26
            ("cagr|implied", "exact"),
        ],
    ),
    # 18. Traditional Chinese space-aligned table from a Japanese association (單位：億円 -> JPY 100 million), by
    #     product with a 合計 row, 2025F an estimate, thousands separators; hierarchy exact each year; a prose
    #     年增 rate of the total exact; 出貨台數 nowhere
    dict(
        text=(
            "日本次世代機器人協會（JNRA）統計：日本服務型機器人市場　單位：億円\n"
            "品項              2023      2024      2025F\n"
            "物流搬運機器人    1,842     2,015     2,230\n"
            "清掃機器人          968     1,034     1,102\n"
            "醫療照護機器人      655       712       790\n"
            "餐飲服務機器人      287       341       402\n"
            "合計              3,752     4,102     4,524\n"
            "協會預估2025年市場將年增10.3%；2024年出貨台數約5.6萬台。"
        ),
        obs=[
            ("物流搬運機器人", 2023, 1842, "JPY 100 million", "actual"),
            ("物流搬運機器人", 2024, 2015, "JPY 100 million", "actual"),
            ("物流搬運機器人", 2025, 2230, "JPY 100 million", "estimate"),
            ("清掃機器人", 2023, 968, "JPY 100 million", "actual"),
            ("清掃機器人", 2024, 1034, "JPY 100 million", "actual"),
            ("清掃機器人", 2025, 1102, "JPY 100 million", "estimate"),
            ("醫療照護機器人", 2023, 655, "JPY 100 million", "actual"),
            ("醫療照護機器人", 2024, 712, "JPY 100 million", "actual"),
            ("醫療照護機器人", 2025, 790, "JPY 100 million", "estimate"),
            ("餐飲服務機器人", 2023, 287, "JPY 100 million", "actual"),
            ("餐飲服務機器人", 2024, 341, "JPY 100 million", "actual"),
            ("餐飲服務機器人", 2025, 402, "JPY 100 million", "estimate"),
            ("合計", 2023, 3752, "JPY 100 million", "actual"),
            ("合計", 2024, 4102, "JPY 100 million", "actual"),
            ("合計", 2025, 4524, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 4524 / 4102 - 1 = 10.288% -> 10.3; bounds 10.26..10.31
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),  # 2023: 1842 + 968 + 655 + 287 = 3752
            ("hierarchy", "exact"),  # 2024: 2015 + 1034 + 712 + 341 = 4102
            ("hierarchy", "exact"),  # 2025F: 2230 + 1102 + 790 + 402 = 4524
        ],
    ),
    # 19. English space-aligned table (autonomous-driving systems by level, 2024, USD billion) with a Share
    #     column: three shares checked against part and Total (one only within rounding), the 100.0% total no
    #     claim, rows add to Total; table number and a unit-shipment note nowhere
    dict(
        text=(
            "Table 3: Autonomous-driving systems revenue by level, 2024 (USD billion)\n"
            "Level                   2024     Share\n"
            "L2 / L2+                28.4     71.4%\n"
            "L3                       6.7     16.9%\n"
            "L4 robotaxi & trucks     4.7     11.8%\n"
            "Total                   39.8    100.0%\n"
            "Source: Brennick Automotive Intelligence, 2025. Shipments of L3-capable vehicles reached 1.1 million "
            "units."
        ),
        obs=[
            ("L2 / L2+", 2024, 28.4, "USD billion", "actual"),
            ("L3", 2024, 6.7, "USD billion", "actual"),
            ("L4 robotaxi & trucks", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2024, 39.8, "USD billion", "actual"),
        ],
        claims=[
            ("share", 71.4, "percent", 2024, 2024, None),
            ("share", 16.9, "percent", 2024, 2024, None),
            ("share", 11.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 28.4 / 39.8 = 71.357% -> 71.4
            ("arithmetic", "rounding"),  # 6.7 / 39.8 = 16.834% -> 16.8, not 16.9; bounds 6.65/39.85 = 16.69% ..
                                         # 6.75/39.75 = 16.98%
            ("arithmetic", "exact"),     # 4.7 / 39.8 = 11.809% -> 11.8
            ("hierarchy", "exact"),      # 28.4 + 6.7 + 4.7 = 39.8
        ],
    ),
    # 20. Simplified Chinese tab-separated table (具身智能 by segment, 亿元, 2024/2025E/2028E, 合计 row):
    #     hierarchy exact each year; a stated 2024—2028 CAGR of the 合计 in prose; a shipment count and
    #     千亿级 are nowhere
    dict(
        text=(
            "表2 具身智能市场规模及预测（单位：亿元）\n"
            "细分领域\t2024\t2025E\t2028E\n"
            "人形机器人\t21.5\t38.0\t152.0\n"
            "四足机器人\t6.8\t9.6\t21.4\n"
            "具身智能软件与模型\t4.2\t8.1\t36.6\n"
            "合计\t32.5\t55.7\t210.0\n"
            "数据来源：启衡证券研究所。预计2024—2028年合计规模年均复合增长率为59.4%，长期有望成长为千亿级市场；"
            "2024年国内人形机器人出货量约5000台。"
        ),
        obs=[
            ("人形机器人", 2024, 21.5, "CNY 100 million", "actual"),
            ("人形机器人", 2025, 38.0, "CNY 100 million", "estimate"),
            ("人形机器人", 2028, 152.0, "CNY 100 million", "estimate"),
            ("四足机器人", 2024, 6.8, "CNY 100 million", "actual"),
            ("四足机器人", 2025, 9.6, "CNY 100 million", "estimate"),
            ("四足机器人", 2028, 21.4, "CNY 100 million", "estimate"),
            ("具身智能软件与模型", 2024, 4.2, "CNY 100 million", "actual"),
            ("具身智能软件与模型", 2025, 8.1, "CNY 100 million", "estimate"),
            ("具身智能软件与模型", 2028, 36.6, "CNY 100 million", "estimate"),
            ("合计", 2024, 32.5, "CNY 100 million", "actual"),
            ("合计", 2025, 55.7, "CNY 100 million", "estimate"),
            ("合计", 2028, 210.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 59.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (210.0 / 32.5) ** (1/4) - 1 = 6.46154 ** 0.25 - 1 = 59.435% -> 59.4; bounds 59.36..59.51
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),  # 2024: 21.5 + 6.8 + 4.2 = 32.5
            ("hierarchy", "exact"),  # 2025E: 38.0 + 9.6 + 8.1 = 55.7
            ("hierarchy", "exact"),  # 2028E: 152.0 + 21.4 + 36.6 = 210.0
        ],
    ),
    # 21. a dated federation press release: "USD 11.8 billion in 2024, up 14% on the USD 10.35 billion recorded a
    #    year earlier", a "this year" forecast; unit sales (+21%, 205,000 machines), headcount and country count nowhere
    dict(
        text=(
            "FRANKFURT, 12 June 2025 — Sales of professional service robots worldwide reached USD 11.8 billion in "
            "2024, up 14% on the USD 10.35 billion recorded a year earlier, the World Service Robotics Council said "
            "on Thursday. Unit sales rose faster, by 21% to about 205,000 machines, as cheaper cleaning and delivery "
            "robots found their way into hotels and hospitals. The council, whose members employ some 48,000 people "
            "in 31 countries, expects the market to reach USD 13.5 billion this year. Its president, Dr Ines "
            "Marwitz, cautioned that prices per robot are still falling."
        ),
        obs=[
            ("Total", 2024, 11.8, "USD billion", "actual"),
            ("Total", 2023, 10.35, "USD billion", "actual"),
            ("Total", 2025, 13.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.8 / 10.35 - 1 = 14.010% -> 14
        ],
    ),
    # 22. a broker's initiation note: "US robotaxi market at $1.9 billion in 2024 ... $43 billion by 2030, a 2024-2030
    #    CAGR of 68%"; price target and upside, fleet size, miles, a quarter's company revenue, "multibillion-dollar
    #    opportunity" and "fall by a third" (fares) nowhere
    dict(
        text=(
            "Hallbrook Securities has initiated coverage of Vantor Mobility with a price target of $310, implying "
            "24% upside. In the note, analysts size the US robotaxi market at $1.9 billion in 2024 and forecast "
            "that it will reach $43 billion by 2030, a 2024-2030 CAGR of 68%. Vantor's own fleet stands at roughly "
            "1,500 vehicles, which logged 41 million driverless miles last year, and the company booked $212 "
            "million of ride revenue in the first quarter. Hallbrook calls autonomous ride-hailing a "
            "multibillion-dollar opportunity for fleet operators, even though it assumes average fares fall by a "
            "third."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 43, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 68, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (43 / 1.9) ** (1/6) - 1 = 68.18% -> 68
        ],
    ),
    # 23. an earnings call: the company sizes the humanoid TAM "at about $2 billion last year ... $38 billion by 2035",
    #    "compound annual growth rate of roughly 45%" with no printed span (inferred) that its own figures contradict;
    #    the quarter's revenue and its +38%, orders in units, gross margin, engineers nowhere
    dict(
        text=(
            "Corvane Robotics, second-quarter earnings call, 6 August 2025. Chief executive Dana Whitfield: "
            "\"Revenue for the quarter was $64 million, up 38% year on year, and we exited June with orders for "
            "1,200 units and a gross margin of 22%. Stepping back, we size the total addressable market for "
            "general-purpose humanoids at about $2 billion last year, and we think it gets to $38 billion by 2035. "
            "That is a compound annual growth rate of roughly 45%. We now have 410 engineers on the platform, and "
            "we are still a small slice of that market.\""
        ),
        obs=[
            ("Total", 2024, 2, "USD billion", "actual"),
            ("Total", 2035, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 45, "percent", 2024, 2035, None, "inferred"),
        ],
        verdicts=[
            # (38 / 2) ** (1/11) - 1 = 30.69%; bounds (37.5/2.5)**(1/11)-1 = 27.91% .. (38.5/1.5)**(1/11)-1 = 34.31%;
            # 45 is out of reach -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 24. a dated UK news item: "£148 million last year", "£1.1 billion by 2030" (converted to the series' GBP million),
    #    "growth of about 40% a year" (span only from the amounts' years -> inferred), a segment with "or 35% of the
    #    total"; sorties, a funding round and a survey's 38% nowhere
    dict(
        text=(
            "LONDON, 3 April 2025 — Britain's drone-delivery services market was worth £148 million last year, "
            "according to Kestrel Aviation Analytics, and the firm expects it to reach £1.1 billion by 2030 — "
            "growth of about 40% a year. Medical and pathology logistics made up £52 million, or 35% of the total, "
            "as hospital trusts moved blood samples between sites by air. Operators flew some 620,000 commercial "
            "sorties in 2024, and one of them, SkyCourier, closed a £45 million funding round in February. In a "
            "Kestrel survey, 38% of consumers said they would accept a parcel by drone."
        ),
        obs=[
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2030, 1100, "GBP million", "estimate"),
            ("Medical and pathology logistics", 2024, 52, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 40, "percent", 2024, 2030, None, "inferred"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1100 / 148) ** (1/6) - 1 = 39.70% -> 40
            ("arithmetic", "exact"),   # 52 / 148 = 35.14% -> 35
        ],
    ),
    # 25. an industry-report paragraph: "rose 20% to €1.3 billion in 2024 from €1.1 billion in 2023" exact only within
    #    rounding; a quarter's €390 million, kilometres, a fitment rate and percentage points nowhere; 2027 forecast
    dict(
        text=(
            "Autonomous-driving systems for heavy trucks are no longer a pilot-only business in Europe. Spending on "
            "such systems — sensors, compute and driving software sold to fleets and truckmakers — rose 20% to "
            "€1.3 billion in 2024 from €1.1 billion in 2023, says the Brussels consultancy Meridane Partners. Its "
            "tally puts the fourth quarter alone at €390 million. Driverless hub-to-hub lanes now cover 2,400 "
            "kilometres, and the proportion of new heavy trucks fitted with hands-off capability rose 3.2 "
            "percentage points to 7.9%. Meridane expects the market to reach €2.4 billion in 2027."
        ),
        obs=[
            ("Total", 2024, 1.3, "EUR billion", "actual"),
            ("Total", 2023, 1.1, "EUR billion", "actual"),
            ("Total", 2027, 2.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 21.3 / 1.1 - 1 = 18.18% -> 18, not 20; bounds 1.25/1.15-1 = 8.70% .. 1.35/1.05-1 = 28.57% reach 20
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. a Simplified-Chinese broker report: 约27.6亿元 (2024), 预计2025年53亿元 "同比增长92%", 2030年突破870亿元,
    #    "2024-2030年复合增长率约78%"; shipments (台), unit prices (万元), 万亿级赛道, issue number, rating nowhere
    dict(
        text=(
            "华岳证券研究所（2025年3月18日）发布人形机器人行业深度报告（第12期）指出，2024年我国人形机器人市场规模约为"
            "27.6亿元，全年整机出货量约4,000台，单台均价已由2022年的约60万元降至35万元左右。报告预计，2025年市场规模将"
            "达到53亿元，同比增长92%；到2030年有望突破870亿元，2024-2030年复合增长率约78%。报告认为，人形机器人是继"
            "新能源汽车之后又一个万亿级赛道，维持行业“强于大市”评级。"
        ),
        obs=[
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2025, 53, "CNY 100 million", "estimate"),
            ("Total", 2030, 870, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 92, "percent", 2024, 2025, 1.0),
            ("cagr", 78, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 53 / 27.6 - 1 = 92.03% -> 92
            ("cagr|implied", "exact"),  # (870 / 27.6) ** (1/6) - 1 = 77.73% -> 78
        ],
    ),
    # 27. a Simplified-Chinese city plan: 到2027年…突破1000亿元 (target), 2024年386亿元 "较2023年的293亿元同比增长31.7%";
    #    plan title years, airports, landing points, sorties (架次), firm counts nowhere
    dict(
        text=(
            "临江市人民政府办公厅日前印发《临江市低空经济高质量发展三年行动方案（2025—2027年）》。方案提出，到2027年，"
            "全市低空经济规模突破1000亿元，建成通用机场3个、无人机起降点600个以上。数据显示，2024年全市低空经济产业"
            "规模达到386亿元，较2023年的293亿元同比增长31.7%；全年无人机物流配送飞行超过12万架次，集聚相关企业300余家。"
        ),
        obs=[
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 293, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 293 - 1 = 31.74% -> 31.7
        ],
    ),
    # 28. a Simplified-Chinese white paper: 912亿元 vs 724亿元 "增长26.0%", a segment "L2+高阶智驾方案…286亿元，占比31.4%";
    #    a fitment rate 57.3% with 个百分点, a supplier's own 营收, R&D headcount, title year nowhere
    dict(
        text=(
            "据行者咨询发布的《2025中国智能驾驶产业白皮书》，2024年中国智能驾驶解决方案市场规模为912亿元，较2023年的"
            "724亿元增长26.0%。其中，L2+高阶智驾方案的市场规模为286亿元，占比31.4%。2024年国内乘用车L2级及以上辅助驾驶"
            "新车搭载率达到57.3%，较上年提升9.8个百分点。头部供应商启明智行全年营收为41.5亿元，研发人员超过2,600人。"
        ),
        obs=[
            ("Total", 2024, 912, "CNY 100 million", "actual"),
            ("Total", 2023, 724, "CNY 100 million", "actual"),
            ("L2+高阶智驾方案", 2024, 286, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("share", 31.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 912 / 724 - 1 = 25.97% -> 26.0
            ("arithmetic", "exact"),    # 286 / 912 = 31.36% -> 31.4
        ],
    ),
    # 29. a Traditional-Chinese Taiwan news report in 新台幣億元: 186億元 "較前一年的152億元成長22.4%", 今年 "可望突破
    #    新台幣230億元" (estimate), 2030年 500億元; shipments (萬台), robot density, 逾六成 (survey fraction) nowhere
    dict(
        text=(
            "【記者林怡君／台北報導】台灣智慧自動化與機器人協會於2025年5月20日發布年度調查，2024年國內服務型機器人市場"
            "產值達新台幣186億元，較前一年的152億元成長22.4%。協會預估，隨著餐飲、醫療與倉儲場域導入加速，今年產值可望"
            "突破新台幣230億元，2030年有望達到新台幣500億元。不過，去年服務型機器人出貨量僅約1.8萬台，製造業機器人密度"
            "為每萬名員工278台；會員廠商中已有逾六成導入生成式AI。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 152, "TWD 100 million", "actual"),
            ("Total", 2025, 230, "TWD 100 million", "estimate"),
            ("Total", 2030, 500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 152 - 1 = 22.37% -> 22.4
        ],
    ),
    # 30. a Traditional-Chinese Hong Kong release in 億港元: 去年約39億港元 "按年增長約20%", 2023年約33億港元 -- exact only
    #     within rounding; 今年 46億港元 (estimate); AGV count and a funding total in 億港元 nowhere
    dict(
        text=(
            "（香港，2025年9月2日）香港機械人及自動化產業聯盟最新報告顯示，去年本港服務機械人及自動駕駛物流方案市場規模"
            "約39億港元，按年增長約20%；2023年則約為33億港元。報告預期，今年市場規模將增至46億港元。聯盟指出，本港機場及"
            "貨櫃碼頭已部署逾800台自動導引車，而本地相關初創企業去年合共獲得約12億港元融資。"
        ),
        obs=[
            ("Total", 2024, 39, "HKD 100 million", "actual"),
            ("Total", 2023, 33, "HKD 100 million", "actual"),
            ("Total", 2025, 46, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 39 / 33 - 1 = 18.18% -> 18, not 20; bounds 38.5/33.5-1 = 14.93% .. 39.5/32.5-1 = 21.54% reach 20
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. a Traditional-Chinese item on Japan in 億日圓: 4,820億日圓 vs 4,150億日圓 "增長16.1%", a segment
    #     "清潔與配送機器人合計約1,310億日圓，占整體27.2%", 2025 forecast; shipments (萬台) and robot density nowhere
    dict(
        text=(
            "日本次世代機器人振興會公布統計指出，2024年日本服務機器人市場規模達到4,820億日圓，較2023年的4,150億日圓"
            "增長16.1%。其中，清潔與配送機器人合計約1,310億日圓，占整體27.2%。同期日本產業用機器人出貨量約18.6萬台，"
            "每萬名製造業員工的機器人密度為419台。振興會預估，2025年市場規模將擴大至5,400億日圓，人手不足仍是主要推動力。"
        ),
        obs=[
            ("Total", 2024, 4820, "JPY 100 million", "actual"),
            ("Total", 2023, 4150, "JPY 100 million", "actual"),
            ("Total", 2025, 5400, "JPY 100 million", "estimate"),
            ("清潔與配送機器人", 2024, 1310, "JPY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("share", 27.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4820 / 4150 - 1 = 16.14% -> 16.1
            ("arithmetic", "exact"),    # 1310 / 4820 = 27.18% -> 27.2
        ],
    ),
    # 32. a Simplified-Chinese conference report on embodied AI: 523亿元 "同比增长约35%" while 2023年 was 418亿元 --
    #     inconsistent; 2027年超过1,200亿元 (estimate at printed figure); funding deals and money, a quarter's 环比 nowhere
    dict(
        text=(
            "2025年7月，在上海举行的具身智能产业大会上，浦江智研院发布报告称，2024年我国具身智能市场规模增至523亿元，"
            "同比增长约35%，2023年这一数字为418亿元。报告预计，2027年市场规模将超过1,200亿元。今年上半年，国内具身智能"
            "领域共发生融资事件96起，披露融资金额超过210亿元；单看二季度，机器人整机出货量环比增长41%。"
        ),
        obs=[
            ("Total", 2024, 523, "CNY 100 million", "actual"),
            ("Total", 2023, 418, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 523 / 418 - 1 = 25.12%; bounds 522.5/418.5-1 = 24.85% .. 523.5/417.5-1 = 25.39%; 35 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. a Simplified-Chinese forecast mixing scales: 3,860亿元 (series opens in 亿元) then 1.2万亿元 expected as 12000,
    #     "2024—2030年年均复合增长率约20.8%"; test-road kilometres (万公里), fleet size, test mileage (亿公里) nowhere
    dict(
        text=(
            "中汽智联研究院数据显示，2024年国内自动驾驶市场规模为3,860亿元。研究院预计，到2030年这一规模将达到1.2万亿元，"
            "2024—2030年年均复合增长率约20.8%。截至2024年底，全国累计开放智能网联汽车测试道路超过3.2万公里，Robotaxi"
            "车队规模约3,000辆，累计测试里程突破1.6亿公里。"
        ),
        obs=[
            ("Total", 2024, 3860, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12000 / 3860) ** (1/6) - 1 = 20.81% -> 20.8
        ],
    ),
    # 34. a Simplified-Chinese feature on unmanned delivery: 约18亿元 "较2021年的4.5亿元增长3倍" (x4 over 3 years, no
    #     verdict), 2023年约15亿元 and "同比增长22%" exact only within rounding; vehicle count (万台), unit price nowhere
    dict(
        text=(
            "无人配送车正在走出园区。根据远帆咨询的测算，2024年国内无人配送（含低速无人配送车与末端配送无人机）市场规模约"
            "18亿元，较2021年的4.5亿元增长3倍；2023年约为15亿元，2024年同比增长22%。目前全国投入运营的无人配送车已超过"
            "1.5万台，单车售价降至不足10万元。远帆咨询认为，到2026年这一市场有望达到40亿元。"
        ),
        obs=[
            ("Total", 2024, 18, "CNY 100 million", "actual"),
            ("Total", 2021, 4.5, "CNY 100 million", "actual"),
            ("Total", 2023, 15, "CNY 100 million", "actual"),
            ("Total", 2026, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4 (18 / 4.5 = 4)
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18 / 15 - 1 = 20.0% -> 20, not 22; bounds 17.5/15.5-1 = 12.90% .. 18.5/14.5-1 = 27.59% reach 22
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. an English pipe table by region and year with a 2025E column and a Total row; a prose share "49.4% of the
    #     2024 total"; table number and paid rides / city count nowhere
    dict(
        text=(
            "Table 3: Global robotaxi services market by region, USD million (2025E = forecast)\n"
            "| Region | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| North America | 412 | 688 | 1,105 |\n"
            "| China | 356 | 590 | 980 |\n"
            "| Europe | 38 | 71 | 132 |\n"
            "| Rest of world | 21 | 44 | 83 |\n"
            "| Total | 827 | 1,393 | 2,300 |\n"
            "Source: Palisade Mobility Research. North America accounted for 49.4% of the 2024 total. Paid "
            "driverless rides reached 9.6 million in 2024 across 14 cities."
        ),
        obs=[
            ("North America", 2023, 412, "USD million", "actual"),
            ("North America", 2024, 688, "USD million", "actual"),
            ("North America", 2025, 1105, "USD million", "estimate"),
            ("China", 2023, 356, "USD million", "actual"),
            ("China", 2024, 590, "USD million", "actual"),
            ("China", 2025, 980, "USD million", "estimate"),
            ("Europe", 2023, 38, "USD million", "actual"),
            ("Europe", 2024, 71, "USD million", "actual"),
            ("Europe", 2025, 132, "USD million", "estimate"),
            ("Rest of world", 2023, 21, "USD million", "actual"),
            ("Rest of world", 2024, 44, "USD million", "actual"),
            ("Rest of world", 2025, 83, "USD million", "estimate"),
            ("Total", 2023, 827, "USD million", "actual"),
            ("Total", 2024, 1393, "USD million", "actual"),
            ("Total", 2025, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("share", 49.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2023: 412 + 356 + 38 + 21 = 827
            ("hierarchy", "exact"),   # 2024: 688 + 590 + 71 + 44 = 1393
            ("hierarchy", "exact"),   # 2025E: 1105 + 980 + 132 + 83 = 2300
            ("arithmetic", "exact"),  # 688 / 1393 = 49.39% -> 49.4
        ],
    ),
    # 36. two Chinese space-aligned vertical tables: units sold (万台) beside value in a lone column headed "亿元"
    #     (the market's Total); only the value table is observed; note "同比增长5.9%"; robot density nowhere
    dict(
        text=(
            "表1 2021—2025年中国工业机器人销量\n"
            "年份      销量（万台）\n"
            "2021      26.8\n"
            "2022      28.3\n"
            "2023      28.4\n"
            "2024      30.2\n"
            "2025E     32.5\n"
            "\n"
            "表2 2021—2025年中国工业机器人市场规模\n"
            "年份      亿元\n"
            "2021      606\n"
            "2022      587\n"
            "2023      612\n"
            "2024      648\n"
            "2025E     690\n"
            "注：2024年市场规模同比增长5.9%；制造业机器人密度达到470台/万人。资料来源：启衡产业研究院。"
        ),
        obs=[
            ("Total", 2021, 606, "CNY 100 million", "actual"),
            ("Total", 2022, 587, "CNY 100 million", "actual"),
            ("Total", 2023, 612, "CNY 100 million", "actual"),
            ("Total", 2024, 648, "CNY 100 million", "actual"),
            ("Total", 2025, 690, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 5.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 648 / 612 - 1 = 5.88% -> 5.9
        ],
    ),
    # 37. a Traditional-Chinese tab-separated table in 新台幣億元 with a 合計 row and a 預估 column; the 2023 column adds
    #     only within rounding (26.4 vs 26.5); a note "合計較前一年成長25.7%"; drones shipped (萬架) nowhere
    dict(
        text=(
            "表二　臺灣無人機應用服務市場規模（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "農業植保\t12.4\t14.8\t17.6\n"
            "巡檢測繪\t8.7\t10.9\t13.5\n"
            "物流配送\t5.3\t7.6\t11.2\n"
            "合計\t26.5\t33.3\t42.3\n"
            "資料來源：臺灣無人載具產業聯盟。2024年合計較前一年成長25.7%；同年無人機出貨量約2.1萬架。"
        ),
        obs=[
            ("農業植保", 2023, 12.4, "TWD 100 million", "actual"),
            ("農業植保", 2024, 14.8, "TWD 100 million", "actual"),
            ("農業植保", 2025, 17.6, "TWD 100 million", "estimate"),
            ("巡檢測繪", 2023, 8.7, "TWD 100 million", "actual"),
            ("巡檢測繪", 2024, 10.9, "TWD 100 million", "actual"),
            ("巡檢測繪", 2025, 13.5, "TWD 100 million", "estimate"),
            ("物流配送", 2023, 5.3, "TWD 100 million", "actual"),
            ("物流配送", 2024, 7.6, "TWD 100 million", "actual"),
            ("物流配送", 2025, 11.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 26.5, "TWD 100 million", "actual"),
            ("合計", 2024, 33.3, "TWD 100 million", "actual"),
            ("合計", 2025, 42.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2023: 12.4 + 8.7 + 5.3 = 26.4, not 26.5; bounds 26.25 .. 26.55 reach 26.5
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2024: 14.8 + 10.9 + 7.6 = 33.3
            ("hierarchy", "exact"),     # 2025: 17.6 + 13.5 + 11.2 = 42.3
            ("cagr|implied", "exact"),  # 33.3 / 26.5 - 1 = 25.66% -> 25.7
        ],
    ),
    # 38. an English space-aligned vertical table (rows are fiscal years, FY2025e) in ¥ billion with two value columns,
    #     each an item of its own name; "grew 12.6% in fiscal 2024"; units shipped and robot density nowhere
    dict(
        text=(
            "Japan robot market by fiscal year (¥ billion) — Nihon Robotics Economic Council\n"
            "Fiscal year   Service robots   Industrial robots\n"
            "FY2022                 318.5            1,012.4\n"
            "FY2023                 352.0              958.7\n"
            "FY2024                 396.4            1,004.1\n"
            "FY2025e                441.0            1,060.0\n"
            "Service-robot sales grew 12.6% in fiscal 2024, while industrial-robot shipments recovered to 186,000 "
            "units. The council counts 397 robots per 10,000 manufacturing employees."
        ),
        obs=[
            ("Service robots", 2022, 318.5, "JPY billion", "actual"),
            ("Service robots", 2023, 352.0, "JPY billion", "actual"),
            ("Service robots", 2024, 396.4, "JPY billion", "actual"),
            ("Service robots", 2025, 441.0, "JPY billion", "estimate"),
            ("Industrial robots", 2022, 1012.4, "JPY billion", "actual"),
            ("Industrial robots", 2023, 958.7, "JPY billion", "actual"),
            ("Industrial robots", 2024, 1004.1, "JPY billion", "actual"),
            ("Industrial robots", 2025, 1060.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 396.4 / 352.0 - 1 = 12.61% -> 12.6
        ],
    ),
    # 39. a Simplified-Chinese pipe table of one year (from its title) by value-chain segment with a 占比 column and a
    #     合计 row; each row's share is a claim, the 100.0% total is none; shipments in a note nowhere
    dict(
        text=(
            "2024年中国人形机器人产业链各环节市场规模\n"
            "| 环节 | 市场规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 整机 | 15.2 | 55.1% |\n"
            "| 核心零部件 | 7.8 | 28.3% |\n"
            "| 软件与算法 | 3.1 | 11.2% |\n"
            "| 系统集成服务 | 1.5 | 5.4% |\n"
            "| 合计 | 27.6 | 100.0% |\n"
            "数据来源：华岳证券研究所。注：核心零部件含减速器、伺服电机、灵巧手等；2024年整机出货量约4,000台。"
        ),
        obs=[
            ("整机", 2024, 15.2, "CNY 100 million", "actual"),
            ("核心零部件", 2024, 7.8, "CNY 100 million", "actual"),
            ("软件与算法", 2024, 3.1, "CNY 100 million", "actual"),
            ("系统集成服务", 2024, 1.5, "CNY 100 million", "actual"),
            ("合计", 2024, 27.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 55.1, "percent", 2024, 2024, None),
            ("share", 28.3, "percent", 2024, 2024, None),
            ("share", 11.2, "percent", 2024, 2024, None),
            ("share", 5.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 15.2 + 7.8 + 3.1 + 1.5 = 27.6
            ("arithmetic", "exact"),  # 15.2 / 27.6 = 55.07% -> 55.1
            ("arithmetic", "exact"),  # 7.8 / 27.6 = 28.26% -> 28.3
            ("arithmetic", "exact"),  # 3.1 / 27.6 = 11.23% -> 11.2
            ("arithmetic", "exact"),  # 1.5 / 27.6 = 5.43% -> 5.4
        ],
    ),
    # 40. an English tab-separated broker table in RMB bn with three E columns and a Total row, then "a 2024-2027 CAGR
    #     of 22.4%"; a penetration rate, a target price and its upside nowhere
    dict(
        text=(
            "China assisted- and autonomous-driving systems market, RMB bn (Brightwater Capital estimates)\n"
            "Segment\t2024\t2025E\t2026E\t2027E\n"
            "L2 ADAS\t118.0\t131.5\t142.0\t150.8\n"
            "L2+ / NOA\t64.5\t96.0\t132.5\t171.0\n"
            "L4 robotaxi & robotruck\t3.2\t5.8\t10.4\t18.6\n"
            "Total\t185.7\t233.3\t284.9\t340.4\n"
            "We forecast a 2024-2027 CAGR of 22.4% for the total market, with NOA penetration of new cars rising to "
            "18% in 2025. Top pick: Zhenyu Auto Tech (target price HK$128, 31% upside)."
        ),
        obs=[
            ("L2 ADAS", 2024, 118.0, "CNY billion", "actual"),
            ("L2 ADAS", 2025, 131.5, "CNY billion", "estimate"),
            ("L2 ADAS", 2026, 142.0, "CNY billion", "estimate"),
            ("L2 ADAS", 2027, 150.8, "CNY billion", "estimate"),
            ("L2+ / NOA", 2024, 64.5, "CNY billion", "actual"),
            ("L2+ / NOA", 2025, 96.0, "CNY billion", "estimate"),
            ("L2+ / NOA", 2026, 132.5, "CNY billion", "estimate"),
            ("L2+ / NOA", 2027, 171.0, "CNY billion", "estimate"),
            ("L4 robotaxi & robotruck", 2024, 3.2, "CNY billion", "actual"),
            ("L4 robotaxi & robotruck", 2025, 5.8, "CNY billion", "estimate"),
            ("L4 robotaxi & robotruck", 2026, 10.4, "CNY billion", "estimate"),
            ("L4 robotaxi & robotruck", 2027, 18.6, "CNY billion", "estimate"),
            ("Total", 2024, 185.7, "CNY billion", "actual"),
            ("Total", 2025, 233.3, "CNY billion", "estimate"),
            ("Total", 2026, 284.9, "CNY billion", "estimate"),
            ("Total", 2027, 340.4, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 118.0 + 64.5 + 3.2 = 185.7
            ("hierarchy", "exact"),     # 2025E: 131.5 + 96.0 + 5.8 = 233.3
            ("hierarchy", "exact"),     # 2026E: 142.0 + 132.5 + 10.4 = 284.9
            ("hierarchy", "exact"),     # 2027E: 150.8 + 171.0 + 18.6 = 340.4
            ("cagr|implied", "exact"),  # (340.4 / 185.7) ** (1/3) - 1 = 22.38% -> 22.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventeenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 9, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 35.8% from 2024 to 2030',
    'nearly 2.7 times as much',
    'up 12% from $15.7 billion in 2022',
    'the total addressable market for its machines is about $11 billion this year',
    '£1.32 billion in 2030, up from £185 million in 2024',
    'grew 8.6% to ¥512.4 billion in fiscal 2024',
    'A rival estimate from Brightwater Partners put the 2024 market at €8.3 billion',
    'a compound annual rate of 64% over 2024-28',
    'a CAGR of 19.5% over 2023-2030',
    '2024—2030年年均复合增长率约为55%',
    '較2023年的165億元成長12.4%',
    '2024至2030年複合年增長率約33.5%',
    '到2035年有望突破3.5万亿元',
    '其中，城市NOA为332亿元，占比28%',
    '| Total | 23.7 | 27.5 | 32.0 |',
    '表1 2022—2024年中国工业机器人销量（万台）',
    'Year\tUSD million\tYoY',
    '單位：億円',
    'L4 robotaxi & trucks     4.7     11.8%',
    '合计\t32.5\t55.7\t210.0',
    'up 14% on the USD 10.35 billion recorded a year earlier',
    'a 2024-2030 CAGR of 68%',
    'That is a compound annual growth rate of roughly 45%',
    'growth of about 40% a year',
    'or 35% of the total',
    'rose 20% to €1.3 billion in 2024 from €1.1 billion in 2023',
    '同比增长92%',
    '较2023年的293亿元同比增长31.7%',
    '占比31.4%',
    '較前一年的152億元成長22.4%',
    '按年增長約20%',
    '占整體27.2%',
    '同比增长约35%',
    '将达到1.2万亿元',
    '较2021年的4.5亿元增长3倍',
    '| Total | 827 | 1,393 | 2,300 |',
    '年份      亿元',
    '合計\t26.5\t33.3\t42.3',
    'FY2025e',
    'Total\t185.7\t233.3\t284.9\t340.4',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 217
#: figures, 40 rates, 71 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-sixteenth and hundred-and-eighteenth sets: 217, 40, 74 and 2
FLOORS = {"figures_found": 220, "rates_found": 43, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset117.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
