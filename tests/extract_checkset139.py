"""A hundred-and-thirty-ninth check set for the extractor, written blind: AI in agriculture and food, in English and Chinese
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
    # 1. a dated press release: "$4.82 billion in 2024 ... 14.5% more than the $4.21 billion recorded in 2023",
    #    a 2030 forecast with "compound growth of 12.3% a year between 2024 and 2030" (stated span);
    #    distractors: respondents, countries, a survey answer, a vendor's own revenue and its rise
    dict(
        text=(
            "LEEDS, 12 February 2025 — Farm-management and precision-agriculture software sold worldwide brought "
            "in $4.82 billion in 2024, according to Harrowgate Agri Insights, 14.5% more than the $4.21 billion "
            "recorded in 2023. The consultancy expects spending to climb to $9.65 billion by 2030, which implies "
            "compound growth of 12.3% a year between 2024 and 2030. Harrowgate surveyed 1,140 growers in 19 "
            "countries, and 62% of them said they planned to add a variable-rate seeding module within two years. "
            "Tillwise, the largest vendor, reported its own software revenue up 22% to $388 million."
        ),
        obs=[
            ("Total", 2024, 4.82, "USD billion", "actual"),
            ("Total", 2023, 4.21, "USD billion", "actual"),
            ("Total", 2030, 9.65, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
            ("cagr", 12.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.82 / 4.21 - 1 = 14.489% -> 14.5
            ("cagr|implied", "exact"),  # (9.65 / 4.82) ** (1/6) - 1 = 12.266% -> 12.3
        ],
    ),
    # 2. a Tokyo news item in yen: "¥38.6 billion in fiscal 2024", "¥61.2 billion in fiscal 2028", "an average
    #    annual increase of 12.2%" with no span printed (inferred); distractors: units shipped, hectares,
    #    "roughly a quarter" of paddy area, a price fall of 8%
    dict(
        text=(
            "TOKYO, 3 June 2025 — Sales of AI-assisted crop-spraying and field-scouting drones in Japan reached "
            "¥38.6 billion in fiscal 2024, the Japan Agri-Drone Council said in its annual white paper, and the "
            "council projects ¥61.2 billion in fiscal 2028, an average annual increase of 12.2%. Members shipped "
            "about 4,300 units in fiscal 2024 and sprayed 1.48 million hectares, roughly a quarter of the country's "
            "paddy area. The council expects the average price per drone to fall by 8% as cheaper camera modules "
            "arrive."
        ),
        obs=[
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2028, 61.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 12.2, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (61.2 / 38.6) ** (1/4) - 1 = 12.212% -> 12.2
        ],
    ),
    # 3. an earnings-call transcript: the CEO sizes the TAM ("roughly $2.4 billion last year", "$6 billion by
    #    2030", "two and a half times" -> x2.5 over 6 years, no verdict); distractors: own quarterly revenue,
    #    year-on-year rise, basis points, margin, headcount, barns, a price target
    dict(
        text=(
            "Kestrel Vision third-quarter 2025 earnings call, 6 November 2025. Chief executive Dana Whitlock: "
            "\"We size the total addressable market for camera-based livestock health monitoring at roughly "
            "$2.4 billion last year, and we think it reaches $6 billion by 2030, two and a half times that level. "
            "Our own revenue in the quarter was $41.7 million, up 37% year on year, and gross margin expanded 180 "
            "basis points to 64%. We ended the quarter with 1,020 employees and cameras in 3,900 barns.\" Asked "
            "about the Street's $58 price target, she declined to comment."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),  # "two and a half times"; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 4. an institute's European release in EUR million: "€1,142 million in 2024, up from €872 million in 2022",
    #    "a compound annual growth rate of 14.4% over 2022-2024" (stated), a part "€661 million, or 58% of the
    #    total" (share with part and whole printed); distractors: supplier count, food waste cut by 11%
    dict(
        text=(
            "Machine-vision systems that grade produce and flag contaminants on European food-processing lines "
            "generated €1,142 million in 2024, up from €872 million in 2022, according to the Brussels-based "
            "Institute for Agri-Food Automation, a compound annual growth rate of 14.4% over 2022-2024. Hardware "
            "— cameras, hyperspectral sensors and X-ray units — accounted for €661 million, or 58% of the total, "
            "with analytics software and services taking the rest. The institute counted 214 suppliers and found "
            "that plants using the systems cut food waste by 11%."
        ),
        obs=[
            ("Total", 2024, 1142, "EUR million", "actual"),
            ("Total", 2022, 872, "EUR million", "actual"),
            ("Hardware", 2024, 661, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 14.4, "percent", 2022, 2024, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1142 / 872) ** (1/2) - 1 = 14.439% -> 14.4
            ("arithmetic", "exact"),  # 661 / 1142 = 57.881% -> 58
        ],
    ),
    # 5. a UK briefing note in GBP: "£312 million in 2024, an 18% rise on the £281 million of 2023" -- the
    #    amounts give 11%, so INCONSISTENT; distractors: percentage points, area share (no market share),
    #    energy savings range in percent, yield per square metre, membership count
    dict(
        text=(
            "Briefing note, April 2025. Britain's market for AI climate-control and crop-monitoring systems in "
            "commercial glasshouses was worth £312 million in 2024, an 18% rise on the £281 million of 2023, says "
            "the Horticultural Technology Forum. The share of glasshouse area under automated climate control rose "
            "6 percentage points to 41%. Growers using the systems reported heating-energy savings of 15-20%, and "
            "the average tomato yield reached 48 kg per square metre. The Forum's membership stands at 380 growers."
        ),
        obs=[
            ("Total", 2024, 312, "GBP million", "actual"),
            ("Total", 2023, 281, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 312 / 281 - 1 = 11.032%; bounds 311.5/281.5 - 1 = 10.657% .. 312.5/280.5 - 1 = 11.408%;
            # 18 is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. a São Paulo dateline: "US$1.26 billion this year" (2025, estimate) "up from US$910 million in 2023"
    #    (the series keeps USD billion -> 0.91), "17.7% a year from 2023 to 2025" (stated), Brazil's 61% share
    #    with no part amount; distractors: BRL credit line (no held currency), tonnes per hectare
    dict(
        text=(
            "SÃO PAULO, 18 March 2025 — Latin American spending on AI crop-monitoring services, in which satellite "
            "and drone imagery is analysed for pests, disease and water stress, will reach US$1.26 billion this "
            "year, the Brazilian Association of Digital Agriculture forecasts, up from US$910 million in 2023. That "
            "works out at 17.7% a year from 2023 to 2025. Brazil alone accounted for 61% of regional spending in "
            "2023. The federal Plano Safra sets aside R$2.1 billion in subsidised credit for on-farm connectivity, "
            "and soybean growers using the services reported yields of 3.9 tonnes per hectare."
        ),
        obs=[
            ("Total", 2025, 1.26, "USD billion", "estimate"),
            ("Total", 2023, 0.91, "USD billion", "actual"),  # printed US$910 million, series unit USD billion
        ],
        claims=[
            ("cagr", 17.7, "percent", 2023, 2025, None, "stated"),
            ("share", 61, "percent", 2023, 2023, None),  # part amount not printed: no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.26 / 0.91) ** (1/2) - 1 = 17.670% -> 17.7
        ],
    ),
    # 7. a trade-magazine piece with a range for 2027 ("between $1.8 billion and $2.3 billion" -> two value
    #    claims, no observation) and a 2024 base; distractors: water saved, a Series C round, "a
    #    multibillion-dollar opportunity"
    dict(
        text=(
            "October 2025. Analysts at Corvane Research put the 2027 market for AI-driven irrigation scheduling at "
            "somewhere between $1.8 billion and $2.3 billion worldwide, depending on how quickly water utilities "
            "pass on drought surcharges. Corvane puts the 2024 market at $1.05 billion. Farms that adopted the "
            "tools in pilot programmes used 23% less water, and Rillflow, the company behind the leading app, closed "
            "a $45 million Series C in January. \"It is a multibillion-dollar opportunity hiding in plain sight,\" "
            "said Corvane's lead author."
        ),
        obs=[
            ("Total", 2024, 1.05, "USD billion", "actual"),
        ],
        claims=[
            ("value", 1.8, "USD billion", 2027, 2027, None),
            ("value", 2.3, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 8. a Taipei dateline in NT$: "NT$4.6 billion last year" (2024) and "NT$5.3 billion this year" (2025,
    #    estimate), "an increase of 15%"; distractors: a subsidy per farm, applicant count, farm household
    #    income in NT$ million, a half-year
    dict(
        text=(
            "TAIPEI, 9 September 2025 — Taiwan's market for AI-based smart-farming systems, from greenhouse "
            "climate controllers to fish-pond water-quality sensors, was worth NT$4.6 billion last year and should "
            "reach NT$5.3 billion this year, an increase of 15%, the Taiwan Smart Agriculture Alliance said. A "
            "government subsidy covers up to NT$150,000 per farm for sensor kits, and some 2,800 farms applied in "
            "the first half. Average farm household income rose 3.2% to NT$1.19 million."
        ),
        obs=[
            ("Total", 2024, 4.6, "TWD billion", "actual"),
            ("Total", 2025, 5.3, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.3 / 4.6 - 1 = 15.217% -> 15
        ],
    ),
    # 9. an investor day: "$22 billion total addressable market ... by 2030, against $9 billion last year",
    #    "roughly 17% between 2024 and 2030" -- the amounts give 16.1%, only the bounds reach 17 (ROUNDING);
    #    distractors: a share target, headcount, revenue guidance range, a price target and its upside
    dict(
        text=(
            "At its investor day in Des Moines on 14 May 2025, autonomous-weeding start-up FurrowBot told analysts "
            "it sees a $22 billion total addressable market for AI-guided field robotics by 2030, against $9 "
            "billion last year, a compound annual growth rate of roughly 17% between 2024 and 2030. Management "
            "said it aims to win 10% of that market and plans to double its 240-strong engineering team. Finance "
            "chief Priya Anand guided to revenue of $130 million to $150 million for fiscal 2026; one analyst "
            "raised his price target to $34, implying 40% upside."
        ),
        obs=[
            ("Total", 2030, 22, "USD billion", "estimate"),
            ("Total", 2024, 9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (22 / 9) ** (1/6) - 1 = 16.064% -> 16, not 17; bounds (21.5 / 9.5) ** (1/6) - 1 = 14.583% ..
            # (22.5 / 8.5) ** (1/6) - 1 = 17.614%; 17 is within -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Simplified Chinese research note on 植保无人机: "186.2亿元", "较2023年的153.5亿元同比增长21.3%", target
    #     "到2028年…将达到352亿元", "2024—2028年年均复合增长率约为17.3%" (stated); distractors: 保有量 (架),
    #     作业面积 (亩次), 农药减少30%, 农林牧渔业总产值 (万亿元), 千亿级
    dict(
        text=(
            "据北辰农业数智研究中心测算，2024年我国植保无人机（含AI识别与变量喷洒系统）市场规模"
            "达到186.2亿元，较2023年的153.5亿元同比增长21.3%。该中心预计，到2028年市场规模将达到352亿元，"
            "2024—2028年年均复合增长率约为17.3%。截至2024年底，全国植保无人机保有量约25.1万架，全年作业面积"
            "超过26.7亿亩次，农药使用量平均减少约30%。同期全国农林牧渔业总产值为14.2万亿元，智慧农业被普遍视为"
            "千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 186.2, "CNY 100 million", "actual"),
            ("Total", 2023, 153.5, "CNY 100 million", "actual"),
            ("Total", 2028, 352, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 17.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.2 / 153.5 - 1 = 21.303% -> 21.3
            ("cagr|implied", "exact"),  # (352 / 186.2) ** (1/4) - 1 = 17.258% -> 17.3
        ],
    ),
    # 11. Simplified Chinese: a series opening in 亿元 (8650亿元, 9720亿元) whose 2026 forecast is printed in
    #     万亿元 ("突破1.2万亿元" -> 12000 in CNY 100 million, estimate), "同比增长12.4%"; distractors: 个百分点,
    #     a plan's title years, counts of bases and farms
    dict(
        text=(
            "华垦数字农业研究院发布的报告显示，2023年我国数字农业市场规模为8650亿元，2024年增至9720亿元，同比"
            "增长12.4%；报告预计2026年将突破1.2万亿元。其中，农业物联网与AI决策软件增速最快，占比较上年提高2.1"
            "个百分点。另据某省《数字乡村发展行动计划（2024—2027年）》，到2027年该省将建成省级数字农业示范基地"
            "150个、智慧农场500家。"
        ),
        obs=[
            ("Total", 2023, 8650, "CNY 100 million", "actual"),
            ("Total", 2024, 9720, "CNY 100 million", "actual"),
            ("Total", 2026, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' 亿元 unit
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9720 / 8650 - 1 = 12.370% -> 12.4
        ],
    ),
    # 12. Traditional Chinese (Taiwan), 新台幣億元: "達新台幣82.5億元，較2023年的71億元成長16.2%",
    #     "預估2027年將達新台幣130億元", a part "畜牧與水產監測則為21.6億元"; distractors: 約占四成 (fraction in
    #     words), pesticide cut 18%, subsidy per set 新台幣3萬元
    dict(
        text=(
            "台灣智農產業研究院調查指出，2024年台灣AI智慧農業市場規模達新台幣82.5億元，較2023年的71億元成長"
            "16.2%，預估2027年將達新台幣130億元。其中設施農業（智慧溫室）應用約占四成，畜牧與水產監測則為21.6億元。"
            "研究院也指出，導入AI病蟲害辨識的農場農藥用量平均減少18%，政府對每套感測設備最高補助新台幣3萬元。"
        ),
        obs=[
            ("Total", 2024, 82.5, "TWD 100 million", "actual"),
            ("Total", 2023, 71, "TWD 100 million", "actual"),
            ("Total", 2027, 130, "TWD 100 million", "estimate"),
            ("畜牧與水產監測", 2024, 21.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 82.5 / 71 - 1 = 16.197% -> 16.2
        ],
    ),
    # 13. Traditional Chinese (Hong Kong), 億港元: "去年約為4.86億港元" (2024), "今年預計達5.9億港元" (2025,
    #     estimate), "按年增長約25%" -- the amounts give 21.4%, INCONSISTENT; distractors: 約六成 (fraction),
    #     member count, a company's own revenue in 億港元 and its margin
    dict(
        text=(
            "【香港，2025年3月】香港食物安全科技協會最新報告指出，本港以人工智能進行食品檢測及溯源的市場規模，"
            "去年約為4.86億港元，今年預計達5.9億港元，按年增長約25%。報告又指，本地約六成大型食品進口商已試用"
            "相關系統，協會現有會員企業120家。業界龍頭鮮衡科技上年度收入為1.32億港元，毛利率達41%。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 5.9 / 4.86 - 1 = 21.399%; bounds 5.85/4.865 - 1 = 20.247% .. 5.95/4.855 - 1 = 22.554%;
            # 25 is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Simplified Chinese on livestock vision: "48.6亿元，其中生猪养殖场景28.3亿元，占比58.2%" (share with part
    #     and whole), "奶牛场景约12亿元", "与2021年的24亿元相比，三年间年均增长约26%" (inferred; amounts give 26.5%,
    #     only the bounds reach 26 -> ROUNDING); distractors: a quarter's tender value, respondents, survey answer
    dict(
        text=(
            "2024年，中国畜牧业AI视觉监测市场规模为48.6亿元，其中生猪养殖场景28.3亿元，占比58.2%；奶牛场景约12亿元。"
            "与2021年的24亿元相比，三年间年均增长约26%。第三季度单季招标金额为9.4亿元。在受访的312家规模猪场中，"
            "有47%表示计划在两年内增加摄像头点位。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2021, 24, "CNY 100 million", "actual"),
            ("生猪养殖场景", 2024, 28.3, "CNY 100 million", "actual"),
            ("奶牛场景", 2024, 12, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 58.2, "percent", 2024, 2024, None),
            ("cagr", 26, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 28.3 / 48.6 = 58.230% -> 58.2
            # (48.6 / 24) ** (1/3) - 1 = 26.515% -> 27, not 26; bounds (48.55 / 24.5) ** (1/3) - 1 = 25.605% ..
            # (48.65 / 23.5) ** (1/3) - 1 = 27.450%; 26 is within -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 15. English pipe table by segment with E columns and a total row (hierarchy exact in every column),
    #     prose: "a 19% rise in 2024", "software's share ... 50.1%", "CAGR of 16.1% over 2024-2029";
    #     distractors: table number, a quarter's spending
    dict(
        text=(
            "Table 2. Global AI-in-agriculture market by segment (USD million)\n"
            "| Segment  | 2023  | 2024  | 2025E | 2029E  |\n"
            "|----------|-------|-------|-------|--------|\n"
            "| Hardware | 1,420 | 1,650 | 1,890 | 2,950  |\n"
            "| Software | 1,960 | 2,380 | 2,870 | 5,640  |\n"
            "| Services | 610   | 720   | 850   | 1,410  |\n"
            "| Total    | 3,990 | 4,750 | 5,610 | 10,000 |\n"
            "Source: Meridale Agritech Research, January 2025.\n"
            "After a 19% rise in 2024, Meridale expects the total to grow at a CAGR of 16.1% over 2024-2029. "
            "Software's share of the total reached 50.1% in 2024. Fourth-quarter 2024 spending alone came to "
            "$1,390 million."
        ),
        obs=[
            ("Hardware", 2023, 1420, "USD million", "actual"),
            ("Hardware", 2024, 1650, "USD million", "actual"),
            ("Hardware", 2025, 1890, "USD million", "estimate"),
            ("Hardware", 2029, 2950, "USD million", "estimate"),
            ("Software", 2023, 1960, "USD million", "actual"),
            ("Software", 2024, 2380, "USD million", "actual"),
            ("Software", 2025, 2870, "USD million", "estimate"),
            ("Software", 2029, 5640, "USD million", "estimate"),
            ("Services", 2023, 610, "USD million", "actual"),
            ("Services", 2024, 720, "USD million", "actual"),
            ("Services", 2025, 850, "USD million", "estimate"),
            ("Services", 2029, 1410, "USD million", "estimate"),
            ("Total", 2023, 3990, "USD million", "actual"),
            ("Total", 2024, 4750, "USD million", "actual"),
            ("Total", 2025, 5610, "USD million", "estimate"),
            ("Total", 2029, 10000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 16.1, "percent", 2024, 2029, None, "stated"),
            ("share", 50.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4750 / 3990 - 1 = 19.048% -> 19
            ("cagr|implied", "exact"),  # (10000 / 4750) ** (1/5) - 1 = 16.054% -> 16.1
            ("arithmetic", "exact"),  # 2380 / 4750 = 50.105% -> 50.1
            ("hierarchy", "exact"),  # 2023: 1420 + 1960 + 610 = 3990
            ("hierarchy", "exact"),  # 2024: 1650 + 2380 + 720 = 4750
            ("hierarchy", "exact"),  # 2025E: 1890 + 2870 + 850 = 5610
            ("hierarchy", "exact"),  # 2029E: 2950 + 5640 + 1410 = 10000
        ],
    ),
    # 16. two Chinese tab-separated vertical tables: drones in stock and area flown (no money, expected nowhere)
    #     beside the market value, whose lone column is headed by its unit only ("亿元" -> Total); a 2025E row;
    #     note: "2021—2024年…年均复合增长率为31.1%" (stated)
    dict(
        text=(
            "表3 全国农业无人机保有量与作业面积\n"
            "年份\t保有量（万架）\t作业面积（亿亩次）\n"
            "2021\t12.1\t10.7\n"
            "2022\t16.0\t14.2\n"
            "2023\t20.0\t21.3\n"
            "2024\t25.1\t26.7\n"
            "\n"
            "表4 全国农业无人机AI系统市场规模\n"
            "年份\t亿元\n"
            "2021\t58.4\n"
            "2022\t79.6\n"
            "2023\t104.3\n"
            "2024\t131.5\n"
            "2025E\t158.0\n"
            "注：2025年为预测值。2021—2024年市场规模年均复合增长率为31.1%。"
        ),
        obs=[
            ("Total", 2021, 58.4, "CNY 100 million", "actual"),
            ("Total", 2022, 79.6, "CNY 100 million", "actual"),
            ("Total", 2023, 104.3, "CNY 100 million", "actual"),
            ("Total", 2024, 131.5, "CNY 100 million", "actual"),
            ("Total", 2025, 158.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.1, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131.5 / 58.4) ** (1/3) - 1 = 31.070% -> 31.1
        ],
    ),
    # 17. an English space-aligned vertical table (rows are years) with two value columns, each its own item;
    #     a 2026F row; prose: "crop monitoring grew 20.8% in 2024", livestock "a compound 14.6% a year from
    #     2024 to 2026" (stated)
    dict(
        text=(
            "Computer-vision monitoring in European agriculture, EUR million (Nordvik Agri Analytics, 2025)\n"
            "Year     Crop monitoring     Livestock monitoring\n"
            "2021     212                 148\n"
            "2022     259                 171\n"
            "2023     318                 196\n"
            "2024     384                 229\n"
            "2026F    541                 301\n"
            "Nordvik says crop monitoring grew 20.8% in 2024, while livestock monitoring is set to grow at a "
            "compound 14.6% a year from 2024 to 2026."
        ),
        obs=[
            ("Crop monitoring", 2021, 212, "EUR million", "actual"),
            ("Crop monitoring", 2022, 259, "EUR million", "actual"),
            ("Crop monitoring", 2023, 318, "EUR million", "actual"),
            ("Crop monitoring", 2024, 384, "EUR million", "actual"),
            ("Crop monitoring", 2026, 541, "EUR million", "estimate"),
            ("Livestock monitoring", 2021, 148, "EUR million", "actual"),
            ("Livestock monitoring", 2022, 171, "EUR million", "actual"),
            ("Livestock monitoring", 2023, 196, "EUR million", "actual"),
            ("Livestock monitoring", 2024, 229, "EUR million", "actual"),
            ("Livestock monitoring", 2026, 301, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("cagr", 14.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 384 / 318 - 1 = 20.755% -> 20.8
            ("cagr|implied", "exact"),  # (301 / 229) ** (1/2) - 1 = 14.648% -> 14.6
        ],
    ),
    # 18. an English tab-separated table from a Japanese association in ¥100 million (JPY 100 million), fiscal
    #     columns FY2023, FY2024, FY2027e and a total row that is 1 off the sum in every column (ROUNDING);
    #     prose: "13.3% a year between FY2024 and FY2027" (stated); distractors: member count, hectares
    dict(
        text=(
            "Japan Smart Agriculture Association: market for AI-enabled smart-agriculture systems (¥100 million)\n"
            "Segment\tFY2023\tFY2024\tFY2027e\n"
            "Drones & robotics\t413\t468\t642\n"
            "Sensing & imaging\t298\t342\t511\n"
            "Farm-management software\t187\t216\t338\n"
            "Total\t899\t1,025\t1,492\n"
            "Figures are rounded. The association, which has 146 member companies, expects the total to grow 13.3% "
            "a year between FY2024 and FY2027, when AI systems should be in use on some 38,000 hectares."
        ),
        obs=[
            ("Drones & robotics", 2023, 413, "JPY 100 million", "actual"),
            ("Drones & robotics", 2024, 468, "JPY 100 million", "actual"),
            ("Drones & robotics", 2027, 642, "JPY 100 million", "estimate"),
            ("Sensing & imaging", 2023, 298, "JPY 100 million", "actual"),
            ("Sensing & imaging", 2024, 342, "JPY 100 million", "actual"),
            ("Sensing & imaging", 2027, 511, "JPY 100 million", "estimate"),
            ("Farm-management software", 2023, 187, "JPY 100 million", "actual"),
            ("Farm-management software", 2024, 216, "JPY 100 million", "actual"),
            ("Farm-management software", 2027, 338, "JPY 100 million", "estimate"),
            ("Total", 2023, 899, "JPY 100 million", "actual"),
            ("Total", 2024, 1025, "JPY 100 million", "actual"),
            ("Total", 2027, 1492, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1492 / 1025) ** (1/3) - 1 = 13.331% -> 13.3
            # 2023: 413 + 298 + 187 = 898 vs 899; bounds 896.5 .. 899.5 -> rounding
            ("hierarchy", "rounding"),
            # 2024: 468 + 342 + 216 = 1026 vs 1025; bounds 1024.5 .. 1027.5 -> rounding
            ("hierarchy", "rounding"),
            # 2027e: 642 + 511 + 338 = 1491 vs 1492; bounds 1489.5 .. 1492.5 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. a Chinese pipe table of the smart-greenhouse market by segment (亿元) with a 2024 share column and a
    #     合计 row (item "合计"; its 100% is no claim); shares with part and whole printed, hierarchy exact;
    #     prose "同比增长16.2%"; distractor: greenhouse area in hectares, title years
    dict(
        text=(
            "表5 2023—2024年中国智慧温室AI系统市场结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2024年占比 |\n"
            "| --- | --- | --- | --- |\n"
            "| 硬件 | 96.4 | 108.7 | 55.9% |\n"
            "| 软件 | 51.2 | 62.3 | 32.0% |\n"
            "| 服务 | 19.8 | 23.6 | 12.1% |\n"
            "| 合计 | 167.4 | 194.6 | 100% |\n"
            "2024年市场规模同比增长16.2%，全国连栋智慧温室面积约4.3万公顷。"
        ),
        obs=[
            ("硬件", 2023, 96.4, "CNY 100 million", "actual"),
            ("硬件", 2024, 108.7, "CNY 100 million", "actual"),
            ("软件", 2023, 51.2, "CNY 100 million", "actual"),
            ("软件", 2024, 62.3, "CNY 100 million", "actual"),
            ("服务", 2023, 19.8, "CNY 100 million", "actual"),
            ("服务", 2024, 23.6, "CNY 100 million", "actual"),
            ("合计", 2023, 167.4, "CNY 100 million", "actual"),
            ("合计", 2024, 194.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 55.9, "percent", 2024, 2024, None),
            ("share", 32.0, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 108.7 / 194.6 = 55.858% -> 55.9
            ("arithmetic", "exact"),  # 62.3 / 194.6 = 32.014% -> 32.0
            ("arithmetic", "exact"),  # 23.6 / 194.6 = 12.127% -> 12.1
            ("hierarchy", "exact"),  # 2023: 96.4 + 51.2 + 19.8 = 167.4
            ("hierarchy", "exact"),  # 2024: 108.7 + 62.3 + 23.6 = 194.6
            ("cagr|implied", "exact"),  # 194.6 / 167.4 - 1 = 16.249% -> 16.2
        ],
    ),
    # 20. two English space-aligned tables: area scouted in thousand hectares (expected nowhere) beside market
    #     value by country in USD million with a "Latin America" total row (hierarchy exact); prose claims "a
    #     compound annual rate of 27.5% between 2024 and 2027" -- the table gives 24.2%, INCONSISTENT
    dict(
        text=(
            "Table 7: Area under AI-based crop scouting (thousand hectares)\n"
            "Country          2024      2027F\n"
            "Brazil           4,820     9,150\n"
            "Argentina        1,310     2,640\n"
            "Other            690       1,420\n"
            "\n"
            "Table 8: Market value of AI crop-scouting services (USD million)\n"
            "Country          2024      2027F\n"
            "Brazil           318       596\n"
            "Argentina        94        181\n"
            "Other            52        113\n"
            "Latin America    464       890\n"
            "Source: Campo Digital Consultoria, March 2025. The report puts regional growth at a compound annual "
            "rate of 27.5% between 2024 and 2027."
        ),
        obs=[
            ("Brazil", 2024, 318, "USD million", "actual"),
            ("Brazil", 2027, 596, "USD million", "estimate"),
            ("Argentina", 2024, 94, "USD million", "actual"),
            ("Argentina", 2027, 181, "USD million", "estimate"),
            ("Other", 2024, 52, "USD million", "actual"),
            ("Other", 2027, 113, "USD million", "estimate"),
            ("Latin America", 2024, 464, "USD million", "actual"),
            ("Latin America", 2027, 890, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 27.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 318 + 94 + 52 = 464
            ("hierarchy", "exact"),  # 2027F: 596 + 181 + 113 = 890
            # (890 / 464) ** (1/3) - 1 = 24.248%; bounds (889.5 / 464.5) ** (1/3) - 1 = 24.181% ..
            # (890.5 / 463.5) ** (1/3) - 1 = 24.316%; 27.5 is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 21. dated US news story: "last year" figure with "up 12.5% from ... in 2023" that only rounding reconciles;
    #    survey answer (41%), growers surveyed, vendor's own revenue, headcount and "a multibillion-dollar
    #    opportunity" expected nowhere
    dict(
        text=(
            "DES MOINES, Iowa, 11 February 2025 — Growers in the United States and Canada kept paying for software "
            "even as grain prices sagged. Sales of farm-management and precision-agronomy software across North "
            "America reached $1.84 billion last year, up 12.5% from $1.64 billion in 2023, according to Harlow "
            "Agronomics Research. Of the 1,150 growers Harlow surveyed, 41% said they planned to add a variable-rate "
            "seeding module this season. Prairieline Systems, the largest vendor, reported its own revenue of "
            "$212 million for the year and now employs about 640 people. Harlow calls autonomous crop scouting "
            "\"a multibillion-dollar opportunity\" but has not yet put a number on it."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.64, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 21.84 / 1.64 - 1 = 12.195% -> 12.2, not 12.5;
            # bounds 1.845 / 1.635 - 1 = 12.844%, 1.835 / 1.645 - 1 = 11.550%; 12.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. global consultancy note on AI drones: base year and 2030 forecast with a stated "over 2024-2030" CAGR, a
    #    segment share with no part amount; units shipped, pesticide cut, count of service firms, "its fourth" nowhere
    dict(
        text=(
            "Brightfield Aerial Insights values the world market for AI-guided agricultural drones — spraying, "
            "spreading and mapping aircraft together with the flight-planning software sold with them — at "
            "US$3.2 billion in 2024. It forecasts US$11.9 billion by 2030, a compound annual growth rate of 24.5% "
            "over 2024-2030. Spraying accounted for 61% of 2024 spending, while mapping and scouting made up most of "
            "the rest. Roughly 410,000 units were shipped worldwide in 2024, and operators report cutting pesticide "
            "use by up to 30% on treated fields. The report, the firm's fourth on the sector, also counts more than "
            "1,900 drone-service companies in Southeast Asia alone."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 11.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2024, 2030, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (11.9 / 3.2) ** (1/6) - 1 = 3.71875 ** (1/6) - 1 = 24.470% -> 24.5 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. investor day: the company's sizing of its total addressable market is the Total; "last year" base and a
    #    2030 figure with "roughly 19% a year" (no span printed -> inferred); the company's share target, own
    #    revenue, a quarter's orders, a price target and its upside nowhere
    dict(
        text=(
            "At its investor day in Chicago on 9 May 2025, Bovisight put the total addressable market for "
            "camera-based livestock monitoring — lameness detection, feed-bunk vision and body-condition scoring on "
            "dairy and beef operations — at about $2.1 billion last year. Chief executive Marta Ellery told analysts "
            "the market should reach $6.0 billion in 2030, growing at roughly 19% a year, and that Bovisight aims to "
            "hold a 15% share of it by then. The company booked $148 million of revenue in fiscal 2024 and guided "
            "to third-quarter orders of $44 million. After the event Tannery Row Securities lifted its price target "
            "to $54, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 6.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (6.0 / 2.1) ** (1/6) - 1 = 2.857143 ** (1/6) - 1 = 19.121% -> 19 exact
            ("cagr|period", "exact"),
        ],
    ),
    # 24. European institute review: "rose 31% to EUR538 million ... from EUR412 million", a part (Software) with its
    #    share of the total, a EUR1.2 billion 2028 forecast converted to the EUR million series, and a stated
    #    2024-2028 CAGR its own figures contradict; percentage points, plant penetration and recalls nowhere
    dict(
        text=(
            "Spending in Europe on AI-based food-safety inspection — hyperspectral sorters, camera systems on packing "
            "lines and the software that flags contaminants — rose 31% to €538 million in 2024 from €412 million in "
            "2023, the Veldhaven Food Technology Institute said in its annual review. Software accounted for "
            "€161 million, or 30% of the 2024 total. The institute expects the market to reach €1.2 billion by 2028, "
            "which it describes as a compound annual growth rate of 25% between 2024 and 2028. The share of meat and "
            "dairy plants running automated vision inspection rose 9 percentage points to 34%, and product recalls "
            "linked to foreign bodies fell 14%."
        ),
        obs=[
            ("Total", 2024, 538, "EUR million", "actual"),
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2028, 1200, "EUR million", "estimate"),
            ("Software", 2024, 161, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 30, "percent", 2024, 2024, None),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 538 / 412 - 1 = 30.583% -> 31 exact
            ("cagr|implied", "exact"),
            # 161 / 538 = 29.926% -> 30 exact
            ("arithmetic", "exact"),
            # (1200 / 538) ** (1/4) - 1 = 22.208%; bounds (1250 / 537.5) ** 0.25 - 1 = 23.490%,
            # (1150 / 538.5) ** 0.25 - 1 = 20.887%; 25 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. Tokyo briefing in yen: fiscal-year figures in "¥ billion", a "fiscal 2024-2030 CAGR"; a quarter's sales in
    #    the same unit, hectares, yields per 10 ares and a member farm income in yen nowhere
    dict(
        text=(
            "TOKYO, 2 June 2025 — Japan's market for AI-controlled greenhouse climate and irrigation systems reached "
            "¥48.6 billion in fiscal 2024, the Japan Protected Horticulture Association said at a briefing on Monday. "
            "The association forecasts ¥92 billion by fiscal 2030, a fiscal 2024-2030 CAGR of 11.2%. Sales in the "
            "January-March quarter alone came to ¥13.1 billion. Greenhouses fitted with the systems now cover about "
            "6,800 hectares, members growing tomatoes report yields of up to 50 tonnes per 10 ares, and the average "
            "income of member farms rose to ¥11.3 million."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2030, 92, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 11.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (92 / 48.6) ** (1/6) - 1 = 1.893004 ** (1/6) - 1 = 11.222% -> 11.2 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 26. Simplified Chinese institute report on 植保无人机: 同比增长 between two printed years, a 到2028年 target with a
    #    stated 2024—2028年 CAGR; 保有量 (架), 作业面积 (亿亩次), 农药减量 and a company's own 营收 and 员工 nowhere
    dict(
        text=(
            "2025年3月18日，禾丰农业数字研究院发布的报告显示，2024年我国植保无人机市场规模达到186.5亿元，较2023年的"
            "153.7亿元同比增长21.3%。报告预计，到2028年该市场规模将达到420亿元，2024—2028年年均复合增长率为22.5%。"
            "2024年全国植保无人机保有量约为21万架，全年作业面积达26.7亿亩次，帮助减少农药使用量约三成。头部企业翼田科技"
            "去年营收为58.2亿元，员工超过3000人。"
        ),
        obs=[
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2023, 153.7, "CNY 100 million", "actual"),
            ("Total", 2028, 420, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 206.5 / 153.7 - 1 = 21.340% -> 21.3 exact
            ("cagr|implied", "exact"),
            # (420 / 186.5) ** (1/4) - 1 = 2.252011 ** 0.25 - 1 = 22.502% -> 22.5 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 27. Simplified Chinese think-tank: series opens in 亿元 (6800亿元), later 1.05万亿元 and 突破1.6万亿元 converted to
    #    CNY 100 million; 年均复合增速 with no span printed (inferred); 农林牧渔业总产值 in 万亿元, 渗透率 and 千亿级 nowhere
    dict(
        text=(
            "从全国看，智慧农业正从示范走向规模化应用。据中农数研智库测算，2020年我国智慧农业市场规模为6800亿元；"
            "2024年已增至1.05万亿元，年均复合增速约为11.5%。智库预计，到2027年这一规模有望突破1.6万亿元。作为对比，"
            "2024年全国农林牧渔业总产值约为16.1万亿元，智慧农业技术在生产环节的渗透率仍不足10%。业内普遍认为，"
            "农业大模型将打开又一个千亿级市场。"
        ),
        obs=[
            ("Total", 2020, 6800, "CNY 100 million", "actual"),
            ("Total", 2024, 10500, "CNY 100 million", "actual"),
            ("Total", 2027, 16000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 11.5, "percent", 2020, 2024, None, "inferred"),
        ],
        verdicts=[
            # (10500 / 6800) ** (1/4) - 1 = 1.544118 ** 0.25 - 1 = 11.473% -> 11.5 exact
            ("cagr|period", "exact"),
        ],
    ),
    # 28. Simplified Chinese statistics note on AI vision: 较上年 growth its own amounts contradict, two parts
    #    (livestock vs crops) with a share whose part and whole are printed; 摄像头路数, 百分点 and a 融资 round nowhere
    dict(
        text=(
            "据北辰农业信息研究所统计，2024年我国农业AI视觉监测市场规模为48.2亿元，较上年的39.5亿元增长25%。其中，"
            "畜禽养殖监测19.6亿元，占比40.7%；作物长势与病虫害监测28.6亿元。规模化养猪场部署的AI摄像头已超过30万路，"
            "生猪育肥阶段死亡率平均下降2.3个百分点。今年1月，视觉识别企业牧瞳科技完成3亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 48.2, "CNY 100 million", "actual"),
            ("Total", 2023, 39.5, "CNY 100 million", "actual"),
            ("畜禽养殖监测", 2024, 19.6, "CNY 100 million", "actual"),
            ("作物长势与病虫害监测", 2024, 28.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("share", 40.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 68.2 / 39.5 - 1 = 22.025%; bounds 48.25 / 39.45 - 1 = 22.307%, 48.15 / 39.55 - 1 = 21.745%;
            # 25 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
            # 39.6 / 48.2 = 40.664% -> 40.7 exact
            ("arithmetic", "exact"),
        ],
    ),
    # 29. Traditional Chinese (Taiwan) research note in 新台幣億元: 成長 between two years, a 預估 2027 figure with a
    #    stated 2024至2027年 複合成長率 (約14%); subsidy per drone, greenhouse hectares, a company's 上半年營收 and its
    #    年增 nowhere
    dict(
        text=(
            "根據財團法人禾豐農業科技研究院最新調查，台灣智慧農業市場規模2024年達新台幣128億元，較2023年的112億元成長"
            "14.3%。研究院預估，2027年市場規模將達新台幣190億元，2024至2027年複合成長率約14%。農業部對每台植保無人機"
            "補助新台幣20萬元，全台智慧溫室面積已超過1,200公頃。龍頭業者綠擎科技上半年營收為新台幣9.8億元，年增6.5%。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 112, "TWD 100 million", "actual"),
            ("Total", 2027, 190, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.3, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 128 / 112 - 1 = 14.286% -> 14.3 exact
            ("cagr|implied", "exact"),
            # (190 / 128) ** (1/3) - 1 = 1.484375 ** (1/3) - 1 = 14.073% -> 14 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 30. Traditional Chinese (Hong Kong) dated report in 億港元: 去年 (2024) figure, 增長22% over 2023 that only
    #     rounding reconciles, 明年 (2026) estimate with 左右; 三成 of batches, 縮短40%, counts of labs nowhere
    dict(
        text=(
            "【本報訊】2025年4月8日——港科食安研究所發表報告指，本港食品安全檢測人工智能市場去年規模約5.2億港元，"
            "較2023年的4.3億港元增長22%。報告指出，AI影像及光譜檢測已覆蓋全港約三成進口凍肉及蔬果批次，化驗時間平均"
            "縮短40%。研究所預計，明年市場規模將升至7億港元左右。本港現有約120間認可食品化驗所，其中17間已引入AI系統。"
        ),
        obs=[
            ("Total", 2024, 5.2, "HKD 100 million", "actual"),
            ("Total", 2023, 4.3, "HKD 100 million", "actual"),
            ("Total", 2026, 7, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 25.2 / 4.3 - 1 = 20.930% -> 21, not 22; bounds 5.25 / 4.25 - 1 = 23.529%, 5.15 / 4.35 - 1 = 18.391%;
            # 22 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Traditional Chinese (Taiwan) association: 2022 and 2024 amounts with a stated 2022至2024年 年複合成長率
    #     only rounding reconciles, a segment share without its amount; 第一季 figure, member count, 節水 and 產量 nowhere
    dict(
        text=(
            "台灣設施農業正加速導入AI。依據台灣智慧溫室產業協會統計，國內AI溫室環控系統市場2022年為新台幣36億元，"
            "2024年擴大至新台幣52億元，2022至2024年年複合成長率達20.5%。協會理事長林宏彬表示，今年第一季新增建置案"
            "已達新台幣6.3億元，但全年表現仍要看颱風季。協會目前約有85家會員業者，環控系統平均可節水25%、番茄單位面積"
            "產量提升18%。協會估計，軟體與雲端服務在2024年市場中的占比為35%。"
        ),
        obs=[
            ("Total", 2022, 36, "TWD 100 million", "actual"),
            ("Total", 2024, 52, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2022, 2024, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (52 / 36) ** 0.5 - 1 = 20.185% -> 20.2, not 20.5; bounds (52.5 / 35.5) ** 0.5 - 1 = 21.609%,
            # (51.5 / 36.5) ** 0.5 - 1 = 18.784%; 20.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Simplified Chinese provincial plan: title years (2024—2026年) are boilerplate; 到2026年 target with
    #     年均增长19% (no span printed -> inferred, base 2023) that its amounts contradict; farms to build, 亩 and
    #     subsidy per machine nowhere
    dict(
        text=(
            "《江淮省数字乡村发展行动方案（2024—2026年）》近日印发。方案提出，到2026年，全省数字农业核心产业规模达到"
            "300亿元，年均增长19%；2023年这一规模为186亿元。方案同时要求新建智慧农场100个，农业物联网应用面积达到"
            "500万亩。省财政将对购置智能农机的经营主体按每台最高5万元给予补贴。"
        ),
        obs=[
            ("Total", 2026, 300, "CNY 100 million", "estimate"),
            ("Total", 2023, 186, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 19, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            # (300 / 186) ** (1/3) - 1 = 17.274%; bounds (300.5 / 185.5) ** (1/3) - 1 = 17.445%,
            # (299.5 / 186.5) ** (1/3) - 1 = 17.104%; 19 outside -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 33. Simplified Chinese broker report: 2024 base, 2025 and 2030 forecasts, 同比增长 and a stated 2025-2030年CAGR;
    #     a second firm's 2025 figure (65亿元) nowhere; rating, 目标价 and 上涨空间 nowhere
    dict(
        text=(
            "东方岳证券在2025年5月发布的行业深度报告中测算，2024年中国农业AI软件（含农场管理平台、农情遥感分析和农业大模型"
            "应用）市场规模为58亿元，预计2025年将达到72亿元，同比增长24.1%；到2030年有望达到260亿元，2025-2030年CAGR为"
            "29.3%。另一家咨询机构禾析咨询对2025年的估计则为65亿元。报告维持板块“增持”评级，并给予龙头公司农芯股份目标价"
            "38.5元，较现价有26%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2025, 72, "CNY 100 million", "estimate"),
            ("Total", 2030, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2024, 2025, 1.0),
            ("cagr", 29.3, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # 72 / 58 - 1 = 24.138% -> 24.1 exact
            ("cagr|implied", "exact"),
            # (260 / 72) ** (1/5) - 1 = 3.611111 ** 0.2 - 1 = 29.279% -> 29.3 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 34. Simplified Chinese annual report: series opens in 万亿元 (CNY trillion), a later 8900亿元 converted to 0.89;
    #     同比增长 and an inferred 年均复合增速 to 2027; report title year, 网民 headcount, 信息化率, 百分点 and
    #     一季度 signing figure nowhere
    dict(
        text=(
            "《2025中国数字农业发展报告》显示，2023年我国数字农业市场规模为1.12万亿元；2024年增至约1.26万亿元，同比增长"
            "12.5%，而2021年这一数字仅为8900亿元。报告预计，2027年规模有望达到1.8万亿元，年均复合增速约12.6%。截至2024年"
            "底，全国农村网民规模达3.13亿人，农业生产信息化率为27.6%，较上年提高1.8个百分点。今年一季度，农业数字化相关"
            "项目签约额为2160亿元。"
        ),
        obs=[
            ("Total", 2023, 1.12, "CNY trillion", "actual"),
            ("Total", 2024, 1.26, "CNY trillion", "actual"),
            ("Total", 2021, 0.89, "CNY trillion", "actual"),
            ("Total", 2027, 1.8, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("cagr", 12.6, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # 21.26 / 1.12 - 1 = 12.500% -> 12.5 exact
            ("cagr|implied", "exact"),
            # (1.8 / 1.26) ** (1/3) - 1 = 1.428571 ** (1/3) - 1 = 12.625% -> 12.6 exact
            ("cagr|period", "exact"),
        ],
    ),
    # 35. English pipe table by segment and year with E columns and a Total row (US$ million caption); the table
    #     number and software seats nowhere; prose growth for 2025 between two Total figures
    dict(
        text=(
            "Table 3. Precision-farming software revenue by segment, worldwide (US$ million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Farm-management platforms | 1,420 | 1,610 | 1,830 | 2,070 |\n"
            "| Variable-rate and prescription tools | 860 | 975 | 1,110 | 1,260 |\n"
            "| Crop and yield analytics | 540 | 640 | 760 | 900 |\n"
            "| Total | 2,820 | 3,225 | 3,700 | 4,230 |\n"
            "Source: Kestrel Agri-Insight, March 2025. Total spending is forecast to rise 14.7% in 2025; the number "
            "of paid farm-software seats passed 2.4 million in 2024."
        ),
        obs=[
            ("Farm-management platforms", 2023, 1420, "USD million", "actual"),
            ("Farm-management platforms", 2024, 1610, "USD million", "actual"),
            ("Farm-management platforms", 2025, 1830, "USD million", "estimate"),
            ("Farm-management platforms", 2026, 2070, "USD million", "estimate"),
            ("Variable-rate and prescription tools", 2023, 860, "USD million", "actual"),
            ("Variable-rate and prescription tools", 2024, 975, "USD million", "actual"),
            ("Variable-rate and prescription tools", 2025, 1110, "USD million", "estimate"),
            ("Variable-rate and prescription tools", 2026, 1260, "USD million", "estimate"),
            ("Crop and yield analytics", 2023, 540, "USD million", "actual"),
            ("Crop and yield analytics", 2024, 640, "USD million", "actual"),
            ("Crop and yield analytics", 2025, 760, "USD million", "estimate"),
            ("Crop and yield analytics", 2026, 900, "USD million", "estimate"),
            ("Total", 2023, 2820, "USD million", "actual"),
            ("Total", 2024, 3225, "USD million", "actual"),
            ("Total", 2025, 3700, "USD million", "estimate"),
            ("Total", 2026, 4230, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 14.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1420 + 860 + 540 = 2820; 1610 + 975 + 640 = 3225; 1830 + 1110 + 760 = 3700; 2070 + 1260 + 900 = 4230
            ("hierarchy", "exact"),
            # 3700 / 3225 - 1 = 14.729% -> 14.7 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 36. Simplified Chinese: a tab-separated table of drones, sprayed area and subsidy (nowhere) beside a table of
    #     market value by segment (亿元) with a 合计 row whose 2024 sum is off by 0.1 (rounding); a share in prose
    dict(
        text=(
            "表1 2022—2024年全国植保无人机作业情况\n"
            "指标\t2022\t2023\t2024\n"
            "保有量（万架）\t16.0\t19.4\t21.0\n"
            "作业面积（亿亩次）\t21.3\t24.7\t26.7\n"
            "单机补贴上限（万元）\t3.6\t3.2\t3.0\n"
            "\n"
            "表2 植保无人机市场规模（单位：亿元）\n"
            "细分\t2022\t2023\t2024\n"
            "整机销售\t72.4\t86.1\t101.5\n"
            "飞防服务\t41.8\t52.3\t65.2\n"
            "数据与软件\t9.6\t14.3\t19.9\n"
            "合计\t123.8\t152.7\t186.7\n"
            "数据来源：青禾智库（2025年4月）。2024年飞防服务占合计的比重为34.9%。"
        ),
        obs=[
            ("整机销售", 2022, 72.4, "CNY 100 million", "actual"),
            ("整机销售", 2023, 86.1, "CNY 100 million", "actual"),
            ("整机销售", 2024, 101.5, "CNY 100 million", "actual"),
            ("飞防服务", 2022, 41.8, "CNY 100 million", "actual"),
            ("飞防服务", 2023, 52.3, "CNY 100 million", "actual"),
            ("飞防服务", 2024, 65.2, "CNY 100 million", "actual"),
            ("数据与软件", 2022, 9.6, "CNY 100 million", "actual"),
            ("数据与软件", 2023, 14.3, "CNY 100 million", "actual"),
            ("数据与软件", 2024, 19.9, "CNY 100 million", "actual"),
            ("合计", 2022, 123.8, "CNY 100 million", "actual"),
            ("合计", 2023, 152.7, "CNY 100 million", "actual"),
            ("合计", 2024, 186.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 34.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 92.4 + 41.8 + 9.6 = 123.8 and 86.1 + 52.3 + 14.3 = 152.7 exact; 101.5 + 65.2 + 19.9 = 186.6 vs 186.7:
            # parts at +/-0.05 give 186.45..186.75, which reaches 186.7 -> rounding
            ("hierarchy", "rounding"),
            # 85.2 / 186.7 = 34.922% -> 34.9 exact
            ("arithmetic", "exact"),
        ],
    ),
    # 37. English vertical tab-separated table whose rows are years, one value column headed by its unit only
    #     (Total), E rows; growth and a stated CAGR in prose; R$ figure (currency not in the table) and hectares nowhere
    dict(
        text=(
            "Latin America: AI crop-monitoring services (satellite, drone and in-field imagery analytics)\n"
            "Year\tUS$ million\n"
            "2021\t212\n"
            "2022\t268\n"
            "2023\t331\n"
            "2024\t405\n"
            "2025E\t492\n"
            "2026E\t598\n"
            "2027E\t726\n"
            "Source: Pampas & Cerrado Agtech Observatory, January 2025. The market grew 22% in 2024 and is projected "
            "to expand at a CAGR of 21.5% between 2024 and 2027. Brazil's national growers' association puts domestic "
            "spending alone at R$1.1 billion, and monitored area across the region at 38 million hectares."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 331, "USD million", "actual"),
            ("Total", 2024, 405, "USD million", "actual"),
            ("Total", 2025, 492, "USD million", "estimate"),
            ("Total", 2026, 598, "USD million", "estimate"),
            ("Total", 2027, 726, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 405 / 331 - 1 = 22.356% -> 22 exact
            ("cagr|implied", "exact"),
            # (726 / 405) ** (1/3) - 1 = 1.792593 ** (1/3) - 1 = 21.477% -> 21.5 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 38. Traditional Chinese pipe table in 新台幣百萬元 (TWD million) with hardware/software/services and a 合計 row,
    #     2025E column; share of software and 合計年增 in prose; table number and a survey of 320 plants (46%) nowhere
    dict(
        text=(
            "表二　台灣AI食品安全檢測市場（單位：新台幣百萬元）\n"
            "| 項目 | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| 硬體 | 820 | 905 | 990 |\n"
            "| 軟體 | 365 | 448 | 545 |\n"
            "| 服務 | 215 | 262 | 310 |\n"
            "| 合計 | 1,400 | 1,615 | 1,845 |\n"
            "資料來源：台灣食品科技產業研究中心（2025年3月）。2024年軟體占合計的27.7%，合計年增15.4%；受訪的320家"
            "食品廠中，有46%表示將於兩年內導入AI檢測。"
        ),
        obs=[
            ("硬體", 2023, 820, "TWD million", "actual"),
            ("硬體", 2024, 905, "TWD million", "actual"),
            ("硬體", 2025, 990, "TWD million", "estimate"),
            ("軟體", 2023, 365, "TWD million", "actual"),
            ("軟體", 2024, 448, "TWD million", "actual"),
            ("軟體", 2025, 545, "TWD million", "estimate"),
            ("服務", 2023, 215, "TWD million", "actual"),
            ("服務", 2024, 262, "TWD million", "actual"),
            ("服務", 2025, 310, "TWD million", "estimate"),
            ("合計", 2023, 1400, "TWD million", "actual"),
            ("合計", 2024, 1615, "TWD million", "actual"),
            ("合計", 2025, 1845, "TWD million", "estimate"),
        ],
        claims=[
            ("share", 27.7, "percent", 2024, 2024, None),
            ("growth", 15.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 820 + 365 + 215 = 1400; 905 + 448 + 262 = 1615; 990 + 545 + 310 = 1845
            ("hierarchy", "exact"),
            # 448 / 1615 = 27.740% -> 27.7 exact
            ("arithmetic", "exact"),
            # 1615 / 1400 - 1 = 15.357% -> 15.4 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 39. English space-aligned table in £ million (GBP million), livestock vs crops with a Total row and a 2028F
    #     column; share of livestock and a stated 2024-2028 CAGR in prose; herd size and a Q4 spend nowhere
    dict(
        text=(
            "UK spending on AI vision for livestock and crops (£ million)\n"
            "\n"
            "Segment       2022     2023     2024     2028F\n"
            "Livestock     48.5     57.0     66.8     118.0\n"
            "Crops         71.2     80.9     92.4     165.0\n"
            "Total        119.7    137.9    159.2     283.0\n"
            "\n"
            "Source: Corrie & Vale Agritech Monitor, April 2025. Livestock took 42% of the total in 2024, and the "
            "total is forecast to grow at a 2024-2028 CAGR of 15.5%. Average herd size among adopting dairy farms was "
            "310 cows; Q4 2024 spending alone reached £44.1 million."
        ),
        obs=[
            ("Livestock", 2022, 48.5, "GBP million", "actual"),
            ("Livestock", 2023, 57.0, "GBP million", "actual"),
            ("Livestock", 2024, 66.8, "GBP million", "actual"),
            ("Livestock", 2028, 118.0, "GBP million", "estimate"),
            ("Crops", 2022, 71.2, "GBP million", "actual"),
            ("Crops", 2023, 80.9, "GBP million", "actual"),
            ("Crops", 2024, 92.4, "GBP million", "actual"),
            ("Crops", 2028, 165.0, "GBP million", "estimate"),
            ("Total", 2022, 119.7, "GBP million", "actual"),
            ("Total", 2023, 137.9, "GBP million", "actual"),
            ("Total", 2024, 159.2, "GBP million", "actual"),
            ("Total", 2028, 283.0, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("cagr", 15.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 68.5 + 71.2 = 119.7; 57.0 + 80.9 = 137.9; 66.8 + 92.4 = 159.2; 118.0 + 165.0 = 283.0
            ("hierarchy", "exact"),
            # 86.8 / 159.2 = 41.960% -> 42 exact
            ("arithmetic", "exact"),
            # (283.0 / 159.2) ** (1/4) - 1 = 1.777638 ** 0.25 - 1 = 15.468% -> 15.5 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 40. Simplified Chinese space-aligned vertical table, years as rows and one column headed 亿元 only (Total),
    #     2025E row; stated 2021—2024年 CAGR and a 2025 同比 in prose; 生猪出栏 (头) and 改造比例 nowhere
    dict(
        text=(
            "智慧养殖AI解决方案市场规模\n"
            "年份      亿元\n"
            "2021      42.6\n"
            "2022      55.3\n"
            "2023      68.9\n"
            "2024      83.5\n"
            "2025E    101.2\n"
            "注：E为预测值。数据来源：中牧智联研究院，2025年4月。2021—2024年该市场复合增长率为25.1%，2025年预计同比增长"
            "21.2%。2024年全国生猪出栏7.03亿头，规模养殖场智能化改造比例约为35%。"
        ),
        obs=[
            ("Total", 2021, 42.6, "CNY 100 million", "actual"),
            ("Total", 2022, 55.3, "CNY 100 million", "actual"),
            ("Total", 2023, 68.9, "CNY 100 million", "actual"),
            ("Total", 2024, 83.5, "CNY 100 million", "actual"),
            ("Total", 2025, 101.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.1, "percent", 2021, 2024, None, "stated"),
            ("growth", 21.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (83.5 / 42.6) ** (1/3) - 1 = 1.960094 ** (1/3) - 1 = 25.148% -> 25.1 exact
            ("cagr|implied", "exact"),
            # 121.2 / 83.5 - 1 = 21.198% -> 21.2 exact
            ("cagr|implied", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 6, 'rounding': 9, 'exact': 59}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '14.5% more than the $4.21 billion',
    '¥38.6 billion in fiscal 2024',
    'an average annual increase of 12.2%',
    'two and a half times that level',
    '€661 million, or 58% of the total',
    'an 18% rise on the £281 million of 2023',
    'up from US$910 million in 2023',
    'somewhere between $1.8 billion and $2.3 billion',
    'NT$4.6 billion last year',
    '$22 billion total addressable market',
    '较2023年的153.5亿元同比增长21.3%',
    '预计2026年将突破1.2万亿元',
    '預估2027年將達新台幣130億元',
    '今年預計達5.9億港元，按年增長約25%',
    '三年间年均增长约26%',
    '| Total    | 3,990 | 4,750 | 5,610 | 10,000 |',
    '年份\t亿元',
    '2026F    541                 301',
    'Total\t899\t1,025\t1,492',
    '| 合计 | 167.4 | 194.6 | 100% |',
    'reached $1.84 billion last year, up 12.5% from',
    'a compound annual growth rate of 24.5% over 2024-2030',
    'put the total addressable market',
    'rose 31% to €538 million in 2024 from €412 million',
    'expects the market to reach €1.2 billion by 2028',
    'a fiscal 2024-2030 CAGR of 11.2%',
    '2024—2028年年均复合增长率为22.5%',
    '2024年已增至1.05万亿元',
    '较上年的39.5亿元增长25%',
    '新台幣128億元，較2023年的112億元成長',
    '去年規模約5.2億港元',
    '2022至2024年年複合成長率達20.5%',
    '到2026年，全省数字农业核心产业规模达到',
    '另一家咨询机构禾析咨询对2025年的估计则为65亿元',
    '而2021年这一数字仅为8900亿元',
    '| Total | 2,820 | 3,225 | 3,700 | 4,230 |',
    '合计\t123.8\t152.7\t186.7',
    'Year\tUS$ million',
    '（單位：新台幣百萬元）',
    '年份      亿元',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 211
#: figures, 49 rates, 69 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 211, "rates_found": 49, "verdicts_right": 72}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset139.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
