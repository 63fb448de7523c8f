"""A two-hundred-and-sixty-eighth check set for the extractor, written blind: AI in zoos, aquariums and wildlife
conservation: AI animal-welfare and behaviour monitoring in zoos and aquariums, AI camera-trap image recognition and
acoustic monitoring for conservation, AI anti-poaching surveillance, AI visitor-flow and ticketing analytics at zoos and
aquariums, AI water-quality control in aquarium life-support systems; sized in money by research houses, zoo and
aquarium associations, environment ministries, conservation NGOs, equipment makers' investor days and brokers, in the
US, Canada, the UK, Germany, the Netherlands, Kenya, South Africa, Australia, Singapore, Japan, mainland China, Taiwan
and Hong Kong. Distractors: total zoo admissions revenue or conservation funding beside the AI part, counts of animals,
species, visitors, camera traps and rangers, a ticket price, an organisation's own budget or donations, a funding round,
a quarter's figures, survey percentages, population declines.

Snippets 1-20: Twenty snippets on AI in zoos, aquariums and wildlife conservation: eight English prose texts (a US
annual report's Item 1. Business with net sales in millions, wire flash headlines in capitals, a Japanese results
briefing with March fiscal years, a UK parliamentary written answer in £m, a German association's release with decimal
commas, a Nairobi note with a dollar range and a rate range, a consultancy summary with the unit before the number, a
forum answer quoting a report in Markdown quote lines), seven Chinese prose texts (a Hong Kong exchange announcement in
億元, a Chengdu item in 万元, a 政策解读 with 翻两番, a Hong Kong broker's 研報 with amounts in brackets, a Taiwan story in 民國 years,
a Hong Kong item in 億港元 with rates in words, a broker note with TAM and CAGR) and five tables (a web-page table with a
wrapped header, a Markdown table with A and E columns and % of total, a Markdown table with years as rows, a Chinese tab
table in 万元 with 占比, a French pipe table with decimal commas). Left out: company sales, revenue and backlog, headcounts,
counts of animals, visitors, camera traps, rangers and drones, ticket prices, admissions revenue, conservation funding
and budgets, funding rounds, quarters, survey percentages, population declines, price targets, a poster's guess.
Inconsistent: 2, 4, 5, 9, 18, 19, 20. Only by rounding: 3, 8, 12, 13, 14, 16, 17, 18, 20.

Snippets 21-40: Twenty snippets on AI in zoos, aquariums and wildlife conservation: eight English prose texts (an
earnings-call transcript sizing a total addressable market, a newsletter's TL;DR lines with arrows, a PDF text with the
unit after the value in brackets, a UK government press release in £bn and per cent, a LinkedIn post with ✅ bullets, a
syndicated market-research release, an academic paragraph with 95% CIs and billion USD, a Nordic trade magazine with SEK
asides beside EUR figures), seven Chinese prose texts (a 36氪-style funding article, a 招股说明书 passage, a city 统计局 release,
a Taiwan institute's release in 億美元 with 新台幣 asides, a Hong Kong 立法會 written answer in 百萬元, a 微博 post, a Simplified
article with approximate amounts) and five tables (a Markdown table with a Source row and a CAGR column, a bilingual
Markdown table with years as rows, a CSV with a title line, a tab-separated table in 民國 years, a fixed-width table with
a negative growth in parentheses). Left out: admissions revenue, conservation funding and budgets, companies' revenue,
guidance, margins and funding rounds, counts of animals, visitors, camera traps, rangers and staff, ticket and report
prices, surveys, population declines, quarters, SEK and A$ amounts, datelines. Inconsistent: 23 (yoy rate), 26 (CAGR),
31 (yoy rate), 34 (yoy rate), 36 (anti-poaching CAGR), 39 (113年 total). Only by rounding: 22 (CAGR), 24 (CAGR), 25
(CAGR), 27 (CAGR), 28 (CAGR), 30 (2021-2024 CAGR), 32 (CAGR), 33 (share), 37 (2024 growth), 38 (2024 total).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US maker's annual report, "Item 1. Business": a research firm's North American AI animal-welfare monitoring
    #    market in 2024 (actual) and 2030 (projected) with a CAGR over a printed span, and the aquariums part with its
    #    share. Expected nowhere: the fiscal year in the form's title, the company's net sales "(in millions)" for
    #    fiscal 2024 and 2023, the 388 employees, the $38.5 million backlog, the more than 240 zoos and aquariums
    #    served.
    dict(
        text=(
            "Annual Report on Form 10-K for the fiscal year ended December 31, 2024\n"
            "Item 1. Business\n"
            "Overview\n"
            "Tallgrass Vision Systems, Inc. designs camera, thermal and accelerometer systems that use machine "
            "learning to track the behaviour and welfare of animals in zoos and aquariums. Our software flags changes "
            "in gait, appetite, pacing and social contact so that keepers and veterinarians can act before a problem "
            "becomes serious.\n"
            "Our market\n"
            "According to Brightwater Analytics, an independent research firm, the North American market for AI "
            "animal-welfare and behaviour monitoring in zoos and aquariums was $412 million in 2024 and is projected "
            "to reach $1,050 million by 2030, a compound annual growth rate of 16.9% over 2024-2030. Aquariums "
            "accounted for $131 million of the 2024 total, or 32%.\n"
            "Our customers and results\n"
            "We serve more than 240 accredited zoos and aquariums. Net sales (in millions) were $86.2 for fiscal 2024, "
            "up from $71.5 for fiscal 2023. As of December 31, 2024, we had 388 employees and a backlog of $38.5 "
            "million."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),
            ("Aquariums", 2024, 131, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 412) ** (1 / 6) - 1 = 16.87% -> 16.9
            ("arithmetic", "exact"),  # 131 / 412 = 31.80% -> 32
        ],
    ),
    # 2. Wire service flash headlines in capitals after asterisks, then one normal sentence: the global AI camera-trap
    #    and acoustic monitoring market at $640M in 2024 and $1.9B in 2030 (in the series' unit: 1900), a CAGR over a
    #    printed span that no reading reaches, and acoustic monitoring's 2024 part with its share. Expected nowhere:
    #    the dateline, the parent unit's 2Q sales of $48.2M and its 11% rise, the 1.4M camera traps, the 96 analysts.
    dict(
        text=(
            "*MORVANE SEES AI CAMERA-TRAP AND ACOUSTIC MONITORING MARKET AT $640M IN 2024\n"
            "*MORVANE SEES MARKET AT $1.9B IN 2030, 21.5% CAGR 2024-2030\n"
            "*MORVANE UNIT 2Q SALES $48.2M, UP 11%\n"
            "*MORVANE: 1.4M CAMERA TRAPS NOW IN FIELD WORLDWIDE\n"
            "London, July 17 (Capital Wire) - Morvane Research, which has 96 analysts, said acoustic monitoring of "
            "gunshots, chainsaws and bird calls made up $210 million of the 2024 total, or 33%."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
            ("Acoustic monitoring", 2024, 210, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1900 / 640) ** (1 / 6) - 1 = 19.88% -> 19.9, not 21.5; bounds (1850 / 640.5) ** (1/6) - 1 = 19.34%,
            # (1950 / 639.5) ** (1/6) - 1 = 20.42% -> 21.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 210 / 640 = 32.81% -> 33
        ],
    ),
    # 3. Japanese water-treatment maker's English results briefing: the domestic market for AI water-quality control
    #    in aquarium life-support systems in ¥ bn for FY3/2024 and FY3/2025 (2024, 2025, actual) with the rise between
    #    them, and "JPY 9.1 bn" forecast for FY3/2028 with a CAGR over a printed span that holds only by rounding.
    #    Expected nowhere: the briefing date, the company's net sales of JPY 12.3 bn and its 8.2% rise, the 9.4%
    #    operating margin, the ¥3.4 bn order backlog, the 150 aquariums and 62 customers, the ¥38 dividend.
    dict(
        text=(
            "Kairyu Marine Systems Co., Ltd. - FY3/2025 Results Briefing (May 14, 2025)\n"
            "Market environment\n"
            "We estimate the domestic market for AI water-quality control in aquarium life-support systems, in ¥ bn, "
            "at 4.8 in FY3/2024 and 5.6 in FY3/2025, up 16.7%. As public aquariums replace manual dosing with "
            "sensor-driven control of ozone, protein skimming and temperature, we forecast JPY 9.1 bn for FY3/2028, "
            "a CAGR of 17.5% over FY3/2025-FY3/2028.\n"
            "Our results\n"
            "Net sales reached JPY 12.3 bn (+8.2% YoY) with an operating margin of 9.4%, and the order backlog stood "
            "at ¥3.4 bn. Japan has about 150 public aquariums, 62 of which use our filtration units. We plan a "
            "year-end dividend of ¥38 per share."
        ),
        obs=[
            ("Total", 2024, 4.8, "JPY billion", "actual"),
            ("Total", 2025, 5.6, "JPY billion", "actual"),
            ("Total", 2028, 9.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2024, 2025, 1.0),
            ("cagr", 17.5, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.6 / 4.8) ** (1 / 1) - 1 = 16.67% -> 16.7
            # (9.1 / 5.6) ** (1 / 3) - 1 = 17.57% -> 17.6, not 17.5; bounds (9.05 / 5.65) ** (1/3) - 1 = 17.00%,
            # (9.15 / 5.55) ** (1/3) - 1 = 18.13% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. UK parliamentary written answer in £m with financial years: England's spending on AI animal-welfare and
    #    behaviour monitoring in zoos and aquariums in 2023-24 and 2024-25 (2024, 2025; the year over by the answer
    #    date, actual) with a rise no reading reaches. Expected nowhere: the UIN and the dates, the 280 licensed zoos,
    #    the 30 million visits, the Department's £5m fund for 2025-26, the 1,100 zoo inspections.
    dict(
        text=(
            "Zoos and Aquariums: Artificial Intelligence\n"
            "Question for Department for Environment, Food and Rural Affairs, UIN 41872, tabled on 2 June 2025\n"
            "To ask the Secretary of State for Environment, Food and Rural Affairs, what estimate his Department has "
            "made of the size of the market for AI-based animal-welfare monitoring in licensed zoos and aquariums in "
            "England.\n"
            "Answered by Lord Ashcombe on 10 June 2025\n"
            "The Department does not collect these figures itself. Estimates published by Calderbrook Economics put "
            "spending on AI animal-welfare and behaviour monitoring in zoos and aquariums in England at £38.6m in "
            "2024-25, up 25.1% from £31.2m in 2023-24. There are around 280 licensed zoos in England, which received "
            "some 30 million visits last year. The Department has set aside £5m for its Zoo Animals Fund in 2025-26, "
            "and local authorities carried out about 1,100 zoo inspections over the last licensing cycle."
        ),
        obs=[
            ("Total", 2024, 31.2, "GBP million", "actual"),
            ("Total", 2025, 38.6, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (38.6 / 31.2) ** (1 / 1) - 1 = 23.72% -> 23.7, not 25.1; bounds 38.55 / 31.25 - 1 = 23.36%,
            # 38.65 / 31.15 - 1 = 24.08% -> 25.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. German association's release in English with decimal commas: the German market for AI visitor-flow and
    #    ticketing analytics at zoos and aquariums in 2023 and 2024 with the rise between them, and a 2028 forecast
    #    with an average annual rate over a printed span that no reading reaches. Expected nowhere: the dateline, the
    #    EUR 1,2 billion of admissions revenue, the 46 million visits, the EUR 24,50 ticket, the 61 per cent of
    #    directors surveyed, the 138 member companies.
    dict(
        text=(
            "Press release - Berlin, 8 April 2025\n"
            "AI visitor analytics take hold at German zoos\n"
            "The Verband Digitaler Zoo- und Aquarientechnik (VDZA) reports that the German market for AI visitor-flow "
            "and ticketing analytics at zoos and aquariums rose to EUR 48,6 million in 2024, a rise of 14,6 per cent "
            "on the EUR 42,4 million of 2023. The association expects EUR 84,0 million in 2028, which would mean "
            "average annual growth of 14,8 per cent over 2024-2028. By comparison, zoos and aquariums in Germany took "
            "EUR 1,2 billion in admissions from some 46 million visits, and a day ticket at a large zoo now costs "
            "around EUR 24,50. In a member survey, 61 per cent of zoo directors said queue forecasts had changed their "
            "staffing. The VDZA has 138 member companies."
        ),
        obs=[
            ("Total", 2023, 42.4, "EUR million", "actual"),
            ("Total", 2024, 48.6, "EUR million", "actual"),
            ("Total", 2028, 84.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("cagr", 14.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 42.4) ** (1 / 1) - 1 = 14.62% -> 14.6
            # (84.0 / 48.6) ** (1 / 4) - 1 = 14.66% -> 14.7, not 14.8; bounds (83.95 / 48.65) ** (1/4) - 1 = 14.61%,
            # (84.05 / 48.55) ** (1/4) - 1 = 14.71% -> 14.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Nairobi research note with a range: Africa's AI anti-poaching surveillance spending in 2024 (actual) and
    #    this year (2025, estimate) with the rise between them, a 2030 range "$1.1–1.3 billion" (two value claims),
    #    a rate range "between 18 and 20 per cent" (no claim), and Kenya's 2024 part with its share. Expected nowhere:
    #    the dateline, the 8% fall in black rhino numbers, the 2,300 rangers, the 140 drones, the $28 million Series B.
    dict(
        text=(
            "Nairobi, 22 May 2025 - Savanna Signal Partners estimates that spending across Africa on AI anti-poaching "
            "surveillance, from thermal cameras with on-board detection to drone patrols and ranger dispatch software, "
            "reached $0.42 billion in 2024, and it expects $0.49 billion this year, 16.7% more. By 2030 it sees the "
            "market at $1.1–1.3 billion, growing between 18 and 20 per cent a year. Kenya, at $0.11 billion, took 26% "
            "of the 2024 total. The need is plain: black rhino numbers in one monitored range fell 8% over two years "
            "even as 2,300 rangers and 140 drones patrolled it. Last month a Tsavo start-up that reads thermal footage "
            "raised $28 million in a Series B round."
        ),
        obs=[
            ("Total", 2024, 0.42, "USD billion", "actual"),
            ("Total", 2025, 0.49, "USD billion", "estimate"),
            ("Kenya", 2024, 0.11, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2024, 2025, 1.0),
            ("value", 1.1, "USD billion", 2030, 2030, None),
            ("value", 1.3, "USD billion", 2030, 2030, None),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.49 / 0.42) ** (1 / 1) - 1 = 16.67% -> 16.7
            ("arithmetic", "exact"),  # 0.11 / 0.42 = 26.19% -> 26
        ],
    ),
    # 7. Consultancy executive summary with the unit before the number: the global AI visitor-flow and ticketing
    #    analytics market at "USD mn 620" in 2024 and "USD bn 2.1" in 2031 (in the series' unit: 2100), a CAGR whose
    #    span only the amounts' years give (inferred), and ticketing analytics' part with its share. Expected nowhere:
    #    the report date, the 720 million visitors, the USD 32 ticket, the 54% of operators surveyed, the firm's own
    #    fee income of USD mn 85 and its 1,150 consultants.
    dict(
        text=(
            "Executive summary: AI visitor-flow and ticketing analytics for zoos and aquariums\n"
            "Ardent Pike Consulting, September 2025\n"
            "Global spending on AI visitor-flow and ticketing analytics at zoos and aquariums stood at USD mn 620 in "
            "2024 and will rise to USD bn 2.1 in 2031 at a CAGR of 19.0%. Ticketing analytics, chiefly dynamic "
            "pricing and queue prediction, accounted for USD mn 250, or 40% of 2024 spending.\n"
            "Zoos and aquariums worldwide received roughly 720 million visitors in 2024, and an adult ticket in North "
            "America cost USD 32 on average. Of the operators we surveyed, 54% plan to add crowd forecasting within "
            "two years. Ardent Pike's own fee income from the sector was USD mn 85 across its 1,150 consultants."
        ),
        obs=[
            ("Total", 2024, 620, "USD million", "actual"),
            ("Total", 2031, 2100, "USD million", "estimate"),
            ("Ticketing analytics", 2024, 250, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2031, None, "inferred"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2100 / 620) ** (1 / 7) - 1 = 19.04% -> 19.0
            ("arithmetic", "exact"),  # 250 / 620 = 40.32% -> 40
        ],
    ),
    # 8. Forum answer quoting a report in Markdown quote lines: the Asia-Pacific market for AI water-quality control
    #    in aquarium life-support systems in 2023 and 2024 with a rise that holds only by rounding; then the poster's
    #    own guess. Expected nowhere: the poster's $250M guess, the 3 replies, the 1.2 million litre display, the 46
    #    probes at $1,850 each, the 14 years in the trade.
    dict(
        text=(
            "Re: How big is the market for AI water-quality control in aquariums?\n"
            "reef_keeper_88 - 3 replies\n"
            "Pretty sure this is the number you want, from the Corallis Market Insights brief:\n"
            "> The Asia-Pacific market for AI water-quality control in aquarium life-support systems reached US$182 "
            "million in 2024,\n"
            "> up 21.6% from US$150 million in 2023. Public aquariums in Japan, mainland China and Singapore made up "
            "most of it.\n"
            "My own gut says it's more like $250M once you count hobby reef-tank controllers, but I have no data for "
            "that. For reference, our 1.2 million litre display runs 46 probes and each one costs about $1,850. I've "
            "been in life-support engineering for 14 years."
        ),
        obs=[
            ("Total", 2023, 150, "USD million", "actual"),
            ("Total", 2024, 182, "USD million", "actual"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (182 / 150) ** (1 / 1) - 1 = 21.33% -> 21.3, not 21.6; bounds 181.5 / 150.5 - 1 = 20.60%,
            # 182.5 / 149.5 - 1 = 22.07% -> 21.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. Hong Kong exchange results announcement (Traditional): mainland China's AI animal-welfare and behaviour
    #    monitoring market for zoos and aquariums in 億元 for 2022 and 2024 (actual) and 2029 (預計, estimate), with a
    #    2022-2024 CAGR that holds and a 2024-2029 CAGR no reading reaches. Expected nowhere: the stock code, the
    #    company's revenue, gross profit and profit in 人民幣千元, its 18.3% revenue growth, the 612 employees, the 87
    #    zoos and aquariums served.
    dict(
        text=(
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n"
            "瀚海智能生態科技控股有限公司（股份代號：2896）\n"
            "截至2024年12月31日止年度之全年業績公告\n"
            "（除另有註明外，金額以人民幣千元列示）本集團年內收益為356,820，較上年增長18.3%；毛利為142,615；年內溢利為"
            "38,240。\n"
            "行業概覽：根據獨立市場研究機構卓觀諮詢的報告，中國內地動物園及水族館AI動物福利與行為監測市場規模由2022年的"
            "人民幣8.6億元增至2024年的人民幣14.2億元，2022年至2024年的年複合增長率為28.5%；預計2029年將達到人民幣41.3"
            "億元，2024年至2029年的年複合增長率為24.6%。截至2024年12月31日，本集團共有僱員612名，服務動物園及水族館87家。"
        ),
        obs=[
            ("Total", 2022, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2029, 41.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2022, 2024, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 8.6) ** (1 / 2) - 1 = 28.50% -> 28.5
            # (41.3 / 14.2) ** (1 / 5) - 1 = 23.80% -> 23.8, not 24.6; bounds (41.25 / 14.25) ** (1/5) - 1 = 23.69%,
            # (41.35 / 14.15) ** (1/5) - 1 = 23.92% -> 24.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Chengdu local news item (Simplified) in 万元: the city's AI visitor-flow and ticketing analytics market for
    #     zoos and aquariums in 2024 with 同比增长 and the 2023 base. Expected nowhere: the 2380万人次 visitors, the
    #     12.6亿元 admissions revenue, the 130元 ticket, the 3000万元 smart-attraction fund, the 12 zoos and aquariums.
    dict(
        text=(
            "成都日报讯 记者从市文旅局获悉，2024年成都市动物园及水族馆游客流量与票务AI分析市场规模达8600万元，同比增长"
            "24.6%，2023年为6900万元。全市动物园和海洋馆全年接待游客2380万人次，门票收入约12.6亿元；成人票价130元的"
            "一家海洋馆已上线AI分时预约和客流热力图。市文旅局今年安排智慧景区专项资金3000万元，全市共有12家动物园和"
            "水族馆纳入试点。"
        ),
        obs=[
            ("Total", 2023, 6900, "CNY 10 thousand", "actual"),
            ("Total", 2024, 8600, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8600 / 6900) ** (1 / 1) - 1 = 24.64% -> 24.6
        ],
    ),
    # 11. 政策解读 (Simplified): China's AI wildlife monitoring market (camera-trap image recognition and acoustic
    #     monitoring) at 24亿元 in 2024 and a 2030 target of 96亿元 (estimate), 翻两番 (x4 over six years) and 年均增长
    #     26%左右 over a printed span. Expected nowhere: the plan's title years, the 4.2万台 camera traps, the 5 national
    #     parks, the 1,200 species, the 38亿元 central subsidy, the 亚洲象 population figure.
    dict(
        text=(
            "政策解读｜《野生动物保护智慧监测行动方案（2025—2030年）》\n"
            "方案提出，到2030年，我国野生动物保护AI监测（红外相机图像识别与声学监测）市场规模较2024年翻两番，达到96亿元，"
            "2024—2030年年均增长26%左右。据测算，2024年该市场规模为24亿元。目前全国已布设红外相机4.2万台，5个国家公园"
            "实现重点区域监测全覆盖，监测物种1,200余种。今年中央财政安排野生动物保护补助资金38亿元，云南亚洲象种群已增至"
            "约300头。"
        ),
        obs=[
            ("Total", 2024, 24, "CNY 100 million", "actual"),
            ("Total", 2030, 96, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2024, 2030, 6.0),
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 24) ** (1 / 6) - 1 = 25.99% -> 26
        ],
    ),
    # 12. Hong Kong broker's 研報 on the mainland (Traditional) with the amount in brackets after its rate: China's AI
    #     ecological-protection monitoring market in 2024 (同比增長31.2%, only by rounding) with the 2023 base, and 2025
    #     (預計, estimate) with a rate that holds. Expected nowhere: the company's first-quarter revenue and its 45%
    #     rise, the 買入 rating, the 68港元 price target and its 23% upside, the 9,000 protected areas.
    dict(
        text=(
            "【華岳證券（香港）研究部】行業深度：AI賦能生態保護監測\n"
            "我們測算，2024年中國AI生態保護監測（紅外相機圖像識別、聲學監測與反盜獵預警）市場同比增長31.2%（達到86.4億元），"
            "2023年為65.9億元；預計2025年同比增長28.0%（達到110.6億元）。全國各類自然保護地約9,000處，監測需求持續釋放。"
            "重點公司2025年一季度營收2.3億元，同比增長45%；維持「買入」評級，目標價68港元，較現價有23%上行空間。"
        ),
        obs=[
            ("Total", 2023, 65.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 110.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("growth", 28.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (86.4 / 65.9) ** (1 / 1) - 1 = 31.11% -> 31.1, not 31.2; bounds 86.35 / 65.95 - 1 = 30.93%,
            # 86.45 / 65.85 - 1 = 31.28% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (110.6 / 86.4) ** (1 / 1) - 1 = 28.01% -> 28.0
        ],
    ),
    # 13. Taiwan news story (Traditional) with 民國 years, 兆元 and 億元: Taiwan's AI market for zoos and aquariums in
    #     民國112年 and 113年 (2023, 2024) with the rise between them, and 民國119年 (2030, 預估) with a CAGR over a
    #     printed span that holds only by rounding. Expected nowhere: the dateline, the 1.2兆元 tourism output, the
    #     390萬 visits, the 60元 ticket, the 3 aquariums.
    dict(
        text=(
            "【聯合財經網／記者陳怡君／台北報導】民國114年5月20日\n"
            "台灣動物園與水族館AI應用市場（含動物行為監測、遊客流量分析與維生系統水質控制）民國113年規模達新台幣12.4億元，"
            "較民國112年的10.1億元成長22.8%；研究機構瀚宇產研預估民國119年可達31.5億元，民國113至119年年複合成長率16.9%。"
            "相較之下，全台觀光產業年產值約新台幣1.2兆元。台北市立動物園去年入園約390萬人次，全票60元，另有3家大型水族館"
            "已導入AI水質監控。"
        ),
        obs=[
            ("Total", 2023, 10.1, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2030, 31.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.1) ** (1 / 1) - 1 = 22.77% -> 22.8
            # (31.5 / 12.4) ** (1 / 6) - 1 = 16.81% -> 16.8, not 16.9; bounds (31.45 / 12.45) ** (1/6) - 1 = 16.70%,
            # (31.55 / 12.35) ** (1/6) - 1 = 16.92% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong financial news item (Traditional) in 億港元 with rates in words: Hong Kong's AI visitor-flow and
    #     ticketing analytics market last year (2024) and the year before (2023) with 按年增長百分之十二點五, and the
    #     dynamic pricing and timed booking part whose 百分之四十 holds only by rounding. Expected nowhere: the
    #     dateline, the 280萬 visits, the 498港元 ticket, the 2億港元 Series B, the 百分之六 interim profit rise.
    dict(
        text=(
            "【港財社】2025年4月16日 香港AI遊客流量與票務分析市場（涵蓋動物園、海洋公園及水族館）去年規模達3.6億港元，"
            "按年增長百分之十二點五，前年為3.2億港元。其中動態票價與分時預約系統為1.4億港元，佔整體市場百分之四十。"
            "海洋公園去年入場人次約280萬，成人門票498港元。一家本地客流分析初創上月完成2億港元B輪融資，而一家上市景點"
            "營運商中期盈利則按年增長百分之六。"
        ),
        obs=[
            ("Total", 2023, 3.2, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("動態票價與分時預約系統", 2024, 1.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 3.2) ** (1 / 1) - 1 = 12.50% -> 12.5
            # 1.4 / 3.6 = 38.89% -> 39, not 40; bounds 1.35 / 3.65 = 36.99%, 1.45 / 3.55 = 40.85% -> 40 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 15. Broker note (Simplified) mixing English market names: China's AI wildlife-protection monitoring TAM in 2024
    #     and 2028 (有望, estimate) with "CAGR达35%" over a printed span, and AI camera-trap image recognition's 2024
    #     part with its share. Expected nowhere: the AIGC市场 (no figure), the company's 2025Q1 revenue and its 42%
    #     rise, the 3.1万台 camera traps shipped, the 增持 rating and 45元 target price.
    dict(
        text=(
            "国内AI野生动物保护监测赛道：TAM测算\n"
            "受AIGC市场热潮带动，视觉与音频大模型正加速进入野生动物保护领域。我们测算2024年中国AI野生动物保护监测TAM为"
            "52亿元，2028年有望达到173亿元，2024-2028年CAGR达35%。其中AI红外相机图像识别为24亿元，占比46%。公司2025Q1"
            "营收1.8亿元，同比+42%，红外相机出货3.1万台；维持“增持”评级，目标价45元。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2028, 173, "CNY 100 million", "estimate"),
            ("AI红外相机图像识别", 2024, 24, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2028, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (173 / 52) ** (1 / 4) - 1 = 35.06% -> 35
            ("arithmetic", "exact"),  # 24 / 52 = 46.15% -> 46
        ],
    ),
    # 16. Table copied from a web page, cells set apart by runs of spaces, the header wrapping "Market size 2024" over
    #     "(USD m)": global AI anti-poaching surveillance by region, 2024 (actual) and 2030 (forecast), a CAGR per row
    #     over the printed span 2024-30 (Latin America's only by rounding); rows add to the Total in 2024 exactly and
    #     in 2030 only by rounding. Expected nowhere: the retrieval date, the 38,000 rangers, the USD 4.6 billion of
    #     conservation funding.
    dict(
        text=(
            "Global AI anti-poaching surveillance market by region\n"
            "Source: Kestrelmoor Research, retrieved 3 June 2025\n"
            "Region          Market size 2024   Market size 2030   CAGR\n"
            "                (USD m)            (USD m)            2024-30\n"
            "Africa          96.8               284.5              19.7%\n"
            "Asia            58.3               151.2              17.2%\n"
            "Latin America   27.6               81.7               19.9%\n"
            "Total           182.7              517.5              18.9%\n"
            "Note: 2030 figures are forecasts. Excludes ranger salaries (about 38,000 rangers worldwide) and the "
            "USD 4.6 billion of annual conservation funding."
        ),
        obs=[
            ("Africa", 2024, 96.8, "USD million", "actual"),
            ("Africa", 2030, 284.5, "USD million", "estimate"),
            ("Asia", 2024, 58.3, "USD million", "actual"),
            ("Asia", 2030, 151.2, "USD million", "estimate"),
            ("Latin America", 2024, 27.6, "USD million", "actual"),
            ("Latin America", 2030, 81.7, "USD million", "estimate"),
            ("Total", 2024, 182.7, "USD million", "actual"),
            ("Total", 2030, 517.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (284.5 / 96.8) ** (1 / 6) - 1 = 19.68% -> 19.7
            ("cagr|implied", "exact"),  # (151.2 / 58.3) ** (1 / 6) - 1 = 17.21% -> 17.2
            # (81.7 / 27.6) ** (1 / 6) - 1 = 19.83% -> 19.8, not 19.9; bounds (81.65 / 27.65) ** (1/6) - 1 = 19.78%,
            # (81.75 / 27.55) ** (1/6) - 1 = 19.87% -> 19.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (517.5 / 182.7) ** (1 / 6) - 1 = 18.95% -> 18.9
            ("hierarchy", "exact"),  # 2024: 96.8 + 58.3 + 27.6 = 182.7
            # 2030: 284.5 + 151.2 + 81.7 = 517.4, not 517.5; parts at most 517.55 and the total at least 517.45 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table (UK, £m) with "2023A | 2024A | 2025E" columns, applications as rows, a Total row and a
    #     "% of total (2025E)" column: rows add to the Total each year; the water-quality row's 19.9% holds only by
    #     rounding (the Total's 100.0% is no claim). Expected nowhere: the source's date, the £1.4bn of admissions
    #     revenue, the 14 million visits, the 96 member collections.
    dict(
        text=(
            "UK zoos and aquariums: AI spending by application (£m)\n"
            "| Application | 2023A | 2024A | 2025E | % of total (2025E) |\n"
            "|---|---|---|---|---|\n"
            "| Animal-welfare and behaviour monitoring | 14.2 | 17.9 | 22.4 | 46.8% |\n"
            "| Visitor-flow and ticketing analytics | 11.8 | 13.6 | 15.9 | 33.2% |\n"
            "| Life-support water-quality control | 6.3 | 7.8 | 9.6 | 19.9% |\n"
            "| Total | 32.3 | 39.3 | 47.9 | 100.0% |\n"
            "Source: Fenwick Hale Securities, 4 July 2025. Excludes some £1.4bn of UK zoo and aquarium admissions "
            "revenue from about 14 million visits to the association's 96 member collections."
        ),
        obs=[
            ("Animal-welfare and behaviour monitoring", 2023, 14.2, "GBP million", "actual"),
            ("Animal-welfare and behaviour monitoring", 2024, 17.9, "GBP million", "actual"),
            ("Animal-welfare and behaviour monitoring", 2025, 22.4, "GBP million", "estimate"),
            ("Visitor-flow and ticketing analytics", 2023, 11.8, "GBP million", "actual"),
            ("Visitor-flow and ticketing analytics", 2024, 13.6, "GBP million", "actual"),
            ("Visitor-flow and ticketing analytics", 2025, 15.9, "GBP million", "estimate"),
            ("Life-support water-quality control", 2023, 6.3, "GBP million", "actual"),
            ("Life-support water-quality control", 2024, 7.8, "GBP million", "actual"),
            ("Life-support water-quality control", 2025, 9.6, "GBP million", "estimate"),
            ("Total", 2023, 32.3, "GBP million", "actual"),
            ("Total", 2024, 39.3, "GBP million", "actual"),
            ("Total", 2025, 47.9, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 46.8, "percent", 2025, 2025, None),
            ("share", 33.2, "percent", 2025, 2025, None),
            ("share", 19.9, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 22.4 / 47.9 = 46.76% -> 46.8
            ("arithmetic", "exact"),  # 15.9 / 47.9 = 33.19% -> 33.2
            # 9.6 / 47.9 = 20.04% -> 20.0, not 19.9; bounds 9.55 / 47.95 = 19.92%, 9.65 / 47.85 = 20.17% -> 19.9
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2023A: 14.2 + 11.8 + 6.3 = 32.3
            ("hierarchy", "exact"),  # 2024A: 17.9 + 13.6 + 7.8 = 39.3
            ("hierarchy", "exact"),  # 2025E: 22.4 + 15.9 + 9.6 = 47.9
        ],
    ),
    # 18. Markdown table (Netherlands, EUR m) with years as rows (2025E and 2026E estimates), applications as columns
    #     and a Total column last: 2023 and 2026E add exactly, 2024 only by rounding, 2025E by no reading. Expected
    #     nowhere: the report's month, the 13.5 million visitors, the EUR 310 million admissions revenue, the EUR 27.50
    #     ticket, the 21 member zoos.
    dict(
        text=(
            "Netherlands: AI in zoos and aquariums by application, EUR m (Van Roosendaal Research, March 2025)\n"
            "| Year | Animal-welfare monitoring | Visitor-flow analytics | Water-quality control | Total |\n"
            "|---|---|---|---|---|\n"
            "| 2023 | 6.4 | 4.1 | 2.7 | 13.2 |\n"
            "| 2024 | 7.8 | 5.0 | 3.3 | 16.2 |\n"
            "| 2025E | 9.5 | 6.2 | 4.0 | 20.1 |\n"
            "| 2026E | 11.4 | 7.5 | 4.9 | 23.8 |\n"
            "Dutch zoos and aquariums drew 13.5 million visitors in 2024 and EUR 310 million in admissions; an adult "
            "day ticket averages EUR 27.50 at the 21 member zoos."
        ),
        obs=[
            ("Animal-welfare monitoring", 2023, 6.4, "EUR million", "actual"),
            ("Visitor-flow analytics", 2023, 4.1, "EUR million", "actual"),
            ("Water-quality control", 2023, 2.7, "EUR million", "actual"),
            ("Total", 2023, 13.2, "EUR million", "actual"),
            ("Animal-welfare monitoring", 2024, 7.8, "EUR million", "actual"),
            ("Visitor-flow analytics", 2024, 5.0, "EUR million", "actual"),
            ("Water-quality control", 2024, 3.3, "EUR million", "actual"),
            ("Total", 2024, 16.2, "EUR million", "actual"),
            ("Animal-welfare monitoring", 2025, 9.5, "EUR million", "estimate"),
            ("Visitor-flow analytics", 2025, 6.2, "EUR million", "estimate"),
            ("Water-quality control", 2025, 4.0, "EUR million", "estimate"),
            ("Total", 2025, 20.1, "EUR million", "estimate"),
            ("Animal-welfare monitoring", 2026, 11.4, "EUR million", "estimate"),
            ("Visitor-flow analytics", 2026, 7.5, "EUR million", "estimate"),
            ("Water-quality control", 2026, 4.9, "EUR million", "estimate"),
            ("Total", 2026, 23.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.4 + 4.1 + 2.7 = 13.2
            # 2024: 7.8 + 5.0 + 3.3 = 16.1, not 16.2; parts at most 16.25 and the total at least 16.15 -> reached only
            # by some reading
            ("hierarchy", "rounding"),
            # 2025E: 9.5 + 6.2 + 4.0 = 19.7, not 20.1; parts at most 19.85 and the total at least 20.05 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2026E: 11.4 + 7.5 + 4.9 = 23.8
        ],
    ),
    # 19. Chinese table (Simplified, tab-separated) under "单位：万元" with an 占比 column: Shanghai's AI market for zoos
    #     and aquariums in 2024 by segment, rows adding to the 合计 row; three shares hold, the 其他AI应用 row's 10.3% by
    #     no reading (the 合计's 100.0% is no claim). Expected nowhere: the source's date, the 9.8亿元 admissions
    #     revenue, the 1,650万人次 visitors.
    dict(
        text=(
            "2024年上海市动物园及水族馆AI应用市场结构\n"
            "单位：万元\n"
            "细分领域\t市场规模\t占比\n"
            "AI动物福利与行为监测\t3,860\t38.2%\n"
            "AI游客流量与票务分析\t2,940\t29.1%\n"
            "AI维生系统水质智能调控\t2,210\t21.9%\n"
            "其他AI应用\t1,090\t10.3%\n"
            "合计\t10,100\t100.0%\n"
            "资料来源：沪上智库研究院（2025年3月）。注：不含门票收入约9.8亿元；全市动物园及水族馆年接待游客约1,650万人次。"
        ),
        obs=[
            ("AI动物福利与行为监测", 2024, 3860, "CNY 10 thousand", "actual"),
            ("AI游客流量与票务分析", 2024, 2940, "CNY 10 thousand", "actual"),
            ("AI维生系统水质智能调控", 2024, 2210, "CNY 10 thousand", "actual"),
            ("其他AI应用", 2024, 1090, "CNY 10 thousand", "actual"),
            ("合计", 2024, 10100, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 29.1, "percent", 2024, 2024, None),
            ("share", 21.9, "percent", 2024, 2024, None),
            ("share", 10.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3,860 / 10,100 = 38.22% -> 38.2
            ("arithmetic", "exact"),  # 2,940 / 10,100 = 29.11% -> 29.1
            ("arithmetic", "exact"),  # 2,210 / 10,100 = 21.88% -> 21.9
            # 1,090 / 10,100 = 10.79% -> 10.8, not 10.3; bounds 1,089.5 / 10,100.5 = 10.79%,
            # 1,090.5 / 10,099.5 = 10.80% -> 10.3 reached by no reading
            ("arithmetic", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 3,860 + 2,940 + 2,210 + 1,090 = 10,100
        ],
    ),
    # 20. French pipe table from a Montreal consultancy, spaces between thousands and decimal commas, in millions of
    #     US dollars: global AI conservation monitoring by segment, 2023 and 2024, with a "Var." column (year-on-year
    #     rates: two hold, the acoustic row's only by rounding, the camera-trap row's by no reading); rows add to the
    #     Total both years. Expected nowhere: the source's month, the 9 200 M$ US of conservation funding, the 4 800
    #     rangers, the 1,3 million camera traps.
    dict(
        text=(
            "Marché mondial de l'IA pour la conservation de la faune (en millions de dollars américains)\n"
            "| Segment | 2023 | 2024 | Var. 2024/2023 |\n"
            "|---|---|---|---|\n"
            "| Surveillance anti-braconnage par IA | 512,4 | 618,9 | +20,8 % |\n"
            "| Reconnaissance d'images de pièges photographiques par IA | 388,7 | 471,2 | +21,9 % |\n"
            "| Surveillance acoustique par IA | 214,6 | 276,3 | +28,7 % |\n"
            "| Total | 1 115,7 | 1 366,4 | +22,5 % |\n"
            "Source : Boréalis Conseil, Montréal, avril 2025. Hors financement total de la conservation (environ "
            "9 200 M$ US) ; 4 800 gardes équipés ; 1,3 million de pièges photographiques en service."
        ),
        obs=[
            ("Surveillance anti-braconnage par IA", 2023, 512.4, "USD million", "actual"),
            ("Surveillance anti-braconnage par IA", 2024, 618.9, "USD million", "actual"),
            ("Reconnaissance d'images de pièges photographiques par IA", 2023, 388.7, "USD million", "actual"),
            ("Reconnaissance d'images de pièges photographiques par IA", 2024, 471.2, "USD million", "actual"),
            ("Surveillance acoustique par IA", 2023, 214.6, "USD million", "actual"),
            ("Surveillance acoustique par IA", 2024, 276.3, "USD million", "actual"),
            ("Total", 2023, 1115.7, "USD million", "actual"),
            ("Total", 2024, 1366.4, "USD million", "actual"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 28.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 618,9 / 512,4 - 1 = 20.78% -> 20.8
            # 471,2 / 388,7 - 1 = 21.22% -> 21.2, not 21.9; bounds 471.15 / 388.75 - 1 = 21.20%,
            # 471.25 / 388.65 - 1 = 21.25% -> 21.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            # 276,3 / 214,6 - 1 = 28.75% -> 28.8, not 28.7; bounds 276.25 / 214.65 - 1 = 28.70%,
            # 276.35 / 214.55 - 1 = 28.80% -> 28.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1 366,4 / 1 115,7 - 1 = 22.47% -> 22.5
            ("hierarchy", "exact"),  # 2023: 512.4 + 388.7 + 214.6 = 1,115.7
            ("hierarchy", "exact"),  # 2024: 618.9 + 471.2 + 276.3 = 1,366.4
        ],
    ),
    # 21. Earnings-call transcript of an invented camera-trap maker: the CFO sizes the total addressable market for AI
    #     wildlife, zoo and aquarium monitoring (the market, ``Total``) in 2024 and 2030 with a CAGR over a printed
    #     span, and a part (aquarium life-support and water-quality control) with its share. Expected nowhere: the
    #     call's date and quarter, the $48.6 million quarterly revenue and its 31%, the 62.4% gross margin, the
    #     $190-196 million guidance, the 14,200 camera traps and 61 reserves, the ticker.
    dict(
        text=(
            "Savanna Vision Systems (NASDAQ: SVVS) Q2 2025 Earnings Call, August 7, 2025\n"
            "Operator: Good afternoon, and welcome to the Savanna Vision Systems second-quarter 2025 earnings call. "
            "I will now hand over to the Chief Executive Officer.\n"
            "Chief Executive Officer: Thank you. We now have 14,200 of our smart camera traps deployed across 61 "
            "reserves in Kenya and South Africa, and three new aquarium customers in Singapore.\n"
            "Chief Financial Officer: Revenue for the quarter was $48.6 million, up 31% year over year, and gross "
            "margin was 62.4%. We are raising full-year guidance to $190 million to $196 million. Stepping back, we "
            "size the total addressable market for AI wildlife, zoo and aquarium monitoring at $2.8 billion in 2024, "
            "and we expect it to reach $7.1 billion by 2030, a compound annual growth rate of 16.8% over 2024 to "
            "2030. Aquarium life-support and water-quality control alone was $0.62 billion of the 2024 figure, or "
            "22%.\n"
            "Operator: Our next question comes from Dana Whitcombe at Harbourline Securities."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2030, 7.1, "USD billion", "estimate"),
            ("Aquarium life-support and water-quality control", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.1 / 2.8) ** (1 / 6) - 1 = 16.78% -> 16.8
            ("arithmetic", "exact"),  # 0.62 / 2.8 = 22.14% -> 22
        ],
    ),
    # 22. Newsletter issue with "TL;DR" bullet lines, arrows, "bn" and '24/'30 years: camera-trap image recognition
    #     (the newsletter's market, ``Total``) in 2024 and 2030 with a "~18% CAGR" whose span only the years of its
    #     amounts give (inferred), reached only by rounding; acoustic monitoring (a second market, its own item) in
    #     2023 and 2024 with a yoy rate. Expected nowhere: the issue number and date, the $22m Series A, the 9 of 10
    #     deals under $10m, the reader poll's 64%, the ~2.1m camera traps.
    dict(
        text=(
            "The Wild Stack, Issue #87, 14 May 2025\n"
            "TL;DR\n"
            "• AI camera-trap image recognition: $1.4bn ('24) → $3.6bn by '30 (~18% CAGR), per Acacia Metrics\n"
            "• Acoustic monitoring is the fast follower: $0.38bn in '24, up ~27% y/y from $0.30bn in '23\n"
            "• Funding: CanopyEar raised a $22m Series A; 9 of 10 deals this year were under $10m\n"
            "• Reader poll: 64% of park managers say the labelling backlog is their #1 problem\n"
            "• Camera traps in the field: ~2.1m units worldwide, most of them still checked by hand"
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2030, 3.6, "USD billion", "estimate"),
            ("Acoustic monitoring", 2023, 0.30, "USD billion", "actual"),
            ("Acoustic monitoring", 2024, 0.38, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (3.6 / 1.4) ** (1 / 6) - 1 = 17.05% -> 17, not 18; bounds (3.55 / 1.45) ** (1/6) - 1 = 16.09%,
            # (3.65 / 1.35) ** (1/6) - 1 = 18.03% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
            ("cagr|implied", "exact"),  # (0.38 / 0.30) ** (1 / 1) - 1 = 26.67% -> 27
        ],
    ),
    # 23. Research report copied from a PDF: a figure caption, the unit after each value in brackets ("640 (US$ m)"),
    #     a footnote marker and footnote, a page line: North America's AI visitor-flow and ticketing analytics in 2023
    #     and 2024 with a yoy rate no reading reaches, a 2029 forecast with a CAGR over a printed span, a part
    #     (dynamic pricing modules). Expected nowhere: the figure and section numbers, the source's year, the
    #     8,900 (US$ m) admissions revenue, the 181 million visitors, the US$ 29 ticket, the page number.
    dict(
        text=(
            "Figure 3. AI visitor-flow and ticketing analytics at zoos and aquariums, North America\n"
            "[chart data not extracted]\n"
            "Source: Lindqvist & Rowe Leisure Research (2025)\n"
            "3.2 Market size\n"
            "Spending on AI visitor-flow and ticketing analytics by North American zoos and aquariums reached 640 "
            "(US$ m) in 2024, a rise of 17.4 per cent on the 538 (US$ m) of 2023.¹ We project 1,420 (US$ m) by 2029, "
            "a compound annual growth rate of 17.3% for 2024-2029. Dynamic pricing modules made up 212 (US$ m) of "
            "the 2024 total.\n"
            "¹ Excludes admissions revenue of 8,900 (US$ m) at accredited institutions, which welcomed some 181 "
            "million visitors; an average adult ticket cost US$ 29.\n"
            "Page 12"
        ),
        obs=[
            ("Total", 2023, 538, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1420, "USD million", "estimate"),
            ("Dynamic pricing modules", 2024, 212, "USD million", "actual"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (640 / 538) ** (1 / 1) - 1 = 18.96% -> 19.0, not 17.4; bounds 639.5 / 538.5 - 1 = 18.76%,
            # 640.5 / 537.5 - 1 = 19.16% -> 17.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1420 / 640) ** (1 / 5) - 1 = 17.28% -> 17.3
        ],
    ),
    # 24. UK government press release in "£bn" and "per cent" with a minister's quote: the UK market for AI
    #     conservation monitoring in 2024 and 2030 with a CAGR over a printed span reached only by rounding, and a
    #     part (acoustic monitoring) with its share. Expected nowhere: the publication date, the hedgehogs' 30 per
    #     cent decline since 2000, the £25 million fund, the 400 wardens, the £1.2bn of conservation funding, the
    #     2,600 camera traps and 40 reserves.
    dict(
        text=(
            "Press release: AI to help track Britain's wildlife as conservation technology market grows\n"
            "From: Department for Countryside and Wildlife Protection\n"
            "Published 3 June 2025\n"
            "The UK market for AI-enabled conservation monitoring, covering camera-trap image recognition, acoustic "
            "monitoring and anti-poaching surveillance, was worth £0.42bn in 2024 and is expected to reach £1.1bn by "
            "2030, a compound annual growth rate of 18.4 per cent between 2024 and 2030, according to an independent "
            "assessment by Fenwick Hollis Consulting. Acoustic monitoring accounted for £0.11bn of the 2024 market, "
            "or 26 per cent.\n"
            "Nature Minister Harriet Oakes said: \"Britain's hedgehog numbers have fallen by 30 per cent since 2000. "
            "That is why we are putting £25 million into a new Nature Tech Fund and training 400 wardens to use "
            "these tools.\"\n"
            "The fund forms part of £1.2bn of conservation funding over the spending review period. Around 2,600 "
            "camera traps will be deployed across 40 national nature reserves."
        ),
        obs=[
            ("Total", 2024, 0.42, "GBP billion", "actual"),
            ("Total", 2030, 1.1, "GBP billion", "estimate"),
            ("Acoustic monitoring", 2024, 0.11, "GBP billion", "actual"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1.1 / 0.42) ** (1 / 6) - 1 = 17.41% -> 17.4, not 18.4; bounds (1.05 / 0.425) ** (1/6) - 1 = 16.27%,
            # (1.15 / 0.415) ** (1/6) - 1 = 18.52% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.11 / 0.42 = 26.19% -> 26
        ],
    ),
    # 25. LinkedIn post, one sentence a line, "✅" bullets and hashtags: the global market for AI water-quality control
    #     in aquarium life-support systems, $512M in 2024 and $1.23B in 2031 (in the series' unit: 1230), with a CAGR
    #     over a printed span reached only by rounding. Expected nowhere: the 12 years, the 76% of aquarists surveyed,
    #     the team of 40, the $8M seed round, the 2-million-litre tank and its 900 kWh a day.
    dict(
        text=(
            "Water is the life-support system nobody sees.\n"
            "I've spent 12 years running aquarium life-support plants, and AI is finally changing how we work.\n"
            "New numbers from Tidewell Research on AI water-quality control in aquarium life-support systems:\n"
            "✅ Global market: $512M in 2024\n"
            "✅ Forecast: $1.23B by 2031\n"
            "✅ That's a 13.4% CAGR over 2024-2031\n"
            "✅ 76% of aquarists surveyed want automated dosing\n"
            "Our team of 40 just closed an $8M seed round to build exactly this.\n"
            "One 2-million-litre shark tank can burn through 900 kWh a day on pumps alone.\n"
            "Who else is working on this? 👇\n"
            "#AquariumTech #AI #LifeSupportSystems #Conservation"
        ),
        obs=[
            ("Total", 2024, 512, "USD million", "actual"),
            ("Total", 2031, 1230, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (1230 / 512) ** (1 / 7) - 1 = 13.34% -> 13.3, not 13.4; bounds (1225 / 512.5) ** (1/7) - 1 = 13.26%,
            # (1235 / 511.5) ** (1/7) - 1 = 13.42% -> 13.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Syndicated market-research release in the classic form: the global AI anti-poaching surveillance market
    #     valued in 2024, growing from 2025 (the dateline's year, an estimate) to 2032, with a CAGR over the printed
    #     forecast period that no reading reaches. Expected nowhere: the dateline, the report title's years, the
    #     report code and 186 pages, the 585 rhinos poached, the USD 4,850 report price.
    dict(
        text=(
            "NEW YORK, March 18, 2025 /Newswire/ -- According to Meridian Vantage Research, the global AI "
            "anti-poaching surveillance market was valued at USD 1.86 Billion in 2024 and is projected to grow from "
            "USD 2.11 Billion in 2025 to USD 5.94 Billion by 2032, exhibiting a CAGR of 16.8% during the forecast "
            "period (2025-2032). Thermal drones, acoustic gunshot detection and AI-enabled ranger patrol planning are "
            "the main solution types. Africa lost some 585 rhinos to poaching in 2024, keeping demand high among "
            "park authorities in Kenya and South Africa. The report, AI Anti-Poaching Surveillance Market Size, "
            "Share and Forecast 2025-2032 (Report Code MVR-4471), runs to 186 pages and is available for USD 4,850 "
            "(single user). Key players include Ranger Eye Systems and Kopje Analytics."
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2025, 2.11, "USD billion", "estimate"),
            ("Total", 2032, 5.94, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            # (5.94 / 2.11) ** (1 / 7) - 1 = 15.94% -> 15.9, not 16.8; bounds (5.935 / 2.115) ** (1/7) - 1 = 15.88%,
            # (5.945 / 2.105) ** (1/7) - 1 = 15.99% -> 16.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Academic paragraph with "billion USD" after the number and "(95% CI ...)" on a classifier's precision and
    #     an occupancy decline: global AI acoustic monitoring for biodiversity in 2024 and 2032 with a CAGR over a
    #     printed span reached only by rounding, a part (bird and bat classifiers) with its share. Expected nowhere:
    #     the section number, the 412 protected areas and 23 countries, the 0.91 precision and its CI, the 18%
    #     decline and its CI, the 9.4 billion USD of conservation funding, the table number.
    dict(
        text=(
            "3.4 Market size. Drawing on procurement records from 412 protected areas in 23 countries, we estimate "
            "global spending on AI acoustic monitoring for biodiversity at 0.87 billion USD in 2024, rising to 2.35 "
            "billion USD by 2032 under the baseline scenario, which implies a compound annual growth rate of 13.3% "
            "over 2024-2032. Bird and bat classifiers accounted for 0.31 billion USD of 2024 spending (36%). "
            "Detection precision of the pooled classifiers was 0.91 (95% CI 0.88-0.94), and monitored amphibian "
            "occupancy declined by 18% (95% CI 11-25) over the study period. Total conservation funding across the "
            "sampled areas was 9.4 billion USD (Table 2)."
        ),
        obs=[
            ("Total", 2024, 0.87, "USD billion", "actual"),
            ("Total", 2032, 2.35, "USD billion", "estimate"),
            ("Bird and bat classifiers", 2024, 0.31, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 13.3, "percent", 2024, 2032, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2.35 / 0.87) ** (1 / 8) - 1 = 13.23% -> 13.2, not 13.3; bounds (2.345 / 0.875) ** (1/8) - 1 = 13.11%,
            # (2.355 / 0.865) ** (1/8) - 1 = 13.34% -> 13.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.31 / 0.87 = 35.63% -> 36
        ],
    ),
    # 28. Nordic trade magazine with SEK asides beside EUR figures: the Nordic market for AI animal-welfare and
    #     behaviour monitoring in 2023 and 2024 with a yoy rate, a 2030 forecast with a CAGR over a printed span
    #     reached only by rounding. Expected nowhere: the issue number, the SEK 440 million (no observation), the
    #     wildlife park's SEK 640 million turnover and 610,000 visitors, the SEK 395 ticket, the EUR 4.2 million
    #     of state grants.
    dict(
        text=(
            "Nordic Zoo & Aquarium Business, issue 4/2025\n"
            "AI moves into the animal house\n"
            "The Nordic market for AI animal-welfare and behaviour monitoring in zoos and aquariums reached EUR 38.5 "
            "million in 2024, around SEK 440 million, up 21% from EUR 31.8 million in 2023, according to Fjordvik "
            "Analys. The firm expects EUR 96 million by 2030, a compound annual growth rate of 16.5% over "
            "2024-2030. For comparison, one of Sweden's largest wildlife parks reported turnover of SEK 640 million "
            "last year and 610,000 visitors; an adult day ticket costs SEK 395. Denmark's zoos received EUR 4.2 "
            "million in state grants."
        ),
        obs=[
            ("Total", 2023, 31.8, "EUR million", "actual"),
            ("Total", 2024, 38.5, "EUR million", "actual"),
            ("Total", 2030, 96, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.8) ** (1 / 1) - 1 = 21.07% -> 21
            # (96 / 38.5) ** (1 / 6) - 1 = 16.45% -> 16.4, not 16.5; bounds (95.5 / 38.55) ** (1/6) - 1 = 16.32%,
            # (96.5 / 38.45) ** (1/6) - 1 = 16.57% -> 16.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. 36氪-style funding article (Simplified): China's market for AI animal-welfare and behaviour monitoring in
    #     zoos and aquariums in 2024 and 2028 with a CAGR over a printed span, a part (水族馆场景) with its share.
    #     Expected nowhere: the 亿元级 B round, the 同比翻番 revenue, the 40余家 zoos and aquariums, the 3200路
    #     cameras, the 60% staff share in R&D.
    dict(
        text=(
            "36氪获悉，动物园AI行为监测企业「知兽科技」近日完成亿元级B轮融资，由松岭资本领投。公司2024年营收同比翻番，"
            "已服务全国40余家动物园和水族馆，部署AI摄像头超过3200路，研发人员占员工总数的60%。据青禾研究院测算，"
            "2024年中国动物园及水族馆AI动物福利与行为监测市场规模为12.6亿元，预计2028年将达到31.5亿元，2024-2028年"
            "复合增长率为25.7%。其中，水族馆场景为4.1亿元，占比32.5%。"
        ),
        obs=[
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2028, 31.5, "CNY 100 million", "estimate"),
            ("水族馆场景", 2024, 4.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
            ("share", 32.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 12.6) ** (1 / 4) - 1 = 25.74% -> 25.7
            ("arithmetic", "exact"),  # 4.1 / 12.6 = 32.54% -> 32.5
        ],
    ),
    # 30. 招股说明书 passage (Simplified): China's AI wildlife-conservation monitoring solutions market in 2021 and
    #     2024 with "2021年至2024年的复合年增长率为" reached only by rounding, and a 2029 forecast with its CAGR.
    #     Expected nowhere: the issuer's revenue for the three years and its margins, the 386 employees, the 27
    #     provinces, 126 protected areas and 1.8万台 cameras, the balance-sheet date.
    dict(
        text=(
            "根据灼远咨询的资料，中国AI野生动物保护监测解决方案（包括红外相机图像识别、声学监测及反盗猎智能监控）的市场"
            "规模由2021年的8.2亿元增长至2024年的19.6亿元，2021年至2024年的复合年增长率为33.9%，并预期将于2029年达到"
            "68.3亿元，2024年至2029年的复合年增长率为28.4%。报告期内，本公司收入分别为1.26亿元、1.84亿元及2.57亿元，"
            "毛利率分别为41.2%、43.5%及44.9%。截至2024年12月31日，我们拥有员工386名，已在全国27个省级行政区的126个"
            "保护地部署超过1.8万台智能红外相机。"
        ),
        obs=[
            ("Total", 2021, 8.2, "CNY 100 million", "actual"),
            ("Total", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2029, 68.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.9, "percent", 2021, 2024, None, "stated"),
            ("cagr", 28.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (19.6 / 8.2) ** (1 / 3) - 1 = 33.70% -> 33.7, not 33.9; bounds (19.55 / 8.25) ** (1/3) - 1 = 33.32%,
            # (19.65 / 8.15) ** (1/3) - 1 = 34.09% -> 33.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (68.3 / 19.6) ** (1 / 5) - 1 = 28.36% -> 28.4
        ],
    ),
    # 31. City 统计局-style release (Simplified): the city's AI visitor-flow and ticketing analytics market for zoos
    #     and aquariums in 2024 with 比上年增长 and the 上年 base (2023), the rate reached by no reading. Expected
    #     nowhere: the 规模以上 enterprises' 营业收入 and its 6.8%, the zoo and aquarium enterprises' 48.3亿元 revenue
    #     and its 4.1%, the 2140万人次 visitors, the 128元 ticket.
    dict(
        text=(
            "滨海市统计局发布2024年文旅科技产业发展统计公报。2024年，全市规模以上文化旅游企业实现营业收入1862.4亿元，"
            "比上年增长6.8%；其中，动物园、水族馆等景区企业营业收入48.3亿元，增长4.1%。全市动物园、水族馆AI客流与"
            "票务分析市场规模达到2.34亿元，比上年增长16.8%，上年为1.98亿元。全年全市动物园、水族馆接待游客2140万"
            "人次，平均门票价格128元。"
        ),
        obs=[
            ("Total", 2023, 1.98, "CNY 100 million", "actual"),
            ("Total", 2024, 2.34, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.34 / 1.98) ** (1 / 1) - 1 = 18.18% -> 18.2, not 16.8; bounds 2.335 / 1.985 - 1 = 17.63%,
            # 2.345 / 1.975 - 1 = 18.73% -> 16.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Taiwan research institute's release (Traditional) mixing 億美元 and 新台幣: the global market for AI water-
    #     quality control and life-support monitoring in aquariums in 2024 and 2028 (億美元, "USD 100 million") with a
    #     CAGR over a printed span reached only by rounding. Expected nowhere: the dateline, the Taiwan makers'
    #     新台幣35億元 revenue, the 60 aquariums and their 新台幣1,200萬元 upkeep, the first quarter's 12% export growth.
    dict(
        text=(
            "【2025/03/12 台北訊】產業前瞻研究所今（12）日發布研究指出，全球水族館AI水質控制與維生系統監控市場2024年"
            "規模達4.6億美元，預估2028年將成長至8.9億美元，2024至2028年年複合成長率為18.4%。台灣相關業者2024年營收"
            "合計約新台幣35億元，主要來自感測器與控制器外銷；國內水族館與海生館約60家，平均單館每年維生系統維護支出"
            "約新台幣1,200萬元。研究所並指出，今年第一季相關業者出口值年增12%。"
        ),
        obs=[
            ("Total", 2024, 4.6, "USD 100 million", "actual"),
            ("Total", 2028, 8.9, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (8.9 / 4.6) ** (1 / 4) - 1 = 17.94% -> 17.9, not 18.4; bounds (8.85 / 4.65) ** (1/4) - 1 = 17.46%,
            # (8.95 / 4.55) ** (1/4) - 1 = 18.43% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Hong Kong 立法會 question and written answer (Traditional) in 百萬元 (HK$, "HKD million"): Hong Kong's market
    #     for AI animal-welfare monitoring and water-quality control at zoos and aquariums in 2023 and 2024 with a
    #     yoy rate, a part (水質控制系統) whose 45% holds only by rounding. Expected nowhere: the date, the question
    #     number, the 80 species and 400 animals, the 410萬 visits, the 1.23億元 budget, the 498元 ticket.
    dict(
        text=(
            "立法會十題：動物園及水族館應用人工智能\n"
            "以下是今日（2025年6月11日）在立法會會議上林議員的提問和環境及生態局局長的書面答覆：\n"
            "問題：政府可否告知本會：（一）本港動物園及水族館應用人工智能的市場規模；（二）相關設施的遊客及開支情況？\n"
            "答覆：主席：\n"
            "（一）根據業界顧問估計，本港動物園及水族館人工智能應用（包括動物行為監測及維生系統水質控制）市場規模於"
            "2024年約為86百萬元（港元，下同），較2023年的71百萬元增長21.1%；其中水質控制系統佔38百萬元，佔45%。\n"
            "（二）香港動植物公園現時飼養約80種、近400隻動物，2024年入場人次約為410萬。漁農自然護理署在2025-26年度"
            "為動植物公園預留的開支約為1.23億元；區內一家海洋主題公園的成人門票為498元。"
        ),
        obs=[
            ("Total", 2023, 71, "HKD million", "actual"),
            ("Total", 2024, 86, "HKD million", "actual"),
            ("水質控制系統", 2024, 38, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 71) ** (1 / 1) - 1 = 21.13% -> 21.1
            # 38 / 86 = 44.19% -> 44, not 45; bounds 37.5 / 86.5 = 43.35%, 38.5 / 85.5 = 45.03% -> 45 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 34. 微博 post (Simplified) with #话题# tags: China's AI camera-trap image recognition and acoustic monitoring
    #     market in 2024 with 同比增长 and the 2023 base, the rate reached by no reading. Expected nowhere: the 5万台
    #     camera traps, the 70只 tigers, the team of 12, the 3年 and 800万张 photos, the 1000 reposts and 3 winners,
    #     the 58元 ticket.
    dict(
        text=(
            "#AI守护野生动物# #科技向善# 刚看完青岚研究的报告，2024年我国AI红外相机图像识别与声学监测市场规模9.8亿元，"
            "同比增长36%，2023年才7.4亿元😮 现在全国保护区布设的红外相机超过5万台，东北虎豹国家公园里监测到的东北虎"
            "已经有70只左右了！我们团队12个人，3年标注了800万张照片💪 转发过1000抽3位送熊猫基地门票（价值58元）"
        ),
        obs=[
            ("Total", 2023, 7.4, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (9.8 / 7.4) ** (1 / 1) - 1 = 32.43% -> 32, not 36; bounds 9.75 / 7.45 - 1 = 30.87%,
            # 9.85 / 7.35 - 1 = 34.01% -> 36 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Simplified article with approximate amounts beside exact ones: China's AI anti-poaching surveillance market
    #     in 2024 (exact), 2025 ("约33亿元", at its printed figure) and 2030 ("突破80亿元", at its printed figure), with a
    #     CAGR over a printed span. Expected nowhere: the 近千亿元 ecological restoration spending, the 超过2000亿元 of
    #     wildlife-protection funding, the 110万 rangers, a leading firm's 4.2亿元 revenue.
    dict(
        text=(
            "近年来，我国生态保护修复年度投入已近千亿元，野生动物保护相关财政资金累计超过2000亿元，AI技术在反盗猎领域"
            "加速落地。据北辰智库测算，2024年我国AI反盗猎智能监控市场规模为27.6亿元，预计2025年约为33亿元，到2030年"
            "将突破80亿元，2024-2030年年均复合增长率约19.4%。目前全国共有生态护林员约110万名，某头部企业去年相关业务"
            "收入4.2亿元。"
        ),
        obs=[
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("Total", 2025, 33, "CNY 100 million", "estimate"),
            ("Total", 2030, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (80 / 27.6) ** (1 / 6) - 1 = 19.41% -> 19.4
        ],
    ),
    # 36. Markdown table (US$ million) for Kenya and South Africa with a "Source:" row inside it and a
    #     "CAGR (2024–2030)" column: three applications and a Total row in 2024 and 2030F; the anti-poaching row's
    #     13.4% is reached by no reading, the rows add to the Total in both years. Expected nowhere: the table
    #     number, the source's date, the US$ 2.9 billion of donor funding, the 1,140 protected areas, the 9,800
    #     rangers.
    dict(
        text=(
            "Table 4. AI conservation technology in Kenya and South Africa by application (US$ million)\n"
            "| Application | 2024 | 2030F | CAGR (2024–2030) |\n"
            "|---|---|---|---|\n"
            "| AI camera-trap image recognition | 142.6 | 371.8 | 17.3% |\n"
            "| AI acoustic monitoring | 58.3 | 164.0 | 18.8% |\n"
            "| AI anti-poaching surveillance | 211.4 | 498.5 | 13.4% |\n"
            "| Total | 412.3 | 1,034.3 | 16.6% |\n"
            "| Source: Baobab Ridge Advisory, Nairobi, March 2025 | | | |\n"
            "Notes: excludes US$ 2.9 billion of donor conservation funding; covers 1,140 protected areas and 9,800 "
            "rangers."
        ),
        obs=[
            ("AI camera-trap image recognition", 2024, 142.6, "USD million", "actual"),
            ("AI camera-trap image recognition", 2030, 371.8, "USD million", "estimate"),
            ("AI acoustic monitoring", 2024, 58.3, "USD million", "actual"),
            ("AI acoustic monitoring", 2030, 164.0, "USD million", "estimate"),
            ("AI anti-poaching surveillance", 2024, 211.4, "USD million", "actual"),
            ("AI anti-poaching surveillance", 2030, 498.5, "USD million", "estimate"),
            ("Total", 2024, 412.3, "USD million", "actual"),
            ("Total", 2030, 1034.3, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (371.8 / 142.6) ** (1 / 6) - 1 = 17.32% -> 17.3
            ("cagr|implied", "exact"),  # (164.0 / 58.3) ** (1 / 6) - 1 = 18.81% -> 18.8
            # (498.5 / 211.4) ** (1 / 6) - 1 = 15.37% -> 15.4, not 13.4; bounds (498.45 / 211.45) ** (1/6) - 1 =
            # 15.36%, (498.55 / 211.35) ** (1/6) - 1 = 15.38% -> 13.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1,034.3 / 412.3) ** (1 / 6) - 1 = 16.57% -> 16.6
            ("hierarchy", "exact"),  # 2024: 142.6 + 58.3 + 211.4 = 412.3
            ("hierarchy", "exact"),  # 2030F: 371.8 + 164.0 + 498.5 = 1,034.3
        ],
    ),
    # 37. Markdown table whose rows are years, columns "Market (US$ bn)" (the titled market, ``Total``) and
    #     "Growth (%)" under a bilingual title (Traditional Chinese line) from a Hong Kong broker: Asia-Pacific AI
    #     visitor-flow and ticketing analytics at zoos and aquariums, 2022 to 2026E, a growth rate each year from
    #     2023; 2024's 22.0 holds only by rounding. Expected nowhere: the source's date, the 310 zoos and aquariums,
    #     the 412 million visitors, the US$ 24 ticket.
    dict(
        text=(
            "Asia-Pacific: AI visitor-flow and ticketing analytics at zoos and aquariums\n"
            "亞太區動物園及水族館人工智能客流與票務分析市場\n"
            "| Year | Market (US$ bn) | Growth (%) |\n"
            "|---|---|---|\n"
            "| 2022 | 0.47 | - |\n"
            "| 2023 | 0.57 | 21.3 |\n"
            "| 2024 | 0.69 | 22.0 |\n"
            "| 2025E | 0.83 | 20.3 |\n"
            "| 2026E | 0.99 | 19.3 |\n"
            "Source: Victoria Harbour Securities (Hong Kong), April 2025. The region's 310 zoos and aquariums "
            "received 412 million visitors in 2024; the average adult ticket was US$ 24."
        ),
        obs=[
            ("Total", 2022, 0.47, "USD billion", "actual"),
            ("Total", 2023, 0.57, "USD billion", "actual"),
            ("Total", 2024, 0.69, "USD billion", "actual"),
            ("Total", 2025, 0.83, "USD billion", "estimate"),
            ("Total", 2026, 0.99, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2022, 2023, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2024, 2025, 1.0),
            ("growth", 19.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.57 / 0.47) ** (1 / 1) - 1 = 21.28% -> 21.3
            # (0.69 / 0.57) ** (1 / 1) - 1 = 21.05% -> 21.1, not 22.0; bounds 0.685 / 0.575 - 1 = 19.13%,
            # 0.695 / 0.565 - 1 = 23.01% -> 22.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (0.83 / 0.69) ** (1 / 1) - 1 = 20.29% -> 20.3
            ("cagr|implied", "exact"),  # (0.99 / 0.83) ** (1 / 1) - 1 = 19.28% -> 19.3
        ],
    ),
    # 38. CSV whose first line is a title, then a blank line, then the header and rows: Japan's AI animal-welfare and
    #     behaviour monitoring at zoos and aquariums by customer (JPY million), 2024, 2025E and 2026E, quoted values
    #     with thousands separators; the rows add to the Total in 2025E and 2026E exactly, in 2024 only by rounding.
    #     Expected nowhere: the broker's date, the JPY 98,400 million admissions revenue, the 152 member facilities.
    dict(
        text=(
            "AI animal-welfare and behaviour monitoring at zoos and aquariums, Japan, JPY million (Sakura Bridge "
            "Securities, June 2025)\n"
            "\n"
            "customer,2024,2025E,2026E\n"
            "Zoos,\"1,284.6\",\"1,512.3\",\"1,768.0\"\n"
            "Aquariums,\"1,975.8\",\"2,301.4\",\"2,655.9\"\n"
            "Safari and wildlife parks,412.4,488.1,571.6\n"
            "Total,\"3,672.9\",\"4,301.8\",\"4,995.5\"\n"
            "memo: admissions revenue of the 152 member facilities was JPY 98,400 million in 2024 and is excluded"
        ),
        obs=[
            ("Zoos", 2024, 1284.6, "JPY million", "actual"),
            ("Zoos", 2025, 1512.3, "JPY million", "estimate"),
            ("Zoos", 2026, 1768.0, "JPY million", "estimate"),
            ("Aquariums", 2024, 1975.8, "JPY million", "actual"),
            ("Aquariums", 2025, 2301.4, "JPY million", "estimate"),
            ("Aquariums", 2026, 2655.9, "JPY million", "estimate"),
            ("Safari and wildlife parks", 2024, 412.4, "JPY million", "actual"),
            ("Safari and wildlife parks", 2025, 488.1, "JPY million", "estimate"),
            ("Safari and wildlife parks", 2026, 571.6, "JPY million", "estimate"),
            ("Total", 2024, 3672.9, "JPY million", "actual"),
            ("Total", 2025, 4301.8, "JPY million", "estimate"),
            ("Total", 2026, 4995.5, "JPY million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 1,284.6 + 1,975.8 + 412.4 = 3,672.8, not 3,672.9; parts at most 3,672.95 and the total at least
            # 3,672.85 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 1,512.3 + 2,301.4 + 488.1 = 4,301.8
            ("hierarchy", "exact"),  # 2026E: 1,768.0 + 2,655.9 + 571.6 = 4,995.5
        ],
    ),
    # 39. Tab-separated Traditional table in 新台幣百萬元 ("TWD million") with a 年度 column in 民國 years (112年 = 2023,
    #     113年 = 2024, 114年(預估) = 2025, an estimate): three applications and a 合計 column; 112年 and 114年 add up,
    #     113年's 合計 is reached by no reading (the parts give 521.8). Expected nowhere: the data date, the 23
    #     zoos and aquariums, the 1,150萬 visits, the 新台幣28億元 ticket revenue.
    dict(
        text=(
            "台灣動物園及水族館AI應用市場規模（單位：新台幣百萬元）\n"
            "年度\t動物福利與行為監測\t維生系統水質控制\t客流與票務分析\t合計\n"
            "112年\t186.4\t142.7\t98.5\t427.6\n"
            "113年\t228.9\t171.3\t121.6\t512.8\n"
            "114年(預估)\t279.5\t204.8\t149.2\t633.5\n"
            "資料來源：海峽智庫產業研究組，資料日期：114年5月。全台動物園及水族館共23家，113年入園人次約1,150萬，"
            "門票收入約新台幣28億元，未計入上表。"
        ),
        obs=[
            ("動物福利與行為監測", 2023, 186.4, "TWD million", "actual"),
            ("動物福利與行為監測", 2024, 228.9, "TWD million", "actual"),
            ("動物福利與行為監測", 2025, 279.5, "TWD million", "estimate"),
            ("維生系統水質控制", 2023, 142.7, "TWD million", "actual"),
            ("維生系統水質控制", 2024, 171.3, "TWD million", "actual"),
            ("維生系統水質控制", 2025, 204.8, "TWD million", "estimate"),
            ("客流與票務分析", 2023, 98.5, "TWD million", "actual"),
            ("客流與票務分析", 2024, 121.6, "TWD million", "actual"),
            ("客流與票務分析", 2025, 149.2, "TWD million", "estimate"),
            ("合計", 2023, 427.6, "TWD million", "actual"),
            ("合計", 2024, 512.8, "TWD million", "actual"),
            ("合計", 2025, 633.5, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 112年: 186.4 + 142.7 + 98.5 = 427.6
            # 113年: 228.9 + 171.3 + 121.6 = 521.8, not 512.8; parts at least 521.65 and the total at most 512.85
            # -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 114年(預估): 279.5 + 204.8 + 149.2 = 633.5
        ],
    ),
    # 40. Fixed-width table (US$ million) on Australian zoos and aquariums, 2023 and 2024 with a growth column, a
    #     negative growth in parentheses ("(3.2%)", a decline: -3.2) and a footnote marker on the total row ("Total*",
    #     item ``Total``); each row's growth holds and the rows add to the Total in both years. Expected nowhere: the
    #     source's date, the A$ 612 million gate takings (no observation), the 21 million visitors.
    dict(
        text=(
            "Australia: AI spending by zoos and aquariums (US$ million)\n"
            "                                    2023      2024     Growth\n"
            "AI animal-welfare monitoring        41.2      47.9      16.3%\n"
            "AI visitor-flow analytics           28.4      27.5      (3.2%)\n"
            "AI water-quality control            19.5      22.4      14.9%\n"
            "Total*                              89.1      97.8       9.8%\n"
            "* Excludes hardware resold by zoo operators. Australian zoos and aquariums took A$ 612 million at the "
            "gate in 2024 from 21 million visitors.\n"
            "Source: Wattle Street Partners, May 2025"
        ),
        obs=[
            ("AI animal-welfare monitoring", 2023, 41.2, "USD million", "actual"),
            ("AI animal-welfare monitoring", 2024, 47.9, "USD million", "actual"),
            ("AI visitor-flow analytics", 2023, 28.4, "USD million", "actual"),
            ("AI visitor-flow analytics", 2024, 27.5, "USD million", "actual"),
            ("AI water-quality control", 2023, 19.5, "USD million", "actual"),
            ("AI water-quality control", 2024, 22.4, "USD million", "actual"),
            ("Total", 2023, 89.1, "USD million", "actual"),
            ("Total", 2024, 97.8, "USD million", "actual"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47.9 / 41.2) ** (1 / 1) - 1 = 16.26% -> 16.3
            ("cagr|implied", "exact"),  # (27.5 / 28.4) ** (1 / 1) - 1 = -3.17% -> -3.2
            ("cagr|implied", "exact"),  # (22.4 / 19.5) ** (1 / 1) - 1 = 14.87% -> 14.9
            ("cagr|implied", "exact"),  # (97.8 / 89.1) ** (1 / 1) - 1 = 9.76% -> 9.8
            ("hierarchy", "exact"),  # 2023: 41.2 + 28.4 + 19.5 = 89.1
            ("hierarchy", "exact"),  # 2024: 47.9 + 27.5 + 22.4 = 97.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 13, 'rounding': 20, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Item 1. Business',
    '(in millions)',
    '*MORVANE SEES',
    'FY3/2025',
    'JPY 9.1 bn',
    '¥ bn',
    'To ask the Secretary of State',
    'Answered by',
    '2024-25',
    'EUR 1,2 billion',
    '14,6 per cent',
    '$1.1–1.3 billion',
    'between 18 and 20 per cent',
    'USD mn 620',
    'USD bn 2.1',
    '> The Asia-Pacific',
    '人民幣千元',
    '市场规模达8600万元',
    '翻两番',
    '同比增長31.2%（達到86.4億元）',
    '民國113年',
    '兆元',
    '億港元',
    '百分之十二點五',
    'AIGC市场',
    'CAGR达35%',
    'TAM',
    '(USD m)',
    '2023A | 2024A | 2025E',
    '% of total',
    '单位：万元',
    '占比',
    '1 115,7',
    'Operator:',
    'Chief Financial Officer:',
    'TL;DR',
    "→ $3.6bn by '30",
    '640 (US$ m)',
    'per cent',
    '£1.1bn',
    '✅',
    '#AquariumTech',
    'exhibiting a CAGR of',
    '(95% CI',
    'billion USD',
    'SEK 640 million',
    '亿元级',
    '同比翻番',
    '2021年至2024年的复合年增长率为',
    '规模以上',
    '億美元',
    '新台幣',
    '百萬元',
    '#AI守护野生动物#',
    '近千亿元',
    '超过2000亿元',
    '| Source:',
    'CAGR (2024–2030)',
    'Market (US$ bn)',
    'Growth (%)',
    '113年',
    '(3.2%)',
    'Total*',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 137
#: figures, 47 rates, 74 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 154, "rates_found": 54, "verdicts_right": 84}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset268.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
