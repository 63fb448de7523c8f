"""A two-hundred-and-second check set for the extractor, written blind: AI in cosmetics, skincare and beauty retail:
virtual try-on and AR make-up apps, AI skin-analysis and diagnosis tools, AI-driven formulation and ingredient
discovery, personalised skincare recommendation engines, AI in beauty e-commerce and livestream selling, smart beauty
devices; sized in money by cosmetics trade associations, market research houses, brokers, consultancies, brand groups'
capital-markets days and beauty-tech vendors, in France, the United States, the United Kingdom, South Korea, Japan,
Italy, Germany, India, Brazil, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: total
cosmetics or skincare sales beside the AI part, numbers of users, downloads, stores or SKUs, a brand's own revenue or
margin, a funding round and valuation, a quarter's or a shopping festival's takings, a survey's percentages, a product's
retail price, conversion-rate uplifts.

Snippets 1-20: AI in cosmetics and beauty. Eight English prose snippets (a San Francisco wire release, a Tokyo broker
note in fiscal years, a Duesseldorf briefing with segment shares, an article quoting two research houses, a Paris
capital-markets-day transcript sizing a TAM, a Milan association strategy with last-year and this-year figures, a
research note with a correction and a range, a UK blog post with a multiple), seven Chinese prose snippets (a mainland
industry report, a Guangdong plan with 力争 targets and 增长4倍, a wire story quoting two institutes, a Taiwanese white
paper, a Hong Kong story in 億港元, a Taipei story with 去年/今年, a broker deep-dive) and five tables (markdown with a CAGR
column, tab-separated with YoY and share columns, space-aligned fiscal years, a vertical table of years, a Chinese table
with a 合计 row). Left out: total cosmetics sales, users, downloads, stores and firms counted, brands' own revenue,
margins and share targets, funding rounds, price targets, quarterly and festival takings, survey answers, retail prices,
conversion uplifts, a corrected figure and a second house's estimate. Inconsistent: the CAGR in 4, the growth in 11, the
FY2023 total in 18. Rounding only: the CAGR in 2, a share in 3 and 9, the growth in 7, 13 and 14, a YoY in 19, the 2024
total in 20.

Snippets 21-40: invented texts on AI in cosmetics and beauty: eight English prose (an earnings-call answer sizing a TAM,
a Frankfurt working-paper abstract, a numbered social-media thread, a web article with a correction, an annual-report
letter, investor-day slide bullets, a forum answer quoting two research houses, a Seoul broker note in won), seven
Chinese prose (a Xinhua-style release, a Guangzhou municipal plan, a Taipei research release, a Hong Kong association
report, a PTT post, a broker abstract with a 2027 range, a results-briefing transcript; three in Traditional characters)
and five tables (markdown with a CAGR column, tab-separated yen table with YoY, space-aligned euro table with shares, a
vertical table whose rows are years, a Chinese markdown table with a 合计 row and shares). They leave out total cosmetics
sales and exports, downloads, users, stores, a brand's own revenue, margin, dividend and target price, festival takings,
retail prices, survey answers, conversion uplifts, the corrected-away figure, the second research house's figure and
every won amount. Inconsistent: the Guangzhou plan's 35% (amounts give 32.1%), the 19.8% CAGR of personalised
recommendation engines (18.4%) and the 19.3% share of AI肌肤检测 (18.3%). By rounding only: the 31% personalisation share,
the forum's 15.5%, the Hong Kong 31% share, the broker's 38.5%, Japan's 19.8% try-on YoY, the German 16% share and
Italy's 22.1%.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. San Francisco wire release (Business Wire): YoY growth with both amounts, CAGR with printed span; the 2030
    #    figure in billions converted to the series' unit (USD million). Expected nowhere: the dateline, the 9,800
    #    doors, the 41 million downloads, total U.S. cosmetics sales, the 620 executives, the 58% survey answer.
    dict(
        text=(
            "SAN FRANCISCO, April 8, 2025 (BUSINESS WIRE) -- Spending by U.S. beauty brands and retailers on virtual "
            "try-on and AR make-up technology reached $742 million in 2024, up 31% from $566 million in 2023, "
            "according to the Mirrorline Beauty Tech Tracker published today by Halcyon Insight Partners. The "
            "Oakland-based research firm forecasts the market will climb to $2.65 billion by 2030, a compound annual "
            "growth rate of 23.6% over 2024-2030. Try-on features were live at more than 9,800 U.S. beauty doors last "
            "year, and the most popular AR make-up app passed 41 million downloads. U.S. cosmetics retail sales "
            "totaled $61.3 billion in 2024. Halcyon surveyed 620 brand executives, 58% of whom plan to raise try-on "
            "budgets this year."
        ),
        obs=[
            ("Total", 2023, 566, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2030, 2650, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 566) ** (1 / 1) - 1 = 31.10% -> 31
            ("cagr|implied", "exact"),  # (2650 / 742) ** (1 / 6) - 1 = 23.63% -> 23.6
        ],
    ),
    # 2. Tokyo broker industry update in fiscal years (FY2024 -> 2024): YoY with both amounts; a CAGR whose span only
    #    the amounts' years give, printed "about 17%" while the amounts give 16.499%. Expected nowhere: the dateline,
    #    Japan's cosmetics shipments, the covered company's rating, price target, upside, counters, sales, growth and
    #    margin.
    dict(
        text=(
            "JAPAN COSMETICS / Industry update / Tokyo, 9 July 2025\n"
            "Mirror, mirror, on the cloud. We size Japan's market for AI skin-analysis and in-store counselling "
            "systems at \u00a538.4bn in FY2024 (year to March 2025), up 22% from \u00a531.5bn in FY2023, and forecast "
            "\u00a596bn by FY2030e, a CAGR of about 17%. Domestic cosmetics shipments ran to roughly \u00a51.7tn last "
            "year, so the AI layer is still a sliver of the shelf. Our top pick, Hanamori Holdings (Outperform, TP "
            "\u00a54,850, 24% upside), runs skin diagnostics at 3,600 department-store counters and grew FY2024 "
            "beauty-tech sales 35% to \u00a56.1bn at a 14% operating margin."
        ),
        obs=[
            ("Total", 2023, 31.5, "JPY billion", "actual"),
            ("Total", 2024, 38.4, "JPY billion", "actual"),
            ("Total", 2030, 96, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 31.5) ** (1 / 1) - 1 = 21.90% -> 22
            # (96 / 38.4) ** (1 / 6) - 1 = 16.499% -> 16, not 17; bounds (95.5 / 38.45) ** (1/6) - 1 = 16.37%,
            # (96.5 / 38.35) ** (1/6) - 1 = 16.63% -> 17 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Duesseldorf research briefing: a total and three segments with shares, one share holding only by rounding;
    #    an approximate 2028 target ("top"). Expected nowhere: the dateline, the 73 companies interviewed, Germany's
    #    cosmetics and personal-care market, the 14 million monthly app users.
    dict(
        text=(
            "D\u00dcSSELDORF, 17 September 2025 \u2013 German beauty brands, pharmacies and drugstore chains spent "
            "\u20ac193 million on artificial-intelligence tools in 2024, according to a briefing from the Rheinland "
            "Institute for Consumer Technology. Personalised skincare recommendation engines took the biggest slice, "
            "\u20ac62 million or roughly 32%, ahead of virtual try-on and AR make-up at \u20ac48 million (25%). "
            "AI-driven formulation and ingredient screening accounted for \u20ac41 million, some 22% of the total. The "
            "institute, which interviewed 73 companies, expects spending to top \u20ac430 million by 2028. Germany's "
            "cosmetics and personal-care market, by comparison, was worth \u20ac16.1 billion last year, and drugstore "
            "apps logged about 14 million monthly users."
        ),
        obs=[
            ("Total", 2024, 193, "EUR million", "actual"),
            ("Personalised skincare recommendation engines", 2024, 62, "EUR million", "actual"),
            ("Virtual try-on and AR make-up", 2024, 48, "EUR million", "actual"),
            ("AI-driven formulation and ingredient screening", 2024, 41, "EUR million", "actual"),
            ("Total", 2028, 430, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 32, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 62 / 193 = 32.12% -> 32
            ("arithmetic", "exact"),  # 48 / 193 = 24.87% -> 25
            # 41 / 193 = 21.24% -> 21, not 22; bounds 40.5 / 193.5 = 20.93%, 41.5 / 192.5 = 21.56% -> 22 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. London magazine article quoting two research houses: the first house's base, target and stated CAGR (which
    #    its own amounts contradict); the rival house's 2024 figure is expected nowhere. Also nowhere: the byline
    #    date, the 140 vendors, UK cosmetics and toiletries spending, the 2.3x conversion, the funding round and
    #    valuation.
    dict(
        text=(
            "Beauty's algorithm boom: how big is it really? By Hannah Ellery, 4 March 2025\n"
            "Estimates of the UK market for AI-personalised skincare, meaning quizzes, selfie-based skin scoring and "
            "regimen engines sold to brands and retailers, vary widely. Fenwick & Lyle Research, which tracks 140 "
            "vendors, valued it at \u00a3212m in 2024 and expects \u00a3655m by 2030, a compound annual growth rate of "
            "23.4% from 2024 to 2030. Rival house Northgate Analytics puts the 2024 figure at \u00a3260m. Either way it "
            "is a fraction of the \u00a311.8bn Britons spent on cosmetics and toiletries last year. One high-street "
            "chain says shoppers who finish its skin quiz convert at 2.3 times the usual rate, and a London start-up, "
            "Dermify, raised \u00a314m this spring at a \u00a390m valuation."
        ),
        obs=[
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2030, 655, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (655 / 212) ** (1 / 6) - 1 = 20.68% -> 20.7, not 23.4; bounds (654.5 / 212.5) ** (1/6) - 1 = 20.62%,
            # (655.5 / 211.5) ** (1/6) - 1 = 20.75% -> 23.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Paris capital-markets-day transcript: the CDO sizes a TAM (the market, Total) for 2024 and 2030 with a
    #    compounded rate whose span only the amounts' years give. Expected nowhere: the event date, the 27 million
    #    scans, the 31 brands, the company's own beauty-tech revenue and margin, its 10% share ambition, the 71%
    #    survey answer.
    dict(
        text=(
            "Maison Aur\u00e8le Capital Markets Day, Paris, 26 November 2025 - edited transcript\n"
            "CAMILLE ROUSSEL, CHIEF DIGITAL OFFICER: So what is the prize? We size the total addressable market for "
            "AI beauty services, that is skin diagnostics, virtual try-on, personalised regimens and connected "
            "devices, at \u20ac4.8 billion in 2024, and we see it reaching \u20ac11.5 billion in 2030. That is roughly "
            "16% a year, compounded. Today our diagnostic tool has run 27 million skin scans across 31 brands, and "
            "beauty-tech revenue reached \u20ac312 million last year at a 19% operating margin. Our ambition is to hold "
            "a 10% share of that market by 2030.\n"
            "ANALYST (JEFFERSON CAPITAL): And is the consumer pull really there?\n"
            "ROUSSEL: In our own survey, 71% of Gen Z shoppers said they trust an AI skin score."
        ),
        obs=[
            ("Total", 2024, 4.8, "EUR billion", "actual"),
            ("Total", 2030, 11.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.5 / 4.8) ** (1 / 6) - 1 = 15.68% -> 16
        ],
    ),
    # 6. Milan trade-association strategy: last year's spend (2024, actual), this year's (2025, estimate) with its
    #    YoY rate, a 2028 target. Expected nowhere: the dateline, the strategy's title year, the ~1,100 member firms
    #    and "a quarter" of them, Italy's cosmetics output, the 37,000 employees, the 64% poll answer.
    dict(
        text=(
            "MILAN, 14 April 2025 - Italy's cosmetics industry association has set out a Bellezza Digitale 2028 "
            "strategy for artificial intelligence in product development. Italian manufacturers spent \u20ac96 "
            "million last year on AI-driven formulation, ingredient discovery and stability modelling, and outlays "
            "are expected to reach \u20ac124 million this year, up 29%. The plan targets \u20ac300 million by 2028 and "
            "wants a quarter of its roughly 1,100 member firms running AI formulation platforms by then. Italy's "
            "cosmetics output was worth \u20ac16.5 billion last year, with the sector employing some 37,000 people. "
            "Of the members polled for the plan, 64% expect development cycles to shrink by at least a third."
        ),
        obs=[
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2025, 124, "EUR million", "estimate"),
            ("Total", 2028, 300, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (124 / 96) ** (1 / 1) - 1 = 29.17% -> 29
        ],
    ),
    # 7. U.S. research note with a correction (the corrected $1.23 billion is the 2024 figure) and a 2029 range; the
    #    YoY holds only by rounding. Expected nowhere: the update date, the wrong $1.32 billion, the 1.8x-2.4x
    #    conversion uplifts, the Black Friday-Cyber Monday takings, the second quarter's spend.
    dict(
        text=(
            "Research note: AI in U.S. online beauty retail (updated 21 August 2025)\n"
            "Correction: an earlier version of this note put 2024 spending at $1.32 billion; the correct figure is "
            "$1.23 billion.\n"
            "U.S. beauty e-tailers and brand sites spent $1.23 billion in 2024 on AI product search, shade matching "
            "and recommendation engines, up 19% from $1.04 billion in 2023. We expect spending of between $3.1 billion "
            "and $3.6 billion in 2029, depending on how fast generative shopping assistants spread. Retailers report "
            "conversion uplifts of 1.8x to 2.4x when shoppers use shade-matching tools, and the category's biggest "
            "weekend, Black Friday-Cyber Monday, moved $2.9 billion of beauty goods online last year. Spending in the "
            "second quarter alone was $338 million."
        ),
        obs=[
            ("Total", 2023, 1.04, "USD billion", "actual"),
            ("Total", 2024, 1.23, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("value", 3.1, "USD billion", 2029, 2029, None),
            ("value", 3.6, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            # (1.23 / 1.04) ** (1 / 1) - 1 = 18.27% -> 18, not 19; bounds 1.225 / 1.045 - 1 = 17.22%,
            # 1.235 / 1.035 - 1 = 19.32% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. UK beauty blog post: device sales 2021 and 2024 with a printed multiple (no verdict), an approximate 2027
    #    guess ("pass"). Expected nowhere: the post date, the five years, the mask's retail price, the 1.2 million app
    #    users, the funding round and valuation, the 230 comments.
    dict(
        text=(
            "Posted 12 September 2025 by Priya Mistry, BeautyBytes blog\n"
            "Is your LED mask smarter than you? Five years ago, smart beauty devices were a gadget niche. Not any "
            "more. By my reading of trade figures, UK sales of AI-enabled beauty devices (LED masks with skin sensors, "
            "app-coached microcurrent tools, connected cleansing brushes) climbed from \u00a387m in 2021 to \u00a3214m "
            "in 2024, roughly 2.5x in three years. The flagship mask I tested retails at \u00a3349, its app claims 1.2 "
            "million users, and its maker, Glowform, has just raised \u00a318m at a \u00a3140m valuation. My guess? "
            "Devices will pass \u00a3400m by 2027. Comments are open, and 230 of you weighed in on my last post!"
        ),
        obs=[
            ("Total", 2021, 87, "GBP million", "actual"),
            ("Total", 2024, 214, "GBP million", "actual"),
            ("Total", 2027, 400, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, a part with a share that holds only by
    #    rounding, a CAGR with printed span. Expected nowhere: the report's title year, 约三成 (a fraction in words),
    #    national cosmetics retail sales, the 260 firms, the 68% survey answer.
    dict(
        text=(
            "《2025中国化妆品智能研发发展报告》近日在上海发布。报告显示,2024年我国化妆品行业AI配方研发与原料筛选"
            "市场规模达到21.7亿元,较2023年的16.4亿元增长32.3%。其中,AI功效原料发现平台市场规模为8.6亿元,"
            "占比39.8%;AI配方优化软件占比约三成。报告预计,到2029年该市场规模将达到78.5亿元,2024—2029年复合"
            "增长率为29.3%。报告同时指出,2024年全国化妆品类零售总额为4357亿元,已有超过260家企业引入AI研发工具,"
            "受访研发负责人中有68%认为AI可缩短新品开发周期。"
        ),
        obs=[
            ("Total", 2023, 16.4, "CNY 100 million", "actual"),
            ("Total", 2024, 21.7, "CNY 100 million", "actual"),
            ("AI功效原料发现平台", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2029, 78.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("share", 39.8, "percent", 2024, 2024, None),
            ("cagr", 29.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.7 / 16.4) ** (1 / 1) - 1 = 32.32% -> 32.3
            # 8.6 / 21.7 = 39.63% -> 39.6, not 39.8; bounds 8.55 / 21.75 = 39.31%, 8.65 / 21.65 = 39.95% -> 39.8 by
            # some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (78.5 / 21.7) ** (1 / 5) - 1 = 29.32% -> 29.3
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2022 and 2024 actuals, 力争 targets for 2027 (the total and a
    #     part), 增长4倍 kept as x4 over 2022-2027 (no verdict). Expected nowhere: the plan's title years, the 50 firms,
    #     the 300 smart stores, the provincial cosmetics industry size, the 80% penetration rate.
    dict(
        text=(
            "广东省工业和信息化厅日前印发《广东省美妆产业数智化升级行动方案(2025—2027年)》。方案显示,2022年全省"
            "化妆品领域人工智能应用市场规模为18亿元,2024年约为46亿元。方案提出,力争到2027年全省美妆AI应用市场规模"
            "突破90亿元,较2022年增长4倍,其中AI虚拟试妆与皮肤检测服务规模达到30亿元;培育50家以上美妆科技骨干企业,"
            "建设300家智慧美妆门店,推动全省化妆品产业规模超过2600亿元。方案还要求,到2027年规模以上化妆品企业"
            "数字化研发工具普及率达到80%。"
        ),
        obs=[
            ("Total", 2022, 18, "CNY 100 million", "actual"),
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
            ("AI虚拟试妆与皮肤检测服务", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Beijing wire story quoting two institutes (Simplified): the alliance's base, prior year and YoY (which its
    #     own amounts contradict) and its 2026 forecast; the second institute's 2024 figure is expected nowhere. Also
    #     nowhere: the dateline, the 双11 livestream takings, the 1.2万 digital hosts, the 35% conversion uplift.
    dict(
        text=(
            "新华社北京3月18日电(记者林晓)记者从中国美妆科技产业联盟获悉,2024年我国美妆直播电商领域人工智能应用"
            "市场规模达86.5亿元,同比增长29.6%,2023年为67.8亿元。联盟预计,2026年该市场规模有望突破140亿元。"
            "另据北辰消费研究院测算,2024年该市场规模约为102亿元。数据显示,去年“双11”期间美妆品类直播成交额超过"
            "900亿元,全网数字人主播已超过1.2万个,某头部国货品牌的AI主播带货转化率提升了35%。"
        ),
        obs=[
            ("Total", 2023, 67.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2026, 140, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (86.5 / 67.8) ** (1 / 1) - 1 = 27.58% -> 27.6, not 29.6; bounds 86.45 / 67.85 - 1 = 27.41%,
            # 86.55 / 67.75 - 1 = 27.75% -> 29.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese white paper (Traditional) in 新台幣億元: YoY with both amounts, a part with its share, a CAGR with
    #     printed span. Expected nowhere: the title year, 約四成 (a fraction in words), Taiwan's total cosmetics market,
    #     the 420 drugstores, the 57% survey answer.
    dict(
        text=(
            "台灣美容科技產業協會發布的《2025台灣美妝科技白皮書》指出,2024年台灣AI肌膚檢測與個人化保養推薦市場規模"
            "達新台幣38.6億元,較2023年的29.9億元成長29.1%。其中,門市肌膚檢測設備與服務為14.2億元,占比36.8%;"
            "線上個人化保養推薦引擎則占約四成。白皮書預估,2028年市場規模將達新台幣96億元,2024至2028年複合成長率"
            "約25.6%。白皮書並指出,台灣化妝品市場總規模約新台幣1,150億元,國內已有逾420家藥妝門市導入AI膚質檢測,"
            "受訪消費者有57%願意上傳自拍接受分析。"
        ),
        obs=[
            ("Total", 2023, 29.9, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("門市肌膚檢測設備與服務", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2028, 96, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 25.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.9) ** (1 / 1) - 1 = 29.10% -> 29.1
            ("arithmetic", "exact"),  # 14.2 / 38.6 = 36.79% -> 36.8
            ("cagr|implied", "exact"),  # (96 / 38.6) ** (1 / 4) - 1 = 25.58% -> 25.6
        ],
    ),
    # 13. Hong Kong news story (Traditional) in 億港元: YoY holding only by rounding, a CAGR whose span only the
    #     amounts' years give. Expected nowhere: 昨日, Hong Kong's total cosmetics retail sales, the 4,450萬 visitor
    #     arrivals, the 1,300 shops with AR mirrors, a drugstore chain's own beauty revenue.
    dict(
        text=(
            "【香港訊】本地美妝零售商加快引入人工智能。香港美容零售科技協會昨日公布,2024年香港美妝零售業AI虛擬試妝"
            "及智能導購市場規模為4.6億港元,按年增長22%,2023年為3.8億港元。協會預期,2028年市場規模將升至12.8億"
            "港元,年均複合增長率約29%。同年本港化妝品零售總額約420億港元,訪港旅客達4,450萬人次,而全港已有逾"
            "1,300間美妝門市設置AR試妝鏡。某連鎖藥妝集團上年度美妝業務收入則為68.3億港元。"
        ),
        obs=[
            ("Total", 2023, 3.8, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 12.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21, not 22; bounds 4.55 / 3.85 - 1 = 18.18%,
            # 4.65 / 3.75 - 1 = 24.00% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (12.8 / 4.6) ** (1 / 4) - 1 = 29.16% -> 29
        ],
    ),
    # 14. Taipei newspaper story (Traditional) dated 2025: 去年 -> 2024 (actual, 約 kept at its figure), 今年 -> 2025
    #     (estimate) with a YoY that holds only by rounding, 明年 -> 2026 (estimate, 突破). Expected nowhere: the
    #     dateline, the 18% basket uplift, the 雙11 takings, the 310萬 members, a brand's own revenue and growth.
    dict(
        text=(
            "【本報台北2025年5月20日電】美妝電商平台積極導入生成式AI。瑞峰市場研究最新調查顯示,去年台灣美妝電商與"
            "直播導購的AI應用支出約新台幣21.4億元,今年預估成長24%至26.4億元,明年可望突破35億元。業者指出,AI導購"
            "可讓客單價提升約18%;去年雙11當天美妝類線上成交額則達新台幣52億元。平台端統計,使用AI膚色比對功能的"
            "會員已超過310萬人,某本土保養品牌去年營收成長12%至新台幣9.8億元。"
        ),
        obs=[
            ("Total", 2024, 21.4, "TWD 100 million", "actual"),
            ("Total", 2025, 26.4, "TWD 100 million", "estimate"),
            ("Total", 2026, 35, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (26.4 / 21.4) ** (1 / 1) - 1 = 23.36% -> 23, not 24; bounds 26.35 / 21.45 - 1 = 22.84%,
            # 26.45 / 21.35 - 1 = 23.89% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): YoY with both amounts, a CAGR with printed span, a part with its
    #     share. Expected nowhere: the rating, the covered company's revenue, gross margin, target price and upside,
    #     the report number.
    dict(
        text=(
            "【华盛证券·美容仪行业深度报告】AI赋能家用美容仪:从硬件走向智能护肤管家。我们测算,2024年中国具备AI肤质"
            "识别与自适应调节功能的智能美容仪市场规模为128亿元,同比增长31.6%(2023年为97.3亿元);预计2027年将达到"
            "265亿元,2024—2027年CAGR为27.5%。其中射频类智能美容仪2024年规模为52亿元,占比40.6%。维持行业“推荐”"
            "评级,首选标的澜肌科技2024年营收18.7亿元,毛利率74%,给予目标价68元,对应上涨空间23%。"
            "报告编号:HS-2025-0412。"
        ),
        obs=[
            ("Total", 2023, 97.3, "CNY 100 million", "actual"),
            ("Total", 2024, 128, "CNY 100 million", "actual"),
            ("射频类智能美容仪", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 265, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("cagr", 27.5, "percent", 2024, 2027, None, "stated"),
            ("share", 40.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128 / 97.3) ** (1 / 1) - 1 = 31.55% (31.552) -> 31.6
            ("cagr|implied", "exact"),  # (265 / 128) ** (1 / 3) - 1 = 27.45% (27.452) -> 27.5
            ("arithmetic", "exact"),  # 52 / 128 = 40.625% -> 40.6
        ],
    ),
    # 16. Markdown pipe table, global, USD million, with a CAGR 2024-29 column (stated, span printed) and a Total
    #     row; 2029F is an estimate. Expected nowhere: the table number, the source report's title year.
    dict(
        text=(
            "Table 4. Global AI-in-beauty market by application, 2023-2029F (USD million)\n"
            "| Application | 2023 | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|---|\n"
            "| Virtual try-on & AR make-up | 1,120 | 1,395 | 3,980 | 23.3% |\n"
            "| AI skin analysis & diagnostics | 760 | 968 | 2,870 | 24.3% |\n"
            "| Personalised recommendation engines | 905 | 1,150 | 3,610 | 25.7% |\n"
            "| AI formulation & ingredient discovery | 310 | 402 | 1,440 | 29.1% |\n"
            "| Total | 3,095 | 3,915 | 11,900 | 24.9% |\n"
            "Source: Lumi\u00e8re Beauty Analytics, Beauty Tech Outlook 2025. F = forecast. Figures cover software and "
            "services sold to brands and retailers; hardware is excluded."
        ),
        obs=[
            ("Virtual try-on & AR make-up", 2023, 1120, "USD million", "actual"),
            ("Virtual try-on & AR make-up", 2024, 1395, "USD million", "actual"),
            ("Virtual try-on & AR make-up", 2029, 3980, "USD million", "estimate"),
            ("AI skin analysis & diagnostics", 2023, 760, "USD million", "actual"),
            ("AI skin analysis & diagnostics", 2024, 968, "USD million", "actual"),
            ("AI skin analysis & diagnostics", 2029, 2870, "USD million", "estimate"),
            ("Personalised recommendation engines", 2023, 905, "USD million", "actual"),
            ("Personalised recommendation engines", 2024, 1150, "USD million", "actual"),
            ("Personalised recommendation engines", 2029, 3610, "USD million", "estimate"),
            ("AI formulation & ingredient discovery", 2023, 310, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2024, 402, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2029, 1440, "USD million", "estimate"),
            ("Total", 2023, 3095, "USD million", "actual"),
            ("Total", 2024, 3915, "USD million", "actual"),
            ("Total", 2029, 11900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 29.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3980 / 1395) ** (1 / 5) - 1 = 23.33% -> 23.3
            ("cagr|implied", "exact"),  # (2870 / 968) ** (1 / 5) - 1 = 24.28% -> 24.3
            ("cagr|implied", "exact"),  # (3610 / 1150) ** (1 / 5) - 1 = 25.71% -> 25.7
            ("cagr|implied", "exact"),  # (1440 / 402) ** (1 / 5) - 1 = 29.07% -> 29.1
            ("cagr|implied", "exact"),  # (11900 / 3915) ** (1 / 5) - 1 = 24.90% -> 24.9
            ("hierarchy", "exact"),  # 2023: 1120 + 760 + 905 + 310 = 3095
            ("hierarchy", "exact"),  # 2024: 1395 + 968 + 1150 + 402 = 3915
            ("hierarchy", "exact"),  # 2029F: 3980 + 2870 + 3610 + 1440 = 11900
        ],
    ),
    # 17. Tab-separated UK table by channel, GBP million, with YoY and share-of-2024 columns and a Total row (its
    #     100.0% is no claim). Expected nowhere: the note on hardware.
    dict(
        text=(
            "UK AI beauty spend by sales channel, 2023-2024 (GBP million)\n"
            "Channel\t2023\t2024\tYoY\tShare of 2024\n"
            "Brand websites & apps\t48.2\t61.5\t27.6%\t35.9%\n"
            "Online marketplaces\t39.7\t47.8\t20.4%\t27.9%\n"
            "Physical stores & counters\t29.4\t35.1\t19.4%\t20.5%\n"
            "Livestream & social commerce\t18.6\t26.9\t44.6%\t15.7%\n"
            "Total\t135.9\t171.3\t26.0%\t100.0%\n"
            "Source: Albion Retail Insight, beauty-tech tracker. Software and services only; smart devices and "
            "in-store hardware are excluded."
        ),
        obs=[
            ("Brand websites & apps", 2023, 48.2, "GBP million", "actual"),
            ("Brand websites & apps", 2024, 61.5, "GBP million", "actual"),
            ("Online marketplaces", 2023, 39.7, "GBP million", "actual"),
            ("Online marketplaces", 2024, 47.8, "GBP million", "actual"),
            ("Physical stores & counters", 2023, 29.4, "GBP million", "actual"),
            ("Physical stores & counters", 2024, 35.1, "GBP million", "actual"),
            ("Livestream & social commerce", 2023, 18.6, "GBP million", "actual"),
            ("Livestream & social commerce", 2024, 26.9, "GBP million", "actual"),
            ("Total", 2023, 135.9, "GBP million", "actual"),
            ("Total", 2024, 171.3, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("growth", 44.6, "percent", 2023, 2024, 1.0),
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
            ("share", 27.9, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
            ("share", 15.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.5 / 48.2 - 1 = 27.59% -> 27.6
            ("cagr|implied", "exact"),  # 47.8 / 39.7 - 1 = 20.40% -> 20.4
            ("cagr|implied", "exact"),  # 35.1 / 29.4 - 1 = 19.39% -> 19.4
            ("cagr|implied", "exact"),  # 26.9 / 18.6 - 1 = 44.62% -> 44.6
            ("cagr|implied", "exact"),  # 171.3 / 135.9 - 1 = 26.05% (26.049) -> 26.0
            ("arithmetic", "exact"),  # 61.5 / 171.3 = 35.90% -> 35.9
            ("arithmetic", "exact"),  # 47.8 / 171.3 = 27.90% -> 27.9
            ("arithmetic", "exact"),  # 35.1 / 171.3 = 20.49% -> 20.5
            ("arithmetic", "exact"),  # 26.9 / 171.3 = 15.70% -> 15.7
            ("hierarchy", "exact"),  # 2023: 48.2 + 39.7 + 29.4 + 18.6 = 135.9
            ("hierarchy", "exact"),  # 2024: 61.5 + 47.8 + 35.1 + 26.9 = 171.3
        ],
    ),
    # 18. Space-aligned Japanese table in fiscal years (FY2022 -> 2022), JPY billion, FY2025E an estimate; the FY2023
    #     total row contradicts its parts. Expected nowhere: the fiscal-year note.
    dict(
        text=(
            "Japan: AI beauty-tech market by segment (JPY billion, fiscal years)\n"
            "Segment                        FY2022   FY2023   FY2024   FY2025E\n"
            "Skin analysis & counselling      18.2     23.6     29.7      36.5\n"
            "Virtual try-on                    9.4     12.1     15.8      20.4\n"
            "AI formulation                    4.7      6.5      8.9      12.0\n"
            "Smart beauty devices             21.3     25.8     31.2      37.1\n"
            "Total                            53.6     68.9     85.6     106.0\n"
            "Source: Sakura Consumer Research Institute, AI Beauty Market Monitor. FY = April to March; E = estimate. "
            "Figures exclude cosmetics sales themselves."
        ),
        obs=[
            ("Skin analysis & counselling", 2022, 18.2, "JPY billion", "actual"),
            ("Skin analysis & counselling", 2023, 23.6, "JPY billion", "actual"),
            ("Skin analysis & counselling", 2024, 29.7, "JPY billion", "actual"),
            ("Skin analysis & counselling", 2025, 36.5, "JPY billion", "estimate"),
            ("Virtual try-on", 2022, 9.4, "JPY billion", "actual"),
            ("Virtual try-on", 2023, 12.1, "JPY billion", "actual"),
            ("Virtual try-on", 2024, 15.8, "JPY billion", "actual"),
            ("Virtual try-on", 2025, 20.4, "JPY billion", "estimate"),
            ("AI formulation", 2022, 4.7, "JPY billion", "actual"),
            ("AI formulation", 2023, 6.5, "JPY billion", "actual"),
            ("AI formulation", 2024, 8.9, "JPY billion", "actual"),
            ("AI formulation", 2025, 12.0, "JPY billion", "estimate"),
            ("Smart beauty devices", 2022, 21.3, "JPY billion", "actual"),
            ("Smart beauty devices", 2023, 25.8, "JPY billion", "actual"),
            ("Smart beauty devices", 2024, 31.2, "JPY billion", "actual"),
            ("Smart beauty devices", 2025, 37.1, "JPY billion", "estimate"),
            ("Total", 2022, 53.6, "JPY billion", "actual"),
            ("Total", 2023, 68.9, "JPY billion", "actual"),
            ("Total", 2024, 85.6, "JPY billion", "actual"),
            ("Total", 2025, 106.0, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2022: 18.2 + 9.4 + 4.7 + 21.3 = 53.6
            # FY2023: 23.6 + 12.1 + 6.5 + 25.8 = 68.0, not 68.9; bounds 67.8 to 68.2 (each part +/- 0.05) -> 68.9
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # FY2024: 29.7 + 15.8 + 8.9 + 31.2 = 85.6
            ("hierarchy", "exact"),  # FY2025E: 36.5 + 20.4 + 12.0 + 37.1 = 106.0
        ],
    ),
    # 19. Vertical table whose rows are years (India, one value column headed by its unit only -> Total) with a YoY
    #     column; 2025E an estimate; the 2024 YoY holds only by rounding. Expected nowhere: the Indian beauty and
    #     personal-care market in the note, the 2021 dash.
    dict(
        text=(
            "India: spending on AI-powered beauty e-commerce, shade matching and virtual try-on\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 58 | - |\n"
            "| 2022 | 84 | 44.8% |\n"
            "| 2023 | 121 | 44.0% |\n"
            "| 2024 | 169 | 40.1% |\n"
            "| 2025E | 232 | 37.3% |\n"
            "Source: Kesar Consumer Research; E = estimate; YoY computed on unrounded data. For scale, India's beauty "
            "and personal-care market was about USD 21 billion in 2024."
        ),
        obs=[
            ("Total", 2021, 58, "USD million", "actual"),
            ("Total", 2022, 84, "USD million", "actual"),
            ("Total", 2023, 121, "USD million", "actual"),
            ("Total", 2024, 169, "USD million", "actual"),
            ("Total", 2025, 232, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 44.8, "percent", 2021, 2022, 1.0),
            ("growth", 44.0, "percent", 2022, 2023, 1.0),
            ("growth", 40.1, "percent", 2023, 2024, 1.0),
            ("growth", 37.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 84 / 58 - 1 = 44.83% -> 44.8
            ("cagr|implied", "exact"),  # 121 / 84 - 1 = 44.05% (44.048) -> 44.0
            # 169 / 121 - 1 = 39.67% -> 39.7, not 40.1; bounds 168.5 / 121.5 - 1 = 38.68%,
            # 169.5 / 120.5 - 1 = 40.66% -> 40.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 232 / 169 - 1 = 37.28% -> 37.3
        ],
    ),
    # 20. Chinese tab-separated table (Simplified) in 亿元 with a 合计 row and a 2024年占比 column; the 2024 total holds
    #     only by rounding. Expected nowhere: the table number, the title's year span, the source note.
    dict(
        text=(
            "表3 2022—2024年中国美妆AI应用细分市场规模(单位:亿元)\n"
            "细分领域\t2022年\t2023年\t2024年\t2024年占比\n"
            "虚拟试妆与AR美妆\t12.4\t17.8\t24.6\t27.3%\n"
            "AI肤质检测\t9.7\t13.2\t17.9\t19.9%\n"
            "个性化护肤推荐\t8.1\t11.5\t16.3\t18.1%\n"
            "AI直播与智能导购\t15.3\t22.6\t31.4\t34.9%\n"
            "合计\t45.5\t65.1\t90.1\t100.0%\n"
            "数据来源:华研美妆科技研究中心;各分项因四舍五入,合计可能存在尾差。"
        ),
        obs=[
            ("虚拟试妆与AR美妆", 2022, 12.4, "CNY 100 million", "actual"),
            ("虚拟试妆与AR美妆", 2023, 17.8, "CNY 100 million", "actual"),
            ("虚拟试妆与AR美妆", 2024, 24.6, "CNY 100 million", "actual"),
            ("AI肤质检测", 2022, 9.7, "CNY 100 million", "actual"),
            ("AI肤质检测", 2023, 13.2, "CNY 100 million", "actual"),
            ("AI肤质检测", 2024, 17.9, "CNY 100 million", "actual"),
            ("个性化护肤推荐", 2022, 8.1, "CNY 100 million", "actual"),
            ("个性化护肤推荐", 2023, 11.5, "CNY 100 million", "actual"),
            ("个性化护肤推荐", 2024, 16.3, "CNY 100 million", "actual"),
            ("AI直播与智能导购", 2022, 15.3, "CNY 100 million", "actual"),
            ("AI直播与智能导购", 2023, 22.6, "CNY 100 million", "actual"),
            ("AI直播与智能导购", 2024, 31.4, "CNY 100 million", "actual"),
            ("合计", 2022, 45.5, "CNY 100 million", "actual"),
            ("合计", 2023, 65.1, "CNY 100 million", "actual"),
            ("合计", 2024, 90.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 27.3, "percent", 2024, 2024, None),
            ("share", 19.9, "percent", 2024, 2024, None),
            ("share", 18.1, "percent", 2024, 2024, None),
            ("share", 34.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 24.6 / 90.1 = 27.30% -> 27.3
            ("arithmetic", "exact"),  # 17.9 / 90.1 = 19.87% -> 19.9
            ("arithmetic", "exact"),  # 16.3 / 90.1 = 18.09% -> 18.1
            ("arithmetic", "exact"),  # 31.4 / 90.1 = 34.8502% -> 34.9
            ("hierarchy", "exact"),  # 2022: 12.4 + 9.7 + 8.1 + 15.3 = 45.5
            ("hierarchy", "exact"),  # 2023: 17.8 + 13.2 + 11.5 + 22.6 = 65.1
            # 2024: 24.6 + 17.9 + 16.3 + 31.4 = 90.2, not 90.1; bounds 90.0 to 90.4 (each part +/- 0.05) -> 90.1
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Earnings-call answer (edited transcript) sizing a TAM: "last year" / "this year" from the call's date,
    #     a YoY with both amounts, a compound rate whose span only the amounts' years give. Expected nowhere: the
    #     quarter in the title, the company's own third-quarter revenue and gross margin, the 14 million downloads.
    dict(
        text=(
            "Lustrea Labs Inc. (NASDAQ: LSTR) Q3 2025 earnings call, October 29, 2025 - edited transcript\n"
            "Dana Whitfield, Halvorsen Securities: Could you size the opportunity for us? Investors keep asking "
            "how big this can get.\n"
            "Priya Raman, Chief Financial Officer: Sure, Dana. We put the total addressable market for AI skin "
            "diagnostics and virtual try-on at $4.2 billion this year, up about 24% from $3.4 billion last year, "
            "and we see it reaching $11.8 billion in 2030, which works out to roughly a 23% compound rate. For "
            "context, our own third-quarter revenue was $61.3 million at a 71% gross margin, and the app passed 14 "
            "million downloads. We are barely scratching the surface."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2030, 11.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 23, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.4) ** (1 / 1) - 1 = 23.53% -> 24
            ("cagr|period", "exact"),  # (11.8 / 4.2) ** (1 / 5) - 1 = 22.95% -> 23
        ],
    ),
    # 22. Frankfurt working-paper abstract: CAGR with printed span, a country part with its share.
    #     Expected nowhere: the paper number, the title's years, the 212 manufacturers, the 22% time-to-shelf cut,
    #     the EUR 104 billion European cosmetics market, the JEL codes.
    dict(
        text=(
            "Working Paper 25/114, Rhine-Main Institute for Consumer Industries, Frankfurt\n"
            "Algorithms at the Lab Bench: AI-Driven Formulation in European Cosmetics, 2019-2024\n"
            "Abstract. Drawing on procurement records from 212 manufacturers, we estimate that European spending on "
            "AI-driven formulation and ingredient-discovery tools rose from EUR 187 million in 2021 to EUR 312 "
            "million in 2024, a compound annual growth rate of 18.6% over 2021-2024. Germany accounted for EUR 96 "
            "million, or 31% of the 2024 total. Adopters cut time-to-shelf by 22% on average, yet the tools remain "
            "marginal beside a European cosmetics market of EUR 104 billion. JEL codes: L65, O32."
        ),
        obs=[
            ("Total", 2021, 187, "EUR million", "actual"),
            ("Total", 2024, 312, "EUR million", "actual"),
            ("Germany", 2024, 96, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2021, 2024, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 187) ** (1 / 3) - 1 = 18.61% -> 18.6
            ("arithmetic", "exact"),  # 96 / 312 = 30.77% -> 31
        ],
    ),
    # 23. Numbered social-media thread: YoY with both amounts, a compound rate whose span only the amounts' years
    #     give; the 2028 figure in billions converted to the series' unit (USD million). Expected nowhere: the post
    #     numbers, the 48M downloads, the 2.5x add-to-cart lift, total US cosmetics sales.
    dict(
        text=(
            "Thread by @shadematch_sam, 9 Apr 2025\n"
            "1/ Everyone's talking about AI shade-matching, so I read the new Lumen Ridge Research report on US "
            "virtual try-on so you don't have to.\n"
            "2/ US beauty brands spent $740M on virtual try-on and AR make-up tools in 2024, up from $590M in 2023. "
            "That's +25% in a year.\n"
            "3/ Lumen Ridge sees $1.65B by 2028, roughly 22% a year compounded.\n"
            "4/ The top try-on app passed 48M downloads, and one retailer claims a 2.5x lift in add-to-cart. Grain "
            "of salt.\n"
            "5/ Total US cosmetics sales? About $103B. AI is still a rounding error. /end"
        ),
        obs=[
            ("Total", 2023, 590, "USD million", "actual"),
            ("Total", 2024, 740, "USD million", "actual"),
            ("Total", 2028, 1650, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (740 / 590) ** (1 / 1) - 1 = 25.42% -> 25
            ("cagr|period", "exact"),  # (1650 / 740) ** (1 / 4) - 1 = 22.20% -> 22
        ],
    ),
    # 24. UK web article with an appended correction: the corrected 2023 figure is the one expected; YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the publication and update dates, the superseded
    #     GBP 108 million, the 2,300 scanning counters, the "one in three shoppers" survey answer.
    dict(
        text=(
            "BeautyTech Insider - How AI skin analysis went mainstream on the British high street\n"
            "Published 3 March 2025, updated 5 March 2025\n"
            "British pharmacies and beauty retailers spent \u00a3212 million on AI skin-analysis kiosks and apps in "
            "2024, according to Harrowgate Consulting, up 18% from \u00a3180 million in 2023. The consultancy expects "
            "\u00a3455 million by 2028, a compound annual growth rate of 21% over 2024-2028. High-street chains now "
            "run more than 2,300 scanning counters, and one in three shoppers told the firm's survey they would "
            "trust an algorithm over a sales assistant.\n"
            "Correction (5 March 2025): An earlier version of this article gave the 2023 figure as \u00a3108 million. "
            "The correct figure is \u00a3180 million."
        ),
        obs=[
            ("Total", 2023, 180, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2028, 455, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 180) ** (1 / 1) - 1 = 17.78% -> 18
            ("cagr|implied", "exact"),  # (455 / 212) ** (1 / 4) - 1 = 21.04% -> 21
        ],
    ),
    # 25. Paris annual-report letter to shareholders: YoY with both amounts, an approximate 2028 figure ("approach").
    #     Expected nowhere: the group's revenue, its growth and operating margin, the dividend, global beauty
    #     sales, the signature date.
    dict(
        text=(
            "Letter from the Chairman and Chief Executive\n"
            "Dear Shareholders,\n"
            "2024 was the year artificial intelligence moved from our laboratories to our customers' bathroom "
            "shelves. We estimate that the market for personalised skincare recommendation engines reached "
            "\u20ac1.32 billion in 2024, up 16% from \u20ac1.14 billion in 2023, and we expect it to approach \u20ac2.5 "
            "billion by 2028. Our group revenue rose 7.4% to \u20ac8.61 billion, our operating margin reached 19.2%, "
            "and the Board proposes a dividend of \u20ac3.10 per share. With global beauty sales of about \u20ac430 "
            "billion, we believe personalisation is only beginning.\n"
            "Sophie Delacroix-Marin, Chair, and Hugo Vasseur, CEO, Maison C\u00e9lestine, Paris, 18 March 2025"
        ),
        obs=[
            ("Total", 2023, 1.14, "EUR billion", "actual"),
            ("Total", 2024, 1.32, "EUR billion", "actual"),
            ("Total", 2028, 2.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.32 / 1.14) ** (1 / 1) - 1 = 15.79% -> 16
        ],
    ),
    # 26. Capital-markets-day slide bullets (one line each): a brand group's TAM, a CAGR with printed span, a part
    #     with a share that holds only by rounding. Expected nowhere: the slide number, the company's AI-assisted
    #     share of its own e-commerce revenue, the 38m users, the 4,100 doors, the 2030 growth and margin ambition.
    dict(
        text=(
            "Aur\u00e9a Beauty Group - Capital Markets Day 2025 - Slide 14: The AI beauty commerce opportunity\n"
            "- AI tools for beauty e-commerce and livestream selling: $9.6bn global TAM in 2024\n"
            "- Expected to reach $24.0bn by 2029E, c.20% CAGR 2024-29E\n"
            "- Personalisation engines: $2.9bn of the 2024 TAM (31%)\n"
            "- AI-assisted sales already 14% of our own e-commerce revenue\n"
            "- 38m monthly active app users; smart mirrors in 4,100 doors\n"
            "- 2030 ambition: mid-single-digit organic growth, 20%+ operating margin"
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "actual"),
            ("Personalisation engines", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2029, 24.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.0 / 9.6) ** (1 / 5) - 1 = 20.11% -> 20
            # 2.9 / 9.6 = 30.21% -> 30, not 31; bounds 2.85 / 9.65 = 29.53%, 2.95 / 9.55 = 30.89% -> 31 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Q&A forum answer quoting two research houses: the first house's base, target and rate are the snippet's;
    #     its CAGR holds only by rounding. Expected nowhere: Halden & Pryce's 2024 figure, the upvotes, the $150 to
    #     $400 retail prices, the wider beauty-devices category.
    dict(
        text=(
            "Q: How big is the market for AI-enabled beauty devices, really? I keep seeing wildly different numbers.\n"
            "Top answer (dermadev_kate, 412 upvotes): Depends who you ask. Corvane Insights puts global AI-enabled "
            "smart beauty devices at $3.8 billion in 2024 and expects $9.1 billion by 2030, a CAGR of 15.5% for "
            "2024-2030. Halden & Pryce is more bullish and has 2024 at $4.6 billion. I'd quote Corvane; its "
            "definition excludes plain LED masks. For scale, these devices retail at $150 to $400 each, and the "
            "wider beauty-devices category, AI or not, is roughly $52 billion."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 9.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (9.1 / 3.8) ** (1 / 6) - 1 = 15.67% -> 15.7, not 15.5; bounds (9.05 / 3.85) ** (1/6) - 1 = 15.31%,
            # (9.15 / 3.75) ** (1/6) - 1 = 16.03% -> 15.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker research note with the market in won (no observation); its YoY, CAGR and channel share are
    #     claims without verdicts (no amount in a listed currency). Expected nowhere: every won amount, the
    #     dateline, the record cosmetics exports in dollars, the top pick's target price, upside and P/E, the
    #     1,900 stores.
    dict(
        text=(
            "Seoul, 11 June 2025 - Hanbit Investment & Securities, K-Beauty Tech (Industry Update)\n"
            "We estimate Korea's market for AI skin-diagnosis and personalised-formulation services at \u20a9412 "
            "billion in 2024, up 29% year on year, and forecast a 26% CAGR over 2024-2028 as department stores and "
            "H&B chains roll out in-store scanners. Online channels already account for 64% of the market. Korea's "
            "cosmetics exports hit a record $10.2 billion last year, and our top pick, Daon Cosmetics (BUY, TP "
            "\u20a958,000, 31% upside), trades at 14x 2025 earnings. We count 1,900 stores with diagnostic devices."
        ),
        obs=[],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a segment with its share, an approximate 2027
    #     target (突破). Expected nowhere: the dateline, the conference's title year, total cosmetics retail sales,
    #     the 300 exhibitors, the 12 group standards.
    dict(
        text=(
            "新华社杭州5月20日电(记者 王晓雯 李哲)记者从20日开幕的2025中国美妆科技创新大会上获悉,2024年我国美妆"
            "行业人工智能应用市场规模达到86.4亿元,较2023年的65.8亿元增长31.3%。其中,AI虚拟试妆市场规模为23.7亿元,"
            "占比27.4%。中国美妆科技产业联盟预计,到2027年该市场规模有望突破180亿元。国家统计局数据显示,2024年全国"
            "限额以上单位化妆品零售额为4357亿元。本届大会吸引了超过300家企业参展,现场发布12项团体标准。"
        ),
        obs=[
            ("Total", 2023, 65.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2024, 23.7, "CNY 100 million", "actual"),
            ("Total", 2027, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 65.8) ** (1 / 1) - 1 = 31.31% -> 31.3
            ("arithmetic", "exact"),  # 23.7 / 86.4 = 27.43% -> 27.4
        ],
    ),
    # 30. Municipal action plan (Simplified, Guangzhou): a 2027 target from a 2024 base with an average annual rate
    #     the amounts contradict. Expected nowhere: the plan's title years, the document number, the 10 firms, 20
    #     factories and 50 stores, total cosmetics output, online cosmetics sales growth.
    dict(
        text=(
            "广州市人民政府办公厅关于印发《广州市美妆产业数智化转型行动方案(2025—2027年)》的通知(穗府办〔2025〕18号)"
            "。主要目标:到2027年,全市美妆领域人工智能核心产业规模达到120亿元,较2024年的52亿元年均增长35%左右;"
            "培育10家以上AI美妆领军企业,建设20家智能工厂和50个AI肌肤检测示范门店;全市化妆品产业总规模突破1800亿元,"
            "化妆品网络零售额年均增长10%以上。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (120 / 52) ** (1 / 3) - 1 = 32.15% -> 32, not 35; bounds (119.5 / 52.5) ** (1/3) - 1 = 31.54%,
            # (120.5 / 51.5) ** (1/3) - 1 = 32.76% -> 35 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a segment with its share, a CAGR
    #     with printed span. Expected nowhere: the dateline, the report's title year, the 1,400 stores, the 58%
    #     survey answer.
    dict(
        text=(
            "【2025/08/12 臺北訊】財團法人臺灣美妝科技研究中心今(12)日發布《2025臺灣美妝AI應用趨勢報告》指出,2024年"
            "臺灣美妝產業AI應用市場規模達新台幣38.6億元,較2023年的29.5億元成長30.8%。其中,AI膚質檢測與診斷服務達"
            "新台幣11.2億元,占整體29.0%。研究中心預估,2026年市場規模將達新台幣62億元,2024至2026年年複合成長率約"
            "26.7%。報告亦指出,全臺設有AI試妝鏡的門市已逾1,400家,受訪消費者中有58%曾使用線上膚質檢測。"
        ),
        obs=[
            ("Total", 2023, 29.5, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("AI膚質檢測與診斷服務", 2024, 11.2, "TWD 100 million", "actual"),
            ("Total", 2026, 62, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2023, 2024, 1.0),
            ("share", 29.0, "percent", 2024, 2024, None),
            ("cagr", 26.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.5) ** (1 / 1) - 1 = 30.847% -> 30.8
            ("arithmetic", "exact"),  # 11.2 / 38.6 = 29.02% -> 29.0
            ("cagr|implied", "exact"),  # (62 / 38.6) ** (1 / 2) - 1 = 26.74% -> 26.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY without a printed base (claim, no verdict), a part
    #     whose share holds only by rounding, a 2028 forecast. Expected nowhere: the dateline, the report's title
    #     year, last year's total cosmetics retail sales, the 326 salons, the "逾六成" survey answer.
    dict(
        text=(
            "(2025年6月18日)香港美容科技協會今日發表《2025香港智慧美容市場報告》。報告指出,2024年本港美容及護膚業界"
            "投放於人工智能方案的開支達12.8億港元,按年上升22%,其中AI皮膚分析及診斷工具開支為3.9億港元,約佔31%。"
            "協會預期,隨着更多品牌引入虛擬試妝及個人化護膚推介,有關開支於2028年可增至27億港元。報告同時引述統計處"
            "數字,指本港去年化妝品零售額約為480億港元;協會訪問了326間美容院,當中逾六成表示計劃於兩年內增加AI投資。"
        ),
        obs=[
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("AI皮膚分析及診斷工具", 2024, 3.9, "HKD 100 million", "actual"),
            ("Total", 2028, 27, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.9 / 12.8 = 30.47% -> 30, not 31; bounds 3.85 / 12.85 = 29.96%, 3.95 / 12.75 = 30.98% -> 31 by some
            # reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 33. PTT post (Traditional, MakeUp board): 今年 from the post's date is 2025 (estimate); a compound rate whose
    #     span only the amounts' years give. Expected nowhere: the post time, the device's retail price, the
    #     Double 11 single-day livestream takings, the vague whole-market remark, the push comment.
    dict(
        text=(
            "作者 glowlab_tw (膚況研究生)\n"
            "看板 MakeUp\n"
            "標題 [情報] 台灣AI美妝市場到底多大?整理了一下數字\n"
            "時間 Wed Sep 10 21:14:33 2025\n"
            "最近好多人在問AI試妝跟膚質檢測是不是泡沫,我去翻了鼎新產業研究所的報告:台灣AI虛擬試妝加膚質分析市場,"
            "2023年是新台幣11.2億元,今年預估會到19.6億元,換算下來年複合成長率大概32%左右。跟整個美妝保養市場比起來"
            "還是很小啦。順便說,我自己買的那台AI美容儀一台12,800元,雙11某平台美妝直播單日也喊到3.2億,那種數字聽聽就好。\n"
            "--\n"
            "推 mimi0412: 推整理"
        ),
        obs=[
            ("Total", 2023, 11.2, "TWD 100 million", "actual"),
            ("Total", 2025, 19.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32, "percent", 2023, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (19.6 / 11.2) ** (1 / 2) - 1 = 32.29% -> 32
        ],
    ),
    # 34. Mainland broker report abstract (Simplified): a CAGR with printed span that holds only by rounding, a 2027
    #     range (two value claims, no observation). Expected nowhere: the report date, Double 11 beauty GMV, the
    #     35% penetration rate, the covered stock's target price and P/E.
    dict(
        text=(
            "华晟证券研究所 美妆AI行业深度报告(2025年7月)摘要\n"
            "投资要点:我们测算2024年中国AI驱动的美妆电商及直播营销工具市场规模约为142亿元,2021—2024年复合增速达"
            "38.5%(2021年为54亿元)。随着AI数字人主播和智能选品渗透率提升,我们预计2027年市场规模将达到290亿—340亿元。"
            "2024年双11期间主要平台美妆类目GMV超过1000亿元,AI工具渗透率约35%。首次覆盖给予颜研科技“买入”评级,目标价"
            "48.6元,对应2025年32倍PE。风险提示:监管趋严、消费复苏不及预期。"
        ),
        obs=[
            ("Total", 2021, 54, "CNY 100 million", "actual"),
            ("Total", 2024, 142, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 38.5, "percent", 2021, 2024, None, "stated"),
            ("value", 290, "CNY 100 million", 2027, 2027, None),
            ("value", 340, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (142 / 54) ** (1 / 3) - 1 = 38.03% -> 38.0, not 38.5; bounds (141.5 / 54.5) ** (1/3) - 1 = 37.44%,
            # (142.5 / 53.5) ** (1/3) - 1 = 38.62% -> 38.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Results-briefing transcript (Simplified): 去年 / 今年 from the briefing's date, a YoY with both amounts, a
    #     2028 forecast. Expected nowhere: the stock code, the briefing date, the company's half-year revenue, its
    #     growth and gross margin, the 12 million members.
    dict(
        text=(
            "珀丽科技(688719)2025年半年度业绩说明会文字实录(节选),2025年8月28日\n"
            "投资者提问:公司如何看待AI个性化护肤推荐的市场空间?\n"
            "董事长陈立峰:谢谢这位投资者。根据我们的测算,国内AI个性化护肤推荐这个赛道,去年的市场规模大约是31亿元,"
            "今年预计能做到42亿元左右,增速在35%上下;到2028年,这个市场有望达到100亿元。公司上半年实现营业收入8.6亿元,"
            "同比增长21.4%,毛利率67.3%,小程序会员数突破1200万。我们会继续加大研发投入。"
        ),
        obs=[
            ("Total", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2025, 42, "CNY 100 million", "estimate"),
            ("Total", 2028, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42 / 31) ** (1 / 1) - 1 = 35.48% -> 35
        ],
    ),
    # 36. Markdown pipe table with a CAGR column (USD million): four applications and a Total row, 2030F an
    #     estimate; one row's CAGR the amounts contradict; both years add up to the Total row.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3. Global AI-in-beauty market by application, 2024 and 2030F (USD million)\n"
            "| Application | 2024 | 2030F | CAGR 2024-30F |\n"
            "|---|---:|---:|---:|\n"
            "| Virtual try-on and AR make-up | 1,840 | 5,920 | 21.5% |\n"
            "| AI skin analysis and diagnostics | 1,260 | 4,310 | 22.7% |\n"
            "| AI formulation and ingredient discovery | 610 | 2,480 | 26.3% |\n"
            "| Personalised recommendation engines | 1,470 | 4,050 | 19.8% |\n"
            "| Total | 5,180 | 16,760 | 21.6% |\n"
            "Source: Vantor & Mead Research, Global Beauty-Tech Monitor, May 2025. 2030 figures are forecasts."
        ),
        obs=[
            ("Virtual try-on and AR make-up", 2024, 1840, "USD million", "actual"),
            ("Virtual try-on and AR make-up", 2030, 5920, "USD million", "estimate"),
            ("AI skin analysis and diagnostics", 2024, 1260, "USD million", "actual"),
            ("AI skin analysis and diagnostics", 2030, 4310, "USD million", "estimate"),
            ("AI formulation and ingredient discovery", 2024, 610, "USD million", "actual"),
            ("AI formulation and ingredient discovery", 2030, 2480, "USD million", "estimate"),
            ("Personalised recommendation engines", 2024, 1470, "USD million", "actual"),
            ("Personalised recommendation engines", 2030, 4050, "USD million", "estimate"),
            ("Total", 2024, 5180, "USD million", "actual"),
            ("Total", 2030, 16760, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5920 / 1840) ** (1 / 6) - 1 = 21.50% -> 21.5
            ("cagr|implied", "exact"),  # (4310 / 1260) ** (1 / 6) - 1 = 22.75% -> 22.7
            ("cagr|implied", "exact"),  # (2480 / 610) ** (1 / 6) - 1 = 26.33% -> 26.3
            # (4050 / 1470) ** (1 / 6) - 1 = 18.40% -> 18.4, not 19.8; bounds (4049.5 / 1470.5) ** (1/6) - 1 = 18.39%,
            # (4050.5 / 1469.5) ** (1/6) - 1 = 18.41% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (16760 / 5180) ** (1 / 6) - 1 = 21.62% -> 21.6
            ("hierarchy", "exact"),  # 2024: 1840 + 1260 + 610 + 1470 = 5180
            ("hierarchy", "exact"),  # 2030F: 5920 + 4310 + 2480 + 4050 = 16760
        ],
    ),
    # 37. Tab-separated Japanese table in JPY billion with a YoY column and a Total row; the try-on YoY holds only by
    #     rounding. Expected nowhere: the 85 brands surveyed, the source's date, Japan's total cosmetics shipments.
    dict(
        text=(
            "Japan: AI beauty-tech spending by category (JPY billion)\n"
            "Category\t2023\t2024\tYoY\n"
            "Smart beauty devices with AI\t18.4\t22.9\t24.5%\n"
            "AI skin diagnosis at counters\t9.6\t12.1\t26.0%\n"
            "Virtual try-on apps\t6.2\t7.4\t19.8%\n"
            "Total\t34.2\t42.4\t24.0%\n"
            "Source: Kisaragi Research Institute, Tokyo, April 2025 (survey of 85 brands). Japan's domestic cosmetics "
            "shipments, about \u00a51.7 trillion in 2024, are not included."
        ),
        obs=[
            ("Smart beauty devices with AI", 2023, 18.4, "JPY billion", "actual"),
            ("Smart beauty devices with AI", 2024, 22.9, "JPY billion", "actual"),
            ("AI skin diagnosis at counters", 2023, 9.6, "JPY billion", "actual"),
            ("AI skin diagnosis at counters", 2024, 12.1, "JPY billion", "actual"),
            ("Virtual try-on apps", 2023, 6.2, "JPY billion", "actual"),
            ("Virtual try-on apps", 2024, 7.4, "JPY billion", "actual"),
            ("Total", 2023, 34.2, "JPY billion", "actual"),
            ("Total", 2024, 42.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.9 / 18.4) ** (1 / 1) - 1 = 24.46% -> 24.5
            ("cagr|implied", "exact"),  # (12.1 / 9.6) ** (1 / 1) - 1 = 26.04% -> 26.0
            # (7.4 / 6.2) - 1 = 19.35% -> 19.4, not 19.8; bounds 7.35 / 6.25 - 1 = 17.60%, 7.45 / 6.15 - 1 = 21.14%
            # -> 19.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (42.4 / 34.2) ** (1 / 1) - 1 = 23.98% -> 24.0
            ("hierarchy", "exact"),  # 2023: 18.4 + 9.6 + 6.2 = 34.2
            ("hierarchy", "exact"),  # 2024: 22.9 + 12.1 + 7.4 = 42.4
        ],
    ),
    # 38. Space-aligned German table in EUR million with a share column and a Total row (its 100% no claim); one
    #     share holds only by rounding. Expected nowhere: the 140 retailers surveyed, the German cosmetics market.
    dict(
        text=(
            "AI in German beauty retail, 2024 (EUR million)\n"
            "Segment                               2024    Share\n"
            "E-commerce personalisation              88      41%\n"
            "In-store skin analysis                  52      24%\n"
            "Virtual try-on and AR                   42      20%\n"
            "AI formulation services                 33      16%\n"
            "Total                                  215     100%\n"
            "Source: Institut f\u00fcr Handelsdigitalisierung, K\u00f6ln, survey of 140 retailers. Shares may not add "
            "up due to rounding. The German cosmetics market itself was worth EUR 16.3 billion."
        ),
        obs=[
            ("E-commerce personalisation", 2024, 88, "EUR million", "actual"),
            ("In-store skin analysis", 2024, 52, "EUR million", "actual"),
            ("Virtual try-on and AR", 2024, 42, "EUR million", "actual"),
            ("AI formulation services", 2024, 33, "EUR million", "actual"),
            ("Total", 2024, 215, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 88 / 215 = 40.93% -> 41
            ("arithmetic", "exact"),  # 52 / 215 = 24.19% -> 24
            ("arithmetic", "exact"),  # 42 / 215 = 19.53% -> 20
            # 33 / 215 = 15.35% -> 15, not 16; bounds 32.5 / 215.5 = 15.08%, 33.5 / 214.5 = 15.62% -> 16 by some
            # reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2024: 88 + 52 + 42 + 33 = 215
        ],
    ),
    # 39. Vertical table whose rows are years (Italy, EUR million, lone value column headed by its unit -> Total),
    #     a YoY column, 2025F an estimate; the 2024 YoY holds only by rounding. Expected nowhere: the source's
    #     city, Italian cosmetics turnover.
    dict(
        text=(
            "Italy: AI in cosmetics manufacturing and R&D\n"
            "Year     EUR million     YoY\n"
            "2020            41.5       -\n"
            "2021            52.8   27.2%\n"
            "2022            66.0   25.0%\n"
            "2023            80.9   22.6%\n"
            "2024            98.7   22.1%\n"
            "2025F          119.0   20.6%\n"
            "Source: Osservatorio Beauty Digitale, Milan, annual survey of cosmetics producers and contract "
            "manufacturers; F = forecast. Covers AI software, data services and lab automation bought for "
            "formulation and quality control. Italian cosmetics turnover (EUR 16.5 billion in 2024) is not shown."
        ),
        obs=[
            ("Total", 2020, 41.5, "EUR million", "actual"),
            ("Total", 2021, 52.8, "EUR million", "actual"),
            ("Total", 2022, 66.0, "EUR million", "actual"),
            ("Total", 2023, 80.9, "EUR million", "actual"),
            ("Total", 2024, 98.7, "EUR million", "actual"),
            ("Total", 2025, 119.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2020, 2021, 1.0),
            ("growth", 25.0, "percent", 2021, 2022, 1.0),
            ("growth", 22.6, "percent", 2022, 2023, 1.0),
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("growth", 20.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.8 / 41.5 - 1 = 27.23% -> 27.2
            ("cagr|implied", "exact"),  # 66.0 / 52.8 - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # 80.9 / 66.0 - 1 = 22.58% -> 22.6
            # 98.7 / 80.9 - 1 = 22.00% -> 22.0, not 22.1; bounds 98.65 / 80.95 - 1 = 21.87%, 98.75 / 80.85 - 1 = 22.14%
            # -> 22.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 119.0 / 98.7 - 1 = 20.57% -> 20.6
        ],
    ),
    # 40. Chinese markdown table (Simplified, 亿元) with a 合计 row and a 2024 share column; one share the amounts
    #     contradict; both years add up to 合计. Expected nowhere: the table number, the title's year span, the
    #     合计 row's 100.0%.
    dict(
        text=(
            "表4 2023—2024年中国美妆AI应用市场结构(单位:亿元)\n"
            "| 细分领域 | 2023年 | 2024年 | 2024年占比 |\n"
            "| --- | --- | --- | --- |\n"
            "| AI营销与直播电商 | 28.6 | 37.9 | 43.9% |\n"
            "| AI虚拟试妆 | 17.5 | 23.7 | 27.4% |\n"
            "| AI肌肤检测 | 12.4 | 15.8 | 19.3% |\n"
            "| AI配方研发 | 7.3 | 9.0 | 10.4% |\n"
            "| 合计 | 65.8 | 86.4 | 100.0% |\n"
            "资料来源:中国美妆科技产业联盟,华晟证券研究所整理。"
        ),
        obs=[
            ("AI营销与直播电商", 2023, 28.6, "CNY 100 million", "actual"),
            ("AI营销与直播电商", 2024, 37.9, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2023, 17.5, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2024, 23.7, "CNY 100 million", "actual"),
            ("AI肌肤检测", 2023, 12.4, "CNY 100 million", "actual"),
            ("AI肌肤检测", 2024, 15.8, "CNY 100 million", "actual"),
            ("AI配方研发", 2023, 7.3, "CNY 100 million", "actual"),
            ("AI配方研发", 2024, 9.0, "CNY 100 million", "actual"),
            ("合计", 2023, 65.8, "CNY 100 million", "actual"),
            ("合计", 2024, 86.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 43.9, "percent", 2024, 2024, None),
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 10.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 37.9 / 86.4 = 43.87% -> 43.9
            ("arithmetic", "exact"),  # 23.7 / 86.4 = 27.43% -> 27.4
            # 15.8 / 86.4 = 18.29% -> 18.3, not 19.3; bounds 15.75 / 86.45 = 18.22%, 15.85 / 86.35 = 18.36%
            # -> 19.3 reached by no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 9.0 / 86.4 = 10.42% -> 10.4
            ("hierarchy", "exact"),  # 2023: 28.6 + 17.5 + 12.4 + 7.3 = 65.8
            ("hierarchy", "exact"),  # 2024: 37.9 + 23.7 + 15.8 + 9.0 = 86.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 6, 'rounding': 15, 'exact': 88}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '(BUSINESS WIRE) -- Spending by U.S. beauty brands',
    'JAPAN COSMETICS / Industry update / Tokyo, 9 July 2025',
    'took the biggest slice, €62 million or roughly 32%',
    'Rival house Northgate Analytics puts the 2024 figure',
    'CHIEF DIGITAL OFFICER: So what is the prize?',
    'Correction: an earlier version of this note put 2024',
    'roughly 2.5x in three years',
    '力争到2027年全省美妆AI应用市场规模突破90亿元,较2022年增长4倍',
    '另据北辰消费研究院测算,2024年该市场规模约为102亿元',
    '市場規模為4.6億港元,按年增長22%,2023年為3.8億港元',
    '去年台灣美妝電商與直播導購的AI應用支出約新台幣21.4億元',
    '| Total | 3,095 | 3,915 | 11,900 | 24.9% |',
    '合计\t45.5\t65.1\t90.1\t100.0%',
    'Priya Raman, Chief Financial Officer:',
    "1/ Everyone's talking about AI shade-matching",
    'An earlier version of this article gave the 2023 figure',
    '- Expected to reach $24.0bn by 2029E, c.20% CAGR 2024-29E',
    'Top answer (dermadev_kate, 412 upvotes):',
    '新华社杭州5月20日电(记者 王晓雯 李哲)',
    '较2024年的52亿元年均增长35%左右',
    '【2025/08/12 臺北訊】財團法人臺灣美妝科技研究中心',
    '標題 [情報] 台灣AI美妝市場到底多大?整理了一下數字',
    '今年预计能做到42亿元左右,增速在35%上下',
    '| Total | 5,180 | 16,760 | 21.6% |',
    'In-store skin analysis                  52      24%',
    '| 合计 | 65.8 | 86.4 | 100.0% |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 221
#: figures, 66 rates, 107 verdicts and 3 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (200, 202, 204, 206): 224, 68, 109 and 0
FLOORS = {"figures_found": 224, "rates_found": 68, "verdicts_right": 109}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset202.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
