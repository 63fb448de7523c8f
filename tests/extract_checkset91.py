"""A ninety-first check set for the extractor, written blind: statistics round-ups and listicles as blogs, SEO sites and
newsletters publish them, in English and Chinese ("27 AI market statistics you need to know", numbered stats each
citing its source in brackets or after a dash, several markets in one list, two publishers' figures for one market
and year, survey shares and fun facts among them, 盘点, 一文看懂, 数据速览, 懶人包) -- and companies' annual reports and
filings that describe their industry: a 10-K's or 20-F's business section and MD&A ("According to IDC, the worldwide
market for ... was", "we estimate our serviceable addressable market at"), 行业发展情况 and 管理层讨论与分析, a Hong Kong
listed company's 行業概覽, with the company's own revenue, segments, margins, backlog, headcount and market share as
distractors beside the industry's figures, and tables of both.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. SEO listicle "27 AI market statistics": size + stated 2024-2030 CAGR in one bullet, a second publisher's
    #    2024 figure (nowhere), chatbots as their own series with a YoY rate, a survey "fun fact" and a vague
    #    "multibillion-dollar opportunity" (nowhere)
    dict(
        text=(
            "27 AI market statistics you need to know in 2025 (updated 14 January 2025)\n"
            "1. The global AI market was worth $184 billion in 2024 and is projected to reach $826.7 billion by "
            "2030, a 2024-2030 CAGR of 28.5% (Statista).\n"
            "2. Grand View Research sizes the same 2024 market a little higher, at $196.6 billion.\n"
            "3. Chatbots: $7.8 billion in 2024, up 23.8% from $6.3 billion in 2023 — Merriton Insights.\n"
            "4. Fun fact: 77% of the 1,150 companies polled by Halvorsen Pulse say they already use or are "
            "exploring AI.\n"
            "5. Closing the AI skills gap is a multibillion-dollar opportunity for training providers [4]."
        ),
        obs=[
            ("Total", 2024, 184, "USD billion", "actual"),
            ("Total", 2030, 826.7, "USD billion", "estimate"),
            ("Chatbots", 2024, 7.8, "USD billion", "actual"),
            ("Chatbots", 2023, 6.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2024, 2030, None, "stated"),
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (826.7 / 184) ** (1/6) - 1 = 28.456% -> 28.5
            ("cagr|implied", "exact"),  # 7.8 / 6.3 - 1 = 23.810% -> 23.8
        ],
    ),
    # 2. newsletter "Key stats at a glance" with bullets "via ...": last year / this year (estimate) with a +12.4%
    #    its own amounts contradict; two sub-markets; "roughly 2.5x" multiple; breach cost, issue number and a
    #    workforce gap headcount (nowhere)
    dict(
        text=(
            "The Patch Notes — Issue 212, 9 April 2025. Key stats at a glance:\n"
            "• Global cybersecurity spending: $193 billion last year, rising to $212 billion this year, +12.4% "
            "(via Tandem Research).\n"
            "• Cloud security remains the fastest-growing slice, at $8.9 billion in 2024 (Gartley & Moss).\n"
            "• Zero-trust tools: $31.6 billion in 2024, on track for $78.5 billion by 2029, roughly 2.5x — "
            "Kestrel Data.\n"
            "• The average breach now costs a victim $4.9 million, according to a survey of 600 firms.\n"
            "• The industry is still short of 4 million security workers."
        ),
        obs=[
            ("Total", 2024, 193, "USD billion", "actual"),
            ("Total", 2025, 212, "USD billion", "estimate"),
            ("Cloud security", 2024, 8.9, "USD billion", "actual"),
            ("Zero-trust tools", 2024, 31.6, "USD billion", "actual"),
            ("Zero-trust tools", 2029, 78.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2024, 2025, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2029, 5.0),  # "roughly 2.5x", no verdict
        ],
        verdicts=[
            # 212 / 193 - 1 = 9.845%; bounds 211.5/193.5 - 1 = 9.30% .. 212.5/192.5 - 1 = 10.39%: 12.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. blog listicle with [n] citations: CAGR with no printed span (inferred from 2024 and 2028 amounts), the
    #    2028 figure in trillions converted to the series' USD billion, a rival 2024 estimate (nowhere), an IaaS
    #    share with part and whole printed, the blog's own quarterly revenue and a survey (nowhere)
    dict(
        text=(
            "Posted 2 February 2025 by the StackPilot team — 15 cloud computing statistics for 2025.\n"
            "1. Public cloud spending reached $595.7 billion in 2024 and is forecast to hit $1.12 trillion in 2028, "
            "a 17.1% compound annual growth rate [1].\n"
            "2. A rival estimate from Oakhurst Partners put 2024 at $561 billion [2].\n"
            "3. Infrastructure-as-a-service made up 30.5% of that 2024 total, or $181.7 billion [1].\n"
            "4. Our own cloud revenue at StackPilot grew 41% last quarter.\n"
            "5. 94% of enterprises use at least one cloud service, per the Flexwell survey [3]."
        ),
        obs=[
            ("Total", 2024, 595.7, "USD billion", "actual"),
            ("Total", 2028, 1120, "USD billion", "estimate"),
            ("Infrastructure-as-a-service", 2024, 181.7, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2028, None, "inferred"),
            ("share", 30.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1120 / 595.7) ** (1/4) - 1 = 17.097% -> 17.1
            ("arithmetic", "exact"),   # 181.7 / 595.7 = 30.502% -> 30.5
        ],
    ),
    # 4. SEO page on AI in healthcare: "more than fivefold" by 2030 (x5, no verdict), a 2030 range from several
    #    sources (two value claims), a segment "a year earlier" with a 25% jump; physician survey and
    #    percentage points (nowhere)
    dict(
        text=(
            "AI in healthcare: 12 numbers worth knowing (updated July 2025)\n"
            "- The AI-in-healthcare market stood at $26.6 billion in 2024 (Corbel Insights), and analysts expect it "
            "to be more than fivefold larger by 2030.\n"
            "- For 2030, published forecasts range from $148 billion to $187 billion, depending on the source.\n"
            "- Medical imaging AI: $1.6 billion in 2024 versus $1.28 billion a year earlier, a 25% jump — Sorrel "
            "Health Analytics.\n"
            "- 64% of physicians surveyed say AI tools save them time every week.\n"
            "- The share of US hospitals using AI for scheduling rose 9 percentage points in a year."
        ),
        obs=[
            ("Total", 2024, 26.6, "USD billion", "actual"),
            ("Medical imaging AI", 2024, 1.6, "USD billion", "actual"),
            ("Medical imaging AI", 2023, 1.28, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2030, 6.0),  # "more than fivefold", no verdict
            ("value", 148, "USD billion", 2030, 2030, None),
            ("value", 187, "USD billion", 2030, 2030, None),
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.6 / 1.28 - 1 = 25.000% -> 25
        ],
    ),
    # 5. Tokyo newsletter in yen: fiscal years (fiscal 2024, FY2026), a CAGR given only by its amounts' years,
    #    a logistics segment "up 15%"; a company's quarterly orders and an engineer headcount (nowhere)
    dict(
        text=(
            "Robotics by the numbers — Tokyo Tech Weekly, 18 November 2025.\n"
            "- Japan's service-robot market: ¥486 billion in fiscal 2024, forecast at ¥642 billion in FY2026 "
            "(Kanda Research Institute), implying growth of about 14.9% a year.\n"
            "- Logistics robots brought in ¥112 billion in fiscal 2024, up 15% from ¥97.5 billion in fiscal 2023.\n"
            "- Orders at Fukuhara Robotics hit ¥88 billion in the July-September quarter.\n"
            "- The sector employs roughly 38,000 engineers nationwide."
        ),
        obs=[
            ("Total", 2024, 486, "JPY billion", "actual"),
            ("Total", 2026, 642, "JPY billion", "estimate"),
            ("Logistics robots", 2024, 112, "JPY billion", "actual"),
            ("Logistics robots", 2023, 97.5, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 14.9, "percent", 2024, 2026, None, "inferred"),
            ("growth", 15, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (642 / 486) ** (1/2) - 1 = 14.934% -> 14.9
            ("cagr|implied", "exact"),  # 112 / 97.5 - 1 = 14.872% -> 15
        ],
    ),
    # 6. "10 chip stats worth bookmarking": 19.1% that only the rounding bounds reach, memory's share with part and
    #    whole printed, AI accelerators with a second tracker's figure (nowhere); price target, upside and a count
    #    of fabs (nowhere)
    dict(
        text=(
            "The Silicon Digest, 5 March 2025 — 10 chip stats worth bookmarking.\n"
            "1. Global semiconductor sales hit $627 billion in 2024, up 19.1% on 2023's $526.8 billion (Wexford "
            "Semiconductor Council).\n"
            "2. Memory chips were $165 billion of that, a 26.3% share.\n"
            "3. AI accelerators were a $71 billion market in 2024 [Pinecrest], though another tracker, Dunmore Data, "
            "says $83 billion.\n"
            "4. Analysts' price target on Valtrex Micro is $210, implying 18% upside.\n"
            "5. Eighteen new fabs broke ground worldwide last year."
        ),
        obs=[
            ("Total", 2024, 627, "USD billion", "actual"),
            ("Total", 2023, 526.8, "USD billion", "actual"),
            ("Memory chips", 2024, 165, "USD billion", "actual"),
            ("AI accelerators", 2024, 71, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("share", 26.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 627 / 526.8 - 1 = 19.021% -> 19.0, not 19.1; bounds 626.5/526.85 - 1 = 18.91% .. 627.5/526.75 - 1
            # = 19.13%: 19.1 reachable -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 165 / 627 = 26.316% -> 26.3
        ],
    ),
    # 7. blog prose "the stats that matter": a stated "from 2024 to 2029" CAGR its amounts contradict, smart
    #    speakers "last year"; a Q1 growth rate, "about a quarter of" households and an affiliate's revenue (nowhere)
    dict(
        text=(
            "Smart home in 2025: the stats that matter (22 May 2025). The smart home market generated $127.8 "
            "billion in 2024 and should reach $231.6 billion in 2029, a CAGR of 14.6% from 2024 to 2029, says "
            "Lindqvist & Rao. Smart speakers, the category's gateway device, brought in $11.4 billion last year "
            "(via Ostrander Data). In Q1 2025 alone, smart-lock shipments rose 17% year on year. About a quarter "
            "of US households now own a smart thermostat. Full disclosure: our affiliate partner Homewise booked "
            "$45 million in revenue last year."
        ),
        obs=[
            ("Total", 2024, 127.8, "USD billion", "actual"),
            ("Total", 2029, 231.6, "USD billion", "estimate"),
            ("Smart speakers", 2024, 11.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (231.6 / 127.8) ** (1/5) - 1 = 12.627%; bounds (231.55/127.85) -> 12.613% .. (231.65/127.75)
            # -> 12.640%: 14.6 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. newsletter "fast facts" dated October 2025: "this year" (estimate, "around"), "last year" (actual),
    #    "next year" (estimate), a 31% rise, a software series in USD million with "2.5x by 2028"; percentage
    #    points, a pilot share and a headcount (nowhere)
    dict(
        text=(
            "Quantum computing fast facts — Qubit Brief, 10 October 2025.\n"
            "- The quantum computing market should end this year at around $1.9 billion, a 31% rise from $1.45 "
            "billion last year, per Ferncliff Analytics.\n"
            "- Next year it is forecast to reach $2.4 billion.\n"
            "- Quantum software is on track for $420 million this year and is expected to grow 2.5x by 2028.\n"
            "- 23% of Fortune 500 firms now run quantum pilots, up 6 percentage points.\n"
            "- About 11,000 people work as quantum specialists worldwide."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2024, 1.45, "USD billion", "actual"),
            ("Total", 2026, 2.4, "USD billion", "estimate"),
            ("Quantum software", 2025, 420, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("multiple", 2.5, "multiple", 2025, 2028, 3.0),  # "2.5x by 2028", no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.9 / 1.45 - 1 = 31.034% -> 31
        ],
    ),
    # 9. Simplified 一文看懂 list with 数据来源: core-industry size with 同比 and its 2023 base, a 大模型 part with
    #    年均复合增长率 and no printed span (inferred); a second institute's 2024 figure, 千亿级 and a headcount
    #    (nowhere)
    dict(
        text=(
            "一文看懂中国人工智能市场（2025年3月更新）\n"
            "1. 2024年中国人工智能核心产业规模达到5784亿元，同比增长13.9%，2023年为5080亿元（数据来源：华启智库）。\n"
            "2. 其中大模型市场规模为294亿元，预计2028年将达到1045亿元，年均复合增长率37.3%。\n"
            "3. 另据鼎元咨询测算，2024年核心产业规模约为6000亿元。\n"
            "4. 智能体被普遍视为下一个千亿级赛道。\n"
            "5. 某头部厂商的AI研发人员已超过2万人。"
        ),
        obs=[
            ("Total", 2024, 5784, "CNY 100 million", "actual"),
            ("Total", 2023, 5080, "CNY 100 million", "actual"),
            ("大模型", 2024, 294, "CNY 100 million", "actual"),
            ("大模型", 2028, 1045, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("cagr", 37.3, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5784 / 5080 - 1 = 13.858% -> 13.9
            ("cagr|period", "exact"),   # (1045 / 294) ** (1/4) - 1 = 37.307% -> 37.3
        ],
    ),
    # 10. 知乎-style answer with a 数据来源 note: 2023 -> 2024 with 同比, a 2027 "突破2.1万亿元" converted to the
    #     series' 亿元 (21000), 公有云 share with part and whole; report title year, the answerer's company revenue
    #     and an SME cloud-adoption rate (nowhere)
    dict(
        text=(
            "问：中国云计算市场到底有多大？\n"
            "答：先说结论。2023年中国云计算市场规模为6165亿元，2024年增长到8288亿元，同比增长34.4%。其中公有云市场"
            "5617亿元，占比67.8%。照这个势头，2027年有望突破2.1万亿元。顺便说一句，我所在的公司去年云业务收入约12亿元，"
            "评论区有人问渗透率，目前中小企业上云率约45%。\n"
            "数据来源：华信云研究中心《2025云计算发展报告》。（编辑于 2025-03-18）"
        ),
        obs=[
            ("Total", 2023, 6165, "CNY 100 million", "actual"),
            ("Total", 2024, 8288, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),
            ("公有云", 2024, 5617, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 34.4, "percent", 2023, 2024, 1.0),
            ("share", 67.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8288 / 6165 - 1 = 34.436% -> 34.4
            ("arithmetic", "exact"),    # 5617 / 8288 = 67.773% -> 67.8
        ],
    ),
    # 11. Traditional Chinese 懶人包 (Taiwan) in 新台幣億元: 約9,850億元 base, 2025 預估 1兆3,600億元 (13600) with 年增38%,
    #     AI伺服器 2025 amount and share; a vendor's quarterly revenue and a price target (nowhere)
    dict(
        text=(
            "【懶人包】一次看懂台灣伺服器產業（2025年8月）\n"
            "1. 2024年台灣伺服器產值約新台幣9,850億元，預估2025年將成長至1兆3,600億元，年增38%（資料來源：鼎新產業研究所）。\n"
            "2. 其中AI伺服器2025年產值預估為新台幣8,700億元，占整體64%。\n"
            "3. 代工大廠宏碩電腦第二季營收達新台幣2,870億元，創同期新高。\n"
            "4. 外資給予宏碩目標價新台幣1,250元。"
        ),
        obs=[
            ("Total", 2024, 9850, "TWD 100 million", "actual"),
            ("Total", 2025, 13600, "TWD 100 million", "estimate"),
            ("AI伺服器", 2025, 8700, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("share", 64, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 13600 / 9850 - 1 = 38.071% -> 38
            ("arithmetic", "exact"),    # 8700 / 13600 = 63.971% -> 64
        ],
    ),
    # 12. Traditional Chinese 數據速覽 (Hong Kong) in 億港元: 2023 -> 2024 with 增長15.4%, 2028 預計 with 年複合增長率
    #     and no printed span (inferred); another institute's 2024 figure, a survey share and a headcount (nowhere)
    dict(
        text=(
            "【數據速覽】香港金融科技市場懶人包（2025年6月）\n"
            "・香港金融科技市場規模於2024年達到486億港元，較2023年的421億港元增長15.4%（資料來源：港灣研究）。\n"
            "・預計2028年將達到820億港元，年複合增長率約14%。\n"
            "・另一機構的數據則顯示，2024年規模為530億港元。\n"
            "・受訪市民中有68%每周使用電子錢包。\n"
            "・某大型銀行的金融科技團隊已擴充至1,300人。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 421, "HKD 100 million", "actual"),
            ("Total", 2028, 820, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.4, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 421 - 1 = 15.439% -> 15.4
            ("cagr|period", "exact"),   # (820 / 486) ** (1/4) - 1 = 13.971% -> 14
        ],
    ),
    # 13. Traditional Chinese 懶人包 (Taiwan EV charging) in 新台幣億元: 48 -> 63億元 with 年增31.6% that only rounding
    #     reaches; 2027 有望 150億元; 約四成 share in words, an operator's revenue and a charger count (nowhere)
    dict(
        text=(
            "電動車充電樁懶人包（2025年4月更新）：台灣充電樁市場規模2023年為新台幣48億元，2024年成長至63億元，年增31.6%"
            "（資料來源：綠程能源研究室）。展望未來，2027年市場有望達到150億元。快充樁約占四成，全台公共充電樁數量已突破1.8萬座。"
            "業者速能科技去年營收則為12.3億元。"
        ),
        obs=[
            ("Total", 2023, 48, "TWD 100 million", "actual"),
            ("Total", 2024, 63, "TWD 100 million", "actual"),
            ("Total", 2027, 150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 63 / 48 - 1 = 31.25% -> 31.3, not 31.6; bounds 62.5/48.5 - 1 = 28.87% .. 63.5/47.5 - 1 = 33.68%:
            # 31.6 reachable -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified 数据速览 newsletter with an issue number: whole market 2024 + 2025 突破 (estimate), 智能座舱 with
    #     同比增长22.5% its amounts contradict, 自动驾驶解决方案 "较2021年增长3倍" between two printed amounts (x4);
    #     reader survey, penetration rate and percentage points (nowhere)
    dict(
        text=(
            "数据速览｜中国智能网联汽车（第38期，2025年9月）\n"
            "• 2024年中国智能网联汽车市场规模为5,870亿元，预计2025年突破7,000亿元（来源：北辰汽车研究院）。\n"
            "• 智能座舱：2024年1,280亿元，同比增长22.5%；2023年为1,030亿元。\n"
            "• 自动驾驶解决方案：由2021年的120亿元增长至2024年的480亿元，较2021年增长3倍。\n"
            "• L2级辅助驾驶渗透率提升至57%，较上年提高9个百分点。\n"
            "• 本期读者调查：61%的读者愿意为高阶智驾付费。"
        ),
        obs=[
            ("Total", 2024, 5870, "CNY 100 million", "actual"),
            ("Total", 2025, 7000, "CNY 100 million", "estimate"),
            ("智能座舱", 2024, 1280, "CNY 100 million", "actual"),
            ("智能座舱", 2023, 1030, "CNY 100 million", "actual"),
            ("自动驾驶解决方案", 2021, 120, "CNY 100 million", "actual"),
            ("自动驾驶解决方案", 2024, 480, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4, no verdict
        ],
        verdicts=[
            # 1280 / 1030 - 1 = 24.272%; bounds 1279.5/1030.5 - 1 = 24.16% .. 1280.5/1029.5 - 1 = 24.38%:
            # 22.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Simplified 盘点 of ten figures in 万亿元 (series opens in 万亿元 -> CNY trillion): 2023 -> 2024 增长7.2%,
    #     2025 预计, 核心产业 part with 占比; counts of projects and firms (nowhere)
    dict(
        text=(
            "盘点｜工业互联网十大数据（2025年1月）\n"
            "1. 2023年中国工业互联网产业增加值规模为4.69万亿元，2024年约为5.03万亿元，增长7.2%（数据来源：工联研究院）。\n"
            "2. 其中核心产业规模为1.53万亿元，占比30.4%。\n"
            "3. 预计2025年产业增加值将达到5.4万亿元。\n"
            "4. 全国“5G+工业互联网”项目已超过1.8万个，重点平台服务企业超过30万家。"
        ),
        obs=[
            ("Total", 2023, 4.69, "CNY trillion", "actual"),
            ("Total", 2024, 5.03, "CNY trillion", "actual"),
            ("Total", 2025, 5.4, "CNY trillion", "estimate"),
            ("核心产业", 2024, 1.53, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("share", 30.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.03 / 4.69 - 1 = 7.2495% -> 7.2
            ("arithmetic", "exact"),    # 1.53 / 5.03 = 30.417% -> 30.4
        ],
    ),
    # 16. English pipe table "Key stats at a glance", layers by year with a YoY column and a Total row: three
    #     exact YoY rates, one (42.5%) only within rounding, rows add to Total in both years
    dict(
        text=(
            "Key stats at a glance: generative AI spending by layer (Halloway Research, via our newsletter, "
            "12 February 2025). Figures in USD billion.\n"
            "| Layer | 2023 | 2024 | YoY |\n"
            "|---|---|---|---|\n"
            "| Foundation models | 11.3 | 19.4 | 71.7% |\n"
            "| AI applications | 14.6 | 23.8 | 63.0% |\n"
            "| Infrastructure & tooling | 9.9 | 14.1 | 42.5% |\n"
            "| Total | 35.8 | 57.3 | 60.1% |\n"
        ),
        obs=[
            ("Foundation models", 2023, 11.3, "USD billion", "actual"),
            ("Foundation models", 2024, 19.4, "USD billion", "actual"),
            ("AI applications", 2023, 14.6, "USD billion", "actual"),
            ("AI applications", 2024, 23.8, "USD billion", "actual"),
            ("Infrastructure & tooling", 2023, 9.9, "USD billion", "actual"),
            ("Infrastructure & tooling", 2024, 14.1, "USD billion", "actual"),
            ("Total", 2023, 35.8, "USD billion", "actual"),
            ("Total", 2024, 57.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 71.7, "percent", 2023, 2024, 1.0),
            ("growth", 63.0, "percent", 2023, 2024, 1.0),
            ("growth", 42.5, "percent", 2023, 2024, 1.0),
            ("growth", 60.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 19.4 / 11.3 - 1 = 71.681% -> 71.7
            ("cagr|implied", "exact"),     # 23.8 / 14.6 - 1 = 63.014% -> 63.0
            # 14.1 / 9.9 - 1 = 42.424% -> 42.4, not 42.5; bounds 14.05/9.95 - 1 = 41.21% .. 14.15/9.85 - 1
            # = 43.65%: 42.5 reachable -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 57.3 / 35.8 - 1 = 60.056% -> 60.1
            ("hierarchy", "exact"),        # 2023: 11.3 + 14.6 + 9.9 = 35.8
            ("hierarchy", "exact"),        # 2024: 19.4 + 23.8 + 14.1 = 57.3
        ],
    ),
    # 17. Chinese vertical pipe table (rows are years), lone value column headed by its unit only (亿元 -> Total),
    #     a 同比 column, 2025E (estimate); a listed vendor's revenue in the note (nowhere)
    dict(
        text=(
            "中国AI芯片市场规模一览（数据来源：智研星图，2025年5月）\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2022 | 850 | — |\n"
            "| 2023 | 1206 | 41.9% |\n"
            "| 2024 | 1447 | 20.0% |\n"
            "| 2025E | 1780 | 23.0% |\n"
            "注：2025E为预测值。榜单第3条提到的寒芯科技2024年营收为11.7亿元，未计入上表。"
        ),
        obs=[
            ("Total", 2022, 850, "CNY 100 million", "actual"),
            ("Total", 2023, 1206, "CNY 100 million", "actual"),
            ("Total", 2024, 1447, "CNY 100 million", "actual"),
            ("Total", 2025, 1780, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.9, "percent", 2022, 2023, 1.0),
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1206 / 850 - 1 = 41.882% -> 41.9
            ("cagr|implied", "exact"),  # 1447 / 1206 - 1 = 19.983% -> 20.0
            ("cagr|implied", "exact"),  # 1780 / 1447 - 1 = 23.013% -> 23.0
        ],
    ),
    # 18. English tab-separated table, four markets each its own series with 2024, 2030F and a "CAGR 2024-30"
    #     column (stated) and a source column; chatbots' 23.3% only within rounding
    dict(
        text=(
            "AI market statistics: the four segments everyone quotes (US$ billion), compiled March 2025\n"
            "Segment\t2024\t2030F\tCAGR 2024-30\tSource\n"
            "AI software\t122.0\t467.5\t25.1%\tStatista\n"
            "Chatbots\t7.8\t27.3\t23.3%\tGrand View Research\n"
            "Computer vision\t22.6\t58.3\t17.1%\tBrightwater Analytics\n"
            "AI in healthcare\t26.6\t187.7\t38.5%\tCorbel Insights\n"
        ),
        obs=[
            ("AI software", 2024, 122.0, "USD billion", "actual"),
            ("AI software", 2030, 467.5, "USD billion", "estimate"),
            ("Chatbots", 2024, 7.8, "USD billion", "actual"),
            ("Chatbots", 2030, 27.3, "USD billion", "estimate"),
            ("Computer vision", 2024, 22.6, "USD billion", "actual"),
            ("Computer vision", 2030, 58.3, "USD billion", "estimate"),
            ("AI in healthcare", 2024, 26.6, "USD billion", "actual"),
            ("AI in healthcare", 2030, 187.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 38.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (467.5 / 122.0) ** (1/6) - 1 = 25.094% -> 25.1
            # (27.3 / 7.8) ** (1/6) - 1 = 23.219% -> 23.2, not 23.3; bounds (27.25/7.85) -> 23.05% ..
            # (27.35/7.75) -> 23.39%: 23.3 reachable -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (58.3 / 22.6) ** (1/6) - 1 = 17.110% -> 17.1
            ("cagr|implied", "exact"),     # (187.7 / 26.6) ** (1/6) - 1 = 38.494% -> 38.5
        ],
    ),
    # 19. Traditional Chinese space-aligned table in 新台幣億元, segments and a 合計 row over 2023, 2024 and 2025(F):
    #     rows add exactly in 2023 and 2024, and to within 1 in 2025(F) (rounding); a price target (nowhere)
    dict(
        text=(
            "台灣半導體產值懶人包（單位：新台幣億元；資料來源：鼎新產業研究所，2025年2月）\n"
            "項目        2023      2024    2025(F)\n"
            "IC設計     10,880    12,823    14,600\n"
            "IC製造     23,212    28,574    33,900\n"
            "IC封裝      3,650     3,997     4,290\n"
            "IC測試      1,749     1,914     2,060\n"
            "合計       39,491    47,308    54,851\n"
            "註：2025(F)為預測值。另有外資將晶圓代工龍頭目標價上調至新台幣1,400元。"
        ),
        obs=[
            ("IC設計", 2023, 10880, "TWD 100 million", "actual"),
            ("IC設計", 2024, 12823, "TWD 100 million", "actual"),
            ("IC設計", 2025, 14600, "TWD 100 million", "estimate"),
            ("IC製造", 2023, 23212, "TWD 100 million", "actual"),
            ("IC製造", 2024, 28574, "TWD 100 million", "actual"),
            ("IC製造", 2025, 33900, "TWD 100 million", "estimate"),
            ("IC封裝", 2023, 3650, "TWD 100 million", "actual"),
            ("IC封裝", 2024, 3997, "TWD 100 million", "actual"),
            ("IC封裝", 2025, 4290, "TWD 100 million", "estimate"),
            ("IC測試", 2023, 1749, "TWD 100 million", "actual"),
            ("IC測試", 2024, 1914, "TWD 100 million", "actual"),
            ("IC測試", 2025, 2060, "TWD 100 million", "estimate"),
            ("合計", 2023, 39491, "TWD 100 million", "actual"),
            ("合計", 2024, 47308, "TWD 100 million", "actual"),
            ("合計", 2025, 54851, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 10880 + 23212 + 3650 + 1749 = 39491
            ("hierarchy", "exact"),     # 2024: 12823 + 28574 + 3997 + 1914 = 47308
            # 2025(F): 14600 + 33900 + 4290 + 2060 = 54850 vs 54851; four rows at +/-0.5 give 54848..54852
            # (and wider if the hundreds are the last digits): 54851 reachable -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. English space-aligned table with a Share column and a Total row (100.0% total is no claim): four exact
    #     shares, rows add to Total; a "fun fact" device count and a reader count (nowhere)
    dict(
        text=(
            "IoT stats at a glance: spending by segment, 2024, USD billion [Source: Brennan & Vale, March 2025]\n"
            "Segment               2024     Share\n"
            "Industrial IoT       268.4     33.9%\n"
            "Consumer IoT         214.7     27.1%\n"
            "Smart cities         132.5     16.7%\n"
            "Connected vehicles   176.9     22.3%\n"
            "Total                792.5    100.0%\n"
            "Fun fact: the average smart home now has 22 connected devices. Forward this to a friend: 48,000 "
            "readers already get it every week."
        ),
        obs=[
            ("Industrial IoT", 2024, 268.4, "USD billion", "actual"),
            ("Consumer IoT", 2024, 214.7, "USD billion", "actual"),
            ("Smart cities", 2024, 132.5, "USD billion", "actual"),
            ("Connected vehicles", 2024, 176.9, "USD billion", "actual"),
            ("Total", 2024, 792.5, "USD billion", "actual"),
        ],
        claims=[
            ("share", 33.9, "percent", 2024, 2024, None),
            ("share", 27.1, "percent", 2024, 2024, None),
            ("share", 16.7, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 268.4 / 792.5 = 33.868% -> 33.9
            ("arithmetic", "exact"),  # 214.7 / 792.5 = 27.091% -> 27.1
            ("arithmetic", "exact"),  # 132.5 / 792.5 = 16.719% -> 16.7
            ("arithmetic", "exact"),  # 176.9 / 792.5 = 22.322% -> 22.3
            ("hierarchy", "exact"),   # 268.4 + 214.7 + 132.5 + 176.9 = 792.5
        ],
    ),
    # 21. a 10-K business section: consultancy sizes a worldwide software market for 2024 and 2028 with a CAGR whose
    #    span is given only by its amounts' years (inferred); the company's revenue, its growth, gross margin,
    #    headcount, R&D share of staff and "a multibillion-dollar opportunity" expected nowhere
    dict(
        text=(
            "Industry Background. According to Larchmont Data Group, the worldwide market for observability and "
            "application-performance software was $18.4 billion in 2024 and is expected to grow to $31.2 billion by "
            "2028, a compound annual growth rate of 14.1%. We believe the consolidation of monitoring tools onto "
            "unified platforms represents a multibillion-dollar opportunity for vendors like us. Our total revenue for "
            "fiscal 2024 was $612.3 million, an increase of 27% from fiscal 2023, and our non-GAAP gross margin was "
            "81%. As of January 31, 2025, we had 1,840 full-time employees, approximately 46% of whom worked in "
            "research and development."
        ),
        obs=[
            ("Total", 2024, 18.4, "USD billion", "actual"),
            ("Total", 2028, 31.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.1, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31.2 / 18.4) ** (1/4) - 1 = 1.69565 ** 0.25 - 1 = 14.113% -> 14.1
        ],
    ),
    # 22. a 20-F "Our Market Opportunity": a serviceable addressable market (the market, Total) in euros for fiscal
    #    2024 and fiscal 2028 with a stated CAGR its own amounts contradict; revenue, backlog (EUR billion!), the
    #    company's share and its share target expected nowhere
    dict(
        text=(
            "Our Market Opportunity. Pellworth Advisory, an independent research firm we commissioned, sized our "
            "serviceable addressable market for cloud-based payroll and workforce software in the European Union at "
            "approximately €7.5 billion in fiscal 2024, and we expect it to expand to €12 billion by fiscal 2028, a "
            "compound annual growth rate of 15% from fiscal 2024 to fiscal 2028. The broader addressable market, "
            "including on-premises systems, is significantly larger. In fiscal 2024 our revenue grew to €284.6 "
            "million and our contracted backlog stood at €1.1 billion at year-end. We estimate that we hold 3.8% of "
            "our serviceable addressable market today, and our medium-term ambition is to exceed 6%."
        ),
        obs=[
            ("Total", 2024, 7.5, "EUR billion", "actual"),
            ("Total", 2028, 12, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (12 / 7.5) ** (1/4) - 1 = 1.6 ** 0.25 - 1 = 12.47%; bounds 7.45..7.55, 11.5..12.5:
            # max (12.5 / 7.45) ** 0.25 - 1 = 13.81%, min (11.5 / 7.55) ** 0.25 - 1 = 11.09% -> 15 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. a 10-K MD&A "industry data indicates": the whole market 2024 and 2023 with a year-on-year rate, a part's
    #    amount with its share of the total; a fourth quarter's figure and the company's share change in
    #    percentage points expected nowhere
    dict(
        text=(
            "Industry data indicates that worldwide spending on data-center Ethernet switches reached $24.6 billion "
            "in 2024, up 21% from $20.3 billion in 2023, according to Cordwain Research. AI back-end switching "
            "accounted for $4.2 billion, or 17% of the 2024 total, as hyperscale customers built out dedicated "
            "training fabrics. In the fourth quarter of 2024 alone, data-center switch spending came to $7.1 billion. "
            "Our share of data-center switch revenue rose by 1.4 percentage points to 11.2% during the year."
        ),
        obs=[
            ("Total", 2024, 24.6, "USD billion", "actual"),
            ("Total", 2023, 20.3, "USD billion", "actual"),
            ("AI back-end switching", 2024, 4.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("share", 17.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.6 / 20.3 - 1 = 21.18% -> 21
            ("arithmetic", "exact"),    # 4.2 / 24.6 = 17.07% -> 17
        ],
    ),
    # 24. a Chinese issuer's 20-F in English, RMB billions: 2020 -> 2024 with an inferred CAGR (span only from the
    #    amounts' years) and 2024 -> 2029 with a stated one; localisation rate, revenue in RMB million, the share of
    #    revenue from automotive products and headcount expected nowhere
    dict(
        text=(
            "According to Qianhe Consulting, the market for automotive-grade microcontrollers in China grew from "
            "RMB18.2 billion in 2020 to RMB31.5 billion in 2024, a CAGR of 14.7%, and is projected to reach RMB52.0 "
            "billion in 2029, representing a CAGR of 10.5% from 2024 to 2029. Domestic suppliers' localisation rate "
            "was only about 12% in 2024. Our revenues were RMB1,284.6 million in 2024, of which automotive products "
            "contributed 38.5%. As of December 31, 2024, we had 1,126 full-time employees."
        ),
        obs=[
            ("Total", 2020, 18.2, "CNY billion", "actual"),
            ("Total", 2024, 31.5, "CNY billion", "actual"),
            ("Total", 2029, 52.0, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.7, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 10.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (31.5 / 18.2) ** (1/4) - 1 = 1.73077 ** 0.25 - 1 = 14.699% -> 14.7
            ("cagr|implied", "exact"),  # (52.0 / 31.5) ** (1/5) - 1 = 1.65079 ** 0.2 - 1 = 10.545% -> 10.5
        ],
    ),
    # 25. a UK annual report's market review: "(2023: £2.8 billion)" comparative layout, a growth rate exact only
    #    within rounding, "this year" read from the board-approval date, "pass £4 billion by 2027"; report title
    #    year, survey answer, group revenue and its comparative, margin, order book and headcount expected nowhere
    dict(
        text=(
            "Annual Report 2024 - Strategic report, approved by the Board on 12 March 2025. Market review: the UK "
            "market for managed security services was worth £3.1 billion in 2024 (2023: £2.8 billion), growth of "
            "12%, according to Thornbury Analytics, which expects it to reach £3.4 billion this year and to pass £4 "
            "billion by 2027. Demand was strongest among mid-sized public bodies, 61% of which told Thornbury's "
            "survey they planned to outsource more of their security operations. Group revenue increased to £412.7 "
            "million (2023: £371.9 million), with an adjusted operating margin of 14.2%, and the order book closed "
            "the year at £286 million. We ended the year with 1,950 colleagues."
        ),
        obs=[
            ("Total", 2024, 3.1, "GBP billion", "actual"),
            ("Total", 2023, 2.8, "GBP billion", "actual"),
            ("Total", 2025, 3.4, "GBP billion", "estimate"),
            ("Total", 2027, 4, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 23.1 / 2.8 - 1 = 10.71% -> 11, not 12; bounds 3.05..3.15, 2.75..2.85:
            # min 3.05 / 2.85 - 1 = 7.02%, max 3.15 / 2.75 - 1 = 14.55% -> 12 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. a Japanese company's annual report in English: yen amounts for fiscal years with a year-on-year rate and
    #    a forecast; a market in won (no observation), consolidated net sales, overseas ratio and R&D in yen
    #    expected nowhere
    dict(
        text=(
            "Business environment. According to Kisaragi Research Institute, the domestic market for "
            "factory-automation software in Japan reached ¥482 billion in fiscal 2024, up 6.4% from ¥453 billion in "
            "fiscal 2023, and the institute forecasts that it will reach ¥610 billion in fiscal 2028. In South Korea, "
            "where our subsidiary operates, the comparable market was estimated at ₩1.9 trillion in 2024. "
            "Consolidated net sales for fiscal 2024 were ¥97.3 billion, with overseas sales accounting for 34% of "
            "the total, and research and development expenses amounted to ¥8.2 billion, or 8.4% of net sales."
        ),
        obs=[
            ("Total", 2024, 482, "JPY billion", "actual"),
            ("Total", 2023, 453, "JPY billion", "actual"),
            ("Total", 2028, 610, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 6.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 482 / 453 - 1 = 6.402% -> 6.4
        ],
    ),
    # 27. a 10-K risk-laden outlook: "more than tripled from ... to ..." (multiple x3 over 3 years, no verdict) and
    #    a 2030 range (two value claims, no single observation); product revenue, design-win count and headcount
    #    expected nowhere
    dict(
        text=(
            "Edge AI inference. Industry data indicates that the market for edge AI inference processors more than "
            "tripled from $3.8 billion in 2021 to $12.9 billion in 2024. Looking further out, we believe this market "
            "could be between $40 billion and $55 billion in 2030, although such forecasts are subject to significant "
            "uncertainty and may prove inaccurate. Revenue from our edge products was $214 million in fiscal 2024, "
            "and at fiscal year-end we had 612 design wins in production or development and approximately 2,300 "
            "employees worldwide."
        ),
        obs=[
            ("Total", 2021, 3.8, "USD billion", "actual"),
            ("Total", 2024, 12.9, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # "more than tripled" (12.9 / 3.8 = 3.39x), no verdict
            ("value", 40, "USD billion", 2030, 2030, None),
            ("value", 55, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 28. a Taiwanese company's English annual report: NT$ billions, year-on-year rate with both amounts, a forecast,
    #    a part's amount with its share; company revenue, gross margin change in percentage points and headcount
    #    expected nowhere
    dict(
        text=(
            "Industry overview. Statistics compiled by the Hsinchu Industry Intelligence Centre show that the output "
            "value of Taiwan's IC design industry reached NT$1,206.5 billion in 2024, up 15.9% from NT$1,041.2 "
            "billion in 2023, and the Centre projects output of NT$1,380 billion in 2025. Smartphone applications "
            "made up NT$398.1 billion, or 33% of the 2024 total. The Company's consolidated revenue was NT$38.4 "
            "billion, and its gross margin improved by 2.3 percentage points to 47.6%. We employed 2,418 people at "
            "year-end, more than 80% of them engineers."
        ),
        obs=[
            ("Total", 2024, 1206.5, "TWD billion", "actual"),
            ("Total", 2023, 1041.2, "TWD billion", "actual"),
            ("Total", 2025, 1380, "TWD billion", "estimate"),
            ("Smartphone applications", 2024, 398.1, "TWD billion", "actual"),
        ],
        claims=[
            ("growth", 15.9, "percent", 2023, 2024, 1.0),
            ("share", 33.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1206.5 / 1041.2 - 1 = 15.876% -> 15.9
            ("arithmetic", "exact"),    # 398.1 / 1206.5 = 32.996% -> 33
        ],
    ),
    # 29. an A-share annual report's 行业发展情况 (Simplified): 亿元 market 2024 vs 2023 with 同比增长, 突破 target for
    #    2027; percentage points, 营业收入, 公司市场占有率, 研发人员 and their ratio expected nowhere
    dict(
        text=(
            "（一）行业发展情况。根据华衡咨询数据，2024年我国工业互联网平台市场规模达到1,286亿元，较2023年的1,084亿元"
            "同比增长18.6%，预计2027年将突破2,000亿元。平台化、订阅化趋势明显，行业集中度逐步提升，前五大厂商合计份额"
            "较上年提高2.1个百分点。报告期内，公司实现营业收入8.36亿元，同比增长24.5%，公司市场占有率约为6.2%。截至报告"
            "期末，公司研发人员共1,024人，占员工总数的58%。"
        ),
        obs=[
            ("Total", 2024, 1286, "CNY 100 million", "actual"),
            ("Total", 2023, 1084, "CNY 100 million", "actual"),
            ("Total", 2027, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1084 - 1 = 18.635% -> 18.6
        ],
    ),
    # 30. an annual report's 管理层讨论与分析 (Simplified): series opens in 亿元 and a 2030 target in 万亿元 is expected
    #     converted (1.02万亿元 -> 10200), a stated 2024-2030 CAGR, a part (智算中心) with its share; a quarter's
    #     rack growth, the company's IDC revenue and margin expected nowhere
    dict(
        text=(
            "根据中屹研究院统计，2024年我国数据中心市场规模为2,860亿元，其中智算中心约为910亿元，占比31.8%。随着大模型"
            "训练和推理需求释放，预计到2030年我国数据中心市场规模将达到1.02万亿元，2024-2030年复合增长率约为23.6%。"
            "2025年第一季度，行业新增机架数量环比增长约9%。报告期内公司IDC业务收入为21.4亿元，毛利率为32.7%。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2030, 10200, "CNY 100 million", "estimate"),
            ("智算中心", 2024, 910, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31.8, "percent", 2024, 2024, None),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 910 / 2860 = 31.818% -> 31.8
            ("cagr|implied", "exact"),  # (10200 / 2860) ** (1/6) - 1 = 3.56643 ** (1/6) - 1 = 23.606% -> 23.6
        ],
    ),
    # 31. an A-share annual report on EDA (Simplified): a 同比增长 its own amounts contradict; 国产化率 (penetration
    #     rate), 百亿元级 / 千亿级 vague sizes, licence revenue and R&D ratio expected nowhere
    dict(
        text=(
            "据景岚数据统计，2023年中国EDA软件市场规模为120.6亿元，2024年增长至135.9亿元，同比增长14.2%。尽管市场已迈入"
            "百亿元级别，国产EDA工具的整体国产化率仍不足15%，其中数字全流程工具国产化率约为5%。公司2024年度实现EDA授权"
            "收入4.27亿元，同比增长31.6%，研发投入占营业收入比例达到52.3%。面向千亿级的集成电路设计产业链，公司将持续加大"
            "在先进工艺节点上的投入。"
        ),
        obs=[
            ("Total", 2023, 120.6, "CNY 100 million", "actual"),
            ("Total", 2024, 135.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 155.9 / 120.6 - 1 = 12.69%; max 135.95 / 120.55 - 1 = 12.77%, min 135.85 / 120.65 - 1 = 12.60%
            # -> 14.2 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. a Hong Kong listing's 行業概覽 (Traditional): 人民幣億元 2019 -> 2023 with an inferred CAGR, 2023 -> 2028 with
    #     a stated one; the group's rank, market share and employee split expected nowhere
    dict(
        text=(
            "行業概覽\n根據德衡諮詢的資料，中國智慧物流機器人市場規模由2019年的人民幣68億元增長至2023年的人民幣203億元，"
            "複合年增長率為31.4%，並預期將於2028年達到人民幣612億元，2023年至2028年的複合年增長率為24.7%。按2023年收入"
            "計，本集團在中國智慧物流機器人市場排名第三，市場份額為5.8%。截至最後實際可行日期，本集團共有僱員864名，其中"
            "研發人員佔41.2%。"
        ),
        obs=[
            ("Total", 2019, 68, "CNY 100 million", "actual"),
            ("Total", 2023, 203, "CNY 100 million", "actual"),
            ("Total", 2028, 612, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.4, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 24.7, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (203 / 68) ** (1/4) - 1 = 2.98529 ** 0.25 - 1 = 31.446% -> 31.4
            ("cagr|implied", "exact"),  # (612 / 203) ** (1/5) - 1 = 3.01478 ** 0.2 - 1 = 24.696% -> 24.7
        ],
    ),
    # 33. a Taiwanese listed company's 年報 產業概況 (Traditional): 新台幣億元 2024 vs 2023 with 成長率, 預估 2025, a part
    #     (AI伺服器) with its 比重; ROC-year 113年度 revenue, gross margin and percentage points expected nowhere
    dict(
        text=(
            "一、產業概況\n依據瀚宇產業研究所統計，2024年我國伺服器產業產值為新台幣9,420億元，較2023年之新台幣7,150億元"
            "成長31.7%，主要受惠於AI伺服器出貨大幅增加；該所預估2025年產值將成長至新台幣11,200億元。其中AI伺服器產值約"
            "新台幣4,870億元，占整體產值比重達51.7%。本公司113年度合併營業收入為新台幣312億元，毛利率為18.6%，較上年度"
            "增加1.9個百分點。"
        ),
        obs=[
            ("Total", 2024, 9420, "TWD 100 million", "actual"),
            ("Total", 2023, 7150, "TWD 100 million", "actual"),
            ("Total", 2025, 11200, "TWD 100 million", "estimate"),
            ("AI伺服器", 2024, 4870, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("share", 51.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9420 / 7150 - 1 = 31.748% -> 31.7
            ("arithmetic", "exact"),    # 4870 / 9420 = 51.699% -> 51.7
        ],
    ),
    # 34. a Hong Kong company's 行業概覽 (Traditional) in 億港元 with 約: an inferred 2020-2024 CAGR exact only within
    #     rounding, a stated 2024-2029 CAGR exact, a part (公有雲服務); the company's 收益 and its share expected nowhere
    dict(
        text=(
            "行業概覽\n根據思朗顧問的報告，香港企業雲端服務市場規模由2020年的約58億港元增加至2024年的約112億港元，複合"
            "年增長率約為18.2%，預期2029年將進一步增至約245億港元，2024年至2029年的複合年增長率為16.9%。其中，公有雲服務"
            "於2024年的市場規模為72億港元。本公司截至2024年12月31日止年度的收益為6.38億港元，佔香港企業雲端服務市場約5.7%。"
        ),
        obs=[
            ("Total", 2020, 58, "HKD 100 million", "actual"),
            ("Total", 2024, 112, "HKD 100 million", "actual"),
            ("Total", 2029, 245, "HKD 100 million", "estimate"),
            ("公有雲服務", 2024, 72, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 16.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (112 / 58) ** (1/4) - 1 = 1.93103 ** 0.25 - 1 = 17.88% -> 17.9, not 18.2; bounds 57.5..58.5, 111.5..112.5:
            # min (111.5 / 58.5) ** 0.25 - 1 = 17.50%, max (112.5 / 57.5) ** 0.25 - 1 = 18.27% -> 18.2 reachable
            ("cagr|period", "rounding"),
            ("cagr|implied", "exact"),  # (245 / 112) ** (1/5) - 1 = 2.1875 ** 0.2 - 1 = 16.947% -> 16.9
        ],
    ),
    # 35. an A-share annual report's 管理层讨论与分析 (Simplified): 由…增长至… with 增长超过3倍 between two printed
    #     amounts (x4 over 3 years, no verdict), a part (高阶智驾域控制器) with its share; segment revenue, a quarter,
    #     the order backlog (在手订单) expected nowhere
    dict(
        text=(
            "（二）管理层讨论与分析——行业情况\n据辰岳智库测算，我国智能驾驶域控制器市场规模由2021年的58亿元增长至2024年的"
            "246亿元，三年间增长超过3倍。其中，高阶智驾域控制器市场规模为121亿元，占整体市场的49.2%。报告期内，公司智能"
            "驾驶业务实现收入12.7亿元，同比增长35.2%，2024年第四季度单季出货量创历史新高。截至报告期末，公司在手订单金额"
            "约为45亿元，预计将在未来三年内陆续交付。"
        ),
        obs=[
            ("Total", 2021, 58, "CNY 100 million", "actual"),
            ("Total", 2024, 246, "CNY 100 million", "actual"),
            ("高阶智驾域控制器", 2024, 121, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长超过3倍 with both amounts -> x4 (246 / 58 = 4.24)
            ("share", 49.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 121 / 246 = 49.187% -> 49.2
        ],
    ),
    # 36. table (English pipe tables in a 10-K): the company's segment revenue table (expected nowhere) beside the
    #     industry's size by category, 2024 and 2027E, with a Total row; hierarchy per column
    dict(
        text=(
            "Revenue by segment (in millions)\n"
            "| Segment | Fiscal 2023 | Fiscal 2024 |\n"
            "|---|---|---|\n"
            "| Security appliances | $412.6 | $455.0 |\n"
            "| Subscriptions and services | $688.1 | $803.9 |\n"
            "| Total revenue | $1,100.7 | $1,258.9 |\n"
            "\n"
            "According to Brayford Insight, the worldwide network security market by product category (US$ billions):\n"
            "| Category | 2024 | 2027E |\n"
            "|---|---|---|\n"
            "| Firewall | 14.8 | 18.9 |\n"
            "| Secure access service edge | 9.6 | 17.2 |\n"
            "| Other | 6.3 | 7.4 |\n"
            "| Total | 30.7 | 43.5 |\n"
            "We believe our installed base positions us to gain share as customers migrate to cloud-delivered security."
        ),
        obs=[
            ("Firewall", 2024, 14.8, "USD billion", "actual"),
            ("Firewall", 2027, 18.9, "USD billion", "estimate"),
            ("Secure access service edge", 2024, 9.6, "USD billion", "actual"),
            ("Secure access service edge", 2027, 17.2, "USD billion", "estimate"),
            ("Other", 2024, 6.3, "USD billion", "actual"),
            ("Other", 2027, 7.4, "USD billion", "estimate"),
            ("Total", 2024, 30.7, "USD billion", "actual"),
            ("Total", 2027, 43.5, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 14.8 + 9.6 + 6.3 = 30.7
            ("hierarchy", "exact"),  # 2027E: 18.9 + 17.2 + 7.4 = 43.5
        ],
    ),
    # 37. table (Simplified, tab-separated, vertical: rows are years, a lone value column headed by its unit only ->
    #     Total, a 同比增长 column, a 2025E row); table number and title years, the company's revenue and its ratio
    #     expected nowhere
    dict(
        text=(
            "表5 2022-2025年中国工业软件市场规模\n"
            "年份\t亿元\t同比增长\n"
            "2022\t2,407.5\t—\n"
            "2023\t2,824.0\t17.3%\n"
            "2024\t3,236.1\t14.6%\n"
            "2025E\t3,702.0\t14.4%\n"
            "数据来源：沐川研究院。公司2024年工业软件业务收入为5.62亿元，约占营业收入的63%。"
        ),
        obs=[
            ("Total", 2022, 2407.5, "CNY 100 million", "actual"),
            ("Total", 2023, 2824.0, "CNY 100 million", "actual"),
            ("Total", 2024, 3236.1, "CNY 100 million", "actual"),
            ("Total", 2025, 3702.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2022, 2023, 1.0),
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("growth", 14.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2824.0 / 2407.5 - 1 = 17.300% -> 17.3
            ("cagr|implied", "exact"),  # 3236.1 / 2824.0 - 1 = 14.593% -> 14.6
            ("cagr|implied", "exact"),  # 3702.0 / 3236.1 - 1 = 14.397% -> 14.4
        ],
    ),
    # 38. table (Traditional, space-aligned, HK 行業概覽): 人民幣十億元 by product type with a 總計 row, 2019/2023/2028
    #     forecast and two stated CAGR columns (one exact only within rounding); the group's revenue expected nowhere
    dict(
        text=(
            "下表載列中國工業機器視覺市場按產品類型劃分的規模（人民幣十億元）：\n"
            "產品類型        2019年    2023年    2028年預測    複合年增長率(2019年至2023年)    複合年增長率(2023年至2028年預測)\n"
            "2D視覺系統        6.2      11.9       20.4            17.7%                          11.4%\n"
            "3D視覺系統        0.9       3.6       12.1            41.4%                          27.8%\n"
            "總計              7.1      15.5       32.5            21.6%                          16.0%\n"
            "資料來源：德衡諮詢。本集團於2023年的收益為人民幣3.2億元。"
        ),
        obs=[
            ("2D視覺系統", 2019, 6.2, "CNY billion", "actual"),
            ("2D視覺系統", 2023, 11.9, "CNY billion", "actual"),
            ("2D視覺系統", 2028, 20.4, "CNY billion", "estimate"),
            ("3D視覺系統", 2019, 0.9, "CNY billion", "actual"),
            ("3D視覺系統", 2023, 3.6, "CNY billion", "actual"),
            ("3D視覺系統", 2028, 12.1, "CNY billion", "estimate"),
            ("總計", 2019, 7.1, "CNY billion", "actual"),
            ("總計", 2023, 15.5, "CNY billion", "actual"),
            ("總計", 2028, 32.5, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2019, 2023, None, "stated"),
            ("cagr", 11.4, "percent", 2023, 2028, None, "stated"),
            ("cagr", 41.4, "percent", 2019, 2023, None, "stated"),
            ("cagr", 27.8, "percent", 2023, 2028, None, "stated"),
            ("cagr", 21.6, "percent", 2019, 2023, None, "stated"),
            ("cagr", 16.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 2D: (11.9 / 6.2) ** 0.25 - 1 = 17.703% -> 17.7
            ("cagr|implied", "exact"),     # 2D: (20.4 / 11.9) ** 0.2 - 1 = 11.382% -> 11.4
            ("cagr|implied", "exact"),     # 3D: (3.6 / 0.9) ** 0.25 - 1 = 4 ** 0.25 - 1 = 41.421% -> 41.4
            # 3D: (12.1 / 3.6) ** 0.2 - 1 = 27.44% -> 27.4, not 27.8; bounds 3.55..3.65, 12.05..12.15:
            # min (12.05 / 3.65) ** 0.2 - 1 = 26.98%, max (12.15 / 3.55) ** 0.2 - 1 = 27.90% -> 27.8 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # total: (15.5 / 7.1) ** 0.25 - 1 = 21.554% -> 21.6
            ("cagr|implied", "exact"),     # total: (32.5 / 15.5) ** 0.2 - 1 = 15.961% -> 16.0
            ("hierarchy", "exact"),        # 2019: 6.2 + 0.9 = 7.1
            ("hierarchy", "exact"),        # 2023: 11.9 + 3.6 = 15.5
            ("hierarchy", "exact"),        # 2028: 20.4 + 12.1 = 32.5
        ],
    ),
    # 39. table (English, tab-separated, a Japanese filer): the company's net sales by segment in ¥ billion
    #     (expected nowhere) beside the industry's size by category for FY2023, FY2024 and FY2025e with a Total row
    dict(
        text=(
            "Net sales by segment (¥ billion)\n"
            "Segment\tFY2023\tFY2024\n"
            "Semiconductor inspection\t58.4\t66.1\n"
            "Flat-panel inspection\t21.7\t19.8\n"
            "Total\t80.1\t85.9\n"
            "\n"
            "Global wafer inspection and metrology equipment market (¥ billion; source: Tachibana Market Research)\n"
            "Category\tFY2023\tFY2024\tFY2025e\n"
            "Optical wafer inspection\t742\t861\t958\n"
            "E-beam inspection\t296\t354\t412\n"
            "Metrology\t580\t657\t735\n"
            "Total\t1,618\t1,872\t2,105\n"
            "Our share of the optical wafer inspection market was approximately 7% in FY2024."
        ),
        obs=[
            ("Optical wafer inspection", 2023, 742, "JPY billion", "actual"),
            ("Optical wafer inspection", 2024, 861, "JPY billion", "actual"),
            ("Optical wafer inspection", 2025, 958, "JPY billion", "estimate"),
            ("E-beam inspection", 2023, 296, "JPY billion", "actual"),
            ("E-beam inspection", 2024, 354, "JPY billion", "actual"),
            ("E-beam inspection", 2025, 412, "JPY billion", "estimate"),
            ("Metrology", 2023, 580, "JPY billion", "actual"),
            ("Metrology", 2024, 657, "JPY billion", "actual"),
            ("Metrology", 2025, 735, "JPY billion", "estimate"),
            ("Total", 2023, 1618, "JPY billion", "actual"),
            ("Total", 2024, 1872, "JPY billion", "actual"),
            ("Total", 2025, 2105, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 742 + 296 + 580 = 1618
            ("hierarchy", "exact"),  # FY2024: 861 + 354 + 657 = 1872
            ("hierarchy", "exact"),  # FY2025e: 958 + 412 + 735 = 2105
        ],
    ),
    # 40. table (Simplified pipe table): 2024 market structure in 亿元 with a 占比 column and a 合计 row whose 100.0%
    #     is no claim; rows add to 1,167.1 against a printed 1,167.2 (rounding); the company's shipment share
    #     expected nowhere
    dict(
        text=(
            "2024年中国信创服务器市场结构（单位：亿元）\n"
            "| 细分市场 | 2024年规模 | 占比 |\n"
            "|---|---|---|\n"
            "| 党政 | 318.4 | 27.3% |\n"
            "| 金融 | 276.9 | 23.7% |\n"
            "| 电信 | 204.6 | 17.5% |\n"
            "| 其他行业 | 367.2 | 31.5% |\n"
            "| 合计 | 1,167.2 | 100.0% |\n"
            "资料来源：岷川信息研究中心。报告期内，公司信创服务器出货量市场份额约为8%，位居行业前列。"
        ),
        obs=[
            ("党政", 2024, 318.4, "CNY 100 million", "actual"),
            ("金融", 2024, 276.9, "CNY 100 million", "actual"),
            ("电信", 2024, 204.6, "CNY 100 million", "actual"),
            ("其他行业", 2024, 367.2, "CNY 100 million", "actual"),
            ("合计", 2024, 1167.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 27.3, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 17.5, "percent", 2024, 2024, None),
            ("share", 31.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 318.4 / 1167.2 = 27.279% -> 27.3
            ("arithmetic", "exact"),  # 276.9 / 1167.2 = 23.723% -> 23.7
            ("arithmetic", "exact"),  # 204.6 / 1167.2 = 17.529% -> 17.5
            ("arithmetic", "exact"),  # 367.2 / 1167.2 = 31.460% -> 31.5
            # 338.4 + 276.9 + 204.6 + 367.2 = 1167.1, not 1167.2; each row +-0.05 -> 1166.9..1167.3 -> reachable
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 9, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 2024-2030 CAGR of 28.5% (Statista)',
    '— Merriton Insights',
    '(via Tandem Research)',
    'roughly 2.5x',
    'a 17.1% compound annual growth rate [1]',
    'more than fivefold larger by 2030',
    'range from $148 billion to $187 billion',
    'in fiscal 2024, forecast at ¥642 billion in FY2026',
    'a CAGR of 14.6% from 2024 to 2029',
    'should end this year at around $1.9 billion',
    '年均复合增长率37.3%',
    '数据来源：华信云研究中心',
    '有望突破2.1万亿元',
    '1兆3,600億元',
    '億港元',
    '較2023年的421億港元增長15.4%',
    '较2021年增长3倍',
    '| 年份 | 亿元 | 同比 |',
    'CAGR 2024-30',
    '合計       39,491',
    'is expected to grow to $31.2 billion by 2028, a compound annual growth rate of 14.1%',
    'a compound annual growth rate of 15% from fiscal 2024 to fiscal 2028',
    'up 21% from $20.3 billion in 2023',
    'grew from RMB18.2 billion in 2020 to RMB31.5 billion in 2024, a CAGR of 14.7%',
    '£3.1 billion in 2024 (2023: £2.8 billion), growth of 12%',
    'to reach £3.4 billion this year',
    'up 6.4% from ¥453 billion in fiscal 2023',
    'more than tripled from $3.8 billion in 2021 to $12.9 billion in 2024',
    'between $40 billion and $55 billion in 2030',
    'NT$398.1 billion, or 33% of the 2024 total',
    '较2023年的1,084亿元同比增长18.6%',
    '将达到1.02万亿元，2024-2030年复合增长率约为23.6%',
    '2023年至2028年的複合年增長率為24.7%',
    '較2023年之新台幣7,150億元成長31.7%',
    '由2020年的約58億港元增加至2024年的約112億港元',
    '三年间增长超过3倍',
    '| Total | 30.7 | 43.5 |',
    '2025E\t3,702.0\t14.4%',
    '複合年增長率(2023年至2028年預測)',
    '| 合计 | 1,167.2 | 100.0% |',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 166 figures, 59 rates,
#: 82 verdicts and 2 false inconsistent on the code before the readings chosen on the eighty-sixth, eighty-eighth and
#: ninetieth sets; 179, 59, 84 and 1 after them
FLOORS = {"figures_found": 192, "rates_found": 60, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this (held out: left as found)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset91.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
