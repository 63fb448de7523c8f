"""A hundred-and-seventy-sixth check set for the extractor, written blind: AI in cybersecurity and fraud prevention: AI
threat detection and response (XDR, SOC copilots), AI fraud detection for banks and payments, identity and deepfake
detection, AI email security, security analytics; sized in money by security vendors' investor materials, analyst
firms, payment networks, central banks' and regulators' reports, national cybersecurity agencies' plans, brokers and
research houses in the United States, Israel, Singapore, Germany, Japan, mainland China, Taiwan and Hong Kong.
Distractors a careful reader leaves out: losses to fraud and cybercrime, ransom payments, numbers of attacks,
breaches, alerts or incidents, headcounts of analysts, the whole cybersecurity market beside the AI part, a vendor's
own revenue/ARR/billings, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on AI in cybersecurity and fraud prevention. Eight English prose pieces: a New York
wire release, a Tokyo fiscal-year broker note, a Singapore briefing with segment shares, a Tel Aviv story quoting two
research houses, an investor-day transcript sizing a TAM, a Berlin strategy with a target, a research note with a
correction and a range, and a venture blog post. Seven Chinese prose pieces (four Traditional) and five tables:
markdown with E/F columns, space-aligned years with YoY, tab-separated 亿元 with 合计, fiscal years with a CAGR column,
and 新台幣百萬元 with shares. Left out: fraud and cybercrime losses, ransoms, attack and case counts, surveys, headcounts,
the whole cybersecurity market, vendors' revenue or ARR, rounds, valuations, target prices, quarters and a rival's
same-year figure. Inconsistent: the 23.4% CAGR (11) and 27.9% YoY (17). Only by rounding: the 18.2% share (3), 30.2%
growth (14), 21.0% YoY (17), 16.0% CAGR (19), 28.0% share (20), and the totals for 2027F (16) and 2024 (18).

Snippets 21-40: Twenty snippets (21-40) on AI in cybersecurity and fraud prevention. English prose: a US earnings-call
transcript sizing a TAM, a Singapore working-paper abstract, an X thread, a web article with a correction, an Israeli
annual-report letter, German investor-day bullets with a range, a forum answer quoting two research houses, a
Singapore broker note with a won aside. Chinese prose: a Xinhua-style release, a ministry plan, a Taiwanese MIC-style
release, a Hong Kong press report, a PTT post, a brokerage abstract with a range, a results-briefing transcript (three
in Traditional). Tables: markdown by segment, a tab-separated yen table with YoY, a space-aligned 合计 table, a regional
CAGR table, a German statistics table with shares. Left out: fraud losses, ransoms, case and alert counts, headcounts,
the whole cybersecurity market, vendors' revenue, ARR, guidance, margins and funding, a quarter, survey percentages,
shares in words, a second publisher's figure, the pre-correction figure, won amounts. Inconsistent: 16.2% CAGR (28),
28% growth (32), FY2024 YoY (37). Only by rounding: growth in 23 and 33, the 35.2% share (31), FY2022 YoY (37), the
Middle East & Africa CAGR (39), the 2027F total (36).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. New York wire press release; "last year" read from the dateline (2024); YoY with both amounts, CAGR with span.
    #    Expected nowhere: ransom payments, the fourth-quarter figure, survey respondents and their percentage.
    dict(
        text=(
            "NEW YORK, Feb. 18, 2025 /PRNewswire/ -- Enterprises spent $8.64 billion on AI-powered threat detection "
            "and response tools last year, up 27% from $6.80 billion in 2023, according to a study released today by "
            "Brightwater Analytics Group. Fourth-quarter purchases alone came to $2.51 billion as buyers rushed to "
            "replace legacy SIEM contracts. Brightwater, which polled 1,850 security executives, projects the category "
            "will reach $24.9 billion in 2030, a compound annual growth rate of 19.3% between 2024 and 2030. The "
            "pressure is obvious: 64% of respondents said their teams could not keep up with alert volumes, and "
            "ransom payments tracked by the firm topped $810 million in 2024."
        ),
        obs=[
            ("Total", 2023, 6.80, "USD billion", "actual"),
            ("Total", 2024, 8.64, "USD billion", "actual"),
            ("Total", 2030, 24.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.64 / 6.80) ** (1 / 1) - 1 = 27.06% -> 27
            ("cagr|implied", "exact"),  # (24.9 / 8.64) ** (1 / 6) - 1 = 19.29% -> 19.3
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years (yen); CAGR only inferred from the amounts' years, "about 22%".
    #    Expected nowhere: special-fraud and online-banking losses, the covered company's revenue, target price, upside.
    dict(
        text=(
            "JAPAN SECURITY SOFTWARE | Sector update | Tokyo, 14 May 2025\n"
            "Banks are finally buying. After two years of pilots, regional lenders have started to put AI fraud "
            "engines into production. We estimate Japan's market for AI-based fraud detection at ¥142bn in FY2024 and "
            "forecast ¥318bn by FY2028E, a CAGR of about 22%. Losses explain the urgency: special-fraud losses hit "
            "¥72.2bn in calendar 2024 and unauthorised online-banking transfers a further ¥8.7bn. We reiterate "
            "Outperform on Kinoshita Systems (TP ¥4,800, 24% upside), whose FY2024 sales rose 17% to ¥38.6bn."
        ),
        obs=[
            ("Total", 2024, 142, "JPY billion", "actual"),
            ("Total", 2028, 318, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (318 / 142) ** (1 / 4) - 1 = 22.33% -> 22
        ],
    ),
    # 3. Singapore research briefing with two segments and their shares; the 18.2% holds only by rounding.
    #    Expected nowhere: scam losses in S$, alerts per SOC per day, the number of markets covered.
    dict(
        text=(
            "SINGAPORE, 3 September 2025 - Banks, insurers and large enterprises across Asia-Pacific spent US$4.82 "
            "billion on AI-driven security analytics in 2024, the Straits Cyber Research Centre said in a briefing "
            "covering 11 markets. Email security made up US$1.16 billion of that, or 24%, while identity and deepfake "
            "detection took US$0.87 billion, an 18.2% slice. The centre sees overall spending climbing to US$9.7 "
            "billion in 2028. A typical regional security operations centre now sifts more than 7,000 alerts a day, "
            "and Singapore residents alone lost S$1.1 billion to scams last year."
        ),
        obs=[
            ("Total", 2024, 4.82, "USD billion", "actual"),
            ("Email security", 2024, 1.16, "USD billion", "actual"),
            ("Identity and deepfake detection", 2024, 0.87, "USD billion", "actual"),
            ("Total", 2028, 9.7, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.16 / 4.82 = 24.07% -> 24
            # 0.87 / 4.82 = 18.05% -> 18.1, not 18.2; bounds 0.865 / 4.825 = 17.93%, 0.875 / 4.815 = 18.17%
            # -> 18.2 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Tel Aviv news story quoting two research houses; CAGR span only from the amounts' years.
    #    Expected nowhere: the second house's 2024 figure, the start-up's round and valuation, BEC losses, headcount.
    dict(
        text=(
            "TEL AVIV, July 22, 2025 - Phishing has gone generative, and the money is following. The global market "
            "for AI email security was worth $2.31 billion in 2024 and should reach $6.7 billion by 2030, growing at "
            "a compound annual rate of 19.4%, according to Herzliya-based Sharon Ridge Research. Boston's Keel & "
            "Marrow is more generous, sizing the 2024 market at $2.9 billion. Either way, local player MailShield, "
            "which employs about 420 people, is riding the wave: it closed a $75 million round on Monday at a "
            "$1.1 billion valuation. Business email compromise cost US victims $2.77 billion last year, FBI data show."
        ),
        obs=[
            ("Total", 2024, 2.31, "USD billion", "actual"),
            ("Total", 2030, 6.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.7 / 2.31) ** (1 / 6) - 1 = 19.42% -> 19.4
        ],
    ),
    # 5. Investor-day transcript in San Jose sizing a TAM; "this year" (2025) is an estimate; a multiple and an
    #    inferred CAGR. Expected nowhere: the company's ARR and its growth, customer count, margin target.
    dict(
        text=(
            "Harborline Security Investor Day - prepared remarks, San Jose, September 16, 2025\n"
            "MAYA OKONKWO, CFO: Let me frame the opportunity before I get to our numbers. We size the total "
            "addressable market for AI-driven security operations - XDR, SOC copilots and automated response - at "
            "about $41 billion this year. By 2028 we think that more than doubles, to roughly $88 billion, which "
            "works out to about 29% a year. Against that, we exited fiscal 2025 with $3.4 billion of ARR, up 29%, "
            "across more than 11,000 customers, and we are holding our 25% operating-margin target for fiscal 2027."
        ),
        obs=[
            ("Total", 2025, 41, "USD billion", "estimate"),
            ("Total", 2028, 88, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2025, 2028, 3.0),
            ("cagr", 29, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (88 / 41) ** (1 / 3) - 1 = 28.99% -> 29
        ],
    ),
    # 6. Berlin government strategy with a target ("at least EUR 5 billion"); CAGR span inferred.
    #    Expected nowhere: cybercrime damage, the whole German cybersecurity market, the funding programme,
    #    the specialists target and the agency's staff numbers, the strategy title's year.
    dict(
        text=(
            "Berlin, 5 March 2025 - The federal cabinet today adopted its strategy \"KI-Sicherheit 2030\". The "
            "domestic market for AI-based cybersecurity solutions, which the Ministry of the Interior puts at EUR 1.9 "
            "billion in 2024, is to grow to at least EUR 5 billion by 2030, an average annual increase of roughly "
            "17.5%. That would still be a fraction of Germany's overall cybersecurity market of some EUR 11.2 billion. "
            "The plan earmarks EUR 250 million in research funding, aims to train 10,000 additional specialists and "
            "lifts the federal security agency's staff to 2,600. Damage from cyberattacks on German companies reached "
            "an estimated EUR 178.6 billion last year, according to an industry association."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2030, 5, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5 / 1.9) ** (1 / 6) - 1 = 17.50% -> 17.5
        ],
    ),
    # 7. US research note with a correction and a range; the corrected figure stands.
    #    Expected nowhere: the erroneous $1.38 billion, the quarter's deepfake fraud losses, the Hong Kong video-call
    #    theft, the survey percentage.
    dict(
        text=(
            "Correction (Nov. 4, 2025): An earlier version of this note put 2024 spending at $1.38 billion. The "
            "correct figure is $1.18 billion, and the growth rate below has been updated.\n\n"
            "Deepfake detection grows up. Spending on AI tools that detect deepfakes and synthetic identities reached "
            "$1.18 billion in 2024, up 46% from $0.81 billion in 2023, by our count. We now see the market landing "
            "somewhere between $5.5 billion and $7.0 billion in 2029, depending on how fast regulators mandate liveness "
            "checks. The threat is not theoretical: deepfake-enabled fraud cost companies more than $200 million in the "
            "first quarter of 2025, and one Hong Kong firm lost $25 million to a single faked video call. In our "
            "survey, 38% of bank CISOs named voice cloning as their top concern."
        ),
        obs=[
            ("Total", 2023, 0.81, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
            ("value", 5.5, "USD billion", 2029, 2029, None),
            ("value", 7.0, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.18 / 0.81) ** (1 / 1) - 1 = 45.68% -> 46
        ],
    ),
    # 8. Venture investor's blog post; a multiple (no verdict) and a CAGR with printed span.
    #    Expected nowhere: card-fraud losses, the portfolio company's Series C and valuation, APP scam count.
    dict(
        text=(
            "Why we're still leaning into fraud AI\n"
            "Posted by Dana Whitcombe, partner, Lantern Hill Ventures - April 2, 2025\n"
            "People keep asking whether fraud detection is a crowded space. Maybe, but it's a big one. Our own model "
            "puts bank and payment-network spending on AI fraud detection at $14.2B in 2024. We think it's $38B by "
            "2029, about 2.7x, which is a 22% CAGR from 2024 to 2029. Meanwhile, global card-fraud losses keep "
            "climbing past $33B a year, and UK banks logged well over 200,000 authorised push-payment scams. That's "
            "why we led Veritrace's $120M Series C last month at a $900M post-money."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2029, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2029, 5.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 14.2) ** (1 / 5) - 1 = 21.76% -> 22
        ],
    ),
    # 9. Mainland industry report (Simplified); YoY with both amounts and a CAGR with printed span.
    #    Expected nowhere: the report title's year, the whole cybersecurity market, firms surveyed, attack count.
    dict(
        text=(
            "《2025中国智能安全运营市场研究报告》显示，2024年我国AI驱动的威胁检测与响应（XDR）及安全运营市场规模达到"
            "128.6亿元，同比增长31.2%，2023年这一数字为98.0亿元。报告预计，到2027年该市场规模将达到285亿元，"
            "2024—2027年复合增长率为30.4%。相比之下，同期我国网络安全市场整体规模约为820亿元，AI相关部分占比仍然有限。"
            "课题组共调研了326家用户单位，受访企业全年监测到的网络攻击超过12亿次。"
        ),
        obs=[
            ("Total", 2023, 98.0, "CNY 100 million", "actual"),
            ("Total", 2024, 128.6, "CNY 100 million", "actual"),
            ("Total", 2027, 285, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 30.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128.6 / 98.0) ** (1 / 1) - 1 = 31.22% -> 31.2
            ("cagr|implied", "exact"),  # (285 / 128.6) ** (1 / 3) - 1 = 30.38% -> 30.4
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 target (突破, approximate) and 增长3倍 (x3 over 2022-2027).
    #     Expected nowhere: the plan's title years, enterprise and talent targets, fraud case count.
    dict(
        text=(
            "浙江省人民政府办公厅日前印发《浙江省智能网络安全产业高质量发展行动方案（2025—2027年）》。方案提出，"
            "力争到2027年，全省智能网络安全产业规模突破300亿元，较2022年增长3倍，培育营收超10亿元的骨干企业10家以上，"
            "引育专业人才2万名。据测算，2024年全省智能网络安全产业规模约为152亿元。方案同时要求，"
            "依托AI反诈模型提升预警能力，全年电信网络诈骗立案数下降15%以上。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes; the printed CAGR 23.4% is a transposition typo.
    #     Expected nowhere: the second institute's 2024 figure, intercepted fraud calls, fraud losses recovered.
    dict(
        text=(
            "华声财经北京8月6日电 中联数安研究院6日发布的报告称，2024年我国银行业AI反欺诈市场规模为76.3亿元，"
            "预计2028年将增至182.0亿元，2024—2028年年均复合增长率为23.4%。另一家机构华信智库的估算则更为乐观，"
            "认为2024年该市场规模已达91亿元。报告援引公开数据称，去年全国累计拦截诈骗电话4.6亿次，"
            "紧急止付涉案资金逾3,000亿元。"
        ),
        obs=[
            ("Total", 2024, 76.3, "CNY 100 million", "actual"),
            ("Total", 2028, 182.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (182.0 / 76.3) ** (1 / 4) - 1 = 24.28%; bounds (181.95 / 76.35) ** (1/4) - 1 = 24.25%,
            # (182.05 / 76.25) ** (1/4) - 1 = 24.31% -> 23.4 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association report (Traditional) in 新台幣億元; a part with 約; YoY and CAGR with span.
    #     Expected nowhere: the whole cybersecurity industry output, the member-firm count, the report date.
    dict(
        text=(
            "台灣智慧資安產業協會今（2025）年4月發布年度報告指出，2024年台灣AI資安解決方案市場規模達新台幣186億元，"
            "較2023年的157億元成長18.5%；其中AI詐欺偵測約新台幣41億元，是成長最快的應用。協會預估，"
            "2027年市場規模可望達新台幣312億元，2024至2027年年複合成長率約18.8%。同期整體資安產業產值約新台幣851億元，"
            "協會會員廠商已逾200家。"
        ),
        obs=[
            ("Total", 2023, 157, "TWD 100 million", "actual"),
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("AI詐欺偵測", 2024, 41, "TWD 100 million", "actual"),
            ("Total", 2027, 312, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 157) ** (1 / 1) - 1 = 18.47% -> 18.5
            ("cagr|implied", "exact"),  # (312 / 186) ** (1 / 3) - 1 = 18.82% -> 18.8
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 with a part and its share; an approximate total; an inferred CAGR.
    #     Expected nowhere: scam losses, the case count, the number of banks surveyed.
    dict(
        text=(
            "【本報訊】香港金融科技協進會昨日發表報告，估計2024年本港銀行及支付機構在AI反詐騙及身份核實方案上的開支約"
            "38.5億港元，其中深偽偵測佔6.2億港元，佔比約16%。報告預計，市場規模將於2026年升至55億港元，"
            "年均增長約19.5%。協進會訪問了27家銀行，指2024年全港騙案逾4.4萬宗，損失金額高達91億港元。"
        ),
        obs=[
            ("Total", 2024, 38.5, "HKD 100 million", "actual"),
            ("深偽偵測", 2024, 6.2, "HKD 100 million", "actual"),
            ("Total", 2026, 55, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 16, "percent", 2024, 2024, None),
            ("cagr", 19.5, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.2 / 38.5 = 16.10% -> 16
            ("cagr|period", "exact"),  # (55 / 38.5) ** (1 / 2) - 1 = 19.52% -> 19.5
        ],
    ),
    # 14. Shenzhen newspaper story (Simplified) using 去年/今年 with a dateline; growth 30.2% holds only by rounding.
    #     Expected nowhere: the first-quarter market figure, the phishing-volume rise, a vendor's revenue.
    dict(
        text=(
            "本报深圳2025年6月12日讯（记者 林晓）据深圳市网络安全产业促进会统计，去年国内AI邮件安全市场规模为21.4亿元，"
            "今年有望达到27.8亿元，同比增长30.2%。今年一季度，钓鱼邮件攻击量同比上升近六成，当季市场规模约5.9亿元。"
            "本地厂商深蓝盾科技去年营收3.2亿元，其中邮件安全产品贡献过半。"
        ),
        obs=[
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2025, 27.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (27.8 / 21.4) ** (1 / 1) - 1 = 29.91% -> 29.9, not 30.2; bounds 27.75 / 21.45 - 1 = 29.37%,
            # 27.85 / 21.35 - 1 = 30.44% -> 30.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Hong Kong broker deep-dive (Traditional) on China, in 人民幣億元; a part's 2027 estimate; CAGR with span.
    #     Expected nowhere: the report date, the rating, target price and upside, the company's revenue and growth.
    dict(
        text=(
            "【行業深度】AI安全分析：從工具走向平台｜香港，2025年10月20日\n"
            "我們測算，2024年中國AI安全分析（含UEBA及SOC智能助理）市場規模約為人民幣64億元，預計2027年將增至152億元，"
            "2024-2027年複合增速33.4%。其中SOC智能助理滲透率仍低於10%，2027年市場規模有望達到47億元。"
            "首次覆蓋觀瀾科技，給予「買入」評級，目標價58港元，較現價有32%上升空間；公司2024年收入12.6億元，同比增長21%。"
        ),
        obs=[
            ("Total", 2024, 64, "CNY 100 million", "actual"),
            ("Total", 2027, 152, "CNY 100 million", "estimate"),
            ("SOC智能助理", 2027, 47, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152 / 64) ** (1 / 3) - 1 = 33.42% -> 33.4
        ],
    ),
    # 16. US research note with a markdown pipe table, E/F columns and a Total row; 2027F total adds only by rounding.
    #     Expected nowhere: the exhibit number, the whole cybersecurity spend, the second-quarter figure.
    dict(
        text=(
            "Published 10 June 2025 | Corvid Street Research\n"
            "Exhibit 2: Global AI security spending by segment (US$ bn)\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| AI threat detection & response | 6.8 | 8.6 | 10.7 | 16.2 |\n"
            "| SOC copilots | 0.9 | 1.7 | 3.0 | 7.4 |\n"
            "| AI email security | 1.9 | 2.3 | 2.8 | 4.1 |\n"
            "| Fraud detection (banks & payments) | 11.6 | 14.2 | 17.1 | 24.6 |\n"
            "| Identity & deepfake detection | 0.8 | 1.2 | 1.8 | 3.7 |\n"
            "| Total | 22.0 | 28.0 | 35.4 | 56.1 |\n"
            "Totals may not sum due to rounding. For context, all cybersecurity spending was about US$213bn in 2024; "
            "SOC copilot sales in 2Q25 alone were US$0.8bn."
        ),
        obs=[
            ("AI threat detection & response", 2023, 6.8, "USD billion", "actual"),
            ("AI threat detection & response", 2024, 8.6, "USD billion", "actual"),
            ("AI threat detection & response", 2025, 10.7, "USD billion", "estimate"),
            ("AI threat detection & response", 2027, 16.2, "USD billion", "estimate"),
            ("SOC copilots", 2023, 0.9, "USD billion", "actual"),
            ("SOC copilots", 2024, 1.7, "USD billion", "actual"),
            ("SOC copilots", 2025, 3.0, "USD billion", "estimate"),
            ("SOC copilots", 2027, 7.4, "USD billion", "estimate"),
            ("AI email security", 2023, 1.9, "USD billion", "actual"),
            ("AI email security", 2024, 2.3, "USD billion", "actual"),
            ("AI email security", 2025, 2.8, "USD billion", "estimate"),
            ("AI email security", 2027, 4.1, "USD billion", "estimate"),
            ("Fraud detection (banks & payments)", 2023, 11.6, "USD billion", "actual"),
            ("Fraud detection (banks & payments)", 2024, 14.2, "USD billion", "actual"),
            ("Fraud detection (banks & payments)", 2025, 17.1, "USD billion", "estimate"),
            ("Fraud detection (banks & payments)", 2027, 24.6, "USD billion", "estimate"),
            ("Identity & deepfake detection", 2023, 0.8, "USD billion", "actual"),
            ("Identity & deepfake detection", 2024, 1.2, "USD billion", "actual"),
            ("Identity & deepfake detection", 2025, 1.8, "USD billion", "estimate"),
            ("Identity & deepfake detection", 2027, 3.7, "USD billion", "estimate"),
            ("Total", 2023, 22.0, "USD billion", "actual"),
            ("Total", 2024, 28.0, "USD billion", "actual"),
            ("Total", 2025, 35.4, "USD billion", "estimate"),
            ("Total", 2027, 56.1, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 0.9 + 1.9 + 11.6 + 0.8 = 22.0
            ("hierarchy", "exact"),  # 2024: 8.6 + 1.7 + 2.3 + 14.2 + 1.2 = 28.0
            ("hierarchy", "exact"),  # 2025E: 10.7 + 3.0 + 2.8 + 17.1 + 1.8 = 35.4
            # 2027F: 16.2 + 7.4 + 4.1 + 24.6 + 3.7 = 56.0, not 56.1; bounds 55.75..56.25 -> 56.1 only by rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Singapore research house, space-aligned table with years as rows and a YoY column; the lone value column is
    #     headed by its unit only (Total). 2022's 21.0% holds only by rounding; 2024's 27.9% is a typo for 21.9%.
    #     Expected nowhere: the scam losses, flagged-transaction count, the 2021 dash.
    dict(
        text=(
            "Singapore, 28 July 2025 - Merlion Payments Research\n"
            "AI fraud-detection spending, ASEAN banks and payment firms\n"
            "Year       US$ m      YoY\n"
            "2021         412        -\n"
            "2022         498    21.0%\n"
            "2023         611    22.7%\n"
            "2024         745    27.9%\n"
            "2025E        902    21.1%\n"
            "2026F      1,081    19.8%\n"
            "Models flagged 3.2 million suspicious transactions across the region last year, while reported scam "
            "losses in Singapore exceeded S$1.1 billion."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 498, "USD million", "actual"),
            ("Total", 2023, 611, "USD million", "actual"),
            ("Total", 2024, 745, "USD million", "actual"),
            ("Total", 2025, 902, "USD million", "estimate"),
            ("Total", 2026, 1081, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2021, 2022, 1.0),
            ("growth", 22.7, "percent", 2022, 2023, 1.0),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2024, 2025, 1.0),
            ("growth", 19.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 498 / 412 - 1 = 20.87% -> 20.9, not 21.0; bounds 497.5 / 412.5 - 1 = 20.61%, 498.5 / 411.5 - 1 = 21.14%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 611 / 498 - 1 = 22.69% -> 22.7
            # 745 / 611 - 1 = 21.93%; bounds 744.5 / 611.5 - 1 = 21.75%, 745.5 / 610.5 - 1 = 22.11% -> 27.9 never
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 902 / 745 - 1 = 21.07% -> 21.1
            ("cagr|implied", "exact"),  # 1081 / 902 - 1 = 19.84% -> 19.8
        ],
    ),
    # 18. Mainland broker table (Simplified), tab-separated, 亿元, with a 合计 row; 2024's total adds only by rounding.
    #     Expected nowhere: the table number, the source line.
    dict(
        text=(
            "表3  中国AI网络安全细分市场规模（亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能威胁检测与响应\t58.4\t74.9\t95.2\n"
            "安全运营智能助手\t12.1\t20.6\t33.8\n"
            "金融AI反欺诈\t61.7\t76.3\t93.5\n"
            "身份认证与深度伪造检测\t9.8\t14.5\t21.0\n"
            "智能邮件安全\t15.2\t19.1\t23.6\n"
            "合计\t157.2\t205.5\t267.1\n"
            "资料来源：中联数安研究院，东岳证券研究所"
        ),
        obs=[
            ("智能威胁检测与响应", 2023, 58.4, "CNY 100 million", "actual"),
            ("智能威胁检测与响应", 2024, 74.9, "CNY 100 million", "actual"),
            ("智能威胁检测与响应", 2025, 95.2, "CNY 100 million", "estimate"),
            ("安全运营智能助手", 2023, 12.1, "CNY 100 million", "actual"),
            ("安全运营智能助手", 2024, 20.6, "CNY 100 million", "actual"),
            ("安全运营智能助手", 2025, 33.8, "CNY 100 million", "estimate"),
            ("金融AI反欺诈", 2023, 61.7, "CNY 100 million", "actual"),
            ("金融AI反欺诈", 2024, 76.3, "CNY 100 million", "actual"),
            ("金融AI反欺诈", 2025, 93.5, "CNY 100 million", "estimate"),
            ("身份认证与深度伪造检测", 2023, 9.8, "CNY 100 million", "actual"),
            ("身份认证与深度伪造检测", 2024, 14.5, "CNY 100 million", "actual"),
            ("身份认证与深度伪造检测", 2025, 21.0, "CNY 100 million", "estimate"),
            ("智能邮件安全", 2023, 15.2, "CNY 100 million", "actual"),
            ("智能邮件安全", 2024, 19.1, "CNY 100 million", "actual"),
            ("智能邮件安全", 2025, 23.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 157.2, "CNY 100 million", "actual"),
            ("合计", 2024, 205.5, "CNY 100 million", "actual"),
            ("合计", 2025, 267.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 12.1 + 61.7 + 9.8 + 15.2 = 157.2
            # 2024: 74.9 + 20.6 + 76.3 + 14.5 + 19.1 = 205.4, not 205.5; bounds 205.15..205.65 -> only by rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 95.2 + 33.8 + 93.5 + 21.0 + 23.6 = 267.1
        ],
    ),
    # 19. Tokyo broker, tab-separated fiscal-year table in ¥bn with a Total row and a CAGR column (span printed in
    #     the header); Email & collaboration security's 16.0% holds only by rounding.
    #     Expected nowhere: the figure number, the note's date.
    dict(
        text=(
            "Tokyo, 9 June 2025 | Fig. 4: Japan AI security market by segment (¥bn, fiscal years)\n"
            "Segment\tFY2023\tFY2024\tFY2025E\tFY2027E\tCAGR FY24-27E\n"
            "Threat detection & response\t48.2\t57.5\t68.9\t97.4\t19.2%\n"
            "Email & collaboration security\t11.3\t13.6\t15.8\t21.2\t16.0%\n"
            "Fraud detection\t62.5\t74.1\t88.7\t124.6\t18.9%\n"
            "Identity verification\t7.9\t10.4\t13.5\t22.1\t28.6%\n"
            "Total\t129.9\t155.6\t186.9\t265.3\t19.5%\n"
            "Source: company data, Kasumi Securities estimates"
        ),
        obs=[
            ("Threat detection & response", 2023, 48.2, "JPY billion", "actual"),
            ("Threat detection & response", 2024, 57.5, "JPY billion", "actual"),
            ("Threat detection & response", 2025, 68.9, "JPY billion", "estimate"),
            ("Threat detection & response", 2027, 97.4, "JPY billion", "estimate"),
            ("Email & collaboration security", 2023, 11.3, "JPY billion", "actual"),
            ("Email & collaboration security", 2024, 13.6, "JPY billion", "actual"),
            ("Email & collaboration security", 2025, 15.8, "JPY billion", "estimate"),
            ("Email & collaboration security", 2027, 21.2, "JPY billion", "estimate"),
            ("Fraud detection", 2023, 62.5, "JPY billion", "actual"),
            ("Fraud detection", 2024, 74.1, "JPY billion", "actual"),
            ("Fraud detection", 2025, 88.7, "JPY billion", "estimate"),
            ("Fraud detection", 2027, 124.6, "JPY billion", "estimate"),
            ("Identity verification", 2023, 7.9, "JPY billion", "actual"),
            ("Identity verification", 2024, 10.4, "JPY billion", "actual"),
            ("Identity verification", 2025, 13.5, "JPY billion", "estimate"),
            ("Identity verification", 2027, 22.1, "JPY billion", "estimate"),
            ("Total", 2023, 129.9, "JPY billion", "actual"),
            ("Total", 2024, 155.6, "JPY billion", "actual"),
            ("Total", 2025, 186.9, "JPY billion", "estimate"),
            ("Total", 2027, 265.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 28.6, "percent", 2024, 2027, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (97.4 / 57.5) ** (1 / 3) - 1 = 19.21% -> 19.2
            # (21.2 / 13.6) ** (1 / 3) - 1 = 15.95% -> 15.9, not 16.0; bounds (21.15 / 13.65) ** (1/3) - 1 = 15.72%,
            # (21.25 / 13.55) ** (1/3) - 1 = 16.18% -> 16.0 only by rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (124.6 / 74.1) ** (1 / 3) - 1 = 18.91% -> 18.9
            ("cagr|implied", "exact"),  # (22.1 / 10.4) ** (1 / 3) - 1 = 28.56% -> 28.6
            ("cagr|implied", "exact"),  # (265.3 / 155.6) ** (1 / 3) - 1 = 19.47% -> 19.5
            ("hierarchy", "exact"),  # FY2023: 48.2 + 11.3 + 62.5 + 7.9 = 129.9
            ("hierarchy", "exact"),  # FY2024: 57.5 + 13.6 + 74.1 + 10.4 = 155.6
            ("hierarchy", "exact"),  # FY2025E: 68.9 + 15.8 + 88.7 + 13.5 = 186.9
            ("hierarchy", "exact"),  # FY2027E: 97.4 + 21.2 + 124.6 + 22.1 = 265.3
        ],
    ),
    # 20. Taiwanese pipe table (Traditional) in 新台幣百萬元 with a share column and a 合計 row; 28.0% only by rounding.
    #     Expected nowhere: the table number, the 100.0% total share, the fraud losses in the note.
    dict(
        text=(
            "表2　2024年台灣金融業AI詐欺防制市場結構（單位：新台幣百萬元）\n"
            "| 項目 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 信用卡交易監控 | 1,486 | 36.0% |\n"
            "| 數位帳戶與身分驗證 | 1,154 | 28.0% |\n"
            "| 反洗錢智慧分析 | 968 | 23.4% |\n"
            "| 深偽與語音詐騙偵測 | 521 | 12.6% |\n"
            "| 合計 | 4,129 | 100.0% |\n"
            "註：同年全台詐騙財損約新台幣122億元。"
        ),
        obs=[
            ("信用卡交易監控", 2024, 1486, "TWD million", "actual"),
            ("數位帳戶與身分驗證", 2024, 1154, "TWD million", "actual"),
            ("反洗錢智慧分析", 2024, 968, "TWD million", "actual"),
            ("深偽與語音詐騙偵測", 2024, 521, "TWD million", "actual"),
            ("合計", 2024, 4129, "TWD million", "actual"),
        ],
        claims=[
            ("share", 36.0, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("share", 23.4, "percent", 2024, 2024, None),
            ("share", 12.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1486 / 4129 = 35.99% -> 36.0
            # 1154 / 4129 = 27.949% -> 27.9, not 28.0; bounds 1153.5 / 4129.5 = 27.933%, 1154.5 / 4128.5 = 27.964%
            # -> 28.0 only by rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 968 / 4129 = 23.44% -> 23.4
            ("arithmetic", "exact"),  # 521 / 4129 = 12.62% -> 12.6
            ("hierarchy", "exact"),  # 1486 + 1154 + 968 + 521 = 4129
        ],
    ),
    # 21. US vendor's Q4 earnings-call transcript sizing its TAM; CAGR span only from the amounts' years; "more than
    #     doubles" as x2. Expected nowhere: Q4 revenue and growth, ARR, customer and event counts, 96% of alerts,
    #     the ~$210 billion whole cybersecurity spend, the 2025 revenue guidance range.
    dict(
        text=(
            "Sentinel Arc Systems, Inc. (NASDAQ: SARC) Fourth Quarter and Full Year 2024 Earnings Conference Call, "
            "February 26, 2025 - edited transcript\n"
            "Dana Whitfield, Chief Executive Officer: Thank you, operator, and good afternoon, everyone. Q4 revenue "
            "was $212.4 million, up 29% year over year, and we exited the year with ARR of $905 million across "
            "roughly 3,400 customers. The platform triaged just over 1.1 trillion security events in the quarter and "
            "closed about 96% of alerts without a human touching them. I want to spend a minute on the size of the "
            "prize, because it's the question I get most. Of the roughly $210 billion enterprises will put into "
            "cybersecurity this year, most still buys tools that hand an analyst a queue. We size the addressable "
            "market for AI-native security operations - detection, investigation and automated response - at $41 "
            "billion in 2024, and we think it more than doubles, to $83 billion, by 2028. That's a compound rate of "
            "a little over 19%. With that backdrop, we're guiding 2025 revenue to $1.02 billion to $1.04 billion."
        ),
        obs=[
            ("Total", 2024, 41, "USD billion", "actual"),
            ("Total", 2028, 83, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
            ("cagr", 19, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (83 / 41) ** (1 / 4) - 1 = 19.28% -> 19
        ],
    ),
    # 22. Singapore working-paper abstract: stated CAGR over 2019-2024, "more than three times" as x3.
    #     Expected nowhere: working-paper number, bank and PSP counts, scam losses, the 11% rise in scam cases, the
    #     10% / 1.8% elasticity, JEL codes.
    dict(
        text=(
            "Straits Centre for Financial Stability - Working Paper WP/2025/07 (June 2025)\n"
            "Machine Learning at the Gate: Fraud-Detection Spending and Scam Losses in Southeast Asian Banking\n"
            "Abstract. We assemble procurement and disclosure data for 43 banks and 19 payment service providers in "
            "six ASEAN economies to trace the adoption of machine-learning fraud detection. Spending on such systems "
            "across the region reached US$1.86 billion in 2024, more than three times the US$0.54 billion spent in "
            "2019, a compound annual growth rate of 28% over 2019-2024. We project outlays of about US$3.9 billion in "
            "2027. Reported scam losses in the sample economies nevertheless rose to an estimated US$4.7 billion in "
            "2024, and the number of reported scam cases grew 11%. We find that a 10% increase in detection spending "
            "is associated with a 1.8% reduction in losses per retail account, with larger effects where real-time "
            "payment schemes are mature. JEL codes: G21, G28, O33."
        ),
        obs=[
            ("Total", 2019, 0.54, "USD billion", "actual"),
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2027, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2019, 2024, 5.0),
            ("cagr", 28, "percent", 2019, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.86 / 0.54) ** (1 / 5) - 1 = 28.06% -> 28
        ],
    ),
    # 23. X (Twitter) thread quoting a research house; YoY growth holds only by rounding.
    #     Expected nowhere: tweet numbers, BEC losses and complaint count, 640 CISOs and 71%, a vendor's $200M ARR.
    dict(
        text=(
            "@cyberbudgets · Mar 3, 2025\n"
            "1/ AI email security is quietly becoming one of the fastest-growing corners of the security budget. "
            "Short thread on the new Harrow Lane Research numbers 🧵\n"
            "2/ Spend on AI-based email defence (BEC detection, phishing triage, account-takeover) hit $2.44B in "
            "2024. That's up 25% from $1.96B in 2023.\n"
            "3/ Harrow Lane's forecast: $6.3B by 2029, a 20.9% CAGR for 2024-29. Not crazy once you see how fast "
            "gateways are being ripped out.\n"
            "4/ For context, the FBI logged $2.9B in business email compromise losses last year, from 21,000+ "
            "complaints. Attackers write better English with LLMs than most of us do.\n"
            "5/ Their survey of 640 CISOs: 71% plan to replace their secure email gateway within two years.\n"
            "6/ Biggest winner so far? The API-based vendors - one of them just passed $200M ARR. /end"
        ),
        obs=[
            ("Total", 2023, 1.96, "USD billion", "actual"),
            ("Total", 2024, 2.44, "USD billion", "actual"),
            ("Total", 2029, 6.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (2.44 / 1.96) - 1 = 24.49% -> 24, not 25; bounds 2.435 / 1.965 - 1 = 23.92%,
            # 2.445 / 1.955 - 1 = 25.06% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6.3 / 2.44) ** (1 / 5) - 1 = 20.89% -> 20.9
        ],
    ),
    # 24. US web article with a correction: the corrected 2024 figure is the one expected; CAGR span inferred.
    #     Expected nowhere: the erroneous $1.84 billion, the $25 million deepfake-call loss, "roughly half" (share in
    #     words), the attempt frequency, the $48 million Series B and ~$400 million valuation.
    dict(
        text=(
            "Deepfake detection is the new must-have for banks' onboarding teams\n"
            "By Priya Raman | Published May 12, 2025, 6:00 a.m. ET | Updated May 14, 2025\n"
            "When a finance clerk at a multinational's Hong Kong office wired $25 million to fraudsters after a video "
            "call populated entirely by deepfakes, compliance teams everywhere took notice. Spending on deepfake and "
            "synthetic-identity detection tools came to $1.34 billion in 2024, according to Boston-based Veritas Gate "
            "Research, and the firm expects it to reach $4.9 billion by 2030 - a compound annual rate of 24.1%. "
            "Banks and fintech lenders account for roughly half of that spend. One vendor says its systems now flag "
            "a deepfake attempt every five minutes. Tel Aviv's ClearFrame raised a $48 million Series B in April at "
            "a valuation said to be near $400 million.\n"
            "Correction: An earlier version of this article misstated Veritas Gate's estimate for 2024 as $1.84 "
            "billion. The firm puts the 2024 market at $1.34 billion."
        ),
        obs=[
            ("Total", 2024, 1.34, "USD billion", "actual"),
            ("Total", 2030, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.9 / 1.34) ** (1 / 6) - 1 = 24.12% -> 24.1
        ],
    ),
    # 25. Israeli company's annual-report letter: ITDR market (Total) with stated CAGR; a second market beside it.
    #     Expected nowhere: own revenue and growth, FCF margin, headcount, 62% of incidents, median ransom demand.
    dict(
        text=(
            "Letter to Shareholders - Kinneret Identity Systems Ltd., Annual Report 2024\n"
            "Tel Aviv, March 20, 2025\n"
            "Dear fellow shareholders,\n"
            "2024 was the year identity became the perimeter. Our revenue grew 31% to $388 million, free cash flow "
            "margin reached 22%, and our team passed 1,450 people across Tel Aviv, Austin and Bangalore. We estimate "
            "that organisations spent $3.1 billion on AI-driven identity threat detection and response (ITDR) in "
            "2024, and we expect that market to grow to $9.8 billion in 2029, or 25.9% a year from 2024 to 2029. "
            "Alongside it, the cloud detection and response market, which we also serve, stood at about $2.6 billion "
            "last year. Attackers have noticed the shift: in incidents our responders handled, stolen credentials were "
            "the entry point in 62% of cases, and the median ransom demand topped $1.5 million."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2029, 9.8, "USD billion", "estimate"),
            ("Cloud detection and response", 2024, 2.6, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 25.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 3.1) ** (1 / 5) - 1 = 25.89% -> 25.9
        ],
    ),
    # 26. German payments firm's capital-markets-day slide bullets: total, two segments with shares, a 2028 range.
    #     Expected nowhere: EEA fraud losses, transactions screened, analyst headcount, 15% share ambition, own
    #     revenue ambition, EBITDA margin, the slide number.
    dict(
        text=(
            "Rheinpay AG | Capital Markets Day 2025 | Frankfurt am Main, 18 September 2025\n"
            "Slide 14 - Fraud & identity: a profit pool growing faster than payments\n"
            "• AI fraud prevention for European merchants, PSPs and acquirers: €2.9bn addressable market in 2024\n"
            "\t– Card-not-present: €1.5bn (52%)\n"
            "\t– Instant & account-to-account payments: €0.8bn (28%)\n"
            "• Expected to reach €4.6–5.1bn by 2028 as instant-payment verification rules bite\n"
            "• EEA payment fraud losses: €4.3bn in 2023 - the problem we solve\n"
            "• Rheinpay today: 14bn transactions screened p.a., 420 fraud analysts\n"
            "• Ambition 2028: 15% market share, fraud & identity revenue >€350m, EBITDA margin ≥40%"
        ),
        obs=[
            ("Total", 2024, 2.9, "EUR billion", "actual"),
            ("Card-not-present", 2024, 1.5, "EUR billion", "actual"),
            ("Instant & account-to-account payments", 2024, 0.8, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 52, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("value", 4.6, "EUR billion", 2028, 2028, None),
            ("value", 5.1, "EUR billion", 2028, 2028, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.5 / 2.9 = 51.72% -> 52
            ("arithmetic", "exact"),  # 0.8 / 2.9 = 27.59% -> 28
        ],
    ),
    # 27. Q&A forum answer citing two research houses; the first house's figures are the snippet's; CAGR inferred.
    #     Expected nowhere: Corvane's 2023 $3.0 billion, "about a quarter" (share in words), upvotes, 40 billion
    #     alerts, ~90 analysts.
    dict(
        text=(
            "Q: Is the XDR market really as big as vendors claim? Every deck I see has a different number.\n"
            "A (answered Feb 9, 2025 · 312 upvotes): Depends who you ask and what they count. Brightwater Analytics "
            "sized extended detection and response (XDR) at $2.37 billion in 2023 and has it at $7.2 billion in "
            "2028, which they describe as a 24.9% CAGR. Corvane Research gets a bigger 2023 number, $3.0 billion, "
            "mostly because it folds managed detection bundles in. Either way, about a quarter of spend comes from "
            "mid-market firms buying XDR as a service. Don't read much into alert counts in vendor decks - 'we "
            "process 40 billion alerts a month' says nothing about market size. Disclosure: I work for an MSSP "
            "with ~90 analysts."
        ),
        obs=[
            ("Total", 2023, 2.37, "USD billion", "actual"),
            ("Total", 2028, 7.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.9, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.2 / 2.37) ** (1 / 5) - 1 = 24.89% -> 24.9
        ],
    ),
    # 28. Singapore research-house note; series unit USD million, so the 2030 US$9.6 billion is expected as 9600;
    #     the stated CAGR is inconsistent. Expected nowhere: the won figures (spend and voice-phishing losses),
    #     the price target and upside, the covered company's 1H25 revenue growth, the note's date.
    dict(
        text=(
            "Lion City Equity Research | Asia Fintech & Security | 14 August 2025\n"
            "AI fraud detection in Asia-Pacific banking: the spend is only getting started\n"
            "We estimate Asia-Pacific banks and payment firms spent US$4,120 million on AI-based fraud detection in "
            "2024 and forecast US$9.6 billion by 2030, a CAGR of 16.2% (2024-30). Banks account for US$2,930 million "
            "of the 2024 base, or 71%. An aside on Korea: lenders there spent roughly ₩1.3 trillion on such tools "
            "last year as voice-phishing losses crossed ₩190 billion. Top pick: Merlion Shield (BUY, TP S$4.80, "
            "27% upside), whose 1H25 revenue rose 38%."
        ),
        obs=[
            ("Total", 2024, 4120, "USD million", "actual"),
            ("Total", 2030, 9600, "USD million", "estimate"),
            ("Banks", 2024, 2930, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("share", 71, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (9600 / 4120) ** (1 / 6) - 1 = 15.14%; bounds (9550 / 4120.5) ** (1/6) - 1 = 15.04%,
            # (9650 / 4119.5) ** (1/6) - 1 = 15.24% -> 16.2 not reachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 2930 / 4120 = 71.12% -> 71
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, "this year" estimate, 突破 target.
    #     Expected nowhere: 约占四成 (share in words), whole cybersecurity industry 2200亿元, intercepted calls,
    #     avoided losses, member count.
    dict(
        text=(
            "2025-04-16 来源：新华网\n"
            "新华社北京4月16日电（记者林晓）记者16日从中国网络安全产业促进会获悉，2024年我国人工智能威胁检测与"
            "反欺诈市场规模达到186.3亿元，较2023年的142亿元增长31.2%，今年有望达到240亿元左右，到2027年将突破"
            "400亿元。其中，金融行业采购约占四成。促进会发布的报告还显示，2024年全国网络安全产业规模约2200亿元。"
            "据介绍，去年公安机关依托智能预警系统拦截诈骗电话2.7亿次，避免群众损失1140亿元。促进会目前有成员单位"
            "300余家。"
        ),
        obs=[
            ("Total", 2023, 142, "CNY 100 million", "actual"),
            ("Total", 2024, 186.3, "CNY 100 million", "actual"),
            ("Total", 2025, 240, "CNY 100 million", "estimate"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.3 / 142 - 1 = 31.20% -> 31.2
        ],
    ),
    # 30. Ministry implementation plan (Simplified): 2024 base with a YoY rate but no 2023 amount; 2027 target;
    #     翻一番 as x2. Expected nowhere: title years, document number, 80% deployment rate, firm counts and their
    #     revenue threshold, case and talent counts.
    dict(
        text=(
            "关于印发《人工智能赋能网络安全产业高质量发展实施方案（2025—2027年）》的通知\n"
            "数安发〔2025〕12号\n"
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团有关主管部门：\n"
            "一、发展基础\n"
            "2024年，我国人工智能安全产品和服务产业规模达到296亿元，同比增长27.6%，智能威胁检测、安全运营大模型、"
            "深度伪造鉴别等产品加快落地。\n"
            "二、主要目标\n"
            "到2027年，人工智能安全产品和服务产业规模超过600亿元，较2024年翻一番；重点行业关键信息基础设施运营者"
            "智能威胁检测部署率达到80%以上；培育10家以上营业收入超过10亿元的骨干企业，遴选50个以上典型应用案例，"
            "培养专业人才5万名。\n"
            "国家数字安全发展局\n"
            "2025年3月28日"
        ),
        obs=[
            ("Total", 2024, 296, "CNY 100 million", "actual"),
            ("Total", 2027, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],  # the 27.6% has no 2023 amount; a multiple gets no verdict
    ),
    # 31. Taiwanese MIC-style release (Traditional): YoY, two segment shares (one only by rounding), stated CAGR.
    #     Expected nowhere: the report title year, the date (22), 312 firms, 逾六成 (survey), scam losses.
    dict(
        text=(
            "產業情報研究院（TIRI）今（22）日發布《2025台灣AI資安產業趨勢》指出，2024年台灣AI資安市場規模達新台幣"
            "128.6億元，較2023年的108.6億元年增18.4%。其中，金融業AI詐騙偵測方案規模為新台幣45.2億元，占35.2%；"
            "AI郵件與端點防護為新台幣31.4億元，占24.4%。TIRI預估，受惠於生成式AI攻擊手法普及與主管機關要求強化身分"
            "驗證，2027年市場規模將達新台幣236億元，2024至2027年年複合成長率（CAGR）為22.4%。TIRI本次調查312家"
            "企業，逾六成表示今年將增加AI資安預算；同期全台詐騙財損則高達新台幣87億元。\n"
            "（TIRI新聞稿，2025年5月22日）"
        ),
        obs=[
            ("Total", 2023, 108.6, "TWD 100 million", "actual"),
            ("Total", 2024, 128.6, "TWD 100 million", "actual"),
            ("金融業AI詐騙偵測方案", 2024, 45.2, "TWD 100 million", "actual"),
            ("AI郵件與端點防護", 2024, 31.4, "TWD 100 million", "actual"),
            ("Total", 2027, 236, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 24.4, "percent", 2024, 2024, None),
            ("cagr", 22.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128.6 / 108.6 - 1 = 18.42% -> 18.4
            # 45.2 / 128.6 = 35.15% -> 35.1, not 35.2; bounds 45.15 / 128.65 = 35.10%,
            # 45.25 / 128.55 = 35.20% -> 35.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31.4 / 128.6 = 24.42% -> 24.4
            ("cagr|implied", "exact"),  # (236 / 128.6) ** (1 / 3) - 1 = 22.43% -> 22.4
        ],
    ),
    # 32. Hong Kong press report (Traditional): 去年 = 2024 (approximate 約, kept as printed), 明年 = 2026;
    #     the YoY rate is inconsistent. Expected nowhere: 逾七成 (share in words), scam cases and losses,
    #     a start-up's HK$4.86億 round and 30億 valuation.
    dict(
        text=(
            "【本報訊】2025年6月3日——騙案持續肆虐，本港銀行及支付機構紛紛加碼人工智能防詐騙系統。顧問公司維港數據"
            "研究（Harbour Data Research）今日公布，本港金融機構去年在AI防詐騙方案上的開支約為18.6億港元，較2023年的"
            "15.2億港元按年增長28%，預計明年將增至31億港元。報告指，銀行佔整體開支逾七成。警方數字顯示，去年全港共"
            "錄得44,480宗詐騙案，損失金額高達91億港元。另外，本地初創Verilink早前完成4.86億港元B輪融資，估值約30億"
            "港元。"
        ),
        obs=[
            ("Total", 2023, 15.2, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2026, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18.6 / 15.2 - 1 = 22.37%; bounds 18.55 / 15.25 - 1 = 21.64%, 18.65 / 15.15 - 1 = 23.10%
            # -> 28 not reachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional): 去年 = 2024, 今年 = 2025 (estimate); YoY holds only by rounding.
    #     Expected nowhere: 三成 of banks (words, and no share of the market), the poster's cost and EPS, scam losses,
    #     the post time, the push comment's repeated figure.
    dict(
        text=(
            "作者 cybertw (資安打工仔)\n"
            "看板 Stock\n"
            "標題 [心得] 全球SOC AI助理這塊真的在長\n"
            "時間 Sun Jun  8 14:22:51 2025\n"
            "\n"
            "最近在追資安股，順手整理一下看到的數字。\n"
            "根據國外研調機構 Northgate Insight 的報告，全球 SOC AI 助理（就是幫分析師看告警、寫調查報告的那種 "
            "copilot）去年市場大概24.6億美元，今年估計會到30億美元，年增約21%，2028年上看58億美元。\n"
            "台灣這邊規模還小，我問過幾個做 SI 的朋友，大概三成銀行有在 PoC。\n"
            "我自己的部位是某資安股，成本 312，上季 EPS 2.1，不構成投資建議啦。\n"
            "順帶一提，全台去年詐騙財損好像破 80 億，難怪大家都在買防詐方案。\n"
            "\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)\n"
            "推 zxcv: 30億美元是只算軟體嗎\n"
            "→ cybertw: 對 不含託管服務"
        ),
        obs=[
            ("Total", 2024, 24.6, "USD 100 million", "actual"),
            ("Total", 2025, 30, "USD 100 million", "estimate"),
            ("Total", 2028, 58, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 30 / 24.6 - 1 = 21.95% -> 22, not 21; bounds 29.5 / 24.65 - 1 = 19.68%,
            # 30.5 / 24.55 - 1 = 24.24% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Mainland brokerage research abstract (Simplified) with a 2027 range (two value claims, no obs).
    #     Expected nowhere: report date, 26.2万起 cases, the rating, target price, covered firm's revenue.
    dict(
        text=(
            "华景证券｜计算机行业深度报告｜2025年5月19日\n"
            "AI反欺诈：大模型重塑风控，行业迎来量价齐升\n"
            "投资要点：我们测算，2024年国内AI反欺诈市场（含银行、支付、电信及互联网平台）规模约92亿元，同比增长26%"
            "（2023年为73亿元）。2024年全国公安机关破获电信网络诈骗案件26.2万起，监管持续高压叠加大模型在实时风控中"
            "的落地，我们预计2027年市场规模将达到185-210亿元。投资建议：首次覆盖，给予行业“推荐”评级，重点推荐"
            "信安智联（目标价56.8元，预计2025年营收14.2亿元）。风险提示：银行IT预算不及预期；行业竞争加剧。"
        ),
        obs=[
            ("Total", 2023, 73, "CNY 100 million", "actual"),
            ("Total", 2024, 92, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("value", 185, "CNY 100 million", 2027, 2027, None),
            ("value", 210, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 92 / 73 - 1 = 26.03% -> 26
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified): the company's TAM is the Total; 今年 = 2025
    #     estimate; "是2024年的3倍以上" as x3. Expected nowhere: 三成左右 (own share, in words), Q1 revenue and its
    #     decline, full-year revenue, gross margin, the stock code and meeting time.
    dict(
        text=(
            "启衡科技（688517）2024年度暨2025年第一季度业绩说明会文字实录\n"
            "时间：2025年4月28日 15:00-16:30\n"
            "问：请问公司如何看待AI安全运营的市场空间？\n"
            "董事长 周立衡：谢谢您的提问。根据我们的测算，2024年国内AI安全运营（AISOC）市场规模大约是48亿元，今年"
            "预计能到65亿元，增速在35%左右；到2028年有望超过150亿元，是2024年的3倍以上。目前公司在这个细分市场的"
            "份额大概三成左右。\n"
            "问：一季度收入下滑的原因是什么？\n"
            "财务总监 韩蕾：公司2025年第一季度实现营业收入3.2亿元，同比下降6.4%，主要受项目验收节奏影响；2024年全年"
            "营业收入18.7亿元，毛利率61.3%。"
        ),
        obs=[
            ("Total", 2024, 48, "CNY 100 million", "actual"),
            ("Total", 2025, 65, "CNY 100 million", "estimate"),
            ("Total", 2028, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 65 / 48 - 1 = 35.42% -> 35
        ],
    ),
    # 36. US research firm's markdown table by segment with a Total row; the 2027F column adds only by rounding.
    #     Expected nowhere: brief and table numbers, the wider cybersecurity market (USD 213 billion), 1,150 buyers.
    dict(
        text=(
            "Northfield Security Research - Market Brief MB-25-031, 10 April 2025\n"
            "Table 3. Worldwide spending on AI-enabled security analytics by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2027F |\n"
            "|---|---:|---:|---:|\n"
            "| Threat detection & response (XDR/NDR) | 4.82 | 6.05 | 11.40 |\n"
            "| SOC copilots & automation | 0.96 | 1.71 | 5.22 |\n"
            "| Fraud & transaction analytics | 3.37 | 4.02 | 6.85 |\n"
            "| Identity & deepfake detection | 1.18 | 1.57 | 3.36 |\n"
            "| Total | 10.33 | 13.35 | 26.84 |\n"
            "Note: F = forecast. Totals may not sum due to rounding. Excludes general-purpose SIEM licences and the "
            "wider cybersecurity market (USD 213 billion in 2024). Survey base: 1,150 security buyers."
        ),
        obs=[
            ("Threat detection & response (XDR/NDR)", 2023, 4.82, "USD billion", "actual"),
            ("SOC copilots & automation", 2023, 0.96, "USD billion", "actual"),
            ("Fraud & transaction analytics", 2023, 3.37, "USD billion", "actual"),
            ("Identity & deepfake detection", 2023, 1.18, "USD billion", "actual"),
            ("Total", 2023, 10.33, "USD billion", "actual"),
            ("Threat detection & response (XDR/NDR)", 2024, 6.05, "USD billion", "actual"),
            ("SOC copilots & automation", 2024, 1.71, "USD billion", "actual"),
            ("Fraud & transaction analytics", 2024, 4.02, "USD billion", "actual"),
            ("Identity & deepfake detection", 2024, 1.57, "USD billion", "actual"),
            ("Total", 2024, 13.35, "USD billion", "actual"),
            ("Threat detection & response (XDR/NDR)", 2027, 11.40, "USD billion", "estimate"),
            ("SOC copilots & automation", 2027, 5.22, "USD billion", "estimate"),
            ("Fraud & transaction analytics", 2027, 6.85, "USD billion", "estimate"),
            ("Identity & deepfake detection", 2027, 3.36, "USD billion", "estimate"),
            ("Total", 2027, 26.84, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 4.82 + 0.96 + 3.37 + 1.18 = 10.33
            ("hierarchy", "exact"),  # 6.05 + 1.71 + 4.02 + 1.57 = 13.35
            # 11.40 + 5.22 + 6.85 + 3.36 = 26.83, not 26.84; bounds 26.81 .. 26.85 -> 26.84 reached by rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Japanese research firm's tab-separated vertical table, value column headed only by its unit (Total, JPY
    #     billion), with a YoY column: FY2022 only by rounding, FY2024 inconsistent. Expected nowhere: note numbers,
    #     the April-June quarter, internet-banking fraud losses, the release date.
    dict(
        text=(
            "Tokyo Keizai Insight - Domestic market for AI-based fraud detection solutions (press release, 24 July 2025)\n"
            "Fiscal year\t¥ billion\tYoY\n"
            "FY2021\t38.4\t-\n"
            "FY2022\t46.9\t22.2%\n"
            "FY2023\t57.0\t21.5%\n"
            "FY2024\t70.3\t25.3%\n"
            "FY2025E\t85.6\t21.8%\n"
            "FY2026E\t103.2\t20.6%\n"
            "Notes: 1. Fiscal years run April to March; E = estimate. 2. Vendor shipment basis, excluding in-house "
            "development. 3. April-June 2025 quarter: ¥19.8 billion (preliminary). 4. Losses from unauthorised "
            "internet-banking transfers in 2024: ¥8.7 billion."
        ),
        obs=[
            ("Total", 2021, 38.4, "JPY billion", "actual"),
            ("Total", 2022, 46.9, "JPY billion", "actual"),
            ("Total", 2023, 57.0, "JPY billion", "actual"),
            ("Total", 2024, 70.3, "JPY billion", "actual"),
            ("Total", 2025, 85.6, "JPY billion", "estimate"),
            ("Total", 2026, 103.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2021, 2022, 1.0),
            ("growth", 21.5, "percent", 2022, 2023, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
            ("growth", 20.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 46.9 / 38.4 - 1 = 22.14% -> 22.1, not 22.2; bounds 46.85 / 38.45 - 1 = 21.85%,
            # 46.95 / 38.35 - 1 = 22.43% -> 22.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 57.0 / 46.9 - 1 = 21.54% -> 21.5
            # 70.3 / 57.0 - 1 = 23.33%; bounds 70.25 / 57.05 - 1 = 23.14%, 70.35 / 56.95 - 1 = 23.53%
            # -> 25.3 not reachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 85.6 / 70.3 - 1 = 21.76% -> 21.8
            ("cagr|implied", "exact"),  # 103.2 / 85.6 - 1 = 20.56% -> 20.6
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by segment with a 合计 row; 2025年E column estimates.
    #     Expected nowhere: the table number, the white paper's title year, the whole cybersecurity market (约2180亿元).
    dict(
        text=(
            "表2  中国AI安全细分市场规模（单位：亿元）\n"
            "细分领域                2023年     2024年     2025年E\n"
            "AI威胁检测与响应          62.4       81.7       104.9\n"
            "智能安全运营（SOC）       28.5       39.2        53.8\n"
            "金融AI反欺诈              46.1       57.3        70.6\n"
            "深度伪造检测               6.8       11.5        18.2\n"
            "合计                     143.8      189.7       247.5\n"
            "资料来源：赛博智研院《2025中国AI安全市场白皮书》，2025年3月。\n"
            "注：网络安全整体市场规模约2180亿元，未列入本表。"
        ),
        obs=[
            ("AI威胁检测与响应", 2023, 62.4, "CNY 100 million", "actual"),
            ("智能安全运营（SOC）", 2023, 28.5, "CNY 100 million", "actual"),
            ("金融AI反欺诈", 2023, 46.1, "CNY 100 million", "actual"),
            ("深度伪造检测", 2023, 6.8, "CNY 100 million", "actual"),
            ("合计", 2023, 143.8, "CNY 100 million", "actual"),
            ("AI威胁检测与响应", 2024, 81.7, "CNY 100 million", "actual"),
            ("智能安全运营（SOC）", 2024, 39.2, "CNY 100 million", "actual"),
            ("金融AI反欺诈", 2024, 57.3, "CNY 100 million", "actual"),
            ("深度伪造检测", 2024, 11.5, "CNY 100 million", "actual"),
            ("合计", 2024, 189.7, "CNY 100 million", "actual"),
            ("AI威胁检测与响应", 2025, 104.9, "CNY 100 million", "estimate"),
            ("智能安全运营（SOC）", 2025, 53.8, "CNY 100 million", "estimate"),
            ("金融AI反欺诈", 2025, 70.6, "CNY 100 million", "estimate"),
            ("深度伪造检测", 2025, 18.2, "CNY 100 million", "estimate"),
            ("合计", 2025, 247.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 62.4 + 28.5 + 46.1 + 6.8 = 143.8
            ("hierarchy", "exact"),  # 81.7 + 39.2 + 57.3 + 11.5 = 189.7
            ("hierarchy", "exact"),  # 104.9 + 53.8 + 70.6 + 18.2 = 247.5
        ],
    ),
    # 39. Payment network's regional table with a CAGR 2024-30 column (stated span) and a World row; the Middle East &
    #     Africa CAGR holds only by rounding. Expected nowhere: the exhibit number, card fraud losses.
    dict(
        text=(
            "Meridian Payments Network - Risk Insights 2025, Exhibit 7\n"
            "AI fraud detection for banks and payments, by region (US$ billion)\n"
            "Region                  2024     2030F    CAGR 2024-30\n"
            "North America           3.84      9.12       15.5%\n"
            "Europe                  2.41      5.63       15.2%\n"
            "Asia Pacific            2.15      6.48       20.2%\n"
            "Latin America           0.52      1.41       18.1%\n"
            "Middle East & Africa    0.31      0.87       19.1%\n"
            "World                   9.23     23.51       16.9%\n"
            "For reference: card fraud losses worldwide reached US$33.8 billion in 2024."
        ),
        obs=[
            ("North America", 2024, 3.84, "USD billion", "actual"),
            ("Europe", 2024, 2.41, "USD billion", "actual"),
            ("Asia Pacific", 2024, 2.15, "USD billion", "actual"),
            ("Latin America", 2024, 0.52, "USD billion", "actual"),
            ("Middle East & Africa", 2024, 0.31, "USD billion", "actual"),
            ("World", 2024, 9.23, "USD billion", "actual"),
            ("North America", 2030, 9.12, "USD billion", "estimate"),
            ("Europe", 2030, 5.63, "USD billion", "estimate"),
            ("Asia Pacific", 2030, 6.48, "USD billion", "estimate"),
            ("Latin America", 2030, 1.41, "USD billion", "estimate"),
            ("Middle East & Africa", 2030, 0.87, "USD billion", "estimate"),
            ("World", 2030, 23.51, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.12 / 3.84) ** (1 / 6) - 1 = 15.51% -> 15.5
            ("cagr|implied", "exact"),  # (5.63 / 2.41) ** (1 / 6) - 1 = 15.19% -> 15.2
            ("cagr|implied", "exact"),  # (6.48 / 2.15) ** (1 / 6) - 1 = 20.19% -> 20.2
            ("cagr|implied", "exact"),  # (1.41 / 0.52) ** (1 / 6) - 1 = 18.09% -> 18.1
            # (0.87 / 0.31) ** (1 / 6) - 1 = 18.77% -> 18.8, not 19.1; bounds (0.865 / 0.315) ** (1/6) - 1 = 18.34%,
            # (0.875 / 0.305) ** (1/6) - 1 = 19.20% -> 19.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (23.51 / 9.23) ** (1 / 6) - 1 = 16.86% -> 16.9
            ("hierarchy", "exact"),  # 3.84 + 2.41 + 2.15 + 0.52 + 0.31 = 9.23
            ("hierarchy", "exact"),  # 9.12 + 5.63 + 6.48 + 1.41 + 0.87 = 23.51
        ],
    ),
    # 40. German federal office's statistics table with a share column (the 100.0 total is no claim).
    #     Expected nowhere: report title year, table number, 31% of enterprises (survey), 1,206 enterprises,
    #     1,482 reported incidents.
    dict(
        text=(
            "Federal Office for Digital Resilience - Statistical Report on AI in IT Security 2025\n"
            "Table 5.2: Spending by German enterprises on AI-based security applications, 2024\n"
            "Application                          EUR million    Share (%)\n"
            "Threat detection & response                1,126         41.2\n"
            "Email & collaboration security               418         15.3\n"
            "Fraud prevention (payments)                  587         21.5\n"
            "Identity & deepfake detection                302         11.1\n"
            "Security analytics & other                   299         10.9\n"
            "Total                                      2,732        100.0\n"
            "Survey base: 1,206 enterprises with 50 or more employees; 31% of them use at least one AI-based security "
            "application. Reported security incidents among respondents in 2024: 1,482."
        ),
        obs=[
            ("Threat detection & response", 2024, 1126, "EUR million", "actual"),
            ("Email & collaboration security", 2024, 418, "EUR million", "actual"),
            ("Fraud prevention (payments)", 2024, 587, "EUR million", "actual"),
            ("Identity & deepfake detection", 2024, 302, "EUR million", "actual"),
            ("Security analytics & other", 2024, 299, "EUR million", "actual"),
            ("Total", 2024, 2732, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 15.3, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 11.1, "percent", 2024, 2024, None),
            ("share", 10.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1126 / 2732 = 41.22% -> 41.2
            ("arithmetic", "exact"),  # 418 / 2732 = 15.30% -> 15.3
            ("arithmetic", "exact"),  # 587 / 2732 = 21.49% -> 21.5
            ("arithmetic", "exact"),  # 302 / 2732 = 11.05% -> 11.1
            ("arithmetic", "exact"),  # 299 / 2732 = 10.94% -> 10.9
            ("hierarchy", "exact"),  # 1126 + 418 + 587 + 302 + 299 = 2732
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 13, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% from $6.80 billion in 2023',
    'a compound annual growth rate of 19.3% between 2024 and 2030',
    '¥142bn in FY2024 and forecast ¥318bn by FY2028E',
    'Email security made up US$1.16 billion of that, or 24%',
    'growing at a compound annual rate of 19.4%',
    'at about $41 billion this year',
    'that more than doubles, to roughly $88 billion',
    'is to grow to at least EUR 5 billion by 2030',
    'between $5.5 billion and $7.0 billion in 2029',
    'The correct figure is $1.18 billion',
    '$38B by 2029, about 2.7x, which is a 22% CAGR',
    '同比增长31.2%，2023年这一数字为98.0亿元',
    '力争到2027年，全省智能网络安全产业规模突破300亿元',
    '较2022年增长3倍',
    '2024—2028年年均复合增长率为23.4%',
    '較2023年的157億元成長18.5%',
    '其中深偽偵測佔6.2億港元，佔比約16%',
    '去年国内AI邮件安全市场规模为21.4亿元',
    '今年有望达到27.8亿元，同比增长30.2%',
    '2024-2027年複合增速33.4%',
    '| Segment | 2023 | 2024 | 2025E | 2027F |',
    '2024         745    27.9%',
    '合计\t157.2\t205.5\t267.1',
    'Total\t129.9\t155.6\t186.9\t265.3\t19.5%',
    '| 數位帳戶與身分驗證 | 1,154 | 28.0% |',
    'at $41 billion in 2024',
    'more than doubles, to $83 billion, by 2028',
    'more than three times the US$0.54 billion',
    'a compound annual growth rate of 28% over 2019-2024',
    "That's up 25% from $1.96B in 2023.",
    'a 20.9% CAGR for 2024-29',
    'The firm puts the 2024 market at $1.34 billion.',
    'or 25.9% a year from 2024 to 2029',
    'stood at about $2.6 billion last year',
    'Expected to reach €4.6–5.1bn by 2028',
    'Card-not-present: €1.5bn (52%)',
    'which they describe as a 24.9% CAGR',
    'forecast US$9.6 billion by 2030',
    '较2023年的142亿元增长31.2%',
    '到2027年将突破400亿元',
    '超过600亿元，较2024年翻一番',
    '2024至2027年年複合成長率（CAGR）為22.4%',
    '較2023年的15.2億港元按年增長28%',
    '今年估計會到30億美元，年增約21%',
    '预计2027年市场规模将达到185-210亿元',
    '是2024年的3倍以上',
    'FY2024\t70.3\t25.3%',
    '合计                     143.8',
    'CAGR 2024-30',
    'Fraud prevention (payments)                  587',
)
LAYOUT = (40, 12, 14, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 208
#: figures, 56 rates, 79 verdicts and 4 false inconsistent
#: after the readings chosen on it and the hundred-and-seventy-eighth set: 228, 60, 89 and 2
FLOORS = {"figures_found": 228, "rates_found": 60, "verdicts_right": 89}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset176.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
