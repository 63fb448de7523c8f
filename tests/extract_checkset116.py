"""A hundred-and-sixteenth check set for the extractor, written blind: robots and autonomous machines, in English and
Chinese (Simplified and Traditional) -- humanoid, service and industrial robots, robotaxis and driving systems,
delivery drones and low-altitude services, embodied AI, sized in money by robotics federations, brokers, city plans,
Japanese and Taiwanese associations and consultancies; units installed or shipped, robot density, prices per robot,
a company's own revenue or orders, fleet sizes, kilometres driven, funding rounds and percentage points are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English prose, dated federation release: "USD 16.5 billion in 2024, up 7% from USD 15.4 billion in 2023";
    #    distractors: units installed, robot density per 10,000 employees, a count of member associations
    dict(
        text=(
            "HAMBURG, 18 September 2025 — Factories kept buying robots last year even as several car plants paused "
            "their expansion plans. The installed value of new industrial robots worldwide came to USD 16.5 billion "
            "in 2024, up 7% from USD 15.4 billion in 2023, the World Automation Federation said in its annual "
            "review. Some 523,000 units went into service, and average robot density in manufacturing rose to 177 "
            "units per 10,000 employees. The federation's 61 member associations expect installations to pick up "
            "again in 2026."
        ),
        obs=[
            ("Total", 2024, 16.5, "USD billion", "actual"),
            ("Total", 2023, 15.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.5 / 15.4 - 1 = 7.143% -> 7
        ],
    ),
    # 2. English prose, broker's research note: "US$2.1bn this year" and "US$38bn by 2030", "2025-30 CAGR of 79%"
    #    (only within rounding); distractors: price per unit, shipments in units, a price target and its upside
    dict(
        text=(
            "Humanoids: from lab demo to line item — Kestrel Rock Securities, Asia Industrials, 9 May 2025. We "
            "estimate global spending on humanoid robots at US$2.1bn this year and forecast US$38bn by 2030, a "
            "2025-30 CAGR of 79%. Our bill-of-materials work puts the cost of a general-purpose unit at about "
            "US$62,000 today, falling below US$30,000 by the end of the decade. Shipments should climb from roughly "
            "18,000 units in 2025 to more than a million. We initiate on Shenlan Motion with a Buy rating and a "
            "HK$145 price target, implying 32% upside."
        ),
        obs=[
            ("Total", 2025, 2.1, "USD billion", "estimate"),
            ("Total", 2030, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 79, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (38 / 2.1) ** (1/5) - 1 = 78.45% -> 78, not 79;
            # bounds: (37.5 / 2.15) ** 0.2 - 1 = 77.14%, (38.5 / 2.05) ** 0.2 - 1 = 79.78% -> 79 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. English prose, robotaxi news: "about $1.2 billion in fares last year" (2025), "$7.5 billion in 2029",
    #    "roughly 58% a year" (CAGR inferred from the amounts' years); distractors: miles driven, fleet size,
    #    a company's fourth-quarter revenue, a second publisher's figure for the same year
    dict(
        text=(
            "SAN FRANCISCO, 2 February 2026 — Paid driverless rides in the United States generated about $1.2 "
            "billion in fares last year, according to Meridian Mobility Research, and the firm expects the American "
            "robotaxi market to reach $7.5 billion in 2029, growing by roughly 58% a year. The leading operator "
            "alone logged 92 million driverless miles in 2025 and now runs a fleet of 2,400 vehicles in seven "
            "cities. Its parent company booked fourth-quarter robotaxi revenue of $118 million. A rival tally by "
            "Canterbury Data puts last year's market at $1.5 billion."
        ),
        obs=[
            ("Total", 2025, 1.2, "USD billion", "actual"),
            ("Total", 2029, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 58, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.5 / 1.2) ** (1/4) - 1 = 6.25 ** 0.25 - 1 = 58.11% -> 58
        ],
    ),
    # 4. English earnings-call transcript: TAM "$9.4 billion in fiscal 2024" -> "about $23.5 billion by fiscal 2028",
    #    "roughly 2.5 times"; distractors: the company's quarterly revenue and its growth, basis points, margin,
    #    backlog, headcount, customer sites
    dict(
        text=(
            "Tallis Robotics, Q3 FY2025 earnings call, 6 November 2025 — prepared remarks.\n"
            "CFO Priya Okafor: Revenue for the quarter was $212 million, up 19% year on year, and gross margin "
            "expanded 140 basis points to 47.2%. Backlog ended the quarter at $1.1 billion.\n"
            "CEO Daniel Reyes: Stepping back, we size the total addressable market for autonomous mobile robots in "
            "warehouses at $9.4 billion in fiscal 2024, and we expect it to be roughly 2.5 times that, about $23.5 "
            "billion, by fiscal 2028. We now have 1,850 employees and robots live at 312 customer sites."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2028, 23.5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),  # 23.5 / 9.4 = 2.5; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 5. English prose, drone delivery: "$1.84 billion last year, up 36% from $1.45 billion in 2023" -- the rate
    #    contradicts its own amounts; a part ("Medical supplies"); distractors: deliveries flown, a funding round,
    #    "a multibillion-dollar opportunity"
    dict(
        text=(
            "LONDON, 3 April 2025 — Drone delivery is still small money, but it is compounding. Spending on "
            "commercial drone delivery services worldwide reached $1.84 billion last year, up 36% from $1.45 billion "
            "in 2023, estimates the consultancy Halvard & Pike. Medical supplies accounted for $0.52 billion of last "
            "year's spending. Operators flew about 3.1 million paid deliveries, and a single Series C round raised "
            "$150 million in January. Halvard & Pike calls the segment a multibillion-dollar opportunity by the end "
            "of the decade."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.45, "USD billion", "actual"),
            ("Medical supplies", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.84 / 1.45 - 1 = 26.90%; bounds 1.835 / 1.455 - 1 = 26.12%, 1.845 / 1.445 - 1 = 27.68% -> 36 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. English prose, consultancy outlook: whole market $13.2bn in 2024, "Cleaning robots ... $3.1 billion of that,
    #    or 23%" (part and whole printed -> arithmetic); distractors: a report title year, "about a fifth" in words,
    #    survey respondents and their answer, percentage points
    dict(
        text=(
            "From Ashgrove Insights' Service Robotics Outlook 2025: Hospitals and hotels led demand in 2024, when the "
            "global market for professional service robots reached $13.2 billion. Cleaning robots accounted for $3.1 "
            "billion of that, or 23%, ahead of logistics robots at $2.7 billion, about a fifth of the market. In "
            "Ashgrove's survey of 410 facility managers, 64% said they plan to add robots within two years. Cleaning's "
            "share rose by 4 percentage points from the year before."
        ),
        obs=[
            ("Total", 2024, 13.2, "USD billion", "actual"),
            ("Cleaning robots", 2024, 3.1, "USD billion", "actual"),
            ("Logistics robots", 2024, 2.7, "USD billion", "actual"),
        ],
        claims=[
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.1 / 13.2 = 23.48% -> 23
        ],
    ),
    # 7. English prose, Japanese yen: "¥48.6 billion in fiscal 2024, 12.3% more than the ¥43.3 billion of fiscal 2023"
    #    (only within rounding), "¥80 billion by fiscal 2030"; distractors: care workers, a shortfall, a unit price
    dict(
        text=(
            "TOKYO, 27 June 2025 — Japan's market for nursing-care and assistive robots grew to ¥48.6 billion in "
            "fiscal 2024, 12.3% more than the ¥43.3 billion of fiscal 2023, according to the Kansai Assistive "
            "Robotics Council. The council expects the market to reach ¥80 billion by fiscal 2030 as labour "
            "shortages deepen. It counts 1.9 million care workers nationwide and sees a shortfall of about 570,000 "
            "by 2040. Local subsidies now cover up to half the ¥1.2 million price of a transfer-assist unit."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2023, 43.3, "JPY billion", "actual"),
            ("Total", 2030, 80, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 48.6 / 43.3 - 1 = 12.24% -> 12.2, not 12.3;
            # bounds 48.55 / 43.35 - 1 = 11.995%, 48.65 / 43.25 - 1 = 12.486% -> 12.3 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. English investor-day remarks: embodied AI "$4.0 billion market in 2025" -> "$23 billion in 2030",
    #    "42% over 2025-2030" (stated); a part's 2030 figure; distractors: own revenue, a share target
    dict(
        text=(
            "Qiyuan Intelligence investor day, Shenzhen, 14 March 2025. Chief strategy officer Lena Marsh: \"We see "
            "embodied AI — the models, simulation and software that let machines act in the physical world — as a "
            "$4.0 billion market in 2025, growing to $23 billion in 2030, a compound annual growth rate of 42% over "
            "2025-2030. Within that, robot foundation-model licensing should be worth $6.5 billion in 2030. Our own "
            "software revenue was $86 million last year, and we are targeting a 15% share of this market by 2030.\""
        ),
        obs=[
            ("Total", 2025, 4.0, "USD billion", "estimate"),
            ("Total", 2030, 23, "USD billion", "estimate"),
            ("Robot foundation-model licensing", 2030, 6.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 42, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23 / 4.0) ** (1/5) - 1 = 5.75 ** 0.2 - 1 = 41.88% -> 42
        ],
    ),
    # 9. English prose, sterling: "£1.9 billion this year, up almost 19% from £1.6 billion in 2024", "£6.8 billion
    #    by 2035 ... more than triple this year's figure"; a second publisher's 2035 figure; jobs; vague "prize"
    dict(
        text=(
            "LONDON, 10 October 2025 — Britain wants to be the first country in Europe with driverless cars on "
            "ordinary roads, and the money is starting to follow. The UK market for connected and automated vehicle "
            "technology will be worth £1.9 billion this year, up almost 19% from £1.6 billion in 2024, according to "
            "the Pennine Mobility Institute. The institute expects £6.8 billion by 2035, more than triple this "
            "year's figure, and reckons the sector could support 38,000 jobs. A separate study by Calder & Finch "
            "puts the 2035 market at £9 billion. Ministers call it a multibillion-pound prize."
        ),
        obs=[
            ("Total", 2025, 1.9, "GBP billion", "estimate"),
            ("Total", 2024, 1.6, "GBP billion", "actual"),
            ("Total", 2035, 6.8, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2025, 2035, 10.0),  # "more than triple": x3 (6.8 / 1.9 = 3.58); no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.9 / 1.6 - 1 = 18.75% -> 19
        ],
    ),
    # 10. Simplified Chinese city plan: 2024年186亿元, "较上年的153亿元增长21.5%" (only within rounding),
    #     "到2027年…力争突破500亿元" target; distractors: plan title years, 企业数, 机器人密度, 万亿级赛道
    dict(
        text=(
            "【本报讯】2025年3月12日，青澜市政府印发《青澜市人形机器人产业创新发展行动方案（2025—2027年）》。"
            "方案披露，2024年全市机器人产业规模达到186亿元，较上年的153亿元增长21.5%。"
            "到2027年，全市机器人产业规模力争突破500亿元，培育10家以上具有全国影响力的整机企业，"
            "工业机器人密度达到每万名工人450台。方案称，人形机器人是一条万亿级赛道，青澜要在整机、关节模组和灵巧手等环节抢先布局。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2023, 153, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 186 / 153 - 1 = 21.57% -> 21.6, not 21.5;
            # bounds 185.5 / 153.5 - 1 = 20.85%, 186.5 / 152.5 - 1 = 22.30% -> 21.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Simplified Chinese broker report on 智能驾驶: 约1,250亿元 (2024) -> 5,800亿元 (2030), "2024-2030年复合增长率约29%"
    #     (stated), "到2035年…有望突破1.2万亿元" (series opens in 亿元 -> 12000); distractors: 渗透率, 百分点, 单车价格, rating
    dict(
        text=(
            "华曜证券在2025年7月发布的行业深度报告中测算，2024年中国智能驾驶市场规模约为1,250亿元，预计2030年将达到5,800亿元，"
            "2024-2030年复合增长率约29%；到2035年，市场规模有望突破1.2万亿元。报告指出，2025年上半年乘用车L2及以上辅助驾驶"
            "渗透率已升至57%，同比提升9个百分点，城市NOA方案的单车价格已降至5,000元以下。报告维持行业“强于大市”评级。"
        ),
        obs=[
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2030, 5800, "CNY 100 million", "estimate"),
            ("Total", 2035, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5800 / 1250) ** (1/6) - 1 = 4.64 ** (1/6) - 1 = 29.15% -> 29
        ],
    ),
    # 12. Traditional Chinese (Taiwan), 新台幣億元: 2024年182億元, "較2023年的153億元成長19.0%", 今年215億元 (estimate),
    #     2028年挑戰400億元; distractors: 出貨量萬台, 會員廠商家數, 七成 (survey answer as a fraction in words)
    dict(
        text=(
            "【台北訊】台灣機器人產業推動聯盟今（2025）年4月公布調查，2024年國內服務型機器人產值達新台幣182億元，"
            "較2023年的153億元成長19.0%。聯盟預估，今年產值可望增至215億元，2028年則挑戰400億元。"
            "去年服務型機器人出貨約2.3萬台；在受訪的126家會員廠商中，有七成計畫於未來兩年擴大投資。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2023, 153, "TWD 100 million", "actual"),
            ("Total", 2025, 215, "TWD 100 million", "estimate"),
            ("Total", 2028, 400, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 153 - 1 = 18.95% -> 19.0
        ],
    ),
    # 13. Traditional Chinese (Hong Kong), 億港元: 去年38.5億港元 -> 2028年72億港元, "年均複合增長率約17%" (inferred);
    #     a part 6.9億港元 "佔比約18%" (arithmetic); distractors: 約四成 in words, a company's HK$486 million turnover,
    #     robots deployed
    dict(
        text=(
            "（香港，2025年11月）港島智能產業研究中心發表報告指出，去年本港商用服務機器人市場規模達38.5億港元，"
            "預計2028年增至72億港元，年均複合增長率約17%。報告估計，餐飲及零售場景佔去年市場約四成，"
            "而醫療及護理機器人市場規模為6.9億港元，佔比約18%。本港目前已部署約5,200台商用服務機器人，"
            "一家本地龍頭企業去年營業額為4.86億港元（HK$486 million）。"
        ),
        obs=[
            ("Total", 2024, 38.5, "HKD 100 million", "actual"),
            ("Total", 2028, 72, "HKD 100 million", "estimate"),
            ("醫療及護理機器人", 2024, 6.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2028, None, "inferred"),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (72 / 38.5) ** (1/4) - 1 = 16.94% -> 17
            ("arithmetic", "exact"),  # 6.9 / 38.5 = 17.92% -> 18
        ],
    ),
    # 14. Simplified Chinese, 低空经济: 5,600亿元 (2024) "较2023年的4,200亿元增长33%", "到2030年…2万亿元，较2024年增长2.5倍"
    #     (two amounts printed -> x3.5), a part 约310亿元; distractors: 订单量(单), a company's 意向订单(架), 万亿级赛道
    dict(
        text=(
            "东岳财经2025年2月18日讯 据中翼低空经济研究院测算，2024年我国低空经济规模达到5,600亿元，较2023年的4,200亿元增长33%。"
            "研究院预计，到2030年这一规模将达到2万亿元，较2024年增长2.5倍。其中，无人机物流配送服务2024年规模约为310亿元。"
            "去年全国无人机配送订单量超过270万单，某头部eVTOL企业累计获得意向订单逾1,000架。业内普遍认为，低空经济是又一条万亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 5600, "CNY 100 million", "actual"),
            ("Total", 2023, 4200, "CNY 100 million", "actual"),
            ("Total", 2030, 20000, "CNY 100 million", "estimate"),
            ("无人机物流配送服务", 2024, 310, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
            ("multiple", 3.5, "multiple", 2024, 2030, 6.0),  # 增长2.5倍 between two printed amounts -> x3.5; no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5600 / 4200 - 1 = 33.33% -> 33
        ],
    ),
    # 15. English pipe table by segment and year with a Total row and an E column (USD billion); 2023 and 2025E
    #     add up exactly, 2024 only within rounding; distractors: table number, note number, a count of vendors
    dict(
        text=(
            "Table 3. Global professional service robot market by application, USD billion (Ashby Lane Research, "
            "January 2025)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Logistics & warehousing | 3.8 | 4.3 | 5.1 |\n"
            "| Cleaning | 2.7 | 3.1 | 3.6 |\n"
            "| Medical & healthcare | 2.2 | 2.6 | 3.0 |\n"
            "| Hospitality & retail | 1.0 | 1.2 | 1.5 |\n"
            "| Total | 9.7 | 11.3 | 13.2 |\n"
            "Note 2: consumer floor-cleaners are excluded; 1,240 vendors tracked."
        ),
        obs=[
            ("Logistics & warehousing", 2023, 3.8, "USD billion", "actual"),
            ("Logistics & warehousing", 2024, 4.3, "USD billion", "actual"),
            ("Logistics & warehousing", 2025, 5.1, "USD billion", "estimate"),
            ("Cleaning", 2023, 2.7, "USD billion", "actual"),
            ("Cleaning", 2024, 3.1, "USD billion", "actual"),
            ("Cleaning", 2025, 3.6, "USD billion", "estimate"),
            ("Medical & healthcare", 2023, 2.2, "USD billion", "actual"),
            ("Medical & healthcare", 2024, 2.6, "USD billion", "actual"),
            ("Medical & healthcare", 2025, 3.0, "USD billion", "estimate"),
            ("Hospitality & retail", 2023, 1.0, "USD billion", "actual"),
            ("Hospitality & retail", 2024, 1.2, "USD billion", "actual"),
            ("Hospitality & retail", 2025, 1.5, "USD billion", "estimate"),
            ("Total", 2023, 9.7, "USD billion", "actual"),
            ("Total", 2024, 11.3, "USD billion", "actual"),
            ("Total", 2025, 13.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.8 + 2.7 + 2.2 + 1.0 = 9.7 = 9.7
            # 2024: 4.3 + 3.1 + 2.6 + 1.2 = 11.2 vs 11.3; rows at +-0.05 give 11.0..11.4, total 11.25..11.35 -> reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 5.1 + 3.6 + 3.0 + 1.5 = 13.2 = 13.2
        ],
    ),
    # 16. Simplified Chinese, tab-separated: a units table (万台, no observation) beside a value table (亿元) by type
    #     with a 合计 row; every value column adds up; distractors: table numbers, title years, 机器人密度
    dict(
        text=(
            "表1 2022—2024年中国工业机器人分类型销量（万台）\n"
            "类型\t2022\t2023\t2024\n"
            "多关节机器人\t18.6\t19.9\t21.4\n"
            "SCARA机器人\t5.2\t5.6\t6.1\n"
            "协作机器人\t2.0\t2.6\t3.3\n"
            "合计\t25.8\t28.1\t30.8\n"
            "\n"
            "表2 2022—2024年中国工业机器人分类型市场规模（亿元）\n"
            "类型\t2022\t2023\t2024\n"
            "多关节机器人\t412\t436\t468\n"
            "SCARA机器人\t68\t71\t77\n"
            "协作机器人\t26\t33\t41\n"
            "合计\t506\t540\t586\n"
            "资料来源：中机智研。注：2024年我国制造业机器人密度为每万名工人470台。"
        ),
        obs=[
            ("多关节机器人", 2022, 412, "CNY 100 million", "actual"),
            ("多关节机器人", 2023, 436, "CNY 100 million", "actual"),
            ("多关节机器人", 2024, 468, "CNY 100 million", "actual"),
            ("SCARA机器人", 2022, 68, "CNY 100 million", "actual"),
            ("SCARA机器人", 2023, 71, "CNY 100 million", "actual"),
            ("SCARA机器人", 2024, 77, "CNY 100 million", "actual"),
            ("协作机器人", 2022, 26, "CNY 100 million", "actual"),
            ("协作机器人", 2023, 33, "CNY 100 million", "actual"),
            ("协作机器人", 2024, 41, "CNY 100 million", "actual"),
            ("合计", 2022, 506, "CNY 100 million", "actual"),
            ("合计", 2023, 540, "CNY 100 million", "actual"),
            ("合计", 2024, 586, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 412 + 68 + 26 = 506
            ("hierarchy", "exact"),  # 2023: 436 + 71 + 33 = 540
            ("hierarchy", "exact"),  # 2024: 468 + 77 + 41 = 586
        ],
    ),
    # 17. English vertical space-aligned table, rows are years (2025F, 2026F forecasts), two value columns named by
    #     their headers; a stated CAGR "83% a year between 2024 and 2026"; distractors: exhibit number, fleet size
    dict(
        text=(
            "Exhibit 7: China autonomous mobility revenue pool, USD million (Tellurian Capital estimates)\n"
            "Year     Robotaxi services    Autonomous trucking\n"
            "2022                   54                     31\n"
            "2023                   96                     47\n"
            "2024                  168                     70\n"
            "2025F                 310                    112\n"
            "2026F                 560                    175\n"
            "Robotaxi services should compound at 83% a year between 2024 and 2026 as fleets scale past 10,000 "
            "vehicles."
        ),
        obs=[
            ("Robotaxi services", 2022, 54, "USD million", "actual"),
            ("Robotaxi services", 2023, 96, "USD million", "actual"),
            ("Robotaxi services", 2024, 168, "USD million", "actual"),
            ("Robotaxi services", 2025, 310, "USD million", "estimate"),
            ("Robotaxi services", 2026, 560, "USD million", "estimate"),
            ("Autonomous trucking", 2022, 31, "USD million", "actual"),
            ("Autonomous trucking", 2023, 47, "USD million", "actual"),
            ("Autonomous trucking", 2024, 70, "USD million", "actual"),
            ("Autonomous trucking", 2025, 112, "USD million", "estimate"),
            ("Autonomous trucking", 2026, 175, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 83, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (560 / 168) ** (1/2) - 1 = 82.57% -> 83
        ],
    ),
    # 18. English space-aligned table of Japan's service robot market (¥ billion) by segment, FY2023, FY2024, FY2025e
    #     with a Total row whose FY2024 figure contradicts its rows (105.1 printed as 101.5); distractors: a survey
    #     count of makers, unit shipments
    dict(
        text=(
            "Japan service robot market by segment (¥ billion) — Osaka Robot Industry Forum, survey of 214 makers\n"
            "Segment                FY2023    FY2024    FY2025e\n"
            "Nursing care             43.3      48.6       55.0\n"
            "Logistics                29.8      32.9       37.6\n"
            "Food service             12.1      13.4       15.8\n"
            "Cleaning & security       9.4      10.2       11.6\n"
            "Total                    94.6     101.5      120.0\n"
            "Unit shipments in FY2024: 41,300."
        ),
        obs=[
            ("Nursing care", 2023, 43.3, "JPY billion", "actual"),
            ("Nursing care", 2024, 48.6, "JPY billion", "actual"),
            ("Nursing care", 2025, 55.0, "JPY billion", "estimate"),
            ("Logistics", 2023, 29.8, "JPY billion", "actual"),
            ("Logistics", 2024, 32.9, "JPY billion", "actual"),
            ("Logistics", 2025, 37.6, "JPY billion", "estimate"),
            ("Food service", 2023, 12.1, "JPY billion", "actual"),
            ("Food service", 2024, 13.4, "JPY billion", "actual"),
            ("Food service", 2025, 15.8, "JPY billion", "estimate"),
            ("Cleaning & security", 2023, 9.4, "JPY billion", "actual"),
            ("Cleaning & security", 2024, 10.2, "JPY billion", "actual"),
            ("Cleaning & security", 2025, 11.6, "JPY billion", "estimate"),
            ("Total", 2023, 94.6, "JPY billion", "actual"),
            ("Total", 2024, 101.5, "JPY billion", "actual"),
            ("Total", 2025, 120.0, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 43.3 + 29.8 + 12.1 + 9.4 = 94.6
            # FY2024: 48.6 + 32.9 + 13.4 + 10.2 = 105.1 vs 101.5; rows at +-0.05 give 104.9..105.3, total 101.45..101.55
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # FY2025e: 55.0 + 37.6 + 15.8 + 11.6 = 120.0
        ],
    ),
    # 19. Traditional Chinese pipe table (新台幣億元) by category, 2023年, 2024年, 2025年(預估), 合計 row and a 2024年占比
    #     column (shares: two exact, one only within rounding; the 100% total no claim); distractors: table number,
    #     a source date, 出貨量萬台
    dict(
        text=(
            "表二　臺灣智慧機器人產值（單位：新台幣億元）\n"
            "| 類別 | 2023年 | 2024年 | 2025年(預估) | 2024年占比 |\n"
            "|---|---|---|---|---|\n"
            "| 工業機器人 | 312 | 338 | 365 | 56.1% |\n"
            "| 服務型機器人 | 153 | 182 | 215 | 30.2% |\n"
            "| 關鍵零組件 | 71 | 83 | 96 | 13.7% |\n"
            "| 合計 | 536 | 603 | 676 | 100% |\n"
            "資料來源：台灣機器人產業推動聯盟（2025年5月）。註：2024年機器人出貨量約4.1萬台。"
        ),
        obs=[
            ("工業機器人", 2023, 312, "TWD 100 million", "actual"),
            ("工業機器人", 2024, 338, "TWD 100 million", "actual"),
            ("工業機器人", 2025, 365, "TWD 100 million", "estimate"),
            ("服務型機器人", 2023, 153, "TWD 100 million", "actual"),
            ("服務型機器人", 2024, 182, "TWD 100 million", "actual"),
            ("服務型機器人", 2025, 215, "TWD 100 million", "estimate"),
            ("關鍵零組件", 2023, 71, "TWD 100 million", "actual"),
            ("關鍵零組件", 2024, 83, "TWD 100 million", "actual"),
            ("關鍵零組件", 2025, 96, "TWD 100 million", "estimate"),
            ("合計", 2023, 536, "TWD 100 million", "actual"),
            ("合計", 2024, 603, "TWD 100 million", "actual"),
            ("合計", 2025, 676, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 56.1, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
            ("share", 13.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 312 + 153 + 71 = 536
            ("hierarchy", "exact"),  # 2024: 338 + 182 + 83 = 603
            ("hierarchy", "exact"),  # 2025(預估): 365 + 215 + 96 = 676
            ("arithmetic", "exact"),  # 338 / 603 = 56.05% -> 56.1
            ("arithmetic", "exact"),  # 182 / 603 = 30.18% -> 30.2
            # 83 / 603 = 13.765% -> 13.8, not 13.7; bounds 82.5 / 603.5 = 13.670%, 83.5 / 602.5 = 13.859% -> 13.7 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 20. Simplified Chinese vertical pipe table, rows are years (2025E-2027E forecasts), a lone value column headed by
    #     its unit only (亿元 -> Total) and a 同比 column (year-on-year rates, all exact); a stated CAGR
    #     "2024—2027年复合增长率约77%" below; distractors: chart number, title years, 出货量万台, 单台均价
    dict(
        text=(
            "图表12：中国人形机器人市场规模及增速（2022—2027E）\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2022 | 12.4 | — |\n"
            "| 2023 | 27.6 | 122.6% |\n"
            "| 2024 | 52.3 | 89.5% |\n"
            "| 2025E | 95.0 | 81.6% |\n"
            "| 2026E | 168.0 | 76.8% |\n"
            "| 2027E | 290.0 | 72.6% |\n"
            "资料来源：星衡证券研究所。我们预计2024—2027年复合增长率约77%，2027年人形机器人出货量将达到6.2万台，单台均价降至约47万元。"
        ),
        obs=[
            ("Total", 2022, 12.4, "CNY 100 million", "actual"),
            ("Total", 2023, 27.6, "CNY 100 million", "actual"),
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2025, 95.0, "CNY 100 million", "estimate"),
            ("Total", 2026, 168.0, "CNY 100 million", "estimate"),
            ("Total", 2027, 290.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 122.6, "percent", 2022, 2023, 1.0),
            ("growth", 89.5, "percent", 2023, 2024, 1.0),
            ("growth", 81.6, "percent", 2024, 2025, 1.0),
            ("growth", 76.8, "percent", 2025, 2026, 1.0),
            ("growth", 72.6, "percent", 2026, 2027, 1.0),
            ("cagr", 77, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.6 / 12.4 - 1 = 122.58% -> 122.6
            ("cagr|implied", "exact"),  # 52.3 / 27.6 - 1 = 89.49% -> 89.5
            ("cagr|implied", "exact"),  # 95.0 / 52.3 - 1 = 81.64% -> 81.6
            ("cagr|implied", "exact"),  # 168.0 / 95.0 - 1 = 76.84% -> 76.8
            ("cagr|implied", "exact"),  # 290.0 / 168.0 - 1 = 72.62% -> 72.6
            ("cagr|implied", "exact"),  # (290.0 / 52.3) ** (1/3) - 1 = 77.00% -> 77
        ],
    ),
    # 21. English press release from a robotics federation: installed value "$16.7 billion" in 2024, "a rise of 4% on
    #    the $16.1 billion"; distractors: units installed, price per robot, robot density, percentage points, a unit
    #    growth forecast, count of member associations
    dict(
        text=(
            "FRANKFURT, 23 September 2025 — Factories worldwide put $16.7 billion worth of new industrial robots into "
            "service in 2024, the Global Robotics Alliance said in its annual yearbook, a rise of 4% on the $16.1 "
            "billion recorded for 2023. Installations slipped to 523,000 units, but costlier welding and painting "
            "cells lifted the average price per robot to about $31,900. Robot density in manufacturing climbed to 177 "
            "units per 10,000 employees, and China's share of new installations rose by three percentage points. The "
            "alliance, which groups 58 national associations, expects installations to grow by around 6% this year."
        ),
        obs=[
            ("Total", 2024, 16.7, "USD billion", "actual"),
            ("Total", 2023, 16.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 4.0, "percent", 2023, 2024, 1.0),  # "a rise of 4%"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.7 / 16.1 - 1 = 3.727% -> 4 (bounds 3.10..4.36)
        ],
    ),
    # 22. English earnings call: a CEO sizes the humanoid TAM at "roughly $2.4 billion this year" and "$38 billion by
    #    2035", "a compound growth rate of about 32%" with no printed span (inferred); distractors: quarterly revenue
    #    and its growth, backlog units, gross margin, a price target and its upside, "Q2 fiscal 2025"
    dict(
        text=(
            "Altamira Robotics, second-quarter fiscal 2025 results call, 6 August 2025. Chief executive Dana "
            "Whitcombe: \"Revenue for the quarter was $412 million, up 18% year on year, and we closed June with a "
            "backlog of 2,300 humanoid units. Stepping back, we size the total addressable market for general-purpose "
            "humanoids at roughly $2.4 billion this year, and we see it reaching $38 billion by 2035, a compound "
            "growth rate of about 32%. Our gross margin of 31.5% leaves room to cut prices as volumes rise.\" Later "
            "on the call, an analyst at Brightwater Securities reiterated a $96 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),   # "this year" on a 2025 call
            ("Total", 2035, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32.0, "percent", 2025, 2035, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 2.4) ** (1/10) - 1 = 31.81% -> 32 (bounds 31.37..32.26)
        ],
    ),
    # 23. English news feature on robotaxis: "$1.1 billion in fares last year" -> "$7.8 billion by 2030", "a compound
    #    annual growth rate of 38.2% over 2024-2030" (rounding); a second publisher's 2024 figure (nowhere); fleet
    #    size, miles in a quarter, a funding round as distractors
    dict(
        text=(
            "SAN FRANCISCO, 12 May 2025 — Paid driverless rides are no longer a novelty in a handful of American "
            "cities. The US robotaxi market took in $1.1 billion in fares last year and is on track to hit $7.8 "
            "billion by 2030, a compound annual growth rate of 38.2% over 2024-2030, according to Halvard Mobility "
            "Partners. The leading operator's fleet has passed 1,500 vehicles, which logged 71 million driverless "
            "miles in the first quarter alone. A rival estimate from Corbel Research puts last year's market at $0.9 "
            "billion. Separately, Pacifica AV closed a $600 million Series D round last month."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2030, 7.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 38.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.8 / 1.1) ** (1/6) - 1 = 38.61% -> 38.6, not 38.2; bounds (7.75/1.15)**(1/6)-1 = 37.44% ..
            # (7.85/1.05)**(1/6)-1 = 39.83%, which holds 38.2 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. English industry report on UK drone delivery: "£142 million in 2024" and "£1.05 billion in 2030" (series
    #    keeps GBP million -> 1050), "annual growth of 42% between 2024 and 2030" that its own figures contradict;
    #    a part "Medical logistics ... £51 million ... or 36%" (arithmetic); survey answer and corridor count
    dict(
        text=(
            "Drone delivery in Britain is still small but scaling quickly, according to a new report from Kestrel "
            "Aerial Insight. It values the UK market for drone delivery services at £142 million in 2024 and "
            "forecasts it to reach £1.05 billion in 2030, which the report describes as annual growth of 42% between "
            "2024 and 2030. Medical logistics made up £51 million of the 2024 total, or 36%. In the report's survey "
            "of 400 logistics managers, 61% said they plan to trial drones within two years, and the number of "
            "approved beyond-visual-line-of-sight corridors has risen to 27."
        ),
        obs=[
            ("Total", 2024, 142, "GBP million", "actual"),
            ("Total", 2030, 1050, "GBP million", "estimate"),   # £1.05 billion in the series' GBP million
            ("Medical logistics", 2024, 51, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 42.0, "percent", 2024, 2030, None, "stated"),
            ("share", 36.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1050 / 142) ** (1/6) - 1 = 39.58%; bounds (1045/142.5)**(1/6)-1 = 39.39% ..
            # (1055/141.5)**(1/6)-1 = 39.77%: 42 is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 51 / 142 = 35.92% -> 36
        ],
    ),
    # 25. English report of a Japanese association in yen: "¥412 billion in fiscal 2024, up 7.4% from ¥383 billion a
    #    year earlier" (rounding), "Nursing-care robots contributed ¥74 billion, or 18%" (arithmetic), "approach
    #    ¥450 billion in fiscal 2025" (estimate); unit shipments, member firms, headcount
    dict(
        text=(
            "TOKYO — Domestic output of service robots in Japan came to ¥412 billion in fiscal 2024, up 7.4% from "
            "¥383 billion a year earlier, the Japan Service Robot Makers' Council reported on Thursday. "
            "Nursing-care robots contributed ¥74 billion, or 18% of the total, helped by subsidies for care homes. "
            "Unit shipments rose to 86,000, and the council's 312 member companies now employ some 41,000 people. "
            "The council expects output to approach ¥450 billion in fiscal 2025."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2023, 383, "JPY billion", "actual"),
            ("Nursing-care robots", 2024, 74, "JPY billion", "actual"),
            ("Total", 2025, 450, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("share", 18.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 412 / 383 - 1 = 7.57% -> 7.6, not 7.4; bounds 411.5/383.5-1 = 7.30% .. 412.5/382.5-1 = 7.84%,
            # which holds 7.4 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 74 / 412 = 17.96% -> 18
        ],
    ),
    # 26. Simplified Chinese broker report on humanoid robots: 约27.6亿元 in 2024 "较2023年的14.2亿元增长94%",
    #    2030 "突破1500亿元", "2024—2030年复合增长率约95%" (stated); shipments 万台, unit price, price target, 万亿级赛道
    dict(
        text=(
            "华岳证券研究所在2025年3月发布的专题报告中测算，2024年中国人形机器人市场规模约为27.6亿元，较2023年的"
            "14.2亿元增长94%。报告预计，随着整机成本快速下降，2030年市场规模将突破1500亿元，2024—2030年复合增长率约"
            "95%。2024年国内人形机器人出货量约为1.2万台，单台平均售价约23万元。报告维持对智擎科技的“买入”评级，目标"
            "价86元，并称人形机器人是下一个万亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2023, 14.2, "CNY 100 million", "actual"),
            ("Total", 2030, 1500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 94.0, "percent", 2023, 2024, 1.0),
            ("cagr", 95.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.6 / 14.2 - 1 = 94.37% -> 94
            ("cagr|implied", "exact"),  # (1500 / 27.6) ** (1/6) - 1 = 94.62% -> 95
        ],
    ),
    # 27. Simplified Chinese city action plan on embodied AI: 2024 "168亿元", target "到2027年…突破500亿元，年均增长约
    #    44%" (span only from the amounts: inferred); title years, firm counts, company revenue threshold, scenario
    #    count and robot density are boilerplate/distractors
    dict(
        text=(
            "《清川市具身智能产业高质量发展行动方案（2025—2027年）》近日印发。方案显示，2024年全市具身智能核心产业规模"
            "达到168亿元，集聚相关企业213家。方案提出，到2027年核心产业规模突破500亿元，年均增长约44%，培育营收超10亿"
            "元的领军企业5家以上，建设100个以上典型应用场景，工业机器人密度达到每万名工人450台。"
        ),
        obs=[
            ("Total", 2024, 168, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),  # a target
        ],
        claims=[
            ("cagr", 44.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 168) ** (1/3) - 1 = 43.84% -> 44 (bounds 43.65..44.03)
        ],
    ),
    # 28. Simplified Chinese research note on smart-driving solutions: 912亿元 "同比增长31.2%" with 2023 695亿元,
    #    2030 "1.05万亿元" (converted to 10500 in the series' 亿元), stated 2024—2030 CAGR "约为50%"; a second
    #    publisher's 2024 figure (nowhere), penetration rate, percentage points, test kilometres
    dict(
        text=(
            "2025年1月16日，灵犀汽车研究院发布报告显示，2024年中国乘用车智能驾驶解决方案市场规模达到912亿元，同比增长"
            "31.2%，2023年为695亿元。研究院预计，到2030年该市场规模有望达到1.05万亿元，2024—2030年年均复合增长率约为"
            "50%。另据明澈咨询统计，2024年该市场规模为860亿元。报告还指出，2024年L2级及以上辅助驾驶新车渗透率达到57%，"
            "较上年提升11个百分点；国内Robotaxi累计测试里程已超过1亿公里。"
        ),
        obs=[
            ("Total", 2024, 912, "CNY 100 million", "actual"),
            ("Total", 2023, 695, "CNY 100 million", "actual"),
            ("Total", 2030, 10500, "CNY 100 million", "estimate"),  # 1.05万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 50.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 912 / 695 - 1 = 31.22% -> 31.2
            ("cagr|implied", "exact"),  # (10500 / 912) ** (1/6) - 1 = 50.27% -> 50
        ],
    ),
    # 29. Simplified Chinese provincial briefing on the low-altitude economy: 486亿元 "同比增长25.8%" from 386亿元
    #    (rounding), part 无人机配送 73亿元 "占比15.0%" (arithmetic); flight sorties, airports, 千亿级, a quarter's figure
    dict(
        text=(
            "据湘滨省发展改革委介绍，2024年全省低空经济规模达到486亿元，同比增长25.8%，2023年为386亿元。其中，无人机"
            "配送规模为73亿元，占比15.0%。全年完成低空飞行127万架次，新增通用机场4个。该省提出打造千亿级低空经济产业"
            "集群；今年一季度，全省低空经济规模约为131亿元。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2023, 386, "CNY 100 million", "actual"),
            ("无人机配送", 2024, 73, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("share", 15.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 486 / 386 - 1 = 25.91% -> 25.9, not 25.8; bounds 485.5/386.5-1 = 25.61% .. 486.5/385.5-1 = 26.20%,
            # which holds 25.8 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 73 / 486 = 15.02% -> 15.0
        ],
    ),
    # 30. Simplified Chinese federation report on service robots: 683亿元 in 2024 vs 452亿元 in 2022, "2022—2024年
    #     年均复合增长率达到25.6%" that its own figures contradict; a part 商用清洁机器人 97亿元; output in 万套,
    #     percentage points, member count
    dict(
        text=(
            "华夏机器人产业联合会发布的年度报告显示，2024年我国服务机器人市场规模为683亿元，较2022年的452亿元明显扩大，"
            "2022—2024年年均复合增长率达到25.6%。其中，商用清洁机器人市场规模为97亿元。全年服务机器人产量为1046万套，"
            "增速较上年提高3.2个百分点。目前联合会会员单位已超过600家。"
        ),
        obs=[
            ("Total", 2024, 683, "CNY 100 million", "actual"),
            ("Total", 2022, 452, "CNY 100 million", "actual"),
            ("商用清洁机器人", 2024, 97, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            # (683 / 452) ** (1/2) - 1 = 22.93%; bounds (682.5/452.5)**0.5-1 = 22.81% .. (683.5/451.5)**0.5-1 =
            # 43.04%: 25.6 is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Traditional Chinese (Taiwan) association survey in 新台幣億元: 318億元 "較2023年的265億元成長20%", 2025
    #     "可望突破新台幣400億元" (estimate); shipments 萬台, unit price, a listed company's revenue, member count
    dict(
        text=(
            "【台北訊】台灣自主機器人產業協會今（18）日公布調查，2024年台灣服務型機器人產值達新台幣318億元，較2023年的"
            "265億元成長20%。協會預估，受惠於餐飲與醫院加速導入，2025年產值可望突破新台幣400億元。去年國內服務型機器人"
            "出貨量約2.4萬台，平均單價約新台幣130萬元。上市廠商晶岳智動去年營收為新台幣52.3億元，而協會會員廠商已逾180家。"
        ),
        obs=[
            ("Total", 2024, 318, "TWD 100 million", "actual"),
            ("Total", 2023, 265, "TWD 100 million", "actual"),
            ("Total", 2025, 400, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 318 / 265 - 1 = 20.00% -> 20
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) alliance report in 億港元: 約38億港元 (2024) -> 72億港元 (2028), "2024至2028年
    #     年均複合增長率約17.6%" (rounding); "約四成" share in words, a 1.5億港元 subsidy and a survey's 七成 (nowhere)
    dict(
        text=(
            "香港智能機械聯盟昨日發表報告指出，2024年香港服務機器人市場規模約為38億港元，預計2028年增至72億港元，2024至"
            "2028年年均複合增長率約17.6%。報告估計，安老及醫療場景約佔2024年市場四成。政府早前預留1.5億港元資助院舍"
            "引入樂齡科技；受訪業界人士中有七成表示計劃兩年內增聘機器人維護人員。"
        ),
        obs=[
            ("Total", 2024, 38, "HKD 100 million", "actual"),
            ("Total", 2028, 72, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (72 / 38) ** (1/4) - 1 = 17.32% -> 17.3, not 17.6; bounds (71.5/38.5)**0.25-1 = 16.74% ..
            # (72.5/37.5)**0.25-1 = 17.92%, which holds 17.6 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Traditional Chinese report of a Japanese association in 億日圓: 1,280億日圓 "較2023年的1,140億日圓成長12.3%",
    #     2030 3,500億日圓 "約為2024年的2.7倍" (multiple, no verdict); robot density and units shipped as distractors
    dict(
        text=(
            "【東京報導】日本協作機器人工業會6月公布的統計顯示，2024年日本協作機器人市場規模為1,280億日圓，較2023年的"
            "1,140億日圓成長12.3%。該會預測，2030年市場規模將擴大至3,500億日圓，約為2024年的2.7倍。2024年日本製造業"
            "機器人密度達每萬名員工399台，國內協作機器人出貨台數則約為1.9萬台。會長指出，人手短缺使相關需求持續升溫。"
        ),
        obs=[
            ("Total", 2024, 1280, "JPY 100 million", "actual"),
            ("Total", 2023, 1140, "JPY 100 million", "actual"),
            ("Total", 2030, 3500, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2.7, "multiple", 2024, 2030, 6.0),  # "約為2024年的2.7倍" (3500/1280 = 2.73)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1280 / 1140 - 1 = 12.28% -> 12.3
        ],
    ),
    # 34. Simplified Chinese institute report on embodied AI: "由2021年的98亿元扩大至2024年的412亿元，较2021年增长
    #     3.2倍" (x4.2), 2025 "预计…560亿元，同比增长约36%"; funding events and amount, a firm's orders, 千亿级 (nowhere)
    dict(
        text=(
            "启衡研究院近日发布《中国具身智能产业发展报告》称，中国具身智能市场规模由2021年的98亿元扩大至2024年的412"
            "亿元，较2021年增长3.2倍。报告预计，2025年市场规模将达到560亿元，同比增长约36%。2024年具身智能领域共发生"
            "融资事件142起，披露融资总额超过300亿元；某头部企业当年获得的整机订单金额约7.8亿元。报告认为，具身智能"
            "正在形成千亿级市场。"
        ),
        obs=[
            ("Total", 2021, 98, "CNY 100 million", "actual"),
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2025, 560, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.2, "multiple", 2021, 2024, 3.0),  # 增长3.2倍 between two printed amounts -> x4.2
            ("growth", 36.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 560 / 412 - 1 = 35.92% -> 36
        ],
    ),
    # 35. English pipe table, humanoid market by end use with 2025E/2030E columns and a Total row; hierarchy exact in
    #     2024 and 2025E, rounding in 2030E (rows add to 24.3 against a printed 24.4); exhibit number and a shipments
    #     line are distractors
    dict(
        text=(
            "Exhibit 7 — Global humanoid robot market by end use (USD billion)\n"
            "\n"
            "| End use | 2024 | 2025E | 2030E |\n"
            "|---|---|---|---|\n"
            "| Manufacturing | 0.82 | 1.35 | 9.8 |\n"
            "| Logistics and warehousing | 0.41 | 0.66 | 6.1 |\n"
            "| Healthcare and eldercare | 0.23 | 0.37 | 3.9 |\n"
            "| Household | 0.14 | 0.22 | 4.5 |\n"
            "| Total | 1.60 | 2.60 | 24.4 |\n"
            "\n"
            "Source: Norrland Capital Markets estimates, February 2025. Shipments are expected to reach 18,000 units "
            "in 2025."
        ),
        obs=[
            ("Manufacturing", 2024, 0.82, "USD billion", "actual"),
            ("Manufacturing", 2025, 1.35, "USD billion", "estimate"),
            ("Manufacturing", 2030, 9.8, "USD billion", "estimate"),
            ("Logistics and warehousing", 2024, 0.41, "USD billion", "actual"),
            ("Logistics and warehousing", 2025, 0.66, "USD billion", "estimate"),
            ("Logistics and warehousing", 2030, 6.1, "USD billion", "estimate"),
            ("Healthcare and eldercare", 2024, 0.23, "USD billion", "actual"),
            ("Healthcare and eldercare", 2025, 0.37, "USD billion", "estimate"),
            ("Healthcare and eldercare", 2030, 3.9, "USD billion", "estimate"),
            ("Household", 2024, 0.14, "USD billion", "actual"),
            ("Household", 2025, 0.22, "USD billion", "estimate"),
            ("Household", 2030, 4.5, "USD billion", "estimate"),
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2030, 24.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 0.82 + 0.41 + 0.23 + 0.14 = 1.60
            ("hierarchy", "exact"),     # 2025E: 1.35 + 0.66 + 0.37 + 0.22 = 2.60
            ("hierarchy", "rounding"),  # 2030E: 9.8 + 6.1 + 3.9 + 4.5 = 24.3 != 24.4; each row +-0.05 -> 24.1..24.5
        ],
    ),
    # 36. Simplified Chinese tab-separated tables: a units table (万台, no observation) beside a value table (亿元) by
    #     robot type with a 2025E column and a 合计 row; hierarchy exact each year; "合计同比增长4.9%" under the tables
    dict(
        text=(
            "表4 2023—2025年中国工业机器人销量（单位：万台）\n"
            "类型\t2023年\t2024年\t2025E\n"
            "多关节机器人\t17.2\t18.1\t19.6\n"
            "SCARA机器人\t6.8\t7.4\t8.1\n"
            "协作机器人\t2.1\t2.9\t3.8\n"
            "其他\t1.6\t1.5\t1.5\n"
            "合计\t27.7\t29.9\t33.0\n"
            "\n"
            "表5 2023—2025年中国工业机器人市场规模（单位：亿元）\n"
            "类型\t2023年\t2024年\t2025E\n"
            "多关节机器人\t402\t418\t446\n"
            "SCARA机器人\t68\t73\t80\n"
            "协作机器人\t39\t48\t59\n"
            "其他\t57\t55\t56\n"
            "合计\t566\t594\t641\n"
            "\n"
            "资料来源：恒拓证券研究所，2025年4月。2024年市场规模合计同比增长4.9%。"
        ),
        obs=[
            ("多关节机器人", 2023, 402, "CNY 100 million", "actual"),
            ("多关节机器人", 2024, 418, "CNY 100 million", "actual"),
            ("多关节机器人", 2025, 446, "CNY 100 million", "estimate"),
            ("SCARA机器人", 2023, 68, "CNY 100 million", "actual"),
            ("SCARA机器人", 2024, 73, "CNY 100 million", "actual"),
            ("SCARA机器人", 2025, 80, "CNY 100 million", "estimate"),
            ("协作机器人", 2023, 39, "CNY 100 million", "actual"),
            ("协作机器人", 2024, 48, "CNY 100 million", "actual"),
            ("协作机器人", 2025, 59, "CNY 100 million", "estimate"),
            ("其他", 2023, 57, "CNY 100 million", "actual"),
            ("其他", 2024, 55, "CNY 100 million", "actual"),
            ("其他", 2025, 56, "CNY 100 million", "estimate"),
            ("合计", 2023, 566, "CNY 100 million", "actual"),
            ("合计", 2024, 594, "CNY 100 million", "actual"),
            ("合计", 2025, 641, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 4.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 402 + 68 + 39 + 57 = 566
            ("hierarchy", "exact"),     # 2024: 418 + 73 + 48 + 55 = 594
            ("hierarchy", "exact"),     # 2025E: 446 + 80 + 59 + 56 = 641
            ("cagr|implied", "exact"),  # 594 / 566 - 1 = 4.95% -> 4.9 (4.947)
        ],
    ),
    # 37. English space-aligned vertical table (rows are years) with a lone value column headed by its unit only
    #     ("USD million" -> Total) and a YoY column; 2025F/2026F estimates; one YoY (2024: 36.5%) contradicts the
    #     amounts; a truck count as distractor
    dict(
        text=(
            "North American autonomous trucking software market\n"
            "Year      USD million      YoY\n"
            "2021              212        -\n"
            "2022              298    40.6%\n"
            "2023              405    35.9%\n"
            "2024              561    36.5%\n"
            "2025F             760    35.5%\n"
            "2026F           1,020    34.2%\n"
            "Source: Tarrow Freight Analytics (March 2025). Driverless trucks operating on public roads: about 180 at "
            "end-2024."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 298, "USD million", "actual"),
            ("Total", 2023, 405, "USD million", "actual"),
            ("Total", 2024, 561, "USD million", "actual"),
            ("Total", 2025, 760, "USD million", "estimate"),
            ("Total", 2026, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 40.6, "percent", 2021, 2022, 1.0),
            ("growth", 35.9, "percent", 2022, 2023, 1.0),
            ("growth", 36.5, "percent", 2023, 2024, 1.0),
            ("growth", 35.5, "percent", 2024, 2025, 1.0),
            ("growth", 34.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 298 / 212 - 1 = 40.57% -> 40.6
            ("cagr|implied", "exact"),         # 405 / 298 - 1 = 35.91% -> 35.9
            # 561 / 405 - 1 = 38.52%; bounds 560.5/405.5-1 = 38.22% .. 561.5/404.5-1 = 38.81%: 36.5 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 760 / 561 - 1 = 35.47% -> 35.5
            ("cagr|implied", "exact"),         # 1020 / 760 - 1 = 34.21% -> 34.2
        ],
    ),
    # 38. Simplified Chinese pipe table of a city's low-altitude economy by segment, 2023 and 2024 with a 2024 share
    #     column and a 合计 row (its 100.0% is no claim); hierarchy and arithmetic exact; a prose line "同比增长23.0%";
    #     sorties and registered drones as distractors
    dict(
        text=(
            "滨海市低空经济细分领域规模（单位：亿元）\n"
            "\n"
            "| 细分领域 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 低空制造 | 171 | 212 | 46.6% |\n"
            "| 低空运营服务 | 109 | 138 | 30.3% |\n"
            "| 基础设施 | 52 | 64 | 14.1% |\n"
            "| 综合配套 | 38 | 41 | 9.0% |\n"
            "| 合计 | 370 | 455 | 100.0% |\n"
            "\n"
            "2024年全市低空经济规模同比增长23.0%，全年完成低空飞行86万架次，注册无人机数量较上年增加2.1万架。"
        ),
        obs=[
            ("低空制造", 2023, 171, "CNY 100 million", "actual"),
            ("低空制造", 2024, 212, "CNY 100 million", "actual"),
            ("低空运营服务", 2023, 109, "CNY 100 million", "actual"),
            ("低空运营服务", 2024, 138, "CNY 100 million", "actual"),
            ("基础设施", 2023, 52, "CNY 100 million", "actual"),
            ("基础设施", 2024, 64, "CNY 100 million", "actual"),
            ("综合配套", 2023, 38, "CNY 100 million", "actual"),
            ("综合配套", 2024, 41, "CNY 100 million", "actual"),
            ("合计", 2023, 370, "CNY 100 million", "actual"),
            ("合计", 2024, 455, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 46.6, "percent", 2024, 2024, None),
            ("share", 30.3, "percent", 2024, 2024, None),
            ("share", 14.1, "percent", 2024, 2024, None),
            ("share", 9.0, "percent", 2024, 2024, None),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 171 + 109 + 52 + 38 = 370
            ("hierarchy", "exact"),     # 2024: 212 + 138 + 64 + 41 = 455
            ("arithmetic", "exact"),    # 212 / 455 = 46.59% -> 46.6
            ("arithmetic", "exact"),    # 138 / 455 = 30.33% -> 30.3
            ("arithmetic", "exact"),    # 64 / 455 = 14.07% -> 14.1
            ("arithmetic", "exact"),    # 41 / 455 = 9.01% -> 9.0
            ("cagr|implied", "exact"),  # 455 / 370 - 1 = 22.97% -> 23.0
        ],
    ),
    # 39. Traditional Chinese space-aligned table of Taiwan's drone industry output in 新台幣億元 by segment, 2023,
    #     2024 and a 2025F column, 合計 row; hierarchy exact; "2024年整體產值年增32.0%"; table number, export count
    dict(
        text=(
            "表二　台灣無人機產業產值（單位：新台幣億元）\n"
            "項目            2023年    2024年    2025F\n"
            "整機製造          38.6      52.1     70.5\n"
            "關鍵零組件        24.2      31.8     41.0\n"
            "飛控與軟體         9.7      12.4     16.3\n"
            "應用服務          12.5      15.9     20.4\n"
            "合計              85.0     112.2    148.2\n"
            "資料來源：台灣無人載具產業協會（2025年5月）。2024年整體產值年增32.0%；同年無人機出口約1.1萬架。"
        ),
        obs=[
            ("整機製造", 2023, 38.6, "TWD 100 million", "actual"),
            ("整機製造", 2024, 52.1, "TWD 100 million", "actual"),
            ("整機製造", 2025, 70.5, "TWD 100 million", "estimate"),
            ("關鍵零組件", 2023, 24.2, "TWD 100 million", "actual"),
            ("關鍵零組件", 2024, 31.8, "TWD 100 million", "actual"),
            ("關鍵零組件", 2025, 41.0, "TWD 100 million", "estimate"),
            ("飛控與軟體", 2023, 9.7, "TWD 100 million", "actual"),
            ("飛控與軟體", 2024, 12.4, "TWD 100 million", "actual"),
            ("飛控與軟體", 2025, 16.3, "TWD 100 million", "estimate"),
            ("應用服務", 2023, 12.5, "TWD 100 million", "actual"),
            ("應用服務", 2024, 15.9, "TWD 100 million", "actual"),
            ("應用服務", 2025, 20.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 85.0, "TWD 100 million", "actual"),
            ("合計", 2024, 112.2, "TWD 100 million", "actual"),
            ("合計", 2025, 148.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 38.6 + 24.2 + 9.7 + 12.5 = 85.0
            ("hierarchy", "exact"),     # 2024: 52.1 + 31.8 + 12.4 + 15.9 = 112.2
            ("hierarchy", "exact"),     # 2025F: 70.5 + 41.0 + 16.3 + 20.4 = 148.2
            ("cagr|implied", "exact"),  # 112.2 / 85.0 - 1 = 32.00% -> 32.0
        ],
    ),
    # 40. English tab-separated table of Europe's automated-driving systems market by level in EUR billion, with
    #     2025E/2028E columns, a Total row and a "CAGR 2024-28" column (stated); one row's CAGR exact only within
    #     rounding; equipped-vehicle count and a Q1 figure in the note are distractors
    dict(
        text=(
            "Europe: automated-driving systems market by level (EUR billion)\n"
            "Level\t2024\t2025E\t2028E\tCAGR 2024-28\n"
            "L2/L2+ assisted driving\t6.8\t7.9\t11.6\t14.0%\n"
            "L3 conditional automation\t0.4\t0.7\t2.2\t53.1%\n"
            "L4 robotaxis and shuttles\t0.1\t0.2\t1.1\t82.1%\n"
            "Total\t7.3\t8.8\t14.9\t19.5%\n"
            "Note: 11.2 million vehicles on European roads carried L2+ systems at end-2024; the market in Q1 2025 "
            "came to EUR 1.9 billion."
        ),
        obs=[
            ("L2/L2+ assisted driving", 2024, 6.8, "EUR billion", "actual"),
            ("L2/L2+ assisted driving", 2025, 7.9, "EUR billion", "estimate"),
            ("L2/L2+ assisted driving", 2028, 11.6, "EUR billion", "estimate"),
            ("L3 conditional automation", 2024, 0.4, "EUR billion", "actual"),
            ("L3 conditional automation", 2025, 0.7, "EUR billion", "estimate"),
            ("L3 conditional automation", 2028, 2.2, "EUR billion", "estimate"),
            ("L4 robotaxis and shuttles", 2024, 0.1, "EUR billion", "actual"),
            ("L4 robotaxis and shuttles", 2025, 0.2, "EUR billion", "estimate"),
            ("L4 robotaxis and shuttles", 2028, 1.1, "EUR billion", "estimate"),
            ("Total", 2024, 7.3, "EUR billion", "actual"),
            ("Total", 2025, 8.8, "EUR billion", "estimate"),
            ("Total", 2028, 14.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 53.1, "percent", 2024, 2028, None, "stated"),
            ("cagr", 82.1, "percent", 2024, 2028, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (11.6 / 6.8) ** 0.25 - 1 = 14.28% -> 14.3, not 14.0; bounds (11.55/6.85)**0.25-1 = 13.95% ..
            # (11.65/6.75)**0.25-1 = 14.62%, which holds 14.0 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2.2 / 0.4) ** 0.25 - 1 = 53.14% -> 53.1
            ("cagr|implied", "exact"),  # (1.1 / 0.1) ** 0.25 - 1 = 82.12% -> 82.1
            ("cagr|implied", "exact"),  # (14.9 / 7.3) ** 0.25 - 1 = 19.53% -> 19.5
            ("hierarchy", "exact"),     # 2024: 6.8 + 0.4 + 0.1 = 7.3
            ("hierarchy", "exact"),     # 2025E: 7.9 + 0.7 + 0.2 = 8.8
            ("hierarchy", "exact"),     # 2028E: 11.6 + 2.2 + 1.1 = 14.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 11, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 7% from USD 15.4 billion in 2023',
    'a 2025-30 CAGR of 79%',
    'growing by roughly 58% a year',
    'roughly 2.5 times that, about $23.5 billion, by fiscal 2028',
    'accounted for $3.1 billion of that, or 23%',
    '12.3% more than the ¥43.3 billion of fiscal 2023',
    'a compound annual growth rate of 42% over 2025-2030',
    "more than triple this year's figure",
    '力争突破500亿元',
    '2024-2030年复合增长率约29%',
    '有望突破1.2万亿元',
    '新台幣182億元',
    '年均複合增長率約17%',
    '较2024年增长2.5倍',
    '| Total | 9.7 | 11.3 | 13.2 |',
    '合计\t506\t540\t586',
    '2025F                 310                    112',
    '| 年份 | 亿元 | 同比 |',
    '| 2024年占比 |',
    'a rise of 4% on the $16.1 billion',
    'we size the total addressable market',
    'a compound annual growth rate of 38.2% over 2024-2030',
    '£1.05 billion in 2030',
    '¥412 billion in fiscal 2024',
    '较2023年的14.2亿元增长94%',
    '到2027年核心产业规模突破500亿元，年均增长约44%',
    '有望达到1.05万亿元',
    '占比15.0%',
    '2022—2024年年均复合增长率达到25.6%',
    '新台幣318億元',
    '年均複合增長率約17.6%',
    '1,280億日圓',
    '较2021年增长3.2倍',
    '| Total | 1.60 | 2.60 | 24.4 |',
    '合计\t566\t594\t641',
    '2025F             760',
    '2024年占比',
    '2025F\n',
    'CAGR 2024-28',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 226 figures, 50 rates,
#: 77 verdicts and 0 false inconsistent
#: after the readings chosen on the hundred-and-sixteenth and hundred-and-eighteenth sets: 229, 52, 80 and 0
FLOORS = {"figures_found": 232, "rates_found": 52, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset116.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
