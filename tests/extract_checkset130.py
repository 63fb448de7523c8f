"""A hundred-and-thirtieth check set for the extractor, written blind: AI in manufacturing and industrial software, in English and
Chinese (Simplified and Traditional) -- industrial AI, machine vision inspection, predictive maintenance, AI for
process control, industrial large models and smart-factory software, sized in money by industrial-internet
alliances, automation associations, brokers, provincial plans, German, Japanese and Taiwanese associations and
consultancies; machines or cameras installed, factories connected, defect rates, energy or downtime saved, a region's
industrial output, a company's own revenue or orders and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a Berlin news item in euros: "last year" from the dateline, "18% more than the €3.56 billion of 2023",
    #    a stated 2024-2028 CAGR; member firms and robot installations expected nowhere
    dict(
        text=(
            "BERLIN, 12 May 2025 — German manufacturers spent €4.2 billion on industrial AI software and services "
            "last year, 18% more than the €3.56 billion of 2023, according to the Fachverband Industrielle "
            "Intelligenz (FII). The association, which speaks for 1,240 member firms, expects the market to reach "
            "€7.9 billion in 2028, a compound annual growth rate of 17% between 2024 and 2028. Robot installations "
            "in German plants, by contrast, slipped to 26,000 units."
        ),
        obs=[
            ("Total", 2024, 4.2, "EUR billion", "actual"),
            ("Total", 2023, 3.56, "EUR billion", "actual"),
            ("Total", 2028, 7.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("cagr", 17.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.2 / 3.56 - 1 = 17.98% -> 18
            ("cagr|period", "exact"),   # (7.9 / 4.2) ** (1/4) - 1 = 17.11% -> 17
        ],
    ),
    # 2. an earnings-call transcript: the CEO sizes the TAM ("roughly $11 billion this year", "$19 billion by
    #    fiscal 2028", "about 20% a year compounded" = inferred CAGR); the quarter's own revenue, its growth,
    #    gross margin and site count expected nowhere
    dict(
        text=(
            "Corvane Systems, Q2 fiscal 2025 earnings call, 6 August 2025. CEO Lena Marsh: \"Revenue for the "
            "quarter was $112 million, up 23% year on year, and gross margin held at 71%. We now serve more than "
            "1,900 plant sites. Stepping back, we size the total addressable market for predictive-maintenance "
            "software at roughly $11 billion this year, and we see it getting to $19 billion by fiscal 2028 — call "
            "it about 20% a year compounded. We think we are still early in that curve.\""
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2028, 19, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (19 / 11) ** (1/3) - 1 = 19.98% -> 20
        ],
    ),
    # 3. a broker's sector note: "up 11% from $12.8 billion" which its own figures contradict; a company's
    #    revenue, a price target and its upside expected nowhere
    dict(
        text=(
            "Kestrel Securities | Sector note | 3 April 2025. The global machine-vision inspection market was worth "
            "$14.6 billion in 2024 by our count, up 11% from $12.8 billion in 2023, and we expect it to reach "
            "$21.0 billion in 2027. Our top pick, Vantor Optics, grew revenue to $1.21 billion in FY2024 on "
            "semiconductor and battery lines. We reiterate Buy with a price target of $142, implying 18% upside."
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2023, 12.8, "USD billion", "actual"),
            ("Total", 2027, 21.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 14.6 / 12.8 - 1 = 14.06%; bounds 14.55/12.85 - 1 = 13.23% .. 14.65/12.75 - 1 = 14.90%; 11 not reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. a report's executive summary: segments' amounts with their shares in brackets (two exact, one only
    #    within rounding); the title year, respondents and a survey answer expected nowhere
    dict(
        text=(
            "Executive summary — Industrial AI Software: Market Landscape 2025 (Ashgrove Partners). Of the "
            "$9.8 billion that manufacturers spent on industrial AI software in 2024, predictive maintenance took "
            "$3.1 billion (32%), machine vision $2.7 billion (28%) and process control $2.0 billion (21%); the rest "
            "went on planning and energy tools. In our survey of 420 plant leaders, 61% said they would raise AI "
            "budgets next year."
        ),
        obs=[
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 3.1, "USD billion", "actual"),
            ("Machine vision", 2024, 2.7, "USD billion", "actual"),
            ("Process control", 2024, 2.0, "USD billion", "actual"),
        ],
        claims=[
            ("share", 32.0, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("share", 21.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 3.1 / 9.8 = 31.63% -> 32
            ("arithmetic", "exact"),     # 2.7 / 9.8 = 27.55% -> 28
            # 2.0 / 9.8 = 20.41% -> 20, not 21; bounds 1.95/9.85 = 19.80% .. 2.05/9.75 = 21.03% -> 21 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. a Tokyo press release in yen: ¥ billion in fiscal years, "a compound annual growth rate of 10.8% over
    #    fiscal 2024-2029"; sensors installed, downtime saved and member count expected nowhere
    dict(
        text=(
            "TOKYO, 10 June 2025 — The Japan Association for Plant Intelligence (JAPI) put the domestic market for "
            "AI-driven predictive maintenance and process control at ¥186 billion in fiscal 2024 and forecasts that "
            "it will reach ¥310 billion in fiscal 2029, a compound annual growth rate of 10.8% over fiscal "
            "2024-2029. The association counted 41,000 AI-equipped vibration and thermal sensors installed at its "
            "members' plants, and said unplanned downtime at adopting sites fell by 23% on average. JAPI has 312 "
            "member companies."
        ),
        obs=[
            ("Total", 2024, 186, "JPY billion", "actual"),
            ("Total", 2029, 310, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 10.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (310 / 186) ** (1/5) - 1 = 10.76% -> 10.8
        ],
    ),
    # 6. an investor day: "$38 billion in 2024" and "2.5x that size, $95 billion, by 2030" (multiple, no
    #    verdict); a second market given as a range ($4-6 billion in 2027, two value claims); the company's
    #    share target, its revenue and "a multibillion-dollar opportunity" expected nowhere
    dict(
        text=(
            "CHICAGO, 11 March 2025 — At its first investor day, Halvorsen Automation sized the industrial AI market "
            "at $38 billion in 2024 and said it should be 2.5x that size, $95 billion, by 2030. A newer slice, "
            "industrial large models, was put at $4 billion to $6 billion in 2027. Halvorsen, whose revenue last "
            "year was $2.3 billion, aims to win a 10% share of the total by 2030, and chief executive Mara Velde "
            "called aftermarket services \"a multibillion-dollar opportunity\"."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2030, 95, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),  # 95 / 38 = 2.5; multiples get no verdict
            ("value", 4.0, "USD billion", 2027, 2027, None),
            ("value", 6.0, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 7. a London news item in sterling: "up 9.4% from £1.22 billion" exact only within rounding; percentage
    #    points, a penetration rate, factories connected and "roughly a quarter" expected nowhere
    dict(
        text=(
            "LONDON, 22 January 2025 — Spending by UK manufacturers on smart-factory software reached £1.34 billion "
            "in 2024, up 9.4% from £1.22 billion in 2023, according to the Midlands Manufacturing Analytics Group. "
            "The proportion of plants running at least one AI model in production rose four percentage points to "
            "29%, and some 3,100 factories are now connected to the group's benchmarking service. Roughly a quarter "
            "of the spend went on scheduling tools."
        ),
        obs=[
            ("Total", 2024, 1.34, "GBP billion", "actual"),
            ("Total", 2023, 1.22, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.34 / 1.22 - 1 = 9.84% -> 9.8, not 9.4; bounds 1.335/1.225 - 1 = 8.98% .. 1.345/1.215 - 1 = 10.70%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. a Taipei news item in English with NT$: "last year" and "this year" (estimate), "expected to grow 12%";
    #    a quarter's orders and the factories' own output expected nowhere
    dict(
        text=(
            "TAIPEI, 18 June 2025 — Taiwan's machine-vision inspection market reached NT$38.5 billion last year and "
            "is expected to grow 12% to NT$43.1 billion this year, the Taiwan Automation Vision Alliance said on "
            "Wednesday. Vendors booked NT$9.6 billion of orders in the first quarter alone. For context, the "
            "island's manufacturers turned out roughly NT$24 trillion of goods last year; the alliance has 180 "
            "members."
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD billion", "actual"),
            ("Total", 2025, 43.1, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 43.1 / 38.5 - 1 = 11.95% -> 12
        ],
    ),
    # 9. a Seoul wire story: a won budget (no observation) beside a global market with "a CAGR of 21.5% from
    #    2023 to 2030" that its amounts contradict; a survey answer and respondents expected nowhere
    dict(
        text=(
            "SEOUL, 9 October 2025 — South Korea's industry ministry will spend 1.9 trillion won on smart-factory AI "
            "next year, part of a push to automate supplier plants. Globally, the predictive-maintenance market was "
            "worth $7.2 billion in 2023 and is projected to reach $23.5 billion in 2030, a CAGR of 21.5% from 2023 "
            "to 2030, according to Brightwater Insights. In a survey of 260 Korean plant managers, 48% said "
            "equipment failures were their costliest problem."
        ),
        obs=[
            ("Total", 2023, 7.2, "USD billion", "actual"),
            ("Total", 2030, 23.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (23.5 / 7.2) ** (1/7) - 1 = 18.41%; bounds (23.45/7.25)**(1/7)-1 = 18.26% .. (23.55/7.15)**(1/7)-1
            # = 18.56%; 21.5 not reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 10. 简体新闻：2024年386亿元、同比增长27.4%、2023年303亿元，"到2027年…将突破1000亿元"（目标，估计）；
    #     百分点、千亿级、工厂数量、工业增加值增速均不计
    dict(
        text=(
            "本报讯（记者 林晓舟）2025年5月14日，中联工业智能研究院发布的最新测算显示，2024年我国工业AI市场规模达到"
            "386亿元，同比增长27.4%，而2023年这一数字为303亿元。其中质检、排产等场景的渗透率较上年提高2.1个百分点。"
            "研究院预计，到2027年，市场规模将突破1000亿元，工业AI正在成为名副其实的千亿级赛道。当天发布的数据还显示，"
            "全国已建成数字化车间和智能工厂超过3万家，东部某省规上工业增加值同比增长6.8%。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 303, "CNY 100 million", "actual"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 303 - 1 = 27.39% -> 27.4
        ],
    ),
    # 11. 简体省级行动方案：2024年8600亿元，"到2027年…力争突破1.2万亿元"按系列首个单位（亿元）记为12000；
    #     机器视觉1450亿元、占比16.9%；方案标题年份、智能工厂数量、数控化率、工业增加值增速均不计
    dict(
        text=(
            "东澜省近日印发《东澜省智能工厂建设三年行动方案（2025—2027年）》。方案披露，2024年全省智能制造软件与服务"
            "产业规模为8600亿元，其中机器视觉1450亿元，占比16.9%。方案提出，到2027年，全省智能制造软件与服务产业规模"
            "力争突破1.2万亿元，累计培育省级智能工厂200家，规模以上工业企业关键工序数控化率达到75%，全省工业增加值年均"
            "增长7%左右。"
        ),
        obs=[
            ("Total", 2024, 8600, "CNY 100 million", "actual"),
            ("机器视觉", 2024, 1450, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' unit 亿元
        ],
        claims=[
            ("share", 16.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1450 / 8600 = 16.86% -> 16.9
        ],
    ),
    # 12. 繁體台灣新聞：今年（2025）預估新台幣612億元，"較2024年的498億元成長22.7%"僅在捨入範圍內成立；
    #     導入工廠家數、瑕疵率、某公司營收均不計
    dict(
        text=(
            "【記者陳怡君／台北報導】2025年3月18日 臺灣智慧製造研究中心今（18）日發表報告預估，今年台灣工業AI市場規模"
            "可達新台幣612億元，較2024年的498億元成長22.7%。報告指出，國內已有1,850家工廠導入AI瑕疵檢測，導入後平均"
            "瑕疵率下降35%。另一方面，國內某設備大廠去年營收達新台幣287億元，創歷史新高。"
        ),
        obs=[
            ("Total", 2025, 612, "TWD 100 million", "estimate"),
            ("Total", 2024, 498, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 612 / 498 - 1 = 22.89% -> 22.9, not 22.7; bounds 611.5/498.5 - 1 = 22.67% .. 612.5/497.5 - 1 = 23.12%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. 繁體香港：約48億港元（2024）、預期2028年95億港元、"2024年至2028年的年複合增長率約為18.6%"（stated）；
    #     受訪會員數、調查比例、工廠數目、百分點均不計
    dict(
        text=(
            "（2025年6月）香港智能製造聯會發表的調查估計，2024年港資企業採購的工業AI方案市場規模約為48億港元，預期2028年"
            "增至95億港元，2024年至2028年的年複合增長率約為18.6%。聯會指出，受訪的420家會員企業中，有63%表示將在未來"
            "兩年增加相關預算；區內港資工廠約1.1萬間，而採用機器視覺檢測的比例較去年上升3個百分點。"
        ),
        obs=[
            ("Total", 2024, 48, "HKD 100 million", "actual"),
            ("Total", 2028, 95, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (95 / 48) ** (1/4) - 1 = 18.61% -> 18.6
        ],
    ),
    # 14. 简体券商研报：工业大模型18亿元→31亿元（同比增长72%），"预计2026年将达到102亿元，较2023年增长4.7倍"
    #     （两端金额均印出，记为5.7倍，无判定）；第三方机构同年的27亿元、千亿级、目标价、公司营收均不计
    dict(
        text=(
            "天衡证券研究所（2025年7月）在工业大模型行业深度报告中指出，2023年我国工业大模型市场规模约为18亿元，2024年"
            "升至31亿元，同比增长72%；预计2026年将达到102亿元，较2023年增长4.7倍。另据一家第三方咨询机构测算，2024年"
            "该市场规模为27亿元。报告认为，长期看工业大模型有望成长为千亿级市场，并给予覆盖公司“买入”评级，目标价68元；"
            "该公司2024年营收12.3亿元。"
        ),
        obs=[
            ("Total", 2023, 18, "CNY 100 million", "actual"),
            ("Total", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2026, 102, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 72.0, "percent", 2023, 2024, 1.0),
            ("multiple", 5.7, "multiple", 2023, 2026, 3.0),  # 增长4.7倍 between two printed amounts -> x5.7
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 31 / 18 - 1 = 72.22% -> 72
        ],
    ),
    # 15. an English pipe table by segment with E columns and a Total row (4 exact hierarchies), a stated
    #     2024-2026 CAGR below it; a quarter's licences expected nowhere
    dict(
        text=(
            "Source: Meridale Research, Industrial AI Software Tracker, March 2025. Global industrial AI software "
            "market by segment, USD billion.\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Machine vision inspection | 4.1 | 4.8 | 5.6 | 6.5 |\n"
            "| Predictive maintenance | 2.6 | 3.2 | 3.9 | 4.7 |\n"
            "| Process control AI | 1.8 | 2.1 | 2.5 | 3.0 |\n"
            "| Total | 8.5 | 10.1 | 12.0 | 14.2 |\n"
            "\n"
            "Meridale expects the total to grow at a 2024-2026 CAGR of 18.6%; in Q4 2024 alone vendors shipped "
            "$2.9 billion of licences."
        ),
        obs=[
            ("Machine vision inspection", 2023, 4.1, "USD billion", "actual"),
            ("Machine vision inspection", 2024, 4.8, "USD billion", "actual"),
            ("Machine vision inspection", 2025, 5.6, "USD billion", "estimate"),
            ("Machine vision inspection", 2026, 6.5, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 2.6, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 3.2, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 3.9, "USD billion", "estimate"),
            ("Predictive maintenance", 2026, 4.7, "USD billion", "estimate"),
            ("Process control AI", 2023, 1.8, "USD billion", "actual"),
            ("Process control AI", 2024, 2.1, "USD billion", "actual"),
            ("Process control AI", 2025, 2.5, "USD billion", "estimate"),
            ("Process control AI", 2026, 3.0, "USD billion", "estimate"),
            ("Total", 2023, 8.5, "USD billion", "actual"),
            ("Total", 2024, 10.1, "USD billion", "actual"),
            ("Total", 2025, 12.0, "USD billion", "estimate"),
            ("Total", 2026, 14.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (14.2 / 10.1) ** (1/2) - 1 = 18.57% -> 18.6
            ("hierarchy", "exact"),    # 2023: 4.1 + 2.6 + 1.8 = 8.5
            ("hierarchy", "exact"),    # 2024: 4.8 + 3.2 + 2.1 = 10.1
            ("hierarchy", "exact"),    # 2025E: 5.6 + 3.9 + 2.5 = 12.0
            ("hierarchy", "exact"),    # 2026E: 6.5 + 4.7 + 3.0 = 14.2
        ],
    ),
    # 16. 简体两张表：装机量（万台，不计）与市场规模（亿元）按细分和年份，合计行；2025年E合计只在捨入范围内成立
    dict(
        text=(
            "华启证券机器视觉专题（2025年4月）\n"
            "表1 工业相机与AI质检工作站装机量（万台）\n"
            "| 类别 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 工业相机 | 486 | 571 |\n"
            "| AI质检工作站 | 3.2 | 4.5 |\n"
            "\n"
            "表2 中国机器视觉市场规模（亿元）\n"
            "| 细分 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 2D视觉检测 | 112.4 | 124.8 | 137.0 |\n"
            "| 3D视觉检测 | 46.9 | 61.3 | 78.5 |\n"
            "| 视觉软件与算法 | 32.4 | 35.4 | 39.1 |\n"
            "| 合计 | 191.7 | 221.5 | 254.7 |"
        ),
        obs=[
            ("2D视觉检测", 2023, 112.4, "CNY 100 million", "actual"),
            ("2D视觉检测", 2024, 124.8, "CNY 100 million", "actual"),
            ("2D视觉检测", 2025, 137.0, "CNY 100 million", "estimate"),
            ("3D视觉检测", 2023, 46.9, "CNY 100 million", "actual"),
            ("3D视觉检测", 2024, 61.3, "CNY 100 million", "actual"),
            ("3D视觉检测", 2025, 78.5, "CNY 100 million", "estimate"),
            ("视觉软件与算法", 2023, 32.4, "CNY 100 million", "actual"),
            ("视觉软件与算法", 2024, 35.4, "CNY 100 million", "actual"),
            ("视觉软件与算法", 2025, 39.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 191.7, "CNY 100 million", "actual"),
            ("合计", 2024, 221.5, "CNY 100 million", "actual"),
            ("合计", 2025, 254.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 112.4 + 46.9 + 32.4 = 191.7
            ("hierarchy", "exact"),     # 2024: 124.8 + 61.3 + 35.4 = 221.5
            # 2025E: 137.0 + 78.5 + 39.1 = 254.6, printed 254.7; parts at +0.05 each reach 254.75 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. a tab-separated vertical table (rows are fiscal years) with a lone value column headed by its unit
    #     only (¥100 million -> Total) and a YoY column; sensors and member plants expected nowhere
    dict(
        text=(
            "OSAKA, 20 May 2025 — Nihon Plant Analytics Association: market for AI predictive-maintenance services "
            "in Japan, fiscal years.\n"
            "Fiscal year\t¥100 million\tYoY\n"
            "2022\t1,240\t—\n"
            "2023\t1,415\t14.1%\n"
            "2024\t1,602\t13.2%\n"
            "2025F\t1,810\t13.0%\n"
            "The association also reported 2.3 million vibration sensors installed across its 540 member plants."
        ),
        obs=[
            ("Total", 2022, 1240, "JPY 100 million", "actual"),
            ("Total", 2023, 1415, "JPY 100 million", "actual"),
            ("Total", 2024, 1602, "JPY 100 million", "actual"),
            ("Total", 2025, 1810, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.1, "percent", 2022, 2023, 1.0),
            ("growth", 13.2, "percent", 2023, 2024, 1.0),
            ("growth", 13.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1415 / 1240 - 1 = 14.11% -> 14.1
            ("cagr|implied", "exact"),  # 1602 / 1415 - 1 = 13.22% -> 13.2
            ("cagr|implied", "exact"),  # 1810 / 1602 - 1 = 12.98% -> 13.0
        ],
    ),
    # 18. 繁體空格對齊表：臺灣智慧工廠軟體市場結構（新台幣億元）含占比欄與合計列；兩個占比僅在捨入範圍內成立；
    #     100.0%合計、受訪廠商家數不計
    dict(
        text=(
            "臺灣智慧工廠軟體市場結構（單位：新台幣億元）\n"
            "項目              2024年     占比\n"
            "機器視覺檢測        142     38.4%\n"
            "預測性維護           96     26.0%\n"
            "製程控制AI           78     21.1%\n"
            "其他                 54     14.5%\n"
            "合計                370    100.0%\n"
            "資料來源：臺灣區智慧自動化產業協會，2025年4月；本表不含硬體設備，受訪廠商共236家。"
        ),
        obs=[
            ("機器視覺檢測", 2024, 142, "TWD 100 million", "actual"),
            ("預測性維護", 2024, 96, "TWD 100 million", "actual"),
            ("製程控制AI", 2024, 78, "TWD 100 million", "actual"),
            ("其他", 2024, 54, "TWD 100 million", "actual"),
            ("合計", 2024, 370, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 38.4, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 21.1, "percent", 2024, 2024, None),
            ("share", 14.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 142 / 370 = 38.38% -> 38.4
            # 96 / 370 = 25.95% -> 25.9, not 26.0; bounds 95.5/370.5 = 25.78% .. 96.5/369.5 = 26.12% -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),     # 78 / 370 = 21.08% -> 21.1
            # 54 / 370 = 14.59% -> 14.6, not 14.5; bounds 53.5/370.5 = 14.44% .. 54.5/369.5 = 14.75% -> rounding
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),      # 142 + 96 + 78 + 54 = 370
        ],
    ),
    # 19. an English pipe table in EUR million by end industry with a P column and a "CAGR 2024-27" column
    #     (four stated CAGRs, all exact) and a Total row; the table number and energy savings expected nowhere
    dict(
        text=(
            "FRANKFURT, 16 September 2025 — From the Fachverband Prozessintelligenz annual report.\n"
            "Table 3: German market for AI-based process control by end industry, EUR million\n"
            "|  | 2023 | 2024 | 2027P | CAGR 2024-27 |\n"
            "|---|---|---|---|---|\n"
            "| Chemicals & pharma | 212 | 248 | 395 | 16.8% |\n"
            "| Automotive | 168 | 190 | 301 | 16.6% |\n"
            "| Food & beverage | 74 | 86 | 138 | 17.1% |\n"
            "| Total | 454 | 524 | 834 | 16.8% |\n"
            "Members reported average energy savings of 6% on units running closed-loop AI control."
        ),
        obs=[
            ("Chemicals & pharma", 2023, 212, "EUR million", "actual"),
            ("Chemicals & pharma", 2024, 248, "EUR million", "actual"),
            ("Chemicals & pharma", 2027, 395, "EUR million", "estimate"),
            ("Automotive", 2023, 168, "EUR million", "actual"),
            ("Automotive", 2024, 190, "EUR million", "actual"),
            ("Automotive", 2027, 301, "EUR million", "estimate"),
            ("Food & beverage", 2023, 74, "EUR million", "actual"),
            ("Food & beverage", 2024, 86, "EUR million", "actual"),
            ("Food & beverage", 2027, 138, "EUR million", "estimate"),
            ("Total", 2023, 454, "EUR million", "actual"),
            ("Total", 2024, 524, "EUR million", "actual"),
            ("Total", 2027, 834, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (395 / 248) ** (1/3) - 1 = 16.78% -> 16.8
            ("cagr|period", "exact"),  # (301 / 190) ** (1/3) - 1 = 16.57% -> 16.6
            ("cagr|period", "exact"),  # (138 / 86) ** (1/3) - 1 = 17.07% -> 17.1
            ("cagr|period", "exact"),  # (834 / 524) ** (1/3) - 1 = 16.76% -> 16.8
            ("hierarchy", "exact"),    # 2023: 212 + 168 + 74 = 454
            ("hierarchy", "exact"),    # 2024: 248 + 190 + 86 = 524
            ("hierarchy", "exact"),    # 2027P: 395 + 301 + 138 = 834
        ],
    ),
    # 20. 简体空格对齐表：2022—2025E工业AI按应用场景，合计行；注1给出2022—2025年复合增长率31.3%；
    #     表号、注号、接入设备台套数不计
    dict(
        text=(
            "表5 2022—2025年中国工业AI市场规模及结构（单位：亿元）\n"
            "应用场景        2022    2023    2024    2025E\n"
            "质量检测          79     104     133     170\n"
            "预测性维护        42      57      76      99\n"
            "工艺优化          30      41      55      73\n"
            "合计             151     202     264     342\n"
            "注1：2022—2025年合计规模年均复合增长率为31.3%。注2：同期接入工业互联网平台的设备数量超过9600万台套。\n"
            "资料来源：北辰工业智能研究院，2025年1月"
        ),
        obs=[
            ("质量检测", 2022, 79, "CNY 100 million", "actual"),
            ("质量检测", 2023, 104, "CNY 100 million", "actual"),
            ("质量检测", 2024, 133, "CNY 100 million", "actual"),
            ("质量检测", 2025, 170, "CNY 100 million", "estimate"),
            ("预测性维护", 2022, 42, "CNY 100 million", "actual"),
            ("预测性维护", 2023, 57, "CNY 100 million", "actual"),
            ("预测性维护", 2024, 76, "CNY 100 million", "actual"),
            ("预测性维护", 2025, 99, "CNY 100 million", "estimate"),
            ("工艺优化", 2022, 30, "CNY 100 million", "actual"),
            ("工艺优化", 2023, 41, "CNY 100 million", "actual"),
            ("工艺优化", 2024, 55, "CNY 100 million", "actual"),
            ("工艺优化", 2025, 73, "CNY 100 million", "estimate"),
            ("合计", 2022, 151, "CNY 100 million", "actual"),
            ("合计", 2023, 202, "CNY 100 million", "actual"),
            ("合计", 2024, 264, "CNY 100 million", "actual"),
            ("合计", 2025, 342, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.3, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (342 / 151) ** (1/3) - 1 = 31.33% -> 31.3
            ("hierarchy", "exact"),    # 2022: 79 + 42 + 30 = 151
            ("hierarchy", "exact"),    # 2023: 104 + 57 + 41 = 202
            ("hierarchy", "exact"),    # 2024: 133 + 76 + 55 = 264
            ("hierarchy", "exact"),    # 2025E: 170 + 99 + 73 = 342
        ],
    ),
    # 21. English press release with dateline: "last year" $4.6bn vs "$4.0 billion recorded in 2023" (15%), a stated
    #    2024-2029 CAGR to $9.2bn; distractors: smart cameras shipped, a vendor's own inspection revenue
    dict(
        text=(
            "BOSTON, 12 February 2025 — Spending on AI-based machine-vision inspection reached $4.6 billion "
            "worldwide last year, 15% more than the $4.0 billion recorded in 2023, according to Harlowe Industrial "
            "Insights. The firm forecasts the market will climb to $9.2 billion in 2029, a compound annual growth "
            "rate of 14.9% between 2024 and 2029. Some 1.3 million smart cameras were shipped to factory floors "
            "during the year, Harlowe said. Vantrel Systems, one of the larger vendors, booked $612 million of "
            "inspection revenue in 2024."
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2023, 4.0, "USD billion", "actual"),
            ("Total", 2029, 9.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2023, 2024, 1.0),
            ("cagr", 14.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.6 / 4.0 - 1 = 15.000% -> 15
            ("cagr|implied", "exact"),  # (9.2 / 4.6) ** (1/5) - 1 = 2 ** 0.2 - 1 = 14.870% -> 14.9
        ],
    ),
    # 22. English news, German association in EUR: "€1.3 billion ... a rise of 17 per cent on the €1.1 billion"
    #    (rounding), stated 2024-2028 average annual gain (exact); distractors: member count, survey answer,
    #    downtime "by a quarter", a first-quarter figure
    dict(
        text=(
            "FRANKFURT, 3 June 2025 — German manufacturers spent €1.3 billion on predictive-maintenance software "
            "and services in 2024, a rise of 17 per cent on the €1.1 billion of 2023, according to the Verband für "
            "Industrielle Datentechnik (VIDT). The association, whose 3,600 member companies range from sensor "
            "makers to machine builders, expects the market to reach €2.4 billion in 2028, an average annual gain "
            "of 16.6 per cent from 2024 to 2028. In its member survey, 41 per cent of respondents said they already "
            "run condition-monitoring models on at least one line, and users reported cutting unplanned downtime "
            "by a quarter. Spending in the first quarter of 2025 came to €340 million, VIDT added."
        ),
        obs=[
            ("Total", 2024, 1.3, "EUR billion", "actual"),
            ("Total", 2023, 1.1, "EUR billion", "actual"),
            ("Total", 2028, 2.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
            ("cagr", 16.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 21.3 / 1.1 - 1 = 18.18% -> 18, not 17; bounds 1.25/1.15 - 1 = 8.70% .. 1.35/1.05 - 1 = 28.57%: 17 inside
            ("cagr|implied", "rounding"),
            # (2.4 / 1.3) ** (1/4) - 1 = 16.565% -> 16.6
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. English earnings call: TAM "about $21 billion in fiscal 2024" to "$38 billion by fiscal 2027", "roughly 22%
    #    a year" (CAGR inferred from the amounts' years); distractors: own revenue and growth, Q4 bookings,
    #    headcount, margin guidance, price target and upside
    dict(
        text=(
            "Corvane Robotics told analysts on its fourth-quarter call on 6 February 2025 that the total "
            "addressable market for its industrial AI software — vision inspection, predictive maintenance and "
            "process optimisation — stood at about $21 billion in fiscal 2024 and should reach $38 billion by "
            "fiscal 2027, growth of roughly 22% a year. Chief executive Dana Whitlock said Corvane's own software "
            "revenue rose 27% to $1.14 billion in the year, and fourth-quarter bookings hit a record $362 million. "
            "The company, which employs about 6,400 people, guided gross margin to 71-73%. After the call, "
            "Brenner Hale raised its price target on the shares to $148, about 19% above the closing price."
        ),
        obs=[
            ("Total", 2024, 21, "USD billion", "actual"),
            ("Total", 2027, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 21) ** (1/3) - 1 = 21.858% -> 22
        ],
    ),
    # 24. English wire story on Japan in yen: "¥182 billion in fiscal 2024, up 9.6% from ¥166 billion", stated
    #    fiscal 2024-2028 rate to ¥310 billion; distractors: sites counted, energy savings, percentage points
    dict(
        text=(
            "TOKYO, 22 July 2025 — Japan's market for AI-driven process-control and optimisation software reached "
            "¥182 billion in fiscal 2024, up 9.6% from ¥166 billion a year earlier, the Japan Factory Intelligence "
            "Council (JFIC) said in a report on Tuesday. The council forecasts the market will grow at an average "
            "annual rate of 14.2% from fiscal 2024 to fiscal 2028, reaching ¥310 billion. Chemical and steel plants "
            "accounted for the largest deployments; the council counted 2,870 sites running closed-loop AI "
            "controllers, up 410 from the previous year. Users reported energy savings averaging 4.5%, and the "
            "proportion of member plants using the technology rose 3.1 percentage points."
        ),
        obs=[
            ("Total", 2024, 182, "JPY billion", "actual"),
            ("Total", 2023, 166, "JPY billion", "actual"),
            ("Total", 2028, 310, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("cagr", 14.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 166 - 1 = 9.639% -> 9.6
            ("cagr|implied", "exact"),  # (310 / 182) ** (1/4) - 1 = 14.241% -> 14.2
        ],
    ),
    # 25. English feature: "rose 31% to $14.8 billion last year from $12.1 billion in 2023" (inconsistent), a second
    #    tracker's 2024 figure (nowhere), a 2030 range (two value claims), "a multibillion-dollar opportunity",
    #    plants connected, survey share
    dict(
        text=(
            "CHICAGO, 9 April 2025 — Smart-factory software is no longer a pilot-project line item. Sales of "
            "manufacturing execution, digital-twin and AI scheduling software in North America rose 31% to $14.8 "
            "billion last year from $12.1 billion in 2023, according to Lakemoor Partners. Rival tracker Pellham "
            "Research, which counts fewer product categories, puts the 2024 figure at $13.1 billion. Lakemoor sees "
            "the market reaching between $27 billion and $31 billion by 2030 and calls AI-driven quality control "
            "\"a multibillion-dollar opportunity\" on its own. About 27,000 plants in the region now stream machine "
            "data to the cloud, and 58% of manufacturers surveyed said they plan to raise software budgets this year."
        ),
        obs=[
            ("Total", 2024, 14.8, "USD billion", "actual"),
            ("Total", 2023, 12.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("value", 27, "USD billion", 2030, 2030, None),
            ("value", 31, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # 34.8 / 12.1 - 1 = 22.31%; bounds 14.75/12.15 - 1 = 21.40% .. 14.85/12.05 - 1 = 23.24%: 31 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese white-paper news: 2024年386亿元 "较2023年的310亿元同比增长24.5%", "到2027年将突破800亿元",
    #    stated 2024—2027 CAGR; distractors: 约四成 (fraction in words), 数控化率 (penetration), 个百分点, title year
    dict(
        text=(
            "2025年3月，华信工业智能研究院发布《中国工业AI发展白皮书（2025）》。白皮书显示，2024年我国工业AI市场规模达到"
            "386亿元，较2023年的310亿元同比增长24.5%；预计到2027年将突破800亿元，2024—2027年年均复合增长率约27.5%。"
            "从区域看，长三角地区贡献了约四成的市场需求。白皮书同时披露，我国规模以上工业企业关键工序数控化率达到64.5%，"
            "较上年提升2.4个百分点。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 310, "CNY 100 million", "actual"),
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("cagr", 27.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 310 - 1 = 24.516% -> 24.5
            ("cagr|implied", "exact"),  # (800 / 386) ** (1/3) - 1 = 27.497% -> 27.5
        ],
    ),
    # 27. Simplified Chinese broker report: machine vision 212.6亿元 with a segment "缺陷检测98.3亿元，占比46.2%"
    #    (arithmetic), 2025 forecast with yoy; distractors: camera shipments, a company's revenue, rating, target price
    dict(
        text=(
            "华钧证券研究所2025年3月发布的行业深度报告测算，2024年中国机器视觉市场规模为212.6亿元，其中缺陷检测98.3亿元，"
            "占比46.2%，是最大的应用环节。报告预计2025年市场规模将增长至245亿元，同比增长15.2%。同期国内工业相机出货量"
            "约320万台。报告覆盖的龙头公司凌析科技2024年机器视觉业务营收12.4亿元，研究所维持“买入”评级，目标价58元。"
        ),
        obs=[
            ("Total", 2024, 212.6, "CNY 100 million", "actual"),
            ("缺陷检测", 2024, 98.3, "CNY 100 million", "actual"),
            ("Total", 2025, 245, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 46.2, "percent", 2024, 2024, None),
            ("growth", 15.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 98.3 / 212.6 = 46.237% -> 46.2
            ("cagr|implied", "exact"),  # 245 / 212.6 - 1 = 15.240% -> 15.2
        ],
    ),
    # 28. Simplified Chinese provincial plan: "到2027年…突破300亿元，是2024年的3倍以上" with 2024 "约为95亿元";
    #    distractors: plan title years, 标杆场景 and 智能工厂 counts, 工业增加值 growth
    dict(
        text=(
            "2025年1月，东陵省工业和信息化厅印发《东陵省工业大模型创新发展行动计划（2025—2027年）》，提出到2027年，"
            "全省工业大模型及相关软件服务产业规模突破300亿元，是2024年的3倍以上。据测算，2024年全省该产业规模约为95亿元。"
            "计划还提出，培育100个以上标杆应用场景，建成50家以上“大模型+”智能工厂，带动全省规模以上工业增加值年均增长6%以上。"
        ),
        obs=[
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("Total", 2024, 95, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2027, 3.0),  # "3倍以上" -> x3, no verdict
        ],
        verdicts=[],
    ),
    # 29. Simplified Chinese news: "增至66.1亿元，同比增长18.3%，2023年这一数字为57.4亿元" (inconsistent), "今年…有望超过
    #    78亿元" (estimate); distractors: 一季度 figure, downtime and cost savings, member count
    dict(
        text=(
            "2025年5月，记者从中设智维产业联盟获悉，2024年我国预测性维护市场规模增至66.1亿元，同比增长18.3%，2023年"
            "这一数字为57.4亿元。联盟秘书长在发布会上表示，今年一季度市场规模约17亿元，全年有望超过78亿元。部署预测性维护"
            "系统的企业，设备非计划停机时间平均减少35%，维护成本下降约20%。目前联盟成员单位已达460家。"
        ),
        obs=[
            ("Total", 2024, 66.1, "CNY 100 million", "actual"),
            ("Total", 2023, 57.4, "CNY 100 million", "actual"),
            ("Total", 2025, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 86.1 / 57.4 - 1 = 15.16%; bounds 66.05/57.45 - 1 = 14.97% .. 66.15/57.35 - 1 = 15.34%: 18.3 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 30. Simplified Chinese: series opens in 亿元 ("约8650亿元") and later prints "1.6万亿元" (expected 16000 in
    #     CNY 100 million); CAGR with no printed span (inferred); distractors: 制造业增加值 33.6万亿元, 占GDP比重, factory count
    dict(
        text=(
            "2025年2月，赛川智造研究院发布报告称，2024年我国智能制造系统解决方案市场规模约8650亿元，预计2030年将达到"
            "1.6万亿元，年均复合增长率约10.8%。其中，工业软件及AI平台相关部分增速最快。报告同时指出，2024年全国制造业"
            "增加值达33.6万亿元，占GDP比重约24.9%；全国已累计建成智能工厂超过3万家。"
        ),
        obs=[
            ("Total", 2024, 8650, "CNY 100 million", "actual"),
            ("Total", 2030, 16000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 10.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (16000 / 8650) ** (1/6) - 1 = 10.794% -> 10.8
        ],
    ),
    # 31. Traditional Chinese (Taiwan, 新台幣億元): 486億元 "較2023年的432億元成長12.5%", 2025 "再成長13.6%，達…552億元";
    #     distractors: member count, 逾六成 (fraction in words), a company's purchases, 個百分點
    dict(
        text=(
            "台灣智造協進會2025年3月公布調查指出，2024年台灣AI瑕疵檢測（含AOI設備與視覺軟體）市場規模達新台幣486億元，"
            "較2023年的432億元成長12.5%；預估2025年可望再成長13.6%，達新台幣552億元。協進會210家會員廠商中，有逾六成"
            "已導入AI檢測。面板大廠晶曜光電去年相關設備採購金額約新台幣38億元，導入後良率提升2.3個百分點。"
        ),
        obs=[
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2023, 432, "TWD 100 million", "actual"),
            ("Total", 2025, 552, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("growth", 13.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 432 - 1 = 12.500% -> 12.5
            ("cagr|implied", "exact"),  # 552 / 486 - 1 = 13.580% -> 13.6
        ],
    ),
    # 32. Traditional Chinese (Hong Kong, 億港元): 18.6億港元 to 41億港元, "2024至2028年複合年增長率約22.1%" (rounding);
    #     distractors: survey respondents and answer, talent demand headcount
    dict(
        text=(
            "香港智能製造聯盟2025年6月發表報告，2024年本港工業AI方案市場規模約為18.6億港元，預計2028年將增至41億港元，"
            "2024至2028年複合年增長率約22.1%。報告訪問了320家廠商，其中63%表示未來兩年會增加相關預算。聯盟主席估計，"
            "業界未來三年需要約5,000名數據及自動化人才。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2028, 41, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (41 / 18.6) ** (1/4) - 1 = 21.848% -> 21.8, not 22.1;
            # bounds (40.5/18.65) ** 0.25 - 1 = 21.39% .. (41.5/18.55) ** 0.25 - 1 = 22.30%: 22.1 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Traditional Chinese (Taiwan) research note: 215億元 total, 機器視覺檢測92億元 "佔整體42.5%" (rounding),
    #     預測性維護58億元 "約佔27%" (exact), 2027 "突破…400億元"; distractor: a fourth-quarter figure and its rate
    dict(
        text=(
            "台灣產研智庫最新報告顯示，2024年台灣工業AI軟體市場規模達新台幣215億元，其中機器視覺檢測92億元，佔整體42.5%；"
            "預測性維護58億元，約佔27%；其餘為製程最佳化與排程。報告預估，2027年市場規模將突破新台幣400億元。另據統計，"
            "第四季單季規模約新台幣61億元，年增19%。"
        ),
        obs=[
            ("Total", 2024, 215, "TWD 100 million", "actual"),
            ("機器視覺檢測", 2024, 92, "TWD 100 million", "actual"),
            ("預測性維護", 2024, 58, "TWD 100 million", "actual"),
            ("Total", 2027, 400, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 42.5, "percent", 2024, 2024, None),
            ("share", 27.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 92 / 215 = 42.79% -> 42.8, not 42.5; bounds 91.5/215.5 = 42.46% .. 92.5/214.5 = 43.12%: 42.5 inside
            ("arithmetic", "rounding"),
            # 58 / 215 = 26.98% -> 27
            ("arithmetic", "exact"),
        ],
    ),
    # 34. Simplified Chinese news with 去年/今年: "去年…42亿元，较2023年的10.5亿元增长3倍" (x4, two amounts printed),
    #     "今年有望突破90亿元"; a second publisher's 2024 figure (nowhere); distractors: model count, a company's orders
    dict(
        text=(
            "2025年4月，工业大模型应用推进会在苏禾市召开。会上发布的数据显示，去年我国工业大模型市场规模达到42亿元，"
            "较2023年的10.5亿元增长3倍，今年有望突破90亿元。另一家机构云栖数科统计口径更窄，估算去年规模为38亿元。"
            "截至目前，已完成备案的工业大模型超过120个；其中头部厂商擎川智能去年签下的大模型相关订单约3.2亿元。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2023, 10.5, "CNY 100 million", "actual"),
            ("Total", 2025, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2023, 2024, 1.0),  # 增长3倍 between two printed amounts -> x4, no verdict
        ],
        verdicts=[],
    ),
    # 35. English pipe table (EUR million) by segment and year with a Total row and E columns, table number as
    #     boilerplate; stated 2024-2027 CAGR in prose; distractor: the consultancy's own revenue
    dict(
        text=(
            "Weissfeld & Lorenz sized the DACH market in its spring 2025 outlook as follows.\n"
            "Table 3: Industrial AI software, DACH region (EUR million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2027E |\n"
            "|---|---|---|---|---|\n"
            "| Machine vision inspection | 412 | 468 | 530 | 688 |\n"
            "| Predictive maintenance | 295 | 347 | 405 | 548 |\n"
            "| Process control AI | 183 | 201 | 224 | 276 |\n"
            "| Total | 890 | 1,016 | 1,159 | 1,512 |\n"
            "The consultancy expects the total to rise by 14.2% a year from 2024 to 2027; its own advisory fees "
            "in the field came to €38 million last year."
        ),
        obs=[
            ("Machine vision inspection", 2023, 412, "EUR million", "actual"),
            ("Machine vision inspection", 2024, 468, "EUR million", "actual"),
            ("Machine vision inspection", 2025, 530, "EUR million", "estimate"),
            ("Machine vision inspection", 2027, 688, "EUR million", "estimate"),
            ("Predictive maintenance", 2023, 295, "EUR million", "actual"),
            ("Predictive maintenance", 2024, 347, "EUR million", "actual"),
            ("Predictive maintenance", 2025, 405, "EUR million", "estimate"),
            ("Predictive maintenance", 2027, 548, "EUR million", "estimate"),
            ("Process control AI", 2023, 183, "EUR million", "actual"),
            ("Process control AI", 2024, 201, "EUR million", "actual"),
            ("Process control AI", 2025, 224, "EUR million", "estimate"),
            ("Process control AI", 2027, 276, "EUR million", "estimate"),
            ("Total", 2023, 890, "EUR million", "actual"),
            ("Total", 2024, 1016, "EUR million", "actual"),
            ("Total", 2025, 1159, "EUR million", "estimate"),
            ("Total", 2027, 1512, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 412+295+183 = 890; 468+347+201 = 1016; 530+405+224 = 1159; 688+548+276 = 1512: all columns add up
            ("hierarchy", "exact"),
            # (1512 / 1016) ** (1/3) - 1 = 14.170% -> 14.2
            ("cagr|implied", "exact"),
        ],
    ),
    # 36. Simplified Chinese tab-separated tables: installations (万台, nowhere) beside market value (亿元) with a
    #     合计 row; yoy for the total in prose
    dict(
        text=(
            "下表为华钧证券整理的机器视觉检测设备数据，2024年合计市场规模同比增长19.5%。\n"
            "表1  装机量（万台）\n"
            "类别\t2022年\t2023年\t2024年\n"
            "2D检测\t31.2\t36.8\t42.5\n"
            "3D检测\t7.3\t9.4\t12.5\n"
            "表2  市场规模（亿元）\n"
            "类别\t2022年\t2023年\t2024年\n"
            "2D检测\t96.4\t112.7\t131.9\n"
            "3D检测\t42.2\t55.7\t69.4\n"
            "合计\t138.6\t168.4\t201.3"
        ),
        obs=[
            ("2D检测", 2022, 96.4, "CNY 100 million", "actual"),
            ("2D检测", 2023, 112.7, "CNY 100 million", "actual"),
            ("2D检测", 2024, 131.9, "CNY 100 million", "actual"),
            ("3D检测", 2022, 42.2, "CNY 100 million", "actual"),
            ("3D检测", 2023, 55.7, "CNY 100 million", "actual"),
            ("3D检测", 2024, 69.4, "CNY 100 million", "actual"),
            ("合计", 2022, 138.6, "CNY 100 million", "actual"),
            ("合计", 2023, 168.4, "CNY 100 million", "actual"),
            ("合计", 2024, 201.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 116.4+42.2 = 138.6; 112.7+55.7 = 168.4; 131.9+69.4 = 201.3
            ("hierarchy", "exact"),
            # 221.3 / 168.4 - 1 = 19.537% -> 19.5
            ("cagr|implied", "exact"),
        ],
    ),
    # 37. English vertical table (rows are years), space-aligned, value column headed "Predictive maintenance",
    #     a YoY column including a decline, an F row; distractors: exhibit number, respondents counted
    dict(
        text=(
            "Exhibit 7. Global predictive-maintenance software revenue (USD million)\n"
            "Year     Predictive maintenance     YoY change\n"
            "2021                      2,140              —\n"
            "2022                      2,610          22.0%\n"
            "2023                      2,480          -5.0%\n"
            "2024                      2,995          20.8%\n"
            "2025F                     3,560          18.9%\n"
            "Source: Rendale Analytics, which surveyed 1,150 plant managers; 2025F is a forecast."
        ),
        obs=[
            ("Predictive maintenance", 2021, 2140, "USD million", "actual"),
            ("Predictive maintenance", 2022, 2610, "USD million", "actual"),
            ("Predictive maintenance", 2023, 2480, "USD million", "actual"),
            ("Predictive maintenance", 2024, 2995, "USD million", "actual"),
            ("Predictive maintenance", 2025, 3560, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2021, 2022, 1.0),
            ("growth", -5.0, "percent", 2022, 2023, 1.0),
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2610 / 2140 - 1 = 21.963% -> 22.0
            ("cagr|implied", "exact"),  # 2480 / 2610 - 1 = -4.981% -> -5.0
            ("cagr|implied", "exact"),  # 2995 / 2480 - 1 = 20.766% -> 20.8
            ("cagr|implied", "exact"),  # 3560 / 2995 - 1 = 18.865% -> 18.9
        ],
    ),
    # 38. Traditional Chinese pipe table in 億日圓 (Japanese association) with a 合計 row that adds up only within
    #     rounding, a 預估 column, and a stated 2024-2026 CAGR in prose
    dict(
        text=(
            "日本智慧工廠推進協會公布的日本工業AI市場規模如下（單位：億日圓）：\n"
            "| 區隔 | 2023年 | 2024年 | 2026年(預估) |\n"
            "|---|---|---|---|\n"
            "| 視覺檢測 | 612 | 705 | 930 |\n"
            "| 預測保全 | 438 | 502 | 688 |\n"
            "| 製程最佳化 | 257 | 296 | 401 |\n"
            "| 合計 | 1,307 | 1,504 | 2,020 |\n"
            "協會預估2024至2026年複合成長率約15.9%，會員企業共計186家。"
        ),
        obs=[
            ("視覺檢測", 2023, 612, "JPY 100 million", "actual"),
            ("視覺檢測", 2024, 705, "JPY 100 million", "actual"),
            ("視覺檢測", 2026, 930, "JPY 100 million", "estimate"),
            ("預測保全", 2023, 438, "JPY 100 million", "actual"),
            ("預測保全", 2024, 502, "JPY 100 million", "actual"),
            ("預測保全", 2026, 688, "JPY 100 million", "estimate"),
            ("製程最佳化", 2023, 257, "JPY 100 million", "actual"),
            ("製程最佳化", 2024, 296, "JPY 100 million", "actual"),
            ("製程最佳化", 2026, 401, "JPY 100 million", "estimate"),
            ("合計", 2023, 1307, "JPY 100 million", "actual"),
            ("合計", 2024, 1504, "JPY 100 million", "actual"),
            ("合計", 2026, 2020, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 2023: 612+438+257 = 1307 exact; 2024: 705+502+296 = 1503 vs 1504, 2026: 930+688+401 = 2019 vs 2020;
            # with each input +-0.5 the parts reach 1501.5..1504.5 and 2016.5..2020.5, the totals 1503.5..1504.5 and
            # 2039.5..2020.5 overlap -> rounding
            ("hierarchy", "rounding"),
            # (2020 / 1504) ** (1/2) - 1 = 15.892% -> 15.9
            ("cagr|implied", "exact"),
        ],
    ),
    # 39. Simplified Chinese tab-separated structure table for one year (title year), a 占比 column (shares with
    #     arithmetic verdicts), a 合计 row with 100% (no claim); distractor: sample size of firms
    dict(
        text=(
            "2024年中国工业AI市场结构\n"
            "细分领域\t规模（亿元）\t占比\n"
            "机器视觉\t162.4\t42.1%\n"
            "预测性维护\t71.3\t18.5%\n"
            "工艺优化与过程控制\t88.9\t23.0%\n"
            "其他\t63.2\t16.4%\n"
            "合计\t385.8\t100%\n"
            "数据来源：华钧证券研究所测算，调研企业样本1,024家。"
        ),
        obs=[
            ("机器视觉", 2024, 162.4, "CNY 100 million", "actual"),
            ("预测性维护", 2024, 71.3, "CNY 100 million", "actual"),
            ("工艺优化与过程控制", 2024, 88.9, "CNY 100 million", "actual"),
            ("其他", 2024, 63.2, "CNY 100 million", "actual"),
            ("合计", 2024, 385.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 23.0, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 162.4 + 71.3 + 88.9 + 63.2 = 385.8
            ("arithmetic", "exact"),  # 162.4 / 385.8 = 42.094% -> 42.1
            ("arithmetic", "exact"),  # 71.3 / 385.8 = 18.481% -> 18.5
            ("arithmetic", "exact"),  # 88.9 / 385.8 = 23.043% -> 23.0
            ("arithmetic", "exact"),  # 63.2 / 385.8 = 16.382% -> 16.4
        ],
    ),
    # 40. English space-aligned table in NT$ billion (Taiwan) by segment with Total and E columns; prose gives a
    #     2025 growth that holds only within rounding and a stated 2024-2028 CAGR (exact); distractor: stations installed
    dict(
        text=(
            "Taiwan smart-manufacturing software market, NT$ billion (Jadeport Research)\n"
            "Segment                   2023    2024    2025E    2028E\n"
            "AI vision inspection      14.2    16.9     19.8     30.5\n"
            "Predictive maintenance     6.8     8.1      9.7     15.6\n"
            "MES and scheduling AI      9.5    10.4     11.6     15.9\n"
            "Total                     30.5    35.4     41.1     62.0\n"
            "Jadeport expects the total to grow 16.3% in 2025 and at a 15.0% CAGR over 2024-2028. Some 18,400 AI "
            "inspection stations were installed on the island by the end of 2024."
        ),
        obs=[
            ("AI vision inspection", 2023, 14.2, "TWD billion", "actual"),
            ("AI vision inspection", 2024, 16.9, "TWD billion", "actual"),
            ("AI vision inspection", 2025, 19.8, "TWD billion", "estimate"),
            ("AI vision inspection", 2028, 30.5, "TWD billion", "estimate"),
            ("Predictive maintenance", 2023, 6.8, "TWD billion", "actual"),
            ("Predictive maintenance", 2024, 8.1, "TWD billion", "actual"),
            ("Predictive maintenance", 2025, 9.7, "TWD billion", "estimate"),
            ("Predictive maintenance", 2028, 15.6, "TWD billion", "estimate"),
            ("MES and scheduling AI", 2023, 9.5, "TWD billion", "actual"),
            ("MES and scheduling AI", 2024, 10.4, "TWD billion", "actual"),
            ("MES and scheduling AI", 2025, 11.6, "TWD billion", "estimate"),
            ("MES and scheduling AI", 2028, 15.9, "TWD billion", "estimate"),
            ("Total", 2023, 30.5, "TWD billion", "actual"),
            ("Total", 2024, 35.4, "TWD billion", "actual"),
            ("Total", 2025, 41.1, "TWD billion", "estimate"),
            ("Total", 2028, 62.0, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2024, 2025, 1.0),
            ("cagr", 15.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 34.2+6.8+9.5 = 30.5; 16.9+8.1+10.4 = 35.4; 19.8+9.7+11.6 = 41.1; 30.5+15.6+15.9 = 62.0
            ("hierarchy", "exact"),
            # 61.1 / 35.4 - 1 = 16.10% -> 16.1, not 16.3; bounds 41.05/35.45 - 1 = 15.80% .. 41.15/35.35 - 1 = 16.41%
            ("cagr|implied", "rounding"),
            # (62.0 / 35.4) ** (1/4) - 1 = 15.040% -> 15.0
            ("cagr|implied", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirtieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 11, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '18% more than the €3.56 billion of 2023',
    'we size the total addressable market',
    'up 11% from $12.8 billion',
    'predictive maintenance took $3.1 billion (32%)',
    'over fiscal 2024-2029',
    '2.5x that size, $95 billion, by 2030',
    '$4 billion to $6 billion in 2027',
    'is expected to grow 12% to NT$43.1 billion this year',
    'a CAGR of 21.5% from 2023 to 2030',
    '同比增长27.4%',
    '力争突破1.2万亿元',
    '較2024年的498億元成長22.7%',
    '年複合增長率約為18.6%',
    '较2023年增长4.7倍',
    '| Total | 8.5 | 10.1 | 12.0 | 14.2 |',
    '| 合计 | 191.7 | 221.5 | 254.7 |',
    '2025F\t1,810\t13.0%',
    '合計                370    100.0%',
    '| CAGR 2024-27 |',
    '合计             151     202     264     342',
    '15% more than the $4.0 billion recorded in 2023',
    'a rise of 17 per cent on the €1.1 billion of 2023',
    'total addressable market for its industrial AI software',
    'up 9.6% from ¥166 billion a year earlier',
    'between $27 billion and $31 billion by 2030',
    '较2023年的310亿元同比增长24.5%',
    '其中缺陷检测98.3亿元，占比46.2%',
    '是2024年的3倍以上',
    '1.6万亿元，年均复合增长率约10.8%',
    '較2023年的432億元成長12.5%',
    '18.6億港元',
    '佔整體42.5%',
    '较2023年的10.5亿元增长3倍',
    '| Total | 890 | 1,016 | 1,159 | 1,512 |',
    '表2  市场规模（亿元）',
    'Year     Predictive maintenance     YoY change',
    '（單位：億日圓）',
    '合计\t385.8\t100%',
    'Segment                   2023    2024    2025E    2028E',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 217
#: figures, 48 rates, 79 verdicts and 4 false inconsistent
#: after the readings chosen on it and the hundred-and-twenty-eighth set: 219, 48, 79 and 2
FLOORS = {"figures_found": 220, "rates_found": 48, "verdicts_right": 80}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset130.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
