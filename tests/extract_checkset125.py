"""A hundred-and-twenty-fifth check set for the extractor, written blind: AI in banking, insurance and wealth management, in English and
Chinese (Simplified and Traditional) -- banks' spending on AI, credit scoring and underwriting, insurtech claims
automation, robo-advisory platforms, AI service agents in finance and regtech, sized in money by bank associations,
central-bank research units, brokers, consultancies and Hong Kong, Taiwanese and Japanese regulators' surveys; assets
under management, loan volumes, counts of accounts or policies, basis points, cost savings, a bank's own budget or
profit, fines, headcounts and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated English press release: bank AI spending, "up 18% from $12.0 billion", a stated 2024-2029 CAGR;
    #    survey answer (61%), respondent count (240 lenders) and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "NEW YORK, 12 February 2025 — North American banks spent $14.2 billion on artificial-intelligence "
            "software, models and related services in 2024, up 18% from $12.0 billion in 2023, according to "
            "Halverton Research. The firm, which polled 240 lenders for the study, expects outlays to reach "
            "$31.5 billion in 2029, a compound annual growth rate of 17.3% over 2024-2029. Some 61% of the banks "
            "surveyed said they would raise AI budgets this year, and Halverton calls fraud detection "
            "\"a multibillion-dollar opportunity\" on its own."
        ),
        obs=[
            ("Total", 2023, 12.0, "USD billion", "actual"),
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2029, 31.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.2 / 12.0 - 1 = 18.333% -> 18
            ("cagr|implied", "exact"),  # (31.5 / 14.2) ** (1/5) - 1 = 17.275% -> 17.3
        ],
    ),
    # 2. dated English news: UK insurtech claims automation, "last year" = 2024, "this year" = 2025 estimate;
    #    "a rise of 31%" that its own amounts contradict; cost saving, claim count, percentage points nowhere
    dict(
        text=(
            "LONDON, 9 April 2025 — British insurers are handing more of their claims desks to software. Spending "
            "on AI claims-automation tools reached £640 million last year, from £510 million in 2023, a rise of "
            "31%, according to Wexcombe Analytics, which expects the market to reach £760 million this year. "
            "Marlowe Mutual, one of the early adopters, said automation saved it £38 million in 2024 and cut the "
            "time to settle a motor claim by four days; the insurer processed 1.2 million claims over the year. "
            "The share of claims settled without a human handler rose by 9 percentage points, Wexcombe said."
        ),
        obs=[
            ("Total", 2023, 510, "GBP million", "actual"),
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2025, 760, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 640 / 510 - 1 = 25.490%; bounds 640.5/509.5 - 1 = 25.711%, 639.5/510.5 - 1 = 25.269% -> 31 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. earnings-call transcript: the TAM a company sizes is the market (Total), "this year" = 2025 estimate,
    #    "call it 20% compounded annually" with no printed span (inferred); own revenue, quarter loan volume,
    #    headcount, price target and upside nowhere
    dict(
        text=(
            "Transcript excerpt, Quillon Technologies fourth-quarter earnings call, 20 February 2025. Chief "
            "executive Dara Okafor: \"We size the total addressable market for AI credit decisioning at about "
            "$9 billion this year, and we see it reaching $22 billion by 2030 — call it 20% compounded annually. "
            "Our own revenue rose 41% to $312 million in fiscal 2024, and lenders approved $18 billion of loans "
            "through our models in the fourth quarter alone. We ended the year with 1,150 employees.\" Analysts at "
            "Brasford Capital kept a $64 price target on the stock, implying 27% upside."
        ),
        obs=[
            ("Total", 2025, 9, "USD billion", "estimate"),
            ("Total", 2030, 22, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (22 / 9) ** (1/5) - 1 = 19.574% -> 20
        ],
    ),
    # 4. Hong Kong robo-advisory fees in HK$ billion from an association survey, "a 25.7% increase on";
    #    AUM, account and platform counts, survey answer, and a second publisher's 2024 figure nowhere
    dict(
        text=(
            "HONG KONG, 6 May 2025 — Robo-advice is finally paying its way in Hong Kong. Advisory fees and "
            "subscriptions collected by the city's robo-advisory platforms came to HK$1.32 billion in 2024, a "
            "25.7% increase on the HK$1.05 billion of 2023, the Hong Kong Digital Wealth Association's annual "
            "survey shows. Client assets on the 23 platforms surveyed reached HK$48.6 billion across 412,000 "
            "accounts. A separate estimate from broker Tamsin Securities puts the 2024 market at HK$1.5 billion. "
            "Some 38% of users told the association they also kept a human adviser."
        ),
        obs=[
            ("Total", 2023, 1.05, "HKD billion", "actual"),
            ("Total", 2024, 1.32, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.32 / 1.05 - 1 = 25.714% -> 25.7
        ],
    ),
    # 5. Tokyo news in English, yen: fiscal years count as their number, "implying average growth of about 30% a
    #    year" between the amounts' years (inferred); a megabank's own IT budget, staff, basis points nowhere
    dict(
        text=(
            "TOKYO, 14 July 2025 — Japanese banks, insurers and brokerages spent ¥186 billion on generative-AI "
            "systems and services in fiscal 2024, the Nippon Fintech Council said in its annual member survey. The "
            "council forecasts spending of ¥410 billion in fiscal 2027, implying average growth of about 30% a "
            "year. Megabank Kurosawa Financial Group alone has earmarked ¥520 billion for IT this fiscal year and "
            "plans to redeploy 3,000 back-office staff. Lending spreads at regional banks narrowed by 6 basis "
            "points over the same period."
        ),
        obs=[
            ("Total", 2024, 186, "JPY billion", "actual"),
            ("Total", 2027, 410, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (410 / 186) ** (1/3) - 1 = 30.144% -> 30
        ],
    ),
    # 6. Brussels news: European regtech total with banks' and insurers' parts, "or 66%" a share exact only within
    #    rounding; "roughly a quarter" (fraction in words), fines, vendor count nowhere
    dict(
        text=(
            "BRUSSELS, 2 June 2025 — Europe's regulatory-technology market was worth €7.8 billion in 2024, "
            "according to a study by the consultancy Verhaegen & Moll. Banks bought €5.1 billion of that, or 66%, "
            "while insurers spent €1.6 billion; asset managers and payment firms made up the rest. Roughly a quarter "
            "of spending went on anti-money-laundering screening, an area in which European supervisors imposed "
            "€2.3 billion of fines last year. The study counted 420 regtech vendors active in the region."
        ),
        obs=[
            ("Total", 2024, 7.8, "EUR billion", "actual"),
            ("Banks", 2024, 5.1, "EUR billion", "actual"),
            ("Insurers", 2024, 1.6, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 66, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 5.1 / 7.8 = 65.385% -> 65, not 66; bounds 5.15/7.75 = 66.452%, 5.05/7.85 = 64.331% -> 66 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 7. Singapore news: AI customer-service agents, "up 30% from $1.4 billion" (rounding), a 2026 range
    #    "between $3.1 billion and $3.6 billion" as two value claims; a quarter's contracts and a 68% answer rate nowhere
    dict(
        text=(
            "SINGAPORE, 18 March 2025 — Banks and insurers worldwide spent $1.9 billion on AI customer-service "
            "agents in 2024, up 30% from $1.4 billion in 2023, estimates consultancy Pellworth & Gray. It puts "
            "spending in 2026 at between $3.1 billion and $3.6 billion, depending on how quickly regulators accept "
            "fully automated complaint handling. In the first quarter of 2025 alone, vendors booked $540 million of "
            "new contracts, and the agents now answer 68% of routine queries at the largest lenders."
        ),
        obs=[
            ("Total", 2023, 1.4, "USD billion", "actual"),
            ("Total", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("value", 3.1, "USD billion", 2026, 2026, None),
            ("value", 3.6, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            # 1.9 / 1.4 - 1 = 35.714% -> 36, not 30; bounds 1.95/1.35 - 1 = 44.444%, 1.85/1.45 - 1 = 27.586%
            # -> 30 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. central-bank research note, no dateline: AI credit scoring "up 24% from $3.7 billion a year earlier" and
    #    "more than fivefold the 2019 level" (multiple x5 with one amount, no verdict); loan volume, percentage
    #    points and an automation rate nowhere
    dict(
        text=(
            "A staff note from the research unit of the Central Bank of Larnavia estimates that lenders across "
            "Latin America spent $4.6 billion on AI credit-scoring and underwriting systems in 2024, up 24% from "
            "$3.7 billion a year earlier and more than fivefold the 2019 level. Models now sit behind some "
            "$210 billion of consumer loans approved each year, the note says. The share of applications decided "
            "without human review rose 12 percentage points to 47%. The authors caution that default rates on "
            "model-approved loans have yet to be tested by a full credit cycle."
        ),
        obs=[
            ("Total", 2023, 3.7, "USD billion", "actual"),
            ("Total", 2024, 4.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.6 / 3.7 - 1 = 24.324% -> 24 (the multiple gets no verdict)
        ],
    ),
    # 9. Edinburgh news: UK wealth-management AI in £ million, "£1.1 billion by 2029" converted to the series' unit
    #    (1100), stated 2024-2029 CAGR of 25% that its amounts contradict; AUM in £ trillion, firm count, a
    #    company's profit nowhere
    dict(
        text=(
            "EDINBURGH, 30 January 2025 — UK wealth managers and private banks spent £420 million on AI tools for "
            "portfolio construction, suitability checks and client reporting last year, according to Hollin "
            "Partners. The consultancy expects £505 million this year and £1.1 billion by 2029, which it describes "
            "as a compound annual growth rate of 25% between 2024 and 2029. Assets under management at the 1,900 "
            "firms Hollin tracks total about £1.4 trillion. Crannock Wealth, the largest listed player, reported a "
            "pre-tax profit of £96 million for 2024."
        ),
        obs=[
            ("Total", 2024, 420, "GBP million", "actual"),
            ("Total", 2025, 505, "GBP million", "estimate"),
            ("Total", 2029, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1100 / 420) ** (1/5) - 1 = 21.235%; bounds (1150/419.5) ** 0.2 - 1 = 22.347%,
            # (1050/420.5) ** 0.2 - 1 = 20.084% -> 25 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Simplified Chinese research-institute estimate: 银行业AI投入 in 亿元, 同比增长21.5%, 到2027年有望达到 with a
    #     stated 2024—2027 CAGR; a bank's own 金融科技投入, 占营业收入, 科技人员, 千亿级, 一季度 nowhere
    dict(
        text=(
            "（2025年4月）据华岳金融研究院测算，2024年我国银行业人工智能投入达到385亿元，较2023年的317亿元同比增长"
            "21.5%。该院预计，到2027年银行业AI投入有望达到720亿元，2024—2027年复合增长率约为23.2%。以某国有大型银行"
            "为例，其2024年金融科技投入为245亿元，占营业收入的3.5%，科技人员超过3.6万人。研究院认为，大模型在信贷审批、"
            "反欺诈和智能客服领域将催生千亿级市场，但今年一季度多数银行的相关采购仍以试点为主。"
        ),
        obs=[
            ("Total", 2023, 317, "CNY 100 million", "actual"),
            ("Total", 2024, 385, "CNY 100 million", "actual"),
            ("Total", 2027, 720, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 385 / 317 - 1 = 21.451% -> 21.5
            ("cagr|implied", "exact"),  # (720 / 385) ** (1/3) - 1 = 23.204% -> 23.2
        ],
    ),
    # 11. Simplified Chinese consultancy report: 金融业AI市场 612亿元 split into 银行业/保险业/证券业 with 占比 each
    #     (arithmetic); report title year, 超过七成受访机构, 3个百分点, 占比超过一半 nowhere
    dict(
        text=(
            "衡川咨询近日发布的《2025中国金融业人工智能应用报告》显示，2024年中国金融业人工智能市场规模为612亿元。"
            "分行业看，银行业投入355亿元，占比58%；保险业投入147亿元，占比24%；证券业投入110亿元，占比18%。报告称，"
            "超过七成的受访机构计划在未来两年内扩大大模型部署，保险业的占比较上年提升3个百分点。报告还指出，头部20家"
            "机构的投入占比超过一半。"
        ),
        obs=[
            ("Total", 2024, 612, "CNY 100 million", "actual"),
            ("银行业", 2024, 355, "CNY 100 million", "actual"),
            ("保险业", 2024, 147, "CNY 100 million", "actual"),
            ("证券业", 2024, 110, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 355 / 612 = 58.007% -> 58
            ("arithmetic", "exact"),  # 147 / 612 = 24.020% -> 24
            ("arithmetic", "exact"),  # 110 / 612 = 17.974% -> 18
        ],
    ),
    # 12. Traditional Chinese (Taiwan) survey: 新台幣億元, 成長33%, a second market 壽險業 as its own item, 今年 突破
    #     = 2025 estimate at its printed figure; bank count, 78% survey answer, a bank's own budget, 百分點 nowhere
    dict(
        text=(
            "【台北訊，2025年5月】台灣金融科技研究會受金融主管機關委託進行的調查顯示，2024年國內銀行業投入人工智慧相關"
            "支出達新台幣128億元，較2023年的新台幣96億元成長33%；壽險業同期投入新台幣41億元。研究會預估，今年銀行業"
            "AI支出將突破新台幣160億元。受訪的37家銀行中，有78%已導入AI客服，另有一家民營銀行表示其今年自身AI預算為"
            "新台幣12億元。報告也提到，AI授信模型使中小企業放款核准率提高了4.5個百分點。"
        ),
        obs=[
            ("Total", 2023, 96, "TWD 100 million", "actual"),
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2025, 160, "TWD 100 million", "estimate"),
            ("壽險業", 2024, 41, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 96 - 1 = 33.333% -> 33
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) association survey: 億港元, 增長27% exact only within rounding, 今年 and 明年
    #     estimates; claim count, days saved, a cost saving in 萬港元, 約四成 nowhere
    dict(
        text=(
            "（2025年3月）香港智慧金融聯盟公布的年度調查指出，2024年本港保險業AI理賠審核服務的市場規模達3.1億港元，"
            "較2023年的2.4億港元增長27%。聯盟預計今年市場規模約為3.7億港元，明年將達4.2億港元。參與調查的28家保險公司"
            "去年共處理約180萬宗理賠，平均結案時間縮短4.5日；其中一家大型壽險公司表示，自動化為其節省了8,000萬港元營運"
            "成本。聯盟主席指出，約四成受訪公司仍未將AI用於核保。"
        ),
        obs=[
            ("Total", 2023, 2.4, "HKD 100 million", "actual"),
            ("Total", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2025, 3.7, "HKD 100 million", "estimate"),
            ("Total", 2026, 4.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3.1 / 2.4 - 1 = 29.167% -> 29, not 27; bounds 3.15/2.35 - 1 = 34.043%, 3.05/2.45 - 1 = 24.490%
            # -> 27 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese news: 智能投顾 service revenue, 去年/今年 from the dateline, "比2020年的12亿元增长2.8倍"
    #     (two amounts: x3.8), 增幅约26%; AUM in 万亿元, user count, 一季度 revenue, fee rate nowhere
    dict(
        text=(
            "（2025年3月18日）记者从多家券商研究所了解到，去年我国智能投顾服务收入规模为46亿元，比2020年的12亿元增长"
            "2.8倍；今年有望增至58亿元，增幅约26%。与此同时，智能投顾平台管理的资产规模已接近1.2万亿元，服务用户约"
            "1800万户。今年一季度，行业实现服务收入13.5亿元，平均投顾费率约为0.3%。"
        ),
        obs=[
            ("Total", 2020, 12, "CNY 100 million", "actual"),
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.8, "multiple", 2020, 2024, 4.0),  # 增长2.8倍 between two printed amounts -> x3.8
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 46 - 1 = 26.087% -> 26 (the multiple gets no verdict; 46/12 = 3.83)
        ],
    ),
    # 15. English pipe table by segment and year with a 2025E column and a Total row; a 2025E total exact only within
    #     rounding; a prose growth rate; institution count nowhere
    dict(
        text=(
            "Table 2. AI spending by financial institutions in Asia-Pacific (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Banks | 8.4 | 10.2 | 12.5 |\n"
            "| Insurers | 3.1 | 3.8 | 4.6 |\n"
            "| Securities firms | 1.9 | 2.3 | 2.8 |\n"
            "| Total | 13.4 | 16.3 | 20.0 |\n"
            "Source: Morrow & Lane research note, 10 March 2025. Total spending rose 21.6% in 2024; the note "
            "covers 58 institutions."
        ),
        obs=[
            ("Banks", 2023, 8.4, "USD billion", "actual"),
            ("Banks", 2024, 10.2, "USD billion", "actual"),
            ("Banks", 2025, 12.5, "USD billion", "estimate"),
            ("Insurers", 2023, 3.1, "USD billion", "actual"),
            ("Insurers", 2024, 3.8, "USD billion", "actual"),
            ("Insurers", 2025, 4.6, "USD billion", "estimate"),
            ("Securities firms", 2023, 1.9, "USD billion", "actual"),
            ("Securities firms", 2024, 2.3, "USD billion", "actual"),
            ("Securities firms", 2025, 2.8, "USD billion", "estimate"),
            ("Total", 2023, 13.4, "USD billion", "actual"),
            ("Total", 2024, 16.3, "USD billion", "actual"),
            ("Total", 2025, 20.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.3 / 13.4 - 1 = 21.642% -> 21.6
            ("hierarchy", "exact"),     # 2023: 8.4 + 3.1 + 1.9 = 13.4
            ("hierarchy", "exact"),     # 2024: 10.2 + 3.8 + 2.3 = 16.3
            # 2025E: 12.5 + 4.6 + 2.8 = 19.9 vs 20.0; parts 19.75..20.05, total 19.95..20.05 overlap -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 16. Simplified Chinese tab-separated table, 亿元, rows 银行/保险/证券/合计 (total row keeps its label), E columns,
    #     a stated 2023—2026 CAGR under it; table number, source date, note nowhere
    dict(
        text=(
            "表2 中国金融业人工智能市场规模（单位：亿元）\n"
            "细分行业\t2022\t2023\t2024\t2025E\t2026E\n"
            "银行\t236\t282\t340\t402\t470\n"
            "保险\t88\t108\t131\t158\t190\n"
            "证券\t61\t72\t86\t101\t118\n"
            "合计\t385\t462\t557\t661\t778\n"
            "资料来源：岭川证券研究所（2025年1月）。注：E为预测值。\n"
            "岭川证券预计，2023—2026年市场规模复合增长率为19.0%，其中保险板块增速最快。"
        ),
        obs=[
            ("银行", 2022, 236, "CNY 100 million", "actual"),
            ("银行", 2023, 282, "CNY 100 million", "actual"),
            ("银行", 2024, 340, "CNY 100 million", "actual"),
            ("银行", 2025, 402, "CNY 100 million", "estimate"),
            ("银行", 2026, 470, "CNY 100 million", "estimate"),
            ("保险", 2022, 88, "CNY 100 million", "actual"),
            ("保险", 2023, 108, "CNY 100 million", "actual"),
            ("保险", 2024, 131, "CNY 100 million", "actual"),
            ("保险", 2025, 158, "CNY 100 million", "estimate"),
            ("保险", 2026, 190, "CNY 100 million", "estimate"),
            ("证券", 2022, 61, "CNY 100 million", "actual"),
            ("证券", 2023, 72, "CNY 100 million", "actual"),
            ("证券", 2024, 86, "CNY 100 million", "actual"),
            ("证券", 2025, 101, "CNY 100 million", "estimate"),
            ("证券", 2026, 118, "CNY 100 million", "estimate"),
            ("合计", 2022, 385, "CNY 100 million", "actual"),
            ("合计", 2023, 462, "CNY 100 million", "actual"),
            ("合计", 2024, 557, "CNY 100 million", "actual"),
            ("合计", 2025, 661, "CNY 100 million", "estimate"),
            ("合计", 2026, 778, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (778 / 462) ** (1/3) - 1 = 18.972% -> 19.0
            ("hierarchy", "exact"),     # 2022: 236 + 88 + 61 = 385
            ("hierarchy", "exact"),     # 2023: 282 + 108 + 72 = 462
            ("hierarchy", "exact"),     # 2024: 340 + 131 + 86 = 557
            ("hierarchy", "exact"),     # 2025E: 402 + 158 + 101 = 661
            ("hierarchy", "exact"),     # 2026E: 470 + 190 + 118 = 778
        ],
    ),
    # 17. two space-aligned English tables: robo-adviser AUM (nowhere) beside robo-advisory market value (the
    #     observations); value growth 24.1% exact, AUM growth 29% nowhere
    dict(
        text=(
            "Table 4  Robo-adviser assets under management (USD billion)\n"
            "Region             2023      2024\n"
            "North America     1,020     1,310\n"
            "Europe              210       265\n"
            "Asia-Pacific        340       455\n"
            "Total             1,570     2,030\n"
            "\n"
            "Table 5  Robo-advisory market value (USD million)\n"
            "Region             2023      2024\n"
            "North America     3,050     3,720\n"
            "Europe              690       830\n"
            "Asia-Pacific      1,120     1,480\n"
            "Total             4,860     6,030\n"
            "\n"
            "Market value, measured as advisory and platform fees, grew 24.1% in 2024, while assets under "
            "management rose 29%."
        ),
        obs=[
            ("North America", 2023, 3050, "USD million", "actual"),
            ("North America", 2024, 3720, "USD million", "actual"),
            ("Europe", 2023, 690, "USD million", "actual"),
            ("Europe", 2024, 830, "USD million", "actual"),
            ("Asia-Pacific", 2023, 1120, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1480, "USD million", "actual"),
            ("Total", 2023, 4860, "USD million", "actual"),
            ("Total", 2024, 6030, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6030 / 4860 - 1 = 24.074% -> 24.1
            ("hierarchy", "exact"),     # 2023: 3050 + 690 + 1120 = 4860
            ("hierarchy", "exact"),     # 2024: 3720 + 830 + 1480 = 6030
        ],
    ),
    # 18. English vertical pipe table, rows are fiscal years, a lone value column headed "¥ billion" (Total), a YoY
    #     column and a stated FY2021-FY2025E CAGR; member and respondent counts nowhere
    dict(
        text=(
            "Nippon Insurtech Association, member survey published 28 August 2025: spending on AI claims-handling "
            "and underwriting systems by Japanese life and non-life insurers.\n"
            "| Fiscal year | ¥ billion | YoY |\n"
            "|---|---|---|\n"
            "| FY2021 | 92 | — |\n"
            "| FY2022 | 118 | +28.3% |\n"
            "| FY2023 | 151 | +28.0% |\n"
            "| FY2024 | 189 | +25.2% |\n"
            "| FY2025E | 236 | +24.9% |\n"
            "The association puts the FY2021-FY2025E CAGR at 26.6%; 31 of its 54 members answered the survey."
        ),
        obs=[
            ("Total", 2021, 92, "JPY billion", "actual"),
            ("Total", 2022, 118, "JPY billion", "actual"),
            ("Total", 2023, 151, "JPY billion", "actual"),
            ("Total", 2024, 189, "JPY billion", "actual"),
            ("Total", 2025, 236, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2021, 2022, 1.0),
            ("growth", 28.0, "percent", 2022, 2023, 1.0),
            ("growth", 25.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2024, 2025, 1.0),
            ("cagr", 26.6, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118 / 92 - 1 = 28.261% -> 28.3
            ("cagr|implied", "exact"),  # 151 / 118 - 1 = 27.966% -> 28.0
            ("cagr|implied", "exact"),  # 189 / 151 - 1 = 25.166% -> 25.2
            ("cagr|implied", "exact"),  # 236 / 189 - 1 = 24.868% -> 24.9
            ("cagr|implied", "exact"),  # (236 / 92) ** (1/4) - 1 = 26.556% -> 26.6
        ],
    ),
    # 19. Simplified Chinese pipe table with the 合计 row printed first, E columns; 2026E total contradicts its parts
    #     (inconsistent); prose 同比增长23.8%; case count and days saved nowhere
    dict(
        text=(
            "表1 中国保险科技（人工智能）市场规模（单位：亿元）\n"
            "| 细分领域 | 2023 | 2024 | 2025E | 2026E |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 合计 | 164 | 203 | 251 | 316 |\n"
            "| 智能理赔 | 71 | 90 | 113 | 139 |\n"
            "| 智能核保 | 52 | 63 | 77 | 93 |\n"
            "| 智能客服 | 41 | 50 | 61 | 74 |\n"
            "数据来源：澄江保险科技研究中心，2025年6月。2024年市场规模同比增长23.8%；同年行业智能理赔案件量超过"
            "2600万件，单均理赔时效缩短1.8天。"
        ),
        obs=[
            ("合计", 2023, 164, "CNY 100 million", "actual"),
            ("合计", 2024, 203, "CNY 100 million", "actual"),
            ("合计", 2025, 251, "CNY 100 million", "estimate"),
            ("合计", 2026, 316, "CNY 100 million", "estimate"),
            ("智能理赔", 2023, 71, "CNY 100 million", "actual"),
            ("智能理赔", 2024, 90, "CNY 100 million", "actual"),
            ("智能理赔", 2025, 113, "CNY 100 million", "estimate"),
            ("智能理赔", 2026, 139, "CNY 100 million", "estimate"),
            ("智能核保", 2023, 52, "CNY 100 million", "actual"),
            ("智能核保", 2024, 63, "CNY 100 million", "actual"),
            ("智能核保", 2025, 77, "CNY 100 million", "estimate"),
            ("智能核保", 2026, 93, "CNY 100 million", "estimate"),
            ("智能客服", 2023, 41, "CNY 100 million", "actual"),
            ("智能客服", 2024, 50, "CNY 100 million", "actual"),
            ("智能客服", 2025, 61, "CNY 100 million", "estimate"),
            ("智能客服", 2026, 74, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 203 / 164 - 1 = 23.780% -> 23.8
            ("hierarchy", "exact"),        # 2023: 71 + 52 + 41 = 164
            ("hierarchy", "exact"),        # 2024: 90 + 63 + 50 = 203
            ("hierarchy", "exact"),        # 2025E: 113 + 77 + 61 = 251
            # 2026E: 139 + 93 + 74 = 306 vs 316; parts at most 307.5, total at least 315.5 -> inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 20. English space-aligned table of regtech by country, EUR million, 2024 and 2029F with a "CAGR 2024-29"
    #     column (stated, one per row); no total row; a vendor's own revenue, price target and upside nowhere
    dict(
        text=(
            "European regtech spending by market (EUR million), Ardent Lyle research, 5 May 2025\n"
            "Market      2024     2029F    CAGR 2024-29\n"
            "UK          1,840    3,960    16.6%\n"
            "Germany     1,210    2,690    17.3%\n"
            "France        860    1,840    16.4%\n"
            "Nordics       470    1,150    19.6%\n"
            "Listed vendor Certis Regulatory, whose own revenue was €212 million last year, carries a €48 price "
            "target at broker Fenwick Lowe, implying 22% upside."
        ),
        obs=[
            ("UK", 2024, 1840, "EUR million", "actual"),
            ("UK", 2029, 3960, "EUR million", "estimate"),
            ("Germany", 2024, 1210, "EUR million", "actual"),
            ("Germany", 2029, 2690, "EUR million", "estimate"),
            ("France", 2024, 860, "EUR million", "actual"),
            ("France", 2029, 1840, "EUR million", "estimate"),
            ("Nordics", 2024, 470, "EUR million", "actual"),
            ("Nordics", 2029, 1150, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3960 / 1840) ** (1/5) - 1 = 16.567% -> 16.6
            ("cagr|implied", "exact"),  # (2690 / 1210) ** (1/5) - 1 = 17.326% -> 17.3
            ("cagr|implied", "exact"),  # (1840 / 860) ** (1/5) - 1 = 16.430% -> 16.4
            ("cagr|implied", "exact"),  # (1150 / 470) ** (1/5) - 1 = 19.597% -> 19.6
        ],
    ),
    # 21. English prose, dated London news: "last year" (2024) figure, "up 18% from £1.2bn in 2023", a 2028 forecast
    #    with "roughly 22% a year" (inferred CAGR, span only from the amounts' years); distractors: count of
    #    institutions polled, percentage points, one bank's own technology budget
    dict(
        text=(
            "LONDON, 12 February 2025 — Britain's lenders are no longer merely experimenting with machine learning. "
            "Banks and building societies spent £1.42 billion on AI software, models and related services last year, "
            "up 18% from £1.2bn in 2023, according to the annual tally compiled by the Ashby Banking Forum, which "
            "polled 64 member institutions. The forum expects spending to climb to £3.1 billion by 2028, which "
            "implies compound growth of roughly 22% a year. AI's slice of discretionary technology budgets rose by "
            "4 percentage points, the forum said, while Harrowgate Bank alone earmarked £410 million for its own "
            "technology overhaul."
        ),
        obs=[
            ("Total", 2024, 1.42, "GBP billion", "actual"),
            ("Total", 2023, 1.2, "GBP billion", "actual"),
            ("Total", 2028, 3.1, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("cagr", 22.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.2 - 1 = 18.33% -> 18
            ("cagr|period", "exact"),   # (3.1 / 1.42) ** (1/4) - 1 = 21.55% -> 22
        ],
    ),
    # 22. English earnings-call transcript: TAM "this year" (2025, estimate) and 2029, a stated 2025-2029 CAGR of 24%
    #    the amounts contradict; distractors: quarter, fiscal label, company revenue and its growth, loans approved
    #    by AI, analyst's price target and upside
    dict(
        text=(
            "Lendwise Systems, Q3 fiscal 2025 earnings call, 6 November 2025. Chief executive Dana Okafor: \"Revenue "
            "for the quarter was $212 million, up 31%, and our models approved $9.4 billion of consumer loans for "
            "partner banks. We size the total addressable market for AI-driven credit decisioning at $6.8 billion "
            "this year, rising to $14.5 billion in 2029 — that's compound annual growth of 24% between 2025 and "
            "2029.\" Priya Menon of Castlebar Securities kept her $88 price target on the stock, implying 19% upside."
        ),
        obs=[
            ("Total", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2029, 14.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            # (14.5 / 6.8) ** (1/4) - 1 = 20.84%; bounds (14.45/6.85)**.25-1 = 20.52% .. (14.55/6.75)**.25-1 = 21.17%
            # -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. English industry-report prose: EUR 2024 base and 2030 forecast with "a compound annual growth rate of 16.6%
    #    over 2024-2030"; a second publisher's 2024 figure (nowhere); report title year, claim count and one
    #    insurer's cost savings as distractors
    dict(
        text=(
            "Automated claims handling is the most mature use of AI in European insurance. In its 2025 Claims "
            "Technology Outlook, Brussels-based Vandermeer Analytics puts insurers' spending on AI claims-automation "
            "tools at €2.35 billion in 2024 and forecasts €5.9 billion by 2030, a compound annual growth rate of 16.6% "
            "over 2024-2030. A separate estimate by Kestrel Partners sizes the 2024 market at €2.8 billion, using a "
            "broader definition that takes in fraud analytics. Vandermeer counts 41 million claims settled in 2024 "
            "with at least one automated step, and notes that one large Dutch insurer reported €120 million in "
            "annual cost savings."
        ),
        obs=[
            ("Total", 2024, 2.35, "EUR billion", "actual"),
            ("Total", 2030, 5.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.9 / 2.35) ** (1/6) - 1 = 16.58% -> 16.6
        ],
    ),
    # 24. English briefing: robo-advisory fee revenue 2023 -> 2024 "a 22.4% increase" that only coarse inputs reach;
    #    distractors: AUM in trillions, account count, basis points, fee rate, a quarter's fees
    dict(
        text=(
            "Briefing note, 20 March 2025. US robo-advisory platforms collected $2.3 billion in advisory and "
            "subscription fees in 2024, a 22.4% increase on the $1.9 billion of 2023, according to Marlowe & Finch's "
            "wealth-technology desk. Assets under management on those platforms passed $1.1 trillion at year-end, "
            "spread across roughly 14 million accounts. The average all-in fee slipped 3 basis points to 0.21%, and "
            "first-quarter 2025 fees alone came to $640 million."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2023, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 22.3 / 1.9 - 1 = 21.05% -> 21.1, not 22.4; bounds 2.25/1.95-1 = 15.38% .. 2.35/1.85-1 = 27.03%
            # -> 22.4 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. English dated news (Singapore): global AI customer-service agents in finance, Total 2024 with banks,
    #    insurers, securities firms and asset managers; "or 60%" share of part and whole; "roughly a quarter"
    #    (fraction in words, nowhere); "rise 19% this year" to a 2025 estimate; survey percentage, percentage points
    dict(
        text=(
            "SINGAPORE, 9 June 2025 — Spending by financial institutions on AI customer-service agents — chatbots, "
            "voice bots and the newer generative assistants — reached US$4.8 billion worldwide in 2024, says "
            "Fennimore Research. Banks accounted for $2.9 billion of that, or 60%; insurers for $1.2 billion, "
            "roughly a quarter; and securities firms and asset managers for the remaining $0.7 billion. Fennimore "
            "expects the total to rise 19% this year to $5.7 billion. In a companion survey, 62% of bank executives "
            "said they plan to widen their deployments, and banks' share of the spending has climbed 5 percentage "
            "points since 2022."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Banks", 2024, 2.9, "USD billion", "actual"),
            ("Insurers", 2024, 1.2, "USD billion", "actual"),
            ("Securities firms and asset managers", 2024, 0.7, "USD billion", "actual"),
            ("Total", 2025, 5.7, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 60.0, "percent", 2024, 2024, None),
            ("growth", 19.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 2.9 / 4.8 = 60.42% -> 60
            ("cagr|implied", "exact"),  # 5.7 / 4.8 - 1 = 18.75% -> 19
        ],
    ),
    # 26. Simplified Chinese prose: 银行业AI投入 2024年386亿元 (同比增长24.5%, base not printed -> no verdict),
    #    "到2027年…有望达到720亿元", "2024—2027年复合增长率约为23.1%"; distractors: report title year, 千亿级,
    #    count of banks, a bank's own fintech budget, headcount
    dict(
        text=(
            "澜舟金融科技研究院近日发布的《2025中国银行业智能化发展报告》显示，2024年我国银行业在人工智能领域的投入"
            "达到386亿元，同比增长24.5%。报告预计，到2027年银行业AI投入有望达到720亿元，2024—2027年复合增长率约为"
            "23.1%，大模型应用将打开千亿级的市场空间。在报告调研的112家银行中，某国有大行全年金融科技投入达250亿元，"
            "科技人员超过3.6万人。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2027, 720, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("cagr", 23.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (720 / 386) ** (1/3) - 1 = 23.10% -> 23.1
        ],
    ),
    # 27. Simplified Chinese prose, dated: 智能投顾服务收入 去年(2024)约58亿元, "较2022年的31亿元增长近1倍" (two amounts ->
    #    x2), 2023年44亿元, 今年(2025, estimate)有望75亿元 "同比增长约30%" (rounding); distractors: AUM 突破1.2万亿元,
    #    user count
    dict(
        text=(
            "2025年3月18日，华衡证券研究所发布智能投顾行业专题报告。报告测算，去年我国智能投顾服务收入约为58亿元，"
            "较2022年的31亿元增长近1倍，其中2023年为44亿元。截至去年末，智能投顾管理资产规模突破1.2万亿元，服务用户"
            "超过4800万户。报告预计，今年行业服务收入有望达到75亿元，同比增长约30%。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2022, 31, "CNY 100 million", "actual"),
            ("Total", 2023, 44, "CNY 100 million", "actual"),
            ("Total", 2025, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2022, 2024, 2.0),  # 增长近1倍 between two printed amounts -> x2, no verdict
            ("growth", 30.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 75 / 58 - 1 = 29.31% -> 29, not 30; bounds 74.5/58.5-1 = 27.35% .. 75.5/57.5-1 = 31.30% -> 30 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Simplified Chinese prose: 金融业数智化投入 2024年4,860亿元, 2030年"突破1.1万亿元" (converted to the series'
    #    亿元 unit: 11000), stated 2024-2030 CAGR 约14.2% (rounding); segment shares 68% and 13% (no part amounts ->
    #    no verdict), "约占一成半" (words, nowhere); distractors: penetration rate, percentage points
    dict(
        text=(
            "据中科金信咨询统计，2024年我国金融机构在数字化与智能化方面的投入规模为4,860亿元，其中银行业占比约68%，"
            "保险业约占一成半，证券业占比为13%。该机构预计，到2030年金融业数智化投入将突破1.1万亿元，2024-2030年年均"
            "复合增长率约14.2%。目前大模型在银行业的应用渗透率约为37%，较上年提升11个百分点。"
        ),
        obs=[
            ("Total", 2024, 4860, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 68.0, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
            ("cagr", 14.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (11000 / 4860) ** (1/6) - 1 = 14.58% -> 14.6, not 14.2; 1.1万亿 read at ±0.05万亿 (10500..11500):
            # (10500/4860.5)**(1/6)-1 = 13.70% .. (11500/4859.5)**(1/6)-1 = 15.44% -> 14.2 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Traditional Chinese prose (Taiwan), dated April 2025: 本國銀行 AI 支出 去年(2024)約新台幣182億元, 2023年146億元,
    #    成長24.7%; 今年(2025, estimate)228億元 年增約25%; distractors: bank count, 七成 (words), one bank's IT budget
    dict(
        text=(
            "【台北訊】2025年4月，臺灣金融數位發展協會公布年度調查：本國銀行去年投入人工智慧相關軟硬體及服務的支出"
            "合計約新台幣182億元，較2023年的146億元成長24.7%。協會預估，今年支出將達228億元，年增約25%。受訪的38家"
            "銀行中有七成已導入生成式AI客服，其中一家大型民營銀行去年的資訊預算即達新台幣54億元。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2023, 146, "TWD 100 million", "actual"),
            ("Total", 2025, 228, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 146 - 1 = 24.66% -> 24.7
            ("cagr|implied", "exact"),  # 228 / 182 - 1 = 25.27% -> 25
        ],
    ),
    # 30. Traditional Chinese prose (Hong Kong), dated May 2025: 去年(2024)48.6億港元 vs 前年(2023)39.2億港元 增長24%;
    #     保險業 part 11.5億港元; 明年(2026) 72億港元 estimate; distractors: a regulator's fines in 萬港元, headcount
    dict(
        text=(
            "香港財經消息（2025年5月22日）——業界組織「港灣金融科技聯盟」發表報告指出，去年本港銀行及保險機構在人工智能"
            "客戶服務及監管科技（RegTech）方面的開支約為48.6億港元，較前年的39.2億港元增長24%。其中，保險業相關開支約為"
            "11.5億港元。報告預計，明年整體開支有望升至72億港元。報告又提到，監管機構去年就模型風險管理不足開出的罰款"
            "合共2,300萬港元，而業界相關從業員約有3,200人。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 39.2, "HKD 100 million", "actual"),
            ("保險業", 2024, 11.5, "HKD 100 million", "actual"),
            ("Total", 2026, 72, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 39.2 - 1 = 23.98% -> 24
        ],
    ),
    # 31. Traditional Chinese prose (Japan), 億日圓: 2024財年1,850億日圓 vs 上一財年(2023)1,350億日圓 成長37% (exact);
    #     2027財年4,200億日圓, stated 2024-2027 CAGR 34% the amounts contradict; distractors: bank count, 約六成 (words),
    #     cost savings
    dict(
        text=(
            "東京消息（2025年7月）——業界團體「日本金融AI推進協議會」的調查顯示，日本銀行業2024財年在生成式AI及機器學習"
            "方面的投資達1,850億日圓，較上一財年的1,350億日圓成長37%。協議會預估，至2027財年投資額將增至4,200億日圓，"
            "2024至2027財年的年均複合成長率為34%。調查涵蓋112家銀行，其中三大金融集團合計佔投資額約六成；另有受訪銀行"
            "表示，AI每年為其節省約300億日圓的營運成本。"
        ),
        obs=[
            ("Total", 2024, 1850, "JPY 100 million", "actual"),
            ("Total", 2023, 1350, "JPY 100 million", "actual"),
            ("Total", 2027, 4200, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.0, "percent", 2023, 2024, 1.0),
            ("cagr", 34.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 1850 / 1350 - 1 = 37.04% -> 37
            # (4200 / 1850) ** (1/3) - 1 = 31.43%; bounds (4199.5/1850.5)**(1/3)-1 = 31.41% ..
            # (4200.5/1849.5)**(1/3)-1 = 31.45% -> 34 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Simplified Chinese prose: 智能风控 由2021年92亿元增至2024年265亿元, "三年间增长近2倍" (two amounts -> x3);
    #     2025年预计330亿元 同比增长24.5%; distractors: loan volume approved by AI (万亿元), percentage points, bad-debt
    #     savings
    dict(
        text=(
            "在消费信贷与小微贷款领域，AI信用评估与智能风控正成为银行和消费金融公司的标配。据鼎衡咨询测算，我国智能风控"
            "解决方案市场规模由2021年的92亿元增至2024年的265亿元，三年间增长近2倍；预计2025年将达到330亿元，同比增长"
            "24.5%。2024年借助AI模型审批的贷款规模超过8万亿元，试点机构的不良率平均下降0.3个百分点，坏账损失减少约40亿元。"
        ),
        obs=[
            ("Total", 2021, 92, "CNY 100 million", "actual"),
            ("Total", 2024, 265, "CNY 100 million", "actual"),
            ("Total", 2025, 330, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 增长近2倍 between two printed amounts -> x3, no verdict
            ("growth", 24.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 330 / 265 - 1 = 24.53% -> 24.5
        ],
    ),
    # 33. Simplified Chinese prose, dated broker note (Sept 2025): 证券行业AI投入 去年(2024)71亿元, 今年(2025)预计95亿元
    #     同比增长34%, 明年(2026)有望突破130亿元 增幅接近37%; distractors: a quarter's figure, a covered company's revenue,
    #     price target and upside
    dict(
        text=(
            "北辰岭证券2025年9月12日发布的行业点评指出，证券行业去年在AI大模型及智能投研方面的投入约为71亿元，今年预计"
            "约为95亿元，同比增长34%；明年有望突破130亿元，增幅接近37%。其中二季度单季投入约21亿元。报告同时覆盖一家"
            "金融IT服务商，其上半年营收12.4亿元，维持目标价68元，对应约22%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 71, "CNY 100 million", "actual"),
            ("Total", 2025, 95, "CNY 100 million", "estimate"),
            ("Total", 2026, 130, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.0, "percent", 2024, 2025, 1.0),
            ("growth", 37.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 95 / 71 - 1 = 33.80% -> 34
            ("cagr|implied", "exact"),  # 130 / 95 - 1 = 36.84% -> 37
        ],
    ),
    # 34. Traditional Chinese prose (Taiwan insurtech): 2024年 新台幣142億元 Total, 理賠自動化 41億元 占28.9% (part and
    #     whole printed); a second consultancy's 168億元 for 2024 (nowhere); 2026年210億元 年均成長21.6% (inferred CAGR);
    #     distractor: claim count
    dict(
        text=(
            "台灣產壽險業者近年積極導入AI理賠自動化。根據「瀚宇保險科技研究中心」估計，2024年國內保險科技解決方案市場"
            "規模為新台幣142億元，其中理賠自動化為新台幣41億元，占整體市場的28.9%。另一家顧問公司以較寬的口徑估算，"
            "2024年市場規模為新台幣168億元。瀚宇預估，2026年市場規模將達新台幣210億元，年均成長21.6%。2024年透過AI完成"
            "初審的理賠案件約620萬件。"
        ),
        obs=[
            ("Total", 2024, 142, "TWD 100 million", "actual"),
            ("理賠自動化", 2024, 41, "TWD 100 million", "actual"),
            ("Total", 2026, 210, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 28.9, "percent", 2024, 2024, None),
            ("cagr", 21.6, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 41 / 142 = 28.87% -> 28.9
            ("cagr|period", "exact"),   # (210 / 142) ** (1/2) - 1 = 21.61% -> 21.6
        ],
    ),
    # 35. English pipe table by segment and year with a Total row, E columns; the 2024 column adds to 35.4 against a
    #     printed 35.5 (rounding); a stated 2024-2026E CAGR line; "Table 3" boilerplate
    dict(
        text=(
            "Table 3. Global spending on AI by financial institutions, by segment (USD billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Banks | 18.6 | 21.4 | 25.2 | 29.5 |\n"
            "| Insurers | 7.4 | 8.7 | 10.3 | 12.1 |\n"
            "| Securities firms | 4.5 | 5.3 | 6.2 | 7.3 |\n"
            "| Total | 30.5 | 35.5 | 41.7 | 48.9 |\n"
            "\n"
            "Source: Halloran Capital Markets Research. Total spending is forecast to grow at a 2024-2026E CAGR of 17.4%."
        ),
        obs=[
            ("Banks", 2023, 18.6, "USD billion", "actual"),
            ("Banks", 2024, 21.4, "USD billion", "actual"),
            ("Banks", 2025, 25.2, "USD billion", "estimate"),
            ("Banks", 2026, 29.5, "USD billion", "estimate"),
            ("Insurers", 2023, 7.4, "USD billion", "actual"),
            ("Insurers", 2024, 8.7, "USD billion", "actual"),
            ("Insurers", 2025, 10.3, "USD billion", "estimate"),
            ("Insurers", 2026, 12.1, "USD billion", "estimate"),
            ("Securities firms", 2023, 4.5, "USD billion", "actual"),
            ("Securities firms", 2024, 5.3, "USD billion", "actual"),
            ("Securities firms", 2025, 6.2, "USD billion", "estimate"),
            ("Securities firms", 2026, 7.3, "USD billion", "estimate"),
            ("Total", 2023, 30.5, "USD billion", "actual"),
            ("Total", 2024, 35.5, "USD billion", "actual"),
            ("Total", 2025, 41.7, "USD billion", "estimate"),
            ("Total", 2026, 48.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 18.6 + 7.4 + 4.5 = 30.5
            # 2024: 21.4 + 8.7 + 5.3 = 35.4 vs 35.5; bounds 35.4 ± 3 x 0.05 = 35.25 .. 35.55 -> 35.5 reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 25.2 + 10.3 + 6.2 = 41.7
            ("hierarchy", "exact"),     # 2026E: 29.5 + 12.1 + 7.3 = 48.9
            ("cagr|implied", "exact"),  # (48.9 / 35.5) ** (1/2) - 1 = 17.37% -> 17.4
        ],
    ),
    # 36. Simplified Chinese pipe tables: an AUM table (nowhere) beside a market-value table by platform type with a
    #     合计 row and a 2025年E column whose total (74.0) its rows (73.0) contradict
    dict(
        text=(
            "表4 智能投顾管理资产规模（亿元）\n"
            "| 平台类型 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 银行系 | 5,200 | 6,900 |\n"
            "| 券商系 | 2,100 | 2,800 |\n"
            "| 第三方平台 | 1,700 | 2,300 |\n"
            "| 合计 | 9,000 | 12,000 |\n"
            "\n"
            "表5 智能投顾服务市场规模（亿元）\n"
            "| 平台类型 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 银行系 | 21.5 | 27.8 | 34.6 |\n"
            "| 券商系 | 12.3 | 16.4 | 20.9 |\n"
            "| 第三方平台 | 10.2 | 13.8 | 17.5 |\n"
            "| 合计 | 44.0 | 58.0 | 74.0 |\n"
            "注：管理资产规模为期末时点数；服务市场规模按平台收取的投顾费及订阅费计算。"
        ),
        obs=[
            ("银行系", 2023, 21.5, "CNY 100 million", "actual"),
            ("银行系", 2024, 27.8, "CNY 100 million", "actual"),
            ("银行系", 2025, 34.6, "CNY 100 million", "estimate"),
            ("券商系", 2023, 12.3, "CNY 100 million", "actual"),
            ("券商系", 2024, 16.4, "CNY 100 million", "actual"),
            ("券商系", 2025, 20.9, "CNY 100 million", "estimate"),
            ("第三方平台", 2023, 10.2, "CNY 100 million", "actual"),
            ("第三方平台", 2024, 13.8, "CNY 100 million", "actual"),
            ("第三方平台", 2025, 17.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 44.0, "CNY 100 million", "actual"),
            ("合计", 2024, 58.0, "CNY 100 million", "actual"),
            ("合计", 2025, 74.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2023: 21.5 + 12.3 + 10.2 = 44.0
            ("hierarchy", "exact"),         # 2024: 27.8 + 16.4 + 13.8 = 58.0
            # 2025E: 34.6 + 20.9 + 17.5 = 73.0 vs 74.0; bounds 72.85 .. 73.15 -> 74.0 unreachable
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 37. English vertical tab-separated table whose rows are years, a lone column headed by its unit only (Total),
    #     E rows; a stated 2021-2024 CAGR line; distractor: customer count
    dict(
        text=(
            "AI underwriting and credit-scoring software sold to US lenders\n"
            "Year\tUSD million\n"
            "2021\t640\n"
            "2022\t810\n"
            "2023\t1,050\n"
            "2024\t1,390\n"
            "2025E\t1,760\n"
            "2026E\t2,190\n"
            "Source: Harwell Actuarial Research. Spending rose at a CAGR of 29.5% over 2021-2024; Harwell counts "
            "2,300 lenders among its survey panel."
        ),
        obs=[
            ("Total", 2021, 640, "USD million", "actual"),
            ("Total", 2022, 810, "USD million", "actual"),
            ("Total", 2023, 1050, "USD million", "actual"),
            ("Total", 2024, 1390, "USD million", "actual"),
            ("Total", 2025, 1760, "USD million", "estimate"),
            ("Total", 2026, 2190, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 29.5, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1390 / 640) ** (1/3) - 1 = 29.50% -> 29.5
        ],
    ),
    # 38. Simplified Chinese space-aligned table: 保险科技 by segment with a 合计 row, 2025E and 2027E columns; a stated
    #     2024-2027 CAGR line; table number and a count of funding deals as distractors
    dict(
        text=(
            "表2-3  中国保险科技细分市场规模（单位：亿元）\n"
            "细分领域        2023年    2024年    2025E    2027E\n"
            "理赔自动化        86.4     108.2     133.5    199.2\n"
            "智能核保          52.7      66.9      82.0    118.5\n"
            "智能客服          38.9      45.1      52.6     70.3\n"
            "合计             178.0     220.2     268.1    388.0\n"
            "资料来源：蓝湾保险研究院。2024-2027年合计规模年均复合增长率为20.8%；2024年保险科技融资事件共57起，较上年减少9起。"
        ),
        obs=[
            ("理赔自动化", 2023, 86.4, "CNY 100 million", "actual"),
            ("理赔自动化", 2024, 108.2, "CNY 100 million", "actual"),
            ("理赔自动化", 2025, 133.5, "CNY 100 million", "estimate"),
            ("理赔自动化", 2027, 199.2, "CNY 100 million", "estimate"),
            ("智能核保", 2023, 52.7, "CNY 100 million", "actual"),
            ("智能核保", 2024, 66.9, "CNY 100 million", "actual"),
            ("智能核保", 2025, 82.0, "CNY 100 million", "estimate"),
            ("智能核保", 2027, 118.5, "CNY 100 million", "estimate"),
            ("智能客服", 2023, 38.9, "CNY 100 million", "actual"),
            ("智能客服", 2024, 45.1, "CNY 100 million", "actual"),
            ("智能客服", 2025, 52.6, "CNY 100 million", "estimate"),
            ("智能客服", 2027, 70.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 178.0, "CNY 100 million", "actual"),
            ("合计", 2024, 220.2, "CNY 100 million", "actual"),
            ("合计", 2025, 268.1, "CNY 100 million", "estimate"),
            ("合计", 2027, 388.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 86.4 + 52.7 + 38.9 = 178.0
            ("hierarchy", "exact"),     # 2024: 108.2 + 66.9 + 45.1 = 220.2
            ("hierarchy", "exact"),     # 2025E: 133.5 + 82.0 + 52.6 = 268.1
            ("hierarchy", "exact"),     # 2027E: 199.2 + 118.5 + 70.3 = 388.0
            ("cagr|implied", "exact"),  # (388.0 / 220.2) ** (1/3) - 1 = 20.78% -> 20.8
        ],
    ),
    # 39. Traditional Chinese pipe table (Hong Kong), 百萬港元: sectors with a 總計 row for 2023 and 2024 and a 2024
    #     share column (part and whole printed -> arithmetic); the 100.0% total is no claim; respondent count
    dict(
        text=(
            "表一：香港金融機構人工智能開支（百萬港元）\n"
            "| 界別 | 2023年 | 2024年 | 2024年佔比 |\n"
            "|---|---|---|---|\n"
            "| 銀行 | 2,410 | 3,020 | 62.1% |\n"
            "| 保險 | 980 | 1,190 | 24.5% |\n"
            "| 資產及財富管理 | 540 | 655 | 13.5% |\n"
            "| 總計 | 3,930 | 4,865 | 100.0% |\n"
            "資料來源：維港金融研究社問卷調查，回覆機構共86家。"
        ),
        obs=[
            ("銀行", 2023, 2410, "HKD million", "actual"),
            ("銀行", 2024, 3020, "HKD million", "actual"),
            ("保險", 2023, 980, "HKD million", "actual"),
            ("保險", 2024, 1190, "HKD million", "actual"),
            ("資產及財富管理", 2023, 540, "HKD million", "actual"),
            ("資產及財富管理", 2024, 655, "HKD million", "actual"),
            ("總計", 2023, 3930, "HKD million", "actual"),
            ("總計", 2024, 4865, "HKD million", "actual"),
        ],
        claims=[
            ("share", 62.1, "percent", 2024, 2024, None),
            ("share", 24.5, "percent", 2024, 2024, None),
            ("share", 13.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2023: 2410 + 980 + 540 = 3930
            ("hierarchy", "exact"),   # 2024: 3020 + 1190 + 655 = 4865
            ("arithmetic", "exact"),  # 3020 / 4865 = 62.08% -> 62.1
            ("arithmetic", "exact"),  # 1190 / 4865 = 24.46% -> 24.5
            ("arithmetic", "exact"),  # 655 / 4865 = 13.46% -> 13.5
        ],
    ),
    # 40. English space-aligned table (Japan, ¥ billion): sectors with a Total row, FY2023, FY2024 and a FY2025P
    #     column; a prose line with year-on-year rates for FY2024 and FY2025; institution count
    dict(
        text=(
            "Japan: AI-related spending by financial institutions, FY2023-FY2025P (¥ billion)\n"
            "Sector              FY2023    FY2024    FY2025P\n"
            "Megabanks            142.0     181.5      228.0\n"
            "Regional banks        38.5      52.0       69.5\n"
            "Insurers              61.0      74.5       90.0\n"
            "Securities            27.5      33.0       41.5\n"
            "Total                269.0     341.0      429.0\n"
            "The Tokyo Financial Technology Council, which surveyed 97 institutions, puts growth in total spending "
            "at 27% in FY2024 and projects 26% for FY2025."
        ),
        obs=[
            ("Megabanks", 2023, 142.0, "JPY billion", "actual"),
            ("Megabanks", 2024, 181.5, "JPY billion", "actual"),
            ("Megabanks", 2025, 228.0, "JPY billion", "estimate"),
            ("Regional banks", 2023, 38.5, "JPY billion", "actual"),
            ("Regional banks", 2024, 52.0, "JPY billion", "actual"),
            ("Regional banks", 2025, 69.5, "JPY billion", "estimate"),
            ("Insurers", 2023, 61.0, "JPY billion", "actual"),
            ("Insurers", 2024, 74.5, "JPY billion", "actual"),
            ("Insurers", 2025, 90.0, "JPY billion", "estimate"),
            ("Securities", 2023, 27.5, "JPY billion", "actual"),
            ("Securities", 2024, 33.0, "JPY billion", "actual"),
            ("Securities", 2025, 41.5, "JPY billion", "estimate"),
            ("Total", 2023, 269.0, "JPY billion", "actual"),
            ("Total", 2024, 341.0, "JPY billion", "actual"),
            ("Total", 2025, 429.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 142.0 + 38.5 + 61.0 + 27.5 = 269.0
            ("hierarchy", "exact"),     # FY2024: 181.5 + 52.0 + 74.5 + 33.0 = 341.0
            ("hierarchy", "exact"),     # FY2025P: 228.0 + 69.5 + 90.0 + 41.5 = 429.0
            ("cagr|implied", "exact"),  # 341 / 269 - 1 = 26.77% -> 27
            ("cagr|implied", "exact"),  # 429 / 341 - 1 = 25.81% -> 26
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 8, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% from $12.0 billion',
    'a rise of 31%',
    'call it 20% compounded annually',
    'a 25.7% increase on the HK$1.05 billion',
    'implying average growth of about 30% a year',
    'or 66%',
    'at between $3.1 billion and $3.6 billion',
    'more than fivefold the 2019 level',
    '£1.1 billion by 2029',
    '有望达到720亿元',
    '占比58%',
    '將突破新台幣160億元',
    '明年將達4.2億港元',
    '增长2.8倍',
    '| 2025E |',
    '合计\t385',
    '| Fiscal year | ¥ billion | YoY |',
    '| 合计 | 164 |',
    'CAGR 2024-29',
    'Table 5  Robo-advisory market value (USD million)',
    'up 18% from £1.2bn in 2023',
    'implies compound growth of roughly 22% a year',
    'compound annual growth of 24% between 2025 and 2029',
    'a compound annual growth rate of 16.6% over 2024-2030',
    'a 22.4% increase on the $1.9 billion of 2023',
    'Banks accounted for $2.9 billion of that, or 60%',
    '2024—2027年复合增长率约为23.1%',
    '较2022年的31亿元增长近1倍',
    '将突破1.1万亿元',
    '較2023年的146億元成長24.7%',
    '較前年的39.2億港元增長24%',
    '較上一財年的1,350億日圓成長37%',
    '三年间增长近2倍',
    '明年有望突破130亿元，增幅接近37%',
    '年均成長21.6%',
    '| Total | 30.5 | 35.5 | 41.7 | 48.9 |',
    'Year\tUSD million',
    '| 2024年佔比 |',
    'FY2025P',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 218
#: figures, 51 rates, 77 verdicts and 5 false inconsistent
#: after the readings chosen on the hundred-and-twenty-fourth and hundred-and-twenty-sixth sets: 221, 51, 77 and 5
FLOORS = {"figures_found": 227, "rates_found": 53, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset125.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
