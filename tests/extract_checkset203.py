"""A two-hundred-and-third check set for the extractor, written blind: AI in cosmetics, skincare and beauty retail:
virtual try-on and AR make-up apps, AI skin-analysis and diagnosis tools, AI-driven formulation and ingredient
discovery, personalised skincare recommendation engines, AI in beauty e-commerce and livestream selling, smart beauty
devices; sized in money by cosmetics trade associations, market research houses, brokers, consultancies, brand groups'
capital-markets days and beauty-tech vendors, in France, the United States, the United Kingdom, South Korea, Japan,
Italy, Germany, India, Brazil, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: total
cosmetics or skincare sales beside the AI part, numbers of users, downloads, stores or SKUs, a brand's own revenue or
margin, a funding round and valuation, a quarter's or a shopping festival's takings, a survey's percentages, a product's
retail price, conversion-rate uplifts.

Snippets 1-20: AI in cosmetics and beauty (virtual try-on, skin analysis, AI formulation, skincare recommendation
engines, beauty e-commerce and livestream tools, smart devices). Eight English prose snippets: a Paris wire release, a
Tokyo broker note in fiscal years and yen, a London briefing with segment shares, an article quoting two research
houses, a capital-markets-day transcript sizing a TAM, a Milan strategy with last-year/this-year figures and targets, a
Sao Paulo note with a correction and a range, a blog post with a multiple. Seven Chinese prose snippets: a mainland blue
book, a Zhejiang plan (力争, 增长2倍), a Xinhua story quoting two institutes, a Taiwanese white paper, a Hong Kong story in
億港元, a Taipei story with 去年/今年, a broker deep-dive. Five tables: markdown with a CAGR column, tab-separated with 合计,
space-aligned with shares, vertical by year with YoY, Traditional markdown with 合計. Left out: total cosmetics sales,
users, downloads, SKUs, funding rounds, brand revenue and margins, price targets, surveys, quarters, retail prices,
conversion uplifts, a second house's figure, a superseded figure, reais and rupees. Inconsistent: the Tokyo 21% CAGR,
the deep-dive's 36.2%, the table's 24.8% skin-analysis CAGR. Rounding only: the London 26% share, the Sao Paulo 23% YoY,
the 20.9% and 25.3% shares, the Hong Kong 18.0% CAGR, the 合计 table's 2024 total, the 31.7% YoY.

Snippets 21-40: twenty invented texts on AI in cosmetics and beauty. Eight are English prose: an earnings-call TAM
answer, a working-paper abstract, a social-media thread, a web article with a correction, an annual-report letter,
investor-day slide bullets, a forum answer quoting two research houses and a Seoul broker note priced in won. Seven are
Chinese prose: a Xinhua-style release, a Guangzhou municipal plan, a Taiwanese research release, a Hong Kong report and
a PTT post (the last three Traditional), a broker abstract with a 2027 range and a results-briefing transcript. Five are
tables: markdown with a CAGR column, tab-separated yen with YoY, space-aligned euro with shares, a vertical table whose
rows are years, and a Chinese pipe table with a total row. Left out: total cosmetics sales, users, downloads, stores, a
company's own revenue, margin and share target, a quarter, Double 11 takings, survey answers, retail prices, conversion
uplifts, a price target, the second publisher's figure and the won amounts. Inconsistent: the stale 32% UK growth (24),
the PTT poster's 28% CAGR (33), table 40's 2024 total. Only by rounding: 26.3% (22), 21.2% (25), 16.8% (26), about 18%
(32), 20.9% (36), 27.3% (37), the 20.4% share (38).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Paris wire release with dateline: YoY with both amounts, CAGR with printed span, all in USD billion.
    #    Expected nowhere: the dateline, the report's title year, the 2,300 shoppers surveyed, worldwide cosmetics
    #    sales, the 58% survey answer, the conversion-rate uplift.
    dict(
        text=(
            "PARIS, March 11, 2025 /Business Wire/ -- Global spending on virtual try-on and augmented-reality make-up "
            "tools reached $1.42 billion in 2024, up 31% from $1.08 billion in 2023, according to the Beauty Tech "
            "Observatory 2025 published today by Lumière Insights. The Paris-based research firm, which surveyed 2,300 "
            "shoppers in nine countries, expects the market to reach $5.6 billion in 2030, a compound annual growth "
            "rate of 25.7% over 2024-2030. Worldwide cosmetics sales totalled roughly $430 billion last year. Some 58% "
            "of respondents said they had tried a lipstick shade virtually before buying, and partner retailers report "
            "conversion rates up to 35% higher on product pages with try-on."
        ),
        obs=[
            ("Total", 2023, 1.08, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.42 / 1.08) ** (1 / 1) - 1 = 31.48% -> 31
            ("cagr|implied", "exact"),  # (5.6 / 1.42) ** (1 / 6) - 1 = 25.70% -> 25.7
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen; CAGR span only from the amounts' years, printed 21% while
    #    the amounts give 19.09%. Expected nowhere: the dateline, domestic cosmetics shipments, the covered company's
    #    sales, growth, margin, target price and upside, the app's downloads, the March quarter.
    dict(
        text=(
            "JAPAN COSMETICS - Sector update - Tokyo, 9 June 2025\n"
            "Mirror, mirror. We estimate Japan's market for AI skin-analysis and diagnosis tools, counting in-store "
            "kiosks, counselling apps and dermatology-grade scanners, at ¥38.4bn in FY2024 (year to March 2025) and "
            "forecast ¥92.0bn in FY2029e, a CAGR of 21%. Domestic cosmetics shipments ran to about ¥1.7trn, so the AI "
            "slice is still thin. Our top pick, Hanamizu Holdings (Buy, TP ¥4,850, 22% upside), grew FY2024 sales 6% "
            "to ¥312bn at an 11.8% operating margin; its counselling app passed 4.1 million downloads in the March "
            "quarter."
        ),
        obs=[
            ("Total", 2024, 38.4, "JPY billion", "actual"),
            ("Total", 2029, 92.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (92.0 / 38.4) ** (1 / 5) - 1 = 19.09% -> 19, not 21; bounds (91.95 / 38.45) ** (1/5) - 1 = 19.05%,
            # (92.05 / 38.35) ** (1/5) - 1 = 19.14% -> 21 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 3. London research briefing: a total and three segments with shares; the try-on share holds only by rounding.
    #    Expected nowhere: the dateline, the 61 member companies, UK cosmetics and toiletries sales, the SKU count.
    dict(
        text=(
            "LONDON, 4 September 2025 - UK beauty brands and retailers spent £264 million on artificial-intelligence "
            "tools in 2024, according to a briefing from the Albion Beauty Technology Council. Personalised skincare "
            "recommendation engines were the biggest segment at £97 million, or 37% of the total, ahead of virtual "
            "try-on at £70 million (26%). AI-assisted formulation and ingredient screening accounted for £41 million, "
            "some 16%. The council, which canvassed 61 member companies, forecasts spending of £610 million in 2028. "
            "British consumers spent £11.3 billion on cosmetics and toiletries in 2024, and the four largest chains "
            "stock more than 40,000 SKUs between them."
        ),
        obs=[
            ("Total", 2024, 264, "GBP million", "actual"),
            ("Personalised skincare recommendation engines", 2024, 97, "GBP million", "actual"),
            ("Virtual try-on", 2024, 70, "GBP million", "actual"),
            ("AI-assisted formulation and ingredient screening", 2024, 41, "GBP million", "actual"),
            ("Total", 2028, 610, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 97 / 264 = 36.74% -> 37
            # 70 / 264 = 26.52% -> 27, not 26; bounds 69.5 / 264.5 = 26.28%, 70.5 / 263.5 = 26.76% -> 26 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41 / 264 = 15.53% -> 16
        ],
    ),
    # 4. Trade-magazine article quoting two research houses: the first house's base, target and CAGR with printed
    #    span. Expected nowhere: the publication date, the second house's $174 million for 2024, US beauty sales,
    #    the start-up's Series B and valuation.
    dict(
        text=(
            "Beauty's formula machine, by the numbers (published August 12, 2025)\n"
            "The US market for AI-driven formulation and ingredient-discovery software was worth $212 million in 2024, "
            "according to Crestline Market Intelligence, which expects it to grow to $655 million by 2029, a 25.3% "
            "compound annual rate between 2024 and 2029. Not everyone is that bullish: Northgate Research puts 2024 "
            "spending at just $174 million. Either way, the sums are tiny next to the $103 billion Americans spent on "
            "beauty products last year. Venture investors are paying attention all the same; formulation start-up "
            "Molecula Labs closed a $48 million Series B in May at a valuation of around $400 million."
        ),
        obs=[
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2029, 655, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (655 / 212) ** (1 / 5) - 1 = 25.31% -> 25.3
        ],
    ),
    # 5. Capital-markets-day transcript: a brand group's CDO sizes the TAM for AI smart beauty devices (Total);
    #    "roughly 17% a year" spans only the amounts' years. Expected nowhere: the event date, the group's own device
    #    sales and margin, its 12% share ambition, the 2.7 million connected users, the mask's retail price.
    dict(
        text=(
            "Aurelis Beauty Group, Capital Markets Day, Düsseldorf, 18 November 2025 - edited transcript\n"
            "Katrin Vogel, Chief Digital Officer: So let me size the opportunity. We put the total addressable market "
            "for AI-enabled smart beauty devices, meaning connected cleansing brushes, LED masks and at-home skin "
            "scanners, at about €2.9 billion in 2024, and we think it gets to €7.4 billion by 2030. That's roughly 17% "
            "a year. Our own device sales were €286 million in 2024 at a high-teens margin, and our ambition is a 12% "
            "share of that market by 2030. We already have 2.7 million connected users.\n"
            "Jonas Riedel, analyst: And the price point?\n"
            "Katrin Vogel: Our flagship LED mask retails at €349."
        ),
        obs=[
            ("Total", 2024, 2.9, "EUR billion", "actual"),
            ("Total", 2030, 7.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.4 / 2.9) ** (1 / 6) - 1 = 16.90% -> 17
        ],
    ),
    # 6. Milan industry-association strategy: last year (2024) actual, this year (2025) estimate, 2028 target; a
    #    YoY whose base is not printed gets no verdict. Expected nowhere: the dateline, the strategy's title years,
    #    Italian cosmetics turnover, the 120 member companies, the 9,000 points of sale, the 44% survey answer.
    dict(
        text=(
            "MILAN, 27 May 2025 - Beauty Tech Italia, the digital-innovation committee of the Italian cosmetics "
            "industry association, today presented its 2025-2028 strategy for artificial intelligence in beauty. "
            "Italian brands, pharmacies and perfumeries spent €118 million on AI tools last year, up 24% on the year "
            "before, and the committee expects about €150 million this year, a rise of 27%. The strategy's target is "
            "€300 million by 2028, a compound rate of 26% a year over 2025-2028. For scale, the Italian cosmetics "
            "industry's turnover reached €16.5 billion last year. The committee's 120 member companies run more than "
            "9,000 points of sale, and a survey of them found 44% already using generative AI for product copy."
        ),
        obs=[
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2025, 150, "EUR million", "estimate"),
            ("Total", 2028, 300, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 26, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # no verdict for the 24%: its 2023 base is not printed
            ("cagr|implied", "exact"),  # (150 / 118) ** (1 / 1) - 1 = 27.12% -> 27
            ("cagr|implied", "exact"),  # (300 / 150) ** (1 / 3) - 1 = 25.99% -> 26
        ],
    ),
    # 7. Sao Paulo research note with a correction and a 2029 range; YoY holds only by rounding. Expected nowhere:
    #    the dateline, the superseded US$168 million, the reais figures (sales, Black Friday livestreams), the
    #    conversion-rate uplifts.
    dict(
        text=(
            "Ipê Analytics - Research note - São Paulo, 3 September 2025\n"
            "Correction: an earlier version of this note put Brazil's 2024 market at US$168 million; the correct "
            "figure is US$186 million. Brazilian spending on AI tools for beauty e-commerce and livestream selling, "
            "from shade-matching widgets to virtual hosts for live shopping, reached US$186 million in 2024, up 23% "
            "from US$152 million in 2023. We expect US$420-480 million in 2029. The tools ride on a large base: beauty "
            "and personal-care sales came to about R$150 billion last year, and Black Friday beauty livestreams took "
            "R$1.2 billion. Retailers cite conversion-rate uplifts of 15-25%."
        ),
        obs=[
            ("Total", 2023, 152, "USD million", "actual"),
            ("Total", 2024, 186, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("value", 420, "USD million", 2029, 2029, None),
            ("value", 480, "USD million", 2029, 2029, None),
        ],
        verdicts=[
            # (186 / 152) ** (1 / 1) - 1 = 22.37% -> 22, not 23; bounds 185.5 / 152.5 - 1 = 21.64%,
            # 186.5 / 151.5 - 1 = 23.10% -> 23 by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Personal blog post: a multiple over four years (no verdict) and "roughly 37% a year" whose span only the
    #    amounts' years give; a 2028 guess. Expected nowhere: the post date, downloads, the rupee subscription price,
    #    the start-up's funding round and valuation, total Indian beauty and personal-care sales.
    dict(
        text=(
            "Posted by Meera Iyer on The Glow Ledger, 2 March 2025\n"
            "Why I'm bullish on AI skincare apps in India. By my count, spending on AI skin-analysis and "
            "personalised-skincare apps in India went from $41 million in 2020 to $146 million in 2024, a 3.5x jump in "
            "four years, or roughly 37% a year. The category leader says it passed 28 million downloads last year, "
            "and its premium subscription costs ₹1,499 a year. Mumbai start-up DermaDhan raised $22 million in January "
            "at a $180 million valuation. Total Indian beauty and personal-care sales? Somewhere near $21 billion. My "
            "guess is the app market clears $400 million by 2028."
        ),
        obs=[
            ("Total", 2020, 41, "USD million", "actual"),
            ("Total", 2024, 146, "USD million", "actual"),
            ("Total", 2028, 400, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3.5, "multiple", 2020, 2024, 4.0),
            ("cagr", 37, "percent", 2020, 2024, None, "inferred"),
        ],
        verdicts=[
            # no verdict for the multiple
            ("cagr|period", "exact"),  # (146 / 41) ** (1 / 4) - 1 = 37.37% -> 37
        ],
    ),
    # 9. Mainland blue book (Simplified): YoY with both amounts, two parts with shares (one only by rounding), CAGR
    #    with printed span. Expected nowhere: the report's title year, total cosmetics retail sales, the 3,200
    #    consumers and 71% survey answer, the mini-program's visits.
    dict(
        text=(
            "《2025中国美妆科技发展蓝皮书》近日在上海发布。蓝皮书显示，2024年我国美妆行业人工智能应用市场规模达到"
            "46.3亿元，较2023年的36.0亿元增长28.6%。其中，AI虚拟试妆市场规模为15.2亿元，占比32.8%；AI肌肤检测市场"
            "规模为9.7亿元，占比20.9%。蓝皮书预计，到2027年市场规模将增至96.2亿元，2024—2027年年均复合增长率约为"
            "27.6%。同期，我国化妆品类商品零售总额约4,357亿元；在受访的3,200名消费者中，有71%表示曾使用过线上试妆"
            "功能，头部品牌的AI试妆小程序累计访问量已突破5亿次。"
        ),
        obs=[
            ("Total", 2023, 36.0, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2024, 15.2, "CNY 100 million", "actual"),
            ("AI肌肤检测", 2024, 9.7, "CNY 100 million", "actual"),
            ("Total", 2027, 96.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 32.8, "percent", 2024, 2024, None),
            ("share", 20.9, "percent", 2024, 2024, None),
            ("cagr", 27.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 36.0) ** (1 / 1) - 1 = 28.61% -> 28.6
            ("arithmetic", "exact"),  # 15.2 / 46.3 = 32.83% -> 32.8
            # 9.7 / 46.3 = 20.95% -> 21.0, not 20.9; bounds 9.65 / 46.35 = 20.82%, 9.75 / 46.25 = 21.08% -> 20.9 by
            # some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (96.2 / 46.3) ** (1 / 3) - 1 = 27.60% -> 27.6
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): a 力争突破 target and 增长2倍 kept as x2; YoY without its base.
    #     Expected nowhere: the plan's title years, the 50 firms and 20 factories, total industry output, the 双11
    #     livestream takings.
    dict(
        text=(
            "近日，浙江省经济和信息化厅等六部门联合印发《浙江省化妆品产业智能化提升行动方案（2025—2027年）》。方案"
            "提出，到2027年，全省美妆领域人工智能应用市场规模力争突破60亿元，较2024年增长2倍；培育AI配方研发、智能"
            "试妆等领域专精特新企业50家以上，建成省级美妆数字化示范工厂20家。据测算，2024年全省美妆人工智能应用市场"
            "规模为19.8亿元，同比增长31.1%，其中AI直播电商服务规模为8.6亿元。2024年全省化妆品产业总产值约1,020亿元，"
            "“双11”期间全省美妆直播销售额超过120亿元。"
        ),
        obs=[
            ("Total", 2024, 19.8, "CNY 100 million", "actual"),
            ("AI直播电商服务", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # no verdict for the multiple, nor for the 31.1% whose 2023 base is not printed
        ],
    ),
    # 11. Xinhua wire story quoting two institutes (Simplified): the first institute's YoY and CAGR with both amounts.
    #     Expected nowhere: the dateline, the second institute's 10.5亿元 for 2024, the 300 brands, the 1.2亿 users,
    #     total cosmetics retail sales.
    dict(
        text=(
            "新华社北京2025年7月15日电（记者王思远）中国美妆科技研究院15日发布的报告显示，2024年我国个性化护肤推荐"
            "引擎市场规模为12.4亿元，较2023年的9.1亿元增长36.3%；预计到2028年将达到41.6亿元，2024年至2028年年均复合"
            "增长率为35.3%。另一家研究机构艾联咨询的测算更为保守，认为2024年该市场规模约为10.5亿元。报告指出，截至"
            "2024年底，国内已有超过300个美妆品牌接入AI肤质测评功能，相关小程序累计用户突破1.2亿人，而当年全国化妆品"
            "零售额约为4,357亿元。"
        ),
        obs=[
            ("Total", 2023, 9.1, "CNY 100 million", "actual"),
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2028, 41.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.3, "percent", 2023, 2024, 1.0),
            ("cagr", 35.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.1) ** (1 / 1) - 1 = 36.26% -> 36.3
            ("cagr|implied", "exact"),  # (41.6 / 12.4) ** (1 / 4) - 1 = 35.34% -> 35.3
        ],
    ),
    # 12. Taiwanese white paper (Traditional) in 新台幣億元: YoY, two parts with shares (one only by rounding), CAGR
    #     with printed span. Expected nowhere: the title year, total cosmetics retail sales, the 412 firms, 近六成,
    #     the conversion uplift.
    dict(
        text=(
            "經濟部產業發展署委託台灣美妝科技協會編撰的《2025台灣美妝科技白皮書》指出，2024年台灣美妝產業AI應用市場"
            "規模為新台幣38.6億元，較2023年的新台幣30.2億元成長27.8%。其中，AI膚質檢測與診斷服務為新台幣14.1億元，"
            "占36.5%；虛擬試妝為新台幣9.8億元，占25.3%。白皮書預估，2028年市場規模可望達新台幣96億元，2024至2028年"
            "複合成長率約25.6%。同年台灣化妝品零售總額約新台幣1,150億元；協會調查的412家業者中，近六成已導入AI客服，"
            "平均轉換率提升12%。"
        ),
        obs=[
            ("Total", 2023, 30.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("AI膚質檢測與診斷服務", 2024, 14.1, "TWD 100 million", "actual"),
            ("虛擬試妝", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2028, 96, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
            ("share", 25.3, "percent", 2024, 2024, None),
            ("cagr", 25.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.2) ** (1 / 1) - 1 = 27.81% -> 27.8
            ("arithmetic", "exact"),  # 14.1 / 38.6 = 36.53% -> 36.5
            # 9.8 / 38.6 = 25.39% -> 25.4, not 25.3; bounds 9.75 / 38.65 = 25.23%, 9.85 / 38.55 = 25.55% -> 25.3 by
            # some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (96 / 38.6) ** (1 / 4) - 1 = 25.58% -> 25.6
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元: YoY exact, a part with its share, a CAGR with printed span that
    #     holds only by rounding. Expected nowhere: the dateline, Hong Kong cosmetics retail sales, the 186 salons and
    #     逾七成, the analyser's retail price.
    dict(
        text=(
            "【2025年10月8日 香港】香港美容科技協會今日公布調查報告，2024年本港美妝零售及美容院採用人工智能方案的"
            "市場規模為4.86億港元，按年增長18.8%，2023年為4.09億港元。其中智能美容儀器佔1.72億港元，佔整體35.4%。"
            "協會預計，至2029年市場規模將達11.2億港元，2024至2029年複合年增長率約18.0%。同期本港化妝品零售額約350"
            "億港元；受訪的186間美容院中，逾七成計劃明年增加AI投資，而一部旗艦AI皮膚分析儀零售價約3.8萬港元。"
        ),
        obs=[
            ("Total", 2023, 4.09, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("智能美容儀器", 2024, 1.72, "HKD 100 million", "actual"),
            ("Total", 2029, 11.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
            ("share", 35.4, "percent", 2024, 2024, None),
            ("cagr", 18.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 4.09) ** (1 / 1) - 1 = 18.83% -> 18.8
            ("arithmetic", "exact"),  # 1.72 / 4.86 = 35.39% -> 35.4
            # (11.2 / 4.86) ** (1 / 5) - 1 = 18.17% -> 18.2, not 18.0; bounds (11.15 / 4.865) ** (1/5) - 1 = 18.04%,
            # (11.25 / 4.855) ** (1/5) - 1 = 18.30% -> 18.0 by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Taipei news story (Traditional) with 去年/今年/明年 against a 2025 dateline: 2024 actual, 2025 and 2026
    #     estimates. Expected nowhere: the dateline, total beauty e-commerce turnover, the first quarter's livestream
    #     takings, the percentage-point uplift, the monthly active users.
    dict(
        text=(
            "【台北2025年4月22日訊】台灣數位美妝研究中心今（22）日發布調查指出，去年國內美妝電商與直播導購的AI應用"
            "市場規模達新台幣21.5億元，年增24.3%；今年預估將成長至新台幣27.3億元，年增27.0%，明年可望突破新台幣34億"
            "元。研究中心指出，AI虛擬主播與個人化推薦是主要成長動能。不過，去年國內美妝電商整體交易額約新台幣820億元，"
            "今年第一季直播美妝成交額約新台幣46億元；導入AI推薦的店家，轉換率平均提升1.8個百分點，月活躍用戶超過600"
            "萬人。"
        ),
        obs=[
            ("Total", 2024, 21.5, "TWD 100 million", "actual"),
            ("Total", 2025, 27.3, "TWD 100 million", "estimate"),
            ("Total", 2026, 34, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("growth", 27.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # no verdict for the 24.3%: its 2023 base is not printed
            ("cagr|implied", "exact"),  # (27.3 / 21.5) ** (1 / 1) - 1 = 26.98% -> 27.0
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): a CAGR with printed span that its own amounts contradict (34.22%
    #     against 36.2%); a second market named beside it is an item of its own. Expected nowhere: the report date,
    #     the covered company's revenue, gross margin, target price and upside, the formula-data count.
    dict(
        text=(
            "瀚海证券美妆行业深度报告（2025年6月）：AI重塑美妆研发。我们测算，2024年中国AI美妆配方研发市场规模约为"
            "7.8亿元，预计2030年将达到45.6亿元，对应2024—2030年复合增速36.2%，主要驱动力来自功效原料筛选与配方仿真。"
            "另一方面，AI智能美容仪市场2024年规模为58.4亿元，同比增长16.5%。重点推荐标的珀澜股份2024年营收62.7亿元，"
            "毛利率70.3%，给予目标价86元、对应上行空间24%，维持“买入”评级；其研发平台已积累超过1.5万个配方数据。"
        ),
        obs=[
            ("Total", 2024, 7.8, "CNY 100 million", "actual"),
            ("Total", 2030, 45.6, "CNY 100 million", "estimate"),
            ("AI智能美容仪", 2024, 58.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 36.2, "percent", 2024, 2030, None, "stated"),
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (45.6 / 7.8) ** (1 / 6) - 1 = 34.22% -> 34.2, not 36.2; bounds (45.55 / 7.85) ** (1/6) - 1 = 34.05%,
            # (45.65 / 7.75) ** (1/6) - 1 = 34.39% -> 36.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            # no verdict for the 16.5%: its 2023 base is not printed
        ],
    ),
    # 16. Markdown pipe table (English) in USD million with a CAGR column: four segments and a Total row; the
    #     skin-analysis row's 24.8% contradicts its amounts. Expected nowhere: the table number, the report's title
    #     year, the note.
    dict(
        text=(
            "Table 3: Global AI-in-beauty spending by segment, 2024 and 2030F (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|\n"
            "| Virtual try-on & AR make-up | 1,380 | 5,270 | 25.0% |\n"
            "| Skin analysis & diagnosis | 860 | 2,950 | 24.8% |\n"
            "| AI formulation & ingredient discovery | 540 | 2,310 | 27.4% |\n"
            "| Personalised recommendation engines | 1,130 | 4,080 | 23.9% |\n"
            "| Total | 3,910 | 14,610 | 24.6% |\n"
            "Source: Veridia Research, Global Beauty Tech Monitor 2025; F = forecast. Figures exclude hardware devices "
            "and in-store kiosks."
        ),
        obs=[
            ("Virtual try-on & AR make-up", 2024, 1380, "USD million", "actual"),
            ("Virtual try-on & AR make-up", 2030, 5270, "USD million", "estimate"),
            ("Skin analysis & diagnosis", 2024, 860, "USD million", "actual"),
            ("Skin analysis & diagnosis", 2030, 2950, "USD million", "estimate"),
            ("AI formulation & ingredient discovery", 2024, 540, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2030, 2310, "USD million", "estimate"),
            ("Personalised recommendation engines", 2024, 1130, "USD million", "actual"),
            ("Personalised recommendation engines", 2030, 4080, "USD million", "estimate"),
            ("Total", 2024, 3910, "USD million", "actual"),
            ("Total", 2030, 14610, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5270 / 1380) ** (1 / 6) - 1 = 25.02% -> 25.0
            # (2950 / 860) ** (1 / 6) - 1 = 22.81% -> 22.8, not 24.8; bounds (2949.5 / 860.5) ** (1/6) - 1 = 22.79%,
            # (2950.5 / 859.5) ** (1/6) - 1 = 22.82% -> 24.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2310 / 540) ** (1 / 6) - 1 = 27.41% -> 27.4
            ("cagr|implied", "exact"),  # (4080 / 1130) ** (1 / 6) - 1 = 23.86% -> 23.9
            ("cagr|implied", "exact"),  # (14610 / 3910) ** (1 / 6) - 1 = 24.57% -> 24.6
            ("hierarchy", "exact"),  # 2024: 1380 + 860 + 540 + 1130 = 3910
            ("hierarchy", "exact"),  # 2030F: 5270 + 2950 + 2310 + 4080 = 14610
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; the 2024 total holds only by rounding.
    #     Expected nowhere: the table number, the title's year span, the source line.
    dict(
        text=(
            "表4 2022—2024年中国美妆AI应用市场分场景规模（单位：亿元）\n"
            "应用场景\t2022年\t2023年\t2024年\n"
            "AI虚拟试妆\t8.1\t11.0\t15.2\n"
            "AI肌肤检测\t5.2\t7.1\t9.7\n"
            "AI配方研发\t2.9\t4.0\t5.6\n"
            "智能客服与直播导购\t7.6\t10.4\t13.4\n"
            "合计\t23.8\t32.5\t44.0\n"
            "资料来源：美妆数字化研究中心整理；因四舍五入，分项之和与合计可能略有出入。"
        ),
        obs=[
            ("AI虚拟试妆", 2022, 8.1, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2023, 11.0, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2024, 15.2, "CNY 100 million", "actual"),
            ("AI肌肤检测", 2022, 5.2, "CNY 100 million", "actual"),
            ("AI肌肤检测", 2023, 7.1, "CNY 100 million", "actual"),
            ("AI肌肤检测", 2024, 9.7, "CNY 100 million", "actual"),
            ("AI配方研发", 2022, 2.9, "CNY 100 million", "actual"),
            ("AI配方研发", 2023, 4.0, "CNY 100 million", "actual"),
            ("AI配方研发", 2024, 5.6, "CNY 100 million", "actual"),
            ("智能客服与直播导购", 2022, 7.6, "CNY 100 million", "actual"),
            ("智能客服与直播导购", 2023, 10.4, "CNY 100 million", "actual"),
            ("智能客服与直播导购", 2024, 13.4, "CNY 100 million", "actual"),
            ("合计", 2022, 23.8, "CNY 100 million", "actual"),
            ("合计", 2023, 32.5, "CNY 100 million", "actual"),
            ("合计", 2024, 44.0, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 8.1 + 5.2 + 2.9 + 7.6 = 23.8
            ("hierarchy", "exact"),  # 2023: 11.0 + 7.1 + 4.0 + 10.4 = 32.5
            # 2024: 15.2 + 9.7 + 5.6 + 13.4 = 43.9, not 44.0; parts at +0.05 each give 44.1 >= 43.95 (44.0 at its
            # lower half-digit) -> 44.0 by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (English) in EUR million with a share column, one year: four channels and a Total
    #     row. Expected nowhere: the exhibit number, the 100.0% total share, the store count in the note.
    dict(
        text=(
            "Exhibit 7. Germany: AI spending in beauty retail by channel, 2024 (EUR million)\n"
            "Channel                          2024     Share\n"
            "Online shops & apps              96.4     48.1%\n"
            "Drugstore chains                 52.7     26.3%\n"
            "Department stores & perfumeries  31.2     15.6%\n"
            "Salons & spas                    20.1     10.0%\n"
            "Total                           200.4    100.0%\n"
            "Source: Rheinwerk Beauty Consulting, survey of retailers operating 14,800 stores; AI spending covers "
            "virtual try-on, skin analysis, recommendation engines and AI-assisted customer service."
        ),
        obs=[
            ("Online shops & apps", 2024, 96.4, "EUR million", "actual"),
            ("Drugstore chains", 2024, 52.7, "EUR million", "actual"),
            ("Department stores & perfumeries", 2024, 31.2, "EUR million", "actual"),
            ("Salons & spas", 2024, 20.1, "EUR million", "actual"),
            ("Total", 2024, 200.4, "EUR million", "actual"),
        ],
        claims=[
            ("share", 48.1, "percent", 2024, 2024, None),
            ("share", 26.3, "percent", 2024, 2024, None),
            ("share", 15.6, "percent", 2024, 2024, None),
            ("share", 10.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 200.4 = 48.10% -> 48.1
            ("arithmetic", "exact"),  # 52.7 / 200.4 = 26.30% -> 26.3
            ("arithmetic", "exact"),  # 31.2 / 200.4 = 15.57% -> 15.6
            ("arithmetic", "exact"),  # 20.1 / 200.4 = 10.03% -> 10.0
            ("hierarchy", "exact"),  # 2024: 96.4 + 52.7 + 31.2 + 20.1 = 200.4
        ],
    ),
    # 19. Vertical space-aligned table (rows are years) with a lone value column headed by its unit only (Total) and a
    #     YoY column; 2025E an estimate; the 2023 YoY holds only by rounding. Expected nowhere: the title's year
    #     span, the source date, the note's app count.
    dict(
        text=(
            "Japan: AI virtual try-on and make-up simulation market, 2021-2025E\n"
            "Year     JPY billion     YoY\n"
            "2021         6.8          -\n"
            "2022         9.1        33.8%\n"
            "2023        12.0        31.7%\n"
            "2024        15.3        27.5%\n"
            "2025E       19.0        24.2%\n"
            "Source: Sakura Beauty Research, market update of May 2025. Covers spending by cosmetics brands and "
            "retailers on try-on features in their own apps, in-store mirrors and kiosks, and social-media lenses; "
            "excludes the 37 stand-alone apps sold to consumers on subscription. E = estimate."
        ),
        obs=[
            ("Total", 2021, 6.8, "JPY billion", "actual"),
            ("Total", 2022, 9.1, "JPY billion", "actual"),
            ("Total", 2023, 12.0, "JPY billion", "actual"),
            ("Total", 2024, 15.3, "JPY billion", "actual"),
            ("Total", 2025, 19.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2021, 2022, 1.0),
            ("growth", 31.7, "percent", 2022, 2023, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.1 / 6.8 - 1 = 33.82% -> 33.8
            # 12.0 / 9.1 - 1 = 31.87% -> 31.9, not 31.7; bounds 11.95 / 9.15 - 1 = 30.60%, 12.05 / 9.05 - 1 = 33.15%
            # -> 31.7 by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 15.3 / 12.0 - 1 = 27.50% -> 27.5
            ("cagr|implied", "exact"),  # 19.0 / 15.3 - 1 = 24.18% -> 24.2
        ],
    ),
    # 20. Markdown pipe table (Traditional) in 新台幣億元 with a 合計 row and a 年增率 column, two years.
    #     Expected nowhere: the table number, the source line's title year.
    dict(
        text=(
            "表2 台灣美妝產業AI應用市場分項規模（單位：新台幣億元）\n"
            "| 項目 | 2023年 | 2024年 | 年增率 |\n"
            "|---|---:|---:|---:|\n"
            "| AI膚質檢測與診斷 | 10.9 | 14.1 | 29.4% |\n"
            "| 虛擬試妝 | 7.6 | 9.8 | 28.9% |\n"
            "| AI配方研發 | 4.2 | 5.3 | 26.2% |\n"
            "| 電商推薦與客服 | 7.5 | 9.4 | 25.3% |\n"
            "| 合計 | 30.2 | 38.6 | 27.8% |\n"
            "資料來源：台灣美妝科技協會，《2025台灣美妝科技白皮書》。"
        ),
        obs=[
            ("AI膚質檢測與診斷", 2023, 10.9, "TWD 100 million", "actual"),
            ("AI膚質檢測與診斷", 2024, 14.1, "TWD 100 million", "actual"),
            ("虛擬試妝", 2023, 7.6, "TWD 100 million", "actual"),
            ("虛擬試妝", 2024, 9.8, "TWD 100 million", "actual"),
            ("AI配方研發", 2023, 4.2, "TWD 100 million", "actual"),
            ("AI配方研發", 2024, 5.3, "TWD 100 million", "actual"),
            ("電商推薦與客服", 2023, 7.5, "TWD 100 million", "actual"),
            ("電商推薦與客服", 2024, 9.4, "TWD 100 million", "actual"),
            ("合計", 2023, 30.2, "TWD 100 million", "actual"),
            ("合計", 2024, 38.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.1 / 10.9 - 1 = 29.36% -> 29.4
            ("cagr|implied", "exact"),  # 9.8 / 7.6 - 1 = 28.95% (28.947) -> 28.9
            ("cagr|implied", "exact"),  # 5.3 / 4.2 - 1 = 26.19% -> 26.2
            ("cagr|implied", "exact"),  # 9.4 / 7.5 - 1 = 25.33% -> 25.3
            ("cagr|implied", "exact"),  # 38.6 / 30.2 - 1 = 27.81% -> 27.8
            ("hierarchy", "exact"),  # 2023: 10.9 + 7.6 + 4.2 + 7.5 = 30.2
            ("hierarchy", "exact"),  # 2024: 14.1 + 9.8 + 5.3 + 9.4 = 38.6
        ],
    ),
    # 21. Earnings-call Q&A: the CEO sizes the TAM (the market, Total) in billions; a CAGR whose span only the
    #     amounts' years give. Expected nowhere: the call's date and fiscal quarter, the company's quarterly
    #     revenue and its 22% growth, the 14 million monthly users, the 71% gross margin.
    dict(
        text=(
            "Lumiere Derm Technologies (LDRM) fiscal 2025 third-quarter earnings call, November 6, 2025\n"
            "Operator: Our next question comes from Dana Whitcombe with Halvorsen Securities.\n"
            "Dana Whitcombe: Thanks. Can you frame the opportunity beyond your own subscriber base?\n"
            "Marc Delaunay, Chief Executive Officer: Sure. We size the total addressable market for AI skin "
            "diagnostics and personalised regimen engines at roughly $3.2 billion in 2024, and we see it reaching "
            "$7.5 billion in 2029, which works out to about an 18.6% compound annual rate. Against that, our "
            "third-quarter revenue of $61.4 million, up 22%, tells you how early we are. We now have 14 million "
            "monthly active users, and gross margin held at 71%."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2029, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.5 / 3.2) ** (1 / 5) - 1 = 18.57% -> 18.6
        ],
    ),
    # 22. Working-paper abstract: a CAGR with printed span that holds only by rounding; a share with no printed
    #     part. Expected nowhere: the paper number, the 1,312 patent filings, the $446 billion beauty market, the
    #     38% time-to-market cut, the 27 start-ups, the JEL codes.
    dict(
        text=(
            "Centre for Consumer Innovation, Working Paper 25/08 (March 2025)\n"
            "Abstract. Artificial intelligence is changing how cosmetic products are invented. Drawing on 1,312 "
            "patent filings and vendor disclosures, we estimate that global spending by beauty companies on "
            "AI-driven formulation and ingredient discovery rose from $212 million in 2020 to $538 million in 2024, "
            "a compound annual growth rate of 26.3% over 2020-2024. Skincare accounted for 61% of 2024 spending. "
            "The sums remain tiny beside the $446 billion global beauty market, yet firms adopting the tools cut "
            "median time-to-market by 38%. We discuss implications for incumbents and for the 27 start-ups in our "
            "sample. JEL codes: L65, O31, O33."
        ),
        obs=[
            ("Total", 2020, 212, "USD million", "actual"),
            ("Total", 2024, 538, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 26.3, "percent", 2020, 2024, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (538 / 212) ** (1 / 4) - 1 = 26.22% -> 26.2, not 26.3; bounds (537.5 / 212.5) ** (1/4) - 1 = 26.11%,
            # (538.5 / 211.5) ** (1/4) - 1 = 26.32% -> 26.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Social-media thread: YoY with both amounts in billions, a multiple to 2030 (no verdict).
    #     Expected nowhere: the thread's post numbers, the 40M downloads, the 38% conversion lift, the likes.
    dict(
        text=(
            "@glowdata_kim, Mar 3, 2025\n"
            "1/ Virtual try-on has quietly become real money in beauty. Some numbers worth knowing.\n"
            "2/ Statmark Insights puts the global AR and AI virtual try-on market for cosmetics at $1.46bn in 2024, "
            "up from $1.12bn in 2023. That's +30% in a year.\n"
            "3/ Their forecast: $4.9bn by 2030, about 3.4x the 2024 level.\n"
            "4/ For scale, the try-on app I track just passed 40M downloads, and one brand told me shade-matching "
            "lifted checkout conversion 38%.\n"
            "5/ Lipstick still drives most try-on sessions. Follow for part two on AI skin scanners. 1.2K likes"
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("multiple", 3.4, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.46 / 1.12) ** (1 / 1) - 1 = 30.36% -> 30
        ],
    ),
    # 24. Web article with a correction: the corrected 2024 figure is the one expected, the growth rate was left
    #     from the wrong figure (inconsistent); an inferred CAGR to 2028. Expected nowhere: the withdrawn £74
    #     million, the dateline, the £14.2 billion UK cosmetics market, the 2,300 stores, the 41% conversion gain.
    dict(
        text=(
            "Beauty Tech Weekly, 12 March 2025 (updated)\n"
            "Correction: An earlier version of this article gave the 2024 market figure as \u00a374 million. The "
            "correct figure is \u00a369 million.\n"
            "British beauty retailers and brands spent \u00a369 million on AI personalised skincare recommendation "
            "engines in 2024, up 32% from \u00a356 million in 2023, according to Bellwether Retail Analytics. The "
            "consultancy expects spending to reach \u00a3180 million in 2028, an annual pace of about 27%. The engines "
            "remain a sliver of the \u00a314.2 billion UK cosmetics and toiletries market. Bellwether counted 2,300 "
            "high-street stores with a skin-scanning counter and says shoppers who complete an online skin quiz show "
            "a 41% higher conversion rate."
        ),
        obs=[
            ("Total", 2023, 56, "GBP million", "actual"),
            ("Total", 2024, 69, "GBP million", "actual"),
            ("Total", 2028, 180, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (69 / 56) ** (1 / 1) - 1 = 23.21%; bounds (68.5 / 56.5) - 1 = 21.24%, (69.5 / 55.5) - 1 = 25.23%;
            # 32 is outside [21.24, 25.23] (it is 74 / 56 = 32.1%, the withdrawn figure)
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (180 / 69) ** (1 / 4) - 1 = 27.09% -> 27
        ],
    ),
    # 25. Annual-report letter: YoY holding only by rounding, a part in millions (its own series), a 2027 figure
    #     ("pass"). Expected nowhere: the "roughly a third" share in words, the group's revenue, its growth and
    #     margin, the dividend, the 41,000 colleagues.
    dict(
        text=(
            "Letter from the Chairman and Chief Executive\n"
            "Dear Shareholders, 2024 was the year beauty technology moved from pilot to mainstream at Maison "
            "Verlaine. By our estimate, Europe's market for AI-powered beauty devices and connected skincare tools "
            "reached \u20ac1.84 billion in 2024, up 21.2% from \u20ac1.52 billion in 2023. Smart cleansing and LED "
            "devices accounted for \u20ac610 million, roughly a third of it. Our own group revenue rose 6.8% to "
            "\u20ac6.3 billion, with an operating margin of 18.4%, and we propose a dividend of \u20ac2.10 per share. "
            "Our 41,000 colleagues made this possible. We expect the device market to pass \u20ac3 billion by 2027."
        ),
        obs=[
            ("Total", 2023, 1.52, "EUR billion", "actual"),
            ("Total", 2024, 1.84, "EUR billion", "actual"),
            ("Smart cleansing and LED devices", 2024, 610, "EUR million", "actual"),
            ("Total", 2027, 3, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (1.84 / 1.52) - 1 = 21.05% -> 21.1, not 21.2; bounds (1.835 / 1.525) - 1 = 20.33%,
            # (1.845 / 1.515) - 1 = 21.78% -> 21.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Investor-day slide bullets: CAGR with printed span holding only by rounding, a part with its share.
    #     Expected nowhere: the slide number and event year, the group's beauty-tech sales and growth, its 20%
    #     share ambition, the 52 million users, the 31 markets.
    dict(
        text=(
            "Aurevia Beauty Group, Capital Markets Day 2025, Slide 14: The AI beauty opportunity\n"
            "\u2022 Global AI-in-beauty spend: $5.8bn in 2024, $14.6bn by 2030E\n"
            "\u2022 16.8% CAGR, 2024-2030E\n"
            "\u2022 Personalisation engines: $1.9bn in 2024, 33% of total spend\n"
            "\u2022 Aurevia beauty-tech sales: $410m in 2024, +26% YoY\n"
            "\u2022 Ambition: 20% share of AI-in-beauty spend by 2030\n"
            "\u2022 52 million connected-device users across 31 markets\n"
            "\u2022 Virtual try-on, skin diagnostics and AI formulation all in scope; salon hardware excluded\n"
            "\u2022 Source: company estimates, Corvane Consulting"
        ),
        obs=[
            ("Total", 2024, 5.8, "USD billion", "actual"),
            ("Total", 2030, 14.6, "USD billion", "estimate"),
            ("Personalisation engines", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (14.6 / 5.8) ** (1 / 6) - 1 = 16.63% -> 16.6, not 16.8; bounds (14.55 / 5.85) ** (1/6) - 1 = 16.40%,
            # (14.65 / 5.75) ** (1/6) - 1 = 16.87% -> 16.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.9 / 5.8 = 32.76% -> 33
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house's base, target and CAGR are the snippet's;
    #     2030 figure in billions converted to USD million. Expected nowhere: Norland's $615 million, the upvotes,
    #     the $299 scanner price, the 25 million app users.
    dict(
        text=(
            "Re: How big is the AI skin-analysis market, really?\n"
            "Answer from derm_data_nerd, 214 upvotes\n"
            "Depends on whose report you read. Kestrel Market Research sizes the global market for AI skin-analysis "
            "and diagnosis tools at $842 million in 2024 and projects $2.31 billion by 2030, a CAGR of 18.3% over "
            "2024-2030. Norland Insights is far more cautious and puts the same market at $615 million for 2024. "
            "Both agree mobile apps are most of the volume, though pharmacy kiosks earn more per unit. For context, "
            "a consumer handheld scanner retails for about $299, and the top app claims 25 million users. I'd use "
            "Kestrel for the trend and Norland as a floor."
        ),
        obs=[
            ("Total", 2024, 842, "USD million", "actual"),
            ("Total", 2030, 2310, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2310 / 842) ** (1 / 6) - 1 = 18.32% -> 18.3
        ],
    ),
    # 28. Seoul broker note in won (a currency outside the unit list): no observation; its YoY, its CAGR with
    #     printed span and its share are claims without verdicts (no end amount or base is an observation).
    #     Expected nowhere: the ₩412 billion, the ₩17 trillion cosmetics market, the US$10.2 billion exports,
    #     the ₩148,000 target price, the 1,260 stores, the dateline.
    dict(
        text=(
            "Hanbit Investment & Securities, Cosmetics, Seoul, 9 September 2025\n"
            "K-beauty goes algorithmic. We estimate Korea's market for AI skin-diagnosis kiosks, connected beauty "
            "devices and recommendation software at \u20a9412 billion in 2024, up 19% on the year, and model a 22% "
            "CAGR over 2024-2029. Skin-diagnosis tools hold 37% of the total. The broader Korean cosmetics market is "
            "worth some \u20a917 trillion, and cosmetics exports hit a record US$10.2 billion last year. Our top pick, "
            "Dasol Beauty (BUY, TP \u20a9148,000), runs 1,260 stores fitted with diagnosis mirrors and should gain "
            "as mid-sized brands outsource their AI tools."
        ),
        obs=[],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part with its share, a 2027 figure (突破).
    #     Expected nowhere: the dateline and conference year, the 4,357亿元 cosmetics retail sales, the 1.2亿
    #     users, the 300 exhibitors.
    dict(
        text=(
            "新华社上海6月18日电(记者林晓雯)记者从18日开幕的2025中国美妆科技大会上获悉,2024年我国美妆行业人工智能"
            "应用市场规模达到86.4亿元,较2023年的68.0亿元增长27.1%。其中,AI虚拟试妆市场规模为21.7亿元,占比25.1%。"
            "中国美妆科技产业联盟相关负责人介绍,随着智能配方研发和AI肤质检测加快普及,预计到2027年这一市场规模将突破"
            "150亿元。数据显示,2024年全国限额以上单位化妆品零售额为4357亿元,使用过AI肤质检测服务的消费者超过1.2亿人。"
            "本届大会吸引了300余家企业参展。"
        ),
        obs=[
            ("Total", 2023, 68.0, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("share", 25.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 68.0) ** (1 / 1) - 1 = 27.06% -> 27.1
            ("arithmetic", "exact"),  # 21.7 / 86.4 = 25.12% -> 25.1
        ],
    ),
    # 30. Municipal plan (Simplified): 2024 base, 2027 target (力争), yearly growth whose span only the amounts'
    #     years give. Expected nowhere: the plan's title years, the 5 leading firms, the 10 smart factories, the
    #     20,000 jobs, the 800亿元 total cosmetics output.
    dict(
        text=(
            "广州市人民政府办公厅关于印发《广州市美妆产业数字化转型行动计划(2025—2027年)》的通知。主要目标:"
            "2024年,全市美妆智能制造、AI配方研发及智能美妆服务产业规模达到52.6亿元。到2027年,力争产业规模达到"
            "100亿元,年均增长24%;培育年营业收入超10亿元的美妆科技龙头企业5家,建设省级以上智能工厂10个,带动就业"
            "2万人,全市化妆品产业总产值达到800亿元。重点任务包括建设AI配方数据库、推广智能肤质检测终端、支持企业"
            "开展直播电商数字化改造。"
        ),
        obs=[
            ("Total", 2024, 52.6, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (100 / 52.6) ** (1 / 3) - 1 = 23.88% -> 24
        ],
    ),
    # 31. Taiwanese research release (Traditional) in 新台幣億元: YoY with both amounts, a part with its share,
    #     a CAGR with printed span to 2026 (上看). Expected nowhere: the release date, the 1,150億元 cosmetics
    #     retail sales, the 1,200 respondents and their 62%, the 3,000 drugstores.
    dict(
        text=(
            "台灣美妝科技研究中心今(12)日發布《台灣AI美妝市場趨勢報告》指出,2024年台灣AI美妝與智慧保養市場規模達"
            "新台幣48.6億元,較2023年的39.2億元成長24.0%。其中AI膚質檢測服務產值為17.3億元,占比35.6%。研究中心"
            "預估,2026年市場規模上看新台幣72億元,2024至2026年複合成長率約21.7%。報告也指出,全台化妝品零售額約"
            "新台幣1,150億元,受訪的1,200名消費者中有62%曾使用虛擬試妝,全台已有超過3,000家藥妝店導入AI諮詢服務。"
            "(2025/03/12)"
        ),
        obs=[
            ("Total", 2023, 39.2, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("AI膚質檢測服務", 2024, 17.3, "TWD 100 million", "actual"),
            ("Total", 2026, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("share", 35.6, "percent", 2024, 2024, None),
            ("cagr", 21.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.2) ** (1 / 1) - 1 = 23.98% -> 24.0
            ("arithmetic", "exact"),  # 17.3 / 48.6 = 35.60% -> 35.6
            ("cagr|implied", "exact"),  # (72 / 48.6) ** (1 / 2) - 1 = 21.72% -> 21.7
        ],
    ),
    # 32. Hong Kong report (Traditional) in 億港元: YoY "約18%" holding only by rounding, a CAGR with printed
    #     span, a part. Expected nowhere: the report's title year, the 236億港元 cosmetics retail sales, the
    #     Double 11 growth, the 180 retailers and their 58%.
    dict(
        text=(
            "香港美容科技協會發表的《2025香港智能美妝發展報告》顯示,2024年本港美妝零售商及品牌在人工智能工具上的支出"
            "約為4.86億港元,較2023年的4.1億港元增長約18%。其中,虛擬試妝及AR化妝鏡支出為1.52億港元。報告預計,到"
            "2028年有關支出將達9.8億港元,2024至2028年複合年增長率為19.2%。協會指出,去年本港化妝品零售總額約為236億"
            "港元,而「雙十一」期間美妝網購成交額按年增長超過四成。受訪的180家零售商中,58%表示計劃明年增加AI預算。"
        ),
        obs=[
            ("Total", 2023, 4.1, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("虛擬試妝及AR化妝鏡", 2024, 1.52, "HKD 100 million", "actual"),
            ("Total", 2028, 9.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 19.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (4.86 / 4.1) - 1 = 18.54% -> 19, not 18; bounds (4.855 / 4.15) - 1 = 16.99%,
            # (4.865 / 4.05) - 1 = 20.12% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (9.8 / 4.86) ** (1 / 4) - 1 = 19.16% -> 19.2
        ],
    ),
    # 33. PTT post (Traditional) in 億美元: the poster's own CAGR, span only from the amounts' years, contradicts
    #     the amounts. Expected nowhere: the post time, the NT$12,900 and 9,990 device prices, the 500萬 downloads,
    #     the 三成 conversion lift, the IP and push line.
    dict(
        text=(
            "作者 glowcat (喵喵保養) 看板 MakeUp\n"
            "標題 [心得] AI美妝到底是多大一塊餅?\n"
            "時間 Sun Apr 13 21:07:45 2025\n"
            "最近被各種AI試妝、AI測膚廣告洗版,好奇查了一下數字。某國外研究機構估計,全球AI美妝市場2024年約42億美元,"
            "2030年上看158億美元,我自己算了一下,年複合成長率大概28%吧?成長超猛。另外我手上那台美容儀原價NT$12,900,"
            "團購才買9,990。某試妝App號稱下載突破500萬次,品牌說用了試妝轉換率提升三成。\n"
            "--\n"
            "推 sakura0712: 數字好大,但這種報告看看就好 04/13 21:10"
        ),
        obs=[
            ("Total", 2024, 42, "USD 100 million", "actual"),
            ("Total", 2030, 158, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (158 / 42) ** (1 / 6) - 1 = 24.71%; bounds (157.5 / 42.5) ** (1/6) - 1 = 24.40%,
            # (158.5 / 41.5) ** (1/6) - 1 = 25.02%; 28 is outside [24.40, 25.02]
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 34. Broker abstract (Simplified): YoY with the base in brackets, a share with no printed part, a 2027 range
    #     (two value claims). Expected nowhere: the report date, the 12% penetration rate, the Double 11 GMV, the
    #     1,500 brands, the rating, target price and P/E.
    dict(
        text=(
            "【华岳证券·美妆行业深度报告·2025年4月】AI重塑美妆电商:从直播间到货架。投资要点:我们测算2024年国内"
            "美妆电商及直播带货AI技术服务市场规模为38.5亿元,同比增长31.4%(2023年为29.3亿元),其中直播场景AI工具"
            "占比约58%。当前数字人主播渗透率约12%,随着智能选品与AI试妆加速落地,预计2027年市场规模有望达到75亿—90亿元。"
            "2024年“双十一”期间美妆类目全网GMV约为1,200亿元,覆盖品牌超过1,500个。首次覆盖黛澜股份,给予“买入”"
            "评级,目标价98元,对应2025年30倍PE。风险提示:平台政策变化、技术落地不及预期。"
        ),
        obs=[
            ("Total", 2023, 29.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
            ("value", 75, "CNY 100 million", 2027, 2027, None),
            ("value", 90, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 29.3) ** (1 / 1) - 1 = 31.40% -> 31.4
        ],
    ),
    # 35. Results-briefing transcript (Simplified): "今年" is the briefing's year (estimate), YoY with both amounts,
    #     a 2028 figure (超过) and "增长1.6倍" kept as x1.6. Expected nowhere: the briefing date, the company's
    #     revenue and gross margin, the first quarter's 55%, the 860 stores, the 2,100万 members.
    dict(
        text=(
            "黛澜股份2024年度业绩说明会文字实录(2025年5月14日)\n"
            "投资者提问:公司如何看待AI个性化护肤推荐业务的市场空间?\n"
            "董事长周明远:根据我们的测算,2024年国内AI肤质检测与个性化护肤推荐市场规模约为27亿元,今年预计达到"
            "34.6亿元,同比增长28%,到2028年有望超过70亿元,较2024年增长1.6倍。公司2024年营业收入为41.3亿元,毛利率"
            "68.2%;一季度AI定制产品销售额同比增长55%。目前公司线下检测门店已超过860家,注册会员突破2,100万人,我们会"
            "继续加大算法和皮肤数据库投入。"
        ),
        obs=[
            ("Total", 2024, 27, "CNY 100 million", "actual"),
            ("Total", 2025, 34.6, "CNY 100 million", "estimate"),
            ("Total", 2028, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
            ("multiple", 1.6, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34.6 / 27) ** (1 / 1) - 1 = 28.15% -> 28
        ],
    ),
    # 36. Markdown pipe table with a CAGR column and a Total row; 2025E and 2030F are estimates; one row's CAGR
    #     holds only by rounding. Expected nowhere: the table number, the title's year span, the source date.
    dict(
        text=(
            "Table 3. Global AI virtual try-on and skin-analysis market by region, 2024-2030F (USD million)\n"
            "\n"
            "| Region | 2024 | 2025E | 2030F | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| North America | 612 | 748 | 1,690 | 18.4% |\n"
            "| Europe | 438 | 521 | 1,104 | 16.7% |\n"
            "| Asia-Pacific | 705 | 893 | 2,472 | 23.3% |\n"
            "| Rest of world | 97 | 118 | 301 | 20.9% |\n"
            "| Total | 1,852 | 2,280 | 5,567 | 20.1% |\n"
            "\n"
            "Source: Corvane Consulting beauty-tech model, October 2025. E = estimate, F = forecast. Figures cover AR "
            "make-up apps, in-store smart mirrors and dermatology-grade skin-analysis software; they exclude "
            "beauty-device hardware and brands' own e-commerce sales."
        ),
        obs=[
            ("North America", 2024, 612, "USD million", "actual"),
            ("North America", 2025, 748, "USD million", "estimate"),
            ("North America", 2030, 1690, "USD million", "estimate"),
            ("Europe", 2024, 438, "USD million", "actual"),
            ("Europe", 2025, 521, "USD million", "estimate"),
            ("Europe", 2030, 1104, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 705, "USD million", "actual"),
            ("Asia-Pacific", 2025, 893, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 2472, "USD million", "estimate"),
            ("Rest of world", 2024, 97, "USD million", "actual"),
            ("Rest of world", 2025, 118, "USD million", "estimate"),
            ("Rest of world", 2030, 301, "USD million", "estimate"),
            ("Total", 2024, 1852, "USD million", "actual"),
            ("Total", 2025, 2280, "USD million", "estimate"),
            ("Total", 2030, 5567, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1690 / 612) ** (1 / 6) - 1 = 18.45% -> 18.4
            ("cagr|implied", "exact"),  # (1104 / 438) ** (1 / 6) - 1 = 16.66% -> 16.7
            ("cagr|implied", "exact"),  # (2472 / 705) ** (1 / 6) - 1 = 23.26% -> 23.3
            # (301 / 97) ** (1 / 6) - 1 = 20.77% -> 20.8, not 20.9; bounds (300.5 / 97.5) ** (1/6) - 1 = 20.63%,
            # (301.5 / 96.5) ** (1/6) - 1 = 20.91% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (5567 / 1852) ** (1 / 6) - 1 = 20.13% -> 20.1
            ("hierarchy", "exact"),  # 2024: 612 + 438 + 705 + 97 = 1852
            ("hierarchy", "exact"),  # 2025E: 748 + 521 + 893 + 118 = 2280
            ("hierarchy", "exact"),  # 2030F: 1690 + 1104 + 2472 + 301 = 5567
        ],
    ),
    # 37. Tab-separated Japanese table in ¥ billion, fiscal years, with a YoY column; one YoY holds only by
    #     rounding. Expected nowhere: the 412 companies surveyed, the ¥1.7 trillion cosmetics shipments.
    dict(
        text=(
            "Japan: AI beauty-tech market by segment (\u00a5 billion, fiscal years ending March)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Virtual try-on and AR make-up\t18.4\t23.1\t25.5%\n"
            "AI skin analysis\t12.7\t16.2\t27.6%\n"
            "AI formulation support\t6.9\t8.8\t27.3%\n"
            "Smart beauty devices\t31.5\t36.4\t15.6%\n"
            "Total\t69.5\t84.5\t21.6%\n"
            "Source: Nihon Cosmetic Tech Research, based on a survey of 412 companies including brand owners, "
            "drugstore chains and app developers. For comparison, Japan's total cosmetics shipments were about "
            "\u00a51.7 trillion in FY2024. Smart beauty devices cover facial steamers, LED masks and connected "
            "hair tools with app-based diagnosis."
        ),
        obs=[
            ("Virtual try-on and AR make-up", 2023, 18.4, "JPY billion", "actual"),
            ("Virtual try-on and AR make-up", 2024, 23.1, "JPY billion", "actual"),
            ("AI skin analysis", 2023, 12.7, "JPY billion", "actual"),
            ("AI skin analysis", 2024, 16.2, "JPY billion", "actual"),
            ("AI formulation support", 2023, 6.9, "JPY billion", "actual"),
            ("AI formulation support", 2024, 8.8, "JPY billion", "actual"),
            ("Smart beauty devices", 2023, 31.5, "JPY billion", "actual"),
            ("Smart beauty devices", 2024, 36.4, "JPY billion", "actual"),
            ("Total", 2023, 69.5, "JPY billion", "actual"),
            ("Total", 2024, 84.5, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 15.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.1 / 18.4) - 1 = 25.54% -> 25.5
            ("cagr|implied", "exact"),  # (16.2 / 12.7) - 1 = 27.56% -> 27.6
            # (8.8 / 6.9) - 1 = 27.54% -> 27.5, not 27.3; bounds (8.75 / 6.95) - 1 = 25.90%,
            # (8.85 / 6.85) - 1 = 29.20% -> 27.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (36.4 / 31.5) - 1 = 15.56% -> 15.6
            ("cagr|implied", "exact"),  # (84.5 / 69.5) - 1 = 21.58% -> 21.6
            ("hierarchy", "exact"),  # FY2023: 18.4 + 12.7 + 6.9 + 31.5 = 69.5
            ("hierarchy", "exact"),  # FY2024: 23.1 + 16.2 + 8.8 + 36.4 = 84.5
        ],
    ),
    # 38. Space-aligned European table in EUR million with a 2024 share column; one share holds only by rounding;
    #     the Total's 100.0% is no claim. Expected nowhere: the UK (excluded), the source's city.
    dict(
        text=(
            "Europe: AI in beauty e-commerce and livestream selling, by country\n"
            "EUR million              2023     2024    Share 2024\n"
            "France                    142      188         31.0%\n"
            "Germany                   121      157         25.9%\n"
            "Italy                      64       86         14.2%\n"
            "Spain                      38       51          8.4%\n"
            "Other Europe               95      124         20.4%\n"
            "Total                     460      606        100.0%\n"
            "Note: spending by beauty brands and retailers on AI shopping assistants, live-commerce tools and "
            "product-recommendation engines; the UK is excluded. Source: Ligne Claire Partners, Paris, from "
            "interviews with platform operators and agencies."
        ),
        obs=[
            ("France", 2023, 142, "EUR million", "actual"),
            ("France", 2024, 188, "EUR million", "actual"),
            ("Germany", 2023, 121, "EUR million", "actual"),
            ("Germany", 2024, 157, "EUR million", "actual"),
            ("Italy", 2023, 64, "EUR million", "actual"),
            ("Italy", 2024, 86, "EUR million", "actual"),
            ("Spain", 2023, 38, "EUR million", "actual"),
            ("Spain", 2024, 51, "EUR million", "actual"),
            ("Other Europe", 2023, 95, "EUR million", "actual"),
            ("Other Europe", 2024, 124, "EUR million", "actual"),
            ("Total", 2023, 460, "EUR million", "actual"),
            ("Total", 2024, 606, "EUR million", "actual"),
        ],
        claims=[
            ("share", 31.0, "percent", 2024, 2024, None),
            ("share", 25.9, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
            ("share", 8.4, "percent", 2024, 2024, None),
            ("share", 20.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 188 / 606 = 31.02% -> 31.0
            ("arithmetic", "exact"),  # 157 / 606 = 25.91% -> 25.9
            ("arithmetic", "exact"),  # 86 / 606 = 14.19% -> 14.2
            ("arithmetic", "exact"),  # 51 / 606 = 8.42% -> 8.4
            # 124 / 606 = 20.46% -> 20.5, not 20.4; bounds 123.5 / 606.5 = 20.36%, 124.5 / 605.5 = 20.56%
            # -> 20.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2023: 142 + 121 + 64 + 38 + 95 = 460
            ("hierarchy", "exact"),  # 2024: 188 + 157 + 86 + 51 + 124 = 606
        ],
    ),
    # 39. Vertical table whose rows are years; the lone value column is headed by its unit only (Total); YoY
    #     column and a CAGR footer with printed span; 2025E an estimate. Expected nowhere: the US$27 billion
    #     beauty and personal-care sales, the 9 million online shoppers.
    dict(
        text=(
            "Brazil: AI-powered beauty recommendation and livestream commerce\n"
            "Year      US$ million      YoY\n"
            "2021               84        -\n"
            "2022              121    44.0%\n"
            "2023              163    34.7%\n"
            "2024              214    31.3%\n"
            "2025E             276    29.0%\n"
            "CAGR 2021-2025E: 34.6%\n"
            "Source: Instituto Beleza Digital, S\u00e3o Paulo. Brazil's overall beauty and personal-care sales were "
            "roughly US$27 billion in 2024, and the country counts about 9 million regular online beauty shoppers. "
            "Spending covers recommendation engines, AI shade matching and live-commerce software."
        ),
        obs=[
            ("Total", 2021, 84, "USD million", "actual"),
            ("Total", 2022, 121, "USD million", "actual"),
            ("Total", 2023, 163, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2025, 276, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 44.0, "percent", 2021, 2022, 1.0),
            ("growth", 34.7, "percent", 2022, 2023, 1.0),
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("growth", 29.0, "percent", 2024, 2025, 1.0),
            ("cagr", 34.6, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (121 / 84) - 1 = 44.05% -> 44.0
            ("cagr|implied", "exact"),  # (163 / 121) - 1 = 34.71% -> 34.7
            ("cagr|implied", "exact"),  # (214 / 163) - 1 = 31.29% -> 31.3
            ("cagr|implied", "exact"),  # (276 / 214) - 1 = 28.97% -> 29.0
            ("cagr|implied", "exact"),  # (276 / 84) ** (1 / 4) - 1 = 34.63% -> 34.6
        ],
    ),
    # 40. Chinese pipe table (Simplified) in 亿元 with a 合计 row; the 2024 合计 does not match its parts
    #     (inconsistent). Expected nowhere: the table number, the title's year span, the note.
    dict(
        text=(
            "表5 2023—2024年中国美妆电商AI技术服务市场结构(单位:亿元)\n"
            "| 细分领域 | 2023年 | 2024年 |\n"
            "| --- | --- | --- |\n"
            "| 虚拟主播与数字人 | 9.6 | 13.8 |\n"
            "| 智能选品与推荐 | 7.4 | 10.1 |\n"
            "| AI试妆与肤质检测 | 5.2 | 7.3 |\n"
            "| 智能客服 | 3.1 | 3.9 |\n"
            "| 合计 | 25.3 | 35.7 |\n"
            "资料来源:粤港澳美妆科技研究院。注:虚拟主播与数字人含品牌自播与达人直播所用数字人服务;智能客服不含人工"
            "外包客服费用;统计口径为品牌方与平台方的AI技术服务采购支出。"
        ),
        obs=[
            ("虚拟主播与数字人", 2023, 9.6, "CNY 100 million", "actual"),
            ("虚拟主播与数字人", 2024, 13.8, "CNY 100 million", "actual"),
            ("智能选品与推荐", 2023, 7.4, "CNY 100 million", "actual"),
            ("智能选品与推荐", 2024, 10.1, "CNY 100 million", "actual"),
            ("AI试妆与肤质检测", 2023, 5.2, "CNY 100 million", "actual"),
            ("AI试妆与肤质检测", 2024, 7.3, "CNY 100 million", "actual"),
            ("智能客服", 2023, 3.1, "CNY 100 million", "actual"),
            ("智能客服", 2024, 3.9, "CNY 100 million", "actual"),
            ("合计", 2023, 25.3, "CNY 100 million", "actual"),
            ("合计", 2024, 35.7, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.6 + 7.4 + 5.2 + 3.1 = 25.3
            # 2024: 13.8 + 10.1 + 7.3 + 3.9 = 35.1 vs 35.7; parts' bounds 34.9-35.3, total's 35.65-35.75: no overlap
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 14, 'exact': 82}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'PARIS, March 11, 2025 /Business Wire/ --',
    'JAPAN COSMETICS - Sector update - Tokyo, 9 June 2025',
    'Not everyone is that bullish',
    'We put the total addressable market',
    'Correction: an earlier version of this note',
    'a 3.5x jump in four years, or roughly 37% a year',
    '较2023年的36.0亿元增长28.6%',
    '力争突破60亿元，较2024年增长2倍',
    '新华社北京2025年7月15日电（记者王思远）',
    '規模為4.86億港元，按年增長18.8%',
    '去年國內美妝電商與直播導購的AI應用',
    '| Total | 3,910 | 14,610 | 24.6% |',
    'Online shops & apps              96.4     48.1%',
    'which works out to about an 18.6% compound annual rate',
    'a compound annual growth rate of 26.3% over 2020-2024',
    "That's +30% in a year.",
    'Correction: An earlier version of this article gave',
    '• 16.8% CAGR, 2024-2030E',
    'Depends on whose report you read.',
    '较2023年的68.0亿元增长27.1%',
    '到2027年,力争产业规模达到100亿元,年均增长24%',
    '較2023年的39.2億元成長24.0%',
    '標題 [心得] AI美妝到底是多大一塊餅?',
    '预计2027年市场规模有望达到75亿—90亿元',
    '| Asia-Pacific | 705 | 893 | 2,472 | 23.3% |',
    'Other Europe               95      124         20.4%',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 208
#: figures, 72 rates, 99 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 208, "rates_found": 72, "verdicts_right": 100}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset203.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
