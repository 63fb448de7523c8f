"""A hundred-and-eighteenth check set for the extractor, written blind: AI and security, in English and Chinese
(Simplified and Traditional) -- the AI cybersecurity market, fraud detection and identity verification, deepfake
detection, AI governance and compliance software, sized by vendors' trade bodies, analysts, agencies' yearbooks and
Hong Kong, Taiwanese and Japanese research houses; losses to fraud, the cost of a breach, fines, ransoms, counts of
attacks and incidents, a vendor's own revenue, security budgets as a share of IT spending, survey answers and
percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. trade-body press release: 2024 actual and 2030 forecast with a printed-span CAGR ("for 2024-2030");
    #    distractors: member-firm count, "62% more" intrusion attempts (a count), cost of a breach, survey answer
    dict(
        text=(
            "WASHINGTON, 12 February 2025 — The Secure Intelligence Alliance, a trade body whose 1,200 member firms "
            "build security products, says the world market for AI-driven cybersecurity products and services was "
            "worth $24.8 billion in 2024. In its annual outlook the alliance forecasts that the market will reach "
            "$86.3 billion by 2030, a compound annual growth rate of 23.1% for 2024-2030. Attackers are not standing "
            "still: the alliance counted 62% more AI-assisted intrusion attempts last year, and the average cost of a "
            "breach climbed to $4.9 million. Member surveys show 71% of chief information security officers now run "
            "at least one AI tool in production."
        ),
        obs=[
            ("Total", 2024, 24.8, "USD billion", "actual"),
            ("Total", 2030, 86.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.3/24.8)**(1/6)-1 = 3.47984**(1/6)-1 = 23.10% -> 23.1
        ],
    ),
    # 2. earnings call: a CEO sizes the TAM (= Total) for fiscal 2024 and fiscal 2028, "roughly 15% a year" with no
    #    printed span (inferred); distractors: own ARR and its growth, a quarter's revenue, headcount, price target
    #    and upside, "a third of them"
    dict(
        text=(
            "On its fourth-quarter call on 6 March 2025, Veridane's chief executive, Lena Osei, told analysts that "
            "the total addressable market for AI-based identity verification was about $18 billion in fiscal 2024 "
            "and would grow to $31 billion by fiscal 2028, or roughly 15% a year. Veridane itself ended the year with "
            "annual recurring revenue of $412 million, up 34%, and fourth-quarter revenue of $118 million. The company "
            "now employs 1,900 people, a third of them engineers. Brokers at Stanmore & Pike kept their price target "
            "of $85, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31/18)**(1/4)-1 = 1.72222**0.25-1 = 14.56% -> 15
        ],
    ),
    # 3. dated news: "last year" (= 2024) up 42% from a printed 2023 amount; "this year" given only as a range
    #    (two value claims, no observation); distractors: a single fraud loss, percentage points, survey answer
    dict(
        text=(
            "LONDON, 9 April 2025 — Spending on deepfake-detection tools worldwide reached $1.38 billion last year, "
            "up 42% from $0.97 billion in 2023, according to Halvard Analytics. The firm expects between $1.8 billion "
            "and $2.0 billion this year as banks and broadcasters add voice- and video-clone screening. In one case "
            "cited in the report, an engineering firm lost $25 million to a deepfaked video call. The share of fraud "
            "attempts involving synthetic media rose 9 percentage points, and 61% of banks surveyed said they planned "
            "to buy detection tools within a year."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2023, 0.97, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
            ("value", 1.8, "USD billion", 2025, 2025, None),
            ("value", 2.0, "USD billion", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.38/0.97-1 = 42.27% -> 42
        ],
    ),
    # 4. analyst note: Total and a named segment with its share (part and whole printed -> arithmetic, only within
    #    rounding); 2024-2029 CAGR stated; distractors: consumers' fraud losses, the analyst's own revenue
    dict(
        text=(
            "NEW YORK — Corbel Research estimates that banks, retailers and payment firms spent $9.6 billion on "
            "AI-based fraud detection in 2024. Transaction monitoring, the largest segment, accounted for $4.0 "
            "billion, or 41% of the total. Corbel projects the market at $21.5 billion in 2029, a compound annual "
            "growth rate of 17.5% from 2024 to 2029. The spending compares with the $12.5 billion that American "
            "consumers reported losing to fraud in 2024. Corbel's own revenue from fraud-analytics subscriptions "
            "rose to $64 million."
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "actual"),
            ("Transaction monitoring", 2024, 4.0, "USD billion", "actual"),
            ("Total", 2029, 21.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 17.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 4.0/9.6 = 41.67% -> 42 != 41; bounds 3.95/9.65 = 40.93% .. 4.05/9.55 =
                                         # 42.41%, 41 inside -> rounding
            ("cagr|implied", "exact"),   # (21.5/9.6)**(1/5)-1 = 2.23958**0.2-1 = 17.499% -> 17.5
        ],
    ),
    # 5. national agency yearbook (GBP): "up 16%" that its own amounts contradict; distractors: yearbook year and
    #    chapter number, incident count and its percentage, fines, ransom, workforce headcount
    dict(
        text=(
            "The National Cyber Resilience Office's Yearbook 2025 (chapter 7) puts the UK market for AI-enabled "
            "security products and services at £1.61 billion in 2024, up 16% from £1.42 billion in 2023. The office "
            "handled 2,940 reported incidents over the same year, 18% of them involving AI-generated phishing. "
            "Regulators issued fines totalling £14 million for security failings, and the median ransom paid by "
            "victims was £240,000. The yearbook estimates the UK security workforce at 58,000."
        ),
        obs=[
            ("Total", 2024, 1.61, "GBP billion", "actual"),
            ("Total", 2023, 1.42, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 1.61/1.42-1 = 13.38%; bounds 1.605/1.425-1 = 12.63% ..
                                               # 1.615/1.415-1 = 14.13%; 16 unreachable
        ],
    ),
    # 6. Japanese IT research firm in yen billions (JPY billion), fiscal years, "average annual growth rate ...
    #    between fiscal 2024 and fiscal 2029" (stated span); distractors: respondents, survey answer,
    #    "next year", budget as a share of IT budgets
    dict(
        text=(
            "TOKYO, 22 July 2025 — Kanzaki IT Research puts the domestic market for AI-based security services, from "
            "anomaly detection to automated incident response, at ¥132.5 billion in fiscal 2024. It forecasts ¥310 "
            "billion in fiscal 2029, an average annual growth rate of 18.5% between fiscal 2024 and fiscal 2029. Of "
            "the 1,050 companies Kanzaki surveyed, 38% said they would raise security budgets next year, and security "
            "spending averaged 6.2% of IT budgets."
        ),
        obs=[
            ("Total", 2024, 132.5, "JPY billion", "actual"),
            ("Total", 2029, 310, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (310/132.5)**(1/5)-1 = 2.33962**0.2-1 = 18.53% -> 18.5
        ],
    ),
    # 7. forecast restated: 2028 raised to $5.2bn from an earlier $4.6bn (the old forecast expected nowhere);
    #    "about 29% a year" with no printed span (inferred); distractors: EU AI Act fine and % of turnover, poll
    dict(
        text=(
            "BRUSSELS, 30 October 2025 — Maple & Reede has raised its forecast for AI governance and compliance "
            "software, which helps firms inventory models, document risks and prove conformity with the EU AI Act. "
            "The consultancy sized the market at $1.9 billion in 2024 and now expects it to reach $5.2 billion in "
            "2028, up from the $4.6 billion it predicted for that year last autumn — growth of about 29% a year. "
            "Fines under the act can run to €35 million or 7% of worldwide turnover, which is concentrating minds. "
            "Still, only 27% of compliance officers polled said their firms had a complete model inventory."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2028, 5.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.2/1.9)**(1/4)-1 = 2.73684**0.25-1 = 28.62% -> 29
        ],
    ),
    # 8. Hong Kong research house in HK$: series opens in HK$ million, so HK$1.12 billion is expected as 1120
    #    HKD million; 2024-2028 CAGR stated; distractors: fraud losses in HK$, a first-half figure, supplier count
    dict(
        text=(
            "HONG KONG, 18 June 2025 — Harbourview Research sizes Hong Kong's market for AI-driven fraud detection and "
            "identity verification at HK$486 million in 2024 and projects HK$1.12 billion by 2028, a 2024-2028 "
            "compound annual growth rate of 23.2%. Banks account for most of the demand after fraud losses reported "
            "to police reached HK$9.1 billion last year. Vendors booked HK$260 million in the first half of 2025 "
            "alone, Harbourview said. The firm counts 140 local suppliers."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2028, 1120, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1120/486)**(1/4)-1 = 2.30453**0.25-1 = 23.21% -> 23.2
        ],
    ),
    # 9. "more than fivefold" between two printed amounts (x5 over 8 years, no verdict); a named segment's 2024
    #    amount; distractors: a quarter's bookings, "a multibillion-dollar opportunity", percentage points
    dict(
        text=(
            "SINGAPORE, 3 September 2025 — Corvane Insights put the worldwide market for AI-powered identity "
            "verification at $11.2 billion in 2024, and expects it to grow more than fivefold to $58 billion by 2032 "
            "as governments roll out digital IDs. Liveness detection, which checks that a face on camera belongs to a "
            "live person, brought in $2.3 billion of the 2024 total. Vendors booked $3.4 billion in the second "
            "quarter of 2025 alone, and investors describe agentic-AI onboarding as a multibillion-dollar "
            "opportunity. Biometric checks now take a larger slice of onboarding, up 6 percentage points in a year."
        ),
        obs=[
            ("Total", 2024, 11.2, "USD billion", "actual"),
            ("Total", 2032, 58, "USD billion", "estimate"),
            ("Liveness detection", 2024, 2.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2024, 2032, 8.0),  # "more than fivefold" (58/11.2 = 5.18), no verdict
        ],
        verdicts=[],
    ),
    # 10. Simplified Chinese news: 2024 and 2023 in 亿元 with 同比增长 (exact), 预计2027年将突破400亿元 (approximate,
    #     at printed figure, estimate); distractors: white-paper title year, 千亿级, firm count, survey share,
    #     百分点, headcount
    dict(
        text=(
            "本报北京2025年3月18日讯 中安智研今日发布的《2025中国AI安全产业白皮书》显示，2024年我国AI安全市场规模达"
            "186.4亿元，较2023年的146.2亿元同比增长27.5%。白皮书预计，2027年市场规模将突破400亿元，AI安全有望成为"
            "千亿级数字安全赛道中增速最快的板块。报告调研的612家企业中，有58%表示今年将增加AI安全投入，安全预算占IT"
            "支出的比重平均提高了1.6个百分点。目前全国网络安全从业人员约15万人，人才缺口仍在扩大。"
        ),
        obs=[
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2023, 146.2, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.4/146.2-1 = 27.497% -> 27.5
        ],
    ),
    # 11. Simplified Chinese: 由2021年的8.5亿元增长3倍至2024年的34亿元 (x4 over 3 years, no verdict) and a
    #     同比增长41.6% that its own amounts contradict; distractors: 上半年 figure, case count, 涉案金额 (a loss)
    dict(
        text=(
            "深圳2025年7月2日电 据鹏城数安研究院测算，国内深度伪造检测市场规模由2021年的8.5亿元增长3倍至2024年的34亿元，"
            "其中2024年同比增长41.6%，2023年规模为25.2亿元。今年上半年，该市场实现规模19.6亿元。同期，全国公安机关侦破"
            "“AI换脸”诈骗案件1,300余起，涉案金额超过12亿元。研究院认为，金融、政务与社交平台是主要需求方。"
        ),
        obs=[
            ("Total", 2021, 8.5, "CNY 100 million", "actual"),
            ("Total", 2024, 34, "CNY 100 million", "actual"),
            ("Total", 2023, 25.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts = x4 (8.5*4 = 34)
            ("growth", 41.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 34/25.2-1 = 34.92%; bounds 33.5/25.25-1 = 32.67% ..
                                               # 34.5/25.15-1 = 37.18%; 41.6 unreachable
        ],
    ),
    # 12. Traditional Chinese (Taiwan): 新台幣億元 with 2024至2027年年複合成長率 (stated, exact); distractors: 去年
    #     ransomware attack count, a ransom, budget share of IT spending, talent gap headcount
    dict(
        text=(
            "【台北訊】臺灣數位韌性研究所2025年5月20日發布報告指出，台灣AI資安市場規模2024年為新台幣312億元，預估2027年"
            "將達585億元，2024至2027年年複合成長率為23.3%。報告也統計，去年國內企業通報遭勒索軟體攻擊達3,870起，單筆"
            "贖金最高達新台幣1,200萬元。受訪企業的資安預算占IT支出比重平均為8.6%，而資安人才缺口估計約1.2萬人。"
        ),
        obs=[
            ("Total", 2024, 312, "TWD 100 million", "actual"),
            ("Total", 2027, 585, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (585/312)**(1/3)-1 = 1.875**(1/3)-1 = 23.31% -> 23.3
        ],
    ),
    # 13. Traditional Chinese (Hong Kong): 億港元 series with 按年增長 (exact) and a segment 佔38%, 約9.8億港元
    #     (share with part and whole printed -> arithmetic); distractors: 宗 case count, 近一成 (fraction in words)
    dict(
        text=(
            "【香港訊】本地研究機構維港數碼研究2025年4月發表報告，指香港AI反詐騙及身份認證市場規模由2023年的21.6億港元"
            "增至2024年的25.9億港元，按年增長19.9%。當中，生物特徵識別佔38%，約9.8億港元，為最大細分市場。警方數字顯示，"
            "去年全港共錄得44,000宗詐騙案，較前年上升近一成。報告預期，銀行業將繼續是主要買家。"
        ),
        obs=[
            ("Total", 2023, 21.6, "HKD 100 million", "actual"),
            ("Total", 2024, 25.9, "HKD 100 million", "actual"),
            ("生物特徵識別", 2024, 9.8, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.9, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 25.9/21.6-1 = 19.91% -> 19.9
            ("arithmetic", "exact"),    # 9.8/25.9 = 37.84% -> 38
        ],
    ),
    # 14. Simplified Chinese: series opens in 亿元, later 1.6万亿元 expected as 16000 CNY 100 million; 2024—2030年
    #     CAGR 15.6% reachable only within rounding; a part 约92亿元; distractors: fines (罚款), 近三成 of incidents
    dict(
        text=(
            "杭州2025年9月10日电 之江数安联盟发布的年度报告估算，2024年我国“AI+安全”相关产业规模为6,850亿元，预计到"
            "2030年将达1.6万亿元，2024—2030年年均复合增长率为15.6%。其中，AI治理与合规软件规模约92亿元。报告同时披露，"
            "去年各级监管部门对数据违规开出的罚款合计3.2亿元，数据泄露事件同比增加了近三成。"
        ),
        obs=[
            ("Total", 2024, 6850, "CNY 100 million", "actual"),
            ("Total", 2030, 16000, "CNY 100 million", "estimate"),
            ("AI治理与合规软件", 2024, 92, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (16000/6850)**(1/6)-1 = 15.19% -> 15.2 != 15.6; bounds
                                           # (15500/6855)**(1/6)-1 = 14.57% .. (16500/6845)**(1/6)-1 = 15.79%
                                           # (1.6万亿 read 1.55-1.65万亿, 6850 read 6845-6855); 15.6 inside -> rounding
        ],
    ),
    # 15. English pipe table, one year, segments plus Total row that the rows miss by 0.1 (hierarchy within
    #     rounding); distractors: table number, monitor issue number, member count, headcount
    dict(
        text=(
            "Table 3. Global AI cybersecurity market by segment (USD billion), published February 2025\n"
            "\n"
            "| Segment | 2024 |\n"
            "|---|---|\n"
            "| Network security | 8.4 |\n"
            "| Endpoint security | 6.7 |\n"
            "| Identity and access | 5.2 |\n"
            "| Data security | 3.6 |\n"
            "| Total | 24.0 |\n"
            "\n"
            "Source: Northgate Security Council, Market Monitor No. 14. The council's 310 member vendors employ about "
            "41,000 security engineers."
        ),
        obs=[
            ("Network security", 2024, 8.4, "USD billion", "actual"),
            ("Endpoint security", 2024, 6.7, "USD billion", "actual"),
            ("Identity and access", 2024, 5.2, "USD billion", "actual"),
            ("Data security", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2024, 24.0, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 8.4+6.7+5.2+3.6 = 23.9 != 24.0; each row +-0.05 -> 23.7 .. 24.1, reaches
                                        # 24.0 -> rounding
        ],
    ),
    # 16. Simplified Chinese tab-separated table: segments with 2024年规模（亿元） and 占比, 合计 row at 100.0%
    #     (no claim); four shares each checked by arithmetic, rows add to 合计 (hierarchy exact); distractors:
    #     table number, firm count in the note
    dict(
        text=(
            "表2 中国AI安全市场细分结构\n"
            "细分市场\t2024年规模（亿元）\t占比\n"
            "欺诈检测\t68.2\t36.6%\n"
            "身份核验\t54.9\t29.5%\n"
            "深度伪造检测\t21.7\t11.6%\n"
            "AI治理与合规\t41.6\t22.3%\n"
            "合计\t186.4\t100.0%\n"
            "资料来源：中安智研，2025年3月。注：统计口径不含硬件；受访企业共612家。"
        ),
        obs=[
            ("欺诈检测", 2024, 68.2, "CNY 100 million", "actual"),
            ("身份核验", 2024, 54.9, "CNY 100 million", "actual"),
            ("深度伪造检测", 2024, 21.7, "CNY 100 million", "actual"),
            ("AI治理与合规", 2024, 41.6, "CNY 100 million", "actual"),
            ("合计", 2024, 186.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 36.6, "percent", 2024, 2024, None),
            ("share", 29.5, "percent", 2024, 2024, None),
            ("share", 11.6, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 68.2/186.4 = 36.588% -> 36.6
            ("arithmetic", "exact"),  # 54.9/186.4 = 29.453% -> 29.5
            ("arithmetic", "exact"),  # 21.7/186.4 = 11.642% -> 11.6
            ("arithmetic", "exact"),  # 41.6/186.4 = 22.318% -> 22.3
            ("hierarchy", "exact"),   # 68.2+54.9+21.7+41.6 = 186.4
        ],
    ),
    # 17. English space-aligned: an incident-count table (expected nowhere) beside a vertical market table whose
    #     lone value column is headed by its unit only (-> Total, EUR million); 2025F estimate; two prose rates
    dict(
        text=(
            "Nordic Cyber Observatory, Annual Review (March 2025)\n"
            "\n"
            "Table A. AI-enabled incidents reported to national CERTs\n"
            "Year    Phishing    Deepfake fraud    Total\n"
            "2022       3,410               120    3,530\n"
            "2023       4,980               460    5,440\n"
            "2024       6,120             1,310    7,430\n"
            "\n"
            "Table B. Nordic AI security market\n"
            "Year     EUR million\n"
            "2022             412\n"
            "2023             538\n"
            "2024             701\n"
            "2025F            890\n"
            "\n"
            "The market grew 30.3% in 2024 and is forecast to grow 27% in 2025, well ahead of the rise in incidents."
        ),
        obs=[
            ("Total", 2022, 412, "EUR million", "actual"),
            ("Total", 2023, 538, "EUR million", "actual"),
            ("Total", 2024, 701, "EUR million", "actual"),
            ("Total", 2025, 890, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 701/538-1 = 30.297% -> 30.3
            ("cagr|implied", "exact"),  # 890/701-1 = 26.96% -> 27
        ],
    ),
    # 18. English pipe table from a Japanese research firm in ¥100 million (JPY 100 million), fiscal years with E
    #     and F suffixes, YoY column and a FY2024-FY2027 CAGR line; distractors: survey base and answer
    dict(
        text=(
            "Kanzaki IT Research, November 2025: domestic market for AI fraud detection and identity verification\n"
            "\n"
            "| Fiscal year | ¥100 million | YoY |\n"
            "|---|---:|---:|\n"
            "| FY2022 | 405 | — |\n"
            "| FY2023 | 486 | 20.0% |\n"
            "| FY2024 | 571 | 17.5% |\n"
            "| FY2025E | 668 | 17.0% |\n"
            "| FY2027F | 905 | — |\n"
            "\n"
            "FY2024–FY2027 CAGR: 16.6%. Survey base: 1,050 companies; 44% plan to add AI-based screening within two "
            "years."
        ),
        obs=[
            ("Total", 2022, 405, "JPY 100 million", "actual"),
            ("Total", 2023, 486, "JPY 100 million", "actual"),
            ("Total", 2024, 571, "JPY 100 million", "actual"),
            ("Total", 2025, 668, "JPY 100 million", "estimate"),
            ("Total", 2027, 905, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2022, 2023, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", 17.0, "percent", 2024, 2025, 1.0),
            ("cagr", 16.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486/405-1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),  # 571/486-1 = 17.49% -> 17.5
            ("cagr|implied", "exact"),  # 668/571-1 = 16.99% -> 17.0
            ("cagr|implied", "exact"),  # (905/571)**(1/3)-1 = 1.58494**(1/3)-1 = 16.59% -> 16.6
        ],
    ),
    # 19. Traditional Chinese pipe table (Taiwan): vertical years, lone value column headed 新台幣億元 (-> Total,
    #     TWD 100 million), 年增率 column with one rate only within rounding, 2025(E); distractors: firm count,
    #     survey share, a regulator's fines in 新台幣萬元
    dict(
        text=(
            "臺灣深偽偵測與身分驗證市場規模\n"
            "\n"
            "| 年度 | 新台幣億元 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2022 | 18.4 | — |\n"
            "| 2023 | 24.1 | 31.3% |\n"
            "| 2024 | 31.6 | 31.1% |\n"
            "| 2025(E) | 40.2 | 27.2% |\n"
            "\n"
            "資料來源：臺灣數位韌性研究所（2025年6月）。受訪的420家企業中，62%已導入AI身分驗證；同期金管會對3家業者開罰"
            "合計新台幣2,400萬元。"
        ),
        obs=[
            ("Total", 2022, 18.4, "TWD 100 million", "actual"),
            ("Total", 2023, 24.1, "TWD 100 million", "actual"),
            ("Total", 2024, 31.6, "TWD 100 million", "actual"),
            ("Total", 2025, 40.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2022, 2023, 1.0),
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("growth", 27.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 24.1/18.4-1 = 30.98% -> 31.0 != 31.3; bounds 24.05/18.45-1 = 30.35% ..
                                           # 24.15/18.35-1 = 31.61%; 31.3 inside -> rounding
            ("cagr|implied", "exact"),     # 31.6/24.1-1 = 31.12% -> 31.1
            ("cagr|implied", "exact"),     # 40.2/31.6-1 = 27.22% -> 27.2
        ],
    ),
    # 20. English space-aligned table (HK$ million): segments and Total for 2024 plus a 1H 2025 column (half-year,
    #     expected nowhere); rows add to Total (hierarchy exact); distractor: headcount of security staff
    dict(
        text=(
            "Hong Kong AI security spending by segment (HK$ million), Lionrock Advisory, September 2025\n"
            "\n"
            "Segment                  2024    1H 2025\n"
            "Fraud detection           226        121\n"
            "Identity verification     171         94\n"
            "Deepfake detection         63         38\n"
            "AI governance              52         27\n"
            "Total                     512        280\n"
            "\n"
            "First-half figures are unaudited. Local banks employ some 3,200 cybersecurity staff, Lionrock estimates."
        ),
        obs=[
            ("Fraud detection", 2024, 226, "HKD million", "actual"),
            ("Identity verification", 2024, 171, "HKD million", "actual"),
            ("Deepfake detection", 2024, 63, "HKD million", "actual"),
            ("AI governance", 2024, 52, "HKD million", "actual"),
            ("Total", 2024, 512, "HKD million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 226+171+63+52 = 512 (1H 2025 column: 121+94+38+27 = 280, no observation)
        ],
    ),
    # 21. dated news item (English): "last year" / "this year" against a 2025 dateline, a stated year-on-year rise;
    #    breach cost, analyst headcount, IT-budget share and percentage points expected nowhere
    dict(
        text=(
            "SINGAPORE, 12 February 2025 — Spending on AI-driven security tools is outrunning almost every other "
            "line in the security budget. Buyers worldwide spent $24.8 billion on AI cybersecurity products and "
            "services last year, and the total should climb to $31.2 billion this year, a rise of 25.8%, according "
            "to the Asia-Pacific Security Vendors Forum, a trade body. The forum's members now employ some 3,200 "
            "threat analysts across the region, and the average cost of a data breach there reached $3.2 million "
            "in 2024. Chief information security officers told the forum that security now takes 11% of their IT "
            "budgets, up 1.5 percentage points."
        ),
        obs=[
            ("Total", 2024, 24.8, "USD billion", "actual"),
            ("Total", 2025, 31.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 31.2 / 24.8 - 1 = 25.806% -> 25.8
        ],
    ),
    # 22. analyst note (English): deepfake detection from $562 million (2023) to $3.9 billion (2029), stated
    #    2023-2029 CAGR that only the rounding of the inputs reaches; the billion figure converted to the series'
    #    USD million; survey count, survey answer and fraud losses expected nowhere
    dict(
        text=(
            "Deepfake detection remains a small market, but a fast one. Corvane Analytics puts worldwide revenue "
            "from deepfake-detection software and services at $562 million in 2023 and projects $3.9 billion in "
            "2029, a compound annual growth rate of 38.3% between 2023 and 2029. Corvane surveyed 1,150 fraud "
            "managers for the study; 61% said they had seen a synthetic-voice attack in the past year. Losses to "
            "deepfake-enabled fraud, which the firm estimates at $12.3 billion in 2023, are not counted in the "
            "market figure."
        ),
        obs=[
            ("Total", 2023, 562, "USD million", "actual"),
            ("Total", 2029, 3900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 38.3, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            # (3900 / 562) ** (1/6) - 1 = 38.109% -> 38.1 != 38.3;
            # bounds: (3850 / 562.5) ** (1/6) - 1 = 37.79%, (3950 / 561.5) ** (1/6) - 1 = 38.42% -> 38.3 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. earnings-call transcript (English): the company's TAM is the market (Total); fiscal 2025 in a 2025-dated
    #    call is an estimate; "compounding at roughly 24% a year" without a printed span -> inferred CAGR;
    #    ARR and its growth, engineers hired, quarter revenue, price target and upside expected nowhere
    dict(
        text=(
            "Veridra Inc., fourth-quarter fiscal 2024 earnings call, 6 March 2025. Chief executive Marisol Quint: "
            "\"We size the total addressable market for AI-based identity verification at $18 billion in fiscal "
            "2025, and we see it reaching $34 billion by fiscal 2028, compounding at roughly 24% a year. Our own "
            "annual recurring revenue ended the year at $412 million, up 29%, and we added 140 engineers. "
            "Fourth-quarter revenue was $108.6 million.\" After the call, Brightwater Securities reiterated its "
            "$85 price target, implying 31% upside."
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
            ("Total", 2028, 34, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (34 / 18) ** (1/3) - 1 = 23.614% -> 24 (integer precision)
        ],
    ),
    # 24. European research note (English): AI governance and compliance software, a segment's share with part
    #    and whole printed (arithmetic), a 2026 range as two value claims; AI Act penalties (amount and % of
    #    turnover) and a vendor count expected nowhere
    dict(
        text=(
            "Brussels-based Larkfield Research estimates that European organisations spent €1.4 billion on AI "
            "governance and compliance software in 2024. Model risk management took 22% of that, or €310 million, "
            "while bias-auditing and documentation tools made up most of the rest. Larkfield expects the market to "
            "be worth between €2.1 billion and €2.4 billion in 2026 as the AI Act's obligations phase in. Penalties "
            "under the act can reach €35 million or 7% of global turnover, and the firm counted 418 vendors selling "
            "into the segment."
        ),
        obs=[
            ("Total", 2024, 1.4, "EUR billion", "actual"),
            ("Model risk management", 2024, 310, "EUR million", "actual"),
        ],
        claims=[
            ("share", 22, "percent", 2024, 2024, None),
            ("value", 2.1, "EUR billion", 2026, 2026, None),
            ("value", 2.4, "EUR billion", 2026, 2026, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 310 / 1400 = 22.14% -> 22
        ],
    ),
    # 25. dated market brief (English): fraud detection "up 21%" from $14.3bn to $16.9bn, which the two amounts
    #    contradict; "passing $25 billion by 2027" at its printed figure; a quarter's purchases, consumer fraud
    #    losses and a count of takeover attempts expected nowhere
    dict(
        text=(
            "Pellworth & Co., June 2025 — North American banks and card issuers bought $16.9 billion of AI-based "
            "fraud-detection software and services last year, up 21% from $14.3 billion in 2023, by Pellworth's "
            "count. Fourth-quarter purchases alone came to $4.6 billion. Consumers reported $10.2 billion in fraud "
            "losses over the same year, and account-takeover attempts logged by issuers rose to 3.1 million. "
            "Pellworth sees the market passing $25 billion by 2027."
        ),
        obs=[
            ("Total", 2023, 14.3, "USD billion", "actual"),
            ("Total", 2024, 16.9, "USD billion", "actual"),
            ("Total", 2027, 25, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 36.9 / 14.3 - 1 = 18.18%; bounds 16.85/14.35 - 1 = 17.42%, 16.95/14.25 - 1 = 18.95% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. 简体 dated release: 2024年186.5亿元, 较2023年142.1亿元同比增长31.2%, 预计2027年突破400亿元 (approximate, printed
    #    figure); 千亿级, attack counts and 第四季度占比接近四成 expected nowhere
    dict(
        text=(
            "【2025年3月18日讯】华信安全产业研究院今日发布报告称，2024年我国AI安全市场规模达到186.5亿元，较2023年的"
            "142.1亿元同比增长31.2%。报告预计，到2027年市场规模将突破400亿元，成为千亿级网络安全市场中增长最快的板块。"
            "研究院监测显示，2024年全年共拦截针对大模型的恶意攻击12.6亿次，其中第四季度占比接近四成。"
        ),
        obs=[
            ("Total", 2023, 142.1, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.5 / 142.1 - 1 = 31.246% -> 31.2
        ],
    ),
    # 27. 简体 yearbook chapter: deepfake detection 2020年6.1亿元 -> 2023年23.7亿元 "增长近3倍" (two amounts printed ->
    #    x4 over 3 years, no verdict), stated 2023—2028 CAGR; yearbook title year, chapter number, case counts and
    #    涉案金额 expected nowhere
    dict(
        text=(
            "《2024年国家网络安全发展年鉴》第七章指出，2023年我国深度伪造检测市场规模为23.7亿元，较2020年的6.1亿元增长"
            "近3倍。年鉴预计，2028年该市场规模将达到118亿元，2023—2028年年均复合增长率为37.9%。同期全国公安机关侦办涉"
            "“AI换脸”诈骗案件1.6万起，涉案金额超过50亿元。"
        ),
        obs=[
            ("Total", 2020, 6.1, "CNY 100 million", "actual"),
            ("Total", 2023, 23.7, "CNY 100 million", "actual"),
            ("Total", 2028, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2023, 3.0),  # 增长近3倍 between two printed amounts -> x(3+1)
            ("cagr", 37.9, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 23.7) ** (1/5) - 1 = 37.856% -> 37.9
        ],
    ),
    # 28. 简体 provincial anti-fraud centre: a series opening in 万元 (CNY 10 thousand), a later 1.2亿元 figure
    #    converted to 12000 万元; fraud losses and their 同比下降12%, platform count and police headcount nowhere
    dict(
        text=(
            "东溪省反诈中心披露，2024年全省AI反诈与身份核验平台采购规模为8650万元，同比增长34.7%，2023年为6420万元。"
            "省内已有27个地市级平台接入人脸活体检测，专职反诈民警约1900人。业内预计2025年采购规模将超过1.2亿元。"
            "全年电信网络诈骗造成的群众损失为3.2亿元，同比下降12%。"
        ),
        obs=[
            ("Total", 2023, 6420, "CNY 10 thousand", "actual"),
            ("Total", 2024, 8650, "CNY 10 thousand", "actual"),
            ("Total", 2025, 12000, "CNY 10 thousand", "estimate"),  # 1.2亿元 = 12000万元
        ],
        claims=[
            ("growth", 34.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8650 / 6420 - 1 = 34.735% -> 34.7
        ],
    ),
    # 29. 繁體 Taiwan research house: 新台幣億元 (TWD 100 million), 成長18.8% that only rounding reaches; security
    #    budget share of IT spend, staff gap, a vendor's revenue and ransom payments expected nowhere
    dict(
        text=(
            "資策研究所最新調查指出，台灣AI資安市場規模2024年達新台幣128億元，較2023年的108億元成長18.8%。研究所預估，"
            "2026年市場將擴大至新台幣190億元。調查也發現，國內企業資安預算平均僅占IT支出的8.6%，資安人力缺口約1.2萬人；"
            "本土最大資安業者2024年營收為新台幣35億元，而遭勒索軟體攻擊的企業平均支付贖金約新台幣1,500萬元。"
        ),
        obs=[
            ("Total", 2023, 108, "TWD 100 million", "actual"),
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2026, 190, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 128 / 108 - 1 = 18.52% -> 18.5 != 18.8; bounds 127.5/108.5 - 1 = 17.51%, 128.5/107.5 - 1 = 19.53%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 繁體 Hong Kong research house: 億港元 (HKD 100 million), stated 2024至2029 CAGR; police fraud losses, report
    #     counts and a vendor's half-year revenue expected nowhere
    dict(
        text=(
            "本地研究機構「港灣數據」發表報告指出，2024年香港AI反詐騙及身份認證市場規模約為24.6億港元，預計2029年將增至"
            "68億港元，2024至2029年的年均複合增長率為22.6%。報告同時引述警方數字，2024年全港詐騙案損失達91億港元，"
            "接獲的詐騙舉報逾4萬宗。區內最大身份認證供應商今年上半年收入為3.2億港元。"
        ),
        obs=[
            ("Total", 2024, 24.6, "HKD 100 million", "actual"),
            ("Total", 2029, 68, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68 / 24.6) ** (1/5) - 1 = 22.550% -> 22.6
        ],
    ),
    # 31. 繁體 Taiwan association report: AI governance & compliance software, a sector's amount and share (part and
    #     whole printed -> arithmetic), next year's forecast with 年增31%; a survey answer expected nowhere
    dict(
        text=(
            "根據台灣數位治理協會的年度報告，2024年國內AI治理與合規軟體市場規模為新台幣42億元，其中金融業採購約15.5億元，"
            "占比37%。協會預期，隨著相關AI法規陸續上路，2025年市場將成長至新台幣55億元，年增31%。受訪企業中有64%表示"
            "已設立AI治理專責單位。"
        ),
        obs=[
            ("Total", 2024, 42, "TWD 100 million", "actual"),
            ("Total", 2025, 55, "TWD 100 million", "estimate"),
            ("金融業", 2024, 15.5, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 15.5 / 42 = 36.90% -> 37
            ("cagr|implied", "exact"),  # 55 / 42 - 1 = 30.95% -> 31
        ],
    ),
    # 32. 简体 report on Japan by a Japanese IT research firm: 亿日元 (JPY 100 million), 财年 as its number, CAGR
    #     without a printed span -> inferred; staff shortage and ransom/recovery costs expected nowhere
    dict(
        text=(
            "日本IT调研机构富岳综研发布的数据显示，日本AI安全市场2024财年规模为1,850亿日元，预计2028财年将达到3,420亿日元，"
            "年均复合增长率约16.6%。报告指出，日本企业安全人员缺口约11万人；2024年日本企业因勒索软件支付的赎金与恢复成本"
            "合计约为1,200亿日元。"
        ),
        obs=[
            ("Total", 2024, 1850, "JPY 100 million", "actual"),
            ("Total", 2028, 3420, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3420 / 1850) ** (1/4) - 1 = 16.604% -> 16.6
        ],
    ),
    # 33. 简体 news with a second publisher's figure for the same year (expected nowhere), a half-year figure and
    #     percentage points (nowhere), next year's forecast without a rate
    dict(
        text=(
            "《赛博观察》2025年1月报道：据天衡咨询测算，2024年中国AI驱动的身份安全市场规模为95.3亿元，同比增长29.1%，"
            "2023年为73.8亿元，其中2024年上半年实现41.2亿元。另一家机构北辰研究给出的2024年数字为110亿元。天衡预计"
            "2025年该市场将增至122亿元，身份安全在整体网络安全市场中的比重将提升2.3个百分点。"
        ),
        obs=[
            ("Total", 2023, 73.8, "CNY 100 million", "actual"),
            ("Total", 2024, 95.3, "CNY 100 million", "actual"),
            ("Total", 2025, 122, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 95.3 / 73.8 - 1 = 29.133% -> 29.1
        ],
    ),
    # 34. 简体 white paper dated May 2025: 2022—2025 CAGR 32.5% that the printed amounts contradict; 2025 with 预计
    #     an estimate; incident counts and per-incident losses expected nowhere
    dict(
        text=(
            "2025年5月，信安智库发布《AI身份认证市场白皮书》称，我国AI身份认证市场规模已由2022年的58.4亿元增至2024年的"
            "97.6亿元，预计2025年将达到121.7亿元，2022—2025年复合增长率达32.5%。白皮书统计，2024年全国共发生身份冒用类"
            "数据泄露事件2,317起，单起事件平均造成损失约460万元。"
        ),
        obs=[
            ("Total", 2022, 58.4, "CNY 100 million", "actual"),
            ("Total", 2024, 97.6, "CNY 100 million", "actual"),
            ("Total", 2025, 121.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.5, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            # (121.7 / 58.4) ** (1/3) - 1 = 27.73%; bounds (121.65/58.45) -> 27.68%, (121.75/58.35) -> 27.78%
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. English pipe table: market by segment x year with a Total row; 2024 adds exactly, 2025E only within
    #     rounding; a quarter's bookings and a note number expected nowhere
    dict(
        text=(
            "Global AI security market by segment, USD billion (source: Quellmark Advisory)\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---|---|\n"
            "| Network | 8.6 | 10.9 |\n"
            "| Endpoint | 6.2 | 7.8 |\n"
            "| Identity | 5.4 | 7.1 |\n"
            "| Data | 4.1 | 5.3 |\n"
            "| Total | 24.3 | 31.2 |\n"
            "Note 3: figures exclude managed-security labour; first-quarter 2025 bookings were $6.8 billion."
        ),
        obs=[
            ("Network", 2024, 8.6, "USD billion", "actual"),
            ("Endpoint", 2024, 6.2, "USD billion", "actual"),
            ("Identity", 2024, 5.4, "USD billion", "actual"),
            ("Data", 2024, 4.1, "USD billion", "actual"),
            ("Total", 2024, 24.3, "USD billion", "actual"),
            ("Network", 2025, 10.9, "USD billion", "estimate"),
            ("Endpoint", 2025, 7.8, "USD billion", "estimate"),
            ("Identity", 2025, 7.1, "USD billion", "estimate"),
            ("Data", 2025, 5.3, "USD billion", "estimate"),
            ("Total", 2025, 31.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 8.6 + 6.2 + 5.4 + 4.1 = 24.3 = printed total
            # 2025E: 10.9 + 7.8 + 7.1 + 5.3 = 31.1 != 31.2; parts' bounds 30.9..31.3 reach 31.15..31.25
            ("hierarchy", "rounding"),
        ],
    ),
    # 36. 简体 two pipe tables: incident counts (no observation) beside a vertical market-value table whose lone
    #     value column is headed by its unit only (Total); the note's 2021—2025 CAGR only within rounding
    dict(
        text=(
            "表1 2021—2024年AI相关安全事件数量\n"
            "| 年份 | 深度伪造诈骗事件（起） | 模型漏洞披露（个） |\n"
            "|---|---|---|\n"
            "| 2021 | 1,320 | 214 |\n"
            "| 2022 | 2,870 | 356 |\n"
            "| 2023 | 6,140 | 782 |\n"
            "| 2024 | 11,950 | 1,436 |\n"
            "\n"
            "表2 中国AI安全市场规模\n"
            "| 年份 | 亿元 |\n"
            "|---|---|\n"
            "| 2021 | 61.2 |\n"
            "| 2022 | 83.5 |\n"
            "| 2023 | 112.4 |\n"
            "| 2024 | 151.8 |\n"
            "| 2025E | 203.6 |\n"
            "注：2021—2025年复合增长率为35.0%。"
        ),
        obs=[
            ("Total", 2021, 61.2, "CNY 100 million", "actual"),
            ("Total", 2022, 83.5, "CNY 100 million", "actual"),
            ("Total", 2023, 112.4, "CNY 100 million", "actual"),
            ("Total", 2024, 151.8, "CNY 100 million", "actual"),
            ("Total", 2025, 203.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35.0, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            # (203.6 / 61.2) ** (1/4) - 1 = 35.054% -> 35.1 != 35.0;
            # bounds (203.55/61.25) -> 35.018% (rounds to 35.0), (203.65/61.15) -> 35.090%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 37. English tab-separated vertical table with two value columns (items = column headers), F years estimates,
    #     two stated 2024-2028 CAGRs in the prose below; table number and survey base expected nowhere
    dict(
        text=(
            "Deepfake detection and identity verification spending, Asia-Pacific (USD million)\n"
            "Year\tDeepfake detection\tIdentity verification\n"
            "2023\t148\t2,310\n"
            "2024\t236\t2,790\n"
            "2025F\t371\t3,360\n"
            "2028F\t1,050\t5,620\n"
            "Deepfake detection is forecast to grow at a 2024-2028 CAGR of 45.2%, against 19.1% for identity "
            "verification. (Table 4; survey base: 820 CISOs.)"
        ),
        obs=[
            ("Deepfake detection", 2023, 148, "USD million", "actual"),
            ("Deepfake detection", 2024, 236, "USD million", "actual"),
            ("Deepfake detection", 2025, 371, "USD million", "estimate"),
            ("Deepfake detection", 2028, 1050, "USD million", "estimate"),
            ("Identity verification", 2023, 2310, "USD million", "actual"),
            ("Identity verification", 2024, 2790, "USD million", "actual"),
            ("Identity verification", 2025, 3360, "USD million", "estimate"),
            ("Identity verification", 2028, 5620, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 45.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 236) ** (1/4) - 1 = 45.234% -> 45.2
            ("cagr|implied", "exact"),  # (5620 / 2790) ** (1/4) - 1 = 19.133% -> 19.1
        ],
    ),
    # 38. 繁體 space-aligned table: Taiwan AI security by segment (新台幣億元) with a 合計 row, three years all adding
    #     exactly; the source line's attack frequency expected nowhere
    dict(
        text=(
            "表五　台灣AI資安市場規模（單位：新台幣億元）\n"
            "項目          2023      2024      2025F\n"
            "網路安全      38.5      45.2      53.0\n"
            "端點安全      27.1      31.6      37.4\n"
            "身分識別      22.8      28.9      35.7\n"
            "資料安全      19.6      22.3      26.8\n"
            "合計         108.0     128.0     152.9\n"
            "資料來源：資策研究所；另據調查，2024年企業平均遭受勒索攻擊2.4次。"
        ),
        obs=[
            ("網路安全", 2023, 38.5, "TWD 100 million", "actual"),
            ("端點安全", 2023, 27.1, "TWD 100 million", "actual"),
            ("身分識別", 2023, 22.8, "TWD 100 million", "actual"),
            ("資料安全", 2023, 19.6, "TWD 100 million", "actual"),
            ("合計", 2023, 108.0, "TWD 100 million", "actual"),
            ("網路安全", 2024, 45.2, "TWD 100 million", "actual"),
            ("端點安全", 2024, 31.6, "TWD 100 million", "actual"),
            ("身分識別", 2024, 28.9, "TWD 100 million", "actual"),
            ("資料安全", 2024, 22.3, "TWD 100 million", "actual"),
            ("合計", 2024, 128.0, "TWD 100 million", "actual"),
            ("網路安全", 2025, 53.0, "TWD 100 million", "estimate"),
            ("端點安全", 2025, 37.4, "TWD 100 million", "estimate"),
            ("身分識別", 2025, 35.7, "TWD 100 million", "estimate"),
            ("資料安全", 2025, 26.8, "TWD 100 million", "estimate"),
            ("合計", 2025, 152.9, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.5 + 27.1 + 22.8 + 19.6 = 108.0
            ("hierarchy", "exact"),  # 2024: 45.2 + 31.6 + 28.9 + 22.3 = 128.0
            ("hierarchy", "exact"),  # 2025F: 53.0 + 37.4 + 35.7 + 26.8 = 152.9
        ],
    ),
    # 39. English space-aligned vertical table, Japan in ¥ billion (JPY billion), fiscal years, a lone value column
    #     headed by its unit (Total) and a YoY column: three rates exact, FY2025e's only within rounding; the
    #     survey line below expected nowhere
    dict(
        text=(
            "Japan: AI security market by fiscal year (Hoshizora IT Research, April 2025)\n"
            "Fiscal year   ¥ billion   YoY\n"
            "FY2022        131.5       —\n"
            "FY2023        154.0       17.1%\n"
            "FY2024        181.2       17.7%\n"
            "FY2025e       213.0       17.6%\n"
            "FY2026e       247.0       16.0%\n"
            "The accompanying survey covered 1,020 companies; 38% plan to raise security budgets this year."
        ),
        obs=[
            ("Total", 2022, 131.5, "JPY billion", "actual"),
            ("Total", 2023, 154.0, "JPY billion", "actual"),
            ("Total", 2024, 181.2, "JPY billion", "actual"),
            ("Total", 2025, 213.0, "JPY billion", "estimate"),
            ("Total", 2026, 247.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.1, "percent", 2022, 2023, 1.0),
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
            ("growth", 17.6, "percent", 2024, 2025, 1.0),
            ("growth", 16.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 154.0 / 131.5 - 1 = 17.110% -> 17.1
            ("cagr|implied", "exact"),  # 181.2 / 154.0 - 1 = 17.662% -> 17.7
            # 233.0 / 181.2 - 1 = 17.550% (17.5497) -> 17.5 != 17.6;
            # bounds 212.95/181.25 - 1 = 17.490%, 213.05/181.15 - 1 = 17.610% -> 17.6 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 247.0 / 213.0 - 1 = 15.962% -> 16.0
        ],
    ),
    # 40. 繁體 pipe table: Hong Kong AI security by segment in 百萬港元 (HKD million) with a 總計 row; 2023 adds
    #     exactly, 2024's printed total contradicts its rows; incident count and staff headcount expected nowhere
    dict(
        text=(
            "香港AI資安市場細分（百萬港元）\n"
            "| 細分市場 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 網絡安全 | 612 | 705 |\n"
            "| 端點安全 | 438 | 497 |\n"
            "| 身份及存取管理 | 356 | 428 |\n"
            "| 數據安全 | 274 | 331 |\n"
            "| 總計 | 1,680 | 1,986 |\n"
            "同期本港錄得的網絡安全事故達7,811宗，全港資安從業員約1.5萬人。"
        ),
        obs=[
            ("網絡安全", 2023, 612, "HKD million", "actual"),
            ("端點安全", 2023, 438, "HKD million", "actual"),
            ("身份及存取管理", 2023, 356, "HKD million", "actual"),
            ("數據安全", 2023, 274, "HKD million", "actual"),
            ("總計", 2023, 1680, "HKD million", "actual"),
            ("網絡安全", 2024, 705, "HKD million", "actual"),
            ("端點安全", 2024, 497, "HKD million", "actual"),
            ("身份及存取管理", 2024, 428, "HKD million", "actual"),
            ("數據安全", 2024, 331, "HKD million", "actual"),
            ("總計", 2024, 1986, "HKD million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 438 + 356 + 274 = 1680
            # 2024: 705 + 497 + 428 + 331 = 1961 vs 1986; parts' bounds 1959..1963 never reach 1985.5..1986.5
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 9, 'exact': 46}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 23.1% for 2024-2030',
    'or roughly 15% a year',
    'up 42% from $0.97 billion in 2023',
    'between $1.8 billion and $2.0 billion this year',
    'or 41% of the total',
    'up 16% from £1.42 billion in 2023',
    'an average annual growth rate of 18.5% between fiscal 2024 and fiscal 2029',
    'up from the $4.6 billion it predicted for that year',
    'projects HK$1.12 billion by 2028',
    'grow more than fivefold to $58 billion by 2032',
    '同比增长27.5%',
    '由2021年的8.5亿元增长3倍至2024年的34亿元',
    '2024至2027年年複合成長率為23.3%',
    '按年增長19.9%',
    '预计到2030年将达1.6万亿元',
    '| Total | 24.0 |',
    '合计\t186.4\t100.0%',
    '2025F            890',
    '| FY2025E | 668 | 17.0% |',
    'Segment                  2024    1H 2025',
    'last year, and the total should climb to',
    'a compound annual growth rate of 38.3% between 2023 and 2029',
    'We size the total addressable market',
    'compounding at roughly 24% a year',
    'took 22% of that, or €310 million',
    'between €2.1 billion and €2.4 billion in 2026',
    'up 21% from $14.3 billion in 2023',
    '较2023年的142.1亿元同比增长31.2%',
    '较2020年的6.1亿元增长近3倍',
    '预计2025年采购规模将超过1.2亿元',
    '台灣AI資安市場規模2024年達新台幣128億元',
    '2024至2029年的年均複合增長率為22.6%',
    '其中金融業採購約15.5億元，占比37%',
    '2024财年规模为1,850亿日元',
    '另一家机构北辰研究给出的2024年数字为110亿元',
    '| Total | 24.3 | 31.2 |',
    '| 年份 | 亿元 |',
    'Year\tDeepfake detection\tIdentity verification',
    '合計         108.0     128.0     152.9',
    'Fiscal year   ¥ billion   YoY',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 152 figures, 44 rates,
#: 57 verdicts and 0 false inconsistent
#: after the readings chosen on the hundred-and-sixteenth and hundred-and-eighteenth sets: 154, 45, 59 and 0
FLOORS = {"figures_found": 159, "rates_found": 45, "verdicts_right": 60}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset118.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
