"""A two-hundred-and-thirty-first check set for the extractor, written blind: AI in forestry and timber: AI forest
inventory from drones, lidar and satellites, AI wildfire detection and risk mapping, AI harvest planning and sawmill log
scanning, AI for pest and disease spotting in plantations, AI carbon- credit measurement for forests; sized in money by
forestry agencies and ministries, timber and paper industry bodies, brokers, consultancies, research houses and forest-
product companies' investor days, in the United States, Canada, Brazil (reais only as an aside), Sweden (kronor only as
an aside), Finland, Germany, Austria, the United Kingdom, Australia, New Zealand, Japan, mainland China, Taiwan and Hong
Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out:
total timber, pulp or paper sales beside the AI part, hectares, cubic metres, numbers of fires, trees, drones or
sawmills, a drone's price, a company's own revenue or margin, a funding round and valuation, a quarter's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in forestry and timber: eight English prose texts (a Portland wire
release on wildfire detection and risk mapping, a Helsinki broker note in fiscal years and euros on harvest planning and
stand inventory, an Edinburgh briefing with three segments and shares, a Munich article on sawmill log scanning quoting
two research houses, a Vancouver investor-day TAM for forest inventory and harvest planning, an Austrian ministry
strategy with last-year/this-year figures and a 2030 target, a correction notice on a Brazilian plantation-pest story
with a range, a forest-carbon blog post with 'more than doubled'), seven Chinese prose texts (a smart-forestry report, a
Fujian plan with 力争到 and 增长2倍, a Xinhua story on forest-fire AI quoting two institutes, a Taiwan white paper in 新台幣億元, a
Hong Kong story in 億港元, a CNA story on log scanning and paper mills with 去年/今年, a broker deep-dive on forest-carbon
measurement with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with
shares, a vertical table of years with YoY, a tab-separated Australia-New Zealand segment table). Left out: total
timber, pulp, paper and carbon-credit sales beside the AI part, hectares, cubic metres and tonnes, counts of fires,
trees, drones, sawmills, owners and respondents, drone, camera and scanner prices, companies' revenue, margins and share
goals, funding rounds and valuations, quarter figures, survey answers, kronor and reais amounts, a pilot fund, a second
house's figure, a correction's wrong range, shares in words. Inconsistent: the Munich 21% CAGR, the Canadian 2024 YoY
and the 2024 Australia-New Zealand Total. Only by rounding: the Helsinki and Taiwan CAGRs, the Edinburgh wildfire share,
the Fujian 29.9% and broker 41.9% YoYs, the Nordic log-scanning row's CAGR, the 2024年 合计 and the Japanese landslide
share.

Snippets 21-40: Twenty snippets on AI in forestry and timber (inventory from drones, lidar and satellites, wildfire
detection, harvest planning and log scanning, pest spotting, forest carbon measurement): eight English prose pieces (a
Canadian earnings call sizing a TAM, a US working-paper abstract, a sawmill-scanning thread in euros, a Sydney article
with a correction line, a Finnish shareholder letter with a multiple, Stockholm investor-day slides, a forum answer
quoting two houses, a Mumbai broker note in rupees with claims but no observations), seven Chinese prose pieces (a
Xinhua-style release, a Lishui plan with a part in 万元, a Taipei release, a Hong Kong report in 億港元, a PTT post in 億美元, a
broker abstract with a 2027 range, a results-briefing transcript) and five tables (markdown US dollars with a CAGR
column, tab-separated yen with a YoY column, space-aligned pounds with a share column, a vertical table of years headed
by its unit only, a 新台幣億元 table with a 合計 row). Left out: timber, paper and forest-product sales, hectares, cubic
metres, counts of fires, drones, harvesters and sawmills, equipment prices, companies' own revenue, margins and share
targets, a funding round, a quarter's figures, survey and coverage percentages, kronor, Australian-dollar and rupee
amounts, a second house's figure, a corrected misprint. Inconsistent: the thread's 14.5% CAGR, the markdown carbon CAGR,
the Hong Kong 21% CAGR, the Taiwan table's 2025 合計. Rounding only: the working paper's 23.5%, the slides' 17% CAGR, the
forum's 21%, the Hong Kong 22%, the PTT 28%, the markdown harvest-planning CAGR, the yen wilt-detection YoY, the pounds
tree-health share and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Portland wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the outlook's title year, the 870 managers surveyed, the 64,000 wildfires and 8.9 million acres burned, the
    #    $45,000 camera-tower price, the 62% survey answer.
    dict(
        text=(
            "PORTLAND, Ore., March 4, 2025 /PRNewswire/ -- U.S. federal, state and private forest managers spent $538 "
            "million on AI wildfire detection, camera-network alerting and fire-risk mapping in 2024, up 31% from $412 "
            "million in 2023, according to the 2025 Wildland Tech Outlook released today by Timberline Signal Research. "
            "The Portland firm, which surveyed 870 fire and forestry managers, forecasts spending of $2.2 billion by "
            "2030, a compound annual growth rate of 26.5% from 2024 to 2030. The country recorded some 64,000 wildfires "
            "last year that burned about 8.9 million acres, and a solar-powered smoke-detection camera tower costs "
            "roughly $45,000. Some 62% of the managers said they plan to add satellite hotspot feeds within two years."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 538, "USD million", "actual"),
            ("Total", 2030, 2200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 26.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (538 / 412) ** (1 / 1) - 1 = 30.58% -> 31
            ("cagr|implied", "exact"),  # (2200 / 538) ** (1 / 6) - 1 = 26.46% -> 26.5
        ],
    ),
    # 2. Helsinki broker sector note in fiscal years and euros (EUR million): the CAGR's span only from its amounts'
    #    years (FY2024 -> FY2029e), "about 21%" where the amounts give 21.72%. Expected nowhere: the dateline, the 140
    #    million cubic metres of roundwood, the Swedish owners' SEK 900 million (kronor, not in the unit table), the
    #    covered firm's sales, growth, margin, target price and upside.
    dict(
        text=(
            "Helsinki, 12 June 2025. Nordic Forest Products, sector note. We size the Nordic market for AI harvest "
            "planning, forwarder routing and lidar-based stand inventory at €64 million in FY2024 and forecast €171 "
            "million by FY2029e, a CAGR of about 21%. Finnish and Swedish forests yielded some 140 million cubic metres "
            "of roundwood last year, and Swedish owners alone spend roughly SEK 900 million a year on forestry planning "
            "services. Our top pick, Kuusikko Digital Oyj (Buy, TP €14.60, 28% upside), grew FY2024 sales 19% to €38.5 "
            "million at a 16.2% EBITDA margin."
        ),
        obs=[
            ("Total", 2024, 64, "EUR million", "actual"),
            ("Total", 2029, 171, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (171 / 64) ** (1 / 5) - 1 = 21.72% -> 22, not 21; bounds (170.5 / 64.5) ** (1/5) - 1 = 21.46%,
            # (171.5 / 63.5) ** (1/5) - 1 = 21.98% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Edinburgh research briefing: a total in GBP million and three segments with shares (wildfire and storm-risk
    #    mapping's 29% holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP
    #    million. Expected nowhere: the 42 estates interviewed, the 3.2 million hectares of woodland, the 11 million
    #    green tonnes of timber, the 21 million trees planted.
    dict(
        text=(
            "EDINBURGH, 23 September 2025 - Forest owners, managers and timber processors in the United Kingdom spent "
            "£96 million on AI tools in 2024, a briefing from the Caledonian Woodland Analytics Centre estimates. Drone "
            "and lidar forest inventory accounted for the most, £38 million or 40%, ahead of wildfire and storm-risk "
            "mapping at £27 million (29%). Pest and disease detection, largely for ash dieback and the spruce bark "
            "beetle, took £13 million, about 14% of the total. The centre, which interviewed 42 estates and contractors, "
            "sees spending reaching £0.25 billion in 2029. Britain's 3.2 million hectares of woodland yielded about 11 "
            "million green tonnes of timber last year, and some 21 million trees were planted."
        ),
        obs=[
            ("Total", 2024, 96, "GBP million", "actual"),
            ("Drone and lidar forest inventory", 2024, 38, "GBP million", "actual"),
            ("Wildfire and storm-risk mapping", 2024, 27, "GBP million", "actual"),
            ("Pest and disease detection", 2024, 13, "GBP million", "actual"),
            ("Total", 2029, 250, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38 / 96 = 39.58% -> 40
            # 27 / 96 = 28.13% -> 28, not 29; bounds 26.5 / 96.5 = 27.46%, 27.5 / 95.5 = 28.80% -> 29 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 13 / 96 = 13.54% -> 14
        ],
    ),
    # 4. Munich article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 22%" holds, its 21% CAGR is inconsistent. Expected nowhere: Rheinwald Analytics' €84 million for 2024, the
    #    2,000 sawmills, the 24 million cubic metres of logs, the €38 billion industry turnover, the 46% poll answer.
    dict(
        text=(
            "MUNICH, 8 July 2025 - German sawmills spent €71 million on AI log scanning, X-ray and 3D grading and cut "
            "optimisation in 2024, up 22% on the €58 million of 2023, estimates the Munich research house Isar Timber "
            "Insights. It expects €190 million in 2030, which it describes as compound annual growth of 21% between "
            "2024 and 2030. A second house, Rheinwald Analytics, puts 2024 spending at €84 million because it also "
            "counts planer-mill vision systems. Germany has roughly 2,000 sawmills, which cut some 24 million cubic "
            "metres of softwood logs last year, and the wood and furniture industry's turnover came to about €38 "
            "billion. In a poll, 46% of mill owners named labour shortages as the main reason to invest."
        ),
        obs=[
            ("Total", 2023, 58, "EUR million", "actual"),
            ("Total", 2024, 71, "EUR million", "actual"),
            ("Total", 2030, 190, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 58) ** (1 / 1) - 1 = 22.41% -> 22
            # (190 / 71) ** (1 / 6) - 1 = 17.83% -> 18, not 21; bounds (189.5 / 71.5) ** (1/6) - 1 = 17.64%,
            # (190.5 / 70.5) ** (1/6) - 1 = 18.02% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Vancouver): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "about a 17% CAGR" over a printed span. Expected nowhere: the company's revenue and EBITDA
    #    margin, its 5.2 million hectares of tenure, its 15% share goal, the second quarter's $6 million of savings.
    dict(
        text=(
            "Cascadia Forest Products Investor Day, Vancouver, September 17, 2025 - transcript excerpt. Elena Marsh, "
            "chief digital officer: \"All figures are in U.S. dollars. We see a total addressable market for AI forest "
            "inventory and harvest planning across North America, meaning lidar and drone cruising, satellite change "
            "detection and automated cut-block design, of $2.4 billion in 2024, and we expect it to reach $6.1 billion "
            "by 2030. That's about a 17% CAGR from 2024 to 2030. Our own revenue was $4.7 billion last year at a 14% "
            "EBITDA margin, we manage 5.2 million hectares of tenure, and our goal is a 15% share of that market by "
            "2030. In the second quarter alone our inventory software cut cruising costs by $6 million.\""
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 2.4) ** (1 / 6) - 1 = 16.82% -> 17
        ],
    ),
    # 6. Vienna ministry strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate). Expected nowhere: the €12 million pilot fund and its 40 enterprises, the 4 million hectares, the
    #    145,000 owners, the 17 million cubic metres harvested, the 58% survey answer.
    dict(
        text=(
            "VIENNA, 20 February 2025 - The Digital Forest Strategy presented today by Austria's Federal Ministry of "
            "Agriculture, Forestry, Regions and Water Management estimates that Austrian forest owners, forest "
            "enterprises and sawmills spent €23 million on AI forest inventory, bark-beetle detection and harvest "
            "planning last year, and expects €29 million this year, a rise of 26%. The strategy sets a target of €80 "
            "million by 2030. It earmarks €12 million for pilots on 40 forest enterprises and notes that the country's "
            "roughly 4 million hectares of forest are held by some 145,000 owners, who harvested about 17 million cubic "
            "metres of timber in 2023. In a survey it cites, 58% of owners said they would use satellite beetle alerts."
        ),
        obs=[
            ("Total", 2024, 23, "EUR million", "actual"),
            ("Total", 2025, 29, "EUR million", "estimate"),
            ("Total", 2030, 80, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29 / 23) ** (1 / 1) - 1 = 26.09% -> 26
        ],
    ),
    # 7. Correction notice on a Brazilian story: the 2030 range in US dollars gives two value claims (no observation);
    #    the 2024 figure is the year's observation. Expected nowhere: the misstated US$310-360 million, the R$400
    #    million (reais, not in the unit table), the 10 million hectares, the US$10 billion of pulp exports, the
    #    US$30,000 drone price; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 14 October 2025: An earlier version of this article misstated the 2030 forecast. Cerrado "
            "Florestal Consultoria expects the Brazilian market to reach US$210 million to US$260 million in 2030, not "
            "US$310 million to US$360 million.\n"
            "Brazilian pulp and plantation companies spent US$74 million in 2024 on AI pest and disease spotting in "
            "eucalyptus and pine plantations, using drone and satellite imagery, according to Cerrado Florestal "
            "Consultoria, a São Paulo consultancy. It expects the market to reach US$210 million to US$260 million in "
            "2030 as growers widen monitoring of rust, bronze bug and leaf-cutting ants. In reais, the 2024 figure came "
            "to roughly R$400 million. Brazil has about 10 million hectares of planted forest, its pulp exports were "
            "worth some US$10 billion last year, and a mapping drone costs about US$30,000."
        ),
        obs=[
            ("Total", 2024, 74, "USD million", "actual"),
        ],
        claims=[
            ("value", 210, "USD million", 2030, 2030, None),
            ("value", 260, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Forest-carbon blog post: "more than doubled" between 2022 and 2024 is a multiple x2 over 2 years (no
    #    verdict). Expected nowhere: the $1.4 billion of voluntary carbon-credit trades (total sales), the start-up's
    #    funding round and valuation, the first quarter's 1.8 million hectares, the $14 a tonne credit price, the
    #    $60,000 lidar-drone price.
    dict(
        text=(
            "Canopy Ledger, a forest-carbon blog, April 22, 2025 - Measure twice, credit once. Project developers and "
            "registries spent $57 million on AI measurement, reporting and verification of forest carbon credits in "
            "2022; by 2024 spending had more than doubled, to $128 million, according to Greenmark Carbon Analytics. "
            "Set that against roughly $1.4 billion of voluntary carbon-credit trades last year. The Denver start-up "
            "TreeTally raised $35 million in March at a $240 million valuation, and in the first quarter of 2025 its "
            "satellite biomass maps covered 1.8 million hectares. Credits from improved forest management fetched about "
            "$14 a tonne, and a survey-grade lidar drone costs some $60,000."
        ),
        obs=[
            ("Total", 2022, 57, "USD million", "actual"),
            ("Total", 2024, 128, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (森林防火智能监测预警) with its share,
    #    a CAGR with its printed span. Expected nowhere: the report's title year, the 25% forest cover (no share of the
    #    market), the 约9.3万亿元 forestry output (total sales), the 约2.6万架 drones, the 61% survey answer.
    dict(
        text=(
            "《2025中国智慧林业发展报告》日前在北京发布。报告显示，2024年我国林业人工智能应用（森林资源智能监测、森林"
            "防火预警、病虫害智能识别等）市场规模达到86.5亿元，同比增长24.5%，2023年为69.5亿元。其中，森林防火智能"
            "监测预警市场规模为31.2亿元，占比36.1%。报告预计，到2030年该市场规模将达到265亿元，2024—2030年复合增长率"
            "为20.5%。报告同时指出，我国森林覆盖率已超过25%，林业产业总产值约9.3万亿元，各地投入林业巡护无人机约2.6万"
            "架；受访林业单位中有61%计划在三年内部署卫星遥感智能监测。"
        ),
        obs=[
            ("Total", 2023, 69.5, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("森林防火智能监测预警", 2024, 31.2, "CNY 100 million", "actual"),
            ("Total", 2030, 265, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 69.5) ** (1 / 1) - 1 = 24.46% -> 24.5
            ("arithmetic", "exact"),  # 31.2 / 86.5 = 36.07% -> 36.1
            ("cagr|implied", "exact"),  # (265 / 86.5) ** (1 / 6) - 1 = 20.51% -> 20.5
        ],
    ),
    # 10. Fujian provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长29.9% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept
    #     as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 65% forest cover,
    #     the 1,200座 monitoring towers, the 3亿元 provincial fund.
    dict(
        text=(
            "福建省林业局日前印发《福建省智慧林业建设三年行动方案（2025—2027年）》。方案显示，2024年全省林业人工智能"
            "应用市场规模达10.9亿元，同比增长29.9%，2023年为8.4亿元。方案提出，力争到2027年全省林业人工智能应用市场"
            "规模突破35亿元，较2024年增长2倍，基本实现重点林区智能监测全覆盖。方案还明确，全省森林覆盖率保持在65%以上，"
            "新建森林防火智能监测铁塔1,200座，省级财政安排专项资金3亿元。"
        ),
        obs=[
            ("Total", 2023, 8.4, "CNY 100 million", "actual"),
            ("Total", 2024, 10.9, "CNY 100 million", "actual"),
            ("Total", 2027, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (10.9 / 8.4) ** (1 / 1) - 1 = 29.76% -> 29.8, not 29.9; bounds 10.85 / 8.45 - 1 = 28.40%,
            # 10.95 / 8.35 - 1 = 31.14% -> 29.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on forest-fire AI: the first institute's base, YoY and
    #     target are the snippet's (约27% at its printed figure). Expected nowhere: the second institute's 51亿元 for
    #     2024, the dateline, the 约290起 fires, the 约1,100公顷 burned, the 5.8万个 camera points.
    dict(
        text=(
            "新华社北京2025年3月21日电（记者王晓林）记者从中国林草防火产业大会上获悉，据中林智防研究院测算，2024年我国"
            "森林草原防火人工智能监测预警市场规模达42.6亿元，比上年的33.4亿元增长27.5%。该院预计，到2027年市场规模将"
            "达到88亿元，2024年至2027年年均复合增长率约27%。另一家机构青山林业数据研究所则估算，2024年这一市场规模为51"
            "亿元。据统计，2024年全国共发生森林火灾约290起，受害森林面积约1,100公顷，各地已建成林火视频监控点逾5.8万个。"
        ),
        obs=[
            ("Total", 2023, 33.4, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("Total", 2027, 88, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 33.4) ** (1 / 1) - 1 = 27.54% -> 27.5
            ("cagr|implied", "exact"),  # (88 / 42.6) ** (1 / 3) - 1 = 27.36% -> 27
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that holds only
    #     by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the 約219萬公頃
    #     of forest and 60.7% forest cover, the 約380架 drones, the 新台幣85萬元 drone price.
    dict(
        text=(
            "《2025臺灣智慧林業白皮書》指出，2024年國內AI森林資源調查、衛星變遷偵測與病蟲害監測市場規模為新台幣12.6億元，"
            "預估2029年將成長至新台幣32.1億元，2024至2029年年複合成長率達20.5%。白皮書並指出，臺灣森林面積約219萬公頃、"
            "森林覆蓋率約60.7%，林業及自然保育署目前配置約380架空拍機執行巡護，一架多光譜空拍機售價約新台幣85萬元。"
        ),
        obs=[
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2029, 32.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (32.1 / 12.6) ** (1 / 5) - 1 = 20.57% -> 20.6, not 20.5; bounds (32.05 / 12.65) ** (1/5) - 1 = 20.43%,
            # (32.15 / 12.55) ** (1/5) - 1 = 20.70% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約2.4億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約170萬棵 trees, the 約280宗 hill fires, the 80萬港元 scanner price, the
    #     約四成 arborists (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港樹木及園境業界聯會昨日公布研究報告指出，2024年本港政府部門、物業管理公司及郊野公園管理機構採用的AI樹木"
            "風險評估、光達樹木普查及山火煙霧偵測系統，市場規模約2.4億港元，較2023年的1.9億港元增長26.3%。報告預計，"
            "2028年市場規模將升至5.1億港元，2024至2028年年均複合增長率約21%。報告又指，全港政府管理的樹木約170萬棵，"
            "去年漁護署共處理山火約280宗，一部流動光達掃描器售價約80萬港元，約四成受訪樹藝師表示人手不足。本地初創林眼"
            "科技上月完成3,000萬港元A輪融資。"
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
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on log scanning and paper-machine AI: 去年 is 2024
    #     (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere:
    #     the first quarter's 1.1億元, the paper maker's own revenue and gross margin, the 500萬立方公尺 of timber.
    dict(
        text=(
            "（中央社記者林佳穎台北2025年4月15日電）市調機構森鑑產業研究今天表示，去年台灣木材加工與造紙業導入AI原木"
            "掃描、板材瑕疵檢測與紙機品質監控的市場規模約新台幣4.6億元，今年在缺工與節能壓力帶動下，可望成長22%至5.6億"
            "元。不過今年第一季市場規模約新台幣1.1億元，略低於預期。造紙龍頭永豐林紙業去年營收新台幣318億元，毛利率約"
            "13%；台灣每年進口木材約500萬立方公尺。"
        ),
        obs=[
            ("Total", 2024, 4.6, "TWD 100 million", "actual"),
            ("Total", 2025, 5.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.6 / 4.6) ** (1 / 1) - 1 = 21.74% -> 22
        ],
    ),
    # 15. Broker deep-dive (Simplified) on forest-carbon AI measurement: 2023/2024 actuals with a 41.9% YoY that holds
    #     only by rounding; the 2027 range 45亿—55亿元 gives two value claims (no observation). Expected nowhere: the
    #     report's date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders,
    #     the 约1,200万吨 of credits issued and their 约60元/吨 price.
    dict(
        text=(
            "华林证券研究所2025年10月深度报告《林业碳汇AI计量：从卫星遥感到数字核证》。我们测算，2024年国内林业碳汇AI"
            "计量与监测（卫星遥感生物量反演、激光雷达样地调查、数字化核证等）市场规模为18.7亿元，同比增长41.9%，2023年"
            "为13.2亿元。随着全国温室气体自愿减排交易市场重启，我们预计2027年市场规模将达到45亿—55亿元。行业龙头碳林"
            "科技2024年营收3.6亿元，毛利率52%，首次覆盖给予“增持”评级，目标价46元；公司三季度新签订单同比增长68%。目前"
            "林业碳汇项目年签发量约1,200万吨，成交均价约60元/吨。"
        ),
        obs=[
            ("Total", 2023, 13.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41.9, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2027, 2027, None),
            ("value", 55, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (18.7 / 13.2) ** (1 / 1) - 1 = 41.67% -> 41.7, not 41.9; bounds 18.65 / 13.25 - 1 = 40.75%,
            # 18.75 / 13.15 - 1 = 42.59% -> 41.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Nordic countries, EUR million) with a 2024-30 CAGR column and a Total row: each row's CAGR is
    #     stated (span in the header); the log-scanning row's 16.0% holds only by rounding; rows add to the Total in
    #     both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year, the kronor
    #     conversion rate.
    dict(
        text=(
            "Table 2. Nordic countries: AI in forestry and sawmilling by segment (EUR million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| Drone and lidar forest inventory | 48.2 | 131.5 | 18.2% |\n"
            "| Harvest planning and logistics | 36.7 | 88.9 | 15.9% |\n"
            "| Sawmill log scanning | 29.4 | 71.4 | 16.0% |\n"
            "| Total | 114.3 | 291.8 | 16.9% |\n"
            "Source: Boreal Data Partners, Nordic Forest Tech Outlook 2025; Swedish spending converted from kronor at "
            "SEK 11.4 to the euro. F = forecast."
        ),
        obs=[
            ("Drone and lidar forest inventory", 2024, 48.2, "EUR million", "actual"),
            ("Drone and lidar forest inventory", 2030, 131.5, "EUR million", "estimate"),
            ("Harvest planning and logistics", 2024, 36.7, "EUR million", "actual"),
            ("Harvest planning and logistics", 2030, 88.9, "EUR million", "estimate"),
            ("Sawmill log scanning", 2024, 29.4, "EUR million", "actual"),
            ("Sawmill log scanning", 2030, 71.4, "EUR million", "estimate"),
            ("Total", 2024, 114.3, "EUR million", "actual"),
            ("Total", 2030, 291.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131.5 / 48.2) ** (1 / 6) - 1 = 18.21% -> 18.2
            ("cagr|implied", "exact"),  # (88.9 / 36.7) ** (1 / 6) - 1 = 15.89% -> 15.9
            # (71.4 / 29.4) ** (1 / 6) - 1 = 15.94% -> 15.9, not 16.0; bounds (71.35 / 29.45) ** (1/6) - 1 = 15.89%,
            # (71.45 / 29.35) ** (1/6) - 1 = 15.98% -> 16.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (291.8 / 114.3) ** (1 / 6) - 1 = 16.91% -> 16.9
            ("hierarchy", "exact"),  # 2024: 48.2 + 36.7 + 29.4 = 114.3
            ("hierarchy", "exact"),  # 2030F: 131.5 + 88.9 + 71.4 = 291.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国林业人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "森林资源智能监测\t21.4\t27.9\t35.6\n"
            "森林防火预警\t12.6\t16.8\t21.9\n"
            "病虫害智能识别\t8.3\t11.1\t14.6\n"
            "林业碳汇计量\t5.2\t7.4\t10.3\n"
            "合计\t47.5\t63.3\t82.4\n"
            "资料来源：林草数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("森林资源智能监测", 2023, 21.4, "CNY 100 million", "actual"),
            ("森林资源智能监测", 2024, 27.9, "CNY 100 million", "actual"),
            ("森林资源智能监测", 2025, 35.6, "CNY 100 million", "estimate"),
            ("森林防火预警", 2023, 12.6, "CNY 100 million", "actual"),
            ("森林防火预警", 2024, 16.8, "CNY 100 million", "actual"),
            ("森林防火预警", 2025, 21.9, "CNY 100 million", "estimate"),
            ("病虫害智能识别", 2023, 8.3, "CNY 100 million", "actual"),
            ("病虫害智能识别", 2024, 11.1, "CNY 100 million", "actual"),
            ("病虫害智能识别", 2025, 14.6, "CNY 100 million", "estimate"),
            ("林业碳汇计量", 2023, 5.2, "CNY 100 million", "actual"),
            ("林业碳汇计量", 2024, 7.4, "CNY 100 million", "actual"),
            ("林业碳汇计量", 2025, 10.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 47.5, "CNY 100 million", "actual"),
            ("合计", 2024, 63.3, "CNY 100 million", "actual"),
            ("合计", 2025, 82.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 12.6 + 8.3 + 5.2 = 47.5
            # 2024: 27.9 + 16.8 + 11.1 + 7.4 = 63.2, not 63.3; bounds 63.0..63.4 (each part +/-0.05)
            # reach 63.25..63.35 -> 63.3 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 35.6 + 21.9 + 14.6 + 10.3 = 82.4
        ],
    ),
    # 18. Space-aligned table (Japan, JPY billion, 2024) with a share column and a Total row: four shares (the
    #     landslide row's 19.7% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 25 million hectares of forest, the 3,900 sawmills.
    dict(
        text=(
            "Japan: AI spending in forestry and wood processing by use, 2024\n"
            "Use                                        JPY bn     Share\n"
            "Drone and lidar forest surveys               4.13     40.9%\n"
            "Sawmill and precut log scanning              2.76     27.4%\n"
            "Landslide and fire-risk mapping              1.98     19.7%\n"
            "Pine-wilt and pest detection                 1.22     12.1%\n"
            "Total                                       10.09    100.0%\n"
            "Note 2: Japan has about 25 million hectares of forest and some 3,900 sawmills. Source: Sugiyama Forest "
            "Research."
        ),
        obs=[
            ("Drone and lidar forest surveys", 2024, 4.13, "JPY billion", "actual"),
            ("Sawmill and precut log scanning", 2024, 2.76, "JPY billion", "actual"),
            ("Landslide and fire-risk mapping", 2024, 1.98, "JPY billion", "actual"),
            ("Pine-wilt and pest detection", 2024, 1.22, "JPY billion", "actual"),
            ("Total", 2024, 10.09, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 40.9, "percent", 2024, 2024, None),
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.13 / 10.09 = 40.93% -> 40.9
            ("arithmetic", "exact"),  # 2.76 / 10.09 = 27.35% -> 27.4
            # 1.98 / 10.09 = 19.62% -> 19.6, not 19.7; bounds 1.975 / 10.095 = 19.56%, 1.985 / 10.085 = 19.68%
            # -> 19.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 1.22 / 10.09 = 12.09% -> 12.1
            ("hierarchy", "exact"),  # 4.13 + 2.76 + 1.98 + 1.22 = 10.09
        ],
    ),
    # 19. Vertical table (Canada) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 33.0% is inconsistent. Expected nowhere: the
    #     source's month and year, the Canadian-dollar conversion rate, the 6,000 wildfires, the 2021 dash.
    dict(
        text=(
            "Canada: spending on AI wildfire detection and fire-risk mapping\n"
            "Year | USD million | YoY\n"
            "2021 | 63.5 | -\n"
            "2022 | 84.2 | 32.6%\n"
            "2023 | 109.8 | 30.4%\n"
            "2024 | 141.6 | 33.0%\n"
            "2025E | 178.9 | 26.3%\n"
            "Source: Northwoods Fire Analytics, April 2025; Canadian-dollar spending converted at C$1.36 to the US "
            "dollar; 2023 saw more than 6,000 wildfires. E = estimate."
        ),
        obs=[
            ("Total", 2021, 63.5, "USD million", "actual"),
            ("Total", 2022, 84.2, "USD million", "actual"),
            ("Total", 2023, 109.8, "USD million", "actual"),
            ("Total", 2024, 141.6, "USD million", "actual"),
            ("Total", 2025, 178.9, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2021, 2022, 1.0),
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 33.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84.2 / 63.5) ** (1 / 1) - 1 = 32.60% -> 32.6
            ("cagr|implied", "exact"),  # (109.8 / 84.2) ** (1 / 1) - 1 = 30.40% -> 30.4
            # (141.6 / 109.8) ** (1 / 1) - 1 = 28.96% -> 29.0, not 33.0; bounds 141.55 / 109.85 - 1 = 28.86%,
            # 141.65 / 109.75 - 1 = 29.07% -> 33.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (178.9 / 141.6) ** (1 / 1) - 1 = 26.34% -> 26.3
        ],
    ),
    # 20. Tab-separated segment table (Australia and New Zealand, USD million) with a Total row: rows add to the Total
    #     in 2023 and 2025F but not in 2024 (118 printed, 109 summed: inconsistent); 2025F an estimate. Expected
    #     nowhere: the currency-conversion note.
    dict(
        text=(
            "Australia and New Zealand: AI in plantation forestry by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI harvest planning and log-yard scanning\t38\t47\t58\n"
            "AI forest inventory from drones and satellites\t24\t31\t39\n"
            "AI fire-risk mapping for plantations\t15\t19\t24\n"
            "AI pest and disease spotting\t9\t12\t16\n"
            "Total\t86\t118\t137\n"
            "Source: Tasman Forest Intelligence; Australian- and New Zealand-dollar spending converted at average annual "
            "rates. F = forecast."
        ),
        obs=[
            ("AI harvest planning and log-yard scanning", 2023, 38, "USD million", "actual"),
            ("AI harvest planning and log-yard scanning", 2024, 47, "USD million", "actual"),
            ("AI harvest planning and log-yard scanning", 2025, 58, "USD million", "estimate"),
            ("AI forest inventory from drones and satellites", 2023, 24, "USD million", "actual"),
            ("AI forest inventory from drones and satellites", 2024, 31, "USD million", "actual"),
            ("AI forest inventory from drones and satellites", 2025, 39, "USD million", "estimate"),
            ("AI fire-risk mapping for plantations", 2023, 15, "USD million", "actual"),
            ("AI fire-risk mapping for plantations", 2024, 19, "USD million", "actual"),
            ("AI fire-risk mapping for plantations", 2025, 24, "USD million", "estimate"),
            ("AI pest and disease spotting", 2023, 9, "USD million", "actual"),
            ("AI pest and disease spotting", 2024, 12, "USD million", "actual"),
            ("AI pest and disease spotting", 2025, 16, "USD million", "estimate"),
            ("Total", 2023, 86, "USD million", "actual"),
            ("Total", 2024, 118, "USD million", "actual"),
            ("Total", 2025, 137, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38 + 24 + 15 + 9 = 86
            # 2024: 47 + 31 + 19 + 12 = 109, not 118; bounds 107..111 (each part +/-0.5) miss 117.5..118.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 58 + 39 + 24 + 16 = 137
        ],
    ),
    # 21. Canadian earnings-call answer sizing a North American TAM (USD billion): the TAM the company sizes is the
    #     market (Total); "this year" is the call's year (2025, "about", printed figure, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the
    #     quarter's revenue and EBITDA margin, the 4,100 drone missions, the 15 million hectares mapped.
    dict(
        text=(
            "Northbeam Forest Technologies Q2 2025 earnings call, August 7, 2025 - Q&A\n"
            "Analyst (Marc Thibodeau, Laurentide Capital): How big is the opportunity outside your own licence holders?\n"
            "CEO Karin Aalto: We size the total addressable market for AI forest inventory and harvest planning across "
            "North America at about US$2.6 billion this year, up 24% from $2.1 billion last year, because every tenure "
            "holder now wants a lidar-grade inventory instead of cruising plots by hand. We see it reaching $5.9 billion "
            "by 2030, an 18% CAGR over 2025-2030. In the quarter we booked $318 million of revenue at a 21% adjusted "
            "EBITDA margin, our crews flew some 4,100 drone missions, and we now map about 15 million hectares of "
            "licensed forest every year."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2030, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 24
            ("cagr|implied", "exact"),  # (5.9 / 2.6) ** (1 / 5) - 1 = 17.81% -> 18
        ],
    ),
    # 22. US working-paper abstract on wildfire AI (USD million): YoY with both amounts that holds only by rounding, a
    #     2031 figure in billions converted to the series' unit (USD million), CAGR with printed span. Expected
    #     nowhere: the paper number, the 61,000 wildfires, the 3.6 million hectares burned, the US$4 billion of
    #     federal suppression costs.
    dict(
        text=(
            "Pacific Fire Economics Working Paper No. 2025-17. Abstract: Using procurement records from federal, state "
            "and county agencies and from electric utilities, we estimate U.S. spending on AI wildfire detection and "
            "risk mapping, meaning camera networks with computer vision, satellite hotspot models and ignition-risk "
            "maps. Spending rose from US$412 million in 2023 to US$508 million in 2024, an increase of 23.5%, and we "
            "project US$1.46 billion by 2031, a compound annual growth rate of 16.3% over 2024-2031. For scale, the "
            "country recorded about 61,000 wildfires in 2024 that burned some 3.6 million hectares, and federal "
            "suppression costs exceeded US$4 billion. We find that utilities, not land agencies, now drive most new "
            "purchases."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 508, "USD million", "actual"),
            ("Total", 2031, 1460, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (508 / 412) ** (1 / 1) - 1 = 23.30% -> 23.3, not 23.5; bounds 507.5 / 412.5 - 1 = 23.03%,
            # 508.5 / 411.5 - 1 = 23.57% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1460 / 508) ** (1 / 7) - 1 = 16.28% -> 16.3
        ],
    ),
    # 23. Numbered social-media thread on European sawmill scanning (EUR million): YoY with both amounts, a multiple
    #     over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent). Expected
    #     nowhere: the SEK 900M Swedish part (kronor are not in the unit table), the 1,900 sawmills, the 92 million
    #     m³ of sawlogs, the €1.2M scanner price, the €22M Series B and €140M valuation, the likes.
    dict(
        text=(
            "1/ Quick thread on the least glamorous AI market in forestry: scanning logs and boards in European "
            "sawmills. Numbers from a Helsinki research house's new report.\n"
            "2/ Sawmills in Europe spent €286M on AI log, board and grading scanners in 2024, up 14% from €251M in "
            "2023. Sweden alone was about SEK 900M of that.\n"
            "3/ Forecast is €610M by 2030, i.e. 2.1x in six years, which the report calls a 14.5% CAGR for 2024-2030.\n"
            "4/ Context: ~1,900 mid-size and large sawmills, 92 million m³ of sawlogs a year, and a CT log scanner "
            "still costs around €1.2M installed. Gradewise just raised a €22M Series B at a €140M valuation, so money "
            "is clearly following. (418 likes)"
        ),
        obs=[
            ("Total", 2023, 251, "EUR million", "actual"),
            ("Total", 2024, 286, "EUR million", "actual"),
            ("Total", 2030, 610, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("multiple", 2.1, "multiple", 2024, 2030, 6.0),
            ("cagr", 14.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 251) ** (1 / 1) - 1 = 13.94% -> 14
            # (610 / 286) ** (1 / 6) - 1 = 13.46%; bounds (609.5 / 286.5) ** (1/6) - 1 = 13.41%,
            # (610.5 / 285.5) ** (1/6) - 1 = 13.50% -> 14.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Sydney web article with a correction line (USD million, Australia and New Zealand priced in US dollars):
    #     "last year" is the dateline's year before (2024); YoY with both amounts, a part with its share. Expected
    #     nowhere: the misprinted US$45 million, the A$9 per-hectare fee (Australian dollars are not in the unit
    #     table), the 3.9 million hectares of plantations, the 62% survey answer, the update date.
    dict(
        text=(
            "SYDNEY - Updated 14 August 2025. Plantation owners in Australia and New Zealand spent US$63 million last "
            "year on AI that spots pests and disease in drone and satellite imagery, up 17% from US$54 million in "
            "2023, according to Tasman Canopy Analytics. Red-needle-cast detection, mostly in New Zealand's radiata "
            "pine estates, made up US$22 million, or 35% of the spending. Growers typically pay about A$9 per hectare "
            "a year for the service. The two countries have roughly 3.9 million hectares of plantations, and 62% of "
            "managers surveyed said early detection had cut their salvage-harvest losses.\n"
            "Correction: An earlier version of this article gave the 2023 figure as US$45 million. It was US$54 million."
        ),
        obs=[
            ("Total", 2023, 54, "USD million", "actual"),
            ("Total", 2024, 63, "USD million", "actual"),
            ("Red-needle-cast detection", 2024, 22, "USD million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63 / 54) ** (1 / 1) - 1 = 16.67% -> 17
            ("arithmetic", "exact"),  # 22 / 63 = 34.92% -> 35
        ],
    ),
    # 25. Finnish annual-report letter to shareholders (EUR million), dated February 2025: "last year" is 2024
    #     (actual); YoY with both amounts; "about EUR 450 million" by 2030 (printed figure, estimate); "more than
    #     triple" is a multiple x3 over six years (no verdict). Expected nowhere: the report's title year, the letter's
    #     date, the group's net sales and EBIT margin, the 2.4 million hectares, the 26 million cubic metres.
    dict(
        text=(
            "Koivula Forest Oyj, Annual Report 2024. Letter to shareholders\n"
            "Dear shareholders, last year the European market for AI-based forest carbon measurement, reporting and "
            "verification grew 31% to EUR 142 million, from EUR 108 million in 2023, as buyers of forest carbon "
            "credits began to demand lidar-backed baselines rather than a handful of sample plots. We expect the "
            "market to more than triple by 2030, to about EUR 450 million. Our own net sales were EUR 8.9 billion, "
            "with a comparable EBIT margin of 9.4%, and we now measure carbon across all 2.4 million hectares of "
            "forest we own or manage, from which we sourced 26 million cubic metres of wood.\n"
            "Helsinki, 20 February 2025, Aino Lehtonen, President and CEO"
        ),
        obs=[
            ("Total", 2023, 108, "EUR million", "actual"),
            ("Total", 2024, 142, "EUR million", "actual"),
            ("Total", 2030, 450, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 108) ** (1 / 1) - 1 = 31.48% -> 31
        ],
    ),
    # 26. Stockholm investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E
    #     and 2029E are estimates; YoY with both amounts; the 2025E-2029E CAGR holds only by rounding. Expected
    #     nowhere: the slide number, the SEK 43bn aside (kronor are not in the unit table), the 22 million hectares,
    #     the company's FY2024 sales, EBITDA margin and 2029 share target, the 1,450 harvesters.
    dict(
        text=(
            "Skogsvik Group Capital Markets Day, Stockholm, 11 June 2025. Slide 9: The digital forest, AI for "
            "inventory, harvest planning and wildfire risk\n"
            "- 2024 TAM: $3.8B\n"
            "- 2025E TAM: $4.5B (+18% YoY), roughly SEK 43bn\n"
            "- 2029E TAM: $8.6B; CAGR 2025E-2029E: 17%\n"
            "- 22 million hectares of customer forest already under satellite monitoring\n"
            "- 1,450 harvesters and forwarders connected to our planning cloud\n"
            "- Skogsvik FY2024 net sales SEK 21.3bn, EBITDA margin 15%; target: 10% share of TAM by 2029\n"
            "- Growth drivers: EU deforestation rules, insurers pricing fire risk, and a shrinking pool of forest "
            "surveyors"
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2029, 8.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.5 / 3.8) ** (1 / 1) - 1 = 18.42% -> 18
            # (8.6 / 4.5) ** (1 / 4) - 1 = 17.58% -> 18, not 17; bounds (8.55 / 4.55) ** (1/4) - 1 = 17.08%,
            # (8.65 / 4.45) ** (1/4) - 1 = 18.08% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses (EUR million): the first house's figures (base, target and rate)
    #     are the snippet's; YoY with both amounts that holds only by rounding, CAGR with printed span. Expected
    #     nowhere: the second house's €141 million for 2024, the 70 million cubic metres harvested, the €650,000
    #     harvester price, the upvotes.
    dict(
        text=(
            "Re: Who actually sizes the AI harvest-planning market in Germany and Austria? (answered, 31 upvotes)\n"
            "Two houses publish numbers and they don't agree. Waldmann Research says forest owners and logging "
            "contractors in Germany and Austria spent €118 million on AI harvest planning and harvester-data analytics "
            "in 2024, up 21% from €97 million in 2023, and expects €265 million in 2029, a CAGR of 17.6% for "
            "2024-2029. Alpenholz Consulting counts forest-road and haulage software as well and puts 2024 at "
            "€141 million. Either way it is small beside the timber itself: Germany alone harvests around 70 million "
            "cubic metres a year, and a new eight-wheel harvester costs roughly €650,000 before any software."
        ),
        obs=[
            ("Total", 2023, 97, "EUR million", "actual"),
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2029, 265, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 17.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (118 / 97) ** (1 / 1) - 1 = 21.65% -> 22, not 21; bounds 117.5 / 97.5 - 1 = 20.51%,
            # 118.5 / 96.5 - 1 = 22.80% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (265 / 118) ** (1 / 5) - 1 = 17.56% -> 17.6
        ],
    ),
    # 28. Mumbai broker note in rupees: rupees are not in the unit table, so no observation; its YoY (FY2025 -> 2025),
    #     CAGR and share are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the
    #     dateline, the Rs 1,240 crore, the 71 million hectares, the 200,000 fire alerts, the target price and
    #     upside, the pick's margin and June quarter.
    dict(
        text=(
            "Kalyan Ridge Securities, India Environment & Agritech, Mumbai, 3 July 2025\n"
            "Eyes over the canopy. We size India's market for AI forest monitoring and wildfire detection at "
            "Rs 1,240 crore in FY2025, up 27% year on year, and forecast a 23% CAGR over FY2025-FY2030 as state forest "
            "departments pipe satellite fire alerts straight into their control rooms. Satellite-based monitoring "
            "accounts for 46% of that spend. India's forest cover is about 71 million hectares, and the alert system "
            "flagged over 200,000 fire points last season. Our top pick, Vanashree Geospatial (BUY, TP Rs 860, 31% "
            "upside), reported a 19% EBITDA margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 23, "percent", 2025, 2030, None, "stated"),
            ("share", 46, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2027 figure (左右,
    #     printed figure, estimate). Expected nowhere: the dateline, the 25% forest cover, the 1.2亿立方米 of timber,
    #     the 3.2万架 drones, the 300 forest fires.
    dict(
        text=(
            "新华社昆明2025年3月21日电(记者杨思远)记者从中国林草数字化产业联盟获悉,2024年我国林业人工智能应用市场规模"
            "达到46.3亿元,较2023年的38.1亿元增长21.5%。其中,森林火灾智能监测预警市场规模为18.7亿元,占比40.4%,"
            "无人机巡护、卫星遥感与AI火情识别已在重点林区普遍应用。联盟预计,到2027年该市场规模将达到80亿元左右。"
            "数据显示,我国森林覆盖率已超过25%,2024年全国木材产量约1.2亿立方米,各地投入林业巡护的无人机约3.2万架,"
            "全年发生森林火灾约300起,为有记录以来较少的一年。"
        ),
        obs=[
            ("Total", 2023, 38.1, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("森林火灾智能监测预警", 2024, 18.7, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 40.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 38.1) ** (1 / 1) - 1 = 21.52% -> 21.5
            ("arithmetic", "exact"),  # 18.7 / 46.3 = 40.39% -> 40.4
        ],
    ),
    # 30. Lishui municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the plan's title years, the 200 drones and the 20万元 subsidy, the
    #     140万公顷 of forest land, the 81.7% forest cover, the 100% monitoring-coverage target.
    dict(
        text=(
            "《丽水市智慧林业发展三年行动方案(2025—2027年)》近日印发。方案提出,2024年全市智慧林业相关产业规模约"
            "9.6亿元,其中松材线虫病智能监测服务规模6,300万元,占比约6.6%。到2027年,全市智慧林业产业规模突破16亿元,"
            "年均复合增长率约19%;新增林业巡护无人机200架,对每架给予最高20万元补贴。全市现有林地面积约140万公顷,"
            "森林覆盖率81.7%,方案要求到2027年松材线虫病疫情智能监测覆盖率达到100%,并建成全市统一的林火视频识别平台。"
        ),
        obs=[
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("松材线虫病智能监测服务", 2024, 6300, "CNY 10 thousand", "actual"),
            ("Total", 2027, 16, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 6.6, "percent", 2024, 2024, None),
            ("cagr", 19, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6,300万 / 96,000万 = 6.56% -> 6.6
            ("cagr|period", "exact"),  # (16 / 9.6) ** (1 / 3) - 1 = 18.56% -> 19
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span.
    #     Expected nowhere: the release date, the 219萬公頃 of forest, the 60.7% forest cover, the under-1% timber
    #     self-sufficiency, the paper group's 820億元 revenue, the 112 firms interviewed.
    dict(
        text=(
            "【台北訊】森策產業研究所2025年6月3日發布研究指出,2024年台灣林業與木材加工AI應用市場規模達新台幣12.6億元,"
            "較2023年的10.4億元成長21.2%,成長動能來自無人機光達森林調查、衛星林火預警與製材廠原木掃描。該所預估,"
            "2028年市場規模將達28.3億元,2024至2028年年複合成長率為22.4%。研究所指出,全台森林面積約219萬公頃,"
            "森林覆蓋率約60.7%,木材自給率仍不到1%;國內最大紙業集團2024年營收約新台幣820億元。本次調查共訪問112家業者。"
        ),
        obs=[
            ("Total", 2023, 10.4, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2028, 28.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.4) ** (1 / 1) - 1 = 21.15% -> 21.2
            ("cagr|implied", "exact"),  # (28.3 / 12.6) ** (1 / 4) - 1 = 22.42% -> 22.4
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): a YoY with both amounts that holds only by rounding, a
    #     CAGR with printed span that no reading reaches (inconsistent). Expected nowhere: the report's title year,
    #     the 420億港元 of paper and timber trade, the 186 members, the 68% survey answer.
    dict(
        text=(
            "香港林產品及紙業協會昨日發表《2025香港木材及紙品供應鏈科技報告》。報告指出,2024年本港企業在木材及紙品"
            "供應鏈人工智能方案(包括原木來源追溯、森林碳匯量度及需求預測)上的開支約3.8億港元,較2023年的3.1億港元"
            "上升22%。協會預計,有關開支將於2028年增至7.6億港元,2024至2028年複合年增長率約21%。報告同時指出,本港2024年"
            "紙品及木材進出口總值約420億港元,而協會186家會員中有68%表示計劃在兩年內引入AI碳匯量度工具,以應付歐盟"
            "零毀林規例的盡職調查要求。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2028, 7.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 23, not 22; bounds 3.75 / 3.15 - 1 = 19.05%,
            # 3.85 / 3.05 - 1 = 26.23% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            # (7.6 / 3.8) ** (1 / 4) - 1 = 18.92%; bounds (7.55 / 3.85) ** (1/4) - 1 = 18.34%,
            # (7.65 / 3.75) ** (1/4) - 1 = 19.51% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on global AI forest-carbon measurement: YoY with both
    #     amounts that holds only by rounding, a 2027 forecast (預估, estimate) and a multiple over three years (no
    #     verdict). Expected nowhere: the post's header and date, the US$15-a-tonne carbon price, the paper maker's
    #     second-quarter revenue growth and gross margin, the push count.
    dict(
        text=(
            "作者 forestbull (森林多頭)\n"
            "看板 Stock\n"
            "標題 [情報] 外資報告:森林碳權AI量測市場規模出爐\n"
            "時間 Wed Jul 2 22:41:09 2025\n"
            "外資最新報告說,全球用衛星、光達和無人機做森林碳匯量測的AI市場,2024年約4.2億美元,2023年是3.3億美元,"
            "年增28%。報告預估2027年上看9.1億美元,是2024年的2.2倍,主要是碳權買家開始要求遙測基準線。碳權價格現在"
            "一噸大概15美元。台灣這邊某紙業龍頭第二季營收年增6%,毛利率18%,我有持股就不多說了。大家覺得碳權題材還能"
            "炒嗎?(推文 57)"
        ),
        obs=[
            ("Total", 2023, 3.3, "USD 100 million", "actual"),
            ("Total", 2024, 4.2, "USD 100 million", "actual"),
            ("Total", 2027, 9.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("multiple", 2.2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (4.2 / 3.3) ** (1 / 1) - 1 = 27.27% -> 27, not 28; bounds 4.15 / 3.35 - 1 = 23.88%,
            # 4.25 / 3.25 - 1 = 30.77% -> 28 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts, a share
    #     without its part's amount (claim, no verdict). Expected nowhere: the report date, the 9万亿元 of forestry
    #     output, the target price and upside, the pick's revenue, its 6亿元 round and 45亿元 valuation.
    dict(
        text=(
            "【华林证券】林草监测AI行业深度报告:让每一棵树都被看见(2025年7月8日)\n"
            "摘要:我们测算,2024年我国AI林草监测(含无人机巡护、卫星遥感与AI火情识别)市场规模为63.5亿元,较2023年的"
            "51.1亿元同比增长24.3%;预计2027年市场规模将达到105—125亿元。其中卫星遥感占比约35%,为最大细分领域。2024年"
            "全国林业产业总产值约9万亿元,AI渗透仍处早期。首次覆盖给予行业“推荐”评级,重点推荐天眼林科(目标价36元,"
            "上涨空间24%),公司2024年营业收入5.2亿元;公司近期完成B轮融资6亿元,投后估值45亿元。"
        ),
        obs=[
            ("Total", 2023, 51.1, "CNY 100 million", "actual"),
            ("Total", 2024, 63.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("value", 105, "CNY 100 million", 2027, 2027, None),
            ("value", 125, "CNY 100 million", 2027, 2027, None),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63.5 / 51.1) ** (1 / 1) - 1 = 24.27% -> 24.3
        ],
    ),
    # 35. Paper maker's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere:
    #     the company's revenue and gross margin, the first quarter's net profit, the 860万立方米 of wood, the 12 mills.
    dict(
        text=(
            "晨林纸业2024年度业绩说明会文字实录(2025年5月15日)\n"
            "投资者:公司如何看待AI原木检尺与锯材扫描的市场空间?\n"
            "董事会秘书:据公司测算,今年国内AI原木检尺与锯材扫描市场规模约18亿元,去年为14.5亿元,增长约24%。到2028年,"
            "这一市场有望达到32亿元,2025—2028年复合增长率约21%。公司2024年实现营业收入312亿元,毛利率15.8%,一季度"
            "归母净利润4.6亿元;全年采购木材约860万立方米,旗下12家制材厂已全部部署AI检尺系统,人工复核量明显下降。"
        ),
        obs=[
            ("Total", 2024, 14.5, "CNY 100 million", "actual"),
            ("Total", 2025, 18, "CNY 100 million", "estimate"),
            ("Total", 2028, 32, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18 / 14.5) ** (1 / 1) - 1 = 24.14% -> 24
            ("cagr|implied", "exact"),  # (32 / 18) ** (1 / 3) - 1 = 21.14% -> 21
        ],
    ),
    # 36. Markdown table (USD million, global) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2030F is an estimate; the harvest-planning CAGR holds only by rounding, the carbon-measurement CAGR
    #     by no reading (inconsistent). Expected nowhere: the table number, the US$1.5 trillion of forest-product
    #     sales and the 4.1 billion hectares in the note.
    dict(
        text=(
            "Table 3. Global AI in forestry and timber by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Forest inventory from drones, lidar and satellites | 412 | 1,128 | 18.3% |\n"
            "| Wildfire detection and risk mapping | 356 | 905 | 16.8% |\n"
            "| Harvest planning and log scanning | 231 | 538 | 15.2% |\n"
            "| Pest and disease detection | 97 | 284 | 19.6% |\n"
            "| Forest carbon measurement | 118 | 455 | 27.1% |\n"
            "| Total | 1,214 | 3,310 | 18.2% |\n"
            "Note: F = forecast. Source: Cedarline Research estimates from vendor revenues and public tenders. Shown "
            "without the roughly US$1.5 trillion of global forest-product sales and the world's some 4.1 billion "
            "hectares of forest."
        ),
        obs=[
            ("Forest inventory from drones, lidar and satellites", 2024, 412, "USD million", "actual"),
            ("Forest inventory from drones, lidar and satellites", 2030, 1128, "USD million", "estimate"),
            ("Wildfire detection and risk mapping", 2024, 356, "USD million", "actual"),
            ("Wildfire detection and risk mapping", 2030, 905, "USD million", "estimate"),
            ("Harvest planning and log scanning", 2024, 231, "USD million", "actual"),
            ("Harvest planning and log scanning", 2030, 538, "USD million", "estimate"),
            ("Pest and disease detection", 2024, 97, "USD million", "actual"),
            ("Pest and disease detection", 2030, 284, "USD million", "estimate"),
            ("Forest carbon measurement", 2024, 118, "USD million", "actual"),
            ("Forest carbon measurement", 2030, 455, "USD million", "estimate"),
            ("Total", 2024, 1214, "USD million", "actual"),
            ("Total", 2030, 3310, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1128 / 412) ** (1 / 6) - 1 = 18.28% -> 18.3
            ("cagr|implied", "exact"),  # (905 / 356) ** (1 / 6) - 1 = 16.82% -> 16.8
            # (538 / 231) ** (1 / 6) - 1 = 15.13% -> 15.1, not 15.2; bounds (537.5 / 231.5) ** (1/6) - 1 = 15.07%,
            # (538.5 / 230.5) ** (1/6) - 1 = 15.19% -> 15.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (284 / 97) ** (1 / 6) - 1 = 19.61% -> 19.6
            # (455 / 118) ** (1 / 6) - 1 = 25.22%; bounds (454.5 / 118.5) ** (1/6) - 1 = 25.11%,
            # (455.5 / 117.5) ** (1/6) - 1 = 25.34% -> 27.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3310 / 1214) ** (1 / 6) - 1 = 18.20% -> 18.2
            ("hierarchy", "exact"),  # 2024: 412 + 356 + 231 + 97 + 118 = 1,214
            ("hierarchy", "exact"),  # 2030F: 1,128 + 905 + 538 + 284 + 455 = 3,310
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) with a Total row and a YoY column; the wilt-detection YoY
    #     holds only by rounding. Expected nowhere: the table number, the 25 million hectares and the 21 million
    #     cubic metres of log output in the note.
    dict(
        text=(
            "Table 5. Japan: AI forestry and timber systems by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Drone and lidar forest surveys\t6.8\t8.1\t19.1%\n"
            "Pine-wilt and oak-wilt detection\t2.4\t2.9\t21.3%\n"
            "Sawmill log and lumber scanning\t3.7\t4.3\t16.2%\n"
            "Total\t12.9\t15.3\t18.6%\n"
            "Note: fiscal years to March. Source: Kiso Forest Industry Research, from vendor shipments to prefectural "
            "forestry offices, forest owners' cooperatives and sawmills; Japan's 25 million hectares of forest and its "
            "domestic log output of about 21 million cubic metres are given for context only."
        ),
        obs=[
            ("Drone and lidar forest surveys", 2023, 6.8, "JPY billion", "actual"),
            ("Drone and lidar forest surveys", 2024, 8.1, "JPY billion", "actual"),
            ("Pine-wilt and oak-wilt detection", 2023, 2.4, "JPY billion", "actual"),
            ("Pine-wilt and oak-wilt detection", 2024, 2.9, "JPY billion", "actual"),
            ("Sawmill log and lumber scanning", 2023, 3.7, "JPY billion", "actual"),
            ("Sawmill log and lumber scanning", 2024, 4.3, "JPY billion", "actual"),
            ("Total", 2023, 12.9, "JPY billion", "actual"),
            ("Total", 2024, 15.3, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.1 / 6.8 - 1 = 19.12% -> 19.1
            # 2.9 / 2.4 - 1 = 20.83% -> 20.8, not 21.3; bounds 2.85 / 2.45 - 1 = 16.33%, 2.95 / 2.35 - 1 = 25.53%
            # -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 4.3 / 3.7 - 1 = 16.22% -> 16.2
            ("cagr|implied", "exact"),  # 15.3 / 12.9 - 1 = 18.60% -> 18.6
            ("hierarchy", "exact"),  # FY2023: 6.8 + 2.4 + 3.7 = 12.9
            ("hierarchy", "exact"),  # FY2024: 8.1 + 2.9 + 4.3 = 15.3
        ],
    ),
    # 38. Space-aligned table (GBP million, UK, 2024) with a share column and a Total row (its 100.0% is no claim);
    #     the tree-health share holds only by rounding. Expected nowhere: the 140 estates surveyed, the 3.3 million
    #     hectares of woodland and the £2.6 billion of timber sales in the source line.
    dict(
        text=(
            "UK: AI spend in forestry and woodland management by application, 2024 (\u00a3m)\n"
            "Application                              \u00a3m      Share\n"
            "Forest inventory and mapping             24.6     43.5%\n"
            "Tree-health and disease detection        13.2     23.3%\n"
            "Harvest planning and sawmill scanning    10.8     19.1%\n"
            "Woodland carbon measurement              7.9      14.0%\n"
            "Total                                    56.5     100.0%\n"
            "Source: Thornbury Woodland Economics survey of 140 estates, contractors and sawmills; UK woodland covers "
            "about 3.3 million hectares, and the \u00a32.6 billion of domestic timber sales is excluded."
        ),
        obs=[
            ("Forest inventory and mapping", 2024, 24.6, "GBP million", "actual"),
            ("Tree-health and disease detection", 2024, 13.2, "GBP million", "actual"),
            ("Harvest planning and sawmill scanning", 2024, 10.8, "GBP million", "actual"),
            ("Woodland carbon measurement", 2024, 7.9, "GBP million", "actual"),
            ("Total", 2024, 56.5, "GBP million", "actual"),
        ],
        claims=[
            ("share", 43.5, "percent", 2024, 2024, None),
            ("share", 23.3, "percent", 2024, 2024, None),
            ("share", 19.1, "percent", 2024, 2024, None),
            ("share", 14.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 24.6 / 56.5 = 43.54% -> 43.5
            # 13.2 / 56.5 = 23.36% -> 23.4, not 23.3; bounds 13.15 / 56.55 = 23.25%, 13.25 / 56.45 = 23.47%
            # -> 23.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 10.8 / 56.5 = 19.12% -> 19.1
            ("arithmetic", "exact"),  # 7.9 / 56.5 = 13.98% -> 14.0
            ("hierarchy", "exact"),  # 24.6 + 13.2 + 10.8 + 7.9 = 56.5
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, Canada priced in US dollars), a lone value column headed
    #     by its unit only (Total); 2025F-2027F are estimates; a CAGR with printed span in the note. Expected
    #     nowhere: the C$ conversion remark, the 15 million hectares burned and the 6,600 fires of 2023.
    dict(
        text=(
            "Canada: spending on AI wildfire detection and risk mapping\n"
            "Year | US$ million\n"
            "2021 | 38\n"
            "2022 | 47\n"
            "2023 | 71\n"
            "2024 | 88\n"
            "2025F | 109\n"
            "2026F | 131\n"
            "2027F | 156\n"
            "Note: F = forecast; CAGR 2021-2027F: 26.5%. Source: Boreal Signal Analytics, from provincial and federal "
            "contracts for lookout-camera networks, satellite hotspot models and fire-risk maps; C$ amounts converted "
            "at yearly average rates. The record 2023 season burned some 15 million hectares in about 6,600 fires."
        ),
        obs=[
            ("Total", 2021, 38, "USD million", "actual"),
            ("Total", 2022, 47, "USD million", "actual"),
            ("Total", 2023, 71, "USD million", "actual"),
            ("Total", 2024, 88, "USD million", "actual"),
            ("Total", 2025, 109, "USD million", "estimate"),
            ("Total", 2026, 131, "USD million", "estimate"),
            ("Total", 2027, 156, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2021, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (156 / 38) ** (1 / 6) - 1 = 26.54% -> 26.5
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024 合計 holds only
    #     by rounding, the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the table number, the
    #     title's year span, the 219萬公頃 in the note.
    dict(
        text=(
            "表4 2023—2025年臺灣林業AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "無人機與光達森林調查 | 3.1 | 3.8 | 4.6\n"
            "衛星林火與崩塌風險圖資 | 2.2 | 2.7 | 3.3\n"
            "病蟲害智慧辨識 | 1.4 | 1.8 | 2.3\n"
            "製材廠原木AI掃描 | 2.6 | 3.0 | 3.5\n"
            "合計 | 9.3 | 11.4 | 14.5\n"
            "資料來源:林研數位顧問;涵蓋國有林管理單位、私有林經營者與製材業者,不含紙漿及紙品銷售;全台森林面積約219萬公頃;"
            "2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("無人機與光達森林調查", 2023, 3.1, "TWD 100 million", "actual"),
            ("無人機與光達森林調查", 2024, 3.8, "TWD 100 million", "actual"),
            ("無人機與光達森林調查", 2025, 4.6, "TWD 100 million", "estimate"),
            ("衛星林火與崩塌風險圖資", 2023, 2.2, "TWD 100 million", "actual"),
            ("衛星林火與崩塌風險圖資", 2024, 2.7, "TWD 100 million", "actual"),
            ("衛星林火與崩塌風險圖資", 2025, 3.3, "TWD 100 million", "estimate"),
            ("病蟲害智慧辨識", 2023, 1.4, "TWD 100 million", "actual"),
            ("病蟲害智慧辨識", 2024, 1.8, "TWD 100 million", "actual"),
            ("病蟲害智慧辨識", 2025, 2.3, "TWD 100 million", "estimate"),
            ("製材廠原木AI掃描", 2023, 2.6, "TWD 100 million", "actual"),
            ("製材廠原木AI掃描", 2024, 3.0, "TWD 100 million", "actual"),
            ("製材廠原木AI掃描", 2025, 3.5, "TWD 100 million", "estimate"),
            ("合計", 2023, 9.3, "TWD 100 million", "actual"),
            ("合計", 2024, 11.4, "TWD 100 million", "actual"),
            ("合計", 2025, 14.5, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.1 + 2.2 + 1.4 + 2.6 = 9.3
            # 2024: 3.8 + 2.7 + 1.8 + 3.0 = 11.3 vs 11.4; rows' bounds 11.1-11.5, total's 11.35-11.45
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 4.6 + 3.3 + 2.3 + 3.5 = 13.7 vs 14.5; rows' bounds 13.5-13.9, total's 14.45-14.55
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 17, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 14% of the total',
    'A second house, Rheinwald Analytics, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣32.1億元',
    '億港元',
    '中央社記者林佳穎台北2025年4月15日電',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '2024 | 141.6 | 33.0%',
    'Northbeam Forest Technologies Q2 2025 earnings call, August 7, 2025',
    'Pacific Fire Economics Working Paper No. 2025-17. Abstract:',
    '3/ Forecast is €610M by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $4.5B (+18% YoY)',
    'Alpenholz Consulting counts forest-road and haulage software',
    'Rs 1,240 crore in FY2025',
    '新华社昆明2025年3月21日电',
    '標題 [情報] 外資報告:森林碳權AI量測市場規模出爐',
    '预计2027年市场规模将达到105—125亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 9.3 | 11.4 | 14.5',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 197
#: figures, 64 rates, 87 verdicts and 0 false inconsistent
#: after the readings chosen on the 228th to 239th sets: one verdict fewer than before, one figure more, since a part's
#: name holding its own "and" at the head of its sentence is read as the part's (this set's misses are not read)
FLOORS = {"figures_found": 198, "rates_found": 64, "verdicts_right": 88}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset231.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
