"""A hundred-and-twenty-fourth check set for the extractor, written blind: AI in banking, insurance and wealth management, in English and
Chinese (Simplified and Traditional) -- banks' spending on AI, credit scoring and underwriting, insurtech claims
automation, robo-advisory platforms, AI service agents in finance and regtech, sized in money by bank associations,
central-bank research units, brokers, consultancies and Hong Kong, Taiwanese and Japanese regulators' surveys; assets
under management, loan volumes, counts of accounts or policies, basis points, cost savings, a bank's own budget or
profit, fines, headcounts and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated consultancy press release: 2024 actual, 2030 forecast, "a compound annual growth rate of 20.7%
    #    between 2024 and 2030" (stated span); distractors: 412 executives, 27 countries, 63% survey answer,
    #    "a multibillion-dollar opportunity"
    dict(
        text=(
            "LONDON, 12 February 2025 — Banks around the world spent $31.5 billion on artificial-intelligence "
            "software, services and hardware in 2024, according to a study released today by the advisory firm "
            "Caldmoor Partners. Caldmoor forecasts that the outlay will reach $97.2 billion in 2030, a compound annual "
            "growth rate of 20.7% between 2024 and 2030. The firm interviewed 412 banking executives in 27 countries, "
            "and 63% of them said generative AI was already in production somewhere in their institution. \"For "
            "vendors that can get through a model-risk review, this is a multibillion-dollar opportunity,\" said "
            "Priya Venkataraman, a partner at the firm."
        ),
        obs=[
            ("Total", 2024, 31.5, "USD billion", "actual"),
            ("Total", 2030, 97.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (97.2 / 31.5) ** (1/6) - 1 = 20.659% -> 20.7
        ],
    ),
    # 2. a dated news story: "last year" (2024) in GBP, "18% more than the £540 million they spent in 2023";
    #    the rate is only reached within rounding; distractors: a quarter's figure, a vendor's own revenue,
    #    its headcount, settlement days
    dict(
        text=(
            "MANCHESTER, 3 April 2025 — British insurers spent £640 million on automated claims-handling tools last "
            "year, 18% more than the £540 million they spent in 2023, the Association of Digital Insurers said in "
            "its annual review. In the final quarter alone spending hit £190 million, as motor and home insurers "
            "rushed to put photo-based damage assessment in front of customers. Fennick Assure, the largest vendor, "
            "booked revenue of £88 million for the year and now employs 1,150 people. The association says "
            "straight-through processing has cut the average settlement time for simple claims from nine days to four."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2023, 540, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 640 / 540 - 1 = 18.519% -> 19, not 18; bounds 639.5/540.5 - 1 = 18.316% .. 640.5/539.5 - 1 = 18.721%
            # -> 18.3 rounds to 18
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. an earnings-call transcript: the CEO sizes the total addressable market (Total) "this year" (2025,
    #    estimate) and "by fiscal 2027", "roughly 20% a year" (CAGR inferred from the amounts' years);
    #    distractors: the company's quarterly revenue and its growth, platform assets, price target and upside,
    #    gross margin
    dict(
        text=(
            "Transcript excerpt, 6 November 2025 — Brightvane Wealth Technologies, third-quarter results call.\n"
            "Dana Okafor, chief executive: \"We expect the total addressable market for automated advice software in "
            "North America to be about $4.8 billion this year, and we think it gets to $6.9 billion by fiscal 2027 — "
            "roughly 20% a year. Our own revenue in the quarter was $112 million, up 31% year on year, and client "
            "assets on the platform passed $58 billion.\"\n"
            "Question from Tomás Reyes, Pellworth Securities (buy rating, $74 price target, 19% upside): can the "
            "gross margin of 68% hold as you add human advisers back into the mix?"
        ),
        obs=[
            ("Total", 2025, 4.8, "USD billion", "estimate"),
            ("Total", 2027, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2025, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.9 / 4.8) ** (1/2) - 1 = 19.896% -> 20
        ],
    ),
    # 4. a Japanese association's survey reported in English: ¥ billion by fiscal year, "up 27% from ¥143 billion
    #    a year earlier", banks' part with "or 60% of the total", "top ¥250 billion in fiscal 2026";
    #    distractors: 318 member institutions, 15 basis points
    dict(
        text=(
            "TOKYO, 20 June 2025 — Japanese banks, insurers and securities houses spent ¥182 billion on AI systems in "
            "fiscal 2024, up 27% from ¥143 billion a year earlier, the Financial Digitalisation Council of Japan said "
            "in its annual survey of 318 member institutions. Banks accounted for ¥109 billion, or 60% of the total, "
            "much of it on document reading and anti-fraud models. The council expects spending to top ¥250 billion "
            "in fiscal 2026. Regional lenders told the council that AI-assisted loan screening had trimmed their credit "
            "costs by about 15 basis points."
        ),
        obs=[
            ("Total", 2024, 182, "JPY billion", "actual"),
            ("Total", 2023, 143, "JPY billion", "actual"),
            ("Banks", 2024, 109, "JPY billion", "actual"),
            ("Total", 2026, 250, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("share", 60.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 143 - 1 = 27.273% -> 27
            ("arithmetic", "exact"),  # 109 / 182 = 59.890% -> 60
        ],
    ),
    # 5. a dated regtech feature: "has grown 2.5x since 2020" to a "last year" figure (multiple with one amount,
    #    no verdict), a part with "about 39% of the total"; distractors: AML fines in euros, a rival publisher's
    #    figure for the same year, percentage points
    dict(
        text=(
            "FRANKFURT, 22 January 2025 — Europe's regtech market has grown 2.5x since 2020, reaching €4.1 billion "
            "last year, according to the annual monitor published by Lindqvist & Rohde. Transaction monitoring "
            "accounted for €1.6 billion, about 39% of the total, as banks replaced rule-based alert engines with "
            "machine-learning models. Over the same period European supervisors levied more than €9 billion in "
            "anti-money-laundering fines. A rival tally by Quillon Insight puts last year's market at €4.6 billion. "
            "AI tools' share of compliance budgets rose 11 percentage points, Lindqvist & Rohde added."
        ),
        obs=[
            ("Total", 2024, 4.1, "EUR billion", "actual"),
            ("Transaction monitoring", 2024, 1.6, "EUR billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
            ("share", 39.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.6 / 4.1 = 39.024% -> 39
        ],
    ),
    # 6. a dated news story on AI credit scoring: yoy "up 23.4% from $1.84 billion", a share with no part amount
    #    (no verdict), "on track to reach $2.7 billion this year" (2025 estimate); distractors: loans approved by
    #    AI, new accounts scored, percentage points
    dict(
        text=(
            "WASHINGTON, 9 September 2025 — American lenders spent $2.27 billion on AI credit-scoring and automated "
            "underwriting software in 2024, up 23.4% from $1.84 billion in 2023, according to the lending-technology "
            "tracker run by Greyfield & Oduya. Banks accounted for 58% of last year's spending, with non-bank fintech "
            "lenders making up most of the rest. The tracker shows the market on track to reach $2.7 billion this "
            "year. Models supplied by the tracked vendors approved some $410 billion of consumer and small-business "
            "loans in 2024 and scored 41 million new accounts; approval rates for thin-file applicants rose 6 "
            "percentage points."
        ),
        obs=[
            ("Total", 2024, 2.27, "USD billion", "actual"),
            ("Total", 2023, 1.84, "USD billion", "actual"),
            ("Total", 2025, 2.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("share", 58.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.27 / 1.84 - 1 = 23.370% -> 23.4
        ],
    ),
    # 7. an undated consultancy note on AI customer-service agents: "climbed to $1.46 billion in 2024 from $1.12
    #    billion a year earlier, a 30% rise" (exact) and "$5.3 billion in 2029, growth of roughly 30% a year"
    #    (CAGR inferred, only within rounding); distractors: a card issuer's cost savings, job cuts, 64 institutions,
    #    2.3 billion conversations
    dict(
        text=(
            "Spending by banks and insurers on AI customer-service agents — chatbots, voice bots and the newer "
            "'agentic' assistants that can reset a card PIN or open a claim — climbed to $1.46 billion in 2024 from "
            "$1.12 billion a year earlier, a 30% rise, according to Marrowfield Analytics. The consultancy projects "
            "$5.3 billion in 2029, growth of roughly 30% a year. One large card issuer told Marrowfield that its "
            "virtual agent saved $310 million in servicing costs and allowed it to cut 1,200 call-centre roles. "
            "Across the 64 institutions surveyed, agents closed 2.3 billion customer conversations without a human."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2029, 5.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("cagr", 30.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.46 / 1.12 - 1 = 30.357% -> 30
            # (5.3 / 1.46) ** (1/5) - 1 = 29.415% -> 29, not 30; bounds (5.25/1.465) ** 0.2 - 1 = 29.082% ..
            # (5.35/1.455) ** 0.2 - 1 = 29.747% -> 29.7 rounds to 30
            ("cagr|period", "rounding"),
        ],
    ),
    # 8. an undated research outlook: whole $45.0 billion with banks' and insurers' parts and shares; banks'
    #    "a 58% share" is exact, insurers' "or 27%" is contradicted by its own amounts; 2028 forecast;
    #    distractors: percentage points, the firm's 85 analysts and 40 countries
    dict(
        text=(
            "NEW YORK — Financial institutions worldwide spent $45.0 billion on artificial intelligence in 2024, "
            "according to the latest sector outlook from Tavener Hale Research. Banks spent $26.1 billion, a 58% "
            "share, and insurers $11.3 billion, or 27%; securities firms and asset managers made up the rest. The "
            "insurers' slice was up 4 percentage points on 2022 as claims triage and fraud detection moved into "
            "production. Tavener Hale expects total spending to reach $126 billion in 2028. Its team of 85 analysts "
            "covers 40 countries."
        ),
        obs=[
            ("Total", 2024, 45.0, "USD billion", "actual"),
            ("Banks", 2024, 26.1, "USD billion", "actual"),
            ("Insurers", 2024, 11.3, "USD billion", "actual"),
            ("Total", 2028, 126, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 58.0, "percent", 2024, 2024, None),
            ("share", 27.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 26.1 / 45.0 = 58.000% -> 58
            # 11.3 / 45.0 = 25.111% -> 25, not 27; bounds 11.25/45.05 = 24.972% .. 11.35/44.95 = 25.250% -> never 27
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 9. a dated German story: a decline "shrank 6% last year to €310 million, down from €330 million in 2023"
    #    (negative rate), "next year" (2026 estimate); distractors: robo-advisers' AUM in EUR billion, accounts,
    #    basis points
    dict(
        text=(
            "BERLIN, 14 May 2025 — Germany's robo-advisory market shrank 6% last year to €310 million, down from "
            "€330 million in 2023, as price competition from neobrokers squeezed management fees, the Verband "
            "Digitaler Vermögensverwalter said on Wednesday. Assets managed by the platforms nevertheless rose to "
            "€19.8 billion, spread across 1.7 million accounts, while average all-in fees slipped by 9 basis points. "
            "The association expects the market to recover to €345 million next year, helped by the launch of "
            "state-subsidised pension savings accounts."
        ),
        obs=[
            ("Total", 2024, 310, "EUR million", "actual"),
            ("Total", 2023, 330, "EUR million", "actual"),
            ("Total", 2026, 345, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", -6.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 310 / 330 - 1 = -6.061% -> -6
        ],
    ),
    # 10. Simplified Chinese research release: 亿元 series with 同比增长 and the 2023 base in brackets, a part
    #     "其中，人工智能约1,120亿元，占比16.4%", a 2030 target in 万亿元 (converted to the series' 亿元: 12600),
    #     a stated 2024—2030 CAGR; distractors: a quarter's figure, a big bank's own IT budget, its headcount
    dict(
        text=(
            "北京，2025年3月18日——华衡金融研究院今日发布的报告显示，2024年我国银行业数字化转型相关投入为6,820亿元，"
            "同比增长10.9%（2023年为6,150亿元）。其中，人工智能约1,120亿元，占比16.4%。报告预计，到2030年银行业"
            "数字化转型投入将达到1.26万亿元，2024—2030年年均复合增长率为10.8%。今年一季度，42家上市银行披露的科技"
            "投入合计约410亿元；某国有大行自身信息科技投入达285亿元，金融科技人员超过3.6万人。"
        ),
        obs=[
            ("Total", 2024, 6820, "CNY 100 million", "actual"),
            ("Total", 2023, 6150, "CNY 100 million", "actual"),
            ("人工智能", 2024, 1120, "CNY 100 million", "actual"),
            ("Total", 2030, 12600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.9, "percent", 2023, 2024, 1.0),
            ("share", 16.4, "percent", 2024, 2024, None),
            ("cagr", 10.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6820 / 6150 - 1 = 10.894% -> 10.9
            ("arithmetic", "exact"),  # 1120 / 6820 = 16.422% -> 16.4
            ("cagr|period", "exact"),  # (12600 / 6820) ** (1/6) - 1 = 10.772% -> 10.8
        ],
    ),
    # 11. Simplified Chinese broker research on 智能投顾: 2024 market, "预计到2029年将增长至236亿元", a stated
    #     2024—2029 CAGR; distractors: AUM "超过1.2万亿元", 4,300万户 users, a penetration rate and percentage
    #     points, a price target
    dict(
        text=(
            "上海，2025年7月2日——东岚证券研究所发布行业深度报告测算，2024年我国智能投顾服务市场规模为68.5亿元，"
            "预计到2029年将增长至236亿元，2024—2029年年均复合增长率为28.1%。报告指出，截至2024年末，国内智能投顾"
            "管理资产规模已超过1.2万亿元，服务用户约4,300万户，在基金投资者中的渗透率提升2.3个百分点至11.6%。"
            "报告维持板块龙头公司“买入”评级，目标价52元。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("Total", 2029, 236, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (236 / 68.5) ** (1/5) - 1 = 28.069% -> 28.1
        ],
    ),
    # 12. Simplified Chinese insurtech report: the whole 保险科技 market with the part 智能理赔 and its share,
    #     "较2021年的120亿元增长2倍" between two printed amounts (x3 over 3 years, no verdict), a 2027 target with
    #     有望; distractors: a report title year, 1.8亿件 claims, 1.2天, percentage points, 千亿级
    dict(
        text=(
            "睿衡保险科技研究中心近日发布《2025中国保险科技发展报告》。报告显示，2024年保险业保险科技投入达到860亿元，"
            "其中，智能理赔达360亿元，占比约41.9%，较2021年的120亿元增长2倍。全年通过AI自动处理的理赔案件约1.8亿件，"
            "小额医疗险平均结案时效缩短至1.2天，综合赔付率下降1.5个百分点。报告预计，到2027年保险科技投入有望达到"
            "1,300亿元，大模型将带来千亿级的增量空间。"
        ),
        obs=[
            ("Total", 2024, 860, "CNY 100 million", "actual"),
            ("智能理赔", 2024, 360, "CNY 100 million", "actual"),
            ("智能理赔", 2021, 120, "CNY 100 million", "actual"),
            ("Total", 2027, 1300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.9, "percent", 2024, 2024, None),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 增长2倍 between two printed amounts -> x3
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 360 / 860 = 41.860% -> 41.9
        ],
    ),
    # 13. Traditional Chinese (Taiwan) foundation survey: 新台幣億元, "較2023年的150億元成長23.3%", banks' part with
    #     占比, "2026年…可望達到新台幣300億元"; distractors: 92 institutions, 67% of respondents, 約四成 in words,
    #     a financial holding company's own IT budget
    dict(
        text=(
            "台北，2025年8月12日——財團法人臺灣金融數位創新基金會公布年度調查指出，國內銀行、保險及證券業者2024年"
            "投入人工智慧的金額達新台幣185億元，較2023年的150億元成長23.3%；其中銀行業投入115億元，占比62.2%。"
            "基金會預估，2026年整體投入可望達到新台幣300億元。本次調查共訪問92家金融機構，67%受訪者表示已導入"
            "生成式AI客服；另有金控表示，導入AI徵審後信用卡核卡時間縮短約四成。某金控自身今年資訊預算則約為新台幣42億元。"
        ),
        obs=[
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2023, 150, "TWD 100 million", "actual"),
            ("銀行業", 2024, 115, "TWD 100 million", "actual"),
            ("Total", 2026, 300, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
            ("share", 62.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 185 / 150 - 1 = 23.333% -> 23.3
            ("arithmetic", "exact"),  # 115 / 185 = 62.162% -> 62.2
        ],
    ),
    # 14. Traditional Chinese (Hong Kong) association report: 億港元, "今年" (2025 estimate) against "去年" (2024
    #     actual) with a rate its own amounts contradict; a second market (保險業) named beside the first;
    #     distractors: 37 banks, 逾七成 surveyed, a bank's cost savings, 1,500 staff, a target price and upside
    dict(
        text=(
            "香港，2025年10月6日——香港金融科技促進會最新報告估計，本港銀行業今年在人工智能方面的支出將達62億港元，"
            "較去年的48.6億港元增長25.6%；保險業同期支出則約為19億港元。報告訪問了37家銀行，逾七成已部署生成式AI"
            "處理客戶查詢。一家大型本地銀行表示，其AI客服每年節省約3億港元營運成本，並計劃明年再培訓1,500名員工。"
            "有券商維持該行「買入」評級，目標價98港元，潛在升幅約18%。"
        ),
        obs=[
            ("Total", 2025, 62, "HKD 100 million", "estimate"),
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("保險業", 2025, 19, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 62 / 48.6 - 1 = 27.572% -> 27.6, not 25.6; bounds 61.5/48.65 - 1 = 26.413% .. 62.5/48.55 - 1 = 28.733%
            # -> never 25.6
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. an English pipe table by segment and year (2025E column) with a Total row; 2023 and 2025E add up
    #     exactly, 2024's printed total is one above its rows' sum (rounding); distractors: table number, edition
    #     year, 210 carriers
    dict(
        text=(
            "Claims automation is where insurers' AI budgets go first, according to the Harrowgate Insurtech Monitor, "
            "which surveyed 210 carriers.\n"
            "Table 3. Claims-automation software spending by insurers, North America (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Property & casualty | 1,240 | 1,512 | 1,835 |\n"
            "| Life & health | 486 | 571 | 690 |\n"
            "| Reinsurance | 132 | 158 | 191 |\n"
            "| Total | 1,858 | 2,242 | 2,716 |\n"
            "Source: Harrowgate Insurtech Monitor, 2025 edition. Figures exclude in-house development."
        ),
        obs=[
            ("Property & casualty", 2023, 1240, "USD million", "actual"),
            ("Property & casualty", 2024, 1512, "USD million", "actual"),
            ("Property & casualty", 2025, 1835, "USD million", "estimate"),
            ("Life & health", 2023, 486, "USD million", "actual"),
            ("Life & health", 2024, 571, "USD million", "actual"),
            ("Life & health", 2025, 690, "USD million", "estimate"),
            ("Reinsurance", 2023, 132, "USD million", "actual"),
            ("Reinsurance", 2024, 158, "USD million", "actual"),
            ("Reinsurance", 2025, 191, "USD million", "estimate"),
            ("Total", 2023, 1858, "USD million", "actual"),
            ("Total", 2024, 2242, "USD million", "actual"),
            ("Total", 2025, 2716, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1240 + 486 + 132 = 1858 = printed 1,858
            # 2024: 1512 + 571 + 158 = 2241 vs printed 2,242; bounds 2239.5 .. 2242.5 -> 2242 reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 1835 + 690 + 191 = 2716 = printed 2,716
        ],
    ),
    # 16. a Simplified Chinese tab-separated table by bank type with a 合计 row and a 2025E column, then a line
    #     of prose with 同比增长 and a share of the 合计; distractors: table number and title years, 132 banks,
    #     9.6万人 headcount
    dict(
        text=(
            "表2  2023—2025年中国银行业人工智能投入（按机构类型）\n"
            "单位：亿元\n"
            "机构类型\t2023年\t2024年\t2025E\n"
            "国有大型银行\t186.4\t228.1\t276.0\n"
            "股份制银行\t97.2\t118.6\t141.5\n"
            "城商行\t41.5\t52.3\t64.8\n"
            "农商行及其他\t22.8\t29.4\t37.2\n"
            "合计\t347.9\t428.4\t519.5\n"
            "注：样本覆盖132家银行；2024年样本银行科技人员合计约9.6万人。数据来源：青衡咨询。\n"
            "2024年合计投入同比增长23.1%，国有大型银行占比53.2%。"
        ),
        obs=[
            ("国有大型银行", 2023, 186.4, "CNY 100 million", "actual"),
            ("国有大型银行", 2024, 228.1, "CNY 100 million", "actual"),
            ("国有大型银行", 2025, 276.0, "CNY 100 million", "estimate"),
            ("股份制银行", 2023, 97.2, "CNY 100 million", "actual"),
            ("股份制银行", 2024, 118.6, "CNY 100 million", "actual"),
            ("股份制银行", 2025, 141.5, "CNY 100 million", "estimate"),
            ("城商行", 2023, 41.5, "CNY 100 million", "actual"),
            ("城商行", 2024, 52.3, "CNY 100 million", "actual"),
            ("城商行", 2025, 64.8, "CNY 100 million", "estimate"),
            ("农商行及其他", 2023, 22.8, "CNY 100 million", "actual"),
            ("农商行及其他", 2024, 29.4, "CNY 100 million", "actual"),
            ("农商行及其他", 2025, 37.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 347.9, "CNY 100 million", "actual"),
            ("合计", 2024, 428.4, "CNY 100 million", "actual"),
            ("合计", 2025, 519.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("share", 53.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 186.4 + 97.2 + 41.5 + 22.8 = 347.9
            ("hierarchy", "exact"),  # 2024: 228.1 + 118.6 + 52.3 + 29.4 = 428.4
            ("hierarchy", "exact"),  # 2025E: 276.0 + 141.5 + 64.8 + 37.2 = 519.5
            ("cagr|implied", "exact"),  # 428.4 / 347.9 - 1 = 23.139% -> 23.1
            ("arithmetic", "exact"),  # 228.1 / 428.4 = 53.245% -> 53.2
        ],
    ),
    # 17. a robo-advice AUM table beside a market-value table (space-aligned, vertical, years as rows); only the
    #     value table, a lone column headed by its unit ("GBP million"), is the Total; 2025F an estimate; a yoy
    #     rate and a stated 2022-2025 CAGR below
    dict(
        text=(
            "UK robo-advice: assets are not revenue. Kestrel Row Advisory tracks both the money robo-advisers manage "
            "and the market they earn from it.\n"
            "\n"
            "Assets under management (GBP billion)\n"
            "Year     AUM\n"
            "2022     28.4\n"
            "2023     34.9\n"
            "2024     41.7\n"
            "\n"
            "Market value: platform fees and subscriptions\n"
            "Year     GBP million\n"
            "2022     212\n"
            "2023     248\n"
            "2024     291\n"
            "2025F    335\n"
            "\n"
            "On these figures the market grew 17.3% in 2024 and is set to expand by 16.5% a year from 2022 to 2025."
        ),
        obs=[
            ("Total", 2022, 212, "GBP million", "actual"),
            ("Total", 2023, 248, "GBP million", "actual"),
            ("Total", 2024, 291, "GBP million", "actual"),
            ("Total", 2025, 335, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 291 / 248 - 1 = 17.339% -> 17.3
            ("cagr|period", "exact"),  # (335 / 212) ** (1/3) - 1 = 16.476% -> 16.5
        ],
    ),
    # 18. a vertical pipe table whose rows are years, value column headed by its unit only (Total), with a YoY
    #     column; 2024's 20.5% is reached only within rounding; a 2025e row; distractors: review issue number,
    #     loans approved with the tools
    dict(
        text=(
            "AI credit-scoring and underwriting software sold to European lenders\n"
            "| Year | EUR million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 512 | – |\n"
            "| 2022 | 618 | 20.7% |\n"
            "| 2023 | 748 | 21.0% |\n"
            "| 2024 | 902 | 20.5% |\n"
            "| 2025e | 1,090 | 20.8% |\n"
            "Source: Moravec & Lund, European Lending Tech Review no. 14. Loans approved with these tools came to "
            "€61 billion in 2024."
        ),
        obs=[
            ("Total", 2021, 512, "EUR million", "actual"),
            ("Total", 2022, 618, "EUR million", "actual"),
            ("Total", 2023, 748, "EUR million", "actual"),
            ("Total", 2024, 902, "EUR million", "actual"),
            ("Total", 2025, 1090, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20.7, "percent", 2021, 2022, 1.0),
            ("growth", 21.0, "percent", 2022, 2023, 1.0),
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("growth", 20.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 618 / 512 - 1 = 20.703% -> 20.7
            ("cagr|implied", "exact"),  # 748 / 618 - 1 = 21.036% -> 21.0
            # 902 / 748 - 1 = 20.588% -> 20.6, not 20.5; bounds 901.5/748.5 - 1 = 20.441% .. 902.5/747.5 - 1 =
            # 20.736% -> 20.45..20.54 round to 20.5
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1090 / 902 - 1 = 20.843% -> 20.8
        ],
    ),
    # 19. a Traditional Chinese space-aligned table of a Japanese association's survey in 億円 (JPY 100 million)
    #     by business type with a 合計 row; the 2025(E) total contradicts its rows (inconsistent); a share line and
    #     a stated 2024至2026 CAGR with no 2026 amount (no verdict); distractors: table number, survey date,
    #     286 questionnaires
    dict(
        text=(
            "表4　日本金融機構生成式AI相關投資（依業態）\n"
            "單位：億円\n"
            "業態        2023年     2024年     2025年(E)\n"
            "銀行        1,020      1,310      1,650\n"
            "保險          380        470        590\n"
            "證券          215        262        318\n"
            "合計        1,615      2,042      2,585\n"
            "資料來源：日本金融DX推進協會（2025年7月調查，回收有效問卷286份）。\n"
            "依上表，銀行占2024年合計的64.2%；協會預估整體投資2024至2026年的年均複合成長率約為24%。"
        ),
        obs=[
            ("銀行", 2023, 1020, "JPY 100 million", "actual"),
            ("銀行", 2024, 1310, "JPY 100 million", "actual"),
            ("銀行", 2025, 1650, "JPY 100 million", "estimate"),
            ("保險", 2023, 380, "JPY 100 million", "actual"),
            ("保險", 2024, 470, "JPY 100 million", "actual"),
            ("保險", 2025, 590, "JPY 100 million", "estimate"),
            ("證券", 2023, 215, "JPY 100 million", "actual"),
            ("證券", 2024, 262, "JPY 100 million", "actual"),
            ("證券", 2025, 318, "JPY 100 million", "estimate"),
            ("合計", 2023, 1615, "JPY 100 million", "actual"),
            ("合計", 2024, 2042, "JPY 100 million", "actual"),
            ("合計", 2025, 2585, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("share", 64.2, "percent", 2024, 2024, None),
            ("cagr", 24.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1020 + 380 + 215 = 1615
            ("hierarchy", "exact"),  # 2024: 1310 + 470 + 262 = 2042
            # 2025(E): 1650 + 590 + 318 = 2558 vs printed 2,585; bounds 2556.5 .. 2559.5 -> never 2585
            ("hierarchy", "inconsistent"),
            ("arithmetic", "exact"),  # 1310 / 2042 = 64.153% -> 64.2
        ],
    ),
    # 20. an English space-aligned table (no rule lines) by institution type with a Total row and E columns, a
    #     stated "2024-2028 CAGR of 18.6%" under it; distractors: rupee crore budget (no observation), fines in USD
    dict(
        text=(
            "Regtech spending by financial institutions, Asia-Pacific (USD million)\n"
            "\n"
            "                     2024     2025E     2028E\n"
            "Banks               1,460     1,720     2,890\n"
            "Insurers              520       615     1,050\n"
            "Securities firms      310       362       590\n"
            "Total               2,290     2,697     4,530\n"
            "\n"
            "Strathearn Research expects total spending to rise at a 2024-2028 CAGR of 18.6%. Indian lenders alone "
            "budgeted some ₹3,200 crore for compliance automation in 2024, and fines for know-your-customer failures "
            "across the region topped $1.1 billion."
        ),
        obs=[
            ("Banks", 2024, 1460, "USD million", "actual"),
            ("Banks", 2025, 1720, "USD million", "estimate"),
            ("Banks", 2028, 2890, "USD million", "estimate"),
            ("Insurers", 2024, 520, "USD million", "actual"),
            ("Insurers", 2025, 615, "USD million", "estimate"),
            ("Insurers", 2028, 1050, "USD million", "estimate"),
            ("Securities firms", 2024, 310, "USD million", "actual"),
            ("Securities firms", 2025, 362, "USD million", "estimate"),
            ("Securities firms", 2028, 590, "USD million", "estimate"),
            ("Total", 2024, 2290, "USD million", "actual"),
            ("Total", 2025, 2697, "USD million", "estimate"),
            ("Total", 2028, 4530, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1460 + 520 + 310 = 2290
            ("hierarchy", "exact"),  # 2025E: 1720 + 615 + 362 = 2697
            ("hierarchy", "exact"),  # 2028E: 2890 + 1050 + 590 = 4530
            ("cagr|period", "exact"),  # (4530 / 2290) ** (1/4) - 1 = 18.595% -> 18.6
        ],
    ),
    # 21. English press release (London, 2025): UK lenders' AI spend, "up 18% from £2.03 billion", a stated
    #    2024-2028 CAGR to a forecast; distractors: member firms, headcount, one bank's own AI/IT budget, cost savings
    dict(
        text=(
            "LONDON, 12 February 2025 — Britain's lenders are putting more money behind artificial intelligence "
            "than ever. Banks and building societies in the UK spent £2.4 billion on AI software, models and related "
            "services in 2024, up 18% from £2.03 billion in 2023, according to the annual technology census of the "
            "Association of Retail Lenders, whose 214 member firms employ some 380,000 people. The association "
            "expects the figure to reach £4.1 billion by 2028, a compound annual growth rate of 14.3% over 2024-2028. "
            "One large high-street bank alone told the census it had set aside £610 million for AI this year, part "
            "of a total IT budget of £3.2 billion. Cost savings attributed to AI tools were put at £1.1 billion "
            "across the sector."
        ),
        obs=[
            ("Total", 2024, 2.4, "GBP billion", "actual"),
            ("Total", 2023, 2.03, "GBP billion", "actual"),
            ("Total", 2028, 4.1, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 14.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.4 / 2.03 - 1 = 18.23% -> 18
            ("cagr|implied", "exact"),  # (4.1 / 2.4) ** (1/4) - 1 = 14.33% -> 14.3
        ],
    ),
    # 22. English earnings-call transcript (November 2025): a TAM sized "this year" and for 2030, "compounding at 15%
    #    a year" (span only from the amounts' years -> inferred) which the amounts contradict; distractors: quarter
    #    revenue, loans approved by the models, company's share and share target, a price target, headcount
    dict(
        text=(
            "Lendwise Holdings, third-quarter 2025 earnings call, 6 November 2025. Chief executive Dana Okafor: "
            "\"Revenue for the quarter was $212 million, up 31%, and our models approved $9.6 billion of consumer "
            "loans, a record. Let me step back to the market. We size the total addressable market for AI-driven "
            "credit underwriting at $18 billion this year, and we see it reaching $41 billion in 2030 — that's "
            "compounding at 15% a year. Our share of that today is under 2%, and we are targeting 5% by 2028.\" "
            "Responding to an analyst from Brightwater Securities, which has a $64 price target on the stock, Okafor "
            "said the company had ended the quarter with 1,140 employees."
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
            ("Total", 2030, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (41 / 18) ** (1/5) - 1 = 17.90%; bounds (40.5/18.5)^(1/5)-1 = 16.97% .. (41.5/17.5)^(1/5)-1 = 18.85%,
            # 15 (14.5..15.5) is never reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. English wire story, yen: Japanese non-life insurers' AI claims-automation spend by fiscal year, "a 23%
    #    increase on the ¥152 billion" (true only within rounding), a forecast to "top ¥250 billion"; distractors:
    #    insurers polled, a survey answer, number of claims, percentage points
    dict(
        text=(
            "TOKYO (Kinsei Wire) — Japanese property and casualty insurers spent ¥186 billion on AI claims-automation "
            "systems in fiscal 2024, a 23% increase on the ¥152 billion of fiscal 2023, a survey by the Japan Claims "
            "Technology Council found. The council polled 47 insurers; 68% said photo-based damage assessment had "
            "cut settlement times. Automated tools handled 3.1 million motor claims during the year, and the share "
            "of claims settled without a human adjuster rose 9 percentage points. The council expects outlays to top "
            "¥250 billion in fiscal 2026."
        ),
        obs=[
            ("Total", 2024, 186, "JPY billion", "actual"),
            ("Total", 2023, 152, "JPY billion", "actual"),
            ("Total", 2026, 250, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 186 / 152 - 1 = 22.37% -> 22, not 23; bounds 185.5/152.5-1 = 21.64% .. 186.5/151.5-1 = 23.10%,
            # 43.10 rounds to 23 -> reached only within rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. English analysis: robo-advice fee revenue vs assets under management, "a 2024-2029 CAGR of 16.4%", a second
    #    publisher's 2024 figure; distractors: AUM in trillions, basis points, a survey answer
    dict(
        text=(
            "Robo-advice is a big business by assets and a small one by revenue. Automated advisory platforms in the "
            "United States oversaw roughly $1.4 trillion of client money at the end of 2024, but the fees they "
            "earned — the market as Corbel & Finch Research measures it — came to $2.9 billion that year. Corbel "
            "forecasts $6.2 billion in 2029, a 2024-2029 CAGR of 16.4%, as banks bolt AI-driven advice onto their "
            "mobile apps. A separate estimate from Halvard Analytics puts the 2024 market at $3.3 billion. Average "
            "fees have fallen by about 4 basis points since 2021, and one in three investors under 35 told Corbel's "
            "survey they would trust an algorithm with their pension."
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2029, 6.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.2 / 2.9) ** (1/5) - 1 = 16.41% -> 16.4
        ],
    ),
    # 25. English news (Singapore, May 2025): regtech spend "last year" split into banks and insurers with printed
    #    shares (one right, one wrong), "grow 13% this year to US$12.7 billion"; distractor: AML fines
    dict(
        text=(
            "SINGAPORE, 20 May 2025 — Financial institutions' spending on regulatory technology reached US$11.2 "
            "billion worldwide last year, according to the Meridian Compliance Institute. Banks accounted for US$6.9 "
            "billion of that, or 62%, insurers for US$2.1 billion, or 21%, and securities firms for most of the rest. "
            "Regulators levied US$4.3 billion in fines for anti-money-laundering failures over the same period, which "
            "the institute says keeps compliance budgets rising. Meridian forecasts the market will grow 13% this "
            "year to US$12.7 billion."
        ),
        obs=[
            ("Total", 2024, 11.2, "USD billion", "actual"),
            ("Banks", 2024, 6.9, "USD billion", "actual"),
            ("Insurers", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2025, 12.7, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 62, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
            ("growth", 13, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.9 / 11.2 = 61.61% -> 62
            # 22.1 / 11.2 = 18.75%; bounds 2.05/11.25 = 18.22% .. 2.15/11.15 = 19.28%, 21 never reached
            ("arithmetic", "inconsistent"),
            ("cagr|implied", "exact"),  # 12.7 / 11.2 - 1 = 13.39% -> 13
        ],
    ),
    # 26. Simplified Chinese news (Beijing, 2025): banks' AI spend 486亿元 vs 400亿元 "同比增长21.5%", a target
    #    "到2027年…有望达到920亿元" with a stated 2024—2027 CAGR; distractors: bank count, 七成, one bank's own
    #    fintech budget and its ratio to revenue, tech headcount
    dict(
        text=(
            "本报北京2025年4月18日电 记者从华夏金融科技研究院获悉，2024年我国银行业在人工智能领域的投入达到486亿元，"
            "较2023年的400亿元同比增长21.5%。研究院预计，到2027年银行业AI投入有望达到920亿元，2024—2027年年均复合"
            "增长率约为23.7%。调研覆盖的126家银行中，已有超过七成部署了大模型应用。某国有大行披露，其全年金融科技投入"
            "为283亿元，占营业收入的3.9%，科技人员超过3.6万人。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2023, 400, "CNY 100 million", "actual"),
            ("Total", 2027, 920, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("cagr", 23.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 400 - 1 = 21.50% -> 21.5
            ("cagr|implied", "exact"),  # (920 / 486) ** (1/3) - 1 = 23.70% -> 23.7
        ],
    ),
    # 27. Simplified Chinese broker research (January 2025): robo-advisory fee market 68亿元 vs AUM 突破1.2万亿元,
    #    "较上年增长约17%" (one amount only -> no verdict), "今年…85亿元，同比增长25%"; distractors: AUM, account
    #    count, 千亿级
    dict(
        text=(
            "2025年1月，星衡证券研究所发布报告称，截至2024年末，国内智能投顾管理资产规模已突破1.2万亿元，服务账户数约"
            "3,800万户。不过，按服务费收入口径计算，2024年智能投顾市场规模仅为68亿元，较上年增长约17%。报告预计今年"
            "市场规模将增至85亿元，同比增长25%，并在2028年前后形成千亿级的财富管理科技生态。"
        ),
        obs=[
            ("Total", 2024, 68, "CNY 100 million", "actual"),
            ("Total", 2025, 85, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),  # no 2023 amount printed -> no verdict
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 85 / 68 - 1 = 25.00% -> 25
        ],
    ),
    # 28. Simplified Chinese (Shanghai, March 2025): insurtech spend "去年…约为520亿元", part 智能理赔 161亿元 "占比31%",
    #    "今年…有望突破600亿元"; distractors: AI 定损 penetration 45%, days to close, cost savings
    dict(
        text=(
            "上海，2025年3月——据沪江保险科技联盟统计，去年我国保险业科技投入约为520亿元，其中，智能理赔约161亿元，"
            "占比31%。联盟秘书长在发布会上表示，今年保险科技投入有望突破600亿元。车险理赔中，由AI自动定损的案件占比"
            "已达45%，平均结案时长缩短至1.8天；全行业因此节省理赔运营成本约37亿元。"
        ),
        obs=[
            ("Total", 2024, 520, "CNY 100 million", "actual"),
            ("智能理赔", 2024, 161, "CNY 100 million", "actual"),
            ("Total", 2025, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 161 / 520 = 30.96% -> 31
        ],
    ),
    # 29. Simplified Chinese consultancy note: AI customer service in finance "由2021年的35亿元增长至2024年的140亿元，
    #    三年间增长3倍" (x4 over 3 years, no verdict), a 2026 forecast with a stated CAGR; distractors: institution
    #    count, one bank's daily service volume, seats replaced
    dict(
        text=(
            "金融业智能客服市场近年扩张迅速。据鹏程咨询测算，该市场规模由2021年的35亿元增长至2024年的140亿元，三年间"
            "增长3倍。目前国内已有超过200家金融机构上线大模型客服，某股份制银行称其智能客服日均服务量达120万人次，"
            "替代人工坐席约4,000名。鹏程咨询预计，2026年市场规模将达到210亿元，2024—2026年复合增长率为22.5%。"
        ),
        obs=[
            ("Total", 2021, 35, "CNY 100 million", "actual"),
            ("Total", 2024, 140, "CNY 100 million", "actual"),
            ("Total", 2026, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4 (140/35 = 4)
            ("cagr", 22.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (210 / 140) ** (1/2) - 1 = 22.47% -> 22.5
        ],
    ),
    # 30. Simplified Chinese report: fintech spend series opens in 亿元 (3,580 -> 3,960) and a 2030 target in 万亿元
    #     (1.02万亿元 -> 10200 in the series' unit), stated 2024—2030 CAGR; distractors: report title year, a
    #     quarter's figure, loans approved by AI models
    dict(
        text=(
            "恒远研究院在《2025中国金融科技发展报告》中指出，2024年我国金融机构金融科技投入达到3,960亿元，同比增长"
            "10.6%，2023年为3,580亿元。报告预计，随着大模型在营销、风控和运营环节加速落地，2030年这一规模将达到"
            "1.02万亿元，2024—2030年年均复合增长率为17.1%。报告同时披露，2024年第四季度单季投入约1,150亿元；AI风控"
            "模型全年累计审批贷款超过8万亿元。"
        ),
        obs=[
            ("Total", 2024, 3960, "CNY 100 million", "actual"),
            ("Total", 2023, 3580, "CNY 100 million", "actual"),
            ("Total", 2030, 10200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.6, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3960 / 3580 - 1 = 10.61% -> 10.6
            ("cagr|implied", "exact"),  # (10200 / 3960) ** (1/6) - 1 = 17.08% -> 17.1
        ],
    ),
    # 31. Traditional Chinese (Taiwan): banks' AI spend 新台幣182億元 vs 146億元 "成長24.8%" (only within rounding),
    #     a 預估 2026 figure; distractors: questionnaires returned, survey answer 63%, one bank's own IT budget
    dict(
        text=(
            "【台北訊】台灣數位金融研究中心受主管機關委託進行的調查顯示，2024年國內銀行業投入人工智能的支出約新台幣"
            "182億元，較前一年的146億元成長24.8%。該中心預估，2026年銀行業AI支出將達新台幣290億元。此次調查共回收"
            "38家本國銀行問卷，其中有63%表示已導入生成式AI客服；另有一家民營銀行表示，今年資訊預算編列新台幣52億元。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2023, 146, "TWD 100 million", "actual"),
            ("Total", 2026, 290, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 182 / 146 - 1 = 24.66% -> 24.7, not 24.8; bounds 181.5/146.5-1 = 23.89% .. 182.5/145.5-1 = 25.43%,
            # 44.8 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Traditional Chinese (Hong Kong, July 2025): banks' AI spend 48億港元 vs 40億港元 "按年增長20%", insurers'
    #     12億港元 as a second market of its own name, "今年…57億港元，按年增長約19%"; distractors: institution
    #     count, 七成 survey answer, fines in 萬港元
    dict(
        text=(
            "香港，2025年7月——香江銀行科技協會公布的年度調查顯示，2024年本港銀行在人工智能方面的開支約為48億港元，"
            "較2023年的40億港元按年增長20%。同期保險業的AI開支為12億港元。協會預計，今年銀行業相關開支將增至57億港元，"
            "按年增長約19%。調查涵蓋31家認可機構，受訪者中有七成計劃擴充AI團隊；另外，監管機構去年就反洗錢違規向兩家"
            "銀行合共罰款1,200萬港元。"
        ),
        obs=[
            ("Total", 2024, 48, "HKD 100 million", "actual"),
            ("Total", 2023, 40, "HKD 100 million", "actual"),
            ("保險業", 2024, 12, "HKD 100 million", "actual"),
            ("Total", 2025, 57, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48 / 40 - 1 = 20.00% -> 20
            ("cagr|implied", "exact"),  # 57 / 48 - 1 = 18.75% -> 19
        ],
    ),
    # 33. Traditional Chinese (Taiwan): insurtech 新台幣95億元 in 2024 vs 62億元 in 2022, "兩年間年均成長約28%"
    #     (span from the amounts' years -> inferred) which the amounts contradict; distractors: policies underwritten,
    #     percentage points
    dict(
        text=(
            "台灣保險科技市場在理賠自動化帶動下穩定擴張。根據寶島保險發展基金會的統計，2024年國內保險科技市場規模達"
            "新台幣95億元，2022年則為62億元，兩年間年均成長約28%。基金會指出，AI核保模型已應用於逾40萬張保單，壽險業"
            "導入比例較前年提升6個百分點。"
        ),
        obs=[
            ("Total", 2024, 95, "TWD 100 million", "actual"),
            ("Total", 2022, 62, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            # (95 / 62) ** (1/2) - 1 = 23.78%; bounds (94.5/62.5)^(1/2)-1 = 22.96% .. (95.5/61.5)^(1/2)-1 = 24.61%,
            # 28 never reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 34. Simplified Chinese (June 2025): regtech "去年…212亿元，今年预计增至255亿元，同比增长约20%", segment shares
    #     without part amounts (no verdict); distractors: a quarter's figure and rate, percentage points
    dict(
        text=(
            "2025年6月，京华金融科技研究中心发布的监管科技报告显示，去年国内金融业监管科技市场规模为212亿元，今年预计"
            "增至255亿元，同比增长约20%。按机构类型划分，去年银行的投入占比58%，证券公司占比17%，保险公司占比15%。今年"
            "一季度市场规模约为51亿元，同比增长18%。报告称，智能反洗钱系统平均可将误报率降低30个百分点以上。"
        ),
        obs=[
            ("Total", 2024, 212, "CNY 100 million", "actual"),
            ("Total", 2025, 255, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 255 / 212 - 1 = 20.28% -> 20
        ],
    ),
    # 35. English pipe table: global AI spend by institution type, 2023-2026E with a Total row adding exactly, and a
    #     stated 2024-2026 CAGR for the total; distractors: table number, institutions surveyed
    dict(
        text=(
            "Table 3: Global AI spending by financial institutions, USD billion (source: Larkspur Advisory, March 2025)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Banks | 21.4 | 26.8 | 33.1 | 40.2 |\n"
            "| Insurers | 7.9 | 9.6 | 11.8 | 14.3 |\n"
            "| Securities firms | 4.2 | 5.1 | 6.3 | 7.6 |\n"
            "| Total | 33.5 | 41.5 | 51.2 | 62.1 |\n"
            "Larkspur, which surveyed 520 institutions, puts the 2024-2026 CAGR for the total at 22.3%."
        ),
        obs=[
            ("Banks", 2023, 21.4, "USD billion", "actual"),
            ("Banks", 2024, 26.8, "USD billion", "actual"),
            ("Banks", 2025, 33.1, "USD billion", "estimate"),
            ("Banks", 2026, 40.2, "USD billion", "estimate"),
            ("Insurers", 2023, 7.9, "USD billion", "actual"),
            ("Insurers", 2024, 9.6, "USD billion", "actual"),
            ("Insurers", 2025, 11.8, "USD billion", "estimate"),
            ("Insurers", 2026, 14.3, "USD billion", "estimate"),
            ("Securities firms", 2023, 4.2, "USD billion", "actual"),
            ("Securities firms", 2024, 5.1, "USD billion", "actual"),
            ("Securities firms", 2025, 6.3, "USD billion", "estimate"),
            ("Securities firms", 2026, 7.6, "USD billion", "estimate"),
            ("Total", 2023, 33.5, "USD billion", "actual"),
            ("Total", 2024, 41.5, "USD billion", "actual"),
            ("Total", 2025, 51.2, "USD billion", "estimate"),
            ("Total", 2026, 62.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 41.4+7.9+4.2 = 33.5; 26.8+9.6+5.1 = 41.5; 33.1+11.8+6.3 = 51.2; 40.2+14.3+7.6 = 62.1 -- all exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (62.1 / 41.5) ** (1/2) - 1 = 22.33% -> 22.3
        ],
    ),
    # 36. Simplified Chinese space-aligned tables: 表1 AUM (expected nowhere) beside 表2 service-fee market by channel
    #     with a 合计 row; the 2024 column adds to 68.3 against a printed 68.4 (rounding)
    dict(
        text=(
            "表1 智能投顾管理资产规模（单位：亿元）\n"
            "类型          2022     2023     2024\n"
            "银行系       3,200    4,150    5,480\n"
            "券商系       1,860    2,420    3,310\n"
            "第三方平台   1,540    2,060    2,790\n"
            "合计         6,600    8,630   11,580\n"
            "\n"
            "表2 智能投顾服务市场规模（单位：亿元）\n"
            "类型          2022     2023     2024\n"
            "银行系        24.6     29.8     36.7\n"
            "券商系        12.4     15.9     19.5\n"
            "第三方平台     8.7     10.2     12.1\n"
            "合计          45.7     55.9     68.4\n"
            "资料来源：星衡证券研究所。管理资产规模不等于市场规模，后者按平台收取的服务费计算。"
        ),
        obs=[
            ("银行系", 2022, 24.6, "CNY 100 million", "actual"),
            ("银行系", 2023, 29.8, "CNY 100 million", "actual"),
            ("银行系", 2024, 36.7, "CNY 100 million", "actual"),
            ("券商系", 2022, 12.4, "CNY 100 million", "actual"),
            ("券商系", 2023, 15.9, "CNY 100 million", "actual"),
            ("券商系", 2024, 19.5, "CNY 100 million", "actual"),
            ("第三方平台", 2022, 8.7, "CNY 100 million", "actual"),
            ("第三方平台", 2023, 10.2, "CNY 100 million", "actual"),
            ("第三方平台", 2024, 12.1, "CNY 100 million", "actual"),
            ("合计", 2022, 45.7, "CNY 100 million", "actual"),
            ("合计", 2023, 55.9, "CNY 100 million", "actual"),
            ("合计", 2024, 68.4, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 44.6+12.4+8.7 = 45.7 and 29.8+15.9+10.2 = 55.9 exact; 36.7+19.5+12.1 = 68.3 vs 68.4 printed;
            # bounds 68.3 +/- 3*0.05 = 68.15 .. 68.45 reach 68.4 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. English tab-separated vertical table (rows are years), lone value column headed by its unit only -> Total,
    #     YoY column (2023's 22.5% only within rounding), a 2025E row; distractors: insurers surveyed, survey answer
    dict(
        text=(
            "Veldmark Partners — AI claims automation in European insurance, market size\n"
            "Year\tEUR million\tYoY\n"
            "2021\t410\t—\n"
            "2022\t505\t23.2%\n"
            "2023\t618\t22.5%\n"
            "2024\t742\t20.1%\n"
            "2025E\t880\t18.6%\n"
            "Veldmark's survey of 64 insurers found 72% plan to expand automated claims handling next year."
        ),
        obs=[
            ("Total", 2021, 410, "EUR million", "actual"),
            ("Total", 2022, 505, "EUR million", "actual"),
            ("Total", 2023, 618, "EUR million", "actual"),
            ("Total", 2024, 742, "EUR million", "actual"),
            ("Total", 2025, 880, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2021, 2022, 1.0),
            ("growth", 22.5, "percent", 2022, 2023, 1.0),
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 505 / 410 - 1 = 23.17% -> 23.2
            # 618 / 505 - 1 = 22.38% -> 22.4, not 22.5; bounds 617.5/505.5-1 = 22.16% .. 618.5/504.5-1 = 22.60%,
            # 42.5 inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 742 / 618 - 1 = 20.06% -> 20.1
            ("cagr|implied", "exact"),  # 880 / 742 - 1 = 18.60% -> 18.6
        ],
    ),
    # 38. Traditional Chinese space-aligned table (Hong Kong, 億港元): segments x 2023/2024/2025F with a 合計 row and a
    #     2024 share column (100% total row is no claim); distractors: table number, institutions surveyed
    dict(
        text=(
            "表4 香港金融業人工智能開支（單位：億港元）\n"
            "機構類別          2023     2024     2025F    2024年佔比\n"
            "銀行              40.0     48.0     57.0       64%\n"
            "保險              11.5     14.2     17.6       19%\n"
            "證券及資產管理     9.8     12.6     15.9       17%\n"
            "合計              61.3     74.8     90.5      100%\n"
            "資料來源：香江銀行科技協會年度調查，受訪機構共86家；F為預測值。"
        ),
        obs=[
            ("銀行", 2023, 40.0, "HKD 100 million", "actual"),
            ("銀行", 2024, 48.0, "HKD 100 million", "actual"),
            ("銀行", 2025, 57.0, "HKD 100 million", "estimate"),
            ("保險", 2023, 11.5, "HKD 100 million", "actual"),
            ("保險", 2024, 14.2, "HKD 100 million", "actual"),
            ("保險", 2025, 17.6, "HKD 100 million", "estimate"),
            ("證券及資產管理", 2023, 9.8, "HKD 100 million", "actual"),
            ("證券及資產管理", 2024, 12.6, "HKD 100 million", "actual"),
            ("證券及資產管理", 2025, 15.9, "HKD 100 million", "estimate"),
            ("合計", 2023, 61.3, "HKD 100 million", "actual"),
            ("合計", 2024, 74.8, "HKD 100 million", "actual"),
            ("合計", 2025, 90.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 64, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 60.0+11.5+9.8 = 61.3; 48.0+14.2+12.6 = 74.8; 57.0+17.6+15.9 = 90.5 -- all exact
            ("hierarchy", "exact"),
            ("arithmetic", "exact"),  # 48.0 / 74.8 = 64.17% -> 64
            ("arithmetic", "exact"),  # 14.2 / 74.8 = 18.98% -> 19
            ("arithmetic", "exact"),  # 12.6 / 74.8 = 16.84% -> 17
        ],
    ),
    # 39. English space-aligned table in ¥ billion by fiscal year (FY2025e estimate), four segments and a Total row,
    #     two year-on-year rates in a note; distractor: institutions surveyed
    dict(
        text=(
            "AI customer-service agents at Japanese financial institutions, ¥ billion\n"
            "(Financial Automation Association of Japan; survey of 212 institutions)\n"
            "Segment              FY2023    FY2024    FY2025e\n"
            "Megabanks              38.5      46.2       55.0\n"
            "Regional banks         21.7      27.9       34.6\n"
            "Insurers               17.3      20.4       24.8\n"
            "Securities firms        9.6      11.8       14.1\n"
            "Total                  87.1     106.3      128.5\n"
            "The total grew 22% in FY2024, and the association expects 21% growth in FY2025."
        ),
        obs=[
            ("Megabanks", 2023, 38.5, "JPY billion", "actual"),
            ("Megabanks", 2024, 46.2, "JPY billion", "actual"),
            ("Megabanks", 2025, 55.0, "JPY billion", "estimate"),
            ("Regional banks", 2023, 21.7, "JPY billion", "actual"),
            ("Regional banks", 2024, 27.9, "JPY billion", "actual"),
            ("Regional banks", 2025, 34.6, "JPY billion", "estimate"),
            ("Insurers", 2023, 17.3, "JPY billion", "actual"),
            ("Insurers", 2024, 20.4, "JPY billion", "actual"),
            ("Insurers", 2025, 24.8, "JPY billion", "estimate"),
            ("Securities firms", 2023, 9.6, "JPY billion", "actual"),
            ("Securities firms", 2024, 11.8, "JPY billion", "actual"),
            ("Securities firms", 2025, 14.1, "JPY billion", "estimate"),
            ("Total", 2023, 87.1, "JPY billion", "actual"),
            ("Total", 2024, 106.3, "JPY billion", "actual"),
            ("Total", 2025, 128.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 58.5+21.7+17.3+9.6 = 87.1; 46.2+27.9+20.4+11.8 = 106.3; 55.0+34.6+24.8+14.1 = 128.5 -- all exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 106.3 / 87.1 - 1 = 22.04% -> 22
            ("cagr|implied", "exact"),  # 128.5 / 106.3 - 1 = 20.88% -> 21
        ],
    ),
    # 40. Simplified Chinese vertical pipe table (rows are years) with columns 银行/保险/证券/合计 in 亿元, E rows,
    #     a stated 2024—2026 CAGR for 合计 in a note; distractors: table number, loan balance covered by AI models
    dict(
        text=(
            "表5 金融业AI智能风控与核保市场规模（单位：亿元）\n"
            "| 年份 | 银行 | 保险 | 证券 | 合计 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 2022 | 118 | 36 | 21 | 175 |\n"
            "| 2023 | 142 | 44 | 25 | 211 |\n"
            "| 2024 | 171 | 53 | 30 | 254 |\n"
            "| 2025E | 204 | 63 | 36 | 303 |\n"
            "| 2026E | 240 | 75 | 42 | 357 |\n"
            "注：E为预测值。2024—2026年合计规模年均复合增长率预计为18.6%；目前AI风控模型覆盖的贷款余额约12万亿元。"
        ),
        obs=[
            ("银行", 2022, 118, "CNY 100 million", "actual"),
            ("银行", 2023, 142, "CNY 100 million", "actual"),
            ("银行", 2024, 171, "CNY 100 million", "actual"),
            ("银行", 2025, 204, "CNY 100 million", "estimate"),
            ("银行", 2026, 240, "CNY 100 million", "estimate"),
            ("保险", 2022, 36, "CNY 100 million", "actual"),
            ("保险", 2023, 44, "CNY 100 million", "actual"),
            ("保险", 2024, 53, "CNY 100 million", "actual"),
            ("保险", 2025, 63, "CNY 100 million", "estimate"),
            ("保险", 2026, 75, "CNY 100 million", "estimate"),
            ("证券", 2022, 21, "CNY 100 million", "actual"),
            ("证券", 2023, 25, "CNY 100 million", "actual"),
            ("证券", 2024, 30, "CNY 100 million", "actual"),
            ("证券", 2025, 36, "CNY 100 million", "estimate"),
            ("证券", 2026, 42, "CNY 100 million", "estimate"),
            ("合计", 2022, 175, "CNY 100 million", "actual"),
            ("合计", 2023, 211, "CNY 100 million", "actual"),
            ("合计", 2024, 254, "CNY 100 million", "actual"),
            ("合计", 2025, 303, "CNY 100 million", "estimate"),
            ("合计", 2026, 357, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 118+36+21 = 175; 142+44+25 = 211; 171+53+30 = 254; 204+63+36 = 303; 240+75+42 = 357 -- all exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (357 / 254) ** (1/2) - 1 = 18.55% -> 18.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 8, 'exact': 64}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 20.7% between 2024 and 2030',
    '18% more than the £540 million they spent in 2023',
    'to be about $4.8 billion this year',
    'roughly 20% a year',
    'up 27% from ¥143 billion a year earlier',
    'has grown 2.5x since 2020',
    'on track to reach $2.7 billion this year',
    'growth of roughly 30% a year',
    'a 58% share, and insurers $11.3 billion, or 27%',
    'shrank 6% last year to €310 million',
    '同比增长10.9%（2023年为6,150亿元）',
    '将达到1.26万亿元',
    '较2021年的120亿元增长2倍',
    '較2023年的150億元成長23.3%',
    '較去年的48.6億港元增長25.6%',
    '| Total | 1,858 | 2,242 | 2,716 |',
    '合计\t347.9\t428.4\t519.5',
    'Year     GBP million',
    '| Year | EUR million | YoY |',
    '單位：億円',
    'up 18% from £2.03 billion in 2023',
    'a compound annual growth rate of 14.3% over 2024-2028',
    "that's compounding at 15% a year",
    'a 23% increase on the ¥152 billion of fiscal 2023',
    'a 2024-2029 CAGR of 16.4%',
    'US$6.9 billion of that, or 62%',
    '较2023年的400亿元同比增长21.5%',
    '到2027年银行业AI投入有望达到920亿元',
    '三年间增长3倍',
    '2030年这一规模将达到1.02万亿元',
    '較前一年的146億元成長24.8%',
    '按年增長20%',
    '兩年間年均成長約28%',
    '今年预计增至255亿元，同比增长约20%',
    '| Total | 33.5 | 41.5 | 51.2 | 62.1 |',
    '表2 智能投顾服务市场规模（单位：亿元）',
    'Year\tEUR million\tYoY',
    '2024年佔比',
    'FY2023    FY2024    FY2025e',
    '| 年份 | 银行 | 保险 | 证券 | 合计 |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 216
#: figures, 50 rates, 75 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-twenty-sixth set: 234, 51, 76 and 1; after those chosen on the
#: hundred-and-twenty-eighth and hundred-and-thirtieth: 237, 51, 76 and 1
FLOORS = {"figures_found": 237, "rates_found": 51, "verdicts_right": 76}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset124.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
