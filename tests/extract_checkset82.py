"""An eighty-second check set for the extractor, written blind: the industry overviews of listing prospectuses and
annual reports, where a commissioned consultancy sizes the issuer's market, in English and Chinese (Simplified and
Traditional) -- "increased from ... in 2019 to ... in 2023, representing a CAGR of ..., and is expected to further
increase to ... in 2028", 根据弗若斯特沙利文的资料, 按收入计, tables with two CAGR columns, the issuer's own rank, share,
revenue and offering as distractors -- and figures as people post and forward them: newsletters' "By the numbers"
lists, social posts with arrows and emoji, threads, chat messages forwarding a report, meeting notes in
abbreviations ("TAM '24: ~$38bn; '28E: $95bn"), markdown headings, bold figures and pipe tables, 公众号-style Chinese
posts with follower counts, likes and a post's date as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. HK prospectus, the habitual two-CAGR sentence in RMB billion ("RMB14.2 billion", no space); the first CAGR's
    #    span comes only from its amounts' years (inferred), the second prints "from 2023 to 2028" (stated);
    #    "less than a fifth", the issuer's rank and 3.9% share, its revenue and headcount are nowhere
    dict(
        text=(
            "INDUSTRY OVERVIEW. According to the Ekholm Ridge Report, the market size of China's enterprise AI "
            "software market, in terms of revenue, increased from RMB14.2 billion in 2019 to RMB41.7 billion in 2023, "
            "representing a CAGR of 30.9%, and is expected to further increase to RMB126.3 billion in 2028, "
            "representing a CAGR of 24.8% from 2023 to 2028. The market remains fragmented: the top five players "
            "together held less than a fifth of it in 2023. In terms of revenue in 2023, we ranked fourth among "
            "independent providers with a market share of 3.9%. Our revenue was RMB1,626.4 million in 2023, and we "
            "had 1,214 full-time employees as of 31 December 2023."
        ),
        obs=[
            ("Total", 2019, 14.2, "CNY billion", "actual"),
            ("Total", 2023, 41.7, "CNY billion", "actual"),
            ("Total", 2028, 126.3, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 30.9, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 24.8, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (41.7/14.2)**(1/4)-1 = 30.907% -> 30.9; bounds [30.75, 31.06]
            ("cagr|implied", "exact"),  # (126.3/41.7)**(1/5)-1 = 24.811% -> 24.8; bounds [24.771, 24.851]
        ],
    ),
    # 2. prospectus paragraph: a year-on-year rise with both amounts, and a segment "contributing RMB5.38 billion,
    #    or 62.3% of the total" (part and whole printed -> arithmetic); a penetration rate, percentage points,
    #    customers, headcount and gross margin are nowhere
    dict(
        text=(
            "Industry Overview. Elsworth Quarry Consulting estimates that China's hybrid-cloud management software "
            "market generated revenue of RMB8.64 billion in 2023, up 21.5% from RMB7.11 billion in 2022. Private "
            "cloud orchestration was the largest segment, contributing RMB5.38 billion, or 62.3% of the total. The "
            "penetration rate of hybrid-cloud management tools among large enterprises rose 4.2 percentage points to "
            "31.6% over the same period. As at the Latest Practicable Date, we served 1,372 enterprise customers and "
            "employed 896 people, and our gross margin for 2023 was 58.1%."
        ),
        obs=[
            ("Total", 2023, 8.64, "CNY billion", "actual"),
            ("Total", 2022, 7.11, "CNY billion", "actual"),
            ("Private cloud orchestration", 2023, 5.38, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2022, 2023, 1.0),
            ("share", 62.3, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.64/7.11 - 1 = 21.519% -> 21.5; bounds [21.363, 21.675]
            ("arithmetic", "exact"),    # 5.38/8.64 = 62.269% -> 62.3; bounds [62.175, 62.363]
        ],
    ),
    # 3. global market in US$ with "a compound annual growth rate of 31.5%" its own figures contradict
    #    (inconsistent), then a stated 2024-2029 CAGR; "roughly two-fifths" (fraction in words), the H-share
    #    offering, its HK$ offer price and HK$ gross proceeds are nowhere
    dict(
        text=(
            "According to a report commissioned by us from Evanthe Frost & Co., global revenue from commercial "
            "service robots (cleaning, delivery, reception and inspection units) rose from US$6.8 billion in 2020 "
            "to US$17.9 billion in 2024, a compound annual growth rate of 31.5%. Evanthe Frost forecasts the market "
            "to reach US$46.2 billion by 2029, implying a CAGR of 20.9% between 2024 and 2029. Greater China "
            "accounted for roughly two-fifths of 2024 demand. We are offering 38,500,000 H Shares at HK$15.55 per "
            "share, for gross proceeds of approximately HK$598.7 million."
        ),
        obs=[
            ("Total", 2020, 6.8, "USD billion", "actual"),
            ("Total", 2024, 17.9, "USD billion", "actual"),
            ("Total", 2029, 46.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "inconsistent"),  # (17.9/6.8)**(1/4)-1 = 27.376%; bounds [27.054, 27.700] never reach 31.5
            ("cagr|implied", "exact"),        # (46.2/17.9)**(1/5)-1 = 20.881% -> 20.9; bounds [20.787, 20.975]
        ],
    ),
    # 4. dated chairman's statement in an annual report: "last year" = 2024, "this year" = 2025 (estimate); a
    #    growth rate exact only within rounding; "Annual Report 2024", a fourth-quarter sales figure, the
    #    company's own revenue, its share and percentage points, and an engineer headcount are nowhere
    dict(
        text=(
            "HONG KONG, 27 March 2025. Chairman's Statement, Annual Report 2024. The market we serve had another "
            "strong year: citing Erlin Vale Research, China's edge AI inference chip market grew 38.5% last year to "
            "RMB27.5 billion, from RMB19.9 billion in 2023, and it is expected to reach RMB35.9 billion this year. "
            "Fourth-quarter sales alone came to RMB8.1 billion. Our own chip revenue rose 52.7% to RMB1.93 billion, "
            "lifting our share of the market by 1.6 percentage points to 7.0%. We now employ 2,460 engineers across "
            "Shenzhen, Hefei and Xi'an."
        ),
        obs=[
            ("Total", 2024, 27.5, "CNY billion", "actual"),
            ("Total", 2023, 19.9, "CNY billion", "actual"),
            ("Total", 2025, 35.9, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 27.5/19.9 - 1 = 38.191% -> 38.2, not 38.5; bounds
                                           # 27.45/19.95 - 1 = 37.594% .. 27.55/19.85 - 1 = 38.791% reach 38.5
        ],
    ),
    # 5. "By GMV" market that "tripled" between two years (multiple x3 over 4 years, no verdict), then a stated
    #    2023-2028 CAGR; "About a quarter of" transactions, the platform's own GMV, rank, 11.3% share and
    #    active buyers are nowhere
    dict(
        text=(
            "By GMV, China's online market for certified pre-owned smartphones, tablets and laptops tripled from "
            "RMB21.3 billion in 2019 to RMB64.0 billion in 2023, according to the Eastmere Insight Report. Eastmere "
            "expects GMV to climb to RMB152.8 billion in 2028, a CAGR of 19.0% from 2023 to 2028, as trade-in "
            "programmes spread beyond first-tier cities. About a quarter of 2023 transactions were settled on "
            "instalment plans. Our platform facilitated GMV of RMB7.2 billion in 2023, ranking first with an 11.3% "
            "share, and had 18.6 million annual active buyers."
        ),
        obs=[
            ("Total", 2019, 21.3, "CNY billion", "actual"),
            ("Total", 2023, 64.0, "CNY billion", "actual"),
            ("Total", 2028, 152.8, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2019, 2023, 4.0),  # "tripled"
            ("cagr", 19.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152.8/64.0)**(1/5)-1 = 19.011% -> 19.0; bounds [18.985, 19.038]
        ],
    ),
    # 6. Hong Kong dollar market: series opens in "HK$486 million" (HKD million), so "HK$2.48 billion" in 2028 is
    #    expected converted to 2480 HKD million; one inferred and one stated CAGR; "Some 61% of SMEs surveyed"
    #    (a survey answer) and the customer count are nowhere
    dict(
        text=(
            "Market size of cloud accounting and payroll SaaS in Hong Kong. Eyrecourt Advisory finds that "
            "subscription revenue in this segment expanded from HK$486 million in 2019 to HK$1,127 million in 2023, "
            "representing a CAGR of 23.4%. Driven by the digitalisation of pension contributions and e-invoicing, "
            "revenue is projected to grow at a CAGR of 17.1% from 2023 to 2028 and reach HK$2.48 billion in 2028. "
            "Some 61% of SMEs surveyed by Eyrecourt said they still run payroll on spreadsheets. We had 9,850 paying "
            "SME customers at the end of 2023."
        ),
        obs=[
            ("Total", 2019, 486, "HKD million", "actual"),
            ("Total", 2023, 1127, "HKD million", "actual"),
            ("Total", 2028, 2480, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 17.1, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (1127/486)**(1/4)-1 = 23.402% -> 23.4; bounds [23.357, 23.447]
            ("cagr|implied", "exact"),  # (2480/1127)**(1/5)-1 = 17.086% -> 17.1; bounds with 2.48bn at +-5m:
                                        # (2475/1127.5) -> 17.029% .. (2485/1126.5) -> 17.144%
        ],
    ),
    # 7. Japanese market in yen, fiscal years (fiscal 2023 -> 2023), "up 12.4% from" and a stated CAGR "over
    #    FY2023-FY2028"; a survey answer (41% of 240 manufacturers), the company's own ¥ revenue and workforce
    #    are nowhere
    dict(
        text=(
            "Industry overview. Japan's market for collaborative robots and the software that integrates them came "
            "to ¥148.6 billion in fiscal 2023, up 12.4% from ¥132.2 billion in fiscal 2022, according to Embury "
            "Kline Research. Embury Kline forecasts ¥262.0 billion for fiscal 2028, a CAGR of 12.0% over "
            "FY2023–FY2028, as labour shortages push small and mid-sized factories to automate. In its survey of 240 "
            "manufacturers, 41% said they planned to deploy cobots within three years. The Company's consolidated "
            "revenue for fiscal 2023 was ¥9.8 billion, earned with a workforce of 642."
        ),
        obs=[
            ("Total", 2023, 148.6, "JPY billion", "actual"),
            ("Total", 2022, 132.2, "JPY billion", "actual"),
            ("Total", 2028, 262.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2022, 2023, 1.0),
            ("cagr", 12.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148.6/132.2 - 1 = 12.405% -> 12.4; bounds [12.325, 12.486]
            ("cagr|implied", "exact"),  # (262.0/148.6)**(1/5)-1 = 12.010% -> 12.0; bounds [11.998, 12.022]
        ],
    ),
    # 8. base, target and stated CAGR from the commissioned consultancy, a 2026 range (two value claims), and a
    #    second research house's 2028 figure (nowhere); "a multibillion-dollar opportunity" and a survey answer
    #    (47% of 312 operators) are nowhere
    dict(
        text=(
            "Estrella Bay Partners, in a report commissioned by us, sizes the global market for autonomous mobile "
            "robot fleet-management software at US$1.36 billion in 2023 and expects it to reach US$4.47 billion in "
            "2028, a CAGR of 26.9% from 2023 to 2028. For 2026, Estrella Bay puts the market somewhere between "
            "US$2.6 billion and US$2.9 billion, depending on how fast brownfield warehouses retrofit. Another "
            "research house, Dunmore Lytle, has a more bullish 2028 figure of US$5.1 billion. Industry participants "
            "describe fleet orchestration as a multibillion-dollar opportunity; 47% of the 312 warehouse operators "
            "Estrella Bay surveyed plan to add AMRs within two years."
        ),
        obs=[
            ("Total", 2023, 1.36, "USD billion", "actual"),
            ("Total", 2028, 4.47, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2023, 2028, None, "stated"),
            ("value", 2.6, "USD billion", 2026, 2026, None),
            ("value", 2.9, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.47/1.36)**(1/5)-1 = 26.869% -> 26.9; bounds [26.747, 26.990]
        ],
    ),
    # 9. Simplified Chinese A-share prospectus, the habitual 由…增至…复合年增长率… 预计将于…进一步增至… sentence in 亿元;
    #    "三、" (list number), the issuer's rank and 5.2% share, headcount and "占比超过一半" are nowhere
    dict(
        text=(
            "三、行业概况。根据艾珂睿咨询的资料，按收入计，中国工业机器视觉市场规模由2019年的89.6亿元增至2023年的"
            "236.8亿元，复合年增长率为27.5%，预计将于2028年进一步增至615.0亿元，2023年至2028年的复合年增长率为"
            "21.0%。其中，3D视觉检测是增长最快的细分领域。按收入计，本公司2023年在中国工业机器视觉市场排名第三，"
            "市场份额为5.2%。截至2023年12月31日，本公司共有员工1,486名，其中研发人员占比超过一半。"
        ),
        obs=[
            ("Total", 2019, 89.6, "CNY 100 million", "actual"),
            ("Total", 2023, 236.8, "CNY 100 million", "actual"),
            ("Total", 2028, 615.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.5, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 21.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (236.8/89.6)**(1/4)-1 = 27.502% -> 27.5; bounds [27.478, 27.527]
            ("cagr|implied", "exact"),  # (615.0/236.8)**(1/5)-1 = 21.032% -> 21.0; bounds [21.025, 21.039]
        ],
    ),
    # 10. Simplified Chinese: series opens in 亿元, so "突破1.2万亿元" is expected as 12000 (CNY 100 million) at its
    #     printed figure; "增长1.65倍" is x2.65 (mended: between printed amounts, N + 1); "约为37%" stated CAGR; 千亿级/万亿级 and the
    #     offering (8,000万股, 募集资金净额约24.6亿元) are nowhere
    dict(
        text=(
            "据易嵘研究院测算，中国智能算力服务市场规模2021年为1,286亿元，2023年已达3,412亿元，两年间增长1.65倍。"
            "随着大模型训练与推理需求释放，该市场预计2027年将突破1.2万亿元，2023年至2027年复合年增长率约为37%。"
            "业内普遍将其视为千亿级乃至万亿级赛道。发行人本次拟公开发行不超过8,000万股，募集资金净额约24.6亿元，"
            "主要用于智算中心建设。"
        ),
        obs=[
            ("Total", 2021, 1286, "CNY 100 million", "actual"),
            ("Total", 2023, 3412, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            # 增长1.65倍 between two printed amounts is 2.65 times the base (3412/1286 = 2.653), as set 17 reads it
            ("multiple", 2.65, "multiple", 2021, 2023, 2.0),
            ("cagr", 37.0, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12000/3412)**(1/4)-1 = 36.944% -> 37; bounds with 1.2万亿 at +-500亿:
                                        # (11500/3412.5) -> 35.49% .. (12500/3411.5) -> 38.35%
        ],
    ),
    # 11. Simplified Chinese dated news on a listing applicant: 去年 = 2024, 今年 = 2025 and 明年 = 2026 (estimates);
    #     同比增长 with both amounts; a first-quarter figure, 约占四成, headcount and the company's own 营收 nowhere
    dict(
        text=(
            "2025年6月18日，上海——在人形机器人企业恩拓智能递交港股上市申请的同一周，行业数据再度刷新。据第三方"
            "机构恩溪咨询统计，去年中国人形机器人整机市场规模为86.4亿元，较2023年的54.6亿元同比增长58.2%；今年有望"
            "达到142亿元，明年或将突破240亿元。仅今年第一季度，整机销售额就达到19.7亿元。其中，教育科研与展示讲解"
            "场景约占四成。恩拓智能目前员工约650人，2024年营收为3.8亿元。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2023, 54.6, "CNY 100 million", "actual"),
            ("Total", 2025, 142, "CNY 100 million", "estimate"),
            ("Total", 2026, 240, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4/54.6 - 1 = 58.242% -> 58.2; bounds [58.006, 58.479]
        ],
    ),
    # 12. Traditional Chinese HK prospectus (行業概覽, 人民幣…億元): the 2019-2023 CAGR of 58.7% is contradicted by
    #     its own amounts (inconsistent); the issuer's rank and 8.3% share, the H-share offering and headcount nowhere
    dict(
        text=(
            "行業概覽。根據易衡諮詢的資料，按收入計，中國自動駕駛域控制器市場規模由2019年的人民幣46.2億元增至2023年"
            "的人民幣318.5億元，複合年增長率為58.7%，預計將於2028年進一步增至人民幣1,247.3億元，2023年至2028年的"
            "複合年增長率為31.4%。按2023年收入計，我們在中國第三方自動駕駛域控制器供應商中排名第二，市場份額為8.3%。"
            "我們正根據全球發售提呈發售62,500,000股H股，並於最後實際可行日期擁有2,031名全職僱員。"
        ),
        obs=[
            ("Total", 2019, 46.2, "CNY 100 million", "actual"),
            ("Total", 2023, 318.5, "CNY 100 million", "actual"),
            ("Total", 2028, 1247.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 58.7, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 31.4, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "inconsistent"),  # (318.5/46.2)**(1/4)-1 = 62.038%; bounds [61.988, 62.088] never 58.7
            ("cagr|implied", "exact"),        # (1247.3/318.5)**(1/5)-1 = 31.393% -> 31.4; bounds [31.388, 31.398]
        ],
    ),
    # 13. Traditional Chinese (Taiwan) 新台幣億元 market (TWD 100 million), 年增 with both amounts, 預估…可望 for
    #     2025 (estimate); the company's own 營收 in 新台幣, its 毛利率 and headcount nowhere
    dict(
        text=(
            "產業概況：根據艾森產業研究的統計，按營收計，臺灣AI伺服器組裝與代工市場2023年達新台幣9,860億元，較2022年"
            "的新台幣5,752億元年增71.4%。受雲端服務商資本支出擴張帶動，預估2025年可望成長至新台幣15,200億元。本公司"
            "2023年營收為新台幣312億元，毛利率為9.6%，並於桃園、新竹兩地雇用員工3,410人。"
        ),
        obs=[
            ("Total", 2023, 9860, "TWD 100 million", "actual"),
            ("Total", 2022, 5752, "TWD 100 million", "actual"),
            ("Total", 2025, 15200, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 71.4, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9860/5752 - 1 = 71.419% -> 71.4; bounds [71.395, 71.442]
        ],
    ),
    # 14. Traditional Chinese HK prospectus in 億港元 (HKD 100 million): inferred CAGR, a segment "佔市場總額的42.5%"
    #     with part and whole printed (arithmetic), "約98.6億港元" in 2028 with a stated CAGR; the issuer's own
    #     收益 (3.12億港元), rank, 5.0% share and customer count nowhere
    dict(
        text=(
            "根據艾伯諮詢報告，按收益計，香港企業網絡安全服務市場規模由2019年的38.4億港元增長至2023年的61.9億港元，"
            "複合年增長率為12.7%。其中，託管安全服務於2023年的市場規模為26.3億港元，佔市場總額的42.5%。艾伯諮詢"
            "預計，市場規模將於2028年達到約98.6億港元，2023年至2028年的複合年增長率為9.8%。我們於2023年的收益為"
            "3.12億港元，按收益計排名第三，市場份額為5.0%，服務客戶418名。"
        ),
        obs=[
            ("Total", 2019, 38.4, "HKD 100 million", "actual"),
            ("Total", 2023, 61.9, "HKD 100 million", "actual"),
            ("Total", 2028, 98.6, "HKD 100 million", "estimate"),
            ("託管安全服務", 2023, 26.3, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 12.7, "percent", 2019, 2023, None, "inferred"),
            ("share", 42.5, "percent", 2023, 2023, None),
            ("cagr", 9.8, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (61.9/38.4)**(1/4)-1 = 12.678% -> 12.7; bounds [12.619, 12.738]
            ("arithmetic", "exact"),    # 26.3/61.9 = 42.488% -> 42.5; bounds [42.373, 42.603]
            ("cagr|implied", "exact"),  # (98.6/61.9)**(1/5)-1 = 9.758% -> 9.8; bounds [9.729, 9.787]
        ],
    ),
    # 15. Traditional Chinese prospectus with whole 億元 figures: the 2020-2024 CAGR is exact only within rounding,
    #     a segment share with part and whole, a stated 2024-2029 CAGR; a fourth-quarter figure, the H-share
    #     offering and headcount are nowhere
    dict(
        text=(
            "根據易思遠諮詢的資料，中國智能座艙解決方案市場規模（按收入計）由2020年的人民幣86億元增至2024年的人民幣"
            "205億元，複合年增長率為24.5%。其中，座艙域控制器於2024年貢獻人民幣93億元，佔45.4%。預計至2029年，"
            "市場規模將達人民幣538億元，2024年至2029年的複合年增長率為21.3%。2024年第四季度，市場單季收入約為人民幣"
            "61億元。本公司擬於全球發售中發售48,000,000股H股，截至2024年12月31日共有僱員1,327名。"
        ),
        obs=[
            ("Total", 2020, 86, "CNY 100 million", "actual"),
            ("Total", 2024, 205, "CNY 100 million", "actual"),
            ("Total", 2029, 538, "CNY 100 million", "estimate"),
            ("座艙域控制器", 2024, 93, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2020, 2024, None, "inferred"),
            ("share", 45.4, "percent", 2024, 2024, None),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (205/86)**(1/4)-1 = 24.255% -> 24.3, not 24.5; bounds
                                          # (204.5/86.5) -> 23.999% .. (205.5/85.5) -> 24.512% reach 24.5
            ("arithmetic", "exact"),      # 93/205 = 45.366% -> 45.4; bounds [45.012, 45.721]
            ("cagr|implied", "exact"),    # (538/205)**(1/5)-1 = 21.285% -> 21.3; bounds [21.203, 21.366]
        ],
    ),
    # 16. English pipe table, years as columns with "CAGR 2019-2023" and "CAGR 2023-2028E" columns (stated); rows add
    #     to the Total row exactly in 2019 and 2023, within rounding in 2028E (51.1 vs 51.2); the issuer's 12.5%
    #     share below the table is nowhere
    dict(
        text=(
            "The table below sets out the market size of China's AI customer-service software market by segment, in "
            "terms of revenue.\n"
            "\n"
            "| RMB billion | 2019 | 2023 | 2028E | CAGR 2019-2023 | CAGR 2023-2028E |\n"
            "|---|---|---|---|---|---|\n"
            "| Chatbot platforms | 3.2 | 9.1 | 24.6 | 29.9% | 22.0% |\n"
            "| Voice agents | 1.5 | 4.8 | 15.3 | 33.7% | 26.1% |\n"
            "| Agent-assist tools | 0.6 | 2.9 | 11.2 | 48.3% | 31.0% |\n"
            "| Total | 5.3 | 16.8 | 51.2 | 33.4% | 25.0% |\n"
            "\n"
            "Source: Elderwood Pike Report\n"
            "We ranked first in voice agents in 2023 with a market share of 12.5%."
        ),
        obs=[
            ("Chatbot platforms", 2019, 3.2, "CNY billion", "actual"),
            ("Chatbot platforms", 2023, 9.1, "CNY billion", "actual"),
            ("Chatbot platforms", 2028, 24.6, "CNY billion", "estimate"),
            ("Voice agents", 2019, 1.5, "CNY billion", "actual"),
            ("Voice agents", 2023, 4.8, "CNY billion", "actual"),
            ("Voice agents", 2028, 15.3, "CNY billion", "estimate"),
            ("Agent-assist tools", 2019, 0.6, "CNY billion", "actual"),
            ("Agent-assist tools", 2023, 2.9, "CNY billion", "actual"),
            ("Agent-assist tools", 2028, 11.2, "CNY billion", "estimate"),
            ("Total", 2019, 5.3, "CNY billion", "actual"),
            ("Total", 2023, 16.8, "CNY billion", "actual"),
            ("Total", 2028, 51.2, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.9, "percent", 2019, 2023, None, "stated"),  # Chatbot platforms
            ("cagr", 22.0, "percent", 2023, 2028, None, "stated"),
            ("cagr", 33.7, "percent", 2019, 2023, None, "stated"),  # Voice agents
            ("cagr", 26.1, "percent", 2023, 2028, None, "stated"),
            ("cagr", 48.3, "percent", 2019, 2023, None, "stated"),  # Agent-assist tools
            ("cagr", 31.0, "percent", 2023, 2028, None, "stated"),
            ("cagr", 33.4, "percent", 2019, 2023, None, "stated"),  # Total
            ("cagr", 25.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.1/3.2)**(1/4)-1 = 29.859% -> 29.9; bounds [29.18, 30.55]
            ("cagr|implied", "exact"),  # (24.6/9.1)**(1/5)-1 = 22.005% -> 22.0; bounds [21.82, 22.19]
            ("cagr|implied", "exact"),  # (4.8/1.5)**(1/4)-1 = 33.748% -> 33.7; bounds [32.31, 35.24]
            ("cagr|implied", "exact"),  # (15.3/4.8)**(1/5)-1 = 26.093% -> 26.1; bounds [25.75, 26.44]
            ("cagr|implied", "exact"),  # (2.9/0.6)**(1/4)-1 = 48.273% -> 48.3; bounds [44.70, 52.18]
            ("cagr|implied", "exact"),  # (11.2/2.9)**(1/5)-1 = 31.028% -> 31.0; bounds [30.46, 31.60]
            ("cagr|implied", "exact"),  # (16.8/5.3)**(1/4)-1 = 33.432% -> 33.4; bounds [33.02, 33.85]
            ("cagr|implied", "exact"),  # (51.2/16.8)**(1/5)-1 = 24.966% -> 25.0; bounds [24.87, 25.07]
            ("hierarchy", "exact"),     # 2019: 3.2 + 1.5 + 0.6 = 5.3 = 5.3
            ("hierarchy", "exact"),     # 2023: 9.1 + 4.8 + 2.9 = 16.8 = 16.8
            ("hierarchy", "rounding"),  # 2028E: 24.6 + 15.3 + 11.2 = 51.1 vs 51.2; off by 0.1 within the
                                        # tolerance 3 x 0.05 + 0.05 = 0.20
        ],
    ),
    # 17. Simplified Chinese space-aligned table (表5-2, 单位：人民币亿元) with 2020年…2029年E columns and two
    #     复合年增长率 columns (stated spans); the 合计 row is its own item; rows add exactly every year
    dict(
        text=(
            "表5-2 中国协作与移动机器人市场规模（按收入计）\n"
            "单位：人民币亿元\n"
            "细分市场          2020年    2022年    2024年    2029年E    2020-2024年复合年增长率    2024-2029年E复合年增长率\n"
            "协作机器人          21.6      38.9      57.3      148.2              27.6%                      20.9%\n"
            "自主移动机器人      34.8      61.5      96.4      265.0              29.0%                      22.4%\n"
            "合计                56.4     100.4     153.7      413.2              28.5%                      21.9%\n"
            "资料来源：恩普咨询"
        ),
        obs=[
            ("协作机器人", 2020, 21.6, "CNY 100 million", "actual"),
            ("协作机器人", 2022, 38.9, "CNY 100 million", "actual"),
            ("协作机器人", 2024, 57.3, "CNY 100 million", "actual"),
            ("协作机器人", 2029, 148.2, "CNY 100 million", "estimate"),
            ("自主移动机器人", 2020, 34.8, "CNY 100 million", "actual"),
            ("自主移动机器人", 2022, 61.5, "CNY 100 million", "actual"),
            ("自主移动机器人", 2024, 96.4, "CNY 100 million", "actual"),
            ("自主移动机器人", 2029, 265.0, "CNY 100 million", "estimate"),
            ("合计", 2020, 56.4, "CNY 100 million", "actual"),
            ("合计", 2022, 100.4, "CNY 100 million", "actual"),
            ("合计", 2024, 153.7, "CNY 100 million", "actual"),
            ("合计", 2029, 413.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.6, "percent", 2020, 2024, None, "stated"),  # 协作机器人
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 29.0, "percent", 2020, 2024, None, "stated"),  # 自主移动机器人
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 28.5, "percent", 2020, 2024, None, "stated"),  # 合计
            ("cagr", 21.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (57.3/21.6)**(1/4)-1 = 27.622% -> 27.6; bounds [27.520, 27.724]
            ("cagr|implied", "exact"),  # (148.2/57.3)**(1/5)-1 = 20.931% -> 20.9; bounds [20.902, 20.961]
            ("cagr|implied", "exact"),  # (96.4/34.8)**(1/4)-1 = 29.010% -> 29.0; bounds [28.947, 29.073]
            ("cagr|implied", "exact"),  # (265.0/96.4)**(1/5)-1 = 22.415% -> 22.4; bounds [22.397, 22.432]
            ("cagr|implied", "exact"),  # (153.7/56.4)**(1/4)-1 = 28.484% -> 28.5; bounds [28.445, 28.523]
            ("cagr|implied", "exact"),  # (413.2/153.7)**(1/5)-1 = 21.870% -> 21.9; bounds [21.859, 21.881]
            ("hierarchy", "exact"),     # 2020: 21.6 + 34.8 = 56.4
            ("hierarchy", "exact"),     # 2022: 38.9 + 61.5 = 100.4
            ("hierarchy", "exact"),     # 2024: 57.3 + 96.4 = 153.7
            ("hierarchy", "exact"),     # 2029E: 148.2 + 265.0 = 413.2
        ],
    ),
    # 18. tab-separated vertical table whose rows are years and whose lone value column is headed by its unit only
    #     ("US$ million" -> Total), with a YoY column: two exact, one within rounding (53.9%), one inconsistent
    #     (47.2%); E rows are estimates; shipments in units and headcount below are nowhere
    dict(
        text=(
            "Global smart ring market by revenue (source: Elmcote Analytics, commissioned by the Company)\n"
            "Year\tUS$ million\tYoY\n"
            "2021\t118\t–\n"
            "2022\t177\t50.0%\n"
            "2023\t268\t51.4%\n"
            "2024E\t412\t53.9%\n"
            "2025E\t590\t47.2%\n"
            "We shipped 1.2 million rings in 2023 and had 318 employees at the Latest Practicable Date."
        ),
        obs=[
            ("Total", 2021, 118, "USD million", "actual"),
            ("Total", 2022, 177, "USD million", "actual"),
            ("Total", 2023, 268, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "estimate"),
            ("Total", 2025, 590, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 50.0, "percent", 2021, 2022, 1.0),
            ("growth", 51.4, "percent", 2022, 2023, 1.0),
            ("growth", 53.9, "percent", 2023, 2024, 1.0),
            ("growth", 47.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 177/118 - 1 = 50.000% -> 50.0; bounds [48.945, 51.064]
            ("cagr|implied", "exact"),         # 268/177 - 1 = 51.412% -> 51.4; bounds [50.704, 52.125]
            ("cagr|implied", "rounding"),      # 412/268 - 1 = 53.731% -> 53.7, not 53.9; bounds
                                               # 411.5/268.5 - 1 = 53.259% .. 412.5/267.5 - 1 = 54.206% reach 53.9
            ("cagr|implied", "inconsistent"),  # 590/412 - 1 = 43.204%; bounds [42.909, 43.499] never reach 47.2
        ],
    ),
    # 19. Traditional Chinese pipe table (單位：人民幣十億元 -> CNY billion) with 佔比 columns (shares with part and
    #     whole -> arithmetic), a 100.0% total row (no claim), a 2028年（估計） column and a stated CAGR column;
    #     資料來源 line and the issuer's rank and 2.7% share below are nowhere
    dict(
        text=(
            "中國雲原生資料庫市場規模（按收入計），2023年及2028年（估計）\n"
            "單位：人民幣十億元\n"
            "| 部署模式 | 2023年 | 佔比 | 2028年（估計） | 佔比 | 複合年增長率（2023年至2028年（估計）） |\n"
            "|---|---|---|---|---|---|\n"
            "| 公有雲部署 | 7.84 | 58.1% | 24.90 | 69.4% | 26.0% |\n"
            "| 私有化部署 | 5.66 | 41.9% | 10.98 | 30.6% | 14.2% |\n"
            "| 總計 | 13.50 | 100.0% | 35.88 | 100.0% | 21.6% |\n"
            "資料來源：艾徠諮詢\n"
            "按2023年收入計，我們排名第五，市場份額為2.7%。"
        ),
        obs=[
            ("公有雲部署", 2023, 7.84, "CNY billion", "actual"),
            ("公有雲部署", 2028, 24.90, "CNY billion", "estimate"),
            ("私有化部署", 2023, 5.66, "CNY billion", "actual"),
            ("私有化部署", 2028, 10.98, "CNY billion", "estimate"),
            ("總計", 2023, 13.50, "CNY billion", "actual"),
            ("總計", 2028, 35.88, "CNY billion", "estimate"),
        ],
        claims=[
            ("share", 58.1, "percent", 2023, 2023, None),  # 公有雲部署
            ("share", 69.4, "percent", 2028, 2028, None),
            ("share", 41.9, "percent", 2023, 2023, None),  # 私有化部署
            ("share", 30.6, "percent", 2028, 2028, None),
            ("cagr", 26.0, "percent", 2023, 2028, None, "stated"),  # 公有雲部署
            ("cagr", 14.2, "percent", 2023, 2028, None, "stated"),  # 私有化部署
            ("cagr", 21.6, "percent", 2023, 2028, None, "stated"),  # 總計
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 7.84/13.50 = 58.074% -> 58.1; bounds [58.016, 58.133]
            ("arithmetic", "exact"),    # 24.90/35.88 = 69.398% -> 69.4; bounds [69.374, 69.422]
            ("arithmetic", "exact"),    # 5.66/13.50 = 41.926% -> 41.9; bounds [41.873, 41.979]
            ("arithmetic", "exact"),    # 10.98/35.88 = 30.602% -> 30.6; bounds [30.584, 30.620]
            ("cagr|implied", "exact"),  # (24.90/7.84)**(1/5)-1 = 26.002% -> 26.0; bounds [25.981, 26.023]
            ("cagr|implied", "exact"),  # (10.98/5.66)**(1/5)-1 = 14.171% -> 14.2; bounds [14.141, 14.202]
            ("cagr|implied", "exact"),  # (35.88/13.50)**(1/5)-1 = 21.592% -> 21.6; bounds [21.579, 21.604]
            ("hierarchy", "exact"),     # 2023: 7.84 + 5.66 = 13.50
            ("hierarchy", "exact"),     # 2028E: 24.90 + 10.98 = 35.88
        ],
    ),
    # 20. English space-aligned table from a dated annual report ("Table 3", RMB 100 million -> CNY 100 million)
    #     with a 2025F column (estimate) and a "YoY 2024" column including a decline (-3.5%); rows add exactly;
    #     the company's own smart-lock revenue and percentage points below are nowhere
    dict(
        text=(
            "Extract from the Annual Report 2024 of Eastvale Home Technologies (published 28 March 2025)\n"
            "Table 3: China smart home device market by revenue (RMB 100 million)\n"
            "\n"
            "Segment                       2023      2024     2025F    YoY 2024\n"
            "Smart speakers & displays    412.6     398.1     405.0      -3.5%\n"
            "Smart locks                  186.3     228.7     271.5      22.8%\n"
            "Smart lighting                95.4     112.8     131.0      18.2%\n"
            "Robot vacuums                168.9     203.4     240.2      20.4%\n"
            "Total                        863.2     943.0    1047.7       9.2%\n"
            "\n"
            "Source: Erwood Lane Consulting. Our smart-lock revenue reached RMB2.14 billion in 2024, and our share of "
            "that segment rose 0.8 percentage points."
        ),
        obs=[
            ("Smart speakers & displays", 2023, 412.6, "CNY 100 million", "actual"),
            ("Smart speakers & displays", 2024, 398.1, "CNY 100 million", "actual"),
            ("Smart speakers & displays", 2025, 405.0, "CNY 100 million", "estimate"),
            ("Smart locks", 2023, 186.3, "CNY 100 million", "actual"),
            ("Smart locks", 2024, 228.7, "CNY 100 million", "actual"),
            ("Smart locks", 2025, 271.5, "CNY 100 million", "estimate"),
            ("Smart lighting", 2023, 95.4, "CNY 100 million", "actual"),
            ("Smart lighting", 2024, 112.8, "CNY 100 million", "actual"),
            ("Smart lighting", 2025, 131.0, "CNY 100 million", "estimate"),
            ("Robot vacuums", 2023, 168.9, "CNY 100 million", "actual"),
            ("Robot vacuums", 2024, 203.4, "CNY 100 million", "actual"),
            ("Robot vacuums", 2025, 240.2, "CNY 100 million", "estimate"),
            ("Total", 2023, 863.2, "CNY 100 million", "actual"),
            ("Total", 2024, 943.0, "CNY 100 million", "actual"),
            ("Total", 2025, 1047.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -3.5, "percent", 2023, 2024, 1.0),  # Smart speakers & displays
            ("growth", 22.8, "percent", 2023, 2024, 1.0),  # Smart locks
            ("growth", 18.2, "percent", 2023, 2024, 1.0),  # Smart lighting
            ("growth", 20.4, "percent", 2023, 2024, 1.0),  # Robot vacuums
            ("growth", 9.2, "percent", 2023, 2024, 1.0),   # Total
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 398.1/412.6 - 1 = -3.514% -> -3.5; bounds [-3.538, -3.491]
            ("cagr|implied", "exact"),  # 228.7/186.3 - 1 = 22.759% -> 22.8; bounds [22.699, 22.819]
            ("cagr|implied", "exact"),  # 112.8/95.4 - 1 = 18.239% -> 18.2; bounds [18.125, 18.353]
            ("cagr|implied", "exact"),  # 203.4/168.9 - 1 = 20.426% -> 20.4; bounds [20.361, 20.492]
            ("cagr|implied", "exact"),  # 943.0/863.2 - 1 = 9.245% -> 9.2; bounds [9.233, 9.257]
            ("hierarchy", "exact"),     # 2023: 412.6 + 186.3 + 95.4 + 168.9 = 863.2
            ("hierarchy", "exact"),     # 2024: 398.1 + 228.7 + 112.8 + 203.4 = 943.0
            ("hierarchy", "exact"),     # 2025F: 405.0 + 271.5 + 131.0 + 240.2 = 1047.7
        ],
    ),
    # 21. a Substack-style "By the numbers" list with **bold** figures and B abbreviations: 2024 base and 2029
    #    forecast with a stated 2024-2029 CAGR, a share in digits; issue number, subscriber count, a company's own
    #    revenue and its y/y rate, and a count of entrants expected nowhere
    dict(
        text=(
            "**By the numbers** — The Fenlow Dispatch, issue #82, 17 June 2025 (41,300 subscribers)\n\n"
            "- **$14.6B**: what buyers spent worldwide on AI inference accelerators in 2024, per Quillmoor Research.\n"
            "- **$52.3B**: Quillmoor's forecast for 2029, a 2024-2029 CAGR of 29.1%.\n"
            "- **61%**: data-centre cards' share of that 2024 spend; edge chips took the rest.\n"
            "- **$3.1B**: Halvane Semiconductor's own inference revenue in fiscal 2024, up 44% y/y.\n"
            "- **2**: new entrants Quillmoor expects to reach scale before 2027."
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2029, 52.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.1, "percent", 2024, 2029, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (52.3/14.6)**(1/5)-1 = 29.07% -> 29.1
        ],
    ),
    # 22. a LinkedIn post with arrows and emoji: "$3.8B (2024) → $17.5B (2030) 📈, ~29% CAGR" (span only from the
    #    amounts' years -> inferred), a segment's 2024 amount; post date, survey answer, the poster's own Series B,
    #    likes, comments and followers expected nowhere
    dict(
        text=(
            "Mara Feldane • Founder & CEO at Kestrum AI • 3 Feb 2025\n\n"
            "Edge AI software is having a moment 👇\n\n"
            "New numbers from Tessary Insights:\n"
            "🔹 $3.8B (2024) → $17.5B (2030) 📈, ~29% CAGR\n"
            "🔹 Industrial vision is the biggest slice: $1.1B in 2024 🏭\n"
            "🔹 73% of the 400 plant managers they polled plan to deploy within two years\n\n"
            "Which is exactly why we just closed a $25M Series B. We're hiring ➡️ link in comments.\n"
            "#EdgeAI #Manufacturing\n"
            "👍 1,284 · 💬 96 comments · 12,900 followers"
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 17.5, "USD billion", "estimate"),
            ("Industrial vision", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (17.5/3.8)**(1/6)-1 = 28.99% -> 29
        ],
    ),
    # 23. a numbered thread ("1/ ... 🧵"): y/y rate with both amounts, "roughly 4x in four years", a segment in $M with
    #    its share of the total; thread numbers, a ticker, a price target and its upside expected nowhere
    dict(
        text=(
            "1/ The LLM observability market is tiny but compounding fast. Fulmarsh Analytics puts it at $1.42bn in "
            "2024, up 38% y/y from $1.03bn in 2023. 🧵\n"
            "2/ Their forecast is $5.9bn by 2028 — roughly 4x in four years.\n"
            "3/ Tracing and evals tools were $310M of the 2024 total, about 22% of the market.\n"
            "4/ Disclosure: long Brightkeel ($BKL). My PT is $84, ~30% upside. Not investment advice. 5/5"
        ),
        obs=[
            ("Total", 2023, 1.03, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2028, 5.9, "USD billion", "estimate"),
            # in the series' unit, as the conventions keep one unit a series (its first figure's: "$1.42bn")
            ("Tracing and evals tools", 2024, 0.31, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
            ("multiple", 4, "multiple", 2024, 2028, 4.0),  # "roughly 4x in four years", no verdict
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42/1.03-1 = 37.86% -> 38
            ("arithmetic", "exact"),  # 310/1420 = 21.83% -> 22
        ],
    ),
    # 24. a Slack message forwarding a report ("FYI: ... +26% YoY") whose own two amounts give 22.2%: inconsistent;
    #    the team's own Q3 pipeline and a win rate's points expected nowhere
    dict(
        text=(
            "#market-intel · Thu 10:42\n"
            "Priya F.: FYI: Gorrandine Research's new note on quantum-safe encryption just landed. They size the "
            "market at $612M for 2024 and $748M for 2025E, which they call +26% YoY 🤔\n"
            "Priya F.: Also: our own PQC pipeline is $4.7M for Q3 and the win rate is up 9 pts q/q. Deck v3 is in "
            "the drive."
        ),
        obs=[
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2025, 748, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 748/612-1 = 22.22%; bounds 747.5/612.5-1 = 22.04% .. 748.5/611.5-1 = 22.40%: 26 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. analyst meeting notes from an investor day: "TAM '24: ~$27bn; '29E: $71bn (+21% CAGR)" with apostrophe
    #    years (TAM = Total, CAGR span inferred), a share in digits; FY25 revenue guide, headcount, backlog, a
    #    price target and its upside, margin points expected nowhere
    dict(
        text=(
            "Notes — Vantrell Robotics investor day (NYC, 11 Sep 2025)\n"
            "- Mgmt sizes warehouse-robotics TAM '24: ~$27bn; '29E: $71bn (+21% CAGR)\n"
            "- Mobile picking ~40% of the '24 TAM; fastest-growing slice\n"
            "- FY25 rev guide $1.9bn reiterated; 3,200 employees; 14 months of backlog\n"
            "- Street PT $112 (+18% upside); ask about margin path (GM +2.5pp y/y)"
        ),
        obs=[
            ("Total", 2024, 27, "USD billion", "actual"),
            ("Total", 2029, 71, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (71/27)**(1/5)-1 = 21.33% -> 21
        ],
    ),
    # 26. a markdown brief with ## headings and **bold** figures: a total with a y/y rate but no printed base, verticals
    #    as bullets, one with "(33% of total)"; note number, network count and percentage points expected nowhere
    dict(
        text=(
            "## Private 5G: market snapshot\n"
            "_Halden & Fitch brief, 20 January 2026_\n\n"
            "**Total 2025: $4.85bn** (+31% y/y)\n\n"
            "### By vertical (2025)\n"
            "- Manufacturing: **$1.62bn** (33% of total)\n"
            "- Ports & logistics: **$0.94bn**\n"
            "- Mining: **$0.71bn**\n\n"
            "> Note 3: we counted 1,140 live networks; the mobile operators' share of deployments slipped 6 pp."
        ),
        obs=[
            ("Total", 2025, 4.85, "USD billion", "actual"),
            ("Manufacturing", 2025, 1.62, "USD billion", "actual"),
            ("Ports & logistics", 2025, 0.94, "USD billion", "actual"),
            ("Mining", 2025, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),  # 2024 base not printed: no verdict
            ("share", 33, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.62/4.85 = 33.40% -> 33
        ],
    ),
    # 27. a dated email newsletter in GBP: "last year" (2024) and "this year" (2025, estimate), "up 15%" exact only
    #    within rounding, a public-sector part this year in £ million; the consultancy's analysts, a fraction of
    #    CISOs, percentage points and the reader count expected nowhere
    dict(
        text=(
            "Tuesday Tech Brief · 14 October 2025\n\n"
            "Quick one on MDR. The UK market for managed detection and response was worth £1.4 billion last year, "
            "according to Penmarrow Consulting, and should hit £1.6 billion this year, up 15%. The public sector "
            "alone will account for £410 million of that. Penmarrow, which now employs 240 analysts, says one in "
            "three CISOs it spoke to plans to switch provider, and its hiring index for SOC staff rose 4.5 "
            "percentage points.\n\n"
            "Forward this to a colleague — we're at 8,700 readers and counting."
        ),
        obs=[
            ("Total", 2024, 1.4, "GBP billion", "actual"),
            ("Total", 2025, 1.6, "GBP billion", "estimate"),
            ("Public sector", 2025, 0.41, "GBP billion", "estimate"),  # in the series' unit (its first: £1.4 billion)
        ],
        claims=[
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 21.6/1.4-1 = 14.29% -> 14, not 15; bounds 1.55/1.45-1 = 6.90% .. 1.65/1.35-1 = 22.22%: 15 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. a forwarded email: "tripled between 2020 and 2024 to $1.83 billion" (x3, no 2020 amount), "$4.4B in 2028"
    #    with a stated 2024–2028 CAGR; the email date, slide count and the client's own unit revenue expected nowhere
    dict(
        text=(
            "Fwd: satellite IoT numbers for Thursday's deck\n\n"
            "---------- Forwarded message ---------\n"
            "From: Odile Farrant\n"
            "Date: Mon, 3 Feb 2025\n\n"
            "Hi all, headline figures from Corvane Research's report: the satellite IoT connectivity market tripled "
            "between 2020 and 2024 to $1.83 billion, and Corvane expects $4.4B in 2028 (a 24.5% CAGR for "
            "2024–2028). We have 12 slides to fill; note the client's own satellite unit booked $140M last year, so "
            "keep that off the market slide.\n\n"
            "Thanks, O."
        ),
        obs=[
            ("Total", 2024, 1.83, "USD billion", "actual"),
            ("Total", 2028, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),  # "tripled", no verdict
            ("cagr", 24.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.4/1.83)**(1/4)-1 = 24.52% -> 24.5
        ],
    ),
    # 29. a social post with a handle: a "$9–11B market by 2027" range (two value claims, no observation), two past
    #    years with "+30% y/y" exact only within rounding; followers, post date, likes and reposts expected nowhere
    dict(
        text=(
            "Ilsabet Fenwright (@ilsabetf · 18.2K followers) · Apr 2, 2025\n"
            "Spatial-computing dev tools will be a $9–11B market by 2027 (Marloch Partners). It was $3.2B in 2024, "
            "up from $2.5B in 2023 (+30% y/y). The headset makers' own app-store take is a rounding error next to "
            "that. 🥽\n"
            "❤️ 2.4K  🔁 310"
        ),
        obs=[
            ("Total", 2023, 2.5, "USD billion", "actual"),
            ("Total", 2024, 3.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("value", 9, "USD billion", 2027, 2027, None),
            ("value", 11, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            # 23.2/2.5-1 = 28.0% -> 28, not 30; bounds 3.15/2.55-1 = 23.53% .. 3.25/2.45-1 = 32.65%: 30 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. a newsletter item in EUR with fiscal years and "bn"/"mn": FY24 and FY25e, "+40% y/y" exact only within
    #     rounding; issue number, a quarter's figure, an adoption (penetration) rate and a fund's size expected nowhere
    dict(
        text=(
            "**Weekly Wrap — EU GovTech** (No. 37)\n\n"
            "Digital-identity wallets: Bellquist Research pegs the EU market at €0.8bn in FY24 and €1.1bn in FY25e, "
            "+40% y/y. Q1 alone was €190mn. Adoption is at 27% of adults. Bellquist also announced a €300mn growth "
            "fund for wallet start-ups."
        ),
        obs=[
            ("Total", 2024, 0.8, "EUR billion", "actual"),
            ("Total", 2025, 1.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 40, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 21.1/0.8-1 = 37.5% -> 38, not 40; bounds 1.05/0.85-1 = 23.53% .. 1.15/0.75-1 = 53.33%: 40 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. a 公众号 post 【数据】 in 亿元: 2023 and 2024 with "同比+35%", 有望突破 a 2027 figure with "2024-2027年CAGR约28%";
    #     post date, read count, a company's quarterly revenue and a price target expected nowhere
    dict(
        text=(
            "【数据】AI服务器，又一个新高🔥\n"
            "2025-05-20 · 澄川数据观察 · 阅读10万+\n\n"
            "据澄川数据统计，2024年中国AI服务器市场规模达1,630亿元，较2023年的1,210亿元同比+35%。"
            "👉 预计2027年有望突破3,400亿元，2024-2027年CAGR约28%。"
            "另：某头部厂商一季度营收217亿元，目标价上调至68元。"
        ),
        obs=[
            ("Total", 2023, 1210, "CNY 100 million", "actual"),
            ("Total", 2024, 1630, "CNY 100 million", "actual"),
            ("Total", 2027, 3400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1630/1210-1 = 34.71% -> 35
            ("cagr|period", "exact"),  # (3400/1630)**(1/3)-1 = 27.77% -> 28
        ],
    ),
    # 32. a 小红书-style post with 👉 lines: 8,860亿元 then 1.12万亿元 (series stays in 亿元 -> 11200) and "同比增长31%"
    #     that its own amounts contradict; post date, followers, likes, 千亿级 and 百分点 expected nowhere
    dict(
        text=(
            "☁️云计算到底还能卷多久？一张图看懂👇\n"
            "📅 2025.03.08｜粉丝1.6万｜点赞2.3万\n\n"
            "👉 2024年中国云计算市场规模8,860亿元\n"
            "👉 2025年预计达1.12万亿元，同比增长31%\n"
            "👉 AI大模型带来千亿级新增量，公有云渗透率再提升5个百分点\n"
            "（数据来源：澜舟智研）\n"
            "#云计算 #干货分享 #行业研究"
        ),
        obs=[
            ("Total", 2024, 8860, "CNY 100 million", "actual"),
            ("Total", 2025, 11200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 11200/8860-1 = 26.41%; bounds 11150/8860.5-1 = 25.84% .. 11250/8859.5-1 = 26.98%: 31 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. a WeChat group message forwarded with its timestamp: 去年 (2024) 约52亿元, 今年 (2025, estimate) 有望87亿元,
    #     "增长67%左右"; a startup's funding, its valuation doubling, its headcount and 千亿级 expected nowhere
    dict(
        text=(
            "【转发自“硬科技投研群”】2025年6月12日 21:07\n"
            "老周：刚看到枫屿咨询的报告，去年国内具身智能机器人市场规模约52亿元，今年有望达到87亿元，增长67%左右。\n"
            "老周：另外听说X公司刚融了15亿元，估值翻倍，团队扩到600人。千亿级赛道啊各位😂"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2025, 87, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 67, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 87/52-1 = 67.31% -> 67
        ],
    ),
    # 34. a Traditional Chinese (Taiwan) news flash in 新台幣億元: 去年 412 with 年增58% (no 2023 base: no verdict),
    #     預估今年 655 with 年增約59%; a company's monthly revenue growth, a price target and 個百分點 expected nowhere
    dict(
        text=(
            "【產業快訊】2025/04/22\n"
            "根據鋒研產業研究所統計，台灣伺服器散熱模組市場規模去年為新台幣412億元，年增58%；受惠AI伺服器出貨放量，"
            "預估今年將成長至新台幣655億元，年增約59%。個股方面，某散熱大廠3月營收年增92%，法人目標價新台幣1,280元，"
            "毛利率亦提升3個百分點。"
        ),
        obs=[
            ("Total", 2024, 412, "TWD 100 million", "actual"),
            ("Total", 2025, 655, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58, "percent", 2023, 2024, 1.0),  # 2023 base not printed: no verdict
            ("growth", 59, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 655/412-1 = 58.98% -> 59
        ],
    ),
    # 35. a Traditional Chinese (Hong Kong) group forward in 億港元: 2024 約86, 預計2028年 142, 2024至2028年複合年增長率
    #     13.4% (stated), a named part in 億港元; 約佔三成 (fraction in words), respondents and a survey answer nowhere
    dict(
        text=(
            "📌 群組轉發｜富澔研究最新報告\n"
            "香港網絡安全服務市場2024年規模約為86億港元，預計2028年增至142億港元，2024至2028年複合年增長率為13.4%。"
            "其中雲端安全服務為19.5億港元，託管安全服務則約佔三成。報告共訪問320家本地企業，當中61%表示明年會增加預算。"
        ),
        obs=[
            ("Total", 2024, 86, "HKD 100 million", "actual"),
            ("Total", 2028, 142, "HKD 100 million", "estimate"),
            ("雲端安全服務", 2024, 19.5, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (142/86)**(1/4)-1 = 13.36% -> 13.4
        ],
    ),
    # 36. a Simplified reading note: 2024 total with "较2021年增长3倍" (x3 as printed, no verdict), a part with
    #     "占比约39.6%"; a leader's deliveries, a quarter's order growth and a price target expected nowhere
    dict(
        text=(
            "📊 读报笔记｜低空经济·eVTOL\n"
            "据鸿澜智库测算，2024年中国eVTOL整机市场规模为96亿元，较2021年增长3倍；其中载人机型38亿元，占比约39.6%。"
            "龙头企业全年交付27架，二季度订单环比+40%，券商给出目标价85元。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("载人机型", 2024, 38, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长3倍 keeps 3, no verdict
            ("share", 39.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38/96 = 39.583% -> 39.6
        ],
    ),
    # 37. a markdown pipe table (USD bn) with a **Total** row whose segments add up only within rounding in both
    #     years, a 2025E column, and a prose "+50%" on the total; table number and survey n expected nowhere
    dict(
        text=(
            "### Data-centre liquid cooling, by technology (USD bn)\n"
            "Source: Ferrowick Analytics, table 4 of 12; n=57 operators surveyed\n\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---|---|\n"
            "| Direct-to-chip | 2.4 | 3.5 |\n"
            "| Immersion | 0.9 | 1.3 |\n"
            "| Rear-door heat exchangers | 0.6 | 0.8 |\n"
            "| **Total** | **3.8** | **5.7** |\n\n"
            "Ferrowick's read: the total grows +50% in 2025 as GPU racks pass 100 kW."
        ),
        obs=[
            ("Direct-to-chip", 2024, 2.4, "USD billion", "actual"),
            ("Immersion", 2024, 0.9, "USD billion", "actual"),
            ("Rear-door heat exchangers", 2024, 0.6, "USD billion", "actual"),
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Direct-to-chip", 2025, 3.5, "USD billion", "estimate"),
            ("Immersion", 2025, 1.3, "USD billion", "estimate"),
            ("Rear-door heat exchangers", 2025, 0.8, "USD billion", "estimate"),
            ("Total", 2025, 5.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 50, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2024: 2.4+0.9+0.6 = 3.9 vs 3.8; parts 3.75..4.05, total 3.75..3.85 overlap -> rounding
            ("hierarchy", "rounding"),
            # 2025: 3.5+1.3+0.8 = 5.6 vs 5.7; parts 5.45..5.75, total 5.65..5.75 overlap -> rounding
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # 5.7/3.8-1 = 50.0% -> 50
        ],
    ),
    # 38. space-aligned columns in call notes, years as rows and one value column headed by its unit only
    #     ("USD mn" -> Total), a YoY column whose last rate its own amounts contradict; the firm's own revenue,
    #     customer count, the notes' date and page number expected nowhere
    dict(
        text=(
            "Call notes 4/9 — synthetic data platforms (Garrowby Research deck, p.14)\n\n"
            "Year     USD mn    YoY\n"
            "2022       118      -\n"
            "2023       171    45%\n"
            "2024       247    44%\n"
            "2025E      352    48%\n\n"
            "- Our own revenue here: $6.2mn in FY24, 38 customers\n"
            "- Follow up w/ Garrowby on the '25 number"
        ),
        obs=[
            ("Total", 2022, 118, "USD million", "actual"),
            ("Total", 2023, 171, "USD million", "actual"),
            ("Total", 2024, 247, "USD million", "actual"),
            ("Total", 2025, 352, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 45, "percent", 2022, 2023, 1.0),
            ("growth", 44, "percent", 2023, 2024, 1.0),
            ("growth", 48, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 171/118-1 = 44.92% -> 45
            ("cagr|implied", "exact"),  # 247/171-1 = 44.44% -> 44
            # 352/247-1 = 42.51%; bounds 351.5/247.5-1 = 42.02% .. 352.5/246.5-1 = 43.00%: 48 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 39. a Chinese markdown table in 亿元 (表3) with a 合计 row, a 2027E column and a "2024-2027E CAGR" column per row
    #     (stated spans); the rows add exactly; a leading vendor's own revenue in the note expected nowhere
    dict(
        text=(
            "**表3 中国云存储市场规模（单位：亿元）**\n"
            "资料来源：潮岚研究院\n\n"
            "| 类别 | 2024 | 2027E | 2024-2027E CAGR |\n"
            "|---|---|---|---|\n"
            "| 公有云存储 | 498 | 860 | 20.0% |\n"
            "| 私有云存储 | 301 | 392 | 9.2% |\n"
            "| 混合云存储 | 167 | 318 | 23.9% |\n"
            "| 合计 | 966 | 1,570 | 17.6% |\n\n"
            "注：头部厂商A 2024年云存储收入88亿元，未计入上表。"
        ),
        obs=[
            ("公有云存储", 2024, 498, "CNY 100 million", "actual"),
            ("私有云存储", 2024, 301, "CNY 100 million", "actual"),
            ("混合云存储", 2024, 167, "CNY 100 million", "actual"),
            ("合计", 2024, 966, "CNY 100 million", "actual"),
            ("公有云存储", 2027, 860, "CNY 100 million", "estimate"),
            ("私有云存储", 2027, 392, "CNY 100 million", "estimate"),
            ("混合云存储", 2027, 318, "CNY 100 million", "estimate"),
            ("合计", 2027, 1570, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 9.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 498+301+167 = 966
            ("hierarchy", "exact"),  # 2027E: 860+392+318 = 1570
            ("cagr|period", "exact"),  # (860/498)**(1/3)-1 = 19.97% -> 20.0
            ("cagr|period", "exact"),  # (392/301)**(1/3)-1 = 9.20% -> 9.2
            ("cagr|period", "exact"),  # (318/167)**(1/3)-1 = 23.947% -> 23.9
            ("cagr|period", "exact"),  # (1570/966)**(1/3)-1 = 17.57% -> 17.6
        ],
    ),
    # 40. a markdown pipe table in a post ($bn header, a Share column, a Total row with 100% which is no claim):
    #     regional amounts that add exactly and shares that match; post date, views and percentage points nowhere
    dict(
        text=(
            "Posted 9 Mar 2025 · 3.4K views\n\n"
            "## GPU cloud rental: who buys it? 🌍\n"
            "Regional split of the 2024 market, per Tollerby & Vance:\n\n"
            "| Region | 2024 ($bn) | Share |\n"
            "|---|---:|---:|\n"
            "| North America | 21.7 | 48% |\n"
            "| Asia-Pacific | 14.2 | 31% |\n"
            "| Europe | 6.9 | 15% |\n"
            "| Rest of world | 2.6 | 6% |\n"
            "| Total | 45.4 | 100% |\n\n"
            "Europe's share is up 2 pp on 2023, per the same report."
        ),
        obs=[
            ("North America", 2024, 21.7, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 14.2, "USD billion", "actual"),
            ("Europe", 2024, 6.9, "USD billion", "actual"),
            ("Rest of world", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2024, 45.4, "USD billion", "actual"),
        ],
        claims=[
            ("share", 48, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
            ("share", 6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 21.7+14.2+6.9+2.6 = 45.4
            ("arithmetic", "exact"),  # 21.7/45.4 = 47.80% -> 48
            ("arithmetic", "exact"),  # 14.2/45.4 = 31.28% -> 31
            ("arithmetic", "exact"),  # 6.9/45.4 = 15.20% -> 15
            ("arithmetic", "exact"),  # 2.6/45.4 = 5.73% -> 6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 88}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 18, 13, 9)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'representing a CAGR of 30.9%, and is expected to further increase to',
    'in terms of revenue, increased from RMB14.2 billion in 2019',
    'contributing RMB5.38 billion, or 62.3% of the total',
    'a compound annual growth rate of 31.5%',
    'grew 38.5% last year to',
    "By GMV, China's online market",
    'tripled from',
    'HK$2.48 billion in 2028',
    'a CAGR of 12.0% over FY2023–FY2028',
    'somewhere between US$2.6 billion and US$2.9 billion',
    '由2019年的89.6亿元增至2023年的236.8亿元，复合年增长率为27.5%',
    '预计2027年将突破1.2万亿元',
    '两年间增长1.65倍',
    '去年中国人形机器人整机市场规模为86.4亿元',
    '按收入計，中國自動駕駛域控制器市場規模由2019年的人民幣46.2億元',
    '較2022年的新台幣5,752億元年增71.4%',
    '佔市場總額的42.5%',
    '| RMB billion | 2019 | 2023 | 2028E | CAGR 2019-2023 | CAGR 2023-2028E |',
    '2024E\t412\t53.9%',
    '單位：人民幣十億元',
    '**$14.6B**: what buyers spent',
    '$3.8B (2024) → $17.5B (2030) 📈, ~29% CAGR',
    '1/ The LLM observability market',
    "FYI: Gorrandine Research's new note",
    "TAM '24: ~$27bn; '29E: $71bn (+21% CAGR)",
    '**Total 2025: $4.85bn** (+31% y/y)',
    '£1.4 billion last year',
    'tripled between 2020 and 2024 to $1.83 billion',
    '$9–11B market by 2027',
    '€0.8bn in FY24 and €1.1bn in FY25e, +40% y/y',
    '【数据】',
    '同比+35%',
    '2025年预计达1.12万亿元',
    '去年国内具身智能机器人市场规模约52亿元',
    '新台幣412億元，年增58%',
    '2024至2028年複合年增長率為13.4%',
    '较2021年增长3倍',
    '| **Total** | **3.8** | **5.7** |',
    '2025E      352    48%',
    '| 2024-2027E CAGR |',
)
#: the set's blind score (written without reading or running the extractor): 169 figures, 73 rates, 94 verdicts and 3
#: false inconsistent on the code before any reading chosen on it; 181, 79, 103 and 0 after the readings chosen on it
#: (regions named with "and" or "of", markdown bold, apostrophe years, a figure heading its bullet, a second CAGR
#: column's "年E", an issuer's and a month's figures, counts' own measure words, the largest segment, a thread's part,
#: a part "of that" whose verb looks ahead, a CAGR's span after it, "FY25e", a heading naming a dimension; a multiple's
#: and two parts' expectations mended to the conventions: 增长N倍 between printed amounts, a series' one unit); 182
#: with the biggest slice of a market its post never names
FLOORS = {"figures_found": 182, "rates_found": 79, "verdicts_right": 103}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset82.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
