"""An eightieth check set for the extractor, written blind: long industry reports, white papers, yearbooks of industry
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
    # 1. an English executive summary's key-findings bullets, a sentence broken mid-phrase across lines; stated
    #    2024-2030 CAGR (exact) and an "accounting for" share (exact); title years, a survey's count and answer,
    #    "a multibillion-dollar opportunity" and a running footer with page numbers expected nowhere
    dict(
        text=(
            "Edge AI Accelerators: Global Market Outlook 2025-2030\n"
            "Key findings\n"
            "• The global edge AI accelerator market reached $18.4 billion in 2024 and is forecast to\n"
            "reach $61.7 billion by 2030, a 2024-2030 CAGR of 22.3%.\n"
            "• Automotive was the largest end market at $5.9 billion, accounting for 32.1% of 2024\n"
            "spending; robotics remains a multibillion-dollar opportunity for the end of the decade.\n"
            "• Of the 412 hardware buyers we surveyed, 68% plan to raise edge budgets in 2025.\n"
            "Halvorsen Research | March 2025 | Page 3 of 48\n"
        ),
        obs=[
            ("Total", 2024, 18.4, "USD billion", "actual"),
            ("Total", 2030, 61.7, "USD billion", "estimate"),
            ("Automotive", 2024, 5.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
            ("share", 32.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.7/18.4)**(1/6)-1 = 3.35326**(1/6)-1 = 22.343% -> 22.3
            ("arithmetic", "exact"),    # 5.9/18.4 = 32.065% -> 32.1
        ],
    ),
    # 2. an English white-paper section: a sentence broken across a running footer (title + page number), a
    #    superscript footnote marker "€2.38 billion²" and a bracketed "[3]"; "rose 14.2%" is only reachable within
    #    rounding; a fourth quarter's figure, an operating margin and a headcount expected nowhere
    dict(
        text=(
            "2.3 Market size\n"
            "Spending on machine-vision software by European manufacturers came to €2.38 billion² in\n"
            "2023. It rose 14.2% to €2.71 billion in 2024, according to Castellane Partners[3], even\n"
            "Machine Vision in Europe — White Paper                                        14\n"
            "as hardware shipments slowed; fourth-quarter spending alone was €0.74 billion. Software\n"
            "vendors' operating margins averaged 24%. Castellane, which employs 140 analysts, expects\n"
            "the market to reach €3.5 billion in 2027.\n"
        ),
        obs=[
            ("Total", 2023, 2.38, "EUR billion", "actual"),
            ("Total", 2024, 2.71, "EUR billion", "actual"),
            ("Total", 2027, 3.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2.71/2.38-1 = 13.866% -> 13.9 != 14.2; bounds 2.705/2.385-1 = 13.417% .. 2.715/2.375-1 = 14.316%,
            # 14.2 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. an English regional split in prose under an exhibit caption and source line: three parts with their
    #    shares ("or 42%", "(26.3%)", "(19.7%)"), all exact; the consultancy's own revenue, "a quarter of" in words
    #    and a footer expected nowhere
    dict(
        text=(
            "Exhibit 6: Private wireless spending by region, 2024\n"
            "Source: Arlo Kessing & Co. analysis\n"
            "Enterprises worldwide spent $42.6 billion on private 5G and LTE networks in 2024. Asia-Pacific\n"
            "accounted for $17.9 billion of that, or 42%, North America for $11.2 billion (26.3%) and\n"
            "Europe for $8.4 billion (19.7%); the rest of the world made up the remainder. About a quarter\n"
            "of deployments sit in factories. Kessing's own wireless consulting revenue was $96 million.\n"
            "Page 22 of 64                                  Private Networks White Paper, 2nd edition\n"
        ),
        obs=[
            ("Total", 2024, 42.6, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 17.9, "USD billion", "actual"),
            ("North America", 2024, 11.2, "USD billion", "actual"),
            ("Europe", 2024, 8.4, "USD billion", "actual"),
        ],
        claims=[
            ("share", 42.0, "percent", 2024, 2024, None),
            ("share", 26.3, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 17.9/42.6 = 42.019% -> 42
            ("arithmetic", "exact"),  # 11.2/42.6 = 26.291% -> 26.3
            ("arithmetic", "exact"),  # 8.4/42.6 = 19.718% -> 19.7
        ],
    ),
    # 4. an English dated news item on a report: "rose 38% last year to US$640 million, from US$520 million in
    #    2023" contradicted by its own amounts (inconsistent); "about US$0.9 billion this year" converted to the
    #    series' USD million; page count, an installer's revenue, a price target and its upside expected nowhere
    dict(
        text=(
            "SINGAPORE, 12 February 2025 — Spending on liquid cooling for data centres in Southeast Asia\n"
            "rose 38% last year to US$640 million, from US$520 million in 2023, says a 76-page report\n"
            "by Tembusu Insight. The consultancy expects about US$0.9 billion this year as hyperscale\n"
            "campuses in Johor and Batam come online. Koh Thermal, the region's largest installer, booked\n"
            "revenue of US$112 million in 2024; Marlin Securities raised its price target on the stock\n"
            "to S$8.40, implying 15% upside.\n"
        ),
        obs=[
            ("Total", 2023, 520, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2025, 900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 640/520-1 = 23.077%; bounds 639.5/520.5-1 = 22.86% .. 640.5/519.5-1 = 23.29% (even at +-5:
            # 635/525-1 = 20.95% .. 645/515-1 = 25.24%); 38 unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. an English investor-day transcript: the company's TAM is the market (Total), "$9 billion this year" an
    #    estimate; "roughly a 26% compound rate" with no span printed -> inferred, exact; quarterly revenue,
    #    headcount, a margin guide and a share target expected nowhere
    dict(
        text=(
            "Corvane Systems — Investor Day, 19 November 2024 (edited transcript)\n"
            "CFO Lena Marsh: We size the total addressable market for AI-driven network observability\n"
            "at $9 billion this year, and we think it gets to $23 billion by 2028, which is roughly a\n"
            "26% compound rate. Our own revenue was $212 million in the third quarter, and we now have\n"
            "1,850 employees. We are guiding to a 2025 operating margin of 18% and to taking 10% of\n"
            "that market by 2028.\n"
        ),
        obs=[
            ("Total", 2024, 9, "USD billion", "estimate"),
            ("Total", 2028, 23, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (23/9)**(1/4)-1 = 2.55556**0.25-1 = 26.436% -> 26
        ],
    ),
    # 6. a Simplified Chinese report section: "市场规模达到\n1,250亿元①" broken before the number, a running header and
    #    disclaimer between lines, a circled footnote marker and its note; 同比增长 (exact), 其中…占比 (exact), 突破
    #    2,000亿元 (printed figure) and 复合增长率约为17% (stated, exact)
    dict(
        text=(
            "三、市场规模与结构\n"
            "根据鼎衡产业研究院测算，2024年中国工业互联网平台市场规模达到\n"
            "1,250亿元①，较2023年的1,055亿元同比增长18.5%。其中，设备管理类应用规模为\n"
            "行业深度报告 | 第 12 页\n"
            "请务必阅读正文之后的免责声明\n"
            "410亿元，占比32.8%；研发设计类应用规模为286亿元。我们预计到2027年，市场规模将突破\n"
            "2,000亿元，2024-2027年复合增长率约为17%。\n"
            "① 含平台订阅、实施及运维服务收入。\n"
        ),
        obs=[
            ("Total", 2023, 1055, "CNY 100 million", "actual"),
            ("Total", 2024, 1250, "CNY 100 million", "actual"),
            ("Total", 2027, 2000, "CNY 100 million", "estimate"),
            ("设备管理类应用", 2024, 410, "CNY 100 million", "actual"),
            ("研发设计类应用", 2024, 286, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 32.8, "percent", 2024, 2024, None),
            ("cagr", 17.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250/1055-1 = 18.483% -> 18.5
            ("arithmetic", "exact"),    # 410/1250 = 32.8%
            ("cagr|implied", "exact"),  # (2000/1250)**(1/3)-1 = 1.6**(1/3)-1 = 16.961% -> 17
        ],
    ),
    # 7. Simplified Chinese bullets under a report date and analyst line: a series opening in 亿元 with later 万亿元
    #    figures (1.02万亿 -> 10200, 1.6万亿 -> 16000); 同比增长18.0% only within rounding; stated CAGR exact;
    #    万亿级, the company's own revenue and a gross margin expected nowhere
    dict(
        text=(
            "报告日期：2024年6月20日    分析师：沈亦舟\n"
            "● 2022年我国数据中心市场规模为8,630亿元，2023年增至1.02万亿元，同比增长18.0%，\n"
            "正式迈入万亿级市场。\n"
            "● 预计2026年市场规模将达到1.6万亿元，2023-2026年复合增长率为16.2%。\n"
            "● 公司2023年实现营业收入52.3亿元，IDC业务毛利率31.4%。\n"
        ),
        obs=[
            ("Total", 2022, 8630, "CNY 100 million", "actual"),
            ("Total", 2023, 10200, "CNY 100 million", "actual"),
            ("Total", 2026, 16000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2022, 2023, 1.0),
            ("cagr", 16.2, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            # 10200/8630-1 = 18.192% -> 18.2 != 18.0; bounds (1.015万亿) 10150/8630.5-1 = 17.606% ..
            # (1.025万亿) 10250/8629.5-1 = 18.779%; 18.0 inside -> rounding
            ("cagr|implied", "rounding"),
            # (16000/10200)**(1/3)-1 = 1.568627**(1/3)-1 = 16.191% -> 16.2
            ("cagr|implied", "exact"),
        ],
    ),
    # 8. Simplified Chinese key view: "约为27.6亿元" (printed figure), "较2021年增长3倍" a multiple x3 over 3 years (no
    #    verdict), a 2025 forecast, a stated 2025-2030 CAGR with no 2030 amount (no verdict); a count of firms,
    #    千亿级 and a "第 3 页 / 共 41 页" footer expected nowhere
    dict(
        text=(
            "人形机器人行业专题报告（2025年4月）\n"
            "核心观点：2024年我国人形机器人市场规模约为27.6亿元，较2021年增长3倍，国内已有\n"
            "超过120家企业布局整机或核心零部件。我们预计2025年市场规模将达到53.0亿元，\n"
            "2025-2030年复合增长率有望超过60%，2030年前后有望形成千亿级市场。\n"
            "风险提示：技术迭代不及预期；下游需求不及预期。      第 3 页 / 共 41 页\n"
        ),
        obs=[
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2025, 53.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
            ("cagr", 60.0, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[],
    ),
    # 9. Simplified Chinese prose: 2021's and 2024's amounts in separate sentences and "年均复合增长率42.3%[12]"
    #    with no span printed -> inferred, exact (42.253%); a figure caption with no data, 约为七成 in words and a
    #    quarter's 环比 rate expected nowhere
    dict(
        text=(
            "AI服务器：算力投资的核心载体\n"
            "2021年，中国AI服务器市场规模为412亿元，彼时需求主要来自互联网头部厂商。随着大模型\n"
            "训练与推理需求爆发，2024年市场规模达到1,186亿元，年均复合增长率42.3%[12]。分厂商看，前\n"
            "三家厂商合计份额约为七成；从季度看，2024年第四季度出货额环比增长21%。\n"
            "图表 14：AI服务器出货结构（按加速卡类型）\n"
        ),
        obs=[
            ("Total", 2021, 412, "CNY 100 million", "actual"),
            ("Total", 2024, 1186, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 42.3, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1186/412)**(1/3)-1 = 2.878641**(1/3)-1 = 42.253% -> 42.3
        ],
    ),
    # 10. Simplified Chinese prose above a source line: "较上年的121亿元增长41.2%" contradicted by 186/121
    #     (inconsistent); 其中车载激光雷达 占比79.6% (exact); a penetration rate and 个百分点 expected nowhere
    dict(
        text=(
            "2024年国内激光雷达市场规模为186亿元，较上年的121亿元增长41.2%；其中车载激光雷达\n"
            "148亿元，占比79.6%。乘用车前装激光雷达渗透率提升至8.5%，较上年提升6.3个百分点。\n"
            "资料来源：盛屿智库，华拓证券研究所整理\n"
        ),
        obs=[
            ("Total", 2023, 121, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("车载激光雷达", 2024, 148, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("share", 79.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 186/121-1 = 53.719%; bounds 185.5/121.5-1 = 52.675% .. 186.5/120.5-1 = 54.772%; 41.2 -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 148/186 = 79.570% -> 79.6
        ],
    ),
    # 11. Traditional Chinese (Taiwan) dated release: 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate) in 新台幣億元;
    #     two year-on-year rates, both exact; an analyst's name, 兩成/三成 in words and a page count nowhere
    dict(
        text=(
            "臺北，2025年5月8日 — 海峰產業研究院今（8）日發布報告指出，去年台灣先進封裝設備產值達新台幣\n"
            "1,480億元，較前年的1,170億元成長26.5%；今年在先進封裝擴產帶動下，預估可望再成長23.0%，\n"
            "達到新台幣1,820億元。該院資深分析師林冠廷表示，設備自製比率已由兩成提升至三成。\n"
            "報告全文共128頁。\n"
        ),
        obs=[
            ("Total", 2023, 1170, "TWD 100 million", "actual"),
            ("Total", 2024, 1480, "TWD 100 million", "actual"),
            ("Total", 2025, 1820, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1480/1170-1 = 26.496% -> 26.5
            ("cagr|implied", "exact"),  # 1820/1480-1 = 22.973% -> 23.0
        ],
    ),
    # 12. Traditional Chinese (Hong Kong) broker report in 億港元: 按年增長12.4% only within rounding, a stated
    #     2021-2024 複合年增長率 exact; a broker footer, a target price with its upside and the company's own
    #     revenue (4.86億港元) expected nowhere
    dict(
        text=(
            "【行業研究】香港公共雲服務：穩中有進\n"
            "據港灣數碼研究所估算，本港公共雲服務市場規模由2021年的123億港元，擴大至2023年的\n"
            "165億港元；2024年進一步增至186億港元，按年增長12.4%，2021至2024年複合年增長率為14.8%。\n"
            "證券研究報告 第7頁 請參閱最後一頁之重要披露\n"
            "我們重申雲端服務商天衡數科「買入」評級，目標價48.5港元，較現價有16%上升空間；集團\n"
            "去年雲業務收入為4.86億港元。\n"
        ),
        obs=[
            ("Total", 2021, 123, "HKD 100 million", "actual"),
            ("Total", 2023, 165, "HKD 100 million", "actual"),
            ("Total", 2024, 186, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("cagr", 14.8, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # 186/165-1 = 12.727% -> 12.7 != 12.4; bounds 185.5/165.5-1 = 12.085% .. 186.5/164.5-1 = 13.374%;
            # 12.4 inside -> rounding
            ("cagr|implied", "rounding"),
            # (186/123)**(1/3)-1 = 1.512195**(1/3)-1 = 14.781% -> 14.8
            ("cagr|implied", "exact"),
        ],
    ),
    # 13. Traditional Chinese (Taiwan) forecast section: 2024 actual with a "[註3]" marker, 2025 預估 with 年增58.6%
    #     (exact), and a 2026 range 介於…至…之間 giving two value claims; the footer's report month and page nowhere
    dict(
        text=(
            "二、市場規模預測\n"
            "根據宏策顧問統計，2024年台灣AI伺服器市場規模為新台幣4,350億元[註3]。隨新一代平台\n"
            "放量，我們預估2025年可達新台幣6,900億元，年增58.6%；2026年則介於新台幣8,800億元至\n"
            "9,600億元之間。\n"
            "產業報告｜2025年1月｜第 9 頁\n"
            "註3：不含零組件及機櫃組裝費用。\n"
        ),
        obs=[
            ("Total", 2024, 4350, "TWD 100 million", "actual"),
            ("Total", 2025, 6900, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58.6, "percent", 2024, 2025, 1.0),
            ("value", 8800, "TWD 100 million", 2026, 2026, None),
            ("value", 9600, "TWD 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6900/4350-1 = 58.621% -> 58.6
        ],
    ),
    # 14. Traditional Chinese (Hong Kong broker) on the Greater Bay Area in 人民幣億元: 約463億元 (printed figure),
    #     其中深圳 佔比45.6% only within rounding, 廣州 a part without share, a 2027 forecast and a stated CAGR
    #     (exact); a rack count, 約為七成 and the analysts' names expected nowhere
    dict(
        text=(
            "粵港澳大灣區數據中心市場\n"
            "據灣研智庫數據，2024年大灣區數據中心市場規模約為人民幣463億元，其中深圳為212億元，\n"
            "佔比45.6%；廣州為128億元。區內機櫃總數已超過38萬架，上架率約為七成。預計至2027年，\n"
            "大灣區市場規模將達到人民幣720億元，2024-2027年複合增長率15.9%。\n"
            "（本報告由滙鼎證券研究部撰寫，分析師：何詠詩、梁志偉）\n"
        ),
        obs=[
            ("Total", 2024, 463, "CNY 100 million", "actual"),
            ("Total", 2027, 720, "CNY 100 million", "estimate"),
            ("深圳", 2024, 212, "CNY 100 million", "actual"),
            ("廣州", 2024, 128, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 45.6, "percent", 2024, 2024, None),
            ("cagr", 15.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 212/463 = 45.788% -> 45.8 != 45.6; bounds 211.5/463.5 = 45.631% .. 212.5/462.5 = 45.946%;
            # 45.6 reached at 45.631 -> rounding
            ("arithmetic", "rounding"),
            # (720/463)**(1/3)-1 = 1.555076**(1/3)-1 = 15.856% -> 15.9
            ("cagr|implied", "exact"),
        ],
    ),
    # 15. Traditional Chinese (Taiwan) white-paper summary bullets: 年增13.6% with no 2023 amount (no verdict), a
    #     stated 2024-2030 年複合成長率 (exact), 其中資安服務 占…約42% (exact at its precision); a survey's answers,
    #     明年 in the survey and the footer's title year and page expected nowhere
    dict(
        text=(
            "摘要\n"
            "■ 2024年台灣資安產業產值達新台幣958億元，年增13.6%；預估2030年將成長至新台幣2,156億元，\n"
            "2024-2030年年複合成長率達14.5%。\n"
            "■ 其中資安服務產值為新台幣401億元，占整體產值約42%。\n"
            "■ 受訪企業中有63%表示明年將增加資安預算，平均增幅為12%。\n"
            "台灣資安產業白皮書 2025 ｜ 4\n"
        ),
        obs=[
            ("Total", 2024, 958, "TWD 100 million", "actual"),
            ("Total", 2030, 2156, "TWD 100 million", "estimate"),
            ("資安服務", 2024, 401, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
            ("cagr", 14.5, "percent", 2024, 2030, None, "stated"),
            ("share", 42.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2156/958)**(1/6)-1 = 2.250522**(1/6)-1 = 14.476% -> 14.5
            ("arithmetic", "exact"),    # 401/958 = 41.858% -> 42
        ],
    ),
    # 16. a Simplified Chinese space-aligned table as pdftotext prints it: caption, unit line 单位：亿元, year columns
    #     with E years, four segment rows and no total row, source line; a stated 2022-2025E CAGR of one row (exact);
    #     a quarter's figure below expected nowhere
    dict(
        text=(
            "图表 21：2022-2025E年中国智能座舱市场规模拆分\n"
            "单位：亿元\n"
            "                     2022      2023      2024E     2025E\n"
            "座舱域控制器            96       138       187       246\n"
            "智能座舱显示屏         412       468       531       590\n"
            "HUD                     38        61        89       124\n"
            "座舱软件               104       133       171       215\n"
            "资料来源：汇川汽车研究院，华拓证券研究所整理（报告日期：2024年9月）\n"
            "座舱软件2022-2025E年复合增速达27.4%，2024年第二季度单季规模约为41亿元。\n"
        ),
        obs=[
            ("座舱域控制器", 2022, 96, "CNY 100 million", "actual"),
            ("座舱域控制器", 2023, 138, "CNY 100 million", "actual"),
            ("座舱域控制器", 2024, 187, "CNY 100 million", "estimate"),
            ("座舱域控制器", 2025, 246, "CNY 100 million", "estimate"),
            ("智能座舱显示屏", 2022, 412, "CNY 100 million", "actual"),
            ("智能座舱显示屏", 2023, 468, "CNY 100 million", "actual"),
            ("智能座舱显示屏", 2024, 531, "CNY 100 million", "estimate"),
            ("智能座舱显示屏", 2025, 590, "CNY 100 million", "estimate"),
            ("HUD", 2022, 38, "CNY 100 million", "actual"),
            ("HUD", 2023, 61, "CNY 100 million", "actual"),
            ("HUD", 2024, 89, "CNY 100 million", "estimate"),
            ("HUD", 2025, 124, "CNY 100 million", "estimate"),
            ("座舱软件", 2022, 104, "CNY 100 million", "actual"),
            ("座舱软件", 2023, 133, "CNY 100 million", "actual"),
            ("座舱软件", 2024, 171, "CNY 100 million", "estimate"),
            ("座舱软件", 2025, 215, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.4, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (215/104)**(1/3)-1 = 2.067308**(1/3)-1 = 27.390% -> 27.4
        ],
    ),
    # 17. a Simplified Chinese vertical table (rows are years, 2024E/2025E estimates) whose two value columns are
    #     headed 乘用车 and 商用车, under a unit line, with a source line carrying the report date; a stated CAGR
    #     of the 乘用车 column below (exact)
    dict(
        text=(
            "图表 9：中国智能驾驶域控制器市场规模（按车型）\n"
            "单位：亿元\n"
            "年份        乘用车      商用车\n"
            "2021         86.4        7.2\n"
            "2022        142.0       10.9\n"
            "2023        218.5       15.3\n"
            "2024E       312.8       21.0\n"
            "2025E       430.6       27.4\n"
            "资料来源：驰研智库，申衡证券研究所整理（报告日期：2024年3月）\n"
            "乘用车域控制器市场2021-2025年复合增长率预计达49.4%。\n"
        ),
        obs=[
            ("乘用车", 2021, 86.4, "CNY 100 million", "actual"),
            ("乘用车", 2022, 142.0, "CNY 100 million", "actual"),
            ("乘用车", 2023, 218.5, "CNY 100 million", "actual"),
            ("乘用车", 2024, 312.8, "CNY 100 million", "estimate"),
            ("乘用车", 2025, 430.6, "CNY 100 million", "estimate"),
            ("商用车", 2021, 7.2, "CNY 100 million", "actual"),
            ("商用车", 2022, 10.9, "CNY 100 million", "actual"),
            ("商用车", 2023, 15.3, "CNY 100 million", "actual"),
            ("商用车", 2024, 21.0, "CNY 100 million", "estimate"),
            ("商用车", 2025, 27.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 49.4, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (430.6/86.4)**(1/4)-1 = 4.983796**0.25-1 = 49.414% -> 49.4
        ],
    ),
    # 18. a Simplified Chinese chart left as rows of numbers: caption with its unit (亿元), a row of data labels
    #     above a row of year labels (E years), a source line, then a stated 2023-2027E CAGR (exact); 约两成 in words
    #     and the page header expected nowhere
    dict(
        text=(
            "图表 7：2020-2027E年中国工业软件市场规模（亿元）\n"
            "  2,974   3,342   3,810   4,326   4,870   5,512   6,230   7,015\n"
            "  2020    2021    2022    2023    2024E   2025E   2026E   2027E\n"
            "资料来源：启衡研究院，华拓证券研究所整理\n"
            "工业软件市场规模2023-2027E年复合增长率约为12.8%，其中研发设计类软件占比约两成。\n"
            "行业深度报告 | 第 18 页\n"
        ),
        obs=[
            ("Total", 2020, 2974, "CNY 100 million", "actual"),
            ("Total", 2021, 3342, "CNY 100 million", "actual"),
            ("Total", 2022, 3810, "CNY 100 million", "actual"),
            ("Total", 2023, 4326, "CNY 100 million", "actual"),
            ("Total", 2024, 4870, "CNY 100 million", "estimate"),
            ("Total", 2025, 5512, "CNY 100 million", "estimate"),
            ("Total", 2026, 6230, "CNY 100 million", "estimate"),
            ("Total", 2027, 7015, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.8, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7015/4326)**(1/4)-1 = 1.621590**0.25-1 = 12.846% -> 12.8
        ],
    ),
    # 19. an English space-aligned regional table (one 2024 column, unit in the caption) whose rows add to 10.6
    #     against a printed Total of 10.7 (hierarchy rounding), with prose around it: "grew 21% from $8.8 billion
    #     in 2023" only within rounding; the source line's "estimates" and the footer are no figures
    dict(
        text=(
            "Brightwater Analytics | Industrial IoT Platforms | May 2025\n"
            "The platform market grew 21% in 2024 from $8.8 billion in 2023, with every region expanding.\n"
            "Exhibit 3: Industrial IoT platform revenue by region, 2024 (US$ billion)\n"
            "Region                          2024\n"
            "North America                    4.1\n"
            "Europe                           2.9\n"
            "Asia Pacific                     3.0\n"
            "Rest of world                    0.6\n"
            "Total                           10.7\n"
            "Source: Brightwater Analytics estimates; figures may not sum due to rounding.\n"
        ),
        obs=[
            ("Total", 2023, 8.8, "USD billion", "actual"),
            ("Total", 2024, 10.7, "USD billion", "actual"),
            ("North America", 2024, 4.1, "USD billion", "actual"),
            ("Europe", 2024, 2.9, "USD billion", "actual"),
            ("Asia Pacific", 2024, 3.0, "USD billion", "actual"),
            ("Rest of world", 2024, 0.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 10.7/8.8-1 = 21.591% -> 22 != 21; bounds 10.65/8.85-1 = 20.339% .. 10.75/8.75-1 = 22.857%;
            # 21 inside -> rounding
            ("cagr|implied", "rounding"),
            # 4.1+2.9+3.0+0.6 = 10.6 != 10.7; bounds 10.4 .. 10.8 (each row +-0.05); 10.7 inside -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. a Traditional Chinese pipe table (rows are years, F years estimates) with a lone value column headed by
    #     its unit only (新台幣億元 -> Total) and a 年增率 column: three rates exact, the 2026F rate contradicted
    #     by its own amounts (inconsistent); the table number and source line are no figures
    dict(
        text=(
            "表 4：台灣智慧醫療市場規模\n"
            "| 年度 | 新台幣億元 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2022 | 412 | — |\n"
            "| 2023 | 468 | 13.6% |\n"
            "| 2024 | 539 | 15.2% |\n"
            "| 2025F | 627 | 16.3% |\n"
            "| 2026F | 731 | 18.6% |\n"
            "資料來源：鼎元國際研究中心；2025年起為預估值\n"
        ),
        obs=[
            ("Total", 2022, 412, "TWD 100 million", "actual"),
            ("Total", 2023, 468, "TWD 100 million", "actual"),
            ("Total", 2024, 539, "TWD 100 million", "actual"),
            ("Total", 2025, 627, "TWD 100 million", "estimate"),
            ("Total", 2026, 731, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2022, 2023, 1.0),
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("growth", 16.3, "percent", 2024, 2025, 1.0),
            ("growth", 18.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 468/412-1 = 13.592% -> 13.6
            ("cagr|implied", "exact"),         # 539/468-1 = 15.171% -> 15.2
            ("cagr|implied", "exact"),         # 627/539-1 = 16.327% -> 16.3
            # 731/627-1 = 16.587%; bounds 730.5/627.5-1 = 16.414% .. 731.5/626.5-1 = 16.760%; 18.6 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 21. English white paper, executive-summary bullets with a running header "Page 4 of 62", footnote marker
    #    "$8.6 billion¹", a stated 2024-2030 CAGR and a segment "accounting for $2.9 billion, or 33.7%";
    #    survey answer (61% of 318), percentage points, "multibillion-dollar opportunity", authors: nowhere
    dict(
        text=(
            "Edge Intelligence White Paper 2025                                  Page 4 of 62\n"
            "EXECUTIVE SUMMARY\n"
            "Key findings\n"
            "\u2022  The global market for edge AI accelerators reached $8.6 billion\u00b9 in 2024 and is\n"
            "   forecast to reach $31.2 billion by 2030, a compound annual growth rate of 24.0%\n"
            "   over 2024-2030.\n"
            "\u2022  Automotive remains the largest application, accounting for $2.9 billion, or 33.7%,\n"
            "   of 2024 spending.\n"
            "\u2022  61% of the 318 infrastructure leaders we surveyed plan to run inference at the edge\n"
            "   within two years, up 9 percentage points on last year's survey.\n"
            "\u2022  Industrial vision is a multibillion-dollar opportunity that remains under-served.\n"
            "\u00b9 Merchant silicon only; excludes accelerators designed in-house by hyperscalers.\n"
            "Prepared by Halcyon Ridge Partners \u2014 lead authors Dr. Maren Holt and Tobias Quade"
        ),
        obs=[
            ("Total", 2024, 8.6, "USD billion", "actual"),
            ("Total", 2030, 31.2, "USD billion", "estimate"),
            ("Automotive", 2024, 2.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
            ("share", 33.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31.2 / 8.6) ** (1/6) - 1 = 3.627907 ** (1/6) - 1 = 23.958% -> 24.0
            ("arithmetic", "exact"),   # 2.9 / 8.6 = 33.721% -> 33.7
        ],
    ),
    # 22. English prospectus "INDUSTRY OVERVIEW" sizing the issuer's industry in RMB: an inferred CAGR (years only
    #    from its amounts) and a stated one ("from 2024 to 2029"); a segment; the issuer's own revenue, headcount,
    #    the report fee "RMB650,000" and the page number "– 187 –" nowhere
    dict(
        text=(
            "                                INDUSTRY OVERVIEW\n"
            "According to the Kestrel Report, the market for industrial machine-vision software\n"
            "in China grew from RMB4.1 billion in 2019 to RMB9.8 billion in 2024, representing a\n"
            "CAGR of 19.0%, and is expected to reach RMB21.5 billion in 2029, at a CAGR of 17.0%\n"
            "from 2024 to 2029. Semiconductor and electronics inspection, the largest end-market,\n"
            "accounted for RMB3.6 billion in 2024. In the same year our revenue from machine-vision\n"
            "software was RMB386.2 million, and as of December 31, 2024 we had 1,140 full-time\n"
            "employees. We paid Kestrel a fee of RMB650,000 for the report, which we believe\n"
            "reflects market rates.\n"
            "                                   \u2013 187 \u2013"
        ),
        obs=[
            ("Total", 2019, 4.1, "CNY billion", "actual"),
            ("Total", 2024, 9.8, "CNY billion", "actual"),
            ("Total", 2029, 21.5, "CNY billion", "estimate"),
            ("Semiconductor and electronics inspection", 2024, 3.6, "CNY billion", "actual"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 17.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.8 / 4.1) ** (1/5) - 1 = 2.390244 ** 0.2 - 1 = 19.039% -> 19.0
            ("cagr|period", "exact"),  # (21.5 / 9.8) ** (1/5) - 1 = 2.193878 ** 0.2 - 1 = 17.015% -> 17.0
        ],
    ),
    # 23. English consultancy appendix (running header with page "37", footnote "£1.84 billion²"): parts of the
    #    market in prose with a share, a "four-year CAGR" (inferred) that its own amounts contradict; a second
    #    publisher's 2024 figure (£1.2 billion), a project margin, 44 vendors interviewed: nowhere
    dict(
        text=(
            "Thornbury Advisory | UK Smart Buildings Market Study | Confidential draft        37\n"
            "Appendix B \u2014 Market sizing results\n"
            "We size the UK market for smart-building software at \u00a31.84 billion\u00b2 in 2024, of\n"
            "which energy-management platforms accounted for \u00a30.71 billion, or 38.6%, and\n"
            "access-control software for \u00a30.46 billion. Our base case has the market reaching\n"
            "\u00a33.05 billion in 2028, a four-year CAGR of 15.5%. Fennick & Loy, using a narrower\n"
            "definition, puts the 2024 market at \u00a31.2 billion. Integrators in our sample earned a\n"
            "typical project margin of 18%, and we interviewed 44 vendors between May and July\n"
            "2025.\n"
            "\u00b2 Excludes hardware, installation labour and VAT."
        ),
        obs=[
            ("Total", 2024, 1.84, "GBP billion", "actual"),
            ("Total", 2028, 3.05, "GBP billion", "estimate"),
            ("Energy-management platforms", 2024, 0.71, "GBP billion", "actual"),
            ("Access-control software", 2024, 0.46, "GBP billion", "actual"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("cagr", 15.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),          # 0.71 / 1.84 = 38.587% -> 38.6
            ("cagr|period", "inconsistent"),  # (3.05 / 1.84) ** 0.25 - 1 = 13.467%; bounds (3.045/1.845) -> 13.344%,
                                              # (3.055/1.835) -> 13.591%; 15.5 is out of reach
        ],
    ),
    # 24. English statistical bulletin (bulletin number "07/2025", table reference "[T3.1]"): a year-on-year rate
    #    its two printed amounts contradict; a part of the market; counts of enterprises, employment, percentage
    #    points and a first-quarter figure nowhere
    dict(
        text=(
            "STATISTICAL BULLETIN 07/2025                     Digital Sector Accounts, 2024\n"
            "Nordvale Office for National Statistics                               Page 3\n"
            "Turnover in Nordvale's cybersecurity products and services market rose to\n"
            "EUR 2,430 million in 2024 [T3.1], up 11.8% on the EUR 2,210 million recorded in\n"
            "2023. Managed security services made up EUR 1,020 million of the total. The number\n"
            "of active enterprises grew to 1,315 and sector employment to 14,800, while the share\n"
            "of firms reporting a breach fell by 4.1 percentage points. First-quarter 2025\n"
            "turnover reached EUR 640 million."
        ),
        obs=[
            ("Total", 2024, 2430, "EUR million", "actual"),
            ("Total", 2023, 2210, "EUR million", "actual"),
            ("Managed security services", 2024, 1020, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 11.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 2430 / 2210 - 1 = 9.955%; bounds 2429.5/2210.5 -> 9.907%,
                                               # 2450.5/2209.5 -> 10.002%; 11.8 is out of reach
        ],
    ),
    # 25. English association yearbook in yen, fiscal years ("fiscal 2024" -> 2024): a rate exact only within
    #    rounding; members' expectation for fiscal 2025 an estimate; a member's orders and the count of
    #    respondents nowhere
    dict(
        text=(
            "Hoshigaoka Robot Industry Association \u2014 Yearbook FY2024                     p. 22\n"
            "Domestic sales of collaborative robots totalled \u00a5148.6 billion in fiscal 2024, up\n"
            "21.5% from \u00a5122.4 billion in fiscal 2023, according to the association's annual\n"
            "member survey. Members expect sales of \u00a5175 billion in fiscal 2025. Orders at the\n"
            "largest member, Sorami Kogyo, rose to \u00a531.5 billion, and 87 of the 112 member\n"
            "companies responded to the survey."
        ),
        obs=[
            ("Total", 2024, 148.6, "JPY billion", "actual"),
            ("Total", 2023, 122.4, "JPY billion", "actual"),
            ("Total", 2025, 175, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 148.6 / 122.4 - 1 = 21.405% -> 21.4, not 21.5; bounds
                                           # 168.55/122.45 -> 21.315%, 148.65/122.35 -> 21.496% (rounds to 21.5)
        ],
    ),
    # 26. Chinese (Simplified) broker's deep-dive table as pdftotext prints it: caption, unit line "单位：亿元",
    #    space-aligned year columns with E years, rows summing to a "合计" row, source line, running footer with
    #    page number and disclaimer; a stated 2023-2026 CAGR under the table
    dict(
        text=(
            "华岭证券 | 汽车行业深度报告                                        2024年6月\n"
            "表 3：2021-2026E 年中国智能座舱细分市场规模\n"
            "单位：亿元\n"
            "                   2021     2022     2023     2024E    2025E    2026E\n"
            "座舱域控制器        152      214      298      391      497      612\n"
            "智能仪表            186      223      259      292      321      348\n"
            "HUD                  38       61       95      138      186      240\n"
            "合计                376      498      652      821    1,004    1,200\n"
            "资料来源：睿途汽车研究院，华岭证券研究所整理\n"
            "    我们预计 2023-2026 年中国智能座舱市场规模年复合增长率为 22.5%，其中 HUD 增速最快。\n"
            "行业深度报告 | 第 15 页                              请务必阅读正文之后的免责声明"
        ),
        obs=[
            ("座舱域控制器", 2021, 152, "CNY 100 million", "actual"),
            ("座舱域控制器", 2022, 214, "CNY 100 million", "actual"),
            ("座舱域控制器", 2023, 298, "CNY 100 million", "actual"),
            ("座舱域控制器", 2024, 391, "CNY 100 million", "estimate"),
            ("座舱域控制器", 2025, 497, "CNY 100 million", "estimate"),
            ("座舱域控制器", 2026, 612, "CNY 100 million", "estimate"),
            ("智能仪表", 2021, 186, "CNY 100 million", "actual"),
            ("智能仪表", 2022, 223, "CNY 100 million", "actual"),
            ("智能仪表", 2023, 259, "CNY 100 million", "actual"),
            ("智能仪表", 2024, 292, "CNY 100 million", "estimate"),
            ("智能仪表", 2025, 321, "CNY 100 million", "estimate"),
            ("智能仪表", 2026, 348, "CNY 100 million", "estimate"),
            ("HUD", 2021, 38, "CNY 100 million", "actual"),
            ("HUD", 2022, 61, "CNY 100 million", "actual"),
            ("HUD", 2023, 95, "CNY 100 million", "actual"),
            ("HUD", 2024, 138, "CNY 100 million", "estimate"),
            ("HUD", 2025, 186, "CNY 100 million", "estimate"),
            ("HUD", 2026, 240, "CNY 100 million", "estimate"),
            ("合计", 2021, 376, "CNY 100 million", "actual"),
            ("合计", 2022, 498, "CNY 100 million", "actual"),
            ("合计", 2023, 652, "CNY 100 million", "actual"),
            ("合计", 2024, 821, "CNY 100 million", "estimate"),
            ("合计", 2025, 1004, "CNY 100 million", "estimate"),
            ("合计", 2026, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),    # 152+186+38=376; 214+223+61=498; 298+259+95=652; 391+292+138=821;
                                       # 497+321+186=1004; 612+348+240=1200
            ("cagr|period", "exact"),  # (1200 / 652) ** (1/3) - 1 = 1.840491 ** (1/3) - 1 = 22.549% -> 22.5
        ],
    ),
    # 27. Chinese (Simplified) vertical table, rows are years: a lone value column headed by its unit only ("亿元")
    #    is the Total; a 同比增速 column gives a year-on-year rate per row, one of them (35.0%) exact only within
    #    rounding; a penetration rate under the table nowhere
    dict(
        text=(
            "信和证券 | 数据中心液冷专题报告 | 2024年9月\n"
            "图表 12：2019-2025E 年中国数据中心液冷市场规模及增速\n"
            "年份          亿元        同比增速\n"
            "2019           64           \u2014\n"
            "2020           83         29.7%\n"
            "2021          112         35.0%\n"
            "2022          151         34.8%\n"
            "2023          205         35.8%\n"
            "2024E         276         34.6%\n"
            "2025E         368         33.3%\n"
            "资料来源：中瀚数据研究中心，信和证券研究所\n"
            "注：2024E、2025E 为预测值。液冷在新建智算中心中的渗透率由 2021 年的约 5%提升至 2023 年的约 12%。"
        ),
        obs=[
            ("Total", 2019, 64, "CNY 100 million", "actual"),
            ("Total", 2020, 83, "CNY 100 million", "actual"),
            ("Total", 2021, 112, "CNY 100 million", "actual"),
            ("Total", 2022, 151, "CNY 100 million", "actual"),
            ("Total", 2023, 205, "CNY 100 million", "actual"),
            ("Total", 2024, 276, "CNY 100 million", "estimate"),
            ("Total", 2025, 368, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.7, "percent", 2019, 2020, 1.0),
            ("growth", 35.0, "percent", 2020, 2021, 1.0),
            ("growth", 34.8, "percent", 2021, 2022, 1.0),
            ("growth", 35.8, "percent", 2022, 2023, 1.0),
            ("growth", 34.6, "percent", 2023, 2024, 1.0),
            ("growth", 33.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 83 / 64 - 1 = 29.688% -> 29.7
            ("cagr|implied", "rounding"),  # 112 / 83 - 1 = 34.940% -> 34.9, not 35.0; bounds 111.5/83.5 -> 33.533%,
                                           # 132.5/82.5 -> 36.364%: 35.0 reachable
            ("cagr|implied", "exact"),     # 151 / 112 - 1 = 34.821% -> 34.8
            ("cagr|implied", "exact"),     # 205 / 151 - 1 = 35.762% -> 35.8
            ("cagr|implied", "exact"),     # 276 / 205 - 1 = 34.634% -> 34.6
            ("cagr|implied", "exact"),     # 368 / 276 - 1 = 33.333% -> 33.3
        ],
    ),
    # 28. Traditional Chinese (Taiwan) research institute's table: "單位：新台幣億元", rows by sector summing to
    #    "合計", a 2025F column, source and note lines, page header; a year-on-year rate in prose under it
    dict(
        text=(
            "台灣電子產業研究所　2025年5月　　　　　　　　　　　　　　　　第 6 頁\n"
            "表二　台灣半導體產業產值（2022-2025F）\n"
            "單位：新台幣億元\n"
            "產業別           2022       2023       2024      2025F\n"
            "IC設計          12,320     10,954     13,478     15,650\n"
            "晶圓代工        26,780     25,022     29,866     34,120\n"
            "記憶體製造       3,680      2,312      2,945      3,310\n"
            "封裝測試         6,910      6,240      6,689      7,160\n"
            "合計            49,690     44,528     52,978     60,240\n"
            "資料來源：台灣電子產業研究所（TEIR），2025年5月\n"
            "註：2025F為預估值。\n"
            "2024年產值年增19.0%，主要受惠於先進製程與AI晶片需求。"
        ),
        obs=[
            ("IC設計", 2022, 12320, "TWD 100 million", "actual"),
            ("IC設計", 2023, 10954, "TWD 100 million", "actual"),
            ("IC設計", 2024, 13478, "TWD 100 million", "actual"),
            ("IC設計", 2025, 15650, "TWD 100 million", "estimate"),
            ("晶圓代工", 2022, 26780, "TWD 100 million", "actual"),
            ("晶圓代工", 2023, 25022, "TWD 100 million", "actual"),
            ("晶圓代工", 2024, 29866, "TWD 100 million", "actual"),
            ("晶圓代工", 2025, 34120, "TWD 100 million", "estimate"),
            ("記憶體製造", 2022, 3680, "TWD 100 million", "actual"),
            ("記憶體製造", 2023, 2312, "TWD 100 million", "actual"),
            ("記憶體製造", 2024, 2945, "TWD 100 million", "actual"),
            ("記憶體製造", 2025, 3310, "TWD 100 million", "estimate"),
            ("封裝測試", 2022, 6910, "TWD 100 million", "actual"),
            ("封裝測試", 2023, 6240, "TWD 100 million", "actual"),
            ("封裝測試", 2024, 6689, "TWD 100 million", "actual"),
            ("封裝測試", 2025, 7160, "TWD 100 million", "estimate"),
            ("合計", 2022, 49690, "TWD 100 million", "actual"),
            ("合計", 2023, 44528, "TWD 100 million", "actual"),
            ("合計", 2024, 52978, "TWD 100 million", "actual"),
            ("合計", 2025, 60240, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 12320+26780+3680+6910=49690; 10954+25022+2312+6240=44528;
                                        # 13478+29866+2945+6689=52978; 15650+34120+3310+7160=60240
            ("cagr|implied", "exact"),  # 52978 / 44528 - 1 = 18.977% -> 19.0
        ],
    ),
    # 29. English pipe table with a caption giving its unit "(USD million)", regions summing to a Total row, a 2028F
    #    column, a running header "Page 21 of 60", a source line; a stated 2024-2028 CAGR below; a fourth-quarter
    #    figure and a count of sites nowhere
    dict(
        text=(
            "Larkspur Analytics | Private Networks Outlook | March 2025          Page 21 of 60\n"
            "Exhibit 4: Private 5G network spending by region, 2023-2028F (USD million)\n"
            "| Region        | 2023  | 2024  | 2028F  |\n"
            "|---------------|-------|-------|--------|\n"
            "| North America | 1,140 | 1,520 | 4,310  |\n"
            "| Europe        |   860 | 1,090 | 3,240  |\n"
            "| Asia-Pacific  | 1,310 | 1,830 | 6,050  |\n"
            "| Rest of world |   190 |   260 |   900  |\n"
            "| Total         | 3,500 | 4,700 | 14,500 |\n"
            "Source: Larkspur Analytics estimates.\n"
            "Spending is forecast to rise at a 2024-2028 CAGR of 32.5%. Fourth-quarter 2024\n"
            "spending alone was USD 1,410 million, spread across the 2,300 enterprise sites we track."
        ),
        obs=[
            ("North America", 2023, 1140, "USD million", "actual"),
            ("North America", 2024, 1520, "USD million", "actual"),
            ("North America", 2028, 4310, "USD million", "estimate"),
            ("Europe", 2023, 860, "USD million", "actual"),
            ("Europe", 2024, 1090, "USD million", "actual"),
            ("Europe", 2028, 3240, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 1310, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1830, "USD million", "actual"),
            ("Asia-Pacific", 2028, 6050, "USD million", "estimate"),
            ("Rest of world", 2023, 190, "USD million", "actual"),
            ("Rest of world", 2024, 260, "USD million", "actual"),
            ("Rest of world", 2028, 900, "USD million", "estimate"),
            ("Total", 2023, 3500, "USD million", "actual"),
            ("Total", 2024, 4700, "USD million", "actual"),
            ("Total", 2028, 14500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 32.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),    # 1140+860+1310+190=3500; 1520+1090+1830+260=4700; 4310+3240+6050+900=14500
            ("cagr|period", "exact"),  # (14500 / 4700) ** 0.25 - 1 = 3.085106 ** 0.25 - 1 = 32.531% -> 32.5
        ],
    ),
    # 30. English tab-separated vertical table (rows are years, "2025e"), unit line "EUR million" above, columns
    #     Public cloud + Hosted private = Total; a year-on-year rate and a share in prose below; the consultancy's
    #     own billings nowhere
    dict(
        text=(
            "Table 7.2  Cloud contact-centre software revenue in the Benelux, by deployment model\n"
            "EUR million\n"
            "Year\tPublic cloud\tHosted private\tTotal\n"
            "2021\t412\t188\t600\n"
            "2022\t538\t201\t739\n"
            "2023\t671\t209\t880\n"
            "2024\t815\t214\t1,029\n"
            "2025e\t978\t219\t1,197\n"
            "Source: Halvorsen Group estimates; e = estimate.\n"
            "Total revenue grew 16.9% in 2024, with public cloud accounting for 79.2% of it. Halvorsen's own\n"
            "contact-centre practice billed EUR 96 million in 2024."
        ),
        obs=[
            ("Public cloud", 2021, 412, "EUR million", "actual"),
            ("Public cloud", 2022, 538, "EUR million", "actual"),
            ("Public cloud", 2023, 671, "EUR million", "actual"),
            ("Public cloud", 2024, 815, "EUR million", "actual"),
            ("Public cloud", 2025, 978, "EUR million", "estimate"),
            ("Hosted private", 2021, 188, "EUR million", "actual"),
            ("Hosted private", 2022, 201, "EUR million", "actual"),
            ("Hosted private", 2023, 209, "EUR million", "actual"),
            ("Hosted private", 2024, 214, "EUR million", "actual"),
            ("Hosted private", 2025, 219, "EUR million", "estimate"),
            ("Total", 2021, 600, "EUR million", "actual"),
            ("Total", 2022, 739, "EUR million", "actual"),
            ("Total", 2023, 880, "EUR million", "actual"),
            ("Total", 2024, 1029, "EUR million", "actual"),
            ("Total", 2025, 1197, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 16.9, "percent", 2023, 2024, 1.0),
            ("share", 79.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 412+188=600; 538+201=739; 671+209=880; 815+214=1029; 978+219=1197
            ("cagr|implied", "exact"),  # 1029 / 880 - 1 = 16.932% -> 16.9
            ("arithmetic", "exact"),    # 815 / 1029 = 79.203% -> 79.2
        ],
    ),
    # 31. Chinese (Simplified) broker deep-dive: the sentence breaks after "市场规模达到" and a running header,
    #     page number and disclaimer fall between "其中研发设计类软件" and "规模为 512 亿元"; footnote "亿元①";
    #     "2024-\n2027 年 CAGR" split across lines; penetration rates, 千亿级, analyst and licence number nowhere
    dict(
        text=(
            "计算机行业 | 工业软件行业深度报告                                 2025年3月18日\n"
            "    根据我们的测算，2024 年我国工业软件市场规模达到\n"
            "2,940 亿元①，同比增长 12.6%（2023 年为 2,611 亿元），其中研发设计类软件\n"
            "行业深度报告 | 第 12 页\n"
            "请务必阅读正文之后的免责声明\n"
            "规模为 512 亿元，占比 17.4%。我们预计 2027 年市场规模将达到 4,150 亿元，2024-\n"
            "2027 年 CAGR 为 12.2%。当前研发设计类软件国产化率仅约 30%，千亿级的替代空间正在打开。\n"
            "① 含研发设计、生产控制、经营管理三大类，不含嵌入式软件。\n"
            "分析师：周岚  执业证书编号：S0560523080002"
        ),
        obs=[
            ("Total", 2024, 2940, "CNY 100 million", "actual"),
            ("Total", 2023, 2611, "CNY 100 million", "actual"),
            ("Total", 2027, 4150, "CNY 100 million", "estimate"),
            ("研发设计类软件", 2024, 512, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
            ("share", 17.4, "percent", 2024, 2024, None),
            ("cagr", 12.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2940 / 2611 - 1 = 12.601% -> 12.6
            ("arithmetic", "exact"),    # 512 / 2940 = 17.415% -> 17.4
            ("cagr|period", "exact"),   # (4150 / 2940) ** (1/3) - 1 = 1.411565 ** (1/3) - 1 = 12.176% -> 12.2
        ],
    ),
    # 32. Chinese (Simplified) provincial white paper: a series opening in 亿元 and going on in 万亿元 (1.08万亿元
    #     expected as 10800, "超过 1.6 万亿元" as 16000); "突破 1 万亿元" superseded by the more precise 1.08万亿元;
    #     a share with no printed part; percentage points, rack counts, EFLOPS and the page "— 9 —" nowhere
    dict(
        text=(
            "《云岚省算力产业发展白皮书（2025年）》\n"
            "二、产业发展现状\n"
            "    （一）产业规模持续扩大。2022 年全省算力核心产业规模为 8,620 亿元，2023 年增至 9,480 亿元；"
            "2024 年首次突破 1 万亿元，达到 1.08 万亿元，同比增长 13.9%。其中，智能算力占比提升至 38.5%，"
            "较上年提高 6.2 个百分点。截至 2024 年底，全省在用数据中心标准机架达到 42 万架，算力总规模达到 "
            "25 EFLOPS。预计到 2027 年，全省算力核心产业规模将超过 1.6 万亿元。\n"
            "\u2014 9 \u2014"
        ),
        obs=[
            ("Total", 2022, 8620, "CNY 100 million", "actual"),
            ("Total", 2023, 9480, "CNY 100 million", "actual"),
            ("Total", 2024, 10800, "CNY 100 million", "actual"),
            ("Total", 2027, 16000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10800 / 9480 - 1 = 13.924% -> 13.9
        ],
    ),
    # 33. Chinese (Simplified) chart: caption "图表 7：…（亿元）" with its data labels left as a row of numbers
    #     over a row of years (2024E), source line; prose above gives a stated 2019-2023 CAGR exact only within
    #     rounding and a year-on-year rate; page "第 9 页 / 共 41 页" and a device count nowhere
    dict(
        text=(
            "东岳证券 | 工业互联网行业专题报告 | 2024年8月                      第 9 页 / 共 41 页\n"
            "    赛联咨询数据显示，2019-2023 年我国工业互联网平台市场规模年均复合增速达 25.5%，\n"
            "预计 2024 年将达到 1,576 亿元，同比增长 24.3%。截至 2023 年底，重点平台连接设备超过\n"
            "9,600 万台。\n"
            "图表 7：2019-2024E 年中国工业互联网平台市场规模（亿元）\n"
            "   512        648        815       1,012      1,268      1,576\n"
            "  2019       2020       2021       2022       2023       2024E\n"
            "资料来源：赛联咨询，东岳证券研究所整理"
        ),
        obs=[
            ("Total", 2019, 512, "CNY 100 million", "actual"),
            ("Total", 2020, 648, "CNY 100 million", "actual"),
            ("Total", 2021, 815, "CNY 100 million", "actual"),
            ("Total", 2022, 1012, "CNY 100 million", "actual"),
            ("Total", 2023, 1268, "CNY 100 million", "actual"),
            ("Total", 2024, 1576, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.5, "percent", 2019, 2023, None, "stated"),
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (1268 / 512) ** 0.25 - 1 = 25.448% -> 25.4, not 25.5; bounds
                                          # 1287.5/512.5 -> 25.405%, 1268.5/511.5 -> 25.491% (rounds to 25.5)
            ("cagr|implied", "exact"),    # 1576 / 1268 - 1 = 24.290% -> 24.3
        ],
    ),
    # 34. Chinese (Simplified) prospectus 第五节 业务与技术: "由2019年的…增长至2023年的…，年复合增长率为30.9%"
    #     (inferred) and "2023年至2030年的年复合增长率为34.3%" (stated); a segment with 占比; the issuer's revenue
    #     in 万元 over the reporting period, an R&D staff ratio and the page "1-1-96" nowhere
    dict(
        text=(
            "                         第五节  业务与技术\n"
            "    根据卓析咨询的资料，中国手术机器人市场规模由 2019 年的 26.5 亿元增长至 2023 年的 77.9 亿元，"
            "年复合增长率为 30.9%，预计将于 2030 年进一步增长至 613.6 亿元，2023 年至 2030 年的年复合增长率为 "
            "34.3%。其中，腔镜手术机器人 2023 年的市场规模为 42.1 亿元，占比 54.0%。报告期内，公司营业收入"
            "分别为 8,215.33 万元、15,642.08 万元和 29,871.50 万元，研发人员占员工总数的比例为 41.2%。\n"
            "                                    1-1-96"
        ),
        obs=[
            ("Total", 2019, 26.5, "CNY 100 million", "actual"),
            ("Total", 2023, 77.9, "CNY 100 million", "actual"),
            ("Total", 2030, 613.6, "CNY 100 million", "estimate"),
            ("腔镜手术机器人", 2023, 42.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 30.9, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 34.3, "percent", 2023, 2030, None, "stated"),
            ("share", 54.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (77.9 / 26.5) ** 0.25 - 1 = 2.939623 ** 0.25 - 1 = 30.940% -> 30.9
            ("cagr|period", "exact"),  # (613.6 / 77.9) ** (1/7) - 1 = 7.876765 ** (1/7) - 1 = 34.292% -> 34.3
            ("arithmetic", "exact"),   # 42.1 / 77.9 = 54.044% -> 54.0
        ],
    ),
    # 35. Chinese (Simplified) provincial statistical communiqué: total with a rate whose base is not printed,
    #     three sub-sectors each with 占 N%; percentage points, firm count, employment (万人) and a first-quarter
    #     figure nowhere
    dict(
        text=(
            "江屿省 2024 年集成电路产业发展统计公报\n"
            "江屿省统计局  江屿省半导体行业协会                    2025 年 4 月 2 日\n"
            "    2024 年，全省集成电路产业实现销售收入 2,860 亿元，同比增长 14.2%，增速较上年提高 2.3 个百分点。"
            "分领域看，设计业销售收入 1,020 亿元，占全产业的 35.7%；制造业 1,105 亿元，占 38.6%；封装测试业 "
            "735 亿元，占 25.7%。年末全省规模以上集成电路企业 412 家，从业人员 9.6 万人。一季度，全产业实现"
            "销售收入 748 亿元。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("设计业", 2024, 1020, "CNY 100 million", "actual"),
            ("制造业", 2024, 1105, "CNY 100 million", "actual"),
            ("封装测试业", 2024, 735, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("share", 35.7, "percent", 2024, 2024, None),
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 25.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1020 / 2860 = 35.664% -> 35.7
            ("arithmetic", "exact"),  # 1105 / 2860 = 38.636% -> 38.6
            ("arithmetic", "exact"),  # 735 / 2860 = 25.699% -> 25.7
        ],
    ),
    # 36. Traditional Chinese (Taiwan) institute's annual report: 新台幣億元 series going on in 兆元 (1.52兆元 ->
    #     15200, "突破2兆元" -> 20000 estimate); "約7,300億元" at its printed figure with 占比; a listed company's
    #     revenue in 兆元 and a headcount nowhere
    dict(
        text=(
            "台灣伺服器產業年度報告　　　2025年4月　　　　　　　　　　　　　　第 8 頁\n"
            "　　據本中心統計，2023年台灣伺服器產業產值為新台幣9,850億元，2024年在AI伺服器出貨帶動下躍升至"
            "新台幣1.52兆元，年增54.3%。其中AI伺服器產值約7,300億元，占比48.0%。展望2025年，預估產值可望突破"
            "2兆元。另據財報，代工龍頭鴻騰精密2024年合併營收達新台幣6.2兆元，前五大代工廠合計員工數逾38萬人。\n"
            "資料來源：台灣產經資訊研究中心（TIRC）整理"
        ),
        obs=[
            ("Total", 2023, 9850, "TWD 100 million", "actual"),
            ("Total", 2024, 15200, "TWD 100 million", "actual"),
            ("Total", 2025, 20000, "TWD 100 million", "estimate"),
            ("AI伺服器", 2024, 7300, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 54.3, "percent", 2023, 2024, 1.0),
            ("share", 48.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15200 / 9850 - 1 = 54.315% -> 54.3
            ("arithmetic", "exact"),    # 7300 / 15200 = 48.026% -> 48.0
        ],
    ),
    # 37. Traditional Chinese (Hong Kong) broker report in 億港元: a stated 2023-2026 CAGR, a segment with 佔比,
    #     "約佔四成" (a fraction in words), the covered company's revenue in 億港元, rating, price target and upside
    #     nowhere
    dict(
        text=(
            "德信證券研究部｜香港數據中心行業深度報告｜2024年11月　　　　　頁 5/28\n"
            "　　我們估算，香港第三方數據中心託管市場規模由2021年的112億港元增至2023年的151億港元，預計2026年"
            "將達到236億港元，2023年至2026年複合年增長率為16.0%。其中，批發型託管2023年規模為88億港元，佔比"
            "58.3%，零售型託管約佔四成。覆蓋公司新港數據2023年收入為38.6億港元，我們維持「買入」評級，目標價"
            "42.5港元，較現價有23%上行空間。"
        ),
        obs=[
            ("Total", 2021, 112, "HKD 100 million", "actual"),
            ("Total", 2023, 151, "HKD 100 million", "actual"),
            ("Total", 2026, 236, "HKD 100 million", "estimate"),
            ("批發型託管", 2023, 88, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2023, 2026, None, "stated"),
            ("share", 58.3, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (236 / 151) ** (1/3) - 1 = 1.562914 ** (1/3) - 1 = 16.050% -> 16.0
                                       # (16.04997 < 16.05)
            ("arithmetic", "exact"),   # 88 / 151 = 58.278% -> 58.3
        ],
    ),
    # 38. Traditional Chinese (Taiwan) association yearbook (page "— 47 —"): 較2023年的…成長7.4%, two product
    #     segments with 佔 N%, the association's 2025 forecast with 年增; member counts and a survey answer (六成)
    #     nowhere
    dict(
        text=(
            "《2025台灣車用電子產業年鑑》　第三章　產業概況　　　　　　　　　　　\u2014 47 \u2014\n"
            "　　2024年台灣車用電子產值達新台幣3,118億元，較2023年的2,904億元成長7.4%。依產品別區分，"
            "車用半導體產值1,265億元，佔40.6%；車用面板與顯示模組642億元，佔20.6%；其餘為電源、連接器與感測"
            "模組。展望2025年，本會預估產值將成長至3,350億元，年增7.4%。會員廠商共計186家，回覆問卷者121家，"
            "其中六成表示將擴大海外產能。"
        ),
        obs=[
            ("Total", 2024, 3118, "TWD 100 million", "actual"),
            ("Total", 2023, 2904, "TWD 100 million", "actual"),
            ("Total", 2025, 3350, "TWD 100 million", "estimate"),
            ("車用半導體", 2024, 1265, "TWD 100 million", "actual"),
            ("車用面板與顯示模組", 2024, 642, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("share", 40.6, "percent", 2024, 2024, None),
            ("share", 20.6, "percent", 2024, 2024, None),
            ("growth", 7.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3118 / 2904 - 1 = 7.369% -> 7.4
            ("arithmetic", "exact"),    # 1265 / 3118 = 40.571% -> 40.6
            ("arithmetic", "exact"),    # 642 / 3118 = 20.590% -> 20.6
            ("cagr|implied", "exact"),  # 3350 / 3118 - 1 = 7.441% -> 7.4
        ],
    ),
    # 39. Traditional Chinese (Hong Kong) broker on a mainland market in 人民幣億元: "約為人民幣62億元" at its printed
    #     figure, a 按年增長30% exact only within rounding, a 2025 range (80億至95億元) as two value claims; station
    #     counts, a fourth-quarter figure, a company's nine-month revenue and a price target nowhere
    dict(
        text=(
            "信和資本研究｜中國新能源車服務業｜2025年1月15日\n"
            "　　據我們測算，2024年中國乘用車換電服務市場規模約為人民幣62億元，較2023年的48億元按年增長30%；"
            "我們預計2025年市場規模將達到人民幣80億至95億元。截至2024年底，全國換電站保有量為4,350座，第四季"
            "新增站點612座。覆蓋公司星馳能源2024年前三季收入為人民幣21.3億元，目標價每股18.6港元。"
        ),
        obs=[
            ("Total", 2024, 62, "CNY 100 million", "actual"),
            ("Total", 2023, 48, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("value", 80, "CNY 100 million", 2025, 2025, None),
            ("value", 95, "CNY 100 million", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 62 / 48 - 1 = 29.167% -> 29, not 30; bounds 61.5/48.5 -> 26.804%,
                                           # 82.5/47.5 -> 31.579%: 30 reachable
        ],
    ),
    # 40. Traditional Chinese (Taiwan) securities' panel report (dateline "2025/02/17"): a decline 年減11.6% that its
    #     own amounts contradict, a segment 佔整體21.3%, a 2025 forecast with 年增6.4%; utilisation rate and a
    #     fourth-quarter figure with 季增 nowhere
    dict(
        text=(
            "宏岳證券投顧｜面板產業深度報告｜2025/02/17\n"
            "　　2024年台灣顯示面板產業產值降至新台幣2,180億元，年減11.6%（2023年為2,480億元），主因電視面板"
            "報價下修、稼動率僅約75%。其中車用面板產值逆勢成長至新台幣465億元，佔整體21.3%。我們預估2025年"
            "產值將回升至2,320億元，年增6.4%。第四季產值為新台幣538億元，季增2.1%。"
        ),
        obs=[
            ("Total", 2024, 2180, "TWD 100 million", "actual"),
            ("Total", 2023, 2480, "TWD 100 million", "actual"),
            ("Total", 2025, 2320, "TWD 100 million", "estimate"),
            ("車用面板", 2024, 465, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", -11.6, "percent", 2023, 2024, 1.0),
            ("share", 21.3, "percent", 2024, 2024, None),
            ("growth", 6.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 2180 / 2480 - 1 = -12.097%; bounds 2179.5/2480.5 -> -12.135%,
                                               # 2200.5/2479.5 -> -12.059%; -11.6 is out of reach
            ("arithmetic", "exact"),           # 465 / 2180 = 21.330% -> 21.3
            ("cagr|implied", "exact"),         # 2320 / 2180 - 1 = 6.422% -> 6.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eightieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 12, 'inconsistent': 6, 'rounding': 10, 'exact': 65}
#: snippets in all, English prose, Chinese prose and tables (a PDF's lines read as a table's layout)
LAYOUT = (40, 7, 16, 17)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Page 3 of 48',
    'a 2024-2030 CAGR of 22.3%',
    '€2.38 billion² in\n2023',
    'according to Castellane Partners[3]',
    'accounted for $17.9 billion of that, or 42%',
    'expects about US$0.9 billion this year',
    'We size the total addressable market',
    '市场规模达到\n1,250亿元①',
    '行业深度报告 | 第 12 页',
    '2023年增至1.02万亿元',
    '较2021年增长3倍',
    '年均复合增长率42.3%[12]',
    '較前年的1,170億元成長26.5%',
    '按年增長12.4%',
    '介於新台幣8,800億元至\n9,600億元之間',
    '其中深圳為212億元，\n佔比45.6%',
    '年份        乘用车      商用车',
    '  2020    2021    2022    2023    2024E',
    'Total                           10.7',
    '| 年度 | 新台幣億元 | 年增率 |',
    '$8.6 billion¹ in 2024',
    'Page 4 of 62',
    'accounting for $2.9 billion, or 33.7%',
    'grew from RMB4.1 billion in 2019 to RMB9.8 billion in 2024',
    'a four-year CAGR of 15.5%',
    '¥148.6 billion in fiscal 2024',
    '单位：亿元',
    '年份          亿元        同比增速',
    '單位：新台幣億元',
    '| Total         | 3,500 | 4,700 | 14,500 |',
    'Year\tPublic cloud\tHosted private\tTotal',
    '市场规模达到\n2,940 亿元①',
    '行业深度报告 | 第 12 页',
    '达到 1.08 万亿元',
    '   512        648        815       1,012      1,268      1,576',
    '年复合增长率为 30.9%',
    '躍升至新台幣1.52兆元',
    '2023年至2026年複合年增長率為16.0%',
    '人民幣80億至95億元',
    '年減11.6%（2023年為2,480億元）',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 219 figures, 58 rates, 62
#: verdicts and 2 false inconsistent on the code before the readings chosen on the seventy-seventh and seventy-ninth
#: sets; 232, 58, 65 and 2 after them
FLOORS = {"figures_found": 243, "rates_found": 58, "verdicts_right": 71}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset80.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
