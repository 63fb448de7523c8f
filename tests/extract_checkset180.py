"""A hundred-and-eightieth check set for the extractor, written blind: AI in fashion, apparel and textiles: AI design and
trend-forecasting tools for fashion houses, AI demand planning and size recommendation for apparel retailers, virtual
fitting rooms, AI quality inspection in textile mills, AI for resale and authentication of luxury goods; sized in
money by fashion-industry consultancies, textile associations, luxury groups' capital-markets days, e-commerce
platforms, ministries' textile-industry plans, brokers and research houses in Italy, France, Bangladesh, India, the
United States, Japan, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole apparel
or luxury market beside the AI part, garments produced or shipped, store counts, a brand's own revenue or profit,
returns rates, a funding round and valuation, a quarter's figures, a survey's percentages, export values.

Snippets 1-20: Snippets 1-8 are English prose: a Milan wire release, a Mumbai broker note in fiscal years, a Paris
briefing with segment shares, a New York story quoting two research houses, a luxury group's capital-markets-day TAM,
a Dhaka ministry plan with targets, a Tokyo note with a correction and a yen range, and an investor's blog. Snippets
9-15 are Chinese prose (12, 13 and 15 in Traditional script): an industry report, a Fujian plan with 力争 targets and
增长3倍, a wire story quoting two institutes, a Taiwanese white paper, a Hong Kong story in 億港元, a 去年/今年 story and a
Taipei broker note. Snippets 16-20 are tables: markdown with E/F columns, space-aligned years-as-rows with YoY,
tab-separated 亿元 with 合计, a fiscal-year table with a CAGR column, and a 新台幣百萬元 pipe table with shares. Left out: whole
apparel and luxury markets, exports, output, counts, headcounts, brand revenue, margins, returns, funding, quarters,
surveys, second publishers' figures, target prices. Inconsistent: the blog's 21% CAGR and the 2025E YoY of 29.6%.
Rounding only: the sneakers share, both Taiwanese rates, the broker's 29.6%, the 2025E and 2024 table totals, one FY
CAGR and the 31.3% share.

Snippets 21-40: Snippets 21-40 size AI in fashion, apparel and textiles. Eight are English prose: a US earnings-call
transcript sizing a TAM, an Italian working-paper abstract, a social-media thread on authentication, a web article
with a correction, a Paris luxury group's annual-report letter, investor-day slide bullets, a forum answer quoting two
research houses and a Dhaka broker note with a taka aside. Seven are Chinese prose (Xinhua-style release, ministry
plan, MIC-style release, Hong Kong press report, PTT post, broker abstract with a range, results-briefing transcript;
three in Traditional Chinese). Five are tables: markdown segments with a total, a tab-separated vertical yen table
with YoY, a space-aligned 合计 table, a regional CAGR table and a statistics table with a share column. Left out: whole
apparel, luxury and resale markets, exports, company revenue, margins, share targets, counts, returns rates, survey
answers, funding rounds, fractions in words, the taka figure, a second publisher's 2024 figure and an uncorrected
figure. Inconsistent: the working paper's 17%, the broker's 45% and the yen table's 2024 YoY. Only by rounding: the
luxury letter's 19%, the slide's 13% share, the briefing's 28%, the yen table's 2023 YoY, the Americas CAGR, the
garmenting share and the markdown table's 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Milan wire press release from a consultancy: "last year" (dateline 2025) with YoY growth and both amounts, a
    #    CAGR with printed span; the 2030 figure in billions converted to the series' EUR million.
    #    Expected nowhere: the ~EUR 1.7 trillion apparel and footwear market, 146 interviewees, 18 countries,
    #    survey shares (two-thirds, 41%), "by a third by 2027".
    dict(
        text=(
            "MILAN, 4 February 2025 /PRNewswire/ -- Fashion houses and fast-fashion groups spent \u20ac612 million on AI "
            "design and trend-forecasting software last year, up 27% from \u20ac482 million in 2023, according to the "
            "Moda Digitale Index released today by Milan consultancy Ferraresi & Conti. The tools, which scan runway "
            "images, social feeds and sell-through data to suggest silhouettes, prints and colourways, are still a "
            "sliver of a global apparel and footwear business worth roughly \u20ac1.7 trillion. But the consultancy, "
            "which interviewed 146 creative directors and merchandisers in 18 countries, expects spending to reach "
            "\u20ac2.1 billion in 2030, implying compound annual growth of 22.8% between 2024 and 2030. Nearly "
            "two-thirds of respondents said they already test AI-generated designs before sampling, and 41% expect to "
            "cut physical samples by a third by 2027."
        ),
        obs=[
            ("Total", 2023, 482, "EUR million", "actual"),
            ("Total", 2024, 612, "EUR million", "actual"),
            ("Total", 2030, 2100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 482) ** (1 / 1) - 1 = 26.97% -> 27
            ("cagr|implied", "exact"),  # (2100 / 612) ** (1 / 6) - 1 = 22.81% -> 22.8
        ],
    ),
    # 2. Mumbai broker sector update in fiscal years: YoY growth with both amounts; a CAGR whose span only the
    #    amounts' years give ("roughly 19%"). Expected nowhere: the Rs crore domestic figure (rupees), the 9-12% of
    #    sales lost, the covered retailer's TP, upside, store count, revenue and growth, its returns rate.
    dict(
        text=(
            "INDIA CONSUMER | Apparel retail | Sector update | Mumbai, 18 November 2024\n"
            "Planning beats guessing. Indian apparel chains still lose 9-12% of sales to stock-outs and end-of-season "
            "markdowns, and the fix increasingly comes from software. Globally, we size spend on AI demand-planning, "
            "allocation and replenishment tools for apparel retailers at US$1.35bn in FY2024, up 25% from US$1.08bn in "
            "FY2023, and see it reaching US$3.2bn by FY2029e - a CAGR of roughly 19%. Domestic spend is small, at an "
            "estimated Rs1,150 crore, but climbing fast. Our preferred play, Kesar Fashion Retail (BUY, TP Rs1,480, 22% "
            "upside), runs 640 stores, lifted FY2024 revenue 18% to Rs9,860 crore and has cut its online returns rate "
            "to 21%."
        ),
        obs=[
            ("Total", 2023, 1.08, "USD billion", "actual"),
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2029, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.35 / 1.08) ** (1 / 1) - 1 = 25.00% -> 25
            ("cagr|period", "exact"),  # (3.2 / 1.35) ** (1 / 5) - 1 = 18.84% -> 19
        ],
    ),
    # 3. Paris research briefing: a total and four segments with their shares (one holds only by rounding), a
    #    "more than double" multiple. Expected nowhere: the EUR 49 billion pre-owned luxury market, the 38% cut in
    #    counterfeit returns, the 3.1 million items screened.
    dict(
        text=(
            "PARIS, 11 June 2025 - Resale platforms, auction houses and the brands themselves spent \u20ac1.26 billion "
            "in 2024 on AI tools that authenticate and price pre-owned luxury goods, according to a research briefing "
            "from the Institut Lumi\u00e8re du Luxe. Handbags and small leather goods took the largest slice, "
            "\u20ac0.57 billion or 45%, followed by watches at \u20ac0.29 billion (23%) and fine jewellery at "
            "\u20ac0.19 billion (15%); sneakers and streetwear accounted for \u20ac0.13 billion, or 11%. The institute "
            "puts the wider pre-owned personal luxury market at \u20ac49 billion and says its AI segment should more "
            "than double to \u20ac2.6 billion by 2028. Platforms it surveyed said machine checks had cut counterfeit "
            "returns by 38%, with 3.1 million items screened by image models last year."
        ),
        obs=[
            ("Total", 2024, 1.26, "EUR billion", "actual"),
            ("Handbags and small leather goods", 2024, 0.57, "EUR billion", "actual"),
            ("Watches", 2024, 0.29, "EUR billion", "actual"),
            ("Fine jewellery", 2024, 0.19, "EUR billion", "actual"),
            ("Sneakers and streetwear", 2024, 0.13, "EUR billion", "actual"),
            ("Total", 2028, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 45, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
            ("share", 11, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.57 / 1.26 = 45.24% -> 45
            ("arithmetic", "exact"),  # 0.29 / 1.26 = 23.02% -> 23
            ("arithmetic", "exact"),  # 0.19 / 1.26 = 15.08% -> 15
            # 0.13 / 1.26 = 10.32% -> 10, not 11; bounds 0.125 / 1.265 = 9.88%, 0.135 / 1.255 = 10.76% -> 11 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. New York news article quoting two research houses; series unit USD million, the 2030 billions converted; CAGR
    #    span inferred from the amounts' years. Expected nowhere: the second house's "about $1.1 billion" for 2024,
    #    the $890 billion of US returned merchandise, 25-40% return rates, the $65 million Series C and $1.2 billion
    #    valuation.
    dict(
        text=(
            "NEW YORK, May 20, 2025 - Shoppers who can't decide between a medium and a large have become a growth "
            "market. Spending on virtual fitting rooms and AI size-recommendation tools reached $870 million worldwide "
            "in 2024 and is forecast to climb to $3.4 billion by 2030, a compound annual growth rate of 25.5%, "
            "according to Boston-based Tailwind Research. Not everyone agrees on the starting point: Meridian Insight, "
            "a Chicago research house, puts 2024 spending at about $1.1 billion. Either way, the stakes are large. U.S. "
            "shoppers sent back an estimated $890 billion of merchandise last year, and online apparel return rates "
            "run between 25% and 40%. Fit-tech start-up Sizewise raised $65 million in a Series C round in April at a "
            "valuation of $1.2 billion."
        ),
        obs=[
            ("Total", 2024, 870, "USD million", "actual"),
            ("Total", 2030, 3400, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3400 / 870) ** (1 / 6) - 1 = 25.50% -> 25.5
        ],
    ),
    # 5. Paris luxury group's capital-markets-day transcript sizing its TAM (Total); "this year" (dateline 2024) is an
    #    estimate; "roughly doubles" x2; CAGR span inferred. Expected nowhere: the 10% capture ambition, the group's
    #    EUR 2.3 billion digital sales, 412 stores, 38,000 staff, second-quarter e-commerce growth, the 31% margin.
    dict(
        text=(
            "Maison Aubrac Group - Capital Markets Day, Paris, 26 September 2024 - edited transcript\n"
            "H\u00c9L\u00c8NE MARCHAND, CHIEF DIGITAL & DATA OFFICER: Let me size the opportunity for you. We look at "
            "three things - AI clienteling, AI authentication and traceability, and personalisation across boutiques "
            "and online. Put together, the addressable market in luxury is about \u20ac4.5 billion this year. By 2028 we "
            "think it's \u20ac9 billion, so it roughly doubles in four years, which is around 19% a year. We are not "
            "trying to own all of it; our ambition is to capture about 10% of that pool through our own platforms. For "
            "context, our digital sales were \u20ac2.3 billion last year, we have 412 directly operated stores and "
            "38,000 people, and in the second quarter e-commerce grew 14%.\n"
            "ANALYST: And is that business margin-accretive?\n"
            "MARCHAND: Comfortably above the group's 31% operating margin, yes."
        ),
        obs=[
            ("Total", 2024, 4.5, "EUR billion", "estimate"),
            ("Total", 2028, 9, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
            ("cagr", 19, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9 / 4.5) ** (1 / 4) - 1 = 18.92% -> 19
        ],
    ),
    # 6. Dhaka ministry draft plan with targets; a CAGR with printed span. Expected nowhere: the plan's title years
    #    2025-2030, 3,500 factories, 300 and 1,200 users, the 2.5% rejection rate, US$38.5 billion garment exports,
    #    4 million workers.
    dict(
        text=(
            "Dhaka, 15 January 2025 - Ministry of Textiles and Jute\n"
            "Draft National Textile Digitalisation Plan 2025-2030: summary of targets\n"
            "Bangladesh's mills spent US$38 million on AI-based fabric and garment quality inspection in 2024, mostly "
            "on camera systems fitted to knitting, dyeing and finishing lines. The Plan sets a target of US$80 million "
            "by 2027 and US$150 million by 2030, which means the market has to grow about 26% a year between 2024 and "
            "2030. Of the country's roughly 3,500 export-oriented factories, fewer than 300 use automated inspection "
            "today; the Plan aims to raise that number to 1,200 and to bring average rejection rates below 2.5%. "
            "Ready-made garment exports reached US$38.5 billion in fiscal 2023-24, and the sector employs some "
            "4 million workers."
        ),
        obs=[
            ("Total", 2024, 38, "USD million", "actual"),
            ("Total", 2027, 80, "USD million", "estimate"),
            ("Total", 2030, 150, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 38) ** (1 / 6) - 1 = 25.71% -> 26
        ],
    ),
    # 7. Tokyo research note carrying a correction (the corrected 2024 figure is the one) and a 2030 range in yen.
    #    Expected nowhere: the note number, the superseded JPY 48.5 billion, the ~8% return rate, the ~JPY 8.1
    #    trillion apparel retail sales.
    dict(
        text=(
            "Tokyo, 9 April 2025 | Kanda Sekimoto Research | Japan Retail Tech, Note No. 14\n"
            "Correction: the previous edition of this note gave the 2024 market as \u00a548.5 billion; the correct "
            "figure is \u00a545.8 billion. The growth rate below has been revised accordingly.\n"
            "Japanese apparel e-tailers spent \u00a545.8 billion on AI size recommendation and demand forecasting in "
            "2024, 23% more than the \u00a537.2 billion of 2023. Adoption is fastest among the large online malls, "
            "where return rates for clothing have fallen to around 8%. Our base case puts the market at \u00a595 "
            "billion to \u00a5110 billion by 2030, depending on how quickly department stores follow. For scale, "
            "domestic apparel retail sales came to about \u00a58.1 trillion last year."
        ),
        obs=[
            ("Total", 2023, 37.2, "JPY billion", "actual"),
            ("Total", 2024, 45.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("value", 95, "JPY billion", 2030, 2030, None),
            ("value", 110, "JPY billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (45.8 / 37.2) ** (1 / 1) - 1 = 23.12% -> 23
        ],
    ),
    # 8. Investor's blog post: approximate figures ("about", "roughly"), "last year" (post dated 2025), "more than
    #    fivefold" x5, and a CAGR typo (21% where the amounts give 31%). Expected nowhere: the ~$44 billion US
    #    second-hand apparel market, the $48 million round and $400 million valuation, the 60% fall in claims.
    dict(
        text=(
            "Thread Count - an investor's notebook\n"
            "Posted 3 March 2025\n"
            "Why I keep buying the picks and shovels of luxury resale\n"
            "Five years ago the US market for AI authentication and pricing in resale was a rounding error - about $60 "
            "million in 2020, by my count. Last year it was roughly $310 million, more than fivefold in four years. "
            "Second Loop Research now projects $1.2 billion by 2029, which it describes as a 21% CAGR. (I own shares "
            "in two of the vendors; this is not advice.) The market these tools serve is far bigger: US second-hand "
            "apparel sales are running at about $44 billion a year. And the money keeps coming - TrueThread closed a "
            "$48 million round in January at a $400 million valuation, and one marketplace told me its counterfeit "
            "claims fell 60% after it switched to image models."
        ),
        obs=[
            ("Total", 2020, 60, "USD million", "actual"),
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2020, 2024, 4.0),
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1200 / 310) ** (1 / 5) - 1 = 31.09%; bounds (1150 / 310.5) ** (1/5) - 1 = 29.94%,
            # (1250 / 309.5) ** (1/5) - 1 = 32.21% -> 21 is reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY growth with both amounts, a part and its share, a CAGR with printed
    #    span. Expected nowhere: the report's title year, 126 surveyed firms, 超过七成, the ~4.9万亿元 textile industry
    #    revenue, 330亿米 of cloth.
    dict(
        text=(
            "中纺数智研究院2025年4月发布的《2025中国纺织行业人工智能应用发展报告》显示，2024年我国纺织行业AI视觉质检市场规模达到"
            "18.6亿元，同比增长31.9%，2023年这一数字为14.1亿元。分场景看，面料瑕疵检测仍是最大的应用领域，规模为11.2亿元，"
            "占比60.2%；纱线与染色检测紧随其后。报告预计，到2029年市场规模将达到62.3亿元，2024—2029年复合增长率为27.3%。"
            "课题组共调研了126家规模以上纺织企业，其中超过七成表示将在未来两年内加大AI质检投入。作为参照，2024年全国规模以上"
            "纺织企业营业收入约4.9万亿元，布产量约330亿米。"
        ),
        obs=[
            ("Total", 2023, 14.1, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("面料瑕疵检测", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2029, 62.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.9, "percent", 2023, 2024, 1.0),
            ("share", 60.2, "percent", 2024, 2024, None),
            ("cagr", 27.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.1) ** (1 / 1) - 1 = 31.91% -> 31.9
            ("arithmetic", "exact"),  # 11.2 / 18.6 = 60.22% -> 60.2
            ("cagr|implied", "exact"),  # (62.3 / 18.6) ** (1 / 5) - 1 = 27.35% -> 27.3
        ],
    ),
    # 10. Fujian provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2023-2027); 约30亿元 and
    #     突破120亿元 at their printed figures. Expected nowhere: the plan's title years, 50 demonstration factories,
    #     1000 firms, the 1.2万亿元 industry revenue, 约占全国的四成, the 1500亿元 exports.
    dict(
        text=(
            "福州2024年8月15日讯 福建省工业和信息化厅日前印发《福建省纺织鞋服产业人工智能赋能行动方案（2024—2027年）》。"
            "方案显示，2023年全省纺织鞋服领域人工智能应用（含AI设计打版、智能排产、视觉质检等）市场规模约30亿元。方案提出，"
            "到2025年，这一规模力争达到60亿元；到2027年，力争突破120亿元，较2023年增长3倍。方案同时明确，到2027年培育50家"
            "AI赋能示范工厂，推动1000家规上企业完成数字化改造。福建是全国重要的鞋服生产基地，2023年全省鞋服产业营业收入超过"
            "1.2万亿元，运动鞋产量约占全国的四成，纺织服装出口额达到1500亿元。"
        ),
        obs=[
            ("Total", 2023, 30, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Shanghai wire story (Simplified) quoting two institutes; the first institute's base, target and rate are the
    #     snippet's; CAGR span inferred. Expected nowhere: the second centre's 31亿元 for 2024, the 30% returns rate,
    #     the first-quarter 85% order growth.
    dict(
        text=(
            "新华财经上海2025年5月12日电 AI虚拟试衣正从概念走向规模化应用。上海智衣研究院最新发布的报告称，2024年中国AI虚拟"
            "试衣市场规模为27.5亿元，预计2028年将增至96.0亿元，年均复合增长率达36.7%。不过，另一家机构北京未来零售研究中心"
            "给出的数字更高，其测算2024年市场规模已达31亿元。业内人士指出，服装网购退货率普遍在30%以上，虚拟试衣有望显著"
            "降低退货成本。某头部电商平台数据显示，今年一季度使用虚拟试衣功能的服装订单同比增长85%。"
        ),
        obs=[
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
            ("Total", 2028, 96.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (96.0 / 27.5) ** (1 / 4) - 1 = 36.69% -> 36.7
        ],
    ),
    # 12. Taiwanese association white paper (Traditional) in 新台幣億元: YoY and CAGR that hold only by rounding.
    #     Expected nowhere: the white paper's title year, 213 member firms, the 57% survey answer, the ~71億美元
    #     textile exports and their -4.3%.
    dict(
        text=(
            "台灣智慧紡織產業協會今（2025年3月18日）發布《2025台灣紡織業AI應用白皮書》指出，2024年國內紡織業在AI瑕疵檢測"
            "與製程優化的市場規模達新台幣42.6億元，較2023年的36.0億元年增18.4%。協會預估，2027年市場規模將成長至新台幣78億元，"
            "2024至2027年複合成長率約22.4%。白皮書調查的213家會員廠商中，有57%已導入至少一套AI檢測系統；不過受全球需求疲弱"
            "影響，2024年台灣紡織品出口值僅約71億美元，年減4.3%。"
        ),
        obs=[
            ("Total", 2023, 36.0, "TWD 100 million", "actual"),
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("Total", 2027, 78, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (42.6 / 36.0) ** (1 / 1) - 1 = 18.33% -> 18.3, not 18.4; bounds 42.55 / 36.05 - 1 = 18.03%,
            # 42.65 / 35.95 - 1 = 18.64% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
            # (78 / 42.6) ** (1 / 3) - 1 = 22.34% -> 22.3, not 22.4; bounds (77.5 / 42.65) ** (1/3) - 1 = 22.03%,
            # (78.5 / 42.55) ** (1/3) - 1 = 22.65% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a part and its share, 約 figures, a CAGR whose span the
    #     amounts' years give. Expected nowhere: the ~180億港元 whole resale market, 1,190萬 visitors and their 12%,
    #     a listed consignment dealer's 4.86億港元 revenue.
    dict(
        text=(
            "【本報訊】（2025年6月9日）本港二手奢侈品交易熱度不減，AI鑑定及估價服務亦隨之興起。本地研究機構港研智庫發表的"
            "報告顯示，2024年香港二手奢侈品AI鑑定及估價服務市場規模約為12.8億港元，其中手袋鑑定佔7.4億港元，約佔58%。報告"
            "預期，市場規模於2027年將增至21億港元，年均增長約18%。相比之下，本港二手奢侈品整體交易額約180億港元。今年首季"
            "訪港旅客達1,190萬人次，按年增加12%，帶動中環及尖沙咀多間寄賣店生意，其中一家上市寄賣商去年收入為4.86億港元。"
        ),
        obs=[
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("手袋鑑定", 2024, 7.4, "HKD 100 million", "actual"),
            ("Total", 2027, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 7.4 / 12.8 = 57.81% -> 58
            ("cagr|period", "exact"),  # (21 / 12.8) ** (1 / 3) - 1 = 17.94% -> 18
        ],
    ),
    # 14. Beijing newspaper story (Simplified) with 去年/今年 and a dateline of 2025: 去年 = 2024 actual, 今年 = 2025
    #     estimate (突破60亿元 at its printed figure); the 25.8% has no printed base, so no verdict. Expected nowhere:
    #     约占四成 (a fraction in words), the ~20% returns rate, the ~1.2万亿元 online apparel sales, the January-February 6.4%.
    dict(
        text=(
            "本报北京2025年3月6日电（记者 林晓雯）“以前买衣服靠猜尺码，现在系统会直接告诉你该穿哪个码。”据中国服装电商联盟"
            "测算，去年我国服装电商AI尺码推荐与需求预测市场规模达到46.3亿元，比上年增长25.8%，今年有望突破60亿元。其中，"
            "AI尺码推荐约占四成。联盟秘书长表示，目前头部平台服装类商品退货率仍在20%左右，降低退货是商家引入AI工具的首要"
            "动力。国家统计局数据显示，去年全国穿类商品网上零售额约1.2万亿元，今年1至2月同比增长6.4%。"
        ),
        obs=[
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 15. Taipei broker deep-dive (Traditional) in 億美元: a part with its share, a CAGR with printed span that holds
    #     only by rounding. Expected nowhere: the report date, the target price and upside, the covered company's
    #     新台幣18.2億元 revenue, its 31% growth and 52% gross margin.
    dict(
        text=(
            "凱岳投顧｜產業深度報告｜2025年5月22日\n"
            "AI時尚設計：從打樣到上架的新引擎\n"
            "我們估算，全球AI時尚設計與趨勢預測軟體市場規模2024年為9.8億美元，其中生成式設計工具達4.5億美元、占比46%。"
            "隨著品牌將開發週期由6個月壓縮至8週以內，預估2028年市場規模將達27.5億美元，2024–2028年年複合成長率29.6%。"
            "我們首次涵蓋織雲科技，給予「買進」評等，目標價新台幣285元，潛在上漲空間24%；該公司2024年營收新台幣18.2億元，"
            "年增31%，毛利率52%。"
        ),
        obs=[
            ("Total", 2024, 9.8, "USD 100 million", "actual"),
            ("生成式設計工具", 2024, 4.5, "USD 100 million", "actual"),
            ("Total", 2028, 27.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 46, "percent", 2024, 2024, None),
            ("cagr", 29.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.5 / 9.8 = 45.92% -> 46
            # (27.5 / 9.8) ** (1 / 4) - 1 = 29.43% -> 29.4, not 29.6; bounds (27.45 / 9.85) ** (1/4) - 1 = 29.20%,
            # (27.55 / 9.75) ** (1/4) - 1 = 29.65% -> 29.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown pipe table, US$ billion, E and F columns, a Total row; the 2025E column adds only by rounding.
    #     Expected nowhere: the exhibit number, the source line's month and year.
    dict(
        text=(
            "Exhibit 4: Global spending on AI in fashion and apparel, by application (US$ billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Design & trend forecasting | 1.02 | 1.31 | 1.66 | 3.15 |\n"
            "| Demand planning & allocation | 1.48 | 1.79 | 2.15 | 3.72 |\n"
            "| Virtual try-on & size recommendation | 0.86 | 1.12 | 1.45 | 3.01 |\n"
            "| Textile quality inspection | 0.41 | 0.53 | 0.68 | 1.29 |\n"
            "| Resale & authentication | 0.33 | 0.44 | 0.59 | 1.24 |\n"
            "| Total | 4.10 | 5.19 | 6.54 | 12.41 |\n"
            "\n"
            "Source: Harcourt Lane Research, July 2025. E = estimate, F = forecast. Totals may not add due to rounding."
        ),
        obs=[
            ("Design & trend forecasting", 2023, 1.02, "USD billion", "actual"),
            ("Design & trend forecasting", 2024, 1.31, "USD billion", "actual"),
            ("Design & trend forecasting", 2025, 1.66, "USD billion", "estimate"),
            ("Design & trend forecasting", 2028, 3.15, "USD billion", "estimate"),
            ("Demand planning & allocation", 2023, 1.48, "USD billion", "actual"),
            ("Demand planning & allocation", 2024, 1.79, "USD billion", "actual"),
            ("Demand planning & allocation", 2025, 2.15, "USD billion", "estimate"),
            ("Demand planning & allocation", 2028, 3.72, "USD billion", "estimate"),
            ("Virtual try-on & size recommendation", 2023, 0.86, "USD billion", "actual"),
            ("Virtual try-on & size recommendation", 2024, 1.12, "USD billion", "actual"),
            ("Virtual try-on & size recommendation", 2025, 1.45, "USD billion", "estimate"),
            ("Virtual try-on & size recommendation", 2028, 3.01, "USD billion", "estimate"),
            ("Textile quality inspection", 2023, 0.41, "USD billion", "actual"),
            ("Textile quality inspection", 2024, 0.53, "USD billion", "actual"),
            ("Textile quality inspection", 2025, 0.68, "USD billion", "estimate"),
            ("Textile quality inspection", 2028, 1.29, "USD billion", "estimate"),
            ("Resale & authentication", 2023, 0.33, "USD billion", "actual"),
            ("Resale & authentication", 2024, 0.44, "USD billion", "actual"),
            ("Resale & authentication", 2025, 0.59, "USD billion", "estimate"),
            ("Resale & authentication", 2028, 1.24, "USD billion", "estimate"),
            ("Total", 2023, 4.10, "USD billion", "actual"),
            ("Total", 2024, 5.19, "USD billion", "actual"),
            ("Total", 2025, 6.54, "USD billion", "estimate"),
            ("Total", 2028, 12.41, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1.02 + 1.48 + 0.86 + 0.41 + 0.33 = 4.10
            ("hierarchy", "exact"),  # 2024: 1.31 + 1.79 + 1.12 + 0.53 + 0.44 = 5.19
            # 2025E: 1.66 + 2.15 + 1.45 + 0.68 + 0.59 = 6.53, not 6.54; bounds 6.505 to 6.555 reach 6.535-6.545
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2028F: 3.15 + 3.72 + 3.01 + 1.29 + 1.24 = 12.41
        ],
    ),
    # 17. Space-aligned vertical table (years as rows) with a lone column headed by its unit (Total) and a YoY column;
    #     the 2025E YoY is a typo (29.6% for 26.9%). Expected nowhere: the table number, the source's month and year.
    dict(
        text=(
            "Table 2. Virtual fitting-room software revenue, United States\n"
            "\n"
            "Year       US$ million      YoY\n"
            "2020               142        -\n"
            "2021               205    44.4%\n"
            "2022               268    30.7%\n"
            "2023               341    27.2%\n"
            "2024               432    26.7%\n"
            "2025E              548    29.6%\n"
            "\n"
            "Source: Pinewood Analytics, Retail Tech Tracker, February 2025."
        ),
        obs=[
            ("Total", 2020, 142, "USD million", "actual"),
            ("Total", 2021, 205, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 341, "USD million", "actual"),
            ("Total", 2024, 432, "USD million", "actual"),
            ("Total", 2025, 548, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 44.4, "percent", 2020, 2021, 1.0),
            ("growth", 30.7, "percent", 2021, 2022, 1.0),
            ("growth", 27.2, "percent", 2022, 2023, 1.0),
            ("growth", 26.7, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 205 / 142 - 1 = 44.37% -> 44.4
            ("cagr|implied", "exact"),  # 268 / 205 - 1 = 30.73% -> 30.7
            ("cagr|implied", "exact"),  # 341 / 268 - 1 = 27.24% -> 27.2
            ("cagr|implied", "exact"),  # 432 / 341 - 1 = 26.69% -> 26.7
            # 548 / 432 - 1 = 26.85%; bounds 547.5 / 432.5 - 1 = 26.59%, 548.5 / 431.5 - 1 = 27.11% -> 29.6 by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column; the 2024 合计 adds only by rounding.
    #     Expected nowhere: the table number, the title's years 2023—2025.
    dict(
        text=(
            "表3  2023—2025年中国纺织服装AI应用市场细分结构（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI设计与趋势预测\t12.4\t16.9\t22.8\n"
            "智能排产与需求预测\t18.7\t23.5\t29.6\n"
            "虚拟试衣与尺码推荐\t9.6\t13.8\t19.5\n"
            "纺织品AI质检\t14.1\t18.6\t24.7\n"
            "合计\t54.8\t72.9\t96.6\n"
            "注：E为预测值；因四舍五入，合计数与分项之和可能略有出入。资料来源：中纺数智研究院。"
        ),
        obs=[
            ("AI设计与趋势预测", 2023, 12.4, "CNY 100 million", "actual"),
            ("AI设计与趋势预测", 2024, 16.9, "CNY 100 million", "actual"),
            ("AI设计与趋势预测", 2025, 22.8, "CNY 100 million", "estimate"),
            ("智能排产与需求预测", 2023, 18.7, "CNY 100 million", "actual"),
            ("智能排产与需求预测", 2024, 23.5, "CNY 100 million", "actual"),
            ("智能排产与需求预测", 2025, 29.6, "CNY 100 million", "estimate"),
            ("虚拟试衣与尺码推荐", 2023, 9.6, "CNY 100 million", "actual"),
            ("虚拟试衣与尺码推荐", 2024, 13.8, "CNY 100 million", "actual"),
            ("虚拟试衣与尺码推荐", 2025, 19.5, "CNY 100 million", "estimate"),
            ("纺织品AI质检", 2023, 14.1, "CNY 100 million", "actual"),
            ("纺织品AI质检", 2024, 18.6, "CNY 100 million", "actual"),
            ("纺织品AI质检", 2025, 24.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 54.8, "CNY 100 million", "actual"),
            ("合计", 2024, 72.9, "CNY 100 million", "actual"),
            ("合计", 2025, 96.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 18.7 + 9.6 + 14.1 = 54.8
            # 2024: 16.9 + 23.5 + 13.8 + 18.6 = 72.8, not 72.9; bounds 72.6 to 73.0 reach 72.85-72.95
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 22.8 + 29.6 + 19.5 + 24.7 = 96.6
        ],
    ),
    # 19. Tab-separated fiscal-year table (Indian broker, US$ m) with a Total row and a CAGR FY24-26E column; the
    #     visual-search CAGR holds only by rounding. Expected nowhere: the exhibit number, "fiscal years end March".
    dict(
        text=(
            "Exhibit 12: India - AI software spend by apparel retailers, by use case (US$ m)\n"
            "Use case\tFY23\tFY24\tFY25E\tFY26E\tCAGR FY24-26E\n"
            "Demand forecasting\t46\t61\t80\t104\t30.6%\n"
            "Size & fit recommendation\t22\t31\t44\t60\t39.1%\n"
            "Visual search & tagging\t18\t24\t31\t40\t29.4%\n"
            "Total\t86\t116\t155\t204\t32.6%\n"
            "Source: Industry data, Vantara Securities estimates. Fiscal years end March."
        ),
        obs=[
            ("Demand forecasting", 2023, 46, "USD million", "actual"),
            ("Demand forecasting", 2024, 61, "USD million", "actual"),
            ("Demand forecasting", 2025, 80, "USD million", "estimate"),
            ("Demand forecasting", 2026, 104, "USD million", "estimate"),
            ("Size & fit recommendation", 2023, 22, "USD million", "actual"),
            ("Size & fit recommendation", 2024, 31, "USD million", "actual"),
            ("Size & fit recommendation", 2025, 44, "USD million", "estimate"),
            ("Size & fit recommendation", 2026, 60, "USD million", "estimate"),
            ("Visual search & tagging", 2023, 18, "USD million", "actual"),
            ("Visual search & tagging", 2024, 24, "USD million", "actual"),
            ("Visual search & tagging", 2025, 31, "USD million", "estimate"),
            ("Visual search & tagging", 2026, 40, "USD million", "estimate"),
            ("Total", 2023, 86, "USD million", "actual"),
            ("Total", 2024, 116, "USD million", "actual"),
            ("Total", 2025, 155, "USD million", "estimate"),
            ("Total", 2026, 204, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 30.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 39.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 29.4, "percent", 2024, 2026, None, "stated"),
            ("cagr", 32.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY23: 46 + 22 + 18 = 86
            ("hierarchy", "exact"),  # FY24: 61 + 31 + 24 = 116
            ("hierarchy", "exact"),  # FY25E: 80 + 44 + 31 = 155
            ("hierarchy", "exact"),  # FY26E: 104 + 60 + 40 = 204
            ("cagr|implied", "exact"),  # (104 / 61) ** (1 / 2) - 1 = 30.57% -> 30.6
            ("cagr|implied", "exact"),  # (60 / 31) ** (1 / 2) - 1 = 39.12% -> 39.1
            # (40 / 24) ** (1 / 2) - 1 = 29.10% -> 29.1, not 29.4; bounds (39.5 / 24.5) ** (1/2) - 1 = 26.97%,
            # (40.5 / 23.5) ** (1/2) - 1 = 31.28% -> 29.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (204 / 116) ** (1 / 2) - 1 = 32.61% -> 32.6
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a 合計 row and a share column; the 100.0% total is no
    #     claim; 虛擬試穿's 31.3% holds only by rounding. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "表2　台灣服飾電商AI應用市場結構（單位：新台幣百萬元）\n"
            "| 應用類別 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 虛擬試穿 | 412 | 539 | 31.3% |\n"
            "| 尺寸推薦 | 365 | 471 | 27.3% |\n"
            "| 需求預測與補貨 | 298 | 401 | 23.2% |\n"
            "| AI商品設計 | 221 | 314 | 18.2% |\n"
            "| 合計 | 1,296 | 1,725 | 100.0% |\n"
            "資料來源：資策會產業情報研究所整理，2025年2月"
        ),
        obs=[
            ("虛擬試穿", 2023, 412, "TWD million", "actual"),
            ("虛擬試穿", 2024, 539, "TWD million", "actual"),
            ("尺寸推薦", 2023, 365, "TWD million", "actual"),
            ("尺寸推薦", 2024, 471, "TWD million", "actual"),
            ("需求預測與補貨", 2023, 298, "TWD million", "actual"),
            ("需求預測與補貨", 2024, 401, "TWD million", "actual"),
            ("AI商品設計", 2023, 221, "TWD million", "actual"),
            ("AI商品設計", 2024, 314, "TWD million", "actual"),
            ("合計", 2023, 1296, "TWD million", "actual"),
            ("合計", 2024, 1725, "TWD million", "actual"),
        ],
        claims=[
            ("share", 31.3, "percent", 2024, 2024, None),
            ("share", 27.3, "percent", 2024, 2024, None),
            ("share", 23.2, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 365 + 298 + 221 = 1296
            ("hierarchy", "exact"),  # 2024: 539 + 471 + 401 + 314 = 1725
            # 539 / 1725 = 31.246% -> 31.2, not 31.3; bounds 538.5 / 1725.5 = 31.21%,
            # 539.5 / 1724.5 = 31.28% -> 31.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 471 / 1725 = 27.30% -> 27.3
            ("arithmetic", "exact"),  # 401 / 1725 = 23.246% -> 23.2
            ("arithmetic", "exact"),  # 314 / 1725 = 18.20% -> 18.2
        ],
    ),
    # 21. US earnings-call transcript (Q3 2025): the CEO sizes the TAM "this year" (2025, estimate) and for 2030;
    #     CAGR span only from the amounts' years. Expected nowhere: quarterly revenue and growth, brand count, the
    #     returns reduction, "a third" in words, the $1.7 trillion apparel market.
    dict(
        text=(
            "Fitwise Technologies, Inc. (NYSE: FWIT) Q3 2025 Earnings Conference Call - November 6, 2025\n"
            "Priya Raman, Co-Founder and Chief Executive Officer: Thank you, operator, and good afternoon. Q3 revenue "
            "was $48.2 million, up 31% from a year ago, and we signed 37 new retail brands, which takes us to 212. "
            "Shoppers who got a size recommendation from us sent back 24% fewer items, and that is the number our "
            "customers actually care about. Now, the question we get from almost every investor is how big this can "
            "get. Our view is that the total addressable market for AI-driven size and fit recommendation is about "
            "$3.8 billion this year, and we see it reaching $9.5 billion by 2030 - call it a 20% compound growth rate, "
            "before you count anything in footwear. Europe is probably a third of that. For context, global apparel "
            "sales run at something like $1.7 trillion, so we are still a rounding error on a rounding error."
        ),
        obs=[
            ("Total", 2025, 3.8, "USD billion", "estimate"),
            ("Total", 2030, 9.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.5 / 3.8) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 22. Italian working-paper abstract: a CAGR with its span printed (exact) and a later "roughly 17% a year" whose
    #     span only the amounts give (inconsistent). Expected nowhere: paper number, mill count, study years,
    #     second-quality and productivity percentages, firm size, industry turnover and exports.
    dict(
        text=(
            "Istituto Bocchi di Economia Industriale - Working Paper No. 14/2025\n"
            "Looms that see: AI visual inspection and productivity in Italian textile districts\n"
            "Abstract. We study the diffusion of AI-based fabric inspection across 418 weaving and finishing mills in "
            "the Prato, Biella and Como districts between 2019 and 2024. Drawing on supplier invoices and a "
            "purpose-built survey, we estimate that Italian mills spent EUR 86 million on AI visual-inspection systems "
            "in 2024, against EUR 61 million in 2022, an average annual increase of 19% over 2022-2024. Adopting mills "
            "cut second-quality output by 37% and raised labour productivity by 6.4% within two years, with larger "
            "gains among firms with fewer than 50 employees. Under our baseline adoption path, spending climbs to "
            "EUR 210 million in 2030, roughly 17% a year. We set these figures against a domestic textile and clothing "
            "industry with turnover of about EUR 58 billion and exports of EUR 33.6 billion."
        ),
        obs=[
            ("Total", 2022, 61, "EUR million", "actual"),
            ("Total", 2024, 86, "EUR million", "actual"),
            ("Total", 2030, 210, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2022, 2024, None, "stated"),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 61) ** (1 / 2) - 1 = 18.74% -> 19
            # (210 / 86) ** (1 / 6) - 1 = 16.04% -> 16, not 17; bounds (209.5 / 86.5) ** (1/6) - 1 = 15.89%,
            # (210.5 / 85.5) ** (1/6) - 1 = 16.20%; 17 (16.5-17.5) is never reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. Social-media thread on AI authentication in luxury resale: series unit USD million (first printed), so
    #     $1.1B for 2028 is converted; a multiple; a share without its part. Expected nowhere: the ~$50B secondhand
    #     market, "a fifth" and "most of the rest" in words, the Series C and valuation, the thread numbering.
    dict(
        text=(
            "@luxetechnotes - Mar 4, 2025 - Thread\n"
            "1/ Nobody talks about it, but AI authentication is turning into a real business inside luxury resale. "
            "Some numbers from the new Lumen & Vale report below.\n"
            "2/ Spend on AI authentication tools for pre-owned luxury goods hit $412M in 2024. Back in 2020 this was "
            "a niche - the market has more than tripled in four years.\n"
            "3/ Their forecast: $1.1B by 2028. That's a ~28% CAGR if you're counting.\n"
            "4/ Handbags are 46% of the spend, watches most of the rest.\n"
            "5/ For scale: the whole secondhand luxury market is ~$50B, and roughly a fifth of it now trades on "
            "platforms.\n"
            "6/ Meanwhile VeraTag just raised a $40M Series C at a $600M valuation. Not financial advice. /end"
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 28, "percent", 2024, 2028, None, "inferred"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1100 / 412) ** (1 / 4) - 1 = 27.83% -> 28
        ],
    ),
    # 24. Web article with a correction: the corrected 2024 figure is expected, the misstated one nowhere.
    #     Expected nowhere: the returns rate, the $890 billion returns bill, survey size and answer, the dates.
    dict(
        text=(
            "Virtual fitting rooms are finally fitting in\n"
            "By Dana Okafor | Published March 28, 2025 | Updated April 3, 2025\n"
            "For a decade, virtual try-on was the feature every fashion app demoed and almost nobody used. That is "
            "changing. The global market for virtual fitting-room software was valued at $1.36 billion in 2024, "
            "according to Brightline Analytics, which expects it to reach $4.9 billion by 2030 - a compound annual "
            "growth rate of 23.8% between 2024 and 2030. Apparel remains the sore spot of online returns: around 30% "
            "of clothes bought online are sent back, and US retailers put the cost of returns across all categories "
            "at $890 billion last year. In a Brightline survey of 2,000 shoppers, 61% said they would buy more if they "
            "could see a garment on their own body.\n"
            "Correction, April 3, 2025: An earlier version of this article misstated Brightline's estimate of the 2024 "
            "market as $1.63 billion. The correct figure is $1.36 billion."
        ),
        obs=[
            ("Total", 2024, 1.36, "USD billion", "actual"),
            ("Total", 2030, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.9 / 1.36) ** (1 / 6) - 1 = 23.82% -> 23.8
        ],
    ),
    # 25. Paris luxury group's annual-report letter: AI spend by luxury houses, YoY growth that holds only by
    #     rounding, an approximate 2028 target. Expected nowhere: the EUR 363 billion personal luxury market, the
    #     group's revenue, operating income, store count, its own AI investment this year, the letter's date.
    dict(
        text=(
            "Maison Aurele Group - 2024 Universal Registration Document\n"
            "Letter from the Chairman and Chief Executive Officer\n"
            "Dear Shareholders, 2024 tested our whole industry. The global personal luxury goods market slipped to an "
            "estimated EUR 363 billion, and our own revenue eased 2% to EUR 18.4 billion, with recurring operating "
            "income of EUR 4.1 billion across our 1,260 stores. Yet one line kept growing through the slowdown. By our "
            "teams' estimates, luxury houses worldwide spent EUR 2.1 billion on artificial intelligence in 2024 - for "
            "clienteling, demand sensing, design and authentication - up 19% from EUR 1.8 billion in 2023. We expect "
            "that figure to exceed EUR 5 billion by 2028, and we intend to take our full part in it: the Group's own "
            "AI investment will rise to EUR 240 million this year.\n"
            "Paris, 12 March 2025"
        ),
        obs=[
            ("Total", 2023, 1.8, "EUR billion", "actual"),
            ("Total", 2024, 2.1, "EUR billion", "actual"),
            ("Total", 2028, 5, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.1 / 1.8) ** (1 / 1) - 1 = 16.67% -> 17, not 19; bounds (2.05 / 1.85) - 1 = 10.81%,
            # (2.15 / 1.75) - 1 = 22.86%; 19 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. New York investor-day slide bullets: a TAM (Total) for 2025E and 2029E, three segments with shares of it.
    #     Expected nowhere: active buyers, GMV, the GMV growth and margin targets, return-rate goals, slide numbers.
    dict(
        text=(
            "THREADLINE INVESTOR DAY 2025 | New York | September 16, 2025\n"
            "Slide 14 - The AI styling opportunity\n"
            "\u2022 Total addressable market for AI styling, fit and design tools: $14.6B in 2025E, growing to $31B "
            "by 2029E (~21% CAGR)\n"
            "\u2022 Size & fit recommendation: $5.2B (36% of TAM)\n"
            "\u2022 Virtual try-on: $3.9B (27%)\n"
            "\u2022 Trend forecasting & generative design: $1.8B (13%)\n"
            "\u2022 Threadline today: 41M active buyers, $28.6B GMV in 2024\n"
            "Slide 15 - Our path to 2028\n"
            "\u2022 Grow marketplace GMV at a mid-teens rate\n"
            "\u2022 Adjusted EBITDA margin of 9-11%\n"
            "\u2022 Cut the apparel return rate from 27% to below 20%"
        ),
        obs=[
            ("Total", 2025, 14.6, "USD billion", "estimate"),
            ("Total", 2029, 31, "USD billion", "estimate"),
            ("Size & fit recommendation", 2025, 5.2, "USD billion", "estimate"),
            ("Virtual try-on", 2025, 3.9, "USD billion", "estimate"),
            ("Trend forecasting & generative design", 2025, 1.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2025, 2029, None, "inferred"),
            ("share", 36, "percent", 2025, 2025, None),
            ("share", 27, "percent", 2025, 2025, None),
            ("share", 13, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14.6) ** (1 / 4) - 1 = 20.71% -> 21
            ("arithmetic", "exact"),  # 5.2 / 14.6 = 35.62% -> 36
            ("arithmetic", "exact"),  # 3.9 / 14.6 = 26.71% -> 27
            # 1.8 / 14.6 = 12.33% -> 12, not 13; bounds 1.75 / 14.65 = 11.95%, 1.85 / 14.55 = 12.71%;
            # 13 (from 12.5) is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses: the first (base, target, rate) is the snippet's figure; the
    #     second house's 2024 figure is expected nowhere. Expected nowhere too: the 10-40% overproduction range,
    #     the $163bn unsold-stock cost, store count, markdown points.
    dict(
        text=(
            "Re: How big is the market for AI demand planning in fashion?\n"
            "Answer from u/merch_planner_ldn, 14 Feb 2025:\n"
            "Depends who you ask, honestly. The number I see quoted most is from Kestrel Retail Research: they put AI "
            "demand planning and allocation software for apparel and footwear at $1.9bn in 2024 and have it getting "
            "to about $5.3bn in 2030, which by their maths is 18.6% a year. Northfield Partners had a smaller 2024 "
            "number, $1.4bn, but they leave out footwear. Either way it's tiny next to the problem - the industry "
            "overproduces by something like 10-40% depending on whose study you read, and I've seen $163bn thrown "
            "around as the annual cost of unsold stock. FWIW at my old job (140 stores, UK and Ireland) markdowns fell "
            "about 12 points in the first season after we switched tools, so the ROI case isn't hard to make."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 5.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.3 / 1.9) ** (1 / 6) - 1 = 18.65% (18.646) -> 18.6
        ],
    ),
    # 28. Dhaka broker sector update with a taka aside: the taka amount is no observation. YoY growth inconsistent
    #     with its amounts; CAGR span only from the amounts' years. Expected nowhere: Tk 7.1 billion, RMG exports,
    #     factory counts, the target price and upside, the covered company's revenue and growth.
    dict(
        text=(
            "Meghna Capital Research | Bangladesh Textiles & Apparel | Sector update | Dhaka, 20 May 2025\n"
            "Machines that spot a dropped stitch. Bangladesh's ready-made garment makers spent an estimated US$58 "
            "million on AI-based fabric and garment inspection in 2024, up 45% from US$41 million in 2023, by our "
            "count. (At today's exchange rate that is roughly Tk 7.1 billion - small change next to the sector's "
            "US$38.5 billion of exports.) We see the market reaching US$140 million by 2027, a 34% CAGR, as EU "
            "due-diligence rules push buyers to demand digital quality records. Of the 3,400-odd export factories, "
            "fewer than 300 run any AI vision system today. Top pick: Padma Denim (BUY, TP Tk 68, 22% upside), which "
            "grew 2024 revenue 18% to Tk 9.4 billion."
        ),
        obs=[
            ("Total", 2023, 41, "USD million", "actual"),
            ("Total", 2024, 58, "USD million", "actual"),
            ("Total", 2027, 140, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 45, "percent", 2023, 2024, 1.0),
            ("cagr", 34, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (58 / 41) ** (1 / 1) - 1 = 41.46% -> 41, not 45; bounds 57.5 / 41.5 - 1 = 38.55%,
            # 58.5 / 40.5 - 1 = 44.44%; 45 (from 44.5) is never reached
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (140 / 58) ** (1 / 3) - 1 = 34.14% -> 34
        ],
    ),
    # 29. Xinhua-style release (Simplified): AI quality inspection in textiles, YoY with both amounts, approximate
    #     2027 forecast (突破). Expected nowhere: enterprise count, 95% detection rate, industry revenue (万亿元),
    #     textile and apparel exports, the dateline.
    dict(
        text=(
            "新华社杭州5月18日电（记者周明远）记者18日从中国纺织工业联合会获悉，人工智能视觉检测正加速走进纺织印染车间。"
            "2024年，我国纺织行业AI质检市场规模达到27.6亿元，同比增长31.4%，2023年这一数字为21.0亿元。"
            "中国纺织工业联合会有关负责人介绍，目前全国已有超过1800家纺织企业部署了AI验布系统，布面疵点检出率普遍提升至95%以上。"
            "预计到2027年，行业AI质检市场规模将突破60亿元。"
            "2024年，全国规模以上纺织企业实现营业收入4.98万亿元，纺织服装累计出口3011亿美元。"
        ),
        obs=[
            ("Total", 2023, 21.0, "CNY 100 million", "actual"),
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.6 / 21.0) ** (1 / 1) - 1 = 31.43% -> 31.4
        ],
    ),
    # 30. Ministry implementation plan (Simplified): a 2027 target, a 2024 base in brackets, 年均增长 whose span only
    #     the amounts give. Expected nowhere: the plan's title years and document number, 数控化率, 普及率,
    #     factory and cluster counts.
    dict(
        text=(
            "工业和信息化部 国家发展改革委 商务部关于印发《纺织工业数字化转型实施方案（2025—2027年）》的通知\n"
            "工信部联消费〔2025〕62号\n"
            "二、主要目标\n"
            "到2027年，纺织行业数字化转型取得明显成效，规模以上纺织企业关键工序数控化率达到70%，"
            "数字化研发设计工具普及率达到85%，培育100家以上智能制造示范工厂。人工智能在服装设计、需求预测、"
            "智能排产和质量检测等环节实现规模化应用，相关市场规模突破150亿元，年均增长25%以上（2024年约为76亿元）。"
            "打造10个以上具有国际影响力的纺织服装产业集群。"
        ),
        obs=[
            ("Total", 2024, 76, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 76) ** (1 / 3) - 1 = 25.44% -> 25
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional): NT$ 億元 amounts, CAGR with its span printed.
    #     Expected nowhere: the release date, respondents and their 62%, last year's textile exports (億美元) and decline.
    dict(
        text=(
            "【2025/06/12】資策會產業情報研究所（MIC）今（12）日發布「紡織產業AI應用趨勢」研究指出，"
            "台灣紡織業者導入AI瑕疵檢測、智慧排程與配色系統的市場規模，2024年達新台幣38.5億元，"
            "預估2028年將成長至新台幣92億元，2024至2028年年複合成長率（CAGR）達24.3%。"
            "MIC資深產業分析師林怡君表示，在受訪的156家業者中，有62%計畫在未來兩年內擴大AI投資，"
            "其中機能性布料業者最為積極。不過，她也提醒，台灣紡織品去年出口值約72億美元，年減4.1%，"
            "業者在擴大投資之際仍須留意終端需求。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2028, 92, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (92 / 38.5) ** (1 / 4) - 1 = 24.33% -> 24.3
        ],
    ),
    # 32. Hong Kong press report (Traditional), dated June 2025: 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate);
    #     億港元. Expected nowhere: 約佔六成 in words, the HK$18 billion secondhand luxury market, shop count, the
    #     start-up's funding round.
    dict(
        text=(
            "【明報專訊】（2025年6月9日）二手名牌手袋交易愈趨熾熱，鑑定真偽亦走向人工智能化。"
            "香港奢侈品轉售業協會昨日公布，去年本港AI奢侈品鑑定服務市場規模達4.86億港元，按年增長22%，"
            "前年則為3.98億港元。協會主席陳嘉欣指，目前手袋鑑定約佔六成，其餘為腕錶及珠寶，"
            "業界預計今年市場可進一步升至約6億港元。她又估計，本港二手奢侈品整體市場規模約180億港元，"
            "全港提供鑑定服務的店舖已逾320間。本地鑑定初創VeriLux上月完成1.2億港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.98, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.98) ** (1 / 1) - 1 = 22.11% -> 22
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional): 億美元 amounts, 增長3倍 kept as x3 over 2020-2024, CAGR span only
    #     from the amounts. Expected nowhere: 退貨率三成, percentage points, conversion uplift, the poster's try-ons,
    #     the post's timestamp and push-comment figure.
    dict(
        text=(
            "作者 fashionbyte (布料控)\n"
            "看板 Fashion\n"
            "標題 [情報] AI虛擬試衣市場四年增長3倍\n"
            "時間 Tue Mar 11 21:04:33 2025\n"
            "剛看到一份外電報導，整理一下重點給板友參考：\n"
            "1. 根據國外研究機構Orchid Insight，2024年全球AI虛擬試衣市場規模約13.6億美元，較2020年增長3倍。\n"
            "2. 該機構預估2030年可望達到48億美元，年複合成長率約23%。\n"
            "3. 線上買衣服退貨率高達三成，品牌導入虛擬試衣後退貨率平均可降6到8個百分點。\n"
            "4. 日本某服飾電商導入後，轉換率提升了15%。\n"
            "個人心得：上禮拜用某app試穿了5件，尺寸推薦準了4件，真的比以前強很多XD\n"
            "--\n"
            "推 knitlover: 13.6億美元其實不算大耶 03/11 21:10"
        ),
        obs=[
            ("Total", 2024, 13.6, "USD 100 million", "actual"),
            ("Total", 2030, 48, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 23, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (48 / 13.6) ** (1 / 6) - 1 = 23.39% -> 23
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a 2030 range (two value claims, no obs) and YoY growth to a
    #     2025 forecast. Expected nowhere: the ~1.5万亿元 apparel retail market, the <2% penetration rate, the rating,
    #     the report date.
    dict(
        text=(
            "华衡证券 | 纺织服装行业深度报告 | 2025年3月20日\n"
            "AI+服装设计：从灵感板到打样单\n"
            "投资要点：生成式AI正在重塑服装企划与设计流程。我们测算，2024年国内AI服装设计与趋势预测市场规模约为18.5亿元，"
            "2025年有望达到24亿元，同比增长约30%；中性假设下，预计2030年市场规模将达到80-100亿元。"
            "对比之下，我国服装行业零售规模约1.5万亿元，AI设计工具渗透率不足2%，提升空间广阔。"
            "维持行业“推荐”评级，重点关注设计软件龙头与具备柔性快反能力的品牌商。\n"
            "风险提示：AI技术落地不及预期；终端消费疲弱；行业竞争加剧。"
        ),
        obs=[
            ("Total", 2024, 18.5, "CNY 100 million", "actual"),
            ("Total", 2025, 24, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("value", 80, "CNY 100 million", 2030, 2030, None),
            ("value", 100, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 18.5) ** (1 / 1) - 1 = 29.73% -> 30
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified), April 2025: 去年 = 2024 (actual), 今年 = 2025 and
    #     明年 = 2026 (estimates); YoY holds only by rounding. Expected nowhere: the company's revenue, AI revenue,
    #     growth, customer count, 20% share target, Q1 gross margin and its percentage-point fall.
    dict(
        text=(
            "衣智云科技（688371）2024年度业绩说明会文字实录 | 2025年4月25日\n"
            "问：请问公司如何看待服装行业AI需求预测的市场空间？\n"
            "董事长 孙立平：谢谢这位投资者的提问。根据我们的测算，国内服装行业AI需求预测和智能补货的市场规模，"
            "去年大概在45亿元左右，今年预计增长28%左右，达到58亿元；明年随着中小品牌加速上云，有望突破75亿元。"
            "公司2024年实现营业收入6.82亿元，同比增长14.3%，其中AI相关业务收入1.96亿元，服务品牌客户超过1200家。"
            "我们的目标是三年内在这一细分领域做到20%以上的市场份额。\n"
            "问：第一季度毛利率下降的原因是什么？\n"
            "财务总监 何静：一季度毛利率为58.1%，同比下降2.4个百分点，主要是新签大客户的实施成本前置。"
        ),
        obs=[
            ("Total", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
            ("Total", 2026, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (58 / 45) ** (1 / 1) - 1 = 28.89% -> 29, not 28; bounds 57.5 / 45.5 - 1 = 26.37%,
            # 58.5 / 44.5 - 1 = 31.46%; 28 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown pipe table by application with a Total row (USD billion), 2023, 2024, 2027F. The 2024 column adds
    #     only by rounding. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3. Global spending on AI in fashion and apparel, by application (USD billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2027F |\n"
            "|---|---:|---:|---:|\n"
            "| Design & trend forecasting | 0.62 | 0.78 | 1.52 |\n"
            "| Demand planning & allocation | 0.84 | 1.03 | 1.87 |\n"
            "| Size & fit recommendation | 0.41 | 0.55 | 1.21 |\n"
            "| Virtual try-on | 0.37 | 0.49 | 1.06 |\n"
            "| Quality inspection (textiles) | 0.29 | 0.36 | 0.71 |\n"
            "| Resale & authentication | 0.18 | 0.24 | 0.52 |\n"
            "| Total | 2.71 | 3.46 | 6.89 |\n"
            "\n"
            "Source: Vireo & Marchetti Fashion Intelligence, Milan, February 2025. Totals may not add up because of "
            "rounding; F = forecast."
        ),
        obs=[
            ("Design & trend forecasting", 2023, 0.62, "USD billion", "actual"),
            ("Design & trend forecasting", 2024, 0.78, "USD billion", "actual"),
            ("Design & trend forecasting", 2027, 1.52, "USD billion", "estimate"),
            ("Demand planning & allocation", 2023, 0.84, "USD billion", "actual"),
            ("Demand planning & allocation", 2024, 1.03, "USD billion", "actual"),
            ("Demand planning & allocation", 2027, 1.87, "USD billion", "estimate"),
            ("Size & fit recommendation", 2023, 0.41, "USD billion", "actual"),
            ("Size & fit recommendation", 2024, 0.55, "USD billion", "actual"),
            ("Size & fit recommendation", 2027, 1.21, "USD billion", "estimate"),
            ("Virtual try-on", 2023, 0.37, "USD billion", "actual"),
            ("Virtual try-on", 2024, 0.49, "USD billion", "actual"),
            ("Virtual try-on", 2027, 1.06, "USD billion", "estimate"),
            ("Quality inspection (textiles)", 2023, 0.29, "USD billion", "actual"),
            ("Quality inspection (textiles)", 2024, 0.36, "USD billion", "actual"),
            ("Quality inspection (textiles)", 2027, 0.71, "USD billion", "estimate"),
            ("Resale & authentication", 2023, 0.18, "USD billion", "actual"),
            ("Resale & authentication", 2024, 0.24, "USD billion", "actual"),
            ("Resale & authentication", 2027, 0.52, "USD billion", "estimate"),
            ("Total", 2023, 2.71, "USD billion", "actual"),
            ("Total", 2024, 3.46, "USD billion", "actual"),
            ("Total", 2027, 6.89, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 0.62 + 0.84 + 0.41 + 0.37 + 0.29 + 0.18 = 2.71
            # 2024: 0.78 + 1.03 + 0.55 + 0.49 + 0.36 + 0.24 = 3.45, not 3.46; rows at +0.005 each give 3.48,
            # total's interval 3.455-3.465, so 3.46 is reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 1.52 + 1.87 + 1.21 + 1.06 + 0.71 + 0.52 = 6.89
        ],
    ),
    # 37. Tab-separated vertical table headed only by its unit (yen) with a YoY column: the lone value column is the
    #     market's Total; each YoY gets a cagr|implied verdict. Expected nowhere: the vendor count, the survey date.
    dict(
        text=(
            "Japan: AI size-recommendation and virtual fitting services for apparel e-commerce\n"
            "Kiyomizu Research Institute, vendor survey, October 2025\n"
            "Year\t\u00a5 billion\tYoY\n"
            "2021\t8.4\t-\n"
            "2022\t11.2\t33.3%\n"
            "2023\t14.9\t33.5%\n"
            "2024\t19.1\t26.2%\n"
            "2025E\t23.8\t24.6%\n"
            "Note: vendor sales basis; E = estimate. The survey covered 64 vendors."
        ),
        obs=[
            ("Total", 2021, 8.4, "JPY billion", "actual"),
            ("Total", 2022, 11.2, "JPY billion", "actual"),
            ("Total", 2023, 14.9, "JPY billion", "actual"),
            ("Total", 2024, 19.1, "JPY billion", "actual"),
            ("Total", 2025, 23.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2021, 2022, 1.0),
            ("growth", 33.5, "percent", 2022, 2023, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.2 / 8.4 - 1 = 33.33% -> 33.3
            # 14.9 / 11.2 - 1 = 33.04% -> 33.0, not 33.5; bounds 14.85 / 11.25 - 1 = 32.00%,
            # 14.95 / 11.15 - 1 = 34.08%; 33.5 is reached only by some reading
            ("cagr|implied", "rounding"),
            # 19.1 / 14.9 - 1 = 28.19% -> 28.2, not 26.2; bounds 19.05 / 14.95 - 1 = 27.42%,
            # 19.15 / 14.85 - 1 = 28.96%; 26.2 is never reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 23.8 / 19.1 - 1 = 24.61% -> 24.6
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元) with a 合计 row; E columns are estimates; every column adds
    #     exactly. Expected nowhere: the table number, the title's years, the source line.
    dict(
        text=(
            "表2  2024-2026年中国服装行业AI应用市场规模测算（单位：亿元）\n"
            "细分领域              2024年    2025年E    2026年E\n"
            "AI设计与趋势预测        12.6       16.9       22.4\n"
            "智能需求预测            21.3       26.8       33.1\n"
            "虚拟试衣                 9.8       13.5       18.2\n"
            "AI质检                  15.4       19.7       24.6\n"
            "合计                    59.1       76.9       98.3\n"
            "资料来源：中纺智研院，锦程证券研究所整理；E为预测值"
        ),
        obs=[
            ("AI设计与趋势预测", 2024, 12.6, "CNY 100 million", "actual"),
            ("AI设计与趋势预测", 2025, 16.9, "CNY 100 million", "estimate"),
            ("AI设计与趋势预测", 2026, 22.4, "CNY 100 million", "estimate"),
            ("智能需求预测", 2024, 21.3, "CNY 100 million", "actual"),
            ("智能需求预测", 2025, 26.8, "CNY 100 million", "estimate"),
            ("智能需求预测", 2026, 33.1, "CNY 100 million", "estimate"),
            ("虚拟试衣", 2024, 9.8, "CNY 100 million", "actual"),
            ("虚拟试衣", 2025, 13.5, "CNY 100 million", "estimate"),
            ("虚拟试衣", 2026, 18.2, "CNY 100 million", "estimate"),
            ("AI质检", 2024, 15.4, "CNY 100 million", "actual"),
            ("AI质检", 2025, 19.7, "CNY 100 million", "estimate"),
            ("AI质检", 2026, 24.6, "CNY 100 million", "estimate"),
            ("合计", 2024, 59.1, "CNY 100 million", "actual"),
            ("合计", 2025, 76.9, "CNY 100 million", "estimate"),
            ("合计", 2026, 98.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 12.6 + 21.3 + 9.8 + 15.4 = 59.1
            ("hierarchy", "exact"),  # 2025E: 16.9 + 26.8 + 13.5 + 19.7 = 76.9
            ("hierarchy", "exact"),  # 2026E: 22.4 + 33.1 + 18.2 + 24.6 = 98.3
        ],
    ),
    # 39. Regional table (USD million) with a CAGR 2024-30 column and a Global total row: each row's CAGR is stated
    #     and checked against its own amounts; the Americas rate holds only by rounding. Expected nowhere: exhibit
    #     number, source date, the list of South Asian countries.
    dict(
        text=(
            "Exhibit 5: AI visual inspection in textile mills, by region (USD million)\n"
            "Region              2024     2030F    CAGR 2024-30\n"
            "Mainland China       412     1,236       20.1%\n"
            "South Asia           238       815       22.8%\n"
            "Europe               176       402       14.8%\n"
            "Americas              94       231       16.3%\n"
            "Rest of world         57       148       17.2%\n"
            "Global               977     2,832       19.4%\n"
            "Source: Harbourline Research (Hong Kong), July 2025. South Asia = India, Bangladesh, Pakistan, Sri Lanka."
        ),
        obs=[
            ("Mainland China", 2024, 412, "USD million", "actual"),
            ("Mainland China", 2030, 1236, "USD million", "estimate"),
            ("South Asia", 2024, 238, "USD million", "actual"),
            ("South Asia", 2030, 815, "USD million", "estimate"),
            ("Europe", 2024, 176, "USD million", "actual"),
            ("Europe", 2030, 402, "USD million", "estimate"),
            ("Americas", 2024, 94, "USD million", "actual"),
            ("Americas", 2030, 231, "USD million", "estimate"),
            ("Rest of world", 2024, 57, "USD million", "actual"),
            ("Rest of world", 2030, 148, "USD million", "estimate"),
            ("Global", 2024, 977, "USD million", "actual"),
            ("Global", 2030, 2832, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 14.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1236 / 412) ** (1 / 6) - 1 = 20.09% -> 20.1
            ("cagr|implied", "exact"),  # (815 / 238) ** (1 / 6) - 1 = 22.77% -> 22.8
            ("cagr|implied", "exact"),  # (402 / 176) ** (1 / 6) - 1 = 14.76% -> 14.8
            # (231 / 94) ** (1 / 6) - 1 = 16.17% -> 16.2, not 16.3; bounds (230.5 / 94.5) ** (1/6) - 1 = 16.02%,
            # (231.5 / 93.5) ** (1/6) - 1 = 16.31%; 16.3 (from 16.25) is reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (148 / 57) ** (1 / 6) - 1 = 17.24% -> 17.2
            ("cagr|implied", "exact"),  # (2832 / 977) ** (1 / 6) - 1 = 19.41% -> 19.4
            ("hierarchy", "exact"),  # 2024: 412 + 238 + 176 + 94 + 57 = 977
            ("hierarchy", "exact"),  # 2030F: 1236 + 815 + 402 + 231 + 148 = 2832
        ],
    ),
    # 40. Statistics table (calendar 2024, US$ million) with a share column and a Total row; the 100.0 total share is
    #     no claim; the garmenting share holds only by rounding. Expected nowhere: the units-reporting counts (and
    #     their total), table and note numbers, the yearbook's year.
    dict(
        text=(
            "Textile Statistics Yearbook 2025 - Office of the Textile Statistics Board, New Delhi\n"
            "Table 12.3  Spending on AI-based systems by textile units, by segment, calendar year 2024\n"
            "Segment                   Units reporting AI use   Spend (US$ million)   Share of total (%)\n"
            "Spinning                                     412                  38.6                 18.7\n"
            "Weaving & knitting                           655                  52.3                 25.3\n"
            "Processing & finishing                       287                  29.7                 14.4\n"
            "Garmenting                                 1,134                  71.8                 34.7\n"
            "Technical textiles                           146                  14.2                  6.9\n"
            "Total                                      2,634                 206.6                100.0\n"
            "Notes: 1. Units reporting AI use are establishments that declared any AI-based system in their 2024 "
            "annual return. 2. Shares are rounded and adjusted to sum to 100."
        ),
        obs=[
            ("Spinning", 2024, 38.6, "USD million", "actual"),
            ("Weaving & knitting", 2024, 52.3, "USD million", "actual"),
            ("Processing & finishing", 2024, 29.7, "USD million", "actual"),
            ("Garmenting", 2024, 71.8, "USD million", "actual"),
            ("Technical textiles", 2024, 14.2, "USD million", "actual"),
            ("Total", 2024, 206.6, "USD million", "actual"),
        ],
        claims=[
            ("share", 18.7, "percent", 2024, 2024, None),
            ("share", 25.3, "percent", 2024, 2024, None),
            ("share", 14.4, "percent", 2024, 2024, None),
            ("share", 34.7, "percent", 2024, 2024, None),
            ("share", 6.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 206.6 = 18.68% -> 18.7
            ("arithmetic", "exact"),  # 52.3 / 206.6 = 25.31% -> 25.3
            ("arithmetic", "exact"),  # 29.7 / 206.6 = 14.38% -> 14.4
            # 71.8 / 206.6 = 34.75% (34.753) -> 34.8, not 34.7; bounds 71.75 / 206.65 = 34.72%,
            # 71.85 / 206.55 = 34.79%; 34.7 (up to 34.75) is reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 14.2 / 206.6 = 6.87% -> 6.9
            ("hierarchy", "exact"),  # 38.6 + 52.3 + 29.7 + 71.8 + 14.2 = 206.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eightieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 15, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'last year, up 27% from €482 million in 2023',
    'compound annual growth of 22.8% between 2024 and 2030',
    'US$1.35bn in FY2024, up 25% from US$1.08bn',
    'by FY2029e - a CAGR of roughly 19%',
    '€0.57 billion or 45%',
    'should more than double to €2.6 billion by 2028',
    'a compound annual growth rate of 25.5%',
    'about €4.5 billion this year',
    'so it roughly doubles in four years',
    'grow about 26% a year between 2024 and 2030',
    'the correct figure is ¥45.8 billion',
    '¥95 billion to ¥110 billion by 2030',
    'more than fivefold in four years',
    'which it describes as a 21% CAGR',
    '同比增长31.9%，2023年这一数字为14.1亿元',
    '力争突破120亿元，较2023年增长3倍',
    '预计2028年将增至96.0亿元，年均复合增长率达36.7%',
    '新台幣42.6億元，較2023年的36.0億元年增18.4%',
    '其中手袋鑑定佔7.4億港元，約佔58%',
    '去年我国服装电商AI尺码推荐与需求预测市场规模达到46.3亿元',
    '今年有望突破60亿元',
    '2024–2028年年複合成長率29.6%',
    '| Total | 4.10 | 5.19 | 6.54 | 12.41 |',
    '2025E              548    29.6%',
    '合计\t54.8\t72.9\t96.6',
    'Use case\tFY23\tFY24\tFY25E\tFY26E\tCAGR FY24-26E',
    'about $3.8 billion this year',
    'call it a 20% compound growth rate',
    'an average annual increase of 19% over 2022-2024',
    'roughly 17% a year',
    'the market has more than tripled in four years',
    "$1.1B by 2028. That's a ~28% CAGR",
    'Handbags are 46% of the spend',
    "misstated Brightline's estimate of the 2024",
    'growth rate of 23.8% between 2024 and 2030',
    'up 19% from EUR 1.8 billion in 2023',
    'exceed EUR 5 billion by 2028',
    '$14.6B in 2025E, growing to $31B',
    '$5.2B (36% of TAM)',
    'Northfield Partners had a smaller 2024',
    'roughly Tk 7.1 billion',
    '同比增长31.4%，2023年这一数字为21.0亿元',
    '相关市场规模突破150亿元，年均增长25%以上',
    '2024至2028年年複合成長率（CAGR）達24.3%',
    '去年本港AI奢侈品鑑定服務市場規模達4.86億港元',
    '較2020年增長3倍',
    '预计2030年市场规模将达到80-100亿元',
    '今年预计增长28%左右，达到58亿元',
    '| Total | 2.71 | 3.46 | 6.89 |',
    '2025E\t23.8\t24.6%',
    '合计                    59.1',
    'CAGR 2024-30',
)
LAYOUT = (40, 11, 12, 17)
#: the set's blind score (written without reading or running the extractor, and kept unread): 212
#: figures, 56 rates, 80 verdicts and 7 false inconsistent
#: after the readings chosen on it and the hundred-and-eighty-second set: 236, 58, 92 and 0
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (58)
FLOORS = {"figures_found": 236, "rates_found": 57, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset180.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
