"""A two-hundred-and-thirty-seventh check set for the extractor, written blind: AI in breweries, wineries and beverages: AI
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
Portland wire release on brewhouse fermentation control, a Tokyo broker note in fiscal years and yen on drinks demand
forecasting and vending-route planning, a Brussels briefing on Belgian brewers with three segments and shares, a Paris
article on vineyard monitoring quoting two research houses, a Chicago distributor's investor-day TAM, a Spanish
agriculture-ministry strategy with last-year/this-year figures and a 2030 target, a correction notice on an Australian
wine story with a range, a wine-app blog post with 'more than doubled'), seven Chinese prose texts (a liquor-industry
report, a Ningxia wine plan with 力争到 and 增长2倍, a Xinhua story on beer AI quoting two institutes, a Taiwan beverage white
paper in 新台幣億元, a Hong Kong wine-trade story in 億港元, a CNA story on craft beer and whisky with 去年/今年, a broker deep-dive
on baijiu brewing with a range) and five tables (markdown by European wine country with a CAGR column, tab-separated
Chinese beer segments with a 合计 row, space-aligned German brewery uses with shares, a vertical New Zealand table of
years with YoY, a tab-separated US distributor segment table). Left out: total beer, wine and liquor sales and imports
beside the AI part, hectolitres, kilolitres, litres, cases, tonnes and bottles, counts of breweries, wineries, holdings,
vending machines and vineyards, bottle and ticket prices, groups' own revenue, margins, orders and share goals, funding
rounds and valuations, quarter figures, survey answers, franc, NZ-dollar and Australian-dollar amounts, pilot funds, a
second house's figure, a correction's wrong range, a share in words. Inconsistent: the Paris 24% CAGR, the Xinhua 约28%
CAGR, the New Zealand 2024 YoY and the 2025F US distributor Total. Only by rounding: the Tokyo CAGR, the Belgian demand-
forecasting share, the Ningxia 24.5% YoY, the Taiwan 20.1% CAGR, Germany's row CAGR in the European table, the 2024年 合计
and the German demand-forecasting share.

Snippets 21-40: Twenty snippets on AI in breweries, wineries and beverages (fermentation and brewing control, vineyard
monitoring and harvest timing, flavour and recipe development, demand forecasting and route planning for drinks
distributors, vision inspection on bottling and canning lines, wine and spirits recommendation apps): eight English
prose pieces (a North American brewing-tech earnings call sizing a TAM with a 2030 figure in billions, a French working-
paper abstract with a 2030 figure in billions, a UK distribution thread, a Munich article with a correction line, a
Belgian shareholder letter with a multiple and an inferred-span CAGR, investor-day slide bullets with a Swiss-franc
aside, a forum answer quoting two houses on Italian vineyards, a Mumbai broker note in rupees with claims but no
observations), seven Chinese prose pieces (a Xinhua-style beer release, a Yantai wine plan with a part in 万元, a Taipei
beverage release, a Hong Kong wine-trade report in 億港元, a PTT post in 億美元, a baijiu broker abstract with a 2027 range, a
beverage bottler's results-briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-separated
yen with a YoY column, space-aligned euros with a share column, a vertical table of years headed by its unit only, a
新台幣億元 table with a 合計 row). Left out: total beer, wine, spirits and beverage sales and exports, hectolitres, kilolitres
and cases, counts of breweries, wineries, estates and shops, bottle and cup prices, drinks groups' own revenue, margins
and share targets, funding rounds and valuations, a quarter's figures, survey percentages, rupees and francs, a second
house's figure, a corrected misprint, a share given as a fraction in words. Inconsistent: the thread's 17.5% CAGR, the
Munich article's 38% share, the Hong Kong 24% CAGR, the markdown recommendation-app CAGR. Rounding only: the working
paper's 15%, the letter's 17.5%, the forum's 18.3%, the Yantai 38%, the PTT 18.5%, the markdown flavour CAGR, the yen
filling-line YoY, the Spanish cellar-control share and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Portland wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 870 brewmasters surveyed, the 9,600 breweries, the $117 billion of beer sales (total
    #    beer sales), the 180 million barrels, the 61% survey answer.
    dict(
        text=(
            "PORTLAND, Ore., April 8, 2025 /PRNewswire/ -- U.S. breweries spent $214 million on AI fermentation "
            "monitoring, yeast-health sensing and automated brewhouse control in 2024, up 31% from $163 million in 2023, "
            "according to the 2025 Brewhouse Automation Outlook published today by Cascadia Brewing Analytics. The "
            "Portland research firm, which surveyed 870 brewmasters and production managers, expects spending to climb "
            "to $1.05 billion by 2031, a compound annual growth rate of 25.5% from 2024 to 2031. The country's 9,600 "
            "breweries sold some $117 billion of beer last year, and shipments came to roughly 180 million barrels. "
            "Some 61% of those surveyed said they planned to add in-tank sensors within two years."
        ),
        obs=[
            ("Total", 2023, 163, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2031, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 25.5, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 163) ** (1 / 1) - 1 = 31.29% -> 31
            ("cagr|implied", "exact"),  # (1050 / 214) ** (1 / 7) - 1 = 25.51% -> 25.5
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "roughly 19%" where the amounts give 18.44%. Expected nowhere: the dateline, the 2.2
    #    million vending machines, the 330 million cases of beer-type beverages, the covered group's revenue, growth,
    #    margin, target price and upside.
    dict(
        text=(
            "Tokyo, 12 June 2025. Japan Beverages, sector note. We size Japan's market for AI demand forecasting, "
            "vending-machine restocking and delivery-route planning for drinks makers and distributors at \u00a512.4 "
            "billion in FY2024 and forecast \u00a528.9 billion by FY2029e, a CAGR of roughly 19%. The country has some "
            "2.2 million drinks vending machines, and beer-type beverage shipments ran to about 330 million cases last "
            "year. Our top pick, Hinode Beverage Holdings (Buy, TP \u00a52,640, 22% upside), lifted FY2024 revenue 6% to "
            "\u00a5412.5 billion at a 9.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2029, 28.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (28.9 / 12.4) ** (1 / 5) - 1 = 18.44% -> 18, not 19; bounds (28.85 / 12.45) ** (1/5) - 1 = 18.30%,
            # (28.95 / 12.35) ** (1/5) - 1 = 18.58% -> 19 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Brussels research briefing: a Belgian brewing total in EUR million and three segments with shares (demand
    #    forecasting's "some 15%" holds only by rounding); the 2029 forecast an estimate. Expected nowhere: the 52
    #    brewers interviewed, the roughly 430 breweries, the 23 million hectolitres, the EUR 4.9 billion of beer at the
    #    factory gate (total beer sales).
    dict(
        text=(
            "BRUSSELS, 24 September 2025 - Belgian breweries spent \u20ac58 million on AI tools in 2024, according to a "
            "briefing from the Leuven Institute for Brewing Economics. Quality inspection on bottling and canning lines "
            "took the largest slice, \u20ac19 million or about 33%, followed by fermentation and brewing control at "
            "\u20ac14 million (24%). Demand forecasting and route planning for distributors came to \u20ac9 million, some "
            "15% of the total. The institute, which interviewed 52 brewers, expects spending to reach \u20ac131 million "
            "in 2029. Belgium's roughly 430 breweries produced about 23 million hectolitres of beer in 2024, worth some "
            "\u20ac4.9 billion at the factory gate."
        ),
        obs=[
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Quality inspection on bottling and canning lines", 2024, 19, "EUR million", "actual"),
            ("Fermentation and brewing control", 2024, 14, "EUR million", "actual"),
            ("Demand forecasting and route planning for distributors", 2024, 9, "EUR million", "actual"),
            ("Total", 2029, 131, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 33, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 19 / 58 = 32.76% -> 33
            ("arithmetic", "exact"),  # 14 / 58 = 24.14% -> 24
            # 9 / 58 = 15.52% -> 16, not 15; bounds 8.5 / 58.5 = 14.53%, 9.5 / 57.5 = 16.52% -> 15 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Paris article quoting two research houses on vineyard AI: the first house's base, target and rates are the
    #    snippet's ("a year earlier" is 2023); its "up 21%" holds, its 24% CAGR is inconsistent. Expected nowhere:
    #    Terroir Insights' EUR 55 million for 2024, the 59,000 holdings, the 36 million hectolitres, the EUR 90 bottle,
    #    the Swiss estates' CHF 6 million (francs, not in the unit table), the 44% poll answer.
    dict(
        text=(
            "PARIS, 7 May 2025 - French wine estates and cooperatives spent \u20ac47 million in 2024 on AI vineyard "
            "monitoring, disease forecasting and harvest-timing tools, up 21% from \u20ac39 million a year earlier, "
            "according to Vendanges Data, a Bordeaux research house. It forecasts \u20ac118 million by 2029, a compound "
            "annual growth rate of 24% over 2024-2029. A second house, Terroir Insights of Lyon, puts 2024 spending at "
            "\u20ac55 million. France's roughly 59,000 wine-growing holdings produced about 36 million hectolitres last "
            "year, and a bottle of cru class\u00e9 Bordeaux from the 2022 vintage sells for upwards of \u20ac90. Across "
            "the border, Swiss estates spent an estimated CHF 6 million on similar tools. In a poll cited by Vendanges "
            "Data, 44% of growers said drone scouting had cut their spraying."
        ),
        obs=[
            ("Total", 2023, 39, "EUR million", "actual"),
            ("Total", 2024, 47, "EUR million", "actual"),
            ("Total", 2029, 118, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47 / 39) ** (1 / 1) - 1 = 20.51% -> 21
            # (118 / 47) ** (1 / 5) - 1 = 20.21% -> 20, not 24; bounds (117.5 / 47.5) ** (1/5) - 1 = 19.86%,
            # (118.5 / 46.5) ** (1/5) - 1 = 20.57% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Chicago): the total addressable market the distributor sizes is the market (Total),
    #    in USD billion, with "roughly a 17% CAGR" over a printed span. Expected nowhere: the distributor's net sales
    #    and EBITDA margin, its 410 million cases and 96,000 retail accounts, its 10% share goal, the second quarter's
    #    $14 million of fuel savings.
    dict(
        text=(
            "Keystone Beverage Distributors Investor Day, Chicago, September 16, 2025 - transcript excerpt. Dana "
            "Whitcombe, chief operating officer: \"We see a total addressable market for AI in North American drinks "
            "distribution, meaning demand forecasting, retailer ordering and delivery-route planning, of $4.6 billion "
            "in 2024, and we expect it to reach $11.8 billion by 2030. That's roughly a 17% CAGR from 2024 to 2030. Our "
            "own net sales were $7.3 billion last year at an 8.4% EBITDA margin, our trucks delivered 410 million cases "
            "to 96,000 retail accounts, and we aim to hold a 10% share of that market by 2030. In the second quarter "
            "alone our routing engine saved $14 million in fuel.\""
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
    # 6. Madrid agriculture-ministry strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030
    #    target (an estimate). Expected nowhere: the EUR 20 million pilot fund and its 75 cooperatives, the 4,100
    #    wineries, the 930,000 hectares of vines, the 31 million hectolitres, the 53% survey answer.
    dict(
        text=(
            "MADRID, 3 March 2025 - The Digital Vineyard Strategy presented today by Spain's Ministry of Agriculture, "
            "Fisheries and Food estimates that the country's wineries and grape growers spent \u20ac36 million on AI "
            "vineyard monitoring, harvest timing and cellar fermentation control last year, and expects \u20ac44 million "
            "this year, a rise of 22%. The strategy sets a target of \u20ac110 million by 2030. It earmarks \u20ac20 "
            "million for pilots at 75 cooperatives and notes that Spain has some 4,100 wineries and about 930,000 "
            "hectares of vines, which yielded roughly 31 million hectolitres of wine in 2024. In a survey it cites, 53% "
            "of growers said they already use satellite imagery."
        ),
        obs=[
            ("Total", 2024, 36, "EUR million", "actual"),
            ("Total", 2025, 44, "EUR million", "estimate"),
            ("Total", 2030, 110, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (44 / 36) ** (1 / 1) - 1 = 22.22% -> 22
        ],
    ),
    # 7. Correction notice on an Australian wine story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$950 million to
    #    US$1.2 billion, the A$58 million and A$35 bottle (Australian dollars, not in the unit table), the NZ$11 million
    #    aside, the 2,100 wineries, the 1.7 million tonnes of grapes; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 18 August 2025: An earlier version of this article misstated the 2030 forecast. Southern Vines "
            "Analytics expects the Australian market to reach US$95 million to US$120 million in 2030, not US$950 "
            "million to US$1.2 billion.\n"
            "Australian wineries and grape growers spent US$38 million in 2024 on AI vineyard monitoring, frost and "
            "disease alerts and harvest-timing tools, according to Southern Vines Analytics, an Adelaide consultancy. "
            "It expects the market to reach US$95 million to US$120 million in 2030 as growers adopt in-row sensors. In "
            "Australian dollars, the 2024 figure came to about A$58 million. Australia's roughly 2,100 wineries crushed "
            "some 1.7 million tonnes of grapes last vintage, and across the Tasman, New Zealand growers spent about "
            "NZ$11 million on similar tools. A bottle of Barossa shiraz at the cellar door averages about A$35."
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
    # 8. Wine-trade blog post (UK, GBP million): "more than doubled" between 2022 and 2024 is a multiple x2 over 2
    #    years (no verdict). Expected nowhere: the GBP 12.4 billion Britons spent on wine (total wine sales), the
    #    start-up's funding round and valuation, the fourth quarter's 1.1 million downloads, the GBP 7.20 bottle.
    dict(
        text=(
            "The Cellar Notes blog, 14 February 2025 - Your sommelier is now an algorithm. British wine merchants, "
            "supermarkets and drinkers spent \u00a317 million on AI wine and spirits recommendation apps in 2022; by "
            "2024 that had more than doubled, to \u00a339 million, according to Pennant Drinks Research. That is small "
            "change beside the \u00a312.4 billion Britons spent on wine last year. The London start-up Vinora raised "
            "\u00a39 million in January at a \u00a360 million valuation, its app was downloaded 1.1 million times in the "
            "fourth quarter of 2024, and the average bottle on a UK supermarket shelf now costs about \u00a37.20."
        ),
        obs=[
            ("Total", 2022, 17, "GBP million", "actual"),
            ("Total", 2024, 39, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (灌装线AI视觉质检) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 约1,800家 liquor makers, the
    #    约415万千升 of baijiu, the 约9,700亿元 industry sales (total), the 57% survey answer.
    dict(
        text=(
            "《2025中国酒类智能酿造发展报告》近日在成都发布。报告显示，2024年我国白酒、啤酒及葡萄酒企业人工智能应用（智能"
            "发酵控制、灌装线AI视觉质检、渠道需求预测等）市场规模达到42.6亿元，同比增长26.4%，2023年为33.7亿元。其中，"
            "灌装线AI视觉质检市场规模为13.8亿元，占比32.4%，为最大细分领域。报告预计，到2030年该市场规模将达到148亿元，"
            "2024—2030年复合增长率为23.1%。报告同时指出，2024年全国规模以上酿酒企业约1,800家，白酒产量约415万千升，"
            "酿酒行业销售收入约9,700亿元；受访企业中有57%已在试点生成式AI勾调与配方设计。"
        ),
        obs=[
            ("Total", 2023, 33.7, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("灌装线AI视觉质检", 2024, 13.8, "CNY 100 million", "actual"),
            ("Total", 2030, 148, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("share", 32.4, "percent", 2024, 2024, None),
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 33.7) ** (1 / 1) - 1 = 26.41% -> 26.4
            ("arithmetic", "exact"),  # 13.8 / 42.6 = 32.39% -> 32.4
            ("cagr|implied", "exact"),  # (148 / 42.6) ** (1 / 6) - 1 = 23.07% -> 23.1
        ],
    ),
    # 10. Ningxia regional action plan (Simplified): 2023 and 2024 actuals with a 同比增长24.5% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as a
    #     multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约260家 wineries and
    #     growers, the 约60万亩 of vines, the 约1.4亿瓶 of wine, the 8,000万元 fund and its 30 demonstration sites.
    dict(
        text=(
            "宁夏回族自治区农业农村厅日前印发《贺兰山东麓葡萄酒产业数字化转型三年行动方案（2025—2027年）》。方案显示，"
            "2024年全区葡萄园智能监测、AI采收期预测与酒庄智能酿造市场规模达2.6亿元，同比增长24.5%，2023年为2.1亿元。"
            "方案提出，力争到2027年相关市场规模突破8亿元，较2024年增长2倍。方案还明确，贺兰山东麓现有酒庄和种植企业约"
            "260家，酿酒葡萄种植面积约60万亩，年产葡萄酒约1.4亿瓶，自治区财政安排专项资金8,000万元，支持建设30个智慧"
            "葡萄园示范点。"
        ),
        obs=[
            ("Total", 2023, 2.1, "CNY 100 million", "actual"),
            ("Total", 2024, 2.6, "CNY 100 million", "actual"),
            ("Total", 2027, 8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 23.8, not 24.5; bounds 2.55 / 2.15 - 1 = 18.60%,
            # 2.65 / 2.05 - 1 = 29.27% -> 24.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on beer AI: the first institute's base, YoY and target
    #     are the snippet's; its 约28% CAGR is inconsistent. Expected nowhere: the second centre's 36亿元 for 2024, the
    #     dateline, the forum's title year, the 约3,520万千升 of beer, the 约330家 brewers, the 约650万人次 festival
    #     visitors.
    dict(
        text=(
            "新华社青岛2025年8月21日电（记者孙海涛）记者从2025中国啤酒产业智能制造论坛上获悉，据东海酿造数智研究院测算，"
            "2024年我国啤酒行业人工智能应用（智能糖化与发酵控制、灌装线视觉检测、渠道需求预测等）市场规模达31.5亿元，"
            "比上年的24.8亿元增长27.0%。该院预计，到2028年市场规模将达到72亿元，2024年至2028年年均复合增长率约28%。另一"
            "家机构华北食品工业研究中心则估算，2024年这一市场规模为36亿元。据统计，2024年全国啤酒产量约3,520万千升，"
            "规模以上啤酒企业约330家，今年啤酒节期间接待游客约650万人次。"
        ),
        obs=[
            ("Total", 2023, 24.8, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2028, 72, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 24.8) ** (1 / 1) - 1 = 27.02% -> 27.0
            # (72 / 31.5) ** (1 / 4) - 1 = 22.96% -> 23, not 28; bounds (71.5 / 31.55) ** (1/4) - 1 = 22.69%,
            # (72.5 / 31.45) ** (1/4) - 1 = 23.22% -> 28 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan beverage white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約1,100家 factories, the 約38億公升 of drinks, the 新台幣2,500元 whisky bottle.
    dict(
        text=(
            "《2025臺灣飲料及酒類產業智慧製造白皮書》指出，2024年國內飲料廠、啤酒廠與威士忌酒廠導入AI灌裝線瑕疵檢測、"
            "智慧發酵控制與需求預測的市場規模為新台幣12.6億元，預估2029年將成長至新台幣31.4億元，2024至2029年年複合"
            "成長率達20.1%。白皮書並指出，國內登記有案的飲料與酒類工廠約1,100家，年產各類飲料約38億公升，一瓶國產單一"
            "麥芽威士忌售價約新台幣2,500元。"
        ),
        obs=[
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2029, 31.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (31.4 / 12.6) ** (1 / 5) - 1 = 20.04% -> 20.0, not 20.1; bounds (31.35 / 12.65) ** (1/5) - 1 = 19.90%,
            # (31.45 / 12.55) ** (1/5) - 1 = 20.17% -> 20.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong wine-trade story (Traditional) in 億港元 (HKD 100 million): 約2.4億港元 expected at its printed figure;
    #     YoY and CAGR exact. Expected nowhere: the 約95億港元 of wine imports (total wine trade), the 逾萬港元 bottle at
    #     auction, the 約四成 merchants (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港酒類行業協會昨日發表研究報告指出，2024年本港酒商、酒莊代理及拍賣行採用的AI葡萄酒推薦應用、拍賣估價模型"
            "及智能恒溫倉儲管理，市場規模約2.4億港元，較2023年的1.9億港元增長26.3%。報告預計，2028年市場規模將升至5.1"
            "億港元，2024至2028年年均複合增長率約21%。報告又指，本港去年葡萄酒進口總值約95億港元，一瓶波爾多名莊酒拍賣"
            "成交價動輒逾萬港元，約四成受訪酒商已試用AI侍酒師聊天機械人。本地初創品酒智能上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.9, "HKD 100 million", "actual"),
            ("Total", 2024, 2.4, "HKD 100 million", "actual"),
            ("Total", 2028, 5.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.4 / 1.9) ** (1 / 1) - 1 = 26.32% -> 26.3
            ("cagr|implied", "exact"),  # (5.1 / 2.4) ** (1 / 4) - 1 = 20.74% -> 21
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on craft beer, whisky and tea-drink chains: 去年 is
    #     2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected
    #     nowhere: the first quarter's 0.8億元, the distiller's own revenue and operating margin, the 約120家 craft
    #     breweries.
    dict(
        text=(
            "（中央社記者林佳蓉台北2025年4月15日電）市調機構麥田產業研究今天表示，去年台灣精釀啤酒廠、威士忌酒廠與茶飲"
            "連鎖導入AI配方研發、發酵監控與門市需求預測的市場規模約新台幣3.8億元，今年在觀光回溫與缺工壓力帶動下，可望"
            "成長21%至4.6億元。不過今年第一季市場規模僅約新台幣0.8億元，低於預期。國內龍頭酒廠金穗酒業去年營收新台幣86"
            "億元，營業利益率約22%；全台精釀酒廠約120家。"
        ),
        obs=[
            ("Total", 2024, 3.8, "TWD 100 million", "actual"),
            ("Total", 2025, 4.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21
        ],
    ),
    # 15. Broker deep-dive (Simplified) on baijiu brewing AI: 2023/2024 actuals with an exact 24.6% YoY; the 2027 range
    #     40亿—46亿元 gives two value claims (no observation). Expected nowhere: the report's date and title, the leading
    #     firm's revenue, gross margin, rating and target price, its third-quarter orders, the 约30万口 pits, the
    #     约2,300元 bottle.
    dict(
        text=(
            "华岳证券研究所2025年10月深度报告《白酒智能酿造：从经验到数据》。我们测算，2024年白酒行业AI智能酿造（窖池"
            "发酵监测、智能摘酒、AI勾调与品质检测）市场规模为21.3亿元，同比增长24.6%，2023年为17.1亿元。随着头部酒企"
            "加速数字化改造，我们预计2027年市场规模将达到40亿—46亿元。行业龙头窖智科技2024年营收3.6亿元，毛利率52%，"
            "首次覆盖给予“增持”评级，目标价72元；公司三季度新签订单同比增长48%。目前全国名优白酒企业窖池约30万口，"
            "高端白酒单瓶售价约2,300元。"
        ),
        obs=[
            ("Total", 2023, 17.1, "CNY 100 million", "actual"),
            ("Total", 2024, 21.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("value", 40, "CNY 100 million", 2027, 2027, None),
            ("value", 46, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.3 / 17.1) ** (1 / 1) - 1 = 24.56% -> 24.6
        ],
    ),
    # 16. Markdown table (European wine countries, EUR million) with a CAGR 2024-30 column and a Total row: each row's
    #     CAGR is stated (span in the header); Germany's 16.8% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the tracker's title year, the Swiss estates'
    #     CHF 5 million (francs, not in the unit table).
    dict(
        text=(
            "Table 2. European wine regions: AI vineyard monitoring, disease forecasting and harvest timing by country "
            "(EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| France | 41.3 | 112.6 | 18.2% |\n"
            "| Italy | 28.7 | 74.9 | 17.3% |\n"
            "| Spain | 22.4 | 61.8 | 18.4% |\n"
            "| Germany | 9.6 | 24.3 | 16.8% |\n"
            "| Total | 102.0 | 273.6 | 17.9% |\n"
            "Source: Rh\u00f4ne Valley Analytics, European Vineyard Tech Tracker 2025; excludes Swiss estates (about CHF "
            "5 million). F = forecast."
        ),
        obs=[
            ("France", 2024, 41.3, "EUR million", "actual"),
            ("France", 2030, 112.6, "EUR million", "estimate"),
            ("Italy", 2024, 28.7, "EUR million", "actual"),
            ("Italy", 2030, 74.9, "EUR million", "estimate"),
            ("Spain", 2024, 22.4, "EUR million", "actual"),
            ("Spain", 2030, 61.8, "EUR million", "estimate"),
            ("Germany", 2024, 9.6, "EUR million", "actual"),
            ("Germany", 2030, 24.3, "EUR million", "estimate"),
            ("Total", 2024, 102.0, "EUR million", "actual"),
            ("Total", 2030, 273.6, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.6 / 41.3) ** (1 / 6) - 1 = 18.19% -> 18.2
            ("cagr|implied", "exact"),  # (74.9 / 28.7) ** (1 / 6) - 1 = 17.34% -> 17.3
            ("cagr|implied", "exact"),  # (61.8 / 22.4) ** (1 / 6) - 1 = 18.43% -> 18.4
            # (24.3 / 9.6) ** (1 / 6) - 1 = 16.74% -> 16.7, not 16.8; bounds (24.25 / 9.65) ** (1/6) - 1 = 16.60%,
            # (24.35 / 9.55) ** (1/6) - 1 = 16.88% -> 16.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (273.6 / 102.0) ** (1 / 6) - 1 = 17.87% -> 17.9
            ("hierarchy", "exact"),  # 2024: 41.3 + 28.7 + 22.4 + 9.6 = 102.0
            ("hierarchy", "exact"),  # 2030F: 112.6 + 74.9 + 61.8 + 24.3 = 273.6
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is an
    #     estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国啤酒行业人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "灌装线视觉质检\t7.4\t9.6\t12.3\n"
            "智能糖化与发酵控制\t5.2\t6.9\t9.0\n"
            "渠道需求预测与配送路线规划\t3.9\t5.3\t7.1\n"
            "新品口味研发\t2.6\t3.7\t5.0\n"
            "合计\t19.1\t25.6\t33.4\n"
            "资料来源：中国酿造数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("灌装线视觉质检", 2023, 7.4, "CNY 100 million", "actual"),
            ("灌装线视觉质检", 2024, 9.6, "CNY 100 million", "actual"),
            ("灌装线视觉质检", 2025, 12.3, "CNY 100 million", "estimate"),
            ("智能糖化与发酵控制", 2023, 5.2, "CNY 100 million", "actual"),
            ("智能糖化与发酵控制", 2024, 6.9, "CNY 100 million", "actual"),
            ("智能糖化与发酵控制", 2025, 9.0, "CNY 100 million", "estimate"),
            ("渠道需求预测与配送路线规划", 2023, 3.9, "CNY 100 million", "actual"),
            ("渠道需求预测与配送路线规划", 2024, 5.3, "CNY 100 million", "actual"),
            ("渠道需求预测与配送路线规划", 2025, 7.1, "CNY 100 million", "estimate"),
            ("新品口味研发", 2023, 2.6, "CNY 100 million", "actual"),
            ("新品口味研发", 2024, 3.7, "CNY 100 million", "actual"),
            ("新品口味研发", 2025, 5.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 19.1, "CNY 100 million", "actual"),
            ("合计", 2024, 25.6, "CNY 100 million", "actual"),
            ("合计", 2025, 33.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 7.4 + 5.2 + 3.9 + 2.6 = 19.1
            # 2024: 9.6 + 6.9 + 5.3 + 3.7 = 25.5, not 25.6; bounds 25.3..25.7 (each part +/-0.05)
            # reach 25.55..25.65 -> 25.6 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 12.3 + 9.0 + 7.1 + 5.0 = 33.4
        ],
    ),
    # 18. Space-aligned table (Germany, EUR million, 2024) with a share column and a Total row: four shares (the
    #     demand-forecasting row's 18.2% holds only by rounding), rows add to the Total; the Total's 100.0% is no
    #     claim. Expected nowhere: the note number, the 1,500 breweries, the 84 million hectolitres.
    dict(
        text=(
            "Germany: AI spending at breweries by use, 2024\n"
            "Use                                            EUR million     Share\n"
            "AI fermentation and brewhouse control                 21.6     45.0%\n"
            "AI inspection on bottling and canning lines           12.4     25.8%\n"
            "AI demand forecasting and route planning               8.7     18.2%\n"
            "AI recipe and flavour development                      5.3     11.0%\n"
            "Total                                                 48.0    100.0%\n"
            "Note 3: Germany counts about 1,500 breweries, which brewed some 84 million hectolitres in 2024. Source: "
            "Bavarian Brewing Data."
        ),
        obs=[
            ("AI fermentation and brewhouse control", 2024, 21.6, "EUR million", "actual"),
            ("AI inspection on bottling and canning lines", 2024, 12.4, "EUR million", "actual"),
            ("AI demand forecasting and route planning", 2024, 8.7, "EUR million", "actual"),
            ("AI recipe and flavour development", 2024, 5.3, "EUR million", "actual"),
            ("Total", 2024, 48.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 45.0, "percent", 2024, 2024, None),
            ("share", 25.8, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
            ("share", 11.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.6 / 48.0 = 45.00% -> 45.0
            ("arithmetic", "exact"),  # 12.4 / 48.0 = 25.83% -> 25.8
            # 8.7 / 48.0 = 18.125% -> 18.1, not 18.2; bounds 8.65 / 48.05 = 18.00%, 8.75 / 47.95 = 18.25%
            # -> 18.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 5.3 / 48.0 = 11.04% -> 11.0
            ("hierarchy", "exact"),  # 21.6 + 12.4 + 8.7 + 5.3 = 48.0
        ],
    ),
    # 19. Vertical table (New Zealand) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 28.6% is inconsistent. Expected nowhere: the
    #     source's month and year, the NZ-dollar conversion rate, the 690 wineries, the 2021 dash.
    dict(
        text=(
            "New Zealand: spending on AI vineyard monitoring and harvest timing at wineries\n"
            "Year | USD million | YoY\n"
            "2021 | 11.2 | -\n"
            "2022 | 14.1 | 25.9%\n"
            "2023 | 18.0 | 27.7%\n"
            "2024 | 22.6 | 28.6%\n"
            "2025E | 28.0 | 23.9%\n"
            "Source: Marlborough Wine Analytics, April 2025; NZ-dollar spending converted at NZ$1.68 to the US dollar; "
            "the country has about 690 wineries. E = estimate."
        ),
        obs=[
            ("Total", 2021, 11.2, "USD million", "actual"),
            ("Total", 2022, 14.1, "USD million", "actual"),
            ("Total", 2023, 18.0, "USD million", "actual"),
            ("Total", 2024, 22.6, "USD million", "actual"),
            ("Total", 2025, 28.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2021, 2022, 1.0),
            ("growth", 27.7, "percent", 2022, 2023, 1.0),
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 23.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.1 / 11.2) ** (1 / 1) - 1 = 25.89% -> 25.9
            ("cagr|implied", "exact"),  # (18.0 / 14.1) ** (1 / 1) - 1 = 27.66% -> 27.7
            # (22.6 / 18.0) ** (1 / 1) - 1 = 25.56% -> 25.6, not 28.6; bounds 22.55 / 18.05 - 1 = 24.93%,
            # 22.65 / 17.95 - 1 = 26.18% -> 28.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (28.0 / 22.6) ** (1 / 1) - 1 = 23.89% -> 23.9
        ],
    ),
    # 20. Tab-separated segment table (United States drinks distributors, USD million) with a Total row: rows add to
    #     the Total in 2023 and 2024 but not in 2025F (528 printed, 538 summed: inconsistent); 2025F an estimate.
    #     Expected nowhere: the note on brewers' own fleets.
    dict(
        text=(
            "United States: AI at drinks distributors by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI demand forecasting\t148\t183\t224\n"
            "AI delivery-route planning\t97\t121\t150\n"
            "AI retailer ordering apps\t63\t80\t101\n"
            "AI warehouse picking vision\t38\t49\t63\n"
            "Total\t346\t433\t528\n"
            "Source: Midwest Beverage Logistics Research; excludes brewers' own delivery fleets. F = forecast."
        ),
        obs=[
            ("AI demand forecasting", 2023, 148, "USD million", "actual"),
            ("AI demand forecasting", 2024, 183, "USD million", "actual"),
            ("AI demand forecasting", 2025, 224, "USD million", "estimate"),
            ("AI delivery-route planning", 2023, 97, "USD million", "actual"),
            ("AI delivery-route planning", 2024, 121, "USD million", "actual"),
            ("AI delivery-route planning", 2025, 150, "USD million", "estimate"),
            ("AI retailer ordering apps", 2023, 63, "USD million", "actual"),
            ("AI retailer ordering apps", 2024, 80, "USD million", "actual"),
            ("AI retailer ordering apps", 2025, 101, "USD million", "estimate"),
            ("AI warehouse picking vision", 2023, 38, "USD million", "actual"),
            ("AI warehouse picking vision", 2024, 49, "USD million", "actual"),
            ("AI warehouse picking vision", 2025, 63, "USD million", "estimate"),
            ("Total", 2023, 346, "USD million", "actual"),
            ("Total", 2024, 433, "USD million", "actual"),
            ("Total", 2025, 528, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 148 + 97 + 63 + 38 = 346
            ("hierarchy", "exact"),  # 2024: 183 + 121 + 80 + 49 = 433
            # 2025F: 224 + 150 + 101 + 63 = 538, not 528; bounds 536..540 (each part +/-0.5) miss 527.5..528.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. North American brewing-tech earnings-call answer sizing a TAM (USD million): the TAM the company sizes is the
    #     market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate), "last year" 2024
    #     (actual); the 2030 figure in billions converted to the series' unit; YoY with both amounts, CAGR with printed
    #     span. Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the 9,700
    #     breweries, the 180 million hectolitres, the 42-brewery customer count.
    dict(
        text=(
            "Hopfield Brewing Systems Q2 fiscal 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Priya Castellano, Larchmont Capital): Can you size the opportunity for your fermentation "
            "software outside the big national brewers?\n"
            "CEO Gordon Abernethy: Sure. We size the total addressable market for AI fermentation and brewing control "
            "at North American craft and regional brewers at roughly $820 million this year, up 18% from $695 million "
            "last year, as brewers use sensor data and models to predict attenuation and catch stuck fermentations "
            "early. We see it reaching $2.1 billion by 2030, about a 21% compound annual rate over 2025-2030. For "
            "context, the quarter brought us revenue of $64.3 million at a 41% gross margin, we added 42 brewery "
            "customers, and the roughly 9,700 breweries in the U.S. and Canada brewed about 180 million hectolitres "
            "last year."
        ),
        obs=[
            ("Total", 2024, 695, "USD million", "actual"),
            ("Total", 2025, 820, "USD million", "estimate"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (820 / 695) ** (1 / 1) - 1 = 17.99% -> 18
            ("cagr|implied", "exact"),  # (2100 / 820) ** (1 / 5) - 1 = 20.69% -> 21
        ],
    ),
    # 22. French working-paper abstract on AI vineyard monitoring and harvest timing (EUR million): CAGR with printed
    #     span that holds only by rounding; a 2030 figure in billions converted to the series' unit (EUR million).
    #     Expected nowhere: the paper number, the 59,000 wine estates, the 46 million hectolitres, the EUR 11.7 billion
    #     of wine exports, the 2.4 euro per-hectare-per-day imagery price.
    dict(
        text=(
            "Institut Rhodanien d'Economie Viticole, Working Paper 25-04. Abstract: We combine cooperative accounts, "
            "agronomic-service invoices and drone-operator filings to measure what French winegrowers spend on AI "
            "vineyard monitoring and harvest-timing tools, from satellite and drone imagery to mildew-risk models and "
            "ripeness prediction. Spending rose from EUR 107 million in 2021 to EUR 166 million in 2024, a compound "
            "annual growth rate of 15% over 2021-2024, and we project EUR 0.41 billion in 2030 as cooperatives adopt "
            "shared platforms. The sums remain modest beside the EUR 11.7 billion of French wine exports and the 46 "
            "million hectolitres the country's roughly 59,000 wine estates produced in 2024; imagery services now cost "
            "as little as 2.4 euros per hectare per day. Adoption is fastest in Champagne and Bordeaux."
        ),
        obs=[
            ("Total", 2021, 107, "EUR million", "actual"),
            ("Total", 2024, 166, "EUR million", "actual"),
            ("Total", 2030, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (166 / 107) ** (1 / 3) - 1 = 15.76% -> 16, not 15; bounds (165.5 / 107.5) ** (1/3) - 1 = 15.47%,
            # (166.5 / 106.5) ** (1/3) - 1 = 16.06% -> 15 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. UK social-media thread on AI demand forecasting and route planning for drinks wholesalers (GBP million): YoY
    #     with both amounts, a CAGR with printed span that the amounts do not give. Expected nowhere: the Q1 2025
    #     quarter's figure, the GBP 28bn of on-trade drinks sales, the 1.1bn cases, the startup's GBP 14m round and
    #     GBP 90m valuation, the 58% survey answer.
    dict(
        text=(
            "1/ Thread on a market almost nobody tracks: AI demand forecasting and route planning for UK drinks "
            "wholesalers and distributors. New numbers out today from Brindle & Vat Analytics.\n"
            "2/ Spend hit £96m in 2024, up from £78m in 2023. That's +23% in a single year. Q1 2025 alone came in "
            "at £29m.\n"
            "3/ Their forecast: £265m by 2030, which they call a 17.5% CAGR for 2024-2030.\n"
            "4/ Context: UK on-trade drinks sales are ~£28bn and wholesalers shift roughly 1.1bn cases a year. One "
            "route-AI startup just raised £14m at a £90m valuation.\n"
            "5/ Survey nugget: 58% of distributors say they still plan deliveries in spreadsheets. Plenty of runway."
        ),
        obs=[
            ("Total", 2023, 78, "GBP million", "actual"),
            ("Total", 2024, 96, "GBP million", "actual"),
            ("Total", 2030, 265, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 78) ** (1 / 1) - 1 = 23.08% -> 23
            # (265 / 96) ** (1 / 6) - 1 = 18.44%; bounds (264.5 / 96.5) ** (1/6) - 1 = 18.30%,
            # (265.5 / 95.5) ** (1/6) - 1 = 18.58% -> 17.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Munich web article with a correction line on AI flavour and recipe development (EUR million): YoY with both
    #     amounts, a part with a share the amounts do not give, a 2028 forecast. Expected nowhere: the misprinted
    #     EUR 58 million of the correction line, the 83 million hectolitres, the 1,500 breweries, the 6.5-euro crate price.
    dict(
        text=(
            "MUNICH, 3 June 2025 - German brewers and soft-drink makers spent EUR 85 million on AI flavour and recipe "
            "development in 2024, up 21% from EUR 70 million in 2023, according to Hallertau Insight, a Bavarian "
            "consultancy. The tools simulate hop and yeast combinations and predict how a new lemonade or alcohol-free "
            "wheat beer will score with tasting panels. Craft and specialty brewers accounted for EUR 31 million, or "
            "38% of the total. Hallertau expects spending to reach EUR 190 million in 2028. Germany's roughly 1,500 "
            "breweries produced about 83 million hectolitres of beer last year, and a crate of twenty half-litre "
            "bottles still sells for around 6.5 euros in discount stores.\n"
            "Correction: An earlier version of this article gave the 2024 figure as EUR 58 million. It was EUR 85 "
            "million."
        ),
        obs=[
            ("Total", 2023, 70, "EUR million", "actual"),
            ("Total", 2024, 85, "EUR million", "actual"),
            ("Craft and specialty brewers", 2024, 31, "EUR million", "actual"),
            ("Total", 2028, 190, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (85 / 70) ** (1 / 1) - 1 = 21.43% -> 21
            # 31 / 85 = 36.47%; bounds 30.5 / 85.5 = 35.67%, 31.5 / 84.5 = 37.28% -> 38 reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Belgian drinks group's annual-report letter to shareholders on AI vision inspection on bottling and canning
    #     lines in Europe (EUR million): a multiple between 2019 and 2024 ("more than threefold" as x3, period 5, no
    #     verdict); a 2027 figure in billions converted to EUR million; a CAGR whose span only the amounts' years give,
    #     holding only by rounding. Expected nowhere: the group's EUR 4.2 billion revenue and 14.6% EBIT margin, its
    #     38 million hectolitres, the 11 lines it equipped, the dividend.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was the year machine vision became standard equipment in our plants. Cameras and "
            "AI models now inspect fill levels, caps, labels and can seams at full line speed on 11 of our lines. "
            "We are not alone: the European market for AI vision inspection on bottling and canning lines reached "
            "EUR 640 million in 2024, more than threefold the EUR 190 million of 2019, and we expect it to reach EUR "
            "1.04 billion in 2027, growing about 17.5% a year. Flandria Drinks itself grew revenue to EUR 4.2 billion "
            "with an EBIT margin of 14.6% and sold 38 million hectolitres of beer and soft drinks. Your board proposes "
            "a dividend of EUR 1.35 per share.\n"
            "Leuven, 12 March 2025, Hendrik Vanmechelen, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2019, 190, "EUR million", "actual"),
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Total", 2027, 1040, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2019, 2024, 5.0),
            ("cagr", 17.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (1040 / 640) ** (1 / 3) - 1 = 17.57% -> 17.6, not 17.5; bounds (1035 / 640.5) ** (1/3) - 1 = 17.35%,
            # (1045 / 639.5) ** (1/3) - 1 = 17.79% -> 17.5 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. Investor-day slide bullets on AI wine and spirits recommendation apps (USD billion): "- 2025E TAM" an
    #     estimate, YoY with both amounts, CAGR with printed span. Expected nowhere: the slide number, the CHF 35M
    #     Swiss aside, the 12% share target, the 41 million users, the $24 average bottle.
    dict(
        text=(
            "Vinora Group Investor Day, London, 4 March 2025 - Slide 14: The recommendation opportunity\n"
            "- 2024 TAM: $3.8B for AI wine and spirits recommendation apps, AI sommeliers in retail and e-commerce\n"
            "- 2025E TAM: $4.5B (+18% YoY) as grocers plug taste-profile models into their loyalty apps\n"
            "- 2030E TAM: $10.6B, a 19% CAGR 2025-30\n"
            "- Our goal: 12% share of TAM by 2030\n"
            "- Switzerland pilot: CHF 35M addressable among Swiss wine merchants alone\n"
            "- 41 million monthly active users; average bottle bought through the app: $24\n"
            "- Next: scale pairing recommendations with restaurant partners across Europe and North America"
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2030, 10.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.5 / 3.8) ** (1 / 1) - 1 = 18.42% -> 18
            ("cagr|implied", "exact"),  # (10.6 / 4.5) ** (1 / 5) - 1 = 18.69% -> 19
        ],
    ),
    # 27. Forum answer quoting two research houses on AI vineyard monitoring in Italy (EUR million): the first
    #     house's base, target and CAGR (printed span) are the snippet's; the CAGR holds only by rounding. Expected
    #     nowhere: the second house's EUR 52 million for 2024, Italy's EUR 14 billion of wine sales, the 49 million
    #     hectolitres, the 310,000 vineyard holdings, the 9-euro bottle.
    dict(
        text=(
            "Re: How big is the market for AI harvest timing in Italy?\n"
            "Answer from enologo_ts: The most complete numbers I know come from Nebbiolo Research. They put Italian "
            "spending on AI vineyard monitoring and harvest-timing tools at EUR 64 million in 2024 and expect EUR 147 "
            "million by 2029, a CAGR of 18.3% for 2024-2029, mostly from disease-risk alerts and ripeness forecasts "
            "in Piedmont, Tuscany and Veneto. Lagarina Partners has a lower 2024 figure, EUR 52 million, because they "
            "leave out drone-survey services. Either way it is tiny beside the roughly EUR 14 billion of Italian wine "
            "sales, the 49 million hectolitres produced, and the 310,000 holdings with vines. Our co-op pays less for "
            "its whole season of alerts than we earn on a pallet of 9-euro bottles."
        ),
        obs=[
            ("Total", 2024, 64, "EUR million", "actual"),
            ("Total", 2029, 147, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (147 / 64) ** (1 / 5) - 1 = 18.09% -> 18.1, not 18.3; bounds (146.5 / 64.5) ** (1/5) - 1 = 17.83%,
            # (147.5 / 63.5) ** (1/5) - 1 = 18.36% -> 18.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Mumbai broker note in rupees on AI demand forecasting at beverage distributors: rupees are not in the unit
    #     table, so no observation; its YoY (FY2024 to FY2025), CAGR (printed span) and share are claims, none with two
    #     amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the Rs 1,840 crore, the 2.1
    #     billion cases, the 1.2 million retail outlets, the target price and upside, the pick's June-quarter margin.
    dict(
        text=(
            "Deccan Street Securities, India Consumer Staples, Mumbai, 22 July 2025\n"
            "Routes, not rivers of stock. We estimate India's market for AI demand forecasting and route planning at "
            "beverage distributors at Rs 1,840 crore in FY2025, up 31% year on year, and forecast a 24% CAGR over "
            "FY2025-FY2030 as bottlers push van-sales and outlet-ordering apps deeper into smaller towns. Soft-drink "
            "bottlers account for 57% of that spend, with beer and packaged-water distributors making up most of the "
            "rest. The industry moved about 2.1 billion unit cases through some 1.2 million retail outlets last year. "
            "Our top pick, Sahyadri Beverages (BUY, TP Rs 1,250, 22% upside), posted a 19% EBITDA margin in the June "
            "quarter."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("cagr", 24, "percent", 2025, 2030, None, "stated"),
            ("share", 57, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in China's beer industry: YoY with both amounts, a part with
    #     its share, a 2027 figure (左右, printed figure, estimate). Expected nowhere: the dateline, the 3,521万千升 of
    #     output, the 1,450 large brewers, the 1,880亿元 of beer revenue.
    dict(
        text=(
            "新华社北京2025年3月18日电 记者从中国酒业协会啤酒分会获悉，2024年我国啤酒行业人工智能应用（含智能发酵控制、"
            "灌装线视觉检测、需求预测等）市场规模达到26.4亿元，较2023年的21.2亿元同比增长24.5%。其中，智能发酵与酿造控制"
            "市场规模为9.8亿元，占比37.1%，是最大的细分领域。协会预计，到2027年该市场规模将达到50亿元左右。2024年，全国"
            "约1,450家规模以上啤酒企业完成产量3,521万千升，实现营业收入约1,880亿元。业内人士表示，AI正从大型集团向区域酒厂"
            "和精酿工坊扩散。"
        ),
        obs=[
            ("Total", 2023, 21.2, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
            ("智能发酵与酿造控制", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 37.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.4 / 21.2) ** (1 / 1) - 1 = 24.53% -> 24.5
            ("arithmetic", "exact"),  # 9.8 / 26.4 = 37.12% -> 37.1
        ],
    ),
    # 30. Yantai municipal plan (Simplified): the total in 亿元, a part in 万元 kept in its own unit (CNY 10 thousand),
    #     a 2027 target (力争, estimate), an annual rate whose span only the amounts' years give, holding only by
    #     rounding. Expected nowhere: the plan's title years, the 26万亩 of vineyards, the 210 wineries, the 8万千升,
    #     the share given as a fraction in words (约占四分之一).
    dict(
        text=(
            "烟台市葡萄酒产业数字化发展行动计划（2025—2027年）\n"
            "二、发展目标。2024年，全市葡萄酒产业人工智能应用规模约1.5亿元，其中智慧葡萄园监测与采收期预测3,600万元，"
            "约占四分之一。到2027年，全市葡萄酒产业人工智能应用规模力争达到4亿元，年均增长约38%，建成智慧葡萄园示范基地"
            "20个，培育AI酿酒服务企业10家以上。全市现有酿酒葡萄基地26万亩、酒庄210家，2024年葡萄酒产量约8万千升。"
            "三、重点任务。推广无人机巡园、病害预警和成熟度预测，支持酒企建设智能发酵车间。"
        ),
        obs=[
            ("Total", 2024, 1.5, "CNY 100 million", "actual"),
            ("智慧葡萄园监测与采收期预测", 2024, 3600, "CNY 10 thousand", "actual"),
            ("Total", 2027, 4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (4 / 1.5) ** (1 / 3) - 1 = 38.67% -> 39, not 38; bounds (3.5 / 1.55) ** (1/3) - 1 = 31.19%,
            # (4.5 / 1.45) ** (1/3) - 1 = 45.86% -> 38 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI in Taiwan's beverage industry: YoY with both amounts,
    #     CAGR with printed span (約, printed figure), a part with its share. Expected nowhere: the dateline, the
    #     2.6萬家 drink shops, the 65元 cup price, the 62% survey answer.
    dict(
        text=(
            "臺北，2025年5月14日—臺北飲品產業研究所今日發布報告指出，2024年臺灣飲料產業AI應用（含需求預測、裝瓶線品檢、"
            "配方開發）市場規模為新台幣18.6億元，較2023年的15.2億元成長22.4%；預估2028年將達到41億元，2024至2028年"
            "年複合成長率約22%。其中，手搖飲連鎖AI需求預測與叫貨系統為6.9億元，占37%，是最大應用。全台手搖飲店約2.6萬家，"
            "一杯珍珠奶茶均價約65元；受訪業者中62%表示今年將增加AI預算。研究所指出，原料價格波動是業者導入AI的主因。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2028, 41, "TWD 100 million", "estimate"),
            ("手搖飲連鎖AI需求預測與叫貨系統", 2024, 6.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (41 / 18.6) ** (1 / 4) - 1 = 21.85% -> 22
            ("arithmetic", "exact"),  # 6.9 / 18.6 = 37.10% -> 37
        ],
    ),
    # 32. Hong Kong wine-trade association report (Traditional, 億港元): a 2022-2024 CAGR with printed span that the
    #     amounts do not give, a 2024-2027 CAGR that they do. Expected nowhere: the report's title year, the 96億港元
    #     of wine imports, the 1,200 member firms, the 380港元 bottle.
    dict(
        text=(
            "香港葡萄酒及烈酒商會《2025年香港酒業數碼化報告》指出，2024年本港葡萄酒及烈酒零售與拍賣業的人工智能應用"
            "（包括AI選酒推薦應用程式、真偽鑑定及存酒管理）市場規模為5.8億港元，2022年則為3.9億港元，2022至2024年"
            "年均複合增長率達24%。報告預計，2027年市場規模將增至10.0億港元，2024至2027年複合增長率為20%。去年本港"
            "葡萄酒進口總值約96億港元，商會約1,200家會員公司中，不少已在網店加入AI配餐建議；一瓶中價紅酒零售價約380港元。"
        ),
        obs=[
            ("Total", 2022, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 5.8, "HKD 100 million", "actual"),
            ("Total", 2027, 10.0, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2022, 2024, None, "stated"),
            ("cagr", 20, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (5.8 / 3.9) ** (1 / 2) - 1 = 21.95%; bounds (5.75 / 3.95) ** (1/2) - 1 = 20.65%,
            # (5.85 / 3.85) ** (1/2) - 1 = 23.27% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (10.0 / 5.8) ** (1 / 3) - 1 = 19.91% -> 20
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on AI inspection on bottling and canning lines worldwide: base (約, printed
    #     figure), 2030 forecast, CAGR with printed span holding only by rounding. Expected nowhere: the post's date,
    #     the first quarter's shipments, the 18.9億百升 of world beer, the target price, the six-pack price.
    dict(
        text=(
            "作者 canlinefan (罐頭線小弟)\n"
            "看板 Stock\n"
            "標題 [情報] 外資報告:全球飲料裝瓶裝罐線AI品檢市場規模\n"
            "時間 Thu Jun 12 21:47:03 2025\n"
            "外資最新報告估算，全球飲料裝瓶與裝罐線AI視覺品檢市場2024年約14.2億美元，預估2030年達39億美元，"
            "2024至2030年年複合成長率18.5%，主要來自啤酒與氣泡飲的高速產線。報告也提到某設備商第一季出貨42套，"
            "全球啤酒年產量約18.9億百升。外資給相關概念股目標價520元。心得:一手六罐啤酒才兩百多，但一條產線的檢測"
            "設備要上千萬，這塊還有得成長。"
        ),
        obs=[
            ("Total", 2024, 14.2, "USD 100 million", "actual"),
            ("Total", 2030, 39, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (39 / 14.2) ** (1 / 6) - 1 = 18.34% -> 18.3, not 18.5; bounds (38.5 / 14.25) ** (1/6) - 1 = 18.02%,
            # (39.5 / 14.15) ** (1/6) - 1 = 18.66% -> 18.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Baijiu broker abstract (Simplified, 亿元): YoY with both amounts, a 2027 range as two value claims (no
    #     observation), a share with no part amount (a claim without a verdict). Expected nowhere: the report's date,
    #     the 414.5万千升 of output, the 7,963.8亿元 of industry revenue, the target price and upside, the covered
    #     firm's revenue, the funding round and valuation.
    dict(
        text=(
            "【华岳证券】酒饮料行业深度报告：AI进窖池（2025年9月8日）\n"
            "摘要：我们测算，2024年我国白酒行业AI应用（含智能酿造与窖池发酵监测、灌装线视觉质检、渠道需求预测）市场规模为"
            "32.5亿元，较2023年的26.0亿元增长25.0%；预计2027年市场规模将达到48—56亿元。其中智能酿造与窖池发酵监测占比"
            "约41%，为最大细分领域。2024年全国规模以上白酒企业产量414.5万千升，实现营业收入7,963.8亿元，AI渗透仍处早期。"
            "首次覆盖给予行业“推荐”评级，重点推荐窖智科技（目标价38元，上涨空间24%），公司2024年营业收入4.6亿元；"
            "公司近期完成B轮融资3亿元，投后估值25亿元。"
        ),
        obs=[
            ("Total", 2023, 26.0, "CNY 100 million", "actual"),
            ("Total", 2024, 32.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("value", 48, "CNY 100 million", 2027, 2027, None),
            ("value", 56, "CNY 100 million", 2027, 2027, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.5 / 26.0) ** (1 / 1) - 1 = 25.00% -> 25.0
        ],
    ),
    # 35. Beverage bottler's results-briefing transcript (Simplified, 亿元): the market the company sizes is Total;
    #     今年 the briefing's year (2025, 约, estimate), 去年 2024 (actual), 2028 (突破, printed figure, estimate); YoY
    #     with both amounts. Expected nowhere: the briefing's date, the company's half-year revenue and gross margin, the
    #     second quarter's revenue, its 15% share target, the 3,200 distributors.
    dict(
        text=(
            "【2025年半年度业绩说明会文字实录】2025年8月28日\n"
            "投资者提问：公司如何看待AI在饮料渠道配送中的市场空间？\n"
            "董事会秘书回答：感谢您的提问。据我们测算，今年国内饮料行业AI需求预测与配送路径规划市场规模约45亿元，"
            "去年约为36亿元，同比增长25%；到2028年，这一市场有望突破90亿元。公司上半年实现营业收入58.6亿元，毛利率39.2%，"
            "其中第二季度营业收入31.4亿元。公司已与约3,200家经销商打通订货数据，目标是到2028年在该领域的市场份额提升至15%。"
            "谢谢。"
        ),
        obs=[
            ("Total", 2024, 36, "CNY 100 million", "actual"),
            ("Total", 2025, 45, "CNY 100 million", "estimate"),
            ("Total", 2028, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (45 / 36) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 36. Markdown table by segment with a CAGR column (USD million) on AI in the US beverage industry; rows and the
    #     Total row under their labels; 2030F estimates. The flavour CAGR holds only by rounding, the recommendation-app
    #     CAGR by no reading; both years' rows add to the Total row. Expected nowhere: the table number, the note's
    #     US$1.1 trillion of beverage sales and 9,900 breweries and wineries.
    dict(
        text=(
            "Table 3. AI in the US beverage industry by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Brewing and fermentation control | 1,120 | 2,870 | 17.0% |\n"
            "| Bottling and canning line inspection | 860 | 2,050 | 15.6% |\n"
            "| Demand forecasting and route planning | 1,340 | 3,610 | 18.0% |\n"
            "| Flavour and recipe development | 410 | 1,290 | 21.0% |\n"
            "| Wine and spirits recommendation apps | 530 | 1,480 | 19.7% |\n"
            "| Total | 4,260 | 11,300 | 17.7% |\n"
            "Note: F = forecast. Source: Cask & Crate Research estimates from vendor revenues and brewer surveys; shown "
            "without the roughly US$1.1 trillion of US beverage sales and the country's some 9,900 breweries and wineries."
        ),
        obs=[
            ("Brewing and fermentation control", 2024, 1120, "USD million", "actual"),
            ("Brewing and fermentation control", 2030, 2870, "USD million", "estimate"),
            ("Bottling and canning line inspection", 2024, 860, "USD million", "actual"),
            ("Bottling and canning line inspection", 2030, 2050, "USD million", "estimate"),
            ("Demand forecasting and route planning", 2024, 1340, "USD million", "actual"),
            ("Demand forecasting and route planning", 2030, 3610, "USD million", "estimate"),
            ("Flavour and recipe development", 2024, 410, "USD million", "actual"),
            ("Flavour and recipe development", 2030, 1290, "USD million", "estimate"),
            ("Wine and spirits recommendation apps", 2024, 530, "USD million", "actual"),
            ("Wine and spirits recommendation apps", 2030, 1480, "USD million", "estimate"),
            ("Total", 2024, 4260, "USD million", "actual"),
            ("Total", 2030, 11300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2870 / 1120) ** (1 / 6) - 1 = 16.98% -> 17.0
            ("cagr|implied", "exact"),  # (2050 / 860) ** (1 / 6) - 1 = 15.58% -> 15.6
            ("cagr|implied", "exact"),  # (3610 / 1340) ** (1 / 6) - 1 = 17.96% -> 18.0
            # (1290 / 410) ** (1 / 6) - 1 = 21.0508% -> 21.1, not 21.0; bounds (1289.5 / 410.5) ** (1/6) - 1 = 21.02%,
            # (1290.5 / 409.5) ** (1/6) - 1 = 21.08% -> 21.0 reached only by some reading
            ("cagr|implied", "rounding"),
            # (1480 / 530) ** (1 / 6) - 1 = 18.67%; bounds (1479.5 / 530.5) ** (1/6) - 1 = 18.64%,
            # (1480.5 / 529.5) ** (1/6) - 1 = 18.69% -> 19.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (11300 / 4260) ** (1 / 6) - 1 = 17.66% -> 17.7
            ("hierarchy", "exact"),  # 2024: 1120 + 860 + 1340 + 410 + 530 = 4260
            ("hierarchy", "exact"),  # 2030F: 2870 + 2050 + 3610 + 1290 + 1480 = 11300
        ],
    ),
    # 37. Tab-separated table in yen (JPY billion) with a YoY column on AI at Japanese sake breweries, brewers and
    #     soft-drink makers; fiscal years count as their number; the filling-line YoY holds only by rounding; both
    #     years' rows add to the Total row. Expected nowhere: the exhibit number, the note's ¥5.6 trillion of beverage
    #     sales, 3.3 million kilolitres of beer-type drinks and 1,100 sake breweries.
    dict(
        text=(
            "Exhibit 5: Japan - AI spending at sake breweries, brewers and soft-drink makers (¥ billion, fiscal years)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Fermentation control (sake and beer)\t8.4\t10.2\t21.4%\n"
            "Filling-line inspection\t12.6\t14.9\t18.7%\n"
            "Demand forecasting and delivery routing\t15.3\t18.8\t22.9%\n"
            "Flavour development\t3.1\t4.0\t29.0%\n"
            "Total\t39.4\t47.9\t21.6%\n"
            "Note: Kanda Beverage Research estimates. Not shown: about ¥5.6 trillion of soft-drink and beer-type "
            "beverage sales, 3.3 million kilolitres of beer-type drinks shipped and some 1,100 licensed sake breweries."
        ),
        obs=[
            ("Fermentation control (sake and beer)", 2023, 8.4, "JPY billion", "actual"),
            ("Fermentation control (sake and beer)", 2024, 10.2, "JPY billion", "actual"),
            ("Filling-line inspection", 2023, 12.6, "JPY billion", "actual"),
            ("Filling-line inspection", 2024, 14.9, "JPY billion", "actual"),
            ("Demand forecasting and delivery routing", 2023, 15.3, "JPY billion", "actual"),
            ("Demand forecasting and delivery routing", 2024, 18.8, "JPY billion", "actual"),
            ("Flavour development", 2023, 3.1, "JPY billion", "actual"),
            ("Flavour development", 2024, 4.0, "JPY billion", "actual"),
            ("Total", 2023, 39.4, "JPY billion", "actual"),
            ("Total", 2024, 47.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.2 / 8.4) ** (1 / 1) - 1 = 21.43% -> 21.4
            # (14.9 / 12.6) ** (1 / 1) - 1 = 18.25% -> 18.3, not 18.7; bounds 14.85 / 12.65 - 1 = 17.39%,
            # 14.95 / 12.55 - 1 = 19.12% -> 18.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (18.8 / 15.3) ** (1 / 1) - 1 = 22.88% -> 22.9
            ("cagr|implied", "exact"),  # (4.0 / 3.1) ** (1 / 1) - 1 = 29.03% -> 29.0
            ("cagr|implied", "exact"),  # (47.9 / 39.4) ** (1 / 1) - 1 = 21.57% -> 21.6
            ("hierarchy", "exact"),  # FY2023: 8.4 + 12.6 + 15.3 + 3.1 = 39.4
            ("hierarchy", "exact"),  # FY2024: 10.2 + 14.9 + 18.8 + 4.0 = 47.9
        ],
    ),
    # 38. Space-aligned table with a share column (EUR million) on AI at Spanish wineries and bodegas, 2024; the
    #     cellar-control share holds only by rounding; the rows add to the Total row; the 100.0% total is no claim.
    #     Expected nowhere: the note's 950,000 hectares, 37 million hectolitres and 4,100 wineries.
    dict(
        text=(
            "Spain: AI in wineries and bodegas, 2024 (EUR million)\n"
            "Segment                                  2024     Share\n"
            "Vineyard monitoring and harvest timing   46.8     36.4%\n"
            "Fermentation and cellar control          31.2     24.2%\n"
            "Bottling line inspection                 22.5     17.5%\n"
            "Demand forecasting and distribution      17.9     13.9%\n"
            "Wine recommendation apps                 10.2      7.9%\n"
            "Total                                   128.6    100.0%\n"
            "Source: Observatorio Iberico del Vino Digital. Spain's some 950,000 hectares of vineyard, 37 million "
            "hectolitres of wine and 4,100 wineries are shown for scale only in the full report."
        ),
        obs=[
            ("Vineyard monitoring and harvest timing", 2024, 46.8, "EUR million", "actual"),
            ("Fermentation and cellar control", 2024, 31.2, "EUR million", "actual"),
            ("Bottling line inspection", 2024, 22.5, "EUR million", "actual"),
            ("Demand forecasting and distribution", 2024, 17.9, "EUR million", "actual"),
            ("Wine recommendation apps", 2024, 10.2, "EUR million", "actual"),
            ("Total", 2024, 128.6, "EUR million", "actual"),
        ],
        claims=[
            ("share", 36.4, "percent", 2024, 2024, None),
            ("share", 24.2, "percent", 2024, 2024, None),
            ("share", 17.5, "percent", 2024, 2024, None),
            ("share", 13.9, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.8 / 128.6 = 36.39% -> 36.4
            # 31.2 / 128.6 = 24.26% -> 24.3, not 24.2; bounds 31.15 / 128.65 = 24.21%, 31.25 / 128.55 = 24.31%
            # -> 24.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 22.5 / 128.6 = 17.50% -> 17.5
            ("arithmetic", "exact"),  # 17.9 / 128.6 = 13.92% -> 13.9
            ("arithmetic", "exact"),  # 10.2 / 128.6 = 7.93% -> 7.9
            ("hierarchy", "exact"),  # 46.8 + 31.2 + 22.5 + 17.9 + 10.2 = 128.6
        ],
    ),
    # 39. Vertical table whose rows are years, its lone value column headed by its unit only (GBP million), so the
    #     UK market's Total; F rows estimates; the note's CAGR (printed span) and 2024 YoY. Expected nowhere: the note's
    #     1,800 breweries, 150 distilleries and 4.3 billion pints.
    dict(
        text=(
            "United Kingdom: spending on AI fermentation and distillation control at breweries and distilleries\n"
            "Year | £ million\n"
            "2020 | 18\n"
            "2021 | 23\n"
            "2022 | 29\n"
            "2023 | 37\n"
            "2024 | 46\n"
            "2025F | 57\n"
            "2026F | 70\n"
            "2027F | 85\n"
            "Note: F = forecast; CAGR 2020-2027F: 24.8%; 2024 spending rose 24% on 2023. Source: Thistle & Barley "
            "Consulting, from sensor, software and process-model contracts at some 1,800 breweries and 150 malt and "
            "grain distilleries, which together sold about 4.3 billion pints and bottles last year."
        ),
        obs=[
            ("Total", 2020, 18, "GBP million", "actual"),
            ("Total", 2021, 23, "GBP million", "actual"),
            ("Total", 2022, 29, "GBP million", "actual"),
            ("Total", 2023, 37, "GBP million", "actual"),
            ("Total", 2024, 46, "GBP million", "actual"),
            ("Total", 2025, 57, "GBP million", "estimate"),
            ("Total", 2026, 70, "GBP million", "estimate"),
            ("Total", 2027, 85, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 24.8, "percent", 2020, 2027, None, "stated"),
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (85 / 18) ** (1 / 7) - 1 = 24.83% -> 24.8
            ("cagr|implied", "exact"),  # (46 / 37) ** (1 / 1) - 1 = 24.32% -> 24
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row on AI in Taiwan's alcohol and beverage makers; 2025年
    #     (預估) estimates; the 2024 合計 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span, the note's 1,900億元 of beverage sales and 300 wineries and breweries.
    dict(
        text=(
            "表4 2023—2025年臺灣酒類與飲料業AI應用細分規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "智慧釀造與發酵控制 | 1.4 | 1.8 | 2.3\n"
            "裝瓶裝罐線AI品檢 | 2.2 | 2.7 | 3.3\n"
            "需求預測與配送路線規劃 | 2.9 | 3.6 | 4.5\n"
            "AI調味與配方開發 | 0.6 | 0.9 | 1.2\n"
            "合計 | 7.1 | 9.1 | 11.3\n"
            "資料來源:寶島酒飲數據研究室;不含全台約1,900億元飲料及酒類銷售額,亦不含約300家酒廠家數統計;2025年為預估值,"
            "合計欄依原報告數字列示。"
        ),
        obs=[
            ("智慧釀造與發酵控制", 2023, 1.4, "TWD 100 million", "actual"),
            ("智慧釀造與發酵控制", 2024, 1.8, "TWD 100 million", "actual"),
            ("智慧釀造與發酵控制", 2025, 2.3, "TWD 100 million", "estimate"),
            ("裝瓶裝罐線AI品檢", 2023, 2.2, "TWD 100 million", "actual"),
            ("裝瓶裝罐線AI品檢", 2024, 2.7, "TWD 100 million", "actual"),
            ("裝瓶裝罐線AI品檢", 2025, 3.3, "TWD 100 million", "estimate"),
            ("需求預測與配送路線規劃", 2023, 2.9, "TWD 100 million", "actual"),
            ("需求預測與配送路線規劃", 2024, 3.6, "TWD 100 million", "actual"),
            ("需求預測與配送路線規劃", 2025, 4.5, "TWD 100 million", "estimate"),
            ("AI調味與配方開發", 2023, 0.6, "TWD 100 million", "actual"),
            ("AI調味與配方開發", 2024, 0.9, "TWD 100 million", "actual"),
            ("AI調味與配方開發", 2025, 1.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 7.1, "TWD 100 million", "actual"),
            ("合計", 2024, 9.1, "TWD 100 million", "actual"),
            ("合計", 2025, 11.3, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1.4 + 2.2 + 2.9 + 0.6 = 7.1
            # 2024: 1.8 + 2.7 + 3.6 + 0.9 = 9.0, not 9.1; bounds 8.8 to 9.2 reach 9.1 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025(預估): 2.3 + 3.3 + 4.5 + 1.2 = 11.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 15% of the total',
    'A second house, Terroir Insights of Lyon, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣31.4億元',
    '億港元',
    '中央社記者林佳蓉台北2025年4月15日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 22.6 | 28.6%',
    'Hopfield Brewing Systems Q2 fiscal 2025 earnings call, August 6, 2025',
    'Working Paper 25-04. Abstract:',
    '3/ Their forecast: £265m by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $4.5B (+18% YoY)',
    'Lagarina Partners has a lower 2024 figure',
    'Rs 1,840 crore in FY2025',
    '新华社北京2025年3月18日电',
    '標題 [情報] 外資報告:全球飲料裝瓶裝罐線AI品檢市場規模',
    '预计2027年市场规模将达到48—56亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 7.1 | 9.1 | 11.3',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 206
#: figures, 63 rates, 91 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 206, "rates_found": 63, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset237.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
