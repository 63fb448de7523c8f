"""A two-hundred-and-fifty-first check set for the extractor, written blind: AI in furniture, mattresses and home
furnishings: AI room planners and visual search for sofas and tables, AI sleep-tracking mattresses and smart beds, AI
demand forecasting and pricing for furniture retailers, AI made-to-order design and cutting in furniture factories, AI
returns and delivery scheduling for bulky goods; sized in money by furniture trade associations, retail federations,
commerce ministries, brokers, consultancies, research houses and furniture groups' investor days, in the United States,
Canada, the United Kingdom, Sweden (kronor only as an aside), Denmark, Germany, Italy, Poland, Vietnam (dong only as an
aside), Japan, Australia, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian
dollars, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total furniture sales or e-commerce
sales beside the AI part, numbers of stores, sofas, mattresses or square metres, an item's price, a retailer's own
revenue or margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in furniture, mattresses and home furnishings: eight English prose
texts (a Grand Rapids wire release on AI room planners and visual search, a Tokyo broker note in fiscal years and yen on
retailers' demand forecasting and pricing, a London briefing with three segments and shares, a Cologne article quoting
two research houses on made-to-order design and panel cutting, a Minneapolis smart-bed investor day sizing a TAM, a
Warsaw national programme with last-year/this-year figures and a target, a correction notice on a Vietnamese factory
story with a range, an Italian home-design blog with 'nearly 3x'), seven Chinese prose texts (a home-furnishings report,
a Guangdong plan with 力争到 and 增长2倍, a Xinhua smart-mattress story quoting two institutes, a Taiwan white paper in 新台幣億元,
a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive on retail forecasting and bulky-goods delivery with
a range) and five tables (markdown European countries with a CAGR column, tab-separated Chinese with a 合计 row, space-
aligned Australian uses with shares, a vertical Canadian table with YoY, a tab-separated US segment table). Left out:
total furniture, bedding and online sales, furniture exports and makers' turnover, counts of stores, firms, workers,
sofas, mattresses and bulky items, item prices, retailers' and makers' own revenue, margins and share goals, funding
rounds and valuations, quarter figures, survey answers and online penetration, kronor, dong and Australian dollars, a
second house's figure, a misstated range. Inconsistent: the Cologne 20% CAGR, the Xinhua 23.8% YoY, Poland's 22.6% CAGR
row, the US 2024 Total. Only by rounding: the Tokyo CAGR, the London 27% share, the Warsaw 23%, the Taiwan 19.6% CAGR,
the CNA 18%, the 2024年 合计, the Australian demand-forecasting share and Canada's 2022 YoY.

Snippets 21-40: Twenty snippets on AI in furniture, mattresses and home furnishings (room planners and visual search for
sofas and tables, sleep-tracking mattresses and smart beds, demand forecasting and pricing for furniture retailers,
made-to-order design and panel cutting in factories, delivery and returns scheduling for bulky goods): eight English
prose pieces (a US furniture e-tailer's earnings call sizing a US-and-Canada TAM with this year and last year, a British
working-paper abstract with a 2030 figure in billions, a European smart-bed thread with a kronor aside, a Hamburg
article with a correction line, a Lissone shareholder letter with a 2019 figure in millions converted to billions, a
fourfold multiple and an inferred-span CAGR, Melbourne investor-day slides with an Australian-dollar aside, a forum
answer quoting two US houses, a Seoul broker note in won with claims but no observations), seven Chinese prose pieces (a
Xinhua-style custom-furniture release, a Foshan plan with a part in 万元, a Taipei smart-bed release in 新台幣億元, a Hong Kong
report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range, a mattress maker's results-briefing transcript)
and five tables (markdown US dollars with a CAGR column, tab-separated yen with a YoY column, space-aligned Polish euros
with a share column, a vertical Vietnamese table of years with a lone US-dollar column and YoY, a 新台幣億元 table with a 合計
row). Left out: total furniture, mattress and online sales, exports, counts of stores, showrooms, sofas, mattresses,
factories and square metres, item prices, firms' own revenue, margins, profit and targets, funding rounds and
valuations, price targets and upside, a quarter's figures, survey percentages, shares in words, kronor, Australian
dollars, won and dong, a second house's figure, a corrected misprint. Inconsistent: the thread's 19% CAGR, the Hong Kong
28% CAGR, the markdown demand-forecasting CAGR, the yen demand-forecasting YoY. Rounding only: the Hamburg 22% share,
the forum's 16%, the Foshan 25%, the PTT 21%, the briefing's 18% YoY, the markdown visual-search CAGR, two Polish shares
and the Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Grand Rapids wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 960 executives surveyed, the $142 billion of furniture and bedding store sales (total),
    #    the 31% sold online (a penetration rate), the 58% survey answer.
    dict(
        text=(
            "GRAND RAPIDS, Mich., March 11, 2025 /PRNewswire/ -- U.S. furniture and home-furnishings retailers spent "
            "$418 million on AI room planners and visual search for sofas, tables and rugs in 2024, up 24% from $337 "
            "million in 2023, according to the 2025 Home Furnishings AI Outlook published today by Kentwood Retail "
            "Intelligence. The firm, which surveyed 960 retail executives, projects spending of $1.45 billion by 2031, a "
            "compound annual growth rate of 19.4% over 2024-2031. U.S. furniture and bedding stores sold roughly $142 "
            "billion of goods last year, about 31% of it online. Some 58% of respondents said shoppers who used a room "
            "planner sent back fewer pieces."
        ),
        obs=[
            ("Total", 2023, 337, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2031, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19.4, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 337) ** (1 / 1) - 1 = 24.04% -> 24
            ("cagr|implied", "exact"),  # (1450 / 418) ** (1 / 7) - 1 = 19.45% -> 19.4
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 20.57%. Expected nowhere: the dateline, the 5,400
    #    stores, the ¥49,900 sofa price, the covered retailer's revenue, growth, operating margin, target price and
    #    upside, its first-quarter sales rise.
    dict(
        text=(
            "Tokyo, 19 May 2025. Japan Home Furnishings, sector note. We size Japan's market for AI demand forecasting, "
            "markdown pricing and replenishment at furniture and interior retailers at ¥7.3 billion in FY2024 and "
            "forecast ¥18.6 billion by FY2029e, a CAGR of about 20%. The country's furniture and interior chains run "
            "some 5,400 large-format stores, and a two-seat sofa from the mass chains sells for around ¥49,900. Our top "
            "pick, Hoshizora Interiors (Buy, TP ¥3,260, 24% upside), grew FY2024 revenue 7% to ¥412 billion at a 9.8% "
            "operating margin; its first-quarter sales rose 5%."
        ),
        obs=[
            ("Total", 2024, 7.3, "JPY billion", "actual"),
            ("Total", 2029, 18.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (18.6 / 7.3) ** (1 / 5) - 1 = 20.57% -> 21, not 20; bounds (18.55 / 7.35) ** (1/5) - 1 = 20.34%,
            # (18.65 / 7.25) ** (1/5) - 1 = 20.80% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total in GBP million and three segments with shares (delivery and returns'
    #    27% holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP million.
    #    Expected nowhere: the 52 retailers interviewed, the £17.6 billion of furniture and furnishings sales (total),
    #    the 6,300 stores, the £899 sofa price.
    dict(
        text=(
            "LONDON, 3 June 2025 - British furniture and home-furnishings retailers spent £134 million on AI tools in "
            "2024, according to a briefing from the Holloway Centre for Retail Studies. AI room planners and visual "
            "search took the largest slice, £51 million or about 38%, followed by AI delivery scheduling and returns "
            "handling for bulky goods at £37 million (27%). AI demand forecasting and pricing came to £24 million, some "
            "18% of the total. The centre, which interviewed 52 retailers, expects spending to reach £0.41 billion in "
            "2029. UK shoppers spent about £17.6 billion on furniture and furnishings last year across roughly 6,300 "
            "specialist stores, and a three-seat sofa from the high-street chains averages £899."
        ),
        obs=[
            ("Total", 2024, 134, "GBP million", "actual"),
            ("AI room planners and visual search", 2024, 51, "GBP million", "actual"),
            ("AI delivery scheduling and returns handling for bulky goods", 2024, 37, "GBP million", "actual"),
            ("AI demand forecasting and pricing", 2024, 24, "GBP million", "actual"),
            ("Total", 2029, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 51 / 134 = 38.06% -> 38
            # 37 / 134 = 27.61% -> 28, not 27; bounds 36.5 / 134.5 = 27.14%, 37.5 / 133.5 = 28.09% -> 27 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 24 / 134 = 17.91% -> 18
        ],
    ),
    # 4. Cologne article quoting two research houses on German AI made-to-order design, nesting and panel cutting: the
    #    first house's base, target and rates are the snippet's; its "up 22%" holds, its 20% CAGR is inconsistent.
    #    Expected nowhere: Westfalen Industry Analytics' €118 million for 2024, the €17.9 billion of furniture makers'
    #    sales (total), the 80,000 workers (headcount), the 47% poll answer.
    dict(
        text=(
            "COLOGNE, 14 January 2025 - German furniture factories spent €96 million on AI made-to-order design, "
            "nesting and panel cutting in 2024, up 22% on the €79 million of 2023, estimates the Cologne research house "
            "Rheinmöbel Research. It expects €260 million in 2030, a pace it puts at 20% a year compounded between 2024 "
            "and 2030. A second house, Westfalen Industry Analytics, puts 2024 spending at €118 million because it also "
            "counts CNC machine upgrades. German furniture makers' sales came to some €17.9 billion last year, and the "
            "industry employs about 80,000 people. In a poll, 47% of kitchen makers said custom orders now outnumber "
            "catalogue ones."
        ),
        obs=[
            ("Total", 2023, 79, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 79) ** (1 / 1) - 1 = 21.52% -> 22
            # (260 / 96) ** (1 / 6) - 1 = 18.06% -> 18, not 20; bounds (259.5 / 96.5) ** (1/6) - 1 = 17.92%,
            # (260.5 / 95.5) ** (1/6) - 1 = 18.20% -> 20 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Minneapolis smart-bed maker): the total addressable market it sizes is the market
    #    (Total), in USD billion, with "roughly a 14% CAGR" over a printed span. Expected nowhere: the company's own
    #    revenue and gross margin, its 640 stores, the $2,399 bed price, its 20% share goal, the second quarter's $486
    #    million of smart-bed sales.
    dict(
        text=(
            "Northstar Sleep Investor Day, Minneapolis, September 16, 2025 - transcript excerpt. Dana Whitcombe, chief "
            "executive: \"We size the total addressable market for AI sleep-tracking mattresses and smart beds, meaning "
            "the sensors, the self-adjusting firmness and the coaching subscriptions that ride on them, at $6.4 billion "
            "in 2024, and we see it reaching $14.2 billion by 2030. That's roughly a 14% CAGR from 2024 to 2030. We did "
            "$2.1 billion of revenue last year at a 59% gross margin through about 640 of our own stores, and our "
            "flagship bed retails at $2,399. Our goal is a 20% share of that market by 2030. In the second quarter "
            "alone, our smart-bed sales were $486 million.\""
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2030, 14.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 6.4) ** (1 / 6) - 1 = 14.20% -> 14
        ],
    ),
    # 6. Warsaw national programme: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 23% rise holds only by rounding. Expected nowhere: the €14.2 billion of furniture exports, the
    #    24,000 firms, the 160,000 workers, the 38% survey answer.
    dict(
        text=(
            "WARSAW, 20 February 2025 - The Furniture Industry Digitalisation Programme published today by Poland's "
            "Ministry of Development and Technology estimates that Polish furniture factories spent €41 million on AI "
            "made-to-order design, automated cutting and demand forecasting last year, and expects €50 million this "
            "year, a rise of 23%. The programme sets a target of €130 million by 2030. Poland exported some €14.2 "
            "billion of furniture last year, the sector counts roughly 24,000 firms and employs about 160,000 people, "
            "and 38% of manufacturers surveyed said they lack data engineers."
        ),
        obs=[
            ("Total", 2024, 41, "EUR million", "actual"),
            ("Total", 2025, 50, "EUR million", "estimate"),
            ("Total", 2030, 130, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (50 / 41) ** (1 / 1) - 1 = 21.95% -> 22, not 23; bounds 49.5 / 41.5 - 1 = 19.28%,
            # 50.5 / 40.5 - 1 = 24.69% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Vietnamese furniture-factory story: the 2030 range in US dollars gives two value claims
    #    (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$1.5-2.1
    #    billion, the 1,470 billion dong (not in the unit table), the 7,000 wood-processing firms, the US$16.3 billion
    #    of furniture and wood exports (total); the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 8 July 2025: An earlier version of this article misstated the 2030 forecast. Saigon Furniture "
            "Insights expects the market to reach US$150 million to US$210 million in 2030, not US$1.5 billion to "
            "US$2.1 billion.\n"
            "Vietnam's furniture exporters spent US$58 million in 2024 on AI made-to-order design, panel cutting and "
            "factory scheduling, according to Saigon Furniture Insights, a Ho Chi Minh City consultancy. It expects the "
            "market to reach US$150 million to US$210 million in 2030 as buyers in the United States and Europe order "
            "smaller, customised batches. In dong, the 2024 figure came to about 1,470 billion. The country's roughly "
            "7,000 wood-processing firms shipped some US$16.3 billion of furniture and wood products abroad last year."
        ),
        obs=[
            ("Total", 2024, 58, "USD million", "actual"),
        ],
        claims=[
            ("value", 150, "USD million", 2030, 2030, None),
            ("value", 210, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Italian home-design blog post: "nearly 3x higher" between 2021 and 2024 is a multiple x3 over 3 years (no
    #    verdict). Expected nowhere: the €3.1 billion of online furniture sales (total), the start-up's Series A and
    #    valuation, the second quarter's 2.8 million queries and €1.2 million, the €3,400 sofa price.
    dict(
        text=(
            "Salotto Digitale, a home-design blog, October 2, 2025 - Sofas you can find by photo. Italian furniture "
            "retailers spent €14 million on AI visual search and room planners in 2021; by 2024 that figure was nearly "
            "3x higher, at €39 million, according to Brianza Design Observatory. Set that against the roughly €3.1 "
            "billion Italians spend on furniture online each year. The Milan start-up Divano.ai raised €9 million in a "
            "Series A in May at a €60 million valuation; in the second quarter of 2025 its search tool handled some 2.8 "
            "million queries and billed €1.2 million. A made-to-measure leather sofa from the Brianza workshops still "
            "costs around €3,400."
        ),
        obs=[
            ("Total", 2021, 14, "EUR million", "actual"),
            ("Total", 2024, 39, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on home furnishings: 同比增长 with both amounts, a part (定制家具智能拆单与
    #    开料) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约7,400家
    #    firms, the 约6,800亿元 of furniture makers' revenue (total), the 约2,100亿元 of online furniture sales (total),
    #    the 64% survey answer.
    dict(
        text=(
            "《2025中国家居产业智能化发展报告》日前在广州发布。报告显示，2024年我国家居行业人工智能应用（AI空间设计、"
            "定制家具智能拆单与开料、零售需求预测等）市场规模达到62.4亿元，同比增长23.1%，2023年为50.7亿元。其中，"
            "定制家具智能拆单与开料市场规模为24.9亿元，占比39.9%。报告预计，到2030年该市场规模将达到178亿元，"
            "2024—2030年复合增长率为19.1%。报告同时指出，2024年全国规模以上家具制造企业约7,400家，实现营业收入约"
            "6,800亿元，家具类商品网上零售额约2,100亿元；受访企业中有64%表示已使用AI设计工具出图。"
        ),
        obs=[
            ("Total", 2023, 50.7, "CNY 100 million", "actual"),
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("定制家具智能拆单与开料", 2024, 24.9, "CNY 100 million", "actual"),
            ("Total", 2030, 178, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("share", 39.9, "percent", 2024, 2024, None),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.4 / 50.7) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("arithmetic", "exact"),  # 24.9 / 62.4 = 39.90% -> 39.9
            ("cagr|implied", "exact"),  # (178 / 62.4) ** (1 / 6) - 1 = 19.09% -> 19.1
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified) on furniture digitalisation: 2023 and 2024 actuals with an exact
    #     同比增长28.6%, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍
    #     kept as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约1.2万家
    #     firms, the 约2,600万件 sofas, the 3亿元 fund and its 20 projects.
    dict(
        text=(
            "广东省工业和信息化厅日前印发《广东省家具产业数字化转型行动方案（2025—2027年）》。方案显示，2024年全省"
            "家具行业AI定制设计、智能开料与柔性排产市场规模达12.6亿元，同比增长28.6%，2023年为9.8亿元。方案提出，"
            "力争到2027年全省相关市场规模突破38亿元，较2024年增长2倍。方案还明确，全省现有家具企业约1.2万家，年产"
            "沙发约2,600万件，省级财政安排专项资金3亿元，支持建设20个家具智能工厂示范项目。"
        ),
        obs=[
            ("Total", 2023, 9.8, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 38, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI sleep-tracking mattresses and smart beds: the
    #     first institute's base, YoY and target are the snippet's; its 23.8% YoY is inconsistent, its 约19% CAGR
    #     holds. Expected nowhere: the second institute's 48亿元 for 2024, the dateline, the expo's title year, the
    #     约9,000万张 mattresses, the 约1.5万元 bed price.
    dict(
        text=(
            "新华社杭州2025年5月27日电（记者周云帆）记者从2025中国睡眠健康与智能家居博览会上获悉，据中睡智能研究院"
            "测算，2024年我国AI睡眠监测床垫与智能床市场规模达41.3亿元，比上年的34.2亿元增长23.8%。该院预计，到2028年"
            "市场规模将达到82亿元，2024年至2028年年均复合增长率约19%。另一家机构东方家居消费研究所则估算，2024年这一"
            "市场规模为48亿元。据统计，2024年全国床垫产量约9,000万张，一张中高端智能床售价约1.5万元。"
        ),
        obs=[
            ("Total", 2023, 34.2, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
            ("Total", 2028, 82, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (41.3 / 34.2) ** (1 / 1) - 1 = 20.76% -> 20.8, not 23.8; bounds 41.25 / 34.25 - 1 = 20.44%,
            # 41.35 / 34.15 - 1 = 21.08% -> 23.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (82 / 41.3) ** (1 / 4) - 1 = 18.70% -> 19
        ],
    ),
    # 12. Taiwan home-furnishings white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span
    #     that holds only by rounding; 預估 marks the 2030 estimate. Expected nowhere: the white paper's title year, the
    #     約4,200家 stores, the 約新台幣1,150億元 of retailers' turnover (total), the 約新台幣3.2萬元 sofa price.
    dict(
        text=(
            "《2025臺灣家具與居家產業智慧化白皮書》指出，2024年國內家具零售與居家通路導入AI空間規劃、以圖搜尋沙發與"
            "桌椅及需求預測的市場規模為新台幣5.8億元，預估2030年將成長至新台幣16.9億元，2024至2030年年複合成長率達"
            "19.6%。白皮書並指出，全台家具與寢具門市約4,200家，業者年營業額約新台幣1,150億元，一張三人座布沙發平均"
            "售價約新台幣3.2萬元。"
        ),
        obs=[
            ("Total", 2024, 5.8, "TWD 100 million", "actual"),
            ("Total", 2030, 16.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (16.9 / 5.8) ** (1 / 6) - 1 = 19.51% -> 19.5, not 19.6; bounds (16.85 / 5.85) ** (1/6) - 1 = 19.28%,
            # (16.95 / 5.75) ** (1/6) - 1 = 19.74% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI visual search for furniture, virtual room
    #     layout and bulky-goods delivery and returns scheduling: 約3.1億港元 expected at its printed figure; the YoY and
    #     the 約19% CAGR hold. Expected nowhere: the 約160億港元 of furniture and household retail sales (total), the
    #     約1,300間 shops, the 約6,800港元 mattress price, the start-up's 2,500萬港元 funding round.
    dict(
        text=(
            "香港家具及家居零售業總會昨日公布研究報告指出，2024年本港家具及家居零售業的AI應用（網上以圖搜尋傢俬、"
            "虛擬擺位及大件貨物送貨與退貨排程）市場規模約3.1億港元，較2023年的2.6億港元增長19.2%。報告預計，2029年"
            "市場規模將升至7.4億港元，2024至2029年年均複合增長率約19%。報告又指，本港傢俬及家居用品全年零售額約160億"
            "港元，全港約有1,300間傢俬店，一張雙人床褥平均售價約6,800港元。本地初創居智科技上月完成2,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.6, "HKD 100 million", "actual"),
            ("Total", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2029, 7.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.6) ** (1 / 1) - 1 = 19.23% -> 19.2
            ("cagr|implied", "exact"),  # (7.4 / 3.1) ** (1 / 5) - 1 = 19.01% -> 19
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI sleep-tracking mattresses and smart beds: 去年
    #     is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 18% rise holds only by rounding.
    #     Expected nowhere: the first quarter's 2.1億元, the mattress maker's own revenue and gross margin, the 約140萬張
    #     mattresses sold a year.
    dict(
        text=(
            "（中央社記者陳柏言台北2025年3月18日電）市調機構寢研產業顧問今天表示，去年台灣AI睡眠監測床墊與智慧床的市場"
            "規模約新台幣8.2億元，今年在高齡照護需求帶動下，可望成長18%至9.6億元。不過今年第一季市場規模約新台幣2.1億"
            "元，低於預期。床墊大廠眠康實業去年營收新台幣46億元，毛利率約38%；全台每年床墊銷量約140萬張。"
        ),
        obs=[
            ("Total", 2024, 8.2, "TWD 100 million", "actual"),
            ("Total", 2025, 9.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (9.6 / 8.2) ** (1 / 1) - 1 = 17.07% -> 17, not 18; bounds 9.55 / 8.25 - 1 = 15.76%,
            # 9.65 / 8.15 - 1 = 18.40% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI demand forecasting, dynamic pricing and bulky-goods delivery scheduling for
    #     home-furnishings retail: 2023/2024 actuals with an exact 23.7% YoY; the 2027 range 30亿—36亿元 gives two value
    #     claims (no observation). Expected nowhere: the report's date, the leading firm's revenue, gross margin, rating
    #     and target price, its second-quarter growth, the 约2,300家 malls, the 约4.5万件 items per store.
    dict(
        text=(
            "南粤证券研究所2025年9月深度报告《从门店到工厂：家居零售AI的下一站》。我们测算，2024年国内家居零售AI需求"
            "预测、动态定价与大件配送排程市场规模为19.3亿元，同比增长23.7%，2023年为15.6亿元。随着头部卖场与品牌门店"
            "加快系统替换，我们预计2027年市场规模将达到30亿—36亿元。行业龙头智仓科技2024年营收4.8亿元，毛利率46%，"
            "首次覆盖给予“增持”评级，目标价42元；公司二季度营收同比增长31%。目前全国大型家居卖场约2,300家，单店年均"
            "配送大件商品约4.5万件。"
        ),
        obs=[
            ("Total", 2023, 15.6, "CNY 100 million", "actual"),
            ("Total", 2024, 19.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.3 / 15.6) ** (1 / 1) - 1 = 23.72% -> 23.7
        ],
    ),
    # 16. Markdown table (AI demand forecasting and pricing for furniture retailers by country, EUR million) with a CAGR
    #     2024-30 column and a Total row: each row's CAGR is stated (span in the header); Poland's 22.6% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the tracker's title year, the kronor conversion rate, the 340 retail chains covered.
    dict(
        text=(
            "Table 3. AI demand forecasting and pricing for furniture retailers by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Germany | 36.8 | 103.5 | 18.8% |\n"
            "| Italy | 21.4 | 58.2 | 18.1% |\n"
            "| Poland | 12.7 | 39.6 | 22.6% |\n"
            "| Sweden | 9.3 | 24.1 | 17.2% |\n"
            "| Denmark | 6.1 | 17.3 | 19.0% |\n"
            "| Total | 86.3 | 242.7 | 18.8% |\n"
            "Source: Oresund Retail Analytics, Home Retail AI Tracker 2025; Swedish figures converted from kronor at "
            "SEK 11.4 to the euro; covers some 340 retail chains. F = forecast."
        ),
        obs=[
            ("Germany", 2024, 36.8, "EUR million", "actual"),
            ("Germany", 2030, 103.5, "EUR million", "estimate"),
            ("Italy", 2024, 21.4, "EUR million", "actual"),
            ("Italy", 2030, 58.2, "EUR million", "estimate"),
            ("Poland", 2024, 12.7, "EUR million", "actual"),
            ("Poland", 2030, 39.6, "EUR million", "estimate"),
            ("Sweden", 2024, 9.3, "EUR million", "actual"),
            ("Sweden", 2030, 24.1, "EUR million", "estimate"),
            ("Denmark", 2024, 6.1, "EUR million", "actual"),
            ("Denmark", 2030, 17.3, "EUR million", "estimate"),
            ("Total", 2024, 86.3, "EUR million", "actual"),
            ("Total", 2030, 242.7, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (103.5 / 36.8) ** (1 / 6) - 1 = 18.81% -> 18.8
            ("cagr|implied", "exact"),  # (58.2 / 21.4) ** (1 / 6) - 1 = 18.15% -> 18.1
            # (39.6 / 12.7) ** (1 / 6) - 1 = 20.87% -> 20.9, not 22.6; bounds (39.55 / 12.75) ** (1/6) - 1 = 20.76%,
            # (39.65 / 12.65) ** (1/6) - 1 = 20.97% -> 22.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (24.1 / 9.3) ** (1 / 6) - 1 = 17.20% -> 17.2
            ("cagr|implied", "exact"),  # (17.3 / 6.1) ** (1 / 6) - 1 = 18.97% -> 19.0
            ("cagr|implied", "exact"),  # (242.7 / 86.3) ** (1 / 6) - 1 = 18.81% -> 18.8
            ("hierarchy", "exact"),  # 2024: 36.8 + 21.4 + 12.7 + 9.3 + 6.1 = 86.3
            ("hierarchy", "exact"),  # 2030F: 103.5 + 58.2 + 39.6 + 24.1 + 17.3 = 242.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表6 2023—2025年中国家居行业AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI空间设计与以图搜家具\t18.6\t23.4\t28.9\n"
            "定制家具智能拆单与开料\t14.2\t17.9\t22.1\n"
            "零售需求预测与动态定价\t9.7\t12.5\t15.8\n"
            "大件配送与退换货调度\t5.3\t6.9\t8.8\n"
            "合计\t47.8\t60.8\t75.6\n"
            "资料来源：家居数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("AI空间设计与以图搜家具", 2023, 18.6, "CNY 100 million", "actual"),
            ("AI空间设计与以图搜家具", 2024, 23.4, "CNY 100 million", "actual"),
            ("AI空间设计与以图搜家具", 2025, 28.9, "CNY 100 million", "estimate"),
            ("定制家具智能拆单与开料", 2023, 14.2, "CNY 100 million", "actual"),
            ("定制家具智能拆单与开料", 2024, 17.9, "CNY 100 million", "actual"),
            ("定制家具智能拆单与开料", 2025, 22.1, "CNY 100 million", "estimate"),
            ("零售需求预测与动态定价", 2023, 9.7, "CNY 100 million", "actual"),
            ("零售需求预测与动态定价", 2024, 12.5, "CNY 100 million", "actual"),
            ("零售需求预测与动态定价", 2025, 15.8, "CNY 100 million", "estimate"),
            ("大件配送与退换货调度", 2023, 5.3, "CNY 100 million", "actual"),
            ("大件配送与退换货调度", 2024, 6.9, "CNY 100 million", "actual"),
            ("大件配送与退换货调度", 2025, 8.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 47.8, "CNY 100 million", "actual"),
            ("合计", 2024, 60.8, "CNY 100 million", "actual"),
            ("合计", 2025, 75.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.6 + 14.2 + 9.7 + 5.3 = 47.8
            # 2024: 23.4 + 17.9 + 12.5 + 6.9 = 60.7, not 60.8; bounds 60.5..60.9 (each part +/-0.05)
            # reach 60.75..60.85 -> 60.8 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 28.9 + 22.1 + 15.8 + 8.8 = 75.6
        ],
    ),
    # 18. Space-aligned table (Australia, USD million, 2024) with a share column and a Total row: four shares (the
    #     demand-forecasting row's 22.8% holds only by rounding), rows add to the Total; the Total's 100.0% is no
    #     claim. Expected nowhere: the note number, the A$90.6 million (Australian dollars, not in the unit table) and
    #     its conversion rate, the 3,900 stores.
    dict(
        text=(
            "Australia: AI spending by furniture and bedding retailers by use, 2024\n"
            "Use                                                   USD million     Share\n"
            "AI room planners and visual search                           21.4     35.8%\n"
            "AI delivery scheduling for bulky goods                       15.2     25.4%\n"
            "AI demand forecasting and pricing                            13.6     22.8%\n"
            "AI returns management                                         9.6     16.1%\n"
            "Total                                                        59.8    100.0%\n"
            "Note 3: converted from A$90.6 million at 0.66; Australia has about 3,900 furniture and bedding stores. "
            "Source: Harbourside Retail Research."
        ),
        obs=[
            ("AI room planners and visual search", 2024, 21.4, "USD million", "actual"),
            ("AI delivery scheduling for bulky goods", 2024, 15.2, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2024, 13.6, "USD million", "actual"),
            ("AI returns management", 2024, 9.6, "USD million", "actual"),
            ("Total", 2024, 59.8, "USD million", "actual"),
        ],
        claims=[
            ("share", 35.8, "percent", 2024, 2024, None),
            ("share", 25.4, "percent", 2024, 2024, None),
            ("share", 22.8, "percent", 2024, 2024, None),
            ("share", 16.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 59.8 = 35.79% -> 35.8
            ("arithmetic", "exact"),  # 15.2 / 59.8 = 25.42% -> 25.4
            # 13.6 / 59.8 = 22.74% -> 22.7, not 22.8; bounds 13.55 / 59.85 = 22.64%, 13.65 / 59.75 = 22.85%
            # -> 22.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 9.6 / 59.8 = 16.05% -> 16.1
            ("hierarchy", "exact"),  # 21.4 + 15.2 + 13.6 + 9.6 = 59.8
        ],
    ),
    # 19. Vertical table (Canada) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2022 YoY of 25.9% holds only by rounding. Expected nowhere:
    #     the source's month and year, the 14 million bulky items, the 2020 dash.
    dict(
        text=(
            "Canada: spending by furniture and appliance retailers on AI returns and delivery scheduling for bulky goods\n"
            "Year | USD million | YoY\n"
            "2020 | 11.8 | -\n"
            "2021 | 14.6 | 23.7%\n"
            "2022 | 18.3 | 25.9%\n"
            "2023 | 22.1 | 20.8%\n"
            "2024 | 26.9 | 21.7%\n"
            "2025E | 32.4 | 20.4%\n"
            "Source: Laurentian Logistics Research, April 2025; Canadian retailers deliver some 14 million bulky items a "
            "year. E = estimate."
        ),
        obs=[
            ("Total", 2020, 11.8, "USD million", "actual"),
            ("Total", 2021, 14.6, "USD million", "actual"),
            ("Total", 2022, 18.3, "USD million", "actual"),
            ("Total", 2023, 22.1, "USD million", "actual"),
            ("Total", 2024, 26.9, "USD million", "actual"),
            ("Total", 2025, 32.4, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2020, 2021, 1.0),
            ("growth", 25.9, "percent", 2021, 2022, 1.0),
            ("growth", 20.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 11.8) ** (1 / 1) - 1 = 23.73% -> 23.7
            # (18.3 / 14.6) ** (1 / 1) - 1 = 25.34% -> 25.3, not 25.9; bounds 18.25 / 14.65 - 1 = 24.57%,
            # 18.35 / 14.55 - 1 = 26.12% -> 25.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (22.1 / 18.3) ** (1 / 1) - 1 = 20.77% -> 20.8
            ("cagr|implied", "exact"),  # (26.9 / 22.1) ** (1 / 1) - 1 = 21.72% -> 21.7
            ("cagr|implied", "exact"),  # (32.4 / 26.9) ** (1 / 1) - 1 = 20.45% -> 20.4
        ],
    ),
    # 20. Tab-separated segment table (United States, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (inconsistent); 2025F an estimate. Expected nowhere: the 41 million mattresses sold a
    #     year.
    dict(
        text=(
            "United States: AI in furniture and bedding retail by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI room planners and visual search\t148\t186\t231\n"
            "AI sleep-tracking mattresses and smart beds\t212\t254\t301\n"
            "AI demand forecasting and pricing\t96\t121\t150\n"
            "AI returns and delivery scheduling for bulky goods\t63\t82\t104\n"
            "Total\t519\t649\t786\n"
            "Source: Piedmont Home Retail Research; excludes the roughly 41 million mattresses sold each year. "
            "F = forecast."
        ),
        obs=[
            ("AI room planners and visual search", 2023, 148, "USD million", "actual"),
            ("AI room planners and visual search", 2024, 186, "USD million", "actual"),
            ("AI room planners and visual search", 2025, 231, "USD million", "estimate"),
            ("AI sleep-tracking mattresses and smart beds", 2023, 212, "USD million", "actual"),
            ("AI sleep-tracking mattresses and smart beds", 2024, 254, "USD million", "actual"),
            ("AI sleep-tracking mattresses and smart beds", 2025, 301, "USD million", "estimate"),
            ("AI demand forecasting and pricing", 2023, 96, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2024, 121, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2025, 150, "USD million", "estimate"),
            ("AI returns and delivery scheduling for bulky goods", 2023, 63, "USD million", "actual"),
            ("AI returns and delivery scheduling for bulky goods", 2024, 82, "USD million", "actual"),
            ("AI returns and delivery scheduling for bulky goods", 2025, 104, "USD million", "estimate"),
            ("Total", 2023, 519, "USD million", "actual"),
            ("Total", 2024, 649, "USD million", "actual"),
            ("Total", 2025, 786, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 148 + 212 + 96 + 63 = 519
            # 2024: 186 + 254 + 121 + 82 = 643, not 649; bounds 641..645 (each part +/-0.5) -> 649 reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 231 + 301 + 150 + 104 = 786
        ],
    ),
    # 21. US furniture e-tailer's earnings-call answer sizing a US-and-Canada TAM for AI room planning and visual
    #     search (USD billion): the TAM the company sizes is the market (Total); "this year" is the call's year (2025,
    #     "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with printed
    #     span. Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the 2.3 million
    #     sofas, the 96 showrooms, the $1,450 average sofa price.
    dict(
        text=(
            "Hearthline Home Q3 2025 earnings call, November 5, 2025 - Q&A\n"
            "Analyst (Priya Raman, Copperfield Securities): How do you think about the size of the room-planning "
            "opportunity beyond your own site?\n"
            "CEO Marcus Ellery: We size the total addressable market for AI room planners and visual search for sofas, "
            "tables and storage across US and Canadian furniture retail at roughly $1.65 billion this year, up about "
            "20% from $1.38 billion last year. Shoppers now photograph a room and expect to see the sectional in it "
            "before they buy. We expect that TAM to reach $3.9 billion by 2030, a compound annual growth rate of about "
            "19% over 2025-2030. In the quarter, revenue was $412.6 million at a 31% gross margin; we shipped some 2.3 "
            "million sofas over the past twelve months from 96 showrooms, at an average sofa price of about $1,450."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2025, 1.65, "USD billion", "estimate"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.65 / 1.38) ** (1 / 1) - 1 = 19.57% -> 20
            ("cagr|implied", "exact"),  # (3.9 / 1.65) ** (1 / 5) - 1 = 18.77% -> 19
        ],
    ),
    # 22. British working-paper abstract on AI demand forecasting and dynamic pricing at furniture retailers (GBP
    #     million): YoY with both amounts, a 2030 figure in billions converted to the series' unit (GBP million), CAGR
    #     with printed span. Expected nowhere: the paper number, "roughly a third of it" (a share in words), the £17.6
    #     billion of furniture and furnishings sales, the 4,900 stores, the £899 sofa.
    dict(
        text=(
            "Midlands Institute for Retail Economics, Working Paper No. 25/14. Abstract: We estimate what British "
            "furniture and bedding retailers spend on AI demand forecasting, markdown optimisation and dynamic pricing, "
            "using supplier accounts, job postings and interviews with merchandise directors. Spending reached \u00a3118 "
            "million in 2024, up 16% from \u00a3102 million in 2023, with roughly a third of it going on markdown "
            "optimisation for slow-moving sofas and dining sets. Beside the \u00a317.6 billion that households spent on "
            "furniture and furnishings, and the 4,900 or so specialist stores that sell it, the AI layer remains thin. "
            "Our central projection has spending reach \u00a30.29 billion by 2030, a compound annual growth rate of "
            "16.2% over 2024-2030. Shelf prices move less than the models do: a mid-range three-seater still sells for "
            "around \u00a3899."
        ),
        obs=[
            ("Total", 2023, 102, "GBP million", "actual"),
            ("Total", 2024, 118, "GBP million", "actual"),
            ("Total", 2030, 290, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 102) ** (1 / 1) - 1 = 15.69% -> 16
            ("cagr|implied", "exact"),  # (290 / 118) ** (1 / 6) - 1 = 16.17% -> 16.2
        ],
    ),
    # 23. Social-media thread (numbered posts) on European AI sleep-tracking mattresses and smart beds (EUR million):
    #     YoY with both amounts; a 2030 figure in billions converted to EUR million; a CAGR with printed span that no
    #     reading gives (inconsistent). Expected nowhere: Sweden's SEK 640M (kronor not in the unit table), the 38
    #     million mattresses, the €3,200 bed price, the 61% survey answer.
    dict(
        text=(
            "1/ Short thread on smart beds, the corner of the sleep economy that is finally getting sized. Nordlicht "
            "Sleep Research puts European spending on AI sleep-tracking mattresses and smart beds at \u20ac212M in "
            "2024.\n"
            "2/ That is up 24% from \u20ac171M in 2023, helped by bedding chains bundling sensor pads with premium "
            "mattresses.\n"
            "3/ Their outlook: \u20ac0.52bn by 2030, billed as a 19% CAGR over 2024-2030. Run the numbers and it comes "
            "out well short of that.\n"
            "4/ Sweden alone is said to spend about SEK 640M on the category, which tells you where the early adopters "
            "are.\n"
            "5/ For scale: Europeans buy ~38 million mattresses a year, and an adjustable smart bed still costs around "
            "\u20ac3,200.\n"
            "6/ Nordlicht also surveyed owners: 61% say the sleep score changed their bedtime at least once a week. /end"
        ),
        obs=[
            ("Total", 2023, 171, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2030, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 171) ** (1 / 1) - 1 = 23.98% -> 24
            # (520 / 212) ** (1 / 6) - 1 = 16.13%; bounds (515 / 212.5) ** (1/6) - 1 = 15.90%,
            # (525 / 211.5) ** (1/6) - 1 = 16.36% -> 19 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Hamburg web article with a correction line on AI delivery scheduling and returns handling for bulky
    #     furniture (EUR million): YoY with both amounts, two parts with shares, one holding only by rounding. Expected
    #     nowhere: the dateline, the €5.9 billion of online furniture sales, the 11,000 two-person crews, the €149
    #     delivery charge, the corrected misprint (€66 million).
    dict(
        text=(
            "Bulky-goods AI bill for German furniture sellers reaches \u20ac74m\n"
            "HAMBURG, 9 September 2025 - German furniture retailers spent \u20ac74 million on AI delivery scheduling and "
            "returns management for bulky goods in 2024, up 23% from \u20ac60 million in 2023, according to estimates by "
            "the logistics consultancy Alsterkai Advisory. Route and time-slot scheduling for two-person delivery took "
            "\u20ac41 million, about 55% of the total, while returns triage and resale grading came to \u20ac17 million "
            "(22%). Online furniture sales in Germany ran to roughly \u20ac5.9 billion last year, moved by some 11,000 "
            "two-person crews; a room-of-choice delivery of a corner sofa typically costs the buyer \u20ac149.\n"
            "Correction: An earlier version of this article put the 2023 figure at \u20ac66 million. The correct figure "
            "is \u20ac60 million."
        ),
        obs=[
            ("Total", 2023, 60, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Route and time-slot scheduling for two-person delivery", 2024, 41, "EUR million", "actual"),
            ("Returns triage and resale grading", 2024, 17, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 55, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 60) ** (1 / 1) - 1 = 23.33% -> 23
            ("arithmetic", "exact"),  # 41 / 74 = 55.41% -> 55
            # 17 / 74 = 22.97% -> 23, not 22; bounds 16.5 / 74.5 = 22.15%, 17.5 / 73.5 = 23.81%
            # -> 22 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Lissone furniture-machinery group's letter to shareholders on the European market for AI made-to-order
    #     design and automated panel cutting (EUR billion, the first printed unit): the 2019 €350 million converted to
    #     EUR billion; a multiple between 2019 and 2024 ("four times", x4, period 5, no verdict); 2028 ("exceed",
    #     printed figure, estimate) with a CAGR whose span only the amounts' years give (inferred). Expected nowhere:
    #     the group's revenue, order backlog, EBITDA margin and dividend, the 2,400 employees, the 18 plants, the
    #     210,000 square metres.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was the year in which made-to-order furniture stopped being a niche for our "
            "customers. We estimate the European market for AI made-to-order design, configuration and automated panel "
            "cutting in furniture factories at \u20ac1.4 billion in 2024, four times the \u20ac350 million it was worth "
            "in 2019, and we expect it to exceed \u20ac2.6 billion by 2028, growing about 17% a year. Brianza Legno "
            "Digitale's own revenue rose to \u20ac684 million, the order backlog stood at \u20ac510 million and the "
            "EBITDA margin reached 15.8%; the board proposes a dividend of \u20ac0.36 per share. Our 2,400 employees "
            "work across 18 plants covering some 210,000 square metres.\n"
            "Elena Castiglioni, Chief Executive Officer, Brianza Legno Digitale S.p.A., Lissone, March 2025"
        ),
        obs=[
            ("Total", 2019, 0.35, "EUR billion", "actual"),
            ("Total", 2024, 1.4, "EUR billion", "actual"),
            ("Total", 2028, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2019, 2024, 5.0),
            ("cagr", 17, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.4) ** (1 / 4) - 1 = 16.74% -> 17
        ],
    ),
    # 26. Melbourne furniture and bedding retailer's investor-day slide bullets sizing an Asia-Pacific TAM for AI
    #     demand forecasting and pricing (USD billion): 2024 actual, 2025E and 2029E estimates; YoY with both amounts,
    #     CAGR with printed span. Expected nowhere: the dateline and slide number, the A$1.5bn (Australian dollars not
    #     in the unit table), the 212 stores and 1.1 million square metres, the FY2026 revenue and margin targets, the
    #     A$1,299 mattress price.
    dict(
        text=(
            "Southern Cross Living - Investor Day 2025, Melbourne, 20 May 2025\n"
            "Slide 8: Asia-Pacific AI demand forecasting and pricing for furniture and bedding retail\n"
            "- 2024 TAM: US$0.82B\n"
            "- 2025E TAM: US$0.97B (+18% YoY), about A$1.5bn\n"
            "- 2029E TAM: US$1.8B; CAGR 2025E-29E: 17%\n"
            "- Use cases: SKU-level demand forecasts for sofas and beds, markdown timing, price tests on mattresses, "
            "container and warehouse allocation\n"
            "- Our network: 212 stores, 1.1 million square metres of selling space\n"
            "- FY2026 targets: revenue A$2.4bn, EBIT margin 9-10%\n"
            "- Average queen mattress price: A$1,299"
        ),
        obs=[
            ("Total", 2024, 0.82, "USD billion", "actual"),
            ("Total", 2025, 0.97, "USD billion", "estimate"),
            ("Total", 2029, 1.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.97 / 0.82) ** (1 / 1) - 1 = 18.29% -> 18
            ("cagr|implied", "exact"),  # (1.8 / 0.97) ** (1 / 4) - 1 = 16.71% -> 17
        ],
    ),
    # 27. Forum answer quoting two research houses on the US market for AI sleep-tracking smart beds (USD million, the
    #     first printed unit): the first house gives base, target and rate (the snippet's figures); its 2030 $1.45
    #     billion converted to USD million; its CAGR holds only by rounding. Expected nowhere: the second house's $2.1
    #     billion for 2030, the 238 upvotes, the 35 million mattresses, the $4,999 bed, the startup's $60 million round
    #     and $480 million valuation.
    dict(
        text=(
            "Re: Is there a trustworthy number for the US smart-bed market?\n"
            "Top answer (238 upvotes): Two houses publish on this and they disagree a lot. Cedar Point Research sizes US "
            "spending on AI sleep-tracking smart beds and sensor mattresses at $611 million in 2024 and forecasts $1.45 "
            "billion by 2030, a CAGR of 16% over 2024-2030. Lakeshore Analytics is far more bullish and puts 2030 at "
            "$2.1 billion. For context, Americans buy roughly 35 million mattresses a year, the flagship adjustable "
            "smart bed lists at $4,999, and one sleep-tech startup just raised $60 million at a $480 million "
            "valuation. I would go with Cedar Point: it counts only beds that actually ship with on-device sleep "
            "models, not plain adjustable bases."
        ),
        obs=[
            ("Total", 2024, 611, "USD million", "actual"),
            ("Total", 2030, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1450 / 611) ** (1 / 6) - 1 = 15.49% -> 15, not 16; bounds (1445 / 611.5) ** (1/6) - 1 = 15.41%,
            # (1455 / 610.5) ** (1/6) - 1 = 15.57% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI room planning, visual search and demand forecasting at Korean furniture and
    #     bedding retailers: won are not in the unit table, so no observation; its YoY, CAGR (printed span) and share
    #     are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the
    #     ₩286 billion, the ₩18 trillion furniture market, the 1,350 showrooms, the target price and upside, the
    #     pick's operating margin.
    dict(
        text=(
            "Hangang Securities - Korea Home Furnishings - Seoul, 3 September 2025\n"
            "Rooms that sell themselves. We size Korean furniture and bedding retailers' spending on AI room planning, "
            "visual search and demand forecasting at \u20a9286 billion in 2024, up 27% year on year, and forecast a "
            "21% CAGR over 2024-2029 as kitchen and wardrobe makers roll 3D planners into every showroom. Visual search "
            "for sofas and tables accounts for 31% of that spend. The domestic furniture market itself is worth about "
            "\u20a918 trillion a year, sold through some 1,350 brand showrooms. Our top pick, Mokjae Living (BUY, TP "
            "\u20a968,000, 32% upside), posted a 7.4% operating margin in the first half."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI design and panel cutting for custom furniture: YoY with both
    #     amounts, a part with its share, a 2027 figure (有望突破, printed figure, estimate). Expected nowhere: the
    #     dateline, the 7000亿元 of furniture-industry revenue, the 6900家 firms, the 640亿美元 of exports, the 1200万
    #     square metres of panels.
    dict(
        text=(
            "新华社广州2025年3月18日电(记者周晓岚)记者从中国家居产业数字化研究中心获悉,2024年我国定制家具AI设计与智能开料"
            "市场规模达到38.5亿元,较2023年的31.2亿元增长23.4%。其中,AI板材排版与开料优化市场规模为14.6亿元,占比37.9%。"
            "中心预计,到2027年该市场规模有望突破70亿元。数据显示,2024年全国规模以上家具制造企业6900余家,实现营业收入约"
            "7000亿元,家具出口额约640亿美元;仅珠三角定制家居工厂每月加工板材就超过1200万平方米。"
        ),
        obs=[
            ("Total", 2023, 31.2, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("AI板材排版与开料优化", 2024, 14.6, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("share", 37.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.2) ** (1 / 1) - 1 = 23.40% -> 23.4
            ("arithmetic", "exact"),  # 14.6 / 38.5 = 37.92% -> 37.9
        ],
    ),
    # 30. Foshan municipal plan (Simplified, 亿元) on AI custom design, production scheduling and cutting in furniture
    #     factories: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10
    #     thousand, 2027 target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the document number, the title's year span, the 3000家 firms, the 50家
    #     demonstration factories, the 100万平方米 of showrooms, the 2亿元 special fund.
    dict(
        text=(
            "《佛山市家居产业人工智能赋能行动方案(2025—2027年)》(佛工信〔2025〕31号)\n"
            "一、总体目标。到2027年,全市家具企业AI定制设计、智能排产与开料应用市场规模力争达到26亿元,2024年为13.5亿元,"
            "年均增长约25%;其中,AI板材缺陷检测市场规模力争达到8500万元。推动全市3000家以上家具企业开展智能化改造,建成"
            "50家AI示范工厂,家居展贸面积保持在100万平方米以上。二、保障措施。市财政设立家居产业智能化专项资金2亿元,"
            "支持本地企业参与AI设计软件与智能开料装备研发。"
        ),
        obs=[
            ("Total", 2024, 13.5, "CNY 100 million", "actual"),
            ("Total", 2027, 26, "CNY 100 million", "estimate"),
            ("AI板材缺陷检测", 2027, 8500, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (26 / 13.5) ** (1 / 3) - 1 = 24.42% -> 24, not 25; bounds (25.5 / 13.55) ** (1/3) - 1 = 23.46%,
            # (26.5 / 13.45) ** (1/3) - 1 = 25.36% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI sleep-tracking mattresses and smart beds: YoY with
    #     both amounts, CAGR with printed span, a part with its share; 2028 (預估, estimate). Expected nowhere: the
    #     dateline, the 110萬張 mattresses, the 12萬元 bed price, the 3億元 Series B round and the 25億元 valuation.
    dict(
        text=(
            "【台北訊】2025年6月10日 — 台灣家居科技研究院今日發布報告指出,2024年台灣AI睡眠監測床墊與智慧床市場規模達"
            "新台幣15.8億元,較2023年的12.9億元成長22.5%。研究院預估,2028年市場規模將達新台幣33億元,2024至2028年年複合"
            "成長率約20.2%。其中以AI睡眠監測智慧調整床為最大宗,2024年規模為新台幣6.4億元,占比40.5%。統計顯示,台灣每年"
            "售出床墊約110萬張,高階智慧調整床每張售價約新台幣12萬元;本地新創眠境科技今年完成新台幣3億元B輪募資,估值約"
            "新台幣25億元。"
        ),
        obs=[
            ("Total", 2023, 12.9, "TWD 100 million", "actual"),
            ("Total", 2024, 15.8, "TWD 100 million", "actual"),
            ("Total", 2028, 33, "TWD 100 million", "estimate"),
            ("AI睡眠監測智慧調整床", 2024, 6.4, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 20.2, "percent", 2024, 2028, None, "stated"),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 12.9) ** (1 / 1) - 1 = 22.48% -> 22.5
            ("cagr|implied", "exact"),  # (33 / 15.8) ** (1 / 4) - 1 = 20.22% -> 20.2
            ("arithmetic", "exact"),  # 6.4 / 15.8 = 40.51% -> 40.5
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI virtual room staging, visual search and bulky-goods
    #     delivery scheduling at furniture retailers: YoY with both amounts, a CAGR with printed span that no reading
    #     gives (inconsistent); 2028 (預計, estimate). Expected nowhere: the report's title year, the 160億港元 of
    #     furniture retail sales, the 1,200間 shops (約, a count), the 3萬張 sofas.
    dict(
        text=(
            "香港家具及家居用品商會發表《2025香港家居零售科技報告》指出,隨著網購大件家具日趨普及,本港家具零售商在AI虛擬"
            "擺設、以圖搜尋家具及大件貨品送貨排程方面的投入持續增加。報告顯示,相關市場規模於2024年達到3.8億港元,較2023"
            "年的3.1億港元增長22.6%。報告預計,2028年市場規模將達到9.5億港元,2024至2028年複合年增長率為28%。報告又指,"
            "本港家具及家居用品零售總額2024年約160億港元,全港家具門市約1,200間,單是網上平台每月售出的梳化便超過3萬張。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2028, 9.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 22.6
            # (9.5 / 3.8) ** (1 / 4) - 1 = 25.74%; bounds (9.45 / 3.85) ** (1/4) - 1 = 25.17%,
            # (9.55 / 3.75) ** (1/4) - 1 = 26.33% -> 28 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on the global AI smart-bed market: YoY with both amounts holding only by
    #     rounding, 2030 (突破, printed figure, estimate) with a CAGR whose span only the amounts' years give
    #     (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast, the 1.5億張
    #     mattresses, the 9成 share in words, the stock's limit-up.
    dict(
        text=(
            "作者 sleepyinvestor (睡不飽的散戶)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI智慧床市場2030年上看62億美元\n"
            "時間 Tue Jul 15 22:14:08 2025\n"
            "外電研調機構Restwell Insights最新報告,全球內建AI睡眠追蹤的智慧床與感測床墊市場,2024年規模為24億美元,比"
            "2023年的20億美元成長21%,預估2030年會突破62億美元,年複合成長率約17%。全球一年賣出的床墊大概1.5億張,"
            "智慧床還不到零頭,而且約9成集中在美國。相關床墊代工概念股今天直接亮燈漲停,不過智慧床占營收比重都不高,"
            "大家自己評估。"
        ),
        obs=[
            ("Total", 2023, 20, "USD 100 million", "actual"),
            ("Total", 2024, 24, "USD 100 million", "actual"),
            ("Total", 2030, 62, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (24 / 20) ** (1 / 1) - 1 = 20.00% -> 20, not 21; bounds 23.5 / 20.5 - 1 = 14.63%,
            # 24.5 / 19.5 - 1 = 25.64% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (62 / 24) ** (1 / 6) - 1 = 17.14% -> 17
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI demand forecasting and dynamic pricing at furniture and mattress
    #     retailers: YoY with both amounts, a 2027 range (two value claims), a share without its part's amount (claim,
    #     no verdict). Expected nowhere: the report date and series number, the 1800亿元 of furniture retail sales,
    #     the 4.2万家 stores, the target price and upside, the pick's revenue.
    dict(
        text=(
            "【东岳证券】家居零售AI系列报告之二:需求预测与动态定价重塑门店(2025年11月12日)\n"
            "摘要:我们测算,2024年我国家具及床垫零售商AI需求预测与动态定价市场规模为16.2亿元,较2023年的12.9亿元同比增长"
            "25.6%;预计2027年市场规模将达到28—33亿元。其中线上渠道动态定价占比约41%,为最大细分场景。2024年全国限额以上"
            "家具类零售额约1800亿元,家具及床垫品牌门店约4.2万家。首次覆盖给予行业“增持”评级,重点推荐栖木智能(目标价"
            "28元,上涨空间24%),公司2024年营业收入9.3亿元。"
        ),
        obs=[
            ("Total", 2023, 12.9, "CNY 100 million", "actual"),
            ("Total", 2024, 16.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("value", 28, "CNY 100 million", 2027, 2027, None),
            ("value", 33, "CNY 100 million", 2027, 2027, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.2 / 12.9) ** (1 / 1) - 1 = 25.58% -> 25.6
        ],
    ),
    # 35. Mattress maker's results-briefing transcript (Simplified, 亿元), dated 2025, on AI sleep-monitoring
    #     mattresses and smart beds: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY holding
    #     only by rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the company's revenue
    #     and gross margin, the second quarter's net profit, the 2100家 stores, the 120万张 mattresses.
    dict(
        text=(
            "慕眠家居2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "投资者:公司如何看待AI睡眠监测床垫和智能床的市场空间?\n"
            "董事长:按我们的测算,今年国内AI睡眠监测床垫与智能床市场规模约46亿元,去年为38.7亿元,增长约18%。到2028年,"
            "这一市场有望达到75亿元,2025—2028年复合增长率约18%。公司上半年营业收入21.4亿元,毛利率38.5%;第二季度归母净"
            "利润1.6亿元。目前公司在全国拥有约2100家门店,上半年售出床垫约120万张。"
        ),
        obs=[
            ("Total", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
            ("Total", 2028, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (46 / 38.7) ** (1 / 1) - 1 = 18.86% -> 19, not 18; bounds 45.5 / 38.75 - 1 = 17.42%,
            # 46.5 / 38.65 - 1 = 20.31% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (75 / 46) ** (1 / 3) - 1 = 17.70% -> 18
        ],
    ),
    # 36. Markdown table (USD million, US furniture and bedding retail) by use with a Total row and a CAGR column (span
    #     printed in the header); 2030F is an estimate; the visual-search CAGR holds only by rounding, the
    #     demand-forecasting CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$148 billion
    #     of furniture and bedding sales and the 34,000 stores in the note.
    dict(
        text=(
            "Table 3. US furniture and bedding retail: AI spending by use (USD million)\n"
            "| Use | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI room planners and 3D visualisation | 286 | 742 | 17.2% |\n"
            "| AI visual search for sofas and tables | 174 | 468 | 18.0% |\n"
            "| AI demand forecasting and pricing | 352 | 861 | 16.8% |\n"
            "| AI delivery and returns scheduling for bulky goods | 138 | 395 | 19.2% |\n"
            "| Total | 950 | 2,466 | 17.2% |\n"
            "Note: F = forecast. Source: Piedmont Home Retail Analytics, from retailer contracts and vendor filings. "
            "Excludes the roughly US$148 billion of annual US furniture and bedding sales; the sector counts some "
            "34,000 stores."
        ),
        obs=[
            ("AI room planners and 3D visualisation", 2024, 286, "USD million", "actual"),
            ("AI room planners and 3D visualisation", 2030, 742, "USD million", "estimate"),
            ("AI visual search for sofas and tables", 2024, 174, "USD million", "actual"),
            ("AI visual search for sofas and tables", 2030, 468, "USD million", "estimate"),
            ("AI demand forecasting and pricing", 2024, 352, "USD million", "actual"),
            ("AI demand forecasting and pricing", 2030, 861, "USD million", "estimate"),
            ("AI delivery and returns scheduling for bulky goods", 2024, 138, "USD million", "actual"),
            ("AI delivery and returns scheduling for bulky goods", 2030, 395, "USD million", "estimate"),
            ("Total", 2024, 950, "USD million", "actual"),
            ("Total", 2030, 2466, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 286) ** (1 / 6) - 1 = 17.22% -> 17.2
            # (468 / 174) ** (1 / 6) - 1 = 17.93% -> 17.9, not 18.0; bounds (467.5 / 174.5) ** (1/6) - 1 = 17.85%,
            # (468.5 / 173.5) ** (1/6) - 1 = 18.005% -> 18.0 reached only by some reading
            ("cagr|implied", "rounding"),
            # (861 / 352) ** (1 / 6) - 1 = 16.08%; bounds (860.5 / 352.5) ** (1/6) - 1 = 16.04%,
            # (861.5 / 351.5) ** (1/6) - 1 = 16.11% -> 16.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (395 / 138) ** (1 / 6) - 1 = 19.16% -> 19.2
            ("cagr|implied", "exact"),  # (2466 / 950) ** (1 / 6) - 1 = 17.23% -> 17.2
            ("hierarchy", "exact"),  # 2024: 286 + 174 + 352 + 138 = 950
            ("hierarchy", "exact"),  # 2030F: 742 + 468 + 861 + 395 = 2,466
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese furniture and interior retail with a Total
    #     row and a YoY column; the demand-forecasting YoY is reached by no reading (inconsistent). Expected nowhere:
    #     the chart number, the ¥1.9 trillion of furniture and interior sales and the 1,050 stores in the note.
    dict(
        text=(
            "Chart 4. Japan: AI in furniture and interior retail by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI room coordination and 3D layout\t6.4\t8.1\t26.6%\n"
            "AI visual search for furniture\t3.2\t4.3\t34.4%\n"
            "AI demand forecasting and pricing\t9.7\t11.6\t21.6%\n"
            "AI delivery scheduling for large items\t4.5\t5.4\t20.0%\n"
            "Total\t23.8\t29.4\t23.5%\n"
            "Note: fiscal years to March. Source: Shinagawa Interior Retail Institute, from contracts with furniture "
            "chains, department stores and e-commerce malls; the roughly \u00a51.9 trillion of furniture and interior "
            "sales and the 1,050 stores of the two largest chains are given for context only."
        ),
        obs=[
            ("AI room coordination and 3D layout", 2023, 6.4, "JPY billion", "actual"),
            ("AI room coordination and 3D layout", 2024, 8.1, "JPY billion", "actual"),
            ("AI visual search for furniture", 2023, 3.2, "JPY billion", "actual"),
            ("AI visual search for furniture", 2024, 4.3, "JPY billion", "actual"),
            ("AI demand forecasting and pricing", 2023, 9.7, "JPY billion", "actual"),
            ("AI demand forecasting and pricing", 2024, 11.6, "JPY billion", "actual"),
            ("AI delivery scheduling for large items", 2023, 4.5, "JPY billion", "actual"),
            ("AI delivery scheduling for large items", 2024, 5.4, "JPY billion", "actual"),
            ("Total", 2023, 23.8, "JPY billion", "actual"),
            ("Total", 2024, 29.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("growth", 34.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.1 / 6.4 - 1 = 26.56% -> 26.6
            ("cagr|implied", "exact"),  # 4.3 / 3.2 - 1 = 34.38% -> 34.4
            # 11.6 / 9.7 - 1 = 19.59%; bounds 11.55 / 9.75 - 1 = 18.46%, 11.65 / 9.65 - 1 = 20.73%
            # -> 21.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 5.4 / 4.5 - 1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),  # 29.4 / 23.8 - 1 = 23.53% -> 23.5
            ("hierarchy", "exact"),  # FY2023: 6.4 + 3.2 + 9.7 + 4.5 = 23.8
            ("hierarchy", "exact"),  # FY2024: 8.1 + 4.3 + 11.6 + 5.4 = 29.4
        ],
    ),
    # 38. Space-aligned table (EUR million, Poland, 2024) of AI spending in furniture manufacturing by use with a share
    #     column and a Total row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere: the 64
    #     factories surveyed, the €14 billion of furniture exports and the 1,100 upholstery plants in the note.
    dict(
        text=(
            "Poland: AI spending in furniture manufacturing by use, 2024 (\u20ac million)\n"
            "Use                                          \u20acm     Share\n"
            "AI panel cutting and nesting optimisation    31.6     28.4%\n"
            "AI made-to-order design and configuration    40.3     36.2%\n"
            "AI visual quality inspection                 19.7     17.7%\n"
            "AI production scheduling                     12.5     11.2%\n"
            "AI demand forecasting for export orders       7.4      6.6%\n"
            "Total                                       111.5    100.0%\n"
            "Note: Wielkopolska Furniture Technology Centre survey of 64 factories; Poland's roughly \u20ac14 billion of "
            "annual furniture exports and some 1,100 upholstery plants are given for context only."
        ),
        obs=[
            ("AI panel cutting and nesting optimisation", 2024, 31.6, "EUR million", "actual"),
            ("AI made-to-order design and configuration", 2024, 40.3, "EUR million", "actual"),
            ("AI visual quality inspection", 2024, 19.7, "EUR million", "actual"),
            ("AI production scheduling", 2024, 12.5, "EUR million", "actual"),
            ("AI demand forecasting for export orders", 2024, 7.4, "EUR million", "actual"),
            ("Total", 2024, 111.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 28.4, "percent", 2024, 2024, None),
            ("share", 36.2, "percent", 2024, 2024, None),
            ("share", 17.7, "percent", 2024, 2024, None),
            ("share", 11.2, "percent", 2024, 2024, None),
            ("share", 6.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 31.6 / 111.5 = 28.34% -> 28.3, not 28.4; bounds 31.55 / 111.55 = 28.28%, 31.65 / 111.45 = 28.398%
            # -> 28.4 reached only by some reading
            ("arithmetic", "rounding"),
            # 40.3 / 111.5 = 36.14% -> 36.1, not 36.2; bounds 40.25 / 111.55 = 36.08%, 40.35 / 111.45 = 36.205%
            # -> 36.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 19.7 / 111.5 = 17.67% -> 17.7
            ("arithmetic", "exact"),  # 12.5 / 111.5 = 11.21% -> 11.2
            ("arithmetic", "exact"),  # 7.4 / 111.5 = 6.64% -> 6.6
            ("hierarchy", "exact"),  # 31.6 + 40.3 + 19.7 + 12.5 + 7.4 = 111.5
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, Vietnam) with a lone value column headed by its unit only
    #     (the market's Total) and a YoY column; 2025F is an estimate; a CAGR of printed span in the note. Expected
    #     nowhere: the caption's year span, the VND 2.2 trillion (dong not in the unit table), the US$16 billion of
    #     wood and furniture exports and the 2,800 factories.
    dict(
        text=(
            "Vietnam: market for AI in export furniture manufacturing, 2021-2025F\n"
            "Year | US$ million | YoY\n"
            "2021 | 38 | -\n"
            "2022 | 47 | 23.7%\n"
            "2023 | 57 | 21.3%\n"
            "2024 | 70 | 22.8%\n"
            "2025F | 85 | 21.4%\n"
            "Note: F = forecast; CAGR 2021-2025F: 22.3%. The 2025F figure equals roughly VND 2.2 trillion. Source: "
            "Binh Duong Wood Industry Observatory, from factory and software-vendor contracts. Excludes the roughly "
            "US$16 billion of annual wood and furniture exports; the sector counts some 2,800 export factories."
        ),
        obs=[
            ("Total", 2021, 38, "USD million", "actual"),
            ("Total", 2022, 47, "USD million", "actual"),
            ("Total", 2023, 57, "USD million", "actual"),
            ("Total", 2024, 70, "USD million", "actual"),
            ("Total", 2025, 85, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2021, 2022, 1.0),
            ("growth", 21.3, "percent", 2022, 2023, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2024, 2025, 1.0),
            ("cagr", 22.3, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47 / 38 - 1 = 23.68% -> 23.7
            ("cagr|implied", "exact"),  # 57 / 47 - 1 = 21.28% -> 21.3
            ("cagr|implied", "exact"),  # 70 / 57 - 1 = 22.81% -> 22.8
            ("cagr|implied", "exact"),  # 85 / 70 - 1 = 21.43% -> 21.4
            ("cagr|implied", "exact"),  # (85 / 38) ** (1 / 4) - 1 = 22.30% -> 22.3
        ],
    ),
    # 40. Traditional Chinese tab-separated table (新台幣億元) of AI in Taiwan's home-furnishing sector with a 合計 row;
    #     2025年(預估) is an estimate; the 2025 合計 holds only by rounding. Expected nowhere: the table number, the
    #     title's year span, the 520億元 of furniture sales and the 3,400家 stores in the note.
    dict(
        text=(
            "表3 2023—2025年台灣家居產業AI應用市場規模(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "AI虛擬擺設與空間規劃\t3.6\t4.7\t6.1\n"
            "AI以圖搜尋家具\t2.1\t2.8\t3.7\n"
            "AI睡眠監測床墊與智慧床\t4.3\t5.4\t6.8\n"
            "AI需求預測與定價\t2.9\t3.6\t4.4\n"
            "合計\t12.9\t16.5\t21.1\n"
            "資料來源:台灣家居科技研究院;2025年為預估值,因四捨五入,各項加總或與合計略有出入。台灣家具零售總額約新台幣"
            "520億元、家具門市約3,400家,僅供參考。"
        ),
        obs=[
            ("AI虛擬擺設與空間規劃", 2023, 3.6, "TWD 100 million", "actual"),
            ("AI虛擬擺設與空間規劃", 2024, 4.7, "TWD 100 million", "actual"),
            ("AI虛擬擺設與空間規劃", 2025, 6.1, "TWD 100 million", "estimate"),
            ("AI以圖搜尋家具", 2023, 2.1, "TWD 100 million", "actual"),
            ("AI以圖搜尋家具", 2024, 2.8, "TWD 100 million", "actual"),
            ("AI以圖搜尋家具", 2025, 3.7, "TWD 100 million", "estimate"),
            ("AI睡眠監測床墊與智慧床", 2023, 4.3, "TWD 100 million", "actual"),
            ("AI睡眠監測床墊與智慧床", 2024, 5.4, "TWD 100 million", "actual"),
            ("AI睡眠監測床墊與智慧床", 2025, 6.8, "TWD 100 million", "estimate"),
            ("AI需求預測與定價", 2023, 2.9, "TWD 100 million", "actual"),
            ("AI需求預測與定價", 2024, 3.6, "TWD 100 million", "actual"),
            ("AI需求預測與定價", 2025, 4.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 12.9, "TWD 100 million", "actual"),
            ("合計", 2024, 16.5, "TWD 100 million", "actual"),
            ("合計", 2025, 21.1, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.6 + 2.1 + 4.3 + 2.9 = 12.9
            ("hierarchy", "exact"),  # 2024: 4.7 + 2.8 + 5.4 + 3.6 = 16.5
            # 2025(預估): 6.1 + 3.7 + 6.8 + 4.4 = 21.0 vs 21.1; rows' bounds 20.8-21.2, total's 21.05-21.15
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 17, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '£51 million or about 38%',
    'A second house, Westfalen',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x higher',
    '较2024年增长2倍',
    '新台幣5.8億元',
    '億港元',
    '中央社記者陳柏言台北2025年3月18日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2022 | 18.3 | 25.9%',
    'Hearthline Home Q3 2025 earnings call, November 5, 2025',
    'Working Paper No. 25/14. Abstract:',
    '3/ Their outlook: €0.52bn by 2030',
    'Correction: An earlier version of this article put the 2023 figure at €66 million',
    'four times the €350 million it was worth in 2019',
    '- 2025E TAM: US$0.97B (+18% YoY), about A$1.5bn',
    'Lakeshore Analytics is far more bullish and puts 2030 at $2.1 billion',
    '₩286 billion in 2024, up 27% year on year',
    '新华社广州2025年3月18日电',
    '標題 [情報] 研調:AI智慧床市場2030年上看62億美元',
    '预计2027年市场规模将达到28—33亿元',
    '| Use | 2024 | 2030F | 2024-30 CAGR |',
    '合計\t12.9\t16.5\t21.1',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 204
#: figures, 70 rates, 99 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 204, "rates_found": 70, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset251.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
