"""An eighty-first check set for the extractor, written blind: long industry reports, white papers, yearbooks of industry
associations, government statistical reports and prospectuses as PDF text extraction gives them, most in Chinese
(Simplified and Traditional) -- key findings as bullets, sentences broken across lines mid-phrase, running headers,
footers and page numbers between the lines, footnote markers after figures, figure and table captions with their
source lines, a chart's data labels left as a row of numbers under its caption, segment and regional splits in prose,
forecasts with E and F years, CAGRs over stated periods, and tables as pdftotext prints them; a company's own figures,
page counts, report dates and analysts' names as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. white-paper executive summary as bullets with a running header, a footnote marker after a figure
    #    ("$8.4 billion¹") and the footnote text; stated 2024-2030 CAGR; a part with its share; survey answer
    #    (61% of 412 manufacturers) and page numbers as distractors
    dict(
        text=(
            "Edge Intelligence in Manufacturing | Halvern Advisory White Paper, January 2025        Page 3 of 48\n"
            "Key findings\n"
            "\u2022  The global market for industrial edge-AI hardware and software reached $8.4 billion\u00b9 in 2024,\n"
            "   up from $6.9 billion in 2023.\n"
            "\u2022  We forecast a 2024-2030 CAGR of 18.5%, taking the market to $23.3 billion by 2030.\n"
            "\u2022  Software accounted for $3.1 billion of the 2024 total, or 37% of spending.\n"
            "\u2022  Of the 412 manufacturers we surveyed, 61% plan to raise edge budgets next year.\n"
            "\u00b9 Includes gateways, inference accelerators and orchestration software; excludes integration services."
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2023, 6.9, "USD billion", "actual"),
            ("Total", 2030, 23.3, "USD billion", "estimate"),
            ("Software", 2024, 3.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.3 / 8.4) ** (1/6) - 1 = 2.77381 ** (1/6) - 1 = 18.53% -> 18.5
            ("arithmetic", "exact"),    # 3.1 / 8.4 = 36.90% -> 37
        ],
    ),
    # 2. broker report page: header with date and page number, "from US$820 million" in a series opened in
    #    US$ billion (converted to 0.82), a stated 2022-2024 CAGR its own amounts contradict; a covered
    #    company's sales, a price target and its upside as distractors; "last year's total" = 2024
    dict(
        text=(
            "Quantum Sensing: Beyond the Lab                                      Kestrel Lane Securities\n"
            "Equity Research | 11 June 2025                                                          17\n"
            "Demand from defence and subsurface mapping lifted worldwide quantum-sensing revenue to\n"
            "US$1.12 billion in 2024 from US$820 million in 2022, a compound annual growth rate of 21%\n"
            "between 2022 and 2024. Navigation-grade gyroscopes made up US$410 million of last year's total.\n"
            "Our coverage name Orvane Photonics booked US$96 million of sales in 2024; we set a 12-month\n"
            "price target of US$48, implying 27% upside."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2022, 0.82, "USD billion", "actual"),  # US$820 million in a series opened in US$ billion
            ("Navigation-grade gyroscopes", 2024, 0.41, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            # (1.12 / 0.82) ** (1/2) - 1 = 1.36585 ** 0.5 - 1 = 16.87%; bounds 1.115/0.825 .. 1.125/0.815
            # -> 16.26% .. 17.49%, never 20.5-21.5 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. an exhibit caption, the chart's data labels left as a row of numbers over a row of years with F
    #    suffixes, a source line; "compound at 30% a year from 2024 to 2027" reachable only within rounding;
    #    survey answer and "a multibillion-dollar opportunity" as distractors
    dict(
        text=(
            "Private Wireless Outlook | March 2025                                             Page 22\n"
            "Exhibit 7: Global private 5G network spending, 2022-2027F (US$ billion)\n"
            "    2.1       3.0       4.2       5.6       7.3       9.4\n"
            "   2022      2023      2024     2025F     2026F     2027F\n"
            "Source: Marlowe Insight estimates\n"
            "We expect spending to compound at 30% a year from 2024 to 2027 as factories and ports move\n"
            "beyond pilots. In our survey of 250 CIOs, 58% said private 5G was a top-three priority, and the\n"
            "vendors we spoke to describe a multibillion-dollar opportunity in campus networks alone."
        ),
        obs=[
            ("Total", 2022, 2.1, "USD billion", "actual"),
            ("Total", 2023, 3.0, "USD billion", "actual"),
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2025, 5.6, "USD billion", "estimate"),
            ("Total", 2026, 7.3, "USD billion", "estimate"),
            ("Total", 2027, 9.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (9.4 / 4.2) ** (1/3) - 1 = 2.23810 ** (1/3) - 1 = 30.81% -> 31, not 30;
            # bounds 9.35/4.25 .. 9.45/4.15 -> 30.06% .. 31.56%, reaches 29.5-30.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. investor-day transcript page: the TAM a company sizes is the market (Total); "roughly a 47%
    #    compound annual rate" with no printed span -> inferred; the company's own revenue, its growth,
    #    a quarter's orders and a headcount as distractors
    dict(
        text=(
            "Halvorsen Thermal Systems \u2014 Investor Day 2025 transcript                     Page 9 of 34\n"
            "CHRISTINE ABERNATHY, CHIEF STRATEGY OFFICER: Let me frame the opportunity. We size the total\n"
            "addressable market for liquid cooling in AI data centres at $4.5 billion in 2024, and we see it\n"
            "reaching $21 billion by 2028 \u2014 roughly a 47% compound annual rate. Our own liquid-cooling revenue\n"
            "was $310 million in fiscal 2024, up 80%, and fourth-quarter orders alone came to $140 million. We\n"
            "now employ 2,300 people across six plants."
        ),
        obs=[
            ("Total", 2024, 4.5, "USD billion", "actual"),
            ("Total", 2028, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 47, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21 / 4.5) ** (1/4) - 1 = 4.66667 ** 0.25 - 1 = 46.98% -> 47
        ],
    ),
    # 5. report section in euros: "[3]" footnote marker after a year, a decline as a negative rate, a
    #    national split "accounting for 42% of the regional total", a second country beside it, a forecast
    #    number broken across lines ("€1.65\nbillion"); headcount and a quarter's bookings as distractors
    dict(
        text=(
            "European Semiconductor Test Equipment Report 2025                                      9\n"
            "2.3 Market overview\n"
            "Sales of automated test equipment (ATE) into Europe totalled \u20ac1.46 billion in 2024[3], a\n"
            "decline of 8% from \u20ac1.58 billion in 2023 as automotive chipmakers worked down inventories.\n"
            "Germany remained the largest national market at \u20ac610 million, accounting for 42% of the\n"
            "regional total, ahead of France at \u20ac240 million. We expect the market to recover to \u20ac1.65\n"
            "billion in 2025 and to reach \u20ac2.1 billion by 2028. The three largest vendors together employ\n"
            "some 9,800 people in the region, and first-quarter 2025 bookings rose 12%."
        ),
        obs=[
            ("Total", 2024, 1.46, "EUR billion", "actual"),
            ("Total", 2023, 1.58, "EUR billion", "actual"),
            ("Total", 2025, 1.65, "EUR billion", "estimate"),
            ("Total", 2028, 2.1, "EUR billion", "estimate"),
            ("Germany", 2024, 0.61, "EUR billion", "actual"),
            ("France", 2024, 0.24, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -8, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.46 / 1.58 - 1 = -7.59% -> -8
            ("arithmetic", "exact"),    # 610 / 1460 = 41.78% -> 42
        ],
    ),
    # 6. Simplified-Chinese broker deep report: "市场规模达到\n312亿元" broken across lines, a yoy rate
    #    reachable only within rounding, a stated 2024-2028 CAGR (约17%), a part "其中...占比30.8%";
    #    disclaimer footer and page number, a company's revenue, a target price and upside as distractors
    dict(
        text=(
            "电子行业深度报告\n"
            "根据智研天枢研究院统计，2024年中国车规级MCU市场规模达到\n"
            "312亿元，同比增长14.4%（2023年为273亿元）；预计到2028年市场规模将增至585亿元，\n"
            "2024-2028年复合增长率约17%。其中，域控制器用高性能MCU规模为96亿元，占比30.8%。\n"
            "请务必阅读正文之后的免责声明                                        行业深度报告 | 第 12 页\n"
            "公司层面，我们重点推荐恒锐微电子（2024年营业收入18.6亿元），目标价72元，对应上涨空间24%。"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2023, 273, "CNY 100 million", "actual"),
            ("Total", 2028, 585, "CNY 100 million", "estimate"),
            ("域控制器用高性能MCU", 2024, 96, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.4, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
            ("share", 30.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 312 / 273 - 1 = 14.29% -> 14.3, not 14.4; bounds 311.5/273.5 .. 312.5/272.5 -> 13.89% .. 14.68%,
            # reaches 14.35-14.45 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (585 / 312) ** (1/4) - 1 = 1.875 ** 0.25 - 1 = 17.02% -> 17
            ("arithmetic", "exact"),    # 96 / 312 = 30.77% -> 30.8
        ],
    ),
    # 7. a figure caption "图表 7：2021-2027E年...（亿元）", data labels as a row of numbers over a row of years,
    #    "资料来源：...整理"; "有望突破4,000亿元" restates the 2027E label less precisely (expected once, as 4,020);
    #    a stated 2024-2027 CAGR the chart contradicts; analyst name and licence number as distractors
    dict(
        text=(
            "计算机行业专题报告 | 2025年3月\n"
            "图表 7：2021-2027E年中国AI服务器市场规模（亿元）\n"
            "   386      542      913     1,516     2,240     3,105     4,020\n"
            "  2021     2022     2023     2024     2025E     2026E     2027E\n"
            "资料来源：鼎观数据，云帆证券研究所整理\n"
            "我们预计，2027年中国AI服务器市场规模有望突破4,000亿元，2024-2027年CAGR达45.2%。\n"
            "分析师：周立衡  执业证书编号：S0570523080002"
        ),
        obs=[
            ("Total", 2021, 386, "CNY 100 million", "actual"),
            ("Total", 2022, 542, "CNY 100 million", "actual"),
            ("Total", 2023, 913, "CNY 100 million", "actual"),
            ("Total", 2024, 1516, "CNY 100 million", "actual"),
            ("Total", 2025, 2240, "CNY 100 million", "estimate"),
            ("Total", 2026, 3105, "CNY 100 million", "estimate"),
            ("Total", 2027, 4020, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 45.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (4020 / 1516) ** (1/3) - 1 = 2.65172 ** (1/3) - 1 = 38.41%; bounds 4019.5/1516.5 .. 4020.5/1515.5
            # -> 38.39% .. 38.43% (38.2% even from 4,000), never 45.15-45.25 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. white paper whose series opens in 万亿元 (unit CNY trillion), a footnote marker "②" after a figure and
    #    the footnote line; a part in 亿元 (its own series) with "占比约32.4%"; "超过2.9万亿元" expected at 2.9;
    #    "新的千亿级市场" as a vague-size distractor
    dict(
        text=(
            "算力产业发展白皮书（2025年）                                              5\n"
            "总体来看，我国算力核心产业规模持续扩张。2023年产业规模为\n"
            "1.8万亿元②，2024年达到2.1万亿元，同比增长16.7%；其中，智能算力相关产业规模为6,800亿元，\n"
            "占比约32.4%。展望未来，预计到2026年我国算力核心产业规模将超过2.9万亿元，边缘算力有望\n"
            "成长为新的千亿级市场。\n"
            "② 数据口径包括算力设施、算力设备与算力服务。"
        ),
        obs=[
            ("Total", 2023, 1.8, "CNY trillion", "actual"),
            ("Total", 2024, 2.1, "CNY trillion", "actual"),
            ("Total", 2026, 2.9, "CNY trillion", "estimate"),
            ("智能算力相关产业", 2024, 6800, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("share", 32.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.1 / 1.8 - 1 = 16.67% -> 16.7
            ("arithmetic", "exact"),    # 6800 / 21000 = 32.38% -> 32.4
        ],
    ),
    # 9. white paper whose series opens in 亿元 and ends "突破2.1万亿元" (expected 21000 in CNY 100 million);
    #    yoy rate from two printed amounts; two segments with yoy rates but no bases (claims, no verdicts);
    #    survey answer and respondent count as distractors; page marker "— 14 —"
    dict(
        text=(
            "云计算白皮书（2025年）                                      中信通联研究院\n"
            "据本院统计，2024年我国云计算市场规模为8,288亿元，较2023年的\n"
            "6,165亿元增长34.4%。其中，公有云市场规模为6,176亿元，同比增长37.0%；私有云市场规模\n"
            "为2,112亿元，同比增长25.3%。在受访的1,020家企业中，67.5%表示将在未来两年增加上云投入。\n"
            "预计到2027年，我国云计算市场规模将突破2.1万亿元。\n"
            "\u2014 14 \u2014"
        ),
        obs=[
            ("Total", 2024, 8288, "CNY 100 million", "actual"),
            ("Total", 2023, 6165, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),  # 2.1万亿元 in a series opened in 亿元
            ("公有云", 2024, 6176, "CNY 100 million", "actual"),
            ("私有云", 2024, 2112, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 34.4, "percent", 2023, 2024, 1.0),
            ("growth", 37.0, "percent", 2023, 2024, 1.0),  # 公有云, base not printed
            ("growth", 25.3, "percent", 2023, 2024, 1.0),  # 私有云, base not printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8288 / 6165 - 1 = 34.44% -> 34.4
        ],
    ),
    # 10. deep report on machine vision: base year in brackets "（2023年：170.8亿元）", percentage points,
    #     a quarter's figure and its qoq rate, a firm count and a company's revenue as distractors;
    #     a stated 2024-2029 CAGR exact
    dict(
        text=(
            "机器视觉行业深度报告                     请务必阅读正文之后的免责声明\n"
            "据高工视界研究所统计，2024年中国工业机器视觉市场规模为\n"
            "186.5亿元（2023年：170.8亿元），同比增长9.2%，增速较2023年回落6.3个百分点。分季度看，2024年\n"
            "第四季度市场规模为52.1亿元，环比增长8.5%。我们预计2029年市场规模将达到340亿元，2024-2029年\n"
            "复合增速为12.8%。目前行业内企业数量超过300家，头部企业视界智能2024年营收为21.4亿元。\n"
            "行业深度报告 | 第 9 页"
        ),
        obs=[
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2023, 170.8, "CNY 100 million", "actual"),
            ("Total", 2029, 340, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("cagr", 12.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.5 / 170.8 - 1 = 9.19% -> 9.2
            ("cagr|implied", "exact"),  # (340 / 186.5) ** (1/5) - 1 = 1.82306 ** 0.2 - 1 = 12.76% -> 12.8
        ],
    ),
    # 11. Traditional Chinese (Taiwan institute) white paper in 新台幣億元, line broken after "新台幣";
    #     yoy rate, stated 2024至2027年 CAGR, a part "占整體市場41.2%"; respondent count and survey answer
    #     as distractors
    dict(
        text=(
            "資策觀察｜台灣智慧製造產業白皮書　　　　　　　　　　　　第 8 頁\n"
            "根據本中心調查，2024年台灣智慧工廠解決方案市場規模達新台幣\n"
            "1,486億元，較2023年的1,275億元成長16.5%；預估2027年將成長至新台幣2,380億元，\n"
            "2024至2027年複合成長率約為17.0%。其中，設備聯網與感測為新台幣612億元，占整體市場41.2%。\n"
            "在受訪的326家製造業者中，有58%計畫於明年增加相關投資。"
        ),
        obs=[
            ("Total", 2024, 1486, "TWD 100 million", "actual"),
            ("Total", 2023, 1275, "TWD 100 million", "actual"),
            ("Total", 2027, 2380, "TWD 100 million", "estimate"),
            ("設備聯網與感測", 2024, 612, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("cagr", 17.0, "percent", 2024, 2027, None, "stated"),
            ("share", 41.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1486 / 1275 - 1 = 16.55% -> 16.5
            ("cagr|implied", "exact"),  # (2380 / 1486) ** (1/3) - 1 = 1.60162 ** (1/3) - 1 = 17.00% -> 17.0
            ("arithmetic", "exact"),    # 612 / 1486 = 41.18% -> 41.2
        ],
    ),
    # 12. Traditional Chinese (Hong Kong broker) in 億港元: "約為\n186億港元" broken across lines, base in
    #     brackets, "按年增長", a stated 2024至2028年 CAGR reachable only within rounding; a listed operator's
    #     revenue, a target price and its upside, "第 23 頁，共 41 頁" as distractors
    dict(
        text=(
            "港灣證券研究部｜行業深度報告｜2025年5月\n"
            "根據本行統計，2024年香港數據中心託管市場收入約為\n"
            "186億港元，按年增長11.4%（2023年：167億港元）。受人工智能算力需求帶動，我們預期2028年\n"
            "市場規模可達320億港元，2024至2028年複合年增長率為14.4%。本港上市營運商萬峰數據2024年\n"
            "收入為38.2億港元，我們給予目標價每股15.6港元，較現價有22%上升空間。\n"
            "第 23 頁，共 41 頁"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2023, 167, "HKD 100 million", "actual"),
            ("Total", 2028, 320, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
            ("cagr", 14.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 167 - 1 = 11.38% -> 11.4
            # (320 / 186) ** (1/4) - 1 = 1.72043 ** 0.25 - 1 = 14.53% -> 14.5, not 14.4;
            # bounds 319.5/186.5 .. 320.5/185.5 -> 14.41% .. 14.65%, reaches 14.35-14.45 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Traditional Chinese (Taiwan association) report dated 2025年4月: "年增率達13.6%" that its own base
    #     contradicts, footnote marker "③" and its note, "今年" (2025, estimate) "可望突破新台幣900億元",
    #     "2026年則上看1,050億元"; headcount and average age as distractors
    dict(
        text=(
            "台灣資安產業發展報告｜2025年4月　　　　　　　　　　　　　　　－ 11 －\n"
            "據本會統計，台灣資安產業產值2024年為新台幣\n"
            "812億元③，年增率達13.6%（2023年為新台幣742億元），主要受惠於金融與半導體業者加強資安投資。\n"
            "展望今年，預估產值可望突破新台幣900億元，2026年則上看1,050億元。目前資安業者從業人員\n"
            "約1.2萬人，平均年齡36歲。\n"
            "③ 產值含資安產品、服務及相關硬體，不含政府自建系統。"
        ),
        obs=[
            ("Total", 2024, 812, "TWD 100 million", "actual"),
            ("Total", 2023, 742, "TWD 100 million", "actual"),
            ("Total", 2025, 900, "TWD 100 million", "estimate"),
            ("Total", 2026, 1050, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 812 / 742 - 1 = 9.43%; bounds 811.5/742.5 .. 812.5/741.5 -> 9.29% .. 9.58%,
            # never 13.55-13.65 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Traditional Chinese chart: caption "圖 3：2021-2026F ...（新台幣億元）", labels row over a years row,
    #     source line "本研究整理"; a stated 2023至2026年 CAGR reachable only within rounding; a share with no
    #     part amount (claim, no verdict); percentage points and a footer with date and page as distractors
    dict(
        text=(
            "圖 3：2021-2026F 台灣雲端服務市場規模（新台幣億元）\n"
            "  520      611      734      880     1,045     1,232\n"
            " 2021     2022     2023     2024    2025F     2026F\n"
            "資料來源：凌雲產業研究院，本研究整理\n"
            "台灣雲端服務市場持續擴張，2023至2026年複合成長率預估為18.9%。2024年公有雲占整體市場比重約62%，\n"
            "混合雲部署比例則較前一年提高4.5個百分點。\n"
            "雲端產業專題報告　2025年2月　　　　　　　　　　　　　　第 15 頁"
        ),
        obs=[
            ("Total", 2021, 520, "TWD 100 million", "actual"),
            ("Total", 2022, 611, "TWD 100 million", "actual"),
            ("Total", 2023, 734, "TWD 100 million", "actual"),
            ("Total", 2024, 880, "TWD 100 million", "actual"),
            ("Total", 2025, 1045, "TWD 100 million", "estimate"),
            ("Total", 2026, 1232, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2023, 2026, None, "stated"),
            ("share", 62, "percent", 2024, 2024, None),  # part not printed: no verdict
        ],
        verdicts=[
            # (1232 / 734) ** (1/3) - 1 = 1.67847 ** (1/3) - 1 = 18.84% -> 18.8, not 18.9;
            # bounds 1231.5/734.5 .. 1232.5/733.5 -> 18.80% .. 18.89%, reaches 18.85-18.95 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Traditional Chinese (Taiwan broker) on the mainland market in 人民幣億元: "約人民幣\n1,425億元",
    #     "成長約1.7倍" kept as x1.7 over 2022-2024 (no verdict), a part with "占比達45%", "三年複合成長率"
    #     (span not printed -> inferred); note line, analysts' names and the firm/date footer as distractors
    dict(
        text=(
            "大陸AI晶片市場：國產替代加速（續）　　　　　　　　　　　　　14\n"
            "據本所統計，2024年中國大陸AI晶片市場規模約人民幣\n"
            "1,425億元，較2022年的人民幣850億元成長約1.7倍。其中雲端訓練晶片約人民幣640億元，\n"
            "占比達45%。本所預期至2027年市場規模將擴大至人民幣2,880億元，三年複合成長率約26.4%。\n"
            "註：本報告所指市場規模不含車用晶片。分析師：林宥辰、陳思妤\n"
            "台新宏觀證券投資顧問　2025年1月"
        ),
        obs=[
            ("Total", 2024, 1425, "CNY 100 million", "actual"),
            ("Total", 2022, 850, "CNY 100 million", "actual"),
            ("Total", 2027, 2880, "CNY 100 million", "estimate"),
            ("雲端訓練晶片", 2024, 640, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 1.7, "multiple", 2022, 2024, 2.0),
            ("share", 45, "percent", 2024, 2024, None),
            ("cagr", 26.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 640 / 1425 = 44.91% -> 45
            ("cagr|period", "exact"),   # (2880 / 1425) ** (1/3) - 1 = 2.02105 ** (1/3) - 1 = 26.43% -> 26.4
        ],
    ),
    # 16. English table as pdftotext prints it (space-aligned, caption with unit, source line below),
    #     E columns, a total row that the rows add to; a stated 2024-2026E CAGR in prose; page header and a
    #     listed company's revenue as distractors
    dict(
        text=(
            "Page 31 of 88                                       LiDAR: The Second Wave | Brightwater Research\n"
            "Table 3: Global LiDAR market by application (US$ million)\n"
            "Application                2023       2024      2025E      2026E\n"
            "ADAS passenger cars         642        918      1,305      1,760\n"
            "Robotaxi                    188        236        290        362\n"
            "Industrial & robotics       214        265        331        410\n"
            "Mapping & surveying         131        142        156        171\n"
            "Total                     1,175      1,561      2,082      2,703\n"
            "Source: Brightwater Research estimates\n"
            "We expect the market to grow at a 2024-2026E CAGR of 31.6%. Lumora Tech, the largest listed\n"
            "pure play, reported LiDAR revenue of US$74 million in 2024."
        ),
        obs=[
            ("ADAS passenger cars", 2023, 642, "USD million", "actual"),
            ("ADAS passenger cars", 2024, 918, "USD million", "actual"),
            ("ADAS passenger cars", 2025, 1305, "USD million", "estimate"),
            ("ADAS passenger cars", 2026, 1760, "USD million", "estimate"),
            ("Robotaxi", 2023, 188, "USD million", "actual"),
            ("Robotaxi", 2024, 236, "USD million", "actual"),
            ("Robotaxi", 2025, 290, "USD million", "estimate"),
            ("Robotaxi", 2026, 362, "USD million", "estimate"),
            ("Industrial & robotics", 2023, 214, "USD million", "actual"),
            ("Industrial & robotics", 2024, 265, "USD million", "actual"),
            ("Industrial & robotics", 2025, 331, "USD million", "estimate"),
            ("Industrial & robotics", 2026, 410, "USD million", "estimate"),
            ("Mapping & surveying", 2023, 131, "USD million", "actual"),
            ("Mapping & surveying", 2024, 142, "USD million", "actual"),
            ("Mapping & surveying", 2025, 156, "USD million", "estimate"),
            ("Mapping & surveying", 2026, 171, "USD million", "estimate"),
            ("Total", 2023, 1175, "USD million", "actual"),
            ("Total", 2024, 1561, "USD million", "actual"),
            ("Total", 2025, 2082, "USD million", "estimate"),
            ("Total", 2026, 2703, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 31.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2703 / 1561) ** (1/2) - 1 = 1.73158 ** 0.5 - 1 = 31.59% -> 31.6
            ("hierarchy", "exact"),     # 2023: 642 + 188 + 214 + 131 = 1175
            ("hierarchy", "exact"),     # 2024: 918 + 236 + 265 + 142 = 1561
            ("hierarchy", "exact"),     # 2025E: 1305 + 290 + 331 + 156 = 2082
            ("hierarchy", "exact"),     # 2026E: 1760 + 362 + 410 + 171 = 2703
        ],
    ),
    # 17. Simplified-Chinese table as pdftotext prints it: caption, "单位：亿元" line above, source below,
    #     total row "合计"; prose after it with a stated 2024-2026年 CAGR and two shares whose parts and whole
    #     the table prints; disclaimer header and page footer as distractors
    dict(
        text=(
            "汽车行业深度报告                                          请务必阅读正文之后的免责声明\n"
            "表 5：中国汽车软件市场规模及结构\n"
            "单位：亿元\n"
            "细分领域             2022      2023      2024     2025E     2026E\n"
            "智能驾驶软件           98       142       205       286       382\n"
            "智能座舱软件          126       158       193       231       270\n"
            "车身与底盘控制软件     85        93       101       110       118\n"
            "合计                 309       393       499       627       770\n"
            "资料来源：乘联智库，东岭证券研究所整理\n"
            "我们预计2024-2026年汽车软件市场合计规模CAGR为24.2%，其中智能驾驶软件占比将由2024年的41.1%提升至\n"
            "2026年的49.6%。\n"
            "行业深度报告 | 第 18 页"
        ),
        obs=[
            ("智能驾驶软件", 2022, 98, "CNY 100 million", "actual"),
            ("智能驾驶软件", 2023, 142, "CNY 100 million", "actual"),
            ("智能驾驶软件", 2024, 205, "CNY 100 million", "actual"),
            ("智能驾驶软件", 2025, 286, "CNY 100 million", "estimate"),
            ("智能驾驶软件", 2026, 382, "CNY 100 million", "estimate"),
            ("智能座舱软件", 2022, 126, "CNY 100 million", "actual"),
            ("智能座舱软件", 2023, 158, "CNY 100 million", "actual"),
            ("智能座舱软件", 2024, 193, "CNY 100 million", "actual"),
            ("智能座舱软件", 2025, 231, "CNY 100 million", "estimate"),
            ("智能座舱软件", 2026, 270, "CNY 100 million", "estimate"),
            ("车身与底盘控制软件", 2022, 85, "CNY 100 million", "actual"),
            ("车身与底盘控制软件", 2023, 93, "CNY 100 million", "actual"),
            ("车身与底盘控制软件", 2024, 101, "CNY 100 million", "actual"),
            ("车身与底盘控制软件", 2025, 110, "CNY 100 million", "estimate"),
            ("车身与底盘控制软件", 2026, 118, "CNY 100 million", "estimate"),
            ("合计", 2022, 309, "CNY 100 million", "actual"),
            ("合计", 2023, 393, "CNY 100 million", "actual"),
            ("合计", 2024, 499, "CNY 100 million", "actual"),
            ("合计", 2025, 627, "CNY 100 million", "estimate"),
            ("合计", 2026, 770, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.2, "percent", 2024, 2026, None, "stated"),
            ("share", 41.1, "percent", 2024, 2024, None),
            ("share", 49.6, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (770 / 499) ** (1/2) - 1 = 1.54309 ** 0.5 - 1 = 24.22% -> 24.2
            ("arithmetic", "exact"),    # 205 / 499 = 41.08% -> 41.1
            ("arithmetic", "exact"),    # 382 / 770 = 49.61% -> 49.6
            ("hierarchy", "exact"),     # 2022: 98 + 126 + 85 = 309
            ("hierarchy", "exact"),     # 2023: 142 + 158 + 93 = 393
            ("hierarchy", "exact"),     # 2024: 205 + 193 + 101 = 499
            ("hierarchy", "exact"),     # 2025E: 286 + 231 + 110 = 627
            ("hierarchy", "exact"),     # 2026E: 382 + 270 + 118 = 770
        ],
    ),
    # 18. Traditional-Chinese vertical table (rows are years, one F year): value columns headed by segment
    #     names and a "合計" column they add to, a 年增率 column of yoy rates (a decline included);
    #     note line with release date and page count as distractors
    dict(
        text=(
            "表 2：台灣半導體設備支出\n"
            "單位：新台幣億元\n"
            "年度          前段設備      後段設備        合計      年增率\n"
            "2022           6,120        1,050       7,170          \u2014\n"
            "2023           5,480          910       6,390     -10.9%\n"
            "2024           6,050        1,020       7,070      10.6%\n"
            "2025F          6,900        1,210       8,110      14.7%\n"
            "資料來源：台灣半導體設備協會，華岳產業研究所整理\n"
            "註：2025年為預估值。本報告發布日期為2025年3月，共52頁。"
        ),
        obs=[
            ("前段設備", 2022, 6120, "TWD 100 million", "actual"),
            ("前段設備", 2023, 5480, "TWD 100 million", "actual"),
            ("前段設備", 2024, 6050, "TWD 100 million", "actual"),
            ("前段設備", 2025, 6900, "TWD 100 million", "estimate"),
            ("後段設備", 2022, 1050, "TWD 100 million", "actual"),
            ("後段設備", 2023, 910, "TWD 100 million", "actual"),
            ("後段設備", 2024, 1020, "TWD 100 million", "actual"),
            ("後段設備", 2025, 1210, "TWD 100 million", "estimate"),
            ("合計", 2022, 7170, "TWD 100 million", "actual"),
            ("合計", 2023, 6390, "TWD 100 million", "actual"),
            ("合計", 2024, 7070, "TWD 100 million", "actual"),
            ("合計", 2025, 8110, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -10.9, "percent", 2022, 2023, 1.0),
            ("growth", 10.6, "percent", 2023, 2024, 1.0),
            ("growth", 14.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6390 / 7170 - 1 = -10.88% -> -10.9
            ("cagr|implied", "exact"),  # 7070 / 6390 - 1 = 10.64% -> 10.6
            ("cagr|implied", "exact"),  # 8110 / 7070 - 1 = 14.71% -> 14.7
            ("hierarchy", "exact"),     # 2022: 6120 + 1050 = 7170
            ("hierarchy", "exact"),     # 2023: 5480 + 910 = 6390
            ("hierarchy", "exact"),     # 2024: 6050 + 1020 = 7070
            ("hierarchy", "exact"),     # 2025F: 6900 + 1210 = 8110
        ],
    ),
    # 19. Simplified-Chinese tab-separated table of one year (the year only in the caption): regional rows
    #     with amounts and 占比, a 合计 row that the rows reach only within rounding, a 100.0% total (no claim);
    #     a yoy rate with no base in prose (claim, no verdict); "接近四成" in words and page header as distractors
    dict(
        text=(
            "工业互联网行业研究报告\t第 26 页\n"
            "2024年中国工业互联网平台市场规模同比增长18.3%，华东地区继续领跑，占比接近四成。\n"
            "表 3：2024年中国工业互联网平台市场区域结构\n"
            "区域\t规模（亿元）\t占比\n"
            "华东\t412.6\t38.5%\n"
            "华南\t236.1\t22.0%\n"
            "华北\t180.4\t16.8%\n"
            "其他地区\t243.3\t22.7%\n"
            "合计\t1,072.5\t100.0%\n"
            "资料来源：工联数研，东岭证券研究所整理"
        ),
        obs=[
            ("华东", 2024, 412.6, "CNY 100 million", "actual"),
            ("华南", 2024, 236.1, "CNY 100 million", "actual"),
            ("华北", 2024, 180.4, "CNY 100 million", "actual"),
            ("其他地区", 2024, 243.3, "CNY 100 million", "actual"),
            ("合计", 2024, 1072.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),  # base not printed: no verdict
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 22.0, "percent", 2024, 2024, None),
            ("share", 16.8, "percent", 2024, 2024, None),
            ("share", 22.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 412.6 / 1072.5 = 38.47% -> 38.5
            ("arithmetic", "exact"),    # 236.1 / 1072.5 = 22.01% -> 22.0
            ("arithmetic", "exact"),    # 180.4 / 1072.5 = 16.82% -> 16.8
            ("arithmetic", "exact"),    # 243.3 / 1072.5 = 22.69% -> 22.7
            # 412.6 + 236.1 + 180.4 + 243.3 = 1072.4, not 1072.5; with each row +/-0.05 the sum spans
            # 1072.2 .. 1072.6, reaching 1072.45-1072.55 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. English exhibit as pdftotext prints it: unit in the header cell ("US$ billion"), six year columns
    #     with E suffixes, a "CAGR 24-27E" column (span printed -> stated), one rate reachable only within
    #     rounding; a headset count and page footer as distractors
    dict(
        text=(
            "Exhibit 12: Worldwide enterprise AR/VR spending by segment\n"
            "US$ billion                2022     2023     2024    2025E    2026E    2027E    CAGR 24-27E\n"
            "Hardware                    6.8      7.4      8.2      9.6     11.4     13.5        18.1%\n"
            "Software & content          3.9      4.6      5.4      6.7      8.2     10.0        22.5%\n"
            "Services                    2.2      2.5      2.9      3.4      4.0      4.7        17.5%\n"
            "Total                      12.9     14.5     16.5     19.7     23.6     28.2        19.6%\n"
            "Source: Ostrava Data Partners; company filings\n"
            "Nexora, the segment leader, shipped 1.9 million enterprise headsets in 2024.\n"
            "Enterprise XR Outlook | Page 41"
        ),
        obs=[
            ("Hardware", 2022, 6.8, "USD billion", "actual"),
            ("Hardware", 2023, 7.4, "USD billion", "actual"),
            ("Hardware", 2024, 8.2, "USD billion", "actual"),
            ("Hardware", 2025, 9.6, "USD billion", "estimate"),
            ("Hardware", 2026, 11.4, "USD billion", "estimate"),
            ("Hardware", 2027, 13.5, "USD billion", "estimate"),
            ("Software & content", 2022, 3.9, "USD billion", "actual"),
            ("Software & content", 2023, 4.6, "USD billion", "actual"),
            ("Software & content", 2024, 5.4, "USD billion", "actual"),
            ("Software & content", 2025, 6.7, "USD billion", "estimate"),
            ("Software & content", 2026, 8.2, "USD billion", "estimate"),
            ("Software & content", 2027, 10.0, "USD billion", "estimate"),
            ("Services", 2022, 2.2, "USD billion", "actual"),
            ("Services", 2023, 2.5, "USD billion", "actual"),
            ("Services", 2024, 2.9, "USD billion", "actual"),
            ("Services", 2025, 3.4, "USD billion", "estimate"),
            ("Services", 2026, 4.0, "USD billion", "estimate"),
            ("Services", 2027, 4.7, "USD billion", "estimate"),
            ("Total", 2022, 12.9, "USD billion", "actual"),
            ("Total", 2023, 14.5, "USD billion", "actual"),
            ("Total", 2024, 16.5, "USD billion", "actual"),
            ("Total", 2025, 19.7, "USD billion", "estimate"),
            ("Total", 2026, 23.6, "USD billion", "estimate"),
            ("Total", 2027, 28.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 22.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (13.5 / 8.2) ** (1/3) - 1 = 1.64634 ** (1/3) - 1 = 18.08% -> 18.1
            # (10.0 / 5.4) ** (1/3) - 1 = 1.85185 ** (1/3) - 1 = 22.80% -> 22.8, not 22.5;
            # bounds 9.95/5.45 .. 10.05/5.35 -> 22.22% .. 23.39%, reaches 22.45-22.55 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (4.7 / 2.9) ** (1/3) - 1 = 1.62069 ** (1/3) - 1 = 17.46% -> 17.5
            ("cagr|implied", "exact"),     # (28.2 / 16.5) ** (1/3) - 1 = 1.70909 ** (1/3) - 1 = 19.56% -> 19.6
            ("hierarchy", "exact"),        # 2022: 6.8 + 3.9 + 2.2 = 12.9
            ("hierarchy", "exact"),        # 2023: 7.4 + 4.6 + 2.5 = 14.5
            ("hierarchy", "exact"),        # 2024: 8.2 + 5.4 + 2.9 = 16.5
            ("hierarchy", "exact"),        # 2025E: 9.6 + 6.7 + 3.4 = 19.7
            ("hierarchy", "exact"),        # 2026E: 11.4 + 8.2 + 4.0 = 23.6
            ("hierarchy", "exact"),        # 2027E: 13.5 + 10.0 + 4.7 = 28.2
        ],
    ),
    # 21. English white paper, executive-summary bullets with a running header and "Page 3 of 48"; a footnote
    #    marker glued to the figure ("$4.2 billion¹"); a line break between "$15.8" and "billion"; a YoY rate
    #    that only rounding of its inputs reaches; a stated 2024-2030 CAGR; a segment share "accounting for";
    #    distractors: page count, survey answer (62% of 410 engineers), title year, publication date
    dict(
        text=(
            "Kestrel Lane Advisory                    Edge Inference Silicon: 2025 Outlook\n"
            "                                                              Page 3 of 48\n"
            "KEY FINDINGS\n"
            "\u2022 The global market for edge AI accelerators reached $4.2 billion\u00b9 in 2024, up\n"
            "  36% from $3.1 billion in 2023.\n"
            "\u2022 We forecast a 24.7% CAGR from 2024 to 2030, taking the market to $15.8\n"
            "  billion by 2030.\n"
            "\u2022 Automotive remained the largest end market at $1.5 billion, accounting for 36% of\n"
            "  the 2024 total.\n"
            "\u2022 62% of the 410 embedded engineers we surveyed expect to move at least one\n"
            "  vision workload off the cloud by 2026.\n"
            "\u00b9 Discrete accelerators plus NPU IP licensing; smartphone application processors are excluded.\n"
            "Published June 2025 \u00b7 Lead analysts: Miriam Okafor, Teodor Lind"
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2023, 3.1, "USD billion", "actual"),
            ("Total", 2030, 15.8, "USD billion", "estimate"),
            ("Automotive", 2024, 1.5, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 36.0, "percent", 2023, 2024, 1.0),  # "up 36%"
            ("cagr", 24.7, "percent", 2024, 2030, None, "stated"),  # "from 2024 to 2030"
            ("share", 36.0, "percent", 2024, 2024, None),  # automotive "accounting for 36%"
        ],
        verdicts=[
            # 24.2 / 3.1 - 1 = 35.48% -> 35, not 36; bounds 4.15/3.15 - 1 = 31.75% .. 4.25/3.05 - 1 = 39.34%
            # contain 36 -> rounding
            ("cagr|implied", "rounding"),
            # (15.8 / 4.2) ** (1/6) - 1 = 24.71% -> 24.7
            ("cagr|implied", "exact"),
            # 21.5 / 4.2 = 35.71% -> 36
            ("arithmetic", "exact"),
        ],
    ),
    # 22. English Hong Kong-style prospectus "INDUSTRY OVERVIEW" page in RMB million: a CAGR whose span only the
    #    amounts' years give (inferred), a stated 2023-2028 CAGR, a segment with amount and share; distractors:
    #    draft-form running header, the issuer's own revenue, its headcount, the "— 156 —" page number
    dict(
        text=(
            "THIS DOCUMENT IS IN DRAFT FORM, INCOMPLETE AND SUBJECT TO CHANGE\n"
            "INDUSTRY OVERVIEW\n"
            "According to the Zhaolin Report, the market size of commercial cleaning robots in China, measured by\n"
            "sales revenue, grew from RMB1,830.5 million in 2019 to RMB3,412.7 million in 2023, representing a CAGR\n"
            "of 16.9%. Of this, hospitality accounted for RMB1,105.2 million, or 32.4% of the 2023 total. Driven by\n"
            "rising labour costs and cheaper lidar sensors, the market is expected to reach RMB8,950.0 million in\n"
            "2028, representing a CAGR of 21.3% from 2023 to 2028. We ranked among the top five players, with revenue\n"
            "from cleaning robots of RMB286.4 million in 2023, and as at 31 December 2023 we had 1,126 full-time\n"
            "employees.\n"
            "                                    \u2014 156 \u2014"
        ),
        obs=[
            ("Total", 2019, 1830.5, "CNY million", "actual"),
            ("Total", 2023, 3412.7, "CNY million", "actual"),
            ("Total", 2028, 8950.0, "CNY million", "estimate"),
            ("Hospitality", 2023, 1105.2, "CNY million", "actual"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2019, 2023, None, "inferred"),  # span only from the amounts' years
            ("share", 32.4, "percent", 2023, 2023, None),
            ("cagr", 21.3, "percent", 2023, 2028, None, "stated"),  # "from 2023 to 2028"
        ],
        verdicts=[
            # (3412.7 / 1830.5) ** (1/4) - 1 = 16.851% -> 16.9
            ("cagr|period", "exact"),
            # 1125.2 / 3412.7 = 32.385% -> 32.4
            ("arithmetic", "exact"),
            # (8950.0 / 3412.7) ** (1/5) - 1 = 21.268% -> 21.3
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. English industry-association yearbook page (GBP, "£2.64bn"), running header with chapter and page 27,
    #    bracketed footnote "[3]", a YoY rate its own amounts contradict, a part with share, "pass £3bn"
    #    (approximate, at its printed figure); distractors: percentage points, member firms, headcount ("some")
    dict(
        text=(
            "NPA YEARBOOK 2024                                Chapter 3 \u00b7 Market Review        27\n"
            "Sales of industrial IoT services in the UK totalled \u00a32.64bn in 2023 [3], a rise\n"
            "of 11.8% on the \u00a32.31bn recorded a year earlier. Growth was 1.6 percentage points\n"
            "below the five-year average, and membership of the Association rose to 312\n"
            "firms employing some 18,400 people. Managed connectivity made up \u00a30.97bn, or 37%\n"
            "of the total. The Association expects sales to pass \u00a33bn in 2025.\n"
            "[3] Members' returns grossed up to the whole market; see Annex A."
        ),
        obs=[
            ("Total", 2023, 2.64, "GBP billion", "actual"),
            ("Total", 2022, 2.31, "GBP billion", "actual"),
            ("Managed connectivity", 2023, 0.97, "GBP billion", "actual"),
            ("Total", 2025, 3, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 11.8, "percent", 2022, 2023, 1.0),
            ("share", 37.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # 22.64 / 2.31 - 1 = 14.29%; bounds 2.635/2.315 - 1 = 13.82% .. 2.645/2.305 - 1 = 14.75%;
            # 31.8 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            # 20.97 / 2.64 = 36.74% -> 37
            ("arithmetic", "exact"),
        ],
    ),
    # 24. English consultancy appendix sizing Japan in yen (¥ billion, fiscal years, FY2028e), page label "C-4";
    #    an exact YoY, a stated FY2024-28 CAGR exact only within rounding, a second market named beside the
    #    first (its own item); distractors: the client's own sales, "a multibillion-yen opportunity"
    dict(
        text=(
            "Appendix C  Market sizing \u2014 Japan collaborative robots                 C-4\n"
            "Harrow & Tane Consulting | Prepared for the board of Seiran Motion K.K. | September 2025\n"
            "Japan's collaborative-robot market came to \u00a598 billion in FY2024, up 13.4% from\n"
            "\u00a586.4 billion in FY2023. On our base case it reaches \u00a5171 billion in FY2028e, a\n"
            "CAGR of 15.0% over FY2024-28. Autonomous mobile robots, a separate market we size\n"
            "on the same basis, stood at \u00a552 billion in FY2024. Seiran's own cobot sales, \u00a56.2\n"
            "billion in FY2024, are part of the first figure, and retrofit kits remain a\n"
            "multibillion-yen opportunity we have not sized."
        ),
        obs=[
            ("Total", 2024, 98, "JPY billion", "actual"),
            ("Total", 2023, 86.4, "JPY billion", "actual"),
            ("Total", 2028, 171, "JPY billion", "estimate"),
            ("Autonomous mobile robots", 2024, 52, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 13.4, "percent", 2023, 2024, 1.0),
            ("cagr", 15.0, "percent", 2024, 2028, None, "stated"),  # "over FY2024-28"
        ],
        verdicts=[
            # 98 / 86.4 - 1 = 13.43% -> 13.4
            ("cagr|implied", "exact"),
            # (171 / 98) ** (1/4) - 1 = 14.93% -> 14.9, not 15.0; bounds (170.5/98.5) ** 0.25 - 1 = 14.70% ..
            # (171.5/97.5) ** 0.25 - 1 = 15.16% contain 15.0 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. English broker sector initiation in EUR ("€6.8bn"), "Exhibit 4" caption and "Source: ... estimates" line
    #    with no data labels; a stated 2021-24 CAGR exact only within rounding; a 2028 range (two value claims,
    #    no observation); distractors: "about a quarter of demand", a Q1 figure, a price target and its upside
    dict(
        text=(
            "Grid Software | Sector initiation                                      14 May 2025\n"
            "Varnholt Securities \u00b7 Analysts: Jonas Erlich, Paula Wendt\n"
            "Exhibit 4: European smart-grid software market, 2021-2028E (\u20acbn)\n"
            "Source: Varnholt Research estimates, company data\n"
            "We size the European smart-grid software market at \u20ac6.8bn in 2024, up from \u20ac5.2bn\n"
            "in 2021, a compound 9.7% a year over 2021-24. We expect spending of between \u20ac9.5bn\n"
            "and \u20ac10.5bn by 2028, as distribution operators, about a quarter of demand today,\n"
            "digitise their low-voltage networks. Q1 2025 tenders alone were worth \u20ac1.9bn. We\n"
            "initiate on Lindqvist Grid with a \u20ac48 price target, 22% upside."
        ),
        obs=[
            ("Total", 2024, 6.8, "EUR billion", "actual"),
            ("Total", 2021, 5.2, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 9.7, "percent", 2021, 2024, None, "stated"),  # "over 2021-24"
            ("value", 9.5, "EUR billion", 2028, 2028, None),
            ("value", 10.5, "EUR billion", 2028, 2028, None),
        ],
        verdicts=[
            # (6.8 / 5.2) ** (1/3) - 1 = 9.35% -> 9.4, not 9.7; bounds (6.75/5.25) ** (1/3) - 1 = 8.74% ..
            # (6.85/5.15) ** (1/3) - 1 = 9.98% contain 9.7 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Simplified Chinese broker deep report: page header "| 第 12 页", analyst and licence number, the amount
    #    broken onto the next line ("市场规模达到\n1,250亿元"), YoY with its base, a stated 2020-2024 CAGR whose
    #    base sits in brackets, 其中 segment with 占比, a 2024-2027 CAGR; distractors: 千亿级, the leader's own
    #    revenue, the disclaimer footer
    dict(
        text=(
            "机器视觉行业深度报告 | 第 12 页\n"
            "证券研究报告 · 行业深度                                   2025年4月18日\n"
            "分析师：周启明（执业证书编号：S0620523070002）\n"
            "根据远澜咨询统计，2024年中国工业机器视觉市场规模达到\n"
            "1,250亿元，较2023年的1,110亿元同比增长12.6%，2020-2024年复合增长率为19.0%（2020年\n"
            "为624亿元）。其中，3D视觉市场规模为312亿元，占比25.0%。行业正迈入千亿级赛道，龙头\n"
            "公司2024年营业收入为23.4亿元。我们预计2027年市场规模将达到1,980亿元，2024-2027年\n"
            "CAGR为16.6%。\n"
            "请务必阅读正文之后的免责声明"
        ),
        obs=[
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2023, 1110, "CNY 100 million", "actual"),
            ("Total", 2020, 624, "CNY 100 million", "actual"),
            ("3D视觉", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2027, 1980, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
            ("cagr", 19.0, "percent", 2020, 2024, None, "stated"),  # "2020-2024年复合增长率"
            ("share", 25.0, "percent", 2024, 2024, None),
            ("cagr", 16.6, "percent", 2024, 2027, None, "stated"),  # "2024-2027年CAGR"
        ],
        verdicts=[
            # 1250 / 1110 - 1 = 12.61% -> 12.6
            ("cagr|implied", "exact"),
            # (1250 / 624) ** (1/4) - 1 = 18.97% -> 19.0
            ("cagr|implied", "exact"),
            # 312 / 1250 = 24.96% -> 25.0
            ("arithmetic", "exact"),
            # (1980 / 1250) ** (1/3) - 1 = 16.57% -> 16.6
            ("cagr|implied", "exact"),
        ],
    ),
    # 27. Simplified Chinese research-institute white paper (dated April 2025): circled footnote "①" after the
    #    figure, 去年 = 2024, a 2027 figure in 万亿元 converted to the series' 亿元 (1.2万亿 -> 12000), "约25%"
    #    stated CAGR; distractors: 约六成 (fraction in words), a survey answer (67%), 千亿级, page "— 23 —"
    dict(
        text=(
            "中国智能算力服务发展白皮书（2025年）                    \u2014 23 \u2014\n"
            "澄衡信息通信研究院　2025年4月\n"
            "2023年我国智能算力服务市场规模为4,386亿元①，去年增长至6,120亿元，\n"
            "同比增长39.5%，其中训练类服务占比约六成。受访企业中67%表示将在未来两年扩大算力租用预算。\n"
            "我们预计，到2027年市场规模将突破1.2万亿元，2024-2027年年均复合增长率约25%，形成多个\n"
            "千亿级细分市场。\n"
            "① 含公有云智算服务及智算中心对外租赁收入，不含企业自建算力。"
        ),
        obs=[
            ("Total", 2023, 4386, "CNY 100 million", "actual"),
            ("Total", 2024, 6120, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),  # 突破1.2万亿元, in the series' 亿元
        ],
        claims=[
            ("growth", 39.5, "percent", 2023, 2024, 1.0),
            ("cagr", 25.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 6120 / 4386 - 1 = 39.53% -> 39.5
            ("cagr|implied", "exact"),
            # (12000 / 6120) ** (1/3) - 1 = 25.16% -> 25
            ("cagr|implied", "exact"),
        ],
    ),
    # 28. Simplified Chinese provincial statistical report (government department), "第 3 页 共 16 页": total and
    #    a segment with growth rates but no prior-year amounts (claims, no rate verdicts), a share with part and
    #    whole; distractors: 个百分点, count of firms, headcount in 万人, a fourth-quarter figure
    dict(
        text=(
            "江澜省集成电路产业发展统计报告（2024年度）\n"
            "江澜省工业和信息化厅　2025年2月                                        第 3 页 共 16 页\n"
            "一、产业规模。2024年全省集成电路产业实现销售收入2,846.3亿元，比上年增长18.2%，增速比\n"
            "上年提高3.4个百分点。其中，设计业销售收入1,032.8亿元，增长24.5%，占全省产业的36.3%。\n"
            "全省规模以上集成电路企业达到412家，从业人员约11.6万人。第四季度单季实现销售收入812.6亿元。"
        ),
        obs=[
            ("Total", 2024, 2846.3, "CNY 100 million", "actual"),
            ("设计业", 2024, 1032.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 36.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1052.8 / 2846.3 = 36.29% -> 36.3
            ("arithmetic", "exact"),
        ],
    ),
    # 29. Simplified Chinese prospectus 行业概况 with "招股说明书（申报稿）" header and "1-1-156" page: 增长4倍
    #    between two printed amounts is x5 (93.2 / 18.6 = 5.01), a CAGR whose span only its amounts give (inferred), a
    #    stated 2023-2028 CAGR; distractors: the issuer's revenue over the reporting period, its headcount
    dict(
        text=(
            "浙江沐川电能科技股份有限公司                              招股说明书（申报稿）\n"
            "1-1-156\n"
            "根据沐森咨询的资料，中国储能变流器市场规模由2019年的18.6亿元增长至2023年的93.2亿元，较\n"
            "2019年增长4倍，复合年增长率为49.6%。预计2028年市场规模将达到356.0亿元，2023年至2028年复合\n"
            "年增长率为30.7%。报告期内，发行人储能变流器销售收入分别为2.14亿元、4.87亿元和7.93亿元，截至\n"
            "2023年末员工总数为1,284人。"
        ),
        obs=[
            ("Total", 2019, 18.6, "CNY 100 million", "actual"),
            ("Total", 2023, 93.2, "CNY 100 million", "actual"),
            ("Total", 2028, 356.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2019, 2023, 4.0),  # 较2019年增长4倍 keeps its printed 4
            ("cagr", 49.6, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 30.7, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (93.2 / 18.6) ** (1/4) - 1 = 49.62% -> 49.6
            ("cagr|period", "exact"),
            # (356.0 / 93.2) ** (1/5) - 1 = 30.74% -> 30.7
            ("cagr|implied", "exact"),
        ],
    ),
    # 30. Simplified Chinese industry-association yearbook page "·41·": total with its prior year, 其中 core output
    #     with 占比, 接近 (approximate) 2025 forecast; distractors: 2万家左右 firms, 从业人员超过50万, patents
    dict(
        text=(
            "中国空间信息产业协会年鉴（2025）                                        ·41·\n"
            "2024年，我国卫星导航与位置服务产业总体产值达到5,758亿元，较2023年的5,362亿元增长7.4%。其中，\n"
            "核心产值为1,545亿元，在总体产值中占比26.8%。截至2024年底，行业从业单位数量保持在2万家左右，\n"
            "从业人员超过50万，全年新增相关专利申请1.1万件。预计2025年总体产值将接近6,200亿元。"
        ),
        obs=[
            ("Total", 2024, 5758, "CNY 100 million", "actual"),
            ("Total", 2023, 5362, "CNY 100 million", "actual"),
            ("核心产值", 2024, 1545, "CNY 100 million", "actual"),
            ("Total", 2025, 6200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("share", 26.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 5758 / 5362 - 1 = 7.39% -> 7.4
            ("cagr|implied", "exact"),
            # 1545 / 5758 = 26.83% -> 26.8
            ("arithmetic", "exact"),
        ],
    ),
    # 31. Simplified Chinese broker thematic report: "第 9 页 / 共 31 页", a chart caption "图表 5" and its source line
    #     with no data labels, 同比增长约1.3倍 (grew by 1.3 times over between two
    #     printed amounts: 98.6 / 42.5 = x2.3), 其中 segment with 占比, a 2026 range (two value
    #     claims); distractors: a Q1 figure, a penetration rate, the leader's revenue, the disclaimer
    dict(
        text=(
            "汽车智能化专题报告　2025年5月                                    第 9 页 / 共 31 页\n"
            "图表 5：2021-2026E年中国车载激光雷达市场规模（亿元）\n"
            "资料来源：星图汽车研究院，华岚证券研究所整理\n"
            "2024年中国车载激光雷达市场规模为98.6亿元，较2023年的42.5亿元同比增长约1.3倍，其中乘用车\n"
            "81.2亿元，占比82.4%。2025年第一季度市场规模为26.4亿元，新车前装渗透率约为8.2%。我们预计2026\n"
            "年市场规模在180亿至220亿元之间，龙头曜光科技2024年营收为31.5亿元。\n"
            "请务必阅读正文之后的免责声明"
        ),
        obs=[
            ("Total", 2024, 98.6, "CNY 100 million", "actual"),
            ("Total", 2023, 42.5, "CNY 100 million", "actual"),
            ("乘用车", 2024, 81.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2023, 2024, 1.0),  # 增长约1.3倍 keeps its printed 1.3
            ("share", 82.4, "percent", 2024, 2024, None),
            ("value", 180, "CNY 100 million", 2026, 2026, None),
            ("value", 220, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            # 101.2 / 98.6 = 82.35% -> 82.4
            ("arithmetic", "exact"),
        ],
    ),
    # 32. Traditional Chinese, Taiwan research institute annual review: "第 5 頁／共 38 頁", 新台幣億元, 年增 with its
    #     base, 今年 = 2025 with 1.1兆元 converted to the series' 億元; distractors: a third-quarter figure,
    #     前五大廠商合計占比超過一半, a margin in 個百分點
    dict(
        text=(
            "產業研究報告　　臺灣伺服器產業年度回顧與展望　　　　　第 5 頁／共 38 頁\n"
            "台灣產業經濟研析中心　2025年1月\n"
            "2024年台灣伺服器產業產值達新台幣8,640億元，較2023年的新台幣6,135億元年增40.8%，主因\n"
            "AI伺服器出貨放量。其中第三季單季產值即達新台幣2,480億元，前五大廠商合計占比超過一半。\n"
            "展望今年，本中心預估產值將突破新台幣1.1兆元，惟毛利率恐較去年下滑1.5個百分點。"
        ),
        obs=[
            ("Total", 2024, 8640, "TWD 100 million", "actual"),
            ("Total", 2023, 6135, "TWD 100 million", "actual"),
            ("Total", 2025, 11000, "TWD 100 million", "estimate"),  # 今年, 突破1.1兆元 in the series' 億元
        ],
        claims=[
            ("growth", 40.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 8640 / 6135 - 1 = 40.83% -> 40.8
            ("cagr|implied", "exact"),
        ],
    ),
    # 33. Traditional Chinese, Taiwan securities-investment-consulting (投顧) report: rating and 目標價 header,
    #     新台幣億元, a stated 2022-2024 CAGR (exact) and a stated 2024-2027 CAGR exact only within rounding;
    #     distractors: the company's revenue, EPS, a quarter's gross margin
    dict(
        text=(
            "投資評等：買進（維持）　目標價：新台幣312元　　　　　　　　　　2025年3月12日\n"
            "宏穗投顧　研究員：林佩珊\n"
            "根據經濟部能源署資料及本研究部整理，台灣電動車充電設備市場規模由2022年的新台幣38億元成長\n"
            "至2024年的新台幣71億元，2022-2024年複合成長率達36.7%。我們預估2027年將達新台幣165億元，\n"
            "2024-2027年CAGR為32.4%。公司2024年營收新台幣42.6億元、EPS 8.45元，第四季毛利率32.1%。"
        ),
        obs=[
            ("Total", 2022, 38, "TWD 100 million", "actual"),
            ("Total", 2024, 71, "TWD 100 million", "actual"),
            ("Total", 2027, 165, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.7, "percent", 2022, 2024, None, "stated"),
            ("cagr", 32.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (71 / 38) ** (1/2) - 1 = 36.69% -> 36.7
            ("cagr|implied", "exact"),
            # (165 / 71) ** (1/3) - 1 = 32.46% -> 32.5, not 32.4; bounds (164.5/71.5) ** (1/3) - 1 = 32.01% ..
            # (165.5/70.5) ** (1/3) - 1 = 32.90% contain 32.4 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Traditional Chinese, Hong Kong broker industry report in 億港元: a stated 2020-2024 CAGR its own
    #     amounts contradict, a stated 2024-2029 CAGR that checks; distractors: page count, the company's
    #     half-year revenue in 億港元, a price target and its upside
    dict(
        text=(
            "港灣證券研究　行業報告　　　　　　　　　　　　　　　　　　　2025年6月3日\n"
            "本報告共42頁，請參閱最後一頁之重要披露\n"
            "香港數據中心託管市場規模由2020年的86億港元增至2024年的152億港元，2020至2024年複合增長率\n"
            "達12.1%。我們預期2029年市場規模可達298億港元，2024至2029年複合增長率為14.4%。嘉駿數據\n"
            "上半年數據中心收入為4.86億港元，目標價48.6港元，潛在升幅23%。"
        ),
        obs=[
            ("Total", 2020, 86, "HKD 100 million", "actual"),
            ("Total", 2024, 152, "HKD 100 million", "actual"),
            ("Total", 2029, 298, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.1, "percent", 2020, 2024, None, "stated"),
            ("cagr", 14.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (152 / 86) ** (1/4) - 1 = 15.30%; bounds (151.5/86.5) ** 0.25 - 1 = 15.04% ..
            # (152.5/85.5) ** 0.25 - 1 = 15.56%; 12.1 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            # (298 / 152) ** (1/5) - 1 = 14.41% -> 14.4
            ("cagr|implied", "exact"),
        ],
    ),
    # 35. Traditional Chinese, Hong Kong bank research on the mainland market in 人民幣億元: 約為 (approximate) figure,
    #     按年增長 with its base, 突破 forecast; distractors: 約佔四成, a survey of 300 firms (58%), 2至3個百分點
    dict(
        text=(
            "中國內地企業軟件專題　2025年2月                                    頁 7\n"
            "據本行統計，2024年中國內地企業級SaaS市場規模約為人民幣1,086億元，較2023年的人民幣926億元按年\n"
            "增長17.3%；其中協同辦公類約佔四成。受訪的300家企業中，有58%計劃於未來12個月增加訂閱開支。\n"
            "預計2026年市場規模有望突破人民幣1,500億元，而雲端資源成本上升或令行業整體毛利率收窄2至3個百分點。"
        ),
        obs=[
            ("Total", 2024, 1086, "CNY 100 million", "actual"),
            ("Total", 2023, 926, "CNY 100 million", "actual"),
            ("Total", 2026, 1500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1086 / 926 - 1 = 17.28% -> 17.3
            ("cagr|implied", "exact"),
        ],
    ),
    # 36. Simplified Chinese table as pdftotext prints it: page header, "表 3" caption, "单位：亿元" line,
    #     space-aligned years with E columns, three segment rows and a 合计 row whose 2023 figure is reached only
    #     within rounding, source line below, a prose YoY for the total read from the table; distractor:
    #     个百分点
    dict(
        text=(
            "网络安全产业年度报告（2025）                                  第 18 页\n"
            "表 3：2022-2026E 年中国网络安全市场规模及结构\n"
            "单位：亿元\n"
            "项目            2022      2023      2024     2025E     2026E\n"
            "安全硬件       268.4     292.1     310.5     335.0     361.2\n"
            "安全软件       231.7     259.8     288.6     322.4     360.1\n"
            "安全服务       133.5     151.2     170.3     192.6     217.9\n"
            "合计           633.6     703.2     769.4     850.0     939.2\n"
            "资料来源：中衡网络安全产业联盟，本研究院整理\n"
            "2024年市场规模同比增长9.4%，增速较上年回落1.6个百分点。"
        ),
        obs=[
            ("安全硬件", 2022, 268.4, "CNY 100 million", "actual"),
            ("安全硬件", 2023, 292.1, "CNY 100 million", "actual"),
            ("安全硬件", 2024, 310.5, "CNY 100 million", "actual"),
            ("安全硬件", 2025, 335.0, "CNY 100 million", "estimate"),
            ("安全硬件", 2026, 361.2, "CNY 100 million", "estimate"),
            ("安全软件", 2022, 231.7, "CNY 100 million", "actual"),
            ("安全软件", 2023, 259.8, "CNY 100 million", "actual"),
            ("安全软件", 2024, 288.6, "CNY 100 million", "actual"),
            ("安全软件", 2025, 322.4, "CNY 100 million", "estimate"),
            ("安全软件", 2026, 360.1, "CNY 100 million", "estimate"),
            ("安全服务", 2022, 133.5, "CNY 100 million", "actual"),
            ("安全服务", 2023, 151.2, "CNY 100 million", "actual"),
            ("安全服务", 2024, 170.3, "CNY 100 million", "actual"),
            ("安全服务", 2025, 192.6, "CNY 100 million", "estimate"),
            ("安全服务", 2026, 217.9, "CNY 100 million", "estimate"),
            ("合计", 2022, 633.6, "CNY 100 million", "actual"),
            ("合计", 2023, 703.2, "CNY 100 million", "actual"),
            ("合计", 2024, 769.4, "CNY 100 million", "actual"),
            ("合计", 2025, 850.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 939.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2022: 268.4 + 231.7 + 133.5 = 633.6 = 633.6
            ("hierarchy", "exact"),
            # 2023: 292.1 + 259.8 + 151.2 = 703.1 vs 703.2; bounds 703.1 +/- 0.15 = 702.95 .. 703.25 contain
            # 723.2 -> rounding
            ("hierarchy", "rounding"),
            # 2024: 310.5 + 288.6 + 170.3 = 769.4
            ("hierarchy", "exact"),
            # 2025E: 335.0 + 322.4 + 192.6 = 850.0
            ("hierarchy", "exact"),
            # 2026E: 361.2 + 360.1 + 217.9 = 939.2
            ("hierarchy", "exact"),
            # 789.4 / 703.2 - 1 = 9.41% -> 9.4 (and 703.2 / 633.6 - 1 = 10.98% -> 11.0, 1.6 points more)
            ("cagr|implied", "exact"),
        ],
    ),
    # 37. Traditional Chinese vertical table (rows are years) from a Taiwan white paper, page "2-17": a lone value
    #     column headed by its unit only (新台幣億元 -> Total), a 年增率 column whose 2023 entry its amounts
    #     contradict, 2025F estimate, "—" for the first year, source and note lines
    dict(
        text=(
            "臺灣智慧醫療產業發展白皮書　2025年3月                                2-17\n"
            "表 2-4　臺灣智慧醫療產業產值（2020-2025F）\n"
            "年度        新台幣億元      年增率(%)\n"
            "2020          1,184            \u2014\n"
            "2021          1,362          15.0\n"
            "2022          1,527          12.1\n"
            "2023          1,689           9.6\n"
            "2024          1,905          12.8\n"
            "2025F         2,150          12.9\n"
            "資料來源：本所產業資料庫；2025年為預估值。\n"
            "註：產值含智慧醫材、遠距照護平台與醫療AI軟體。"
        ),
        obs=[
            ("Total", 2020, 1184, "TWD 100 million", "actual"),
            ("Total", 2021, 1362, "TWD 100 million", "actual"),
            ("Total", 2022, 1527, "TWD 100 million", "actual"),
            ("Total", 2023, 1689, "TWD 100 million", "actual"),
            ("Total", 2024, 1905, "TWD 100 million", "actual"),
            ("Total", 2025, 2150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2020, 2021, 1.0),
            ("growth", 12.1, "percent", 2021, 2022, 1.0),
            ("growth", 9.6, "percent", 2022, 2023, 1.0),
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("growth", 12.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1362 / 1184 - 1 = 15.03% -> 15.0
            ("cagr|implied", "exact"),
            # 1527 / 1362 - 1 = 12.11% -> 12.1
            ("cagr|implied", "exact"),
            # 1689 / 1527 - 1 = 10.61%; bounds 1688.5/1527.5 - 1 = 10.54% .. 1689.5/1526.5 - 1 = 10.68%;
            # 29.6 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            # 1905 / 1689 - 1 = 12.79% -> 12.8
            ("cagr|implied", "exact"),
            # 2150 / 1905 - 1 = 12.86% -> 12.9
            ("cagr|implied", "exact"),
        ],
    ),
    # 38. English space-aligned table ("Exhibit 6", "US$ million" unit line, "Page 22 of 64", source line):
    #     regional rows plus Total, E/F columns, a "CAGR 2025E-30F" column (stated, one per row), the 2030F
    #     total reached only within rounding; distractor: an adoption rate in the note below
    dict(
        text=(
            "Halvorsen Analytics \u2014 Private Cellular Networks 2025                    Page 22 of 64\n"
            "Exhibit 6: Global private 5G network market by region, 2023-2030F\n"
            "US$ million\n"
            "Region              2023     2024    2025E     2030F   CAGR 2025E-30F\n"
            "North America        612      804    1,030     3,415        27.1%\n"
            "Europe               488      631      796     2,540        26.1%\n"
            "Asia Pacific         705      958    1,262     4,718        30.2%\n"
            "Rest of world         96      127      168       611        29.5%\n"
            "Total              1,901    2,520    3,256    11,285        28.2%\n"
            "Source: Halvorsen Analytics estimates; operator and vendor disclosures\n"
            "Note: the base case assumes 38% of new factory sites adopt a private network by 2030."
        ),
        obs=[
            ("North America", 2023, 612, "USD million", "actual"),
            ("North America", 2024, 804, "USD million", "actual"),
            ("North America", 2025, 1030, "USD million", "estimate"),
            ("North America", 2030, 3415, "USD million", "estimate"),
            ("Europe", 2023, 488, "USD million", "actual"),
            ("Europe", 2024, 631, "USD million", "actual"),
            ("Europe", 2025, 796, "USD million", "estimate"),
            ("Europe", 2030, 2540, "USD million", "estimate"),
            ("Asia Pacific", 2023, 705, "USD million", "actual"),
            ("Asia Pacific", 2024, 958, "USD million", "actual"),
            ("Asia Pacific", 2025, 1262, "USD million", "estimate"),
            ("Asia Pacific", 2030, 4718, "USD million", "estimate"),
            ("Rest of world", 2023, 96, "USD million", "actual"),
            ("Rest of world", 2024, 127, "USD million", "actual"),
            ("Rest of world", 2025, 168, "USD million", "estimate"),
            ("Rest of world", 2030, 611, "USD million", "estimate"),
            ("Total", 2023, 1901, "USD million", "actual"),
            ("Total", 2024, 2520, "USD million", "actual"),
            ("Total", 2025, 3256, "USD million", "estimate"),
            ("Total", 2030, 11285, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 27.1, "percent", 2025, 2030, None, "stated"),  # North America
            ("cagr", 26.1, "percent", 2025, 2030, None, "stated"),  # Europe
            ("cagr", 30.2, "percent", 2025, 2030, None, "stated"),  # Asia Pacific
            ("cagr", 29.5, "percent", 2025, 2030, None, "stated"),  # Rest of world
            ("cagr", 28.2, "percent", 2025, 2030, None, "stated"),  # Total
        ],
        verdicts=[
            # (3415 / 1030) ** 0.2 - 1 = 27.09% -> 27.1
            ("cagr|implied", "exact"),
            # (2540 / 796) ** 0.2 - 1 = 26.12% -> 26.1
            ("cagr|implied", "exact"),
            # (4718 / 1262) ** 0.2 - 1 = 30.18% -> 30.2
            ("cagr|implied", "exact"),
            # (611 / 168) ** 0.2 - 1 = 29.46% -> 29.5
            ("cagr|implied", "exact"),
            # (11285 / 3256) ** 0.2 - 1 = 28.22% -> 28.2
            ("cagr|implied", "exact"),
            # 2023: 612 + 488 + 705 + 96 = 1901
            ("hierarchy", "exact"),
            # 2024: 804 + 631 + 958 + 127 = 2520
            ("hierarchy", "exact"),
            # 2025E: 1030 + 796 + 1262 + 168 = 3256
            ("hierarchy", "exact"),
            # 2030F: 3415 + 2540 + 4718 + 611 = 11284 vs 11285; bounds 11284 +/- 2 = 11282 .. 11286 contain
            # 11285 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Simplified Chinese chart: caption "图表 7" with its unit in brackets, the chart's data labels left as a
    #     row of numbers under a row of years (E years), source line, then stated 2020-2024 and 2024-2027 CAGRs;
    #     distractors: unit sales in 万台, page and date header
    dict(
        text=(
            "协作机器人行业深度报告　　　　　　　　　　　　　　　　　　　2025年3月　　第 7 页\n"
            "图表 7：2020-2027E年中国协作机器人市场规模（亿元）\n"
            " 2020   2021   2022   2023   2024   2025E   2026E   2027E\n"
            " 21.6   30.5   36.9   44.7   54.3   66.0    80.1    97.2\n"
            "资料来源：锐衡产业研究，川岳证券研究所整理\n"
            "2020-2024年我国协作机器人市场规模复合增长率达25.9%，我们预计2024-2027年CAGR为21.4%。2024年国内\n"
            "协作机器人销量约为3.6万台，单台均价持续下行。"
        ),
        obs=[
            ("Total", 2020, 21.6, "CNY 100 million", "actual"),
            ("Total", 2021, 30.5, "CNY 100 million", "actual"),
            ("Total", 2022, 36.9, "CNY 100 million", "actual"),
            ("Total", 2023, 44.7, "CNY 100 million", "actual"),
            ("Total", 2024, 54.3, "CNY 100 million", "actual"),
            ("Total", 2025, 66.0, "CNY 100 million", "estimate"),
            ("Total", 2026, 80.1, "CNY 100 million", "estimate"),
            ("Total", 2027, 97.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.9, "percent", 2020, 2024, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (54.3 / 21.6) ** (1/4) - 1 = 25.92% -> 25.9
            ("cagr|implied", "exact"),
            # (97.2 / 54.3) ** (1/3) - 1 = 21.42% -> 21.4
            ("cagr|implied", "exact"),
        ],
    ),
    # 40. English tab-separated table (consultancy review, £m): two year columns, a YoY column and a share
    #     column per segment, Total row (its 100.0 share no claim); distractors: survey n=143 operators in the
    #     source line, footer with date and page number
    dict(
        text=(
            "Table 9: UK data-centre colocation market by segment, 2023-2024\n"
            "Segment\t2023 (\u00a3m)\t2024 (\u00a3m)\tYoY (%)\tShare of 2024 (%)\n"
            "Retail colocation\t1,702\t1,842\t8.2\t34.9\n"
            "Wholesale colocation\t2,064\t2,310\t11.9\t43.8\n"
            "Hyperscale build-to-suit\t871\t1,126\t29.3\t21.3\n"
            "Total\t4,637\t5,278\t13.8\t100.0\n"
            "Source: Brightwater Digital Infrastructure Survey 2025 (n=143 operators); Fenwright Partners analysis\n"
            "Fenwright Partners | UK Digital Infrastructure Review | March 2025 | 31"
        ),
        obs=[
            ("Retail colocation", 2023, 1702, "GBP million", "actual"),
            ("Retail colocation", 2024, 1842, "GBP million", "actual"),
            ("Wholesale colocation", 2023, 2064, "GBP million", "actual"),
            ("Wholesale colocation", 2024, 2310, "GBP million", "actual"),
            ("Hyperscale build-to-suit", 2023, 871, "GBP million", "actual"),
            ("Hyperscale build-to-suit", 2024, 1126, "GBP million", "actual"),
            ("Total", 2023, 4637, "GBP million", "actual"),
            ("Total", 2024, 5278, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 8.2, "percent", 2023, 2024, 1.0),  # retail
            ("growth", 11.9, "percent", 2023, 2024, 1.0),  # wholesale
            ("growth", 29.3, "percent", 2023, 2024, 1.0),  # hyperscale
            ("growth", 13.8, "percent", 2023, 2024, 1.0),  # total
            ("share", 34.9, "percent", 2024, 2024, None),
            ("share", 43.8, "percent", 2024, 2024, None),
            ("share", 21.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1842 / 1702 - 1 = 8.23% -> 8.2
            ("cagr|implied", "exact"),
            # 2310 / 2064 - 1 = 11.92% -> 11.9
            ("cagr|implied", "exact"),
            # 1126 / 871 - 1 = 29.28% -> 29.3
            ("cagr|implied", "exact"),
            # 5278 / 4637 - 1 = 13.82% -> 13.8
            ("cagr|implied", "exact"),
            # 1842 / 5278 = 34.90% -> 34.9
            ("arithmetic", "exact"),
            # 2310 / 5278 = 43.77% -> 43.8
            ("arithmetic", "exact"),
            # 1126 / 5278 = 21.33% -> 21.3
            ("arithmetic", "exact"),
            # 2023: 1702 + 2064 + 871 = 4637
            ("hierarchy", "exact"),
            # 2024: 1842 + 2310 + 1126 = 5278
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 11, 'inconsistent': 6, 'rounding': 12, 'exact': 102}
#: snippets in all, English prose, Chinese prose and tables (a PDF's lines read as a table's layout)
LAYOUT = (40, 4, 17, 19)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'reached $8.4 billion¹ in 2024',
    'We forecast a 2024-2030 CAGR of 18.5%',
    'from US$820 million in 2022',
    'compound at 30% a year from 2024 to 2027',
    'We size the total\naddressable market',
    'totalled €1.46 billion in 2024[3]',
    'recover to €1.65\nbillion in 2025',
    '市场规模达到\n312亿元',
    '图表 7：2021-2027E年中国AI服务器市场规模（亿元）',
    '1.8万亿元②',
    '将突破2.1万亿元',
    '（2023年：170.8亿元）',
    '市場規模達新台幣\n1,486億元',
    '2024至2028年複合年增長率為14.4%',
    '預估產值可望突破新台幣900億元',
    '成長約1.7倍',
    '單位：新台幣億元',
    '合计\t1,072.5\t100.0%',
    'CAGR 24-27E',
    '$4.2 billion¹',
    'taking the market to $15.8\n  billion',
    'representing a CAGR\nof 16.9%',
    'in 2023 [3], a rise',
    'CAGR of 15.0% over FY2024-28',
    'between €9.5bn\nand €10.5bn by 2028',
    '市场规模达到\n1,250亿元',
    '请务必阅读正文之后的免责声明',
    '4,386亿元①，去年增长至6,120亿元',
    '将突破1.2万亿元',
    '增速比\n上年提高3.4个百分点',
    '较\n2019年增长4倍',
    '在180亿至220亿元之间',
    '預估產值將突破新台幣1.1兆元',
    '2020至2024年複合增長率\n達12.1%',
    '約佔四成',
    '单位：亿元',
    '年度        新台幣億元      年增率(%)',
    'CAGR 2025E-30F',
    'Share of 2024 (%)',
)
#: the set's blind score (written without reading or running the extractor): 249 figures, 69 rates, 107 verdicts and 3
#: false inconsistent on the code before the readings chosen on the seventy-seventh and seventy-ninth sets; 271, 69,
#: 113 and 4 after them, before any reading chosen on it (two multiples' expectations mended to the conventions); 278,
#: 71, 117 and 0 after the readings chosen on it (a line ending on its currency, a sentence wrapped over lines kept one
#: sentence for the year of its parts, a part "ahead of" another, a leading firm's revenue; two parts' expectations
#: mended to the conventions: a part in another scale of its series' currency is in the series' unit); 280, 72, 117
#: and 0 after a line wrapped after a semicolon, and the house's forecast after a quarter's figure; 281 with a third
#: part's expectation mended to the conventions
FLOORS = {"figures_found": 282, "rates_found": 73, "verdicts_right": 118}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset81.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
