"""A two-hundred-and-forty-ninth check set for the extractor, written blind: AI in shipbuilding, shipyards and marine
engineering: AI design optimisation of hulls and propellers, AI welding robots and weld inspection in shipyards, AI
planning of blocks, docks and cranes, AI predictive maintenance of engines on board, AI route and fuel optimisation sold
by yards and engine makers, AI digital twins of vessels; sized in money by shipbuilders' associations, maritime
ministries, classification societies, shipbrokers, brokers, consultancies, research houses and shipyard groups' investor
days, in the United States, the United Kingdom, Norway (kroner only as an aside), Finland, Germany, Italy, the
Netherlands, Japan, South Korea (won only as an aside), Singapore, mainland China, Taiwan and Hong Kong (currencies: US
dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total shipbuilding output
or order books beside the AI part, numbers of ships, berths, welds, deadweight tonnes or compensated gross tonnes, a
ship's price, a yard's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's
percentages.

Snippets 1-20: Twenty snippets on money spent on AI in shipbuilding, shipyards and marine engineering: eight English
prose texts (a Norfolk wire release on AI welding robots and weld inspection, a Tokyo broker note in fiscal years and
yen on hull, propeller and block-planning AI, a Rotterdam briefing with three segments and shares, a Hamburg article
quoting two research houses on AI predictive maintenance of engines, a Seoul shipyard investor day sizing a TAM, a
London national strategy with last-year/this-year figures and a target, a correction notice on a Finnish story with a
range, an Italian naval-engineering blog with 'nearly 3x'), seven Chinese prose texts (a shipbuilding report, a Zhejiang
plan with 力争到 and 增长2倍, a Xinhua offshore-engineering story quoting two institutes, a Taiwan white paper in 新台幣億元, a
Hong Kong ship-management story in 億港元, a CNA Kaohsiung story with 去年/今年, a broker deep-dive on route and fuel
optimisation with a range) and five tables (markdown by market with a CAGR column, tab-separated Chinese with a 合计 row,
space-aligned Singapore uses with shares, a vertical Korean table with YoY, a tab-separated global segment table). Left
out: shipbuilding budgets, order books, output and turnover, counts of ships, yards, docks, welds, deadweight and gross
tonnes, ship and yacht prices, yards' own revenue, margins, orders and share goals, funding rounds and valuations,
quarter figures, survey answers, kroner and won, a second house's figure, a misstated range. Inconsistent: the Hamburg
21% CAGR, the Xinhua 27.8% YoY, Europe's 18.4% CAGR row, the global 2025F Total. Only by rounding: the Tokyo CAGR, the
Rotterdam 33% share, the London 23%, the Taiwan 19.5% CAGR, the CNA 19%, the 2024年 合计, Singapore's digital-twin share
and Korea's 2023 YoY.

Snippets 21-40: Twenty snippets on AI in shipbuilding, shipyards and marine engineering (hull and propeller design
optimisation, welding robots and weld inspection, block, dock and crane planning, predictive maintenance of engines on
board, route and fuel optimisation sold by yards and engine makers, digital twins of vessels): eight English prose
pieces (a Finnish engine maker's earnings call sizing a global TAM with this year and last year, a Norwegian working-
paper abstract with a 2030 figure in billions and a kroner aside, a German thread with a won aside, a Rotterdam article
with a correction line, a Trieste shareholder letter with a 2020 figure in millions converted to billions, a 2.5x
multiple and an inferred-span CAGR, Singapore investor-day slides with a Singapore-dollar aside, a forum answer quoting
two houses, a Seoul broker note in won with claims but no observations), seven Chinese prose pieces (a Xinhua-style
welding release, a Nantong plan with a part in 万元, a Taipei release in 新台幣億元, a Hong Kong report in 億港元, a PTT post in
億美元, a broker abstract with a 2027 range, a results-briefing transcript) and five tables (markdown US dollars with a
CAGR column, tab-separated yen with a YoY column, space-aligned pounds with a share column, a vertical Finnish table of
years with a lone euro column and YoY, a 新台幣億元 table with a 合計 row). Left out: shipbuilding output, order books and new
orders, counts of ships, docks, rigs, engines and firms, dwt, CGT and gross tonnes, ship prices, yards' own revenue,
margins, dividends and targets, funding rounds and valuations, price targets, a quarter's figures, survey percentages,
shares in words, kroner, won and Singapore dollars, a second house's figure, a corrected misprint. Inconsistent: the
thread's 19% CAGR, the Hong Kong 24% CAGR, the markdown digital-twin CAGR, the yen engine-maintenance YoY. Rounding
only: the Rotterdam 25% share, the forum's 17%, the Nantong 25%, the PTT 20%, the briefing's 22% YoY, the markdown
planning CAGR, two British shares and the Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Norfolk wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the 2031
    #    figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 940 managers surveyed, the Navy's $32.4 billion shipbuilding request (total
    #    shipbuilding) and its fiscal year, the 400,000 welds on a destroyer, the 58% survey answer.
    dict(
        text=(
            "NORFOLK, Va., March 11, 2025 /PRNewswire/ -- U.S. shipyards spent $418 million on AI welding robots and "
            "automated weld inspection in 2024, up 22% from $342 million in 2023, according to the 2025 Shipyard "
            "Automation Outlook released today by Tidewater Hull Analytics. The Virginia firm, which surveyed 940 "
            "production managers at yards building naval and commercial ships, projects spending of $1.3 billion by "
            "2031, a compound annual growth rate of 17.6% over 2024-2031. The outlook notes that the Navy alone "
            "requested some $32.4 billion for shipbuilding in fiscal 2025, and that a large yard lays more than 400,000 "
            "welds on a single destroyer. Some 58% of respondents named weld rework as their biggest cost worry."
        ),
        obs=[
            ("Total", 2023, 342, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2031, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17.6, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 342) ** (1 / 1) - 1 = 22.22% -> 22
            ("cagr|implied", "exact"),  # (1300 / 418) ** (1 / 7) - 1 = 17.60% -> 17.6
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 19.48%. Expected nowhere: the dateline, the "year to
    #    March 2025" gloss, the 1,600-ship order book, the Korean ₩450bn (won, not in the unit table), the covered
    #    yard's revenue, growth, operating margin, target price and upside, the bulk carrier's 82,000 dwt and price.
    dict(
        text=(
            "JAPAN SHIPBUILDING - Sector update - Tokyo, 9 June 2025\n"
            "Smarter yards, leaner hulls. We estimate that Japanese shipbuilders spent ¥23bn on AI hull-form and "
            "propeller design optimisation and AI block and dock scheduling in FY2024 (year to March 2025), and we "
            "forecast ¥56bn by FY2029e, a CAGR of about 20%. Set against a national order book of roughly 1,600 ships, "
            "that is still modest, and Korean rivals spend some ₩450bn a year on similar tools. Our top pick, "
            "Setonaikai Zosen (BUY, TP ¥3,850, 24% upside), grew FY2024 revenue 11% to ¥412bn at a 6.8% operating "
            "margin; an 82,000-dwt bulk carrier from its Marugame yard sells for about $36 million."
        ),
        obs=[
            ("Total", 2024, 23, "JPY billion", "actual"),
            ("Total", 2029, 56, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (56 / 23) ** (1 / 5) - 1 = 19.48% -> 19, not 20; bounds (55.5 / 23.5) ** (1/5) - 1 = 18.75%,
            # (56.5 / 22.5) ** (1/5) - 1 = 20.22% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Rotterdam research briefing: a Dutch total in EUR million and three segments with shares (digital twins'
    #    "about 33%" holds only by rounding); the 2030 forecast printed in billions is expected converted to EUR
    #    million. Expected nowhere: the 52 yards and suppliers interviewed, the €9.6 billion of maritime manufacturing
    #    turnover (total output), the 160 vessels delivered, the €250 million superyacht price.
    dict(
        text=(
            "ROTTERDAM, 16 September 2025 - Dutch shipyards and marine engineering firms spent €194 million on AI tools "
            "in 2024, a briefing from the Maasmond Maritime Knowledge Centre finds. AI digital twins of vessels took the "
            "biggest slice, €63 million or about 33%, followed by AI welding robots and weld inspection at €48 million "
            "(25%). AI block, dock and crane planning came to €29 million, some 15% of the total. The centre, which "
            "interviewed 52 yards and suppliers, expects spending to reach €1.1 billion by 2030. The Dutch maritime "
            "manufacturing industry turned over about €9.6 billion in 2024 and delivered some 160 vessels, among them "
            "superyachts priced at up to €250 million."
        ),
        obs=[
            ("Total", 2024, 194, "EUR million", "actual"),
            ("AI digital twins of vessels", 2024, 63, "EUR million", "actual"),
            ("AI welding robots and weld inspection", 2024, 48, "EUR million", "actual"),
            ("AI block, dock and crane planning", 2024, 29, "EUR million", "actual"),
            ("Total", 2030, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 33, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 63 / 194 = 32.47% -> 32, not 33; bounds 62.5 / 194.5 = 32.13%, 63.5 / 193.5 = 32.82% -> 33 reached only
            # by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 48 / 194 = 24.74% -> 25
            ("arithmetic", "exact"),  # 29 / 194 = 14.95% -> 15
        ],
    ),
    # 4. Hamburg article quoting two research houses on German AI predictive maintenance of ships' engines: the first
    #    house's base, target and rates are the snippet's; its "up 18%" holds, its 21% CAGR is inconsistent. Expected
    #    nowhere: Weserport Analytics' €149 million for 2024, the €24 billion order book, the 1,800 ships, Norway's
    #    NOK 900 million (kroner, not in the unit table), the 47% poll answer.
    dict(
        text=(
            "HAMBURG, 24 June 2025 - German shipyards and marine engine makers are betting on software that spots a "
            "failing engine before it fails. According to Kieler Bucht Research, spending in Germany on AI predictive "
            "maintenance of ships' engines, sold by yards and engine builders with their service contracts, reached "
            "€132 million in 2024, up 18% from €112 million in 2023. The house expects €390 million by 2030, which it "
            "calls a compound annual rate of 21% between 2024 and 2030. A second house, Weserport Analytics, puts the "
            "2024 market at €149 million. German yards hold orders worth some €24 billion, mostly cruise ships and "
            "naval vessels, and the German-owned merchant fleet counts about 1,800 ships. Norway's yards, for "
            "comparison, spend an estimated NOK 900 million a year on similar tools. In a poll of shipowners, 47% said "
            "they would pay extra for guaranteed engine uptime."
        ),
        obs=[
            ("Total", 2023, 112, "EUR million", "actual"),
            ("Total", 2024, 132, "EUR million", "actual"),
            ("Total", 2030, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (132 / 112) ** (1 / 1) - 1 = 17.86% -> 18
            # (390 / 132) ** (1 / 6) - 1 = 19.79% -> 20, not 21; bounds (389.5 / 132.5) ** (1/6) - 1 = 19.69%,
            # (390.5 / 131.5) ** (1/6) - 1 = 19.89% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Seoul shipyard group): the total addressable market it sizes is the market (Total),
    #    in USD billion, with "roughly a 17% CAGR" over a printed span. Expected nowhere: the group's own revenue
    #    (₩24 trillion, won) and operating margin, its $68 billion order backlog and 150 vessels, the $255 million LNG
    #    carrier price, its 20% share goal, the third quarter's $410 million of contracts.
    dict(
        text=(
            "Hanbit Heavy Industries Investor Day, Seoul, November 6, 2025 - transcript excerpt. Daniel Cho, head of "
            "digital shipbuilding: \"We put the total addressable market for AI in shipbuilding, meaning hull and "
            "propeller design optimisation, welding automation, yard planning and digital twins of the vessels we "
            "deliver, at $7.2 billion in 2024, and we see it growing to $18.5 billion by 2030. That is roughly a 17% "
            "CAGR from 2024 through 2030. Our own revenue was ₩24 trillion last year at a 7% operating margin, our "
            "order backlog stands at about $68 billion across some 150 vessels, and a large LNG carrier now prices at "
            "around $255 million. We want a 20% share of that market by 2030, and in the third quarter alone we signed "
            "$410 million of digital-service contracts.\""
        ),
        obs=[
            ("Total", 2024, 7.2, "USD billion", "actual"),
            ("Total", 2030, 18.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.5 / 7.2) ** (1 / 6) - 1 = 17.03% -> 17
        ],
    ),
    # 6. London national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 23% rise holds only by rounding. Expected nowhere: the £62 billion ship pipeline (total
    #    shipbuilding), the 150 ships and 30 years, the 42,600 people employed, the 38% survey answer.
    dict(
        text=(
            "LONDON, 3 March 2025 - The Digital Yards Strategy published today by the National Shipbuilding Office "
            "estimates that British shipyards and marine engineering firms spent £41 million on AI design optimisation, "
            "weld inspection and dock and crane planning last year, and expects £50 million this year, a rise of 23%. "
            "It sets a target of £140 million by 2030. Separately, the office points to a pipeline of more than 150 "
            "naval and civil ships over the next 30 years, worth about £62 billion, and to roughly 42,600 people "
            "employed in shipbuilding. In a survey cited by the strategy, 38% of yards said they lacked data engineers."
        ),
        obs=[
            ("Total", 2024, 41, "GBP million", "actual"),
            ("Total", 2025, 50, "GBP million", "estimate"),
            ("Total", 2030, 140, "GBP million", "estimate"),
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
    # 7. Correction notice on a Finnish story: the 2030 range in euros gives two value claims (no observation); the
    #    2024 figure is the year's observation. Expected nowhere: the misstated €1.5-1.9 billion, the €1.4 billion
    #    cruise ship price, the 2,800 cabins, the order book of 9 ships, the 8,000 workers; the range is expected once
    #    though printed twice.
    dict(
        text=(
            "Correction, 9 July 2025: An earlier version of this article misstated the 2030 forecast. Saaristo Marine "
            "Insight expects the Finnish market to reach €150 million to €190 million in 2030, not €1.5 billion to "
            "€1.9 billion.\n"
            "Finnish shipyards and marine engineering firms spent €61 million in 2024 on AI design optimisation of "
            "cruise-ship and icebreaker hulls, AI planning of blocks and docks, and digital twins of the ships they "
            "deliver, according to Saaristo Marine Insight, a Turku consultancy. It expects the market to reach "
            "€150 million to €190 million in 2030 as cruise lines order again. A single large cruise ship of some 2,800 "
            "cabins costs about €1.4 billion; the country's biggest yard has 9 ships on order and employs roughly 8,000 "
            "people, counting subcontractors."
        ),
        obs=[
            ("Total", 2024, 61, "EUR million", "actual"),
        ],
        claims=[
            ("value", 150, "EUR million", 2030, 2030, None),
            ("value", 190, "EUR million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Italian naval-engineering blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no
    #    verdict). Expected nowhere: the start-up's €12 million Series A and €70 million valuation, the first quarter's
    #    €6 million, the €85 million superyacht price, the 48 superyachts delivered.
    dict(
        text=(
            "Cantieri & Codice, a naval-engineering blog, May 14, 2025 - Twins at sea. Italian yards spent €21 million "
            "on AI digital twins of vessels in 2021; by 2024 the figure was nearly 3x that, at €61 million, according "
            "to Tirreno Naval Research. The Genoa start-up Scafo.ai raised €12 million in a Series A in March at a "
            "€70 million valuation, and in the first quarter of 2025 the yards spent a further €6 million. A 60-metre "
            "superyacht from a Ligurian yard sells for about €85 million, and Italian builders delivered 48 "
            "superyachts last year."
        ),
        obs=[
            ("Total", 2021, 21, "EUR million", "actual"),
            ("Total", 2024, 61, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on shipbuilding AI: 同比增长 with both amounts, a part (智能焊接机器人及
    #    焊缝检测) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 4,818万
    #    载重吨 completed and the 约2.1亿载重吨 order book (deadweight, total output), the 86 yards, the 67% survey answer.
    dict(
        text=(
            "《2025中国船舶智能制造发展报告》近日在沪发布。报告显示，2024年我国船舶工业人工智能应用市场规模达到46.8亿元，"
            "同比增长24.5%，2023年为37.6亿元。其中，智能焊接机器人及焊缝检测市场规模为15.2亿元，占比32.5%，位居各细分"
            "领域之首。报告预计，到2029年该市场规模将达到128.6亿元，2024—2029年复合增长率为22.4%。报告同时指出，2024年"
            "全国造船完工量4,818万载重吨，手持订单约2.1亿载重吨；受访的86家船企中，有67%已部署AI辅助设计工具。"
        ),
        obs=[
            ("Total", 2023, 37.6, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("智能焊接机器人及焊缝检测", 2024, 15.2, "CNY 100 million", "actual"),
            ("Total", 2029, 128.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 32.5, "percent", 2024, 2024, None),
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 37.6) ** (1 / 1) - 1 = 24.47% -> 24.5
            ("arithmetic", "exact"),  # 15.2 / 46.8 = 32.48% -> 32.5
            ("cagr|implied", "exact"),  # (128.6 / 46.8) ** (1 / 5) - 1 = 22.40% -> 22.4
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified) on smart shipyards: 2023 and 2024 actuals with an exact 同比增长
    #     29.2%, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as a
    #     multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 46座 docks, the 约620万
    #     载重吨 completed, the 3亿元 fund and its 20 projects.
    dict(
        text=(
            "浙江省经济和信息化厅日前印发《浙江省船舶与海洋工程装备智能化发展行动计划（2025—2027年）》。计划显示，2024年"
            "全省船舶与海工装备AI应用（船体智能设计、焊接机器人、分段与船坞智能排产等）市场规模达9.3亿元，同比增长29.2%，"
            "2023年为7.2亿元。计划提出，力争到2027年全省相关市场规模突破28亿元，较2024年增长2倍。计划还明确，全省现有"
            "大型船坞46座，2024年造船完工量约620万载重吨，省级财政安排专项资金3亿元，支持建设20个智能船厂示范项目。"
        ),
        obs=[
            ("Total", 2023, 7.2, "CNY 100 million", "actual"),
            ("Total", 2024, 9.3, "CNY 100 million", "actual"),
            ("Total", 2027, 28, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.3 / 7.2) ** (1 / 1) - 1 = 29.17% -> 29.2
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI digital twins and predictive maintenance of
    #     offshore engineering equipment: the first institute's base, YoY and target are the snippet's; its 27.8% YoY
    #     is inconsistent, its 约23% CAGR holds. Expected nowhere: the second centre's 26亿元 for 2024, the dateline, the
    #     conference's title year, the 700 platforms, the 约110亿美元 of offshore orders (total orders).
    dict(
        text=(
            "新华社大连2025年9月18日电（记者周海帆）记者从2025中国海洋工程装备数字化大会上获悉，据海工智造研究院测算，"
            "2024年我国海洋工程装备AI数字孪生与智能运维市场规模达22.4亿元，比上年的17.9亿元增长27.8%。该院预计，到2028年"
            "市场规模将达到51亿元，2024年至2028年年均复合增长率约23%。另一家机构渤海船舶经济研究中心则估算，2024年这一"
            "市场规模为26亿元。据统计，我国在役海上油气平台超过700座，2024年全国海工装备新接订单金额约110亿美元。"
        ),
        obs=[
            ("Total", 2023, 17.9, "CNY 100 million", "actual"),
            ("Total", 2024, 22.4, "CNY 100 million", "actual"),
            ("Total", 2028, 51, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (22.4 / 17.9) ** (1 / 1) - 1 = 25.14% -> 25.1, not 27.8; bounds 22.35 / 17.95 - 1 = 24.51%,
            # 22.45 / 17.85 - 1 = 25.77% -> 27.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (51 / 22.4) ** (1 / 4) - 1 = 22.84% -> 23
        ],
    ),
    # 12. Taiwan shipbuilding white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span
    #     that holds only by rounding; 預估 marks the 2030 estimate. Expected nowhere: the white paper's title year, the
    #     約38艘 ships delivered, the 約新台幣50億元 patrol-ship price, the largest yard's 約新台幣270億元 revenue.
    dict(
        text=(
            "《2025臺灣造船及海洋產業智慧化白皮書》指出，2024年國內造船廠導入AI船體與螺槳設計最佳化、焊接機器人及船塢"
            "排程的市場規模為新台幣7.8億元，預估2030年將成長至新台幣22.6億元，2024至2030年年複合成長率達19.5%。白皮書並"
            "指出，國內主要船廠去年合計交船約38艘，一艘新造巡防艦造價約新台幣50億元，國內最大造船廠去年營收約新台幣270億元。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2030, 22.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (22.6 / 7.8) ** (1 / 6) - 1 = 19.40% -> 19.4, not 19.5; bounds (22.55 / 7.85) ** (1/6) - 1 = 19.23%,
            # (22.65 / 7.75) ** (1/6) - 1 = 19.57% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI route and fuel optimisation and engine
    #     predictive maintenance bought by ship managers and repairers: 約3.6億港元 expected at its printed figure; the
    #     YoY and the 約18% CAGR hold. Expected nowhere: the 約2,700艘 registered ships and 1.3億總噸, the start-up's
    #     4,500萬港元 round and 約3億港元 valuation.
    dict(
        text=(
            "香港海事科技協會昨日發表報告指出，2024年本港船舶管理及維修企業採用AI航線與燃油優化、船用引擎預測性維護的"
            "市場規模約3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2029年市場規模將升至8.3億港元，2024至2029年"
            "年均複合增長率約18%。報告又指，香港註冊船舶約2,700艘，總噸位逾1.3億總噸；本地一家航運科技初創上月完成"
            "4,500萬港元A輪融資，估值約3億港元。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2029, 8.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),  # (8.3 / 3.6) ** (1 / 5) - 1 = 18.18% -> 18
        ],
    ),
    # 14. Kaohsiung news-agency story (Traditional, CNA dateline 2025) on AI weld inspection, welding robots and block
    #     scheduling at shipyards and yacht builders: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an
    #     estimate, 可望); the 19% rise holds only by rounding. Expected nowhere: the first quarter's 1.2億元, the yacht
    #     builder's own revenue and gross margin, the 約70艘 yachts exported.
    dict(
        text=(
            "（中央社記者陳思妤高雄2025年5月14日電）船舶產業研究機構海研產業顧問今天表示，去年台灣造船及遊艇業導入AI"
            "焊道檢測、焊接機器人與船段排程的市場規模約新台幣4.7億元，今年在國艦國造及遊艇訂單帶動下，可望成長19%至"
            "5.5億元。不過今年第一季市場規模約新台幣1.2億元，略低於預期。遊艇大廠嘉航遊艇去年營收新台幣41億元，毛利率"
            "約28%；台灣去年出口遊艇約70艘。"
        ),
        obs=[
            ("Total", 2024, 4.7, "TWD 100 million", "actual"),
            ("Total", 2025, 5.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (5.5 / 4.7) ** (1 / 1) - 1 = 17.02% -> 17, not 19; bounds 5.45 / 4.75 - 1 = 14.74%,
            # 5.55 / 4.65 - 1 = 19.35% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI route, speed and fuel optimisation and main-engine predictive
    #     maintenance: 2023/2024 actuals with an exact 21.4% YoY; the 2027 range 30亿—36亿元 gives two value claims (no
    #     observation). Expected nowhere: the report's date, the leading firm's revenue, gross margin, rating and
    #     target price, its third-quarter orders, the 约1.1万艘 fleet, the 约1.5亿美元 container-ship price.
    dict(
        text=(
            "澜江证券研究所2025年11月深度报告《航线上的“省油大脑”：船舶AI能效优化》。我们测算，2024年国内船舶AI航线与"
            "能效优化（气象航线、航速优化、主机预测性维护等）市场规模为18.7亿元，同比增长21.4%，2023年为15.4亿元。随着"
            "碳强度指标趋严，我们预计2027年市场规模将达到30亿—36亿元。行业龙头海擎智能2024年营收5.3亿元，毛利率47%，"
            "首次覆盖给予“增持”评级，目标价42元；公司三季度新签订单同比增长33%。目前我国海运船队约1.1万艘，单艘大型"
            "集装箱船造价约1.5亿美元。"
        ),
        obs=[
            ("Total", 2023, 15.4, "CNY 100 million", "actual"),
            ("Total", 2024, 18.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.7 / 15.4) ** (1 / 1) - 1 = 21.43% -> 21.4
        ],
    ),
    # 16. Markdown table (AI welding robots and weld inspection in shipyards by market, USD million) with a CAGR
    #     2024-30 column and a Total row: each row's CAGR is stated (span in the header); Europe's 18.4% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the tracker's title year, the count of some 320 yards covered.
    dict(
        text=(
            "Table 3. AI welding robots and weld inspection in shipyards by market (USD million)\n"
            "| Market | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| South Korea | 212.4 | 598.1 | 18.8% |\n"
            "| China | 286.7 | 871.5 | 20.4% |\n"
            "| Japan | 98.3 | 241.6 | 16.2% |\n"
            "| Europe | 61.5 | 158.2 | 18.4% |\n"
            "| Total | 658.9 | 1,869.4 | 19.0% |\n"
            "Source: Harborline Research, Global Shipyard Automation Tracker 2025; covers some 320 yards. F = forecast."
        ),
        obs=[
            ("South Korea", 2024, 212.4, "USD million", "actual"),
            ("South Korea", 2030, 598.1, "USD million", "estimate"),
            ("China", 2024, 286.7, "USD million", "actual"),
            ("China", 2030, 871.5, "USD million", "estimate"),
            ("Japan", 2024, 98.3, "USD million", "actual"),
            ("Japan", 2030, 241.6, "USD million", "estimate"),
            ("Europe", 2024, 61.5, "USD million", "actual"),
            ("Europe", 2030, 158.2, "USD million", "estimate"),
            ("Total", 2024, 658.9, "USD million", "actual"),
            ("Total", 2030, 1869.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (598.1 / 212.4) ** (1 / 6) - 1 = 18.83% -> 18.8
            ("cagr|implied", "exact"),  # (871.5 / 286.7) ** (1 / 6) - 1 = 20.36% -> 20.4
            ("cagr|implied", "exact"),  # (241.6 / 98.3) ** (1 / 6) - 1 = 16.17% -> 16.2
            # (158.2 / 61.5) ** (1 / 6) - 1 = 17.05% -> 17.1, not 18.4; bounds (158.15 / 61.55) ** (1/6) - 1 = 17.03%,
            # (158.25 / 61.45) ** (1/6) - 1 = 17.08% -> 18.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1869.4 / 658.9) ** (1 / 6) - 1 = 18.98% -> 19.0
            ("hierarchy", "exact"),  # 2024: 212.4 + 286.7 + 98.3 + 61.5 = 658.9
            ("hierarchy", "exact"),  # 2030F: 598.1 + 871.5 + 241.6 + 158.2 = 1869.4
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国船舶工业人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能焊接与焊缝检测\t18.6\t23.4\t29.1\n"
            "船体与螺旋桨智能设计\t14.2\t17.9\t22.5\n"
            "分段与船坞智能排产\t9.7\t12.6\t16.2\n"
            "船舶数字孪生\t5.3\t7.1\t9.4\n"
            "合计\t47.8\t61.1\t77.2\n"
            "资料来源：船舶智能制造研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能焊接与焊缝检测", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能焊接与焊缝检测", 2024, 23.4, "CNY 100 million", "actual"),
            ("智能焊接与焊缝检测", 2025, 29.1, "CNY 100 million", "estimate"),
            ("船体与螺旋桨智能设计", 2023, 14.2, "CNY 100 million", "actual"),
            ("船体与螺旋桨智能设计", 2024, 17.9, "CNY 100 million", "actual"),
            ("船体与螺旋桨智能设计", 2025, 22.5, "CNY 100 million", "estimate"),
            ("分段与船坞智能排产", 2023, 9.7, "CNY 100 million", "actual"),
            ("分段与船坞智能排产", 2024, 12.6, "CNY 100 million", "actual"),
            ("分段与船坞智能排产", 2025, 16.2, "CNY 100 million", "estimate"),
            ("船舶数字孪生", 2023, 5.3, "CNY 100 million", "actual"),
            ("船舶数字孪生", 2024, 7.1, "CNY 100 million", "actual"),
            ("船舶数字孪生", 2025, 9.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 47.8, "CNY 100 million", "actual"),
            ("合计", 2024, 61.1, "CNY 100 million", "actual"),
            ("合计", 2025, 77.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.6 + 14.2 + 9.7 + 5.3 = 47.8
            # 2024: 23.4 + 17.9 + 12.6 + 7.1 = 61.0, not 61.1; bounds 60.8..61.2 (each part +/-0.05)
            # reach 61.05..61.15 -> 61.1 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 29.1 + 22.5 + 16.2 + 9.4 = 77.2
        ],
    ),
    # 18. Space-aligned table (Singapore, USD million, 2024) with a share column and a Total row: four shares (the
    #     digital-twin row's 43.5% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the Singapore-dollar conversion, the 1,200 vessels dry-docked.
    dict(
        text=(
            "Singapore: AI spending by shipyards and marine engineering firms by use, 2024\n"
            "Use                                              USD million     Share\n"
            "AI digital twins of rigs and vessels                    42.4     43.5%\n"
            "AI predictive maintenance of marine engines             26.9     27.6%\n"
            "AI welding robots and weld inspection                   17.6     18.0%\n"
            "AI dock and crane planning                              10.7     11.0%\n"
            "Total                                                   97.6    100.0%\n"
            "Note 3: converted from Singapore dollars; the yards dry-docked some 1,200 vessels in 2024. Source: Straits "
            "Marine Economics."
        ),
        obs=[
            ("AI digital twins of rigs and vessels", 2024, 42.4, "USD million", "actual"),
            ("AI predictive maintenance of marine engines", 2024, 26.9, "USD million", "actual"),
            ("AI welding robots and weld inspection", 2024, 17.6, "USD million", "actual"),
            ("AI dock and crane planning", 2024, 10.7, "USD million", "actual"),
            ("Total", 2024, 97.6, "USD million", "actual"),
        ],
        claims=[
            ("share", 43.5, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 18.0, "percent", 2024, 2024, None),
            ("share", 11.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 42.4 / 97.6 = 43.44% -> 43.4, not 43.5; bounds 42.35 / 97.65 = 43.37%, 42.45 / 97.55 = 43.52%
            # -> 43.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 26.9 / 97.6 = 27.56% -> 27.6
            ("arithmetic", "exact"),  # 17.6 / 97.6 = 18.03% -> 18.0
            ("arithmetic", "exact"),  # 10.7 / 97.6 = 10.96% -> 11.0
            ("hierarchy", "exact"),  # 42.4 + 26.9 + 17.6 + 10.7 = 97.6
        ],
    ),
    # 19. Vertical table (South Korea) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 20.1% holds only by rounding. Expected nowhere:
    #     the source's month and year, the won conversion rate, the 10.9 million CGT delivered, the 2020 dash.
    dict(
        text=(
            "South Korea: shipyard spending on AI design optimisation, welding robots and yard planning\n"
            "Year | USD million | YoY\n"
            "2020 | 126 | -\n"
            "2021 | 153 | 21.4%\n"
            "2022 | 187 | 22.2%\n"
            "2023 | 224 | 20.1%\n"
            "2024 | 271 | 21.0%\n"
            "2025E | 326 | 20.3%\n"
            "Source: Geoje Maritime Research, August 2025; converted from won at ₩1,364 to the dollar; Korean yards "
            "delivered about 10.9 million CGT in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2020, 126, "USD million", "actual"),
            ("Total", 2021, 153, "USD million", "actual"),
            ("Total", 2022, 187, "USD million", "actual"),
            ("Total", 2023, 224, "USD million", "actual"),
            ("Total", 2024, 271, "USD million", "actual"),
            ("Total", 2025, 326, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2020, 2021, 1.0),
            ("growth", 22.2, "percent", 2021, 2022, 1.0),
            ("growth", 20.1, "percent", 2022, 2023, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (153 / 126) ** (1 / 1) - 1 = 21.43% -> 21.4
            ("cagr|implied", "exact"),  # (187 / 153) ** (1 / 1) - 1 = 22.22% -> 22.2
            # (224 / 187) ** (1 / 1) - 1 = 19.79% -> 19.8, not 20.1; bounds 223.5 / 187.5 - 1 = 19.20%,
            # 224.5 / 186.5 - 1 = 20.38% -> 20.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (271 / 224) ** (1 / 1) - 1 = 20.98% -> 21.0
            ("cagr|implied", "exact"),  # (326 / 271) ** (1 / 1) - 1 = 20.30% -> 20.3
        ],
    ),
    # 20. Tab-separated global segment table (USD million) with a Total row: rows add to the Total in 2023 and 2024
    #     but not in 2025F (inconsistent); 2025F an estimate. Expected nowhere: the 34 million CGT completed by the
    #     world's yards.
    dict(
        text=(
            "Global AI in shipbuilding and marine engineering by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI hull and propeller design optimisation\t142\t171\t208\n"
            "AI welding robots and weld inspection\t96\t118\t147\n"
            "AI block, dock and crane planning\t63\t79\t99\n"
            "AI digital twins of vessels\t38\t49\t63\n"
            "Total\t339\t417\t523\n"
            "Source: Fairlead Ocean Analytics; excludes route and fuel optimisation sold to shipowners; the world's "
            "yards completed about 34 million CGT in 2024. F = forecast."
        ),
        obs=[
            ("AI hull and propeller design optimisation", 2023, 142, "USD million", "actual"),
            ("AI hull and propeller design optimisation", 2024, 171, "USD million", "actual"),
            ("AI hull and propeller design optimisation", 2025, 208, "USD million", "estimate"),
            ("AI welding robots and weld inspection", 2023, 96, "USD million", "actual"),
            ("AI welding robots and weld inspection", 2024, 118, "USD million", "actual"),
            ("AI welding robots and weld inspection", 2025, 147, "USD million", "estimate"),
            ("AI block, dock and crane planning", 2023, 63, "USD million", "actual"),
            ("AI block, dock and crane planning", 2024, 79, "USD million", "actual"),
            ("AI block, dock and crane planning", 2025, 99, "USD million", "estimate"),
            ("AI digital twins of vessels", 2023, 38, "USD million", "actual"),
            ("AI digital twins of vessels", 2024, 49, "USD million", "actual"),
            ("AI digital twins of vessels", 2025, 63, "USD million", "estimate"),
            ("Total", 2023, 339, "USD million", "actual"),
            ("Total", 2024, 417, "USD million", "actual"),
            ("Total", 2025, 523, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142 + 96 + 63 + 38 = 339
            ("hierarchy", "exact"),  # 2024: 171 + 118 + 79 + 49 = 417
            # 2025F: 208 + 147 + 99 + 63 = 517, not 523; bounds 515..519 (each part +/-0.5) -> 523 reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. Finnish marine engine maker's earnings-call answer sizing a global TAM for AI predictive maintenance of
    #     engines on board (EUR billion): the TAM the company sizes is the market (Total); "this year" is the call's
    #     year (2025, "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the call's date and quarter, the quarter's order intake and operating
    #     margin, the 11,000 engines connected, the price of a four-stroke engine.
    dict(
        text=(
            "Kallio Marine Power Q3 2025 earnings call, October 23, 2025 - Q&A\n"
            "Analyst (Priya Lindqvist, Northgate Securities): How large is the predictive-maintenance opportunity "
            "beyond your own engines?\n"
            "CEO Antti Rautio: We size the total addressable market for AI predictive maintenance of main engines, "
            "gensets and propulsion on board merchant and offshore vessels worldwide at roughly \u20ac1.4 billion this "
            "year, up about 17% from \u20ac1.2 billion last year. Owners are moving from calendar-based overhauls to "
            "condition-based ones. We expect that TAM to reach \u20ac3.0 billion by 2030, a compound annual growth "
            "rate of about 16% over 2025-2030. For the quarter, order intake came in at \u20ac1.9 billion with a 12.4% "
            "comparable operating margin, and we now stream data from some 11,000 connected engines. A large "
            "four-stroke engine still lists at around \u20ac6 million."
        ),
        obs=[
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2025, 1.4, "EUR billion", "estimate"),
            ("Total", 2030, 3.0, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 16, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.2) ** (1 / 1) - 1 = 16.67% -> 17
            ("cagr|implied", "exact"),  # (3.0 / 1.4) ** (1 / 5) - 1 = 16.47% -> 16
        ],
    ),
    # 22. Norwegian working-paper abstract on AI hull-form and propeller design optimisation worldwide (USD
    #     million): YoY with both amounts, a 2030 figure in billions converted to the series' unit (USD million),
    #     CAGR with printed span. Expected nowhere: the paper number, "about a sixth" (a share in words), the NOK 420
    #     million (kroner not in the unit table), the 1,450 newbuild contracts, the 67 million CGT completed.
    dict(
        text=(
            "Nordvik Institute of Maritime Economics, Working Paper No. 14/2025. Abstract: We estimate global "
            "spending by shipyards and naval architects on AI hull-form and propeller design optimisation, drawing on "
            "licence data from design-software vendors and a sample of 1,450 newbuild contracts. The market reached "
            "$212 million in 2024, up 21% from $175 million in 2023, with about a sixth of it going on propeller and "
            "appendage design alone. Norwegian design offices account for some NOK 420 million of that spending. Set "
            "against the roughly 67 million compensated gross tonnes the world's yards completed last year, the AI "
            "layer remains thin. Our baseline projection has the market reach $0.56 billion by 2030, a compound annual "
            "growth rate of 17.6% over 2024-2030, as hydrodynamic surrogate models replace towing-tank iterations."
        ),
        obs=[
            ("Total", 2023, 175, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2030, 560, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 175) ** (1 / 1) - 1 = 21.14% -> 21
            ("cagr|implied", "exact"),  # (560 / 212) ** (1 / 6) - 1 = 17.57% -> 17.6
        ],
    ),
    # 23. Social-media thread (numbered posts) on German AI weld inspection and welding robots in shipyards (EUR
    #     million): YoY with both amounts; a 2030 figure in billions converted to EUR million; a CAGR with printed
    #     span that no reading gives (inconsistent). Expected nowhere: the 1.1 million CGT delivered, the €20bn naval
    #     order book, the Korean ₩180 billion (won not in the unit table), the 61% survey answer.
    dict(
        text=(
            "1/ Thread on a niche nobody sizes: AI weld-seam inspection and AI welding robots in German shipyards. "
            "Hanseatic Yard Research puts the market at \u20ac74M in 2024.\n"
            "2/ That is up 23% from \u20ac60M in 2023, pulled along by frigate blocks and cruise-ship sections that "
            "need every seam documented.\n"
            "3/ Their outlook: \u20ac0.19bn by 2030, billed as a 19% CAGR over 2024-2030. Run the numbers yourself and "
            "it comes out lower.\n"
            "4/ Scale check: German yards delivered ~1.1 million CGT last year and the naval order book tops \u20ac20bn. "
            "The AI piece is tiny.\n"
            "5/ For comparison, Korean yards reportedly spend around \u20a9180 billion on similar systems.\n"
            "6/ Hanseatic also polled welders: 61% said the AI flags cut their rework. /end"
        ),
        obs=[
            ("Total", 2023, 60, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2030, 190, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 60) ** (1 / 1) - 1 = 23.33% -> 23
            # (190 / 74) ** (1 / 6) - 1 = 17.02%; bounds (185 / 74.5) ** (1/6) - 1 = 16.37%,
            # (195 / 73.5) ** (1/6) - 1 = 17.66% -> 19 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Rotterdam web article with a correction line on AI digital twins of vessels in the Netherlands (EUR
    #     million): YoY with both amounts, two parts with shares, one holding only by rounding. Expected nowhere: the
    #     dateline, the €9 billion order book, the €150 million dredger price, the corrected misprint (€83 million).
    dict(
        text=(
            "Dutch maritime spend on AI vessel twins reaches \u20ac47m\n"
            "ROTTERDAM, 9 September 2025 - Spending in the Netherlands on AI digital twins of vessels, from dredgers "
            "and offshore installation ships to inland tankers, reached \u20ac47 million in 2024, up 24% from \u20ac38 "
            "million in 2023, according to estimates by the consultancy Maasvlakte Maritime Advisory. Newbuild design "
            "twins, used by yards to test hull and systems layouts before steel is cut, took \u20ac19 million, about "
            "40% of the total, while operational performance twins came to \u20ac12 million (25%). Dutch yards hold an "
            "order book of roughly \u20ac9 billion, and a large trailing suction hopper dredger can cost upwards of "
            "\u20ac150 million.\n"
            "Correction: An earlier version of this article gave the 2023 figure as \u20ac83 million. The correct "
            "figure is \u20ac38 million."
        ),
        obs=[
            ("Total", 2023, 38, "EUR million", "actual"),
            ("Total", 2024, 47, "EUR million", "actual"),
            ("Newbuild design twins", 2024, 19, "EUR million", "actual"),
            ("Operational performance twins", 2024, 12, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47 / 38) ** (1 / 1) - 1 = 23.68% -> 24
            ("arithmetic", "exact"),  # 19 / 47 = 40.43% -> 40
            # 12 / 47 = 25.53% -> 26, not 25; bounds 11.5 / 47.5 = 24.21%, 12.5 / 46.5 = 26.88%
            # -> 25 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Trieste shipyard group's letter to shareholders on the European market for AI in shipbuilding (EUR
    #     billion, the first printed unit): the 2020 €500 million converted to EUR billion; a multiple between 2020
    #     and 2024 ("2.5x", x2.5, period 4, no verdict); 2029 ("pass", printed figure, estimate) with a CAGR whose
    #     span only the amounts' years give (inferred). Expected nowhere: the 11 ships delivered, the group's revenue,
    #     EBITDA margin, order book and dividend, the 10,400 employees.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was the year artificial intelligence moved from our drawing offices onto the dock "
            "floor. We estimate the European market for AI in shipbuilding, from hull and propeller design "
            "optimisation to block, dock and crane planning and weld inspection, at \u20ac1.25 billion in 2024, 2.5x the "
            "\u20ac500 million it was worth in 2020, and we expect it to pass \u20ac2.4 billion by 2029, growing roughly "
            "14% a year. Our group delivered 11 cruise and naval ships, revenue rose to \u20ac8.9 billion and the EBITDA "
            "margin reached 7.1%; the order book stands at \u20ac39 billion and we propose a dividend of \u20ac0.11 per "
            "share. Our 10,400 employees will see AI planning tools on every berth by the end of next year.\n"
            "Marco Vidali, Chief Executive Officer, Cantieri Adriatici Riuniti S.p.A., Trieste, March 2025"
        ),
        obs=[
            ("Total", 2020, 0.5, "EUR billion", "actual"),
            ("Total", 2024, 1.25, "EUR billion", "actual"),
            ("Total", 2029, 2.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
            ("cagr", 14, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.4 / 1.25) ** (1 / 5) - 1 = 13.94% -> 14
        ],
    ),
    # 26. Singapore yard group's investor-day slide bullets sizing an Asia-Pacific TAM for AI digital twins and
    #     predictive maintenance of offshore and marine assets (USD billion): 2024 actual, 2025E and 2029E estimates;
    #     YoY with both amounts, CAGR with printed span. Expected nowhere: the dateline and slide number, the S$1.3bn
    #     (Singapore dollars not in the unit table), the docks, dwt of dock capacity and rigs delivered, the FY2026
    #     revenue and margin targets.
    dict(
        text=(
            "Straits Marine Engineering - Investor Day 2025, Singapore, 3 June 2025\n"
            "Slide 14: AI digital twins and predictive maintenance for offshore and marine assets, Asia-Pacific\n"
            "- 2024 TAM: US$0.84B\n"
            "- 2025E TAM: US$0.98B (+17% YoY), about S$1.3bn\n"
            "- 2029E TAM: US$1.9B; CAGR 2025E-29E: 18%\n"
            "- Use cases: FPSO topside twins, thruster and engine failure prediction, hull-fouling forecasts\n"
            "- Our yards: 9 dry docks, 1.4 million dwt of dock capacity, 42 rigs and FPSOs delivered since 2010\n"
            "- FY2026 targets: revenue S$10bn, EBITDA margin 10-12%\n"
            "- Typical FPSO conversion contract: about US$1.5B"
        ),
        obs=[
            ("Total", 2024, 0.84, "USD billion", "actual"),
            ("Total", 2025, 0.98, "USD billion", "estimate"),
            ("Total", 2029, 1.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.98 / 0.84) ** (1 / 1) - 1 = 16.67% -> 17
            ("cagr|implied", "exact"),  # (1.9 / 0.98) ** (1 / 4) - 1 = 18.00% -> 18
        ],
    ),
    # 27. Forum answer quoting two research houses on AI route and fuel optimisation sold by yards and engine makers
    #     (USD million): the first house gives base, target and rate (the snippet's figures); its CAGR holds only by
    #     rounding. Expected nowhere: the second house's $1.6 billion for 2030, the 212 upvotes, the 105,000 ships,
    #     the $20 million fuel bill.
    dict(
        text=(
            "Re: Any solid numbers on the AI voyage-optimisation market?\n"
            "Top answer (212 upvotes): Two research houses cover this and they do not agree. Harbourline Research "
            "sizes what shipowners pay yards and engine makers for AI route and fuel optimisation (weather routing, "
            "trim and speed advice bundled with new engines and newbuild packages) at $372 million in 2024 and "
            "forecasts $929 million by 2030, a CAGR of 17% over 2024-2030. Meridian Blue Analytics is more bullish and "
            "puts 2030 at $1.6 billion. For scale, the world merchant fleet counts about 105,000 ships, and a big "
            "container ship can burn around $20 million of fuel a year. I would go with Harbourline: it counts "
            "software sold through yards and engine makers only, not standalone routing subscriptions."
        ),
        obs=[
            ("Total", 2024, 372, "USD million", "actual"),
            ("Total", 2030, 929, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (929 / 372) ** (1 / 6) - 1 = 16.48% -> 16, not 17; bounds (929.5 / 371.5) ** (1/6) - 1 = 16.515%,
            # (928.5 / 372.5) ** (1/6) - 1 = 16.44% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI welding robots and AI weld inspection at Korean yards: won is not in the
    #     unit table, so no observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in
    #     a held currency, so no verdicts. Expected nowhere: the dateline, the ₩410 billion, the 36 million CGT
    #     backlog, the target price and upside, the pick's June-quarter operating margin.
    dict(
        text=(
            "Hanam Securities - Korea Shipbuilding - Seoul, 2 September 2025\n"
            "Robots on the panel line. We size Korean yards' spending on AI welding robots and AI weld inspection at "
            "\u20a9410 billion in 2024, up 31% year on year, and forecast a 22% CAGR over 2024-2029 as the big yards "
            "automate curved-block welding to offset a shrinking pool of skilled welders. Welding robots make up 58% "
            "of that spending, with vision-based seam inspection the rest. The three largest builders hold an order "
            "backlog of about 36 million CGT, enough for more than three years of work. Our top pick, Daebong Robotics "
            "(BUY, TP \u20a958,000, 24% upside), reported a 6.8% operating margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI welding robots and weld inspection in Chinese shipyards: YoY
    #     with both amounts, a part with its share, a 2027 figure (有望突破, printed figure, estimate). Expected
    #     nowhere: the dateline, the 4760万载重吨 completed (total shipbuilding output), the 72.6% of world new orders
    #     (a share of shipbuilding, not of this market), the 1000家 firms.
    dict(
        text=(
            "新华社上海2025年3月18日电(记者王海舟)记者从中国船舶智能制造产业联盟获悉,2024年我国船舶行业人工智能焊接"
            "机器人及焊缝智能检测市场规模达到38.5亿元,较2023年的30.2亿元增长27.5%。其中,焊缝智能检测市场规模为11.7亿元,"
            "占比30.4%。联盟预计,到2027年该市场规模有望突破70亿元。数据显示,2024年我国造船完工量约4760万载重吨,"
            "新接订单量占世界总量的72.6%;全国规模以上船舶工业企业超过1000家,多家骨干船厂已建成智能焊接生产线。"
        ),
        obs=[
            ("Total", 2023, 30.2, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("焊缝智能检测", 2024, 11.7, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("share", 30.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 30.2) ** (1 / 1) - 1 = 27.48% -> 27.5
            ("arithmetic", "exact"),  # 11.7 / 38.5 = 30.39% -> 30.4
        ],
    ),
    # 30. Nantong municipal plan (Simplified, 亿元) on AI block, dock and crane planning and digital twins in
    #     shipyards: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10
    #     thousand, 2027 target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the document number, the title's year span, the 1000万载重吨 output target, the
    #     60家 firms, the 2亿元 special fund.
    dict(
        text=(
            "《南通市船舶与海洋工程装备智能制造三年行动方案(2025—2027年)》(通政办发〔2025〕31号)\n"
            "一、总体目标。到2027年,全市船舶海工AI分段建造计划、船坞与起重机智能排产及数字孪生应用市场规模力争达到12亿元,"
            "2024年为6.3亿元,年均增长约25%;其中,AI焊缝检测机器人市场规模力争达到8500万元。全市造船完工量力争突破"
            "1000万载重吨,规模以上船舶海工企业达到60家。二、保障措施。市财政设立船舶智能制造专项资金2亿元,支持骨干船厂"
            "建设智能车间和数字化船坞。"
        ),
        obs=[
            ("Total", 2024, 6.3, "CNY 100 million", "actual"),
            ("Total", 2027, 12, "CNY 100 million", "estimate"),
            ("AI焊缝检测机器人", 2027, 8500, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (12 / 6.3) ** (1 / 3) - 1 = 23.96% -> 24, not 25; bounds (11.5 / 6.35) ** (1/3) - 1 = 21.89%,
            # (12.5 / 6.25) ** (1/3) - 1 = 25.99% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI design optimisation, welding robots and digital
    #     twins in Taiwanese shipbuilding: YoY with both amounts, CAGR with printed span, a part with its share; 2028
    #     (預估, estimate). Expected nowhere: the dateline, the 28艘 ships delivered, the 3億元 Series B round and the
    #     20億元 valuation.
    dict(
        text=(
            "【台北訊】2025年6月10日 — 台灣海洋科技研究院今日發布報告指出,2024年台灣造船及海洋工程業在AI船型設計優化、"
            "焊接機器人與船舶數位孿生之市場規模達新台幣15.8億元,較2023年的12.9億元成長22.5%。研究院預估,2028年市場規模"
            "將達新台幣34億元,2024至2028年年複合成長率約21.1%。其中AI焊接與焊道檢測為最大宗,2024年規模為新台幣6.2億元,"
            "占比39.2%。統計顯示,國內造船廠2024年共交船28艘;本地新創海智科技今年完成新台幣3億元B輪募資,估值約新台幣"
            "20億元。"
        ),
        obs=[
            ("Total", 2023, 12.9, "TWD 100 million", "actual"),
            ("Total", 2024, 15.8, "TWD 100 million", "actual"),
            ("Total", 2028, 34, "TWD 100 million", "estimate"),
            ("AI焊接與焊道檢測", 2024, 6.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 21.1, "percent", 2024, 2028, None, "stated"),
            ("share", 39.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 12.9) ** (1 / 1) - 1 = 22.48% -> 22.5
            ("cagr|implied", "exact"),  # (34 / 15.8) ** (1 / 4) - 1 = 21.12% -> 21.1
            ("arithmetic", "exact"),  # 6.2 / 15.8 = 39.24% -> 39.2
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI engine predictive maintenance, vessel digital
    #     twins and route and fuel optimisation in ship repair and fleet management: YoY with both amounts, a CAGR
    #     with printed span that no reading gives (inconsistent); 2028 (預計, estimate). Expected nowhere: the
    #     report's title year, the 1.3億總噸 registered tonnage, the 1,450萬標準箱 throughput, the 近900艘 ships
    #     managed (a count).
    dict(
        text=(
            "香港海事科技協會發表《2025香港船舶維修及海事工程智能化報告》指出,本港船舶維修、改裝及船隊管理業界在AI主機"
            "預測性維護、船舶數位孿生及航線燃油優化方面的投入持續上升。報告顯示,相關市場規模於2024年達到5.4億港元,較2023"
            "年的4.5億港元增長20%。報告預計,2028年市場規模將達到11.8億港元,2024至2028年複合年增長率為24%。報告又指,"
            "香港註冊船舶總噸位約1.3億總噸,2024年港口貨櫃吞吐量約1,450萬標準箱,本港船隊管理公司管理的船舶近900艘。"
        ),
        obs=[
            ("Total", 2023, 4.5, "HKD 100 million", "actual"),
            ("Total", 2024, 5.4, "HKD 100 million", "actual"),
            ("Total", 2028, 11.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.4 / 4.5) ** (1 / 1) - 1 = 20.00% -> 20
            # (11.8 / 5.4) ** (1 / 4) - 1 = 21.58%; bounds (11.75 / 5.45) ** (1/4) - 1 = 21.17%,
            # (11.85 / 5.35) ** (1/4) - 1 = 21.99% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on the global market for AI digital twins of vessels: YoY with both amounts
    #     holding only by rounding, 2030 (突破, printed figure, estimate) with a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast, the 10萬艘
    #     merchant ships, the 40艘 order book of local yards.
    dict(
        text=(
            "作者 shipfan88 (船迷)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:全球船舶AI數位孿生市場2030年上看60億美元\n"
            "時間 Tue Jul 15 20:14:03 2025\n"
            "外電研調機構Keelwave Insights最新報告,全球船舶AI數位孿生(船體、主機、推進系統)市場,2024年規模為23億美元,"
            "比2023年的19億美元成長20%,預估2030年會突破60億美元,年複合成長率約17%。全球商船大概10萬艘,台灣兩大船廠"
            "手上訂單約40艘。相關概念股今天直接亮燈漲停,不過數位孿生占營收比重都很低,大家自己評估。"
        ),
        obs=[
            ("Total", 2023, 19, "USD 100 million", "actual"),
            ("Total", 2024, 23, "USD 100 million", "actual"),
            ("Total", 2030, 60, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (23 / 19) ** (1 / 1) - 1 = 21.05% -> 21, not 20; bounds 22.5 / 19.5 - 1 = 15.38%,
            # 23.5 / 18.5 - 1 = 27.03% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (60 / 23) ** (1 / 6) - 1 = 17.33% -> 17
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI hull-form and propeller design optimisation: YoY with both
    #     amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict). Expected
    #     nowhere: the report date and series number, the 1.1亿 and 2.1亿载重吨 of orders, the target price and upside,
    #     the pick's revenue.
    dict(
        text=(
            "【东海证券】智能船舶系列报告之二:AI重塑船型设计(2025年9月22日)\n"
            "摘要:我们测算,2024年我国船舶AI船型与螺旋桨设计优化市场规模为8.6亿元,较2023年的6.9亿元同比增长24.6%;"
            "预计2027年市场规模将达到15—18亿元。其中AI船体线型优化占比约45%,为最大细分场景。2024年我国新接船舶订单约"
            "1.1亿载重吨,手持订单约2.1亿载重吨。首次覆盖给予行业“增持”评级,重点推荐海算科技(目标价42元,上涨空间31%),"
            "公司2024年营业收入3.2亿元。"
        ),
        obs=[
            ("Total", 2023, 6.9, "CNY 100 million", "actual"),
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("value", 15, "CNY 100 million", 2027, 2027, None),
            ("value", 18, "CNY 100 million", 2027, 2027, None),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 6.9) ** (1 / 1) - 1 = 24.64% -> 24.6
        ],
    ),
    # 35. Marine-electronics firm's results-briefing transcript (Simplified, 亿元), dated 2025, on AI route and fuel
    #     optimisation sold with new ships and engines: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual)
    #     with a YoY holding only by rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the
    #     company's revenue and gross margin, the second quarter's net profit, the 2300艘 ships fitted.
    dict(
        text=(
            "海图智航2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "投资者:公司如何看待船用AI航线与燃油优化这块的市场空间?\n"
            "董事长:按我们的测算,今年国内船厂和船用主机厂配套销售的AI航线与燃油优化系统市场规模约9亿元,去年为7.3亿元,"
            "增长约22%。到2028年,这一市场有望达到16亿元,2025—2028年复合增长率约21%。公司上半年营业收入12.6亿元,"
            "毛利率28.4%;第二季度归母净利润1.1亿元。目前公司系统已累计装船约2300艘。"
        ),
        obs=[
            ("Total", 2024, 7.3, "CNY 100 million", "actual"),
            ("Total", 2025, 9, "CNY 100 million", "estimate"),
            ("Total", 2028, 16, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (9 / 7.3) ** (1 / 1) - 1 = 23.29% -> 23, not 22; bounds 8.5 / 7.35 - 1 = 15.65%,
            # 9.5 / 7.25 - 1 = 31.03% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (16 / 9) ** (1 / 3) - 1 = 21.14% -> 21
        ],
    ),
    # 36. Markdown table (USD million, global) of AI in shipbuilding by segment with a Total row and a CAGR column
    #     (span printed in the header); 2030F is an estimate; the planning CAGR holds only by rounding, the
    #     digital-twin CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$160 billion of
    #     newbuilding contracts and the 2,300 ships ordered in the note.
    dict(
        text=(
            "Table 3. Global AI in shipbuilding and marine engineering by segment (USD million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI hull and propeller design optimisation | 265 | 712 | 17.9% |\n"
            "| AI welding robots and weld inspection | 418 | 1,036 | 16.3% |\n"
            "| AI block, dock and crane planning | 152 | 447 | 19.6% |\n"
            "| AI digital twins of vessels | 231 | 598 | 18.2% |\n"
            "| Total | 1,066 | 2,793 | 17.4% |\n"
            "Note: F = forecast. Source: Tidewater Maritime Research, from yard, class-society and vendor data. "
            "Excludes the roughly US$160 billion of newbuilding contracts signed worldwide in 2024, covering some "
            "2,300 ships."
        ),
        obs=[
            ("AI hull and propeller design optimisation", 2024, 265, "USD million", "actual"),
            ("AI hull and propeller design optimisation", 2030, 712, "USD million", "estimate"),
            ("AI welding robots and weld inspection", 2024, 418, "USD million", "actual"),
            ("AI welding robots and weld inspection", 2030, 1036, "USD million", "estimate"),
            ("AI block, dock and crane planning", 2024, 152, "USD million", "actual"),
            ("AI block, dock and crane planning", 2030, 447, "USD million", "estimate"),
            ("AI digital twins of vessels", 2024, 231, "USD million", "actual"),
            ("AI digital twins of vessels", 2030, 598, "USD million", "estimate"),
            ("Total", 2024, 1066, "USD million", "actual"),
            ("Total", 2030, 2793, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (712 / 265) ** (1 / 6) - 1 = 17.91% -> 17.9
            ("cagr|implied", "exact"),  # (1036 / 418) ** (1 / 6) - 1 = 16.33% -> 16.3
            # (447 / 152) ** (1 / 6) - 1 = 19.70% -> 19.7, not 19.6; bounds (446.5 / 152.5) ** (1/6) - 1 = 19.61%,
            # (447.5 / 151.5) ** (1/6) - 1 = 19.78% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
            # (598 / 231) ** (1 / 6) - 1 = 17.18%; bounds (597.5 / 231.5) ** (1/6) - 1 = 17.12%,
            # (598.5 / 230.5) ** (1/6) - 1 = 17.24% -> 18.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2793 / 1066) ** (1 / 6) - 1 = 17.41% -> 17.4
            ("hierarchy", "exact"),  # 2024: 265 + 418 + 152 + 231 = 1,066
            ("hierarchy", "exact"),  # 2030F: 712 + 1,036 + 447 + 598 = 2,793
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese shipbuilding and marine engineering
    #     with a Total row and a YoY column; the engine-maintenance YoY is reached by no reading (inconsistent).
    #     Expected nowhere: the chart number, the 9.1 million gross tonnes completed and the 38 yards in the note.
    dict(
        text=(
            "Chart 6. Japan: AI in shipbuilding and marine engineering by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI hull-form and propeller design\t6.4\t7.9\t23.4%\n"
            "AI welding robots and weld inspection\t12.7\t15.6\t22.8%\n"
            "AI block and dock scheduling\t4.8\t6.1\t27.1%\n"
            "AI engine predictive maintenance\t9.3\t11.2\t24.3%\n"
            "Total\t33.2\t40.8\t22.9%\n"
            "Note: fiscal years to March. Source: Setouchi Maritime Industry Institute, from yard and engine-maker "
            "contracts; the roughly 9.1 million gross tonnes completed by the 38 member yards are given for context only."
        ),
        obs=[
            ("AI hull-form and propeller design", 2023, 6.4, "JPY billion", "actual"),
            ("AI hull-form and propeller design", 2024, 7.9, "JPY billion", "actual"),
            ("AI welding robots and weld inspection", 2023, 12.7, "JPY billion", "actual"),
            ("AI welding robots and weld inspection", 2024, 15.6, "JPY billion", "actual"),
            ("AI block and dock scheduling", 2023, 4.8, "JPY billion", "actual"),
            ("AI block and dock scheduling", 2024, 6.1, "JPY billion", "actual"),
            ("AI engine predictive maintenance", 2023, 9.3, "JPY billion", "actual"),
            ("AI engine predictive maintenance", 2024, 11.2, "JPY billion", "actual"),
            ("Total", 2023, 33.2, "JPY billion", "actual"),
            ("Total", 2024, 40.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.9 / 6.4 - 1 = 23.44% -> 23.4
            ("cagr|implied", "exact"),  # 15.6 / 12.7 - 1 = 22.83% -> 22.8
            ("cagr|implied", "exact"),  # 6.1 / 4.8 - 1 = 27.08% -> 27.1
            # 11.2 / 9.3 - 1 = 20.43%; bounds 11.15 / 9.35 - 1 = 19.25%, 11.25 / 9.25 - 1 = 21.62%
            # -> 24.3 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 40.8 / 33.2 - 1 = 22.89% -> 22.9
            ("hierarchy", "exact"),  # FY2023: 6.4 + 12.7 + 4.8 + 9.3 = 33.2
            ("hierarchy", "exact"),  # FY2024: 7.9 + 15.6 + 6.1 + 11.2 = 40.8
        ],
    ),
    # 38. Space-aligned table (GBP million, United Kingdom, 2024) of AI spending by naval and commercial yards by
    #     use with a share column and a Total row (its 100.0% is no claim); two shares hold only by rounding.
    #     Expected nowhere: the 27 yards surveyed, the 14 ships launched and the £4.2 billion frigate programme.
    dict(
        text=(
            "United Kingdom: AI spending by naval and commercial shipyards by use, 2024 (\u00a3 million)\n"
            "Use                                         \u00a3m     Share\n"
            "Weld inspection and welding robots          28.4    34.7%\n"
            "Hull and propeller design optimisation      21.7    26.5%\n"
            "Block, dock and crane planning              13.9    17.0%\n"
            "Digital twins of vessels                    11.2    13.7%\n"
            "Engine predictive maintenance                6.5     8.0%\n"
            "Total                                       81.7   100.0%\n"
            "Note: Solent Shipbuilding Observatory survey of 27 yards; the 14 hulls launched in 2024 and the "
            "\u00a34.2 billion frigate programme are given for context only."
        ),
        obs=[
            ("Weld inspection and welding robots", 2024, 28.4, "GBP million", "actual"),
            ("Hull and propeller design optimisation", 2024, 21.7, "GBP million", "actual"),
            ("Block, dock and crane planning", 2024, 13.9, "GBP million", "actual"),
            ("Digital twins of vessels", 2024, 11.2, "GBP million", "actual"),
            ("Engine predictive maintenance", 2024, 6.5, "GBP million", "actual"),
            ("Total", 2024, 81.7, "GBP million", "actual"),
        ],
        claims=[
            ("share", 34.7, "percent", 2024, 2024, None),
            ("share", 26.5, "percent", 2024, 2024, None),
            ("share", 17.0, "percent", 2024, 2024, None),
            ("share", 13.7, "percent", 2024, 2024, None),
            ("share", 8.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 28.4 / 81.7 = 34.76% -> 34.8, not 34.7; bounds 28.35 / 81.75 = 34.68%, 28.45 / 81.65 = 34.84%
            # -> 34.7 reached only by some reading
            ("arithmetic", "rounding"),
            # 21.7 / 81.7 = 26.56% -> 26.6, not 26.5; bounds 21.65 / 81.75 = 26.48%, 21.75 / 81.65 = 26.64%
            # -> 26.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 13.9 / 81.7 = 17.01% -> 17.0
            ("arithmetic", "exact"),  # 11.2 / 81.7 = 13.71% -> 13.7
            ("arithmetic", "exact"),  # 6.5 / 81.7 = 7.96% -> 8.0
            ("hierarchy", "exact"),  # 28.4 + 21.7 + 13.9 + 11.2 + 6.5 = 81.7
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Finland) with a lone value column headed by its unit
    #     only (the market's Total) and a YoY column; 2025F is an estimate; a CAGR of printed span in the note.
    #     Expected nowhere: the caption's year span, the 6 icebreakers and cruise ships and the €3.5 billion cruise-ship
    #     price.
    dict(
        text=(
            "Finland: market for AI in ship design, yard planning and marine engineering, 2021-2025F\n"
            "Year | \u20ac million | YoY\n"
            "2021 | 38 | -\n"
            "2022 | 47 | 23.7%\n"
            "2023 | 58 | 23.4%\n"
            "2024 | 71 | 22.4%\n"
            "2025F | 86 | 21.1%\n"
            "Note: F = forecast; CAGR 2021-2025F: 22.7%. Source: Saaristo Maritime Cluster, from yard, design-office "
            "and engine-maker contracts. Excludes the 6 icebreakers and cruise ships on order; a large cruise ship "
            "now costs upwards of \u20ac3.5 billion."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2022, 47, "EUR million", "actual"),
            ("Total", 2023, 58, "EUR million", "actual"),
            ("Total", 2024, 71, "EUR million", "actual"),
            ("Total", 2025, 86, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2021, 2022, 1.0),
            ("growth", 23.4, "percent", 2022, 2023, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2024, 2025, 1.0),
            ("cagr", 22.7, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47 / 38 - 1 = 23.68% -> 23.7
            ("cagr|implied", "exact"),  # 58 / 47 - 1 = 23.40% -> 23.4
            ("cagr|implied", "exact"),  # 71 / 58 - 1 = 22.41% -> 22.4
            ("cagr|implied", "exact"),  # 86 / 71 - 1 = 21.13% -> 21.1
            ("cagr|implied", "exact"),  # (86 / 38) ** (1 / 4) - 1 = 22.65% -> 22.7
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwanese shipyards with a 合計 row; 2025年(預估) is an
    #     estimate; the 2025 合計 holds only by rounding. Expected nowhere: the table number, the title's year span,
    #     the 12家 yards and 31艘 ships delivered in the note.
    dict(
        text=(
            "表5 2023—2025年台灣造船廠AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI焊接機器人與焊道檢測 | 4.6 | 5.8 | 7.1\n"
            "AI船型與螺旋槳設計優化 | 2.9 | 3.6 | 4.5\n"
            "AI分段、船塢與吊車排程 | 1.7 | 2.3 | 3.0\n"
            "船舶AI數位孿生與主機預測維護 | 2.3 | 2.9 | 3.7\n"
            "合計 | 11.5 | 14.6 | 18.4\n"
            "資料來源:南台灣船舶產業研究中心;2025年為預估值,因四捨五入,各項加總或與合計略有出入。國內主要造船廠12家、"
            "2024年交船31艘,僅供參考。"
        ),
        obs=[
            ("AI焊接機器人與焊道檢測", 2023, 4.6, "TWD 100 million", "actual"),
            ("AI焊接機器人與焊道檢測", 2024, 5.8, "TWD 100 million", "actual"),
            ("AI焊接機器人與焊道檢測", 2025, 7.1, "TWD 100 million", "estimate"),
            ("AI船型與螺旋槳設計優化", 2023, 2.9, "TWD 100 million", "actual"),
            ("AI船型與螺旋槳設計優化", 2024, 3.6, "TWD 100 million", "actual"),
            ("AI船型與螺旋槳設計優化", 2025, 4.5, "TWD 100 million", "estimate"),
            ("AI分段、船塢與吊車排程", 2023, 1.7, "TWD 100 million", "actual"),
            ("AI分段、船塢與吊車排程", 2024, 2.3, "TWD 100 million", "actual"),
            ("AI分段、船塢與吊車排程", 2025, 3.0, "TWD 100 million", "estimate"),
            ("船舶AI數位孿生與主機預測維護", 2023, 2.3, "TWD 100 million", "actual"),
            ("船舶AI數位孿生與主機預測維護", 2024, 2.9, "TWD 100 million", "actual"),
            ("船舶AI數位孿生與主機預測維護", 2025, 3.7, "TWD 100 million", "estimate"),
            ("合計", 2023, 11.5, "TWD 100 million", "actual"),
            ("合計", 2024, 14.6, "TWD 100 million", "actual"),
            ("合計", 2025, 18.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.6 + 2.9 + 1.7 + 2.3 = 11.5
            ("hierarchy", "exact"),  # 2024: 5.8 + 3.6 + 2.3 + 2.9 = 14.6
            # 2025(預估): 7.1 + 4.5 + 3.0 + 3.7 = 18.3 vs 18.4; rows' bounds 18.1-18.5, total's 18.35-18.45
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 17, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€63 million or about 33%',
    'A second house, Weserport Analytics',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2倍',
    '新台幣7.8億元',
    '約3.6億港元',
    '中央社記者陳思妤高雄2025年5月14日電',
    '| Market | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 224 | 20.1%',
    'Kallio Marine Power Q3 2025 earnings call, October 23, 2025',
    'Working Paper No. 14/2025. Abstract:',
    '3/ Their outlook: €0.19bn by 2030',
    'Correction: An earlier version of this article gave the 2023 figure as €83 million.',
    '2.5x the €500 million it was worth in 2020',
    '- 2025E TAM: US$0.98B (+17% YoY), about S$1.3bn',
    'Meridian Blue Analytics is more bullish and puts 2030 at $1.6 billion',
    '₩410 billion in 2024, up 31% year on year',
    '新华社上海2025年3月18日电',
    '標題 [情報] 研調:全球船舶AI數位孿生市場2030年上看60億美元',
    '预计2027年市场规模将达到15—18亿元',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '合計 | 11.5 | 14.6 | 18.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 203
#: figures, 69 rates, 97 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 203, "rates_found": 69, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset249.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
