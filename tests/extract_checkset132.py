"""A hundred-and-thirty-second check set for the extractor, written blind: AI in education and learning, in English and Chinese
(Simplified and Traditional) -- AI tutoring apps, adaptive-learning platforms, homework helpers and learning devices,
AI-assisted grading, corporate e-learning with AI and smart-campus software, sized in money by edtech research firms,
think-tanks, brokers, provincial plans, Korean, Japanese and Taiwanese associations and consultancies; learners served,
devices shipped, hours studied, score gains, tuition per student, a company's own revenue, funding rounds, a semester's
figures and the whole education market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated news story: "last year" = 2024 at $1.84 billion, "23% more than the $1.50 billion spent in 2023";
    #    distractors: app's learner count, a Series C round, a survey percentage, hours a week
    dict(
        text=(
            "WASHINGTON, 12 May 2025 — American families are paying for AI tutors the way they once paid for "
            "SAT prep books. Household spending on AI tutoring apps in the United States came to $1.84 billion "
            "last year, 23% more than the $1.50 billion spent in 2023, according to Halvorsen Learning Analytics. "
            "The best-known app, Quillo, says it now serves 4.2 million learners and closed a $60 million Series C "
            "in April. Halvorsen's survey found that 38% of parents would pay more for a tutor that explains its "
            "answers, and that students using such apps logged an average of 5.5 hours a week."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.50, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.84 / 1.50 - 1 = 22.67% -> 23
        ],
    ),
    # 2. a report launch: $3.2bn (2024) to $9.6bn (2030), "a compound annual growth rate of 20.1% over 2024-2030";
    #    "about a third" (fraction in words), a poll of 420 districts (61%), a report title year nowhere
    dict(
        text=(
            "Adaptive-learning platforms — software that reorders lessons and exercises around each learner's "
            "mistakes — generated $3.2 billion worldwide in 2024, according to a new report from Brightwater Edge "
            "Partners. The firm forecasts that the market will reach $9.6 billion in 2030, a compound annual growth "
            "rate of 20.1% over 2024-2030. Schools and districts in North America contributed about a third of 2024 "
            "spending. \"Most of the money is still in pilots,\" said Brightwater analyst Dana Okafor, noting that "
            "61% of the 420 districts it polled plan to expand their licences next year. The report, Adaptive "
            "Learning 2025, runs to 140 pages."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.2) ** (1/6) - 1 = 3 ** (1/6) - 1 = 20.09% -> 20.1
        ],
    ),
    # 3. an earnings call: TAM for AI-assisted grading $6.0bn in fiscal 2025 -> $14.0bn by fiscal 2029, "roughly 24% a
    #    year" with no printed span (inferred); company's quarter revenue, bookings, share target, staff, schools nowhere
    dict(
        text=(
            "Gradewell Inc. — Q4 FY2025 earnings call, 26 February 2026. CEO Marcus Lindqvist: \"Revenue for the "
            "fourth quarter was $118 million, up 31% from a year ago, and full-year bookings passed $450 million. We "
            "size the total addressable market for AI-assisted grading and feedback at $6.0 billion in fiscal 2025, "
            "and we expect it to reach $14.0 billion by fiscal 2029, a rise of roughly 24% a year. Our own share is "
            "still in the low single digits, and our target is 10% by then. We now have 1,900 employees and serve "
            "12,000 schools.\""
        ),
        obs=[
            ("Total", 2025, 6.0, "USD billion", "actual"),
            ("Total", 2029, 14.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (14.0 / 6.0) ** (1/4) - 1 = 23.59% -> 24
        ],
    ),
    # 4. a broker's sector note in English on China: CNY 38.5bn (2024) -> CNY 61.0bn (2026), "a 26% CAGR over
    #    2024-26"; unit shipments, a stock's revenue mix, a HK$52 price target and its 35% upside nowhere
    dict(
        text=(
            "Kestrel Securities (Hong Kong), sector note, 9 January 2025. We estimate that China's AI learning-device "
            "market reached CNY 38.5 billion in 2024 and forecast CNY 61.0 billion in 2026, a 26% CAGR over "
            "2024-26, as parents trade up from paper workbooks to tablets with built-in large models. Shipments "
            "should rise from 6.8 million units to 9.5 million over the same period. Our top pick, Xuehai Tech, gets "
            "24% of its revenue from devices; we reiterate Buy with a price target of HK$52, implying 35% upside."
        ),
        obs=[
            ("Total", 2024, 38.5, "CNY billion", "actual"),
            ("Total", 2026, 61.0, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.0 / 38.5) ** (1/2) - 1 = 25.87% -> 26
        ],
    ),
    # 5. a London news item: £742m (2024), "a rise of 21.8% on the £610 million spent in 2023" (only within
    #    rounding), "about £900 million this year" (2025 estimate); poll answers, percentage points, headcount nowhere
    dict(
        text=(
            "LONDON, 3 June 2025 — Employers in Britain spent £742 million on AI-enabled corporate e-learning in "
            "2024, a rise of 21.8% on the £610 million spent in 2023, the consultancy Ashcombe Learning Insight said "
            "on Tuesday. It expects spending to reach about £900 million this year as banks and retailers replace "
            "compliance courses with AI coaching. Ashcombe's poll of 600 learning-and-development managers found "
            "that 44% now use generative AI to write course material, 9 percentage points more than a year earlier. "
            "The number of employees completing AI-led modules rose to 3.1 million."
        ),
        obs=[
            ("Total", 2024, 742, "GBP million", "actual"),
            ("Total", 2023, 610, "GBP million", "actual"),
            ("Total", 2025, 900, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 742 / 610 - 1 = 21.64% -> 21.6, not 21.8; bounds 741.5/610.5 - 1 = 21.46% .. 742.5/609.5 - 1 = 21.82%
            # -> 21.8 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. Japan in yen: ¥128.0 billion in fiscal 2024, "grow 13.8% a year from 2024 to 2028, to ¥215 billion";
    #    juku fees of "nearly ¥450,000 per student", 9 million devices, 312 vendors nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI-driven learning services, from exam-prep chatbots at cram schools to "
            "adaptive drills in public primary schools, reached ¥128.0 billion in fiscal 2024, the Tsukimi Research "
            "Institute estimates. The institute expects it to grow 13.8% a year from 2024 to 2028, to ¥215 billion. "
            "Families still spend far more on conventional juku, where fees average nearly ¥450,000 per student a "
            "year, and the GIGA School programme has put some 9 million devices in classrooms. Tsukimi counted 312 "
            "vendors in the field."
        ),
        obs=[
            ("Total", 2024, 128.0, "JPY billion", "actual"),
            ("Total", 2028, 215, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (215 / 128.0) ** (1/4) - 1 = 13.84% -> 13.8
        ],
    ),
    # 7. Korea sized in dollars, series opening in millions: "rose 30% from $860 million in 2023 to $1.12 billion in
    #    2024", "$2.05 billion by 2027 — about 2.4x the 2023 level" (billions converted to USD million);
    #    pupils, schools, score points nowhere
    dict(
        text=(
            "SEOUL, 20 August 2025 — South Korea's spending on AI tutoring and AI digital-textbook services rose 30% "
            "from $860 million in 2023 to $1.12 billion in 2024, the Hanbit EdTech Council reported, and the council "
            "projects $2.05 billion by 2027, about 2.4x the 2023 level. The rollout of AI textbooks to 3.4 million "
            "primary and secondary pupils drove most of the gain, although the education ministry has since made "
            "them optional supplementary material. In a pilot across 180 schools, maths scores of students using the "
            "AI tutors improved by 7 points on average. Private academies, or hagwon, remain a far larger business."
        ),
        obs=[
            ("Total", 2023, 860, "USD million", "actual"),
            ("Total", 2024, 1120, "USD million", "actual"),
            ("Total", 2027, 2050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("multiple", 2.4, "multiple", 2023, 2027, 4.0),  # 2050 / 860 = 2.38; a multiple gets no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1120 / 860 - 1 = 30.23% -> 30
        ],
    ),
    # 8. a segment share in prose: $2.40bn total, "K-12 accounted for $1.39 billion, or 58%", higher education
    #    $0.73bn; questions a month, a first-quarter spending figure and a price change nowhere
    dict(
        text=(
            "Snap-a-photo homework helpers are the fastest-selling corner of consumer edtech. Lindgren & Rao "
            "Consulting puts the worldwide market for AI homework-help apps at $2.40 billion in 2024. Of that, K-12 "
            "accounted for $1.39 billion, or 58%, and higher education for $0.73 billion; the rest came from adult "
            "learners. The leading apps together handled more than 900 million questions a month, and in the first "
            "quarter of 2025 alone consumers spent $690 million on subscriptions."
        ),
        obs=[
            ("Total", 2024, 2.40, "USD billion", "actual"),
            ("K-12", 2024, 1.39, "USD billion", "actual"),
            ("Higher education", 2024, 0.73, "USD billion", "actual"),
        ],
        claims=[
            ("share", 58.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.39 / 2.40 = 57.92% -> 58
        ],
    ),
    # 9. a stated CAGR its own figures contradict: €1.9bn (2024) -> €4.1bn (2029), "a CAGR of 19.5% over
    #    2024-2029"; a rival's 2024 figure (€2.3bn) nowhere; venture funding and a survey nowhere
    dict(
        text=(
            "Europe's market for AI-powered corporate learning will grow from €1.9 billion in 2024 to €4.1 billion "
            "in 2029, a CAGR of 19.5% over 2024-2029, according to Brandvold Partners. A rival estimate from Corvane "
            "Insights puts the 2024 market at €2.3 billion. Brandvold expects Germany and the Nordics to lead "
            "adoption, with generative-AI course authoring the largest segment. Vendors in the space raised €640 "
            "million in venture funding over the past year, and Brandvold's survey of 250 HR directors found that "
            "57% planned to raise AI-learning budgets."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2029, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (4.1 / 1.9) ** (1/5) - 1 = 16.63%; bounds (4.05/1.95) ** 0.2 - 1 = 15.74% .. (4.15/1.85) ** 0.2 - 1
            # = 17.54%; 19.5 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Simplified Chinese prose: AI学习机 286亿元 (2024) vs 213亿元 (2023), 增长34.3%; "2024—2027年…年均复合增长率
    #     为22.4%，到2027年有望达到525亿元"; 出货量, 占比超过一半, 千亿级, a company's revenue nowhere
    dict(
        text=(
            "据艾澜咨询发布的数据，2024年中国AI学习机市场规模达到286亿元，较2023年的213亿元增长34.3%。艾澜预计，"
            "2024—2027年该市场年均复合增长率为22.4%，到2027年有望达到525亿元。2024年全年AI学习机出货量约650万台，"
            "线上渠道占比超过一半。业内普遍认为这是一个千亿级赛道，头部品牌星途教育2024年学习机业务营收为41亿元。"
        ),
        obs=[
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("Total", 2023, 213, "CNY 100 million", "actual"),
            ("Total", 2027, 525, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286 / 213 - 1 = 34.27% -> 34.3
            ("cagr|implied", "exact"),  # (525 / 286) ** (1/3) - 1 = 22.44% -> 22.4
        ],
    ),
    # 11. Simplified Chinese prose with 万亿 in a 亿元 series: 9650亿元 (2024), 8500亿元 (2023), 今年 1.09万亿元 (2025
    #     estimate -> 10900), 2028年 突破1.6万亿元 (-> 16000); whole education spending 6.5万亿元, teacher headcount,
    #     model filings nowhere
    dict(
        text=(
            "本报北京2025年3月18日电 启明教育发展研究院发布报告称，2024年我国智慧教育市场规模达到9650亿元，"
            "同比增长13.5%（2023年为8500亿元），今年有望达到1.09万亿元。报告预计，2024—2028年市场将保持13.5%的"
            "年均复合增长率，2028年规模有望突破1.6万亿元。作为对比，2024年全国教育经费总投入超过6.5万亿元。报告还"
            "指出，全国已有超过120万名教师参加人工智能应用培训，已备案的教育大模型达到47个。"
        ),
        obs=[
            ("Total", 2024, 9650, "CNY 100 million", "actual"),
            ("Total", 2023, 8500, "CNY 100 million", "actual"),
            ("Total", 2025, 10900, "CNY 100 million", "estimate"),
            ("Total", 2028, 16000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("cagr", 13.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9650 / 8500 - 1 = 13.53% -> 13.5
            ("cagr|implied", "exact"),  # (16000 / 9650) ** (1/4) - 1 = 13.47% -> 13.5
        ],
    ),
    # 12. Traditional Chinese (Taiwan) prose in 新台幣億元: 58億 (2024) vs 47億 (2023), 成長23.4%; 今年 71億
    #     (2025 estimate), 2027年 上看110億; schools, 百分點, a listed firm's revenue and its growth nowhere
    dict(
        text=(
            "【台北訊】2025年4月14日 台灣智慧學習產業協會今日發布調查指出，2024年台灣AI家教與自適應學習軟體市場規模"
            "達新台幣58億元，較2023年的47億元成長23.4%；協會預估，今年可望增至新台幣71億元，2027年上看新台幣110億元。"
            "調查同時顯示，已有1,200所中小學導入AI學習平台，學生使用率較前一年提升6個百分點。上市業者宏學數位2024年"
            "營收新台幣9.8億元，年增15%。"
        ),
        obs=[
            ("Total", 2024, 58, "TWD 100 million", "actual"),
            ("Total", 2023, 47, "TWD 100 million", "actual"),
            ("Total", 2025, 71, "TWD 100 million", "estimate"),
            ("Total", 2027, 110, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 47 - 1 = 23.40% -> 23.4
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) prose in 億港元 whose rate its own figures contradict: 去年 (2024) 約12.6億,
    #     按年增長25%, 2023年 10.5億; 2027年 20億港元 (estimate); users, monthly tuition 3,200港元, a semester's
    #     pilot count nowhere
    dict(
        text=(
            "【本報訊】2025年2月 香港智學科技聯會最新報告指，去年本港AI補習及自適應學習服務市場規模約12.6億港元，"
            "按年增長25%，2023年則為10.5億港元。報告預計，相關市場到2027年可達20億港元。目前全港約有9萬名中學生使用"
            "AI補習應用程式，傳統補習社的學費平均每月約3,200港元。聯會又指，上學期有逾百間學校試行AI批改作文。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2023, 10.5, "HKD 100 million", "actual"),
            ("Total", 2027, 20, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 12.6 / 10.5 - 1 = 20.0%; bounds 12.55/10.55 - 1 = 18.96% .. 12.65/10.45 - 1 = 21.05%; 25 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Simplified Chinese prose: AI作业批改 48.6亿元 (2024) vs 38.0亿元 (2023), 增长27.9%; K12 31.2亿元 "占比64.0%"
    #     (only within rounding), 高校及职业教育 17.4亿元; homework count, score points, a quarter's figure nowhere
    dict(
        text=(
            "第三方机构睿阁研究的数据显示，2024年中国AI作业批改市场规模为48.6亿元，较2023年的38.0亿元增长27.9%；"
            "其中K12规模31.2亿元，占比64.0%，高校及职业教育合计17.4亿元。全年平台累计批改作业超过20亿份，使用AI批改"
            "的班级学生平均成绩提高约4.5分。睿阁指出，2025年第一季度市场规模为13.2亿元，环比有所回落。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2023, 38.0, "CNY 100 million", "actual"),
            ("K12", 2024, 31.2, "CNY 100 million", "actual"),
            ("高校及职业教育", 2024, 17.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("share", 64.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 38.0 - 1 = 27.89% -> 27.9
            # 31.2 / 48.6 = 64.20% -> 64.2, not 64.0; bounds 31.15/48.65 = 64.03% .. 31.25/48.55 = 64.37% -> 64.0 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 15. English pipe table by segment and year with a Total row and E columns (USD billion); rows add up in every
    #     column; two shares in the note line
    dict(
        text=(
            "Table 3. Global AI-in-education market by segment, USD billion\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| K-12 | 2.10 | 2.65 | 3.30 | 4.05 |\n"
            "| Higher education | 1.35 | 1.62 | 1.98 | 2.40 |\n"
            "| Corporate training | 1.05 | 1.38 | 1.80 | 2.30 |\n"
            "| Total | 4.50 | 5.65 | 7.08 | 8.75 |\n"
            "Source: Marlow EdTech Research, April 2025. E = estimate. Corporate training grows fastest, its share "
            "of the total rising from 23.3% in 2023 to 26.3% in 2026E."
        ),
        obs=[
            ("K-12", 2023, 2.10, "USD billion", "actual"),
            ("K-12", 2024, 2.65, "USD billion", "actual"),
            ("K-12", 2025, 3.30, "USD billion", "estimate"),
            ("K-12", 2026, 4.05, "USD billion", "estimate"),
            ("Higher education", 2023, 1.35, "USD billion", "actual"),
            ("Higher education", 2024, 1.62, "USD billion", "actual"),
            ("Higher education", 2025, 1.98, "USD billion", "estimate"),
            ("Higher education", 2026, 2.40, "USD billion", "estimate"),
            ("Corporate training", 2023, 1.05, "USD billion", "actual"),
            ("Corporate training", 2024, 1.38, "USD billion", "actual"),
            ("Corporate training", 2025, 1.80, "USD billion", "estimate"),
            ("Corporate training", 2026, 2.30, "USD billion", "estimate"),
            ("Total", 2023, 4.50, "USD billion", "actual"),
            ("Total", 2024, 5.65, "USD billion", "actual"),
            ("Total", 2025, 7.08, "USD billion", "estimate"),
            ("Total", 2026, 8.75, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 23.3, "percent", 2023, 2023, None),
            ("share", 26.3, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.10 + 1.35 + 1.05 = 4.50
            ("hierarchy", "exact"),  # 2024: 2.65 + 1.62 + 1.38 = 5.65
            ("hierarchy", "exact"),  # 2025E: 3.30 + 1.98 + 1.80 = 7.08
            ("hierarchy", "exact"),  # 2026E: 4.05 + 2.40 + 2.30 = 8.75
            ("arithmetic", "exact"),  # 1.05 / 4.50 = 23.33% -> 23.3
            ("arithmetic", "exact"),  # 2.30 / 8.75 = 26.29% -> 26.3
        ],
    ),
    # 16. two Chinese vertical tab-separated tables: shipments in 万台 (no money, nowhere) beside market value in a lone
    #     column headed 亿元 (the Total); note line with 同比增长34.2% (exact) and an average price per unit (nowhere)
    dict(
        text=(
            "表1 中国AI学习机出货量\n"
            "年份\t万台\n"
            "2022\t410\n"
            "2023\t520\n"
            "2024\t655\n"
            "2025E\t800\n"
            "\n"
            "表2 中国AI学习机市场规模\n"
            "年份\t亿元\n"
            "2022\t138\n"
            "2023\t196\n"
            "2024\t263\n"
            "2025E\t345\n"
            "注：2024年市场规模同比增长34.2%，平均单价约4,000元/台；E为预测值。"
        ),
        obs=[
            ("Total", 2022, 138, "CNY 100 million", "actual"),
            ("Total", 2023, 196, "CNY 100 million", "actual"),
            ("Total", 2024, 263, "CNY 100 million", "actual"),
            ("Total", 2025, 345, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 263 / 196 - 1 = 34.18% -> 34.2
        ],
    ),
    # 17. English space-aligned table in ¥ billion by fiscal year with a "Total market" row whose FY2024 column its
    #     rows contradict; a stated FY2024-FY2027 CAGR of the total; unit shipments nowhere
    dict(
        text=(
            "AI learning services in Japan by segment (¥ billion) — Nihon Smart Learning Association\n"
            "Segment                 FY2023   FY2024   FY2027F\n"
            "Learning devices          31.5     36.2      48.0\n"
            "Software & platforms      52.4     63.1      98.5\n"
            "Tutoring & services       18.6     24.3      41.5\n"
            "Total market             102.5    125.6     188.0\n"
            "The association expects the total to grow at a 14.4% CAGR between FY2024 and FY2027. Shipments of AI "
            "learning tablets reached 1.2 million units in FY2024."
        ),
        obs=[
            ("Learning devices", 2023, 31.5, "JPY billion", "actual"),
            ("Learning devices", 2024, 36.2, "JPY billion", "actual"),
            ("Learning devices", 2027, 48.0, "JPY billion", "estimate"),
            ("Software & platforms", 2023, 52.4, "JPY billion", "actual"),
            ("Software & platforms", 2024, 63.1, "JPY billion", "actual"),
            ("Software & platforms", 2027, 98.5, "JPY billion", "estimate"),
            ("Tutoring & services", 2023, 18.6, "JPY billion", "actual"),
            ("Tutoring & services", 2024, 24.3, "JPY billion", "actual"),
            ("Tutoring & services", 2027, 41.5, "JPY billion", "estimate"),
            ("Total market", 2023, 102.5, "JPY billion", "actual"),
            ("Total market", 2024, 125.6, "JPY billion", "actual"),
            ("Total market", 2027, 188.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 31.5 + 52.4 + 18.6 = 102.5
            # FY2024: 36.2 + 63.1 + 24.3 = 123.6 vs 125.6; parts 123.45..123.75, total 125.55..125.65 -> no overlap
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # FY2027F: 48.0 + 98.5 + 41.5 = 188.0
            ("cagr|implied", "exact"),  # (188.0 / 125.6) ** (1/3) - 1 = 14.39% -> 14.4
        ],
    ),
    # 18. Traditional Chinese tab-separated table in 新台幣億元 with a 合計 row; the 2024 column adds to 86.1 against a
    #     printed 86.0 (rounding); 2025年(預估) estimate; a software share in the note; tablet shipments nowhere
    dict(
        text=(
            "表二　台灣智慧學習市場規模（新台幣億元）\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "硬體\t28.4\t32.4\t36.9\n"
            "軟體\t35.2\t41.7\t49.3\n"
            "服務\t10.1\t12.0\t14.6\n"
            "合計\t73.7\t86.0\t100.8\n"
            "資料來源：台灣智慧學習產業協會，2025年5月。2024年軟體占整體市場48.5%；同年學習平板出貨量約38萬台。"
        ),
        obs=[
            ("硬體", 2023, 28.4, "TWD 100 million", "actual"),
            ("硬體", 2024, 32.4, "TWD 100 million", "actual"),
            ("硬體", 2025, 36.9, "TWD 100 million", "estimate"),
            ("軟體", 2023, 35.2, "TWD 100 million", "actual"),
            ("軟體", 2024, 41.7, "TWD 100 million", "actual"),
            ("軟體", 2025, 49.3, "TWD 100 million", "estimate"),
            ("服務", 2023, 10.1, "TWD 100 million", "actual"),
            ("服務", 2024, 12.0, "TWD 100 million", "actual"),
            ("服務", 2025, 14.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 73.7, "TWD 100 million", "actual"),
            ("合計", 2024, 86.0, "TWD 100 million", "actual"),
            ("合計", 2025, 100.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 48.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 28.4 + 35.2 + 10.1 = 73.7
            # 2024: 32.4 + 41.7 + 12.0 = 86.1 vs 86.0; parts 85.95..86.25, total 85.95..86.05 -> overlap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025: 36.9 + 49.3 + 14.6 = 100.8
            ("arithmetic", "exact"),  # 41.7 / 86.0 = 48.49% -> 48.5
        ],
    ),
    # 19. English vertical pipe table whose rows are years, two value columns (two markets, each its own item) in USD
    #     million with e rows; two stated 2024-2026 CAGRs in the note; licensed students nowhere
    dict(
        text=(
            "Ridgeline Education Partners: US K-12 district spending on AI tools (USD million)\n"
            "| Year | Tutoring apps | Grading tools |\n"
            "|------|---------------|---------------|\n"
            "| 2022 | 210 | 95 |\n"
            "| 2023 | 340 | 150 |\n"
            "| 2024 | 520 | 235 |\n"
            "| 2025e | 730 | 330 |\n"
            "| 2026e | 960 | 450 |\n"
            "Note: tutoring apps are projected to grow at a 35.9% CAGR from 2024 to 2026, grading tools at 38.4%. "
            "Districts bought licences for 14.5 million students in the 2024-25 school year."
        ),
        obs=[
            ("Tutoring apps", 2022, 210, "USD million", "actual"),
            ("Tutoring apps", 2023, 340, "USD million", "actual"),
            ("Tutoring apps", 2024, 520, "USD million", "actual"),
            ("Tutoring apps", 2025, 730, "USD million", "estimate"),
            ("Tutoring apps", 2026, 960, "USD million", "estimate"),
            ("Grading tools", 2022, 95, "USD million", "actual"),
            ("Grading tools", 2023, 150, "USD million", "actual"),
            ("Grading tools", 2024, 235, "USD million", "actual"),
            ("Grading tools", 2025, 330, "USD million", "estimate"),
            ("Grading tools", 2026, 450, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 35.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 38.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (960 / 520) ** (1/2) - 1 = 35.87% -> 35.9
            ("cagr|implied", "exact"),  # (450 / 235) ** (1/2) - 1 = 38.38% -> 38.4
        ],
    ),
    # 20. Simplified Chinese space-aligned table in 亿元 with E columns, a 合计 row and a CAGR(2024-2027E) column;
    #     管理与评测's 38.3% only within rounding; a broker's source line (date) nowhere
    dict(
        text=(
            "表3 中国教育大模型市场规模及预测（单位：亿元）\n"
            "细分领域        2024    2025E    2026E    2027E    CAGR(2024-2027E)\n"
            "基础模型与平台  18.5    27.0     38.6     52.0     41.1%\n"
            "教学应用        24.0    36.5     53.8     77.0     47.5%\n"
            "管理与评测       9.5    13.5     18.6     25.0     38.3%\n"
            "合计            52.0    77.0    111.0    154.0     43.6%\n"
            "资料来源：明川证券研究所，2025年6月；注：E为预测值。"
        ),
        obs=[
            ("基础模型与平台", 2024, 18.5, "CNY 100 million", "actual"),
            ("基础模型与平台", 2025, 27.0, "CNY 100 million", "estimate"),
            ("基础模型与平台", 2026, 38.6, "CNY 100 million", "estimate"),
            ("基础模型与平台", 2027, 52.0, "CNY 100 million", "estimate"),
            ("教学应用", 2024, 24.0, "CNY 100 million", "actual"),
            ("教学应用", 2025, 36.5, "CNY 100 million", "estimate"),
            ("教学应用", 2026, 53.8, "CNY 100 million", "estimate"),
            ("教学应用", 2027, 77.0, "CNY 100 million", "estimate"),
            ("管理与评测", 2024, 9.5, "CNY 100 million", "actual"),
            ("管理与评测", 2025, 13.5, "CNY 100 million", "estimate"),
            ("管理与评测", 2026, 18.6, "CNY 100 million", "estimate"),
            ("管理与评测", 2027, 25.0, "CNY 100 million", "estimate"),
            ("合计", 2024, 52.0, "CNY 100 million", "actual"),
            ("合计", 2025, 77.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 111.0, "CNY 100 million", "estimate"),
            ("合计", 2027, 154.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 41.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 47.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 38.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 43.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 18.5 + 24.0 + 9.5 = 52.0
            ("hierarchy", "exact"),  # 2025E: 27.0 + 36.5 + 13.5 = 77.0
            ("hierarchy", "exact"),  # 2026E: 38.6 + 53.8 + 18.6 = 111.0
            ("hierarchy", "exact"),  # 2027E: 52.0 + 77.0 + 25.0 = 154.0
            ("cagr|implied", "exact"),  # (52.0 / 18.5) ** (1/3) - 1 = 41.13% -> 41.1
            ("cagr|implied", "exact"),  # (77.0 / 24.0) ** (1/3) - 1 = 47.49% -> 47.5
            # (25.0 / 9.5) ** (1/3) - 1 = 38.06% -> 38.1, not 38.3; bounds (24.95/9.55) ** (1/3) - 1 = 37.73% ..
            # (25.05/9.45) ** (1/3) - 1 = 38.40% -> 38.3 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (154.0 / 52.0) ** (1/3) - 1 = 43.61% -> 43.6
        ],
    ),
    # 21. a US press release: 2024 base and 2030 forecast with a stated "2024-2030" CAGR; a subject's amount and its
    #    share of the total; distractors: report title years, page count, learners reached, survey answer,
    #    "a multibillion-dollar opportunity"
    dict(
        text=(
            "BOSTON, May 12, 2025 /PRNewswire/ -- Halvorsen Learning Analytics today published its 214-page "
            "\"AI Tutoring Apps: U.S. Outlook 2025-2030\". The firm sizes the U.S. market for AI tutoring apps at "
            "$2.41 billion in 2024 and projects that it will reach $9.05 billion in 2030, a compound annual growth "
            "rate of 24.7% over 2024-2030. Math tutoring remained the biggest subject at $0.98 billion, or 41% of the "
            "total, ahead of reading and test prep. Apps in the category reached an estimated 19 million K-12 "
            "learners last year, and 71% of the 1,850 parents polled said their child used one at least weekly. "
            "\"This is a multibillion-dollar opportunity that most districts still treat as a pilot,\" said "
            "managing director Colm Reidy."
        ),
        obs=[
            ("Total", 2024, 2.41, "USD billion", "actual"),
            ("Total", 2030, 9.05, "USD billion", "estimate"),
            ("Math tutoring", 2024, 0.98, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 24.7, "percent", 2024, 2030, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.05/2.41)**(1/6)-1 = 3.75519**(1/6)-1 = 24.673% -> 24.7
            ("arithmetic", "exact"),    # 0.98/2.41 = 40.66% -> 41
        ],
    ),
    # 22. a dated Tokyo news feature in yen: "last year" (2024) actual, "this year" (2025) estimate with an 18% rise,
    #    fiscal 2028 forecast; distractors: tuition per student in yen, "roughly a third", provider and household
    #    counts, percentage points
    dict(
        text=(
            "TOKYO, Sept. 3, 2025 — For decades Japan's juku cram schools sold hours in a classroom; increasingly "
            "they sell an algorithm. Spending on AI-driven learning services in Japan reached ¥128.4 billion last "
            "year and is expected to climb 18% to ¥151.5 billion this year, according to the Kaname Research "
            "Institute, which tracks 62 providers. By fiscal 2028 the institute sees the market at ¥236 billion. "
            "Families still pay an average of ¥38,000 a month per student in juku tuition, and AI-only courses cut "
            "that by roughly a third, Kaname's survey of 3,400 households found. The share of students using an AI "
            "drill app rose 9 percentage points over the year."
        ),
        obs=[
            ("Total", 2024, 128.4, "JPY billion", "actual"),
            ("Total", 2025, 151.5, "JPY billion", "estimate"),
            ("Total", 2028, 236, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 151.5/128.4 - 1 = 17.991% -> 18
        ],
    ),
    # 23. an earnings-call transcript: the CEO's TAM "last year" ($6.2bn, 2024) and "by 2028" ($18bn), "compounding at
    #    roughly 30% a year" (span only from the amounts' years -> inferred, exact only within rounding);
    #    distractors: quarter bookings, district count, hours saved, price target and upside, gross margin
    dict(
        text=(
            "Gradewise Inc. (NASDAQ: GRDW) Q2 2025 Earnings Call, August 6, 2025\n"
            "Priya Nandakumar, Chief Executive Officer: We booked $212 million in the quarter, up 38% year over "
            "year, and we now serve about 1,400 school districts. Stepping back, we think the addressable market for "
            "AI-assisted grading and feedback was about $6.2 billion last year, and we see it getting to $18 billion "
            "by 2028, compounding at roughly 30% a year. Teachers tell us the tools save them five hours a week.\n"
            "Dana Whitcombe, Ridgeline Capital: Thanks. Our $54 price target implies 20% upside, so the question is "
            "margin — where does gross margin settle after this year's 71%?"
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2028, 18, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (18/6.2)**(1/4)-1 = 30.53% -> 31, not 30; bounds 17.5/6.25 -> 29.36% .. 18.5/6.15 -> 31.70%: 30 inside
            ("cagr|period", "rounding"),
        ],
    ),
    # 24. a consultancy report chapter in euros: 2023 and 2024 amounts with "22% more", a use case's amount and share,
    #    a 2028 forecast with "about 17%" between 2024 and 2028 (stated span); distractors: chapter number,
    #    respondent count and survey answer, share of a training budget, percentage points
    dict(
        text=(
            "Chapter 3 — Workplace learning. European employers spent €3.9 billion on AI-enabled corporate "
            "e-learning in 2024, 22% more than the €3.2 billion they spent in 2023, Brightmoor Consulting estimates "
            "in its European Workplace Learning Review. Compliance training remained the largest use case at "
            "€1.4 billion, or 36% of spending, while AI coaching for managers grew fastest from a small base. "
            "Brightmoor expects spending to reach €7.4 billion in 2028, an average annual rise of about 17% between "
            "2024 and 2028. Of the 640 learning-and-development heads it surveyed, 58% plan to raise their AI "
            "budgets next year, and AI tools now take 11% of the typical training budget, up 4 percentage points."
        ),
        obs=[
            ("Total", 2023, 3.2, "EUR billion", "actual"),
            ("Total", 2024, 3.9, "EUR billion", "actual"),
            ("Total", 2028, 7.4, "EUR billion", "estimate"),
            ("Compliance training", 2024, 1.4, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.9/3.2 - 1 = 21.875% -> 22
            ("arithmetic", "exact"),    # 1.4/3.9 = 35.90% -> 36
            ("cagr|implied", "exact"),  # (7.4/3.9)**(1/4)-1 = 17.37% -> 17
        ],
    ),
    # 25. a broker's sector briefing: $1.05 billion "up 35% from $840 million" (a rate its amounts contradict; the
    #    million figure converted to the series' USD billion), a 2026 range as two value claims; distractors:
    #    units shipped, ASP change, a fourth-quarter figure, price target, a company's own revenue
    dict(
        text=(
            "Corvane Securities | Sector briefing | Learning devices\n"
            "Global sales of AI learning devices — tutoring tablets, smart pens and homework scanners — reached "
            "$1.05 billion in 2024, up 35% from $840 million in 2023, by our count. For 2026 we model a range of "
            "$1.6 billion to $1.9 billion, depending on how quickly schools in Southeast Asia adopt them. Unit "
            "shipments rose to 7.8 million in 2024 while average selling prices slipped by $9. Fourth-quarter "
            "sell-through alone came to $390 million. We reiterate Outperform on Lumora Tech with a $27 price "
            "target; Lumora's own 2024 revenue was $318 million."
        ),
        obs=[
            ("Total", 2024, 1.05, "USD billion", "actual"),
            ("Total", 2023, 0.84, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("value", 1.6, "USD billion", 2026, 2026, None),
            ("value", 1.9, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            # 21.05/0.84 - 1 = 25.0%; bounds 1.045/0.8405 -> 24.33% .. 1.055/0.8395 -> 25.67%: 35 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. a Simplified-Chinese wire story: 2024 亿元 amount with 同比增长, 2023 base, 到2027年有望达到 target with a
    #    stated 2024—2027 CAGR; distractors: units shipped (万台), price change in 元, a brand's own revenue, store count
    dict(
        text=(
            "本报北京2025年3月18日电（记者 林晓舟）记者从艾澜咨询获悉，2024年我国AI学习机市场规模达到286亿元，"
            "同比增长31.2%，2023年这一数字为218亿元。报告预计，到2027年市场规模有望达到530亿元，2024—2027年复合增长率"
            "约为22.8%。从出货量看，2024年全国AI学习机出货约680万台，线上渠道均价较上年提高约400元。头部品牌科睿教育"
            "当年学习机业务营收46.3亿元，线下门店数量超过3,000家。"
        ),
        obs=[
            ("Total", 2023, 218, "CNY 100 million", "actual"),
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("Total", 2027, 530, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 22.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286/218 - 1 = 31.19% -> 31.2
            ("cagr|implied", "exact"),  # (530/286)**(1/3)-1 = 1.85315**(1/3)-1 = 22.83% -> 22.8
        ],
    ),
    # 27. a white paper in 亿元 then 万亿元 (series keeps 亿元: 1.02万亿 -> 10200, 突破1.2万亿 -> 12000 estimate), a segment
    #    (教育大模型) amount and share; distractors: title year, 覆盖师生1.2亿人 (headcount), 千亿级
    dict(
        text=(
            "《2025中国智慧教育产业发展白皮书》显示，2023年我国智慧教育市场规模为8,650亿元，2024年增至1.02万亿元，"
            "同比增长17.9%。2024年，教育大模型规模约186亿元，占比约1.8%。白皮书预计，2025年智慧教育市场规模将突破"
            "1.2万亿元。目前智慧教育平台已覆盖师生超过1.2亿人，AI助教、智能排课、学情分析等千亿级细分赛道正在形成。"
        ),
        obs=[
            ("Total", 2023, 8650, "CNY 100 million", "actual"),
            ("Total", 2024, 10200, "CNY 100 million", "actual"),
            ("Total", 2025, 12000, "CNY 100 million", "estimate"),
            ("教育大模型", 2024, 186, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("share", 1.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10200/8650 - 1 = 17.92% -> 17.9
            ("arithmetic", "exact"),    # 186/10200 = 1.824% -> 1.8
        ],
    ),
    # 28. a research-institute note with 增长3倍至 between two printed amounts (x4 over 3 years, no verdict);
    #    distractors: a quarter's figure (2025年一季度), school and student counts, score gain in 分, hours, 百亿级
    dict(
        text=(
            "据鸿川研究院统计，我国AI作业批改市场由2021年的12亿元快速扩张，2024年较2021年增长3倍至48亿元。2025年一季度，"
            "市场规模约为13亿元，季节性高峰出现在期中、期末考试前后。目前相关产品已进入全国超过2.3万所中小学，服务学生约"
            "3,200万名；试点学校数学平均成绩提高6.5分，教师批改作业时间每周减少约4小时。研究院认为，随着教育大模型落地，"
            "这一赛道有望成长为百亿级市场。"
        ),
        obs=[
            ("Total", 2021, 12, "CNY 100 million", "actual"),
            ("Total", 2024, 48, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4 (48/12 = 4)
        ],
        verdicts=[],
    ),
    # 29. a provincial plan: 到2027年…力争达到800亿元 target, 2024—2027年年均增长20%左右 (stated), 2024 base;
    #    distractors: plan title years (2025—2027年), school count, teacher trainings (人次), 开课率100%
    dict(
        text=(
            "《江屿省推进教育数字化转型三年行动方案（2025—2027年）》近日印发。方案提出，到2027年，全省智慧教育产业规模"
            "力争达到800亿元，2024—2027年年均增长20%左右。据省教育厅测算，2024年全省智慧教育产业规模为460亿元。方案同时"
            "明确，到2027年建成省级智慧校园示范校1,200所，累计培训教师5万人次，中小学AI课程开课率达到100%。"
        ),
        obs=[
            ("Total", 2024, 460, "CNY 100 million", "actual"),
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (800/460)**(1/3)-1 = 1.73913**(1/3)-1 = 20.26% -> 20
        ],
    ),
    # 30. an industry observation with a 同比增长 its amounts contradict (45.8% printed, 32.7% computed), a segment (K12)
    #     amount and share; distractors: 约三成 (fraction in words), paying users, 个百分点, fee per learner
    dict(
        text=(
            "声澜数据发布的《AI口语陪练行业观察》显示，2024年AI口语陪练市场规模为64.5亿元，同比增长45.8%（2023年为"
            "48.6亿元）。分学段看，K12为37.4亿元，占比58.0%；成人及职场英语占比约三成。头部平台付费用户超过900万，"
            "续费率提升4.2个百分点，每名学员年均付费约1,150元。"
        ),
        obs=[
            ("Total", 2023, 48.6, "CNY 100 million", "actual"),
            ("Total", 2024, 64.5, "CNY 100 million", "actual"),
            ("K12", 2024, 37.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 45.8, "percent", 2023, 2024, 1.0),
            ("share", 58.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 84.5/48.6 - 1 = 32.72%; bounds 64.45/48.65 -> 32.48% .. 64.55/48.55 -> 32.96%: 45.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 37.4/64.5 = 57.98% -> 58.0
        ],
    ),
    # 31. a Traditional-Chinese Taiwan news item in 新台幣億元: 2024 vs 2023 成長20.5%, 預估2028年 with a stated
    #     2024至2028年 CAGR; distractors: student count, monthly tuition per student in NT$, survey answer, 百分點
    dict(
        text=(
            "【記者陳育萱／台北報導】台灣人工智慧教育科技協會今（15）日發布年度調查，2024年國內AI教育科技市場規模達"
            "新台幣182億元，較2023年的151億元成長20.5%。協會預估，2028年可望達到新台幣340億元，2024至2028年年複合"
            "成長率16.9%。調查也顯示，使用AI學習平台的中小學生已逾85萬人，補習班每生每月學費平均約新台幣6,500元；"
            "受訪的1,200位家長中，62%願意為AI家教付費，比例較去年增加7個百分點。"
        ),
        obs=[
            ("Total", 2023, 151, "TWD 100 million", "actual"),
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2028, 340, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182/151 - 1 = 20.53% -> 20.5
            ("cagr|implied", "exact"),  # (340/182)**(1/4)-1 = 1.86813**(1/4)-1 = 16.91% -> 16.9
        ],
    ),
    # 32. a Traditional-Chinese Hong Kong report in 億港元: 按年增長21.5% exact only within rounding, a 2026 forecast;
    #     distractors: 逾七成 (fraction in words), a funding total in 億港元, monthly tutoring fee per student
    dict(
        text=(
            "香港教育科技聯盟最新發表的報告指出，本港AI輔導及自適應學習平台市場規模於2024年達12.8億港元，按年增長21.5%；"
            "2023年為10.6億港元。報告預期，2026年市場規模可望增至18億港元。目前本港逾七成中學已引入AI批改工具，業內"
            "初創企業2024年共完成約3.2億港元融資；家長為每名學生支付的補習費用平均每月約2,800港元。"
        ),
        obs=[
            ("Total", 2023, 10.6, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2026, 18, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 32.8/10.6 - 1 = 20.75% -> 20.8, not 21.5; bounds 12.75/10.65 -> 19.72% .. 12.85/10.55 -> 21.80%: inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. a Traditional-Chinese item on Japan's market in 億日圓 with fiscal years (年度), a CAGR whose span only the
    #     amounts' years give (inferred), a segment (學校端) amount and share; distractors: student count,
    #     yearly spend per student in 萬日圓
    dict(
        text=(
            "日本數位學習產業協會的統計顯示，日本AI學習服務市場2024年度規模為1,850億日圓，預估2027年度將擴大至3,100億"
            "日圓，年均複合成長率約18.8%。其中學校端為620億日圓，占33.5%，其餘為家庭與補習班端。協會估計約有420萬名"
            "學生定期使用AI學習服務，平均每名學生每年支出約3.6萬日圓。"
        ),
        obs=[
            ("Total", 2024, 1850, "JPY 100 million", "actual"),
            ("Total", 2027, 3100, "JPY 100 million", "estimate"),
            ("學校端", 2024, 620, "JPY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2027, None, "inferred"),
            ("share", 33.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3100/1850)**(1/3)-1 = 1.67568**(1/3)-1 = 18.78% -> 18.8
            ("arithmetic", "exact"),   # 620/1850 = 33.51% -> 33.5
        ],
    ),
    # 34. a broker's deep-dive dated 2025年6月: 去年 (2024) total with hardware/software split and 占比60%, 今年 (2025,
    #     estimate) 增长25%至; distractors: rating, 目标价 and 上行空间, a company's own revenue, 个百分点 margin change
    dict(
        text=(
            "【华屿证券｜教育行业深度报告】2025年6月\n"
            "我们测算，去年国内AI教育市场规模为1,020亿元，其中硬件（学习机、词典笔、学习平板）612亿元，占比60%，软件及"
            "服务408亿元。受益于教育大模型应用落地，今年市场规模有望增长25%至1,275亿元。我们维持星途教育“买入”评级，"
            "目标价38.5元，对应上行空间22%；公司2024年营收41.7亿元，毛利率同比提升3.1个百分点。"
        ),
        obs=[
            ("Total", 2024, 1020, "CNY 100 million", "actual"),
            ("Total", 2025, 1275, "CNY 100 million", "estimate"),
            ("硬件", 2024, 612, "CNY 100 million", "actual"),
            ("软件及服务", 2024, 408, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 60, "percent", 2024, 2024, None),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 612/1020 = 60.0% -> 60
            ("cagr|implied", "exact"),  # 1275/1020 - 1 = 25.0% -> 25
        ],
    ),
    # 35. an English pipe table by segment and year with a Total row and E columns (rows add exactly), a stated
    #     2024-2028E CAGR in the note; distractors: table number, percentage points
    dict(
        text=(
            "Table 4. AI adaptive-learning platforms: market size by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2028E |\n"
            "|---|---|---|---|---|\n"
            "| K-12 | 1,840 | 2,310 | 2,870 | 5,020 |\n"
            "| Higher education | 960 | 1,180 | 1,430 | 2,350 |\n"
            "| Corporate | 1,210 | 1,530 | 1,940 | 3,610 |\n"
            "| Total | 4,010 | 5,020 | 6,240 | 10,980 |\n"
            "\n"
            "Source: Tessaly Edtech Research. The total grows at a 21.6% CAGR from 2024 to 2028E; K-12's share of the "
            "total slips 0.3 percentage points over the period."
        ),
        obs=[
            ("K-12", 2023, 1840, "USD million", "actual"),
            ("K-12", 2024, 2310, "USD million", "actual"),
            ("K-12", 2025, 2870, "USD million", "estimate"),
            ("K-12", 2028, 5020, "USD million", "estimate"),
            ("Higher education", 2023, 960, "USD million", "actual"),
            ("Higher education", 2024, 1180, "USD million", "actual"),
            ("Higher education", 2025, 1430, "USD million", "estimate"),
            ("Higher education", 2028, 2350, "USD million", "estimate"),
            ("Corporate", 2023, 1210, "USD million", "actual"),
            ("Corporate", 2024, 1530, "USD million", "actual"),
            ("Corporate", 2025, 1940, "USD million", "estimate"),
            ("Corporate", 2028, 3610, "USD million", "estimate"),
            ("Total", 2023, 4010, "USD million", "actual"),
            ("Total", 2024, 5020, "USD million", "actual"),
            ("Total", 2025, 6240, "USD million", "estimate"),
            ("Total", 2028, 10980, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 1840+960+1210 = 4010; 2310+1180+1530 = 5020; 2870+1430+1940 = 6240; 5020+2350+3610 = 10980
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (10980/5020)**(1/4)-1 = 2.18725**(1/4)-1 = 21.61% -> 21.6
        ],
    ),
    # 36. a Simplified-Chinese space-aligned pair: a shipments table (万台, expected nowhere) above a market-value table
    #     (亿元) with a 合计 row; a note with the value's 同比增长 and a shipments growth rate (nowhere)
    dict(
        text=(
            "表1  中国AI学习机出货量（万台）\n"
            "年份          2022    2023    2024\n"
            "出货量         412     538     706\n"
            "\n"
            "表2  中国AI学习机市场规模（亿元）\n"
            "细分          2022    2023    2024\n"
            "学习机硬件      118     161     219\n"
            "内容订阅         30      42      60\n"
            "合计           148     203     279\n"
            "\n"
            "数据来源：青杉研究。2024年市场规模同比增长37.4%，出货量同比增长31.2%。"
        ),
        obs=[
            ("学习机硬件", 2022, 118, "CNY 100 million", "actual"),
            ("学习机硬件", 2023, 161, "CNY 100 million", "actual"),
            ("学习机硬件", 2024, 219, "CNY 100 million", "actual"),
            ("内容订阅", 2022, 30, "CNY 100 million", "actual"),
            ("内容订阅", 2023, 42, "CNY 100 million", "actual"),
            ("内容订阅", 2024, 60, "CNY 100 million", "actual"),
            ("合计", 2022, 148, "CNY 100 million", "actual"),
            ("合计", 2023, 203, "CNY 100 million", "actual"),
            ("合计", 2024, 279, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 37.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 118+30 = 148; 161+42 = 203; 219+60 = 279
            ("cagr|implied", "exact"),  # 279/203 - 1 = 37.44% -> 37.4
        ],
    ),
    # 37. an English tab-separated vertical table (rows are years) with a lone value column headed by its unit only
    #     (-> Total) and a YoY column; the 2025E rate is exact only within rounding; distractor: licensed seats
    dict(
        text=(
            "Global AI-assisted grading software, market size\n"
            "Year\tUSD million\tYoY\n"
            "2021\t396\t—\n"
            "2022\t518\t30.8%\n"
            "2023\t684\t32.0%\n"
            "2024\t880\t28.7%\n"
            "2025E\t1,125\t27.9%\n"
            "Source: Marlow & Finch Edtech Monitor. Licensed seats reached 2.4 million in 2024."
        ),
        obs=[
            ("Total", 2021, 396, "USD million", "actual"),
            ("Total", 2022, 518, "USD million", "actual"),
            ("Total", 2023, 684, "USD million", "actual"),
            ("Total", 2024, 880, "USD million", "actual"),
            ("Total", 2025, 1125, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2021, 2022, 1.0),
            ("growth", 32.0, "percent", 2022, 2023, 1.0),
            ("growth", 28.7, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 518/396 - 1 = 30.81% -> 30.8
            ("cagr|implied", "exact"),     # 684/518 - 1 = 32.05% -> 32.0
            ("cagr|implied", "exact"),     # 880/684 - 1 = 28.655% -> 28.7
            # 1125/880 - 1 = 27.84% -> 27.8, not 27.9; bounds 1124.5/880.5 -> 27.71% .. 1125.5/879.5 -> 27.97%: inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 38. an English space-aligned table of Japan's market in ¥ billion by fiscal year (FY2025F estimate) whose rows
    #     miss the Total row by 0.1 in every column (rounding), a FY2024 growth exact only within rounding;
    #     distractors: member-company count, monthly fee per student in yen
    dict(
        text=(
            "Japan Learning Technology Council — AI-enabled education market by segment (¥ billion, fiscal years)\n"
            "\n"
            "Segment                   FY2023   FY2024   FY2025F\n"
            "School platforms            38.2     46.9      57.4\n"
            "Cram-school & tutoring      41.3     48.6      55.1\n"
            "Corporate learning          20.6     25.2      30.7\n"
            "Total                      100.0    120.6     143.1\n"
            "\n"
            "The council, which has 214 member companies, puts FY2024 growth at 20.5%. Monthly fees at AI-equipped "
            "cram schools average ¥29,000 per student."
        ),
        obs=[
            ("School platforms", 2023, 38.2, "JPY billion", "actual"),
            ("School platforms", 2024, 46.9, "JPY billion", "actual"),
            ("School platforms", 2025, 57.4, "JPY billion", "estimate"),
            ("Cram-school & tutoring", 2023, 41.3, "JPY billion", "actual"),
            ("Cram-school & tutoring", 2024, 48.6, "JPY billion", "actual"),
            ("Cram-school & tutoring", 2025, 55.1, "JPY billion", "estimate"),
            ("Corporate learning", 2023, 20.6, "JPY billion", "actual"),
            ("Corporate learning", 2024, 25.2, "JPY billion", "actual"),
            ("Corporate learning", 2025, 30.7, "JPY billion", "estimate"),
            ("Total", 2023, 100.0, "JPY billion", "actual"),
            ("Total", 2024, 120.6, "JPY billion", "actual"),
            ("Total", 2025, 143.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58.2+41.3+20.6 = 100.1 vs 100.0; 46.9+48.6+25.2 = 120.7 vs 120.6; 57.4+55.1+30.7 = 143.2 vs 143.1;
            # each sum can move +-0.15 (three rows at +-0.05) and each total +-0.05: every total reachable
            ("hierarchy", "rounding"),
            # 140.6/100.0 - 1 = 20.6%, not 20.5; bounds 120.55/100.05 -> 20.49% .. 120.65/99.95 -> 20.71%: inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 39. a Simplified-Chinese pipe table whose 合计 row comes first, 2025E-2027E estimate columns; the note gives a
    #     2024—2027 CAGR (stated) and software's share in 2024 and 2027 (part and whole printed); distractors:
    #     table number, 个百分点
    dict(
        text=(
            "表3 中国AI教育市场规模（亿元）\n"
            "| 类别 | 2023 | 2024 | 2025E | 2026E | 2027E |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 合计 | 1,120 | 1,352 | 1,618 | 1,921 | 2,265 |\n"
            "| 硬件 | 672 | 790 | 921 | 1,065 | 1,220 |\n"
            "| 软件 | 268 | 342 | 430 | 532 | 650 |\n"
            "| 内容与服务 | 180 | 220 | 267 | 324 | 395 |\n"
            "资料来源：岚桥证券研究所。我们预计2024—2027年市场规模年复合增长率为18.8%，软件占比将由2024年的25.3%提升至"
            "2027年的28.7%，提高3.4个百分点。"
        ),
        obs=[
            ("合计", 2023, 1120, "CNY 100 million", "actual"),
            ("合计", 2024, 1352, "CNY 100 million", "actual"),
            ("合计", 2025, 1618, "CNY 100 million", "estimate"),
            ("合计", 2026, 1921, "CNY 100 million", "estimate"),
            ("合计", 2027, 2265, "CNY 100 million", "estimate"),
            ("硬件", 2023, 672, "CNY 100 million", "actual"),
            ("硬件", 2024, 790, "CNY 100 million", "actual"),
            ("硬件", 2025, 921, "CNY 100 million", "estimate"),
            ("硬件", 2026, 1065, "CNY 100 million", "estimate"),
            ("硬件", 2027, 1220, "CNY 100 million", "estimate"),
            ("软件", 2023, 268, "CNY 100 million", "actual"),
            ("软件", 2024, 342, "CNY 100 million", "actual"),
            ("软件", 2025, 430, "CNY 100 million", "estimate"),
            ("软件", 2026, 532, "CNY 100 million", "estimate"),
            ("软件", 2027, 650, "CNY 100 million", "estimate"),
            ("内容与服务", 2023, 180, "CNY 100 million", "actual"),
            ("内容与服务", 2024, 220, "CNY 100 million", "actual"),
            ("内容与服务", 2025, 267, "CNY 100 million", "estimate"),
            ("内容与服务", 2026, 324, "CNY 100 million", "estimate"),
            ("内容与服务", 2027, 395, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2027, None, "stated"),
            ("share", 25.3, "percent", 2024, 2024, None),
            ("share", 28.7, "percent", 2027, 2027, None),
        ],
        verdicts=[
            # 672+268+180 = 1120; 790+342+220 = 1352; 921+430+267 = 1618; 1065+532+324 = 1921; 1220+650+395 = 2265
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (2265/1352)**(1/3)-1 = 1.67530**(1/3)-1 = 18.77% -> 18.8
            ("arithmetic", "exact"),    # 342/1352 = 25.30% -> 25.3
            ("arithmetic", "exact"),    # 650/2265 = 28.70% -> 28.7
        ],
    ),
    # 40. a Traditional-Chinese tab-separated table in 新台幣億元 by school level with a 合計 row and a 2025年(預估)
    #     column; a note with a level's 2024 share and the total's growth; distractors: registered students,
    #     per-student fee per semester
    dict(
        text=(
            "表二　台灣AI學習平台市場規模（單位：新台幣億元）\n"
            "學制\t2023年\t2024年\t2025年(預估)\n"
            "國中小\t28.4\t35.1\t42.6\n"
            "高中職\t17.9\t21.8\t26.0\n"
            "大專校院\t12.3\t15.6\t19.2\n"
            "合計\t58.6\t72.5\t87.8\n"
            "說明：2024年國中小占整體市場的48.4%，合計規模較2023年成長23.7%。平台註冊學生人數達128萬人，每生每學期"
            "平均付費約新台幣1,200元。"
        ),
        obs=[
            ("國中小", 2023, 28.4, "TWD 100 million", "actual"),
            ("國中小", 2024, 35.1, "TWD 100 million", "actual"),
            ("國中小", 2025, 42.6, "TWD 100 million", "estimate"),
            ("高中職", 2023, 17.9, "TWD 100 million", "actual"),
            ("高中職", 2024, 21.8, "TWD 100 million", "actual"),
            ("高中職", 2025, 26.0, "TWD 100 million", "estimate"),
            ("大專校院", 2023, 12.3, "TWD 100 million", "actual"),
            ("大專校院", 2024, 15.6, "TWD 100 million", "actual"),
            ("大專校院", 2025, 19.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 58.6, "TWD 100 million", "actual"),
            ("合計", 2024, 72.5, "TWD 100 million", "actual"),
            ("合計", 2025, 87.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 48.4, "percent", 2024, 2024, None),
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 28.4+17.9+12.3 = 58.6; 35.1+21.8+15.6 = 72.5; 42.6+26.0+19.2 = 87.8
            ("arithmetic", "exact"),    # 35.1/72.5 = 48.41% -> 48.4
            ("cagr|implied", "exact"),  # 72.5/58.6 - 1 = 23.72% -> 23.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 9, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'last year, 23% more than the $1.50 billion spent in 2023',
    'a compound annual growth rate of 20.1% over 2024-2030',
    'total addressable market for AI-assisted grading',
    'a 26% CAGR over 2024-26',
    'a rise of 21.8% on the £610 million spent in 2023',
    'reached ¥128.0 billion in fiscal 2024',
    'from $860 million in 2023 to $1.12 billion in 2024',
    'about 2.4x the 2023 level',
    'accounted for $1.39 billion, or 58%',
    'A rival estimate from Corvane Insights',
    '年均复合增长率为22.4%，到2027年有望达到525亿元',
    '2028年规模有望突破1.6万亿元',
    '達新台幣58億元，較2023年的47億元成長23.4%',
    '市場規模約12.6億港元，按年增長25%',
    '其中K12规模31.2亿元，占比64.0%',
    '| Total | 4.50 | 5.65 | 7.08 | 8.75 |',
    '年份\t亿元',
    'Total market             102.5    125.6     188.0',
    '合計\t73.7\t86.0\t100.8',
    'CAGR(2024-2027E)',
    'a compound annual growth rate of 24.7% over 2024-2030',
    'is expected to climb 18% to ¥151.5 billion this year',
    'compounding at roughly 30% a year',
    'an average annual rise of about 17% between 2024 and 2028',
    'up 35% from $840 million in 2023',
    'a range of $1.6 billion to $1.9 billion',
    '到2027年市场规模有望达到530亿元',
    '2024年增至1.02万亿元',
    '较2021年增长3倍至48亿元',
    '年均增长20%左右',
    '新台幣182億元，較2023年的151億元成長20.5%',
    '按年增長21.5%',
    '1,850億日圓',
    '今年市场规模有望增长25%至1,275亿元',
    '| Total | 4,010 | 5,020 | 6,240 | 10,980 |',
    '合计           148     203     279',
    'Year\tUSD million\tYoY',
    'FY2025F',
    '| 合计 | 1,120 |',
    '2025年(預估)',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 234
#: figures, 49 rates, 76 verdicts and 2 false inconsistent
#: after the readings chosen on it: 240, 50, 81 and 0
FLOORS = {"figures_found": 240, "rates_found": 50, "verdicts_right": 81}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset132.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
