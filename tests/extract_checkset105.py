"""A hundred-and-fifth check set for the extractor, written blind: AI hardware and the supply chain behind it, in
English and Chinese (Simplified and Traditional) -- the AI accelerator and GPU market, AI servers' value (AI伺服器產值),
high-bandwidth memory, advanced packaging, data-centre infrastructure spending and edge-AI chips, from trade
associations, research institutes and chip analysts, with forecasts revised up or down; unit shipments, wafer
capacity, a company's own revenue, capex and guidance, margins, prices per chip and percentage points are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English press release from a trade association: "will top $400 billion by 2030", a printed
    #    "2024-2030" CAGR (stated, exact); distractors: member count, report edition, unit shipments, nm nodes,
    #    "more than half" fraction in words
    dict(
        text=(
            "SAN JOSE, Calif., 18 June 2025 — Worldwide sales of AI accelerators reached $118.4 billion in 2024 "
            "and will top $400 billion by 2030, the Accelerated Computing Industry Council (ACIC) said in its annual "
            "outlook, the ninth it has published. The council, which speaks for 140 chip, board and systems makers, "
            "puts the compound annual growth rate for 2024-2030 at 22.5%. Its members shipped roughly 7.2 million "
            "accelerator units last year, most of them built on 4- and 5-nanometre processes. Accelerators already "
            "take more than half of all data-centre chip spending, the council added."
        ),
        obs=[
            ("Total", 2024, 118.4, "USD billion", "actual"),
            ("Total", 2030, 400, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (400/118.4)**(1/6)-1 = 3.37838**(1/6)-1 = 22.495% -> 22.5
        ],
    ),
    # 2. Traditional Chinese Taiwan wire story: AI伺服器產值 新台幣7,850億元 -> 1.12兆元 (series in 億元, so
    #    11200), 年增42.7% exact; distractors: 出貨量 92萬台, 三成以上 fraction, 滲透率, 百分點, a quarter's company revenue
    dict(
        text=(
            "【台北訊】2025年4月22日 — 鼎碩產業研究院今（22）日發布報告指出，受惠於雲端服務供應商持續擴大資本支出，"
            "台灣AI伺服器產值2024年達新台幣7,850億元，預估今年將攀升至1.12兆元，年增42.7%，首度跨越兆元門檻。"
            "該院估計，今年台灣廠商AI伺服器出貨量約為92萬台，占整體伺服器出貨比重升至三成以上。"
            "研究團隊指出，液冷機櫃滲透率將由去年的8%提高到今年的22%，增加14個百分點。"
            "主要代工廠首季AI伺服器營收已年增逾兩倍。"
        ),
        obs=[
            ("Total", 2024, 7850, "TWD 100 million", "actual"),
            ("Total", 2025, 11200, "TWD 100 million", "estimate"),  # 1.12兆元 in the series' 億元
        ],
        claims=[
            ("growth", 42.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11200/7850 - 1 = 42.675% -> 42.7
        ],
    ),
    # 3. English pipe table: AI accelerator revenue by chip type, 2023/2024/2025E with a Total row (hierarchy
    #    exact x3); prose beneath gives GPU shares with part and whole printed (arithmetic exact x2);
    #    distractors: table number, unit shipments
    dict(
        text=(
            "Table 3: AI accelerator revenue by chip type, worldwide (USD billion). Source: Ardent Loop Research, "
            "March 2025.\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| GPU | 47.8 | 98.6 | 141.2 |\n"
            "| Custom ASIC | 6.9 | 14.3 | 24.5 |\n"
            "| FPGA | 1.6 | 1.9 | 2.2 |\n"
            "| Other | 1.2 | 2.1 | 3.4 |\n"
            "| Total | 57.5 | 116.9 | 171.3 |\n"
            "On these numbers the GPU share of the total slips to 82.4% in 2025 from 84.3% in 2024, while custom "
            "ASIC volumes pass 3.1 million units."
        ),
        obs=[
            ("GPU", 2023, 47.8, "USD billion", "actual"),
            ("GPU", 2024, 98.6, "USD billion", "actual"),
            ("GPU", 2025, 141.2, "USD billion", "estimate"),
            ("Custom ASIC", 2023, 6.9, "USD billion", "actual"),
            ("Custom ASIC", 2024, 14.3, "USD billion", "actual"),
            ("Custom ASIC", 2025, 24.5, "USD billion", "estimate"),
            ("FPGA", 2023, 1.6, "USD billion", "actual"),
            ("FPGA", 2024, 1.9, "USD billion", "actual"),
            ("FPGA", 2025, 2.2, "USD billion", "estimate"),
            ("Other", 2023, 1.2, "USD billion", "actual"),
            ("Other", 2024, 2.1, "USD billion", "actual"),
            ("Other", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2023, 57.5, "USD billion", "actual"),
            ("Total", 2024, 116.9, "USD billion", "actual"),
            ("Total", 2025, 171.3, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 82.4, "percent", 2025, 2025, None),
            ("share", 84.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2023: 47.8+6.9+1.6+1.2 = 57.5 = Total
            ("hierarchy", "exact"),   # 2024: 98.6+14.3+1.9+2.1 = 116.9 = Total
            ("hierarchy", "exact"),   # 2025E: 141.2+24.5+2.2+3.4 = 171.3 = Total
            ("arithmetic", "exact"),  # 141.2/171.3 = 82.428% -> 82.4
            ("arithmetic", "exact"),  # 98.6/116.9 = 84.346% -> 84.3
        ],
    ),
    # 4. English news: HBM "$38.2 billion this year", "29.1% of a DRAM market it sizes at $131.5 billion" (share
    #    only within rounding), "$17.6 billion last year", growth 117% exact; distractors: percentage points,
    #    price per gigabit, wafer capacity, a supplier's quarterly profit in won
    dict(
        text=(
            "SEOUL, 9 September 2025 — High-bandwidth memory is swallowing the DRAM business. Halvorsen "
            "Semiconductor Research estimates that HBM will bring in $38.2 billion this year, 29.1% of a DRAM "
            "market it sizes at $131.5 billion, after $17.6 billion last year — growth of 117%. That is a gain of "
            "roughly 11 percentage points of share in a single year. A 12-high HBM3E stack still sells for several "
            "times the price per gigabit of standard DDR5, and the three suppliers have committed to adding some "
            "150,000 wafers a month of capacity. One of them reported second-quarter operating profit of 9.2 "
            "trillion won on Thursday."
        ),
        obs=[
            ("Total", 2025, 131.5, "USD billion", "estimate"),
            ("HBM", 2025, 38.2, "USD billion", "estimate"),
            ("HBM", 2024, 17.6, "USD billion", "actual"),
        ],
        claims=[
            ("share", 29.1, "percent", 2025, 2025, None),
            ("growth", 117, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 38.2/131.5 = 29.049% -> 29.0, not 29.1; bounds 38.15/131.55 = 29.000%,
                                         # 38.25/131.45 = 29.099% -> 29.1 reachable
            ("cagr|implied", "exact"),   # 38.2/17.6 - 1 = 117.05% -> 117
        ],
    ),
    # 5. Simplified Chinese white paper: 2024年1,186亿元, 2025年约1,530亿元 同比增长29% (exact), 2029年3,780亿元,
    #    "2024—2029年复合增长率26.1%" stated exact; distractors: 白皮书 title year, 千亿级, 出货量 万片, 7纳米, 六成, 56家, 七成
    dict(
        text=(
            "北京，2025年1月15日 — 知衡智库发布的《2025中国AI芯片产业白皮书》显示，2024年中国AI芯片市场规模为1,186亿元；"
            "预计2025年中国AI芯片市场规模约为1,530亿元，同比增长29%，到2029年将达到3,780亿元，"
            "2024—2029年复合增长率为26.1%。白皮书称，国内AI芯片正迈入千亿级市场，全年出货量约为420万片，"
            "其中采用7纳米及以下工艺的产品占六成。受访的56家芯片设计企业中，有七成计划今年扩大研发团队。"
        ),
        obs=[
            ("Total", 2024, 1186, "CNY 100 million", "actual"),
            ("Total", 2025, 1530, "CNY 100 million", "estimate"),
            ("Total", 2029, 3780, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("cagr", 26.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1530/1186 - 1 = 29.005% -> 29
            ("cagr|implied", "exact"),  # (3780/1186)**(1/5)-1 = 3.18718**0.2-1 = 26.090% -> 26.1
        ],
    ),
    # 6. English earnings call: a company's TAM ("about $480 billion in calendar 2028", "roughly $95 billion" in
    #    2024) is the market; "better than a fivefold increase" -> x5 over 4 years, no verdict; distractors:
    #    "a trillion-dollar opportunity", own quarterly revenue, gross margin, guidance, headcount, price target
    dict(
        text=(
            "Corvane Systems told analysts on its fiscal fourth-quarter call on 27 August 2025 that it now sizes "
            "the total addressable market for data-centre AI accelerators at about $480 billion in calendar 2028, "
            "better than a fivefold increase on the roughly $95 billion the market was worth in 2024. Chief "
            "executive Lena Marwick called it \"a trillion-dollar opportunity once you add networking and "
            "software\". Corvane's own revenue for the quarter was $14.2 billion at a gross margin of 71.5%, and "
            "it guided to $15.5 billion for the current quarter. The company ended its fiscal year with 22,400 "
            "employees. Kessler Brothers kept its price target of $260, about 18% above Wednesday's close."
        ),
        obs=[
            ("Total", 2028, 480, "USD billion", "estimate"),
            ("Total", 2024, 95, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2024, 2028, 4.0),  # "better than a fivefold increase"
        ],
        verdicts=[],
    ),
    # 7. Simplified Chinese vertical pipe table, rows are years, lone value column headed by its unit (亿元)
    #    -> Total; 同比增速 column: 2022 only within rounding, the rest exact; E rows estimate; distractors:
    #    table number, note, source date, 出货量 亿颗
    dict(
        text=(
            "表2　2021—2026年中国边缘AI芯片市场规模\n"
            "| 年份 | 亿元 | 同比增速 |\n"
            "|---|---|---|\n"
            "| 2021 | 356 | — |\n"
            "| 2022 | 489 | 37.5% |\n"
            "| 2023 | 702 | 43.6% |\n"
            "| 2024 | 1,146 | 63.2% |\n"
            "| 2025E | 1,590 | 38.7% |\n"
            "| 2026E | 2,080 | 30.8% |\n"
            "注：E为预测值。数据来源：启明星芯研究院，2025年6月。同期边缘AI芯片出货量预计由2021年的1.2亿颗增至2026年的6.8亿颗。"
        ),
        obs=[
            ("Total", 2021, 356, "CNY 100 million", "actual"),
            ("Total", 2022, 489, "CNY 100 million", "actual"),
            ("Total", 2023, 702, "CNY 100 million", "actual"),
            ("Total", 2024, 1146, "CNY 100 million", "actual"),
            ("Total", 2025, 1590, "CNY 100 million", "estimate"),
            ("Total", 2026, 2080, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.5, "percent", 2021, 2022, 1.0),
            ("growth", 43.6, "percent", 2022, 2023, 1.0),
            ("growth", 63.2, "percent", 2023, 2024, 1.0),
            ("growth", 38.7, "percent", 2024, 2025, 1.0),
            ("growth", 30.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 489/356-1 = 37.360% -> 37.4, not 37.5; bounds 488.5/356.5-1 = 37.027%,
                                           # 489.5/355.5-1 = 37.693% -> 37.5 reachable
            ("cagr|implied", "exact"),     # 702/489-1 = 43.558% -> 43.6
            ("cagr|implied", "exact"),     # 1146/702-1 = 63.248% -> 63.2
            ("cagr|implied", "exact"),     # 1590/1146-1 = 38.743% -> 38.7
            ("cagr|implied", "exact"),     # 2080/1590-1 = 30.818% -> 30.8
        ],
    ),
    # 8. English: forecast raised "to $212 billion, from $178 billion" (new figure is the observation, old one
    #    nowhere); "46% above the $151 billion ... for 2024" contradicts its own figures (inconsistent);
    #    distractors: 15% of server units (penetration), 2.1 million machines, a quarter's value
    dict(
        text=(
            "TAIPEI, 3 March 2025 — Pelltree Analytics has raised its forecast for the value of the global AI "
            "server market this year to $212 billion, from $178 billion in its December outlook, after the four "
            "largest cloud providers lifted their capital budgets. The new number would be 46% above the $151 "
            "billion Pelltree recorded for 2024. The firm expects AI servers to make up about 15% of all server "
            "units shipped this year, or roughly 2.1 million machines, and says fourth-quarter 2024 value alone "
            "reached $47 billion."
        ),
        obs=[
            ("Total", 2025, 212, "USD billion", "estimate"),
            ("Total", 2024, 151, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 46, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 212/151-1 = 40.40%; bounds 211.5/151.5-1 = 39.60%,
                                               # 212.5/150.5-1 = 41.20% -> 46 unreachable
        ],
    ),
    # 9. Traditional Chinese (Hong Kong) think-tank report: 去年 86.4億港元 vs 2023年 61.9億港元 "增長39.5%" only
    #    within rounding; 2027年 180億港元 forecast; distractors: 320家企業, survey 57%, an operator's own 收入 and its rate
    dict(
        text=(
            "香港，2025年7月8日 — 本地智庫維港數碼經濟研究中心發表報告指出，去年香港數據中心在AI相關基礎設施上的開支為86.4億港元，"
            "較2023年的61.9億港元增長39.5%。報告預計，至2027年有關開支將增至180億港元。"
            "中心於今年春季訪問了320家企業，當中57%表示計劃在兩年內增加AI算力採購。"
            "另一方面，本地最大數據中心營運商上半年收入為12.3億港元，同比增長18%。"
        ),
        obs=[
            ("Total", 2024, 86.4, "HKD 100 million", "actual"),
            ("Total", 2023, 61.9, "HKD 100 million", "actual"),
            ("Total", 2027, 180, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 86.4/61.9-1 = 39.580% -> 39.6, not 39.5; bounds 86.35/61.95-1 = 39.387%,
                                           # 86.45/61.85-1 = 39.774% -> 39.5 reachable
        ],
    ),
    # 10. English feature on CoWoS-class packaging, no dateline: $9.7 billion (2024) -> $41 billion (2029), "a
    #     2024-2029 compound annual growth rate of 33.6%" stated, only within rounding; distractors: wafers a
    #     month, a foundry's capex, 3-nanometre, reticle multiple, packaging houses' gross margin
    dict(
        text=(
            "Demand for chip-on-wafer-on-substrate and similar 2.5D and 3D packaging is running far ahead of "
            "supply. Marrowgate Partners values the market at $9.7 billion in 2024 and forecasts $41 billion in "
            "2029, a 2024-2029 compound annual growth rate of 33.6%. The leading foundry aims to lift its CoWoS "
            "capacity to about 75,000 wafers a month by the end of 2025, and its packaging capex alone is expected "
            "to top $7 billion. Interposers for the newest 3-nanometre accelerators now exceed four times the "
            "reticle size, which keeps yields — and the packaging houses' gross margins of about 28% — under "
            "pressure."
        ),
        obs=[
            ("Total", 2024, 9.7, "USD billion", "actual"),
            ("Total", 2029, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 33.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (41/9.7)**(1/5)-1 = 33.414% -> 33.4, not 33.6; bounds
                                           # (40.5/9.75)**0.2-1 = 32.95%, (41.5/9.65)**0.2-1 = 33.88% -> 33.6 reachable
        ],
    ),
    # 11. Tab-separated tables: AI server shipments (thousand units, nowhere) beside AI server value by region
    #     (USD billion, observations), 2024 and 2025F with Total rows; hierarchy exact x2 (values only)
    dict(
        text=(
            "Table 5. AI server shipments by region (thousand units)\n"
            "Region\t2024\t2025F\n"
            "North America\t712\t968\n"
            "China\t338\t379\n"
            "Europe\t104\t143\n"
            "Rest of world\t96\t138\n"
            "Total\t1,250\t1,628\n"
            "\n"
            "Table 6. AI server market value by region (USD billion)\n"
            "Region\t2024\t2025F\n"
            "North America\t92.4\t131.0\n"
            "China\t28.7\t35.2\n"
            "Europe\t11.6\t16.9\n"
            "Rest of world\t9.3\t14.1\n"
            "Total\t142.0\t197.2\n"
            "Source: Tidewell Research, January 2025. F = forecast."
        ),
        obs=[
            ("North America", 2024, 92.4, "USD billion", "actual"),
            ("North America", 2025, 131.0, "USD billion", "estimate"),
            ("China", 2024, 28.7, "USD billion", "actual"),
            ("China", 2025, 35.2, "USD billion", "estimate"),
            ("Europe", 2024, 11.6, "USD billion", "actual"),
            ("Europe", 2025, 16.9, "USD billion", "estimate"),
            ("Rest of world", 2024, 9.3, "USD billion", "actual"),
            ("Rest of world", 2025, 14.1, "USD billion", "estimate"),
            ("Total", 2024, 142.0, "USD billion", "actual"),
            ("Total", 2025, 197.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 92.4+28.7+11.6+9.3 = 142.0 = Total
            ("hierarchy", "exact"),  # 2025F: 131.0+35.2+16.9+14.1 = 197.2 = Total
        ],
    ),
    # 12. English dated news, euros: "€31.6 billion last year, up 24% from €25.5 billion in 2023" (exact);
    #     a range "between €58 billion and €64 billion in 2027" -> two value claims; distractors: 210 operators,
    #     survey 61%, gigawatts
    dict(
        text=(
            "BRUSSELS, 12 May 2025 — Spending on AI-ready data-centre infrastructure in the European Union came "
            "to €31.6 billion last year, up 24% from €25.5 billion in 2023, according to Eurotrace Advisory. The "
            "consultancy expects the total to land between €58 billion and €64 billion in 2027, depending on how "
            "quickly grid connections are approved. In its survey of 210 operators, 61% said they plan to install "
            "direct liquid cooling within two years. New capacity connected in 2024 came to 2.4 gigawatts."
        ),
        obs=[
            ("Total", 2024, 31.6, "EUR billion", "actual"),
            ("Total", 2023, 25.5, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 58, "EUR billion", 2027, 2027, None),
            ("value", 64, "EUR billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 31.6/25.5-1 = 23.92% -> 24
        ],
    ),
    # 13. Simplified Chinese: 2024年2,150亿元 "同比增长58%" vs 2023年1,280亿元 (inconsistent); "与2021年的430亿元相比，
    #     增长了4倍" between two printed amounts -> x5 over 3 years; 2027年1.05万亿元 -> 10500 in the series' 亿元;
    #     distractors: 出货量 万台, 第四季度, a company's 营收 rate, 毛利率 百分点
    dict(
        text=(
            "上海，2025年3月28日 — 研究机构澜桥数据最新统计显示，2024年中国AI服务器市场规模达到2,150亿元，同比增长58%，"
            "2023年这一数字为1,280亿元。与2021年的430亿元相比，市场规模增长了4倍。澜桥预计，随着智算中心建设提速，"
            "2027年市场规模将达到1.05万亿元。按出货量计，2024年AI服务器出货约42万台，其中第四季度出货13.5万台。"
            "头部厂商恒擎信息去年营收同比增长35%，毛利率下降2.1个百分点。"
        ),
        obs=[
            ("Total", 2024, 2150, "CNY 100 million", "actual"),
            ("Total", 2023, 1280, "CNY 100 million", "actual"),
            ("Total", 2021, 430, "CNY 100 million", "actual"),
            ("Total", 2027, 10500, "CNY 100 million", "estimate"),  # 1.05万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 58, "percent", 2023, 2024, 1.0),
            ("multiple", 5.0, "multiple", 2021, 2024, 3.0),  # 增长了4倍 between 430 and 2150 -> x5
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 2150/1280-1 = 67.97%; bounds 2149.5/1280.5-1 = 67.86%,
                                               # 2150.5/1279.5-1 = 68.07% -> 58 unreachable
        ],
    ),
    # 14. Space-aligned table: advanced packaging revenue by platform, 2024 and 2030F, a "CAGR 2024-30" column
    #     (stated x5, all exact) and a Total row (hierarchy exact x2); distractors: 41 packaging houses, wafers
    dict(
        text=(
            "Advanced packaging revenue by platform, Ketterley Insight (USD billion; F = forecast)\n"
            "Platform          2024    2030F   CAGR 2024-30\n"
            "2.5D/3D            9.8     34.6       23.4%\n"
            "Fan-out            3.1      6.2       12.2%\n"
            "Flip-chip BGA     18.4     24.9        5.2%\n"
            "Other              4.2      5.6        4.9%\n"
            "Total             35.5     71.3       12.3%\n"
            "Ketterley tracks 41 packaging houses and assumes 2.5D interposer output of 1.1 million wafers in 2030."
        ),
        obs=[
            ("2.5D/3D", 2024, 9.8, "USD billion", "actual"),
            ("2.5D/3D", 2030, 34.6, "USD billion", "estimate"),
            ("Fan-out", 2024, 3.1, "USD billion", "actual"),
            ("Fan-out", 2030, 6.2, "USD billion", "estimate"),
            ("Flip-chip BGA", 2024, 18.4, "USD billion", "actual"),
            ("Flip-chip BGA", 2030, 24.9, "USD billion", "estimate"),
            ("Other", 2024, 4.2, "USD billion", "actual"),
            ("Other", 2030, 5.6, "USD billion", "estimate"),
            ("Total", 2024, 35.5, "USD billion", "actual"),
            ("Total", 2030, 71.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 12.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 5.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 4.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 12.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 9.8+3.1+18.4+4.2 = 35.5 = Total
            ("hierarchy", "exact"),     # 2030F: 34.6+6.2+24.9+5.6 = 71.3 = Total
            ("cagr|implied", "exact"),  # (34.6/9.8)**(1/6)-1 = 23.398% -> 23.4
            ("cagr|implied", "exact"),  # (6.2/3.1)**(1/6)-1 = 2**(1/6)-1 = 12.246% -> 12.2
            ("cagr|implied", "exact"),  # (24.9/18.4)**(1/6)-1 = 5.171% -> 5.2
            ("cagr|implied", "exact"),  # (5.6/4.2)**(1/6)-1 = 4.912% -> 4.9
            ("cagr|implied", "exact"),  # (71.3/35.5)**(1/6)-1 = 12.325% -> 12.3
        ],
    ),
    # 15. English, Japan, yen: ¥412 billion in fiscal 2024, "Automotive chips made up ¥118 billion of that, or
    #     28.6%" (arithmetic exact), ¥655 billion in fiscal 2027 "implying average annual growth of 16.7%"
    #     (span only from the amounts' years: inferred, exact); distractors: 310 million chips, a company's sales
    dict(
        text=(
            "TOKYO, 20 November 2025 — Japan's market for edge-AI processors, the chips that run neural networks "
            "inside cameras, cars and factory robots, was worth ¥412 billion in fiscal 2024, according to the "
            "Kasumi Research Institute. Automotive chips made up ¥118 billion of that, or 28.6%. Kasumi expects "
            "the market to reach ¥655 billion in fiscal 2027, implying average annual growth of 16.7%. Unit "
            "volumes are rising faster, to an expected 310 million chips, as prices per chip fall. Hoshino "
            "Devices, the largest domestic supplier, booked ¥74 billion of edge-AI sales in the first half."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Automotive chips", 2024, 118, "JPY billion", "actual"),
            ("Total", 2027, 655, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 28.6, "percent", 2024, 2024, None),
            ("cagr", 16.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 118/412 = 28.641% -> 28.6
            ("cagr|period", "exact"),  # (655/412)**(1/3)-1 = 1.58981**(1/3)-1 = 16.712% -> 16.7
        ],
    ),
    # 16. English analyst note: edge-AI chips $21.4 billion (2024) -> $58.9 billion (2030), "annual growth of
    #     18.4%" with no printed span (inferred, exact); distractors: "a trillion-dollar opportunity", NPU
    #     attach rate 45%, price target and upside, a company's quarterly revenue and its rate
    dict(
        text=(
            "In a 6 February 2025 note to clients, Brightwater Securities analyst Priya Castellane put the global "
            "edge-AI chip market at $21.4 billion in 2024 and said she expects $58.9 billion in 2030 — annual "
            "growth of 18.4%, she wrote, as neural processing units spread from phones to PCs, cameras and "
            "industrial gear. Castellane calls AI at the edge \"a trillion-dollar opportunity over the decade\" but "
            "notes that only about 45% of smartphones shipped in 2024 had a dedicated NPU. She raised her price "
            "target on Ostrava Micro to $185, implying 22% upside, after the company's fourth-quarter revenue rose "
            "31% to $3.9 billion."
        ),
        obs=[
            ("Total", 2024, 21.4, "USD billion", "actual"),
            ("Total", 2030, 58.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58.9/21.4)**(1/6)-1 = 2.75234**(1/6)-1 = 18.381% -> 18.4
        ],
    ),
    # 17. Traditional Chinese pipe table: AI server component output by item (新台幣億元), 2024年 and 2025年(F),
    #     total row 合計; 2024 adds up (exact), 2025 does not (inconsistent); distractors: table number, source
    #     date, a margin in the note
    dict(
        text=(
            "表4　台灣AI伺服器關鍵零組件產值（單位：新台幣億元）\n"
            "| 項目 | 2024年 | 2025年(F) |\n"
            "|---|---|---|\n"
            "| 伺服器組裝 | 4,120 | 5,870 |\n"
            "| 散熱模組 | 386 | 612 |\n"
            "| 電源供應器 | 472 | 695 |\n"
            "| 機殼與滑軌 | 214 | 298 |\n"
            "| 合計 | 5,192 | 7,575 |\n"
            "資料來源：嵐山科技產業研究中心（2025年5月）。註：F為預估值；散熱模組廠平均毛利率約25%。"
        ),
        obs=[
            ("伺服器組裝", 2024, 4120, "TWD 100 million", "actual"),
            ("伺服器組裝", 2025, 5870, "TWD 100 million", "estimate"),
            ("散熱模組", 2024, 386, "TWD 100 million", "actual"),
            ("散熱模組", 2025, 612, "TWD 100 million", "estimate"),
            ("電源供應器", 2024, 472, "TWD 100 million", "actual"),
            ("電源供應器", 2025, 695, "TWD 100 million", "estimate"),
            ("機殼與滑軌", 2024, 214, "TWD 100 million", "actual"),
            ("機殼與滑軌", 2025, 298, "TWD 100 million", "estimate"),
            ("合計", 2024, 5192, "TWD 100 million", "actual"),
            ("合計", 2025, 7575, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2024: 4120+386+472+214 = 5192 = 合計
            ("hierarchy", "inconsistent"),  # 2025(F): 5870+612+695+298 = 7475 vs 7575; +-0.5 per row gives
                                            # 7473-7477 -> 7575 unreachable
        ],
    ),
    # 18. Simplified Chinese: advanced packaging 2024年1,012亿元 vs 2023年873亿元 "同比增长15.9%" (exact), 其中
    #     2.5D/3D封装约238亿元 "占比23.5%" (arithmetic exact), 2028年"超过2,000亿元" forecast; distractors:
    #     产能 万片晶圆, a company's 资本开支
    dict(
        text=(
            "深圳，2025年9月2日 — 据芯衡咨询发布的报告，2024年中国先进封装市场规模为1,012亿元，较2023年的873亿元同比增长15.9%；"
            "其中2.5D/3D封装约为238亿元，占比23.5%。报告预计，受AI加速卡需求拉动，该市场有望在2028年超过2,000亿元。"
            "国内主要封测厂的先进封装产能合计约为每月45万片晶圆，某头部企业今年的资本开支计划为80亿元。"
        ),
        obs=[
            ("Total", 2024, 1012, "CNY 100 million", "actual"),
            ("Total", 2023, 873, "CNY 100 million", "actual"),
            ("2.5D/3D封装", 2024, 238, "CNY 100 million", "actual"),
            ("Total", 2028, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.9, "percent", 2023, 2024, 1.0),
            ("share", 23.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1012/873-1 = 15.922% -> 15.9
            ("arithmetic", "exact"),    # 238/1012 = 23.518% -> 23.5
        ],
    ),
    # 19. English: GPUs' share of accelerators "$152.7 billion, or 83%" of "$184.0 billion this year"
    #     (arithmetic exact), 88% in 2024 (share, no whole printed, no verdict), "growing 31% next year to
    #     $241 billion" (exact); a rival publisher's $161 billion nowhere; won figure, percentage points nowhere
    dict(
        text=(
            "LONDON, 14 October 2025 — Graphics processors still dominate AI silicon, but custom chips are "
            "catching up. Research house Stellan & Moor puts global AI accelerator revenue at $184.0 billion this "
            "year, of which GPUs account for $152.7 billion, or 83%, down from 88% in 2024, a slide of five "
            "percentage points. It sees the overall market growing 31% next year to $241 billion. A rival estimate "
            "from Quenby Insights, which counts only chips sold on the open market, puts this year's total at $161 "
            "billion. South Korea's own AI chip market will reach 4.6 trillion won in 2026, Stellan & Moor adds."
        ),
        obs=[
            ("Total", 2025, 184.0, "USD billion", "estimate"),
            ("GPUs", 2025, 152.7, "USD billion", "estimate"),
            ("Total", 2026, 241, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 83, "percent", 2025, 2025, None),
            ("share", 88, "percent", 2024, 2024, None),
            ("growth", 31, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 152.7/184.0 = 82.99% -> 83
            ("cagr|implied", "exact"),  # 241/184.0-1 = 30.98% -> 31
        ],
    ),
    # 20. Space-aligned table: data-centre infrastructure spending by component, 2024 and 2025E with a YoY
    #     column (four exact, Total only within rounding) and a Total row (hierarchy exact x2); prose: compute
    #     share 74% (arithmetic exact); distractors: a quarter's spending, survey 64%
    dict(
        text=(
            "Global data-centre infrastructure spending by component (USD billion), Harwick Data\n"
            "Component          2024    2025E     YoY\n"
            "Compute systems   214.6    291.3   35.7%\n"
            "Networking         31.8     44.9   41.2%\n"
            "Power & cooling    27.5     35.1   27.6%\n"
            "Facilities         18.9     22.4   18.5%\n"
            "Total             292.8    393.7   34.4%\n"
            "Compute systems take 74% of the 2025 total. First-quarter 2025 spending alone ran to $88 billion, "
            "and 64% of buyers in Harwick's survey expect to raise budgets again in 2026."
        ),
        obs=[
            ("Compute systems", 2024, 214.6, "USD billion", "actual"),
            ("Compute systems", 2025, 291.3, "USD billion", "estimate"),
            ("Networking", 2024, 31.8, "USD billion", "actual"),
            ("Networking", 2025, 44.9, "USD billion", "estimate"),
            ("Power & cooling", 2024, 27.5, "USD billion", "actual"),
            ("Power & cooling", 2025, 35.1, "USD billion", "estimate"),
            ("Facilities", 2024, 18.9, "USD billion", "actual"),
            ("Facilities", 2025, 22.4, "USD billion", "estimate"),
            ("Total", 2024, 292.8, "USD billion", "actual"),
            ("Total", 2025, 393.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 35.7, "percent", 2024, 2025, 1.0),
            ("growth", 41.2, "percent", 2024, 2025, 1.0),
            ("growth", 27.6, "percent", 2024, 2025, 1.0),
            ("growth", 18.5, "percent", 2024, 2025, 1.0),
            ("growth", 34.4, "percent", 2024, 2025, 1.0),
            ("share", 74, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),        # 2024: 214.6+31.8+27.5+18.9 = 292.8 = Total
            ("hierarchy", "exact"),        # 2025E: 291.3+44.9+35.1+22.4 = 393.7 = Total
            ("cagr|implied", "exact"),     # 291.3/214.6-1 = 35.741% -> 35.7
            ("cagr|implied", "exact"),     # 44.9/31.8-1 = 41.195% -> 41.2
            ("cagr|implied", "exact"),     # 35.1/27.5-1 = 27.636% -> 27.6
            ("cagr|implied", "exact"),     # 22.4/18.9-1 = 18.519% -> 18.5
            ("cagr|implied", "rounding"),  # 393.7/292.8-1 = 34.460% -> 34.5, not 34.4; bounds
                                           # 393.65/292.85-1 = 34.420%, 393.75/292.75-1 = 34.500% -> 34.4 reachable
            ("arithmetic", "exact"),       # 291.3/393.7 = 73.99% -> 74
        ],
    ),
    # 21. trade-association press release (English): "a 64% jump from $72 billion in 2023" (exact) and a stated
    #    2024-2030 CAGR of 22.5% that its own amounts contradict (inconsistent); member count, headcount, unit
    #    shipments and "a trillion-dollar opportunity" nowhere
    dict(
        text=(
            "SAN JOSE, Calif., 11 February 2025 — Worldwide sales of AI accelerators reached $118 billion in 2024, "
            "a 64% jump from $72 billion in 2023, the Pacific Semiconductor Council said in its annual outlook on "
            "Tuesday. The council, whose 340 member companies employ about 2.1 million people, expects the market "
            "to climb to $410 billion in 2030, implying compound annual growth of 22.5% between 2024 and 2030. "
            "Unit shipments rose to 6.8 million accelerators last year, and the council's chair called AI compute "
            "'a trillion-dollar opportunity' for the rest of the decade."
        ),
        obs=[
            ("Total", 2023, 72, "USD billion", "actual"),
            ("Total", 2024, 118, "USD billion", "actual"),
            ("Total", 2030, 410, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 64, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 118 / 72 - 1 = 63.89% -> 64
            ("cagr|implied", "inconsistent"),  # (410 / 118) ** (1/6) - 1 = 23.07%; bounds (409.5/118.5)->22.96%,
                                               # (410.5/117.5)->23.18%; 22.5 unreachable
        ],
    ),
    # 22. earnings-call coverage (English): TAM raised to "roughly $500 billion in 2028" from $400 billion (old figure
    #    nowhere), "about $180 billion this year", "a compound rate of about 41% a year" (span only from the amounts'
    #    years -> inferred); company revenue, its growth, gross margin, quarter, capex guidance, price target and
    #    upside, headcount nowhere
    dict(
        text=(
            "AUSTIN, 21 August 2025 — Corvane Micro raised its estimate of the total addressable market for "
            "data-centre accelerators to roughly $500 billion in 2028, from the $400 billion it gave at its investor "
            "day last year, and said the market would be worth about $180 billion this year, a compound rate of "
            "about 41% a year. The company itself booked revenue of $9.7 billion in the fiscal third quarter, up "
            "58% year on year, at a gross margin of 71.5%, and guided fiscal 2026 capital spending to $4.2 billion. "
            "Analysts at Halden Securities lifted their price target to $245, about 19% above Wednesday's close, "
            "and noted that Corvane now employs 18,400 people."
        ),
        obs=[
            ("Total", 2025, 180, "USD billion", "estimate"),
            ("Total", 2028, 500, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 41, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 180) ** (1/3) - 1 = 40.57% -> 41
        ],
    ),
    # 23. news feature on HBM (English): HBM (a part) "set to roughly double this year to $34 billion" (x2, no
    #    verdict), the DRAM market (the whole, Total) at $113 billion, HBM's 30% share of DRAM revenue (arithmetic);
    #    percentage points, price per gigabyte, wafer capacity, survey answer and respondent count nowhere
    dict(
        text=(
            "SEOUL, 3 March 2025 — Memory makers' fortunes now hinge on one product. HBM, the stacked memory that "
            "sits beside AI processors, is set to roughly double its sales this year to $34 billion, according to "
            "Marlow Insight, which puts the whole DRAM market at $113 billion in 2025. That would leave HBM with "
            "30% of DRAM revenue, up nine percentage points on last year. HBM fetches around $20 per gigabyte, "
            "several times the price of standard DRAM, and the leading supplier plans to lift its HBM capacity to "
            "170,000 wafers a month by December. In Marlow's poll of 45 cloud buyers, 71% expect supply to stay "
            "tight through 2026."
        ),
        obs=[
            ("HBM", 2025, 34, "USD billion", "estimate"),
            ("Total", 2025, 113, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2025, 1.0),  # "roughly double this year"
            ("share", 30, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 34 / 113 = 30.09% -> 30
        ],
    ),
    # 24. analyst note on advanced packaging (English): "$45.2 billion in 2024 ... $79.8 billion in 2029, a compound
    #    annual growth rate of 12.1% over 2024-2029" (rounding) and a part "2.5D and 3D packaging ... $17.2 billion,
    #    or 38%" (arithmetic exact); wafer capacity, nm nodes and a foundry's capex nowhere
    dict(
        text=(
            "Advanced packaging has become the narrowest neck of the AI supply chain. In a note to clients, "
            "Brightwater Capital's semiconductor team sizes the advanced-packaging market at $45.2 billion in 2024 "
            "and sees it reaching $79.8 billion in 2029, a compound annual growth rate of 12.1% over 2024-2029. Of "
            "the 2024 total, 2.5D and 3D packaging, the interposer-based designs that carry AI accelerators, "
            "accounted for $17.2 billion, or 38%. Brightwater expects interposer capacity at the largest foundry "
            "to reach 75,000 wafers a month by the end of 2025 as 3nm and 2nm compute dies ramp, and puts that "
            "foundry's packaging capex at about $7 billion."
        ),
        obs=[
            ("Total", 2024, 45.2, "USD billion", "actual"),
            ("Total", 2029, 79.8, "USD billion", "estimate"),
            ("2.5D and 3D packaging", 2024, 17.2, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 12.1, "percent", 2024, 2029, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (79.8 / 45.2) ** (1/5) - 1 = 12.04% -> 12.0, not 12.1; bounds
                                           # (79.75/45.25)->12.00%, (79.85/45.15)->12.08% -> 12.1 reachable
            ("arithmetic", "exact"),       # 17.2 / 45.2 = 38.05% -> 38
        ],
    ),
    # 25. Japanese research-firm release (English, yen): "grew 21.3% to ¥318.4 billion in fiscal 2024 from ¥262.5
    #    billion" (exact), a fiscal-2030 range "between ¥820 billion and ¥900 billion" (two value claims); unit
    #    counts, survey share, respondent count and price per chip nowhere
    dict(
        text=(
            "TOKYO, 9 June 2025 — Japan's market for edge-AI processors, the chips that run inference inside cars, "
            "factory robots and cameras rather than in a data centre, grew 21.3% to ¥318.4 billion in fiscal 2024 "
            "from ¥262.5 billion a year earlier, according to Kisaragi Research Institute. The firm projects the "
            "market at between ¥820 billion and ¥900 billion by fiscal 2030. About 410 million such chips were "
            "shipped in Japan last year at an average of roughly ¥1,900 apiece. In Kisaragi's survey of 600 "
            "manufacturers, 38% said they plan to add on-device AI to their lines within two years."
        ),
        obs=[
            ("Total", 2023, 262.5, "JPY billion", "actual"),
            ("Total", 2024, 318.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("value", 820, "JPY billion", 2030, 2030, None),
            ("value", 900, "JPY billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 318.4 / 262.5 - 1 = 21.295% -> 21.3
        ],
    ),
    # 26. Traditional Chinese institute release: AI伺服器產值 去年新台幣6,180億元, 今年可望突破新台幣1兆元 (series in
    #    億元 -> 10000), 年增61.8% (exact); shipments in 萬台, percentage points, headcount, GPU unit price range nowhere
    dict(
        text=(
            "【台北訊】2025年5月14日——鼎新產業研究院今日發布報告指出，去年台灣AI伺服器產值達新台幣6,180億元，"
            "在雲端業者擴大採購帶動下，今年可望突破新台幣1兆元，年增61.8%。研究院估計，今年AI伺服器出貨量約18.5萬台，"
            "占整體伺服器出貨比重較去年提高約12個百分點。報告並提到，國內前五大代工廠合計僱用逾25萬名員工，"
            "高階GPU單價則落在每顆3萬至4萬美元之間。"
        ),
        obs=[
            ("Total", 2024, 6180, "TWD 100 million", "actual"),
            ("Total", 2025, 10000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 61.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10000 / 6180 - 1 = 61.81% -> 61.8
        ],
    ),
    # 27. Traditional Chinese news brief, advanced packaging: 2024年新台幣5,260億元 -> 2028年上看新台幣1.1兆元 (11000
    #    in the series' 億元), "2024至2028年年複合成長率約21%" stated (rounding: only the coarse 1.1兆 reaches it);
    #    CoWoS monthly capacity (and its doubling), 2奈米, OSATs' capex nowhere
    dict(
        text=(
            "晶策研究中心昨日表示，受惠AI加速器對2.5D封裝的強勁需求，2024年台灣先進封裝產值達新台幣5,260億元，"
            "預估2028年將上看新台幣1.1兆元，2024至2028年年複合成長率約21%。該中心指出，主要晶圓代工廠的CoWoS月產能"
            "將由去年底的3.5萬片倍增至7萬片，2奈米晶片也將陸續導入先進封裝。國內封測大廠今年資本支出合計約新台幣"
            "1,500億元，創歷史新高。"
        ),
        obs=[
            ("Total", 2024, 5260, "TWD 100 million", "actual"),
            ("Total", 2028, 11000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (11000 / 5260) ** (1/4) - 1 = 20.25% -> 20, not 21; bounds with 1.1兆 at
                                           # 21.05-1.15兆: (10500/5260.5)->18.86%, (11500/5259.5)->21.60% -> 21 reachable
        ],
    ),
    # 28. Traditional Chinese (Hong Kong) association statistics in 億港元: 去年486億港元 "較前年的392億港元增長25%"
    #    (inconsistent), 今年約600億港元 "增幅約23.5%" (exact); power capacity, utilisation rate, headcount nowhere
    dict(
        text=(
            "【香港訊】2025年3月20日——香港數碼基建協會發表年度統計，去年本港數據中心的AI相關基建投資達486億港元，"
            "較前年的392億港元增長25%。協會預期今年投資額約為600億港元，增幅約23.5%。目前本港數據中心總電力容量約"
            "1,200兆瓦，機房上架率達92%，相關行業從業員約1.8萬人。"
        ),
        obs=[
            ("Total", 2023, 392, "HKD 100 million", "actual"),
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2025, 600, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 486 / 392 - 1 = 23.98% -> 24; bounds (485.5/392.5)->23.69%,
                                               # (486.5/391.5)->24.27%; 25 unreachable
            ("cagr|implied", "exact"),         # 600 / 486 - 1 = 23.457% -> 23.5
        ],
    ),
    # 29. Traditional Chinese trade-group forecast, liquid cooling: "由2025年的新台幣820億元，成長1.5倍至2027年的
    #    新台幣2,050億元" (x2.5 over 2 years, no verdict), 2024年512億元 and 今年年增率約60.2% (exact); rack power,
    #    a firm's quarterly revenue growth, penetration rates and gross margin nowhere
    dict(
        text=(
            "2025年7月2日——台灣熱管理產業協會最新預估，隨著AI伺服器單一機櫃功率突破100千瓦，台灣液冷散熱模組產值將由"
            "2025年的新台幣820億元，成長1.5倍至2027年的新台幣2,050億元。協會指出，2024年產值為新台幣512億元，"
            "今年年增率約60.2%。某散熱大廠第二季營收年增84%，毛利率約30%；協會並估計液冷在AI機櫃的滲透率將自15%"
            "提升至35%。"
        ),
        obs=[
            ("Total", 2024, 512, "TWD 100 million", "actual"),
            ("Total", 2025, 820, "TWD 100 million", "estimate"),
            ("Total", 2027, 2050, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2025, 2027, 2.0),  # 成長1.5倍 between two printed amounts -> x2.5
            ("growth", 60.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 820 / 512 - 1 = 60.16% -> 60.2
        ],
    ),
    # 30. Simplified Chinese consultancy report: 2024年约1,412亿元 同比增长38.6% (one amount: claim, no verdict),
    #     2025年1,980亿元 同比增长40.2% (exact), 2029年有望突破5,000亿元 with a stated 2024—2029 CAGR 28.8% (exact);
    #     report title year, shipments, firm count and "千亿级" nowhere
    dict(
        text=(
            "据墨衡咨询发布的《2025年中国AI芯片行业研究报告》，2024年中国AI芯片市场规模约为1,412亿元，同比增长38.6%，"
            "行业正式迈入千亿级市场。报告预计，2025年市场规模将达到1,980亿元，同比增长40.2%；到2029年有望突破"
            "5,000亿元，2024—2029年复合增长率为28.8%。去年国内AI芯片出货量约260万片，从事AI芯片设计的企业超过40家。"
        ),
        obs=[
            ("Total", 2024, 1412, "CNY 100 million", "actual"),
            ("Total", 2025, 1980, "CNY 100 million", "estimate"),
            ("Total", 2029, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.6, "percent", 2023, 2024, 1.0),
            ("growth", 40.2, "percent", 2024, 2025, 1.0),
            ("cagr", 28.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1980 / 1412 - 1 = 40.23% -> 40.2
            ("cagr|implied", "exact"),  # (5000 / 1412) ** (1/5) - 1 = 28.77% -> 28.8
        ],
    ),
    # 31. Simplified Chinese institute outlook, computing-centre investment: 2024年6,850亿元 -> 2027年1.2万亿元 (12000
    #     in the series' 亿元), "年均复合增速约21.5%" with no printed span (inferred; rounding via the coarse 1.2万亿);
    #     EFLOPS, percentage points, rack counts nowhere
    dict(
        text=(
            "华衡算力研究院日前发布展望称，2024年我国智算中心建设投资规模为6,850亿元，预计到2027年将达到1.2万亿元，"
            "年均复合增速约21.5%。截至去年底，全国智能算力规模约280 EFLOPS，标准机架超过90万架；国产加速卡在新建"
            "项目中的占比较上年提高8个百分点。"
        ),
        obs=[
            ("Total", 2024, 6850, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (12000 / 6850) ** (1/3) - 1 = 20.55% -> 20.5, not 21.5; bounds with 1.2万亿
                                          # at 1.15-1.25万亿: (11500/6850.5)->18.85%, (12500/6849.5)->22.20% -> reachable
        ],
    ),
    # 32. Simplified Chinese earnings-briefing coverage: management sizes the domestic data-centre GPU market (Total)
    #     at 约1,200亿元 this year and raises its 2026 forecast "由此前的1,500亿元上调至1,850亿元" (new figure only),
    #     "较今年增长54.2%" (exact); company revenue, its growth, margin, quarter, R&D headcount, price target nowhere
    dict(
        text=(
            "2025年4月28日——芯曜科技在2024年度业绩说明会上披露，公司去年实现营业收入38.6亿元，同比增长112%，毛利率"
            "61.3%；今年一季度营收12.4亿元。管理层预计，今年国内数据中心GPU市场规模约为1,200亿元，并将2026年的市场"
            "规模预测由此前的1,500亿元上调至1,850亿元，较今年增长54.2%。公司研发人员超过1,100人。某券商给予目标价"
            "168元，较现价有23%的上涨空间。"
        ),
        obs=[
            ("Total", 2025, 1200, "CNY 100 million", "estimate"),
            ("Total", 2026, 1850, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 54.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1850 / 1200 - 1 = 54.17% -> 54.2
        ],
    ),
    # 33. Simplified Chinese institute statistics, advanced packaging: 2024年1,028亿元 "较2023年的889亿元增长15.6%"
    #     (exact), part "2.5D/3D封装规模约246亿元，占比23.9%" (arithmetic exact); penetration rate, wafer capacity,
    #     5nm nowhere
    dict(
        text=(
            "据甬江半导体研究所统计，2024年中国大陆先进封装市场规模为1,028亿元，较2023年的889亿元增长15.6%；其中"
            "2.5D/3D封装规模约246亿元，占比23.9%。先进封装在整体封测业务中的渗透率已升至39%。研究所预计，国内头部"
            "封测企业的先进封装月产能将在年内超过2万片晶圆，并开始承接5nm芯粒的封装订单。"
        ),
        obs=[
            ("Total", 2023, 889, "CNY 100 million", "actual"),
            ("Total", 2024, 1028, "CNY 100 million", "actual"),
            ("2.5D/3D封装", 2024, 246, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.6, "percent", 2023, 2024, 1.0),
            ("share", 23.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1028 / 889 - 1 = 15.64% -> 15.6
            ("arithmetic", "exact"),    # 246 / 1028 = 23.93% -> 23.9
        ],
    ),
    # 34. Simplified Chinese newspaper item, on-device AI chips: 去年437亿元, 今年预计586亿元 增幅达34.1% (exact),
    #     "到2028年有望较2024年增长3倍" with one amount printed (x3 over 4 years, no verdict); AI phone shipments,
    #     TOPS, a quarter's figure nowhere
    dict(
        text=(
            "【本报讯】2025年8月6日——随着AI手机和AI PC加速普及，端侧AI芯片迎来爆发。据启明星智库测算，去年中国端侧AI"
            "芯片市场规模为437亿元，今年预计增至586亿元，增幅达34.1%，到2028年有望较2024年增长3倍。今年第二季度，"
            "国内AI手机出货量约3,100万部，主流旗舰芯片的NPU算力已超过45 TOPS。"
        ),
        obs=[
            ("Total", 2024, 437, "CNY 100 million", "actual"),
            ("Total", 2025, 586, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.1, "percent", 2024, 2025, 1.0),
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),  # 增长3倍 with only the 2024 amount printed keeps N
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 586 / 437 - 1 = 34.10% -> 34.1
        ],
    ),
    # 35. English pipe table by chip type with E columns and a Total row (hierarchy exact), plus prose shares of GPUs
    #     in 2024 and 2026 (arithmetic exact x2); table number nowhere
    dict(
        text=(
            "Table 3: Global AI accelerator market by chip type, USD billion (Vantor Analytics, January 2025)\n"
            "\n"
            "| Segment     | 2023 | 2024  | 2025E | 2026E |\n"
            "|-------------|------|-------|-------|-------|\n"
            "| GPU         | 63.5 | 102.7 | 148.2 | 191.0 |\n"
            "| Custom ASIC | 6.8  | 12.1  | 21.9  | 34.6  |\n"
            "| FPGA        | 1.9  | 2.2   | 2.5   | 2.8   |\n"
            "| Other       | 0.6  | 1.0   | 1.4   | 2.1   |\n"
            "| Total       | 72.8 | 118.0 | 174.0 | 230.5 |\n"
            "\n"
            "GPUs took 87.0% of accelerator spending in 2024; Vantor expects their share to slip to 82.9% in 2026 "
            "as hyperscalers' custom ASICs ramp."
        ),
        obs=[
            ("GPU", 2023, 63.5, "USD billion", "actual"),
            ("GPU", 2024, 102.7, "USD billion", "actual"),
            ("GPU", 2025, 148.2, "USD billion", "estimate"),
            ("GPU", 2026, 191.0, "USD billion", "estimate"),
            ("Custom ASIC", 2023, 6.8, "USD billion", "actual"),
            ("Custom ASIC", 2024, 12.1, "USD billion", "actual"),
            ("Custom ASIC", 2025, 21.9, "USD billion", "estimate"),
            ("Custom ASIC", 2026, 34.6, "USD billion", "estimate"),
            ("FPGA", 2023, 1.9, "USD billion", "actual"),
            ("FPGA", 2024, 2.2, "USD billion", "actual"),
            ("FPGA", 2025, 2.5, "USD billion", "estimate"),
            ("FPGA", 2026, 2.8, "USD billion", "estimate"),
            ("Other", 2023, 0.6, "USD billion", "actual"),
            ("Other", 2024, 1.0, "USD billion", "actual"),
            ("Other", 2025, 1.4, "USD billion", "estimate"),
            ("Other", 2026, 2.1, "USD billion", "estimate"),
            ("Total", 2023, 72.8, "USD billion", "actual"),
            ("Total", 2024, 118.0, "USD billion", "actual"),
            ("Total", 2025, 174.0, "USD billion", "estimate"),
            ("Total", 2026, 230.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 87.0, "percent", 2024, 2024, None),
            ("share", 82.9, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 63.5+6.8+1.9+0.6=72.8; 102.7+12.1+2.2+1.0=118.0; 148.2+21.9+2.5+1.4=174.0;
                                      # 211.0+34.6+2.8+2.1=230.5 -- all equal their Total
            ("arithmetic", "exact"),  # 102.7 / 118.0 = 87.03% -> 87.0
            ("arithmetic", "exact"),  # 191.0 / 230.5 = 82.86% -> 82.9
        ],
    ),
    # 36. Simplified Chinese space-aligned table by region with a 合计 row whose columns each miss the rows' sum by 1
    #     (hierarchy rounding); 2025年E estimate; table number and a shipment note nowhere
    dict(
        text=(
            "表2  中国AI服务器市场规模（按区域，单位：亿元）\n"
            "区域      2023年     2024年     2025年E\n"
            "华东        512        746       1,018\n"
            "华北        398        571         779\n"
            "华南        276        402         548\n"
            "其他        187        268         371\n"
            "合计      1,372      1,988       2,715\n"
            "注：各区域数据经四舍五入；2024年AI服务器出货量约42万台。"
        ),
        obs=[
            ("华东", 2023, 512, "CNY 100 million", "actual"),
            ("华东", 2024, 746, "CNY 100 million", "actual"),
            ("华东", 2025, 1018, "CNY 100 million", "estimate"),
            ("华北", 2023, 398, "CNY 100 million", "actual"),
            ("华北", 2024, 571, "CNY 100 million", "actual"),
            ("华北", 2025, 779, "CNY 100 million", "estimate"),
            ("华南", 2023, 276, "CNY 100 million", "actual"),
            ("华南", 2024, 402, "CNY 100 million", "actual"),
            ("华南", 2025, 548, "CNY 100 million", "estimate"),
            ("其他", 2023, 187, "CNY 100 million", "actual"),
            ("其他", 2024, 268, "CNY 100 million", "actual"),
            ("其他", 2025, 371, "CNY 100 million", "estimate"),
            ("合计", 2023, 1372, "CNY 100 million", "actual"),
            ("合计", 2024, 1988, "CNY 100 million", "actual"),
            ("合计", 2025, 2715, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 512+398+276+187=1373 vs 1372; 746+571+402+268=1987 vs 1988;
                                        # 1018+779+548+371=2716 vs 2715 -- each off by 1, within the rows'
                                        # 4 x 0.5 = ±2 plus the total's ±0.5
        ],
    ),
    # 37. English tab-separated vertical table (rows are years): columns HBM and DRAM are items by header, an
    #     "HBM share" column gives a share each year (arithmetic exact x4); price multiple in the note nowhere
    dict(
        text=(
            "HBM versus total DRAM revenue, USD billion (Ardent Memory Tracker)\n"
            "Year\tHBM\tDRAM\tHBM share\n"
            "2023\t4.3\t51.8\t8.3%\n"
            "2024\t17.1\t97.2\t17.6%\n"
            "2025E\t34.5\t121.0\t28.5%\n"
            "2026E\t46.8\t139.6\t33.5%\n"
            "Note: HBM sells at roughly five times the per-bit price of DDR5; NAND is excluded."
        ),
        obs=[
            ("HBM", 2023, 4.3, "USD billion", "actual"),
            ("HBM", 2024, 17.1, "USD billion", "actual"),
            ("HBM", 2025, 34.5, "USD billion", "estimate"),
            ("HBM", 2026, 46.8, "USD billion", "estimate"),
            ("DRAM", 2023, 51.8, "USD billion", "actual"),
            ("DRAM", 2024, 97.2, "USD billion", "actual"),
            ("DRAM", 2025, 121.0, "USD billion", "estimate"),
            ("DRAM", 2026, 139.6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 8.3, "percent", 2023, 2023, None),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2025, 2025, None),
            ("share", 33.5, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.3 / 51.8 = 8.30% -> 8.3
            ("arithmetic", "exact"),  # 17.1 / 97.2 = 17.59% -> 17.6
            ("arithmetic", "exact"),  # 34.5 / 121.0 = 28.51% -> 28.5
            ("arithmetic", "exact"),  # 46.8 / 139.6 = 33.52% -> 33.5
        ],
    ),
    # 38. Traditional Chinese: a unit-shipment table (萬台, nowhere) beside a value table in 新台幣億元 with a 合計 row
    #     (hierarchy exact); 2025F estimate; table numbers and source date nowhere
    dict(
        text=(
            "表一  台灣AI伺服器出貨量（萬台）\n"
            "類別          2023     2024     2025F\n"
            "GPU伺服器      8.6     13.9      17.2\n"
            "ASIC伺服器     2.1      3.8       6.0\n"
            "\n"
            "表二  台灣AI伺服器產值（新台幣億元）\n"
            "類別          2023     2024     2025F\n"
            "GPU伺服器    3,240    5,310     8,020\n"
            "ASIC伺服器     520      870     1,560\n"
            "合計         3,760    6,180     9,580\n"
            "資料來源：鼎新產業研究院，2025年3月"
        ),
        obs=[
            ("GPU伺服器", 2023, 3240, "TWD 100 million", "actual"),
            ("GPU伺服器", 2024, 5310, "TWD 100 million", "actual"),
            ("GPU伺服器", 2025, 8020, "TWD 100 million", "estimate"),
            ("ASIC伺服器", 2023, 520, "TWD 100 million", "actual"),
            ("ASIC伺服器", 2024, 870, "TWD 100 million", "actual"),
            ("ASIC伺服器", 2025, 1560, "TWD 100 million", "estimate"),
            ("合計", 2023, 3760, "TWD 100 million", "actual"),
            ("合計", 2024, 6180, "TWD 100 million", "actual"),
            ("合計", 2025, 9580, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 3240+520=3760; 5310+870=6180; 8020+1560=9580 -- all equal 合計
        ],
    ),
    # 39. English space-aligned table of data-centre infrastructure spending by region (2025E, 2028F columns, Total
    #     row, hierarchy exact) with a note's stated 2024-2028 CAGR of 17.1% (exact); facility count nowhere
    dict(
        text=(
            "Data-centre infrastructure spending by region (USD billion)\n"
            "Region             2024    2025E    2028F\n"
            "North America     212.4    268.9    401.7\n"
            "China              58.6     71.3    104.2\n"
            "Europe             39.8     47.5     74.9\n"
            "Rest of world      31.2     38.3     63.0\n"
            "Total             342.0    426.0    643.8\n"
            "Note: total spending is forecast to grow at a CAGR of 17.1% over 2024-2028. Figures cover servers, "
            "networking, power and cooling equipment across 4,300 tracked facilities; land and buildings are excluded."
        ),
        obs=[
            ("North America", 2024, 212.4, "USD billion", "actual"),
            ("North America", 2025, 268.9, "USD billion", "estimate"),
            ("North America", 2028, 401.7, "USD billion", "estimate"),
            ("China", 2024, 58.6, "USD billion", "actual"),
            ("China", 2025, 71.3, "USD billion", "estimate"),
            ("China", 2028, 104.2, "USD billion", "estimate"),
            ("Europe", 2024, 39.8, "USD billion", "actual"),
            ("Europe", 2025, 47.5, "USD billion", "estimate"),
            ("Europe", 2028, 74.9, "USD billion", "estimate"),
            ("Rest of world", 2024, 31.2, "USD billion", "actual"),
            ("Rest of world", 2025, 38.3, "USD billion", "estimate"),
            ("Rest of world", 2028, 63.0, "USD billion", "estimate"),
            ("Total", 2024, 342.0, "USD billion", "actual"),
            ("Total", 2025, 426.0, "USD billion", "estimate"),
            ("Total", 2028, 643.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 212.4+58.6+39.8+31.2=342.0; 268.9+71.3+47.5+38.3=426.0;
                                        # 421.7+104.2+74.9+63.0=643.8 -- all equal Total
            ("cagr|implied", "exact"),  # (643.8 / 342.0) ** (1/4) - 1 = 17.13% -> 17.1
        ],
    ),
    # 40. Simplified Chinese pipe table by chip type with a 2024 占比 column (four shares, arithmetic exact; the 100%
    #     total is no claim), a 2025年E column and a 合计 row (hierarchy exact); GPU shipments in the note nowhere
    dict(
        text=(
            "中国AI芯片市场结构（单位：亿元）\n"
            "| 类型 | 2024年 | 占比 | 2025年E |\n"
            "|------|--------|------|---------|\n"
            "| GPU | 982 | 69.5% | 1,352 |\n"
            "| ASIC | 268 | 19.0% | 412 |\n"
            "| FPGA | 97 | 6.9% | 118 |\n"
            "| 其他 | 65 | 4.6% | 98 |\n"
            "| 合计 | 1,412 | 100% | 1,980 |\n"
            "注：2024年GPU出货量约150万片；数据来源：墨衡咨询。"
        ),
        obs=[
            ("GPU", 2024, 982, "CNY 100 million", "actual"),
            ("GPU", 2025, 1352, "CNY 100 million", "estimate"),
            ("ASIC", 2024, 268, "CNY 100 million", "actual"),
            ("ASIC", 2025, 412, "CNY 100 million", "estimate"),
            ("FPGA", 2024, 97, "CNY 100 million", "actual"),
            ("FPGA", 2025, 118, "CNY 100 million", "estimate"),
            ("其他", 2024, 65, "CNY 100 million", "actual"),
            ("其他", 2025, 98, "CNY 100 million", "estimate"),
            ("合计", 2024, 1412, "CNY 100 million", "actual"),
            ("合计", 2025, 1980, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 69.5, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
            ("share", 6.9, "percent", 2024, 2024, None),
            ("share", 4.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 982+268+97+65=1412; 1352+412+118+98=1980 -- both equal 合计
            ("arithmetic", "exact"),  # 982 / 1412 = 69.55% (69.547) -> 69.5
            ("arithmetic", "exact"),  # 268 / 1412 = 18.98% -> 19.0
            ("arithmetic", "exact"),  # 97 / 1412 = 6.87% -> 6.9
            ("arithmetic", "exact"),  # 65 / 1412 = 4.60% -> 4.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 9, 'exact': 68}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'will top $400 billion by 2030',
    'compound annual growth rate for 2024-2030 at 22.5%',
    '預估今年將攀升至1.12兆元，年增42.7%',
    '| Total | 57.5 | 116.9 | 171.3 |',
    '29.1% of a DRAM',
    '2024—2029年复合增长率为26.1%',
    'better than a fivefold increase',
    '| 年份 | 亿元 | 同比增速 |',
    'raised its forecast for the value of the global AI server market',
    '較2023年的61.9億港元增長39.5%',
    'Rest of world\t9.3\t14.1',
    'between €58 billion and €64 billion in 2027',
    '市场规模增长了4倍',
    'CAGR 2024-30',
    'implying average annual growth of 16.7%',
    '| 合計 | 5,192 | 7,575 |',
    '其中2.5D/3D封装约为238亿元，占比23.5%',
    'of which GPUs account for $152.7 billion, or 83%',
    'Total             292.8    393.7   34.4%',
    'a 64% jump from $72 billion in 2023',
    'implying compound annual growth of 22.5% between 2024 and 2030',
    'to roughly $500 billion in 2028, from the $400 billion',
    'a compound rate of about 41% a year',
    'is set to roughly double its sales this year to $34 billion',
    'a compound annual growth rate of 12.1% over 2024-2029',
    'at between ¥820 billion and ¥900 billion by fiscal 2030',
    '今年可望突破新台幣1兆元，年增61.8%',
    '預估2028年將上看新台幣1.1兆元',
    '較前年的392億港元增長25%',
    '成長1.5倍至2027年的新台幣2,050億元',
    '2024—2029年复合增长率为28.8%',
    '预计到2027年将达到1.2万亿元',
    '由此前的1,500亿元上调至1,850亿元',
    '有望较2024年增长3倍',
    '| Total       | 72.8 | 118.0 | 174.0 | 230.5 |',
    '合计      1,372      1,988       2,715',
    '2025E\t34.5\t121.0\t28.5%',
    '表二  台灣AI伺服器產值（新台幣億元）',
    '| GPU | 982 | 69.5% | 1,352 |',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 199 figures, 46 rates,
#: 72 verdicts and 4 false inconsistent on the code before the readings chosen on the hundred-and-fourth and
#: hundred-and-sixth sets; 218, 46, 72 and 4 after them
FLOORS = {"figures_found": 220, "rates_found": 48, "verdicts_right": 76}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it)
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset105.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
