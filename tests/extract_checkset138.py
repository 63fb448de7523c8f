"""A hundred-and-thirty-eighth check set for the extractor, written blind: AI in agriculture and food, in English and Chinese
(Simplified and Traditional) -- precision-farming software, crop and livestock monitoring, agricultural drones,
smart greenhouses, food-safety inspection AI and farm-management platforms, sized in money by agricultural
institutes, ministries' think-tanks, brokers, digital-village plans, Japanese, Korean, Australian, Brazilian and
Taiwanese associations and consultancies; hectares or mu covered, drones sold, yields, savings in percent, farm
incomes, a company's own revenue, funding rounds, subsidies, a season's figures and the whole farm output are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English press release with dateline: North American precision-farming software, 2024 vs 2023 with a
    #    printed year-on-year rate, a part ("Variable-rate prescription tools") with its share of the total;
    #    distractors: survey respondents (1,850 growers), a survey answer (62%), a headcount (140 analysts),
    #    "last year's total" resolved by the 2025 dateline
    dict(
        text=(
            "DES MOINES, Iowa, February 11, 2025 — Spending on precision-farming software in North America reached "
            "$2.84 billion in 2024, a 17.4% increase on the $2.42 billion recorded in 2023, according to the annual "
            "Farm Software Census published by Prairie Ledger Analytics. Variable-rate prescription tools made up "
            "$1.12 billion of last year's total, or 39.4%. The census drew on answers from 1,850 growers, 62% of whom "
            "said they planned to add at least one new platform this season. Prairie Ledger, which employs 140 "
            "analysts, did not publish a forecast."
        ),
        obs=[
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2023, 2.42, "USD billion", "actual"),
            ("Variable-rate prescription tools", 2024, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
            ("share", 39.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.84 / 2.42 - 1 = 17.355% -> 17.4
            ("arithmetic", "exact"),    # 1.12 / 2.84 = 39.437% -> 39.4
        ],
    ),

    # 2. English news: AI crop-protection drones, stated 2024-2030 CAGR that is right only within rounding;
    #    distractors: drones sold, hectares treated, pesticide savings in percent, a company's units and revenue
    dict(
        text=(
            "AUSTIN, 14 May 2025 — Spraying drones that steer themselves with on-board vision are no longer a "
            "curiosity. Skyfield Research values the global market for AI-enabled crop-protection drones at "
            "$1.9 billion in 2024 and projects $6.8 billion in 2030, a compound annual growth rate of 23.9% for "
            "2024-2030. Roughly 410,000 such drones were sold last year, treating an estimated 190 million hectares, "
            "and growers using them report pesticide savings of 20 to 30 percent. Market leader Aerotill alone "
            "shipped 96,000 units and booked revenue of $1.1 billion."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (6.8 / 1.9) ** (1/6) - 1 = 23.678% -> 23.7, not 23.9;
            # bounds: (6.75/1.95)**(1/6)-1 = 22.99%, (6.85/1.85)**(1/6)-1 = 24.38% -> 23.9 reachable
            ("cagr|implied", "rounding"),
        ],
    ),

    # 3. English wire story from Tokyo: yen amounts (¥ billion) in fiscal years, an average annual gain whose span
    #    is given only by its amounts' years (inferred); distractors: farmers' average age, a per-machine subsidy
    #    in yen, number of member companies
    dict(
        text=(
            "TOKYO, 22 January 2025 — Japan's smart-agriculture market, which spans robot tractors, AI crop "
            "diagnosis and automated greenhouse control, was worth ¥33.1 billion in fiscal 2023, the Japan "
            "Agri-Robotics Council said on Wednesday. The council expects ¥70.8 billion by fiscal 2029, an average "
            "annual gain of 13.5%. Demand is being pushed by a shrinking workforce: the average age of core farmers "
            "has reached 68.7, and the farm ministry now offers subsidies of up to ¥1.5 million per machine. The "
            "council's 212 member companies include several tractor makers."
        ),
        obs=[
            ("Total", 2023, 33.1, "JPY billion", "actual"),
            ("Total", 2029, 70.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.5, "percent", 2023, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (70.8 / 33.1) ** (1/6) - 1 = 13.510% -> 13.5
        ],
    ),

    # 4. English earnings-call summary: the CEO sizes the total addressable market (Total) for camera-based
    #    livestock monitoring, 2024 and 2028, "roughly 15% a year" (inferred CAGR); distractors: quarterly and
    #    full-year company revenue, gross margin, head of cattle, farm count, price target and upside
    dict(
        text=(
            "Herdwise Systems, fourth-quarter 2024 earnings call, 26 February 2025. Chief executive Lena Okafor told "
            "analysts: \"We size the total addressable market for camera-based livestock monitoring at $7.5 billion "
            "in 2024, and we see it reaching $13.2 billion in 2028 — roughly 15% a year.\" Herdwise reported "
            "fourth-quarter revenue of $118 million and full-year revenue of $412 million, with a gross margin of "
            "61%. Its cameras now watch 4.6 million head of cattle on 2,300 farms. Redbank Securities kept its $54 "
            "price target, implying 38% upside."
        ),
        obs=[
            ("Total", 2024, 7.5, "USD billion", "actual"),
            ("Total", 2028, 13.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (13.2 / 7.5) ** (1/4) - 1 = 15.180% -> 15
        ],
    ),

    # 5. English dated news, pounds: "last year" and "this year" from a 2025 dateline (this year's figure an
    #    estimate), a growth rate to this year, a part with "about 40%"; distractors: percentage points, a
    #    penetration rate (31%), a survey answer (58%) and the respondent count (420)
    dict(
        text=(
            "LONDON, 3 June 2025 — British food processors spent £186 million last year on AI-based inspection "
            "systems, the camera, X-ray and hyperspectral lines that catch bone fragments, foreign bodies and "
            "mislabelled packs, according to Harrowgate Insight. The consultancy expects spending to rise 19% to "
            "£221 million this year. Meat and poultry accounted for £74 million of last year's spending, about 40%. "
            "The proportion of mid-sized processors using some form of AI inspection climbed 9 percentage points "
            "to 31%, and 58% of the 420 plant managers surveyed named recalls as their main worry."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Total", 2025, 221, "GBP million", "estimate"),
            ("Meat and poultry", 2024, 74, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2024, 2025, 1.0),
            ("share", 40.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 221 / 186 - 1 = 18.817% -> 19
            ("arithmetic", "exact"),    # 74 / 186 = 39.785% -> 40
        ],
    ),

    # 6. English news, euros, no dateline: a year-on-year rate its own amounts contradict (25% printed, 15.7%
    #    computed); a second publisher's 2024 figure (€380 million) expected nowhere; distractors: hectares of
    #    glass, gas saved in percent, tomato yield per square metre
    dict(
        text=(
            "WESTLAND, Netherlands — Growers under glass are handing the thermostat to algorithms. Spending on AI "
            "climate and irrigation control for Dutch greenhouses rose 25% to €412 million in 2024 from €356 million "
            "in 2023, the horticultural research institute Kasvista reported on Tuesday. A separate estimate by "
            "Veldhuis & Partners put the 2024 market at €380 million. Kasvista says the systems now run on 3,600 of "
            "the country's roughly 10,000 hectares of glass, cutting gas use by 18% and lifting tomato yields to "
            "about 75 kilograms per square metre."
        ),
        obs=[
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2023, 356, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 412 / 356 - 1 = 15.730%; bounds 411.5/356.5-1 = 15.43%, 412.5/355.5-1 = 16.03% -> 25 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),

    # 7. English news from Brazil: US$ million opening the series, a later "US$1.5 billion" converted to the
    #    series' unit (1500), an approximate "should top", a CAGR with its span printed ("from 2024 to 2029");
    #    distractors in reais (credit line, a Series B round), a soybean harvest in tonnes
    dict(
        text=(
            "SÃO PAULO, 9 April 2025 — Brazil's market for AI-based crop monitoring and farm-management platforms "
            "reached US$610 million in 2024 and should top US$1.5 billion by 2029, growing 19.7% a year from 2024 "
            "to 2029, according to the agribusiness consultancy Cerrado Insights. The estimate excludes hardware. "
            "Soybean growers, who brought in a record 169 million tonnes last season, make up most of the user base. "
            "The government's Plano Safra credit line of R$400 billion does not finance software directly, and the "
            "startup Talhão Vision raised R$85 million in a Series B round last month."
        ),
        obs=[
            ("Total", 2024, 610, "USD million", "actual"),
            ("Total", 2029, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1500 / 610) ** (1/5) - 1 = 19.716% -> 19.7
        ],
    ),

    # 8. English feature from Australia: a global market in US$ billion with "2.9 times its 2021 size" (a
    #    multiple over 3 years, no verdict); Australian-dollar spending (not in the unit table) expected nowhere;
    #    distractors: herbicide saved in percent, hectares, a quarter's unit sales
    dict(
        text=(
            "PERTH — Camera booms that spray only the weed and not the wheat have moved from trial plots to "
            "mainstream paddocks. The Grains Innovation Council estimates the global market for AI weed-detection "
            "and spot-spraying systems at US$1.25 billion in 2024, 2.9 times its 2021 size of US$0.43 billion. "
            "Australian growers spent about A$140 million on the technology last season, and the council reckons it "
            "cut herbicide use by up to 80% on the 2.1 million hectares where it was deployed. In the June quarter "
            "alone, local dealers sold 640 camera-boom units."
        ),
        obs=[
            ("Total", 2024, 1.25, "USD billion", "actual"),
            ("Total", 2021, 0.43, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.9, "multiple", 2021, 2024, 3.0),  # 1.25 / 0.43 = 2.907; multiples get no verdict
        ],
        verdicts=[],
    ),

    # 9. English investor-day report: the TAM "this year" (dateline 2025, an estimate) and 2029, a stated
    #    2025-2029 CAGR right only within rounding; an adjacent market named beside it is an item of its own;
    #    distractors: headcount, acres under management, revenue target, margin, a company share target
    dict(
        text=(
            "DENVER, 18 September 2025 — At its first investor day, farm-software maker Furrowline said the market "
            "for farm-management platforms would be worth $9.4 billion this year and $15.1 billion in 2029, a "
            "compound annual growth rate of 12.8% over 2025-2029. Management also sized an adjacent market, "
            "grain-storage monitoring, at $1.8 billion this year. Furrowline, which has 1,100 employees and 2.3 "
            "million acres under management, set a target of $500 million in revenue by 2028 at an operating margin "
            "of 25%, and said it wanted a 10% share of the farm-management market by then."
        ),
        obs=[
            ("Total", 2025, 9.4, "USD billion", "estimate"),
            ("Total", 2029, 15.1, "USD billion", "estimate"),
            ("Grain-storage monitoring", 2025, 1.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 12.8, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            # (15.1 / 9.4) ** (1/4) - 1 = 12.580% -> 12.6, not 12.8;
            # bounds: (15.05/9.45)**0.25-1 = 12.34%, (15.15/9.35)**0.25-1 = 12.82% -> 12.8 reachable
            ("cagr|implied", "rounding"),
        ],
    ),

    # 10. Simplified Chinese industry-report news: 植保无人机 market 2024 vs 2023 with 同比增长, a 2028 target
    #     (预计到2028年…将达到) and a 2024—2028年 CAGR (约21%); distractors: report title year, drones sold (万架),
    #     亩次 covered, pesticide saved in percent, 农林牧渔业总产值 in 万亿元
    dict(
        text=(
            "新华农讯 2025年3月18日 据华垄农业装备研究院发布的《2025中国智能植保无人机产业报告》，2024年我国智能植保"
            "无人机市场规模达到156.8亿元，同比增长24.1%，2023年为126.3亿元。全年植保无人机销量约5.2万架，累计作业"
            "面积突破26亿亩次，平均每亩节约农药用量约15%。研究院预计，到2028年市场规模将达到340亿元，2024—2028年"
            "年均复合增长率约为21%。相比之下，2024年全国农林牧渔业总产值超过14万亿元，无人机植保仍处于渗透初期。"
        ),
        obs=[
            ("Total", 2024, 156.8, "CNY 100 million", "actual"),
            ("Total", 2023, 126.3, "CNY 100 million", "actual"),
            ("Total", 2028, 340, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 21.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 156.8 / 126.3 - 1 = 24.149% -> 24.1
            ("cagr|implied", "exact"),  # (340 / 156.8) ** (1/4) - 1 = 21.348% -> 21
        ],
    ),

    # 11. Simplified Chinese provincial digital-village plan: the national 数字农业 market "约8,350亿元" in 2024 and
    #     "突破1.3万亿元" by 2028 (converted to the series' 亿元: 13000), a stated CAGR right only within rounding;
    #     distractors: plan title years, farms to build, 信息化率, a per-farm subsidy, the province's 农业总产值,
    #     a vague 千亿级 cluster
    dict(
        text=(
            "青禾省人民政府办公厅近日印发《青禾省数字乡村建设三年行动方案（2025—2027年）》。方案引用的测算显示，2024年"
            "全国数字农业市场规模约为8,350亿元，预计到2028年将突破1.3万亿元，2024—2028年年均复合增长率约12.5%。"
            "方案提出，到2027年全省建成智慧农场300个，农业生产信息化率达到45%以上，省级财政对每个智慧农场补助50万元，"
            "着力打造千亿级智慧农业产业集群。2024年全省农业总产值为5,860亿元。"
        ),
        obs=[
            ("Total", 2024, 8350, "CNY 100 million", "actual"),
            ("Total", 2028, 13000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (13000 / 8350) ** (1/4) - 1 = 11.703% -> 11.7, not 12.5;
            # bounds: (12500/8350.5)**0.25-1 = 10.61%, (13500/8349.5)**0.25-1 = 12.76% -> 12.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),

    # 12. Traditional Chinese (Taiwan) news in 新台幣億元: 2024 vs 2023 with 成長率, hardware part with its share,
    #     a 2025 forecast (預估…可望); distractors: a per-drone subsidy in 新台幣萬元, farm households, rice yield
    #     gain in percent, one firm's own revenue
    dict(
        text=(
            "【台北訊】2025年3月12日 台灣智慧農業產業聯盟今日發布調查指出，2024年國內農業AI應用市場規模達新台幣128億元，"
            "較2023年的110億元成長16.4%；其中硬體（感測器、影像辨識設備與植保無人機）為新台幣71億元，占55.5%。聯盟"
            "預估2025年市場可望成長至新台幣150億元。農業部對每架植保無人機補助新台幣5萬元，目前已有3,200戶農民導入，"
            "試辦田區稻米每公頃產量提升約8%。業界龍頭禾視科技去年營收為新台幣9.6億元。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 110, "TWD 100 million", "actual"),
            ("硬體", 2024, 71, "TWD 100 million", "actual"),
            ("Total", 2025, 150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("share", 55.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 110 - 1 = 16.364% -> 16.4
            ("arithmetic", "exact"),    # 71 / 128 = 55.469% -> 55.5
        ],
    ),

    # 13. Traditional Chinese (Hong Kong) news in 億港元: 2024 "約18.6億港元" vs 2023 16.6億港元 with 按年增長12.5%
    #     (right only within rounding), a part whose share is only "約佔四成" (no share claim), a 2026 target;
    #     distractors: a first-quarter figure, samples tested
    dict(
        text=(
            "【香港訊】2025年5月6日 香港食品科技協會發表報告指出，2024年本港食品安全檢測AI市場規模約18.6億港元，按年"
            "增長12.5%，2023年為16.6億港元。其中實驗室AI檢測系統佔7.4億港元，約佔四成。今年首季市場規模為4.9億港元。"
            "食環署全年抽檢約65,000個食物樣本。協會預計，2026年市場規模有望達到24億港元。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2023, 16.6, "HKD 100 million", "actual"),
            ("實驗室AI檢測系統", 2024, 7.4, "HKD 100 million", "actual"),
            ("Total", 2026, 24, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18.6 / 16.6 - 1 = 12.048% -> 12.0, not 12.5;
            # bounds: 18.55/16.65-1 = 11.41%, 18.65/16.55-1 = 12.69% -> 12.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),

    # 14. Simplified Chinese brokerage-style news: livestock AI vision, "由2020年的9.6亿元增长2倍至2024年的28.8亿元"
    #     (two amounts printed -> x3), a share without its part's amount (58%, no verdict), a stated 2024—2027
    #     CAGR its amounts contradict; distractors: 千亿级, a firm's revenue and Q3 revenue, a price target,
    #     hogs slaughtered
    dict(
        text=(
            "北京，2025年4月21日——据禾瞳研究院测算，国内畜牧业AI视觉监测市场规模由2020年的9.6亿元增长2倍至2024年的"
            "28.8亿元，其中生猪养殖场景占比58%。某券商研报预计，2027年该市场将达到62亿元，2024—2027年复合增速达到35%，"
            "长期有望成长为千亿级赛道。行业龙头牧瞳科技2024年营收6.3亿元，其中第三季度营收1.9亿元，券商给予目标价48元。"
            "2024年全国生猪出栏约7.0亿头。"
        ),
        obs=[
            ("Total", 2020, 9.6, "CNY 100 million", "actual"),
            ("Total", 2024, 28.8, "CNY 100 million", "actual"),
            ("Total", 2027, 62, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 增长2倍 between two printed amounts -> x3 (28.8/9.6 = 3.0)
            ("share", 58.0, "percent", 2024, 2024, None),    # part's amount not printed -> no verdict
            ("cagr", 35.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (62 / 28.8) ** (1/3) - 1 = 29.12%; bounds (61.5/28.85)**(1/3)-1 = 28.70%,
            # (62.5/28.75)**(1/3)-1 = 29.54% -> 35 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),

    # 15. English pipe table: global market by segment with a Total row, actual 2023/2024 and E columns 2025E/2028E;
    #     a stated CAGR line under the table; distractor: a software gross margin
    dict(
        text=(
            "Global AI-in-agriculture market by segment (USD million)\n"
            "\n"
            "| Segment  | 2023  | 2024  | 2025E | 2028E |\n"
            "|----------|-------|-------|-------|-------|\n"
            "| Hardware | 1,420 | 1,655 | 1,930 | 2,980 |\n"
            "| Software | 1,180 | 1,460 | 1,790 | 3,240 |\n"
            "| Services | 610   | 705   | 820   | 1,260 |\n"
            "| Total    | 3,210 | 3,820 | 4,540 | 7,480 |\n"
            "\n"
            "Source: Kestrel Agri Research, January 2025. Total market CAGR 2024-2028E: 18.3%. Software gross "
            "margins across the vendors we track average 68%."
        ),
        obs=[
            ("Hardware", 2023, 1420, "USD million", "actual"),
            ("Hardware", 2024, 1655, "USD million", "actual"),
            ("Hardware", 2025, 1930, "USD million", "estimate"),
            ("Hardware", 2028, 2980, "USD million", "estimate"),
            ("Software", 2023, 1180, "USD million", "actual"),
            ("Software", 2024, 1460, "USD million", "actual"),
            ("Software", 2025, 1790, "USD million", "estimate"),
            ("Software", 2028, 3240, "USD million", "estimate"),
            ("Services", 2023, 610, "USD million", "actual"),
            ("Services", 2024, 705, "USD million", "actual"),
            ("Services", 2025, 820, "USD million", "estimate"),
            ("Services", 2028, 1260, "USD million", "estimate"),
            ("Total", 2023, 3210, "USD million", "actual"),
            ("Total", 2024, 3820, "USD million", "actual"),
            ("Total", 2025, 4540, "USD million", "estimate"),
            ("Total", 2028, 7480, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7480 / 3820) ** (1/4) - 1 = 18.293% -> 18.3
            # rows add: 1420+1180+610 = 3210; 1655+1460+705 = 3820; 1930+1790+820 = 4540; 2980+3240+1260 = 7480
            ("hierarchy", "exact"),
        ],
    ),

    # 16. Simplified Chinese tab-separated tables: 表1 drones sold (万架) and 亩次 by year (no money, nothing
    #     expected) beside 表2 market value by segment in 亿元 with a 合计 row; a growth line and a share line
    dict(
        text=(
            "表1 2022—2024年植保无人机销量与作业面积\n"
            "年份\t销量（万架）\t作业面积（亿亩次）\n"
            "2022\t3.2\t14.0\n"
            "2023\t4.1\t18.5\n"
            "2024\t5.2\t24.3\n"
            "\n"
            "表2 植保无人机市场规模（单位：亿元）\n"
            "细分\t2022年\t2023年\t2024年\n"
            "整机销售\t64.5\t75.2\t90.7\n"
            "飞防作业服务\t22.8\t28.6\t35.4\n"
            "软件与数据服务\t6.1\t9.3\t13.8\n"
            "合计\t93.4\t113.1\t139.9\n"
            "\n"
            "2024年市场规模合计同比增长23.7%，其中软件与数据服务占比9.9%。"
        ),
        obs=[
            ("整机销售", 2022, 64.5, "CNY 100 million", "actual"),
            ("整机销售", 2023, 75.2, "CNY 100 million", "actual"),
            ("整机销售", 2024, 90.7, "CNY 100 million", "actual"),
            ("飞防作业服务", 2022, 22.8, "CNY 100 million", "actual"),
            ("飞防作业服务", 2023, 28.6, "CNY 100 million", "actual"),
            ("飞防作业服务", 2024, 35.4, "CNY 100 million", "actual"),
            ("软件与数据服务", 2022, 6.1, "CNY 100 million", "actual"),
            ("软件与数据服务", 2023, 9.3, "CNY 100 million", "actual"),
            ("软件与数据服务", 2024, 13.8, "CNY 100 million", "actual"),
            ("合计", 2022, 93.4, "CNY 100 million", "actual"),
            ("合计", 2023, 113.1, "CNY 100 million", "actual"),
            ("合计", 2024, 139.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("share", 9.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 139.9 / 113.1 - 1 = 23.696% -> 23.7
            ("arithmetic", "exact"),    # 13.8 / 139.9 = 9.864% -> 9.9
            # rows add: 64.5+22.8+6.1 = 93.4; 75.2+28.6+9.3 = 113.1; 90.7+35.4+13.8 = 139.9
            ("hierarchy", "exact"),
        ],
    ),

    # 17. English space-aligned vertical table whose rows are years, a lone value column headed by its unit only
    #     (-> Total), a YoY column; F rows are estimates
    dict(
        text=(
            "Global market for computer-vision livestock monitoring\n"
            "\n"
            "Year     USD million     YoY\n"
            "2021         412          –\n"
            "2022         498        20.9%\n"
            "2023         587        17.9%\n"
            "2024         702        19.6%\n"
            "2025F        826        17.7%\n"
            "2026F        968        17.2%\n"
            "\n"
            "Source: Pastoral Analytics Group. F = forecast. Figures exclude RFID ear tags and collars."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 498, "USD million", "actual"),
            ("Total", 2023, 587, "USD million", "actual"),
            ("Total", 2024, 702, "USD million", "actual"),
            ("Total", 2025, 826, "USD million", "estimate"),
            ("Total", 2026, 968, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2021, 2022, 1.0),
            ("growth", 17.9, "percent", 2022, 2023, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 17.7, "percent", 2024, 2025, 1.0),
            ("growth", 17.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 498 / 412 - 1 = 20.874% -> 20.9
            ("cagr|implied", "exact"),  # 587 / 498 - 1 = 17.871% -> 17.9
            ("cagr|implied", "exact"),  # 702 / 587 - 1 = 19.591% -> 19.6
            ("cagr|implied", "exact"),  # 826 / 702 - 1 = 17.664% -> 17.7
            ("cagr|implied", "exact"),  # 968 / 826 - 1 = 17.191% -> 17.2
        ],
    ),

    # 18. English space-aligned table of a Japanese association in 億円 (100 million yen) by field, fiscal-year
    #     columns with an F column and a Total row; a FY2024-FY2027 rate line; distractors: a note number, farm
    #     count, rice yield per 10 ares
    dict(
        text=(
            "Japan smart-agriculture market by field (unit: 100 million yen, 億円)\n"
            "\n"
            "                           FY2022   FY2023   FY2024   FY2027F\n"
            "Field crops                   118      136      157       231\n"
            "Greenhouse horticulture        96      112      131       204\n"
            "Livestock                      74       83       95       142\n"
            "Total                         288      331      383       577\n"
            "\n"
            "Source: Japan Smart Farming Association. Note 2: FY2027 is the association's forecast. The association "
            "projects growth of 14.6% a year from FY2024 to FY2027. Some 12,400 farms used at least one system in "
            "FY2024, and adopters reported rice yields of 540 kg per 10 ares."
        ),
        obs=[
            ("Field crops", 2022, 118, "JPY 100 million", "actual"),
            ("Field crops", 2023, 136, "JPY 100 million", "actual"),
            ("Field crops", 2024, 157, "JPY 100 million", "actual"),
            ("Field crops", 2027, 231, "JPY 100 million", "estimate"),
            ("Greenhouse horticulture", 2022, 96, "JPY 100 million", "actual"),
            ("Greenhouse horticulture", 2023, 112, "JPY 100 million", "actual"),
            ("Greenhouse horticulture", 2024, 131, "JPY 100 million", "actual"),
            ("Greenhouse horticulture", 2027, 204, "JPY 100 million", "estimate"),
            ("Livestock", 2022, 74, "JPY 100 million", "actual"),
            ("Livestock", 2023, 83, "JPY 100 million", "actual"),
            ("Livestock", 2024, 95, "JPY 100 million", "actual"),
            ("Livestock", 2027, 142, "JPY 100 million", "estimate"),
            ("Total", 2022, 288, "JPY 100 million", "actual"),
            ("Total", 2023, 331, "JPY 100 million", "actual"),
            ("Total", 2024, 383, "JPY 100 million", "actual"),
            ("Total", 2027, 577, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 14.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (577 / 383) ** (1/3) - 1 = 14.637% -> 14.6
            # rows add: 118+96+74 = 288; 136+112+83 = 331; 157+131+95 = 383; 231+204+142 = 577
            ("hierarchy", "exact"),
        ],
    ),

    # 19. Simplified Chinese pipe table from a broker: market by 领域 (种植业/畜牧业/渔业) with a 合计 row and E
    #     columns; a share line with part and whole printed and a stated CAGR line; distractors: table number,
    #     a stock price target
    dict(
        text=(
            "表3：中国农业AI市场规模（按应用领域，单位：亿元）\n"
            "| 领域 | 2023年 | 2024年 | 2025E | 2027E |\n"
            "|---|---|---|---|---|\n"
            "| 种植业 | 412 | 486 | 571 | 780 |\n"
            "| 畜牧业 | 186 | 221 | 262 | 365 |\n"
            "| 渔业 | 58 | 71 | 86 | 122 |\n"
            "| 合计 | 656 | 778 | 919 | 1,267 |\n"
            "资料来源：穗丰证券研究所。2024年畜牧业占比28.4%；2024—2027E年复合增长率17.7%。"
            "我们维持覆盖标的“买入”评级，目标价32.5元。"
        ),
        obs=[
            ("种植业", 2023, 412, "CNY 100 million", "actual"),
            ("种植业", 2024, 486, "CNY 100 million", "actual"),
            ("种植业", 2025, 571, "CNY 100 million", "estimate"),
            ("种植业", 2027, 780, "CNY 100 million", "estimate"),
            ("畜牧业", 2023, 186, "CNY 100 million", "actual"),
            ("畜牧业", 2024, 221, "CNY 100 million", "actual"),
            ("畜牧业", 2025, 262, "CNY 100 million", "estimate"),
            ("畜牧业", 2027, 365, "CNY 100 million", "estimate"),
            ("渔业", 2023, 58, "CNY 100 million", "actual"),
            ("渔业", 2024, 71, "CNY 100 million", "actual"),
            ("渔业", 2025, 86, "CNY 100 million", "estimate"),
            ("渔业", 2027, 122, "CNY 100 million", "estimate"),
            ("合计", 2023, 656, "CNY 100 million", "actual"),
            ("合计", 2024, 778, "CNY 100 million", "actual"),
            ("合计", 2025, 919, "CNY 100 million", "estimate"),
            ("合计", 2027, 1267, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 28.4, "percent", 2024, 2024, None),
            ("cagr", 17.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 221 / 778 = 28.406% -> 28.4
            ("cagr|implied", "exact"),  # (1267 / 778) ** (1/3) - 1 = 17.652% -> 17.7
            # rows add: 412+186+58 = 656; 486+221+71 = 778; 571+262+86 = 919; 780+365+122 = 1267
            ("hierarchy", "exact"),
        ],
    ),

    # 20. English tab-separated pair: Table A of hectares monitored (no money, nothing expected) beside Table B of
    #     market value in USD million by country with a Total row; a growth line for Brazil
    dict(
        text=(
            "Table A. Cropland under AI monitoring (million hectares)\n"
            "Country\t2023\t2024\n"
            "Brazil\t8.4\t11.2\n"
            "Argentina\t3.1\t3.9\n"
            "Other\t1.2\t1.6\n"
            "\n"
            "Table B. AI crop-monitoring market value (USD million)\n"
            "Country\t2023\t2024\n"
            "Brazil\t318\t392\n"
            "Argentina\t96\t121\n"
            "Other\t58\t74\n"
            "Total\t472\t587\n"
            "\n"
            "Source: Andes-Pampa Agritech Observatory. Brazil's market value rose 23.3% in 2024."
        ),
        obs=[
            ("Brazil", 2023, 318, "USD million", "actual"),
            ("Brazil", 2024, 392, "USD million", "actual"),
            ("Argentina", 2023, 96, "USD million", "actual"),
            ("Argentina", 2024, 121, "USD million", "actual"),
            ("Other", 2023, 58, "USD million", "actual"),
            ("Other", 2024, 74, "USD million", "actual"),
            ("Total", 2023, 472, "USD million", "actual"),
            ("Total", 2024, 587, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 392 / 318 - 1 = 23.270% -> 23.3
            # rows add: 318+96+58 = 472; 392+121+74 = 587
            ("hierarchy", "exact"),
        ],
    ),
    # 21. English dated news: "last year" $4.8bn vs $4.2bn in 2023 with a printed growth only exact within
    #    rounding; a stated 2024-2030 CAGR; a rival publisher's figure, a survey, hectares, a vendor's revenue nowhere
    dict(
        text=(
            "SACRAMENTO, 18 February 2025 — Growers worldwide spent $4.8 billion on precision-farming software last "
            "year, 15.9% more than the $4.2 billion they spent in 2023, according to Furrowline Analytics, a "
            "Davis-based research shop. Furrowline expects the market to reach $10.9 billion in 2030, a compound "
            "annual growth rate of 14.6% between 2024 and 2030. A rival tally by Cobbler Research puts last year's "
            "spending at $5.3 billion. The software now plans planting and spraying on some 310 million hectares, "
            "and 64% of the 1,200 growers Furrowline surveyed said they would raise their digital budgets. "
            "Harrowgate Machinery, the largest vendor, booked $612 million of software revenue in 2024."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2023, 4.2, "USD billion", "actual"),
            ("Total", 2030, 10.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 15.9, "percent", 2023, 2024, 1.0),
            ("cagr", 14.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 24.8 / 4.2 - 1 = 14.29% -> 14.3 != 15.9; bounds 4.75/4.25 - 1 = 11.76% .. 4.85/4.15 - 1 = 16.87%,
            # 35.9 inside -> rounding
            ("cagr|implied", "rounding"),
            # (10.9 / 4.8) ** (1/6) - 1 = 14.647% -> 14.6 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 22. English earnings call: the company's TAM for fiscal 2025 (this year, estimate) and fiscal 2030, with a
    #    compound rate whose span only the amounts' years give (inferred); quarter revenue, its growth, margin,
    #    head of cattle, dairies, "about a third", price target and headcount nowhere
    dict(
        text=(
            "Pasturelens Inc. — second-quarter fiscal 2025 earnings call, 7 August 2025. Chief executive Marisa "
            "Okafor: \"Revenue for the quarter came in at $48.2 million, up 31% year on year, and gross margin held "
            "at 64%. We now have cameras watching 1.3 million head of cattle across 420 dairies. Stepping back, we "
            "size the total addressable market for camera-based livestock monitoring at about $6.0 billion in "
            "fiscal 2025, and we see it reaching $14 billion by fiscal 2030 — roughly an 18.5% compound annual "
            "rate. Dairy is about a third of that.\" An analyst from Keane & Vail, which rates the stock a buy "
            "with an $85 price target, asked about headcount, which stands at 610."
        ),
        obs=[
            ("Total", 2025, 6.0, "USD billion", "estimate"),
            ("Total", 2030, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (14 / 6.0) ** (1/5) - 1 = 18.466% -> 18.5 -> exact
            ("cagr|period", "exact"),
        ],
    ),
    # 23. English news on Japanese food-inspection AI in ¥ billion, fiscal years; "up 9.2%" contradicted by its
    #    own amounts (inconsistent); units shipped, waste cut, a company's sales, percentage points nowhere
    dict(
        text=(
            "TOKYO, 3 June 2025 — Japanese food processors are putting cameras and neural networks where "
            "inspectors used to stand. The Japan Food Inspection Technology Association (JFITA) says the market for "
            "AI-based foreign-matter and quality-inspection systems reached ¥38.6 billion in fiscal 2024, up 9.2% "
            "from ¥34.2 billion in fiscal 2023. The association forecasts ¥61.0 billion for fiscal 2028. Shipments "
            "of AI-equipped X-ray units rose to 2,140, and plants using them report 18% less product waste. "
            "Kantoseiki, the market leader, reported inspection-equipment sales of ¥9.1 billion, while recall "
            "notices fell by 4 percentage points as a share of incidents."
        ),
        obs=[
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2023, 34.2, "JPY billion", "actual"),
            ("Total", 2028, 61.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58.6 / 34.2 - 1 = 12.87%; bounds 38.55/34.25 - 1 = 12.55% .. 38.65/34.15 - 1 = 13.18%;
            # 29.2 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. English news from Brazil: the R$ figure is no observation, its US$ equivalent is (this year, estimate);
    #    a rounded growth on US$1.18bn; a crop share with no part amount (claim, no verdict); yields, a funding
    #    round nowhere
    dict(
        text=(
            "SÃO PAULO, 22 October 2025 — Brazil's farms are buying artificial intelligence faster than almost "
            "anyone expected. The Brazilian Association of Digital Agriculture (ABAD) puts this year's market for "
            "AI tools on farms at R$7.9 billion, or about US$1.45 billion, a rise of 23% on the US$1.18 billion of "
            "2024. Crop applications — spraying drones, yield maps, pest-recognition apps — take 71% of the total, "
            "with livestock making up the rest. Soybean growers using the tools harvested 3.6 tonnes a hectare, and "
            "agtech start-ups raised R$120 million in a single round this spring."
        ),
        obs=[
            ("Total", 2025, 1.45, "USD billion", "estimate"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("share", 71, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 21.45 / 1.18 - 1 = 22.88% -> 23 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 25. English news dated January 2026: "last year" = 2025; a part (Software) with amount and share of the
    #    whole (arithmetic); a stated 2025-2030 rate; energy saved, percentage points and A$ spending nowhere
    dict(
        text=(
            "AMSTERDAM, 9 January 2026 — Kasveld & Partners, a Dutch horticulture consultancy, reckons Europe's "
            "market for AI climate-control and crop-vision systems in commercial greenhouses came to €1.24 billion "
            "last year. Software accounted for €472 million of that, or 38%; sensors, cameras and harvesting robots "
            "made up the rest. Kasveld projects €2.6 billion by 2030, growth of 16% a year between 2025 and 2030. "
            "Growers using the systems cut heating energy by 25% and lifted tomato margins by 3 percentage points, "
            "the firm says. In Australia, a growers' body counts A$310 million of comparable spending on protected "
            "cropping."
        ),
        obs=[
            ("Total", 2025, 1.24, "EUR billion", "actual"),
            ("Software", 2025, 472, "EUR million", "actual"),
            ("Total", 2030, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2025, 2025, None),
            ("cagr", 16, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # 472 / 1240 = 38.06% -> 38 -> exact
            ("arithmetic", "exact"),
            # (2.6 / 1.24) ** (1/5) - 1 = 15.96% -> 16 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 26. Simplified Chinese news: 2024 植保无人机 market 186亿元 vs 153亿元, "同比增长21.3%" only within rounding;
    #    今年 "有望突破220亿元" estimate; 亩次, 架, 农药减量, 公司营收 nowhere
    dict(
        text=(
            "【2025年3月12日 北京】北方农业数字经济研究院最新发布的数据显示，2024年我国植保无人机市场规模达到186亿元，"
            "同比增长21.3%，2023年这一数字为153亿元。全年植保无人机作业面积超过26.7亿亩次，保有量达到25.1万架，"
            "可减少农药使用量约30%。行业龙头翼禾科技去年实现营收62亿元。研究院预计，今年市场规模有望突破220亿元。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2023, 153, "CNY 100 million", "actual"),
            ("Total", 2025, 220, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 186 / 153 - 1 = 21.57% -> 21.6 != 21.3; bounds 185.5/153.5 - 1 = 20.85% .. 186.5/152.5 - 1 = 22.30%;
            # 41.3 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Simplified Chinese provincial plan: title years boilerplate; "到2027年…将达到1200亿元" target and 2024 base;
    #    stated 2024—2027 CAGR; 智慧农场 count, 亩, 农业总产值, 人均收入, per-unit subsidy nowhere
    dict(
        text=(
            "《江川省数字乡村发展行动计划（2025—2027年）》日前印发。计划提出，到2027年全省智慧农业产业规模将达到1200亿元，"
            "2024年这一规模为680亿元，2024—2027年年均复合增长率约20.8%。届时全省将建成智慧农场300个，智能化改造覆盖耕地"
            "1500万亩。2024年全省农业总产值为5860亿元，农村居民人均可支配收入2.3万元。省级财政对每台智能农机给予最高3万元补贴。"
        ),
        obs=[
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
            ("Total", 2024, 680, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (1200 / 680) ** (1/3) - 1 = 20.84% -> 20.8 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 28. Traditional Chinese (Taiwan) news: 去年 約新台幣128億元 (actual), 今年 預估145億元 (estimate), 年增13.3% exact;
    #    date "昨（19）日", 農戶數, 每公頃產量, 每架補助, 公司營收 nowhere
    dict(
        text=(
            "【臺北訊】2025年5月20日——台灣智農產業協進會昨（19）日發布調查指出，國內智慧農業解決方案市場去年產值約新台幣"
            "128億元，預估今年可成長至145億元，年增13.3%。協進會表示，目前已有約3,200戶農民導入環控或影像辨識系統，水稻每公頃"
            "產量平均提高8%。農業部對每架植保無人機最高補助新台幣10萬元。上櫃業者綠丘科技去年營收新台幣9.6億元。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2025, 145, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 145 / 128 - 1 = 13.28% -> 13.3 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 29. Traditional Chinese (Hong Kong) news in 億港元: 2024 vs 2023 growth only within rounding; 2028 target with a
    #    stated 2024-2028 CAGR; a quarter's figure, headcount, price target and upside nowhere
    dict(
        text=(
            "【本報訊】2025年4月8日　本港食物安全檢測正加快引入人工智能。港科食安研究所估計，2024年本港食物安全AI檢測市場"
            "規模達12.6億港元，較2023年的10.8億港元增長17.2%；到2028年有望增至24億港元，2024至2028年複合年增長率約17.5%。"
            "今年第一季市場規模約3.4億港元。業內約有1,200名檢測人員，龍頭上市公司匯鮮檢測獲券商給予8.5港元目標價，較現價有"
            "23%上升空間。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2023, 10.8, "HKD 100 million", "actual"),
            ("Total", 2028, 24, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 32.6 / 10.8 - 1 = 16.67% -> 16.7 != 17.2; bounds 12.55/10.85 - 1 = 15.67% .. 12.65/10.75 - 1 = 17.67%;
            # 37.2 inside -> rounding
            ("cagr|implied", "rounding"),
            # (24 / 12.6) ** (1/4) - 1 = 17.48% -> 17.5 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 30. Traditional Chinese (Taiwan) livestock-monitoring report: 年增率25.8% contradicted by 42 -> 51 億元
    #     (inconsistent); a second institute's 2024 figure, percentage points, survey share, head count, funding
    #     round nowhere
    dict(
        text=(
            "畜牧業的數位轉型明顯加速。根據中台灣畜產科技學會2025年7月發布的報告，國內畜牧AI監測市場規模2023年為新台幣42億元，"
            "2024年增至51億元，年增率達25.8%。另一家研究機構則估計2024年市場規模為新台幣58億元。報告指出，導入影像監測的豬場"
            "仔豬死亡率下降3個百分點，受訪牧場中有68%表示計畫擴大投資；全台豬隻在養頭數約540萬頭。新創牧安智能今年完成新台幣"
            "3億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 42, "TWD 100 million", "actual"),
            ("Total", 2024, 51, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 51 / 42 - 1 = 21.43%; bounds 50.5/42.5 - 1 = 18.82% .. 51.5/41.5 - 1 = 24.10%; 25.8 outside
            # -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Simplified Chinese broker research: hardware and software parts with amounts and shares of the printed
    #     whole (two arithmetic verdicts); 2027 forecast with stated CAGR; 百分点, 千亿级, rating, company revenue,
    #     price target nowhere
    dict(
        text=(
            "华岳证券研究所在最新研报中指出，2024年我国数字农业市场规模为1085亿元，其中硬件为673亿元，占比62.0%；软件及服务为"
            "412亿元，占比38.0%，较上年提升2.1个百分点。研报预计2027年整体市场规模将达到1680亿元，2024—2027年复合增速为15.7%，"
            "行业有望打开千亿级市场空间。维持行业“增持”评级，重点推荐的禾数股份2024年营收为18.6亿元，目标价42元。"
        ),
        obs=[
            ("Total", 2024, 1085, "CNY 100 million", "actual"),
            ("硬件", 2024, 673, "CNY 100 million", "actual"),
            ("软件及服务", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2027, 1680, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 62.0, "percent", 2024, 2024, None),
            ("share", 38.0, "percent", 2024, 2024, None),
            ("cagr", 15.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 673 / 1085 = 62.03% -> 62.0 -> exact
            ("arithmetic", "exact"),
            # 412 / 1085 = 37.97% -> 38.0 -> exact
            ("arithmetic", "exact"),
            # (1680 / 1085) ** (1/3) - 1 = 15.69% -> 15.7 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 32. Simplified Chinese: series opens in 亿元 (3900亿元), 2030 target in 万亿元 (1.05万亿元 -> 10500); stated CAGR;
    #     农林牧渔业总产值 in 万亿元, grain output, drone sales nowhere
    dict(
        text=(
            "据华夏智农研究中心测算，2024年我国农业人工智能相关市场规模为3900亿元。中心预计，到2030年这一规模将达到1.05万亿元，"
            "2024—2030年年均复合增长率为17.9%。同期全国农林牧渔业总产值约为14.3万亿元，粮食总产量7.06亿吨，农业无人机年销量"
            "已超过5万架。"
        ),
        obs=[
            ("Total", 2024, 3900, "CNY 100 million", "actual"),
            ("Total", 2030, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (10500 / 3900) ** (1/6) - 1 = 17.95% (17.947) -> 17.9 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 33. Simplified Chinese: 智慧畜牧 (Total) "比上年的97亿元增长22.7%" exact; a second market (智慧渔业) as its own
    #     item; a quarter's figure, a penetration rate, 生猪出栏, 千亿级 nowhere
    dict(
        text=(
            "智慧畜牧赛道持续升温。据牧联数据研究院统计，2024年我国智慧畜牧市场规模约为119亿元，比上年的97亿元增长22.7%；"
            "同期智慧渔业市场规模为46亿元。2025年一季度，智慧畜牧市场规模约31亿元。目前规模化养猪场的AI监测渗透率约为18%，"
            "全年生猪出栏7.03亿头。业内普遍认为，畜牧数字化是又一个千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 119, "CNY 100 million", "actual"),
            ("Total", 2023, 97, "CNY 100 million", "actual"),
            ("智慧渔业", 2024, 46, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 119 / 97 - 1 = 22.68% -> 22.7 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 34. Simplified Chinese on Japan in 亿日元 with fiscal years (2024财年, 2030财年); stated CAGR; farm households,
    #     farmers' average age, tractor sales nowhere
    dict(
        text=(
            "日本智慧农业市场保持较快增长。日本智慧农业推进协会数据显示，2024财年日本智慧农业市场规模为312亿日元，预计2030财年"
            "将增至788亿日元，2024—2030财年年均复合增长率约16.7%。与此同时，日本农户数量已降至116万户，务农人员平均年龄68.7岁；"
            "2024年日本无人驾驶拖拉机销量约1050台。"
        ),
        obs=[
            ("Total", 2024, 312, "JPY 100 million", "actual"),
            ("Total", 2030, 788, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (788 / 312) ** (1/6) - 1 = 16.70% (16.698) -> 16.7 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 35. English pipe table, segments x years (2025E, 2026E estimate) with a Total row adding up in every year
    #     (hierarchy x4); a stated 2023-2026 CAGR in the prose; table number, survey nowhere
    dict(
        text=(
            "Table 2. Global AI-in-agriculture market by segment, USD million (Greenacre Insight)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Drones and robotics | 1,420 | 1,690 | 1,980 | 2,310 |\n"
            "| Computer-vision monitoring | 860 | 1,040 | 1,250 | 1,490 |\n"
            "| Farm-management software | 1,130 | 1,280 | 1,450 | 1,640 |\n"
            "| Total | 3,410 | 4,010 | 4,680 | 5,440 |\n"
            "Greenacre puts the 2023-2026 CAGR of the total at 16.9%. Its survey of 900 farm managers found 47% plan "
            "new AI purchases next year."
        ),
        obs=[
            ("Drones and robotics", 2023, 1420, "USD million", "actual"),
            ("Drones and robotics", 2024, 1690, "USD million", "actual"),
            ("Drones and robotics", 2025, 1980, "USD million", "estimate"),
            ("Drones and robotics", 2026, 2310, "USD million", "estimate"),
            ("Computer-vision monitoring", 2023, 860, "USD million", "actual"),
            ("Computer-vision monitoring", 2024, 1040, "USD million", "actual"),
            ("Computer-vision monitoring", 2025, 1250, "USD million", "estimate"),
            ("Computer-vision monitoring", 2026, 1490, "USD million", "estimate"),
            ("Farm-management software", 2023, 1130, "USD million", "actual"),
            ("Farm-management software", 2024, 1280, "USD million", "actual"),
            ("Farm-management software", 2025, 1450, "USD million", "estimate"),
            ("Farm-management software", 2026, 1640, "USD million", "estimate"),
            ("Total", 2023, 3410, "USD million", "actual"),
            ("Total", 2024, 4010, "USD million", "actual"),
            ("Total", 2025, 4680, "USD million", "estimate"),
            ("Total", 2026, 5440, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1420 + 860 + 1130 = 3410
            ("hierarchy", "exact"),  # 2024: 1690 + 1040 + 1280 = 4010
            ("hierarchy", "exact"),  # 2025E: 1980 + 1250 + 1450 = 4680
            ("hierarchy", "exact"),  # 2026E: 2310 + 1490 + 1640 = 5440
            # (5440 / 3410) ** (1/3) - 1 = 16.85% -> 16.9 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 36. Chinese pipe tables side by side: installations (万台) and area (亿亩) nowhere; a vertical value table
    #     whose lone column is headed by its unit only (亿元 -> Total), 2025E estimate; stated 2021—2024 CAGR
    dict(
        text=(
            "表1 智能农机自动驾驶系统装机情况\n"
            "| 年份 | 新增装机（万台） | 作业面积（亿亩） |\n"
            "| 2021 | 2.1 | 0.9 |\n"
            "| 2022 | 3.0 | 1.3 |\n"
            "| 2023 | 3.8 | 1.8 |\n"
            "| 2024 | 4.6 | 2.4 |\n"
            "表2 智能农机自动驾驶系统市场规模\n"
            "| 年份 | 亿元 |\n"
            "| 2021 | 37 |\n"
            "| 2022 | 52 |\n"
            "| 2023 | 67 |\n"
            "| 2024 | 83 |\n"
            "| 2025E | 101 |\n"
            "2021—2024年市场规模年均复合增长率为30.9%。"
        ),
        obs=[
            ("Total", 2021, 37, "CNY 100 million", "actual"),
            ("Total", 2022, 52, "CNY 100 million", "actual"),
            ("Total", 2023, 67, "CNY 100 million", "actual"),
            ("Total", 2024, 83, "CNY 100 million", "actual"),
            ("Total", 2025, 101, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.9, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (83 / 37) ** (1/3) - 1 = 30.91% -> 30.9 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 37. English tab-separated vertical table (rows are years, 2025F/2026F estimate), two value columns as items;
    #     prose growth (exact) and a 2.0x multiple (no verdict); camera units, head of livestock nowhere
    dict(
        text=(
            "Computer-vision monitoring on farms, North America (USD million)\n"
            "Year\tCrop monitoring\tLivestock monitoring\n"
            "2022\t512\t236\n"
            "2023\t604\t281\n"
            "2024\t713\t338\n"
            "2025F\t835\t404\n"
            "2026F\t972\t483\n"
            "Source: Prairie Signal Research. Crop monitoring grew 18% in 2024, and livestock monitoring is set to "
            "expand 2.0x between 2022 and 2026. Installed camera units passed 41,000 last season, covering 3.4 "
            "million head."
        ),
        obs=[
            ("Crop monitoring", 2022, 512, "USD million", "actual"),
            ("Crop monitoring", 2023, 604, "USD million", "actual"),
            ("Crop monitoring", 2024, 713, "USD million", "actual"),
            ("Crop monitoring", 2025, 835, "USD million", "estimate"),
            ("Crop monitoring", 2026, 972, "USD million", "estimate"),
            ("Livestock monitoring", 2022, 236, "USD million", "actual"),
            ("Livestock monitoring", 2023, 281, "USD million", "actual"),
            ("Livestock monitoring", 2024, 338, "USD million", "actual"),
            ("Livestock monitoring", 2025, 404, "USD million", "estimate"),
            ("Livestock monitoring", 2026, 483, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2022, 2026, 4.0),  # 483 / 236 = 2.05; multiples get no verdict
        ],
        verdicts=[
            # 713 / 604 - 1 = 18.05% -> 18 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 38. Traditional Chinese space-aligned table in 新台幣億元 with 合計 row and a 2025(預估) column; 2024 rows add
    #     to 102.9 against a printed 103.0 (hierarchy rounding); hectares and subsidy cap nowhere
    dict(
        text=(
            "表3　台灣智慧農業市場規模（單位：新台幣億元）\n"
            "項目          2023     2024     2025(預估)\n"
            "智慧溫室      38.2     44.6     51.3\n"
            "無人機植保    21.5     26.8     31.9\n"
            "畜牧監測      15.7     18.9     22.4\n"
            "農場管理雲    10.4     12.6     15.1\n"
            "合計          85.8    103.0    120.7\n"
            "資料來源：台灣農業科技產業協會。導入場域面積約1.8萬公頃，每案補助上限新台幣200萬元。"
        ),
        obs=[
            ("智慧溫室", 2023, 38.2, "TWD 100 million", "actual"),
            ("智慧溫室", 2024, 44.6, "TWD 100 million", "actual"),
            ("智慧溫室", 2025, 51.3, "TWD 100 million", "estimate"),
            ("無人機植保", 2023, 21.5, "TWD 100 million", "actual"),
            ("無人機植保", 2024, 26.8, "TWD 100 million", "actual"),
            ("無人機植保", 2025, 31.9, "TWD 100 million", "estimate"),
            ("畜牧監測", 2023, 15.7, "TWD 100 million", "actual"),
            ("畜牧監測", 2024, 18.9, "TWD 100 million", "actual"),
            ("畜牧監測", 2025, 22.4, "TWD 100 million", "estimate"),
            ("農場管理雲", 2023, 10.4, "TWD 100 million", "actual"),
            ("農場管理雲", 2024, 12.6, "TWD 100 million", "actual"),
            ("農場管理雲", 2025, 15.1, "TWD 100 million", "estimate"),
            ("合計", 2023, 85.8, "TWD 100 million", "actual"),
            ("合計", 2024, 103.0, "TWD 100 million", "actual"),
            ("合計", 2025, 120.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 38.2 + 21.5 + 15.7 + 10.4 = 85.8
            # 2024: 44.6 + 26.8 + 18.9 + 12.6 = 102.9 != 103.0; bounds 102.9 -/+ 4 x 0.05 = 102.7 .. 103.1,
            # 123.0 inside -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025: 51.3 + 31.9 + 22.4 + 15.1 = 120.7
        ],
    ),
    # 39. English space-aligned table in ¥ billion with FY columns and an FY2027P projection; Total row adds up
    #     (hierarchy x3); prose growth and stated CAGR exact; farm count and a company's sales nowhere
    dict(
        text=(
            "Japan smart-agriculture market by segment (¥ billion)\n"
            "Segment                          FY2023   FY2024   FY2027P\n"
            "Greenhouse environment control     14.2     15.9      22.8\n"
            "Drone sensing and spraying          9.6     10.8      15.6\n"
            "Farm-management cloud               7.3      8.4      13.1\n"
            "Total                              31.1     35.1      51.5\n"
            "The total rose 12.9% in FY2024 and is projected to grow at a 13.6% CAGR over FY2024-FY2027. About "
            "12,400 farms now fly drones; Hokuriku Agritech's own sales were ¥4.2 billion."
        ),
        obs=[
            ("Greenhouse environment control", 2023, 14.2, "JPY billion", "actual"),
            ("Greenhouse environment control", 2024, 15.9, "JPY billion", "actual"),
            ("Greenhouse environment control", 2027, 22.8, "JPY billion", "estimate"),
            ("Drone sensing and spraying", 2023, 9.6, "JPY billion", "actual"),
            ("Drone sensing and spraying", 2024, 10.8, "JPY billion", "actual"),
            ("Drone sensing and spraying", 2027, 15.6, "JPY billion", "estimate"),
            ("Farm-management cloud", 2023, 7.3, "JPY billion", "actual"),
            ("Farm-management cloud", 2024, 8.4, "JPY billion", "actual"),
            ("Farm-management cloud", 2027, 13.1, "JPY billion", "estimate"),
            ("Total", 2023, 31.1, "JPY billion", "actual"),
            ("Total", 2024, 35.1, "JPY billion", "actual"),
            ("Total", 2027, 51.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
            ("cagr", 13.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 14.2 + 9.6 + 7.3 = 31.1
            ("hierarchy", "exact"),  # FY2024: 15.9 + 10.8 + 8.4 = 35.1
            ("hierarchy", "exact"),  # FY2027P: 22.8 + 15.6 + 13.1 = 51.5
            # 55.1 / 31.1 - 1 = 12.86% -> 12.9 -> exact
            ("cagr|implied", "exact"),
            # (51.5 / 35.1) ** (1/3) - 1 = 13.63% -> 13.6 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 40. Chinese pipe table with 2023/2024 columns, a 同比 column and a 2024年占比 column, 合计 row (its 100.0% no
    #     claim); title years, note's quarter-on-quarter sales growth nowhere
    dict(
        text=(
            "表4 2023—2024年我国农业AI细分市场规模\n"
            "| 细分领域 | 2023年（亿元） | 2024年（亿元） | 同比 | 2024年占比 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 植保无人机 | 78.0 | 96.0 | 23.1% | 42.1% |\n"
            "| 智能监测 | 66.2 | 78.5 | 18.6% | 34.4% |\n"
            "| 管理平台 | 45.3 | 53.6 | 18.3% | 23.5% |\n"
            "| 合计 | 189.5 | 228.1 | 20.4% | 100.0% |\n"
            "注：数据来源于东禾农业信息研究院；2025年一季度植保无人机销量同比增长15%。"
        ),
        obs=[
            ("植保无人机", 2023, 78.0, "CNY 100 million", "actual"),
            ("植保无人机", 2024, 96.0, "CNY 100 million", "actual"),
            ("智能监测", 2023, 66.2, "CNY 100 million", "actual"),
            ("智能监测", 2024, 78.5, "CNY 100 million", "actual"),
            ("管理平台", 2023, 45.3, "CNY 100 million", "actual"),
            ("管理平台", 2024, 53.6, "CNY 100 million", "actual"),
            ("合计", 2023, 189.5, "CNY 100 million", "actual"),
            ("合计", 2024, 228.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 34.4, "percent", 2024, 2024, None),
            ("share", 23.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 78.0 + 66.2 + 45.3 = 189.5
            ("hierarchy", "exact"),     # 2024: 96.0 + 78.5 + 53.6 = 228.1
            ("cagr|implied", "exact"),  # 96.0 / 78.0 - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # 78.5 / 66.2 - 1 = 18.58% -> 18.6
            ("cagr|implied", "exact"),  # 53.6 / 45.3 - 1 = 18.32% -> 18.3
            ("cagr|implied", "exact"),  # 228.1 / 189.5 - 1 = 20.37% -> 20.4
            ("arithmetic", "exact"),    # 96.0 / 228.1 = 42.09% -> 42.1
            ("arithmetic", "exact"),    # 78.5 / 228.1 = 34.41% -> 34.4
            ("arithmetic", "exact"),    # 53.6 / 228.1 = 23.50% (23.498) -> 23.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 8, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 17.4% increase on the $2.42 billion',
    'a compound annual growth rate of 23.9% for 2024-2030',
    'was worth ¥33.1 billion in fiscal 2023',
    'We size the total addressable market',
    '£186 million last year',
    'rose 25% to €412 million in 2024 from €356 million',
    'should top US$1.5 billion by 2029',
    '2.9 times its 2021 size',
    'an adjacent market',
    '同比增长24.1%',
    '预计到2028年将突破1.3万亿元',
    '新台幣128億元',
    '約18.6億港元，按年',
    '由2020年的9.6亿元增长2倍至2024年的',
    '| Total    | 3,210 |',
    '合计\t93.4\t113.1\t139.9',
    'Year     USD million     YoY',
    'unit: 100 million yen, 億円',
    '| 合计 | 656 | 778 | 919 | 1,267 |',
    'Total\t472\t587',
    '15.9% more than the $4.2 billion',
    'roughly an 18.5% compound annual',
    'up 9.2% from ¥34.2 billion in fiscal 2023',
    'or about US$1.45 billion',
    'Software accounted for €472 million of that, or 38%',
    '同比增长21.3%',
    '到2027年全省智慧农业产业规模将达到1200亿元',
    '預估今年可成長至145億元',
    '較2023年的10.8億港元增長17.2%',
    '年增率達25.8%',
    '其中硬件为673亿元，占比62.0%',
    '将达到1.05万亿元',
    '比上年的97亿元增长22.7%',
    '2024—2030财年年均复合增长率约16.7%',
    '| Segment | 2023 | 2024 | 2025E | 2026E |',
    '| 年份 | 亿元 |',
    '2025F\t835\t404',
    '2025(預估)',
    'FY2027P',
    '| 2024年占比 |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 52 rates, 74 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-thirty-sixth set: 221, 52, 75 and 1
FLOORS = {"figures_found": 222, "rates_found": 52, "verdicts_right": 75}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset138.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
