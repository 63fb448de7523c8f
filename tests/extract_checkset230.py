"""A two-hundred-and-thirtieth check set for the extractor, written blind: AI in forestry and timber: AI forest inventory
from drones, lidar and satellites, AI wildfire detection and risk mapping, AI harvest planning and sawmill log scanning,
AI for pest and disease spotting in plantations, AI carbon- credit measurement for forests; sized in money by forestry
agencies and ministries, timber and paper industry bodies, brokers, consultancies, research houses and forest-product
companies' investor days, in the United States, Canada, Brazil (reais only as an aside), Sweden (kronor only as an
aside), Finland, Germany, Austria, the United Kingdom, Australia, New Zealand, Japan, mainland China, Taiwan and Hong
Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out:
total timber, pulp or paper sales beside the AI part, hectares, cubic metres, numbers of fires, trees, drones or
sawmills, a drone's price, a company's own revenue or margin, a funding round and valuation, a quarter's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in forestry and timber: eight English prose texts (a Denver wire
release on wildfire detection and risk mapping, a Tokyo broker note in fiscal years and yen on drone and lidar forest
inventory, a Helsinki briefing with three segments and shares, a Vienna article on harvest planning and log scanning
quoting two research houses, a Portland investor-day TAM for forest carbon-credit measurement, a Scottish strategy with
last-year/this-year figures and a 2030 goal, a correction notice on a Brazilian plantation story with a range, a sawmill
blog post with 'more than doubled'), seven Chinese prose texts (a smart-forestry report, a Fujian plan with 力争到 and
增长1.9倍, a Xinhua story on forest-fire AI quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in
億港元, a CNA story on forest carbon with 去年/今年, a broker deep-dive with a range) and five tables (German markdown with a
CAGR column, tab-separated Chinese with a 合计 row, Canadian space-aligned with shares, a New Zealand vertical table of
years with YoY, an Australian tab-separated segment table). Left out: timber, lumber, pulp and wood-industry sales
beside the AI part, hectares, acres, cubic metres, counts of fires, sawmills, cameras, drones, credits and projects,
drone, camera and scanner prices, companies' revenue and margins, funding rounds and valuations, quarter figures, survey
answers, forest-cover percentages, reais, kronor and NZ/Australian/Canadian-dollar amounts, a second house's figure, a
correction's wrong range, shares in words. Inconsistent: the Vienna 23% CAGR, the New Zealand 2023 YoY and the
Australian 2024 Total. Only by rounding: the Helsinki pest share, the Fujian 27.1% and broker 36.4% YoYs, the Taiwan
CAGR, the German wildfire row's CAGR, the 2024年 合计 and the Canadian harvest-planning share.

Snippets 21-40: Twenty snippets on AI in forestry and timber, numbered 21-40: eight English prose pieces (a US earnings-
call answer sizing a North American TAM for AI forest inventory with 'this year' and 'last year' read from the call's
date, a Joensuu working-paper abstract on EU AI wildfire detection whose 2030 figure in billions is converted to the
series' millions, a numbered social-media thread on Australian and New Zealand plantations in US dollars, a Vancouver
web article on AI wildfire detection with a correction line, a Finnish annual-report letter on AI harvest planning with
an inferred-span CAGR, investor-day slide bullets on AI forest-carbon measurement with a multiple, a forum answer
quoting two research houses on German bark-beetle spotting, and a Mumbai broker note in rupees that gives claims but no
observations), seven Chinese prose pieces (a Xinhua-style release on forest-fire AI, a Sanming plan with a part in 万元, a
Taipei research release on pest monitoring, a Hong Kong association report in 億港元, a PTT post, a broker abstract on
forest carbon with a 2027 range, a paper maker's results-briefing transcript) and five tables (markdown US dollars with
a CAGR column, tab-separated yen with a YoY column, space-aligned pounds with a share column, a vertical Brazilian table
of years headed by its unit only, a Traditional Chinese table in 新台幣億元 with a 合計 row). Left out everywhere: total
timber, pulp and paper sales beside the AI part, hectares, mu, cubic metres and tonnes, numbers of fires, projects,
credits, drones and sawmills, a drone's price, companies' own revenue, margins and share targets, a funding round and
valuation, a quarter's figures, survey and coverage percentages, kronor, reais and Canadian-dollar asides, a second
house's figure and a corrected misprint. Inconsistent: the thread's 16% CAGR, the Hong Kong report's 23% CAGR, the UK
table's 29% pest share and the Taiwan table's 2025 合計. Holding only by rounding: the working paper's 23.4% growth, the
slides' 35% 2023-2025E CAGR, the Taipei release's 22.4% CAGR, the PTT post's 26% growth, the briefing's 30% growth, the
harvest-planning CAGR in the markdown table, the pest-detection YoY in the yen table and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the outlook's title year, the 1,300 officers surveyed, the 64,900 wildfires and 8.9 million acres burned,
    #    the $85,000 camera-station price, the 71% survey answer.
    dict(
        text=(
            "DENVER, April 8, 2025 /PRNewswire/ -- Federal, state and private land managers in the United States spent "
            "$523 million on AI wildfire detection, camera-network analytics and fire-risk mapping in 2024, up 27% from "
            "$412 million in 2023, according to the 2025 Wildland Fire Technology Outlook released today by Front Range "
            "Forest Analytics. The firm, which surveyed 1,300 fire-management officers, projects spending of $1.6 "
            "billion by 2030, a compound annual growth rate of 20.5% over 2024-2030. The country recorded some 64,900 "
            "wildfires last year that burned about 8.9 million acres, and a ridge-top AI camera station costs roughly "
            "$85,000. Some 71% of the officers said they planned to add satellite hotspot feeds."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 523, "USD million", "actual"),
            ("Total", 2030, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (523 / 412) ** (1 / 1) - 1 = 26.94% -> 27
            ("cagr|implied", "exact"),  # (1600 / 523) ** (1 / 6) - 1 = 20.49% -> 20.5
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 20.24%. Expected nowhere: the dateline, the 10
    #    million hectares of plantations, the 22 million cubic metres of logs, Brazilian spending in reais, the covered
    #    company's sales, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 12 June 2025. Japan Forest Products, sector note. We size the Japanese market for AI forest "
            "inventory, from drone lidar surveys and satellite imagery to harvest-planning software, at ¥7.8 billion in "
            "FY2024 (year to March 2025) and forecast ¥19.6 billion by FY2029e, a CAGR of about 20%. Japan's "
            "plantation forests cover some 10 million hectares, and domestic log output runs at about 22 million cubic "
            "metres a year. In Brazil, we estimate eucalyptus growers spend around R$140 million on similar tools. Our "
            "top pick, Kiso Timber Holdings (Buy, TP ¥3,150, 24% upside), grew FY2024 sales 9% to ¥186 billion at a "
            "7.2% operating margin."
        ),
        obs=[
            ("Total", 2024, 7.8, "JPY billion", "actual"),
            ("Total", 2029, 19.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (19.6 / 7.8) ** (1 / 5) - 1 = 20.24% -> 20
        ],
    ),
    # 3. Helsinki research briefing: a total in EUR million and three segments with shares (pest and disease
    #    spotting's "about 14%" holds only by rounding); the 2029 forecast printed in billions is expected converted
    #    to EUR million. Expected nowhere: the 220 managers interviewed, Swedish spending in kronor, Finland's
    #    €12.5 billion of forest-industry exports (total sales), the 26 million hectares of forest.
    dict(
        text=(
            "HELSINKI, 23 September 2025 - Finnish forest owners, forest-industry companies and the state forest "
            "enterprise spent €149 million on AI tools in 2024, a briefing from the Tapiola Forest Economy Institute "
            "estimates. Forest inventory from drones, lidar and satellite imagery took the largest slice, €57 million "
            "or 38%, followed by harvest planning and sawmill log scanning at €44 million (30%). Pest and disease "
            "spotting came to €20 million, about 14% of the total. The institute, which interviewed 220 forestry "
            "managers, expects spending to reach €0.32 billion in 2029. Across the border, Swedish forest companies "
            "spend some SEK 900 million on similar tools. Finland's forest-industry exports came to about €12.5 billion "
            "last year, and its forests cover some 26 million hectares."
        ),
        obs=[
            ("Total", 2024, 149, "EUR million", "actual"),
            ("Forest inventory from drones, lidar and satellite imagery", 2024, 57, "EUR million", "actual"),
            ("Harvest planning and sawmill log scanning", 2024, 44, "EUR million", "actual"),
            ("Pest and disease spotting", 2024, 20, "EUR million", "actual"),
            ("Total", 2029, 320, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 30, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 57 / 149 = 38.26% -> 38
            ("arithmetic", "exact"),  # 44 / 149 = 29.53% -> 30
            # 20 / 149 = 13.42% -> 13, not 14; bounds 19.5 / 149.5 = 13.04%, 20.5 / 148.5 = 13.80% -> 14 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Vienna article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 21%" holds, its 23% CAGR is inconsistent. Expected nowhere: Donau Market Research's €41 million for 2024,
    #    the roughly 900 sawmills, the 17 million cubic metres of logs, the €9 billion of wood-industry sales (total
    #    sales), the 38% survey answer.
    dict(
        text=(
            "VIENNA, 15 July 2025 - Austria's forest owners and sawmills spent €34 million on AI harvest planning and "
            "sawmill log scanning in 2024, up 21% on the €28 million of 2023, estimates the Graz research house Murtal "
            "Holzdaten. It forecasts €96 million in 2030, which it describes as compound annual growth of 23% between "
            "2024 and 2030. A rival house, Donau Market Research, puts 2024 spending at €41 million because it also "
            "counts timber-trucking software. Austria's roughly 900 sawmills cut about 17 million cubic metres of logs "
            "last year, and the wood industry's sales came to some €9 billion; 38% of mill owners polled said a lack of "
            "skilled log graders was their biggest problem."
        ),
        obs=[
            ("Total", 2023, 28, "EUR million", "actual"),
            ("Total", 2024, 34, "EUR million", "actual"),
            ("Total", 2030, 96, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34 / 28) ** (1 / 1) - 1 = 21.43% -> 21
            # (96 / 34) ** (1 / 6) - 1 = 18.89% -> 19, not 23; bounds (95.5 / 34.5) ** (1/6) - 1 = 18.49%,
            # (96.5 / 33.5) ** (1/6) - 1 = 19.28% -> 23 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Portland, Oregon): the total addressable market the company sizes is the market
    #    (Total), in USD billion, with "roughly a 20% CAGR" over a printed span. Expected nowhere: the company's timber
    #    and wood-products revenue and EBITDA margin, its 2.1 million acres, its 10% share goal, the first quarter's
    #    1.4 million carbon credits.
    dict(
        text=(
            "Cascade Ridge Timber Investor Day, Portland, Oregon, May 20, 2025 - transcript excerpt. Dana Whitford, "
            "chief executive: \"Let me size the opportunity we see in natural climate solutions. The total addressable "
            "market for AI measurement, reporting and verification of forest carbon credits, meaning lidar and "
            "satellite biomass estimates, growth modelling and registry audits, was $2.4 billion in 2024, and we think "
            "it reaches $7.1 billion by 2030. That's roughly a 20% CAGR from 2024 to 2030. Our timber and wood "
            "products revenue was $3.9 billion last year at a 17% EBITDA margin, we own about 2.1 million acres of "
            "timberland, and our goal is a 10% share of that market by 2030. In the first quarter alone we sold 1.4 "
            "million carbon credits.\""
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 7.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.1 / 2.4) ** (1 / 6) - 1 = 19.81% -> 20
        ],
    ),
    # 6. Edinburgh government strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 goal (an
    #    estimate). Expected nowhere: the £4 million for drone pilots in 10 forest districts, the 1.5 million
    #    hectares of woodland, the 7 million cubic metres harvested in 2023, the 64% survey answer.
    dict(
        text=(
            "EDINBURGH, 4 March 2025 - The Forestry Digital Strategy published today by the Scottish Government "
            "estimates that public and private forest managers in Scotland spent £18 million on AI forest inventory, "
            "tree-disease spotting and wildfire-risk mapping last year, and expects £23 million this year, an increase "
            "of 28%. The strategy sets a goal of £60 million by 2030. It commits £4 million to drone pilots across 10 "
            "forest districts and notes that Scotland's woodland covers about 1.5 million hectares, from which some 7 "
            "million cubic metres of timber were harvested in 2023. In a survey it cites, 64% of forest managers said "
            "they would use AI to spot larch disease."
        ),
        obs=[
            ("Total", 2024, 18, "GBP million", "actual"),
            ("Total", 2025, 23, "GBP million", "estimate"),
            ("Total", 2030, 60, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23 / 18) ** (1 / 1) - 1 = 27.78% -> 28
        ],
    ),
    # 7. Correction notice on a Brazilian plantation story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated $360-410 million,
    #    the 10 million hectares of planted forest, the $10.6 billion of pulp exports (total sales), the R$520 million
    #    in reais; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 28 October 2025: An earlier version of this article misstated the 2030 forecast. Mata "
            "Atlântica Consultoria expects the Brazilian market to reach $260 million to $310 million in 2030, not $360 "
            "million to $410 million.\n"
            "Brazilian pulp and plantation companies spent $97 million in 2024 on AI pest and disease spotting and "
            "drone inventory in eucalyptus and pine plantations, according to Mata Atlântica Consultoria, a Curitiba "
            "consultancy. It expects the market to reach $260 million to $310 million in 2030 as growers extend "
            "satellite monitoring to leased land. Brazil's planted forests cover about 10 million hectares, its pulp "
            "exports reached some $10.6 billion last year, and in local currency the 2024 spending comes to roughly "
            "R$520 million."
        ),
        obs=[
            ("Total", 2024, 97, "USD million", "actual"),
        ],
        claims=[
            ("value", 260, "USD million", 2030, 2030, None),
            ("value", 310, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Sawmill-technology blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no
    #    verdict). Expected nowhere: the $48 billion of lumber shipped (total timber sales), the start-up's funding
    #    round and valuation, the second quarter's 36% rise in bookings, the $2.5 million CT-scanner price, the 2,900
    #    sawmills.
    dict(
        text=(
            "The Kerf Line, a sawmill-technology blog, September 2, 2025 - Scanners that think. North American sawmills "
            "spent $38 million on AI log scanning and cut-optimisation software in 2021; by 2024 that spending had more "
            "than doubled, to $86 million, according to Timberline Data Works. It is still small beside the roughly $48 "
            "billion of lumber the mills shipped last year. The Oregon start-up GrainSight raised $18 million in July at "
            "a $110 million valuation, and in the second quarter of 2025 its bookings rose 36%. A CT log scanner can "
            "cost $2.5 million, and there are about 2,900 sawmills in the United States and Canada."
        ),
        obs=[
            ("Total", 2021, 38, "USD million", "actual"),
            ("Total", 2024, 86, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI森林资源调查) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 约2.3亿公顷 of forest, the 约194亿立方米
    #    growing stock, the 约300起 forest fires, the 61% survey answer.
    dict(
        text=(
            "《2025中国智慧林业发展报告》日前在北京发布。报告显示，2024年我国林业人工智能应用（无人机与激光雷达森林资源"
            "调查、卫星遥感监测、森林防火预警等）市场规模达到46.8亿元，同比增长24.5%，2023年为37.6亿元。其中，AI森林"
            "资源调查市场规模为15.2亿元，占比32.5%。报告预计，到2029年该市场规模将达到128亿元，2024—2029年复合增长率"
            "为22.3%。报告同时指出，全国森林面积约2.3亿公顷，森林蓄积量约194亿立方米，2024年全国共发生森林火灾约300起；"
            "受访林业单位中有61%计划在三年内部署无人机巡护。"
        ),
        obs=[
            ("Total", 2023, 37.6, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI森林资源调查", 2024, 15.2, "CNY 100 million", "actual"),
            ("Total", 2029, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 32.5, "percent", 2024, 2024, None),
            ("cagr", 22.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 37.6) ** (1 / 1) - 1 = 24.47% -> 24.5
            ("arithmetic", "exact"),  # 15.2 / 46.8 = 32.48% -> 32.5
            ("cagr|implied", "exact"),  # (128 / 46.8) ** (1 / 5) - 1 = 22.29% -> 22.3
        ],
    ),
    # 10. Fujian provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长27.1% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长1.9倍 kept
    #     as a multiple x1.9 over 4 years (no verdict). Expected nowhere: the plan's title years, the 2,000 fire
    #     cameras, the 500 drones, the 65% forest-cover rate.
    dict(
        text=(
            "福建省林业局等五部门近日联合印发《福建省智慧林业建设三年行动方案（2025—2027年）》。方案显示，2023年全省"
            "林业人工智能应用（含森林防火智能监测、松材线虫病AI识别、林木采伐规划等）市场规模为5.6亿元，2024年增至"
            "7.1亿元，同比增长27.1%。方案提出，力争到2027年全省相关市场规模突破16亿元，较2023年增长1.9倍；新建林火视频"
            "监控点2,000个以上，配备巡护无人机500架，全省森林覆盖率保持在65%以上。"
        ),
        obs=[
            ("Total", 2023, 5.6, "CNY 100 million", "actual"),
            ("Total", 2024, 7.1, "CNY 100 million", "actual"),
            ("Total", 2027, 16, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("multiple", 1.9, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (7.1 / 5.6) ** (1 / 1) - 1 = 26.79% -> 26.8, not 27.1; bounds 7.05 / 5.65 - 1 = 24.78%,
            # 7.15 / 5.55 - 1 = 28.83% -> 27.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 南方林业经济研究所's 约24亿元 for 2024, the forum's
    #     title year, the 3万路 cameras, the 约1.2万架 drones.
    dict(
        text=(
            "新华社昆明4月2日电（记者 李沐阳）记者从日前举办的2025全国森林草原防火科技论坛上获悉，据中国林业信息化研究院"
            "测算，2024年我国AI森林火情监测与火险预警市场规模为21.4亿元，比2023年的16.8亿元增长27.4%，预计2025年将达到"
            "27亿元。另据南方林业经济研究所统计，2024年这一市场规模约为24亿元。去年全国共部署林火智能监测摄像头超过3万路，"
            "巡护无人机约1.2万架。"
        ),
        obs=[
            ("Total", 2023, 16.8, "CNY 100 million", "actual"),
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2025, 27, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.4 / 16.8) ** (1 / 1) - 1 = 27.38% -> 27.4
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 25.4% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 約219.7萬公頃 of forest, the
    #     約5.02億立方公尺 of growing stock, the 新台幣450萬元 lidar-drone price.
    dict(
        text=(
            "農業部林業及自然保育署委託台灣林業科技協會編撰的《2025臺灣智慧林業白皮書》指出，2024年國內AI林業應用（含"
            "無人機光達森林調查、衛星影像判釋、森林病蟲害AI辨識與林火預警）市場規模達新台幣9.6億元，較2023年的新台幣"
            "7.5億元成長28.0%。其中，森林病蟲害AI辨識市場規模為新台幣2.7億元，占比28.1%。白皮書預估，2028年市場規模將"
            "達新台幣24億元，2024至2028年年複合成長率為25.4%。白皮書也指出，全台森林面積約219.7萬公頃，林木蓄積量約"
            "5.02億立方公尺，一架測繪用光達無人機售價約新台幣450萬元。"
        ),
        obs=[
            ("Total", 2023, 7.5, "TWD 100 million", "actual"),
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("森林病蟲害AI辨識", 2024, 2.7, "TWD 100 million", "actual"),
            ("Total", 2028, 24, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("share", 28.1, "percent", 2024, 2024, None),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 7.5) ** (1 / 1) - 1 = 28.00% -> 28.0
            ("arithmetic", "exact"),  # 2.7 / 9.6 = 28.13% -> 28.1
            # (24 / 9.6) ** (1 / 4) - 1 = 25.74% -> 25.7, not 25.4; bounds (23.5 / 9.65) ** (1/4) - 1 = 24.92%,
            # (24.5 / 9.55) ** (1/4) - 1 = 26.56% -> 25.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約2.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約4.4萬公頃 of country parks, the 約250宗 hill fires, the 150萬棵 roadside
    #     trees, the 80萬港元 radar price, the 約三成 firms (a share in words and a survey), the start-up's 3,000萬港元
    #     funding round.
    dict(
        text=(
            "香港園境及樹藝業協會昨日公布研究報告指出，2024年本港政府部門、物業管理公司及郊野公園管理方採用的AI樹木風險"
            "評估、山火偵測及林地病蟲害監測系統，市場規模約2.6億港元，較2023年的2.1億港元增長23.8%。報告預計，2028年"
            "市場規模將升至5.9億港元，2024至2028年年均複合增長率約23%。報告又指，全港郊野公園面積約4.4萬公頃，去年共錄得"
            "山火約250宗，政府管理的路旁樹木超過150萬棵，一部樹木雷達探測儀售價約80萬港元；約三成受訪物業公司表示已試用"
            "AI巡樹。本地初創林智科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.1, "HKD 100 million", "actual"),
            ("Total", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2028, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 23.8
            ("cagr|implied", "exact"),  # (5.9 / 2.6) ** (1 / 4) - 1 = 22.74% -> 23
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on forest carbon measurement: 去年 is 2024 (actual,
    #     約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first
    #     quarter's 0.7億元, the paper maker's own revenue and gross margin, the 約40萬公頃 of plantations.
    dict(
        text=(
            "（中央社記者林書妤台北2025年6月18日電）市調機構宏林產業研究今天表示，去年台灣AI森林碳匯計量與造林監測服務"
            "市場規模約新台幣3.2億元，今年在企業碳盤查與自願減量需求帶動下，可望成長31%至4.2億元。不過今年第一季市場規模"
            "僅約新台幣0.7億元。國內造紙大廠台林紙業去年營收新台幣412億元，毛利率約14%；全台人工林面積約40萬公頃。"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 4.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.2) ** (1 / 1) - 1 = 31.25% -> 31
        ],
    ),
    # 15. Broker deep-dive (Simplified) on forest-carbon AI: 2023/2024 actuals with a 36.4% YoY that holds only by
    #     rounding; the 2027 range 30亿—38亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders, the
    #     约400个 registered projects.
    dict(
        text=(
            "华林证券研究所2025年10月深度报告《林业碳汇AI：从遥感计量到交易核证》。我们测算，2024年国内林业碳汇AI计量"
            "监测（卫星与激光雷达生物量反演、碳汇项目核证、森林经营监测等）市场规模为12.8亿元，同比增长36.4%，2023年为"
            "9.4亿元。随着全国温室气体自愿减排交易市场扩容，我们预计2027年市场规模将达到30亿—38亿元。行业龙头绿碳数科"
            "2024年营收2.6亿元，毛利率51%，首次覆盖给予“增持”评级，目标价42元；公司三季度新签订单同比增长64%。目前全国"
            "林业碳汇项目累计备案约400个。"
        ),
        obs=[
            ("Total", 2023, 9.4, "CNY 100 million", "actual"),
            ("Total", 2024, 12.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.4, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 38, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (12.8 / 9.4) ** (1 / 1) - 1 = 36.17% -> 36.2, not 36.4; bounds 12.75 / 9.45 - 1 = 34.92%,
            # 12.85 / 9.35 - 1 = 37.43% -> 36.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Germany, EUR million) with a 2024-30 CAGR column and a Total row: each row's CAGR is stated
    #     (span in the header); the wildfire row's 19.6% holds only by rounding; rows add to the Total in both years;
    #     2030F is an estimate. Expected nowhere: the table number, the outlook's title year, the 11.4 million
    #     hectares in the note.
    dict(
        text=(
            "Table 2. Germany: AI in forestry by segment (EUR million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| Forest inventory from drones, lidar and satellites | 38.4 | 112.6 | 19.6% |\n"
            "| Wildfire detection and risk mapping | 14.2 | 41.8 | 19.6% |\n"
            "| Bark-beetle and disease spotting | 21.7 | 68.9 | 21.2% |\n"
            "| Harvest planning and log scanning | 26.3 | 70.6 | 17.9% |\n"
            "| Total | 100.6 | 293.9 | 19.6% |\n"
            "Source: Schwarzwald Forst Analytik, Digital Forest Outlook 2025; Germany's forests cover some 11.4 million "
            "hectares. F = forecast."
        ),
        obs=[
            ("Forest inventory from drones, lidar and satellites", 2024, 38.4, "EUR million", "actual"),
            ("Forest inventory from drones, lidar and satellites", 2030, 112.6, "EUR million", "estimate"),
            ("Wildfire detection and risk mapping", 2024, 14.2, "EUR million", "actual"),
            ("Wildfire detection and risk mapping", 2030, 41.8, "EUR million", "estimate"),
            ("Bark-beetle and disease spotting", 2024, 21.7, "EUR million", "actual"),
            ("Bark-beetle and disease spotting", 2030, 68.9, "EUR million", "estimate"),
            ("Harvest planning and log scanning", 2024, 26.3, "EUR million", "actual"),
            ("Harvest planning and log scanning", 2030, 70.6, "EUR million", "estimate"),
            ("Total", 2024, 100.6, "EUR million", "actual"),
            ("Total", 2030, 293.9, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.6 / 38.4) ** (1 / 6) - 1 = 19.64% -> 19.6
            # (41.8 / 14.2) ** (1 / 6) - 1 = 19.71% -> 19.7, not 19.6; bounds (41.75 / 14.25) ** (1/6) - 1 = 19.62%,
            # (41.85 / 14.15) ** (1/6) - 1 = 19.81% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (68.9 / 21.7) ** (1 / 6) - 1 = 21.23% -> 21.2
            ("cagr|implied", "exact"),  # (70.6 / 26.3) ** (1 / 6) - 1 = 17.89% -> 17.9
            ("cagr|implied", "exact"),  # (293.9 / 100.6) ** (1 / 6) - 1 = 19.56% -> 19.6
            ("hierarchy", "exact"),  # 2024: 38.4 + 14.2 + 21.7 + 26.3 = 100.6
            ("hierarchy", "exact"),  # 2030F: 112.6 + 41.8 + 68.9 + 70.6 = 293.9
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国林业人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "森林资源智能调查\t8.6\t11.2\t14.5\n"
            "林火智能监测预警\t6.4\t8.3\t10.9\n"
            "病虫害AI识别\t3.9\t5.2\t6.8\n"
            "智能采伐与木材检尺\t2.7\t3.6\t4.7\n"
            "合计\t21.6\t28.4\t36.9\n"
            "资料来源：林业数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("森林资源智能调查", 2023, 8.6, "CNY 100 million", "actual"),
            ("森林资源智能调查", 2024, 11.2, "CNY 100 million", "actual"),
            ("森林资源智能调查", 2025, 14.5, "CNY 100 million", "estimate"),
            ("林火智能监测预警", 2023, 6.4, "CNY 100 million", "actual"),
            ("林火智能监测预警", 2024, 8.3, "CNY 100 million", "actual"),
            ("林火智能监测预警", 2025, 10.9, "CNY 100 million", "estimate"),
            ("病虫害AI识别", 2023, 3.9, "CNY 100 million", "actual"),
            ("病虫害AI识别", 2024, 5.2, "CNY 100 million", "actual"),
            ("病虫害AI识别", 2025, 6.8, "CNY 100 million", "estimate"),
            ("智能采伐与木材检尺", 2023, 2.7, "CNY 100 million", "actual"),
            ("智能采伐与木材检尺", 2024, 3.6, "CNY 100 million", "actual"),
            ("智能采伐与木材检尺", 2025, 4.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 21.6, "CNY 100 million", "actual"),
            ("合计", 2024, 28.4, "CNY 100 million", "actual"),
            ("合计", 2025, 36.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.6 + 6.4 + 3.9 + 2.7 = 21.6
            # 2024: 11.2 + 8.3 + 5.2 + 3.6 = 28.3, not 28.4; bounds 28.1..28.5 (each part +/-0.05)
            # reach 28.35..28.45 -> 28.4 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 14.5 + 10.9 + 6.8 + 4.7 = 36.9
        ],
    ),
    # 18. Space-aligned table (Canada, USD million, 2024) with a share column and a Total row: four shares (the
    #     harvest-planning row's 21.4% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the Canadian-dollar conversion, the 362 million hectares of forest.
    dict(
        text=(
            "Canada: AI spending in forestry by use, 2024\n"
            "Use                                            USD m     Share\n"
            "Forest inventory from lidar and satellites      52.8     38.7%\n"
            "Wildfire detection and risk mapping             41.6     30.5%\n"
            "Harvest planning and sawmill log scanning       29.3     21.4%\n"
            "Pest and disease spotting                       12.7      9.3%\n"
            "Total                                          136.4    100.0%\n"
            "Note 5: figures converted from Canadian dollars at C$1.37 to the US dollar; Canada has about 362 million "
            "hectares of forest. Source: Boreal Insight Partners."
        ),
        obs=[
            ("Forest inventory from lidar and satellites", 2024, 52.8, "USD million", "actual"),
            ("Wildfire detection and risk mapping", 2024, 41.6, "USD million", "actual"),
            ("Harvest planning and sawmill log scanning", 2024, 29.3, "USD million", "actual"),
            ("Pest and disease spotting", 2024, 12.7, "USD million", "actual"),
            ("Total", 2024, 136.4, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.7, "percent", 2024, 2024, None),
            ("share", 30.5, "percent", 2024, 2024, None),
            ("share", 21.4, "percent", 2024, 2024, None),
            ("share", 9.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 52.8 / 136.4 = 38.71% -> 38.7
            ("arithmetic", "exact"),  # 41.6 / 136.4 = 30.499% -> 30.5
            # 29.3 / 136.4 = 21.481% -> 21.5, not 21.4; bounds 29.25 / 136.45 = 21.436%, 29.35 / 136.35 = 21.525%
            # -> 21.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12.7 / 136.4 = 9.31% -> 9.3
            ("hierarchy", "exact"),  # 52.8 + 41.6 + 29.3 + 12.7 = 136.4
        ],
    ),
    # 19. Vertical table (New Zealand) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 21.6% is inconsistent. Expected nowhere: the
    #     source's month and year, the NZ-dollar conversion rate, the 1.8 million hectares of plantations, the 2021
    #     dash.
    dict(
        text=(
            "New Zealand: spending on AI plantation inventory and harvest planning\n"
            "Year | USD million | YoY\n"
            "2021 | 9.6 | -\n"
            "2022 | 12.4 | 29.2%\n"
            "2023 | 15.7 | 21.6%\n"
            "2024 | 19.8 | 26.1%\n"
            "2025E | 24.6 | 24.2%\n"
            "Source: Kaingaroa Forest Data, February 2025; NZ-dollar spending converted at NZ$1.64 to the US dollar; "
            "covers some 1.8 million hectares of plantation forest. E = estimate."
        ),
        obs=[
            ("Total", 2021, 9.6, "USD million", "actual"),
            ("Total", 2022, 12.4, "USD million", "actual"),
            ("Total", 2023, 15.7, "USD million", "actual"),
            ("Total", 2024, 19.8, "USD million", "actual"),
            ("Total", 2025, 24.6, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2021, 2022, 1.0),
            ("growth", 21.6, "percent", 2022, 2023, 1.0),
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.6) ** (1 / 1) - 1 = 29.17% -> 29.2
            # (15.7 / 12.4) ** (1 / 1) - 1 = 26.61% -> 26.6, not 21.6; bounds 15.65 / 12.45 - 1 = 25.70%,
            # 15.75 / 12.35 - 1 = 27.53% -> 21.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (19.8 / 15.7) ** (1 / 1) - 1 = 26.11% -> 26.1
            ("cagr|implied", "exact"),  # (24.6 / 19.8) ** (1 / 1) - 1 = 24.24% -> 24.2
        ],
    ),
    # 20. Tab-separated segment table (Australia, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (98 printed, 92 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     Australian-dollar conversion rate, the 1.9 million hectares of plantations.
    dict(
        text=(
            "Australia: AI in forestry by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI wildfire detection and risk mapping\t34\t41\t50\n"
            "AI plantation inventory from drones and satellites\t22\t27\t33\n"
            "AI pest and disease spotting\t11\t14\t18\n"
            "AI harvest planning and log scanning\t8\t10\t13\n"
            "Total\t75\t98\t114\n"
            "Source: Murray Timber Analytics; Australian-dollar spending converted at A$1.53 to the US dollar; covers "
            "about 1.9 million hectares of plantations. F = forecast."
        ),
        obs=[
            ("AI wildfire detection and risk mapping", 2023, 34, "USD million", "actual"),
            ("AI wildfire detection and risk mapping", 2024, 41, "USD million", "actual"),
            ("AI wildfire detection and risk mapping", 2025, 50, "USD million", "estimate"),
            ("AI plantation inventory from drones and satellites", 2023, 22, "USD million", "actual"),
            ("AI plantation inventory from drones and satellites", 2024, 27, "USD million", "actual"),
            ("AI plantation inventory from drones and satellites", 2025, 33, "USD million", "estimate"),
            ("AI pest and disease spotting", 2023, 11, "USD million", "actual"),
            ("AI pest and disease spotting", 2024, 14, "USD million", "actual"),
            ("AI pest and disease spotting", 2025, 18, "USD million", "estimate"),
            ("AI harvest planning and log scanning", 2023, 8, "USD million", "actual"),
            ("AI harvest planning and log scanning", 2024, 10, "USD million", "actual"),
            ("AI harvest planning and log scanning", 2025, 13, "USD million", "estimate"),
            ("Total", 2023, 75, "USD million", "actual"),
            ("Total", 2024, 98, "USD million", "actual"),
            ("Total", 2025, 114, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 34 + 22 + 11 + 8 = 75
            # 2024: 41 + 27 + 14 + 10 = 92, not 98; bounds 90..94 (each part +/-0.5) miss 97.5..98.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 50 + 33 + 18 + 13 = 114
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): the TAM the company sizes is the market (Total); "this
    #     year" is the call's year (2025, "about", printed figure, estimate), "last year" 2024 (actual); YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the quarter's revenue and
    #     gross margin, the 1,400 drones, the $38,000 drone price, the 40 million and 766 million acres.
    dict(
        text=(
            "Norwood Forest Technologies Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Rachel Imbert, Halvorsen & Pike): How big is the pond you are fishing in?\n"
            "CEO Marcus Lindqvist: We size the North American total addressable market for AI forest inventory, "
            "meaning drone and lidar capture plus the satellite analytics that turn it into stand-level volumes, at "
            "about $2.6 billion this year, up 18% from $2.2 billion last year. We think it reaches $5.1 billion by "
            "2029, an 18.3% CAGR over 2025 to 2029. For the quarter we posted $96 million of revenue at a 58% gross "
            "margin. We fly about 1,400 drones, each roughly $38,000 fully fitted, over some 40 million acres under "
            "contract, and that is still a sliver of the 766 million acres of U.S. forest land."
        ),
        obs=[
            ("Total", 2024, 2.2, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2029, 5.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 18.3, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.2) ** (1 / 1) - 1 = 18.18% -> 18
            ("cagr|implied", "exact"),  # (5.1 / 2.6) ** (1 / 4) - 1 = 18.34% -> 18.3
        ],
    ),
    # 22. Joensuu working-paper abstract (EUR million): YoY with both amounts that holds only by rounding, a 2030
    #     figure in billions converted to the series' unit (EUR million), CAGR with printed span. Expected nowhere:
    #     the paper number, the 159 million hectares of forest, the 383,000 hectares burned, the 4,200 towers, the
    #     SEK 310 million Swedish aside and the R$96 million Brazilian aside (kronor and reais are not in the unit
    #     table).
    dict(
        text=(
            "Joensuu Centre for Forest Economics, Working Paper No. 25-13. Abstract: Using public tenders and vendor "
            "disclosures, we estimate what EU member states and regional forest services spend on AI wildfire "
            "detection and fire-risk mapping, from camera networks and satellite hotspot alerts to fuel-moisture "
            "models. Spending rose from \u20ac148 million in 2023 to \u20ac183 million in 2024, an increase of 23.4%, "
            "and we project \u20ac0.74 billion by 2030, a compound annual growth rate of 26.2% over 2024-2030. The "
            "EU's 159 million hectares of forest saw some 383,000 hectares burn in 2024, and about 4,200 lookout "
            "towers now carry AI cameras. Sweden's spending, reported in kronor (SEK 310 million), is included at "
            "average exchange rates; for comparison, Brazil's state of Mato Grosso budgeted R$96 million. We find "
            "that procurement cycles, not technology, set the pace of adoption."
        ),
        obs=[
            ("Total", 2023, 148, "EUR million", "actual"),
            ("Total", 2024, 183, "EUR million", "actual"),
            ("Total", 2030, 740, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 26.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (183 / 148) ** (1 / 1) - 1 = 23.65% -> 23.6, not 23.4; bounds 182.5 / 148.5 - 1 = 22.90%,
            # 183.5 / 147.5 - 1 = 24.41% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (740 / 183) ** (1 / 6) - 1 = 26.22% -> 26.2
        ],
    ),
    # 23. Numbered social-media thread on Australian and New Zealand plantations (USD million): YoY with both amounts,
    #     a part with its share, a CAGR with printed span that no reading reaches (inconsistent). Expected nowhere:
    #     the NZ$ conversion remark, the 1.8 million hectares, the US$60,000 drone price, the 64% survey answer,
    #     the likes.
    dict(
        text=(
            "1/ Thread: AI is coming for the pine plantations of Australia and New Zealand. Numbers from a Melbourne "
            "forestry consultancy's new market study, all in US dollars.\n"
            "2/ Spending on AI plantation tools (drone and lidar inventory, pest and disease spotting, harvest "
            "planning) hit US$212 million in 2024, up 17% from US$181 million in 2023. Drone and lidar inventory was "
            "US$86 million of that, about 41%.\n"
            "3/ Forecast: US$395 million by 2029, which they call a 16% CAGR for 2024-29. NZ$ figures in the study "
            "are converted at average rates.\n"
            "4/ For scale: NZ alone has about 1.8 million hectares of plantation forest, a survey-grade lidar drone "
            "costs US$60,000 or more, and 64% of managers polled said labour shortages drive adoption. (418 likes)"
        ),
        obs=[
            ("Total", 2023, 181, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Drone and lidar inventory", 2024, 86, "USD million", "actual"),
            ("Total", 2029, 395, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 16, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 181) ** (1 / 1) - 1 = 17.13% -> 17
            ("arithmetic", "exact"),  # 86 / 212 = 40.57% -> 41
            # (395 / 212) ** (1 / 5) - 1 = 13.25%; bounds (394.5 / 212.5) ** (1/5) - 1 = 13.17%,
            # (395.5 / 211.5) ** (1/5) - 1 = 13.34% -> 16 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Vancouver web article with a correction line (USD million, Canadian market priced in US dollars): YoY with
    #     both amounts, a part with its share. Expected nowhere: the misprinted US$113 million, the update date, the
    #     C$2,000 camera fee (Canadian dollars are not in the unit table), the 5,600 wildfires, the 5.3 million
    #     hectares burned, the 62% survey answer.
    dict(
        text=(
            "VANCOUVER - Updated July 9, 2025. Canadian provinces and forest companies spent US$131 million on AI "
            "wildfire detection and fire-risk mapping in 2024, up 36% from US$96 million in 2023, according to Coastal "
            "Range Analytics. Satellite hotspot detection, which flags new fires from orbit within minutes, accounted "
            "for US$54 million, or 41% of the total. Provincial contracts typically pay around C$2,000 per camera per "
            "month. Canada recorded more than 5,600 wildfires in 2024 that burned some 5.3 million hectares, and 62% "
            "of fire managers surveyed said AI alerts had shortened their response times.\n"
            "Correction: An earlier version of this article gave the 2024 figure as US$113 million. It is US$131 "
            "million."
        ),
        obs=[
            ("Total", 2023, 96, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
            ("Satellite hotspot detection", 2024, 54, "USD million", "actual"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131 / 96) ** (1 / 1) - 1 = 36.46% -> 36
            ("arithmetic", "exact"),  # 54 / 131 = 41.22% -> 41
        ],
    ),
    # 25. Finnish annual-report letter to shareholders (EUR million), dated February 2025: "last year" is 2024
    #     (actual); YoY with both amounts; "around €330 million" by 2029 (printed figure, estimate); the CAGR's span
    #     is given only by the amounts' years (inferred). Expected nowhere: the report's title year, the letter's
    #     date, the group's net sales and margin, the 14 sawmills, the 11.6 million cubic metres, the SEK 640
    #     million Swedish aside (kronor are not in the unit table).
    dict(
        text=(
            "Pohjolan Mets\u00e4 Oyj, Annual Report 2024. Letter to shareholders\n"
            "Last year the Nordic and Baltic market for AI harvest planning and harvester-data analytics grew 21% to "
            "\u20ac164 million, from \u20ac136 million in 2023, as forest owners learned to plan cuts from lidar "
            "rather than from memory. We expect it to reach around \u20ac330 million by 2029, compound growth of "
            "about 15% a year. Our own net sales were \u20ac9.8 billion at a comparable operating margin of 7.2%, and "
            "our 14 sawmills processed 11.6 million cubic metres of logs. In Sweden alone, customers spent some "
            "SEK 640 million on such tools.\n"
            "Helsinki, 12 February 2025. Aino Virtanen, President and CEO"
        ),
        obs=[
            ("Total", 2023, 136, "EUR million", "actual"),
            ("Total", 2024, 164, "EUR million", "actual"),
            ("Total", 2029, 330, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (164 / 136) ** (1 / 1) - 1 = 20.59% -> 21
            ("cagr|period", "exact"),  # (330 / 164) ** (1 / 5) - 1 = 15.01% -> 15
        ],
    ),
    # 26. Denver investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E
    #     and 2028E are estimates; two CAGRs with printed spans, the 2023-2025E one holds only by rounding; a
    #     multiple over five years (no verdict). Expected nowhere: the slide number, the 2,100 projects, the 190
    #     million credits, the company's FY2024 revenue, margin and 2028 share target.
    dict(
        text=(
            "Verdant Ledger Investor Day, Denver, October 2, 2025. Slide 11: Market opportunity, AI measurement of "
            "forest carbon credits\n"
            "- 2023 TAM: $0.9B\n"
            "- 2025E TAM: $1.6B\n"
            "- 2028E TAM: $3.4B\n"
            "- 2023-2025E CAGR: 35%; 2025E-2028E CAGR: 29%\n"
            "- TAM grows 3.8x from 2023 to 2028E as registries move from field plots to remote-sensing verification\n"
            "- 2,100 forest carbon projects listed worldwide; 190 million credits issued to date\n"
            "- Verdant Ledger FY2024 revenue $146M, adj. EBITDA margin 18%; target 15% share of TAM by 2028"
        ),
        obs=[
            ("Total", 2023, 0.9, "USD billion", "actual"),
            ("Total", 2025, 1.6, "USD billion", "estimate"),
            ("Total", 2028, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2023, 2025, None, "stated"),
            ("cagr", 29, "percent", 2025, 2028, None, "stated"),
            ("multiple", 3.8, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            # (1.6 / 0.9) ** (1 / 2) - 1 = 33.33% -> 33, not 35; bounds (1.55 / 0.95) ** (1/2) - 1 = 27.73%,
            # (1.65 / 0.85) ** (1/2) - 1 = 39.33% -> 35 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3.4 / 1.6) ** (1 / 3) - 1 = 28.56% -> 29
        ],
    ),
    # 27. Forum answer quoting two research houses (EUR million): the first house's figures (base, target and rate)
    #     are the snippet's; YoY with both amounts, CAGR with printed span. Expected nowhere: the second house's
    #     €72 million for 2024, the 500,000 hectares of dead spruce, the €25,000 drone price, the upvotes.
    dict(
        text=(
            "Re: Who actually pays for AI bark-beetle spotting in Germany? (answered, 39 upvotes)\n"
            "Depends whose numbers you trust. Waldmark Analytik says German forest owners and state forestry "
            "agencies spent \u20ac58 million on AI detection of bark-beetle infestations from drones and satellites "
            "in 2024, up 26% from \u20ac46 million in 2023, and expects \u20ac131 million in 2028, a CAGR of 22.6% "
            "for 2024-2028. Hollerbach & Fink counts ground sensors too and puts 2024 at \u20ac72 million. Either "
            "way, the damage dwarfs the spend: beetles and drought have killed spruce on roughly 500,000 hectares "
            "since 2018, and a mapping drone with a multispectral camera costs about \u20ac25,000, which is why most "
            "owners buy the service rather than the hardware."
        ),
        obs=[
            ("Total", 2023, 46, "EUR million", "actual"),
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2028, 131, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 22.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
            ("cagr|implied", "exact"),  # (131 / 58) ** (1 / 4) - 1 = 22.59% -> 22.6
        ],
    ),
    # 28. Mumbai broker note in rupees: rupees are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims (fiscal years counted as their numbers), none with two amounts in a held currency, so no
    #     verdicts. Expected nowhere: the dateline, the Rs 1,840 crore, the 200,000 fire alerts, the 71 million
    #     hectares, the target price and upside, the pick's margin and March quarter.
    dict(
        text=(
            "Arvind Kothari Securities, India Forestry & Environment, Mumbai, 3 June 2025\n"
            "Eyes over the canopy. We size India's market for AI forest-fire alerts, satellite forest-cover "
            "monitoring and plantation analytics at Rs 1,840 crore in FY2025, up 31% year on year, and forecast a "
            "CAGR of 24% over FY2025-FY2030 as states digitise their working plans. Satellite forest-cover monitoring "
            "accounts for 44% of that spend. The country logs some 200,000 forest-fire alerts a year over roughly 71 "
            "million hectares of forest. Our top pick, Vanadrishti Geospatial (BUY, TP Rs 920, 26% upside), reported "
            "a 22% EBITDA margin in the March quarter."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("cagr", 24, "percent", 2025, 2030, None, "stated"),
            ("share", 44, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2027 figure
    #     (左右, printed figure, estimate). Expected nowhere: the dateline, the 2.31亿公顷 of forest, the 140 fires,
    #     the 3.2万架 drones, the 9.3万亿元 forestry output, the 68% survey answer.
    dict(
        text=(
            "新华社北京2025年3月21日电(记者周林)记者从国家林业智慧化产业联盟获悉,2024年我国人工智能森林防火监测预警"
            "市场规模达到42.6亿元,较2023年的33.9亿元增长25.7%。其中,卫星遥感火点识别市场规模为11.8亿元,占比27.7%。"
            "联盟预计,到2027年该市场规模将达到80亿元左右。数据显示,我国森林面积约2.31亿公顷,2024年全国共发生森林火灾"
            "约140起,各地已部署林火巡护无人机约3.2万架,全年林业产业总产值约9.3万亿元。调查显示,68%的基层林场计划在"
            "三年内接入AI火情识别系统。"
        ),
        obs=[
            ("Total", 2023, 33.9, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("卫星遥感火点识别", 2024, 11.8, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("share", 27.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 33.9) ** (1 / 1) - 1 = 25.66% -> 25.7
            ("arithmetic", "exact"),  # 11.8 / 42.6 = 27.70% -> 27.7
        ],
    ),
    # 30. Sanming municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the plan's title years, the 1,200 drones to add, the 30万元
    #     subsidy, the 78.9% forest cover, the 2,800万亩 of forest land, the 95% monitoring coverage target.
    dict(
        text=(
            "《三明市智慧林业高质量发展行动方案(2025—2027年)》近日印发。方案提出,2024年全市智慧林业相关产业规模约"
            "6.8亿元,其中AI林业有害生物监测服务规模4,320万元,占比约6.4%。到2027年,全市智慧林业产业规模突破15亿元,"
            "年均复合增长率约30%;新增林业巡护无人机1,200架,对符合条件的国有林场每家给予最高30万元补贴。全市森林覆盖率"
            "达78.9%,林地面积约2,800万亩,方案提出到2027年松材线虫病疫情智能监测覆盖率达到95%。"
        ),
        obs=[
            ("Total", 2024, 6.8, "CNY 100 million", "actual"),
            ("AI林业有害生物监测服务", 2024, 4320, "CNY 10 thousand", "actual"),
            ("Total", 2027, 15, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 6.4, "percent", 2024, 2024, None),
            ("cagr", 30, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4,320万 / 68,000万 = 6.35% -> 6.4
            ("cagr|period", "exact"),  # (15 / 6.8) ** (1 / 3) - 1 = 30.17% -> 30
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span that
    #     holds only by rounding. Expected nowhere: the dateline, the 219萬公頃 of forest land, the 150萬元 drone
    #     price, the paper group's 2024 revenue.
    dict(
        text=(
            "【台北訊】林研智庫2025年4月15日發布研究指出,2024年台灣森林病蟲害與林木健康AI監測市場規模達新台幣4.6億元,"
            "較2023年的3.7億元成長24.3%,主要來自無人機多光譜影像判釋,以及松材線蟲病與褐根病早期預警系統。該智庫預估,"
            "2028年市場規模將達10.2億元,2024至2028年年複合成長率為22.4%。研究指出,全台林地面積約219萬公頃,一架多光譜"
            "測繪無人機單價約新台幣150萬元;國內最大紙業集團2024年營收約新台幣1,050億元。"
        ),
        obs=[
            ("Total", 2023, 3.7, "TWD 100 million", "actual"),
            ("Total", 2024, 4.6, "TWD 100 million", "actual"),
            ("Total", 2028, 10.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.7) ** (1 / 1) - 1 = 24.32% -> 24.3
            # (10.2 / 4.6) ** (1 / 4) - 1 = 22.03% -> 22.0, not 22.4; bounds (10.15 / 4.65) ** (1/4) - 1 = 21.55%,
            # (10.25 / 4.55) ** (1/4) - 1 = 22.51% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with its share, a CAGR
    #     with printed span that no reading reaches (inconsistent). Expected nowhere: the report's title year, the
    #     86萬公頃 of plantations, the 1,860億港元 of paper and timber sales, the 57% survey answer.
    dict(
        text=(
            "香港木材及紙品業商會發表《2025香港林木業智能化報告》指出,2024年港資林木及紙品企業在人工智能林業應用(包括"
            "無人機林木盤點、鋸木廠原木掃描及病蟲害監測)的支出為3.42億港元,較2023年的2.75億港元增長24%。其中,鋸木廠"
            "原木掃描系統為1.16億港元,佔34%。報告預測,2027年支出將達5.9億港元,2024至2027年複合年增長率為23%。報告又指,"
            "會員企業在海外經營的人工林合共約86萬公頃,全年紙品及木材銷售額約1,860億港元;受訪企業中有57%表示缺乏技術"
            "人才是最大障礙。"
        ),
        obs=[
            ("Total", 2023, 2.75, "HKD 100 million", "actual"),
            ("Total", 2024, 3.42, "HKD 100 million", "actual"),
            ("鋸木廠原木掃描系統", 2024, 1.16, "HKD 100 million", "actual"),
            ("Total", 2027, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 34, "percent", 2024, 2024, None),
            ("cagr", 23, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.42 / 2.75) ** (1 / 1) - 1 = 24.36% -> 24
            ("arithmetic", "exact"),  # 1.16 / 3.42 = 33.92% -> 34
            # (5.9 / 3.42) ** (1 / 3) - 1 = 19.93%; bounds (5.85 / 3.425) ** (1/3) - 1 = 19.54%,
            # (5.95 / 3.415) ** (1/3) - 1 = 20.33% -> 23 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: YoY with both amounts that holds only by rounding; 明年 is
    #     2026 (上看, estimate). Expected nowhere: the post's time stamp, the 80萬元 lidar drone price, the thousand-odd
    #     forestry staff, the paper maker's revenue, the push count.
    dict(
        text=(
            "作者 forestdrone (林間飛手)\n"
            "標題 [情報] 台灣林業無人機AI盤點市場規模出爐\n"
            "時間 Thu Jul 17 22:41:09 2025\n"
            "看到顧問公司的新報告,台灣林業無人機搭配AI做林木盤點與材積估算的市場,2024年規模約新台幣2.3億元,2023年是"
            "1.8億元,成長26%。報告說明年上看3.5億元,主要是林業署跟幾家造林業者在擴大委外。一台光達無人機大概80萬元起跳,"
            "全台林務人員也才一千多人,某紙業大廠去年營收就破千億,這塊其實還很小。推 有人在做材積模型的嗎?(推文 52)"
        ),
        obs=[
            ("Total", 2023, 1.8, "TWD 100 million", "actual"),
            ("Total", 2024, 2.3, "TWD 100 million", "actual"),
            ("Total", 2026, 3.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.3 / 1.8) ** (1 / 1) - 1 = 27.78% -> 28, not 26; bounds 2.25 / 1.85 - 1 = 21.62%,
            # 2.35 / 1.75 - 1 = 34.29% -> 26 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts, a share
    #     without its part's amount (claim, no verdict). Expected nowhere: the report date, the 1,100 carbon
    #     projects, the 45元 per-tonne carbon price, the target price and upside, the pick's revenue, its 5亿元 round
    #     and 38亿元 valuation.
    dict(
        text=(
            "【华岳证券】林业碳汇数字化深度报告:从样地到卫星(2025年5月20日)\n"
            "摘要:我们测算,2024年我国AI林业碳汇计量与监测(含卫星遥感、激光雷达样地反演与碳汇核证软件)市场规模为18.6亿元,"
            "较2023年的13.9亿元同比增长33.8%;预计2027年市场规模将达到35—45亿元。其中卫星遥感计量占比约46%,为最大细分"
            "领域。截至2024年底,全国已备案林业碳汇项目约1,100个,林业碳汇成交均价约每吨45元。首次覆盖给予行业“增持”评级,"
            "重点推荐绿测科技(目标价36元,上涨空间24%),公司2024年营业收入4.2亿元;公司近期完成B轮融资5亿元,投后估值38亿元。"
        ),
        obs=[
            ("Total", 2023, 13.9, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2023, 2024, 1.0),
            ("value", 35, "CNY 100 million", 2027, 2027, None),
            ("value", 45, "CNY 100 million", 2027, 2027, None),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 13.9) ** (1 / 1) - 1 = 33.81% -> 33.8
        ],
    ),
    # 35. Paper maker's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY that holds only by rounding, 2027 (有望, estimate) with a CAGR of
    #     printed span. Expected nowhere: the company's revenue and gross margin, the first quarter's net profit,
    #     the 320万亩 of own forest, the 260万吨 of pulp.
    dict(
        text=(
            "岳林纸业2024年度业绩说明会文字实录(2025年5月12日)\n"
            "投资者:公司如何看待AI原木检尺与锯材优选系统的市场空间?\n"
            "董事会秘书:根据公司测算,今年国内锯材厂AI原木扫描检尺与优选系统市场规模约为23亿元,去年为18亿元,增长约30%。"
            "到2027年,这一市场有望达到38亿元,2025—2027年复合增长率约29%。公司2024年实现营业收入312亿元,毛利率16.8%,"
            "一季度归母净利润4.6亿元;公司自有林地约320万亩,年产木浆260万吨,旗下锯材厂已全部上线原木扫描系统。"
        ),
        obs=[
            ("Total", 2024, 18, "CNY 100 million", "actual"),
            ("Total", 2025, 23, "CNY 100 million", "estimate"),
            ("Total", 2027, 38, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("cagr", 29, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            # (23 / 18) ** (1 / 1) - 1 = 27.78% -> 28, not 30; bounds 22.5 / 18.5 - 1 = 21.62%,
            # 23.5 / 17.5 - 1 = 34.29% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (38 / 23) ** (1 / 2) - 1 = 28.54% -> 29
        ],
    ),
    # 36. Markdown table (USD million, United States) by segment with a Total row and a CAGR column (span printed in
    #     the header); 2030F is an estimate; the harvest-planning CAGR holds only by rounding. Expected nowhere: the
    #     table number, the 766 million acres and the $320 billion of forest-product shipments in the note.
    dict(
        text=(
            "Table 3. United States: AI in forestry by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Wildfire detection and risk mapping | 412 | 1,180 | 19.2% |\n"
            "| Drone and lidar forest inventory | 286 | 705 | 16.2% |\n"
            "| Harvest planning and sawmill log scanning | 174 | 390 | 14.3% |\n"
            "| Forest carbon measurement | 63 | 255 | 26.2% |\n"
            "| Total | 935 | 2,530 | 18.0% |\n"
            "Note: F = forecast. Source: Cascade Timberland Research estimates. The U.S. has about 766 million acres "
            "of forest land, and forest-product shipments near $320 billion are excluded."
        ),
        obs=[
            ("Wildfire detection and risk mapping", 2024, 412, "USD million", "actual"),
            ("Wildfire detection and risk mapping", 2030, 1180, "USD million", "estimate"),
            ("Drone and lidar forest inventory", 2024, 286, "USD million", "actual"),
            ("Drone and lidar forest inventory", 2030, 705, "USD million", "estimate"),
            ("Harvest planning and sawmill log scanning", 2024, 174, "USD million", "actual"),
            ("Harvest planning and sawmill log scanning", 2030, 390, "USD million", "estimate"),
            ("Forest carbon measurement", 2024, 63, "USD million", "actual"),
            ("Forest carbon measurement", 2030, 255, "USD million", "estimate"),
            ("Total", 2024, 935, "USD million", "actual"),
            ("Total", 2030, 2530, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 14.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1180 / 412) ** (1 / 6) - 1 = 19.17% -> 19.2
            ("cagr|implied", "exact"),  # (705 / 286) ** (1 / 6) - 1 = 16.23% -> 16.2
            # (390 / 174) ** (1 / 6) - 1 = 14.40% -> 14.4, not 14.3; bounds (389.5 / 174.5) ** (1/6) - 1 = 14.32%,
            # (390.5 / 173.5) ** (1/6) - 1 = 14.48% -> 14.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (255 / 63) ** (1 / 6) - 1 = 26.24% -> 26.2
            ("cagr|implied", "exact"),  # (2530 / 935) ** (1 / 6) - 1 = 18.05% -> 18.0
            ("hierarchy", "exact"),  # 2024: 412 + 286 + 174 + 63 = 935
            ("hierarchy", "exact"),  # 2030F: 1180 + 705 + 390 + 255 = 2530
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) with a Total row and a YoY column; the pest-detection YoY
    #     holds only by rounding. Expected nowhere: the table number, the 25 million hectares and the 4,000-odd
    #     sawmills in the note, the ¥4.5 million drone price.
    dict(
        text=(
            "Table 5. Japan: AI forestry and sawmill systems by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Sawmill log scanning and grading\t5.8\t6.9\t19.0%\n"
            "Drone and lidar forest inventory\t3.4\t4.3\t26.5%\n"
            "Pest and disease detection\t1.2\t1.5\t27.5%\n"
            "Total\t10.4\t12.7\t22.1%\n"
            "Note: fiscal years to March. Source: Tohoku Forest Informatics Lab, from vendor shipments to prefectural "
            "forest offices and some 4,000 sawmills; Japan's forests cover about 25 million hectares, and a "
            "survey drone lists at around \u00a54.5 million."
        ),
        obs=[
            ("Sawmill log scanning and grading", 2023, 5.8, "JPY billion", "actual"),
            ("Sawmill log scanning and grading", 2024, 6.9, "JPY billion", "actual"),
            ("Drone and lidar forest inventory", 2023, 3.4, "JPY billion", "actual"),
            ("Drone and lidar forest inventory", 2024, 4.3, "JPY billion", "actual"),
            ("Pest and disease detection", 2023, 1.2, "JPY billion", "actual"),
            ("Pest and disease detection", 2024, 1.5, "JPY billion", "actual"),
            ("Total", 2023, 10.4, "JPY billion", "actual"),
            ("Total", 2024, 12.7, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.9 / 5.8 - 1 = 18.97% -> 19.0
            ("cagr|implied", "exact"),  # 4.3 / 3.4 - 1 = 26.47% -> 26.5
            # 1.5 / 1.2 - 1 = 25.00% -> 25.0, not 27.5; bounds 1.45 / 1.25 - 1 = 16.00%, 1.55 / 1.15 - 1 = 34.78%
            # -> 27.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 12.7 / 10.4 - 1 = 22.12% -> 22.1
            ("hierarchy", "exact"),  # FY2023: 5.8 + 3.4 + 1.2 = 10.4
            ("hierarchy", "exact"),  # FY2024: 6.9 + 4.3 + 1.5 = 12.7
        ],
    ),
    # 38. Space-aligned table (GBP million, UK, 2024) with a share column and a Total row (its 100% is no claim);
    #     the pest share of 29% is reached by no reading (inconsistent). Expected nowhere: the source line's 3.2
    #     million hectares of woodland and the £2.7 billion of timber sales.
    dict(
        text=(
            "UK forestry AI spend by application, 2024 (\u00a3m)\n"
            "Application                                   \u00a3m      Share\n"
            "Forest inventory from drones and satellites   21.6     45%\n"
            "Pest and disease detection                    12.8     29%\n"
            "Harvest planning and log scanning             9.7      20%\n"
            "Wildfire risk mapping                         4.3      9%\n"
            "Total                                         48.4     100%\n"
            "Source: Thornbury Woodland Economics survey of forest managers and sawmills across 3.2 million hectares "
            "of woodland; UK timber sales of about \u00a32.7 billion shown for context only."
        ),
        obs=[
            ("Forest inventory from drones and satellites", 2024, 21.6, "GBP million", "actual"),
            ("Pest and disease detection", 2024, 12.8, "GBP million", "actual"),
            ("Harvest planning and log scanning", 2024, 9.7, "GBP million", "actual"),
            ("Wildfire risk mapping", 2024, 4.3, "GBP million", "actual"),
            ("Total", 2024, 48.4, "GBP million", "actual"),
        ],
        claims=[
            ("share", 45, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
            ("share", 9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.6 / 48.4 = 44.63% -> 45
            # 12.8 / 48.4 = 26.45%; bounds 12.75 / 48.45 = 26.32%, 12.85 / 48.35 = 26.58% -> 29 unreachable
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 9.7 / 48.4 = 20.04% -> 20
            ("arithmetic", "exact"),  # 4.3 / 48.4 = 8.88% -> 9
            ("hierarchy", "exact"),  # 21.6 + 12.8 + 9.7 + 4.3 = 48.4
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, Brazil priced in US dollars), a lone value column headed
    #     by its unit only (Total); 2025F and 2026F are estimates; a CAGR with printed span in the note. Expected
    #     nowhere: the 9.9 million hectares of planted forest, the R$ conversion remark and the R$ 60 billion of pulp
    #     exports (reais are not in the unit table).
    dict(
        text=(
            "Brazil: AI pest and disease spotting in eucalyptus and pine plantations\n"
            "Year | US$ million\n"
            "2022 | 34\n"
            "2023 | 45\n"
            "2024 | 58\n"
            "2025F | 74\n"
            "2026F | 93\n"
            "Note: F = forecast; CAGR 2022-2026F: 29%. Source: Cerrado Florestal Consultoria, from contracts for "
            "drone imaging, satellite canopy-stress alerts and trap-camera analytics across about 9.9 million "
            "hectares of planted forest. R$ amounts converted at the yearly average rate; the sector's R$ 60 "
            "billion of pulp exports is excluded."
        ),
        obs=[
            ("Total", 2022, 34, "USD million", "actual"),
            ("Total", 2023, 45, "USD million", "actual"),
            ("Total", 2024, 58, "USD million", "actual"),
            ("Total", 2025, 74, "USD million", "estimate"),
            ("Total", 2026, 93, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (93 / 34) ** (1 / 4) - 1 = 28.60% -> 29
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024 合計 holds only
    #     by rounding, the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the table number, the
    #     title's year span, the 219萬公頃 of forest land in the note.
    dict(
        text=(
            "表4 2023—2025年台灣林業AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "森林火災AI偵測 | 3.1 | 3.8 | 4.6\n"
            "病蟲害影像判釋 | 2.6 | 3.2 | 4.0\n"
            "無人機林木盤點 | 1.8 | 2.3 | 2.9\n"
            "森林碳匯計量 | 0.7 | 1.0 | 1.4\n"
            "合計 | 8.2 | 10.4 | 13.6\n"
            "資料來源:林研智庫;涵蓋全台約219萬公頃林地之公私部門委外案,不含木材及紙漿銷售;2025年為預估值,"
            "合計欄依原報告數字列示。"
        ),
        obs=[
            ("森林火災AI偵測", 2023, 3.1, "TWD 100 million", "actual"),
            ("森林火災AI偵測", 2024, 3.8, "TWD 100 million", "actual"),
            ("森林火災AI偵測", 2025, 4.6, "TWD 100 million", "estimate"),
            ("病蟲害影像判釋", 2023, 2.6, "TWD 100 million", "actual"),
            ("病蟲害影像判釋", 2024, 3.2, "TWD 100 million", "actual"),
            ("病蟲害影像判釋", 2025, 4.0, "TWD 100 million", "estimate"),
            ("無人機林木盤點", 2023, 1.8, "TWD 100 million", "actual"),
            ("無人機林木盤點", 2024, 2.3, "TWD 100 million", "actual"),
            ("無人機林木盤點", 2025, 2.9, "TWD 100 million", "estimate"),
            ("森林碳匯計量", 2023, 0.7, "TWD 100 million", "actual"),
            ("森林碳匯計量", 2024, 1.0, "TWD 100 million", "actual"),
            ("森林碳匯計量", 2025, 1.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.2, "TWD 100 million", "actual"),
            ("合計", 2024, 10.4, "TWD 100 million", "actual"),
            ("合計", 2025, 13.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.1 + 2.6 + 1.8 + 0.7 = 8.2
            # 2024: 3.8 + 3.2 + 2.3 + 1.0 = 10.3 vs 10.4; rows' bounds 10.1-10.5, total's 10.35-10.45
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 4.6 + 4.0 + 2.9 + 1.4 = 12.9 vs 13.6; rows' bounds 12.7-13.1, total's 13.55-13.65
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirtieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 15, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 14% of the total',
    'A rival house, Donau Market Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长1.9倍',
    '新台幣9.6億元',
    '億港元',
    '中央社記者林書妤台北2025年6月18日電',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '2023 | 15.7 | 21.6%',
    'Norwood Forest Technologies Q2 2025 earnings call, August 6, 2025',
    'Working Paper No. 25-13. Abstract:',
    '3/ Forecast: US$395 million by 2029',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $1.6B',
    'Hollerbach & Fink counts ground sensors too',
    'at Rs 1,840 crore in FY2025',
    '新华社北京2025年3月21日电',
    '標題 [情報] 台灣林業無人機AI盤點市場規模出爐',
    '预计2027年市场规模将达到35—45亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 8.2 | 10.4 | 13.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 202
#: figures, 63 rates, 90 verdicts and 2 false inconsistent
#: after the readings chosen on it and the two-hundred-and-twenty-eighth set: 204, 64, 94 and 0
FLOORS = {"figures_found": 204, "rates_found": 64, "verdicts_right": 94}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset230.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
