"""A hundred-and-seventy-first check set for the extractor, written blind: AI in beauty, cosmetics and personal care: AI
skin analysis and virtual try-on, AI shade matching and product recommendation, AI formulation and ingredient
discovery, beauty-tech devices with AI, AI in salon and spa booking and marketing, sized in money by beauty-industry
analysts, trade associations, cosmetics groups' capital-markets days, retail brokers, e-commerce platforms,
consultancies, and research houses in France, Korea, Japan, India and China. Distractors a careful reader leaves out:
the whole beauty or skincare market beside the AI part, a brand's own sales or R&D budget, app downloads and users,
units of devices sold, store counts, a quarter's or a shopping festival's figures, price per device.

Snippets 1-20: AI in beauty, cosmetics and personal care: eight English prose pieces (a Paris PRNewswire release on AI
skin-analysis and virtual try-on software with a part's share, a stated CAGR that only some reading reaches and the
whole beauty market beside it, a Seoul broker note on AI home beauty devices with won asides, a brand's units, ASP, a
quarter and a price target, a news article on shade matching and recommendation quoting two publishers, a cosmetics
group's capital-markets-day TAM with a 2.5x multiple beside its own revenue, share ambition and margin, a Tokyo
research house in fiscal years and yen with a revised prior-year figure and a quarter, a Bengaluru report on salon and
spa booking and marketing AI with an inconsistent year-on-year rate and rupee and lakh asides, a London consultancy on
AI formulation and ingredient discovery with a part, a range and an R&D budget, and a Lyon house on AI beauty devices
with a more-than-fivefold multiple, a this-year estimate, a price per device and a Black Friday figure); seven Chinese
prose pieces (a Simplified broker note with a part and its share, a rounding rate, a penetration rate and 双11 usage
counts, a Shanghai 行动方案 with 力争 and 增长3倍, in Traditional Chinese a CNA wire in 新台幣億元, a Hong Kong paper in 億港元 with a
part's share and a quarter, and a Taiwan business paper quoting two research houses, then a Xinhua item with 去年/今年,
增长近2倍 and a share in words, and a year-end review of AI 美容仪 with an inconsistent rate, brand sales, units and price
and a 明年 target); and five tables (a markdown broker exhibit with 2025E/2027F columns, a Total row and a CAGR note, a
space-aligned Japanese fiscal-year table with e columns and a rounding total, a tab-separated Indian years-as-rows
table with a lone unit-headed column and a YoY column, a Simplified Chinese tab table with a unit line and 合计, and a
markdown Korean years-as-rows table with a Total column). Distractors: datelines, exhibit, table and document numbers,
report title years, counts of brands, salons, counters, engineers and firms, app downloads, diagnostics and try-on
calls, survey answers, a penetration rate, a brand's sales, units, ASP and R&D budget, a group's own revenue, share
ambition and margin, a price target and upside, quarters and shopping-festival figures, won and rupee amounts, a
second publisher's figure, a superseded figure and the whole beauty market beside the AI part.

Snippets 21-40: AI in beauty, cosmetics and personal care (AI skin analysis and virtual try-on, shade matching and
product recommendation, AI formulation and ingredient discovery, beauty-tech devices with AI, AI for salon and spa
booking and marketing). Eight English prose pieces (a Paris capital-markets-day commentary sizing the market beside
the whole beauty market, a dermatology journal abstract with a part and "more than three times", a LinkedIn thread
with "last year"/"this year" and a digit-swapped growth rate, a Tokyo research house's release in yen by fiscal year,
a trade web page with a correction and a quarter's figure, an Indian forum answer citing a second publisher and a
rupee device price, a Seoul broker note with a range and a won target price, a US retailer's 10-K sizing its TAM and
an adjacent second market); seven Chinese prose pieces (a broker's deep-dive note, a provincial action plan with 增长3倍,
a Zhihu answer with 去年/今年 and a penetration rate, and an association white paper with a correction in Simplified; a
Taiwan ministry release in ROC years, a Hong Kong news item in 億港元 with a share, and a Taiwan brokerage note with a
range and 近3倍 in Traditional) and five tables (a markdown application table with E/F columns and a total that misses
by rounding, a tab-separated European country table with a CAGR column and one typo'd rate, a space-aligned Japanese
table with fiscal years as rows, a Simplified Chinese share table, a Traditional Chinese table with its total row
first and a 年增率 column). Distractors: the whole beauty, cosmetics or 化妆品 market beside the AI part; a group's sales,
R&D budget, scientists and a company's own revenue; app downloads, users, sessions and try-on calls; salon and store
counts, members and headcounts; device prices and report prices; a quarter's and a shopping festival's figures; target
prices and upside; penetration, accuracy and conversion percentages; shares in words; report, exhibit, table and
document numbers and plan title years; a second publisher's figure; a superseded figure.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. PRNewswire release (Paris, 12 March 2025): year-on-year rate, a stated CAGR only some reading reaches, a part
    # with its share. Nowhere: the barometer's edition year, ~EUR 480 billion global beauty market, 3,200 brands, 41 countries.
    dict(
        text=(
            "PARIS, 12 March 2025 /PRNewswire/ -- Brands and retailers worldwide spent €1.18 billion on AI "
            "skin-analysis and virtual try-on software in 2024, 22% more than the €0.97 billion of 2023, according "
            "to the 2025 edition of the AI & Beauty Barometer released today by Observatoire Beautech. Virtual "
            "try-on, led by lipstick and hair-colour simulators, took €0.47 billion, or 40% of last year's spend. "
            "The Observatoire expects the market to reach €3.9 billion in 2030, a compound annual growth rate of "
            "22.1% between 2024 and 2030 - still a sliver of the roughly €480 billion global beauty market. The "
            "barometer draws on interviews with 3,200 brands in 41 countries."
        ),
        obs=[
            ("Total", 2023, 0.97, "EUR billion", "actual"),
            ("Total", 2024, 1.18, "EUR billion", "actual"),
            ("Total", 2030, 3.9, "EUR billion", "estimate"),
            ("Virtual try-on", 2024, 0.47, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1.18 / 0.97 - 1 = 21.65% -> 22
            ("cagr|implied", "rounding"),  # (3.9 / 1.18) ** (1/6) - 1 = 22.05% -> 22.0, not 22.1;
                                           # bounds (3.85/1.185)**(1/6)-1 = 21.70% .. (3.95/1.175)**(1/6)-1 = 22.39%: 22.1 reached
            ("arithmetic", "exact"),       # 0.47 / 1.18 = 39.83% -> 40
        ],
    ),
    # 2. Seoul broker note (4 November 2024): CAGR whose span only its amounts' years give. Nowhere: KRW412bn (won not
    # held), the top pick's 1.1 million devices and KRW390,000 ASP, its 3Q24 sales, the target price and 28% upside.
    dict(
        text=(
            "Seoul, 4 November 2024 | K-Beauty Tech: Initiation of coverage. We estimate Korea's market for "
            "AI-enabled home beauty devices - LED masks, microcurrent and RF tools that read skin condition through "
            "a built-in camera and adjust their output - at KRW412bn (US$302m) in 2023, and forecast US$710m by "
            "2027, a CAGR of roughly 24%. Our top pick shipped 1.1 million devices last year at an average selling "
            "price of KRW390,000, and its 3Q24 device sales rose to KRW118bn. We initiate with BUY and a target "
            "price of KRW152,000 (28% upside)."
        ),
        obs=[
            ("Total", 2023, 302, "USD million", "actual"),
            ("Total", 2027, 710, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (710 / 302) ** (1/4) - 1 = 23.83% -> 24
        ],
    ),
    # 3. News article (9 April 2025) quoting two publishers; the first gives base, target, rate and a part.
    # Nowhere: Larchmont's $1.7 billion for 2024, 45 million app downloads, 62% of shoppers (survey answer).
    dict(
        text=(
            "April 9, 2025 - Beauty retailers' appetite for algorithms that match foundation shades and recommend "
            "products shows little sign of cooling. Meridian Beauty Intelligence, a New York research firm, sizes "
            "the global market for AI shade-matching and product-recommendation software at $1.42 billion in 2024 "
            "and expects it to reach $4.1 billion in 2029, a compound annual growth rate of 23.6% between 2024 and "
            "2029. Product-recommendation engines, which suggest regimens from a selfie or a purchase history, "
            "accounted for $0.56 billion of last year's total, about 39%. Larchmont Research, which also counts "
            "in-store kiosks, puts the 2024 market at $1.7 billion. One mass-market brand said its shade-finder app "
            "has passed 45 million downloads, and in a Meridian poll 62% of shoppers said they trust an AI shade "
            "suggestion as much as a counter artist's."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2029, 4.1, "USD billion", "estimate"),
            ("Product-recommendation engines", 2024, 0.56, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2024, 2029, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.42) ** (1/5) - 1 = 23.62% -> 23.6
            ("arithmetic", "exact"),    # 0.56 / 1.42 = 39.44% -> 39
        ],
    ),
    # 4. Cosmetics group's capital markets day (Paris, 26 June 2024): the TAM it sizes is the market; a 2.5x multiple
    # and a CAGR whose span only its amounts' years give. Nowhere: EUR 320 million own revenue, 20% share ambition,
    # 18% margin, 40 million diagnostics, 1,900 engineers.
    dict(
        text=(
            "Maison Verélie Capital Markets Day, Paris, 26 June 2024 - transcript excerpt. Chief Digital Officer: "
            "\"We size the total addressable market for AI beauty personalisation - diagnostics, shade matching and "
            "made-to-measure regimens - at $6.0 billion in 2023. By 2028 we think it is 2.5x that, about $15 "
            "billion, a compound annual rate of roughly 20%. Our own beauty-tech revenue was €320 million last year, "
            "and our ambition is to hold 20% of that TAM by 2028 at an operating margin above 18%. We ran 40 million "
            "AI skin diagnostics last year, with a team of 1,900 engineers.\""
        ),
        obs=[
            ("Total", 2023, 6.0, "USD billion", "actual"),
            ("Total", 2028, 15, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2028, 5.0),
            ("cagr", 20, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15 / 6.0) ** (1/5) - 1 = 20.11% -> 20
        ],
    ),
    # 5. Tokyo research house (22 July 2025), fiscal years in yen; a revised prior-year figure (the superseded
    # ¥32.5 billion is expected nowhere), a stated CAGR only some reading reaches. Nowhere: the April-June 2025
    # quarter's ¥10.4 billion, 14,000 counters.
    dict(
        text=(
            "TOKYO, 22 July 2025 - Kasumi Research Institute estimates that Japan's market for AI skin-diagnosis "
            "and counselling services, covering department-store counters, drugstore kiosks and app-based "
            "consultations, reached ¥38.6 billion in fiscal 2024 (April 2024-March 2025), up 23.7% year on year. "
            "The institute has revised its fiscal 2023 figure to ¥31.2 billion from the ¥32.5 billion it published "
            "a year ago, after moving device-bundled services out of scope. Sales in the April-June 2025 quarter "
            "alone came to ¥10.4 billion. By fiscal 2028 the market is forecast to reach ¥92 billion, a CAGR of "
            "24.4% over fiscal 2024-2028. Some 14,000 counters nationwide now run diagnosis terminals."
        ),
        obs=[
            ("Total", 2023, 31.2, "JPY billion", "actual"),
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2028, 92, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 24.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 38.6 / 31.2 - 1 = 23.72% -> 23.7
            ("cagr|implied", "rounding"),  # (92 / 38.6) ** (1/4) - 1 = 24.25% -> 24.3, not 24.4;
                                           # bounds (91.5/38.65)**(1/4)-1 = 24.04% .. (92.5/38.55)**(1/4)-1 = 24.46%: 24.4 reached
        ],
    ),
    # 6. Bengaluru report (14 January 2025): the year-on-year rate is inconsistent (it fits a pre-revision 2023 base of
    # about US$116 million: 148 / 116 - 1 = 27.6%). Nowhere: ₹1,240 crore (rupees not held), 2.4 lakh salons, 61% of owners.
    dict(
        text=(
            "Bengaluru, 14 January 2025: Spending by Indian salons, spas and aesthetic clinics on AI-driven booking, "
            "no-show prediction and marketing-automation platforms rose to US$148 million in 2024 (about ₹1,240 "
            "crore) from US$112 million in 2023, a 28% jump, according to a new report from Saffron Insights. The "
            "firm expects the market to reach US$420 million by 2029, compounding at 23.2% a year over 2024-2029. "
            "India has roughly 2.4 lakh organised salons, and 61% of the owners surveyed said automated WhatsApp "
            "campaigns were their first AI tool."
        ),
        obs=[
            ("Total", 2023, 112, "USD million", "actual"),
            ("Total", 2024, 148, "USD million", "actual"),
            ("Total", 2029, 420, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 148 / 112 - 1 = 32.14% -> 32, not 28;
                                               # bounds 147.5/112.5-1 = 31.11% .. 148.5/111.5-1 = 33.18%: 28 not reached
            ("cagr|implied", "exact"),         # (420 / 148) ** (1/5) - 1 = 23.20% -> 23.2
        ],
    ),
    # 7. London consultancy (3 September 2025): "last year" = 2024; a part with its share; a range for 2030 (two value
    # claims, no observation). Nowhere: a multinational's £95 million R&D budget, the ~£27 billion UK beauty market.
    dict(
        text=(
            "London, 3 September 2025 - Cosmetics makers in the UK spent £210 million last year on AI tools for "
            "formulation and ingredient discovery, from generative models that propose emulsions to platforms that "
            "screen biotech actives for stability and irritancy, Holloway & Finch said in a report out today. That "
            "was up 28% on £164 million in 2023. Biotech-active discovery was the largest application at £86 "
            "million, 41% of the total. The consultancy sees the market at £580 million to £700 million by 2030, "
            "depending on how quickly regulators accept in-silico safety data. For scale, one multinational alone "
            "budgets £95 million a year for skincare R&D, and the UK beauty market as a whole is worth about £27 "
            "billion."
        ),
        obs=[
            ("Total", 2023, 164, "GBP million", "actual"),
            ("Total", 2024, 210, "GBP million", "actual"),
            ("Biotech-active discovery", 2024, 86, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("value", 580, "GBP million", 2030, 2030, None),
            ("value", 700, "GBP million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 210 / 164 - 1 = 28.05% -> 28
            ("arithmetic", "exact"),    # 86 / 210 = 40.95% -> 41
        ],
    ),
    # 8. Lyon research house (5 May 2025): "more than fivefold" (x5 over 2019-2024), a this-year estimate with its
    # rate. Nowhere: €349 per device, Black Friday week's €96 million, one brand's 410,000 units.
    dict(
        text=(
            "LYON, 5 May 2025 - European consumers bought €1.94 billion worth of AI-enabled beauty devices in 2024 - "
            "connected mirrors, LED masks and hair-removal tools that adapt to a skin scan - more than fivefold the "
            "€0.36 billion of 2019, estimates Cabinet Roussel Études. The category is on track for €2.3 billion this "
            "year, a rise of about 19%, the house says. Average selling prices have held near €349 a device, Black "
            "Friday week alone brought in €96 million of last year's sales, and one leading brand sold 410,000 "
            "units across the continent."
        ),
        obs=[
            ("Total", 2019, 0.36, "EUR billion", "actual"),
            ("Total", 2024, 1.94, "EUR billion", "actual"),
            ("Total", 2025, 2.3, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2019, 2024, 5.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.3 / 1.94 - 1 = 18.56% -> 19
        ],
    ),
    # 9. Simplified Chinese broker note (18 March 2025): a year-on-year rate only some reading reaches, a part with its
    # share, a stated CAGR. Nowhere: 化妆品类零售总额 4,357亿元 (the whole), 渗透率 1.2%, 双11 3.2亿次 calls, the rating.
    dict(
        text=(
            "【东岳证券·美妆科技行业深度报告】2025年3月18日 AI赋能美妆进入规模化阶段。据我们测算,2024年我国AI美妆"
            "技术服务(含AI测肤、虚拟试妆、智能配色推荐)市场规模达48.6亿元,较2023年的36.9亿元同比增长31.5%,"
            "其中虚拟试妆19.2亿元,占比39.5%。同期全国化妆品类零售总额为4,357亿元,AI渗透率仍不足1.2%。我们预计"
            "2027年市场规模将达到112亿元,2024—2027年复合增长率为32.1%。“双11”期间,头部平台AI试妆调用量超过"
            "3.2亿次。维持行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2023, 36.9, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 112, "CNY 100 million", "estimate"),
            ("虚拟试妆", 2024, 19.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 39.5, "percent", 2024, 2024, None),
            ("cagr", 32.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 36.9 - 1 = 31.71% -> 31.7, not 31.5;
                                           # bounds 48.55/36.95-1 = 31.39% .. 48.65/36.85-1 = 32.02%: 31.5 reached
            ("arithmetic", "exact"),       # 19.2 / 48.6 = 39.51% -> 39.5
            ("cagr|implied", "exact"),     # (112 / 48.6) ** (1/3) - 1 = 32.09% -> 32.1
        ],
    ),
    # 10. Shanghai action plan (Simplified): a 力争 target with 增长3倍 (x3 over 2023-2027, 100 / 25 = 4 = 1 + 3).
    # Nowhere: the plan's title years, 沪经信规〔2024〕8号, 10 firms, 20 scenarios.
    dict(
        text=(
            "近日,上海市经济和信息化委员会等部门联合印发《上海市促进“AI+美丽健康”产业高质量发展行动方案"
            "(2024—2027年)》(沪经信规〔2024〕8号)。方案提出,力争到2027年,全市AI美妆产业规模突破100亿元,"
            "较2023年增长3倍;培育10家具有国际影响力的美妆科技领军企业,打造20个AI测肤、虚拟试妆等示范应用场景。"
            "据测算,2023年本市AI美妆产业规模约为25亿元。"
        ),
        obs=[
            ("Total", 2023, 25, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. CNA wire in Traditional Chinese (Taipei, 10 April 2025), 新台幣億元: year-on-year rate and stated CAGR.
    # Nowhere: the 新台幣1,200億元 beauty market (the whole), 2,300 salons, the filing number 1140410.
    dict(
        text=(
            "(中央社記者林郁婷台北2025年4月10日電)台灣經濟科技研究所今天發布報告指出,台灣AI美容科技市場(含AI"
            "膚質檢測、虛擬試妝及智慧保養推薦)2024年規模達新台幣38.5億元,較2023年的32.3億元年增19.2%。研究所"
            "預估,2027年市場規模將成長至新台幣72億元,2024至2027年年複合成長率達23.2%。報告也提到,台灣美妝保養品"
            "市場整體規模約新台幣1,200億元,全台約有2,300家美容院已導入AI膚質檢測設備。(編輯:張明哲)1140410"
        ),
        obs=[
            ("Total", 2023, 32.3, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2027, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 32.3 - 1 = 19.20% -> 19.2
            ("cagr|implied", "exact"),  # (72 / 38.5) ** (1/3) - 1 = 23.20% -> 23.2
        ],
    ),
    # 12. Hong Kong paper in Traditional Chinese (5 March 2025), 億港元: a part with its share, a year-on-year rate.
    # Nowhere: the fourth quarter's 1.42億港元, 6,800 salons, the beauty trade's 310億港元 total takings (the whole).
    dict(
        text=(
            "【本報訊】(2025年3月5日)本港美容業加快數碼化。市場研究機構港騰研究今日公布,2024年香港AI美容院預約"
            "及營銷平台市場規模為4.86億港元,按年增長17%,2023年則為4.15億港元。其中AI精準營銷工具收入達1.9億"
            "港元,佔整體市場39%。單計去年第四季,市場規模為1.42億港元。報告指,全港約有6,800間美容院,美容業"
            "全年總收益約310億港元。"
        ),
        obs=[
            ("Total", 2023, 4.15, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("AI精準營銷工具", 2024, 1.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 4.15 - 1 = 17.11% -> 17
            ("arithmetic", "exact"),    # 1.9 / 4.86 = 39.09% -> 39
        ],
    ),
    # 13. Taiwan business paper in Traditional Chinese quoting two research houses; the first gives base, target and
    # rate (a stated CAGR only some reading reaches). Nowhere: 東岸顧問's 約15億美元, 18/6 months, 40 groups.
    dict(
        text=(
            "【經濟日報/記者陳怡安/台北報導】AI導入美妝配方與成分研發的速度超乎預期。研調機構凱勵研究最新報告指出,"
            "全球AI美妝配方與成分研發市場2024年規模為12.4億美元,預估2030年將達43億美元,2024至2030年年複合成長率"
            "23.3%。另一家研究機構東岸顧問則估計,2024年該市場規模約15億美元。凱勵研究指出,AI可將一款新配方的開發"
            "週期從18個月縮短至6個月,目前已有超過40家國際美妝集團導入相關平台。"
        ),
        obs=[
            ("Total", 2024, 12.4, "USD 100 million", "actual"),
            ("Total", 2030, 43, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (43 / 12.4) ** (1/6) - 1 = 23.03% -> 23.0, not 23.3;
                                           # bounds (42.5/12.45)**(1/6)-1 = 22.71% .. (43.5/12.35)**(1/6)-1 = 23.35%: 23.3 reached
        ],
    ),
    # 14. Xinhua item (Beijing, 18 June 2025), Simplified: 去年 = 2024, 今年 = 2025 (estimate); 增长近2倍 keeps 2
    # (21.3 / 7.4 = 2.88). Nowhere: 约占…订单的四成 (a share in words, of orders), 逾300家企业.
    dict(
        text=(
            "新华社北京2025年6月18日电(记者王晓)记者从中国香料香精化妆品工业协会获悉,去年我国AI个性化护肤定制"
            "市场规模达21.3亿元,较2021年的7.4亿元增长近2倍;预计今年将增长约31%,达到28亿元。协会负责人表示,"
            "AI配方推荐已约占个性化定制订单的四成,全国已有逾300家企业开展相关业务。"
        ),
        obs=[
            ("Total", 2021, 7.4, "CNY 100 million", "actual"),
            ("Total", 2024, 21.3, "CNY 100 million", "actual"),
            ("Total", 2025, 28, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28 / 21.3 - 1 = 31.46% -> 31
        ],
    ),
    # 15. Year-end review (27 December 2024), Simplified: 2024 is not over (estimate); the 26% rate is inconsistent
    # (it fits an older 2023 base of about 68亿元: 86 / 68 - 1 = 26.5%); 明年 = 2025 (有望, estimate).
    # Nowhere: one brand's 双11 5.6亿元, 120万台, 均价3,000元, 2,800万 users.
    dict(
        text=(
            "2024年终盘点|智能美容仪:从“网红”走向“刚需”(2024年12月27日)据艾颜咨询测算,2024年我国AI智能美容仪"
            "市场规模预计达86亿元,同比增长26%(2023年为65亿元)。今年“双11”期间,某头部品牌美容仪销售额达5.6亿元,"
            "全年销量突破120万台,均价约3,000元,注册用户超过2,800万。展望明年,艾颜咨询认为,随着皮肤传感与算法"
            "闭环逐步成熟,市场规模有望突破100亿元。"
        ),
        obs=[
            ("Total", 2023, 65, "CNY 100 million", "actual"),
            ("Total", 2024, 86, "CNY 100 million", "estimate"),
            ("Total", 2025, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 86 / 65 - 1 = 32.31% -> 32, not 26;
                                               # bounds 85.5/65.5-1 = 30.53% .. 86.5/64.5-1 = 34.11%: 26 not reached
        ],
    ),
    # 16. Markdown pipe broker exhibit with 2025E/2027F columns and a Total row; a stated CAGR in the note line.
    # Nowhere: the exhibit number, the source date.
    dict(
        text=(
            "Exhibit 12: Global AI-in-beauty software revenue by segment (US$ bn)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| Skin analysis & diagnostics | 1.12 | 1.41 | 1.76 | 2.71 |\n"
            "| Virtual try-on | 0.86 | 1.07 | 1.33 | 2.02 |\n"
            "| Shade matching & recommendation | 0.74 | 0.93 | 1.16 | 1.79 |\n"
            "| AI formulation | 0.31 | 0.42 | 0.57 | 0.98 |\n"
            "| Total | 3.03 | 3.83 | 4.82 | 7.50 |\n"
            "\n"
            "Source: company filings, Rivière Securities estimates (February 2025). Note: excludes device hardware; "
            "the total grows at a 25.1% CAGR over 2024-2027F."
        ),
        obs=[
            ("Skin analysis & diagnostics", 2023, 1.12, "USD billion", "actual"),
            ("Skin analysis & diagnostics", 2024, 1.41, "USD billion", "actual"),
            ("Skin analysis & diagnostics", 2025, 1.76, "USD billion", "estimate"),
            ("Skin analysis & diagnostics", 2027, 2.71, "USD billion", "estimate"),
            ("Virtual try-on", 2023, 0.86, "USD billion", "actual"),
            ("Virtual try-on", 2024, 1.07, "USD billion", "actual"),
            ("Virtual try-on", 2025, 1.33, "USD billion", "estimate"),
            ("Virtual try-on", 2027, 2.02, "USD billion", "estimate"),
            ("Shade matching & recommendation", 2023, 0.74, "USD billion", "actual"),
            ("Shade matching & recommendation", 2024, 0.93, "USD billion", "actual"),
            ("Shade matching & recommendation", 2025, 1.16, "USD billion", "estimate"),
            ("Shade matching & recommendation", 2027, 1.79, "USD billion", "estimate"),
            ("AI formulation", 2023, 0.31, "USD billion", "actual"),
            ("AI formulation", 2024, 0.42, "USD billion", "actual"),
            ("AI formulation", 2025, 0.57, "USD billion", "estimate"),
            ("AI formulation", 2027, 0.98, "USD billion", "estimate"),
            ("Total", 2023, 3.03, "USD billion", "actual"),
            ("Total", 2024, 3.83, "USD billion", "actual"),
            ("Total", 2025, 4.82, "USD billion", "estimate"),
            ("Total", 2027, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.50 / 3.83) ** (1/3) - 1 = 25.11% -> 25.1
            ("hierarchy", "exact"),     # 2023: 1.12+0.86+0.74+0.31 = 3.03
            ("hierarchy", "exact"),     # 2024: 1.41+1.07+0.93+0.42 = 3.83
            ("hierarchy", "exact"),     # 2025E: 1.76+1.33+1.16+0.57 = 4.82
            ("hierarchy", "exact"),     # 2027F: 2.71+2.02+1.79+0.98 = 7.50
        ],
    ),
    # 17. Space-aligned Japanese table in fiscal years (¥ billion) with e columns; one total only a rounding reading
    # reaches. Nowhere: the rounding note.
    dict(
        text=(
            "Japan: AI beauty-tech market by segment (¥ billion, fiscal years ending March)\n"
            "\n"
            "Segment                     FY2023   FY2024   FY2025e   FY2026e\n"
            "AI skin diagnosis             14.2     17.8      21.6      26.1\n"
            "Virtual makeup try-on          9.6     12.1      15.2      18.7\n"
            "AI beauty devices             21.4     25.3      29.8      34.6\n"
            "Salon booking & CRM AI         5.3      6.9       8.6      10.4\n"
            "Total                         50.5     62.1      75.3      89.8\n"
            "\n"
            "Source: Kotobuki Research. e = estimate. Figures are rounded, so segments may not sum to totals."
        ),
        obs=[
            ("AI skin diagnosis", 2023, 14.2, "JPY billion", "actual"),
            ("AI skin diagnosis", 2024, 17.8, "JPY billion", "actual"),
            ("AI skin diagnosis", 2025, 21.6, "JPY billion", "estimate"),
            ("AI skin diagnosis", 2026, 26.1, "JPY billion", "estimate"),
            ("Virtual makeup try-on", 2023, 9.6, "JPY billion", "actual"),
            ("Virtual makeup try-on", 2024, 12.1, "JPY billion", "actual"),
            ("Virtual makeup try-on", 2025, 15.2, "JPY billion", "estimate"),
            ("Virtual makeup try-on", 2026, 18.7, "JPY billion", "estimate"),
            ("AI beauty devices", 2023, 21.4, "JPY billion", "actual"),
            ("AI beauty devices", 2024, 25.3, "JPY billion", "actual"),
            ("AI beauty devices", 2025, 29.8, "JPY billion", "estimate"),
            ("AI beauty devices", 2026, 34.6, "JPY billion", "estimate"),
            ("Salon booking & CRM AI", 2023, 5.3, "JPY billion", "actual"),
            ("Salon booking & CRM AI", 2024, 6.9, "JPY billion", "actual"),
            ("Salon booking & CRM AI", 2025, 8.6, "JPY billion", "estimate"),
            ("Salon booking & CRM AI", 2026, 10.4, "JPY billion", "estimate"),
            ("Total", 2023, 50.5, "JPY billion", "actual"),
            ("Total", 2024, 62.1, "JPY billion", "actual"),
            ("Total", 2025, 75.3, "JPY billion", "estimate"),
            ("Total", 2026, 89.8, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 14.2+9.6+21.4+5.3 = 50.5
            ("hierarchy", "exact"),     # FY2024: 17.8+12.1+25.3+6.9 = 62.1
            ("hierarchy", "rounding"),  # FY2025e: 21.6+15.2+29.8+8.6 = 75.2, printed 75.3;
                                        # bounds 75.2 -/+ 4 x 0.05 = 75.0 .. 75.4: 75.3 reached
            ("hierarchy", "exact"),     # FY2026e: 26.1+18.7+34.6+10.4 = 89.8
        ],
    ),
    # 18. Tab-separated Indian table with years as rows: the lone value column, headed by its unit only, is the
    # market's Total; a YoY column gives year-on-year rates. Nowhere: the dash for 2021.
    dict(
        text=(
            "India: AI-led beauty and personal-care product recommendation market\n"
            "Year\tUS$ million\tYoY (%)\n"
            "2021\t58\t–\n"
            "2022\t79\t36.2\n"
            "2023\t104\t31.6\n"
            "2024\t133\t27.9\n"
            "2025E\t166\t24.8\n"
            "2026F\t204\t22.9\n"
            "Source: Kesari Capital research, Mumbai; E/F = estimates. Covers D2C brands and beauty marketplaces; "
            "excludes offline counters."
        ),
        obs=[
            ("Total", 2021, 58, "USD million", "actual"),
            ("Total", 2022, 79, "USD million", "actual"),
            ("Total", 2023, 104, "USD million", "actual"),
            ("Total", 2024, 133, "USD million", "actual"),
            ("Total", 2025, 166, "USD million", "estimate"),
            ("Total", 2026, 204, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 36.2, "percent", 2021, 2022, 1.0),
            ("growth", 31.6, "percent", 2022, 2023, 1.0),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.8, "percent", 2024, 2025, 1.0),
            ("growth", 22.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 79 / 58 - 1 = 36.21% -> 36.2
            ("cagr|implied", "exact"),  # 104 / 79 - 1 = 31.65% -> 31.6
            ("cagr|implied", "exact"),  # 133 / 104 - 1 = 27.88% -> 27.9
            ("cagr|implied", "exact"),  # 166 / 133 - 1 = 24.81% -> 24.8
            ("cagr|implied", "exact"),  # 204 / 166 - 1 = 22.89% -> 22.9
        ],
    ),
    # 19. Simplified Chinese tab table with a unit line (单位:亿元) and a 合计 row (its label is the item); 2025E is
    # an estimate. Nowhere: the table number 表3.
    dict(
        text=(
            "表3 中国AI美妆细分市场规模\n"
            "单位:亿元\n"
            "细分领域\t2023年\t2024年\t2025E\n"
            "AI测肤\t12.8\t16.9\t21.7\n"
            "虚拟试妆\t14.6\t19.2\t24.8\n"
            "AI美容仪\t6.3\t8.1\t10.2\n"
            "AI配方研发\t3.2\t4.4\t6.0\n"
            "合计\t36.9\t48.6\t62.7\n"
            "注:2025E为预测值;AI美容仪仅含软件与算法服务收入。资料来源:东岳证券研究所"
        ),
        obs=[
            ("AI测肤", 2023, 12.8, "CNY 100 million", "actual"),
            ("AI测肤", 2024, 16.9, "CNY 100 million", "actual"),
            ("AI测肤", 2025, 21.7, "CNY 100 million", "estimate"),
            ("虚拟试妆", 2023, 14.6, "CNY 100 million", "actual"),
            ("虚拟试妆", 2024, 19.2, "CNY 100 million", "actual"),
            ("虚拟试妆", 2025, 24.8, "CNY 100 million", "estimate"),
            ("AI美容仪", 2023, 6.3, "CNY 100 million", "actual"),
            ("AI美容仪", 2024, 8.1, "CNY 100 million", "actual"),
            ("AI美容仪", 2025, 10.2, "CNY 100 million", "estimate"),
            ("AI配方研发", 2023, 3.2, "CNY 100 million", "actual"),
            ("AI配方研发", 2024, 4.4, "CNY 100 million", "actual"),
            ("AI配方研发", 2025, 6.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 36.9, "CNY 100 million", "actual"),
            ("合计", 2024, 48.6, "CNY 100 million", "actual"),
            ("合计", 2025, 62.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.8+14.6+6.3+3.2 = 36.9
            ("hierarchy", "exact"),  # 2024: 16.9+19.2+8.1+4.4 = 48.6
            ("hierarchy", "exact"),  # 2025E: 21.7+24.8+10.2+6.0 = 62.7
        ],
    ),
    # 20. Markdown Korean table with years as rows: each value column is an item of its header, the Total column
    # the total; 2025F an estimate. Nowhere: the table number, the KRW conversion note.
    dict(
        text=(
            "Table 4. Korea: AI beauty services market by segment (US$ million)\n"
            "\n"
            "| Year | Virtual try-on | Skin analysis | Salon & spa AI | Total |\n"
            "|------|---:|---:|---:|---:|\n"
            "| 2022 | 64 | 48 | 23 | 135 |\n"
            "| 2023 | 83 | 61 | 30 | 174 |\n"
            "| 2024 | 106 | 77 | 39 | 222 |\n"
            "| 2025F | 134 | 96 | 50 | 280 |\n"
            "\n"
            "Note: KRW figures converted at each year's average rate; F = forecast. Source: Hanbit Research "
            "Institute, Seoul."
        ),
        obs=[
            ("Virtual try-on", 2022, 64, "USD million", "actual"),
            ("Virtual try-on", 2023, 83, "USD million", "actual"),
            ("Virtual try-on", 2024, 106, "USD million", "actual"),
            ("Virtual try-on", 2025, 134, "USD million", "estimate"),
            ("Skin analysis", 2022, 48, "USD million", "actual"),
            ("Skin analysis", 2023, 61, "USD million", "actual"),
            ("Skin analysis", 2024, 77, "USD million", "actual"),
            ("Skin analysis", 2025, 96, "USD million", "estimate"),
            ("Salon & spa AI", 2022, 23, "USD million", "actual"),
            ("Salon & spa AI", 2023, 30, "USD million", "actual"),
            ("Salon & spa AI", 2024, 39, "USD million", "actual"),
            ("Salon & spa AI", 2025, 50, "USD million", "estimate"),
            ("Total", 2022, 135, "USD million", "actual"),
            ("Total", 2023, 174, "USD million", "actual"),
            ("Total", 2024, 222, "USD million", "actual"),
            ("Total", 2025, 280, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 64+48+23 = 135
            ("hierarchy", "exact"),  # 2023: 83+61+30 = 174
            ("hierarchy", "exact"),  # 2024: 106+77+39 = 222
            ("hierarchy", "exact"),  # 2025F: 134+96+50 = 280
        ],
    ),
    # 21. Capital-markets day commentary (Paris, June 2025): the group sizes the AI beauty-tech market (Total), with a
    # stated CAGR that the amounts reach only by rounding. Nowhere: the €256bn beauty market, €41.2bn sales, €1.3bn R&D,
    # 4,000 scientists, 30 million try-on sessions in the first quarter.
    dict(
        text=(
            "PARIS, 18 June 2025 - Maison Verlaine Beaute, Capital Markets Day, commentary to slide 14. "
            "\"The global beauty market is worth some €256 billion, and artificial intelligence is still a sliver of "
            "it,\" deputy chief executive Helene Marchal told investors. \"We size the market for AI beauty tech - skin "
            "diagnostics, virtual try-on, personalised recommendation and AI-assisted formulation - at €3.2 billion "
            "in 2024. By 2030 we expect it to reach €8.9 billion, which is a compound annual growth rate of 18.9% over "
            "2024-2030.\" The group, which reported sales of €41.2 billion last year and spends €1.3 billion a year on "
            "research with about 4,000 scientists, said its own try-on tools logged 30 million sessions in the first "
            "quarter alone."
        ),
        obs=[
            ("Total", 2024, 3.2, "EUR billion", "actual"),
            ("Total", 2030, 8.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (8.9 / 3.2) ** (1 / 6) - 1 = 18.59% -> 18.6, not 18.9;
                                           # bounds (8.85 / 3.25) -> 18.17%, (8.95 / 3.15) -> 19.01%: 18.9 reached
        ],
    ),
    # 22. Research abstract: global AI skin analysis, with a part given as amount and share, "more than three times"
    # (x3 over 8 years) and a stated CAGR. Nowhere: volume/issue/page numbers, 64 vendors, 1,200 consumers, 87% accuracy.
    dict(
        text=(
            "Journal of Cosmetic Dermatology 2024;23(9):2987-2996. Abstract. Background: Smartphone and in-store "
            "skin analysers now use deep learning to grade wrinkles, pigmentation and pores. Objective: To estimate the "
            "size of the global market for AI-based skin analysis. Methods: A bottom-up model of 64 vendors, checked "
            "against a panel of 1,200 consumers in Seoul, Tokyo and Paris. Results: The market reached US$1.84 billion "
            "in 2023, of which virtual try-on accounted for US$0.61 billion (33%). The algorithms agreed with "
            "dermatologist grading in 87% of cases. We forecast US$6.2 billion in 2031, more than three times the 2023 "
            "figure, implying a CAGR of 16.4% between 2023 and 2031. Conclusions: ..."
        ),
        obs=[
            ("Total", 2023, 1.84, "USD billion", "actual"),
            ("Virtual try-on", 2023, 0.61, "USD billion", "actual"),
            ("Total", 2031, 6.2, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 33, "percent", 2023, 2023, None),
            ("multiple", 3, "multiple", 2023, 2031, 8.0),
            ("cagr", 16.4, "percent", 2023, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.61 / 1.84 = 33.15% -> 33
            ("cagr|implied", "exact"),  # (6.2 / 1.84) ** (1 / 8) - 1 = 16.40% -> 16.4
        ],
    ),
    # 23. LinkedIn thread (9 May 2025): "last year" = 2024, "the $1.02bn of 2023", "this year" = 2025 (estimate).
    # The stated 23% is contradicted by its amounts (digits swapped from 32%): inconsistent.
    # Nowhere: 2.3 million downloads, 41% conversion, the April figures.
    dict(
        text=(
            "Nadia Okafor - Founder & CEO at ShadeLab AI - 9 May 2025. "
            "Quick thread on where AI shade matching is heading. "
            "1/ Spend on AI shade-matching and product-recommendation engines across beauty retail hit $1.35bn last "
            "year, up 23% on the $1.02bn of 2023 (numbers from the new BeautyTech Index). "
            "2/ This year it should land somewhere near $1.7bn. "
            "3/ Our own app passed 2.3 million downloads in April, and 41% of people who try the matcher go on to buy. "
            "4/ Foundation is the killer use case; lipstick is next. #beautytech #AI"
        ),
        obs=[
            ("Total", 2023, 1.02, "USD billion", "actual"),
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2025, 1.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 1.35 / 1.02 - 1 = 32.35% -> 32, not 23;
                                               # bounds 1.345 / 1.025 -> 31.22%, 1.355 / 1.015 -> 33.50%: 23 not reached
        ],
    ),
    # 24. Tokyo research house release (Nov 2024) in yen by fiscal year: FY2022 -> 2022, FY2023 -> 2023, FY2027 -> 2027.
    # Nowhere: report number and price, average price per device, 1,050 respondents, the wider device market.
    dict(
        text=(
            "TOKYO, November 12, 2024 - Kanda Market Intelligence (Chiyoda-ku) today published its survey of Japan's "
            "AI beauty-device market (report No. KMI-2024-117, priced at ¥198,000). Domestic sales of home beauty "
            "devices with built-in AI skin sensing came to ¥45.1 billion in FY2023 (April 2023-March 2024), 16.8% more "
            "than the ¥38.6 billion of FY2022, helped by facial-care devices that adjust their output to a skin scan. "
            "The company forecasts ¥72 billion for FY2027, an average annual increase of 12.4% from FY2023 to FY2027. "
            "The average retail price per device rose to ¥23,500. The survey covered 1,050 consumers and 38 makers."
        ),
        obs=[
            ("Total", 2022, 38.6, "JPY billion", "actual"),
            ("Total", 2023, 45.1, "JPY billion", "actual"),
            ("Total", 2027, 72, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2022, 2023, 1.0),
            ("cagr", 12.4, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 45.1 / 38.6 - 1 = 16.84% -> 16.8
            ("cagr|implied", "exact"),  # (72 / 45.1) ** (1 / 4) - 1 = 12.41% -> 12.4
        ],
    ),
    # 25. Trade web page with a correction (March 2025): the corrected $2.4bn is the 2024 figure, the superseded $2.9bn
    # nowhere; a part with its share. Nowhere: the fourth quarter's $0.71bn, 1.1 million salons, $89 a month.
    dict(
        text=(
            "BeautyOps Journal - Updated March 6, 2025. Correction: An earlier version of this article put the 2024 "
            "market at $2.9 billion, a number taken from a draft; the final report gives $2.4 billion. "
            "AI software for salons and spas - booking assistants, no-show prediction, automated client marketing - "
            "was a $2.4 billion market worldwide in 2024, according to Northfield Research. Marketing automation made "
            "up $1.45 billion of that, about 60%. In the fourth quarter alone salons spent $0.71 billion on such tools. "
            "Northfield expects the market to reach $6.1 billion by 2029, compound growth of 20.5% a year from 2024 to "
            "2029. It counts some 1.1 million salons worldwide; a typical subscription costs $89 a month."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Marketing automation", 2024, 1.45, "USD billion", "actual"),
            ("Total", 2029, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 60, "percent", 2024, 2024, None),
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.45 / 2.4 = 60.42% -> 60
            ("cagr|implied", "exact"),  # (6.1 / 2.4) ** (1 / 5) - 1 = 20.51% -> 20.5
        ],
    ),
    # 26. Forum answer (Aug 2025): India's market, "about $310 million in FY2024", "cross $1 billion by FY2028" (converted
    # to the series' USD million), "more than 3x" (x3 over 4 years), a CAGR with no span (inferred).
    # Nowhere: the Mumbai brokerage's $260 million (second publisher), the ₹12,999 device, 40 million+ downloads.
    dict(
        text=(
            "Q: How big is the AI beauty-tech market in India, really? "
            "A: Answered 14 Aug 2025 by Karan M., beauty-retail analyst. Short answer: small but growing fast. "
            "RedSeer pegged India's AI-enabled beauty and personal-care tech market (skin analysis, shade finders, the "
            "AI recommendations you see on the big beauty apps) at about $310 million in FY2024, and reckons it will "
            "cross $1 billion by FY2028 - more than 3x, which works out to a CAGR of about 34%. (A Mumbai brokerage puts "
            "FY2024 lower, at $260 million, but it leaves out in-store analysers.) For context, a decent AI "
            "skin-scanner device costs ₹12,999 and the top apps each have 40 million+ downloads."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2028, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2028, 4.0),
            ("cagr", 34, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1000 / 310) ** (1 / 4) - 1 = 34.02% -> 34
        ],
    ),
    # 27. Seoul broker note (Feb 2025): 2023 and 2024 amounts with a year-on-year rate; a range for 2028 gives two value
    # claims and no observation. Nowhere: ₩185,000 target price, 32% upside, ₩312bn company revenue, 14 labs.
    dict(
        text=(
            "Seoul, 3 February 2025 - Hanbit Securities | Cosmetics & ODM. Initiation: K-Formula Bio (BUY, TP "
            "₩185,000, 32% upside). AI-driven formulation and ingredient discovery - generative models that screen "
            "actives, predict emulsion stability and cut lab cycles from months to weeks - is a US$0.42bn market "
            "globally in 2024, up 35% from US$0.31bn in 2023. We see it reaching US$1.1-1.4bn by 2028 as the large "
            "brand owners move pilots into production. K-Formula's own revenue came to ₩312bn in 2024, and it now "
            "runs 14 formulation labs."
        ),
        obs=[
            ("Total", 2023, 0.31, "USD billion", "actual"),
            ("Total", 2024, 0.42, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("value", 1.1, "USD billion", 2028, 2028, None),
            ("value", 1.4, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 0.42 / 0.31 - 1 = 35.48% -> 35
        ],
    ),
    # 28. US beauty retailer's 10-K (fiscal year ended Feb 1, 2025): its TAM is the market (Total); an adjacent second
    # market is an item of its own name. Nowhere: 1,355 stores, $11.3bn net sales, 44.6 million loyalty members.
    dict(
        text=(
            "Annual Report on Form 10-K for the fiscal year ended February 1, 2025. Item 1. Business - Market "
            "Opportunity. We estimate that the total addressable market for AI-driven beauty personalization, "
            "including skin diagnostics, virtual try-on and individualized product recommendation across physical and "
            "digital retail, was approximately $11.8 billion in fiscal 2024 and will grow to $19.6 billion in fiscal "
            "2027, a compound annual growth rate of approximately 18% from fiscal 2024 to fiscal 2027. We also see a "
            "separate, adjacent opportunity of $4.3 billion in fiscal 2024 in AI-enabled salon services, such as "
            "booking, stylist matching and client marketing. At year end we operated 1,355 stores, net sales were "
            "$11.3 billion, and our loyalty program had 44.6 million members."
        ),
        obs=[
            ("Total", 2024, 11.8, "USD billion", "actual"),
            ("Total", 2027, 19.6, "USD billion", "estimate"),
            ("AI-enabled salon services", 2024, 4.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.6 / 11.8) ** (1 / 3) - 1 = 18.43% -> 18
        ],
    ),
    # 29. Simplified Chinese broker note (Mar 2025): 2023, 2024 and 2027 in 亿元; the YoY rate is exact, the stated CAGR
    # is reached only by rounding. Nowhere: report number, 4357亿元 cosmetics retail sales, 双11 calls, 目标价68元.
    dict(
        text=(
            "【华信证券·美妆行业深度报告】报告编号:HX-2025-0317,发布日期:2025年3月17日。"
            "核心观点:AI正在重塑美妆消费链路。据我们测算,2024年中国AI美妆市场(涵盖AI测肤、AI虚拟试妆、"
            "AI肤色匹配与个性化推荐等)规模达63.2亿元,较2023年的48.6亿元同比增长30.0%;预计2027年将达到142亿元,"
            "2024—2027年复合增长率为30.8%。作为对比,2024年全国化妆品类零售总额为4357亿元,AI相关支出仍处早期。"
            "此外,某头部平台“双11”期间AI试妆功能调用次数超过5亿次。维持行业“推荐”评级,重点公司目标价68元。"
        ),
        obs=[
            ("Total", 2023, 48.6, "CNY 100 million", "actual"),
            ("Total", 2024, 63.2, "CNY 100 million", "actual"),
            ("Total", 2027, 142, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("cagr", 30.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 63.2 / 48.6 - 1 = 30.04% -> 30.0
            ("cagr|implied", "rounding"),  # (142 / 63.2) ** (1 / 3) - 1 = 30.98% -> 31.0, not 30.8;
                                           # bounds (141.5 / 63.25) -> 30.79%, (142.5 / 63.15) -> 31.16%: 30.8 reached
        ],
    ),
    # 30. Simplified Chinese provincial action plan: 力争 target 突破300亿元 for 2027 (estimate, at its printed figure),
    # base 2022 75亿元, 增长3倍 kept as x3 over 5 years. Nowhere: plan title years, document number, 10 firms,
    # 20 scenes, the 2000亿元 cosmetics-industry revenue target.
    dict(
        text=(
            "《浙东省美丽健康产业数字化转型行动方案(2025—2027年)》(浙东政办发〔2025〕12号)"
            "二、主要目标。到2027年,力争全省“AI+美妆”产业规模突破300亿元,较2022年的75亿元增长3倍;"
            "培育10家以上具备AI配方研发能力的龙头企业,建设20个AI美容服务示范场景,"
            "全省化妆品产业营业收入达到2000亿元。三、重点任务。(一)推动AI测肤、AI试妆在零售终端普及……"
        ),
        obs=[
            ("Total", 2022, 75, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 31. Simplified Chinese Zhihu answer (8 Apr 2025): 去年 = 2024 (actual), 今年 = 2025 (estimate, 左右 at its printed
    # figure); the stated 31% is reached only by rounding. Nowhere: 3000万次 downloads, 月活1800万, 12% penetration,
    # 超过一半 (a share in words, of budgets).
    dict(
        text=(
            "知乎 · 编辑于 2025-04-08。问:AI测肤、AI配方定制这类美妆科技到底有多大市场?"
            "答:谢邀。说个我在行业里看到的数:去年国内“AI测肤+AI配方定制”的市场规模大约21.5亿元,"
            "今年预计在28亿元左右,同比增长约31%。别看几个测肤小程序下载量动辄3000万次、月活1800万,"
            "真正付费的不多,付费渗透率也就12%上下。品牌那边,AI定制配方在新品研发预算里的比重已经超过一半了。"
        ),
        obs=[
            ("Total", 2024, 21.5, "CNY 100 million", "actual"),
            ("Total", 2025, 28, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 28 / 21.5 - 1 = 30.23% -> 30, not 31;
                                           # bounds 27.5 / 21.55 -> 27.61%, 28.5 / 21.45 -> 32.87%: 31 reached
        ],
    ),
    # 32. Traditional Chinese Taiwan ministry release (May 2025), ROC years with Western years beside them, 新臺幣億元.
    # Nowhere: the 1,024億元 cosmetics output, 126 firms surveyed, the release date.
    dict(
        text=(
            "經濟部產業發展署新聞稿(發布日期:114年5月20日)。AI美妝科技市場持續擴大。"
            "依本署委託調查,113年(2024年)國內AI美妝科技市場規模達新臺幣23.9億元,較112年(2023年)的18.4億元成長29.9%;"
            "預估115年(2026年)可達36億元,113年至115年年均複合成長率為22.7%。"
            "同期國內化粧品產業產值約1,024億元,AI應用仍屬起步。本次調查共訪查126家業者。"
        ),
        obs=[
            ("Total", 2023, 18.4, "TWD 100 million", "actual"),
            ("Total", 2024, 23.9, "TWD 100 million", "actual"),
            ("Total", 2026, 36, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("cagr", 22.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.9 / 18.4 - 1 = 29.89% -> 29.9
            ("cagr|implied", "exact"),  # (36 / 23.9) ** (1 / 2) - 1 = 22.73% -> 22.7
        ],
    ),
    # 33. Traditional Chinese Hong Kong news item (Jan 2025) in 億港元: a part with its share, a stated CAGR.
    # Nowhere: 4,800 salons, 4萬 practitioners, the 3.8萬港元 device price.
    dict(
        text=(
            "【本報訊】(2025年1月22日)本港美容業引入人工智能的步伐加快。顧問公司「港研策略」昨日發表報告指出,"
            "2024年本港美容院及水療中心的AI應用市場(包括AI皮膚檢測、智能預約及個人化營銷)規模約6.8億港元,"
            "其中AI預約及營銷系統佔2.9億港元,即42.6%。報告預計,市場規模至2028年將增至15.2億港元,"
            "2024年至2028年年複合增長率達22.3%。全港現有約4,800間美容院,從業員逾4萬人;"
            "一部AI皮膚檢測儀售價約3.8萬港元。"
        ),
        obs=[
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("AI預約及營銷系統", 2024, 2.9, "HKD 100 million", "actual"),
            ("Total", 2028, 15.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 42.6, "percent", 2024, 2024, None),
            ("cagr", 22.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 2.9 / 6.8 = 42.65% -> 42.6
            ("cagr|implied", "exact"),  # (15.2 / 6.8) ** (1 / 4) - 1 = 22.27% -> 22.3
        ],
    ),
    # 34. Traditional Chinese Taiwan brokerage note (June 2025): 2024 base, a 2027 range (two value claims, no
    # observation) and 近3倍 (x3 over 3 years). Nowhere: 目標價520元, 上漲空間21%, the company's 18.7億元 revenue and its 35%.
    dict(
        text=(
            "統聯投顧|產業報告|2025/06/03。投資建議:買進,目標價新台幣520元,潛在上漲空間21%。"
            "品牌商加速導入AI配方開發與成分篩選平台,我們估算台灣AI配方開發與成分篩選服務市場2024年規模為新台幣15.6億元,"
            "預估2027年將達42億至48億元,約為2024年的近3倍。該公司2024年營收18.7億元,其中AI相關營收占比35%,"
            "為國內少數具備自有成分資料庫的業者。"
        ),
        obs=[
            ("Total", 2024, 15.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("value", 42, "TWD 100 million", 2027, 2027, None),
            ("value", 48, "TWD 100 million", 2027, 2027, None),
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 35. Simplified Chinese association white paper (July 2025) with a correction: 69亿元 is the 2024 figure and the
    # mistyped 96亿元 is expected nowhere; a part with its share. Nowhere: title year 2025, 412 members, 186 firms.
    dict(
        text=(
            "中国日化科技协会发布《2025中国美妆AI研发应用白皮书》(2025年7月2日)。白皮书显示,"
            "2024年我国AI配方研发与原料发现市场规模为69亿元,同比增长32.7%(2023年为52亿元)。"
            "其中,AI原料筛选与功效预测规模为24.8亿元,占35.9%。协会现有会员单位412家,本次共有186家企业参与调研。"
            "【更正】本文初稿将2024年市场规模误作“96亿元”,现已更正为69亿元,特此说明。"
        ),
        obs=[
            ("Total", 2023, 52, "CNY 100 million", "actual"),
            ("Total", 2024, 69, "CNY 100 million", "actual"),
            ("AI原料筛选与功效预测", 2024, 24.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.7, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 69 / 52 - 1 = 32.69% -> 32.7
            ("arithmetic", "exact"),    # 24.8 / 69 = 35.94% -> 35.9
        ],
    ),
    # 36. Markdown table (March 2025), applications x years with E/F columns and a Total row; 2025E's rows add to 1,881
    # against a printed 1,882 (rounding). Nowhere: exhibit number, the year range in the title.
    dict(
        text=(
            "Exhibit 4: Global AI beauty-tech market by application, 2023-2028F (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---|---|---|---|\n"
            "| AI skin analysis | 412 | 538 | 690 | 1,310 |\n"
            "| Virtual try-on | 356 | 471 | 612 | 1,245 |\n"
            "| Shade matching & recommendation | 228 | 305 | 398 | 842 |\n"
            "| AI formulation & ingredient discovery | 97 | 134 | 181 | 466 |\n"
            "| Total | 1,093 | 1,448 | 1,882 | 3,863 |\n"
            "Note: E = estimate, F = forecast. Totals may not add due to rounding. "
            "Source: Lumiere Beauty Analytics, March 2025."
        ),
        obs=[
            ("AI skin analysis", 2023, 412, "USD million", "actual"),
            ("AI skin analysis", 2024, 538, "USD million", "actual"),
            ("AI skin analysis", 2025, 690, "USD million", "estimate"),
            ("AI skin analysis", 2028, 1310, "USD million", "estimate"),
            ("Virtual try-on", 2023, 356, "USD million", "actual"),
            ("Virtual try-on", 2024, 471, "USD million", "actual"),
            ("Virtual try-on", 2025, 612, "USD million", "estimate"),
            ("Virtual try-on", 2028, 1245, "USD million", "estimate"),
            ("Shade matching & recommendation", 2023, 228, "USD million", "actual"),
            ("Shade matching & recommendation", 2024, 305, "USD million", "actual"),
            ("Shade matching & recommendation", 2025, 398, "USD million", "estimate"),
            ("Shade matching & recommendation", 2028, 842, "USD million", "estimate"),
            ("AI formulation & ingredient discovery", 2023, 97, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2024, 134, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2025, 181, "USD million", "estimate"),
            ("AI formulation & ingredient discovery", 2028, 466, "USD million", "estimate"),
            ("Total", 2023, 1093, "USD million", "actual"),
            ("Total", 2024, 1448, "USD million", "actual"),
            ("Total", 2025, 1882, "USD million", "estimate"),
            ("Total", 2028, 3863, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412 + 356 + 228 + 97 = 1,093
            ("hierarchy", "exact"),     # 2024: 538 + 471 + 305 + 134 = 1,448
            ("hierarchy", "rounding"),  # 2025E: 690 + 612 + 398 + 181 = 1,881, not 1,882; rows at +/-0.5 give
                                        # 1,879-1,883, total 1,881.5-1,882.5: reached
            ("hierarchy", "exact"),     # 2028F: 1,310 + 1,245 + 842 + 466 = 3,863
        ],
    ),
    # 37. Tab-separated table (Paris, April 2025) of five European markets with a CAGR column (span in its header);
    # Italy's 14.6% is a digit-swapped 16.4 (inconsistent). The total row is an item of its printed label.
    dict(
        text=(
            "Table 2. AI in beauty and personal care: Europe's five largest markets (EUR million)\n"
            "Country\t2024\t2030F\tCAGR 2024-30\n"
            "France\t312\t868\t18.6%\n"
            "Germany\t287\t702\t16.1%\n"
            "United Kingdom\t264\t790\t20.0%\n"
            "Italy\t143\t355\t14.6%\n"
            "Spain\t118\t372\t21.1%\n"
            "Five-market total\t1,124\t3,087\t18.3%\n"
            "F = forecast. Source: Institut Lumiere, Paris, April 2025; 2024 from company filings and panel data."
        ),
        obs=[
            ("France", 2024, 312, "EUR million", "actual"),
            ("France", 2030, 868, "EUR million", "estimate"),
            ("Germany", 2024, 287, "EUR million", "actual"),
            ("Germany", 2030, 702, "EUR million", "estimate"),
            ("United Kingdom", 2024, 264, "EUR million", "actual"),
            ("United Kingdom", 2030, 790, "EUR million", "estimate"),
            ("Italy", 2024, 143, "EUR million", "actual"),
            ("Italy", 2030, 355, "EUR million", "estimate"),
            ("Spain", 2024, 118, "EUR million", "actual"),
            ("Spain", 2030, 372, "EUR million", "estimate"),
            ("Five-market total", 2024, 1124, "EUR million", "actual"),
            ("Five-market total", 2030, 3087, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 14.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # France (868 / 312) ** (1 / 6) - 1 = 18.59% -> 18.6
            ("cagr|implied", "exact"),         # Germany (702 / 287) ** (1 / 6) - 1 = 16.08% -> 16.1
            ("cagr|implied", "exact"),         # UK (790 / 264) ** (1 / 6) - 1 = 20.04% -> 20.0
            ("cagr|implied", "inconsistent"),  # Italy (355 / 143) ** (1 / 6) - 1 = 16.36% -> 16.4, not 14.6;
                                               # bounds (354.5 / 143.5) -> 16.27%, (355.5 / 142.5) -> 16.46%
            ("cagr|implied", "exact"),         # Spain (372 / 118) ** (1 / 6) - 1 = 21.09% -> 21.1
            ("cagr|implied", "exact"),         # total (3087 / 1124) ** (1 / 6) - 1 = 18.34% -> 18.3
            ("hierarchy", "exact"),            # 2024: 312 + 287 + 264 + 143 + 118 = 1,124
            ("hierarchy", "exact"),            # 2030F: 868 + 702 + 790 + 355 + 372 = 3,087
        ],
    ),
    # 38. Space-aligned table with fiscal years as rows (June 2025, Japan, ¥ billion): each value column is an item of
    # its header, the "Total" column the market. FY2025E and FY2026E are estimates. Nowhere: "Table 7 of 12".
    dict(
        text=(
            "Japan: AI skin analysis and virtual try-on market\n"
            "(¥ billion; fiscal years ending March)\n"
            "Year       Skin analysis   Virtual try-on    Total\n"
            "FY2022               8.4              5.1     13.5\n"
            "FY2023              10.2              6.6     16.8\n"
            "FY2024              12.5              8.3     20.8\n"
            "FY2025E             15.1             10.4     25.5\n"
            "FY2026E             18.0             12.9     30.9\n"
            "Note: E = estimate. Table 7 of 12. Source: Marunouchi Beauty Research, June 2025."
        ),
        obs=[
            ("Skin analysis", 2022, 8.4, "JPY billion", "actual"),
            ("Skin analysis", 2023, 10.2, "JPY billion", "actual"),
            ("Skin analysis", 2024, 12.5, "JPY billion", "actual"),
            ("Skin analysis", 2025, 15.1, "JPY billion", "estimate"),
            ("Skin analysis", 2026, 18.0, "JPY billion", "estimate"),
            ("Virtual try-on", 2022, 5.1, "JPY billion", "actual"),
            ("Virtual try-on", 2023, 6.6, "JPY billion", "actual"),
            ("Virtual try-on", 2024, 8.3, "JPY billion", "actual"),
            ("Virtual try-on", 2025, 10.4, "JPY billion", "estimate"),
            ("Virtual try-on", 2026, 12.9, "JPY billion", "estimate"),
            ("Total", 2022, 13.5, "JPY billion", "actual"),
            ("Total", 2023, 16.8, "JPY billion", "actual"),
            ("Total", 2024, 20.8, "JPY billion", "actual"),
            ("Total", 2025, 25.5, "JPY billion", "estimate"),
            ("Total", 2026, 30.9, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2022: 8.4 + 5.1 = 13.5
            ("hierarchy", "exact"),  # FY2023: 10.2 + 6.6 = 16.8
            ("hierarchy", "exact"),  # FY2024: 12.5 + 8.3 = 20.8
            ("hierarchy", "exact"),  # FY2025E: 15.1 + 10.4 = 25.5
            ("hierarchy", "exact"),  # FY2026E: 18.0 + 12.9 = 30.9
        ],
    ),
    # 39. Simplified Chinese share table (April 2025) for 2024, 亿元 with 占比; AI试妆's 28.4% is reached only by
    # rounding; the 100.0% total is no claim. Nowhere: table number.
    dict(
        text=(
            "表3 2024年中国AI美妆细分市场规模及结构\n"
            "| 细分领域 | 规模(亿元) | 占比 |\n"
            "|---|---|---|\n"
            "| AI测肤 | 21.4 | 33.9% |\n"
            "| AI试妆 | 17.9 | 28.4% |\n"
            "| AI配方研发 | 9.6 | 15.2% |\n"
            "| AI营销与客服 | 14.3 | 22.6% |\n"
            "| 合计 | 63.2 | 100.0% |\n"
            "注:占比经四舍五入,分项之和可能不等于100%。资料来源:申美研究院,2025年4月。"
        ),
        obs=[
            ("AI测肤", 2024, 21.4, "CNY 100 million", "actual"),
            ("AI试妆", 2024, 17.9, "CNY 100 million", "actual"),
            ("AI配方研发", 2024, 9.6, "CNY 100 million", "actual"),
            ("AI营销与客服", 2024, 14.3, "CNY 100 million", "actual"),
            ("合计", 2024, 63.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 33.9, "percent", 2024, 2024, None),
            ("share", 28.4, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 21.4 / 63.2 = 33.86% -> 33.9
            ("arithmetic", "rounding"),  # 17.9 / 63.2 = 28.32% -> 28.3, not 28.4;
                                         # bounds 17.85 / 63.25 -> 28.22%, 17.95 / 63.15 -> 28.42%: 28.4 reached
            ("arithmetic", "exact"),     # 9.6 / 63.2 = 15.19% -> 15.2
            ("arithmetic", "exact"),     # 14.3 / 63.2 = 22.63% -> 22.6
            ("hierarchy", "exact"),      # 21.4 + 17.9 + 9.6 + 14.3 = 63.2
        ],
    ),
    # 40. Traditional Chinese space-aligned table (Feb 2025), 新台幣百萬元, total row printed first (item 總計), with a
    # 2024年增率 column (year-on-year, 2023 -> 2024). 2025F is an estimate. Nowhere: table number.
    dict(
        text=(
            "表四 台灣AI美容服務市場規模(單位:新台幣百萬元)\n"
            "項目                  2023     2024     2025F   2024年增率\n"
            "總計                 1,557    1,970    2,442      26.5%\n"
            "AI膚質檢測             642      815    1,010      26.9%\n"
            "AI虛擬試妝             518      687      880      32.6%\n"
            "AI美容預約與行銷       397      468      552      17.9%\n"
            "註:F為預估值。資料來源:台經美業顧問,2025年2月。"
        ),
        obs=[
            ("總計", 2023, 1557, "TWD million", "actual"),
            ("總計", 2024, 1970, "TWD million", "actual"),
            ("總計", 2025, 2442, "TWD million", "estimate"),
            ("AI膚質檢測", 2023, 642, "TWD million", "actual"),
            ("AI膚質檢測", 2024, 815, "TWD million", "actual"),
            ("AI膚質檢測", 2025, 1010, "TWD million", "estimate"),
            ("AI虛擬試妝", 2023, 518, "TWD million", "actual"),
            ("AI虛擬試妝", 2024, 687, "TWD million", "actual"),
            ("AI虛擬試妝", 2025, 880, "TWD million", "estimate"),
            ("AI美容預約與行銷", 2023, 397, "TWD million", "actual"),
            ("AI美容預約與行銷", 2024, 468, "TWD million", "actual"),
            ("AI美容預約與行銷", 2025, 552, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 總計 1970 / 1557 - 1 = 26.53% -> 26.5
            ("cagr|implied", "exact"),  # 815 / 642 - 1 = 26.95% -> 26.9
            ("cagr|implied", "exact"),  # 687 / 518 - 1 = 32.63% -> 32.6
            ("cagr|implied", "exact"),  # 468 / 397 - 1 = 17.88% -> 17.9
            ("hierarchy", "exact"),     # 2023: 642 + 518 + 397 = 1,557
            ("hierarchy", "exact"),     # 2024: 815 + 687 + 468 = 1,970
            ("hierarchy", "exact"),     # 2025F: 1,010 + 880 + 552 = 2,442
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 10, 'exact': 80}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'PARIS, 12 March 2025 /PRNewswire/ --',
    'a compound annual growth rate of 22.1% between 2024 and 2030',
    'at KRW412bn (US$302m) in 2023',
    'a CAGR of roughly 24%',
    'puts the 2024 market at $1.7 billion',
    'By 2028 we think it is 2.5x that, about $15 billion',
    'reached ¥38.6 billion in fiscal 2024 (April 2024-March 2025)',
    'revised its fiscal 2023 figure to ¥31.2 billion from the ¥32.5 billion',
    '(about ₹1,240 crore)',
    '£580 million to £700 million by 2030',
    'more than fivefold the €0.36 billion of 2019',
    'on track for €2.3 billion this year',
    '其中虚拟试妆19.2亿元,占比39.5%',
    '力争到2027年,全市AI美妆产业规模突破100亿元,较2023年增长3倍',
    '2024年規模達新台幣38.5億元',
    '市場規模為4.86億港元,按年增長17%',
    '另一家研究機構東岸顧問則估計',
    '去年我国AI个性化护肤定制',
    '增长近2倍',
    '展望明年',
    '| Total | 3.03 | 3.83 | 4.82 | 7.50 |',
    'FY2025e',
    'Year\tUS$ million\tYoY (%)',
    '单位:亿元',
    '| Year | Virtual try-on | Skin analysis | Salon & spa AI | Total |',
    'some €256 billion',
    'a compound annual growth rate of 18.9% over 2024-2030',
    'of which virtual try-on accounted for US$0.61 billion (33%)',
    'more than three times the 2023',
    'hit $1.35bn last year, up 23% on the $1.02bn of 2023',
    'This year it should land somewhere near $1.7bn',
    '¥45.1 billion in FY2023',
    'Correction: An earlier version of this article',
    'In the fourth quarter alone',
    'cross $1 billion by FY2028 - more than 3x',
    '(A Mumbai brokerage puts FY2024 lower, at $260 million',
    'US$1.1-1.4bn by 2028',
    'total addressable market for AI-driven beauty personalization',
    'separate, adjacent opportunity of $4.3 billion',
    '2024—2027年复合增长率为30.8%',
    '较2022年的75亿元增长3倍',
    '去年国内',
    '今年预计在28亿元左右',
    '113年(2024年)',
    '其中AI預約及營銷系統佔2.9億港元,即42.6%',
    '預估2027年將達42億至48億元',
    '【更正】本文初稿将',
    '| Total | 1,093 | 1,448 | 1,882 | 3,863 |',
    'Country\t2024\t2030F\tCAGR 2024-30',
    'FY2025E             15.1',
    '| 合计 | 63.2 | 100.0% |',
    '總計                 1,557',
)
LAYOUT = (40, 14, 12, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 234
#: figures, 57 rates, 91 verdicts and 0 false inconsistent
#: after the readings chosen on the hundred-and-sixty-eighth and -seventieth sets
#: (it kept unread): 234, 57, 92 and 0
FLOORS = {"figures_found": 236, "rates_found": 57, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset171.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
