"""A hundred-and-twelfth check set for the extractor, written blind: consumer AI devices, in English and Chinese
(Simplified and Traditional) -- AI PCs, generative-AI smartphones, AI glasses, wearables, smart speakers and AI toys,
sized in money by device trackers, Taiwanese supply-chain press, Japanese electronics associations, Hong Kong brokers
and mainland research firms; unit shipments, the installed base, penetration rates, prices per device, a brand's own
revenue or share of shipments, a shopping festival's sales and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated US news item: "last year" AI PC spend vs "the $35.2 billion spent in 2023" ("38% more than"),
    #    forecast to 2028 with a printed span CAGR; distractors: penetration share of PCs, percentage points,
    #    ASP, analyst headcount, "a hundred-billion-dollar opportunity"
    dict(
        text=(
            "SAN JOSE, Calif., Feb. 12, 2025 — Buyers spent $48.6 billion on AI PCs worldwide last year, 38% more "
            "than the $35.2 billion spent in 2023, according to device tracker Halvern Device Insights. The firm "
            "expects the category to reach $142 billion in 2028, implying a compound annual growth rate of 30.7% "
            "between 2024 and 2028. AI-capable machines made up 17% of all PCs shipped in 2024, up 9 percentage "
            "points, while their average selling price slipped to $1,130. Halvern, which employs 240 analysts in 14 "
            "countries, calls on-device AI \"a hundred-billion-dollar opportunity\" for chipmakers."
        ),
        obs=[
            ("Total", 2024, 48.6, "USD billion", "actual"),
            ("Total", 2023, 35.2, "USD billion", "actual"),
            ("Total", 2028, 142, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
            ("cagr", 30.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 35.2 - 1 = 38.07% -> 38
            ("cagr|implied", "exact"),  # (142 / 48.6) ** (1/4) - 1 = 30.74% -> 30.7
        ],
    ),
    # 2. earnings call: the CEO sizes the total addressable market for AI glasses ("roughly $4.5 billion this
    #    year", "about $30 billion" by 2030, "more than sixfold" -> x6 over 5 years, no verdict); distractors:
    #    the company's own quarterly revenue, employees, a price target and its upside, its share in words
    dict(
        text=(
            "On Lumora Optics' fourth-quarter earnings call on 6 February 2025, chief executive Dana Whitcombe put "
            "the total addressable market for AI glasses at roughly $4.5 billion this year and said it could grow "
            "more than sixfold by 2030, to about $30 billion. Lumora's own revenue rose 22% to $612 million in the "
            "quarter, and the company now has 1,900 employees. Analysts at Brookvale Securities lifted their price "
            "target on the stock to $84, implying 19% upside, and reckon Lumora already sells about a third of all "
            "AI glasses."
        ),
        obs=[
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2030, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 6.0, "multiple", 2025, 2030, 5.0),  # "more than sixfold" (30 / 4.5 = 6.67)
        ],
        verdicts=[],
    ),
    # 3. forecast cut: "cut its forecast ... to $6.8 billion from $7.9 billion" (new figure only), growth on
    #    "last year's $4.1 billion" printed to one decimal that the rounded amounts only reach within rounding;
    #    distractors: first-quarter unit shipments, penetration cut by percentage points, survey answer
    dict(
        text=(
            "June 18, 2025 — Trackwell Research has cut its forecast for global smart-glasses sales this year to "
            "$6.8 billion from $7.9 billion, blaming delays to two flagship launches. Even the lower figure would be "
            "a 65.2% jump on last year's $4.1 billion. First-quarter shipments came to 2.6 million units, and "
            "Trackwell trimmed its estimate of the category's penetration among eyewear buyers by 1.5 percentage "
            "points, to 3%. In an April survey of 3,000 adults, 28% said they would consider buying a pair within "
            "a year."
        ),
        obs=[
            ("Total", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2024, 4.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 65.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 6.8 / 4.1 - 1 = 65.85% -> 65.9 != 65.2; bounds 6.75/4.15 - 1 = 62.65% .. 6.85/4.05 - 1 = 69.14%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. industry-report prose: GenAI smartphone sales 2024 and 2029, "a 2024-2029 CAGR of 15.5%", a category's
    #    amount and share of the total ("Foldables accounted for $41.2 billion ... or 13.8%"); distractors:
    #    installed base, ASP, brand share of units
    dict(
        text=(
            "Generative-AI smartphones generated $298.0 billion in global sales in 2024, Corvane Analytics says in "
            "its latest device outlook, and the firm projects $612.5 billion in 2029, a 2024-2029 CAGR of 15.5%. "
            "Foldables accounted for $41.2 billion of the 2024 total, or 13.8%. Corvane counts 585 million "
            "GenAI-capable handsets in use worldwide and notes that average selling prices held near $520. Its "
            "brand ranking is by shipments: the leader took 24% of units."
        ),
        obs=[
            ("Total", 2024, 298.0, "USD billion", "actual"),
            ("Total", 2029, 612.5, "USD billion", "estimate"),
            ("Foldables", 2024, 41.2, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2029, None, "stated"),
            ("share", 13.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612.5 / 298.0) ** (1/5) - 1 = 15.499% -> 15.5
            ("arithmetic", "exact"),  # 41.2 / 298.0 = 13.826% -> 13.8
        ],
    ),
    # 5. Hong Kong broker note in English: HK$ series opening in billions, the 2023 base printed in millions
    #    (converted to HKD billion); the "48% increase" contradicts its own amounts; distractors: a retailer's
    #    own revenue, a price target and upside, a brand's share of unit shipments
    dict(
        text=(
            "HONG KONG, 3 March 2025 — Retail sales of AI wearables in Hong Kong climbed to HK$1.27 billion last "
            "year from HK$910 million in 2023, a 48% increase, according to a note from broker Kestrel Harbour "
            "Securities. The note expects HK$1.6 billion this year as smart rings and AI earbuds win shelf space. "
            "Kestrel kept a buy rating on regional retailer Meridian Digital, whose own wearables revenue was "
            "HK$486 million, with a price target of HK$58, 23% above the current price. Brand Orbis holds 34% of "
            "unit shipments."
        ),
        obs=[
            ("Total", 2024, 1.27, "HKD billion", "actual"),
            ("Total", 2023, 0.91, "HKD billion", "actual"),
            ("Total", 2025, 1.6, "HKD billion", "estimate"),
        ],
        claims=[
            ("growth", 48.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.27 / 0.91 - 1 = 39.56%; bounds 1.265/0.9105 - 1 = 38.93% .. 1.275/0.9095 - 1 = 40.19%; 48 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Japanese association, yen in billions, fiscal years: FY2024 vs "a year earlier", FY2025 forecast with
    #    "a further 14.4% rise"; distractors: unit count, penetration share of PCs, member count, price per machine
    dict(
        text=(
            "TOKYO — Domestic sales of AI PCs reached ¥612 billion in fiscal 2024, up 18.4% from ¥517 billion a "
            "year earlier, the Japan Digital Home Appliance Council said on Thursday. The council, which speaks for "
            "86 member companies, forecasts ¥700 billion for fiscal 2025, a further 14.4% rise. Unit sales rose to "
            "3.1 million, AI models made up 28% of all PCs shipped, and the average price per machine was ¥197,000."
        ),
        obs=[
            ("Total", 2024, 612, "JPY billion", "actual"),
            ("Total", 2023, 517, "JPY billion", "actual"),
            ("Total", 2025, 700, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("growth", 14.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 517 - 1 = 18.375% -> 18.4
            ("cagr|implied", "exact"),  # 700 / 612 - 1 = 14.379% -> 14.4
        ],
    ),
    # 7. European consultancy, euros: "growth of 22.6% a year over 2024-2029" reached only within rounding; a
    #    second publisher's 2024 figure set beside it (expected nowhere); distractor: household poll answer
    dict(
        text=(
            "Sales of smart speakers that run a language model on the device itself came to €1.9 billion across "
            "Europe in 2024, according to Utrecht-based consultancy Strand & Ooms, which forecasts €5.3 billion by "
            "2029 — growth of 22.6% a year over 2024-2029. A separate estimate from Quillon Partners puts the 2024 "
            "market at €2.3 billion. In the consultancy's poll of 2,400 households, 41% named privacy as the main "
            "reason to prefer on-device processing."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2029, 5.3, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (5.3 / 1.9) ** (1/5) - 1 = 22.77% -> 22.8 != 22.6;
            # bounds (5.25/1.95) ** 0.2 - 1 = 21.91% .. (5.35/1.85) ** 0.2 - 1 = 23.66%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. UK trade body, pounds in millions: a decline ("shrank ... a fall of 8.3%" -> negative rate), a
    #    category's amount and share, "this year" recovery estimate; distractors: Christmas-quarter drop, poll
    dict(
        text=(
            "LONDON, 20 January 2025 — Britain's market for AI-enabled toys shrank last year for the first time, to "
            "£286 million from £312 million in 2023, a fall of 8.3%, the Toy Retail Trade Forum said. The forum "
            "blamed a weak Christmas quarter, when sales dropped 15%, and expects a recovery to £305 million this "
            "year. Companion robots, the biggest category, took £118 million, or 41.3% of the total. A poll of "
            "1,050 parents for the forum found 62% worried about data collection."
        ),
        obs=[
            ("Total", 2024, 286, "GBP million", "actual"),
            ("Total", 2023, 312, "GBP million", "actual"),
            ("Total", 2025, 305, "GBP million", "estimate"),
            ("Companion robots", 2024, 118, "GBP million", "actual"),
        ],
        claims=[
            ("growth", -8.3, "percent", 2023, 2024, 1.0),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286 / 312 - 1 = -8.333% -> -8.3
            ("arithmetic", "exact"),  # 118 / 286 = 41.259% -> 41.3
        ],
    ),
    # 9. briefing note: a range for 2027 ("between $38 billion and $45 billion" -> two value claims), a
    #    second market named beside the first (smart rings, its own item); distractors: unit sales,
    #    installed base, "a multibillion-dollar opportunity"
    dict(
        text=(
            "Briefing note — The global AI wearables market, worth $21.4 billion in 2024, will be worth between $38 "
            "billion and $45 billion in 2027, according to Pellucid Metrics. The smaller market for smart rings, "
            "which Pellucid tracks separately, was $0.9 billion in 2024. Pellucid counted 214 million AI wearables "
            "sold in 2024 and reckons the installed base will pass 600 million devices by 2027. The note calls "
            "continuous health sensing \"a multibillion-dollar opportunity\"."
        ),
        obs=[
            ("Total", 2024, 21.4, "USD billion", "actual"),
            ("Smart rings", 2024, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("value", 38, "USD billion", 2027, 2027, None),
            ("value", 45, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 10. Simplified Chinese research-firm news: AI手机 series in 亿元 from 2023 to 2024 (同比增长61.2%),
    #     2025 "接近4200亿元", 2030 "1.2万亿元" converted to the series' 亿元 (12000), printed-span CAGR "约为";
    #     distractors: 出货量 (亿部), 渗透率 and 百分点, 双十一 成交额, 千亿级
    dict(
        text=(
            "【本报讯】2025年3月18日，市场研究机构启衡咨询发布报告称，2024年中国AI手机市场规模由2023年的1784亿元"
            "增至2876亿元，同比增长61.2%；预计2025年将接近4200亿元，到2030年有望达到1.2万亿元，2024—2030年年均复合"
            "增长率约为26.9%。报告显示，2024年国内AI手机出货量为1.12亿部，渗透率约为38%，较上年提高17个百分点。双十一"
            "期间，某电商平台AI手机成交额同比增长超过80%。业内人士认为，端侧大模型将打开千亿级的增量空间。"
        ),
        obs=[
            ("Total", 2023, 1784, "CNY 100 million", "actual"),
            ("Total", 2024, 2876, "CNY 100 million", "actual"),
            ("Total", 2025, 4200, "CNY 100 million", "estimate"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 61.2, "percent", 2023, 2024, 1.0),
            ("cagr", 26.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2876 / 1784 - 1 = 61.21% -> 61.2
            ("cagr|implied", "exact"),  # (12000 / 2876) ** (1/6) - 1 = 26.88% -> 26.9
        ],
    ),
    # 11. Simplified Chinese white-paper summary: AI PC 亿元 series, 2028 in 万亿元 (10500 亿元), "较2024年增长3.4倍"
    #     between two printed amounts -> x4.4 over 4 years (no verdict); distractors: the white paper's title year,
    #     出货量 万台, 占PC总出货量的比重 (penetration), 约六成出货份额 (shipment share in words)
    dict(
        text=(
            "据深川数据近日发布的《2025中国AI PC产业白皮书》，2023年中国AI PC市场规模为1450亿元，2024年增至2380亿元，"
            "同比增长64.1%。白皮书预计，到2028年市场规模将达到1.05万亿元，较2024年增长3.4倍。2024年AI PC出货量约为"
            "1260万台，占PC总出货量的比重为29%，头部五家品牌合计占据约六成出货份额。"
        ),
        obs=[
            ("Total", 2023, 1450, "CNY 100 million", "actual"),
            ("Total", 2024, 2380, "CNY 100 million", "actual"),
            ("Total", 2028, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 64.1, "percent", 2023, 2024, 1.0),
            ("multiple", 4.4, "multiple", 2024, 2028, 4.0),  # 增长3.4倍 -> 3.4 + 1 (10500 / 2380 = 4.41)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2380 / 1450 - 1 = 64.14% -> 64.1
        ],
    ),
    # 12. Traditional Chinese Taiwan supply-chain press: 新台幣億元 output value 2023/2024 (年增27.5%), 2025
    #     "可望突破6,000億元" estimate; distractors: an ODM's own AI PC revenue in 新台幣, 第一季 季增, 七成 survey
    dict(
        text=(
            "【台北訊】瀚宇產經研究所估計，台灣AI PC相關供應鏈產值2024年達新台幣4,820億元，較2023年的3,780億元年增"
            "27.5%，預估2025年可望突破6,000億元。法人指出，某代工大廠去年AI PC相關營收約新台幣1,100億元，今年第一季"
            "出貨量季增12%。另一項調查顯示，七成受訪企業採購主管計畫在兩年內汰換舊機。"
        ),
        obs=[
            ("Total", 2024, 4820, "TWD 100 million", "actual"),
            ("Total", 2023, 3780, "TWD 100 million", "actual"),
            ("Total", 2025, 6000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4820 / 3780 - 1 = 27.513% -> 27.5
        ],
    ),
    # 13. Traditional Chinese Hong Kong broker report: 億港元, "去年約為186億港元" (2024) and "今年可達213億港元"
    #     (2025 estimate), 按年增長14.8% reached only within rounding; distractors: 滲透率 and 百分點, a retailer's
    #     price target and 上升空間, the retailer's own revenue, 首季 sales growth
    dict(
        text=(
            "【香港訊】本地券商匯嶺證券2025年4月發表報告指出，香港AI手機零售市場規模去年約為186億港元，預計今年可達"
            "213億港元，按年增長14.8%。報告估計，AI手機佔本地智能手機銷量的滲透率已升至45%，較一年前上升11個百分點。"
            "匯嶺將某零售連鎖股的目標價上調至32港元，較現價有18%上升空間；該公司去年手機業務收入為27.5億港元。首季本港"
            "AI手機銷售額按年增長9%。"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2025, 213, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 213 / 186 - 1 = 14.52% -> 14.5 != 14.8; bounds 212.5/186.5 - 1 = 13.94% .. 213.5/185.5 - 1 = 15.09%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese retailers' trade body: AI玩具 2024 total and a category's amount with 占比 (arithmetic),
    #     2027 forecast with a CAGR whose span is not printed (inferred, read as cagr|period); distractors:
    #     618 大促 成交额 翻番, parents' survey answer, 千亿级
    dict(
        text=(
            "华玩零售联合会发布的数据显示，2024年中国AI玩具市场规模为246亿元，其中AI陪伴玩偶销售额为98.6亿元，占比"
            "40.1%。联合会预计，2027年市场规模将达到652亿元，年均复合增长率为38.4%。618大促期间，多家电商平台AI玩具"
            "成交额同比翻番；一项面向2,000名家长的调查显示，57%的受访者愿意为孩子购买AI玩具。业内普遍认为，这是一条"
            "千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 246, "CNY 100 million", "actual"),
            ("AI陪伴玩偶", 2024, 98.6, "CNY 100 million", "actual"),
            ("Total", 2027, 652, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.1, "percent", 2024, 2024, None),
            ("cagr", 38.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 98.6 / 246 = 40.081% -> 40.1
            ("cagr|period", "exact"),  # (652 / 246) ** (1/3) - 1 = 38.39% -> 38.4
        ],
    ),
    # 15. English pipe table: market value by device category x year (2023, 2024, 2025E) with a Total row;
    #     2024 column adds to 330.4 against a printed 330.5 (rounding); table number is boilerplate
    dict(
        text=(
            "Table 3. Global consumer AI device market value by category (USD billion)\n"
            "\n"
            "| Category | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| AI PCs | 31.8 | 44.5 | 63.0 |\n"
            "| GenAI smartphones | 190.6 | 262.3 | 338.9 |\n"
            "| Smart glasses | 3.2 | 4.7 | 7.4 |\n"
            "| AI wearables | 12.5 | 18.9 | 25.6 |\n"
            "| Total | 238.1 | 330.5 | 434.9 |\n"
            "\n"
            "Source: Halvern Device Insights. E = estimate; accessories excluded."
        ),
        obs=[
            ("AI PCs", 2023, 31.8, "USD billion", "actual"),
            ("AI PCs", 2024, 44.5, "USD billion", "actual"),
            ("AI PCs", 2025, 63.0, "USD billion", "estimate"),
            ("GenAI smartphones", 2023, 190.6, "USD billion", "actual"),
            ("GenAI smartphones", 2024, 262.3, "USD billion", "actual"),
            ("GenAI smartphones", 2025, 338.9, "USD billion", "estimate"),
            ("Smart glasses", 2023, 3.2, "USD billion", "actual"),
            ("Smart glasses", 2024, 4.7, "USD billion", "actual"),
            ("Smart glasses", 2025, 7.4, "USD billion", "estimate"),
            ("AI wearables", 2023, 12.5, "USD billion", "actual"),
            ("AI wearables", 2024, 18.9, "USD billion", "actual"),
            ("AI wearables", 2025, 25.6, "USD billion", "estimate"),
            ("Total", 2023, 238.1, "USD billion", "actual"),
            ("Total", 2024, 330.5, "USD billion", "actual"),
            ("Total", 2025, 434.9, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 31.8 + 190.6 + 3.2 + 12.5 = 238.1 = 238.1
            # 2024: 44.5 + 262.3 + 4.7 + 18.9 = 330.4 != 330.5; parts reach 330.2 .. 330.6, total 330.45 .. 330.55
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 63.0 + 338.9 + 7.4 + 25.6 = 434.9 = 434.9
        ],
    ),
    # 16. Simplified Chinese space-aligned tables: 表1 出货量（万台） beside 表2 市场规模（亿元）, both by category with
    #     a 合计 row and a 2025年E column; only 表2 gives observations (row labels as items, 合计 included)
    dict(
        text=(
            "表1 中国AI可穿戴设备出货量（万台）\n"
            "品类        2023年    2024年    2025年E\n"
            "AI耳机        2860      4120       5350\n"
            "AI手表        1540      2080       2610\n"
            "AI眼镜          48       152        290\n"
            "合计          4448      6352       8250\n"
            "\n"
            "表2 中国AI可穿戴设备市场规模（亿元）\n"
            "品类        2023年    2024年    2025年E\n"
            "AI耳机       386.0     552.4      701.8\n"
            "AI手表       412.5     538.0      655.3\n"
            "AI眼镜        15.6      41.2       73.5\n"
            "合计         814.1    1131.6     1430.6\n"
            "注：E为预测值。数据来源：澄观研究院。"
        ),
        obs=[
            ("AI耳机", 2023, 386.0, "CNY 100 million", "actual"),
            ("AI耳机", 2024, 552.4, "CNY 100 million", "actual"),
            ("AI耳机", 2025, 701.8, "CNY 100 million", "estimate"),
            ("AI手表", 2023, 412.5, "CNY 100 million", "actual"),
            ("AI手表", 2024, 538.0, "CNY 100 million", "actual"),
            ("AI手表", 2025, 655.3, "CNY 100 million", "estimate"),
            ("AI眼镜", 2023, 15.6, "CNY 100 million", "actual"),
            ("AI眼镜", 2024, 41.2, "CNY 100 million", "actual"),
            ("AI眼镜", 2025, 73.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 814.1, "CNY 100 million", "actual"),
            ("合计", 2024, 1131.6, "CNY 100 million", "actual"),
            ("合计", 2025, 1430.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 386.0 + 412.5 + 15.6 = 814.1
            ("hierarchy", "exact"),  # 2024: 552.4 + 538.0 + 41.2 = 1131.6
            ("hierarchy", "exact"),  # 2025E: 701.8 + 655.3 + 73.5 = 1430.6
        ],
    ),
    # 17. English vertical tab-separated table: rows are years, a lone value column headed by its unit only
    #     ("USD billion" -> Total) and a YoY column; F rows are estimates; the 2026F rate contradicts its amounts
    dict(
        text=(
            "Smart speakers with on-device AI: worldwide retail value\n"
            "Year\tUSD billion\tYoY\n"
            "2022\t4.8\t—\n"
            "2023\t6.1\t27.1%\n"
            "2024\t7.9\t29.5%\n"
            "2025F\t9.6\t21.5%\n"
            "2026F\t11.0\t18.2%\n"
            "Current dollars; F = forecast. Unit shipments are tracked in a separate annex."
        ),
        obs=[
            ("Total", 2022, 4.8, "USD billion", "actual"),
            ("Total", 2023, 6.1, "USD billion", "actual"),
            ("Total", 2024, 7.9, "USD billion", "actual"),
            ("Total", 2025, 9.6, "USD billion", "estimate"),
            ("Total", 2026, 11.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2022, 2023, 1.0),
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.1 / 4.8 - 1 = 27.08% -> 27.1
            ("cagr|implied", "exact"),  # 7.9 / 6.1 - 1 = 29.51% -> 29.5
            ("cagr|implied", "exact"),  # 9.6 / 7.9 - 1 = 21.52% -> 21.5
            # 11.0 / 9.6 - 1 = 14.58%; bounds 10.95/9.65 - 1 = 13.47% .. 11.05/9.55 - 1 = 15.71%; 18.2 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 18. Traditional Chinese pipe table: Taiwan AI-phone supply-chain output by component (新台幣億元) with a 合計
    #     row; 2025(F) column adds to 3,841 against a printed 3,842 (rounding); distractor: 出貨量 萬支 in a note
    dict(
        text=(
            "台灣AI手機供應鏈產值（單位：新台幣億元）\n"
            "| 項目 | 2024年 | 2025年(F) |\n"
            "|---|---|---|\n"
            "| 鏡頭模組 | 1,286 | 1,452 |\n"
            "| 散熱元件 | 342 | 468 |\n"
            "| 電池與電源 | 615 | 690 |\n"
            "| 印刷電路板 | 1,058 | 1,231 |\n"
            "| 合計 | 3,301 | 3,842 |\n"
            "資料來源：鑫研產業顧問；F為預估值。該機構另預估2025年台灣品牌AI手機出貨量達1,850萬支。"
        ),
        obs=[
            ("鏡頭模組", 2024, 1286, "TWD 100 million", "actual"),
            ("鏡頭模組", 2025, 1452, "TWD 100 million", "estimate"),
            ("散熱元件", 2024, 342, "TWD 100 million", "actual"),
            ("散熱元件", 2025, 468, "TWD 100 million", "estimate"),
            ("電池與電源", 2024, 615, "TWD 100 million", "actual"),
            ("電池與電源", 2025, 690, "TWD 100 million", "estimate"),
            ("印刷電路板", 2024, 1058, "TWD 100 million", "actual"),
            ("印刷電路板", 2025, 1231, "TWD 100 million", "estimate"),
            ("合計", 2024, 3301, "TWD 100 million", "actual"),
            ("合計", 2025, 3842, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1286 + 342 + 615 + 1058 = 3301
            # 2025(F): 1452 + 468 + 690 + 1231 = 3841 != 3842; parts reach 3839 .. 3843, total 3841.5 .. 3842.5
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. English pipe table of brand shares of units (no observation, its 100% total no claim) under prose
    #     giving the market's value and a segment's amount and share (arithmetic); distractor: a brand's own
    #     revenue ("roughly $2.2 billion")
    dict(
        text=(
            "The global smart-glasses market was worth $5.1 billion in 2024, according to Ashgrove Devices, of "
            "which audio-first frames accounted for $1.4 billion, or 27.5%. Market leader Aurelle's own "
            "smart-glasses revenue came to roughly $2.2 billion.\n"
            "\n"
            "Who ships what: share of global smart-glasses units, 2024\n"
            "| Brand | Share of units |\n"
            "|---|---|\n"
            "| Aurelle | 41% |\n"
            "| Vistro | 18% |\n"
            "| Kaimon | 12% |\n"
            "| Others | 29% |\n"
            "| Total | 100% |"
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Audio-first frames", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("share", 27.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.4 / 5.1 = 27.451% -> 27.5
        ],
    ),
    # 20. English space-aligned table in yen (¥ billion), fiscal-year columns with an "e" column, a Total row
    #     (hierarchy) and a YoY row giving the Total's year-on-year rates; distractor: unit shipments note
    dict(
        text=(
            "Japan: consumer AI device sales by category (¥ billion, fiscal years)\n"
            "                     FY2023    FY2024    FY2025e\n"
            "AI PCs                  498       587        676\n"
            "AI smartphones        1,046     1,318      1,502\n"
            "Smart speakers           38        44         51\n"
            "Total                 1,582     1,949      2,229\n"
            "YoY                       —     23.2%      14.4%\n"
            "Source: Japan Digital Home Appliance Council; e = estimate. AI PC unit shipments were 3.0 million "
            "in FY2024."
        ),
        obs=[
            ("AI PCs", 2023, 498, "JPY billion", "actual"),
            ("AI PCs", 2024, 587, "JPY billion", "actual"),
            ("AI PCs", 2025, 676, "JPY billion", "estimate"),
            ("AI smartphones", 2023, 1046, "JPY billion", "actual"),
            ("AI smartphones", 2024, 1318, "JPY billion", "actual"),
            ("AI smartphones", 2025, 1502, "JPY billion", "estimate"),
            ("Smart speakers", 2023, 38, "JPY billion", "actual"),
            ("Smart speakers", 2024, 44, "JPY billion", "actual"),
            ("Smart speakers", 2025, 51, "JPY billion", "estimate"),
            ("Total", 2023, 1582, "JPY billion", "actual"),
            ("Total", 2024, 1949, "JPY billion", "actual"),
            ("Total", 2025, 2229, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 14.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 498 + 1046 + 38 = 1582
            ("hierarchy", "exact"),  # FY2024: 587 + 1318 + 44 = 1949
            ("hierarchy", "exact"),  # FY2025e: 676 + 1502 + 51 = 2229
            ("cagr|implied", "exact"),  # 1949 / 1582 - 1 = 23.20% -> 23.2
            ("cagr|implied", "exact"),  # 2229 / 1949 - 1 = 14.37% -> 14.4
        ],
    ),
    # 21. English prose, dated news on AI PCs: "last year" (-> 2024) "up 64% from" 2023, stated 2024-2028 CAGR,
    #    "about 2.7 times" multiple; distractors: unit shipments, penetration, percentage points, ASP
    dict(
        text=(
            "LONDON, 18 February 2025 — Laptops with dedicated neural processors have moved from the premium shelf "
            "into the mainstream. The worldwide AI PC market was worth $51.2 billion last year, up 64% from $31.2 "
            "billion in 2023, according to device tracker Halvard Metrics. Halvard expects the category to reach "
            "$139 billion in 2028, a compound annual growth rate of 28.4% over 2024-2028, which would make the market "
            "about 2.7 times last year's size. Shipments reached 47 million units, and AI-capable machines made up 19% "
            "of all PCs shipped, up 11 percentage points on the year. Average selling prices held at about $1,090."
        ),
        obs=[
            ("Total", 2024, 51.2, "USD billion", "actual"),
            ("Total", 2023, 31.2, "USD billion", "actual"),
            ("Total", 2028, 139, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 64, "percent", 2023, 2024, 1.0),             # "up 64% from"
            ("cagr", 28.4, "percent", 2024, 2028, None, "stated"),   # "over 2024-2028"
            ("multiple", 2.7, "multiple", 2024, 2028, 4.0),          # "about 2.7 times last year's size"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 51.2 / 31.2 - 1 = 64.10% -> 64
            ("cagr|implied", "exact"),  # (139 / 51.2) ** (1/4) - 1 = 2.71484 ** 0.25 - 1 = 28.36% -> 28.4
        ],
    ),
    # 22. English prose, earnings-call transcript: TAM for AI glasses = the market (Total), "last year" -> 2024,
    #    "roughly 28% a year" to 2030 with no printed span (inferred CAGR); distractors: quarter's own revenue,
    #    headcount, gross margin, price target and upside
    dict(
        text=(
            "Transcript excerpt, Vireo Optics fiscal Q3 2025 earnings call, 29 October 2025. Chief executive Dana "
            "Whitcombe: \"Smart-glasses revenue came in at $412 million for the quarter, and we now have 2,300 "
            "engineers working on the platform. We sized the total addressable market for AI glasses at $8.5 billion "
            "last year, and we think it compounds at roughly 28% a year to about $38 billion in 2030 — that is the "
            "market we are building for.\" Finance chief Omar Reyes said he expects gross margin of 46% next year. "
            "Brookline Partners kept its $96 price target, about 22% above Tuesday's close."
        ),
        obs=[
            ("Total", 2024, 8.5, "USD billion", "actual"),
            ("Total", 2030, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2030, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 8.5) ** (1/6) - 1 = 4.47059 ** (1/6) - 1 = 28.35% -> 28
        ],
    ),
    # 23. English prose, forecast cut: "cut its forecast ... this year to $212 billion from $236 billion" (new figure,
    #    2025 estimate), 2024 base, implied growth; a rival tracker's figure for the same year expected nowhere;
    #    distractors: penetration, installed base, ASP
    dict(
        text=(
            "SINGAPORE, 9 June 2025 — Mercator Devices has cut its forecast for the generative-AI smartphone market "
            "this year to $212 billion from $236 billion, blaming softer demand in China and higher memory costs. "
            "The consultancy puts the 2024 market at $168.5 billion, so even the revised figure implies growth of 26%. "
            "Quillon Research, a rival tracker, still sees this year's market at $250 billion. GenAI-capable handsets "
            "will make up 38% of smartphone shipments in 2025, up from 24%, Mercator says, and their installed base "
            "has passed 610 million units; the average selling price is about $690."
        ),
        obs=[
            ("Total", 2025, 212, "USD billion", "estimate"),
            ("Total", 2024, 168.5, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),  # "implies growth of 26%"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 168.5 - 1 = 25.82% -> 26
        ],
    ),
    # 24. English prose, Japanese association in yen: fiscal years, "¥486 billion ... up 18.5% from ¥410 billion a
    #    year earlier", AI PCs' share 41.3% = ¥201 billion (rounding), fiscal 2025 expectation; distractors:
    #    member-company count, survey answer
    dict(
        text=(
            "TOKYO, 21 May 2025 — Domestic sales of AI-enabled consumer devices in Japan reached ¥486 billion in "
            "fiscal 2024, up 18.5% from ¥410 billion a year earlier, the Nippon Smart Appliance Council said on "
            "Wednesday. AI PCs accounted for 41.3% of the total, or ¥201 billion, as households replaced machines "
            "ahead of the end of Windows 10 support. The council, which has 214 member companies, expects sales of "
            "¥560 billion in fiscal 2025. In its consumer survey, 29% of respondents said they planned to buy an AI "
            "device within a year."
        ),
        obs=[
            ("Total", 2024, 486, "JPY billion", "actual"),
            ("Total", 2023, 410, "JPY billion", "actual"),
            ("AI PCs", 2024, 201, "JPY billion", "actual"),
            ("Total", 2025, 560, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 486 / 410 - 1 = 18.54% -> 18.5
            ("arithmetic", "rounding"),  # 201 / 486 = 41.358% -> 41.4 != 41.3; bounds 200.5/486.5 = 41.21%
                                         # .. 201.5/485.5 = 41.50% include 41.3 -> rounding
        ],
    ),
    # 25. English prose, AI wearables review: "a 41% rise from" that its own figures contradict (inconsistent),
    #    smart rings' part and share; distractors: fourth-quarter sales, "a hundred-billion-dollar opportunity",
    #    survey size and answer
    dict(
        text=(
            "Wearables that listen, summarise and coach are the fastest-growing corner of consumer electronics, "
            "according to Stonebridge Analytics. In its annual review, published in March 2025, the firm puts the "
            "global AI wearables market at $27.4 billion for 2024, a 41% rise from $21.6 billion in 2023. Smart rings "
            "made up $3.3 billion of that, about 12% of the market's value. Fourth-quarter sales alone were $8.9 "
            "billion. Stonebridge calls AI companions worn on the body \"a hundred-billion-dollar opportunity\" over "
            "the decade, and its survey of 1,200 owners found 47% use their device's assistant daily."
        ),
        obs=[
            ("Total", 2024, 27.4, "USD billion", "actual"),
            ("Total", 2023, 21.6, "USD billion", "actual"),
            ("Smart rings", 2024, 3.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 27.4 / 21.6 - 1 = 26.85%; bounds 27.35/21.65 - 1 = 26.33% ..
                                               # 47.45/21.55 - 1 = 27.38%; 41 unreachable
            ("arithmetic", "exact"),           # 3.3 / 27.4 = 12.04% -> 12
        ],
    ),
    # 26. Simplified Chinese prose, mainland research firm on AI手机: 2,860亿元 "较2023年的1,720亿元同比增长66.3%",
    #    stated 2024—2027 CAGR; distractors: report-title year, 出货量 亿台, 渗透率, 百分点, 千亿级
    dict(
        text=(
            "据研究机构云衡咨询3月发布的《2025中国AI手机产业报告》，2024年中国AI手机市场规模达到2,860亿元，"
            "较2023年的1,720亿元同比增长66.3%。报告预计，到2027年市场规模将达到6,450亿元，2024—2027年年均复合"
            "增长率为31.1%。出货量方面，2024年AI手机出货量约为1.02亿台，渗透率升至35%，较上年提高14个百分点。"
            "报告认为，端侧大模型还将带动一个千亿级的配件与服务市场。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2023, 1720, "CNY 100 million", "actual"),
            ("Total", 2027, 6450, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 66.3, "percent", 2023, 2024, 1.0),
            ("cagr", 31.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2860 / 1720 - 1 = 66.28% -> 66.3
            ("cagr|implied", "exact"),  # (6450 / 2860) ** (1/3) - 1 = 2.25524 ** (1/3) - 1 = 31.14% -> 31.1
        ],
    ),
    # 27. Simplified Chinese prose, AI眼镜: 41亿元 -> 预计128亿元 "增长2倍" between two printed amounts (x3, no verdict);
    #    distractors: 双十一 sales and its rate, a brand's own revenue, 出货量, share in words (三成)
    dict(
        text=(
            "2025年11月14日，行业研究机构鲸澜研究院发布数据显示，2024年中国AI眼镜市场规模为41亿元，预计2025年将"
            "达到128亿元，较2024年增长2倍。今年“双十一”期间，AI眼镜线上销售额突破9亿元，同比增长超过300%。"
            "某头部品牌2024年智能眼镜业务营收为12.6亿元，全年出货量约35万台，研究院预计其今年市占率将保持在三成以上。"
        ),
        obs=[
            ("Total", 2024, 41, "CNY 100 million", "actual"),
            ("Total", 2025, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2025, 1.0),  # 增长2倍 between 41 and 128 -> x3 (128/41 = 3.12)
        ],
        verdicts=[],
    ),
    # 28. Simplified Chinese prose, industry alliance white paper: series opens in 亿元 (8,200亿元), later 1.15万亿元
    #    expected as 11500 and 今年 1.5万亿元 as 15000 (estimate); AI玩具 part with 占比约2.1%; distractors:
    #    渗透率, member count
    dict(
        text=(
            "2025年3月，中部消费电子产业联盟发布的白皮书显示，2023年我国AI消费终端市场规模为8,200亿元，2024年增至"
            "1.15万亿元，同比增长40.2%。其中，AI玩具市场规模为246亿元，占比约2.1%，线上渠道渗透率约为8%。"
            "白皮书预计，今年AI消费终端市场规模有望达到1.5万亿元。联盟目前共有成员企业320家。"
        ),
        obs=[
            ("Total", 2023, 8200, "CNY 100 million", "actual"),
            ("Total", 2024, 11500, "CNY 100 million", "actual"),
            ("AI玩具", 2024, 246, "CNY 100 million", "actual"),
            ("Total", 2025, 15000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.2, "percent", 2023, 2024, 1.0),
            ("share", 2.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11500 / 8200 - 1 = 40.24% -> 40.2
            ("arithmetic", "exact"),    # 246 / 11500 = 2.139% -> 2.1
        ],
    ),
    # 29. Traditional Chinese prose, Taiwan press in 新台幣億元: 去年 385 / 前年 302, "年增27.8%" exact only within
    #    rounding; 今年 預估 468; distractors: units sold (萬台), ASP 新台幣4.2萬元, a brand's share of units
    dict(
        text=(
            "2025年2月18日／台北報導 — 研調機構宏策產業研究指出，受Windows換機潮與AI PC新品帶動，台灣AI筆電零售"
            "市場規模去年達新台幣385億元，年增27.8%，前年則為新台幣302億元。宏策預估，今年市場規模可望達新台幣"
            "468億元。去年AI筆電銷量約52萬台，平均售價約新台幣4.2萬元；品牌方面，某品牌以31%的銷量市占率居首。"
        ),
        obs=[
            ("Total", 2024, 385, "TWD 100 million", "actual"),
            ("Total", 2023, 302, "TWD 100 million", "actual"),
            ("Total", 2025, 468, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 385 / 302 - 1 = 27.48% -> 27.5 != 27.8; bounds 384.5/302.5 - 1 = 27.11%
                                           # .. 385.5/301.5 - 1 = 27.86% include [27.75, 27.85) -> rounding
        ],
    ),
    # 30. Traditional Chinese prose, Hong Kong broker in 億港元: 約152億港元 (2024) to 230億港元 (2026), stated
    #     "2024至2026年年複合增長率約23%"; distractors: penetration rates, price target in 港元 and upside, a brand's
    #     share of shipments
    dict(
        text=(
            "富瀚證券2025年4月發表的研究報告指出，2024年香港AI手機零售市場規模約152億港元，預計2026年將增至230億港元，"
            "2024至2026年年複合增長率約23%。報告認為，本港AI手機滲透率將由去年的28%升至明年的55%。富瀚同時將某內地"
            "手機品牌目標價上調至48港元，較現價有18%上升空間，並指該品牌佔本港AI手機出貨量約27%。"
        ),
        obs=[
            ("Total", 2024, 152, "HKD 100 million", "actual"),
            ("Total", 2026, 230, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (230 / 152) ** (1/2) - 1 = 1.51316 ** 0.5 - 1 = 23.01% -> 23
        ],
    ),
    # 31. Traditional Chinese prose, Taiwan consultancy cuts its forecast: "由新台幣1,260億元下修至新台幣1,080億元"
    #     (new figure, 今年 estimate), 去年 742 and "成長45.6%"; AI眼鏡 part 648 (estimate); second publisher's
    #     1,150 nowhere; distractors: share in words (六成), shipments in 萬副 and "近一倍"
    dict(
        text=(
            "（2025年7月）資策產業顧問將今年全球智慧眼鏡市場產值預估由新台幣1,260億元下修至新台幣1,080億元，主因"
            "光波導模組良率不如預期；不過，此數字仍較去年的新台幣742億元成長45.6%。其中，AI眼鏡產值約新台幣648億元，"
            "占整體六成。另一研調機構則估今年產值為新台幣1,150億元。資策預估今年全球智慧眼鏡出貨量約1,250萬副，"
            "較去年增加近一倍。"
        ),
        obs=[
            ("Total", 2025, 1080, "TWD 100 million", "estimate"),
            ("Total", 2024, 742, "TWD 100 million", "actual"),
            ("AI眼鏡", 2025, 648, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 45.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1080 / 742 - 1 = 45.55% -> 45.6
        ],
    ),
    # 32. Simplified Chinese prose, retailers' trade body: smart speakers with on-device models, a decline
    #     "较2023年的72.9亿元下降6.2%" (negative rate); distractors: ASP 元/台, 保有量, 618 sales, survey answer
    dict(
        text=(
            "2025年7月3日，华东家电零售商联合会发布年度报告称，2024年搭载端侧大模型的智能音箱零售额为68.4亿元，"
            "较2023年的72.9亿元下降6.2%。报告分析，传统智能音箱需求持续萎缩，而新一代产品均价升至每台499元，"
            "累计保有量约为1.1亿台。今年“618”期间，该品类线上成交额约7.3亿元；联合会的消费者调查显示，41%的受访者"
            "愿意为端侧AI功能多付费。"
        ),
        obs=[
            ("Total", 2024, 68.4, "CNY 100 million", "actual"),
            ("Total", 2023, 72.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -6.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 68.4 / 72.9 - 1 = -6.17% -> -6.2
        ],
    ),
    # 33. Simplified Chinese prose, think-tank estimate: AI可穿戴 520亿元 (Total) with a second market AI学习机 310亿元
    #     named beside it (own item, not summed); "年均28%的复合增速，到2029年达到1,790亿元" (inferred CAGR);
    #     distractors: 出货量 万台, 渗透率, firm count
    dict(
        text=(
            "深研智库2025年5月测算，2024年中国AI可穿戴设备市场规模为520亿元，同期AI学习机市场规模为310亿元。在智能"
            "手表、AI耳机和智能戒指的带动下，AI可穿戴设备市场将保持年均28%的复合增速，到2029年达到1,790亿元。其中，"
            "智能手表出货量达4,300万台，AI耳机渗透率约为18%；目前行业内相关企业超过2,000家。"
        ),
        obs=[
            ("Total", 2024, 520, "CNY 100 million", "actual"),
            ("AI学习机", 2024, 310, "CNY 100 million", "actual"),
            ("Total", 2029, 1790, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1790 / 520) ** (1/5) - 1 = 3.44231 ** 0.2 - 1 = 28.05% -> 28
        ],
    ),
    # 34. Simplified Chinese prose on Japan in 亿日元: fiscal years, "同比增长52%" that 7,850 / 4,760 contradict
    #     (inconsistent); 突破1.02万亿日元 converted to the series' 亿日元 (10200); distractors: 出货量, share of PC
    #     shipments, survey size and answer (超过六成)
    dict(
        text=(
            "日本数码家电协会2025年5月发布的统计显示，2024财年日本AI PC销售额为7,850亿日元，同比增长52%，2023财年为"
            "4,760亿日元。协会预计，2025财年销售额将突破1.02万亿日元。2024财年AI PC出货量约620万台，占PC总出货量的"
            "43%；协会对1,500名消费者的调查显示，超过六成受访者购买时会关注AI功能。"
        ),
        obs=[
            ("Total", 2024, 7850, "JPY 100 million", "actual"),
            ("Total", 2023, 4760, "JPY 100 million", "actual"),
            ("Total", 2025, 10200, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 7850 / 4760 - 1 = 64.92%; bounds 7849.5/4760.5 - 1 = 64.89% ..
                                               # 7870.5/4759.5 - 1 = 64.94%; 52 unreachable
        ],
    ),
    # 35. English pipe table: market value by category and year (USD billion) with a 2025E column and a Total row;
    #     a prose share (GenAI smartphones 66.5% of 2024 value); distractors: table number, installed base
    dict(
        text=(
            "Norwell Device Tracker, January 2025 update. Table 2: Global consumer AI device market value by category "
            "(USD billion)\n"
            "| Category | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| AI PCs | 31.2 | 51.6 | 78.4 |\n"
            "| GenAI smartphones | 96.5 | 168.3 | 214.0 |\n"
            "| AI glasses & wearables | 18.4 | 27.9 | 39.6 |\n"
            "| Smart speakers (on-device LLM) | 4.1 | 5.3 | 6.8 |\n"
            "| Total | 150.2 | 253.1 | 338.8 |\n"
            "GenAI smartphones took 66.5% of the market's value in 2024. Norwell counts 1.9 billion AI-capable "
            "devices in the installed base."
        ),
        obs=[
            ("AI PCs", 2023, 31.2, "USD billion", "actual"),
            ("AI PCs", 2024, 51.6, "USD billion", "actual"),
            ("AI PCs", 2025, 78.4, "USD billion", "estimate"),
            ("GenAI smartphones", 2023, 96.5, "USD billion", "actual"),
            ("GenAI smartphones", 2024, 168.3, "USD billion", "actual"),
            ("GenAI smartphones", 2025, 214.0, "USD billion", "estimate"),
            ("AI glasses & wearables", 2023, 18.4, "USD billion", "actual"),
            ("AI glasses & wearables", 2024, 27.9, "USD billion", "actual"),
            ("AI glasses & wearables", 2025, 39.6, "USD billion", "estimate"),
            ("Smart speakers (on-device LLM)", 2023, 4.1, "USD billion", "actual"),
            ("Smart speakers (on-device LLM)", 2024, 5.3, "USD billion", "actual"),
            ("Smart speakers (on-device LLM)", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2023, 150.2, "USD billion", "actual"),
            ("Total", 2024, 253.1, "USD billion", "actual"),
            ("Total", 2025, 338.8, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 66.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 168.3 / 253.1 = 66.495% -> 66.5
            ("hierarchy", "exact"),   # 2023: 31.2 + 96.5 + 18.4 + 4.1 = 150.2
            ("hierarchy", "exact"),   # 2024: 51.6 + 168.3 + 27.9 + 5.3 = 253.1
            ("hierarchy", "exact"),   # 2025E: 78.4 + 214.0 + 39.6 + 6.8 = 338.8
        ],
    ),
    # 36. Simplified Chinese space-aligned tables: 表1 shipments in 万台 (no observation) beside 表2 value in 亿元
    #     with a 合计 row that the rows reach only within rounding in both years; distractor: 渗透率 note
    dict(
        text=(
            "星衡数据《2025年中国AI终端市场监测》（2025年3月）\n"
            "\n"
            "表1  中国AI终端出货量（万台）\n"
            "品类          2023年      2024年\n"
            "AI手机         4,650      10,200\n"
            "AI PC            980       1,760\n"
            "AI眼镜            12          48\n"
            "\n"
            "表2  中国AI终端市场规模（亿元）\n"
            "品类          2023年      2024年\n"
            "AI手机       1,720.4     2,861.7\n"
            "AI PC          612.8     1,034.6\n"
            "AI眼镜           8.6        41.3\n"
            "合计         2,341.9     3,937.7\n"
            "\n"
            "注：2024年AI PC渗透率为23%。"
        ),
        obs=[
            ("AI手机", 2023, 1720.4, "CNY 100 million", "actual"),
            ("AI手机", 2024, 2861.7, "CNY 100 million", "actual"),
            ("AI PC", 2023, 612.8, "CNY 100 million", "actual"),
            ("AI PC", 2024, 1034.6, "CNY 100 million", "actual"),
            ("AI眼镜", 2023, 8.6, "CNY 100 million", "actual"),
            ("AI眼镜", 2024, 41.3, "CNY 100 million", "actual"),
            ("合计", 2023, 2341.9, "CNY 100 million", "actual"),
            ("合计", 2024, 3937.7, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 2023: 1720.4 + 612.8 + 8.6 = 2341.8 != 2341.9; rows' bounds
                                        # 2361.65 .. 2341.95 reach [2341.85, 2341.95) -> rounding
            ("hierarchy", "rounding"),  # 2024: 2861.7 + 1034.6 + 41.3 = 3937.6 != 3937.7; rows' bounds
                                        # 3957.45 .. 3937.75 reach [3937.65, 3937.75) -> rounding
        ],
    ),
    # 37. English tab-separated vertical table: rows are years, lone value column headed by its unit only
    #     ("USD million") -> Total; YoY column: exact, inconsistent (23.9%), rounding (32.2%), exact; F rows
    #     estimates; distractors: units sold, survey answer
    dict(
        text=(
            "Kestrel Play Insights, Global AI Toys Report 2025 (published April 2025). Market value by year:\n"
            "Year\tUSD million\tYoY\n"
            "2022\t1,180\t—\n"
            "2023\t1,490\t26.3%\n"
            "2024\t1,935\t23.9%\n"
            "2025F\t2,560\t32.2%\n"
            "2026F\t3,310\t29.3%\n"
            "AI toys sold in 2024: 41.6 million units. Kestrel's survey of 3,000 parents found 38% worried about "
            "data privacy."
        ),
        obs=[
            ("Total", 2022, 1180, "USD million", "actual"),
            ("Total", 2023, 1490, "USD million", "actual"),
            ("Total", 2024, 1935, "USD million", "actual"),
            ("Total", 2025, 2560, "USD million", "estimate"),
            ("Total", 2026, 3310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2022, 2023, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 32.2, "percent", 2024, 2025, 1.0),
            ("growth", 29.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 1490 / 1180 - 1 = 26.27% -> 26.3
            ("cagr|implied", "inconsistent"),  # 1935 / 1490 - 1 = 29.87%; bounds 1934.5/1490.5 - 1 = 29.79% ..
                                               # 1955.5/1489.5 - 1 = 29.94%; 23.9 unreachable
            ("cagr|implied", "rounding"),      # 2560 / 1935 - 1 = 32.30% -> 32.3 != 32.2; bounds 2559.5/1935.5 - 1
                                               # = 32.240% .. 2560.5/1934.5 - 1 = 32.360%; 32.240 < 32.25 -> rounding
            ("cagr|implied", "exact"),         # 3310 / 2560 - 1 = 29.30% -> 29.3
        ],
    ),
    # 38. English space-aligned table of brand shares of unit shipments by quarter (no observation, its 100% total
    #     no claim) under a prose line sizing the market in euros with a yoy rate; distractors: percentage-point
    #     changes, table number, a brand's own revenue
    dict(
        text=(
            "Ashgrove Research values the Western European generative-AI smartphone market at €18.6 billion for 2024, "
            "up 21% from €15.4 billion in 2023. Vendor shares of unit shipments:\n"
            "\n"
            "Vendor          Q4 2023    Q4 2024    Change (pp)\n"
            "Halcyon           34.1%      31.8%        -2.3\n"
            "Orbis Mobile      27.5%      29.9%        +2.4\n"
            "Tessel            14.2%      16.0%        +1.8\n"
            "Others            24.2%      22.3%        -1.9\n"
            "Total            100.0%     100.0%\n"
            "\n"
            "Source: Ashgrove Research, Table 6. Halcyon's own European handset revenue was €7.9 billion."
        ),
        obs=[
            ("Total", 2024, 18.6, "EUR billion", "actual"),
            ("Total", 2023, 15.4, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.6 / 15.4 - 1 = 20.78% -> 21
        ],
    ),
    # 39. Traditional Chinese pipe table in 新台幣億元 with F columns, a 合計 row and a "2024年占比" share column
    #     (each row's share checked against 合計; the 100% total is no claim); distractors: table and note numbers
    dict(
        text=(
            "表三：台灣消費性AI裝置供應鏈產值（新台幣億元）\n"
            "| 品項 | 2024 | 2025F | 2026F | 2024年占比 |\n"
            "|---|---|---|---|---|\n"
            "| AI筆電 | 3,850 | 4,620 | 5,310 | 54.5% |\n"
            "| AI手機零組件 | 2,480 | 2,960 | 3,390 | 35.1% |\n"
            "| 智慧眼鏡 | 735 | 1,080 | 1,520 | 10.4% |\n"
            "| 合計 | 7,065 | 8,660 | 10,220 | 100.0% |\n"
            "資料來源：台瀚產業研究，2025年5月。註2：不含伺服器及資料中心設備。"
        ),
        obs=[
            ("AI筆電", 2024, 3850, "TWD 100 million", "actual"),
            ("AI筆電", 2025, 4620, "TWD 100 million", "estimate"),
            ("AI筆電", 2026, 5310, "TWD 100 million", "estimate"),
            ("AI手機零組件", 2024, 2480, "TWD 100 million", "actual"),
            ("AI手機零組件", 2025, 2960, "TWD 100 million", "estimate"),
            ("AI手機零組件", 2026, 3390, "TWD 100 million", "estimate"),
            ("智慧眼鏡", 2024, 735, "TWD 100 million", "actual"),
            ("智慧眼鏡", 2025, 1080, "TWD 100 million", "estimate"),
            ("智慧眼鏡", 2026, 1520, "TWD 100 million", "estimate"),
            ("合計", 2024, 7065, "TWD 100 million", "actual"),
            ("合計", 2025, 8660, "TWD 100 million", "estimate"),
            ("合計", 2026, 10220, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 54.5, "percent", 2024, 2024, None),  # AI筆電
            ("share", 35.1, "percent", 2024, 2024, None),  # AI手機零組件
            ("share", 10.4, "percent", 2024, 2024, None),  # 智慧眼鏡
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3850 / 7065 = 54.49% -> 54.5
            ("arithmetic", "exact"),  # 2480 / 7065 = 35.10% -> 35.1
            ("arithmetic", "exact"),  # 735 / 7065 = 10.40% -> 10.4
            ("hierarchy", "exact"),   # 2024: 3850 + 2480 + 735 = 7065
            ("hierarchy", "exact"),   # 2025F: 4620 + 2960 + 1080 = 8660
            ("hierarchy", "exact"),   # 2026F: 5310 + 3390 + 1520 = 10220
        ],
    ),
    # 40. English tab-separated table in ¥100 million (JPY 100 million) with fiscal-year columns (FY2025e estimate)
    #     and its Total row printed first; prose rates for the total; distractor: member-firm count
    dict(
        text=(
            "Japan Digital Living Association — domestic market for AI-capable consumer devices, by category "
            "(¥100 million)\n"
            "Category\tFY2023\tFY2024\tFY2025e\n"
            "Total\t9,870\t13,240\t16,050\n"
            "AI PCs\t4,120\t6,380\t7,940\n"
            "AI smartphones\t5,310\t6,270\t7,300\n"
            "AI wearables & glasses\t440\t590\t810\n"
            "The association expects the total to grow 21% in fiscal 2025, after growth of 34.1% in fiscal 2024. "
            "Figures are based on returns from 186 member firms."
        ),
        obs=[
            ("Total", 2023, 9870, "JPY 100 million", "actual"),
            ("Total", 2024, 13240, "JPY 100 million", "actual"),
            ("Total", 2025, 16050, "JPY 100 million", "estimate"),
            ("AI PCs", 2023, 4120, "JPY 100 million", "actual"),
            ("AI PCs", 2024, 6380, "JPY 100 million", "actual"),
            ("AI PCs", 2025, 7940, "JPY 100 million", "estimate"),
            ("AI smartphones", 2023, 5310, "JPY 100 million", "actual"),
            ("AI smartphones", 2024, 6270, "JPY 100 million", "actual"),
            ("AI smartphones", 2025, 7300, "JPY 100 million", "estimate"),
            ("AI wearables & glasses", 2023, 440, "JPY 100 million", "actual"),
            ("AI wearables & glasses", 2024, 590, "JPY 100 million", "actual"),
            ("AI wearables & glasses", 2025, 810, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("growth", 34.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16050 / 13240 - 1 = 21.22% -> 21
            ("cagr|implied", "exact"),  # 13240 / 9870 - 1 = 34.14% -> 34.1
            ("hierarchy", "exact"),     # FY2023: 4120 + 5310 + 440 = 9870
            ("hierarchy", "exact"),     # FY2024: 6380 + 6270 + 590 = 13240
            ("hierarchy", "exact"),     # FY2025e: 7940 + 7300 + 810 = 16050
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twelfth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 10, 'exact': 61}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '38% more than the $35.2 billion spent in 2023',
    'implying a compound annual growth rate of 30.7% between 2024 and 2028',
    'the total addressable market for AI glasses at roughly $4.5 billion this year',
    'more than sixfold by 2030',
    'cut its forecast for global smart-glasses sales this year to $6.8 billion from $7.9 billion',
    'a 2024-2029 CAGR of 15.5%',
    'climbed to HK$1.27 billion last year from HK$910 million in 2023',
    '¥612 billion in fiscal 2024, up 18.4% from ¥517 billion a year earlier',
    'growth of 22.6% a year over 2024-2029',
    'a fall of 8.3%',
    'between $38 billion and $45 billion in 2027',
    '到2030年有望达到1.2万亿元',
    '较2024年增长3.4倍',
    '新台幣4,820億元，較2023年的3,780億元年增27.5%',
    '去年約為186億港元，預計今年可達213億港元',
    '占比40.1%',
    '| Category | 2023 | 2024 | 2025E |',
    '表2 中国AI可穿戴设备市场规模（亿元）',
    'Year\tUSD billion\tYoY',
    '                     FY2023    FY2024    FY2025e',
    'was worth $51.2 billion last year, up 64% from',
    'a compound annual growth rate of 28.4% over 2024-2028',
    'total addressable market for AI glasses',
    'compounds at roughly 28% a year',
    'cut its forecast for the generative-AI smartphone market',
    '¥486 billion in fiscal 2024',
    'AI PCs accounted for 41.3% of the total, or ¥201 billion',
    'a 41% rise from $21.6 billion in 2023',
    '2024—2027年年均复合增长率为31.1%',
    '较2024年增长2倍',
    '2024年增至1.15万亿元',
    '市場規模去年達新台幣385億元，年增27.8%',
    '2024至2026年年複合增長率約23%',
    '由新台幣1,260億元下修至新台幣1,080億元',
    '较2023年的72.9亿元下降6.2%',
    '年均28%的复合增速',
    '将突破1.02万亿日元',
    '| Total | 150.2 | 253.1 | 338.8 |',
    'Year\tUSD million\tYoY',
    '| 品項 | 2024 | 2025F | 2026F | 2024年占比 |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 180 figures, 41 rates,
#: 71 verdicts and 1 false inconsistent
#: after the readings chosen on the hundred-and-twelfth and hundred-and-fourteenth sets: 199, 46, 75 and 1
FLOORS = {"figures_found": 199, "rates_found": 46, "verdicts_right": 75}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset112.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
