"""A two-hundred-and-forty-first check set for the extractor, written blind: AI in horticulture, flowers and garden
centres: AI climate control and yield forecasting in glasshouses, AI plant phenotyping and disease spotting from
cameras, AI grading and sorting of cut flowers and pot plants, AI demand forecasting for flower auctions and florists,
AI plant-identification and garden-advice apps, AI stock planning at garden centres; sized in money by growers' and
florists' associations, agriculture ministries, auction houses, brokers, consultancies, research houses and growers'
investor days, in the United States, Canada, the United Kingdom, the Netherlands, Germany, France, Belgium, Denmark
(kroner only as an aside), Kenya (shillings only as an aside), Australia, Japan, mainland China, Taiwan and Hong Kong
(currencies: US dollars, euros, pounds, Australian dollars, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: total flower, plant or garden sales beside the AI part, numbers of stems, plants, glasshouses or hectares, a
bouquet's price, an auction's or a grower's own revenue or margin, a funding round and valuation, a quarter's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in horticulture, flowers and garden centres: eight English prose
texts (a Raleigh wire release on greenhouse climate control, a London broker note on UK garden centres in fiscal years
and pounds, a Westland briefing on Dutch glasshouses with three segments and shares, a Bonn article quoting two research
houses, an Ontario grower's investor-day TAM, a Flemish plan with last-year/this-year figures and a target, a correction
notice on an Australian story with a range, a gardening blog with 'nearly 3x'), seven Chinese prose texts (a 设施园艺
report, a Yunnan flower plan with 力争到 and 增长2.5倍, a Xinhua story on plant phenotyping quoting two institutes, a Taiwan
orchid white paper in 新台幣億元, a Hong Kong florist story in 億港元, a CNA auction story with 去年/今年, a broker deep-dive with a
range) and five tables (markdown European glasshouse countries with a CAGR column, tab-separated Chinese with a 合计 row,
space-aligned Japanese uses in yen with shares, a vertical Kenyan table with YoY, a tab-separated US garden-centre
segment table). Left out: total flower, plant and garden sales, hectares, stems, glasshouses, shops and growers counted,
bouquet and pot-plant prices, growers' and firms' revenue, margins, orders and share goals, funding rounds, quarter
figures, survey answers, kroner, shillings and Australian-dollar amounts, a second house's figure, a misstated range.
Inconsistent: the Ontario 21% CAGR, the Hong Kong 約27% CAGR, Belgium's 20.3% CAGR, Kenya's 2023 YoY. Only by rounding:
the UK broker's CAGR, the Dutch phenotyping share, the Flemish 22%, the Taiwan 20.8% CAGR, the CNA 17%, the 2025年E 合计,
the Japanese phenotyping share and the US 2024 Total.

Snippets 21-40: Twenty snippets on AI in horticulture, flowers and garden centres (glasshouse climate control and yield
forecasting, camera-based phenotyping and disease spotting, grading and sorting of cut flowers and pot plants, demand
forecasting for auctions and florists, plant-identification apps, garden-centre stock planning): eight English prose
pieces (a US grower-tech firm's earnings call sizing a North American TAM, a Dutch working-paper abstract with a 2030
figure in billions, a UK plant-app thread with a kroner aside, a Kenyan rose-grading article with a correction line and
a shilling aside, a Ghent shareholder letter with a multiple and an inferred-span CAGR, Amsterdam investor-day slides
with a kroner aside, a forum answer quoting two German houses, a Sydney broker note in Australian dollars with claims
but no observations), seven Chinese prose pieces (a Xinhua-style flower release, a Qingzhou plan with a part in 万元 and
an inferred-span CAGR, a Taipei phenotyping release, a Hong Kong florist report in 億港元, a PTT post in 億美元, a broker
abstract with a 2027 range, a seedling firm's results-briefing transcript) and five tables (markdown US dollars with a
CAGR column, tab-separated yen with a YoY column, space-aligned euros with a share column, a vertical pound table of
years headed by its unit only, a 新台幣億元 table with a 合計 row). Left out: total flower, plant, garden and export sales,
counts of stems, plants, glasshouses, hectares, shops and downloads, bouquet and pot prices, firms' own revenue, margins
and guidance, funding rounds, dividends, price targets, survey percentages, kroner, shillings and Australian dollars, a
second house's figure, a corrected misprint. Inconsistent: the thread's 21% CAGR, the Kenyan 26% share, the Hong Kong
15% CAGR, the markdown app CAGR. Rounding only: the working paper's 19.3%, the Taipei 41.5% share, the PTT 25%, the
briefing's 24%, the markdown grading CAGR, the yen grading YoY, two euro shares and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Raleigh wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 870 growers surveyed, the $19 billion of floriculture and nursery sales (total), the
    #    1.1 billion square feet under cover, the 57% survey answer.
    dict(
        text=(
            "RALEIGH, N.C., March 11, 2025 /PRNewswire/ -- U.S. greenhouse and nursery growers spent $402 million on AI "
            "climate control, irrigation scheduling and yield forecasting in 2024, up 26% from $318 million in 2023, "
            "according to the 2025 Controlled Environment AI Outlook released today by Tarheel Growth Analytics. The "
            "research firm, which surveyed 870 commercial growers, forecasts spending of $1.45 billion by 2030, a "
            "compound annual growth rate of 24% from 2024 to 2030. U.S. floriculture and nursery sales topped $19 "
            "billion last year, and the country's growers keep roughly 1.1 billion square feet under cover. Some 57% of "
            "the growers surveyed said labor shortages were their main reason to automate."
        ),
        obs=[
            ("Total", 2023, 318, "USD million", "actual"),
            ("Total", 2024, 402, "USD million", "actual"),
            ("Total", 2030, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (402 / 318) ** (1 / 1) - 1 = 26.42% -> 26
            ("cagr|implied", "exact"),  # (1450 / 402) ** (1 / 6) - 1 = 23.84% -> 24
        ],
    ),
    # 2. London broker sector note on UK garden centres in fiscal years and pounds (GBP million): the CAGR's span only
    #    from its amounts' years (FY2024 -> FY2029e), "about 23%" where the amounts give 22.37%. Expected nowhere: the
    #    dateline, the £5.9bn spent at garden centres (total garden sales), the Danish growers' DKK 140m (kroner, not in
    #    the unit table), the covered group's revenue, growth, margin, 170 centres, target price and upside.
    dict(
        text=(
            "UK GARDEN RETAIL. Sector note. London, 3 June 2025\n"
            "Growing smarter. We size the UK market for AI stock planning, demand forecasting and plant-care advice "
            "tools at garden centres at £86m in FY2024 (year to February) and forecast £236m by FY2029e, a CAGR of "
            "about 23%. That is a seedling beside the £5.9bn that shoppers spent at garden centres last year. In "
            "Denmark, pot-plant growers already spend some DKK 140m a year on comparable planning systems. Our top pick, "
            "Bramblewood Garden Group plc (BUY, TP 245p, 31% upside), grew FY2024 revenue 7% to £312m at a 9.4% EBITDA "
            "margin across its 170 centres."
        ),
        obs=[
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Total", 2029, 236, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (236 / 86) ** (1 / 5) - 1 = 22.37% -> 22, not 23; bounds (235.5 / 86.5) ** (1/5) - 1 = 22.18%,
            # (236.5 / 85.5) ** (1/5) - 1 = 22.57% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Westland research briefing: a Dutch glasshouse total in EUR million and three segments with shares (the
    #    phenotyping segment's 24% holds only by rounding); the 2030 forecast printed in billions is expected converted
    #    to EUR million. Expected nowhere: the 64 growers interviewed, the 10,300 hectares under glass, the €7.4 billion
    #    of flower and plant exports (total sales).
    dict(
        text=(
            "NAALDWIJK, 8 October 2025 - Dutch glasshouse growers spent €186 million on artificial intelligence in "
            "2024, a briefing from the Westland Horticulture Knowledge Centre finds. AI climate control and yield "
            "forecasting took the largest slice, €79 million or about 42%, followed by camera-based plant phenotyping "
            "and disease spotting at €46 million (24%). AI grading and sorting of cut flowers and pot plants came to €31 "
            "million, some 17% of the total. The centre, which interviewed 64 growers, expects spending to reach €0.52 "
            "billion by 2030. The country has about 10,300 hectares under glass, and its flower and plant exports were "
            "worth some €7.4 billion last year."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("AI climate control and yield forecasting", 2024, 79, "EUR million", "actual"),
            ("Camera-based plant phenotyping and disease spotting", 2024, 46, "EUR million", "actual"),
            ("AI grading and sorting of cut flowers and pot plants", 2024, 31, "EUR million", "actual"),
            ("Total", 2030, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 79 / 186 = 42.47% -> 42
            # 46 / 186 = 24.73% -> 25, not 24; bounds 45.5 / 186.5 = 24.40%, 46.5 / 185.5 = 25.07% -> 24 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31 / 186 = 16.67% -> 17
        ],
    ),
    # 4. Bonn article quoting two research houses on German ornamental growers and garden centres: the first house's
    #    base, target and rates are the snippet's; both hold. Expected nowhere: Rheinland Agri Research's €81 million
    #    for 2024, the €9.3 billion Germans spent on flowers and plants (total), the €4.99 tulip bunch, the 61% poll.
    dict(
        text=(
            "BONN, 24 April 2025 - German ornamental growers and garden centres spent €63 million on AI disease "
            "spotting, grading machines and demand forecasting in 2024, up 17% from €54 million in 2023, estimates the "
            "Hanover research house Gartenbau Insight. It forecasts €171 million in 2030, compound annual growth of 18% "
            "between 2024 and 2030. A second house, Rheinland Agri Research, puts 2024 spending at €81 million because "
            "it also counts sensor hardware. Germans spent about €9.3 billion on cut flowers and plants last year, and a "
            "bunch of ten tulips still sells for €4.99 at many supermarkets. In a poll, 61% of garden-centre owners said "
            "they found it hard to hire trained staff."
        ),
        obs=[
            ("Total", 2023, 54, "EUR million", "actual"),
            ("Total", 2024, 63, "EUR million", "actual"),
            ("Total", 2030, 171, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63 / 54) ** (1 / 1) - 1 = 16.67% -> 17
            ("cagr|implied", "exact"),  # (171 / 63) ** (1 / 6) - 1 = 18.11% -> 18
        ],
    ),
    # 5. Investor-day transcript (Ontario greenhouse grower): the total addressable market it sizes is the market
    #    (Total), in USD billion; its "roughly a 21% CAGR" over a printed span is inconsistent. Expected nowhere: the
    #    grower's revenue and EBITDA margin, its 340 acres of glass, its 8% share goal, the second quarter's $610
    #    million.
    dict(
        text=(
            "Lakeshore Greenhouses Investor Day, Leamington, Ontario, October 2, 2025 - transcript excerpt. Marco "
            "Vandenberg, chief operating officer: \"We see a total addressable market for AI climate control, "
            "camera-based crop scouting and yield forecasting in North American greenhouses of $2.9 billion in 2024, "
            "and we expect it to reach $7.4 billion by 2030. That's roughly a 21% CAGR from 2024 to 2030. Our own "
            "revenue was $612 million last year at a 19% EBITDA margin across about 340 acres of glass, and our goal is "
            "an 8% share of that market by 2030. In the second quarter alone, growers spent about $610 million on these "
            "tools.\""
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.4 / 2.9) ** (1 / 6) - 1 = 16.90% -> 17, not 21; bounds (7.35 / 2.95) ** (1/6) - 1 = 16.43%,
            # (7.45 / 2.85) ** (1/6) - 1 = 17.37% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Brussels (Flemish agriculture department) plan: "last year" is 2024 (actual), "this year" 2025 (an
    #    estimate), a 2030 target (an estimate); the 22% rise holds only by rounding. Expected nowhere: the €6 million
    #    subsidy and its 120 growers, the 2,300 hectares under glass, the €7.50 azalea, the 48% survey answer.
    dict(
        text=(
            "BRUSSELS, 12 February 2025 - The Smart Horticulture Plan presented today by the Flemish Department of "
            "Agriculture and Fisheries estimates that Flemish growers of pot plants, azaleas and cut flowers spent €14 "
            "million on AI climate control, camera-based disease spotting and grading machines last year, and expects "
            "€17 million this year, a rise of 22%. The plan sets a target of €45 million by 2030. It reserves €6 million "
            "in subsidies for 120 growers and notes that Flanders has some 2,300 hectares under glass, where a "
            "flowering azalea leaves the nursery for about €7.50. In a survey it cites, 48% of growers said they "
            "already used at least one camera-based tool."
        ),
        obs=[
            ("Total", 2024, 14, "EUR million", "actual"),
            ("Total", 2025, 17, "EUR million", "estimate"),
            ("Total", 2030, 45, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (17 / 14) ** (1 / 1) - 1 = 21.43% -> 21, not 22; bounds 16.5 / 14.5 - 1 = 13.79%,
            # 17.5 / 13.5 - 1 = 29.63% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on an Australian nursery and garden-centre story: the 2030 range in US dollars gives two
    #    value claims (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    US$1.2-1.6 billion, the A$73 million (Australian dollars, not in the unit table), the A$2.7 billion of garden
    #    retail sales (total), the A$30 potted fiddle-leaf fig, the 1,900 retail nurseries; the range once though
    #    printed twice.
    dict(
        text=(
            "Correction, 19 August 2025: An earlier version of this article gave the wrong 2030 range. Wattle "
            "Horticultural Research expects the Australian market to reach US$120 million to US$160 million in 2030, not "
            "US$1.2 billion to US$1.6 billion.\n"
            "Australian wholesale nurseries and garden centres spent US$48 million in 2024 on AI stock planning, "
            "plant-identification and garden-advice apps and camera-based pest spotting, according to Wattle "
            "Horticultural Research, a Brisbane consultancy. It expects the market to reach US$120 million to US$160 "
            "million in 2030. In Australian dollars, the 2024 figure came to about A$73 million. Garden retail sales "
            "ran to roughly A$2.7 billion last year, a potted fiddle-leaf fig costs about A$30, and the country counts "
            "some 1,900 retail nurseries."
        ),
        obs=[
            ("Total", 2024, 48, "USD million", "actual"),
        ],
        claims=[
            ("value", 120, "USD million", 2030, 2030, None),
            ("value", 160, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Gardening blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict). Expected
    #    nowhere: the $52 billion of lawn and garden spending (total), the app maker's funding round and valuation, its
    #    41 million downloads, the fourth quarter's $9 million, the $65 bouquet.
    dict(
        text=(
            "The Potting Bench, a gardening blog, January 28, 2025 - Your phone is now a plant doctor. U.S. gardeners "
            "and garden centres spent $39 million on AI plant-identification and garden-advice apps in 2021; by 2024 "
            "the figure was nearly 3x that, at $112 million, according to Sprout Metrics. That is still pocket change "
            "next to the roughly $52 billion Americans spend on their lawns and gardens each year. The Portland app "
            "maker LeafLens raised $16 million in May at a $95 million valuation after passing 41 million downloads, "
            "and in the fourth quarter of 2024 alone app subscriptions brought in $9 million. A dozen roses, meanwhile, "
            "still cost about $65 on Valentine's Day."
        ),
        obs=[
            ("Total", 2021, 39, "USD million", "actual"),
            ("Total", 2024, 112, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on protected horticulture: 同比增长 with both amounts, a part
    #    (温室环境智能调控) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the
    #    约4,000万亩 of protected cultivation, the 约120万栋 greenhouses, the 62% survey answer.
    dict(
        text=(
            "《2025中国设施园艺智能化发展报告》日前在寿光发布。报告显示，2024年我国设施园艺人工智能应用（环境智能调控、"
            "作物表型识别、产量预测等）市场规模达到47.3亿元，同比增长21.6%，2023年为38.9亿元。其中，温室环境智能调控"
            "市场规模为19.8亿元，占比41.9%。报告预计，到2030年该市场规模将达到142亿元，2024—2030年复合增长率为20.1%。"
            "报告同时指出，全国设施园艺面积约4,000万亩，各类温室大棚约120万栋；受访种植企业中有62%表示用工成本是推动"
            "智能化改造的首要原因。"
        ),
        obs=[
            ("Total", 2023, 38.9, "CNY 100 million", "actual"),
            ("Total", 2024, 47.3, "CNY 100 million", "actual"),
            ("温室环境智能调控", 2024, 19.8, "CNY 100 million", "actual"),
            ("Total", 2030, 142, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("share", 41.9, "percent", 2024, 2024, None),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47.3 / 38.9) ** (1 / 1) - 1 = 21.59% -> 21.6
            ("arithmetic", "exact"),  # 19.8 / 47.3 = 41.86% -> 41.9
            ("cagr|implied", "exact"),  # (142 / 47.3) ** (1 / 6) - 1 = 20.11% -> 20.1
        ],
    ),
    # 10. Yunnan provincial action plan (Simplified) on the flower industry: 2023 and 2024 actuals with an exact
    #     同比增长25.9%, a 力争到2028年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2.5倍
    #     kept as a multiple x2.5 over 4 years (no verdict). Expected nowhere: the plan's title years, the 约200亿枝
    #     stems, the 约190万亩 of flowers, the auction market's own 交易额, the 1.5亿元 fund and its 40 projects.
    dict(
        text=(
            "云南省农业农村厅日前印发《云南省花卉产业数字化提升行动方案（2025—2028年）》。方案显示，2024年全省鲜切花"
            "AI分级分选、拍卖需求预测与温室智能环控市场规模达6.8亿元，同比增长25.9%，2023年为5.4亿元。方案提出，力争"
            "到2028年全省相关市场规模突破25亿元，较2024年增长2.5倍。方案还明确，全省鲜切花年产量约200亿枝，花卉种植"
            "面积约190万亩，斗南花卉拍卖市场全年交易额约120亿元；省级财政安排专项资金1.5亿元，支持40个数字花田示范项目。"
        ),
        obs=[
            ("Total", 2023, 5.4, "CNY 100 million", "actual"),
            ("Total", 2024, 6.8, "CNY 100 million", "actual"),
            ("Total", 2028, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 5.4) ** (1 / 1) - 1 = 25.93% -> 25.9
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI plant phenotyping and disease spotting: the
    #     first academy's base, YoY and target are the snippet's; both rates hold. Expected nowhere: the second centre's
    #     31亿元 for 2024, the dateline, the forum's title year, the 约2,200万亩 of flowers, the 约2,500亿元 of flower
    #     retail sales (total).
    dict(
        text=(
            "新华社北京2025年5月20日电（记者韩晓雯）记者从2025智慧园艺创新大会上获悉，据中农智慧园艺研究院测算，2024年"
            "我国AI植物表型与病虫害识别（温室巡检相机、叶片影像诊断、苗情监测等）市场规模达23.7亿元，比上年的19.1亿元"
            "增长24.1%。该院预计，到2028年市场规模将达到58亿元，2024年至2028年年均复合增长率约25%。另一家机构华园数据"
            "研究中心则估算，2024年这一市场规模为31亿元。据统计，全国花卉种植面积约2,200万亩，花卉零售市场规模约2,500"
            "亿元。"
        ),
        obs=[
            ("Total", 2023, 19.1, "CNY 100 million", "actual"),
            ("Total", 2024, 23.7, "CNY 100 million", "actual"),
            ("Total", 2028, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.7 / 19.1) ** (1 / 1) - 1 = 24.08% -> 24.1
            ("cagr|implied", "exact"),  # (58 / 23.7) ** (1 / 4) - 1 = 25.07% -> 25
        ],
    ),
    # 12. Taiwan orchid white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the 約
    #     新台幣60億元 of orchid exports (total sales), the 約200公頃 of glasshouse, the 新台幣800元 pot, the 58% answer.
    dict(
        text=(
            "《2025臺灣蘭花與花卉產業智慧化白皮書》指出，2024年國內蝴蝶蘭溫室AI環控、影像分級與病害辨識市場規模為"
            "新台幣12.4億元，預估2029年將成長至新台幣31.8億元，2024至2029年年複合成長率達20.8%。白皮書並指出，去年"
            "蘭花出口值約新台幣60億元，全台蘭花溫室面積約200公頃，一盆雙梗蝴蝶蘭零售價約新台幣800元；受訪業者中有58%"
            "表示缺工是導入AI的主因。"
        ),
        obs=[
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2029, 31.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (31.8 / 12.4) ** (1 / 5) - 1 = 20.73% -> 20.7, not 20.8; bounds (31.75 / 12.45) ** (1/5) - 1 = 20.59%,
            # (31.85 / 12.35) ** (1/5) - 1 = 20.86% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on florists' demand forecasting, plant-ID apps and
    #     stock planning: 約1.6億港元 expected at its printed figure; the YoY holds, the 約27% CAGR is inconsistent.
    #     Expected nowhere: the 約40億港元 of flower retail sales (total), the 約500港元 bouquet, the 約120間 flower
    #     shops, the start-up's 3,500萬港元 funding round.
    dict(
        text=(
            "香港花卉零售商會昨日公布研究報告指出，2024年本港花店及園藝零售商在AI需求預測、植物辨識應用與智能庫存規劃"
            "方面的市場規模約1.6億港元，較2023年的1.3億港元增長23.1%。報告預計，2028年市場規模將升至3.9億港元，2024至"
            "2028年年均複合增長率約27%。報告又指，本港花卉零售總額約40億港元，情人節一束玫瑰售價約500港元，旺角花墟一帶"
            "約有120間花店。本地初創花智科技上月完成3,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.3, "HKD 100 million", "actual"),
            ("Total", 2024, 1.6, "HKD 100 million", "actual"),
            ("Total", 2028, 3.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.6 / 1.3) ** (1 / 1) - 1 = 23.08% -> 23.1
            # (3.9 / 1.6) ** (1 / 4) - 1 = 24.95% -> 25, not 27; bounds (3.85 / 1.65) ** (1/4) - 1 = 23.59%,
            # (3.95 / 1.55) ** (1/4) - 1 = 26.35% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI demand forecasting at flower auctions and
    #     florists: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 17% rise holds
    #     only by rounding. Expected nowhere: the first quarter's 8,600萬元, the auction company's own revenue and
    #     operating margin, the 約2,300萬把 bunches auctioned.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年3月6日電）台灣區花卉發展協會今天表示，去年台灣花卉拍賣市場與花店導入AI需求預測"
            "及切花影像分級的市場規模約新台幣3.3億元，今年在母親節與年節檔期帶動下，可望成長17%至3.9億元。不過今年第一季"
            "市場規模約新台幣8,600萬元，略低於預期。台北花卉產銷公司去年營收約新台幣15億元，營業利益率約6%，全年拍賣"
            "切花約2,300萬把。"
        ),
        obs=[
            ("Total", 2024, 3.3, "TWD 100 million", "actual"),
            ("Total", 2025, 3.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (3.9 / 3.3) ** (1 / 1) - 1 = 18.18% -> 18, not 17; bounds 3.85 / 3.35 - 1 = 14.93%,
            # 3.95 / 3.25 - 1 = 21.54% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI demand forecasting for flower e-commerce and florists: 2023/2024 actuals
    #     with an exact 28.9% YoY; the 2027 range 30亿—36亿元 gives two value claims (no observation). Expected nowhere:
    #     the report's date, the leading firm's revenue, gross margin, rating and target price, its third-quarter
    #     orders, the 约30万家 florists, the 约99元 bouquet.
    dict(
        text=(
            "瑞丰证券研究所2025年9月深度报告《AI赋能鲜花零售：从拍卖到花店的需求预测》。我们测算，2024年国内鲜花电商、"
            "花店与花卉拍卖的AI需求预测及智能补货市场规模为15.6亿元，同比增长28.9%，2023年为12.1亿元。随着鲜花日常消费"
            "渗透提升，我们预计2027年市场规模将达到30亿—36亿元。行业龙头花知科技2024年营收2.3亿元，毛利率47%，首次覆盖"
            "给予“增持”评级，目标价28元；公司三季度新签订单同比增长52%。目前全国花店约30万家，一束11枝红玫瑰线上售价"
            "约99元。"
        ),
        obs=[
            ("Total", 2023, 12.1, "CNY 100 million", "actual"),
            ("Total", 2024, 15.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.6 / 12.1) ** (1 / 1) - 1 = 28.93% -> 28.9
        ],
    ),
    # 16. Markdown table (AI glasshouse climate control and yield forecasting by European country, EUR million) with a
    #     CAGR 2024-30 column and a Total row: each row's CAGR is stated (span in the header); Belgium's 20.3% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the monitor's title year, the 31,000 hectares under glass.
    dict(
        text=(
            "Table 3. AI glasshouse climate control and yield forecasting by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Netherlands | 96.4 | 268.5 | 18.6% |\n"
            "| Belgium | 18.7 | 51.2 | 20.3% |\n"
            "| Germany | 27.3 | 80.9 | 19.8% |\n"
            "| France | 14.8 | 41.6 | 18.8% |\n"
            "| Denmark | 9.2 | 27.5 | 20.0% |\n"
            "| Total | 166.4 | 469.7 | 18.9% |\n"
            "Source: Delta Greenhouse Analytics, European Glasshouse AI Monitor 2025; covers about 31,000 hectares "
            "under glass. F = forecast."
        ),
        obs=[
            ("Netherlands", 2024, 96.4, "EUR million", "actual"),
            ("Netherlands", 2030, 268.5, "EUR million", "estimate"),
            ("Belgium", 2024, 18.7, "EUR million", "actual"),
            ("Belgium", 2030, 51.2, "EUR million", "estimate"),
            ("Germany", 2024, 27.3, "EUR million", "actual"),
            ("Germany", 2030, 80.9, "EUR million", "estimate"),
            ("France", 2024, 14.8, "EUR million", "actual"),
            ("France", 2030, 41.6, "EUR million", "estimate"),
            ("Denmark", 2024, 9.2, "EUR million", "actual"),
            ("Denmark", 2030, 27.5, "EUR million", "estimate"),
            ("Total", 2024, 166.4, "EUR million", "actual"),
            ("Total", 2030, 469.7, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268.5 / 96.4) ** (1 / 6) - 1 = 18.62% -> 18.6
            # (51.2 / 18.7) ** (1 / 6) - 1 = 18.28% -> 18.3, not 20.3; bounds (51.15 / 18.75) ** (1/6) - 1 = 18.21%,
            # (51.25 / 18.65) ** (1/6) - 1 = 18.35% -> 20.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (80.9 / 27.3) ** (1 / 6) - 1 = 19.85% -> 19.8
            ("cagr|implied", "exact"),  # (41.6 / 14.8) ** (1 / 6) - 1 = 18.80% -> 18.8
            ("cagr|implied", "exact"),  # (27.5 / 9.2) ** (1 / 6) - 1 = 20.02% -> 20.0
            ("cagr|implied", "exact"),  # (469.7 / 166.4) ** (1 / 6) - 1 = 18.88% -> 18.9
            ("hierarchy", "exact"),  # 2024: 96.4 + 18.7 + 27.3 + 14.8 + 9.2 = 166.4
            ("hierarchy", "exact"),  # 2030F: 268.5 + 51.2 + 80.9 + 41.6 + 27.5 = 469.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国花卉产业人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "切花智能分级分选\t4.6\t5.9\t7.5\n"
            "花卉拍卖与电商需求预测\t3.8\t4.9\t6.3\n"
            "温室环境智能调控\t7.2\t8.8\t10.9\n"
            "植物识别与养护App\t2.3\t3.1\t4.0\n"
            "合计\t17.9\t22.7\t28.8\n"
            "资料来源：花卉数字化产业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("切花智能分级分选", 2023, 4.6, "CNY 100 million", "actual"),
            ("切花智能分级分选", 2024, 5.9, "CNY 100 million", "actual"),
            ("切花智能分级分选", 2025, 7.5, "CNY 100 million", "estimate"),
            ("花卉拍卖与电商需求预测", 2023, 3.8, "CNY 100 million", "actual"),
            ("花卉拍卖与电商需求预测", 2024, 4.9, "CNY 100 million", "actual"),
            ("花卉拍卖与电商需求预测", 2025, 6.3, "CNY 100 million", "estimate"),
            ("温室环境智能调控", 2023, 7.2, "CNY 100 million", "actual"),
            ("温室环境智能调控", 2024, 8.8, "CNY 100 million", "actual"),
            ("温室环境智能调控", 2025, 10.9, "CNY 100 million", "estimate"),
            ("植物识别与养护App", 2023, 2.3, "CNY 100 million", "actual"),
            ("植物识别与养护App", 2024, 3.1, "CNY 100 million", "actual"),
            ("植物识别与养护App", 2025, 4.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 17.9, "CNY 100 million", "actual"),
            ("合计", 2024, 22.7, "CNY 100 million", "actual"),
            ("合计", 2025, 28.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.6 + 3.8 + 7.2 + 2.3 = 17.9
            ("hierarchy", "exact"),  # 2024: 5.9 + 4.9 + 8.8 + 3.1 = 22.7
            # 2025E: 7.5 + 6.3 + 10.9 + 4.0 = 28.7, not 28.8; bounds 28.5..28.9 (each part +/-0.05)
            # reach 28.75..28.85 -> 28.8 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Japan, fiscal 2024 -> 2024, ¥ billion = JPY billion) with a share column and a Total
    #     row: four shares (the phenotyping row's 17.3% holds only by rounding), rows add to the Total; the Total's
    #     100.0% is no claim. Expected nowhere: the note number, the 41,000 hectares of protected cultivation, the
    #     ¥3,000 pot of moth orchids.
    dict(
        text=(
            "Japan: AI spending in horticulture and flowers by use, fiscal 2024\n"
            "Use                                                   ¥ billion     Share\n"
            "AI climate control in glasshouses                           8.6     47.3%\n"
            "AI grading and sorting of cut flowers and pot plants        4.3     23.6%\n"
            "AI plant phenotyping and disease spotting                   3.1     17.3%\n"
            "AI demand forecasting for flower auctions                   2.2     12.1%\n"
            "Total                                                      18.2    100.0%\n"
            "Note 4: Japan has about 41,000 hectares of protected cultivation; a pot of moth orchids sells for some "
            "¥3,000. Source: Sakura Agritech Research."
        ),
        obs=[
            ("AI climate control in glasshouses", 2024, 8.6, "JPY billion", "actual"),
            ("AI grading and sorting of cut flowers and pot plants", 2024, 4.3, "JPY billion", "actual"),
            ("AI plant phenotyping and disease spotting", 2024, 3.1, "JPY billion", "actual"),
            ("AI demand forecasting for flower auctions", 2024, 2.2, "JPY billion", "actual"),
            ("Total", 2024, 18.2, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 47.3, "percent", 2024, 2024, None),
            ("share", 23.6, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8.6 / 18.2 = 47.25% -> 47.3
            ("arithmetic", "exact"),  # 4.3 / 18.2 = 23.63% -> 23.6
            # 3.1 / 18.2 = 17.03% -> 17.0, not 17.3; bounds 3.05 / 18.25 = 16.71%, 3.15 / 18.15 = 17.36%
            # -> 17.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 2.2 / 18.2 = 12.09% -> 12.1
            ("hierarchy", "exact"),  # 8.6 + 4.3 + 3.1 + 2.2 = 18.2
        ],
    ),
    # 19. Vertical table (Kenya) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 24.2% is inconsistent. Expected nowhere: the
    #     source's month and year, the shilling conversion rate (shillings only as an aside), the 4,800 hectares of
    #     flower farms, the 2020 dash.
    dict(
        text=(
            "Kenya: spending by flower farms on AI grading, sorting and greenhouse climate control\n"
            "Year | USD million | YoY\n"
            "2020 | 6.8 | -\n"
            "2021 | 8.1 | 19.1%\n"
            "2022 | 9.9 | 22.2%\n"
            "2023 | 12.0 | 24.2%\n"
            "2024 | 14.6 | 21.7%\n"
            "2025E | 17.5 | 19.9%\n"
            "Source: Rift Valley Horticulture Insights, May 2025; shilling spending converted at KSh 129 to the US "
            "dollar; the country's flower farms cover about 4,800 hectares. E = estimate."
        ),
        obs=[
            ("Total", 2020, 6.8, "USD million", "actual"),
            ("Total", 2021, 8.1, "USD million", "actual"),
            ("Total", 2022, 9.9, "USD million", "actual"),
            ("Total", 2023, 12.0, "USD million", "actual"),
            ("Total", 2024, 14.6, "USD million", "actual"),
            ("Total", 2025, 17.5, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2020, 2021, 1.0),
            ("growth", 22.2, "percent", 2021, 2022, 1.0),
            ("growth", 24.2, "percent", 2022, 2023, 1.0),
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("growth", 19.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.8) ** (1 / 1) - 1 = 19.12% -> 19.1
            ("cagr|implied", "exact"),  # (9.9 / 8.1) ** (1 / 1) - 1 = 22.22% -> 22.2
            # (12.0 / 9.9) ** (1 / 1) - 1 = 21.21% -> 21.2, not 24.2; bounds 11.95 / 9.95 - 1 = 20.10%,
            # 12.05 / 9.85 - 1 = 22.34% -> 24.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (14.6 / 12.0) ** (1 / 1) - 1 = 21.67% -> 21.7
            ("cagr|implied", "exact"),  # (17.5 / 14.6) ** (1 / 1) - 1 = 19.86% -> 19.9
        ],
    ),
    # 20. Tab-separated segment table (US garden centres, USD million) with a Total row: rows add to the Total in 2023
    #     and 2025F, the 2024 Total holds only by rounding; 2025F an estimate. Expected nowhere: the table's note on
    #     the 2,900 independent garden centres surveyed, the $48 billion of lawn and garden retail sales (total).
    dict(
        text=(
            "United States: AI at garden centres by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI stock planning and demand forecasting\t41\t52\t65\n"
            "AI plant-identification and garden-advice apps\t33\t44\t57\n"
            "AI irrigation and climate control in retail greenhouses\t18\t23\t29\n"
            "AI pricing and markdown tools\t12\t15\t19\n"
            "Total\t104\t135\t170\n"
            "Source: Greenway Retail Analytics, survey of 2,900 independent garden centres; lawn and garden retail "
            "sales came to about $48 billion in 2024. F = forecast."
        ),
        obs=[
            ("AI stock planning and demand forecasting", 2023, 41, "USD million", "actual"),
            ("AI stock planning and demand forecasting", 2024, 52, "USD million", "actual"),
            ("AI stock planning and demand forecasting", 2025, 65, "USD million", "estimate"),
            ("AI plant-identification and garden-advice apps", 2023, 33, "USD million", "actual"),
            ("AI plant-identification and garden-advice apps", 2024, 44, "USD million", "actual"),
            ("AI plant-identification and garden-advice apps", 2025, 57, "USD million", "estimate"),
            ("AI irrigation and climate control in retail greenhouses", 2023, 18, "USD million", "actual"),
            ("AI irrigation and climate control in retail greenhouses", 2024, 23, "USD million", "actual"),
            ("AI irrigation and climate control in retail greenhouses", 2025, 29, "USD million", "estimate"),
            ("AI pricing and markdown tools", 2023, 12, "USD million", "actual"),
            ("AI pricing and markdown tools", 2024, 15, "USD million", "actual"),
            ("AI pricing and markdown tools", 2025, 19, "USD million", "estimate"),
            ("Total", 2023, 104, "USD million", "actual"),
            ("Total", 2024, 135, "USD million", "actual"),
            ("Total", 2025, 170, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41 + 33 + 18 + 12 = 104
            # 2024: 52 + 44 + 23 + 15 = 134, not 135; bounds 132..136 (each part +/-0.5)
            # reach 134.5..135.5 -> 135 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 65 + 57 + 29 + 19 = 170
        ],
    ),
    # 21. US grower-tech firm's earnings-call answer sizing a North American TAM (USD billion) for AI glasshouse climate
    #     control and yield forecasting: the TAM the company sizes is the market (Total); "this year" is the call's
    #     year (2025, "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the call's date and quarter, the quarter's revenue and 58% gross margin, the
    #     410 glasshouses and 1,900 hectares.
    dict(
        text=(
            "Verdana Growtech Q2 2025 earnings call, August 7, 2025 - Q&A\n"
            "Analyst (Marcus Feld, Harborview Securities): Can you size the opportunity for your climate software "
            "beyond the greenhouses you already serve?\n"
            "CEO Ingrid Vos: We put the total addressable market for AI climate control and yield forecasting in North "
            "American glasshouses at roughly $1.4 billion this year, up about 22% from $1.15 billion last year, as "
            "tomato, cucumber and cut-flower growers hand venting, heating and lighting to models. We see it reaching "
            "$3.1 billion by 2030, a compound annual rate of about 17% over 2025-2030. In the quarter we booked revenue "
            "of $64 million at a 58% gross margin, and our controllers now run in 410 glasshouses covering some 1,900 "
            "hectares."
        ),
        obs=[
            ("Total", 2024, 1.15, "USD billion", "actual"),
            ("Total", 2025, 1.4, "USD billion", "estimate"),
            ("Total", 2030, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.15) ** (1 / 1) - 1 = 21.74% -> 22
            ("cagr|implied", "exact"),  # (3.1 / 1.4) ** (1 / 5) - 1 = 17.23% -> 17
        ],
    ),
    # 22. Dutch working-paper abstract on AI plant phenotyping and camera-based disease spotting in glasshouses (EUR
    #     million): YoY with both amounts, a 2030 figure in billions converted to the series' unit (EUR million), a
    #     CAGR with printed span that holds only by rounding. Expected nowhere: the paper number, the €10.4 billion of
    #     flower and plant exports, the 10,500 hectares under glass, the "more than five hectares" threshold.
    dict(
        text=(
            "Westland Horticultural Economics Working Paper 2025-11. Abstract: Using grower procurement records and "
            "vendor filings, we size the Dutch market for AI plant phenotyping and camera-based disease spotting in "
            "glasshouses, from rail-mounted scouting robots to fixed hyperspectral cameras above the crop. Spending "
            "rose from \u20ac74 million in 2023 to \u20ac91 million in 2024, an increase of 23%, and we project \u20ac0.26 "
            "billion by 2030, a compound annual growth rate of 19.3% over 2024-2030. These sums are small beside the "
            "Netherlands' \u20ac10.4 billion of flower and plant exports, or its roughly 10,500 hectares under glass. "
            "We find that adoption clusters among growers of more than five hectares, where a single early warning of "
            "botrytis or thrips can pay for a season's subscription."
        ),
        obs=[
            ("Total", 2023, 74, "EUR million", "actual"),
            ("Total", 2024, 91, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (91 / 74) ** (1 / 1) - 1 = 22.97% -> 23
            # (260 / 91) ** (1 / 6) - 1 = 19.12% -> 19.1, not 19.3; bounds (255 / 91.5) ** (1/6) - 1 = 18.63%,
            # (265 / 90.5) ** (1/6) - 1 = 19.61% (0.26 billion read at 0.255-0.265) -> 19.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on UK AI plant-identification and garden-advice apps (GBP million): YoY
    #     with both amounts, a CAGR with printed span that no reading of the amounts gives (inconsistent). Expected
    #     nowhere: the £8bn of UK plant, compost and garden-kit spending, the 4.1M downloads, the DKK 140M Danish
    #     market (kroner), the 62% survey answer.
    dict(
        text=(
            "1/ Quick thread on AI plant-ID and garden-advice apps in the UK, because the new Potting Shed Analytics "
            "report has some eye-catching numbers.\n"
            "2/ British gardeners spent \u00a338M on AI plant-identification and garden-advice apps in 2024, vs \u00a329M "
            "in 2023. That's +31% in one year.\n"
            "3/ Their forecast: \u00a3105M by 2030, which they call a 21% CAGR for 2024-2030. Hmm.\n"
            "4/ For scale, UK households spend something like \u00a38bn a year on plants, compost and garden kit, and "
            "the top app alone logged 4.1M downloads last year.\n"
            "5/ Denmark is tiny by comparison at about DKK 140M. And 62% of the app users surveyed said they'd pay "
            "more for pest alerts. /end"
        ),
        obs=[
            ("Total", 2023, 29, "GBP million", "actual"),
            ("Total", 2024, 38, "GBP million", "actual"),
            ("Total", 2030, 105, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 29) ** (1 / 1) - 1 = 31.03% -> 31
            # (105 / 38) ** (1 / 6) - 1 = 18.46%; bounds (104.5 / 38.5) ** (1/6) - 1 = 18.11%,
            # (105.5 / 37.5) ** (1/6) - 1 = 18.81% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Web article with a byline date and a correction line on AI grading and sorting lines at Kenyan flower farms
    #     (USD million): YoY with both amounts, two parts with shares, one share reached by no reading (inconsistent);
    #     2028 (expects, estimate). Expected nowhere: the byline date, the misprinted $2 million, the $830 million of
    #     flower exports, the 1.2 billion stems, the 5,000 hectares, the KES 40 million line cost (shillings), the $4
    #     price of a bunch of roses.
    dict(
        text=(
            "Kenyan rose farms turn to machine eyes\n"
            "By Wanjiru Kamau, 14 May 2025\n"
            "Kenya's flower growers spent $27 million on AI grading and sorting lines for cut flowers in 2024, up 35% "
            "from $20 million a year earlier, according to Rift Valley Agri Insights. Rose grading lines took the "
            "lion's share at $17 million, or 63% of the total, while stem-length and bud-size vision sorters came to "
            "$6 million, some 26%. The consultancy expects spending to reach $48 million by 2028. The sector exported "
            "flowers worth roughly $830 million last year, about 1.2 billion stems in all, from some 5,000 hectares, "
            "and a single AI line costs a mid-sized farm about KES 40 million. A bunch of 20 export roses still fetches "
            "about $4 at the Dutch clock.\n"
            "Correction: An earlier version of this article gave 2023 spending as $2 million. The correct figure is "
            "$20 million."
        ),
        obs=[
            ("Total", 2023, 20, "USD million", "actual"),
            ("Total", 2024, 27, "USD million", "actual"),
            ("Rose grading lines", 2024, 17, "USD million", "actual"),
            ("Stem-length and bud-size vision sorters", 2024, 6, "USD million", "actual"),
            ("Total", 2028, 48, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 63, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27 / 20) ** (1 / 1) - 1 = 35.00% -> 35
            ("arithmetic", "exact"),  # 17 / 27 = 62.96% -> 63
            # 6 / 27 = 22.22%; bounds 5.5 / 27.5 = 20.00%, 6.5 / 26.5 = 24.53% -> 26 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Ghent climate-software maker's letter to shareholders (EUR million) on the European market for AI glasshouse
    #     climate control and yield forecasting: a multiple between 2019 and 2024 (x3.5, distance 5, no verdict), a
    #     2028 figure in billions ("exceed", printed figure, converted to EUR million, estimate) and a CAGR whose span
    #     only the amounts' years give (inferred). Expected nowhere: the annual report's title year, the letter's
    #     date, the company's revenue, its 12% growth and 9.4% margin, the 2,300 glasshouses, the €0.48 dividend.
    dict(
        text=(
            "Annual Report 2024 - Letter to shareholders\n"
            "Ghent, 18 March 2025\n"
            "Dear shareholders, our market again grew faster than we did. By our own estimate, European growers spent "
            "\u20ac420 million in 2024 on AI climate control and yield forecasting for glasshouses - software that sets "
            "vents, screens, heating and LED lighting hour by hour and predicts the coming week's harvest - 3.5 times "
            "the \u20ac120 million of 2019. We expect the market to exceed \u20ac0.9 billion in 2028, a compound annual "
            "growth of about 21%. Our own revenue rose 12% to \u20ac96 million at an operating margin of 9.4%, and our "
            "controllers now steer the climate in 2,300 glasshouses across eleven countries. The board proposes a "
            "dividend of \u20ac0.48 per share. Thank you for your continued confidence."
        ),
        obs=[
            ("Total", 2019, 120, "EUR million", "actual"),
            ("Total", 2024, 420, "EUR million", "actual"),
            ("Total", 2028, 900, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3.5, "multiple", 2019, 2024, 5.0),
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (900 / 420) ** (1 / 4) - 1 = 20.99% -> 21 (bounds 850-950 for the printed 0.9 billion)
            ("cagr|period", "exact"),
        ],
    ),
    # 26. Amsterdam glasshouse-automation firm's investor-day slide bullets (EUR billion, global AI glasshouse climate
    #     control and yield forecasting): 2024 TAM actual, 2025E and 2028E estimates; YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the investor day's year and date, the slide number, the DKK 21bn aside
    #     (kroner), the 3,400 glasshouses, the FY2025 revenue guidance range and EBITDA margin, the 47% survey answer.
    dict(
        text=(
            "Kasgroen Technologies Investor Day 2025 - Amsterdam, 24 September 2025\n"
            "Slide 9: Where the glasshouse is heading\n"
            "- 2024 TAM: \u20ac2.4B worldwide for AI glasshouse climate control and yield forecasting\n"
            "- 2025E TAM: \u20ac2.8B (+17% YoY), roughly DKK 21bn\n"
            "- 2028E TAM: \u20ac4.7B, a 2025-28 CAGR of 19%\n"
            "- Glasshouses running our controllers: 3,400+\n"
            "- FY2025 revenue guidance: \u20ac180-190M at a 22% EBITDA margin\n"
            "- 47% of growers surveyed plan to add AI yield forecasting within two years"
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2025, 2.8, "EUR billion", "estimate"),
            ("Total", 2028, 4.7, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.8 / 2.4) ** (1 / 1) - 1 = 16.67% -> 17
            ("cagr|implied", "exact"),  # (4.7 / 2.8) ** (1 / 3) - 1 = 18.84% -> 19
        ],
    ),
    # 27. Forum answer quoting two research houses on AI demand forecasting for German florists and flower wholesalers
    #     (EUR million): the first house gives base, target and rate (the snippet's figures). Expected nowhere: the
    #     second house's €150 million for 2029, the 287 votes, the €9.3 billion of cut-flower and plant spending, the
    #     7,000 florist shops, the €35 bouquet.
    dict(
        text=(
            "Re: What is the market for AI demand forecasting at German florists?\n"
            "Accepted answer (287 votes): Two houses, two answers. Rheinblick Research sizes German spending on AI "
            "demand forecasting and stock ordering for florists and flower wholesalers at \u20ac58 million in 2024 and "
            "forecasts \u20ac131 million by 2029, a CAGR of 18% over 2024-2029. Kranich Marktdaten is far more "
            "optimistic and puts 2029 at \u20ac150 million. To put it in perspective, Germans spent about \u20ac9.3 "
            "billion on cut flowers and plants last year, there are roughly 7,000 florist shops, and a mid-range "
            "bouquet costs \u20ac35. I'd trust Rheinblick: they count only the forecasting software, not the tills it "
            "plugs into."
        ),
        obs=[
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2029, 131, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131 / 58) ** (1 / 5) - 1 = 17.70% -> 18
        ],
    ),
    # 28. Sydney broker note in Australian dollars on AI stock planning at garden centres and nursery demand
    #     forecasting: Australian dollars are not in the unit table, so no observation; its YoY, CAGR (fiscal years,
    #     printed span) and share are claims, none with two amounts in a held currency, so no verdicts. Expected
    #     nowhere: the dateline, the A$96 million, the A$3.2 billion of nursery turnover, the 1,600 garden centres, the
    #     target price and upside, the pick's June-half margin.
    dict(
        text=(
            "Southern Cross Equities - Australian Horticulture Tech - Sydney, 12 August 2025\n"
            "Smarter nurseries. We size Australia's market for AI stock planning at garden centres and demand "
            "forecasting for wholesale nurseries at A$96 million in FY2025, up 21% year on year, and forecast a 19% "
            "CAGR over FY2025-FY2029 as chains tie ordering to weather and foot-traffic data. Garden-centre stock "
            "planning accounts for 44% of that spend. The nursery industry itself turns over some A$3.2 billion a year "
            "through about 1,600 garden centres. Our top pick, Greenlane Retail Systems (BUY, TP A$4.80, 26% upside), "
            "posted a 17% EBITDA margin for the June half."
        ),
        obs=[],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2029, None, "stated"),
            ("share", 44, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in the flower industry: YoY with both amounts, a part with its
    #     share, a 2027 figure (突破, printed figure, estimate). Expected nowhere: the dateline, the 170万公顷 of flower
    #     land, the 2,500亿元 of flower retail sales, the 120亿枝 of stems, the 500元 bouquet.
    dict(
        text=(
            "新华社昆明2025年4月22日电（记者杨晓岚）记者从中国花卉协会数字花卉分会获悉，2024年我国花卉产业人工智能应用"
            "（含鲜切花AI分级分选、拍卖需求预测与温室环境智能调控）市场规模达到42.6亿元，较2023年的34.8亿元增长22.4%。"
            "其中，鲜切花AI分级分选市场规模为15.3亿元，占比35.9%。分会预计，到2027年该市场规模将突破80亿元。数据显示，"
            "2024年全国花卉种植面积约170万公顷，花卉零售市场规模超过2,500亿元，斗南花卉市场全年交易鲜切花约120亿枝；"
            "情人节前后一束99枝玫瑰的零售价一度超过500元。"
        ),
        obs=[
            ("Total", 2023, 34.8, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("鲜切花AI分级分选", 2024, 15.3, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 34.8) ** (1 / 1) - 1 = 22.41% -> 22.4
            ("arithmetic", "exact"),  # 15.3 / 42.6 = 35.92% -> 35.9
        ],
    ),
    # 30. Qingzhou municipal plan (Simplified, 亿元) on AI in the flower industry: 2024 base actual, 2027 target (力争,
    #     estimate), a part in 万元 kept in its own unit (CNY 10 thousand, 2027 target, estimate), a CAGR whose span
    #     only the amounts' years give (inferred). Expected nowhere: the document number, the title's year span, the
    #     1,500 glasshouses, the 12万亩 of flower land, the 1.2亿元 yearly development fund.
    dict(
        text=(
            "《青州市花卉产业数字化提升行动方案（2025—2027年）》（青政办发〔2025〕8号）\n"
            "二、主要目标。到2027年，全市花卉AI应用（温室智能环控、盆花AI分级分选、线上需求预测）市场规模力争达到9.6亿元，"
            "较2024年的5.2亿元实现较快增长，年均增长约23%；其中，盆花AI分级分选市场规模力争达到21000万元。全市建成数字化"
            "花卉温室超过1,500栋，花卉种植面积稳定在12万亩左右。三、保障措施。市财政每年统筹安排花卉产业发展资金约1.2亿元，"
            "支持企业建设AI分级线和温室数据平台。"
        ),
        obs=[
            ("Total", 2024, 5.2, "CNY 100 million", "actual"),
            ("Total", 2027, 9.6, "CNY 100 million", "estimate"),
            ("盆花AI分级分选", 2027, 21000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.6 / 5.2) ** (1 / 3) - 1 = 22.67% -> 23
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI disease imaging and phenotyping in protected
    #     horticulture: YoY with both amounts, CAGR with printed span, a part with a share that holds only by rounding;
    #     2028 (預估, estimate). Expected nowhere: the dateline, the 60億元 of orchid exports, the 230公頃 of orchid
    #     glasshouses, the 3.5億元 Series A round.
    dict(
        text=(
            "【台北訊】2025年6月10日 — 台灣園藝科技研究中心今日發布報告指出，2024年台灣設施園藝AI病害影像辨識與植物表型"
            "分析市場規模達新台幣18.4億元，較2023年的14.9億元成長23.5%。研究中心預估，2028年市場規模將達新台幣41億元，"
            "2024至2028年年複合成長率約22.2%。其中蝴蝶蘭溫室病害辨識為最大應用，2024年規模為新台幣7.6億元，占比41.5%。"
            "報告並指出，台灣蝴蝶蘭年出口值約新台幣60億元，全台蘭花溫室面積約230公頃；業者苗眼科技今年初完成一筆新台幣"
            "3.5億元的A輪募資。"
        ),
        obs=[
            ("Total", 2023, 14.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2028, 41, "TWD 100 million", "estimate"),
            ("蝴蝶蘭溫室病害辨識", 2024, 7.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
            ("share", 41.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.9) ** (1 / 1) - 1 = 23.49% -> 23.5
            ("cagr|implied", "exact"),  # (41 / 18.4) ** (1 / 4) - 1 = 22.18% -> 22.2
            # 7.6 / 18.4 = 41.30% -> 41.3, not 41.5; bounds 7.55 / 18.45 = 40.92%, 7.65 / 18.35 = 41.69%
            # -> 41.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI demand forecasting and stock planning at florists
    #     and garden centres: YoY with both amounts, a CAGR with printed span that no reading gives (inconsistent);
    #     2029 (預計, estimate). Expected nowhere: the report's title year, the 62億港元 of flower and pot-plant retail
    #     sales, the 1,200 florists, the 1,800港元 peach-blossom pot, the 680港元 bouquet.
    dict(
        text=(
            "香港花卉及園藝業協會《2025香港花藝零售科技報告》指出，本港花店、園藝中心及網上花店採用AI需求預測與庫存規劃的"
            "市場規模於2024年達到3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2029年市場規模將達到8.2億港元，"
            "2024至2029年複合年增長率為15%。報告又指，本港花卉及盆栽零售額2024年約為62億港元，全港約有1,200間花店，"
            "農曆新年期間一盆大型桃花售價可達1,800港元，旺角花墟一束12枝玫瑰的情人節價格則約680港元。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2029, 8.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            # (8.2 / 3.6) ** (1 / 5) - 1 = 17.90%; bounds (8.15 / 3.65) ** (1/5) - 1 = 17.43%,
            # (8.25 / 3.55) ** (1/5) - 1 = 18.37% -> 15 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global AI plant-identification and garden-advice apps: YoY with both
    #     amounts holding only by rounding, 2028 (超過 in the body, 上看 in the title: one printed figure, estimate).
    #     Expected nowhere: the post's time line, the 5,000萬次 downloads, the 30美元 subscription, the 6% share-price
    #     move.
    dict(
        text=(
            "作者 greenthumb88 (週末花農)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI植物辨識App市場2028年上看12億美元\n"
            "時間 Tue Jul 8 22:41:17 2025\n"
            "外電研調機構Leafline Insights最新報告，全球AI植物辨識和園藝諮詢App的市場，2024年規模為6.3億美元，比2023年"
            "的5.1億美元成長25%，預估2028年會超過12億美元。龍頭App去年下載量破5,000萬次，年費訂閱大約30美元。台灣這邊"
            "相關概念股昨天漲了6%，不過這塊占營收還很小，大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 5.1, "USD 100 million", "actual"),
            ("Total", 2024, 6.3, "USD 100 million", "actual"),
            ("Total", 2028, 12, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.3 / 5.1) ** (1 / 1) - 1 = 23.53% -> 24, not 25; bounds 6.25 / 5.15 - 1 = 21.36%,
            # 6.35 / 5.05 - 1 = 25.74% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI climate control and yield forecasting in protected horticulture: YoY
    #     with both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict).
    #     Expected nowhere: the report date and series number, the 4,000万亩 of protected horticulture, the 1.2万公顷
    #     of glasshouses, the target price and upside, the pick's revenue.
    dict(
        text=(
            "【东岳证券】设施农业系列报告之二：AI环控开启温室数字化新空间（2025年6月16日）\n"
            "摘要：我们测算，2024年我国设施园艺AI环境调控与产量预测系统市场规模为27.8亿元，较2023年的22.6亿元同比增长"
            "23.0%；预计2027年市场规模将达到48—55亿元。其中温室AI环境调控占比约52%，为最大细分领域。截至2024年底全国"
            "设施园艺面积超过4,000万亩，连栋玻璃温室约1.2万公顷。首次覆盖给予行业“推荐”评级，重点推荐禾光智控（目标价"
            "28元，上涨空间31%），公司2024年营业收入6.4亿元。"
        ),
        obs=[
            ("Total", 2023, 22.6, "CNY 100 million", "actual"),
            ("Total", 2024, 27.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("value", 48, "CNY 100 million", 2027, 2027, None),
            ("value", 55, "CNY 100 million", 2027, 2027, None),
            ("share", 52, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.8 / 22.6) ** (1 / 1) - 1 = 23.01% -> 23.0
        ],
    ),
    # 35. Seedling firm's results-briefing transcript (Simplified, 亿元), dated 2025, on AI plant phenotyping and
    #     disease recognition: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY; 2028 (有望,
    #     estimate) with a CAGR of printed span holding only by rounding. Expected nowhere: the briefing's date, the
    #     company's revenue and gross margin, the first quarter's net profit, the 8亿株 seedlings, the 600 glasshouses.
    dict(
        text=(
            "青禾种苗2024年度暨2025年第一季度业绩说明会文字实录（2025年5月20日）\n"
            "投资者：公司如何看待AI植物表型和病害识别的市场空间？\n"
            "董事长：根据我们的测算，今年全国种苗与花卉领域AI植物表型和病害识别市场规模约16亿元，去年为12.8亿元，增长约25%。"
            "到2028年，这一市场有望达到30亿元，2025—2028年复合增长率约24%。公司2024年营业收入21.6亿元，毛利率34%；一季度"
            "归母净利润1.9亿元。目前公司年出圃种苗约8亿株，育苗温室约600栋，已全部接入AI病害识别摄像头。"
        ),
        obs=[
            ("Total", 2024, 12.8, "CNY 100 million", "actual"),
            ("Total", 2025, 16, "CNY 100 million", "estimate"),
            ("Total", 2028, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("cagr", 24, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16 / 12.8) ** (1 / 1) - 1 = 25.00% -> 25
            # (30 / 16) ** (1 / 3) - 1 = 23.31% -> 23, not 24; bounds (29.5 / 16.5) ** (1/3) - 1 = 21.37%,
            # (30.5 / 15.5) ** (1/3) - 1 = 25.31% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown table (USD million, US and Canada AI in horticulture) by segment with a Total row and a CAGR column
    #     (span printed in the header); 2030F is an estimate; the grading CAGR holds only by rounding, the app CAGR by
    #     no reading (inconsistent). Expected nowhere: the table number, the US$61 billion of flower, plant and garden
    #     retail sales and the 9,000 acres under glass in the note.
    dict(
        text=(
            "Table 4. US and Canada market for AI in horticulture by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI glasshouse climate control and yield forecasting | 386 | 1,012 | 17.4% |\n"
            "| AI plant phenotyping and disease spotting | 214 | 640 | 20.0% |\n"
            "| AI grading and sorting of cut flowers and pot plants | 127 | 318 | 16.6% |\n"
            "| AI plant-identification and garden-advice apps | 163 | 402 | 18.2% |\n"
            "| Total | 890 | 2,372 | 17.7% |\n"
            "Note: F = forecast. Source: Larkspur & Finch Agri Advisory, from grower contracts and vendor filings. "
            "Excludes the roughly US$61 billion of annual flower, plant and garden retail sales; growers in the two "
            "countries run about 9,000 acres under glass."
        ),
        obs=[
            ("AI glasshouse climate control and yield forecasting", 2024, 386, "USD million", "actual"),
            ("AI glasshouse climate control and yield forecasting", 2030, 1012, "USD million", "estimate"),
            ("AI plant phenotyping and disease spotting", 2024, 214, "USD million", "actual"),
            ("AI plant phenotyping and disease spotting", 2030, 640, "USD million", "estimate"),
            ("AI grading and sorting of cut flowers and pot plants", 2024, 127, "USD million", "actual"),
            ("AI grading and sorting of cut flowers and pot plants", 2030, 318, "USD million", "estimate"),
            ("AI plant-identification and garden-advice apps", 2024, 163, "USD million", "actual"),
            ("AI plant-identification and garden-advice apps", 2030, 402, "USD million", "estimate"),
            ("Total", 2024, 890, "USD million", "actual"),
            ("Total", 2030, 2372, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1012 / 386) ** (1 / 6) - 1 = 17.43% -> 17.4
            ("cagr|implied", "exact"),  # (640 / 214) ** (1 / 6) - 1 = 20.03% -> 20.0
            # (318 / 127) ** (1 / 6) - 1 = 16.53% -> 16.5, not 16.6; bounds (317.5 / 127.5) ** (1/6) - 1 = 16.42%,
            # (318.5 / 126.5) ** (1/6) - 1 = 16.64% -> 16.6 reached only by some reading
            ("cagr|implied", "rounding"),
            # (402 / 163) ** (1 / 6) - 1 = 16.24%; bounds (401.5 / 163.5) ** (1/6) - 1 = 16.15%,
            # (402.5 / 162.5) ** (1/6) - 1 = 16.32% -> 18.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2372 / 890) ** (1 / 6) - 1 = 17.75% -> 17.7
            ("hierarchy", "exact"),  # 2024: 386 + 214 + 127 + 163 = 890
            ("hierarchy", "exact"),  # 2030F: 1,012 + 640 + 318 + 402 = 2,372
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese flowers and nursery plants with a Total row
    #     and a YoY column; the grading YoY holds only by rounding. Expected nowhere: the figure number, the 1,100
    #     hectares of glasshouses and the 3.5 billion stems in the note.
    dict(
        text=(
            "Figure 2. Japan: AI in flowers and nursery plants by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI demand forecasting for flower auctions\t4.6\t5.8\t26.1%\n"
            "AI grading and sorting of cut flowers\t7.2\t8.5\t17.9%\n"
            "AI glasshouse climate control\t12.4\t14.9\t20.2%\n"
            "Total\t24.2\t29.2\t20.7%\n"
            "Note: fiscal years to March. Source: Hanamichi Agri Research, from contracts with auction houses, "
            "growers' cooperatives and prefectural trial stations; the country's roughly 1,100 hectares of glasshouses "
            "and some 3.5 billion cut-flower stems sold a year are given for context only."
        ),
        obs=[
            ("AI demand forecasting for flower auctions", 2023, 4.6, "JPY billion", "actual"),
            ("AI demand forecasting for flower auctions", 2024, 5.8, "JPY billion", "actual"),
            ("AI grading and sorting of cut flowers", 2023, 7.2, "JPY billion", "actual"),
            ("AI grading and sorting of cut flowers", 2024, 8.5, "JPY billion", "actual"),
            ("AI glasshouse climate control", 2023, 12.4, "JPY billion", "actual"),
            ("AI glasshouse climate control", 2024, 14.9, "JPY billion", "actual"),
            ("Total", 2023, 24.2, "JPY billion", "actual"),
            ("Total", 2024, 29.2, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.8 / 4.6 - 1 = 26.09% -> 26.1
            # 8.5 / 7.2 - 1 = 18.06% -> 18.1, not 17.9; bounds 8.45 / 7.25 - 1 = 16.55%, 8.55 / 7.15 - 1 = 19.58%
            # -> 17.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 14.9 / 12.4 - 1 = 20.16% -> 20.2
            ("cagr|implied", "exact"),  # 29.2 / 24.2 - 1 = 20.66% -> 20.7
            ("hierarchy", "exact"),  # FY2023: 4.6 + 7.2 + 12.4 = 24.2
            ("hierarchy", "exact"),  # FY2024: 5.8 + 8.5 + 14.9 = 29.2
        ],
    ),
    # 38. Space-aligned table (EUR million, Netherlands, 2024) of AI spending at flower auctions and growers by use,
    #     with a share column and a Total row (its 100.0% is no claim); two shares hold only by rounding. Expected
    #     nowhere: the 160 growers and traders surveyed, the €7 billion sold through the clocks, the 12 auction clocks.
    dict(
        text=(
            "Netherlands: AI spending at flower auctions and growers by use, 2024 (\u20acm)\n"
            "Use                                          \u20acm       Share\n"
            "AI demand forecasting for clock auctions     48.3     35.6%\n"
            "AI grading and sorting of cut flowers        39.6     29.1%\n"
            "AI climate control in glasshouses            31.4     23.0%\n"
            "AI disease spotting from cameras             16.7     12.3%\n"
            "Total                                        136.0    100.0%\n"
            "Note: Bloemenveld Advisory survey of 160 growers and traders; excludes the roughly \u20ac7 billion of "
            "flowers and plants sold through the clocks, and counts the 12 auction clocks' shared systems once."
        ),
        obs=[
            ("AI demand forecasting for clock auctions", 2024, 48.3, "EUR million", "actual"),
            ("AI grading and sorting of cut flowers", 2024, 39.6, "EUR million", "actual"),
            ("AI climate control in glasshouses", 2024, 31.4, "EUR million", "actual"),
            ("AI disease spotting from cameras", 2024, 16.7, "EUR million", "actual"),
            ("Total", 2024, 136.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 35.6, "percent", 2024, 2024, None),
            ("share", 29.1, "percent", 2024, 2024, None),
            ("share", 23.0, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 48.3 / 136.0 = 35.51% -> 35.5, not 35.6; bounds 48.25 / 136.05 = 35.46%, 48.35 / 135.95 = 35.56%
            # -> 35.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 39.6 / 136.0 = 29.12% -> 29.1
            # 31.4 / 136.0 = 23.09% -> 23.1, not 23.0; bounds 31.35 / 136.05 = 23.04%, 31.45 / 135.95 = 23.13%
            # -> 23.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 16.7 / 136.0 = 12.28% -> 12.3
            ("hierarchy", "exact"),  # 48.3 + 39.6 + 31.4 + 16.7 = 136.0
        ],
    ),
    # 39. Vertical table whose rows are years (GBP million, UK AI stock planning at garden centres), a lone value
    #     column headed by its unit only (Total) beside a YoY column; 2025E is an estimate; a CAGR with printed span in
    #     the note. Expected nowhere: the £1.9 billion of garden-centre plant sales, the 2,100 garden centres.
    dict(
        text=(
            "UK: AI stock planning at garden centres\n"
            "Year      \u00a3m      YoY\n"
            "2021      18      -\n"
            "2022      24      33.3%\n"
            "2023      31      29.2%\n"
            "2024      39      25.8%\n"
            "2025E     48      23.1%\n"
            "Note: E = estimate; CAGR 2021-2025E: 27.8%. Source: Hedgerow Retail Analytics, from software contracts at "
            "independent and chain garden centres for replenishment, bedding-plant ordering and seasonal stock. Excludes the roughly \u00a31.9 billion of plants the country's some "
            "2,100 garden centres sold in 2024."
        ),
        obs=[
            ("Total", 2021, 18, "GBP million", "actual"),
            ("Total", 2022, 24, "GBP million", "actual"),
            ("Total", 2023, 31, "GBP million", "actual"),
            ("Total", 2024, 39, "GBP million", "actual"),
            ("Total", 2025, 48, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2021, 2022, 1.0),
            ("growth", 29.2, "percent", 2022, 2023, 1.0),
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2024, 2025, 1.0),
            ("cagr", 27.8, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24 / 18 - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # 31 / 24 - 1 = 29.17% -> 29.2
            ("cagr|implied", "exact"),  # 39 / 31 - 1 = 25.81% -> 25.8
            ("cagr|implied", "exact"),  # 48 / 39 - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (48 / 18) ** (1 / 4) - 1 = 27.79% -> 27.8
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's flower industry with a 合計 row; 2025年(預估) is an
    #     estimate; the 2024 合計 holds only by rounding. Expected nowhere: the table number, the title's year span,
    #     the 1.3萬公頃 of flower land in the note.
    dict(
        text=(
            "表4 2023—2025年臺灣花卉產業AI應用市場規模（單位：新台幣億元）\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "蝴蝶蘭AI分級分選 | 2.6 | 3.4 | 4.3\n"
            "溫室AI環控與產量預測 | 4.1 | 5.0 | 6.2\n"
            "花卉拍賣AI需求預測 | 0.9 | 1.2 | 1.6\n"
            "植物辨識與園藝諮詢App | 1.3 | 1.7 | 2.2\n"
            "合計 | 8.9 | 11.4 | 14.3\n"
            "資料來源：臺灣花卉科技協會；2025年為預估值。全台花卉種植面積約1.3萬公頃。"
        ),
        obs=[
            ("蝴蝶蘭AI分級分選", 2023, 2.6, "TWD 100 million", "actual"),
            ("蝴蝶蘭AI分級分選", 2024, 3.4, "TWD 100 million", "actual"),
            ("蝴蝶蘭AI分級分選", 2025, 4.3, "TWD 100 million", "estimate"),
            ("溫室AI環控與產量預測", 2023, 4.1, "TWD 100 million", "actual"),
            ("溫室AI環控與產量預測", 2024, 5.0, "TWD 100 million", "actual"),
            ("溫室AI環控與產量預測", 2025, 6.2, "TWD 100 million", "estimate"),
            ("花卉拍賣AI需求預測", 2023, 0.9, "TWD 100 million", "actual"),
            ("花卉拍賣AI需求預測", 2024, 1.2, "TWD 100 million", "actual"),
            ("花卉拍賣AI需求預測", 2025, 1.6, "TWD 100 million", "estimate"),
            ("植物辨識與園藝諮詢App", 2023, 1.3, "TWD 100 million", "actual"),
            ("植物辨識與園藝諮詢App", 2024, 1.7, "TWD 100 million", "actual"),
            ("植物辨識與園藝諮詢App", 2025, 2.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.9, "TWD 100 million", "actual"),
            ("合計", 2024, 11.4, "TWD 100 million", "actual"),
            ("合計", 2025, 14.3, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.6 + 4.1 + 0.9 + 1.3 = 8.9
            # 2024: 3.4 + 5.0 + 1.2 + 1.7 = 11.3 vs 11.4; rows' bounds 11.1-11.5, total's 11.35-11.45
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025(預估): 4.3 + 6.2 + 1.6 + 2.2 = 14.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 17, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€46 million (24%)',
    'A second house, Rheinland Agri Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2.5倍',
    '新台幣12.4億元',
    '億港元',
    '中央社記者陳怡君台北2025年3月6日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 12.0 | 24.2%',
    'Verdana Growtech Q2 2025 earnings call, August 7, 2025',
    'Westland Horticultural Economics Working Paper 2025-11. Abstract:',
    '3/ Their forecast: £105M by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: €2.8B (+17% YoY), roughly DKK 21bn',
    'Kranich Marktdaten is far more optimistic and puts 2029 at €150 million',
    'A$96 million in FY2025',
    '新华社昆明2025年4月22日电',
    '標題 [情報] 研調:AI植物辨識App市場2028年上看12億美元',
    '预计2027年市场规模将达到48—55亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 8.9 | 11.4 | 14.3',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 68 rates, 93 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 201, "rates_found": 68, "verdicts_right": 94}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset241.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
