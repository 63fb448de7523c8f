"""A two-hundred-and-thirty-sixth check set for the extractor, written blind: AI in breweries, wineries and beverages: AI
fermentation and brewing control, AI vineyard monitoring and harvest timing, AI flavour and recipe development, AI
demand forecasting and route planning for drinks distributors, AI quality inspection on bottling and canning lines, AI
wine and spirits recommendation apps; sized in money by brewers' and winegrowers' associations, agriculture and trade
ministries, brokers, consultancies, research houses and drinks groups' investor days, in the United States, Canada, the
United Kingdom, France, Germany, Italy, Spain, Belgium, Switzerland (Swiss francs only as an aside), Australia, New
Zealand (NZ dollars only as an aside), Japan, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros,
pounds, Australian dollars, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total beer, wine or
beverage sales beside the AI part, volumes in hectolitres, litres or cases, numbers of breweries, wineries or vineyards,
a bottle's price, a drinks group's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's
percentages.

Snippets 1-20: Twenty snippets on money spent on AI in breweries, wineries and beverages: eight English prose texts (a
Portland wire release on brewhouse and fermentation control, a Paris broker note in fiscal years and euros on vineyard
monitoring and harvest timing, a London briefing on UK drinks with three segments and shares, a Munich article on German
brewers quoting two research houses, a Louisville investor-day TAM for distributors' demand forecasting and route
planning, a Spanish agriculture-ministry wine strategy with last-year/this-year figures and a 2030 target, a correction
notice on a New Zealand vineyard story with a range, a wine-tech blog post with 'more than doubled'), seven Chinese
prose texts (a beer-industry report, a Ningxia wine plan with 力争到 and 增长2倍, a Xinhua story on beverage distributors
quoting two institutes, a Taiwan craft-beer and beverage white paper in 新台幣億元, a Hong Kong wine-app story in 億港元, a CNA
story on drinks logistics with 去年/今年, a broker deep-dive on AI flavour development with a range) and five tables
(markdown by European wine country with a CAGR column, tab-separated Chinese beverage segments with a 合计 row, space-
aligned Japanese brewing uses in yen with shares, a vertical Belgian table of years with YoY, a tab-separated Canadian
segment table with a Total row). Left out: total beer, wine, beverage and import sales beside the AI part, volumes in
barrels, hectolitres, litres, tonnes, bottles and cases, counts of breweries, wineries, stores and distributors,
vineyard areas, bottle, glass and cup prices, drinks groups' revenue, margins, orders and share goals, funding rounds
and valuations, quarter figures, survey answers, franc, NZ-dollar and Canadian-dollar amounts, pilot funds, a second
house's figure, a correction's wrong range, a share in words. Inconsistent: the Munich 'up 27%', the Xinhua 约31% CAGR,
the Belgian 2024 YoY and the 2025F Canadian Total. Only by rounding: the Paris CAGR, the UK recipe-development share,
the Ningxia 36.2% YoY, the Taiwan 20.4% CAGR, the Germany row's CAGR, the 2024年 合计 and the Japanese demand-forecasting
share.

Snippets 21-40: Twenty snippets on AI in breweries, wineries and beverages (fermentation and brewhouse control, vineyard
monitoring and harvest timing, flavour and recipe development, demand forecasting and route planning for drinks
distributors, vision inspection on bottling and canning lines, wine and spirits recommendation apps): eight English
prose pieces (a US drinks maker's earnings call sizing a TAM, an Australia-New Zealand working-paper abstract in US
dollars with a 2031 figure in billions and an NZ-dollar aside, a French vineyard thread in euros with a Swiss-franc
aside, a London article with a correction line, a Leuven shareholder letter with a multiple, New York investor-day
slides, a forum answer quoting two houses on German wine apps, a Mumbai broker note in rupees with claims but no
observations), seven Chinese prose pieces (a Xinhua-style brewing release, a Yinchuan wine plan with a part in 万元 and an
inferred-span CAGR, a Taipei beverage release, a Hong Kong wine-trade report in 億港元, a PTT post in 億美元, a broker
abstract with a 2027 range, a brewer's results-briefing transcript) and five tables (markdown US dollars with a CAGR
column, tab-separated yen with a YoY column, space-aligned Italian euros with a share column, a vertical UK table of
years headed by its unit only, a 新台幣億元 table with a 合計 row). Left out: total beer, wine and drinks sales, hectolitres,
litres, pints, cases and tonnes, counts of breweries, wineries, pubs, outlets and firms, bottle, pint and subscription
prices, groups' own revenue, margins and share targets, funding rounds and valuations, a quarter's figures, survey and
penetration percentages, francs, NZ dollars and rupees, a second house's figure, a corrected misprint. Inconsistent: the
thread's 17.9% CAGR, the London article's 41% share, the Hong Kong 21% CAGR, the Taiwan table's 2025 合計. Rounding only:
the working paper's 20.1%, the letter's 23%, the forum's 19%, the Yinchuan 16% CAGR, the PTT 20%, the markdown flavour
CAGR, the yen bottling YoY and the Italian recommendation-app share.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Portland wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 870 brewers surveyed, the 9,700 craft breweries, the 23 million barrels, the $117
    #    billion of U.S. beer sales (total beer sales), the 58% survey answer.
    dict(
        text=(
            "PORTLAND, Ore., March 4, 2025 /PRNewswire/ -- U.S. breweries, cideries and distilleries spent $268 million "
            "on AI fermentation monitoring, brewhouse control and predictive-maintenance software in 2024, up 25% from "
            "$214 million in 2023, according to the 2025 Brewhouse Automation Outlook released today by Cascadia "
            "Beverage Analytics. The Portland firm, which surveyed 870 brewers, projects spending of $1.05 billion by "
            "2030, a compound annual growth rate of 25.6% over 2024-2030. The country's more than 9,700 craft breweries "
            "produced some 23 million barrels last year, while U.S. beer sales totalled about $117 billion. Some 58% of "
            "the brewers surveyed said they had already connected their fermentation tanks to cloud sensors."
        ),
        obs=[
            ("Total", 2023, 214, "USD million", "actual"),
            ("Total", 2024, 268, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 25.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268 / 214) ** (1 / 1) - 1 = 25.23% -> 25
            ("cagr|implied", "exact"),  # (1050 / 268) ** (1 / 6) - 1 = 25.56% -> 25.6
        ],
    ),
    # 2. Paris broker sector note in fiscal years and euros (EUR million): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "around 20%" where the amounts give 19.49%. Expected nowhere: the dateline, the 45 million
    #    hectolitres, the €35 bottle, the Swiss estates' CHF 4 million (francs, not in the unit table), the covered
    #    group's revenue, growth, margin, target price and upside.
    dict(
        text=(
            "Paris, 22 May 2025. French Wines & Spirits, sector note. We size France's market for AI vineyard "
            "monitoring, vine-disease forecasting and harvest-timing tools at €62m in FY2024 and forecast €151m by "
            "FY2029e, a CAGR of around 20%. French growers made about 45 million hectolitres of wine last year, and a "
            "classed-growth Bordeaux still sells for roughly €35 a bottle at release. Across the Jura, Swiss estates "
            "spend an estimated CHF 4 million a year on similar tools. Our top pick, Maison Arlanc Vignobles (Buy, TP "
            "€128, 22% upside), grew FY2024 revenue 7% to €2.4bn at a 26.5% operating margin."
        ),
        obs=[
            ("Total", 2024, 62, "EUR million", "actual"),
            ("Total", 2029, 151, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (151 / 62) ** (1 / 5) - 1 = 19.49% -> 19, not 20; bounds (150.5 / 62.5) ** (1/5) - 1 = 19.22%,
            # (151.5 / 61.5) ** (1/5) - 1 = 19.76% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total in GBP million and three segments with shares (recipe development's 12%
    #    holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP million. Expected
    #    nowhere: the 60 firms interviewed, the 1,800 breweries, the 49 million hectolitres, the £21 billion of beer and
    #    cider sales (total beverage sales).
    dict(
        text=(
            "LONDON, 16 September 2025 - Brewers, cider makers and drinks wholesalers in the United Kingdom spent £96 "
            "million on AI tools in 2024, a briefing from the Thames Drinks Institute estimates. AI demand forecasting "
            "and route planning for drinks distributors took the largest slice, £41 million or 43%, ahead of bottling "
            "and canning-line inspection at £23 million (24%). AI flavour and recipe development came to £11 million, "
            "some 12% of the total. The institute, which interviewed 60 firms, expects spending of £0.3 billion in "
            "2029. Britain's roughly 1,800 breweries brewed about 49 million hectolitres last year, and shoppers and "
            "pubs spent some £21 billion on beer and cider."
        ),
        obs=[
            ("Total", 2024, 96, "GBP million", "actual"),
            ("AI demand forecasting and route planning for drinks distributors", 2024, 41, "GBP million", "actual"),
            ("Bottling and canning-line inspection", 2024, 23, "GBP million", "actual"),
            ("AI flavour and recipe development", 2024, 11, "GBP million", "actual"),
            ("Total", 2029, 300, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41 / 96 = 42.71% -> 43
            ("arithmetic", "exact"),  # 23 / 96 = 23.96% -> 24
            # 11 / 96 = 11.46% -> 11, not 12; bounds 10.5 / 96.5 = 10.88%, 11.5 / 95.5 = 12.04% -> 12 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Munich article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 27%" is inconsistent, its 19% CAGR holds. Expected nowhere: Rheinland Drinks Research's €71 million for
    #    2024, the 1,500 breweries, the 83 million hectolitres, the Swiss brewers' CHF 8 million (francs, not in the
    #    unit table), the 62% poll answer.
    dict(
        text=(
            "MUNICH, 9 July 2025 - German breweries spent €58 million on AI fermentation control, brewhouse scheduling "
            "and canning-line inspection in 2024, up 27% on the €47 million of 2023, estimates the Munich research "
            "house Isar Beverage Insights. It expects €161 million in 2030, which it puts at compound annual growth of "
            "19% between 2024 and 2030. A second house, Rheinland Drinks Research, puts 2024 spending at €71 million "
            "because it also counts malting plants. Germany's roughly 1,500 breweries sold some 83 million hectolitres "
            "of beer last year, and across the border Swiss brewers spent about CHF 8 million on similar tools. In a "
            "poll, 62% of brewers named energy costs as their first reason to invest."
        ),
        obs=[
            ("Total", 2023, 47, "EUR million", "actual"),
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2030, 161, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (58 / 47) ** (1 / 1) - 1 = 23.40% -> 23, not 27; bounds 57.5 / 47.5 - 1 = 21.05%,
            # 58.5 / 46.5 - 1 = 25.81% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (161 / 58) ** (1 / 6) - 1 = 18.55% -> 19
        ],
    ),
    # 5. Investor-day transcript (Louisville): the total addressable market the drinks group sizes is the market
    #    (Total), in USD billion, with "about a 17% CAGR" over a printed span. Expected nowhere: the 41 million
    #    nine-litre cases, the group's net sales and operating margin, the second quarter's $19 million, its 10% share
    #    goal.
    dict(
        text=(
            "Meridian Spirits & Wine Investor Day, Louisville, September 17, 2025 - transcript excerpt. Dana "
            "Whitcombe, chief supply-chain officer: \"We size the total addressable market for AI demand forecasting, "
            "route planning and inventory optimisation for drinks distributors worldwide at $4.6 billion in 2024, and "
            "we think it reaches $11.8 billion by 2030, about a 17% CAGR from 2024 through 2030. For context, we "
            "shipped 41 million nine-litre cases last year, and our net sales were $6.3 billion at a 28% operating "
            "margin. In the second quarter alone our forecasting tool saved us $19 million in stock-outs, and our "
            "ambition is a 10% share of that market by 2030.\""
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2030, 11.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.8 / 4.6) ** (1 / 6) - 1 = 17.00% -> 17
        ],
    ),
    # 6. Madrid agriculture-ministry wine strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a
    #    2030 target (an estimate). Expected nowhere: the €12 million pilot fund and its 150 wineries, the 4,000
    #    wineries, the 37 million hectolitres, the 55% survey answer.
    dict(
        text=(
            "MADRID, 12 February 2025 - Spain's Ministry of Agriculture, Fisheries and Food estimates in its Digital "
            "Wine Sector Strategy, presented today, that Spanish wineries and grape growers spent €34 million on AI "
            "vineyard monitoring, harvest-timing models and fermentation control last year, and expects €41 million "
            "this year, a rise of 21%. The strategy sets a target of €120 million by 2030. It earmarks €12 million for "
            "pilots at 150 wineries and notes that Spain has some 4,000 wineries, which produced about 37 million "
            "hectolitres of wine in 2023. In a survey it cites, 55% of growers said they already use satellite or "
            "drone imagery."
        ),
        obs=[
            ("Total", 2024, 34, "EUR million", "actual"),
            ("Total", 2025, 41, "EUR million", "estimate"),
            ("Total", 2030, 120, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41 / 34) ** (1 / 1) - 1 = 20.59% -> 21
        ],
    ),
    # 7. Correction notice on a New Zealand vineyard story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$950 million to
    #    US$1.2 billion, the NZ$64 million (NZ dollars, not in the unit table), the 700 wineries, the 42,000 hectares,
    #    the 300 million litres exported, the NZ$22 bottle; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 3 June 2025: An earlier version of this article misstated the 2030 forecast. Tasman Vine "
            "Intelligence expects New Zealand's market to reach US$95 million to US$120 million in 2030, not US$950 "
            "million to US$1.2 billion.\n"
            "New Zealand wineries and grape growers spent US$38 million in 2024 on AI vineyard monitoring, drone "
            "canopy imaging and harvest-timing models, according to Tasman Vine Intelligence, a Blenheim consultancy. "
            "It expects the market to reach US$95 million to US$120 million in 2030 as frost and labour pressures "
            "mount. In local currency the 2024 figure came to about NZ$64 million. The country has some 700 wineries "
            "on roughly 42,000 hectares of vines and exported about 300 million litres of wine last year; a bottle of "
            "Marlborough sauvignon blanc sells for around NZ$22 at home."
        ),
        obs=[
            ("Total", 2024, 38, "USD million", "actual"),
        ],
        claims=[
            ("value", 95, "USD million", 2030, 2030, None),
            ("value", 120, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Wine-tech blog post: "more than doubled" between 2022 and 2024 is a multiple x2 over 2 years (no verdict).
    #    Expected nowhere: the $105 billion Americans spend on wine (total wine sales), the start-up's funding round and
    #    valuation, the third quarter's 2.3 million label scans, the $24 bottle.
    dict(
        text=(
            "Cellar Notes, a wine-tech blog, January 21, 2025 - Your sommelier is an algorithm now. U.S. drinkers and "
            "retailers spent $57 million on AI wine and spirits recommendation apps and label-scanning tools in 2022; "
            "by 2024 that figure had more than doubled, to $131 million, says Vintner Signal Research. That is a "
            "sliver of the roughly $105 billion Americans spend on wine each year. The San Francisco start-up Pourwise "
            "raised $18 million in September at a $90 million valuation, and its app logged 2.3 million label scans in "
            "the third quarter of 2024. The bottle its users scan most often costs about $24."
        ),
        obs=[
            ("Total", 2022, 57, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (智能酿造与发酵控制) with its share,
    #    a CAGR with its printed span. Expected nowhere: the report's title year, the 约3,520万千升 of beer (a volume),
    #    the 约1,880亿元 brewers' revenue (total beer sales), the 64% survey answer.
    dict(
        text=(
            "《2025中国啤酒产业智能化发展报告》近日在青岛发布。报告显示，2024年我国啤酒及精酿企业人工智能应用（智能酿造"
            "与发酵控制、灌装线视觉质检、需求预测等）市场规模达到36.2亿元，同比增长24.4%，2023年为29.1亿元。其中，智能"
            "酿造与发酵控制市场规模为13.5亿元，占比37.3%，是最大的细分领域。报告预计，到2030年该市场规模将达到118亿元，"
            "2024—2030年复合增长率为21.8%。报告同时指出，2024年全国规模以上企业啤酒产量约3,520万千升，规模以上啤酒企业"
            "营业收入约1,880亿元；受访企业中有64%计划在两年内上线AI质检。"
        ),
        obs=[
            ("Total", 2023, 29.1, "CNY 100 million", "actual"),
            ("Total", 2024, 36.2, "CNY 100 million", "actual"),
            ("智能酿造与发酵控制", 2024, 13.5, "CNY 100 million", "actual"),
            ("Total", 2030, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("share", 37.3, "percent", 2024, 2024, None),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.2 / 29.1) ** (1 / 1) - 1 = 24.40% -> 24.4
            ("arithmetic", "exact"),  # 13.5 / 36.2 = 37.29% -> 37.3
            ("cagr|implied", "exact"),  # (118 / 36.2) ** (1 / 6) - 1 = 21.77% -> 21.8
        ],
    ),
    # 10. Ningxia wine-region action plan (Simplified): 2023 and 2024 actuals with a 同比增长36.2% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as
    #     a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 260 wineries and
    #     growers, the 约60万亩 of vines, the 约1.4亿瓶 of wine (a volume), the 2亿元 fund and its 30 projects.
    dict(
        text=(
            "宁夏回族自治区农业农村厅日前印发《贺兰山东麓葡萄酒产业数智化三年行动方案（2025—2027年）》。方案显示，2024年"
            "产区AI葡萄园监测、采收期预测及智能酿造控制市场规模达2.6亿元，同比增长36.2%，2023年为1.9亿元。方案提出，力争"
            "到2027年产区相关市场规模突破7.8亿元，较2024年增长2倍。方案还明确，产区现有酒庄和种植企业260家，酿酒葡萄种植"
            "面积约60万亩，年产葡萄酒约1.4亿瓶，自治区财政安排专项资金2亿元，支持建设30个智慧酒庄示范项目。"
        ),
        obs=[
            ("Total", 2023, 1.9, "CNY 100 million", "actual"),
            ("Total", 2024, 2.6, "CNY 100 million", "actual"),
            ("Total", 2027, 7.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (2.6 / 1.9) ** (1 / 1) - 1 = 36.84% -> 36.8, not 36.2; bounds 2.55 / 1.95 - 1 = 30.77%,
            # 2.65 / 1.85 - 1 = 43.24% -> 36.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on beverage distributors' AI: the first institute's
    #     base, YoY and target are the snippet's; its 约31% CAGR is inconsistent. Expected nowhere: the second centre's
    #     52亿元 for 2024, the dateline, the forum's title year, the 约1.8亿吨 of drinks (a volume), the 约3.2万家
    #     distributors, the 约2元 bottle of water.
    dict(
        text=(
            "新华社上海2025年3月20日电（记者周明远）记者从2025中国饮料流通数字化论坛上获悉，据东海饮品数智研究院测算，"
            "2024年我国饮料经销商人工智能应用（需求预测、智能补货与配送路线规划等）市场规模达44.7亿元，比上年的35.2亿元"
            "增长27.0%。该院预计，到2027年市场规模将达到92亿元，2024年至2027年年均复合增长率约31%。另一家机构申江消费"
            "研究中心则估算，2024年这一市场规模为52亿元。据统计，2024年全国饮料产量约1.8亿吨，规模以上饮料经销商约3.2万"
            "家，一瓶500毫升瓶装水终端售价约2元。"
        ),
        obs=[
            ("Total", 2023, 35.2, "CNY 100 million", "actual"),
            ("Total", 2024, 44.7, "CNY 100 million", "actual"),
            ("Total", 2027, 92, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (44.7 / 35.2) ** (1 / 1) - 1 = 26.99% -> 27.0
            # (92 / 44.7) ** (1 / 3) - 1 = 27.20% -> 27, not 31; bounds (91.5 / 44.75) ** (1/3) - 1 = 26.92%,
            # (92.5 / 44.65) ** (1/3) - 1 = 27.48% -> 31 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan craft-beer and beverage white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its
    #     printed span that holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's
    #     title year, the 約120家 craft breweries, the 約4.5億公升 of beer (a volume), the 新台幣180元 bottle.
    dict(
        text=(
            "《2025臺灣精釀啤酒與飲料產業智慧製造白皮書》指出，2024年國內酒廠與飲料廠導入AI灌裝線與封罐線瑕疵檢測、智慧"
            "釀造控制的市場規模為新台幣7.4億元，預估2029年將成長至新台幣18.6億元，2024至2029年年複合成長率達20.4%。白皮書"
            "並指出，臺灣現有精釀啤酒廠約120家，每年啤酒產量約4.5億公升，一瓶精釀啤酒售價約新台幣180元。"
        ),
        obs=[
            ("Total", 2024, 7.4, "TWD 100 million", "actual"),
            ("Total", 2029, 18.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (18.6 / 7.4) ** (1 / 5) - 1 = 20.24% -> 20.2, not 20.4; bounds (18.55 / 7.45) ** (1/5) - 1 = 20.02%,
            # (18.65 / 7.35) ** (1/5) - 1 = 20.47% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約2.4億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約95億港元 of wine imports (total wine sales), the 約300港元 bottle, the 約四成
    #     consumers (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港酒類行業協會昨日發表研究報告指出，2024年本港酒商、酒窖及餐廳採用的AI葡萄酒及烈酒推薦應用程式與智能酒窖"
            "管理系統，市場規模約2.4億港元，較2023年的1.9億港元增長26.3%。報告預計，2028年市場規模將升至4.6億港元，2024"
            "至2028年年均複合增長率約18%。報告又指，本港去年葡萄酒進口總值約95億港元，一瓶入門級波爾多紅酒零售價約300"
            "港元，約四成受訪消費者表示曾使用AI選酒程式。本地初創醇選科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.9, "HKD 100 million", "actual"),
            ("Total", 2024, 2.4, "HKD 100 million", "actual"),
            ("Total", 2028, 4.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.4 / 1.9) ** (1 / 1) - 1 = 26.32% -> 26.3
            ("cagr|implied", "exact"),  # (4.6 / 2.4) ** (1 / 4) - 1 = 17.66% -> 18
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on drinks distribution: 去年 is 2024 (actual, 約 at
    #     its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first
    #     quarter's 1.1億元, the drinks group's own revenue and operating margin, the 約2.6萬家 tea shops.
    dict(
        text=(
            "（中央社記者林雅婷台北2025年4月15日電）市調機構禾豐產業研究今天表示，去年台灣飲料經銷商與物流業者導入AI需求"
            "預測、智慧補貨與配送路線規劃的市場規模約新台幣4.3億元，今年在缺工與油價壓力帶動下，可望成長21%至5.2億元。"
            "不過今年第一季市場規模約新台幣1.1億元，略低於預期。飲料龍頭泰岳食品去年營收新台幣520億元，營業利益率約9%；"
            "全台手搖飲店約2.6萬家。"
        ),
        obs=[
            ("Total", 2024, 4.3, "TWD 100 million", "actual"),
            ("Total", 2025, 5.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.2 / 4.3) ** (1 / 1) - 1 = 20.93% -> 21
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI flavour and recipe development for tea drinks and beverages: 2023/2024
    #     actuals with an exact 32.4% YoY; the 2027 range 20亿—24亿元 gives two value claims (no observation). Expected
    #     nowhere: the report's date, the leading firm's revenue, gross margin, rating and target price, its third-quarter
    #     orders, the 约40万家 tea shops, the 约18元 cup.
    dict(
        text=(
            "北辰证券研究所2025年10月深度报告《AI调香师：新茶饮与饮料风味研发的智能化拐点》。我们测算，2024年国内饮料及"
            "新茶饮企业AI风味与配方研发市场规模为9.8亿元，同比增长32.4%，2023年为7.4亿元。随着新品上新节奏加快，我们预计"
            "2027年市场规模将达到20亿—24亿元。行业龙头味识智能2024年营收1.9亿元，毛利率52%，首次覆盖给予“增持”评级，"
            "目标价46元；公司三季度新签订单同比增长61%。目前全国新茶饮门店约40万家，一杯现制茶饮均价约18元。"
        ),
        obs=[
            ("Total", 2023, 7.4, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("value", 20, "CNY 100 million", 2027, 2027, None),
            ("value", 24, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 7.4) ** (1 / 1) - 1 = 32.43% -> 32.4
        ],
    ),
    # 16. Markdown table (European wine countries, EUR million) with a CAGR 2024-30 column and a Total row: each row's
    #     CAGR is stated (span in the header); Germany's 16.4% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the observatory's title year, the Swiss
    #     estates' CHF 5 million (francs, not in the unit table).
    dict(
        text=(
            "Table 4. European vineyards: spending on AI vineyard monitoring, disease forecasting and harvest timing "
            "(EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| France | 44.3 | 118.6 | 17.8% |\n"
            "| Italy | 31.7 | 82.9 | 17.4% |\n"
            "| Spain | 22.8 | 63.4 | 18.6% |\n"
            "| Germany | 12.6 | 31.2 | 16.4% |\n"
            "| Total | 111.4 | 296.1 | 17.7% |\n"
            "Source: Vinitech Europe Observatory 2025; Swiss estates, which spent about CHF 5 million, are excluded. "
            "F = forecast."
        ),
        obs=[
            ("France", 2024, 44.3, "EUR million", "actual"),
            ("France", 2030, 118.6, "EUR million", "estimate"),
            ("Italy", 2024, 31.7, "EUR million", "actual"),
            ("Italy", 2030, 82.9, "EUR million", "estimate"),
            ("Spain", 2024, 22.8, "EUR million", "actual"),
            ("Spain", 2030, 63.4, "EUR million", "estimate"),
            ("Germany", 2024, 12.6, "EUR million", "actual"),
            ("Germany", 2030, 31.2, "EUR million", "estimate"),
            ("Total", 2024, 111.4, "EUR million", "actual"),
            ("Total", 2030, 296.1, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118.6 / 44.3) ** (1 / 6) - 1 = 17.84% -> 17.8
            ("cagr|implied", "exact"),  # (82.9 / 31.7) ** (1 / 6) - 1 = 17.38% -> 17.4
            ("cagr|implied", "exact"),  # (63.4 / 22.8) ** (1 / 6) - 1 = 18.58% -> 18.6
            # (31.2 / 12.6) ** (1 / 6) - 1 = 16.31% -> 16.3, not 16.4; bounds (31.15 / 12.65) ** (1/6) - 1 = 16.21%,
            # (31.25 / 12.55) ** (1/6) - 1 = 16.42% -> 16.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (296.1 / 111.4) ** (1 / 6) - 1 = 17.70% -> 17.7
            ("hierarchy", "exact"),  # 2024: 44.3 + 31.7 + 22.8 + 12.6 = 111.4
            ("hierarchy", "exact"),  # 2030F: 118.6 + 82.9 + 63.4 + 31.2 = 296.1
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表5 2023—2025年中国饮料与酒类行业人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "灌装线视觉质检\t5.4\t7.1\t9.3\n"
            "智能酿造与发酵控制\t3.8\t5.0\t6.6\n"
            "需求预测与配送路线规划\t2.9\t3.9\t5.2\n"
            "风味与配方研发\t1.6\t2.3\t3.1\n"
            "合计\t13.7\t18.4\t24.2\n"
            "资料来源：华夏酒饮数智研究院；2025年E为预测值。"
        ),
        obs=[
            ("灌装线视觉质检", 2023, 5.4, "CNY 100 million", "actual"),
            ("灌装线视觉质检", 2024, 7.1, "CNY 100 million", "actual"),
            ("灌装线视觉质检", 2025, 9.3, "CNY 100 million", "estimate"),
            ("智能酿造与发酵控制", 2023, 3.8, "CNY 100 million", "actual"),
            ("智能酿造与发酵控制", 2024, 5.0, "CNY 100 million", "actual"),
            ("智能酿造与发酵控制", 2025, 6.6, "CNY 100 million", "estimate"),
            ("需求预测与配送路线规划", 2023, 2.9, "CNY 100 million", "actual"),
            ("需求预测与配送路线规划", 2024, 3.9, "CNY 100 million", "actual"),
            ("需求预测与配送路线规划", 2025, 5.2, "CNY 100 million", "estimate"),
            ("风味与配方研发", 2023, 1.6, "CNY 100 million", "actual"),
            ("风味与配方研发", 2024, 2.3, "CNY 100 million", "actual"),
            ("风味与配方研发", 2025, 3.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 13.7, "CNY 100 million", "actual"),
            ("合计", 2024, 18.4, "CNY 100 million", "actual"),
            ("合计", 2025, 24.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.4 + 3.8 + 2.9 + 1.6 = 13.7
            # 2024: 7.1 + 5.0 + 3.9 + 2.3 = 18.3, not 18.4; bounds 18.1..18.5 (each part +/-0.05)
            # reach 18.35..18.45 -> 18.4 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 9.3 + 6.6 + 5.2 + 3.1 = 24.2
        ],
    ),
    # 18. Space-aligned table (Japan, ¥ billion = JPY billion, 2024) with a share column and a Total row: four shares
    #     (the demand-forecasting row's 18.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no
    #     claim. Expected nowhere: the note number, the 3.4 billion litres shipped, the 780 craft breweries.
    dict(
        text=(
            "Japan: AI spending by brewers and beverage makers, by use, 2024\n"
            "Use                                                    ¥ billion     Share\n"
            "AI fermentation and brewing control                          6.3     43.2%\n"
            "AI quality inspection on bottling and canning lines          4.1     28.1%\n"
            "AI demand forecasting for wholesalers                        2.7     18.6%\n"
            "AI flavour and recipe development                            1.5     10.3%\n"
            "Total                                                       14.6    100.0%\n"
            "Note 2: Japan's brewers shipped some 3.4 billion litres of beer-type drinks, and the country has about 780 "
            "craft breweries. Source: Sakura Beverage Research."
        ),
        obs=[
            ("AI fermentation and brewing control", 2024, 6.3, "JPY billion", "actual"),
            ("AI quality inspection on bottling and canning lines", 2024, 4.1, "JPY billion", "actual"),
            ("AI demand forecasting for wholesalers", 2024, 2.7, "JPY billion", "actual"),
            ("AI flavour and recipe development", 2024, 1.5, "JPY billion", "actual"),
            ("Total", 2024, 14.6, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 43.2, "percent", 2024, 2024, None),
            ("share", 28.1, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 10.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.3 / 14.6 = 43.15% -> 43.2
            ("arithmetic", "exact"),  # 4.1 / 14.6 = 28.08% -> 28.1
            # 2.7 / 14.6 = 18.49% -> 18.5, not 18.6; bounds 2.65 / 14.65 = 18.09%, 2.75 / 14.55 = 18.90%
            # -> 18.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 1.5 / 14.6 = 10.27% -> 10.3
            ("hierarchy", "exact"),  # 6.3 + 4.1 + 2.7 + 1.5 = 14.6
        ],
    ),
    # 19. Vertical table (Belgium) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 23.3% is inconsistent. Expected nowhere: the
    #     source's month and year, the 430 breweries, the 22 million hectolitres, the 2021 dash.
    dict(
        text=(
            "Belgium: brewers' spending on AI fermentation control and canning-line inspection\n"
            "Year | EUR million | YoY\n"
            "2021 | 9.6 | -\n"
            "2022 | 11.9 | 24.0%\n"
            "2023 | 14.5 | 21.8%\n"
            "2024 | 17.3 | 23.3%\n"
            "2025E | 20.8 | 20.2%\n"
            "Source: Brabant Brewing Analytics, April 2025; Belgium counts about 430 breweries, which brewed some 22 "
            "million hectolitres in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2021, 9.6, "EUR million", "actual"),
            ("Total", 2022, 11.9, "EUR million", "actual"),
            ("Total", 2023, 14.5, "EUR million", "actual"),
            ("Total", 2024, 17.3, "EUR million", "actual"),
            ("Total", 2025, 20.8, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2021, 2022, 1.0),
            ("growth", 21.8, "percent", 2022, 2023, 1.0),
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
            ("growth", 20.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.9 / 9.6) ** (1 / 1) - 1 = 23.96% -> 24.0
            ("cagr|implied", "exact"),  # (14.5 / 11.9) ** (1 / 1) - 1 = 21.85% -> 21.8
            # (17.3 / 14.5) ** (1 / 1) - 1 = 19.31% -> 19.3, not 23.3; bounds 17.25 / 14.55 - 1 = 18.56%,
            # 17.35 / 14.45 - 1 = 20.07% -> 23.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (20.8 / 17.3) ** (1 / 1) - 1 = 20.23% -> 20.2
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2023 and 2024
    #     but not in 2025F (168 printed, 178 summed: inconsistent); 2025F an estimate. Expected nowhere: the Canadian-
    #     dollar conversion rate.
    dict(
        text=(
            "Canada: AI in beer, wine and spirits by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI demand forecasting and route planning\t47\t58\t72\n"
            "AI bottling and canning-line inspection\t33\t41\t51\n"
            "AI fermentation and brewing control\t21\t27\t34\n"
            "AI wine and spirits recommendation apps\t12\t16\t21\n"
            "Total\t113\t142\t168\n"
            "Source: Maple Leaf Drinks Intelligence; converted from Canadian dollars at C$1.37 to the US dollar. "
            "F = forecast."
        ),
        obs=[
            ("AI demand forecasting and route planning", 2023, 47, "USD million", "actual"),
            ("AI demand forecasting and route planning", 2024, 58, "USD million", "actual"),
            ("AI demand forecasting and route planning", 2025, 72, "USD million", "estimate"),
            ("AI bottling and canning-line inspection", 2023, 33, "USD million", "actual"),
            ("AI bottling and canning-line inspection", 2024, 41, "USD million", "actual"),
            ("AI bottling and canning-line inspection", 2025, 51, "USD million", "estimate"),
            ("AI fermentation and brewing control", 2023, 21, "USD million", "actual"),
            ("AI fermentation and brewing control", 2024, 27, "USD million", "actual"),
            ("AI fermentation and brewing control", 2025, 34, "USD million", "estimate"),
            ("AI wine and spirits recommendation apps", 2023, 12, "USD million", "actual"),
            ("AI wine and spirits recommendation apps", 2024, 16, "USD million", "actual"),
            ("AI wine and spirits recommendation apps", 2025, 21, "USD million", "estimate"),
            ("Total", 2023, 113, "USD million", "actual"),
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2025, 168, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 47 + 33 + 21 + 12 = 113
            ("hierarchy", "exact"),  # 2024: 58 + 41 + 27 + 16 = 142
            # 2025F: 72 + 51 + 34 + 21 = 178, not 168; bounds 176..180 (each part +/-0.5) miss 167.5..168.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US drinks maker's earnings-call answer sizing a North American TAM (USD million): the TAM the company sizes
    #     is the market (Total); "this year" is the call's year (2025, "about", printed figure, estimate), "last year"
    #     2024 (actual); the 2030 figure in billions converted to the series' unit; YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the call's date and quarter, the quarter's net sales and gross margin, the
    #     9,700 breweries, the $11.99 six-pack price.
    dict(
        text=(
            "Kettle & Crown Beverage Co. Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Priya Raman, Lakeshore Capital): You keep talking about software for brewers. How big is that "
            "opportunity?\n"
            "CFO Elena Marsh: We size the total addressable market for AI fermentation monitoring and brewhouse control "
            "across U.S. and Canadian breweries at about US$860 million this year, up 18% from $730 million last year, "
            "as mid-size craft brewers stop pulling gravity samples by hand. We see it reaching $1.9 billion by 2030, "
            "a 17% CAGR over 2025-2030. In the quarter our net sales were $1.27 billion with a gross margin of 41%; "
            "there are now roughly 9,700 breweries in the U.S. alone, and our flagship IPA still sells for about "
            "$11.99 a six-pack."
        ),
        obs=[
            ("Total", 2024, 730, "USD million", "actual"),
            ("Total", 2025, 860, "USD million", "estimate"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (860 / 730) ** (1 / 1) - 1 = 17.81% -> 18
            ("cagr|implied", "exact"),  # (1900 / 860) ** (1 / 5) - 1 = 17.18% -> 17
        ],
    ),
    # 22. Australia-New Zealand working-paper abstract on AI vineyard monitoring and harvest timing, in US dollars
    #     (USD million): YoY with both amounts that holds only by rounding, a 2031 figure in billions converted to the
    #     series' unit (USD million), CAGR with printed span. Expected nowhere: the paper number, the NZ$140 million
    #     New Zealand part (NZ dollars are not in the unit table), the 1.9 million tonnes crushed, the 2,300
    #     wineries, the US$20 bottle price.
    dict(
        text=(
            "Southern Vintage Economics Working Paper 25-14. Abstract: Drawing on vendor contracts, grower levy returns "
            "and satellite-subscription records, we estimate spending by Australian and New Zealand wine growers on AI "
            "vineyard monitoring, disease prediction and harvest-timing tools. Spending rose from US$418 million in "
            "2023 to US$501 million in 2024, an increase of 20.1%, and we project US$1.2 billion by 2031, a compound "
            "annual growth rate of 13.3% over 2024-2031. New Zealand growers account for roughly NZ$140 million of the "
            "2024 total. The two countries crushed about 1.9 million tonnes of grapes in 2024 across some 2,300 "
            "wineries, and a good Marlborough sauvignon blanc still sells for about US$20 a bottle. We find that "
            "smaller growers adopt through co-operative contracts rather than buying sensors outright."
        ),
        obs=[
            ("Total", 2023, 418, "USD million", "actual"),
            ("Total", 2024, 501, "USD million", "actual"),
            ("Total", 2031, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("cagr", 13.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (501 / 418) ** (1 / 1) - 1 = 19.86% -> 19.9, not 20.1; bounds 500.5 / 418.5 - 1 = 19.59%,
            # 501.5 / 417.5 - 1 = 20.12% -> 20.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1200 / 501) ** (1 / 7) - 1 = 13.29% -> 13.3
        ],
    ),
    # 23. Numbered social-media thread on French and western-Swiss vineyard AI (EUR million): YoY with both amounts, a
    #     multiple over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent).
    #     Expected nowhere: the CHF 9M Swiss part (francs are not in the unit table), the 59,000 estates, the 36
    #     million hectolitres, the €300 bottle, the €22M Series B and €140M valuation, the likes.
    dict(
        text=(
            "1/ Thread on the quietest AI boom in wine: vine-health monitoring and harvest timing in France and "
            "western Switzerland. Numbers from a Bordeaux consultancy's report out this week.\n"
            "2/ Growers spent €212M on AI vine monitoring, yield estimation and pick-date tools in 2024, up 14% from "
            "€186M in 2023. The Valais and Vaud vineyards alone were about CHF 9M of that.\n"
            "3/ The report sees €520M by 2030, i.e. 2.5x in six years, which it calls a 17.9% CAGR for 2024-2030.\n"
            "4/ Context: France has ~59,000 wine estates, made roughly 36 million hectolitres last vintage, and a "
            "grand cru bottle can top €300. Vendangia just closed a €22M Series B at a €140M valuation, so the money "
            "is arriving. (418 likes)"
        ),
        obs=[
            ("Total", 2023, 186, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2030, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 186) ** (1 / 1) - 1 = 13.98% -> 14
            # (520 / 212) ** (1 / 6) - 1 = 16.13%; bounds (519.5 / 212.5) ** (1/6) - 1 = 16.07%,
            # (520.5 / 211.5) ** (1/6) - 1 = 16.19% -> 17.9 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. London web article with a correction line (GBP million) on AI demand forecasting and route planning for
    #     drinks distributors: "last year" is the dateline's year before (2024); YoY with both amounts, a part with a
    #     share that no reading reaches (inconsistent). Expected nowhere: the update date, the misprinted £37 million,
    #     the 4.5 billion pints, the 46,000 pubs, the £6.80 pint, the 62% survey answer.
    dict(
        text=(
            "LONDON - Updated 14 October 2025. Drinks wholesalers and distributors in the UK spent £73 million last "
            "year on AI demand forecasting and delivery-route planning, up 24% from £59 million in 2023, according to "
            "Cask Lane Research. Route-planning software alone accounted for £27 million, or 41% of the total. "
            "Britain's on-trade still pours about 4.5 billion pints a year through roughly 46,000 pubs, and a pint of "
            "lager in London now averages close to £6.80. In the firm's survey, 62% of distributors said forecasting "
            "tools had cut out-of-stocks in the summer peak.\n"
            "Correction: An earlier version of this article gave the 2024 figure as £37 million. It was £73 million."
        ),
        obs=[
            ("Total", 2023, 59, "GBP million", "actual"),
            ("Total", 2024, 73, "GBP million", "actual"),
            ("Route-planning software", 2024, 27, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (73 / 59) ** (1 / 1) - 1 = 23.73% -> 24
            # 27 / 73 = 36.99% -> 37, not 41; bounds 26.5 / 73.5 = 36.05%, 27.5 / 72.5 = 37.93% -> 41 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Leuven annual-report letter to shareholders (EUR million), dated March 2025, on AI vision inspection on
    #     bottling and canning lines: "last year" is 2024 (actual); YoY with both amounts that holds only by rounding;
    #     "some EUR 270 million" by 2029 (printed figure, estimate); "nearly triple" is a multiple x3 over five years
    #     (no verdict). Expected nowhere: the report's title year, the letter's date, the group's revenue and EBITDA
    #     margin, the 6.2 million hectolitres, the 430 Belgian breweries.
    dict(
        text=(
            "Brasserie Vandermeulen NV, Annual Report 2024. Letter to shareholders\n"
            "Dear shareholders, last year the European market for AI vision inspection on bottling and canning lines, "
            "from fill-level and seal checks to label and foreign-object detection, grew 23% to EUR 96 million, from "
            "EUR 79 million in 2023, as brewers, bottlers and wineries replaced rule-based cameras that reject good "
            "cans and pass bad ones. We expect the market to nearly triple by 2029, to some EUR 270 million. Our own "
            "revenue reached EUR 1.84 billion at an EBITDA margin of 27%; our five breweries produced 6.2 million "
            "hectolitres, and Belgium still counts around 430 active breweries.\n"
            "Leuven, 20 March 2025, Pieter Vandermeulen, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 79, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2029, 270, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # (96 / 79) ** (1 / 1) - 1 = 21.52% -> 22, not 23; bounds 95.5 / 79.5 - 1 = 20.13%,
            # 96.5 / 78.5 - 1 = 22.93% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. New York investor-day slide bullets (USD billion) on AI flavour and recipe development: the TAM the company
    #     sizes is the market (Total); 2025E and 2029E are estimates; YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the slide number, the 1,400 flavour launches, the group's FY2024 revenue, operating margin
    #     and 2029 share target, the 3.1 billion cases.
    dict(
        text=(
            "Altamira Drinks Group Investor Day, New York, 11 June 2025. Slide 14: AI flavour and recipe development "
            "for beverages\n"
            "- 2024 TAM: $1.6B\n"
            "- 2025E TAM: $1.9B (+19% YoY)\n"
            "- 2029E TAM: $3.7B; CAGR 2025E-2029E: 18%\n"
            "- 1,400 new flavour launches screened by our taste models last year\n"
            "- Altamira FY2024 revenue $8.9B, operating margin 19%; target: 15% share of TAM by 2029\n"
            "- 3.1 billion cases shipped across our portfolio\n"
            "- Drivers: sugar-reduction reformulation, limited editions, regional taste data"
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2029, 3.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.9 / 1.6) ** (1 / 1) - 1 = 18.75% -> 19
            ("cagr|implied", "exact"),  # (3.7 / 1.9) ** (1 / 4) - 1 = 18.13% -> 18
        ],
    ),
    # 27. Forum answer quoting two research houses on German AI wine and spirits recommendation apps (EUR million): the
    #     first house's figures (base, target and rate) are the snippet's; YoY with both amounts that holds only by
    #     rounding, CAGR with printed span. Expected nowhere: the second house's €63 million for 2024, the €13 billion
    #     of German wine spending, the €3.70 bottle, the upvotes.
    dict(
        text=(
            "Re: Anyone have a decent market number for AI wine recommendation apps in Germany? (accepted answer, 31 "
            "upvotes)\n"
            "Two houses publish on this and they don't agree. Rheingau Digital Research says German consumers and "
            "retailers spent €45 million in 2024 on AI wine and spirits recommendation apps, sommelier chatbots and "
            "label-scanning tools, up 19% from €38 million in 2023, and expects €112 million in 2029, a CAGR of 20.0% "
            "for 2024-2029. Hanse Market Intelligence counts retailer loyalty software too and puts 2024 at €63 "
            "million. Either way it's tiny next to the roughly €13 billion Germans spend on wine a year, and the "
            "average supermarket bottle still sells for about €3.70."
        ),
        obs=[
            ("Total", 2023, 38, "EUR million", "actual"),
            ("Total", 2024, 45, "EUR million", "actual"),
            ("Total", 2029, 112, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (45 / 38) ** (1 / 1) - 1 = 18.42% -> 18, not 19; bounds 44.5 / 38.5 - 1 = 15.58%,
            # 45.5 / 37.5 - 1 = 21.33% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (112 / 45) ** (1 / 5) - 1 = 20.01% -> 20.0
        ],
    ),
    # 28. Mumbai broker note in rupees (crore): rupees are not in the unit table, so no observation; its YoY, CAGR and
    #     share are claims (FY2025 -> 2025), none with two amounts in a held currency, so no verdicts. Expected
    #     nowhere: the dateline, the INR 2,150 crore, the 12 million outlets, the 3.2 billion litres, the target price
    #     and upside, the pick's June-quarter margin.
    dict(
        text=(
            "Deccan Ridge Securities, India Consumer: Beverages, Mumbai, 3 September 2025\n"
            "Smarter trucks, fewer stock-outs. We size India's market for AI demand forecasting, van-sales route "
            "planning and retailer-ordering software used by beer, spirits and soft-drink distributors at INR 2,150 "
            "crore in FY2025, up 26% year on year, and forecast a 21% CAGR over FY2025-FY2030 as bottlers digitise a "
            "general-trade network of some 12 million outlets. Soft-drink bottlers account for 54% of that spend. "
            "India drinks roughly 3.2 billion litres of beer a year. Our top pick, Sahyadri Brews (BUY, TP INR 1,480, "
            "22% upside), posted an EBITDA margin of 14% in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),
            ("share", 54, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in brewing: YoY with both amounts, a part with its share, a
    #     2027 figure (左右, printed figure, estimate). Expected nowhere: the dateline, the 3,520万千升 of beer, the
    #     9,500亿元 of industry sales, the 1,900 brewing firms.
    dict(
        text=(
            "新华社青岛2025年3月18日电(记者李海涛)记者从中国酒业数字化联盟获悉,2024年我国酿酒行业人工智能应用"
            "(含AI发酵过程控制、智能勾调、灌装线视觉检测)市场规模达到41.5亿元,较2023年的33.8亿元增长22.8%。"
            "其中,AI发酵与酿造控制市场规模为17.2亿元,占比41.4%。联盟预计,到2027年该市场规模将达到75亿元左右。"
            "数据显示,2024年全国规模以上企业啤酒产量约3,520万千升,酿酒行业规模以上企业完成销售收入约9,500亿元;"
            "全国规模以上酿酒企业约1,900家。"
        ),
        obs=[
            ("Total", 2023, 33.8, "CNY 100 million", "actual"),
            ("Total", 2024, 41.5, "CNY 100 million", "actual"),
            ("AI发酵与酿造控制", 2024, 17.2, "CNY 100 million", "actual"),
            ("Total", 2027, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("share", 41.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.5 / 33.8) ** (1 / 1) - 1 = 22.78% -> 22.8
            ("arithmetic", "exact"),  # 17.2 / 41.5 = 41.45% (41.446) -> 41.4
        ],
    ),
    # 30. Yinchuan municipal plan (Simplified) on wine-region AI: Total in 亿元 (约, printed figure), a part in 万元 (its
    #     own series and unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only
    #     the amounts' years give (inferred), holding only by rounding. Expected nowhere: the plan's title years, the
    #     260 wineries, the 60万亩 of vines, the 50万元 subsidy, the 198元 bottle price.
    dict(
        text=(
            "《银川市葡萄酒产业数字化转型三年行动方案(2025—2027年)》近日印发。方案提出,2024年全市葡萄酒产业"
            "智慧化应用市场规模约5.2亿元,其中AI葡萄园监测与采收决策服务规模16,900万元,占比约32.5%。到2027年,"
            "全市葡萄酒产业智慧化应用市场规模突破8亿元,年均复合增长率约16%;全市约260家酒庄全部接入葡萄园病害预警"
            "与采收期预测平台,覆盖葡萄种植面积约60万亩,对建成智能酒窖的酒庄每家给予最高50万元补贴。目前本地精品"
            "干红均价约198元一瓶。"
        ),
        obs=[
            ("Total", 2024, 5.2, "CNY 100 million", "actual"),
            ("AI葡萄园监测与采收决策服务", 2024, 16900, "CNY 10 thousand", "actual"),
            ("Total", 2027, 8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 32.5, "percent", 2024, 2024, None),
            ("cagr", 16, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 16,900万 / 52,000万 = 32.50% -> 32.5
            # (8 / 5.2) ** (1 / 3) - 1 = 15.44% -> 15, not 16; bounds (7.5 / 5.25) ** (1/3) - 1 = 12.62%,
            # (8.5 / 5.15) ** (1/3) - 1 = 18.18% -> 16 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI at Taiwan's drinks makers: YoY with both amounts, a
    #     CAGR with printed span. Expected nowhere: the release date, the 2.6萬 tea-drink shops, the 4.1億公升 of beer,
    #     the 150元 craft-beer price, the drinks group's 520億元 revenue, the 120 firms interviewed.
    dict(
        text=(
            "【台北訊】飲品產業研究中心2025年4月15日發布報告指出,2024年台灣飲料與酒類業者導入AI的市場規模達新台幣"
            "12.6億元,較2023年的10.4億元成長21.2%,主要來自瓶裝與罐裝產線AI視覺檢測、手搖飲原料需求預測及配送路線"
            "規劃。該中心預估,2028年市場規模將達25.3億元,2024至2028年年複合成長率為19.0%。報告指出,全台手搖飲門市"
            "約2.6萬家,2024年國產啤酒銷量約4.1億公升,一瓶精釀啤酒售價約新台幣150元;國內最大飲料集團2024年營收約"
            "新台幣520億元。本次調查共訪問120家業者。"
        ),
        obs=[
            ("Total", 2023, 10.4, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2028, 25.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.4) ** (1 / 1) - 1 = 21.15% -> 21.2
            ("cagr|implied", "exact"),  # (25.3 / 12.6) ** (1 / 4) - 1 = 19.04% -> 19.0
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI in the wine and spirits trade: YoY with both
    #     amounts, a CAGR with printed span that no reading reaches (inconsistent). Expected nowhere: the report's
    #     title year, the 95億港元 of wine imports, the 3,600萬公升, the 58 members, the 64% survey answer.
    dict(
        text=(
            "香港葡萄酒及烈酒商會昨日發表《2025香港酒業科技應用報告》。報告指出,2024年本港酒類零售及拍賣商在人工"
            "智能方案(包括AI葡萄酒及烈酒推薦應用程式、需求預測及真偽鑑別)上的開支約3.8億港元,較2023年的3.1億港元"
            "上升23%。商會預計,有關開支將於2028年增至7.4億港元,2024至2028年複合年增長率約21%。報告同時指出,2024年"
            "本港葡萄酒進口額約95億港元,進口量約3,600萬公升,而商會58家會員中有64%表示計劃於一年內推出AI侍酒師服務。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2028, 7.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 23
            # (7.4 / 3.8) ** (1 / 4) - 1 = 18.13%; bounds (7.35 / 3.85) ** (1/4) - 1 = 17.55%,
            # (7.45 / 3.75) ** (1/4) - 1 = 18.72% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on global AI wine and spirits recommendation apps: YoY with
    #     both amounts that holds only by rounding, a 2028 forecast (預估, estimate) and a multiple over four years (no
    #     verdict). Expected nowhere: the post's header and date, the 1,200元 subscription price, the wine merchant's
    #     quarterly revenue growth and gross margin, the push count.
    dict(
        text=(
            "作者 winelover88 (微醺工程師)\n"
            "看板 Wine\n"
            "標題 [情報] 研調:AI選酒App全球市場規模\n"
            "時間 Sat May 17 22:41:09 2025\n"
            "看到一份研調報告,全球AI葡萄酒與烈酒推薦App(掃酒標、AI侍酒師那種)的市場,2024年約8.6億美元,2023年是"
            "7.2億美元,年增20%。報告預估2028年上看19億美元,是2024年的2.2倍,主要靠電商跟超市會員綁定。我自己用的"
            "那款訂閱一年大概新台幣1,200元。某國際酒商上一季營收年增9%,毛利率約58%,題外話就不多說了。大家平常選酒"
            "會靠App嗎?\n"
            "(推文 27)"
        ),
        obs=[
            ("Total", 2023, 7.2, "USD 100 million", "actual"),
            ("Total", 2024, 8.6, "USD 100 million", "actual"),
            ("Total", 2028, 19, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 2.2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (8.6 / 7.2) ** (1 / 1) - 1 = 19.44% -> 19, not 20; bounds 8.55 / 7.25 - 1 = 17.93%,
            # 8.65 / 7.15 - 1 = 20.98% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI in drinks distribution with a 2027 range (two value claims), a YoY
    #     with both amounts, a share without its part's amount (claim, no verdict). Expected nowhere: the report
    #     date, the 8万 distributors, the 5% penetration rate, the target price and upside, the pick's revenue, its
    #     3亿元 round and 24亿元 valuation.
    dict(
        text=(
            "【华岳证券】酒饮流通AI行业深度报告:少压货,多周转(2025年7月8日)\n"
            "摘要:我们测算,2024年我国酒水饮料流通领域AI应用(含需求预测、智能补货、配送路线规划)市场规模为36.4亿元,"
            "较2023年的29.1亿元同比增长25.1%;预计2027年市场规模将达到62—75亿元。其中需求预测与智能补货占比约46%,"
            "为最大细分领域。2024年全国酒类流通企业约8万家,AI渗透率不足5%。首次覆盖给予行业“推荐”评级,重点推荐"
            "酒链科技(目标价36元,上涨空间31%),公司2024年营业收入4.8亿元;公司近期完成B轮融资3亿元,投后估值24亿元。"
        ),
        obs=[
            ("Total", 2023, 29.1, "CNY 100 million", "actual"),
            ("Total", 2024, 36.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("value", 62, "CNY 100 million", 2027, 2027, None),
            ("value", 75, "CNY 100 million", 2027, 2027, None),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.4 / 29.1) ** (1 / 1) - 1 = 25.09% -> 25.1
        ],
    ),
    # 35. Brewer's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere:
    #     the company's revenue and gross margin, the first quarter's net profit, the 31 plants, the 420万千升.
    dict(
        text=(
            "江涛啤酒2024年度业绩说明会文字实录(2025年5月12日)\n"
            "投资者:公司怎么看啤酒和饮料灌装线AI视觉检测这个市场?\n"
            "总裁:据公司测算,今年国内啤酒与饮料灌装线AI视觉检测市场规模约15亿元,去年为12.3亿元,增长约22%。到2028年,"
            "这一市场有望达到26亿元,2025—2028年复合增长率约20%。公司2024年实现营业收入186亿元,毛利率40.2%,一季度"
            "归母净利润8.7亿元;公司旗下31家工厂去年销量约420万千升,全部罐装线已接入AI检测系统。"
        ),
        obs=[
            ("Total", 2024, 12.3, "CNY 100 million", "actual"),
            ("Total", 2025, 15, "CNY 100 million", "estimate"),
            ("Total", 2028, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15 / 12.3) ** (1 / 1) - 1 = 21.95% -> 22
            ("cagr|implied", "exact"),  # (26 / 15) ** (1 / 3) - 1 = 20.12% -> 20
        ],
    ),
    # 36. Markdown table (USD million, global AI in brewing and winemaking) by segment with a Total row and a CAGR
    #     column (span printed in the header); 2030F is an estimate; the flavour CAGR holds only by rounding.
    #     Expected nowhere: the table number, the US$1.6 trillion of alcoholic-drinks sales and the 28,000 breweries
    #     and wineries in the note.
    dict(
        text=(
            "Table 3. Global AI in brewing and winemaking by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Fermentation and brewing control | 1,250 | 2,880 | 14.9% |\n"
            "| Vineyard monitoring and harvest timing | 930 | 2,310 | 16.4% |\n"
            "| Flavour and recipe development | 410 | 1,240 | 20.2% |\n"
            "| Bottling and canning line inspection | 690 | 1,450 | 13.2% |\n"
            "| Total | 3,280 | 7,880 | 15.7% |\n"
            "Note: F = forecast. Source: Barrel & Vine Analytics estimates from vendor revenues and producer surveys. "
            "Shown without the roughly US$1.6 trillion of global alcoholic-drinks sales and the world's some 28,000 "
            "breweries and wineries covered."
        ),
        obs=[
            ("Fermentation and brewing control", 2024, 1250, "USD million", "actual"),
            ("Fermentation and brewing control", 2030, 2880, "USD million", "estimate"),
            ("Vineyard monitoring and harvest timing", 2024, 930, "USD million", "actual"),
            ("Vineyard monitoring and harvest timing", 2030, 2310, "USD million", "estimate"),
            ("Flavour and recipe development", 2024, 410, "USD million", "actual"),
            ("Flavour and recipe development", 2030, 1240, "USD million", "estimate"),
            ("Bottling and canning line inspection", 2024, 690, "USD million", "actual"),
            ("Bottling and canning line inspection", 2030, 1450, "USD million", "estimate"),
            ("Total", 2024, 3280, "USD million", "actual"),
            ("Total", 2030, 7880, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2880 / 1250) ** (1 / 6) - 1 = 14.92% -> 14.9
            ("cagr|implied", "exact"),  # (2310 / 930) ** (1 / 6) - 1 = 16.37% -> 16.4
            # (1240 / 410) ** (1 / 6) - 1 = 20.26% -> 20.3, not 20.2; bounds (1239.5 / 410.5) ** (1/6) - 1 = 20.22%,
            # (1240.5 / 409.5) ** (1/6) - 1 = 20.29% -> 20.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1450 / 690) ** (1 / 6) - 1 = 13.18% -> 13.2
            ("cagr|implied", "exact"),  # (7880 / 3280) ** (1 / 6) - 1 = 15.73% -> 15.7
            ("hierarchy", "exact"),  # 2024: 1,250 + 930 + 410 + 690 = 3,280
            ("hierarchy", "exact"),  # 2030F: 2,880 + 2,310 + 1,240 + 1,450 = 7,880
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI at Japanese brewers, sake makers and soft-drink
    #     bottlers with a Total row and a YoY column; the bottling-inspection YoY holds only by rounding. Expected
    #     nowhere: the table number, the 2.3 billion litres of beer and the 1,100 sake breweries in the note.
    dict(
        text=(
            "Table 6. Japan: AI in beverages by application (\u00a5 billion)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "Demand forecasting and route planning\t4.6\t5.5\t19.6%\n"
            "Bottling and canning line inspection\t3.1\t3.8\t22.9%\n"
            "Fermentation and brewing control\t2.2\t2.7\t22.7%\n"
            "Flavour and recipe development\t1.4\t1.9\t35.7%\n"
            "Total\t11.3\t13.9\t23.0%\n"
            "Note: fiscal years to March. Source: Kurabito Beverage Research, from vendor contracts with brewers, sake "
            "makers and soft-drink bottlers; Japan's roughly 2.3 billion litres of beer shipments and some 1,100 sake "
            "breweries are given for context only."
        ),
        obs=[
            ("Demand forecasting and route planning", 2023, 4.6, "JPY billion", "actual"),
            ("Demand forecasting and route planning", 2024, 5.5, "JPY billion", "actual"),
            ("Bottling and canning line inspection", 2023, 3.1, "JPY billion", "actual"),
            ("Bottling and canning line inspection", 2024, 3.8, "JPY billion", "actual"),
            ("Fermentation and brewing control", 2023, 2.2, "JPY billion", "actual"),
            ("Fermentation and brewing control", 2024, 2.7, "JPY billion", "actual"),
            ("Flavour and recipe development", 2023, 1.4, "JPY billion", "actual"),
            ("Flavour and recipe development", 2024, 1.9, "JPY billion", "actual"),
            ("Total", 2023, 11.3, "JPY billion", "actual"),
            ("Total", 2024, 13.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 35.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.5 / 4.6 - 1 = 19.57% -> 19.6
            # 3.8 / 3.1 - 1 = 22.58% -> 22.6, not 22.9; bounds 3.75 / 3.15 - 1 = 19.05%, 3.85 / 3.05 - 1 = 26.23%
            # -> 22.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2.7 / 2.2 - 1 = 22.73% -> 22.7
            ("cagr|implied", "exact"),  # 1.9 / 1.4 - 1 = 35.71% -> 35.7
            ("cagr|implied", "exact"),  # 13.9 / 11.3 - 1 = 23.01% -> 23.0
            ("hierarchy", "exact"),  # FY2023: 4.6 + 3.1 + 2.2 + 1.4 = 11.3
            ("hierarchy", "exact"),  # FY2024: 5.5 + 3.8 + 2.7 + 1.9 = 13.9
        ],
    ),
    # 38. Space-aligned table (EUR million, Italy, 2024) with a share column and a Total row (its 100.0% is no claim);
    #     the recommendation-app share holds only by rounding. Expected nowhere: the 140 wineries surveyed, the 44
    #     million hectolitres and the €14.8 billion of wine sales in the source line.
    dict(
        text=(
            "Italy: AI spend in the wine sector by application, 2024 (\u20acm)\n"
            "Application                               \u20acm      Share\n"
            "Vineyard monitoring and harvest timing    38.6     42.1%\n"
            "Cellar and fermentation control           21.3     23.2%\n"
            "Bottling line inspection                  14.9     16.2%\n"
            "Wine recommendation apps                  9.7      10.5%\n"
            "Distribution forecasting                  7.2      7.9%\n"
            "Total                                     91.7     100.0%\n"
            "Source: Osservatorio Vite e Dati survey of 140 wineries; Italy made about 44 million hectolitres in "
            "2024, and the \u20ac14.8 billion of wine sales is excluded."
        ),
        obs=[
            ("Vineyard monitoring and harvest timing", 2024, 38.6, "EUR million", "actual"),
            ("Cellar and fermentation control", 2024, 21.3, "EUR million", "actual"),
            ("Bottling line inspection", 2024, 14.9, "EUR million", "actual"),
            ("Wine recommendation apps", 2024, 9.7, "EUR million", "actual"),
            ("Distribution forecasting", 2024, 7.2, "EUR million", "actual"),
            ("Total", 2024, 91.7, "EUR million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 23.2, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 91.7 = 42.09% -> 42.1
            ("arithmetic", "exact"),  # 21.3 / 91.7 = 23.23% -> 23.2
            ("arithmetic", "exact"),  # 14.9 / 91.7 = 16.249% -> 16.2
            # 9.7 / 91.7 = 10.58% -> 10.6, not 10.5; bounds 9.65 / 91.75 = 10.52%, 9.75 / 91.65 = 10.64%
            # -> 10.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 7.2 / 91.7 = 7.85% (7.852) -> 7.9
            ("hierarchy", "exact"),  # 38.6 + 21.3 + 14.9 + 9.7 + 7.2 = 91.7
        ],
    ),
    # 39. Vertical table whose rows are years (GBP million, UK AI vision inspection on bottling and canning lines), a
    #     lone value column headed by its unit only (Total); 2025F-2027F are estimates; a CAGR with printed span and a
    #     YoY in the note. Expected nowhere: the 1,800 breweries and the 3.9 billion litres of canned drinks.
    dict(
        text=(
            "United Kingdom: spending on AI vision inspection on bottling and canning lines\n"
            "Year | \u00a3 million\n"
            "2020 | 18\n"
            "2021 | 22\n"
            "2022 | 27\n"
            "2023 | 33\n"
            "2024 | 40\n"
            "2025F | 48\n"
            "2026F | 57\n"
            "2027F | 67\n"
            "Note: F = forecast; CAGR 2020-2027F: 20.7%; 2024 spending rose 21% on 2023. Source: Brewline Insight, "
            "from brewers', cider makers' and soft-drink bottlers' capital budgets for fill-level, seal and label "
            "vision systems. The UK's roughly 1,800 breweries and its 3.9 billion litres of canned drinks a year are "
            "shown for scale only."
        ),
        obs=[
            ("Total", 2020, 18, "GBP million", "actual"),
            ("Total", 2021, 22, "GBP million", "actual"),
            ("Total", 2022, 27, "GBP million", "actual"),
            ("Total", 2023, 33, "GBP million", "actual"),
            ("Total", 2024, 40, "GBP million", "actual"),
            ("Total", 2025, 48, "GBP million", "estimate"),
            ("Total", 2026, 57, "GBP million", "estimate"),
            ("Total", 2027, 67, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2020, 2027, None, "stated"),
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (67 / 18) ** (1 / 7) - 1 = 20.65% (20.654) -> 20.7
            ("cagr|implied", "exact"),  # (40 / 33) ** (1 / 1) - 1 = 21.21% -> 21
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI at Taiwan's drinks makers and sellers with a 合計 row;
    #     2025年(預估) is an estimate; the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the
    #     table number, the title's year span, the 2.6萬 shops and 4.1億公升 in the note.
    dict(
        text=(
            "表7 2023—2025年臺灣酒類與飲料業AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "灌裝產線AI視覺檢測 | 2.4 | 3.0 | 3.7\n"
            "需求預測與配送路線規劃 | 1.9 | 2.3 | 2.9\n"
            "配方與風味開發 | 0.7 | 1.0 | 1.4\n"
            "AI選酒推薦App | 0.5 | 0.7 | 1.0\n"
            "合計 | 5.5 | 7.0 | 9.6\n"
            "資料來源:酒飲數位研究室;涵蓋酒廠、飲料廠、手搖飲連鎖與酒類通路,不含產品銷售額;全台手搖飲門市約2.6萬家,"
            "2024年國產啤酒銷量約4.1億公升;2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("灌裝產線AI視覺檢測", 2023, 2.4, "TWD 100 million", "actual"),
            ("灌裝產線AI視覺檢測", 2024, 3.0, "TWD 100 million", "actual"),
            ("灌裝產線AI視覺檢測", 2025, 3.7, "TWD 100 million", "estimate"),
            ("需求預測與配送路線規劃", 2023, 1.9, "TWD 100 million", "actual"),
            ("需求預測與配送路線規劃", 2024, 2.3, "TWD 100 million", "actual"),
            ("需求預測與配送路線規劃", 2025, 2.9, "TWD 100 million", "estimate"),
            ("配方與風味開發", 2023, 0.7, "TWD 100 million", "actual"),
            ("配方與風味開發", 2024, 1.0, "TWD 100 million", "actual"),
            ("配方與風味開發", 2025, 1.4, "TWD 100 million", "estimate"),
            ("AI選酒推薦App", 2023, 0.5, "TWD 100 million", "actual"),
            ("AI選酒推薦App", 2024, 0.7, "TWD 100 million", "actual"),
            ("AI選酒推薦App", 2025, 1.0, "TWD 100 million", "estimate"),
            ("合計", 2023, 5.5, "TWD 100 million", "actual"),
            ("合計", 2024, 7.0, "TWD 100 million", "actual"),
            ("合計", 2025, 9.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.4 + 1.9 + 0.7 + 0.5 = 5.5
            ("hierarchy", "exact"),  # 2024: 3.0 + 2.3 + 1.0 + 0.7 = 7.0
            # 2025(預估): 3.7 + 2.9 + 1.4 + 1.0 = 9.0 vs 9.6; rows' bounds 8.8-9.2, total's 9.55-9.65
            # -> no reading reaches it
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 15, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 12% of the total',
    'A second house, Rheinland Drinks Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣18.6億元',
    '億港元',
    '中央社記者林雅婷台北2025年4月15日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 17.3 | 23.3%',
    'Kettle & Crown Beverage Co. Q2 2025 earnings call, August 6, 2025',
    'Southern Vintage Economics Working Paper 25-14. Abstract:',
    '3/ The report sees €520M by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $1.9B (+19% YoY)',
    'Hanse Market Intelligence counts retailer loyalty software too',
    'INR 2,150 crore in FY2025',
    '新华社青岛2025年3月18日电',
    '標題 [情報] 研調:AI選酒App全球市場規模',
    '预计2027年市场规模将达到62—75亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 5.5 | 7.0 | 9.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 203
#: figures, 67 rates, 93 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-thirty-eighth set: 204, 67, 93 and 0
FLOORS = {"figures_found": 204, "rates_found": 67, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset236.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
