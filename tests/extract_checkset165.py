"""A hundred-and-sixty-fifth check set for the extractor, written blind: AI in mining, oil and gas: AI for seismic
interpretation and reservoir modelling, predictive maintenance of drilling rigs, pumps and haul trucks, autonomous
haulage and drilling, AI ore sorting and grade control, AI for pipeline leak detection and refinery optimisation,
sized in money by energy-technology analysts, mining and petroleum associations, oilfield-services companies' investor
decks, consultancies, brokers, resources ministries and provincial mining plans, Australian, Canadian, Chilean, Gulf,
Norwegian and Chinese research houses. Distractors a careful reader leaves out: barrels per day and tonnes of ore, oil
prices, rig counts, a miner's or oil major's own revenue or capex, reserves, the number of autonomous trucks, a
quarter's figures, the whole mining or oilfield-services market beside the AI part.

Snippets 1-20: AI in mining, oil and gas: eight English prose pieces (a Dublin report-reseller press release on AI in
oil and gas with an upstream share, a Sydney broker note on autonomous haulage and drilling in CY terms with a price
target, a Houston news article on AI seismic interpretation quoting two publishers, an oilfield-services investor day
sizing a predictive-maintenance TAM, a Riyadh research house on Gulf refinery and pipeline AI with a riyal aside and
"this year", a Tokyo research house in fiscal years and yen with an inferred-span rate, a Chilean association yearbook
with a revised prior-year figure and a later figure in another scale, a London consultancy on AI ore sorting with
"last year"/"this year" and a range); seven Chinese prose pieces (a provincial mining-AI action plan with targets and
突破, a Shanghai broker note on open-pit autonomous haulage with 增长N倍, a Taipei CNA wire in 新台幣億元, a Hong Kong paper in
億港元 with 去年/前年, a Taiwan tech-news piece quoting two research houses, a Xinhua item with a part's share and shares in
words, a year-end review with an inconsistent rate); and five tables (a markdown broker exhibit with E/F columns and a
Total row, a space-aligned table whose total is off by rounding, a tab-separated Norwegian years-as-rows table with a
unit-only value column and a YoY column, a Simplified Chinese tab table with 单位 line and 合计 row, a Traditional Chinese
markdown years-as-rows table with a 總計 column). Distractors: datelines, report titles and years,
table/exhibit/document numbers, barrels per day, tonnes of ore, coal and copper output, oil and iron-ore prices, rig
counts, company revenue, capex, margins, share targets, price targets and upside, company truck fleets and monitored
assets, a quarter's figures, counts of refineries, mines, members and respondents, whole mining-equipment and
oilfield-services markets, riyal and Australian-dollar amounts, a second publisher's figure, a superseded figure,
shares in words, a robot-substitution rate.

Snippets 21-40: AI in mining, oil and gas (seismic interpretation and reservoir modelling, predictive maintenance of
rigs, pumps and haul trucks, autonomous haulage and drilling, AI ore sorting and grade control, pipeline leak
detection, refinery optimisation). Eight English prose pieces (an oilfield-services earnings call sizing its TAM, an
Australian research abstract with a range, a forum answer with a contradicted year-on-year rate, a web article
carrying a correction, investor-day slide bullets, a Dubai research note with a second currency that the unit table
lacks, a Canadian association report, a Santiago press release), seven Chinese prose pieces (a provincial three-year
plan with a target, a Taiwanese wire story in NT dollars, a Hong Kong prospectus with a mistyped CAGR, a mainland
broker note with a price target, a Taiwanese newspaper story setting a second publisher's figure beside the first, a
Hong Kong results briefing in HK dollars with 增长N倍, a national statistics release using 去年/今年), and five tables
(markdown with a CAGR column, a tab-separated Chinese table with a share column, a space-aligned table with fiscal
years as rows and a y/y column, a tab-separated yen table with fiscal-year e columns and a multiple in its note, a
space-aligned regional table with shares of a total). Distractors a careful reader leaves out: company revenue,
margins, orders and share ambitions, rig, pump, truck and incident counts, barrels per day, tonnes of ore and copper,
oil prices, pipeline lengths, capex, quarter figures, survey answers, a price target and its upside, a riyal amount, a
corrected figure, a second publisher's figure, fractions in words, report, table, volume and document numbers.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Report-reseller press release (Dublin): base, target, stated CAGR, a part (Upstream) with share and amount.
    # Nowhere: title years 2025-2030, 47 companies, Brent US$80 a barrel, 103 million barrels per day.
    dict(
        text=(
            "DUBLIN, Feb. 4, 2025 /PRNewswire/ -- The \"Artificial Intelligence in Oil and Gas - Global Strategic "
            "Business Report 2025-2030\" report has been added to ResearchAndMarkets.com's offering. The global "
            "market for AI in oil and gas was valued at US$3.27 billion in 2024 and is projected to reach US$8.95 "
            "billion by 2030, growing at a CAGR of 18.3% from 2024 to 2030. Upstream, which covers seismic "
            "interpretation, reservoir modelling and drilling optimisation, accounted for 54.1% of 2024 revenue, or "
            "US$1.77 billion. With Brent averaging roughly US$80 a barrel last year and world oil demand near 103 "
            "million barrels per day, operators are shifting spend from new wells to squeezing more out of existing "
            "assets, the report notes. It profiles 47 companies, from national oil companies to AI start-ups."
        ),
        obs=[
            ("Total", 2024, 3.27, "USD billion", "actual"),
            ("Total", 2030, 8.95, "USD billion", "estimate"),
            ("Upstream", 2024, 1.77, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("share", 54.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.95 / 3.27) ** (1/6) - 1 = 18.27% -> 18.3
            ("arithmetic", "exact"),    # 1.77 / 3.27 = 54.13% -> 54.1
        ],
    ),
    # 2. Sydney broker note: CY24/CY23 amounts, y/y rate, CY24-29 CAGR that only a rounding reading reaches.
    # Nowhere: A$51.20 price target and 16% upside, the miner's 88 autonomous trucks, its A$ capex, iron ore US$104/t,
    # 290 Mtpa of ore.
    dict(
        text=(
            "Koorong Securities | Mining Technology | Sydney, 12 March 2025. Autonomy is no longer a Pilbara "
            "curiosity. We size the global market for autonomous haulage and autonomous drilling systems at "
            "US$2.38bn in CY24, up 21% from US$1.97bn in CY23, and forecast US$5.6bn by CY29 (CY24-29 CAGR of "
            "18.9%). Our covered miner already runs 88 autonomous trucks across 290 Mtpa of ore movement and has "
            "guided FY25 sustaining capex of A$3.4bn; with iron ore at US$104/t we see room to accelerate. We "
            "reiterate Outperform with a price target of A$51.20, implying 16% upside."
        ),
        obs=[
            ("Total", 2023, 1.97, "USD billion", "actual"),
            ("Total", 2024, 2.38, "USD billion", "actual"),
            ("Total", 2029, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 18.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 2.38 / 1.97 - 1 = 20.81% -> 21
            ("cagr|implied", "rounding"),  # (5.6 / 2.38) ** (1/5) - 1 = 18.66% -> 18.7, not 18.9;
                                           # bounds (5.55/2.385)**(1/5)-1 = 18.40% .. (5.65/2.375)**(1/5)-1 = 18.93%: 18.9 reached
        ],
    ),
    # 3. Houston news article quoting two publishers: Westbrook (base, target, rate) is the figure; Carrow & Finch's
    # $1.6 billion for 2024 is expected nowhere. "more than double" a multiple. Nowhere: 539 rigs, WTI $63,
    # SLB's second-quarter digital revenue $658 million.
    dict(
        text=(
            "HOUSTON, Sept. 9, 2025 -- Geoscientists who once spent months picking faults by hand now hand the job "
            "to neural networks. The market for AI-driven seismic interpretation and reservoir modelling software "
            "reached $1.14 billion in 2024 and should climb to $2.9 billion by 2030, a compound annual growth rate "
            "of 16.8% between 2024 and 2030, according to Westbrook Energy Analytics - more than double the 2024 figure. "
            "Rival house Carrow & Finch puts the 2024 market higher, at $1.6 billion, because it counts the cloud "
            "compute bought to run the models. The boom comes even as the U.S. rig count slipped to 539 last week "
            "and WTI hovers near $63; SLB alone booked $658 million of digital revenue in the second quarter."
        ),
        obs=[
            ("Total", 2024, 1.14, "USD billion", "actual"),
            ("Total", 2030, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("multiple", 2.0, "multiple", 2024, 2030, 6.0),  # "more than double": x2, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 1.14) ** (1/6) - 1 = 16.84% -> 16.8
        ],
    ),
    # 4. Oilfield-services investor day: the TAM is the market (Total); a part (Pressure pumping) with share.
    # Nowhere: company digital revenue $1.1 billion, 24% EBITDA margin, 20% share target, Q3 orders $310 million,
    # 3,400 monitored rigs and pump fleets.
    dict(
        text=(
            "HOUSTON, Nov. 18, 2025 -- Halvorsen Energy Services (NYSE: HVES) told investors at its 2025 Investor "
            "Day that AI-driven predictive maintenance for drilling rigs, frac pumps and compressors is a $6.4 "
            "billion total addressable market on 2024 spending, and that it expects the TAM to reach $15 billion "
            "by 2030, roughly 2.3 times its 2024 size. Pressure pumping accounts for $1.9 billion of that, or "
            "roughly 30%, Chief Digital Officer Marit Olsen said. The company, whose digital segment booked $1.1 "
            "billion of revenue in 2024 at a 24% EBITDA margin, aims to hold a 20% share of the TAM by 2028. "
            "Third-quarter digital orders came in at $310 million, and the platform now monitors 3,400 rigs and "
            "pump fleets."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2030, 15, "USD billion", "estimate"),
            ("Pressure pumping", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2024, 2030, 6.0),  # 15 / 6.4 = 2.34; no verdict
            ("share", 30, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.9 / 6.4 = 29.69% -> 30
        ],
    ),
    # 5. Riyadh research house (6 May 2025): "this year" an estimate; y/y rate only a rounding reading reaches;
    # Saudi Arabia's part in USD with share. Nowhere: SAR 1.93 billion (riyals not held), Aramco capex US$50 billion,
    # 12 million barrels per day, 38 plants, the US$38 billion GCC oilfield-services market.
    dict(
        text=(
            "RIYADH, 6 May 2025 -- Spending by Gulf oil and gas operators on AI for refinery optimisation and "
            "pipeline leak detection reached US$1.12 billion in 2024 and is expected to climb 17.5% to US$1.31 "
            "billion this year, Gulf Energy Analytics said in its annual outlook. Saudi Arabia accounted for 46% "
            "of last year's total, some US$515 million (SAR 1.93 billion), helped by a rollout across 38 "
            "processing plants. The figures are small beside the region's US$38 billion oilfield-services market "
            "or Aramco's planned capex of about US$50 billion, but the firm argues that shaving even 1% off losses "
            "on 12 million barrels per day of capacity pays for the software many times over."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2025, 1.31, "USD billion", "estimate"),
            ("Saudi Arabia", 2024, 515, "USD million", "actual"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2024, 2025, 1.0),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.31 / 1.12 - 1 = 16.96% -> 17.0, not 17.5;
                                           # bounds 1.305/1.125-1 = 16.00% .. 1.315/1.115-1 = 17.94%: 17.5 reached
            ("arithmetic", "exact"),       # 515 / 1120 = 45.98% -> 46
        ],
    ),
    # 6. Tokyo research house: fiscal years in yen; an average annual rate whose span only the amounts' years give
    # (inferred). Nowhere: 22 refineries, 3.1 million barrels per day, the April-June ¥4.9 billion orders.
    dict(
        text=(
            "TOKYO, July 22, 2025 -- Kanda Industrial Research estimates that Japan's market for AI-based "
            "operations optimisation at oil refineries and petrochemical complexes reached ¥18.4 billion in fiscal "
            "2024 (the year ended March 2025), up 12.2% from ¥16.4 billion in fiscal 2023. The firm forecasts "
            "¥20.5 billion for fiscal 2025 and ¥31.0 billion by fiscal 2030, an average annual growth of 9.1%, as "
            "refiners facing shrinking domestic fuel demand automate unit scheduling and furnace control. Its "
            "survey covered 22 refineries with combined crude distillation capacity of about 3.1 million barrels "
            "per day; orders booked in April-June alone came to ¥4.9 billion."
        ),
        obs=[
            ("Total", 2023, 16.4, "JPY billion", "actual"),
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2025, 20.5, "JPY billion", "estimate"),
            ("Total", 2030, 31.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.2, "percent", 2023, 2024, 1.0),
            ("cagr", 9.1, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.4 / 16.4 - 1 = 12.20% -> 12.2
            ("cagr|period", "exact"),   # (31.0 / 18.4) ** (1/6) - 1 = 9.08% -> 9.1
        ],
    ),
    # 7. Chilean association yearbook: revised 2023 figure (US$352 million) is the figure, the superseded US$318
    # million nowhere; "US$1.1 billion" by 2030 expected in the series' unit (1100 USD million); a part with share.
    # Nowhere: Anuario 2025, 64 member companies, 5.5 million tonnes of copper, Codelco capex US$4.5 billion.
    dict(
        text=(
            "SANTIAGO, April 2025 -- Chilean copper producers spent US$436 million on artificial intelligence for "
            "ore sorting, grade control and process control in 2024, according to the Anuario 2025 of the "
            "Asociación Chilena de Tecnología Minera, which groups 64 member companies. That was 23.9% more than "
            "the revised US$352 million for 2023 (last year's edition had put it at US$318 million before "
            "late-reporting members were added). Grade control alone took US$151 million, or 34.6% of the total. "
            "The association projects US$1.1 billion by 2030, a compound annual growth rate of 16.7% over "
            "2024-2030. Chile produced about 5.5 million tonnes of copper last year; Codelco alone plans "
            "US$4.5 billion of capex in 2025."
        ),
        obs=[
            ("Total", 2023, 352, "USD million", "actual"),
            ("Total", 2024, 436, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),  # "US$1.1 billion" in the series' unit
            ("Grade control", 2024, 151, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("share", 34.6, "percent", 2024, 2024, None),
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 436 / 352 - 1 = 23.86% -> 23.9
            ("arithmetic", "exact"),    # 151 / 436 = 34.63% -> 34.6
            ("cagr|implied", "exact"),  # (1100 / 436) ** (1/6) - 1 = 16.68% -> 16.7
        ],
    ),
    # 8. London consultancy (3 Dec 2025): "last year" 2024 actual, "this year" 2025 estimate, a 2030 range (two value
    # claims). Nowhere: the US$150 billion mining-equipment market, 1.2 billion tonnes of ore, 30% reagent saving.
    dict(
        text=(
            "LONDON, 3 December 2025 -- Sensor-based ore sorting has found its brain. Hadley Rowe Consulting "
            "estimates that miners spent $1.2 billion last year on AI ore sorting and grade-control systems and will "
            "spend about $1.4 billion this year, up about 17%. By 2030 the market could be worth between $3.1 billion "
            "and $3.8 billion, depending on how fast copper and gold producers retrofit existing plants. That is a "
            "sliver of the roughly $150 billion mining-equipment market, the consultancy notes, but the systems "
            "already screen more than 1.2 billion tonnes of ore a year, and adopters report reagent savings of up "
            "to 30%."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2025, 1.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("value", 3.1, "USD billion", 2030, 2030, None),
            ("value", 3.8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.4 / 1.2 - 1 = 16.67% -> 17
        ],
    ),
    # 9. Provincial mining-AI action plan (Simplified): targets (达到, 力争突破) are estimates; base 2024 actual;
    # 年均增速 whose span only the amounts' years give (inferred). Nowhere: 晋政办发〔2025〕21号, plan years 2025—2027,
    # 200座 mines, 30% robot-substitution rate, 13亿吨 coal.
    dict(
        text=(
            "山西省人民政府办公厅关于印发《山西省矿山智能化与人工智能应用三年行动方案（2025—2027年）》的通知"
            "（晋政办发〔2025〕21号）。……二、主要目标。2024年，全省矿山人工智能相关产业规模为126亿元。到2025年，"
            "产业规模达到165亿元；到2027年，力争突破300亿元，年均增速约34%。建成智能化煤矿200座以上，井下危险"
            "岗位机器人替代率达到30%，煤炭产量稳定在13亿吨左右。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2025, 165, "CNY 100 million", "estimate"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 126) ** (1/3) - 1 = 33.53% -> 34
        ],
    ),
    # 10. Broker note (Simplified): 较2021年增长3倍 is x3; stated CAGR only a rounding reading reaches; a part with share.
    # Nowhere: 目标价38.5元 and 27% upside, the company's 21.3亿元 revenue, its 600+ trucks, 48% gross margin.
    dict(
        text=(
            "【东岳证券·机械设备】露天矿无人驾驶深度报告（2025年4月15日）：我们测算，2024年我国露天矿无人驾驶"
            "（含线控矿卡改装、自动驾驶系统及云端调度）市场规模约42.6亿元，较2021年的10.7亿元增长3倍；预计"
            "2027年将达到158亿元，2024—2027年复合增速55.0%。其中，软件与算法解决方案16.2亿元，占比38.0%。"
            "重点推荐某矿山自动驾驶公司：公司2024年营收21.3亿元，毛利率48%，在运营无人驾驶矿卡超过600台；"
            "维持“买入”评级，目标价38.5元，较现价有27%上行空间。"
        ),
        obs=[
            ("Total", 2021, 10.7, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("Total", 2027, 158, "CNY 100 million", "estimate"),
            ("软件与算法解决方案", 2024, 16.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长3倍 keeps 3; no verdict
            ("cagr", 55.0, "percent", 2024, 2027, None, "stated"),
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (158 / 42.6) ** (1/3) - 1 = 54.79% -> 54.8, not 55.0;
                                           # bounds (157.5/42.65)**(1/3)-1 = 54.57% .. (158.5/42.55)**(1/3)-1 = 55.02%: 55.0 reached
            ("arithmetic", "exact"),       # 16.2 / 42.6 = 38.03% -> 38.0
        ],
    ),
    # 11. Taipei CNA wire (Traditional): 新台幣億元; 今年 an estimate; 可望突破 an approximate estimate at its figure.
    # Nowhere: white-paper title year 2025, 127 firms surveyed, 100萬桶 a day, 台塑化 revenue.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年8月12日電）台灣能源科技研究院今天發布「2025石化產業AI應用白皮書」指出，"
            "國內煉油及石化業導入AI製程優化、管線洩漏偵測與設備預測性維護的市場規模，2024年達新台幣38.5億元，"
            "較2023年的32.4億元成長18.8%；預估今年可達45.6億元，2028年可望突破80億元，2024至2028年複合成長率"
            "約20%。白皮書調查127家業者，國內煉油廠日煉量合計約100萬桶；台塑化去年營收逾新台幣7000億元，"
            "但AI相關支出占比仍低。"
        ),
        obs=[
            ("Total", 2023, 32.4, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2025, 45.6, "TWD 100 million", "estimate"),
            ("Total", 2028, 80, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 32.4 - 1 = 18.83% -> 18.8
            ("cagr|implied", "exact"),  # (80 / 38.5) ** (1/4) - 1 = 20.06% -> 20
        ],
    ),
    # 12. Hong Kong paper (Traditional), dateline 2025: 去年 = 2024, 前年 = 2023; 億港元; y/y rate only a rounding
    # reading reaches; a part (煤氣管網) with share. Nowhere: 3,700公里 of pipes, the Q3 tenders 6,800萬港元.
    dict(
        text=(
            "【本報訊】（2025年10月21日）本地智庫「港灣能源研究所」昨日發表報告，估計香港煤氣管網、航空燃油管道及"
            "油庫的人工智能洩漏偵測與預測性維護市場，去年規模約3.2億港元，按年增長19.6%（前年為2.7億港元）；報告"
            "預測2029年可達7.5億港元，2024至2029年複合年增長率約18.6%。其中煤氣管網佔約45%，即1.44億港元。報告"
            "又指，本港現有氣體管道約3,700公里，今年第三季相關招標金額約6,800萬港元。"
        ),
        obs=[
            ("Total", 2023, 2.7, "HKD 100 million", "actual"),
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2029, 7.5, "HKD 100 million", "estimate"),
            ("煤氣管網", 2024, 1.44, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 3.2 / 2.7 - 1 = 18.52% -> 18.5, not 19.6;
                                           # bounds 3.15/2.75-1 = 14.55% .. 3.25/2.65-1 = 22.64%: 19.6 reached
            ("cagr|implied", "exact"),     # (7.5 / 3.2) ** (1/5) - 1 = 18.57% -> 18.6
            ("arithmetic", "exact"),       # 1.44 / 3.2 = 45.00% -> 45
        ],
    ),
    # 13. Taiwan tech news (Traditional) quoting two research houses: the first (base, target, rate) is the figure;
    # Southern Cross Insights' 34億美元 for 2024 is expected nowhere. The printed CAGR is a typo the amounts contradict
    # (meant to be inconsistent). Nowhere: 1,500億美元 mining-equipment market, 必和必拓's 500-plus trucks.
    dict(
        text=(
            "【科技新報 2025年3月5日】全球礦業正加速導入AI。亞太產業情報中心最新報告估計，全球採礦業AI市場規模"
            "2024年為28.6億美元，2030年將達89.5億美元，2024至2030年年複合成長率23.4%。澳洲研究機構Southern "
            "Cross Insights則估2024年規模為34億美元，差異主要來自是否納入自動駕駛礦卡硬體。相較之下，全球礦業"
            "設備市場約1,500億美元；必和必拓旗下礦區已有逾500輛自動駕駛卡車運轉。"
        ),
        obs=[
            ("Total", 2024, 28.6, "USD 100 million", "actual"),
            ("Total", 2030, 89.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (89.5 / 28.6) ** (1/6) - 1 = 20.94%; bounds (89.45/28.65)**(1/6)-1
                                               # = 20.90% .. (89.55/28.55)**(1/6)-1 = 20.99%: 23.4 not reached
        ],
    ),
    # 14. Xinhua item (Simplified): y/y rate with both amounts; a part with share. Nowhere: report year (2025),
    # 约四分之一 and 两成 (shares in words), 2.13亿吨 crude, 2464亿立方米 gas.
    dict(
        text=(
            "新华社北京2025年6月18日电 记者从18日在京发布的《中国油气人工智能发展报告（2025）》获悉，2024年我国"
            "油气行业人工智能应用市场规模达86.4亿元，比上年的69.5亿元增长24.3%。其中，地震解释与油藏建模27.2"
            "亿元，占31.5%，是最大的细分领域；钻井与压裂智能优化、管道泄漏智能监测分别约占四分之一和两成。报告"
            "显示，2024年我国原油产量2.13亿吨，天然气产量2464亿立方米，增储上产对智能化提出更高要求。"
        ),
        obs=[
            ("Total", 2023, 69.5, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("地震解释与油藏建模", 2024, 27.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 31.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 69.5 - 1 = 24.32% -> 24.3
            ("arithmetic", "exact"),    # 27.2 / 86.4 = 31.48% -> 31.5
        ],
    ),
    # 15. Year-end review (Simplified, 26 Dec 2025): 预计 2025 an estimate; the stated y/y rate contradicts its amounts
    # (meant to be inconsistent, a rebased base year); 与2020年相比增长4倍 is x4. Nowhere: 1,900余个 faces, 47亿吨 coal.
    dict(
        text=(
            "年终盘点｜2025，智能矿山的AI之年（《矿业周刊》2025年12月26日）据中国矿业人工智能产业联盟统计，预计"
            "2025年全国矿山人工智能市场规模约215亿元，同比增长31.6%，2024年为182亿元；与2020年相比增长4倍。"
            "这一年，全国已建成智能化采煤工作面1,900余个，煤炭产量预计达47亿吨，AI选矿、品位控制和设备预测性"
            "维护从试点走向规模化。"
        ),
        obs=[
            ("Total", 2024, 182, "CNY 100 million", "actual"),
            ("Total", 2025, 215, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2024, 2025, 1.0),
            ("multiple", 4, "multiple", 2020, 2025, 5.0),  # 增长4倍 keeps 4; no verdict
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 215 / 182 - 1 = 18.13%; bounds 214.5/182.5-1 = 17.53% ..
                                               # 215.5/181.5-1 = 18.73%: 31.6 not reached
        ],
    ),
    # 16. Markdown broker exhibit, years as columns with E/F, a Total row; a stated CAGR in the note.
    # Nowhere: exhibit number 7, the note date.
    dict(
        text=(
            "Exhibit 7: Global AI in upstream oil & gas, by application (US$ million)\n"
            "| Application | 2023 | 2024 | 2025E | 2026E | 2027F |\n"
            "|---|---|---|---|---|---|\n"
            "| Seismic interpretation & reservoir modelling | 412 | 486 | 571 | 668 | 779 |\n"
            "| Drilling optimisation & autonomous drilling | 268 | 331 | 405 | 492 | 596 |\n"
            "| Predictive maintenance | 355 | 420 | 498 | 590 | 702 |\n"
            "| Production optimisation | 190 | 224 | 263 | 309 | 362 |\n"
            "| Total | 1,225 | 1,461 | 1,737 | 2,059 | 2,439 |\n"
            "Source: Company data, Harbourside Capital estimates (note dated 9 June 2025). E = estimate, "
            "F = forecast. 2024-27F CAGR: 18.6%."
        ),
        obs=[
            ("Seismic interpretation & reservoir modelling", 2023, 412, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2024, 486, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2025, 571, "USD million", "estimate"),
            ("Seismic interpretation & reservoir modelling", 2026, 668, "USD million", "estimate"),
            ("Seismic interpretation & reservoir modelling", 2027, 779, "USD million", "estimate"),
            ("Drilling optimisation & autonomous drilling", 2023, 268, "USD million", "actual"),
            ("Drilling optimisation & autonomous drilling", 2024, 331, "USD million", "actual"),
            ("Drilling optimisation & autonomous drilling", 2025, 405, "USD million", "estimate"),
            ("Drilling optimisation & autonomous drilling", 2026, 492, "USD million", "estimate"),
            ("Drilling optimisation & autonomous drilling", 2027, 596, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 355, "USD million", "actual"),
            ("Predictive maintenance", 2024, 420, "USD million", "actual"),
            ("Predictive maintenance", 2025, 498, "USD million", "estimate"),
            ("Predictive maintenance", 2026, 590, "USD million", "estimate"),
            ("Predictive maintenance", 2027, 702, "USD million", "estimate"),
            ("Production optimisation", 2023, 190, "USD million", "actual"),
            ("Production optimisation", 2024, 224, "USD million", "actual"),
            ("Production optimisation", 2025, 263, "USD million", "estimate"),
            ("Production optimisation", 2026, 309, "USD million", "estimate"),
            ("Production optimisation", 2027, 362, "USD million", "estimate"),
            ("Total", 2023, 1225, "USD million", "actual"),
            ("Total", 2024, 1461, "USD million", "actual"),
            ("Total", 2025, 1737, "USD million", "estimate"),
            ("Total", 2026, 2059, "USD million", "estimate"),
            ("Total", 2027, 2439, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2439 / 1461) ** (1/3) - 1 = 18.63% -> 18.6
            ("hierarchy", "exact"),     # 2023: 412 + 268 + 355 + 190 = 1225
            ("hierarchy", "exact"),     # 2024: 486 + 331 + 420 + 224 = 1461
            ("hierarchy", "exact"),     # 2025E: 571 + 405 + 498 + 263 = 1737
            ("hierarchy", "exact"),     # 2026E: 668 + 492 + 590 + 309 = 2059
            ("hierarchy", "exact"),     # 2027F: 779 + 596 + 702 + 362 = 2439
        ],
    ),
    # 17. Space-aligned table (US$ billion) with E/F columns and a Total row; 2024's rows add to 4.4 against a
    # printed 4.5 (rounding); stated CAGR in the note. Nowhere: table number 3, the report date.
    dict(
        text=(
            "Table 3  Global spending on AI in mining, by application (US$ billion)\n"
            "\n"
            "Application                      2023   2024   2025E   2030F\n"
            "Autonomous haulage & drilling     1.6    1.9    2.3     4.1\n"
            "Ore sorting & grade control       0.7    0.9    1.1     2.6\n"
            "Predictive maintenance            0.9    1.1    1.3     2.9\n"
            "Exploration & geoscience AI       0.4    0.5    0.6     1.4\n"
            "Total                             3.6    4.5    5.3    11.0\n"
            "\n"
            "Source: Karri Resources Research, March 2025. E = estimate, F = forecast. Totals may not add due to "
            "rounding. 2024-2030F CAGR: 16.1%."
        ),
        obs=[
            ("Autonomous haulage & drilling", 2023, 1.6, "USD billion", "actual"),
            ("Autonomous haulage & drilling", 2024, 1.9, "USD billion", "actual"),
            ("Autonomous haulage & drilling", 2025, 2.3, "USD billion", "estimate"),
            ("Autonomous haulage & drilling", 2030, 4.1, "USD billion", "estimate"),
            ("Ore sorting & grade control", 2023, 0.7, "USD billion", "actual"),
            ("Ore sorting & grade control", 2024, 0.9, "USD billion", "actual"),
            ("Ore sorting & grade control", 2025, 1.1, "USD billion", "estimate"),
            ("Ore sorting & grade control", 2030, 2.6, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 0.9, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 1.1, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 1.3, "USD billion", "estimate"),
            ("Predictive maintenance", 2030, 2.9, "USD billion", "estimate"),
            ("Exploration & geoscience AI", 2023, 0.4, "USD billion", "actual"),
            ("Exploration & geoscience AI", 2024, 0.5, "USD billion", "actual"),
            ("Exploration & geoscience AI", 2025, 0.6, "USD billion", "estimate"),
            ("Exploration & geoscience AI", 2030, 1.4, "USD billion", "estimate"),
            ("Total", 2023, 3.6, "USD billion", "actual"),
            ("Total", 2024, 4.5, "USD billion", "actual"),
            ("Total", 2025, 5.3, "USD billion", "estimate"),
            ("Total", 2030, 11.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.0 / 4.5) ** (1/6) - 1 = 16.06% -> 16.1
            ("hierarchy", "exact"),     # 2023: 1.6 + 0.7 + 0.9 + 0.4 = 3.6
            ("hierarchy", "rounding"),  # 2024: 1.9 + 0.9 + 1.1 + 0.5 = 4.4, printed 4.5; rows at +/-0.05 each give
                                        # 4.2 .. 4.6, total 4.45 .. 4.55: reached
            ("hierarchy", "exact"),     # 2025E: 2.3 + 1.1 + 1.3 + 0.6 = 5.3
            ("hierarchy", "exact"),     # 2030F: 4.1 + 2.6 + 2.9 + 1.4 = 11.0
        ],
    ),
    # 18. Tab-separated Norwegian table, years as rows; the lone value column headed by its unit only is Total;
    # the YoY column gives year-on-year rates. Nowhere: the outlook's title year, the publication date.
    dict(
        text=(
            "North Sea offshore oil and gas: spending on AI for seismic, reservoir, maintenance and leak detection\n"
            "Year\tEUR million\tYoY\n"
            "2021\t212\t-\n"
            "2022\t251\t18%\n"
            "2023\t302\t20%\n"
            "2024\t356\t18%\n"
            "2025F\t418\t17%\n"
            "Source: Fjordline Energy Research, North Sea Digital Outlook 2025 (published 14 May 2025). "
            "F = forecast; Norwegian and UK continental shelves."
        ),
        obs=[
            ("Total", 2021, 212, "EUR million", "actual"),
            ("Total", 2022, 251, "EUR million", "actual"),
            ("Total", 2023, 302, "EUR million", "actual"),
            ("Total", 2024, 356, "EUR million", "actual"),
            ("Total", 2025, 418, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2021, 2022, 1.0),
            ("growth", 20, "percent", 2022, 2023, 1.0),
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 251 / 212 - 1 = 18.40% -> 18
            ("cagr|implied", "exact"),  # 302 / 251 - 1 = 20.32% -> 20
            ("cagr|implied", "exact"),  # 356 / 302 - 1 = 17.88% -> 18
            ("cagr|implied", "exact"),  # 418 / 356 - 1 = 17.42% -> 17
        ],
    ),
    # 19. Simplified Chinese tab table: 单位 line, years as columns with E, a 合计 row (its label is its item);
    # stated CAGR in the note. Nowhere: 表4, the source's date.
    dict(
        text=(
            "表4  我国矿山人工智能市场规模（按应用）\n"
            "单位：亿元\n"
            "应用\t2023\t2024\t2025E\t2026E\n"
            "智能选矿与品位控制\t18.6\t24.3\t31.2\t39.5\n"
            "无人驾驶与远程操控\t22.4\t29.8\t38.1\t48.6\n"
            "设备预测性维护\t15.2\t19.6\t24.9\t31.0\n"
            "安全监测与预警\t11.3\t13.9\t16.8\t20.4\n"
            "合计\t67.5\t87.6\t111.0\t139.5\n"
            "注：2025E、2026E为预测值；2024—2026E年均复合增速26.2%。资料来源：华矿智库，2025年5月。"
        ),
        obs=[
            ("智能选矿与品位控制", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能选矿与品位控制", 2024, 24.3, "CNY 100 million", "actual"),
            ("智能选矿与品位控制", 2025, 31.2, "CNY 100 million", "estimate"),
            ("智能选矿与品位控制", 2026, 39.5, "CNY 100 million", "estimate"),
            ("无人驾驶与远程操控", 2023, 22.4, "CNY 100 million", "actual"),
            ("无人驾驶与远程操控", 2024, 29.8, "CNY 100 million", "actual"),
            ("无人驾驶与远程操控", 2025, 38.1, "CNY 100 million", "estimate"),
            ("无人驾驶与远程操控", 2026, 48.6, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2023, 15.2, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 19.6, "CNY 100 million", "actual"),
            ("设备预测性维护", 2025, 24.9, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2026, 31.0, "CNY 100 million", "estimate"),
            ("安全监测与预警", 2023, 11.3, "CNY 100 million", "actual"),
            ("安全监测与预警", 2024, 13.9, "CNY 100 million", "actual"),
            ("安全监测与预警", 2025, 16.8, "CNY 100 million", "estimate"),
            ("安全监测与预警", 2026, 20.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 67.5, "CNY 100 million", "actual"),
            ("合计", 2024, 87.6, "CNY 100 million", "actual"),
            ("合计", 2025, 111.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 139.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (139.5 / 87.6) ** (1/2) - 1 = 26.19% -> 26.2
            ("hierarchy", "exact"),     # 2023: 18.6 + 22.4 + 15.2 + 11.3 = 67.5
            ("hierarchy", "exact"),     # 2024: 24.3 + 29.8 + 19.6 + 13.9 = 87.6
            ("hierarchy", "exact"),     # 2025E: 31.2 + 38.1 + 24.9 + 16.8 = 111.0
            ("hierarchy", "exact"),     # 2026E: 39.5 + 48.6 + 31.0 + 20.4 = 139.5
        ],
    ),
    # 20. Traditional Chinese markdown table, years as rows; each value column's header is its item, the 總計 column
    # too; (E)/(F) rows estimates; a stated CAGR in the note. Nowhere: 表一, the source's date.
    dict(
        text=(
            "表一　台灣油氣產業AI應用市場規模（單位：新台幣億元）\n"
            "| 年度 | 管線洩漏偵測 | 煉油製程優化 | 設備預測性維護 | 總計 |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 6.8 | 14.5 | 8.1 | 29.4 |\n"
            "| 2023 | 7.9 | 16.2 | 9.6 | 33.7 |\n"
            "| 2024 | 9.3 | 18.8 | 11.4 | 39.5 |\n"
            "| 2025(E) | 11.0 | 21.6 | 13.5 | 46.1 |\n"
            "| 2026(F) | 12.9 | 24.9 | 15.9 | 53.7 |\n"
            "註：2025年為預估值、2026年為預測值；2024至2026年複合成長率16.6%。資料來源：台灣能源科技研究院"
            "（2025年9月）。"
        ),
        obs=[
            ("管線洩漏偵測", 2022, 6.8, "TWD 100 million", "actual"),
            ("管線洩漏偵測", 2023, 7.9, "TWD 100 million", "actual"),
            ("管線洩漏偵測", 2024, 9.3, "TWD 100 million", "actual"),
            ("管線洩漏偵測", 2025, 11.0, "TWD 100 million", "estimate"),
            ("管線洩漏偵測", 2026, 12.9, "TWD 100 million", "estimate"),
            ("煉油製程優化", 2022, 14.5, "TWD 100 million", "actual"),
            ("煉油製程優化", 2023, 16.2, "TWD 100 million", "actual"),
            ("煉油製程優化", 2024, 18.8, "TWD 100 million", "actual"),
            ("煉油製程優化", 2025, 21.6, "TWD 100 million", "estimate"),
            ("煉油製程優化", 2026, 24.9, "TWD 100 million", "estimate"),
            ("設備預測性維護", 2022, 8.1, "TWD 100 million", "actual"),
            ("設備預測性維護", 2023, 9.6, "TWD 100 million", "actual"),
            ("設備預測性維護", 2024, 11.4, "TWD 100 million", "actual"),
            ("設備預測性維護", 2025, 13.5, "TWD 100 million", "estimate"),
            ("設備預測性維護", 2026, 15.9, "TWD 100 million", "estimate"),
            ("總計", 2022, 29.4, "TWD 100 million", "actual"),
            ("總計", 2023, 33.7, "TWD 100 million", "actual"),
            ("總計", 2024, 39.5, "TWD 100 million", "actual"),
            ("總計", 2025, 46.1, "TWD 100 million", "estimate"),
            ("總計", 2026, 53.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (53.7 / 39.5) ** (1/2) - 1 = 16.60% -> 16.6
            ("hierarchy", "exact"),     # 2022: 6.8 + 14.5 + 8.1 = 29.4
            ("hierarchy", "exact"),     # 2023: 7.9 + 16.2 + 9.6 = 33.7
            ("hierarchy", "exact"),     # 2024: 9.3 + 18.8 + 11.4 = 39.5
            ("hierarchy", "exact"),     # 2025(E): 11.0 + 21.6 + 13.5 = 46.1
            ("hierarchy", "exact"),     # 2026(F): 12.9 + 24.9 + 15.9 = 53.7
        ],
    ),
    # 21. Oilfield-services earnings call: the TAM the company sizes is Total; CAGR with printed span.
    #     Nowhere: the company's own digital revenue and its 21% growth, 400 rigs, the ~$310bn OFS market, "a fifth".
    dict(
        text=(
            "Q4 2024 earnings call transcript (excerpt), 23 January 2025. Chief executive: \"Digital had a record "
            "quarter, with revenue of $688 million, up 21% year on year, and we now have more than 400 rigs running "
            "our automated drilling platform. Stepping back to the bigger picture: we size the total addressable "
            "market for AI across subsurface interpretation, drilling automation and production optimisation at "
            "roughly $7.4 billion in 2024, inside an oilfield-services market we put at about $310 billion. We expect "
            "that TAM to reach about $18 billion by 2030, a compound annual growth rate of 16% over 2024 to 2030, and "
            "our ambition is to hold at least a fifth of it.\""
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2030, 18, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18 / 7.4) ** (1 / 6) - 1 = 15.97% -> 16
        ],
    ),
    # 22. Australian research abstract: a 2023 figure, a region's share with no amount, a 2032 range (two value claims).
    #     Nowhere: volume number, 41 operations, 23 companies, 1,800 trucks, 4 billion tonnes.
    dict(
        text=(
            "Abstract. Autonomous haulage and drilling in surface mining: adoption, costs and the Australian "
            "experience (Resources Policy, vol. 92, 2024). Drawing on fleet data from 41 operations and interviews "
            "with 23 mining companies, we estimate the global market for autonomous haulage and autonomous drilling "
            "systems (software, perception and AI-based fleet control, excluding the vehicles themselves) at "
            "US$2.31 billion in 2023. Iron-ore operations in Western Australia's Pilbara accounted for 38% of that "
            "figure. Under our central and high adoption scenarios the market reaches US$5.6-6.4 billion by 2032. "
            "More than 1,800 autonomous haul trucks were in service worldwide at the end of 2023, moving an "
            "estimated 4 billion tonnes of material."
        ),
        obs=[
            ("Total", 2023, 2.31, "USD billion", "actual"),
        ],
        claims=[
            ("share", 38, "percent", 2023, 2023, None),
            ("value", 5.6, "USD billion", 2032, 2032, None),
            ("value", 6.4, "USD billion", 2032, 2032, None),
        ],
        verdicts=[],  # the share has no printed part amount; no rate
    ),
    # 23. Forum answer: a year-on-year rate the two amounts contradict (inconsistent).
    #     Nowhere: BHP's capex, 85,000 t/d, the ~25% rejected as waste (no share of the market).
    dict(
        text=(
            "Re: Is AI ore sorting a real market or just vendor hype? (posted 9 March 2025)\n"
            "It's real, just small. The number I trust (a broker note, not a vendor deck) puts AI-based ore sorting "
            "and grade control at $412M for 2024 vs $339M in 2023, so +18% YoY. For scale, BHP alone spends roughly "
            "$10bn a year on capex. The Chilean copper concentrator I visited pushes about 85,000 t/d past two "
            "sorters and rejects ~25% of the feed as waste before it ever reaches the mill, which is where the "
            "money is."
        ),
        obs=[
            ("Total", 2023, 339, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 412 / 339 - 1 = 21.53%; bounds 411.5 / 339.5 - 1 = 21.21% .. 412.5 / 338.5 - 1 = 21.86%; 18 not reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Web article with a correction: the corrected figure stands, the $640 million it replaces is nowhere;
    #     the series keeps USD million, so $1.15 billion is expected as 1150. Nowhere: kilometres, incident count.
    dict(
        text=(
            "AI leak detection for pipelines: a $604 million market\n"
            "Published 4 June 2024 | Updated 11 June 2024\n"
            "Correction (11 June): An earlier version of this article said the 2023 market was worth $640 million. "
            "The correct figure is $604 million.\n"
            "Software that uses machine learning to spot leaks, third-party intrusion and corrosion along oil, gas and "
            "refined-product pipelines generated $604 million worldwide in 2023, according to an energy-technology "
            "analyst firm. The firm forecasts $1.15 billion in 2028, a compound annual growth rate of 13.7% between "
            "2023 and 2028. The United States alone has some 3.3 million kilometres of pipelines, and regulators "
            "logged more than 500 significant incidents last year."
        ),
        obs=[
            ("Total", 2023, 604, "USD million", "actual"),
            ("Total", 2028, 1150, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.7, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1150 / 604) ** (1 / 5) - 1 = 13.74% -> 13.7
        ],
    ),
    # 25. Investor-day slide bullets: TAM is Total; a part with amount and share; a multiple; a CAGR with span.
    #     Nowhere: slide number, 1,150 pumps, 38 basins, the mid-teens share ambition.
    dict(
        text=(
            "Capital Markets Day, 4 March 2025. Slide 14: Predictive maintenance, a growing AI market\n"
            "\u2022 AI-enabled predictive maintenance for rigs, pumps & compression: TAM $3.2B (2024) -> $6.8B (2029E)\n"
            "\u2022 ~2.1x in five years; 2024-29E CAGR 16%\n"
            "\u2022 Rigs & pumps: $1.44B, 45% of 2024 TAM\n"
            "\u2022 Field-proven on 1,150 pumps across 38 basins\n"
            "\u2022 Ambition: mid-teens share by 2027"
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2029, 6.8, "USD billion", "estimate"),
            ("Rigs & pumps", 2024, 1.44, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.1, "multiple", 2024, 2029, 5.0),
            ("cagr", 16, "percent", 2024, 2029, None, "stated"),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 3.2) ** (1 / 5) - 1 = 16.27% -> 16
            ("arithmetic", "exact"),    # 1.44 / 3.2 = 45.0% -> 45
        ],
    ),
    # 26. Dubai research note: "last year" = 2024; a rate only a reading of the rounded amounts reaches (rounding);
    #     Saudi Arabia as a part with share; "this year" figure is an estimate. Nowhere: QAR amount, bpd, Brent.
    dict(
        text=(
            "DUBAI, 18 February 2025 - Spending on artificial intelligence in upstream and midstream oil and gas "
            "across the six GCC states rose 18% last year to $1.27 billion, from $1.07 billion in 2023, a "
            "Dubai-based research house said in a note. Saudi Arabia accounted for $0.58 billion, or 46% of the "
            "regional total, ahead of the UAE; Qatar's outlays on AI in LNG, put at QAR 310 million, are tracked "
            "separately. The house expects the GCC figure to pass $1.5 billion this year. Regional crude output "
            "averaged 16.4 million barrels per day in 2024, with Brent near $80."
        ),
        obs=[
            ("Total", 2023, 1.07, "USD billion", "actual"),
            ("Total", 2024, 1.27, "USD billion", "actual"),
            ("Saudi Arabia", 2024, 0.58, "USD billion", "actual"),
            ("Total", 2025, 1.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1.27 / 1.07 - 1 = 18.69% -> 19, not 18; bounds 1.265 / 1.075 - 1 = 17.67% .. 1.275 / 1.065 - 1 = 19.72%
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.58 / 1.27 = 45.67% -> 46
        ],
    ),
    # 27. Canadian association report: "nearly triple" as x3 over six years; "about 18%" a CAGR whose span only the
    #     amounts' years give (inferred, rounding); US$1.5 billion converted to the series' USD million.
    #     Nowhere: 84 operators, 61% survey answer, C$117 billion GDP, 230 trucks.
    dict(
        text=(
            "TORONTO, 6 May 2025 - Canadian mines spent US$540 million on artificial intelligence in 2024, for "
            "autonomous drilling, predictive maintenance of haul trucks and mills, and grade control, and the figure "
            "will nearly triple to US$1.5 billion by 2030, an average annual increase of about 18%, according to a "
            "report released Tuesday by a national mining association. (The association reports in U.S. dollars so "
            "its numbers can be set beside Australia's and Chile's.) Of the 84 operators surveyed, 61% said labour "
            "shortages were the main reason to automate. The mining sector contributed C$117 billion to Canada's GDP "
            "in 2023, and some 230 autonomous haul trucks now run at Canadian sites."
        ),
        obs=[
            ("Total", 2024, 540, "USD million", "actual"),
            ("Total", 2030, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (1500 / 540) ** (1 / 6) - 1 = 18.56% -> 19, not 18;
            # bounds (1450 / 540.5) ** (1 / 6) - 1 = 17.88% .. (1550 / 539.5) ** (1 / 6) - 1 = 19.23%
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Santiago press release: year-on-year rate, a segment with amount and share, a second market (Peru).
    #     Nowhere: the Q1 2025 figure, 5.3 million tonnes of copper, 27 companies.
    dict(
        text=(
            "SANTIAGO, 15 April 2025 - Chile's market for artificial intelligence in copper mining reached US$365 "
            "million in 2024, 17% more than the US$312 million of 2023, according to a study a Santiago research "
            "house released today. Predictive maintenance, covering haul trucks, crushers and mills, was the largest "
            "segment at US$131 million, 36% of the total, followed by ore sorting and grade control. Peru, the "
            "region's second market, reached US$148 million. In the first quarter of 2025 alone, Chilean spending "
            "came to US$101 million. Chile produced 5.3 million tonnes of copper last year; the study covered 27 "
            "mining companies."
        ),
        obs=[
            ("Total", 2023, 312, "USD million", "actual"),
            ("Total", 2024, 365, "USD million", "actual"),
            ("Predictive maintenance", 2024, 131, "USD million", "actual"),
            ("Peru", 2024, 148, "USD million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 365 / 312 - 1 = 16.99% -> 17
            ("arithmetic", "exact"),    # 131 / 365 = 35.89% -> 36
        ],
    ),
    # 29. Provincial three-year plan (Simplified): 力争 target is an estimate; 年均增长 with span only from amounts' years.
    #     Nowhere: title years 2024-2026, document number, 142 mines, 386 faces, 12亿吨 coal.
    dict(
        text=(
            "2024年3月，《内蒙古自治区矿山智能化建设三年行动方案（2024—2026年）》（内政办发〔2024〕18号）印发。"
            "方案显示，2023年全区矿山人工智能应用市场规模为18.6亿元，已建成智能化煤矿142座、智能化采掘工作面386个。"
            "到2026年，力争全区矿山人工智能应用市场规模达到40亿元，年均增长29%以上；"
            "煤炭产量稳定在12亿吨左右，大型露天煤矿无人驾驶矿卡实现规模化应用。"
        ),
        obs=[
            ("Total", 2023, 18.6, "CNY 100 million", "actual"),
            ("Total", 2026, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (40 / 18.6) ** (1 / 3) - 1 = 29.08% -> 29
        ],
    ),
    # 30. Taiwanese wire story (Traditional), NT dollars: a rate one decimal finer than the amounts support (rounding);
    #     突破百億元 = 100 (TWD 100 million), an estimate. Nowhere: 88萬桶, CPC's revenue 1.1兆元.
    dict(
        text=(
            "（中央社記者台北2025年1月14日電）資訊產業研究機構今天發布報告指出，2024年台灣石化與煉油業導入AI的"
            "預測性維護與製程最佳化市場規模約新台幣48.5億元，較2023年的39.2億元成長23.5%，預估2027年將突破百億元。"
            "報告指出，國內煉油廠合計日產能約88萬桶，台灣中油去年營收逾新台幣1.1兆元，AI相關支出仍屬有限。"
        ),
        obs=[
            ("Total", 2023, 39.2, "TWD 100 million", "actual"),
            ("Total", 2024, 48.5, "TWD 100 million", "actual"),
            ("Total", 2027, 100, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 48.5 / 39.2 - 1 = 23.72% -> 23.7, not 23.5; bounds 48.45 / 39.25 - 1 = 23.44% .. 48.55 / 39.15 - 1 = 24.01%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Hong Kong prospectus (Traditional): two CAGRs with printed spans; the first is a transposed-digit typo
    #     (inconsistent). Nowhere: the group's rank, its revenue 4.1億元, its 38.6% margin.
    dict(
        text=(
            "行業概覽（摘錄自招股章程，2024年6月）\n"
            "根據弗若斯特沙利文報告，中國礦山人工智能解決方案（包括智能分選、無人駕駛運輸及設備預測性維護）的市場規模"
            "由2019年的人民幣12.4億元增至2023年的人民幣58.7億元，2019年至2023年的複合年增長率為45.7%，"
            "並預計於2028年達到人民幣236.2億元，2023年至2028年的複合年增長率為32.1%。"
            "按2023年收入計，本集團在該市場排名第三；本集團2023年收入為人民幣4.1億元，毛利率為38.6%。"
        ),
        obs=[
            ("Total", 2019, 12.4, "CNY 100 million", "actual"),
            ("Total", 2023, 58.7, "CNY 100 million", "actual"),
            ("Total", 2028, 236.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 45.7, "percent", 2019, 2023, None, "stated"),
            ("cagr", 32.1, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (58.7 / 12.4) ** (1 / 4) - 1 = 47.50%; bounds (58.65 / 12.45) ** 0.25 - 1 = 47.32% ..
            # (58.75 / 12.35) ** 0.25 - 1 = 47.68%; 45.7 not reached (digits transposed)
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (236.2 / 58.7) ** (1 / 5) - 1 = 32.11% -> 32.1
        ],
    ),
    # 32. Mainland broker note (Simplified): a segment with amount and share, a CAGR with printed span.
    #     Nowhere: report date as figure, capex 5,800亿元, 不足2% of capex, price target 12.5元 and 30% upside.
    dict(
        text=(
            "【行业深度】油气勘探开发AI：从地震解释到油藏数字孪生（2025年2月18日）\n"
            "我们测算，2024年国内油气勘探开发AI市场规模约为46亿元，其中地震解释与油藏建模约19亿元，占比约41%，"
            "钻井优化与设备预测性维护次之。预计2027年市场规模有望达到98亿元，2024-2027年CAGR约29%。"
            "三大石油公司2024年合计资本开支约5,800亿元，其中数字化投入占比不足2%，提升空间可观。"
            "首次覆盖，给予“买入”评级，目标价12.5元，较现价有30%上行空间。"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("地震解释与油藏建模", 2024, 19, "CNY 100 million", "actual"),
            ("Total", 2027, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 19 / 46 = 41.30% -> 41
            ("cagr|implied", "exact"),  # (98 / 46) ** (1 / 3) - 1 = 28.67% -> 29
        ],
    ),
    # 33. Taiwanese newspaper (Traditional): 今年 = 2024 and 明年 = 2025 (dateline 2024), estimates; a second
    #     publisher's 2025 figure (9.8億元) is nowhere. Nowhere: 5,000公里, 30起 leaks.
    dict(
        text=(
            "（經濟日報／2024年8月12日）工研院產科國際所估計，國內油氣管線AI洩漏偵測與完整性監測市場規模，"
            "2023年為新台幣8.1億元，今年可望達10.1億元，明年進一步擴大至12.6億元，2023至2025年年均成長24.7%。"
            "不過，另一家外商研調機構估算，2025年該市場僅約9.8億元。全台輸油、輸氣管線總長逾5,000公里，"
            "近五年平均每年發生約30起洩漏事故。"
        ),
        obs=[
            ("Total", 2023, 8.1, "TWD 100 million", "actual"),
            ("Total", 2024, 10.1, "TWD 100 million", "estimate"),
            ("Total", 2025, 12.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.7, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 8.1) ** (1 / 2) - 1 = 24.72% -> 24.7
        ],
    ),
    # 34. Hong Kong results briefing (Traditional), HK dollars: the TAM the group sizes is Total; 增長1.5倍 keeps 1.5
    #     (780 / 312 = 2.5 times the base). Nowhere: 約佔六成 (fraction in words), revenue 42.6億港元 and its 18%,
    #     32.4% margin, 600 trucks, the first-quarter orders.
    dict(
        text=(
            "（香港，2025年3月27日）集團管理層於全年業績發布會上表示，按集團估算，全球礦山無人駕駛運輸及遠程操控的"
            "潛在市場規模去年約為312億港元，預計到2028年將擴大至約780億港元，四年間增長1.5倍，其中露天煤礦約佔六成。"
            "集團去年收入增長18%至42.6億港元，毛利率32.4%，已部署無人駕駛礦卡逾600台；今年首季新簽訂單金額達9.8億港元。"
        ),
        obs=[
            ("Total", 2024, 312, "HKD 100 million", "actual"),
            ("Total", 2028, 780, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[],  # a multiple gets no verdict
    ),
    # 35. National statistics release (Simplified): 去年 = 2024; a rate whose base is not printed (no verdict); a part
    #     with amount and share; 今年 figure an estimate. Nowhere: Q1 41亿元, 19.5万公里, 2.13亿吨.
    dict(
        text=(
            "国家能源局2025年5月发布的统计数据显示，去年我国油气行业人工智能应用市场规模达到152亿元，同比增长26.4%。"
            "分领域看，炼化优化规模37.8亿元，占24.9%；管道泄漏智能检测规模21.3亿元。今年一季度，市场规模为41亿元；"
            "初步预计，今年全年将超过190亿元。截至去年底，全国油气长输管道总里程达19.5万公里，原油产量2.13亿吨。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("炼化优化", 2024, 37.8, "CNY 100 million", "actual"),
            ("管道泄漏智能检测", 2024, 21.3, "CNY 100 million", "actual"),
            ("Total", 2025, 190, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("share", 24.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 37.8 / 152 = 24.87% -> 24.9; the 26.4% has no printed 2023 amount: no verdict
        ],
    ),
    # 36. Markdown table with a CAGR column (span printed in the header) and a total row; 2030F estimate.
    #     Nowhere: chapter and table numbers.
    dict(
        text=(
            "Energy Transition Technology Outlook, March 2025, Chapter 6\n"
            "Table 6.2 Global AI in oil and gas by application, USD million\n"
            "| Application | 2023 | 2024 | 2030F | CAGR 2024-30F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Seismic interpretation & reservoir modelling | 528 | 612 | 1,804 | 19.7% |\n"
            "| Drilling automation & predictive maintenance | 731 | 845 | 2,390 | 18.9% |\n"
            "| Pipeline leak detection & refinery optimisation | 341 | 398 | 1,306 | 21.9% |\n"
            "| Total | 1,601 | 1,855 | 5,500 | 19.9% |\n"
            "Note: 2030F = forecast. Figures are rounded independently, so rows may not add to totals. Excludes "
            "hardware and in-house R&D by national oil companies."
        ),
        obs=[
            ("Seismic interpretation & reservoir modelling", 2023, 528, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2024, 612, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2030, 1804, "USD million", "estimate"),
            ("Drilling automation & predictive maintenance", 2023, 731, "USD million", "actual"),
            ("Drilling automation & predictive maintenance", 2024, 845, "USD million", "actual"),
            ("Drilling automation & predictive maintenance", 2030, 2390, "USD million", "estimate"),
            ("Pipeline leak detection & refinery optimisation", 2023, 341, "USD million", "actual"),
            ("Pipeline leak detection & refinery optimisation", 2024, 398, "USD million", "actual"),
            ("Pipeline leak detection & refinery optimisation", 2030, 1306, "USD million", "estimate"),
            ("Total", 2023, 1601, "USD million", "actual"),
            ("Total", 2024, 1855, "USD million", "actual"),
            ("Total", 2030, 5500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1804 / 612) ** (1 / 6) - 1 = 19.74% -> 19.7
            ("cagr|implied", "exact"),  # (2390 / 845) ** (1 / 6) - 1 = 18.92% -> 18.9
            ("cagr|implied", "exact"),  # (1306 / 398) ** (1 / 6) - 1 = 21.90% -> 21.9
            ("cagr|implied", "exact"),  # (5500 / 1855) ** (1 / 6) - 1 = 19.86% -> 19.9
            # 2023: 528 + 731 + 341 = 1600 vs printed 1,601; bounds 1598.5 .. 1601.5 reach it
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2024: 612 + 845 + 398 = 1855
            ("hierarchy", "exact"),     # 2030: 1804 + 2390 + 1306 = 5500
        ],
    ),
    # 37. Tab-separated Chinese table (Simplified), years as columns, an E column and a 2023 share column; the total
    #     row's label 合计 is its item; its 100.0% is no claim. Nowhere: table number, source date.
    dict(
        text=(
            "表2  中国矿山人工智能市场细分结构（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024E\t2023年占比\n"
            "智能分选\t6.2\t8.9\t12.1\t24.1%\n"
            "无人驾驶运输\t9.8\t13.6\t18.4\t36.6%\n"
            "设备预测性维护\t7.1\t9.4\t12.3\t25.4%\n"
            "品位控制与地质建模\t3.6\t5.1\t6.9\t13.8%\n"
            "合计\t26.7\t37.0\t49.7\t100.0%\n"
            "注：2024E为预测值；占比按未经四舍五入的数据计算。资料来源：中国矿业联合会，2024年6月。"
        ),
        obs=[
            ("智能分选", 2022, 6.2, "CNY 100 million", "actual"),
            ("智能分选", 2023, 8.9, "CNY 100 million", "actual"),
            ("智能分选", 2024, 12.1, "CNY 100 million", "estimate"),
            ("无人驾驶运输", 2022, 9.8, "CNY 100 million", "actual"),
            ("无人驾驶运输", 2023, 13.6, "CNY 100 million", "actual"),
            ("无人驾驶运输", 2024, 18.4, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2022, 7.1, "CNY 100 million", "actual"),
            ("设备预测性维护", 2023, 9.4, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 12.3, "CNY 100 million", "estimate"),
            ("品位控制与地质建模", 2022, 3.6, "CNY 100 million", "actual"),
            ("品位控制与地质建模", 2023, 5.1, "CNY 100 million", "actual"),
            ("品位控制与地质建模", 2024, 6.9, "CNY 100 million", "estimate"),
            ("合计", 2022, 26.7, "CNY 100 million", "actual"),
            ("合计", 2023, 37.0, "CNY 100 million", "actual"),
            ("合计", 2024, 49.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 24.1, "percent", 2023, 2023, None),
            ("share", 36.6, "percent", 2023, 2023, None),
            ("share", 25.4, "percent", 2023, 2023, None),
            ("share", 13.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 8.9 / 37.0 = 24.05% -> 24.1
            # 13.6 / 37.0 = 36.76% -> 36.8, not 36.6; bounds 13.55 / 37.05 = 36.57% .. 13.65 / 36.95 = 36.94%
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),     # 9.4 / 37.0 = 25.41% -> 25.4
            ("arithmetic", "exact"),     # 5.1 / 37.0 = 13.78% -> 13.8
            ("hierarchy", "exact"),      # 2022: 6.2 + 9.8 + 7.1 + 3.6 = 26.7
            ("hierarchy", "exact"),      # 2023: 8.9 + 13.6 + 9.4 + 5.1 = 37.0
            ("hierarchy", "exact"),      # 2024E: 12.1 + 18.4 + 12.3 + 6.9 = 49.7
        ],
    ),
    # 38. Space-aligned table, fiscal years as rows (FY2024 -> 2024), value columns' headers are the items, Total
    #     column, a y/y column whose FY2024 entry is a typo (13.7 for 17.3: inconsistent). FY2025F estimate.
    dict(
        text=(
            "Australia: AI in mining market, USD million (financial years ending 30 June)\n"
            "Year      Autonomous haulage & drilling   Ore sorting & grade control   Total     y/y\n"
            "FY2021                              212                            88     300     n/a\n"
            "FY2022                              251                           109     360   20.0%\n"
            "FY2023                              296                           131     427   18.6%\n"
            "FY2024                              343                           158     501   13.7%\n"
            "FY2025F                             395                           189     584   16.6%\n"
            "Note: FY2025F is a forecast. Published November 2024; covers software and services only, not trucks or rigs."
        ),
        obs=[
            ("Autonomous haulage & drilling", 2021, 212, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2022, 251, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2023, 296, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2024, 343, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2025, 395, "USD million", "estimate"),
            ("Ore sorting & grade control", 2021, 88, "USD million", "actual"),
            ("Ore sorting & grade control", 2022, 109, "USD million", "actual"),
            ("Ore sorting & grade control", 2023, 131, "USD million", "actual"),
            ("Ore sorting & grade control", 2024, 158, "USD million", "actual"),
            ("Ore sorting & grade control", 2025, 189, "USD million", "estimate"),
            ("Total", 2021, 300, "USD million", "actual"),
            ("Total", 2022, 360, "USD million", "actual"),
            ("Total", 2023, 427, "USD million", "actual"),
            ("Total", 2024, 501, "USD million", "actual"),
            ("Total", 2025, 584, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2021, 2022, 1.0),
            ("growth", 18.6, "percent", 2022, 2023, 1.0),
            ("growth", 13.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 360 / 300 - 1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),         # 427 / 360 - 1 = 18.61% -> 18.6
            # 501 / 427 - 1 = 17.33%; bounds 500.5 / 427.5 - 1 = 17.08% .. 501.5 / 426.5 - 1 = 17.58%; 13.7 not reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 584 / 501 - 1 = 16.57% -> 16.6
            ("hierarchy", "exact"),            # FY2021: 212 + 88 = 300
            ("hierarchy", "exact"),            # FY2022: 251 + 109 = 360
            ("hierarchy", "exact"),            # FY2023: 296 + 131 = 427
            ("hierarchy", "exact"),            # FY2024: 343 + 158 = 501
            ("hierarchy", "exact"),            # FY2025F: 395 + 189 = 584
        ],
    ),
    # 39. Tab-separated yen table with fiscal-year columns and e columns; a multiple in the note (x2.3 over four
    #     years, no verdict); FY2024e total off by 0.1 (rounding). Nowhere: note numbers, publication date.
    dict(
        text=(
            "Japan: AI for oil refining, petrochemicals and resources\tUnit: \u00a5 billion\n"
            "Segment\tFY2022\tFY2023\tFY2024e\tFY2027e\n"
            "Refinery optimisation\t14.2\t17.8\t21.5\t38.6\n"
            "Predictive maintenance\t11.6\t14.9\t18.7\t35.1\n"
            "Pipeline & tank monitoring\t5.3\t6.8\t8.4\t15.2\n"
            "Total\t31.1\t39.5\t48.7\t88.9\n"
            "Notes: 1) FY = April-March (FY2024 ends March 2025). 2) The FY2027e total is roughly 2.3 times FY2023. "
            "3) Published October 2024 by a Tokyo research house."
        ),
        obs=[
            ("Refinery optimisation", 2022, 14.2, "JPY billion", "actual"),
            ("Refinery optimisation", 2023, 17.8, "JPY billion", "actual"),
            ("Refinery optimisation", 2024, 21.5, "JPY billion", "estimate"),
            ("Refinery optimisation", 2027, 38.6, "JPY billion", "estimate"),
            ("Predictive maintenance", 2022, 11.6, "JPY billion", "actual"),
            ("Predictive maintenance", 2023, 14.9, "JPY billion", "actual"),
            ("Predictive maintenance", 2024, 18.7, "JPY billion", "estimate"),
            ("Predictive maintenance", 2027, 35.1, "JPY billion", "estimate"),
            ("Pipeline & tank monitoring", 2022, 5.3, "JPY billion", "actual"),
            ("Pipeline & tank monitoring", 2023, 6.8, "JPY billion", "actual"),
            ("Pipeline & tank monitoring", 2024, 8.4, "JPY billion", "estimate"),
            ("Pipeline & tank monitoring", 2027, 15.2, "JPY billion", "estimate"),
            ("Total", 2022, 31.1, "JPY billion", "actual"),
            ("Total", 2023, 39.5, "JPY billion", "actual"),
            ("Total", 2024, 48.7, "JPY billion", "estimate"),
            ("Total", 2027, 88.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2023, 2027, 4.0),  # 88.9 / 39.5 = 2.25
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2022: 14.2 + 11.6 + 5.3 = 31.1
            ("hierarchy", "exact"),     # FY2023: 17.8 + 14.9 + 6.8 = 39.5
            # FY2024e: 21.5 + 18.7 + 8.4 = 48.6 vs printed 48.7; bounds 48.45 .. 48.75 reach it
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # FY2027e: 38.6 + 35.1 + 15.2 = 88.9
        ],
    ),
    # 40. Space-aligned regional table with shares of a total (each share has part and whole: arithmetic verdicts);
    #     the 100.0% total is no claim; the memo line's whole mining equipment market is nowhere.
    dict(
        text=(
            "AI in mining: market by region, 2024\n"
            "Region           USD billion   Share of total\n"
            "Australia               0.94            24.5%\n"
            "Chile                   0.37             9.6%\n"
            "Canada                  0.54            14.1%\n"
            "China                   0.83            21.6%\n"
            "Rest of world           1.16            30.2%\n"
            "Total                   3.84           100.0%\n"
            "Memo: the global mining equipment and services market was about USD 160 billion in 2024.\n"
            "Source: industry estimates compiled April 2025."
        ),
        obs=[
            ("Australia", 2024, 0.94, "USD billion", "actual"),
            ("Chile", 2024, 0.37, "USD billion", "actual"),
            ("Canada", 2024, 0.54, "USD billion", "actual"),
            ("China", 2024, 0.83, "USD billion", "actual"),
            ("Rest of world", 2024, 1.16, "USD billion", "actual"),
            ("Total", 2024, 3.84, "USD billion", "actual"),
        ],
        claims=[
            ("share", 24.5, "percent", 2024, 2024, None),
            ("share", 9.6, "percent", 2024, 2024, None),
            ("share", 14.1, "percent", 2024, 2024, None),
            ("share", 21.6, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.94 / 3.84 = 24.48% -> 24.5
            ("arithmetic", "exact"),  # 0.37 / 3.84 = 9.64% -> 9.6
            ("arithmetic", "exact"),  # 0.54 / 3.84 = 14.06% -> 14.1
            ("arithmetic", "exact"),  # 0.83 / 3.84 = 21.61% -> 21.6
            ("arithmetic", "exact"),  # 1.16 / 3.84 = 30.21% -> 30.2
            ("hierarchy", "exact"),   # 0.94 + 0.37 + 0.54 + 0.83 + 1.16 = 3.84
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 11, 'exact': 87}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ -- The "Artificial Intelligence in Oil and Gas',
    'accounted for 54.1% of 2024 revenue, or',
    'US$2.38bn in CY24, up 21% from US$1.97bn in CY23',
    '(CY24-29 CAGR of 18.9%)',
    'Rival house Carrow & Finch puts the 2024 market higher',
    'more than double the 2024 figure',
    'total addressable market on 2024 spending',
    'roughly 2.3 times its 2024 size',
    'is expected to climb 17.5% to US$1.31 billion this year',
    '(SAR 1.93 billion)',
    'in fiscal 2024 (the year ended March 2025)',
    'an average annual growth of 9.1%',
    'the revised US$352 million for 2023',
    'The association projects US$1.1 billion by 2030',
    'between $3.1 billion and $3.8 billion',
    '力争突破300亿元，年均增速约34%',
    '较2021年的10.7亿元增长3倍',
    '預估今年可達45.6億元，2028年可望突破80億元',
    '去年規模約3.2億港元，按年增長19.6%（前年為2.7億港元）',
    '則估2024年規模為34億美元',
    '分别约占四分之一和两成',
    '与2020年相比增长4倍',
    '| Total | 1,225 | 1,461 | 1,737 | 2,059 | 2,439 |',
    'Totals may not add due to rounding',
    'Year\tEUR million\tYoY',
    '合计\t67.5\t87.6\t111.0\t139.5',
    '| 2025(E) | 11.0 | 21.6 | 13.5 | 46.1 |',
    'we size the total addressable market for AI',
    'a compound annual growth rate of 16% over 2024 to 2030',
    'US$5.6-6.4 billion by 2032',
    '$412M for 2024 vs $339M in 2023, so +18% YoY',
    'An earlier version of this article said the 2023 market was worth $640 million',
    'TAM $3.2B (2024) -> $6.8B (2029E)',
    '~2.1x in five years',
    'rose 18% last year to $1.27 billion',
    'put at QAR 310 million',
    'will nearly triple to US$1.5 billion by 2030',
    'In the first quarter of 2025 alone',
    '力争全区矿山人工智能应用市场规模达到40亿元，年均增长29%以上',
    '預估2027年將突破百億元',
    '2019年至2023年的複合年增長率為45.7%',
    '目标价12.5元，较现价有30%上行空间',
    '另一家外商研調機構估算',
    '四年間增長1.5倍，其中露天煤礦約佔六成',
    '去年我国油气行业人工智能应用市场规模达到152亿元',
    '| CAGR 2024-30F |',
    '合计\t26.7\t37.0\t49.7\t100.0%',
    'FY2025F                             395',
    'FY2024e\tFY2027e',
    'Rest of world           1.16            30.2%',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 253
#: figures, 51 rates, 96 verdicts and 7 false inconsistent
#: after the readings chosen on the hundred-and-sixty-fourth and -sixty-sixth sets
#: (it kept unread): 254, 51, 97 and 7
FLOORS = {"figures_found": 259, "rates_found": 52, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 4


if __name__ == "__main__":  # python tests/extract_checkset165.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
