"""An eighty-eighth check set for the extractor, written blind: bilingual and translated market reports -- English versions of
Chinese reports as translators and machine translation render them ("The market scale reached 120 billion yuan, a
year-on-year increase of", "Unit: 100 million yuan", "RMB 1.2 trillion"), Chinese translations of English releases,
中英对照 paragraphs printing each figure twice, conversions in brackets ("about US$16.8 billion", 约合, 折合), full-width
digits in English text and Hong Kong's and Taiwan's bilingual releases -- and statistics offices, ministries and
regulators publishing figures of technology industries in English and Chinese: bulletins at current prices, "up 8.4
per cent on the previous year", revised and provisional figures, seasonally adjusted quarters beside years, indices,
percentage points and counts of enterprises as distractors, 比上年增长, 规模以上, 1-12月 as the whole year, and tables
with industry codes, a total row and footnotes.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. machine-translated Beijing release: "market scale ... reached 18.56 billion yuan ... (about US$2.61 billion),
    #    a year-on-year increase of 12.4%", stated 2023-2027 CAGR to "exceed 30 billion yuan"; the dollar
    #    conversion, the report's title year, the count of firms, "10 billion yuan level" and the translator's
    #    note are expected nowhere
    dict(
        text=(
            "BEIJING, March 18, 2024 -- According to the \"China Machine Vision Industry White Paper (2024)\" "
            "released by the Zhongke Ruishi Research Institute, the market scale of China's machine vision reached "
            "18.56 billion yuan in 2023 (about US$2.61 billion), a year-on-year increase of 12.4%, up from 16.51 "
            "billion yuan in 2022. The institute predicts that the market scale will exceed 30 billion yuan in 2027, "
            "and the compound annual growth rate from 2023 to 2027 will reach 12.8%. At present, more than 300 "
            "domestic enterprises have entered the field, and 3D vision has formed a \"10 billion yuan level\" "
            "opportunity. (Translator's note: \"market scale\" renders 市场规模, i.e. market size.)"
        ),
        obs=[
            ("Total", 2023, 18.56, "CNY billion", "actual"),
            ("Total", 2022, 16.51, "CNY billion", "actual"),
            ("Total", 2027, 30, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2022, 2023, 1.0),
            ("cagr", 12.8, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.56 / 16.51 - 1 = 12.417% -> 12.4
            ("cagr|implied", "exact"),  # (30 / 18.56) ** (1/4) - 1 = 12.755% -> 12.8
        ],
    ),
    # 2. Hong Kong bilingual release, English paragraph then its Traditional Chinese twin (中英對照): HK$486 million
    #    and 4.86億港元 are the same figure, expected once in the series' first unit (HKD million); "next year" from
    #    a 2024 dateline is 2025; the terminal maker's headcount, own revenue and price target are expected nowhere
    dict(
        text=(
            "HONG KONG, 12 June 2024 -- Hong Kong's market for smart payment terminals reached HK$486 million in "
            "2023, up 8.0% from HK$450 million in 2022, according to Victoria Harbour Fintech Research. "
            "香港，2024年6月12日——維港金融科技研究指出，2023年香港智能支付終端市場規模達4.86億港元，較2022年的4.5億港元增長8.0%。 "
            "The firm expects the market to reach HK$560 million next year. Kowloon PayTech, a terminal maker with "
            "320 employees, booked its own revenue of HK$92 million for 2023; Lion Rock Securities sets a price "
            "target of HK$12.50 on the stock, implying 18% upside."
        ),
        obs=[
            ("Total", 2023, 486, "HKD million", "actual"),
            ("Total", 2022, 450, "HKD million", "actual"),
            ("Total", 2025, 560, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 8.0, "percent", 2022, 2023, 1.0),  # printed in both languages: once
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 450 - 1 = 8.000% -> 8.0
        ],
    ),
    # 3. English summary of a Chinese report printed with full-width digits and punctuation ("１２０ billion yuan",
    #    "１５．０％"), stated 2023-2027 CAGR; percentage points and the analyst headcount are expected nowhere
    dict(
        text=(
            "SHENZHEN, ２０２４-０５-０９ -- In an English summary of its Chinese-language report, Pengcheng IoT "
            "Research said China's cellular IoT module market reached １２０ billion yuan in ２０２３ and is expected "
            "to reach ２１０ billion yuan in ２０２７, a compound annual growth rate of １５．０％ between ２０２３ and "
            "２０２７. Module makers' gross margin improved by １.８ percentage points last year, the summary added. "
            "The firm, which has ８６ analysts, did not disclose its own consulting revenue."
        ),
        obs=[
            ("Total", 2023, 120, "CNY billion", "actual"),
            ("Total", 2027, 210, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.0, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (210 / 120) ** (1/4) - 1 = 1.75 ** 0.25 - 1 = 15.016% -> 15.0
        ],
    ),
    # 4. machine-translated release whose year-on-year rate its own figures contradict; the fourth-quarter amount,
    #    the survey answer, the member count and the "ten billion yuan level" are expected nowhere
    dict(
        text=(
            "BEIJING, 26 February 2024 (machine translation) -- The scale of China's data annotation market was "
            "6.08 billion yuan in 2023, a year-on-year increase of 24.6%, compared with 5.02 billion yuan in 2022, "
            "the Zhongguancun Data Services Alliance said. The fourth quarter alone contributed 1.91 billion yuan. "
            "In the alliance's survey, 68% of respondents said demand from large-model training was their main "
            "driver. The alliance, which has 132 member companies, described multimodal annotation as a \"ten "
            "billion yuan level\" opportunity."
        ),
        obs=[
            ("Total", 2023, 6.08, "CNY billion", "actual"),
            ("Total", 2022, 5.02, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 6.08 / 5.02 - 1 = 21.116%; bounds 6.075/5.025 - 1 = 20.896% .. 6.085/5.015 - 1 = 21.336%:
            # 24.6 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. English transcript of a Mandarin earnings call: the TAM the company sizes is the market (Total),
    #    "CNY 12bn" / "CNY 45bn", "a 3.75x expansion in three years" as a multiple (no verdict); the company's own
    #    revenue, quarterly shipments, headcount and price target with upside are expected nowhere
    dict(
        text=(
            "HEFEI, 21 March 2024 -- Speaking on Qingyun Photonics' fourth-quarter earnings call, held in Mandarin "
            "with an English transcript supplied by the company, chief financial officer Fang Lirong said the total "
            "addressable market for automotive lidar in China would grow from CNY 12bn in 2023 to CNY 45bn in 2026, "
            "a 3.75x expansion in three years. Qingyun's own revenue for fiscal 2023 was CNY 1.34bn, and "
            "fourth-quarter shipments rose 61% sequentially. The company employs about 2,100 people. Harbour Ridge "
            "Securities kept a price target of US$9.80 on its shares, implying 27% upside."
        ),
        obs=[
            ("Total", 2023, 12, "CNY billion", "actual"),
            ("Total", 2026, 45, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.75, "multiple", 2023, 2026, 3.0),
        ],
        verdicts=[],
    ),
    # 6. English edition of a Chinese cloud report: series opens in billion yuan, so "exceed RMB 2.1 trillion" is
    #    expected as 2100 CNY billion; the stated "about 37% from 2023 to 2027" is reached only within rounding;
    #    the translator's gloss, respondent count and survey share are expected nowhere
    dict(
        text=(
            "GUANGZHOU, 9 April 2024 -- An English edition of the Lingnan Digital Economy Institute's annual cloud "
            "report, released today, says the market scale of China's public cloud reached 616.5 billion yuan in "
            "2023. The report expects it to exceed RMB 2.1 trillion by 2027, representing a compound annual growth "
            "rate of about 37% from 2023 to 2027. (\"Market scale\" is the translator's rendering of 市场规模.) The "
            "institute surveyed 1,450 enterprises, 58% of which plan to raise their cloud budgets this year."
        ),
        obs=[
            ("Total", 2023, 616.5, "CNY billion", "actual"),
            ("Total", 2027, 2100, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 37, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            # (2100 / 616.5) ** (1/4) - 1 = 35.854% -> 36, not 37; bounds (2050/616.55)**0.25 - 1 = 35.035% ..
            # (2150/616.45)**0.25 - 1 = 36.658% -> 37 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Taipei release in English with NT$ billion: "grew 9.3% last year to NT$82.4 billion" (2024 from a 2025
    #    dateline), a part with its share ("NT$31.3 billion, or 38% of the total"), "this year" forecast with a
    #    dollar conversion in brackets (expected nowhere); the poll answer is expected nowhere
    dict(
        text=(
            "TAIPEI, 15 January 2025 -- Taiwan's smart-factory software market grew 9.3% last year to NT$82.4 "
            "billion, from NT$75.4 billion in 2023, according to the English version of a report by Formosa Yuanhe "
            "Research (台灣元和研究). Domestic vendors took NT$31.3 billion, or 38% of the total. The firm forecasts "
            "NT$90 billion (about US$2.75 billion) this year. Forty-two percent of the manufacturers it polled said "
            "they would add AI-based quality inspection by 2026."
        ),
        obs=[
            ("Total", 2024, 82.4, "TWD billion", "actual"),
            ("Total", 2023, 75.4, "TWD billion", "actual"),
            ("Total", 2025, 90, "TWD billion", "estimate"),
            ("Domestic vendors", 2024, 31.3, "TWD billion", "actual"),
        ],
        claims=[
            ("growth", 9.3, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 82.4 / 75.4 - 1 = 9.284% -> 9.3
            ("arithmetic", "exact"),  # 31.3 / 82.4 = 37.985% -> 38
        ],
    ),
    # 8. English translation of a briefing with a glossary: "CNY 63.3bn" to "CNY 100bn" in 2026 with a CAGR whose
    #    span only the amounts give (inferred); the won figure, the glossary, the note number and the staff count
    #    are expected nowhere
    dict(
        text=(
            "An English translation of the Jinghua Security Alliance's 2024 market briefing puts China's "
            "cybersecurity market at CNY 63.3bn in 2023 and projects CNY 100bn in 2026, a compound annual growth "
            "rate of around 16.5%. By comparison, South Korea's market was estimated at about 4.3 trillion won. "
            "Glossary: \"yi\" (亿) = 100 million; \"wan yi\" (万亿) = one trillion; \"tongbi\" (同比) = year-on-year. "
            "Note 2: the figures exclude in-house security teams, which the alliance puts at roughly 180,000 staff."
        ),
        obs=[
            ("Total", 2023, 63.3, "CNY billion", "actual"),
            ("Total", 2026, 100, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (100 / 63.3) ** (1/3) - 1 = 16.466% -> 16.5
        ],
    ),
    # 9. Simplified Chinese translation of a London release: "预计到2030年将达到7,150亿元，2023年至2030年的年复合增长率为14.2%",
    #    the 约合…亿美元 conversion, "约为两成" share in words, analyst headcount and translator's disclaimer nowhere
    dict(
        text=(
            "【新闻稿中译】伦敦，2024年9月3日——英国咨询公司Ashcombe Analytics今日发布报告称，2023年中国工业软件市场规模为"
            "2,824亿元人民币（约合397亿美元），预计到2030年将达到7,150亿元，2023年至2030年的年复合增长率为14.2%。"
            "报告指出，研发设计类软件占比约为两成。该公司在全球拥有约450名分析师。（本文译自英文原稿，如有出入，以英文版为准。）"
        ),
        obs=[
            ("Total", 2023, 2824, "CNY 100 million", "actual"),
            ("Total", 2030, 7150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7150 / 2824) ** (1/7) - 1 = 14.192% -> 14.2
        ],
    ),
    # 10. Simplified Chinese report: series opens in 亿元, so "突破1.1万亿元" in 2025 is expected as 11000 CNY 100 million;
    #     同比增长 with both amounts; 百分点 and 千亿级 nowhere
    dict(
        text=(
            "据衡川智库2024年5月发布的报告，2023年我国数字政务市场规模为8,460亿元，同比增长11.6%，2022年为7,580亿元。"
            "增速较上年回落2.3个百分点。报告预计，2025年市场规模有望突破1.1万亿元，其中数据要素相关服务将成长为千亿级细分赛道。"
        ),
        obs=[
            ("Total", 2023, 8460, "CNY 100 million", "actual"),
            ("Total", 2022, 7580, "CNY 100 million", "actual"),
            ("Total", 2025, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.6, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8460 / 7580 - 1 = 11.609% -> 11.6
        ],
    ),
    # 11. Traditional Chinese (Taiwan) release in 新台幣億元: 成長16.7% with both amounts, 預估 2025 figure with a
    #     相當於…美元 conversion (nowhere); margin, survey answer and report number nowhere
    dict(
        text=(
            "臺北，2025年2月10日——瀚宇產業研究院今日發布中英對照版報告指出，2024年台灣資料中心市場規模達新台幣1,286億元，"
            "較2023年的1,102億元成長16.7%。該院預估，2025年市場將成長至新台幣1,520億元，相當於約46億美元。"
            "業者平均毛利率約23%；受訪企業中有61%表示今年將擴充機櫃。本報告為該院第14號產業報告。"
        ),
        obs=[
            ("Total", 2024, 1286, "TWD 100 million", "actual"),
            ("Total", 2023, 1102, "TWD 100 million", "actual"),
            ("Total", 2025, 1520, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1102 - 1 = 16.697% -> 16.7
        ],
    ),
    # 12. Traditional Chinese (Hong Kong) release in 億港元: 去年 / 前年 from a 2024 dateline, 按年上升9.0% that its own
    #     figures contradict, 今年 forecast an estimate; analyst headcount, price target and upside nowhere
    dict(
        text=(
            "香港，2024年11月5日——港灣數據顧問發表報告指，香港監管科技（RegTech）市場規模去年達38.6億港元，按年上升9.0%，"
            "前年則為35.2億港元。報告預計今年市場規模可達42億港元。報告由該公司約60名分析師編製；另有券商維持某上市監管科技商"
            "目標價48港元，潛在升幅約15%。"
        ),
        obs=[
            ("Total", 2023, 38.6, "HKD 100 million", "actual"),
            ("Total", 2022, 35.2, "HKD 100 million", "actual"),
            ("Total", 2024, 42, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.0, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 38.6 / 35.2 - 1 = 9.659%; bounds 38.55/35.25 - 1 = 9.362% .. 38.65/35.15 - 1 = 9.957%: 9.0 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Traditional Chinese (Taiwan) release: 由2021年的新台幣12億元擴大至2024年的48億元，較2021年增長3倍 (two amounts
    #     printed -> x4 over 3 years, no verdict); 有望突破100億元 in 2027 an estimate at its printed figure; 千億級 and
    #     the quarter's shipment growth nowhere
    dict(
        text=(
            "高雄，2025年3月20日——根據南台灣綠能研究中心發布的中文版新聞稿，台灣電動車充電樁市場規模由2021年的新台幣12億元，"
            "擴大至2024年的48億元，較2021年增長3倍。該中心預期，2027年市場規模有望突破100億元，但也提醒，換電服務要成為"
            "千億級產業仍言之過早。2024年第四季單季充電樁出貨量年增35%。"
        ),
        obs=[
            ("Total", 2021, 12, "TWD 100 million", "actual"),
            ("Total", 2024, 48, "TWD 100 million", "actual"),
            ("Total", 2027, 100, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增長3倍 between two printed amounts -> x4 (48 / 12 = 4)
        ],
        verdicts=[],
    ),
    # 14. Simplified Chinese release: 同比增长49.7% from 806亿元 to 1,206亿元, exact only within rounding; 预计 2024 figure
    #     "超过1,600亿元" an estimate at its printed figure; a company's revenue and the workforce nowhere
    dict(
        text=(
            "2024年3月，江屿半导体研究中心发布报告称，2023年我国AI芯片市场规模达到1,206亿元，较2022年的806亿元同比增长49.7%。"
            "报告预计，2024年市场规模将超过1,600亿元。其中，某头部企业2023年营业收入为71亿元，行业从业人员约4.2万人。"
        ),
        obs=[
            ("Total", 2023, 1206, "CNY 100 million", "actual"),
            ("Total", 2022, 806, "CNY 100 million", "actual"),
            ("Total", 2024, 1600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 49.7, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 1206 / 806 - 1 = 49.628% -> 49.6, not 49.7; bounds 1205.5/806.5 - 1 = 49.473% ..
            # 1206.5/805.5 - 1 = 49.783% -> 49.7 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Simplified Chinese translation of an English report: part and whole printed with its share (arithmetic),
    #     "2024—2029年年复合增长率为21%" stated; the approximate 约为39.5亿元 expected at its figure; penetration rate nowhere
    dict(
        text=(
            "（本文为美国Verity Bridge Research英文报告的中文译本）该机构2025年1月发布报告称，2024年中国协作机器人市场规模"
            "约为39.5亿元，其中国产厂商销售额为27.3亿元，占比69.1%。报告预计，到2029年市场规模将达到102亿元，2024—2029年"
            "年复合增长率为21%。报告同时指出，协作机器人在汽车零部件行业的渗透率仅为7%左右。"
        ),
        obs=[
            ("Total", 2024, 39.5, "CNY 100 million", "actual"),
            ("Total", 2029, 102, "CNY 100 million", "estimate"),
            ("国产厂商", 2024, 27.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 69.1, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 27.3 / 39.5 = 69.114% -> 69.1
            ("cagr|implied", "exact"),  # (102 / 39.5) ** (1/5) - 1 = 20.893% -> 21
        ],
    ),
    # 16. English pipe table translated from Chinese, "Unit: 100 million yuan", segment rows adding to a Total row,
    #     2024E column estimates; the table number and the exchange-rate line nowhere
    dict(
        text=(
            "Table 3 China smart security market by segment (English version; Unit: 100 million yuan)\n"
            "\n"
            "| Segment | 2022 | 2023 | 2024E |\n"
            "|---|---|---|---|\n"
            "| Hardware | 1,862.4 | 1,975.0 | 2,088.6 |\n"
            "| Software | 412.7 | 468.3 | 531.9 |\n"
            "| Services | 305.1 | 338.6 | 372.4 |\n"
            "| Total | 2,580.2 | 2,781.9 | 2,992.9 |\n"
            "\n"
            "Source: Xiling Security Research, translated from the Chinese original. US$1 = RMB 7.1."
        ),
        obs=[
            ("Hardware", 2022, 1862.4, "CNY 100 million", "actual"),
            ("Hardware", 2023, 1975.0, "CNY 100 million", "actual"),
            ("Hardware", 2024, 2088.6, "CNY 100 million", "estimate"),
            ("Software", 2022, 412.7, "CNY 100 million", "actual"),
            ("Software", 2023, 468.3, "CNY 100 million", "actual"),
            ("Software", 2024, 531.9, "CNY 100 million", "estimate"),
            ("Services", 2022, 305.1, "CNY 100 million", "actual"),
            ("Services", 2023, 338.6, "CNY 100 million", "actual"),
            ("Services", 2024, 372.4, "CNY 100 million", "estimate"),
            ("Total", 2022, 2580.2, "CNY 100 million", "actual"),
            ("Total", 2023, 2781.9, "CNY 100 million", "actual"),
            ("Total", 2024, 2992.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 1862.4 + 412.7 + 305.1 = 2580.2
            ("hierarchy", "exact"),  # 2023: 1975.0 + 468.3 + 338.6 = 2781.9
            ("hierarchy", "exact"),  # 2024E: 2088.6 + 531.9 + 372.4 = 2992.9
        ],
    ),
    # 17. Simplified Chinese tab-separated vertical table (rows are years), a lone value column headed by its unit
    #     only (亿元 -> Total), a 同比增长 column; the table number and title years nowhere
    dict(
        text=(
            "表2 2021-2024E年中国工业互联网平台市场规模\n"
            "年份\t亿元\t同比增长\n"
            "2021\t520.4\t-\n"
            "2022\t633.8\t21.8%\n"
            "2023\t781.1\t23.2%\n"
            "2024E\t952.0\t21.9%\n"
            "注：2024E为预测值。数据来源：启明川研究院。"
        ),
        obs=[
            ("Total", 2021, 520.4, "CNY 100 million", "actual"),
            ("Total", 2022, 633.8, "CNY 100 million", "actual"),
            ("Total", 2023, 781.1, "CNY 100 million", "actual"),
            ("Total", 2024, 952.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2021, 2022, 1.0),
            ("growth", 23.2, "percent", 2022, 2023, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 633.8 / 520.4 - 1 = 21.791% -> 21.8
            ("cagr|implied", "exact"),  # 781.1 / 633.8 - 1 = 23.241% -> 23.2
            ("cagr|implied", "exact"),  # 952.0 / 781.1 - 1 = 21.879% -> 21.9
        ],
    ),
    # 18. English space-aligned table from a Hong Kong bilingual release, "HK$ million", YoY column per row, a Total
    #     row that adds up exactly in 2023 and only within rounding in 2024
    dict(
        text=(
            "Hong Kong smart-building systems market (HK$ million) -- English table from the bilingual release of "
            "the Tsing Yi Property Tech Council, 3 March 2025\n"
            "\n"
            "Segment                 2023     2024     YoY\n"
            "Building automation    298.5    312.4    4.7%\n"
            "Access & security      190.2    205.7    8.1%\n"
            "Energy management       86.9     98.6   13.5%\n"
            "Total                  575.6    616.8    7.2%\n"
        ),
        obs=[
            ("Building automation", 2023, 298.5, "HKD million", "actual"),
            ("Building automation", 2024, 312.4, "HKD million", "actual"),
            ("Access & security", 2023, 190.2, "HKD million", "actual"),
            ("Access & security", 2024, 205.7, "HKD million", "actual"),
            ("Energy management", 2023, 86.9, "HKD million", "actual"),
            ("Energy management", 2024, 98.6, "HKD million", "actual"),
            ("Total", 2023, 575.6, "HKD million", "actual"),
            ("Total", 2024, 616.8, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 4.7, "percent", 2023, 2024, 1.0),
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.4 / 298.5 - 1 = 4.657% -> 4.7
            ("cagr|implied", "exact"),  # 205.7 / 190.2 - 1 = 8.149% -> 8.1
            ("cagr|implied", "exact"),  # 98.6 / 86.9 - 1 = 13.464% -> 13.5
            ("cagr|implied", "exact"),  # 616.8 / 575.6 - 1 = 7.158% -> 7.2
            ("hierarchy", "exact"),  # 2023: 298.5 + 190.2 + 86.9 = 575.6
            # 2024: 312.4 + 205.7 + 98.6 = 616.7, printed 616.8; bounds 616.55 .. 616.85 -> 616.8 reachable
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Traditional Chinese pipe table with a bilingual unit line "單位：新台幣百萬元（NT$ million）", rows adding to a
    #     合計 row, a 2025F column of estimates
    dict(
        text=(
            "台灣企業雲端基礎設施市場規模（中英對照版）\n"
            "單位：新台幣百萬元（NT$ million）；資料來源：竹科雲端產業協會，2025年3月\n"
            "\n"
            "| 項目 | 2023 | 2024 | 2025F |\n"
            "|---|---|---|---|\n"
            "| 伺服器 | 41,280 | 52,640 | 63,900 |\n"
            "| 儲存設備 | 12,450 | 13,870 | 15,220 |\n"
            "| 網通設備 | 9,630 | 10,910 | 12,480 |\n"
            "| 合計 | 63,360 | 77,420 | 91,600 |\n"
        ),
        obs=[
            ("伺服器", 2023, 41280, "TWD million", "actual"),
            ("伺服器", 2024, 52640, "TWD million", "actual"),
            ("伺服器", 2025, 63900, "TWD million", "estimate"),
            ("儲存設備", 2023, 12450, "TWD million", "actual"),
            ("儲存設備", 2024, 13870, "TWD million", "actual"),
            ("儲存設備", 2025, 15220, "TWD million", "estimate"),
            ("網通設備", 2023, 9630, "TWD million", "actual"),
            ("網通設備", 2024, 10910, "TWD million", "actual"),
            ("網通設備", 2025, 12480, "TWD million", "estimate"),
            ("合計", 2023, 63360, "TWD million", "actual"),
            ("合計", 2024, 77420, "TWD million", "actual"),
            ("合計", 2025, 91600, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41280 + 12450 + 9630 = 63360
            ("hierarchy", "exact"),  # 2024: 52640 + 13870 + 10910 = 77420
            ("hierarchy", "exact"),  # 2025F: 63900 + 15220 + 12480 = 91600
        ],
    ),
    # 20. English tab-separated table, "Unit: RMB billion (translated from 单位：十亿元)", a "CAGR 2023-25E" column
    #     (stated span), one rate exact only within rounding; the prose repeats the 2025E total (expected once)
    #     beside a US$ conversion (nowhere) and an analyst headcount (nowhere)
    dict(
        text=(
            "Unit: RMB billion (translated from 单位：十亿元)\n"
            "Segment\t2023\t2025E\tCAGR 2023-25E\n"
            "Autonomous-driving chips\t18.4\t34.6\t37.1%\n"
            "Cockpit SoCs\t22.9\t31.7\t17.6%\n"
            "Total\t41.3\t66.3\t26.7%\n"
            "The total of RMB 66.3 billion in 2025E is equivalent to about US$9.2 billion, according to Lixing Auto "
            "Research, which has 40 analysts."
        ),
        obs=[
            ("Autonomous-driving chips", 2023, 18.4, "CNY billion", "actual"),
            ("Autonomous-driving chips", 2025, 34.6, "CNY billion", "estimate"),
            ("Cockpit SoCs", 2023, 22.9, "CNY billion", "actual"),
            ("Cockpit SoCs", 2025, 31.7, "CNY billion", "estimate"),
            ("Total", 2023, 41.3, "CNY billion", "actual"),
            ("Total", 2025, 66.3, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 37.1, "percent", 2023, 2025, None, "stated"),
            ("cagr", 17.6, "percent", 2023, 2025, None, "stated"),
            ("cagr", 26.7, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34.6 / 18.4) ** (1/2) - 1 = 37.129% -> 37.1
            # (31.7 / 22.9) ** (1/2) - 1 = 17.655% -> 17.7, not 17.6; bounds (31.65/22.95)**0.5 - 1 = 17.434% ..
            # (31.75/22.85)**0.5 - 1 = 17.877% -> 17.6 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (66.3 / 41.3) ** (1/2) - 1 = 26.701% -> 26.7
            ("hierarchy", "exact"),  # 2023: 18.4 + 22.9 = 41.3
            ("hierarchy", "exact"),  # 2025E: 34.6 + 31.7 = 66.3
        ],
    ),
    # 21. an English statistics-office release: "£128.4 billion in 2024 at current prices, up 6.2 per cent on the
    #    previous year's revised £120.9 billion"; the superseded "revised from £119.6 billion", an output index
    #    (2019=100), counts of enterprises and people, and percentage points expected nowhere
    dict(
        text=(
            "HOLLBRIDGE, 18 June 2025 — Turnover in the computer programming and consultancy industry (SIC 62) "
            "reached £128.4 billion in 2024 at current prices, up 6.2 per cent on the previous year's revised "
            "£120.9 billion, according to provisional results of the Annual Business Inquiry published by the "
            "Office for Business Statistics. The 2023 figure was revised from £119.6 billion in last year's release. "
            "The industry's output index (2019=100) rose to 141.7, and it counted 214,600 enterprises employing "
            "1.05 million people. Its share of total non-financial business turnover rose by 0.3 percentage points."
        ),
        obs=[
            ("Total", 2024, 128.4, "GBP billion", "actual"),
            ("Total", 2023, 120.9, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128.4 / 120.9 - 1 = 6.203% -> 6.2
        ],
    ),
    # 22. a ministry's trade bulletin whose rate its own amounts contradict: "up 14.5% from US$16.9 billion" to
    #    US$18.7 billion (really 10.7%); a seasonally adjusted quarter, its quarter-on-quarter rate, a count of
    #    exporters and percentage points expected nowhere
    dict(
        text=(
            "KESTRA CITY, 12 March 2025 — Exports of ICT services reached US$18.7 billion in 2024, up 14.5% from "
            "US$16.9 billion in 2023, the Ministry of Digital Economy said in its annual trade bulletin. On a "
            "seasonally adjusted basis, fourth-quarter exports were US$5.1 billion, 3.2% higher than in the third "
            "quarter. The number of registered ICT exporters rose to 2,318, and the sector's weight in total "
            "services exports climbed 1.4 percentage points."
        ),
        obs=[
            ("Total", 2024, 18.7, "USD billion", "actual"),
            ("Total", 2023, 16.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 18.7 / 16.9 - 1 = 10.65% -> 10.7; bounds 18.65/16.95 - 1 = 10.03%
                                               # .. 18.75/16.85 - 1 = 11.28%; 14.5 outside
        ],
    ),
    # 23. a statistics institute's e-commerce figures: a stated span CAGR "8.7% over 2020-2024" that only a
    #    rounding reading reaches; survey share of firms, percentage points and a seasonally adjusted quarter
    #    expected nowhere; "ten or more employees" is a headcount
    dict(
        text=(
            "The National Statistics Institute of Valdoria reported on 9 April 2025 that online sales by enterprises "
            "with ten or more employees came to €41 billion in 2024, against €29.6 billion in 2020. That puts "
            "average annual growth at 8.7% over 2020-2024, in nominal terms. Some 27% of firms said they had sold "
            "online at least once during the year, two percentage points more than a year earlier. Fourth-quarter "
            "online sales, seasonally adjusted, were €10.9 billion."
        ),
        obs=[
            ("Total", 2024, 41, "EUR billion", "actual"),
            ("Total", 2020, 29.6, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 8.7, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (41 / 29.6) ** (1/4) - 1 = 8.49% -> 8.5 != 8.7;
                                           # bounds (40.5/29.65) ** 0.25 - 1 = 8.11% .. (41.5/29.55) ** 0.25 - 1 = 8.86%
        ],
    ),
    # 24. a ministry survey in yen: "¥17,420 billion in fiscal 2024, 5.1% more than the ¥16,575 billion of fiscal
    #    2023" (fiscal years count as their number); a part "software development on contract"; establishments,
    #    workers and sales per worker (¥14.8 million) expected nowhere
    dict(
        text=(
            "According to the Ministry of Industry's Survey of Selected Service Industries, released on 30 May 2025, "
            "sales of the information services industry totalled ¥17,420 billion in fiscal 2024, 5.1% more than the "
            "¥16,575 billion of fiscal 2023. Software development on contract accounted for ¥9,236 billion of the "
            "total. The survey covered 6,804 establishments with 1.18 million workers, and sales per worker rose to "
            "¥14.8 million."
        ),
        obs=[
            ("Total", 2024, 17420, "JPY billion", "actual"),
            ("Total", 2023, 16575, "JPY billion", "actual"),
            ("Software development on contract", 2024, 9236, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17420 / 16575 - 1 = 5.098% -> 5.1
        ],
    ),
    # 25. a statistical bureau's digital-economy account: trillions for the whole, billions for a part with its
    #    share printed ("$412 billion, or 10.2 per cent of the total"); a price index (2017=100) and jobs nowhere
    dict(
        text=(
            "The Bureau of Digital Accounts estimates that gross output of the digital economy was $4.04 trillion in "
            "2023 in nominal terms, up 6.6 per cent from $3.79 trillion in 2022. Cloud computing services "
            "contributed $412 billion, or 10.2 per cent of the total, and were the fastest-growing component. The "
            "price index for digital goods and services (2017=100) fell to 88.4. The estimates, released on "
            "21 November 2024, cover 8.9 million jobs."
        ),
        obs=[
            ("Total", 2023, 4.04, "USD trillion", "actual"),
            ("Total", 2022, 3.79, "USD trillion", "actual"),
            # in the series' unit, as the conventions keep one unit a series (mended: written as 412 USD billion)
            ("Cloud computing services", 2023, 0.412, "USD trillion", "actual"),
        ],
        claims=[
            ("growth", 6.6, "percent", 2022, 2023, 1.0),
            ("share", 10.2, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.04 / 3.79 - 1 = 6.596% -> 6.6
            ("arithmetic", "exact"),    # 412 / 4040 = 10.198% -> 10.2
        ],
    ),
    # 26. a census office release in Hong Kong dollars: "HK$186.5 billion in 2024, 3.8% higher than the
    #    HK$179.7 billion recorded in 2023", a part with its share; establishments, persons engaged and the
    #    largest operator's own revenue expected nowhere
    dict(
        text=(
            "Business receipts of the information and communications sector amounted to HK$186.5 billion in 2024, "
            "3.8% higher than the HK$179.7 billion recorded in 2023, the Territory's Census Office said in a release "
            "on 19 September 2025. Of the total, telecommunications services took in HK$58.2 billion, or 31.2%. "
            "The sector had 14,930 establishments and 108,400 persons engaged. The largest operator, Harbourline "
            "Telecom, reported revenue of HK$36.4 billion."
        ),
        obs=[
            ("Total", 2024, 186.5, "HKD billion", "actual"),
            ("Total", 2023, 179.7, "HKD billion", "actual"),
            ("Telecommunications services", 2024, 58.2, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 3.8, "percent", 2023, 2024, 1.0),
            ("share", 31.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.5 / 179.7 - 1 = 3.784% -> 3.8
            ("arithmetic", "exact"),    # 58.2 / 186.5 = 31.206% -> 31.2
        ],
    ),
    # 27. a telecoms regulator's annual market report: a decline "down 2.1% from £32.2 billion" to £31.6 billion
    #    (really -1.9, reached only within rounding); "around £31.5 billion this year" an estimate of the
    #    dateline's year; take-up rate, percentage points, subscriptions and a provider's own revenue nowhere
    dict(
        text=(
            "Retail revenues from telecoms services fell to £31.6 billion in 2024, down 2.1% from £32.2 billion in "
            "2023, the Communications Regulation Commission said in its annual market report of 10 July 2025. Fixed "
            "broadband take-up rose 1.2 percentage points to 89.4% of households, while mobile subscriptions reached "
            "96.4 million. Brightwave, the largest provider, put its own retail revenue at £7.9 billion. The "
            "commission expects revenues to level off at around £31.5 billion this year."
        ),
        obs=[
            ("Total", 2024, 31.6, "GBP billion", "actual"),
            ("Total", 2023, 32.2, "GBP billion", "actual"),
            ("Total", 2025, 31.5, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", -2.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 31.6 / 32.2 - 1 = -1.863% -> -1.9 != -2.1;
                                           # bounds 31.55/32.25 - 1 = -2.171% .. 31.65/32.15 - 1 = -1.555%
        ],
    ),
    # 28. a network agency's report on data centres: "an average rise of 28% a year" from €2.5 billion in 2021 to
    #    €6.8 billion in 2024 (inferred span, really 39.6%: inconsistent); a range "€9-10 billion by 2027" as two
    #    value claims; TWh, a share of electricity consumption, a site count and "multibillion-euro" nowhere
    dict(
        text=(
            "Turnover of data-centre operators reached €6.8 billion in 2024, up from €2.5 billion in 2021, an "
            "average rise of 28% a year, according to the Federal Network Agency's annual report published on "
            "14 May 2025. Electricity drawn by the facilities rose to 19.6 TWh, or 4.1% of national consumption. "
            "The agency counts 512 sites and projects turnover of €9-10 billion by 2027, calling the grid "
            "connections they will need a multibillion-euro challenge."
        ),
        obs=[
            ("Total", 2024, 6.8, "EUR billion", "actual"),
            ("Total", 2021, 2.5, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 28.0, "percent", 2021, 2024, None, "inferred"),
            ("value", 9.0, "EUR billion", 2027, 2027, None),
            ("value", 10.0, "EUR billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|period", "inconsistent"),  # (6.8 / 2.5) ** (1/3) - 1 = 39.59%; bounds (6.75/2.55) ** (1/3) - 1
                                              # = 38.33% .. (6.85/2.45) ** (1/3) - 1 = 40.88%; 28 outside
        ],
    ),
    # 29. a provincial department's monthly 运行情况 in Simplified Chinese: "1-12月 ... 累计完成软件业务收入18642亿元，
    #    同比增长10.0%" as the whole year; two parts with their 比重; 规模以上企业 count, 个百分点 and 从业人员 nowhere
    dict(
        text=(
            "江州省工业和信息化厅2025年1月27日发布全省软件业运行情况：2024年1-12月，全省规模以上软件和信息技术服务业"
            "企业超3800家，累计完成软件业务收入18642亿元，同比增长10.0%，增速较上年同期回落3.4个百分点。其中，软件产品"
            "实现收入4105亿元，同比增长6.6%，占全行业收入比重为22.0%；信息技术服务实现收入12530亿元，同比增长11.0%，"
            "占全行业收入的67.2%。全行业从业人员平均人数达126万人。"
        ),
        obs=[
            ("Total", 2024, 18642, "CNY 100 million", "actual"),
            ("软件产品", 2024, 4105, "CNY 100 million", "actual"),
            ("信息技术服务", 2024, 12530, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
            ("growth", 6.6, "percent", 2023, 2024, 1.0),
            ("share", 22.0, "percent", 2024, 2024, None),
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
            ("share", 67.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4105 / 18642 = 22.020% -> 22.0
            ("arithmetic", "exact"),  # 12530 / 18642 = 67.214% -> 67.2
        ],
    ),
    # 30. a provincial 统计公报: a series opening in 亿元 (9860亿元) whose second figure is printed in 万亿元 and
    #     approximate ("超过1.1万亿元" -> 11000 in CNY 100 million); "比上年增长12.6%" reached only within rounding of
    #     1.1万亿; 个百分点, firm and employee counts, 亿块 of chips and "千亿级" nowhere
    dict(
        text=(
            "《南岭省2024年国民经济和社会发展统计公报》显示，全省规模以上电子信息制造业营业收入由2023年的9860亿元增至"
            "2024年的超过1.1万亿元，比上年增长12.6%，高于全省规模以上工业3.2个百分点。年末全省规模以上电子信息制造"
            "企业1426家，从业人员58.3万人。全年集成电路产量达到386亿块。全省数字经济规模迈上千亿级台阶的县（市、区）"
            "达到3个。"
        ),
        obs=[
            ("Total", 2023, 9860, "CNY 100 million", "actual"),
            ("Total", 2024, 11000, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 11000 / 9860 - 1 = 11.56% -> 11.6 != 12.6; 1.1万亿 read at +-0.05万亿:
                                           # 10500/9860.5 - 1 = 6.49% .. 11500/9859.5 - 1 = 16.64%; 12.6 inside
        ],
    ),
    # 31. a Taiwanese statistics office in Traditional Chinese: 新臺幣3,862億元 vs 2023年的3,530億元 "增加9.4%"; a
    #     quarter's figure and its 年增 nowhere; 預估 ... 可望突破4,000億元 an estimate at its printed figure
    dict(
        text=(
            "經濟統計署2025年2月20日發布，2024年資訊服務業營業額達新臺幣3,862億元，較2023年的3,530億元增加9.4%，"
            "連續第五年創新高。其中第4季營業額為1,052億元，年增7.8%。資訊服務業從業員工約9.6萬人，企業家數2,941家。"
            "統計署預估2025年營業額可望突破4,000億元。"
        ),
        obs=[
            ("Total", 2024, 3862, "TWD 100 million", "actual"),
            ("Total", 2023, 3530, "TWD 100 million", "actual"),
            ("Total", 2025, 4000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3862 / 3530 - 1 = 9.405% -> 9.4
        ],
    ),
    # 32. a Hong Kong statistics release in Traditional Chinese, 億港元: 486 vs 462 "上升5.3%" (really 5.2, only
    #     within rounding); a seasonally adjusted quarter, a survey answer, 百分點 and "約四成" nowhere
    dict(
        text=(
            "統計處今日（2025年6月12日）公布，2024年本港企業透過電子商貿錄得的網上銷售額為486億港元，較2023年的"
            "462億港元上升5.3%。第四季經季節性調整的網上銷售額為127億港元。在受訪機構中，約34%表示有經互聯網接收訂單，"
            "比例較上年增加2.5個百分點。批發及零售業佔網上銷售額約四成。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 462, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 5.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 486 / 462 - 1 = 5.195% -> 5.2 != 5.3;
                                           # bounds 485.5/462.5 - 1 = 4.97% .. 486.5/461.5 - 1 = 5.42%
        ],
    ),
    # 33. a telecoms regulator's annual report in Traditional Chinese: 3,214億元 vs 2023年之3,262億元 "年減1.2%"
    #     (really -1.5: inconsistent); a part 行動通信 with its 占比; 5G users, 普及率, a leading operator's revenue
    #     and an analyst's 目標價 nowhere
    dict(
        text=(
            "國家通訊監理會於2025年4月發布年報指出，2024年電信業營收為新臺幣3,214億元，較2023年之3,262億元年減1.2%。"
            "其中行動通信營收1,985億元，占整體電信營收61.8%。5G用戶數突破1,280萬戶，普及率達54.6%。龍頭業者瀚星電信"
            "全年營收1,126億元，另有分析師給予其目標價148元。"
        ),
        obs=[
            ("Total", 2024, 3214, "TWD 100 million", "actual"),
            ("Total", 2023, 3262, "TWD 100 million", "actual"),
            ("行動通信", 2024, 1985, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", -1.2, "percent", 2023, 2024, 1.0),
            ("share", 61.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 3214 / 3262 - 1 = -1.471% -> -1.5; bounds 3213.5/3262.5 - 1 = -1.502%
                                               # .. 3214.5/3261.5 - 1 = -1.441%; -1.2 outside
            ("arithmetic", "exact"),           # 1985 / 3214 = 61.761% -> 61.8
        ],
    ),
    # 34. a national e-commerce release in Simplified Chinese, series opening in 万亿元 (CNY trillion): 15.52 vs
    #     上年的14.48 "增长7.2%", a part 实物商品 with its 占比; 亿人 of shoppers, 亿件 of parcels and a quarter nowhere
    dict(
        text=(
            "据国家数据统计局2025年1月17日发布的数据，2024年全国网上零售额15.52万亿元，比上年的14.48万亿元增长7.2%。"
            "其中，实物商品实现网上零售额13.08万亿元，占网上零售额的84.3%。截至年末，网络购物用户规模达9.74亿人，"
            "全年快递业务量完成1750亿件。四季度网上零售额4.36万亿元。"
        ),
        obs=[
            ("Total", 2024, 15.52, "CNY trillion", "actual"),
            ("Total", 2023, 14.48, "CNY trillion", "actual"),
            ("实物商品", 2024, 13.08, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("share", 84.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.52 / 14.48 - 1 = 7.182% -> 7.2
            ("arithmetic", "exact"),    # 13.08 / 15.52 = 84.278% -> 84.3
        ],
    ),
    # 35. a 通信业统计公报 in Simplified Chinese: "全年电信业务收入累计完成1.74万亿元，比上年增长3.1%" (no prior amount,
    #     no verdict); a stated "2019-2024年年均增长5.8%" with the 2019 amount; a part in 亿元 with its share;
    #     个百分点, base stations and subscribers nowhere
    dict(
        text=(
            "2025年1月发布的《2024年通信业统计公报》显示，全年电信业务收入累计完成1.74万亿元，比上年增长3.1%；"
            "2019-2024年年均增长5.8%，2019年该收入为1.31万亿元。新兴业务实现收入4348亿元，占电信业务收入的25.0%，"
            "拉动电信业务收入增长2.1个百分点。年末5G基站总数达425.1万个，移动电话用户总数17.9亿户。"
        ),
        obs=[
            ("Total", 2024, 1.74, "CNY trillion", "actual"),
            ("Total", 2019, 1.31, "CNY trillion", "actual"),
            ("新兴业务", 2024, 4348, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 3.1, "percent", 2023, 2024, 1.0),
            ("cagr", 5.8, "percent", 2019, 2024, None, "stated"),
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.74 / 1.31) ** (1/5) - 1 = 5.841% -> 5.8
            ("arithmetic", "exact"),    # 4348 / 17400 = 24.989% -> 25.0
        ],
    ),
    # 36. an English pipe table of structural business statistics with NACE codes, a "(r)" column, a total row and
    #     footnotes (enterprise and employment counts nowhere); a prose rate under the table
    dict(
        text=(
            "Statistical Office of Norvenia — Structural business statistics, release of 26 June 2025\n"
            "Table 4. Turnover of ICT service industries, EUR million, current prices\n"
            "\n"
            "| Industry | NACE Rev. 2 | 2022 | 2023 (r) | 2024 |\n"
            "|---|---|---|---|---|\n"
            "| Telecommunications | 61 | 38,412 | 39,105 | 39,870 |\n"
            "| Computer programming, consultancy and related activities | 62 | 61,530 | 66,284 | 70,915 |\n"
            "| Information service activities | 63 | 9,874 | 10,652 | 11,308 |\n"
            "| Total ICT services | 61-63 | 109,816 | 116,041 | 122,093 |\n"
            "\n"
            "(r) revised. 2024 data are provisional. Covers 48,210 enterprises with 412,700 persons employed.\n"
            "Turnover of ICT services as a whole rose 5.2% in 2024 at current prices."
        ),
        obs=[
            ("Telecommunications", 2022, 38412, "EUR million", "actual"),
            ("Telecommunications", 2023, 39105, "EUR million", "actual"),
            ("Telecommunications", 2024, 39870, "EUR million", "actual"),
            ("Computer programming, consultancy and related activities", 2022, 61530, "EUR million", "actual"),
            ("Computer programming, consultancy and related activities", 2023, 66284, "EUR million", "actual"),
            ("Computer programming, consultancy and related activities", 2024, 70915, "EUR million", "actual"),
            ("Information service activities", 2022, 9874, "EUR million", "actual"),
            ("Information service activities", 2023, 10652, "EUR million", "actual"),
            ("Information service activities", 2024, 11308, "EUR million", "actual"),
            ("Total ICT services", 2022, 109816, "EUR million", "actual"),
            ("Total ICT services", 2023, 116041, "EUR million", "actual"),
            ("Total ICT services", 2024, 122093, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 5.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 38412+61530+9874 = 109816; 39105+66284+10652 = 116041;
                                        # 39870+70915+11308 = 122093 (all equal the total row)
            ("cagr|implied", "exact"),  # 122093 / 116041 - 1 = 5.215% -> 5.2
        ],
    ),
    # 37. a Simplified-Chinese tab-separated table with 行业代码, a 同比增长 column (rates without prior amounts: no
    #     verdicts) and a 合计 row one above its parts' sum (rounding); the 2000万元 threshold and 2.9万家 nowhere
    dict(
        text=(
            "江州省工业和信息化厅2025年2月10日发布\n"
            "表2  2024年1-12月规模以上电子信息制造业分行业营业收入\n"
            "行业\t行业代码\t营业收入（亿元）\t同比增长（%）\n"
            "计算机制造\t391\t26480\t3.6\n"
            "通信设备制造\t392\t18735\t8.9\n"
            "电子器件制造\t397\t14262\t12.4\n"
            "电子元件及电子专用材料制造\t398\t21907\t9.7\n"
            "合计\t39\t81385\t7.9\n"
            "注：统计范围为年主营业务收入2000万元及以上的企业，共计2.9万家。"
        ),
        obs=[
            ("计算机制造", 2024, 26480, "CNY 100 million", "actual"),
            ("通信设备制造", 2024, 18735, "CNY 100 million", "actual"),
            ("电子器件制造", 2024, 14262, "CNY 100 million", "actual"),
            ("电子元件及电子专用材料制造", 2024, 21907, "CNY 100 million", "actual"),
            ("合计", 2024, 81385, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 3.6, "percent", 2023, 2024, 1.0),
            ("growth", 8.9, "percent", 2023, 2024, 1.0),
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("growth", 9.7, "percent", 2023, 2024, 1.0),
            ("growth", 7.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "rounding"),  # 26480+18735+14262+21907 = 81384 != 81385; parts at +-0.5 each give
                                        # 81382 .. 81386, total 81384.5 .. 81385.5: overlap, so rounding
        ],
    ),
    # 38. an English pipe table whose rows are years (FY2021 .. FY2025e) and whose columns are two named series in
    #     ¥ billion; the e year an estimate; a stated CAGR "over fiscal 2021-2024" and a one-year rate in prose;
    #     company count and an activity index (2020=100) nowhere
    dict(
        text=(
            "Ministry of Economy and Digital Industry — Current Survey of Data Services, published 22 September 2025\n"
            "Sales of data-centre and cloud infrastructure services (¥ billion)\n"
            "\n"
            "| Fiscal year | Data centre services | Cloud infrastructure services |\n"
            "|---|---|---|\n"
            "| FY2021 | 1,842 | 865 |\n"
            "| FY2022 | 2,035 | 1,104 |\n"
            "| FY2023 | 2,268 | 1,396 |\n"
            "| FY2024 | 2,531 | 1,718 |\n"
            "| FY2025e | 2,790 | 2,050 |\n"
            "\n"
            "Data centre services sales grew at an average annual 11.2% over fiscal 2021-2024, while cloud "
            "infrastructure sales grew 23% in fiscal 2024. The survey covers 1,136 companies; the index of "
            "data-services activity (2020=100) stood at 162.4."
        ),
        obs=[
            ("Data centre services", 2021, 1842, "JPY billion", "actual"),
            ("Data centre services", 2022, 2035, "JPY billion", "actual"),
            ("Data centre services", 2023, 2268, "JPY billion", "actual"),
            ("Data centre services", 2024, 2531, "JPY billion", "actual"),
            ("Data centre services", 2025, 2790, "JPY billion", "estimate"),
            ("Cloud infrastructure services", 2021, 865, "JPY billion", "actual"),
            ("Cloud infrastructure services", 2022, 1104, "JPY billion", "actual"),
            ("Cloud infrastructure services", 2023, 1396, "JPY billion", "actual"),
            ("Cloud infrastructure services", 2024, 1718, "JPY billion", "actual"),
            ("Cloud infrastructure services", 2025, 2050, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 11.2, "percent", 2021, 2024, None, "stated"),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2531 / 1842) ** (1/3) - 1 = 11.173% -> 11.2
            ("cagr|implied", "exact"),  # 1718 / 1396 - 1 = 23.07% -> 23
        ],
    ),
    # 39. a Traditional-Chinese space-aligned table (新臺幣億元) with a 合計 row, a 2024 占比 column (each share's part
    #     and whole printed: arithmetic) and a 100.0 total share (no claim); a prose 年增 under it; the 比率 of
    #     online sales in retail turnover (a penetration rate) and the table number nowhere
    dict(
        text=(
            "表3　零售業網路銷售額按業別分\n"
            "                                          單位：新臺幣億元\n"
            "業別                  2023年     2024年   2024年占比(%)\n"
            "無店面零售業           2,615      2,874        58.4\n"
            "綜合商品零售業           798        861        17.5\n"
            "其他零售業             1,132      1,190        24.2\n"
            "合計                   4,545      4,925       100.0\n"
            "資料來源：經濟統計署，2025年3月。合計年增8.4%，網路銷售額占零售業營業額比率為11.2%。"
        ),
        obs=[
            ("無店面零售業", 2023, 2615, "TWD 100 million", "actual"),
            ("無店面零售業", 2024, 2874, "TWD 100 million", "actual"),
            ("綜合商品零售業", 2023, 798, "TWD 100 million", "actual"),
            ("綜合商品零售業", 2024, 861, "TWD 100 million", "actual"),
            ("其他零售業", 2023, 1132, "TWD 100 million", "actual"),
            ("其他零售業", 2024, 1190, "TWD 100 million", "actual"),
            ("合計", 2023, 4545, "TWD 100 million", "actual"),
            ("合計", 2024, 4925, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 58.4, "percent", 2024, 2024, None),
            ("share", 17.5, "percent", 2024, 2024, None),
            ("share", 24.2, "percent", 2024, 2024, None),
            ("growth", 8.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2615+798+1132 = 4545; 2874+861+1190 = 4925
            ("arithmetic", "exact"),    # 2874 / 4925 = 58.355% -> 58.4
            ("arithmetic", "exact"),    # 861 / 4925 = 17.482% -> 17.5
            ("arithmetic", "exact"),    # 1190 / 4925 = 24.162% -> 24.2
            ("cagr|implied", "exact"),  # 4925 / 4545 - 1 = 8.361% -> 8.4
        ],
    ),
    # 40. an English space-aligned table from a telecoms regulator in USD million with a "CAGR 2020-24 (%)" column
    #     (stated spans, one a decline) and an "All services" total row; a report title year, a note number,
    #     subscriptions and the dominant operator's revenue nowhere
    dict(
        text=(
            "Telecommunications Regulatory Authority of Marenia — Annual Market Review 2024 (issued 28 March 2025)\n"
            "Retail revenue by service, USD million\n"
            "\n"
            "Service              2020     2024    CAGR 2020-24 (%)\n"
            "Mobile services     1,284    1,562           5.0\n"
            "Fixed broadband       412      655          12.3\n"
            "Fixed voice           236      171          -7.7\n"
            "All services        1,932    2,388           5.4\n"
            "\n"
            "Note 3: Mobile subscriptions stood at 6.2 million at end-2024. The dominant operator's revenue was "
            "USD 941 million."
        ),
        obs=[
            ("Mobile services", 2020, 1284, "USD million", "actual"),
            ("Mobile services", 2024, 1562, "USD million", "actual"),
            ("Fixed broadband", 2020, 412, "USD million", "actual"),
            ("Fixed broadband", 2024, 655, "USD million", "actual"),
            ("Fixed voice", 2020, 236, "USD million", "actual"),
            ("Fixed voice", 2024, 171, "USD million", "actual"),
            ("All services", 2020, 1932, "USD million", "actual"),
            ("All services", 2024, 2388, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 5.0, "percent", 2020, 2024, None, "stated"),
            ("cagr", 12.3, "percent", 2020, 2024, None, "stated"),
            ("cagr", -7.7, "percent", 2020, 2024, None, "stated"),
            ("cagr", 5.4, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 1284+412+236 = 1932; 1562+655+171 = 2388
            ("cagr|implied", "exact"),  # (1562 / 1284) ** 0.25 - 1 = 5.022% -> 5.0
            ("cagr|implied", "exact"),  # (655 / 412) ** 0.25 - 1 = 12.289% -> 12.3
            ("cagr|implied", "exact"),  # (171 / 236) ** 0.25 - 1 = -7.738% -> -7.7
            ("cagr|implied", "exact"),  # (2388 / 1932) ** 0.25 - 1 = 5.440% -> 5.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 9, 'inconsistent': 5, 'rounding': 9, 'exact': 58}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 11, 19, 10)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "the market scale of China's machine vision reached",
    'a year-on-year increase of 12.4%',
    '(about US$2.61 billion)',
    '"10 billion yuan level"',
    '１２０ billion yuan in ２０２３',
    'exceed RMB 2.1 trillion by 2027',
    'CNY 63.3bn in 2023',
    'Glossary: "yi" (亿) = 100 million',
    'HK$486 million',
    '4.86億港元',
    'NT$82.4 billion',
    '预计到2030年将达到7,150亿元',
    '有望突破1.1万亿元',
    '相當於約46億美元',
    '較2021年增長3倍',
    'Unit: 100 million yuan',
    '年份\t亿元\t同比增长',
    '單位：新台幣百萬元（NT$ million）',
    'CAGR 2023-25E',
    'Total                  575.6    616.8    7.2%',
    "at current prices, up 6.2 per cent on the previous year's revised",
    'was revised from £119.6 billion',
    'On a seasonally adjusted basis, fourth-quarter exports',
    'average annual growth at 8.7% over 2020-2024',
    '¥17,420 billion in fiscal 2024',
    'or 10.2 per cent of the total',
    'HK$186.5 billion in 2024, 3.8% higher than',
    'level off at around £31.5 billion this year',
    'an average rise of 28% a year',
    '€9-10 billion by 2027',
    '2024年1-12月，全省规模以上软件和信息技术服务业',
    '增至2024年的超过1.1万亿元，比上年增长12.6%',
    '較2023年的3,530億元增加9.4%',
    '462億港元上升5.3%',
    '較2023年之3,262億元年減1.2%',
    '比上年的14.48万亿元增长7.2%',
    '2019-2024年年均增长5.8%',
    '| Total ICT services | 61-63 |',
    '合计\t39\t81385\t7.9',
    '| FY2025e | 2,790 | 2,050 |',
)
#: the set's blind score (written without reading or running the extractor): 142 figures, 51 rates, 61 verdicts and 2
#: false inconsistent on the code before the readings chosen on it; one part's expectation mended to the series' unit
FLOORS = {"figures_found": 175, "rates_found": 56, "verdicts_right": 72}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset88.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
