"""A hundred-and-thirty-third check set for the extractor, written blind: AI in education and learning, in English and Chinese
(Simplified and Traditional) -- AI tutoring apps, adaptive-learning platforms, homework helpers and learning devices,
AI-assisted grading, corporate e-learning with AI and smart-campus software, sized in money by edtech research firms,
think-tanks, brokers, provincial plans, Korean, Japanese and Taiwanese associations and consultancies; learners served,
devices shipped, hours studied, score gains, tuition per student, a company's own revenue, funding rounds, a semester's
figures and the whole education market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English press release (dateline 2025): US AI tutoring apps; "up 27% from ... a year earlier" (exact);
    #    a stated 2024-2030 CAGR of 22.5% that only rounding reaches; students, survey share, score points nowhere
    dict(
        text=(
            "AUSTIN, Texas, May 12, 2025 — Spending on AI tutoring apps in the United States reached $1.84 billion "
            "in 2024, up 27% from $1.45 billion a year earlier, according to a report released today by Brightwell "
            "Learning Analytics. The firm forecasts a compound annual growth rate of 22.5% from 2024 to 2030, which "
            "would lift the market to $6.2 billion in 2030. More than 11 million American students used such an app "
            "at least once a month last year, and Brightwell's survey of 2,400 parents found that 61% would pay for "
            "a premium tier. Average maths scores among regular users rose by 4 points, the report says, although it "
            "cautions that the sample was self-selected."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.45, "USD billion", "actual"),
            ("Total", 2030, 6.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1.84 / 1.45 - 1 = 26.90% -> 27
            ("cagr|implied", "rounding"),  # (6.2 / 1.84) ** (1/6) - 1 = 22.44% -> 22.4, not 22.5;
                                           # bounds (6.15/1.845)**(1/6)-1 = 22.22% .. (6.25/1.835)**(1/6)-1 = 22.66%
                                           # -> 22.5 reachable
        ],
    ),
    # 2. English earnings-call transcript (Feb 2025): the company's TAM for AI-assisted grading is the Total;
    #    "roughly 2.6 times today's level" a multiple over 5 years; own revenue, bookings, districts, margin,
    #    price target and upside nowhere
    dict(
        text=(
            "Transcript excerpt — Q4 and full-year fiscal 2024 earnings call, Gradewise Inc., February 26, 2025. "
            "CEO Dana Whitcombe: \"We closed fiscal 2024 with revenue of $212.4 million, up 34%, and fourth-quarter "
            "bookings of $71 million, and we now serve 1,900 school districts. Looking at the opportunity, we size "
            "the total addressable market for AI-assisted grading and feedback across North American schools and "
            "colleges at about $3.5 billion in fiscal 2024, and we expect it to reach $9 billion by fiscal 2029 — "
            "roughly 2.6 times today's level. Our gross margin for the year was 71%.\" An analyst at Perrin Hale "
            "reiterated a $48 price target on the shares, implying 30% upside."
        ),
        obs=[
            ("Total", 2024, 3.5, "USD billion", "actual"),
            ("Total", 2029, 9.0, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2024, 2029, 5.0),  # 9 / 3.5 = 2.57; a multiple gets no verdict
        ],
        verdicts=[],
    ),
    # 3. English news (dateline 2025) on UK corporate AI learning: "last year" = 2024 actual, "this year" = 2025
    #    estimate with "roughly"; "18.4% more than the £348 million of 2023" (exact); a segment share with no part
    #    amount (no verdict); percentage points, survey share, respondents, per-employee spend nowhere
    dict(
        text=(
            "LONDON, 9 September 2025 — UK employers spent £412 million on AI-driven learning and upskilling "
            "platforms last year, 18.4% more than the £348 million of 2023, according to Harrowgate Skills Research. "
            "Companies with more than 1,000 staff accounted for 64% of last year's spending. Harrowgate expects "
            "roughly £490 million this year as firms replace classroom courses with AI coaches. In its survey of "
            "1,150 HR directors, the share of firms using AI in training rose 9 percentage points to 46%, while "
            "average spend per employee was just £38."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 348, "GBP million", "actual"),
            ("Total", 2025, 490, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 64.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 348 - 1 = 18.39% -> 18.4
        ],
    ),
    # 4. English briefing on Japan, yen: fiscal years; "implying average annual growth of 16.4%" with no printed
    #    span (inferred, read as cagr|period); member firms, subscribers, monthly fee, TOEIC points, a firm's
    #    quarterly bookings nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI-driven English-conversation and tutoring apps was worth ¥48.6 billion in "
            "fiscal 2024, according to the Nihon Learning Technology Council, an industry body with 140 member firms. "
            "The council forecasts that the market will reach ¥89.3 billion in fiscal 2028, implying average annual "
            "growth of 16.4%. Paying subscribers numbered about 3.2 million, most of them on plans costing ¥3,300 a "
            "month, and learners who practised for 30 minutes a day lifted their TOEIC scores by 85 points on "
            "average. Third-quarter bookings at the largest provider, Kotoba Labs, rose 22%."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 89.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.4, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (89.3 / 48.6) ** (1/4) - 1 = 16.43% -> 16.4
        ],
    ),
    # 5. English news (June 2025), global adaptive-learning platforms: "a 21% jump" its own amounts contradict
    #    (inconsistent); "expand 19% a year from 2024 to 2029" (stated, exact); percentage points, learners served
    #    and a Series C round nowhere
    dict(
        text=(
            "SAN FRANCISCO, 3 June 2025 — The global market for adaptive-learning platforms grew from $2.9 billion "
            "in 2023 to $3.3 billion in 2024, a 21% jump, according to Torvane Research. Torvane says the market "
            "should expand 19% a year from 2024 to 2029, reaching $7.9 billion. School districts' slice of that "
            "spending rose by three percentage points, and the platforms now serve some 58 million learners. The "
            "report lands a week after Cadence Learn raised $140 million in a Series C round."
        ),
        obs=[
            ("Total", 2023, 2.9, "USD billion", "actual"),
            ("Total", 2024, 3.3, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("cagr", 19.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 3.3 / 2.9 - 1 = 13.79%; bounds 3.25/2.95-1 = 10.17% ..
                                               # 3.35/2.85-1 = 17.54% -> 21 unreachable
            ("cagr|implied", "exact"),         # (7.9 / 3.3) ** (1/5) - 1 = 19.08% -> 19
        ],
    ),
    # 6. English industry report, Europe, euros: series opens in EUR million so "€1.5 billion" is 1500;
    #    a country's amount and its printed share (arithmetic exact); stated 2024-2028 CAGR (exact);
    #    subscription price, hours saved (survey), quarterly downloads nowhere
    dict(
        text=(
            "Veldmark Insights' latest report sizes Europe's market for AI homework helpers — apps and browser tools "
            "that explain, check or draft schoolwork — at €640 million in 2024. Germany was the largest national "
            "market at €151 million, or 23.6% of the total. Veldmark projects the European market to reach €1.5 "
            "billion by 2028, a compound annual growth rate of 23.7% over 2024-2028. Most apps charge around €9.99 a "
            "month; teachers polled by the firm said the tools saved them 4.5 hours a week, and first-quarter "
            "downloads topped 1.7 million."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Germany", 2024, 151, "EUR million", "actual"),
            ("Total", 2028, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 23.6, "percent", 2024, 2024, None),
            ("cagr", 23.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 151 / 640 = 23.59% -> 23.6
            ("cagr|implied", "exact"),  # (1500 / 640) ** (1/4) - 1 = 23.73% -> 23.7
        ],
    ),
    # 7. English investor-day report (Nov 2025): TAM is the Total, "this year" an estimate; a stated 2025-2030
    #    CAGR of 21% its own amounts contradict (inconsistent); revenue-guidance range, share target, customers
    #    and price target nowhere
    dict(
        text=(
            "NEW YORK, 18 November 2025 — At its first investor day, Lumora Learning sized the total addressable "
            "market for AI-native workforce upskilling at $14 billion this year and $30.7 billion in 2030, a "
            "compound annual growth of 21% from 2025 to 2030. Management guided 2026 revenue of $1.15 billion to "
            "$1.2 billion and said it aims to capture 8% of that market by 2030. The company counts 3,400 enterprise "
            "customers. Analysts at Brennick & Co. lifted their price target to $61."
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2030, 30.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (30.7 / 14) ** (1/5) - 1 = 17.00%; bounds (30.65/14.5)**0.2-1 =
                                               # 16.15% .. (30.75/13.5)**0.2-1 = 17.90% -> 21 unreachable
        ],
    ),
    # 8. English wire story (Jan 2025) on China's AI learning devices in yuan: "last year" = 2024; "up 31.6%" only
    #    rounding reaches; hardware share with no part amount; "about 41 billion yuan this year" estimate;
    #    shipments, selling price and the leader's revenue nowhere
    dict(
        text=(
            "BEIJING, January 20, 2025 — China's appetite for AI learning devices, the tablets marketed to parents "
            "as 学习机, showed no sign of fading last year. Sales reached 32.6 billion yuan, up 31.6% from 24.8 "
            "billion yuan in 2023, according to Hengyu Consulting, as shipments rose to 6.9 million units. Hardware "
            "accounted for 78% of the market, with content subscriptions making up the rest. Hengyu expects sales of "
            "about 41 billion yuan this year, though the average selling price slipped to 4,720 yuan. The category "
            "leader alone booked 9.3 billion yuan of device revenue."
        ),
        obs=[
            ("Total", 2024, 32.6, "CNY billion", "actual"),
            ("Total", 2023, 24.8, "CNY billion", "actual"),
            ("Total", 2025, 41, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("share", 78.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 32.6 / 24.8 - 1 = 31.45% -> 31.5, not 31.6; bounds 32.55/24.85-1 =
                                           # 30.99% .. 32.65/24.75-1 = 31.92% -> 31.6 reachable
        ],
    ),
    # 9. English news (Hong Kong, March 2025) in HK$ million: "up 20.9% from HK$402 million" (exact) and
    #    "more than threefold the HK$152 million of 2021" (x3 over 3 years, no verdict); schools, test points and
    #    a start-up's Series B nowhere
    dict(
        text=(
            "HONG KONG, 14 March 2025 — Hong Kong schools and families spent HK$486 million on AI learning platforms "
            "in 2024, up 20.9% from HK$402 million in 2023 and more than threefold the HK$152 million of 2021, the "
            "Harbourview EdTech Association said on Friday. About 450 primary and secondary schools now subscribe to "
            "at least one platform, and Secondary 3 pupils using them scored 6 points higher on internal maths tests. "
            "Last month the local start-up Kowloon Mind raised HK$78 million in a Series B round."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2023, 402, "HKD million", "actual"),
            ("Total", 2021, 152, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # "more than threefold" -> x3; no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 402 - 1 = 20.90% -> 20.9
        ],
    ),
    # 10. Simplified Chinese provincial plan: title years boilerplate; 同比增长14.9% with the prior year in brackets
    #     (exact); "较2020年的95亿元增长2倍" = x3 over 4 years; target "到2027年…有望突破500亿元" (estimate, printed
    #     figure) with "年均增长约20%" whose span only the amounts' years give (inferred); 千亿级, schools, pupils nowhere
    dict(
        text=(
            "近日，江屿省教育厅印发《江屿省智慧教育高质量发展行动方案（2025—2027年）》。方案披露，2024年全省智慧教育"
            "产业规模为286亿元，同比增长14.9%（2023年为249亿元），较2020年的95亿元增长2倍。方案提出，到2027年全省"
            "智慧教育产业规模有望突破500亿元，年均增长约20%，并打造千亿级教育数字化产业集群。目前全省已建成智慧校园"
            "示范校300所，覆盖中小学生约1120万人。"
        ),
        obs=[
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("Total", 2023, 249, "CNY 100 million", "actual"),
            ("Total", 2020, 95, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 增长2倍 between two printed amounts -> x3 (286/95 = 3.01)
            ("cagr", 20.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286 / 249 - 1 = 14.86% -> 14.9
            ("cagr|period", "exact"),   # (500 / 286) ** (1/3) - 1 = 20.47% -> 20
        ],
    ),
    # 11. Simplified Chinese white-paper news (March 2025): 去年 = 2024, 今年 = 2025 estimate; 23.4% (exact) and a
    #     forecast 22.6% only rounding reaches; shipments and their growth, average price, 约占七成, a brand's
    #     revenue and the report title's year nowhere
    dict(
        text=(
            "2025年3月18日，洛文咨询发布《2025中国AI学习机行业白皮书》。数据显示，去年中国AI学习机市场规模达到"
            "186.3亿元，较2023年的151.0亿元增长23.4%；全年出货量约612万台，同比增长9.8%，线上渠道均价为3,046元。"
            "其中K12段产品约占七成。报告预计，今年市场规模有望达到228亿元，同比增长22.6%。此外，某头部品牌去年学习机"
            "业务营收为41.7亿元。"
        ),
        obs=[
            ("Total", 2024, 186.3, "CNY 100 million", "actual"),
            ("Total", 2023, 151.0, "CNY 100 million", "actual"),
            ("Total", 2025, 228, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 186.3 / 151.0 - 1 = 23.38% -> 23.4
            ("cagr|implied", "rounding"),  # 228 / 186.3 - 1 = 22.38% -> 22.4, not 22.6; bounds 227.5/186.35-1 =
                                           # 22.08% .. 228.5/186.25-1 = 22.68% -> 22.6 reachable
        ],
    ),
    # 12. Traditional Chinese (Hong Kong) newspaper item in 億港元: 按年增長16.7% (exact); a stated 2024-2027
    #     複合年增長率約18.5% only rounding reaches; 約有三成 (fraction in words), a survey's 58% and monthly
    #     tutoring spend per pupil nowhere
    dict(
        text=(
            "【本報訊】香港智學科技協會昨日發表報告指，2024年本港AI輔助學習市場規模約為12.6億港元，按年增長16.7%，"
            "2023年則為10.8億港元。報告預計，市場規模於2027年可達21億港元，2024至2027年複合年增長率約18.5%。報告又指，"
            "本港約有三成中學已引入AI寫作回饋工具，受訪家長中有58%願意為AI補習付費，而每名學生每月平均補習開支約為"
            "1,850港元。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2023, 10.8, "HKD 100 million", "actual"),
            ("Total", 2027, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 12.6 / 10.8 - 1 = 16.67% -> 16.7
            ("cagr|implied", "rounding"),  # (21 / 12.6) ** (1/3) - 1 = 18.56% -> 18.6, not 18.5; bounds
                                           # (20.5/12.65)**(1/3)-1 = 17.46% .. (21.5/12.55)**(1/3)-1 = 19.66%
                                           # -> 18.5 reachable
        ],
    ),
    # 13. Traditional Chinese (Taiwan) association survey in 新台幣億元: 較前一年 = 2023; "成長32.4%" its own amounts
    #     contradict (inconsistent); 預估2025年將突破 (estimate at printed figure); schools, hours saved, 級分 gains,
    #     the leader's revenue and 市占率約兩成三 nowhere
    dict(
        text=(
            "（臺北訊）臺灣智慧學習產業協會近日公布調查，2024年國內AI作文批改與評量服務市場規模為新台幣18.6億元，"
            "較前一年的15.2億元成長32.4%。協會預估，2025年市場規模將突破新台幣23億元。目前已有1,280所中小學導入"
            "相關服務，教師平均每週節省批改時間3.5小時，學生會考寫作測驗平均進步0.4級分。業者方面，龍頭廠商2024年"
            "營收為新台幣4.3億元，市占率約兩成三。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2025, 23, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 18.6 / 15.2 - 1 = 22.37%; bounds 18.55/15.25-1 = 21.64% ..
                                               # 18.65/15.15-1 = 23.10% -> 32.4 unreachable
        ],
    ),
    # 14. Simplified Chinese think-tank report: series opens in 亿元, so "1.5万亿元" is 15000 亿元; a part
    #     (教育大模型) with its printed share (arithmetic exact); stated 2024—2030 CAGR (exact); funding deals and
    #     their total, pupils nowhere
    dict(
        text=(
            "日前，华研智库发布的研究报告显示，2024年我国智慧教育市场规模为8,650亿元，其中教育大模型市场规模约为"
            "126亿元，占比1.5%。报告预计，到2030年智慧教育市场规模将突破1.5万亿元，2024—2030年年均复合增长率约为"
            "9.6%。2024年教育大模型领域共发生融资事件42起，披露融资总额约58亿元；全国义务教育阶段在校生约1.6亿人。"
        ),
        obs=[
            ("Total", 2024, 8650, "CNY 100 million", "actual"),
            ("教育大模型", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2030, 15000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 1.5, "percent", 2024, 2024, None),
            ("cagr", 9.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 126 / 8650 = 1.457% -> 1.5
            ("cagr|implied", "exact"),  # (15000 / 8650) ** (1/6) - 1 = 9.61% -> 9.6
        ],
    ),
    # 15. English pipe table, segments by year with a Total row and a 2025E column (hierarchy exact); prose
    #     beneath gives the total's 2024 growth (exact) and K-12's 2024 share (arithmetic exact); exhibit number
    #     nowhere
    dict(
        text=(
            "Global spending on AI-in-education software and services, by segment (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| K-12 | 1,940 | 2,480 | 3,150 |\n"
            "| Higher education | 1,210 | 1,530 | 1,900 |\n"
            "| Corporate learning | 1,650 | 2,120 | 2,740 |\n"
            "| Total | 4,800 | 6,130 | 7,790 |\n"
            "Source: Quillmark Research, Exhibit 4. E = estimate. Total spending grew 27.7% in 2024, and K-12 led "
            "with 40.5% of the 2024 total."
        ),
        obs=[
            ("K-12", 2023, 1940, "USD million", "actual"),
            ("K-12", 2024, 2480, "USD million", "actual"),
            ("K-12", 2025, 3150, "USD million", "estimate"),
            ("Higher education", 2023, 1210, "USD million", "actual"),
            ("Higher education", 2024, 1530, "USD million", "actual"),
            ("Higher education", 2025, 1900, "USD million", "estimate"),
            ("Corporate learning", 2023, 1650, "USD million", "actual"),
            ("Corporate learning", 2024, 2120, "USD million", "actual"),
            ("Corporate learning", 2025, 2740, "USD million", "estimate"),
            ("Total", 2023, 4800, "USD million", "actual"),
            ("Total", 2024, 6130, "USD million", "actual"),
            ("Total", 2025, 7790, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 1940+1210+1650 = 4800; 2480+1530+2120 = 6130; 3150+1900+2740 = 7790
            ("cagr|implied", "exact"),  # 6130 / 4800 - 1 = 27.71% -> 27.7
            ("arithmetic", "exact"),    # 2480 / 6130 = 40.46% -> 40.5
        ],
    ),
    # 16. Simplified Chinese: a vertical shipments table (万台, nowhere) beside a vertical value table whose lone
    #     column is headed by its unit only (亿元 -> Total), 2025E an estimate; note gives 2024 growth (exact) and
    #     a stated 2022—2025 CAGR (exact); the shipments CAGR, issue and table numbers nowhere
    dict(
        text=(
            "AI学习机行业月度跟踪（第7期）\n"
            "表3：中国AI学习机出货量\n"
            "年份      出货量（万台）\n"
            "2022      410\n"
            "2023      486\n"
            "2024      575\n"
            "2025E     640\n"
            "\n"
            "表4：中国AI学习机市场规模\n"
            "年份      亿元\n"
            "2022      98.5\n"
            "2023      131.2\n"
            "2024      172.4\n"
            "2025E     210.0\n"
            "注：E为预测值。2024年市场规模同比增长31.4%，2022—2025年复合增长率为28.7%；同期出货量复合增长率为16.0%。"
        ),
        obs=[
            ("Total", 2022, 98.5, "CNY 100 million", "actual"),
            ("Total", 2023, 131.2, "CNY 100 million", "actual"),
            ("Total", 2024, 172.4, "CNY 100 million", "actual"),
            ("Total", 2025, 210.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("cagr", 28.7, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 172.4 / 131.2 - 1 = 31.40% -> 31.4
            ("cagr|implied", "exact"),  # (210.0 / 98.5) ** (1/3) - 1 = 28.70% -> 28.7
        ],
    ),
    # 17. English tab-separated vertical table (rows are years), lone value column headed "USD billion" -> Total,
    #     F rows estimates; a YoY column: three rates exact, the 2026 rate only within rounding; table number,
    #     monthly active users and a quarter nowhere
    dict(
        text=(
            "Table 3. Worldwide consumer spending on AI homework-helper apps\n"
            "Year\tUSD billion\tYoY\n"
            "2022\t1.12\t—\n"
            "2023\t1.46\t30.4%\n"
            "2024\t1.83\t25.3%\n"
            "2025F\t2.24\t22.4%\n"
            "2026F\t2.71\t20.8%\n"
            "F = forecast. Source: Pell & Ardent app-intelligence estimates; excludes in-app advertising. Monthly "
            "active users passed 210 million in Q4 2024."
        ),
        obs=[
            ("Total", 2022, 1.12, "USD billion", "actual"),
            ("Total", 2023, 1.46, "USD billion", "actual"),
            ("Total", 2024, 1.83, "USD billion", "actual"),
            ("Total", 2025, 2.24, "USD billion", "estimate"),
            ("Total", 2026, 2.71, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2024, 2025, 1.0),
            ("growth", 20.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1.46 / 1.12 - 1 = 30.36% -> 30.4
            ("cagr|implied", "exact"),     # 1.83 / 1.46 - 1 = 25.34% -> 25.3
            ("cagr|implied", "exact"),     # 2.24 / 1.83 - 1 = 22.40% -> 22.4
            ("cagr|implied", "rounding"),  # 2.71 / 2.24 - 1 = 20.98% -> 21.0, not 20.8; bounds 2.705/2.245-1 =
                                           # 20.49% .. 2.715/2.235-1 = 21.48% -> 20.8 reachable
        ],
    ),
    # 18. English space-aligned table, Japan in ¥ billion by fiscal year, total row printed first as
    #     "All segments", e columns estimates; FY2027e parts add to 196.5 against a printed 196.6 (hierarchy
    #     rounding); two software shares (arithmetic exact); unit shipments nowhere
    dict(
        text=(
            "Japan: AI-enabled learning market by segment, fiscal years (¥ billion)\n"
            "                        FY2023   FY2024   FY2025e   FY2027e\n"
            "All segments             112.0    128.5     149.0     196.6\n"
            "  Hardware                38.4     41.2      44.5      51.0\n"
            "  Software & platforms    51.3     61.0      74.1     106.2\n"
            "  Services                22.3     26.3      30.4      39.3\n"
            "Source: Kasumi Learning Research Institute. e = estimate. Software's share rose to 47.5% in FY2024 "
            "from 45.8% in FY2023, while hardware unit shipments slipped to 1.9 million."
        ),
        obs=[
            ("All segments", 2023, 112.0, "JPY billion", "actual"),
            ("All segments", 2024, 128.5, "JPY billion", "actual"),
            ("All segments", 2025, 149.0, "JPY billion", "estimate"),
            ("All segments", 2027, 196.6, "JPY billion", "estimate"),
            ("Hardware", 2023, 38.4, "JPY billion", "actual"),
            ("Hardware", 2024, 41.2, "JPY billion", "actual"),
            ("Hardware", 2025, 44.5, "JPY billion", "estimate"),
            ("Hardware", 2027, 51.0, "JPY billion", "estimate"),
            ("Software & platforms", 2023, 51.3, "JPY billion", "actual"),
            ("Software & platforms", 2024, 61.0, "JPY billion", "actual"),
            ("Software & platforms", 2025, 74.1, "JPY billion", "estimate"),
            ("Software & platforms", 2027, 106.2, "JPY billion", "estimate"),
            ("Services", 2023, 22.3, "JPY billion", "actual"),
            ("Services", 2024, 26.3, "JPY billion", "actual"),
            ("Services", 2025, 30.4, "JPY billion", "estimate"),
            ("Services", 2027, 39.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 47.5, "percent", 2024, 2024, None),
            ("share", 45.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("hierarchy", "rounding"),  # 38.4+51.3+22.3 = 112.0; 41.2+61.0+26.3 = 128.5; 44.5+74.1+30.4 = 149.0;
                                        # FY2027e 51.0+106.2+39.3 = 196.5 vs 196.6: parts at +-0.05 each give
                                        # 196.35 .. 196.65 -> 196.6 reachable
            ("arithmetic", "exact"),    # 61.0 / 128.5 = 47.47% -> 47.5
            ("arithmetic", "exact"),    # 51.3 / 112.0 = 45.80% -> 45.8
        ],
    ),
    # 19. Simplified Chinese broker pipe table (亿元) with 合计 row and E columns (hierarchy exact); two shares of
    #     软件及平台 (arithmetic exact); 个百分点, chart number, rating and 目标价 nowhere
    dict(
        text=(
            "图表12：我国智慧教育市场细分结构（亿元）\n"
            "| 细分领域 | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| 硬件 | 1,820 | 1,960 | 2,100 | 2,230 |\n"
            "| 软件及平台 | 1,150 | 1,390 | 1,680 | 2,010 |\n"
            "| 运营服务 | 630 | 750 | 890 | 1,050 |\n"
            "| 合计 | 3,600 | 4,100 | 4,670 | 5,290 |\n"
            "资料来源：启衡证券研究所。注：E为预测值。软件及平台占比由2023年的31.9%提升至2024年的33.9%，提高2.0个"
            "百分点。我们维持公司“买入”评级，目标价48.6元。"
        ),
        obs=[
            ("硬件", 2023, 1820, "CNY 100 million", "actual"),
            ("硬件", 2024, 1960, "CNY 100 million", "actual"),
            ("硬件", 2025, 2100, "CNY 100 million", "estimate"),
            ("硬件", 2026, 2230, "CNY 100 million", "estimate"),
            ("软件及平台", 2023, 1150, "CNY 100 million", "actual"),
            ("软件及平台", 2024, 1390, "CNY 100 million", "actual"),
            ("软件及平台", 2025, 1680, "CNY 100 million", "estimate"),
            ("软件及平台", 2026, 2010, "CNY 100 million", "estimate"),
            ("运营服务", 2023, 630, "CNY 100 million", "actual"),
            ("运营服务", 2024, 750, "CNY 100 million", "actual"),
            ("运营服务", 2025, 890, "CNY 100 million", "estimate"),
            ("运营服务", 2026, 1050, "CNY 100 million", "estimate"),
            ("合计", 2023, 3600, "CNY 100 million", "actual"),
            ("合计", 2024, 4100, "CNY 100 million", "actual"),
            ("合计", 2025, 4670, "CNY 100 million", "estimate"),
            ("合计", 2026, 5290, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 31.9, "percent", 2023, 2023, None),
            ("share", 33.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 1820+1150+630 = 3600; 1960+1390+750 = 4100; 2100+1680+890 = 4670;
                                      # 2230+2010+1050 = 5290
            ("arithmetic", "exact"),  # 1150 / 3600 = 31.94% -> 31.9
            ("arithmetic", "exact"),  # 1390 / 4100 = 33.90% -> 33.9
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣百萬元 -> TWD million) with 總計 row and a
    #     (預估) column (hierarchy exact); prose: 總計 growth (exact) and K-12 share (arithmetic exact); table
    #     number, source date and a survey's 62% nowhere
    dict(
        text=(
            "表五　臺灣AI教育應用市場規模（單位：新台幣百萬元）\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "K-12\t2,150\t2,640\t3,180\n"
            "高等教育\t980\t1,160\t1,370\n"
            "企業培訓\t1,420\t1,730\t2,090\n"
            "總計\t4,550\t5,530\t6,640\n"
            "資料來源：資策智庫，2025年6月。2024年總計成長21.5%，其中K-12占47.7%；受訪教師中有62%表示每週使用AI備課。"
        ),
        obs=[
            ("K-12", 2023, 2150, "TWD million", "actual"),
            ("K-12", 2024, 2640, "TWD million", "actual"),
            ("K-12", 2025, 3180, "TWD million", "estimate"),
            ("高等教育", 2023, 980, "TWD million", "actual"),
            ("高等教育", 2024, 1160, "TWD million", "actual"),
            ("高等教育", 2025, 1370, "TWD million", "estimate"),
            ("企業培訓", 2023, 1420, "TWD million", "actual"),
            ("企業培訓", 2024, 1730, "TWD million", "actual"),
            ("企業培訓", 2025, 2090, "TWD million", "estimate"),
            ("總計", 2023, 4550, "TWD million", "actual"),
            ("總計", 2024, 5530, "TWD million", "actual"),
            ("總計", 2025, 6640, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 47.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2150+980+1420 = 4550; 2640+1160+1730 = 5530; 3180+1370+2090 = 6640
            ("cagr|implied", "exact"),  # 5530 / 4550 - 1 = 21.54% -> 21.5
            ("arithmetic", "exact"),    # 2640 / 5530 = 47.74% -> 47.7
        ],
    ),
    # 21. English dated news: US AI tutoring apps, "last year" (2024) vs 2023, yoy "up 27%", stated CAGR 2024-2029;
    #    distractors: an app's own revenue, students served, survey answer, respondents count
    dict(
        text=(
            "AUSTIN, Texas, 11 February 2025 — American families and school districts spent $1.84 billion on AI "
            "tutoring apps last year, up 27% from $1.45 billion in 2023, according to Brightwell Learning Analytics. "
            "The Boston-based research firm forecasts the market will reach $5.6 billion in 2029, implying a compound "
            "annual growth rate of 24.9% from 2024 to 2029. Quillo, the category's largest app, said separately that "
            "it served 9.4 million students and booked $212 million in revenue in 2024. In a Brightwell survey of "
            "2,000 parents, 61% said they would pay for a premium tier."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.45, "USD billion", "actual"),
            ("Total", 2029, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 24.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.84 / 1.45 - 1 = 26.897% -> 27
            ("cagr|implied", "exact"),  # (5.6 / 1.84) ** (1/5) - 1 = 24.932% -> 24.9
        ],
    ),
    # 22. English earnings call: company's TAM for AI-assisted grading is the market (Total), fiscal 2025 actual
    #    (call dated 2026), fiscal 2028 estimate, "about 33% a year" = inferred CAGR; distractors: own quarterly
    #    revenue, margin, percentage points, employees, districts, price target and upside
    dict(
        text=(
            "Lumenary Education, fourth-quarter 2025 earnings call, 24 February 2026. Chief executive Dana Okafor "
            "told analysts that the company sizes the total addressable market for AI-assisted grading and feedback "
            "at $3.2 billion in fiscal 2025, and that it expects the TAM to reach $7.5 billion by fiscal 2028, "
            "growing about 33% a year. Lumenary's own revenue for the quarter rose to $48.3 million, and gross "
            "margin widened by 2.1 percentage points to 71.4%. The company ended the year with 1,150 employees and "
            "contracts with 2,300 school districts. Halberd Securities reiterated its $41 price target, implying "
            "22% upside."
        ),
        obs=[
            ("Total", 2025, 3.2, "USD billion", "actual"),
            ("Total", 2028, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.5 / 3.2) ** (1/3) - 1 = 32.832% -> 33
        ],
    ),
    # 23. English UK corporate e-learning with AI (GBP): yoy "19.5% more than" only within rounding, a part's
    #    amount and its printed share (arithmetic exact); distractors: hours, spend per learner, survey answer,
    #    respondents count, "next year" with no figure
    dict(
        text=(
            "LONDON, 3 June 2025 — British employers spent £642 million on AI-driven corporate learning platforms "
            "in 2024, according to the annual census of the Workplace Learning Technology Council, 19.5% more than "
            "the £538 million they spent in 2023. Compliance and safety training took £231 million of that, or 36% "
            "of the total. Staff logged 14.2 million hours on the platforms, and average spend came to £118 per "
            "learner. The council's survey of 1,240 employers found that 47% plan to expand their AI learning "
            "budgets next year."
        ),
        obs=[
            ("Total", 2024, 642, "GBP million", "actual"),
            ("Total", 2023, 538, "GBP million", "actual"),
            ("Compliance and safety training", 2024, 231, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 642 / 538 - 1 = 19.331% -> 19.3, not 19.5; bounds 641.5/538.5 - 1 = 19.127% .. 642.5/537.5 - 1
            # = 19.535% -> 19.535 reaches [19.45, 19.55) -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 231 / 642 = 35.981% -> 36
        ],
    ),
    # 24. English, Japanese association, yen (¥ billion -> JPY billion): fiscal 2024 vs "a year earlier", yoy exact,
    #    "about 19% a year" to fiscal 2028 = inferred CAGR; a segment amount (Cram schools) without share;
    #    distractors: member companies, pupils
    dict(
        text=(
            "TOKYO — Japan's market for AI-powered adaptive learning services reached ¥48.6 billion in fiscal 2024, "
            "the Japan Adaptive Learning Services Association said on Tuesday, up 18.2% from ¥41.1 billion a year "
            "earlier. Cram schools accounted for ¥21.4 billion of the fiscal 2024 total, with the rest split between "
            "schools and home study. The association, whose 86 member companies supplied the data, expects the "
            "market to grow to ¥97 billion by fiscal 2028, or about 19% a year. Some 3.1 million pupils used such "
            "services during the year, it said."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2023, 41.1, "JPY billion", "actual"),
            ("Cram schools", 2024, 21.4, "JPY billion", "actual"),
            ("Total", 2028, 97, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.1 - 1 = 18.248% -> 18.2
            ("cagr|period", "exact"),   # (97 / 48.6) ** (1/4) - 1 = 18.860% -> 19
        ],
    ),
    # 25. English briefing: a range for "this year" (2025) = two value claims and no observation; stated CAGR
    #    2024-2030 of 31% that its own amounts contradict (inconsistent); distractors: "multibillion-dollar
    #    opportunity", a Series C funding round, hours, score points
    dict(
        text=(
            "SINGAPORE, 9 September 2025 — Asia-Pacific spending on AI homework helpers will come to between "
            "$2.1 billion and $2.4 billion this year, Meridian Edtech Research estimates, up from $1.6 billion in "
            "2024. Meridian puts growth from 2024 to 2030 at a compound annual rate of 31%, taking the market to "
            "$6.9 billion by 2030 — a multibillion-dollar opportunity that has drawn fresh venture money, including "
            "an $85 million Series C for the Jakarta-based app Kirana Study. Students in the region spent an "
            "estimated 1.2 billion hours with such tools last year, and pilot schools reported maths scores up "
            "6 points."
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("value", 2.1, "USD billion", 2025, 2025, None),
            ("value", 2.4, "USD billion", 2025, 2025, None),
            ("cagr", 31, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (6.9 / 1.6) ** (1/6) - 1 = 27.582% -> 28, not 31; bounds (6.85/1.65) ** (1/6) - 1 = 26.775% ..
            # (6.95/1.55) ** (1/6) - 1 = 28.413% -> never reaches [30.5, 31.5) -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese news with dateline: AI学习机 2024 (亿元) yoy exact, 2023 base, 到2027年有望达到 target,
    #    stated 2024—2027 CAGR "约为22%"; distractors: white paper title year, 出货量 万台, a brand's own revenue, 千亿级
    dict(
        text=(
            "本报北京2025年3月18日电 据洛川咨询发布的《2025中国AI学习机行业白皮书》，2024年我国AI学习机市场规模达到"
            "286亿元，同比增长22.7%，2023年这一数字为233亿元。白皮书预计，到2027年市场规模有望达到520亿元，"
            "2024—2027年年均复合增长率约为22%。出货量方面，去年全国AI学习机出货量约为620万台。头部品牌“星途”去年"
            "营收41.5亿元，业内普遍认为这一赛道正迈向千亿级。"
        ),
        obs=[
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("Total", 2023, 233, "CNY 100 million", "actual"),
            ("Total", 2027, 520, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286 / 233 - 1 = 22.747% -> 22.7
            ("cagr|implied", "exact"),  # (520 / 286) ** (1/3) - 1 = 22.052% -> 22
        ],
    ),
    # 27. Simplified Chinese think-tank report: 智慧教育 series opens in 亿元 (8560亿元), later "突破1.1万亿元"
    #    expected converted to 11000 亿元 at its printed figure; yoy with no printed base (no verdict);
    #    distractors: whole education spending 6.4万亿元, share in words 不足两成, school count
    dict(
        text=(
            "华衡教育发展研究院日前发布的研究报告显示，2024年我国智慧教育市场规模为8560亿元，较上年增长10.4%。"
            "报告预计，2026年市场规模将突破1.1万亿元，其中教育大模型相关应用是增速最快的板块。作为对照，2024年全国"
            "教育经费总投入超过6.4万亿元，智慧教育在其中的占比仍不足两成。截至去年底，全国已有超过52万所学校接入"
            "国家智慧教育公共服务平台。"
        ),
        obs=[
            ("Total", 2024, 8560, "CNY 100 million", "actual"),
            ("Total", 2026, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 28. Simplified Chinese broker research: AI作业批改, K12 part and share 70.2% only within rounding, 2025 forecast
    #    with yoy exact; distractors: homework count, hours saved, a rating, price target and upside
    dict(
        text=(
            "东岳证券研究所在最新发布的行业深度报告中测算，2024年国内AI作业批改市场规模约为74.6亿元，其中K12贡献"
            "52.3亿元，占比70.2%，其余主要来自高校和职业院校。报告预计2025年市场规模将增至98亿元，同比增长31.4%。"
            "去年全国通过AI批改的作业量超过30亿份，教师平均每周节省批改时间约4.5小时。报告维持对知序科技“买入”"
            "评级，目标价38.5元，较现价有24%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 74.6, "CNY 100 million", "actual"),
            ("K12", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2025, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 70.2, "percent", 2024, 2024, None),
            ("growth", 31.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 72.3 / 74.6 = 70.107% -> 70.1, not 70.2; bounds 52.25/74.65 = 69.993% .. 52.35/74.55 = 70.221%
            # -> 70.221 reaches [70.15, 70.25) -> rounding
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # 98 / 74.6 - 1 = 31.367% -> 31.4
        ],
    ),
    # 29. Simplified Chinese: 智慧校园AI软件 由2021年…增长至2024年, "较2021年增长近3倍" between two printed amounts
    #    = x4 over 3 years, stated 2021—2024 CAGR exact, 2025 forecast; distractors: school count, per-school spend
    dict(
        text=(
            "海川智库最新统计显示，我国智慧校园AI软件市场规模由2021年的105亿元增长至2024年的412亿元，较2021年增长近"
            "3倍，2021—2024年年均复合增长率达57.7%。海川智库预计，2025年该市场将达到530亿元。目前相关产品已覆盖全国"
            "约1.8万所学校，单校平均采购金额约为230万元。"
        ),
        obs=[
            ("Total", 2021, 105, "CNY 100 million", "actual"),
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2025, 530, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增长近3倍 with both amounts printed -> x(3+1); 412/105 = 3.92
            ("cagr", 57.7, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 105) ** (1/3) - 1 = 57.726% -> 57.7
        ],
    ),
    # 30. Simplified Chinese dated weekly: 去年 (2024) vs 前年 (2023) AI口语陪练, "增长了35.8%" contradicted by its
    #     own amounts (inconsistent); 今年 50亿元左右 an estimate at its printed figure; distractors: 上半年 figure,
    #     hours per week, score points
    dict(
        text=(
            "《东方教育周刊》上海2025年7月2日讯 据星弦研究院统计，去年国内AI英语口语陪练应用市场规模为38.2亿元，比前年"
            "的29.5亿元增长了35.8%。星弦研究院预计，今年全年市场规模将达到50亿元左右，其中今年上半年已实现约21.6亿元。"
            "用户平均每周练习3.2小时，参加测评的学生口语成绩平均提高11.5分。"
        ),
        obs=[
            ("Total", 2024, 38.2, "CNY 100 million", "actual"),
            ("Total", 2023, 29.5, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58.2 / 29.5 - 1 = 29.492% -> 29.5, not 35.8; bounds 38.15/29.55 - 1 = 29.103% .. 38.25/29.45 - 1
            # = 29.881% -> never reaches [35.75, 35.85) -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Simplified Chinese provincial plan: 到2027年…有望达到180亿元, "约为2024年62亿元的3倍" = x3 over 3 years (no
    #     verdict); distractors: plan title years, 骨干企业 count and 年营收超5亿元, 示范校 count, shares in words (四成/六成)
    dict(
        text=(
            "南屿省教育厅2025年4月印发《南屿省“人工智能+教育”三年行动方案（2025—2027年）》，提出到2027年全省教育大模型"
            "及AI教育应用市场规模有望达到180亿元，约为2024年62亿元的3倍。方案同时要求，到2027年培育10家以上年营收超5亿元"
            "的骨干企业，建成300所人工智能教育示范校。从结构看，硬件约占四成，软件与服务约占六成。"
        ),
        obs=[
            ("Total", 2027, 180, "CNY 100 million", "estimate"),
            ("Total", 2024, 62, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2027, 3.0),  # 180 / 62 = 2.90, "约…3倍"
        ],
        verdicts=[],
    ),
    # 32. Traditional Chinese (Taiwan), 新台幣億元 -> TWD 100 million: 年增 exact, stated 2024至2028 CAGR exact;
    #     distractors: school count, monthly subscription fee per student (新台幣399元), score points
    dict(
        text=(
            "【本報臺北訊】瀚宇產業研究中心最新報告指出，2024年台灣AI家教與適性學習平台市場規模達新台幣58.4億元，年增"
            "16.1%，2023年則為新台幣50.3億元。該中心預估，2028年市場規模將成長至新台幣112億元，2024至2028年複合成長率"
            "約17.7%。目前全台已有逾1,200所國中小導入相關平台，學生平均每月訂閱費約新台幣399元。導入學校的學生數學會考"
            "成績平均提升4.3分。"
        ),
        obs=[
            ("Total", 2024, 58.4, "TWD 100 million", "actual"),
            ("Total", 2023, 50.3, "TWD 100 million", "actual"),
            ("Total", 2028, 112, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("cagr", 17.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.4 / 50.3 - 1 = 16.103% -> 16.1
            ("cagr|implied", "exact"),  # (112 / 58.4) ** (1/4) - 1 = 17.680% -> 17.7
        ],
    ),
    # 33. Traditional Chinese (Hong Kong), 億港元 -> HKD 100 million, dateline 2025: 去年 (2024) vs 前年 (2023) yoy
    #     exact, 中學 part with share 43.8% only within rounding, 今年 約6億港元 estimate; distractors: first-quarter
    #     figure, student count, fee per student
    dict(
        text=(
            "香港2025年5月20日——根據港灣教育科技研究所的調查，本地AI學習平台市場去年規模達4.86億港元，較前年的3.9億港元"
            "增長24.6%。其中中學佔2.1億港元，佔比43.8%。業界預計今年市場將增至約6億港元；單計今年第一季，市場規模已約有"
            "1.3億港元。去年共有約19萬名學生使用相關平台，平均每名學生每年支付約680港元。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("中學", 2024, 2.1, "HKD 100 million", "actual"),
            ("Total", 2025, 6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 43.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 3.9 - 1 = 24.615% -> 24.6
            # 22.1 / 4.86 = 43.210% -> 43.2, not 43.8; bounds 2.05/4.865 = 42.138% .. 2.15/4.855 = 44.284%
            # -> reaches [43.75, 43.85) -> rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 34. Traditional Chinese about Japan, 億日圓 -> JPY 100 million: fiscal 2024 vs 上年度 yoy exact, stated
    #     2024至2027年度 CAGR 19.9% only within rounding; distractors: member companies, pupils
    dict(
        text=(
            "東京報導——日本智慧學習教材協會公布，2024年度日本AI數位教材市場規模為616億日圓，較上年度的538億日圓成長"
            "14.5%。協會預估，2027年度市場規模將擴大至1,060億日圓，2024至2027年度年複合成長率為19.9%。該協會共有會員"
            "企業142家，去年度使用AI教材的中小學生約420萬人。"
        ),
        obs=[
            ("Total", 2024, 616, "JPY 100 million", "actual"),
            ("Total", 2023, 538, "JPY 100 million", "actual"),
            ("Total", 2027, 1060, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 616 / 538 - 1 = 14.498% -> 14.5
            # (1060 / 616) ** (1/3) - 1 = 19.833% -> 19.8, not 19.9; bounds (1059.5/616.5) ** (1/3) - 1 = 19.781%
            # .. (1060.5/615.5) ** (1/3) - 1 = 19.884% -> reaches [19.85, 19.95) -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. English pipe table by segment and year with E columns and a Total row; 2026E total only within rounding
    #     of its parts; stated CAGR 2024-2026E under the table; distractors: report number, vendor/country counts
    dict(
        text=(
            "Global AI adaptive-learning market by segment (USD billion)\n"
            "Source: Calder & Wynn Edtech Research, report no. 24-117\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| K-12 | 3.42 | 4.15 | 5.01 | 6.04 |\n"
            "| Higher education | 1.87 | 2.21 | 2.63 | 3.12 |\n"
            "| Corporate | 2.36 | 2.88 | 3.52 | 4.27 |\n"
            "| Total | 7.65 | 9.24 | 11.16 | 13.44 |\n"
            "\n"
            "Total-market CAGR 2024-2026E: 20.6%. Calder & Wynn tracked 412 vendors in 37 countries."
        ),
        obs=[
            ("K-12", 2023, 3.42, "USD billion", "actual"),
            ("K-12", 2024, 4.15, "USD billion", "actual"),
            ("K-12", 2025, 5.01, "USD billion", "estimate"),
            ("K-12", 2026, 6.04, "USD billion", "estimate"),
            ("Higher education", 2023, 1.87, "USD billion", "actual"),
            ("Higher education", 2024, 2.21, "USD billion", "actual"),
            ("Higher education", 2025, 2.63, "USD billion", "estimate"),
            ("Higher education", 2026, 3.12, "USD billion", "estimate"),
            ("Corporate", 2023, 2.36, "USD billion", "actual"),
            ("Corporate", 2024, 2.88, "USD billion", "actual"),
            ("Corporate", 2025, 3.52, "USD billion", "estimate"),
            ("Corporate", 2026, 4.27, "USD billion", "estimate"),
            ("Total", 2023, 7.65, "USD billion", "actual"),
            ("Total", 2024, 9.24, "USD billion", "actual"),
            ("Total", 2025, 11.16, "USD billion", "estimate"),
            ("Total", 2026, 13.44, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 3.42 + 1.87 + 2.36 = 7.65
            ("hierarchy", "exact"),     # 2024: 4.15 + 2.21 + 2.88 = 9.24
            ("hierarchy", "exact"),     # 2025E: 5.01 + 2.63 + 3.52 = 11.16
            # 2026E: 6.04 + 3.12 + 4.27 = 13.43, printed 13.44; parts at +-0.005 give 13.415 .. 13.445 -> reaches
            # [13.435, 13.445) -> rounding
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # (13.44 / 9.24) ** (1/2) - 1 = 20.605% -> 20.6
        ],
    ),
    # 36. Simplified Chinese tab-separated: a shipments table (万台, no observation) beside a market-value table by
    #     segment with a 合计 row and an E column; prose yoy for 市场规模 exact, shipments yoy expected nowhere;
    #     distractors: table numbers, title years
    dict(
        text=(
            "表1 2022—2025年中国AI学习机出货量（单位：万台）\n"
            "年份\t2022\t2023\t2024\t2025E\n"
            "出货量\t420\t510\t620\t730\n"
            "\n"
            "表2 2022—2025年中国AI学习机市场规模（单位：亿元）\n"
            "细分\t2022\t2023\t2024\t2025E\n"
            "学习机硬件\t148\t176\t214\t255\n"
            "内容与订阅服务\t37\t52\t72\t98\n"
            "合计\t185\t228\t286\t353\n"
            "\n"
            "据洛川咨询测算，2024年AI学习机出货量同比增长21.6%，市场规模同比增长25.4%。"
        ),
        obs=[
            ("学习机硬件", 2022, 148, "CNY 100 million", "actual"),
            ("学习机硬件", 2023, 176, "CNY 100 million", "actual"),
            ("学习机硬件", 2024, 214, "CNY 100 million", "actual"),
            ("学习机硬件", 2025, 255, "CNY 100 million", "estimate"),
            ("内容与订阅服务", 2022, 37, "CNY 100 million", "actual"),
            ("内容与订阅服务", 2023, 52, "CNY 100 million", "actual"),
            ("内容与订阅服务", 2024, 72, "CNY 100 million", "actual"),
            ("内容与订阅服务", 2025, 98, "CNY 100 million", "estimate"),
            ("合计", 2022, 185, "CNY 100 million", "actual"),
            ("合计", 2023, 228, "CNY 100 million", "actual"),
            ("合计", 2024, 286, "CNY 100 million", "actual"),
            ("合计", 2025, 353, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 148 + 37 = 185
            ("hierarchy", "exact"),     # 2023: 176 + 52 = 228
            ("hierarchy", "exact"),     # 2024: 214 + 72 = 286
            ("hierarchy", "exact"),     # 2025E: 255 + 98 = 353
            ("cagr|implied", "exact"),  # 286 / 228 - 1 = 25.439% -> 25.4 (shipments 620/510 - 1 = 21.6% is no claim)
        ],
    ),
    # 37. English tab-separated vertical table (rows are years) with a lone column headed by its unit only ->
    #     Total; F rows estimates; prose yoy for 2024 and stated CAGR 2024-2026F; distractors: table number,
    #     school count, hours saved
    dict(
        text=(
            "AI-assisted grading software, United States\n"
            "Year\tUSD million\n"
            "2021\t212\n"
            "2022\t268\n"
            "2023\t341\n"
            "2024\t437\n"
            "2025F\t556\n"
            "2026F\t702\n"
            "Source: Penrose Edtech Monitor, Table 6. Spending grew 28.2% in 2024; CAGR 2024-2026F: 26.7%. Grading "
            "tools were in use at about 41,000 schools in 2024, and teachers reported saving 3.5 hours a week."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 341, "USD million", "actual"),
            ("Total", 2024, 437, "USD million", "actual"),
            ("Total", 2025, 556, "USD million", "estimate"),
            ("Total", 2026, 702, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("cagr", 26.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 437 / 341 - 1 = 28.152% -> 28.2
            ("cagr|implied", "exact"),  # (702 / 437) ** (1/2) - 1 = 26.744% -> 26.7
        ],
    ),
    # 38. Simplified Chinese space-aligned vertical table (rows are years) with value columns 硬件 / 软件及服务 / 合计
    #     (items are the column headers); 2023 合计 contradicts its parts (inconsistent hierarchy); prose shares of
    #     软件及服务 for 2022 and 2024 (arithmetic exact); distractors: percentage points, table number, note
    dict(
        text=(
            "表3 2022—2026E年中国智慧教育软硬件市场规模（单位：亿元）\n"
            "年份      硬件    软件及服务    合计\n"
            "2022       612       298       910\n"
            "2023       668       361      1039\n"
            "2024       702       493      1195\n"
            "2025E      738       586      1324\n"
            "2026E      771       690      1461\n"
            "注：2025E、2026E为预测值。\n"
            "软件及服务占比由2022年的32.7%提升至2024年的41.3%，两年间提高8.6个百分点。"
        ),
        obs=[
            ("硬件", 2022, 612, "CNY 100 million", "actual"),
            ("硬件", 2023, 668, "CNY 100 million", "actual"),
            ("硬件", 2024, 702, "CNY 100 million", "actual"),
            ("硬件", 2025, 738, "CNY 100 million", "estimate"),
            ("硬件", 2026, 771, "CNY 100 million", "estimate"),
            ("软件及服务", 2022, 298, "CNY 100 million", "actual"),
            ("软件及服务", 2023, 361, "CNY 100 million", "actual"),
            ("软件及服务", 2024, 493, "CNY 100 million", "actual"),
            ("软件及服务", 2025, 586, "CNY 100 million", "estimate"),
            ("软件及服务", 2026, 690, "CNY 100 million", "estimate"),
            ("合计", 2022, 910, "CNY 100 million", "actual"),
            ("合计", 2023, 1039, "CNY 100 million", "actual"),
            ("合计", 2024, 1195, "CNY 100 million", "actual"),
            ("合计", 2025, 1324, "CNY 100 million", "estimate"),
            ("合计", 2026, 1461, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 32.7, "percent", 2022, 2022, None),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),         # 2022: 612 + 298 = 910
            # 2023: 668 + 361 = 1029, printed 1039; parts at +-0.5 give 1028 .. 1030 -> never 1039 -> inconsistent
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),         # 2024: 702 + 493 = 1195
            ("hierarchy", "exact"),         # 2025E: 738 + 586 = 1324
            ("hierarchy", "exact"),         # 2026E: 771 + 690 = 1461
            ("arithmetic", "exact"),        # 298 / 910 = 32.747% -> 32.7
            ("arithmetic", "exact"),        # 493 / 1195 = 41.255% -> 41.3
        ],
    ),
    # 39. Traditional Chinese pipe table (Taiwan), 新台幣百萬元 -> TWD million, by education stage with E columns and
    #     a 總計 row; stated CAGR 2024至2026 exact; distractors: share in words (四分之一), survey answer and
    #     respondents count, table number
    dict(
        text=(
            "表二　台灣AI教育應用市場規模（單位：新台幣百萬元）\n"
            "| 教育階段 | 2024 | 2025E | 2026E |\n"
            "| --- | --- | --- | --- |\n"
            "| 國中小 | 2,310 | 2,780 | 3,350 |\n"
            "| 高中職 | 860 | 1,010 | 1,190 |\n"
            "| 大專院校 | 1,140 | 1,320 | 1,530 |\n"
            "| 企業培訓 | 1,480 | 1,790 | 2,160 |\n"
            "| 總計 | 5,790 | 6,900 | 8,230 |\n"
            "資料來源：瀚宇產業研究中心。2024至2026年總計年複合成長率19.2%；企業培訓約佔四分之一。受訪的312家企業中，"
            "有63%表示明年將增加AI培訓預算。"
        ),
        obs=[
            ("國中小", 2024, 2310, "TWD million", "actual"),
            ("國中小", 2025, 2780, "TWD million", "estimate"),
            ("國中小", 2026, 3350, "TWD million", "estimate"),
            ("高中職", 2024, 860, "TWD million", "actual"),
            ("高中職", 2025, 1010, "TWD million", "estimate"),
            ("高中職", 2026, 1190, "TWD million", "estimate"),
            ("大專院校", 2024, 1140, "TWD million", "actual"),
            ("大專院校", 2025, 1320, "TWD million", "estimate"),
            ("大專院校", 2026, 1530, "TWD million", "estimate"),
            ("企業培訓", 2024, 1480, "TWD million", "actual"),
            ("企業培訓", 2025, 1790, "TWD million", "estimate"),
            ("企業培訓", 2026, 2160, "TWD million", "estimate"),
            ("總計", 2024, 5790, "TWD million", "actual"),
            ("總計", 2025, 6900, "TWD million", "estimate"),
            ("總計", 2026, 8230, "TWD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 2310 + 860 + 1140 + 1480 = 5790
            ("hierarchy", "exact"),     # 2025E: 2780 + 1010 + 1320 + 1790 = 6900
            ("hierarchy", "exact"),     # 2026E: 3350 + 1190 + 1530 + 2160 = 8230
            ("cagr|implied", "exact"),  # (8230 / 5790) ** (1/2) - 1 = 19.223% -> 19.2
        ],
    ),
    # 40. English space-aligned table by region with a share column (shares of the printed total, arithmetic
    #     exact; the 100.0% total row is no claim), a 2030F column and a Total row; stated CAGR 2024-2030F exact;
    #     distractors: table number, vendor count, percentage points
    dict(
        text=(
            "Table 4. AI tutoring market by region, USD million (2030F = forecast)\n"
            "Region            2024    Share 2024    2030F\n"
            "North America    1,420       39.8%      3,960\n"
            "Europe             890       24.9%      2,610\n"
            "Asia-Pacific     1,050       29.4%      4,180\n"
            "Rest of world      210        5.9%        720\n"
            "Total            3,570      100.0%     11,470\n"
            "Source: Orrin Partners analysis of 318 vendors. Global CAGR 2024-2030F: 21.5%. North America's share "
            "is expected to slip by 5.3 percentage points by 2030."
        ),
        obs=[
            ("North America", 2024, 1420, "USD million", "actual"),
            ("North America", 2030, 3960, "USD million", "estimate"),
            ("Europe", 2024, 890, "USD million", "actual"),
            ("Europe", 2030, 2610, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 1050, "USD million", "actual"),
            ("Asia-Pacific", 2030, 4180, "USD million", "estimate"),
            ("Rest of world", 2024, 210, "USD million", "actual"),
            ("Rest of world", 2030, 720, "USD million", "estimate"),
            ("Total", 2024, 3570, "USD million", "actual"),
            ("Total", 2030, 11470, "USD million", "estimate"),
        ],
        claims=[
            ("share", 39.8, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 29.4, "percent", 2024, 2024, None),
            ("share", 5.9, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1420 / 3570 = 39.776% -> 39.8
            ("arithmetic", "exact"),    # 890 / 3570 = 24.930% -> 24.9
            ("arithmetic", "exact"),    # 1050 / 3570 = 29.412% -> 29.4
            ("arithmetic", "exact"),    # 210 / 3570 = 5.882% -> 5.9
            ("hierarchy", "exact"),     # 2024: 1420 + 890 + 1050 + 210 = 3570
            ("hierarchy", "exact"),     # 2030F: 3960 + 2610 + 4180 + 720 = 11470
            ("cagr|implied", "exact"),  # (11470 / 3570) ** (1/6) - 1 = 21.474% -> 21.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 11, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% from $1.45 billion a year earlier',
    "roughly 2.6 times today's level",
    '18.4% more than the £348 million of 2023',
    'implying average annual growth of 16.4%',
    'a 21% jump',
    'a compound annual growth rate of 23.7% over 2024-2028',
    'a compound annual growth of 21% from 2025 to 2030',
    'up 31.6% from 24.8 billion yuan',
    'more than threefold the HK$152 million of 2021',
    '较2020年的95亿元增长2倍',
    '有望突破500亿元，年均增长约20%',
    '今年市场规模有望达到228亿元',
    '按年增長16.7%',
    '較前一年的15.2億元成長32.4%',
    '将突破1.5万亿元',
    '| Total | 4,800 | 6,130 | 7,790 |',
    '年份      亿元',
    'Year\tUSD billion\tYoY',
    'All segments',
    '2025年(預估)',
    'up 27% from $1.45 billion in 2023',
    'sizes the total addressable market',
    '19.5% more than the £538 million',
    '¥48.6 billion in fiscal 2024',
    'between $2.1 billion and $2.4 billion this year',
    '2024—2027年年均复合增长率约为22%',
    '将突破1.1万亿元',
    '其中K12贡献52.3亿元，占比70.2%',
    '较2021年增长近3倍',
    '比前年的29.5亿元增长了35.8%',
    '约为2024年62亿元的3倍',
    '新台幣58.4億元，年增16.1%',
    '4.86億港元',
    '616億日圓',
    '| Total | 7.65 | 9.24 | 11.16 | 13.44 |',
    '出货量\t420',
    'Year\tUSD million',
    '2023       668       361      1039',
    '（單位：新台幣百萬元）',
    'Rest of world      210        5.9%        720',
)
LAYOUT = (40, 13, 15, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 238
#: figures, 54 rates, 80 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 238, "rates_found": 55, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset133.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
