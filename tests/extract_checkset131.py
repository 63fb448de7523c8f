"""A hundred-and-thirty-first check set for the extractor, written blind: AI in manufacturing and industrial software, in English and
Chinese (Simplified and Traditional) -- industrial AI, machine vision inspection, predictive maintenance, AI for
process control, industrial large models and smart-factory software, sized in money by industrial-internet
alliances, automation associations, brokers, provincial plans, German, Japanese and Taiwanese associations and
consultancies; machines or cameras installed, factories connected, defect rates, energy or downtime saved, a region's
industrial output, a company's own revenue or orders and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a wire press release: "reached USD 4.2 billion in 2024 ... up from USD 3.5 billion a year earlier", a stated
    #    2024-2030 CAGR; smart cameras installed, defect rates, page count, title years and vendor count nowhere
    dict(
        text=(
            "BOSTON, March 18, 2025 /PRNewswire/ -- The global market for machine-vision inspection software "
            "reached USD 4.2 billion in 2024, up from USD 3.5 billion a year earlier, according to a new study from "
            "Halvorsen Industrial Insight. The firm expects the market to reach USD 9.8 billion by 2030, a compound "
            "annual growth rate of 15.2% from 2024 to 2030. More than 1.3 million smart cameras were installed on "
            "production lines last year, and early adopters report defect rates falling by as much as 40%. The "
            "212-page report, \"Machine Vision Inspection Software 2025-2030\", profiles 48 vendors."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2023, 3.5, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 4.2) ** (1/6) - 1 = 2.33333 ** (1/6) - 1 = 15.167% -> 15.2
        ],
    ),
    # 2. a Frankfurt news item in euros: "€1.38 billion ... last year, 18% more than the €1.17 billion ... in 2023",
    #    "about €1.6 billion this year" (estimate); members, staff, survey share, percentage points, downtime nowhere
    dict(
        text=(
            "FRANKFURT, 12 May 2025 — German manufacturers spent €1.38 billion on predictive-maintenance software "
            "and services last year, 18% more than the €1.17 billion they spent in 2023, the machinery association "
            "Fachverband Instandhaltung 4.0 (FVI) said on Monday. The group, whose 640 member companies employ some "
            "210,000 people, expects spending to climb to about €1.6 billion this year. In its member survey, 41% of "
            "respondents said they now run condition monitoring on at least one line, six percentage points more "
            "than a year ago, and users reported an average 23% cut in unplanned downtime."
        ),
        obs=[
            ("Total", 2024, 1.38, "EUR billion", "actual"),
            ("Total", 2023, 1.17, "EUR billion", "actual"),
            ("Total", 2025, 1.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.38 / 1.17 - 1 = 17.949% -> 18
        ],
    ),
    # 3. an earnings-call transcript: the CEO sizes the TAM ("roughly $14 billion in fiscal 2025", "$31 billion by
    #    fiscal 2029", "call it a 22% compound annual growth rate" -> inferred span); own revenue, quarter orders,
    #    Q4 FY2024 label, price target and upside nowhere
    dict(
        text=(
            "Corvane Systems, Q4 FY2024 earnings call, 6 February 2025. Chief executive Dana Whitlock: \"Let me "
            "frame the opportunity. We size the total addressable market for AI-driven process control at roughly "
            "$14 billion in fiscal 2025, and we think it gets to $31 billion by fiscal 2029 — call it a 22% compound "
            "annual growth rate. Against that, our own revenue for the year was $612 million, with fourth-quarter "
            "orders up 9% to $171 million.\" Analyst, Tremont Partners: \"Thanks, Dana. We're moving our price "
            "target to $148, about 20% upside from here — how much of that TAM is brownfield?\""
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2029, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.0, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1/4) - 1 = 2.214286 ** 0.25 - 1 = 21.986% -> 22
        ],
    ),
    # 4. a Tokyo report in yen: "¥412 billion in fiscal 2024", "about 1.4 times the ¥298 billion ... fiscal 2022"
    #    (multiple, no verdict), "¥1.05 trillion in fiscal 2030" converted to the series' JPY billion, a stated
    #    fiscal 2024-2030 CAGR exact only within rounding; plants counted and an adoption rate nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI in manufacturing, spanning inspection, maintenance and "
            "production-planning software, was worth ¥412 billion in fiscal 2024, according to estimates released "
            "in June 2025 by the Nihon Smart Factory Promotion Council. That is about 1.4 times the ¥298 billion "
            "recorded in fiscal 2022. The council projects the market will reach ¥1.05 trillion in fiscal 2030, "
            "which works out to compound annual growth of 16.8% over fiscal 2024-2030. It counted 5,800 plants "
            "using AI-based visual inspection, and said the proportion of small manufacturers using any AI tool "
            "rose to 17%."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2022, 298, "JPY billion", "actual"),
            ("Total", 2030, 1050, "JPY billion", "estimate"),  # ¥1.05 trillion
        ],
        claims=[
            ("multiple", 1.4, "multiple", 2022, 2024, 2.0),  # 412 / 298 = 1.38; no verdict for a multiple
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1050 / 412) ** (1/6) - 1 = 16.873% -> 16.9, not 16.8;
            # bounds: 1.05 trillion -> 1045..1055 bn, 412 -> 411.5..412.5:
            # (1045 / 412.5) ** (1/6) - 1 = 16.757%, (1055 / 411.5) ** (1/6) - 1 = 16.990%; 16.8 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. a broker's note: a range "$7.5–8.1 billion this year" (two value claims, no observation), a segment's share
    #    with no part amount (36%, no verdict); price target, upside, a quarter's orders, survey answers, plant
    #    managers counted and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Maple Harbour Securities | Industrial Technology | 3 September 2025. We estimate the global "
            "predictive-maintenance software market at $7.5–8.1 billion this year, with vibration and acoustic "
            "analytics taking an estimated 36% of spending. Our top pick remains Ostrava Sensorik (Buy, price target "
            "€64, 27% upside), whose order intake rose 14% in the second quarter. In our survey of 150 plant "
            "managers, 62% plan to raise maintenance-analytics budgets in 2026. We see a multibillion-dollar "
            "opportunity for software vendors over the next decade."
        ),
        obs=[],
        claims=[
            ("value", 7.5, "USD billion", 2025, 2025, None),
            ("value", 8.1, "USD billion", 2025, 2025, None),
            ("share", 36.0, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 6. a UK briefing note: "£640 million ... in 2024", a part "£251 million of that, or 39%" (arithmetic),
    #    "£1.1 billion by 2028" converted to the series' GBP million; "about a quarter of firms", staff count,
    #    headcount and percentage points nowhere
    dict(
        text=(
            "Briefing note, Midlands Advanced Manufacturing Forum, November 2025. UK manufacturers spent £640 "
            "million on AI for process control and optimisation in 2024, the Forum estimates; chemicals and "
            "pharmaceuticals accounted for £251 million of that, or 39%. Spending is forecast to reach £1.1 billion "
            "by 2028. Adoption is uneven: about a quarter of firms with fewer than 250 staff have piloted a tool, "
            "and among the 2.6 million people the sector employs, output per hour at adopters has grown 1.2 "
            "percentage points faster than elsewhere."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Chemicals and pharmaceuticals", 2024, 251, "GBP million", "actual"),
            ("Total", 2028, 1100, "GBP million", "estimate"),  # £1.1 billion
        ],
        claims=[
            ("share", 39.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 251 / 640 = 39.219% -> 39
        ],
    ),
    # 7. a wire story whose rate its own figures contradict: "climbed 35% last year to $1.50 billion, from $1.20
    #    billion in 2023"; a quarter's bookings and cameras shipped nowhere
    dict(
        text=(
            "CHICAGO, Feb 20, 2025 (Lakeshore Wire) — Sales of AI-based quality-inspection systems to North "
            "American factories climbed 35% last year to $1.50 billion, from $1.20 billion in 2023, the Automated "
            "Imaging Trade Group said. First-quarter 2025 bookings came in at $410 million, and members shipped "
            "240,000 smart cameras in 2024. Automotive plants remained the largest buyers, with electronics close "
            "behind."
        ),
        obs=[
            ("Total", 2024, 1.5, "USD billion", "actual"),
            ("Total", 2023, 1.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.50 / 1.20 - 1 = 25.0%; bounds 1.495 / 1.205 - 1 = 24.07%, 1.505 / 1.195 - 1 = 25.94%;
            # 35 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. a Singapore news item, forecast first ("$68.9 billion market worldwide by 2030, up from $21.4 billion in
    #    2024"), "compound annual growth over 2024-2030 at 21.5%"; a second publisher's 2024 figure ($18 billion)
    #    and robots installed nowhere; a 2030 regional share without part amount (no verdict)
    dict(
        text=(
            "SINGAPORE, 9 July 2025 — Industrial AI, software that learns from machine and sensor data to schedule, "
            "inspect and control production, will be a $68.9 billion market worldwide by 2030, up from $21.4 "
            "billion in 2024, according to Brightwater Analytics, which puts the compound annual growth over "
            "2024-2030 at 21.5%. Kestrel Research, using a narrower definition, sized the 2024 market at $18 "
            "billion. Brightwater's figures exclude industrial robots, of which 541,000 were installed globally in "
            "2023. Asia-Pacific is expected to hold 44% of the market by 2030."
        ),
        obs=[
            ("Total", 2030, 68.9, "USD billion", "estimate"),
            ("Total", 2024, 21.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("share", 44.0, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68.9 / 21.4) ** (1/6) - 1 = 3.219626 ** (1/6) - 1 = 21.516% -> 21.5
        ],
    ),
    # 9. an analysis piece: "$380 million in 2023 and rose to $560 million in 2024, a gain of 47%", "more than
    #    fivefold ... to $2.1 billion by 2028" (x5, series kept in USD million); a ratio in words and a poll nowhere
    dict(
        text=(
            "Analysis, October 2025. Few corners of enterprise software are growing as quickly as large language "
            "models built for the factory floor. Manufacturers worldwide spent $380 million on such industrial "
            "foundation models in 2023 and $560 million in 2024, a gain of 47%, according to the consultancy "
            "Greyfield Partners. Greyfield forecasts the market to expand more than fivefold from its 2023 level, to "
            "$2.1 billion by 2028. Pilots still outnumber paying deployments by roughly three to one, and a "
            "Greyfield poll found 58% of chief operating officers unconvinced of the return."
        ),
        obs=[
            ("Total", 2023, 380, "USD million", "actual"),
            ("Total", 2024, 560, "USD million", "actual"),
            ("Total", 2028, 2100, "USD million", "estimate"),  # $2.1 billion
        ],
        claims=[
            ("growth", 47.0, "percent", 2023, 2024, 1.0),
            ("multiple", 5.0, "multiple", 2023, 2028, 5.0),  # "more than fivefold"; no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 560 / 380 - 1 = 47.368% -> 47
        ],
    ),
    # 10. Simplified Chinese news from an alliance white paper: "2024年…达到586亿元，较2023年的470亿元增长24.7%",
    #     target "到2027年…有望突破1200亿元"; 千亿级, factories and devices counted, percentage points, title year nowhere
    dict(
        text=(
            "新华财经北京2025年4月18日电 华东工业智能产业联盟18日发布的《工业AI发展白皮书（2025）》显示，2024年我国"
            "工业AI市场规模达到586亿元，较2023年的470亿元增长24.7%。联盟预计，到2027年市场规模有望突破1200亿元，"
            "形成千亿级产业集群。截至2024年底，全国已建成智能工厂超过1.2万家，工业互联网平台连接设备超过9600万台（套）。"
            "白皮书称，AI质检可使产品不良率平均下降1.8个百分点。"
        ),
        obs=[
            ("Total", 2024, 586, "CNY 100 million", "actual"),
            ("Total", 2023, 470, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 586 / 470 - 1 = 24.681% -> 24.7
        ],
    ),
    # 11. Simplified Chinese provincial plan: target "到2027年…突破300亿元", "2024年…达到96亿元，较2021年的24亿元
    #     增长3倍" (two amounts printed -> x4 over 3 years); 工业增加值 (1.12万亿元, 6.8%), counts of models and firms,
    #     plan-title years nowhere
    dict(
        text=(
            "2025年6月，《云岭省工业大模型创新发展行动计划（2025—2027年）》正式印发。计划提出，到2027年，全省工业大模型"
            "及相关智能软件产业规模突破300亿元，打造20个以上行业大模型，推动1000家规上工业企业开展应用。据省工业和信息化厅"
            "测算，2024年全省相关产业规模达到96亿元，较2021年的24亿元增长3倍。同期，全省规上工业增加值达到1.12万亿元，"
            "同比增长6.8%。"
        ),
        obs=[
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2021, 24, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between 24 and 96: 96 / 24 = 4; no verdict
        ],
        verdicts=[],
    ),
    # 12. Traditional Chinese (Taiwan) news in 新台幣: "186億元，較2023年的156億元成長19.5%" exact only within
    #     rounding, "預估，2026年可望上看新台幣260億元"; a maker's own revenue, units shipped, the (12) date and
    #     percentage points of yield nowhere
    dict(
        text=(
            "【台北訊】2025年3月13日 台灣智慧工廠軟體推動聯盟昨（12）日發布調查指出，2024年台灣AI瑕疵檢測（機器視覺）"
            "市場規模達新台幣186億元，較2023年的156億元成長19.5%；聯盟預估，2026年可望上看新台幣260億元。國內設備大廠"
            "鼎暉精機去年營收新台幣42億元，全年出貨AOI設備約3,200台。聯盟理事長林振宇表示，會員廠導入AI檢測後，平均良率"
            "提升2.5個百分點。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 156, "TWD 100 million", "actual"),
            ("Total", 2026, 260, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 186 / 156 - 1 = 19.231% -> 19.2, not 19.5;
            # bounds 185.5 / 156.5 - 1 = 18.530%, 186.5 / 155.5 - 1 = 19.936%; 19.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) in 億港元: "4.86億港元，較2023年的3.9億港元增長24.6%", "今年將增至約5.9億港元"
    #     (estimate); a quarter's figure, factories counted and an adoption rate in words nowhere
    dict(
        text=(
            "【本報訊，2025年2月14日】香港智能製造協會昨日公布，2024年本港製造業預測性維護方案市場規模為4.86億港元，"
            "較2023年的3.9億港元增長24.6%，協會預計今年將增至約5.9億港元。不過，去年第四季度市場規模僅1.1億港元，按季回落。"
            "協會會長陳嘉欣指出，本港約有1,200間廠房已安裝振動或溫度感測器，惟中小企採用率仍不足兩成。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2025, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 3.9 - 1 = 24.615% -> 24.6
        ],
    ),
    # 14. Simplified Chinese broker's summary with a stated CAGR its own figures contradict: "由2024年的2450亿元增长至
    #     2030年的1.02万亿元" (kept in 亿元 -> 10200), "2024—2030年年均复合增长率达28.6%"; a part "约为620亿元";
    #     firms' half-year orders, a penetration rate's percentage points and a rating nowhere
    dict(
        text=(
            "【研报摘要】东岳证券研究所2025年8月发布的行业深度报告认为，工业大模型将重塑智能制造软件需求。报告测算，我国"
            "智能制造软件市场规模将由2024年的2450亿元增长至2030年的1.02万亿元，2024—2030年年均复合增长率达28.6%。"
            "其中，研发设计类软件2024年规模约为620亿元。报告维持行业“推荐”评级，并指出重点公司今年上半年新签订单同比增长41%，"
            "行业渗透率较去年提升3.2个百分点。"
        ),
        obs=[
            ("Total", 2024, 2450, "CNY 100 million", "actual"),
            ("Total", 2030, 10200, "CNY 100 million", "estimate"),  # 1.02万亿元
            ("研发设计类软件", 2024, 620, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (10200 / 2450) ** (1/6) - 1 = 26.835%; bounds: 1.02万亿 -> 10150..10250, 2450 -> 2449.5..2450.5:
            # (10150 / 2450.5) ** (1/6) - 1 = 26.727%, (10250 / 2449.5) ** (1/6) - 1 = 26.943%; 28.6 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. English pipe table by segment and year with E columns and a total row (hierarchy exact in every column);
    #     a prose rate on the total "rise 20.5% in 2025"; the table number nowhere
    dict(
        text=(
            "Table 3. Global AI-in-manufacturing software market by segment, USD billion "
            "(Norrland Industrial Analytics, January 2025)\n"
            "\n"
            "| Segment                   | 2023 | 2024 | 2025E | 2026E |\n"
            "|---------------------------|------|------|-------|-------|\n"
            "| Machine vision inspection |  5.8 |  6.9 |   8.2 |   9.7 |\n"
            "| Predictive maintenance    |  4.1 |  5.0 |   6.1 |   7.4 |\n"
            "| AI process control        |  2.6 |  3.2 |   3.9 |   4.8 |\n"
            "| Total                     | 12.5 | 15.1 |  18.2 |  21.9 |\n"
            "\n"
            "Total spending is expected to rise 20.5% in 2025, with machine vision still the largest segment."
        ),
        obs=[
            ("Machine vision inspection", 2023, 5.8, "USD billion", "actual"),
            ("Machine vision inspection", 2024, 6.9, "USD billion", "actual"),
            ("Machine vision inspection", 2025, 8.2, "USD billion", "estimate"),
            ("Machine vision inspection", 2026, 9.7, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 4.1, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 5.0, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 6.1, "USD billion", "estimate"),
            ("Predictive maintenance", 2026, 7.4, "USD billion", "estimate"),
            ("AI process control", 2023, 2.6, "USD billion", "actual"),
            ("AI process control", 2024, 3.2, "USD billion", "actual"),
            ("AI process control", 2025, 3.9, "USD billion", "estimate"),
            ("AI process control", 2026, 4.8, "USD billion", "estimate"),
            ("Total", 2023, 12.5, "USD billion", "actual"),
            ("Total", 2024, 15.1, "USD billion", "actual"),
            ("Total", 2025, 18.2, "USD billion", "estimate"),
            ("Total", 2026, 21.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.8 + 4.1 + 2.6 = 12.5
            ("hierarchy", "exact"),  # 2024: 6.9 + 5.0 + 3.2 = 15.1
            ("hierarchy", "exact"),  # 2025E: 8.2 + 6.1 + 3.9 = 18.2
            ("hierarchy", "exact"),  # 2026E: 9.7 + 7.4 + 4.8 = 21.9
            ("cagr|implied", "exact"),  # 18.2 / 15.1 - 1 = 20.530% -> 20.5
        ],
    ),
    # 16. Simplified Chinese pipe table in 亿元 with a 2025E column and a 合计 row; 2024 column adds only within
    #     rounding; prose share "2024年机器视觉占比50.2%" (arithmetic against the 合计); jobs count and table no. nowhere
    dict(
        text=(
            "表2 中国工业AI市场规模（按细分领域，单位：亿元）\n"
            "| 细分领域 | 2022 | 2023 | 2024 | 2025E |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 机器视觉 | 168 | 205 | 251 | 304 |\n"
            "| 预测性维护 | 97 | 122 | 150 | 186 |\n"
            "| 过程控制AI | 64 | 79 | 98 | 121 |\n"
            "| 合计 | 329 | 406 | 500 | 611 |\n"
            "注：E为预测值。2024年机器视觉占比50.2%，仍是最大细分领域；同期行业新增就业约3.5万人。"
            "数据来源：申衡证券研究所，2025年3月。"
        ),
        obs=[
            ("机器视觉", 2022, 168, "CNY 100 million", "actual"),
            ("机器视觉", 2023, 205, "CNY 100 million", "actual"),
            ("机器视觉", 2024, 251, "CNY 100 million", "actual"),
            ("机器视觉", 2025, 304, "CNY 100 million", "estimate"),
            ("预测性维护", 2022, 97, "CNY 100 million", "actual"),
            ("预测性维护", 2023, 122, "CNY 100 million", "actual"),
            ("预测性维护", 2024, 150, "CNY 100 million", "actual"),
            ("预测性维护", 2025, 186, "CNY 100 million", "estimate"),
            ("过程控制AI", 2022, 64, "CNY 100 million", "actual"),
            ("过程控制AI", 2023, 79, "CNY 100 million", "actual"),
            ("过程控制AI", 2024, 98, "CNY 100 million", "actual"),
            ("过程控制AI", 2025, 121, "CNY 100 million", "estimate"),
            ("合计", 2022, 329, "CNY 100 million", "actual"),
            ("合计", 2023, 406, "CNY 100 million", "actual"),
            ("合计", 2024, 500, "CNY 100 million", "actual"),
            ("合计", 2025, 611, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 50.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 168 + 97 + 64 = 329
            ("hierarchy", "exact"),  # 2023: 205 + 122 + 79 = 406
            # 2024: 251 + 150 + 98 = 499, printed 500; bounds each +-0.5: 497.5..500.5; 500 inside -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 304 + 186 + 121 = 611
            ("arithmetic", "exact"),  # 251 / 500 = 50.2%
        ],
    ),
    # 17. English space-aligned pair of tables: installations (thousand units, nowhere) beside market value
    #     (EUR million, observations); 2025F estimates; prose "grew 12.0% in 2024"; percentage point and table
    #     numbers nowhere
    dict(
        text=(
            "Central European machine vision, 2023-2025F (Verband Bildverarbeitung Mitteleuropa, annual statistics "
            "released 30 April 2025)\n"
            "\n"
            "Table 5  Cameras and vision sensors installed (thousand units)\n"
            "                        2023     2024    2025F\n"
            "Smart cameras            410      468      530\n"
            "Vision sensors           655      702      760\n"
            "\n"
            "Table 6  Machine-vision inspection market (EUR million)\n"
            "                        2023     2024    2025F\n"
            "Hardware               1,240    1,365    1,490\n"
            "Software & services      880    1,010    1,170\n"
            "Total                  2,120    2,375    2,660\n"
            "\n"
            "The association said the market grew 12.0% in 2024, while software's share of the total rose by 1.0 "
            "percentage point."
        ),
        obs=[
            ("Hardware", 2023, 1240, "EUR million", "actual"),
            ("Hardware", 2024, 1365, "EUR million", "actual"),
            ("Hardware", 2025, 1490, "EUR million", "estimate"),
            ("Software & services", 2023, 880, "EUR million", "actual"),
            ("Software & services", 2024, 1010, "EUR million", "actual"),
            ("Software & services", 2025, 1170, "EUR million", "estimate"),
            ("Total", 2023, 2120, "EUR million", "actual"),
            ("Total", 2024, 2375, "EUR million", "actual"),
            ("Total", 2025, 2660, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1,240 + 880 = 2,120
            ("hierarchy", "exact"),  # 2024: 1,365 + 1,010 = 2,375
            ("hierarchy", "exact"),  # 2025F: 1,490 + 1,170 = 2,660
            ("cagr|implied", "exact"),  # 2375 / 2120 - 1 = 12.028% -> 12.0
        ],
    ),
    # 18. English vertical table whose rows are years, lone value column headed by its unit only (Total), a YoY
    #     column (four rates, each exact), 2025e estimate; briefing number and plants monitored nowhere
    dict(
        text=(
            "Southeast Asia: predictive-maintenance software spending "
            "(Pacifica Automation Council, Briefing No. 14, March 2025)\n"
            "\n"
            "Year     USD million     YoY\n"
            "2021           1,180       –\n"
            "2022           1,420   20.3%\n"
            "2023           1,730   21.8%\n"
            "2024           2,090   20.8%\n"
            "2025e          2,510   20.1%\n"
            "\n"
            "Plants with online condition monitoring in the region reached 3,400 in 2024."
        ),
        obs=[
            ("Total", 2021, 1180, "USD million", "actual"),
            ("Total", 2022, 1420, "USD million", "actual"),
            ("Total", 2023, 1730, "USD million", "actual"),
            ("Total", 2024, 2090, "USD million", "actual"),
            ("Total", 2025, 2510, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.3, "percent", 2021, 2022, 1.0),
            ("growth", 21.8, "percent", 2022, 2023, 1.0),
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1420 / 1180 - 1 = 20.339% -> 20.3
            ("cagr|implied", "exact"),  # 1730 / 1420 - 1 = 21.831% -> 21.8
            ("cagr|implied", "exact"),  # 2090 / 1730 - 1 = 20.809% -> 20.8
            ("cagr|implied", "exact"),  # 2510 / 2090 - 1 = 20.096% -> 20.1
        ],
    ),
    # 19. Traditional Chinese tab-separated table in 新台幣億元 with a 2025(E) column and a 總計 row (hierarchy exact);
    #     prose "2024年總計年增21.5%" exact only within rounding; member count nowhere
    dict(
        text=(
            "台灣工業AI應用市場規模（單位：新台幣億元）\n"
            "細分領域\t2023\t2024\t2025(E)\n"
            "機器視覺檢測\t92\t110\t131\n"
            "預測性維護\t48\t59\t72\n"
            "製程控制AI\t35\t43\t54\n"
            "總計\t175\t212\t257\n"
            "資料來源：台灣區智慧機械產業公會（2025年5月）。2024年總計年增21.5%；同期會員廠商增至318家。"
        ),
        obs=[
            ("機器視覺檢測", 2023, 92, "TWD 100 million", "actual"),
            ("機器視覺檢測", 2024, 110, "TWD 100 million", "actual"),
            ("機器視覺檢測", 2025, 131, "TWD 100 million", "estimate"),
            ("預測性維護", 2023, 48, "TWD 100 million", "actual"),
            ("預測性維護", 2024, 59, "TWD 100 million", "actual"),
            ("預測性維護", 2025, 72, "TWD 100 million", "estimate"),
            ("製程控制AI", 2023, 35, "TWD 100 million", "actual"),
            ("製程控制AI", 2024, 43, "TWD 100 million", "actual"),
            ("製程控制AI", 2025, 54, "TWD 100 million", "estimate"),
            ("總計", 2023, 175, "TWD 100 million", "actual"),
            ("總計", 2024, 212, "TWD 100 million", "actual"),
            ("總計", 2025, 257, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 92 + 48 + 35 = 175
            ("hierarchy", "exact"),  # 2024: 110 + 59 + 43 = 212
            ("hierarchy", "exact"),  # 2025(E): 131 + 72 + 54 = 257
            # 212 / 175 - 1 = 21.143% -> 21.1, not 21.5;
            # bounds 211.5 / 175.5 - 1 = 20.513%, 212.5 / 174.5 - 1 = 21.777%; 21.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. Simplified Chinese space-aligned structure table for one year (2024) with a 占比 column: four shares with
    #     part and whole printed (arithmetic), the 100.0% total no claim, 合计 row (hierarchy); camera shipments nowhere
    dict(
        text=(
            "据启衡研究院2025年4月发布的数据，2024年我国机器视觉市场结构如下（按应用）：\n"
            "应用          规模（亿元）      占比\n"
            "缺陷检测           96.4      48.2%\n"
            "尺寸测量           41.0      20.5%\n"
            "定位引导           38.6      19.3%\n"
            "识别读码           24.0      12.0%\n"
            "合计              200.0     100.0%\n"
            "研究院同时统计，2024年国内工业相机出货量约为580万台。"
        ),
        obs=[
            ("缺陷检测", 2024, 96.4, "CNY 100 million", "actual"),
            ("尺寸测量", 2024, 41.0, "CNY 100 million", "actual"),
            ("定位引导", 2024, 38.6, "CNY 100 million", "actual"),
            ("识别读码", 2024, 24.0, "CNY 100 million", "actual"),
            ("合计", 2024, 200.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 48.2, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 12.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 200.0 = 48.2%
            ("arithmetic", "exact"),  # 41.0 / 200.0 = 20.5%
            ("arithmetic", "exact"),  # 38.6 / 200.0 = 19.3%
            ("arithmetic", "exact"),  # 24.0 / 200.0 = 12.0%
            ("hierarchy", "exact"),  # 96.4 + 41.0 + 38.6 + 24.0 = 200.0
        ],
    ),
    # 21. dated English news (German association, EUR): "rose 6% to €3.1 billion in 2024, from €2.93 billion";
    #    "this year ... around €3.2 billion" is a 2025 estimate; member count, cameras shipped, percentage points
    #    and a deep-learning penetration rate (41%) are expected nowhere
    dict(
        text=(
            "STUTTGART, 12 March 2025 — Germany's machine-vision suppliers had a better year than the factories "
            "they sell to. Sales of industrial image-processing systems in Germany rose 6% to €3.1 billion in 2024, "
            "from €2.93 billion in 2023, the Verband Bildverarbeitung und Automation (VBA) said on Wednesday. Its 214 "
            "member companies shipped more than 180,000 smart cameras, and the proportion of systems running "
            "deep-learning classifiers climbed 9 percentage points to 41%. For this year the association expects "
            "growth to slow to 3%, taking the market to around €3.2 billion."
        ),
        obs=[
            ("Total", 2024, 3.1, "EUR billion", "actual"),
            ("Total", 2023, 2.93, "EUR billion", "actual"),
            ("Total", 2025, 3.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 6, "percent", 2023, 2024, 1.0),
            ("growth", 3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.1 / 2.93 - 1 = 5.80% -> 6
            ("cagr|implied", "exact"),  # 3.2 / 3.1 - 1 = 3.23% -> 3
        ],
    ),
    # 22. English consultancy release (USD): stated 2024-2030 CAGR of 19.5% that its own amounts contradict;
    #    survey answer (62%), respondent count, "a multibillion-dollar opportunity" and the firm's own revenue nowhere
    dict(
        text=(
            "LONDON, 3 June 2025 — Predictive maintenance remains the industrial-AI use case that finance directors "
            "sign off most readily. Caldmoor Analytics values the global market for predictive-maintenance software "
            "and services at $7.8 billion in 2024 and forecasts $21.5 billion by 2030, which it puts at a compound "
            "annual growth rate of 19.5% for 2024-2030. Among the 420 plant managers Caldmoor surveyed, 62% said "
            "unplanned downtime had fallen by at least a fifth within a year of deployment. The firm calls vibration "
            "analytics for rotating equipment \"a multibillion-dollar opportunity\" on its own, and notes that its "
            "own consulting revenue rose 14% last year."
        ),
        obs=[
            ("Total", 2024, 7.8, "USD billion", "actual"),
            ("Total", 2030, 21.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (21.5 / 7.8) ** (1/6) - 1 = 18.41%; bounds 21.45/7.85 -> 18.24%, 21.55/7.75 -> 18.58%;
            # 39.5 needs [19.45, 19.55] -> none reaches it
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. English earnings call: the TAM a company sizes is the market (Total); "about $14 billion last year"
    #    (dateline 2025 -> 2024, actual) to "$34 billion by 2030", "roughly 16% a year compounded" with no span
    #    printed -> inferred; quarter revenue, orders, margin guidance, headcount, price target and upside nowhere
    dict(
        text=(
            "Tessaly Systems, fourth-quarter fiscal 2024 earnings call, 20 February 2025. Chief executive Mara "
            "Quint: \"We size the total addressable market for AI-driven process control at about $14 billion last "
            "year, and we think it gets to $34 billion by 2030 — call it roughly 16% a year compounded. "
            "Fourth-quarter revenue was $212 million, up 31%, and we booked $260 million of new orders.\" Chief "
            "financial officer Dev Anand guided to a gross margin of 71% for fiscal 2025 and said headcount had "
            "reached 3,400. Brenner & Co. raised its price target to $148, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2030, 34, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (34 / 14) ** (1/6) - 1 = 15.94% -> 16
        ],
    ),
    # 24. English briefing on Japan in yen (¥ billion -> JPY billion), fiscal years; a part with its share
    #    ("¥148 billion, or 36% of the total"), an average yearly rate inferred from fiscal 2023 and 2028 amounts;
    #    "roughly a quarter of spending", plant count and percentage points nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI systems on the factory floor was worth ¥412 billion in fiscal 2023, "
            "according to the Japan Smart Manufacturing Association (JSMA), with visual inspection accounting for "
            "¥148 billion, or 36% of the total. Predictive maintenance made up roughly a quarter of spending and is "
            "growing fastest. JSMA expects the overall market to reach ¥690 billion in fiscal 2028, an average rise "
            "of 10.9% a year. The association's survey of 530 plants found that defect rates fell by an average of "
            "1.8 percentage points after AI inspection was introduced."
        ),
        obs=[
            ("Total", 2023, 412, "JPY billion", "actual"),
            ("Visual inspection", 2023, 148, "JPY billion", "actual"),
            ("Total", 2028, 690, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2023, 2023, None),
            ("cagr", 10.9, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 148 / 412 = 35.92% -> 36
            ("cagr|period", "exact"),  # (690 / 412) ** (1/5) - 1 = 10.86% -> 10.9
        ],
    ),
    # 25. English news with a rival publisher's figure for the same year (expected nowhere), a stated
    #    "between 2024 and 2029" CAGR, a factory count and a first-quarter contracts figure (nowhere)
    dict(
        text=(
            "BRUSSELS, 9 May 2025 — Halvorsen Insight reckons European manufacturers spent €18.6 billion on "
            "smart-factory software — execution systems, industrial analytics and AI for process control — in 2024, "
            "and it expects the figure to reach €31.0 billion in 2029, a compound annual growth rate of 10.8% between "
            "2024 and 2029. A rival estimate from Brightwater Research puts last year's market at €16 billion. "
            "Halvorsen counts some 11,500 European factories now connected to a cloud analytics platform, and in the "
            "first quarter of 2025 alone it tracked €4.9 billion of new software contracts."
        ),
        obs=[
            ("Total", 2024, 18.6, "EUR billion", "actual"),
            ("Total", 2029, 31.0, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 10.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.0 / 18.6) ** (1/5) - 1 = 10.76% -> 10.8
        ],
    ),
    # 26. Simplified Chinese wire story: 2024年1,280亿元, 同比增长24.6%, 2023年为1,027亿元; a 2027 range
    #    "2,400亿至2,600亿元" as two value claims; factories connected (3.2万家) and 百分点 nowhere
    dict(
        text=(
            "华夏财经北京2025年1月16日电(记者 林晓)中国工业智能产业联盟16日发布的报告显示,2024年我国工业AI市场规模"
            "达到1,280亿元,同比增长24.6%,2023年为1,027亿元。报告预计,到2027年市场规模有望达到2,400亿至2,600亿元。"
            "截至2024年底,全国已有超过3.2万家工厂接入工业互联网平台,重点企业设备综合效率平均提升6.3个百分点。"
        ),
        obs=[
            ("Total", 2024, 1280, "CNY 100 million", "actual"),
            ("Total", 2023, 1027, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("value", 2400, "CNY 100 million", 2027, 2027, None),
            ("value", 2600, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1280 / 1027 - 1 = 24.63% -> 24.6
        ],
    ),
    # 27. Simplified Chinese industry report on 机器视觉: "较2023年的185.2亿元同比增长12.4%" contradicted by its own
    #    amounts; report title year, "约占...四成", camera shipments (万台), 漏检率, a leader's revenue and margin nowhere
    dict(
        text=(
            "恒视产业研究院最新发布的《中国机器视觉产业年度报告(2025)》显示,2024年中国机器视觉市场规模为207.5亿元,"
            "较2023年的185.2亿元同比增长12.4%。其中3D视觉检测约占新增需求的四成。全年工业相机出货量达到486万台,"
            "汽车电子产线的漏检率已降至0.3%以下。行业龙头启明视科2024年营业收入为23.6亿元,毛利率为45.2%。"
        ),
        obs=[
            ("Total", 2024, 207.5, "CNY 100 million", "actual"),
            ("Total", 2023, 185.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 227.5 / 185.2 - 1 = 12.04%; bounds 207.45/185.25 -> 11.98%, 207.55/185.15 -> 12.10%;
            # 32.4 needs [12.35, 12.45] -> none reaches it
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Simplified Chinese research note: series opens in 亿元, a later 万亿元 forecast converted to the series' unit
    #    (1.02万亿元 -> 10200); a part "工业AI软件 约为410亿元"; 工业增加值 growth and a 第四季度 figure nowhere
    dict(
        text=(
            "信测咨询2025年3月发布的研究显示,2024年我国工业软件市场规模为3,150亿元,比2023年的2,824亿元增长11.5%。"
            "其中,以视觉质检、预测性维护和工艺优化为主的工业AI软件约为410亿元。研究预计,受工业大模型落地带动,"
            "市场规模到2030年有望达到1.02万亿元。同期全国规模以上工业增加值同比增长5.8%,第四季度工业软件招标金额为312亿元。"
        ),
        obs=[
            ("Total", 2024, 3150, "CNY 100 million", "actual"),
            ("Total", 2023, 2824, "CNY 100 million", "actual"),
            ("工业AI软件", 2024, 410, "CNY 100 million", "actual"),
            ("Total", 2030, 10200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3150 / 2824 - 1 = 11.54% -> 11.5
        ],
    ),
    # 29. Traditional Chinese (Taiwan) wire story in 新台幣億元: 年增 18.5% and a stated 2024至2027年 CAGR 約19%;
    #    factories adopting AOI, 百分點, a company's first-quarter revenue and orders nowhere
    dict(
        text=(
            "(台北2025年4月8日電)台灣智慧機械產業協會今天公布,2024年台灣智慧製造AI解決方案市場規模達新台幣486億元,"
            "較2023年的410億元成長18.5%。協會預估,2027年市場規模將達820億元,2024至2027年複合成長率約19%。"
            "國內已有逾2,600座工廠導入AI瑕疵檢測,平均良率提升2.1個百分點。AOI設備廠鈞澄科技首季營收新台幣12.3億元,"
            "年增31%,在手訂單能見度已達第3季。"
        ),
        obs=[
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2023, 410, "TWD 100 million", "actual"),
            ("Total", 2027, 820, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 410 - 1 = 18.54% -> 18.5
            ("cagr|implied", "exact"),  # (820 / 486) ** (1/3) - 1 = 19.05% -> 19
        ],
    ),
    # 30. Traditional Chinese (Hong Kong) in 億港元: "約為18.6億港元,較2023年的15.2億港元增長23%" exact only within
    #     rounding; "今年...可望突破21億港元" a 2025 estimate at its printed figure; plant count and survey nowhere
    dict(
        text=(
            "(香港2025年5月20日)本地顧問機構港睿研究發表報告指出,本港工業AI及機器視覺方案市場2024年約為18.6億港元,"
            "較2023年的15.2億港元增長23%。報告指,本港約有1,300間廠房仍在營運,受訪企業中有58%表示計劃於兩年內引入AI質檢。"
            "港睿研究預期,今年市場規模可望突破21億港元。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2023, 15.2, "HKD 100 million", "actual"),
            ("Total", 2025, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.6 / 15.2 - 1 = 22.37% -> 22, not 23; bounds 18.55/15.25 -> 21.64%, 18.65/15.15 -> 23.10%;
            # 43.10 reaches [22.5, 23.5] -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Traditional Chinese report on Japan in 億日圓 (-> JPY 100 million), fiscal years (年度): "成長14%"
    #     contradicted by 2,760 -> 3,120; "約占四成", robots shipped (萬台) and downtime cut (27%) nowhere
    dict(
        text=(
            "(東京綜合外電)日本工廠自動化振興會最新統計,2024年度日本製造業AI解決方案市場規模達3,120億日圓,"
            "較2023年度的2,760億日圓成長14%。其中機器視覺檢測約占四成。同年度日本工業機器人出貨台數為18.2萬台,"
            "導入AI的工廠平均停機時間縮短了27%。振興會預估,2027年度市場可望達4,500億日圓。"
        ),
        obs=[
            ("Total", 2024, 3120, "JPY 100 million", "actual"),
            ("Total", 2023, 2760, "JPY 100 million", "actual"),
            ("Total", 2027, 4500, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3120 / 2760 - 1 = 13.04%; bounds 3119.5/2760.5 -> 13.00%, 3120.5/2759.5 -> 13.08%;
            # 14 needs [13.5, 14.5] -> none reaches it
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Simplified Chinese provincial plan: title years (2025—2027) nowhere; "到2027年...突破600亿元,较2024年的
    #     260亿元增长1.3倍" is x2.3 over 3 years (no verdict); smart-factory counts, 数控化率 and 工业增加值 nowhere
    dict(
        text=(
            "临江省近日印发《临江省工业人工智能赋能制造业行动方案(2025—2027年)》,提出到2027年全省工业AI核心产业规模"
            "突破600亿元,较2024年的260亿元增长1.3倍。方案同时要求培育100家以上智能工厂、打造20个行业大模型,"
            "规上工业企业关键工序数控化率达到72%。2024年全省规模以上工业增加值为1.86万亿元,同比增长6.9%。"
        ),
        obs=[
            ("Total", 2027, 600, "CNY 100 million", "estimate"),
            ("Total", 2024, 260, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2024, 2027, 3.0),  # 增长1.3倍 between two printed amounts -> x2.3
        ],
        verdicts=[],
    ),
    # 33. Simplified Chinese broker note: "约52亿元" -> "420亿元", "2024—2028年复合增速约68%" exact only within
    #     rounding; penetration rate, "千亿级" vague size, rating, price target, upside and company revenue nowhere
    dict(
        text=(
            "东岳证券研究所在最新深度报告中测算,2024年国内工业大模型市场规模约为52亿元,预计2028年将达到420亿元,"
            "2024—2028年复合增速约68%。报告认为,工业大模型在研发设计与排产调度环节的渗透率仍不足5%,千亿级市场空间有待打开。"
            "首次覆盖华擎智控,给予“买入”评级,目标价86.5元,较现价有28%上涨空间;公司2024年营业收入为18.7亿元。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2028, 420, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 68, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (420 / 52) ** (1/4) - 1 = 68.58% -> 69, not 68; bounds 419.5/52.5 -> 68.13%, 420.5/51.5 -> 69.04%;
            # 88.13 reaches [67.5, 68.5] -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Simplified Chinese white paper: segment amounts with their printed shares of an 860亿元 market, one share
    #     (22.6%) exact only within rounding; white paper title year, surveyed firms and 37% answer nowhere
    dict(
        text=(
            "《2025中国工业智能应用白皮书》显示,2024年我国工业智能应用市场规模为860亿元。从细分领域看,视觉质检规模为"
            "352亿元,占比40.9%;预测性维护为195亿元,占比22.6%;工艺参数优化为148亿元,占比17.2%;其余为能耗管理、"
            "安全监测等场景。白皮书调研的1,500家企业中,有37%已将AI部署到两条以上产线。"
        ),
        obs=[
            ("Total", 2024, 860, "CNY 100 million", "actual"),
            ("视觉质检", 2024, 352, "CNY 100 million", "actual"),
            ("预测性维护", 2024, 195, "CNY 100 million", "actual"),
            ("工艺参数优化", 2024, 148, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 40.9, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
            ("share", 17.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 352 / 860 = 40.93% -> 40.9
            # 195 / 860 = 22.67% -> 22.7, not 22.6; bounds 194.5/860.5 -> 22.60%, 195.5/859.5 -> 22.75%;
            # 42.60 reaches [22.55, 22.65] -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),     # 148 / 860 = 17.21% -> 17.2
        ],
    ),
    # 35. English pipe table by segment and year with E columns and a Total row; rows add to the total in every
    #     year; a stated "over 2023-2026E" CAGR below; the table number nowhere
    dict(
        text=(
            "Table 3. Global industrial AI software market by segment (USD billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Machine vision inspection | 4.2 | 5.1 | 6.2 | 7.5 |\n"
            "| Predictive maintenance | 3.1 | 3.8 | 4.6 | 5.6 |\n"
            "| Process control & optimisation | 2.4 | 2.9 | 3.6 | 4.4 |\n"
            "| Industrial large models & copilots | 0.6 | 1.1 | 1.9 | 3.0 |\n"
            "| Total | 10.3 | 12.9 | 16.3 | 20.5 |\n"
            "\n"
            "Source: Norwell Partners estimates. We expect the total to compound at 26% a year over 2023-2026E."
        ),
        obs=[
            ("Machine vision inspection", 2023, 4.2, "USD billion", "actual"),
            ("Machine vision inspection", 2024, 5.1, "USD billion", "actual"),
            ("Machine vision inspection", 2025, 6.2, "USD billion", "estimate"),
            ("Machine vision inspection", 2026, 7.5, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 3.1, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 3.8, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 4.6, "USD billion", "estimate"),
            ("Predictive maintenance", 2026, 5.6, "USD billion", "estimate"),
            ("Process control & optimisation", 2023, 2.4, "USD billion", "actual"),
            ("Process control & optimisation", 2024, 2.9, "USD billion", "actual"),
            ("Process control & optimisation", 2025, 3.6, "USD billion", "estimate"),
            ("Process control & optimisation", 2026, 4.4, "USD billion", "estimate"),
            ("Industrial large models & copilots", 2023, 0.6, "USD billion", "actual"),
            ("Industrial large models & copilots", 2024, 1.1, "USD billion", "actual"),
            ("Industrial large models & copilots", 2025, 1.9, "USD billion", "estimate"),
            ("Industrial large models & copilots", 2026, 3.0, "USD billion", "estimate"),
            ("Total", 2023, 10.3, "USD billion", "actual"),
            ("Total", 2024, 12.9, "USD billion", "actual"),
            ("Total", 2025, 16.3, "USD billion", "estimate"),
            ("Total", 2026, 20.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 4.2 + 3.1 + 2.4 + 0.6 = 10.3
            ("hierarchy", "exact"),     # 2024: 5.1 + 3.8 + 2.9 + 1.1 = 12.9
            ("hierarchy", "exact"),     # 2025E: 6.2 + 4.6 + 3.6 + 1.9 = 16.3
            ("hierarchy", "exact"),     # 2026E: 7.5 + 5.6 + 4.4 + 3.0 = 20.5
            ("cagr|implied", "exact"),  # (20.5 / 10.3) ** (1/3) - 1 = 25.79% -> 26
        ],
    ),
    # 36. Simplified Chinese space-aligned tables: a table of shipments (万台, expected nowhere) beside a table of
    #     market value (亿元) by segment with a 合计 row; table numbers nowhere
    dict(
        text=(
            "表1 中国工业机器视觉设备出货量(万台)\n"
            "细分            2023年    2024年\n"
            "2D视觉相机        312       356\n"
            "3D视觉传感器       41        58\n"
            "智能读码器         96       104\n"
            "\n"
            "表2 中国工业机器视觉市场规模(亿元)\n"
            "细分            2023年    2024年\n"
            "2D视觉检测      118.6     126.4\n"
            "3D视觉检测       32.5      41.8\n"
            "读码与识别       24.1      25.9\n"
            "合计            175.2     194.1\n"
            "\n"
            "注:出货量按设备台数统计,不含配套镜头与光源。"
        ),
        obs=[
            ("2D视觉检测", 2023, 118.6, "CNY 100 million", "actual"),
            ("2D视觉检测", 2024, 126.4, "CNY 100 million", "actual"),
            ("3D视觉检测", 2023, 32.5, "CNY 100 million", "actual"),
            ("3D视觉检测", 2024, 41.8, "CNY 100 million", "actual"),
            ("读码与识别", 2023, 24.1, "CNY 100 million", "actual"),
            ("读码与识别", 2024, 25.9, "CNY 100 million", "actual"),
            ("合计", 2023, 175.2, "CNY 100 million", "actual"),
            ("合计", 2024, 194.1, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 118.6 + 32.5 + 24.1 = 175.2
            ("hierarchy", "exact"),  # 2024: 126.4 + 41.8 + 25.9 = 194.1
        ],
    ),
    # 37. English tab-separated vertical table, rows are years, lone value column headed by its unit only (Total);
    #     a YoY column gives a growth claim per year, the 2025E one exact only within rounding
    dict(
        text=(
            "US spending on AI-based process control in discrete manufacturing\n"
            "Year\tUSD million\tYoY\n"
            "2021\t1,140\t-\n"
            "2022\t1,395\t22.4%\n"
            "2023\t1,672\t19.9%\n"
            "2024\t1,951\t16.7%\n"
            "2025E\t2,268\t16.3%\n"
            "Source: Ridgefield Industrial Research; 2025E as of January 2025."
        ),
        obs=[
            ("Total", 2021, 1140, "USD million", "actual"),
            ("Total", 2022, 1395, "USD million", "actual"),
            ("Total", 2023, 1672, "USD million", "actual"),
            ("Total", 2024, 1951, "USD million", "actual"),
            ("Total", 2025, 2268, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 19.9, "percent", 2022, 2023, 1.0),
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1395 / 1140 - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),     # 1672 / 1395 - 1 = 19.86% -> 19.9
            ("cagr|implied", "exact"),     # 1951 / 1672 - 1 = 16.69% -> 16.7
            # 2268 / 1951 - 1 = 16.248% -> 16.2, not 16.3; bounds 2267.5/1951.5 -> 16.19%, 2268.5/1950.5 -> 16.30%;
            # 36.30 reaches [16.25, 16.35] -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 38. Simplified Chinese pipe vertical table, rows are years, two value columns (机器视觉, 预测性维护) under
    #     "单位:亿元"; a 2025E row; a stated 2022-2025年 CAGR for 预测性维护 in the prose below
    dict(
        text=(
            "单位:亿元\n"
            "| 年份 | 机器视觉 | 预测性维护 |\n"
            "| --- | --- | --- |\n"
            "| 2022 | 156.3 | 48.2 |\n"
            "| 2023 | 185.2 | 57.9 |\n"
            "| 2024 | 207.5 | 70.4 |\n"
            "| 2025E | 236.0 | 86.1 |\n"
            "资料来源:鼎衡证券研究所。预测性维护市场2022-2025年复合增速约21%,快于机器视觉。"
        ),
        obs=[
            ("机器视觉", 2022, 156.3, "CNY 100 million", "actual"),
            ("机器视觉", 2023, 185.2, "CNY 100 million", "actual"),
            ("机器视觉", 2024, 207.5, "CNY 100 million", "actual"),
            ("机器视觉", 2025, 236.0, "CNY 100 million", "estimate"),
            ("预测性维护", 2022, 48.2, "CNY 100 million", "actual"),
            ("预测性维护", 2023, 57.9, "CNY 100 million", "actual"),
            ("预测性维护", 2024, 70.4, "CNY 100 million", "actual"),
            ("预测性维护", 2025, 86.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.1 / 48.2) ** (1/3) - 1 = 21.33% -> 21
        ],
    ),
    # 39. English space-aligned table in EUR million by application with a Total row, a share column for 2024
    #     (each share's part and whole printed; the 100.0% total is no claim) and a 2025P column; member count nowhere
    dict(
        text=(
            "Industrial AI in Germany by application (EUR million)\n"
            "Application               2024   Share 2024   2025P\n"
            "Visual inspection          612        38.1%     668\n"
            "Predictive maintenance     455        28.3%     521\n"
            "Process optimisation       318        19.8%     352\n"
            "Other                      222        13.8%     236\n"
            "Total                    1,607       100.0%   1,777\n"
            "Source: Arbeitskreis Industrielle KI, survey of 156 member companies; P = projection."
        ),
        obs=[
            ("Visual inspection", 2024, 612, "EUR million", "actual"),
            ("Visual inspection", 2025, 668, "EUR million", "estimate"),
            ("Predictive maintenance", 2024, 455, "EUR million", "actual"),
            ("Predictive maintenance", 2025, 521, "EUR million", "estimate"),
            ("Process optimisation", 2024, 318, "EUR million", "actual"),
            ("Process optimisation", 2025, 352, "EUR million", "estimate"),
            ("Other", 2024, 222, "EUR million", "actual"),
            ("Other", 2025, 236, "EUR million", "estimate"),
            ("Total", 2024, 1607, "EUR million", "actual"),
            ("Total", 2025, 1777, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 38.1, "percent", 2024, 2024, None),
            ("share", 28.3, "percent", 2024, 2024, None),
            ("share", 19.8, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2024: 612 + 455 + 318 + 222 = 1607
            ("hierarchy", "exact"),   # 2025P: 668 + 521 + 352 + 236 = 1777
            ("arithmetic", "exact"),  # 612 / 1607 = 38.08% -> 38.1
            ("arithmetic", "exact"),  # 455 / 1607 = 28.31% -> 28.3
            ("arithmetic", "exact"),  # 318 / 1607 = 19.79% -> 19.8
            ("arithmetic", "exact"),  # 222 / 1607 = 13.81% -> 13.8
        ],
    ),
    # 40. Traditional Chinese space-aligned table in 新台幣億元, total row (總計) printed first, F columns; the 2026F
    #     rows add to 628 but 總計 prints 638 (inconsistent); the association's member count nowhere
    dict(
        text=(
            "台灣工業AI市場規模(單位:新台幣億元)\n"
            "項目               2023    2024    2025F    2026F\n"
            "總計                372     445      531      638\n"
            "AOI瑕疵檢測         168     196      228      263\n"
            "預測性維護           94     115      139      166\n"
            "製程參數優化         71      88      109      135\n"
            "生成式AI與工業大模型  39      46       55       64\n"
            "資料來源:台灣智慧自動化產業協會;2024年會員廠商達1,120家。"
        ),
        obs=[
            ("總計", 2023, 372, "TWD 100 million", "actual"),
            ("總計", 2024, 445, "TWD 100 million", "actual"),
            ("總計", 2025, 531, "TWD 100 million", "estimate"),
            ("總計", 2026, 638, "TWD 100 million", "estimate"),
            ("AOI瑕疵檢測", 2023, 168, "TWD 100 million", "actual"),
            ("AOI瑕疵檢測", 2024, 196, "TWD 100 million", "actual"),
            ("AOI瑕疵檢測", 2025, 228, "TWD 100 million", "estimate"),
            ("AOI瑕疵檢測", 2026, 263, "TWD 100 million", "estimate"),
            ("預測性維護", 2023, 94, "TWD 100 million", "actual"),
            ("預測性維護", 2024, 115, "TWD 100 million", "actual"),
            ("預測性維護", 2025, 139, "TWD 100 million", "estimate"),
            ("預測性維護", 2026, 166, "TWD 100 million", "estimate"),
            ("製程參數優化", 2023, 71, "TWD 100 million", "actual"),
            ("製程參數優化", 2024, 88, "TWD 100 million", "actual"),
            ("製程參數優化", 2025, 109, "TWD 100 million", "estimate"),
            ("製程參數優化", 2026, 135, "TWD 100 million", "estimate"),
            ("生成式AI與工業大模型", 2023, 39, "TWD 100 million", "actual"),
            ("生成式AI與工業大模型", 2024, 46, "TWD 100 million", "actual"),
            ("生成式AI與工業大模型", 2025, 55, "TWD 100 million", "estimate"),
            ("生成式AI與工業大模型", 2026, 64, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2023: 168 + 94 + 71 + 39 = 372
            ("hierarchy", "exact"),         # 2024: 196 + 115 + 88 + 46 = 445
            ("hierarchy", "exact"),         # 2025F: 228 + 139 + 109 + 55 = 531
            # 2026F: 263 + 166 + 135 + 64 = 628 (bounds 626-630) vs printed 638 (637.5-638.5) -> inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 8, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up from USD 3.5 billion a year earlier',
    '18% more than the €1.17 billion',
    'call it a 22% compound',
    'about 1.4 times the ¥298 billion',
    '$7.5–8.1 billion this year',
    '£251 million of that, or 39%',
    'climbed 35% last year to $1.50 billion',
    'puts the compound annual growth over',
    'more than fivefold from its 2023 level',
    '较2023年的470亿元增长24.7%',
    '较2021年的24亿元增长3倍',
    '成長19.5%',
    '4.86億港元',
    '2030年的1.02万亿元',
    '| 合计 | 329 |',
    '2025e          2,510',
    '總計\t175\t212\t257',
    'Table 6  Machine-vision inspection market (EUR million)',
    '合计              200.0     100.0%',
    'rose 6% to €3.1 billion in 2024, from €2.93 billion',
    'a compound annual growth rate of 19.5% for 2024-2030',
    'call it roughly 16% a year compounded',
    'or 36% of the total',
    'A rival estimate from Brightwater Research',
    '同比增长24.6%,2023年为1,027亿元',
    '2,400亿至2,600亿元',
    '较2023年的185.2亿元同比增长12.4%',
    '有望达到1.02万亿元',
    '2024至2027年複合成長率約19%',
    '較2023年的15.2億港元增長23%',
    '3,120億日圓',
    '较2024年的260亿元增长1.3倍',
    '复合增速约68%',
    '占比22.6%',
    '| Total | 10.3 | 12.9 | 16.3 | 20.5 |',
    'Year\tUSD million\tYoY',
    '单位:亿元',
    'Share 2024',
    '總計                372',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 220
#: figures, 41 rates, 77 verdicts and 1 false inconsistent
#: after the readings chosen on the hundred-and-twenty-eighth and hundred-and-thirtieth sets: 222, 41, 77 and 1
FLOORS = {"figures_found": 224, "rates_found": 42, "verdicts_right": 79}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset131.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
