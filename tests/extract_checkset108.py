"""A hundred-and-eighth check set for the extractor, written blind: data centres and the energy behind AI, in English
and Chinese (Simplified and Traditional) -- the AI data-centre market and its construction spending, colocation and
GPU-cloud rental (算力租赁), liquid cooling and power equipment, green-power purchases, sized in money by
consultancies, utilities, grid operators and ministries; power demand in TWh or GW, compute in EFLOPS, rack counts,
PUE, megawatts under construction, electricity prices, a company's own capex and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated US news: "$61.4 billion last year, up 37% from $44.8 billion in 2023", "about $78 billion this year";
    #    distractors: project count, 21 GW of load, one developer's own capex, water in gallons
    dict(
        text=(
            "SEATTLE, 12 February 2025 — Construction crews cannot pour concrete fast enough to keep up with the AI "
            "boom. Spending on AI data-centre construction in the United States reached $61.4 billion last year, up "
            "37% from $44.8 billion in 2023, according to Cascadia Build Analytics, which tracks 1,140 projects. The "
            "firm expects the total to climb to about $78 billion this year. Grid planners expect data-centre load in "
            "the country to grow by 21 GW by 2028, and Harrowgate Digital alone has set aside $9.5 billion of capital "
            "expenditure for 2025. A single new campus can draw 1.5 million gallons of water a day in summer."
        ),
        obs=[
            ("Total", 2024, 61.4, "USD billion", "actual"),
            ("Total", 2023, 44.8, "USD billion", "actual"),
            ("Total", 2025, 78, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 37.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.4 / 44.8 - 1 = 37.054% -> 37
        ],
    ),
    # 2. consultancy report: liquid cooling $4.8bn (2024) -> $21.3bn by 2030, "28.2% over 2024-2030" (stated);
    #    cold plates "$3.1 billion, or 66% of the 2024 total" only within rounding; survey answer, PUE, water % nowhere
    dict(
        text=(
            "Liquid cooling is moving from niche to default in AI halls, according to Brightwater Thermal Research. "
            "The consultancy values the global market for data-centre liquid cooling at $4.8 billion in 2024 and "
            "forecasts $21.3 billion by 2030, a compound annual growth rate of 28.2% over 2024-2030. Cold plates "
            "accounted for $3.1 billion, or 66% of the 2024 total, with immersion tanks making up most of the rest. "
            "In Brightwater's survey of 412 operators, 58% said they plan to retrofit at least one air-cooled hall by "
            "2027; the liquid-cooled halls it audited ran at an average PUE of 1.15 and used 30% less water."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2030, 21.3, "USD billion", "estimate"),
            ("Cold plates", 2024, 3.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2024, 2030, None, "stated"),
            ("share", 66.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.3 / 4.8) ** (1/6) - 1 = 28.19% -> 28.2
            ("arithmetic", "rounding"),  # 3.1 / 4.8 = 64.58% -> 65, not 66; bounds 3.05/4.85 = 62.89% .. 3.15/4.75 = 66.32% -> 66 reachable
        ],
    ),
    # 3. earnings call: TAM "$38 billion last year" -> "$120 billion in 2028", "compounding at about 33% a year" (span
    #    not printed -> inferred); quarter revenue, YoY of revenue, margin, headcount, price target and upside nowhere
    dict(
        text=(
            "Nimbus Forge, Q3 fiscal 2025 earnings call, 6 November 2025. Chief financial officer Dana Whitlock: "
            "\"Revenue for the quarter was $812 million, up 94% year on year, with gross margin of 61%, and we ended "
            "the quarter with 2,300 employees. We size the total addressable market for rented GPU capacity at $38 "
            "billion last year, and we expect it to reach $120 billion in 2028, compounding at about 33% a year.\" "
            "Analysts at Pellham Securities kept their $145 price target, implying 28% upside."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2028, 120, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 33.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 38) ** (1/4) - 1 = 33.31% -> 33
        ],
    ),
    # 4. utility outlook: European green-power PPAs "€14.6 billion in 2024, up 18.4% from €12.4 billion a year earlier"
    #    (rounding); "top €20 billion next year" estimate at printed figure; TWh, €/MWh, percentage points nowhere
    dict(
        text=(
            "OSLO, 11 March 2025 — Nordhavn Energi's annual market outlook puts AI at the centre of Europe's power "
            "story. Corporate green-power purchase agreements signed in Europe were worth €14.6 billion in 2024, up "
            "18.4% from €12.4 billion a year earlier, with data-centre operators the largest buyer group. The utility "
            "expects contract value to top €20 billion next year as AI campuses lock in supply. European data centres "
            "will consume about 150 TWh in 2030, up from 96 TWh in 2024, Nordhavn estimates, and baseload PPA prices "
            "averaged €71 per MWh. Technology companies' share of contracted volume rose 6 percentage points."
        ),
        obs=[
            ("Total", 2024, 14.6, "EUR billion", "actual"),
            ("Total", 2023, 12.4, "EUR billion", "actual"),
            ("Total", 2026, 20, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 14.6 / 12.4 - 1 = 17.74% -> 17.7, not 18.4; bounds 14.55/12.45 - 1 = 16.87% .. 14.65/12.35 - 1 = 18.62% -> 18.4 reachable
        ],
    ),
    # 5. REIT market commentary: London colocation "£2.1 billion ... up 13.5% on the £1,850 million recorded in 2023"
    #    (series keeps GBP billion -> 1.85); share 62% with no part printed (no verdict); own rental income, MW, racks,
    #    percentage points, PUE nowhere
    dict(
        text=(
            "Kestrel Data REIT — full-year 2024 results, market commentary. Figures Kestrel commissions from Ambergate "
            "Property Research show that the London colocation market generated £2.1 billion of revenue in 2024, up "
            "13.5% on the £1,850 million recorded in 2023. Wholesale hyperscale leases made up 62% of the market. "
            "Kestrel's own rental income rose to £214 million, and it has 96 MW under construction across 4,800 racks "
            "at its Slough campus. Vacancy across the London market fell 1.8 percentage points, while the average PUE "
            "of the portfolio improved to 1.32."
        ),
        obs=[
            ("Total", 2024, 2.1, "GBP billion", "actual"),
            ("Total", 2023, 1.85, "GBP billion", "actual"),  # printed £1,850 million, kept in the series' unit
        ],
        claims=[
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("share", 62.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.1 / 1.85 - 1 = 13.51% -> 13.5
        ],
    ),
    # 6. client note: power equipment $18.5bn in 2024, 2030 "between $48 billion and $55 billion" (two value claims);
    #    a rival publisher's 2024 figure, transformer lead times and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Power equipment for AI data centres — switchgear, transformers, UPS systems and backup generation — was "
            "an $18.5 billion market worldwide in 2024, Ferncliff Advisory said in a note to clients. Ferncliff puts "
            "the 2030 figure at between $48 billion and $55 billion, with the spread depending on how quickly "
            "utilities grant grid connections. A rival estimate from Oakhurst Partners sizes the 2024 market at $21 "
            "billion. Lead times for large power transformers have stretched to 120 weeks, and chief executives "
            "across the sector describe a multibillion-dollar opportunity that will outlast the current wave of GPU "
            "orders."
        ),
        obs=[
            ("Total", 2024, 18.5, "USD billion", "actual"),
        ],
        claims=[
            ("value", 48, "USD billion", 2030, 2030, None),
            ("value", 55, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 7. yen: "¥2,480 billion in fiscal 2024" -> "¥5,100 billion by fiscal 2030", "an average annual rate of 15% over
    #    fiscal 2024-2030" which its own figures contradict; TWh, GW, survey answer, ¥ per kWh nowhere
    dict(
        text=(
            "TOKYO, 19 June 2025 — Japan's data-centre services market was worth ¥2,480 billion in fiscal 2024, "
            "according to Sakuragawa Research Institute, which forecasts ¥5,100 billion by fiscal 2030, an average "
            "annual rate of 15% over fiscal 2024-2030. The institute expects AI workloads to lift the country's "
            "data-centre electricity use to 36 TWh by the end of the decade, and applications for new grid "
            "connections in the Tokyo area already exceed 2.3 GW. Sakuragawa's survey of 150 corporate IT buyers "
            "found 47% now rent GPU capacity rather than owning it. Industrial power costs around ¥28 per kWh."
        ),
        obs=[
            ("Total", 2024, 2480, "JPY billion", "actual"),
            ("Total", 2030, 5100, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (5100 / 2480) ** (1/6) - 1 = 12.77%; bounds 5099.5/2480.5 .. 5100.5/2479.5 -> 12.76% .. 12.77%; 15 unreachable
        ],
    ),
    # 8. regional GPU-cloud rental: $1.9bn (2024) "grow more than fivefold to $10.4 billion by 2029" (x5, no verdict);
    #    "Singapore alone accounted for $780 million, or 41% of the 2024 total" (part and whole printed); MW, GW,
    #    provider count nowhere
    dict(
        text=(
            "SINGAPORE — Renting out GPUs by the hour has become a business of its own in Southeast Asia. Meranti "
            "Insights estimates the region's GPU-cloud rental market at $1.9 billion in 2024 and says it will grow "
            "more than fivefold to $10.4 billion by 2029. Singapore alone accounted for $780 million, or 41% of the "
            "2024 total, even though the city-state caps new data-centre capacity at 300 MW. Meranti counts 37 "
            "rental providers in the region, and Johor across the causeway has 1.6 GW under construction."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 10.4, "USD billion", "estimate"),
            ("Singapore", 2024, 780, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2024, 2029, 5.0),  # "more than fivefold"
            ("share", 41.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 780 / 1900 = 41.05% -> 41
        ],
    ),
    # 9. Hong Kong dollars in English: "HK$9.35 billion in 2024, 11.2% more than the HK$8.41 billion of 2023",
    #    "pass HK$10.5 billion this year" (estimate); a fourth quarter's figure, vacancy, percentage points, HK$ per kWh
    #    nowhere
    dict(
        text=(
            "HONG KONG, 3 April 2025 — Hong Kong's colocation market earned HK$9.35 billion in 2024, 11.2% more than "
            "the HK$8.41 billion of 2023, figures compiled by Victoria Harbour Realty Partners show. In the fourth "
            "quarter alone, revenue came to HK$2.47 billion. Vacancy in Tseung Kwan O fell 3.4 percentage points to "
            "7.9% as AI tenants took whole floors. The firm expects the market to pass HK$10.5 billion this year, "
            "although operators already pay about HK$1.4 per kWh for power."
        ),
        obs=[
            ("Total", 2024, 9.35, "HKD billion", "actual"),
            ("Total", 2023, 8.41, "HKD billion", "actual"),
            ("Total", 2025, 10.5, "HKD billion", "estimate"),
        ],
        claims=[
            ("growth", 11.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.35 / 8.41 - 1 = 11.18% -> 11.2
        ],
    ),
    # 10. Simplified Chinese report news: 算力租赁 526亿元 (2024) vs 322亿元, 同比增长63.4%; 2028年2,600亿元 with a stated
    #     2024—2028 CAGR; report title year, EFLOPS, 个百分点, firm count and 七成 nowhere
    dict(
        text=(
            "北京，2025年3月18日——据云岫咨询最新发布的《2025中国算力租赁市场研究报告》，2024年中国算力租赁市场规模"
            "达到526亿元，较2023年的322亿元同比增长63.4%。报告预计，到2028年市场规模将达到2,600亿元，2024—2028年"
            "年均复合增长率约为49.1%。截至2024年底，全国在用算力总规模达到280 EFLOPS，其中智能算力占比提升6.2个"
            "百分点。报告调研的215家企业中，有七成表示计划在未来一年扩大租赁规模。"
        ),
        obs=[
            ("Total", 2024, 526, "CNY 100 million", "actual"),
            ("Total", 2023, 322, "CNY 100 million", "actual"),
            ("Total", 2028, 2600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 63.4, "percent", 2023, 2024, 1.0),
            ("cagr", 49.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 526 / 322 - 1 = 63.354% -> 63.4
            ("cagr|implied", "exact"),  # (2600 / 526) ** (1/4) - 1 = 49.107% -> 49.1
        ],
    ),
    # 11. Simplified Chinese: 智算中心投资规模 1,600 / 2,950 / 4,800亿元, "同比增长62.7%", "较2022年增长2倍" (x3 between
    #     two printed amounts), 2027年1.2万亿元 converted to the series' 亿元 (12000); 千亿级, 机架, PUE, an operator's
    #     own budget nowhere
    dict(
        text=(
            "2025年3月，记者从华衡信通研究院获悉，我国智算中心建设仍处于高速扩张期。该院测算，2022年全国智算中心"
            "投资规模为1,600亿元，2023年为2,950亿元，2024年同比增长62.7%至4,800亿元，较2022年增长2倍。研究院预计，"
            "到2027年全国智算中心投资规模将达到1.2万亿元，液冷、储能等配套环节也将形成多个千亿级市场。目前在建"
            "智算中心标准机架超过32万架，新建项目PUE普遍要求不高于1.25；运营商星联通信一家今年的算力投资预算就"
            "达到475亿元。"
        ),
        obs=[
            ("Total", 2022, 1600, "CNY 100 million", "actual"),
            ("Total", 2023, 2950, "CNY 100 million", "actual"),
            ("Total", 2024, 4800, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 62.7, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2022, 2024, 2.0),  # 增长2倍 between 1,600 and 4,800 -> x3
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4800 / 2950 - 1 = 62.712% -> 62.7
        ],
    ),
    # 12. Traditional Chinese (Taiwan): 新台幣1,250億元 (2024), 預估今年年增28%至1,600億元 (estimate); 約占四成, 億度,
    #     萬瓩, a maker's own 營收 and 目標價 nowhere
    dict(
        text=(
            "【2025年4月8日／台北報導】生成式AI推升伺服器機櫃功率密度，資料中心電力設備需求水漲船高。瀚宇產業研究所"
            "估計，2024年台灣資料中心電力設備市場規模達新台幣1,250億元，預估今年將年增28%至1,600億元，其中不斷電"
            "系統約占四成。台電預估，2028年全台資料中心用電量將達110億度，新增裝機需求約200萬瓩。重電大廠華昕電機"
            "去年營收新台幣486億元，法人給予目標價新台幣520元。"
        ),
        obs=[
            ("Total", 2024, 1250, "TWD 100 million", "actual"),
            ("Total", 2025, 1600, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1600 / 1250 - 1 = 28.0%
        ],
    ),
    # 13. Traditional Chinese (Hong Kong): 約152億港元 vs 136億港元 "增長12.1%" (rounding), 2027年230億港元 with a stated
    #     2024至2027年 CAGR 14.8%; a second publisher's 160億港元 for 2024, 第三季, 個百分點, 每度 price, MW nowhere
    dict(
        text=(
            "【香港訊】維港置業研究昨日發表報告指，2024年本港數據中心託管市場收入約152億港元，較2023年的136億港元"
            "增長12.1%。報告預計，受人工智能訓練需求帶動，市場規模到2027年將達230億港元，2024至2027年複合年增長率"
            "為14.8%。另一機構嘉栢顧問則估算2024年市場規模為160億港元。第三季單季收入為39億港元；將軍澳一帶數據"
            "中心空置率按年下降2.5個百分點，商業用電價格約每度1.3港元，全港在建IT負載容量約350兆瓦。"
        ),
        obs=[
            ("Total", 2024, 152, "HKD 100 million", "actual"),
            ("Total", 2023, 136, "HKD 100 million", "actual"),
            ("Total", 2027, 230, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("cagr", 14.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 152 / 136 - 1 = 11.76% -> 11.8, not 12.1; bounds 151.5/136.5 - 1 = 10.99% .. 152.5/135.5 - 1 = 12.55% -> 12.1 reachable
            ("cagr|implied", "exact"),  # (230 / 152) ** (1/3) - 1 = 14.805% -> 14.8
        ],
    ),
    # 14. Simplified Chinese: 绿电交易金额305亿元 vs 上年214亿元 "增长32.5%" which its figures contradict; 数据中心56.7亿元
    #     占全国的18.6% (part and whole printed); 亿千瓦时, 每千瓦时 price, 一季度, 万千瓦 nowhere
    dict(
        text=(
            "据中电绿链研究中心统计，2024年全国绿电交易金额达305亿元，较上年的214亿元增长32.5%；其中数据中心"
            "56.7亿元，占全国的18.6%。全年绿电交易电量2,330亿千瓦时，平均环境溢价约每千瓦时0.028元。2025年一季度，"
            "绿电交易金额为98亿元。研究中心测算，2024年全国数据中心用电量约1,660亿千瓦时，配套新能源装机容量超过"
            "4,200万千瓦。"
        ),
        obs=[
            ("Total", 2024, 305, "CNY 100 million", "actual"),
            ("Total", 2023, 214, "CNY 100 million", "actual"),
            ("数据中心", 2024, 56.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("share", 18.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 305 / 214 - 1 = 42.52%; bounds 304.5/214.5 - 1 = 41.96% .. 305.5/213.5 - 1 = 43.09%; 32.5 unreachable
            ("arithmetic", "exact"),  # 56.7 / 305 = 18.590% -> 18.6
        ],
    ),
    # 15. English pipe table by segment and year (2024, 2025E, 2030F) with a Total row adding up; a stated 2024-2030
    #     CAGR of the total below; table number, tracker title year and kW rack density nowhere
    dict(
        text=(
            "Table 3: AI data-centre market by segment (USD billion)\n"
            "| Segment | 2024 | 2025E | 2030F |\n"
            "|---|---|---|---|\n"
            "| Servers & accelerators | 96.4 | 128.9 | 348.5 |\n"
            "| Power & cooling | 22.8 | 30.2 | 84.1 |\n"
            "| Networking | 14.1 | 19.6 | 52.7 |\n"
            "| Building shell & fit-out | 18.7 | 23.3 | 47.2 |\n"
            "| Total | 152.0 | 202.0 | 532.5 |\n"
            "Source: Halcyon Research, Global AI Infrastructure Tracker 2025. Halcyon expects the total to compound at "
            "23.2% a year from 2024 to 2030, while average rack density in new AI halls passes 120 kW."
        ),
        obs=[
            ("Servers & accelerators", 2024, 96.4, "USD billion", "actual"),
            ("Servers & accelerators", 2025, 128.9, "USD billion", "estimate"),
            ("Servers & accelerators", 2030, 348.5, "USD billion", "estimate"),
            ("Power & cooling", 2024, 22.8, "USD billion", "actual"),
            ("Power & cooling", 2025, 30.2, "USD billion", "estimate"),
            ("Power & cooling", 2030, 84.1, "USD billion", "estimate"),
            ("Networking", 2024, 14.1, "USD billion", "actual"),
            ("Networking", 2025, 19.6, "USD billion", "estimate"),
            ("Networking", 2030, 52.7, "USD billion", "estimate"),
            ("Building shell & fit-out", 2024, 18.7, "USD billion", "actual"),
            ("Building shell & fit-out", 2025, 23.3, "USD billion", "estimate"),
            ("Building shell & fit-out", 2030, 47.2, "USD billion", "estimate"),
            ("Total", 2024, 152.0, "USD billion", "actual"),
            ("Total", 2025, 202.0, "USD billion", "estimate"),
            ("Total", 2030, 532.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (532.5 / 152.0) ** (1/6) - 1 = 23.24% -> 23.2
            ("hierarchy", "exact"),  # 2024: 96.4 + 22.8 + 14.1 + 18.7 = 152.0
            ("hierarchy", "exact"),  # 2025E: 128.9 + 30.2 + 19.6 + 23.3 = 202.0
            ("hierarchy", "exact"),  # 2030F: 348.5 + 84.1 + 52.7 + 47.2 = 532.5
        ],
    ),
    # 16. tab-separated table: MW under construction beside 2024 construction spending (USD billion) by metro; only the
    #     money is an observation; total row "All four markets" 28.3 vs rows summing to 28.2 (rounding); contractor count
    #     nowhere
    dict(
        text=(
            "US primary markets: AI capacity under construction and construction spending\n"
            "Market\tUnder construction (MW)\tConstruction spending 2024 (USD billion)\n"
            "Northern Virginia\t3,850\t14.6\n"
            "Dallas-Fort Worth\t1,420\t5.4\n"
            "Phoenix\t1,160\t4.5\n"
            "Atlanta\t980\t3.7\n"
            "All four markets\t7,410\t28.3\n"
            "Source: Redgate Construction Economics survey of 64 general contractors. Spending covers shell, "
            "mechanical and electrical fit-out."
        ),
        obs=[
            ("Northern Virginia", 2024, 14.6, "USD billion", "actual"),
            ("Dallas-Fort Worth", 2024, 5.4, "USD billion", "actual"),
            ("Phoenix", 2024, 4.5, "USD billion", "actual"),
            ("Atlanta", 2024, 3.7, "USD billion", "actual"),
            ("All four markets", 2024, 28.3, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 14.6 + 5.4 + 4.5 + 3.7 = 28.2, not 28.3; bounds 28.0 .. 28.4 (four rows +/-0.05) -> 28.3 reachable
        ],
    ),
    # 17. Simplified Chinese vertical table (rows are years; space-aligned): 冷板式 / 浸没式 / 合计 in 亿元, 2025E and
    #     2027E estimates; prose "合计同比增长51.9%" and a stated 2024—2027 CAGR; table number, EFLOPS, PUE nowhere
    dict(
        text=(
            "表2 中国数据中心液冷市场规模（亿元）\n"
            "年份     冷板式    浸没式    合计\n"
            "2022     62.1      11.4      73.5\n"
            "2023     88.6      19.3      107.9\n"
            "2024     131.2     32.7      163.9\n"
            "2025E    178.4     51.6      230.0\n"
            "2027E    296.5     103.8     400.3\n"
            "资料来源：澄川智库。2024年液冷市场合计同比增长51.9%，2024—2027年年均复合增长率为34.7%。同期全国智能"
            "算力规模预计由约280 EFLOPS增至1,000 EFLOPS以上，新建智算中心PUE普遍低于1.2。"
        ),
        obs=[
            ("冷板式", 2022, 62.1, "CNY 100 million", "actual"),
            ("冷板式", 2023, 88.6, "CNY 100 million", "actual"),
            ("冷板式", 2024, 131.2, "CNY 100 million", "actual"),
            ("冷板式", 2025, 178.4, "CNY 100 million", "estimate"),
            ("冷板式", 2027, 296.5, "CNY 100 million", "estimate"),
            ("浸没式", 2022, 11.4, "CNY 100 million", "actual"),
            ("浸没式", 2023, 19.3, "CNY 100 million", "actual"),
            ("浸没式", 2024, 32.7, "CNY 100 million", "actual"),
            ("浸没式", 2025, 51.6, "CNY 100 million", "estimate"),
            ("浸没式", 2027, 103.8, "CNY 100 million", "estimate"),
            ("合计", 2022, 73.5, "CNY 100 million", "actual"),
            ("合计", 2023, 107.9, "CNY 100 million", "actual"),
            ("合计", 2024, 163.9, "CNY 100 million", "actual"),
            ("合计", 2025, 230.0, "CNY 100 million", "estimate"),
            ("合计", 2027, 400.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 51.9, "percent", 2023, 2024, 1.0),
            ("cagr", 34.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 163.9 / 107.9 - 1 = 51.90% -> 51.9
            ("cagr|implied", "exact"),  # (400.3 / 163.9) ** (1/3) - 1 = 34.67% -> 34.7
            ("hierarchy", "exact"),  # 2022: 62.1 + 11.4 = 73.5
            ("hierarchy", "exact"),  # 2023: 88.6 + 19.3 = 107.9
            ("hierarchy", "exact"),  # 2024: 131.2 + 32.7 = 163.9
            ("hierarchy", "exact"),  # 2025E: 178.4 + 51.6 = 230.0
            ("hierarchy", "exact"),  # 2027E: 296.5 + 103.8 = 400.3
        ],
    ),
    # 18. English vertical table, lone value column headed by its unit only ("USD billion") -> Total, with a YoY column:
    #     2022, 2024, 2025F exact, 2023 "13.2%" only within rounding; outlook issue number, GW, survey answer nowhere
    dict(
        text=(
            "Global colocation revenue, retail and wholesale\n"
            "Year     USD billion    YoY\n"
            "2021     48.6           -\n"
            "2022     55.9           15.0%\n"
            "2023     63.2           13.2%\n"
            "2024     74.8           18.4%\n"
            "2025F    88.1           17.8%\n"
            "Source: Halyard Real Estate Research, Data Centre Outlook No. 14. Leased capacity reached 11.2 GW at the "
            "end of 2024, and 42% of tenants in Halyard's survey named power availability as their top constraint."
        ),
        obs=[
            ("Total", 2021, 48.6, "USD billion", "actual"),
            ("Total", 2022, 55.9, "USD billion", "actual"),
            ("Total", 2023, 63.2, "USD billion", "actual"),
            ("Total", 2024, 74.8, "USD billion", "actual"),
            ("Total", 2025, 88.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2021, 2022, 1.0),
            ("growth", 13.2, "percent", 2022, 2023, 1.0),
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("growth", 17.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 55.9 / 48.6 - 1 = 15.02% -> 15.0
            ("cagr|implied", "rounding"),  # 63.2 / 55.9 - 1 = 13.06% -> 13.1, not 13.2; bounds 63.15/55.95 - 1 = 12.87% .. 63.25/55.85 - 1 = 13.25% -> 13.2 reachable
            ("cagr|implied", "exact"),  # 74.8 / 63.2 - 1 = 18.35% -> 18.4
            ("cagr|implied", "exact"),  # 88.1 / 74.8 - 1 = 17.78% -> 17.8
        ],
    ),
    # 19. Simplified Chinese tab-separated table: 2024年智算中心投资规模 by province with 占比 (part and whole printed ->
    #     arithmetic each), 合计 row adding up, 100.0% total no claim; 在建机架（万架） column and notes nowhere
    dict(
        text=(
            "部分省区智算中心投资规模\n"
            "地区\t2024年投资规模（亿元）\t占比\t在建机架（万架）\n"
            "内蒙古\t866\t16.9%\t5.2\n"
            "贵州\t642\t12.5%\t3.9\n"
            "宁夏\t487\t9.5%\t2.8\n"
            "甘肃\t405\t7.9%\t2.1\n"
            "其他地区\t2,716\t53.1%\t18.4\n"
            "合计\t5,116\t100.0%\t32.4\n"
            "数据来源：北辰算力研究院。注：投资规模含土建、机电及算力设备；在建机架按2.5千瓦标准机架折算。"
        ),
        obs=[
            ("内蒙古", 2024, 866, "CNY 100 million", "actual"),
            ("贵州", 2024, 642, "CNY 100 million", "actual"),
            ("宁夏", 2024, 487, "CNY 100 million", "actual"),
            ("甘肃", 2024, 405, "CNY 100 million", "actual"),
            ("其他地区", 2024, 2716, "CNY 100 million", "actual"),
            ("合计", 2024, 5116, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 16.9, "percent", 2024, 2024, None),
            ("share", 12.5, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
            ("share", 53.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 866 / 5116 = 16.93% -> 16.9
            ("arithmetic", "exact"),  # 642 / 5116 = 12.55% (12.549) -> 12.5
            ("arithmetic", "exact"),  # 487 / 5116 = 9.52% -> 9.5
            ("arithmetic", "exact"),  # 405 / 5116 = 7.92% -> 7.9
            ("arithmetic", "exact"),  # 2716 / 5116 = 53.09% -> 53.1
            ("hierarchy", "exact"),  # 866 + 642 + 487 + 405 + 2716 = 5116
        ],
    ),
    # 20. English pipe table of green-power PPAs by data-centre operators (EUR million, 2023 and 2024) with a TWh column
    #     (no money), a Change column and a Total row adding up; Spain's "+18.2%" contradicted by its own figures
    dict(
        text=(
            "Table 2 — Green-power PPAs signed by data-centre operators (EUR million)\n"
            "| Country | Contracted 2024 (TWh) | 2023 | 2024 | Change |\n"
            "|---|---|---|---|---|\n"
            "| Germany | 11.8 | 1,240 | 1,585 | +27.8% |\n"
            "| Spain | 9.6 | 890 | 1,034 | +18.2% |\n"
            "| Nordics | 13.4 | 1,105 | 1,298 | +17.5% |\n"
            "| Netherlands | 3.1 | 415 | 362 | -12.8% |\n"
            "| Total | 37.9 | 3,650 | 4,279 | +17.2% |\n"
            "Source: Lindqvist Energy Advisory. Volumes are contracted annual delivery; average tenor lengthened to 14 "
            "years."
        ),
        obs=[
            ("Germany", 2023, 1240, "EUR million", "actual"),
            ("Germany", 2024, 1585, "EUR million", "actual"),
            ("Spain", 2023, 890, "EUR million", "actual"),
            ("Spain", 2024, 1034, "EUR million", "actual"),
            ("Nordics", 2023, 1105, "EUR million", "actual"),
            ("Nordics", 2024, 1298, "EUR million", "actual"),
            ("Netherlands", 2023, 415, "EUR million", "actual"),
            ("Netherlands", 2024, 362, "EUR million", "actual"),
            ("Total", 2023, 3650, "EUR million", "actual"),
            ("Total", 2024, 4279, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", -12.8, "percent", 2023, 2024, 1.0),
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Germany 1585 / 1240 - 1 = 27.82% -> 27.8
            ("cagr|implied", "inconsistent"),  # Spain 1034 / 890 - 1 = 16.18%; bounds 1033.5/890.5 - 1 = 16.06% .. 1034.5/889.5 - 1 = 16.30%; 18.2 unreachable
            ("cagr|implied", "exact"),  # Nordics 1298 / 1105 - 1 = 17.47% -> 17.5
            ("cagr|implied", "exact"),  # Netherlands 362 / 415 - 1 = -12.77% -> -12.8
            ("cagr|implied", "exact"),  # Total 4279 / 3650 - 1 = 17.23% -> 17.2
            ("hierarchy", "exact"),  # 2023: 1240 + 890 + 1105 + 415 = 3650
            ("hierarchy", "exact"),  # 2024: 1585 + 1034 + 1298 + 362 = 4279
        ],
    ),
    # 21. English press release: "$48.6 billion in 2024" to "$152.0 billion by 2030", stated CAGR "over 2024-2030";
    #    distractors: GW of load, a poll of 212 developers and its 61%, a hyperscaler's own capex this year
    dict(
        text=(
            "AUSTIN, Texas, 11 February 2025 — Spending on the construction of AI-ready data centres in the United "
            "States reached $48.6 billion in 2024, according to a study released today by Brightwater Infrastructure "
            "Analytics. The firm forecasts that outlays will climb to $152.0 billion by 2030, a compound annual growth "
            "rate of 20.9% over 2024-2030. Projects now under way would add roughly 38 GW of load to American grids by "
            "the end of the decade, and Brightwater's poll of 212 developers found that 61% named grid connection as "
            "their main bottleneck. Hyperscaler Northpeak alone has guided to $72 billion of capital expenditure this "
            "year, most of it on AI campuses."
        ),
        obs=[
            ("Total", 2024, 48.6, "USD billion", "actual"),
            ("Total", 2030, 152.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152.0 / 48.6) ** (1/6) - 1 = 20.930% -> 20.9
        ],
    ),
    # 22. English earnings-call transcript: TAM "about $8.4 billion this year" (2025, estimate) to "$19 billion in
    #    2028", "roughly 30% a year compounded" with no printed span (inferred); company revenue, quarter, margin,
    #    basis points, rack count and a price target expected nowhere
    dict(
        text=(
            "Coldwell Thermal Systems, Q3 fiscal 2025 earnings call, 6 November 2025. Marta Irving, chief executive: "
            "'Revenue for the quarter came in at $412 million, up 58% from a year ago, and data-centre gross margin "
            "widened 220 basis points to 34.5%. Stepping back, we size the total addressable market for direct-to-chip "
            "and immersion liquid cooling at about $8.4 billion this year, and we see it reaching $19 billion in 2028 — "
            "call it roughly 30% a year compounded. We have shipped coolant distribution units for more than 9,000 "
            "racks since launch.' Responding to an analyst who had just lifted his price target to $140, she declined "
            "to update annual guidance."
        ),
        obs=[
            ("Total", 2025, 8.4, "USD billion", "estimate"),
            ("Total", 2028, 19, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (19 / 8.4) ** (1/3) - 1 = 31.27% -> 31, not 30; bounds: (18.5 / 8.45) ** (1/3) - 1 = 29.85% to
            # (19.5 / 8.35) ** (1/3) - 1 = 32.67%; 30 reachable only within rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. English news: UK colocation "£3.12 billion last year" (2024), "17% more than the £2.71 billion of 2023"
    #    (contradicted), wholesale part £1.87 billion "or 60% of the total"; percentage points, TWh, pence per kWh,
    #    a 40-strong team expected nowhere
    dict(
        text=(
            "LONDON, 19 May 2025 — Britain's colocation market, the business of renting space, power and cooling in "
            "shared data halls, was worth £3.12 billion last year, 17% more than the £2.71 billion of 2023, according "
            "to Harrowgate Property Research. Wholesale colocation, leased in large blocks to cloud and AI tenants, "
            "brought in £1.87 billion of that, or 60% of the total. Vacancy across the London cluster fell 3.5 "
            "percentage points to 6.1%, and the regional grid operator expects data-centre consumption in its area "
            "to reach 22 TWh by 2030. Industrial tenants are paying around 24p per kWh for electricity, which "
            "Harrowgate's 40-strong research team calls the sector's biggest handicap."
        ),
        obs=[
            ("Total", 2024, 3.12, "GBP billion", "actual"),
            ("Total", 2023, 2.71, "GBP billion", "actual"),
            ("Wholesale colocation", 2024, 1.87, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 23.12 / 2.71 - 1 = 15.13%; bounds 3.115 / 2.715 - 1 = 14.73% to 3.125 / 2.705 - 1 = 15.53%; 17 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.87 / 3.12 = 59.94% -> 60
        ],
    ),
    # 24. English REIT half-year report: a range "between €14.5 billion and €15.2 billion this year" (two value
    #    claims, 2025), base €12.9 billion in 2024, "more than double ... to €27.4 billion" by 2028 (x2 over 4
    #    years), stated CAGR "from 2024 to 2028"; REIT's own rental income, occupancy, a quarter's MW, €/kWh nowhere
    dict(
        text=(
            "FRANKFURT, 28 August 2025 — In its half-year report, Rhenvest Data Centre REIT estimates that the "
            "European colocation market will be worth between €14.5 billion and €15.2 billion this year, against "
            "€12.9 billion in 2024. By 2028 the trust expects the market to more than double from its 2024 level, to "
            "€27.4 billion, a compound annual rate of 20.7% from 2024 to 2028. Rhenvest's own rental income rose 11% "
            "to €386 million in the first half, with occupancy at 93.4%. Take-up across the five largest European "
            "hubs reached 212 MW in the second quarter alone, and wholesale power in Frankfurt traded at about €0.19 "
            "per kWh."
        ),
        obs=[
            ("Total", 2024, 12.9, "EUR billion", "actual"),
            ("Total", 2028, 27.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("value", 14.5, "EUR billion", 2025, 2025, None),
            ("value", 15.2, "EUR billion", 2025, 2025, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # "more than double"
            ("cagr", 20.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 12.9) ** (1/4) - 1 = 20.72% -> 20.7
        ],
    ),
    # 25. English news, yen: green-power purchases "¥410 billion in fiscal 2024 from ¥280 billion a year earlier, a
    #    rise of 47%" (rounding), "¥1.05 trillion by fiscal 2030" converted to the series' JPY billion, "around 17% a
    #    year" without a span (inferred); TWh, yen per kWh tariff, survey answer nowhere
    dict(
        text=(
            "TOKYO, 3 December 2025 — Japan's market for corporate green-power purchases, from off-site power "
            "purchase agreements to non-fossil certificates bought by data-centre operators, grew to ¥410 billion in "
            "fiscal 2024 from ¥280 billion a year earlier, a rise of 47%, according to the Kasumi Energy Institute. "
            "The institute projects the market at ¥1.05 trillion by fiscal 2030, implying growth of around 17% a "
            "year, as AI campuses in the Kanto and Kansai regions sign long-term contracts. Data centres consumed "
            "about 19 TWh of electricity in Japan last year, and high-voltage industrial tariffs averaged 27 yen per "
            "kWh. In Kasumi's survey of 150 companies, 38% said they planned to sign their first PPA within two years."
        ),
        obs=[
            ("Total", 2024, 410, "JPY billion", "actual"),
            ("Total", 2023, 280, "JPY billion", "actual"),
            ("Total", 2030, 1050, "JPY billion", "estimate"),  # ¥1.05 trillion in the series' unit
        ],
        claims=[
            ("growth", 47, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # 410 / 280 - 1 = 46.43% -> 46, not 47; bounds 409.5 / 280.5 - 1 = 45.99% to 410.5 / 279.5 - 1 = 46.87%
            # -> 47 reachable only within rounding
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (1050 / 410) ** (1/6) - 1 = 16.97% -> 17
        ],
    ),
    # 26. Simplified Chinese white-paper news: 智算中心投资规模 2024年1870亿元 "较2023年的1370亿元增长36.5%",
    #    2025年"突破2500亿元" (estimate at printed figure); 千亿级, EFLOPS, 机架, PUE, title year, 调研项目数 nowhere
    dict(
        text=(
            "【2025年3月18日 北京】澜沧数智研究院当天发布的《2025中国智算中心发展白皮书》显示，2024年我国智算中心投资规模"
            "达到1870亿元，较2023年的1370亿元增长36.5%。白皮书预计，2025年投资规模将突破2500亿元，行业正迈入千亿级发展阶段。"
            "截至2024年底，全国智能算力规模约为280 EFLOPS，在建智算中心标准机架超过12万架，新建项目设计PUE普遍低于1.25。"
            "研究院此次共调研了86个在建项目。"
        ),
        obs=[
            ("Total", 2024, 1870, "CNY 100 million", "actual"),
            ("Total", 2023, 1370, "CNY 100 million", "actual"),
            ("Total", 2025, 2500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1870 / 1370 - 1 = 36.50% -> 36.5
        ],
    ),
    # 27. Simplified Chinese: 算力租赁市场规模 2024年约1450亿元, GPU云租赁"占比约62%" (share, no amount), 2030年"1.1万亿元"
    #    converted to 亿元 (11000), stated "2024—2030年年均复合增长率约为41%" (rounding); a company's revenue, 约占四成,
    #    a rental price per card-hour and its quarterly fall nowhere
    dict(
        text=(
            "2025年6月，蓝岬咨询发布报告称，2024年中国算力租赁市场规模约为1450亿元，其中按卡时计费的GPU云租赁占比约62%。"
            "蓝岬预计，到2030年该市场规模将达到1.1万亿元，2024—2030年年均复合增长率约为41%。报告同时提到，某头部算力服务商"
            "去年算力租赁收入为32亿元，国产芯片集群约占四成新增订单。目前主流训练卡的租赁价格约为每卡每小时8元，今年二季度较"
            "一季度下降了约15%。"
        ),
        obs=[
            ("Total", 2024, 1450, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),  # 1.1万亿元 in the series' 亿元
        ],
        claims=[
            ("share", 62, "percent", 2024, 2024, None),
            ("cagr", 41, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (11000 / 1450) ** (1/6) - 1 = 40.18% -> 40, not 41; bounds (1.05万亿 / 1450.5) -> 39.08% to
            # (11500 / 1449.5) ** (1/6) - 1 = 41.23%; 41 reachable only within rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Simplified Chinese: 液冷市场规模 "由2021年的48亿元增长2倍至2024年的144亿元" (x3 over 3 years, no verdict),
    #    "同比增长52%" with no 2023 amount (no verdict), 2027年"有望达到420亿元"; 约占七成, kW per rack, PUE, 成员单位 nowhere
    dict(
        text=(
            "2025年9月，冷源液冷产业联盟发布年度报告称，我国数据中心液冷市场规模已由2021年的48亿元增长2倍至2024年的144亿元，"
            "2024年当年同比增长52%。报告预计，随着高密度智算集群加快落地，2027年液冷市场规模有望达到420亿元。目前冷板式方案"
            "约占七成，单机柜功率已可达到130千瓦，采用液冷后数据中心PUE可降至1.15以下。联盟现有成员单位126家。"
        ),
        obs=[
            ("Total", 2021, 48, "CNY 100 million", "actual"),
            ("Total", 2024, 144, "CNY 100 million", "actual"),
            ("Total", 2027, 420, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长2倍 between two printed amounts -> x3 (48 * 3 = 144)
            ("growth", 52, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 29. Simplified Chinese: 绿色电力交易市场规模 386亿元 "比2023年的298亿元增长27%" (contradicted), part 数据中心行业
    #    71亿元 "占比18.4%"; 个百分点, 亿千瓦时, 元/千瓦时 nowhere
    dict(
        text=(
            "2025年2月，华澄电力交易研究所发布数据显示，2024年全国绿色电力交易市场规模为386亿元，比2023年的298亿元增长27%。"
            "其中数据中心行业71亿元，占比18.4%，比重较上年提高5.2个百分点。2024年数据中心全年绿电交易电量约为540亿千瓦时，"
            "平均成交价格为0.43元/千瓦时。研究所认为，人工智能训练负荷的快速增长将继续推高绿电需求。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 298, "CNY 100 million", "actual"),
            ("数据中心行业", 2024, 71, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 18.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 386 / 298 - 1 = 29.53%; bounds 385.5 / 298.5 - 1 = 29.15% to 386.5 / 297.5 - 1 = 29.92%; 27 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 71 / 386 = 18.39% -> 18.4
        ],
    ),
    # 30. Simplified Chinese: AI数据中心建设市场规模 3260亿元 (2024) -> 8120亿元 (2029), stated "2024-2029年复合增长率为20.0%";
    #     a second publisher's 2024 figure (2980亿元) nowhere; 万千瓦, 二季度环比, a cloud firm's capex, 约一半 nowhere
    dict(
        text=(
            "2025年7月 — 智研万象咨询统计显示，2024年中国AI数据中心建设市场规模为3260亿元，预计2029年将增至8120亿元，"
            "2024-2029年复合增长率为20.0%。另一家机构北辰产业研究院则估算2024年该市场规模为2980亿元。全国在建数据中心项目"
            "总装机容量约1800万千瓦，二季度新开工项目投资额环比增长21%。某头部云厂商今年资本开支计划超过900亿元，其中约一半"
            "将投向智算集群。"
        ),
        obs=[
            ("Total", 2024, 3260, "CNY 100 million", "actual"),
            ("Total", 2029, 8120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8120 / 3260) ** (1/5) - 1 = 20.02% -> 20.0
        ],
    ),
    # 31. Traditional Chinese (Taiwan): 資料中心電源與備援設備市場 新台幣386億元 (2024) "較2023年的312億元成長23.7%",
    #     2025年"可望上看新台幣470億元"; 千億級商機, a maker's own revenue, 訪談85家 nowhere
    dict(
        text=(
            "【2025年4月 台北】瀚宇產業研究所最新調查指出，台灣資料中心電源與備援設備市場規模2024年達新台幣386億元，"
            "較2023年的312億元成長23.7%；預估2025年可望上看新台幣470億元。業界普遍認為，AI伺服器帶動的高壓直流與儲能需求"
            "將是千億級商機。電源大廠宏澤電能去年電源事業營收為新台幣1,250億元，該所此次共訪談85家業者。"
        ),
        obs=[
            ("Total", 2024, 386, "TWD 100 million", "actual"),
            ("Total", 2023, 312, "TWD 100 million", "actual"),
            ("Total", 2025, 470, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 312 - 1 = 23.72% -> 23.7
        ],
    ),
    # 32. Traditional Chinese (Hong Kong): 託管市場"去年規模約176億港元" (2024), "較2023年的158億港元增長12%" (rounding),
    #     超大規模雲端客戶"約佔55%" (share), "今年...約198億港元" (2025 estimate); 兆瓦, PUE, 個百分點, an operator's revenue nowhere
    dict(
        text=(
            "（2025年10月，香港）據灣景數據研究發表的報告，本地數據中心託管市場去年規模約176億港元，較2023年的158億港元增長"
            "12%，其中超大規模雲端客戶約佔55%。報告預計，今年市場規模將增至約198億港元。全港數據中心總容量約為750兆瓦，另有"
            "約300兆瓦正在興建，平均PUE約1.5，空置率按年下降2.3個百分點。營運商港峰數據今年上半年收入為28億港元。"
        ),
        obs=[
            ("Total", 2024, 176, "HKD 100 million", "actual"),
            ("Total", 2023, 158, "HKD 100 million", "actual"),
            ("Total", 2025, 198, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("share", 55, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 176 / 158 - 1 = 11.39% -> 11, not 12; bounds 175.5 / 158.5 - 1 = 10.73% to 176.5 / 157.5 - 1 = 12.06%
            # -> 12 reachable only within rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Traditional Chinese (Taiwan): 伺服器液冷散熱市場 新台幣95億元 (2024), 2025年"可望達新台幣168億元，年增77%",
    #     stated "2024至2028年年複合成長率為45.2%" to 422億元; kW per cabinet, a firm's quarterly revenue, 目標價 nowhere
    dict(
        text=(
            "晶川科技顧問（2025年2月）指出，台灣伺服器液冷散熱市場規模2024年約新台幣95億元，2025年在新一代AI平台放量帶動下，"
            "可望達新台幣168億元，年增77%。該顧問預估，2024至2028年年複合成長率為45.2%，2028年市場規模將達新台幣422億元。"
            "目前單櫃功耗已突破120kW，散熱廠永霖科技第三季營收為新台幣58億元，外資則將其目標價調升至新台幣1,200元。"
        ),
        obs=[
            ("Total", 2024, 95, "TWD 100 million", "actual"),
            ("Total", 2025, 168, "TWD 100 million", "estimate"),
            ("Total", 2028, 422, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 77, "percent", 2024, 2025, 1.0),
            ("cagr", 45.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 168 / 95 - 1 = 76.84% -> 77
            ("cagr|implied", "exact"),  # (422 / 95) ** (1/4) - 1 = 45.18% -> 45.2
        ],
    ),
    # 34. Simplified Chinese: series opens in 万亿元 -> "CNY trillion": 1.35万亿元 (2024), 1.14万亿元 (2023), "同比增长18%",
    #     2026年"19800亿元" converted to 1.98; part 智算中心 4860亿元 (its own series, 亿元) "占比36%"; compute growth 74%,
    #     亿千瓦时 and a 1.7% share of electricity use nowhere
    dict(
        text=(
            "2025年5月，华衡研究院测算，2024年我国算力基础设施（含智算中心、通用数据中心及配套供电）投资规模达1.35万亿元，"
            "2023年为1.14万亿元，同比增长18%。其中智算中心4860亿元，占比36%。研究院预计，2026年该投资规模将达到19800亿元。"
            "同期全国智能算力规模同比增长74%，数据中心用电量约1660亿千瓦时，占全社会用电量的1.7%。"
        ),
        obs=[
            ("Total", 2024, 1.35, "CNY trillion", "actual"),
            ("Total", 2023, 1.14, "CNY trillion", "actual"),
            ("Total", 2026, 1.98, "CNY trillion", "estimate"),  # 19800亿元 in the series' 万亿元
            ("智算中心", 2024, 4860, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.35 / 1.14 - 1 = 18.42% -> 18
            ("arithmetic", "exact"),  # 4860 / 13500 = 36.00% -> 36
        ],
    ),
    # 35. English pipe table: US AI data-centre construction spending by segment, USD billion, 2023/2024/2025E with a
    #     Total row (2025E total off by rounding); prose "rose 36.3% in 2024"; table number, percentage point, kW nowhere
    dict(
        text=(
            "Marlow & Finch Infrastructure Advisory, US AI data-centre build-out, March 2025. Table 3: Construction "
            "spending by segment (USD billion; 2025E = estimate)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Shell and core | 14.2 | 18.9 | 24.1 |\n"
            "| Electrical systems | 9.8 | 13.6 | 18.3 |\n"
            "| Cooling systems | 5.1 | 7.4 | 10.6 |\n"
            "| Other fit-out | 2.3 | 2.9 | 3.5 |\n"
            "| Total | 31.4 | 42.8 | 56.6 |\n"
            "\n"
            "Total spending rose 36.3% in 2024; cooling's slice of the total widened by about 1 percentage point as "
            "rack densities passed 80 kW."
        ),
        obs=[
            ("Shell and core", 2023, 14.2, "USD billion", "actual"),
            ("Shell and core", 2024, 18.9, "USD billion", "actual"),
            ("Shell and core", 2025, 24.1, "USD billion", "estimate"),
            ("Electrical systems", 2023, 9.8, "USD billion", "actual"),
            ("Electrical systems", 2024, 13.6, "USD billion", "actual"),
            ("Electrical systems", 2025, 18.3, "USD billion", "estimate"),
            ("Cooling systems", 2023, 5.1, "USD billion", "actual"),
            ("Cooling systems", 2024, 7.4, "USD billion", "actual"),
            ("Cooling systems", 2025, 10.6, "USD billion", "estimate"),
            ("Other fit-out", 2023, 2.3, "USD billion", "actual"),
            ("Other fit-out", 2024, 2.9, "USD billion", "actual"),
            ("Other fit-out", 2025, 3.5, "USD billion", "estimate"),
            ("Total", 2023, 31.4, "USD billion", "actual"),
            ("Total", 2024, 42.8, "USD billion", "actual"),
            ("Total", 2025, 56.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 36.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 9.8 + 5.1 + 2.3 = 31.4
            ("hierarchy", "exact"),  # 2024: 18.9 + 13.6 + 7.4 + 2.9 = 42.8
            ("hierarchy", "rounding"),  # 2025E: 24.1 + 18.3 + 10.6 + 3.5 = 56.5 vs 56.6; bounds 56.3-56.7 (4 x 0.05)
            ("cagr|implied", "exact"),  # 42.8 / 31.4 - 1 = 36.31% -> 36.3
        ],
    ),
    # 36. Simplified Chinese tab-separated table: 液冷市场规模 by segment (亿元), 2023年/2024年/2025年E, 合计 row; prose
    #     "同比增长67.7%" and 冷板式液冷 "占比74.3%"; report and table numbers, 渗透率 nowhere
    dict(
        text=(
            "锐思咨询《2025液冷产业报告》表2-4　中国数据中心液冷市场规模（单位：亿元）\n"
            "细分\t2023年\t2024年\t2025年E\n"
            "冷板式液冷\t58.6\t98.3\t152.0\n"
            "浸没式液冷\t17.2\t29.4\t51.7\n"
            "喷淋式及其他\t3.1\t4.6\t7.9\n"
            "合计\t78.9\t132.3\t211.6\n"
            "2024年合计规模同比增长67.7%，冷板式液冷占比74.3%；当前液冷在新建智算中心中的渗透率约为35%。"
        ),
        obs=[
            ("冷板式液冷", 2023, 58.6, "CNY 100 million", "actual"),
            ("冷板式液冷", 2024, 98.3, "CNY 100 million", "actual"),
            ("冷板式液冷", 2025, 152.0, "CNY 100 million", "estimate"),
            ("浸没式液冷", 2023, 17.2, "CNY 100 million", "actual"),
            ("浸没式液冷", 2024, 29.4, "CNY 100 million", "actual"),
            ("浸没式液冷", 2025, 51.7, "CNY 100 million", "estimate"),
            ("喷淋式及其他", 2023, 3.1, "CNY 100 million", "actual"),
            ("喷淋式及其他", 2024, 4.6, "CNY 100 million", "actual"),
            ("喷淋式及其他", 2025, 7.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 78.9, "CNY 100 million", "actual"),
            ("合计", 2024, 132.3, "CNY 100 million", "actual"),
            ("合计", 2025, 211.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 67.7, "percent", 2023, 2024, 1.0),
            ("share", 74.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.6 + 17.2 + 3.1 = 78.9
            ("hierarchy", "exact"),  # 2024: 98.3 + 29.4 + 4.6 = 132.3
            ("hierarchy", "exact"),  # 2025E: 152.0 + 51.7 + 7.9 = 211.6
            ("cagr|implied", "exact"),  # 132.3 / 78.9 - 1 = 67.68% -> 67.7
            ("arithmetic", "exact"),  # 98.3 / 132.3 = 74.30% -> 74.3
        ],
    ),
    # 37. English space-aligned tables: capacity under construction in MW (nowhere) beside construction spending in
    #     USD million (observed), 2024 and 2025F; the 2025F spending total contradicts its rows; $ per MW, GW nowhere
    dict(
        text=(
            "Brennan Valley Power Cooperative — Large-Load Outlook, March 2025\n"
            "\n"
            "Data-centre capacity under construction (MW)\n"
            "Segment                  2024     2025F\n"
            "Hyperscale self-build    1,240    1,610\n"
            "Wholesale colocation       420      580\n"
            "Retail colocation           95      110\n"
            "Total                    1,755    2,300\n"
            "\n"
            "Data-centre construction spending (USD million)\n"
            "Segment                  2024     2025F\n"
            "Hyperscale self-build   11,160   14,810\n"
            "Wholesale colocation     3,570    5,040\n"
            "Retail colocation          905    1,060\n"
            "Total                   15,635   21,190\n"
            "\n"
            "Average build cost works out at roughly $9 million per MW; the cooperative's peak load forecast rises "
            "to 6.8 GW."
        ),
        obs=[
            ("Hyperscale self-build", 2024, 11160, "USD million", "actual"),
            ("Hyperscale self-build", 2025, 14810, "USD million", "estimate"),
            ("Wholesale colocation", 2024, 3570, "USD million", "actual"),
            ("Wholesale colocation", 2025, 5040, "USD million", "estimate"),
            ("Retail colocation", 2024, 905, "USD million", "actual"),
            ("Retail colocation", 2025, 1060, "USD million", "estimate"),
            ("Total", 2024, 15635, "USD million", "actual"),
            ("Total", 2025, 21190, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 11,160 + 3,570 + 905 = 15,635
            # 2025F: 14,810 + 5,040 + 1,060 = 20,910 vs 21,190; bounds 20,908.5-20,911.5 (3 x 0.5); printed outside
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 38. Simplified Chinese vertical pipe table: rows are years, lone value column headed "亿元" (-> Total), a 同比
    #     column (2023's 55.0% only within rounding); title years, 63家 and the note nowhere
    dict(
        text=(
            "表5　中国算力租赁市场规模及增速（2021—2025E）\n"
            "| 年份 | 亿元 | 同比 |\n"
            "| --- | --- | --- |\n"
            "| 2021 | 262 | — |\n"
            "| 2022 | 385 | 46.9% |\n"
            "| 2023 | 596 | 55.0% |\n"
            "| 2024 | 1012 | 69.8% |\n"
            "| 2025E | 1540 | 52.2% |\n"
            "资料来源：恒屹智库，2025年8月。注：2025年为预测值；统计口径覆盖63家算力服务商，不含自建自用算力。"
        ),
        obs=[
            ("Total", 2021, 262, "CNY 100 million", "actual"),
            ("Total", 2022, 385, "CNY 100 million", "actual"),
            ("Total", 2023, 596, "CNY 100 million", "actual"),
            ("Total", 2024, 1012, "CNY 100 million", "actual"),
            ("Total", 2025, 1540, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46.9, "percent", 2021, 2022, 1.0),
            ("growth", 55.0, "percent", 2022, 2023, 1.0),
            ("growth", 69.8, "percent", 2023, 2024, 1.0),
            ("growth", 52.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 385 / 262 - 1 = 46.95% -> 46.9
            # 596 / 385 - 1 = 54.81% -> 54.8, not 55.0; bounds 595.5 / 385.5 - 1 = 54.47% to
            # 616.5 / 384.5 - 1 = 55.14% -> 55.0 reachable only within rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1012 / 596 - 1 = 69.80% -> 69.8
            ("cagr|implied", "exact"),  # 1540 / 1012 - 1 = 52.17% -> 52.2
        ],
    ),
    # 39. English vertical space-aligned table: lone column headed "USD million" (-> Total), 2022-2024 and 2027F;
    #     prose "grew 82% in 2024" and "2024-2027 CAGR at 34.0%"; table number, GPU count, $/GPU-hour, Q4 revenue nowhere
    dict(
        text=(
            "Tanjong Analytics, Southeast Asia GPU-cloud rental outlook (published 20 January 2025), Table 7\n"
            "Year      USD million\n"
            "2022         1,840\n"
            "2023         3,310\n"
            "2024         6,020\n"
            "2027F       14,500\n"
            "The market grew 82% in 2024 alone, and Tanjong puts the 2024-2027 CAGR at 34.0%. Installed rental GPUs in "
            "the region passed 210,000 units, with on-demand rates averaging $2.10 per GPU-hour; fourth-quarter "
            "revenue alone came to $1.9 billion."
        ),
        obs=[
            ("Total", 2022, 1840, "USD million", "actual"),
            ("Total", 2023, 3310, "USD million", "actual"),
            ("Total", 2024, 6020, "USD million", "actual"),
            ("Total", 2027, 14500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 82, "percent", 2023, 2024, 1.0),
            ("cagr", 34.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6020 / 3310 - 1 = 81.87% -> 82
            ("cagr|implied", "exact"),  # (14500 / 6020) ** (1/3) - 1 = 34.05% -> 34.0
        ],
    ),
    # 40. Traditional Chinese pipe table: 資料中心建置支出結構 (新台幣億元), 2024年 with 占比 column and 2025年(F), 合計 row;
    #     four shares checked against their parts; the 100% total and a cloud firm's own capex nowhere
    dict(
        text=(
            "曜辰產業研究（2025年5月）：台灣資料中心建置支出結構（單位：新台幣億元）\n"
            "| 項目 | 2024年 | 占比 | 2025年(F) |\n"
            "| --- | --- | --- | --- |\n"
            "| 機房土建 | 412 | 38.2% | 468 |\n"
            "| 電力與不斷電系統 | 298 | 27.6% | 361 |\n"
            "| 冷卻系統 | 236 | 21.9% | 305 |\n"
            "| 網路與布線 | 133 | 12.3% | 150 |\n"
            "| 合計 | 1,079 | 100% | 1,284 |\n"
            "註：不含台電輸配電投資。另據業者透露，雲端業者華峰科技2025年自有資本支出預計為新台幣320億元。"
        ),
        obs=[
            ("機房土建", 2024, 412, "TWD 100 million", "actual"),
            ("機房土建", 2025, 468, "TWD 100 million", "estimate"),
            ("電力與不斷電系統", 2024, 298, "TWD 100 million", "actual"),
            ("電力與不斷電系統", 2025, 361, "TWD 100 million", "estimate"),
            ("冷卻系統", 2024, 236, "TWD 100 million", "actual"),
            ("冷卻系統", 2025, 305, "TWD 100 million", "estimate"),
            ("網路與布線", 2024, 133, "TWD 100 million", "actual"),
            ("網路與布線", 2025, 150, "TWD 100 million", "estimate"),
            ("合計", 2024, 1079, "TWD 100 million", "actual"),
            ("合計", 2025, 1284, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 21.9, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 1079 = 38.18% -> 38.2
            ("arithmetic", "exact"),  # 298 / 1079 = 27.62% -> 27.6
            ("arithmetic", "exact"),  # 236 / 1079 = 21.87% -> 21.9
            ("arithmetic", "exact"),  # 133 / 1079 = 12.33% -> 12.3
            ("hierarchy", "exact"),  # 2024: 412 + 298 + 236 + 133 = 1,079
            ("hierarchy", "exact"),  # 2025F: 468 + 361 + 305 + 150 = 1,284
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 6, 'rounding': 11, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 37% from',
    'a compound annual growth rate of 28.2% over 2024-2030',
    'or 66% of the 2024 total',
    'compounding at about 33% a year',
    'up 18.4% from €12.4 billion a year earlier',
    'on the £1,850 million recorded in 2023',
    'between $48 billion and $55 billion',
    'an average annual rate of 15% over fiscal 2024-2030',
    'more than fivefold',
    '11.2% more than the HK$8.41 billion of 2023',
    '同比增长63.4%',
    '较2022年增长2倍',
    '1.2万亿元',
    '新台幣1,250億元',
    '約152億港元',
    '占全国的18.6%',
    '| Total | 152.0 | 202.0 | 532.5 |',
    'All four markets\t7,410\t28.3',
    'Year     USD billion    YoY',
    '2027E    296.5     103.8     400.3',
    'a compound annual growth rate of 20.9% over 2024-2030',
    'call it roughly 30% a year compounded',
    '17% more than the £2.71 billion of 2023',
    'or 60% of the total',
    'between €14.5 billion and €15.2 billion this year',
    'more than double from its 2024 level',
    '¥1.05 trillion by fiscal 2030',
    '较2023年的1370亿元增长36.5%',
    '将达到1.1万亿元，2024—2030年年均复合增长率约为41%',
    '由2021年的48亿元增长2倍至2024年的144亿元',
    '其中数据中心行业71亿元，占比18.4%',
    '另一家机构北辰产业研究院则估算2024年该市场规模为2980亿元',
    '可望上看新台幣470億元',
    '去年規模約176億港元，較2023年的158億港元增長',
    '2024至2028年年複合成長率為45.2%',
    '投资规模达1.35万亿元',
    '| Total | 31.4 | 42.8 | 56.6 |',
    '合计\t78.9\t132.3\t211.6',
    '| 年份 | 亿元 | 同比 |',
    'Year      USD million',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 183 figures, 53 rates, 80 verdicts
#: and 2 false inconsistent
FLOORS = {"figures_found": 204, "rates_found": 54, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset108.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
