"""A hundred-and-ninth check set for the extractor, written blind: data centres and the energy behind AI, in English
and Chinese (Simplified and Traditional) -- the AI data-centre market and its construction spending, colocation and
GPU-cloud rental (算力租赁), liquid cooling and power equipment, green-power purchases, sized in money by
consultancies, utilities, grid operators and ministries; power demand in TWh or GW, compute in EFLOPS, rack counts,
PUE, megawatts under construction, electricity prices, a company's own capex and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated English news: UK colocation "£3.2 billion in revenue last year, 14% more than the £2.8 billion booked in
    #    2023"; "this year" figure an estimate; GW under construction, per-kWh price, percentage points, staff count nowhere
    dict(
        text=(
            "LONDON, 12 February 2025 — Demand from AI developers pushed Britain's colocation market to £3.2 billion "
            "in revenue last year, 14% more than the £2.8 billion booked in 2023, the property adviser Harwick & Lyle "
            "said on Wednesday. Roughly 1.1 GW of new capacity is under construction around Slough and the "
            "Docklands, and Harwick expects the market to reach £3.6 billion this year. Vacancy in west London fell "
            "2.5 percentage points to 4.1%, while tenants on indexed contracts paid an average of 21p per kWh for "
            "power. The adviser, which employs 320 people in its data-centre team, said rents were still rising."
        ),
        obs=[
            ("Total", 2024, 3.2, "GBP billion", "actual"),
            ("Total", 2023, 2.8, "GBP billion", "actual"),
            ("Total", 2025, 3.6, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.2 / 2.8 - 1 = 14.29% -> 14
        ],
    ),
    # 2. Simplified Chinese wire story: 算力租赁市场规模 "由2023年的235亿元增长至372亿元，同比增长58.3%"; "有望突破600亿元"
    #    an estimate at its printed figure; EFLOPS, rack count, 上架率 and a company's own revenue nowhere
    dict(
        text=(
            "本报北京2025年3月18日电（记者 林晓舟）据鼎衡智库测算，2024年我国算力租赁市场规模由2023年的235亿元增长至"
            "372亿元，同比增长58.3%。报告预计，2025年市场规模有望突破600亿元。截至去年底，全国智能算力规模达到725 "
            "EFLOPS，在用标准机架超过880万架。鼎衡智库研究员表示，头部租赁企业的GPU上架率普遍在85%以上，而某上市公司"
            "2024年算力租赁业务收入为41.6亿元。"
        ),
        obs=[
            ("Total", 2024, 372, "CNY 100 million", "actual"),
            ("Total", 2023, 235, "CNY 100 million", "actual"),
            ("Total", 2025, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 372 / 235 - 1 = 58.298% -> 58.3
        ],
    ),
    # 3. English pipe table by segment and year with a Total row and an E column; 2025E column sums to 34.7 against a
    #    printed 34.8 (rounding); a prose growth rate for one segment; a note number nowhere
    dict(
        text=(
            "Global AI data-centre power and cooling equipment market, USD billion (Kestrel Ridge Research)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| UPS and batteries | 6.4 | 8.1 | 9.9 |\n"
            "| Switchgear and busway | 5.2 | 6.6 | 8.3 |\n"
            "| Liquid cooling | 2.9 | 4.8 | 7.6 |\n"
            "| Air cooling | 7.7 | 8.4 | 8.9 |\n"
            "| Total | 22.2 | 27.9 | 34.8 |\n"
            "Note 3: liquid cooling includes rear-door heat exchangers. Liquid cooling is the fastest-growing "
            "segment, up 65.5% in 2024."
        ),
        obs=[
            ("UPS and batteries", 2023, 6.4, "USD billion", "actual"),
            ("UPS and batteries", 2024, 8.1, "USD billion", "actual"),
            ("UPS and batteries", 2025, 9.9, "USD billion", "estimate"),
            ("Switchgear and busway", 2023, 5.2, "USD billion", "actual"),
            ("Switchgear and busway", 2024, 6.6, "USD billion", "actual"),
            ("Switchgear and busway", 2025, 8.3, "USD billion", "estimate"),
            ("Liquid cooling", 2023, 2.9, "USD billion", "actual"),
            ("Liquid cooling", 2024, 4.8, "USD billion", "actual"),
            ("Liquid cooling", 2025, 7.6, "USD billion", "estimate"),
            ("Air cooling", 2023, 7.7, "USD billion", "actual"),
            ("Air cooling", 2024, 8.4, "USD billion", "actual"),
            ("Air cooling", 2025, 8.9, "USD billion", "estimate"),
            ("Total", 2023, 22.2, "USD billion", "actual"),
            ("Total", 2024, 27.9, "USD billion", "actual"),
            ("Total", 2025, 34.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 65.5, "percent", 2023, 2024, 1.0),  # Liquid cooling 2.9 -> 4.8
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.8 / 2.9 - 1 = 65.517% -> 65.5
            ("hierarchy", "exact"),     # 2023: 6.4 + 5.2 + 2.9 + 7.7 = 22.2 = printed 22.2
            ("hierarchy", "exact"),     # 2024: 8.1 + 6.6 + 4.8 + 8.4 = 27.9 = printed 27.9
            ("hierarchy", "rounding"),  # 2025E: 9.9 + 8.3 + 7.6 + 8.9 = 34.7 != 34.8; bounds 34.7 -/+ 4 x 0.05
                                        # = 34.5 .. 34.9, which holds 34.8
        ],
    ),
    # 4. English press release: liquid cooling "from $4.8 billion in 2024 to $21.3 billion in 2030, a 2024-2030 CAGR
    #    of 28.4%" (stated span; exact reading is 28.2, so rounding); share without its part; survey answer,
    #    respondents and rack density nowhere
    dict(
        text=(
            "DUBLIN, 3 June 2025 /PRNewswire/ — The global market for liquid cooling in AI data centres will grow "
            "from $4.8 billion in 2024 to $21.3 billion in 2030, a 2024-2030 CAGR of 28.4%, according to a new study "
            "by Calloway Insight. Direct-to-chip cold plates accounted for 54% of the market in 2024, with immersion "
            "tanks still a niche. Of the 240 operators Calloway surveyed, 61% said they plan to deploy liquid cooling "
            "within two years, as rack densities climb past 100 kW."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2030, 21.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.4, "percent", 2024, 2030, None, "stated"),
            ("share", 54, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (21.3 / 4.8) ** (1/6) - 1 = 28.19% -> 28.2 != 28.4;
            # bounds (21.25 / 4.85) ** (1/6) - 1 = 27.92% .. (21.35 / 4.75) ** (1/6) - 1 = 28.46%, which holds 28.4
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. Traditional Chinese (Taiwan) report: 液冷散熱市場 "2024年為新台幣185億元，2025年預估可達新台幣312億元，年增68.6%";
    #    "占比約六成" (fraction in words), kW per rack, a maker's own revenue and a price target nowhere
    dict(
        text=(
            "【記者周品妤／台北報導】拓元產經研究所最新報告指出，在新一代AI伺服器出貨帶動下，台灣資料中心液冷散熱市場"
            "規模2024年為新台幣185億元，2025年預估可達新台幣312億元，年增68.6%。其中冷板模組占比約六成。報告也指出，"
            "單櫃功耗已從30千瓦升至130千瓦。法人預估散熱廠鴻秝科技今年營收成長逾五成，目標價上調至新台幣1,250元。"
        ),
        obs=[
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2025, 312, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312 / 185 - 1 = 68.649% -> 68.6
        ],
    ),
    # 6. earnings-call remarks: the company's TAM "$95 billion in fiscal 2027, up from about $40 billion in fiscal
    #    2024 ... compound growth of roughly 33% a year" (span only from the amounts: inferred); own quarterly
    #    revenue, own capex, units shipped, price target and upside nowhere
    dict(
        text=(
            "Dana Whitcombe, chief executive of Verrano Power Systems, on the third-quarter fiscal 2025 earnings "
            "call: \"We now size the total addressable market for power distribution and backup in AI data centres "
            "at $95 billion in fiscal 2027, up from about $40 billion in fiscal 2024. That is compound growth of "
            "roughly 33% a year. Our own revenue in the quarter was $1.84 billion, and we are lifting full-year "
            "capex to $610 million after shipping more than 4,000 switchgear line-ups to hyperscale sites.\" "
            "Pellham Securities kept its $148 price target on the shares, implying 19% upside."
        ),
        obs=[
            ("Total", 2027, 95, "USD billion", "estimate"),
            ("Total", 2024, 40, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (95 / 40) ** (1/3) - 1 = 33.42% -> 33
        ],
    ),
    # 7. Simplified Chinese vertical pipe table: rows are years, the lone value column headed only by its unit (亿元)
    #    is the Total; a 同比增速 column (2023's 56.3% only within rounding); E rows estimates; table number and a
    #    penetration rate nowhere
    dict(
        text=(
            "表2 中国数据中心液冷市场规模及增速\n"
            "| 年份 | 亿元 | 同比增速 |\n"
            "|---|---|---|\n"
            "| 2022 | 99 | — |\n"
            "| 2023 | 154 | 56.3% |\n"
            "| 2024 | 236 | 53.2% |\n"
            "| 2025E | 352 | 49.2% |\n"
            "| 2026E | 507 | 44.0% |\n"
            "资料来源：华峪咨询。2024年液冷在新建智算中心中的渗透率约为18%。"
        ),
        obs=[
            ("Total", 2022, 99, "CNY 100 million", "actual"),
            ("Total", 2023, 154, "CNY 100 million", "actual"),
            ("Total", 2024, 236, "CNY 100 million", "actual"),
            ("Total", 2025, 352, "CNY 100 million", "estimate"),
            ("Total", 2026, 507, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 56.3, "percent", 2022, 2023, 1.0),
            ("growth", 53.2, "percent", 2023, 2024, 1.0),
            ("growth", 49.2, "percent", 2024, 2025, 1.0),
            ("growth", 44.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 154 / 99 - 1 = 55.56% -> 55.6 != 56.3; bounds 153.5 / 99.5 - 1 = 54.27% .. 154.5 / 98.5 - 1 = 56.85%,
            # which holds 56.3
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 236 / 154 - 1 = 53.247% -> 53.2
            ("cagr|implied", "exact"),  # 352 / 236 - 1 = 49.153% -> 49.2
            ("cagr|implied", "exact"),  # 507 / 352 - 1 = 44.034% -> 44.0
        ],
    ),
    # 8. grid operator's outlook: construction spending "$18.6 billion in 2024, a 47% jump from $13.2 billion in 2023"
    #    (contradicted: 40.9%); GW, TWh and cents per kWh nowhere
    dict(
        text=(
            "The regional grid operator's 2025 long-term load outlook says data-centre demand in its footprint will "
            "climb from 24 GW today to 61 GW by 2030, and annual consumption from 142 TWh in 2024 to about 390 TWh. "
            "Citing the consultancy Marrow Fields, the outlook puts construction spending on data-centre campuses in "
            "the footprint at $18.6 billion in 2024, a 47% jump from $13.2 billion in 2023. Large industrial "
            "customers paid an average of 8.9 cents per kWh last year."
        ),
        obs=[
            ("Total", 2024, 18.6, "USD billion", "actual"),
            ("Total", 2023, 13.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 47, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18.6 / 13.2 - 1 = 40.91% != 47; bounds 18.55 / 13.25 - 1 = 40.00% .. 18.65 / 13.15 - 1 = 41.83%,
            # far from 47
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Traditional Chinese (Hong Kong) report: 託管市場 "去年達458億港元，較2023年的412億港元增長14.2%" (contradicted:
    #    11.2%); 今年 figure an estimate; MW under construction, price per kWh, 度 of power and a survey answer nowhere
    dict(
        text=(
            "【本報訊】香港算力基建研究會2025年4月發表年度報告，指本港數據中心託管市場規模去年達458億港元，較2023年的"
            "412億港元增長14.2%。報告預計，今年市場規模將升至約515億港元。目前本港在建數據中心容量約320兆瓦，大型用戶"
            "平均電價為每千瓦時1.35港元，全港數據中心去年耗電約52億度。研究會訪問的60家企業中，有72%表示計劃增加AI"
            "算力投資。"
        ),
        obs=[
            ("Total", 2024, 458, "HKD 100 million", "actual"),
            ("Total", 2023, 412, "HKD 100 million", "actual"),
            ("Total", 2025, 515, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 458 / 412 - 1 = 11.17% != 14.2; bounds 457.5 / 412.5 - 1 = 10.91% .. 458.5 / 411.5 - 1 = 11.42%,
            # far from 14.2
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. two space-aligned English tables: capacity under construction in MW (nowhere) above construction spending in
    #     USD million by market with a Total row (observations); F column estimates; table number nowhere
    dict(
        text=(
            "Table 4. Hyperscale pipeline by market (Brightwater Realty Advisors)\n"
            "\n"
            "Capacity under construction, MW\n"
            "Market               2024     2025F\n"
            "Northern Virginia    2,140    2,610\n"
            "Dallas-Fort Worth      860    1,120\n"
            "Phoenix                710    1,050\n"
            "Other markets        1,480    1,830\n"
            "Total                5,190    6,610\n"
            "\n"
            "Construction spending, USD million\n"
            "Market               2024     2025F\n"
            "Northern Virginia    9,850   11,900\n"
            "Dallas-Fort Worth    3,420    4,380\n"
            "Phoenix              2,760    3,910\n"
            "Other markets        6,130    7,240\n"
            "Total               22,160   27,430"
        ),
        obs=[
            ("Northern Virginia", 2024, 9850, "USD million", "actual"),
            ("Northern Virginia", 2025, 11900, "USD million", "estimate"),
            ("Dallas-Fort Worth", 2024, 3420, "USD million", "actual"),
            ("Dallas-Fort Worth", 2025, 4380, "USD million", "estimate"),
            ("Phoenix", 2024, 2760, "USD million", "actual"),
            ("Phoenix", 2025, 3910, "USD million", "estimate"),
            ("Other markets", 2024, 6130, "USD million", "actual"),
            ("Other markets", 2025, 7240, "USD million", "estimate"),
            ("Total", 2024, 22160, "USD million", "actual"),
            ("Total", 2025, 27430, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 9,850 + 3,420 + 2,760 + 6,130 = 22,160 = printed
            ("hierarchy", "exact"),  # 2025F: 11,900 + 4,380 + 3,910 + 7,240 = 27,430 = printed
        ],
    ),
    # 11. a REIT's annual report: market "$14.5 billion in 2024, of which hyperscale leasing accounted for $9.0
    #     billion, or 62%" (part and whole printed: arithmetic); the trust's own revenue, occupancy, AFFO per unit,
    #     facility and rack counts and PUE nowhere
    dict(
        text=(
            "From the 2024 annual report of Ashgrove Data Trust: management estimates that the North American "
            "wholesale colocation market in which the Trust operates was worth $14.5 billion in 2024, of which "
            "hyperscale leasing accounted for $9.0 billion, or 62%. The Trust's own revenue rose to $1.27 billion, "
            "occupancy ended the year at 94.2% and adjusted funds from operations came to $5.81 per unit. The "
            "portfolio comprises 41 facilities with 38,000 racks and a weighted average PUE of 1.36."
        ),
        obs=[
            ("Total", 2024, 14.5, "USD billion", "actual"),
            ("Hyperscale leasing", 2024, 9.0, "USD billion", "actual"),
        ],
        claims=[
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.0 / 14.5 = 62.07% -> 62
        ],
    ),
    # 12. English briefing note on GPU cloud in Europe: "€2.1 billion in 2024 ... expects it to triple by 2027 before
    #     reaching €9.4 billion in 2029" (multiple with one amount, no verdict); hourly rental price, a price decline,
    #     a quarter's contracts and a survey answer nowhere
    dict(
        text=(
            "Briefing note: GPU cloud in Europe. Spending on rented GPU capacity in Europe came to €2.1 billion in "
            "2024, and Veldhoven Analytics expects it to triple by 2027 before reaching €9.4 billion in 2029. An "
            "eight-GPU node now rents for about €18 an hour on demand, roughly 40% below the 2023 rate. In the first "
            "quarter of 2025 alone, European providers signed €780 million of multi-year contracts. Of 115 buyers "
            "polled, 38% said rented capacity now takes most of their AI training budget."
        ),
        obs=[
            ("Total", 2024, 2.1, "EUR billion", "actual"),
            ("Total", 2029, 9.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 13. Simplified Chinese ministry-style release: 智算中心投资规模 "约为4300亿元 ... 到2027年将达到1.2万亿元，
    #     2024—2027年年均复合增长率约为40.8%" (万亿 converted to the series' 亿元: 12000); 亿千瓦时, 万千瓦, PUE and
    #     "千亿级" nowhere
    dict(
        text=(
            "中经算力研究院发布的《智算基础设施发展报告》显示，2024年全国智算中心投资规模约为4300亿元，预计到2027年将"
            "达到1.2万亿元，2024—2027年年均复合增长率约为40.8%。同期，数据中心用电量预计将从1660亿千瓦时增至2800亿千瓦时，"
            "配套新增电源装机容量约3500万千瓦。业内普遍认为，液冷将成为千亿级的新赛道，新建大型数据中心的PUE须降至1.25"
            "以下。"
        ),
        obs=[
            ("Total", 2024, 4300, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 40.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12000 / 4300) ** (1/3) - 1 = 40.79% -> 40.8
        ],
    ),
    # 14. English tab-separated vertical table: rows are years, two value columns (items by header); F rows estimates;
    #     stated 2024-2028 CAGRs below it, GPU cloud exact, colocation only within rounding; exhibit number nowhere
    dict(
        text=(
            "Exhibit 7: Asia-Pacific data-centre services revenue (USD billion)\n"
            "Year\tColocation\tGPU cloud rental\n"
            "2023\t18.4\t3.1\n"
            "2024\t21.0\t5.9\n"
            "2025F\t24.1\t9.2\n"
            "2028F\t33.4\t21.4\n"
            "Source: Larchmont Partners. GPU cloud rental is forecast to grow at a 2024-2028 CAGR of 38%, against "
            "12.4% for colocation."
        ),
        obs=[
            ("Colocation", 2023, 18.4, "USD billion", "actual"),
            ("Colocation", 2024, 21.0, "USD billion", "actual"),
            ("Colocation", 2025, 24.1, "USD billion", "estimate"),
            ("Colocation", 2028, 33.4, "USD billion", "estimate"),
            ("GPU cloud rental", 2023, 3.1, "USD billion", "actual"),
            ("GPU cloud rental", 2024, 5.9, "USD billion", "actual"),
            ("GPU cloud rental", 2025, 9.2, "USD billion", "estimate"),
            ("GPU cloud rental", 2028, 21.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 38, "percent", 2024, 2028, None, "stated"),
            ("cagr", 12.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # GPU cloud: (21.4 / 5.9) ** (1/4) - 1 = 38.00% -> 38
            # Colocation: (33.4 / 21.0) ** (1/4) - 1 = 12.30% -> 12.3 != 12.4;
            # bounds (33.35 / 21.05) ** (1/4) - 1 = 12.19% .. (33.45 / 20.95) ** (1/4) - 1 = 12.41%, which holds 12.4
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. English news on Japan: "¥412 billion ... in fiscal 2024, 22.7% more than the ¥335 billion of fiscal 2023"
    #     (yen are observations; 23.0 exact, so 22.7 only by rounding); a share without its part; GW and yen per kWh
    #     nowhere
    dict(
        text=(
            "TOKYO — Japanese companies spent ¥412 billion buying renewable electricity through corporate PPAs and "
            "green certificates in fiscal 2024, 22.7% more than the ¥335 billion of fiscal 2023, the Shiranui Energy "
            "Institute estimates. Data-centre operators accounted for 27% of purchases by value, ahead of chipmakers. "
            "Contracted capacity reached 3.4 GW, and the average off-site PPA was priced at ¥14.2 per kWh."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2023, 335, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 412 / 335 - 1 = 22.99% -> 23.0 != 22.7; bounds 411.5 / 335.5 - 1 = 22.65% .. 412.5 / 334.5 - 1 = 23.32%,
            # which holds 22.7
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Traditional Chinese space-aligned table in 新台幣億元: segments by year with a 合計 row and a 2025 share
    #     column (part and whole printed: arithmetic); its 100% total no claim; power use in 度 nowhere
    dict(
        text=(
            "台灣AI資料中心電力設備市場（單位：新台幣億元）\n"
            "項目              2024年    2025年(F)    2025年占比\n"
            "不斷電系統          142        188         36.2%\n"
            "配電盤與母線槽      118        161         31.0%\n"
            "變壓器               96        131         25.2%\n"
            "其他                 28         39          7.5%\n"
            "合計                384        519          100%\n"
            "資料來源：宏曜顧問。全台資料中心年用電量約80億度。"
        ),
        obs=[
            ("不斷電系統", 2024, 142, "TWD 100 million", "actual"),
            ("不斷電系統", 2025, 188, "TWD 100 million", "estimate"),
            ("配電盤與母線槽", 2024, 118, "TWD 100 million", "actual"),
            ("配電盤與母線槽", 2025, 161, "TWD 100 million", "estimate"),
            ("變壓器", 2024, 96, "TWD 100 million", "actual"),
            ("變壓器", 2025, 131, "TWD 100 million", "estimate"),
            ("其他", 2024, 28, "TWD 100 million", "actual"),
            ("其他", 2025, 39, "TWD 100 million", "estimate"),
            ("合計", 2024, 384, "TWD 100 million", "actual"),
            ("合計", 2025, 519, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.2, "percent", 2025, 2025, None),
            ("share", 31.0, "percent", 2025, 2025, None),
            ("share", 25.2, "percent", 2025, 2025, None),
            ("share", 7.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2024: 142 + 118 + 96 + 28 = 384 = printed
            ("hierarchy", "exact"),   # 2025: 188 + 161 + 131 + 39 = 519 = printed
            ("arithmetic", "exact"),  # 188 / 519 = 36.224% -> 36.2
            ("arithmetic", "exact"),  # 161 / 519 = 31.021% -> 31.0
            ("arithmetic", "exact"),  # 131 / 519 = 25.241% -> 25.2
            ("arithmetic", "exact"),  # 39 / 519 = 7.514% -> 7.5
        ],
    ),
    # 17. dated English news on Southeast Asia: a range "between $11 billion and $14 billion in 2028" (two value
    #     claims) from "$5.6 billion in 2024"; GW, a quarter's awards, water use, a won figure and "a multibillion-
    #     dollar opportunity" nowhere
    dict(
        text=(
            "SINGAPORE, 20 August 2025 — Southeast Asia's AI data-centre construction market will be worth between "
            "$11 billion and $14 billion in 2028, up from $5.6 billion in 2024, estimates Tembusu Advisory. Johor "
            "alone has 2.3 GW under construction, and contracts worth $1.9 billion were awarded across the region in "
            "the second quarter. Operators used an average of 1.8 litres of water per kWh. Korean builders, whose "
            "overseas data-centre orders reached ₩3.2 trillion, call the region a multibillion-dollar opportunity."
        ),
        obs=[
            ("Total", 2024, 5.6, "USD billion", "actual"),
        ],
        claims=[
            ("value", 11, "USD billion", 2028, 2028, None),
            ("value", 14, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 18. Simplified Chinese release on green-power trading: "去年...312亿元，较2022年的78亿元增长3倍" (two amounts: x4
    #     over two years, no verdict); a part "数据中心企业...57.6亿元，占比18.5%" (arithmetic); 亿千瓦时, per-kWh premium,
    #     percentage points nowhere; "今年...超过400亿元" an estimate
    dict(
        text=(
            "2025年1月，华屹电力交易研究中心发布数据显示，去年全国绿电交易金额达到312亿元，较2022年的78亿元增长3倍，"
            "对应交易电量约2300亿千瓦时，平均环境溢价约每千瓦时0.03元。其中，数据中心企业购买绿电金额为57.6亿元，"
            "占比18.5%，较上年提高4.2个百分点。中心预计，今年绿电交易金额将超过400亿元。"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2022, 78, "CNY 100 million", "actual"),
            ("Total", 2025, 400, "CNY 100 million", "estimate"),
            ("数据中心企业", 2024, 57.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2022, 2024, 2.0),  # 增长3倍 between two printed amounts -> x4 (312 / 78 = 4)
            ("share", 18.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 57.6 / 312 = 18.46% -> 18.5
        ],
    ),
    # 19. Simplified Chinese tab-separated table by region with a 合计 row whose 2024 total is one above its rows'
    #     sum (rounding); rack and PUE columns and a prose rack count nowhere; table number nowhere
    dict(
        text=(
            "表3 主要区域智算中心投资规模\n"
            "区域\t2023年（亿元）\t2024年（亿元）\t在建机架（万架）\t平均PUE\n"
            "京津冀\t485\t612\t14.2\t1.28\n"
            "长三角\t702\t845\t18.6\t1.31\n"
            "粤港澳大湾区\t398\t521\t11.9\t1.27\n"
            "成渝\t236\t318\t7.4\t1.22\n"
            "其他地区\t371\t479\t9.8\t1.35\n"
            "合计\t2192\t2776\t61.9\t1.30\n"
            "注：合计数因四舍五入与分项加总略有出入。全国在建智算中心机架约62万架。"
        ),
        obs=[
            ("京津冀", 2023, 485, "CNY 100 million", "actual"),
            ("京津冀", 2024, 612, "CNY 100 million", "actual"),
            ("长三角", 2023, 702, "CNY 100 million", "actual"),
            ("长三角", 2024, 845, "CNY 100 million", "actual"),
            ("粤港澳大湾区", 2023, 398, "CNY 100 million", "actual"),
            ("粤港澳大湾区", 2024, 521, "CNY 100 million", "actual"),
            ("成渝", 2023, 236, "CNY 100 million", "actual"),
            ("成渝", 2024, 318, "CNY 100 million", "actual"),
            ("其他地区", 2023, 371, "CNY 100 million", "actual"),
            ("其他地区", 2024, 479, "CNY 100 million", "actual"),
            ("合计", 2023, 2192, "CNY 100 million", "actual"),
            ("合计", 2024, 2776, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 485 + 702 + 398 + 236 + 371 = 2192 = printed
            ("hierarchy", "rounding"),  # 2024: 612 + 845 + 521 + 318 + 479 = 2775 != 2776; bounds 2775 -/+ 5 x 0.5
                                        # = 2772.5 .. 2777.5, which holds 2776
        ],
    ),
    # 20. dated English news: US AI data-centre spending "$62 billion in 2024 and will reach $171 billion by 2029,
    #     compounding at 22.5% a year" (span from the amounts only: inferred); a rival publisher's 2024 figure,
    #     a hyperscaler's own capex, a won figure and percentage points nowhere; a forecast-year share
    dict(
        text=(
            "NEW YORK, 9 January 2025 — Spending on AI-optimised data centres in the United States totalled $62 "
            "billion in 2024 and will reach $171 billion by 2029, compounding at 22.5% a year, according to "
            "Brantwood Research. A rival tally by Quillon Partners put 2024 spending at $58 billion. Hyperscalers' "
            "own budgets dwarf both: one cloud provider alone has guided to $75 billion of capex for 2025. Brantwood "
            "expects power and cooling gear to make up 31% of the 2029 market, 6 percentage points more than in "
            "2024, and sizes South Korea's equivalent market at ₩8.1 trillion."
        ),
        obs=[
            ("Total", 2024, 62, "USD billion", "actual"),
            ("Total", 2029, 171, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2029, None, "inferred"),
            ("share", 31, "percent", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (171 / 62) ** (1/5) - 1 = 22.496% -> 22.5
        ],
    ),
    # 21. English dated news (Dublin): colocation revenue "€1.12 billion" in 2024 then "€982 million" in 2023 --
    #    one series keeps its first unit (EUR billion), so 982 million is expected as 0.982; "14% more than".
    #    Distractors: facility count, 21% of electricity (no share of the market), TWh, percentage points, vacancy.
    dict(
        text=(
            "DUBLIN, 11 June 2025 — Ireland's colocation operators had their best year on record in 2024. Revenue "
            "from wholesale and retail colocation reached €1.12 billion, 14% more than the €982 million booked in "
            "2023, according to Liffey Metrics, a Dublin research house that tracks 38 facilities. Data centres now "
            "draw 21% of the country's metered electricity, some 6.3 TWh, and the grid operator has asked new sites "
            "to bring their own generation. Liffey's managing director, Aoife Brennan, said vacancy had fallen 2.4 "
            "percentage points to 3.1%, the tightest since the firm began counting in 2016."
        ),
        obs=[
            ("Total", 2024, 1.12, "EUR billion", "actual"),
            ("Total", 2023, 0.982, "EUR billion", "actual"),  # "€982 million" in the series' unit
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),  # "14% more than"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.12 / 0.982 - 1 = 14.053% -> 14
        ],
    ),
    # 22. English earnings call: the CEO sizes the liquid-cooling total addressable market (Total) at $4.8bn in 2024
    #    and $21bn in 2029, "a compound annual rate of roughly 34%" with no span printed -> inferred CAGR.
    #    Distractors: the company's own quarterly sales and growth, its orders, a price target and its upside.
    dict(
        text=(
            "On the fourth-quarter call on 19 February 2025, Hallbrook Thermal's chief executive, Dana Okafor, told "
            "analysts: \"We size the total addressable market for direct-to-chip and immersion liquid cooling at "
            "about $4.8 billion in 2024, and we think it reaches $21 billion in 2029. That is a compound annual rate "
            "of roughly 34%. Our own sales were $612 million last quarter, up 41%, and we booked $1.9 billion of "
            "orders in the year.\" Analysts at Marlow Securities kept their $148 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2029, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2029, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21 / 4.8) ** (1/5) - 1 = 4.375 ** 0.2 - 1 = 34.34% -> 34
        ],
    ),
    # 23. English consultancy note: US data-centre construction spending $38.4bn in 2024, "a 26% jump on the $29.3
    #    billion" of 2023 -- the rate its own figures contradict; "$52 billion this year" is a 2025 estimate.
    #    Distractors: GW awaiting connection, a utility's own capex, a tariff in cents per kWh.
    dict(
        text=(
            "In a note published on 3 March 2025, Crestline Building Analytics said spending on data-centre "
            "construction in the United States climbed to $38.4 billion in 2024, a 26% jump on the $29.3 billion "
            "spent in 2023. The firm expects outlays of $52 billion this year as hyperscalers race to add AI "
            "capacity, though it cautions that 14 GW of projects are still waiting for grid connections. Tri-County "
            "Power, one of the utilities most exposed, plans $9.5 billion of its own capital spending through 2027 "
            "and quotes industrial tariffs of 8.9 cents per kWh."
        ),
        obs=[
            ("Total", 2024, 38.4, "USD billion", "actual"),
            ("Total", 2023, 29.3, "USD billion", "actual"),
            ("Total", 2025, 52, "USD billion", "estimate"),  # "this year", dateline 2025
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58.4 / 29.3 - 1 = 31.06%; bounds 38.35/29.35 - 1 = 30.66% .. 38.45/29.25 - 1 = 31.45% -> 26 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. English REIT half-year report: APAC GPU-as-a-service rental US$6.4bn in 2024, Japan US$1.8bn "or 29%"
    #    (only within rounding); a 2026 range "between US$9 billion and US$11 billion" -> two value claims.
    #    Distractors: the trust's MW, campus count, occupancy, PUE, distribution per unit.
    dict(
        text=(
            "From the half-year report of Meridian Pacific Data REIT (Singapore, August 2025): GPU-as-a-service "
            "rental revenue across Asia-Pacific came to US$6.4 billion in 2024, of which Japan contributed US$1.8 "
            "billion, or 29% of the region. The manager expects the regional market to be worth between US$9 "
            "billion and US$11 billion in 2026. The trust's own portfolio, 412 MW across 14 campuses, was 96.2% "
            "leased at a weighted average PUE of 1.38, and distributions per unit rose to 5.1 cents."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Japan", 2024, 1.8, "USD billion", "actual"),
        ],
        claims=[
            ("share", 29, "percent", 2024, 2024, None),
            ("value", 9, "USD billion", 2026, 2026, None),   # range, low end
            ("value", 11, "USD billion", 2026, 2026, None),  # range, high end
        ],
        verdicts=[
            # 21.8 / 6.4 = 28.125% -> 28, not 29; bounds 1.75/6.45 = 27.13% .. 1.85/6.35 = 29.13% -> 29 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. English briefing (London): UK green PPA market £2.9bn "last year" (2024), data-centre operators £1.16bn
    #    "or 40%"; "grow 17% this year to £3.4 billion" (2025 estimate); £5.6bn in 2028.
    #    Distractors: GW contracted, strike price per MWh, a survey's "two-thirds" of 120 buyers.
    dict(
        text=(
            "LONDON, 2 October 2025 — Corporate buyers signed green power purchase agreements worth £2.9 billion in "
            "Britain last year, and data-centre operators accounted for £1.16 billion of that, or 40%, the advisory "
            "firm Kestrel Energy Partners says in its autumn briefing. Kestrel expects the market to grow 17% this "
            "year to £3.4 billion, helped by offshore wind auctions, and sees it reaching £5.6 billion in 2028. "
            "Contracted volumes rose to 4.7 GW, while average strike prices eased to £71 per MWh. Two-thirds of the "
            "120 buyers it surveyed said AI workloads were the main reason for signing."
        ),
        obs=[
            ("Total", 2024, 2.9, "GBP billion", "actual"),
            ("Data-centre operators", 2024, 1.16, "GBP billion", "actual"),
            ("Total", 2025, 3.4, "GBP billion", "estimate"),
            ("Total", 2028, 5.6, "GBP billion", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.16 / 2.9 = 40.0% -> 40
            ("cagr|implied", "exact"),  # 3.4 / 2.9 - 1 = 17.24% -> 17
        ],
    ),
    # 26. Simplified Chinese news: 智算中心投资规模 2024年1850亿元, "较2023年的1358亿元增长36.2%"; 2027年"将突破4000亿元".
    #    Distractors: white paper's title year, EFLOPS, count of centres, 亿千瓦时.
    dict(
        text=(
            "华衡财讯北京2025年4月18日电 中数智研院最新发布的《智能算力发展白皮书(2025年)》显示,2024年我国智算中心"
            "投资规模达到1850亿元,较2023年的1358亿元增长36.2%。白皮书预计,2027年智算中心投资规模将突破4000亿元。"
            "截至2024年底,全国在用智算规模达到725 EFLOPS,在建智算中心超过80个,全年用电量约为1020亿千瓦时。"
        ),
        obs=[
            ("Total", 2024, 1850, "CNY 100 million", "actual"),
            ("Total", 2023, 1358, "CNY 100 million", "actual"),
            ("Total", 2027, 4000, "CNY 100 million", "estimate"),  # 预计 ... 突破, printed figure
        ],
        claims=[
            ("growth", 36.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1850 / 1358 - 1 = 36.230% -> 36.2
        ],
    ),
    # 27. Simplified Chinese: 算力租赁市场规模 2024年约486亿元 -> 2028年1620亿元, "年均复合增长率约35%" (inferred span);
    #    a second publisher's 410亿元 for 2024 is expected nowhere. Distractors: monthly rent in 万元, "约四成" share.
    dict(
        text=(
            "据深算咨询测算,2024年中国算力租赁市场规模约为486亿元,预计到2028年将达到1620亿元,年均复合增长率约35%。"
            "另一家机构启衡研究给出的数字更为保守,估计2024年市场规模为410亿元。深算咨询指出,单台8卡训练服务器的月租金"
            "已从高峰期的约10万元回落至6万元左右,头部五家厂商合计占有约四成市场份额。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2028, 1620, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1620 / 486) ** (1/4) - 1 = 3.3333 ** 0.25 - 1 = 35.12% -> 35
        ],
    ),
    # 28. Simplified Chinese: 液冷市场规模 2024年201亿元 "较2021年的48亿元增长3倍" (two amounts -> x4 over 3 years);
    #    冷板式液冷 157亿元 "占比78%". Distractors: kW per rack, PUE, "千亿级赛道", report month.
    dict(
        text=(
            "渊澜产业研究院2025年1月发布报告称,2024年中国数据中心液冷市场规模为201亿元,较2021年的48亿元增长3倍。"
            "其中冷板式液冷市场规模157亿元,占比78%;浸没式液冷仍处于导入期。报告认为,随着单机柜功率突破40千瓦、"
            "新建数据中心PUE要求降至1.25以下,液冷有望成长为千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 201, "CNY 100 million", "actual"),
            ("Total", 2021, 48, "CNY 100 million", "actual"),
            ("冷板式液冷", 2024, 157, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4, no verdict
            ("share", 78, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 157 / 201 = 78.11% -> 78
        ],
    ),
    # 29. Simplified Chinese: 绿电绿证交易市场规模 2024年268亿元 "比上年的205亿元增长24.5%" -- contradicted by its figures.
    #    Distractors: 交易电量 亿千瓦时, premium per kWh, 个百分点.
    dict(
        text=(
            "中电绿链研究中心数据显示,2024年全国绿电绿证交易市场规模达到268亿元,比上年的205亿元增长24.5%。"
            "全年绿电交易电量为2330亿千瓦时,环境溢价平均每千瓦时约0.03元。数据中心企业采购的绿电占全部交易电量的"
            "比重较上年提高了4.6个百分点。"
        ),
        obs=[
            ("Total", 2024, 268, "CNY 100 million", "actual"),
            ("Total", 2023, 205, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 268 / 205 - 1 = 30.73%; bounds 267.5/205.5 - 1 = 30.17% .. 268.5/204.5 - 1 = 31.30% -> 24.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 30. Traditional Chinese (Taiwan): 主機代管市場規模 新台幣527億元 in 2024, "較2023年的446億元成長18%", 2027年
    #     "可望挑戰新台幣800億元". Distractors: MW under construction, 電價每度, a company's own revenue.
    dict(
        text=(
            "【2025年3月/台北】鼎信產業顧問最新調查指出,台灣資料中心主機代管市場規模2024年達新台幣527億元,"
            "較2023年的446億元成長18%,預估2027年可望挑戰新台幣800億元。目前全台在建的資料中心容量約320MW,"
            "台電高壓用戶平均電價已調升至每度4.5元上下。業者遠暉數據去年營收新台幣132億元,創歷史新高。"
        ),
        obs=[
            ("Total", 2024, 527, "TWD 100 million", "actual"),
            ("Total", 2023, 446, "TWD 100 million", "actual"),
            ("Total", 2027, 800, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 527 / 446 - 1 = 18.16% -> 18
        ],
    ),
    # 31. Traditional Chinese (Hong Kong): 數據中心市場規模 去年156億港元 (2024), 今年預計178億港元 (2025 estimate),
    #     "按年增長約14.4%" -- only within rounding. Distractors: 兆瓦 capacity, a survey's 62%.
    dict(
        text=(
            "(香港2025年5月訊)本地顧問公司維港數研估計,香港數據中心市場規模去年達到156億港元,今年預計增至178億港元,"
            "按年增長約14.4%。報告指出,香港現有數據中心總容量約830兆瓦,另有約300兆瓦正在興建,將軍澳及荃灣為主要"
            "集中地。受訪企業中有62%表示未來兩年會增加AI算力租用。"
        ),
        obs=[
            ("Total", 2024, 156, "HKD 100 million", "actual"),
            ("Total", 2025, 178, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 178 / 156 - 1 = 14.10% -> 14.1, not 14.4; bounds 177.5/156.5 - 1 = 13.42% .. 178.5/155.5 - 1 = 14.79%
            # -> 14.4 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Traditional Chinese (Taiwan): 電力設備產值 2022-2024 with a decline ("衰退6.6%") and a rebound ("成長24.7%"),
    #     then 2028年1,630億元 and a stated "2024至2028年年複合成長率為27.3%". Distractors: kW per rack, a power-supply
    #     maker's own revenue and price target.
    dict(
        text=(
            "【2025年3月13日/台北】晶策研究院發布報告指出,受AI伺服器出貨帶動,台灣資料中心電力設備產值2024年達新台幣"
            "620億元,較2023年的497億元成長24.7%;2023年則因客戶庫存調整,較2022年的532億元衰退6.6%。晶策預估產值將於"
            "2028年攀升至新台幣1,630億元,2024至2028年年複合成長率為27.3%。單一AI機櫃功率已由過去的10kW提高到130kW以上。"
            "電源大廠昇陽電能去年營收新台幣1,180億元,法人給予目標價每股420元。"
        ),
        obs=[
            ("Total", 2024, 620, "TWD 100 million", "actual"),
            ("Total", 2023, 497, "TWD 100 million", "actual"),
            ("Total", 2022, 532, "TWD 100 million", "actual"),
            ("Total", 2028, 1630, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("growth", -6.6, "percent", 2022, 2023, 1.0),
            ("cagr", 27.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 620 / 497 - 1 = 24.748% -> 24.7
            ("cagr|implied", "exact"),  # 497 / 532 - 1 = -6.579% -> -6.6
            ("cagr|implied", "exact"),  # (1630 / 620) ** (1/4) - 1 = 27.34% -> 27.3
        ],
    ),
    # 33. Simplified Chinese: 数据中心产业规模 series opening in 亿元 (8600亿元) then 万亿元 figures converted:
    #     约1.03万亿元 -> 10300, 1.2万亿元 -> 12000, 2.6万亿元 -> 26000; "同比增长约19.8%"; stated 2025-2030 CAGR 16.7%.
    #     Distractors: rack count in 万架, PUE.
    dict(
        text=(
            "据中数产业联盟统计,2023年我国数据中心产业规模为8600亿元,2024年达到约1.03万亿元,同比增长约19.8%。"
            "联盟预计,2025年产业规模有望达到1.2万亿元,2030年达到2.6万亿元,2025—2030年年均复合增长率为16.7%。"
            "截至2024年底,全国在用标准机架超过880万架,平均PUE降至1.46。"
        ),
        obs=[
            ("Total", 2023, 8600, "CNY 100 million", "actual"),
            ("Total", 2024, 10300, "CNY 100 million", "actual"),
            ("Total", 2025, 12000, "CNY 100 million", "estimate"),
            ("Total", 2030, 26000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("cagr", 16.7, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10300 / 8600 - 1 = 19.77% -> 19.8
            ("cagr|implied", "exact"),  # (26000 / 12000) ** (1/5) - 1 = 2.1667 ** 0.2 - 1 = 16.72% -> 16.7
        ],
    ),
    # 34. Simplified Chinese investor day: a company sizes the AI server power-supply market (Total) at 约210亿元 in
    #     2024 and 约560亿元 in 2027, "是2024年的2.7倍" (multiple, no verdict). Distractors: Q1 revenue and growth,
    #     "超过一半" fraction, a price target and its upside.
    dict(
        text=(
            "在2025年6月的投资者开放日上,嘉芯电源董事长表示:“我们测算,国内AI服务器电源的潜在市场空间2024年约为210亿元,"
            "到2027年将扩大到约560亿元,是2024年的2.7倍。”公司2025年第一季度实现营收9.6亿元,同比增长58%,高功率电源"
            "出货占比已超过一半。券商给出的目标价为86元,较现价仍有31%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 210, "CNY 100 million", "actual"),
            ("Total", 2027, 560, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2027, 3.0),  # 560/210 = 2.67; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 35. English pipe table: global AI data-centre capex by segment, 2023 / 2024 / 2025E with a Total row and a
    #     "CAGR 2023-25E" column (stated CAGRs). Distractors: table number, surveyed-operator counts, GW.
    dict(
        text=(
            "Table 3: Global AI data-centre capital spending by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | CAGR 2023-25E |\n"
            "|---|---|---|---|---|\n"
            "| Compute & networking hardware | 118.4 | 176.2 | 231.5 | 39.8% |\n"
            "| Power & electrical | 21.7 | 29.8 | 38.6 | 33.4% |\n"
            "| Cooling | 9.6 | 13.9 | 19.2 | 41.4% |\n"
            "| Building shell & fit-out | 27.3 | 33.1 | 40.7 | 22.1% |\n"
            "| Total | 177.0 | 253.0 | 330.0 | 36.5% |\n"
            "Source: Altamira Research estimates based on 14 hyperscale and 22 colocation operators. The 9.8 GW "
            "under construction at year-end 2024 is not included."
        ),
        obs=[
            ("Compute & networking hardware", 2023, 118.4, "USD billion", "actual"),
            ("Compute & networking hardware", 2024, 176.2, "USD billion", "actual"),
            ("Compute & networking hardware", 2025, 231.5, "USD billion", "estimate"),
            ("Power & electrical", 2023, 21.7, "USD billion", "actual"),
            ("Power & electrical", 2024, 29.8, "USD billion", "actual"),
            ("Power & electrical", 2025, 38.6, "USD billion", "estimate"),
            ("Cooling", 2023, 9.6, "USD billion", "actual"),
            ("Cooling", 2024, 13.9, "USD billion", "actual"),
            ("Cooling", 2025, 19.2, "USD billion", "estimate"),
            ("Building shell & fit-out", 2023, 27.3, "USD billion", "actual"),
            ("Building shell & fit-out", 2024, 33.1, "USD billion", "actual"),
            ("Building shell & fit-out", 2025, 40.7, "USD billion", "estimate"),
            ("Total", 2023, 177.0, "USD billion", "actual"),
            ("Total", 2024, 253.0, "USD billion", "actual"),
            ("Total", 2025, 330.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 39.8, "percent", 2023, 2025, None, "stated"),
            ("cagr", 33.4, "percent", 2023, 2025, None, "stated"),
            ("cagr", 41.4, "percent", 2023, 2025, None, "stated"),
            ("cagr", 22.1, "percent", 2023, 2025, None, "stated"),
            ("cagr", 36.5, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (231.5 / 118.4) ** 0.5 - 1 = 39.83% -> 39.8
            ("cagr|implied", "exact"),  # (38.6 / 21.7) ** 0.5 - 1 = 33.37% -> 33.4
            ("cagr|implied", "exact"),  # (19.2 / 9.6) ** 0.5 - 1 = 41.42% -> 41.4
            ("cagr|implied", "exact"),  # (40.7 / 27.3) ** 0.5 - 1 = 22.10% -> 22.1
            ("cagr|implied", "exact"),  # (330.0 / 177.0) ** 0.5 - 1 = 36.54% -> 36.5
            ("hierarchy", "exact"),     # 2023: 118.4 + 21.7 + 9.6 + 27.3 = 177.0
            ("hierarchy", "exact"),     # 2024: 176.2 + 29.8 + 13.9 + 33.1 = 253.0
            ("hierarchy", "exact"),     # 2025E: 231.5 + 38.6 + 19.2 + 40.7 = 330.0
        ],
    ),
    # 36. Simplified Chinese tab-separated table: 液冷市场规模 by type 2022-2025E with 合计 row; the 2023 column adds
    #     to 96.3 against a printed 96.4 (rounding). Distractors: 表 number, 渗透率, kW per rack in a note.
    dict(
        text=(
            "表2 中国数据中心液冷市场规模(亿元)\n"
            "类型\t2022\t2023\t2024\t2025E\n"
            "冷板式\t45.3\t71.8\t112.6\t168.9\n"
            "浸没式\t12.6\t21.4\t38.7\t63.2\n"
            "喷淋式\t2.4\t3.1\t4.9\t7.3\n"
            "合计\t60.3\t96.4\t156.2\t239.4\n"
            "注:2024年新建智算中心液冷渗透率约为12%,单机柜平均功率密度为18kW。数据来源:澄川咨询。"
        ),
        obs=[
            ("冷板式", 2022, 45.3, "CNY 100 million", "actual"),
            ("冷板式", 2023, 71.8, "CNY 100 million", "actual"),
            ("冷板式", 2024, 112.6, "CNY 100 million", "actual"),
            ("冷板式", 2025, 168.9, "CNY 100 million", "estimate"),
            ("浸没式", 2022, 12.6, "CNY 100 million", "actual"),
            ("浸没式", 2023, 21.4, "CNY 100 million", "actual"),
            ("浸没式", 2024, 38.7, "CNY 100 million", "actual"),
            ("浸没式", 2025, 63.2, "CNY 100 million", "estimate"),
            ("喷淋式", 2022, 2.4, "CNY 100 million", "actual"),
            ("喷淋式", 2023, 3.1, "CNY 100 million", "actual"),
            ("喷淋式", 2024, 4.9, "CNY 100 million", "actual"),
            ("喷淋式", 2025, 7.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 60.3, "CNY 100 million", "actual"),
            ("合计", 2023, 96.4, "CNY 100 million", "actual"),
            ("合计", 2024, 156.2, "CNY 100 million", "actual"),
            ("合计", 2025, 239.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 45.3 + 12.6 + 2.4 = 60.3
            ("hierarchy", "rounding"),  # 2023: 71.8 + 21.4 + 3.1 = 96.3 != 96.4; bounds 96.15 .. 96.45 -> 96.4 reachable
            ("hierarchy", "exact"),     # 2024: 112.6 + 38.7 + 4.9 = 156.2
            ("hierarchy", "exact"),     # 2025E: 168.9 + 63.2 + 7.3 = 239.4
        ],
    ),
    # 37. English space-aligned tables (Japan): capacity under construction in MW beside construction spending in
    #     ¥ billion, by region, FY2023 / FY2024 with Total rows -- only the yen table is an observation.
    dict(
        text=(
            "Greater Tokyo still takes most of Japan's build-out, according to Sakuragawa Realty Research.\n"
            "\n"
            "Capacity under construction (MW)\n"
            "Region         FY2023    FY2024\n"
            "Tokyo area        640       910\n"
            "Osaka area        210       340\n"
            "Other              85       150\n"
            "Total             935      1400\n"
            "\n"
            "Construction spending (¥ billion)\n"
            "Region         FY2023    FY2024\n"
            "Tokyo area        412       598\n"
            "Osaka area        131       219\n"
            "Other              52        97\n"
            "Total             595       914\n"
        ),
        obs=[
            ("Tokyo area", 2023, 412, "JPY billion", "actual"),
            ("Tokyo area", 2024, 598, "JPY billion", "actual"),
            ("Osaka area", 2023, 131, "JPY billion", "actual"),
            ("Osaka area", 2024, 219, "JPY billion", "actual"),
            ("Other", 2023, 52, "JPY billion", "actual"),
            ("Other", 2024, 97, "JPY billion", "actual"),
            ("Total", 2023, 595, "JPY billion", "actual"),
            ("Total", 2024, 914, "JPY billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023 spending: 412 + 131 + 52 = 595
            ("hierarchy", "exact"),  # FY2024 spending: 598 + 219 + 97 = 914
        ],
    ),
    # 38. Simplified Chinese vertical pipe table: rows are years, a lone value column headed "亿元" (-> Total) and a
    #     同比 column; the 2024 rate (56.6%) is contradicted by its amounts. Distractors: EFLOPS and a rent in 万元.
    dict(
        text=(
            "中国GPU算力租赁市场规模(来源:云衡智库)\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2021 | 97 | — |\n"
            "| 2022 | 139 | 43.3% |\n"
            "| 2023 | 218 | 56.8% |\n"
            "| 2024 | 361 | 56.6% |\n"
            "| 2025E | 548 | 51.8% |\n"
            "注:2024年全国智能算力规模约为280 EFLOPS;单卡月租金约1.2万元。"
        ),
        obs=[
            ("Total", 2021, 97, "CNY 100 million", "actual"),
            ("Total", 2022, 139, "CNY 100 million", "actual"),
            ("Total", 2023, 218, "CNY 100 million", "actual"),
            ("Total", 2024, 361, "CNY 100 million", "actual"),
            ("Total", 2025, 548, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43.3, "percent", 2021, 2022, 1.0),
            ("growth", 56.8, "percent", 2022, 2023, 1.0),
            ("growth", 56.6, "percent", 2023, 2024, 1.0),
            ("growth", 51.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 139 / 97 - 1 = 43.30% -> 43.3
            ("cagr|implied", "exact"),         # 218 / 139 - 1 = 56.83% -> 56.8
            # 361 / 218 - 1 = 65.60%; bounds 360.5/218.5 - 1 = 64.99% .. 361.5/217.5 - 1 = 66.21% -> 56.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 548 / 361 - 1 = 51.80% -> 51.8
        ],
    ),
    # 39. Traditional Chinese space-aligned table (Taiwan): AI 資料中心電力與散熱設備產值 by item, 2024 / 2025F with a
    #     合計 row and a 年增率 column; the 液冷散熱模組 rate (73.9%) holds only within rounding.
    dict(
        text=(
            "表五 台灣AI資料中心電力與散熱設備產值(新台幣億元)\n"
            "項目              2024     2025F    年增率\n"
            "伺服器電源         385       512     33.0%\n"
            "不斷電系統         142       176     23.9%\n"
            "配電盤與變壓器      96       121     26.0%\n"
            "液冷散熱模組       118       205     73.9%\n"
            "合計               741      1014     36.8%\n"
            "資料來源:禾豐產經研究所;受訪廠商共27家。"
        ),
        obs=[
            ("伺服器電源", 2024, 385, "TWD 100 million", "actual"),
            ("伺服器電源", 2025, 512, "TWD 100 million", "estimate"),
            ("不斷電系統", 2024, 142, "TWD 100 million", "actual"),
            ("不斷電系統", 2025, 176, "TWD 100 million", "estimate"),
            ("配電盤與變壓器", 2024, 96, "TWD 100 million", "actual"),
            ("配電盤與變壓器", 2025, 121, "TWD 100 million", "estimate"),
            ("液冷散熱模組", 2024, 118, "TWD 100 million", "actual"),
            ("液冷散熱模組", 2025, 205, "TWD 100 million", "estimate"),
            ("合計", 2024, 741, "TWD 100 million", "actual"),
            ("合計", 2025, 1014, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.0, "percent", 2024, 2025, 1.0),
            ("growth", 23.9, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
            ("growth", 73.9, "percent", 2024, 2025, 1.0),
            ("growth", 36.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 512 / 385 - 1 = 32.99% -> 33.0
            ("cagr|implied", "exact"),     # 176 / 142 - 1 = 23.94% -> 23.9
            ("cagr|implied", "exact"),     # 121 / 96 - 1 = 26.04% -> 26.0
            # 205 / 118 - 1 = 73.73% -> 73.7, not 73.9; bounds 204.5/118.5 - 1 = 72.57% .. 205.5/117.5 - 1 = 74.89%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 1014 / 741 - 1 = 36.84% -> 36.8
            ("hierarchy", "exact"),        # 2024: 385 + 142 + 96 + 118 = 741
            ("hierarchy", "exact"),        # 2025F: 512 + 176 + 121 + 205 = 1014
        ],
    ),
    # 40. English tab-separated table with a line of prose: green PPAs signed by data-centre operators in Europe by
    #     country, 2023 / 2024 in EUR million, with a 2024 share column and a Total row (its 100% is no claim);
    #     prose "34% more in 2024 than in 2023". Distractors: GW and a price per MWh "down 9%".
    dict(
        text=(
            "Data-centre operators in Europe signed green power purchase agreements worth 34% more in 2024 than in "
            "2023, says Nordvik Advisory; contracted capacity reached 6.2 GW and the average price fell 9% to "
            "€64/MWh.\n"
            "Country\t2023 (EUR million)\t2024 (EUR million)\tShare of 2024\n"
            "Germany\t910\t1,240\t31%\n"
            "Nordics\t760\t980\t24%\n"
            "Spain\t520\t760\t19%\n"
            "Netherlands\t430\t540\t13%\n"
            "Other\t380\t510\t13%\n"
            "Total\t3,000\t4,030\t100%\n"
        ),
        obs=[
            ("Germany", 2023, 910, "EUR million", "actual"),
            ("Germany", 2024, 1240, "EUR million", "actual"),
            ("Nordics", 2023, 760, "EUR million", "actual"),
            ("Nordics", 2024, 980, "EUR million", "actual"),
            ("Spain", 2023, 520, "EUR million", "actual"),
            ("Spain", 2024, 760, "EUR million", "actual"),
            ("Netherlands", 2023, 430, "EUR million", "actual"),
            ("Netherlands", 2024, 540, "EUR million", "actual"),
            ("Other", 2023, 380, "EUR million", "actual"),
            ("Other", 2024, 510, "EUR million", "actual"),
            ("Total", 2023, 3000, "EUR million", "actual"),
            ("Total", 2024, 4030, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4030 / 3000 - 1 = 34.33% -> 34
            ("arithmetic", "exact"),    # Germany 1240 / 4030 = 30.77% -> 31
            ("arithmetic", "exact"),    # Nordics 980 / 4030 = 24.32% -> 24
            ("arithmetic", "exact"),    # Spain 760 / 4030 = 18.86% -> 19
            ("arithmetic", "exact"),    # Netherlands 540 / 4030 = 13.40% -> 13
            ("arithmetic", "exact"),    # Other 510 / 4030 = 12.66% -> 13
            ("hierarchy", "exact"),     # 2023: 910 + 760 + 520 + 430 + 380 = 3000
            ("hierarchy", "exact"),     # 2024: 1240 + 980 + 760 + 540 + 510 = 4030
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 10, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'in revenue last year, 14% more than the £2.8 billion booked in 2023',
    '由2023年的235亿元增长至',
    '| Total | 22.2 | 27.9 | 34.8 |',
    'a 2024-2030 CAGR of 28.4%',
    '2025年預估可達新台幣312億元，年增68.6%',
    'at $95 billion in fiscal 2027, up from about $40 billion in fiscal 2024',
    '| 年份 | 亿元 | 同比增速 |',
    'a 47% jump from $13.2 billion in 2023',
    '去年達458億港元',
    'Construction spending, USD million',
    'of which hyperscale leasing accounted for $9.0 billion, or 62%',
    'expects it to triple by 2027',
    '预计到2027年将达到1.2万亿元',
    'Year\tColocation\tGPU cloud rental',
    'in fiscal 2024, 22.7% more than the ¥335 billion of fiscal 2023',
    '合計                384        519          100%',
    'between $11 billion and $14 billion in 2028',
    '较2022年的78亿元增长3倍',
    '合计\t2192\t2776',
    'compounding at 22.5% a year',
    '14% more than the €982 million',
    'a compound annual rate of roughly 34%',
    'a 26% jump on the $29.3 billion',
    'between US$9 billion and US$11 billion in 2026',
    'accounted for £1.16 billion of that, or 40%',
    '较2023年的1358亿元增长36.2%',
    '年均复合增长率约35%',
    '较2021年的48亿元增长3倍',
    '比上年的205亿元增长24.5%',
    '較2023年的446億元成長18%',
    '去年達到156億港元,今年預計增至178億港元',
    '衰退6.6%',
    '2024至2028年年複合成長率為27.3%',
    '2024年达到约1.03万亿元',
    '是2024年的2.7倍',
    '| Segment | 2023 | 2024 | 2025E | CAGR 2023-25E |',
    '类型\t2022\t2023\t2024\t2025E',
    'Construction spending (¥ billion)',
    '| 年份 | 亿元 | 同比 |',
    '項目              2024     2025F    年增率',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 202 figures, 47 rates,
#: 67 verdicts and 2 false inconsistent on the code before the readings chosen on the hundred-and-eighth and
#: hundred-and-tenth sets; 202, 47, 67 and 2 after them
FLOORS = {"figures_found": 213, "rates_found": 48, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset109.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
