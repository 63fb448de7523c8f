"""A hundred-and-seventh check set for the extractor, written blind: AI in one industry, sized by governments,
associations and procurement trackers, in English and Chinese (Simplified and Traditional) -- healthcare (医疗人工智能),
education, finance, manufacturing, government and public services, agriculture; ministry white papers, association
yearbooks, city plans with targets and a year's total awarded tender value; counts of tenders, projects, hospitals or
schools, one contract's value, a subsidy or fund, penetration rates, survey answers and percentage points are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English news, procurement tracker: a year's total awarded value ("last year" from a Feb-2025 dateline)
    #    and its base, "41% more than"; distractors: count of tenders, a single framework contract, a poll's answer
    dict(
        text=(
            "LONDON, 12 February 2025 — NHS trusts in England awarded £184 million of contracts for AI diagnostic "
            "and triage software last year, according to Tendermark, a firm that tracks public-sector procurement. "
            "That was 41% more than the £130.5 million awarded in 2023. The value came from 312 separate tenders, "
            "the biggest of them a £22 million framework for chest X-ray reporting across the Midlands. In a "
            "Tendermark poll, 58% of trust chief information officers said budget rather than evidence was the "
            "main brake on adoption."
        ),
        obs=[
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Total", 2023, 130.5, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 41.0, "percent", 2023, 2024, 1.0),  # "41% more than"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 184 / 130.5 - 1 = 0.40996 -> 41.0% (printed 41)
        ],
    ),
    # 2. Simplified Chinese white paper: 2024 size with its 2023 base and 同比 rate, a 2028 target "突破300亿元" with a
    #    stated 2024—2028 CAGR; distractors: report title year, 约占四成 (fraction in words), hospital count, 千亿级
    dict(
        text=(
            "华衡医疗人工智能产业联盟日前发布的《2025医疗人工智能发展白皮书》显示，2024年我国医疗人工智能市场规模达到"
            "97.3亿元，较2023年的77.0亿元增长26.4%。其中，医学影像AI约占四成，仍是最大的细分领域。白皮书预计，到2028年"
            "市场规模将突破300亿元，2024—2028年年均复合增长率约为32.5%。截至2024年底，全国已有超过1800家三级医院部署了"
            "至少一款AI辅助诊断产品，业内普遍认为这是一个千亿级的蓝海市场。"
        ),
        obs=[
            ("Total", 2023, 77.0, "CNY 100 million", "actual"),
            ("Total", 2024, 97.3, "CNY 100 million", "actual"),
            ("Total", 2028, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("cagr", 32.5, "percent", 2024, 2028, None, "stated"),  # 2024—2028年年均复合增长率
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 97.3 / 77.0 - 1 = 0.26364 -> 26.4%
            ("cagr|period", "exact"),  # (300 / 97.3) ** (1/4) - 1 = 3.08325 ** 0.25 - 1 = 0.32511 -> 32.5%
        ],
    ),
    # 3. English pipe table: US AI-in-healthcare spending by application x year (2025E), total row adds up in every
    #    year; a prose line after with "about 26%" for 2025; distractors: table number, count of health systems
    dict(
        text=(
            "The Meridian Health Policy Center's spending tracker (Table 3) breaks down US outlays on AI in "
            "healthcare by application, in USD million:\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Medical imaging | 2,140 | 2,610 | 3,150 |\n"
            "| Clinical decision support | 1,360 | 1,720 | 2,180 |\n"
            "| Drug discovery | 980 | 1,240 | 1,570 |\n"
            "| Administrative automation | 1,520 | 2,030 | 2,690 |\n"
            "| Total | 6,000 | 7,600 | 9,590 |\n"
            "\n"
            "Meridian expects total spending to grow about 26% in 2025, based on responses from 1,150 health "
            "systems."
        ),
        obs=[
            ("Medical imaging", 2023, 2140, "USD million", "actual"),
            ("Medical imaging", 2024, 2610, "USD million", "actual"),
            ("Medical imaging", 2025, 3150, "USD million", "estimate"),
            ("Clinical decision support", 2023, 1360, "USD million", "actual"),
            ("Clinical decision support", 2024, 1720, "USD million", "actual"),
            ("Clinical decision support", 2025, 2180, "USD million", "estimate"),
            ("Drug discovery", 2023, 980, "USD million", "actual"),
            ("Drug discovery", 2024, 1240, "USD million", "actual"),
            ("Drug discovery", 2025, 1570, "USD million", "estimate"),
            ("Administrative automation", 2023, 1520, "USD million", "actual"),
            ("Administrative automation", 2024, 2030, "USD million", "actual"),
            ("Administrative automation", 2025, 2690, "USD million", "estimate"),
            ("Total", 2023, 6000, "USD million", "actual"),
            ("Total", 2024, 7600, "USD million", "actual"),
            ("Total", 2025, 9590, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2024, 2025, 1.0),  # "grow about 26% in 2025"
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2140 + 1360 + 980 + 1520 = 6000 = Total
            ("hierarchy", "exact"),  # 2024: 2610 + 1720 + 1240 + 2030 = 7600 = Total
            ("hierarchy", "exact"),  # 2025E: 3150 + 2180 + 1570 + 2690 = 9590 = Total
            ("cagr|implied", "exact"),  # 9590 / 7600 - 1 = 0.26184 -> 26.2% -> rounds to 26
        ],
    ),
    # 4. English think-tank brief: 2024 base and a 2030 forecast with a stated "from 2024 to 2030" CAGR printed to
    #    one decimal that only a rounding reading reaches; distractors: one bank's own AI budget, percentage points
    #    and an adoption rate, "a multibillion-dollar opportunity"
    dict(
        text=(
            "WASHINGTON, 9 April 2025 — American banks spent $21.4 billion on artificial-intelligence software, "
            "cloud capacity and services in 2024, according to a brief from the Halvard Institute for Financial "
            "Policy. The institute expects the figure to reach $60 billion by 2030, a compound annual growth rate "
            "of 18.9% from 2024 to 2030. Larchmont Financial, the largest lender in its sample, alone budgeted "
            "$1.3 billion for AI this year. Use of generative-AI assistants among branch staff rose 11 percentage "
            "points to 47%, and the brief's authors call fraud prevention \"a multibillion-dollar opportunity\" "
            "for vendors."
        ),
        obs=[
            ("Total", 2024, 21.4, "USD billion", "actual"),
            ("Total", 2030, 60, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (60 / 21.4) ** (1/6) - 1 = 2.80374 ** (1/6) - 1 = 0.18747 -> 18.7% (not 18.9)
            # bounds: (59.5 / 21.45) ** (1/6) - 1 = 18.54%; (60.5 / 21.35) ** (1/6) - 1 = 18.96% -> 18.9 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 5. Traditional Chinese (Hong Kong) association report: 去年 amount in 億港元, a part (生成式AI) with its printed
    #    share of the total, 今年 forecast with 增幅約21%; distractors: bank count, 七成 survey answer, 百分點, a subsidy
    dict(
        text=(
            "【2025年4月8日】香港銀行科技研究會發表的年度報告顯示，本港銀行業去年在人工智能方面的開支達48.6億港元，"
            "其中生成式AI佔11.2億港元，即總開支的23.0%。研究會預計，今年開支將增至59億港元，增幅約21%。在接受調查的"
            "62家銀行中，七成計劃在未來兩年擴大生成式AI的應用，AI相關職位佔銀行科技人員的比例則較一年前上升4個百分點。"
            "政府早前推出的1億港元「銀行AI應用資助計劃」，目前已批出約一半額度。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("生成式AI", 2024, 11.2, "HKD 100 million", "actual"),
            ("Total", 2025, 59, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 23.0, "percent", 2024, 2024, None),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),  # 增幅約21%
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 11.2 / 48.6 = 0.23045 -> 23.0%
            ("cagr|implied", "exact"),  # 59 / 48.6 - 1 = 0.21399 -> 21.4% -> rounds to 21
        ],
    ),
    # 6. English space-aligned table: European banks' AI spending by use case, 2023 adds up but 2024 parts fall
    #    short of the printed total; a "34%" growth line after; distractors: report title year, a quarter's
    #    figure, percentage points
    dict(
        text=(
            "Finance Europa Research Group, a Brussels think-tank, published this breakdown of European banks' AI "
            "spending by use case (EUR billion) in its 2025 outlook:\n"
            "\n"
            "Use case              2023    2024\n"
            "Fraud detection        2.6     3.1\n"
            "Credit scoring         1.4     1.8\n"
            "Customer service       1.9     2.4\n"
            "Compliance & AML       0.9     1.2\n"
            "Total                  6.8     9.1\n"
            "\n"
            "The group puts growth in total spending at 34% in 2024 and notes that the fourth quarter alone "
            "accounted for €2.7 billion. The share of banks running generative-AI pilots rose 18 percentage points."
        ),
        obs=[
            ("Fraud detection", 2023, 2.6, "EUR billion", "actual"),
            ("Fraud detection", 2024, 3.1, "EUR billion", "actual"),
            ("Credit scoring", 2023, 1.4, "EUR billion", "actual"),
            ("Credit scoring", 2024, 1.8, "EUR billion", "actual"),
            ("Customer service", 2023, 1.9, "EUR billion", "actual"),
            ("Customer service", 2024, 2.4, "EUR billion", "actual"),
            ("Compliance & AML", 2023, 0.9, "EUR billion", "actual"),
            ("Compliance & AML", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2023, 6.8, "EUR billion", "actual"),
            ("Total", 2024, 9.1, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 34.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.6 + 1.4 + 1.9 + 0.9 = 6.8 = Total
            # 2024: 3.1 + 1.8 + 2.4 + 1.2 = 8.5 vs 9.1; parts at +/-0.05 each give 8.3..8.7, total 9.05..9.15 -> no overlap
            ("hierarchy", "inconsistent"),
            ("cagr|implied", "exact"),  # 9.1 / 6.8 - 1 = 0.33824 -> 33.8% -> rounds to 34
        ],
    ),
    # 7. English earnings call: the company's TAM for AI tutoring is the market (Total), "about $9 billion last year"
    #    to "$25 billion by 2029", "roughly 23% a year" (CAGR inferred from the amounts' years); distractors: the
    #    company's own revenue and its growth, a quarter's sales, students and schools, a price target and upside
    dict(
        text=(
            "Brightmoor Learning told analysts on its fourth-quarter call on 27 February 2025 that the total "
            "addressable market for AI tutoring in the US and Canada was about $9 billion last year and should "
            "reach $25 billion by 2029, growing at roughly 23% a year. Chief executive Dana Whitcombe said "
            "Brightmoor's own revenue rose 31% to $386 million in 2024, including fourth-quarter sales of $118 "
            "million. The company now serves 2.3 million students in about 14,000 schools. Analysts at Corvan "
            "Securities kept a price target of $48 on the stock, implying 26% upside."
        ),
        obs=[
            ("Total", 2024, 9, "USD billion", "actual"),
            ("Total", 2029, 25, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (25 / 9) ** (1/5) - 1 = 2.77778 ** 0.2 - 1 = 0.22670 -> 22.7% -> rounds to 23
        ],
    ),
    # 8. English association yearbook: UK education AI, "up 24% from £1.03 billion" -- exact only within rounding;
    #    a part (AI tutoring platforms) in GBP million; distractors: school count, teacher survey, headcount
    dict(
        text=(
            "British schools, colleges and universities spent £1.27 billion on AI-enabled learning and assessment "
            "tools in 2024, up 24% from £1.03 billion in 2023, the Learning Technology Suppliers' Association says "
            "in its latest yearbook. AI tutoring platforms made up £412 million of the 2024 total. The association "
            "counts 5,400 schools using at least one AI tutor, and 62% of teachers in its survey said the tools "
            "saved them more than two hours a week. Its members' combined headcount passed 18,000 for the first "
            "time."
        ),
        obs=[
            ("Total", 2024, 1.27, "GBP billion", "actual"),
            ("Total", 2023, 1.03, "GBP billion", "actual"),
            ("AI tutoring platforms", 2024, 412, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.27 / 1.03 - 1 = 0.23301 -> 23.3% -> rounds to 23, not 24
            # bounds: 1.265 / 1.035 - 1 = 22.22%; 1.275 / 1.025 - 1 = 24.39% -> 24 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. Simplified Chinese procurement tracker: a year's total awarded value for 智慧教育, 同比下降8.1% (negative
    #    rate) with the 2023 figure given after; distractors: project count, single largest contract, Q4 figure
    dict(
        text=(
            "据教育装备招采数据平台“采知”统计，2024年全国智慧教育领域公开招标中标总金额为312.6亿元，同比下降8.1%，"
            "为近五年来首次下滑；2023年这一数字为340.2亿元。全年共有1.2万个项目中标，其中金额最大的单个项目为某省"
            "高校智慧教室改造项目，中标价4.3亿元。分季度看，第四季度中标金额为96.5亿元，环比有所回升。"
        ),
        obs=[
            ("Total", 2024, 312.6, "CNY 100 million", "actual"),
            ("Total", 2023, 340.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -8.1, "percent", 2023, 2024, 1.0),  # 同比下降8.1%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.6 / 340.2 - 1 = -0.08113 -> -8.1%
        ],
    ),
    # 10. English white paper, Japan: fiscal years, ¥ billion then ¥ trillion (series keeps JPY billion, so 1.1
    #     trillion -> 1100), a stated "fiscal 2023-2028" CAGR its own figures contradict; distractors: adoption
    #     rate, a ¥30 billion subsidy, member companies and employees
    dict(
        text=(
            "TOKYO, 18 March 2025 — Japan's market for AI in manufacturing, from machine-vision inspection to "
            "predictive maintenance and production scheduling, was worth ¥412 billion in fiscal 2023, the Japan "
            "Smart Factory Association says in its annual white paper. The association forecasts the market at "
            "¥1.1 trillion in fiscal 2028, which it describes as compound growth of 24% a year over fiscal "
            "2023-2028. Only 23% of small and mid-sized manufacturers had deployed any AI tool, and the government "
            "has earmarked ¥30 billion in subsidies to lift that figure. The association's 1,240 member companies "
            "employ roughly 900,000 people."
        ),
        obs=[
            ("Total", 2023, 412, "JPY billion", "actual"),
            ("Total", 2028, 1100, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (1100 / 412) ** (1/5) - 1 = 2.66990 ** 0.2 - 1 = 0.21702 -> 21.7%
            # bounds: (1050 / 412.5) ** 0.2 - 1 = 20.55%; (1150 / 411.5) ** 0.2 - 1 = 22.82% -> 24 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 11. Simplified Chinese city plan: 2024 actual and a 2027 target "突破1200亿元", 年均增长约21% with only the
    #     amounts' years (inferred); distractors: plan title years, factory/platform counts, a yearly special fund,
    #     an industrial fund, a penetration rate and 百分点
    dict(
        text=(
            "《滨江市智能制造高质量发展行动计划（2025—2027年）》日前印发。2024年，全市智能制造核心产业规模为680亿元；"
            "计划提出，到2027年这一规模突破1200亿元，年均增长约21%。计划还提出培育100家智能工厂和20个工业互联网平台，"
            "市财政每年安排不低于5亿元专项资金，并设立50亿元产业引导基金。2024年，全市规模以上工业企业数字化研发设计"
            "工具普及率达到82.6%，较上年提高3.1个百分点。"
        ),
        obs=[
            ("Total", 2024, 680, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1200 / 680) ** (1/3) - 1 = 1.76471 ** (1/3) - 1 = 0.20844 -> 20.8% -> 21
        ],
    ),
    # 12. Simplified Chinese vertical table: a province's 工业互联网 targets by year, a lone value column headed by its
    #     unit only (Total), E rows, a 同比增长 column; distractors: plan title years, platform/device counts, a fund
    dict(
        text=(
            "江临省工业和信息化厅2025年2月印发《江临省工业互联网创新发展三年行动方案（2025—2027年）》，明确全省工业"
            "互联网产业规模分年度目标如下（2023、2024年为实际值）：\n"
            "\n"
            "| 年份 | 亿元 | 同比增长 |\n"
            "|---|---|---|\n"
            "| 2023 | 1,850 | — |\n"
            "| 2024 | 2,160 | 16.8% |\n"
            "| 2025E | 2,520 | 16.7% |\n"
            "| 2026E | 2,950 | 17.1% |\n"
            "| 2027E | 3,450 | 16.9% |\n"
            "\n"
            "方案同时提出，到2027年建成50个省级工业互联网平台、连接工业设备超过800万台（套），省级财政每年安排10亿元"
            "专项资金予以支持。"
        ),
        obs=[
            ("Total", 2023, 1850, "CNY 100 million", "actual"),
            ("Total", 2024, 2160, "CNY 100 million", "actual"),
            ("Total", 2025, 2520, "CNY 100 million", "estimate"),
            ("Total", 2026, 2950, "CNY 100 million", "estimate"),
            ("Total", 2027, 3450, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 16.7, "percent", 2024, 2025, 1.0),
            ("growth", 17.1, "percent", 2025, 2026, 1.0),
            ("growth", 16.9, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2160 / 1850 - 1 = 0.16757 -> 16.8%
            ("cagr|implied", "exact"),  # 2520 / 2160 - 1 = 0.16667 -> 16.7%
            ("cagr|implied", "exact"),  # 2950 / 2520 - 1 = 0.17063 -> 17.1%
            ("cagr|implied", "exact"),  # 3450 / 2950 - 1 = 0.16949 -> 16.9%
        ],
    ),
    # 13. Traditional Chinese pipe table (Taiwan): manufacturing AI by application in 新台幣億元, 2024 and 2029(F), a
    #     stated 2024–2029 CAGR column (one row only within rounding), 合計 row adds up; distractors in the note:
    #     survey sample, adoption share, 百分點
    dict(
        text=(
            "寶島產業研究院（2025年5月）：台灣製造業AI應用市場規模（單位：新台幣億元）\n"
            "\n"
            "| 應用領域 | 2024 | 2029(F) | 2024–2029 年複合成長率 |\n"
            "|---|---|---|---|\n"
            "| 瑕疵檢測 | 58 | 142 | 19.6% |\n"
            "| 預測性維護 | 36 | 97 | 22.3% |\n"
            "| 生產排程優化 | 24 | 71 | 24.2% |\n"
            "| 合計 | 118 | 310 | 21.3% |\n"
            "\n"
            "註：2029年為預測值。調查樣本涵蓋612家製造業者，其中已導入AI者佔31%；業者自評AI專案平均可使良率提升2.5個"
            "百分點。"
        ),
        obs=[
            ("瑕疵檢測", 2024, 58, "TWD 100 million", "actual"),
            ("瑕疵檢測", 2029, 142, "TWD 100 million", "estimate"),
            ("預測性維護", 2024, 36, "TWD 100 million", "actual"),
            ("預測性維護", 2029, 97, "TWD 100 million", "estimate"),
            ("生產排程優化", 2024, 24, "TWD 100 million", "actual"),
            ("生產排程優化", 2029, 71, "TWD 100 million", "estimate"),
            ("合計", 2024, 118, "TWD 100 million", "actual"),
            ("合計", 2029, 310, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (142 / 58) ** 0.2 - 1 = 2.44828 ** 0.2 - 1 = 0.19611 -> 19.6%
            # (97 / 36) ** 0.2 - 1 = 2.69444 ** 0.2 - 1 = 0.21925 -> 21.9%, not 22.3
            # bounds: (96.5 / 36.5) ** 0.2 - 1 = 21.46%; (97.5 / 35.5) ** 0.2 - 1 = 22.39% -> 22.3 reachable
            ("cagr|period", "rounding"),
            ("cagr|period", "exact"),  # (71 / 24) ** 0.2 - 1 = 2.95833 ** 0.2 - 1 = 0.24225 -> 24.2%
            ("cagr|period", "exact"),  # (310 / 118) ** 0.2 - 1 = 2.62712 ** 0.2 - 1 = 0.21310 -> 21.3%
            ("hierarchy", "exact"),  # 2024: 58 + 36 + 24 = 118 = 合計
            ("hierarchy", "exact"),  # 2029(F): 142 + 97 + 71 = 310 = 合計
        ],
    ),
    # 14. English industry-association tracker: "grew 32% last year to $1.46 billion, from $1.18 billion" -- a rate
    #     its own figures contradict; a second market (Digital-pathology AI) as its own item; distractors: cleared
    #     algorithm count, "about a third" of hospitals, a quarter's figure, "double-digit growth"
    dict(
        text=(
            "CHICAGO, 1 December 2025 — Spending in the United States on medical-imaging AI grew 32% last year to "
            "$1.46 billion, from $1.18 billion in 2023, according to the annual market tracker of the Radiology "
            "Informatics Council, an industry association. Digital-pathology AI, a separate and much younger "
            "market, brought in $240 million in 2024. The council counts more than 900 imaging algorithms cleared "
            "by regulators and says about a third of US hospitals now run at least one of them. Third-quarter "
            "spending this year came to $402 million, and the council expects double-digit growth to continue "
            "into 2026."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2023, 1.18, "USD billion", "actual"),
            ("Digital-pathology AI", 2024, 240, "USD million", "actual"),
        ],
        claims=[
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.46 / 1.18 - 1 = 0.23729 -> 23.7%, not 32
            # bounds: 1.455 / 1.185 - 1 = 22.78%; 1.465 / 1.175 - 1 = 24.68% -> 32 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Traditional Chinese (Taiwan) research note: 新台幣億元 market, 較2023年的68億元成長27% -- exact only within
    #     rounding; 今年 可望突破 -> 2025 estimate; distractors: hospital count, 不到一成 (fraction), a firm's own
    #     revenue and its growth
    dict(
        text=(
            "【2025年3月10日／台北訊】寶島產業研究院最新報告指出，2024年台灣醫療AI市場規模達新台幣86億元，較2023年的"
            "68億元成長27%，主要動能來自醫學影像判讀與智慧病房。報告預估，今年市場規模可望突破新台幣110億元。目前全台"
            "已有52家醫學中心與區域醫院導入AI影像系統，但中小型診所的導入率仍不到一成。國內影像AI業者安德醫電去年營收"
            "為新台幣12.4億元，年增35%。"
        ),
        obs=[
            ("Total", 2024, 86, "TWD 100 million", "actual"),
            ("Total", 2023, 68, "TWD 100 million", "actual"),
            ("Total", 2025, 110, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 86 / 68 - 1 = 0.26471 -> 26.5% -> rounds to 26, not 27
            # bounds: 85.5 / 68.5 - 1 = 24.82%; 86.5 / 67.5 - 1 = 28.15% -> 27 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. English NGO brief, EU agriculture: total in € billion and a part in € million with its printed share
    #     ("or 37.5%"); distractors: adoption rate with percentage points, an EU research fund
    dict(
        text=(
            "BRUSSELS, 2 June 2025 — Farmers, co-operatives and agri-food processors in the European Union spent "
            "€1.84 billion on AI tools in 2024, according to a brief on digital farming from the NGO Fieldwise "
            "Europe. Crop-monitoring software accounted for €690 million of that, or 37.5%. Only 14% of farms "
            "used any AI-based product, up 3 percentage points on 2023, and the brief notes that a €300 million EU "
            "research fund for agricultural robotics has barely been tapped."
        ),
        obs=[
            ("Total", 2024, 1.84, "EUR billion", "actual"),
            ("Crop-monitoring software", 2024, 690, "EUR million", "actual"),
        ],
        claims=[
            ("share", 37.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 690 / 1840 = 0.375 -> 37.5%
        ],
    ),
    # 17. English tab-separated table: global AI-in-agriculture spending by region for one year with a share column
    #     and a Total row (100.0% is no claim); distractors after: start-up count, a growers' survey, "next year"
    dict(
        text=(
            "Global spending on AI in agriculture by region in 2024, from the Agri-Data Trust's annual brief "
            "(USD million):\n"
            "\n"
            "Region\t2024\tShare\n"
            "North America\t1,420\t38.5%\n"
            "Europe\t980\t26.6%\n"
            "Asia-Pacific\t1,050\t28.5%\n"
            "Rest of world\t240\t6.5%\n"
            "Total\t3,690\t100.0%\n"
            "\n"
            "The trust counts 2,300 agritech start-ups worldwide, and 41% of the 900 growers it surveyed said they "
            "plan to buy an AI tool next year."
        ),
        obs=[
            ("North America", 2024, 1420, "USD million", "actual"),
            ("Europe", 2024, 980, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1050, "USD million", "actual"),
            ("Rest of world", 2024, 240, "USD million", "actual"),
            ("Total", 2024, 3690, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 26.6, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("share", 6.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1420 / 3690 = 0.38482 -> 38.5%
            ("arithmetic", "exact"),  # 980 / 3690 = 0.26558 -> 26.6%
            ("arithmetic", "exact"),  # 1050 / 3690 = 0.28455 -> 28.5%
            ("arithmetic", "exact"),  # 240 / 3690 = 0.06504 -> 6.5%
            ("hierarchy", "exact"),  # 1420 + 980 + 1050 + 240 = 3690 = Total
        ],
    ),
    # 18. English news, Hong Kong procurement tracker: HK$1.32 billion last year then HK$965 million (series keeps
    #     HKD billion -> 0.965), "37% more than"; distractors: tender count, one contract, "declined to give a
    #     figure" for this year, a HK$3 billion fund
    dict(
        text=(
            "HONG KONG, 20 January 2025 — Government bureaux and public bodies in Hong Kong awarded HK$1.32 billion "
            "of contracts for artificial-intelligence systems last year, 37% more than the HK$965 million awarded "
            "in 2023, according to tender tracker Harbourline Procurement Data. The total was spread across 148 "
            "tenders; the largest single award, HK$210 million for a traffic-forecasting platform, went to a local "
            "consortium. Harbourline expects another rise this year as departments roll out the government's own "
            "large language model, though it declined to give a figure. Separately, the government's HK$3 billion "
            "research fund for AI remains only partly committed."
        ),
        obs=[
            ("Total", 2024, 1.32, "HKD billion", "actual"),
            ("Total", 2023, 0.965, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 37.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.32 / 0.965 - 1 = 0.36788 -> 36.8% -> rounds to 37
        ],
    ),
    # 19. Simplified Chinese pipe table: 2024 AI tenders in government by sub-field, a count column beside the value
    #     column (only values are observations), 合计 row adds up; distractors: project counts, one contract, 千亿级
    dict(
        text=(
            "据公共采购数据服务商“标讯通”统计，2024年全国政务领域人工智能相关项目中标情况如下：\n"
            "\n"
            "| 细分领域 | 中标项目数（个） | 中标金额（亿元） |\n"
            "|---|---|---|\n"
            "| 政务大模型 | 1,126 | 38.7 |\n"
            "| 城市大脑 | 642 | 51.2 |\n"
            "| 智慧政务服务 | 2,315 | 27.4 |\n"
            "| 公共安全视频AI | 1,480 | 44.9 |\n"
            "| 合计 | 5,563 | 162.2 |\n"
            "\n"
            "注：单个金额最大的项目为某市政务大模型平台建设项目，中标价2.6亿元。业内人士认为，政务大模型是“千亿级”的"
            "市场机会。"
        ),
        obs=[
            ("政务大模型", 2024, 38.7, "CNY 100 million", "actual"),
            ("城市大脑", 2024, 51.2, "CNY 100 million", "actual"),
            ("智慧政务服务", 2024, 27.4, "CNY 100 million", "actual"),
            ("公共安全视频AI", 2024, 44.9, "CNY 100 million", "actual"),
            ("合计", 2024, 162.2, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 38.7 + 51.2 + 27.4 + 44.9 = 162.2 = 合计
        ],
    ),
    # 20. English think-tank brief, Gulf: "$1.9 billion last year, 2.4 times the $800 million ... in 2021" (series
    #     keeps USD billion -> 0.8; a multiple, no verdict), a 2028 range "between $4.2 billion and $5 billion" as
    #     two value claims; distractors: SAR budget (riyals), a survey count and answer, "a multibillion-dollar
    #     opportunity"
    dict(
        text=(
            "DUBAI, 14 May 2025 — Governments in the six Gulf Cooperation Council states spent $1.9 billion on "
            "artificial-intelligence systems last year, 2.4 times the $800 million they spent in 2021, according "
            "to a brief from the Gulf Public Sector Technology Forum, a think-tank. The forum expects that figure "
            "to reach between $4.2 billion and $5 billion in 2028 as smart-city platforms and Arabic-language "
            "government chatbots move from pilots to full roll-outs. Saudi ministries alone have budgeted SAR 2.6 "
            "billion for AI projects this year, and 64% of the 210 public-sector IT chiefs the forum surveyed plan "
            "to raise AI spending. Its authors call municipal AI \"a multibillion-dollar opportunity\" for local "
            "integrators."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2021, 0.8, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2021, 2024, 3.0),  # 1.9 / 0.8 = 2.375; multiples get no verdict
            ("value", 4.2, "USD billion", 2028, 2028, None),
            ("value", 5.0, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 21. English news with dateline (GBP): spend "last year" up 18% from 2023; imaging's part and share;
    #    "pass £500 million this year" (estimate); purchases count, one £38 million deal, survey 37% nowhere
    dict(
        text=(
            "LONDON, 12 February 2025 — Hospitals in England leaned harder on algorithms last year. NHS trusts and "
            "independent providers spent £412 million on AI software for radiology, pathology and triage in 2024, "
            "up 18% from £349 million in 2023, according to the procurement tracker run by Halden Analytics. "
            "Halden counted 1,260 separate purchases, the largest a £38 million five-year deal for chest X-ray "
            "reading at a northern hospital group. Imaging alone took £231 million of last year's total, or 56%. "
            "The tracker expects spending to pass £500 million this year, though a survey of 140 trust IT chiefs "
            "found only 37% had a budget line for AI."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 349, "GBP million", "actual"),
            ("Imaging", 2024, 231, "GBP million", "actual"),
            ("Total", 2025, 500, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 56, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 349 - 1 = 18.05% -> 18
            ("arithmetic", "exact"),  # 231 / 412 = 56.07% -> 56
        ],
    ),
    # 22. English procurement-tracker story in fiscal years (USD billion): a 32% rise that only rounding reaches;
    #    award counts, one $410 million contract, a quarter's $1.1 billion, "multibillion-dollar", 64% of agencies nowhere
    dict(
        text=(
            "WASHINGTON — Federal civilian agencies awarded $3.8 billion in contracts for artificial-intelligence "
            "systems in fiscal 2024, compared with $2.9 billion in fiscal 2023, a rise of 32%, according to the "
            "Brightwater Public Sector Index, which totals every award tagged to AI in the government's contract "
            "database. The count of awards climbed to 2,140 from 1,610. The single biggest award was a $410 million "
            "clinical-documentation contract for veterans' hospitals. In the first quarter of fiscal 2025 alone, "
            "agencies awarded $1.1 billion. Brightwater calls public-sector AI 'a multibillion-dollar opportunity' "
            "but cautions that the share of agencies with a chief AI officer, 64%, says little about spending."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2023, 2.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 3.8 / 2.9 - 1 = 31.03% -> 31, not 32; bounds 3.75/2.95 - 1 = 27.12%
            #                                 .. 3.85/2.85 - 1 = 35.09%, 32 inside
        ],
    ),
    # 23. English think-tank brief (EUR): stated 2024-2030 CAGR; a sub-niche "more than fivefold" from €120 million
    #    (own item, own unit); brief number, 14% adoption, 3 percentage points, a €300 million fund nowhere
    dict(
        text=(
            "Brief no. 17 from the Brussels-based Verdant Futures Institute puts the European market for AI in "
            "agriculture — crop-monitoring platforms, yield models, robotic weeding and livestock analytics — at "
            "€1.46 billion in 2024. The institute projects it will reach €4.1 billion in 2030, a 2024-2030 CAGR of "
            "18.8%. Precision spraying is the fastest-growing niche, forecast to expand more than fivefold over the "
            "same period from €120 million. Farm adoption remains thin: only 14% of holdings above 50 hectares use "
            "any AI tool, up 3 percentage points in a year. The EU's €300 million rural-digitalisation fund is not "
            "counted in the total."
        ),
        obs=[
            ("Total", 2024, 1.46, "EUR billion", "actual"),
            ("Total", 2030, 4.1, "EUR billion", "estimate"),
            ("Precision spraying", 2024, 120, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("multiple", 5.0, "multiple", 2024, 2030, 6.0),  # "more than fivefold", no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.46) ** (1/6) - 1 = 18.78% -> 18.8
        ],
    ),
    # 24. English earnings call: company-sized TAM "this year" (estimate) to 2028 at "roughly 40% a year" that its
    #    own amounts contradict; company revenue, its growth, students, 15% share target, $48 price target nowhere
    dict(
        text=(
            "SAN JOSE, 6 November 2025 — On its third-quarter earnings call, Lumora Learning's chief executive told "
            "analysts that the total addressable market for AI tutoring in American schools and colleges is $7.5 "
            "billion this year and should reach $19 billion in 2028, growth of roughly 40% a year. Lumora itself "
            "booked revenue of $212 million in the quarter, up 61%, and now serves 3.4 million students. Its chief "
            "financial officer said the company wants a 15% share of the market by 2028. One analyst, who holds a "
            "$48 price target on the stock, asked whether district budgets can keep up once federal relief money "
            "runs out."
        ),
        obs=[
            ("Total", 2025, 7.5, "USD billion", "estimate"),
            ("Total", 2028, 19, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 40, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "inconsistent"),  # (19 / 7.5) ** (1/3) - 1 = 36.32%; bounds (18.5/7.55) -> 34.82%
            #                                    .. (19.5/7.45) -> 37.81%; 40 outside
        ],
    ),
    # 25. English news from Tokyo (JPY billion), fiscal years: year-on-year rate and a part's share, both exact;
    #    a target "top ¥400 billion in fiscal 2026"; adoption 41%, 6 percentage points, 9,800 data scientists nowhere
    dict(
        text=(
            "TOKYO, 14 May 2025 — Japan's market for AI in manufacturing reached ¥312 billion in fiscal 2024, up "
            "12.6% from ¥277 billion a year earlier, according to the yearbook of the Japan Smart Factory "
            "Association. Predictive maintenance was the largest application at ¥87 billion, 28% of the total, "
            "followed by visual inspection. The association expects the market to top ¥400 billion in fiscal 2026. "
            "Factory adoption rose 6 percentage points to 41%, and member companies now employ some 9,800 data "
            "scientists."
        ),
        obs=[
            ("Total", 2024, 312, "JPY billion", "actual"),
            ("Total", 2023, 277, "JPY billion", "actual"),
            ("Predictive maintenance", 2024, 87, "JPY billion", "actual"),
            ("Total", 2026, 400, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312 / 277 - 1 = 12.64% -> 12.6
            ("arithmetic", "exact"),  # 87 / 312 = 27.88% -> 28
        ],
    ),
    # 26. Simplified Chinese newspaper report: 医疗人工智能 97.5亿元 同比增长26.3% (2023 = 77.2亿元), 医学影像AI 占比42.3%;
    #    有望突破120亿元 next year (estimate); hospital count and 渗透率超过六成 nowhere
    dict(
        text=(
            "本报北京2025年3月18日电（记者 林晓） 中国医学人工智能产业联盟18日发布的年度蓝皮书显示，2024年我国医疗"
            "人工智能市场规模达到97.5亿元，同比增长26.3%，2023年这一数字为77.2亿元。其中，医学影像AI规模为41.2亿元，"
            "占比42.3%。蓝皮书统计，全国已有1870家医院部署了至少一款AI辅助诊断产品，三级医院渗透率超过六成。联盟预计，"
            "2025年市场规模有望突破120亿元。"
        ),
        obs=[
            ("Total", 2024, 97.5, "CNY 100 million", "actual"),
            ("Total", 2023, 77.2, "CNY 100 million", "actual"),
            ("医学影像AI", 2024, 41.2, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("share", 42.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 97.5 / 77.2 - 1 = 26.30% -> 26.3
            ("arithmetic", "exact"),  # 41.2 / 97.5 = 42.26% -> 42.3
        ],
    ),
    # 27. Simplified Chinese city action plan: 到2027年 核心产业规模突破3000亿元 from 2024年的1260亿元, a stated
    #    2024—2027年 CAGR 约33.5%; plan-title years, 100亿元 fund, 200家 firms, 千亿级 nowhere
    dict(
        text=(
            "临江市人民政府近日印发《临江市人工智能产业高质量发展行动计划（2025—2027年）》。计划提出，到2027年，全市"
            "人工智能核心产业规模突破3000亿元，2024年这一规模为1260亿元，2024—2027年年均复合增长率约33.5%。为此，"
            "市财政将设立总规模100亿元的人工智能产业母基金，力争培育200家以上专精特新企业，并打造10个千亿级应用场景集群。"
        ),
        obs=[
            ("Total", 2027, 3000, "CNY 100 million", "estimate"),
            ("Total", 2024, 1260, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 33.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3000 / 1260) ** (1/3) - 1 = 33.53% -> 33.5
        ],
    ),
    # 28. Simplified Chinese procurement tracker (智慧教育): a year's total 中标金额 and its rise; AI助教's part and share;
    #    notice and project counts, one 3.6亿元 contract, a 2025年第一季度 figure and its -4.1% nowhere
    dict(
        text=(
            "据教育装备采购数据平台“招采通”统计，2024年全国智慧教育类项目中标总金额为486.3亿元，较2023年的421.7亿元"
            "增长15.3%；全年共发布相关招标公告1.24万条，中标项目9860个。分类别看，AI助教中标金额58.6亿元，占全年总额"
            "的12%。单体规模最大的是某省“AI+教育”示范区建设项目，中标金额达3.6亿元。2025年第一季度，全国智慧教育中标"
            "金额为97.4亿元，同比下降4.1%。"
        ),
        obs=[
            ("Total", 2024, 486.3, "CNY 100 million", "actual"),
            ("Total", 2023, 421.7, "CNY 100 million", "actual"),
            ("AI助教", 2024, 58.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486.3 / 421.7 - 1 = 15.32% -> 15.3
            ("arithmetic", "exact"),  # 58.6 / 486.3 = 12.05% -> 12
        ],
    ),
    # 29. Simplified Chinese research report (工业互联网): series opens in 亿元 (9860) so 1.2万亿/1.36万亿 convert to
    #    12000/13600; inferred two-year CAGR exact; 约12% next-year growth only within rounding; report-title year,
    #    platform and device counts, 万亿级 nowhere
    dict(
        text=(
            "《工业互联网产业经济发展报告（2025年）》测算，2022年我国工业互联网核心产业规模为9860亿元，2024年首次突破"
            "1.2万亿元，两年间年均增长约10.3%。报告预计，2025年这一规模将达到1.36万亿元，同比增长约12%。目前，全国具有"
            "一定影响力的工业互联网平台超过340家，连接工业设备近1亿台（套）。报告认为，人工智能与工业互联网融合将带来"
            "万亿级市场机遇。"
        ),
        obs=[
            ("Total", 2022, 9860, "CNY 100 million", "actual"),
            ("Total", 2024, 12000, "CNY 100 million", "actual"),
            ("Total", 2025, 13600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 10.3, "percent", 2022, 2024, None, "inferred"),
            ("growth", 12, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12000 / 9860) ** (1/2) - 1 = 10.32% -> 10.3
            ("cagr|implied", "rounding"),  # 13600 / 12000 - 1 = 13.33% -> 13, not 12; inputs 1.36万亿 +-0.005万亿,
            #   1.2万亿 +-0.05万亿: 13550/12500 - 1 = 8.40% .. 13650/11500 - 1 = 18.70%, 12 inside
        ],
    ),
    # 30. Simplified Chinese procurement watcher (政务大模型): 28.6亿元 "是2023年5.2亿元的5.5倍" (multiple, no verdict);
    #     超过60亿元 next year (estimate); project counts, average per project, one 1.9亿元 project, 百亿级 nowhere
    dict(
        text=(
            "政府采购观察机构“标讯研究院”统计，2024年全国政务大模型相关项目中标金额合计28.6亿元，是2023年5.2亿元的5.5倍；"
            "中标项目数由2023年的71个增至386个。从项目结构看，单个项目平均金额约741万元，最大一单为某省级政务云平台大模型"
            "升级项目，金额1.9亿元。研究院预计，2025年政务大模型中标金额将超过60亿元，但提醒其中相当部分为算力租赁，行业"
            "仍处于“百亿级机会”的早期阶段。"
        ),
        obs=[
            ("Total", 2024, 28.6, "CNY 100 million", "actual"),
            ("Total", 2023, 5.2, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 5.5, "multiple", 2023, 2024, 1.0),  # 28.6 / 5.2 = 5.5; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 31. Traditional Chinese (Taiwan) association report: 新台幣128億元 vs 102億元 "成長26%" only within rounding;
    #     2026 上看200億元 (estimate); hospital count, a 5億元 budget, a listed firm's 9.8億元 AI revenue nowhere
    dict(
        text=(
            "【2025年3月20日／台北報導】台灣數位醫療產業協會今日發布年度報告指出，2024年台灣醫療AI市場規模達新台幣128億元，"
            "較2023年的102億元成長26%。協會統計，全台已有逾百家醫院導入AI影像判讀系統，主管機關今年另編列新台幣5億元"
            "AI試辦預算。報告預估，2026年市場規模可望上看新台幣200億元。某上市醫材廠去年AI相關營收則為新台幣9.8億元。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 102, "TWD 100 million", "actual"),
            ("Total", 2026, 200, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 128 / 102 - 1 = 25.49% -> 25, not 26; bounds 127.5/102.5 - 1 = 24.39%
            #                                 .. 128.5/101.5 - 1 = 26.60%, 26 inside
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) association report in 億港元: 約52億 to 110億 by 2027, CAGR 約28% with no
    #     span printed (inferred); a segment's 31% share with its 16億; report-title year, 38 banks and 76% survey nowhere
    dict(
        text=(
            "香港金融科技協會發表的《2025香港銀行業人工智能報告》估計，本港銀行業在人工智能方面的開支2024年約為52億港元，"
            "預計2027年將增至110億港元，年均複合增長率約28%。報告引述問卷調查指，受訪的38家銀行中有76%已在客戶服務中"
            "使用生成式AI。按用途劃分，反洗錢及欺詐偵測佔2024年開支的31%，約16億港元。"
        ),
        obs=[
            ("Total", 2024, 52, "HKD 100 million", "actual"),
            ("Total", 2027, 110, "HKD 100 million", "estimate"),
            ("反洗錢及欺詐偵測", 2024, 16, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2027, None, "inferred"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (110 / 52) ** (1/3) - 1 = 28.37% -> 28
            ("arithmetic", "exact"),  # 16 / 52 = 30.77% -> 31
        ],
    ),
    # 33. Traditional Chinese (Taiwan) yearbook: 2,216億元 vs 1,850億元 "年增24%" that its amounts contradict;
    #     瑕疵檢測's 32% share exact; 第四季 figure, 1,150 member firms, 兩成 adoption nowhere
    dict(
        text=(
            "台灣智慧製造聯盟出版的《2025智慧製造年鑑》指出，2024年台灣AI智慧製造產值達新台幣2,216億元，較2023年的"
            "1,850億元年增24%。其中，瑕疵檢測約709億元，佔整體產值32%。年鑑另指出，2024年第四季單季產值為新台幣640億元；"
            "聯盟會員廠商已達1,150家，但中小企業導入率僅約兩成。"
        ),
        obs=[
            ("Total", 2024, 2216, "TWD 100 million", "actual"),
            ("Total", 2023, 1850, "TWD 100 million", "actual"),
            ("瑕疵檢測", 2024, 709, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 2216 / 1850 - 1 = 19.78%; bounds 2215.5/1850.5 - 1 = 19.72%
            #                                     .. 2216.5/1849.5 - 1 = 19.84%; 24 outside
            ("arithmetic", "exact"),  # 709 / 2216 = 31.995% -> 32
        ],
    ),
    # 34. Traditional Chinese (Taiwan) commissioned study on 智慧農業: 約46億 to 150億 with a stated 2024至2030年
    #     複合成長率 exact; a sub-field's 2024 amount; 18% of farms, 5個百分點, an 80億元 subsidy nowhere
    dict(
        text=(
            "農業主管機關委託台灣農業數位轉型協進會完成的研究估計，2024年台灣智慧農業AI應用市場規模約新台幣46億元，"
            "預估2030年將達新台幣150億元，2024至2030年複合成長率為21.8%。其中，病蟲害影像辨識2024年約新台幣9億元。"
            "研究指出，目前僅約18%的農戶使用任何AI工具，較前一年提高5個百分點；政府四年另編列新台幣80億元智慧農業補助。"
        ),
        obs=[
            ("Total", 2024, 46, "TWD 100 million", "actual"),
            ("Total", 2030, 150, "TWD 100 million", "estimate"),
            ("病蟲害影像辨識", 2024, 9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 46) ** (1/6) - 1 = 21.77% -> 21.8
        ],
    ),
    # 35. English pipe table: German healthcare AI by application and year (EUR million) with a Total row and a
    #     2025E forecast column; 2023 and 2024 add exactly, 2025E adds to 1,091 against 1,092 (rounding);
    #     table number and hospital count nowhere
    dict(
        text=(
            "Table 3: AI in German healthcare by application, EUR million (source: Kestrel Health Economics)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Medical imaging | 312 | 398 | 495 |\n"
            "| Clinical decision support | 164 | 207 | 262 |\n"
            "| Hospital operations | 121 | 149 | 181 |\n"
            "| Drug discovery | 88 | 117 | 153 |\n"
            "| Total | 685 | 871 | 1,092 |\n"
            "\n"
            "Kestrel counts 1,420 hospitals using at least one AI product."
        ),
        obs=[
            ("Medical imaging", 2023, 312, "EUR million", "actual"),
            ("Medical imaging", 2024, 398, "EUR million", "actual"),
            ("Medical imaging", 2025, 495, "EUR million", "estimate"),
            ("Clinical decision support", 2023, 164, "EUR million", "actual"),
            ("Clinical decision support", 2024, 207, "EUR million", "actual"),
            ("Clinical decision support", 2025, 262, "EUR million", "estimate"),
            ("Hospital operations", 2023, 121, "EUR million", "actual"),
            ("Hospital operations", 2024, 149, "EUR million", "actual"),
            ("Hospital operations", 2025, 181, "EUR million", "estimate"),
            ("Drug discovery", 2023, 88, "EUR million", "actual"),
            ("Drug discovery", 2024, 117, "EUR million", "actual"),
            ("Drug discovery", 2025, 153, "EUR million", "estimate"),
            ("Total", 2023, 685, "EUR million", "actual"),
            ("Total", 2024, 871, "EUR million", "actual"),
            ("Total", 2025, 1092, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 312 + 164 + 121 + 88 = 685
            ("hierarchy", "exact"),  # 2024: 398 + 207 + 149 + 117 = 871
            ("hierarchy", "rounding"),  # 2025E: 495 + 262 + 181 + 153 = 1091 vs 1092; four rows +-0.5 -> 1089..1093
        ],
    ),
    # 36. Simplified Chinese tab-separated vertical table: a city's AI core industry by year, lone value column headed
    #     "亿元" (Total), 2023-2024 actual and 2025-2027 targets, a 同比增长 column all exact; table number and firm
    #     counts nowhere
    dict(
        text=(
            "表2  滨海市人工智能核心产业规模及目标（2023—2024年为实际值，2025—2027年为规划目标）\n"
            "年份\t亿元\t同比增长\n"
            "2023\t820\t—\n"
            "2024\t1010\t23.2%\n"
            "2025\t1250\t23.8%\n"
            "2026\t1550\t24.0%\n"
            "2027\t1900\t22.6%\n"
            "注：全市人工智能企业数量2024年达到1260家，规划2027年超过2000家。"
        ),
        obs=[
            ("Total", 2023, 820, "CNY 100 million", "actual"),
            ("Total", 2024, 1010, "CNY 100 million", "actual"),
            ("Total", 2025, 1250, "CNY 100 million", "estimate"),
            ("Total", 2026, 1550, "CNY 100 million", "estimate"),
            ("Total", 2027, 1900, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.8, "percent", 2024, 2025, 1.0),
            ("growth", 24.0, "percent", 2025, 2026, 1.0),
            ("growth", 22.6, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1010 / 820 - 1 = 23.17% -> 23.2
            ("cagr|implied", "exact"),  # 1250 / 1010 - 1 = 23.76% -> 23.8
            ("cagr|implied", "exact"),  # 1550 / 1250 - 1 = 24.00% -> 24.0
            ("cagr|implied", "exact"),  # 1900 / 1550 - 1 = 22.58% -> 22.6
        ],
    ),
    # 37. Simplified Chinese pipe table: 2024 medical-AI tenders by category, 项目数 beside 中标金额（亿元）; only the
    #     values are observations (rows and the 合计 row), hierarchy exact; one 1.2亿元 project nowhere; 约31% growth
    #     with no 2023 amount printed is a claim without verdict
    dict(
        text=(
            "2024年全国医疗AI相关项目招标统计（来源：医采数据研究中心）\n"
            "| 类别 | 项目数（个） | 中标金额（亿元） |\n"
            "| --- | --- | --- |\n"
            "| 医学影像AI | 412 | 18.6 |\n"
            "| 临床辅助决策 | 287 | 11.3 |\n"
            "| 智慧病案与质控 | 356 | 7.9 |\n"
            "| 医院运营管理 | 198 | 5.4 |\n"
            "| 合计 | 1253 | 43.2 |\n"
            "单个项目最高中标金额为1.2亿元；与2023年相比，中标总金额增长约31%。"
        ),
        obs=[
            ("医学影像AI", 2024, 18.6, "CNY 100 million", "actual"),
            ("临床辅助决策", 2024, 11.3, "CNY 100 million", "actual"),
            ("智慧病案与质控", 2024, 7.9, "CNY 100 million", "actual"),
            ("医院运营管理", 2024, 5.4, "CNY 100 million", "actual"),
            ("合计", 2024, 43.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 18.6 + 11.3 + 7.9 + 5.4 = 43.2
        ],
    ),
    # 38. English tab-separated vertical table: UK tender counts beside a lone money column headed "£ million"
    #     (Total), 2025F a projection; stated 2021-2024 compound rate 70.3% only within rounding; counts and one
    #     £44 million award nowhere
    dict(
        text=(
            "Public-sector AI contracts awarded in the UK, as totalled by the Penmarric Procurement Monitor "
            "(2025F is the monitor's full-year projection).\n"
            "Year\tTenders\t£ million\n"
            "2021\t214\t96\n"
            "2022\t338\t171\n"
            "2023\t517\t288\n"
            "2024\t806\t472\n"
            "2025F\t1,050\t640\n"
            "Awarded value grew at a compound 70.3% a year from 2021 to 2024. The largest single award, to a "
            "Sheffield-based software firm, was worth £44 million."
        ),
        obs=[
            ("Total", 2021, 96, "GBP million", "actual"),
            ("Total", 2022, 171, "GBP million", "actual"),
            ("Total", 2023, 288, "GBP million", "actual"),
            ("Total", 2024, 472, "GBP million", "actual"),
            ("Total", 2025, 640, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 70.3, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (472 / 96) ** (1/3) - 1 = 70.04% -> 70.0, not 70.3; bounds
            #   (471.5/96.5) -> 69.69% .. (472.5/95.5) -> 70.40%, 70.3 inside
        ],
    ),
    # 39. English space-aligned table: Hong Kong banks' AI spending by use case (HK$ million), 2023 and 2024 with a
    #     Total row, both years exact; prose growth 26.3% exact and a generative-AI 18% share (no amount, no verdict);
    #     52 institutions and 1,900 specialists nowhere
    dict(
        text=(
            "Hong Kong banks' AI spending by use case (HK$ million). Source: Harbourline Advisory\n"
            "\n"
            "Use case                    2023      2024\n"
            "Customer service           1,180     1,460\n"
            "Fraud & AML                1,020     1,310\n"
            "Credit & risk                760       930\n"
            "Back-office automation       540       720\n"
            "Total                      3,500     4,420\n"
            "\n"
            "Total spending rose 26.3% in 2024, and generative-AI tools made up 18% of it. Harbourline surveyed "
            "52 institutions and estimates the sector employs about 1,900 AI specialists."
        ),
        obs=[
            ("Customer service", 2023, 1180, "HKD million", "actual"),
            ("Customer service", 2024, 1460, "HKD million", "actual"),
            ("Fraud & AML", 2023, 1020, "HKD million", "actual"),
            ("Fraud & AML", 2024, 1310, "HKD million", "actual"),
            ("Credit & risk", 2023, 760, "HKD million", "actual"),
            ("Credit & risk", 2024, 930, "HKD million", "actual"),
            ("Back-office automation", 2023, 540, "HKD million", "actual"),
            ("Back-office automation", 2024, 720, "HKD million", "actual"),
            ("Total", 2023, 3500, "HKD million", "actual"),
            ("Total", 2024, 4420, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1180 + 1020 + 760 + 540 = 3500
            ("hierarchy", "exact"),  # 2024: 1460 + 1310 + 930 + 720 = 4420
            ("cagr|implied", "exact"),  # 4420 / 3500 - 1 = 26.29% -> 26.3
        ],
    ),
    # 40. Simplified Chinese space-aligned table: a province's smart-manufacturing industry by sub-field (亿元),
    #     2022-2024 and 2025年E, 合计 row; 2023's 合计 2120 against rows adding to 2070 (inconsistent), other years exact;
    #     smart-factory count, 82.1% 普及率 and 2.3个百分点 nowhere
    dict(
        text=(
            "表5  江岭省智能制造产业规模（亿元）\n"
            "细分领域            2022年    2023年    2024年    2025年E\n"
            "工业机器人             612       705       818       950\n"
            "智能检测装备           238       291       356       430\n"
            "工业软件与AI平台       415       486       573       680\n"
            "系统集成服务           530       588       647       720\n"
            "合计                  1795      2120      2394      2780\n"
            "全省已建成省级智能工厂312家，规上工业企业数字化研发设计工具普及率达82.1%，较上年提高2.3个百分点。"
        ),
        obs=[
            ("工业机器人", 2022, 612, "CNY 100 million", "actual"),
            ("工业机器人", 2023, 705, "CNY 100 million", "actual"),
            ("工业机器人", 2024, 818, "CNY 100 million", "actual"),
            ("工业机器人", 2025, 950, "CNY 100 million", "estimate"),
            ("智能检测装备", 2022, 238, "CNY 100 million", "actual"),
            ("智能检测装备", 2023, 291, "CNY 100 million", "actual"),
            ("智能检测装备", 2024, 356, "CNY 100 million", "actual"),
            ("智能检测装备", 2025, 430, "CNY 100 million", "estimate"),
            ("工业软件与AI平台", 2022, 415, "CNY 100 million", "actual"),
            ("工业软件与AI平台", 2023, 486, "CNY 100 million", "actual"),
            ("工业软件与AI平台", 2024, 573, "CNY 100 million", "actual"),
            ("工业软件与AI平台", 2025, 680, "CNY 100 million", "estimate"),
            ("系统集成服务", 2022, 530, "CNY 100 million", "actual"),
            ("系统集成服务", 2023, 588, "CNY 100 million", "actual"),
            ("系统集成服务", 2024, 647, "CNY 100 million", "actual"),
            ("系统集成服务", 2025, 720, "CNY 100 million", "estimate"),
            ("合计", 2022, 1795, "CNY 100 million", "actual"),
            ("合计", 2023, 2120, "CNY 100 million", "actual"),
            ("合计", 2024, 2394, "CNY 100 million", "actual"),
            ("合计", 2025, 2780, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 612 + 238 + 415 + 530 = 1795
            ("hierarchy", "inconsistent"),  # 2023: 705 + 291 + 486 + 588 = 2070 vs 2120; +-2 at most -> 2068..2072
            ("hierarchy", "exact"),  # 2024: 818 + 356 + 573 + 647 = 2394
            ("hierarchy", "exact"),  # 2025E: 950 + 430 + 680 + 720 = 2780
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 59}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'That was 41% more than the £130.5 million awarded in 2023',
    '较2023年的77.0亿元增长26.4%',
    '2024—2028年年均复合增长率约为32.5%',
    '| Total | 6,000 | 7,600 | 9,590 |',
    'a compound annual growth rate of 18.9% from 2024 to 2030',
    '其中生成式AI佔11.2億港元，即總開支的23.0%',
    'Compliance & AML       0.9     1.2',
    'total addressable market for AI tutoring',
    'up 24% from £1.03 billion in 2023',
    '同比下降8.1%',
    '¥1.1 trillion in fiscal 2028',
    '到2027年这一规模突破1200亿元，年均增长约21%',
    '| 年份 | 亿元 | 同比增长 |',
    '| 2024 | 2029(F) | 2024–2029 年複合成長率 |',
    'grew 32% last year to $1.46 billion',
    '較2023年的68億元成長27%',
    'Rest of world\t240\t6.5%',
    '37% more than the HK$965 million',
    '| 细分领域 | 中标项目数（个） | 中标金额（亿元） |',
    'between $4.2 billion and $5 billion in 2028',
    'up 18% from £349 million in 2023',
    'in fiscal 2024, compared with $2.9 billion in fiscal 2023, a rise of 32%',
    'a 2024-2030 CAGR of',
    'expand more than fivefold',
    'total addressable market for AI tutoring',
    'growth of roughly 40% a year',
    '同比增长26.3%，2023年这一数字为77.2亿元',
    '到2027年，全市人工智能核心产业规模突破3000亿元',
    '中标总金额为486.3亿元',
    '2024年首次突破1.2万亿元，两年间年均增长约10.3%',
    '是2023年5.2亿元的5.5倍',
    '達新台幣128億元，較2023年的102億元成長26%',
    '年均複合增長率約28%',
    '2024至2030年複合成長率為21.8%',
    '| Total | 685 | 871 | 1,092 |',
    '年份\t亿元\t同比增长',
    '| 类别 | 项目数（个） | 中标金额（亿元） |',
    'Year\tTenders\t£ million',
    'Total                      3,500     4,420',
    '合计                  1795      2120      2394      2780',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 167 figures, 45 rates,
#: 62 verdicts and 1 false inconsistent on the code before the readings chosen on the hundred-and-fourth and
#: hundred-and-sixth sets; 187, 45, 65 and 0 after them
FLOORS = {"figures_found": 190, "rates_found": 47, "verdicts_right": 71}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset107.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
