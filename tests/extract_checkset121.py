"""A hundred-and-twenty-first check set for the extractor, written blind: AI compute, cloud and telecom, in English and Chinese (Simplified
and Traditional) -- GPU cloud and compute leasing, AI data-centre services, sovereign and public AI clouds, AI in
telecom networks, edge inference and model-hosting platforms, sized in money by telecom institutes, cloud trackers,
brokers, provincial plans, Korean, Japanese and Taiwanese ministries and consultancies; compute capacity, GPU counts,
power, prices per GPU-hour, utilisation, a hyperscaler's own capex or revenue, single contracts, rack counts,
percentage points and tokens served are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated European news: "€4.2 billion ... last year, up 38% from €3.05 billion in 2023", a CAGR with no printed
    #    span (inferred); distractors: price per accelerator-hour, utilisation, a provider's own revenue
    dict(
        text=(
            "FRANKFURT, 12 February 2025 — Renting graphics processors by the hour has become the fastest-growing "
            "corner of European cloud computing. Businesses, universities and AI labs on the continent spent "
            "€4.2 billion on GPU-as-a-service last year, up 38% from €3.05 billion in 2023, according to the "
            "Halvorsen Cloud Monitor. The tracker expects the bill to reach €11.8 billion by 2028, a compound annual "
            "rate of roughly 29%. Prices have fallen fast: an hour on a top-end accelerator now costs about €2.10, "
            "against €3.40 a year ago, and average fleet utilisation slipped to 71%. Nordvik Cloud, the region's "
            "largest independent provider, alone booked €1.1 billion of GPU revenue in 2024."
        ),
        obs=[
            ("Total", 2024, 4.2, "EUR billion", "actual"),
            ("Total", 2023, 3.05, "EUR billion", "actual"),
            ("Total", 2028, 11.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
            ("cagr", 29.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.2 / 3.05 - 1 = 37.70% -> 38
            ("cagr|period", "exact"),   # (11.8 / 4.2) ** (1/4) - 1 = 29.47% -> 29
        ],
    ),
    # 2. an earnings call: the TAM a company sizes is the market (Total); "this year" = dateline year -> estimate;
    #    "a 2025-2030 CAGR" stated; distractors: quarter revenue, headcount, margin, "a fifth" share target,
    #    price target and upside
    dict(
        text=(
            "Caldera Compute's fourth-quarter call on 27 February 2025 spent less time on the quarter than on the "
            "size of the prize. Chief executive Mira Oyelaran told analysts the company now sizes the total "
            "addressable market for hosted AI inference at $38 billion this year, rising to $145 billion in 2030 — "
            "a 2025-2030 CAGR of about 31%. Caldera itself reported fourth-quarter revenue of $612 million, up 74%, "
            "and ended the year with 2,400 employees and a gross margin of 61%. \"We think we can take a fifth of "
            "that market,\" Oyelaran said. Analysts at Brenwick raised their price target to $184, about 22% above "
            "Friday's close."
        ),
        obs=[
            ("Total", 2025, 38, "USD billion", "estimate"),
            ("Total", 2030, 145, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.0, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (145 / 38) ** (1/5) - 1 = 30.71% -> 31
        ],
    ),
    # 3. a research briefing on AI network automation for operators: series opens in USD billion, "$780 million two
    #    years earlier" converted to 0.78; "from 2024 to 2028" stated span; distractors: survey answer, operator
    #    count, percentage points
    dict(
        text=(
            "Mobile operators are finally paying for the AI they have been trialling in their networks. Spending on "
            "AI-driven network automation — software and services that tune radio parameters, predict faults and "
            "steer traffic across 5G cores — reached $1.12 billion in 2024, Tessaly Research says in a briefing "
            "published on 3 April 2025, up from $780 million two years earlier. Tessaly forecasts $3.4 billion by "
            "2028, a compound annual growth rate of 32% from 2024 to 2028, as operators ready their networks for 6G. "
            "In its survey of 140 operators, 62% said closed-loop automation was already live in at least one "
            "region, and AI's share of network operating budgets rose by 1.8 percentage points."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2022, 0.78, "USD billion", "actual"),
            ("Total", 2028, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.12) ** (1/4) - 1 = 32.00% -> 32
        ],
    ),
    # 4. UK sovereign AI cloud news with a contradicted rate: "a 52% jump on 2023's £460 million" (inconsistent) and
    #    "a further 36% rise to £870 million this year" (exact); distractors: one contract's value, GPU count, MW
    dict(
        text=(
            "LONDON, 9 June 2025 — Whitehall's appetite for home-grown AI compute is showing up in the numbers. "
            "Public bodies in the UK spent £640 million on sovereign AI cloud services last year, a 52% jump on "
            "2023's £460 million, Pellbridge Analytics said on Monday, and it expects a further 36% rise to "
            "£870 million this year. The biggest single deal, a £310 million award to Grayfell Systems to run a "
            "5,000-GPU cluster near Coventry, is spread over seven years. Grayfell's new site will draw 40 MW at full "
            "load."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2023, 460, "GBP million", "actual"),
            ("Total", 2025, 870, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),
            ("growth", 36.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 640 / 460 - 1 = 39.13%; bounds 639.5/460.5 - 1 = 38.87%,
                                               # 640.5/459.5 - 1 = 39.39%; 52 unreachable
            ("cagr|implied", "exact"),         # 870 / 640 - 1 = 35.94% -> 36
        ],
    ),
    # 5. a broker's sector note: training vs inference, "inference accounted for $27.0 billion, or 44%" of $61.4bn
    #    (arithmetic exact), a 2026 share with no part amount; distractors: tokens a day, price target and upside
    dict(
        text=(
            "Inference has caught up with training as the main reason companies rent GPUs, argues a sector note "
            "from Ashcombe Securities dated 14 January 2025. Of the $61.4 billion spent worldwide on rented GPU "
            "capacity in 2024, inference accounted for $27.0 billion, or 44%, the broker calculates. By 2026 it "
            "expects inference to take 58% of a market worth $118 billion. Ashcombe's analysts reckon the leading "
            "platforms already serve more than 3 trillion tokens a day. They keep a buy rating on Quillon Systems "
            "with a price target of $212, implying 18% upside."
        ),
        obs=[
            ("Total", 2024, 61.4, "USD billion", "actual"),
            ("Inference", 2024, 27.0, "USD billion", "actual"),
            ("Total", 2026, 118, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 44.0, "percent", 2024, 2024, None),
            ("share", 58.0, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 27.0 / 61.4 = 43.97% -> 44
        ],
    ),
    # 6. Japanese GPU cloud market in yen: "¥486 billion in fiscal 2024", "¥1,240 billion in fiscal 2027",
    #    "average annual growth of about 37%" with no printed span (inferred); distractors: a telco's own capex, GW
    dict(
        text=(
            "TOKYO, 20 May 2025 — Japan's market for GPU cloud services, compute rented by the hour or reserved by "
            "the month, stood at ¥486 billion in fiscal 2024, according to the Kurobane Research Institute. The "
            "institute projects ¥1,240 billion in fiscal 2027, implying average annual growth of about 37%, helped "
            "by government subsidies for domestic AI data centres. Sakuragi Telecom alone plans to spend "
            "¥150 billion on accelerators over the next three years, and the country's planned AI data-centre "
            "projects add up to roughly 1.2 GW of power."
        ),
        obs=[
            ("Total", 2024, 486, "JPY billion", "actual"),
            ("Total", 2027, 1240, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 37.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1240 / 486) ** (1/3) - 1 = 36.65% -> 37
        ],
    ),
    # 7. a bullet-point briefing on edge AI inference services: "$9.7bn (2023: $7.1bn), +37% year on year" exact,
    #    "CAGR 2024–30: 27.5%" only within rounding; distractors: a quarter's run-rate, node count, utilisation
    dict(
        text=(
            "Briefing — Edge AI inference services (Lindqvist & Moor, March 2025)\n"
            "Key figures:\n"
            "• Market size 2024: $9.7bn (2023: $7.1bn), +37% year on year\n"
            "• Forecast 2030: $41.5bn\n"
            "• CAGR 2024–30: 27.5%\n"
            "• Q4 2024 revenue run-rate across tracked providers: $2.8bn\n"
            "• Edge nodes in service: 14,200; average utilisation 58%"
        ),
        obs=[
            ("Total", 2024, 9.7, "USD billion", "actual"),
            ("Total", 2023, 7.1, "USD billion", "actual"),
            ("Total", 2030, 41.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 37.0, "percent", 2023, 2024, 1.0),
            ("cagr", 27.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 9.7 / 7.1 - 1 = 36.62% -> 37
            ("cagr|implied", "rounding"),  # (41.5 / 9.7) ** (1/6) - 1 = 27.41% -> 27.4, not 27.5;
                                           # bounds (41.45/9.75) -> 27.28%, (41.55/9.65) -> 27.55%; 27.5 reachable
        ],
    ),
    # 8. model hosting (MaaS) feature: "$6.3 billion in 2024", "grown fivefold since 2021" (multiple x5 over 3 years,
    #    no verdict), a range "between $14 billion and $18 billion in 2026" (two value claims); distractors:
    #    per-token price, "a multibillion-dollar opportunity", poll count and answer
    dict(
        text=(
            "Model hosting, renting out access to open and proprietary models through an API, is turning into a "
            "business of its own. Vantry Partners reckons the market was worth $6.3 billion in 2024, having grown "
            "fivefold since 2021, and puts it at between $14 billion and $18 billion in 2026. Per-token prices keep "
            "tumbling, to as little as $0.40 per million tokens for mid-sized models, which Vantry calls a "
            "multibillion-dollar opportunity for whoever controls the cheapest capacity. In its poll of 310 chief "
            "information officers, 47% said they would move at least one production model to a hosted platform "
            "within a year."
        ),
        obs=[
            ("Total", 2024, 6.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2021, 2024, 3.0),
            ("value", 14, "USD billion", 2026, 2026, None),
            ("value", 18, "USD billion", 2026, 2026, None),
        ],
        verdicts=[],
    ),
    # 9. Gulf sovereign AI cloud forecast with a contradicted stated CAGR: "from $1.9 billion in 2024 to
    #    $12.6 billion in 2030, a 2024-2030 compound annual growth rate of 41%"; distractors: riyals (no
    #    observation), GW, provider count
    dict(
        text=(
            "RIYADH, 2 September 2025 — Gulf governments want their AI models trained and served at home. Spending "
            "on sovereign AI cloud services across the six Gulf states will expand from $1.9 billion in 2024 to "
            "$12.6 billion in 2030, a 2024-2030 compound annual growth rate of 41%, projects Qasr Advisory. Saudi "
            "Arabia's national programme has earmarked SAR 15 billion for data-centre incentives, and announced "
            "campuses total more than 1.5 GW. Qasr counted 26 providers bidding for government workloads."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 12.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 41.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (12.6 / 1.9) ** (1/6) - 1 = 37.07%; bounds (12.55/1.95) -> 36.39%,
                                               # (12.65/1.85) -> 37.77%; 41 unreachable
        ],
    ),
    # 10. Simplified Chinese institute report on 算力租赁: "386亿元，较2023年的252亿元同比增长53.2%" exact,
    #     "突破600亿元" and "1200亿元左右" approximate forecasts at printed figure; distractors: report title year,
    #     EFLOPS, per-card-hour price, "不足六成" utilisation
    dict(
        text=(
            "2025年3月18日，华信通信研究院发布《算力租赁市场研究报告（2025年）》。报告显示，2024年我国算力租赁市场规模"
            "达到386亿元，较2023年的252亿元同比增长53.2%。报告预计，2025年市场规模将突破600亿元，到2027年有望达到"
            "1200亿元左右。截至2024年底，全国智能算力规模约为725 EFLOPS，主流训练卡每卡每小时租赁价格已降至8元左右，"
            "平均利用率不足六成。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 252, "CNY 100 million", "actual"),
            ("Total", 2025, 600, "CNY 100 million", "estimate"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 53.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 252 - 1 = 53.17% -> 53.2
        ],
    ),
    # 11. Simplified Chinese broker report on 智算服务: series opens in 亿元, "1.05万亿元" expected as 10500;
    #     "2024—2028年复合增长率为38.4%" only within rounding; inference shares 37% / 61%; distractors: 百分点,
    #     千亿级, rating
    dict(
        text=(
            "多家券商近期上调了对智算服务市场的预期。泓川证券在2025年6月发布的行业深度报告中测算，2024年我国智算服务"
            "市场规模为2870亿元，预计2028年将达到1.05万亿元，2024—2028年复合增长率为38.4%。其中推理服务占比将从2024年"
            "的37%提升至2028年的61%，提升24个百分点。报告认为，MaaS平台与行业大模型将催生多个千亿级细分赛道。该券商"
            "维持对覆盖公司的“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 2870, "CNY 100 million", "actual"),
            ("Total", 2028, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.4, "percent", 2024, 2028, None, "stated"),
            ("share", 37.0, "percent", 2024, 2024, None),
            ("share", 61.0, "percent", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (10500 / 2870) ** (1/4) - 1 = 38.30% -> 38.3, not 38.4;
                                           # 1.05万亿 = 10450..10550, 2870 = 2869.5..2870.5:
                                           # (10450/2870.5) -> 38.13%, (10550/2869.5) -> 38.47%; 38.4 reachable
        ],
    ),
    # 12. Traditional Chinese (Taiwan) GPU cloud news in 新台幣億元: "較2023年的新台幣132億元年增41.2%" only within
    #     rounding, "今年…新台幣265億元，年增42.5%" exact; distractors: GPU count, MW, survey count and "近四成"
    dict(
        text=(
            "【臺北訊】2025年4月9日，臺灣數位經濟研究中心今日發布調查指出，2024年臺灣GPU雲端算力服務市場規模達"
            "新台幣186億元，較2023年的新台幣132億元年增41.2%。該中心預估，受惠於主權AI與企業導入生成式AI，今年市場"
            "規模將成長至新台幣265億元，年增42.5%。目前國內業者已部署約1.2萬片GPU，相關資料中心用電需求上看300MW。"
            "在受訪的212家企業中，有近四成表示將在一年內採用GPU雲服務。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 132, "TWD 100 million", "actual"),
            ("Total", 2025, 265, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("growth", 42.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 186 / 132 - 1 = 40.91% -> 40.9, not 41.2;
                                           # bounds 185.5/132.5 - 1 = 40.00%, 186.5/131.5 - 1 = 41.83%; 41.2 reachable
            ("cagr|implied", "exact"),     # 265 / 186 - 1 = 42.47% -> 42.5
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) AI cloud in 億港元: "去年…48.6億港元", "今年將增至63億港元，按年增長29.6%"
    #     exact; "公共雲部署佔約62%" a share with no part amount; distractors: one contract, rack count, a quarter
    dict(
        text=(
            "香港，2025年3月12日 — 本地企業及公營機構去年在AI雲服務上的支出達48.6億港元。睿港顧問預計，今年有關支出將"
            "增至63億港元，按年增長29.6%。去年的支出中，公共雲部署佔約62%，其餘為私有雲。另外，一所獲政府資助的人工"
            "智能超算中心早前批出一份價值3.2億港元的營運合約，而全港數據中心機櫃數量已超過1.5萬個。按季計算，今年"
            "第一季支出約為13億港元。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2025, 63, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
            ("share", 62.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63 / 48.6 - 1 = 29.63% -> 29.6
        ],
    ),
    # 14. Simplified Chinese think-tank figure on 模型即服务 (MaaS): "21.6亿元…到2028年将达到232亿元，2024—2028年
    #     复合增长率约81%" exact; distractors: daily tokens, price cut %, firm count, a vendor's quarterly revenue
    dict(
        text=(
            "据北辰智库统计，2024年中国模型即服务（MaaS）市场规模为21.6亿元，预计到2028年将达到232亿元，2024—2028年"
            "复合增长率约81%。目前国内主要平台日均Token调用量已超过10万亿，部分模型的调用价格一年内降幅达90%。参与"
            "竞争的大模型厂商超过200家。2025年一季度，某头部云厂商MaaS相关收入为3.4亿元。"
        ),
        obs=[
            ("Total", 2024, 21.6, "CNY 100 million", "actual"),
            ("Total", 2028, 232, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 81.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (232 / 21.6) ** (1/4) - 1 = 81.03% -> 81
        ],
    ),
    # 15. English pipe table, GPU-as-a-service by workload with E columns and a Total row; 2025E total only within
    #     rounding; distractors: issue number, note number, a quarter's revenue
    dict(
        text=(
            "Marrow & Kite Research, GPU Cloud Tracker, issue 14 (May 2025). Revenue from GPU-as-a-service by "
            "workload, USD bn:\n"
            "| Workload | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Training | 14.2 | 21.8 | 30.5 | 39.9 |\n"
            "| Inference | 8.9 | 15.6 | 26.1 | 40.7 |\n"
            "| Fine-tuning & other | 2.3 | 3.4 | 4.9 | 6.6 |\n"
            "| Total | 25.4 | 40.8 | 61.6 | 87.2 |\n"
            "Note 3: excludes capacity that hyperscalers consume internally. Tracked providers' Q1 2025 revenue came "
            "to $12.4bn."
        ),
        obs=[
            ("Training", 2023, 14.2, "USD billion", "actual"),
            ("Training", 2024, 21.8, "USD billion", "actual"),
            ("Training", 2025, 30.5, "USD billion", "estimate"),
            ("Training", 2026, 39.9, "USD billion", "estimate"),
            ("Inference", 2023, 8.9, "USD billion", "actual"),
            ("Inference", 2024, 15.6, "USD billion", "actual"),
            ("Inference", 2025, 26.1, "USD billion", "estimate"),
            ("Inference", 2026, 40.7, "USD billion", "estimate"),
            ("Fine-tuning & other", 2023, 2.3, "USD billion", "actual"),
            ("Fine-tuning & other", 2024, 3.4, "USD billion", "actual"),
            ("Fine-tuning & other", 2025, 4.9, "USD billion", "estimate"),
            ("Fine-tuning & other", 2026, 6.6, "USD billion", "estimate"),
            ("Total", 2023, 25.4, "USD billion", "actual"),
            ("Total", 2024, 40.8, "USD billion", "actual"),
            ("Total", 2025, 61.6, "USD billion", "estimate"),
            ("Total", 2026, 87.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 14.2 + 8.9 + 2.3 = 25.4
            ("hierarchy", "exact"),     # 2024: 21.8 + 15.6 + 3.4 = 40.8
            ("hierarchy", "rounding"),  # 2025E: 30.5 + 26.1 + 4.9 = 61.5, printed 61.6; parts +-0.05 each give
                                        # 61.35..61.65, so 61.6 reachable
            ("hierarchy", "exact"),     # 2026E: 39.9 + 40.7 + 6.6 = 87.2
        ],
    ),
    # 16. Simplified Chinese space-aligned tables: 表1 compute capacity in EFLOPS (no observation) beside 表2 market
    #     value in 亿元 with a 合计 row; distractors: table numbers, 万卡 cluster count
    dict(
        text=(
            "表1  我国智能算力规模（EFLOPS）\n"
            "年份        2022    2023    2024    2025E\n"
            "智能算力    260     417     725     1037\n"
            "\n"
            "表2  算力服务市场规模（亿元）\n"
            "年份        2022    2023    2024    2025E\n"
            "训练服务    412     688     1105    1560\n"
            "推理服务    187     354     731     1248\n"
            "合计        599     1042    1836    2808\n"
            "资料来源：中瀚研究院，2025年7月。截至2025年6月，全国已建成万卡以上集群14个。"
        ),
        obs=[
            ("训练服务", 2022, 412, "CNY 100 million", "actual"),
            ("训练服务", 2023, 688, "CNY 100 million", "actual"),
            ("训练服务", 2024, 1105, "CNY 100 million", "actual"),
            ("训练服务", 2025, 1560, "CNY 100 million", "estimate"),
            ("推理服务", 2022, 187, "CNY 100 million", "actual"),
            ("推理服务", 2023, 354, "CNY 100 million", "actual"),
            ("推理服务", 2024, 731, "CNY 100 million", "actual"),
            ("推理服务", 2025, 1248, "CNY 100 million", "estimate"),
            ("合计", 2022, 599, "CNY 100 million", "actual"),
            ("合计", 2023, 1042, "CNY 100 million", "actual"),
            ("合计", 2024, 1836, "CNY 100 million", "actual"),
            ("合计", 2025, 2808, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 412 + 187 = 599
            ("hierarchy", "exact"),  # 2023: 688 + 354 = 1042
            ("hierarchy", "exact"),  # 2024: 1105 + 731 = 1836
            ("hierarchy", "exact"),  # 2025E: 1560 + 1248 = 2808
        ],
    ),
    # 17. English tab-separated vertical table (rows are years), a lone value column headed "USD m" = Total, a YoY
    #     column (all exact); distractors: GPU-hours sold, average price per GPU-hour
    dict(
        text=(
            "Southeast Asia on-demand GPU rental, Sentosa Compute Index (15 August 2025):\n"
            "Year\tUSD m\tYoY\tGPU-hours sold (m)\tAvg $/GPU-hr\n"
            "2021\t412\t—\t96\t4.29\n"
            "2022\t598\t+45.1%\t152\t3.93\n"
            "2023\t871\t+45.7%\t248\t3.51\n"
            "2024\t1,305\t+49.8%\t420\t3.11\n"
            "2025F\t1,890\t+44.8%\t690\t2.74"
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 598, "USD million", "actual"),
            ("Total", 2023, 871, "USD million", "actual"),
            ("Total", 2024, 1305, "USD million", "actual"),
            ("Total", 2025, 1890, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 45.1, "percent", 2021, 2022, 1.0),
            ("growth", 45.7, "percent", 2022, 2023, 1.0),
            ("growth", 49.8, "percent", 2023, 2024, 1.0),
            ("growth", 44.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 598 / 412 - 1 = 45.15% -> 45.1
            ("cagr|implied", "exact"),  # 871 / 598 - 1 = 45.65% -> 45.7
            ("cagr|implied", "exact"),  # 1305 / 871 - 1 = 49.83% -> 49.8
            ("cagr|implied", "exact"),  # 1890 / 1305 - 1 = 44.83% -> 44.8
        ],
    ),
    # 18. Simplified Chinese pipe table: public vs private AI cloud with a 占比 column (arithmetic) and a 2025E
    #     column, 合计 row (hierarchy); 100.0% total no claim; distractors: table number, a vendor's own revenue,
    #     a penetration rate
    dict(
        text=(
            "来源：智研云图《2025年中国AI云市场结构报告》表3。\n"
            "| 部署方式 | 2024年（亿元） | 占比 | 2025E（亿元） |\n"
            "|---|---|---|---|\n"
            "| 公有云智算服务 | 612 | 58.3% | 835 |\n"
            "| 私有化部署 | 438 | 41.7% | 562 |\n"
            "| 合计 | 1050 | 100.0% | 1397 |\n"
            "公有云侧，某头部厂商2024年AI云收入约为190亿元；私有化部署在大型国企中的渗透率约为23%。"
        ),
        obs=[
            ("公有云智算服务", 2024, 612, "CNY 100 million", "actual"),
            ("公有云智算服务", 2025, 835, "CNY 100 million", "estimate"),
            ("私有化部署", 2024, 438, "CNY 100 million", "actual"),
            ("私有化部署", 2025, 562, "CNY 100 million", "estimate"),
            ("合计", 2024, 1050, "CNY 100 million", "actual"),
            ("合计", 2025, 1397, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 58.3, "percent", 2024, 2024, None),
            ("share", 41.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 612 / 1050 = 58.29% -> 58.3
            ("arithmetic", "exact"),  # 438 / 1050 = 41.71% -> 41.7
            ("hierarchy", "exact"),   # 2024: 612 + 438 = 1050
            ("hierarchy", "exact"),   # 2025E: 835 + 562 = 1397
        ],
    ),
    # 19. English space-aligned regional table, AI for RAN/core operations, USD million, with a stated
    #     "CAGR 2024-29" column and a Total row; distractors: table number, engineer headcount
    dict(
        text=(
            "Table 4. AI for RAN and core-network operations: operator spending by region, USD million "
            "(Fenwick Gale Telecom Insight, October 2025)\n"
            "Region            2024     2029F    CAGR 2024-29\n"
            "North America     1,240    3,420    22.5%\n"
            "Europe            860      2,310    21.8%\n"
            "Asia-Pacific      1,530    4,880    26.1%\n"
            "Rest of world     310      890      23.5%\n"
            "Total             3,940    11,500   23.9%\n"
            "The three leading vendors employ about 9,000 engineers on network AI."
        ),
        obs=[
            ("North America", 2024, 1240, "USD million", "actual"),
            ("North America", 2029, 3420, "USD million", "estimate"),
            ("Europe", 2024, 860, "USD million", "actual"),
            ("Europe", 2029, 2310, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 1530, "USD million", "actual"),
            ("Asia-Pacific", 2029, 4880, "USD million", "estimate"),
            ("Rest of world", 2024, 310, "USD million", "actual"),
            ("Rest of world", 2029, 890, "USD million", "estimate"),
            ("Total", 2024, 3940, "USD million", "actual"),
            ("Total", 2029, 11500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3420 / 1240) ** (1/5) - 1 = 22.50% -> 22.5
            ("cagr|implied", "exact"),  # (2310 / 860) ** (1/5) - 1 = 21.85% -> 21.8
            ("cagr|implied", "exact"),  # (4880 / 1530) ** (1/5) - 1 = 26.11% -> 26.1
            ("cagr|implied", "exact"),  # (890 / 310) ** (1/5) - 1 = 23.48% -> 23.5
            ("cagr|implied", "exact"),  # (11500 / 3940) ** (1/5) - 1 = 23.89% -> 23.9
            ("hierarchy", "exact"),     # 2024: 1240 + 860 + 1530 + 310 = 3940
            ("hierarchy", "exact"),     # 2029F: 3420 + 2310 + 4880 + 890 = 11500
        ],
    ),
    # 20. Traditional Chinese tab-separated vertical table (rows are years), 新台幣億元, columns 公有雲 / 主權雲 / 合計;
    #     the 2023 合計 contradicts its parts (inconsistent); distractors: table number, utilisation rate
    dict(
        text=(
            "表五　臺灣AI雲服務市場規模（新台幣億元）\n"
            "年度\t公有雲\t主權雲\t合計\n"
            "2022\t58\t6\t64\n"
            "2023\t83\t11\t96\n"
            "2024\t121\t22\t143\n"
            "2025(E)\t168\t41\t209\n"
            "2026(E)\t221\t67\t288\n"
            "資料來源：臺灣數位經濟研究中心，2025年8月。註：主權雲指由政府或本地業者在境內營運、資料不出境的AI雲服務；"
            "2024年國內GPU雲服務平均使用率約68%。"
        ),
        obs=[
            ("公有雲", 2022, 58, "TWD 100 million", "actual"),
            ("公有雲", 2023, 83, "TWD 100 million", "actual"),
            ("公有雲", 2024, 121, "TWD 100 million", "actual"),
            ("公有雲", 2025, 168, "TWD 100 million", "estimate"),
            ("公有雲", 2026, 221, "TWD 100 million", "estimate"),
            ("主權雲", 2022, 6, "TWD 100 million", "actual"),
            ("主權雲", 2023, 11, "TWD 100 million", "actual"),
            ("主權雲", 2024, 22, "TWD 100 million", "actual"),
            ("主權雲", 2025, 41, "TWD 100 million", "estimate"),
            ("主權雲", 2026, 67, "TWD 100 million", "estimate"),
            ("合計", 2022, 64, "TWD 100 million", "actual"),
            ("合計", 2023, 96, "TWD 100 million", "actual"),
            ("合計", 2024, 143, "TWD 100 million", "actual"),
            ("合計", 2025, 209, "TWD 100 million", "estimate"),
            ("合計", 2026, 288, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2022: 58 + 6 = 64
            ("hierarchy", "inconsistent"),  # 2023: 83 + 11 = 94, printed 96; parts +-0.5 give 93..95, 96 unreachable
            ("hierarchy", "exact"),         # 2024: 121 + 22 = 143
            ("hierarchy", "exact"),         # 2025(E): 168 + 41 = 209
            ("hierarchy", "exact"),         # 2026(E): 221 + 67 = 288
        ],
    ),
    # 21. English news with a dateline: GPU-hour rental revenue "last year" (= 2024) "up 62% from" 2023, a 2028
    #    forecast; distractors: price per GPU-hour, utilisation, GPU count, MW, one provider's own revenue.
    #    Rounding case: 1.84 / 1.14 gives 61.4%, only a rounded reading reaches 62%.
    dict(
        text=(
            "SINGAPORE, 12 February 2025 — Renting out GPUs by the hour has become one of the fastest-growing "
            "corners of the region's cloud business. Revenue from hourly GPU rental across Southeast Asia reached "
            "US$1.84 billion last year, up 62% from US$1.14 billion in 2023, according to Halvard Compute Research. "
            "Halvard expects the market to reach US$5.6 billion by 2028. On-demand H100 capacity now rents for about "
            "US$2.10 per GPU-hour, and average fleet utilisation ran at 71%. The region's providers have some 48,000 "
            "GPUs online and 310 MW of power under construction; Northwind Cloud alone booked US$420 million from "
            "the service."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.14, "USD billion", "actual"),
            ("Total", 2028, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),  # "up 62% from"
        ],
        verdicts=[
            # 21.84 / 1.14 - 1 = 61.40% -> 61, not 62: not exact.
            # bounds: 1.835 / 1.145 - 1 = 60.26% ; 1.845 / 1.135 - 1 = 62.56% -> 62 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Simplified Chinese white-paper news: 算力租赁市场规模 2024 vs 2023 "同比增长52.6%", 预计2025;
    #    distractors: white paper's title year, EFLOPS, a monthly server rent, 上架率, count of firms
    dict(
        text=(
            "2025年3月18日，星衡信息通信研究院发布《算力租赁产业发展白皮书（2025年）》。白皮书显示，2024年我国算力租赁"
            "市场规模达到386亿元，较2023年的253亿元同比增长52.6%；预计2025年将增至540亿元。截至2024年底，全国在用"
            "智能算力规模达到280 EFLOPS，主流八卡服务器月租金约为6.5万元，行业平均上架率为62%。目前从事算力租赁业务的"
            "企业已超过300家。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 253, "CNY 100 million", "actual"),
            ("Total", 2025, 540, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52.6, "percent", 2023, 2024, 1.0),  # 同比增长52.6%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 253 - 1 = 52.569% -> 52.6
        ],
    ),
    # 23. English pipe table: GPU cloud revenue by workload, 2023-2024 actual and 2025E/2026E, with a Total row;
    #    a prose share of inference in 2026; distractor: GPU installed base
    dict(
        text=(
            "Global GPU cloud revenue by workload (USD billion)\n"
            "Source: Corvane Research, January 2025; E = estimate\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Training | 9.8 | 14.6 | 19.1 | 23.4 |\n"
            "| Inference | 5.1 | 9.3 | 15.2 | 22.7 |\n"
            "| Fine-tuning & other | 1.4 | 2.2 | 3.1 | 4.0 |\n"
            "| Total | 16.3 | 26.1 | 37.4 | 50.1 |\n"
            "\n"
            "Corvane expects inference to make up 45% of the total in 2026. The providers it tracks ran about "
            "1.9 million data-centre GPUs at the end of 2024."
        ),
        obs=[
            ("Training", 2023, 9.8, "USD billion", "actual"),
            ("Training", 2024, 14.6, "USD billion", "actual"),
            ("Training", 2025, 19.1, "USD billion", "estimate"),
            ("Training", 2026, 23.4, "USD billion", "estimate"),
            ("Inference", 2023, 5.1, "USD billion", "actual"),
            ("Inference", 2024, 9.3, "USD billion", "actual"),
            ("Inference", 2025, 15.2, "USD billion", "estimate"),
            ("Inference", 2026, 22.7, "USD billion", "estimate"),
            ("Fine-tuning & other", 2023, 1.4, "USD billion", "actual"),
            ("Fine-tuning & other", 2024, 2.2, "USD billion", "actual"),
            ("Fine-tuning & other", 2025, 3.1, "USD billion", "estimate"),
            ("Fine-tuning & other", 2026, 4.0, "USD billion", "estimate"),
            ("Total", 2023, 16.3, "USD billion", "actual"),
            ("Total", 2024, 26.1, "USD billion", "actual"),
            ("Total", 2025, 37.4, "USD billion", "estimate"),
            ("Total", 2026, 50.1, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 45, "percent", 2026, 2026, None),  # inference 45% of the total in 2026
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.8 + 5.1 + 1.4 = 16.3 = 16.3
            ("hierarchy", "exact"),  # 2024: 14.6 + 9.3 + 2.2 = 26.1 = 26.1
            ("hierarchy", "exact"),  # 2025E: 19.1 + 15.2 + 3.1 = 37.4 = 37.4
            ("hierarchy", "exact"),  # 2026E: 23.4 + 22.7 + 4.0 = 50.1 = 50.1
            ("arithmetic", "exact"),  # 22.7 / 50.1 = 45.31% -> 45
        ],
    ),
    # 24. Traditional Chinese (Taiwan) news in 新台幣億元: 2024 vs 2023 "成長41.5%", 預估2027;
    #    distractors: rack count, MW, per-GPU-hour rent in NT$, a firm's third-quarter revenue growth.
    #    Rounding case: 186 / 132 gives 40.9%, only a rounded reading reaches 41.5%.
    dict(
        text=(
            "【台北訊】曜達產業研究中心2025年2月發布的調查顯示，台灣GPU雲端租用與AI伺服器代管服務市場2024年產值為"
            "新台幣186億元，較2023年的132億元成長41.5%，預估2027年可達新台幣420億元。研究中心指出，國內資料中心AI機櫃"
            "數約3,800櫃，總用電容量約520MW，每GPU小時租金約新台幣80元。另一方面，某業者第三季相關營收年增63%。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 132, "TWD 100 million", "actual"),
            ("Total", 2027, 420, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.5, "percent", 2023, 2024, 1.0),  # 成長41.5%
        ],
        verdicts=[
            # 186 / 132 - 1 = 40.91% -> 40.9, not 41.5: not exact.
            # bounds: 185.5 / 132.5 - 1 = 40.00% ; 186.5 / 131.5 - 1 = 41.83% -> 41.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. English investor-day report: the company's total addressable market (= Total) 2024 -> 2029 with
    #    "a compound annual growth rate of about 34%" (span only from the amounts' years: inferred);
    #    distractors: own revenue (fiscal year and fourth quarter), gross margin, share target, headcount
    dict(
        text=(
            "SAN JOSE, 18 March 2025 — \"Inference is moving out of the data centre and onto the network edge,\" "
            "chief executive Marta Lindqvist told analysts at Quillon Systems' investor day. Quillon sizes the total "
            "addressable market for edge AI inference services at $14 billion in 2024, rising to $61 billion in "
            "2029 — a compound annual growth rate of about 34%. Quillon's own edge revenue was $820 million in "
            "fiscal 2024, $236 million of it booked in the fourth quarter, and the company is guiding to a gross "
            "margin of 58%. It aims to win a 10% share of the market by 2029 and now employs 3,100 engineers."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2029, 61, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2029, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (61 / 14) ** (1 / 5) - 1 = 34.23% -> 34
        ],
    ),
    # 26. Simplified Chinese provincial compute plan: 2024 base, 到2027年力争达到 target, "年均增长约31%" (inferred
    #    span); distractors: plan's title years, 千亿级, racks, EFLOPS, 万卡集群, GW.
    #    Rounding case: (410/180)^(1/3) gives 31.6%, only a rounded reading reaches 31%.
    dict(
        text=(
            "2025年1月，西岭省印发《智算产业高质量发展三年行动计划（2025—2027年）》。计划披露，2024年全省智算服务市场"
            "规模为180亿元，到2027年力争达到410亿元，年均增长约31%，着力打造千亿级智算产业集群。计划还提出新建标准"
            "机架2万个、全省智能算力规模突破15 EFLOPS、建成2个万卡集群，并新增绿电装机1.2GW。"
        ),
        obs=[
            ("Total", 2024, 180, "CNY 100 million", "actual"),
            ("Total", 2027, 410, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2024, 2027, None, "inferred"),  # 年均增长约31%, span from the amounts' years
        ],
        verdicts=[
            # (410 / 180) ** (1 / 3) - 1 = 31.57% -> 32, not 31: not exact.
            # bounds: (409.5 / 180.5) ** (1/3) - 1 = 31.40% ; (410.5 / 179.5) ** (1/3) - 1 = 31.75%
            # -> 31.40 rounds to 31 -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 27. Simplified Chinese: a compute-capacity table beside a market-value table (only the value table is
    #    observed), value table by segment with 合计 row and a 2025E column; source line with a date
    dict(
        text=(
            "表1 全国智能算力规模\n"
            "| 指标 | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| 智能算力（EFLOPS） | 260 | 410 | 725 |\n"
            "| 在用GPU（万卡） | 38 | 61 | 102 |\n"
            "\n"
            "表2 算力租赁市场规模（单位：亿元）\n"
            "| 项目 | 2022 | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|---|\n"
            "| 训练算力租赁 | 98 | 151 | 236 | 310 |\n"
            "| 推理算力租赁 | 34 | 62 | 118 | 205 |\n"
            "| 合计 | 132 | 213 | 354 | 515 |\n"
            "\n"
            "资料来源：中川信通研究院，2025年4月。"
        ),
        obs=[
            ("训练算力租赁", 2022, 98, "CNY 100 million", "actual"),
            ("训练算力租赁", 2023, 151, "CNY 100 million", "actual"),
            ("训练算力租赁", 2024, 236, "CNY 100 million", "actual"),
            ("训练算力租赁", 2025, 310, "CNY 100 million", "estimate"),
            ("推理算力租赁", 2022, 34, "CNY 100 million", "actual"),
            ("推理算力租赁", 2023, 62, "CNY 100 million", "actual"),
            ("推理算力租赁", 2024, 118, "CNY 100 million", "actual"),
            ("推理算力租赁", 2025, 205, "CNY 100 million", "estimate"),
            ("合计", 2022, 132, "CNY 100 million", "actual"),
            ("合计", 2023, 213, "CNY 100 million", "actual"),
            ("合计", 2024, 354, "CNY 100 million", "actual"),
            ("合计", 2025, 515, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 98 + 34 = 132 = 132
            ("hierarchy", "exact"),  # 2023: 151 + 62 = 213 = 213
            ("hierarchy", "exact"),  # 2024: 236 + 118 = 354 = 354
            ("hierarchy", "exact"),  # 2025E: 310 + 205 = 515 = 515
        ],
    ),
    # 28. Traditional Chinese (Hong Kong) in 億港元: whole market and its public-cloud part with 佔比, a 2028
    #    forecast with a stated 2024至2028年 CAGR; distractors: respondents count, survey answer, PFLOPS
    dict(
        text=(
            "【香港訊】匯澄顧問2025年5月發表報告指出，本港公共及主權AI雲服務市場規模2024年為38.6億港元，其中公共雲佔"
            "21.4億港元，佔比55.4%。報告預計，市場規模2028年將增至95億港元，2024至2028年複合年增長率達25.3%。報告共"
            "訪問410家本地企業，當中62%表示計劃兩年內增加AI算力預算；本地一所超算中心的算力已達3,000 PFLOPS。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("公共雲", 2024, 21.4, "HKD 100 million", "actual"),
            ("Total", 2028, 95, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 55.4, "percent", 2024, 2024, None),  # 公共雲佔比55.4%
            ("cagr", 25.3, "percent", 2024, 2028, None, "stated"),  # 2024至2028年複合年增長率
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 38.6 = 55.44% -> 55.4
            ("cagr|implied", "exact"),  # (95 / 38.6) ** (1 / 4) - 1 = 25.25% -> 25.3
        ],
    ),
    # 29. English news: EU sovereign AI cloud 2024 with training's part and share, "a 2024-2028 CAGR of 31%";
    #    a second publisher's 2024 figure (expected nowhere), percentage points
    dict(
        text=(
            "BRUSSELS, 20 May 2025 — Europe's appetite for AI infrastructure that stays under local law is turning "
            "into real money. Sovereign AI cloud services in the EU were worth €3.2 billion in 2024, according to "
            "Vantmoor Analytics, and training accounted for €1.9 billion of that, or 59%. Inference has gained six "
            "percentage points of the mix since 2022 as more models move into production. Vantmoor expects the "
            "market to reach €9.5 billion in 2028, a 2024-2028 CAGR of 31%. A separate tally by Brightwell Partners, "
            "using a narrower definition, put last year's market at €2.7 billion."
        ),
        obs=[
            ("Total", 2024, 3.2, "EUR billion", "actual"),
            ("Training", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2028, 9.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 59, "percent", 2024, 2024, None),  # training 59%
            ("cagr", 31, "percent", 2024, 2028, None, "stated"),  # "a 2024-2028 CAGR of 31%"
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.9 / 3.2 = 59.375% -> 59
            ("cagr|implied", "exact"),  # (9.5 / 3.2) ** (1 / 4) - 1 = 31.26% -> 31
        ],
    ),
    # 30. Simplified Chinese MaaS (模型即服务) report: 2024 vs 2023 "同比增长215%", the inference part with 占比;
    #     distractors: tokens per day, API price cut in words, respondents count and survey answer
    dict(
        text=(
            "观澜咨询2025年5月发布的报告显示，2024年中国模型即服务（MaaS）市场规模为71.2亿元，较2023年的22.6亿元同比"
            "增长215%。其中，推理调用服务收入42.5亿元，占比59.7%，其余为模型精调与托管服务。报告称，头部平台日均Token"
            "调用量已超过10万亿，主流模型API价格较年初下降超过九成；在受访的1,200家企业中，43%表示已在生产环境中调用"
            "大模型。"
        ),
        obs=[
            ("Total", 2024, 71.2, "CNY 100 million", "actual"),
            ("Total", 2023, 22.6, "CNY 100 million", "actual"),
            ("推理调用服务", 2024, 42.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 215, "percent", 2023, 2024, 1.0),  # 同比增长215%
            ("share", 59.7, "percent", 2024, 2024, None),  # 占比59.7%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.2 / 22.6 - 1 = 215.04% -> 215
            ("arithmetic", "exact"),  # 42.5 / 71.2 = 59.69% -> 59.7
        ],
    ),
    # 31. English vertical tab-separated table, rows are years, a lone value column headed by its unit only
    #     (= Total), a YoY column and a 2025F row; distractors: table number, respondents count, racks
    dict(
        text=(
            "Table 2. Nordic public-sector spending on sovereign AI cloud services\n"
            "\n"
            "Year\tEUR million\tYoY growth\n"
            "2022\t410\t–\n"
            "2023\t655\t59.8%\n"
            "2024\t1,020\t55.7%\n"
            "2025F\t1,540\t51.0%\n"
            "\n"
            "Source: Fjellstad Analytics (March 2025), survey of 212 agencies. F = forecast. The five national "
            "clouds together host 9,400 racks."
        ),
        obs=[
            ("Total", 2022, 410, "EUR million", "actual"),
            ("Total", 2023, 655, "EUR million", "actual"),
            ("Total", 2024, 1020, "EUR million", "actual"),
            ("Total", 2025, 1540, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 59.8, "percent", 2022, 2023, 1.0),
            ("growth", 55.7, "percent", 2023, 2024, 1.0),
            ("growth", 51.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 655 / 410 - 1 = 59.76% -> 59.8
            ("cagr|implied", "exact"),  # 1020 / 655 - 1 = 55.73% -> 55.7
            ("cagr|implied", "exact"),  # 1540 / 1020 - 1 = 50.98% -> 51.0
        ],
    ),
    # 32. Traditional Chinese (Japan) in 億日圓: fiscal 2024 vs 2023 "成長27%", 預估2026年度; distractors:
    #     per-GPU-hour price in yen, GPU count, a carrier's own ¥1 trillion capex, a Korean market in won
    dict(
        text=(
            "【東京訊】日本經濟產業省委託朝霧總研進行的調查於2025年8月公布，日本按小時計費的AI資料中心算力服務市場"
            "2024年度規模為2,350億日圓，較2023年度的1,850億日圓成長27%，預估2026年度將擴大至4,100億日圓。目前H100每"
            "GPU小時租金約650日圓，國內AI用GPU約4.5萬張。某大型電信商宣布未來五年投資1兆日圓興建AI資料中心；韓國同類"
            "市場去年則約為1.9兆韓元。"
        ),
        obs=[
            ("Total", 2024, 2350, "JPY 100 million", "actual"),
            ("Total", 2023, 1850, "JPY 100 million", "actual"),
            ("Total", 2026, 4100, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),  # 成長27%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2350 / 1850 - 1 = 27.03% -> 27
        ],
    ),
    # 33. English news: AI network automation spend 2024 "34% more than" 2023 (inconsistent), a 2028 range
    #     (two value claims); distractors: a quarter, "a multibillion-dollar opportunity", survey answer,
    #     respondents count, a single contract
    dict(
        text=(
            "LONDON, 3 April 2025 — Telecom operators are finally paying for the AI they have talked about for "
            "years. Spending on AI-driven network automation software and services reached $5.9 billion worldwide "
            "in 2024, 34% more than the $4.6 billion spent in 2023, according to Keswick Telecom Analytics. "
            "Fourth-quarter spending alone came to $1.8 billion. Keswick puts the 2028 market at between $11 billion "
            "and $13 billion and calls AI-native 6G operations \"a multibillion-dollar opportunity\" beyond that. In "
            "its survey of 140 operators, 68% said they already run at least one closed-loop automation use case, "
            "and one European carrier has signed a single five-year automation contract worth $310 million."
        ),
        obs=[
            ("Total", 2024, 5.9, "USD billion", "actual"),
            ("Total", 2023, 4.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),  # "34% more than"
            ("value", 11, "USD billion", 2028, 2028, None),  # range, low end
            ("value", 13, "USD billion", 2028, 2028, None),  # range, high end
        ],
        verdicts=[
            # 25.9 / 4.6 - 1 = 28.26% -> 28, not 34.
            # bounds: 5.85 / 4.65 - 1 = 25.81% ; 5.95 / 4.55 - 1 = 30.77% -> 34 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Simplified Chinese broker note dated June 2025: 去年 (= 2024) amount, "较2021年的60亿元增长2倍" (x3 between
    #     two printed amounts), 今年 (= 2025, estimate) with 同比增长; distractors: a quarter (今年一季度), a single
    #     contract, per-card hourly price, rating
    dict(
        text=(
            "2025年6月20日，瑞丰证券在行业深度报告中指出，去年国内GPU云服务市场规模达到180亿元，较2021年的60亿元增长"
            "2倍；今年有望达到260亿元，同比增长44.4%。今年一季度，市场规模约为58亿元。报告提到，某运营商近日签下金额"
            "12.6亿元的智算集群采购合同，H800单卡租赁价格已从年初的每小时15元降至9元左右。维持行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2024, 180, "CNY 100 million", "actual"),
            ("Total", 2021, 60, "CNY 100 million", "actual"),
            ("Total", 2025, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 增长2倍 between two printed amounts -> x3 (180/60 = 3)
            ("growth", 44.4, "percent", 2024, 2025, 1.0),  # 同比增长44.4%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 260 / 180 - 1 = 44.44% -> 44.4 (the multiple gets no verdict)
        ],
    ),
    # 35. Traditional Chinese space-aligned table in 新台幣億元: edge AI inference by segment with 合計 row and a
    #     2025(E) column; the total row matches its rows exactly in 2023 and only within rounding in 2024 and 2025
    dict(
        text=(
            "瀚岳產業研究（2025年2月）：台灣邊緣AI推論服務市場規模\n"
            "單位：新台幣億元\n"
            "\n"
            "項目                 2023     2024     2025(E)\n"
            "電信業者邊緣節點     42.3     58.6     79.4\n"
            "企業私有部署         27.5     36.2     47.9\n"
            "公有雲邊緣區域       13.8     21.1     30.6\n"
            "合計                 83.6    116.0    157.8\n"
            "\n"
            "註：全台邊緣推論節點約1,900個，平均推論延遲低於20毫秒。"
        ),
        obs=[
            ("電信業者邊緣節點", 2023, 42.3, "TWD 100 million", "actual"),
            ("電信業者邊緣節點", 2024, 58.6, "TWD 100 million", "actual"),
            ("電信業者邊緣節點", 2025, 79.4, "TWD 100 million", "estimate"),
            ("企業私有部署", 2023, 27.5, "TWD 100 million", "actual"),
            ("企業私有部署", 2024, 36.2, "TWD 100 million", "actual"),
            ("企業私有部署", 2025, 47.9, "TWD 100 million", "estimate"),
            ("公有雲邊緣區域", 2023, 13.8, "TWD 100 million", "actual"),
            ("公有雲邊緣區域", 2024, 21.1, "TWD 100 million", "actual"),
            ("公有雲邊緣區域", 2025, 30.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 83.6, "TWD 100 million", "actual"),
            ("合計", 2024, 116.0, "TWD 100 million", "actual"),
            ("合計", 2025, 157.8, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 42.3 + 27.5 + 13.8 = 83.6 = 83.6
            # 2024: 58.6 + 36.2 + 21.1 = 115.9 vs 116.0: not exact; bounds 115.9 -/+ 3 x 0.05 = 115.75 .. 116.05
            # -> 116.0 inside -> rounding
            ("hierarchy", "rounding"),
            # 2025(E): 79.4 + 47.9 + 30.6 = 157.9 vs 157.8: not exact; bounds 157.75 .. 158.05 -> 157.8 inside
            # -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 36. Simplified Chinese institute data: telecom network AI 2024 vs 2023 "同比增长28%" (inconsistent), 2026
    #     forecast with 突破; distractors: operators' capex, penetration rate, percentage points, count of provinces
    dict(
        text=(
            "2025年4月，知远通信研究院发布数据显示，2024年我国电信网络智能化（AI运维与网络自动化）市场规模增至158亿元，"
            "2023年为126亿元，同比增长28%。研究院预计，2026年市场规模将突破260亿元。2024年三大运营商资本开支合计约"
            "3,500亿元，AI在网络运维环节的渗透率提升至35%，较上年提高8个百分点；全国已有超过20个省级网络达到L4级"
            "自智网络水平。"
        ),
        obs=[
            ("Total", 2024, 158, "CNY 100 million", "actual"),
            ("Total", 2023, 126, "CNY 100 million", "actual"),
            ("Total", 2026, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),  # 同比增长28%
        ],
        verdicts=[
            # 158 / 126 - 1 = 25.40% -> 25, not 28.
            # bounds: 157.5 / 126.5 - 1 = 24.51% ; 158.5 / 125.5 - 1 = 26.29% -> 28 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 37. English news: Japan hosted-model (MaaS) market in ¥ billion, fiscal years, "up 92% from", a ministry
    #     forecast and "about 2.8 times its fiscal 2024 size" (multiple, no verdict); distractors: a platform's
    #     own revenue, tokens per day, headcount
    dict(
        text=(
            "TOKYO, 9 July 2025 — Japanese companies would rather rent large language models than build them. "
            "Spending on hosted model services — platforms that charge per call or per hour — came to ¥186 billion "
            "in fiscal 2024, up 92% from ¥97 billion in fiscal 2023, according to a study by Ichinose Research for "
            "the communications ministry. The ministry expects the market to reach ¥520 billion in fiscal 2027, "
            "about 2.8 times its fiscal 2024 size. The largest platform, run by Kiritani Cloud, earned ¥41 billion "
            "from the business and serves more than 90 billion tokens a day with a staff of 1,150."
        ),
        obs=[
            ("Total", 2024, 186, "JPY billion", "actual"),
            ("Total", 2023, 97, "JPY billion", "actual"),
            ("Total", 2027, 520, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 92, "percent", 2023, 2024, 1.0),  # "up 92% from"
            ("multiple", 2.8, "multiple", 2024, 2027, 3.0),  # "about 2.8 times its fiscal 2024 size"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 97 - 1 = 91.75% -> 92 (the multiple gets no verdict)
        ],
    ),
    # 38. Simplified Chinese broker strategy note: 约2,850亿元 in 2024, 接近1.1万亿元 by 2030 (series opens in 亿元,
    #     so 11000 in CNY 100 million), stated 2024-2030 CAGR; a second market named beside it; a second
    #     publisher's 2024 figure (nowhere); price target and upside (nowhere)
    dict(
        text=(
            "2025年3月，华岳证券研究所在策略报告中测算，2024年我国智算服务市场规模约为2,850亿元，预计到2030年将接近"
            "1.1万亿元，2024-2030年复合增长率约25%。同期，边缘AI推理服务市场规模为310亿元。另据澄川数据统计，2024年"
            "智算服务市场规模为3,100亿元。我们给予某算力龙头“买入”评级，目标价58元，较现价有32%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 2850, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
            ("边缘AI推理服务", 2024, 310, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2030, None, "stated"),  # 2024-2030年复合增长率约25%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11000 / 2850) ** (1 / 6) - 1 = 25.24% -> 25
        ],
    ),
    # 39. English tab-separated table: AI in telecom networks by use case, 2024 and 2029F in USD million, a
    #     "CAGR 2024-29" column (stated span) and a Total row; one row's CAGR contradicts its amounts;
    #     distractors: operators' own capex, a quarter
    dict(
        text=(
            "AI in telecom networks: market by use case, USD million (Keldor Insight, June 2025)\n"
            "\n"
            "Use case\t2024\t2029F\tCAGR 2024-29\n"
            "Network planning & optimisation\t1,180\t3,420\t23.7%\n"
            "Autonomous operations (AIOps)\t960\t3,050\t26.0%\n"
            "Customer-facing AI\t640\t1,510\t20.1%\n"
            "Total\t2,780\t7,980\t23.5%\n"
            "\n"
            "The three largest operators alone plan $4.2 billion of AI capex this year; their Q1 2025 spending on "
            "these tools was $610 million."
        ),
        obs=[
            ("Network planning & optimisation", 2024, 1180, "USD million", "actual"),
            ("Network planning & optimisation", 2029, 3420, "USD million", "estimate"),
            ("Autonomous operations (AIOps)", 2024, 960, "USD million", "actual"),
            ("Autonomous operations (AIOps)", 2029, 3050, "USD million", "estimate"),
            ("Customer-facing AI", 2024, 640, "USD million", "actual"),
            ("Customer-facing AI", 2029, 1510, "USD million", "estimate"),
            ("Total", 2024, 2780, "USD million", "actual"),
            ("Total", 2029, 7980, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3420 / 1180) ** (1 / 5) - 1 = 23.72% -> 23.7
            ("cagr|implied", "exact"),  # (3050 / 960) ** (1 / 5) - 1 = 26.01% -> 26.0
            # (1510 / 640) ** (1 / 5) - 1 = 18.73% -> 18.7, not 20.1.
            # bounds: (1509.5 / 640.5) ** 0.2 - 1 = 18.70% ; (1510.5 / 639.5) ** 0.2 - 1 = 18.76% -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (7980 / 2780) ** (1 / 5) - 1 = 23.48% -> 23.5
            ("hierarchy", "exact"),  # 2024: 1180 + 960 + 640 = 2780 = 2780
            ("hierarchy", "exact"),  # 2029F: 3420 + 3050 + 1510 = 7980 = 7980
        ],
    ),
    # 40. Simplified Chinese pipe table: 2024 MaaS market by deployment (public cloud vs private) with 占比
    #     column and a 合计 row at 100% (no claim); distractors: tokens per day, customer count
    dict(
        text=(
            "表3 2024年中国模型即服务（MaaS）市场结构\n"
            "| 部署方式 | 市场规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 公有云MaaS | 53.4 | 68.2% |\n"
            "| 私有化部署 | 24.9 | 31.8% |\n"
            "| 合计 | 78.3 | 100% |\n"
            "\n"
            "注：同期头部平台日均Token调用量约为12万亿，MaaS平台企业客户超过8万家。资料来源：远岫研究，2025年3月。"
        ),
        obs=[
            ("公有云MaaS", 2024, 53.4, "CNY 100 million", "actual"),
            ("私有化部署", 2024, 24.9, "CNY 100 million", "actual"),
            ("合计", 2024, 78.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 68.2, "percent", 2024, 2024, None),
            ("share", 31.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 53.4 / 78.3 = 68.20% -> 68.2
            ("arithmetic", "exact"),  # 24.9 / 78.3 = 31.80% -> 31.8
            ("hierarchy", "exact"),  # 53.4 + 24.9 = 78.3 = 78.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 38% from €3.05 billion in 2023',
    'sizes the total addressable market',
    'a 2025-2030 CAGR of about 31%',
    'up from $780 million two years earlier',
    "a 52% jump on 2023's £460 million",
    'inference accounted for $27.0 billion, or 44%',
    '¥486 billion in fiscal 2024',
    '(2023: $7.1bn), +37% year on year',
    'having grown fivefold since 2021',
    'between $14 billion and $18 billion in 2026',
    'a 2024-2030 compound annual growth rate of 41%',
    '较2023年的252亿元同比增长53.2%',
    '预计2028年将达到1.05万亿元',
    '較2023年的新台幣132億元年增41.2%',
    '增至63億港元，按年增長29.6%',
    '2024—2028年复合增长率约81%',
    '| Total | 25.4 | 40.8 | 61.6 | 87.2 |',
    'Year\tUSD m\tYoY',
    'Region            2024     2029F    CAGR 2024-29',
    '年度\t公有雲\t主權雲\t合計',
    'up 62% from',
    'last year',
    '同比增长52.6%',
    '| 2025E | 2026E |',
    '新台幣186億元',
    'a compound annual growth rate of about 34%',
    '年均增长约31%',
    '表2 算力租赁市场规模（单位：亿元）',
    '億港元',
    'a 2024-2028 CAGR of 31%',
    '占比59.7%',
    'Year\tEUR million\tYoY growth',
    '億日圓',
    'between $11 billion and $13 billion',
    '增长2倍',
    '2025(E)',
    '接近1.1万亿元',
    'about 2.8 times its fiscal 2024 size',
    'CAGR 2024-29',
    '| 合计 | 78.3 | 100% |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 207
#: figures, 47 rates, 84 verdicts and 5 false inconsistent
#: after the readings chosen on the hundred-and-twentieth and hundred-and-twenty-second sets: 207, 47, 84 and 5
FLOORS = {"figures_found": 207, "rates_found": 48, "verdicts_right": 84}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 5


if __name__ == "__main__":  # python tests/extract_checkset121.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
