"""A hundred-and-nineteenth check set for the extractor, written blind: AI and security, in English and Chinese
(Simplified and Traditional) -- the AI cybersecurity market, fraud detection and identity verification, deepfake
detection, AI governance and compliance software, sized by vendors' trade bodies, analysts, agencies' yearbooks and
Hong Kong, Taiwanese and Japanese research houses; losses to fraud, the cost of a breach, fines, ransoms, counts of
attacks and incidents, a vendor's own revenue, security budgets as a share of IT spending, survey answers and
percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. trade-body press release: a stated 2024-2030 CAGR from two printed amounts; distractors: member and staff
    #    headcounts, a survey answer, the average cost of a breach, ransom payments
    dict(
        text=(
            "LONDON, 12 February 2025 — Spending on AI-driven cybersecurity products worldwide reached US$24.8 "
            "billion in 2024 and is forecast to climb to US$61.3 billion in 2030, a compound annual growth rate of "
            "16.3% over 2024-2030, according to the annual outlook of the Sentinel Vendors Forum, a trade body whose "
            "214 member companies employ some 96,000 security staff. The forum's poll of 2,800 chief information "
            "security officers found that 58% plan to raise AI security budgets this year. It put the average cost "
            "of a breach involving AI-generated phishing at US$4.9 million, and said ransom payments tracked by its "
            "members fell to US$810 million."
        ),
        obs=[
            ("Total", 2024, 24.8, "USD billion", "actual"),
            ("Total", 2030, 61.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.3 / 24.8) ** (1/6) - 1 = 16.28% -> 16.3
        ],
    ),
    # 2. dated news feature: "last year" / "this year" (estimate), "a rise of 36%", a range for 2028;
    #    distractors: a single fraud loss, worldwide fraud losses, percentage points, a poll answer
    dict(
        text=(
            "SINGAPORE, 18 June 2025 — Banks across Asia are buying tools that can tell a cloned voice or a "
            "face-swapped video from the real thing. Marrowfield Research puts worldwide sales of "
            "deepfake-detection software at $1.42 billion last year and expects $1.93 billion this year, a rise of "
            "36%. For 2028 the firm pencils in somewhere between $4 billion and $4.5 billion. The stakes are plain: "
            "one finance clerk wired $25 million to fraudsters after a single faked video call, and losses to "
            "deepfake-enabled fraud worldwide are put at $12.3 billion. The share of lenders running liveness "
            "checks on every onboarding rose 14 percentage points, to 61%, in Marrowfield's poll of 340 institutions."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2025, 1.93, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 36.0, "percent", 2024, 2025, 1.0),
            ("value", 4.0, "USD billion", 2028, 2028, None),
            ("value", 4.5, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.93 / 1.42 - 1 = 35.92% -> 36
        ],
    ),
    # 3. earnings call: a company's TAM is the market; "call it 21% a year" with no printed span -> inferred CAGR;
    #    distractors: own ARR and its growth, quarter revenue, headcount, price target and upside, gross margin
    dict(
        text=(
            "Veridex Systems, fourth-quarter fiscal 2024 earnings call, 27 February 2025. Chief executive Dana "
            "Whitcombe: \"We size the addressable market for AI-driven identity verification at $18 billion in "
            "fiscal 2024, and we see it reaching $32 billion in fiscal 2027 — call it 21% a year. Our own ARR ended "
            "the year at $410 million, up 38%, and fourth-quarter revenue was $112 million. We added 120 engineers "
            "and now have about 1,350 people.\" Answering an analyst whose firm holds a $64 price target, implying "
            "22% upside, the chief financial officer said gross margin would stay near 78%."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2027, 32, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (32 / 18) ** (1/3) - 1 = 21.14% -> 21
        ],
    ),
    # 4. Japanese IT research firm in English: yen amounts (JPY billion), a year-on-year rate and a stated
    #    fiscal-year CAGR; distractors: incident count, ransoms in yen, survey count and answer
    dict(
        text=(
            "TOKYO, 9 September 2025 — Japan's market for AI-based security operations — automated threat "
            "detection, AI-assisted SOC platforms and machine-learning email filtering — was worth ¥148.0 billion "
            "in fiscal 2024, up 27.4% from ¥116.2 billion a year earlier, Kagami IT Research Institute said on "
            "Tuesday. The firm forecasts ¥412.5 billion in fiscal 2030, which works out to average annual growth of "
            "18.6% between fiscal 2024 and fiscal 2030. Incidents reported to the national incident-response centre "
            "rose to 2,310 in the same year, and ransoms paid by Japanese companies reached an estimated ¥9.7 "
            "billion. Kagami surveyed 1,120 companies, and 44% of them named a shortage of security staff as their "
            "main obstacle."
        ),
        obs=[
            ("Total", 2023, 116.2, "JPY billion", "actual"),
            ("Total", 2024, 148.0, "JPY billion", "actual"),
            ("Total", 2030, 412.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148.0 / 116.2 - 1 = 27.37% -> 27.4
            ("cagr|implied", "exact"),  # (412.5 / 148.0) ** (1/6) - 1 = 18.63% -> 18.6
        ],
    ),
    # 5. Hong Kong research house: HK$ millions, a later HK$ billion figure converted to the series' HKD million;
    #    a CAGR exact only within rounding; distractors: fraud losses, headcount, a quarter's contracts
    dict(
        text=(
            "HONG KONG, 3 April 2025 — Harbourline Research estimates that Hong Kong's banks, insurers and payment "
            "firms spent HK$612 million on AI fraud-detection and electronic know-your-customer tools in 2024, up "
            "25.9% from HK$486 million in 2023. It expects the market to reach HK$1.15 billion in 2027, a compound "
            "23.5% a year over 2024-2027. The push comes as police recorded HK$9.1 billion in fraud losses last "
            "year. Harbourline counts roughly 2,400 security professionals in the city's financial sector; in the "
            "first quarter alone, vendors signed HK$188 million of contracts."
        ),
        obs=[
            ("Total", 2023, 486, "HKD million", "actual"),
            ("Total", 2024, 612, "HKD million", "actual"),
            ("Total", 2027, 1150, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("cagr", 23.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 486 - 1 = 25.93% -> 25.9
            ("cagr|implied", "rounding"),  # (1150 / 612) ** (1/3) - 1 = 23.40% -> 23.4, not 23.5;
            #   bounds (1145 / 612.5) -> 23.19% .. (1155 / 611.5) -> 23.61%: 23.5 reachable
        ],
    ),
    # 6. restated forecast: the new 2029 figure with its base and CAGR is the figure, the old $9.8bn nowhere;
    #    distractors: statutory fines (EUR million and % of turnover), % of IT budget, percentage points, survey share
    dict(
        text=(
            "BOSTON, 20 May 2025 — Brightwater Analytics has raised its outlook for AI governance, risk and "
            "compliance software. It now expects the market to reach $11.2 billion in 2029 from $2.6 billion in "
            "2024, a 2024-2029 CAGR of 33.9%; a year ago it had pencilled in $9.8 billion for 2029. The upgrade "
            "follows the first penalties under Europe's AI rules, which allow fines of up to €35 million or 7% of "
            "global turnover. Companies still spend little: governance tooling takes about 3% of the typical IT "
            "budget, and the share of firms with a written AI policy rose 19 percentage points to 47%, Brightwater "
            "found."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2029, 11.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 33.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.2 / 2.6) ** (1/5) - 1 = 33.92% -> 33.9
        ],
    ),
    # 7. national agency yearbook: a stated 2021-2024 CAGR its own amounts contradict (inconsistent);
    #    title year, chapter number, incident and vulnerability counts, fines, staff numbers nowhere
    dict(
        text=(
            "Chapter 4 of the Federal Office for Digital Resilience's Cybersecurity Yearbook 2025 turns to the "
            "supply side. The domestic market for AI-enabled security products and services grew from €3.4 billion "
            "in 2021 to €5.9 billion in 2024, a compound annual growth rate of 23% over 2021-2024, the office "
            "writes, with €4.8 billion recorded in 2023. Over the same period the office logged 41,200 reported "
            "incidents and catalogued 1,870 new vulnerabilities in AI software. Regulators imposed fines of €62 "
            "million on operators of critical infrastructure, and the office itself now employs 1,650 staff."
        ),
        obs=[
            ("Total", 2021, 3.4, "EUR billion", "actual"),
            ("Total", 2023, 4.8, "EUR billion", "actual"),
            ("Total", 2024, 5.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (5.9 / 3.4) ** (1/3) - 1 = 20.17%;
            #   bounds (5.85 / 3.45) -> 19.25% .. (5.95 / 3.35) -> 21.10%: 23 out of reach
        ],
    ),
    # 8. UK consultancy: figures in £m, a part named in prose with its share (arithmetic), a year-on-year rate;
    #    distractors: fraud losses in £bn, poll answer, % of IT budgets, percentage points
    dict(
        text=(
            "UK lenders and payment companies spent £1,350m on AI fraud-detection and anti-money-laundering "
            "analytics in 2024, up 18% from £1,144m in 2023, according to the consultancy Pennant & Rowe. "
            "Transaction-monitoring tools took £567m of that, or 42% of the total, with the rest split between "
            "identity checks and case-management software. Reported fraud losses, by contrast, came to £1.17bn. "
            "Pennant & Rowe's poll of 310 firms found that 64% expect to raise spending next year, and that fraud "
            "technology now absorbs 8% of IT budgets, up 2 percentage points."
        ),
        obs=[
            ("Total", 2023, 1144, "GBP million", "actual"),
            ("Total", 2024, 1350, "GBP million", "actual"),
            ("Transaction-monitoring tools", 2024, 567, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("share", 42.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1350 / 1144 - 1 = 18.01% -> 18
            ("arithmetic", "exact"),  # 567 / 1350 = 42.00% -> 42
        ],
    ),
    # 9. "more than fivefold" between two printed amounts (x5, no verdict); the series opens in $ billion so
    #    "$640 million" is 0.64; distractors: "multibillion-dollar opportunity", half-year funding, a quarter's
    #    sales, a vendor's annualised revenue and staff
    dict(
        text=(
            "SAN FRANCISCO, 14 August 2025 — Security for large language models — prompt-injection firewalls, "
            "model scanning and AI red-teaming — is becoming a multibillion-dollar opportunity. Coldharbor Insights "
            "expects the segment to grow more than fivefold to $3.4 billion by 2029 from $640 million in 2024. In "
            "the first half of 2025 alone, start-ups in the field raised $1.1 billion of venture funding, and "
            "vendors booked $290 million of sales in the second quarter. One of them, Promptwall, says its "
            "annualised revenue has passed $75 million with a staff of 230."
        ),
        obs=[
            ("Total", 2024, 0.64, "USD billion", "actual"),
            ("Total", 2029, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2024, 2029, 5.0),  # "more than fivefold"
        ],
        verdicts=[],
    ),
    # 10. Simplified Chinese white paper: 亿元 figures, 同比 rate, 突破 target (approximate, printed figure), stated
    #     2024—2027 CAGR; title year, 千亿级, attack counts, headcount and a vendor's revenue nowhere
    dict(
        text=(
            "2025年3月18日，澜岳网络安全研究院发布《2025中国AI安全产业白皮书》。白皮书显示，2024年我国AI安全市场规模"
            "达到186.5亿元，同比增长31.2%，2023年这一数字为142.2亿元。研究院预计，到2027年市场规模将突破400亿元，"
            "2024—2027年年均复合增长率约为29%，长期看有望形成千亿级市场。2024年全年，监测到针对大模型的攻击达12.6万次；"
            "国内安全从业人员约15万人。某头部厂商去年AI安全业务营收为23.4亿元。"
        ),
        obs=[
            ("Total", 2023, 142.2, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 29.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.5 / 142.2 - 1 = 31.15% -> 31.2
            ("cagr|implied", "exact"),  # (400 / 186.5) ** (1/3) - 1 = 28.96% -> 29
        ],
    ),
    # 11. Traditional Chinese (Taiwan): 新台幣億元, 今年 figure is an estimate, 年增 rate, a sector's share in
    #     percent; 約占四分之一, fraud losses, budget share of IT, talent gap and a quarter's growth nowhere
    dict(
        text=(
            "【台北訊】2025年4月22日，民間智庫「澄海產業研究所」公布調查指出，2024年台灣AI資安市場規模達新台幣86.4億元，"
            "預估今年將成長至112億元，年增29.6%。2024年金融業採購占整體市場的35%，製造業則約占四分之一。研究所同時指出，"
            "去年民眾遭詐騙財損約新台幣88億元，企業資安預算平均僅占IT支出的6.3%，資安人才缺口約1.2萬人。今年第一季，"
            "受訪廠商AI資安營收年增18%。"
        ),
        obs=[
            ("Total", 2024, 86.4, "TWD 100 million", "actual"),
            ("Total", 2025, 112, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
            ("share", 35.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112 / 86.4 - 1 = 29.63% -> 29.6
        ],
    ),
    # 12. Traditional Chinese (Hong Kong): 億港元, a stated 2023至2028 CAGR exact only within rounding;
    #     去年 fraud losses, case counts, 三成 penetration and staff numbers nowhere
    dict(
        text=(
            "（香港，2024年11月）本地研究機構維港數碼研究院發表報告指出，2023年香港AI身份驗證及反詐騙方案市場規模為31.6億港元，"
            "預計2028年將增至79億港元，2023至2028年複合年增長率達20.2%。報告引述警方數字，去年全港騙案損失逾91億港元，"
            "涉及案件約4.4萬宗。研究院估計，本地銀行約有三成已全面部署生物特徵認證，業界資訊保安人員約6,800人。"
        ),
        obs=[
            ("Total", 2023, 31.6, "HKD 100 million", "actual"),
            ("Total", 2028, 79, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (79 / 31.6) ** (1/5) - 1 = 20.11% -> 20.1, not 20.2;
            #   bounds (78.5 / 31.65) -> 19.92% .. (79.5 / 31.55) -> 20.30%: 20.2 reachable
        ],
    ),
    # 13. Simplified Chinese: 增长3倍 between two printed amounts is x4 (no verdict), 今年 estimate, a share in
    #     percent with no part amount (no verdict); 约占两成, 百分点, 百亿级 and a case count nowhere
    dict(
        text=(
            "2025年5月，数安智库发布的报告显示，我国深度伪造检测市场2022年规模仅为8亿元，2024年增至19.6亿元；预计今年将较2022年"
            "增长3倍至32亿元。从需求结构看，2024年金融行业占比38%，政务领域约占两成，运营商和互联网平台的占比较上年提升5个百分点。"
            "报告认为，随着“AI换脸”诈骗频发，该赛道有望成为百亿级市场；仅去年一年，全国公安机关破获相关案件就超过1,200起。"
        ),
        obs=[
            ("Total", 2022, 8, "CNY 100 million", "actual"),
            ("Total", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2025, 32, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2022, 2025, 3.0),  # 增长3倍 from 8 to 32 = x4
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 14. Simplified Chinese: a 同比 rate its two amounts contradict (inconsistent); 约四成, a half-year's contracts,
    #     fines in 万元, respondents' answer and % of IT spending nowhere
    dict(
        text=(
            "据赛博合规研究中心统计，2024年国内AI治理与合规软件市场规模为33.1亿元，较2023年的24.5亿元同比增长38.6%。"
            "其中，模型安全评测工具约占四成。今年上半年，行业新签合同额9.8亿元；监管部门全年对违规处理个人信息的企业罚款合计约5000万元。"
            "在受访的420家企业中，72%表示将在明年增加合规预算，但合规投入平均仅占IT支出的4%。"
        ),
        obs=[
            ("Total", 2023, 24.5, "CNY 100 million", "actual"),
            ("Total", 2024, 33.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 38.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 33.1 / 24.5 - 1 = 35.10%;
            #   bounds (33.05 / 24.55) -> 34.62% .. (33.15 / 24.45) -> 35.58%: 38.6 out of reach
        ],
    ),
    # 15. English pipe table by segment and year with an E column, a total row and a share column; 2025E total
    #     only adds within rounding; table number, vendor count and the 100% total nowhere
    dict(
        text=(
            "Corvane Partners' semi-annual tracker, which follows 1,140 vendors, breaks the global AI cybersecurity "
            "market down as follows.\n\n"
            "Table 3. Global AI cybersecurity market by segment (US$ billion)\n\n"
            "| Segment | 2023 | 2024 | 2025E | Share of 2024 |\n"
            "|---|---|---|---|---|\n"
            "| Network security | 6.8 | 8.1 | 9.7 | 32.8% |\n"
            "| Endpoint security | 5.2 | 6.0 | 7.1 | 24.3% |\n"
            "| Identity & access | 4.1 | 5.3 | 6.6 | 21.5% |\n"
            "| Data security | 4.3 | 5.3 | 6.4 | 21.5% |\n"
            "| Total | 20.4 | 24.7 | 29.9 | 100% |\n"
        ),
        obs=[
            ("Network security", 2023, 6.8, "USD billion", "actual"),
            ("Network security", 2024, 8.1, "USD billion", "actual"),
            ("Network security", 2025, 9.7, "USD billion", "estimate"),
            ("Endpoint security", 2023, 5.2, "USD billion", "actual"),
            ("Endpoint security", 2024, 6.0, "USD billion", "actual"),
            ("Endpoint security", 2025, 7.1, "USD billion", "estimate"),
            ("Identity & access", 2023, 4.1, "USD billion", "actual"),
            ("Identity & access", 2024, 5.3, "USD billion", "actual"),
            ("Identity & access", 2025, 6.6, "USD billion", "estimate"),
            ("Data security", 2023, 4.3, "USD billion", "actual"),
            ("Data security", 2024, 5.3, "USD billion", "actual"),
            ("Data security", 2025, 6.4, "USD billion", "estimate"),
            ("Total", 2023, 20.4, "USD billion", "actual"),
            ("Total", 2024, 24.7, "USD billion", "actual"),
            ("Total", 2025, 29.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 32.8, "percent", 2024, 2024, None),
            ("share", 24.3, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 5.2 + 4.1 + 4.3 = 20.4
            ("hierarchy", "exact"),  # 2024: 8.1 + 6.0 + 5.3 + 5.3 = 24.7
            ("hierarchy", "rounding"),  # 2025E: 9.7 + 7.1 + 6.6 + 6.4 = 29.8 vs 29.9; parts' bounds 29.6 .. 30.0
            ("arithmetic", "exact"),  # 8.1 / 24.7 = 32.79% -> 32.8
            ("arithmetic", "exact"),  # 6.0 / 24.7 = 24.29% -> 24.3
            ("arithmetic", "exact"),  # 5.3 / 24.7 = 21.46% -> 21.5 (identity)
            ("arithmetic", "exact"),  # 5.3 / 24.7 = 21.46% -> 21.5 (data)
        ],
    ),
    # 16. Simplified Chinese tab-separated table: segments (网络/终端/身份/数据) by year with E columns and a 合计
    #     row, all adding exactly; table number, note's firm count nowhere
    dict(
        text=(
            "表2 中国AI安全市场细分结构（单位：亿元）\n"
            "细分领域\t2024年\t2025年E\t2026年E\n"
            "网络安全\t62.3\t79.8\t101.5\n"
            "终端安全\t41.7\t52.6\t66.0\n"
            "身份安全\t38.2\t50.4\t65.9\n"
            "数据安全\t44.3\t60.7\t82.1\n"
            "合计\t186.5\t243.5\t315.5\n"
            "注：不含安全服务外包人员费用；样本覆盖326家厂商。"
        ),
        obs=[
            ("网络安全", 2024, 62.3, "CNY 100 million", "actual"),
            ("网络安全", 2025, 79.8, "CNY 100 million", "estimate"),
            ("网络安全", 2026, 101.5, "CNY 100 million", "estimate"),
            ("终端安全", 2024, 41.7, "CNY 100 million", "actual"),
            ("终端安全", 2025, 52.6, "CNY 100 million", "estimate"),
            ("终端安全", 2026, 66.0, "CNY 100 million", "estimate"),
            ("身份安全", 2024, 38.2, "CNY 100 million", "actual"),
            ("身份安全", 2025, 50.4, "CNY 100 million", "estimate"),
            ("身份安全", 2026, 65.9, "CNY 100 million", "estimate"),
            ("数据安全", 2024, 44.3, "CNY 100 million", "actual"),
            ("数据安全", 2025, 60.7, "CNY 100 million", "estimate"),
            ("数据安全", 2026, 82.1, "CNY 100 million", "estimate"),
            ("合计", 2024, 186.5, "CNY 100 million", "actual"),
            ("合计", 2025, 243.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 315.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 62.3 + 41.7 + 38.2 + 44.3 = 186.5
            ("hierarchy", "exact"),  # 2025E: 79.8 + 52.6 + 50.4 + 60.7 = 243.5
            ("hierarchy", "exact"),  # 2026E: 101.5 + 66.0 + 65.9 + 82.1 = 315.5
        ],
    ),
    # 17. English space-aligned: an incident-count table (counts and their % changes nowhere) beside a vertical
    #     market-value table whose lone value column is headed by its unit (Total), with a YoY column; 2023's
    #     rate exact only within rounding; 2025F an estimate
    dict(
        text=(
            "Nordic AI fraud-detection market (source: Fjellvik Analyse)\n\n"
            "Reported AI-enabled fraud incidents\n"
            "Year    Incidents    Change\n"
            "2022       18,400         —\n"
            "2023       26,900      +46%\n"
            "2024       33,100      +23%\n\n"
            "Market value\n"
            "Year     EUR million      YoY\n"
            "2021             182        —\n"
            "2022             231    26.9%\n"
            "2023             297    28.9%\n"
            "2024             371    24.9%\n"
            "2025F            455    22.6%\n"
        ),
        obs=[
            ("Total", 2021, 182, "EUR million", "actual"),
            ("Total", 2022, 231, "EUR million", "actual"),
            ("Total", 2023, 297, "EUR million", "actual"),
            ("Total", 2024, 371, "EUR million", "actual"),
            ("Total", 2025, 455, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.9, "percent", 2021, 2022, 1.0),
            ("growth", 28.9, "percent", 2022, 2023, 1.0),
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 231 / 182 - 1 = 26.92% -> 26.9
            ("cagr|implied", "rounding"),  # 297 / 231 - 1 = 28.57% -> 28.6, not 28.9;
            #   bounds (296.5 / 231.5) -> 28.08% .. (297.5 / 230.5) -> 29.07%: 28.9 reachable
            ("cagr|implied", "exact"),  # 371 / 297 - 1 = 24.92% -> 24.9
            ("cagr|implied", "exact"),  # 455 / 371 - 1 = 22.64% -> 22.6
        ],
    ),
    # 18. Traditional Chinese (Taiwan) vertical pipe table: rows are years, lone column headed 新台幣億元 (Total),
    #     年增率 column, (預估) rows, and a stated 2024至2028 CAGR below; hotline case count and staff nowhere
    dict(
        text=(
            "台灣AI詐騙防制方案市場規模（資料來源：鼎峰市場研究，2025年6月）\n\n"
            "| 年度 | 新台幣億元 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2022 | 21.4 | — |\n"
            "| 2023 | 28.7 | 34.1% |\n"
            "| 2024 | 39.5 | 37.6% |\n"
            "| 2025（預估） | 52.0 | 31.6% |\n"
            "| 2028（預估） | 104.0 | — |\n\n"
            "2024至2028年複合成長率為27.4%。同期165反詐騙專線受理報案逾20萬件，金融機構資安人員約9,400人。"
        ),
        obs=[
            ("Total", 2022, 21.4, "TWD 100 million", "actual"),
            ("Total", 2023, 28.7, "TWD 100 million", "actual"),
            ("Total", 2024, 39.5, "TWD 100 million", "actual"),
            ("Total", 2025, 52.0, "TWD 100 million", "estimate"),
            ("Total", 2028, 104.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.1, "percent", 2022, 2023, 1.0),
            ("growth", 37.6, "percent", 2023, 2024, 1.0),
            ("growth", 31.6, "percent", 2024, 2025, 1.0),
            ("cagr", 27.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.7 / 21.4 - 1 = 34.11% -> 34.1
            ("cagr|implied", "exact"),  # 39.5 / 28.7 - 1 = 37.63% -> 37.6
            ("cagr|implied", "exact"),  # 52.0 / 39.5 - 1 = 31.65% -> 31.6 (31.6456)
            ("cagr|implied", "exact"),  # (104.0 / 39.5) ** (1/4) - 1 = 27.38% -> 27.4
        ],
    ),
    # 19. Japanese research firm's space-aligned table in ¥100 million (JPY 100 million), fiscal-year columns;
    #     FY2025E total row contradicts its parts (transposed digits: inconsistent); survey count nowhere
    dict(
        text=(
            "Japan: AI fraud detection and identity verification market (unit: ¥100 million)\n"
            "Source: Hoshimi IT Research; survey of 1,204 companies, excluding in-house security staff costs.\n\n"
            "Segment                 FY2023   FY2024   FY2025E\n"
            "Fraud detection            412      498       590\n"
            "eKYC / identity            265      321       384\n"
            "Deepfake detection          38       61        95\n"
            "Total                      715      880     1,096\n"
        ),
        obs=[
            ("Fraud detection", 2023, 412, "JPY 100 million", "actual"),
            ("Fraud detection", 2024, 498, "JPY 100 million", "actual"),
            ("Fraud detection", 2025, 590, "JPY 100 million", "estimate"),
            ("eKYC / identity", 2023, 265, "JPY 100 million", "actual"),
            ("eKYC / identity", 2024, 321, "JPY 100 million", "actual"),
            ("eKYC / identity", 2025, 384, "JPY 100 million", "estimate"),
            ("Deepfake detection", 2023, 38, "JPY 100 million", "actual"),
            ("Deepfake detection", 2024, 61, "JPY 100 million", "actual"),
            ("Deepfake detection", 2025, 95, "JPY 100 million", "estimate"),
            ("Total", 2023, 715, "JPY 100 million", "actual"),
            ("Total", 2024, 880, "JPY 100 million", "actual"),
            ("Total", 2025, 1096, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 412 + 265 + 38 = 715
            ("hierarchy", "exact"),  # FY2024: 498 + 321 + 61 = 880
            ("hierarchy", "inconsistent"),  # FY2025E: 590 + 384 + 95 = 1,069 vs 1,096; parts' bounds 1,067.5 .. 1,070.5
        ],
    ),
    # 20. Simplified Chinese pipe tables: a table of fraud cases (万起) and intercepted calls (亿次) nowhere, beside
    #     a market-value table in 亿元 by segment with a 合计 row; 2024 adds only within rounding
    dict(
        text=(
            "资料来源：青岚研究；表1为公安与通信管理部门公开数据。\n\n"
            "表1 电信网络诈骗相关数据\n\n"
            "| 指标 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 涉诈案件（万起） | 43.7 | 39.2 |\n"
            "| 拦截诈骗电话（亿次） | 27.5 | 31.8 |\n\n"
            "表2 AI反欺诈市场规模（亿元）\n\n"
            "| 细分 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 金融反欺诈 | 58.4 | 72.9 | 89.6 |\n"
            "| 身份核验 | 33.5 | 41.2 | 50.8 |\n"
            "| 深度伪造检测 | 11.6 | 19.6 | 32.0 |\n"
            "| 合计 | 103.5 | 133.8 | 172.4 |\n"
        ),
        obs=[
            ("金融反欺诈", 2023, 58.4, "CNY 100 million", "actual"),
            ("金融反欺诈", 2024, 72.9, "CNY 100 million", "actual"),
            ("金融反欺诈", 2025, 89.6, "CNY 100 million", "estimate"),
            ("身份核验", 2023, 33.5, "CNY 100 million", "actual"),
            ("身份核验", 2024, 41.2, "CNY 100 million", "actual"),
            ("身份核验", 2025, 50.8, "CNY 100 million", "estimate"),
            ("深度伪造检测", 2023, 11.6, "CNY 100 million", "actual"),
            ("深度伪造检测", 2024, 19.6, "CNY 100 million", "actual"),
            ("深度伪造检测", 2025, 32.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 103.5, "CNY 100 million", "actual"),
            ("合计", 2024, 133.8, "CNY 100 million", "actual"),
            ("合计", 2025, 172.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 33.5 + 11.6 = 103.5
            ("hierarchy", "rounding"),  # 2024: 72.9 + 41.2 + 19.6 = 133.7 vs 133.8; parts' bounds 133.55 .. 133.85
            ("hierarchy", "exact"),  # 2025E: 89.6 + 50.8 + 32.0 = 172.4
        ],
    ),
    # 21. a trade body's press release: 2024 base in "US$ billion", 2030 forecast, a stated CAGR with its span
    #    printed "over 2024-2030"; the member count, unfilled posts, ransom payments and the cost of a breach nowhere
    dict(
        text=(
            "GENEVA, 12 May 2025 — The Global Alliance of Security Vendors (GASV), a trade body of 140 member "
            "firms, put the worldwide market for AI-driven cybersecurity products and services at US$31.2 billion "
            "in 2024 in its annual outlook released today. The alliance forecasts the market will reach US$82.0 "
            "billion by 2030, a compound annual growth rate of 17.5% over 2024-2030. The same report counts 3.4 "
            "million unfilled security posts worldwide and estimates that ransom payments fell to $813 million last "
            "year, while the average breach now costs its victim $4.9 million."
        ),
        obs=[
            ("Total", 2024, 31.2, "USD billion", "actual"),
            ("Total", 2030, 82.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (82.0 / 31.2) ** (1/6) - 1 = 17.474% -> 17.5 printed 17.5
            ("cagr|implied", "exact"),
        ],
    ),
    # 22. a news item: "rose 21.8% to $9.4 billion in 2024 from $7.8 billion in 2023" -- the rate is only reached
    #    within rounding; a third-quarter figure, consumers' fraud losses and a survey answer nowhere
    dict(
        text=(
            "Banks and payment firms are buying machine-learning fraud defences faster than ever. Worldwide "
            "spending on AI-based fraud detection and identity verification rose 21.8% to $9.4 billion in 2024 "
            "from $7.8 billion in 2023, says Kestrel Lane Research. Vendors booked $2.6 billion in the third quarter "
            "alone, the busiest three months on record. The spending still pales next to the $12.5 billion that "
            "consumers reported losing to fraud last year, and 62% of the banks Kestrel polled said they plan to "
            "replace rule-based systems within two years."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2023, 7.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 29.4 / 7.8 - 1 = 20.513% -> 20.5, not 21.8;
            # bounds 9.35 / 7.85 - 1 = 19.108% .. 9.45 / 7.75 - 1 = 21.935%: 21.8 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. a Japanese IT research firm in English: "¥68.5 billion in fiscal 2024" -> "¥142.0 billion by fiscal
    #    2028", "an average annual increase of 20.0%" (span only from the amounts' years -> inferred);
    #    respondents, a survey answer and security's share of IT budgets nowhere
    dict(
        text=(
            "TOKYO, 20 June 2025 — Japan's market for AI-powered security tools grew to ¥68.5 billion in fiscal "
            "2024, according to Shirakaba IT Research, which expects it to reach ¥142.0 billion by fiscal 2028, an "
            "average annual increase of 20.0%. Demand is led by manufacturers hardening factory networks and by "
            "regional banks. Of the 1,150 companies Shirakaba surveyed, 38% said they had set aside budget for "
            "generative-AI safeguards this year, and security now takes 9.6% of the typical IT budget."
        ),
        obs=[
            ("Total", 2024, 68.5, "JPY billion", "actual"),
            ("Total", 2028, 142.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (142.0 / 68.5) ** (1/4) - 1 = 19.991% -> 20.0 printed 20.0
            ("cagr|period", "exact"),
        ],
    ),
    # 24. an earnings call: the CEO sizes the total addressable market for AI governance software ("this year"
    #    -> 2025 estimate, 2028 estimate), "call it roughly 40% a year" (inferred CAGR); the company's ARR and
    #    its growth, headcount, a price target and its upside nowhere
    dict(
        text=(
            "NEW YORK, 7 August 2025 — On its fiscal 2025 second-quarter call, Halvorsen Trust said annual "
            "recurring revenue climbed to $312 million, up 34% year on year, and that the company now employs 1,240 "
            "people. \"We size the total addressable market for AI governance and compliance software at $4.2 "
            "billion this year, and we see it reaching $11.5 billion in 2028 — call it roughly 40% a year,\" chief "
            "executive Mira Odell told analysts. Brightwater Securities kept its $85 price target on the stock, "
            "implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2028, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 40.0, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (11.5 / 4.2) ** (1/3) - 1 = 39.900% -> 40 (printed to the unit) = 40
            ("cagr|period", "exact"),
        ],
    ),
    # 25. Hong Kong deepfake detection in English: "HK$486 million" then "HK$1.3 billion" (series keeps HKD
    #    million -> 1300), "a compound rate of 45% a year" which its own figures contradict; police case counts
    #    and fraud losses nowhere
    dict(
        text=(
            "HONG KONG, 3 September 2025 — Spending on deepfake-detection tools in Hong Kong reached HK$486 million "
            "in 2024, and Victoria Harbour Analytics expects it to hit HK$1.3 billion in 2027, a compound rate of "
            "45% a year. Banks and insurers account for most of the buying after a spate of video-call scams. Police "
            "recorded 1,870 deepfake-related fraud cases last year, with reported losses of HK$1.2 billion."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2027, 1300, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 45.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (1300 / 486) ** (1/3) - 1 = 38.815%; bounds (1250 / 486.5) ** (1/3) - 1 = 36.965% ..
            # (1350 / 485.5) ** (1/3) - 1 = 40.620%: 45 outside -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 26. a Chinese research institute's release: 2024 and 2023 in 亿元 with "同比增长27.4%", 2028 "突破500亿元"
    #    (approximate -> printed figure, estimate), "2024—2028年年均复合增长率约为28%" (stated); the report's
    #    title year, attack counts and vulnerability counts nowhere
    dict(
        text=(
            "北京，2025年3月18日电 华信安全研究院今日发布的《2025中国AI安全市场研究报告》显示，2024年我国AI安全市场规模"
            "达到186.3亿元，较2023年的146.2亿元同比增长27.4%。报告预计，到2028年市场规模将突破500亿元，2024—2028年"
            "年均复合增长率约为28%。同期全国监测到的AI相关网络攻击超过1.2亿次，涉及漏洞4,300余个。"
        ),
        obs=[
            ("Total", 2024, 186.3, "CNY 100 million", "actual"),
            ("Total", 2023, 146.2, "CNY 100 million", "actual"),
            ("Total", 2028, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 28.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 206.3 / 146.2 - 1 = 27.428% -> 27.4 printed 27.4
            ("cagr|implied", "exact"),
            # (500 / 186.3) ** (1/4) - 1 = 27.994% -> 28 printed 28
            ("cagr|implied", "exact"),
        ],
    ),
    # 27. a think tank's figure for deepfake detection: "较上年的8.6亿元增长67%" contradicted by its amounts;
    #    "千亿级" vague size and the money involved in face-swap fraud cases nowhere
    dict(
        text=(
            "据深蓝智库统计，2024年国内深度伪造检测市场规模为13.9亿元，较上年的8.6亿元增长67%。智库研究人员认为，随着"
            "金融、政务和社交平台全面部署检测能力，这将是一个千亿级的长期机会。另据公安机关通报，2024年侦破的“AI换脸”"
            "诈骗案件涉案金额超过30亿元。"
        ),
        obs=[
            ("Total", 2024, 13.9, "CNY 100 million", "actual"),
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 67.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 33.9 / 8.6 - 1 = 61.628%; bounds 13.85 / 8.65 - 1 = 60.116% .. 13.95 / 8.55 - 1 = 63.158%:
            # 67 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. anti-fraud AI in finance: a part (身份核验) with its amount and "占比38.5%" -> share with arithmetic
    #    verdict; security's share of IT budgets, percentage points, a quarter's figure and a survey answer nowhere
    dict(
        text=(
            "在金融领域，AI反欺诈解决方案市场2024年规模为95.0亿元，其中身份核验36.6亿元，占比38.5%。银行业在网络安全上的"
            "投入平均占其IT预算的8.2%，比上年提高1.3个百分点。仅2025年一季度，相关招标金额就达到14.2亿元。另有调查显示，"
            "71%的受访银行计划增加反欺诈预算。"
        ),
        obs=[
            ("Total", 2024, 95.0, "CNY 100 million", "actual"),
            ("身份核验", 2024, 36.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 56.6 / 95.0 = 38.526% -> 38.5 printed 38.5
            ("arithmetic", "exact"),
        ],
    ),
    # 29. a 万亿元 forecast after an 亿元 base: "约为2,860亿元" (approximate, printed figure) and "1.02万亿元"
    #    (series in CNY 100 million -> 10200), stated CAGR 23.7% reached only within rounding; a share in words
    #    ("约四成") and a headcount nowhere
    dict(
        text=(
            "一家工业和信息化领域的研究机构测算，2024年我国“AI+安全”产业规模约为2,860亿元，预计2030年将达到1.02万亿元，"
            "2024-2030年复合增长率为23.7%。其中政府和公共事业采购约占四成。目前全行业从业人员已超过15万人。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2030, 10200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (10200 / 2860) ** (1/6) - 1 = 23.606% -> 23.6, not 23.7;
            # bounds (10150 / 2860.5) ** (1/6) - 1 = 23.501% .. (10250 / 2859.5) ** (1/6) - 1 = 23.710%
            # (1.02万亿 read as 1.015-1.025万亿): 23.7 reached -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Traditional Chinese, Taiwan: 新台幣312億元 -> 585億元, "年複合成長率23.3%" (span only from the amounts'
    #     years -> inferred); a staffing gap and security's share of IT budgets nowhere
    dict(
        text=(
            "【台北訊】2025年4月 翠峰產業研究所指出，2024年台灣AI資安市場規模為新台幣312億元，預估2027年將達585億元，"
            "年複合成長率23.3%。研究所表示，製造業與金融業是主要採購者。不過國內資安人力缺口仍有約1.2萬人，上市櫃公司"
            "平均資安支出僅占IT預算的5.1%。"
        ),
        obs=[
            ("Total", 2024, 312, "TWD 100 million", "actual"),
            ("Total", 2027, 585, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (585 / 312) ** (1/3) - 1 = 23.311% -> 23.3 printed 23.3
            ("cagr|period", "exact"),
        ],
    ),
    # 31. Traditional Chinese, Hong Kong: 48.6億港元 -> 預計2025年 57.2億港元, "按年增長17.9%" reached only within
    #     rounding; half-year scam losses and a bank's own spending nowhere
    dict(
        text=(
            "【香港訊】2025年8月 本地研究機構維港數據顧問發表報告指，2024年香港AI反詐騙及身份驗證解決方案市場規模為48.6億港元，"
            "預計2025年將增至57.2億港元，按年增長17.9%。報告引述警方數字，今年上半年本港詐騙案損失金額達26億港元；另有一家"
            "上市銀行表示，其反詐騙系統年度開支約為3.8億港元。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2025, 57.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 77.2 / 48.6 - 1 = 17.695% -> 17.7, not 17.9;
            # bounds 57.15 / 48.65 - 1 = 17.472% .. 57.25 / 48.55 - 1 = 17.920%: 17.9 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Traditional Chinese, Taiwan AI governance software: 2023 and 2024 in 新台幣億元, "成長41.6%", a segment
    #     share "占34%" with no amount (share claim, no verdict); respondents, a survey answer and percentage
    #     points nowhere
    dict(
        text=(
            "根據臺灣數位治理協會最新調查，2024年國內AI治理與合規軟體市場規模達新台幣26.2億元，較2023年的18.5億元成長41.6%，"
            "其中模型風險管理工具占34%。協會也指出，受訪的412家企業中有63%表示將在未來兩年導入相關工具，比前一次調查增加9個"
            "百分點。"
        ),
        obs=[
            ("Total", 2024, 26.2, "TWD 100 million", "actual"),
            ("Total", 2023, 18.5, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 41.6, "percent", 2023, 2024, 1.0),
            ("share", 34.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 46.2 / 18.5 - 1 = 41.622% -> 41.6 printed 41.6 (the share has no printed part amount: no verdict)
            ("cagr|implied", "exact"),
        ],
    ),
    # 33. Simplified Chinese on Japan: "2024财年…1,842亿日元" -> "2029财年…4,310亿日元", "年均复合增长率为18.5%"
    #     (inferred); ransoms paid and the count of surveyed firms nowhere
    dict(
        text=(
            "东京消息（2025年6月）日本IT调研机构青岚综研发布数据称，2024财年日本AI安全市场规模为1,842亿日元，预计2029财年"
            "将增至4,310亿日元，年均复合增长率为18.5%。该机构在接受调查的1,500家日本企业中发现，去年遭勒索软件攻击后支付"
            "赎金的企业平均支付约1.3亿日元。"
        ),
        obs=[
            ("Total", 2024, 1842, "JPY 100 million", "actual"),
            ("Total", 2029, 4310, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (4310 / 1842) ** (1/5) - 1 = 18.533% -> 18.5 printed 18.5
            ("cagr|period", "exact"),
        ],
    ),
    # 34. a restated forecast: 2026 "由此前的约400亿元上调至463.5亿元" (the precise new figure only), 2021 and
    #     2024 amounts with "较2021年增长3倍" (two amounts printed -> x4 over 3 years, no verdict); the
    #     consultancy's own revenue nowhere
    dict(
        text=(
            "安远咨询在最新报告中，将2026年中国AI身份认证市场规模的预测由此前的约400亿元上调至463.5亿元。该市场2021年规模为"
            "58亿元，2024年已达232亿元，较2021年增长3倍。分析师表示，上调主要由于金融和政务场景的采购提前。安远咨询自身2024年"
            "营收为5.6亿元。"
        ),
        obs=[
            ("Total", 2026, 463.5, "CNY 100 million", "estimate"),
            ("Total", 2021, 58, "CNY 100 million", "actual"),
            ("Total", 2024, 232, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4 (232/58 = 4)
        ],
        verdicts=[],
    ),
    # 35. English pipe table by segment (network, endpoint, identity, data) and year with a Total row and a 2025E
    #     column; 2023 and 2024 add up exactly, 2025E only within rounding; table number and a first-quarter
    #     figure nowhere
    dict(
        text=(
            "Table 3. North American AI security market by segment (US$ billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Network security | 4.2 | 5.1 | 6.3 |\n"
            "| Endpoint security | 3.1 | 3.8 | 4.6 |\n"
            "| Identity & access | 2.5 | 3.3 | 4.2 |\n"
            "| Data security | 1.9 | 2.4 | 3.0 |\n"
            "| Total | 11.7 | 14.6 | 18.2 |\n"
            "Source: Northgate Security Council. Vendors reported $4.1 billion of bookings in the first quarter of "
            "2025 alone."
        ),
        obs=[
            ("Network security", 2023, 4.2, "USD billion", "actual"),
            ("Network security", 2024, 5.1, "USD billion", "actual"),
            ("Network security", 2025, 6.3, "USD billion", "estimate"),
            ("Endpoint security", 2023, 3.1, "USD billion", "actual"),
            ("Endpoint security", 2024, 3.8, "USD billion", "actual"),
            ("Endpoint security", 2025, 4.6, "USD billion", "estimate"),
            ("Identity & access", 2023, 2.5, "USD billion", "actual"),
            ("Identity & access", 2024, 3.3, "USD billion", "actual"),
            ("Identity & access", 2025, 4.2, "USD billion", "estimate"),
            ("Data security", 2023, 1.9, "USD billion", "actual"),
            ("Data security", 2024, 2.4, "USD billion", "actual"),
            ("Data security", 2025, 3.0, "USD billion", "estimate"),
            ("Total", 2023, 11.7, "USD billion", "actual"),
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2025, 18.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 4.2 + 3.1 + 2.5 + 1.9 = 11.7 = printed 11.7
            ("hierarchy", "exact"),
            # 2024: 5.1 + 3.8 + 3.3 + 2.4 = 14.6 = printed 14.6
            ("hierarchy", "exact"),
            # 2025E: 6.3 + 4.6 + 4.2 + 3.0 = 18.1, not 18.2; bounds 18.1 -/+ 4 x 0.05 = 17.9 .. 18.3 and
            # total 18.15 .. 18.25: 18.2 reached -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 36. two Chinese tab-separated tables: incident counts (nowhere) beside market value by year in a lone
    #     column headed by its unit "亿元" (-> Total) with a 同比 column; 2023 and 2024 rates exact, the 2025E rate
    #     contradicted by its amounts
    dict(
        text=(
            "表1 2021-2024年监测到的AI相关安全事件（起）\n"
            "年份\t数据泄露\t深度伪造诈骗\t模型投毒\n"
            "2021\t1,204\t86\t12\n"
            "2022\t1,517\t213\t31\n"
            "2023\t1,932\t648\t57\n"
            "2024\t2,405\t1,391\t104\n"
            "\n"
            "表2 中国AI安全市场规模\n"
            "年份\t亿元\t同比\n"
            "2022\t98.4\t—\n"
            "2023\t131.7\t33.8%\n"
            "2024\t172.5\t31.0%\n"
            "2025E\t221.0\t26.1%\n"
        ),
        obs=[
            ("Total", 2022, 98.4, "CNY 100 million", "actual"),
            ("Total", 2023, 131.7, "CNY 100 million", "actual"),
            ("Total", 2024, 172.5, "CNY 100 million", "actual"),
            ("Total", 2025, 221.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2022, 2023, 1.0),
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 151.7 / 98.4 - 1 = 33.841% -> 33.8 printed 33.8
            ("cagr|implied", "exact"),
            # 192.5 / 131.7 - 1 = 30.979% -> 31.0 printed 31.0
            ("cagr|implied", "exact"),
            # 241.0 / 172.5 - 1 = 28.116%; bounds 220.95 / 172.55 - 1 = 28.050% .. 221.05 / 172.45 - 1 = 28.182%:
            # 46.1 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 37. Traditional Chinese space-aligned table, Taiwan by segment, 2024 and 2025F, 單位：新台幣億元, a 合計 row
    #     (item 合計 as printed); both years add up exactly; a quarter's incident count nowhere
    dict(
        text=(
            "台灣AI資安市場規模（單位：新台幣億元）\n"
            "項目        2024     2025F\n"
            "網路安全    98.6     118.2\n"
            "端點防護    74.3      86.9\n"
            "身分識別    61.5      79.8\n"
            "資料安全    77.6      95.1\n"
            "合計       312.0     380.0\n"
            "資料來源：翠峰產業研究所。另據統計，2024年第四季企業資安事件通報件數為1,316件。"
        ),
        obs=[
            ("網路安全", 2024, 98.6, "TWD 100 million", "actual"),
            ("網路安全", 2025, 118.2, "TWD 100 million", "estimate"),
            ("端點防護", 2024, 74.3, "TWD 100 million", "actual"),
            ("端點防護", 2025, 86.9, "TWD 100 million", "estimate"),
            ("身分識別", 2024, 61.5, "TWD 100 million", "actual"),
            ("身分識別", 2025, 79.8, "TWD 100 million", "estimate"),
            ("資料安全", 2024, 77.6, "TWD 100 million", "actual"),
            ("資料安全", 2025, 95.1, "TWD 100 million", "estimate"),
            ("合計", 2024, 312.0, "TWD 100 million", "actual"),
            ("合計", 2025, 380.0, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 98.6 + 74.3 + 61.5 + 77.6 = 312.0 = printed 312.0
            ("hierarchy", "exact"),
            # 2025F: 118.2 + 86.9 + 79.8 + 95.1 = 380.0 = printed 380.0
            ("hierarchy", "exact"),
        ],
    ),
    # 38. English tab-separated vertical table, Japan by fiscal year, a lone value column headed "¥ billion"
    #     (-> Total, JPY billion), FY2025e/FY2026e estimates, a YoY column all exact; a panel count and a budget
    #     share nowhere
    dict(
        text=(
            "Japan: AI security market by fiscal year (Shirakaba IT Research)\n"
            "Fiscal year\t¥ billion\tYoY\n"
            "FY2022\t41.3\t—\n"
            "FY2023\t53.8\t30.3%\n"
            "FY2024\t68.5\t27.3%\n"
            "FY2025e\t86.0\t25.5%\n"
            "FY2026e\t106.9\t24.3%\n"
            "Shirakaba's panel of 820 IT managers put security at 11% of their IT budgets."
        ),
        obs=[
            ("Total", 2022, 41.3, "JPY billion", "actual"),
            ("Total", 2023, 53.8, "JPY billion", "actual"),
            ("Total", 2024, 68.5, "JPY billion", "actual"),
            ("Total", 2025, 86.0, "JPY billion", "estimate"),
            ("Total", 2026, 106.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2022, 2023, 1.0),
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.5, "percent", 2024, 2025, 1.0),
            ("growth", 24.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 73.8 / 41.3 - 1 = 30.266% -> 30.3 printed 30.3
            ("cagr|implied", "exact"),
            # 88.5 / 53.8 - 1 = 27.323% -> 27.3 printed 27.3
            ("cagr|implied", "exact"),
            # 106.0 / 68.5 - 1 = 25.547% -> 25.5 printed 25.5
            ("cagr|implied", "exact"),
            # 126.9 / 86.0 - 1 = 24.302% -> 24.3 printed 24.3
            ("cagr|implied", "exact"),
        ],
    ),
    # 39. English space-aligned table of three separate markets (rows, no total), 2024 and 2030F with a
    #     "CAGR 2024-30" column (stated); fraud losses and the consultancy's analyst headcount nowhere
    dict(
        text=(
            "Market                   2024    2030F   CAGR 2024-30\n"
            "AI fraud detection        9.4    27.8    19.8%\n"
            "Identity verification    12.6    31.5    16.5%\n"
            "Deepfake detection        0.9     5.6    35.6%\n"
            "(US$ billion; source: Kestrel Lane Research)\n"
            "For comparison, consumers and businesses reported $12.5 billion in fraud losses in 2024. Kestrel "
            "employs 240 analysts."
        ),
        obs=[
            ("AI fraud detection", 2024, 9.4, "USD billion", "actual"),
            ("AI fraud detection", 2030, 27.8, "USD billion", "estimate"),
            ("Identity verification", 2024, 12.6, "USD billion", "actual"),
            ("Identity verification", 2030, 31.5, "USD billion", "estimate"),
            ("Deepfake detection", 2024, 0.9, "USD billion", "actual"),
            ("Deepfake detection", 2030, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 35.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (27.8 / 9.4) ** (1/6) - 1 = 19.808% -> 19.8 printed 19.8
            ("cagr|implied", "exact"),
            # (31.5 / 12.6) ** (1/6) - 1 = 2.5 ** (1/6) - 1 = 16.499% -> 16.5 printed 16.5
            ("cagr|implied", "exact"),
            # (5.6 / 0.9) ** (1/6) - 1 = 35.620% -> 35.6 printed 35.6
            ("cagr|implied", "exact"),
        ],
    ),
    # 40. Simplified Chinese pipe table, AI governance and compliance software by segment for 2024 with amounts,
    #     shares and a 合计 row at 100% (no claim); three shares exact, one only within rounding, the rows add
    #     to the total; fines and a survey answer nowhere
    dict(
        text=(
            "2024年中国AI治理与合规软件市场结构\n"
            "| 细分领域 | 规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 模型风险管理 | 12.4 | 31.6% |\n"
            "| 数据合规与隐私 | 10.9 | 27.8% |\n"
            "| 内容安全审核 | 9.7 | 24.8% |\n"
            "| 审计与报告 | 6.2 | 15.8% |\n"
            "| 合计 | 39.2 | 100% |\n"
            "注：监管部门2024年对违规企业开出的罚款合计约2.3亿元，不计入市场规模。另有调查显示，58%的受访企业已设立AI治理岗位。"
        ),
        obs=[
            ("模型风险管理", 2024, 12.4, "CNY 100 million", "actual"),
            ("数据合规与隐私", 2024, 10.9, "CNY 100 million", "actual"),
            ("内容安全审核", 2024, 9.7, "CNY 100 million", "actual"),
            ("审计与报告", 2024, 6.2, "CNY 100 million", "actual"),
            ("合计", 2024, 39.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 27.8, "percent", 2024, 2024, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 15.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 32.4 / 39.2 = 31.633% -> 31.6 printed 31.6
            ("arithmetic", "exact"),
            # 30.9 / 39.2 = 27.806% -> 27.8 printed 27.8
            ("arithmetic", "exact"),
            # 29.7 / 39.2 = 24.745% -> 24.7, not 24.8; bounds 9.65 / 39.25 = 24.586% .. 9.75 / 39.15 = 24.904%:
            # 44.8 inside -> rounding
            ("arithmetic", "rounding"),
            # 26.2 / 39.2 = 15.816% -> 15.8 printed 15.8
            ("arithmetic", "exact"),
            # 32.4 + 10.9 + 9.7 + 6.2 = 39.2 = printed 39.2
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-nineteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 10, 'exact': 58}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 16.3% over 2024-2030',
    '$1.42 billion last year and expects $1.93 billion this year',
    'somewhere between $4 billion and $4.5 billion',
    'call it 21% a year',
    'up 27.4% from ¥116.2 billion a year earlier',
    'reach HK$1.15 billion in 2027, a compound',
    'a year ago it had pencilled in $9.8 billion for 2029',
    '£567m of that, or 42% of the total',
    'grow more than fivefold to $3.4 billion by 2029 from $640 million',
    '2024—2027年年均复合增长率约为29%',
    '新台幣86.4億元，預估今年將成長至112億元，年增29.6%',
    '2023至2028年複合年增長率達20.2%',
    '较2022年增长3倍至32亿元',
    '较2023年的24.5亿元同比增长38.6%',
    '| Total | 20.4 | 24.7 | 29.9 | 100% |',
    '合计\t186.5\t243.5\t315.5',
    '2025F            455    22.6%',
    '| 2025（預估） | 52.0 | 31.6% |',
    'Total                      715      880     1,096',
    '| 拦截诈骗电话（亿次） | 27.5 | 31.8 |',
    'a compound annual growth rate of 17.5% over 2024-2030',
    'rose 21.8% to $9.4 billion in 2024 from $7.8 billion in 2023',
    'an average annual increase of 20.0%',
    'call it roughly 40% a year',
    'HK$1.3 billion in 2027',
    '同比增长27.4%',
    '较上年的8.6亿元增长67%',
    '占比38.5%',
    '预计2030年将达到1.02万亿元',
    '年複合成長率23.3%',
    '按年增長17.9%',
    '亿日元',
    '由此前的约400亿元上调至463.5亿元',
    '较2021年增长3倍',
    '| Total | 11.7 | 14.6 | 18.2 |',
    '年份\t亿元\t同比',
    '合計       312.0     380.0',
    'FY2025e\t86.0\t25.5%',
    'CAGR 2024-30',
    '| 合计 | 39.2 | 100% |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 169
#: figures, 48 rates, 68 verdicts and 3 false inconsistent
#: after the readings chosen on the hundred-and-sixteenth and hundred-and-eighteenth sets: 169, 48, 68 and 3;
#: after those chosen on the hundred-and-twentieth and hundred-and-twenty-second: 181, 48, 68 and 3
FLOORS = {"figures_found": 186, "rates_found": 48, "verdicts_right": 73}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset119.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
