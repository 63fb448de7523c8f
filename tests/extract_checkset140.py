"""A hundred-and-fortieth check set for the extractor, written blind: AI in government, legal and public services, in English
and Chinese (Simplified and Traditional) -- government AI procurement, smart-city platforms, AI for courts and legal
research, tax and customs AI, public-safety video analytics and public health administration, sized in money by
government IT research firms, procurement trackers, brokers, digital-government plans, Japanese, Korean, Singaporean
and Taiwanese agencies and associations and consultancies; tenders and contracts, cases and documents handled,
citizens served, ministries' whole budgets, a vendor's own revenue, funding rounds, a quarter's or a half's figures
and the whole government IT budget are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. (E1) dated US news item: fiscal-year figures, "a 38% jump from $3.3 billion" -- rate exact only within
    #    rounding; contract-action count, agency count, "$74 billion ... on IT as a whole" and "multibillion-dollar"
    #    expected nowhere
    dict(
        text=(
            "WASHINGTON, 12 February 2025 — Federal civilian agencies obligated $4.6 billion on artificial-intelligence "
            "products and services in fiscal 2024, a 38% jump from $3.3 billion in fiscal 2023, according to Halvern "
            "GovData, which tracks public contract awards. The money was spread across 2,140 separate contract actions, "
            "and the number of agencies buying at least one AI tool rose to 61. Halvern points out that the total is "
            "still a sliver of the roughly $74 billion the same agencies spend on IT as a whole. Defence and "
            "intelligence purchases, which the tracker leaves out, would add a multibillion-dollar sum on top."
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2023, 3.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 4.6 / 3.3 - 1 = 39.39% -> 39, not 38; bounds 4.55/3.35 - 1 = 35.82% .. 4.65/3.25 - 1 = 43.08%,
            # 38 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 2. (E2) consultancy outlook on legal-research AI: 2024 base, 2030 forecast, "compound annual growth rate of
    #    18.6% between 2024 and 2030" (stated span); a start-up's Series C and a count of filings nowhere
    dict(
        text=(
            "Legal research platforms built on large language models brought in $1.84 billion worldwide in 2024, the "
            "London consultancy Ashdown & Pryce estimates in its latest Legal Technology Outlook. It forecasts the "
            "segment will be worth $5.12 billion in 2030, a compound annual growth rate of 18.6% between 2024 and "
            "2030. Courts and public defenders are the fastest-adopting buyers, although law firms still pay for most "
            "of it. Clerkwise, the best-funded start-up in the field, closed an $85 million Series C in January and says "
            "its tools were used in 1.2 million court filings last year."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2030, 5.12, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (5.12 / 1.84) ** (1/6) - 1 = 2.78261 ** (1/6) - 1 = 18.597% -> 18.6 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 3. (E3) earnings-call excerpt: the company's TAM is the market (Total), "this year" = 2025 estimate, 2028
    #    target; "compound annual growth rate of about 12%" with no span printed (inferred) is contradicted by its
    #    own amounts; the quarter's revenue and its growth, contract count, price target and upside nowhere
    dict(
        text=(
            "Brightwater Vision, third-quarter 2025 earnings call, 29 October 2025. Chief executive Dana Okafor: "
            "\"Revenue for the quarter was $212 million, up 19% year on year, and we signed 14 new state and municipal "
            "contracts. Stepping back, we size the total addressable market for public-safety video analytics at "
            "roughly $11 billion this year, and we expect it to reach $19 billion in 2028, which is a compound annual "
            "growth rate of about 12%. We think we are still early.\" Later on the call, an analyst from Corbel "
            "Partners reiterated a $64 price target on the shares, implying 23% upside."
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2028, 19, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 12.0, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (19 / 11) ** (1/3) - 1 = 19.98%; bounds (18.5/11.5) ** (1/3) - 1 = 17.17% ..
            # (19.5/10.5) ** (1/3) - 1 = 22.92%; 12 lies outside -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 4. (E4) London news: "last year" = 2024, a part named in prose with its share ("£410 million of that, or
    #    64%"), "this year" = 2025 estimate with "a rise of 16%"; tender count and percentage points nowhere
    dict(
        text=(
            "LONDON, 20 May 2025 — Public bodies in Britain spent £640 million on AI software and services last year, "
            "according to Tallis Public Sector Research. Central government departments accounted for £410 million "
            "of that, or 64%, with councils, police forces and NHS trusts making up the remainder. Tallis forecasts "
            "spending of £745 million this year, a rise of 16%. The number of AI tenders published on the "
            "government's contracts portal climbed to 1,870, and the central departments' share of those tenders "
            "rose by 5 percentage points."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Central government departments", 2024, 410, "GBP million", "actual"),
            ("Total", 2025, 745, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 64.0, "percent", 2024, 2024, None),
            ("growth", 16.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 410 / 640 = 64.06% -> 64 -> exact
            ("cagr|implied", "exact"),  # 745 / 640 - 1 = 16.41% -> 16 -> exact
        ],
    ),
    # 5. (E5) Tokyo research-house release in yen: "¥86.4 billion in fiscal 2024", CAGR "from fiscal 2024 to
    #    fiscal 2028" to ¥152 billion (stated); survey count, survey percentage and the Digital Agency's whole budget
    #    request nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI tools used by prefectural and municipal governments reached ¥86.4 billion "
            "in fiscal 2024, the Kanzaki Research Institute said on 9 July 2025. The institute expects the market to "
            "grow at a compound annual rate of 15.2% from fiscal 2024 to fiscal 2028, to ¥152 billion, led by "
            "chat-based resident enquiry services and document drafting. Kanzaki polled 1,741 municipalities, and 58% "
            "of them said at least one department had introduced generative AI. The Digital Agency's total budget "
            "request of ¥494.2 billion covers far more than AI."
        ),
        obs=[
            ("Total", 2024, 86.4, "JPY billion", "actual"),
            ("Total", 2028, 152, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (152 / 86.4) ** (1/4) - 1 = 1.759259 ** 0.25 - 1 = 15.17% -> 15.2 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 6. (E6) Brussels news on public-health administration AI: "23.5% more than the €1.15 billion spent in 2023",
    #    a 2028 forecast; a fourth-quarter figure, documents processed, vendor count and a funding round nowhere
    dict(
        text=(
            "BRUSSELS, 3 April 2025 — Europe's public health systems spent €1.42 billion in 2024 on artificial "
            "intelligence for administrative work such as claims processing, clinical coding and appointment "
            "scheduling, 23.5% more than the €1.15 billion spent in 2023, according to Meridian Health Analytics. "
            "Meridian expects the figure to reach €3.0 billion in 2028. In the fourth quarter alone, hospitals and "
            "public insurers signed contracts worth €460 million. One Dutch deployment now processes 410 million "
            "documents a year, and Meridian counts 312 vendors bidding for public tenders. Nordvia Health AI, a "
            "Copenhagen supplier, raised €40 million in a funding round last month."
        ),
        obs=[
            ("Total", 2024, 1.42, "EUR billion", "actual"),
            ("Total", 2023, 1.15, "EUR billion", "actual"),
            ("Total", 2028, 3.0, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.15 - 1 = 23.48% -> 23.5 -> exact
        ],
    ),
    # 7. (E7) broker's sector note: "US$2.7bn in 2024", "US$6.9bn by 2029", "a 2024-2029 CAGR of 21%"; a fraction
    #    in words, a listed company's target price and upside, its own revenue in HK$ and a count of tax authorities
    #    nowhere
    dict(
        text=(
            "Kingsroad Securities, in a sector note dated 14 March 2025, sizes the global market for AI in tax "
            "administration and customs at US$2.7bn in 2024 and forecasts US$6.9bn by 2029, a 2024-2029 CAGR of 21%. "
            "Risk scoring of import declarations is the largest use case, and customs agencies already account for "
            "about a third of spending. The broker initiated coverage of Hong Kong-listed Taxon Digital with a target "
            "price of HK$48.60, implying 27% upside; Taxon's own revenue rose to HK$1.37bn in 2024. Kingsroad counts "
            "46 national tax authorities running at least one machine-learning audit tool."
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2029, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (6.9 / 2.7) ** (1/5) - 1 = 2.55556 ** 0.2 - 1 = 20.64% -> 21 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 8. (E8) Singapore-datelined news on ASEAN government AI: "last year" = 2024, "up 31% from US$0.86 billion in
    #    2023" (rounding only), a 2030 range ("between US$2.6 billion and US$3.0 billion") as two value claims; a
    #    rival publisher's figure for the same year and a count of chatbot conversations nowhere
    dict(
        text=(
            "SINGAPORE, 28 August 2025 — Governments in six South-East Asian economies spent US$1.12 billion on AI "
            "systems last year, up 31% from US$0.86 billion in 2023, according to Straits Meridian Advisory. The "
            "firm expects annual spending to land between US$2.6 billion and US$3.0 billion by 2030, with digital "
            "identity and benefits fraud detection leading. A rival tally by Pemberton Analytics puts last year's "
            "spending higher, at US$1.35 billion. Public-service chatbots in the region handled some 96 million "
            "conversations in the first half of this year."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2023, 0.86, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("value", 2.6, "USD billion", 2030, 2030, None),
            ("value", 3.0, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # 1.12 / 0.86 - 1 = 30.23% -> 30, not 31; bounds 1.115/0.865 - 1 = 28.90% .. 1.125/0.855 - 1 = 31.58%,
            # 31 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. (E9) US court-technology survey: "a 45% increase on the $236 million spent in 2023" contradicted by its
    #    own amounts; "nearly tripled since 2020" a multiple with no verdict; fourth-quarter purchases, caseload and
    #    a survey percentage nowhere
    dict(
        text=(
            "State court systems in the United States spent $310 million in 2024 on AI-assisted case management, "
            "transcription and legal research tools, a 45% increase on the $236 million spent in 2023, the Calder "
            "Institute for Court Technology said in its annual survey. Spending has nearly tripled since 2020, the "
            "institute added. Fourth-quarter purchases alone came to $97 million as courts hurried to use up annual "
            "appropriations. The courts surveyed handled 83 million new cases in 2024, and 41% of court "
            "administrators named staff shortages as their main reason for buying AI."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2023, 236, "USD million", "actual"),
        ],
        claims=[
            ("growth", 45.0, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # "nearly tripled since 2020", no verdict
        ],
        verdicts=[
            # 310 / 236 - 1 = 31.36%; bounds 309.5/236.5 - 1 = 30.87% .. 310.5/235.5 - 1 = 31.85%;
            # 45 lies outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. (C1) Simplified Chinese news on 城市大脑: 2024 vs 2023 with 同比增长21.3%, target 到2027年 "突破700亿元"
    #     (approximate, printed figure), "2024—2027年年均复合增长率约为22%" (stated); report-title year, city count,
    #     a vendor's own revenue (去年) and "千亿级" nowhere
    dict(
        text=(
            "本报讯（2025年6月18日）据咨询机构瀚川智库发布的《中国城市大脑市场研究报告（2025）》，2024年我国城市大脑"
            "市场规模达到386.5亿元，较2023年的318.6亿元同比增长21.3%。报告预计，到2027年市场规模将突破700亿元，"
            "2024—2027年年均复合增长率约为22%。目前全国已有超过500个城市启动城市大脑建设，头部厂商云衢科技去年相关"
            "业务收入为41.2亿元。业内普遍认为，城市治理智能化是一个千亿级市场。"
        ),
        obs=[
            ("Total", 2024, 386.5, "CNY 100 million", "actual"),
            ("Total", 2023, 318.6, "CNY 100 million", "actual"),
            ("Total", 2027, 700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386.5 / 318.6 - 1 = 21.31% -> 21.3 -> exact
            ("cagr|implied", "exact"),  # (700 / 386.5) ** (1/3) - 1 = 1.81113 ** (1/3) - 1 = 21.89% -> 22 -> exact
        ],
    ),
    # 11. (C2) Simplified Chinese on 智慧法院: "较2021年增长2倍" between two printed amounts is x3 over 3 years (no
    #     verdict); 有望 2027 estimate; caseload, documents served (1.2亿份) and 百分点 nowhere
    dict(
        text=(
            "据法研数据统计，2021年全国智慧法院建设市场规模为45亿元，2024年达到135亿元，较2021年增长2倍。"
            "同期全国法院受理案件4,600余万件，电子送达文书超过1.2亿份。法研数据预计，随着庭审语音识别、类案推送和"
            "智能辅助量刑的普及，到2027年全国智慧法院市场规模有望达到260亿元。另据测算，人工智能在法院信息化投入中"
            "的占比较上年提高了4个百分点。"
        ),
        obs=[
            ("Total", 2021, 45, "CNY 100 million", "actual"),
            ("Total", 2024, 135, "CNY 100 million", "actual"),
            ("Total", 2027, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 增长2倍 with both amounts printed -> x3 (135/45 = 3)
        ],
        verdicts=[],
    ),
    # 12. (C3) Traditional Chinese (Taiwan) release in 新台幣億元: "較2023年的46億元年增26.8%" exact only within
    #     rounding, 預估 2025 estimate; tender count, the ministry's whole budget and a survey percentage nowhere
    dict(
        text=(
            "【台北訊】財團法人亞太數位治理研究中心2025年3月26日發布調查指出，2024年台灣政府機關AI相關採購市場規模為"
            "新台幣58.2億元，較2023年的46億元年增26.8%。該中心預估，2025年市場規模可望達到新台幣74億元。去年各級"
            "機關公告的AI相關標案共1,260件；數位發展部全年總預算則為新台幣248億元，但其中多數並非AI支出。受訪機關中"
            "有63%表示今年將擴大導入生成式AI。"
        ),
        obs=[
            ("Total", 2024, 58.2, "TWD 100 million", "actual"),
            ("Total", 2023, 46, "TWD 100 million", "actual"),
            ("Total", 2025, 74, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58.2 / 46 - 1 = 26.52% -> 26.5, not 26.8; bounds 58.15/46.5 - 1 = 25.05% .. 58.25/45.5 - 1 = 28.02%,
            # 26.8 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. (C4) Traditional Chinese (Hong Kong) in 億港元: "約為36.8億港元" (approximate, printed figure), growth from
    #     29.5億港元, a part with "約佔58%"; the whole government IT spend and citizens served nowhere
    dict(
        text=(
            "港灣智庫最新報告顯示，2024年香港政府部門在人工智能相關系統上的開支約為36.8億港元，較2023年的29.5億港元"
            "增長24.7%。其中軟件及雲端平台佔21.4億港元，約佔58%，其餘為系統整合及顧問服務。政府資訊科技總開支同年為"
            "137億港元，人工智能只屬其中一小部分。報告又指，「易政通」等電子服務平台全年服務市民逾3,000萬人次。"
        ),
        obs=[
            ("Total", 2024, 36.8, "HKD 100 million", "actual"),
            ("Total", 2023, 29.5, "HKD 100 million", "actual"),
            ("軟件及雲端平台", 2024, 21.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("share", 58.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 36.8 / 29.5 - 1 = 24.75% -> 24.7 -> exact (24.7458)
            ("arithmetic", "exact"),  # 21.4 / 36.8 = 58.15% -> 58 -> exact
        ],
    ),
    # 14. (C5) Simplified Chinese on 数字政府: series opens in 亿元 so "突破1万亿元" is 10000 in CNY 100 million; a
    #     part with its share "占比13.3%"; stated "2024-2027年复合增长率为13.4%"; a fourth-quarter tender sum and
    #     a user count nowhere
    dict(
        text=(
            "赛维数研2025年1月发布的数据显示，2024年中国数字政府市场规模为6,850亿元，其中政务AI相关软件与服务规模为"
            "912亿元，占比13.3%。该机构预测，2027年数字政府市场规模将突破1万亿元，2024-2027年复合增长率为13.4%。"
            "仅2024年第四季度，各地公开发布的数字政府类招标项目金额合计就达2,310亿元；全国一体化政务服务平台实名"
            "注册用户已超过10亿。"
        ),
        obs=[
            ("Total", 2024, 6850, "CNY 100 million", "actual"),
            ("政务AI相关软件与服务", 2024, 912, "CNY 100 million", "actual"),
            ("Total", 2027, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 13.3, "percent", 2024, 2024, None),
            ("cagr", 13.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 912 / 6850 = 13.31% -> 13.3 -> exact
            ("cagr|implied", "exact"),  # (10000 / 6850) ** (1/3) - 1 = 1.45985 ** (1/3) - 1 = 13.44% -> 13.4 -> exact
        ],
    ),
    # 15. (T1) English pipe table by segment with a Total row and a 2025E column, plus a growth line; a count of
    #     solicitations nowhere
    dict(
        text=(
            "State and local government AI spending by segment (US$ million)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Citizen services & chatbots | 412 | 538 | 690 |\n"
            "| Public-safety analytics | 655 | 781 | 905 |\n"
            "| Benefits & tax processing | 298 | 377 | 468 |\n"
            "| Transportation & traffic | 187 | 226 | 271 |\n"
            "| Total | 1,552 | 1,922 | 2,334 |\n"
            "Source: Redfield GovTech Insight. Total spending rose 23.8% in 2024, and Redfield logged 3,418 "
            "AI-related solicitations over the year."
        ),
        obs=[
            ("Citizen services & chatbots", 2023, 412, "USD million", "actual"),
            ("Citizen services & chatbots", 2024, 538, "USD million", "actual"),
            ("Citizen services & chatbots", 2025, 690, "USD million", "estimate"),
            ("Public-safety analytics", 2023, 655, "USD million", "actual"),
            ("Public-safety analytics", 2024, 781, "USD million", "actual"),
            ("Public-safety analytics", 2025, 905, "USD million", "estimate"),
            ("Benefits & tax processing", 2023, 298, "USD million", "actual"),
            ("Benefits & tax processing", 2024, 377, "USD million", "actual"),
            ("Benefits & tax processing", 2025, 468, "USD million", "estimate"),
            ("Transportation & traffic", 2023, 187, "USD million", "actual"),
            ("Transportation & traffic", 2024, 226, "USD million", "actual"),
            ("Transportation & traffic", 2025, 271, "USD million", "estimate"),
            ("Total", 2023, 1552, "USD million", "actual"),
            ("Total", 2024, 1922, "USD million", "actual"),
            ("Total", 2025, 2334, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 412+655+298+187 = 1552; 538+781+377+226 = 1922; 690+905+468+271 = 2334 -> exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 1922 / 1552 - 1 = 23.84% -> 23.8 -> exact
        ],
    ),
    # 16. (T2) Simplified Chinese tab-separated table (单位：亿元) with 合计 row and 2025E/2026E columns, a stated
    #     2023-2026 CAGR note; the table number 表2 nowhere
    dict(
        text=(
            "表2 中国政务人工智能市场细分规模（单位：亿元）\n"
            "细分领域\t2023\t2024\t2025E\t2026E\n"
            "智能政务服务\t96.4\t121.8\t150.2\t182.5\n"
            "城市治理与城市大脑\t132.7\t158.3\t189.6\t224.1\n"
            "智慧司法\t38.5\t47.2\t57.9\t70.3\n"
            "税务与海关\t27.9\t35.6\t44.8\t55.1\n"
            "合计\t295.5\t362.9\t442.5\t532.0\n"
            "资料来源：辰砂咨询。2023-2026年合计规模年均复合增长率为21.7%。"
        ),
        obs=[
            ("智能政务服务", 2023, 96.4, "CNY 100 million", "actual"),
            ("智能政务服务", 2024, 121.8, "CNY 100 million", "actual"),
            ("智能政务服务", 2025, 150.2, "CNY 100 million", "estimate"),
            ("智能政务服务", 2026, 182.5, "CNY 100 million", "estimate"),
            ("城市治理与城市大脑", 2023, 132.7, "CNY 100 million", "actual"),
            ("城市治理与城市大脑", 2024, 158.3, "CNY 100 million", "actual"),
            ("城市治理与城市大脑", 2025, 189.6, "CNY 100 million", "estimate"),
            ("城市治理与城市大脑", 2026, 224.1, "CNY 100 million", "estimate"),
            ("智慧司法", 2023, 38.5, "CNY 100 million", "actual"),
            ("智慧司法", 2024, 47.2, "CNY 100 million", "actual"),
            ("智慧司法", 2025, 57.9, "CNY 100 million", "estimate"),
            ("智慧司法", 2026, 70.3, "CNY 100 million", "estimate"),
            ("税务与海关", 2023, 27.9, "CNY 100 million", "actual"),
            ("税务与海关", 2024, 35.6, "CNY 100 million", "actual"),
            ("税务与海关", 2025, 44.8, "CNY 100 million", "estimate"),
            ("税务与海关", 2026, 55.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 295.5, "CNY 100 million", "actual"),
            ("合计", 2024, 362.9, "CNY 100 million", "actual"),
            ("合计", 2025, 442.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 532.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.7, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            # 96.4+132.7+38.5+27.9 = 295.5; 121.8+158.3+47.2+35.6 = 362.9; 150.2+189.6+57.9+44.8 = 442.5;
            # 182.5+224.1+70.3+55.1 = 532.0 -> exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (532.0 / 295.5) ** (1/3) - 1 = 1.80034 ** (1/3) - 1 = 21.65% -> 21.7 -> exact
        ],
    ),
    # 17. (T3) English: a tenders table beside a vertical market-value table whose lone value column is headed by
    #     its unit only (-> Total), a 2025F row; only the values are observations; table numbers nowhere
    dict(
        text=(
            "Table 3. Public-safety video analytics in Latin America: tender activity\n"
            "Year   Tenders published   Contracts awarded\n"
            "2022   1,180               942\n"
            "2023   1,365               1,101\n"
            "2024   1,512               1,238\n"
            "\n"
            "Table 4. Public-safety video analytics market, Latin America\n"
            "Year    USD million\n"
            "2022    1,240\n"
            "2023    1,410\n"
            "2024    1,655\n"
            "2025F   1,930\n"
            "\n"
            "Source: Oriel Public Markets. The market grew 17.4% in 2024 as Brazilian and Mexican states renewed "
            "camera-network contracts."
        ),
        obs=[
            ("Total", 2022, 1240, "USD million", "actual"),
            ("Total", 2023, 1410, "USD million", "actual"),
            ("Total", 2024, 1655, "USD million", "actual"),
            ("Total", 2025, 1930, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1655 / 1410 - 1 = 17.38% -> 17.4 -> exact
        ],
    ),
    # 18. (T4) Traditional Chinese vertical table (rows are years, lone column headed 新台幣億元 -> Total), a 2025F
    #     row, stated 2021至2024年 CAGR; member count and a half-year figure nowhere
    dict(
        text=(
            "臺灣智慧城市AI解決方案市場規模\n"
            "年度      新台幣億元\n"
            "2021      112.6\n"
            "2022      131.9\n"
            "2023      150.4\n"
            "2024      176.8\n"
            "2025F     205.0\n"
            "資料來源：臺灣智慧城市產業聯盟。聯盟指出，2021至2024年複合成長率達16.2%，其中2024年上半年為新台幣79.3億元；"
            "目前聯盟會員廠商共218家。"
        ),
        obs=[
            ("Total", 2021, 112.6, "TWD 100 million", "actual"),
            ("Total", 2022, 131.9, "TWD 100 million", "actual"),
            ("Total", 2023, 150.4, "TWD 100 million", "actual"),
            ("Total", 2024, 176.8, "TWD 100 million", "actual"),
            ("Total", 2025, 205.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (176.8 / 112.6) ** (1/3) - 1 = 1.57016 ** (1/3) - 1 = 16.23% -> 16.2 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 19. (T5) English space-aligned table by country with Total row and a 2027F column; a row's share of the
    #     total and a stated 2024-2027 CAGR; report number and survey count nowhere
    dict(
        text=(
            "AI spending by European justice ministries and courts, by country (EUR million)\n"
            "Country       2024     2027F\n"
            "Germany      148.2     251.6\n"
            "France       117.5     203.9\n"
            "Italy         71.3     128.4\n"
            "Spain         58.6     102.7\n"
            "Other EU     104.9     176.3\n"
            "Total        500.5     862.9\n"
            "Source: Vantroux Justice Analytics, report no. 7/2025, based on a survey of 420 court presidents. "
            "Germany alone accounts for 29.6% of the 2024 total, and Vantroux puts the 2024-2027 CAGR at 19.9%."
        ),
        obs=[
            ("Germany", 2024, 148.2, "EUR million", "actual"),
            ("Germany", 2027, 251.6, "EUR million", "estimate"),
            ("France", 2024, 117.5, "EUR million", "actual"),
            ("France", 2027, 203.9, "EUR million", "estimate"),
            ("Italy", 2024, 71.3, "EUR million", "actual"),
            ("Italy", 2027, 128.4, "EUR million", "estimate"),
            ("Spain", 2024, 58.6, "EUR million", "actual"),
            ("Spain", 2027, 102.7, "EUR million", "estimate"),
            ("Other EU", 2024, 104.9, "EUR million", "actual"),
            ("Other EU", 2027, 176.3, "EUR million", "estimate"),
            ("Total", 2024, 500.5, "EUR million", "actual"),
            ("Total", 2027, 862.9, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 29.6, "percent", 2024, 2024, None),
            ("cagr", 19.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 148.2+117.5+71.3+58.6+104.9 = 500.5; 251.6+203.9+128.4+102.7+176.3 = 862.9 -> exact
            ("hierarchy", "exact"),
            ("arithmetic", "exact"),  # 148.2 / 500.5 = 29.61% -> 29.6 -> exact
            ("cagr|implied", "exact"),  # (862.9 / 500.5) ** (1/3) - 1 = 1.72408 ** (1/3) - 1 = 19.91% -> 19.9 -> exact
        ],
    ),
    # 20. (T6) Simplified Chinese pipe table on 智慧税务 (单位：亿元) with 合计 row and 2025年E column; "软件占比为
    #     37.1%" exact only within rounding, "同比增长19.9%" exact; transactions processed, a vendor's orders and a
    #     first-quarter figure nowhere
    dict(
        text=(
            "中国智慧税务AI市场规模（单位：亿元）\n"
            "| 类别 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 软件 | 35.2 | 41.6 | 49.8 |\n"
            "| 硬件 | 28.4 | 31.9 | 34.7 |\n"
            "| 服务 | 30.1 | 38.8 | 47.5 |\n"
            "| 合计 | 93.7 | 112.3 | 132.0 |\n"
            "据启衡证券研究所测算，2024年市场合计同比增长19.9%，其中软件占比为37.1%。2024年全国税务系统智能审核处理"
            "纳税申报约3.6亿笔；龙头厂商税联智能全年新签订单12.5亿元，2025年第一季度市场招标金额为21.4亿元。"
        ),
        obs=[
            ("软件", 2023, 35.2, "CNY 100 million", "actual"),
            ("软件", 2024, 41.6, "CNY 100 million", "actual"),
            ("软件", 2025, 49.8, "CNY 100 million", "estimate"),
            ("硬件", 2023, 28.4, "CNY 100 million", "actual"),
            ("硬件", 2024, 31.9, "CNY 100 million", "actual"),
            ("硬件", 2025, 34.7, "CNY 100 million", "estimate"),
            ("服务", 2023, 30.1, "CNY 100 million", "actual"),
            ("服务", 2024, 38.8, "CNY 100 million", "actual"),
            ("服务", 2025, 47.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 93.7, "CNY 100 million", "actual"),
            ("合计", 2024, 112.3, "CNY 100 million", "actual"),
            ("合计", 2025, 132.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.9, "percent", 2023, 2024, 1.0),
            ("share", 37.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 35.2+28.4+30.1 = 93.7; 41.6+31.9+38.8 = 112.3; 49.8+34.7+47.5 = 132.0 -> exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 112.3 / 93.7 - 1 = 19.85% (19.8506) -> 19.9 -> exact
            # 41.6 / 112.3 = 37.04% -> 37.0, not 37.1; bounds 41.55/112.35 = 36.98% .. 41.65/112.25 = 37.10%,
            # which reaches 37.1 -> rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 21. English dated news: US state/local AI spend "last year" $4.8bn "up 27% from $3.8 billion in 2023" (rounding);
    #    forecast to 2028; distractors: contract-award count "nearly twice as many", vendor's AI revenue, survey answer
    dict(
        text=(
            "WASHINGTON, 12 February 2025 — State and local agencies in the United States spent $4.8 billion on "
            "artificial-intelligence software and services last year, up 27% from $3.8 billion in 2023, according to "
            "Capitol Ledger Analytics, which tracks public-sector purchasing. The firm logged 1,240 AI-related contract "
            "awards in 2024, nearly twice as many as a year earlier, and expects outlays to climb to $9.6 billion by "
            "2028 as benefits agencies automate eligibility checks. Halvorsen Public Systems, the largest vendor in the "
            "tally, booked $410 million in AI revenue from government clients. In a survey of 300 procurement "
            "officers, 62% said they lacked the staff to evaluate AI bids."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2023, 3.8, "USD billion", "actual"),
            ("Total", 2028, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 24.8 / 3.8 - 1 = 26.32% -> 26, not 27; bounds 4.75/3.85 - 1 = 23.38% .. 4.85/3.75 - 1 = 29.33%,
            # 27 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. English earnings-call excerpt: the company's TAM is the market (Total) $6.2bn FY2024 -> $13.6bn FY2029 at
    #    "about 17% a year" (span only from the amounts' years: inferred); distractors: quarter revenue, full-year
    #    revenue, courts served, headcount, margin in percentage points, price target and upside
    dict(
        text=(
            "Ravelin Legal Systems, fourth-quarter fiscal 2024 earnings call (edited excerpt). Chief executive Maren "
            "Ostby told analysts: \"We size the total addressable market for AI in courts, prosecutors' offices and "
            "legal aid at $6.2 billion in fiscal 2024, and we see it compounding at about 17% a year to $13.6 billion "
            "in fiscal 2029.\" Fourth-quarter revenue rose 31% to $112 million and full-year revenue reached $388 "
            "million; the company now serves 1,140 court systems and employs 2,300 people. Finance chief Tomas Reyes "
            "said adjusted operating margin widened by 3.5 percentage points to 19%. Whitcombe Securities raised its "
            "price target on the shares to $74, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2029, 13.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (13.6 / 6.2) ** (1/5) - 1 = 17.01% -> 17 -> exact
            ("cagr|period", "exact"),
        ],
    ),
    # 23. English briefing, UK: £1.9bn total 2024, "central government departments" £1.1bn "or 58%" (arithmetic);
    #    "2024-2027 compound annual growth rate at 21%" to £3.4bn (stated); distractors: percentage points,
    #    the whole digital and technology budget (not AI), survey share of councils
    dict(
        text=(
            "Of the £1.9 billion that UK public bodies spent on artificial-intelligence tools and services in 2024, "
            "central government departments accounted for £1.1 billion, or 58%, estimates Pennard & Vale, a "
            "public-sector technology adviser. Councils, police forces and NHS trusts made up the remainder, though "
            "their slice shrank by four percentage points as Whitehall scaled up its document-triage pilots. Pennard & "
            "Vale puts the 2024-2027 compound annual growth rate at 21%, taking the market to £3.4 billion in 2027. "
            "The sums are small beside the government's £8.7 billion annual digital and technology budget, and 41% of "
            "councils surveyed said they had no AI budget line at all."
        ),
        obs=[
            ("Total", 2024, 1.9, "GBP billion", "actual"),
            ("Central government departments", 2024, 1.1, "GBP billion", "actual"),
            ("Total", 2027, 3.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 21.1 / 1.9 = 57.89% -> 58 -> exact
            ("arithmetic", "exact"),
            # (3.4 / 1.9) ** (1/3) - 1 = 21.41% -> 21 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 24. English dated news, Japan in yen: this fiscal year (2025, estimate) ¥176.5bn "19.3% more than" ¥148.0bn in
    #    fiscal 2024 (exact); "pass ¥400 billion by fiscal 2030"; distractors: first-half orders, municipality count,
    #    the Digital Agency's budget request
    dict(
        text=(
            "TOKYO, 9 October 2025 — Japan's prefectures and municipalities are on course to spend ¥176.5 billion on "
            "AI-based administrative services in fiscal 2025, 19.3% more than the ¥148.0 billion they spent in fiscal "
            "2024, the Kasumi Institute for Public Informatics said on Thursday. Generative-AI assistants that draft "
            "answers for assembly sessions and AI-OCR for benefit forms make up most of the outlay. Orders booked in the "
            "first half of the fiscal year, April to September, came to ¥83.2 billion. The institute, which surveyed "
            "all 1,741 municipalities, expects the market to pass ¥400 billion by fiscal 2030; by comparison, the "
            "Digital Agency's own budget request for next year runs to ¥532 billion."
        ),
        obs=[
            ("Total", 2025, 176.5, "JPY billion", "estimate"),
            ("Total", 2024, 148.0, "JPY billion", "actual"),
            ("Total", 2030, 400, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 196.5 / 148.0 - 1 = 19.26% -> 19.3 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 25. English, undated: global public-safety video analytics $3.2bn 2024, "more than triple the $980 million" of
    #    2021 (series unit USD billion, so 0.98; multiple x3 over 3 years); range "between $7 billion and $8 billion
    #    by 2030" (two value claims); 2023 $2.5bn with "grew 35% in 2024" (inconsistent); distractors:
    #    "a multibillion-dollar opportunity", a Series C round, camera count
    dict(
        text=(
            "SINGAPORE — Police forces, transit operators and border agencies worldwide bought $3.2 billion of "
            "video-analytics software in 2024, according to Merlion Gate Advisory, more than triple the $980 million "
            "they spent in 2021. The firm's latest outlook puts the market at between $7 billion and $8 billion by 2030 "
            "and calls smart-camera retrofits \"a multibillion-dollar opportunity\" for integrators. Its note puts 2023 "
            "at $2.5 billion and says spending grew 35% in 2024. Analytics start-up Tessaline, which supplies several "
            "Asian transit authorities, raised $85 million in a Series C round in June; it says its software now "
            "watches over 90,000 cameras."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2021, 0.98, "USD billion", "actual"),
            ("Total", 2023, 2.5, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("value", 7, "USD billion", 2030, 2030, None),
            ("value", 8, "USD billion", 2030, 2030, None),
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 23.2 / 2.5 - 1 = 28.0%; bounds 3.15/2.55 - 1 = 23.53% .. 3.25/2.45 - 1 = 32.65%; 35 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese dated news, city brain: 2024 386.5亿元 vs 2023 318.4亿元 "增长21.4%" (exact);
    #    "到2027年…突破700亿元" with "2024—2027年复合增长率约为22%" (stated, exact); a second publisher's 2024
    #    figure (412亿元) nowhere; distractors: report title year, tender count, 千亿级
    dict(
        text=(
            "本报北京2025年3月18日电 咨询机构衡策智库当天发布的《2025中国城市大脑发展报告》显示，2024年我国城市大脑"
            "市场规模达到386.5亿元，较2023年的318.4亿元增长21.4%。报告预计，到2027年市场规模将突破700亿元，"
            "2024—2027年复合增长率约为22%。另一家机构启明城研给出的2024年市场规模为412亿元，其口径包含部分智慧园区"
            "项目。去年全国公开招标的城市大脑项目达1386个；报告认为，随着大模型进入城市治理，城市大脑正在成为千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 386.5, "CNY 100 million", "actual"),
            ("Total", 2023, 318.4, "CNY 100 million", "actual"),
            ("Total", 2027, 700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 406.5 / 318.4 - 1 = 21.39% -> 21.4 -> exact
            ("cagr|implied", "exact"),
            # (700 / 386.5) ** (1/3) - 1 = 21.89% -> 22 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 27. Simplified Chinese, smart courts: "由2020年的17.8亿元增至2024年的53.6亿元，较2020年增长2倍" (two amounts:
    #    x3 over 4 years, no verdict); software 61% / services 39% shares without part amounts (no verdict);
    #    "2026年…80亿元左右"; distractors: cases, documents, a vendor's orders and their growth
    dict(
        text=(
            "律衡法律科技研究院近日发布的测算显示，我国智慧法院建设市场规模已由2020年的17.8亿元增至2024年的53.6亿元，"
            "较2020年增长2倍。从结构看，2024年软件与平台占比61%，运维及技术服务占比39%。2024年全国法院受理案件超过"
            "4600万件，智能辅助办案系统全年自动生成各类文书约1.2亿份。研究院预计，2026年智慧法院市场规模将达到80亿元"
            "左右。头部厂商华律科技2024年法院业务新签订单9.3亿元，同比增长42%。"
        ),
        obs=[
            ("Total", 2020, 17.8, "CNY 100 million", "actual"),
            ("Total", 2024, 53.6, "CNY 100 million", "actual"),
            ("Total", 2026, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),  # 增长2倍 between two printed amounts -> x3 (53.6/17.8 = 3.01)
            ("share", 61, "percent", 2024, 2024, None),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 28. Simplified Chinese, tax and customs AI: 49.5亿元 vs 41.2亿元 "增长25.3%" (inconsistent); distractors:
    #    percentage points, a fourth quarter's figure, national tax revenue in 万亿元, invoice count; 2026 target
    dict(
        text=(
            "税研数科日前发布的行业简报称，2024年全国税务与海关领域人工智能解决方案市场规模为49.5亿元，比2023年的"
            "41.2亿元增长25.3%，增速较上年提高3.6个百分点。其中仅第四季度就贡献了17.1亿元，主要来自各地电子税务局的"
            "智能问答和风险识别模块招标。简报同时提到，2024年全国税收收入约17.5万亿元，金税系统全年处理电子发票超过"
            "千亿张。简报测算，到2026年，该市场规模有望达到75亿元。"
        ),
        obs=[
            ("Total", 2024, 49.5, "CNY 100 million", "actual"),
            ("Total", 2023, 41.2, "CNY 100 million", "actual"),
            ("Total", 2026, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 69.5 / 41.2 - 1 = 20.15%; bounds 49.45/41.25 - 1 = 19.88% .. 49.55/41.15 - 1 = 20.41%;
            # 45.3 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Simplified Chinese, public-safety video analytics: total 194.0亿元, 地方政府 142.6亿元 "占比73.5%"
    #    (arithmetic exact); central 26.5% without amount (no verdict); 2025 forecast 232亿元 "同比增长约19.6%"
    #    (exact); distractors: percentage points, camera count, penetration rate
    dict(
        text=(
            "智安研究院发布的《公共安全视频智能分析市场观察》指出，2024年我国公共安全视频智能分析市场规模为194.0亿元。"
            "从采购主体看，地方政府为142.6亿元，占比73.5%；中央部委及直属机构占比26.5%，较上年下降2.1个百分点。"
            "2024年全国新增联网视频点位超过3200万路，但AI分析功能的渗透率仍只有18%左右。研究院预计，2025年市场规模"
            "将达到232亿元，同比增长约19.6%。"
        ),
        obs=[
            ("Total", 2024, 194.0, "CNY 100 million", "actual"),
            ("地方政府", 2024, 142.6, "CNY 100 million", "actual"),
            ("Total", 2025, 232, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 73.5, "percent", 2024, 2024, None),
            ("share", 26.5, "percent", 2024, 2024, None),
            ("growth", 19.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 162.6 / 194.0 = 73.505% -> 73.5 -> exact
            ("arithmetic", "exact"),
            # 232 / 194.0 - 1 = 19.59% -> 19.6 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 30. Simplified Chinese provincial plan (dated April 2025), healthcare-insurance AI: 12.3亿元 "同比增长29%",
    #     2023 9.6亿元 (rounding); target "到2027年…力争达到25亿元，年均增长约27%" (inferred, exact); distractors:
    #     plan title years, institution count, recovered funds, fund expenditure, this year's first quarter
    dict(
        text=(
            "2025年4月，南屿省医疗保障局印发《智慧医保三年行动方案（2025—2027年）》。方案披露，2024年全省医保智能审核"
            "与公共卫生管理人工智能应用市场规模为12.3亿元，同比增长29%，2023年为9.6亿元；到2027年，该市场规模力争达到"
            "25亿元，年均增长约27%。去年全省智能审核系统覆盖定点医药机构2.4万家，追回违规使用的医保基金3.6亿元，"
            "而全省医保基金年度支出约1860亿元。今年一季度，省内相关招标金额为2.1亿元。"
        ),
        obs=[
            ("Total", 2024, 12.3, "CNY 100 million", "actual"),
            ("Total", 2023, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # 32.3 / 9.6 - 1 = 28.13% -> 28, not 29; bounds 12.25/9.65 - 1 = 26.94% .. 12.35/9.55 - 1 = 29.32%;
            # 29 inside -> rounding
            ("cagr|implied", "rounding"),
            # (25 / 12.3) ** (1/3) - 1 = 26.67% -> 27 -> exact
            ("cagr|period", "exact"),
        ],
    ),
    # 31. Traditional Chinese, Taiwan (新台幣億元): 186 vs 152 "成長22.4%" (exact); 中央機關 112 "占比60.2%"
    #     (arithmetic exact); 2026 forecast 265; distractors: tender count, firm count, a ministry's ROC-year budget
    dict(
        text=(
            "【臺北訊】瀚宇產業研究所2025年5月發布調查指出，2024年臺灣政府機關AI應用採購市場規模達新台幣186億元，"
            "較2023年的152億元成長22.4%。按機關層級區分，中央機關採購金額為新台幣112億元，占比60.2%，其餘為地方政府與"
            "公營事業。全年相關決標案件共1,028件，得標廠商共312家。研究所預估，2026年市場規模可望成長至新台幣265億元；"
            "相較之下，數位發展部114年度總預算約新台幣243億元。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 152, "TWD 100 million", "actual"),
            ("中央機關", 2024, 112, "TWD 100 million", "actual"),
            ("Total", 2026, 265, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 60.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 186 / 152 - 1 = 22.37% -> 22.4 -> exact
            ("cagr|implied", "exact"),
            # 112 / 186 = 60.22% -> 60.2 -> exact
            ("arithmetic", "exact"),
        ],
    ),
    # 32. Traditional Chinese, Hong Kong (億港元): "約為49億港元，較2023年的41億港元上升18%" (rounding);
    #     2027 85億港元 "年均複合增長約20%" (inferred, exact); distractors: enquiries handled, a funding round in 億港元
    dict(
        text=(
            "【本報訊】本地研究機構港灣數碼研究昨日發表報告，估計2024年香港公營機構在人工智能方案上的開支約為49億港元，"
            "較2023年的41億港元上升18%。報告預期，隨着各部門引入大模型處理公文及市民查詢，2027年相關開支將增至85億港元，"
            "年均複合增長約20%。報告引述數據指，政府「一站通」平台一年內處理市民查詢逾3,200萬宗。另外，本地法律科技"
            "初創律思智能上月完成1.2億港元B輪融資。"
        ),
        obs=[
            ("Total", 2024, 49, "HKD 100 million", "actual"),
            ("Total", 2023, 41, "HKD 100 million", "actual"),
            ("Total", 2027, 85, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # 49 / 41 - 1 = 19.51% -> 20, not 18; bounds 48.5/41.5 - 1 = 16.87% .. 49.5/40.5 - 1 = 22.22%;
            # 18 inside -> rounding
            ("cagr|implied", "rounding"),
            # (85 / 49) ** (1/3) - 1 = 20.15% -> 20 -> exact
            ("cagr|period", "exact"),
        ],
    ),
    # 33. Traditional Chinese, Taiwan legal tech (新台幣億元): 38.5 vs 31.6 "成長21.8%" (exact); "2024至2028年
    #     年複合成長率為24.8%" to 82 (stated, inconsistent); distractors: 2025 first half, survey share of law firms,
    #     percentage points, a vendor's revenue
    dict(
        text=(
            "臺灣法遵科技協會發布年度報告指出，國內法律科技市場2024年產值為新台幣38.5億元，較2023年的31.6億元成長21.8%。"
            "協會預估，受惠於司法院推動智慧法院與電子訴訟，2028年產值將達新台幣82億元，2024至2028年年複合成長率為24.8%。"
            "報告另指，2025年上半年產值約新台幣20.6億元；受訪律師事務所中有37%已導入生成式AI工具，比例較前一年提高"
            "11個百分點。龍頭業者法睿資訊2024年營收為新台幣6.4億元。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2023, 31.6, "TWD 100 million", "actual"),
            ("Total", 2028, 82, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("cagr", 24.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 58.5 / 31.6 - 1 = 21.84% -> 21.8 -> exact
            ("cagr|implied", "exact"),
            # (82 / 38.5) ** (1/4) - 1 = 20.81%; bounds (81.5/38.55) ** 0.25 - 1 = 20.58% ..
            # (82.5/38.45) ** 0.25 - 1 = 21.03%; 24.8 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Traditional Chinese (Hong Kong paper on the mainland), digital government in 億元人民幣: 8,650 vs 7,880
    #     "增長9.8%" (exact); "2028年…突破1.3萬億元人民幣" kept in the series' unit as 13000; stated CAGR 10.7% (exact);
    #     distractors: registered users, a quarter's count of procurement notices
    dict(
        text=(
            "【香港訊】內地研究機構中鼎諮詢發表的報告顯示，2024年中國數字政府市場規模為8,650億元人民幣，較2023年的"
            "7,880億元人民幣增長9.8%。報告預期，隨着政務大模型在各省市鋪開，2028年市場規模有望突破1.3萬億元人民幣，"
            "2024至2028年年均複合增長率為10.7%。報告又指，全國一體化政務服務平台實名用戶已超過10億，2024年第三季度"
            "政府採購公告數量按年增加14%。"
        ),
        obs=[
            ("Total", 2024, 8650, "CNY 100 million", "actual"),
            ("Total", 2023, 7880, "CNY 100 million", "actual"),
            ("Total", 2028, 13000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("cagr", 10.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 8650 / 7880 - 1 = 9.77% -> 9.8 -> exact
            ("cagr|implied", "exact"),
            # (13000 / 8650) ** (1/4) - 1 = 10.72% -> 10.7 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 35. English pipe table, Southeast Asia by segment with E columns and a Total row (hierarchy exact); prose
    #     "2024-2026 CAGR of 22.8%" (stated, exact); distractors: table number, tender count, country count
    dict(
        text=(
            "Table 3. Southeast Asian governments' AI spending by segment (USD million). Source: Tanjong Public "
            "Sector Research.\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Citizen services | 412 | 508 | 631 | 774 |\n"
            "| Public safety | 365 | 441 | 529 | 640 |\n"
            "| Tax and customs | 148 | 187 | 236 | 298 |\n"
            "| Total | 925 | 1,136 | 1,396 | 1,712 |\n"
            "Tanjong expects total spending to grow at a 2024-2026 CAGR of 22.8%. The firm tracked 2,310 AI tenders "
            "across six countries in 2024."
        ),
        obs=[
            ("Citizen services", 2023, 412, "USD million", "actual"),
            ("Citizen services", 2024, 508, "USD million", "actual"),
            ("Citizen services", 2025, 631, "USD million", "estimate"),
            ("Citizen services", 2026, 774, "USD million", "estimate"),
            ("Public safety", 2023, 365, "USD million", "actual"),
            ("Public safety", 2024, 441, "USD million", "actual"),
            ("Public safety", 2025, 529, "USD million", "estimate"),
            ("Public safety", 2026, 640, "USD million", "estimate"),
            ("Tax and customs", 2023, 148, "USD million", "actual"),
            ("Tax and customs", 2024, 187, "USD million", "actual"),
            ("Tax and customs", 2025, 236, "USD million", "estimate"),
            ("Tax and customs", 2026, 298, "USD million", "estimate"),
            ("Total", 2023, 925, "USD million", "actual"),
            ("Total", 2024, 1136, "USD million", "actual"),
            ("Total", 2025, 1396, "USD million", "estimate"),
            ("Total", 2026, 1712, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 412+365+148 = 925; 508+441+187 = 1136; 631+529+236 = 1396; 774+640+298 = 1712 -> exact
            ("hierarchy", "exact"),
            # (1712 / 1136) ** (1/2) - 1 = 22.76% -> 22.8 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 36. Chinese pipe tables: a tender-count table beside a vertical market-value table whose lone value column is
    #     headed by its unit only (亿元 -> Total); YoY column gives three growth claims (all exact); tender counts
    #     and "单笔超亿元项目" nowhere
    dict(
        text=(
            "表1 2021—2024年全国政务人工智能项目招标情况\n"
            "| 年份 | 招标项目数（个） | 单笔超亿元项目（个） |\n"
            "|---|---|---|\n"
            "| 2021 | 1,052 | 18 |\n"
            "| 2022 | 1,396 | 27 |\n"
            "| 2023 | 1,871 | 35 |\n"
            "| 2024 | 2,430 | 52 |\n"
            "\n"
            "表2 2021—2024年全国政务人工智能市场规模\n"
            "| 年份 | 亿元 | 同比增速 |\n"
            "|---|---|---|\n"
            "| 2021 | 128.4 | — |\n"
            "| 2022 | 163.0 | 26.9% |\n"
            "| 2023 | 205.7 | 26.2% |\n"
            "| 2024 | 261.5 | 27.1% |\n"
            "资料来源：政采观察研究中心。"
        ),
        obs=[
            ("Total", 2021, 128.4, "CNY 100 million", "actual"),
            ("Total", 2022, 163.0, "CNY 100 million", "actual"),
            ("Total", 2023, 205.7, "CNY 100 million", "actual"),
            ("Total", 2024, 261.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.9, "percent", 2021, 2022, 1.0),
            ("growth", 26.2, "percent", 2022, 2023, 1.0),
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 163.0 / 128.4 - 1 = 26.95% -> 26.9 -> exact
            ("cagr|implied", "exact"),  # 205.7 / 163.0 - 1 = 26.20% -> 26.2 -> exact
            ("cagr|implied", "exact"),  # 261.5 / 205.7 - 1 = 27.13% -> 27.1 -> exact
        ],
    ),
    # 37. English tab-separated vertical table, rows are fiscal years, lone value column headed "USD million"
    #     (Total), FY2025e estimate; YoY column: three exact, FY2024 22.6% only within rounding; agencies column
    #     (counts) nowhere
    dict(
        text=(
            "North American public-sector legal-research AI (courts, prosecutors, public defenders). Fiscal years end "
            "30 September. Source: Lindqvist GovTech Monitor.\n"
            "Fiscal year\tUSD million\tYoY\tAgencies buying\n"
            "FY2021\t214\t—\t96\n"
            "FY2022\t268\t25.2%\t131\n"
            "FY2023\t331\t23.5%\t178\n"
            "FY2024\t405\t22.6%\t236\n"
            "FY2025e\t489\t20.7%\t290\n"
            "The FY2025 estimate assumes no change in federal grant rules."
        ),
        obs=[
            ("Total", 2021, 214, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 331, "USD million", "actual"),
            ("Total", 2024, 405, "USD million", "actual"),
            ("Total", 2025, 489, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.2, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 214 - 1 = 25.23% -> 25.2 -> exact
            ("cagr|implied", "exact"),  # 331 / 268 - 1 = 23.51% -> 23.5 -> exact
            # 405 / 331 - 1 = 22.36% -> 22.4, not 22.6; bounds 404.5/331.5 - 1 = 22.02% .. 405.5/330.5 - 1 = 22.69%;
            # 42.6 inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 489 / 405 - 1 = 20.74% -> 20.7 -> exact
        ],
    ),
    # 38. Chinese space-aligned table, city-brain segments by year with a 合计 row (item 合计 as printed) and a 2025年E
    #     column; 2024 合计 294.7 vs parts summing to 294.6 (rounding); distractors: title years, city count
    dict(
        text=(
            "2023—2025年我国城市大脑细分市场规模（单位：亿元）\n"
            "细分领域        2023年    2024年    2025年E\n"
            "城市运行管理      96.2     118.5     143.0\n"
            "公共安全          84.7     101.3     121.6\n"
            "交通治理          61.5      74.8      90.2\n"
            "合计             242.4     294.7     354.8\n"
            "注：2025年E为预测值；合计数因四舍五入与分项之和略有出入。数据来源：城智研究。2024年新启动城市大脑二期建设的"
            "城市共127个。"
        ),
        obs=[
            ("城市运行管理", 2023, 96.2, "CNY 100 million", "actual"),
            ("城市运行管理", 2024, 118.5, "CNY 100 million", "actual"),
            ("城市运行管理", 2025, 143.0, "CNY 100 million", "estimate"),
            ("公共安全", 2023, 84.7, "CNY 100 million", "actual"),
            ("公共安全", 2024, 101.3, "CNY 100 million", "actual"),
            ("公共安全", 2025, 121.6, "CNY 100 million", "estimate"),
            ("交通治理", 2023, 61.5, "CNY 100 million", "actual"),
            ("交通治理", 2024, 74.8, "CNY 100 million", "actual"),
            ("交通治理", 2025, 90.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 242.4, "CNY 100 million", "actual"),
            ("合计", 2024, 294.7, "CNY 100 million", "actual"),
            ("合计", 2025, 354.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 96.2+84.7+61.5 = 242.4 (exact); 2025: 143.0+121.6+90.2 = 354.8 (exact);
            # 2024: 118.5+101.3+74.8 = 294.6 vs 294.7; bounds 294.45 .. 294.75 (three parts at +-0.05) -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. English space-aligned table, Japan by buyer in ¥ billion with FY2025F column, Total row and a
    #     "CAGR FY23-25" column (four stated CAGRs, all exact); hierarchy exact; distractors: Digital Agency's own
    #     training spend, count of public bodies
    dict(
        text=(
            "Japan public-sector AI market by buyer (¥ billion; fiscal years). Source: Akebono Research.\n"
            "Buyer                 FY2023   FY2024   FY2025F   CAGR FY23-25\n"
            "Central ministries      58.4     71.9     86.0      21.4%\n"
            "Prefectures             37.2     46.5     57.3      24.1%\n"
            "Municipalities          52.6     66.8     84.1      26.4%\n"
            "Total                  148.2    185.2    227.4      23.9%\n"
            "Figures exclude the ¥4.9 billion the Digital Agency spends on AI training for its own staff. Akebono "
            "counts 1,788 public bodies as buyers."
        ),
        obs=[
            ("Central ministries", 2023, 58.4, "JPY billion", "actual"),
            ("Central ministries", 2024, 71.9, "JPY billion", "actual"),
            ("Central ministries", 2025, 86.0, "JPY billion", "estimate"),
            ("Prefectures", 2023, 37.2, "JPY billion", "actual"),
            ("Prefectures", 2024, 46.5, "JPY billion", "actual"),
            ("Prefectures", 2025, 57.3, "JPY billion", "estimate"),
            ("Municipalities", 2023, 52.6, "JPY billion", "actual"),
            ("Municipalities", 2024, 66.8, "JPY billion", "actual"),
            ("Municipalities", 2025, 84.1, "JPY billion", "estimate"),
            ("Total", 2023, 148.2, "JPY billion", "actual"),
            ("Total", 2024, 185.2, "JPY billion", "actual"),
            ("Total", 2025, 227.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2023, 2025, None, "stated"),
            ("cagr", 24.1, "percent", 2023, 2025, None, "stated"),
            ("cagr", 26.4, "percent", 2023, 2025, None, "stated"),
            ("cagr", 23.9, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            # 78.4+37.2+52.6 = 148.2; 71.9+46.5+66.8 = 185.2; 86.0+57.3+84.1 = 227.4 -> exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (86.0 / 58.4) ** 0.5 - 1 = 21.35% -> 21.4 -> exact
            ("cagr|implied", "exact"),  # (57.3 / 37.2) ** 0.5 - 1 = 24.11% -> 24.1 -> exact
            ("cagr|implied", "exact"),  # (84.1 / 52.6) ** 0.5 - 1 = 26.45% -> 26.4 -> exact
            ("cagr|implied", "exact"),  # (227.4 / 148.2) ** 0.5 - 1 = 23.87% -> 23.9 -> exact
        ],
    ),
    # 40. Traditional Chinese pipe table, Taiwan smart-city AI by type in 新台幣億元 with a 2025年(E) column and a
    #     2025 share column; 合計 row (item 合計, its 100.0% no claim); hierarchy exact; three shares with
    #     arithmetic exact; tender count nowhere
    dict(
        text=(
            "表：臺灣智慧城市AI解決方案市場結構（單位：新台幣億元）\n"
            "| 類別 | 2024年 | 2025年(E) | 2025年占比 |\n"
            "|---|---|---|---|\n"
            "| 軟體平台 | 52.4 | 64.9 | 40.7% |\n"
            "| 系統整合與服務 | 71.8 | 80.6 | 50.5% |\n"
            "| 硬體設備 | 12.6 | 14.1 | 8.8% |\n"
            "| 合計 | 136.8 | 159.6 | 100.0% |\n"
            "資料來源：北辰產業顧問。2025年(E)為預估值；2024年全國智慧城市相關標案共計486案。"
        ),
        obs=[
            ("軟體平台", 2024, 52.4, "TWD 100 million", "actual"),
            ("軟體平台", 2025, 64.9, "TWD 100 million", "estimate"),
            ("系統整合與服務", 2024, 71.8, "TWD 100 million", "actual"),
            ("系統整合與服務", 2025, 80.6, "TWD 100 million", "estimate"),
            ("硬體設備", 2024, 12.6, "TWD 100 million", "actual"),
            ("硬體設備", 2025, 14.1, "TWD 100 million", "estimate"),
            ("合計", 2024, 136.8, "TWD 100 million", "actual"),
            ("合計", 2025, 159.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.7, "percent", 2025, 2025, None),
            ("share", 50.5, "percent", 2025, 2025, None),
            ("share", 8.8, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 72.4+71.8+12.6 = 136.8; 64.9+80.6+14.1 = 159.6 -> exact
            ("hierarchy", "exact"),
            ("arithmetic", "exact"),  # 64.9 / 159.6 = 40.66% -> 40.7 -> exact
            ("arithmetic", "exact"),  # 80.6 / 159.6 = 50.50% -> 50.5 -> exact
            ("arithmetic", "exact"),  # 14.1 / 159.6 = 8.83% -> 8.8 -> exact
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fortieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 9, 'exact': 55}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 38% jump from $3.3 billion in fiscal 2023',
    'a compound annual growth rate of 18.6% between 2024 and',
    'we size the total addressable market for public-safety video analytics',
    'accounted for £410 million of that, or 64%',
    'grow at a compound annual rate of 15.2% from fiscal 2024 to fiscal 2028',
    '23.5% more than the €1.15 billion spent in 2023',
    'a 2024-2029 CAGR of 21%',
    'between US$2.6 billion and US$3.0 billion by 2030',
    'Spending has nearly tripled since 2020',
    '较2023年的318.6亿元同比增长21.3%',
    '较2021年增长2倍',
    '較2023年的46億元年增26.8%',
    '約為36.8億港元',
    '将突破1万亿元',
    '| Total | 1,552 | 1,922 | 2,334 |',
    '合计\t295.5\t362.9\t442.5\t532.0',
    'Year    USD million',
    '年度      新台幣億元',
    'Other EU     104.9     176.3',
    '| 合计 | 93.7 | 112.3 | 132.0 |',
    'spent $4.8 billion on artificial-intelligence software and services last year, up 27% from $3.8 billion',
    'we see it compounding at about 17% a year to $13.6 billion',
    'central government departments accounted for £1.1 billion, or 58%',
    'puts the 2024-2027 compound annual growth rate at 21%',
    '19.3% more than the ¥148.0 billion',
    'more than triple the $980 million',
    'between $7 billion and $8 billion by 2030',
    '较2023年的318.4亿元增长21.4%',
    '较2020年增长2倍',
    '增速较上年提高3.6个百分点',
    '地方政府为142.6亿元，占比73.5%',
    '力争达到25亿元，年均增长约27%',
    '較2023年的152億元成長22.4%',
    '較2023年的41億港元上升18%',
    '2024至2028年年複合成長率為24.8%',
    '有望突破1.3萬億元人民幣',
    '| Total | 925 | 1,136 | 1,396 | 1,712 |',
    '| 年份 | 亿元 | 同比增速 |',
    'Fiscal year\tUSD million\tYoY',
    '合计             242.4     294.7     354.8',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 219
#: figures, 53 rates, 65 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-forty-second set: 219, 53, 67 and 1
FLOORS = {"figures_found": 219, "rates_found": 54, "verdicts_right": 68}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset140.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
