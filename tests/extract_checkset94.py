"""A ninety-fourth check set for the extractor, written blind: device and equipment trackers as research firms publish them, in
English and Chinese (Simplified and Traditional) -- quarterly and annual shipment releases ("grew 7% year on year to
1.22 billion units in 2024", 出货量, 销量, 装机量), vendor share tables by quarter and by year whose vendors are parts of
the market's total, average selling prices and vendors' own revenue as distractors, market value beside units,
forecasts of units, and a quarter's figures beside the year's.

Conventions: as in the sixty-eighth set (its module docstring states them); counts are in "count million", "count 10
thousand", "count 100 million" or "count thousand".
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated English PC release: annual total with its prior year and a year-on-year rate (exact); a leading vendor's
    #    units and share (exact); distractors: a Q4 figure and its rate, the vendor's own revenue, an ASP, a headcount,
    #    "low single-digit growth"
    dict(
        text=(
            "OSLO, 13 January 2025 — Worldwide PC shipments reached 262.7 million units in 2024, up 1.0% from 260.1 "
            "million in 2023, according to preliminary data from Halvard Insight, which counts desktops, notebooks "
            "and workstations but leaves tablets out. Fourth-quarter shipments rose 1.8% to 70.1 million units as "
            "businesses replaced ageing machines ahead of an operating-system deadline. Corvane held the top spot for "
            "the year with 64.3 million units, a 24.5% share, though its fiscal-year revenue of $57 billion owed more "
            "to servers than to laptops. Average selling prices edged up to $742, and Halvard's 38 analysts expect "
            "low single-digit growth to continue."
        ),
        obs=[
            ("Total", 2024, 262.7, "count million", "actual"),
            ("Total", 2023, 260.1, "count million", "actual"),
            ("Corvane", 2024, 64.3, "count million", "actual"),
        ],
        claims=[
            ("growth", 1.0, "percent", 2023, 2024, 1.0),
            ("share", 24.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 262.7 / 260.1 - 1 = 0.9996% -> 1.0
            ("arithmetic", "exact"),  # 64.3 / 262.7 = 24.477% -> 24.5
        ],
    ),
    # 2. Simplified-Chinese smartphone release in 亿部 with a vendor in 万部 (its own series, its own unit); 同比增长5.6%
    #    only within rounding; share exact; distractors: Q4 出货量, 平均售价, 渗透率, 低个位数增长
    dict(
        text=(
            "2025年1月20日，市场研究机构澜思咨询发布数据显示，2024年中国智能手机市场出货量约2.86亿部，同比增长5.6%，"
            "2023年为2.71亿部。其中，第四季度出货量为7,810万部。荣曜以4,620万部的全年出货量位居第一，市场份额16.2%。"
            "全年手机平均售价约为3,150元，折叠屏手机渗透率升至3.2%。澜思预计今年市场将保持低个位数增长。"
        ),
        obs=[
            ("Total", 2024, 2.86, "count 100 million", "actual"),
            ("Total", 2023, 2.71, "count 100 million", "actual"),
            ("荣曜", 2024, 0.462, "count 100 million", "actual"),
        ],
        claims=[
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("share", 16.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 2.86 / 2.71 - 1 = 5.535% -> 5.5, not 5.6; bounds 2.855/2.715 - 1 = 5.157% .. 2.865/2.705 - 1 = 5.915%,
            # which holds 5.6 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 4620 / 28600 (2.86亿) = 16.154% -> 16.2
        ],
    ),
    # 3. English pipe table: PC vendors 2024 vs 2023 (millions), share and YoY columns, Others and Total rows;
    #    all shares, rates and both column sums exact; distractors: table number, a Q4 line, an ASP
    dict(
        text=(
            "Table 3. Worldwide PC shipments by vendor, 2024 (preliminary, millions of units)\n"
            "| Vendor | 2024 shipments | 2024 share | 2023 shipments | YoY growth |\n"
            "|---|---|---|---|---|\n"
            "| Corvane | 61.8 | 23.6% | 59.5 | 3.9% |\n"
            "| Heliqa | 53.2 | 20.3% | 52.1 | 2.1% |\n"
            "| Ostrava Tech | 42.9 | 16.4% | 40.6 | 5.7% |\n"
            "| Pemberly | 24.1 | 9.2% | 25.3 | -4.7% |\n"
            "| Others | 79.7 | 30.5% | 82.2 | -3.0% |\n"
            "| Total | 261.7 | 100.0% | 259.7 | 0.8% |\n"
            "Source: Stonebridge Metrics, 10 January 2025. Fourth-quarter shipments were 69.4 million units; the "
            "average selling price across all vendors was $731."
        ),
        obs=[
            ("Corvane", 2024, 61.8, "count million", "actual"),
            ("Heliqa", 2024, 53.2, "count million", "actual"),
            ("Ostrava Tech", 2024, 42.9, "count million", "actual"),
            ("Pemberly", 2024, 24.1, "count million", "actual"),
            ("Others", 2024, 79.7, "count million", "actual"),
            ("Total", 2024, 261.7, "count million", "actual"),
            ("Corvane", 2023, 59.5, "count million", "actual"),
            ("Heliqa", 2023, 52.1, "count million", "actual"),
            ("Ostrava Tech", 2023, 40.6, "count million", "actual"),
            ("Pemberly", 2023, 25.3, "count million", "actual"),
            ("Others", 2023, 82.2, "count million", "actual"),
            ("Total", 2023, 259.7, "count million", "actual"),
        ],
        claims=[
            ("share", 23.6, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
            ("share", 9.2, "percent", 2024, 2024, None),
            ("share", 30.5, "percent", 2024, 2024, None),
            ("growth", 3.9, "percent", 2023, 2024, 1.0),
            ("growth", 2.1, "percent", 2023, 2024, 1.0),
            ("growth", 5.7, "percent", 2023, 2024, 1.0),
            ("growth", -4.7, "percent", 2023, 2024, 1.0),
            ("growth", -3.0, "percent", 2023, 2024, 1.0),
            ("growth", 0.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61.8 / 261.7 = 23.615% -> 23.6
            ("arithmetic", "exact"),  # 53.2 / 261.7 = 20.329% -> 20.3
            ("arithmetic", "exact"),  # 42.9 / 261.7 = 16.393% -> 16.4
            ("arithmetic", "exact"),  # 24.1 / 261.7 = 9.209% -> 9.2
            ("arithmetic", "exact"),  # 79.7 / 261.7 = 30.455% -> 30.5
            ("cagr|implied", "exact"),  # 61.8 / 59.5 - 1 = 3.866% -> 3.9
            ("cagr|implied", "exact"),  # 53.2 / 52.1 - 1 = 2.111% -> 2.1
            ("cagr|implied", "exact"),  # 42.9 / 40.6 - 1 = 5.665% -> 5.7
            ("cagr|implied", "exact"),  # 24.1 / 25.3 - 1 = -4.743% -> -4.7
            ("cagr|implied", "exact"),  # 79.7 / 82.2 - 1 = -3.041% -> -3.0
            ("cagr|implied", "exact"),  # 261.7 / 259.7 - 1 = 0.770% -> 0.8
            ("hierarchy", "exact"),  # 2024: 61.8 + 53.2 + 42.9 + 24.1 + 79.7 = 261.7
            ("hierarchy", "exact"),  # 2023: 59.5 + 52.1 + 40.6 + 25.3 + 82.2 = 259.7
        ],
    ),
    # 4. dated English wearables review: "fell 3.5%" that its own amounts contradict (inconsistent); value beside units
    #    ("worth $41.3 billion in 2024"); a vendor's units and share (exact); distractors: "about two-thirds", the
    #    vendor's revenue, a survey's 57%, the survey's 4,000 respondents
    dict(
        text=(
            "SINGAPORE, 20 February 2025 — Wrist-worn device shipments fell 3.5% to 184.6 million units in 2024, down "
            "from 186.2 million a year earlier, the tracker Meridale Research said in its annual review. Basic "
            "fitness bands lost ground to smartwatches, which Meridale reckons made up about two-thirds of the "
            "category's value. In money terms the market was worth $41.3 billion in 2024. Tavira Labs, the largest "
            "vendor, shipped 38.9 million units, a 21.1% share, and booked $11.2 billion of revenue from the devices. "
            "Meridale's survey of 4,000 owners found that 57% wear their device to bed."
        ),
        obs=[
            ("Total", 2024, 184.6, "count million", "actual"),
            ("Total", 2023, 186.2, "count million", "actual"),
            ("Total", 2024, 41.3, "USD billion", "actual"),
            ("Tavira Labs", 2024, 38.9, "count million", "actual"),
        ],
        claims=[
            ("growth", -3.5, "percent", 2023, 2024, 1.0),
            ("share", 21.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 184.6 / 186.2 - 1 = -0.859%; bounds 184.55/186.25 - 1 = -0.913% .. 184.65/186.15 - 1 = -0.806%,
            # nowhere near -3.5 -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 38.9 / 184.6 = 21.073% -> 21.1
        ],
    ),
    # 5. English five-year tablet outlook: a stated 2024-2029 CAGR between two printed amounts (exact); a segment's
    #    forecast (Detachables, estimate); distractors: percentage points, a Q1 figure
    dict(
        text=(
            "Tablet shipments will climb from 147.8 million units in 2024 to 163.0 million in 2029, a compound annual "
            "growth rate of 2.0% over 2024-2029, according to a five-year outlook published by Brightwater Analytics "
            "on 9 April 2025. The consultancy expects schools, rather than consumers, to drive most of the gain. "
            "Detachables are forecast to reach 31.5 million units in 2029. Brightwater trimmed its forecast for this "
            "year by 1.4 percentage points after a soft first quarter, in which 33.6 million tablets shipped."
        ),
        obs=[
            ("Total", 2024, 147.8, "count million", "actual"),
            ("Total", 2029, 163.0, "count million", "estimate"),
            ("Detachables", 2029, 31.5, "count million", "estimate"),
        ],
        claims=[
            ("cagr", 2.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (163.0 / 147.8) ** (1/5) - 1 = 1.977% -> 2.0
        ],
    ),
    # 6. Simplified-Chinese tab-separated wearables vendor table in 万台 with 合计 row; the 2024 parts add to 14,698
    #    against a printed 14,700 (hierarchy rounding), 2023 exact; shares and rates exact; distractors: a vendor's
    #    revenue growth, a note number, the table number
    dict(
        text=(
            "表2：2024年中国可穿戴设备市场主要厂商出货量及份额（单位：万台）\n"
            "厂商\t2024年出货量\t市场份额\t2023年出货量\t同比增长\n"
            "华岭\t3,912\t26.6%\t3,420\t14.4%\n"
            "小钛\t2,785\t18.9%\t2,871\t-3.0%\n"
            "果禾\t1,960\t13.3%\t2,104\t-6.8%\n"
            "步维\t1,237\t8.4%\t1,103\t12.1%\n"
            "其他\t4,804\t32.7%\t4,915\t-2.3%\n"
            "合计\t14,700\t100.0%\t14,413\t2.0%\n"
            "数据来源：衡石咨询，2025年3月。注1：不含无线耳机。华岭可穿戴业务收入同比增长21%。"
        ),
        obs=[
            ("华岭", 2024, 3912, "count 10 thousand", "actual"),
            ("小钛", 2024, 2785, "count 10 thousand", "actual"),
            ("果禾", 2024, 1960, "count 10 thousand", "actual"),
            ("步维", 2024, 1237, "count 10 thousand", "actual"),
            ("其他", 2024, 4804, "count 10 thousand", "actual"),
            ("合计", 2024, 14700, "count 10 thousand", "actual"),
            ("华岭", 2023, 3420, "count 10 thousand", "actual"),
            ("小钛", 2023, 2871, "count 10 thousand", "actual"),
            ("果禾", 2023, 2104, "count 10 thousand", "actual"),
            ("步维", 2023, 1103, "count 10 thousand", "actual"),
            ("其他", 2023, 4915, "count 10 thousand", "actual"),
            ("合计", 2023, 14413, "count 10 thousand", "actual"),
        ],
        claims=[
            ("share", 26.6, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
            ("share", 8.4, "percent", 2024, 2024, None),
            ("share", 32.7, "percent", 2024, 2024, None),
            ("growth", 14.4, "percent", 2023, 2024, 1.0),
            ("growth", -3.0, "percent", 2023, 2024, 1.0),
            ("growth", -6.8, "percent", 2023, 2024, 1.0),
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("growth", -2.3, "percent", 2023, 2024, 1.0),
            ("growth", 2.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3912 / 14700 = 26.612% -> 26.6
            ("arithmetic", "exact"),  # 2785 / 14700 = 18.946% -> 18.9
            ("arithmetic", "exact"),  # 1960 / 14700 = 13.333% -> 13.3
            ("arithmetic", "exact"),  # 1237 / 14700 = 8.415% -> 8.4
            ("arithmetic", "exact"),  # 4804 / 14700 = 32.680% -> 32.7
            ("cagr|implied", "exact"),  # 3912 / 3420 - 1 = 14.386% -> 14.4
            ("cagr|implied", "exact"),  # 2785 / 2871 - 1 = -2.995% -> -3.0
            ("cagr|implied", "exact"),  # 1960 / 2104 - 1 = -6.844% -> -6.8
            ("cagr|implied", "exact"),  # 1237 / 1103 - 1 = 12.149% -> 12.1
            ("cagr|implied", "exact"),  # 4804 / 4915 - 1 = -2.258% -> -2.3
            ("cagr|implied", "exact"),  # 14700 / 14413 - 1 = 1.991% -> 2.0
            # 2024: 3912 + 2785 + 1960 + 1237 + 4804 = 14698 vs printed 14700; five parts at +/-0.5 give
            # 14695.5 .. 14700.5, total 14699.5 .. 14700.5 -> overlap -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2023: 3420 + 2871 + 2104 + 1103 + 4915 = 14413
        ],
    ),
    # 7. Simplified-Chinese industrial-robot 装机量 in 万台 with a rate (exact); value beside units (约590亿元);
    #    a 2027 forecast with 突破 (estimate at printed figure); distractors: 超过一半, 千亿级, 312家 firms, 连续第四年
    dict(
        text=(
            "据赛恒研究院统计，2024年中国工业机器人装机量达29.5万台，较2023年的27.6万台增长6.9%，连续第四年位居全球首位。"
            "按金额计，当年市场规模约为590亿元。国产品牌占比超过一半，外资品牌份额继续下滑。赛恒预计，到2027年装机量将"
            "突破40万台，行业有望迈入千亿级。本次调研覆盖了312家整机企业。"
        ),
        obs=[
            ("Total", 2024, 29.5, "count 10 thousand", "actual"),
            ("Total", 2023, 27.6, "count 10 thousand", "actual"),
            ("Total", 2024, 590, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 29.5 / 27.6 - 1 = 6.884% -> 6.9
        ],
    ),
    # 8. English investor day: a company sizes its total addressable market (Total), 2024 -> 2030, "about 19% a
    #    year" with no printed span (inferred, read as cagr|period, exact); distractors: the company's revenue goal,
    #    its share target, its headcount, a price target and its upside
    dict(
        text=(
            "At its investor day in Boston on 18 June 2025, Lumora Robotics told shareholders that the market for "
            "autonomous warehouse robots would grow from $18 billion in 2024 to $51 billion in 2030, an expansion of "
            "about 19% a year. Chief executive Dana Whitcombe said the company, which has 2,300 employees, expects "
            "its own revenue to top $1.5 billion by 2027 and aims to win a 15% share of that market by the end of the "
            "decade. Analysts at Pellham & Roy kept a $64 price target on the stock, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2030, 51, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (51 / 18) ** (1/6) - 1 = 18.955% -> 19
        ],
    ),
    # 9. English space-aligned tablet vendor table with Q4 2024 columns beside full-year 2024 and 2023 columns: the
    #    quarter's figures and shares nowhere; year columns add exactly; Lindqvist's 8.8% only within rounding
    dict(
        text=(
            "Worldwide tablet shipments by vendor, Q4 2024 and full year (millions of units)\n"
            "Source: Fenwick Device Tracker, February 2025\n"
            "\n"
            "Vendor       Q4 2024   Q4 share     2024   2024 share     2023\n"
            "Aurelian        17.4      38.2%     58.9        39.8%     55.6\n"
            "Kestova          7.3      16.0%     22.8        15.4%     21.3\n"
            "Lindqvist        4.6      10.1%     12.9         8.8%     14.2\n"
            "Marrow           3.1       6.8%      9.6         6.5%      8.8\n"
            "Others          13.1      28.8%     43.8        29.6%     45.3\n"
            "Total           45.5     100.0%    148.0       100.0%    145.2\n"
            "\n"
            "Average selling price, all vendors, 2024: $318."
        ),
        obs=[
            ("Aurelian", 2024, 58.9, "count million", "actual"),
            ("Kestova", 2024, 22.8, "count million", "actual"),
            ("Lindqvist", 2024, 12.9, "count million", "actual"),
            ("Marrow", 2024, 9.6, "count million", "actual"),
            ("Others", 2024, 43.8, "count million", "actual"),
            ("Total", 2024, 148.0, "count million", "actual"),
            ("Aurelian", 2023, 55.6, "count million", "actual"),
            ("Kestova", 2023, 21.3, "count million", "actual"),
            ("Lindqvist", 2023, 14.2, "count million", "actual"),
            ("Marrow", 2023, 8.8, "count million", "actual"),
            ("Others", 2023, 45.3, "count million", "actual"),
            ("Total", 2023, 145.2, "count million", "actual"),
        ],
        claims=[
            ("share", 39.8, "percent", 2024, 2024, None),
            ("share", 15.4, "percent", 2024, 2024, None),
            ("share", 8.8, "percent", 2024, 2024, None),
            ("share", 6.5, "percent", 2024, 2024, None),
            ("share", 29.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.9 / 148.0 = 39.797% -> 39.8
            ("arithmetic", "exact"),  # 22.8 / 148.0 = 15.405% -> 15.4
            # 12.9 / 148.0 = 8.716% -> 8.7, not 8.8; bounds 12.85/148.05 = 8.680% .. 12.95/147.95 = 8.753%,
            # and 8.753 rounds to 8.8 -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 9.6 / 148.0 = 6.486% -> 6.5
            ("arithmetic", "exact"),  # 43.8 / 148.0 = 29.595% -> 29.6
            ("hierarchy", "exact"),  # 2024: 58.9 + 22.8 + 12.9 + 9.6 + 43.8 = 148.0
            ("hierarchy", "exact"),  # 2023: 55.6 + 21.3 + 14.2 + 8.8 + 45.3 = 145.2
        ],
    ),
    # 10. undated English server release: "rose 12%" exact only within rounding; value beside units ("worth $216
    #     billion"); a segment's units and share (exact); distractors: an ASP, percentage points
    dict(
        text=(
            "Server shipments rose 12% to 13.6 million units in 2024 from 12.2 million, the tracker Quillon Data said "
            "on Tuesday, and the market was worth $216 billion as accelerated machines sold for many times the price "
            "of ordinary boxes. Accelerated servers made up 1.9 million of those units, or 14% of shipments. The "
            "average selling price of an accelerated system reached about $190,000. Quillon expects the pace of "
            "revenue growth to ease by 10 percentage points in 2025 as hyperscalers digest their purchases."
        ),
        obs=[
            ("Total", 2024, 13.6, "count million", "actual"),
            ("Total", 2023, 12.2, "count million", "actual"),
            ("Total", 2024, 216, "USD billion", "actual"),
            ("Accelerated servers", 2024, 1.9, "count million", "actual"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 13.6 / 12.2 - 1 = 11.475% -> 11, not 12; bounds 13.55/12.25 - 1 = 10.612% .. 13.65/12.15 - 1 = 12.346%,
            # which holds 12 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.9 / 13.6 = 13.971% -> 14
        ],
    ),
    # 11. Traditional-Chinese (Taiwan) AI-server note in 萬台: 增長逾2倍 between two printed amounts (x3, no verdict);
    #     a 2025 forecast with its rate (estimate, exact); distractors: 約占六成, a maker's Q4 revenue growth, 目標價
    dict(
        text=(
            "【台北訊】研調機構聚岳科技2025年3月12日指出，2024年全球AI伺服器出貨量約167萬台，較2022年的約52萬台增長逾2倍；"
            "預估2025年將再成長28%至214萬台。以出貨量計，北美四大雲端業者合計採購約占六成。聚岳同時指出，代工大廠鴻晟"
            "第四季AI伺服器相關營收季增15%，法人給予目標價新台幣285元。"
        ),
        obs=[
            ("Total", 2024, 167, "count 10 thousand", "actual"),
            ("Total", 2022, 52, "count 10 thousand", "actual"),
            ("Total", 2025, 214, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2022, 2024, 2.0),  # 增長逾2倍 between 52 and 167 -> 2 + 1 = x3
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 214 / 167 - 1 = 28.144% -> 28
        ],
    ),
    # 12. dated English EV release: "last year" = 2024; rate exact; a region's units and share (exact); a second
    #     region's units; "this year" forecast (2025 estimate); distractors: a penetration rate, a survey answer, a
    #     count of dealers
    dict(
        text=(
            "LONDON, 15 January 2025 — Sales of electric cars worldwide, counting battery-electric and plug-in hybrid "
            "models, rose 25% to 17.1 million last year from 13.7 million in 2023, the research house Ashgrove "
            "Mobility said. China accounted for 11.3 million, or 66% of the total, while sales in Europe slipped to "
            "3.0 million. Electric models made up 22% of all new cars sold, a penetration rate Ashgrove expects to "
            "pass 25% this year, when it forecasts global sales of 20.5 million. Of the 1,200 dealers Ashgrove "
            "surveyed, 48% expect prices to fall further."
        ),
        obs=[
            ("Total", 2024, 17.1, "count million", "actual"),
            ("Total", 2023, 13.7, "count million", "actual"),
            ("China", 2024, 11.3, "count million", "actual"),
            ("Europe", 2024, 3.0, "count million", "actual"),
            ("Total", 2025, 20.5, "count million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("share", 66, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.1 / 13.7 - 1 = 24.818% -> 25
            ("arithmetic", "exact"),  # 11.3 / 17.1 = 66.082% -> 66
        ],
    ),
    # 13. Traditional-Chinese pipe table of foldable-phone brands in 萬支 with 2023, 2024 and 2025(F) columns (F is
    #     estimate) and a 總計 row; all three columns add exactly; 2024 shares exact; the prose 23% rate exact;
    #     distractors: 滲透率, an ASP in 萬元, the table number
    dict(
        text=(
            "研調機構拓勤顧問2025年1月發布報告，預估2025年全球折疊手機出貨量將成長23%，但滲透率仍僅約1.5%，平均售價約新台幣4.5萬元。\n"
            "表1　全球折疊手機品牌出貨量（單位：萬支）\n"
            "| 品牌 | 2023年 | 2024年 | 2025年(F) | 2024年市占率 |\n"
            "|---|---|---|---|---|\n"
            "| 星澄 | 970 | 890 | 1,050 | 46.6% |\n"
            "| 榮宇 | 420 | 560 | 690 | 29.3% |\n"
            "| 摩翼 | 180 | 250 | 330 | 13.1% |\n"
            "| 其他 | 310 | 210 | 280 | 11.0% |\n"
            "| 總計 | 1,880 | 1,910 | 2,350 | 100.0% |"
        ),
        obs=[
            ("星澄", 2023, 970, "count 10 thousand", "actual"),
            ("榮宇", 2023, 420, "count 10 thousand", "actual"),
            ("摩翼", 2023, 180, "count 10 thousand", "actual"),
            ("其他", 2023, 310, "count 10 thousand", "actual"),
            ("總計", 2023, 1880, "count 10 thousand", "actual"),
            ("星澄", 2024, 890, "count 10 thousand", "actual"),
            ("榮宇", 2024, 560, "count 10 thousand", "actual"),
            ("摩翼", 2024, 250, "count 10 thousand", "actual"),
            ("其他", 2024, 210, "count 10 thousand", "actual"),
            ("總計", 2024, 1910, "count 10 thousand", "actual"),
            ("星澄", 2025, 1050, "count 10 thousand", "estimate"),
            ("榮宇", 2025, 690, "count 10 thousand", "estimate"),
            ("摩翼", 2025, 330, "count 10 thousand", "estimate"),
            ("其他", 2025, 280, "count 10 thousand", "estimate"),
            ("總計", 2025, 2350, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("share", 46.6, "percent", 2024, 2024, None),
            ("share", 29.3, "percent", 2024, 2024, None),
            ("share", 13.1, "percent", 2024, 2024, None),
            ("share", 11.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2350 / 1910 - 1 = 23.037% -> 23
            ("arithmetic", "exact"),  # 890 / 1910 = 46.597% -> 46.6
            ("arithmetic", "exact"),  # 560 / 1910 = 29.319% -> 29.3
            ("arithmetic", "exact"),  # 250 / 1910 = 13.089% -> 13.1
            ("arithmetic", "exact"),  # 210 / 1910 = 10.995% -> 11.0
            ("hierarchy", "exact"),  # 2023: 970 + 420 + 180 + 310 = 1880
            ("hierarchy", "exact"),  # 2024: 890 + 560 + 250 + 210 = 1910
            ("hierarchy", "exact"),  # 2025F: 1050 + 690 + 330 + 280 = 2350
        ],
    ),
    # 14. dated English drone update: "this year" (2025) on-track figure is an estimate, "last year" actual, rate
    #     exact; "2.5 times" 2019 as a multiple over 6 years (no verdict); distractors: "multibillion-dollar
    #     opportunity", a Q2 figure, an ASP and its fall
    dict(
        text=(
            "SHENZHEN, 2 September 2025 — Consumer drone shipments are on track to reach 7.9 million units this year, "
            "up 11% from 7.1 million last year and 2.5 times the 3.2 million shipped in 2019, according to a mid-year "
            "update from Kestrel Aero Research. Kestrel counts only camera drones sold to individuals, leaving out "
            "agricultural and industrial craft, which it calls a multibillion-dollar opportunity in their own right. "
            "Second-quarter shipments came to 1.8 million, and average prices fell 6% to $612."
        ),
        obs=[
            ("Total", 2025, 7.9, "count million", "estimate"),
            ("Total", 2024, 7.1, "count million", "actual"),
            ("Total", 2019, 3.2, "count million", "actual"),
        ],
        claims=[
            ("growth", 11, "percent", 2024, 2025, 1.0),
            ("multiple", 2.5, "multiple", 2019, 2025, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.9 / 7.1 - 1 = 11.268% -> 11
        ],
    ),
    # 15. Traditional-Chinese (Hong Kong) tablet release in 萬部 with a year-on-year fall (exact); value in 億港元 beside
    #     units; 今年 forecast with 有望/約 (estimate); distractors: 約三成, an ASP in 港元, a retailer's revenue in 億港元
    dict(
        text=(
            "（香港訊）本地研究機構港研數據2025年2月6日公布，2024年香港平板電腦出貨量約為52.3萬部，按年下跌4.2%"
            "（2023年：54.6萬部）；銷售額則約為68億港元，平均售價約1,300港元。當中，教育市場佔出貨量約三成。"
            "零售商豐域集團平板業務營業額按年增加3%至4.86億港元。港研預期，今年出貨量有望回升至約55萬部。"
        ),
        obs=[
            ("Total", 2024, 52.3, "count 10 thousand", "actual"),
            ("Total", 2023, 54.6, "count 10 thousand", "actual"),
            ("Total", 2024, 68, "HKD 100 million", "actual"),
            ("Total", 2025, 55, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", -4.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.3 / 54.6 - 1 = -4.212% -> -4.2
        ],
    ),
    # 16. English tab-separated India smartphone vendor table, 2024 and 2023 units and shares, Total row; every share
    #     and both sums exact; the prose rate exact; distractors: rupee revenue (no observation), an ASP
    dict(
        text=(
            "India's smartphone market grew 3.6% in 2024, Parrish Lane Research said in its annual vendor report.\n"
            "Vendor\t2024 units (m)\t2024 share\t2023 units (m)\t2023 share\n"
            "Vireo\t28.4\t18.8%\t26.1\t17.9%\n"
            "Sandal\t24.0\t15.9%\t23.8\t16.3%\n"
            "Mokusei\t19.6\t13.0%\t17.2\t11.8%\n"
            "Parvana\t17.1\t11.3%\t18.9\t13.0%\n"
            "Others\t61.9\t41.0%\t59.8\t41.0%\n"
            "Total\t151.0\t100%\t145.8\t100%\n"
            "Vireo's Indian unit booked revenue of Rs 41,800 crore; the average selling price rose to $263."
        ),
        obs=[
            ("Vireo", 2024, 28.4, "count million", "actual"),
            ("Sandal", 2024, 24.0, "count million", "actual"),
            ("Mokusei", 2024, 19.6, "count million", "actual"),
            ("Parvana", 2024, 17.1, "count million", "actual"),
            ("Others", 2024, 61.9, "count million", "actual"),
            ("Total", 2024, 151.0, "count million", "actual"),
            ("Vireo", 2023, 26.1, "count million", "actual"),
            ("Sandal", 2023, 23.8, "count million", "actual"),
            ("Mokusei", 2023, 17.2, "count million", "actual"),
            ("Parvana", 2023, 18.9, "count million", "actual"),
            ("Others", 2023, 59.8, "count million", "actual"),
            ("Total", 2023, 145.8, "count million", "actual"),
        ],
        claims=[
            ("growth", 3.6, "percent", 2023, 2024, 1.0),
            ("share", 18.8, "percent", 2024, 2024, None),
            ("share", 15.9, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
            ("share", 11.3, "percent", 2024, 2024, None),
            ("share", 41.0, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2023, 2023, None),
            ("share", 16.3, "percent", 2023, 2023, None),
            ("share", 11.8, "percent", 2023, 2023, None),
            ("share", 13.0, "percent", 2023, 2023, None),
            ("share", 41.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 151.0 / 145.8 - 1 = 3.567% -> 3.6
            ("arithmetic", "exact"),  # 28.4 / 151.0 = 18.808% -> 18.8
            ("arithmetic", "exact"),  # 24.0 / 151.0 = 15.894% -> 15.9
            ("arithmetic", "exact"),  # 19.6 / 151.0 = 12.980% -> 13.0
            ("arithmetic", "exact"),  # 17.1 / 151.0 = 11.325% -> 11.3
            ("arithmetic", "exact"),  # 61.9 / 151.0 = 40.993% -> 41.0
            ("arithmetic", "exact"),  # 26.1 / 145.8 = 17.901% -> 17.9
            ("arithmetic", "exact"),  # 23.8 / 145.8 = 16.324% -> 16.3
            ("arithmetic", "exact"),  # 17.2 / 145.8 = 11.797% -> 11.8
            ("arithmetic", "exact"),  # 18.9 / 145.8 = 12.963% -> 13.0
            ("arithmetic", "exact"),  # 59.8 / 145.8 = 41.015% -> 41.0
            ("hierarchy", "exact"),  # 2024: 28.4 + 24.0 + 19.6 + 17.1 + 61.9 = 151.0
            ("hierarchy", "exact"),  # 2023: 26.1 + 23.8 + 17.2 + 18.9 + 59.8 = 145.8
        ],
    ),
    # 17. English smart-speaker tracker: "slid 8%" that its own amounts contradict (inconsistent); a segment's units
    #     and share (exact); distractors: a survey answer, an assistant maker's revenue, "a multibillion-dollar bet"
    dict(
        text=(
            "Smart speaker shipments slid 8% to 118.4 million units in 2024 from 125.0 million in 2023, Dunmore "
            "Consumer Tech reported in its year-end tracker. Smart displays, which add a screen, held up better at "
            "29.6 million units, or 25.0% of the total. Voice-assistant maker Quorra said its device revenue fell 9% "
            "to $3.4 billion, even as it called generative assistants a multibillion-dollar bet. In Dunmore's "
            "consumer poll, 41% of owners said they mostly use their speaker for music."
        ),
        obs=[
            ("Total", 2024, 118.4, "count million", "actual"),
            ("Total", 2023, 125.0, "count million", "actual"),
            ("Smart displays", 2024, 29.6, "count million", "actual"),
        ],
        claims=[
            ("growth", -8, "percent", 2023, 2024, 1.0),
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 118.4 / 125.0 - 1 = -5.280%; bounds 118.35/125.05 - 1 = -5.358% .. 118.45/124.95 - 1 = -5.202%,
            # nowhere near -8 -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 29.6 / 118.4 = 25.000% -> 25.0
        ],
    ),
    # 18. Simplified-Chinese NEV release in 万辆: rate exact; a part (纯电动汽车) with its share (exact); 2025 forecast
    #     with 有望 (estimate); distractors: 渗透率, 个百分点, a carmaker's 营业收入
    dict(
        text=(
            "2025年1月13日，行业机构辰汇汽车研究发布数据：2024年我国新能源汽车销量达1286.6万辆，同比增长35.5%，"
            "2023年为949.5万辆。其中，纯电动汽车销量771.9万辆，占新能源汽车总销量的60.0%。新能源汽车新车销量渗透率达"
            "40.9%，较上年提高9.3个百分点。辰汇预计，2025年新能源汽车销量有望达到1600万辆。龙头车企比迅全年营业收入超过"
            "7,700亿元。"
        ),
        obs=[
            ("Total", 2024, 1286.6, "count 10 thousand", "actual"),
            ("Total", 2023, 949.5, "count 10 thousand", "actual"),
            ("纯电动汽车", 2024, 771.9, "count 10 thousand", "actual"),
            ("Total", 2025, 1600, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("share", 60.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286.6 / 949.5 - 1 = 35.503% -> 35.5
            ("arithmetic", "exact"),  # 771.9 / 1286.6 = 59.995% -> 60.0
        ],
    ),
    # 19. Simplified-Chinese space-aligned smart-speaker vendor table in 万台 with a 合计 row: the 2024 parts add to
    #     2,815 against a printed 2,880 (hierarchy inconsistent), 2023 exact; shares exact on the printed total; the
    #     prose decline exact; distractor: a note number
    dict(
        text=(
            "2024年中国智能音箱市场全年销量同比下降11.1%。\n"
            "2024年中国智能音箱市场主要厂商销量（单位：万台）\n"
            "厂商        2023年      2024年    2024年份额\n"
            "声海         1,010         905        31.4%\n"
            "度米           820         760        26.4%\n"
            "天灵           610         535        18.6%\n"
            "其他           800         615        21.4%\n"
            "合计         3,240       2,880       100.0%\n"
            "注2：数据来源为启明家电研究，统计口径含带屏音箱。"
        ),
        obs=[
            ("声海", 2023, 1010, "count 10 thousand", "actual"),
            ("度米", 2023, 820, "count 10 thousand", "actual"),
            ("天灵", 2023, 610, "count 10 thousand", "actual"),
            ("其他", 2023, 800, "count 10 thousand", "actual"),
            ("合计", 2023, 3240, "count 10 thousand", "actual"),
            ("声海", 2024, 905, "count 10 thousand", "actual"),
            ("度米", 2024, 760, "count 10 thousand", "actual"),
            ("天灵", 2024, 535, "count 10 thousand", "actual"),
            ("其他", 2024, 615, "count 10 thousand", "actual"),
            ("合计", 2024, 2880, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", -11.1, "percent", 2023, 2024, 1.0),
            ("share", 31.4, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 21.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2880 / 3240 - 1 = -11.111% -> -11.1
            ("arithmetic", "exact"),  # 905 / 2880 = 31.424% -> 31.4
            ("arithmetic", "exact"),  # 760 / 2880 = 26.389% -> 26.4
            ("arithmetic", "exact"),  # 535 / 2880 = 18.576% -> 18.6
            ("arithmetic", "exact"),  # 615 / 2880 = 21.354% -> 21.4
            ("hierarchy", "exact"),  # 2023: 1010 + 820 + 610 + 800 = 3240
            # 2024: 905 + 760 + 535 + 615 = 2815 vs printed 2880; parts at +/-0.5 reach at most 2817, total at least
            # 2879.5 -> inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 20. dated English AR/VR release: "dropped 12% last year" only within rounding; a 2026 forecast (estimate);
    #     distractors: a Q4 figure, a vendor's divisional sales in yen (company revenue, no observation)
    dict(
        text=(
            "TOKYO, 27 February 2025 — Shipments of AR and VR headsets dropped 12% last year to 6.9 million units from "
            "7.9 million in 2023, as buyers waited for lighter designs, Sorrel Research said. Sorrel expects a "
            "recovery to 9.4 million units in 2026 once cheaper mixed-reality models arrive. Fourth-quarter "
            "shipments were 2.2 million. Hoshina, the market leader, said its headset division's sales fell to "
            "¥86 billion in its latest fiscal year."
        ),
        obs=[
            ("Total", 2024, 6.9, "count million", "actual"),
            ("Total", 2023, 7.9, "count million", "actual"),
            ("Total", 2026, 9.4, "count million", "estimate"),
        ],
        claims=[
            ("growth", -12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 6.9 / 7.9 - 1 = -12.658% -> -13, not -12; bounds 6.85/7.95 - 1 = -13.836% .. 6.95/7.85 - 1 = -11.465%,
            # which holds -12 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 21. English press release, smartphones: "rose 6.8% to 1,227.4 million units in 2024, from 1,149.2 million in
    #    2023"; a Q4 figure and its rate, an ASP in dollars (nowhere); "expects ... growing 2.3% to" next year
    dict(
        text=(
            "SINGAPORE, 16 January 2025 — Worldwide smartphone shipments rose 6.8% to 1,227.4 million units in 2024, "
            "from 1,149.2 million in 2023, according to preliminary figures from Halvorsen Device Research. The fourth "
            "quarter was the strongest of the year at 332.1 million units, up 2.4% on the same quarter a year earlier. "
            "Average selling prices climbed for a third straight year, to $412, as buyers traded up to foldables and "
            "AI-capable flagships. Halvorsen expects a quieter 2025, with shipments growing 2.3% to 1,255.6 million "
            "units, and warns that new tariffs could shave a point or two off that."
        ),
        obs=[
            ("Total", 2024, 1227.4, "count million", "actual"),
            ("Total", 2023, 1149.2, "count million", "actual"),
            ("Total", 2025, 1255.6, "count million", "estimate"),
        ],
        claims=[
            ("growth", 6.8, "percent", 2023, 2024, 1.0),
            ("growth", 2.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1227.4 / 1149.2 - 1 = 6.805% -> 6.8
            ("cagr|implied", "exact"),  # 1255.6 / 1227.4 - 1 = 2.298% -> 2.3
        ],
    ),
    # 22. English news, PCs: Q4 units (nowhere), full-year units with a printed rate its own amounts contradict,
    #    a vendor's units and share of the total, the vendor's own revenue (nowhere), market value beside units,
    #    "about 271 million units this year"
    dict(
        text=(
            "TAIPEI, 14 January 2025 — PC shipments reached 68.2 million units in Q4, the best quarter in two years, "
            "data from Tarrow Insights show. For the full year, vendors shipped 262.7 million desktops and laptops, "
            "which Tarrow describes as a 1.0% increase on 2023's 259.5 million. Lenvora held the top spot with 63.3 "
            "million units, 24.1% of the total, and booked hardware revenue of $41.8 billion. Tarrow values the whole "
            "market at $213 billion, and its analysts expect the end of Windows 10 support this October to lift "
            "shipments to about 271 million units this year."
        ),
        obs=[
            ("Total", 2024, 262.7, "count million", "actual"),
            ("Total", 2023, 259.5, "count million", "actual"),
            ("Lenvora", 2024, 63.3, "count million", "actual"),
            ("Total", 2024, 213, "USD billion", "actual"),
            ("Total", 2025, 271, "count million", "estimate"),
        ],
        claims=[
            ("growth", 1.0, "percent", 2023, 2024, 1.0),
            ("share", 24.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 262.7 / 259.5 - 1 = 1.233% -> 1.2, not 1.0;
                                               # bounds 262.65/259.55 - 1 = 1.194% .. 262.75/259.45 - 1 = 1.272%
            ("arithmetic", "exact"),  # 63.3 / 262.7 = 24.096% -> 24.1
        ],
    ),
    # 23. English analyst briefing, wearables: "last year" from a June 2025 dateline, a range for "this year"
    #    (two value claims), a stated CAGR "from 2024 to 2029", a second category (smart rings) as its own item,
    #    percentage points and a survey answer (nowhere)
    dict(
        text=(
            "Briefing note, Oakridge Metrics, 10 June 2025. Wrist-worn wearables shipped 193.6 million units last "
            "year, and we expect between 200 million and 210 million this year as lower-priced smartwatches reach "
            "emerging markets. Over the longer run we model a compound annual growth rate of 5.1% from 2024 to 2029, "
            "taking the category to 248.3 million units in 2029. Smart rings, which we track separately, shipped 4.1 "
            "million units last year, and their share of the premium segment rose 3 percentage points. In our spring "
            "consumer survey, 41% of respondents said they planned to replace a device within a year."
        ),
        obs=[
            ("Total", 2024, 193.6, "count million", "actual"),
            ("Total", 2029, 248.3, "count million", "estimate"),
            ("Smart rings", 2024, 4.1, "count million", "actual"),
        ],
        claims=[
            ("value", 200, "count million", 2025, 2025, None),
            ("value", 210, "count million", 2025, 2025, None),
            ("cagr", 5.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (248.3 / 193.6) ** (1/5) - 1 = 5.103% -> 5.1
        ],
    ),
    # 24. English industry-report excerpt, servers (money): "up 92% from $128 billion" where 245/128 gives 91.4%
    #    (rounding), a part's amount and share, report title year, count of ODMs, a price target and its upside
    #    (nowhere), "crossing $300 billion in 2026"
    dict(
        text=(
            "Server spending has become an AI story. In its Datacentre Hardware Monitor 2025, Kestrel Analytics puts "
            "global server market revenue at $245 billion for 2024, up 92% from $128 billion in 2023. Accelerated "
            "servers built around GPUs and custom chips took $131 billion, or 53.5% of the 2024 total, while unit "
            "shipments of general-purpose machines slipped for a second year. Kestrel counts more than 40 original "
            "design manufacturers in the supply chain, and one broker has raised its price target on market leader "
            "Quorra Systems to $190, implying 22% upside. The report sees revenue crossing $300 billion in 2026."
        ),
        obs=[
            ("Total", 2024, 245, "USD billion", "actual"),
            ("Total", 2023, 128, "USD billion", "actual"),
            ("Accelerated servers", 2024, 131, "USD billion", "actual"),
            ("Total", 2026, 300, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 92, "percent", 2023, 2024, 1.0),
            ("share", 53.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 245 / 128 - 1 = 91.41% -> 91, not 92;
                                           # bounds 244.5/128.5 - 1 = 90.27% .. 245.5/127.5 - 1 = 92.55%, holds 92
            ("arithmetic", "exact"),  # 131 / 245 = 53.469% -> 53.5
        ],
    ),
    # 25. English magazine prose, EVs: "more than fivefold" between two printed years (x5, no verdict), a region's
    #    units and share, a second region, percentage points, a penetration rate and a count of brands (nowhere),
    #    "forecasts 20.5 million sales in 2025"
    dict(
        text=(
            "Electric cars are no longer a niche. Global sales of battery-electric and plug-in hybrid cars reached "
            "17.1 million in 2024, according to Verdant Mobility Research, more than fivefold the 3.2 million sold in "
            "2020. China alone bought 11.0 million of them, some 64% of the world total, and Europe 3.0 million. "
            "Plug-in hybrids gained 4 percentage points in the mix as buyers hedged on charging, and electric cars "
            "made up 22% of all new cars sold worldwide. More than 500 brands now sell an EV somewhere, Verdant "
            "notes; it forecasts 20.5 million sales in 2025."
        ),
        obs=[
            ("Total", 2024, 17.1, "count million", "actual"),
            ("Total", 2020, 3.2, "count million", "actual"),
            ("China", 2024, 11.0, "count million", "actual"),
            ("Europe", 2024, 3.0, "count million", "actual"),
            ("Total", 2025, 20.5, "count million", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2020, 2024, 4.0),  # "more than fivefold" -> x5 (17.1/3.2 = 5.34)
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 11.0 / 17.1 = 64.33% -> 64
        ],
    ),
    # 26. Simplified Chinese news, smartphones in 亿部: "同比增长5.6%" where 2.86/2.71 gives 5.5% (rounding), a Q4
    #    figure in 万部 (nowhere), a vendor's 万部 and share, the vendor's own revenue (nowhere), 今年 forecast
    dict(
        text=(
            "【本报讯】2025年1月20日，市场研究机构瀚睿咨询发布数据显示，2024年中国智能手机市场出货量为2.86亿部，"
            "同比增长5.6%，2023年为2.71亿部。其中第四季度出货7,780万部，环比增长9.8%。华岳以4,600万部位居第一，"
            "市场份额16.1%；其全年手机业务营收约为2,100亿元。瀚睿预计，今年出货量将达到约2.9亿部，平均售价则有望"
            "继续上行。"
        ),
        obs=[
            ("Total", 2024, 2.86, "count 100 million", "actual"),
            ("Total", 2023, 2.71, "count 100 million", "actual"),
            ("华岳", 2024, 4600, "count 10 thousand", "actual"),
            ("Total", 2025, 2.9, "count 100 million", "estimate"),
        ],
        claims=[
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("share", 16.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 2.86 / 2.71 - 1 = 5.535% -> 5.5, not 5.6;
                                           # bounds 2.855/2.715 - 1 = 5.157% .. 2.865/2.705 - 1 = 5.915%, holds 5.6
            ("arithmetic", "exact"),  # 0.46 / 2.86 (4,600万 / 2.86亿) = 16.084% -> 16.1
        ],
    ),
    # 27. Simplified Chinese news, NEV sales in 万辆: exact yoy, "增长了8.4倍" between two printed amounts (x9.4,
    #    no verdict), penetration rate, 个百分点, a company's revenue and headcount (nowhere), 有望 ... 左右
    dict(
        text=(
            "2025年1月，乘用车市场研究团体云衡数据发布统计：2024年我国新能源汽车销量达1,286.6万辆，同比增长35.5%，"
            "2023年为949.5万辆；与2020年的136.7万辆相比，增长了8.4倍。新能源汽车新车渗透率升至40.9%，较上年提高"
            "9.3个百分点。行业龙头远驰汽车全年营收突破7,700亿元，员工总数超过70万人。云衡预计，2025年新能源汽车"
            "销量有望达到1,600万辆左右。"
        ),
        obs=[
            ("Total", 2024, 1286.6, "count 10 thousand", "actual"),
            ("Total", 2023, 949.5, "count 10 thousand", "actual"),
            ("Total", 2020, 136.7, "count 10 thousand", "actual"),
            ("Total", 2025, 1600, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("multiple", 9.4, "multiple", 2020, 2024, 4.0),  # 增长了8.4倍 between printed amounts -> x9.4
                                                             # (1286.6 / 136.7 = 9.41)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286.6 / 949.5 - 1 = 35.503% -> 35.5
        ],
    ),
    # 28. Simplified Chinese report, servers in 万台: exact yoy, a part's share, a stated 2024—2028 CAGR its own
    #    amounts contradict (inconsistent), report title year, a survey answer in words, 千亿级 (nowhere)
    dict(
        text=(
            "据鼎观研究院《2025年中国服务器市场跟踪报告》，2024年中国服务器出货量为452.3万台，同比增长11.4%，"
            "2023年为406.0万台。其中AI服务器出货42.1万台，占比9.3%。鼎观预计，2024—2028年中国服务器出货量年均"
            "复合增长率为8.5%，2028年将达到575.2万台；另据其调查，约七成受访企业计划在两年内扩容算力。报告认为，"
            "国产算力带动的是一个千亿级的增量市场。"
        ),
        obs=[
            ("Total", 2024, 452.3, "count 10 thousand", "actual"),
            ("Total", 2023, 406.0, "count 10 thousand", "actual"),
            ("AI服务器", 2024, 42.1, "count 10 thousand", "actual"),
            ("Total", 2028, 575.2, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
            ("share", 9.3, "percent", 2024, 2024, None),
            ("cagr", 8.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 452.3 / 406.0 - 1 = 11.404% -> 11.4
            ("arithmetic", "exact"),  # 42.1 / 452.3 = 9.308% -> 9.3
            ("cagr|implied", "inconsistent"),  # (575.2 / 452.3) ** (1/4) - 1 = 6.194% -> 6.2, not 8.5;
                                               # bounds (575.15/452.35)**.25-1 = 6.188% .. (575.25/452.25)**.25-1 = 6.199%
        ],
    ),
    # 29. Traditional Chinese wire story, drones in 新台幣億元: exact 成長 rate from 前一年, 今年 可望突破 forecast,
    #    dateline, counts of firms and staff, a company's revenue (nowhere)
    dict(
        text=(
            "【中央社記者林家瑜台北2025年2月18日電】研究機構鈞翔產研今天發布報告指出，台灣無人機產業產值2024年為"
            "新台幣120億元，較前一年的新台幣85億元成長41.2%。鈞翔預估，在國防與農業需求帶動下，今年產值可望突破"
            "新台幣150億元。目前國內無人機相關業者約160家，從業人員約3,200人；其中龍頭廠商雷翔科技去年營收為"
            "新台幣18.6億元。"
        ),
        obs=[
            ("Total", 2024, 120, "TWD 100 million", "actual"),
            ("Total", 2023, 85, "TWD 100 million", "actual"),
            ("Total", 2025, 150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 120 / 85 - 1 = 41.176% -> 41.2
        ],
    ),
    # 30. Traditional Chinese (Hong Kong) trade-weekly item, wearables retail in 億港元: "按年增長7.2%" where
    #     48.6/45.3 gives 7.3% (rounding), a part's amount and "約65%", an issue number and a survey (nowhere)
    dict(
        text=(
            "香港零售業界刊物《數碼消費週報》第412期引述研究公司恒嶺市場研究的數據：2024年香港穿戴式裝置零售額為"
            "48.6億港元，按年增長7.2%，2023年為45.3億港元。智能手錶佔其中31.5億港元，即約65%。恒嶺在2025年3月"
            "訪問了1,000名消費者，其中38%表示會在未來一年購買新裝置。恒嶺預期2025年零售額約為51億港元，惟旅客"
            "消費模式轉變或拖慢增長。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 45.3, "HKD 100 million", "actual"),
            ("智能手錶", 2024, 31.5, "HKD 100 million", "actual"),
            ("Total", 2025, 51, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("share", 65, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 45.3 - 1 = 7.285% -> 7.3, not 7.2;
                                           # bounds 48.55/45.35 - 1 = 7.056% .. 48.65/45.25 - 1 = 7.514%, holds 7.2
            ("arithmetic", "exact"),  # 31.5 / 48.6 = 64.81% -> 65
        ],
    ),
    # 31. Traditional Chinese annual-report summary, industrial robots in 萬台 (裝機量): a tiny exact rate, a region's
    #     units and share, two more regions given with 分別, robot density (nowhere), 突破 forecast for 2027
    dict(
        text=(
            "根據機器人產業研究機構岱峰智庫最新年報，2024年全球工業機器人新增裝機量為54.2萬台，較2023年的54.1萬台"
            "微增0.2%。中國大陸裝機29.5萬台，占全球54%，日本與美國則分別為4.4萬台及3.4萬台。南韓製造業的機器人"
            "密度高達每萬名員工1,012台，居全球之冠。岱峰預估，隨著人形機器人逐步量產，2027年全球裝機量將突破"
            "70萬台。"
        ),
        obs=[
            ("Total", 2024, 54.2, "count 10 thousand", "actual"),
            ("Total", 2023, 54.1, "count 10 thousand", "actual"),
            ("中國大陸", 2024, 29.5, "count 10 thousand", "actual"),
            ("日本", 2024, 4.4, "count 10 thousand", "actual"),
            ("美國", 2024, 3.4, "count 10 thousand", "actual"),
            ("Total", 2027, 70, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 0.2, "percent", 2023, 2024, 1.0),
            ("share", 54, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 54.2 / 54.1 - 1 = 0.185% -> 0.2
            ("arithmetic", "exact"),  # 29.5 / 54.2 = 54.43% -> 54
        ],
    ),
    # 32. Simplified Chinese report, AR/VR headsets in 万台: a decline "同比下降14.2%" (negative, exact), two parts,
    #     a Q4 figure and rate (nowhere), 百亿级 (nowhere), "回升至150万台以上"
    dict(
        text=(
            "2025年2月，研究机构知衡科技发布报告称，2024年中国AR/VR头显出货量为123.5万台，同比下降14.2%，2023年为"
            "143.9万台。其中VR头显出货98.7万台，AR眼镜出货24.8万台。单看第四季度，出货量为41.2万台，同比回升6.1%。"
            "知衡认为，空间计算是一个百亿级的市场机会，预计2025年出货量将回升至150万台以上。"
        ),
        obs=[
            ("Total", 2024, 123.5, "count 10 thousand", "actual"),
            ("Total", 2023, 143.9, "count 10 thousand", "actual"),
            ("VR头显", 2024, 98.7, "count 10 thousand", "actual"),
            ("AR眼镜", 2024, 24.8, "count 10 thousand", "actual"),
            ("Total", 2025, 150, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", -14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 123.5 / 143.9 - 1 = -14.177% -> -14.2
        ],
    ),
    # 33. Simplified Chinese white paper, smart-home devices in 亿元 with a later 万亿元 figure (converted to the
    #     series' 亿元: 1.1万亿 -> 11000), a stated 2024—2028 CAGR "约为9%", smart speakers in 万台 with a one-sided
    #     decline (no verdict), firm count and a gross margin (nowhere)
    dict(
        text=(
            "禾远研究院在《中国智能家居设备行业发展白皮书（2025）》中测算，2024年中国智能家居设备市场规模为7,820亿元，"
            "预计2028年将突破1.1万亿元，2024—2028年年均复合增长率约为9%。细分品类中，智能音箱出货量为2,050万台，"
            "较上年减少3.8%。白皮书还统计了超过2,600家相关企业，头部品牌的毛利率普遍在25%上下。"
        ),
        obs=[
            ("Total", 2024, 7820, "CNY 100 million", "actual"),
            ("Total", 2028, 11000, "CNY 100 million", "estimate"),
            ("智能音箱", 2024, 2050, "count 10 thousand", "actual"),
        ],
        claims=[
            ("cagr", 9, "percent", 2024, 2028, None, "stated"),
            ("growth", -3.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11000 / 7820) ** (1/4) - 1 = 8.905% -> 9
        ],
    ),
    # 34. Traditional Chinese (Taiwan) news, tablets in 億台: "年增9.2%" where 1.47/1.35 gives 8.9% (rounding),
    #     a leading vendor's 萬台 and 市占率, a second vendor, a Q4 figure and an ASP in 新台幣 (nowhere),
    #     a flat 2025 forecast
    dict(
        text=(
            "【台北訊】市調機構晟觀國際（Sunview Research）2025年1月公布，2024年全球平板電腦出貨量達1.47億台，"
            "年增9.2%，2023年為1.35億台。品牌方面，栢森以5,690萬台居冠，市占率38.7%；第二名的星禾出貨2,020萬台。"
            "晟觀指出，第四季出貨4,120萬台，為近三年單季高點，但平均售價下滑至新台幣1.1萬元。晟觀預估2025年"
            "全球平板出貨量將持平於1.47億台左右。"
        ),
        obs=[
            ("Total", 2024, 1.47, "count 100 million", "actual"),
            ("Total", 2023, 1.35, "count 100 million", "actual"),
            ("栢森", 2024, 5690, "count 10 thousand", "actual"),
            ("星禾", 2024, 2020, "count 10 thousand", "actual"),
            ("Total", 2025, 1.47, "count 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("share", 38.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.47 / 1.35 - 1 = 8.889% -> 8.9, not 9.2;
                                           # bounds 1.465/1.355 - 1 = 8.118% .. 1.475/1.345 - 1 = 9.665%, holds 9.2
            ("arithmetic", "exact"),  # 0.569 / 1.47 (5,690萬 / 1.47億) = 38.707% -> 38.7
        ],
    ),
    # 35. English pipe table, smartphone vendors by year (million units): rows + Others + Total, 2023 and 2024
    #     columns, YoY and 2024 share columns (100.0% total is no claim), a Q4 note and a vendor's revenue (nowhere)
    dict(
        text=(
            "Table 3. Global smartphone shipments by vendor, full year (Pellucid Data, January 2025)\n"
            "\n"
            "| Vendor | 2023 units (M) | 2024 units (M) | YoY | 2024 share |\n"
            "|---|---|---|---|---|\n"
            "| Aurelia | 229.2 | 226.0 | -1.4% | 18.5% |\n"
            "| Brightwave | 234.6 | 222.9 | -5.0% | 18.3% |\n"
            "| Corvane | 145.9 | 168.6 | 15.6% | 13.8% |\n"
            "| Dunmore | 96.0 | 106.7 | 11.1% | 8.7% |\n"
            "| Others | 461.4 | 496.6 | 7.6% | 40.7% |\n"
            "| Total | 1,167.1 | 1,220.8 | 4.6% | 100.0% |\n"
            "\n"
            "Note: Q4 2024 alone accounted for 331.0 million units. Aurelia's own smartphone revenue rose to "
            "$201.2 billion."
        ),
        obs=[
            ("Aurelia", 2023, 229.2, "count million", "actual"),
            ("Aurelia", 2024, 226.0, "count million", "actual"),
            ("Brightwave", 2023, 234.6, "count million", "actual"),
            ("Brightwave", 2024, 222.9, "count million", "actual"),
            ("Corvane", 2023, 145.9, "count million", "actual"),
            ("Corvane", 2024, 168.6, "count million", "actual"),
            ("Dunmore", 2023, 96.0, "count million", "actual"),
            ("Dunmore", 2024, 106.7, "count million", "actual"),
            ("Others", 2023, 461.4, "count million", "actual"),
            ("Others", 2024, 496.6, "count million", "actual"),
            ("Total", 2023, 1167.1, "count million", "actual"),
            ("Total", 2024, 1220.8, "count million", "actual"),
        ],
        claims=[
            ("growth", -1.4, "percent", 2023, 2024, 1.0),
            ("growth", -5.0, "percent", 2023, 2024, 1.0),
            ("growth", 15.6, "percent", 2023, 2024, 1.0),
            ("growth", 11.1, "percent", 2023, 2024, 1.0),
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("growth", 4.6, "percent", 2023, 2024, 1.0),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
            ("share", 40.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Aurelia 226.0 / 229.2 - 1 = -1.396% -> -1.4
            ("cagr|implied", "exact"),  # Brightwave 222.9 / 234.6 - 1 = -4.987% -> -5.0
            ("cagr|implied", "exact"),  # Corvane 168.6 / 145.9 - 1 = 15.559% -> 15.6
            ("cagr|implied", "exact"),  # Dunmore 106.7 / 96.0 - 1 = 11.146% -> 11.1
            ("cagr|implied", "exact"),  # Others 496.6 / 461.4 - 1 = 7.629% -> 7.6
            ("cagr|implied", "exact"),  # Total 1220.8 / 1167.1 - 1 = 4.601% -> 4.6
            ("arithmetic", "exact"),  # 226.0 / 1220.8 = 18.512% -> 18.5
            ("arithmetic", "exact"),  # 222.9 / 1220.8 = 18.259% -> 18.3
            ("arithmetic", "exact"),  # 168.6 / 1220.8 = 13.811% -> 13.8
            ("arithmetic", "exact"),  # 106.7 / 1220.8 = 8.740% -> 8.7
            ("arithmetic", "exact"),  # 496.6 / 1220.8 = 40.678% -> 40.7
            ("hierarchy", "exact"),  # 2023: 229.2 + 234.6 + 145.9 + 96.0 + 461.4 = 1167.1
            ("hierarchy", "exact"),  # 2024: 226.0 + 222.9 + 168.6 + 106.7 + 496.6 = 1220.8
        ],
    ),
    # 36. Simplified Chinese tab-separated table, wearables by category (万台, unit in the title), 2025E/2026E
    #     columns (estimates), a 合计 row, a note with a yoy rate for the 合计 and an ASP (nowhere)
    dict(
        text=(
            "表2　2023—2026年中国可穿戴设备出货量（单位：万台）\n"
            "类别\t2023\t2024\t2025E\t2026E\n"
            "智能手表\t4,350\t4,920\t5,380\t5,790\n"
            "智能手环\t1,980\t2,110\t2,180\t2,230\n"
            "TWS耳机\t11,040\t11,560\t11,900\t12,150\n"
            "合计\t17,370\t18,590\t19,460\t20,170\n"
            "注：E为预测值；数据来源：衡曜咨询。2024年合计出货量同比增长7.0%，TWS耳机均价已降至约180元。"
        ),
        obs=[
            ("智能手表", 2023, 4350, "count 10 thousand", "actual"),
            ("智能手表", 2024, 4920, "count 10 thousand", "actual"),
            ("智能手表", 2025, 5380, "count 10 thousand", "estimate"),
            ("智能手表", 2026, 5790, "count 10 thousand", "estimate"),
            ("智能手环", 2023, 1980, "count 10 thousand", "actual"),
            ("智能手环", 2024, 2110, "count 10 thousand", "actual"),
            ("智能手环", 2025, 2180, "count 10 thousand", "estimate"),
            ("智能手环", 2026, 2230, "count 10 thousand", "estimate"),
            ("TWS耳机", 2023, 11040, "count 10 thousand", "actual"),
            ("TWS耳机", 2024, 11560, "count 10 thousand", "actual"),
            ("TWS耳机", 2025, 11900, "count 10 thousand", "estimate"),
            ("TWS耳机", 2026, 12150, "count 10 thousand", "estimate"),
            ("合计", 2023, 17370, "count 10 thousand", "actual"),
            ("合计", 2024, 18590, "count 10 thousand", "actual"),
            ("合计", 2025, 19460, "count 10 thousand", "estimate"),
            ("合计", 2026, 20170, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 7.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18590 / 17370 - 1 = 7.024% -> 7.0
            ("hierarchy", "exact"),  # 2023: 4350 + 1980 + 11040 = 17370
            ("hierarchy", "exact"),  # 2024: 4920 + 2110 + 11560 = 18590
            ("hierarchy", "exact"),  # 2025E: 5380 + 2180 + 11900 = 19460
            ("hierarchy", "exact"),  # 2026E: 5790 + 2230 + 12150 = 20170
        ],
    ),
    # 37. English space-aligned vertical table, service robots (rows are years, a lone "Thousand units" column ->
    #     Total), a YoY column with one misprinted rate (inconsistent), F rows (estimates), a stated CAGR line,
    #     a supplier count (nowhere)
    dict(
        text=(
            "Professional service robots: global unit sales (Ferncastle Robotics Review, April 2025)\n"
            "\n"
            "Year     Thousand units     YoY\n"
            "2021              121.0       —\n"
            "2022              158.4   31.9%\n"
            "2023              205.3   29.6%\n"
            "2024              262.1   27.7%\n"
            "2025F             330.0   25.9%\n"
            "2026F             412.5   25.0%\n"
            "\n"
            "CAGR 2024-2026F: 25.5%. Figures exclude toy and hobby robots; Ferncastle surveyed 1,140 suppliers."
        ),
        obs=[
            ("Total", 2021, 121.0, "count thousand", "actual"),
            ("Total", 2022, 158.4, "count thousand", "actual"),
            ("Total", 2023, 205.3, "count thousand", "actual"),
            ("Total", 2024, 262.1, "count thousand", "actual"),
            ("Total", 2025, 330.0, "count thousand", "estimate"),
            ("Total", 2026, 412.5, "count thousand", "estimate"),
        ],
        claims=[
            ("growth", 31.9, "percent", 2021, 2022, 1.0),
            ("growth", 29.6, "percent", 2022, 2023, 1.0),
            ("growth", 27.7, "percent", 2023, 2024, 1.0),
            ("growth", 25.9, "percent", 2024, 2025, 1.0),
            ("growth", 25.0, "percent", 2025, 2026, 1.0),
            ("cagr", 25.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 158.4 / 121.0 - 1 = 30.909% -> 30.9, not 31.9;
                                               # bounds 158.35/121.05 - 1 = 30.814% .. 158.45/120.95 - 1 = 31.005%
            ("cagr|implied", "exact"),  # 205.3 / 158.4 - 1 = 29.609% -> 29.6
            ("cagr|implied", "exact"),  # 262.1 / 205.3 - 1 = 27.667% -> 27.7
            ("cagr|implied", "exact"),  # 330.0 / 262.1 - 1 = 25.906% -> 25.9
            ("cagr|implied", "exact"),  # 412.5 / 330.0 - 1 = 25.000% -> 25.0
            ("cagr|implied", "exact"),  # (412.5 / 262.1) ** (1/2) - 1 = 25.452% -> 25.5
        ],
    ),
    # 38. Simplified Chinese pipe table, NEV sales by powertrain (万辆) with 同比 column; the 2024 合计 is one
    #     tenth above its rows' sum (hierarchy rounding); a Q4 figure below (nowhere)
    dict(
        text=(
            "表5 2023—2024年中国新能源汽车分类型销量\n"
            "| 类型 | 2023年销量（万辆） | 2024年销量（万辆） | 同比 |\n"
            "|---|---|---|---|\n"
            "| 纯电动 | 668.5 | 771.9 | 15.5% |\n"
            "| 插电式混合动力 | 280.4 | 513.8 | 83.2% |\n"
            "| 燃料电池 | 0.6 | 0.5 | -16.7% |\n"
            "| 合计 | 949.5 | 1,286.3 | 35.5% |\n"
            "数据来源：云衡数据。其中第四季度销量为458.7万辆，插混车型贡献了主要增量。"
        ),
        obs=[
            ("纯电动", 2023, 668.5, "count 10 thousand", "actual"),
            ("纯电动", 2024, 771.9, "count 10 thousand", "actual"),
            ("插电式混合动力", 2023, 280.4, "count 10 thousand", "actual"),
            ("插电式混合动力", 2024, 513.8, "count 10 thousand", "actual"),
            ("燃料电池", 2023, 0.6, "count 10 thousand", "actual"),
            ("燃料电池", 2024, 0.5, "count 10 thousand", "actual"),
            ("合计", 2023, 949.5, "count 10 thousand", "actual"),
            ("合计", 2024, 1286.3, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 15.5, "percent", 2023, 2024, 1.0),
            ("growth", 83.2, "percent", 2023, 2024, 1.0),
            ("growth", -16.7, "percent", 2023, 2024, 1.0),
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 771.9 / 668.5 - 1 = 15.467% -> 15.5
            ("cagr|implied", "exact"),  # 513.8 / 280.4 - 1 = 83.238% -> 83.2
            ("cagr|implied", "exact"),  # 0.5 / 0.6 - 1 = -16.667% -> -16.7
            ("cagr|implied", "exact"),  # 1286.3 / 949.5 - 1 = 35.471% -> 35.5
            ("hierarchy", "exact"),  # 2023: 668.5 + 280.4 + 0.6 = 949.5
            ("hierarchy", "rounding"),  # 2024: 771.9 + 513.8 + 0.5 = 1286.2, not 1286.3;
                                        # bounds 1286.2 -/+ 3 x 0.05 = 1286.05 .. 1286.35, holds 1286.3
        ],
    ),
    # 39. English tab-separated vendor table by quarter with an FY column (thousand units): only FY 2024 figures
    #     and FY shares are expected, quarterly columns nowhere; a 2025 forecast in "million units" converted to the
    #     series' thousands (9.9 million -> 9900); an ASP (nowhere)
    dict(
        text=(
            "Global AR/VR headset shipments by vendor, 2024 (thousand units). Source: Lumenpath Tracker, "
            "February 2025.\n"
            "\n"
            "Vendor\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\tFY 2024\tFY share\n"
            "Nexora\t1,090\t1,120\t1,250\t2,980\t6,440\t70.5%\n"
            "Halcyon\t180\t150\t140\t260\t730\t8.0%\n"
            "Vireo\t120\t130\t160\t290\t700\t7.7%\n"
            "Others\t260\t270\t280\t460\t1,270\t13.9%\n"
            "Total\t1,650\t1,670\t1,830\t3,990\t9,140\t100.0%\n"
            "\n"
            "Lumenpath expects full-year 2025 shipments of 9.9 million units, with the average headset price "
            "falling below $500."
        ),
        obs=[
            ("Nexora", 2024, 6440, "count thousand", "actual"),
            ("Halcyon", 2024, 730, "count thousand", "actual"),
            ("Vireo", 2024, 700, "count thousand", "actual"),
            ("Others", 2024, 1270, "count thousand", "actual"),
            ("Total", 2024, 9140, "count thousand", "actual"),
            ("Total", 2025, 9900, "count thousand", "estimate"),
        ],
        claims=[
            ("share", 70.5, "percent", 2024, 2024, None),
            ("share", 8.0, "percent", 2024, 2024, None),
            ("share", 7.7, "percent", 2024, 2024, None),
            ("share", 13.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6440 / 9140 = 70.460% -> 70.5
            ("arithmetic", "exact"),  # 730 / 9140 = 7.987% -> 8.0
            ("arithmetic", "exact"),  # 700 / 9140 = 7.659% -> 7.7
            ("arithmetic", "exact"),  # 1270 / 9140 = 13.895% -> 13.9
            ("hierarchy", "exact"),  # FY 2024: 6440 + 730 + 700 + 1270 = 9140
        ],
    ),
    # 40. Traditional Chinese space-aligned vertical table, Taiwan server output (a lone 新台幣億元 column ->
    #     Total), 年增率 column, F rows; a share in words (約六成) and a count of firms below (nowhere)
    dict(
        text=(
            "表4　台灣伺服器產業產值（2021–2026F）\n"
            "資料來源：崇禾產業研究所，2025年3月\n"
            "\n"
            "年度      新台幣億元     年增率\n"
            "2021         5,640          —\n"
            "2022         6,380       13.1%\n"
            "2023         6,710        5.2%\n"
            "2024        10,250       52.8%\n"
            "2025F       13,120       28.0%\n"
            "2026F       14,700       12.0%\n"
            "\n"
            "崇禾指出，2024年AI伺服器占整體產值比重已升至約六成；研究所共訪談42家廠商。"
        ),
        obs=[
            ("Total", 2021, 5640, "TWD 100 million", "actual"),
            ("Total", 2022, 6380, "TWD 100 million", "actual"),
            ("Total", 2023, 6710, "TWD 100 million", "actual"),
            ("Total", 2024, 10250, "TWD 100 million", "actual"),
            ("Total", 2025, 13120, "TWD 100 million", "estimate"),
            ("Total", 2026, 14700, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.1, "percent", 2021, 2022, 1.0),
            ("growth", 5.2, "percent", 2022, 2023, 1.0),
            ("growth", 52.8, "percent", 2023, 2024, 1.0),
            ("growth", 28.0, "percent", 2024, 2025, 1.0),
            ("growth", 12.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6380 / 5640 - 1 = 13.121% -> 13.1
            ("cagr|implied", "exact"),  # 6710 / 6380 - 1 = 5.172% -> 5.2
            ("cagr|implied", "exact"),  # 10250 / 6710 - 1 = 52.757% -> 52.8
            ("cagr|implied", "exact"),  # 13120 / 10250 - 1 = 28.000% -> 28.0
            ("cagr|implied", "exact"),  # 14700 / 13120 - 1 = 12.043% -> 12.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 10, 'exact': 129}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 1.0% from 260.1 million in 2023',
    'Fourth-quarter shipments rose 1.8% to 70.1 million units',
    '出货量约2.86亿部，同比增长5.6%',
    '| Total | 261.7 | 100.0% | 259.7 | 0.8% |',
    'the market was worth $41.3 billion in 2024',
    'a compound annual growth rate of 2.0% over 2024-2029',
    '合计\t14,700\t100.0%\t14,413\t2.0%',
    '装机量达29.5万台，较2023年的27.6万台增长6.9%',
    'an expansion of about 19% a year',
    'Total           45.5     100.0%    148.0       100.0%    145.2',
    '較2022年的約52萬台增長逾2倍',
    'or 66% of the total',
    '| 2025年(F) |',
    'are on track to reach 7.9 million units this year',
    '2.5 times the 3.2 million shipped in 2019',
    '銷售額則約為68億港元',
    'Total\t151.0\t100%\t145.8\t100%',
    'slid 8% to 118.4 million units',
    '占新能源汽车总销量的60.0%',
    'dropped 12% last year to 6.9 million units',
    'rose 6.8% to 1,227.4 million units in 2024',
    'PC shipments reached 68.2 million units in Q4',
    "a 1.0% increase on 2023's 259.5 million",
    'between 200 million and 210 million this year',
    'compound annual growth rate of 5.1% from 2024 to 2029',
    'up 92% from $128 billion in 2023',
    'more than fivefold the 3.2 million sold in',
    '出货量为2.86亿部',
    '增长了8.4倍',
    '年均复合增长率为8.5%',
    '較前一年的新台幣85億元成長41.2%',
    '按年增長7.2%',
    '新增裝機量為54.2萬台',
    '同比下降14.2%',
    '预计2028年将突破1.1万亿元',
    '市占率38.7%',
    '| Total | 1,167.1 | 1,220.8 | 4.6% | 100.0% |',
    '2025E\t2026E',
    'Year     Thousand units     YoY',
    'FY 2024\tFY share',
)
#: the set's blind score (written without reading or running the extractor): 220 figures, 69 rates, 131 verdicts and no
#: false inconsistent on the code before the readings chosen on it
FLOORS = {"figures_found": 276, "rates_found": 70, "verdicts_right": 139}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset94.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
