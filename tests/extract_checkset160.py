"""A hundred-and-sixtieth check set for the extractor, written blind: AI in legal services and compliance: AI contract
review and drafting, e-discovery and document review, legal research assistants, AI for regulatory compliance
monitoring in banks, court and judiciary AI (case management, smart courts), sized in money by legal-technology
analysts, bar associations and law-society reports, consultancies, brokers, justice ministries and provincial
smart-court plans, Japanese, Korean, Indian and British research houses. Distractors a careful reader leaves out:
lawyers and firms counted, cases heard or documents reviewed, billable hours and fees, a law firm's own revenue, fines
imposed, funding rounds, a quarter's figures, the whole legal services or compliance market beside the AI part.

Snippets 1-20: AI in legal services and compliance: eight English prose pieces (a London press release on
contract-review AI, a broker's e-discovery note, a news article setting two publishers' legal research estimates side
by side, an investor-day transcript sizing a bank compliance-monitoring TAM, a Tokyo research house's yen release, a
Mumbai broker note in rupees and dollars, a UK solicitors' forum review with a correction, a Seoul institute's
Asia-Pacific court-AI release with a range), seven Chinese prose pieces (a provincial smart-court action plan with a
2027 target, a Shanghai-style broker note on AI contract review, a legal-daily news item quoting two research houses,
a Taipei legal-tech release, a Hong Kong RegTech report in 億港元, a Taiwanese investment-consulting note with a
corrected base year, and a law-tech yearbook extract), and five tables (a markdown pipe segment table with E columns
and a total row, a space-aligned EU court-AI table with years as rows and a Total column, a tab-separated Chinese
smart-court table with 合计 row, a space-aligned yen table with F columns and a CAGR column, and a tab-separated UK
table with years as rows under a lone unit header and a YoY column holding a rebased rate). Distractors throughout:
datelines, report titles' years, exhibit and table numbers, survey and respondent counts, lawyers, firms, banks and
cases counted, billable hours, fines, funding rounds, a quarter's figures, company revenue, ARR, price targets and
upside, a share target, penetration rates and survey answers, percentage points, fractions in words, the whole legal
services market beside the AI part, a second publisher's same-year figure, a corrected figure, and amounts in rupees
and won.

Snippets 21-40: AI in legal services and compliance (AI contract review and drafting, e-discovery and document review,
legal research assistants, AI compliance monitoring in banks, court and judiciary AI). Eight English prose pieces (an
e-discovery company's 10-K market-opportunity section, a regtech vendor's earnings call sizing its TAM beside a second
market, a UK journal abstract whose forecast is printed in another scale, an X thread on India with rupee distractors,
a London vendor's investor-day slide with a range for an adjacent market, a Tokyo research house's release in yen on
fiscal years, a Seoul news page carrying a correction, a Mumbai broker's note whose CAGR the amounts contradict),
seven Chinese prose pieces (a provincial smart-court action plan with a 力争 target and 增长2倍, a broker's deep-dive on
bank compliance AI, a Xinhua-style wire on industry statistics with a rounding rate, a Taipei business daily in NT
dollars, a Hong Kong daily in HK dollars whose CAGR is impossible, a PTT forum post with 成長超過三倍, a Zhihu answer
opening on a range and setting a second publisher beside the first; three in Traditional Chinese), and five tables (a
markdown table with E/F columns and its total row printed first, one year off by rounding; a tab-separated UK table
with years as rows and a y/y column; a Simplified Chinese space-aligned table with change and share columns; a
Japanese markdown table in ¥100 million with a CAGR column; a space-aligned regional table with shares of the global
total). Distractors left out: lawyers, solicitors, advocates, bar members and judges counted, courts and firms
counted, cases filed, pending or heard, documents and contracts reviewed, billable hours, hourly and subscription
fees, a company's own revenue, retention and quarter figures, a law firm's turnover, AML penalties and regulators'
fines, funding outlays and budgets in won and rupees, price targets and upside, share ambitions, penetration rates and
survey answers, the whole legal services, RegTech or compliance-IT market beside the AI part, form, exhibit, table,
report and issue numbers, title years, a superseded figure and a second publisher's figure for the same year.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London press release: global AI contract review/drafting, base and 2030 forecast with stated CAGR, a share.
    #    Nowhere: report title year 2025, 420 respondents, 14 countries, 63% survey answer, $60 million Series C.
    dict(
        text=(
            "LONDON, 12 March 2025 /PRNewswire/ -- Global revenue from AI-powered contract review and drafting "
            "software reached $1.84 billion in 2024, according to the 2025 Contract Intelligence Outlook released "
            "today by Hallam Pryce Research. The firm forecasts the market will reach $6.10 billion by 2030, a "
            "compound annual growth rate of 22.1% over 2024-2030. Europe accounted for 31% of 2024 revenue, second "
            "only to North America. The outlook draws on a survey of 420 general counsel and procurement heads in 14 "
            "countries; 63% of respondents said they already use an AI tool to redline supplier agreements. "
            "Separately, the sector's best-funded start-up closed a $60 million Series C round in January."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2030, 6.10, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("share", 31.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.10 / 1.84) ** (1 / 6) - 1 = 22.11% -> 22.1
        ],
    ),
    # 2. Broker sector note on AI e-discovery: yoy rate that only rounding reaches, a part with its share.
    #    Nowhere: Q4 US$0.79bn, Docuvane revenue US$412m and +17%, price target US$58, 22% upside.
    dict(
        text=(
            "Kingsbridge Securities | Legal Technology | Sector note, 20 February 2025. "
            "E-discovery: AI moves from pilot to panel. We size the AI-enabled e-discovery market (software plus "
            "managed review that relies on machine learning) at US$2.81bn for 2024, up 19.8% from US$2.35bn in 2023. "
            "Document review remains the largest use case at US$1.17bn, or 41.6% of the total. Q4 alone contributed "
            "US$0.79bn as year-end litigation holds spiked. We reiterate Buy on Docuvane (FY24 revenue US$412m, +17%) "
            "with a price target of US$58, implying 22% upside."
        ),
        obs=[
            ("Total", 2023, 2.35, "USD billion", "actual"),
            ("Total", 2024, 2.81, "USD billion", "actual"),
            ("Document review", 2024, 1.17, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("share", 41.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 2.81 / 2.35 - 1 = 19.57% -> 19.6; bounds 2.805/2.355 - 1 = 19.11%,
                                           # 2.815/2.345 - 1 = 20.04%: 19.8 reachable only with rounded inputs
            ("arithmetic", "exact"),       # 1.17 / 2.81 = 41.64% -> 41.6
        ],
    ),
    # 3. News article quoting two publishers on legal research assistants; the first publisher's CAGR contradicts
    #    its own amounts (typo-like). Nowhere: Tessaly's "roughly $1.5 billion" for 2024, 1,150 lawyers,
    #    "about a third" survey answer, report date.
    dict(
        text=(
            "Legal research assistants are the fastest-growing corner of legal AI, but estimates of their size "
            "differ widely. Boston-based Corvane Analytics, in a report published on 3 June 2025, puts worldwide "
            "spending on generative legal research tools at $1.12 billion in 2024 and projects $4.35 billion in 2029 "
            "-- which it describes as a 34.6% compound annual growth rate between 2024 and 2029. A rival estimate from "
            "London's Tessaly Partners pegs the 2024 market at roughly $1.5 billion, largely because it counts bundled "
            "subscriptions to legal databases. Corvane interviewed 1,150 lawyers for the study; about a third said "
            "they now begin research with a chatbot rather than a search box."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2029, 4.35, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (4.35 / 1.12) ** (1 / 5) - 1 = 31.18%; bounds
                                               # (4.345/1.125) -> 31.03%, (4.355/1.115) -> 31.32%: 34.6 unreachable
        ],
    ),
    # 4. Investor-day transcript: the TAM the company sizes is the market (Total); "roughly 16% a year" with the
    #    span only from the amounts' years. Nowhere: 412 banks, ARR $1.9 billion, last quarter, 10% share goal,
    #    $6 billion of fines.
    dict(
        text=(
            "Transcript excerpt, Sentinel RegTech Investor Day, 16 September 2025. CEO: \"Let me size the "
            "opportunity. We see the total addressable market for AI-driven compliance monitoring in banks -- "
            "transaction surveillance, communications surveillance and regulatory change management -- at $21 "
            "billion in 2024, and we think it reaches $38 billion by 2028, so roughly 16% a year. Today we serve 412 "
            "banks, our annual recurring revenue crossed $1.9 billion last quarter, and our medium-term goal is to "
            "hold 10% of that TAM. Fines for AML failures topped $6 billion globally last year, which is what keeps "
            "this budget line growing.\""
        ),
        obs=[
            ("Total", 2024, 21.0, "USD billion", "actual"),
            ("Total", 2028, 38.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 21) ** (1 / 4) - 1 = 15.98% -> 16
        ],
    ),
    # 5. Tokyo research-house release in yen, fiscal years: yoy rate only rounding reaches, stated CAGR to FY2028.
    #    Nowhere: 118 vendors, survey months, the 2023 guidance year.
    dict(
        text=(
            "TOKYO, July 24, 2025 -- Mirai Field Research Institute said on Thursday that Japan's market for "
            "AI-based legal tech services (contract review, clause drafting and legal research tools sold to "
            "companies and law firms) grew 27.5% year on year in fiscal 2024 to \u00a531.2 billion, from \u00a524.5 "
            "billion in fiscal 2023, measured on a vendor-sales basis. The institute expects the market to expand to "
            "\u00a578.0 billion by fiscal 2028, a CAGR of 25.7% from fiscal 2024 to fiscal 2028, as the Ministry of "
            "Justice's 2023 guidance on AI contract review eases concerns among in-house lawyers. The survey covered "
            "118 vendors between March and June 2025."
        ),
        obs=[
            ("Total", 2023, 24.5, "JPY billion", "actual"),
            ("Total", 2024, 31.2, "JPY billion", "actual"),
            ("Total", 2028, 78.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 31.2 / 24.5 - 1 = 27.35% -> 27.3; bounds 31.15/24.55 - 1 = 26.88%,
                                           # 31.25/24.45 - 1 = 27.81%: 27.5 reachable
            ("cagr|implied", "exact"),     # (78.0 / 31.2) ** (1 / 4) - 1 = 25.74% -> 25.7
        ],
    ),
    # 6. Mumbai broker note: rupee figure is no observation, its dollar twin is; FY2030 figure in billions converted
    #    to the series' USD million; "more than fivefold" as x5 over six years. Nowhere: ₹2,900 crore, 1.4 million
    #    advocates, 5% penetration, ₹1,240 target price, e-Courts Phase III.
    dict(
        text=(
            "MUMBAI, 5 May 2025: AI-led legal services in India -- contract automation, due-diligence review and "
            "litigation analytics sold to corporates and law firms -- were worth \u20b92,900 crore (about $350 "
            "million) in FY2024, according to a note from Arvind Mehta Capital. The broker expects the segment to "
            "grow more than fivefold by FY2030, to about $1.8 billion, helped by the e-Courts Phase III programme "
            "that is digitising case records. India has more than 1.4 million enrolled advocates, yet fewer than 5% "
            "of firms use any AI tool, the note says; it keeps a target price of \u20b91,240 on listed legal-data "
            "provider LexiNet."
        ),
        obs=[
            ("Total", 2024, 350.0, "USD million", "actual"),
            ("Total", 2030, 1800.0, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 7. UK solicitors' forum review: law firms' AI tool spend, a correction note. Nowhere: the corrected £385
    #    million, legal services turnover £43.5 billion, "about a quarter" of tech budgets, 612 firms, top 50,
    #    1,480 billable hours, title year.
    dict(
        text=(
            "Legal Technology Review 2025, Solicitors' Technology Forum (published 9 April 2025). Spending by law "
            "firms in England and Wales on AI tools -- generative drafting assistants, contract analytics and "
            "AI-assisted disclosure -- reached \u00a3410 million in 2024, up 41% from \u00a3290 million in 2023. "
            "(Correction: an earlier edition of this summary gave the 2024 figure as \u00a3385 million; the correct "
            "figure is \u00a3410 million.) For context, the legal services sector as a whole turned over \u00a343.5 "
            "billion in 2024, and AI now takes about a quarter of firms' technology budgets. The forum surveyed 612 "
            "firms; partners at the 50 largest reported billing an average of 1,480 hours last year."
        ),
        obs=[
            ("Total", 2023, 290.0, "GBP million", "actual"),
            ("Total", 2024, 410.0, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 41.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 410 / 290 - 1 = 41.38% -> 41
        ],
    ),
    # 8. Seoul institute release: "last year" / "this year" from the dateline, a share without its part, a 2030 range.
    #    Nowhere: Korea's own market ₩420 billion (won), 6.7 million cases.
    dict(
        text=(
            "SEOUL, June 10, 2025 (Hanul Research) -- The Asia-Pacific market for court and judiciary AI -- "
            "case-management automation, judgment-drafting support and speech-to-text for hearings -- is estimated "
            "to reach $1.55 billion this year, up 23% from $1.26 billion last year, Hanul Research Institute said in "
            "a report on Tuesday. China accounted for 38% of last year's total. By 2030 the market could be worth "
            "between $4.2 billion and $4.8 billion, depending on how quickly courts in India and Indonesia adopt "
            "e-filing. Korea's own judiciary AI market was valued at \u20a9420 billion last year; the country's courts "
            "handled 6.7 million cases in 2024."
        ),
        obs=[
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2025, 1.55, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
            ("share", 38.0, "percent", 2024, 2024, None),
            ("value", 4.2, "USD billion", 2030, 2030, None),
            ("value", 4.8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.55 / 1.26 - 1 = 23.02% -> 23
        ],
    ),
    # 9. Provincial smart-court action plan (Simplified): a 力争 target, 增长3倍 kept as x3 over 2021-2027, a
    #    stated CAGR. Nowhere: plan title years 2025—2027, 86.3万件 cases, 5,200 judges, 412 courtrooms.
    dict(
        text=(
            "（2025年3月18日）南江省高级人民法院近日印发《南江省智慧法院建设三年行动方案（2025—2027年）》。"
            "方案提出，力争到2027年全省法院人工智能应用市场规模（含智能审判辅助、电子卷宗随案生成、智能送达等采购与服务）"
            "达到30亿元，较2021年增长3倍。2024年该规模为12.6亿元，而2021年仅为7.5亿元。据此测算，2024—2027年"
            "年均复合增长率约为33.5%。2024年全省法院共受理案件86.3万件，员额法官5,200余名，已建成智慧法庭412个。"
        ),
        obs=[
            ("Total", 2021, 7.5, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 30.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2027, 6.0),
            ("cagr", 33.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30 / 12.6) ** (1 / 3) - 1 = 33.53% -> 33.5
        ],
    ),
    # 10. Broker in-depth report (Simplified) on AI contract review: yoy only rounding reaches, a part with its share,
    #     突破 target at its printed figure. Nowhere: 法智科技 revenue 3.2亿元 and 36%, 目标价48元, 27%上涨空间,
    #     一季度 2.9亿元.
    dict(
        text=(
            "【华信证券·计算机行业深度报告｜2025年3月6日】AI合同审查：从“能用”走向“好用”。我们测算，2024年我国AI合同审查"
            "与起草市场规模为18.6亿元，同比增长42.3%（2023年为13.1亿元）。分行业看，金融行业贡献7.9亿元，占比42.5%，"
            "是最大的需求方。展望未来，随着大模型推理成本下降，预计2027年市场规模有望突破50亿元。重点公司方面，法智科技"
            "2024年营业收入3.2亿元，同比增长36%；我们给予其目标价48元，较现价有27%的上涨空间。需要提示的是，一季度为行业"
            "淡季，2024年一季度市场规模仅2.9亿元。"
        ),
        obs=[
            ("Total", 2023, 13.1, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("金融行业", 2024, 7.9, "CNY 100 million", "actual"),
            ("Total", 2027, 50.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.3, "percent", 2023, 2024, 1.0),
            ("share", 42.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 18.6 / 13.1 - 1 = 41.98% -> 42.0; bounds 18.55/13.15 - 1 = 41.06%,
                                           # 18.65/13.05 - 1 = 42.91%: 42.3 reachable
            ("arithmetic", "exact"),       # 7.9 / 18.6 = 42.47% -> 42.5
        ],
    ),
    # 11. Legal-daily news item (Simplified) quoting two research houses on e-discovery/document-review AI: 去年/今年
    #     from the dateline; a CAGR only rounding reaches. Nowhere: 律云智库's 11.6亿元 for 去年, 3.2亿页 documents,
    #     约占四成 of large firms.
    dict(
        text=(
            "【法治观察 2025年4月15日讯】电子取证与文档审阅正成为法律AI落地最快的场景。智诉研究院最新发布的报告显示，去年"
            "我国电子取证与文档审阅AI市场规模为9.8亿元，预计今年将达到13.2亿元，同比增长34.7%；到2028年，市场规模将增至"
            "28.5亿元，2025—2028年复合增长率为29.4%。不过，另一家机构律云智库给出的数据更为乐观，其估计去年该市场规模已达"
            "11.6亿元。报告还提到，去年全国律所借助AI工具审阅的文档超过3.2亿页，约占四成的大型律所已部署相关系统。"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 13.2, "CNY 100 million", "estimate"),
            ("Total", 2028, 28.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.7, "percent", 2024, 2025, 1.0),
            ("cagr", 29.4, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 13.2 / 9.8 - 1 = 34.69% -> 34.7
            ("cagr|implied", "rounding"),  # (28.5 / 13.2) ** (1 / 3) - 1 = 29.25% -> 29.2; bounds
                                           # (28.45/13.25) -> 29.01%, (28.55/13.15) -> 29.49%: 29.4 reachable
        ],
    ),
    # 12. Taipei release (Traditional): 新台幣億元, 去年/今年, a part whose share only rounding reaches.
    #     Nowhere: 今（22）日, 1.1萬 lawyers, 312 companies surveyed, 58% survey answer.
    dict(
        text=(
            "【2025年5月22日／台北訊】產業研究機構「創研智庫」今（22）日發布報告指出，台灣法律科技AI市場（含合約審閱、"
            "法律檢索與訴訟文件分析）去年規模為新台幣18.4億元，今年預估成長至23.9億元，年增29.9%。其中，合約審閱與起草"
            "為最大應用，去年產值6.8億元，占整體37.2%。報告並指出，全台執業律師約1.1萬人；受訪的312家企業法務部門中，"
            "有58%表示已導入至少一項AI工具。"
        ),
        obs=[
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2025, 23.9, "TWD 100 million", "estimate"),
            ("合約審閱與起草", 2024, 6.8, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2024, 2025, 1.0),
            ("share", 37.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 23.9 / 18.4 - 1 = 29.89% -> 29.9
            ("arithmetic", "rounding"),  # 6.8 / 18.4 = 36.96% -> 37.0; bounds 6.75/18.45 = 36.59%,
                                         # 6.85/18.35 = 37.33%: 37.2 reachable
        ],
    ),
    # 13. Hong Kong RegTech report (Traditional): 億港元, banks' AI compliance monitoring, a part with its share, a
    #     2028 forecast. Nowhere: 罰款1,280萬港元 (fines), 三間銀行, 約150間持牌銀行, 逾六成 trial rate.
    dict(
        text=(
            "（香港2025年9月3日）香港合規科技聯盟今日發表年度報告，指本港銀行業用於人工智能合規監測（包括反洗錢交易監測、"
            "制裁名單篩查及通訊監察）的支出，2024年達4.86億港元，較2023年的3.9億港元增長24.6%。當中反洗錢交易監測佔"
            "2.31億港元，即47.5%。報告預計，到2028年有關市場將增至約11億港元。另外，金管局去年就打擊洗錢缺失向三間銀行"
            "合共罰款1,280萬港元；本港約150間持牌銀行中，逾六成已試用生成式AI工具。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("反洗錢交易監測", 2024, 2.31, "HKD 100 million", "actual"),
            ("Total", 2028, 11.0, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 47.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 3.9 - 1 = 24.62% -> 24.6
            ("arithmetic", "exact"),    # 2.31 / 4.86 = 47.53% -> 47.5
        ],
    ),
    # 14. Taiwanese investment-consulting note (Traditional) on banks' compliance AI: a corrected base year, a stated
    #     CAGR, a multiple x3.6 over 2023-2028. Nowhere: the mistyped 15.2億元, fines 8,400萬元, 38 banks.
    dict(
        text=(
            "群昇投顧產業報告（2025年2月）：金融機構法遵AI進入擴張期。台灣金融機構法遵AI（洗錢防制監控、法規異動追蹤、"
            "合規報告自動化）市場2024年規模為新台幣16.1億元，較2023年的12.5億元成長28.8%（更正：本報告初版誤植2023年"
            "規模為15.2億元，特此更正）。展望2028年，預估市場規模將達45億元，2024至2028年複合成長率29.3%，屆時規模將是"
            "2023年的3.6倍。另據統計，金管會2024年對銀行業開罰金額合計新台幣8,400萬元；本國銀行共38家。"
        ),
        obs=[
            ("Total", 2023, 12.5, "TWD 100 million", "actual"),
            ("Total", 2024, 16.1, "TWD 100 million", "actual"),
            ("Total", 2028, 45.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.8, "percent", 2023, 2024, 1.0),
            ("cagr", 29.3, "percent", 2024, 2028, None, "stated"),
            ("multiple", 3.6, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.1 / 12.5 - 1 = 28.80% -> 28.8
            ("cagr|implied", "exact"),  # (45 / 16.1) ** (1 / 4) - 1 = 29.30% -> 29.3
        ],
    ),
    # 15. Law-tech yearbook extract (Simplified): yoy, 增长3倍 as x3 over 2020-2024, stated CAGR. Nowhere: yearbook
    #     title year, 第四章, 四季度 8.3亿元, 3.2个百分点, 律答科技 revenue 5.1亿元, 4.1万家 firms, 73万人 lawyers.
    dict(
        text=(
            "摘自《中国法律科技发展年鉴（2025）》第四章：2024年，我国智能法律检索与研究助手市场规模达26.4亿元，同比增长"
            "25.7%（2023年为21.0亿元），较2020年的6.6亿元增长3倍，2020—2024年年均复合增长率为41.4%。分季度看，四季度"
            "单季规模达8.3亿元，占全年比重较上年提高3.2个百分点。头部厂商中，律答科技全年营收5.1亿元。截至2024年底，"
            "全国共有律师事务所4.1万家、执业律师约73万人。"
        ),
        obs=[
            ("Total", 2020, 6.6, "CNY 100 million", "actual"),
            ("Total", 2023, 21.0, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),
            ("cagr", 41.4, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 26.4 / 21.0 - 1 = 25.71% -> 25.7
            ("cagr|implied", "exact"),  # (26.4 / 6.6) ** (1 / 4) - 1 = 41.42% -> 41.4
        ],
    ),
    # 16. Markdown pipe table, years as columns with E columns and a Total row; 2023 total reached only by rounding.
    #     Nowhere: exhibit number, source month.
    dict(
        text=(
            "Exhibit 7: Global AI in legal services market by segment (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Contract review & drafting | 612 | 781 | 986 | 1,240 |\n"
            "| E-discovery & document review | 905 | 1,062 | 1,231 | 1,418 |\n"
            "| Legal research assistants | 348 | 497 | 688 | 934 |\n"
            "| Compliance monitoring | 455 | 566 | 702 | 871 |\n"
            "| Total | 2,321 | 2,906 | 3,607 | 4,463 |\n"
            "Source: Northgate Legal Tech Tracker, March 2025. E = estimate. Totals may not add because of rounding; "
            "figures exclude law firms' in-house IT staff costs."
        ),
        obs=[
            ("Contract review & drafting", 2023, 612.0, "USD million", "actual"),
            ("Contract review & drafting", 2024, 781.0, "USD million", "actual"),
            ("Contract review & drafting", 2025, 986.0, "USD million", "estimate"),
            ("Contract review & drafting", 2026, 1240.0, "USD million", "estimate"),
            ("E-discovery & document review", 2023, 905.0, "USD million", "actual"),
            ("E-discovery & document review", 2024, 1062.0, "USD million", "actual"),
            ("E-discovery & document review", 2025, 1231.0, "USD million", "estimate"),
            ("E-discovery & document review", 2026, 1418.0, "USD million", "estimate"),
            ("Legal research assistants", 2023, 348.0, "USD million", "actual"),
            ("Legal research assistants", 2024, 497.0, "USD million", "actual"),
            ("Legal research assistants", 2025, 688.0, "USD million", "estimate"),
            ("Legal research assistants", 2026, 934.0, "USD million", "estimate"),
            ("Compliance monitoring", 2023, 455.0, "USD million", "actual"),
            ("Compliance monitoring", 2024, 566.0, "USD million", "actual"),
            ("Compliance monitoring", 2025, 702.0, "USD million", "estimate"),
            ("Compliance monitoring", 2026, 871.0, "USD million", "estimate"),
            ("Total", 2023, 2321.0, "USD million", "actual"),
            ("Total", 2024, 2906.0, "USD million", "actual"),
            ("Total", 2025, 3607.0, "USD million", "estimate"),
            ("Total", 2026, 4463.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 2023: 612 + 905 + 348 + 455 = 2,320 vs 2,321; bounds 2,318-2,322 reach it
            ("hierarchy", "exact"),     # 2024: 781 + 1,062 + 497 + 566 = 2,906
            ("hierarchy", "exact"),     # 2025E: 986 + 1,231 + 688 + 702 = 3,607
            ("hierarchy", "exact"),     # 2026E: 1,240 + 1,418 + 934 + 871 = 4,463
        ],
    ),
    # 17. Space-aligned table with years as rows; value columns named by their headers, a Total column, F rows.
    #     Nowhere: table number, monitor issue No. 9, January 2025.
    dict(
        text=(
            "Table 2. Court and judiciary AI spending in the EU-27 (EUR million)\n"
            "Year     Case management   Judicial analytics    Total\n"
            "2022               318.4                 96.1    414.5\n"
            "2023               352.9                124.5    477.4\n"
            "2024               391.6                163.8    555.4\n"
            "2025F              441.2                211.0    652.2\n"
            "2026F              498.7                268.4    767.1\n"
            "Note: F = forecast. Case management covers e-filing triage and hearing scheduling; judicial analytics "
            "covers anonymisation, case-law search and decision-support tools. Source: Lexara Insight, European "
            "Justice Tech Monitor No. 9 (January 2025)."
        ),
        obs=[
            ("Case management", 2022, 318.4, "EUR million", "actual"),
            ("Case management", 2023, 352.9, "EUR million", "actual"),
            ("Case management", 2024, 391.6, "EUR million", "actual"),
            ("Case management", 2025, 441.2, "EUR million", "estimate"),
            ("Case management", 2026, 498.7, "EUR million", "estimate"),
            ("Judicial analytics", 2022, 96.1, "EUR million", "actual"),
            ("Judicial analytics", 2023, 124.5, "EUR million", "actual"),
            ("Judicial analytics", 2024, 163.8, "EUR million", "actual"),
            ("Judicial analytics", 2025, 211.0, "EUR million", "estimate"),
            ("Judicial analytics", 2026, 268.4, "EUR million", "estimate"),
            ("Total", 2022, 414.5, "EUR million", "actual"),
            ("Total", 2023, 477.4, "EUR million", "actual"),
            ("Total", 2024, 555.4, "EUR million", "actual"),
            ("Total", 2025, 652.2, "EUR million", "estimate"),
            ("Total", 2026, 767.1, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 318.4 + 96.1 = 414.5
            ("hierarchy", "exact"),  # 2023: 352.9 + 124.5 = 477.4
            ("hierarchy", "exact"),  # 2024: 391.6 + 163.8 = 555.4
            ("hierarchy", "exact"),  # 2025F: 441.2 + 211.0 = 652.2
            ("hierarchy", "exact"),  # 2026F: 498.7 + 268.4 = 767.1
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified), 亿元, E columns, 合计 row; 2025E total reached only by rounding.
    #     Nowhere: 表3, source month.
    dict(
        text=(
            "表3 中国智慧法院AI应用市场规模（单位：亿元）\n"
            "细分领域\t2023\t2024\t2025E\t2026E\n"
            "智能审判辅助\t14.2\t18.9\t24.6\t31.5\n"
            "电子卷宗与智能编目\t11.8\t14.1\t16.7\t19.4\n"
            "智能庭审与语音识别\t6.5\t8.7\t11.2\t14.3\n"
            "诉讼服务机器人\t3.1\t4.6\t6.4\t8.8\n"
            "合计\t35.6\t46.3\t59.0\t74.0\n"
            "注：2025E、2026E为预测值；合计数因四舍五入可能存在尾差。资料来源：中法研咨询，2025年1月。"
        ),
        obs=[
            ("智能审判辅助", 2023, 14.2, "CNY 100 million", "actual"),
            ("智能审判辅助", 2024, 18.9, "CNY 100 million", "actual"),
            ("智能审判辅助", 2025, 24.6, "CNY 100 million", "estimate"),
            ("智能审判辅助", 2026, 31.5, "CNY 100 million", "estimate"),
            ("电子卷宗与智能编目", 2023, 11.8, "CNY 100 million", "actual"),
            ("电子卷宗与智能编目", 2024, 14.1, "CNY 100 million", "actual"),
            ("电子卷宗与智能编目", 2025, 16.7, "CNY 100 million", "estimate"),
            ("电子卷宗与智能编目", 2026, 19.4, "CNY 100 million", "estimate"),
            ("智能庭审与语音识别", 2023, 6.5, "CNY 100 million", "actual"),
            ("智能庭审与语音识别", 2024, 8.7, "CNY 100 million", "actual"),
            ("智能庭审与语音识别", 2025, 11.2, "CNY 100 million", "estimate"),
            ("智能庭审与语音识别", 2026, 14.3, "CNY 100 million", "estimate"),
            ("诉讼服务机器人", 2023, 3.1, "CNY 100 million", "actual"),
            ("诉讼服务机器人", 2024, 4.6, "CNY 100 million", "actual"),
            ("诉讼服务机器人", 2025, 6.4, "CNY 100 million", "estimate"),
            ("诉讼服务机器人", 2026, 8.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 35.6, "CNY 100 million", "actual"),
            ("合计", 2024, 46.3, "CNY 100 million", "actual"),
            ("合计", 2025, 59.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 74.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 14.2 + 11.8 + 6.5 + 3.1 = 35.6
            ("hierarchy", "exact"),     # 2024: 18.9 + 14.1 + 8.7 + 4.6 = 46.3
            ("hierarchy", "rounding"),  # 2025E: 24.6 + 16.7 + 11.2 + 6.4 = 58.9 vs 59.0; bounds 58.7-59.1 reach it
            ("hierarchy", "exact"),     # 2026E: 31.5 + 19.4 + 14.3 + 8.8 = 74.0
        ],
    ),
    # 19. Space-aligned yen table, fiscal years as columns with F columns, a Total row and a CAGR FY24-28 column
    #     (span printed). Nowhere: figure number, publication month.
    dict(
        text=(
            "Figure 4: Japan AI legal tech market by application (\u00a5 billion)\n"
            "Application                   FY2023  FY2024  FY2025F  FY2028F  CAGR FY24-28\n"
            "Contract review                  9.8    13.1     17.0     33.5         26.5%\n"
            "Legal research & knowledge       6.2     8.4     11.3     24.0         30.0%\n"
            "Litigation support               7.4     8.9     10.6     17.8         18.9%\n"
            "Total                           23.4    30.4     38.9     75.3         25.5%\n"
            "Note: fiscal years ending March; FY2025F onward are forecasts. Source: Kanda Market Research "
            "(published August 2025)."
        ),
        obs=[
            ("Contract review", 2023, 9.8, "JPY billion", "actual"),
            ("Contract review", 2024, 13.1, "JPY billion", "actual"),
            ("Contract review", 2025, 17.0, "JPY billion", "estimate"),
            ("Contract review", 2028, 33.5, "JPY billion", "estimate"),
            ("Legal research & knowledge", 2023, 6.2, "JPY billion", "actual"),
            ("Legal research & knowledge", 2024, 8.4, "JPY billion", "actual"),
            ("Legal research & knowledge", 2025, 11.3, "JPY billion", "estimate"),
            ("Legal research & knowledge", 2028, 24.0, "JPY billion", "estimate"),
            ("Litigation support", 2023, 7.4, "JPY billion", "actual"),
            ("Litigation support", 2024, 8.9, "JPY billion", "actual"),
            ("Litigation support", 2025, 10.6, "JPY billion", "estimate"),
            ("Litigation support", 2028, 17.8, "JPY billion", "estimate"),
            ("Total", 2023, 23.4, "JPY billion", "actual"),
            ("Total", 2024, 30.4, "JPY billion", "actual"),
            ("Total", 2025, 38.9, "JPY billion", "estimate"),
            ("Total", 2028, 75.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2024, 2028, None, "stated"),  # Contract review
            ("cagr", 30.0, "percent", 2024, 2028, None, "stated"),  # Legal research & knowledge
            ("cagr", 18.9, "percent", 2024, 2028, None, "stated"),  # Litigation support
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),  # Total
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (33.5 / 13.1) ** (1 / 4) - 1 = 26.46% -> 26.5
            ("cagr|implied", "exact"),  # (24.0 / 8.4) ** (1 / 4) - 1 = 30.01% -> 30.0
            ("cagr|implied", "exact"),  # (17.8 / 8.9) ** (1 / 4) - 1 = 18.92% -> 18.9
            ("cagr|implied", "exact"),  # (75.3 / 30.4) ** (1 / 4) - 1 = 25.45% -> 25.5
            ("hierarchy", "exact"),     # FY2023: 9.8 + 6.2 + 7.4 = 23.4
            ("hierarchy", "exact"),     # FY2024: 13.1 + 8.4 + 8.9 = 30.4
            ("hierarchy", "exact"),     # FY2025F: 17.0 + 11.3 + 10.6 = 38.9
            ("hierarchy", "exact"),     # FY2028F: 33.5 + 24.0 + 17.8 = 75.3
        ],
    ),
    # 20. Tab-separated table with years as rows, a lone column headed by its unit only (the market's Total) and a
    #     YoY column; the 2022 rate is on the old basis and contradicts the rebased amounts. Nowhere: source month.
    dict(
        text=(
            "UK: AI compliance monitoring for banks, market size\n"
            "Year\tGBP million\tYoY %\n"
            "2021\t142\t-\n"
            "2022\t181\t33.1\n"
            "2023\t236\t30.4\n"
            "2024\t301\t27.5\n"
            "2025F\t384\t27.6\n"
            "2026F\t480\t25.0\n"
            "Note: series rebased from 2022 to include sanctions-screening AI; the 2022 YoY rate is shown as first "
            "published on the old basis. F = forecast. Source: Thamesgate Research, RegTech Barometer, February 2025."
        ),
        obs=[
            ("Total", 2021, 142.0, "GBP million", "actual"),
            ("Total", 2022, 181.0, "GBP million", "actual"),
            ("Total", 2023, 236.0, "GBP million", "actual"),
            ("Total", 2024, 301.0, "GBP million", "actual"),
            ("Total", 2025, 384.0, "GBP million", "estimate"),
            ("Total", 2026, 480.0, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 33.1, "percent", 2021, 2022, 1.0),
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2024, 2025, 1.0),
            ("growth", 25.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 181 / 142 - 1 = 27.46%; bounds 180.5/142.5 - 1 = 26.67%,
                                               # 181.5/141.5 - 1 = 28.27%: 33.1 unreachable (old basis)
            ("cagr|implied", "exact"),         # 236 / 181 - 1 = 30.39% -> 30.4
            ("cagr|implied", "exact"),         # 301 / 236 - 1 = 27.54% -> 27.5
            ("cagr|implied", "exact"),         # 384 / 301 - 1 = 27.57% -> 27.6
            ("cagr|implied", "exact"),         # 480 / 384 - 1 = 25.00% -> 25.0
        ],
    ),
    # 21. 10-K market-opportunity section (filed 27 Mar 2025): the TAM the company sizes is the Total; the part and
    # its share; a stated CAGR over a printed span. Fiscal 2025 documents, customers, revenue and its 17% growth, the
    # headcount and the fiscal-year-end date are expected nowhere.
    dict(
        text=(
            "FORM 10-K - Annual report for the fiscal year ended January 31, 2025 (filed March 27, 2025)\n"
            "Item 1. Business - Market Opportunity\n"
            "Litigation, internal investigations and regulatory inquiries now generate more electronically stored "
            "information than legal teams can read. Based on third-party research and our own estimates, we believe "
            "the total addressable market for AI-enabled e-discovery and document review was approximately $11.6 "
            "billion in calendar 2024, of which managed document review - first-pass and privilege review performed "
            "with AI assistance - accounted for approximately $4.9 billion, or 42%. We expect this market to reach "
            "approximately $19.8 billion in 2028, a compound annual growth rate of approximately 14% from 2024 to "
            "2028. In fiscal 2025 we processed more than 3.2 billion documents for 1,140 customers, and total revenue "
            "grew 17% to $286.4 million. As of January 31, 2025, we had approximately 1,870 full-time employees."
        ),
        obs=[
            ("Total", 2024, 11.6, "USD billion", "actual"),
            ("Managed document review", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2028, 19.8, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("cagr", 14, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 4.9 / 11.6 = 42.24% -> 42
            ("cagr|implied", "exact"),  # (19.8 / 11.6) ** (1 / 4) - 1 = 14.30% -> 14
        ],
    ),
    # 22. Earnings call (29 Oct 2024): the bank-compliance TAM is the Total; "this year" = 2024 (estimate), "last
    # year" = 2023 (actual), "next year" = 2025; "more than doubling" is x2 over three years; e-comms surveillance is a
    # second market, an item of its own. Q3 revenue and its 21%, the 118% retention, 212 customers, AML penalties and
    # the 15% share ambition are expected nowhere.
    dict(
        text=(
            "Q3 2024 earnings call - 29 October 2024 (edited transcript)\n"
            "CFO: Third-quarter revenue was $84.2 million, up 21% year on year, and net revenue retention held at "
            "118% across our 212 bank customers.\n"
            "Analyst: Can you frame the opportunity in compliance monitoring beyond your installed base?\n"
            "CEO: Sure. The market we're going after is AI for regulatory compliance monitoring inside banks - "
            "transaction monitoring, sanctions screening, regulatory-change tracking. We put that TAM at about $6.5 "
            "billion this year, up roughly 25% from $5.2 billion last year. Next year we think it's above $8 billion, "
            "and by 2027 it's around $14 billion - so more than doubling in three years. Separately there's e-comms "
            "surveillance, which we size at about $2.1 billion this year; we don't add it to the number above. For "
            "context, banks paid more than $4 billion in AML penalties last year, and we'd like to hold 15% of the "
            "TAM by 2027."
        ),
        obs=[
            ("Total", 2023, 5.2, "USD billion", "actual"),
            ("Total", 2024, 6.5, "USD billion", "estimate"),
            ("Total", 2025, 8, "USD billion", "estimate"),
            ("Total", 2027, 14, "USD billion", "estimate"),
            ("E-comms surveillance", 2024, 2.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.5 / 5.2) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 23. Journal abstract (UK, 2025): the series opens in £ million, so "£1.1 billion" is expected as 1100 GBP
    # million; a year-on-year rate and a stated CAGR. The 214 firms, 31% response rate, 63% weekly users, 3.1
    # billable hours, the £48.6 billion legal services sector, JEL codes and volume/page numbers are expected nowhere.
    dict(
        text=(
            "Abstract\n"
            "Generative AI research assistants are moving from pilots into the everyday workflow of UK law firms. "
            "Combining vendor filings with a survey of 214 firms (response rate 31%), we estimate UK spending on AI "
            "legal research assistants at £312 million in 2024, up 41% from £221 million in 2023 - small against a "
            "legal services sector that turned over roughly £48.6 billion in 2023. Sixty-three per cent of "
            "respondents reported using such a tool weekly, and the median time saved was 3.1 billable hours per fee "
            "earner per week. On current adoption curves we forecast the market at £1.1 billion by 2029, a compound "
            "annual growth rate of 28.7% over 2024-2029.\n"
            "JEL: K40, O33. Journal of Legal Technology Economics, vol. 12, no. 2 (2025), pp. 115-142."
        ),
        obs=[
            ("Total", 2023, 221, "GBP million", "actual"),
            ("Total", 2024, 312, "GBP million", "actual"),
            ("Total", 2029, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("cagr", 28.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 221) ** (1 / 1) - 1 = 41.18% -> 41
            ("cagr|implied", "exact"),  # (1100 / 312) ** (1 / 5) - 1 = 28.66% -> 28.7
        ],
    ),
    # 24. X thread (11 Feb 2025) citing a Mumbai research house: "est." marks 2025 an estimate; "3x in three years"
    # is x3; "roughly 44% a year" is a CAGR whose span only the amounts' years give. Pending cases (crore), the
    # e-Courts rupee outlay, reviewers' hourly rupee rates, enrolled advocates and thread numbering are expected
    # nowhere.
    dict(
        text=(
            "@LexDataIndia · 11 Feb 2025 · 1/4\n"
            "AI e-discovery & document review in India is tiny but moving fast. Per Mumbai-based Karta Legal "
            "Research: $46M in 2022 → $138M est. for 2025. That's 3x in three years, roughly 44% a year.\n"
            "2/4 Why now? 5.1 crore cases are pending across Indian courts, and the e-Courts Phase III outlay of "
            "₹7,210 crore is pushing digitised records into every district.\n"
            "3/4 Contract reviewers at the big firms still bill ₹1,200-1,800 an hour, so the maths on AI first-pass "
            "review is easy.\n"
            "4/4 With 1.7M enrolled advocates, adoption - not tech - is the bottleneck. /end"
        ),
        obs=[
            ("Total", 2022, 46, "USD million", "actual"),
            ("Total", 2025, 138, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2025, 3.0),
            ("cagr", 44, "percent", 2022, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (138 / 46) ** (1 / 3) - 1 = 44.22% -> 44
        ],
    ),
    # 25. Investor-day slide (London, 19 Nov 2024): the TAM is the Total, its E years estimates, the part too; a
    # stated CAGR only a reading at the bounds reaches (rounding); the adjacent court-AI market's range gives two
    # value claims and no observation. Slide number, 1,100 firms, ARR, 94% retention and the 10% ambition are
    # expected nowhere.
    dict(
        text=(
            "Capital Markets Day, 19 November 2024 · Slide 14 | Where we play\n"
            "Legal AI in the UK & Europe - total addressable market\n"
            "- 2024E: £2.4bn; 2028E: £5.9bn (CAGR 2024E-28E: 26%)\n"
            "- Biggest pool: contract drafting & review, £1.0bn (42% of 2024E)\n"
            "- Not in our TAM: court & tribunal AI, a public-sector market we put at £0.6-0.8bn by 2028E\n"
            "- Us today: 1,100 law firms · ARR £96m · 94% gross retention\n"
            "- Ambition: 10% of TAM by 2028"
        ),
        obs=[
            ("Total", 2024, 2.4, "GBP billion", "estimate"),
            ("Contract drafting & review", 2024, 1.0, "GBP billion", "estimate"),
            ("Total", 2028, 5.9, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
            ("value", 0.6, "GBP billion", 2028, 2028, None),  # range, low end
            ("value", 0.8, "GBP billion", 2028, 2028, None),  # range, high end
        ],
        verdicts=[
            # (5.9 / 2.4) ** (1 / 4) - 1 = 25.22% -> 25, not 26; bounds (5.85 / 2.45) .. (5.95 / 2.35) give
            # 24.31% .. 26.14%, and 26.14% rounds to 26 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 1.0 / 2.4 = 41.67% -> 42
        ],
    ),
    # 26. Tokyo research house release (5 Aug 2025), yen: fiscal 2024 counts as 2024 and is over (actual); the part
    # and its share; "roughly 2.8 times" is x2.8 over five years. The 58 vendors, 1,204 legal departments, 45,826
    # attorneys, the April-June quarter's ¥5.1 billion and the report price are expected nowhere.
    dict(
        text=(
            "TOKYO, 5 August 2025 - Kanda Research Institute today released its annual survey of Japan's AI contract "
            "review and drafting market.\n"
            "The market grew 23.8% year on year in fiscal 2024 (April 2024-March 2025) to ¥18.7 billion, from ¥15.1 "
            "billion in fiscal 2023, as listed companies moved from pilots to company-wide licences. SaaS tools "
            "accounted for ¥13.2 billion (70.6%) of the total; the remainder was on-premises software and review "
            "services bundled with it. The institute forecasts ¥52.0 billion in fiscal 2029, roughly 2.8 times the "
            "fiscal 2024 level.\n"
            "The survey covered 58 vendors and 1,204 corporate legal departments. Japan had 45,826 registered "
            "attorneys as of 31 March 2025. Vendor shipments in the April-June quarter of fiscal 2025 came to ¥5.1 "
            "billion. (Report price: ¥198,000 excluding tax.)"
        ),
        obs=[
            ("Total", 2023, 15.1, "JPY billion", "actual"),
            ("Total", 2024, 18.7, "JPY billion", "actual"),
            ("SaaS tools", 2024, 13.2, "JPY billion", "actual"),
            ("Total", 2029, 52.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("share", 70.6, "percent", 2024, 2024, None),
            ("multiple", 2.8, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.7 / 15.1) ** (1 / 1) - 1 = 23.84% -> 23.8
            ("arithmetic", "exact"),    # 13.2 / 18.7 = 70.59% -> 70.6
        ],
    ),
    # 27. Seoul news page (12 Jun 2025, updated 13 Jun) with a correction: the corrected $213 million is the 2024
    # figure and the superseded $231 million is expected nowhere; "last year" = 2024. The Supreme Court's won budget
    # and the 36,000 bar members are expected nowhere.
    dict(
        text=(
            "The Korea Ledger | Tech · Seoul, 12 June 2025 (updated 13 June)\n"
            "Courts and law firms push Korea's legal AI market past $200 million\n"
            "Korea's market for legal AI - contract review, case-law search and litigation analytics - reached $213 "
            "million last year, up 34% from $159 million in 2023, according to Seoul-based Hanmaru Research. The firm "
            "expects it to reach $540 million in 2028, a compound annual growth rate of 26% from 2024 to 2028. The "
            "Supreme Court has earmarked ₩12.4 billion this year for an AI judgment-search system, while the Korean "
            "Bar Association's roughly 36,000 members remain divided over the tools.\n"
            "Correction, 13 June: An earlier version of this article put the 2024 market at $231 million. The "
            "correct figure is $213 million."
        ),
        obs=[
            ("Total", 2023, 159, "USD million", "actual"),
            ("Total", 2024, 213, "USD million", "actual"),
            ("Total", 2028, 540, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (213 / 159) ** (1 / 1) - 1 = 33.96% -> 34
            ("cagr|implied", "exact"),  # (540 / 213) ** (1 / 4) - 1 = 26.18% -> 26
        ],
    ),
    # 28. Mumbai broker's note (14 Jan 2025): FY24 and FY30E count as 2024 and 2030; the stated 22% CAGR is
    # inconsistent with the amounts (as if rebased). The rupee conversion, RBI penalties, the price target and its
    # upside, and the 3QFY25 company revenue growth are expected nowhere.
    dict(
        text=(
            "Sahyadri Securities · India Financials / IT Services · 14 January 2025\n"
            "RegTech: AI compliance monitoring - banks can't hire their way out\n"
            "• We size the market for AI-led compliance monitoring in Indian banks (AML transaction monitoring, "
            "re-KYC, regulatory reporting) at US$0.42bn in FY24 (~₹3,500 crore), rising to US$1.9bn by FY30E - a 22% "
            "CAGR over FY24-30E.\n"
            "• The RBI levied penalties of ₹86 crore on banks in FY24, most of them for KYC lapses.\n"
            "• We initiate on Nivesh Regtech with BUY and a TP of ₹1,480 (18% upside); we expect 3QFY25 revenue to "
            "grow 24% YoY."
        ),
        obs=[
            ("Total", 2024, 0.42, "USD billion", "actual"),
            ("Total", 2030, 1.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1.9 / 0.42) ** (1 / 6) - 1 = 28.60%; bounds (1.85 / 0.425) .. (1.95 / 0.415) give 27.78% .. 29.42%,
            # which never reaches 22 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Provincial smart-court action plan (Simplified, Mar 2025): 2024 is the base (actual), the 力争 target an
    # estimate; 较2024年增长2倍 keeps 2 as the multiple; the part and its share. The document number, the 2025—2027
    # title years, 127 courts, 6,200 judges, 98.6万 cases, the 93% e-file rate and the 10 firms are expected nowhere.
    dict(
        text=(
            "××省高级人民法院 ××省发展和改革委员会\n"
            "关于印发《××省智慧法院建设三年行动方案(2025—2027年)》的通知\n"
            "×高法〔2025〕17号\n"
            "一、发展基础。2024年,全省智慧法院AI应用市场规模(含智能审判辅助、电子卷宗随案生成、庭审语音识别等)为15亿元,"
            "其中智能审判辅助系统6.2亿元,占比41.3%。全省三级法院共127个,员额法官6200余名,全年受理各类案件98.6万件,"
            "电子卷宗随案生成率达到93%。\n"
            "二、主要目标。到2027年,全省智慧法院AI应用市场规模力争达到45亿元,较2024年增长2倍;培育省级法律科技骨干企业"
            "10家以上。"
        ),
        obs=[
            ("Total", 2024, 15, "CNY 100 million", "actual"),
            ("智能审判辅助系统", 2024, 6.2, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.2 / 15 = 41.33% -> 41.3
        ],
    ),
    # 30. Broker's industry deep-dive (Simplified, 8 Apr 2025): base, rate and a 突破 forecast (printed figure); a
    # stated CAGR. The whole bank compliance-tech spend (620亿元), the 15% penetration rate, the fines, the price
    # target and upside, and the company's revenue and Q1 figures are expected nowhere.
    dict(
        text=(
            "申江证券|计算机行业深度报告:银行智能合规进入放量期(2025年4月8日)\n"
            "核心观点:我们测算,2024年我国银行业智能合规市场(反洗钱交易监测、智能合规审查、监管报送自动化)规模为86.4亿元,"
            "较2023年的67.6亿元增长27.8%;预计2027年将突破180亿元,2024—2027年复合增速约28%。作为对比,银行业合规科技"
            "整体投入约620亿元,AI部分的渗透率仍不足15%。2024年监管部门对银行业开出的罚单合计罚没金额约12.7亿元,合规压力"
            "持续加大。\n"
            "投资建议:维持智合科技“买入”评级,目标价45.6元,对应约22%上行空间;公司2024年营业收入12.3亿元,2025年一季度"
            "营收2.6亿元,同比增长31%。\n"
            "风险提示:银行IT预算收缩;监管政策变化。"
        ),
        obs=[
            ("Total", 2023, 67.6, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 67.6) ** (1 / 1) - 1 = 27.81% -> 27.8
            ("cagr|implied", "exact"),  # (180 / 86.4) ** (1 / 3) - 1 = 27.72% -> 28
        ],
    ),
    # 31. Wire story on industry statistics (Simplified, 12 Mar 2025): 上年 = 2023; the year-on-year rate is reached
    # only at the bounds (rounding); the part and its share; 今年 = 2025, an estimate at its printed 超过 figure.
    # Lawyers, law firms, cases and the 37 new products in Q1 are expected nowhere.
    dict(
        text=(
            "新华社北京2025年3月12日电(记者 王×)记者从法律科技产业联盟获悉,2024年我国法律人工智能市场规模为152.3亿元,"
            "比上年增长24.6%,上年为122.1亿元。其中,智能法律检索与问答41.7亿元,占27.4%;合同审查、电子证据审查和智慧法院"
            "类应用构成其余部分。截至2024年底,全国共有执业律师73.1万人、律师事务所4.1万家,全国法院全年受理案件4600余万件。"
            "联盟预计,今年市场规模将超过190亿元。今年一季度,新上线的法律大模型产品达到37款。"
        ),
        obs=[
            ("Total", 2023, 122.1, "CNY 100 million", "actual"),
            ("Total", 2024, 152.3, "CNY 100 million", "actual"),
            ("智能法律检索与问答", 2024, 41.7, "CNY 100 million", "actual"),
            ("Total", 2025, 190, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (152.3 / 122.1) ** (1 / 1) - 1 = 24.73% -> 24.7, not 24.6; bounds (152.25 / 122.15) .. (152.35 /
            # 122.05) give 24.64% .. 24.83%, and 24.64% rounds to 24.6 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 41.7 / 152.3 = 27.38% -> 27.4
        ],
    ),
    # 32. Taipei business daily (Traditional, 20 May 2025), 新台幣億元: 較前一年 = 2023; the banking part and its share;
    # 上看 forecast and a stated CAGR. The 昨(19)日 date, last year's regulatory fines, the five-year comparison and the
    # 42 institutions interviewed are expected nowhere.
    dict(
        text=(
            "經濟日報|2025年5月20日|記者林○○/台北報導\n"
            "金融業法遵壓力升高,AI法遵科技需求跟著水漲船高。博觀產業研究所昨(19)日發布調查指出,2024年台灣金融業AI法遵"
            "科技市場規模達新台幣48.6億元,較前一年的37.2億元成長30.6%,其中銀行業31.2億元,占比約64%。博觀預估,2027年"
            "市場規模可望上看105億元,2024至2027年年複合成長率約29%。\n"
            "金管會去年對金融業的裁罰金額合計達新台幣2.3億元,創近五年新高;博觀此次共訪談42家金融機構。"
        ),
        obs=[
            ("Total", 2023, 37.2, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("銀行業", 2024, 31.2, "TWD 100 million", "actual"),
            ("Total", 2027, 105, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("share", 64, "percent", 2024, 2024, None),
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 37.2) ** (1 / 1) - 1 = 30.65% -> 30.6
            ("arithmetic", "exact"),    # 31.2 / 48.6 = 64.20% -> 64
            ("cagr|implied", "exact"),  # (105 / 48.6) ** (1 / 3) - 1 = 29.28% -> 29
        ],
    ),
    # 33. Hong Kong daily (Traditional, 17 Feb 2025), 億港元: the part and its share; 今年 = 2025 (estimate); the
    # stated 18% CAGR is inconsistent with the amounts (a typo or rebasing). Law Society members, civil cases and a
    # law firm's own turnover and its 8% rise are expected nowhere.
    dict(
        text=(
            "《港經日報》2025年2月17日 經濟版\n"
            "律師行加速採用AI 本港法律科技市場規模持續擴大\n"
            "本地研究機構港智研究昨日發表報告,估計本港法律AI市場(包括合約審閱、電子披露及法律研究工具)2024年規模約12.8億"
            "港元,較2023年的10.5億港元增長22%;其中電子披露佔4.9億港元,約38%。報告預計今年可達約15.6億港元,至2028年達31"
            "億港元,2024至2028年年複合增長率為18%。\n"
            "香港律師會現有逾13,000名會員;司法機構去年處理的民事案件約37,000宗。有大型律師行透露,去年營業額達12億港元,按年升8%。"
        ),
        obs=[
            ("Total", 2023, 10.5, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("電子披露", 2024, 4.9, "HKD 100 million", "actual"),
            ("Total", 2025, 15.6, "HKD 100 million", "estimate"),
            ("Total", 2028, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.5) ** (1 / 1) - 1 = 21.90% -> 22
            ("arithmetic", "exact"),    # 4.9 / 12.8 = 38.28% -> 38
            # (31 / 12.8) ** (1 / 4) - 1 = 24.75%; bounds (30.5 / 12.85) .. (31.5 / 12.75) give 24.12% .. 25.37%,
            # which never reaches 18 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. PTT forum post (Traditional, 14 Jan 2025), 新台幣億元: 2025 預估 an estimate; 三年成長超過三倍 is x3 over three
    # years; 年均約51% a CAGR whose span only the amounts' years give. The NT$1,990 monthly fee, the firm's yearly
    # spend, judgments added, the poster's 6 years and the push comment's time are expected nowhere.
    dict(
        text=(
            "作者 lawyer0825 (阿德) 看板 LAW\n"
            "標題 [討論] 法律AI研究助理的市場到底多大?\n"
            "時間 Tue Jan 14 22:41:09 2025\n"
            "最近所裡在評估要不要導入AI法律研究助理,順手查了一下市場數字。某顧問公司報告說:台灣法律AI研究助理市場2022年只有"
            "新台幣3.2億元,2025年預估衝到11億元,三年成長超過三倍,換算年均約51%。\n"
            "不過以我們這種十幾個人的事務所來說,一個帳號月費NT$1,990,全所一年下來也要二十幾萬;判決書每年又新增幾十萬份……"
            "老實說我執業6年,還是覺得查判決最花時間。\n"
            "--\n"
            "推 jurist99: 11億應該是把大型事務所的客製案也算進去了吧 01/14 22:53"
        ),
        obs=[
            ("Total", 2022, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 11, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2025, 3.0),
            ("cagr", 51, "percent", 2022, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11 / 3.2) ** (1 / 3) - 1 = 50.92% -> 51
        ],
    ),
    # 35. Zhihu answer (Simplified, 3 Jun 2025): it opens on the first publisher's base and rate (2023 in brackets);
    # the 2030 range gives two value claims and no observation; the second publisher's 31亿元 for 2024 is expected
    # nowhere, as are the 1万亿元 legal services market, 9000 contracts and the 2000—5000元 review fee.
    dict(
        text=(
            "知乎 · 问题:AI合同审查这个赛道到底有多大?\n"
            "回答者:法务老周(某上市公司法务总监)· 编辑于 2025-06-03\n"
            "谢邀。先给数字:据艾观咨询,2024年中国AI合同审查与起草市场规模约23.5亿元,同比增长约40%(2023年为16.8亿元);"
            "到2030年,预计在120亿—150亿元之间。\n"
            "另一家机构(新桥研究院)给出的2024年数字是31亿元,但它把整套合同管理系统都算了进去,不建议混着看。\n"
            "放到大盘子里看,这点钱不算什么:整个法律服务市场规模已经突破1万亿元。我们公司一年审的合同超过9000份,外包给律所"
            "的话,一份商务合同的审查费大概2000—5000元。\n"
            "(利益相关:我们在用其中两家的产品,没收钱。)"
        ),
        obs=[
            ("Total", 2023, 16.8, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 40, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2030, 2030, None),  # range, low end
            ("value", 150, "CNY 100 million", 2030, 2030, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.5 / 16.8) ** (1 / 1) - 1 = 39.88% -> 40
        ],
    ),
    # 36. Markdown table, years as columns with E/F (Apr 2025), US$ million from the unit line: the total row is
    # printed first and is an item under its own label; 2024's rows miss the total by one (rounding); the note's
    # CAGR is stated. The exhibit number, title years and global legal services spending are expected nowhere.
    dict(
        text=(
            "Exhibit 7: Global legal AI market by use case, 2023-2030F\n"
            "(US$ million. Source: Bellwether Legal Tech Research, Legal AI Outlook, April 2025)\n"
            "| Use case | 2023 | 2024 | 2025E | 2030F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Legal AI, all use cases | 5,860 | 7,391 | 9,200 | 22,900 |\n"
            "| Contract review & drafting | 1,840 | 2,390 | 3,050 | 8,420 |\n"
            "| E-discovery & document review | 2,460 | 2,910 | 3,420 | 6,880 |\n"
            "| Legal research assistants | 720 | 1,080 | 1,520 | 4,960 |\n"
            "| Court & judiciary AI | 530 | 640 | 770 | 1,690 |\n"
            "| Other | 310 | 370 | 440 | 950 |\n"
            "Note: use cases may not sum to the total because of rounding. CAGR, all use cases, 2024-2030F: 20.7%. "
            "Global spending on legal services (c. US$1.0 trillion in 2024) and law-firm IT budgets are outside the "
            "scope."
        ),
        obs=[
            ("Legal AI, all use cases", 2023, 5860, "USD million", "actual"),
            ("Legal AI, all use cases", 2024, 7391, "USD million", "actual"),
            ("Legal AI, all use cases", 2025, 9200, "USD million", "estimate"),
            ("Legal AI, all use cases", 2030, 22900, "USD million", "estimate"),
            ("Contract review & drafting", 2023, 1840, "USD million", "actual"),
            ("Contract review & drafting", 2024, 2390, "USD million", "actual"),
            ("Contract review & drafting", 2025, 3050, "USD million", "estimate"),
            ("Contract review & drafting", 2030, 8420, "USD million", "estimate"),
            ("E-discovery & document review", 2023, 2460, "USD million", "actual"),
            ("E-discovery & document review", 2024, 2910, "USD million", "actual"),
            ("E-discovery & document review", 2025, 3420, "USD million", "estimate"),
            ("E-discovery & document review", 2030, 6880, "USD million", "estimate"),
            ("Legal research assistants", 2023, 720, "USD million", "actual"),
            ("Legal research assistants", 2024, 1080, "USD million", "actual"),
            ("Legal research assistants", 2025, 1520, "USD million", "estimate"),
            ("Legal research assistants", 2030, 4960, "USD million", "estimate"),
            ("Court & judiciary AI", 2023, 530, "USD million", "actual"),
            ("Court & judiciary AI", 2024, 640, "USD million", "actual"),
            ("Court & judiciary AI", 2025, 770, "USD million", "estimate"),
            ("Court & judiciary AI", 2030, 1690, "USD million", "estimate"),
            ("Other", 2023, 310, "USD million", "actual"),
            ("Other", 2024, 370, "USD million", "actual"),
            ("Other", 2025, 440, "USD million", "estimate"),
            ("Other", 2030, 950, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22,900 / 7,391) ** (1 / 6) - 1 = 20.74% -> 20.7
            ("hierarchy", "exact"),     # 2023: 1,840 + 2,460 + 720 + 530 + 310 = 5,860
            # 2024: 2,390 + 2,910 + 1,080 + 640 + 370 = 7,390, not 7,391; with each row at +/-0.5 the sum spans
            # 7,387.5 .. 7,392.5, which holds 7,391 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 3,050 + 3,420 + 1,520 + 770 + 440 = 9,200
            ("hierarchy", "exact"),     # 2030F: 8,420 + 6,880 + 4,960 + 1,690 + 950 = 22,900
        ],
    ),
    # 37. Tab-separated vertical table, years as rows (London, spring 2025), £ million: each value column's header is
    # an item, the Total column the Total; 2025F an estimate; the y/y column gives year-on-year rates of the total
    # (2023's is rounding); the note's CAGR is stated. The 51-500 fee-earner band and the solicitor count are
    # expected nowhere.
    dict(
        text=(
            "UK mid-market law firms (51-500 fee earners): spend on AI tools by type\n"
            "Thameside Legal Research (London), Legal AI Barometer, spring 2025 · £ million\n"
            "Year\tE-disclosure AI\tLegal research AI\tContract AI\tTotal\tTotal y/y %\n"
            "2021\t58.2\t21.4\t36.0\t115.6\t-\n"
            "2022\t71.5\t33.8\t49.2\t154.5\t33.7\n"
            "2023\t86.0\t52.9\t67.3\t206.2\t33.4\n"
            "2024\t99.4\t78.1\t90.6\t268.1\t30.0\n"
            "2025F\t113.0\t104.5\t117.8\t335.3\t25.1\n"
            "Note: 2025F is a forecast. CAGR of the total, 2021-2025F: 30.5%. Practising solicitors in England and "
            "Wales numbered about 166,000 in 2024; fee income is not shown."
        ),
        obs=[
            ("E-disclosure AI", 2021, 58.2, "GBP million", "actual"),
            ("E-disclosure AI", 2022, 71.5, "GBP million", "actual"),
            ("E-disclosure AI", 2023, 86.0, "GBP million", "actual"),
            ("E-disclosure AI", 2024, 99.4, "GBP million", "actual"),
            ("E-disclosure AI", 2025, 113.0, "GBP million", "estimate"),
            ("Legal research AI", 2021, 21.4, "GBP million", "actual"),
            ("Legal research AI", 2022, 33.8, "GBP million", "actual"),
            ("Legal research AI", 2023, 52.9, "GBP million", "actual"),
            ("Legal research AI", 2024, 78.1, "GBP million", "actual"),
            ("Legal research AI", 2025, 104.5, "GBP million", "estimate"),
            ("Contract AI", 2021, 36.0, "GBP million", "actual"),
            ("Contract AI", 2022, 49.2, "GBP million", "actual"),
            ("Contract AI", 2023, 67.3, "GBP million", "actual"),
            ("Contract AI", 2024, 90.6, "GBP million", "actual"),
            ("Contract AI", 2025, 117.8, "GBP million", "estimate"),
            ("Total", 2021, 115.6, "GBP million", "actual"),
            ("Total", 2022, 154.5, "GBP million", "actual"),
            ("Total", 2023, 206.2, "GBP million", "actual"),
            ("Total", 2024, 268.1, "GBP million", "actual"),
            ("Total", 2025, 335.3, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 33.7, "percent", 2021, 2022, 1.0),
            ("growth", 33.4, "percent", 2022, 2023, 1.0),
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
            ("cagr", 30.5, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 154.5 / 115.6 - 1 = 33.65% -> 33.7
            # 206.2 / 154.5 - 1 = 33.46% -> 33.5, not 33.4; bounds 206.15 / 154.55 .. 206.25 / 154.45 give
            # 33.39% .. 33.54%, and 33.39% rounds to 33.4 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 268.1 / 206.2 - 1 = 30.02% -> 30.0
            ("cagr|implied", "exact"),     # 335.3 / 268.1 - 1 = 25.07% -> 25.1
            ("cagr|implied", "exact"),     # (335.3 / 115.6) ** (1 / 4) - 1 = 30.50% -> 30.5
            ("hierarchy", "exact"),        # 2021: 58.2 + 21.4 + 36.0 = 115.6
            ("hierarchy", "exact"),        # 2022: 71.5 + 33.8 + 49.2 = 154.5
            ("hierarchy", "exact"),        # 2023: 86.0 + 52.9 + 67.3 = 206.2
            ("hierarchy", "exact"),        # 2024: 99.4 + 78.1 + 90.6 = 268.1
            ("hierarchy", "exact"),        # 2025F: 113.0 + 104.5 + 117.8 = 335.3
        ],
    ),
    # 38. Simplified Chinese space-aligned table (Mar 2025), 亿元, with a change and a share column: row labels and
    # 合计 are items; each 同比增长 a year-on-year rate, each 占比 a share of 合计 (the 100.0 total no claim). The table
    # number, title years and the 9800亿元 legal services revenue are expected nowhere.
    dict(
        text=(
            "表3  2023—2024年中国法律人工智能市场细分结构\n"
            "单位:亿元\n"
            "细分领域              2023年    2024年    同比增长(%)    2024年占比(%)\n"
            "智能合同审查           21.4      28.9        35.0           26.0\n"
            "智能法律检索           17.6      25.1        42.6           22.6\n"
            "文书审查与电子证据     12.1      15.8        30.6           14.2\n"
            "智慧法院AI应用         33.5      41.2        23.0           37.1\n"
            "合计                   84.6     111.0        31.2          100.0\n"
            "注:法律服务业总收入(约9800亿元)未计入;占比经四舍五入,加总可能不等于100%。资料来源:致远法律科技研究院,"
            "2025年3月。"
        ),
        obs=[
            ("智能合同审查", 2023, 21.4, "CNY 100 million", "actual"),
            ("智能合同审查", 2024, 28.9, "CNY 100 million", "actual"),
            ("智能法律检索", 2023, 17.6, "CNY 100 million", "actual"),
            ("智能法律检索", 2024, 25.1, "CNY 100 million", "actual"),
            ("文书审查与电子证据", 2023, 12.1, "CNY 100 million", "actual"),
            ("文书审查与电子证据", 2024, 15.8, "CNY 100 million", "actual"),
            ("智慧法院AI应用", 2023, 33.5, "CNY 100 million", "actual"),
            ("智慧法院AI应用", 2024, 41.2, "CNY 100 million", "actual"),
            ("合计", 2023, 84.6, "CNY 100 million", "actual"),
            ("合计", 2024, 111.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.0, "percent", 2023, 2024, 1.0),
            ("growth", 42.6, "percent", 2023, 2024, 1.0),
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
            ("share", 37.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.9 / 21.4 - 1 = 35.05% -> 35.0
            ("cagr|implied", "exact"),  # 25.1 / 17.6 - 1 = 42.61% -> 42.6
            ("cagr|implied", "exact"),  # 15.8 / 12.1 - 1 = 30.58% -> 30.6
            ("cagr|implied", "exact"),  # 41.2 / 33.5 - 1 = 22.99% -> 23.0
            ("cagr|implied", "exact"),  # 111.0 / 84.6 - 1 = 31.21% -> 31.2
            ("arithmetic", "exact"),    # 28.9 / 111.0 = 26.04% -> 26.0
            ("arithmetic", "exact"),    # 25.1 / 111.0 = 22.61% -> 22.6
            ("arithmetic", "exact"),    # 15.8 / 111.0 = 14.23% -> 14.2
            ("arithmetic", "exact"),    # 41.2 / 111.0 = 37.12% -> 37.1
            ("hierarchy", "exact"),     # 2023: 21.4 + 17.6 + 12.1 + 33.5 = 84.6
            ("hierarchy", "exact"),     # 2024: 28.9 + 25.1 + 15.8 + 41.2 = 111.0
        ],
    ),
    # 39. Japanese research house, markdown table in ¥100 million on fiscal years (Sep 2025), with a CAGR column:
    # FY2023 and FY2024 actual, FY2025E and FY2028F estimates; each row's CAGR is stated over FY2024-28
    # (e-discovery's is rounding). The white paper's title year, table number, the ¥1.1 trillion legal services
    # market and the attorney count are expected nowhere.
    dict(
        text=(
            "Japan legal AI market by segment (Unit: ¥100 million; fiscal years ending March)\n"
            "| Segment | FY2023 | FY2024 | FY2025E | FY2028F | CAGR FY2024-28 |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| AI contract review | 118 | 156 | 198 | 372 | 24.3% |\n"
            "| AI legal research | 42 | 61 | 88 | 205 | 35.4% |\n"
            "| E-discovery & forensic review | 95 | 108 | 121 | 168 | 11.5% |\n"
            "| Compliance monitoring (financial institutions) | 73 | 92 | 114 | 219 | 24.2% |\n"
            "| Total | 328 | 417 | 521 | 964 | 23.3% |\n"
            "Source: Marunouchi Legal Tech Research, Legal Tech White Paper 2025 (September 2025), Table 4-2. The "
            "overall legal services market (approx. ¥1.1 trillion) is not included. Registered attorneys: 45,826 "
            "(March 2025)."
        ),
        obs=[
            ("AI contract review", 2023, 118, "JPY 100 million", "actual"),
            ("AI contract review", 2024, 156, "JPY 100 million", "actual"),
            ("AI contract review", 2025, 198, "JPY 100 million", "estimate"),
            ("AI contract review", 2028, 372, "JPY 100 million", "estimate"),
            ("AI legal research", 2023, 42, "JPY 100 million", "actual"),
            ("AI legal research", 2024, 61, "JPY 100 million", "actual"),
            ("AI legal research", 2025, 88, "JPY 100 million", "estimate"),
            ("AI legal research", 2028, 205, "JPY 100 million", "estimate"),
            ("E-discovery & forensic review", 2023, 95, "JPY 100 million", "actual"),
            ("E-discovery & forensic review", 2024, 108, "JPY 100 million", "actual"),
            ("E-discovery & forensic review", 2025, 121, "JPY 100 million", "estimate"),
            ("E-discovery & forensic review", 2028, 168, "JPY 100 million", "estimate"),
            ("Compliance monitoring (financial institutions)", 2023, 73, "JPY 100 million", "actual"),
            ("Compliance monitoring (financial institutions)", 2024, 92, "JPY 100 million", "actual"),
            ("Compliance monitoring (financial institutions)", 2025, 114, "JPY 100 million", "estimate"),
            ("Compliance monitoring (financial institutions)", 2028, 219, "JPY 100 million", "estimate"),
            ("Total", 2023, 328, "JPY 100 million", "actual"),
            ("Total", 2024, 417, "JPY 100 million", "actual"),
            ("Total", 2025, 521, "JPY 100 million", "estimate"),
            ("Total", 2028, 964, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 35.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 11.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (372 / 156) ** (1 / 4) - 1 = 24.27% -> 24.3
            ("cagr|implied", "exact"),     # (205 / 61) ** (1 / 4) - 1 = 35.40% -> 35.4
            # (168 / 108) ** (1 / 4) - 1 = 11.68% -> 11.7, not 11.5; bounds (167.5 / 108.5) .. (168.5 / 107.5)
            # give 11.47% .. 11.89%, and 11.47% rounds to 11.5 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (219 / 92) ** (1 / 4) - 1 = 24.21% -> 24.2
            ("cagr|implied", "exact"),     # (964 / 417) ** (1 / 4) - 1 = 23.31% -> 23.3
            ("hierarchy", "exact"),        # FY2023: 118 + 42 + 95 + 73 = 328
            ("hierarchy", "exact"),        # FY2024: 156 + 61 + 108 + 92 = 417
            ("hierarchy", "exact"),        # FY2025E: 198 + 88 + 121 + 114 = 521
            ("hierarchy", "exact"),        # FY2028F: 372 + 205 + 168 + 219 = 964
        ],
    ),
    # 40. Consultancy, space-aligned table by region (Mar 2025), USD billion from the source line, with a share
    # column: regions and the Global total row are items; each region's share of Global is a share (the 100.0 no
    # claim); the note's CAGR is stated. The 312 banks surveyed, all bank RegTech spending (USD 19.6 billion) and
    # regulatory fines are expected nowhere.
    dict(
        text=(
            "AI regulatory compliance monitoring in banks, by region\n"
            "Northgate Advisory, Bank RegTech Monitor, March 2025 (USD billion)\n"
            "Region                   2024    Share of 2024 (%)    2029F\n"
            "North America            2.31          42.1            4.62\n"
            "Europe                   1.47          26.8            3.05\n"
            "Asia-Pacific             1.18          21.5            3.12\n"
            "Middle East & Africa     0.29           5.3            0.71\n"
            "Latin America            0.24           4.4            0.55\n"
            "Global                   5.49         100.0           12.05\n"
            "Note: global CAGR 2024-2029F: 17.0%. Based on a survey of 312 banks; banks' RegTech spending as a whole "
            "(USD 19.6 billion in 2024) and regulatory fines are excluded."
        ),
        obs=[
            ("North America", 2024, 2.31, "USD billion", "actual"),
            ("North America", 2029, 4.62, "USD billion", "estimate"),
            ("Europe", 2024, 1.47, "USD billion", "actual"),
            ("Europe", 2029, 3.05, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 1.18, "USD billion", "actual"),
            ("Asia-Pacific", 2029, 3.12, "USD billion", "estimate"),
            ("Middle East & Africa", 2024, 0.29, "USD billion", "actual"),
            ("Middle East & Africa", 2029, 0.71, "USD billion", "estimate"),
            ("Latin America", 2024, 0.24, "USD billion", "actual"),
            ("Latin America", 2029, 0.55, "USD billion", "estimate"),
            ("Global", 2024, 5.49, "USD billion", "actual"),
            ("Global", 2029, 12.05, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 26.8, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 5.3, "percent", 2024, 2024, None),
            ("share", 4.4, "percent", 2024, 2024, None),
            ("cagr", 17.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 2.31 / 5.49 = 42.08% -> 42.1
            ("arithmetic", "exact"),    # 1.47 / 5.49 = 26.78% -> 26.8
            ("arithmetic", "exact"),    # 1.18 / 5.49 = 21.49% -> 21.5
            ("arithmetic", "exact"),    # 0.29 / 5.49 = 5.28% -> 5.3
            ("arithmetic", "exact"),    # 0.24 / 5.49 = 4.37% -> 4.4
            ("cagr|implied", "exact"),  # (12.05 / 5.49) ** (1 / 5) - 1 = 17.03% -> 17.0
            ("hierarchy", "exact"),     # 2024: 2.31 + 1.47 + 1.18 + 0.29 + 0.24 = 5.49
            ("hierarchy", "exact"),     # 2029F: 4.62 + 3.05 + 3.12 + 0.71 + 0.55 = 12.05
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixtieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 12, 'exact': 101}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'compound annual growth rate of 22.1% over 2024-2030',
    'at US$2.81bn for 2024, up 19.8% from US$2.35bn in 2023',
    'or 41.6% of the total',
    "A rival estimate from London's Tessaly Partners pegs the 2024 market at roughly $1.5 billion",
    'total addressable market for AI-driven compliance monitoring in banks',
    'so roughly 16% a year',
    'grew 27.5% year on year in fiscal 2024',
    '₹2,900 crore (about $350 million) in FY2024',
    'grow more than fivefold by FY2030, to about $1.8 billion',
    'Correction: an earlier edition of this summary gave the 2024 figure',
    'between $4.2 billion and $4.8 billion',
    '力争到2027年',
    '较2021年增长3倍',
    '预计2027年市场规模有望突破50亿元',
    '另一家机构律云智库给出的数据更为乐观',
    '今年預估成長至23.9億元，年增29.9%',
    '2024年達4.86億港元',
    '本報告初版誤植2023年',
    '占全年比重较上年提高3.2个百分点',
    '| Total | 2,321 | 2,906 | 3,607 | 4,463 |',
    '2025F              441.2                211.0    652.2',
    '合计\t35.6\t46.3\t59.0\t74.0',
    'CAGR FY24-28',
    'Year\tGBP million\tYoY %',
    'was approximately $11.6 billion in calendar 2024',
    'accounted for approximately $4.9 billion, or 42%',
    'We put that TAM at about $6.5 billion this year',
    'so more than doubling in three years',
    'which we size at about $2.1 billion this year',
    'we forecast the market at £1.1 billion by 2029',
    '$46M in 2022 → $138M est. for 2025',
    '(CAGR 2024E-28E: 26%)',
    '£0.6-0.8bn by 2028E',
    'roughly 2.8 times the fiscal 2024 level',
    'The correct figure is $213 million.',
    'at US$0.42bn in FY24 (~₹3,500 crore)',
    '力争达到45亿元,较2024年增长2倍',
    '预计2027年将突破180亿元',
    '比上年增长24.6%,上年为122.1亿元',
    '較前一年的37.2億元成長30.6%',
    '報告預計今年可達約15.6億港元',
    '三年成長超過三倍,換算年均約51%',
    '预计在120亿—150亿元之间',
    '| Legal AI, all use cases | 5,860 | 7,391 | 9,200 | 22,900 |',
    '2023\t86.0\t52.9\t67.3\t206.2\t33.4',
    '同比增长(%)    2024年占比(%)',
    '| CAGR FY2024-28 |',
    'Global                   5.49         100.0           12.05',
)
LAYOUT = (40, 13, 12, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 266
#: figures, 67 rates, 113 verdicts and 5 false inconsistent
#: after the readings chosen on it and the hundred-and-fifty-sixth, -fifty-eighth and -sixty-second sets: 276, 67, 115 and 5
FLOORS = {"figures_found": 277, "rates_found": 67, "verdicts_right": 115}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 5


if __name__ == "__main__":  # python tests/extract_checkset160.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
