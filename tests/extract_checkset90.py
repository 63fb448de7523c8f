"""A ninetieth check set for the extractor, written blind: statistics round-ups and listicles as blogs, SEO sites and
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
    # 1. a numbered SEO listicle "27 AI market statistics": the AI market's size and stated 2024-2030 CAGR in one
    #    bullet; a rival publisher's 2024 figure (nowhere); computer vision as a part with an inferred CAGR;
    #    a survey share, a respondent count and a "fun fact" count (nowhere); title numbers (nowhere)
    dict(
        text=(
            "27 AI market statistics you need to know in 2025 (updated 9 January 2025)\n"
            "1. The global AI market was worth $279.2 billion in 2024 and is projected to reach $1,811.8 billion "
            "by 2030, a CAGR of 36.6% from 2024 to 2030 (Marrowfield Research).\n"
            "2. A rival estimate from Quillon Analytics puts the 2024 market at $233.5 billion.\n"
            "3. Computer vision: $22.4 billion in 2024, forecast to hit $58.3 billion in 2032, compounding at "
            "12.7% a year — Tessary Insights.\n"
            "4. 78% of the 1,400 executives polled say their company uses AI in at least one function [4].\n"
            "5. Fun fact: \"AI\" came up on more than 200 earnings calls in the last quarter alone."
        ),
        obs=[
            ("Total", 2024, 279.2, "USD billion", "actual"),
            ("Total", 2030, 1811.8, "USD billion", "estimate"),
            ("Computer vision", 2024, 22.4, "USD billion", "actual"),
            ("Computer vision", 2032, 58.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 36.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 12.7, "percent", 2024, 2032, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1811.8 / 279.2) ** (1/6) - 1 = 36.573% -> 36.6
            ("cagr|period", "exact"),   # (58.3 / 22.4) ** (1/8) - 1 = 12.701% -> 12.7
        ],
    ),
    # 2. a newsletter "Key stats at a glance" with dash-cited bullets: cybersecurity spending and a year-on-year
    #    rate exact only within rounding; cloud security "last year" as a part; a budget share with percentage
    #    points, a workforce gap, an issue number and a company's fiscal revenue (all nowhere)
    dict(
        text=(
            "The Perimeter Brief — Issue #112, 18 February 2025\n"
            "Key stats at a glance:\n"
            "• Global cybersecurity spending reached $193 billion in 2024, up 12.5% on the $172 billion spent in "
            "2023 — Kestrel Data\n"
            "• Cloud security, the fastest-growing slice, came to $7.9 billion last year — Kestrel Data\n"
            "• Security now takes 13% of the average IT budget, up 2 percentage points — Ardent CISO Pulse\n"
            "• The industry is still short of 3.4 million workers — Ninefold Workforce Study\n"
            "• Palisade Networks alone booked $8.0 billion of revenue in fiscal 2024"
        ),
        obs=[
            ("Total", 2023, 172, "USD billion", "actual"),
            ("Total", 2024, 193, "USD billion", "actual"),
            ("Cloud security", 2024, 7.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 193 / 172 - 1 = 12.209% -> 12.2, not 12.5; bounds 192.5/172.5 - 1 = 11.594% .. 193.5/171.5 - 1
            # = 12.828%, which holds 12.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. a dashed blog list on cloud: "last year" / "this year" against a March 2025 byline, a stated jump,
    #    IaaS's amount and share of this year's total; a Q4 figure and an adoption survey share (nowhere)
    dict(
        text=(
            "15 cloud computing statistics for 2025 (posted 3 March 2025 by Dana Whitcombe)\n"
            "- Worldwide end-user spending on public cloud services hit $595.7 billion last year and is forecast "
            "to reach $723.4 billion this year, a 21.4% jump (Corvane Advisory).\n"
            "- IaaS is expected to account for $180.0 billion of that, or 24.9% of this year's total (Corvane "
            "Advisory).\n"
            "- Q4 alone brought in $168 billion of spending, per Stratal Metrics.\n"
            "- 94% of enterprises already use at least one cloud service [2]."
        ),
        obs=[
            ("Total", 2024, 595.7, "USD billion", "actual"),
            ("Total", 2025, 723.4, "USD billion", "estimate"),
            ("IaaS", 2025, 180.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2024, 2025, 1.0),
            ("share", 24.9, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 723.4 / 595.7 - 1 = 21.437% -> 21.4
            ("arithmetic", "exact"),    # 180.0 / 723.4 = 24.882% -> 24.9
        ],
    ),
    # 4. an SEO explainer on AI in healthcare: a stated 2024-2030 CAGR its own amounts contradict; "sevenfold"
    #    as a multiple; medical imaging AI as a part; a price target with its upside and a poll (nowhere)
    dict(
        text=(
            "AI in Healthcare: 12 Numbers That Matter (reviewed April 2025)\n"
            "The AI in healthcare market stood at $26.6 billion in 2024 and should climb to $187.7 billion by "
            "2030, according to Brightwater Analytics, which pegs the growth at a 44.2% CAGR between 2024 and "
            "2030. That would be a sevenfold increase in six years. Medical imaging AI, the biggest application, "
            "accounted for $9.1 billion of the 2024 total. Analysts at Fenwick Hale set a $145 price target on "
            "Corvexa Health, implying 22% upside. Around 2 in 3 physicians now use some form of AI, per a "
            "Medverse poll of 1,100 doctors."
        ),
        obs=[
            ("Total", 2024, 26.6, "USD billion", "actual"),
            ("Total", 2030, 187.7, "USD billion", "estimate"),
            ("Medical imaging AI", 2024, 9.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 44.2, "percent", 2024, 2030, None, "stated"),
            ("multiple", 7.0, "multiple", 2024, 2030, 6.0),  # "sevenfold", no verdict
        ],
        verdicts=[
            # (187.7 / 26.6) ** (1/6) - 1 = 38.494%; bounds (187.65/26.65) -> 38.444% .. (187.75/26.55)
            # -> 38.543%; 44.2 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. a newsletter "Gen AI by the numbers": generative AI software's 2024 size and a 2026 range (two value
    #    claims); gen AI in gaming with a coarse year-on-year rate exact only within rounding ("this year" an
    #    estimate); "a multibillion-dollar opportunity" and a lab headcount (nowhere)
    dict(
        text=(
            "Gen AI by the numbers — newsletter, 20 May 2025\n"
            "- Generative AI software revenue reached $37.1 billion in 2024 and is expected to land between "
            "$110 billion and $130 billion in 2026 (Lattice & Crane).\n"
            "- Gen AI in gaming: $1.3 billion in 2024, rising 25% to $1.6 billion this year — Orrin Market Watch.\n"
            "- Consultants keep calling enterprise copilots \"a multibillion-dollar opportunity\".\n"
            "- Headcount at the top ten model labs passed 21,000 [5]."
        ),
        obs=[
            ("Total", 2024, 37.1, "USD billion", "actual"),
            ("Gen AI in gaming", 2024, 1.3, "USD billion", "actual"),
            ("Gen AI in gaming", 2025, 1.6, "USD billion", "estimate"),
        ],
        claims=[
            ("value", 110, "USD billion", 2026, 2026, None),
            ("value", 130, "USD billion", 2026, 2026, None),
            ("growth", 25.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1.6 / 1.3 - 1 = 23.077% -> 23, not 25; bounds 1.55/1.35 - 1 = 14.815% .. 1.65/1.25 - 1 = 32.0%,
            # which holds 25 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. a numbered Asia round-up: Japan's IT services in yen by fiscal year (FY2025 forecast an estimate) with
    #    its growth; Hong Kong regtech in HK$ million as a second market; a won figure (no observation)
    dict(
        text=(
            "Asia tech stats round-up (Tokyo, 2 June 2025)\n"
            "1. Japan's domestic IT services market: ¥6,420 billion in fiscal 2024, forecast at ¥6,790 billion in "
            "FY2025 — Sakurada Research Institute. That's growth of 5.8%.\n"
            "2. Hong Kong regtech: HK$486 million in 2024 (via Harbourline Data).\n"
            "3. South Korea's cloud market: ₩5.2 trillion in 2024, per Hanbit Analytics.\n"
            "4. Fun fact: Japan's three largest system integrators employ more than 400,000 people between them."
        ),
        obs=[
            ("Total", 2024, 6420, "JPY billion", "actual"),
            ("Total", 2025, 6790, "JPY billion", "estimate"),
            ("Hong Kong regtech", 2024, 486, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 5.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6790 / 6420 - 1 = 5.763% -> 5.8
        ],
    ),
    # 7. a blog round-up on edge computing with [n] citations: North America's share and amount (share exact
    #    only within rounding); "more than fivefold" by 2030 as a multiple; a vendor's headcount and revenue
    #    guidance (nowhere)
    dict(
        text=(
            "Edge computing: the stats round-up (Kiran Osei, 11 February 2025)\n"
            "Edge computing spending totalled $21.9 billion in 2024 [1]. North America held a 38.2% share, or "
            "$8.4 billion [1]. By 2030 the market is expected to be more than fivefold its 2024 size, at $112.0 "
            "billion [2]. Meanwhile Ventrix, the largest pure-play vendor, employs 4,800 people and guided for "
            "revenue of $1.3 billion this year."
        ),
        obs=[
            ("Total", 2024, 21.9, "USD billion", "actual"),
            ("Total", 2030, 112.0, "USD billion", "estimate"),
            ("North America", 2024, 8.4, "USD billion", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("multiple", 5.0, "multiple", 2024, 2030, 6.0),  # "more than fivefold", no verdict
        ],
        verdicts=[
            # 8.4 / 21.9 = 38.356% -> 38.4, not 38.2; bounds 8.35/21.95 = 38.041% .. 8.45/21.85 = 38.673%,
            # which holds 38.2 -> rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 8. a bulleted IoT list: a stated 18% rise its own two amounts contradict; industrial IoT platforms as a
    #    part; percentage points, a survey headcount and a survey answer (nowhere)
    dict(
        text=(
            "IoT in 2025: 10 stats from the latest reports\n"
            "• Enterprise IoT spending rose 18% to $805.7 billion in 2024, from $742.1 billion in 2023 (Pellucid "
            "Group).\n"
            "• Industrial IoT platforms: $14.6 billion in 2024 (Pellucid Group).\n"
            "• Connected-device projects' share of IT budgets rose by 3 percentage points, according to a survey "
            "of 2,300 IT leaders.\n"
            "• Some 38% of respondents say security is their main barrier to scaling up."
        ),
        obs=[
            ("Total", 2023, 742.1, "USD billion", "actual"),
            ("Total", 2024, 805.7, "USD billion", "actual"),
            ("Industrial IoT platforms", 2024, 14.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 805.7 / 742.1 - 1 = 8.570%; bounds 805.65/742.15 -> 8.556% .. 805.75/742.05 -> 8.584%;
            # 18 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. a Simplified Chinese 盘点 with 数据来源 notes: 亿元 series opening in 亿元 with a later 万亿元 figure
    #    (converted), "突破7000亿元" at its printed figure, 同比增长 exact; firm count, 千亿级 and a company's
    #    revenue (nowhere)
    dict(
        text=(
            "2025年人工智能行业数据盘点：这些数字你一定要知道（发布于2025年2月10日）\n"
            "1. 我国人工智能核心产业规模2023年为5784亿元，2024年突破7000亿元，同比增长21%。（数据来源：中研智库）\n"
            "2. 预计到2030年，核心产业规模有望达到1.73万亿元。（数据来源：中研智库）\n"
            "3. 全国人工智能企业数量超过4500家，多个千亿级产业集群正在形成。\n"
            "4. 头部大模型厂商星衡科技2024年营收46亿元。"
        ),
        obs=[
            ("Total", 2023, 5784, "CNY 100 million", "actual"),
            ("Total", 2024, 7000, "CNY 100 million", "actual"),
            ("Total", 2030, 17300, "CNY 100 million", "estimate"),  # 1.73万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7000 / 5784 - 1 = 21.024% -> 21
        ],
    ),
    # 10. a Simplified Chinese 一文看懂 / 数据速览: "较2020年增长3倍" between two printed amounts (x4), a stated
    #     2024—2026 CAGR; a penetration rate with 个百分点 and the report title's year (nowhere)
    dict(
        text=(
            "一文看懂中国智能网联汽车市场（2025年3月）\n"
            "数据速览：\n"
            "· 2020年市场规模为1250亿元，2024年达到5000亿元，较2020年增长3倍。\n"
            "· 预计2026年规模将升至6850亿元，2024—2026年年均复合增长率约17%。\n"
            "· L2级辅助驾驶新车渗透率已达55.7%，同比提高8.2个百分点。\n"
            "数据来源：恒川研究院《2025中国智能网联汽车发展报告》"
        ),
        obs=[
            ("Total", 2020, 1250, "CNY 100 million", "actual"),
            ("Total", 2024, 5000, "CNY 100 million", "actual"),
            ("Total", 2026, 6850, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two printed amounts -> x4
            ("cagr", 17.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6850 / 5000) ** (1/2) - 1 = 17.047% -> 17
        ],
    ),
    # 11. a 知乎-style answer (谢邀) on China's cloud market: growth from the prior year's amount, public cloud's
    #     amount and 占比, private cloud's amount, a 万亿元 forecast converted to the 亿元 series; the answerer's
    #     headcount and revenue (nowhere)
    dict(
        text=(
            "问：中国云计算市场到底有多大？\n"
            "答（知乎用户 @云上老周，2024年9月）：谢邀。直接上数据：2023年我国云计算市场规模达6165亿元，较2022年的"
            "4550亿元增长35.5%。其中公有云市场规模4562亿元，占比74.0%；私有云1603亿元。预计2027年整体规模将超过"
            "2.1万亿元。顺便说一句，我们团队也就30来个人，去年营收不到2亿元，所以别问我内部数据。\n"
            "数据来源：锦程信通研究院《云计算白皮书（2024年）》"
        ),
        obs=[
            ("Total", 2022, 4550, "CNY 100 million", "actual"),
            ("Total", 2023, 6165, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),  # 超过2.1万亿元 in the series' 亿元
            ("公有云", 2023, 4562, "CNY 100 million", "actual"),
            ("私有云", 2023, 1603, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2022, 2023, 1.0),
            ("share", 74.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6165 / 4550 - 1 = 35.495% -> 35.5
            ("arithmetic", "exact"),    # 4562 / 6165 = 73.998% -> 74.0
        ],
    ),
    # 12. a Traditional Chinese 懶人包 on Taiwan's AI servers: 新台幣億元 with 年增 exact, a 兆元 forecast converted
    #     to the 億元 series, a part (散熱模組); a price target and a headcount (nowhere)
    dict(
        text=(
            "【懶人包】AI伺服器產業一次看懂（2025/01/20）\n"
            "▶ 台灣AI伺服器產值：2023年新台幣6,850億元，2024年攀升至新台幣9,420億元，年增37.5%（資料來源："
            "鼎盛產業研究所）。\n"
            "▶ 預估2025年產值可望上看新台幣1.26兆元。\n"
            "▶ 散熱模組：2024年產值新台幣1,150億元。\n"
            "▶ 法人給予宏鈞電腦目標價新台幣420元；該公司全球員工逾9萬人。"
        ),
        obs=[
            ("Total", 2023, 6850, "TWD 100 million", "actual"),
            ("Total", 2024, 9420, "TWD 100 million", "actual"),
            ("Total", 2025, 12600, "TWD 100 million", "estimate"),  # 1.26兆元 in the series' 億元
            ("散熱模組", 2024, 1150, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 37.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9420 / 6850 - 1 = 37.518% -> 37.5
        ],
    ),
    # 13. a Traditional Chinese 數據速覽 on Hong Kong: data centres in 億港元 with a stated 2023至2028 CAGR; a
    #     second publisher's 2023 figure (nowhere); cloud services "今年" an estimate; an occupancy rate with
    #     個百分點 and "近七成" of surveyed firms (nowhere)
    dict(
        text=(
            "香港科技市場數據速覽（2024年11月）\n"
            "・香港數據中心市場規模2023年為186億港元，預計2028年增至312億港元，2023至2028年複合年增長率10.9%"
            "（來源：維港智研）。\n"
            "・另一家機構海灣數據則估計2023年規模為172億港元。\n"
            "・雲端服務：今年預計達128億港元（來源：維港智研）。\n"
            "・本地數據中心上架率約為88%，較去年上升3個百分點。\n"
            "・受訪的650家企業中，近七成計劃明年增加雲端預算。"
        ),
        obs=[
            ("Total", 2023, 186, "HKD 100 million", "actual"),
            ("Total", 2028, 312, "HKD 100 million", "estimate"),
            ("雲端服務", 2024, 128, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 10.9, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 186) ** (1/5) - 1 = 10.899% -> 10.9
        ],
    ),
    # 14. a Traditional Chinese numbered 懶人包 on Taiwan's public cloud: 年增率 its own amounts contradict; SaaS's
    #     amount and 占比 exact; "約六成" of 1,200 surveyed firms and a fourth-quarter figure (nowhere)
    dict(
        text=(
            "2025台灣雲端市場懶人包：5個關鍵數字\n"
            "1. 台灣公有雲服務市場2023年規模為新台幣1,050億元，2024年成長至新台幣1,236億元，年增率12.4%（資料來源："
            "宇采顧問）。\n"
            "2. 其中SaaS為新台幣512億元，占整體市場41.4%。\n"
            "3. 受訪的1,200家企業中，約六成已導入混合雲。\n"
            "4. 2024年第四季單季支出約新台幣340億元。"
        ),
        obs=[
            ("Total", 2023, 1050, "TWD 100 million", "actual"),
            ("Total", 2024, 1236, "TWD 100 million", "actual"),
            ("SaaS", 2024, 512, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("share", 41.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1236 / 1050 - 1 = 17.714%; bounds 1235.5/1050.5 -> 17.611% .. 1236.5/1049.5 -> 17.818%;
            # 12.4 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 512 / 1236 = 41.424% -> 41.4
        ],
    ),
    # 15. a Simplified Chinese 数据速览 on smart hardware: the series opens in 万亿元 (unit CNY trillion) with a
    #     同比 rate but no prior amount (no verdict); parts in 亿元; a shipment count in 亿台 (nowhere); a part's
    #     two years with an exact 同比
    dict(
        text=(
            "数据速览｜2024年中国智能硬件市场（2025年1月整理）\n"
            "- 中国智能硬件市场规模2024年达1.21万亿元，同比增长9.6%。\n"
            "- 智能家居：2024年市场规模7848亿元。\n"
            "- 可穿戴设备：2024年出货量1.8亿台，市场规模1560亿元。\n"
            "- 扫地机器人：2024年零售额187.2亿元，2023年为164.9亿元，同比增长13.5%。\n"
            "数据来源：睿点数据、北辰消费电子研究院"
        ),
        obs=[
            ("Total", 2024, 1.21, "CNY trillion", "actual"),
            # in the series' unit (万亿元, its first figure's), as the conventions keep one unit a series (mended)
            ("智能家居", 2024, 0.7848, "CNY trillion", "actual"),
            ("可穿戴设备", 2024, 0.156, "CNY trillion", "actual"),
            ("扫地机器人", 2023, 0.01649, "CNY trillion", "actual"),
            ("扫地机器人", 2024, 0.01872, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),   # no 2023 amount printed -> no verdict
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 187.2 / 164.9 - 1 = 13.523% -> 13.5
        ],
    ),
    # 16. an English pipe table "Key stats at a glance" by segment, USD billion in the caption, a 2025E column;
    #     both columns' segments add to the Total row; source notes with numbers (nowhere)
    dict(
        text=(
            "Key stats at a glance: AI software market by segment (USD billion), compiled 6 January 2025\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---|---|\n"
            "| Machine learning platforms | 48.6 | 57.9 |\n"
            "| Computer vision | 22.4 | 27.1 |\n"
            "| Natural language processing | 31.7 | 39.8 |\n"
            "| Conversational AI | 13.2 | 17.6 |\n"
            "| Total | 115.9 | 142.4 |\n"
            "Sources: Norgate Research [1], Tessary Insights [2], Helix Data [3]."
        ),
        obs=[
            ("Machine learning platforms", 2024, 48.6, "USD billion", "actual"),
            ("Machine learning platforms", 2025, 57.9, "USD billion", "estimate"),
            ("Computer vision", 2024, 22.4, "USD billion", "actual"),
            ("Computer vision", 2025, 27.1, "USD billion", "estimate"),
            ("Natural language processing", 2024, 31.7, "USD billion", "actual"),
            ("Natural language processing", 2025, 39.8, "USD billion", "estimate"),
            ("Conversational AI", 2024, 13.2, "USD billion", "actual"),
            ("Conversational AI", 2025, 17.6, "USD billion", "estimate"),
            ("Total", 2024, 115.9, "USD billion", "actual"),
            ("Total", 2025, 142.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 48.6 + 22.4 + 31.7 + 13.2 = 115.9
            ("hierarchy", "exact"),  # 2025E: 57.9 + 27.1 + 39.8 + 17.6 = 142.4
        ],
    ),
    # 17. an English tab-separated vertical table (rows are years) with a lone column headed by its unit (the
    #     Total), E rows as estimates, a stated 2022-2026E CAGR below; a fun-fact household count (nowhere)
    dict(
        text=(
            "Smart speaker market, worldwide — compiled by The Gadget Ledger (July 2025)\n"
            "Year\tUSD billion\n"
            "2022\t9.8\n"
            "2023\t11.2\n"
            "2024\t12.9\n"
            "2025E\t14.6\n"
            "2026E\t16.5\n"
            "CAGR 2022-2026E: 13.9% (via Auralis Metrics). Fun fact: the average US household with one smart "
            "speaker owns 2.6 of them."
        ),
        obs=[
            ("Total", 2022, 9.8, "USD billion", "actual"),
            ("Total", 2023, 11.2, "USD billion", "actual"),
            ("Total", 2024, 12.9, "USD billion", "actual"),
            ("Total", 2025, 14.6, "USD billion", "estimate"),
            ("Total", 2026, 16.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.9, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.5 / 9.8) ** (1/4) - 1 = 13.911% -> 13.9
        ],
    ),
    # 18. a Simplified Chinese space-aligned table (单位：亿元) with a 同比增速 column for each row and a 合计 row;
    #     each row's rate exact, both columns add up; a fourth-quarter figure in the note (nowhere)
    dict(
        text=(
            "2024年中国AI算力市场细分数据一览（单位：亿元，2025年3月整理）\n"
            "细分领域        2023年    2024年    同比增速\n"
            "AI服务器         1420      2050      44.4%\n"
            "AI芯片            860      1190      38.4%\n"
            "智算中心服务      395       580      46.8%\n"
            "合计             2675      3820      42.8%\n"
            "注：2024年第四季度单季规模约1100亿元。数据来源：瀚海算力研究中心。"
        ),
        obs=[
            ("AI服务器", 2023, 1420, "CNY 100 million", "actual"),
            ("AI服务器", 2024, 2050, "CNY 100 million", "actual"),
            ("AI芯片", 2023, 860, "CNY 100 million", "actual"),
            ("AI芯片", 2024, 1190, "CNY 100 million", "actual"),
            ("智算中心服务", 2023, 395, "CNY 100 million", "actual"),
            ("智算中心服务", 2024, 580, "CNY 100 million", "actual"),
            ("合计", 2023, 2675, "CNY 100 million", "actual"),
            ("合计", 2024, 3820, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 44.4, "percent", 2023, 2024, 1.0),
            ("growth", 38.4, "percent", 2023, 2024, 1.0),
            ("growth", 46.8, "percent", 2023, 2024, 1.0),
            ("growth", 42.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2050 / 1420 - 1 = 44.366% -> 44.4
            ("cagr|implied", "exact"),  # 1190 / 860 - 1 = 38.372% -> 38.4
            ("cagr|implied", "exact"),  # 580 / 395 - 1 = 46.835% -> 46.8
            ("cagr|implied", "exact"),  # 3820 / 2675 - 1 = 42.804% -> 42.8
            ("hierarchy", "exact"),     # 2023: 1420 + 860 + 395 = 2675
            ("hierarchy", "exact"),     # 2024: 2050 + 1190 + 580 = 3820
        ],
    ),
    # 19. a Traditional Chinese pipe table (單位：新台幣億元) with a 2025F column and a 總計 row: the 2024 column
    #     adds up only within rounding, 2025F exactly; "約四成" of firms (nowhere)
    dict(
        text=(
            "台灣資安市場懶人包：一張表看懂（單位：新台幣億元，2025年4月）\n"
            "| 項目 | 2024 | 2025F |\n"
            "|---|---|---|\n"
            "| 網路安全 | 182.4 | 201.3 |\n"
            "| 端點安全 | 96.7 | 108.5 |\n"
            "| 雲端安全 | 61.2 | 79.8 |\n"
            "| 總計 | 340.4 | 389.6 |\n"
            "資料來源：澄遠資訊。另據調查，約四成企業今年將增加資安預算。"
        ),
        obs=[
            ("網路安全", 2024, 182.4, "TWD 100 million", "actual"),
            ("網路安全", 2025, 201.3, "TWD 100 million", "estimate"),
            ("端點安全", 2024, 96.7, "TWD 100 million", "actual"),
            ("端點安全", 2025, 108.5, "TWD 100 million", "estimate"),
            ("雲端安全", 2024, 61.2, "TWD 100 million", "actual"),
            ("雲端安全", 2025, 79.8, "TWD 100 million", "estimate"),
            ("總計", 2024, 340.4, "TWD 100 million", "actual"),
            ("總計", 2025, 389.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 182.4 + 96.7 + 61.2 = 340.3, not 340.4; parts' bounds 340.15 .. 340.45 hold 340.4
            # (total's own bounds 340.35 .. 340.45 overlap) -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 201.3 + 108.5 + 79.8 = 389.6
        ],
    ),
    # 20. an English space-aligned table of several markets (each its own series) with a "CAGR 2024-30" column:
    #     two rows exact, one exact only within rounding; a second tracker's AI software figure and a marketer
    #     survey (nowhere)
    dict(
        text=(
            "AI markets at a glance (USD billion; compiled 15 April 2025)\n"
            "Market                 2024     2030F    CAGR 2024-30\n"
            "AI software            122.0    467.5    25.1%\n"
            "AI chatbots              8.6     29.4    22.8%\n"
            "AI in cybersecurity     25.4     93.8    24.3%\n"
            "A separate tracker, Lumen Index, puts AI software at $98.0 billion for 2024. Fun fact: 61% of "
            "marketers say they use an AI chatbot every week."
        ),
        obs=[
            ("AI software", 2024, 122.0, "USD billion", "actual"),
            ("AI software", 2030, 467.5, "USD billion", "estimate"),
            ("AI chatbots", 2024, 8.6, "USD billion", "actual"),
            ("AI chatbots", 2030, 29.4, "USD billion", "estimate"),
            ("AI in cybersecurity", 2024, 25.4, "USD billion", "actual"),
            ("AI in cybersecurity", 2030, 93.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (467.5 / 122.0) ** (1/6) - 1 = 25.094% -> 25.1
            # (29.4 / 8.6) ** (1/6) - 1 = 22.737% -> 22.7, not 22.8; bounds (29.35/8.65) -> 22.583% ..
            # (29.45/8.55) -> 22.891%, which holds 22.8 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (93.8 / 25.4) ** (1/6) - 1 = 24.326% -> 24.3
        ],
    ),
    # 21. 10-K Item 1 industry background: "$6.8 billion in 2024 ... expected to grow to $11.2 billion by 2028,
    #    a compound annual growth rate of 13.3%" (span only from the amounts' years -> inferred); segment shares
    #    41% (2024) and 29% (2022); company's fiscal revenue, its 22% growth and headcount nowhere
    dict(
        text=(
            "Item 1. Business — Industry Background. According to Marlowe Analytics, worldwide spending on "
            "security information and event management (SIEM) software was $6.8 billion in 2024 and is expected "
            "to grow to $11.2 billion by 2028, a compound annual growth rate of 13.3%. We estimate that "
            "cloud-native deployments represented 41% of that spending in 2024, up from 29% in 2022. Our total "
            "revenue for fiscal 2024 was $512.4 million, an increase of 22% year over year, and we had "
            "approximately 1,870 full-time employees as of December 31, 2024."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2028, 11.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.3, "percent", 2024, 2028, None, "inferred"),
            ("share", 41, "percent", 2024, 2024, None),  # cloud-native deployments, 2024
            ("share", 29, "percent", 2022, 2022, None),  # cloud-native deployments, 2022
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.2 / 6.8) ** (1/4) - 1 = 13.286% -> 13.3
        ],
    ),
    # 22. 20-F (Japanese issuer) business overview in yen: "¥412 billion in fiscal 2023, compared with ¥358 billion
    #    in fiscal 2022, an increase of 15.1%"; segment net sales, operating margin, percentage points, employees
    #    nowhere
    dict(
        text=(
            "Item 4.B. Business Overview. Based on data compiled by the Kiyose Industrial Research Institute, the "
            "domestic market for factory machine-vision systems in Japan amounted to ¥412 billion in fiscal 2023, "
            "compared with ¥358 billion in fiscal 2022, an increase of 15.1%. Demand was led by automotive-battery "
            "and semiconductor back-end lines. Our Vision Systems segment recorded net sales of ¥61.3 billion in "
            "fiscal 2023, and its operating margin improved by 1.8 percentage points to 14.2%. As of March 31, "
            "2024, we employed 6,412 people on a consolidated basis."
        ),
        obs=[
            ("Total", 2023, 412, "JPY billion", "actual"),
            ("Total", 2022, 358, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 15.1, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 358 - 1 = 15.084% -> 15.1
        ],
    ),
    # 23. 10-K "Our Market Opportunity": company-sized total addressable market (= Total) in fiscal years,
    #    "roughly 13%" CAGR "over that period" (inferred); "multibillion-dollar opportunity", revenue,
    #    subscription mix and remaining performance obligations nowhere
    dict(
        text=(
            "Our Market Opportunity. We believe the total addressable market for our data-observability platform "
            "was approximately $38 billion in fiscal 2024, and we expect it to reach $62 billion in fiscal 2028, "
            "a compound annual growth rate of roughly 13% over that period. Beyond our core market, we view "
            "monitoring for generative-AI applications as a multibillion-dollar opportunity. Total revenue for "
            "fiscal 2024 was $1.06 billion, of which subscription revenue was 94%, and remaining performance "
            "obligations stood at $1.41 billion as of January 31, 2024."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2028, 62, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (62 / 38) ** (1/4) - 1 = 13.019% -> 13
        ],
    ),
    # 24. 10-K "industry data indicates": one year's figure with a yoy rate whose base is unprinted, a forecast
    #    range "between $6.0 billion and $6.6 billion in 2027" (two value claims, no observation), a second
    #    publisher's figure for the same year ($3.9 billion: nowhere), a poll's answer, backlog, employees nowhere
    dict(
        text=(
            "Industry data indicates that U.S. spending on hosted electronic health record (EHR) services was "
            "$4.3 billion in 2023, up 9.8% from the prior year, according to Quarry Lane Health Analytics, which "
            "forecasts the market at between $6.0 billion and $6.6 billion in 2027. A separate estimate by "
            "Tessaly Partners puts 2023 spending at $3.9 billion. In Tessaly's poll of 240 hospital CIOs, 63% said "
            "they planned to move their EHR to a hosted environment within three years. Our backlog at December "
            "31, 2023 was $287 million, and we had 1,140 employees."
        ),
        obs=[
            ("Total", 2023, 4.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2022, 2023, 1.0),  # no 2022 amount printed: no verdict
            ("value", 6.0, "USD billion", 2027, 2027, None),
            ("value", 6.6, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 25. letter to shareholders with a dateline (March 2025): "last year" = 2024 (actual), "this year" = 2025
    #    (estimate), "grow about 12% this year to $10.5 billion"; units shipped, net sales, "about a fifth of the
    #    market", gross margin, percentage points and colleagues nowhere
    dict(
        text=(
            "Letter to Shareholders, Zurich, 12 March 2025. Connectivity modules for industrial machines remained "
            "our largest end market. By our reckoning, the worldwide market for industrial IoT cellular modules "
            "reached $9.4 billion last year, and we expect it to grow about 12% this year to $10.5 billion as 5G "
            "RedCap designs move into volume. We shipped 41 million modules in 2024 and our net sales rose to "
            "$1.27 billion; we hold about a fifth of the market. Gross margin of 33.8% was 0.9 percentage points "
            "higher than in 2023, and we ended the year with 5,300 colleagues."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2025, 10.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.5 / 9.4 - 1 = 11.702% -> 12
        ],
    ),
    # 26. MD&A market trends: "grew 34% to $14.6 billion in 2024 from $11.8 billion in 2023" contradicts its
    #    own amounts; a fourth-quarter figure, the company's revenue and R&D spending nowhere
    dict(
        text=(
            "Management's Discussion and Analysis — Market Trends. According to Pellham Insights, global spending "
            "on edge AI accelerator chips grew 34% to $14.6 billion in 2024 from $11.8 billion in 2023, with "
            "fourth-quarter 2024 spending alone reaching $4.4 billion. Pellham expects the market to reach $31 "
            "billion in 2028. Our own accelerator revenue was $388.5 million in fiscal 2024, and research and "
            "development expenses were $142.0 million, or 36.6% of revenue."
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2023, 11.8, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 34.6 / 11.8 - 1 = 23.729%; bounds 14.55/11.85 - 1 = 22.785% .. 14.65/11.75 - 1 = 24.681%:
            # 34 (33.5-34.5) unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. 10-K industry overview: a part printed as amount and share ("accounted for $4.6 billion, or 58%"),
    #    a decline of the remainder (-6.5%, no amounts); survey answer, respondents, subscription growth and
    #    net retention nowhere
    dict(
        text=(
            "Industry Overview. Industry data indicates that the North American contact-center software market "
            "totaled $7.9 billion in 2024, of which cloud contact-center platforms accounted for $4.6 billion, or "
            "58%; on-premises systems made up the remainder and declined 6.5% from 2023. In our 2024 survey of "
            "1,200 contact-center leaders, 47% said they planned to add AI-based agent assistance within a year. "
            "Our cloud subscription revenue grew 31% in fiscal 2024, and our dollar-based net retention rate was "
            "114%."
        ),
        obs=[
            ("Total", 2024, 7.9, "USD billion", "actual"),
            ("Cloud contact-center platforms", 2024, 4.6, "USD billion", "actual"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),
            ("growth", -6.5, "percent", 2023, 2024, 1.0),  # on-premises decline, no amounts printed: no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.6 / 7.9 = 58.228% -> 58
        ],
    ),
    # 28. 10-K risk-factor-style market description: "nearly fivefold to $5.9 billion by 2030" (x5 over 6 years,
    #    no verdict) and "a 2024–2030 CAGR of 30.9%" exact only within rounding; vendor count and licensing
    #    revenue nowhere
    dict(
        text=(
            "The worldwide market for post-quantum cryptography products was approximately $1.2 billion in 2024 "
            "and, according to Arventa Group, is forecast to expand nearly fivefold to $5.9 billion by 2030, a "
            "2024–2030 CAGR of 30.9%. Arventa counts more than 140 vendors in the field, most of them private. "
            "Our post-quantum licensing revenue doubled in fiscal 2024 to $18.2 million."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2030, 6.0),
            ("cagr", 30.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (5.9 / 1.2) ** (1/6) - 1 = 30.400% -> 30.4, not 30.9; bounds (5.85/1.25) ** (1/6) - 1 = 29.33% ..
            # (5.95/1.15) ** (1/6) - 1 = 31.51%: 30.9 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 29. A-share annual report 报告期内公司所处行业情况 (Simplified): 2,940亿元 with 同比增长10.2% (no base), a part
    #    (研发设计类软件 612亿元, 占比20.8%), a target year "将突破4,000亿元"; company revenue, R&D ratio, staff nowhere
    dict(
        text=(
            "一、报告期内公司所处行业情况。根据赛睿咨询发布的数据，2024年我国工业软件市场规模达到2,940亿元，同比增长10.2%；"
            "其中研发设计类软件市场规模为612亿元，占比20.8%。赛睿咨询预计，到2027年我国工业软件市场规模将突破4,000亿元。"
            "报告期内，公司实现营业收入18.64亿元，同比增长12.7%，研发投入3.92亿元，占营业收入的21.0%；"
            "截至报告期末，公司在职员工2,316人。"
        ),
        obs=[
            ("Total", 2024, 2940, "CNY 100 million", "actual"),
            ("研发设计类软件", 2024, 612, "CNY 100 million", "actual"),
            ("Total", 2027, 4000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.2, "percent", 2023, 2024, 1.0),  # no 2023 amount: no verdict
            ("share", 20.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 612 / 2940 = 20.816% -> 20.8
        ],
    ),
    # 30. A-share 行业发展情况 (Simplified): 3,860亿元 (2022) -> 5,120亿元 (2024), 年均复合增长率约15.2% (inferred);
    #     a later 万亿元 figure converted to the series' 亿元 (1.1万亿 -> 11000); 千亿级, company market share,
    #     a quarter's order growth and "连续五年" nowhere
    dict(
        text=(
            "（二）行业发展情况。据中研智库统计，2022年我国数据中心基础设施市场规模为3,860亿元，2024年增至5,120亿元，"
            "年均复合增长率约15.2%。随着智算中心建设提速，中研智库预计2028年该市场规模将超过1.1万亿元，其中液冷等新型温控设备"
            "有望成为新的千亿级细分市场。公司在精密空调领域的市场占有率约为6.5%，连续五年位居行业前三。2024年第四季度，"
            "公司新签订单金额同比增长41%。"
        ),
        obs=[
            ("Total", 2022, 3860, "CNY 100 million", "actual"),
            ("Total", 2024, 5120, "CNY 100 million", "actual"),
            ("Total", 2028, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5120 / 3860) ** (1/2) - 1 = 15.171% -> 15.2
        ],
    ),
    # 31. Hong Kong 行業概覽 (Traditional): 人民幣8.6億元 (2019) -> 31.5億元 (2023), 複合年增長率38.3% (inferred);
    #     2028 人民幣142.0億元 with 2023年至2028年 CAGR 35.2% (stated) exact only within rounding; the group's revenue,
    #     its market share, "約五成" and R&D headcount nowhere
    dict(
        text=(
            "行業概覽。根據卓衡諮詢的報告，按收入計，中國醫學影像人工智能軟件市場規模由2019年的人民幣8.6億元增至2023年的"
            "人民幣31.5億元，複合年增長率為38.3%，並預期於2028年進一步增至人民幣142.0億元，2023年至2028年的複合年增長率為35.2%。"
            "2023年，本集團來自影像人工智能產品的收入為人民幣2.1億元，市場份額為6.7%，按收入計排名第三。市場集中度較高，"
            "前五大參與者合共佔據約五成的市場份額。截至2023年12月31日，本集團共有研發人員386名。"
        ),
        obs=[
            ("Total", 2019, 8.6, "CNY 100 million", "actual"),
            ("Total", 2023, 31.5, "CNY 100 million", "actual"),
            ("Total", 2028, 142.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.3, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 35.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31.5 / 8.6) ** (1/4) - 1 = 38.342% -> 38.3
            # (142.0 / 31.5) ** (1/5) - 1 = 35.144% -> 35.1, not 35.2; bounds (141.95/31.55) ** (1/5) - 1 = 35.091%
            # .. (142.05/31.45) ** (1/5) - 1 = 35.196%: 35.15 reachable -> 35.2
            ("cagr|period", "rounding"),
        ],
    ),
    # 32. Taiwan 年報 產業概況 (Traditional): 約新台幣1,380億元 (2024) vs 1,150億元 (2023), 成長20.0%; 預估2025年
    #     可望達1,600億元 (estimate); ROC-year company revenue, gross margin, 個百分點 and headcount nowhere
    dict(
        text=(
            "二、產業概況。根據台經產研中心統計，2024年台灣半導體封測設備市場規模約新台幣1,380億元，較2023年的新台幣1,150億元"
            "成長20.0%，主因先進封裝產能擴充。該中心預估2025年市場規模可望進一步達到新台幣1,600億元。本公司113年度合併營業收入"
            "為新台幣52.7億元，毛利率38.6%，較上年度增加2.3個百分點；截至年底員工人數為1,025人。"
        ),
        obs=[
            ("Total", 2024, 1380, "TWD 100 million", "actual"),
            ("Total", 2023, 1150, "TWD 100 million", "actual"),
            ("Total", 2025, 1600, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1380 / 1150 - 1 = 20.000% -> 20.0
        ],
    ),
    # 33. Hong Kong 行業概覽 (Traditional) in 億港元: 4.8 (2020) -> 9.6 (2024), 18.9% (inferred); 2029 21.3億港元,
    #     2024年至2029年 CAGR 17.3% (stated); car-park count and the group's 港幣3.12億元 revenue nowhere
    dict(
        text=(
            "行業概覽。根據安澤咨詢的資料，香港智慧停車解決方案市場規模由2020年的4.8億港元增長至2024年的9.6億港元，"
            "複合年增長率為18.9%；預期2029年將達到21.3億港元，2024年至2029年的複合年增長率為17.3%。"
            "本集團於2024年管理約120個停車場，收益為港幣3.12億元。"
        ),
        obs=[
            ("Total", 2020, 4.8, "HKD 100 million", "actual"),
            ("Total", 2024, 9.6, "HKD 100 million", "actual"),
            ("Total", 2029, 21.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.6 / 4.8) ** (1/4) - 1 = 2 ** 0.25 - 1 = 18.921% -> 18.9
            ("cagr|period", "exact"),  # (21.3 / 9.6) ** (1/5) - 1 = 17.279% -> 17.3
        ],
    ),
    # 34. A-share annual report (Simplified): 268亿元 (2024) "较2023年的203亿元同比增长23.2%" contradicts its amounts;
    #     "较2021年的56亿元增长3.8倍" between two printed amounts = x4.8 over 3 years (no verdict); shipments,
    #     business revenue and gross margin nowhere
    dict(
        text=(
            "根据中商智研数据，2024年我国储能变流器（PCS）市场规模达到268亿元，较2023年的203亿元同比增长23.2%，"
            "较2021年的56亿元增长3.8倍。报告期内，公司储能变流器出货量达3.2GW，实现相关业务收入9.87亿元，毛利率为27.4%。"
        ),
        obs=[
            ("Total", 2024, 268, "CNY 100 million", "actual"),
            ("Total", 2023, 203, "CNY 100 million", "actual"),
            ("Total", 2021, 56, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("multiple", 4.8, "multiple", 2021, 2024, 3.0),  # 增长3.8倍 between printed amounts -> x4.8 (268/56 = 4.79)
        ],
        verdicts=[
            # 268 / 203 - 1 = 32.020%; bounds 267.5/203.5 - 1 = 31.450% .. 268.5/202.5 - 1 = 32.593%:
            # 43.2 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. A-share annual report (Simplified) whose series opens in 万亿元 (unit CNY trillion): 1.45万亿元 (2024),
    #     a later 12,300亿元 (2023) converted to 1.23, 增长17.9%; 2024-2027年复合增长率约为21.5% (stated) to 2.6万亿元;
    #     the company's product growth and customer count nowhere
    dict(
        text=(
            "根据清砚研究院测算，2024年我国信创产业市场规模为1.45万亿元，较2023年的12,300亿元增长17.9%；清砚研究院预计，"
            "2024-2027年该市场复合增长率约为21.5%，到2027年规模将达到2.6万亿元。公司作为国产数据库厂商，2024年数据库产品收入"
            "同比增长35.6%，客户数量超过4,800家。"
        ),
        obs=[
            ("Total", 2024, 1.45, "CNY trillion", "actual"),
            ("Total", 2023, 1.23, "CNY trillion", "actual"),  # 12,300亿元 in the series' unit
            ("Total", 2027, 2.6, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.45 / 1.23 - 1 = 17.886% -> 17.9
            ("cagr|period", "exact"),  # (2.6 / 1.45) ** (1/3) - 1 = 21.489% -> 21.5
        ],
    ),
    # 36. table (English pipe tables, 10-K): the company's segment revenue table (nowhere) beside the industry's
    #     size table by category with a Total row and a 2027E column; each year's rows add to the Total row
    dict(
        text=(
            "The following table sets forth our revenue by segment (in millions):\n"
            "\n"
            "| Segment | Fiscal 2023 | Fiscal 2024 |\n"
            "|---|---|---|\n"
            "| Network Security | $412.3 | $468.9 |\n"
            "| Cloud Security | 188.0 | 257.4 |\n"
            "| Services | 96.2 | 101.5 |\n"
            "| Total revenue | $696.5 | $827.8 |\n"
            "\n"
            "According to Halden & Rusk Research, the worldwide network-security market was sized as follows "
            "(US$ billion):\n"
            "\n"
            "| Category | 2023 | 2024 | 2027E |\n"
            "|---|---|---|---|\n"
            "| Firewall appliances | 14.8 | 15.6 | 18.9 |\n"
            "| Secure access service edge | 6.2 | 8.1 | 15.4 |\n"
            "| Total | 21.0 | 23.7 | 34.3 |\n"
        ),
        obs=[
            ("Firewall appliances", 2023, 14.8, "USD billion", "actual"),
            ("Firewall appliances", 2024, 15.6, "USD billion", "actual"),
            ("Firewall appliances", 2027, 18.9, "USD billion", "estimate"),
            ("Secure access service edge", 2023, 6.2, "USD billion", "actual"),
            ("Secure access service edge", 2024, 8.1, "USD billion", "actual"),
            ("Secure access service edge", 2027, 15.4, "USD billion", "estimate"),
            ("Total", 2023, 21.0, "USD billion", "actual"),
            ("Total", 2024, 23.7, "USD billion", "actual"),
            ("Total", 2027, 34.3, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.8 + 6.2 = 21.0
            ("hierarchy", "exact"),  # 2024: 15.6 + 8.1 = 23.7
            ("hierarchy", "exact"),  # 2027E: 18.9 + 15.4 = 34.3
        ],
    ),
    # 37. table (Simplified Chinese, space-aligned vertical table: rows are years, two value columns named by
    #     segment, unit in the caption 单位：亿元, a 2025E row); 2021-2024年 CAGR 26.6% (stated); unit sales and
    #     revenue mix nowhere
    dict(
        text=(
            "根据智造通研究院数据，近年来我国协作机器人与传统工业机器人市场规模如下（单位：亿元）：\n"
            "年份      协作机器人    传统工业机器人\n"
            "2021年       28.6          612.0\n"
            "2022年       36.4          638.5\n"
            "2023年       45.1          671.2\n"
            "2024年       58.0          690.8\n"
            "2025E        74.5          715.0\n"
            "2021-2024年，协作机器人市场规模年均复合增长率为26.6%。报告期内，公司协作机器人销量1.15万台，"
            "占公司营业收入的63.2%。"
        ),
        obs=[
            ("协作机器人", 2021, 28.6, "CNY 100 million", "actual"),
            ("协作机器人", 2022, 36.4, "CNY 100 million", "actual"),
            ("协作机器人", 2023, 45.1, "CNY 100 million", "actual"),
            ("协作机器人", 2024, 58.0, "CNY 100 million", "actual"),
            ("协作机器人", 2025, 74.5, "CNY 100 million", "estimate"),
            ("传统工业机器人", 2021, 612.0, "CNY 100 million", "actual"),
            ("传统工业机器人", 2022, 638.5, "CNY 100 million", "actual"),
            ("传统工业机器人", 2023, 671.2, "CNY 100 million", "actual"),
            ("传统工业机器人", 2024, 690.8, "CNY 100 million", "actual"),
            ("传统工业机器人", 2025, 715.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.6, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58.0 / 28.6) ** (1/3) - 1 = 26.577% -> 26.6
        ],
    ),
    # 38. table (English, 20-F, space-aligned vertical table with a lone column headed by its unit "US$ million"
    #     -> Total; E rows are estimates); "up 29.1% from 2023" and "a CAGR of 31.2% from 2024 to 2027" (stated);
    #     revenue and count of automakers nowhere
    dict(
        text=(
            "Item 4.B — Industry. The table below shows the market for automotive LiDAR sensors as estimated by "
            "Bellwood Research.\n"
            "\n"
            "Year      US$ million\n"
            "2022          1,120\n"
            "2023          1,480\n"
            "2024          1,910\n"
            "2025E         2,560\n"
            "2026E         3,350\n"
            "2027E         4,310\n"
            "\n"
            "The 2024 figure was up 29.1% from 2023, and Bellwood projects a CAGR of 31.2% from 2024 to 2027, "
            "driven by Level 3 programs in China and Europe. Our revenues in 2024 were $96.4 million, and we had "
            "design wins with 11 automakers."
        ),
        obs=[
            ("Total", 2022, 1120, "USD million", "actual"),
            ("Total", 2023, 1480, "USD million", "actual"),
            ("Total", 2024, 1910, "USD million", "actual"),
            ("Total", 2025, 2560, "USD million", "estimate"),
            ("Total", 2026, 3350, "USD million", "estimate"),
            ("Total", 2027, 4310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2023, 2024, 1.0),
            ("cagr", 31.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1910 / 1480 - 1 = 29.054% -> 29.1
            ("cagr|period", "exact"),  # (4310 / 1910) ** (1/3) - 1 = 31.164% -> 31.2
        ],
    ),
    # 39. table (Traditional Chinese pipe table, HK 行業概覽, 人民幣十億元 = CNY billion, 2028E column and two CAGR
    #     columns per row, all stated); the 2019 總計 row is the sum only within rounding, SaaS 2023-2028E CAGR
    #     26.4% only within rounding; the group's revenue nowhere
    dict(
        text=(
            "下表載列中國工業互聯網平台市場按服務類型劃分的規模（人民幣十億元）：\n"
            "\n"
            "| 服務類型 | 2019年 | 2023年 | 2028E | 2019年至2023年複合年增長率 | 2023年至2028E複合年增長率 |\n"
            "|---|---|---|---|---|---|\n"
            "| 平台即服務 | 12.4 | 31.8 | 88.6 | 26.5% | 22.7% |\n"
            "| 軟件即服務 | 8.7 | 24.5 | 79.3 | 29.5% | 26.4% |\n"
            "| 總計 | 21.2 | 56.3 | 167.9 | 27.7% | 24.4% |\n"
            "\n"
            "資料來源：恒拓諮詢報告。2023年，本集團收益為人民幣18.6億元。"
        ),
        obs=[
            ("平台即服務", 2019, 12.4, "CNY billion", "actual"),
            ("平台即服務", 2023, 31.8, "CNY billion", "actual"),
            ("平台即服務", 2028, 88.6, "CNY billion", "estimate"),
            ("軟件即服務", 2019, 8.7, "CNY billion", "actual"),
            ("軟件即服務", 2023, 24.5, "CNY billion", "actual"),
            ("軟件即服務", 2028, 79.3, "CNY billion", "estimate"),
            ("總計", 2019, 21.2, "CNY billion", "actual"),
            ("總計", 2023, 56.3, "CNY billion", "actual"),
            ("總計", 2028, 167.9, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2019, 2023, None, "stated"),  # 平台即服務
            ("cagr", 22.7, "percent", 2023, 2028, None, "stated"),  # 平台即服務
            ("cagr", 29.5, "percent", 2019, 2023, None, "stated"),  # 軟件即服務
            ("cagr", 26.4, "percent", 2023, 2028, None, "stated"),  # 軟件即服務
            ("cagr", 27.7, "percent", 2019, 2023, None, "stated"),  # 總計
            ("cagr", 24.4, "percent", 2023, 2028, None, "stated"),  # 總計
        ],
        verdicts=[
            # 2019: 12.4 + 8.7 = 21.1, printed 21.2; bounds 21.0 .. 21.2 (12.45 + 8.75) reach 21.15+ -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2023: 31.8 + 24.5 = 56.3
            ("hierarchy", "exact"),  # 2028E: 88.6 + 79.3 = 167.9
            ("cagr|period", "exact"),  # (31.8 / 12.4) ** (1/4) - 1 = 26.547% -> 26.5
            ("cagr|period", "exact"),  # (88.6 / 31.8) ** (1/5) - 1 = 22.744% -> 22.7
            ("cagr|period", "exact"),  # (24.5 / 8.7) ** (1/4) - 1 = 29.542% -> 29.5
            # (79.3 / 24.5) ** (1/5) - 1 = 26.480% -> 26.5, not 26.4; bounds (79.25/24.55) ** (1/5) - 1 = 26.412%
            # .. (79.35/24.45) ** (1/5) - 1 = 26.548%: 26.412 < 26.45 -> 26.4 reachable
            ("cagr|period", "rounding"),
            ("cagr|period", "exact"),  # (56.3 / 21.2) ** (1/4) - 1 = 27.657% -> 27.7
            ("cagr|period", "exact"),  # (167.9 / 56.3) ** (1/5) - 1 = 24.425% -> 24.4
        ],
    ),
    # 40. table (Simplified Chinese, tab-separated): the company's 分产品 table in 万元 with gross margins (nowhere,
    #     table number 表1 nowhere) beside the industry's 机器视觉 table in 亿元 with a 合计 row; the 2025年E column's
    #     合计 232 does not match 158 + 64 = 222
    dict(
        text=(
            "表1：报告期内公司主营业务分产品情况（单位：万元）\n"
            "产品\t营业收入\t营业成本\t毛利率\n"
            "工业相机\t86,420.15\t49,310.22\t42.94%\n"
            "智能读码器\t35,118.60\t18,902.47\t46.18%\n"
            "视觉软件\t12,064.33\t2,615.80\t78.32%\n"
            "\n"
            "根据高察产业研究院数据，我国机器视觉市场规模情况如下（单位：亿元）：\n"
            "细分市场\t2023年\t2024年\t2025年E\n"
            "2D视觉\t142\t151\t158\n"
            "3D视觉\t43\t52\t64\n"
            "合计\t185\t203\t232\n"
        ),
        obs=[
            ("2D视觉", 2023, 142, "CNY 100 million", "actual"),
            ("2D视觉", 2024, 151, "CNY 100 million", "actual"),
            ("2D视觉", 2025, 158, "CNY 100 million", "estimate"),
            ("3D视觉", 2023, 43, "CNY 100 million", "actual"),
            ("3D视觉", 2024, 52, "CNY 100 million", "actual"),
            ("3D视觉", 2025, 64, "CNY 100 million", "estimate"),
            ("合计", 2023, 185, "CNY 100 million", "actual"),
            ("合计", 2024, 203, "CNY 100 million", "actual"),
            ("合计", 2025, 232, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142 + 43 = 185
            ("hierarchy", "exact"),  # 2024: 151 + 52 = 203
            # 2025E: 158 + 64 = 222; bounds 221 .. 223 (each +-0.5); printed 232 unreachable
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninetieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 9, 'exact': 53}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a CAGR of 36.6% from 2024 to 2030',
    'A rival estimate from Quillon Analytics puts the 2024 market at',
    'compounding at 12.7% a year — Tessary Insights',
    'Key stats at a glance:',
    'came to $7.9 billion last year — Kestrel Data',
    "or 24.9% of this year's total",
    'That would be a sevenfold increase in six years',
    'between $110 billion and $130 billion in 2026',
    'forecast at ¥6,790 billion in FY2025',
    'HK$486 million in 2024 (via Harbourline Data)',
    'more than fivefold its 2024 size',
    '2024年突破7000亿元，同比增长21%',
    '较2020年增长3倍',
    '答（知乎用户 @云上老周，2024年9月）：谢邀。',
    '【懶人包】AI伺服器產業一次看懂',
    '2023至2028年複合年增長率10.9%',
    '2024年达1.21万亿元，同比增长9.6%',
    'Year\tUSD billion',
    '| 總計 | 340.4 | 389.6 |',
    'Market                 2024     2030F    CAGR 2024-30',
    'was $6.8 billion in 2024 and is expected to grow to $11.2 billion by 2028',
    'amounted to ¥412 billion in fiscal 2023, compared with ¥358 billion in fiscal 2022',
    'total addressable market for our data-observability platform was approximately $38 billion',
    'at between $6.0 billion and $6.6 billion in 2027',
    'reached $9.4 billion last year, and we expect it to grow about 12% this year',
    'grew 34% to $14.6 billion in 2024 from $11.8 billion in 2023',
    'accounted for $4.6 billion, or 58%',
    'expand nearly fivefold to $5.9 billion by 2030, a 2024–2030 CAGR of 30.9%',
    '市场规模达到2,940亿元，同比增长10.2%',
    '将超过1.1万亿元',
    '由2019年的人民幣8.6億元增至2023年的人民幣31.5億元',
    '約新台幣1,380億元，較2023年的新台幣1,150億元成長20.0%',
    '由2020年的4.8億港元增長至2024年的9.6億港元',
    '较2021年的56亿元增长3.8倍',
    '1.45万亿元，较2023年的12,300亿元增长17.9%',
    '| Total | 21.0 | 23.7 | 34.3 |',
    '年份      协作机器人    传统工业机器人',
    'Year      US$ million',
    '（人民幣十億元）',
    '合计\t185\t203\t232',
)
#: the set's blind score (written without reading or running the extractor): 154 figures, 56 rates, 65 verdicts and 2
#: false inconsistent on the code before the readings chosen on it; four parts' expectations mended to the series'
#: unit (its first figure's 万亿元)
FLOORS = {"figures_found": 173, "rates_found": 56, "verdicts_right": 67}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset90.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
