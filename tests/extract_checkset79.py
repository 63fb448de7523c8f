"""A seventy-ninth check set for the extractor, written blind: long industry reports and white papers as PDF text
extraction gives them, in English and Chinese -- executive summaries' key findings as bullets, sentences broken across
lines mid-phrase, running headers, footers and page numbers between the lines ("行业深度报告 | 第 12 页", "Page 14 of 60",
"请务必阅读正文之后的免责声明"), footnote markers after figures ("$4.2 billion¹", "[3]", "①"), figure and table captions with their
source lines ("图表 7：…市场规模（亿元）", "资料来源：…", "Exhibit 4: …", "Source: … estimates"), a chart's data labels left as a row
of numbers under its caption, segment and regional splits in prose, forecasts with E and F years, CAGRs over stated
periods, and tables as pdftotext prints them (space-aligned columns, a unit line above, a source line below); a
company's own figures, page counts, report dates and analysts' names as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English executive-summary bullets from a PDF: "$8.4 billion¹" with a footnote marker, "up 21% from $6.9 billion"
    #    (only within rounding), a stated 2024-2030 CAGR, a segment share with part and whole; header with report
    #    date, survey answer, footnote text and "Page 3 of 48" expected nowhere
    dict(
        text=(
            "Halvorsen Research | Edge AI Silicon Outlook 2025 | March 2025\n"
            "EXECUTIVE SUMMARY\n"
            "Key findings\n"
            "• The global edge AI accelerator market reached $8.4 billion¹ in 2024, up 21% from $6.9 billion in\n"
            "2023, as smart cameras and industrial gateways moved inference off the cloud.\n"
            "• We forecast a 2024-2030 CAGR of 18.6%, taking the market to $23.4 billion in 2030.\n"
            "• Automotive was the largest end market at $2.1 billion, or 25% of the 2024 total.\n"
            "• In our survey of 412 device makers, 64% said they would raise edge AI budgets this year.\n"
            "¹ Includes discrete accelerators and AI-capable SoCs; excludes data-centre inference cards.\n"
            "Page 3 of 48"
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2023, 6.9, "USD billion", "actual"),
            ("Total", 2030, 23.4, "USD billion", "estimate"),
            ("Automotive", 2024, 2.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 8.4/6.9 - 1 = 21.74% -> 22, not 21; bounds 8.35/6.95-1 = 20.14%,
                                           # 8.45/6.85-1 = 23.36% -> 21 reachable
            ("cagr|implied", "exact"),     # (23.4/8.4)**(1/6) - 1 = 18.62% -> 18.6
            ("arithmetic", "exact"),       # 2.1/8.4 = 25.0% -> 25
        ],
    ),
    # 2. English body text broken across lines with a running footer between two halves of a sentence, "€6.5
    #    billion²" footnote marker, y/y rate, a stated "from 2024 to 2027" compound rate, a country share; percentage
    #    points and a vendor's own revenue expected nowhere
    dict(
        text=(
            "2 | Market sizing\n"
            "The European market for industrial IoT platforms (software and managed connectivity, excluding\n"
            "hardware) was worth €5.6 billion in 2023 and\n"
            "─── Helix Partners · European IIoT Platforms 2025 · Page 14 of 60 ───\n"
            "€6.5 billion² in 2024, a rise of 16%. In 2024 Germany remained the largest country market with 31%\n"
            "of spend, three percentage points more than in 2021. We expect the market to reach €9.8 billion in\n"
            "2027, a compound annual rate of 14.7% from 2024 to 2027. The leading vendor, Ostrava Systems,\n"
            "reported IIoT revenue of €740 million in 2024.\n"
            "² Includes edge-to-cloud orchestration subscriptions sold through system integrators."
        ),
        obs=[
            ("Total", 2023, 5.6, "EUR billion", "actual"),
            ("Total", 2024, 6.5, "EUR billion", "actual"),
            ("Total", 2027, 9.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
            ("cagr", 14.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.5/5.6 - 1 = 16.07% -> 16
            ("cagr|implied", "exact"),  # (9.8/6.5)**(1/3) - 1 = 14.67% -> 14.7
        ],
    ),
    # 3. English pdftotext table, space-aligned, unit line "(US$ million)" under an Exhibit caption, E columns,
    #    a Total row the segments add to; a stated CAGR for one row in prose below; the publisher's own billings
    #    and the page number expected nowhere
    dict(
        text=(
            "Exhibit 4: Global data-centre liquid cooling market by technology, 2022-2026E\n"
            "(US$ million)\n"
            "                               2022     2023     2024    2025E    2026E\n"
            "Direct-to-chip               1,120    1,480    2,050    2,830    3,760\n"
            "Immersion                      210      330      520      790    1,110\n"
            "Rear-door heat exchangers      640      700      760      810      850\n"
            "Total                        1,970    2,510    3,330    4,430    5,720\n"
            "Source: Kestrel Insight estimates, June 2025\n"
            "Immersion is the fastest-growing technology, with a 2024-2026E CAGR of 46%, while rear-door units\n"
            "grow by low single digits. Kestrel's own cooling consultancy business billed US$38 million last year.\n"
            "Kestrel Insight | Data Centre Infrastructure Series | 27"
        ),
        obs=[
            ("Direct-to-chip", 2022, 1120, "USD million", "actual"),
            ("Direct-to-chip", 2023, 1480, "USD million", "actual"),
            ("Direct-to-chip", 2024, 2050, "USD million", "actual"),
            ("Direct-to-chip", 2025, 2830, "USD million", "estimate"),
            ("Direct-to-chip", 2026, 3760, "USD million", "estimate"),
            ("Immersion", 2022, 210, "USD million", "actual"),
            ("Immersion", 2023, 330, "USD million", "actual"),
            ("Immersion", 2024, 520, "USD million", "actual"),
            ("Immersion", 2025, 790, "USD million", "estimate"),
            ("Immersion", 2026, 1110, "USD million", "estimate"),
            ("Rear-door heat exchangers", 2022, 640, "USD million", "actual"),
            ("Rear-door heat exchangers", 2023, 700, "USD million", "actual"),
            ("Rear-door heat exchangers", 2024, 760, "USD million", "actual"),
            ("Rear-door heat exchangers", 2025, 810, "USD million", "estimate"),
            ("Rear-door heat exchangers", 2026, 850, "USD million", "estimate"),
            ("Total", 2022, 1970, "USD million", "actual"),
            ("Total", 2023, 2510, "USD million", "actual"),
            ("Total", 2024, 3330, "USD million", "actual"),
            ("Total", 2025, 4430, "USD million", "estimate"),
            ("Total", 2026, 5720, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 46, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 1120 + 210 + 640 = 1970
            ("hierarchy", "exact"),     # 2023: 1480 + 330 + 700 = 2510
            ("hierarchy", "exact"),     # 2024: 2050 + 520 + 760 = 3330
            ("hierarchy", "exact"),     # 2025E: 2830 + 790 + 810 = 4430
            ("hierarchy", "exact"),     # 2026E: 3760 + 1110 + 850 = 5720
            ("cagr|implied", "exact"),  # Immersion (1110/520)**(1/2) - 1 = 46.10% -> 46
        ],
    ),
    # 4. Simplified-Chinese report body: "市场规模达到\n1,250亿元" broken mid-figure, y/y rate against a printed 2023
    #    base, "其中" segment with 占比, 突破 target, disclaimer footer with page count; 约占四成, a penetration rate
    #    and an analyst's certificate number expected nowhere
    dict(
        text=(
            "汽车行业深度报告 | 2025年3月\n"
            "2024年，中国智能座舱市场规模达到\n"
            "1,250亿元，较2023年的1,055亿元同比增长18.5%。其中，座舱域控制器市场规模为410亿元，\n"
            "占比32.8%；HUD与车载显示合计约占四成。\n"
            "请务必阅读正文之后的免责声明                                   第 12 页 / 共 58 页\n"
            "我们预计2027年市场规模将突破2,000亿元，2024-2027年复合增长率约17.0%。新车智能座舱渗透率已由\n"
            "2021年的49%提升至2024年的72%。分析师：林嘉禾  执业证书编号：S0870523110002"
        ),
        obs=[
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2023, 1055, "CNY 100 million", "actual"),
            ("Total", 2027, 2000, "CNY 100 million", "estimate"),
            ("座舱域控制器", 2024, 410, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 32.8, "percent", 2024, 2024, None),
            ("cagr", 17.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250/1055 - 1 = 18.48% -> 18.5
            ("arithmetic", "exact"),    # 410/1250 = 32.80% -> 32.8
            ("cagr|implied", "exact"),  # (2000/1250)**(1/3) - 1 = 16.96% -> 17.0
        ],
    ),
    # 5. Traditional-Chinese (Taiwan) report: 新台幣億元 series, 年增 with a circled footnote marker "74.7%①", a
    #    forecast in 兆元 converted to the series' 億元 unit; 千億級 vague size, a company's revenue and a quarter's
    #    gross margin expected nowhere
    dict(
        text=(
            "產業研究報告｜AI伺服器供應鏈　　　　　　　　　　　第 8 頁\n"
            "根據穎川產業研究所（2025年4月）估計，2024年台灣AI伺服器產值達新台幣6,850億元，較2023年\n"
            "的3,920億元年增74.7%①。預估2025年產值將進一步攀升至新台幣1.1兆元，成為千億級以上的\n"
            "出口引擎。其中，代工龍頭鴻碩科技2024年AI伺服器營收約新台幣2,300億元，第四季單季毛利率\n"
            "為7.8%。\n"
            "① 含GPU伺服器整機與L10以上板卡組裝。\n"
            "本報告僅供參考，投資人應審慎評估"
        ),
        obs=[
            ("Total", 2024, 6850, "TWD 100 million", "actual"),
            ("Total", 2023, 3920, "TWD 100 million", "actual"),
            ("Total", 2025, 11000, "TWD 100 million", "estimate"),  # 1.1兆元 in the series' 億元 unit
        ],
        claims=[
            ("growth", 74.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6850/3920 - 1 = 74.74% -> 74.7
        ],
    ),
    # 6. English pdftotext vertical table: rows are years, a lone column headed by its unit only ("US$ million") is
    #    the market's Total, F rows are forecasts; prose below with a y/y rate and a stated "between 2024 and 2027"
    #    rate; a company's Q4 orders expected nowhere
    dict(
        text=(
            "Figure 9: Worldwide quantum computing revenue, 2021-2027F\n"
            "Year        US$ million\n"
            "2021              412\n"
            "2022              538\n"
            "2023              705\n"
            "2024              960\n"
            "2025F           1,270\n"
            "2026F           1,690\n"
            "2027F           2,230\n"
            "Source: Quillon Analytics, April 2025. Note: 2025-2027 are forecasts.\n"
            "Revenue rose 36% in 2024 and should compound at 32% a year between 2024 and 2027 as the first\n"
            "error-corrected systems ship; IonForge alone booked $96 million of orders in Q4 2024."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 538, "USD million", "actual"),
            ("Total", 2023, 705, "USD million", "actual"),
            ("Total", 2024, 960, "USD million", "actual"),
            ("Total", 2025, 1270, "USD million", "estimate"),
            ("Total", 2026, 1690, "USD million", "estimate"),
            ("Total", 2027, 2230, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("cagr", 32, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 960/705 - 1 = 36.17% -> 36
            ("cagr|implied", "exact"),  # (2230/960)**(1/3) - 1 = 32.44% -> 32
        ],
    ),
    # 7. Traditional-Chinese (Taiwan) white paper: 1,012億元 vs 902億元 y/y (exact), a government target for 2027 and a
    #    stated 2024至2027 rate its own figures contradict (inconsistent); 千億大關, firm count, headcount, an operating
    #    margin and the "第 5 頁，共 64 頁" footer expected nowhere
    dict(
        text=(
            "台灣資安產業發展白皮書（2025年版）\n"
            "三、產業規模\n"
            "2024年台灣資安產業產值達新台幣1,012億元，首度突破千億大關，較2023年的902億元成長12.2%。\n"
            "政府目標於2027年挑戰新台幣1,500億元產值，估算2024至2027年複合成長率達18%。\n"
            "資安廠商家數已增至約520家，從業人員逾1萬2千人；其中上市櫃業者平均營業利益率約為11%。\n"
            "—— 第 5 頁，共 64 頁 ——"
        ),
        obs=[
            ("Total", 2024, 1012, "TWD 100 million", "actual"),
            ("Total", 2023, 902, "TWD 100 million", "actual"),
            ("Total", 2027, 1500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.2, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 1012/902 - 1 = 12.20% -> 12.2
            ("cagr|implied", "inconsistent"),  # (1500/1012)**(1/3) - 1 = 14.02%; bounds (1499.5/1012.5) 13.99% ..
                                               # (1500.5/1011.5) 14.05% -> 18 unreachable
        ],
    ),
    # 8. English investor-day transcript excerpt: a TAM the company sizes is the market's Total, a CAGR whose span only
    #    its amounts' years give (inferred); own fiscal revenue and its growth, headcount, customer count, a quarter's
    #    revenue and a broker's price target with upside expected nowhere
    dict(
        text=(
            "Corvane Networks — Investor Day 2025 transcript (excerpt), page 7 of 31\n"
            "CFO Dana Whitlock: We size the total addressable market for AI-driven network observability at\n"
            "$18 billion in 2024, and we see it reaching $41 billion by 2028, a compound growth rate of about 23%.\n"
            "Against that, our own revenue was $1.36 billion in fiscal 2024, up 19%, and our 4,800 employees\n"
            "now serve 2,100 enterprise customers. Third-quarter revenue came in at $352 million.\n"
            "Analyst note (Brightwater Securities): we reiterate Buy with a $145 price target, 22% upside."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2028, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (41/18)**(1/4) - 1 = 22.85% -> 23
        ],
    ),
    # 9. Simplified-Chinese pdftotext table: 图表 caption, 单位：亿元 line above, E columns, a 合计 row the three segments
    #    add to, 资料来源 line below, a stated 2022-2026E CAGR in prose; header date and page number expected nowhere
    dict(
        text=(
            "计算机行业深度报告                                           2025年5月\n"
            "图表 15：2022-2026E年中国工业软件市场规模及结构\n"
            "单位：亿元\n"
            "细分领域          2022      2023      2024     2025E     2026E\n"
            "研发设计类         420       486       560       648       750\n"
            "生产控制类         780       868       962     1,070     1,190\n"
            "经营管理类         910       985     1,060     1,140     1,225\n"
            "合计            2,110     2,339     2,582     2,858     3,165\n"
            "资料来源：工信部运行监测协调局，青岚证券研究所整理\n"
            "我们测算2022-2026E年工业软件市场复合增长率为10.7%，其中研发设计类增速最快。\n"
            "请务必阅读正文之后的免责声明                                          16"
        ),
        obs=[
            ("研发设计类", 2022, 420, "CNY 100 million", "actual"),
            ("研发设计类", 2023, 486, "CNY 100 million", "actual"),
            ("研发设计类", 2024, 560, "CNY 100 million", "actual"),
            ("研发设计类", 2025, 648, "CNY 100 million", "estimate"),
            ("研发设计类", 2026, 750, "CNY 100 million", "estimate"),
            ("生产控制类", 2022, 780, "CNY 100 million", "actual"),
            ("生产控制类", 2023, 868, "CNY 100 million", "actual"),
            ("生产控制类", 2024, 962, "CNY 100 million", "actual"),
            ("生产控制类", 2025, 1070, "CNY 100 million", "estimate"),
            ("生产控制类", 2026, 1190, "CNY 100 million", "estimate"),
            ("经营管理类", 2022, 910, "CNY 100 million", "actual"),
            ("经营管理类", 2023, 985, "CNY 100 million", "actual"),
            ("经营管理类", 2024, 1060, "CNY 100 million", "actual"),
            ("经营管理类", 2025, 1140, "CNY 100 million", "estimate"),
            ("经营管理类", 2026, 1225, "CNY 100 million", "estimate"),
            ("合计", 2022, 2110, "CNY 100 million", "actual"),
            ("合计", 2023, 2339, "CNY 100 million", "actual"),
            ("合计", 2024, 2582, "CNY 100 million", "actual"),
            ("合计", 2025, 2858, "CNY 100 million", "estimate"),
            ("合计", 2026, 3165, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 10.7, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 420 + 780 + 910 = 2110
            ("hierarchy", "exact"),     # 2023: 486 + 868 + 985 = 2339
            ("hierarchy", "exact"),     # 2024: 560 + 962 + 1060 = 2582
            ("hierarchy", "exact"),     # 2025E: 648 + 1070 + 1140 = 2858
            ("hierarchy", "exact"),     # 2026E: 750 + 1190 + 1225 = 3165
            ("cagr|implied", "exact"),  # (3165/2110)**(1/4) - 1 = 1.5**0.25 - 1 = 10.67% -> 10.7
        ],
    ),
    # 10. Simplified-Chinese chart as pdftotext leaves it: caption with 亿元 in brackets, a row of data labels over a
    #     row of years (2025E), source line, then a stated 2019-2024 CAGR exact only within rounding and a y/y rate;
    #     a firm count and a penetration rate expected nowhere
    dict(
        text=(
            "机器人行业专题报告 | 2025年3月\n"
            "图表 7：2019-2025E年中国商用服务机器人市场规模（亿元）\n"
            "  128     176     243     316     402     515     650\n"
            " 2019    2020    2021    2022    2023    2024   2025E\n"
            "资料来源：弘毅机器人产业联盟，华晟证券研究所整理\n"
            "如图表7所示，2019-2024年中国商用服务机器人市场规模的年均复合增长率达32.0%，2024年同比\n"
            "增长28.1%。国内相关企业已超过1.2万家，餐饮场景渗透率不足5%。"
        ),
        obs=[
            ("Total", 2019, 128, "CNY 100 million", "actual"),
            ("Total", 2020, 176, "CNY 100 million", "actual"),
            ("Total", 2021, 243, "CNY 100 million", "actual"),
            ("Total", 2022, 316, "CNY 100 million", "actual"),
            ("Total", 2023, 402, "CNY 100 million", "actual"),
            ("Total", 2024, 515, "CNY 100 million", "actual"),
            ("Total", 2025, 650, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.0, "percent", 2019, 2024, None, "stated"),
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (515/128)**(1/5) - 1 = 32.11% -> 32.1, not 32.0; bounds
                                           # (514.5/128.5) 31.98% .. (515.5/127.5) 32.23% -> 32.0 reachable
            ("cagr|implied", "exact"),     # 515/402 - 1 = 28.11% -> 28.1
        ],
    ),
    # 11. English white-paper section: "US$1.48 billion in 2024 [3]" bracket footnote, a regional part in US$ million
    #     with its share (arithmetic), a share with no part amount, a running footer splitting a sentence, "roughly
    #     fourfold" multiple, and a stated 2024-2030 rate its own figures contradict; terminal count and a survey
    #     answer expected nowhere
    dict(
        text=(
            "4.2 Market size and outlook\n"
            "Spending on satellite IoT connectivity totalled US$1.48 billion in 2024 [3]. North America accounted\n"
            "for US$610 million, or 41% of the total, and Asia-Pacific for a further 27%. We project the market to\n"
            "Satellite IoT White Paper · Lumen Orbit Advisory · Page 14 of 60\n"
            "grow roughly fourfold, to US$6.1 billion in 2030 — a compound annual growth rate of 29.6% between\n"
            "2024 and 2030. The installed base reached 4.6 million terminals, and 58% of the 230 operators we\n"
            "surveyed plan to add direct-to-device services.\n"
            "[3] Operator filings; Lumen Orbit analysis."
        ),
        obs=[
            ("Total", 2024, 1.48, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
            ("North America", 2024, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),  # North America
            ("share", 27, "percent", 2024, 2024, None),  # Asia-Pacific
            ("multiple", 4, "multiple", 2024, 2030, 6.0),
            ("cagr", 29.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),           # 610/1480 = 41.22% -> 41
            ("cagr|implied", "inconsistent"),  # (6.1/1.48)**(1/6) - 1 = 26.62%; bounds (6.05/1.485) 26.38% ..
                                               # (6.15/1.475) 26.87% -> 29.6 unreachable
        ],
    ),
    # 12. Simplified-Chinese strategy report: "市场规模达\n" then a disclaimer footer and "19 / 46" before "5,480亿元",
    #     y/y against a bracketed 2023 base, a forecast in 万亿元 converted to the series' 亿元, a stated 2024-2026 CAGR
    #     exact only within rounding; percentage points, a quarter's orders and a firm count expected nowhere
    dict(
        text=(
            "通信行业年度策略 | 2025年1月\n"
            "据锦川研究院测算，2024年中国智能算力服务市场规模达\n"
            "敬请参阅最后一页特别声明                    19 / 46\n"
            "5,480亿元，同比增长32.0%（2023年为4,150亿元），增速较上年提升4.2个百分点。预计到2026年，\n"
            "市场规模有望达到1.02万亿元，2024-2026年年均复合增长率约36.6%。2024年第四季度单季\n"
            "新增订单超过900亿元，行业相关企业超过3,000家。"
        ),
        obs=[
            ("Total", 2024, 5480, "CNY 100 million", "actual"),
            ("Total", 2023, 4150, "CNY 100 million", "actual"),
            ("Total", 2026, 10200, "CNY 100 million", "estimate"),  # 1.02万亿元 in the series' 亿元 unit
        ],
        claims=[
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
            ("cagr", 36.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 5480/4150 - 1 = 32.05% -> 32.0
            ("cagr|implied", "rounding"),  # (10200/5480)**(1/2) - 1 = 36.43% -> 36.4, not 36.6; 1.02万亿 is
                                           # 10150..10250亿: bounds (10150/5480.5) 36.09% .. (10250/5479.5) 36.77%
                                           # -> 36.6 reachable
        ],
    ),
    # 13. English body text with "£4.4\nbillion" split over a line end, a y/y rate and a compound rate whose span
    #     only its amounts' years give (inferred); headcount, an SME adoption rate with percentage points and the
    #     largest provider's revenue expected nowhere
    dict(
        text=(
            "UK Managed Security Services: Market Review — published 12 February 2025\n"
            "The UK managed security services market generated £3.9 billion in revenue in 2023 and £4.4\n"
            "billion in 2024, growth of 12.8%. By 2028 it is forecast to reach £7.1 billion, a compound annual\n"
            "rate of 12.7%. The sector employs 67,300 people, and the proportion of SMEs buying managed\n"
            "detection rose five percentage points to 34%. Harwick Secure, the largest provider, reported\n"
            "revenue of £212 million.\n"
            "Page 9"
        ),
        obs=[
            ("Total", 2023, 3.9, "GBP billion", "actual"),
            ("Total", 2024, 4.4, "GBP billion", "actual"),
            ("Total", 2028, 7.1, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("cagr", 12.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.4/3.9 - 1 = 12.82% -> 12.8
            ("cagr|period", "exact"),   # (7.1/4.4)**(1/4) - 1 = 12.71% -> 12.7
        ],
    ),
    # 14. Simplified-Chinese key-findings bullets ①②③: y/y with a bracketed 2023 base, a 其中 segment with 占比
    #     (arithmetic), a stated 2024-2029 CAGR; a second publisher's 2024 figure, risk notes, report date and page
    #     count expected nowhere
    dict(
        text=(
            "核心观点\n"
            "① 市场持续扩容：2024年中国数据库市场规模为522.4亿元，同比增长21.6%（2023年：429.6亿元）。\n"
            "② 云化趋势明确：其中公有云数据库市场规模304.6亿元，占比58.3%。\n"
            "③ 长期空间可观：预计2029年市场规模将达到1,288.0亿元，2024-2029年复合增长率为19.8%。\n"
            "另据第三方机构北辰咨询统计，2024年该市场规模为560亿元。\n"
            "风险提示：信创推进不及预期；行业竞争加剧。  证券研究报告 · 2025年6月 · 共42页"
        ),
        obs=[
            ("Total", 2024, 522.4, "CNY 100 million", "actual"),
            ("Total", 2023, 429.6, "CNY 100 million", "actual"),
            ("Total", 2029, 1288.0, "CNY 100 million", "estimate"),
            ("公有云数据库", 2024, 304.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("share", 58.3, "percent", 2024, 2024, None),
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 522.4/429.6 - 1 = 21.60% -> 21.6
            ("arithmetic", "exact"),    # 304.6/522.4 = 58.31% -> 58.3
            ("cagr|implied", "exact"),  # (1288.0/522.4)**(1/5) - 1 = 19.78% -> 19.8
        ],
    ),
    # 15. English pdftotext regional table in US$ billion with E columns, a "CAGR 24-29E" column (stated spans) and a
    #     Total row; one row's CAGR exact only within rounding; source line with date and page footer nowhere
    dict(
        text=(
            "Table 5.2  Global robotic process automation software revenue by region (US$ billion)\n"
            "Region                  2023     2024    2025E    2029E   CAGR 24-29E\n"
            "North America           1.92     2.31     2.74     5.02      16.8%\n"
            "Europe                  1.10     1.33     1.58     2.95      17.3%\n"
            "Asia Pacific            0.71     0.92     1.16     2.64      23.5%\n"
            "Rest of World           0.27     0.33     0.39     0.71      16.9%\n"
            "Total                   4.00     4.89     5.87    11.32      18.3%\n"
            "Source: Brannock & Tully Research estimates, March 2025\n"
            "Page 31 of 72"
        ),
        obs=[
            ("North America", 2023, 1.92, "USD billion", "actual"),
            ("North America", 2024, 2.31, "USD billion", "actual"),
            ("North America", 2025, 2.74, "USD billion", "estimate"),
            ("North America", 2029, 5.02, "USD billion", "estimate"),
            ("Europe", 2023, 1.10, "USD billion", "actual"),
            ("Europe", 2024, 1.33, "USD billion", "actual"),
            ("Europe", 2025, 1.58, "USD billion", "estimate"),
            ("Europe", 2029, 2.95, "USD billion", "estimate"),
            ("Asia Pacific", 2023, 0.71, "USD billion", "actual"),
            ("Asia Pacific", 2024, 0.92, "USD billion", "actual"),
            ("Asia Pacific", 2025, 1.16, "USD billion", "estimate"),
            ("Asia Pacific", 2029, 2.64, "USD billion", "estimate"),
            ("Rest of World", 2023, 0.27, "USD billion", "actual"),
            ("Rest of World", 2024, 0.33, "USD billion", "actual"),
            ("Rest of World", 2025, 0.39, "USD billion", "estimate"),
            ("Rest of World", 2029, 0.71, "USD billion", "estimate"),
            ("Total", 2023, 4.00, "USD billion", "actual"),
            ("Total", 2024, 4.89, "USD billion", "actual"),
            ("Total", 2025, 5.87, "USD billion", "estimate"),
            ("Total", 2029, 11.32, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),  # North America
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),  # Europe
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),  # Asia Pacific
            ("cagr", 16.9, "percent", 2024, 2029, None, "stated"),  # Rest of World
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),  # Total
        ],
        verdicts=[
            ("hierarchy", "exact"),        # 2023: 1.92 + 1.10 + 0.71 + 0.27 = 4.00
            ("hierarchy", "exact"),        # 2024: 2.31 + 1.33 + 0.92 + 0.33 = 4.89
            ("hierarchy", "exact"),        # 2025E: 2.74 + 1.58 + 1.16 + 0.39 = 5.87
            ("hierarchy", "exact"),        # 2029E: 5.02 + 2.95 + 2.64 + 0.71 = 11.32
            ("cagr|implied", "exact"),     # (5.02/2.31)**(1/5) - 1 = 16.79% -> 16.8
            ("cagr|implied", "exact"),     # (2.95/1.33)**(1/5) - 1 = 17.27% -> 17.3
            ("cagr|implied", "exact"),     # (2.64/0.92)**(1/5) - 1 = 23.47% -> 23.5
            ("cagr|implied", "rounding"),  # (0.71/0.33)**(1/5) - 1 = 16.56% -> 16.6, not 16.9; bounds
                                           # (0.705/0.335) 16.05% .. (0.715/0.325) 17.08% -> 16.9 reachable
            ("cagr|implied", "exact"),     # (11.32/4.89)**(1/5) - 1 = 18.28% -> 18.3
        ],
    ),
    # 16. Traditional-Chinese (Hong Kong) white paper: 億港元 series "由2023年的186億港元增至2024年的221億港元", a
    #     stated 2024至2028 rate; 約佔三成 fraction, a survey answer with respondent count, a provider's own revenue
    #     in 億港元 and the page marker "— 21 —" expected nowhere
    dict(
        text=(
            "香港數碼經濟白皮書 2025　　　　　　　　　　　　　　　　　　　　— 21 —\n"
            "根據澄海諮詢的統計，香港公共雲服務市場規模由2023年的186億港元增至2024年的221億港元，\n"
            "增長18.8%。預計至2028年，市場規模將達到410億港元，2024至2028年複合年增長率為16.7%。\n"
            "按行業劃分，金融服務業約佔三成，零售及物流業次之。在受訪的520家企業中，62%表示\n"
            "未來兩年將增加雲端預算。本地最大服務商港雲科技上一財年收入為27.5億港元。"
        ),
        obs=[
            ("Total", 2023, 186, "HKD 100 million", "actual"),
            ("Total", 2024, 221, "HKD 100 million", "actual"),
            ("Total", 2028, 410, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
            ("cagr", 16.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 221/186 - 1 = 18.82% -> 18.8
            ("cagr|implied", "exact"),  # (410/221)**(1/4) - 1 = 16.71% -> 16.7
        ],
    ),
    # 17. English executive summary: "(+23%)" in brackets, a rival tracker's figure for the same year (nowhere), a
    #     stated 2024-2029F CAGR, a share with no part amount; "multibillion-dollar opportunity", authors, report
    #     date, page count and roman page number expected nowhere
    dict(
        text=(
            "DIGITAL TWINS IN MANUFACTURING — EXECUTIVE SUMMARY                            ii\n"
            "We size the global market for manufacturing digital-twin software at $2.7 billion in 2024, up\n"
            "from $2.2 billion in 2023 (+23%). Our figure sits below the $3.1 billion that rival tracker Metrion\n"
            "Data puts on 2024, chiefly because we exclude simulation licences. We forecast $7.9 billion in 2029F,\n"
            "a 2024-2029F CAGR of 24%. Discrete manufacturing made up 61% of 2024 spend, and we see a\n"
            "multibillion-dollar opportunity in process industries. Report prepared by Ilse Brandt and Tomás\n"
            "Ferreira, Auberon Analytics, May 2025; 86 pages."
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2023, 2.2, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.7/2.2 - 1 = 22.73% -> 23
            ("cagr|implied", "exact"),  # (7.9/2.7)**(1/5) - 1 = 23.95% -> 24
        ],
    ),
    # 18. Traditional-Chinese (Taiwan) pdftotext table: 單位：新台幣億元 line, (F) columns, a 總計 row the three service
    #     types add to, source line, SaaS's share of the 2024 總計 in prose (arithmetic); survey answer and the page
    #     footer expected nowhere
    dict(
        text=(
            "表 4-3　台灣雲端服務市場規模（2022-2026F）\n"
            "單位：新台幣億元\n"
            "服務類別      2022      2023      2024   2025(F)   2026(F)\n"
            "IaaS           312       368       431       502       580\n"
            "PaaS            96       118       143       171       203\n"
            "SaaS           405       452       503       557       614\n"
            "總計           813       938     1,077     1,230     1,397\n"
            "資料來源：瀚宇產業情報中心，2025年4月\n"
            "SaaS仍為最大區塊，占2024年總計的46.7%；受訪企業中有71%計畫於兩年內導入混合雲。\n"
            "雲端產業白皮書　　第 33 頁"
        ),
        obs=[
            ("IaaS", 2022, 312, "TWD 100 million", "actual"),
            ("IaaS", 2023, 368, "TWD 100 million", "actual"),
            ("IaaS", 2024, 431, "TWD 100 million", "actual"),
            ("IaaS", 2025, 502, "TWD 100 million", "estimate"),
            ("IaaS", 2026, 580, "TWD 100 million", "estimate"),
            ("PaaS", 2022, 96, "TWD 100 million", "actual"),
            ("PaaS", 2023, 118, "TWD 100 million", "actual"),
            ("PaaS", 2024, 143, "TWD 100 million", "actual"),
            ("PaaS", 2025, 171, "TWD 100 million", "estimate"),
            ("PaaS", 2026, 203, "TWD 100 million", "estimate"),
            ("SaaS", 2022, 405, "TWD 100 million", "actual"),
            ("SaaS", 2023, 452, "TWD 100 million", "actual"),
            ("SaaS", 2024, 503, "TWD 100 million", "actual"),
            ("SaaS", 2025, 557, "TWD 100 million", "estimate"),
            ("SaaS", 2026, 614, "TWD 100 million", "estimate"),
            ("總計", 2022, 813, "TWD 100 million", "actual"),
            ("總計", 2023, 938, "TWD 100 million", "actual"),
            ("總計", 2024, 1077, "TWD 100 million", "actual"),
            ("總計", 2025, 1230, "TWD 100 million", "estimate"),
            ("總計", 2026, 1397, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 46.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2022: 312 + 96 + 405 = 813
            ("hierarchy", "exact"),   # 2023: 368 + 118 + 452 = 938
            ("hierarchy", "exact"),   # 2024: 431 + 143 + 503 = 1077
            ("hierarchy", "exact"),   # 2025(F): 502 + 171 + 557 = 1230
            ("hierarchy", "exact"),   # 2026(F): 580 + 203 + 614 = 1397
            ("arithmetic", "exact"),  # 503/1077 = 46.70% -> 46.7
        ],
    ),
    # 19. English findings summary on a yen market: fiscal years counted as their number, "(the year to March 2025)"
    #     a distractor date, "2.3 times" a multiple between adjacent fiscal years, a forecast in ¥ trillion converted
    #     to the series' JPY billion, a stated fiscal 2024-2030 rate; a survey answer, a company's orders and the
    #     "— 17 —" page marker expected nowhere
    dict(
        text=(
            "Japan Enterprise Generative AI Market, FY2024 — Summary of Findings (June 2025)\n"
            "Japan's enterprise generative AI market reached ¥128.0 billion in fiscal 2024 (the year to March\n"
            "2025), 2.3 times the ¥55.6 billion of fiscal 2023. We expect it to reach ¥1.02 trillion in fiscal 2030,\n"
            "a compound annual growth rate of 41.3% between fiscal 2024 and fiscal 2030. Around 38% of the\n"
            "companies we surveyed have moved at least one use case into production, and Tokyo-based Mizuchi\n"
            "Labs booked ¥9.4 billion of orders in the year.\n"
            "— 17 —"
        ),
        obs=[
            ("Total", 2024, 128.0, "JPY billion", "actual"),
            ("Total", 2023, 55.6, "JPY billion", "actual"),
            ("Total", 2030, 1020, "JPY billion", "estimate"),  # ¥1.02 trillion in the series' JPY billion unit
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2023, 2024, 1.0),
            ("cagr", 41.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020/128.0)**(1/6) - 1 = 41.33% -> 41.3 (the multiple gets no verdict)
        ],
    ),
    # 20. English key-findings bullets with square bullets and a wrapped continuation line: y/y rate with both amounts,
    #     a vertical share with no part amount, a 2028 range as two value claims; a won figure, a poll answer and
    #     the "2Q25" tracker edition / page footer expected nowhere
    dict(
        text=(
            "KEY FINDINGS\n"
            "■ Spending on private 5G networks reached $3.4 billion in 2024, a 31% increase on the $2.6 billion\n"
            "  spent in 2023.\n"
            "■ Manufacturing remains the largest vertical, accounting for 38% of 2024 spending.\n"
            "■ We expect spending of $9 billion to $11 billion in 2028, depending on spectrum policy.\n"
            "■ South Korea's operators alone booked 2.1 trillion won of private-network contracts.\n"
            "■ 71% of the 340 IT leaders we polled rank latency above cost.\n"
            "Meridale Research | Private 5G Market Tracker, 2Q25 | Page 4 of 39"
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2023, 2.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("value", 9, "USD billion", 2028, 2028, None),
            ("value", 11, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.4/2.6 - 1 = 30.77% -> 31
        ],
    ),
    # 21. English executive-summary bullets with a running header, a footnote marker glued to a figure ("$38.6 billion¹")
    #    and a footnote line; yoy rate and a stated 2024-2030 CAGR. Survey share, respondent count, "roughly a third",
    #    the title year and page numbers are expected nowhere.
    dict(
        text=(
            "Cyberline Partners | Cloud Security Market Report 2025 | February 2025          Page 3 of 48\n"
            "\n"
            "EXECUTIVE SUMMARY\n"
            "Key findings\n"
            "• The global cloud security market reached $38.6 billion¹ in 2024, up 21.4% from\n"
            "  $31.8 billion in 2023.\n"
            "• We forecast spending to reach $96.5 billion by 2030, a 2024-2030 CAGR of 16.5%.\n"
            "• 72% of the 410 CISOs we surveyed expect to raise cloud-security budgets next year.\n"
            "• Workload protection remains the largest segment, at roughly a third of spending.\n"
            "\n"
            "¹ Includes managed security services delivered from the cloud.\n"
        ),
        obs=[
            ("Total", 2023, 31.8, "USD billion", "actual"),
            ("Total", 2024, 38.6, "USD billion", "actual"),
            ("Total", 2030, 96.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 31.8 - 1 = 21.384% -> 21.4
            ("cagr|implied", "exact"),  # (96.5 / 38.6) ** (1/6) - 1 = 2.5 ** (1/6) - 1 = 16.499% -> 16.5
        ],
    ),
    # 22. English prose whose sentence is cut by a page break: "was worth" ... running header + page number ...
    #    "€7.9 billion in 2024[2]"; a segment "of which ... accounted for €3.1 billion, or 39%" (share with part and
    #    whole); an inferred CAGR ("implying average annual growth", span only from the amounts' years).
    #    Percentage points and the analyst headcount nowhere.
    dict(
        text=(
            "Nordvale's team of 35 analysts tracked vendor filings and buyer budgets across\n"
            "eleven countries. On that basis, the European market for industrial IoT platforms was worth\n"
            "\n"
            "Nordvale Insights — Industrial IoT Outlook, March 2025                          14\n"
            "\n"
            "€7.9 billion in 2024[2], of which software platforms accounted for €3.1 billion, or\n"
            "39%. Connectivity and devices made up the remainder. Software's share has risen 4\n"
            "percentage points since 2022, and Nordvale expects the total to reach €16.8 billion\n"
            "by 2029, implying average annual growth of 16.3%.\n"
        ),
        obs=[
            ("Total", 2024, 7.9, "EUR billion", "actual"),
            ("Software platforms", 2024, 3.1, "EUR billion", "actual"),
            ("Total", 2029, 16.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 16.3, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 3.1 / 7.9 = 39.24% -> 39
            ("cagr|period", "exact"),   # (16.8 / 7.9) ** (1/5) - 1 = 16.288% -> 16.3
        ],
    ),
    # 23. English broker note: price target and its upside, analyst name, a quarter's sales, the company's own revenue
    #    and margin are all distractors; the market's "grew 18%" contradicts its own amounts (inconsistent); a forecast
    #    amount broken across lines ("$20.1\nbillion").
    dict(
        text=(
            "Halden Brothers Equity Research · Semiconductors · 9 April 2025\n"
            "Lumora Devices (LMRA.O) — Outperform, 12-month price target $148 (22% upside)\n"
            "Analyst: Priya Raman, CFA\n"
            "\n"
            "Sizing the opportunity. By our count the edge AI accelerator market grew 18% in\n"
            "2024 to $12.4 billion, from $11.2 billion in 2023, and we expect it to reach $20.1\n"
            "billion by 2027. Fourth-quarter 2024 sales alone came to $3.6 billion. Lumora's own\n"
            "edge-AI revenue rose to $640 million last year, lifting its gross margin to 57%.\n"
            "\n"
            "Please see the analyst certification and important disclosures on page 24.\n"
        ),
        obs=[
            ("Total", 2023, 11.2, "USD billion", "actual"),
            ("Total", 2024, 12.4, "USD billion", "actual"),
            ("Total", 2027, 20.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 32.4 / 11.2 - 1 = 10.71%; bounds 12.35/11.25 - 1 = 9.78% .. 12.45/11.15 - 1 = 11.66%; 18 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. English white paper: "a multibillion-dollar opportunity" (vague), a count of firms, an exhibit caption with
    #    title years and a source line but no data, a page number; stated CAGR "over 2023-28" (two-digit end year)
    #    that only rounding of its inputs reaches.
    dict(
        text=(
            "Brightwater Analytics | White Paper | January 2025\n"
            "\n"
            "AI in drug discovery has become a multibillion-dollar opportunity for platform\n"
            "vendors. As Exhibit 2 shows, we size the market at $4.2 billion in 2023 and expect it\n"
            "to reach $9.8 billion in 2028, a compound annual growth rate of 18.3% over 2023-28.\n"
            "More than 120 biotech firms now license at least one discovery platform.\n"
            "\n"
            "Exhibit 2: AI-enabled drug discovery market, 2023-2028 (USD billion)\n"
            "Source: Brightwater Analytics estimates\n"
            "                                                                              7\n"
        ),
        obs=[
            ("Total", 2023, 4.2, "USD billion", "actual"),
            ("Total", 2028, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (9.8 / 4.2) ** (1/5) - 1 = 18.47% -> 18.5, not 18.3;
            # bounds (9.75/4.25) ** 0.2 - 1 = 18.07% .. (9.85/4.15) ** 0.2 - 1 = 18.87%; 18.3 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. English investor-day transcript: the total addressable market the CFO sizes is the market (Total); a
    #    compounding rate with no printed span (inferred); the company's own revenue, headcount, margin, page footer
    #    and event title year nowhere.
    dict(
        text=(
            "Veridian Robotics — Investor Day 2024 | Transcript | 18 September 2024          Page 7 of 31\n"
            "\n"
            "DANA WHITCOMBE, CHIEF FINANCIAL OFFICER: So let me put numbers on the opportunity. We\n"
            "size our total addressable market at about $65 billion in 2027, up from roughly $28\n"
            "billion in 2023 — a market compounding at something like 23% a year. We did $1.9 billion\n"
            "of revenue last year with 6,400 employees, at a gross margin of 48%, so we have a lot of\n"
            "runway.\n"
        ),
        obs=[
            ("Total", 2023, 28, "USD billion", "actual"),
            ("Total", 2027, 65, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (65 / 28) ** (1/4) - 1 = 23.44% -> 23
        ],
    ),
    # 26. English chart whose data labels survive as a row of numbers under the caption, with the axis years on the
    #    next row (F years estimates); a "4.6x" multiple between 2022 and 2028F and a stated 2024-2028F CAGR.
    #    Qubit count and page number nowhere.
    dict(
        text=(
            "Halvorsen Research · Quantum Technologies Outlook · June 2025                 Page 19\n"
            "\n"
            "Exhibit 4: Global quantum computing market, 2022-2028F (USD million)\n"
            "\n"
            "   1,050     1,380     1,720     2,240     2,910     3,760     4,850\n"
            "\n"
            "   2022      2023      2024      2025F     2026F     2027F     2028F\n"
            "Source: Halvorsen Research estimates, company reports\n"
            "\n"
            "Our base case has the market expanding roughly 4.6x between 2022 and 2028F, a\n"
            "2024-2028F CAGR of 29.6%. Systems with more than 1,000 physical qubits should be\n"
            "commercially available before the end of the forecast period.\n"
        ),
        obs=[
            ("Total", 2022, 1050, "USD million", "actual"),
            ("Total", 2023, 1380, "USD million", "actual"),
            ("Total", 2024, 1720, "USD million", "actual"),
            ("Total", 2025, 2240, "USD million", "estimate"),
            ("Total", 2026, 2910, "USD million", "estimate"),
            ("Total", 2027, 3760, "USD million", "estimate"),
            ("Total", 2028, 4850, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 4.6, "multiple", 2022, 2028, 6.0),         # 4850 / 1050 = 4.62; no verdict
            ("cagr", 29.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4850 / 1720) ** (1/4) - 1 = 29.58% -> 29.6
        ],
    ),
    # 27. English regional split in prose: "accounted for 41% of spending, or $9.2 billion", "$6.1 billion (27%)",
    #    a third region without a share; footnote marker "²", a quarter's figure, a poll's answer, percentage points
    #    and a copyright-year footer nowhere.
    dict(
        text=(
            "3.4 Regional outlook\n"
            "In 2024 the global market for AI-driven video analytics totalled $22.5 billion².\n"
            "North America accounted for 41% of spending, or $9.2 billion, and Asia-Pacific for\n"
            "$6.1 billion (27%); Europe followed at $4.8 billion. Fourth-quarter spending alone\n"
            "reached $6.3 billion. Of the 1,150 buyers we polled, 58% plan to add analytics to\n"
            "existing cameras, and cloud-hosted deployments gained 6 percentage points of mix.\n"
            "\n"
            "² Excludes camera hardware.\n"
            "Ostrander Group · Video Analytics Market Review · © 2025                      21\n"
        ),
        obs=[
            ("Total", 2024, 22.5, "USD billion", "actual"),
            ("North America", 2024, 9.2, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 6.1, "USD billion", "actual"),
            ("Europe", 2024, 4.8, "USD billion", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.2 / 22.5 = 40.89% -> 41
            ("arithmetic", "exact"),  # 6.1 / 22.5 = 27.11% -> 27
        ],
    ),
    # 28. English briefing bullets with "this year" / "last year" against a May 2025 dateline; a rate exact only within
    #    rounding; a second publisher's figure for the same year, a won amount and a survey answer nowhere.
    dict(
        text=(
            "Meridian Telecom Advisory · Private Networks Briefing · May 2025\n"
            "\n"
            "Key takeaways\n"
            "– We estimate that enterprise spending on private 5G networks will reach $5.4 billion\n"
            "  this year, up 12% from $4.9 billion last year.\n"
            "– A separate tally by Kestrel Data puts this year's market at $5.9 billion.\n"
            "– In Korea alone, operators and manufacturers spent ₩1.2 trillion on private 5G in 2024.\n"
            "– 44% of manufacturers we interviewed cite spectrum access as the main barrier.\n"
        ),
        obs=[
            ("Total", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2025, 5.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 25.4 / 4.9 - 1 = 10.20% -> 10, not 12;
            # bounds 5.35/4.95 - 1 = 8.08% .. 5.45/4.85 - 1 = 12.37%; 12 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Simplified Chinese research report: the sentence "市场规模达到" is cut by a page footer and disclaimer, the
    #    amount "1,250亿元" resumes after it; a forecast "突破2,000\n亿元" split between number and unit; yoy and a
    #    stated 2024-2027 CAGR; penetration rate, page number, analyst's name and licence number nowhere.
    dict(
        text=(
            "证券研究报告 | 行业深度报告 | 2025年3月18日\n"
            "\n"
            "2.1 市场规模：高速增长态势延续\n"
            "根据灵犀咨询统计，2024年中国工业机器视觉市场规模达到\n"
            "\n"
            "行业深度报告 | 第 12 页                              请务必阅读正文之后的免责声明\n"
            "\n"
            "1,250亿元，同比增长17.3%，2023年为1,066亿元。预计到2027年，市场规模将突破2,000\n"
            "亿元，2024-2027年复合增长率约为17.0%。其中3D视觉增速最快，渗透率已提升至18%。\n"
            "分析师：周晓岚  执业证书编号：S0570523080002\n"
        ),
        obs=[
            ("Total", 2023, 1066, "CNY 100 million", "actual"),
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2027, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 17.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250 / 1066 - 1 = 17.26% -> 17.3
            ("cagr|implied", "exact"),  # (2000 / 1250) ** (1/3) - 1 = 1.6 ** (1/3) - 1 = 16.96% -> 17.0
        ],
    ),
    # 30. Simplified Chinese: "其中硬件…、软件与服务…" split with "占比"; a 2030 forecast in 万亿元 converted to the
    #     series' 亿元 (1.1万亿 -> 11000); a stated CAGR "约25%"; "千亿级", a listed company's own revenue, headcount
    #     and the mid-sentence page footer nowhere.
    dict(
        text=(
            "四、市场空间测算\n"
            "2024年中国数据中心市场规模为2,860亿元，其中硬件1,720亿元、软件与服务1,140亿元，\n"
            "硬件占比60.1%。随着智算中心建设提速，我们预计2030年市场规模有望突破1.1万亿元，\n"
            "\n"
            "东岳证券 | 请务必阅读正文之后的免责声明                                  8 / 35\n"
            "\n"
            "对应2024-2030年复合增速约25%，打开又一个千亿级增量空间。以行业龙头为例，公司2024年实现\n"
            "营业收入38.6亿元，员工总数4,200余人。\n"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("硬件", 2024, 1720, "CNY 100 million", "actual"),
            ("软件与服务", 2024, 1140, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 60.1, "percent", 2024, 2024, None),
            ("cagr", 25, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1720 / 2860 = 60.14% -> 60.1
            ("cagr|implied", "exact"),  # (11000 / 2860) ** (1/6) - 1 = 25.17% -> 25
        ],
    ),
    # 31. Traditional Chinese (Taiwan) white paper in 新台幣億元 with a circled footnote marker "3,420億元①" and the
    #     base amount broken to the next line; yoy exact; a 2025 forecast (預估…可望); 個百分點, a survey answer, a
    #     count of firms, the footnote line and page number nowhere.
    dict(
        text=(
            "台灣半導體設備產業白皮書　2025年4月\n"
            "\n"
            "根據本會調查，2024年台灣半導體設備市場規模達新台幣3,420億元①，較2023年的\n"
            "2,980億元成長14.8%。展望2025年，隨先進製程與先進封裝擴產，預估市場規模可望達\n"
            "3,850億元。本土設備廠商市占率提升2.3個百分點；受訪的85家企業中有62%表示將增加資本支出。\n"
            "\n"
            "① 含零組件與二手設備翻新。\n"
            "第 8 頁\n"
        ),
        obs=[
            ("Total", 2023, 2980, "TWD 100 million", "actual"),
            ("Total", 2024, 3420, "TWD 100 million", "actual"),
            ("Total", 2025, 3850, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3420 / 2980 - 1 = 14.77% -> 14.8
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) key findings in 億港元: yoy against "上年" with no base amount (claim, no
    #     verdict), a stated 2024至2028年 CAGR; "逾七成" (share in words), institution count, a virtual bank's own
    #     revenue, headcount and the "頁 15／64" header nowhere.
    dict(
        text=(
            "香港金融科技白皮書 2025　　　　　　　　　　　　頁 15／64\n"
            "\n"
            "主要發現\n"
            "‧ 2024年香港金融科技市場規模達486億港元，較上年增長12.5%。\n"
            "‧ 預計至2028年，市場規模將增至812億港元，2024至2028年複合年增長率為13.7%。\n"
            "‧ 受訪的230家機構中，逾七成計劃於未來兩年增加投資。\n"
            "‧ 某持牌虛擬銀行2024年收入為6.2億港元，僱員逾1,200人。\n"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2028, 812, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),  # no 2023 amount printed: no verdict
            ("cagr", 13.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (812 / 486) ** (1/4) - 1 = 13.69% -> 13.7
        ],
    ),
    # 33. Traditional Chinese yearbook: a yoy rate its own amounts contradict (inconsistent), bracket footnote marker
    #     "698億元[5]", a segment "其中遠距醫療為226億元" whose share is only "約占三成" (no claim), a penetration rate,
    #     and 今年 against the 2025年6月 publication date (estimate); title year and page footer nowhere.
    dict(
        text=(
            "智慧醫療產業年鑑 2025　　出版日期：2025年6月\n"
            "\n"
            "四、市場概況\n"
            "臺灣智慧醫療市場持續擴張。2023年市場規模為新台幣612億元，2024年增至698億元[5]，\n"
            "年增率達18.5%；其中遠距醫療為226億元，約占三成。AI影像判讀於醫學中心的滲透率約12%。\n"
            "預估今年整體市場可望突破780億元。\n"
            "\n"
            "[5] 不含醫療器材硬體銷售。\n"
            "第 41 頁\n"
        ),
        obs=[
            ("Total", 2023, 612, "TWD 100 million", "actual"),
            ("Total", 2024, 698, "TWD 100 million", "actual"),
            ("遠距醫療", 2024, 226, "TWD 100 million", "actual"),
            ("Total", 2025, 780, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 698 / 612 - 1 = 14.05%; bounds 697.5/612.5 - 1 = 13.88% .. 698.5/611.5 - 1 = 14.23%; 18.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Simplified Chinese chart: caption "图表 7：2020-2027E年…（亿元）", data labels as a bare row of numbers, axis
    #     years (E = estimate) on the next row, source line; two stated CAGRs in the prose under it; percentage points
    #     and "第 16 页 / 共 52 页" nowhere.
    dict(
        text=(
            "星衡研究院 | 边缘计算产业研究报告 | 2025年3月\n"
            "\n"
            "图表 7：2020-2027E年中国边缘计算市场规模（亿元）\n"
            "\n"
            "   420      538      690      861     1,050    1,265    1,498    1,760\n"
            "\n"
            "  2020     2021     2022     2023     2024    2025E    2026E    2027E\n"
            "资料来源：赛睿咨询，星衡研究院整理\n"
            "\n"
            "2020-2024年，我国边缘计算市场规模由420亿元增长至1,050亿元，年均复合增长率\n"
            "达25.7%；预计2024-2027E年CAGR约为18.8%。CDN等传统业务占比下降3.5个百分点。\n"
            "                                                   第 16 页 / 共 52 页\n"
        ),
        obs=[
            ("Total", 2020, 420, "CNY 100 million", "actual"),
            ("Total", 2021, 538, "CNY 100 million", "actual"),
            ("Total", 2022, 690, "CNY 100 million", "actual"),
            ("Total", 2023, 861, "CNY 100 million", "actual"),
            ("Total", 2024, 1050, "CNY 100 million", "actual"),
            ("Total", 2025, 1265, "CNY 100 million", "estimate"),
            ("Total", 2026, 1498, "CNY 100 million", "estimate"),
            ("Total", 2027, 1760, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.7, "percent", 2020, 2024, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 420) ** (1/4) - 1 = 2.5 ** 0.25 - 1 = 25.74% -> 25.7
            ("cagr|implied", "exact"),  # (1760 / 1050) ** (1/3) - 1 = 18.79% -> 18.8
        ],
    ),
    # 35. Simplified Chinese series opening in 万亿元 (unit CNY trillion): the 2023 base "8,960亿元" converted to 0.896;
    #     segments in 亿元 keep their own 亿元 series; share with part and whole across scales; a stated CAGR "约26%"
    #     reached only within rounding; footnote marker "[3]", survey answer and footer nowhere.
    dict(
        text=(
            "3.1 云计算：规模突破万亿\n"
            "2024年我国云计算市场规模达到1.08万亿元[3]，较2023年的8,960亿元同比增长20.5%。其中，\n"
            "公有云6,150亿元，私有云4,650亿元，公有云占比56.9%。预计2027年市场规模将\n"
            "超过2.1万亿元，2024-2027年年均复合增速约26%。企业调研显示，67%的受访企业已将核心业务上云。\n"
            "\n"
            "[3] 口径包括IaaS、PaaS与SaaS。\n"
            "请务必阅读正文之后的免责声明                                                 第 9 页\n"
        ),
        obs=[
            ("Total", 2023, 0.896, "CNY trillion", "actual"),
            ("Total", 2024, 1.08, "CNY trillion", "actual"),
            ("公有云", 2024, 0.615, "CNY trillion", "actual"),
            ("私有云", 2024, 0.465, "CNY trillion", "actual"),
            ("Total", 2027, 2.1, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("share", 56.9, "percent", 2024, 2024, None),
            ("cagr", 26, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10800 / 8960 - 1 = 20.54% -> 20.5
            ("arithmetic", "exact"),    # 6150 / 10800 = 56.94% -> 56.9
            # (2.1 / 1.08) ** (1/3) - 1 = 24.81% -> 25, not 26;
            # bounds (2.05/1.085) ** (1/3) - 1 = 23.63% .. (2.15/1.075) ** (1/3) - 1 = 2 ** (1/3) - 1 = 25.99%; 26 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. English vertical table as pdftotext prints it: rows are years, a lone value column headed by its unit only
    #     ("USD million" -> Total), E years estimates, exhibit caption, source line with report date; a stated CAGR in
    #     the prose below; a unit count ("2.1 million units") and the page header nowhere.
    dict(
        text=(
            "Tollbridge Space Analytics                          Satellite IoT Market Study | 30\n"
            "\n"
            "Exhibit 9: Global satellite IoT connectivity revenue, 2021-2026E\n"
            "Year              USD million\n"
            "2021                      612\n"
            "2022                      745\n"
            "2023                      903\n"
            "2024                    1,098\n"
            "2025E                   1,331\n"
            "2026E                   1,605\n"
            "Source: Tollbridge Space Analytics estimates. Report date: 14 May 2025.\n"
            "\n"
            "Revenue is set to grow at a 2024-2026E CAGR of 20.9%, with maritime and\n"
            "logistics terminals (roughly 2.1 million units shipped in 2024) the main driver.\n"
        ),
        obs=[
            ("Total", 2021, 612, "USD million", "actual"),
            ("Total", 2022, 745, "USD million", "actual"),
            ("Total", 2023, 903, "USD million", "actual"),
            ("Total", 2024, 1098, "USD million", "actual"),
            ("Total", 2025, 1331, "USD million", "estimate"),
            ("Total", 2026, 1605, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1605 / 1098) ** (1/2) - 1 = 20.90% -> 20.9
        ],
    ),
    # 37. English space-aligned horizontal table: unit line "(USD billion)" above, rows by application, a Total row,
    #     F columns, and a "CAGR 2024-29F" column (one stated CAGR per row); the 2024 column adds to 9.9 against a
    #     printed 10.0 (rounding), the other columns add exactly; page header and title years nowhere.
    dict(
        text=(
            "Marlowe & Finch | Digital Twin Outlook | February 2025                      Page 27 of 60\n"
            "\n"
            "Table 3.2  Global digital twin market by application, 2023-2029F\n"
            "(USD billion)\n"
            "Application                 2023     2024    2025F    2029F    CAGR 2024-29F\n"
            "Manufacturing                3.8      4.7      5.8     12.9        22.4%\n"
            "Energy & utilities           1.9      2.4      3.0      7.1        24.2%\n"
            "Healthcare                   0.9      1.2      1.6      4.4        29.7%\n"
            "Other                        1.4      1.6      2.1      4.6        23.5%\n"
            "Total                        8.0     10.0     12.5     29.0        23.7%\n"
            "Source: Marlowe & Finch Research; totals may not add due to rounding\n"
        ),
        obs=[
            ("Manufacturing", 2023, 3.8, "USD billion", "actual"),
            ("Manufacturing", 2024, 4.7, "USD billion", "actual"),
            ("Manufacturing", 2025, 5.8, "USD billion", "estimate"),
            ("Manufacturing", 2029, 12.9, "USD billion", "estimate"),
            ("Energy & utilities", 2023, 1.9, "USD billion", "actual"),
            ("Energy & utilities", 2024, 2.4, "USD billion", "actual"),
            ("Energy & utilities", 2025, 3.0, "USD billion", "estimate"),
            ("Energy & utilities", 2029, 7.1, "USD billion", "estimate"),
            ("Healthcare", 2023, 0.9, "USD billion", "actual"),
            ("Healthcare", 2024, 1.2, "USD billion", "actual"),
            ("Healthcare", 2025, 1.6, "USD billion", "estimate"),
            ("Healthcare", 2029, 4.4, "USD billion", "estimate"),
            ("Other", 2023, 1.4, "USD billion", "actual"),
            ("Other", 2024, 1.6, "USD billion", "actual"),
            ("Other", 2025, 2.1, "USD billion", "estimate"),
            ("Other", 2029, 4.6, "USD billion", "estimate"),
            ("Total", 2023, 8.0, "USD billion", "actual"),
            ("Total", 2024, 10.0, "USD billion", "actual"),
            ("Total", 2025, 12.5, "USD billion", "estimate"),
            ("Total", 2029, 29.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 29.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Manufacturing (12.9 / 4.7) ** 0.2 - 1 = 22.38% -> 22.4
            ("cagr|implied", "exact"),  # Energy & utilities (7.1 / 2.4) ** 0.2 - 1 = 24.23% -> 24.2
            ("cagr|implied", "exact"),  # Healthcare (4.4 / 1.2) ** 0.2 - 1 = 29.67% -> 29.7
            ("cagr|implied", "exact"),  # Other (4.6 / 1.6) ** 0.2 - 1 = 23.52% -> 23.5
            ("cagr|implied", "exact"),  # Total (29.0 / 10.0) ** 0.2 - 1 = 23.73% -> 23.7
            ("hierarchy", "exact"),     # 2023: 3.8 + 1.9 + 0.9 + 1.4 = 8.0
            # 2024: 4.7 + 2.4 + 1.2 + 1.6 = 9.9 vs 10.0; with each part +/-0.05 the sum spans 9.7 .. 10.1,
            # total 10.0 (9.95 .. 10.05) reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025F: 5.8 + 3.0 + 1.6 + 2.1 = 12.5
            ("hierarchy", "exact"),     # 2029F: 12.9 + 7.1 + 4.4 + 4.6 = 29.0
        ],
    ),
    # 38. Simplified Chinese space-aligned table: caption "表 4：…", unit line "单位：亿元", E columns, total row "合计",
    #     source line with its date; prose under it gives a stated CAGR on 合计 and a share with part and whole; header,
    #     page count and disclaimer nowhere.
    dict(
        text=(
            "华岳证券 | 汽车行业深度报告                                   第 21 页 / 共 58 页\n"
            "\n"
            "表 4：2022-2026E年中国智能网联汽车细分市场规模\n"
            "单位：亿元\n"
            "细分领域          2022      2023      2024     2025E     2026E\n"
            "智能座舱           780       958     1,162     1,390     1,640\n"
            "自动驾驶           565       746       963     1,225     1,530\n"
            "车联网服务         258       316       375       441       512\n"
            "合计             1,603     2,020     2,500     3,056     3,682\n"
            "资料来源：汇川咨询，华岳证券研究所（2025年1月）\n"
            "\n"
            "2022-2024年合计规模年均复合增长率达24.9%，2024年自动驾驶占比38.5%。\n"
            "请务必阅读正文之后的免责声明\n"
        ),
        obs=[
            ("智能座舱", 2022, 780, "CNY 100 million", "actual"),
            ("智能座舱", 2023, 958, "CNY 100 million", "actual"),
            ("智能座舱", 2024, 1162, "CNY 100 million", "actual"),
            ("智能座舱", 2025, 1390, "CNY 100 million", "estimate"),
            ("智能座舱", 2026, 1640, "CNY 100 million", "estimate"),
            ("自动驾驶", 2022, 565, "CNY 100 million", "actual"),
            ("自动驾驶", 2023, 746, "CNY 100 million", "actual"),
            ("自动驾驶", 2024, 963, "CNY 100 million", "actual"),
            ("自动驾驶", 2025, 1225, "CNY 100 million", "estimate"),
            ("自动驾驶", 2026, 1530, "CNY 100 million", "estimate"),
            ("车联网服务", 2022, 258, "CNY 100 million", "actual"),
            ("车联网服务", 2023, 316, "CNY 100 million", "actual"),
            ("车联网服务", 2024, 375, "CNY 100 million", "actual"),
            ("车联网服务", 2025, 441, "CNY 100 million", "estimate"),
            ("车联网服务", 2026, 512, "CNY 100 million", "estimate"),
            ("合计", 2022, 1603, "CNY 100 million", "actual"),
            ("合计", 2023, 2020, "CNY 100 million", "actual"),
            ("合计", 2024, 2500, "CNY 100 million", "actual"),
            ("合计", 2025, 3056, "CNY 100 million", "estimate"),
            ("合计", 2026, 3682, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.9, "percent", 2022, 2024, None, "stated"),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2500 / 1603) ** (1/2) - 1 = 24.88% -> 24.9
            ("arithmetic", "exact"),    # 963 / 2500 = 38.52% -> 38.5
            ("hierarchy", "exact"),     # 2022: 780 + 565 + 258 = 1603
            ("hierarchy", "exact"),     # 2023: 958 + 746 + 316 = 2020
            ("hierarchy", "exact"),     # 2024: 1162 + 963 + 375 = 2500
            ("hierarchy", "exact"),     # 2025E: 1390 + 1225 + 441 = 3056
            ("hierarchy", "exact"),     # 2026E: 1640 + 1530 + 512 = 3682
        ],
    ),
    # 39. Traditional Chinese table in 新台幣億元: caption "表2-3", unit line "單位：新台幣億元", year headers with 年,
    #     an F column, total row "總計", source with date; prose gives yoy on 總計 and a share; page line nowhere.
    dict(
        text=(
            "表2-3　臺灣資料中心市場規模與結構\n"
            "單位：新台幣億元\n"
            "項目            2023年     2024年      2025F\n"
            "主機代管          286        331        384\n"
            "雲端服務          452        548        661\n"
            "網路與其他         97        116        138\n"
            "總計              835        995      1,183\n"
            "資料來源：資策研究院（2025/02）；本研究整理\n"
            "\n"
            "2024年市場總計年增19.2%，其中雲端服務占比55.1%。\n"
            "第 37 頁，共 112 頁\n"
        ),
        obs=[
            ("主機代管", 2023, 286, "TWD 100 million", "actual"),
            ("主機代管", 2024, 331, "TWD 100 million", "actual"),
            ("主機代管", 2025, 384, "TWD 100 million", "estimate"),
            ("雲端服務", 2023, 452, "TWD 100 million", "actual"),
            ("雲端服務", 2024, 548, "TWD 100 million", "actual"),
            ("雲端服務", 2025, 661, "TWD 100 million", "estimate"),
            ("網路與其他", 2023, 97, "TWD 100 million", "actual"),
            ("網路與其他", 2024, 116, "TWD 100 million", "actual"),
            ("網路與其他", 2025, 138, "TWD 100 million", "estimate"),
            ("總計", 2023, 835, "TWD 100 million", "actual"),
            ("總計", 2024, 995, "TWD 100 million", "actual"),
            ("總計", 2025, 1183, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("share", 55.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 995 / 835 - 1 = 19.16% -> 19.2
            ("arithmetic", "exact"),    # 548 / 995 = 55.08% -> 55.1
            ("hierarchy", "exact"),     # 2023: 286 + 452 + 97 = 835
            ("hierarchy", "exact"),     # 2024: 331 + 548 + 116 = 995
            ("hierarchy", "exact"),     # 2025F: 384 + 661 + 138 = 1183
        ],
    ),
    # 40. English tab-separated table in yen ("(¥ billion)" -> JPY billion) with fiscal-year headers (FY2023 -> 2023,
    #     FY2025e estimate), total row "Total market"; prose gives two yoy rates (total and one segment), both exact;
    #     the running header with its page number nowhere.
    dict(
        text=(
            "Kuroiso Research Institute · Japan Industrial Software Review · March 2025 · p. 22\n"
            "\n"
            "Figure 5.1\tJapan factory-automation software market by segment\n"
            "(¥ billion)\n"
            "Segment\tFY2023\tFY2024\tFY2025e\n"
            "MES / MOM\t168.2\t183.5\t199.0\n"
            "PLC & HMI software\t141.6\t152.9\t165.3\n"
            "Simulation & digital twin\t87.4\t99.8\t113.6\n"
            "Total market\t397.2\t436.2\t477.9\n"
            "Source: Kuroiso Research Institute estimates; fiscal years end in March\n"
            "\n"
            "The total market grew 9.8% in FY2024, and simulation & digital twin, the fastest-\n"
            "growing segment, rose 14.2% on wider use of virtual commissioning.\n"
        ),
        obs=[
            ("MES / MOM", 2023, 168.2, "JPY billion", "actual"),
            ("MES / MOM", 2024, 183.5, "JPY billion", "actual"),
            ("MES / MOM", 2025, 199.0, "JPY billion", "estimate"),
            ("PLC & HMI software", 2023, 141.6, "JPY billion", "actual"),
            ("PLC & HMI software", 2024, 152.9, "JPY billion", "actual"),
            ("PLC & HMI software", 2025, 165.3, "JPY billion", "estimate"),
            ("Simulation & digital twin", 2023, 87.4, "JPY billion", "actual"),
            ("Simulation & digital twin", 2024, 99.8, "JPY billion", "actual"),
            ("Simulation & digital twin", 2025, 113.6, "JPY billion", "estimate"),
            ("Total market", 2023, 397.2, "JPY billion", "actual"),
            ("Total market", 2024, 436.2, "JPY billion", "actual"),
            ("Total market", 2025, 477.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 436.2 / 397.2 - 1 = 9.82% -> 9.8
            ("cagr|implied", "exact"),  # 99.8 / 87.4 - 1 = 14.19% -> 14.2
            ("hierarchy", "exact"),     # FY2023: 168.2 + 141.6 + 87.4 = 397.2
            ("hierarchy", "exact"),     # FY2024: 183.5 + 152.9 + 99.8 = 436.2
            ("hierarchy", "exact"),     # FY2025e: 199.0 + 165.3 + 113.6 = 477.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 4, 'rounding': 8, 'exact': 96}
#: snippets in all, English prose, Chinese prose and tables (a PDF's lines read as a table's layout)
LAYOUT = (40, 7, 8, 25)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '$8.4 billion¹ in 2024',
    'a 2024-2030 CAGR of 18.6%',
    '€6.5 billion² in 2024',
    '(US$ million)',
    'Year        US$ million',
    '市场规模达到\n1,250亿元',
    '第 12 页 / 共 58 页',
    '年增74.7%①',
    '新台幣1.1兆元',
    '挑戰新台幣1,500億元',
    'We size the total addressable market',
    '单位：亿元',
    '  128     176     243     316     402     515     650',
    'US$1.48 billion in 2024 [3]',
    'grow roughly fourfold',
    '有望达到1.02万亿元',
    '£4.4\nbillion in 2024',
    'CAGR 24-29E',
    '由2023年的186億港元增至2024年的221億港元',
    '2.3 times the ¥55.6 billion of fiscal 2023',
    '$38.6 billion¹ in 2024',
    'a 2024-2030 CAGR of 16.5%',
    'was worth\n\nNordvale Insights',
    '€7.9 billion in 2024[2], of which',
    'price target $148 (22% upside)',
    '18.3% over 2023-28',
    'size our total addressable market at about $65 billion',
    '   2022      2023      2024      2025F',
    'roughly 4.6x between 2022 and 2028F',
    'accounted for 41% of spending, or $9.2 billion',
    'this year, up 12% from $4.9 billion last year',
    '市场规模达到\n\n行业深度报告 | 第 12 页',
    '将突破2,000\n亿元',
    '突破1.1万亿元',
    '新台幣3,420億元①',
    '2024至2028年複合年增長率為13.7%',
    '預估今年整體市場可望突破780億元',
    '图表 7：2020-2027E年中国边缘计算市场规模（亿元）',
    '单位：亿元',
    'Segment\tFY2023\tFY2024\tFY2025e',
)
#: the set's blind score (written without reading or running the extractor, scored on the code before the readings
#: chosen on it): 250 figures, 62 rates, 91 verdicts and 8 false inconsistent; 252, 63, 93 and 2 after a sentence read
#: across a footer and its page number on one line, or wrapped after the stop of the one before or at a name begun
#: mid-sentence, another publisher's amount named after it, 台灣 after a table's number, and parts whose verb is left
#: out after a part of the total; 272, 63, 96 and 2 after a chart's labels in columns over its years; 274, 65, 98 and 2
#: after a sentence read across blank lines around a page's footer and past a footnote's mark; 277 with three parts'
#: expectations mended to the conventions (a part in another scale of its series' currency is in the series' unit)
FLOORS = {"figures_found": 279, "rates_found": 66, "verdicts_right": 105}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset79.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
