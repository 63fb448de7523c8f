"""A two-hundred-and-forty-eighth check set for the extractor, written blind: AI in shipbuilding, shipyards and marine
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
prose texts (a Houston wire release on AI welding robots and weld inspection in US yards, a Tokyo broker note in fiscal
years and yen, a Helsinki briefing with three segments and shares, a Hamburg article quoting two research houses on AI
block, dock and crane planning, a Seoul shipyard group's investor day sizing a TAM, a Genoa city strategy with last-
year/this-year figures and a target, a correction notice on a Dutch digital-twin story with a range, a British marine-
engineering blog with 'nearly 3x'), seven Chinese prose texts (a mainland shipbuilding AI report, a Jiangsu plan with
力争到 and 增长2倍, a Xinhua story from Dalian quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in
億港元, a CNA story with 去年/今年, a broker deep-dive on engine predictive maintenance with a range) and five tables (markdown
with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned Norwegian uses with shares, a vertical Singapore
table with YoY, a tab-separated Italian segment table). Left out: total shipbuilding output, order books and repair
spending beside the AI part, completions in deadweight and compensated gross tonnes, counts of ships, docks, welds,
robots, yards and firms, ships' prices, yards' and suppliers' own revenue, margins, orders and share goals, funding
rounds and valuations, quarter figures, survey answers, won and kroner, a second house's figure, a misstated range.
Inconsistent: the Hamburg 20% CAGR, the Jiangsu 31.6% YoY, Europe's 19.3% CAGR row, Italy's 2024 Total. Only by
rounding: the Tokyo CAGR, the Helsinki 17% share, the Genoa 25%, the Dalian 约18.4% CAGR, the CNA 16%, the 2024年 合计, the
Norwegian engine-maintenance share and Singapore's 2024 YoY.

Snippets 21-40: Twenty snippets on AI in shipbuilding, shipyards and marine engineering (design optimisation of hulls
and propellers, welding robots and weld inspection, block, dock and crane planning, predictive maintenance of engines on
board, route and fuel optimisation sold by yards and engine makers, digital twins of vessels): eight English prose
pieces (a US weld-robot maker's earnings call sizing a global TAM with this year and last year, a Turku working-paper
abstract with a 2030 figure in billions converted to EUR million, a Bergen thread in US dollars with a kroner aside, a
Genoa article with a correction line, a Vlissingen shareholder letter with a 2020 figure in millions converted to
billions, a 2.5x multiple and an inferred-span CAGR, Ulsan investor-day slides with a won aside, a forum answer quoting
two Singapore-facing houses, a Seoul broker note in won with claims but no observations), seven Chinese prose pieces (a
Xinhua-style shipyard release with a 增长2倍 multiple, a Zhoushan plan with a part in 万元, a Taipei release in 新台幣億元, a Hong
Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range, a results-briefing transcript) and five
tables (markdown US dollars with a CAGR column, tab-separated yen in fiscal years with a YoY column, space-aligned
pounds with a share column, a vertical Finnish table of years with a lone euro column, a 新台幣億元 table with a 合計 row).
Left out: order books, newbuilding contracts and yard output, counts of ships, docks, cranes, welds, tonnes and CGT,
ship prices, companies' own revenue, margins, targets and dividends, funding rounds and valuations, price targets, a
quarter's figures, survey percentages, percentage points, shares in words, kroner and won amounts, a second house's
figure, a corrected misprint. Inconsistent: the thread's 20% CAGR, the Hong Kong 22% CAGR, the markdown digital-twin
CAGR, the yen engine-monitoring YoY. Rounding only: the Genoa 24% share, the Ulsan 18% CAGR, the forum's 18%, the
Zhoushan 25%, the PTT 24% YoY, the briefing's 22% YoY, the markdown block-planning CAGR, two British shares and the
Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Houston wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 1,150 managers surveyed, the 1.2 million welds of a destroyer hull, the Navy's $32
    #    billion shipbuilding request (total shipbuilding), the 58% survey answer.
    dict(
        text=(
            "HOUSTON, March 11, 2025 /PRNewswire/ -- U.S. shipyards spent $268 million on AI welding robots and "
            "automated weld inspection in 2024, up 26% from $212 million in 2023, according to the 2025 Shipyard "
            "Automation Outlook released today by Gulfstream Maritime Research. The firm, which surveyed 1,150 "
            "production managers at naval and commercial yards, projects spending of $1.1 billion by 2031, a compound "
            "annual growth rate of 22.4% over 2024-2031. A single destroyer hull takes more than 1.2 million welds, "
            "and the Navy has requested some $32 billion for shipbuilding in its next budget. Some 58% of respondents "
            "said a shortage of certified welders had delayed at least one delivery."
        ),
        obs=[
            ("Total", 2023, 212, "USD million", "actual"),
            ("Total", 2024, 268, "USD million", "actual"),
            ("Total", 2031, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268 / 212) ** (1 / 1) - 1 = 26.42% -> 26
            ("cagr|implied", "exact"),  # (1100 / 268) ** (1 / 7) - 1 = 22.35% -> 22.4
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 20.53%. Expected nowhere: the dateline, the 9.1
    #    million compensated gross tonnes completed, the ¥25 billion container-ship price, Korea's ₩1.2 trillion (won,
    #    not in the unit table), the covered yard's revenue, growth, operating margin, target price and upside.
    dict(
        text=(
            "Tokyo, 10 June 2025. Japan Shipbuilding & Marine, sector note. We size Japan's market for AI hull-form and "
            "propeller design optimisation, AI block and dock planning and AI weld inspection at ¥18.4 billion in "
            "FY2024 and forecast ¥46.8 billion by FY2029e, a CAGR of about 20%. Japanese yards completed some 9.1 "
            "million compensated gross tonnes last year, and a 14,000 TEU container ship now costs about ¥25 billion. "
            "Across the strait, Korea's three largest builders have budgeted roughly ₩1.2 trillion for smart-yard "
            "programmes. Our top pick, Setonaikai Heavy Industries (Buy, TP ¥2,380, 24% upside), grew FY2024 revenue "
            "12% to ¥412 billion at a 6.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2029, 46.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (46.8 / 18.4) ** (1 / 5) - 1 = 20.53% -> 21, not 20; bounds (46.75 / 18.45) ** (1/5) - 1 = 20.44%,
            # (46.85 / 18.35) ** (1/5) - 1 = 20.62% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Helsinki research briefing: a Finnish total in EUR million and three segments with shares (hull and propeller
    #    design's "some 17%" holds only by rounding); a 2029 forecast. Expected nowhere: the 41 companies interviewed,
    #    the roughly €9 billion order book (total shipbuilding), the €1.5 billion cruise-ship price.
    dict(
        text=(
            "HELSINKI, 24 September 2025 - Finnish shipyards and marine-engineering firms spent €96 million on AI tools "
            "in 2024, a briefing from the Saaristo Maritime Institute finds. AI digital twins of vessels took the "
            "largest slice, €38 million or about 40%, followed by AI predictive maintenance of engines on board at €27 "
            "million (28%). AI hull and propeller design optimisation came to €17 million, some 17% of the total. The "
            "institute, which interviewed 41 companies, expects spending to reach €260 million in 2029. Finnish yards "
            "hold an order book worth roughly €9 billion, mostly cruise ships and icebreakers, and a large cruise ship "
            "sells for about €1.5 billion."
        ),
        obs=[
            ("Total", 2024, 96, "EUR million", "actual"),
            ("AI digital twins of vessels", 2024, 38, "EUR million", "actual"),
            ("AI predictive maintenance of engines on board", 2024, 27, "EUR million", "actual"),
            ("AI hull and propeller design optimisation", 2024, 17, "EUR million", "actual"),
            ("Total", 2029, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38 / 96 = 39.58% -> 40
            ("arithmetic", "exact"),  # 27 / 96 = 28.13% -> 28
            # 17 / 96 = 17.71% -> 18, not 17; bounds 16.5 / 96.5 = 17.10%, 17.5 / 95.5 = 18.32% -> 17 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Hamburg article quoting two research houses on German AI planning of blocks, docks and cranes: the first
    #    house's base, target and rates are the snippet's; its "up 23%" holds, its 20% CAGR is inconsistent. Expected
    #    nowhere: Weserstrand Analytics' €92 million for 2024, the €24 billion order book (total), the four building
    #    docks, the 52% poll answer.
    dict(
        text=(
            "HAMBURG, 15 July 2025 - German shipyards spent €79 million on AI planning of blocks, docks and cranes in "
            "2024, up 23% on the €64 million of 2023, estimates the Hamburg research house Elbufer Maritime Research. It "
            "expects €215 million in 2030, which it describes as compound annual growth of 20% between 2024 and 2030. "
            "A second house, Weserstrand Analytics, puts 2024 spending at €92 million because it also counts yard "
            "ERP upgrades. German yards' order book stands at some €24 billion, and the country's biggest naval yard "
            "runs four building docks. In a poll, 52% of yard managers named crane scheduling as their worst "
            "bottleneck."
        ),
        obs=[
            ("Total", 2023, 64, "EUR million", "actual"),
            ("Total", 2024, 79, "EUR million", "actual"),
            ("Total", 2030, 215, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (79 / 64) ** (1 / 1) - 1 = 23.44% -> 23
            # (215 / 79) ** (1 / 6) - 1 = 18.16% -> 18, not 20; bounds (214.5 / 79.5) ** (1/6) - 1 = 17.99%,
            # (215.5 / 78.5) ** (1/6) - 1 = 18.33% -> 20 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Seoul shipyard group): the total addressable market it sizes is the market (Total),
    #    in USD billion, with "about an 18% CAGR" over a printed span. Expected nowhere: the group's own revenue and
    #    operating margin, its 1,400 welding robots, its 20% share goal, the third quarter's $310 million of orders,
    #    the ₩450 billion (won, not in the unit table).
    dict(
        text=(
            "Hanbit Marine Systems Investor Day, Seoul, November 6, 2025 - transcript excerpt. Seo Min-jun, chief "
            "strategy officer: \"We size the total addressable market for AI welding robots and AI weld inspection in "
            "shipyards worldwide at $4.2 billion in 2024, and we expect it to reach $11.5 billion by 2030. That's about "
            "an 18% CAGR from 2024 to 2030. Our own revenue was $2.3 billion last year at a 9% operating margin, we "
            "run about 1,400 welding robots in our own yards, and we aim to hold a 20% share of that market by 2030. "
            "In the third quarter alone we booked $310 million of orders, and at home our yards put some ₩450 billion "
            "into automation.\""
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.5 / 4.2) ** (1 / 6) - 1 = 18.28% -> 18
        ],
    ),
    # 6. Genoa city strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 25% rise holds only by rounding. Expected nowhere: the 2.6 million containers, the three cruise
    #    ships delivered, the €900 million cruise-ship price, the 47% survey answer.
    dict(
        text=(
            "GENOA, 3 February 2025 - The Blue Economy and Shipyards Strategy presented today by the City of Genoa "
            "estimates that shipyards and marine-engineering firms in the metropolitan area spent €22 million on AI "
            "welding robots, AI block and dock planning and AI digital twins of vessels last year, and expects €27 "
            "million this year, a rise of 25%. The strategy sets a target of €70 million by 2030. The port handled "
            "some 2.6 million containers last year, local yards delivered three cruise ships, and a new cruise ship "
            "from the city's yard costs around €900 million. In a survey it cites, 47% of marine-engineering firms "
            "said they could not hire enough data scientists."
        ),
        obs=[
            ("Total", 2024, 22, "EUR million", "actual"),
            ("Total", 2025, 27, "EUR million", "estimate"),
            ("Total", 2030, 70, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (27 / 22) ** (1 / 1) - 1 = 22.73% -> 23, not 25; bounds 26.5 / 22.5 - 1 = 17.78%,
            # 27.5 / 21.5 - 1 = 27.91% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Dutch digital-twin story: the 2030 range in euros gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated €1.8-2.4 billion,
    #    the 140 vessels delivered, the €8.5 billion sector turnover (total), the €60 million ferry price; the range is
    #    expected once though printed twice.
    dict(
        text=(
            "Correction, 12 August 2025: An earlier version of this article misstated the 2030 forecast. Noordzee "
            "Maritime Insights expects the Dutch market to reach €180 million to €240 million in 2030, not €1.8 billion "
            "to €2.4 billion.\n"
            "Dutch shipyards, naval architects and marine-engineering firms spent €71 million in 2024 on AI digital "
            "twins of vessels and AI hull and propeller design optimisation, according to Noordzee Maritime Insights, "
            "a Rotterdam consultancy. It expects the market to reach €180 million to €240 million in 2030 as dredgers, "
            "ferries and offshore vessels go electric. Dutch yards delivered some 140 vessels last year, and the "
            "maritime manufacturing sector's total turnover was roughly €8.5 billion. A mid-size hybrid ferry costs "
            "about €60 million."
        ),
        obs=[
            ("Total", 2024, 71, "EUR million", "actual"),
        ],
        claims=[
            ("value", 180, "EUR million", 2030, 2030, None),
            ("value", 240, "EUR million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. British marine-engineering blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no
    #    verdict). Expected nowhere: the £2.1 billion of repair and dry-docking spending (total), the start-up's Series A
    #    and valuation, the third quarter's 640 ships and £1.4 million, the £45 million vessel price.
    dict(
        text=(
            "Below the Waterline, a marine-engineering blog, January 21, 2025 - Engines that call for help. British "
            "shipowners and ship managers spent £14 million in 2021 on AI predictive maintenance of engines on board, "
            "sold mostly by engine makers and yards as retrofit packages; by 2024 that figure had grown nearly 3x, to "
            "£39 million, according to Solent Marine Analytics. Set that beside the roughly £2.1 billion the UK fleet "
            "spends on repairs and dry-docking each year. The Southampton start-up Bilgewise raised £12 million in a "
            "Series A in November at a £70 million valuation; in the third quarter of 2024 its software watched some "
            "640 ships and earned £1.4 million. A new offshore supply vessel costs about £45 million."
        ),
        obs=[
            ("Total", 2021, 14, "GBP million", "actual"),
            ("Total", 2024, 39, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on AI in shipbuilding: 同比增长 with both amounts, a part (智能焊接机器人与
    #    焊缝检测) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the completions,
    #    new orders and order book in 万载重吨, the 68% survey answer.
    dict(
        text=(
            "《2025中国船舶工业智能化发展报告》日前在上海发布。报告显示，2024年我国船舶工业人工智能应用（智能焊接、分段与"
            "船坞智能排产、船体线型智能优化等）市场规模达到52.6亿元，同比增长24.1%，2023年为42.4亿元。其中，智能焊接"
            "机器人与焊缝检测市场规模为19.8亿元，占比37.6%。报告预计，到2030年该市场规模将达到168亿元，2024—2030年"
            "复合增长率为21.4%。报告同时指出，2024年全国造船完工量4,818万载重吨，新接订单量11,305万载重吨，手持订单量"
            "20,872万载重吨；受访船厂中有68%表示焊工短缺是推进自动化的首要原因。"
        ),
        obs=[
            ("Total", 2023, 42.4, "CNY 100 million", "actual"),
            ("Total", 2024, 52.6, "CNY 100 million", "actual"),
            ("智能焊接机器人与焊缝检测", 2024, 19.8, "CNY 100 million", "actual"),
            ("Total", 2030, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("share", 37.6, "percent", 2024, 2024, None),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.6 / 42.4) ** (1 / 1) - 1 = 24.06% -> 24.1
            ("arithmetic", "exact"),  # 19.8 / 52.6 = 37.64% -> 37.6
            ("cagr|implied", "exact"),  # (168 / 52.6) ** (1 / 6) - 1 = 21.35% -> 21.4
        ],
    ),
    # 10. Jiangsu provincial action plan (Simplified) on smart shipyards: 2023 and 2024 actuals with a 同比增长31.6% that
    #     is inconsistent, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍
    #     kept as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约60座 berths
    #     and docks, the 约1,900万载重吨 completed, the 3亿元 fund and its 20 projects.
    dict(
        text=(
            "江苏省工业和信息化厅日前印发《江苏省船舶与海洋工程装备智能制造行动方案（2025—2027年）》。方案显示，2024年"
            "全省船舶与海工装备领域AI应用（焊接机器人、焊缝智能检测、分段与吊车智能排产）市场规模达9.8亿元，同比增长"
            "31.6%，2023年为7.6亿元。方案提出，力争到2027年全省相关市场规模突破30亿元，较2024年增长2倍。方案还明确，"
            "全省现有万吨级以上船台船坞约60座，2024年造船完工量约1,900万载重吨，省级财政安排专项资金3亿元，支持建设20个"
            "智能车间示范项目。"
        ),
        obs=[
            ("Total", 2023, 7.6, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (9.8 / 7.6) ** (1 / 1) - 1 = 28.95% -> 28.9, not 31.6; bounds 9.75 / 7.65 - 1 = 27.45%,
            # 9.85 / 7.55 - 1 = 30.46% -> 31.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) from Dalian quoting two institutes on AI predictive maintenance of marine
    #     engines and AI route and fuel optimisation: the first institute's base, YoY and target are the snippet's;
    #     its 23.1% YoY holds, its 约18.4% CAGR only by rounding. Expected nowhere: the second centre's 44亿元 for
    #     2024, the dateline, the 约1,100台 engines delivered, the 约2.4亿美元 container-ship price.
    dict(
        text=(
            "新华社大连2025年5月20日电（记者周海鸣）记者从2025中国船舶配套产业大会上获悉，据中船智造研究院测算，2024年"
            "我国船舶配套领域AI应用（船用主机预测性维护、航线与燃油智能优化等）市场规模达35.2亿元，比上年的28.6亿元"
            "增长23.1%。该院预计，到2027年市场规模将达到58亿元，2024年至2027年年均复合增长率约18.4%。另一家机构海联"
            "船舶经济研究中心则估算，2024年这一市场规模为44亿元。据统计，2024年我国船用低速柴油机交付约1,100台，国内"
            "一艘24,000标准箱集装箱船造价约2.4亿美元。"
        ),
        obs=[
            ("Total", 2023, 28.6, "CNY 100 million", "actual"),
            ("Total", 2024, 35.2, "CNY 100 million", "actual"),
            ("Total", 2027, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 18.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35.2 / 28.6) ** (1 / 1) - 1 = 23.08% -> 23.1
            # (58 / 35.2) ** (1 / 3) - 1 = 18.11% -> 18.1, not 18.4; bounds (57.5 / 35.25) ** (1/3) - 1 = 17.72%,
            # (58.5 / 35.15) ** (1/3) - 1 = 18.51% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span; 預估 marks the
    #     2030 estimate. Expected nowhere: the white paper's title year, the 約新台幣1,050億元 shipbuilding output
    #     (total), the 約30家 yards, the 約70艘 yachts exported, the 新台幣15億元 yacht price.
    dict(
        text=(
            "《2025臺灣造船及海洋工程智慧化白皮書》指出，2024年國內造船廠與海事工程業者導入AI船體與螺旋槳設計優化、"
            "焊接機器人與船舶數位孿生的市場規模為新台幣7.8億元，預估2030年將成長至新台幣23.5億元，2024至2030年年複合"
            "成長率達20.2%。白皮書並指出，國內造船業2024年總產值約新台幣1,050億元，全台現有造船廠約30家，遊艇年出口"
            "約70艘，一艘大型遊艇售價可達新台幣15億元。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2030, 23.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.5 / 7.8) ** (1 / 6) - 1 = 20.18% -> 20.2
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI digital twins, engine predictive maintenance
    #     and route and fuel optimisation: 約3.6億港元 expected at its printed figure; the YoY and the 約21% CAGR hold.
    #     Expected nowhere: the 約2,700艘 registered ships and their tonnage, the start-up's 4,500萬港元 funding round
    #     and 約3億港元 valuation.
    dict(
        text=(
            "香港海事科技協進會昨日公布研究報告指出，2024年本港船舶管理及海事工程業的AI應用（船舶數碼孿生、主機預測性"
            "維修、航線及燃油優化）市場規模約3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2029年市場規模將升至"
            "9.2億港元，2024至2029年年均複合增長率約21%。報告又指，香港註冊船舶約2,700艘，總噸位逾1.3億總噸；本地初創"
            "海智科技上月完成4,500萬港元A輪融資，估值約3億港元。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2029, 9.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),  # (9.2 / 3.6) ** (1 / 5) - 1 = 20.64% -> 21
        ],
    ),
    # 14. Kaohsiung news-agency story (Traditional, CNA dateline 2025) on AI welding robots and weld-bead image
    #     inspection: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 16% rise holds
    #     only by rounding. Expected nowhere: the first quarter's 1.1億元, the largest yard's own revenue and operating
    #     margin, the 約25艘 ships delivered.
    dict(
        text=(
            "（中央社記者陳怡君高雄2025年3月18日電）市調機構海研產業顧問今天表示，去年台灣造船廠導入AI焊接機器人與焊道"
            "影像檢測的市場規模約新台幣4.6億元，今年在國艦國造與離岸風電工作船訂單帶動下，可望成長16%至5.4億元。不過"
            "今年第一季市場規模約新台幣1.1億元，略低於預期。國內最大造船廠去年營收新台幣310億元，營業利益率約4%；"
            "全台造船廠去年交船約25艘。"
        ),
        obs=[
            ("Total", 2024, 4.6, "TWD 100 million", "actual"),
            ("Total", 2025, 5.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (5.4 / 4.6) ** (1 / 1) - 1 = 17.39% -> 17, not 16; bounds 5.35 / 4.65 - 1 = 15.05%,
            # 5.45 / 4.55 - 1 = 19.78% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI predictive maintenance of marine main and auxiliary engines: 2023/2024
    #     actuals with an exact 23.5% YoY; the 2027 range 32亿—38亿元 gives two value claims (no observation). Expected
    #     nowhere: the report's date, the leading firm's revenue, gross margin, rating and target price, its
    #     second-quarter orders, the 约1.1万艘 ships, the 约80万元 system price.
    dict(
        text=(
            "海岳证券研究所2025年9月深度报告《船舶的“听诊器”：船用主机AI预测性维护》。我们测算，2024年国内船用主机与"
            "辅机AI预测性维护（振动、油液与燃烧状态智能诊断）市场规模为18.9亿元，同比增长23.5%，2023年为15.3亿元。随着"
            "存量船队智能化改造提速，我们预计2027年市场规模将达到32亿—38亿元。行业龙头智舶科技2024年营收4.8亿元，"
            "毛利率46%，首次覆盖给予“增持”评级，目标价42元；公司二季度新签订单1.3亿元。目前我国沿海和远洋运输船舶约"
            "1.1万艘，一套主机在线监测系统售价约80万元。"
        ),
        obs=[
            ("Total", 2023, 15.3, "CNY 100 million", "actual"),
            ("Total", 2024, 18.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("value", 32, "CNY 100 million", 2027, 2027, None),
            ("value", 38, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.9 / 15.3) ** (1 / 1) - 1 = 23.53% -> 23.5
        ],
    ),
    # 16. Markdown table (AI hull and propeller design optimisation by region, USD million) with a CAGR 2024-30 column
    #     and a Total row: each row's CAGR is stated (span in the header); Europe's 19.3% is inconsistent; rows add to
    #     the Total in both years; 2030F is an estimate. Expected nowhere: the table number, the tracker's title year,
    #     the count of yards and design offices covered.
    dict(
        text=(
            "Table 3. AI hull and propeller design optimisation by region (USD million)\n"
            "| Region | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| South Korea | 61.4 | 171.8 | 18.7% |\n"
            "| China | 52.7 | 158.3 | 20.1% |\n"
            "| Japan | 38.5 | 99.6 | 17.2% |\n"
            "| Europe | 24.9 | 68.2 | 19.3% |\n"
            "| Total | 177.5 | 497.9 | 18.8% |\n"
            "Source: Kestrel Naval Research, Global Hull Design AI Tracker 2025; covers some 180 yards and design "
            "offices. F = forecast."
        ),
        obs=[
            ("South Korea", 2024, 61.4, "USD million", "actual"),
            ("South Korea", 2030, 171.8, "USD million", "estimate"),
            ("China", 2024, 52.7, "USD million", "actual"),
            ("China", 2030, 158.3, "USD million", "estimate"),
            ("Japan", 2024, 38.5, "USD million", "actual"),
            ("Japan", 2030, 99.6, "USD million", "estimate"),
            ("Europe", 2024, 24.9, "USD million", "actual"),
            ("Europe", 2030, 68.2, "USD million", "estimate"),
            ("Total", 2024, 177.5, "USD million", "actual"),
            ("Total", 2030, 497.9, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (171.8 / 61.4) ** (1 / 6) - 1 = 18.71% -> 18.7
            ("cagr|implied", "exact"),  # (158.3 / 52.7) ** (1 / 6) - 1 = 20.12% -> 20.1
            ("cagr|implied", "exact"),  # (99.6 / 38.5) ** (1 / 6) - 1 = 17.17% -> 17.2
            # (68.2 / 24.9) ** (1 / 6) - 1 = 18.29% -> 18.3, not 19.3; bounds (68.15 / 24.95) ** (1/6) - 1 = 18.23%,
            # (68.25 / 24.85) ** (1/6) - 1 = 18.34% -> 19.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (497.9 / 177.5) ** (1 / 6) - 1 = 18.76% -> 18.8
            ("hierarchy", "exact"),  # 2024: 61.4 + 52.7 + 38.5 + 24.9 = 177.5
            ("hierarchy", "exact"),  # 2030F: 171.8 + 158.3 + 99.6 + 68.2 = 497.9
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国船舶工业人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能焊接与焊缝检测\t14.6\t18.3\t22.9\n"
            "分段、船坞与吊车智能排产\t9.8\t12.4\t15.7\n"
            "船体与螺旋桨智能设计优化\t7.2\t9.1\t11.6\n"
            "船舶数字孪生\t5.1\t6.9\t9.2\n"
            "合计\t36.7\t46.8\t59.4\n"
            "资料来源：船舶智能制造研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能焊接与焊缝检测", 2023, 14.6, "CNY 100 million", "actual"),
            ("智能焊接与焊缝检测", 2024, 18.3, "CNY 100 million", "actual"),
            ("智能焊接与焊缝检测", 2025, 22.9, "CNY 100 million", "estimate"),
            ("分段、船坞与吊车智能排产", 2023, 9.8, "CNY 100 million", "actual"),
            ("分段、船坞与吊车智能排产", 2024, 12.4, "CNY 100 million", "actual"),
            ("分段、船坞与吊车智能排产", 2025, 15.7, "CNY 100 million", "estimate"),
            ("船体与螺旋桨智能设计优化", 2023, 7.2, "CNY 100 million", "actual"),
            ("船体与螺旋桨智能设计优化", 2024, 9.1, "CNY 100 million", "actual"),
            ("船体与螺旋桨智能设计优化", 2025, 11.6, "CNY 100 million", "estimate"),
            ("船舶数字孪生", 2023, 5.1, "CNY 100 million", "actual"),
            ("船舶数字孪生", 2024, 6.9, "CNY 100 million", "actual"),
            ("船舶数字孪生", 2025, 9.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 36.7, "CNY 100 million", "actual"),
            ("合计", 2024, 46.8, "CNY 100 million", "actual"),
            ("合计", 2025, 59.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.6 + 9.8 + 7.2 + 5.1 = 36.7
            # 2024: 18.3 + 12.4 + 9.1 + 6.9 = 46.7, not 46.8; bounds 46.5..46.9 (each part +/-0.05)
            # reach 46.75..46.85 -> 46.8 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 22.9 + 15.7 + 11.6 + 9.2 = 59.4
        ],
    ),
    # 18. Space-aligned table (Norway, USD million, 2024) with a share column and a Total row: four shares (the engine
    #     maintenance row's 26.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the NOK 900 million (kroner, not in the unit table), the 35 vessels.
    dict(
        text=(
            "Norway: AI spending by shipyards and marine-engineering firms by use, 2024\n"
            "Use                                              USD million     Share\n"
            "AI digital twins of vessels                             31.8     37.5%\n"
            "AI predictive maintenance of engines on board           22.6     26.6%\n"
            "AI route and fuel optimisation                          17.9     21.1%\n"
            "AI welding robots and weld inspection                   12.4     14.6%\n"
            "Total                                                   84.7    100.0%\n"
            "Note 3: about NOK 900 million at current rates; Norwegian yards delivered some 35 vessels in 2024. "
            "Source: Fjordvik Maritime Economics."
        ),
        obs=[
            ("AI digital twins of vessels", 2024, 31.8, "USD million", "actual"),
            ("AI predictive maintenance of engines on board", 2024, 22.6, "USD million", "actual"),
            ("AI route and fuel optimisation", 2024, 17.9, "USD million", "actual"),
            ("AI welding robots and weld inspection", 2024, 12.4, "USD million", "actual"),
            ("Total", 2024, 84.7, "USD million", "actual"),
        ],
        claims=[
            ("share", 37.5, "percent", 2024, 2024, None),
            ("share", 26.6, "percent", 2024, 2024, None),
            ("share", 21.1, "percent", 2024, 2024, None),
            ("share", 14.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.8 / 84.7 = 37.54% -> 37.5
            # 22.6 / 84.7 = 26.68% -> 26.7, not 26.6; bounds 22.55 / 84.75 = 26.61%, 22.65 / 84.65 = 26.76%
            # -> 26.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 17.9 / 84.7 = 21.13% -> 21.1
            ("arithmetic", "exact"),  # 12.4 / 84.7 = 14.64% -> 14.6
            ("hierarchy", "exact"),  # 31.8 + 22.6 + 17.9 + 12.4 = 84.7
        ],
    ),
    # 19. Vertical table (Singapore) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 22.3% holds only by rounding. Expected
    #     nowhere: the source's month and year, the 300 vessels repaired, the 2020 dash.
    dict(
        text=(
            "Singapore: spending by shipyards and offshore-marine engineering firms on AI welding, dock planning and "
            "digital twins\n"
            "Year | USD million | YoY\n"
            "2020 | 14.2 | -\n"
            "2021 | 17.6 | 23.9%\n"
            "2022 | 21.9 | 24.4%\n"
            "2023 | 26.8 | 22.4%\n"
            "2024 | 32.7 | 22.3%\n"
            "2025E | 39.5 | 20.8%\n"
            "Source: Merlion Marine Research, May 2025; Singapore's yards repaired some 300 vessels in 2024. "
            "E = estimate."
        ),
        obs=[
            ("Total", 2020, 14.2, "USD million", "actual"),
            ("Total", 2021, 17.6, "USD million", "actual"),
            ("Total", 2022, 21.9, "USD million", "actual"),
            ("Total", 2023, 26.8, "USD million", "actual"),
            ("Total", 2024, 32.7, "USD million", "actual"),
            ("Total", 2025, 39.5, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2020, 2021, 1.0),
            ("growth", 24.4, "percent", 2021, 2022, 1.0),
            ("growth", 22.4, "percent", 2022, 2023, 1.0),
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("growth", 20.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.6 / 14.2) ** (1 / 1) - 1 = 23.94% -> 23.9
            ("cagr|implied", "exact"),  # (21.9 / 17.6) ** (1 / 1) - 1 = 24.43% -> 24.4
            ("cagr|implied", "exact"),  # (26.8 / 21.9) ** (1 / 1) - 1 = 22.37% -> 22.4
            # (32.7 / 26.8) ** (1 / 1) - 1 = 22.01% -> 22.0, not 22.3; bounds 32.65 / 26.85 - 1 = 21.60%,
            # 32.75 / 26.75 - 1 = 22.43% -> 22.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (39.5 / 32.7) ** (1 / 1) - 1 = 20.80% -> 20.8
        ],
    ),
    # 20. Tab-separated segment table (Italy, EUR million) with a Total row: rows add to the Total in 2023 and 2025F
    #     but not in 2024 (inconsistent); 2025F an estimate. Expected nowhere: the €38 billion order book (total
    #     shipbuilding), the 12 building docks.
    dict(
        text=(
            "Italy: AI in shipbuilding and marine engineering by segment (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI welding robots and weld inspection\t26\t33\t41\n"
            "AI hull and propeller design optimisation\t18\t23\t29\n"
            "AI block, dock and crane planning\t12\t16\t21\n"
            "AI digital twins of vessels\t9\t13\t17\n"
            "Total\t65\t88\t108\n"
            "Source: Adriatica Naval Research; excludes the yards' order book of about €38 billion; the country's "
            "main yards run some 12 building docks. F = forecast."
        ),
        obs=[
            ("AI welding robots and weld inspection", 2023, 26, "EUR million", "actual"),
            ("AI welding robots and weld inspection", 2024, 33, "EUR million", "actual"),
            ("AI welding robots and weld inspection", 2025, 41, "EUR million", "estimate"),
            ("AI hull and propeller design optimisation", 2023, 18, "EUR million", "actual"),
            ("AI hull and propeller design optimisation", 2024, 23, "EUR million", "actual"),
            ("AI hull and propeller design optimisation", 2025, 29, "EUR million", "estimate"),
            ("AI block, dock and crane planning", 2023, 12, "EUR million", "actual"),
            ("AI block, dock and crane planning", 2024, 16, "EUR million", "actual"),
            ("AI block, dock and crane planning", 2025, 21, "EUR million", "estimate"),
            ("AI digital twins of vessels", 2023, 9, "EUR million", "actual"),
            ("AI digital twins of vessels", 2024, 13, "EUR million", "actual"),
            ("AI digital twins of vessels", 2025, 17, "EUR million", "estimate"),
            ("Total", 2023, 65, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2025, 108, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 26 + 18 + 12 + 9 = 65
            # 2024: 33 + 23 + 16 + 13 = 85, not 88; bounds 83..87 (each part +/-0.5) -> 88 reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 41 + 29 + 21 + 17 = 108
        ],
    ),
    # 21. US weld-robot maker's earnings-call answer sizing a global TAM for AI welding robots and weld inspection in
    #     shipyards (USD billion): the TAM the company sizes is the market (Total); "this year" is the call's year
    #     (2025, "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the
    #     2.3 million welds and the 31 yards.
    dict(
        text=(
            "Keelwright Robotics Q3 2025 earnings call, November 6, 2025 - Q&A\n"
            "Analyst (Priya Halvorsen, Bayridge Securities): Can you frame the opportunity beyond the Navy yards?\n"
            "CEO Martin Ostrander: Sure. We size the total addressable market for AI welding robots and automated weld "
            "inspection in shipyards worldwide at roughly $1.45 billion this year, up about 19% from $1.22 billion last "
            "year. Commercial yards in Asia are the fastest adopters, and the U.S. submarine and frigate programmes are "
            "catching up. We expect that TAM to reach $3.3 billion by 2030, a compound annual growth rate of about 18% "
            "over 2025-2030. In the quarter, revenue came in at $58.7 million with a 47% gross margin, and our systems "
            "inspected some 2.3 million welds across 31 yards."
        ),
        obs=[
            ("Total", 2024, 1.22, "USD billion", "actual"),
            ("Total", 2025, 1.45, "USD billion", "estimate"),
            ("Total", 2030, 3.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.45 / 1.22) ** (1 / 1) - 1 = 18.85% -> 19
            ("cagr|implied", "exact"),  # (3.3 / 1.45) ** (1 / 5) - 1 = 17.88% -> 18
        ],
    ),
    # 22. Turku working-paper abstract on European AI design optimisation of hulls and propellers (EUR million): YoY
    #     with both amounts, a 2030 figure in billions converted to the series' unit (EUR million), CAGR with printed
    #     span. Expected nowhere: the paper number, "roughly a third" (a share in words), the €47 billion order book,
    #     the 2.1 million compensated gross tonnes, the €1.4 billion cruise-ship price.
    dict(
        text=(
            "Aurajoki Maritime Economics Institute, Working Paper 2025/11. Abstract: We estimate European spending on AI "
            "design optimisation of hulls and propellers (machine-learned resistance and cavitation models, generative "
            "hull-form search) from shipyard procurement records and design-office accounts. The market reached \u20ac251 "
            "million in 2024, up 18% from \u20ac212 million in 2023; roughly a third of it was bought by cruise and "
            "ferry yards. Our central scenario puts spending at \u20ac0.68 billion by 2030, a compound annual growth "
            "rate of 18.1% over 2024-2030. The AI layer remains small beside Europe's \u20ac47 billion order book and "
            "the 2.1 million compensated gross tonnes its yards delivered in 2024; a large cruise ship now costs about "
            "\u20ac1.4 billion."
        ),
        obs=[
            ("Total", 2023, 212, "EUR million", "actual"),
            ("Total", 2024, 251, "EUR million", "actual"),
            ("Total", 2030, 680, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (251 / 212) ** (1 / 1) - 1 = 18.40% -> 18
            ("cagr|implied", "exact"),  # (680 / 251) ** (1 / 6) - 1 = 18.07% -> 18.1
        ],
    ),
    # 23. Bergen social-media thread (numbered posts) on AI predictive maintenance of engines on board Nordic-owned
    #     ships (USD million): YoY with both amounts; a 2030 figure in billions converted to USD million; a CAGR with
    #     printed span that no reading gives (inconsistent). Expected nowhere: the NOK 3.4bn (kroner not in the unit
    #     table), the 1,800 vessels, the $45M price of a PSV, the 62% survey answer.
    dict(
        text=(
            "1/ Thread on something few people size: AI predictive maintenance of main and auxiliary engines on board "
            "Nordic-owned ships. Fjordline Maritime Analytics in Bergen puts the market at $318M in 2024.\n"
            "2/ That is up 21% from $262M in 2023, as owners swap calendar-based overhauls for condition-based ones.\n"
            "3/ Their outlook: $0.85bn by 2030, which they call a 20% CAGR over 2024-2030. Run the numbers and it "
            "comes out lower.\n"
            "4/ In kroner the 2024 figure is roughly NOK 3.4bn, for those who think in local money.\n"
            "5/ For scale: Norwegian owners control some 1,800 ocean-going vessels, and a new platform supply vessel "
            "costs about $45M.\n"
            "6/ Fjordline also polled chief engineers: 62% say the alerts caught at least one failure early last year. /end"
        ),
        obs=[
            ("Total", 2023, 262, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2030, 850, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 262) ** (1 / 1) - 1 = 21.37% -> 21
            # (850 / 318) ** (1 / 6) - 1 = 17.80%; bounds (845 / 318.5) ** (1/6) - 1 = 17.66%,
            # (855 / 317.5) ** (1/6) - 1 = 17.95% -> 20 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Genoa web article with a correction line on AI welding robots and weld inspection in Italian shipyards (EUR
    #     million): YoY with both amounts, two parts with shares, one holding only by rounding. Expected nowhere: the
    #     dateline, the 1.5 million metres of weld seams, the €38 billion order book, the €1 billion cruise newbuild,
    #     the corrected misprint (€66 million).
    dict(
        text=(
            "Italian yards' AI welding bill climbs to \u20ac74m\n"
            "GENOA, 9 June 2025 - Italian shipyards spent \u20ac74 million on AI welding robots and automated weld "
            "inspection in 2024, up 23% from \u20ac60 million in 2023, according to estimates by the consultancy "
            "Tirreno Naval Advisory. Collaborative welding robots guided by seam-tracking vision took \u20ac41 million, "
            "about 55% of the total, while AI inspection of welds by ultrasound and X-ray imaging accounted for \u20ac17 "
            "million (24%). A large cruise ship carries some 1.5 million metres of weld seams, and Italian yards hold "
            "an order book worth about \u20ac38 billion; a single cruise newbuild can top \u20ac1 billion.\n"
            "Correction: An earlier version of this article put the 2023 figure at \u20ac66 million. The correct figure "
            "is \u20ac60 million."
        ),
        obs=[
            ("Total", 2023, 60, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Collaborative welding robots guided by seam-tracking vision", 2024, 41, "EUR million", "actual"),
            ("AI inspection of welds by ultrasound and X-ray imaging", 2024, 17, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 55, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 60) ** (1 / 1) - 1 = 23.33% -> 23
            ("arithmetic", "exact"),  # 41 / 74 = 55.41% -> 55
            # 17 / 74 = 22.97% -> 23, not 24; bounds 16.5 / 74.5 = 22.15%, 17.5 / 73.5 = 23.81%
            # -> 24 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Vlissingen yard group's letter to shareholders on the global market for AI digital twins of vessels (EUR
    #     billion, the first printed unit): the 2020 €560 million converted to EUR billion; a multiple between 2020
    #     and 2024 ("2.5 times", x2.5, period 4, no verdict); 2028 ("exceed", printed figure, estimate) with a CAGR
    #     whose span only the amounts' years give (inferred). Expected nowhere: the group's revenue, order book,
    #     EBITDA margin and dividend, the 14 vessels delivered, the 5,600 employees.
    dict(
        text=(
            "To our shareholders\n"
            "2024 was the year digital twins moved from our engineering department into our contracts. We estimate the "
            "global market for AI digital twins of vessels, covering design validation, sea trials and through-life "
            "performance, at \u20ac1.4 billion in 2024, 2.5 times the \u20ac560 million it was worth in 2020, and we "
            "expect it to exceed \u20ac2.6 billion by 2028, a rise of roughly 17% a year. Scheldemond Marine Group's "
            "own revenue reached \u20ac2.3 billion, the order book stood at \u20ac6.8 billion and the EBITDA margin "
            "rose to 9.4%; we delivered 14 vessels and propose a dividend of \u20ac1.10 per share. Our 5,600 employees "
            "in Vlissingen, Gda\u0144sk and Gala\u021bi made this possible.\n"
            "Pieter van Dalen, Chief Executive Officer, Scheldemond Marine Group N.V., Vlissingen, March 2025"
        ),
        obs=[
            ("Total", 2020, 0.56, "EUR billion", "actual"),
            ("Total", 2024, 1.4, "EUR billion", "actual"),
            ("Total", 2028, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
            ("cagr", 17, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.4) ** (1 / 4) - 1 = 16.74% -> 17
        ],
    ),
    # 26. Ulsan shipyard group's investor-day slide bullets sizing a global TAM for AI block, dock and crane planning
    #     (USD billion): 2024 actual, 2025E and 2030E estimates; YoY with both amounts, a CAGR with printed span
    #     holding only by rounding. Expected nowhere: the dateline and slide number, the ₩4.0tn (won not in the unit
    #     table), the docks, cranes and ships on order, the US$42B order backlog, the 2027 revenue and margin
    #     targets, the LNG carrier's price.
    dict(
        text=(
            "Hanbada Heavy Industries - Investor Day 2025, Ulsan, 21 May 2025\n"
            "Slide 14: Smart-yard AI - block, dock and crane planning\n"
            "- 2024 TAM: US$2.4B\n"
            "- 2025E TAM: US$2.9B (+21% YoY), about \u20a94.0tn\n"
            "- 2030E TAM: US$6.8B; CAGR 2025E-30E: 18%\n"
            "- Scope: AI block sequencing, dry-dock slot allocation, Goliath-crane lift scheduling\n"
            "- Our yard: 3 dry docks, 9 Goliath cranes, 186 ships on order (order backlog US$42B)\n"
            "- 2027 targets: revenue US$14B, operating margin 8-9%\n"
            "- Reference price: 174,000 m\u00b3 LNG carrier at about US$255M"
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2025, 2.9, "USD billion", "estimate"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 2.4) ** (1 / 1) - 1 = 20.83% -> 21
            # (6.8 / 2.9) ** (1 / 5) - 1 = 18.58% -> 19, not 18; bounds (6.75 / 2.95) ** (1/5) - 1 = 18.00%,
            # (6.85 / 2.85) ** (1/5) - 1 = 19.17% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses on AI route and fuel optimisation sold by yards and engine makers
    #     to Southeast Asian owners (USD million): the first house gives base, target and rate (the snippet's
    #     figures); its CAGR holds only by rounding. Expected nowhere: the second house's $310 million for 2030, the
    #     212 upvotes, the 54 million tonnes of bunkers, the 130,000 vessel calls.
    dict(
        text=(
            "Re: Any reliable number for AI voyage optimisation sold by yards and engine makers in Southeast Asia?\n"
            "Accepted answer (212 upvotes): Two research houses publish on this and they disagree a lot. Merlion "
            "Maritime Research sizes what Southeast Asian owners pay shipyards and engine makers for AI route and fuel "
            "optimisation (weather routing, trim and speed advice bundled with newbuilds and retrofits) at $83 million "
            "in 2024 and forecasts $230 million by 2030, a CAGR of 18% over 2024-2030. Pacifica Ocean Analytics is far "
            "more bullish and puts 2030 at $310 million. For context, Singapore sold about 54 million tonnes of bunkers "
            "last year and logged more than 130,000 vessel calls. I'd go with Merlion: it counts software and service "
            "fees only, not the sensors."
        ),
        obs=[
            ("Total", 2024, 83, "USD million", "actual"),
            ("Total", 2030, 230, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (230 / 83) ** (1 / 6) - 1 = 18.52% -> 19, not 18; bounds (229.5 / 83.5) ** (1/6) - 1 = 18.35%,
            # (230.5 / 82.5) ** (1/6) - 1 = 18.68% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI welding robots and weld inspection in Korean yards: won are not in the unit
    #     table, so no observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in a
    #     held currency, so no verdicts. Expected nowhere: the dateline, the ₩620 billion, the 37 million CGT and
    #     1,100 ships on order, the target price and upside, the pick's second-quarter margin.
    dict(
        text=(
            "Hangang Investment & Securities - Korea Shipbuilding - Seoul, 3 September 2025\n"
            "Robots that weld, cameras that judge. We size Korean yards' spending on AI welding robots and AI weld "
            "inspection at \u20a9620 billion in 2024, up 27% year on year, and forecast a 24% CAGR over 2024-2029 as "
            "the big three automate curved-block welding. Welding robots make up 58% of that spend, inspection the "
            "rest. The country's yards hold an order backlog of some 37 million CGT across about 1,100 ships. Our top "
            "pick, Mokpo Automation (BUY, TP \u20a948,000, 31% upside), posted an 11.2% operating margin in the second "
            "quarter."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in shipbuilding (welding, weld inspection, block, dock and
    #     crane scheduling): YoY with both amounts, 较2020年增长2倍 (x2, period 4, no verdict), a part with its share,
    #     a 2027 figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the completions, new
    #     orders and order book in deadweight tonnes and their 55.7%, 74.1%, 63.1% shares of world shipbuilding.
    dict(
        text=(
            "新华社上海2025年3月6日电(记者周海宁)记者从中国船舶工业智能制造联盟获悉,2024年我国船舶工业人工智能应用"
            "(含AI智能焊接、焊缝检测及分段、船坞与吊装智能排产)市场规模达到48.6亿元,较2023年的39.5亿元增长23.0%,"
            "较2020年增长2倍。其中,智能焊接机器人市场规模为19.2亿元,占比39.5%。联盟预计,到2027年该市场规模有望突破"
            "90亿元。数据显示,2024年全国造船完工量4818万载重吨,新接订单量1.13亿载重吨,手持订单量2.09亿载重吨,以"
            "载重吨计分别占世界总量的55.7%、74.1%和63.1%。"
        ),
        obs=[
            ("Total", 2023, 39.5, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("智能焊接机器人", 2024, 19.2, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("share", 39.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.5) ** (1 / 1) - 1 = 23.04% -> 23.0
            ("arithmetic", "exact"),  # 19.2 / 48.6 = 39.51% -> 39.5
        ],
    ),
    # 30. Zhoushan municipal plan (Simplified, 亿元) on AI ship design, welding and block and dock scheduling: 2024
    #     base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10 thousand, 2027
    #     target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by rounding.
    #     Expected nowhere: the document number, the title's year span, the 40座 docks, the 1500艘次 repairs, the
    #     2亿元 special fund, the 30% purchase subsidy.
    dict(
        text=(
            "《舟山市船舶修造与海洋工程智能化提升行动方案(2025—2027年)》(舟政办发〔2025〕18号)\n"
            "一、发展目标。到2027年,全市AI船型设计优化、智能焊接与焊缝检测、分段及船坞智能排产等应用市场规模力争达到"
            "16亿元,2024年为8.4亿元,年均增长约25%;其中,船舶数字孪生服务市场规模力争达到6500万元。全市修造船企业"
            "船坞达到40座,年修船能力超过1500艘次。二、保障措施。市级财政每年安排船舶智能化专项资金2亿元,对首台(套)"
            "AI焊接装备给予30%的购置补贴。"
        ),
        obs=[
            ("Total", 2024, 8.4, "CNY 100 million", "actual"),
            ("Total", 2027, 16, "CNY 100 million", "estimate"),
            ("船舶数字孪生服务", 2027, 6500, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (16 / 8.4) ** (1 / 3) - 1 = 23.96% -> 24, not 25; bounds (15.5 / 8.45) ** (1/3) - 1 = 22.41%,
            # (16.5 / 8.35) ** (1/3) - 1 = 25.49% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI hull and propeller design, welding and digital twins:
    #     YoY with both amounts, CAGR with printed span, a part with its share; 2028 (預估, estimate). Expected
    #     nowhere: the dateline, the 2.4個百分點 (percentage points), the 130艘 yachts exported, the 3億元 Series A
    #     round and the 20億元 valuation.
    dict(
        text=(
            "【台北訊】2025年4月22日 — 台灣海事科技研究院今日發布報告指出,2024年台灣造船及海洋工程業在AI船體與螺槳"
            "設計最佳化、智慧焊接及船舶數位孿生之市場規模達新台幣14.8億元,較2023年的12.1億元成長22.3%。研究院預估,"
            "2028年市場規模將達新台幣32億元,2024至2028年年複合成長率約21.3%。其中AI船體與螺槳設計最佳化為最大宗,"
            "2024年規模為新台幣5.2億元,占比35.1%,較前一年提高2.4個百分點。統計顯示,國內遊艇業去年出口約130艘;"
            "本地新創海智科技今年完成新台幣3億元A輪募資,估值約新台幣20億元。"
        ),
        obs=[
            ("Total", 2023, 12.1, "TWD 100 million", "actual"),
            ("Total", 2024, 14.8, "TWD 100 million", "actual"),
            ("Total", 2028, 32, "TWD 100 million", "estimate"),
            ("AI船體與螺槳設計最佳化", 2024, 5.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("cagr", 21.3, "percent", 2024, 2028, None, "stated"),
            ("share", 35.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 12.1) ** (1 / 1) - 1 = 22.31% -> 22.3
            ("cagr|implied", "exact"),  # (32 / 14.8) ** (1 / 4) - 1 = 21.26% -> 21.3
            ("arithmetic", "exact"),  # 5.2 / 14.8 = 35.14% -> 35.1
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI predictive maintenance of engines on board and
    #     digital twins of vessels: YoY with both amounts, a part (約, printed figure), a CAGR with printed span that
    #     no reading gives (inconsistent); 2029 (預計, estimate). Expected nowhere: the report's title year, the
    #     1.3億總噸 registered tonnage, the 2,500艘 ships, the 58% survey answer.
    dict(
        text=(
            "香港海事科技協會發表《2025香港船舶管理及海事工程智能化報告》指出,本港船舶管理公司及維修船廠在船上主機AI"
            "預測性維護及船舶數碼孿生方面的投入持續上升。報告顯示,相關市場規模於2024年達到6.4億港元,較2023年的5.3億"
            "港元增長20.8%,其中數碼孿生服務約1.8億港元。報告預計,2029年市場規模將達到15.6億港元,2024至2029年複合"
            "年增長率為22%。報告又指,香港註冊船舶總噸位約1.3億總噸,船隊約2,500艘;受訪公司中有58%表示已試用AI維修"
            "排程。"
        ),
        obs=[
            ("Total", 2023, 5.3, "HKD 100 million", "actual"),
            ("Total", 2024, 6.4, "HKD 100 million", "actual"),
            ("數碼孿生服務", 2024, 1.8, "HKD 100 million", "actual"),
            ("Total", 2029, 15.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.4 / 5.3) ** (1 / 1) - 1 = 20.75% -> 20.8
            # (15.6 / 6.4) ** (1 / 5) - 1 = 19.51%; bounds (15.55 / 6.45) ** (1/5) - 1 = 19.24%,
            # (15.65 / 6.35) ** (1/5) - 1 = 19.77% -> 22 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global AI welding robots and weld inspection in shipyards: YoY with both
    #     amounts holding only by rounding, 2030 (突破, printed figure, estimate) with a CAGR whose span only the
    #     amounts' years give (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast,
    #     the 1.5億修正總噸 order book (CGT), the 2.6億美元 LNG carrier price.
    dict(
        text=(
            "作者 shipfan88 (船迷)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:全球船廠AI焊接市場2030年上看80億美元\n"
            "時間 Tue Jul 8 20:14:05 2025\n"
            "外電研調機構Harborline Research最新報告,全球船廠AI焊接機器人加焊道檢測的市場,2024年規模為27億美元,"
            "比2023年的22億美元成長24%,預估2030年會突破80億美元,年複合成長率約20%。全球手持訂單大概1.5億修正總噸,"
            "一艘大型LNG船要價約2.6億美元。海昇船舶今天直接亮燈漲停,不過焊接機器人占它營收比重很低,大家自己評估。"
        ),
        obs=[
            ("Total", 2023, 22, "USD 100 million", "actual"),
            ("Total", 2024, 27, "USD 100 million", "actual"),
            ("Total", 2030, 80, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (27 / 22) ** (1 / 1) - 1 = 22.73% -> 23, not 24; bounds 26.5 / 22.5 - 1 = 17.78%,
            # 27.5 / 21.5 - 1 = 27.91% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (80 / 27) ** (1 / 6) - 1 = 19.85% -> 20
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on smart engine rooms and AI predictive maintenance of marine engines: YoY
    #     with both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict).
    #     Expected nowhere: the report date and series number, the 620台 engines delivered, the 400家 repair firms,
    #     the target price and upside, the pick's revenue.
    dict(
        text=(
            "【东瀚证券】船舶智能化系列报告之二:智能机舱开启预测性维护新周期(2025年9月15日)\n"
            "摘要:我们测算,2024年我国船舶智能机舱及船用主机AI预测性维护市场规模为24.6亿元,较2023年的19.8亿元同比"
            "增长24.2%;预计2027年市场规模将达到42—48亿元。其中低速主机AI预测性维护占比约45%,为最大细分场景。2024年"
            "我国船用低速机交付约620台,全国船舶修理企业超过400家。首次覆盖给予行业“推荐”评级,重点推荐瀚海动力(目标价"
            "28元,上涨空间24%),公司2024年营业收入12.6亿元。"
        ),
        obs=[
            ("Total", 2023, 19.8, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("value", 42, "CNY 100 million", 2027, 2027, None),
            ("value", 48, "CNY 100 million", 2027, 2027, None),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 19.8) ** (1 / 1) - 1 = 24.24% -> 24.2
        ],
    ),
    # 35. Marine-engine maker's results-briefing transcript (Simplified, 亿元), dated 2025, on AI route and fuel
    #     optimisation sold with new ships and retrofits: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual)
    #     with a YoY holding only by rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere:
    #     the company's revenue and gross margin, the second quarter's net profit, the 146台 engines, the 120亿元
    #     order book.
    dict(
        text=(
            "江海动力科技2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "投资者:公司如何看待船厂和主机厂随船销售的AI航线与能效优化市场?\n"
            "董事长:按我们的测算,今年国内船厂与主机厂随新船及改装项目销售的AI航线规划与油耗优化市场规模约9.5亿元,"
            "去年为7.9亿元,增长约22%。到2028年,这一市场有望达到16亿元,2025—2028年复合增长率约19%。公司上半年营业"
            "收入31.4亿元,毛利率18.6%;第二季度归母净利润1.2亿元。今年上半年公司交付船用主机146台,手持订单约120亿元。"
        ),
        obs=[
            ("Total", 2024, 7.9, "CNY 100 million", "actual"),
            ("Total", 2025, 9.5, "CNY 100 million", "estimate"),
            ("Total", 2028, 16, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (9.5 / 7.9) ** (1 / 1) - 1 = 20.25% -> 20, not 22; bounds 9.45 / 7.95 - 1 = 18.87%,
            # 9.55 / 7.85 - 1 = 21.66% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (16 / 9.5) ** (1 / 3) - 1 = 18.98% -> 19
        ],
    ),
    # 36. Markdown table (USD million, global) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2030F is an estimate; the block-planning CAGR holds only by rounding, the digital-twin CAGR by no
    #     reading (inconsistent). Expected nowhere: the table number, the US$190 billion of newbuilding contracts and
    #     the 105,000 ships in the note.
    dict(
        text=(
            "Table 3. Global AI in shipbuilding and marine engineering by segment (USD million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI hull and propeller design optimisation | 268 | 712 | 17.7% |\n"
            "| AI welding robots and weld inspection | 534 | 1,296 | 15.9% |\n"
            "| AI block, dock and crane planning | 187 | 560 | 20.0% |\n"
            "| AI predictive maintenance of engines on board | 412 | 1,018 | 16.3% |\n"
            "| AI vessel digital twins | 149 | 494 | 22.6% |\n"
            "| Total | 1,550 | 4,080 | 17.5% |\n"
            "Note: F = forecast. Source: Meridian Naval Economics, from yard procurement data and supplier filings. "
            "Excludes the roughly US$190 billion of newbuilding contracts signed worldwide in 2024; the world fleet "
            "counts some 105,000 ships."
        ),
        obs=[
            ("AI hull and propeller design optimisation", 2024, 268, "USD million", "actual"),
            ("AI hull and propeller design optimisation", 2030, 712, "USD million", "estimate"),
            ("AI welding robots and weld inspection", 2024, 534, "USD million", "actual"),
            ("AI welding robots and weld inspection", 2030, 1296, "USD million", "estimate"),
            ("AI block, dock and crane planning", 2024, 187, "USD million", "actual"),
            ("AI block, dock and crane planning", 2030, 560, "USD million", "estimate"),
            ("AI predictive maintenance of engines on board", 2024, 412, "USD million", "actual"),
            ("AI predictive maintenance of engines on board", 2030, 1018, "USD million", "estimate"),
            ("AI vessel digital twins", 2024, 149, "USD million", "actual"),
            ("AI vessel digital twins", 2030, 494, "USD million", "estimate"),
            ("Total", 2024, 1550, "USD million", "actual"),
            ("Total", 2030, 4080, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (712 / 268) ** (1 / 6) - 1 = 17.69% -> 17.7
            ("cagr|implied", "exact"),  # (1296 / 534) ** (1 / 6) - 1 = 15.93% -> 15.9
            # (560 / 187) ** (1 / 6) - 1 = 20.06% -> 20.1, not 20.0; bounds (559.5 / 187.5) ** (1/6) - 1 = 19.987%,
            # (560.5 / 186.5) ** (1/6) - 1 = 20.13% -> 20.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1018 / 412) ** (1 / 6) - 1 = 16.27% -> 16.3
            # (494 / 149) ** (1 / 6) - 1 = 22.11%; bounds (493.5 / 149.5) ** (1/6) - 1 = 22.02%,
            # (494.5 / 148.5) ** (1/6) - 1 = 22.20% -> 22.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (4080 / 1550) ** (1 / 6) - 1 = 17.50% -> 17.5
            ("hierarchy", "exact"),  # 2024: 268 + 534 + 187 + 412 + 149 = 1,550
            ("hierarchy", "exact"),  # 2030F: 712 + 1,296 + 560 + 1,018 + 494 = 4,080
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese shipbuilding and marine engineering with a
    #     Total row and a YoY column; the engine-monitoring YoY is reached by no reading (inconsistent). Expected
    #     nowhere: the chart number, the 9 million gross tonnes of completions and the 290 yards in the note.
    dict(
        text=(
            "Chart 4. Japan: AI in shipbuilding and marine engineering by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI hull form and propeller design\t6.4\t7.9\t23.4%\n"
            "AI welding robots and weld inspection\t14.2\t17.1\t20.4%\n"
            "AI block and dock scheduling\t5.1\t6.3\t23.5%\n"
            "AI engine condition monitoring on board\t9.6\t11.8\t25.9%\n"
            "Total\t35.3\t43.1\t22.1%\n"
            "Note: fiscal years to March. Source: Setouchi Marine Technology Institute, from contracts with "
            "shipbuilders, engine makers and owners; Japan's completions of about 9 million gross tonnes a year and its "
            "roughly 290 operating yards are given for context only."
        ),
        obs=[
            ("AI hull form and propeller design", 2023, 6.4, "JPY billion", "actual"),
            ("AI hull form and propeller design", 2024, 7.9, "JPY billion", "actual"),
            ("AI welding robots and weld inspection", 2023, 14.2, "JPY billion", "actual"),
            ("AI welding robots and weld inspection", 2024, 17.1, "JPY billion", "actual"),
            ("AI block and dock scheduling", 2023, 5.1, "JPY billion", "actual"),
            ("AI block and dock scheduling", 2024, 6.3, "JPY billion", "actual"),
            ("AI engine condition monitoring on board", 2023, 9.6, "JPY billion", "actual"),
            ("AI engine condition monitoring on board", 2024, 11.8, "JPY billion", "actual"),
            ("Total", 2023, 35.3, "JPY billion", "actual"),
            ("Total", 2024, 43.1, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.9 / 6.4 - 1 = 23.44% -> 23.4
            ("cagr|implied", "exact"),  # 17.1 / 14.2 - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),  # 6.3 / 5.1 - 1 = 23.53% -> 23.5
            # 11.8 / 9.6 - 1 = 22.92%; bounds 11.75 / 9.65 - 1 = 21.76%, 11.85 / 9.55 - 1 = 24.08%
            # -> 25.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 43.1 / 35.3 - 1 = 22.10% -> 22.1
            ("hierarchy", "exact"),  # FY2023: 6.4 + 14.2 + 5.1 + 9.6 = 35.3
            ("hierarchy", "exact"),  # FY2024: 7.9 + 17.1 + 6.3 + 11.8 = 43.1
        ],
    ),
    # 38. Space-aligned table (GBP million, United Kingdom, 2024) of AI spending by naval and commercial shipyards by
    #     use with a share column and a Total row (its 100.0% is no claim); two shares hold only by rounding.
    #     Expected nowhere: the 27 yards surveyed, the £4.6 billion of naval shipbuilding and the 14 frigates in the
    #     note.
    dict(
        text=(
            "United Kingdom: AI spending by naval and commercial shipyards by use, 2024 (\u00a3 million)\n"
            "Use                                      \u00a3m     Share\n"
            "AI welding and weld inspection         21.4     35.1%\n"
            "AI hull and propeller design           15.8     26.0%\n"
            "AI block, dock and crane planning       9.7     16.0%\n"
            "AI vessel digital twins                 8.6     14.2%\n"
            "AI engine predictive maintenance        5.3      8.7%\n"
            "Total                                  60.8    100.0%\n"
            "Note: Solent Maritime Observatory survey of 27 yards and design offices; the roughly \u00a34.6 billion a "
            "year of naval shipbuilding and the 14 frigates on order are given for context only."
        ),
        obs=[
            ("AI welding and weld inspection", 2024, 21.4, "GBP million", "actual"),
            ("AI hull and propeller design", 2024, 15.8, "GBP million", "actual"),
            ("AI block, dock and crane planning", 2024, 9.7, "GBP million", "actual"),
            ("AI vessel digital twins", 2024, 8.6, "GBP million", "actual"),
            ("AI engine predictive maintenance", 2024, 5.3, "GBP million", "actual"),
            ("Total", 2024, 60.8, "GBP million", "actual"),
        ],
        claims=[
            ("share", 35.1, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 21.4 / 60.8 = 35.20% -> 35.2, not 35.1; bounds 21.35 / 60.85 = 35.09%, 21.45 / 60.75 = 35.31%
            # -> 35.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 15.8 / 60.8 = 25.99% -> 26.0
            ("arithmetic", "exact"),  # 9.7 / 60.8 = 15.95% -> 16.0
            # 8.6 / 60.8 = 14.14% -> 14.1, not 14.2; bounds 8.55 / 60.85 = 14.05%, 8.65 / 60.75 = 14.24%
            # -> 14.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 5.3 / 60.8 = 8.72% -> 8.7
            ("hierarchy", "exact"),  # 21.4 + 15.8 + 9.7 + 8.6 + 5.3 = 60.8
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Finland) with a lone value column headed by its unit only
    #     (the market's Total) and a YoY column; 2025F is an estimate; a CAGR of printed span in the note. Expected
    #     nowhere: the caption's year span, the €4 billion of annual yard output and the €600 million icebreaker.
    dict(
        text=(
            "Finland: market for AI in shipbuilding and marine engineering, 2021-2025F\n"
            "Year | EUR m | YoY\n"
            "2021 | 38 | -\n"
            "2022 | 47 | 23.7%\n"
            "2023 | 59 | 25.5%\n"
            "2024 | 72 | 22.0%\n"
            "2025F | 88 | 22.2%\n"
            "Note: F = forecast; CAGR 2021-2025F: 23.4%. Source: Saaristo Marine Research, from contracts of cruise, "
            "icebreaker and ferry yards with AI design, welding and planning suppliers. Excludes the roughly \u20ac4 "
            "billion of annual yard output; a new polar icebreaker costs some \u20ac600 million."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2022, 47, "EUR million", "actual"),
            ("Total", 2023, 59, "EUR million", "actual"),
            ("Total", 2024, 72, "EUR million", "actual"),
            ("Total", 2025, 88, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2021, 2022, 1.0),
            ("growth", 25.5, "percent", 2022, 2023, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2024, 2025, 1.0),
            ("cagr", 23.4, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47 / 38 - 1 = 23.68% -> 23.7
            ("cagr|implied", "exact"),  # 59 / 47 - 1 = 25.53% -> 25.5
            ("cagr|implied", "exact"),  # 72 / 59 - 1 = 22.03% -> 22.0
            ("cagr|implied", "exact"),  # 88 / 72 - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # (88 / 38) ** (1 / 4) - 1 = 23.36% -> 23.4
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's shipbuilding with a 合計 row; 2025年(預估) is an
    #     estimate; the 2025 合計 holds only by rounding. Expected nowhere: the table number, the title's year span,
    #     the 40艘 ships completed and 8座 slipways in the note.
    dict(
        text=(
            "表5 2023—2025年台灣造船業AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI焊接機器人與焊道檢測 | 4.2 | 5.1 | 6.3\n"
            "AI分段與船塢排程 | 1.8 | 2.3 | 2.9\n"
            "AI船體與螺槳設計最佳化 | 2.6 | 3.2 | 3.9\n"
            "船舶數位孿生 | 1.1 | 1.5 | 2.0\n"
            "合計 | 9.7 | 12.1 | 15.2\n"
            "資料來源:高雄海洋產業研究所;2025年為預估值,因四捨五入,各項加總與合計或有差異。國內造船廠年完工約40艘、"
            "船台8座,僅供參考。"
        ),
        obs=[
            ("AI焊接機器人與焊道檢測", 2023, 4.2, "TWD 100 million", "actual"),
            ("AI焊接機器人與焊道檢測", 2024, 5.1, "TWD 100 million", "actual"),
            ("AI焊接機器人與焊道檢測", 2025, 6.3, "TWD 100 million", "estimate"),
            ("AI分段與船塢排程", 2023, 1.8, "TWD 100 million", "actual"),
            ("AI分段與船塢排程", 2024, 2.3, "TWD 100 million", "actual"),
            ("AI分段與船塢排程", 2025, 2.9, "TWD 100 million", "estimate"),
            ("AI船體與螺槳設計最佳化", 2023, 2.6, "TWD 100 million", "actual"),
            ("AI船體與螺槳設計最佳化", 2024, 3.2, "TWD 100 million", "actual"),
            ("AI船體與螺槳設計最佳化", 2025, 3.9, "TWD 100 million", "estimate"),
            ("船舶數位孿生", 2023, 1.1, "TWD 100 million", "actual"),
            ("船舶數位孿生", 2024, 1.5, "TWD 100 million", "actual"),
            ("船舶數位孿生", 2025, 2.0, "TWD 100 million", "estimate"),
            ("合計", 2023, 9.7, "TWD 100 million", "actual"),
            ("合計", 2024, 12.1, "TWD 100 million", "actual"),
            ("合計", 2025, 15.2, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.2 + 1.8 + 2.6 + 1.1 = 9.7
            ("hierarchy", "exact"),  # 2024: 5.1 + 2.3 + 3.2 + 1.5 = 12.1
            # 2025(預估): 6.3 + 2.9 + 3.9 + 2.0 = 15.1 vs 15.2; rows' bounds 14.9-15.3, total's 15.15-15.25
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 18, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€38 million or about 40%',
    'A second house, Weserstrand Analytics',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2倍',
    '新台幣7.8億元',
    '億港元',
    '中央社記者陳怡君高雄2025年3月18日電',
    '| Region | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 32.7 | 22.3%',
    'Keelwright Robotics Q3 2025 earnings call, November 6, 2025',
    'Working Paper 2025/11. Abstract:',
    '4/ In kroner the 2024 figure is roughly NOK 3.4bn',
    'Correction: An earlier version of this article put the 2023 figure at €66 million',
    '2.5 times the €560 million it was worth in 2020',
    '- 2025E TAM: US$2.9B (+21% YoY), about ₩4.0tn',
    'Pacifica Ocean Analytics is far more bullish and puts 2030 at $310 million',
    '₩620 billion in 2024, up 27% year on year',
    '较2020年增长2倍',
    '標題 [情報] 研調:全球船廠AI焊接市場2030年上看80億美元',
    '预计2027年市场规模将达到42—48亿元',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '合計 | 9.7 | 12.1 | 15.2',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 203
#: figures, 71 rates, 97 verdicts and 2 false inconsistent
#: after the readings chosen on it and the two-hundred-and-fiftieth set: 207, 71, 99 and 0
FLOORS = {"figures_found": 207, "rates_found": 71, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset248.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
