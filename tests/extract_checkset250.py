"""A two-hundred-and-fiftieth check set for the extractor, written blind: AI in furniture, mattresses and home furnishings:
AI room planners and visual search for sofas and tables, AI sleep-tracking mattresses and smart beds, AI demand
forecasting and pricing for furniture retailers, AI made-to-order design and cutting in furniture factories, AI returns
and delivery scheduling for bulky goods; sized in money by furniture trade associations, retail federations, commerce
ministries, brokers, consultancies, research houses and furniture groups' investor days, in the United States, Canada,
the United Kingdom, Sweden (kronor only as an aside), Denmark, Germany, Italy, Poland, Vietnam (dong only as an aside),
Japan, Australia, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian dollars, yen,
yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total furniture sales or e-commerce sales beside the
AI part, numbers of stores, sofas, mattresses or square metres, an item's price, a retailer's own revenue or margin, a
funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in furniture, mattresses and home furnishings: eight English prose
texts (a Grand Rapids wire release on AI room planners and visual search, a Tokyo broker note in fiscal years and yen, a
Stockholm briefing on Nordic retailers with three segments and shares, a Milan article quoting two research houses on
made-to-order design and panel cutting, a Sydney furniture group's investor day sizing a TAM for sleep-tracking
mattresses and smart beds, a Warsaw strategy with last-year/this-year figures and a target, a correction notice on a
Canadian bulky-goods delivery story with a range, a British blog with 'nearly 3x'), seven Chinese prose texts (a smart-
mattress report, a Jiangxi plan with 力争到, 9,800万元 converted to 亿元 and 增长3倍, a Xinhua story quoting two institutes, a
Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive on custom-furniture
design with a range) and five tables (markdown with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned
Vietnamese uses with shares, a vertical German table with YoY, a tab-separated US segment table). Left out: total
furniture, e-commerce and retail sales, exports, counts of stores, firms, sofas, mattresses and square metres, item
prices, retailers' own revenue, margins and share goals, funding rounds and valuations, quarter figures, survey answers
and a penetration rate, kronor, zloty, Australian and Canadian dollars and dong, a second house's figure, a misstated
range. Inconsistent: the Milan 21% CAGR, the Xinhua 23.5% YoY, Poland's 22.6% CAGR row, the US 2024 Total. Only by
rounding: the Tokyo CAGR, the Nordic 17% share, the Warsaw 22%, the Taiwan 19.1% CAGR, the CNA 19%, the 2024年 合计,
Vietnam's inspection share and Germany's 2022 YoY.

Snippets 21-40: Twenty snippets on AI in furniture, mattresses and home furnishings (room planners and visual search for
sofas and tables, sleep-tracking mattresses and smart beds, demand forecasting and pricing for furniture retailers,
made-to-order design and cutting in factories, delivery and returns scheduling for bulky goods): eight English prose
pieces (a US room-planner firm's earnings call sizing a TAM with this year and last year, a British working-paper
abstract with a 2030 figure in billions, a German thread with a Swedish-kronor aside, a Milan article with a correction
line, an Aarhus shareholder letter with a 2019 figure in millions converted to billions, a fourfold multiple and an
inferred-span CAGR, Sydney investor-day slides with an Australian-dollar aside, a forum answer quoting two houses on
Canada, a Seoul broker note in won with claims but no observations), seven Chinese prose pieces (a Xinhua-style release
from Guangzhou, a Foshan plan with a part in 万元, a Taipei release in 新台幣億元, a Hong Kong report in 億港元, a PTT post in
億美元, a broker abstract with a 2027 range, a results-briefing transcript) and five tables (markdown US dollars with a
CAGR column, tab-separated yen with a YoY column, space-aligned Polish euros with a share column, a vertical British
table of years with a lone pound column and YoY, a 新台幣億元 table with a 合計 row). Left out: total furniture, mattress and
e-commerce sales and exports, counts of stores, plants, firms, sofas, mattresses, deliveries and square metres, item
prices and delivery fees, companies' own revenue, margins, profit and targets, dividends, funding rounds and valuations,
price targets, a quarter's figures, survey percentages, shares in words, kronor, Australian dollars, won and dong, a
second house's figure, a corrected misprint. Inconsistent: the thread's 17% CAGR, the Hong Kong 24% CAGR, the markdown
made-to-order CAGR, the yen made-to-order YoY. Rounding only: the Milan 25% share, the Aarhus 15% a year, the forum's
18%, the PTT 23%, the markdown demand-forecasting CAGR, two Polish shares and the Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Grand Rapids wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span;
    #    the 2030 figure printed in billions is expected converted to the series' unit (USD million). Expected
    #    nowhere: the report's title year, the 1,050 executives surveyed, the $141 billion of furniture-store sales
    #    (total), the $1,200 sofa price, the 58% survey answer.
    dict(
        text=(
            "GRAND RAPIDS, Mich., March 11, 2025 /PRNewswire/ -- U.S. furniture and home-furnishings retailers spent "
            "$418 million on AI room planners, 3D configurators and visual search for sofas and tables in 2024, up 23% "
            "from $341 million in 2023, according to the 2025 Home Furnishings AI Adoption Report released today by "
            "Kentwood Retail Analytics. The firm, which surveyed 1,050 retail executives, projects spending of $1.35 "
            "billion by 2030, a compound annual growth rate of 21.6% over 2024-2030. U.S. furniture and "
            "home-furnishings stores rang up about $141 billion in sales in 2024, and a mid-range three-seat sofa "
            "retails for roughly $1,200. Some 58% of respondents said shoppers who used a room planner were less "
            "likely to send their purchase back."
        ),
        obs=[
            ("Total", 2023, 341, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2030, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 341) ** (1 / 1) - 1 = 22.58% -> 23
            ("cagr|implied", "exact"),  # (1350 / 418) ** (1 / 6) - 1 = 21.58% -> 21.6
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 21%" where the amounts give 20.34%. Expected nowhere: the dateline, the ¥3.4
    #    trillion of furniture and interior sales (total), the covered retailer's revenue, growth, operating margin,
    #    860 stores, target price and upside, the ¥39,900 mattress price.
    dict(
        text=(
            "Tokyo, 19 May 2025. Japan Home & Living, sector note. We size Japan's market for AI room planners, visual "
            "search for sofas and tables, and AI demand forecasting and pricing at furniture and interior retailers at "
            "¥8.4 billion in FY2024 and forecast ¥21.2 billion by FY2029e, a CAGR of about 21%. That is a sliver of the "
            "roughly ¥3.4 trillion the Japanese spend on furniture and interior goods each year. Our top pick, Sakura "
            "Interior Holdings (Buy, TP ¥3,120, 19% upside), grew FY2024 revenue 6% to ¥412 billion at a 9.8% "
            "operating margin from some 860 stores; its best-selling pocket-coil mattress costs ¥39,900."
        ),
        obs=[
            ("Total", 2024, 8.4, "JPY billion", "actual"),
            ("Total", 2029, 21.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (21.2 / 8.4) ** (1 / 5) - 1 = 20.34% -> 20, not 21; bounds (21.15 / 8.45) ** (1/5) - 1 = 20.14%,
            # (21.25 / 8.35) ** (1/5) - 1 = 20.54% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Stockholm research briefing: a Nordic total in EUR million and three segments with shares (returns and
    #    delivery's "some 17%" holds only by rounding). Expected nowhere: the SEK 2 billion aside (kronor, not in the
    #    unit table), the 52 retailers interviewed, the €13.5 billion of furniture sales (total), the 1,900 stores.
    dict(
        text=(
            "STOCKHOLM, 24 September 2025 - Furniture and home-furnishing retailers in the Nordic countries spent €176 "
            "million on AI tools in 2024, equivalent to roughly SEK 2 billion, a briefing from the Skeppsholm Institute "
            "for Retail Research finds. Demand-forecasting and pricing software took the largest slice, €62 million or "
            "about 35%, followed by room planners and visual search at €47 million (27%). Returns handling and "
            "delivery scheduling for bulky goods came to €29 million, some 17% of the total. The institute, which "
            "interviewed 52 retailers, expects spending to reach €410 million in 2028. Nordic consumers spent about "
            "€13.5 billion on furniture in 2024 across some 1,900 specialist stores."
        ),
        obs=[
            ("Total", 2024, 176, "EUR million", "actual"),
            ("Demand-forecasting and pricing software", 2024, 62, "EUR million", "actual"),
            ("Room planners and visual search", 2024, 47, "EUR million", "actual"),
            ("Returns handling and delivery scheduling for bulky goods", 2024, 29, "EUR million", "actual"),
            ("Total", 2028, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 62 / 176 = 35.23% -> 35
            ("arithmetic", "exact"),  # 47 / 176 = 26.70% -> 27
            # 29 / 176 = 16.48% -> 16, not 17; bounds 28.5 / 176.5 = 16.15%, 29.5 / 175.5 = 16.81%
            # -> 17 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Milan article quoting two research houses on AI made-to-order design, nesting and panel cutting: the first
    #    house's base, target and rates are the snippet's; its "up 17%" holds, its 21% CAGR is inconsistent. Expected
    #    nowhere: Laguna Manufacturing Analytics' €118 million for 2024, the €27 billion of industry turnover (total),
    #    the 17,000 firms, the 61% poll answer.
    dict(
        text=(
            "MILAN, 8 July 2025 - Italian furniture makers spent €96 million on AI made-to-order design, nesting and "
            "panel cutting in 2024, up 17% on the €82 million of 2023, estimates the Monza research house Brianza "
            "Industrial Research. It expects €260 million in 2030, which it describes as compound annual growth of 21% "
            "between 2024 and 2030. A second house, Laguna Manufacturing Analytics, puts 2024 spending at €118 million "
            "because it also counts new CNC machinery. Italy's furniture industry turned over some €27 billion last "
            "year across roughly 17,000 firms. In a poll, 61% of manufacturers said a shortage of skilled joiners was "
            "their main reason to automate."
        ),
        obs=[
            ("Total", 2023, 82, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 82) ** (1 / 1) - 1 = 17.07% -> 17
            # (260 / 96) ** (1 / 6) - 1 = 18.06% -> 18, not 21; bounds (259.5 / 96.5) ** (1/6) - 1 = 17.92%,
            # (260.5 / 95.5) ** (1/6) - 1 = 18.21% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Sydney furniture and bedding group): the total addressable market it sizes is the
    #    market (Total), in USD billion, with "roughly a 15% CAGR" over a printed span. Expected nowhere: the group's
    #    own A$1.9 billion revenue and 11% EBITDA margin (and Australian dollars are not in the unit table), its 260
    #    stores, its 10% share goal, the fourth quarter's 41,000 smart beds, the A$3,999 average price.
    dict(
        text=(
            "Wattle & Oak Group Investor Day, Sydney, 4 September 2025 - transcript excerpt. Megan Tulloch, chief "
            "executive: \"We size the total addressable market for AI sleep-tracking mattresses and smart beds across "
            "the United States, Australia and Europe at US$5.6 billion in 2024, and we expect it to reach US$13.2 "
            "billion by 2030. That's roughly a 15% CAGR from 2024 to 2030. Our own revenue was A$1.9 billion last year "
            "at an 11% EBITDA margin, we trade from some 260 stores, and we want a 10% share of that market by 2030. In "
            "the fourth quarter alone we sold 41,000 smart beds at an average price of about A$3,999.\""
        ),
        obs=[
            ("Total", 2024, 5.6, "USD billion", "actual"),
            ("Total", 2030, 13.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.2 / 5.6) ** (1 / 6) - 1 = 15.36% -> 15
        ],
    ),
    # 6. Warsaw national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 22% rise holds only by rounding. Expected nowhere: the €13.9 billion of furniture exports, the
    #    24,000 firms, the 30 million pieces of upholstered furniture, the PLN 200 million fund (zloty, not in the unit
    #    table), the 47% survey answer.
    dict(
        text=(
            "WARSAW, 3 February 2025 - The Furniture Industry Development Strategy presented today by the Ministry of "
            "Development and Technology estimates that Polish furniture factories spent €38 million on AI "
            "made-to-order design, nesting and cutting last year, and expects €46 million this year, a rise of 22%. "
            "The strategy sets a target of €150 million by 2030 and a PLN 200 million support fund. Poland exported "
            "furniture worth some €13.9 billion last year; its industry counts about 24,000 firms and turns out roughly "
            "30 million pieces of upholstered furniture a year. In a survey the strategy cites, 47% of manufacturers "
            "said made-to-order work was growing faster than catalogue lines."
        ),
        obs=[
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2025, 46, "EUR million", "estimate"),
            ("Total", 2030, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (46 / 38) ** (1 / 1) - 1 = 21.05% -> 21, not 22; bounds 45.5 / 38.5 - 1 = 18.18%,
            # 46.5 / 37.5 - 1 = 24.00% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Canadian bulky-goods delivery story: the 2030 range in US dollars gives two value
    #    claims (no observation), expected once though printed twice; the 2024 figure is the year's observation.
    #    Expected nowhere: the misstated US$1.4-1.8 billion, the C$71 million and C$4.8 billion (Canadian dollars, not
    #    in the unit table; the latter online furniture sales), the 5,200 stores.
    dict(
        text=(
            "Correction, 14 August 2025: An earlier version of this article misstated the 2030 forecast. Maple Lane "
            "Retail Insights expects the Canadian market to reach US$140 million to US$180 million in 2030, not US$1.4 "
            "billion to US$1.8 billion.\n"
            "Canadian furniture and mattress retailers spent US$52 million in 2024 on AI returns handling and delivery "
            "scheduling for bulky goods, according to Maple Lane Retail Insights, a Toronto consultancy. It expects the "
            "market to reach US$140 million to US$180 million in 2030 as online sofa and mattress sales grow. In "
            "Canadian dollars, the 2024 figure came to about C$71 million. Canada has some 5,200 furniture stores, and "
            "Canadians bought about C$4.8 billion of furniture online last year."
        ),
        obs=[
            ("Total", 2024, 52, "USD million", "actual"),
        ],
        claims=[
            ("value", 140, "USD million", 2030, 2030, None),
            ("value", 180, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. British furnishing blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict).
    #    Expected nowhere: the £18 billion of furniture spending (total), the start-up's Series A and valuation, the
    #    fourth quarter's 9 million searches and £1.4 million, the £899 sofa price.
    dict(
        text=(
            "Sofa So Good, a furnishing blog, March 3, 2025 - Search by picture. British furniture retailers spent £13 "
            "million on AI visual search for sofas and tables in 2021; by 2024 that spending had grown nearly 3x, to "
            "£37 million, according to Thameside Retail Research. Set that against the roughly £18 billion Britons "
            "spend on furniture each year. The London start-up Snapsette raised £12 million in a Series A in January "
            "at a £60 million valuation; in the fourth quarter of 2024 its tool handled 9 million image searches and "
            "earned £1.4 million. The three-seat velvet sofa in its demo costs £899."
        ),
        obs=[
            ("Total", 2021, 13, "GBP million", "actual"),
            ("Total", 2024, 37, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on smart mattresses and beds: 同比增长 with both amounts, a part
    #    (智能睡眠监测床垫) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the
    #    约1.1亿张 mattresses, the 约6,800亿元 of furniture makers' revenue (total), the 68% survey answer.
    dict(
        text=(
            "《2025中国智能睡眠家居产业发展报告》日前在广州发布。报告显示，2024年我国AI智能床垫与智能床（睡眠监测、"
            "自动调节等）市场规模达到62.4亿元，同比增长24.3%，2023年为50.2亿元。其中，智能睡眠监测床垫市场规模为"
            "38.7亿元，占比62.0%。报告预计，到2030年该市场规模将达到186亿元，2024—2030年复合增长率为20.0%。报告同时"
            "指出，2024年全国床垫产量约1.1亿张，规模以上家具制造企业营业收入约6,800亿元；受访消费者中有68%表示愿意"
            "为睡眠监测功能多付费。"
        ),
        obs=[
            ("Total", 2023, 50.2, "CNY 100 million", "actual"),
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("智能睡眠监测床垫", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2030, 186, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 62.0, "percent", 2024, 2024, None),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.4 / 50.2) ** (1 / 1) - 1 = 24.30% -> 24.3
            ("arithmetic", "exact"),  # 38.7 / 62.4 = 62.02% -> 62.0
            ("cagr|implied", "exact"),  # (186 / 62.4) ** (1 / 6) - 1 = 19.97% -> 20.0
        ],
    ),
    # 10. Jiangxi provincial action plan (Simplified) on the Nankang furniture cluster: the 2024 figure in 亿元 comes
    #     first, so the 2023 figure printed as 9,800万元 is expected converted to 0.98 (CNY 100 million); the exact
    #     同比增长28.6%; a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长3倍
    #     kept as a multiple x3 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约7,000家
    #     firms, the 超过2,000亿元 cluster output (total), the 约600万平方米 of factory space.
    dict(
        text=(
            "江西省工业和信息化厅日前印发《江西省家具产业数字化转型行动方案（2025—2027年）》。方案显示，2024年全省"
            "家具企业AI定制设计、智能排版与开料市场规模达1.26亿元，同比增长28.6%，2023年为9,800万元。方案提出，力争到"
            "2027年全省相关市场规模突破5亿元，较2024年增长3倍。方案还明确，南康家具产业集群现有家具企业约7,000家，"
            "集群年产值超过2,000亿元，已建成标准厂房约600万平方米。"
        ),
        obs=[
            ("Total", 2023, 0.98, "CNY 100 million", "actual"),
            ("Total", 2024, 1.26, "CNY 100 million", "actual"),
            ("Total", 2027, 5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.26 / 0.98) ** (1 / 1) - 1 = 28.57% -> 28.6
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI demand forecasting and pricing for furniture
    #     retailers: the first institute's base, YoY and target are the snippet's; its 23.5% YoY is inconsistent, its
    #     约18% CAGR holds. Expected nowhere: the second institute's 33亿元 for 2024, the dateline, the conference's
    #     title year, the 约1,600亿元 of furniture retail sales (total), the 约4,600家 home-furnishing malls.
    dict(
        text=(
            "新华社上海2025年6月18日电（记者周逸凡）记者从2025中国家居零售数字化大会上获悉，据沪上家居商业研究院测算，"
            "2024年我国家具零售AI需求预测与智能定价市场规模达27.6亿元，比上年的22.9亿元增长23.5%。该院预计，到2027年"
            "市场规模将达到45亿元，2024年至2027年年均复合增长率约18%。另一家机构东方家居产业研究所则估算，2024年这一"
            "市场规模为33亿元。据统计，2024年全国限额以上单位家具类零售额约1,600亿元，全国家居卖场约4,600家。"
        ),
        obs=[
            ("Total", 2023, 22.9, "CNY 100 million", "actual"),
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (27.6 / 22.9) ** (1 / 1) - 1 = 20.52% -> 20.5, not 23.5; bounds 27.55 / 22.95 - 1 = 20.04%,
            # 27.65 / 22.85 - 1 = 21.01% -> 23.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (45 / 27.6) ** (1 / 3) - 1 = 17.70% -> 18
        ],
    ),
    # 12. Taiwan furniture white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2030 estimate. Expected nowhere: the white paper's title year, the
    #     約新台幣1,300億元 of furniture output (total), the 約3,600家 firms, the 約新台幣3萬元 mattress price.
    dict(
        text=(
            "《2025臺灣智慧家具產業白皮書》指出，2024年國內家具與家飾零售業者導入AI空間規劃、沙發與桌椅以圖搜尋的市場"
            "規模為新台幣7.8億元，預估2030年將成長至新台幣22.1億元，2024至2030年年複合成長率達19.1%。白皮書並指出，"
            "國內家具業年產值約新台幣1,300億元，家具相關業者約3,600家，一張中階獨立筒床墊售價約新台幣3萬元。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2030, 22.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (22.1 / 7.8) ** (1 / 6) - 1 = 18.96% -> 19.0, not 19.1; bounds (22.05 / 7.85) ** (1/6) - 1 = 18.78%,
            # (22.15 / 7.75) ** (1/6) - 1 = 19.13% -> 19.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI room planning, bulky-furniture returns and
    #     delivery scheduling: 約3.2億港元 expected at its printed figure; the YoY and the 約19% CAGR hold. Expected
    #     nowhere: the 約180億港元 of furniture and homeware retail sales (total), the 約2,300間 shops, the 約40平方米
    #     flat size, the start-up's 4,500萬港元 funding round.
    dict(
        text=(
            "香港家居零售協會昨日發表研究報告指出，2024年本港家具及家品零售商在AI空間規劃、大件傢俬退貨處理與送貨時段"
            "編排方面的市場規模約3.2億港元，較2023年的2.6億港元增長23.1%。報告預計，2029年市場規模將升至7.5億港元，"
            "2024至2029年年均複合增長率約19%。報告又指，本港家具及家品零售總額全年約180億港元，全港傢俬門市約2,300間，"
            "新落成私人住宅單位實用面積中位數約40平方米。本地初創居智科技上月完成4,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.6, "HKD 100 million", "actual"),
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2029, 7.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 2.6) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (7.5 / 3.2) ** (1 / 5) - 1 = 18.57% -> 19
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI sleep-monitoring mattresses, smart beds and
    #     AI pricing: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 19% rise holds
    #     only by rounding. Expected nowhere: the first quarter's 1.3億元, the bedding brand's own revenue and
    #     operating margin, the 約120萬張 mattresses sold.
    dict(
        text=(
            "（中央社記者陳家豪台北2025年5月6日電）市調機構家研產業顧問今天表示，去年台灣家具與寢具業者導入AI睡眠監測"
            "床墊、智慧床與AI選品定價的市場規模約新台幣5.2億元，今年在智慧床墊新品帶動下，可望成長19%至6.1億元。不過"
            "今年第一季市場規模約新台幣1.3億元，略低於預期。寢具品牌眠境科技去年營收新台幣42億元，營業利益率約8%；"
            "國內去年床墊銷售量約120萬張。"
        ),
        obs=[
            ("Total", 2024, 5.2, "TWD 100 million", "actual"),
            ("Total", 2025, 6.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (6.1 / 5.2) ** (1 / 1) - 1 = 17.31% -> 17, not 19; bounds 6.05 / 5.25 - 1 = 15.24%,
            # 6.15 / 5.15 - 1 = 19.42% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI custom-furniture design and panel nesting/cutting: 2023/2024 actuals with
    #     an exact 19.1% YoY; the 2027 range 62亿—70亿元 gives two value claims (no observation). Expected nowhere: the
    #     report's date and title, the leader's revenue, gross margin, rating and target price, its second-quarter
    #     contracts, the 约9.5万家 stores, the 约35% penetration rate.
    dict(
        text=(
            "瀚海证券研究所2025年9月深度报告《板材上的算法：定制家居AI设计与智能开料》。我们测算，2024年国内定制家居AI"
            "设计（全屋定制方案自动生成、拆单）与智能排版开料市场规模为38.6亿元，同比增长19.1%，2023年为32.4亿元。随着"
            "整装渠道加速扩张，我们预计2027年市场规模将达到62亿—70亿元。行业龙头智构软件2024年营收7.4亿元，毛利率68%，"
            "首次覆盖给予“买入”评级，目标价46元；公司二季度新签合同同比增长31%。目前全国定制家居门店约9.5万家，定制家居"
            "在家具消费中的渗透率约35%。"
        ),
        obs=[
            ("Total", 2023, 32.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("value", 62, "CNY 100 million", 2027, 2027, None),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 32.4) ** (1 / 1) - 1 = 19.14% -> 19.1
        ],
    ),
    # 16. Markdown table (AI demand forecasting and pricing for furniture retailers by European country, EUR million)
    #     with a CAGR 2024-30 column and a Total row: each row's CAGR is stated (span in the header); Poland's 22.6% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the outlook's title year, the count of retailers covered.
    dict(
        text=(
            "Table 2. AI demand forecasting and pricing at furniture retailers by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Germany | 41.6 | 118.9 | 19.1% |\n"
            "| Italy | 22.4 | 63.0 | 18.8% |\n"
            "| Denmark | 9.7 | 27.5 | 19.0% |\n"
            "| Poland | 8.1 | 25.4 | 22.6% |\n"
            "| Total | 81.8 | 234.8 | 19.2% |\n"
            "Source: Rhine-Oder Retail Analytics, European Furniture Retail AI Outlook 2025; covers some 340 "
            "furniture retailers. F = forecast."
        ),
        obs=[
            ("Germany", 2024, 41.6, "EUR million", "actual"),
            ("Germany", 2030, 118.9, "EUR million", "estimate"),
            ("Italy", 2024, 22.4, "EUR million", "actual"),
            ("Italy", 2030, 63.0, "EUR million", "estimate"),
            ("Denmark", 2024, 9.7, "EUR million", "actual"),
            ("Denmark", 2030, 27.5, "EUR million", "estimate"),
            ("Poland", 2024, 8.1, "EUR million", "actual"),
            ("Poland", 2030, 25.4, "EUR million", "estimate"),
            ("Total", 2024, 81.8, "EUR million", "actual"),
            ("Total", 2030, 234.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118.9 / 41.6) ** (1 / 6) - 1 = 19.13% -> 19.1
            ("cagr|implied", "exact"),  # (63.0 / 22.4) ** (1 / 6) - 1 = 18.81% -> 18.8
            ("cagr|implied", "exact"),  # (27.5 / 9.7) ** (1 / 6) - 1 = 18.97% -> 19.0
            # (25.4 / 8.1) ** (1 / 6) - 1 = 20.98% -> 21.0, not 22.6; bounds (25.35 / 8.15) ** (1/6) - 1 = 20.82%,
            # (25.45 / 8.05) ** (1/6) - 1 = 21.15% -> 22.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (234.8 / 81.8) ** (1 / 6) - 1 = 19.21% -> 19.2
            ("hierarchy", "exact"),  # 2024: 41.6 + 22.4 + 9.7 + 8.1 = 81.8
            ("hierarchy", "exact"),  # 2030F: 118.9 + 63.0 + 27.5 + 25.4 = 234.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国AI家居细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能床垫与睡眠监测\t41.3\t51.6\t63.8\n"
            "家具零售需求预测与定价\t18.5\t23.7\t29.9\n"
            "定制家具AI设计与智能开料\t26.2\t32.8\t40.5\n"
            "大件家具退货与配送调度\t7.4\t9.6\t12.3\n"
            "合计\t93.4\t117.8\t146.5\n"
            "资料来源：家居产业智能化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能床垫与睡眠监测", 2023, 41.3, "CNY 100 million", "actual"),
            ("智能床垫与睡眠监测", 2024, 51.6, "CNY 100 million", "actual"),
            ("智能床垫与睡眠监测", 2025, 63.8, "CNY 100 million", "estimate"),
            ("家具零售需求预测与定价", 2023, 18.5, "CNY 100 million", "actual"),
            ("家具零售需求预测与定价", 2024, 23.7, "CNY 100 million", "actual"),
            ("家具零售需求预测与定价", 2025, 29.9, "CNY 100 million", "estimate"),
            ("定制家具AI设计与智能开料", 2023, 26.2, "CNY 100 million", "actual"),
            ("定制家具AI设计与智能开料", 2024, 32.8, "CNY 100 million", "actual"),
            ("定制家具AI设计与智能开料", 2025, 40.5, "CNY 100 million", "estimate"),
            ("大件家具退货与配送调度", 2023, 7.4, "CNY 100 million", "actual"),
            ("大件家具退货与配送调度", 2024, 9.6, "CNY 100 million", "actual"),
            ("大件家具退货与配送调度", 2025, 12.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 93.4, "CNY 100 million", "actual"),
            ("合计", 2024, 117.8, "CNY 100 million", "actual"),
            ("合计", 2025, 146.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41.3 + 18.5 + 26.2 + 7.4 = 93.4
            # 2024: 51.6 + 23.7 + 32.8 + 9.6 = 117.7 -> 117.7, not 117.8; bounds 117.5 .. 117.9 (each part
            # +/-0.05) -> 117.8 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 63.8 + 29.9 + 40.5 + 12.3 = 146.5
        ],
    ),
    # 18. Space-aligned table (Vietnam, USD million, 2024) with a share column and a Total row: four shares (the
    #     inspection row's 19.0% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the dong conversion rate (dong, not in the unit table), the 16 billion
    #     dollars of furniture exports (total), the 1.2 million square metres of factory floor.
    dict(
        text=(
            "Vietnam: AI spending in furniture factories by use, 2024\n"
            "Use                                              USD million     Share\n"
            "AI made-to-order design and panel cutting               21.4     43.5%\n"
            "AI demand forecasting and production planning           12.8     26.0%\n"
            "AI visual inspection of finished pieces                  9.3     19.0%\n"
            "AI container loading and delivery scheduling             5.7     11.6%\n"
            "Total                                                   49.2    100.0%\n"
            "Note 3: converted from dong at 25,400 dong to the dollar; Vietnam exported about 16 billion dollars of "
            "wood furniture in 2024, and the surveyed plants cover some 1.2 million square metres. Source: Binh Duong "
            "Industry Research."
        ),
        obs=[
            ("AI made-to-order design and panel cutting", 2024, 21.4, "USD million", "actual"),
            ("AI demand forecasting and production planning", 2024, 12.8, "USD million", "actual"),
            ("AI visual inspection of finished pieces", 2024, 9.3, "USD million", "actual"),
            ("AI container loading and delivery scheduling", 2024, 5.7, "USD million", "actual"),
            ("Total", 2024, 49.2, "USD million", "actual"),
        ],
        claims=[
            ("share", 43.5, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
            ("share", 11.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 49.2 = 43.50% (43.496) -> 43.5
            ("arithmetic", "exact"),  # 12.8 / 49.2 = 26.02% -> 26.0
            # 9.3 / 49.2 = 18.90% -> 18.9, not 19.0; bounds 9.25 / 49.25 = 18.78%, 9.35 / 49.15 = 19.02%
            # -> 19.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 5.7 / 49.2 = 11.59% -> 11.6
            ("hierarchy", "exact"),  # 21.4 + 12.8 + 9.3 + 5.7 = 49.2
        ],
    ),
    # 19. Vertical table (Germany) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2022 YoY of 18.7% holds only by rounding. Expected
    #     nowhere: the source's month and year, the 9,000 furniture stores, the 2020 dash.
    dict(
        text=(
            "Germany: spending by furniture retailers on AI room planners and visual search for sofas and tables\n"
            "Year | EUR million | YoY\n"
            "2020 | 18.4 | -\n"
            "2021 | 22.9 | 24.5%\n"
            "2022 | 27.1 | 18.7%\n"
            "2023 | 33.0 | 21.8%\n"
            "2024 | 39.8 | 20.6%\n"
            "2025E | 47.2 | 18.6%\n"
            "Source: Westfalen Wohnen Research, July 2025; Germany counts about 9,000 furniture stores. E = estimate."
        ),
        obs=[
            ("Total", 2020, 18.4, "EUR million", "actual"),
            ("Total", 2021, 22.9, "EUR million", "actual"),
            ("Total", 2022, 27.1, "EUR million", "actual"),
            ("Total", 2023, 33.0, "EUR million", "actual"),
            ("Total", 2024, 39.8, "EUR million", "actual"),
            ("Total", 2025, 47.2, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2020, 2021, 1.0),
            ("growth", 18.7, "percent", 2021, 2022, 1.0),
            ("growth", 21.8, "percent", 2022, 2023, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.9 / 18.4) ** (1 / 1) - 1 = 24.46% -> 24.5
            # (27.1 / 22.9) ** (1 / 1) - 1 = 18.34% -> 18.3, not 18.7; bounds 27.05 / 22.95 - 1 = 17.86%,
            # 27.15 / 22.85 - 1 = 18.82% -> 18.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (33.0 / 27.1) ** (1 / 1) - 1 = 21.77% -> 21.8
            ("cagr|implied", "exact"),  # (39.8 / 33.0) ** (1 / 1) - 1 = 20.61% -> 20.6
            ("cagr|implied", "exact"),  # (47.2 / 39.8) ** (1 / 1) - 1 = 18.59% -> 18.6
        ],
    ),
    # 20. Tab-separated segment table (United States, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (inconsistent); 2025F an estimate. Expected nowhere: the count of retailers covered,
    #     the 3.1 million mattresses returned.
    dict(
        text=(
            "United States: AI in furniture and mattress retail by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI room planners and visual search\t148\t186\t231\n"
            "AI sleep-tracking mattresses and smart beds\t212\t259\t315\n"
            "AI demand forecasting and pricing\t97\t124\t158\n"
            "AI returns and delivery scheduling for bulky goods\t43\t58\t76\n"
            "Total\t500\t633\t780\n"
            "Source: Piedmont Home Research; covers 480 retailers, which took back some 3.1 million mattresses in "
            "2024. F = forecast."
        ),
        obs=[
            ("AI room planners and visual search", 2023, 148, "USD million", "actual"),
            ("AI room planners and visual search", 2024, 186, "USD million", "actual"),
            ("AI room planners and visual search", 2025, 231, "USD million", "estimate"),
            ("AI sleep-tracking mattresses and smart beds", 2023, 212, "USD million", "actual"),
            ("AI sleep-tracking mattresses and smart beds", 2024, 259, "USD million", "actual"),
            ("AI sleep-tracking mattresses and smart beds", 2025, 315, "USD million", "estimate"),
            ("AI demand forecasting and pricing", 2023, 97, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2024, 124, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2025, 158, "USD million", "estimate"),
            ("AI returns and delivery scheduling for bulky goods", 2023, 43, "USD million", "actual"),
            ("AI returns and delivery scheduling for bulky goods", 2024, 58, "USD million", "actual"),
            ("AI returns and delivery scheduling for bulky goods", 2025, 76, "USD million", "estimate"),
            ("Total", 2023, 500, "USD million", "actual"),
            ("Total", 2024, 633, "USD million", "actual"),
            ("Total", 2025, 780, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 148 + 212 + 97 + 43 = 500
            # 2024: 186 + 259 + 124 + 58 = 627, not 633; bounds 625 .. 629 (each part +/-0.5) -> 633 reached by no
            # reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 231 + 315 + 158 + 76 = 780
        ],
    ),
    # 21. US room-planner firm's earnings-call answer sizing a US TAM for AI room planning and visual search (USD
    #     billion): the TAM the company sizes is the market (Total); "this year" is the call's year (2025, "roughly",
    #     printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the 1,900 retailers
    #     and 14,000 stores, the $140 billion of US furniture and bedding store sales.
    dict(
        text=(
            "Roomwise Inc. Q3 2025 earnings call, October 29, 2025 - Q&A\n"
            "Analyst (Priya Nandakumar, Ashgrove Partners): How do you think about the size of the prize beyond your "
            "current retailer base?\n"
            "CEO Marcus Lindqvist: We size the total addressable market for AI room planning and visual search, meaning "
            "shoppers who photograph a living room or a sofa and get a to-scale layout and look-alike pieces, across US "
            "furniture and home-furnishings retail at roughly $3.4 billion this year, up about 21% from $2.8 billion "
            "last year. We expect that TAM to reach $7.5 billion by 2030, a compound annual growth rate of about 17% "
            "over 2025-2030. For the quarter, revenue was $48.6 million with a 71% gross margin, and 1,900 retailers "
            "with some 14,000 stores now run our planner. For scale, US furniture and bedding stores sold around $140 "
            "billion of goods last year."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2030, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.8) ** (1 / 1) - 1 = 21.43% -> 21
            ("cagr|implied", "exact"),  # (7.5 / 3.4) ** (1 / 5) - 1 = 17.14% -> 17
        ],
    ),
    # 22. British working-paper abstract on AI delivery scheduling and returns handling for bulky furniture (GBP
    #     million): YoY with both amounts, a 2030 figure in billions converted to the series' unit (GBP million), CAGR
    #     with printed span. Expected nowhere: the paper number, "about a third" (a share in words), the £18 billion
    #     of furniture and furnishings sales, the 9.5 million large-item deliveries, the £899 sofa.
    dict(
        text=(
            "Midlands Institute for Retail Logistics, Working Paper 2025/11. Abstract: We estimate what British "
            "furniture and bedding retailers spend on AI delivery scheduling and returns handling for bulky goods, "
            "from two-person delivery slot planning and route optimisation to automated returns triage, using vendor "
            "contracts and retailer disclosures. The market reached \u00a3118 million in 2024, up 23% from \u00a396 "
            "million in 2023, with about a third of it going on returns triage. Our central projection has spending "
            "reach \u00a30.34 billion by 2030, a compound annual growth rate of 19.3% over 2024-2030. For scale, UK "
            "furniture and furnishings sales came close to \u00a318 billion in 2024 and retailers made some 9.5 million "
            "large-item deliveries; the median three-seat sofa in our sample sold for \u00a3899."
        ),
        obs=[
            ("Total", 2023, 96, "GBP million", "actual"),
            ("Total", 2024, 118, "GBP million", "actual"),
            ("Total", 2030, 340, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 96) ** (1 / 1) - 1 = 22.92% -> 23
            ("cagr|implied", "exact"),  # (340 / 118) ** (1 / 6) - 1 = 19.29% -> 19.3
        ],
    ),
    # 23. Social-media thread (numbered posts) on AI made-to-order design and panel cutting in German furniture
    #     factories (EUR million): YoY with both amounts; a 2030 figure in billions converted to EUR million; a CAGR
    #     with printed span that no reading gives (inconsistent). Expected nowhere: the €17bn of furniture-industry
    #     turnover, the 460 plants, Sweden's SEK 1.1bn (kronor not in the unit table), the 62% survey answer.
    dict(
        text=(
            "1/ Short thread on a market almost nobody sizes: AI made-to-order design and panel cutting in German "
            "furniture factories. Weserland Industrie Research puts it at \u20ac310M in 2024.\n"
            "2/ That is up 15% from \u20ac270M in 2023, led by kitchen and wardrobe makers as batch-size-one orders "
            "keep climbing.\n"
            "3/ Their outlook: \u20ac0.72bn by 2030, billed as a 17% CAGR over 2024-2030. I can't make that maths "
            "work.\n"
            "4/ For scale: German furniture makers turned over roughly \u20ac17bn last year across about 460 plants. "
            "The AI layer is a sliver of that.\n"
            "5/ Sweden's flat-pack makers already spend around SEK 1.1bn on similar nesting and cutting software.\n"
            "6/ Weserland also polled plant managers: 62% say AI nesting has cut board waste by a tenth or more. /end"
        ),
        obs=[
            ("Total", 2023, 270, "EUR million", "actual"),
            ("Total", 2024, 310, "EUR million", "actual"),
            ("Total", 2030, 720, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (310 / 270) ** (1 / 1) - 1 = 14.81% -> 15
            # (720 / 310) ** (1 / 6) - 1 = 15.08%; bounds (715 / 310.5) ** (1/6) - 1 = 14.91%,
            # (725 / 309.5) ** (1/6) - 1 = 15.24% -> 17 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Milan web article with a correction line on AI demand forecasting and pricing for Italian furniture retailers
    #     (EUR million): YoY with both amounts, two parts with shares, one holding only by rounding. Expected nowhere:
    #     the dateline, the €1,290 sofa, the €23 billion of furniture retail sales, the 9,800 stores, the corrected
    #     misprint (€85 million).
    dict(
        text=(
            "Italian furniture chains' AI forecasting bill reaches \u20ac74m\n"
            "MILAN, 3 June 2025 - Italian furniture and home-furnishings retailers spent \u20ac74 million on AI demand "
            "forecasting and pricing tools in 2024, up 28% from \u20ac58 million in 2023, according to estimates by the "
            "consultancy Brianza Retail Advisory. Demand forecasting for stores and warehouses took \u20ac31 million, "
            "about 42% of the total, while dynamic pricing of sofas, beds and dining sets came to \u20ac18 million "
            "(25%). Chains are using the tools to cut overstock of bulky lines; a best-selling three-seat sofa still "
            "retails at around \u20ac1,290. Italian furniture retail sales came to about \u20ac23 billion last year, "
            "through some 9,800 stores.\n"
            "Correction: An earlier version of this article gave the 2023 figure as \u20ac85 million. The correct "
            "figure is \u20ac58 million."
        ),
        obs=[
            ("Total", 2023, 58, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Demand forecasting for stores and warehouses", 2024, 31, "EUR million", "actual"),
            ("Dynamic pricing of sofas, beds and dining sets", 2024, 18, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 58) ** (1 / 1) - 1 = 27.59% -> 28
            ("arithmetic", "exact"),  # 31 / 74 = 41.89% -> 42
            # 18 / 74 = 24.32% -> 24, not 25; bounds 17.5 / 74.5 = 23.49%, 18.5 / 73.5 = 25.17%
            # -> 25 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Aarhus sleep-products group's letter to shareholders on the European market for AI sleep-tracking
    #     mattresses and smart beds (EUR billion, the first printed unit): the 2019 €560 million converted to EUR
    #     billion; a multiple between 2019 and 2024 ("more than four times", x4, period 5, no verdict); 2028
    #     (expect, estimate) with a CAGR whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the group's revenue, growth, EBIT margin and dividend, the 412,000 mattresses,
    #     the 260 stores, the €3,490 bed.
    dict(
        text=(
            "Letter from the Chief Executive\n"
            "Dear shareholders, 2024 was the year sleep tracking moved from gadget to mattress. We estimate the European "
            "market for AI sleep-tracking mattresses and smart beds at \u20ac2.4 billion in 2024, more than four times "
            "the \u20ac560 million it was worth in 2019, and we expect it to reach \u20ac4.4 billion by 2028, growing "
            "about 15% a year. Nordlys Sleep's own revenue rose 11% to \u20ac687 million at an EBIT margin of 9.8%, and "
            "the board proposes a dividend of \u20ac1.10 per share. We sold 412,000 mattresses through 260 stores and "
            "our web shop, and our sensor-equipped Aurora bed now lists at \u20ac3,490.\n"
            "Mette Kj\u00e6rgaard, Chief Executive Officer, Nordlys Sleep A/S, Aarhus, February 2025"
        ),
        obs=[
            ("Total", 2019, 0.56, "EUR billion", "actual"),
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2028, 4.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2019, 2024, 5.0),
            ("cagr", 15, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (4.4 / 2.4) ** (1 / 4) - 1 = 16.36% -> 16, not 15; bounds (4.35 / 2.45) ** (1/4) - 1 = 15.43%,
            # (4.45 / 2.35) ** (1/4) - 1 = 17.31% -> 15 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. Sydney furniture retailer's investor-day slide bullets sizing an Asia-Pacific TAM for AI delivery scheduling
    #     and returns for bulky furniture (USD billion): 2024 actual, 2025E and 2029E estimates; YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the dateline and slide number, the A$1.3bn (Australian
    #     dollars not in the unit table), the 186 stores, the 410,000 m² and 1.1 million deliveries, the FY2026
    #     revenue and margin targets, the A$149 delivery fee.
    dict(
        text=(
            "Harbourline Home Group - Investor Day 2025, Sydney, 20 May 2025\n"
            "Slide 14: Asia-Pacific AI delivery scheduling and returns for bulky furniture\n"
            "- 2024 TAM: US$0.70B\n"
            "- 2025E TAM: US$0.84B (+20% YoY), about A$1.3bn\n"
            "- 2029E TAM: US$1.6B; CAGR 2025E-29E: 17%\n"
            "- Use cases: two-person delivery slot planning, route and load optimisation, returns triage and resale "
            "grading\n"
            "- Our footprint: 186 stores, 410,000 m\u00b2 of showroom space, 1.1 million home deliveries a year\n"
            "- FY2026 targets: revenue A$2.9bn, EBIT margin 8-9%\n"
            "- Average delivery fee charged: A$149 per order"
        ),
        obs=[
            ("Total", 2024, 0.70, "USD billion", "actual"),
            ("Total", 2025, 0.84, "USD billion", "estimate"),
            ("Total", 2029, 1.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.84 / 0.70) ** (1 / 1) - 1 = 20.00% -> 20
            ("cagr|implied", "exact"),  # (1.6 / 0.84) ** (1 / 4) - 1 = 17.48% -> 17
        ],
    ),
    # 27. Forum answer quoting two research houses on AI room planners and visual search in Canadian furniture retail
    #     (USD million): the first house gives base, target and rate (the snippet's figures); its CAGR holds only by
    #     rounding. Expected nowhere: the second house's US$480 million for 2030, the 212 upvotes, the US$12 billion
    #     of furniture-store sales, the 4,300 locations.
    dict(
        text=(
            "Re: Anyone have a reliable number for AI room planners in Canadian furniture retail?\n"
            "Top answer (212 upvotes): Two research houses are worth reading and they disagree a lot. Maple Home "
            "Insights sizes what Canadian furniture and mattress retailers spend on AI room planners and visual search "
            "(snap-a-photo sofa matching, 3D layout tools on retailer sites) at US$142 million in 2024 and forecasts "
            "US$373 million by 2030, a CAGR of 18% over 2024-2030. Laurentian Retail Research is far more bullish and "
            "puts 2030 at US$480 million. For context, Canadian furniture stores sold roughly US$12 billion of goods "
            "last year across about 4,300 locations. I would go with Maple: it counts software subscriptions only, not "
            "the in-store kiosks."
        ),
        obs=[
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2030, 373, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (373 / 142) ** (1 / 6) - 1 = 17.46% -> 17, not 18; bounds (372.5 / 142.5) ** (1/6) - 1 = 17.37%,
            # (373.5 / 141.5) ** (1/6) - 1 = 17.56% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI sleep-tracking mattresses and smart beds: won are not in the unit table, so no
    #     observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in a held currency,
    #     so no verdicts. Expected nowhere: the dateline, the ₩420 billion, the 1.9 million mattresses and 3,200
    #     stores, the target price and upside, the pick's June-quarter margin, the ₫350 billion of plant costs (dong).
    dict(
        text=(
            "Hangang Securities - Korea Home & Living - Seoul, 4 September 2025\n"
            "Sleep is the new screen. We size Korean spending on AI sleep-tracking mattresses and smart beds at "
            "\u20a9420 billion in 2024, up 26% year on year, and forecast a 22% CAGR over 2024-2029 as rental-bundled "
            "smart beds spread beyond the capital region. Adjustable smart-bed frames account for 41% of that spend. "
            "Korea sells around 1.9 million mattresses a year through some 3,200 stores. Our top pick, Dasom Sleep "
            "Tech (BUY, TP \u20a958,000, 31% upside), posted a 12.4% operating margin in the June quarter; its plant "
            "in Binh Duong, Vietnam, runs up costs of about \u20ab350 billion a year."
        ),
        obs=[],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI made-to-order design and cutting in furniture factories: YoY
    #     with both amounts, a part with its share, a 2027 figure (有望突破, printed figure, estimate). Expected
    #     nowhere: the dateline, the 7200家 firms, their 6900亿元 of revenue (total furniture sales), the 640亿美元 of
    #     exports.
    dict(
        text=(
            "新华社广州2025年3月18日电(记者周晓岚)记者从中国家居智能制造产业联盟获悉,2024年我国家具行业人工智能定制设计"
            "与智能开料市场规模达到86.4亿元,较2023年的71.2亿元增长21.3%。其中,智能排料与开料系统市场规模为31.5亿元,"
            "占比36.5%。联盟预计,到2027年该市场规模有望突破150亿元。数据显示,2024年全国规模以上家具制造企业约7200家,"
            "实现营业收入约6900亿元;全年家具出口额约640亿美元。"
        ),
        obs=[
            ("Total", 2023, 71.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("智能排料与开料系统", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 71.2) ** (1 / 1) - 1 = 21.35% -> 21.3
            ("arithmetic", "exact"),  # 31.5 / 86.4 = 36.46% -> 36.5
        ],
    ),
    # 30. Foshan municipal plan (Simplified, 亿元) on AI made-to-order design, production scheduling and demand
    #     forecasting in furniture firms: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own
    #     unit (CNY 10 thousand, 2027 target, estimate), a CAGR whose span only the amounts' years give (inferred).
    #     Expected nowhere: the document number, the title's year span, the 1100家 firms, the 600万平方米 of trade-mall
    #     space, the 2亿元 special fund.
    dict(
        text=(
            "《佛山市家居产业人工智能应用行动方案(2025—2027年)》(佛工信〔2025〕23号)\n"
            "一、发展目标。到2027年,全市家具企业AI定制设计、智能排产与需求预测应用市场规模力争达到30亿元,2024年为15.6亿元,"
            "年均增长约24%;其中,软体家具AI版型设计市场规模力争达到4500万元。全市规模以上家具企业超过1100家,家具专业市场"
            "展贸面积突破600万平方米。二、保障措施。市级财政安排家居产业数字化转型专项资金2亿元,对企业上线AI设计与开料系统"
            "给予补助。"
        ),
        obs=[
            ("Total", 2024, 15.6, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
            ("软体家具AI版型设计", 2027, 4500, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (30 / 15.6) ** (1 / 3) - 1 = 24.36% -> 24
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI sleep-tracking mattresses and smart beds: YoY with
    #     both amounts, CAGR with printed span, a part with its share; 2028 (預估, estimate). Expected nowhere: the
    #     dateline, the 95萬張 mattresses, the 45,000元 mattress price, the 3億元 Series B round and the 21億元
    #     valuation.
    dict(
        text=(
            "【台北訊】2025年4月22日 — 台灣家居科技研究院今日發布報告指出,2024年台灣AI睡眠監測床墊與智慧床市場規模達新台幣"
            "14.8億元,較2023年的12.1億元成長22.3%。研究院預估,2028年市場規模將達新台幣31億元,2024至2028年年複合成長率"
            "約20.3%。其中可調式智慧床架為最大品項,2024年規模為新台幣6.2億元,占比41.9%。統計顯示,國內床墊年銷售量約95萬張,"
            "一張中高階感測床墊售價約新台幣45,000元;本地新創眠境科技今年完成新台幣3億元B輪募資,估值約新台幣21億元。"
        ),
        obs=[
            ("Total", 2023, 12.1, "TWD 100 million", "actual"),
            ("Total", 2024, 14.8, "TWD 100 million", "actual"),
            ("Total", 2028, 31, "TWD 100 million", "estimate"),
            ("可調式智慧床架", 2024, 6.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("cagr", 20.3, "percent", 2024, 2028, None, "stated"),
            ("share", 41.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 12.1) ** (1 / 1) - 1 = 22.31% -> 22.3
            ("cagr|implied", "exact"),  # (31 / 14.8) ** (1 / 4) - 1 = 20.30% -> 20.3
            ("arithmetic", "exact"),  # 6.2 / 14.8 = 41.89% -> 41.9
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI room planning, visual search and bulky-goods delivery
    #     scheduling for furniture retailers: YoY with both amounts, a CAGR with printed span that no reading gives
    #     (inconsistent); 2028 (預計, estimate). Expected nowhere: the report's title year, the 210億港元 of furniture
    #     and home-goods retail sales, the 1,500間 shops, the 12,000港元 sofa.
    dict(
        text=(
            "香港傢俬及家居用品商會發表《2025香港家居零售數碼化報告》指出,本港傢俬零售商在AI空間規劃、以圖搜尋家具及大件貨品"
            "送貨排程方面的投入持續上升。報告顯示,相關市場規模於2024年達到5.8億港元,較2023年的4.7億港元增長23.4%。報告預計,"
            "2028年市場規模將達到12.6億港元,2024至2028年複合年增長率為24%。報告又指,本港傢俬及家居用品零售額2024年約為"
            "210億港元,全港傢俬門市約1,500間,而一張三座位梳化平均售價約12,000港元。"
        ),
        obs=[
            ("Total", 2023, 4.7, "HKD 100 million", "actual"),
            ("Total", 2024, 5.8, "HKD 100 million", "actual"),
            ("Total", 2028, 12.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.8 / 4.7) ** (1 / 1) - 1 = 23.40% -> 23.4
            # (12.6 / 5.8) ** (1 / 4) - 1 = 21.40%; bounds (12.55 / 5.85) ** (1/4) - 1 = 21.02%,
            # (12.65 / 5.75) ** (1/4) - 1 = 21.79% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global AI visual search and room planning for furniture e-commerce: YoY with
    #     both amounts holding only by rounding, 2030 (突破, printed figure, estimate) with a CAGR whose span only the
    #     amounts' years give (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast,
    #     the 1.2億張 sofas, the 4,000億美元 of furniture e-commerce revenue.
    dict(
        text=(
            "作者 sofalover (沙發馬鈴薯)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI家具以圖搜尋與空間規劃市場2030年上看110億美元\n"
            "時間 Tue Jul 8 22:14:05 2025\n"
            "外電研調機構Homeview Analytics最新報告,全球家具電商用的AI以圖搜尋跟3D空間規劃(拍客廳照片直接配沙發、桌子)"
            "市場,2024年規模為42億美元,比2023年的34億美元成長23%,預估2030年會突破110億美元,年複合成長率約17%。全球一年"
            "大概賣掉1.2億張沙發,家具電商營收也有4,000億美元上下。相關概念股今天亮燈漲停,不過這塊占營收比重都還很低,"
            "大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 34, "USD 100 million", "actual"),
            ("Total", 2024, 42, "USD 100 million", "actual"),
            ("Total", 2030, 110, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (42 / 34) ** (1 / 1) - 1 = 23.53% -> 24, not 23; bounds 41.5 / 34.5 - 1 = 20.29%,
            # 42.5 / 33.5 - 1 = 26.87% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (110 / 42) ** (1 / 6) - 1 = 17.41% -> 17
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI demand forecasting and dynamic pricing for furniture malls and
    #     retailers: YoY with both amounts, a 2027 range (two value claims), a share without its part's amount (claim,
    #     no verdict). Expected nowhere: the report date and series number, the 4,600家 malls, the 1.1亿平方米 of floor
    #     space, the target price and upside, the pick's revenue.
    dict(
        text=(
            "【东岳证券】智慧家居零售系列报告之二:家具卖场迈入AI定价时代(2025年9月16日)\n"
            "摘要:我们测算,2024年我国家具及家居卖场AI需求预测与动态定价市场规模为23.5亿元,较2023年的18.9亿元同比增长24.3%;"
            "预计2027年市场规模将达到40—46亿元。其中线上渠道AI定价占比约38%,为最大细分场景。截至2024年底全国大型家居卖场约"
            "4,600家,经营面积超过1.1亿平方米。首次覆盖给予行业“增持”评级,重点推荐居数科技(目标价42元,上涨空间23%),"
            "公司2024年营业收入7.6亿元。"
        ),
        obs=[
            ("Total", 2023, 18.9, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("value", 40, "CNY 100 million", 2027, 2027, None),
            ("value", 46, "CNY 100 million", 2027, 2027, None),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.5 / 18.9) ** (1 / 1) - 1 = 24.34% -> 24.3
        ],
    ),
    # 35. Smart-mattress maker's results-briefing transcript (Simplified, 亿元), dated 2025, on AI sleep-tracking
    #     mattresses and smart beds: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY, 2028
    #     (有望, estimate) with a CAGR of printed span. Expected nowhere: the company's revenue and gross margin, the
    #     second quarter's net profit, the 1,350家 stores, the 21万张 mattresses sold.
    dict(
        text=(
            "眠科智能2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "投资者:公司如何看待AI睡眠监测床垫和智能床的市场空间?\n"
            "董事长:按我们的测算,今年国内AI睡眠监测床垫与智能床市场规模约46亿元,去年为37.5亿元,增长约23%。到2028年,"
            "这一市场有望达到80亿元,2025—2028年复合增长率约20%。公司上半年营业收入12.4亿元,毛利率38.6%;第二季度归母"
            "净利润1.3亿元。目前公司在全国拥有约1,350家门店,上半年售出智能床垫约21万张。"
        ),
        obs=[
            ("Total", 2024, 37.5, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
            ("Total", 2028, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 37.5) ** (1 / 1) - 1 = 22.67% -> 23
            ("cagr|implied", "exact"),  # (80 / 46) ** (1 / 3) - 1 = 20.26% -> 20
        ],
    ),
    # 36. Markdown table (USD million, US furniture and home furnishings) by use case with a Total row and a CAGR column
    #     (span printed in the header); 2030F is an estimate; the demand-forecasting CAGR holds only by rounding, the
    #     made-to-order CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$150 billion of
    #     furniture and bedding sales and the 28,000 stores in the note.
    dict(
        text=(
            "Table 3. US furniture and home furnishings: AI spending by use case (USD million)\n"
            "| Use case | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI room planners and visual search | 420 | 1,180 | 18.8% |\n"
            "| AI demand forecasting and pricing | 355 | 858 | 15.9% |\n"
            "| AI made-to-order design and cutting | 145 | 470 | 22.6% |\n"
            "| AI returns and delivery scheduling for bulky goods | 210 | 560 | 17.8% |\n"
            "| Total | 1,130 | 3,068 | 18.1% |\n"
            "Note: F = forecast. Source: Piedmont Home Economics, from retailer contracts and vendor filings. Excludes "
            "the roughly US$150 billion of annual US furniture and bedding sales; the country counts some 28,000 "
            "furniture stores."
        ),
        obs=[
            ("AI room planners and visual search", 2024, 420, "USD million", "actual"),
            ("AI room planners and visual search", 2030, 1180, "USD million", "estimate"),
            ("AI demand forecasting and pricing", 2024, 355, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2030, 858, "USD million", "estimate"),
            ("AI made-to-order design and cutting", 2024, 145, "USD million", "actual"),
            ("AI made-to-order design and cutting", 2030, 470, "USD million", "estimate"),
            ("AI returns and delivery scheduling for bulky goods", 2024, 210, "USD million", "actual"),
            ("AI returns and delivery scheduling for bulky goods", 2030, 560, "USD million", "estimate"),
            ("Total", 2024, 1130, "USD million", "actual"),
            ("Total", 2030, 3068, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1180 / 420) ** (1 / 6) - 1 = 18.79% -> 18.8
            # (858 / 355) ** (1 / 6) - 1 = 15.845% -> 15.8, not 15.9; bounds (857.5 / 355.5) ** (1/6) - 1 = 15.806%,
            # (858.5 / 354.5) ** (1/6) - 1 = 15.883% -> 15.9 reached only by some reading
            ("cagr|implied", "rounding"),
            # (470 / 145) ** (1 / 6) - 1 = 21.65%; bounds (469.5 / 145.5) ** (1/6) - 1 = 21.56%,
            # (470.5 / 144.5) ** (1/6) - 1 = 21.74% -> 22.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (560 / 210) ** (1 / 6) - 1 = 17.76% -> 17.8
            ("cagr|implied", "exact"),  # (3068 / 1130) ** (1 / 6) - 1 = 18.11% -> 18.1
            ("hierarchy", "exact"),  # 2024: 420 + 355 + 145 + 210 = 1,130
            ("hierarchy", "exact"),  # 2030F: 1,180 + 858 + 470 + 560 = 3,068
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese furniture and interior retail with a Total
    #     row and a YoY column; the made-to-order YoY is reached by no reading (inconsistent). Expected nowhere: the
    #     figure number, the ¥1.9 trillion home-furnishings retail market and the ¥59,800 sofa bed in the note.
    dict(
        text=(
            "Figure 6. Japan: AI in furniture and interior retail by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI room planners and visual search\t6.4\t8.1\t26.6%\n"
            "AI demand forecasting and pricing\t11.8\t14.2\t20.3%\n"
            "AI made-to-order design and cutting\t3.9\t5.3\t31.9%\n"
            "AI delivery and returns scheduling for bulky goods\t5.2\t6.0\t15.4%\n"
            "Total\t27.3\t33.6\t23.1%\n"
            "Note: fiscal years to March. Source: Musashino Interior Research Institute, from contracts with furniture "
            "chains, makers and e-commerce platforms; the roughly \u00a51.9 trillion home-furnishings retail market and "
            "the \u00a559,800 price of a typical sofa bed are given for context only."
        ),
        obs=[
            ("AI room planners and visual search", 2023, 6.4, "JPY billion", "actual"),
            ("AI room planners and visual search", 2024, 8.1, "JPY billion", "actual"),
            ("AI demand forecasting and pricing", 2023, 11.8, "JPY billion", "actual"),
            ("AI demand forecasting and pricing", 2024, 14.2, "JPY billion", "actual"),
            ("AI made-to-order design and cutting", 2023, 3.9, "JPY billion", "actual"),
            ("AI made-to-order design and cutting", 2024, 5.3, "JPY billion", "actual"),
            ("AI delivery and returns scheduling for bulky goods", 2023, 5.2, "JPY billion", "actual"),
            ("AI delivery and returns scheduling for bulky goods", 2024, 6.0, "JPY billion", "actual"),
            ("Total", 2023, 27.3, "JPY billion", "actual"),
            ("Total", 2024, 33.6, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
            ("growth", 31.9, "percent", 2023, 2024, 1.0),
            ("growth", 15.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.1 / 6.4 - 1 = 26.56% -> 26.6
            ("cagr|implied", "exact"),  # 14.2 / 11.8 - 1 = 20.34% -> 20.3
            # 5.3 / 3.9 - 1 = 35.90%; bounds 5.25 / 3.95 - 1 = 32.91%, 5.35 / 3.85 - 1 = 38.96%
            # -> 31.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 6.0 / 5.2 - 1 = 15.38% -> 15.4
            ("cagr|implied", "exact"),  # 33.6 / 27.3 - 1 = 23.08% -> 23.1
            ("hierarchy", "exact"),  # FY2023: 6.4 + 11.8 + 3.9 + 5.2 = 27.3
            ("hierarchy", "exact"),  # FY2024: 8.1 + 14.2 + 5.3 + 6.0 = 33.6
        ],
    ),
    # 38. Space-aligned table (EUR million, Poland, 2024) of AI spending by furniture manufacturers by use with a share
    #     column and a Total row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere: the 57
    #     manufacturers surveyed, the €13 billion of furniture exports and the 28,000 firms in the note.
    dict(
        text=(
            "Poland: AI spending by furniture manufacturers by use, 2024 (\u20ac million)\n"
            "Use                                        \u20acm      Share\n"
            "Made-to-order design and panel cutting     38.6     42.7%\n"
            "Demand forecasting and pricing             21.7     23.9%\n"
            "Returns and delivery scheduling            14.9     16.5%\n"
            "Room planners and visual search             9.3     10.3%\n"
            "Smart-bed and sensor mattress design        6.0      6.7%\n"
            "Total                                      90.5    100.0%\n"
            "Note: Vistula Furniture Observatory survey of 57 manufacturers; shares may not add to 100 because of "
            "rounding. Poland's furniture exports of about \u20ac13 billion and its 28,000 registered furniture firms "
            "are given for context only."
        ),
        obs=[
            ("Made-to-order design and panel cutting", 2024, 38.6, "EUR million", "actual"),
            ("Demand forecasting and pricing", 2024, 21.7, "EUR million", "actual"),
            ("Returns and delivery scheduling", 2024, 14.9, "EUR million", "actual"),
            ("Room planners and visual search", 2024, 9.3, "EUR million", "actual"),
            ("Smart-bed and sensor mattress design", 2024, 6.0, "EUR million", "actual"),
            ("Total", 2024, 90.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 42.7, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 10.3, "percent", 2024, 2024, None),
            ("share", 6.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 90.5 = 42.65% -> 42.7
            # 21.7 / 90.5 = 23.98% -> 24.0, not 23.9; bounds 21.65 / 90.55 = 23.91%, 21.75 / 90.45 = 24.05%
            # -> 23.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 14.9 / 90.5 = 16.46% -> 16.5
            ("arithmetic", "exact"),  # 9.3 / 90.5 = 10.28% -> 10.3
            # 6.0 / 90.5 = 6.63% -> 6.6, not 6.7; bounds 5.95 / 90.55 = 6.571%, 6.05 / 90.45 = 6.689%
            # -> 6.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 38.6 + 21.7 + 14.9 + 9.3 + 6.0 = 90.5
        ],
    ),
    # 39. Vertical table whose rows are years (GBP million, UK) with a lone value column headed by its unit only (the
    #     market's Total) and a YoY column; 2025F is an estimate; a CAGR of printed span in the note. Expected nowhere:
    #     the caption's year span, the £1.4 billion UK mattress market as a whole and the 6.2 million mattresses.
    dict(
        text=(
            "UK: market for AI sleep-tracking mattresses and smart beds, 2021-2025F\n"
            "Year | \u00a3m | YoY\n"
            "2021 | 48 | -\n"
            "2022 | 61 | 27.1%\n"
            "2023 | 75 | 23.0%\n"
            "2024 | 92 | 22.7%\n"
            "2025F | 111 | 20.7%\n"
            "Note: F = forecast; CAGR 2021-2025F: 23.3%. Source: Pennant Sleep Research, from retailer and brand "
            "sell-in data; covers the sensors, sleep-coaching software and subscriptions sold with the beds. Excludes the roughly \u00a31.4 billion UK mattress market as a whole; about 6.2 million "
            "mattresses are sold in the UK each year."
        ),
        obs=[
            ("Total", 2021, 48, "GBP million", "actual"),
            ("Total", 2022, 61, "GBP million", "actual"),
            ("Total", 2023, 75, "GBP million", "actual"),
            ("Total", 2024, 92, "GBP million", "actual"),
            ("Total", 2025, 111, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2021, 2022, 1.0),
            ("growth", 23.0, "percent", 2022, 2023, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2024, 2025, 1.0),
            ("cagr", 23.3, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61 / 48 - 1 = 27.08% -> 27.1
            ("cagr|implied", "exact"),  # 75 / 61 - 1 = 22.95% -> 23.0
            ("cagr|implied", "exact"),  # 92 / 75 - 1 = 22.67% -> 22.7
            ("cagr|implied", "exact"),  # 111 / 92 - 1 = 20.65% -> 20.7
            ("cagr|implied", "exact"),  # (111 / 48) ** (1 / 4) - 1 = 23.32% -> 23.3
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan furniture making and retail with a 合計 row;
    #     2025年(預估) is an estimate; the 2025 合計 holds only by rounding. Expected nowhere: the table number, the
    #     title's year span, the 4,200家 shops and the 1,100億元 of furniture retail sales in the note.
    dict(
        text=(
            "表5 2023—2025年台灣家具製造與零售業AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI客製化設計與裁切 | 3.8 | 4.7 | 5.8\n"
            "AI空間規劃與以圖搜尋 | 2.1 | 2.7 | 3.4\n"
            "AI需求預測與定價 | 1.6 | 2.0 | 2.6\n"
            "AI大型家具配送與退貨排程 | 0.9 | 1.2 | 1.6\n"
            "合計 | 8.4 | 10.6 | 13.5\n"
            "資料來源:台灣家居產業研究中心;2025年為預估值,因四捨五入,各項加總或與合計略有出入。全台家具門市約4,200家、"
            "家具零售額約新台幣1,100億元,僅供參考。"
        ),
        obs=[
            ("AI客製化設計與裁切", 2023, 3.8, "TWD 100 million", "actual"),
            ("AI客製化設計與裁切", 2024, 4.7, "TWD 100 million", "actual"),
            ("AI客製化設計與裁切", 2025, 5.8, "TWD 100 million", "estimate"),
            ("AI空間規劃與以圖搜尋", 2023, 2.1, "TWD 100 million", "actual"),
            ("AI空間規劃與以圖搜尋", 2024, 2.7, "TWD 100 million", "actual"),
            ("AI空間規劃與以圖搜尋", 2025, 3.4, "TWD 100 million", "estimate"),
            ("AI需求預測與定價", 2023, 1.6, "TWD 100 million", "actual"),
            ("AI需求預測與定價", 2024, 2.0, "TWD 100 million", "actual"),
            ("AI需求預測與定價", 2025, 2.6, "TWD 100 million", "estimate"),
            ("AI大型家具配送與退貨排程", 2023, 0.9, "TWD 100 million", "actual"),
            ("AI大型家具配送與退貨排程", 2024, 1.2, "TWD 100 million", "actual"),
            ("AI大型家具配送與退貨排程", 2025, 1.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.4, "TWD 100 million", "actual"),
            ("合計", 2024, 10.6, "TWD 100 million", "actual"),
            ("合計", 2025, 13.5, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.8 + 2.1 + 1.6 + 0.9 = 8.4
            ("hierarchy", "exact"),  # 2024: 4.7 + 2.7 + 2.0 + 1.2 = 10.6
            # 2025(預估): 5.8 + 3.4 + 2.6 + 1.6 = 13.4 vs 13.5; rows' bounds 13.2-13.6, total's 13.45-13.55
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fiftieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€62 million or about 35%',
    'A second house, Laguna',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长3倍',
    '新台幣7.8億元',
    '億港元',
    '中央社記者陳家豪台北2025年5月6日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2022 | 27.1 | 18.7%',
    'Roomwise Inc. Q3 2025 earnings call, October 29, 2025',
    'Working Paper 2025/11. Abstract:',
    '3/ Their outlook: €0.72bn by 2030',
    'Correction: An earlier version of this article gave the 2023 figure as €85 million',
    'more than four times the €560 million it was worth in 2019',
    '- 2025E TAM: US$0.84B (+20% YoY), about A$1.3bn',
    'Laurentian Retail Research is far more bullish and puts 2030 at US$480 million',
    '₩420 billion in 2024, up 26% year on year',
    '新华社广州2025年3月18日电',
    '標題 [情報] 研調:AI家具以圖搜尋與空間規劃市場2030年上看110億美元',
    '预计2027年市场规模将达到40—46亿元',
    '| Use case | 2024 | 2030F | 2024-30 CAGR |',
    '合計 | 8.4 | 10.6 | 13.5',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 204
#: figures, 69 rates, 98 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-forty-eighth set: 204, 69, 98 and 0
FLOORS = {"figures_found": 204, "rates_found": 69, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset250.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
