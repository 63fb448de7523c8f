"""A two-hundred-and-fortieth check set for the extractor, written blind: AI in horticulture, flowers and garden centres:
AI climate control and yield forecasting in glasshouses, AI plant phenotyping and disease spotting from cameras, AI
grading and sorting of cut flowers and pot plants, AI demand forecasting for flower auctions and florists, AI plant-
identification and garden-advice apps, AI stock planning at garden centres; sized in money by growers' and florists'
associations, agriculture ministries, auction houses, brokers, consultancies, research houses and growers' investor
days, in the United States, Canada, the United Kingdom, the Netherlands, Germany, France, Belgium, Denmark (kroner only
as an aside), Kenya (shillings only as an aside), Australia, Japan, mainland China, Taiwan and Hong Kong (currencies: US
dollars, euros, pounds, Australian dollars, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total
flower, plant or garden sales beside the AI part, numbers of stems, plants, glasshouses or hectares, a bouquet's price,
an auction's or a grower's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's
percentages.

Snippets 1-20: Twenty snippets on money spent on AI in horticulture, flowers and garden centres: eight English prose
texts (a Denver wire release on glasshouse climate control, a Tokyo broker note in fiscal years and yen, a Wageningen
briefing on Dutch glasshouses with three segments and shares, a London garden-centre article quoting two research
houses, an Ontario grower's investor-day TAM, a Flemish strategy with last-year/this-year figures and a target, a
correction notice on a Kenyan flower story with a range, a gardening blog with 'nearly 3x'), seven Chinese prose texts
(a protected-horticulture report, a Shandong plan with 力争到 and 增长2倍, a Xinhua cut-flower story quoting two institutes, a
Taiwan flower white paper in 新台幣億元, a Hong Kong florists' story in 億港元, a CNA story with 去年/今年, a broker deep-dive with
a range) and five tables (markdown with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned UK uses with
shares, a vertical German table with YoY, a tab-separated Australian segment table). Left out: total flower, plant,
garden-retail and export sales, counts of stems, glasshouses, hectares, florists, garden centres, users and staff,
bouquet, basket and pot-plant prices, auctions' and growers' own revenue, margins and share goals, funding rounds,
quarter figures, survey answers, won, kroner, shillings and Australian dollars, a second house's figure, a correction's
wrong range. Inconsistent: the London 21% CAGR, the Hong Kong 約25% CAGR, Belgium's 16.2% CAGR, Germany's 2024 YoY. Only
by rounding: the Tokyo CAGR, the Dutch grading share, the Flemish 27%, the Shandong 24.5%, the Taiwan 19.6% CAGR, the
CNA 21%, the 2025年E 合计 and the UK florist share.

Snippets 21-40: Twenty snippets on AI in horticulture, flowers and garden centres (glasshouse climate control and yield
forecasting, plant phenotyping and disease spotting from cameras, grading and sorting of cut flowers and pot plants,
demand forecasting for auctions and florists, plant-identification and garden-advice apps, stock planning at garden
centres): eight English prose pieces (a glasshouse-software firm's earnings call sizing a TAM, a British working-paper
abstract with a 2030 figure in billions, a Dutch grading thread with a kroner aside, a US plant-app article with a
correction line, a Ghent shareholder letter with a multiple and an inferred-span CAGR, an Ontario grower's investor-day
slides, a forum answer quoting two German houses, a Mumbai broker note in rupees with a shilling aside, claims but no
observations), seven Chinese prose pieces (a Xinhua-style Kunming flower release, a Guangzhou plan with a part in 万元 and
an inferred-span CAGR, a Taipei orchid release, a Hong Kong florists' report in 億港元, a PTT post in 億美元, a broker
abstract with a 2027 range, a flower e-commerce firm's results-briefing transcript) and five tables (markdown US dollars
with a CAGR column, tab-separated yen with a YoY column, space-aligned pounds with a share column, a vertical Belgian
euro table of years headed by its unit only, a 新台幣億元 table with a 合計 row). Left out: total flower, plant, garden-centre
and export sales, counts of stems, plants, glasshouses, hectares, acres and shops, bouquet and pot prices, firms' own
revenue, margins, guidance, profit and dividends, funding rounds and valuations, survey percentages, kroner, shillings
and rupees, a second house's figure, a corrected misprint, a price target and its upside. Inconsistent: the thread's
17.5% CAGR, the article's 16% share, the markdown app CAGR, the 2025 合計. Rounding only: the working paper's 22%, the
forum's 15%, the Guangzhou 22%, the Taipei 57.5% share, the PTT 26%, the markdown grading CAGR, the yen stock-planning
YoY, two pound shares and the 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 1,350 growers surveyed, the $6.9 billion of floriculture wholesale sales (total), the
    #    920 million square feet of greenhouse, the 57% survey answer.
    dict(
        text=(
            "DENVER, March 11, 2025 /PRNewswire/ -- U.S. greenhouse growers spent $402 million on AI climate control "
            "and yield forecasting for glasshouses in 2024, up 26% from $318 million in 2023, according to the 2025 "
            "Controlled Environment Horticulture AI Outlook released today by Cedar Ridge Agri Analytics. The Denver "
            "research firm, which surveyed 1,350 commercial growers, projects spending of $1.4 billion by 2030, a "
            "compound annual growth rate of 23% over 2024-2030. U.S. wholesale sales of floriculture crops came to "
            "about $6.9 billion last year, grown under some 920 million square feet of greenhouse cover. Some 57% of "
            "the growers surveyed said they had installed at least one camera-based crop monitor."
        ),
        obs=[
            ("Total", 2023, 318, "USD million", "actual"),
            ("Total", 2024, 402, "USD million", "actual"),
            ("Total", 2030, 1400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (402 / 318) ** (1 / 1) - 1 = 26.42% -> 26
            ("cagr|implied", "exact"),  # (1400 / 402) ** (1 / 6) - 1 = 23.12% -> 23
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 20.56%. Expected nowhere: the dateline, the ¥380
    #    billion through the flower wholesale markets (total), the ¥3,300 bouquet, the Korean growers' ₩42 billion
    #    (won, not in the unit table), the covered firm's revenue, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 19 May 2025. Japan Agri-Tech, sector note. We size Japan's market for AI climate control in flower "
            "and vegetable glasshouses, AI grading of cut flowers and demand forecasting at the flower auctions at ¥8.6 "
            "billion in FY2024 (year to March) and forecast ¥21.9 billion by FY2029e, a CAGR of about 20%. That is small "
            "beside the roughly ¥380 billion that passes through Japan's flower wholesale markets each year, and a gift "
            "bouquet in central Tokyo still sells for about ¥3,300. In Korea, growers spend an estimated ₩42 billion a "
            "year on similar tools. Our top pick, Sakura Greenhouse Systems (Buy, TP ¥2,850, 19% upside), lifted FY2024 "
            "revenue 11% to ¥46.7 billion at a 12.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 8.6, "JPY billion", "actual"),
            ("Total", 2029, 21.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (21.9 / 8.6) ** (1 / 5) - 1 = 20.56% -> 21, not 20; bounds (21.85 / 8.65) ** (1/5) - 1 = 20.36%,
            # (21.95 / 8.55) ** (1/5) - 1 = 20.75% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Wageningen research briefing: a Dutch total in EUR million and three segments with shares (grading and
    #    sorting's "some 14%" holds only by rounding); the 2029 forecast printed in billions is expected converted to
    #    EUR million. Expected nowhere: the 64 growers interviewed, the €7.4 billion of flower and plant exports
    #    (total), the 10,000 hectares under glass.
    dict(
        text=(
            "WAGENINGEN, 7 October 2025 - Dutch glasshouse growers, nurseries and flower exporters spent €186 million "
            "on AI tools in 2024, a briefing from the Westhoek Horticulture Institute estimates. AI climate control and "
            "yield forecasting took the largest slice, €81 million or 44%, followed by AI plant phenotyping and disease "
            "spotting at €47 million (25%). AI grading and sorting of cut flowers and pot plants came to €27 million, "
            "some 14% of the total. The institute, which interviewed 64 growers, expects spending of €0.52 billion in "
            "2029. The Dutch floriculture sector exported some €7.4 billion of flowers and plants last year from about "
            "10,000 hectares under glass."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("AI climate control and yield forecasting", 2024, 81, "EUR million", "actual"),
            ("AI plant phenotyping and disease spotting", 2024, 47, "EUR million", "actual"),
            ("AI grading and sorting of cut flowers and pot plants", 2024, 27, "EUR million", "actual"),
            ("Total", 2029, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 44, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 81 / 186 = 43.55% -> 44
            ("arithmetic", "exact"),  # 47 / 186 = 25.27% -> 25
            # 27 / 186 = 14.52% -> 15, not 14; bounds 26.5 / 186.5 = 14.21%, 27.5 / 185.5 = 14.82% -> 14 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. London article quoting two research houses on garden-centre AI: the first house's base, target and rates are
    #    the snippet's; its "up 18%" holds, its 21% CAGR is inconsistent. Expected nowhere: Larkspur Consumer
    #    Research's £61 million for 2024, the £5.9 billion of garden-centre sales (total), the £25 hanging basket,
    #    Denmark's DKK 140 million (kroner, not in the unit table), the 68% poll answer.
    dict(
        text=(
            "LONDON, 24 June 2025 - British garden centres spent £46 million on AI stock planning, demand forecasting "
            "and plant-identification kiosks in 2024, up 18% on the £39 million of 2023, estimates the Reading research "
            "house Greenhouse Retail Insight. It expects £128 million in 2030, which it describes as compound annual "
            "growth of 21% between 2024 and 2030. A second house, Larkspur Consumer Research, puts 2024 spending at £61 "
            "million because it also counts garden-design apps. Garden centres took about £5.9 billion in sales last "
            "year, and a planted hanging basket typically sells for £25. In Denmark, garden centres spent an estimated "
            "DKK 140 million on similar systems. In a poll, 68% of shoppers said they would trust an app to pick plants "
            "for a shady border."
        ),
        obs=[
            ("Total", 2023, 39, "GBP million", "actual"),
            ("Total", 2024, 46, "GBP million", "actual"),
            ("Total", 2030, 128, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 39) ** (1 / 1) - 1 = 17.95% -> 18
            # (128 / 46) ** (1 / 6) - 1 = 18.60% -> 19, not 21; bounds (127.5 / 46.5) ** (1/6) - 1 = 18.31%,
            # (128.5 / 45.5) ** (1/6) - 1 = 18.89% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Ontario greenhouse grower): the total addressable market it sizes is the market
    #    (Total), in USD billion, with "roughly an 18% CAGR" over a printed span. Expected nowhere: the grower's own
    #    revenue and EBITDA margin, its 420 acres of glass, its 2,700 staff (a headcount), its 6% share goal, the second
    #    quarter's $310 million of sales.
    dict(
        text=(
            "Lakeshore Glass Farms Investor Day, Leamington, Ontario, September 23, 2025 - transcript excerpt. Marta "
            "Visser, chief operating officer: \"We see a total addressable market for AI in North American greenhouse "
            "production, meaning climate control, yield forecasting, camera-based disease spotting and automated "
            "grading of pot plants, of $2.6 billion in 2024, and we expect it to reach $6.9 billion by 2030. That's "
            "roughly an 18% CAGR from 2024 to 2030. Our own revenue was $1.1 billion last year at a 19% EBITDA margin "
            "across about 420 acres of glass, we employ 2,700 people, and we aim for a 6% share of that market by 2030. "
            "In the second quarter alone we sold $310 million of tomatoes, peppers and potted orchids.\""
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.9 / 2.6) ** (1 / 6) - 1 = 17.66% -> 18
        ],
    ),
    # 6. Brussels regional strategy (Flanders): "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030
    #    target (an estimate); the 27% rise holds only by rounding. Expected nowhere: the €6 million pilot fund and its
    #    30 glasshouse farms, the 2,100 hectares under glass, the €12 azalea, the 49% survey answer.
    dict(
        text=(
            "BRUSSELS, 5 February 2025 - The Flemish Smart Horticulture Strategy published today by the Department of "
            "Agriculture and Fisheries estimates that Flemish glasshouse growers, nurseries and the region's flower "
            "auction spent €14 million on AI climate control, disease spotting from cameras and auction demand "
            "forecasting last year, and expects €18 million this year, a rise of 27%. The strategy sets a target of €45 "
            "million by 2030. It earmarks €6 million for a pilot at 30 glasshouse farms and notes that Flanders has some "
            "2,100 hectares under glass, where a potted azalea from Ghent sells for about €12. In a survey it cites, 49% "
            "of growers said labour shortages were their biggest worry."
        ),
        obs=[
            ("Total", 2024, 14, "EUR million", "actual"),
            ("Total", 2025, 18, "EUR million", "estimate"),
            ("Total", 2030, 45, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (18 / 14) ** (1 / 1) - 1 = 28.57% -> 29, not 27; bounds 17.5 / 14.5 - 1 = 20.69%,
            # 18.5 / 13.5 - 1 = 37.04% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Kenyan flower story (figures in US dollars): the 2030 range gives two value claims (no
    #    observation), expected once though printed twice; the 2024 figure is the year's observation. Expected nowhere:
    #    the misstated US$550-700 million, the KSh 2.7 billion (shillings, not in the unit table), the KSh 110 billion
    #    of flower exports (total), the 5.2 billion stems, the 5,000 hectares, the US$6 bouquet.
    dict(
        text=(
            "Correction, 12 August 2025: An earlier version of this article misstated the 2030 forecast. Savanna "
            "Agritech Insights expects Kenya's market to reach US$55 million to US$70 million in 2030, not US$550 "
            "million to US$700 million.\n"
            "Kenyan rose farms and flower exporters spent US$21 million in 2024 on AI grading and sorting of cut "
            "flowers, camera-based disease spotting and greenhouse climate control, according to Savanna Agritech "
            "Insights, a Nairobi consultancy. It expects the market to reach US$55 million to US$70 million in 2030 as "
            "farms around Lake Naivasha automate their pack-houses. In shillings, the 2024 figure came to about KSh 2.7 "
            "billion. The country earned roughly KSh 110 billion from flower exports last year, shipping some 5.2 "
            "billion stems from about 5,000 hectares, and a ten-stem bouquet of Kenyan roses sells for about US$6 in "
            "European supermarkets."
        ),
        obs=[
            ("Total", 2024, 21, "USD million", "actual"),
        ],
        claims=[
            ("value", 55, "USD million", 2030, 2030, None),
            ("value", 70, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Gardening blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict).
    #    Expected nowhere: the $52 billion of lawn and garden retail (total), the start-up's funding round and
    #    valuation, the first quarter's 3.1 million plant scans, the $29.99 subscription.
    dict(
        text=(
            "Leaf & Lens, a gardening-tech blog, April 2, 2025 - Your phone is now the garden centre's best adviser. "
            "Americans spent $43 million on AI plant-identification and garden-advice apps in 2021; by 2024 they were "
            "spending nearly 3x that, $124 million, according to Rootstock Research. That is pocket change next to the "
            "roughly $52 billion the country spends on lawn and garden retail each year. The Portland start-up Petalwise "
            "raised $19 million in May at a $140 million valuation, and in the first quarter of 2025 its app logged 3.1 "
            "million plant scans. A year's premium subscription costs $29.99."
        ),
        obs=[
            ("Total", 2021, 43, "USD million", "actual"),
            ("Total", 2024, 124, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on protected horticulture: 同比增长 with both amounts, a part
    #    (植物表型与病害识别) with its share, a CAGR with its printed span. Expected nowhere: the report's title year,
    #    the 约4,200万亩 of protected horticulture, the 超过500万栋 glasshouses, the 约2,200亿元 of flower retail
    #    (total), the 47% survey answer.
    dict(
        text=(
            "《2025中国设施园艺智能化发展报告》日前在寿光发布。报告显示，2024年我国温室AI环境调控、产量预测与植物表型"
            "识别市场规模达到41.6亿元，同比增长21.3%，2023年为34.3亿元。其中，植物表型与病害识别市场规模为9.8亿元，"
            "占比23.6%。报告预计，到2030年该市场规模将达到118亿元，2024—2030年复合增长率为19.0%。报告同时指出，全国"
            "设施园艺面积约4,200万亩，各类温室大棚超过500万栋，全国花卉零售额约2,200亿元；受访种植户中有47%表示计划"
            "在两年内引入智能环控设备。"
        ),
        obs=[
            ("Total", 2023, 34.3, "CNY 100 million", "actual"),
            ("Total", 2024, 41.6, "CNY 100 million", "actual"),
            ("植物表型与病害识别", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2030, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 23.6, "percent", 2024, 2024, None),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.6 / 34.3) ** (1 / 1) - 1 = 21.28% -> 21.3
            ("arithmetic", "exact"),  # 9.8 / 41.6 = 23.56% -> 23.6
            ("cagr|implied", "exact"),  # (118 / 41.6) ** (1 / 6) - 1 = 18.98% -> 19.0
        ],
    ),
    # 10. Shandong provincial action plan (Simplified) on smart glasshouses: 2023 and 2024 actuals with a 同比增长24.5%
    #     that holds only by rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and
    #     较2024年增长2倍 kept as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the
    #     约1,500万亩 of vegetables and flowers, the 1.5亿元 provincial fund and its 50 demonstration parks.
    dict(
        text=(
            "山东省农业农村厅日前印发《山东省设施园艺数字化转型三年行动方案（2025—2027年）》。方案显示，2024年全省温室"
            "智能环控、AI病害识别与产量预测市场规模达6.4亿元，同比增长24.5%，2023年为5.1亿元。方案提出，力争到2027年"
            "全省相关市场规模突破19亿元，较2024年增长2倍。方案还明确，全省设施蔬菜与花卉种植面积约1,500万亩，省级财政"
            "安排专项资金1.5亿元，支持建设50个智慧园艺示范园区。"
        ),
        obs=[
            ("Total", 2023, 5.1, "CNY 100 million", "actual"),
            ("Total", 2024, 6.4, "CNY 100 million", "actual"),
            ("Total", 2027, 19, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (6.4 / 5.1) ** (1 / 1) - 1 = 25.49% -> 25.5, not 24.5; bounds 6.35 / 5.15 - 1 = 23.30%,
            # 6.45 / 5.05 - 1 = 27.72% -> 24.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI cut-flower grading and auction demand
    #     forecasting: the first institute's base, YoY and target are the snippet's; both rates hold. Expected nowhere:
    #     the second centre's 15亿元 for 2024, the dateline, the conference's title year, the 约120亿枝 stems, the
    #     超过130亿元 of auction trade (total flower sales).
    dict(
        text=(
            "新华社昆明2025年4月8日电（记者杨思远）记者从2025中国花卉产业数字化大会上获悉，据滇花数字农业研究院测算，"
            "2024年我国鲜切花AI分级分选与拍卖需求预测市场规模达12.6亿元，比上年的10.2亿元增长23.5%。该院预计，到2027"
            "年市场规模将达到24亿元，2024年至2027年年均复合增长率约24%。另一家机构南方花卉经济研究中心则估算，2024年"
            "这一市场规模为15亿元。据了解，昆明斗南花卉市场去年鲜切花交易量约120亿枝，交易额超过130亿元。"
        ),
        obs=[
            ("Total", 2023, 10.2, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 24, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.2) ** (1 / 1) - 1 = 23.53% -> 23.5
            ("cagr|implied", "exact"),  # (24 / 12.6) ** (1 / 3) - 1 = 23.96% -> 24
        ],
    ),
    # 12. Taiwan flower white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約250公頃 of orchid glasshouse, the 約新台幣65億元 of orchid exports (total), the 新台幣350元 potted orchid,
    #     the 62% survey answer.
    dict(
        text=(
            "《2025臺灣花卉智慧生產白皮書》指出，2024年國內AI溫室環控、蘭花分級與病害影像辨識市場規模為新台幣5.3億元，"
            "預估2029年將成長至新台幣13.1億元，2024至2029年年複合成長率達19.6%。白皮書並指出，全台蝴蝶蘭溫室面積約250"
            "公頃，去年蘭花出口值約新台幣65億元，一株開花蝴蝶蘭盆花零售價約新台幣350元；受訪業者中有62%表示計畫在三年"
            "內導入AI分級設備。"
        ),
        obs=[
            ("Total", 2024, 5.3, "TWD 100 million", "actual"),
            ("Total", 2029, 13.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (13.1 / 5.3) ** (1 / 5) - 1 = 19.84% -> 19.8, not 19.6; bounds (13.05 / 5.35) ** (1/5) - 1 = 19.52%,
            # (13.15 / 5.25) ** (1/5) - 1 = 20.16% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on florists' demand forecasting and plant-ID apps:
    #     約1.6億港元 expected at its printed figure; the YoY holds, the 約25% CAGR is inconsistent. Expected nowhere:
    #     the 約1,700間 florists, the 800港元 Valentine's bouquet, the 約四成 respondents (a share in words and a
    #     survey), the start-up's 2,000萬港元 funding round.
    dict(
        text=(
            "香港花卉園藝商會昨日公布研究報告指出，2024年本港花店AI需求預測、植物識別應用及智能園藝服務的市場規模約1.6"
            "億港元，較2023年的1.3億港元增長23.1%。報告預計，2028年市場規模將升至3.1億港元，2024至2028年年均複合增長率"
            "約25%。報告又指，全港花店約1,700間，情人節一束十二枝玫瑰平均售價約800港元，約四成受訪市民表示曾用手機程式"
            "辨認植物。本地初創綠拍科技上月完成2,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.3, "HKD 100 million", "actual"),
            ("Total", 2024, 1.6, "HKD 100 million", "actual"),
            ("Total", 2028, 3.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.6 / 1.3) ** (1 / 1) - 1 = 23.08% -> 23.1
            # (3.1 / 1.6) ** (1 / 4) - 1 = 17.98% -> 18, not 25; bounds (3.05 / 1.65) ** (1/4) - 1 = 16.60%,
            # (3.15 / 1.55) ** (1/4) - 1 = 19.40% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on flower grading and auction forecasting: 去年 is
    #     2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 21% rise holds only by rounding.
    #     Expected nowhere: the first quarter's 0.8億元, the flower auction's own revenue, the 約1.3萬公頃 of flower
    #     fields.
    dict(
        text=(
            "（中央社記者陳怡君彰化2025年3月20日電）花卉產業研究機構綠島農業科技研究所今天表示，去年台灣花卉AI分級分選"
            "與拍賣需求預測市場規模約新台幣3.2億元，今年在拍賣市場與大型花農加速導入下，可望成長21%至3.9億元。不過今年"
            "第一季市場規模約新台幣0.8億元，略低於預期。臺北花卉拍賣市場去年營收約新台幣4.5億元；全台花卉種植面積約1.3"
            "萬公頃。"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 3.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (3.9 / 3.2) ** (1 / 1) - 1 = 21.88% -> 22, not 21; bounds 3.85 / 3.25 - 1 = 18.46%,
            # 3.95 / 3.15 - 1 = 25.40% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI plant-ID and garden-care apps: 2023/2024 actuals with an exact 31.4% YoY;
    #     the 2027 range 38亿—45亿元 gives two value claims (no observation). Expected nowhere: the report's date, the
    #     leading firm's revenue, gross margin, rating and target price, its second-quarter paying-user growth, the
    #     约6,000万 monthly users, the 约98元 membership fee.
    dict(
        text=(
            "东岳证券研究所2025年9月深度报告《AI园艺：从植物识别到智慧养护》。我们测算，2024年国内AI植物识别、园艺养护"
            "问答与智能园艺服务市场规模为18.4亿元，同比增长31.4%，2023年为14.0亿元。随着家庭园艺消费升级，我们预计2027"
            "年市场规模将达到38亿—45亿元。行业龙头花伴科技2024年营收3.2亿元，毛利率61%，首次覆盖给予“买入”评级，目标价"
            "42元；公司二季度付费用户同比增长55%。目前国内家庭园艺App月活用户约6,000万，会员年费约98元。"
        ),
        obs=[
            ("Total", 2023, 14.0, "CNY 100 million", "actual"),
            ("Total", 2024, 18.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("value", 38, "CNY 100 million", 2027, 2027, None),
            ("value", 45, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.0) ** (1 / 1) - 1 = 31.43% -> 31.4
        ],
    ),
    # 16. Markdown table (AI glasshouse climate control and yield forecasting by European country, EUR million) with a
    #     CAGR 2024-30 column and a Total row: each row's CAGR is stated (span in the header); Belgium's 16.2% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the monitor's title year, the 21,000 hectares under glass.
    dict(
        text=(
            "Table 2. AI glasshouse climate control and yield forecasting by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Netherlands | 64.8 | 171.2 | 17.6% |\n"
            "| Germany | 22.4 | 63.9 | 19.1% |\n"
            "| Belgium | 9.6 | 26.0 | 16.2% |\n"
            "| France | 11.3 | 33.5 | 19.9% |\n"
            "| Total | 108.1 | 294.6 | 18.2% |\n"
            "Source: Westland Horticultural Intelligence, European Glasshouse AI Monitor 2025; covers about 21,000 "
            "hectares under glass. F = forecast."
        ),
        obs=[
            ("Netherlands", 2024, 64.8, "EUR million", "actual"),
            ("Netherlands", 2030, 171.2, "EUR million", "estimate"),
            ("Germany", 2024, 22.4, "EUR million", "actual"),
            ("Germany", 2030, 63.9, "EUR million", "estimate"),
            ("Belgium", 2024, 9.6, "EUR million", "actual"),
            ("Belgium", 2030, 26.0, "EUR million", "estimate"),
            ("France", 2024, 11.3, "EUR million", "actual"),
            ("France", 2030, 33.5, "EUR million", "estimate"),
            ("Total", 2024, 108.1, "EUR million", "actual"),
            ("Total", 2030, 294.6, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (171.2 / 64.8) ** (1 / 6) - 1 = 17.58% -> 17.6
            ("cagr|implied", "exact"),  # (63.9 / 22.4) ** (1 / 6) - 1 = 19.09% -> 19.1
            # (26.0 / 9.6) ** (1 / 6) - 1 = 18.06% -> 18.1, not 16.2; bounds (25.95 / 9.65) ** (1/6) - 1 = 17.92%,
            # (26.05 / 9.55) ** (1/6) - 1 = 18.20% -> 16.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (33.5 / 11.3) ** (1 / 6) - 1 = 19.86% -> 19.9
            ("cagr|implied", "exact"),  # (294.6 / 108.1) ** (1 / 6) - 1 = 18.19% -> 18.2
            ("hierarchy", "exact"),  # 2024: 64.8 + 22.4 + 9.6 + 11.3 = 108.1
            ("hierarchy", "exact"),  # 2030F: 171.2 + 63.9 + 26.0 + 33.5 = 294.6
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国花卉园艺人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "温室智能环控\t15.2\t18.7\t22.9\n"
            "花卉智能分级分选\t6.8\t8.5\t10.6\n"
            "病虫害AI识别\t4.3\t5.6\t7.2\n"
            "园艺识别与养护App\t3.1\t4.2\t5.5\n"
            "合计\t29.4\t37.0\t46.3\n"
            "资料来源：花卉园艺数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("温室智能环控", 2023, 15.2, "CNY 100 million", "actual"),
            ("温室智能环控", 2024, 18.7, "CNY 100 million", "actual"),
            ("温室智能环控", 2025, 22.9, "CNY 100 million", "estimate"),
            ("花卉智能分级分选", 2023, 6.8, "CNY 100 million", "actual"),
            ("花卉智能分级分选", 2024, 8.5, "CNY 100 million", "actual"),
            ("花卉智能分级分选", 2025, 10.6, "CNY 100 million", "estimate"),
            ("病虫害AI识别", 2023, 4.3, "CNY 100 million", "actual"),
            ("病虫害AI识别", 2024, 5.6, "CNY 100 million", "actual"),
            ("病虫害AI识别", 2025, 7.2, "CNY 100 million", "estimate"),
            ("园艺识别与养护App", 2023, 3.1, "CNY 100 million", "actual"),
            ("园艺识别与养护App", 2024, 4.2, "CNY 100 million", "actual"),
            ("园艺识别与养护App", 2025, 5.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 29.4, "CNY 100 million", "actual"),
            ("合计", 2024, 37.0, "CNY 100 million", "actual"),
            ("合计", 2025, 46.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 15.2 + 6.8 + 4.3 + 3.1 = 29.4
            ("hierarchy", "exact"),  # 2024: 18.7 + 8.5 + 5.6 + 4.2 = 37.0
            # 2025E: 22.9 + 10.6 + 7.2 + 5.5 = 46.2, not 46.3; bounds 46.0..46.4 (each part +/-0.05)
            # reach 46.25..46.35 -> 46.3 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (UK, GBP million, 2024) with a share column and a Total row: four shares (the florists'
    #     row's 16.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected nowhere:
    #     the note number, the 2,000 garden centres, the 7,500 florists.
    dict(
        text=(
            "United Kingdom: AI spending in garden retail and floristry by use, 2024\n"
            "Use                                              GBP million     Share\n"
            "AI stock planning at garden centres                     12.8     41.3%\n"
            "AI plant-identification and garden-advice apps           9.4     30.3%\n"
            "AI demand forecasting for florists                       5.1     16.6%\n"
            "AI disease spotting at nurseries                         3.7     11.9%\n"
            "Total                                                   31.0    100.0%\n"
            "Note 3: The UK has about 2,000 garden centres and some 7,500 independent florists. Source: Hawthorn "
            "Retail Analytics."
        ),
        obs=[
            ("AI stock planning at garden centres", 2024, 12.8, "GBP million", "actual"),
            ("AI plant-identification and garden-advice apps", 2024, 9.4, "GBP million", "actual"),
            ("AI demand forecasting for florists", 2024, 5.1, "GBP million", "actual"),
            ("AI disease spotting at nurseries", 2024, 3.7, "GBP million", "actual"),
            ("Total", 2024, 31.0, "GBP million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 30.3, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 11.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 12.8 / 31.0 = 41.29% -> 41.3
            ("arithmetic", "exact"),  # 9.4 / 31.0 = 30.32% -> 30.3
            # 5.1 / 31.0 = 16.45% -> 16.5, not 16.6; bounds 5.05 / 31.05 = 16.26%, 5.15 / 30.95 = 16.64%
            # -> 16.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 3.7 / 31.0 = 11.94% -> 11.9
            ("hierarchy", "exact"),  # 12.8 + 9.4 + 5.1 + 3.7 = 31.0
        ],
    ),
    # 19. Vertical table (Germany) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 21.1% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2,900 hectares of glasshouse, the 2020 dash.
    dict(
        text=(
            "Germany: spending on AI in glasshouses and nurseries (climate control, phenotyping, grading)\n"
            "Year | EUR million | YoY\n"
            "2020 | 18.3 | -\n"
            "2021 | 21.9 | 19.7%\n"
            "2022 | 26.4 | 20.5%\n"
            "2023 | 31.5 | 19.3%\n"
            "2024 | 37.2 | 21.1%\n"
            "2025E | 43.6 | 17.2%\n"
            "Source: Rheinland Gartenbau Research, June 2025; Germany has about 2,900 hectares of glasshouse. "
            "E = estimate."
        ),
        obs=[
            ("Total", 2020, 18.3, "EUR million", "actual"),
            ("Total", 2021, 21.9, "EUR million", "actual"),
            ("Total", 2022, 26.4, "EUR million", "actual"),
            ("Total", 2023, 31.5, "EUR million", "actual"),
            ("Total", 2024, 37.2, "EUR million", "actual"),
            ("Total", 2025, 43.6, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19.7, "percent", 2020, 2021, 1.0),
            ("growth", 20.5, "percent", 2021, 2022, 1.0),
            ("growth", 19.3, "percent", 2022, 2023, 1.0),
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("growth", 17.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.9 / 18.3) ** (1 / 1) - 1 = 19.67% -> 19.7
            ("cagr|implied", "exact"),  # (26.4 / 21.9) ** (1 / 1) - 1 = 20.55% -> 20.5
            ("cagr|implied", "exact"),  # (31.5 / 26.4) ** (1 / 1) - 1 = 19.32% -> 19.3
            # (37.2 / 31.5) ** (1 / 1) - 1 = 18.10% -> 18.1, not 21.1; bounds 37.15 / 31.55 - 1 = 17.75%,
            # 37.25 / 31.45 - 1 = 18.44% -> 21.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (43.6 / 37.2) ** (1 / 1) - 1 = 17.20% -> 17.2
        ],
    ),
    # 20. Tab-separated segment table (Australia, USD million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the note on Australian-dollar conversion (A$1.52), the 1,300 nurseries.
    dict(
        text=(
            "Australia: AI in horticulture and garden retail by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI glasshouse climate control and yield forecasting\t41\t52\t64\n"
            "AI grading and sorting of cut flowers and pot plants\t27\t35\t44\n"
            "AI plant-identification and garden-advice apps\t19\t24\t31\n"
            "AI stock planning at garden centres\t12\t16\t21\n"
            "Total\t99\t127\t160\n"
            "Source: Southern Bloom Analytics; converted from Australian dollars at A$1.52 to the US dollar; the "
            "country counts about 1,300 production nurseries. F = forecast."
        ),
        obs=[
            ("AI glasshouse climate control and yield forecasting", 2023, 41, "USD million", "actual"),
            ("AI glasshouse climate control and yield forecasting", 2024, 52, "USD million", "actual"),
            ("AI glasshouse climate control and yield forecasting", 2025, 64, "USD million", "estimate"),
            ("AI grading and sorting of cut flowers and pot plants", 2023, 27, "USD million", "actual"),
            ("AI grading and sorting of cut flowers and pot plants", 2024, 35, "USD million", "actual"),
            ("AI grading and sorting of cut flowers and pot plants", 2025, 44, "USD million", "estimate"),
            ("AI plant-identification and garden-advice apps", 2023, 19, "USD million", "actual"),
            ("AI plant-identification and garden-advice apps", 2024, 24, "USD million", "actual"),
            ("AI plant-identification and garden-advice apps", 2025, 31, "USD million", "estimate"),
            ("AI stock planning at garden centres", 2023, 12, "USD million", "actual"),
            ("AI stock planning at garden centres", 2024, 16, "USD million", "actual"),
            ("AI stock planning at garden centres", 2025, 21, "USD million", "estimate"),
            ("Total", 2023, 99, "USD million", "actual"),
            ("Total", 2024, 127, "USD million", "actual"),
            ("Total", 2025, 160, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41 + 27 + 19 + 12 = 99
            ("hierarchy", "exact"),  # 2024: 52 + 35 + 24 + 16 = 127
            ("hierarchy", "exact"),  # 2025F: 64 + 44 + 31 + 21 = 160
        ],
    ),
    # 21. Glasshouse climate-software firm's earnings-call answer sizing a North American and European TAM (USD
    #     billion): the TAM the company sizes is the market (Total); "this year" is the call's year (2025, "roughly",
    #     printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the 1,450 hectares
    #     of glass, the 38 million stems.
    dict(
        text=(
            "Glasswise Technologies Q3 2025 earnings call, October 29, 2025 - Q&A\n"
            "Analyst (Megan Lutz, Harrow & Pike): Can you frame the opportunity beyond your installed base?\n"
            "CEO Pieter van Rooijen: Sure. We size the total addressable market for AI climate control and yield "
            "forecasting in commercial glasshouses across North America and Europe at roughly $3.1 billion this year, "
            "up 19% from $2.6 billion last year, as growers hand vents, screens and lighting over to models. We see it "
            "reaching $5.8 billion by 2029, a compound annual rate of about 17% over 2025-2029. In the quarter our "
            "revenue was $88 million at a 61% gross margin; our software now runs some 1,450 hectares of glass, and one "
            "rose grower in Ontario told us it cut its energy bill while cutting 38 million stems."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2029, 5.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.6) ** (1 / 1) - 1 = 19.23% -> 19
            ("cagr|implied", "exact"),  # (5.8 / 3.1) ** (1 / 4) - 1 = 16.95% -> 17
        ],
    ),
    # 22. British working-paper abstract on AI plant phenotyping and disease spotting from cameras in glasshouses (GBP
    #     million): YoY with both amounts that holds only by rounding, a 2030 figure in billions converted to the
    #     series' unit (GBP million), CAGR with printed span. Expected nowhere: the paper number, the 37 growers, the
    #     £1.9 billion of glasshouse output, the 1,050 hectares of glass.
    dict(
        text=(
            "Fenland Horticultural Economics Working Paper 2025/11. Abstract: Using grant records, vendor accounts "
            "and interviews with 37 growers, we size the British market for AI plant phenotyping and camera-based "
            "disease spotting in glasshouses and polytunnels. Spending rose from \u00a342 million in 2023 to \u00a351 "
            "million in 2024, an increase of 22%, and we project \u00a30.16 billion by 2030, a compound annual growth "
            "rate of 21% over 2024-2030. These sums are small beside the roughly \u00a31.9 billion of edible and "
            "ornamental crops grown under British glass each year, on about 1,050 hectares. We find that adoption is "
            "fastest among tomato and pot-plant growers who already run climate computers, and that disease alerts, "
            "rather than yield counts, are what growers pay for."
        ),
        obs=[
            ("Total", 2023, 42, "GBP million", "actual"),
            ("Total", 2024, 51, "GBP million", "actual"),
            ("Total", 2030, 160, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (51 / 42) ** (1 / 1) - 1 = 21.43% -> 21, not 22; bounds 50.5 / 42.5 - 1 = 18.82%,
            # 51.5 / 41.5 - 1 = 24.10% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            # (160 / 51) ** (1 / 6) - 1 = 20.99% -> 21 (bounds 155-165 for the printed 0.16 billion)
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on AI grading and sorting of Dutch cut flowers and pot plants (EUR
    #     million): YoY with both amounts, a CAGR with printed span that no reading gives (inconsistent). Expected
    #     nowhere: the post numbers, the 11 billion stems, the €7 billion of exports, the Danish DKK 140M (kroner),
    #     the 600 growers polled and the 38% answer.
    dict(
        text=(
            "1/ Quick thread on the least glamorous AI boom in Dutch horticulture: cameras and models that grade and "
            "sort cut flowers and pot plants before they hit the auction clock.\n"
            "2/ Per Tulpenveld Research, Dutch growers and auction halls spent \u20ac88M on AI grading & sorting lines "
            "in 2024, up 24% from \u20ac71M in 2023.\n"
            "3/ Their forecast: \u20ac210M by 2030, which they call a 17.5% CAGR for 2024-2030.\n"
            "4/ Scale check: the clock still moves about 11 billion stems a year and Dutch flower and plant exports "
            "top \u20ac7bn. Danish pot-plant nurseries are at it too, roughly DKK 140M on vision grading.\n"
            "5/ In their poll of 600 growers, 38% said labour shortages, not quality, drove the purchase. /end"
        ),
        obs=[
            ("Total", 2023, 71, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2030, 210, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88 / 71) ** (1 / 1) - 1 = 23.94% -> 24
            # (210 / 88) ** (1 / 6) - 1 = 15.60%; bounds (209.5 / 88.5) ** (1/6) - 1 = 15.45%,
            # (210.5 / 87.5) ** (1/6) - 1 = 15.76% -> 17.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. US web article with a correction line on AI plant-identification and garden-advice apps (USD million): YoY
    #     with both amounts, three parts with shares, the third share by no reading (inconsistent). Expected nowhere:
    #     the publication date, the misprinted $412 million of the correction line, the $58 billion of lawn and
    #     garden retail sales, the 44% survey answer, the funding round and valuation.
    dict(
        text=(
            "Published March 12, 2025\n"
            "Americans spent $534 million on AI plant-identification and garden-advice apps in 2024, up 27% from "
            "$421 million in 2023, according to Greenleaf Consumer Insights. Subscription plant-ID apps took $311 "
            "million, or 58% of the total; retailer-run garden-advice chatbots brought in $148 million (28%), and AI "
            "lawn and pest diagnosis tools $75 million, or 16%. That is still a sliver of the roughly $58 billion "
            "Americans spend on lawn and garden retail each year. A survey by the firm found 44% of gardeners under 35 "
            "had photographed a sick plant for an app diagnosis. Sprigly, the largest independent app, raised $40 "
            "million last month at a $310 million valuation.\n"
            "Correction: An earlier version of this article gave the 2023 figure as $412 million. It was $421 million."
        ),
        obs=[
            ("Total", 2023, 421, "USD million", "actual"),
            ("Total", 2024, 534, "USD million", "actual"),
            ("Subscription plant-ID apps", 2024, 311, "USD million", "actual"),
            ("Retailer-run garden-advice chatbots", 2024, 148, "USD million", "actual"),
            ("AI lawn and pest diagnosis tools", 2024, 75, "USD million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (534 / 421) ** (1 / 1) - 1 = 26.84% -> 27
            ("arithmetic", "exact"),  # 311 / 534 = 58.24% -> 58
            ("arithmetic", "exact"),  # 148 / 534 = 27.72% -> 28
            # 75 / 534 = 14.04%; bounds 74.5 / 534.5 = 13.94%, 75.5 / 533.5 = 14.15% -> 16 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Ghent climate-computer maker's letter to shareholders (EUR million) on the European market for AI climate
    #     control and yield forecasting in glasshouses: a multiple between 2020 and 2024 (x2.5, 4 years, no
    #     verdict), a CAGR whose span only the amounts' years give (inferred); 2028 ("pass", printed figure,
    #     estimate). Expected nowhere: the dateline, the company's revenue and growth, the dividend, the 2,100
    #     hectares, the 480 staff.
    dict(
        text=(
            "Letter to shareholders - Ghent, 14 March 2025\n"
            "Dear shareholders, 2024 was the year our customers stopped asking whether a model could steer a "
            "glasshouse and started asking how fast. The European market for AI climate control and yield forecasting "
            "in glasshouses reached \u20ac340 million in 2024, 2.5 times the \u20ac136 million of 2020, and we expect "
            "it to pass \u20ac610 million in 2028, growth of some 16% a year. Our own revenue rose 14% to \u20ac61.4 "
            "million, and the board proposes a dividend of \u20ac0.42 per share. Our software now steers about 2,100 "
            "hectares of glass, from Westland tomatoes to Flemish azaleas, and our 480 colleagues deserve the credit."
        ),
        obs=[
            ("Total", 2020, 136, "EUR million", "actual"),
            ("Total", 2024, 340, "EUR million", "actual"),
            ("Total", 2028, 610, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
            ("cagr", 16, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (610 / 340) ** (1 / 4) - 1 = 15.73% -> 16
        ],
    ),
    # 26. Ontario greenhouse grower's investor-day slide bullets (USD billion, North American AI glasshouse climate
    #     control and yield forecasting): 2024 TAM actual, 2025E and 2028E estimates; YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the investor day's year and date, the 310 acres, the FY2025 revenue
    #     guidance and EBITDA margin, the 52% survey answer.
    dict(
        text=(
            "Northshore Greenhouses Investor Day 2025 - Leamington, Ontario, 17 June 2025\n"
            "Slide 9: The AI greenhouse opportunity\n"
            "- 2024 TAM: US$1.4B for AI climate control and yield forecasting in North American glasshouses\n"
            "- 2025E TAM: US$1.7B (+21% YoY)\n"
            "- 2028E TAM: US$2.8B, a 2025-28 CAGR of 18%\n"
            "- Under glass today: 310 acres across Ontario and Ohio\n"
            "- FY2025 revenue guidance: US$520-540M at a 17% adjusted EBITDA margin\n"
            "- 52% of growers we surveyed plan to add AI yield forecasting by 2027"
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2025, 1.7, "USD billion", "estimate"),
            ("Total", 2028, 2.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.7 / 1.4) ** (1 / 1) - 1 = 21.43% -> 21
            ("cagr|implied", "exact"),  # (2.8 / 1.7) ** (1 / 3) - 1 = 18.10% -> 18
        ],
    ),
    # 27. Forum answer quoting two research houses on AI stock planning at German garden centres (EUR million): the
    #     first house gives base, target and rate (the snippet's figures); its CAGR holds only by rounding. Expected
    #     nowhere: the second house's €190 million for 2029, the 287 upvotes, the €9.8 billion of garden-centre
    #     sales, the 1,300 garden centres, the €2.49 geranium pot.
    dict(
        text=(
            "Re: Is AI stock planning at German garden centres a real market or vendor hype?\n"
            "Top answer (287 upvotes): It is real, but small. Rheinau Retail Analytics sizes German spending on AI "
            "stock planning and replenishment at garden centres at \u20ac82 million in 2024 and forecasts \u20ac161 "
            "million by 2029, a CAGR of 15% over 2024-2029. Kessler & Vogt Marktforschung is more bullish and puts "
            "2029 at \u20ac190 million. For scale, German garden centres turned over roughly \u20ac9.8 billion last "
            "year across some 1,300 sites, and a geranium pot still sells for \u20ac2.49 in May. I trust the Rheinau "
            "number more, since it counts only software and not the scanners and shelf labels."
        ),
        obs=[
            ("Total", 2024, 82, "EUR million", "actual"),
            ("Total", 2029, 161, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (161 / 82) ** (1 / 5) - 1 = 14.45% -> 14, not 15; bounds (160.5 / 82.5) ** (1/5) - 1 = 14.24%,
            # (161.5 / 81.5) ** (1/5) - 1 = 14.66% -> 15 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Mumbai broker note in rupees on AI grading and cold-chain demand forecasting for Indian cut flowers: rupees
    #     are not in the unit table, so no observation; its YoY, CAGR (fiscal years, printed span) and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the INR
    #     1,180 crore, the KES 2.1 billion (shillings), the 3.4 lakh hectares, the target price and upside, the
    #     pick's EBITDA margin.
    dict(
        text=(
            "Bandra Securities - India Agri-Tech - Mumbai, 9 June 2025\n"
            "Roses with a brain. We size India's market for AI grading, sorting and cold-chain demand forecasting of "
            "cut flowers at INR 1,180 crore in FY2025, up 29% year on year, and forecast a 26% CAGR over "
            "FY2025-FY2030 as exporters chase Dutch and Gulf buyers. Rose grading lines at the Bengaluru and Pune "
            "export hubs take 41% of that spend. Kenyan growers around Lake Naivasha, by comparison, spent some KES "
            "2.1 billion on similar lines. India has about 3.4 lakh hectares under flowers. Our top pick, Petalworks "
            "Agri (BUY, TP INR 820, 18% upside), runs at a 21% EBITDA margin."
        ),
        obs=[],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("cagr", 26, "percent", 2025, 2030, None, "stated"),
            ("share", 41, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in China's flower industry: YoY with both amounts, a part with
    #     its share, a 2027 figure (突破, printed figure, estimate). Expected nowhere: the dateline, the 150万公顷 of
    #     flower planting, the 2,300亿元 of flower sales, the 1,000万枝 stems a day, the 199元 bouquet.
    dict(
        text=(
            "新华社昆明2025年4月22日电(记者赵云舒)记者从中国花卉产业数字化联盟获悉,2024年我国花卉产业人工智能应用"
            "(含AI鲜切花分级分选、拍卖需求预测与温室环境调控)市场规模达到24.6亿元,较2023年的19.8亿元增长24.2%。"
            "其中,AI鲜切花分级分选市场规模为10.3亿元,占比41.9%。联盟预计,到2027年该市场规模将突破45亿元。数据显示,"
            "2024年全国花卉种植面积约150万公顷,花卉销售额超过2,300亿元;昆明斗南花卉市场日均交易鲜切花约1,000万枝,"
            "情人节期间一束精品玫瑰售价达199元。"
        ),
        obs=[
            ("Total", 2023, 19.8, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("AI鲜切花分级分选", 2024, 10.3, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("share", 41.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 19.8) ** (1 / 1) - 1 = 24.24% -> 24.2
            ("arithmetic", "exact"),  # 10.3 / 24.6 = 41.87% -> 41.9
        ],
    ),
    # 30. Guangzhou municipal plan (Simplified, 亿元) on AI climate control and yield forecasting in protected
    #     horticulture: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10
    #     thousand, 2027 target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the document number, the title's year span, the 3.5万亩 of facilities, the 20个
    #     demonstration bases, the 150亿元 of flower and seedling output.
    dict(
        text=(
            "《广州市花卉与设施园艺数字化提升行动方案(2025—2027年)》(穗农规〔2025〕8号)\n"
            "二、主要目标。到2027年,全市设施园艺AI环境调控与产量预测市场规模力争达到12.6亿元,较2024年的6.8亿元年均"
            "增长约22%;其中,AI病虫害图像识别市场规模力争达到26000万元。全市智能化改造设施园艺面积达到3.5万亩,建成"
            "20个数字花卉示范基地。三、保障措施。推动全市花卉苗木产值突破150亿元,鼓励龙头企业开放温室数据,支持科研院所"
            "与种植企业联合开展病害识别模型攻关。"
        ),
        obs=[
            ("Total", 2024, 6.8, "CNY 100 million", "actual"),
            ("Total", 2027, 12.6, "CNY 100 million", "estimate"),
            ("AI病虫害图像识别", 2027, 26000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (12.6 / 6.8) ** (1 / 3) - 1 = 22.83% -> 23, not 22; bounds (12.55 / 6.85) ** (1/3) - 1 = 22.36%,
            # (12.65 / 6.75) ** (1/3) - 1 = 23.29% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI climate control and image grading for orchids and
    #     flowers: YoY with both amounts, CAGR with printed span, a part with a share that holds only by rounding;
    #     2028 (預估, estimate). Expected nowhere: the dateline, the 2億美元 of orchid exports, the 300公頃 of
    #     orchid glasshouses, the 1,200元 pot price, the 3.5億元 Series A round.
    dict(
        text=(
            "【台北訊】2025年6月10日 — 台灣花卉數位研究中心今日發布報告指出,2024年台灣蘭花與花卉溫室AI環控及影像分級"
            "市場規模達新台幣14.2億元,較2023年的11.5億元成長23.5%。研究中心預估,2028年市場規模將達新台幣26億元,"
            "2024至2028年年複合成長率約16.3%。其中蝴蝶蘭溫室AI環控為最大宗,2024年規模為新台幣8.1億元,占比57.5%。"
            "報告並指出,台灣蝴蝶蘭年出口值約2億美元,蘭園溫室面積約300公頃,一盆三梗精品蝴蝶蘭零售價約1,200元;新創"
            "業者綠眸科技今年已完成新台幣3.5億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 11.5, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2028, 26, "TWD 100 million", "estimate"),
            ("蝴蝶蘭溫室AI環控", 2024, 8.1, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2028, None, "stated"),
            ("share", 57.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.5) ** (1 / 1) - 1 = 23.48% -> 23.5
            ("cagr|implied", "exact"),  # (26 / 14.2) ** (1 / 4) - 1 = 16.33% -> 16.3
            # 8.1 / 14.2 = 57.04% -> 57.0, not 57.5; bounds 8.05 / 14.25 = 56.49%, 8.15 / 14.15 = 57.60%
            # -> 57.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 32. Hong Kong florists' association report (Traditional, 億港元) on AI demand forecasting for florists and
    #     plant-identification apps: YoY with both amounts, CAGR with printed span; 2029 (預計, estimate). Expected
    #     nowhere: the report's title year, the 52億港元 of flower and pot-plant retail sales, the 1,500 shops, the
    #     680港元 bouquet, the 320 shops surveyed and the 46% answer.
    dict(
        text=(
            "香港花藝及園藝業協會《2025香港花藝業科技應用報告》指出,本港花店及花墟商戶採用AI需求預測、智能訂花及"
            "植物辨識與園藝諮詢應用的市場規模於2024年達到3.6億港元,較2023年的2.9億港元增長24.1%。報告預計,2029年"
            "市場規模將達到8.4億港元,2024至2029年複合年增長率為18.5%。報告又指,全港鮮花及盆栽零售額約52億港元,"
            "持牌及登記花店約1,500間,情人節一束十二枝玫瑰平均售價約680港元;在受訪的320間花店中,46%表示AI預測已"
            "減少鮮花損耗。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2029, 8.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),  # (8.4 / 3.6) ** (1 / 5) - 1 = 18.47% -> 18.5
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on the global market for AI plant phenotyping and camera disease spotting:
    #     YoY with both amounts holding only by rounding, 2028 (突破, printed figure, estimate). Expected nowhere: the
    #     post's time line, the 1,500公頃 of glasshouses, the 7% share-price move, the concept stock's revenue.
    dict(
        text=(
            "作者 greenthumb88 (陽台種菜的工程師)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI植物表型與病害辨識市場2028年破15億美元\n"
            "時間 Thu Jul 24 22:15:03 2025\n"
            "外電研調機構Phenolytics Research最新報告,全球用溫室攝影機做AI植物表型分析與病害辨識的市場,2024年規模為"
            "8.4億美元,比2023年的6.7億美元成長26%,預估2028年會突破15億美元。台灣設施栽培溫室面積大概1,500公頃,"
            "蘭花和番茄溫室已經有人在試裝鏡頭。相關概念股這週漲了7%,但這塊業務占營收都還不到一成,大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 6.7, "USD 100 million", "actual"),
            ("Total", 2024, 8.4, "USD 100 million", "actual"),
            ("Total", 2028, 15, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (8.4 / 6.7) ** (1 / 1) - 1 = 25.37% -> 25, not 26; bounds 8.35 / 6.75 - 1 = 23.70%,
            # 8.45 / 6.65 - 1 = 27.07% -> 26 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI climate control and yield forecasting in protected horticulture:
    #     YoY with both amounts, a share without its part's amount (claim, no verdict), a 2027 range (two value
    #     claims). Expected nowhere: the report date and series number, the 4,000万亩 of facilities, the target price
    #     and upside, the pick's revenue.
    dict(
        text=(
            "【东岳证券】设施农业系列报告之二:AI温室环控打开园艺增长新空间(2025年8月12日)\n"
            "摘要:我们测算,2024年我国设施园艺AI环境调控与产量预测市场规模为48.3亿元,较2023年的39.6亿元同比增长"
            "22.0%。其中AI水肥一体化决策系统占比约35%,为最大细分领域;预计2027年市场规模将达到85—95亿元。我国设施"
            "园艺面积超过4,000万亩,但智能化率仍低。首次覆盖给予行业“推荐”评级,重点推荐绿穹智能(目标价28元,上涨"
            "空间31%),公司2024年营业收入6.7亿元。"
        ),
        obs=[
            ("Total", 2023, 39.6, "CNY 100 million", "actual"),
            ("Total", 2024, 48.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
            ("value", 95, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.3 / 39.6) ** (1 / 1) - 1 = 21.97% -> 22.0
        ],
    ),
    # 35. Flower e-commerce firm's results-briefing transcript (Simplified, 亿元), dated 2025, on AI demand
    #     forecasting and replenishment for florists: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with
    #     a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the briefing's date, the
    #     company's revenue and gross margin, the first quarter's net profit, the 4.2亿枝 stems, the 129元 bouquet.
    dict(
        text=(
            "滇花优选2024年度暨2025年第一季度业绩说明会文字实录(2025年5月20日)\n"
            "投资者:公司怎么看花店和鲜花电商AI需求预测这块的市场空间?\n"
            "董事长:按我们的测算,今年全国花店与鲜花电商AI需求预测及智能补货市场规模约13.6亿元,去年为11.2亿元,增长"
            "约21%。到2028年,这一市场有望达到23亿元,2025—2028年复合增长率约19%。公司2024年营业收入16.8亿元,毛利率"
            "31%;一季度归母净利润0.9亿元。去年公司全年销售鲜切花约4.2亿枝,母亲节主推花束均价129元。"
        ),
        obs=[
            ("Total", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2025, 13.6, "CNY 100 million", "estimate"),
            ("Total", 2028, 23, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.6 / 11.2) ** (1 / 1) - 1 = 21.43% -> 21
            ("cagr|implied", "exact"),  # (23 / 13.6) ** (1 / 3) - 1 = 19.14% -> 19
        ],
    ),
    # 36. Markdown table (USD million, US AI in horticulture) by segment with a Total row and a CAGR column (span
    #     printed in the header); 2029F is an estimate; the grading CAGR holds only by rounding, the app CAGR by no
    #     reading (inconsistent). Expected nowhere: the table number, the US$6.9 billion of floriculture wholesale
    #     sales and the 2,100 hectares of glass in the note.
    dict(
        text=(
            "Table 2. US market for AI in horticulture by segment (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| Glasshouse climate control and yield forecasting | 388 | 842 | 16.8% |\n"
            "| Plant phenotyping and disease detection | 146 | 402 | 22.5% |\n"
            "| Grading and sorting of cut flowers and pot plants | 121 | 259 | 16.5% |\n"
            "| Plant-ID and garden-advice apps | 265 | 517 | 13.4% |\n"
            "| Total | 920 | 2,020 | 17.0% |\n"
            "Note: F = forecast. Source: Prairie & Pine Horticulture Advisory, from grower surveys and vendor filings. "
            "Excludes the roughly US$6.9 billion of US floriculture wholesale sales; the climate segment covers about "
            "2,100 hectares of glass."
        ),
        obs=[
            ("Glasshouse climate control and yield forecasting", 2024, 388, "USD million", "actual"),
            ("Glasshouse climate control and yield forecasting", 2029, 842, "USD million", "estimate"),
            ("Plant phenotyping and disease detection", 2024, 146, "USD million", "actual"),
            ("Plant phenotyping and disease detection", 2029, 402, "USD million", "estimate"),
            ("Grading and sorting of cut flowers and pot plants", 2024, 121, "USD million", "actual"),
            ("Grading and sorting of cut flowers and pot plants", 2029, 259, "USD million", "estimate"),
            ("Plant-ID and garden-advice apps", 2024, 265, "USD million", "actual"),
            ("Plant-ID and garden-advice apps", 2029, 517, "USD million", "estimate"),
            ("Total", 2024, 920, "USD million", "actual"),
            ("Total", 2029, 2020, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 13.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (842 / 388) ** (1 / 5) - 1 = 16.76% -> 16.8
            ("cagr|implied", "exact"),  # (402 / 146) ** (1 / 5) - 1 = 22.45% -> 22.5
            # (259 / 121) ** (1 / 5) - 1 = 16.44% -> 16.4, not 16.5; bounds (258.5 / 121.5) ** (1/5) - 1 = 16.30%,
            # (259.5 / 120.5) ** (1/5) - 1 = 16.58% -> 16.5 reached only by some reading
            ("cagr|implied", "rounding"),
            # (517 / 265) ** (1 / 5) - 1 = 14.30%; bounds (516.5 / 265.5) ** (1/5) - 1 = 14.24%,
            # (517.5 / 264.5) ** (1/5) - 1 = 14.37% -> 13.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2020 / 920) ** (1 / 5) - 1 = 17.03% -> 17.0
            ("hierarchy", "exact"),  # 2024: 388 + 146 + 121 + 265 = 920
            ("hierarchy", "exact"),  # 2029F: 842 + 402 + 259 + 517 = 2,020
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese horticulture and flowers with a Total row
    #     and a YoY column; the home-centre stock-planning YoY holds only by rounding. Expected nowhere: the figure
    #     number, the 1,700 hectares of glass and the 3.1 billion stems in the note.
    dict(
        text=(
            "Figure 4. Japan: AI in horticulture and flowers by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI glasshouse environment control\t12.6\t15.1\t19.8%\n"
            "AI grading of cut flowers at wholesale markets\t4.8\t5.9\t22.9%\n"
            "Plant-ID and gardening advice apps\t3.1\t3.9\t25.8%\n"
            "AI stock planning at home-centre garden sections\t2.2\t2.8\t28.6%\n"
            "Total\t22.7\t27.7\t22.0%\n"
            "Note: fiscal years to March. Source: Musashino Agri Research, from contracts with growers, wholesale "
            "flower markets and home centres; the country's roughly 1,700 hectares of glass and the 3.1 billion stems "
            "sold through wholesale markets are given for context only."
        ),
        obs=[
            ("AI glasshouse environment control", 2023, 12.6, "JPY billion", "actual"),
            ("AI glasshouse environment control", 2024, 15.1, "JPY billion", "actual"),
            ("AI grading of cut flowers at wholesale markets", 2023, 4.8, "JPY billion", "actual"),
            ("AI grading of cut flowers at wholesale markets", 2024, 5.9, "JPY billion", "actual"),
            ("Plant-ID and gardening advice apps", 2023, 3.1, "JPY billion", "actual"),
            ("Plant-ID and gardening advice apps", 2024, 3.9, "JPY billion", "actual"),
            ("AI stock planning at home-centre garden sections", 2023, 2.2, "JPY billion", "actual"),
            ("AI stock planning at home-centre garden sections", 2024, 2.8, "JPY billion", "actual"),
            ("Total", 2023, 22.7, "JPY billion", "actual"),
            ("Total", 2024, 27.7, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 12.6 - 1 = 19.84% -> 19.8
            ("cagr|implied", "exact"),  # 5.9 / 4.8 - 1 = 22.92% -> 22.9
            ("cagr|implied", "exact"),  # 3.9 / 3.1 - 1 = 25.81% -> 25.8
            # 2.8 / 2.2 - 1 = 27.27% -> 27.3, not 28.6; bounds 2.75 / 2.25 - 1 = 22.22%, 2.85 / 2.15 - 1 = 32.56%
            # -> 28.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 27.7 / 22.7 - 1 = 22.03% -> 22.0
            ("hierarchy", "exact"),  # FY2023: 12.6 + 4.8 + 3.1 + 2.2 = 22.7
            ("hierarchy", "exact"),  # FY2024: 15.1 + 5.9 + 3.9 + 2.8 = 27.7
        ],
    ),
    # 38. Space-aligned table (GBP million, UK garden centres, 2024) of AI spending by use with a share column and a
    #     Total row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere: the 210 garden
    #     centres surveyed and the £2.2 billion of plant sales in the note.
    dict(
        text=(
            "UK garden centres: spending on AI by use, 2024 (\u00a3m)\n"
            "Use                                         \u00a3m      Share\n"
            "Stock planning and replenishment            18.4     43.2%\n"
            "Demand forecasting for bedding plants       11.7     27.5%\n"
            "Plant-ID and advice kiosks                  7.9      18.6%\n"
            "Dynamic pricing of pot plants               4.6      10.7%\n"
            "Total                                       42.6     100.0%\n"
            "Note: Hawthorn Retail Consultancy survey of 210 garden centres; the sector's roughly \u00a32.2 billion "
            "of plant sales are excluded, as are tills and shelf-edge labels."
        ),
        obs=[
            ("Stock planning and replenishment", 2024, 18.4, "GBP million", "actual"),
            ("Demand forecasting for bedding plants", 2024, 11.7, "GBP million", "actual"),
            ("Plant-ID and advice kiosks", 2024, 7.9, "GBP million", "actual"),
            ("Dynamic pricing of pot plants", 2024, 4.6, "GBP million", "actual"),
            ("Total", 2024, 42.6, "GBP million", "actual"),
        ],
        claims=[
            ("share", 43.2, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.4 / 42.6 = 43.19% -> 43.2
            ("arithmetic", "exact"),  # 11.7 / 42.6 = 27.46% -> 27.5
            # 7.9 / 42.6 = 18.54% -> 18.5, not 18.6; bounds 7.85 / 42.65 = 18.41%, 7.95 / 42.55 = 18.68%
            # -> 18.6 reached only by some reading
            ("arithmetic", "rounding"),
            # 4.6 / 42.6 = 10.80% -> 10.8, not 10.7; bounds 4.55 / 42.65 = 10.67%, 4.65 / 42.55 = 10.93%
            # -> 10.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 18.4 + 11.7 + 7.9 + 4.6 = 42.6
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Belgian AI grading and sorting of pot plants and
    #     azaleas), a lone value column headed by its unit only (Total) beside a YoY column; 2025E is an estimate; a
    #     CAGR with printed span in the note. Expected nowhere: the 28 million azaleas, the €0.9 billion of
    #     ornamental-plant exports.
    dict(
        text=(
            "Belgium: AI grading and sorting of pot plants and azaleas\n"
            "Year      EUR million      YoY\n"
            "2021      38               -\n"
            "2022      45               18.4%\n"
            "2023      54               20.0%\n"
            "2024      66               22.2%\n"
            "2025E     79               19.7%\n"
            "Note: E = estimate; CAGR 2021-2025E: 20.1%. Source: Scheldt Agri Insights, from vision-line and robot "
            "contracts at East Flanders nurseries, which ship some 28 million azaleas a year; Belgian ornamental-plant "
            "exports of about \u20ac0.9 billion are not included."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2022, 45, "EUR million", "actual"),
            ("Total", 2023, 54, "EUR million", "actual"),
            ("Total", 2024, 66, "EUR million", "actual"),
            ("Total", 2025, 79, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2021, 2022, 1.0),
            ("growth", 20.0, "percent", 2022, 2023, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.7, "percent", 2024, 2025, 1.0),
            ("cagr", 20.1, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 45 / 38 - 1 = 18.42% -> 18.4
            ("cagr|implied", "exact"),  # 54 / 45 - 1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),  # 66 / 54 - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # 79 / 66 - 1 = 19.70% -> 19.7
            ("cagr|implied", "exact"),  # (79 / 38) ** (1 / 4) - 1 = 20.08% -> 20.1
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's flowers and horticulture with a 合計 row;
    #     2025年(預估) is an estimate; the 2024 合計 holds only by rounding, the 2025 合計 by no reading
    #     (inconsistent). Expected nowhere: the table number, the title's year span, the 3,200 orchid glasshouses in
    #     the note.
    dict(
        text=(
            "表4 2023—2025年臺灣花卉與園藝AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "蝴蝶蘭溫室AI環控 | 4.6 | 5.7 | 7.0\n"
            "AI病蟲害影像辨識 | 1.3 | 1.8 | 2.4\n"
            "切花AI分級分選 | 0.9 | 1.1 | 1.4\n"
            "花市與花店AI需求預測 | 0.6 | 0.9 | 1.3\n"
            "合計 | 7.4 | 9.6 | 12.6\n"
            "資料來源:臺灣園藝科技學會;2025年為預估值。全台蝴蝶蘭溫室約3,200棟。"
        ),
        obs=[
            ("蝴蝶蘭溫室AI環控", 2023, 4.6, "TWD 100 million", "actual"),
            ("蝴蝶蘭溫室AI環控", 2024, 5.7, "TWD 100 million", "actual"),
            ("蝴蝶蘭溫室AI環控", 2025, 7.0, "TWD 100 million", "estimate"),
            ("AI病蟲害影像辨識", 2023, 1.3, "TWD 100 million", "actual"),
            ("AI病蟲害影像辨識", 2024, 1.8, "TWD 100 million", "actual"),
            ("AI病蟲害影像辨識", 2025, 2.4, "TWD 100 million", "estimate"),
            ("切花AI分級分選", 2023, 0.9, "TWD 100 million", "actual"),
            ("切花AI分級分選", 2024, 1.1, "TWD 100 million", "actual"),
            ("切花AI分級分選", 2025, 1.4, "TWD 100 million", "estimate"),
            ("花市與花店AI需求預測", 2023, 0.6, "TWD 100 million", "actual"),
            ("花市與花店AI需求預測", 2024, 0.9, "TWD 100 million", "actual"),
            ("花市與花店AI需求預測", 2025, 1.3, "TWD 100 million", "estimate"),
            ("合計", 2023, 7.4, "TWD 100 million", "actual"),
            ("合計", 2024, 9.6, "TWD 100 million", "actual"),
            ("合計", 2025, 12.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.6 + 1.3 + 0.9 + 0.6 = 7.4
            # 2024: 5.7 + 1.8 + 1.1 + 0.9 = 9.5 vs 9.6; rows' bounds 9.3-9.7, total's 9.55-9.65
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 7.0 + 2.4 + 1.4 + 1.3 = 12.1 vs 12.6; rows' bounds 11.9-12.3, total's 12.55-12.65
            # -> unreachable
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fortieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 18, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 14% of the total',
    'A second house, Larkspur Consumer Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x that',
    '较2024年增长2倍',
    '新台幣13.1億元',
    '約1.6億港元',
    '中央社記者陳怡君彰化2025年3月20日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 37.2 | 21.1%',
    'Glasswise Technologies Q3 2025 earnings call, October 29, 2025',
    'Fenland Horticultural Economics Working Paper 2025/11. Abstract:',
    '2/ Per Tulpenveld Research',
    'Correction: An earlier version of this article gave the 2023 figure as $412 million.',
    'Dear shareholders,',
    '- 2025E TAM: US$1.7B (+21% YoY)',
    'Kessler & Vogt Marktforschung is more bullish and puts 2029 at €190 million',
    'INR 1,180 crore in FY2025',
    '新华社昆明2025年4月22日电',
    '標題 [情報] 研調:AI植物表型與病害辨識市場2028年破15億美元',
    '预计2027年市场规模将达到85—95亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 7.4 | 9.6 | 12.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 204
#: figures, 68 rates, 96 verdicts and 1 false inconsistent
#: after the readings chosen on it and the two-hundred-and-forty-second set: 204, 68, 97 and 0
FLOORS = {"figures_found": 204, "rates_found": 68, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset240.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
