"""A ninety-fifth check set for the extractor, written blind: device and equipment trackers as research firms publish them, in
English and Chinese (Simplified and Traditional) -- quarterly and annual shipment releases ("grew 7% year on year to
1.22 billion units in 2024", 出货量, 销量, 装机量), vendor share tables by quarter and by year whose vendors are parts of
the market's total, average selling prices and vendors' own revenue as distractors, market value beside units,
forecasts of units, and a quarter's figures beside the year's.

Conventions: as in the sixty-eighth set (its module docstring states them); counts are in "count million", "count 10
thousand", "count 100 million" or "count thousand".
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated smartphone shipment release: "reached 1,218.6 million units in 2024, up 6.9% from 1,140.2 million
    #    in 2023"; a Q4 figure, an average selling price and a retailer survey answer expected nowhere
    dict(
        text=(
            "SINGAPORE, 16 January 2025 — Global smartphone shipments reached 1,218.6 million units in 2024, up "
            "6.9% from 1,140.2 million in 2023, according to preliminary data from the tracker Halvorsen Insight. "
            "Fourth-quarter shipments alone came to 331.7 million units, the strongest quarter since 2021. The "
            "average selling price slipped to US$407, and 41% of the retailers Halvorsen surveyed said they expect "
            "stock levels to normalise by mid-year."
        ),
        obs=[
            ("Total", 2024, 1218.6, "count million", "actual"),
            ("Total", 2023, 1140.2, "count million", "actual"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1218.6 / 1140.2 - 1 = 6.876% -> 6.9
        ],
    ),
    # 2. a PC market news item: "a 1.0% increase on 2023's 259.9 million" (exact only within rounding); a
    #    vendor's units and share in prose; Q4 shipments and a percentage-point change expected nowhere
    dict(
        text=(
            "LONDON, 13 January 2025 — The PC market ended a two-year slide in 2024. Worldwide shipments totalled "
            "262.7 million units, a 1.0% increase on 2023's 259.9 million, says Corvane Research. Fourth-quarter "
            "shipments reached 68.9 million units as businesses replaced machines ahead of the end of support for "
            "an ageing operating system. Lindqvist held the top spot for the year with 64.1 million units, a 24.4% "
            "share, ahead of Ostara at 58.3 million; Ostara's share slipped 0.9 percentage points."
        ),
        obs=[
            ("Total", 2024, 262.7, "count million", "actual"),
            ("Total", 2023, 259.9, "count million", "actual"),
            ("Lindqvist", 2024, 64.1, "count million", "actual"),
            ("Ostara", 2024, 58.3, "count million", "actual"),
        ],
        claims=[
            ("growth", 1.0, "percent", 2023, 2024, 1.0),
            ("share", 24.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 262.7 / 259.9 - 1 = 1.077% -> 1.1, not 1.0; bounds 262.65/259.95 - 1 = 1.039% .. 262.75/259.85 - 1
            # = 1.116%; 1.039% rounds to 1.0 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 64.1 / 262.7 = 24.400% -> 24.4
        ],
    ),
    # 3. a forecast with a printed span: "from 537.9 million units in 2024 to 712.4 million in 2029, a compound
    #    annual growth rate of 5.8% over 2024-2029"; report title years, analyst headcount, country count,
    #    "roughly a third" and "a multibillion-dollar opportunity" expected nowhere
    dict(
        text=(
            "In its Wearables Outlook 2025-2029, published on 11 March 2025, Halden & Marsh, whose 140 analysts "
            "track connected devices in 38 countries, forecasts that global wearable shipments will climb from "
            "537.9 million units in 2024 to 712.4 million in 2029, a compound annual growth rate of 5.8% over "
            "2024-2029. Smartwatches made up roughly a third of last year's units, while hearables remain the "
            "largest category. The firm calls health sensing 'a multibillion-dollar opportunity' for vendors able "
            "to win regulatory clearance."
        ),
        obs=[
            ("Total", 2024, 537.9, "count million", "actual"),
            ("Total", 2029, 712.4, "count million", "estimate"),
        ],
        claims=[
            ("cagr", 5.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (712.4 / 537.9) ** (1/5) - 1 = 1.32441 ** 0.2 - 1 = 5.780% -> 5.8
        ],
    ),
    # 4. an earnings call sizing a TAM in fiscal years: "$38 billion in fiscal 2028, up from $14.5 billion in
    #    fiscal 2024 — growth of roughly 27% a year" (CAGR inferred from the amounts' years); the company's own
    #    revenue, its quarterly units, a price target and its upside expected nowhere
    dict(
        text=(
            "On its fiscal 2025 second-quarter earnings call, Veyra Optics chief executive Dana Okafor told "
            "analysts the company sizes the total addressable market for consumer AR/VR headsets at $38 billion in "
            "fiscal 2028, up from $14.5 billion in fiscal 2024 — growth of roughly 27% a year. Veyra's own headset "
            "revenue was $1.9 billion in fiscal 2024, and it shipped 2.1 million headsets in the quarter just "
            "ended. Brokerage Tamsin Partners reiterated its $62 price target, implying 18% upside."
        ),
        obs=[
            ("Total", 2028, 38, "USD billion", "estimate"),
            ("Total", 2024, 14.5, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 14.5) ** (1/4) - 1 = 2.62069 ** 0.25 - 1 = 27.23% -> 27
        ],
    ),
    # 5. a dated EV item with "last year" and "this year": "fell to 1.99 million units last year from 2.02
    #    million in 2023, a decline of 3.5%" (contradicted by its own figures); a penetration rate, percentage
    #    points and a Q4 figure expected nowhere
    dict(
        text=(
            "BERLIN, 8 February 2025 — Battery-electric car sales in Europe fell to 1.99 million units last year "
            "from 2.02 million in 2023, a decline of 3.5%, according to the Kessler Mobility Observatory. "
            "Battery-electric models took 15.4% of new-car registrations, 0.4 percentage points less than a year "
            "earlier. Fourth-quarter sales picked up to 540,000 units as manufacturers discounted ahead of tighter "
            "fleet CO2 targets. Kessler expects sales to recover to 2.45 million units this year."
        ),
        obs=[
            ("Total", 2024, 1.99, "count million", "actual"),
            ("Total", 2023, 2.02, "count million", "actual"),
            ("Total", 2025, 2.45, "count million", "estimate"),
        ],
        claims=[
            ("growth", -3.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.99 / 2.02 - 1 = -1.485%; bounds 1.985/2.025 - 1 = -1.975% .. 1.995/2.015 - 1 = -0.993%;
            # -3.5 is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. market value beside units: "$236.4 billion in 2024, 2.1 times the $112.6 billion recorded in 2022"
    #    (a multiple, no verdict) and "to 12.9 million in 2024 from 12.3 million a year earlier"; a part in
    #    prose ("1.6 million GPU-equipped servers"); "about half of all spending" expected nowhere
    dict(
        text=(
            "AUSTIN, Texas, 3 March 2025 — The value of servers shipped worldwide reached $236.4 billion in 2024, "
            "2.1 times the $112.6 billion recorded in 2022, as AI accelerators lifted system prices, according to "
            "Dunmore Data Systems. Unit shipments grew far more slowly, to 12.9 million in 2024 from 12.3 million "
            "a year earlier. Dunmore counts 1.6 million GPU-equipped servers among last year's units, and says "
            "hyperscalers accounted for about half of all spending."
        ),
        obs=[
            ("Total", 2024, 236.4, "USD billion", "actual"),
            ("Total", 2022, 112.6, "USD billion", "actual"),
            ("Total", 2024, 12.9, "count million", "actual"),
            ("Total", 2023, 12.3, "count million", "actual"),
            ("GPU-equipped servers", 2024, 1.6, "count million", "actual"),
        ],
        claims=[
            ("multiple", 2.1, "multiple", 2022, 2024, 2.0),  # 236.4 / 112.6 = 2.0995; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 7. an undated tablet item: "147.9 million units in 2024, down 2.7% on the 152.1 million shipped in 2023"
    #    (exact only within rounding); "by a fifth", an ASP, its 4% rise, a household count and a survey
    #    answer expected nowhere
    dict(
        text=(
            "Tablet demand has yet to find a floor. Worldwide shipments came to 147.9 million units in 2024, down "
            "2.7% on the 152.1 million shipped in 2023, the tracker Pellworth Analytics said on Tuesday. School "
            "tenders in the United States shrank by a fifth, while the category's average selling price rose 4% to "
            "$318. Of the 1,200 households Pellworth polled, 27% said they planned to buy a tablet in the next "
            "twelve months."
        ),
        obs=[
            ("Total", 2024, 147.9, "count million", "actual"),
            ("Total", 2023, 152.1, "count million", "actual"),
        ],
        claims=[
            ("growth", -2.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 147.9 / 152.1 - 1 = -2.761% -> -2.8, not -2.7; bounds 147.85/152.15 - 1 = -2.826% ..
            # 147.95/152.05 - 1 = -2.697%; -2.697% rounds to -2.7 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. a drone forecast with a range for "this year": "between 6.8 million and 7.4 million units this year"
    #    (two value claims), "after 6.1 million units last year", and "9.5 million units in 2028, an annual
    #    growth rate of 11.7% from 2024 to 2028" (stated span); a Q1 figure expected nowhere
    dict(
        text=(
            "HONG KONG, 20 May 2025 — Civil drone shipments worldwide will land between 6.8 million and 7.4 "
            "million units this year, estimates Aldgate Skyward, after 6.1 million units last year. First-quarter "
            "shipments came to 1.3 million units, slightly ahead of Aldgate's January projection. Looking further "
            "out, the firm sees shipments rising to 9.5 million units in 2028, an annual growth rate of 11.7% from "
            "2024 to 2028, with agricultural spraying drones the fastest-growing segment."
        ),
        obs=[
            ("Total", 2024, 6.1, "count million", "actual"),
            ("Total", 2028, 9.5, "count million", "estimate"),
        ],
        claims=[
            ("value", 6.8, "count million", 2025, 2025, None),
            ("value", 7.4, "count million", 2025, 2025, None),
            ("cagr", 11.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.5 / 6.1) ** (1/4) - 1 = 1.55738 ** 0.25 - 1 = 11.712% -> 11.7
        ],
    ),
    # 9. robots in thousands: "installed 541.3 thousand industrial robots in 2023, 2% fewer than the record
    #    553.1 thousand of 2022"; "China alone took 276.3 thousand units, or 51% of the total"; "this year"
    #    forecast; robot density, employee base and member count expected nowhere
    dict(
        text=(
            "FRANKFURT, 24 September 2024 — Factories worldwide installed 541.3 thousand industrial robots in "
            "2023, 2% fewer than the record 553.1 thousand of 2022, according to the annual census of the Norland "
            "Automation Council. China alone took 276.3 thousand units, or 51% of the total. Robot density in "
            "Korean manufacturing stood at 1,012 units per 10,000 employees, the highest of the council's 96 "
            "member markets. The council expects installations to reach 575 thousand units this year."
        ),
        obs=[
            ("Total", 2023, 541.3, "count thousand", "actual"),
            ("Total", 2022, 553.1, "count thousand", "actual"),
            ("China", 2023, 276.3, "count thousand", "actual"),
            ("Total", 2024, 575, "count thousand", "estimate"),
        ],
        claims=[
            ("growth", -2, "percent", 2022, 2023, 1.0),
            ("share", 51, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 541.3 / 553.1 - 1 = -2.133% -> -2
            ("arithmetic", "exact"),  # 276.3 / 541.3 = 51.04% -> 51
        ],
    ),
    # 10. Simplified Chinese smartphone release in 万台: "出货量为28,560万台，较2023年的27,040万台同比增长5.6%";
    #     a vendor's units and share; "突破900万台" for foldables (a part, at its printed figure); Q4 units,
    #     百分点 and an ASP expected nowhere
    dict(
        text=(
            "2025年1月20日，市场研究机构云策咨询发布数据显示，2024年中国智能手机市场出货量为28,560万台，较2023年的"
            "27,040万台同比增长5.6%。其中第四季度出货量为7,620万台。华衡以4,850万台的出货量位居第一，市场份额为"
            "17.0%，较上年提升1.2个百分点；折叠屏手机全年出货量突破900万台。全年手机平均售价为2,870元。"
        ),
        obs=[
            ("Total", 2024, 28560, "count 10 thousand", "actual"),
            ("Total", 2023, 27040, "count 10 thousand", "actual"),
            ("华衡", 2024, 4850, "count 10 thousand", "actual"),
            ("折叠屏手机", 2024, 900, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("share", 17.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28560 / 27040 - 1 = 5.621% -> 5.6
            ("arithmetic", "exact"),  # 4850 / 28560 = 16.982% -> 17.0
        ],
    ),
    # 11. Traditional Chinese (Taiwan) server output in 新台幣: the series opens in 億元 (9,820億元) and goes on in
    #     兆元 (1.86兆元 -> 18600, 2.4兆元 -> 24000 "今年" estimate); "年增89.4%"; AI server units "約190萬台";
    #     "超過一成五" (a share in words), a maker's revenue and headcount expected nowhere
    dict(
        text=(
            "【2025年3月5日／台北】研調機構鼎研產業顧問指出，台灣伺服器代工出貨產值2023年為新台幣9,820億元，2024年"
            "在AI伺服器帶動下達1.86兆元，年增89.4%。其中AI伺服器出貨量約190萬台。鼎研預估，今年產值將再成長至"
            "2.4兆元，AI伺服器占整體伺服器出貨比重將超過一成五。代工龍頭宏碩精密去年營收達新台幣6.86兆元，全球員工"
            "逾20萬人。"
        ),
        obs=[
            ("Total", 2023, 9820, "TWD 100 million", "actual"),
            ("Total", 2024, 18600, "TWD 100 million", "actual"),
            ("Total", 2025, 24000, "TWD 100 million", "estimate"),
            ("AI伺服器", 2024, 190, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 89.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18600 / 9820 - 1 = 89.409% -> 89.4 (bounds 18550/9820.5 - 1 = 88.89% .. 18650/9819.5 - 1 = 89.93%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 12. Traditional Chinese (Hong Kong) wearables in 億港元: "銷售額達48.6億港元，較2023年的43.2億港元增長12.5%";
    #     units "約182萬件" beside value; smartwatch share of sales (part not printed: a share claim, no
    #     verdict); a Q4 figure, ASP and survey answer expected nowhere
    dict(
        text=(
            "（2025年2月12日，香港）市場研究公司恒信數據發表報告指出，2024年香港智能穿戴裝置銷售額達48.6億港元，"
            "較2023年的43.2億港元增長12.5%；全年銷量約182萬件。智能手錶佔銷售額的58%，第四季銷售額為15.1億港元。"
            "報告指平均售價約為2,670港元，而受訪消費者中有37%表示計劃於今年更換裝置。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 43.2, "HKD 100 million", "actual"),
            ("Total", 2024, 182, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 43.2 - 1 = 12.500% -> 12.5
        ],
    ),
    # 13. Simplified Chinese NEV sales in 万辆: "销量达1286.6万辆，同比增长35.5%，较2020年的136.7万辆增长8倍"
    #     (增长8倍 between two printed amounts = x9 over 4 years); 2023 printed separately; a leading maker's
    #     units (a part); penetration rate, 百分点, the maker's revenue expected nowhere; "有望...1600万辆左右"
    dict(
        text=(
            "2025年1月15日，华信汽车流通研究院发布数据，2024年我国新能源汽车销量达1286.6万辆，同比增长35.5%，较"
            "2020年的136.7万辆增长8倍。2023年销量为949.5万辆。全年新能源汽车新车销量渗透率达到40.9%，较上年提高"
            "9.3个百分点。龙头企业恒驰汽车全年销量427万辆，营业收入7771亿元。研究院预计，2025年新能源汽车销量有望"
            "达到1600万辆左右。"
        ),
        obs=[
            ("Total", 2024, 1286.6, "count 10 thousand", "actual"),
            ("Total", 2020, 136.7, "count 10 thousand", "actual"),
            ("Total", 2023, 949.5, "count 10 thousand", "actual"),
            ("Total", 2025, 1600, "count 10 thousand", "estimate"),
            ("恒驰汽车", 2024, 427, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("multiple", 9, "multiple", 2020, 2024, 4.0),  # 1286.6 / 136.7 = 9.41; 增长8倍 -> x9, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286.6 / 949.5 - 1 = 35.503% -> 35.5
        ],
    ),
    # 14. Simplified Chinese robot-vacuum retail value and volume: "零售额为176.3亿元，较2023年的156.9亿元同比增长
    #     16.2%" (contradicted) and "1,956万台，高于上年的1,870万台，同比增长4.6%" (exact); Q4 value, "约七成",
    #     an average price and "千亿级" expected nowhere; "今年...突破200亿元" an estimate
    dict(
        text=(
            "2025年2月18日电 据谱观零售监测统计，2024年中国扫地机器人零售额为176.3亿元，较2023年的156.9亿元同比"
            "增长16.2%；零售量为1,956万台，高于上年的1,870万台，同比增长4.6%。第四季度零售额为52.4亿元，线上渠道"
            "占比约七成，全年均价为901元。业内人士认为清洁电器正迈向千亿级赛道，谱观预计今年扫地机器人零售额将突破"
            "200亿元。"
        ),
        obs=[
            ("Total", 2024, 176.3, "CNY 100 million", "actual"),
            ("Total", 2023, 156.9, "CNY 100 million", "actual"),
            ("Total", 2025, 200, "CNY 100 million", "estimate"),
            ("Total", 2024, 1956, "count 10 thousand", "actual"),
            ("Total", 2023, 1870, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("growth", 4.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 176.3 / 156.9 - 1 = 12.365%; bounds 176.25/156.95 - 1 = 12.297% .. 176.35/156.85 - 1 = 12.432%;
            # 16.2 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1956 / 1870 - 1 = 4.599% -> 4.6
        ],
    ),
    # 15. English pipe table, smartphone vendors by year (millions of units in the caption), share and YoY
    #     columns and a Total row; table number and a Q4 note expected nowhere
    dict(
        text=(
            "Table 2. Global smartphone shipments by vendor, full year (millions of units). Source: Halvorsen "
            "Insight, January 2025.\n"
            "\n"
            "| Vendor | 2024 shipments | 2024 market share | 2023 shipments | YoY change |\n"
            "|---|---|---|---|---|\n"
            "| Aurel | 225.9 | 18.5% | 226.6 | -0.3% |\n"
            "| Brightwave | 223.4 | 18.3% | 235.7 | -5.2% |\n"
            "| Cendra | 168.6 | 13.8% | 146.4 | 15.2% |\n"
            "| Dovetail | 105.2 | 8.6% | 92.3 | 14.0% |\n"
            "| Others | 495.5 | 40.7% | 439.2 | 12.8% |\n"
            "| Total | 1,218.6 | 100.0% | 1,140.2 | 6.9% |\n"
            "\n"
            "Note: sell-in shipments; fourth-quarter 2024 shipments were 331.7 million units."
        ),
        obs=[
            ("Aurel", 2024, 225.9, "count million", "actual"),
            ("Aurel", 2023, 226.6, "count million", "actual"),
            ("Brightwave", 2024, 223.4, "count million", "actual"),
            ("Brightwave", 2023, 235.7, "count million", "actual"),
            ("Cendra", 2024, 168.6, "count million", "actual"),
            ("Cendra", 2023, 146.4, "count million", "actual"),
            ("Dovetail", 2024, 105.2, "count million", "actual"),
            ("Dovetail", 2023, 92.3, "count million", "actual"),
            ("Others", 2024, 495.5, "count million", "actual"),
            ("Others", 2023, 439.2, "count million", "actual"),
            ("Total", 2024, 1218.6, "count million", "actual"),
            ("Total", 2023, 1140.2, "count million", "actual"),
        ],
        claims=[
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
            ("share", 8.6, "percent", 2024, 2024, None),
            ("share", 40.7, "percent", 2024, 2024, None),
            ("growth", -0.3, "percent", 2023, 2024, 1.0),
            ("growth", -5.2, "percent", 2023, 2024, 1.0),
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("growth", 14.0, "percent", 2023, 2024, 1.0),
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 225.9 / 1218.6 = 18.538% -> 18.5
            ("arithmetic", "exact"),  # 223.4 / 1218.6 = 18.333% -> 18.3
            ("arithmetic", "exact"),  # 168.6 / 1218.6 = 13.836% -> 13.8
            ("arithmetic", "exact"),  # 105.2 / 1218.6 = 8.633% -> 8.6
            ("arithmetic", "exact"),  # 495.5 / 1218.6 = 40.661% -> 40.7
            ("cagr|implied", "exact"),  # 225.9 / 226.6 - 1 = -0.309% -> -0.3
            ("cagr|implied", "exact"),  # 223.4 / 235.7 - 1 = -5.218% -> -5.2
            ("cagr|implied", "exact"),  # 168.6 / 146.4 - 1 = 15.164% -> 15.2
            ("cagr|implied", "exact"),  # 105.2 / 92.3 - 1 = 13.976% -> 14.0
            ("cagr|implied", "exact"),  # 495.5 / 439.2 - 1 = 12.819% -> 12.8
            ("cagr|implied", "exact"),  # 1218.6 / 1140.2 - 1 = 6.876% -> 6.9
            ("hierarchy", "exact"),  # 2024: 225.9 + 223.4 + 168.6 + 105.2 + 495.5 = 1218.6 = Total
            ("hierarchy", "exact"),  # 2023: 226.6 + 235.7 + 146.4 + 92.3 + 439.2 = 1140.2 = Total
        ],
    ),
    # 16. tab-separated PC vendor table, a Q4 2024 column (expected nowhere) beside FY2024 / FY2023 columns;
    #     Quillon's YoY contradicts its amounts; FY2023 rows add to the Total only within rounding; a vendor's
    #     own revenue in the footnote expected nowhere
    dict(
        text=(
            "Marlowe Device Tracker – PC shipments by vendor, Q4 2024 and full year (millions of units)\n"
            "Vendor\tQ4 2024\tFY2024\tFY2024 share\tFY2023\tFY YoY\n"
            "Lindqvist\t17.2\t64.1\t24.4%\t61.8\t3.7%\n"
            "Ostara\t15.6\t58.3\t22.2%\t59.0\t-1.2%\n"
            "Peregrine\t11.4\t42.6\t16.2%\t42.9\t-0.7%\n"
            "Quillon\t6.5\t24.0\t9.1%\t22.3\t17.6%\n"
            "Others\t18.2\t73.7\t28.1%\t73.8\t-0.1%\n"
            "Total\t68.9\t262.7\t100.0%\t259.9\t1.1%\n"
            "Desktops, notebooks and workstations; Chromebooks excluded. Lindqvist reported PC revenue of $49.8 "
            "billion for fiscal 2024."
        ),
        obs=[
            ("Lindqvist", 2024, 64.1, "count million", "actual"),
            ("Lindqvist", 2023, 61.8, "count million", "actual"),
            ("Ostara", 2024, 58.3, "count million", "actual"),
            ("Ostara", 2023, 59.0, "count million", "actual"),
            ("Peregrine", 2024, 42.6, "count million", "actual"),
            ("Peregrine", 2023, 42.9, "count million", "actual"),
            ("Quillon", 2024, 24.0, "count million", "actual"),
            ("Quillon", 2023, 22.3, "count million", "actual"),
            ("Others", 2024, 73.7, "count million", "actual"),
            ("Others", 2023, 73.8, "count million", "actual"),
            ("Total", 2024, 262.7, "count million", "actual"),
            ("Total", 2023, 259.9, "count million", "actual"),
        ],
        claims=[
            ("share", 24.4, "percent", 2024, 2024, None),
            ("share", 22.2, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
            ("share", 9.1, "percent", 2024, 2024, None),
            ("share", 28.1, "percent", 2024, 2024, None),
            ("growth", 3.7, "percent", 2023, 2024, 1.0),
            ("growth", -1.2, "percent", 2023, 2024, 1.0),
            ("growth", -0.7, "percent", 2023, 2024, 1.0),
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("growth", -0.1, "percent", 2023, 2024, 1.0),
            ("growth", 1.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 64.1 / 262.7 = 24.400% -> 24.4
            ("arithmetic", "exact"),  # 58.3 / 262.7 = 22.193% -> 22.2
            ("arithmetic", "exact"),  # 42.6 / 262.7 = 16.216% -> 16.2
            ("arithmetic", "exact"),  # 24.0 / 262.7 = 9.136% -> 9.1
            ("arithmetic", "exact"),  # 73.7 / 262.7 = 28.055% -> 28.1
            ("cagr|implied", "exact"),  # 64.1 / 61.8 - 1 = 3.722% -> 3.7
            ("cagr|implied", "exact"),  # 58.3 / 59.0 - 1 = -1.186% -> -1.2
            ("cagr|implied", "exact"),  # 42.6 / 42.9 - 1 = -0.699% -> -0.7
            # 24.0 / 22.3 - 1 = 7.623%; bounds 23.95/22.35 - 1 = 7.159% .. 24.05/22.25 - 1 = 8.090%;
            # 17.6 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 73.7 / 73.8 - 1 = -0.136% -> -0.1
            ("cagr|implied", "exact"),  # 262.7 / 259.9 - 1 = 1.077% -> 1.1
            ("hierarchy", "exact"),  # FY2024: 64.1 + 58.3 + 42.6 + 24.0 + 73.7 = 262.7 = Total
            # FY2023: 61.8 + 59.0 + 42.9 + 22.3 + 73.8 = 259.8 vs 259.9; five rows at +-0.05 give 259.55 .. 260.05,
            # which reaches [259.85, 259.95) -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Simplified Chinese pipe table in 万台 (unit in the caption), 份额 and 同比 columns, total row 合计;
    #     table number, a Q4 note and an average price expected nowhere
    dict(
        text=(
            "表4　2024年中国平板电脑市场主要厂商出货量（单位：万台）\n"
            "| 厂商 | 2024年出货量 | 2024年市场份额 | 2023年出货量 | 同比增长 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 华衡 | 920 | 31.0% | 1005 | -8.5% |\n"
            "| 星禾 | 610 | 20.5% | 540 | 13.0% |\n"
            "| 澄果 | 455 | 15.3% | 410 | 11.0% |\n"
            "| 远帆 | 318 | 10.7% | 322 | -1.2% |\n"
            "| 其他 | 667 | 22.5% | 603 | 10.6% |\n"
            "| 合计 | 2970 | 100.0% | 2880 | 3.1% |\n"
            "数据来源：云策咨询。注：2024年第四季度出货量为812万台；平板电脑全年平均单价为2,310元。"
        ),
        obs=[
            ("华衡", 2024, 920, "count 10 thousand", "actual"),
            ("华衡", 2023, 1005, "count 10 thousand", "actual"),
            ("星禾", 2024, 610, "count 10 thousand", "actual"),
            ("星禾", 2023, 540, "count 10 thousand", "actual"),
            ("澄果", 2024, 455, "count 10 thousand", "actual"),
            ("澄果", 2023, 410, "count 10 thousand", "actual"),
            ("远帆", 2024, 318, "count 10 thousand", "actual"),
            ("远帆", 2023, 322, "count 10 thousand", "actual"),
            ("其他", 2024, 667, "count 10 thousand", "actual"),
            ("其他", 2023, 603, "count 10 thousand", "actual"),
            ("合计", 2024, 2970, "count 10 thousand", "actual"),
            ("合计", 2023, 2880, "count 10 thousand", "actual"),
        ],
        claims=[
            ("share", 31.0, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
            ("share", 15.3, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
            ("share", 22.5, "percent", 2024, 2024, None),
            ("growth", -8.5, "percent", 2023, 2024, 1.0),
            ("growth", 13.0, "percent", 2023, 2024, 1.0),
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
            ("growth", -1.2, "percent", 2023, 2024, 1.0),
            ("growth", 10.6, "percent", 2023, 2024, 1.0),
            ("growth", 3.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 920 / 2970 = 30.976% -> 31.0
            ("arithmetic", "exact"),  # 610 / 2970 = 20.539% -> 20.5
            ("arithmetic", "exact"),  # 455 / 2970 = 15.320% -> 15.3
            ("arithmetic", "exact"),  # 318 / 2970 = 10.707% -> 10.7
            ("arithmetic", "exact"),  # 667 / 2970 = 22.458% -> 22.5
            ("cagr|implied", "exact"),  # 920 / 1005 - 1 = -8.458% -> -8.5
            ("cagr|implied", "exact"),  # 610 / 540 - 1 = 12.963% -> 13.0
            ("cagr|implied", "exact"),  # 455 / 410 - 1 = 10.976% -> 11.0
            ("cagr|implied", "exact"),  # 318 / 322 - 1 = -1.242% -> -1.2
            ("cagr|implied", "exact"),  # 667 / 603 - 1 = 10.614% -> 10.6
            ("cagr|implied", "exact"),  # 2970 / 2880 - 1 = 3.125% -> 3.1 (bounds 3.090% .. 3.160%, all -> 3.1)
            ("hierarchy", "exact"),  # 2024: 920 + 610 + 455 + 318 + 667 = 2970 = 合计
            ("hierarchy", "exact"),  # 2023: 1005 + 540 + 410 + 322 + 603 = 2880 = 合计
        ],
    ),
    # 18. space-aligned AR/VR vendor table in thousand units with a 2025E column (estimates), whole-number shares;
    #     prose rates "rose 14.7% in 2024" and "forecast to grow 23.1% in 2025"; a vendor's Q4 units expected
    #     nowhere
    dict(
        text=(
            "Global AR/VR headset shipments by vendor (thousand units) — Brackenridge Research, February 2025\n"
            "\n"
            "Vendor      2023     2024    2025E   Share 2024\n"
            "Veyra      4,120    5,310    6,050       54%\n"
            "Lumio      1,480    1,220    1,600       13%\n"
            "Kestrel      960    1,350    1,900       14%\n"
            "Others     1,940    1,870    2,450       19%\n"
            "Total      8,500    9,750   12,000      100%\n"
            "\n"
            "Shipments rose 14.7% in 2024 and are forecast to grow 23.1% in 2025, helped by cheaper mixed-reality "
            "models; Veyra alone shipped 1,640 thousand units in the fourth quarter."
        ),
        obs=[
            ("Veyra", 2023, 4120, "count thousand", "actual"),
            ("Veyra", 2024, 5310, "count thousand", "actual"),
            ("Veyra", 2025, 6050, "count thousand", "estimate"),
            ("Lumio", 2023, 1480, "count thousand", "actual"),
            ("Lumio", 2024, 1220, "count thousand", "actual"),
            ("Lumio", 2025, 1600, "count thousand", "estimate"),
            ("Kestrel", 2023, 960, "count thousand", "actual"),
            ("Kestrel", 2024, 1350, "count thousand", "actual"),
            ("Kestrel", 2025, 1900, "count thousand", "estimate"),
            ("Others", 2023, 1940, "count thousand", "actual"),
            ("Others", 2024, 1870, "count thousand", "actual"),
            ("Others", 2025, 2450, "count thousand", "estimate"),
            ("Total", 2023, 8500, "count thousand", "actual"),
            ("Total", 2024, 9750, "count thousand", "actual"),
            ("Total", 2025, 12000, "count thousand", "estimate"),
        ],
        claims=[
            ("share", 54, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
            ("growth", 14.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5310 / 9750 = 54.46% -> 54
            ("arithmetic", "exact"),  # 1220 / 9750 = 12.51% -> 13
            ("arithmetic", "exact"),  # 1350 / 9750 = 13.85% -> 14
            ("arithmetic", "exact"),  # 1870 / 9750 = 19.18% -> 19
            ("cagr|implied", "exact"),  # 9750 / 8500 - 1 = 14.706% -> 14.7
            ("cagr|implied", "exact"),  # 12000 / 9750 - 1 = 23.077% -> 23.1
            ("hierarchy", "exact"),  # 2023: 4120 + 1480 + 960 + 1940 = 8500 = Total
            ("hierarchy", "exact"),  # 2024: 5310 + 1220 + 1350 + 1870 = 9750 = Total
            ("hierarchy", "exact"),  # 2025E: 6050 + 1600 + 1900 + 2450 = 12000 = Total
        ],
    ),
    # 19. Traditional Chinese tab-separated notebook table in 百萬台 with a 2025年(F) column (estimates) and 年增率
    #     (2024 -> 2025F); 嘉祿's 市占率 contradicts its amounts; total row 合計; table number, Q4 units and an
    #     ASP in 新台幣 expected nowhere
    dict(
        text=(
            "表5　全球筆記型電腦品牌出貨量（單位：百萬台）\n"
            "品牌\t2024年\t2024年市占率\t2025年(F)\t年增率\n"
            "崧嶺\t41.2\t23.7%\t42.6\t3.4%\n"
            "宇騰\t36.8\t21.2%\t38.1\t3.5%\n"
            "圓晞\t30.5\t17.6%\t31.0\t1.6%\n"
            "嘉祿\t18.7\t11.8%\t20.4\t9.1%\n"
            "其他\t46.3\t26.7%\t47.9\t3.5%\n"
            "合計\t173.5\t100.0%\t180.0\t3.7%\n"
            "資料來源：鼎研產業顧問，2025年1月。第四季全球筆電出貨4,720萬台，平均售價約新台幣2.6萬元。"
        ),
        obs=[
            ("崧嶺", 2024, 41.2, "count million", "actual"),
            ("崧嶺", 2025, 42.6, "count million", "estimate"),
            ("宇騰", 2024, 36.8, "count million", "actual"),
            ("宇騰", 2025, 38.1, "count million", "estimate"),
            ("圓晞", 2024, 30.5, "count million", "actual"),
            ("圓晞", 2025, 31.0, "count million", "estimate"),
            ("嘉祿", 2024, 18.7, "count million", "actual"),
            ("嘉祿", 2025, 20.4, "count million", "estimate"),
            ("其他", 2024, 46.3, "count million", "actual"),
            ("其他", 2025, 47.9, "count million", "estimate"),
            ("合計", 2024, 173.5, "count million", "actual"),
            ("合計", 2025, 180.0, "count million", "estimate"),
        ],
        claims=[
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("share", 11.8, "percent", 2024, 2024, None),
            ("share", 26.7, "percent", 2024, 2024, None),
            ("growth", 3.4, "percent", 2024, 2025, 1.0),
            ("growth", 3.5, "percent", 2024, 2025, 1.0),
            ("growth", 1.6, "percent", 2024, 2025, 1.0),
            ("growth", 9.1, "percent", 2024, 2025, 1.0),
            ("growth", 3.5, "percent", 2024, 2025, 1.0),
            ("growth", 3.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.2 / 173.5 = 23.746% -> 23.7
            ("arithmetic", "exact"),  # 36.8 / 173.5 = 21.210% -> 21.2
            ("arithmetic", "exact"),  # 30.5 / 173.5 = 17.579% -> 17.6
            # 18.7 / 173.5 = 10.778%; bounds 18.65/173.55 = 10.746% .. 18.75/173.45 = 10.810%; 11.8 out of reach
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 46.3 / 173.5 = 26.686% -> 26.7
            ("cagr|implied", "exact"),  # 42.6 / 41.2 - 1 = 3.398% -> 3.4
            ("cagr|implied", "exact"),  # 38.1 / 36.8 - 1 = 3.533% -> 3.5
            ("cagr|implied", "exact"),  # 31.0 / 30.5 - 1 = 1.639% -> 1.6
            ("cagr|implied", "exact"),  # 20.4 / 18.7 - 1 = 9.091% -> 9.1
            ("cagr|implied", "exact"),  # 47.9 / 46.3 - 1 = 3.456% -> 3.5
            ("cagr|implied", "exact"),  # 180.0 / 173.5 - 1 = 3.746% -> 3.7
            ("hierarchy", "exact"),  # 2024: 41.2 + 36.8 + 30.5 + 18.7 + 46.3 = 173.5 = 合計
            ("hierarchy", "exact"),  # 2025F: 42.6 + 38.1 + 31.0 + 20.4 + 47.9 = 180.0 = 合計
        ],
    ),
    # 20. English pipe table of smart speakers in whole millions, shares printed from unrounded shipments (each
    #     reachable only within rounding), "grew 4.1% in 2024" in prose (rounding); a vendor's revenue, ASP and a
    #     Q4 estimate expected nowhere
    dict(
        text=(
            "Smart speaker shipments by vendor, 2023-2024 (million units). Shares are calculated on unrounded "
            "shipments.\n"
            "\n"
            "| Vendor | 2023 | 2024 | 2024 share |\n"
            "| --- | --- | --- | --- |\n"
            "| Amberly | 33 | 31 | 31.6% |\n"
            "| Tessaro | 16 | 18 | 18.4% |\n"
            "| Yunqi | 12 | 15 | 15.3% |\n"
            "| Nordfeld | 10 | 9 | 9.5% |\n"
            "| Others | 22 | 24 | 25.2% |\n"
            "| Total | 93 | 97 | 100.0% |\n"
            "\n"
            "Shipments grew 4.1% in 2024, reports Ferrand & Cole, although Amberly's device revenue fell to $3.4 "
            "billion and the average selling price dropped to $46. The firm's fourth-quarter estimate was 32 "
            "million units."
        ),
        obs=[
            ("Amberly", 2023, 33, "count million", "actual"),
            ("Amberly", 2024, 31, "count million", "actual"),
            ("Tessaro", 2023, 16, "count million", "actual"),
            ("Tessaro", 2024, 18, "count million", "actual"),
            ("Yunqi", 2023, 12, "count million", "actual"),
            ("Yunqi", 2024, 15, "count million", "actual"),
            ("Nordfeld", 2023, 10, "count million", "actual"),
            ("Nordfeld", 2024, 9, "count million", "actual"),
            ("Others", 2023, 22, "count million", "actual"),
            ("Others", 2024, 24, "count million", "actual"),
            ("Total", 2023, 93, "count million", "actual"),
            ("Total", 2024, 97, "count million", "actual"),
        ],
        claims=[
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2024, 2024, None),
            ("share", 15.3, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("growth", 4.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 31/97 = 31.959% (-> 32.0); bounds 30.5/97.5 = 31.28% .. 31.5/96.5 = 32.64%
            ("arithmetic", "rounding"),  # 18/97 = 18.557% (-> 18.6); bounds 17.5/97.5 = 17.95% .. 18.5/96.5 = 19.17%
            ("arithmetic", "rounding"),  # 15/97 = 15.464% (-> 15.5); bounds 14.5/97.5 = 14.87% .. 15.5/96.5 = 16.06%
            ("arithmetic", "rounding"),  # 9/97 = 9.278% (-> 9.3); bounds 8.5/97.5 = 8.72% .. 9.5/96.5 = 9.84%
            ("arithmetic", "rounding"),  # 24/97 = 24.742% (-> 24.7); bounds 23.5/97.5 = 24.10% .. 24.5/96.5 = 25.39%
            # 97 / 93 - 1 = 4.301% (-> 4.3); bounds 96.5/93.5 - 1 = 3.209% .. 97.5/92.5 - 1 = 5.405% -> rounding
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),  # 2023: 33 + 16 + 12 + 10 + 22 = 93 = Total
            ("hierarchy", "exact"),  # 2024: 31 + 18 + 15 + 9 + 24 = 97 = Total
        ],
    ),
    # 21. English tracker release (tablets): "climbed 9.2% to ... from ... a year earlier" exact; a Q4 figure, an ASP,
    #    an analyst headcount and a country count are distractors; "between 150 million and 155 million units" this
    #    year is a range -> two value claims for 2025
    dict(
        text=(
            "SINGAPORE, 20 January 2025 — Worldwide tablet shipments climbed 9.2% to 147.6 million units in 2024, "
            "up from 135.2 million a year earlier, according to preliminary figures from the tracker Marlow Devices "
            "Research. Fourth-quarter shipments alone came to 41.3 million units as holiday discounting ran deeper "
            "than usual. The average selling price slipped to $318. Marlow, whose 40-strong analyst team covers 58 "
            "countries, expects between 150 million and 155 million units to ship this year."
        ),
        obs=[
            ("Total", 2024, 147.6, "count million", "actual"),
            ("Total", 2023, 135.2, "count million", "actual"),
        ],
        claims=[
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("value", 150.0, "count million", 2025, 2025, None),
            ("value", 155.0, "count million", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 147.6 / 135.2 - 1 = 9.172% -> 9.2
        ],
    ),
    # 22. Simplified Chinese news (smartphones, 亿部): 较2023年的2.71亿部增长5.6% is exact only within rounding;
    #    a Q4 figure in 万部 with its own rate, an ASP in 元 and a brand's revenue are distractors; 今年 -> 2025 estimate
    dict(
        text=(
            "2025年1月22日，市场调研机构华晟咨询发布数据显示，2024年中国智能手机市场出货量为2.86亿部，较2023年的"
            "2.71亿部增长5.6%，结束了连续两年的下滑。其中第四季度出货量为7,720万部，同比增长3.1%。全年手机平均售价"
            "升至2,980元，创历史新高。华晟预计今年出货量将达到2.92亿部。排名第一的品牌全年营收超过1,500亿元。"
        ),
        obs=[
            ("Total", 2024, 2.86, "count 100 million", "actual"),
            ("Total", 2023, 2.71, "count 100 million", "actual"),
            ("Total", 2025, 2.92, "count 100 million", "estimate"),
        ],
        claims=[
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 22.86 / 2.71 - 1 = 5.535% -> 5.5, not 5.6; bounds 2.855/2.715 - 1 = 5.157% .. 2.865/2.705 - 1 = 5.915%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. English pipe table of vendors (smartphones, millions of units): a Q4 2024 column (nowhere) beside FY2024 and
    #    FY2023 columns; rows add to the Total row in both years; the prose's "rose 5.3%" is exact
    dict(
        text=(
            "Fenwick Device Tracker, 16 January 2025 — preliminary smartphone shipments by vendor (millions of "
            "units). Full-year shipments rose 5.3%, although fourth-quarter volumes were flat.\n"
            "\n"
            "| Vendor | Q4 2024 | FY2024 | FY2023 |\n"
            "|---|---|---|---|\n"
            "| Helix | 62.0 | 232.1 | 229.8 |\n"
            "| Orbis | 58.4 | 225.9 | 226.6 |\n"
            "| Nuvo | 45.1 | 168.4 | 146.3 |\n"
            "| Pelion | 27.9 | 101.6 | 93.1 |\n"
            "| Kestra | 26.3 | 95.2 | 88.7 |\n"
            "| Others | 110.5 | 400.2 | 377.4 |\n"
            "| Total | 330.2 | 1,223.4 | 1,161.9 |\n"
            "\n"
            "Note: vendor totals include sub-brands."
        ),
        obs=[
            ("Helix", 2024, 232.1, "count million", "actual"),
            ("Helix", 2023, 229.8, "count million", "actual"),
            ("Orbis", 2024, 225.9, "count million", "actual"),
            ("Orbis", 2023, 226.6, "count million", "actual"),
            ("Nuvo", 2024, 168.4, "count million", "actual"),
            ("Nuvo", 2023, 146.3, "count million", "actual"),
            ("Pelion", 2024, 101.6, "count million", "actual"),
            ("Pelion", 2023, 93.1, "count million", "actual"),
            ("Kestra", 2024, 95.2, "count million", "actual"),
            ("Kestra", 2023, 88.7, "count million", "actual"),
            ("Others", 2024, 400.2, "count million", "actual"),
            ("Others", 2023, 377.4, "count million", "actual"),
            ("Total", 2024, 1223.4, "count million", "actual"),
            ("Total", 2023, 1161.9, "count million", "actual"),
        ],
        claims=[
            ("growth", 5.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1223.4 / 1161.9 - 1 = 5.293% -> 5.3
            ("hierarchy", "exact"),  # FY2024: 232.1+225.9+168.4+101.6+95.2+400.2 = 1223.4
            ("hierarchy", "exact"),  # FY2023: 229.8+226.6+146.3+93.1+88.7+377.4 = 1161.9
        ],
    ),
    # 24. Traditional Chinese (Taiwan) report on server output in 新台幣億元: 年增42.3% exact; AI伺服器 part with its
    #    share (arithmetic exact); 1兆2,000億元 this year converted to the series' 億元 (12000); units in 萬台 beside;
    #    a gross margin is a distractor
    dict(
        text=(
            "【2025年2月12日／台北】研調機構景岳產業研究院最新報告指出，2024年台灣伺服器產業產值達新台幣9,860億元，"
            "較2023年的6,930億元年增42.3%。其中AI伺服器產值為5,120億元，占整體產值的51.9%。全年伺服器整機出貨量約"
            "520萬台，主要代工廠的平均毛利率則約為6.8%。景岳預估，今年產值可望突破新台幣1兆2,000億元。"
        ),
        obs=[
            ("Total", 2024, 9860, "TWD 100 million", "actual"),
            ("Total", 2023, 6930, "TWD 100 million", "actual"),
            ("AI伺服器", 2024, 5120, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),
            ("Total", 2024, 520, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 42.3, "percent", 2023, 2024, 1.0),
            ("share", 51.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9860 / 6930 - 1 = 42.280% -> 42.3
            ("arithmetic", "exact"),  # 5120 / 9860 = 51.927% -> 51.9
        ],
    ),
    # 25. English wire story (PCs): "up 3.8% on the 255.9 million shipped in 2023" contradicts its own amounts
    #    (inconsistent); a vendor's units and share (exact); Q4 units, percentage points and the vendor's own revenue
    #    are distractors
    dict(
        text=(
            "TAIPEI, 14 January 2025 — PC shipments totalled 262.7 million units in 2024, up 3.8% on the 255.9 "
            "million shipped in 2023, tracker Greyfield Research said on Tuesday. Shipments reached 68.2 million "
            "units in the fourth quarter alone. Corvane kept the top spot with 62.1 million units, a 23.6% share of "
            "the market and 0.8 percentage points more than a year earlier, while its own PC revenue rose to $44.6 "
            "billion. Greyfield expects the Windows 10 end-of-support deadline in October to lift volumes this year."
        ),
        obs=[
            ("Total", 2024, 262.7, "count million", "actual"),
            ("Total", 2023, 255.9, "count million", "actual"),
            ("Corvane", 2024, 62.1, "count million", "actual"),
        ],
        claims=[
            ("growth", 3.8, "percent", 2023, 2024, 1.0),
            ("share", 23.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 282.7 / 255.9 - 1 = 2.657%; bounds 262.65/255.95 - 1 = 2.618% .. 262.75/255.85 - 1 = 2.697%; 3.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 62.1 / 262.7 = 23.639% -> 23.6
        ],
    ),
    # 26. Simplified Chinese (industrial robots, 万台 installations): 增长6.9% exact; 突破40万台 by 2027 with a stated
    #    2024—2027 CAGR of 约10.7% (exact); robot density, 千亿级 and a company's revenue and headcount are distractors
    dict(
        text=(
            "（2025年3月18日）据鼎衡机器人研究所统计，2024年中国工业机器人装机量达到29.5万台，较2023年的27.6万台增长"
            "6.9%。该所预计，到2027年装机量将突破40万台，2024—2027年年均复合增长率约为10.7%。目前国内制造业机器人密度"
            "已达到每万名工人470台，相关市场有望迈入千亿级。某头部厂商去年机器人业务收入同比增长21%，员工人数超过8,000人。"
        ),
        obs=[
            ("Total", 2024, 29.5, "count 10 thousand", "actual"),
            ("Total", 2023, 27.6, "count 10 thousand", "actual"),
            ("Total", 2027, 40, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
            ("cagr", 10.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 29.5 / 27.6 - 1 = 6.884% -> 6.9
            ("cagr|implied", "exact"),  # (40 / 29.5) ** (1/3) - 1 = 10.683% -> 10.7
        ],
    ),
    # 27. Simplified Chinese tab-separated vertical table (servers, lone column headed 万台 -> Total) with a 同比 column;
    #    2025E and 2026E are estimates; the 2023 row's -3.5% contradicts its amounts (inconsistent); table number nowhere
    dict(
        text=(
            "表3　中国服务器出货量（2021—2026E）\n"
            "年份\t万台\t同比\n"
            "2021\t391.1\t—\n"
            "2022\t384.5\t-1.7%\n"
            "2023\t363.2\t-3.5%\n"
            "2024\t417.8\t15.0%\n"
            "2025E\t465.0\t11.3%\n"
            "2026E\t508.6\t9.4%\n"
            "资料来源：锦程研究院，2025年3月"
        ),
        obs=[
            ("Total", 2021, 391.1, "count 10 thousand", "actual"),
            ("Total", 2022, 384.5, "count 10 thousand", "actual"),
            ("Total", 2023, 363.2, "count 10 thousand", "actual"),
            ("Total", 2024, 417.8, "count 10 thousand", "actual"),
            ("Total", 2025, 465.0, "count 10 thousand", "estimate"),
            ("Total", 2026, 508.6, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", -1.7, "percent", 2021, 2022, 1.0),
            ("growth", -3.5, "percent", 2022, 2023, 1.0),
            ("growth", 15.0, "percent", 2023, 2024, 1.0),
            ("growth", 11.3, "percent", 2024, 2025, 1.0),
            ("growth", 9.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 384.5 / 391.1 - 1 = -1.688% -> -1.7
            # 383.2 / 384.5 - 1 = -5.540%; bounds 363.15/384.55 - 1 = -5.565% .. 363.25/384.45 - 1 = -5.514%; -3.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 417.8 / 363.2 - 1 = 15.033% -> 15.0
            ("cagr|implied", "exact"),  # 465.0 / 417.8 - 1 = 11.297% -> 11.3
            ("cagr|implied", "exact"),  # 508.6 / 465.0 - 1 = 9.376% -> 9.4
        ],
    ),
    # 28. Traditional Chinese (Hong Kong) wearables retail in 億港元: 按年增長18.0% exact; 智能手錶 part at 約27.7億港元
    #    with 佔整體的57% (arithmetic exact); 約210萬件 units; a Q4 figure with a quarter-on-quarter rate and a survey
    #    answer are distractors
    dict(
        text=(
            "香港消費電子研究機構恒藍數據周一（2025年3月10日）公布，2024年本港智能穿戴裝置零售額為48.6億港元，按年增長"
            "18.0%，2023年則為41.2億港元。銷量方面，全年售出約210萬件，其中智能手錶零售額約27.7億港元，佔整體的57%。"
            "第四季零售額為14.9億港元，按季上升9%。在恒藍訪問的1,500名消費者中，有38%表示會在一年內購買新裝置。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 41.2, "HKD 100 million", "actual"),
            ("智能手錶", 2024, 27.7, "HKD 100 million", "actual"),
            ("Total", 2024, 210, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("share", 57.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.2 - 1 = 17.961% -> 18.0
            ("arithmetic", "exact"),  # 27.7 / 48.6 = 56.996% -> 57
        ],
    ),
    # 29. English research note (wrist wearables): a stated 2024-2029 CAGR of 4.6% exact only within rounding; "worth
    #    $61.5 billion" is the market's value beside its units; Smartwatches' 61% share (exact); a survey answer is a
    #    distractor; "last year" -> 2024
    dict(
        text=(
            "Brightwater Analytics, 3 March 2025. Shipments of wrist-worn wearables, smartwatches and fitness bands "
            "together, totalled 188 million units last year and are forecast to reach 236 million in 2029, a "
            "compound annual growth rate of 4.6% over 2024-2029. Measured by end-user spending, the category was "
            "worth $61.5 billion in 2024. Smartwatches made up 61% of units, or 115 million. In Brightwater's "
            "survey of 5,200 adults, 44% said they would replace their device within two years."
        ),
        obs=[
            ("Total", 2024, 188, "count million", "actual"),
            ("Total", 2029, 236, "count million", "estimate"),
            ("Total", 2024, 61.5, "USD billion", "actual"),
            ("Smartwatches", 2024, 115, "count million", "actual"),
        ],
        claims=[
            ("cagr", 4.6, "percent", 2024, 2029, None, "stated"),
            ("share", 61.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (236 / 188) ** (1/5) - 1 = 4.653% -> 4.7, not 4.6;
            # bounds (235.5/188.5) ** 0.2 - 1 = 4.553% .. (236.5/187.5) ** 0.2 - 1 = 4.753%
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 115 / 188 = 61.170% -> 61
        ],
    ),
    # 30. Simplified Chinese (tablets, 万台): 同比增长8.1% exact with the base year in brackets; a vendor's units and
    #     份额 (arithmetic exact); percentage points, a Q4 figure and a count of channel partners are distractors
    dict(
        text=(
            "（2025年2月）根据研究机构启明视界的跟踪数据，2024年中国平板电脑市场出货量为2,986万台，同比增长8.1%"
            "（2023年为2,762万台）。华科以892万台的出货量位居第一，份额为29.9%，同比提升2.3个百分点。教育平板需求旺盛，"
            "第四季度整体出货量达到812万台。启明视界共调研了120家渠道商。"
        ),
        obs=[
            ("Total", 2024, 2986, "count 10 thousand", "actual"),
            ("Total", 2023, 2762, "count 10 thousand", "actual"),
            ("华科", 2024, 892, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("share", 29.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2986 / 2762 - 1 = 8.110% -> 8.1
            ("arithmetic", "exact"),  # 892 / 2986 = 29.873% -> 29.9
        ],
    ),
    # 31. English space-aligned table (AR/VR headsets by region, thousand units) with a 2025F forecast column; rows add
    #     to Total in each year; table number and an ASP are distractors
    dict(
        text=(
            "Quillon Research, February 2025\n"
            "Table 2. AR/VR headset shipments by region (thousand units)\n"
            "\n"
            "Region            2023     2024    2025F\n"
            "North America    2,430    2,050    2,380\n"
            "Western Europe   1,320    1,190    1,310\n"
            "China            1,760    1,610    1,990\n"
            "Japan              540      470      520\n"
            "Rest of world    1,790    1,590    1,800\n"
            "Total            7,840    6,910    8,000\n"
            "\n"
            "The average selling price fell to $512 in 2024; 2025F is Quillon's forecast."
        ),
        obs=[
            ("North America", 2023, 2430, "count thousand", "actual"),
            ("North America", 2024, 2050, "count thousand", "actual"),
            ("North America", 2025, 2380, "count thousand", "estimate"),
            ("Western Europe", 2023, 1320, "count thousand", "actual"),
            ("Western Europe", 2024, 1190, "count thousand", "actual"),
            ("Western Europe", 2025, 1310, "count thousand", "estimate"),
            ("China", 2023, 1760, "count thousand", "actual"),
            ("China", 2024, 1610, "count thousand", "actual"),
            ("China", 2025, 1990, "count thousand", "estimate"),
            ("Japan", 2023, 540, "count thousand", "actual"),
            ("Japan", 2024, 470, "count thousand", "actual"),
            ("Japan", 2025, 520, "count thousand", "estimate"),
            ("Rest of world", 2023, 1790, "count thousand", "actual"),
            ("Rest of world", 2024, 1590, "count thousand", "actual"),
            ("Rest of world", 2025, 1800, "count thousand", "estimate"),
            ("Total", 2023, 7840, "count thousand", "actual"),
            ("Total", 2024, 6910, "count thousand", "actual"),
            ("Total", 2025, 8000, "count thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2430+1320+1760+540+1790 = 7840
            ("hierarchy", "exact"),  # 2024: 2050+1190+1610+470+1590 = 6910
            ("hierarchy", "exact"),  # 2025F: 2380+1310+1990+520+1800 = 8000
        ],
    ),
    # 32. Traditional Chinese (drones, 萬架): 較2023年的1,130萬架減少4.5% contradicts its amounts (inconsistent);
    #     a Q4 figure, a leader's share as 約七成 and an ASP in 新台幣 are distractors; 今年 -> 2025 estimate
    dict(
        text=(
            "市調機構瀚宇顧問2025年1月發布的報告顯示，2024年全球消費級無人機出貨量為1,020萬架，較2023年的1,130萬架"
            "減少4.5%，主因是北美與歐洲需求疲軟。單看第四季，出貨量為310萬架。市場龍頭的市占率約七成，產品平均售價則"
            "落在新台幣2萬元上下。瀚宇預估，今年出貨量將回升至1,080萬架。"
        ),
        obs=[
            ("Total", 2024, 1020, "count 10 thousand", "actual"),
            ("Total", 2023, 1130, "count 10 thousand", "actual"),
            ("Total", 2025, 1080, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", -4.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1020 / 1130 - 1 = -9.735%; bounds 1019.5/1130.5 - 1 = -9.819% .. 1020.5/1129.5 - 1 = -9.650%; -4.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Simplified Chinese (NEV sales, 万辆): 同比增长35.5% exact; 较2020年的136.7万辆增长8.4倍 between two printed
    #     amounts is x9.4 over 4 years (no verdict); 渗透率 and a carmaker's revenue are distractors; 2025 左右 estimate
    dict(
        text=(
            "2025年1月，乘远智库发布年度报告称，2024年我国新能源汽车销量达1,286.6万辆，同比增长35.5%，较2020年的"
            "136.7万辆增长8.4倍，新车渗透率达到40.9%。2023年，这一数字为949.5万辆。乘远智库预计，2025年销量有望达到"
            "1,600万辆左右。报告同时提到，某龙头车企全年营业收入约7,770亿元。"
        ),
        obs=[
            ("Total", 2024, 1286.6, "count 10 thousand", "actual"),
            ("Total", 2023, 949.5, "count 10 thousand", "actual"),
            ("Total", 2020, 136.7, "count 10 thousand", "actual"),
            ("Total", 2025, 1600, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("multiple", 9.4, "multiple", 2020, 2024, 4.0),  # 增长8.4倍 -> 8.4 + 1 (1286.6 / 136.7 = 9.41)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286.6 / 949.5 - 1 = 35.503% -> 35.5
        ],
    ),
    # 34. English outlook (EVs, million cars): "up 25% from 13.8 million" exact; Europe's "18.8% share" exact only
    #     within rounding; a battery price and counts of carmakers are distractors; "about 20.5 million this year" estimate
    dict(
        text=(
            "In its annual outlook, published on 12 February 2025, Harrow Mobility Research counts 17.3 million "
            "electric cars sold worldwide in 2024, up 25% from 13.8 million in 2023. Europe took 3.2 million of "
            "them, an 18.8% share, while battery pack prices fell to $115 per kilowatt-hour. Harrow expects global "
            "sales of about 20.5 million this year, though it notes that seven of the ten best-selling makers cut "
            "prices in the fourth quarter."
        ),
        obs=[
            ("Total", 2024, 17.3, "count million", "actual"),
            ("Total", 2023, 13.8, "count million", "actual"),
            ("Europe", 2024, 3.2, "count million", "actual"),
            ("Total", 2025, 20.5, "count million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("share", 18.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.3 / 13.8 - 1 = 25.362% -> 25
            # 23.2 / 17.3 = 18.497% -> 18.5, not 18.8; bounds 3.15/17.35 = 18.156% .. 3.25/17.25 = 18.841%
            ("arithmetic", "rounding"),
        ],
    ),
    # 35. Traditional Chinese pipe table (wearables by category, 百萬台) with 占比 and 年增率 columns and a 總計 row
    #     (item as printed); shares exact, the 100.0% total no claim; the rates have no 2023 amounts (no verdict);
    #     table number and an ASP are distractors
    dict(
        text=(
            "表1　2024年全球穿戴裝置出貨量（百萬台）\n"
            "| 類別 | 2024年 | 占比 | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 耳戴式裝置 | 312.5 | 58.2% | 4.1% |\n"
            "| 智慧手錶 | 158.6 | 29.5% | 2.3% |\n"
            "| 手環 | 41.8 | 7.8% | -8.5% |\n"
            "| 其他 | 24.3 | 4.5% | 12.0% |\n"
            "| 總計 | 537.2 | 100.0% | 2.6% |\n"
            "資料來源：群曜市場研究（2025年3月）。耳戴式裝置平均售價約為新台幣1,450元。"
        ),
        obs=[
            ("耳戴式裝置", 2024, 312.5, "count million", "actual"),
            ("智慧手錶", 2024, 158.6, "count million", "actual"),
            ("手環", 2024, 41.8, "count million", "actual"),
            ("其他", 2024, 24.3, "count million", "actual"),
            ("總計", 2024, 537.2, "count million", "actual"),
        ],
        claims=[
            ("share", 58.2, "percent", 2024, 2024, None),
            ("share", 29.5, "percent", 2024, 2024, None),
            ("share", 7.8, "percent", 2024, 2024, None),
            ("share", 4.5, "percent", 2024, 2024, None),
            ("growth", 4.1, "percent", 2023, 2024, 1.0),
            ("growth", 2.3, "percent", 2023, 2024, 1.0),
            ("growth", -8.5, "percent", 2023, 2024, 1.0),
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
            ("growth", 2.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 312.5 / 537.2 = 58.172% -> 58.2
            ("arithmetic", "exact"),  # 158.6 / 537.2 = 29.523% -> 29.5
            ("arithmetic", "exact"),  # 41.8 / 537.2 = 7.781% -> 7.8
            ("arithmetic", "exact"),  # 24.3 / 537.2 = 4.523% -> 4.5
            ("hierarchy", "exact"),  # 312.5 + 158.6 + 41.8 + 24.3 = 537.2
        ],
    ),
    # 36. Simplified Chinese (smart speakers, 万台 and 亿元): a decline of 13.6% exact; the value's -16.2% has one amount
    #     (no verdict); 带屏音箱's 28% is a share without its part (no verdict); percentage points and an ASP nowhere
    dict(
        text=(
            "智能音箱市场连续第三年收缩。奥特数据2025年3月发布的报告显示，2024年中国智能音箱市场销量为1,930万台，同比"
            "下降13.6%；销售额为62.4亿元，同比下降16.2%。2023年销量为2,234万台。带屏音箱销量占比提升至28%，较上年提高"
            "5个百分点，整体均价为323元。"
        ),
        obs=[
            ("Total", 2024, 1930, "count 10 thousand", "actual"),
            ("Total", 2023, 2234, "count 10 thousand", "actual"),
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -13.6, "percent", 2023, 2024, 1.0),
            ("growth", -16.2, "percent", 2023, 2024, 1.0),
            ("share", 28.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1930 / 2234 - 1 = -13.608% -> -13.6
        ],
    ),
    # 37. English space-aligned table (battery-electric registrations by country, thousands) with a Change column; no
    #     total row; four rates exact, the Netherlands' +21% exact only within rounding
    dict(
        text=(
            "Battery-electric car registrations in selected European markets, thousands (Vantor Auto Data, "
            "January 2025)\n"
            "\n"
            "Market            2023    2024   Change\n"
            "Germany            524     381     -27%\n"
            "United Kingdom     315     382     +21%\n"
            "France             298     291      -2%\n"
            "Netherlands        114     137     +21%\n"
            "Norway             104     114     +10%\n"
            "\n"
            "Plug-in hybrids are excluded. Germany's drop followed the end of its purchase subsidy in December 2023."
        ),
        obs=[
            ("Germany", 2023, 524, "count thousand", "actual"),
            ("Germany", 2024, 381, "count thousand", "actual"),
            ("United Kingdom", 2023, 315, "count thousand", "actual"),
            ("United Kingdom", 2024, 382, "count thousand", "actual"),
            ("France", 2023, 298, "count thousand", "actual"),
            ("France", 2024, 291, "count thousand", "actual"),
            ("Netherlands", 2023, 114, "count thousand", "actual"),
            ("Netherlands", 2024, 137, "count thousand", "actual"),
            ("Norway", 2023, 104, "count thousand", "actual"),
            ("Norway", 2024, 114, "count thousand", "actual"),
        ],
        claims=[
            ("growth", -27.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("growth", -2.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Germany 381 / 524 - 1 = -27.290% -> -27
            ("cagr|implied", "exact"),  # United Kingdom 382 / 315 - 1 = 21.270% -> 21
            ("cagr|implied", "exact"),  # France 291 / 298 - 1 = -2.349% -> -2
            # Netherlands 137 / 114 - 1 = 20.175% -> 20, not 21; bounds 136.5/114.5 - 1 = 19.214% .. 137.5/113.5 - 1 = 21.145%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # Norway 114 / 104 - 1 = 9.615% -> 10
        ],
    ),
    # 38. English feature (AR/VR headsets): "fell 11% to 6.9 million units last year, from 7.8 million" exact only
    #     within rounding; "more than triple to 22 million by 2028" is x3 over 4 years (no verdict); a Q4 figure,
    #     "a multibillion-dollar opportunity", a survey answer and a price point are distractors
    dict(
        text=(
            "5 February 2025 — Shipments of AR and VR headsets fell 11% to 6.9 million units last year, from 7.8 "
            "million in 2023, the research house Pellucid Labs reported. Only 2.1 million units shipped in the fourth "
            "quarter, traditionally the strongest. Pellucid still calls mixed reality a multibillion-dollar "
            "opportunity and expects shipments to more than triple to 22 million by 2028 as lighter glasses-style "
            "devices arrive; 31% of the 2,000 consumers it surveyed said they would consider buying one at under $500."
        ),
        obs=[
            ("Total", 2024, 6.9, "count million", "actual"),
            ("Total", 2023, 7.8, "count million", "actual"),
            ("Total", 2028, 22, "count million", "estimate"),
        ],
        claims=[
            ("growth", -11.0, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # 26.9 / 7.8 - 1 = -11.538% -> -12, not -11; bounds 6.85/7.85 - 1 = -12.739% .. 6.95/7.75 - 1 = -10.323%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 39. Simplified Chinese broker report (wrist wearables, 万台): 由2024年的…增至2028年的… with a stated 2024—2028
    #     CAGR of 6.2% (exact); 千亿级, a 25倍市盈率, a price target and its upside are distractors
    dict(
        text=(
            "【启岳证券·可穿戴行业深度，2025年4月】我们预计，中国腕戴设备出货量将由2024年的6,150万台增至2028年的"
            "7,820万台，2024—2028年复合增长率为6.2%，其中儿童手表仍是增长最快的品类。行业整体规模有望迈向千亿级。"
            "公司层面，我们给予龙头企业2025年25倍市盈率，目标价68元，较现价有32%的上涨空间，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 6150, "count 10 thousand", "actual"),
            ("Total", 2028, 7820, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 6.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7820 / 6150) ** (1/4) - 1 = 6.190% -> 6.2
        ],
    ),
    # 40. Simplified Chinese pipe table (service robots, 万台) with a 2024Q4 column (nowhere) beside 2023全年 and
    #     2024全年 columns, a 全年同比 column (all exact) and a 合计 row (item as printed) the rows add to
    dict(
        text=(
            "表5　中国服务机器人销量（万台）\n"
            "| 类别 | 2024Q4 | 2023全年 | 2024全年 | 全年同比 |\n"
            "|---|---|---|---|---|\n"
            "| 扫地机器人 | 112.4 | 406.5 | 431.2 | 6.1% |\n"
            "| 商用清洁机器人 | 3.6 | 9.8 | 12.5 | 27.6% |\n"
            "| 配送机器人 | 1.9 | 5.2 | 6.6 | 26.9% |\n"
            "| 合计 | 117.9 | 421.5 | 450.3 | 6.8% |\n"
            "资料来源：澄远研究，2025年2月。扫地机器人均价约为2,100元。"
        ),
        obs=[
            ("扫地机器人", 2023, 406.5, "count 10 thousand", "actual"),
            ("扫地机器人", 2024, 431.2, "count 10 thousand", "actual"),
            ("商用清洁机器人", 2023, 9.8, "count 10 thousand", "actual"),
            ("商用清洁机器人", 2024, 12.5, "count 10 thousand", "actual"),
            ("配送机器人", 2023, 5.2, "count 10 thousand", "actual"),
            ("配送机器人", 2024, 6.6, "count 10 thousand", "actual"),
            ("合计", 2023, 421.5, "count 10 thousand", "actual"),
            ("合计", 2024, 450.3, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 6.1, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 6.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 431.2 / 406.5 - 1 = 6.076% -> 6.1
            ("cagr|implied", "exact"),  # 12.5 / 9.8 - 1 = 27.551% -> 27.6
            ("cagr|implied", "exact"),  # 6.6 / 5.2 - 1 = 26.923% -> 26.9
            ("cagr|implied", "exact"),  # 450.3 / 421.5 - 1 = 6.833% -> 6.8
            ("hierarchy", "exact"),  # 2023全年: 406.5 + 9.8 + 5.2 = 421.5
            ("hierarchy", "exact"),  # 2024全年: 431.2 + 12.5 + 6.6 = 450.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 14, 'exact': 113}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'million units in 2024, up 6.9% from',
    "a 1.0% increase on 2023's 259.9 million",
    'a compound annual growth rate of 5.8% over 2024-2029',
    'sizes the total addressable market for consumer AR/VR headsets',
    'growth of roughly 27% a year',
    'last year from 2.02 million in 2023, a decline of 3.5%',
    '2.1 times the $112.6 billion recorded in 2022',
    'down 2.7% on the 152.1 million shipped in 2023',
    'between 6.8 million and 7.4 million units this year',
    '541.3 thousand industrial robots',
    '较2023年的27,040万台同比增长5.6%',
    '2024年在AI伺服器帶動下達1.86兆元，年增89.4%',
    '較2023年的43.2億港元增長12.5%',
    '较2020年的136.7万辆增长8倍',
    '| Vendor | 2024 shipments | 2024 market share |',
    'Vendor\tQ4 2024\tFY2024\tFY2024 share\tFY2023\tFY YoY',
    '| 厂商 | 2024年出货量 | 2024年市场份额 |',
    'Vendor      2023     2024    2025E   Share 2024',
    '品牌\t2024年\t2024年市占率\t2025年(F)\t年增率',
    'Shares are calculated on unrounded',
    'climbed 9.2% to 147.6 million units in 2024',
    'between 150 million and 155 million units',
    '较2023年的2.71亿部增长5.6%',
    '| Vendor | Q4 2024 | FY2024 | FY2023 |',
    '突破新台幣1兆2,000億元',
    'up 3.8% on the 255.9 million shipped in 2023',
    '2024—2027年年均复合增长率约为10.7%',
    '年份\t万台\t同比',
    '按年增長18.0%',
    'a compound annual growth rate of 4.6% over 2024-2029',
    'worth $61.5 billion in 2024',
    'Region            2023     2024    2025F',
    '較2023年的1,130萬架減少4.5%',
    '较2020年的136.7万辆增长8.4倍',
    'an 18.8% share',
    '| 類別 | 2024年 | 占比 | 年增率 |',
    '同比下降13.6%',
    'Market            2023    2024   Change',
    'more than triple to 22 million by 2028',
    '| 类别 | 2024Q4 | 2023全年 | 2024全年 | 全年同比 |',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 238 figures, 62 rates,
#: 102 verdicts and 2 false inconsistent on the code before the readings chosen on the eighty-sixth to ninety-fourth
#: sets; 244, 62, 102 and 2 after them; 249, 62, 105 and none after those chosen on the ninety-sixth and ninety-eighth
FLOORS = {"figures_found": 265, "rates_found": 68, "verdicts_right": 117}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset95.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
