"""A two-hundred-and-thirty-third check set for the extractor, written blind: AI in fisheries and aquaculture: AI feeding
control and fish-health vision in salmon and shrimp farms, AI sea-lice and disease detection, AI catch monitoring and
electronic logbooks on fishing vessels, AI for fish-stock assessment and illegal-fishing surveillance from satellites,
AI grading and processing lines in seafood plants; sized in money by fisheries ministries and agencies, seafood and
aquaculture industry bodies, brokers, consultancies, research houses and seafood companies' investor days, in Norway
(kroner only as an aside), Chile (pesos only as an aside), the United States, Canada, the United Kingdom, Spain,
Denmark, Iceland, Japan, South Korea (won only as an aside), Vietnam, Australia, mainland China, Taiwan and Hong Kong
(currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total
seafood or aquaculture sales beside the AI part, tonnes harvested or landed, numbers of farms, vessels, pens or cameras,
a feeding system's price, a company's own revenue or margin, a funding round and valuation, a quarter's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in fisheries and aquaculture: eight English prose texts (a Seattle
wire release on electronic monitoring and e-logbooks on US fishing vessels, a Tokyo broker note in fiscal years and yen
on fish-farm feeding and health vision, an Aberdeen briefing on Scottish salmon farms with three segments and shares, a
Vigo article on catch monitoring quoting two research houses, a Bergen capital markets day sizing a TAM for feeding
control and fish-health vision, a Danish ministry strategy with last-year/this-year figures and a 2030 target, a
correction notice on a Chilean salmon story with a range, a Vietnamese shrimp blog with 'nearly 3x'), seven Chinese
prose texts (a smart-fisheries report, a Shandong plan with 力争到 and 增长2倍, a Xinhua story on vessel and illegal-fishing
surveillance quoting two institutes, a Taiwan smart-aquaculture white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA
story on e-catch reporting with 去年/今年, a broker deep-dive on seafood-plant grading with a range) and five tables
(markdown Norway salmon segments with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned South Korea uses
with shares, a vertical Chile table of years with YoY, a tab-separated Canada segment table). Left out: total seafood,
landing, export and aquaculture values beside the AI part, tonnes, counts of farms, sites, vessels, pens, ponds and
respondents, feeder, camera and rig prices, companies' revenue, margins, orders and share goals, funding rounds and
valuations, quarter figures, survey answers, kroner, pesos and won, a second house's figure, a correction's wrong range,
a share in words. Inconsistent: the Vigo 22% CAGR, the Chile 2023 YoY and the Canada 2025F Total. Only by rounding: the
Tokyo and Taiwan CAGRs, the Aberdeen sea-lice share, the Shandong 29.7% YoY, the Norway fish-health row's CAGR, the
2024年 合计 and the Korean processing-line share.

Snippets 21-40: Twenty snippets on AI in fisheries and aquaculture (feeding control and fish-health vision in salmon and
shrimp farms, sea-lice and disease detection, catch monitoring and electronic logbooks, satellite surveillance of
illegal fishing, AI grading lines in seafood plants): eight English prose pieces (a Norwegian earnings call sizing a
salmon TAM, a US working-paper abstract, a Vietnamese shrimp thread, an Edinburgh article with a correction line, an
Icelandic shareholder letter with a multiple, Bergen investor-day slides, a forum answer quoting two houses, a Seoul
broker note in won with claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a Zhoushan plan
with a part in 万元, a Taipei release, a Hong Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range,
a results-briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-separated yen with a YoY
column, space-aligned euros with a share column, a vertical Chilean table of years with two named columns, a 新台幣億元 table
with a 合計 row). Left out: seafood, shrimp and aquaculture sales and exports, tonnes landed or harvested, counts of
farms, pens, vessels, cameras and concessions, feeder and barge prices, companies' own revenue, margins and share
targets, funding rounds and valuations, a quarter's figure, percentage points, survey percentages, kroner, dong, krónur
and won amounts, a second house's figure, a corrected misprint. Inconsistent: the shrimp thread's 19.8% CAGR, the Hong
Kong 25% CAGR, the markdown grading CAGR, the Taiwan table's 2025 合計. Rounding only: the working paper's 19.5%, the
slides' 14% CAGR, the forum's 18%, the Zhoushan 15.2% share, the PTT 25%, the markdown catch-monitoring CAGR, the yen
grading YoY, the euro fish-health share and the Taiwan table's 2023 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Seattle wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 640 vessel owners surveyed, the 3.9 million tonnes landed and their $5.7 billion
    #    value (total sales), the $14,000 camera-system price, the 57% survey answer.
    dict(
        text=(
            "SEATTLE, March 11, 2025 /PRNewswire/ -- U.S. commercial fishing fleets and fishery managers spent $401 "
            "million on AI electronic monitoring, automated catch counting and electronic logbooks in 2024, up 29% from "
            "$312 million in 2023, according to the 2025 Fleet Intelligence Report released today by Puget Sound "
            "Maritime Analytics. The firm, which surveyed 640 vessel owners, projects spending of $1.6 billion by 2030, "
            "a compound annual growth rate of 26% from 2024 to 2030. U.S. commercial landings came to some 3.9 million "
            "tonnes worth about $5.7 billion in 2023, and an onboard camera monitoring system costs roughly $14,000 per "
            "vessel. Some 57% of the owners said they expect regulators to accept AI video review in place of observers."
        ),
        obs=[
            ("Total", 2023, 312, "USD million", "actual"),
            ("Total", 2024, 401, "USD million", "actual"),
            ("Total", 2030, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (401 / 312) ** (1 / 1) - 1 = 28.53% -> 29
            ("cagr|implied", "exact"),  # (1600 / 401) ** (1 / 6) - 1 = 25.94% -> 26
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 20.58%. Expected nowhere: the dateline, the ¥540bn of
    #    marine aquaculture output and its 900,000 tonnes, the covered firm's sales, growth, margin, target price and
    #    upside, the ¥28 million feeder price.
    dict(
        text=(
            "Tokyo, 22 May 2025. Japan Marine Products, sector note. We size the Japanese market for AI feeding control, "
            "fish-counting cameras and fish-health vision in yellowtail, sea bream and bluefin tuna farms at ¥18.4bn in "
            "FY2024 and forecast ¥46.9bn by FY2029e, a CAGR of about 20%. Japan's marine aquaculture output was worth "
            "some ¥540bn last year on roughly 900,000 tonnes. Our top pick, Umisachi Systems (Buy, TP ¥3,200, 31% "
            "upside), grew FY2024 sales 24% to ¥12.6bn at an 11.8% operating margin; its automatic tuna feeder sells "
            "for about ¥28 million per pen."
        ),
        obs=[
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2029, 46.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (46.9 / 18.4) ** (1 / 5) - 1 = 20.58% -> 21, not 20; bounds (46.85 / 18.45) ** (1/5) - 1 = 20.49%,
            # (46.95 / 18.35) ** (1/5) - 1 = 20.67% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Aberdeen research briefing: a total in GBP million and three segments with shares (sea-lice counting and
    #    detection's "about 39%" holds only by rounding); a 2029 forecast (estimate). Expected nowhere: the 46
    #    companies interviewed, the 170,000 tonnes harvested, the £840 million of salmon exports (total sales), the
    #    roughly 200 marine sites.
    dict(
        text=(
            "ABERDEEN, 9 September 2025 - Scottish salmon and trout farmers spent £138 million on AI tools in 2024, "
            "according to a briefing from the Grampian Aquaculture Institute. Sea-lice counting and detection took the "
            "largest slice, £53 million or about 39%, followed by feeding control at £41 million (30%). Fish-health and "
            "mortality vision came to £19 million, some 14% of the total. The institute, which interviewed 46 farming "
            "companies, expects spending to reach £310 million in 2029. Scottish farms harvested about 170,000 tonnes "
            "of salmon last year, exports were worth some £840 million, and the sector runs roughly 200 active marine "
            "sites."
        ),
        obs=[
            ("Total", 2024, 138, "GBP million", "actual"),
            ("Sea-lice counting and detection", 2024, 53, "GBP million", "actual"),
            ("Feeding control", 2024, 41, "GBP million", "actual"),
            ("Fish-health and mortality vision", 2024, 19, "GBP million", "actual"),
            ("Total", 2029, 310, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 30, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 53 / 138 = 38.41% -> 38, not 39; bounds 52.5 / 138.5 = 37.91%, 53.5 / 137.5 = 38.91% -> 39 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41 / 138 = 29.71% -> 30
            ("arithmetic", "exact"),  # 19 / 138 = 13.77% -> 14
        ],
    ),
    # 4. Vigo article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 21%" holds, its 22% CAGR is inconsistent. Expected nowhere: Cantábrico Insight's €59 million for 2024,
    #    the 8,700 vessels, the 800,000 tonnes landed, the €2.0 billion first-sale value, the 52% poll answer.
    dict(
        text=(
            "VIGO, 3 June 2025 - Spanish fishing fleets spent €46 million on AI catch monitoring, electronic logbooks "
            "and onboard species recognition in 2024, up 21% on €38 million in 2023, according to the Galician research "
            "house Ría Data Analytics. It forecasts €130 million in 2030, which it calls compound annual growth of 22% "
            "over 2024-2030. A second house, Cantábrico Insight, puts 2024 spending at €59 million because it also "
            "counts port-side auction software. Spain's roughly 8,700 registered vessels landed some 800,000 tonnes "
            "last year with a first-sale value of about €2.0 billion. In a poll, 52% of skippers said the EU's "
            "control rules were their main reason to install cameras."
        ),
        obs=[
            ("Total", 2023, 38, "EUR million", "actual"),
            ("Total", 2024, 46, "EUR million", "actual"),
            ("Total", 2030, 130, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 38) ** (1 / 1) - 1 = 21.05% -> 21
            # (130 / 46) ** (1 / 6) - 1 = 18.90% -> 19, not 22; bounds (129.5 / 46.5) ** (1/6) - 1 = 18.61%,
            # (130.5 / 45.5) ** (1/6) - 1 = 19.20% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Capital markets day transcript (Bergen): the total addressable market the company sizes is the market
    #    (Total), in USD billion, with "roughly a 17% CAGR" over a printed span. Expected nowhere: the company's NOK
    #    revenue (kroner, and its own revenue) and EBIT margin, its 2,600 pens with cameras, its 25% share goal, the
    #    second quarter's $22 million order intake.
    dict(
        text=(
            "Nordvik Aqua ASA Capital Markets Day, Bergen, June 5, 2025 - transcript excerpt. Ingrid Solberg, chief "
            "executive: \"Let me size the opportunity, in U.S. dollars. We put the total addressable market for AI "
            "feeding control and fish-health vision in salmon farming worldwide, meaning pellet-detection cameras, "
            "appetite models and lice and wound recognition, at $1.8 billion in 2024, and we expect it to reach $4.6 "
            "billion in 2030. That is roughly a 17% CAGR from 2024 to 2030. Our own revenue was NOK 3.1 billion last "
            "year at an 18% EBIT margin, our cameras now sit in some 2,600 pens, and we aim for a 25% share of that "
            "market. In the second quarter alone we booked $22 million of orders.\""
        ),
        obs=[
            ("Total", 2024, 1.8, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 1.8) ** (1 / 6) - 1 = 16.93% -> 17
        ],
    ),
    # 6. Copenhagen ministry strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); "about 23%" kept at its printed figure. Expected nowhere: the DKK 60 million pilot pool (kroner),
    #    the 30 companies, the 2,100 vessels, the 600,000 tonnes landed, the 61% survey answer.
    dict(
        text=(
            "COPENHAGEN, 27 January 2025 - Denmark's Ministry of Food, Agriculture and Fisheries estimates in its new "
            "Blue Data Strategy that Danish fishing companies, fish farms and seafood processors spent €31 million on "
            "AI catch registration, fish-health monitoring and grading last year, and it expects €38 million this "
            "year, an increase of about 23%. The strategy sets a target of €95 million by 2030. It sets aside a DKK 60 "
            "million pool for pilots at 30 companies and notes that the country's some 2,100 registered vessels landed "
            "about 600,000 tonnes of fish in 2023. In a survey it cites, 61% of processors said they would add "
            "AI grading within three years."
        ),
        obs=[
            ("Total", 2024, 31, "EUR million", "actual"),
            ("Total", 2025, 38, "EUR million", "estimate"),
            ("Total", 2030, 95, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 31) ** (1 / 1) - 1 = 22.58% -> 23
        ],
    ),
    # 7. Correction notice on a Chilean salmon story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$280-330 million,
    #    the 77 billion pesos (not in the unit table), the US$6.4 billion of exports, the 1,300 concessions, the
    #    US$25,000 camera-rig price; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 2 December 2025: An earlier version of this article misstated the 2030 forecast. Los Lagos "
            "Acuícola Consultores expects the Chilean market to reach US$180 million to US$230 million in 2030, not "
            "US$280 million to US$330 million.\n"
            "Chilean salmon farmers spent US$82 million in 2024 on AI sea-lice counting, feeding control and "
            "algal-bloom early warning, according to Los Lagos Acuícola Consultores, a Puerto Montt consultancy. It "
            "expects the market to reach US$180 million to US$230 million in 2030 as farms move further south into "
            "Aysén and Magallanes. In pesos, the 2024 figure came to about 77 billion pesos. Chile exported some US$6.4 "
            "billion of salmon and trout last year from about 1,300 farming concessions, and a pen camera rig costs "
            "roughly US$25,000."
        ),
        obs=[
            ("Total", 2024, 82, "USD million", "actual"),
        ],
        claims=[
            ("value", 180, "USD million", 2030, 2030, None),
            ("value", 230, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Vietnamese shrimp-farming blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no
    #    verdict); "about $24 million" kept at its printed figure. Expected nowhere: the $4 billion of shrimp exports
    #    (total sales), the start-up's funding round and valuation, the first quarter's 4,100 ponds, the $1,200 feeder
    #    price.
    dict(
        text=(
            "Mekong Pond Notes, a shrimp-farming blog, February 17, 2025 - Cameras over the ponds. Vietnamese shrimp "
            "farms spent about $24 million on AI feeding control, pond-water prediction and shrimp-size vision in "
            "2021; by 2024 spending was nearly 3x that, at $68 million, according to Saigon AquaMetrics. That compares "
            "with roughly $4 billion of shrimp exports last year. The Can Tho start-up TomSense raised $9 million in "
            "January at a $55 million valuation, and in the first quarter of 2025 its cameras watched over 4,100 ponds. "
            "An automatic feeder with an acoustic appetite sensor costs some $1,200."
        ),
        obs=[
            ("Total", 2021, 24, "USD million", "actual"),
            ("Total", 2024, 68, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (智能投喂系统) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 约7,300万吨 output, the 超过3万亿元
    #    fishery output value (total sales), the 约13万艘 vessels, the 59% survey answer.
    dict(
        text=(
            "《2025中国智慧渔业发展报告》日前在青岛发布。报告显示，2024年我国渔业人工智能应用（智能投喂、鱼病视觉识别、"
            "水质智能监测、渔船智能监管等）市场规模达到58.4亿元，同比增长24.5%，2023年为46.9亿元。其中，智能投喂系统"
            "市场规模为21.7亿元，占比37.2%。报告预计，到2030年该市场规模将达到176亿元，2024—2030年复合增长率为20.2%。"
            "报告同时指出，2024年全国水产品总产量约7,300万吨，渔业经济总产值超过3万亿元，全国海洋捕捞渔船约13万艘；"
            "受访养殖企业中有59%计划两年内部署智能投喂设备。"
        ),
        obs=[
            ("Total", 2023, 46.9, "CNY 100 million", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("智能投喂系统", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2030, 176, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 37.2, "percent", 2024, 2024, None),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.4 / 46.9) ** (1 / 1) - 1 = 24.52% -> 24.5
            ("arithmetic", "exact"),  # 21.7 / 58.4 = 37.16% -> 37.2
            ("cagr|implied", "exact"),  # (176 / 58.4) ** (1 / 6) - 1 = 20.18% -> 20.2
        ],
    ),
    # 10. Shandong provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长29.7% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept
    #     as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 30座 offshore
    #     platforms, the 70处 marine ranches, the 5亿元 provincial fund.
    dict(
        text=(
            "山东省海洋局日前印发《山东省智慧海洋渔业三年行动方案（2025—2027年）》。方案显示，2024年全省海洋渔业人工"
            "智能应用市场规模达12.6亿元，同比增长29.7%，2023年为9.7亿元。方案提出，力争到2027年全省海洋渔业人工智能"
            "应用市场规模突破40亿元，较2024年增长2倍，重点海洋牧场基本实现智能监测全覆盖。方案还明确，新建深远海养殖"
            "平台30座，建成国家级海洋牧场示范区超过70处，省级财政安排专项资金5亿元。"
        ),
        obs=[
            ("Total", 2023, 9.7, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.7, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (12.6 / 9.7) ** (1 / 1) - 1 = 29.90% -> 29.9, not 29.7; bounds 12.55 / 9.75 - 1 = 28.72%,
            # 12.65 / 9.65 - 1 = 31.09% -> 29.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on vessel monitoring and illegal-fishing surveillance:
    #     the first institute's base, YoY and target are the snippet's (约25% at its printed figure). Expected nowhere:
    #     the second institute's 33亿元 for 2024, the dateline, the conference's title year, the 约4.2万艘 vessels
    #     with terminals, the 约3,600起 cases.
    dict(
        text=(
            "新华社北京2025年4月8日电（记者陈海涛）记者从2025中国海洋渔业科技大会上获悉，据中海渔数研究院测算，2024年"
            "我国渔船智能监管与卫星非法捕捞监测市场规模达26.8亿元，比上年的21.5亿元增长24.7%。该院预计，到2027年市场"
            "规模将达到52亿元，2024年至2027年年均复合增长率约25%。另一家机构蓝海渔业信息研究所则估算，2024年这一市场"
            "规模为33亿元。据统计，全国已有约4.2万艘渔船安装北斗智能终端，2024年伏季休渔期间各地查处违规案件约3,600起。"
        ),
        obs=[
            ("Total", 2023, 21.5, "CNY 100 million", "actual"),
            ("Total", 2024, 26.8, "CNY 100 million", "actual"),
            ("Total", 2027, 52, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.8 / 21.5) ** (1 / 1) - 1 = 24.65% -> 24.7
            ("cagr|implied", "exact"),  # (52 / 26.8) ** (1 / 3) - 1 = 24.73% -> 25
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that holds only
    #     by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the 約4.2萬公頃 of
    #     land-based ponds, the 新台幣460億元 aquaculture output value (total sales), the 新台幣18萬元 feeder price.
    dict(
        text=(
            "《2025臺灣智慧養殖白皮書》指出，2024年國內石斑魚、白蝦與虱目魚養殖導入AI自動投餵、魚病影像辨識與水質預警"
            "的市場規模為新台幣9.8億元，預估2029年將成長至新台幣26.3億元，2024至2029年年複合成長率達21.9%。白皮書並"
            "指出，臺灣陸上魚塭面積約4.2萬公頃，2024年養殖漁業產值約新台幣460億元，一套智慧投餌機售價約新台幣18萬元。"
        ),
        obs=[
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2029, 26.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (26.3 / 9.8) ** (1 / 5) - 1 = 21.83% -> 21.8, not 21.9; bounds (26.25 / 9.85) ** (1/5) - 1 = 21.66%,
            # (26.35 / 9.75) ** (1/5) - 1 = 22.00% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約1.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 26個 fish culture zones, the 約900個 licensed farmers, the 約210億港元 of
    #     seafood imports (total sales), the 35萬港元 camera price, the 約三成 farmers (a share in words and a survey),
    #     the start-up's 2,000萬港元 funding round.
    dict(
        text=(
            "香港漁農業界聯會昨日公布研究報告指出，2024年本港魚類養殖區、海鮮批發市場及海鮮加工廠採用的AI魚群健康監測、"
            "水質預警及海鮮分級系統，市場規模約1.6億港元，較2023年的1.3億港元增長23.1%。報告預計，2028年市場規模將升至"
            "3.4億港元，2024至2028年年均複合增長率約21%。報告又指，全港現有26個魚類養殖區，持牌養魚戶約900個，去年本港"
            "海鮮進口總值約210億港元，一套水底攝影監測系統售價約35萬港元，約三成受訪養魚戶表示考慮轉用智能投餌。本地初創"
            "海瞳科技上月完成2,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.3, "HKD 100 million", "actual"),
            ("Total", 2024, 1.6, "HKD 100 million", "actual"),
            ("Total", 2028, 3.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.6 / 1.3) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (3.4 / 1.6) ** (1 / 4) - 1 = 20.74% -> 21
        ],
    ),
    # 14. Kaohsiung news-agency story (Traditional, CNA dateline 2025) on e-catch reporting on vessels: 去年 is 2024
    #     (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere:
    #     the first quarter's 0.9億元, the tuna company's own revenue and gross margin, the 約1,100艘 vessels.
    dict(
        text=(
            "（中央社記者張雅婷高雄2025年5月20日電）市調機構海研產業顧問今天表示，去年台灣遠洋及近海漁船導入AI電子漁獲"
            "回報、船上魚種辨識與衛星漁場預測的市場規模約新台幣3.8億元，今年在國際打擊非法捕撈規範趨嚴帶動下，可望成長"
            "21%至4.6億元。不過今年第一季市場規模約新台幣0.9億元，略低於預期。遠洋漁業龍頭豐海水產去年營收新台幣265億元，"
            "毛利率約14%；台灣目前約有1,100艘遠洋漁船。"
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
    # 15. Broker deep-dive (Simplified) on AI grading and processing lines in seafood plants: 2023/2024 actuals with a
    #     31.9% YoY; the 2027 range 36亿—42亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its second-quarter orders, the
    #     约2,200万吨 of processed products.
    dict(
        text=(
            "海通达证券研究所2025年9月深度报告《水产加工AI：从智能分级到无人化产线》。我们测算，2024年国内水产加工AI"
            "（智能分级分拣、视觉去骨检测、智能称重包装等）市场规模为15.3亿元，同比增长31.9%，2023年为11.6亿元。随着"
            "人工成本上升和出口品质要求提高，我们预计2027年市场规模将达到36亿—42亿元。行业龙头鲜智装备2024年营收4.8亿元，"
            "毛利率41%，首次覆盖给予“买入”评级，目标价58元；公司二季度新签订单同比增长55%。目前全国水产加工品年产量约"
            "2,200万吨。"
        ),
        obs=[
            ("Total", 2023, 11.6, "CNY 100 million", "actual"),
            ("Total", 2024, 15.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.9, "percent", 2023, 2024, 1.0),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
            ("value", 42, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.3 / 11.6) ** (1 / 1) - 1 = 31.90% -> 31.9
        ],
    ),
    # 16. Markdown table (Norway salmon farming, USD million) with a 2024-30 CAGR column and a Total row: each row's
    #     CAGR is stated (span in the header); the fish-health row's 20.5% holds only by rounding; rows add to the
    #     Total in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year,
    #     the krone conversion rate.
    dict(
        text=(
            "Table 3. Norway: AI in salmon farming by segment (USD million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| Sea-lice detection and counting | 62.4 | 168.3 | 18.0% |\n"
            "| Feeding control | 48.7 | 121.6 | 16.5% |\n"
            "| Fish-health and welfare vision | 27.5 | 83.9 | 20.5% |\n"
            "| Total | 138.6 | 373.8 | 18.0% |\n"
            "Source: Fjordline Aqua Research, Salmon Tech Outlook 2025; Norwegian-krone spending converted at NOK 10.8 "
            "to the dollar. F = forecast."
        ),
        obs=[
            ("Sea-lice detection and counting", 2024, 62.4, "USD million", "actual"),
            ("Sea-lice detection and counting", 2030, 168.3, "USD million", "estimate"),
            ("Feeding control", 2024, 48.7, "USD million", "actual"),
            ("Feeding control", 2030, 121.6, "USD million", "estimate"),
            ("Fish-health and welfare vision", 2024, 27.5, "USD million", "actual"),
            ("Fish-health and welfare vision", 2030, 83.9, "USD million", "estimate"),
            ("Total", 2024, 138.6, "USD million", "actual"),
            ("Total", 2030, 373.8, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168.3 / 62.4) ** (1 / 6) - 1 = 17.98% -> 18.0
            ("cagr|implied", "exact"),  # (121.6 / 48.7) ** (1 / 6) - 1 = 16.48% -> 16.5
            # (83.9 / 27.5) ** (1 / 6) - 1 = 20.43% -> 20.4, not 20.5; bounds (83.85 / 27.55) ** (1/6) - 1 = 20.38%,
            # (83.95 / 27.45) ** (1/6) - 1 = 20.48% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (373.8 / 138.6) ** (1 / 6) - 1 = 17.98% -> 18.0
            ("hierarchy", "exact"),  # 2024: 62.4 + 48.7 + 27.5 = 138.6
            ("hierarchy", "exact"),  # 2030F: 168.3 + 121.6 + 83.9 = 373.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国渔业人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能投喂\t14.2\t18.9\t24.6\n"
            "鱼病智能诊断\t9.6\t12.8\t16.9\n"
            "水质智能监测\t7.3\t9.5\t12.4\n"
            "渔船智能监管\t4.1\t5.7\t7.8\n"
            "合计\t35.2\t47.0\t61.7\n"
            "资料来源：海洋渔业数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能投喂", 2023, 14.2, "CNY 100 million", "actual"),
            ("智能投喂", 2024, 18.9, "CNY 100 million", "actual"),
            ("智能投喂", 2025, 24.6, "CNY 100 million", "estimate"),
            ("鱼病智能诊断", 2023, 9.6, "CNY 100 million", "actual"),
            ("鱼病智能诊断", 2024, 12.8, "CNY 100 million", "actual"),
            ("鱼病智能诊断", 2025, 16.9, "CNY 100 million", "estimate"),
            ("水质智能监测", 2023, 7.3, "CNY 100 million", "actual"),
            ("水质智能监测", 2024, 9.5, "CNY 100 million", "actual"),
            ("水质智能监测", 2025, 12.4, "CNY 100 million", "estimate"),
            ("渔船智能监管", 2023, 4.1, "CNY 100 million", "actual"),
            ("渔船智能监管", 2024, 5.7, "CNY 100 million", "actual"),
            ("渔船智能监管", 2025, 7.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 35.2, "CNY 100 million", "actual"),
            ("合计", 2024, 47.0, "CNY 100 million", "actual"),
            ("合计", 2025, 61.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 9.6 + 7.3 + 4.1 = 35.2
            # 2024: 18.9 + 12.8 + 9.5 + 5.7 = 46.9, not 47.0; bounds 46.7..47.1 (each part +/-0.05)
            # reach 46.95..47.05 -> 47.0 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 24.6 + 16.9 + 12.4 + 7.8 = 61.7
        ],
    ),
    # 18. Space-aligned table (South Korea, USD million, 2024) with a share column and a Total row: four shares (the
    #     processing-line row's 19.0% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the won conversion rate, the 1,400 offshore fish farms.
    dict(
        text=(
            "South Korea: AI spending in fisheries and aquaculture by use, 2024 (USD million)\n"
            "Use                                          USD mn     Share\n"
            "Fish-farm feeding and health vision            21.6     41.7%\n"
            "Vessel catch monitoring and e-logbooks         14.3     27.6%\n"
            "Seafood processing grading lines                9.8     19.0%\n"
            "Illegal-fishing satellite surveillance          6.1     11.8%\n"
            "Total                                          51.8    100.0%\n"
            "Note 4: Korean spending converted from won at KRW 1,364 to the dollar; the country has about 1,400 "
            "offshore fish farms. Source: Hanbada Marine Research."
        ),
        obs=[
            ("Fish-farm feeding and health vision", 2024, 21.6, "USD million", "actual"),
            ("Vessel catch monitoring and e-logbooks", 2024, 14.3, "USD million", "actual"),
            ("Seafood processing grading lines", 2024, 9.8, "USD million", "actual"),
            ("Illegal-fishing satellite surveillance", 2024, 6.1, "USD million", "actual"),
            ("Total", 2024, 51.8, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.7, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
            ("share", 11.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.6 / 51.8 = 41.70% -> 41.7
            ("arithmetic", "exact"),  # 14.3 / 51.8 = 27.61% -> 27.6
            # 9.8 / 51.8 = 18.92% -> 18.9, not 19.0; bounds 9.75 / 51.85 = 18.80%, 9.85 / 51.75 = 19.03%
            # -> 19.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 6.1 / 51.8 = 11.78% -> 11.8
            ("hierarchy", "exact"),  # 21.6 + 14.3 + 9.8 + 6.1 = 51.8
        ],
    ),
    # 19. Vertical table (Chile) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 34.6% is inconsistent. Expected nowhere: the
    #     source's month and year, the peso conversion rate, the 1 million tonnes harvested, the 2021 dash.
    dict(
        text=(
            "Chile: spending on AI in salmon farming\n"
            "Year | USD million | YoY\n"
            "2021 | 41.2 | -\n"
            "2022 | 55.8 | 35.4%\n"
            "2023 | 72.9 | 34.6%\n"
            "2024 | 90.4 | 24.0%\n"
            "2025E | 114.6 | 26.8%\n"
            "Source: Patagonia Aqua Analytics, March 2025; peso spending converted at CLP 940 to the dollar; Chile "
            "harvested about 1 million tonnes of salmon and trout in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2021, 41.2, "USD million", "actual"),
            ("Total", 2022, 55.8, "USD million", "actual"),
            ("Total", 2023, 72.9, "USD million", "actual"),
            ("Total", 2024, 90.4, "USD million", "actual"),
            ("Total", 2025, 114.6, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35.4, "percent", 2021, 2022, 1.0),
            ("growth", 34.6, "percent", 2022, 2023, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (55.8 / 41.2) ** (1 / 1) - 1 = 35.44% -> 35.4
            # (72.9 / 55.8) ** (1 / 1) - 1 = 30.65% -> 30.6, not 34.6; bounds 72.85 / 55.85 - 1 = 30.44%,
            # 72.95 / 55.75 - 1 = 30.85% -> 34.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (90.4 / 72.9) ** (1 / 1) - 1 = 24.01% -> 24.0
            ("cagr|implied", "exact"),  # (114.6 / 90.4) ** (1 / 1) - 1 = 26.77% -> 26.8
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2023 and 2024
    #     but not in 2025F (108 printed, 101 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     currency-conversion note.
    dict(
        text=(
            "Canada: AI in fisheries and aquaculture by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI feeding and fish-health vision in salmon farms\t27\t34\t43\n"
            "AI electronic monitoring on fishing vessels\t18\t23\t29\n"
            "AI stock assessment and dark-vessel surveillance\t11\t14\t18\n"
            "AI grading in seafood plants\t6\t8\t11\n"
            "Total\t62\t79\t108\n"
            "Source: Maritimes Ocean Data; Canadian-dollar spending converted at average annual rates. F = forecast."
        ),
        obs=[
            ("AI feeding and fish-health vision in salmon farms", 2023, 27, "USD million", "actual"),
            ("AI feeding and fish-health vision in salmon farms", 2024, 34, "USD million", "actual"),
            ("AI feeding and fish-health vision in salmon farms", 2025, 43, "USD million", "estimate"),
            ("AI electronic monitoring on fishing vessels", 2023, 18, "USD million", "actual"),
            ("AI electronic monitoring on fishing vessels", 2024, 23, "USD million", "actual"),
            ("AI electronic monitoring on fishing vessels", 2025, 29, "USD million", "estimate"),
            ("AI stock assessment and dark-vessel surveillance", 2023, 11, "USD million", "actual"),
            ("AI stock assessment and dark-vessel surveillance", 2024, 14, "USD million", "actual"),
            ("AI stock assessment and dark-vessel surveillance", 2025, 18, "USD million", "estimate"),
            ("AI grading in seafood plants", 2023, 6, "USD million", "actual"),
            ("AI grading in seafood plants", 2024, 8, "USD million", "actual"),
            ("AI grading in seafood plants", 2025, 11, "USD million", "estimate"),
            ("Total", 2023, 62, "USD million", "actual"),
            ("Total", 2024, 79, "USD million", "actual"),
            ("Total", 2025, 108, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 27 + 18 + 11 + 6 = 62
            ("hierarchy", "exact"),  # 2024: 34 + 23 + 14 + 8 = 79
            # 2025F: 43 + 29 + 18 + 11 = 101, not 108; bounds 99..103 (each part +/-0.5) miss 107.5..108.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. Norwegian earnings-call answer sizing a worldwide salmon-farming TAM (USD million): the TAM the company sizes
    #     is the market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate), "last
    #     year" 2024 (actual); the 2030 figure in billions converted to the series' unit; YoY with both amounts, CAGR
    #     with printed span. Expected nowhere: the call's date and quarter, the NOK 7.8 billion aside (kroner are not
    #     in the unit table), the quarter's revenue and gross margin, the 2,300 cameras, the 1,100 pens, the 900,000
    #     tonnes harvested.
    dict(
        text=(
            "Nordvik Aqua Technologies ASA Q3 2025 earnings call, October 23, 2025 - Q&A\n"
            "Analyst (Ingrid Solheim, Fjordline Markets): Can you size the opportunity beyond your existing farm "
            "customers?\n"
            "CEO Erlend Haugen: Sure. We put the total addressable market for AI feeding control and fish-health vision "
            "in salmon farming worldwide at roughly US$740 million this year, up 19% from $620 million last year, which "
            "is about NOK 7.8 billion at today's rates. We see it reaching $1.6 billion by 2030, a CAGR of about 17% "
            "over 2025-2030, as Norway, Chile, Scotland and the Faroes move from manual lice counts to camera counts in "
            "every pen. In the quarter our revenue was $96 million at a 58% gross margin, we shipped some 2,300 "
            "cameras, and our feeding software now runs on about 1,100 pens that together harvest close to 900,000 "
            "tonnes of salmon a year."
        ),
        obs=[
            ("Total", 2024, 620, "USD million", "actual"),
            ("Total", 2025, 740, "USD million", "estimate"),
            ("Total", 2030, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (740 / 620) ** (1 / 1) - 1 = 19.35% -> 19
            ("cagr|implied", "exact"),  # (1600 / 740) ** (1 / 5) - 1 = 16.68% -> 17
        ],
    ),
    # 22. US working-paper abstract on AI catch monitoring and electronic logbooks (USD million): YoY with both
    #     amounts that holds only by rounding, a 2032 figure in billions converted to the series' unit (USD million),
    #     CAGR with printed span. Expected nowhere: the paper number, the 4.3 million tonnes landed and their US$5.9
    #     billion dockside value, the US$700 per sea day observer cost, the 4,000 permitted vessels.
    dict(
        text=(
            "Gulf and Pacific Fisheries Economics Working Paper No. 25-08. Abstract: We combine federal grant records, "
            "regional council budgets and vendor filings to estimate U.S. spending on AI catch monitoring, meaning "
            "onboard cameras whose footage is reviewed by computer vision, electronic logbooks and automated species "
            "and length recognition. Spending grew from US$148 million in 2023 to US$176 million in 2024, an increase "
            "of 19.5%, and we project US$0.47 billion by 2032, a compound annual growth rate of 13.1% over 2024-2032. "
            "For scale, U.S. commercial fishermen landed about 4.3 million tonnes worth some US$5.9 billion at the dock "
            "in 2023, and a human observer still costs roughly US$700 per sea day. We find that the cost of reviewing "
            "footage, not hardware, now sets the pace of adoption across the roughly 4,000 federally permitted vessels "
            "that carry monitoring."
        ),
        obs=[
            ("Total", 2023, 148, "USD million", "actual"),
            ("Total", 2024, 176, "USD million", "actual"),
            ("Total", 2032, 470, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("cagr", 13.1, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            # (176 / 148) ** (1 / 1) - 1 = 18.92% -> 18.9, not 19.5; bounds 175.5 / 148.5 - 1 = 18.18%,
            # 176.5 / 147.5 - 1 = 19.66% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (470 / 176) ** (1 / 8) - 1 = 13.06% -> 13.1
        ],
    ),
    # 23. Numbered social-media thread on Vietnamese shrimp-farm AI (USD million): YoY with both amounts, a multiple
    #     over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent). Expected
    #     nowhere: the VND 2.1 trillion aside (dong are not in the unit table), the US$3.9B of shrimp exports, the
    #     740,000 hectares of ponds, the US$1,800 auto-feeder price, the US$6M seed round and US$30M valuation, the
    #     likes.
    dict(
        text=(
            "1/ Thread on the least-hyped corner of aquaculture AI: shrimp ponds in Vietnam. Figures from a new Ho Chi "
            "Minh City research-house report.\n"
            "2/ Vietnamese shrimp farms spent US$84M on AI feeding control, water-quality prediction and disease "
            "detection in 2024, up 22% from US$69M in 2023. That is roughly VND 2.1 trillion.\n"
            "3/ Forecast: US$230M by 2030, about 2.7x in six years, which the report calls a 19.8% CAGR for "
            "2024-2030.\n"
            "4/ Context: shrimp exports were worth about US$3.9B in 2024, ponds cover some 740,000 hectares, and an AI "
            "auto-feeder still sells for around US$1,800 a pond. TomAI just closed a US$6M seed round at a US$30M "
            "valuation, so investors are paying attention. (312 likes)"
        ),
        obs=[
            ("Total", 2023, 69, "USD million", "actual"),
            ("Total", 2024, 84, "USD million", "actual"),
            ("Total", 2030, 230, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("multiple", 2.7, "multiple", 2024, 2030, 6.0),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84 / 69) ** (1 / 1) - 1 = 21.74% -> 22
            # (230 / 84) ** (1 / 6) - 1 = 18.28%; bounds (229.5 / 84.5) ** (1/6) - 1 = 18.12%,
            # (230.5 / 83.5) ** (1/6) - 1 = 18.44% -> 19.8 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Edinburgh web article with a correction line (GBP million): "last year" is the dateline's year before
    #     (2024); YoY with both amounts, a part with its share. Expected nowhere: the misprinted £38 million, the
    #     second quarter's £12 million (a quarter beside yearly figures), the 200 farms, the 190,000 tonnes and their
    #     £1.2 billion farm-gate value, the 57% survey answer, the update date.
    dict(
        text=(
            "EDINBURGH - Updated 9 September 2025. Scotland's salmon farmers spent \u00a341 million last year on AI "
            "systems that count sea lice and watch fish health through underwater cameras, up 24% from \u00a333 million "
            "in 2023, according to Clydeport Marine Analytics. Automated sea-lice counting made up \u00a317 million, or "
            "41% of the total. In the second quarter of this year alone, farmers spent about \u00a312 million. The "
            "industry runs some 200 active marine farms and harvested roughly 190,000 tonnes of salmon in 2024, worth "
            "about \u00a31.2 billion at the farm gate, and 57% of site managers surveyed said camera counts had replaced "
            "at least half of their manual counts.\n"
            "Correction: An earlier version of this article gave the 2023 figure as \u00a338 million. It was "
            "\u00a333 million."
        ),
        obs=[
            ("Total", 2023, 33, "GBP million", "actual"),
            ("Total", 2024, 41, "GBP million", "actual"),
            ("Automated sea-lice counting", 2024, 17, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41 / 33) ** (1 / 1) - 1 = 24.24% -> 24
            ("arithmetic", "exact"),  # 17 / 41 = 41.46% -> 41
        ],
    ),
    # 25. Icelandic annual-report letter to shareholders (EUR million), dated February 2025: "last year" is 2024
    #     (actual); YoY with both amounts; "some EUR 430 million" by 2030 (printed figure, estimate); "roughly double"
    #     is a multiple x2 over six years (no verdict). Expected nowhere: the report's title year, the letter's date,
    #     the company's revenue and EBIT margin, the 14 plants, the 410,000 tonnes, the ISK 350 billion of seafood
    #     exports (krónur are not in the unit table).
    dict(
        text=(
            "Hafbr\u00fan hf., Annual Report 2024. Letter to shareholders\n"
            "Dear shareholders, last year the North Atlantic market for AI grading, trimming and quality-inspection "
            "lines in seafood processing plants grew 26% to EUR 214 million, from EUR 170 million in 2023, as whitefish "
            "processors in Iceland, Norway and the Faroe Islands replaced hand trimming with X-ray and vision-guided "
            "water-jet cutters. We expect the market to roughly double by 2030, to some EUR 430 million. Our own "
            "revenue was EUR 1.31 billion, with an EBIT margin of 8.7%, and our 14 plants processed about 410,000 "
            "tonnes of cod, haddock and saithe. Iceland's seafood exports reached some ISK 350 billion, and every "
            "krona of that now passes a camera before it leaves the quay.\n"
            "Reykjav\u00edk, 26 February 2025, Sigr\u00fan \u00d3lafsd\u00f3ttir, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 170, "EUR million", "actual"),
            ("Total", 2024, 214, "EUR million", "actual"),
            ("Total", 2030, 430, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 170) ** (1 / 1) - 1 = 25.88% -> 26
        ],
    ),
    # 26. Bergen investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E and
    #     2029E are estimates; YoY with both amounts; the 2025E-2029E CAGR holds only by rounding. Expected nowhere:
    #     the slide number, the NOK 13bn aside (kroner are not in the unit table), the 38,000 cameras and 2,600 pens,
    #     the company's FY2024 revenue, EBITDA margin and 2029 share target, the NOK 25 million feed-barge price.
    dict(
        text=(
            "Havbruk Systems ASA Capital Markets Day, Bergen, 4 June 2025. Slide 12: AI in the pen, sea-lice "
            "detection, feeding control and fish welfare\n"
            "- 2024 TAM: $1.05B\n"
            "- 2025E TAM: $1.22B (+16% YoY), about NOK 13bn\n"
            "- 2029E TAM: $2.1B; CAGR 2025E-2029E: 14%\n"
            "- 38,000 underwater cameras and 2,600 pens already on our platform\n"
            "- Havbruk FY2024 revenue NOK 4.2bn, EBITDA margin 21%; target: 12% share of TAM by 2029\n"
            "- A complete feed barge with AI feeding control sells for about NOK 25 million\n"
            "- Drivers: lice-treatment costs, welfare rules in Norway and Scotland, offshore pens that nobody can feed "
            "by eye"
        ),
        obs=[
            ("Total", 2024, 1.05, "USD billion", "actual"),
            ("Total", 2025, 1.22, "USD billion", "estimate"),
            ("Total", 2029, 2.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2024, 2025, 1.0),
            ("cagr", 14, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.22 / 1.05) ** (1 / 1) - 1 = 16.19% -> 16
            # (2.1 / 1.22) ** (1 / 4) - 1 = 14.54% -> 15, not 14; bounds (2.05 / 1.225) ** (1/4) - 1 = 13.74%,
            # (2.15 / 1.215) ** (1/4) - 1 = 15.34% -> 14 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house's figures (base, target and rate)
    #     are the snippet's; YoY with both amounts that holds only by rounding, CAGR with printed span. Expected
    #     nowhere: the second house's $265 million for 2024, the 11-26 million tonnes and $23 billion of illegal
    #     catch, the 3,000 vessels with transponders off, the upvotes.
    dict(
        text=(
            "Re: Whose numbers do people use for satellite AI against illegal fishing? (accepted answer, 44 upvotes)\n"
            "Two houses cover it and they don't match. Meridian Ocean Intelligence says governments, coast guards and "
            "NGOs spent $212 million in 2024 on AI that flags illegal, unreported and unregulated fishing from "
            "satellite radar, optical imagery and AIS gaps, up 18% from $178 million in 2023, and expects $540 million "
            "in 2030, a CAGR of 16.9% for 2024-2030. Bluewater Analytics adds plain vessel-tracking subscriptions and "
            "puts 2024 at $265 million. Whichever you take, it is tiny next to the problem: illegal fishing is usually "
            "put at 11 to 26 million tonnes of catch a year, worth up to $23 billion, and on any given day some 3,000 "
            "fishing vessels have their transponders switched off."
        ),
        obs=[
            ("Total", 2023, 178, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2030, 540, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (212 / 178) ** (1 / 1) - 1 = 19.10% -> 19, not 18; bounds 211.5 / 178.5 - 1 = 18.49%,
            # 212.5 / 177.5 - 1 = 19.72% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (540 / 212) ** (1 / 6) - 1 = 16.86% -> 16.9
        ],
    ),
    # 28. Seoul broker note in won: won are not in the unit table, so no observation; its YoY, CAGR with printed span
    #     and share are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the
    #     dateline, the KRW 186 billion, the 1,600 flounder farms, the 45,000 tonnes, the target price and upside,
    #     the pick's first-quarter operating margin.
    dict(
        text=(
            "Hanbada Investment & Securities, Korea Fisheries & Aquatech, Seoul, 16 June 2025\n"
            "Feeding by algorithm. We size Korea's market for AI smart-aquaculture systems, meaning automatic feeders, "
            "fish-health cameras and water-quality prediction, at KRW 186 billion in 2024, up 24% year on year, and "
            "forecast a 19% CAGR over 2024-2029 as the government's smart-farm subsidies move from land to sea. "
            "Land-based olive-flounder farms account for 41% of that spend. The country runs about 1,600 flounder farms "
            "that produce some 45,000 tonnes a year. Our top pick, Daeyang Marine Tech (BUY, TP KRW 28,000, 35% "
            "upside), posted a 17% operating margin in the first quarter."
        ),
        obs=[],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2027 figure (左右,
    #     printed figure, estimate). Expected nowhere: the dateline, the 1.8个百分点 (percentage points), the
    #     7,300万吨 of output, the 3万亿元 of fishery output value, the 2,600 cages, the 4万艘 vessels.
    dict(
        text=(
            "新华社青岛2025年4月12日电(记者周海宁)记者从中国智慧渔业产业联盟获悉,2024年我国渔业与水产养殖人工智能应用"
            "市场规模达到37.4亿元,较2023年的30.2亿元增长23.8%。其中,智能投喂系统市场规模为13.6亿元,占比36.4%,较上年"
            "提高1.8个百分点。联盟预计,到2027年该市场规模将达到70亿元左右。数据显示,2024年全国水产品总产量约7,300万吨,"
            "渔业经济总产值超过3万亿元;沿海各地已有约2,600套深远海养殖网箱接入水下摄像与智能投喂系统,约4万艘渔船安装了"
            "船位监控终端。"
        ),
        obs=[
            ("Total", 2023, 30.2, "CNY 100 million", "actual"),
            ("Total", 2024, 37.4, "CNY 100 million", "actual"),
            ("智能投喂系统", 2024, 13.6, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("share", 36.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (37.4 / 30.2) ** (1 / 1) - 1 = 23.84% -> 23.8
            ("arithmetic", "exact"),  # 13.6 / 37.4 = 36.36% -> 36.4
        ],
    ),
    # 30. Zhoushan municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with a share that holds only by rounding, a 2027 target (突破, printed figure, estimate), a CAGR whose
    #     span only the amounts' years give (inferred). Expected nowhere: the plan's title years, the 3,000 vessels
    #     and the 3万元 subsidy, the 180万吨 and 70万吨 of output, the 100% logbook-use target.
    dict(
        text=(
            "《舟山市智慧渔业发展三年行动计划(2025—2027年)》近日印发。计划提出,2024年全市渔业人工智能与数字化应用产业"
            "规模约5.8亿元,其中渔船AI捕捞监控与电子渔捞日志服务规模8,900万元,占比约15.2%。到2027年,全市产业规模突破"
            "10亿元,年均复合增长率约20%;为约3,000艘海洋捕捞渔船加装AI视频监控终端,每套给予最高3万元补贴。2024年全市"
            "水产品总产量约180万吨,其中远洋渔业产量约70万吨,计划要求到2027年重点渔船电子渔捞日志使用率达到100%。"
        ),
        obs=[
            ("Total", 2024, 5.8, "CNY 100 million", "actual"),
            ("渔船AI捕捞监控与电子渔捞日志服务", 2024, 8900, "CNY 10 thousand", "actual"),
            ("Total", 2027, 10, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 15.2, "percent", 2024, 2024, None),
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # 8,900万 / 58,000万 = 15.34% -> 15.3, not 15.2; bounds 8,899.5 / 58,500 = 15.21%,
            # 8,900.5 / 57,500 = 15.48% -> 15.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|period", "exact"),  # (10 / 5.8) ** (1 / 3) - 1 = 19.91% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span.
    #     Expected nowhere: the release date, the 新台幣400億元 of aquaculture output value, the 4萬公頃 of ponds, the
    #     新台幣15萬元 feeder price, the 236 farms interviewed and the 48% survey answer.
    dict(
        text=(
            "【台北訊】海研產業智庫2025年5月20日發布研究指出,2024年台灣水產養殖AI應用(智慧投餌、魚病影像辨識與水質預警)"
            "市場規模達新台幣8.7億元,較2023年的7.1億元成長22.5%,石斑魚、白蝦與虱目魚養殖場是主要買家。該智庫預估,"
            "2028年市場規模將達19.4億元,2024至2028年年複合成長率為22.2%。研究指出,台灣養殖漁業年產值約新台幣400億元,"
            "養殖面積約4萬公頃;一套AI自動投餌機售價約新台幣15萬元。本次調查共訪問236家養殖業者,其中48%表示已試用影像"
            "辨識系統。"
        ),
        obs=[
            ("Total", 2023, 7.1, "TWD 100 million", "actual"),
            ("Total", 2024, 8.7, "TWD 100 million", "actual"),
            ("Total", 2028, 19.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.7 / 7.1) ** (1 / 1) - 1 = 22.54% -> 22.5
            ("cagr|implied", "exact"),  # (19.4 / 8.7) ** (1 / 4) - 1 = 22.20% -> 22.2
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a CAGR with printed span that no
    #     reading reaches (inconsistent). Expected nowhere: the report's title year, the 280億港元 of seafood imports,
    #     the 900 licensed fish farmers, the 142 members and the 61% survey answer.
    dict(
        text=(
            "香港海鮮業聯會昨日發表《2025香港海鮮供應鏈科技報告》。報告指出,2024年本港海鮮進口、批發及加工企業在人工智能"
            "分級、品質檢測及冷鏈溯源方案上的開支約2.6億港元,較2023年的2.1億港元上升24%。聯會預計,有關開支將於2028年"
            "增至5.9億港元,2024至2028年複合年增長率約25%。報告同時指出,本港2024年海鮮進口總值約280億港元,全港持牌海魚"
            "養殖戶約900個;聯會142家會員中有61%表示計劃在兩年內引入AI品質檢測設備,以配合內地及海外買家的溯源要求。"
        ),
        obs=[
            ("Total", 2023, 2.1, "HKD 100 million", "actual"),
            ("Total", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2028, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 24
            # (5.9 / 2.6) ** (1 / 4) - 1 = 22.74%; bounds (5.85 / 2.65) ** (1/4) - 1 = 21.89%,
            # (5.95 / 2.55) ** (1/4) - 1 = 23.59% -> 25 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on global AI sea-lice and disease detection: YoY with both
    #     amounts that holds only by rounding, a 2027 forecast (預估, estimate) and a multiple over three years (no
    #     verdict). Expected nowhere: the post's header and time, Norway's 150萬噸 of salmon, the 80-kroner price per
    #     kilo, the equipment stock's second-quarter revenue growth and gross margin, the push count.
    dict(
        text=(
            "作者 salmonlover (鮭魚控)\n"
            "看板 Stock\n"
            "標題 [情報] 外資:鮭魚海蝨AI偵測市場規模出爐\n"
            "時間 Tue Aug 12 21:05:37 2025\n"
            "外資最新報告說,全球用水下攝影機加AI偵測海蝨與魚病的市場,2024年約3.6億美元,2023年是2.9億美元,年增25%。"
            "報告預估2027年上看7.9億美元,是2024年的2.2倍,挪威、智利、蘇格蘭都在要求更密集的海蝨計數。挪威去年鮭魚產量"
            "大約150萬噸,現在鮭魚價一公斤大概80挪威克朗。我持有的那檔設備股第二季營收年增12%,毛利率41%,就不多說了。"
            "這題材還有得炒嗎?(推文 63)"
        ),
        obs=[
            ("Total", 2023, 2.9, "USD 100 million", "actual"),
            ("Total", 2024, 3.6, "USD 100 million", "actual"),
            ("Total", 2027, 7.9, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("multiple", 2.2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24, not 25; bounds 3.55 / 2.95 - 1 = 20.34%,
            # 3.65 / 2.85 - 1 = 28.07% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts, a share
    #     without its part's amount (claim, no verdict). Expected nowhere: the report date, the 45万吨 of offshore
    #     output, the 160 vessels and cages, the target price and its upside, the pick's revenue, its 5亿元 round and
    #     40亿元 valuation.
    dict(
        text=(
            "【东海证券】深远海养殖AI行业深度报告:让每一口饲料都算数(2025年8月5日)\n"
            "摘要:我们测算,2024年我国深远海养殖AI(含智能投喂、鱼群行为视觉识别与病害预警)市场规模为21.6亿元,较2023年的"
            "16.9亿元同比增长27.8%;预计2027年市场规模将达到40—48亿元。其中智能投喂占比约42%,为最大细分领域。2024年"
            "全国深远海养殖产量约45万吨,已投运的养殖工船与大型网箱约160座(艘)。维持行业“增持”评级,建议关注蓝渊智渔"
            "(目标价28元,较现价有31%空间),公司2024年营业收入3.4亿元,近期完成C轮融资5亿元,投后估值40亿元。"
        ),
        obs=[
            ("Total", 2023, 16.9, "CNY 100 million", "actual"),
            ("Total", 2024, 21.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("value", 40, "CNY 100 million", 2027, 2027, None),
            ("value", 48, "CNY 100 million", 2027, 2027, None),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.6 / 16.9) ** (1 / 1) - 1 = 27.81% -> 27.8
        ],
    ),
    # 35. Seafood processor's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed
    #     figure, estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span.
    #     Expected nowhere: the company's revenue and gross margin, the first quarter's net profit, the 38万吨
    #     processed, the 9 lines.
    dict(
        text=(
            "鲜达水产2024年度业绩说明会文字实录(2025年4月28日)\n"
            "投资者:公司怎么看水产品加工环节AI分级与视觉检测设备的市场空间?\n"
            "总经理:根据公司测算,今年国内水产品加工AI分级与视觉检测市场规模约12亿元,去年为9.8亿元,增长约22%。到2028年,"
            "这一市场有望达到21亿元,2025—2028年复合增长率约21%。公司2024年实现营业收入86亿元,毛利率12.4%,一季度归母"
            "净利润1.3亿元;全年加工虾仁、鱼糜及冻鱼片约38万吨,旗下9条加工线已全部上线AI分级系统,人工分拣岗位明显减少。"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 12, "CNY 100 million", "estimate"),
            ("Total", 2028, 21, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12 / 9.8) ** (1 / 1) - 1 = 22.45% -> 22
            ("cagr|implied", "exact"),  # (21 / 12) ** (1 / 3) - 1 = 20.51% -> 21
        ],
    ),
    # 36. Markdown table (USD million, global) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2030F is an estimate; the catch-monitoring CAGR holds only by rounding, the grading CAGR by no
    #     reading (inconsistent). Expected nowhere: the table number, the US$450 billion of seafood trade and the
    #     130 million tonnes of farmed output in the note.
    dict(
        text=(
            "Table 2. Global AI in fisheries and aquaculture by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI feeding control | 486 | 1,212 | 16.5% |\n"
            "| Fish-health and sea-lice vision | 352 | 968 | 18.4% |\n"
            "| Catch monitoring and electronic logbooks | 214 | 503 | 15.2% |\n"
            "| Stock assessment and illegal-fishing surveillance | 138 | 421 | 20.4% |\n"
            "| Seafood grading and processing lines | 297 | 655 | 15.1% |\n"
            "| Total | 1,487 | 3,759 | 16.7% |\n"
            "Note: F = forecast. Source: Saltmarsh Research, from vendor revenues and public tenders. Shown without the "
            "roughly US$450 billion of world seafood trade and the some 130 million tonnes of farmed fish and shellfish."
        ),
        obs=[
            ("AI feeding control", 2024, 486, "USD million", "actual"),
            ("AI feeding control", 2030, 1212, "USD million", "estimate"),
            ("Fish-health and sea-lice vision", 2024, 352, "USD million", "actual"),
            ("Fish-health and sea-lice vision", 2030, 968, "USD million", "estimate"),
            ("Catch monitoring and electronic logbooks", 2024, 214, "USD million", "actual"),
            ("Catch monitoring and electronic logbooks", 2030, 503, "USD million", "estimate"),
            ("Stock assessment and illegal-fishing surveillance", 2024, 138, "USD million", "actual"),
            ("Stock assessment and illegal-fishing surveillance", 2030, 421, "USD million", "estimate"),
            ("Seafood grading and processing lines", 2024, 297, "USD million", "actual"),
            ("Seafood grading and processing lines", 2030, 655, "USD million", "estimate"),
            ("Total", 2024, 1487, "USD million", "actual"),
            ("Total", 2030, 3759, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1212 / 486) ** (1 / 6) - 1 = 16.45% -> 16.5
            ("cagr|implied", "exact"),  # (968 / 352) ** (1 / 6) - 1 = 18.37% -> 18.4
            # (503 / 214) ** (1 / 6) - 1 = 15.31% -> 15.3, not 15.2; bounds (502.5 / 214.5) ** (1/6) - 1 = 15.24%,
            # (503.5 / 213.5) ** (1/6) - 1 = 15.37% -> 15.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (421 / 138) ** (1 / 6) - 1 = 20.43% -> 20.4
            # (655 / 297) ** (1 / 6) - 1 = 14.09%; bounds (654.5 / 297.5) ** (1/6) - 1 = 14.04%,
            # (655.5 / 296.5) ** (1/6) - 1 = 14.14% -> 15.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3759 / 1487) ** (1 / 6) - 1 = 16.72% -> 16.7
            ("hierarchy", "exact"),  # 2024: 486 + 352 + 214 + 138 + 297 = 1,487
            ("hierarchy", "exact"),  # 2030F: 1,212 + 968 + 503 + 421 + 655 = 3,759
        ],
    ),
    # 37. Tab-separated table (JPY million, fiscal years) with a Total row and a YoY column; the fish-market grading
    #     YoY holds only by rounding. Expected nowhere: the table number, the 0.9 million tonnes of marine aquaculture
    #     output and the ¥540 billion of farmed-fish sales in the note.
    dict(
        text=(
            "Table 4. Japan: AI systems in aquaculture and fish markets by segment (\u00a5 million)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Feeding control for tuna and yellowtail pens\t1,840\t2,210\t20.1%\n"
            "Fish-counting and health cameras\t960\t1,190\t24.0%\n"
            "Fish-market AI quality grading\t720\t845\t17.2%\n"
            "Total\t3,520\t4,245\t20.6%\n"
            "Note: fiscal years to March. Source: Kuroshio Aquatech Research, from shipments to fishery cooperatives, "
            "farm operators and wholesale markets; Japan's marine aquaculture output of about 0.9 million tonnes and its "
            "\u00a5540 billion of farmed-fish sales are shown for context only."
        ),
        obs=[
            ("Feeding control for tuna and yellowtail pens", 2023, 1840, "JPY million", "actual"),
            ("Feeding control for tuna and yellowtail pens", 2024, 2210, "JPY million", "actual"),
            ("Fish-counting and health cameras", 2023, 960, "JPY million", "actual"),
            ("Fish-counting and health cameras", 2024, 1190, "JPY million", "actual"),
            ("Fish-market AI quality grading", 2023, 720, "JPY million", "actual"),
            ("Fish-market AI quality grading", 2024, 845, "JPY million", "actual"),
            ("Total", 2023, 3520, "JPY million", "actual"),
            ("Total", 2024, 4245, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2210 / 1840 - 1 = 20.11% -> 20.1
            ("cagr|implied", "exact"),  # 1190 / 960 - 1 = 23.96% -> 24.0
            # 845 / 720 - 1 = 17.36% -> 17.4, not 17.2; bounds 844.5 / 720.5 - 1 = 17.21%, 845.5 / 719.5 - 1 = 17.51%
            # -> 17.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 4245 / 3520 - 1 = 20.60% -> 20.6
            ("hierarchy", "exact"),  # FY2023: 1,840 + 960 + 720 = 3,520
            ("hierarchy", "exact"),  # FY2024: 2,210 + 1,190 + 845 = 4,245
        ],
    ),
    # 38. Space-aligned table (EUR million, Spain, 2024) with a share column and a Total row (its 100.0% is no
    #     claim); the fish-health share holds only by rounding. Expected nowhere: the 188 firms surveyed, the 0.8
    #     million tonnes landed and the EUR 6.4 billion of processed-seafood sales in the source line.
    dict(
        text=(
            "Spain: AI spend in fisheries, aquaculture and seafood processing by application, 2024 (EUR million)\n"
            "Application                             EUR m    Share\n"
            "AI feeding control in fish farms        18.4     32.6%\n"
            "Fish-health vision                      9.7      17.1%\n"
            "Catch monitoring and e-logbooks         12.6     22.3%\n"
            "Seafood grading and processing lines    15.8     28.0%\n"
            "Total                                   56.5     100.0%\n"
            "Source: R\u00edas Baixas Marine Economics survey of 188 farms, fleets and processors; Spain lands about 0.8 "
            "million tonnes of fish a year, and the EUR 6.4 billion of processed-seafood sales is excluded."
        ),
        obs=[
            ("AI feeding control in fish farms", 2024, 18.4, "EUR million", "actual"),
            ("Fish-health vision", 2024, 9.7, "EUR million", "actual"),
            ("Catch monitoring and e-logbooks", 2024, 12.6, "EUR million", "actual"),
            ("Seafood grading and processing lines", 2024, 15.8, "EUR million", "actual"),
            ("Total", 2024, 56.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 32.6, "percent", 2024, 2024, None),
            ("share", 17.1, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.4 / 56.5 = 32.57% -> 32.6
            # 9.7 / 56.5 = 17.17% -> 17.2, not 17.1; bounds 9.65 / 56.55 = 17.06%, 9.75 / 56.45 = 17.27%
            # -> 17.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12.6 / 56.5 = 22.30% -> 22.3
            ("arithmetic", "exact"),  # 15.8 / 56.5 = 27.96% -> 28.0
            ("hierarchy", "exact"),  # 18.4 + 9.7 + 12.6 + 15.8 = 56.5
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, Chile priced in US dollars), two value columns whose
    #     headers name the items; 2025F-2027F are estimates; a CAGR with printed span for one column in the note.
    #     Expected nowhere: the peso remark, the 1 million tonnes harvested, the 1,300 sea concessions.
    dict(
        text=(
            "Chile: AI spend in salmon farming (US$ million)\n"
            "Year | Sea-lice detection | Feeding control\n"
            "2021 | 22 | 31\n"
            "2022 | 27 | 38\n"
            "2023 | 34 | 46\n"
            "2024 | 41 | 55\n"
            "2025F | 49 | 65\n"
            "2026F | 58 | 76\n"
            "2027F | 68 | 88\n"
            "Note: F = forecast; sea-lice detection CAGR 2021-2027F: 20.7%. Source: Patagonia Aqua Insights, from "
            "farm-operator and vendor contracts; contracts signed in pesos converted at yearly average rates. Chile "
            "harvested about 1 million tonnes of salmon and trout in 2024 from some 1,300 sea concessions."
        ),
        obs=[
            ("Sea-lice detection", 2021, 22, "USD million", "actual"),
            ("Sea-lice detection", 2022, 27, "USD million", "actual"),
            ("Sea-lice detection", 2023, 34, "USD million", "actual"),
            ("Sea-lice detection", 2024, 41, "USD million", "actual"),
            ("Sea-lice detection", 2025, 49, "USD million", "estimate"),
            ("Sea-lice detection", 2026, 58, "USD million", "estimate"),
            ("Sea-lice detection", 2027, 68, "USD million", "estimate"),
            ("Feeding control", 2021, 31, "USD million", "actual"),
            ("Feeding control", 2022, 38, "USD million", "actual"),
            ("Feeding control", 2023, 46, "USD million", "actual"),
            ("Feeding control", 2024, 55, "USD million", "actual"),
            ("Feeding control", 2025, 65, "USD million", "estimate"),
            ("Feeding control", 2026, 76, "USD million", "estimate"),
            ("Feeding control", 2027, 88, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2021, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68 / 22) ** (1 / 6) - 1 = 20.69% -> 20.7
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2023 合計 holds only
    #     by rounding, the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the table number, the
    #     title's year span, the 2.2萬艘 vessels in the note.
    dict(
        text=(
            "表3 2023—2025年臺灣漁業與養殖AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "智慧投餌系統 | 2.4 | 2.9 | 3.5\n"
            "魚病影像辨識 | 1.6 | 2.0 | 2.5\n"
            "水質AI預警 | 1.9 | 2.3 | 2.8\n"
            "漁船電子漁獲回報 | 0.8 | 1.1 | 1.4\n"
            "合計 | 6.8 | 8.3 | 10.8\n"
            "資料來源:臺灣智慧水產研究中心;涵蓋養殖業者與近海漁船,不含水產品銷售額;全台登記漁船約2.2萬艘;2025年為"
            "預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("智慧投餌系統", 2023, 2.4, "TWD 100 million", "actual"),
            ("智慧投餌系統", 2024, 2.9, "TWD 100 million", "actual"),
            ("智慧投餌系統", 2025, 3.5, "TWD 100 million", "estimate"),
            ("魚病影像辨識", 2023, 1.6, "TWD 100 million", "actual"),
            ("魚病影像辨識", 2024, 2.0, "TWD 100 million", "actual"),
            ("魚病影像辨識", 2025, 2.5, "TWD 100 million", "estimate"),
            ("水質AI預警", 2023, 1.9, "TWD 100 million", "actual"),
            ("水質AI預警", 2024, 2.3, "TWD 100 million", "actual"),
            ("水質AI預警", 2025, 2.8, "TWD 100 million", "estimate"),
            ("漁船電子漁獲回報", 2023, 0.8, "TWD 100 million", "actual"),
            ("漁船電子漁獲回報", 2024, 1.1, "TWD 100 million", "actual"),
            ("漁船電子漁獲回報", 2025, 1.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 6.8, "TWD 100 million", "actual"),
            ("合計", 2024, 8.3, "TWD 100 million", "actual"),
            ("合計", 2025, 10.8, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 2.4 + 1.6 + 1.9 + 0.8 = 6.7 vs 6.8; rows' bounds 6.5-6.9, total's 6.75-6.85
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 2.9 + 2.0 + 2.3 + 1.1 = 8.3
            # 2025(預估): 3.5 + 2.5 + 2.8 + 1.4 = 10.2 vs 10.8; rows' bounds 10.0-10.4, total's 10.75-10.85
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 16, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '£53 million or about 39%',
    'A second house, Cantábrico Insight, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2倍',
    '新台幣26.3億元',
    '約1.6億港元',
    '中央社記者張雅婷高雄2025年5月20日電',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '2023 | 72.9 | 34.6%',
    'Nordvik Aqua Technologies ASA Q3 2025 earnings call, October 23, 2025',
    'Gulf and Pacific Fisheries Economics Working Paper No. 25-08. Abstract:',
    '3/ Forecast: US$230M by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $1.22B (+16% YoY)',
    'Bluewater Analytics adds plain vessel-tracking subscriptions',
    'KRW 186 billion in 2024',
    '新华社青岛2025年4月12日电',
    '標題 [情報] 外資:鮭魚海蝨AI偵測市場規模出爐',
    '预计2027年市场规模将达到40—48亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 6.8 | 8.3 | 10.8',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 64 rates, 87 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 205, "rates_found": 64, "verdicts_right": 87}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset233.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
