"""A hundred-and-fourteenth check set for the extractor, written blind: AI software and model services, in English and
Chinese (Simplified and Traditional) -- the generative-AI software market, large-model services, AI agents,
enterprise AI platforms, coding tools and model APIs, sized by software analysts, research firms' yearbooks,
Japanese and Taiwanese IT bodies and digital-economy plans; tokens processed, prices per million tokens, a company's
own ARR, revenue or valuation, funding rounds, counts of models, users and developers, parameter counts and
percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated analyst note: 2024 and 2023 amounts with a year-on-year rate, a stated 2024-2030 CAGR to a
    #    forecast; distractors: a company's own run-rate revenue, a price target and its upside
    dict(
        text=(
            "Sector note, 14 May 2025 — We raise our numbers for generative-AI software again. Worldwide spending "
            "on generative-AI software reached $28.4 billion in 2024, up 62% from $17.5 billion in 2023, and we now "
            "model $142 billion by 2030, a compound annual growth rate of 30.8% over 2024-2030. Our top pick, "
            "Veltrix AI, exited the year with an annualised revenue run rate above $3.2 billion. We reiterate "
            "Outperform with a $410 price target, implying 18% upside."
        ),
        obs=[
            ("Total", 2023, 17.5, "USD billion", "actual"),
            ("Total", 2024, 28.4, "USD billion", "actual"),
            ("Total", 2030, 142, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
            ("cagr", 30.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.4 / 17.5 - 1 = 62.29% -> 62
            ("cagr|period", "exact"),   # (142 / 28.4) ** (1/6) - 1 = 5 ** (1/6) - 1 = 30.77% -> 30.8
        ],
    ),
    # 2. a news story on AI coding tools in Asia-Pacific: "last year" figure against 2023, a printed 85% that the
    #    amounts contradict (inconsistent); distractors: developer count, price per million tokens, a survey answer
    dict(
        text=(
            "SINGAPORE, 12 February 2025 — Companies across Asia-Pacific spent US$1.9 billion on AI coding "
            "assistants last year, an 85% jump from US$1.2 billion in 2023, says the Singapore-based research house "
            "Tembusu Insights. The number of developers using such tools in the region rose to 4.1 million, while "
            "the cheapest models now cost as little as US$0.60 per million tokens. In Tembusu's survey, 71% of "
            "engineering leads said the tools had shortened release cycles."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2023, 1.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 85, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.9 / 1.2 - 1 = 58.33%; bounds 1.85/1.25 - 1 = 48.0% .. 1.95/1.15 - 1 = 69.57%; 85 is outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. an earnings-call transcript: management sizes the total addressable market (Total) this year and by
    #    fiscal 2029 with an unspanned compound rate (inferred); distractors: own quarterly revenue, customers,
    #    margin, headcount
    dict(
        text=(
            "Halvard Systems, Q2 fiscal 2025 earnings call, 21 August 2025. Chief executive Mara Lindqvist: "
            "\"Revenue for the quarter grew 38% to $612 million and we closed with 2,140 enterprise customers. "
            "Stepping back, we size the total addressable market for enterprise AI agents at $46 billion in 2025, "
            "and we think it reaches about $210 billion by 2029, a compound rate of roughly 46%. Our operating "
            "margin was 14%, and we ended the period with 5,800 employees.\""
        ),
        obs=[
            ("Total", 2025, 46, "USD billion", "estimate"),
            ("Total", 2029, 210, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 46, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (210 / 46) ** (1/4) - 1 = 46.17% -> 46
        ],
    ),
    # 4. a Japanese IT research firm in English: yen in billions, a trillion-yen forecast converted to the series'
    #    JPY billion, "1.8 times" (multiple, no verdict), a printed 28% only reached within rounding
    dict(
        text=(
            "TOKYO — Kisaragi Research Institute estimates that Japan's market for generative-AI software and "
            "related services came to ¥658 billion in fiscal 2024, 1.8 times fiscal 2023's ¥365.5 billion. The "
            "firm forecasts ¥1.8 trillion in fiscal 2028, an average annual increase of 28% from fiscal 2024. "
            "It counted 96 domestic vendors offering Japanese-language models, the largest with 70 billion "
            "parameters."
        ),
        obs=[
            ("Total", 2024, 658, "JPY billion", "actual"),
            ("Total", 2023, 365.5, "JPY billion", "actual"),
            ("Total", 2028, 1800, "JPY billion", "estimate"),  # ¥1.8 trillion in the series' JPY billion
        ],
        claims=[
            ("multiple", 1.8, "multiple", 2023, 2024, 1.0),  # 658 / 365.5 = 1.80; no verdict
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1800 / 658) ** (1/4) - 1 = 28.61% -> 29, not 28; bounds with 1.75..1.85 trillion and 657.5..658.5:
            # (1750/658.5) ** 0.25 - 1 = 27.70% .. (1850/657.5) ** 0.25 - 1 = 29.49%; 28 inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 5. a SaaS newsletter: the API segment's amount and share of foundation-model services (arithmetic);
    #    distractors: issue number, a quarter's figure, percentage points, price per million tokens
    dict(
        text=(
            "The Stack Ledger, issue 212. Model APIs brought in $8.6 billion of the $25.3 billion that businesses "
            "spent on foundation-model services in 2024, or 34% of the total. That share is up 6 percentage points "
            "on 2023, even as list prices fell to around $2.50 per million input tokens. Fourth-quarter spending "
            "alone came to $7.9 billion."
        ),
        obs=[
            ("Total", 2024, 25.3, "USD billion", "actual"),
            ("Model APIs", 2024, 8.6, "USD billion", "actual"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8.6 / 25.3 = 33.99% -> 34
        ],
    ),
    # 6. a UK government plan: a 2024 base and a range for 2030 (two value claims, no observation for 2030);
    #    distractors: "a multi-trillion-dollar opportunity", a survey share, a jobs count
    dict(
        text=(
            "LONDON, 30 June 2025 — The Department for Digital Growth's delivery plan puts the UK market for "
            "AI-as-a-service at £3.1 billion in 2024. On current policies it could be worth between £9 billion and "
            "£12 billion by 2030, the plan says, calling AI \"a multi-trillion-dollar opportunity\" worldwide. "
            "Only 38% of surveyed small firms use any AI tool today, and the plan aims to create 12,000 AI jobs "
            "outside London."
        ),
        obs=[
            ("Total", 2024, 3.1, "GBP billion", "actual"),
        ],
        claims=[
            ("value", 9, "GBP billion", 2030, 2030, None),
            ("value", 12, "GBP billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 7. an industry report with a rival publisher's estimate for the same year (expected nowhere), a stated
    #    2024-2029 CAGR; distractor: vendor count
    dict(
        text=(
            "Corrion Analytics values the global enterprise AI platform market at $19.8 billion in 2024 and "
            "expects a 2024-2029 CAGR of 24.5%, taking it to $59.3 billion. Baxmoor Group, using a broader "
            "definition, puts the 2024 market at $22.1 billion. Corrion tracks 1,450 platform vendors, of which "
            "the ten largest hold well over half of revenue."
        ),
        obs=[
            ("Total", 2024, 19.8, "USD billion", "actual"),
            ("Total", 2029, 59.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (59.3 / 19.8) ** (1/5) - 1 = 24.53% -> 24.5
        ],
    ),
    # 8. a Gulf news item: "last year" against 2023, a printed 60% reached only within rounding; distractors: a
    #    riyal figure (no observation) and a start-up's funding round
    dict(
        text=(
            "DUBAI, 3 April 2025 — Spending on generative-AI software and model services in the Gulf states rose "
            "60% to $1.4 billion last year, from $0.9 billion in 2023, according to Qamar Advisory. Saudi buyers "
            "alone accounted for SAR 2.1 billion. Abu Dhabi start-up Sahel Labs raised $300 million in a Series B "
            "round in March."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2023, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 60, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.4 / 0.9 - 1 = 55.56% -> 56, not 60; bounds 1.35/0.95 - 1 = 42.11% .. 1.45/0.85 - 1 = 70.59%;
            # 60 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. a European briefing: billions then a 2022 figure in millions (converted to EUR billion), "2.5 times"
    #    over two years, "this year" estimate with a yoy rate; distractors: provider count, parameters, a quarter
    dict(
        text=(
            "BRUSSELS, 20 January 2025 — Europe's AI-as-a-service platforms took in €6.2 billion last year, 2.5 "
            "times the €2,480 million of 2022, according to the Lumen Observatory. The observatory expects "
            "€7.9 billion this year, up 27%. Third-quarter sales were €1.7 billion. Most of the region's 340 model "
            "providers still sell models of under 70 billion parameters."
        ),
        obs=[
            ("Total", 2024, 6.2, "EUR billion", "actual"),
            ("Total", 2022, 2.48, "EUR billion", "actual"),  # €2,480 million in the series' EUR billion
            ("Total", 2025, 7.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2022, 2024, 2.0),  # 6.2 / 2.48 = 2.5; no verdict
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.9 / 6.2 - 1 = 27.42% -> 27
        ],
    ),
    # 10. a Chinese research yearbook (Simplified): yoy rate, 突破1000亿元 forecast, a stated 2024-2028 CAGR;
    #     distractors: title year, 备案 model count, 日均Token调用量, 个百分点, 千亿级
    dict(
        text=(
            "《2025中国大模型产业发展年鉴》显示，2024年中国大模型市场规模达294.2亿元，同比增长36.9%，2023年为"
            "214.9亿元。年鉴预计，2028年市场规模将突破1000亿元，2024-2028年复合增长率为35.8%，千亿级市场"
            "呼之欲出。截至2024年底，全国已有188个生成式人工智能服务完成备案，日均Token调用量超过10万亿。"
            "智能体相关应用的占比较上年提升4.2个百分点。"
        ),
        obs=[
            ("Total", 2024, 294.2, "CNY 100 million", "actual"),
            ("Total", 2023, 214.9, "CNY 100 million", "actual"),
            ("Total", 2028, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.9, "percent", 2023, 2024, 1.0),
            ("cagr", 35.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 294.2 / 214.9 - 1 = 36.90% -> 36.9
            ("cagr|period", "exact"),   # (1000 / 294.2) ** (1/4) - 1 = 35.78% -> 35.8
        ],
    ),
    # 11. a Chinese consultancy (Simplified): agents' amount and share of the model-services market (arithmetic),
    #     a 万亿元 forecast in a series that opens in 亿元 (converted), a 约70% CAGR exact only within rounding;
    #     distractors: a company's own revenue, developer count, price per million tokens
    dict(
        text=(
            "智源咨询最新报告指出，2024年中国大模型服务市场规模为486亿元，其中智能体市场规模为73亿元，占比约15%。"
            "报告预计，到2030年大模型服务市场规模有望达到1.2万亿元，2024-2030年年均复合增长率约70%。"
            "头部厂商星衡科技全年营收同比增长52%至31亿元，平台注册开发者数量突破800万。"
            "主流模型每百万Token价格已降至0.8元。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("智能体", 2024, 73, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' 亿元
        ],
        claims=[
            ("share", 15, "percent", 2024, 2024, None),
            ("cagr", 70, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 73 / 486 = 15.02% -> 15
            # (12000 / 486) ** (1/6) - 1 = 70.64% -> 71, not 70; bounds (11500/486.5) ** (1/6) - 1 = 69.41% ..
            # (12500/485.5) ** (1/6) - 1 = 71.84%; 70 inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 12. a Taiwanese software association (Traditional): 新台幣億元, yoy and a stated 2024至2027 CAGR;
    #     distractors: member count, survey share, a quarter's figure
    dict(
        text=(
            "臺北，2025年3月18日——臺灣數位軟體協會今日發布調查，2024年台灣生成式AI軟體與服務市場規模達新台幣"
            "218億元，較2023年的152億元成長43.4%。協會預估2027年將達新台幣520億元，2024至2027年複合成長率約"
            "33.6%。其中第三季單季規模約62億元。協會312家會員廠商中，受訪企業有47%表示已導入大模型應用。"
        ),
        obs=[
            ("Total", 2024, 218, "TWD 100 million", "actual"),
            ("Total", 2023, 152, "TWD 100 million", "actual"),
            ("Total", 2027, 520, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43.4, "percent", 2023, 2024, 1.0),
            ("cagr", 33.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 218 / 152 - 1 = 43.42% -> 43.4
            ("cagr|period", "exact"),   # (520 / 218) ** (1/3) - 1 = 33.61% -> 33.6
        ],
    ),
    # 13. a Hong Kong report (Traditional): 億港元, a printed 按年增長41% its amounts contradict (inconsistent),
    #     an approximate forecast; distractors: firm count, percentage points, a USD funding round
    dict(
        text=(
            "香港本地研究機構維港數碼研究所發表報告，2024年香港企業AI平台及大模型應用市場規模為38.6億港元，"
            "按年增長41%；2023年則為29.5億港元。研究所預計，2026年市場規模將達約60億港元。目前全港已有逾1,200"
            "家企業試用生成式AI，採用率較去年上升9個百分點。本地初創雲擎智能上月完成5,000萬美元A輪融資。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2023, 29.5, "HKD 100 million", "actual"),
            ("Total", 2026, 60, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.6 / 29.5 - 1 = 30.85%; bounds 38.55/29.55 - 1 = 30.46% .. 38.65/29.45 - 1 = 31.24%; 41 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. a city's digital-economy plan (Simplified): 去年 / 今年 against the dateline, a target year, 较2021年增长2倍
    #     with one amount printed (keeps 2); distractors: scenario count, compute in P, firm count, 千亿级
    dict(
        text=(
            "江澜市数据局2025年3月印发的行动方案提出，去年全市人工智能软件及大模型服务产业规模达到186亿元，较"
            "2021年增长2倍。今年产业规模有望突破240亿元，同比增长约29%；到2027年力争达到500亿元，打造千亿级"
            "人工智能产业集群。方案还提出培育智能体应用场景100个，智能算力规模达到5000P，集聚相关企业420家。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2025, 240, "CNY 100 million", "estimate"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),  # 增长2倍 with one amount printed keeps 2; no verdict
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 240 / 186 - 1 = 29.03% -> 29
        ],
    ),
    # 15. an English pipe table by segment and year with a Total row and an E column, plus a prose yoy rate;
    #     distractors: table number and title years, vendor count, a quarter's figure
    dict(
        text=(
            "Table 3: Global generative-AI software market by segment, 2023-2025E (USD billion)\n"
            "\n"
            "| Segment            | 2023 | 2024 | 2025E |\n"
            "|--------------------|------|------|-------|\n"
            "| Platforms & tools  | 6.8  | 10.9 | 16.3  |\n"
            "| Applications       | 9.4  | 15.2 | 23.8  |\n"
            "| Services           | 3.1  | 4.6  | 6.5   |\n"
            "| Total              | 19.3 | 30.7 | 46.6  |\n"
            "\n"
            "Source: Marlowe & Finch Research, March 2025, covering 85 listed vendors. We expect total spending to "
            "grow 51.8% in 2025; first-quarter spending was $9.8 billion."
        ),
        obs=[
            ("Platforms & tools", 2023, 6.8, "USD billion", "actual"),
            ("Platforms & tools", 2024, 10.9, "USD billion", "actual"),
            ("Platforms & tools", 2025, 16.3, "USD billion", "estimate"),
            ("Applications", 2023, 9.4, "USD billion", "actual"),
            ("Applications", 2024, 15.2, "USD billion", "actual"),
            ("Applications", 2025, 23.8, "USD billion", "estimate"),
            ("Services", 2023, 3.1, "USD billion", "actual"),
            ("Services", 2024, 4.6, "USD billion", "actual"),
            ("Services", 2025, 6.5, "USD billion", "estimate"),
            ("Total", 2023, 19.3, "USD billion", "actual"),
            ("Total", 2024, 30.7, "USD billion", "actual"),
            ("Total", 2025, 46.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 51.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 6.8 + 9.4 + 3.1 = 19.3
            ("hierarchy", "exact"),     # 2024: 10.9 + 15.2 + 4.6 = 30.7
            ("hierarchy", "exact"),     # 2025E: 16.3 + 23.8 + 6.5 = 46.6
            ("cagr|implied", "exact"),  # 46.6 / 30.7 - 1 = 51.79% -> 51.8
        ],
    ),
    # 16. a Chinese report with a table of model counts and users beside a vertical value table (rows are years,
    #     lone value column headed by its unit -> Total) with a yoy column; only the value table is observed
    dict(
        text=(
            "表1 大模型备案数量与用户规模\n"
            "| 年份 | 完成备案的大模型（个） | 月活跃用户（亿人） | 注册开发者（万人） |\n"
            "|------|------|------|------|\n"
            "| 2023 | 25 | 1.2 | 310 |\n"
            "| 2024 | 188 | 3.1 | 760 |\n"
            "\n"
            "表2 中国大模型应用市场规模\n"
            "| 年份 | 亿元 | 同比增长 |\n"
            "|------|------|------|\n"
            "| 2022 | 87.5 | — |\n"
            "| 2023 | 147.1 | 68.1% |\n"
            "| 2024 | 241.3 | 64.0% |\n"
            "| 2025E | 372.0 | 54.2% |\n"
            "资料来源：澄川研究院，2025年2月。"
        ),
        obs=[
            ("Total", 2022, 87.5, "CNY 100 million", "actual"),
            ("Total", 2023, 147.1, "CNY 100 million", "actual"),
            ("Total", 2024, 241.3, "CNY 100 million", "actual"),
            ("Total", 2025, 372.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68.1, "percent", 2022, 2023, 1.0),
            ("growth", 64.0, "percent", 2023, 2024, 1.0),
            ("growth", 54.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 147.1 / 87.5 - 1 = 68.11% -> 68.1
            ("cagr|implied", "exact"),  # 241.3 / 147.1 - 1 = 64.04% -> 64.0
            ("cagr|implied", "exact"),  # 372.0 / 241.3 - 1 = 54.16% -> 54.2
        ],
    ),
    # 17. a tab-separated table of Japan's market in ¥ billion by segment and fiscal year with F columns; one
    #     column's total matches its parts only within rounding; a stated FY2024-FY2028 CAGR; distractor: survey
    dict(
        text=(
            "Japan: generative-AI market by segment (¥ billion)\n"
            "Segment\tFY2023\tFY2024\tFY2025F\tFY2028F\n"
            "Model services\t142.0\t236.5\t371.8\t960.0\n"
            "Applications\t118.4\t201.2\t318.6\t902.5\n"
            "Integration & consulting\t96.1\t170.3\t262.0\t637.5\n"
            "Total\t356.5\t608.1\t952.4\t2,500.0\n"
            "Source: Tsubame IT Research. The total is forecast to grow at a 42.4% CAGR from FY2024 to FY2028. "
            "In its user survey, 64% of companies planned to raise AI budgets."
        ),
        obs=[
            ("Model services", 2023, 142.0, "JPY billion", "actual"),
            ("Model services", 2024, 236.5, "JPY billion", "actual"),
            ("Model services", 2025, 371.8, "JPY billion", "estimate"),
            ("Model services", 2028, 960.0, "JPY billion", "estimate"),
            ("Applications", 2023, 118.4, "JPY billion", "actual"),
            ("Applications", 2024, 201.2, "JPY billion", "actual"),
            ("Applications", 2025, 318.6, "JPY billion", "estimate"),
            ("Applications", 2028, 902.5, "JPY billion", "estimate"),
            ("Integration & consulting", 2023, 96.1, "JPY billion", "actual"),
            ("Integration & consulting", 2024, 170.3, "JPY billion", "actual"),
            ("Integration & consulting", 2025, 262.0, "JPY billion", "estimate"),
            ("Integration & consulting", 2028, 637.5, "JPY billion", "estimate"),
            ("Total", 2023, 356.5, "JPY billion", "actual"),
            ("Total", 2024, 608.1, "JPY billion", "actual"),
            ("Total", 2025, 952.4, "JPY billion", "estimate"),
            ("Total", 2028, 2500.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 42.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 142.0 + 118.4 + 96.1 = 356.5
            # FY2024: 236.5 + 201.2 + 170.3 = 608.0 vs 608.1; parts' bounds 607.85..608.15 reach 608.05..608.15
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # FY2025F: 371.8 + 318.6 + 262.0 = 952.4
            ("hierarchy", "exact"),     # FY2028F: 960.0 + 902.5 + 637.5 = 2500.0
            ("cagr|period", "exact"),   # (2500.0 / 608.1) ** (1/4) - 1 = 42.39% -> 42.4
        ],
    ),
    # 18. a space-aligned vertical table (rows are years) with two segment columns and a Total column in USD
    #     million; prose gives the agentic share (arithmetic) and a 96% growth the table contradicts;
    #     distractors: seats, survey answer, a company's own ARR
    dict(
        text=(
            "North America: AI coding tools spending (USD million)\n"
            "\n"
            "Year    Code assistants    Agentic coding    Total\n"
            "2023              1,240               180    1,420\n"
            "2024              2,050               610    2,660\n"
            "2025E             2,980             1,470    4,450\n"
            "\n"
            "Total spending grew 96% in 2024, and agentic coding is expected to take 33% of the market in 2025. "
            "Paid seats passed 14 million, 62% of surveyed developers use an assistant weekly, and market leader "
            "Codewell's ARR topped $500 million."
        ),
        obs=[
            ("Code assistants", 2023, 1240, "USD million", "actual"),
            ("Code assistants", 2024, 2050, "USD million", "actual"),
            ("Code assistants", 2025, 2980, "USD million", "estimate"),
            ("Agentic coding", 2023, 180, "USD million", "actual"),
            ("Agentic coding", 2024, 610, "USD million", "actual"),
            ("Agentic coding", 2025, 1470, "USD million", "estimate"),
            ("Total", 2023, 1420, "USD million", "actual"),
            ("Total", 2024, 2660, "USD million", "actual"),
            ("Total", 2025, 4450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 96, "percent", 2023, 2024, 1.0),
            ("share", 33, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1,240 + 180 = 1,420
            ("hierarchy", "exact"),  # 2024: 2,050 + 610 = 2,660
            ("hierarchy", "exact"),  # 2025E: 2,980 + 1,470 = 4,450
            # 2660 / 1420 - 1 = 87.32%; bounds 2659.5/1420.5 - 1 = 87.22% .. 2660.5/1419.5 - 1 = 87.43%; 96 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1470 / 4450 = 33.03% -> 33
        ],
    ),
    # 19. a Chinese pipe table of the enterprise AI platform market by layer with a 合计 row, an E column and a
    #     2024 share column (arithmetic each; 100% total no claim); distractors: table number, a quarter's figure
    dict(
        text=(
            "表3 中国企业级AI平台市场结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年E | 2024年占比 |\n"
            "|---|---|---|---|---|\n"
            "| 平台层 | 62.4 | 95.8 | 141.0 | 38.2% |\n"
            "| 应用层 | 71.5 | 110.6 | 168.3 | 44.1% |\n"
            "| 服务层 | 29.9 | 44.3 | 61.2 | 17.7% |\n"
            "| 合计 | 163.8 | 250.7 | 370.5 | 100% |\n"
            "注：E为预测值。2025年一季度市场规模为68.2亿元。"
        ),
        obs=[
            ("平台层", 2023, 62.4, "CNY 100 million", "actual"),
            ("平台层", 2024, 95.8, "CNY 100 million", "actual"),
            ("平台层", 2025, 141.0, "CNY 100 million", "estimate"),
            ("应用层", 2023, 71.5, "CNY 100 million", "actual"),
            ("应用层", 2024, 110.6, "CNY 100 million", "actual"),
            ("应用层", 2025, 168.3, "CNY 100 million", "estimate"),
            ("服务层", 2023, 29.9, "CNY 100 million", "actual"),
            ("服务层", 2024, 44.3, "CNY 100 million", "actual"),
            ("服务层", 2025, 61.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 163.8, "CNY 100 million", "actual"),
            ("合计", 2024, 250.7, "CNY 100 million", "actual"),
            ("合计", 2025, 370.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 44.1, "percent", 2024, 2024, None),
            ("share", 17.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2023: 62.4 + 71.5 + 29.9 = 163.8
            ("hierarchy", "exact"),   # 2024: 95.8 + 110.6 + 44.3 = 250.7
            ("hierarchy", "exact"),   # 2025E: 141.0 + 168.3 + 61.2 = 370.5
            ("arithmetic", "exact"),  # 95.8 / 250.7 = 38.21% -> 38.2
            ("arithmetic", "exact"),  # 110.6 / 250.7 = 44.12% -> 44.1
            ("arithmetic", "exact"),  # 44.3 / 250.7 = 17.67% -> 17.7
        ],
    ),
    # 20. a Chinese space-aligned vertical table of the AI-agent market (lone column headed 亿元 -> Total) whose
    #     2030E cell is in 万亿 (converted to 亿元), yoy column, a stated 2025-2030 CAGR line; distractors: title
    #     years, 日均Token调用量 in 万亿, a company's valuation
    dict(
        text=(
            "表4 中国AI智能体市场规模及预测（2024-2030E）\n"
            "年份        亿元          同比\n"
            "2024        152.0         —\n"
            "2025E       386.5         154.3%\n"
            "2026E       690.0         78.5%\n"
            "2030E       1.05万亿      —\n"
            "数据来源：澜石研究院，2025年6月。2025-2030年复合增长率为93.6%。同期日均Token调用量由年初约1000亿增至"
            "逾30万亿，头部智能体厂商估值已达300亿美元。"
        ),
        obs=[
            ("Total", 2024, 152.0, "CNY 100 million", "actual"),
            ("Total", 2025, 386.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 690.0, "CNY 100 million", "estimate"),
            ("Total", 2030, 10500, "CNY 100 million", "estimate"),  # 1.05万亿 in the series' 亿元
        ],
        claims=[
            ("growth", 154.3, "percent", 2024, 2025, 1.0),
            ("growth", 78.5, "percent", 2025, 2026, 1.0),
            ("cagr", 93.6, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386.5 / 152.0 - 1 = 154.28% -> 154.3
            ("cagr|implied", "exact"),  # 690.0 / 386.5 - 1 = 78.53% -> 78.5
            ("cagr|period", "exact"),   # (10500 / 386.5) ** (1/5) - 1 = 93.56% -> 93.6
        ],
    ),
    # 21. English analyst note: 2024 base and 2030 forecast with a printed "2024-2030 CAGR";
    #    distractors: a company's ARR, a price target and its upside, a price per million tokens
    dict(
        text=(
            "Software desk note, 12 February 2025 -- Kestrel Bay Securities. We size the generative-AI software "
            "market at $41.5 billion for 2024 and see it reaching $212 billion in 2030, a 2024-2030 CAGR of 31.2%. "
            "Application-layer vendors should capture the larger part of that spend, though model APIs remain the "
            "fastest-growing slice. Our top pick, Norvane Systems, exited the year with $1.2 billion of ARR, and we "
            "raise our price target to $310, implying 18% upside. The list price per million output tokens at the "
            "leading providers has fallen to $2.50, from $15 eighteen months ago."
        ),
        obs=[
            ("Total", 2024, 41.5, "USD billion", "actual"),
            ("Total", 2030, 212, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 41.5) ** (1/6) - 1 = 5.10843 ** (1/6) - 1 = 31.234% -> 31.2
        ],
    ),
    # 22. English dated news on a Japanese IT research firm: yen amounts in "¥ billion" and a forecast in
    #    "¥1.1 trillion" (converted to the series' JPY billion), a year-on-year rate and an "average growth
    #    rate of about 37% a year" whose span only the amounts' years give; survey share and percentage points nowhere
    dict(
        text=(
            "TOKYO, 18 June 2025 -- Japan's generative-AI market grew to ¥312.0 billion in fiscal 2024, 48.6% more "
            "than the ¥210.0 billion of fiscal 2023, according to Mizunara IT Research. The firm forecasts "
            "¥1.1 trillion in fiscal 2028, an average growth rate of about 37% a year. In its survey of 1,150 "
            "companies, 42% said they had moved at least one generative-AI project into production, up 11 "
            "percentage points from a year earlier. Spending on consulting and integration still outweighs spending "
            "on the models themselves, Mizunara noted."
        ),
        obs=[
            ("Total", 2024, 312.0, "JPY billion", "actual"),
            ("Total", 2023, 210.0, "JPY billion", "actual"),
            ("Total", 2028, 1100, "JPY billion", "estimate"),  # ¥1.1 trillion in the series' unit
        ],
        claims=[
            ("growth", 48.6, "percent", 2023, 2024, 1.0),
            ("cagr", 37, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.0 / 210.0 - 1 = 48.571% -> 48.6
            ("cagr|period", "exact"),   # (1100 / 312.0) ** (1/4) - 1 = 3.52564 ** 0.25 - 1 = 37.028% -> 37
        ],
    ),
    # 23. English SaaS newsletter on AI coding tools: "more than double" between two printed years (x2, no
    #    verdict) and a range "between $12 billion and $15 billion by 2028"; distractors: a startup's annualised
    #    revenue, a funding round and valuation, tokens a day, developers, a per-seat price, the issue number
    dict(
        text=(
            "The Stack Ledger, issue 87. Spending on AI coding assistants reached $4.8 billion worldwide in 2024, "
            "more than double the $2.1 billion of 2023, by the reckoning of Tallow & Finch Advisory. The firm now "
            "puts the market at between $12 billion and $15 billion by 2028. Among the startups, Cobbleworks says "
            "it has passed $500 million in annualised revenue and raised $2 billion at a $30 billion valuation; its "
            "assistant now generates 1.4 trillion tokens a day for 3 million developers. List prices have barely "
            "moved from $19 per seat per month."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2023, 2.1, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2023, 2024, 1.0),  # "more than double" -> x2, no verdict
            ("value", 12, "USD billion", 2028, 2028, None),
            ("value", 15, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 24. English dated press report on enterprise AI platforms: a year-on-year rate its own amounts contradict,
    #    a segment's share with part and whole printed; distractors: percentage points, a fourth-quarter figure,
    #    analyst headcount and vendor count
    dict(
        text=(
            "BOSTON, 20 January 2026 -- Enterprise AI platforms took $18.4 billion in 2025, up 27% from $15.9 billion "
            "in 2024, says a report Quillmark Analytics released on Tuesday. Model APIs made up 38% of that, or "
            "$7.0 billion, a share 5 percentage points higher than the year before. Fourth-quarter spending alone "
            "came to $5.3 billion. Quillmark's team of 40 analysts tracked 212 vendors for the study."
        ),
        obs=[
            ("Total", 2025, 18.4, "USD billion", "actual"),
            ("Total", 2024, 15.9, "USD billion", "actual"),
            ("Model APIs", 2025, 7.0, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("share", 38, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 18.4 / 15.9 - 1 = 15.72%; bounds 18.35/15.95-1 = 15.05% ..
                                               # 38.45/15.85-1 = 16.40%; 27% (26.5..27.5) out of reach
            ("arithmetic", "exact"),           # 7.0 / 18.4 = 38.04% -> 38
        ],
    ),
    # 25. English investor day: the company's total addressable market "this year" (estimate) and in 2027, an
    #    "about 50%" compound rate exact only within rounding; distractors: "multi-trillion-dollar
    #    opportunity", company revenue guidance, margin, employees, a buyback
    dict(
        text=(
            "At its investor day in San Francisco on 9 October 2025, Veradyn told shareholders it sees the total "
            "addressable market for AI agents and agent platforms at $150 billion this year, expanding to "
            "$340 billion in 2027, a compound annual rate of about 50%. Chief executive Mara Lindqvist called "
            "agents a multi-trillion-dollar opportunity over the decade. Veradyn guided to $4.2 billion of revenue "
            "for fiscal 2026 at an operating margin of 32%, and said its 12,000 employees now work alongside its "
            "own agents every day. The company also announced a $5 billion buyback."
        ),
        obs=[
            ("Total", 2025, 150, "USD billion", "estimate"),  # "this year", dateline 2025
            ("Total", 2027, 340, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 50, "percent", 2025, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (340 / 150) ** 0.5 - 1 = 50.55% -> 50.6, not 50;
                                          # bounds (339.5/150.5)**0.5-1 = 50.19% .. (340.5/149.5)**0.5-1 = 50.92%;
                                          # 70.19% lies within 49.5..50.5 -> rounding
        ],
    ),
    # 26. Simplified Chinese yearbook: 2024 base to two decimals in 亿元, a 预计 2025 figure and 同比 rate;
    #    distractors: the yearbook's title year, count of registered services (款), 日均Token调用量 (万亿), a
    #    price per million tokens
    dict(
        text=(
            "《2025中国大模型产业年鉴》显示，2024年中国大模型市场规模为294.16亿元。编写单位澜石智库预计，"
            "2025年该市场将达到495亿元，同比增长68%。截至2025年3月，已完成备案的生成式人工智能服务共302款，"
            "国内主要平台日均Token调用量超过10万亿。年鉴还指出，头部企业的推理价格已降至每百万Token 0.8元。"
        ),
        obs=[
            ("Total", 2024, 294.16, "CNY 100 million", "actual"),
            ("Total", 2025, 495, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 495 / 294.16 - 1 = 68.28% -> 68
        ],
    ),
    # 27. Simplified Chinese research note on AI agents (智能体): 预计 2025, 有望突破 2028 (approximate, at its printed
    #    figure), a printed "2025—2028年" CAGR; distractors: 千亿级赛道, developer count, survey answer, a
    #    company's revenue
    dict(
        text=(
            "据青杉研究院测算，2025年中国AI智能体市场规模预计为69亿元，到2028年有望突破330亿元，"
            "2025—2028年年均复合增长率约为68.5%。研究院认为智能体是一个千亿级赛道，目前国内智能体开发者已超过"
            "800万人。在受访企业中，57%表示将在一年内部署智能体。某头部厂商的智能体平台去年营收12.6亿元。"
        ),
        obs=[
            ("Total", 2025, 69, "CNY 100 million", "estimate"),
            ("Total", 2028, 330, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 68.5, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (330 / 69) ** (1/3) - 1 = 4.78261 ** (1/3) - 1 = 68.48% -> 68.5
        ],
    ),
    # 28. Simplified Chinese dated report: model-services market with two segments and their shares (part and
    #    whole printed), a 2026 forecast; distractors: a quarter's figure and its 环比 rate, percentage points
    dict(
        text=(
            "2025年12月8日，北辰咨询发布报告称，2025年中国大模型服务市场规模预计达520亿元，其中应用层135亿元、"
            "占26%，模型API 208亿元、占40%。应用层占比较上年提高6个百分点。按季度看，第三季度市场规模为141亿元，"
            "环比增长12%。报告预测，2026年市场规模将增至780亿元。"
        ),
        obs=[
            ("Total", 2025, 520, "CNY 100 million", "estimate"),
            ("应用层", 2025, 135, "CNY 100 million", "estimate"),
            ("模型API", 2025, 208, "CNY 100 million", "estimate"),
            ("Total", 2026, 780, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 26, "percent", 2025, 2025, None),
            ("share", 40, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 135 / 520 = 25.96% -> 26
            ("arithmetic", "exact"),  # 208 / 520 = 40.00% -> 40
        ],
    ),
    # 29. Simplified Chinese government action plan: a 2024 base, a 突破 target for 2027, "年均增长17.8%以上"
    #    whose span only its amounts give; distractors: enterprise count target, compute capacity (EFLOPS)
    dict(
        text=(
            "《临江市推动大模型产业高质量发展行动方案》提出，2024年全市大模型及智能体产业规模达到612亿元，"
            "到2027年相关产业规模突破1000亿元，年均增长17.8%以上。方案还提出培育100家以上专精特新企业，"
            "建成智能算力规模20EFLOPS，并对备案上线的大模型给予最高500万元奖励。"
        ),
        obs=[
            ("Total", 2024, 612, "CNY 100 million", "actual"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1000 / 612) ** (1/3) - 1 = 1.63399 ** (1/3) - 1 = 17.78% -> 17.8
        ],
    ),
    # 30. Simplified Chinese news on AI coding tools: a 较…增长 rate exact only within rounding; distractors:
    #     paying developers, a seat price, a product's ARR, a quarter's new users, share of code written (no
    #     share of the market)
    dict(
        text=(
            "据松果数据统计，2024年国内AI编程工具市场规模为33亿元，较2023年的19亿元增长75%。付费开发者约260万人，"
            "企业版席位均价每月99元。某头部产品的年度经常性收入（ARR）已达5亿元，今年一季度新增用户1200万。"
            "调查显示，AI生成代码已占开发者提交代码的31%。"
        ),
        obs=[
            ("Total", 2024, 33, "CNY 100 million", "actual"),
            ("Total", 2023, 19, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 75, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 33 / 19 - 1 = 73.68% -> 74, not 75;
                                           # bounds 32.5/19.5-1 = 66.67% .. 33.5/18.5-1 = 81.08% -> 75 reachable
        ],
    ),
    # 31. Traditional Chinese (Taiwan) association release: 新台幣億元, 今年 (estimate) and 年增; a second
    #     institution's figure for the same year expected nowhere; distractors: member count, survey answer
    dict(
        text=(
            "【台北訊】臺灣智慧軟體協會2025年5月公布，2024年台灣生成式AI軟體市場規模達新台幣185億元，"
            "預估今年將成長至246億元，年增33%。協會指出，會員廠商已逾320家，受訪企業中有61%計畫增加AI預算。"
            "另一家研究機構則估計，2024年該市場為新台幣172億元。"
        ),
        obs=[
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2025, 246, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 246 / 185 - 1 = 32.97% -> 33
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) report: 億港元 amounts, a printed "2024至2027年" 複合年增長率;
    #     distractors: count of firms, a startup's funding round and valuation in US dollars
    dict(
        text=(
            "港灣數碼研究最新報告指出，本港企業AI平台市場2024年規模為38.5億港元，預計2027年將增至92億港元，"
            "2024至2027年複合年增長率達33.7%。報告又提到，本地已有逾1,400家企業試用生成式AI；一家本地AI初創"
            "上月完成2億美元融資，估值達15億美元。"
        ),
        obs=[
            ("Total", 2024, 38.5, "HKD 100 million", "actual"),
            ("Total", 2027, 92, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (92 / 38.5) ** (1/3) - 1 = 2.38961 ** (1/3) - 1 = 33.69% -> 33.7
        ],
    ),
    # 33. Traditional Chinese (Taiwan) news on the large-model applications market: a 成長 rate its amounts
    #     contradict; distractors: count of models, parameter count, a quarter's figure, a company's revenue
    dict(
        text=(
            "資訊產業觀察站2025年3月發布調查，2024年台灣大模型應用市場規模為新台幣67億元，較2023年的42億元"
            "成長80%。國內已有18個繁體中文大模型發表，最大參數量達700億。第四季單季市場規模為21億元，"
            "一家雲端業者去年營收則為新台幣96億元。"
        ),
        obs=[
            ("Total", 2024, 67, "TWD 100 million", "actual"),
            ("Total", 2023, 42, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 80, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 67 / 42 - 1 = 59.52%; bounds 66.5/42.5-1 = 56.47% ..
                                               # 87.5/41.5-1 = 62.65%; 80% out of reach
        ],
    ),
    # 34. Simplified Chinese digital-economy report: "近6000亿元" (approximate) then "1.7万亿元" converted to the
    #     series' 亿元 unit, a "约19%" CAGR with only its amounts' years; distractors: enterprise and user counts
    dict(
        text=(
            "华衡数字经济研究院2025年9月发布的报告显示，2024年我国人工智能核心产业规模近6000亿元，预计到2030年"
            "将达到1.7万亿元，年均复合增长率约19%。报告认为，AI软件与模型服务将是其中增长最快的部分；目前相关"
            "企业数量超过4500家，生成式人工智能用户规模达5.15亿人。"
        ),
        obs=[
            ("Total", 2024, 6000, "CNY 100 million", "actual"),
            ("Total", 2030, 17000, "CNY 100 million", "estimate"),  # 1.7万亿元 in the series' 亿元
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (17000 / 6000) ** (1/6) - 1 = 2.83333 ** (1/6) - 1 = 18.96% -> 19
        ],
    ),
    # 35. English pipe table: market by layer (Platforms, Applications, Services) and year with a Total row;
    #     2025E total off by 0.1 (rounding); a survey answer below it
    dict(
        text=(
            "Global generative-AI software spending by layer, USD billion (Halvard Research, March 2025)\n"
            "\n"
            "| Segment | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|\n"
            "| Platforms | 12.4 | 16.1 | 20.8 |\n"
            "| Applications | 18.7 | 25.9 | 34.6 |\n"
            "| Services | 9.3 | 11.2 | 13.5 |\n"
            "| Total | 40.4 | 53.3 | 68.9 |\n"
            "\n"
            "Figures exclude hardware. In Halvard's buyer survey, 64% of respondents expect to raise AI budgets."
        ),
        obs=[
            ("Platforms", 2024, 12.4, "USD billion", "actual"),
            ("Applications", 2024, 18.7, "USD billion", "actual"),
            ("Services", 2024, 9.3, "USD billion", "actual"),
            ("Total", 2024, 40.4, "USD billion", "actual"),
            ("Platforms", 2025, 16.1, "USD billion", "estimate"),
            ("Applications", 2025, 25.9, "USD billion", "estimate"),
            ("Services", 2025, 11.2, "USD billion", "estimate"),
            ("Total", 2025, 53.3, "USD billion", "estimate"),
            ("Platforms", 2026, 20.8, "USD billion", "estimate"),
            ("Applications", 2026, 34.6, "USD billion", "estimate"),
            ("Services", 2026, 13.5, "USD billion", "estimate"),
            ("Total", 2026, 68.9, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 12.4 + 18.7 + 9.3 = 40.4 = 40.4
            ("hierarchy", "rounding"),  # 2025: 16.1 + 25.9 + 11.2 = 53.2 vs 53.3; parts' bounds 53.05..53.35
                                        #       overlap the total's 53.25..53.35 -> rounding
            ("hierarchy", "exact"),     # 2026: 20.8 + 34.6 + 13.5 = 68.9 = 68.9
        ],
    ),
    # 36. Simplified Chinese tab-separated tables: a table of registered-model counts and users (no observation)
    #     beside a table of market value by model type with a 合计 row; table numbers are boilerplate
    dict(
        text=(
            "表1 大模型备案与用户情况\n"
            "指标\t2023年\t2024年\t2025年\n"
            "备案大模型数量（个）\t60\t188\t302\n"
            "用户规模（亿人）\t1.2\t2.5\t5.15\n"
            "\n"
            "表2 中国大模型市场规模（单位：亿元）\n"
            "类别\t2023年\t2024年\t2025年E\n"
            "通用大模型\t86\t142\t215\n"
            "行业大模型\t61\t118\t197\n"
            "合计\t147\t260\t412\n"
        ),
        obs=[
            ("通用大模型", 2023, 86, "CNY 100 million", "actual"),
            ("行业大模型", 2023, 61, "CNY 100 million", "actual"),
            ("合计", 2023, 147, "CNY 100 million", "actual"),
            ("通用大模型", 2024, 142, "CNY 100 million", "actual"),
            ("行业大模型", 2024, 118, "CNY 100 million", "actual"),
            ("合计", 2024, 260, "CNY 100 million", "actual"),
            ("通用大模型", 2025, 215, "CNY 100 million", "estimate"),
            ("行业大模型", 2025, 197, "CNY 100 million", "estimate"),
            ("合计", 2025, 412, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 86 + 61 = 147
            ("hierarchy", "exact"),  # 2024: 142 + 118 = 260
            ("hierarchy", "exact"),  # 2025: 215 + 197 = 412
        ],
    ),
    # 37. Vertical space-aligned table whose rows are fiscal years, a lone value column headed 億円 (Total in
    #     JPY 100 million) and a 前年比 column; last rate exact only within rounding; survey share below
    dict(
        text=(
            "日本调研机构黑羽研究（Kuroba Research）统计的日本生成式AI软件市场规模如下：\n"
            "\n"
            "年度        億円      前年比\n"
            "FY2023     1,190       —\n"
            "FY2024     2,050    +72.3%\n"
            "FY2025E    3,410    +66.3%\n"
            "FY2026F    5,120    +50.2%\n"
            "\n"
            "注：E、F为预测值。黑羽研究另称，日本受访企业中已有38%导入生成式AI。"
        ),
        obs=[
            ("Total", 2023, 1190, "JPY 100 million", "actual"),
            ("Total", 2024, 2050, "JPY 100 million", "actual"),
            ("Total", 2025, 3410, "JPY 100 million", "estimate"),
            ("Total", 2026, 5120, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 72.3, "percent", 2023, 2024, 1.0),
            ("growth", 66.3, "percent", 2024, 2025, 1.0),
            ("growth", 50.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 2050 / 1190 - 1 = 72.27% -> 72.3
            ("cagr|implied", "exact"),     # 3410 / 2050 - 1 = 66.34% -> 66.3
            ("cagr|implied", "rounding"),  # 5120 / 3410 - 1 = 50.147% -> 50.1, not 50.2;
                                           # bounds 5119.5/3410.5-1 = 50.110% .. 5120.5/3409.5-1 = 50.183%;
                                           # 70.183% lies within 50.15..50.25 -> rounding
        ],
    ),
    # 38. English space-aligned table of AI-as-a-service revenue by segment for one year, with shares and a Total
    #     row (100.0% no claim); distractors below: a fourth-quarter figure, tokens a day, a price per million
    #     tokens, the issue number
    dict(
        text=(
            "Larkspur Cloud Letter, issue 142, 3 February 2026\n"
            "AI-as-a-service revenue by segment, 2025 (USD million)\n"
            "\n"
            "Segment                2025      Share\n"
            "Model APIs            8,420      38.0%\n"
            "Hosted fine-tuning    3,960      17.9%\n"
            "Agent platforms       5,530      25.0%\n"
            "Managed inference     4,240      19.1%\n"
            "Total                22,150     100.0%\n"
            "\n"
            "The fourth quarter alone brought in $6,310 million. Tokens served per day by the five largest providers "
            "passed 40 trillion in December, and the median price per million input tokens was $0.60."
        ),
        obs=[
            ("Model APIs", 2025, 8420, "USD million", "actual"),
            ("Hosted fine-tuning", 2025, 3960, "USD million", "actual"),
            ("Agent platforms", 2025, 5530, "USD million", "actual"),
            ("Managed inference", 2025, 4240, "USD million", "actual"),
            ("Total", 2025, 22150, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.0, "percent", 2025, 2025, None),
            ("share", 17.9, "percent", 2025, 2025, None),
            ("share", 25.0, "percent", 2025, 2025, None),
            ("share", 19.1, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8420 / 22150 = 38.01% -> 38.0
            ("arithmetic", "exact"),  # 3960 / 22150 = 17.88% -> 17.9
            ("arithmetic", "exact"),  # 5530 / 22150 = 24.97% -> 25.0
            ("arithmetic", "exact"),  # 4240 / 22150 = 19.14% -> 19.1
            ("hierarchy", "exact"),   # 8420 + 3960 + 5530 + 4240 = 22150
        ],
    ),
    # 39. Simplified Chinese tab-separated table of the AI-agent market by type and year with a 合计 row and a
    #     同比增速 row whose last rate contradicts its amounts (71.7 for 77.1); a token count in a note
    dict(
        text=(
            "表3 中国AI智能体市场规模及增速（单位：亿元）\n"
            "指标\t2023年\t2024年\t2025年E\t2026年E\n"
            "企业级智能体\t18.2\t35.6\t71.4\t128.0\n"
            "消费级智能体\t6.5\t11.3\t19.8\t33.5\n"
            "合计\t24.7\t46.9\t91.2\t161.5\n"
            "同比增速\t—\t89.9%\t94.5%\t71.7%\n"
            "注：2025年智能体日均Token调用量约8.5万亿。"
        ),
        obs=[
            ("企业级智能体", 2023, 18.2, "CNY 100 million", "actual"),
            ("消费级智能体", 2023, 6.5, "CNY 100 million", "actual"),
            ("合计", 2023, 24.7, "CNY 100 million", "actual"),
            ("企业级智能体", 2024, 35.6, "CNY 100 million", "actual"),
            ("消费级智能体", 2024, 11.3, "CNY 100 million", "actual"),
            ("合计", 2024, 46.9, "CNY 100 million", "actual"),
            ("企业级智能体", 2025, 71.4, "CNY 100 million", "estimate"),
            ("消费级智能体", 2025, 19.8, "CNY 100 million", "estimate"),
            ("合计", 2025, 91.2, "CNY 100 million", "estimate"),
            ("企业级智能体", 2026, 128.0, "CNY 100 million", "estimate"),
            ("消费级智能体", 2026, 33.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 161.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 89.9, "percent", 2023, 2024, 1.0),
            ("growth", 94.5, "percent", 2024, 2025, 1.0),
            ("growth", 71.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),            # 2023: 18.2 + 6.5 = 24.7
            ("hierarchy", "exact"),            # 2024: 35.6 + 11.3 = 46.9
            ("hierarchy", "exact"),            # 2025: 71.4 + 19.8 = 91.2
            ("hierarchy", "exact"),            # 2026: 128.0 + 33.5 = 161.5
            ("cagr|implied", "exact"),         # 46.9 / 24.7 - 1 = 89.88% -> 89.9
            ("cagr|implied", "exact"),         # 91.2 / 46.9 - 1 = 94.456% -> 94.5
            ("cagr|implied", "inconsistent"),  # 161.5 / 91.2 - 1 = 77.08%; bounds 161.45/91.25-1 = 76.93% ..
                                               # 181.55/91.15-1 = 77.24%; 71.7% out of reach
        ],
    ),
    # 40. Traditional Chinese (Taiwan) pipe table: segments 平台/應用/服務 and a 合計 row in 新台幣億元 for 2024 and
    #     2025(預估) with a 年增率 column; one rate exact only within rounding; title year and survey below nowhere
    dict(
        text=(
            "臺灣智慧軟體協會《2025 AI軟體產業白皮書》：台灣企業AI軟體市場（單位：新台幣億元）\n"
            "\n"
            "| 項目 | 2024年 | 2025年(預估) | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 平台 | 58.4 | 74.9 | 28.3% |\n"
            "| 應用 | 96.7 | 131.2 | 35.7% |\n"
            "| 服務 | 41.5 | 50.6 | 22.0% |\n"
            "| 合計 | 196.6 | 256.7 | 30.6% |\n"
            "\n"
            "白皮書另指出，受訪的512家企業中有47%已導入生成式AI。"
        ),
        obs=[
            ("平台", 2024, 58.4, "TWD 100 million", "actual"),
            ("應用", 2024, 96.7, "TWD 100 million", "actual"),
            ("服務", 2024, 41.5, "TWD 100 million", "actual"),
            ("合計", 2024, 196.6, "TWD 100 million", "actual"),
            ("平台", 2025, 74.9, "TWD 100 million", "estimate"),
            ("應用", 2025, 131.2, "TWD 100 million", "estimate"),
            ("服務", 2025, 50.6, "TWD 100 million", "estimate"),
            ("合計", 2025, 256.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2024, 2025, 1.0),
            ("growth", 35.7, "percent", 2024, 2025, 1.0),
            ("growth", 22.0, "percent", 2024, 2025, 1.0),
            ("growth", 30.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),        # 2024: 58.4 + 96.7 + 41.5 = 196.6
            ("hierarchy", "exact"),        # 2025: 74.9 + 131.2 + 50.6 = 256.7
            ("cagr|implied", "exact"),     # 74.9 / 58.4 - 1 = 28.25% -> 28.3
            ("cagr|implied", "exact"),     # 131.2 / 96.7 - 1 = 35.68% -> 35.7
            ("cagr|implied", "rounding"),  # 50.6 / 41.5 - 1 = 21.93% -> 21.9, not 22.0;
                                           # bounds 50.55/41.55-1 = 21.66% .. 50.65/41.45-1 = 22.20% -> 22.0 reachable
            ("cagr|implied", "exact"),     # 256.7 / 196.6 - 1 = 30.57% -> 30.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fourteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 62% from $17.5 billion in 2023',
    'a compound annual growth rate of 30.8% over 2024-2030',
    'an 85% jump from US$1.2 billion in 2023',
    'we size the total addressable market for enterprise AI agents',
    "1.8 times fiscal 2023's ¥365.5 billion",
    'brought in $8.6 billion of the $25.3 billion',
    'between £9 billion and £12 billion by 2030',
    'puts the 2024 market at $22.1 billion',
    '2.5 times the €2,480 million of 2022',
    '2024-2028年复合增长率为35.8%',
    '有望达到1.2万亿元',
    '較2023年的152億元成長43.4%',
    '38.6億港元，按年增長41%',
    '较2021年增长2倍',
    '| Total              | 19.3 | 30.7 | 46.6  |',
    '| 年份 | 亿元 | 同比增长 |',
    'Total\t356.5\t608.1\t952.4\t2,500.0',
    'Year    Code assistants    Agentic coding    Total',
    '| 合计 | 163.8 | 250.7 | 370.5 | 100% |',
    '2030E       1.05万亿      —',
    'a 2024-2030 CAGR of',
    '¥1.1 trillion in fiscal 2028',
    'more than double the',
    'between $12 billion and $15 billion by 2028',
    'made up 38% of that, or $7.0 billion',
    'total addressable market',
    '同比增长68%',
    '有望突破330亿元',
    '其中应用层135亿元、占26%',
    '年均增长17.8%以上',
    '较2023年的19亿元增长75%',
    '預估今年將成長至246億元，年增33%',
    '38.5億港元',
    '1.7万亿元',
    '| Total | 40.4 | 53.3 | 68.9 |',
    '合计\t147\t260\t412',
    '年度        億円      前年比',
    'Model APIs            8,420      38.0%',
    '同比增速',
    '| 合計 | 196.6 | 256.7 | 30.6% |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 186 figures, 45 rates,
#: 75 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-twelfth and hundred-and-fourteenth sets: 190, 51, 85 and 2
FLOORS = {"figures_found": 191, "rates_found": 51, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset114.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
