"""A seventy-eighth check set for the extractor, written blind: the commonest sources of market figures in the wild --
market-research firms' press releases and report summaries ("was valued at ... and is projected to grow from ... to
..., exhibiting a CAGR of ... during the forecast period", segment and regional shares, base and forecast years),
Chinese research institutes' summaries, white papers and articles (市场规模达到, 同比增长, 预计到, 年复合增长率, 其中, 占比) and
Traditional Chinese market-intelligence releases (億元, 年複合成長率); and figures as news and commentary quote them from
several sources at once (according to, up from, compared with, a year earlier, 较上年, of which, 其中, ranges, revisions,
amounts in two currencies, 兆元), with forecast tables by segment or region, tables copied from PDFs and Chinese tables in
亿元 with 同比 columns. Any technology market, not only AI.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. research-firm press release: "valued at ... in 2024", "grow from ... in 2025 to ... by 2032",
    #    "CAGR of 23.7% during the forecast period (2025-2032)"; segment share and region share;
    #    base year, historical-data span, page count and vendor count expected nowhere
    dict(
        text=(
            "PUNE, India, 14 May 2025 — The global AI code assistant market was valued at USD 5.82 billion in 2024 "
            "and is projected to grow from USD 7.10 billion in 2025 to USD 31.40 billion by 2032, exhibiting a CAGR "
            "of 23.7% during the forecast period (2025-2032), according to a new report from Veridane Insights. "
            "The software segment accounted for the largest revenue share of 41.2% in 2024, while North America "
            "dominated the market with a share of 36.5%. The 212-page study uses 2024 as the base year, covers "
            "historical data for 2019-2023 and profiles 27 vendors."
        ),
        obs=[
            ("Total", 2024, 5.82, "USD billion", "actual"),
            ("Total", 2025, 7.10, "USD billion", "estimate"),
            ("Total", 2032, 31.40, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2025, 2032, None, "stated"),
            ("share", 41.2, "percent", 2024, 2024, None),  # software segment
            ("share", 36.5, "percent", 2024, 2024, None),  # North America
        ],
        verdicts=[
            # (31.40 / 7.10) ** (1/7) - 1 = 4.42254 ** 0.142857 - 1 = 23.663% -> 23.7 exact
            # (bounds 31.395/7.105 .. 31.405/7.095 -> 23.648% .. 23.678%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 2. dated news story: "last year" (2024), "up 21.4% from ... in 2023" that only rounding of the printed
    #    amounts reaches; "this year" estimate with "top"; a rival publisher's figure for the same year, percentage
    #    points, a survey answer, a CISO count, a company's own revenue and a hiring count expected nowhere
    dict(
        text=(
            "SINGAPORE, 9 October 2025 — Spending on managed detection and response services across Southeast Asia "
            "reached US$1.38 billion last year, up 21.4% from US$1.14 billion in 2023, according to Kestrel Hollow "
            "Advisory. The firm expects the market to top US$1.6 billion this year. A rival tally by Osprey Metrics "
            "puts last year's spending at US$1.5 billion. Buyers are shifting budgets: the share of security spend "
            "going to outsourced services rose 3.5 percentage points, and 58% of the 400 CISOs Kestrel surveyed said "
            "they planned to add a second provider. Local champion Ardentis Secure, whose own revenue climbed to "
            "US$212 million, added 350 analysts over the period."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2023, 1.14, "USD billion", "actual"),
            ("Total", 2025, 1.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.38 / 1.14 - 1 = 21.05% -> 21.1, not 21.4; bounds 1.375/1.145 - 1 = 20.09% .. 1.385/1.135 - 1 = 22.03%
            # contain 21.4 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. earnings-call transcript: the CEO sizes the total addressable market (Total), a CAGR whose span only the
    #    amounts' years give (inferred); own quarterly revenue, its growth, headcount, price target and upside nowhere
    dict(
        text=(
            "Halvern Robotics, Q3 fiscal 2025 earnings call. Rowan Pike, chief executive: \"We size the total "
            "addressable market for autonomous warehouse robots at about $48 billion in 2024, and we think it "
            "reaches $110 billion by 2028, a compound annual growth rate of roughly 23%. Our own revenue for the "
            "quarter was $186 million, up 31%, and we now have more than 2,300 employees.\" Mei Tanaka, Corbel "
            "Securities: \"Congrats on the quarter. We have a $74 price target, about 28% upside from here. How much "
            "of that $110 billion is really serviceable for you?\""
        ),
        obs=[
            ("Total", 2024, 48, "USD billion", "actual"),
            ("Total", 2028, 110, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (110 / 48) ** (1/4) - 1 = 2.29167 ** 0.25 - 1 = 23.04% -> 23 exact (bounds 22.58% .. 23.50%)
            ("cagr|period", "exact"),
        ],
    ),
    # 4. industry-report summary in euros: total, a part "contributed ... of that, or 41% of the total" (share with
    #    arithmetic), a forecast year; "a multibillion-euro opportunity" and "one in five" nowhere
    dict(
        text=(
            "Europe's public EV-charging market generated €5.6 billion in revenue in 2024, according to the latest "
            "edition of the Charge Atlas report by Brunnhof Partners. DC fast charging contributed €2.3 billion of "
            "that, or 41% of the total, while AC destination charging made up the rest. Brunnhof forecasts the "
            "market at €14.9 billion in 2030 and calls grid upgrades a multibillion-euro opportunity for network "
            "operators. Roughly one in five chargers installed last year was out of service at any one time, the "
            "report notes."
        ),
        obs=[
            ("Total", 2024, 5.6, "EUR billion", "actual"),
            ("DC fast charging", 2024, 2.3, "EUR billion", "actual"),
            ("Total", 2030, 14.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 41.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 2.3 / 5.6 = 41.07% -> 41 exact (bounds 2.25/5.65 = 39.82% .. 2.35/5.55 = 42.34%)
            ("arithmetic", "exact"),
        ],
    ),
    # 5. analyst briefing: "grown more than fivefold since 2019" (multiple x5 over 5 years), "roughly" figure,
    #    a next-year forecast and "a rise of 43.6%"; operating margin, engineer headcount and poll answer nowhere
    dict(
        text=(
            "Briefing note: edge-AI chips in cars. Automotive edge-AI processor sales have grown more than fivefold "
            "since 2019, reaching roughly $9.4 billion in 2024, by the estimate of Tallis & Crane Research. Tallis & "
            "Crane expects $13.5 billion in 2025 as level-2+ driver assistance spreads to mid-priced models, a rise "
            "of 43.6%. The segment's largest supplier runs an operating margin near 38%, and its design teams now "
            "number about 4,100 engineers. In a Tallis & Crane poll, 71% of carmakers said they would dual-source "
            "chips by 2027."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2025, 13.5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),  # "more than fivefold since 2019"
            ("growth", 43.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 13.5 / 9.4 - 1 = 43.617% -> 43.6 exact (bounds 13.45/9.45 = 42.33% .. 13.55/9.35 = 44.92%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 6. wire press release opening in USD million and closing in USD billion: the 2030 figure is expected in the
    #    series' unit (3.32 billion -> 3320 USD million); "anticipated to register a CAGR of 19.9% from 2024 to 2030";
    #    a year-on-year increase; report code, pages and table count nowhere
    dict(
        text=(
            "LONDON, 2 June 2025 /PRNewswire/ — The global quantum-safe encryption market stood at USD 850.0 million "
            "in 2023 and USD 1,120.0 million in 2024, a year-on-year increase of 31.8%, says a report published today "
            "by Marlowe Stack Research. Revenue is anticipated to register a CAGR of 19.9% from 2024 to 2030, "
            "reaching USD 3.32 billion by the end of the forecast period, as governments set deadlines for "
            "post-quantum migration. Report code MSR-QS-4471; 180 pages; 62 tables."
        ),
        obs=[
            ("Total", 2023, 850.0, "USD million", "actual"),
            ("Total", 2024, 1120.0, "USD million", "actual"),
            ("Total", 2030, 3320, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 1120.0 / 850.0 - 1 = 31.765% -> 31.8 exact (bounds 31.751% .. 31.778%)
            ("cagr|implied", "exact"),
            # (3320 / 1120.0) ** (1/6) - 1 = 2.96429 ** 0.16667 - 1 = 19.854% -> 19.9 exact
            # (bounds with 3.32 bn at +-0.005 bn: 3315/1120.05 -> 19.735% .. 3325/1119.95 -> 19.974%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 7. report summary whose stated 2024-2030 CAGR its own amounts contradict (inconsistent), and a part
    #    "44.0% of 2024 sales, or US$1.41 billion" that only rounding reaches; penetration rate and headcount nowhere
    dict(
        text=(
            "Report summary: smart-home security devices, Latin America. Sales of connected cameras, smart locks and "
            "video doorbells across Latin America totalled US$3.2 billion in 2024 and should reach US$12.8 billion "
            "in 2030, a compound annual growth rate of 18.5% over 2024-2030, according to Pampa Signal Research. "
            "Brazil accounted for 44.0% of 2024 sales, or US$1.41 billion. Penetration of smart locks among urban "
            "households is still only 7%, and installer headcount across the region is put at 65,000."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 12.8, "USD billion", "estimate"),
            ("Brazil", 2024, 1.41, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
            ("share", 44.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (12.8 / 3.2) ** (1/6) - 1 = 4 ** 0.16667 - 1 = 25.99%; bounds 12.75/3.25 -> 25.59% .. 12.85/3.15 -> 26.41%;
            # 18.5 far outside -> inconsistent
            ("cagr|implied", "inconsistent"),
            # 1.41 / 3.2 = 44.06% -> 44.1, not 44.0; bounds 1.405/3.25 = 43.23% .. 1.415/3.15 = 44.92% contain 44.0
            # -> rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 8. Japanese yen, fiscal years: "¥412 billion in fiscal 2024, up 9.6% from ¥376 billion a year earlier", a part,
    #    "¥1.1 trillion by fiscal 2030" expected in the series' unit (1100 JPY billion); a quarter's sales and a count
    #    of surveyed companies nowhere
    dict(
        text=(
            "TOKYO — Japan's service-robot market reached ¥412 billion in fiscal 2024, up 9.6% from ¥376 billion a "
            "year earlier, Shinonome Research Institute said on Thursday. Logistics robots accounted for ¥158 billion "
            "of the total. The institute forecasts ¥1.1 trillion by fiscal 2030 as labour shortages deepen. Sales in "
            "the January–March quarter alone came to ¥118 billion. The institute surveyed 1,240 companies."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2023, 376, "JPY billion", "actual"),
            ("Logistics robots", 2024, 158, "JPY billion", "actual"),
            ("Total", 2030, 1100, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 412 / 376 - 1 = 9.574% -> 9.6 exact (bounds 411.5/376.5 = 9.30% .. 412.5/375.5 = 9.85%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 9. Simplified-Chinese white paper: 市场规模达到X亿元，同比增长Y%；预计到2028年将达到Z亿元，2024-2028年复合增长率为W%;
    #    "其中" share; the 同比 has no printed base (no verdict); 占比超过四成, title year, 千亿级, counts nowhere
    dict(
        text=(
            "《2025中国智能算力发展白皮书》显示，2024年我国智能算力服务市场规模达到1,850亿元，同比增长32.5%；"
            "预计到2028年将达到5,200亿元，2024-2028年复合增长率为29.5%。其中，训练算力占比为58.6%，推理算力"
            "占比超过四成。白皮书由启衡数智研究院联合12家机构编制，调研企业超过300家。业内普遍认为，智能算力"
            "已成为千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 1850, "CNY 100 million", "actual"),
            ("Total", 2028, 5200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("cagr", 29.5, "percent", 2024, 2028, None, "stated"),
            ("share", 58.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (5200 / 1850) ** (1/4) - 1 = 2.81081 ** 0.25 - 1 = 29.482% -> 29.5 exact (bounds 29.470% .. 29.493%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 10. Simplified-Chinese public-account article with a dateline: 去年 (2024) with 约, 较2023年的…同比增长, 今年
    #     estimate, 2030年突破1.1万亿元 expected in the series' unit (11000 CNY 100 million); 上架率, 个百分点,
    #     a company's own revenue and headcount nowhere
    dict(
        text=(
            "【数据中心观察】2025年3月18日——据澜舟咨询最新统计，去年我国数据中心市场规模约为2,760亿元，较2023年"
            "的2,396亿元同比增长15.2%。澜舟预计今年市场规模将达到3,180亿元，并有望在2030年突破1.1万亿元。值得"
            "注意的是，行业平均上架率仅为58%，较前年提升3个百分点。某头部IDC企业去年营收为86.4亿元，员工约4,200人。"
        ),
        obs=[
            ("Total", 2024, 2760, "CNY 100 million", "actual"),
            ("Total", 2023, 2396, "CNY 100 million", "actual"),
            ("Total", 2025, 3180, "CNY 100 million", "estimate"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2760 / 2396 - 1 = 15.192% -> 15.2 exact (bounds 2759.5/2396.5 = 15.147% .. 2760.5/2395.5 = 15.237%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 11. Simplified-Chinese research-report summary: 较2020年增长3倍 (multiple x3 over 4 years, N kept as printed),
    #     a forecast with 同比增长, a prose share and a part with its share (arithmetic); survey answer and
    #     respondent count nowhere
    dict(
        text=(
            "艾澄研究发布的《中国机器视觉市场研究报告》指出，2024年中国机器视觉市场规模为412.6亿元，较2020年增长3倍。"
            "报告预计，2025年市场规模将达到486.0亿元，同比增长17.8%。从2024年下游应用看，3C电子占比达31.5%；"
            "新能源为96.3亿元，占23.3%。针对126家制造企业的问卷显示，68%的受访者计划在两年内扩大视觉检测部署。"
        ),
        obs=[
            ("Total", 2024, 412.6, "CNY 100 million", "actual"),
            ("Total", 2025, 486.0, "CNY 100 million", "estimate"),
            ("新能源", 2024, 96.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 较2020年增长3倍
            ("growth", 17.8, "percent", 2024, 2025, 1.0),
            ("share", 31.5, "percent", 2024, 2024, None),  # 3C电子
            ("share", 23.3, "percent", 2024, 2024, None),  # 新能源
        ],
        verdicts=[
            # 486.0 / 412.6 - 1 = 17.790% -> 17.8 exact (bounds 17.763% .. 17.816%)
            ("cagr|implied", "exact"),
            # 96.3 / 412.6 = 23.340% -> 23.3 exact (bounds 23.325% .. 23.355%)
            ("arithmetic", "exact"),
        ],
    ),
    # 12. Traditional-Chinese (Taiwan) market-intelligence release: 新台幣億元, 年增 without a printed base, 預估…
    #     年複合成長率 (stated span), 其中 part with 約 and its share (arithmetic); 逾六成 and 1.2萬人 nowhere
    dict(
        text=(
            "【2025年3月12日／台北】宏碩產業情報中心12日發布報告指出，2024年台灣資安市場規模達新台幣782億元，"
            "年增11.3%；預估2028年將成長至新台幣1,215億元，2024至2028年年複合成長率達11.6%。其中，雲端安全服務"
            "產值約新台幣168億元，占整體市場21.5%。報告並指出，受訪企業中有逾六成計畫增加資安預算，而國內資安"
            "從業人員約1.2萬人。"
        ),
        obs=[
            ("Total", 2024, 782, "TWD 100 million", "actual"),
            ("Total", 2028, 1215, "TWD 100 million", "estimate"),
            ("雲端安全服務", 2024, 168, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 11.3, "percent", 2023, 2024, 1.0),
            ("cagr", 11.6, "percent", 2024, 2028, None, "stated"),
            ("share", 21.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1215 / 782) ** (1/4) - 1 = 1.55371 ** 0.25 - 1 = 11.646% -> 11.6 exact (bounds 11.617% .. 11.675%)
            ("cagr|implied", "exact"),
            # 168 / 782 = 21.483% -> 21.5 exact (bounds 167.5/782.5 = 21.406% .. 168.5/781.5 = 21.561%)
            ("arithmetic", "exact"),
        ],
    ),
    # 13. Traditional-Chinese (Hong Kong) release in 億港元: a 增長 its own two amounts contradict (inconsistent),
    #     a forecast, a share; a bank's own revenue (in HKD) and its target price nowhere
    dict(
        text=(
            "香港（2025年4月）——根據港灣數據研究的年度報告，2024年香港金融科技市場規模達到486億港元，較2023年的"
            "402億港元增長16.5%。報告預計，市場規模將於2027年增至720億港元。其中，2024年數碼支付佔整體市場的"
            "42.8%。另外，本地一家虛擬銀行去年收入為12.6億港元，券商將其目標股價上調至88港元。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 402, "HKD 100 million", "actual"),
            ("Total", 2027, 720, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("share", 42.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 486 / 402 - 1 = 20.896%; bounds 485.5/402.5 = 20.62% .. 486.5/401.5 = 21.17%; 16.5 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Traditional-Chinese (Taiwan) industry observation with a dateline: a part and its share (arithmetic),
    #     預估今年…年增18.0%至 (estimate, exact), 明年 estimate; a quarter's output and a gross margin nowhere
    dict(
        text=(
            "工研產經觀測（2025年7月）指出，台灣邊緣AI晶片產值2024年為新台幣4,150億元，其中車用晶片為新台幣1,320"
            "億元，占31.8%。預估今年整體產值可望年增18.0%至新台幣4,897億元，明年再成長至5,610億元。今年第二季"
            "單季產值約1,230億元，業者平均毛利率約為46%。"
        ),
        obs=[
            ("Total", 2024, 4150, "TWD 100 million", "actual"),
            ("車用晶片", 2024, 1320, "TWD 100 million", "actual"),
            ("Total", 2025, 4897, "TWD 100 million", "estimate"),
            ("Total", 2026, 5610, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 31.8, "percent", 2024, 2024, None),
            ("growth", 18.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1320 / 4150 = 31.807% -> 31.8 exact (bounds 1319.5/4150.5 = 31.791% .. 1320.5/4149.5 = 31.823%)
            ("arithmetic", "exact"),
            # 4897 / 4150 - 1 = 18.000% -> 18.0 exact (bounds 17.974% .. 18.026%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 15. Simplified-Chinese research-institute estimate: two actual years with 同比增长, a 2027 range
    #     (在…至…之间 -> two value claims, no observation), a part; 万台 stock and 车桩比 nowhere
    dict(
        text=(
            "充电基础设施是新能源汽车产业链中增长最快的环节之一。根据驰远研究院的测算，2023年我国充电桩市场规模为"
            "635亿元，2024年增至812亿元，同比增长27.9%。研究院预计，2027年市场规模将在1,800亿元至2,100亿元之间。"
            "其中，直流快充桩2024年规模为498亿元。目前全国充电桩保有量已超过1,200万台，车桩比降至2.4:1。"
        ),
        obs=[
            ("Total", 2023, 635, "CNY 100 million", "actual"),
            ("Total", 2024, 812, "CNY 100 million", "actual"),
            ("直流快充桩", 2024, 498, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("value", 1800, "CNY 100 million", 2027, 2027, None),
            ("value", 2100, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # 812 / 635 - 1 = 27.874% -> 27.9 exact (bounds 811.5/635.5 = 27.695% .. 812.5/634.5 = 28.054%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 16. English pipe table by component, years as columns with E/F markers and a "CAGR 2025-2030" column; the
    #     Services CAGR is only reached within rounding; rows add to the Total row; table number and title years nowhere
    dict(
        text=(
            "Table 3: Global AI-powered cybersecurity market by component, 2023-2030 (USD billion)\n"
            "| Component | 2023 | 2024 | 2025E | 2030F | CAGR 2025-2030 |\n"
            "|---|---|---|---|---|---|\n"
            "| Solutions | 14.2 | 17.6 | 21.5 | 52.8 | 19.7% |\n"
            "| Services | 8.1 | 9.9 | 12.0 | 27.9 | 18.5% |\n"
            "| Total | 22.3 | 27.5 | 33.5 | 80.7 | 19.2% |\n"
            "Source: Greyline Analytics estimates; E = estimate, F = forecast."
        ),
        obs=[
            ("Solutions", 2023, 14.2, "USD billion", "actual"),
            ("Solutions", 2024, 17.6, "USD billion", "actual"),
            ("Solutions", 2025, 21.5, "USD billion", "estimate"),
            ("Solutions", 2030, 52.8, "USD billion", "estimate"),
            ("Services", 2023, 8.1, "USD billion", "actual"),
            ("Services", 2024, 9.9, "USD billion", "actual"),
            ("Services", 2025, 12.0, "USD billion", "estimate"),
            ("Services", 2030, 27.9, "USD billion", "estimate"),
            ("Total", 2023, 22.3, "USD billion", "actual"),
            ("Total", 2024, 27.5, "USD billion", "actual"),
            ("Total", 2025, 33.5, "USD billion", "estimate"),
            ("Total", 2030, 80.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2025, 2030, None, "stated"),  # Solutions
            ("cagr", 18.5, "percent", 2025, 2030, None, "stated"),  # Services
            ("cagr", 19.2, "percent", 2025, 2030, None, "stated"),  # Total
        ],
        verdicts=[
            # Solutions (52.8 / 21.5) ** (1/5) - 1 = 19.685% -> 19.7 exact (bounds 19.607% .. 19.763%)
            ("cagr|implied", "exact"),
            # Services (27.9 / 12.0) ** (1/5) - 1 = 18.382% -> 18.4, not 18.5;
            # bounds 27.85/12.05 -> 18.241% .. 27.95/11.95 -> 18.523% contain 18.5 -> rounding
            ("cagr|implied", "rounding"),
            # Total (80.7 / 33.5) ** (1/5) - 1 = 19.225% -> 19.2 exact (bounds 19.174% .. 19.275%)
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),  # 2023: 14.2 + 8.1 = 22.3
            ("hierarchy", "exact"),  # 2024: 17.6 + 9.9 = 27.5
            ("hierarchy", "exact"),  # 2025E: 21.5 + 12.0 = 33.5
            ("hierarchy", "exact"),  # 2030F: 52.8 + 27.9 = 80.7
        ],
    ),
    # 17. Simplified-Chinese pipe table 单位：亿元 with a 同比 column and a 合计 row (item as printed); one row's 同比
    #     its own amounts contradict (inconsistent); table number, note number and firm count nowhere
    dict(
        text=(
            "表2  2023-2024年中国工业软件市场细分结构\n"
            "单位：亿元\n"
            "| 细分领域 | 2023年 | 2024年 | 同比 |\n"
            "|---|---|---|---|\n"
            "| 研发设计类 | 312.5 | 358.4 | 14.7% |\n"
            "| 生产控制类 | 586.0 | 661.8 | 12.9% |\n"
            "| 经营管理类 | 1,042.3 | 1,128.9 | 8.8% |\n"
            "| 合计 | 1,940.8 | 2,149.1 | 10.7% |\n"
            "注1：统计口径不含嵌入式软件；样本企业共1,086家。"
        ),
        obs=[
            ("研发设计类", 2023, 312.5, "CNY 100 million", "actual"),
            ("研发设计类", 2024, 358.4, "CNY 100 million", "actual"),
            ("生产控制类", 2023, 586.0, "CNY 100 million", "actual"),
            ("生产控制类", 2024, 661.8, "CNY 100 million", "actual"),
            ("经营管理类", 2023, 1042.3, "CNY 100 million", "actual"),
            ("经营管理类", 2024, 1128.9, "CNY 100 million", "actual"),
            ("合计", 2023, 1940.8, "CNY 100 million", "actual"),
            ("合计", 2024, 2149.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.7, "percent", 2023, 2024, 1.0),  # 研发设计类
            ("growth", 12.9, "percent", 2023, 2024, 1.0),  # 生产控制类
            ("growth", 8.8, "percent", 2023, 2024, 1.0),   # 经营管理类
            ("growth", 10.7, "percent", 2023, 2024, 1.0),  # 合计
        ],
        verdicts=[
            # 358.4 / 312.5 - 1 = 14.688% -> 14.7 exact (bounds 14.654% .. 14.722%)
            ("cagr|implied", "exact"),
            # 661.8 / 586.0 - 1 = 12.935% -> 12.9 exact (bounds 12.917% .. 12.953%)
            ("cagr|implied", "exact"),
            # 1128.9 / 1042.3 - 1 = 8.309%; bounds 8.299% .. 8.319%; 8.8 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
            # 2149.1 / 1940.8 - 1 = 10.733% -> 10.7 exact (bounds 10.727% .. 10.738%)
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),  # 2023: 312.5 + 586.0 + 1042.3 = 1940.8
            ("hierarchy", "exact"),  # 2024: 358.4 + 661.8 + 1128.9 = 2149.1
        ],
    ),
    # 18. tab-separated English regional forecast table in USD million with F columns and a "CAGR (2025-2031)"
    #     column; Asia Pacific's CAGR its own amounts contradict (inconsistent); a Global total row
    dict(
        text=(
            "Collaborative-robot software market by region (USD million). Ostrava Lane Research, March 2025.\n"
            "Region\t2024\t2025F\t2031F\tCAGR (2025-2031)\n"
            "North America\t1,284\t1,512\t4,026\t17.7%\n"
            "Europe\t846\t1,003\t2,790\t18.6%\n"
            "Asia Pacific\t1,105\t1,342\t4,410\t24.1%\n"
            "Latin America & MEA\t215\t251\t702\t18.7%\n"
            "Global\t3,450\t4,108\t11,928\t19.4%"
        ),
        obs=[
            ("North America", 2024, 1284, "USD million", "actual"),
            ("North America", 2025, 1512, "USD million", "estimate"),
            ("North America", 2031, 4026, "USD million", "estimate"),
            ("Europe", 2024, 846, "USD million", "actual"),
            ("Europe", 2025, 1003, "USD million", "estimate"),
            ("Europe", 2031, 2790, "USD million", "estimate"),
            ("Asia Pacific", 2024, 1105, "USD million", "actual"),
            ("Asia Pacific", 2025, 1342, "USD million", "estimate"),
            ("Asia Pacific", 2031, 4410, "USD million", "estimate"),
            ("Latin America & MEA", 2024, 215, "USD million", "actual"),
            ("Latin America & MEA", 2025, 251, "USD million", "estimate"),
            ("Latin America & MEA", 2031, 702, "USD million", "estimate"),
            ("Global", 2024, 3450, "USD million", "actual"),
            ("Global", 2025, 4108, "USD million", "estimate"),
            ("Global", 2031, 11928, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2025, 2031, None, "stated"),  # North America
            ("cagr", 18.6, "percent", 2025, 2031, None, "stated"),  # Europe
            ("cagr", 24.1, "percent", 2025, 2031, None, "stated"),  # Asia Pacific
            ("cagr", 18.7, "percent", 2025, 2031, None, "stated"),  # Latin America & MEA
            ("cagr", 19.4, "percent", 2025, 2031, None, "stated"),  # Global
        ],
        verdicts=[
            # (4026 / 1512) ** (1/6) - 1 = 17.730% -> 17.7 exact (bounds 17.721% .. 17.739%)
            ("cagr|implied", "exact"),
            # (2790 / 1003) ** (1/6) - 1 = 18.591% -> 18.6 exact (bounds 18.577% .. 18.604%)
            ("cagr|implied", "exact"),
            # (4410 / 1342) ** (1/6) - 1 = 21.931%; bounds 21.921% .. 21.941%; 24.1 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
            # (702 / 251) ** (1/6) - 1 = 18.698% -> 18.7 exact (bounds 18.645% .. 18.752%)
            ("cagr|implied", "exact"),
            # (11928 / 4108) ** (1/6) - 1 = 19.442% -> 19.4 exact (bounds 19.439% .. 19.445%)
            ("cagr|implied", "exact"),
            ("hierarchy", "exact"),  # 2024: 1284 + 846 + 1105 + 215 = 3450
            ("hierarchy", "exact"),  # 2025F: 1512 + 1003 + 1342 + 251 = 4108
            ("hierarchy", "exact"),  # 2031F: 4026 + 2790 + 4410 + 702 = 11928
        ],
    ),
    # 19. space-aligned Traditional-Chinese vertical table (rows are years), its lone value column headed by its
    #     unit only (新台幣億元 -> Total), a 年成長率 column; the 2023 rate only rounding reaches; (F) row estimate
    dict(
        text=(
            "表一　台灣電動車充電服務市場規模\n"
            "年度        新台幣億元      年成長率\n"
            "2021           28.6            —\n"
            "2022           41.3          44.4%\n"
            "2023           57.9          40.4%\n"
            "2024           76.5          32.1%\n"
            "2025(F)        98.0          28.1%\n"
            "資料來源：晴川產業顧問，2025年2月"
        ),
        obs=[
            ("Total", 2021, 28.6, "TWD 100 million", "actual"),
            ("Total", 2022, 41.3, "TWD 100 million", "actual"),
            ("Total", 2023, 57.9, "TWD 100 million", "actual"),
            ("Total", 2024, 76.5, "TWD 100 million", "actual"),
            ("Total", 2025, 98.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 44.4, "percent", 2021, 2022, 1.0),
            ("growth", 40.4, "percent", 2022, 2023, 1.0),
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
            ("growth", 28.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 41.3 / 28.6 - 1 = 44.406% -> 44.4 exact (bounds 43.979% .. 44.834%)
            ("cagr|implied", "exact"),
            # 57.9 / 41.3 - 1 = 40.194% -> 40.2, not 40.4; bounds 57.85/41.35 = 39.903% .. 57.95/41.25 = 40.485%
            # contain 40.4 -> rounding
            ("cagr|implied", "rounding"),
            # 76.5 / 57.9 - 1 = 32.124% -> 32.1 exact (bounds 31.924% .. 32.325%)
            ("cagr|implied", "exact"),
            # 98.0 / 76.5 - 1 = 28.105% -> 28.1 exact (bounds 27.956% .. 28.254%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 20. English pipe table with a revenue column headed "2024 revenue (USD million)" and a share column; each
    #     share's part and whole printed (arithmetic), rows add to the Total row, the 100.0% total no claim;
    #     a vendor's own revenue below the table nowhere
    dict(
        text=(
            "Table 5. Cloud-native application protection platform (CNAPP) market by deployment model\n"
            "| Deployment | 2024 revenue (USD million) | Share of total |\n"
            "|---|---|---|\n"
            "| Public cloud | 2,140 | 58.3% |\n"
            "| Hybrid | 1,095 | 29.8% |\n"
            "| On-premises | 437 | 11.9% |\n"
            "| Total | 3,672 | 100.0% |\n"
            "Source: Northfold Research. For reference, vendor Quillfeather reported CNAPP revenue of USD 212 million "
            "in 2024."
        ),
        obs=[
            ("Public cloud", 2024, 2140, "USD million", "actual"),
            ("Hybrid", 2024, 1095, "USD million", "actual"),
            ("On-premises", 2024, 437, "USD million", "actual"),
            ("Total", 2024, 3672, "USD million", "actual"),
        ],
        claims=[
            ("share", 58.3, "percent", 2024, 2024, None),  # Public cloud
            ("share", 29.8, "percent", 2024, 2024, None),  # Hybrid
            ("share", 11.9, "percent", 2024, 2024, None),  # On-premises
        ],
        verdicts=[
            # 2140 / 3672 = 58.279% -> 58.3 exact (bounds 58.257% .. 58.300%)
            ("arithmetic", "exact"),
            # 1095 / 3672 = 29.820% -> 29.8 exact (bounds 29.803% .. 29.838%)
            ("arithmetic", "exact"),
            # 437 / 3672 = 11.901% -> 11.9 exact (bounds 11.886% .. 11.916%)
            ("arithmetic", "exact"),
            ("hierarchy", "exact"),  # 2140 + 1095 + 437 = 3672
        ],
    ),
    # 21. English news with a dateline: "last year" (2024) "up 17% from" 2023, a forecast with a printed CAGR span;
    #    a second publisher's 2023 figure, a company's own revenue, a headcount and "a multibillion-dollar
    #    opportunity" expected nowhere
    dict(
        text=(
            "SINGAPORE, 12 February 2025 — Southeast Asia's colocation data-centre market took in US$6.8 billion "
            "last year, up 17% from US$5.8 billion in 2023, according to estimates published on Wednesday by the "
            "consultancy Meridale Partners. The Asia Data Centre Alliance, an industry group, puts the 2023 figure a "
            "little higher, at US$6.1 billion. Meridale expects revenue to reach US$14.6 billion in 2029, implying "
            "compound annual growth of 16.5% between 2024 and 2029. Tarsier Data, the region's largest operator, "
            "reported US$910 million of revenue for the year and now employs 2,300 people; its chief executive "
            "called hyperscale demand in Johor \"a multibillion-dollar opportunity\"."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2023, 5.8, "USD billion", "actual"),
            ("Total", 2029, 14.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.8 / 5.8 - 1 = 17.24% -> 17
            ("cagr|implied", "exact"),  # (14.6 / 6.8) ** (1/5) - 1 = 16.51% -> 16.5
        ],
    ),
    # 22. investor day: the company's total addressable market is the market (Total); "a compound annual rate of
    #    about 15%" with no printed span -> inferred CAGR (cagr|period); the company's revenue, its 12% share
    #    target, a broker's price target and its upside expected nowhere
    dict(
        text=(
            "AUSTIN, Texas, 18 March 2025 — Halvorsen Robotics used its first investor day to argue that warehouse "
            "automation is still early. Management sized the company's total addressable market at $48 billion in "
            "2024 and said it would grow to $112 billion by 2030, a compound annual rate of about 15%. Halvorsen "
            "itself booked $1.3 billion of revenue in fiscal 2024 and is aiming for a 12% share of the market by the "
            "end of the decade. Analysts at Brookfarrow Capital kept their $85 price target on the stock, implying "
            "22% upside."
        ),
        obs=[
            ("Total", 2024, 48, "USD billion", "actual"),
            ("Total", 2030, 112, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (112 / 48) ** (1/6) - 1 = 15.17% -> 15
        ],
    ),
    # 23. government statistics: "rose 12.3% to £13.2 billion ... from £11.8 billion a year earlier" (rounding
    #    only), "Of that total, £4.1 billion came from managed security services, 31% of the sector"; firm counts,
    #    employment and percentage points of a survey answer expected nowhere
    dict(
        text=(
            "LONDON, 20 May 2025 — Revenue in the UK's cyber-security sector rose 12.3% to £13.2 billion in 2024 "
            "from £11.8 billion a year earlier, the Department for Digital Enterprise said in its annual sectoral "
            "analysis on Tuesday. Of that total, £4.1 billion came from managed security services, 31% of the "
            "sector. The number of active firms rose to 2,180 and employment to 67,300, while the share of "
            "businesses telling the department's survey they had suffered a breach fell by four percentage points."
        ),
        obs=[
            ("Total", 2024, 13.2, "GBP billion", "actual"),
            ("Total", 2023, 11.8, "GBP billion", "actual"),
            ("Managed security services", 2024, 4.1, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 33.2 / 11.8 - 1 = 11.86% (prints 11.9, not 12.3); bounds 13.15/11.85 - 1 = 10.97% ..
            # 33.25/11.75 - 1 = 12.77%, which holds 12.3 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 4.1 / 13.2 = 31.06% -> 31
        ],
    ),
    # 24. broker's research note: "this year" (2025, estimate) "up 60% from $1.5 billion in 2024", a range
    #    "between $9 billion and $11 billion in 2028" (two value claims), a part "alone could be worth";
    #    the price target and a company's first-quarter sales expected nowhere
    dict(
        text=(
            "HONG KONG, 7 April 2025 — Analysts at Cavendale Securities estimate that the global market for "
            "solid-state battery materials will be worth $2.4 billion this year, up 60% from $1.5 billion in 2024, "
            "and put it at between $9 billion and $11 billion in 2028 as pilot lines in Japan and Korea move into "
            "volume production. Sulphide electrolytes alone could be worth $1.1 billion this year, the note says. "
            "It also raises the broker's price target on Norvant Materials to $64, after the supplier's "
            "first-quarter sales jumped to $96 million."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2024, 1.5, "USD billion", "actual"),
            ("Sulphide electrolytes", 2025, 1.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 60, "percent", 2024, 2025, 1.0),
            ("value", 9, "USD billion", 2028, 2028, None),
            ("value", 11, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.4 / 1.5 - 1 = 60.0% -> 60
        ],
    ),
    # 25. conference keynote: "from €11.4 billion in 2023 to €31 billion in 2028, a compound annual growth rate of
    #    27% between 2023 and 2028" which its own figures contradict; "last year" (2024) figure; delegates,
    #    "two-thirds" of a show of hands and a survey's 62% expected nowhere
    dict(
        text=(
            "ROTTERDAM, 11 June 2025 — Opening the Edge Compute Europe summit on Wednesday, Ilse Vermeer of the "
            "consultancy Dunmore Advisory told some 4,000 delegates that European spending on edge infrastructure "
            "would climb from €11.4 billion in 2023 to €31 billion in 2028, a compound annual growth rate of 27% "
            "between 2023 and 2028. Spending reached €13.9 billion last year, she said. In a show of hands, roughly "
            "two-thirds of the audience said their edge budgets would rise this year, and a survey of 600 CIOs "
            "released alongside the talk found that 62% planned new deployments."
        ),
        obs=[
            ("Total", 2023, 11.4, "EUR billion", "actual"),
            ("Total", 2028, 31, "EUR billion", "estimate"),
            ("Total", 2024, 13.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 27, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (31 / 11.4) ** (1/5) - 1 = 22.15%; bounds (30.5/11.45) ** 0.2 - 1 = 21.65% ..
            # (31.5/11.35) ** 0.2 - 1 = 22.65%: 27 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. a revision: "now expects ... $7.2 billion in 2027, down from the $9.5 billion it projected a year ago"
    #    (the old forecast for the same year expected nowhere); "last year" $2.1 billion; "about 51% a year from
    #    2024 to 2027"; a quarter's revenue and percentage points of unit share expected nowhere
    dict(
        text=(
            "LONDON, 3 September 2025 — Raynor Insight has cut its forecast for the smart-glasses market. The "
            "research firm now expects worldwide sales of smart glasses to reach $7.2 billion in 2027, down from "
            "the $9.5 billion it projected a year ago, because consumers have been slower to adopt display-equipped "
            "models. The market was worth $2.1 billion last year, Raynor said, so it would still grow by about 51% a "
            "year from 2024 to 2027. Second-quarter sales came to $640 million, and display-equipped models gained "
            "6 percentage points of unit share."
        ),
        obs=[
            ("Total", 2027, 7.2, "USD billion", "estimate"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 51, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.2 / 2.1) ** (1/3) - 1 = 50.79% -> 51
        ],
    ),
    # 27. figures in two currencies: "RMB 282 billion (US$39.1 billion)" (the dollar conversion expected nowhere),
    #    "nearly 2.5 times the RMB 113 billion recorded in 2019" (multiple x2.5 over 5 years, no verdict), a part
    #    "Of that, design and simulation software accounted for RMB 96 billion, or 34%", a ministry plan's 2027
    #    target "exceed RMB 500 billion"; a vendor count expected nowhere
    dict(
        text=(
            "BEIJING, 26 January 2025 — China's industrial-software market reached RMB 282 billion (US$39.1 billion) "
            "in 2024, nearly 2.5 times the RMB 113 billion recorded in 2019, data from the China Industrial Software "
            "Federation showed. Of that, design and simulation software accounted for RMB 96 billion, or 34% of the "
            "total. The federation now counts more than 3,400 vendors. A plan issued by the industry ministry calls "
            "for the market to exceed RMB 500 billion by 2027."
        ),
        obs=[
            ("Total", 2024, 282, "CNY billion", "actual"),
            ("Total", 2019, 113, "CNY billion", "actual"),
            ("Design and simulation software", 2024, 96, "CNY billion", "actual"),
            ("Total", 2027, 500, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2019, 2024, 5.0),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96 / 282 = 34.04% -> 34
        ],
    ),
    # 28. yen: "¥412 billion in fiscal 2024, up 84.6% from ¥223 billion a year earlier" (rounding only), a later
    #    figure in trillions "¥1.78 trillion in fiscal 2028" converted to the series' JPY billion (1780), "44% a
    #    year between fiscal 2024 and fiscal 2028"; a quarter's spending and a survey's 38% expected nowhere
    dict(
        text=(
            "TOKYO, 9 May 2025 — Japan's market for generative-AI services reached ¥412 billion in fiscal 2024, up "
            "84.6% from ¥223 billion a year earlier, according to the Kisaragi Research Institute. The institute "
            "forecasts the market will reach ¥1.78 trillion in fiscal 2028, growing by an average of 44% a year "
            "between fiscal 2024 and fiscal 2028. Spending in the January-March quarter alone came to ¥131 billion. "
            "In a survey of 1,200 companies carried out for the study, 38% said they had already deployed generative "
            "AI in at least one business unit."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2023, 223, "JPY billion", "actual"),
            ("Total", 2028, 1780, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 84.6, "percent", 2023, 2024, 1.0),
            ("cagr", 44, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 412 / 223 - 1 = 84.75% (prints 84.8, not 84.6); bounds 411.5/223.5 - 1 = 84.12% ..
            # 432.5/222.5 - 1 = 85.39%, which holds 84.6 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1780 / 412) ** (1/4) - 1 = 44.17% -> 44
        ],
    ),
    # 29. 新华社-style government statistics in 万亿元 (series unit CNY trillion): "比2023年的12.5万亿元增长10.0%"
    #    (rounding only), 其中 a part with its 占 share; 从业人员 headcount and 千亿级 clusters expected nowhere
    dict(
        text=(
            "新华社北京1月21日电（记者周明远）国家信息产业统计中心21日发布数据显示，2024年我国软件和信息技术服务业"
            "实现业务收入13.7万亿元，比2023年的12.5万亿元增长10.0%。其中，云计算和大数据服务实现收入1.4万亿元，"
            "占全行业收入的10.2%。全行业从业人员超过1000万人，各地已培育出一批千亿级软件产业集群。"
        ),
        obs=[
            ("Total", 2024, 13.7, "CNY trillion", "actual"),
            ("Total", 2023, 12.5, "CNY trillion", "actual"),
            ("云计算和大数据服务", 2024, 1.4, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
            ("share", 10.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 33.7 / 12.5 - 1 = 9.60% (prints 9.6, not 10.0); bounds 13.65/12.55 - 1 = 8.76% ..
            # 33.75/12.45 - 1 = 10.44%, which holds 10.0 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.4 / 13.7 = 10.22% -> 10.2
        ],
    ),
    # 30. 财经媒体 citing a consultancy and an association: "较2023年的605亿元增长12.7%", "预计2027年将突破1000亿元"
    #     (approximate, at its printed figure), "2024—2027年年均复合增长率约为13.6%"; the association's 2024 figure
    #     (second publisher, same year), a company's 营业收入 and 毛利率 expected nowhere
    dict(
        text=(
            "据咨询机构鼎衡咨询近日发布的报告，2024年中国工业机器人市场规模达到682亿元，较2023年的605亿元增长12.7%；"
            "报告预计2027年市场规模将突破1000亿元，2024—2027年年均复合增长率约为13.6%。中国机器人产业联合会统计口径下，"
            "2024年的市场规模则为715亿元。从企业看，龙头厂商恒拓智能2024年实现营业收入48.3亿元，毛利率为31.2%。"
        ),
        obs=[
            ("Total", 2024, 682, "CNY 100 million", "actual"),
            ("Total", 2023, 605, "CNY 100 million", "actual"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.7, "percent", 2023, 2024, 1.0),
            ("cagr", 13.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 682 / 605 - 1 = 12.73% -> 12.7
            ("cagr|implied", "exact"),  # (1000 / 682) ** (1/3) - 1 = 13.61% -> 13.6
        ],
    ),
    # 31. 证券研报: 2024 "约为318亿元" (approximate, at its printed figure), 其中 a part "约254亿元，占比79.9%", a range
    #     "500亿至700亿元" for 2025 (two value claims); penetration rates and a 目标价 expected nowhere
    dict(
        text=(
            "华岳证券研究所3月发布的行业深度报告认为，随着智算中心单机柜功率持续攀升，液冷正由“可选项”变为“必选项”。"
            "报告测算，2024年国内液冷服务器市场规模约为318亿元，其中冷板式液冷约254亿元，占比79.9%；2025年市场规模"
            "有望达到500亿至700亿元。报告预计液冷渗透率将由2024年的8%提升至2025年的15%，并维持对瀚川科技的“买入”评级，"
            "目标价46.5元。"
        ),
        obs=[
            ("Total", 2024, 318, "CNY 100 million", "actual"),
            ("冷板式液冷", 2024, 254, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 79.9, "percent", 2024, 2024, None),
            ("value", 500, "CNY 100 million", 2025, 2025, None),
            ("value", 700, "CNY 100 million", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 254 / 318 = 79.87% -> 79.9
        ],
    ),
    # 32. conference keynote in Chinese: "较2021年的12亿元增长7倍" (grew by seven times over between two printed
    #     amounts: 96 / 12 = x8 over 3 years, no verdict), "2024—2030年年均复合增长率超过40%" which its own figures
    #     contradict; the conference's year in its name, a penetration rate and a headcount of guests expected nowhere
    dict(
        text=(
            "在4月举行的2025中国智能网联汽车大会上，远岫研究院院长高启帆在主旨演讲中表示，2024年我国车载激光雷达市场"
            "规模达到96亿元，较2021年的12亿元增长7倍。他预计，到2030年市场规模将达到620亿元，2024—2030年年均复合增长率"
            "超过40%。目前L2级辅助驾驶新车渗透率已超过55%，本届大会吸引了3000余名嘉宾参会。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2021, 12, "CNY 100 million", "actual"),
            ("Total", 2030, 620, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 8.0, "multiple", 2021, 2024, 3.0),
            ("cagr", 40, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (620 / 96) ** (1/6) - 1 = 36.46%; bounds (619.5/96.5) ** (1/6) - 1 = 36.33% ..
            # (620.5/95.5) ** (1/6) - 1 = 36.60%: 40 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. 經濟日報-style Traditional Chinese: series opens in 億元 (TWD 100 million), "今年可望突破1.2兆元" (兆 = trillion
    #     -> 12000, estimate for the dateline's year 2025), two year-on-year rates; a company's 合併營收 in 兆元 and
    #     "超過一半" (a share in words) expected nowhere
    dict(
        text=(
            "2025-03-11 經濟日報／記者林佩萱／台北報導\n"
            "台灣產業趨勢研究院昨（10）日發布報告指出，受惠AI伺服器需求爆發，2024年台灣伺服器產業產值達新台幣9,850億元，"
            "較2023年的6,740億元年增46.1%；今年可望突破1.2兆元，年增約22%。研究院指出，AI伺服器占整體產值比重已超過一半，"
            "代工龍頭鴻擎科技去年合併營收也達1.82兆元、創下新高。"
        ),
        obs=[
            ("Total", 2024, 9850, "TWD 100 million", "actual"),
            ("Total", 2023, 6740, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46.1, "percent", 2023, 2024, 1.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9850 / 6740 - 1 = 46.14% -> 46.1
            ("cagr|implied", "exact"),  # 12000 / 9850 - 1 = 21.83% -> 22
        ],
    ),
    # 34. Hong Kong Traditional Chinese in 億港元 (HKD 100 million): "約為86億港元，較2023年的74億港元增長16.2%",
    #     "2024至2028年複合年增長率為14.9%"; a talent gap headcount and a listed company's 去年收入 expected nowhere
    dict(
        text=(
            "（香港2025年4月16日電）本地顧問公司嘉衡策略昨日發表研究報告，估算2024年香港網絡安全服務市場規模約為86億港元，"
            "較2023年的74億港元增長16.2%；報告預計2028年市場將增至150億港元，2024至2028年複合年增長率為14.9%。報告又指，"
            "業界人才缺口約4,500人，而上市公司盈信科技去年收入為3.2億港元。"
        ),
        obs=[
            ("Total", 2024, 86, "HKD 100 million", "actual"),
            ("Total", 2023, 74, "HKD 100 million", "actual"),
            ("Total", 2028, 150, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("cagr", 14.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86 / 74 - 1 = 16.22% -> 16.2
            ("cagr|implied", "exact"),  # (150 / 86) ** (1/4) - 1 = 14.92% -> 14.9
        ],
    ),
    # 35. Taiwan government statistics and plan: "較2023年的857億元成長13.4%", 其中 a part "占整體產值42.4%", a
    #     government target for 2027 "突破1,500億元"; firm count, headcount and 百分點 expected nowhere
    dict(
        text=(
            "（中央通訊台北2日電）數位產業推動署今（2）日公布，2024年台灣資安產業產值達新台幣972億元，較2023年的857億元"
            "成長13.4%，其中資安服務產值為412億元，占整體產值42.4%。依據政府「資安產業躍升計畫」，目標2027年產值突破"
            "1,500億元。目前國內資安廠商超過500家，從業人員約1.2萬人，產值年增率則較前一年增加2.1個百分點。"
        ),
        obs=[
            ("Total", 2024, 972, "TWD 100 million", "actual"),
            ("Total", 2023, 857, "TWD 100 million", "actual"),
            ("資安服務", 2024, 412, "TWD 100 million", "actual"),
            ("Total", 2027, 1500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.4, "percent", 2023, 2024, 1.0),
            ("share", 42.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 972 / 857 - 1 = 13.42% -> 13.4
            ("arithmetic", "exact"),  # 412 / 972 = 42.39% -> 42.4
        ],
    ),
    # 36. English pipe table, years as columns with an E column and a total row "Total"; 2024's rows add to the
    #     total only within rounding; a prose line after it with a 2027 forecast; the table number and a vendor's
    #     own revenue expected nowhere
    dict(
        text=(
            "Table 2. Global e-signature software revenue by customer segment (US$ billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Large enterprise | 3.4 | 3.9 | 4.5 |\n"
            "| Mid-market | 1.8 | 2.1 | 2.4 |\n"
            "| Small business | 1.1 | 1.3 | 1.6 |\n"
            "| Total | 6.3 | 7.4 | 8.5 |\n"
            "Source: Pellridge Analytics. Pellridge expects the market to top US$10 billion in 2027; the largest "
            "vendor alone reported revenue of US$2.8 billion in its latest fiscal year."
        ),
        obs=[
            ("Large enterprise", 2023, 3.4, "USD billion", "actual"),
            ("Large enterprise", 2024, 3.9, "USD billion", "actual"),
            ("Large enterprise", 2025, 4.5, "USD billion", "estimate"),
            ("Mid-market", 2023, 1.8, "USD billion", "actual"),
            ("Mid-market", 2024, 2.1, "USD billion", "actual"),
            ("Mid-market", 2025, 2.4, "USD billion", "estimate"),
            ("Small business", 2023, 1.1, "USD billion", "actual"),
            ("Small business", 2024, 1.3, "USD billion", "actual"),
            ("Small business", 2025, 1.6, "USD billion", "estimate"),
            ("Total", 2023, 6.3, "USD billion", "actual"),
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2025, 8.5, "USD billion", "estimate"),
            ("Total", 2027, 10, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.4 + 1.8 + 1.1 = 6.3 = 6.3
            # 2024: 3.9 + 2.1 + 1.3 = 7.3 vs 7.4; bounds 7.15 .. 7.45 hold 7.4 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 4.5 + 2.4 + 1.6 = 8.5 = 8.5
        ],
    ),
    # 37. Chinese tab-separated vertical table (rows are years) with a lone value column headed by its unit only
    #     ("亿元" -> Total) and a 同比 column; the 2023 rate is contradicted by its own amounts; 2025E an estimate;
    #     the table number, its title years and the source's date expected nowhere
    dict(
        text=(
            "表3 中国工业互联网平台市场规模（2021—2025E）\n"
            "年份\t亿元\t同比增速\n"
            "2021\t1,126\t—\n"
            "2022\t1,358\t20.6%\n"
            "2023\t1,592\t15.2%\n"
            "2024\t1,903\t19.5%\n"
            "2025E\t2,260\t18.8%\n"
            "资料来源：启衡研究院，2025年2月"
        ),
        obs=[
            ("Total", 2021, 1126, "CNY 100 million", "actual"),
            ("Total", 2022, 1358, "CNY 100 million", "actual"),
            ("Total", 2023, 1592, "CNY 100 million", "actual"),
            ("Total", 2024, 1903, "CNY 100 million", "actual"),
            ("Total", 2025, 2260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.6, "percent", 2021, 2022, 1.0),
            ("growth", 15.2, "percent", 2022, 2023, 1.0),
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("growth", 18.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1358 / 1126 - 1 = 20.60% -> 20.6
            # 1592 / 1358 - 1 = 17.23%; bounds 1591.5/1358.5 - 1 = 17.15% .. 1592.5/1357.5 - 1 = 17.31%:
            # 35.2 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1903 / 1592 - 1 = 19.54% -> 19.5
            ("cagr|implied", "exact"),  # 2260 / 1903 - 1 = 18.76% -> 18.8
        ],
    ),
    # 38. English space-aligned table as copied from a PDF: regions as rows, an F column, a "CAGR 2024-29F"
    #     column (stated span) and a Total row that its rows add to; the table number expected nowhere
    dict(
        text=(
            "Table 4. Private 5G network spending by region, US$ million\n"
            "Region            2023     2024     2029F    CAGR 2024-29F\n"
            "North America    1,140    1,480    4,950        27.3%\n"
            "Europe             860    1,120    3,610        26.4%\n"
            "Asia-Pacific       920    1,310    5,190        31.7%\n"
            "Total            2,920    3,910   13,750        28.6%\n"
            "Source: Quillon Networks Research"
        ),
        obs=[
            ("North America", 2023, 1140, "USD million", "actual"),
            ("North America", 2024, 1480, "USD million", "actual"),
            ("North America", 2029, 4950, "USD million", "estimate"),
            ("Europe", 2023, 860, "USD million", "actual"),
            ("Europe", 2024, 1120, "USD million", "actual"),
            ("Europe", 2029, 3610, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 920, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1310, "USD million", "actual"),
            ("Asia-Pacific", 2029, 5190, "USD million", "estimate"),
            ("Total", 2023, 2920, "USD million", "actual"),
            ("Total", 2024, 3910, "USD million", "actual"),
            ("Total", 2029, 13750, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 27.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 31.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 28.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # North America: (4950 / 1480) ** (1/5) - 1 = 27.31% -> 27.3
            ("cagr|implied", "exact"),  # Europe: (3610 / 1120) ** (1/5) - 1 = 26.37% -> 26.4
            ("cagr|implied", "exact"),  # Asia-Pacific: (5190 / 1310) ** (1/5) - 1 = 31.70% -> 31.7
            ("cagr|implied", "exact"),  # Total: (13750 / 3910) ** (1/5) - 1 = 28.60% -> 28.6
            ("hierarchy", "exact"),  # 2023: 1140 + 860 + 920 = 2920
            ("hierarchy", "exact"),  # 2024: 1480 + 1120 + 1310 = 3910
            ("hierarchy", "exact"),  # 2029F: 4950 + 3610 + 5190 = 13750
        ],
    ),
    # 39. Traditional Chinese tab-separated table, years as columns with a (F) column, unit in the title
    #     (新台幣億元 -> TWD 100 million), a total row labelled 合計 (its label as printed), and a prose line with the
    #     合計's 2025 rate; the table number expected nowhere
    dict(
        text=(
            "表1　台灣電動車關鍵零組件產值（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t2025年(F)\n"
            "電池模組\t412\t468\t545\n"
            "驅動馬達\t236\t271\t318\n"
            "車用電子\t589\t652\t736\n"
            "合計\t1,237\t1,391\t1,599\n"
            "資料來源：車輛產業研究中心。研究中心預估，2025年關鍵零組件合計產值將年增15.0%。"
        ),
        obs=[
            ("電池模組", 2023, 412, "TWD 100 million", "actual"),
            ("電池模組", 2024, 468, "TWD 100 million", "actual"),
            ("電池模組", 2025, 545, "TWD 100 million", "estimate"),
            ("驅動馬達", 2023, 236, "TWD 100 million", "actual"),
            ("驅動馬達", 2024, 271, "TWD 100 million", "actual"),
            ("驅動馬達", 2025, 318, "TWD 100 million", "estimate"),
            ("車用電子", 2023, 589, "TWD 100 million", "actual"),
            ("車用電子", 2024, 652, "TWD 100 million", "actual"),
            ("車用電子", 2025, 736, "TWD 100 million", "estimate"),
            ("合計", 2023, 1237, "TWD 100 million", "actual"),
            ("合計", 2024, 1391, "TWD 100 million", "actual"),
            ("合計", 2025, 1599, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1599 / 1391 - 1 = 14.95% -> 15.0
            ("hierarchy", "exact"),  # 2023: 412 + 236 + 589 = 1237
            ("hierarchy", "exact"),  # 2024: 468 + 271 + 652 = 1391
            ("hierarchy", "exact"),  # 2025(F): 545 + 318 + 736 = 1599
        ],
    ),
    # 40. English space-aligned vertical table (rows are years) with named value columns (Hardware,
    #     Subscriptions, Total) in GBP million, a 2025F row, and a prose line with two printed shares whose part
    #     and whole are in the table; a survey's respondent count expected nowhere
    dict(
        text=(
            "UK cloud-gaming revenue (GBP million), from Hartwell Media Partners' annual review\n"
            "Year     Hardware   Subscriptions   Total\n"
            "2022        142          388          530\n"
            "2023        151          457          608\n"
            "2024        163          539          702\n"
            "2025F       170          628          798\n"
            "Subscriptions made up 77% of the total in 2024, up from 73% in 2022. The review also polled 2,000 "
            "players, more than half of whom said they would pay for a second service."
        ),
        obs=[
            ("Hardware", 2022, 142, "GBP million", "actual"),
            ("Hardware", 2023, 151, "GBP million", "actual"),
            ("Hardware", 2024, 163, "GBP million", "actual"),
            ("Hardware", 2025, 170, "GBP million", "estimate"),
            ("Subscriptions", 2022, 388, "GBP million", "actual"),
            ("Subscriptions", 2023, 457, "GBP million", "actual"),
            ("Subscriptions", 2024, 539, "GBP million", "actual"),
            ("Subscriptions", 2025, 628, "GBP million", "estimate"),
            ("Total", 2022, 530, "GBP million", "actual"),
            ("Total", 2023, 608, "GBP million", "actual"),
            ("Total", 2024, 702, "GBP million", "actual"),
            ("Total", 2025, 798, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 77, "percent", 2024, 2024, None),
            ("share", 73, "percent", 2022, 2022, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 539 / 702 = 76.78% -> 77
            ("arithmetic", "exact"),  # 388 / 530 = 73.21% -> 73
            ("hierarchy", "exact"),  # 2022: 142 + 388 = 530
            ("hierarchy", "exact"),  # 2023: 151 + 457 = 608
            ("hierarchy", "exact"),  # 2024: 163 + 539 = 702
            ("hierarchy", "exact"),  # 2025F: 170 + 628 = 798
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 7, 'rounding': 8, 'exact': 81}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'exhibiting a CAGR of 23.7% during the forecast period (2025-2032)',
    'accounted for the largest revenue share of 41.2% in 2024',
    'reached US$1.38 billion last year, up 21.4% from US$1.14 billion in 2023',
    'We size the total addressable market',
    'contributed €2.3 billion of that, or 41% of the total',
    'have grown more than fivefold since 2019',
    'is anticipated to register a CAGR of 19.9% from 2024 to 2030',
    'a compound annual growth rate of 18.5% over 2024-2030',
    '¥1.1 trillion by fiscal 2030',
    '2024-2028年复合增长率为29.5%',
    '并有望在2030年突破1.1万亿元',
    '较2020年增长3倍',
    '2024至2028年年複合成長率達11.6%',
    '較2023年的402億港元增長16.5%',
    '将在1,800亿元至2,100亿元之间',
    '| CAGR 2025-2030 |',
    '单位：亿元',
    'CAGR (2025-2031)',
    '年度        新台幣億元      年成長率',
    '| 2024 revenue (USD million) | Share of total |',
    'up 17% from',
    "sized the company's total addressable market at",
    'rose 12.3% to £13.2 billion in 2024',
    'between $9 billion and $11 billion in 2028',
    'a compound annual growth rate of 27% between 2023 and 2028',
    'down from the $9.5 billion it projected a year ago',
    'RMB 282 billion (US$39.1 billion)',
    'nearly 2.5 times',
    '¥1.78 trillion in fiscal 2028',
    '比2023年的12.5万亿元增长10.0%',
    '年均复合增长率约为13.6%',
    '有望达到500亿至700亿元',
    '较2021年的12亿元增长7倍',
    '今年可望突破1.2兆元',
    '複合年增長率為14.9%',
    '占整體產值42.4%',
    '| Total | 6.3 | 7.4 | 8.5 |',
    '2025E\t2,260\t18.8%',
    'CAGR 2024-29F',
    '合計\t1,237\t1,391\t1,599',
)
#: the set's blind score (written without reading or running the extractor, scored on the code before this round's
#: readings): 208 figures, 63 rates, 89 verdicts and 2 false inconsistent; kept unread, and unchanged by the readings
#: chosen on the seventy-seventh set
FLOORS = {"figures_found": 210, "rates_found": 63, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset78.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
