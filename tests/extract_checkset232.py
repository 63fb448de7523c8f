"""A two-hundred-and-thirty-second check set for the extractor, written blind: AI in fisheries and aquaculture: AI feeding
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

Snippets 1-20: Twenty snippets on money spent on AI in fisheries and aquaculture: eight English prose texts (a Halifax
wire release on feeding control and fish-health vision, a Tokyo broker note in fiscal years and yen, a Bergen briefing
with three segments and shares, a Vigo article on catch monitoring and e-logbooks quoting two research houses, a Puerto
Montt investor-day TAM for salmon-farming AI, an Icelandic ministry strategy with last-year/this-year figures and a 2030
target, a correction notice on a Vietnamese shrimp story with a range, a Scottish sea-lice blog post with 'nearly 3x'),
seven Chinese prose texts (a smart-aquaculture report, a Shandong plan with 力争到 and 增长2倍, a Xinhua story on fishing-
vessel AI quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story on catch
recognition and seafood grading with 去年/今年, a broker deep-dive on seafood-plant AI with a range) and five tables
(markdown with a CAGR column, tab-separated with a 合计 row, space-aligned Korean uses with shares, a vertical US table of
years with YoY, a tab-separated UK segment table). Left out: total seafood, salmon, shrimp and aquaculture sales or
exports beside the AI part, tonnes harvested and landed, hectares, counts of farms, pens, rafts, vessels, cameras,
terminals, firms and respondents, feeder, camera and barge prices, companies' revenue, margins, orders and share goals,
funding rounds and valuations, quarter figures, survey answers, kroner, pesos, dong and won amounts, a pilot fund, a
second house's figure, a correction's wrong range, shares in words. Inconsistent: the Vigo 21% CAGR, the 2024年 合计, the
US 2024 YoY and the UK 2025F Total. Only by rounding: the Tokyo and Taiwan CAGRs, the Bergen fish-health share, the
Shandong 31.7% and broker 36.2% YoYs, the markdown fish-health row's CAGR and the Korean satellite-surveillance share.

Snippets 21-40: Twenty snippets on AI in fisheries and aquaculture (feeding control and fish-health vision on salmon and
shrimp farms, sea-lice and disease detection, catch monitoring and electronic logbooks, satellite stock assessment and
illegal-fishing surveillance, grading lines in seafood plants): eight English prose pieces (a Norwegian earnings call
sizing a TAM in US dollars, a US working-paper abstract, a Scottish sea-lice thread in pounds, a Madrid article with a
correction line, an Icelandic shareholder letter with a doubling and a billions figure converted to millions, Tokyo
investor-day slides in yen, a forum answer on Chile quoting two houses, a Seoul broker note in won with claims but no
observations), seven Chinese prose pieces (a Xinhua-style release, a Zhoushan plan with a part in 万元, a Taipei release,
a Hong Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range, a results-briefing transcript) and
five tables (markdown US dollars with a CAGR column, tab-separated euros with a YoY column, space-aligned Vietnamese
figures in US dollars with a share column, a vertical Norwegian table of years headed by its unit only, a 新台幣億元 table
with a 合計 row). Left out: total seafood, salmon and fisheries sales, tonnes landed or harvested, counts of farms,
vessels, pens, cameras, licences and concessions, kit and feeding-system prices, companies' own revenue, margins and
share targets, a funding round and valuation, a quarter's figures, survey answers, a fraction in words, kroner, pesos
and won amounts, a second house's figure, a corrected misprint. Inconsistent: the thread's 18.5% CAGR, the Hong Kong 26%
CAGR, the markdown satellite-surveillance CAGR, the Taiwan table's 2025 合計. Rounding only: the working paper's 23.5%,
the slides' 16% CAGR, the forum's 20%, the Hong Kong 25%, the PTT 21.5%, the markdown feeding-control CAGR, the euro
logbooks YoY, the Vietnamese feeding share and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Halifax wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the review's title year, the 640 managers surveyed, the 145,000 tonnes harvested, the 1,900 net pens, the
    #    $1.3 million feeding-barge price, the 57% survey answer.
    dict(
        text=(
            "HALIFAX, Nova Scotia, February 25, 2025 /PRNewswire/ -- Salmon and trout farmers in Canada and the United "
            "States spent $174 million on AI feeding control and fish-health vision systems in 2024, up 29% from $135 "
            "million in 2023, according to the 2025 North Atlantic Aquaculture Tech Review published today by Fundy Bay "
            "Marine Analytics. The firm, which surveyed 640 farm managers, forecasts spending of $0.71 billion by 2030, "
            "a compound annual growth rate of 26.4% between 2024 and 2030. North American salmon farms harvested some "
            "145,000 tonnes last year from about 1,900 net pens, and a camera-guided feeding barge system costs roughly "
            "$1.3 million. Some 57% of the managers said underfeeding and waste were their top concern."
        ),
        obs=[
            ("Total", 2023, 135, "USD million", "actual"),
            ("Total", 2024, 174, "USD million", "actual"),
            ("Total", 2030, 710, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 26.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (174 / 135) ** (1 / 1) - 1 = 28.89% -> 29
            ("cagr|implied", "exact"),  # (710 / 174) ** (1 / 6) - 1 = 26.41% -> 26.4
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "roughly 22%" where the amounts give 22.58%. Expected nowhere: the dateline, the 900,000
    #    tonnes and the ¥520bn farm-gate value of the whole aquaculture harvest (total sales), the covered firm's sales,
    #    growth, margin, target price and upside, the ¥8m feeder price.
    dict(
        text=(
            "Tokyo, 9 June 2025. Japan Seafood & Aquaculture, sector note. We size Japan's market for AI feeding "
            "control, fish-health cameras and biomass estimation in yellowtail, sea bream and bluefin tuna farms at "
            "¥14.6bn in FY2024 and forecast ¥40.4bn by FY2029e, a CAGR of roughly 22%. Japan's marine aquaculture "
            "harvest runs to about 900,000 tonnes a year and is worth some ¥520bn at the farm gate. Our top pick, "
            "Kuroshio Aqua Systems (Buy, TP ¥3,480, 24% upside), grew FY2024 sales 17% to ¥21.8bn at an 11.6% "
            "operating margin; its automated pellet feeder sells for about ¥8m a unit."
        ),
        obs=[
            ("Total", 2024, 14.6, "JPY billion", "actual"),
            ("Total", 2029, 40.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (40.4 / 14.6) ** (1 / 5) - 1 = 22.58% -> 23, not 22; bounds (40.35 / 14.65) ** (1/5) - 1 = 22.46%,
            # (40.45 / 14.55) ** (1/5) - 1 = 22.69% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Bergen research briefing: a total in EUR million and three segments with shares (fish-health and mortality
    #    vision's "some 17%" holds only by rounding); the 2029 forecast printed in billions is expected converted to
    #    EUR million. Expected nowhere: the NOK 2.2 billion (kroner, not in the unit table), the 55 companies
    #    interviewed, the €10 billion of salmon exports (total sales), the 1,000 sites, the 1.5 million tonnes.
    dict(
        text=(
            "BERGEN, 30 September 2025 - Norwegian salmon and trout farmers spent €188 million on AI tools in 2024, "
            "equal to roughly NOK 2.2 billion, a briefing from the Vestland Aquaculture Data Institute estimates. AI "
            "sea-lice detection and counting took the largest slice, €74 million or 39%, ahead of AI feeding control "
            "at €52 million (28%). Fish-health and mortality vision came to €31 million, some 17% of the total. The "
            "institute, which interviewed 55 farming companies, expects spending to climb to €0.46 billion in 2029. "
            "Norway exported salmon worth about €10 billion last year from roughly 1,000 marine sites, harvesting some "
            "1.5 million tonnes."
        ),
        obs=[
            ("Total", 2024, 188, "EUR million", "actual"),
            ("AI sea-lice detection and counting", 2024, 74, "EUR million", "actual"),
            ("AI feeding control", 2024, 52, "EUR million", "actual"),
            ("Fish-health and mortality vision", 2024, 31, "EUR million", "actual"),
            ("Total", 2029, 460, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 74 / 188 = 39.36% -> 39
            ("arithmetic", "exact"),  # 52 / 188 = 27.66% -> 28
            # 31 / 188 = 16.49% -> 16, not 17; bounds 30.5 / 188.5 = 16.18%, 31.5 / 187.5 = 16.80% -> 17 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Vigo article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 18%" holds, its 21% CAGR is inconsistent. Expected nowhere: Baltic Fisheries Analytics' €58 million for
    #    2024, the 73,000 vessels, the 3.3 million tonnes landed, the €9,000 camera-kit price, the 44% poll answer.
    dict(
        text=(
            "VIGO, 15 May 2025 - Fishing fleets in the European Union spent €46 million on AI catch monitoring, "
            "on-board camera review and electronic logbooks in 2024, up 18% from €39 million in 2023, according to the "
            "Galician research house Ría Marine Intelligence. It forecasts €131 million in 2030, which it calls "
            "compound annual growth of 21% from 2024 to 2030. A second house, Baltic Fisheries Analytics, puts 2024 "
            "spending at €58 million because it also counts vessel-monitoring satellite links. The EU fleet numbers "
            "about 73,000 vessels, which landed some 3.3 million tonnes of fish last year, and a tamper-proof camera "
            "kit costs about €9,000 per boat. In a poll of skippers, 44% said they feared the cameras would slow "
            "sorting on deck."
        ),
        obs=[
            ("Total", 2023, 39, "EUR million", "actual"),
            ("Total", 2024, 46, "EUR million", "actual"),
            ("Total", 2030, 131, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 39) ** (1 / 1) - 1 = 17.95% -> 18
            # (131 / 46) ** (1 / 6) - 1 = 19.06% -> 19, not 21; bounds (130.5 / 46.5) ** (1/6) - 1 = 18.77%,
            # (131.5 / 45.5) ** (1/6) - 1 = 19.35% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Puerto Montt): the total addressable market the company sizes is the market (Total),
    #    in USD billion, with "roughly a 16% CAGR" over a printed span. Expected nowhere: the CLP 2.9 trillion (pesos,
    #    not in the unit table), the company's revenue and EBITDA margin, its 1,100 pens and 4,400 cameras, its 10%
    #    share goal, the third quarter's $7 million of feed savings.
    dict(
        text=(
            "Andes Austral Salmon Investor Day, Puerto Montt, October 8, 2025 - transcript excerpt. Tomás Riquelme, "
            "head of farming technology: \"Everything I quote is in U.S. dollars. We size the total addressable market "
            "for AI in salmon farming worldwide, covering feeding control, sea-lice and disease detection and "
            "fish-health cameras, at $3.1 billion in 2024, and we see it reaching $7.4 billion by 2030. That works out "
            "to roughly a 16% CAGR over 2024 to 2030. In pesos the 2024 figure is close to CLP 2.9 trillion. Our own "
            "revenue was $1.9 billion last year at an 18% EBITDA margin, we operate about 1,100 pens fitted with 4,400 "
            "underwater cameras, and we aim to win a 10% share of that market by 2030. In the third quarter alone our "
            "feeding algorithms trimmed feed costs by $7 million.\""
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.4 / 3.1) ** (1 / 6) - 1 = 15.61% -> 16
        ],
    ),
    # 6. Reykjavik ministry strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate). Expected nowhere: the €8 million pilot fund and its 30 vessels, the 1,500 boats, the 1.4 million
    #    tonnes landed, the €2.3 billion of seafood exports (total sales), the 61% survey answer.
    dict(
        text=(
            "REYKJAVIK, 12 March 2025 - The fisheries technology strategy published today by Iceland's Ministry of "
            "Food, Agriculture and Fisheries estimates that Icelandic fishing companies and seafood processors spent "
            "€19 million on AI catch monitoring, electronic logbooks and fillet grading and trimming lines last year, "
            "and expects €24 million this year, a rise of 26%. It sets a target of €65 million by 2030. The strategy "
            "sets aside €8 million for pilot projects on 30 vessels and notes that the fleet of some 1,500 boats "
            "landed about 1.4 million tonnes in 2023, while seafood exports were worth roughly €2.3 billion. In a "
            "survey it cites, 61% of processors said they plan to automate pin-bone detection."
        ),
        obs=[
            ("Total", 2024, 19, "EUR million", "actual"),
            ("Total", 2025, 24, "EUR million", "estimate"),
            ("Total", 2030, 65, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 19) ** (1 / 1) - 1 = 26.32% -> 26
        ],
    ),
    # 7. Correction notice on a Vietnamese shrimp story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$150-180 million,
    #    the 960 billion dong (not in the unit table), the US$4 billion of shrimp exports (total sales), the 740,000
    #    hectares, the US$2,500 feeder price; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 2 September 2025: An earlier version of this article misstated the 2030 forecast. Mekong "
            "Aqua Insight expects Vietnam's market to reach US$95 million to US$120 million in 2030, not US$150 "
            "million to US$180 million.\n"
            "Vietnamese shrimp and pangasius farms spent US$38 million in 2024 on AI water-quality control, automatic "
            "feeding and shrimp-health image analysis, according to Mekong Aqua Insight, a Ho Chi Minh City "
            "consultancy. It expects the market to reach US$95 million to US$120 million in 2030 as Mekong Delta "
            "farmers move to intensive lined ponds. In dong, the 2024 figure comes to roughly 960 billion. Vietnam's "
            "shrimp exports were worth about US$4 billion last year, the country farms some 740,000 hectares of "
            "shrimp ponds, and a smart feeder with a camera sells for around US$2,500."
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
    # 8. Scottish aquaculture blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict).
    #    Expected nowhere: the £840 million of salmon exports (total sales), the start-up's funding round and
    #    valuation, the first quarter's 320 pens, the 190,000 tonnes harvested, the £7,500 camera price.
    dict(
        text=(
            "Net Pen Notes, a Scottish aquaculture blog, 19 May 2025 - Counting lice with cameras. Scotland's salmon "
            "farmers spent £11 million on AI sea-lice counting and gill-health imaging in 2021; by 2024 the bill was "
            "nearly 3x that, at £31 million, according to figures compiled by Loch Linnhe Analytics. Compare that with "
            "some £840 million of Scottish salmon exports last year. The Inverness start-up LiceLens raised £6 million "
            "in February at a £38 million valuation, and in the first quarter of 2025 its cameras were fitted in 320 "
            "pens. The industry harvested about 190,000 tonnes in 2024, and a single stereo camera unit costs roughly "
            "£7,500."
        ),
        obs=[
            ("Total", 2021, 11, "GBP million", "actual"),
            ("Total", 2024, 31, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (智能投喂系统) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 约7,300万吨 of aquatic products, the
    #    约3.1万亿元 fishery output (total sales), the 约9.6万家 farms, the 58% survey answer.
    dict(
        text=(
            "《2025中国智慧渔业发展报告》近日在青岛发布。报告显示，2024年我国水产养殖人工智能应用（智能投喂、鱼病视觉"
            "识别、水质智能调控等）市场规模达到52.8亿元，同比增长27.2%，2023年为41.5亿元。其中，智能投喂系统市场规模"
            "为21.6亿元，占比40.9%。报告预计，到2030年该市场规模将达到168亿元，2024—2030年复合增长率为21.3%。报告同时"
            "指出，2024年全国水产品总产量约7,300万吨，渔业经济总产值约3.1万亿元，全国规模化养殖场约9.6万家；受访养殖"
            "企业中有58%表示将在两年内上线智能投喂。"
        ),
        obs=[
            ("Total", 2023, 41.5, "CNY 100 million", "actual"),
            ("Total", 2024, 52.8, "CNY 100 million", "actual"),
            ("智能投喂系统", 2024, 21.6, "CNY 100 million", "actual"),
            ("Total", 2030, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("share", 40.9, "percent", 2024, 2024, None),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.8 / 41.5) ** (1 / 1) - 1 = 27.23% -> 27.2
            ("arithmetic", "exact"),  # 21.6 / 52.8 = 40.91% -> 40.9
            ("cagr|implied", "exact"),  # (168 / 52.8) ** (1 / 6) - 1 = 21.28% -> 21.3
        ],
    ),
    # 10. Shandong provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长31.7% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as
    #     a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 40座 platforms, the
    #     1.2万台 vessel terminals, the 5亿元 guidance fund, the 约890万吨 of aquatic products.
    dict(
        text=(
            "山东省海洋局日前印发《山东省智慧渔业高质量发展行动方案（2025—2027年）》。方案显示，2024年全省渔业人工智能"
            "应用市场规模达9.6亿元，同比增长31.7%，2023年为7.3亿元。方案提出，力争到2027年全省渔业人工智能应用市场规模"
            "突破30亿元，较2024年增长2倍，建成一批深远海智慧养殖示范平台。方案还明确，全省将新建深远海养殖平台40座、"
            "配备渔船智能监控终端1.2万台，省级财政安排引导资金5亿元；2024年全省水产品总产量约890万吨。"
        ),
        obs=[
            ("Total", 2023, 7.3, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (9.6 / 7.3) ** (1 / 1) - 1 = 31.51% -> 31.5, not 31.7; bounds 9.55 / 7.35 - 1 = 29.93%,
            # 9.65 / 7.25 - 1 = 33.10% -> 31.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on fishing-vessel AI: the first institute's base, YoY
    #     and target are the snippet's (约25% at its printed figure). Expected nowhere: the second institute's 约22亿元
    #     for 2024, the dateline, the forum's year, the 约13万艘 vessels, the 约950万吨 catch, the 10万台 terminals.
    dict(
        text=(
            "新华社北京2025年4月17日电（记者赵海鸣）记者从2025中国远洋渔业与智慧海洋论坛上获悉，据蓝海渔业数字研究院"
            "测算，2024年我国渔船智能监管（AI渔获识别、电子渔捞日志、卫星非法捕捞监测等）市场规模达18.4亿元，比上年的"
            "14.9亿元增长23.5%。该院预计，到2028年市场规模将达到45亿元，2024年至2028年年均复合增长率约25%。另一家机构"
            "东海智渔研究中心则估算，2024年这一市场规模约为22亿元。据介绍，我国现有海洋捕捞渔船约13万艘，2024年海洋"
            "捕捞产量约950万吨，已安装北斗船载终端逾10万台。"
        ),
        obs=[
            ("Total", 2023, 14.9, "CNY 100 million", "actual"),
            ("Total", 2024, 18.4, "CNY 100 million", "actual"),
            ("Total", 2028, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.9) ** (1 / 1) - 1 = 23.49% -> 23.5
            ("cagr|implied", "exact"),  # (45 / 18.4) ** (1 / 4) - 1 = 25.05% -> 25
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that holds only
    #     by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the 約新台幣380億元
    #     aquaculture output (total sales), the 約3.9萬公頃, the 約3.2萬戶 farmers, the 新台幣45萬元 feeder price.
    dict(
        text=(
            "《2025臺灣智慧水產養殖白皮書》指出，2024年國內AI自動投餌、魚蝦病害影像辨識與水質智慧監控市場規模為新台幣"
            "8.7億元，預估2029年將成長至新台幣24.3億元，2024至2029年年複合成長率達22.7%。白皮書並指出，臺灣養殖漁業年"
            "產值約新台幣380億元，養殖面積約3.9萬公頃，登記養殖戶約3.2萬戶，一套AI自動投餌系統售價約新台幣45萬元。"
        ),
        obs=[
            ("Total", 2024, 8.7, "TWD 100 million", "actual"),
            ("Total", 2029, 24.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (24.3 / 8.7) ** (1 / 5) - 1 = 22.81% -> 22.8, not 22.7; bounds (24.25 / 8.75) ** (1/5) - 1 = 22.61%,
            # (24.35 / 8.65) ** (1/5) - 1 = 23.00% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約1.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 26個 culture zones and 約900個 rafts, the 約12萬公噸 catch, the 約110億港元
    #     of live-seafood imports (total sales), the 約三成 fish farmers (a share in words and a survey), the start-up's
    #     2,500萬港元 seed round.
    dict(
        text=(
            "香港漁農業界聯盟昨日發表研究報告指出，2024年本港魚類養殖場、海鮮批發及加工企業採用的AI水質監測、魚病影像"
            "辨識及海鮮自動分級系統，市場規模約1.6億港元，較2023年的1.3億港元增長23.1%。報告預計，2028年市場規模將增至"
            "3.9億港元，2024至2028年年均複合增長率約25%。報告又指，本港現有海魚養殖區26個、持牌魚排約900個，去年本地"
            "漁船漁獲約12萬公噸，全港鮮活海鮮進口貨值約110億港元；約三成受訪養魚戶表示人手短缺。本地初創海睛科技上月"
            "完成2,500萬港元種子輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.3, "HKD 100 million", "actual"),
            ("Total", 2024, 1.6, "HKD 100 million", "actual"),
            ("Total", 2028, 3.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.6 / 1.3) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (3.9 / 1.6) ** (1 / 4) - 1 = 24.95% -> 25
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on catch recognition and seafood grading: 去年 is
    #     2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected
    #     nowhere: the first quarter's 0.7億元, the processor's own revenue and gross margin, the 約1,100艘 vessels,
    #     the 約60萬公噸 catch.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年5月6日電）研調機構海源產業研究今天表示，去年台灣遠洋漁業與水產加工業導入AI"
            "漁獲辨識、電子漁撈日誌與水產品自動分級的市場規模約新台幣3.2億元，今年在缺工與國際打擊非法捕撈規範推動下，"
            "可望成長25%至4億元。不過今年第一季市場規模約新台幣0.7億元，低於預期。水產加工大廠豐洋食品去年營收新台幣"
            "146億元，毛利率約15%；台灣遠洋漁船約1,100艘，年漁獲量約60萬公噸。"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4 / 3.2) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 15. Broker deep-dive (Simplified) on seafood-plant AI: 2023/2024 actuals with a 36.2% YoY that holds only by
    #     rounding; the 2027 range 28亿—34亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders, the
    #     约9,000家 processors, the 约2,200万吨 processed.
    dict(
        text=(
            "东瀚证券研究所2025年11月深度报告《水产加工AI：从人工挑拣到智能分级》。我们测算，2024年国内水产品加工AI视觉"
            "分级、异物检测与智能剖切市场规模为11.4亿元，同比增长36.2%，2023年为8.4亿元。随着海产品加工企业缺工加剧，"
            "我们预计2027年市场规模将达到28亿—34亿元。行业龙头海视智能2024年营收2.3亿元，毛利率47%，首次覆盖给予"
            "“买入”评级，目标价38元；公司三季度新签订单同比增长55%。目前国内规模以上水产加工企业约9,000家，年加工水产品"
            "约2,200万吨。"
        ),
        obs=[
            ("Total", 2023, 8.4, "CNY 100 million", "actual"),
            ("Total", 2024, 11.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.2, "percent", 2023, 2024, 1.0),
            ("value", 28, "CNY 100 million", 2027, 2027, None),
            ("value", 34, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (11.4 / 8.4) ** (1 / 1) - 1 = 35.71% -> 35.7, not 36.2; bounds 11.35 / 8.45 - 1 = 34.32%,
            # 11.45 / 8.35 - 1 = 37.13% -> 36.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Norway, Scotland and the Faroes, EUR million) with a 2024-30 CAGR column and a Total row: each
    #     row's CAGR is stated (span in the header); the fish-health row's 19.5% holds only by rounding; rows add to
    #     the Total in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year,
    #     the kroner conversion rate.
    dict(
        text=(
            "Table 3. Norway, Scotland and the Faroe Islands: AI in salmon farming by segment (EUR million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| Sea-lice detection and counting | 61.4 | 158.2 | 17.1% |\n"
            "| AI feeding control | 47.9 | 118.6 | 16.3% |\n"
            "| Fish-health and mortality vision | 28.3 | 82.7 | 19.5% |\n"
            "| Total | 137.6 | 359.5 | 17.4% |\n"
            "Source: Nordatlantic Aqua Research, Salmon Tech Outlook 2025; Norwegian spending converted from kroner at "
            "NOK 11.7 to the euro. F = forecast."
        ),
        obs=[
            ("Sea-lice detection and counting", 2024, 61.4, "EUR million", "actual"),
            ("Sea-lice detection and counting", 2030, 158.2, "EUR million", "estimate"),
            ("AI feeding control", 2024, 47.9, "EUR million", "actual"),
            ("AI feeding control", 2030, 118.6, "EUR million", "estimate"),
            ("Fish-health and mortality vision", 2024, 28.3, "EUR million", "actual"),
            ("Fish-health and mortality vision", 2030, 82.7, "EUR million", "estimate"),
            ("Total", 2024, 137.6, "EUR million", "actual"),
            ("Total", 2030, 359.5, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (158.2 / 61.4) ** (1 / 6) - 1 = 17.09% -> 17.1
            ("cagr|implied", "exact"),  # (118.6 / 47.9) ** (1 / 6) - 1 = 16.31% -> 16.3
            # (82.7 / 28.3) ** (1 / 6) - 1 = 19.57% -> 19.6, not 19.5; bounds (82.65 / 28.35) ** (1/6) - 1 = 19.52%,
            # (82.75 / 28.25) ** (1/6) - 1 = 19.62% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (359.5 / 137.6) ** (1 / 6) - 1 = 17.36% -> 17.4
            ("hierarchy", "exact"),  # 2024: 61.4 + 47.9 + 28.3 = 137.6
            ("hierarchy", "exact"),  # 2030F: 158.2 + 118.6 + 82.7 = 359.5
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 of 48.6 is inconsistent with its rows (46.8). Expected nowhere: the table number,
    #     the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国水产养殖人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能投喂\t14.3\t18.7\t24.2\n"
            "鱼病视觉识别\t9.6\t12.8\t16.9\n"
            "水质智能调控\t7.2\t9.1\t11.6\n"
            "水产品智能分级\t4.5\t6.2\t8.4\n"
            "合计\t35.6\t48.6\t61.1\n"
            "资料来源：渔业数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能投喂", 2023, 14.3, "CNY 100 million", "actual"),
            ("智能投喂", 2024, 18.7, "CNY 100 million", "actual"),
            ("智能投喂", 2025, 24.2, "CNY 100 million", "estimate"),
            ("鱼病视觉识别", 2023, 9.6, "CNY 100 million", "actual"),
            ("鱼病视觉识别", 2024, 12.8, "CNY 100 million", "actual"),
            ("鱼病视觉识别", 2025, 16.9, "CNY 100 million", "estimate"),
            ("水质智能调控", 2023, 7.2, "CNY 100 million", "actual"),
            ("水质智能调控", 2024, 9.1, "CNY 100 million", "actual"),
            ("水质智能调控", 2025, 11.6, "CNY 100 million", "estimate"),
            ("水产品智能分级", 2023, 4.5, "CNY 100 million", "actual"),
            ("水产品智能分级", 2024, 6.2, "CNY 100 million", "actual"),
            ("水产品智能分级", 2025, 8.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 35.6, "CNY 100 million", "actual"),
            ("合计", 2024, 48.6, "CNY 100 million", "actual"),
            ("合计", 2025, 61.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.3 + 9.6 + 7.2 + 4.5 = 35.6
            # 2024: 18.7 + 12.8 + 9.1 + 6.2 = 46.8, not 48.6; bounds 46.6..47.0 (each part +/-0.05) miss 48.55..48.65
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 24.2 + 16.9 + 11.6 + 8.4 = 61.1
        ],
    ),
    # 18. Space-aligned table (South Korea, USD million, 2024) with a share column and a Total row: four shares (the
    #     satellite row's 11.0% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the KRW conversion rate (won, not in the unit table), the 41,000 vessels.
    dict(
        text=(
            "South Korea: AI spending in fisheries and aquaculture by use, 2024 (USD million)\n"
            "Use                                          USD mn     Share\n"
            "AI catch monitoring and e-logbooks             18.6     38.9%\n"
            "Fish-farm feeding and health vision            14.2     29.7%\n"
            "Seafood plant grading and inspection            9.7     20.3%\n"
            "Satellite illegal-fishing surveillance          5.3     11.0%\n"
            "Total                                          47.8    100.0%\n"
            "Note 4: won spending converted at KRW 1,364 to the dollar; Korea licenses about 41,000 fishing vessels. "
            "Source: Hanbada Ocean Research."
        ),
        obs=[
            ("AI catch monitoring and e-logbooks", 2024, 18.6, "USD million", "actual"),
            ("Fish-farm feeding and health vision", 2024, 14.2, "USD million", "actual"),
            ("Seafood plant grading and inspection", 2024, 9.7, "USD million", "actual"),
            ("Satellite illegal-fishing surveillance", 2024, 5.3, "USD million", "actual"),
            ("Total", 2024, 47.8, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.9, "percent", 2024, 2024, None),
            ("share", 29.7, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 11.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.6 / 47.8 = 38.91% -> 38.9
            ("arithmetic", "exact"),  # 14.2 / 47.8 = 29.71% -> 29.7
            ("arithmetic", "exact"),  # 9.7 / 47.8 = 20.29% -> 20.3
            # 5.3 / 47.8 = 11.09% -> 11.1, not 11.0; bounds 5.25 / 47.85 = 10.97%, 5.35 / 47.75 = 11.20%
            # -> 11.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 18.6 + 14.2 + 9.7 + 5.3 = 47.8
        ],
    ),
    # 19. Vertical table (United States) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 27.5% is inconsistent. Expected nowhere: the
    #     source's month and year, the 3.9 million tonnes landed, the 2021 dash.
    dict(
        text=(
            "United States: spending on AI catch monitoring and electronic logbooks on fishing vessels\n"
            "Year | USD million | YoY\n"
            "2021 | 41.2 | -\n"
            "2022 | 53.6 | 30.1%\n"
            "2023 | 68.9 | 28.5%\n"
            "2024 | 86.5 | 27.5%\n"
            "2025E | 107.3 | 24.0%\n"
            "Source: Gulf & Pacific Fisheries Analytics, March 2025; commercial landings came to about 3.9 million "
            "tonnes in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2021, 41.2, "USD million", "actual"),
            ("Total", 2022, 53.6, "USD million", "actual"),
            ("Total", 2023, 68.9, "USD million", "actual"),
            ("Total", 2024, 86.5, "USD million", "actual"),
            ("Total", 2025, 107.3, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2021, 2022, 1.0),
            ("growth", 28.5, "percent", 2022, 2023, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (53.6 / 41.2) ** (1 / 1) - 1 = 30.10% -> 30.1
            ("cagr|implied", "exact"),  # (68.9 / 53.6) ** (1 / 1) - 1 = 28.54% -> 28.5
            # (86.5 / 68.9) ** (1 / 1) - 1 = 25.54% -> 25.5, not 27.5; bounds 86.45 / 68.95 - 1 = 25.38%,
            # 86.55 / 68.85 - 1 = 25.71% -> 27.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (107.3 / 86.5) ** (1 / 1) - 1 = 24.05% -> 24.0
        ],
    ),
    # 20. Tab-separated segment table (United Kingdom, GBP million) with a Total row: rows add to the Total in 2023 and
    #     2024 but not in 2025F (52.9 printed, 49.9 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     source line.
    dict(
        text=(
            "United Kingdom: AI in aquaculture, fishing and seafood processing by segment (GBP million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI sea-lice and gill-health detection\t12.4\t15.8\t19.7\n"
            "AI feeding control\t9.1\t11.6\t14.5\n"
            "Seafood plant grading and inspection\t6.3\t7.9\t9.8\n"
            "AI catch monitoring on vessels\t3.2\t4.4\t5.9\n"
            "Total\t31.0\t39.7\t52.9\n"
            "Source: Solway Seafood Intelligence. F = forecast."
        ),
        obs=[
            ("AI sea-lice and gill-health detection", 2023, 12.4, "GBP million", "actual"),
            ("AI sea-lice and gill-health detection", 2024, 15.8, "GBP million", "actual"),
            ("AI sea-lice and gill-health detection", 2025, 19.7, "GBP million", "estimate"),
            ("AI feeding control", 2023, 9.1, "GBP million", "actual"),
            ("AI feeding control", 2024, 11.6, "GBP million", "actual"),
            ("AI feeding control", 2025, 14.5, "GBP million", "estimate"),
            ("Seafood plant grading and inspection", 2023, 6.3, "GBP million", "actual"),
            ("Seafood plant grading and inspection", 2024, 7.9, "GBP million", "actual"),
            ("Seafood plant grading and inspection", 2025, 9.8, "GBP million", "estimate"),
            ("AI catch monitoring on vessels", 2023, 3.2, "GBP million", "actual"),
            ("AI catch monitoring on vessels", 2024, 4.4, "GBP million", "actual"),
            ("AI catch monitoring on vessels", 2025, 5.9, "GBP million", "estimate"),
            ("Total", 2023, 31.0, "GBP million", "actual"),
            ("Total", 2024, 39.7, "GBP million", "actual"),
            ("Total", 2025, 52.9, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 9.1 + 6.3 + 3.2 = 31.0
            ("hierarchy", "exact"),  # 2024: 15.8 + 11.6 + 7.9 + 4.4 = 39.7
            # 2025F: 19.7 + 14.5 + 9.8 + 5.9 = 49.9, not 52.9; bounds 49.7..50.1 (each part +/-0.05) miss 52.85..52.95
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. Norwegian earnings-call answer sizing a global TAM (USD billion): the TAM the company sizes is the market
    #     (Total); "this year" is the call's year (2025, "about", printed figure, estimate), "last year" 2024 (actual);
    #     YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the NOK 15
    #     billion aside (kroner are not in the unit table), the quarter's revenue and gross margin, the 9,800 cameras
    #     and 1,150 pens, the 2.9 million tonnes of salmon.
    dict(
        text=(
            "Havlys Systems ASA Q1 2025 earnings call, May 8, 2025 - Q&A session\n"
            "Analyst (Ingrid Solberg, Fjordline Securities): Can you frame the opportunity beyond Norway?\n"
            "CEO Eirik Nygaard: We size the total addressable market for AI feeding control and fish-health vision in "
            "salmon farming worldwide at about US$1.4 billion this year, up 27% from $1.1 billion last year, or "
            "roughly NOK 15 billion at today's rate. We see it reaching $3.2 billion by 2030, an 18% CAGR over "
            "2025-2030, as farmers stop judging appetite by eye and let cameras decide when the pellets stop. In the "
            "quarter our revenue was $46 million at a 58% gross margin, we have some 9,800 cameras in the water across "
            "1,150 pens, and our customers harvest about 2.9 million tonnes of Atlantic salmon a year."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2025, 1.4, "USD billion", "estimate"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.1) ** (1 / 1) - 1 = 27.27% -> 27
            ("cagr|implied", "exact"),  # (3.2 / 1.4) ** (1 / 5) - 1 = 17.98% -> 18
        ],
    ),
    # 22. US working-paper abstract on electronic monitoring of fishing vessels (USD million): YoY with both amounts
    #     that holds only by rounding, CAGR with printed span. Expected nowhere: the paper number, the 1,100 vessels,
    #     the 3.9 million tonnes landed and their US$5.8 billion dockside value, the "more than half" cost saving.
    dict(
        text=(
            "Gulf and Atlantic Fisheries Economics Working Paper 25-08. Abstract: We combine federal grant records, "
            "observer-program contracts and vendor filings to measure U.S. spending on electronic monitoring of "
            "fishing vessels, in which footage from onboard cameras is screened by machine-vision models, together "
            "with electronic logbooks. Spending rose from US$74 million in 2023 to US$91 million in 2024, an increase "
            "of 23.5%, and we project US$340 million by 2032, a compound annual growth rate of 17.9% over 2024-2032. "
            "Roughly 1,100 vessels carried review cameras in 2024, against commercial landings of about 3.9 million "
            "tonnes worth US$5.8 billion at the dock. We find that AI review cuts the cost of a monitored sea-day by "
            "more than half compared with a human observer on board."
        ),
        obs=[
            ("Total", 2023, 74, "USD million", "actual"),
            ("Total", 2024, 91, "USD million", "actual"),
            ("Total", 2032, 340, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 17.9, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            # (91 / 74) ** (1 / 1) - 1 = 22.97% -> 23.0, not 23.5; bounds 90.5 / 74.5 - 1 = 21.48%,
            # 91.5 / 73.5 - 1 = 24.49% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (340 / 91) ** (1 / 8) - 1 = 17.91% -> 17.9
        ],
    ),
    # 23. Numbered social-media thread on Scottish sea-lice counting (GBP million): YoY with both amounts, a multiple
    #     over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent). Expected
    #     nowhere: the 200 farm sites, the £18,000 camera price, the £840M of salmon exports, likes and reposts.
    dict(
        text=(
            "1/ Quick thread on AI sea-lice counting in Scottish salmon farming, numbers from Lochside Aqua Research's "
            "new report.\n"
            "2/ Farmers spent £38M on AI lice counting and fish-health vision in 2024, up 19% from £32M in 2023.\n"
            "3/ Forecast is £95M by 2030. That's 2.5x in six years, or a CAGR of 18.5% for 2024-2030 if you take the "
            "deck at its word.\n"
            "4/ Context: Scotland has about 200 active marine farm sites, and one lice-counting camera runs around "
            "£18,000 installed.\n"
            "5/ Salmon exports were worth roughly £840M in 2024, so the AI layer is still tiny next to the fish "
            "itself. /end\n"
            "412 likes, 96 reposts"
        ),
        obs=[
            ("Total", 2023, 32, "GBP million", "actual"),
            ("Total", 2024, 38, "GBP million", "actual"),
            ("Total", 2030, 95, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 32) ** (1 / 1) - 1 = 18.75% -> 19
            # (95 / 38) ** (1 / 6) - 1 = 16.50%; bounds (94.5 / 38.5) ** (1/6) - 1 = 16.14%,
            # (95.5 / 37.5) ** (1/6) - 1 = 16.86% -> 18.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Madrid web article with a correction line (EUR million): "last year" is the dateline's year before (2024);
    #     YoY with both amounts, a part with its share. Expected nowhere: the misprinted €13 million, the update date,
    #     the €9,000 camera kit, the 8,700 vessels and 780,000 tonnes landed, the 58% survey answer.
    dict(
        text=(
            "MADRID - Updated 9 April 2025. Spain's fishing fleets and fish auctions spent €47 million last year on AI "
            "catch monitoring and electronic logbooks, up 15% from €41 million in 2023, according to a report from "
            "Cantábrico Pesca Analytics. Tuna purse-seine electronic monitoring, in which cameras and vision models "
            "log every set made by the Indian Ocean and Atlantic fleets, made up €18 million, or 38% of the spending. "
            "A full camera kit costs about €9,000 per vessel. The Spanish fleet counts some 8,700 vessels, which "
            "landed roughly 780,000 tonnes of fish in 2024, and 58% of skippers surveyed said digital logbooks had "
            "cut their paperwork.\n"
            "Correction: An earlier version of this article gave the tuna purse-seine figure as €13 million. It was "
            "€18 million."
        ),
        obs=[
            ("Total", 2023, 41, "EUR million", "actual"),
            ("Total", 2024, 47, "EUR million", "actual"),
            ("Tuna purse-seine electronic monitoring", 2024, 18, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47 / 41) ** (1 / 1) - 1 = 14.63% -> 15
            ("arithmetic", "exact"),  # 18 / 47 = 38.30% -> 38
        ],
    ),
    # 25. Icelandic annual-report letter to shareholders (EUR million), dated February 2025: "last year" is 2024
    #     (actual); YoY with both amounts; "about EUR 1.2 billion" by 2030 converted to the series' unit (1,200 EUR
    #     million, printed figure, estimate); "roughly double" is a multiple x2 over six years (no verdict).
    #     Expected nowhere: the report's title year, the letter's date, the group's revenue and EBIT margin, the 5,400
    #     employees, the 310 lines, the 4 million tonnes of fish.
    dict(
        text=(
            "Brimhólmi hf. Annual Report 2024 - Letter to shareholders\n"
            "Dear shareholders, last year the global market for AI grading and machine vision on seafood processing "
            "lines grew 14% to EUR 612 million, from EUR 538 million in 2023, as whitefish and salmon plants replaced "
            "manual trimming checks with cameras that grade every fillet. We expect the market to roughly double by "
            "2030, to about EUR 1.2 billion. Our own revenue reached EUR 1.74 billion with an adjusted EBIT margin of "
            "13.2%, our 5,400 employees installed 310 new lines, and the plants we equip processed more than 4 million "
            "tonnes of fish.\n"
            "Reykjavík, 12 February 2025, Sigrún Þórsdóttir, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 538, "EUR million", "actual"),
            ("Total", 2024, 612, "EUR million", "actual"),
            ("Total", 2030, 1200, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 538) ** (1 / 1) - 1 = 13.75% -> 14
        ],
    ),
    # 26. Tokyo investor-day slide bullets (JPY billion): the TAM the company sizes is the market (Total); 2025E and
    #     2030E are estimates; YoY with both amounts; the 2025E-2030E CAGR holds only by rounding. Expected nowhere:
    #     the slide number, the 3,400 net pens, the company's FY2024 revenue, operating margin and 2030 share target,
    #     the ¥18 million feeding-system price.
    dict(
        text=(
            "Umishio Holdings Investor Day, Tokyo, 4 September 2025. Slide 14: Smart aquaculture, AI feeding and "
            "fish-health vision for yellowtail, sea bream and bluefin tuna\n"
            "- 2024 TAM: ¥52bn\n"
            "- 2025E TAM: ¥61bn (+17% YoY)\n"
            "- 2030E TAM: ¥132bn; CAGR 2025E-2030E: 16%\n"
            "- 3,400 net pens already under camera monitoring in Japan\n"
            "- Umishio FY2024 revenue ¥386bn, operating margin 6.1%; target: 15% share of TAM by 2030\n"
            "- AI feeding system list price from ¥18 million per pen cluster\n"
            "- Growth drivers: ageing farm workforce, feed costs up by a third since 2021, and buyers asking for "
            "welfare records"
        ),
        obs=[
            ("Total", 2024, 52, "JPY billion", "actual"),
            ("Total", 2025, 61, "JPY billion", "estimate"),
            ("Total", 2030, 132, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 16, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61 / 52) ** (1 / 1) - 1 = 17.31% -> 17
            # (132 / 61) ** (1 / 5) - 1 = 16.69% -> 17, not 16; bounds (131.5 / 61.5) ** (1/5) - 1 = 16.42%,
            # (132.5 / 60.5) ** (1/5) - 1 = 16.97% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer on Chilean salmon farming quoting two research houses (USD million): the first house's figures
    #     (base, target and rate) are the snippet's; YoY with both amounts that holds only by rounding, CAGR with
    #     printed span. Expected nowhere: the second house's US$175 million for 2024, the CLP 134 billion aside (pesos
    #     are not in the unit table), the 1 million tonnes harvested, the US$6.4 billion of exports, the 1,300
    #     concessions, the votes.
    dict(
        text=(
            "Re: Best source for the size of AI in Chilean salmon farming? (accepted answer, 27 votes)\n"
            "Two houses publish numbers and they use different scopes. Patagonia Acuícola Research says Chilean salmon "
            "farmers spent US$142 million on AI feeding control, fish-health vision and algal-bloom early warning in "
            "2024, up 20% from US$119 million in 2023, and forecasts US$310 million in 2029, a CAGR of 16.9% for "
            "2024-2029. Andes Azul Consulting also counts wellboat logistics software and puts 2024 at US$175 million. "
            "For a sense of scale, the first figure is roughly CLP 134 billion, Chile harvested about 1 million tonnes "
            "of salmon and trout, and the industry exported some US$6.4 billion of it. There are around 1,300 active "
            "salmon concessions in the south."
        ),
        obs=[
            ("Total", 2023, 119, "USD million", "actual"),
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2029, 310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("cagr", 16.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (142 / 119) ** (1 / 1) - 1 = 19.33% -> 19, not 20; bounds 141.5 / 119.5 - 1 = 18.41%,
            # 142.5 / 118.5 - 1 = 20.25% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (310 / 142) ** (1 / 5) - 1 = 16.90% -> 16.9
        ],
    ),
    # 28. Seoul broker note in won: won are not in the unit table, so no observation; its YoY (2024 -> 2025), CAGR
    #     and share are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the
    #     dateline, the ₩312 billion, the 2,300 fish farms, the 1.8 million tonnes of seaweed, the target price and
    #     upside, the pick's operating margin.
    dict(
        text=(
            "Hanbit Investment & Securities, Korea Food & Aquaculture, Seoul, 17 March 2025\n"
            "Feeding the fish with data. We estimate Korea's smart-aquaculture AI market, covering automated feeding, "
            "water-quality prediction and fish-disease imaging on flatfish, abalone and shrimp farms, at ₩312 billion "
            "in 2025, up 24% year on year, and forecast a 21% CAGR over 2025-2030 as the government funds offshore and "
            "land-based recirculating farms. AI feeding systems account for 38% of that spend. The country has some "
            "2,300 fish farms, and its seaweed harvest alone tops 1.8 million tonnes. Our top pick, Dasom Marine Tech "
            "(BUY, TP ₩48,000, 35% upside), posted an 11% operating margin in 2024."
        ),
        obs=[],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),
            ("share", 38, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2027 figure (突破,
    #     printed figure, estimate). Expected nowhere: the dateline, the 7,300万吨 of aquatic products, the 3.2万亿元
    #     of fisheries output, the 2,000 offshore cages, the 13万艘 fishing vessels.
    dict(
        text=(
            "新华社青岛2025年4月16日电(记者林海涛)从中国水产智能装备产业联盟获悉,2024年我国渔业与水产养殖人工智能"
            "应用市场规模达到58.4亿元,较2023年的47.2亿元增长23.7%。其中,智能投喂市场规模为21.6亿元,占比37.0%,"
            "依托机器视觉的摄食识别与自动投饵已在深远海网箱和工厂化养殖车间大面积铺开。联盟预计,到2027年该市场规模"
            "将突破100亿元。相关数据显示,2024年全国水产品总产量超过7,300万吨,渔业经济总产值约3.2万亿元,全国已建成"
            "深远海养殖网箱约2,000个,海洋捕捞渔船约13万艘。"
        ),
        obs=[
            ("Total", 2023, 47.2, "CNY 100 million", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("智能投喂", 2024, 21.6, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("share", 37.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.4 / 47.2) ** (1 / 1) - 1 = 23.73% -> 23.7
            ("arithmetic", "exact"),  # 21.6 / 58.4 = 36.99% -> 37.0
        ],
    ),
    # 30. Zhoushan municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the plan's title years, the 3,000 vessels to be fitted and the 3万元
    #     subsidy, the 7,600 fishing vessels, the 180万吨 of aquatic products, the 100% coverage target.
    dict(
        text=(
            "舟山市人民政府办公室日前印发《舟山市智慧渔业发展行动方案(2025—2027年)》。据方案测算,2024年全市智慧渔业"
            "相关产业规模约12.5亿元,其中渔船AI安全与捕捞监测服务规模8,400万元,占比约6.7%。方案明确,到2027年全市"
            "智慧渔业产业规模突破20亿元,年均复合增长率约17%;为3,000艘渔船加装AI视频监控与电子渔捞日志终端,每艘给予"
            "最高3万元补贴。目前全市拥有海洋捕捞渔船约7,600艘,2024年水产品总产量约180万吨,方案要求到2027年重点渔港"
            "AI船舶识别覆盖率达到100%。"
        ),
        obs=[
            ("Total", 2024, 12.5, "CNY 100 million", "actual"),
            ("渔船AI安全与捕捞监测服务", 2024, 8400, "CNY 10 thousand", "actual"),
            ("Total", 2027, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 6.7, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8,400万 / 125,000万 = 6.72% -> 6.7
            ("cagr|period", "exact"),  # (20 / 12.5) ** (1 / 3) - 1 = 16.96% -> 17
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span.
    #     Expected nowhere: the release date, the 5萬公頃 of ponds, the 410億元 of aquaculture output, the 98 firms
    #     interviewed, the 64% survey answer.
    dict(
        text=(
            "【台北訊】海研產業情報中心2025年5月20日發布研究指出,2024年台灣水產養殖AI應用市場規模達新台幣9.8億元,"
            "較2023年的8.1億元成長21.0%,主要動能來自白蝦與石斑養殖場的智慧投餌、水質預測及魚病影像辨識。該中心預估,"
            "2028年市場規模將達22.6億元,2024至2028年年複合成長率為23.2%。研究同時指出,全台養殖面積約5萬公頃,2024年"
            "養殖漁業產值約新台幣410億元;本次調查共訪問98家養殖業者與設備商,其中64%表示未來兩年將導入AI投餌機。"
        ),
        obs=[
            ("Total", 2023, 8.1, "TWD 100 million", "actual"),
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2028, 22.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 8.1) ** (1 / 1) - 1 = 20.99% -> 21.0
            ("cagr|implied", "exact"),  # (22.6 / 9.8) ** (1 / 4) - 1 = 23.23% -> 23.2
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): a YoY with both amounts that holds only by rounding, a
    #     CAGR with printed span that no reading reaches (inconsistent). Expected nowhere: the report's title year,
    #     the 95億港元 of seafood wholesale, the 26 fish culture zones and 900 licensed farmers, the 71% survey answer.
    dict(
        text=(
            "香港漁農及海產業協會昨日發表《2025香港智慧漁業及海產科技報告》。報告指出,2024年本港漁業及海產業在人工智能"
            "方案(包括魚類養殖區水質與魚病監測、漁船電子漁獲紀錄及海產加工分級)上的開支約2.6億港元,較2023年的2.1億"
            "港元上升25%。協會預計,有關開支將於2028年增至5.9億港元,2024至2028年複合年增長率約26%。報告又提到,本港"
            "2024年海產批發總值約95億港元,全港26個魚類養殖區內約有900個持牌養魚戶,而受訪會員中有71%表示計劃於兩年內"
            "引入AI魚病監測。"
        ),
        obs=[
            ("Total", 2023, 2.1, "HKD 100 million", "actual"),
            ("Total", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2028, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 24, not 25; bounds 2.55 / 2.15 - 1 = 18.60%,
            # 2.65 / 2.05 - 1 = 29.27% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
            # (5.9 / 2.6) ** (1 / 4) - 1 = 22.74%; bounds (5.85 / 2.65) ** (1/4) - 1 = 21.89%,
            # (5.95 / 2.55) ** (1/4) - 1 = 23.59% -> 26 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on global AI satellite fisheries surveillance: YoY with
    #     both amounts that holds only by rounding, CAGR with printed span. Expected nowhere: the post's date and
    #     time, the 6.5萬艘 tracked vessels, the start-up's 1.2億美元 funding round and 9億美元 valuation, the push
    #     comment's time.
    dict(
        text=(
            "作者 seaguard88 (海巡觀察) 看板 Stock\n"
            "標題 [情報] 研調:全球AI衛星漁業監控市場2030年上看52億美元\n"
            "時間 Tue Jun 10 21:14:07 2025\n"
            "1.原文來源:外電整理,研調機構Bluewake Insights最新報告\n"
            "2.內容:2024年全球以AI判讀衛星影像與AIS航跡、用來抓非法捕撈並評估魚群資源的市場規模為18.5億美元,2023年為"
            "15.2億美元,成長21.5%。報告預估2030年將達52億美元,2024-2030年複合成長率19%。全球被持續追蹤的大型漁船約"
            "6.5萬艘,報告點名的新創OrbitFin上月完成B輪募資1.2億美元,估值9億美元。\n"
            "3.心得:台灣遠洋漁船也被盯得很緊,衛星遙測概念股可以留意\n"
            "推 fishbone: 漁業署應該會是第一個買單的 06/10 21:20"
        ),
        obs=[
            ("Total", 2023, 15.2, "USD 100 million", "actual"),
            ("Total", 2024, 18.5, "USD 100 million", "actual"),
            ("Total", 2030, 52, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (18.5 / 15.2) ** (1 / 1) - 1 = 21.71% -> 21.7, not 21.5; bounds 18.45 / 15.25 - 1 = 20.98%,
            # 18.55 / 15.15 - 1 = 22.44% -> 21.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (52 / 18.5) ** (1 / 6) - 1 = 18.80% -> 19
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range: YoY with both amounts, the range's two ends as value
    #     claims. Expected nowhere: the report's date, the 约四成 share (a fraction in words), the 11 farming ships and
    #     2,000 cages, the 45万吨 of output, the target price and PE, the covered company's revenue and gross margin.
    dict(
        text=(
            "【华信证券·行业深度】深远海养殖智能化:从“看天吃饭”到“数据养鱼”(2025年7月8日)\n"
            "核心观点:我们测算,2024年我国深远海及工厂化养殖AI解决方案市场规模为36.8亿元,较2023年的29.5亿元同比增长"
            "24.7%,其中智能投喂设备约占四成。随着养殖工船与大型网箱陆续投产,预计2027年市场规模将达到70—85亿元。截至"
            "2024年底,全国已投运养殖工船11艘、深远海大型网箱约2,000个,深远海养殖产量约45万吨。首次覆盖海擎科技,给予"
            "“买入”评级,目标价38.5元,对应2025年25倍PE;公司2024年营收12.3亿元,毛利率31.2%。"
        ),
        obs=[
            ("Total", 2023, 29.5, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.8 / 29.5) ** (1 / 1) - 1 = 24.75% -> 24.7
        ],
    ),
    # 35. Seafood processor's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed
    #     figure, estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span.
    #     Expected nowhere: the company's revenue and gross margin, the first quarter's net profit, the 42万吨
    #     processed, the 14 and 9 production lines.
    dict(
        text=(
            "蓝湾海洋食品2024年度业绩说明会文字实录(2025年5月22日)\n"
            "投资者:公司如何看待水产加工AI分级与视觉检测设备的市场空间?\n"
            "总经理:据公司测算,今年国内水产加工AI分级与视觉检测市场规模约24亿元,去年为19.6亿元,增长约22%。到2028年,"
            "这一市场有望达到40亿元,2025—2028年复合增长率约19%。公司2024年实现营业收入86.4亿元,毛利率17.5%,一季度"
            "归母净利润1.9亿元;全年加工虾仁、鱼片等约42万吨,14条产线中已有9条完成AI分级改造,分拣用工减少近一半。"
        ),
        obs=[
            ("Total", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2025, 24, "CNY 100 million", "estimate"),
            ("Total", 2028, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 19.6) ** (1 / 1) - 1 = 22.45% -> 22
            ("cagr|implied", "exact"),  # (40 / 24) ** (1 / 3) - 1 = 18.56% -> 19
        ],
    ),
    # 36. Markdown table (USD million, global) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2030F is an estimate; the feeding-control CAGR holds only by rounding, the satellite-surveillance
    #     CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$470 billion first-sale value
    #     and the 2.5 million fishing vessels in the note.
    dict(
        text=(
            "Table 4. Global AI in fisheries and aquaculture by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI feeding control | 486 | 1,212 | 16.4% |\n"
            "| Fish-health and sea-lice vision | 318 | 934 | 19.7% |\n"
            "| Catch monitoring and electronic logbooks | 204 | 571 | 18.7% |\n"
            "| Satellite stock assessment and illegal-fishing surveillance | 152 | 498 | 24.1% |\n"
            "| Seafood grading and processing vision | 265 | 603 | 14.7% |\n"
            "| Total | 1,425 | 3,818 | 17.9% |\n"
            "Note: F = forecast. Source: Saltmarsh Research estimates from vendor revenues and public tenders. The "
            "roughly US$470 billion first-sale value of world fisheries and aquaculture and the world's some 2.5 "
            "million fishing vessels are context only."
        ),
        obs=[
            ("AI feeding control", 2024, 486, "USD million", "actual"),
            ("AI feeding control", 2030, 1212, "USD million", "estimate"),
            ("Fish-health and sea-lice vision", 2024, 318, "USD million", "actual"),
            ("Fish-health and sea-lice vision", 2030, 934, "USD million", "estimate"),
            ("Catch monitoring and electronic logbooks", 2024, 204, "USD million", "actual"),
            ("Catch monitoring and electronic logbooks", 2030, 571, "USD million", "estimate"),
            ("Satellite stock assessment and illegal-fishing surveillance", 2024, 152, "USD million", "actual"),
            ("Satellite stock assessment and illegal-fishing surveillance", 2030, 498, "USD million", "estimate"),
            ("Seafood grading and processing vision", 2024, 265, "USD million", "actual"),
            ("Seafood grading and processing vision", 2030, 603, "USD million", "estimate"),
            ("Total", 2024, 1425, "USD million", "actual"),
            ("Total", 2030, 3818, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 14.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1212 / 486) ** (1 / 6) - 1 = 16.45% -> 16.5, not 16.4; bounds (1211.5 / 486.5) ** (1/6) - 1 = 16.42%,
            # (1212.5 / 485.5) ** (1/6) - 1 = 16.48% -> 16.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (934 / 318) ** (1 / 6) - 1 = 19.67% -> 19.7
            ("cagr|implied", "exact"),  # (571 / 204) ** (1 / 6) - 1 = 18.71% -> 18.7
            # (498 / 152) ** (1 / 6) - 1 = 21.87%; bounds (497.5 / 152.5) ** (1/6) - 1 = 21.78%,
            # (498.5 / 151.5) ** (1/6) - 1 = 21.96% -> 24.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (603 / 265) ** (1 / 6) - 1 = 14.69% -> 14.7
            ("cagr|implied", "exact"),  # (3818 / 1425) ** (1 / 6) - 1 = 17.85% -> 17.9
            ("hierarchy", "exact"),  # 2024: 486 + 318 + 204 + 152 + 265 = 1,425
            ("hierarchy", "exact"),  # 2030F: 1,212 + 934 + 571 + 498 + 603 = 3,818
        ],
    ),
    # 37. Tab-separated table (EUR million, EU fleets) with a Total row and a YoY column; the logbooks YoY holds only
    #     by rounding. Expected nowhere: the table number, the 73,000 vessels and the 3.4 million tonnes landed in
    #     the note.
    dict(
        text=(
            "Table 2. EU fisheries control: AI systems by segment (€ million)\n"
            "Segment\t2023\t2024\tYoY\n"
            "Electronic monitoring and AI catch review\t58.4\t71.2\t21.9%\n"
            "Electronic logbooks and catch reporting\t33.1\t37.6\t13.8%\n"
            "Satellite vessel-tracking analytics\t22.7\t29.5\t30.0%\n"
            "Total\t114.2\t138.3\t21.1%\n"
            "Note: Source: Skagen Blue Economics, from national control-agency tenders in Denmark, Spain, France and "
            "the Netherlands and from vendor filings; the EU fleet of about 73,000 vessels and its 3.4 million tonnes "
            "of landings are given for context only."
        ),
        obs=[
            ("Electronic monitoring and AI catch review", 2023, 58.4, "EUR million", "actual"),
            ("Electronic monitoring and AI catch review", 2024, 71.2, "EUR million", "actual"),
            ("Electronic logbooks and catch reporting", 2023, 33.1, "EUR million", "actual"),
            ("Electronic logbooks and catch reporting", 2024, 37.6, "EUR million", "actual"),
            ("Satellite vessel-tracking analytics", 2023, 22.7, "EUR million", "actual"),
            ("Satellite vessel-tracking analytics", 2024, 29.5, "EUR million", "actual"),
            ("Total", 2023, 114.2, "EUR million", "actual"),
            ("Total", 2024, 138.3, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 13.8, "percent", 2023, 2024, 1.0),
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.2 / 58.4 - 1 = 21.92% -> 21.9
            # 37.6 / 33.1 - 1 = 13.60% -> 13.6, not 13.8; bounds 37.55 / 33.15 - 1 = 13.27%,
            # 37.65 / 33.05 - 1 = 13.92% -> 13.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 29.5 / 22.7 - 1 = 29.96% -> 30.0
            ("cagr|implied", "exact"),  # 138.3 / 114.2 - 1 = 21.10% -> 21.1
            ("hierarchy", "exact"),  # 2023: 58.4 + 33.1 + 22.7 = 114.2
            ("hierarchy", "exact"),  # 2024: 71.2 + 37.6 + 29.5 = 138.3
        ],
    ),
    # 38. Space-aligned table (USD million, Vietnam, 2024) with a share column and a Total row (its 100.0% is no
    #     claim); the feeding share holds only by rounding. Expected nowhere: the 220 farms and plants surveyed, the
    #     US$3.9 billion of shrimp exports and the 740,000 hectares of ponds in the source line.
    dict(
        text=(
            "Vietnam: AI in shrimp and pangasius farming and processing by application, 2024 (US$ million)\n"
            "Application                                   US$m     Share\n"
            "Feeding and water-quality control in ponds    41.3     42.5%\n"
            "Shrimp disease and fish-health vision         18.7     19.3%\n"
            "Grading and peeling lines in plants           27.6     28.5%\n"
            "Catch and traceability logging                9.4      9.7%\n"
            "Total                                         97.0     100.0%\n"
            "Source: Mekong Delta Aqua Insight survey of 220 farms and processing plants; shrimp exports of US$3.9 "
            "billion and some 740,000 hectares of ponds are excluded."
        ),
        obs=[
            ("Feeding and water-quality control in ponds", 2024, 41.3, "USD million", "actual"),
            ("Shrimp disease and fish-health vision", 2024, 18.7, "USD million", "actual"),
            ("Grading and peeling lines in plants", 2024, 27.6, "USD million", "actual"),
            ("Catch and traceability logging", 2024, 9.4, "USD million", "actual"),
            ("Total", 2024, 97.0, "USD million", "actual"),
        ],
        claims=[
            ("share", 42.5, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("share", 9.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 41.3 / 97.0 = 42.58% -> 42.6, not 42.5; bounds 41.25 / 97.05 = 42.50%, 41.35 / 96.95 = 42.65%
            # -> 42.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 18.7 / 97.0 = 19.28% -> 19.3
            ("arithmetic", "exact"),  # 27.6 / 97.0 = 28.45% -> 28.5
            ("arithmetic", "exact"),  # 9.4 / 97.0 = 9.69% -> 9.7
            ("hierarchy", "exact"),  # 41.3 + 18.7 + 27.6 + 9.4 = 97.0
        ],
    ),
    # 39. Vertical space-aligned table whose rows are years (EUR million, Norway), a lone value column headed by its
    #     unit only (Total); 2025F-2026F are estimates; a CAGR with printed span in the note. Expected nowhere: the
    #     NOK 0.9 billion aside (kroner are not in the unit table), the 1.5 million tonnes harvested, the 1,000
    #     licences.
    dict(
        text=(
            "Norway: spending on AI sea-lice and fish-health detection in salmon farming\n"
            "Year      EUR million\n"
            "2020      31\n"
            "2021      39\n"
            "2022      52\n"
            "2023      64\n"
            "2024      79\n"
            "2025F     96\n"
            "2026F     118\n"
            "Note: F = forecast; CAGR 2020-2026F: 25.0%. Source: Nordvik Havbruksanalyse, from farmers' capex "
            "disclosures and vendor contracts; NOK amounts converted at Norges Bank annual averages (2024: about NOK "
            "0.9 billion). Norway harvested some 1.5 million tonnes of salmon in 2024 from about 1,000 licences."
        ),
        obs=[
            ("Total", 2020, 31, "EUR million", "actual"),
            ("Total", 2021, 39, "EUR million", "actual"),
            ("Total", 2022, 52, "EUR million", "actual"),
            ("Total", 2023, 64, "EUR million", "actual"),
            ("Total", 2024, 79, "EUR million", "actual"),
            ("Total", 2025, 96, "EUR million", "estimate"),
            ("Total", 2026, 118, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2020, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 31) ** (1 / 6) - 1 = 24.95% -> 25.0
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024 合計 holds only
    #     by rounding, the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the table number, the
    #     title's year span, the 1,100 distant-water vessels in the note.
    dict(
        text=(
            "表3 2023—2025年臺灣漁業AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "養殖智慧投餌與水質監測 | 2.4 | 3.0 | 3.7\n"
            "魚病與蝦病影像辨識 | 1.1 | 1.5 | 1.9\n"
            "遠洋漁船電子觀察員與AI漁獲辨識 | 1.8 | 2.2 | 2.8\n"
            "水產加工AI分級 | 0.9 | 1.2 | 1.6\n"
            "合計 | 6.2 | 8.0 | 10.6\n"
            "資料來源:藍潮數位顧問;涵蓋養殖業者、遠洋漁業公司與水產加工廠,不含水產品銷售;全台遠洋漁船約1,100艘;"
            "2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("養殖智慧投餌與水質監測", 2023, 2.4, "TWD 100 million", "actual"),
            ("養殖智慧投餌與水質監測", 2024, 3.0, "TWD 100 million", "actual"),
            ("養殖智慧投餌與水質監測", 2025, 3.7, "TWD 100 million", "estimate"),
            ("魚病與蝦病影像辨識", 2023, 1.1, "TWD 100 million", "actual"),
            ("魚病與蝦病影像辨識", 2024, 1.5, "TWD 100 million", "actual"),
            ("魚病與蝦病影像辨識", 2025, 1.9, "TWD 100 million", "estimate"),
            ("遠洋漁船電子觀察員與AI漁獲辨識", 2023, 1.8, "TWD 100 million", "actual"),
            ("遠洋漁船電子觀察員與AI漁獲辨識", 2024, 2.2, "TWD 100 million", "actual"),
            ("遠洋漁船電子觀察員與AI漁獲辨識", 2025, 2.8, "TWD 100 million", "estimate"),
            ("水產加工AI分級", 2023, 0.9, "TWD 100 million", "actual"),
            ("水產加工AI分級", 2024, 1.2, "TWD 100 million", "actual"),
            ("水產加工AI分級", 2025, 1.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 6.2, "TWD 100 million", "actual"),
            ("合計", 2024, 8.0, "TWD 100 million", "actual"),
            ("合計", 2025, 10.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.4 + 1.1 + 1.8 + 0.9 = 6.2
            # 2024: 3.0 + 1.5 + 2.2 + 1.2 = 7.9 vs 8.0; rows' bounds 7.7-8.1, total's 7.95-8.05
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 3.7 + 1.9 + 2.8 + 1.6 = 10.0 vs 10.6; rows' bounds 9.8-10.2, total's 10.55-10.65
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 17% of the total',
    'A second house, Baltic Fisheries Analytics, puts 2024',
    'total addressable market',
    'this year, a rise of 26%',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2倍',
    '新台幣24.3億元',
    '中央社記者陳怡君台北2025年5月6日電',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '2024 | 86.5 | 27.5%',
    'Havlys Systems ASA Q1 2025 earnings call, May 8, 2025',
    'Gulf and Atlantic Fisheries Economics Working Paper 25-08. Abstract:',
    "3/ Forecast is £95M by 2030. That's 2.5x in six years",
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: ¥61bn (+17% YoY)',
    'Andes Azul Consulting also counts wellboat logistics software',
    'at ₩312 billion',
    '新华社青岛2025年4月16日电',
    '標題 [情報] 研調:全球AI衛星漁業監控市場2030年上看52億美元',
    '预计2027年市场规模将达到70—85亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 6.2 | 8.0 | 10.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 195
#: figures, 64 rates, 91 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-thirty-fourth set: 198, 64, 91 and 0
FLOORS = {"figures_found": 198, "rates_found": 64, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset232.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
