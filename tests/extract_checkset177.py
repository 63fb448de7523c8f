"""A hundred-and-seventy-seventh check set for the extractor, written blind: AI in cybersecurity and fraud prevention: AI
threat detection and response (XDR, SOC copilots), AI fraud detection for banks and payments, identity and deepfake
detection, AI email security, security analytics; sized in money by security vendors' investor materials, analyst
firms, payment networks, central banks' and regulators' reports, national cybersecurity agencies' plans, brokers and
research houses in the United States, Israel, Singapore, Germany, Japan, mainland China, Taiwan and Hong Kong.
Distractors a careful reader leaves out: losses to fraud and cybercrime, ransom payments, numbers of attacks,
breaches, alerts or incidents, headcounts of analysts, the whole cybersecurity market beside the AI part, a vendor's
own revenue/ARR/billings, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty invented snippets on AI in cybersecurity and fraud prevention: eight English prose pieces (an
Austin wire release, a Tokyo broker note in fiscal years and yen, a Singapore briefing with segment shares, a Tel Aviv
news story quoting two research houses, a New York investor-day transcript sizing a TAM, a German federal plan with
targets, a research note with a correction and a range, a venture investor's blog post), seven Chinese prose pieces
(three in Traditional characters, in NT dollars, HK dollars and US dollars) and five tables (markdown with E/F columns
and a Total row, space-aligned years-as-rows with YoY, tab-separated 亿元 with 合计, tab-separated fiscal years with a
CAGR column, a Traditional pipe table with shares). Distractors left out: fraud and scam losses, ransom payments,
counts of attacks, alerts and cases, analyst headcounts, the whole cybersecurity market, vendors' revenue/ARR, funding
rounds, quarters, target prices, survey percentages, a second publisher's figure and a corrected-away figure.
Inconsistent: the 28.4% CAGR in 11 and the 30.9% YoY in 17. Rounding only: the 25% share in 3, the 18% CAGR in 5, the
20.1% growth in 12, the 18.3% CAGR in 19 and the 2025E total in 16.

Snippets 21-40: Snippets 21-40 size AI in cybersecurity and fraud prevention. Eight are English prose: an earnings
call sizing a TAM "this year", a working-paper abstract, a social thread, a Singapore web article with a correction,
an annual-report letter, investor-day bullets, a forum answer citing two publishers, a Frankfurt broker note with a
Swiss-franc aside. Seven are Chinese prose, three in Traditional: a Xinhua-style release, a ministry plan, a Taiwanese
institute release, a Hong Kong press report, a Taiwanese forum post, a brokerage abstract with a 2028 range and a 增长4倍
multiple, a results-briefing transcript. Five are tables: markdown segments with a total, a fiscal-year table headed
only by 億円 with YoY, a Simplified table with 合计, a regional CAGR table, a Hong Kong share table. Left out: fraud
losses, blocked calls, alerts, funding, vendor revenue, quarters, survey answers, shares in words, the whole security
market, a second publisher's figure, the pre-correction figure, francs. Inconsistent: the Frankfurt CAGR and Hong Kong
growth. Rounding only: four prose rates, one YoY, one regional CAGR, the banking share, the 2023 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Austin wire press release from an analyst firm: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: ransomware payments, CISOs surveyed, the whole cybersecurity spending figure, the dateline.
    dict(
        text=(
            "AUSTIN, Texas, Feb. 18, 2025 /PRNewswire/ -- Global spending on AI-native extended detection and "
            "response (XDR) platforms grew 24% to $3.1 billion in 2024, up from $2.5 billion in 2023, according to "
            "a new study from Bluebonnet Signal Research. The firm, which interviewed 1,150 chief information "
            "security officers, projects the segment will reach $9.8 billion by 2030, implying a compound annual "
            "growth rate of 21.1% from 2024 through 2030. AI-native XDR remains a sliver of overall security "
            "outlays, which Bluebonnet puts at $212 billion for 2024. \"Boards saw ransom payments of roughly "
            "$813 million last year and decided detection had to get faster,\" said principal analyst Dana Whitcomb."
        ),
        obs=[
            ("Total", 2023, 2.5, "USD billion", "actual"),
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.5) ** (1 / 1) - 1 = 24.00% -> 24
            ("cagr|implied", "exact"),  # (9.8 / 3.1) ** (1 / 6) - 1 = 21.15% -> 21.1
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen; CAGR span given only by its amounts' years.
    #    Expected nowhere: the note's date, special-fraud losses, the covered company's sales and quarter, TP and upside.
    dict(
        text=(
            "JAPAN SECURITY SOFTWARE | Sector update | Tokyo, 14 May 2025\n"
            "Banks are finally buying the machine. We size Japan's market for AI-based transaction fraud detection at "
            "¥118.4bn in FY2024 and see it reaching ¥265bn by FY2029e - a 17.5% CAGR - as regional lenders replace "
            "rules engines ahead of the FSA's tighter AML guidance. The pain is real: police data put losses to "
            "special fraud and investment scams at ¥72.2bn in 2024. Our preferred name, Kaede Sentinel (Buy, TP "
            "¥4,850, 23% upside), grew FY2024 sales 19% to ¥31.6bn and booked ¥8.9bn in 4Q alone."
        ),
        obs=[
            ("Total", 2024, 118.4, "JPY billion", "actual"),
            ("Total", 2029, 265, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (265 / 118.4) ** (1 / 5) - 1 = 17.48% -> 17.5
        ],
    ),
    # 3. Singapore research briefing: a total and two segments with shares; one share holds only by rounding.
    #    Expected nowhere: scam losses in S$, the number of reported scam cases, the count of banks surveyed.
    dict(
        text=(
            "Singapore, 9 April 2025 - Banks, wallets and merchants across Southeast Asia spent USD 1.84 billion on "
            "AI-driven fraud prevention in 2024, Straits Ledger Insights estimates in a briefing released today. "
            "Card-not-present payment screening took USD 0.71 billion of that, or 39%, while account-takeover "
            "and mule-account detection took USD 0.47 billion, about 25%. Victims in Singapore alone lost "
            "S$1.1 billion to scams last year across more than 51,000 reported cases, and 38 banks told the "
            "researchers they plan to raise budgets. The house sees regional spending at USD 3.6 billion in 2028."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Card-not-present payment screening", 2024, 0.71, "USD billion", "actual"),
            ("Account-takeover and mule-account detection", 2024, 0.47, "USD billion", "actual"),
            ("Total", 2028, 3.6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.71 / 1.84 = 38.59% -> 39
            # 0.47 / 1.84 = 25.54% -> 26, not 25; bounds 0.465 / 1.845 = 25.20%, 0.475 / 1.835 = 25.89%
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Tel Aviv news article quoting two research houses; series unit USD million, so the 2030 billion figure is
    #    converted. Expected nowhere: the second house's 2024 figure, the start-up's round and valuation, deepfake losses.
    dict(
        text=(
            "TEL AVIV, July 2, 2025 - Fake voices are now a line item. The global market for deepfake and synthetic-"
            "media detection tools stood at US$640 million in 2024 and should climb to US$3.9 billion by 2030, a "
            "compound annual growth rate of 35.1%, according to Herzliya-based Cedar Gate Research. Haifa's Orion "
            "Market Intelligence is more bullish, pegging last year's market at US$820 million. Either way, the "
            "money is following: local start-up VeriFace closed a US$55 million Series B this week at a valuation "
            "near US$400 million. One Hong Kong firm lost US$25 million to a cloned-CFO video call last year."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 3900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 35.1, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3900 / 640) ** (1 / 6) - 1 = 35.15% -> 35.1
        ],
    ),
    # 5. New York investor-day transcript: a vendor sizes its TAM this year and in 2028; the CAGR holds only by rounding.
    #    Expected nowhere: the company's ARR and customers, daily alerts, the analyst shortage, the quarter's revenue.
    dict(
        text=(
            "Halyard Security Investor Day 2025 - New York, September 16, 2025 - Transcript\n"
            "MARK ODUYA, CHIEF EXECUTIVE OFFICER: So let me size the opportunity. We think the total addressable "
            "market for AI-driven security operations - autonomous triage, SOC copilots, response - is $48 billion "
            "this year, and we see it getting to roughly $80 billion in 2028. That's about an 18% compound growth "
            "rate. Today we're at $1.46 billion of ARR across 4,100 customers, and our platform chews through "
            "3.4 million alerts a day. The industry is short something like 3.5 million security analysts, so the "
            "work has to be automated. Our second-quarter revenue, $391 million, was up 27%."
        ),
        obs=[
            ("Total", 2025, 48, "USD billion", "estimate"),
            ("Total", 2028, 80, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (80 / 48) ** (1 / 3) - 1 = 18.56% -> 19, not 18; bounds (79.5 / 48.5) ** (1/3) - 1 = 17.91%,
            # (80.5 / 47.5) ** (1/3) - 1 = 19.23%
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. German federal government plan with a target and a stated CAGR span.
    #    Expected nowhere: cybercrime damage to the economy, new federal posts, reported ransomware incidents, plan year.
    dict(
        text=(
            "Berlin, 3 March 2025 - Under the Federal Government's new AI Security Agenda 2030, adopted by the cabinet "
            "today, the domestic market for AI-based security analytics and threat detection is to grow from "
            "EUR 1.9 billion in 2024 to EUR 5 billion in 2030, an average increase of 17.5% a year between 2024 and "
            "2030. The agenda funds 1,200 new posts at the federal cyber security office and a detection network "
            "for hospitals and utilities. According to industry estimates, cyberattacks, data theft and sabotage "
            "cost German companies EUR 267 billion last year; more than 950 ransomware incidents were reported."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2030, 5, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5 / 1.9) ** (1 / 6) - 1 = 17.50% -> 17.5
        ],
    ),
    # 7. Boston research note with a correction and a 2029 range; YoY growth with both amounts.
    #    Expected nowhere: the corrected-away 2024 figure, BEC losses, phishing e-mail counts, the note number.
    dict(
        text=(
            "Research Note RN-25-117 | Charlesgate Analytics | Boston, 22 January 2025\n"
            "AI e-mail security: from filter to analyst. The market for AI-based e-mail security - behavioural "
            "phishing detection, business e-mail compromise (BEC) defence and automated mailbox remediation - came to "
            "$2.19 billion in 2024, up 18% from $1.86 billion a year earlier. We expect spending of $4.1 billion to "
            "$4.6 billion in 2029. BEC scams alone cost U.S. victims about $2.9 billion last year, and our sensor "
            "panel logged 4.7 billion malicious messages.\n"
            "Correction: an earlier version of this note gave the 2024 market size as $2.91 billion. The correct "
            "figure is $2.19 billion."
        ),
        obs=[
            ("Total", 2023, 1.86, "USD billion", "actual"),
            ("Total", 2024, 2.19, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("value", 4.1, "USD billion", 2029, 2029, None),
            ("value", 4.6, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.19 / 1.86) ** (1 / 1) - 1 = 17.74% -> 18
        ],
    ),
    # 8. A venture investor's blog post with "last year"/"this year" and a multiple.
    #    Expected nowhere: the fund size, a deepfake heist loss, a portfolio company's ARR and seed round.
    dict(
        text=(
            "Why we keep writing identity checks | March 3, 2025\n"
            "By Priya Nandakumar, general partner at Keel Ventures\n"
            "Here's the number I keep coming back to: buyers spent about $4.3 billion last year on AI tools that "
            "catch synthetic identities, injected selfies and deepfaked liveness checks. This year it should clear "
            "$5 billion, and I'd bet it's 3x last year's size by 2030. When one engineering firm can wire away $25 million "
            "after a faked video call, identity is the new perimeter. That's why our $180 million Fund II has "
            "put money into four companies here, including one that crossed $12 million ARR eighteen months after "
            "its $4 million seed."
        ),
        obs=[
            ("Total", 2024, 4.3, "USD billion", "actual"),
            ("Total", 2025, 5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland China industry report (Simplified): YoY growth and a stated-span CAGR.
    #    Expected nowhere: the whole cybersecurity market, the number of firms surveyed, the report number.
    dict(
        text=(
            "《2025中国人工智能安全产业发展报告》（编号CAISR-2025-03）显示，2024年我国“AI+网络安全”市场规模达到"
            "186.5亿元，较2023年的146.5亿元同比增长27.3%，增速明显高于网络安全市场整体水平。报告基于对320家企业的"
            "调研指出，大模型驱动的威胁检测、智能安全运营与数据安全治理成为主要增长点。报告预计，到2028年该市场规模将"
            "达到512亿元，2024—2028年复合增长率为28.7%。同期，我国网络安全市场整体规模约为750亿元。"
        ),
        obs=[
            ("Total", 2023, 146.5, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2028, 512, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.5 / 146.5) ** (1 / 1) - 1 = 27.30% -> 27.3
            ("cagr|implied", "exact"),  # (512 / 186.5) ** (1 / 4) - 1 = 28.72% -> 28.7
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 target and 增长3倍 (kept as x3, no verdict).
    #     Expected nowhere: the document number, the plan's title years, firm counts, talent headcount, whole cyber industry.
    dict(
        text=(
            "广东省人民政府办公厅关于印发《广东省人工智能赋能网络安全三年行动计划（2025—2027年）》的通知"
            "（粤府办〔2025〕12号）\n"
            "二、主要目标。到2027年，全省人工智能安全产业规模力争突破300亿元，较2022年增长3倍；培育10家以上具有"
            "全国影响力的智能安全龙头企业，培养智能安全专业人才2万名。2022年，全省人工智能安全相关产业规模约为72亿元，"
            "网络安全产业整体规模超过1200亿元。"
        ),
        obs=[
            ("Total", 2022, 72, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes; the CAGR is a typo (28.4% for 24.4%).
    #     Expected nowhere: the second institute's 2024 figure, intercepted calls, telecom-fraud losses.
    dict(
        text=(
            "新华财经北京6月18日电 记者从中国金融科技安全研究院获悉，2024年我国金融领域AI反欺诈市场规模为92.4亿元，"
            "预计2027年将达到178亿元，2024年至2027年年均复合增长率为28.4%。研究院指出，银行、支付机构正加快以大模型"
            "替换传统规则引擎。另一家机构北方数智研究所的测算更为乐观，认为2024年该市场规模已达110亿元。据公安部门通报，"
            "去年全国共拦截诈骗电话27.5亿次，为群众避免损失超过3000亿元。"
        ),
        obs=[
            ("Total", 2024, 92.4, "CNY 100 million", "actual"),
            ("Total", 2027, 178, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (178 / 92.4) ** (1 / 3) - 1 = 24.43%; bounds (177.5 / 92.45) ** (1/3) - 1 = 24.29%,
            # (178.5 / 92.35) ** (1/3) - 1 = 24.57% -> 28.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association report (Traditional), 新台幣億元; the YoY rate holds only by rounding.
    #     Expected nowhere: member count, security incidents reported, fraud losses.
    dict(
        text=(
            "台灣資安產業協會今（20）日發布《2025台灣AI資安市場白皮書》指出，2024年台灣AI資安市場規模達新台幣128億元，"
            "較2023年的107億元年增20.1%，主要來自金融業與半導體供應鏈導入AI威脅偵測與自動化應變。協會預估，"
            "2026年市場規模將達新台幣185億元，2024至2026年年複合成長率約20%。協會目前有會員廠商186家；"
            "去年國內通報資安事件逾4,300件，詐騙財損約新台幣122億元。"
        ),
        obs=[
            ("Total", 2023, 107, "TWD 100 million", "actual"),
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2026, 185, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (128 / 107) ** (1 / 1) - 1 = 19.63% -> 19.6, not 20.1; bounds 127.5 / 107.5 - 1 = 18.60%,
            # 128.5 / 106.5 - 1 = 20.66%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (185 / 128) ** (1 / 2) - 1 = 20.22% -> 20
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 with a part and its share, plus a forecast.
    #     Expected nowhere: scam losses, the number of scam cases, the bank count.
    dict(
        text=(
            "【本報訊】香港銀行業正加碼以人工智能堵截騙案。業界研究機構維港金融科技研究所昨日（5月27日）發表報告，估計"
            "2024年本港銀行在AI反詐騙方案上的支出約為38.6億港元，其中轉數快即時支付交易監控支出為14.2億港元，"
            "佔約37%。報告預計，2027年有關支出將增至65億港元。警方數字顯示，去年全港共錄得約4.4萬宗詐騙案，損失逾91億"
            "港元；目前已有23間銀行接入可疑賬戶警示系統。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("轉數快即時支付交易監控", 2024, 14.2, "HKD 100 million", "actual"),
            ("Total", 2027, 65, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.2 / 38.6 = 36.79% -> 37
        ],
    ),
    # 14. Mainland story (Simplified) using 去年/今年 with a dateline of June 2025; approximate figures.
    #     Expected nowhere: phishing e-mail counts, a vendor's revenue, the first quarter's figure.
    dict(
        text=(
            "本报杭州2025年6月10日讯 生成式AI让钓鱼邮件“越写越像真”，也让防守方加速换装。据浙江省网络安全协会测算，"
            "去年国内AI邮件安全市场规模约为23.8亿元，今年有望达到30亿元，同比增长约26%。仅今年一季度，该市场规模就"
            "已达6.1亿元。协会监测显示，去年国内企业邮箱共收到钓鱼邮件约12亿封。本地厂商云盾科技去年营收4.7亿元，"
            "同比增长35%。"
        ),
        obs=[
            ("Total", 2024, 23.8, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30 / 23.8) ** (1 / 1) - 1 = 26.05% -> 26
        ],
    ),
    # 15. Taiwanese broker deep-dive (Traditional) in 億美元 with a target price; a share without its part.
    #     Expected nowhere: the rating, target price and upside, the company's revenue and EPS.
    dict(
        text=(
            "深度報告｜群峰證券投顧｜2025年8月12日\n"
            "身分即邊界：AI身分驗證與深偽偵測的黃金十年。我們預估全球AI身分驗證與深偽偵測市場將由2024年的52億美元"
            "成長至2028年的131億美元，2024至2028年年複合成長率達26.0%，其中2024年深偽偵測約占18%。首次評等聯信智安"
            "（6928）為「買進」，目標價新台幣685元，潛在上漲空間31%；預估公司2025年營收年增42%至新台幣38.5億元，"
            "每股盈餘新台幣14.2元。"
        ),
        obs=[
            ("Total", 2024, 52, "USD 100 million", "actual"),
            ("Total", 2028, 131, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2024, 2028, None, "stated"),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131 / 52) ** (1 / 4) - 1 = 25.98% -> 26.0
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a Total row; 2025E total adds only by rounding.
    #     Expected nowhere: the table number, fraud losses in the note.
    dict(
        text=(
            "Table 2: Global spending on AI fraud detection by end market (USD billion)\n"
            "\n"
            "| End market | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Banking | 4.82 | 5.71 | 6.64 | 8.93 |\n"
            "| Payments & e-commerce | 3.15 | 3.88 | 4.72 | 6.90 |\n"
            "| Insurance | 1.07 | 1.24 | 1.43 | 1.88 |\n"
            "| Other | 0.86 | 0.97 | 1.09 | 1.38 |\n"
            "| Total | 9.90 | 11.80 | 13.89 | 19.09 |\n"
            "\n"
            "Source: Meridian Payments Research, April 2025. Note: global card fraud losses were about $34 billion "
            "in 2024. Totals may not sum due to rounding."
        ),
        obs=[
            ("Banking", 2023, 4.82, "USD billion", "actual"),
            ("Banking", 2024, 5.71, "USD billion", "actual"),
            ("Banking", 2025, 6.64, "USD billion", "estimate"),
            ("Banking", 2027, 8.93, "USD billion", "estimate"),
            ("Payments & e-commerce", 2023, 3.15, "USD billion", "actual"),
            ("Payments & e-commerce", 2024, 3.88, "USD billion", "actual"),
            ("Payments & e-commerce", 2025, 4.72, "USD billion", "estimate"),
            ("Payments & e-commerce", 2027, 6.90, "USD billion", "estimate"),
            ("Insurance", 2023, 1.07, "USD billion", "actual"),
            ("Insurance", 2024, 1.24, "USD billion", "actual"),
            ("Insurance", 2025, 1.43, "USD billion", "estimate"),
            ("Insurance", 2027, 1.88, "USD billion", "estimate"),
            ("Other", 2023, 0.86, "USD billion", "actual"),
            ("Other", 2024, 0.97, "USD billion", "actual"),
            ("Other", 2025, 1.09, "USD billion", "estimate"),
            ("Other", 2027, 1.38, "USD billion", "estimate"),
            ("Total", 2023, 9.90, "USD billion", "actual"),
            ("Total", 2024, 11.80, "USD billion", "actual"),
            ("Total", 2025, 13.89, "USD billion", "estimate"),
            ("Total", 2027, 19.09, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.82 + 3.15 + 1.07 + 0.86 = 9.90
            ("hierarchy", "exact"),  # 2024: 5.71 + 3.88 + 1.24 + 0.97 = 11.80
            # 2025E: 6.64 + 4.72 + 1.43 + 1.09 = 13.88 vs 13.89; bounds 13.86..13.90 for the rows,
            # total 13.885..13.895 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 8.93 + 6.90 + 1.88 + 1.38 = 19.09
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone unit column (Total) and a YoY column; the 2026E YoY is a typo.
    #     Expected nowhere: the exhibit number, the source date.
    dict(
        text=(
            "Exhibit 5. Global spending on AI SOC copilots\n"
            "Year      USD million      YoY\n"
            "2021              212        -\n"
            "2022              305    43.9%\n"
            "2023              468    53.4%\n"
            "2024              731    56.2%\n"
            "2025E           1,090    49.1%\n"
            "2026E           1,515    30.9%\n"
            "Source: Jaffa Street Capital estimates, June 2025"
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 305, "USD million", "actual"),
            ("Total", 2023, 468, "USD million", "actual"),
            ("Total", 2024, 731, "USD million", "actual"),
            ("Total", 2025, 1090, "USD million", "estimate"),
            ("Total", 2026, 1515, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 43.9, "percent", 2021, 2022, 1.0),
            ("growth", 53.4, "percent", 2022, 2023, 1.0),
            ("growth", 56.2, "percent", 2023, 2024, 1.0),
            ("growth", 49.1, "percent", 2024, 2025, 1.0),
            ("growth", 30.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 305 / 212 - 1 = 43.87% -> 43.9
            ("cagr|implied", "exact"),  # 468 / 305 - 1 = 53.44% -> 53.4
            ("cagr|implied", "exact"),  # 731 / 468 - 1 = 56.20% -> 56.2
            ("cagr|implied", "exact"),  # 1090 / 731 - 1 = 49.11% -> 49.1
            # 1515 / 1090 - 1 = 38.99%; bounds 1514.5 / 1090.5 - 1 = 38.88%, 1515.5 / 1089.5 - 1 = 39.10%
            # -> 30.9 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元 with a 合计 row.
    #     Expected nowhere: the table number, the source year.
    dict(
        text=(
            "表3  2023—2025年中国AI安全细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025E\n"
            "威胁检测与响应\t52.6\t68.3\t87.9\n"
            "金融反欺诈\t41.2\t50.8\t62.4\n"
            "身份与深度伪造检测\t18.7\t27.5\t39.6\n"
            "AI安全分析\t33.9\t40.1\t47.2\n"
            "合计\t146.4\t186.7\t237.1\n"
            "资料来源：东岳证券研究所，2025年3月"
        ),
        obs=[
            ("威胁检测与响应", 2023, 52.6, "CNY 100 million", "actual"),
            ("威胁检测与响应", 2024, 68.3, "CNY 100 million", "actual"),
            ("威胁检测与响应", 2025, 87.9, "CNY 100 million", "estimate"),
            ("金融反欺诈", 2023, 41.2, "CNY 100 million", "actual"),
            ("金融反欺诈", 2024, 50.8, "CNY 100 million", "actual"),
            ("金融反欺诈", 2025, 62.4, "CNY 100 million", "estimate"),
            ("身份与深度伪造检测", 2023, 18.7, "CNY 100 million", "actual"),
            ("身份与深度伪造检测", 2024, 27.5, "CNY 100 million", "actual"),
            ("身份与深度伪造检测", 2025, 39.6, "CNY 100 million", "estimate"),
            ("AI安全分析", 2023, 33.9, "CNY 100 million", "actual"),
            ("AI安全分析", 2024, 40.1, "CNY 100 million", "actual"),
            ("AI安全分析", 2025, 47.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 146.4, "CNY 100 million", "actual"),
            ("合计", 2024, 186.7, "CNY 100 million", "actual"),
            ("合计", 2025, 237.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 52.6 + 41.2 + 18.7 + 33.9 = 146.4
            ("hierarchy", "exact"),  # 2024: 68.3 + 50.8 + 27.5 + 40.1 = 186.7
            ("hierarchy", "exact"),  # 2025E: 87.9 + 62.4 + 39.6 + 47.2 = 237.1
        ],
    ),
    # 19. Tab-separated fiscal-year table (JPY billion) with a Total row and a CAGR FY24-26E column; the AI fraud
    #     detection CAGR holds only by rounding. Expected nowhere: the broker's name and date.
    dict(
        text=(
            "Japan: AI security market by segment (¥bn)\n"
            "Segment\tFY2023\tFY2024\tFY2025E\tFY2026E\tCAGR FY24-26E\n"
            "AI threat detection & response\t61.2\t74.8\t90.5\t108.3\t20.3%\n"
            "AI fraud detection\t38.5\t45.1\t53.9\t63.0\t18.3%\n"
            "AI email security\t12.4\t15.0\t17.8\t21.1\t18.6%\n"
            "Total\t112.1\t134.9\t162.2\t192.4\t19.4%\n"
            "Source: Marunouchi Securities estimates, 30 June 2025"
        ),
        obs=[
            ("AI threat detection & response", 2023, 61.2, "JPY billion", "actual"),
            ("AI threat detection & response", 2024, 74.8, "JPY billion", "actual"),
            ("AI threat detection & response", 2025, 90.5, "JPY billion", "estimate"),
            ("AI threat detection & response", 2026, 108.3, "JPY billion", "estimate"),
            ("AI fraud detection", 2023, 38.5, "JPY billion", "actual"),
            ("AI fraud detection", 2024, 45.1, "JPY billion", "actual"),
            ("AI fraud detection", 2025, 53.9, "JPY billion", "estimate"),
            ("AI fraud detection", 2026, 63.0, "JPY billion", "estimate"),
            ("AI email security", 2023, 12.4, "JPY billion", "actual"),
            ("AI email security", 2024, 15.0, "JPY billion", "actual"),
            ("AI email security", 2025, 17.8, "JPY billion", "estimate"),
            ("AI email security", 2026, 21.1, "JPY billion", "estimate"),
            ("Total", 2023, 112.1, "JPY billion", "actual"),
            ("Total", 2024, 134.9, "JPY billion", "actual"),
            ("Total", 2025, 162.2, "JPY billion", "estimate"),
            ("Total", 2026, 192.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (108.3 / 74.8) ** (1 / 2) - 1 = 20.33% -> 20.3
            # (63.0 / 45.1) ** (1 / 2) - 1 = 18.19% -> 18.2, not 18.3; bounds (62.95 / 45.15) ** (1/2) - 1 = 18.08%,
            # (63.05 / 45.05) ** (1/2) - 1 = 18.30%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (21.1 / 15.0) ** (1 / 2) - 1 = 18.60% -> 18.6
            ("cagr|implied", "exact"),  # (192.4 / 134.9) ** (1 / 2) - 1 = 19.43% -> 19.4
            ("hierarchy", "exact"),  # FY2023: 61.2 + 38.5 + 12.4 = 112.1
            ("hierarchy", "exact"),  # FY2024: 74.8 + 45.1 + 15.0 = 134.9
            ("hierarchy", "exact"),  # FY2025E: 90.5 + 53.9 + 17.8 = 162.2
            ("hierarchy", "exact"),  # FY2026E: 108.3 + 63.0 + 21.1 = 192.4
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (its 100% is no claim).
    #     Expected nowhere: the table number, the source line.
    dict(
        text=(
            "表四、2024年台灣AI資安市場結構\n"
            "| 項目 | 2024年（新台幣百萬元） | 占比 |\n"
            "|---|---:|---:|\n"
            "| AI威脅偵測與回應 | 5,240 | 41.0% |\n"
            "| 金融AI防詐 | 3,380 | 26.4% |\n"
            "| 身分驗證與深偽偵測 | 2,110 | 16.5% |\n"
            "| AI資安分析 | 2,060 | 16.1% |\n"
            "| 合計 | 12,790 | 100.0% |\n"
            "資料來源：資策會產業情報研究所（MIC）推估，2025年4月"
        ),
        obs=[
            ("AI威脅偵測與回應", 2024, 5240, "TWD million", "actual"),
            ("金融AI防詐", 2024, 3380, "TWD million", "actual"),
            ("身分驗證與深偽偵測", 2024, 2110, "TWD million", "actual"),
            ("AI資安分析", 2024, 2060, "TWD million", "actual"),
            ("合計", 2024, 12790, "TWD million", "actual"),
        ],
        claims=[
            ("share", 41.0, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 16.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5240 / 12790 = 40.97% -> 41.0
            ("arithmetic", "exact"),  # 3380 / 12790 = 26.43% -> 26.4
            ("arithmetic", "exact"),  # 2110 / 12790 = 16.50% (16.497) -> 16.5
            ("arithmetic", "exact"),  # 2060 / 12790 = 16.11% -> 16.1
            ("hierarchy", "exact"),  # 5240 + 3380 + 2110 + 2060 = 12790
        ],
    ),
    # 21. Earnings-call transcript, US security vendor sizing its TAM "this year" (2025, estimate) and for 2028; CAGR
    #     whose span only the amounts' years give. Expected nowhere: ARR and its growth, net new customers, alerts
    #     triaged, revenue guidance, the analyst's firm.
    dict(
        text=(
            "Sentrava Networks, Inc. (NASDAQ: SNTV) Third-Quarter 2025 Earnings Call - November 5, 2025\n"
            "Dana Whitcombe, Chief Executive Officer: Thanks, operator, and good afternoon. ARR ended the quarter "
            "at $1.26 billion, up 29% year over year, and we added 412 net new customers. Our SOC copilot triaged "
            "about 1.8 million alerts for customers in the quarter, and we are raising full-year revenue guidance "
            "to $4.92 billion. Let me spend a minute on the opportunity, because I get asked about it on every "
            "roadshow. When you add up AI-driven detection and response - XDR, next-gen SIEM and the copilot layer "
            "that sits on top - we think the addressable market is about $38 billion this year, and we see it "
            "getting to $71 billion by 2028. That's a compound annual growth rate of roughly 23%, and it's why we "
            "keep investing ahead of it.\n"
            "Operator: Our next question comes from Priya Natarajan with Holloway Securities."
        ),
        obs=[
            ("Total", 2025, 38, "USD billion", "estimate"),
            ("Total", 2028, 71, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (71 / 38) ** (1 / 3) - 1 = 23.17% -> 23
        ],
    ),
    # 22. Central-bank-style working-paper abstract: 2019 and 2023 spend, a 2.3-fold multiple and a compound rate
    #     whose span only the amounts give; 22.5% holds only by rounding. Expected nowhere: the paper number, the
    #     count of banks and jurisdictions, fraud losses, the 9% loss reduction, JEL codes.
    dict(
        text=(
            "Working Paper No. 1187 | Monetary and Payments Research Division | March 2025\n"
            "Machines against mules: the diffusion of machine-learning fraud detection in retail payments\n"
            "Abstract. Using supervisory returns from 1,140 banks and payment service providers in 41 "
            "jurisdictions, we estimate that spending on machine-learning fraud detection reached USD 11.8 billion "
            "in 2023, a 2.3-fold increase on the USD 5.2 billion spent in 2019 and a compound annual rate of 22.5%. "
            "Adoption is lopsided: institutions in the top size quartile account for the bulk of the outlay. Over "
            "the same period, reported card and push-payment fraud losses in the sample rose to USD 33.8 billion. "
            "A one-standard-deviation increase in ML spend is associated with a 9% reduction in fraud losses per "
            "transaction, but with no measurable change in false-decline rates.\n"
            "JEL classification: G21, G28, O33"
        ),
        obs=[
            ("Total", 2019, 5.2, "USD billion", "actual"),
            ("Total", 2023, 11.8, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2019, 2023, 4.0),
            ("cagr", 22.5, "percent", 2019, 2023, None, "inferred"),
        ],
        verdicts=[
            # (11.8 / 5.2) ** (1 / 4) - 1 = 22.74% -> 22.7, not 22.5; bounds (11.75 / 5.25) ** (1/4) - 1 = 22.31%,
            # (11.85 / 5.15) ** (1/4) - 1 = 23.16% -> 22.5 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. Analyst's social-media thread dated Feb 2025: "last year" = 2024 (actual), a 2029 forecast, a ~38% CAGR
    #     whose span only the amounts give, and a part with its share. Expected nowhere: deepfake fraud losses, the
    #     "one in four" survey answer, startup funding and count, thread numbering.
    dict(
        text=(
            "Mara Lindqvist @maralindq - Feb 18, 2025\n"
            "1/ Deepfake detection is quietly becoming its own budget line. Our numbers: the market was $1.1B last "
            "year and we see $5.6B by 2029. That's a ~38% CAGR.\n"
            "2/ Voice-clone detection is the biggest piece: $0.46B of last year's total, or 42%. Contact centres "
            "and bank help desks are buying first.\n"
            "3/ Why now? Deepfake-enabled fraud losses in the US hit an estimated $12.3B in 2024, and one in four "
            "finance chiefs in our survey said they had taken a call from a cloned executive.\n"
            "4/ VCs noticed: 48 startups raised $2.1B in the space last year. Full report linked in bio. /end"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Voice-clone detection", 2024, 0.46, "USD billion", "actual"),
            ("Total", 2029, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 38, "percent", 2024, 2029, None, "inferred"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.6 / 1.1) ** (1 / 5) - 1 = 38.47% -> 38
            ("arithmetic", "exact"),  # 0.46 / 1.1 = 41.82% -> 42
        ],
    ),
    # 24. Singapore news web article with a correction: 2023 base (corrected to US$410m), "this year" (2025,
    #     estimate) and 2027, CAGR with printed span. Expected nowhere: the pre-correction US$510 million, scam losses
    #     in S$, phishing emails blocked last quarter, the bank's headcount.
    dict(
        text=(
            "Tech | Published 14 May 2025, 6:05 am SGT | Updated 15 May 2025, 11:20 am\n"
            "Phishing arms race lifts AI email security spending across South-east Asia\n"
            "SINGAPORE - Companies in South-east Asia are on track to spend US$620 million this year on email "
            "security tools that use machine learning to catch phishing and business email compromise, up from "
            "US$410 million in 2023, according to a report by Singapore consultancy Meridian Lowe. The firm "
            "forecasts the market will reach US$940 million in 2027, a compound annual growth rate of 23 per cent "
            "between 2023 and 2027. Police figures show victims in Singapore lost S$1.1 billion to scams in 2024. "
            "One regional bank, which employs some 300 security staff, said its filters stopped 6.1 million "
            "phishing e-mails in the last quarter alone.\n"
            "Correction: An earlier version of this article said the market was worth US$510 million in 2023. "
            "The correct figure is US$410 million. We are sorry for the error."
        ),
        obs=[
            ("Total", 2023, 410, "USD million", "actual"),
            ("Total", 2025, 620, "USD million", "estimate"),
            ("Total", 2027, 940, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (940 / 410) ** (1 / 4) - 1 = 23.05% -> 23
        ],
    ),
    # 25. Tel Aviv vendor's annual-report letter: YoY growth with both amounts (25% holds only by rounding) and
    #     "roughly double by 2028" (x2 over 2024-2028). Expected nowhere: the whole cybersecurity market, "about a
    #     third" (share in words), the company's revenue and growth, employees, countries.
    dict(
        text=(
            "Letter from the Chairman and the Chief Executive Officer\n"
            "Tel Aviv, 17 March 2025\n"
            "Dear fellow shareholders,\n"
            "2024 was the year in which AI stopped being a feature of security products and became their "
            "architecture. Independent industry estimates put global spending on AI-native security analytics at "
            "$14.2 billion in 2024, up 25% from $11.3 billion in 2023, and we expect that market to roughly double "
            "by 2028. It is still a small slice of a cybersecurity market approaching $210 billion, but it is the "
            "slice growing fastest, and about a third of it now goes to protecting cloud workloads. Against that "
            "backdrop, Kedem Cyber grew revenue 31% to $612 million, passed 2,400 employees in nine countries and "
            "closed its largest-ever government contract."
        ),
        obs=[
            ("Total", 2023, 11.3, "USD billion", "actual"),
            ("Total", 2024, 14.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (14.2 / 11.3) ** (1 / 1) - 1 = 25.66% -> 26, not 25; bounds 14.15 / 11.35 - 1 = 24.67%,
            # 14.25 / 11.25 - 1 = 26.67% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Payment network's investor-day slide bullets: TAM 2025E and 2029E with a stated-span CAGR, a part with its
    #     share. Expected nowhere: slide numbers, transactions scored per day, value-added-services revenue and its
    #     growth, A2A fraud losses, the margin target.
    dict(
        text=(
            "Veridian Payments Investor Day 2025 | New York | 11 November 2025\n"
            "Slide 14 - Risk & Identity: our next growth engine\n"
            "\u2022 Real-time payment fraud prevention TAM: $19B (2025E) -> $34B (2029E)\n"
            "\u2022 16% CAGR, 2025-2029\n"
            "\u2022 Merchant-side risk tools: $7.5B of 2025E TAM (~39%)\n"
            "\u2022 3.1B transactions scored every day by our models\n"
            "\u2022 Value-added services revenue $9.6B in FY2024, +14% y/y\n"
            "\u2022 Global account-to-account fraud losses: ~$31B (2024)\n"
            "Slide 15 - Medium-term targets: VAS operating margin 55%+"
        ),
        obs=[
            ("Total", 2025, 19, "USD billion", "estimate"),
            ("Merchant-side risk tools", 2025, 7.5, "USD billion", "estimate"),
            ("Total", 2029, 34, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2025, 2029, None, "stated"),
            ("share", 39, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34 / 19) ** (1 / 4) - 1 = 15.66% -> 16
            ("arithmetic", "exact"),  # 7.5 / 19 = 39.47% -> 39
        ],
    ),
    # 27. Forum answer comparing two research houses: the first (base, target and rate) is the snippet's figure.
    #     Expected nowhere: Norrland's higher 2024 figure, BEC losses, years of experience, phishing attempts a
    #     month, seat count, upvotes.
    dict(
        text=(
            "Re: How big is the AI email security market, really? (asking for a board deck)\n"
            "Answer from throwaway_soc_lead - 3 Jun 2025 - 14 upvotes\n"
            "Depends entirely on whose report you buy and on what they count as 'AI'. The number I'd put in a deck "
            "is Brightline Research's: they have AI-based email security at $2.7B in 2024 going to $6.9B in 2030, "
            "which they call a 17% CAGR over 2024-30. Norrland Group is the outlier - they size 2024 at $3.4B, but "
            "they fold in plain secure email gateways that bolted on a reputation model, which is generous. "
            "Whatever you pick, don't mix it with loss numbers: federal complaint data put BEC losses at around "
            "$2.8B for 2024 and boards love to see both on one slide. FWIW I've run a SOC for nine years and we see "
            "~40k phishing attempts a month at a 3,000-seat company."
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.9 / 2.7) ** (1 / 6) - 1 = 16.93% -> 17
        ],
    ),
    # 28. Frankfurt broker sector note in EUR with a Swiss-franc aside (currency not in the unit table); the stated
    #     CAGR is inconsistent with its amounts. Expected nowhere: CHF 310m, EEA fraud losses, the price target and
    #     upside, the covered company's ARR growth, H1.
    dict(
        text=(
            "Rheinau Equity Research | European Payments & Security | Frankfurt, 2 September 2025\n"
            "Fraud AI: budgets are moving, if slowly. We estimate that European banks and payment institutions "
            "spent EUR 2.35bn on AI-based transaction fraud detection in 2024, and we forecast EUR 4.1bn in 2028 "
            "(CAGR 2024-28: 16.2%). Card and credit-transfer fraud in the EEA cost EUR 4.3bn in 2023 on supervisors' "
            "count, and instant payments will push that up. Outside the euro area, Swiss banks alone spend "
            "roughly CHF 310m a year on comparable tools. Our preferred exposure remains Hanseatic Secure (Buy, "
            "PT EUR 48, 22% upside), whose fraud-analytics ARR grew 27% in H1."
        ),
        obs=[
            ("Total", 2024, 2.35, "EUR billion", "actual"),
            ("Total", 2028, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (4.1 / 2.35) ** (1 / 4) - 1 = 14.93%; bounds (4.05 / 2.355) ** (1/4) - 1 = 14.52%,
            # (4.15 / 2.345) ** (1/4) - 1 = 15.34% -> 16.2 (16.15..16.25) is never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release: 2024 size with YoY growth (no base printed, so no verdict) and a 2027 "突破" figure.
    #     Expected nowhere: the report's title year, the whole cybersecurity industry, blocked calls and texts, the
    #     512 firms surveyed and their 67.5% answer.
    dict(
        text=(
            "新华社北京2025年3月6日电（记者李晓楠）记者6日从中国数智安全产业研究院获悉，该院发布的《2025中国智能"
            "反欺诈发展报告》显示，2024年我国智能反欺诈市场规模达到186.5亿元，同比增长24.3%，金融、电信和互联网"
            "平台是主要采购方。报告预计，到2027年这一市场规模将突破350亿元。报告同时显示，2024年全国网络安全产业"
            "规模约为2600亿元。去年，公安机关会同电信企业累计拦截诈骗电话26.8亿次、诈骗短信22.4亿条。在接受调查"
            "的512家企业中，67.5%表示计划在未来两年内增加反欺诈相关预算。"
        ),
        obs=[
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 350, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],  # the 2023 base is not printed: no verdict
    ),
    # 30. Ministry action plan (Simplified): 2024 "约290亿元" (actual), 2027 target "超过500亿元" (estimate), a CAGR
    #     whose span only the amounts give. Expected nowhere: the plan's title years and document number, 100
    #     backbone firms, the 80% coverage rate, 100,000 trained staff, the issue date.
    dict(
        text=(
            "关于印发《人工智能赋能网络安全行动计划（2025—2027年）》的通知\n"
            "工信部联网安〔2025〕38号\n"
            "二、主要目标\n"
            "到2027年，人工智能技术在威胁检测、安全运营、反欺诈等领域实现规模化应用，人工智能安全产品和服务市场"
            "规模超过500亿元（2024年约为290亿元），年均复合增长率保持在20%左右；培育100家以上具有核心竞争力的骨干"
            "企业，重点行业关键信息基础设施运营者人工智能安全防护覆盖率达到80%，培养人工智能安全复合型人才10万名。\n"
            "2025年2月14日"
        ),
        obs=[
            ("Total", 2024, 290, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 290) ** (1 / 3) - 1 = 19.91% -> 20
        ],
    ),
    # 31. Taiwanese research-institute release (Traditional) in NT$ 億元: YoY with both amounts (19.1% holds only by
    #     rounding) and a stated-span CAGR. Expected nowhere: "約占四成" (share in words), the 1,028 firms surveyed and
    #     their 63.2% answer, the release day.
    dict(
        text=(
            "2025/06/18\n"
            "臺灣數位產業情報中心（TDIC）今（18）日發布「AI資安產業趨勢」研究指出，生成式AI讓網路釣魚與深偽詐騙的"
            "門檻大幅降低，企業導入AI資安解決方案的速度明顯加快。TDIC估計，2024年台灣AI資安市場規模達新台幣168.4"
            "億元，較2023年的141.3億元成長19.1%；預估2027年將達新台幣305億元，2024至2027年複合成長率約22%。以次"
            "領域來看，AI威脅偵測與回應約占四成，其次為身分識別與深偽偵測。TDIC今年調查1,028家企業，有63.2%已導入"
            "或計畫於一年內導入AI資安工具。"
        ),
        obs=[
            ("Total", 2023, 141.3, "TWD 100 million", "actual"),
            ("Total", 2024, 168.4, "TWD 100 million", "actual"),
            ("Total", 2027, 305, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (168.4 / 141.3) ** (1 / 1) - 1 = 19.18% -> 19.2, not 19.1; bounds 168.35 / 141.35 - 1 = 19.10%,
            # 168.45 / 141.25 - 1 = 19.26% -> 19.1 (19.05..19.15) reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (305 / 168.4) ** (1 / 3) - 1 = 21.90% -> 22
        ],
    ),
    # 32. Hong Kong press report (Traditional) in 億港元: "去年" = 2024; the printed 25% is inconsistent with the
    #     amounts. Expected nowhere: the first-quarter spend, scam cases and losses, the 18 banks interviewed and
    #     "逾半" (fraction in words).
    dict(
        text=(
            "【本報訊】（2025年5月12日）本地研究機構港睿研究昨日發表報告指，隨着深偽視像詐騙及「傀儡戶口」問題"
            "惡化，本港銀行業去年在人工智能反詐騙及身份核實方案上的開支達48.6億港元，較2023年的39.2億港元增長25%，"
            "預料2027年將增至82億港元。報告又指，單在今年第一季，銀行業相關開支已達12.3億港元。警方數字顯示，去年"
            "全港共錄得44,480宗詐騙案，損失金額約91億港元。報告訪問了18間銀行，其中逾半表示計劃今年增聘防詐騙人員。"
        ),
        obs=[
            ("Total", 2023, 39.2, "HKD 100 million", "actual"),
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2027, 82, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (48.6 / 39.2) ** (1 / 1) - 1 = 23.98%; bounds 48.55 / 39.25 - 1 = 23.69%,
            # 48.65 / 39.15 - 1 = 24.27% -> 25 (24.5..25.5) is never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Taiwanese forum post (Traditional) quoting a US house in 億美元; "CAGR大概17.5%" with span only from the
    #     amounts' years holds only by rounding. Expected nowhere: "一半以上" (share in words), Taiwan's fraud losses,
    #     daily SOC alerts, the post's timestamp.
    dict(
        text=(
            "作者 soc_rookie (藍隊小兵)\n"
            "看板 Tech_Job\n"
            "標題 [心得] 整理一下AI詐欺偵測的市場數字\n"
            "時間 Sat Mar 22 21:14:05 2025\n"
            "最近被主管叫去做市場簡報，翻了幾份報告順手整理一下。\n"
            "美國研究機構Calloway Insights估全球AI詐欺偵測市場2024年約145億美元，2030年約380億美元，換算CAGR大概"
            "17.5%。他們說銀行端占了一半以上，電商跟支付其次。\n"
            "台灣的部分，去年詐騙財損動輒上百億，但那是損失不是市場規模，很多簡報把兩個混在一起講...\n"
            "另外我們公司SOC一天告警兩萬多則，真正要人工看的大概一兩百則，AI分流真的有差。\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊"
        ),
        obs=[
            ("Total", 2024, 145, "USD 100 million", "actual"),
            ("Total", 2030, 380, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (380 / 145) ** (1 / 6) - 1 = 17.42% -> 17.4, not 17.5; bounds (379.5 / 145.5) ** (1/6) - 1 = 17.33%,
            # (380.5 / 144.5) ** (1/6) - 1 = 17.51% -> 17.5 (17.45..17.55) reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 34. Brokerage research abstract (Simplified): 2023 and 2024 with YoY, "较2020年增长4倍" (x4 over 2020-2024) and a
    #     2028 range (two value claims, no obs). Expected nowhere: the report date, the rating, the target price,
    #     fraud case amounts.
    dict(
        text=(
            "东岳证券 | 行业深度报告 | 计算机 | 2025年1月13日\n"
            "深度伪造检测：AI攻防的新战场（首次覆盖，给予“推荐”评级）\n"
            "投资要点：生成式AI使“换脸”“拟声”诈骗的成本大幅下降，金融机构远程身份核验需求快速释放。我们测算，"
            "2024年国内AI身份核验与深度伪造检测市场规模约48亿元，同比增长37%（2023年约35亿元），较2020年增长4倍。"
            "随着金融、政务和社交平台的检测需求逐步落地，我们预计2028年市场规模有望达到120-150亿元。重点公司：恒识"
            "科技（目标价56.8元）。风险提示：监管政策推进不及预期；AI换脸类案件涉案金额统计口径变化。"
        ),
        obs=[
            ("Total", 2023, 35, "CNY 100 million", "actual"),
            ("Total", 2024, 48, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 37, "percent", 2023, 2024, 1.0),
            ("multiple", 4, "multiple", 2020, 2024, 4.0),
            ("value", 120, "CNY 100 million", 2028, 2028, None),
            ("value", 150, "CNY 100 million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48 / 35) ** (1 / 1) - 1 = 37.14% -> 37
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified): a third party's 2024 figure and "今年" (2025,
    #     estimate) with YoY. Expected nowhere: the company's revenue and growth, Q1 revenue, "占比超过一半", the
    #     company's share target, customer count, stock code, the briefing date.
    dict(
        text=(
            "启衡信息（688417）2024年度暨2025年第一季度业绩说明会文字记录　2025年4月28日\n"
            "投资者提问：请问公司怎么看AI安全运营这个市场的空间？\n"
            "董事长 周建华：谢谢您的提问。根据第三方机构鼎衡咨询的测算，2024年国内安全运营智能化（AI+SOC）市场"
            "规模为62.4亿元，今年有望达到81亿元左右，同比增长约30%，增速明显快于网络安全行业整体。公司2024年实现"
            "营业收入18.7亿元，同比增长12.6%，其中安全运营类产品收入占比超过一半；今年一季度实现营收3.1亿元。"
            "我们的目标是三年内在这个细分市场的份额做到15%，目前安全大模型已在超过300家客户落地。"
        ),
        obs=[
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("Total", 2025, 81, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (81 / 62.4) ** (1 / 1) - 1 = 29.81% -> 30
        ],
    ),
    # 36. Markdown pipe table by segment with a Total row, 2023, 2024 and 2027E columns; the 2023 rows add to 8.9
    #     against a printed 9.0 (rounding only). Expected nowhere: the exhibit and note numbers, the source date.
    dict(
        text=(
            "Exhibit 7 | AI threat detection and response spending by segment, worldwide (USD billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2027E |\n"
            "|---|---:|---:|---:|\n"
            "| Endpoint & XDR | 4.1 | 5.0 | 8.6 |\n"
            "| Network detection & response | 2.3 | 2.7 | 4.2 |\n"
            "| Cloud detection & response | 1.6 | 2.2 | 4.5 |\n"
            "| SOC copilots & automation | 0.9 | 1.6 | 4.9 |\n"
            "| Total | 9.0 | 11.5 | 22.2 |\n"
            "\n"
            "Note 1: excludes managed detection and response services; totals may not add due to rounding.\n"
            "Source: Keswick Analytics, Security Spending Tracker, June 2025"
        ),
        obs=[
            ("Endpoint & XDR", 2023, 4.1, "USD billion", "actual"),
            ("Network detection & response", 2023, 2.3, "USD billion", "actual"),
            ("Cloud detection & response", 2023, 1.6, "USD billion", "actual"),
            ("SOC copilots & automation", 2023, 0.9, "USD billion", "actual"),
            ("Total", 2023, 9.0, "USD billion", "actual"),
            ("Endpoint & XDR", 2024, 5.0, "USD billion", "actual"),
            ("Network detection & response", 2024, 2.7, "USD billion", "actual"),
            ("Cloud detection & response", 2024, 2.2, "USD billion", "actual"),
            ("SOC copilots & automation", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2024, 11.5, "USD billion", "actual"),
            ("Endpoint & XDR", 2027, 8.6, "USD billion", "estimate"),
            ("Network detection & response", 2027, 4.2, "USD billion", "estimate"),
            ("Cloud detection & response", 2027, 4.5, "USD billion", "estimate"),
            ("SOC copilots & automation", 2027, 4.9, "USD billion", "estimate"),
            ("Total", 2027, 22.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 4.1 + 2.3 + 1.6 + 0.9 = 8.9 vs 9.0; rows at +-0.05 give 8.7..9.1, which reaches 8.95..9.05
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 5.0 + 2.7 + 2.2 + 1.6 = 11.5
            ("hierarchy", "exact"),  # 2027E: 8.6 + 4.2 + 4.5 + 4.9 = 22.2
        ],
    ),
    # 37. Tab-separated vertical table of Japanese fiscal years, its lone value column headed only by its unit (億円,
    #     the market's Total), with a YoY column; FY2024's 21.6% holds only by rounding. Expected nowhere: the
    #     figure number, the white paper's title year, the publication month.
    dict(
        text=(
            "Figure 2.4  Japan: AI-based fraud detection for payments, market size\n"
            "Fiscal year\t億円\tYoY\n"
            "FY2021\t312\t-\n"
            "FY2022\t386\t23.7%\n"
            "FY2023\t471\t22.0%\n"
            "FY2024\t573\t21.6%\n"
            "FY2025e\t690\t20.4%\n"
            "FY2026e\t819\t18.7%\n"
            "Note: fiscal years begin in April; e = estimate.\n"
            "Source: Tsukuba Market Research, Payment Security White Paper 2025 (August 2025)"
        ),
        obs=[
            ("Total", 2021, 312, "JPY 100 million", "actual"),
            ("Total", 2022, 386, "JPY 100 million", "actual"),
            ("Total", 2023, 471, "JPY 100 million", "actual"),
            ("Total", 2024, 573, "JPY 100 million", "actual"),
            ("Total", 2025, 690, "JPY 100 million", "estimate"),
            ("Total", 2026, 819, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2021, 2022, 1.0),
            ("growth", 22.0, "percent", 2022, 2023, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2024, 2025, 1.0),
            ("growth", 18.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 312 - 1 = 23.72% -> 23.7
            ("cagr|implied", "exact"),  # 471 / 386 - 1 = 22.02% -> 22.0
            # 573 / 471 - 1 = 21.66% -> 21.7, not 21.6; bounds 572.5 / 471.5 - 1 = 21.42%,
            # 573.5 / 470.5 - 1 = 21.89% -> 21.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 690 / 573 - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),  # 819 / 690 - 1 = 18.70% -> 18.7
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by industry with a 合计 row (its own item, as printed); 2025年E is an
    #     estimate. Expected nowhere: the table number, the source date.
    dict(
        text=(
            "表3  中国AI反欺诈解决方案市场规模（按行业）            单位：亿元\n"
            "行业              2023年     2024年     2025年E\n"
            "银行               68.2       83.5      101.6\n"
            "支付机构           31.4       39.8       49.2\n"
            "保险               12.7       16.1       20.3\n"
            "电商及其他         15.3       19.9       25.4\n"
            "合计              127.6      159.3      196.5\n"
            "注：E为预测值。资料来源：智研海川咨询，2025年3月。"
        ),
        obs=[
            ("银行", 2023, 68.2, "CNY 100 million", "actual"),
            ("支付机构", 2023, 31.4, "CNY 100 million", "actual"),
            ("保险", 2023, 12.7, "CNY 100 million", "actual"),
            ("电商及其他", 2023, 15.3, "CNY 100 million", "actual"),
            ("合计", 2023, 127.6, "CNY 100 million", "actual"),
            ("银行", 2024, 83.5, "CNY 100 million", "actual"),
            ("支付机构", 2024, 39.8, "CNY 100 million", "actual"),
            ("保险", 2024, 16.1, "CNY 100 million", "actual"),
            ("电商及其他", 2024, 19.9, "CNY 100 million", "actual"),
            ("合计", 2024, 159.3, "CNY 100 million", "actual"),
            ("银行", 2025, 101.6, "CNY 100 million", "estimate"),
            ("支付机构", 2025, 49.2, "CNY 100 million", "estimate"),
            ("保险", 2025, 20.3, "CNY 100 million", "estimate"),
            ("电商及其他", 2025, 25.4, "CNY 100 million", "estimate"),
            ("合计", 2025, 196.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 68.2 + 31.4 + 12.7 + 15.3 = 127.6
            ("hierarchy", "exact"),  # 2024: 83.5 + 39.8 + 16.1 + 19.9 = 159.3
            ("hierarchy", "exact"),  # 2025E: 101.6 + 49.2 + 20.3 + 25.4 = 196.5
        ],
    ),
    # 39. Regional pipe table (USD million) with 2024, 2029F and a CAGR 2024-29 column (stated span) and a Global
    #     total row; Latin America & MEA's 20.3% holds only by rounding. Expected nowhere: the table number, "Q2
    #     2025" in the source line.
    dict(
        text=(
            "Table 12. AI email security market by region (USD million)\n"
            "Region | 2024 | 2029F | CAGR 2024-29\n"
            "North America | 1,182 | 2,745 | 18.4%\n"
            "Europe | 716 | 1,688 | 18.7%\n"
            "Asia Pacific | 498 | 1,452 | 23.9%\n"
            "Latin America & MEA | 164 | 415 | 20.3%\n"
            "Global | 2,560 | 6,300 | 19.7%\n"
            "Source: Northgate Research, Email Security Market Monitor, Q2 2025. F = forecast."
        ),
        obs=[
            ("North America", 2024, 1182, "USD million", "actual"),
            ("Europe", 2024, 716, "USD million", "actual"),
            ("Asia Pacific", 2024, 498, "USD million", "actual"),
            ("Latin America & MEA", 2024, 164, "USD million", "actual"),
            ("Global", 2024, 2560, "USD million", "actual"),
            ("North America", 2029, 2745, "USD million", "estimate"),
            ("Europe", 2029, 1688, "USD million", "estimate"),
            ("Asia Pacific", 2029, 1452, "USD million", "estimate"),
            ("Latin America & MEA", 2029, 415, "USD million", "estimate"),
            ("Global", 2029, 6300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2745 / 1182) ** (1 / 5) - 1 = 18.36% -> 18.4
            ("cagr|implied", "exact"),  # (1688 / 716) ** (1 / 5) - 1 = 18.71% -> 18.7
            ("cagr|implied", "exact"),  # (1452 / 498) ** (1 / 5) - 1 = 23.86% -> 23.9
            # (415 / 164) ** (1 / 5) - 1 = 20.40% -> 20.4, not 20.3; bounds (414.5 / 164.5) ** (1/5) - 1 = 20.30%,
            # (415.5 / 163.5) ** (1/5) - 1 = 20.51% -> 20.3 (20.25..20.35) reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6300 / 2560) ** (1 / 5) - 1 = 19.73% -> 19.7
            ("hierarchy", "exact"),  # 2024: 1182 + 716 + 498 + 164 = 2560
            ("hierarchy", "exact"),  # 2029F: 2745 + 1688 + 1452 + 415 = 6300
        ],
    ),
    # 40. Hong Kong statistics table (HK$ million) by industry with a share column and a Total row; Banking's 46.1%
    #     holds only by rounding; the 100.0 total share is no claim. Expected nowhere: the table number, the
    #     respondent count in the note, the release date.
    dict(
        text=(
            "Table 4.3  Expenditure on AI-enabled fraud-prevention and identity-security solutions by industry, "
            "Hong Kong, 2024\n"
            "Industry                               HK$ million    % of total\n"
            "Banking                                      1,842          46.1\n"
            "Stored value facilities and payments           906          22.7\n"
            "Insurance                                      512          12.8\n"
            "Securities and asset management                426          10.7\n"
            "Others                                         305           7.6\n"
            "Total                                        3,991         100.0\n"
            "Notes: Based on returns from 1,236 establishments. Percentages are computed from unrounded data.\n"
            "Released 30 September 2025."
        ),
        obs=[
            ("Banking", 2024, 1842, "HKD million", "actual"),
            ("Stored value facilities and payments", 2024, 906, "HKD million", "actual"),
            ("Insurance", 2024, 512, "HKD million", "actual"),
            ("Securities and asset management", 2024, 426, "HKD million", "actual"),
            ("Others", 2024, 305, "HKD million", "actual"),
            ("Total", 2024, 3991, "HKD million", "actual"),
        ],
        claims=[
            ("share", 46.1, "percent", 2024, 2024, None),
            ("share", 22.7, "percent", 2024, 2024, None),
            ("share", 12.8, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
            ("share", 7.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1842 / 3991 = 46.15% -> 46.2, not 46.1; bounds 1841.5 / 3991.5 = 46.136%, 1842.5 / 3990.5 = 46.172%
            # -> 46.1 (46.05..46.15) reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 906 / 3991 = 22.70% -> 22.7
            ("arithmetic", "exact"),  # 512 / 3991 = 12.83% -> 12.8
            ("arithmetic", "exact"),  # 426 / 3991 = 10.67% -> 10.7
            ("arithmetic", "exact"),  # 305 / 3991 = 7.64% -> 7.6
            ("hierarchy", "exact"),  # 1842 + 906 + 512 + 426 + 305 = 3991
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 4, 'rounding': 13, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'grew 24% to $3.1 billion in 2024',
    'up from $2.5 billion in 2023',
    'growth rate of 21.1% from 2024 through 2030',
    '¥118.4bn in FY2024',
    '¥265bn by FY2029e - a 17.5% CAGR',
    'USD 0.71 billion of that, or 39%',
    'USD 0.47 billion, about 25%',
    "pegging last year's market at US$820 million",
    'is $48 billion this year',
    'roughly $80 billion in 2028',
    'an average increase of 17.5% a year between 2024 and',
    '$4.1 billion to $4.6 billion in 2029',
    'The correct figure is $2.19 billion',
    'about $4.3 billion last year',
    "it's 3x last year's size by 2030",
    '较2023年的146.5亿元同比增长27.3%',
    '力争突破300亿元，较2022年增长3倍',
    '2024年至2027年年均复合增长率为28.4%',
    '較2023年的107億元年增20.1%',
    '14.2億港元，佔約37%',
    '去年国内AI邮件安全市场规模约为23.8亿元',
    '今年有望达到30亿元，同比增长约26%',
    '由2024年的52億美元成長至2028年的131億美元',
    '| Total | 9.90 | 11.80 | 13.89 | 19.09 |',
    '2026E           1,515    30.9%',
    '| 合計 | 12,790 | 100.0% |',
    'addressable market is about $38 billion this year',
    'a 2.3-fold increase on the USD 5.2 billion spent in 2019',
    'the market was $1.1B last year and we see $5.6B by 2029',
    "$0.46B of last year's total, or 42%",
    'The correct figure is US$410 million.',
    'up 25% from $11.3 billion in 2023',
    'expect that market to roughly double by 2028',
    'TAM: $19B (2025E) -> $34B (2029E)',
    'which they call a 17% CAGR over 2024-30',
    'they size 2024 at $3.4B',
    '(CAGR 2024-28: 16.2%)',
    'roughly CHF 310m a year',
    '市场规模达到186.5亿元，同比增长24.3%',
    '到2027年这一市场规模将突破350亿元',
    '规模超过500亿元（2024年约为290亿元）',
    '較2023年的141.3億元成長19.1%',
    'AI威脅偵測與回應約占四成',
    '較2023年的39.2億港元增長25%',
    '2024年約145億美元，2030年約380億美元',
    '较2020年增长4倍',
    '预计2028年市场规模有望达到120-150亿元',
    '今年有望达到81亿元左右，同比增长约30%',
    '| Total | 9.0 | 11.5 | 22.2 |',
    'Fiscal year\t億円\tYoY',
    '合计              127.6      159.3      196.5',
    'Latin America & MEA | 164 | 415 | 20.3%',
)
LAYOUT = (40, 9, 13, 18)
#: the set's blind score (written without reading or running the extractor, and kept unread): 203
#: figures, 54 rates, 82 verdicts and 1 false inconsistent
#: after the readings chosen on the hundred-and-seventy-sixth and -eighth sets: 204, 54, 83 and 1
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (54)
FLOORS = {"figures_found": 204, "rates_found": 53, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset177.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
