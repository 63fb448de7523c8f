"""A hundred-and-fifteenth check set for the extractor, written blind: AI software and model services, in English and
Chinese (Simplified and Traditional) -- the generative-AI software market, large-model services, AI agents,
enterprise AI platforms, coding tools and model APIs, sized by software analysts, research firms' yearbooks,
Japanese and Taiwanese IT bodies and digital-economy plans; tokens processed, prices per million tokens, a company's
own ARR, revenue or valuation, funding rounds, counts of models, users and developers, parameter counts and
percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. an English equity-research note: 2024 figure, 2023 base, 2030 forecast; "a 66% jump" and a stated
    #    "2024-2030 CAGR"; distractors: price per million tokens, a company's ARR, a price target and its upside
    dict(
        text=(
            "Halvorsen & Pike | Software Equity Research | Initiating coverage. We size the worldwide "
            "generative-AI software market at $18.6 billion for 2024, a 66% jump from $11.2 billion in 2023, and "
            "we model $96.0 billion by 2030, a 2024-2030 CAGR of 31.5%. Price competition is brutal at the model "
            "layer, where input tokens now sell for under $0.50 per million at the low end, so we expect value to "
            "migrate to applications. Our top pick, Quillon Systems, exited 2024 with $740 million of ARR; we set "
            "a $212 price target, implying 28% upside."
        ),
        obs=[
            ("Total", 2023, 11.2, "USD billion", "actual"),
            ("Total", 2024, 18.6, "USD billion", "actual"),
            ("Total", 2030, 96.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 66.0, "percent", 2023, 2024, 1.0),
            ("cagr", 31.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.6 / 11.2 - 1 = 66.07% -> 66
            ("cagr|implied", "exact"),  # (96.0 / 18.6) ** (1/6) - 1 = 31.46% -> 31.5
        ],
    ),
    # 2. a Simplified Chinese yearbook: 亿元 series, "较2023年的147亿元增长1倍" (two amounts -> x2), a stated
    #    2024—2027 CAGR, a 2035 figure in 万亿元 converted to 亿元; distractors: 备案 count, 日均Token调用量,
    #    price per million tokens, the yearbook's title year
    dict(
        text=(
            "《中国人工智能产业年鉴（2025）》显示，2024年中国大模型市场规模为294亿元，较2023年的147亿元增长1倍。"
            "年鉴预计，2027年市场规模将达到1130亿元，2024—2027年年均复合增长率为56.6%；到2035年，市场规模有望突破"
            "1.1万亿元。截至2024年底，国内已完成备案的生成式人工智能服务达302款，日均Token调用量超过10万亿次，"
            "主流模型每百万Token的输入价格已降至0.8元。"
        ),
        obs=[
            ("Total", 2023, 147, "CNY 100 million", "actual"),
            ("Total", 2024, 294, "CNY 100 million", "actual"),
            ("Total", 2027, 1130, "CNY 100 million", "estimate"),
            ("Total", 2035, 11000, "CNY 100 million", "estimate"),  # 突破1.1万亿元, series unit 亿元
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2023, 2024, 1.0),  # 增长1倍 between two printed amounts -> x2
            ("cagr", 56.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1130 / 294) ** (1/3) - 1 = 56.64% -> 56.6
        ],
    ),
    # 3. an English pipe table: segments x years (2025E) with a Total row that adds up in every column; one line of
    #    prose gives the applications' share of the 2025E total; table number is boilerplate
    dict(
        text=(
            "Table 4. Global enterprise AI software spending by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Platforms | 9.8 | 14.6 | 21.3 |\n"
            "| Applications | 12.4 | 19.7 | 29.5 |\n"
            "| Services | 6.1 | 8.2 | 11.0 |\n"
            "| Total | 28.3 | 42.5 | 61.8 |\n"
            "Source: Corvane Analytics. Applications' share of the 2025E total is 47.7%."
        ),
        obs=[
            ("Platforms", 2023, 9.8, "USD billion", "actual"),
            ("Platforms", 2024, 14.6, "USD billion", "actual"),
            ("Platforms", 2025, 21.3, "USD billion", "estimate"),
            ("Applications", 2023, 12.4, "USD billion", "actual"),
            ("Applications", 2024, 19.7, "USD billion", "actual"),
            ("Applications", 2025, 29.5, "USD billion", "estimate"),
            ("Services", 2023, 6.1, "USD billion", "actual"),
            ("Services", 2024, 8.2, "USD billion", "actual"),
            ("Services", 2025, 11.0, "USD billion", "estimate"),
            ("Total", 2023, 28.3, "USD billion", "actual"),
            ("Total", 2024, 42.5, "USD billion", "actual"),
            ("Total", 2025, 61.8, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 47.7, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.8 + 12.4 + 6.1 = 28.3 = printed 28.3
            ("hierarchy", "exact"),  # 2024: 14.6 + 19.7 + 8.2 = 42.5 = printed 42.5
            ("hierarchy", "exact"),  # 2025E: 21.3 + 29.5 + 11.0 = 61.8 = printed 61.8
            ("arithmetic", "exact"),  # 29.5 / 61.8 = 47.73% -> 47.7
        ],
    ),
    # 4. a dated English news story: "last year" (2024, actual) and "this year" (2025, estimate); a printed 58%
    #    that only a rounding reading reaches; distractors: a funding round and valuation, weekly developers, a
    #    survey answer, a fourth-quarter figure
    dict(
        text=(
            "SAN FRANCISCO, 12 February 2025 — Spending on AI coding assistants reached $4.1 billion last year and "
            "is on track to hit $6.5 billion this year, an increase of 58%, according to Brightwater Insights. The "
            "category's best-known start-up, Codelark, closed a $500 million Series C at a $9 billion valuation last "
            "month and says 1.8 million developers now use its tool every week. In a Brightwater survey, 71% of "
            "engineering leaders said they had trimmed contractor budgets because of the tools. Fourth-quarter "
            "spending alone came to $1.3 billion."
        ),
        obs=[
            ("Total", 2024, 4.1, "USD billion", "actual"),
            ("Total", 2025, 6.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 58.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 6.5 / 4.1 - 1 = 58.54% -> 59, not 58; bounds 6.45 / 4.15 - 1 = 55.42% .. 6.55 / 4.05 - 1 = 61.73%
            # contain 58 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. a Traditional Chinese (Taiwan) association release: 新台幣億元, a stated 2024至2027 CAGR; distractors:
    #    member count, survey share of firms, percentage points, a price decline in words (逾七成)
    dict(
        text=(
            "台北，2025年9月18日——台灣數位軟體發展協會今日發布年度報告指出，2024年台灣生成式AI軟體市場規模為新台幣"
            "185億元，預估2027年將成長至新台幣412億元，2024至2027年年複合成長率達30.6%。協會針對520家會員企業所做的"
            "調查顯示，47%已導入生成式AI工具，較去年增加12個百分點。協會理事長林書維表示，國內大型語言模型服務的每百萬"
            "詞元價格一年內下降逾七成，中小企業導入門檻明顯降低。"
        ),
        obs=[
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2027, 412, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 185) ** (1/3) - 1 = 30.59% -> 30.6
        ],
    ),
    # 6. an earnings-call excerpt: the company's TAM is the market (Total) in fiscal years; "roughly 31%
    #    compounded" with no printed span -> inferred; distractors: the company's quarterly revenue and its
    #    growth, customer count, operating margin, full-year guidance
    dict(
        text=(
            "Veridane Inc., Q3 fiscal 2025 earnings call, prepared remarks. Chief executive Marta Lindqvist: \"We "
            "now put the total addressable market for enterprise AI platforms at $140 billion by fiscal 2027, up "
            "from $62 billion in fiscal 2024, call it roughly 31% compounded. Our own platform revenue was $412 "
            "million this quarter, up 44% year over year, and we added 1,900 customers. Operating margin came in at "
            "18%, and we are raising our full-year revenue guide to $1.62 billion.\""
        ),
        obs=[
            ("Total", 2024, 62, "USD billion", "actual"),
            ("Total", 2027, 140, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (140 / 62) ** (1/3) - 1 = 31.19% -> 31
        ],
    ),
    # 7. a Simplified Chinese pipe table (亿元) with a 合计 row: 2023 adds exactly, 2024 is off by 0.1 (rounding),
    #    2025年E adds exactly; table number and title years are boilerplate
    dict(
        text=(
            "表2 2023—2025年中国大模型市场结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 基础模型平台 | 62.4 | 118.7 | 196.5 |\n"
            "| 行业应用 | 51.3 | 109.6 | 188.2 |\n"
            "| 技术服务 | 33.5 | 65.9 | 101.8 |\n"
            "| 合计 | 147.2 | 294.1 | 486.5 |\n"
            "注：2025年为预测值；表中数据不含算力硬件。"
        ),
        obs=[
            ("基础模型平台", 2023, 62.4, "CNY 100 million", "actual"),
            ("基础模型平台", 2024, 118.7, "CNY 100 million", "actual"),
            ("基础模型平台", 2025, 196.5, "CNY 100 million", "estimate"),
            ("行业应用", 2023, 51.3, "CNY 100 million", "actual"),
            ("行业应用", 2024, 109.6, "CNY 100 million", "actual"),
            ("行业应用", 2025, 188.2, "CNY 100 million", "estimate"),
            ("技术服务", 2023, 33.5, "CNY 100 million", "actual"),
            ("技术服务", 2024, 65.9, "CNY 100 million", "actual"),
            ("技术服务", 2025, 101.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 147.2, "CNY 100 million", "actual"),
            ("合计", 2024, 294.1, "CNY 100 million", "actual"),
            ("合计", 2025, 486.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 62.4 + 51.3 + 33.5 = 147.2 = printed 147.2
            # 2024: 118.7 + 109.6 + 65.9 = 294.2 vs printed 294.1; parts at +/-0.05 each give 294.05 .. 294.35,
            # total 294.05 .. 294.15 -> overlap -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 196.5 + 188.2 + 101.8 = 486.5 = printed 486.5
        ],
    ),
    # 8. an English story on Japan: ¥ billion base, a ¥ trillion forecast converted to the series' JPY billion,
    #    a stated fiscal-year CAGR exact only within rounding; distractors: poll count and answer, percentage
    #    points, a vendor's quarterly sales
    dict(
        text=(
            "TOKYO — Generative AI has moved from pilot budgets into line items at Japanese companies. Domestic "
            "spending on generative-AI software and services came to ¥672 billion in fiscal 2024, according to "
            "Kasumi IT Research, and the firm forecasts the market will reach ¥1.78 trillion in fiscal 2028, a "
            "compound annual growth rate of 27.5% from fiscal 2024 to fiscal 2028. In Kasumi's poll of 1,140 "
            "companies, 38% said at least one generative-AI system was in production, 11 percentage points more "
            "than a year earlier. Fujiyama Soft, the largest domestic vendor, booked ¥48.3 billion of AI-related "
            "sales in the April-June quarter."
        ),
        obs=[
            ("Total", 2024, 672, "JPY billion", "actual"),
            ("Total", 2028, 1780, "JPY billion", "estimate"),  # ¥1.78 trillion in the series' JPY billion
        ],
        claims=[
            ("cagr", 27.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1780 / 672) ** (1/4) - 1 = 27.57% -> 27.6, not 27.5; bounds (1775 / 672.5) ** 0.25 - 1 = 27.46% ..
            # (1785 / 671.5) ** 0.25 - 1 = 27.69% contain 27.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. a dated Simplified Chinese release: 去年 (2024, actual), 今年 (2025, estimate) with 同比增长65%; the
    #    agents segment (智能体) and its share of the model-services market; distractors: 百分点, developer count,
    #    a first-quarter financing figure
    dict(
        text=(
            "北京，2025年4月16日——据启衡咨询最新发布的报告，去年中国大模型服务市场规模为255亿元，今年预计同比增长65%"
            "至420亿元。其中，智能体市场规模预计达到68亿元，占大模型服务市场的16.2%，占比较去年提高9.5个百分点。"
            "报告称，国内智能体开发者数量已超过80万，今年一季度智能体相关融资额达到41亿元。"
        ),
        obs=[
            ("Total", 2024, 255, "CNY 100 million", "actual"),
            ("Total", 2025, 420, "CNY 100 million", "estimate"),
            ("智能体", 2025, 68, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 65.0, "percent", 2024, 2025, 1.0),
            ("share", 16.2, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 420 / 255 - 1 = 64.71% -> 65
            ("arithmetic", "exact"),  # 68 / 420 = 16.19% -> 16.2
        ],
    ),
    # 10. an English SaaS newsletter: a segment (Model APIs) with a 48% rate its own amounts contradict, and its
    #     share of a printed whole; distractors: issue number, a price decline, tokens per day, a rival's scope
    dict(
        text=(
            "Stackwise, the SaaS and cloud newsletter, issue #212. Model APIs brought in $8.4 billion in 2024, up "
            "48% from $5.2 billion in 2023, by our count. That is 35% of a $24.0 billion model-services market, with "
            "the rest going to fine-tuning, hosted deployments and support contracts. Per-token prices keep sliding "
            "(down roughly 80% in eighteen months), yet daily volume across the five biggest providers passed 9 "
            "trillion tokens in December."
        ),
        obs=[
            ("Model APIs", 2023, 5.2, "USD billion", "actual"),
            ("Model APIs", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2024, 24.0, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 48.0, "percent", 2023, 2024, 1.0),
            ("share", 35.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 8.4 / 5.2 - 1 = 61.54%; bounds 8.35 / 5.25 - 1 = 59.05% .. 8.45 / 5.15 - 1 = 64.08%; 48 is outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 8.4 / 24.0 = 35.00% -> 35
        ],
    ),
    # 11. an English vertical tab-separated table, rows are years, lone value column headed by its unit only ->
    #     Total; F rows are estimates; two year-on-year rates in the prose beneath; distractor: token prices
    dict(
        text=(
            "Worldwide model-API market, Ferrant Research\n"
            "Year\tUSD billion\n"
            "2022\t1.9\n"
            "2023\t4.6\n"
            "2024\t8.5\n"
            "2025F\t14.2\n"
            "2026F\t21.0\n"
            "Ferrant says 2024's 85% rise will slow to 67% in 2025 as list prices per million output tokens, which "
            "fell from $60 to under $10 over the period, stop falling so fast."
        ),
        obs=[
            ("Total", 2022, 1.9, "USD billion", "actual"),
            ("Total", 2023, 4.6, "USD billion", "actual"),
            ("Total", 2024, 8.5, "USD billion", "actual"),
            ("Total", 2025, 14.2, "USD billion", "estimate"),
            ("Total", 2026, 21.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 85.0, "percent", 2023, 2024, 1.0),
            ("growth", 67.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.5 / 4.6 - 1 = 84.78% -> 85
            ("cagr|implied", "exact"),  # 14.2 / 8.5 - 1 = 67.06% -> 67
        ],
    ),
    # 12. a dated English feature: a 2024 base and a 2030 range "between $45 billion and $62 billion" (two value
    #     claims, no observation); distractors: "a multi-trillion-dollar opportunity", survey count and answer,
    #     a quarter's venture funding
    dict(
        text=(
            "LONDON, 3 June 2025 — Agents are the new platform pitch, and the numbers attached to them keep growing. "
            "Tallow Street Partners puts the market for AI agent software at $5.1 billion in 2024 and expects it to "
            "land between $45 billion and $62 billion by 2030, depending on how quickly companies give agents real "
            "permissions. Vendors prefer to speak of \"a multi-trillion-dollar opportunity\". In Tallow's survey of "
            "600 chief information officers, 62% said they planned to pilot an agent within twelve months, and "
            "venture funding for agent start-ups reached $3.8 billion in the first quarter alone."
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
        ],
        claims=[
            ("value", 45.0, "USD billion", 2030, 2030, None),
            ("value", 62.0, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 13. a Traditional Chinese (Hong Kong) report: 億港元, 去年 (2024) vs 2023 with 增長59% (rounding), 今年 28億港元
    #     左右 (approximate, estimate); distractors: firm count, 兩成 and 約四成 in words, start-up funding
    dict(
        text=(
            "香港，2025年3月6日——維港數碼研究所最新報告顯示，本地大模型應用市場去年規模達19.8億港元，較2023年的12.4億"
            "港元增長59%；研究所預計今年市場將進一步擴大至28億港元左右。報告估計，全港約有3,200家企業已試用生成式AI"
            "服務，但僅兩成已投入正式營運，金融業約占企業應用支出四成。本地AI初創企業去年合共錄得9.6億港元融資。"
        ),
        obs=[
            ("Total", 2023, 12.4, "HKD 100 million", "actual"),
            ("Total", 2024, 19.8, "HKD 100 million", "actual"),
            ("Total", 2025, 28, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 59.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 19.8 / 12.4 - 1 = 59.68% -> 60, not 59; bounds 19.75 / 12.45 - 1 = 58.63% .. 19.85 / 12.35 - 1 =
            # 60.73% contain 59 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. a Simplified Chinese report: a space-aligned table of model counts and users (no observations) beside a
    #     vertical market-value table headed 亿元 only (Total); 2025E estimate; 同比增长168.6% in the prose
    dict(
        text=(
            "表5 大模型备案与用户情况\n"
            "年份    备案大模型数量（个）    生成式AI用户规模（亿人）\n"
            "2023    64                      1.1\n"
            "2024    302                     2.5\n"
            "\n"
            "表6 中国智能体市场规模\n"
            "年份     亿元\n"
            "2023     8.6\n"
            "2024     23.1\n"
            "2025E    61.5\n"
            "2024年智能体市场同比增长168.6%，用户规模的增长则主要来自C端应用。"
        ),
        obs=[
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 23.1, "CNY 100 million", "actual"),
            ("Total", 2025, 61.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 168.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.1 / 8.6 - 1 = 168.60% -> 168.6
        ],
    ),
    # 15. a UK government plan in English: GBP billion, "growth averaging 23% a year between 2024 and 2030"
    #     (stated span); distractors: a £180 million programme budget, a training headcount, percentage points,
    #     an adoption rate, "one in five"
    dict(
        text=(
            "The Office for Digital Enterprise's AI Adoption Plan, published in March 2025, estimates that the UK "
            "market for AI-as-a-service (models, hosting and managed AI tooling bought on subscription) was worth "
            "£2.3 billion in 2024 and could reach £7.9 billion by 2030, growth averaging 23% a year between 2024 and "
            "2030. The plan earmarks £180 million for compute vouchers and aims to train 100,000 civil servants in "
            "AI tools by 2027. Adoption among small firms rose 9 percentage points last year to 27%, the plan notes, "
            "though only one in five reports measurable savings."
        ),
        obs=[
            ("Total", 2024, 2.3, "GBP billion", "actual"),
            ("Total", 2030, 7.9, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 2.3) ** (1/6) - 1 = 22.83% -> 23
        ],
    ),
    # 16. a dated English (Brussels) story in EUR: "rose 44% last year", "a further 39% increase ... this year";
    #     a rival publisher's figure for the same year (nowhere); distractors: vendor count, a company's
    #     first-quarter revenue and headcount
    dict(
        text=(
            "BRUSSELS, 20 May 2025 — European spending on enterprise AI platforms rose 44% last year to €5.6 "
            "billion, from €3.9 billion in 2023, according to Lumenfeld Analytics, which expects a further 39% "
            "increase to €7.8 billion this year. A rival count from Okapi Data puts last year's figure at €6.1 "
            "billion because it includes in-house model training. Lumenfeld tracks 212 platform vendors across the "
            "bloc; the largest, Rhenwerk AI, reported first-quarter revenue of €96 million and employs 1,450 people."
        ),
        obs=[
            ("Total", 2023, 3.9, "EUR billion", "actual"),
            ("Total", 2024, 5.6, "EUR billion", "actual"),
            ("Total", 2025, 7.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 44.0, "percent", 2023, 2024, 1.0),
            ("growth", 39.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.6 / 3.9 - 1 = 43.59% -> 44
            ("cagr|implied", "exact"),  # 7.8 / 5.6 - 1 = 39.29% -> 39
        ],
    ),
    # 17. an English space-aligned table: segments x (2024, 2029F) with a Total row and a "CAGR 2024-29" column
    #     (stated span, one cagr per row, all exact); distractors: report month, vendor count
    dict(
        text=(
            "Asia-Pacific (ex-China) AI software market by segment, USD billion\n"
            "Segment          2024   2029F   CAGR 2024-29\n"
            "Model APIs        6.2    29.8      36.9%\n"
            "AI agents         1.4    14.5      59.6%\n"
            "Coding tools      2.1     7.9      30.3%\n"
            "Total             9.7    52.2      40.0%\n"
            "Source: Meridale Partners, May 2025. Meridale counts 1,350 active model vendors in the region."
        ),
        obs=[
            ("Model APIs", 2024, 6.2, "USD billion", "actual"),
            ("Model APIs", 2029, 29.8, "USD billion", "estimate"),
            ("AI agents", 2024, 1.4, "USD billion", "actual"),
            ("AI agents", 2029, 14.5, "USD billion", "estimate"),
            ("Coding tools", 2024, 2.1, "USD billion", "actual"),
            ("Coding tools", 2029, 7.9, "USD billion", "estimate"),
            ("Total", 2024, 9.7, "USD billion", "actual"),
            ("Total", 2029, 52.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 36.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 59.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 30.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 40.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Model APIs: (29.8 / 6.2) ** 0.2 - 1 = 36.89% -> 36.9
            ("cagr|implied", "exact"),  # AI agents: (14.5 / 1.4) ** 0.2 - 1 = 59.61% -> 59.6
            ("cagr|implied", "exact"),  # Coding tools: (7.9 / 2.1) ** 0.2 - 1 = 30.34% -> 30.3
            ("cagr|implied", "exact"),  # Total: (52.2 / 9.7) ** 0.2 - 1 = 40.02% -> 40.0
            ("hierarchy", "exact"),  # 2024: 6.2 + 1.4 + 2.1 = 9.7 = printed 9.7
            ("hierarchy", "exact"),  # 2029F: 29.8 + 14.5 + 7.9 = 52.2 = printed 52.2
        ],
    ),
    # 18. a Simplified Chinese white paper on AI coding tools: a stated 2022—2025 CAGR "约为52%" reached only
    #     within rounding; distractors: registered users, a vendor's revenue and valuation, 千亿级, title year
    dict(
        text=(
            "《2025中国AI编程工具发展白皮书》由澄川研究院发布。白皮书测算，2022年中国AI编程工具市场规模为18亿元，"
            "2025年预计达到65亿元，2022—2025年年均复合增长率约为52%。白皮书同时指出，国内AI编程助手的注册用户已突破"
            "3000万，头部厂商码灵科技2024年营收4.6亿元、估值超过80亿元。业内普遍认为，AI编程是一个千亿级的市场机会。"
        ),
        obs=[
            ("Total", 2022, 18, "CNY 100 million", "actual"),
            ("Total", 2025, 65, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 52.0, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            # (65 / 18) ** (1/3) - 1 = 53.42% -> 53, not 52; bounds (64.5 / 18.5) ** (1/3) - 1 = 51.63% ..
            # (65.5 / 17.5) ** (1/3) - 1 = 55.26% contain 52 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 19. a dated English (Hong Kong) story: HK$ million base, HK$ billion forecast converted to the series' HKD
    #     million; "a compound rate ... 41% a year" with no printed span (inferred) that its amounts contradict;
    #     distractors: firm count, parameter counts, "a multibillion-dollar opportunity"
    dict(
        text=(
            "HONG KONG, 8 October 2025 — The city's market for enterprise generative-AI services is growing fast, "
            "according to the Harbourline Technology Council, rising from HK$486 million in 2023 to an expected "
            "HK$1.12 billion this year, a compound rate the council puts at 41% a year. The council counted 320 "
            "local firms selling AI services and said the typical customer now runs models of 7 to 70 billion "
            "parameters rather than the largest frontier systems. Its chair, Vivian Tso, called generative AI "
            "\"a multibillion-dollar opportunity for Hong Kong\" over the coming decade."
        ),
        obs=[
            ("Total", 2023, 486, "HKD million", "actual"),
            ("Total", 2025, 1120, "HKD million", "estimate"),  # HK$1.12 billion in the series' HKD million
        ],
        claims=[
            ("cagr", 41.0, "percent", 2023, 2025, None, "inferred"),
        ],
        verdicts=[
            # (1120 / 486) ** (1/2) - 1 = 51.81%; bounds (1115 / 486.5) ** 0.5 - 1 = 51.39% ..
            # (1125 / 485.5) ** 0.5 - 1 = 52.22%; 41 is outside -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 20. a Traditional Chinese tab-separated table (新台幣億元) with a 合計 row: the 2023 total does not add up
    #     (inconsistent), 2024 and 2025(預估) add exactly; a 2025 growth rate in the note; distractors: table
    #     number, member count
    dict(
        text=(
            "表3　臺灣AI軟體市場規模（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "AI平台\t48.2\t71.5\t103.6\n"
            "AI應用\t55.7\t86.9\t128.4\n"
            "導入服務\t20.3\t26.8\t33.1\n"
            "合計\t126.2\t185.2\t265.1\n"
            "資料來源：台灣智慧軟體產業聯盟。聯盟預估2025年整體市場成長43.1%；受訪會員廠商共418家。"
        ),
        obs=[
            ("AI平台", 2023, 48.2, "TWD 100 million", "actual"),
            ("AI平台", 2024, 71.5, "TWD 100 million", "actual"),
            ("AI平台", 2025, 103.6, "TWD 100 million", "estimate"),
            ("AI應用", 2023, 55.7, "TWD 100 million", "actual"),
            ("AI應用", 2024, 86.9, "TWD 100 million", "actual"),
            ("AI應用", 2025, 128.4, "TWD 100 million", "estimate"),
            ("導入服務", 2023, 20.3, "TWD 100 million", "actual"),
            ("導入服務", 2024, 26.8, "TWD 100 million", "actual"),
            ("導入服務", 2025, 33.1, "TWD 100 million", "estimate"),
            ("合計", 2023, 126.2, "TWD 100 million", "actual"),
            ("合計", 2024, 185.2, "TWD 100 million", "actual"),
            ("合計", 2025, 265.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2023: 48.2 + 55.7 + 20.3 = 124.2 vs printed 126.2; parts at +/-0.05 give 124.05 .. 124.35, total
            # 126.15 .. 126.25 -> no overlap -> inconsistent
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 71.5 + 86.9 + 26.8 = 185.2 = printed 185.2
            ("hierarchy", "exact"),  # 2025: 103.6 + 128.4 + 33.1 = 265.1 = printed 265.1
            ("cagr|implied", "exact"),  # 265.1 / 185.2 - 1 = 43.14% -> 43.1
        ],
    ),
    # 21. English prose, a sell-side software note dated May 2025: "$38.6 billion ... in 2024, a 52% jump from
    #    $25.4 billion in 2023", a 2029 forecast with a printed 2024-2029 CAGR; distractors: "multi-trillion-dollar
    #    opportunity", a company's ARR, a price target and its upside
    dict(
        text=(
            "Kestrel Ridge Securities | Software sector note | 12 May 2025\n"
            "Generative-AI software crossed a threshold last year. By our count, enterprises and consumers worldwide "
            "spent $38.6 billion on generative-AI applications, copilots and model access in 2024, a 52% jump from "
            "$25.4 billion in 2023. We now model the market reaching $142 billion in 2029, a 2024-2029 CAGR of 29.8%. "
            "Management teams keep calling it a multi-trillion-dollar opportunity; we would settle for the numbers "
            "above. Our top pick, Veradyne, exited its fiscal year with $1.2 billion in annualised recurring revenue, "
            "and we lift our price target to $212, implying 18% upside."
        ),
        obs=[
            ("Total", 2024, 38.6, "USD billion", "actual"),
            ("Total", 2023, 25.4, "USD billion", "actual"),
            ("Total", 2029, 142, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),  # "a 52% jump"
            ("cagr", 29.8, "percent", 2024, 2029, None, "stated"),  # "a 2024-2029 CAGR of 29.8%"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 25.4 - 1 = 51.97% -> 52
            ("cagr|implied", "exact"),  # (142 / 38.6) ** (1/5) - 1 = 29.76% -> 29.8
        ],
    ),
    # 22. English prose, a cloud & SaaS newsletter (issue number, Sept 2025): AI coding assistants "$4.1 billion last
    #    year" and "$6.3 billion this year, up 53%" (a rounding-only rate), a 2030 range "between $22 billion and
    #    $30 billion"; distractors: issue number, survey answer (61%), seat price, paying seats in a quarter
    dict(
        text=(
            "The Stack Ledger — weekly cloud & SaaS newsletter, issue 214, 9 September 2025\n"
            "AI coding assistants are now the fastest-moving line in developer-tool budgets. Spending on them reached "
            "$4.1 billion last year and should come to $6.3 billion this year, up 53%, according to Pellworth "
            "Research. Pellworth's longer view is wide: it puts the category at between $22 billion and $30 billion "
            "by 2030. In its survey, 61% of professional developers said they use an assistant daily, and the "
            "average seat still lists at $19 a month. One vendor, Quillform, told us it passed 300,000 paying seats "
            "in the second quarter."
        ),
        obs=[
            ("Total", 2024, 4.1, "USD billion", "actual"),  # "last year" in a 2025 dateline
            ("Total", 2025, 6.3, "USD billion", "estimate"),  # "this year": not over
        ],
        claims=[
            ("growth", 53.0, "percent", 2024, 2025, 1.0),  # "up 53%"
            ("value", 22, "USD billion", 2030, 2030, None),  # range, low end
            ("value", 30, "USD billion", 2030, 2030, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 6.3 / 4.1 - 1 = 53.66% -> 54, not 53; bounds 6.25/4.15 - 1 = 50.60%
            #                               to 6.35/4.05 - 1 = 56.79%, which holds 53 -> rounding
        ],
    ),
    # 23. English prose, an earnings-call excerpt (July 2025): the company's TAM for enterprise AI agents is the
    #    market, "this year's ... $47 billion" (estimate) to "$210 billion in 2030", "compounding at roughly 35% a
    #    year" with no printed span (inferred CAGR); distractors: quarter revenue, headcount, basis points, run rate
    dict(
        text=(
            "Corvanta Systems — second-quarter 2025 earnings call, 30 July 2025 (edited excerpt)\n"
            "CFO Marisol Achterberg: Revenue for the quarter was $612 million, up 27%, and we added roughly 1,100 "
            "employees, mostly in go-to-market. Operating margin improved by 240 basis points.\n"
            "CEO Dariusz Wendt: Let me frame the opportunity. We size this year's total addressable market for "
            "enterprise AI agents at $47 billion, and we see it reaching $210 billion in 2030, compounding at roughly "
            "35% a year. Our own agent platform is on a $480 million run rate, so we have barely scratched the "
            "surface."
        ),
        obs=[
            ("Total", 2025, 47, "USD billion", "estimate"),  # "this year's" TAM, year not over
            ("Total", 2030, 210, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 35.0, "percent", 2025, 2030, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (210 / 47) ** (1/5) - 1 = 34.90% -> 35
        ],
    ),
    # 24. English prose, a Japanese IT research firm's release (June 2025) in yen: ¥178.3 billion in fiscal 2024,
    #    "up 58.6% from ¥112.4 billion", "¥1.02 trillion in fiscal 2030" (converted to the series' JPY billion),
    #    a stated fiscal 2024-2030 CAGR of 37.5% that its own figures contradict; distractors: survey count,
    #    survey answer, points
    dict(
        text=(
            "TOKYO, 18 June 2025 — Domestic spending on generative AI kept surging in fiscal 2024, according to "
            "Yatsuhashi IT Research. The firm estimates Japan's generative-AI market (software, model services and "
            "related integration) at ¥178.3 billion in fiscal 2024, up 58.6% from ¥112.4 billion a year earlier, and "
            "forecasts it will reach ¥1.02 trillion in fiscal 2030, a compound annual growth rate of 37.5% over "
            "fiscal 2024-2030. Yatsuhashi surveyed 1,340 companies; 38% said they had deployed generative AI in at "
            "least one business process, up 11 points from a year ago."
        ),
        obs=[
            ("Total", 2024, 178.3, "JPY billion", "actual"),
            ("Total", 2023, 112.4, "JPY billion", "actual"),
            ("Total", 2030, 1020, "JPY billion", "estimate"),  # ¥1.02 trillion in the series' JPY billion
        ],
        claims=[
            ("growth", 58.6, "percent", 2023, 2024, 1.0),
            ("cagr", 37.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 178.3 / 112.4 - 1 = 58.63% -> 58.6
            ("cagr|implied", "inconsistent"),  # (1020 / 178.3) ** (1/6) - 1 = 33.73%; widest reading
            #   (1025 / 178.25) ** (1/6) - 1 = 33.85%, (1015 / 178.35) ** (1/6) - 1 = 33.62% -> 37.5 unreachable
        ],
    ),
    # 25. English prose, a government briefing note (Jan 2025): AI-as-a-service "£2.9 billion ... last year", "of
    #    which model APIs accounted for £1.1 billion, or 37%" (share exact only within rounding); a second
    #    publisher's £3.4 billion for the same year is expected nowhere; percentage points, count of firms
    dict(
        text=(
            "Departmental briefing note, London, 27 January 2025: AI as a service.\n"
            "UK organisations spent an estimated £2.9 billion on AI-as-a-service last year (hosted models, model "
            "APIs and managed machine-learning platforms), of which model APIs accounted for £1.1 billion, or 37%. "
            "The API segment's share has risen by 6 percentage points in two years as developers moved from pilots "
            "to production. A separate estimate by the consultancy Marlow & Finch put the 2024 market at £3.4 "
            "billion, using a wider definition that takes in integration work. Around 4,200 firms are now listed as "
            "AI suppliers on the public-sector marketplace."
        ),
        obs=[
            ("Total", 2024, 2.9, "GBP billion", "actual"),  # "last year" in a 2025 dateline
            ("Model APIs", 2024, 1.1, "GBP billion", "actual"),
        ],
        claims=[
            ("share", 37.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 1.1 / 2.9 = 37.93% -> 38, not 37; bounds 1.05/2.95 = 35.59% to
            #                             1.15/2.85 = 40.35%, which holds 37 -> rounding
        ],
    ),
    # 26. Simplified Chinese prose, a research institute's yearbook (title year is boilerplate): 2024年294.2亿元，
    #    "较2023年的147.1亿元增长100%", "到2028年…将突破1000亿元" (approximate, at printed figure), stated
    #    2024—2028 CAGR; distractors: 备案 count, 日均Token调用量， price per million tokens
    dict(
        text=(
            "《2025中国大模型产业年鉴》由北京澜舟智研院编制，于2025年3月发布。年鉴显示，2024年中国大模型市场规模为"
            "294.2亿元，较2023年的147.1亿元增长100%。年鉴预计，到2028年市场规模将突破1000亿元，2024—2028年年均复合"
            "增长率约35.8%。截至2024年底，全国已有188款生成式人工智能服务完成备案，头部平台日均Token调用量超过10万亿；"
            "主流模型的API价格已降至每百万Token 0.8元。"
        ),
        obs=[
            ("Total", 2024, 294.2, "CNY 100 million", "actual"),
            ("Total", 2023, 147.1, "CNY 100 million", "actual"),
            ("Total", 2028, 1000, "CNY 100 million", "estimate"),  # 突破1000亿元 at its printed figure
        ],
        claims=[
            ("growth", 100.0, "percent", 2023, 2024, 1.0),
            ("cagr", 35.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 294.2 / 147.1 - 1 = 100.00% -> 100
            ("cagr|implied", "exact"),  # (1000 / 294.2) ** (1/4) - 1 = 35.78% -> 35.8
        ],
    ),
    # 27. Simplified Chinese prose, a consultancy note (July 2025): 大模型服务市场 420亿元 this year (estimate),
    #    "其中智能体为78亿元，占比18.6%", 智能体 "去年…28亿元" and "今年有望增长1.8倍" (two amounts printed ->
    #    x2.8); distractors: survey of 600 firms with 43%, 千亿级赛道， developer count
    dict(
        text=(
            "【智能体观察】2025年7月 深圳极衡咨询最新测算显示，2025年中国大模型服务市场规模预计达到420亿元，其中智能体"
            "为78亿元，占比18.6%。智能体去年的规模仅为28亿元，今年有望增长1.8倍。在极衡调查的600家企业中，有43%表示计划"
            "在未来一年内部署智能体，业内普遍将其视为千亿级赛道。目前国内智能体开发者已超过120万人。"
        ),
        obs=[
            ("Total", 2025, 420, "CNY 100 million", "estimate"),
            ("智能体", 2025, 78, "CNY 100 million", "estimate"),
            ("智能体", 2024, 28, "CNY 100 million", "actual"),  # 去年 in a 2025 dateline
        ],
        claims=[
            ("share", 18.6, "percent", 2025, 2025, None),
            ("multiple", 2.8, "multiple", 2024, 2025, 1.0),  # 增长1.8倍 between two printed amounts -> x2.8
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 78 / 420 = 18.57% -> 18.6
        ],
    ),
    # 28. Traditional Chinese prose, a Taiwanese software association's annual report (April 2025), 新台幣億元:
    #    2024年185億元， 預估2025年262億元， 年增41.6%; distractors: count of firms, survey answer, a company's
    #    half-year revenue
    dict(
        text=(
            "台北，2025年4月——台灣數位軟體協進會今日發布年度報告指出，2024年台灣生成式AI應用市場規模為新台幣185億元，"
            "預估2025年將達262億元，年增41.6%。協會指出，國內已有逾3,800家企業導入生成式AI工具，受訪企業中有46%表示今年"
            "將增加相關預算。另外，本土業者鼎昕數位上半年營收為新台幣9.4億元，年增七成。"
        ),
        obs=[
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2025, 262, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 262 / 185 - 1 = 41.62% -> 41.6
        ],
    ),
    # 29. Traditional Chinese prose, a Hong Kong news item (May 2025) in 億港元: 2024年48.6億港元, "較2023年的36.2億
    #    港元增長34%", 今年約63億港元 (estimate, approximate); distractors: a start-up's US$ funding round and
    #    valuation, job vacancies
    dict(
        text=(
            "【本報訊】2025年5月22日 香港——本地研究機構嘉思研究發表報告指出，香港企業AI平台市場規模於2024年達48.6億港元，"
            "較2023年的36.2億港元增長34%。報告預測，今年市場規模將增至約63億港元。報告亦提到，本港一家AI初創公司上月完成"
            "2億美元B輪融資，估值逾15億美元；全港AI相關職位空缺約有4,300個。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 36.2, "HKD 100 million", "actual"),
            ("Total", 2025, 63, "HKD 100 million", "estimate"),  # 今年， 約63 at its printed figure
        ],
        claims=[
            ("growth", 34.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 36.2 - 1 = 34.25% -> 34
        ],
    ),
    # 30. Traditional Chinese prose, a Taiwanese tech-news item (Nov 2024): 大模型應用市場 2023年新台幣96億元，
    #     2026年上看310億元， a stated 2023至2026年 CAGR of 52% the figures contradict; distractors: count of models,
    #     parameter count in 億， a quarter's API spending
    dict(
        text=(
            "【科技新報】2024年11月 資訊顧問公司觀瀾產業研究估計，台灣大模型應用市場規模在2023年為新台幣96億元，2026年"
            "上看310億元，2023至2026年年複合成長率達52%。觀瀾並指出，國內已有27個本土大模型完成發布，最大參數量達700億；"
            "今年第三季企業端API調用支出約新台幣18億元。"
        ),
        obs=[
            ("Total", 2023, 96, "TWD 100 million", "actual"),
            ("Total", 2026, 310, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 52.0, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (310 / 96) ** (1/3) - 1 = 47.81%; widest reading
            #   (310.5 / 95.5) ** (1/3) - 1 = 48.14% -> 52 unreachable
        ],
    ),
    # 31. Simplified Chinese prose, a city's action plan quoting a national estimate (Feb 2025): 2024年6850亿元 and
    #     "到2030年将达到2.1万亿元" (series opened in 亿元 -> 21000), stated 2024—2030 CAGR; distractors: the plan
    #     title's years, count of benchmark firms, EFLOPS of computing power
    dict(
        text=(
            "江州市近日印发《大模型赋能千行百业行动计划（2025—2030年）》（2025年2月）。计划援引的测算显示，2024年全国人工"
            "智能软件与服务市场规模为6850亿元，预计到2030年将达到2.1万亿元，2024—2030年年均复合增长率约20.5%。计划提出，"
            "到2027年培育100家以上大模型应用标杆企业，全市智能算力规模超过20EFLOPS。"
        ),
        obs=[
            ("Total", 2024, 6850, "CNY 100 million", "actual"),
            ("Total", 2030, 21000, "CNY 100 million", "estimate"),  # 2.1万亿元 in the series' 亿元
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21000 / 6850) ** (1/6) - 1 = 20.53% -> 20.5
        ],
    ),
    # 32. Simplified Chinese prose, a data firm's tracker (Jan 2025) on AI coding tools: 2024年12.8亿元 "较2023年的
    #     6.5亿元增长95%" (rounding only), 2025年21亿元左右 (estimate, approximate); distractors: a fourth quarter's
    #     figure, paying accounts, percentage points of penetration
    dict(
        text=(
            "2025年1月，上海弈衡数据发布《AI编程工具市场追踪》。报告显示，2024年中国AI代码生成工具市场规模为12.8亿元，较"
            "2023年的6.5亿元增长95%；其中第四季度单季规模约4.1亿元。国内付费开发者账户已突破80万个，企业渗透率较上年提升"
            "12个百分点。报告预计2025年市场规模将达到21亿元左右。"
        ),
        obs=[
            ("Total", 2024, 12.8, "CNY 100 million", "actual"),
            ("Total", 2023, 6.5, "CNY 100 million", "actual"),
            ("Total", 2025, 21, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 95.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 12.8 / 6.5 - 1 = 96.92% -> 97, not 95; bounds 12.75/6.55 - 1 = 94.66%
            #                               to 12.85/6.45 - 1 = 99.22%, which holds 95 -> rounding
        ],
    ),
    # 33. Simplified Chinese prose, a financial news item (June 2025) on MaaS: 2024年71亿元， "其中API调用服务约为
    #     28.4亿元，占比40%", a 2027 range "在300亿元至350亿元之间"; distractors: a price cut of over 90%, a cloud
    #     vendor's annualised revenue
    dict(
        text=(
            "界面财经 2025年6月18日 — 市场研究机构星衍咨询的数据显示，2024年中国MaaS（模型即服务）市场规模为71亿元，其中"
            "API调用服务约为28.4亿元，占比40%。受价格战影响，主流大模型API价格在过去一年下降超过90%，但调用量迅速放大。"
            "星衍预计，2027年MaaS市场规模将在300亿元至350亿元之间。某头部云厂商透露，其大模型业务年化收入已超过50亿元。"
        ),
        obs=[
            ("Total", 2024, 71, "CNY 100 million", "actual"),
            ("API调用服务", 2024, 28.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 40.0, "percent", 2024, 2024, None),
            ("value", 300, "CNY 100 million", 2027, 2027, None),
            ("value", 350, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 28.4 / 71 = 40.00% -> 40
        ],
    ),
    # 34. Traditional Chinese prose, a Tokyo dispatch (Aug 2025) on a Japanese firm's figures in 億円/兆円: 2024年度
    #     1,280億円, 2030年度 1兆5,600億円 (-> 15600 in the series' 億円), "換算年平均成長率約51.7%" with no printed
    #     span (inferred); distractors: 約占三成 (a fraction in words, a penetration), cumulative funding in 億円
    dict(
        text=(
            "【東京訊】2025年8月 日本IT調查公司青嶺總研發表報告指出，日本生成式AI市場2024年度規模為1,280億円，預估2030年度"
            "將擴大至1兆5,600億円，換算年平均成長率約51.7%。報告指出，日本企業中已導入生成式AI者約占三成；另外，國內大型"
            "語言模型開發商的累計融資額已超過2,000億円。"
        ),
        obs=[
            ("Total", 2024, 1280, "JPY 100 million", "actual"),
            ("Total", 2030, 15600, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 51.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15600 / 1280) ** (1/6) - 1 = 51.70% -> 51.7
        ],
    ),
    # 35. English pipe table (March 2025), segments by year with a Total row and a 2025E column: hierarchy exact in
    #     2023 and 2025E, rounding in 2024; distractors: survey count, percentage points
    dict(
        text=(
            "Halvorsen Analytics — worldwide enterprise generative-AI software by segment, USD billion (published "
            "14 March 2025)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Platforms | 12.4 | 17.9 | 24.6 |\n"
            "| Applications | 18.7 | 27.3 | 39.8 |\n"
            "| Services | 6.3 | 8.1 | 10.9 |\n"
            "| Total | 37.4 | 53.4 | 75.3 |\n"
            "\n"
            "Based on a survey of 412 IT buyers; excludes hardware. Applications gained 1.5 percentage points of "
            "share in 2024."
        ),
        obs=[
            ("Platforms", 2023, 12.4, "USD billion", "actual"),
            ("Platforms", 2024, 17.9, "USD billion", "actual"),
            ("Platforms", 2025, 24.6, "USD billion", "estimate"),
            ("Applications", 2023, 18.7, "USD billion", "actual"),
            ("Applications", 2024, 27.3, "USD billion", "actual"),
            ("Applications", 2025, 39.8, "USD billion", "estimate"),
            ("Services", 2023, 6.3, "USD billion", "actual"),
            ("Services", 2024, 8.1, "USD billion", "actual"),
            ("Services", 2025, 10.9, "USD billion", "estimate"),
            ("Total", 2023, 37.4, "USD billion", "actual"),
            ("Total", 2024, 53.4, "USD billion", "actual"),
            ("Total", 2025, 75.3, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 18.7 + 6.3 = 37.4 = 37.4
            ("hierarchy", "rounding"),  # 2024: 17.9 + 27.3 + 8.1 = 53.3, printed 53.4; parts each +/-0.05 give
            #                            53.15 to 53.45, which holds 53.4 -> rounding
            ("hierarchy", "exact"),  # 2025E: 24.6 + 39.8 + 10.9 = 75.3 = 75.3
        ],
    ),
    # 36. Simplified Chinese pipe tables (May 2025): a table of 备案 counts and users beside a vertical market-value
    #     table whose lone value column is headed by its unit (亿元 -> Total), with a 同比增长 column and a 2025E row;
    #     table numbers, counts and users expected nowhere
    dict(
        text=(
            "表3 生成式人工智能服务备案与用户情况\n"
            "| 年份 | 完成备案的服务（款） | 注册用户（亿人） |\n"
            "|---|---|---|\n"
            "| 2023 | 46 | 1.2 |\n"
            "| 2024 | 188 | 3.9 |\n"
            "\n"
            "表4 中国大模型市场规模\n"
            "| 年份 | 亿元 | 同比增长 |\n"
            "|---|---|---|\n"
            "| 2023 | 142.3 | — |\n"
            "| 2024 | 263.5 | 85.2% |\n"
            "| 2025E | 455.0 | 72.7% |\n"
            "资料来源：杭州启明星研究院，2025年5月。"
        ),
        obs=[
            ("Total", 2023, 142.3, "CNY 100 million", "actual"),
            ("Total", 2024, 263.5, "CNY 100 million", "actual"),
            ("Total", 2025, 455.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 85.2, "percent", 2023, 2024, 1.0),
            ("growth", 72.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 263.5 / 142.3 - 1 = 85.17% -> 85.2
            ("cagr|implied", "exact"),  # 455.0 / 263.5 - 1 = 72.68% -> 72.7
        ],
    ),
    # 37. English tab-separated table (Oct 2025): AI-as-a-service by region with 2025F/2030F columns, a Total row and
    #     a "CAGR 2024-30" column (stated CAGRs; Europe's 26.6% only within rounding); distractor: a price per
    #     million tokens
    dict(
        text=(
            "Brightwater Cloud Monitor, October 2025: AI-as-a-service revenue by region (USD billion)\n"
            "Region\t2024\t2025F\t2030F\tCAGR 2024-30\n"
            "North America\t21.6\t29.8\t88.0\t26.4%\n"
            "Europe\t8.9\t12.1\t36.5\t26.6%\n"
            "Asia-Pacific\t7.4\t10.6\t41.2\t33.1%\n"
            "Total\t37.9\t52.5\t165.7\t27.9%\n"
            "List prices for frontier-model output averaged $10 per million tokens in September."
        ),
        obs=[
            ("North America", 2024, 21.6, "USD billion", "actual"),
            ("North America", 2025, 29.8, "USD billion", "estimate"),
            ("North America", 2030, 88.0, "USD billion", "estimate"),
            ("Europe", 2024, 8.9, "USD billion", "actual"),
            ("Europe", 2025, 12.1, "USD billion", "estimate"),
            ("Europe", 2030, 36.5, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 7.4, "USD billion", "actual"),
            ("Asia-Pacific", 2025, 10.6, "USD billion", "estimate"),
            ("Asia-Pacific", 2030, 41.2, "USD billion", "estimate"),
            ("Total", 2024, 37.9, "USD billion", "actual"),
            ("Total", 2025, 52.5, "USD billion", "estimate"),
            ("Total", 2030, 165.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.4, "percent", 2024, 2030, None, "stated"),  # North America
            ("cagr", 26.6, "percent", 2024, 2030, None, "stated"),  # Europe
            ("cagr", 33.1, "percent", 2024, 2030, None, "stated"),  # Asia-Pacific
            ("cagr", 27.9, "percent", 2024, 2030, None, "stated"),  # Total
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88.0 / 21.6) ** (1/6) - 1 = 26.38% -> 26.4
            ("cagr|implied", "rounding"),  # (36.5 / 8.9) ** (1/6) - 1 = 26.52% -> 26.5, not 26.6; bounds
            #   (36.45/8.95) -> 26.37% to (36.55/8.85) -> 26.67%, which holds 26.6 -> rounding
            ("cagr|implied", "exact"),  # (41.2 / 7.4) ** (1/6) - 1 = 33.13% -> 33.1
            ("cagr|implied", "exact"),  # (165.7 / 37.9) ** (1/6) - 1 = 27.87% -> 27.9
            ("hierarchy", "exact"),  # 2024: 21.6 + 8.9 + 7.4 = 37.9
            ("hierarchy", "exact"),  # 2025F: 29.8 + 12.1 + 10.6 = 52.5
            ("hierarchy", "exact"),  # 2030F: 88.0 + 36.5 + 41.2 = 165.7
        ],
    ),
    # 38. Simplified Chinese space-aligned table (April 2025): 2024 大模型服务市场结构 with a 规模 and a 占比 column and
    #     a 合计 row (its 100.0% is no claim): four shares (model API, agents, ...) with arithmetic verdicts and a
    #     hierarchy; distractor: 日均Token调用量 in the note
    dict(
        text=(
            "2024年中国大模型服务市场结构（单位：亿元）\n"
            "细分领域            规模       占比\n"
            "模型API             118.6      31.9%\n"
            "智能体              52.3       14.1%\n"
            "行业解决方案        164.8      44.3%\n"
            "训练与微调服务      36.1       9.7%\n"
            "合计                371.8      100.0%\n"
            "数据来源：南屿智库，2025年4月。注：占比为各细分领域占合计的比重；同期头部平台日均Token调用量约为30万亿。"
        ),
        obs=[
            ("模型API", 2024, 118.6, "CNY 100 million", "actual"),
            ("智能体", 2024, 52.3, "CNY 100 million", "actual"),
            ("行业解决方案", 2024, 164.8, "CNY 100 million", "actual"),
            ("训练与微调服务", 2024, 36.1, "CNY 100 million", "actual"),
            ("合计", 2024, 371.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31.9, "percent", 2024, 2024, None),  # 模型API
            ("share", 14.1, "percent", 2024, 2024, None),  # 智能体
            ("share", 44.3, "percent", 2024, 2024, None),  # 行业解决方案
            ("share", 9.7, "percent", 2024, 2024, None),  # 训练与微调服务
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118.6 / 371.8 = 31.90% -> 31.9
            ("arithmetic", "exact"),  # 52.3 / 371.8 = 14.07% -> 14.1
            ("arithmetic", "exact"),  # 164.8 / 371.8 = 44.32% -> 44.3
            ("arithmetic", "exact"),  # 36.1 / 371.8 = 9.71% -> 9.7
            ("hierarchy", "exact"),  # 118.6 + 52.3 + 164.8 + 36.1 = 371.8
        ],
    ),
    # 39. Traditional Chinese pipe table (March 2025), 新台幣億元 by category and year with a 合計 row, a 2025年(預估)
    #     column and a 年增率 row; hierarchy per year and two year-on-year rates on the total
    dict(
        text=(
            "表2 台灣AI軟體與服務市場規模（單位：新台幣億元）\n"
            "| 類別 | 2023年 | 2024年 | 2025年（預估） |\n"
            "|---|---|---|---|\n"
            "| AI平台軟體 | 142 | 186 | 241 |\n"
            "| AI應用軟體 | 205 | 281 | 377 |\n"
            "| 導入與顧問服務 | 98 | 121 | 150 |\n"
            "| 合計 | 445 | 588 | 768 |\n"
            "| 年增率 | — | 32.1% | 30.6% |\n"
            "資料來源：台灣數位軟體協進會，2025年3月。"
        ),
        obs=[
            ("AI平台軟體", 2023, 142, "TWD 100 million", "actual"),
            ("AI平台軟體", 2024, 186, "TWD 100 million", "actual"),
            ("AI平台軟體", 2025, 241, "TWD 100 million", "estimate"),
            ("AI應用軟體", 2023, 205, "TWD 100 million", "actual"),
            ("AI應用軟體", 2024, 281, "TWD 100 million", "actual"),
            ("AI應用軟體", 2025, 377, "TWD 100 million", "estimate"),
            ("導入與顧問服務", 2023, 98, "TWD 100 million", "actual"),
            ("導入與顧問服務", 2024, 121, "TWD 100 million", "actual"),
            ("導入與顧問服務", 2025, 150, "TWD 100 million", "estimate"),
            ("合計", 2023, 445, "TWD 100 million", "actual"),
            ("合計", 2024, 588, "TWD 100 million", "actual"),
            ("合計", 2025, 768, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
            ("growth", 30.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 588 / 445 - 1 = 32.13% -> 32.1
            ("cagr|implied", "exact"),  # 768 / 588 - 1 = 30.61% -> 30.6
            ("hierarchy", "exact"),  # 2023: 142 + 205 + 98 = 445
            ("hierarchy", "exact"),  # 2024: 186 + 281 + 121 = 588
            ("hierarchy", "exact"),  # 2025: 241 + 377 + 150 = 768
        ],
    ),
    # 40. English space-aligned vertical table (July 2025): fiscal years as rows, a lone column headed "¥ billion"
    #     (-> Total, JPY billion), FY2025F/FY2028F estimates; prose gives FY2024's year-on-year rate and a stated
    #     FY2024-FY2028 CAGR; distractors: model counts, parameter counts, a price per million tokens
    dict(
        text=(
            "Japan: domestic market for AI model services (Nishikaze Research, July 2025)\n"
            "\n"
            "Fiscal year    ¥ billion\n"
            "FY2022              41.8\n"
            "FY2023              68.5\n"
            "FY2024             109.7\n"
            "FY2025F            158.0\n"
            "FY2028F            353.0\n"
            "\n"
            "Spending rose 60.1% in FY2024, and Nishikaze puts the FY2024-FY2028 CAGR at 33.9%. The firm counted 64 "
            "domestic models with more than 10 billion parameters; typical API list prices fell to ¥150 per million "
            "tokens."
        ),
        obs=[
            ("Total", 2022, 41.8, "JPY billion", "actual"),
            ("Total", 2023, 68.5, "JPY billion", "actual"),
            ("Total", 2024, 109.7, "JPY billion", "actual"),
            ("Total", 2025, 158.0, "JPY billion", "estimate"),
            ("Total", 2028, 353.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 60.1, "percent", 2023, 2024, 1.0),
            ("cagr", 33.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 109.7 / 68.5 - 1 = 60.15% -> 60.1
            ("cagr|implied", "exact"),  # (353.0 / 109.7) ** (1/4) - 1 = 33.93% -> 33.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 10, 'exact': 63}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 2024-2030 CAGR of 31.5%',
    '较2023年的147亿元增长1倍',
    '有望突破1.1万亿元',
    '| Total | 28.3 | 42.5 | 61.8 |',
    'is on track to hit $6.5 billion this year',
    '2024至2027年年複合成長率達30.6%',
    'call it roughly 31% compounded',
    '| 合计 | 147.2 | 294.1 | 486.5 |',
    'reach ¥1.78 trillion in fiscal 2028',
    '占大模型服务市场的16.2%',
    'That is 35% of a $24.0 billion model-services market',
    'Year\tUSD billion',
    'between $45 billion and $62 billion by 2030',
    '擴大至28億港元左右',
    '年份     亿元',
    'growth averaging 23% a year between 2024 and 2030',
    'A rival count from Okapi Data',
    'CAGR 2024-29',
    'HK$486 million in 2023 to an expected HK$1.12 billion this year',
    '合計\t126.2\t185.2\t265.1',
    'a 52% jump from',
    'between $22 billion and $30 billion',
    'compounding at roughly 35% a year',
    '¥1.02 trillion in fiscal 2030',
    'of which model APIs accounted for',
    '将突破1000亿元',
    '今年有望增长1.8倍',
    '新台幣185億元',
    '48.6億港元',
    '年複合成長率達52%',
    '将达到2.1万亿元',
    '第四季度单季规模',
    '在300亿元至350亿元之间',
    '1兆5,600億円',
    '| Total | 37.4 | 53.4 | 75.3 |',
    '| 年份 | 亿元 | 同比增长 |',
    'CAGR 2024-30',
    '训练与微调服务',
    '2025年（預估）',
    'Fiscal year    ¥ billion',
)
LAYOUT = (40, 12, 14, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 181
#: figures, 44 rates, 72 verdicts and 3 false inconsistent
#: after the readings chosen on the hundred-and-twelfth and hundred-and-fourteenth sets: 181, 44, 74 and 3
FLOORS = {"figures_found": 182, "rates_found": 45, "verdicts_right": 76}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset115.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
