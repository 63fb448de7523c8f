"""A two-hundred-and-seventy-sixth check set for the extractor, written blind: AI in bicycles, e-bikes, e-scooters and
micromobility: AI fleet rebalancing and demand forecasting for bike- and scooter-sharing operators, AI battery-health
and motor diagnostics for e-bikes, computer-vision rider-safety and collision-warning systems, AI theft detection and
smart locks for bikes, AI bike-fitting and sizing tools in bike shops, AI parking-compliance cameras for shared
scooters. Sized in money by research houses, cycling-industry associations, city transport departments, brokers, sharing
operators' investor days and trade magazines, in the US, Canada, the UK, the Netherlands, Germany, France, Denmark,
India, Singapore, Japan, mainland China, Taiwan and Hong Kong.

Snippets 1-20: Twenty snippets on AI in bicycles, e-bikes, e-scooters and micromobility (fleet rebalancing and demand
forecasting for sharing operators, battery-health and motor diagnostics, rider-safety and collision warning, theft
detection and smart locks, bike fitting, parking compliance): eight English prose texts (a LinkedIn post with emoji,
hashtags and an arrow between two years, a press release with bullets and a dateline, an Indian research firm's release
with rupee asides in crore, a shareholder letter sizing its served market by fiscal year, a trade magazine feature with
hyphenated amounts and an amount in words, a Danish report in euros with DKK asides and a part's share, a white paper
with citation markers and notes, a news story with a correction notice), seven Chinese prose texts (a 微信公众号 article with
【】 heads and emoji, a 券商研报 summary with 我们预计 and 对应CAGR为, a 政府工作报告-style paragraph with 比上年增长 and a floor target, a
Taiwan news item in 台幣億元 with 年增, a Hong Kong 政府新聞公報 in 港幣億元 with 按年上升, a Hong Kong column in 億美元 with a 約合人民幣 aside and
年複合增長率, a 知乎 answer with 大概 and 左右 and a second publisher's figure) and five tables (a fixed-width table from a PDF in
US$ bn with a Total row, a vertical Markdown table with a CAGR row, a table with footnote markers in its cells, a
Simplified 单位：亿元 table with 同比 rows, a Traditional table in 億日圓 with 年度 and 預估 columns). Left out: datelines, report,
table, issue and note numbers, counts of vehicles, cities, operators, firms, thefts and respondents, prices, fines,
subsidies and grant caps, companies' own revenue, shipments, margins, dividends and funding, price targets and their
upside, whole-industry and export totals, survey percentages and other percentages that are no share of the market, a
share given as a fraction in words, a floor target, rupee, DKK and other currency asides, a wrong figure withdrawn by a
correction and a second publisher's figure. Inconsistent: 3, 13, 19, 20. Only by rounding: 2, 8, 10, 11, 16, 18.

Snippets 21-40: Twenty snippets on AI in bicycles, e-bikes, e-scooters and micromobility (fleet rebalancing and demand
forecasting for sharing operators, e-bike battery and motor diagnostics, rider-safety vision, theft detection and smart
locks, bike-fitting tools, parking-compliance cameras): eight English prose texts (a US listing prospectus's industry
overview with two printed CAGR spans, a Japanese results briefing in yen billion with fiscal years ending in March, a
conference keynote recap with a trillion-dollar line, a think-tank paper with the currency after the number, a numbered
thread of posts, a UK parliamentary written answer in £m and £bn, a wire release giving one series in millions and
billions, a podcast summary in reported speech with last year, this year and next year), seven Chinese prose texts (a
Simplified prospectus industry overview citing 弗若斯特沙利文, a 人民日报-style piece with 万亿元 and a share of GDP, a Taiwan 法說會
summary in 億元新台幣 with 年增率, a 36氪-style funding item in 亿美元, a city 统计公报 with 增速比上年提高, a Hong Kong release in 百萬港元 with
按年增長, a Taiwan YouTuber's transcript with 去年 and 今年) and five tables (a CSV with quoted thousands and a CAGR column, a
space-aligned broker table with a Total addressable market row, a Simplified Markdown table in 亿美元 with an 占比 column, a
German table with declines in parentheses, a Traditional table in 百萬港元 with a 按年變動(%) column). Left out: datelines,
report, question and episode numbers, a consultant's fee, counts of vehicles, cities, trips, thefts, shops, attendees,
respondents and subscribers, prices, fines and subsidy caps, companies' own revenue, margins, dividends, earnings per
share, funding rounds and valuations, whole-industry totals (the shared micromobility market, the bicycle industry, a
city's GDP and the digital economy), a share of GDP, GDP growth, percentage points, survey answers and the keynote's
trillion-dollar line. Inconsistent: 23, 26, 33, 39. Only by rounding: 22, 24, 25, 31, 37, 40.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. LinkedIn post by an analyst with emoji, hashtags and an arrow between two years' figures ("📈 $0.9B (2024)
    #    ➡️ $3.4B (2030)"), its CAGR on a line of its own: the global market for AI fleet rebalancing and demand
    #    forecasting software sold to bike- and scooter-sharing operators in 2024 and 2030 with a CAGR whose span
    #    only the amounts' years give (inferred). Expected nowhere: the 40+ cities, the 30% cut in van-kilometres,
    #    the 18,000 e-scooters and 11 dispatchers, the hashtags.
    dict(
        text=(
            "Shared micromobility is quietly turning into an AI business. 🚲\n"
            "Kestrel Mobility Insights has just sized the global market for AI fleet rebalancing and demand "
            "forecasting software sold to bike- and scooter-sharing operators:\n"
            "📈 $0.9B (2024) ➡️ $3.4B (2030)\n"
            "🔁 CAGR: 24.8%\n"
            "Operators I've spoken to in 40+ cities say rebalancing vans are their biggest cost line, and the best "
            "models now cut van-kilometres by 30%. One Berlin operator runs 18,000 e-scooters with 11 dispatchers.\n"
            "#Micromobility #AI #BikeSharing #FleetOps"
        ),
        obs=[
            ("Total", 2024, 0.9, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.4 / 0.9) ** (1 / 6) - 1 = 24.80% -> 24.8
        ],
    ),
    # 2. Amsterdam research firm's press release with a dateline and its key figures in "•" bullets ("• 2024 market
    #    size: US$1.12 billion"): the European market for AI battery-health and motor diagnostics for e-bikes in 2024
    #    and a 2030 forecast, with a CAGR over a printed span that holds only by rounding. Expected nowhere: the
    #    dateline, the 5.1 million e-bikes sold, the €45 workshop check, the 230 interviews, the founding year 2016
    #    and the 60 analysts.
    dict(
        text=(
            "AMSTERDAM, 14 May 2025 – Lindqvist & Maas Research today published its first sizing of the European "
            "market for AI battery-health and motor diagnostics for e-bikes, covering cloud battery analytics, "
            "workshop diagnostic tools and embedded battery-management software.\n"
            "Key figures:\n"
            "• 2024 market size: US$1.12 billion\n"
            "• 2030 forecast: US$3.81 billion\n"
            "• CAGR 2024–2030: 22.7%\n"
            "Dealers across Europe sold 5.1 million e-bikes in 2024, and a workshop diagnostic check costs about "
            "€45. The study draws on 230 interviews with brands, fleet operators and repair chains.\n"
            "About Lindqvist & Maas: founded in 2016, the Amsterdam firm employs 60 analysts."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2030, 3.81, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (3.81 / 1.12) ** (1 / 6) - 1 = 22.64% -> 22.6, not 22.7; bounds (3.805 / 1.125) ** (1/6) - 1 = 22.52%,
            # (3.815 / 1.115) ** (1/6) - 1 = 22.75% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Pune research firm's release in US dollars with rupee asides in crore ("USD 185 million (INR 1,540
    #    crore)"): India's market for AI fleet management, demand forecasting and battery-swap analytics for shared
    #    e-bikes and e-scooters in 2024 and a 2030 forecast, with a CAGR over a printed span that no reading reaches.
    #    Expected nowhere: the dateline, the INR 1,540 and 8,000 crore asides, the 1.9 million electric two-wheelers
    #    sold in FY2025, the 60 cities, the 42 vendors.
    dict(
        text=(
            "Pune, 9 July 2025: Nirvana Mobility Research (NMR) estimates that India's market for AI fleet "
            "management, demand forecasting and battery-swap analytics for shared e-bikes and e-scooters stood at "
            "USD 185 million (INR 1,540 crore) in 2024. NMR expects it to reach USD 960 million (INR 8,000 crore) by "
            "2030, a CAGR of 33.5% over 2024-2030.\n"
            "India sold 1.9 million electric two-wheelers in FY2025, and shared fleets now operate in 60 cities.\n"
            "NMR's report profiles 42 vendors."
        ),
        obs=[
            ("Total", 2024, 185, "USD million", "actual"),
            ("Total", 2030, 960, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 33.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (960 / 185) ** (1 / 6) - 1 = 31.58% -> 31.6, not 33.5; bounds (959.5 / 185.5) ** (1/6) - 1 = 31.51%,
            # (960.5 / 184.5) ** (1/6) - 1 = 31.65% -> 33.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. UK smart-lock maker's shareholder letter sizing its market ("We estimate the market we serve ... at"),
    #    with its own revenue and fiscal year ended March 31 beside it: AI theft detection and smart locks for
    #    bicycles and e-bikes in the UK and Europe in fiscal 2024 and 2025 with a rise, and a fiscal 2030 forecast
    #    (£1.45 billion, in the series' unit: 1450) with "roughly 15% a year" whose span only the amounts' years give
    #    (inferred). Expected nowhere: the letter's date, the year-end date, the £58.2 million revenue and its 41%
    #    growth, the 386,000 locks shipped, the 52% gross margin.
    dict(
        text=(
            "Letter to our shareholders, June 2025\n"
            "Dear fellow shareholders,\n"
            "In fiscal 2025, the year ended March 31, 2025, Lockwarden's revenue grew 41% to £58.2 million and we "
            "shipped 386,000 connected locks. We estimate the market we serve, AI theft detection and smart locks "
            "for bicycles and e-bikes in the UK and Europe, at £720 million in fiscal 2025, up 19.2% from £604 "
            "million in fiscal 2024. We expect it to reach £1.45 billion by fiscal 2030, growing roughly 15% a year.\n"
            "Our gross margin held at 52%.\n"
            "Hanne Ostergaard, Chief Executive"
        ),
        obs=[
            ("Total", 2024, 604, "GBP million", "actual"),
            ("Total", 2025, 720, "GBP million", "actual"),
            ("Total", 2030, 1450, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
            ("cagr", 15, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (720 / 604) ** (1 / 1) - 1 = 19.21% -> 19.2
            ("cagr|period", "exact"),  # (1450 / 720) ** (1 / 5) - 1 = 15.03% -> 15
        ],
    ),
    # 5. Trade magazine feature whose amounts are hyphenated adjectives ("the $3.1-billion market", "a $640-million
    #    segment") and a forecast spelled "one-and-a-half billion dollars" (in the segment's unit: 1500): the global
    #    market for computer-vision collision-warning and rider-safety systems for bikes and e-scooters in 2024 and
    #    2030 with "15.6% a year" whose span only the amounts' years give (inferred), and radar-camera taillights'
    #    part in 2024 and 2030. Expected nowhere: the issue number and date, the $349 taillight, the 210,000 units,
    #    the survey's 41%.
    dict(
        text=(
            "BikeTrade Monthly, Issue 214, March 2025\n"
            "The eyes in the back of your head\n"
            "Two years ago camera-based rider-safety kit was a trade-show curiosity. Today the $3.1-billion market for "
            "computer-vision collision-warning and rider-safety systems on bikes and e-scooters (2024 sales, per "
            "Halden Cycle Research) is one every component maker wants a piece of. Radar-camera taillights are the "
            "hot spot: a $640-million segment last year, and one Halden expects to be worth one-and-a-half billion "
            "dollars by 2030. The whole category should approach $7.4 billion by then, growing 15.6% a year.\n"
            "A top-end taillight retails for $349, and one Taichung maker told us it shipped 210,000 units in 2024. "
            "In Halden's rider survey, 41% said they would pay extra for a collision alert."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
            ("Radar-camera taillights", 2024, 640, "USD million", "actual"),
            ("Radar-camera taillights", 2030, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.4 / 3.1) ** (1 / 6) - 1 = 15.61% -> 15.6
        ],
    ),
    # 6. Danish council report in euros with DKK asides in brackets ("€48.6 million [DKK 362 million]"): the Danish
    #    market for AI fleet rebalancing, demand forecasting and parking-compliance software for bike- and
    #    scooter-sharing operators in 2023 and 2024 with a rise, and demand forecasting's part with its share.
    #    Expected nowhere: the report number, the DKK asides, the 21,000 bikes, the 62% of riders surveyed.
    dict(
        text=(
            "Copenhagen Mobility Council · Report 3/2025\n"
            "AI in Danish shared micromobility\n"
            "The Danish market for AI fleet rebalancing, demand forecasting and parking-compliance software used by "
            "bike- and scooter-sharing operators was worth €48.6 million [DKK 362 million] in 2024, up 17% from "
            "€41.5 million [DKK 310 million] in 2023. Demand forecasting was the largest part at €27.9 million "
            "[DKK 208 million], a 57% share.\n"
            "Operators ran some 21,000 shared bikes, and 62% of riders surveyed said an app had steered them to a "
            "free dock."
        ),
        obs=[
            ("Total", 2023, 41.5, "EUR million", "actual"),
            ("Total", 2024, 48.6, "EUR million", "actual"),
            ("Demand forecasting", 2024, 27.9, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 57, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 41.5) ** (1 / 1) - 1 = 17.11% -> 17
            ("arithmetic", "exact"),  # 27.9 / 48.6 = 57.41% -> 57
        ],
    ),
    # 7. White paper whose figures carry citation markers ("$286 million[3]", "grew 21%²") and a notes line at the
    #    end: the US market for AI parking-compliance cameras and end-of-trip photo verification for shared
    #    e-scooters and bikes in 2023 and 2024 with a rise, and a 2029 projection ($1.02 billion, in the series'
    #    unit: 1020) with a CAGR over a printed span. Expected nowhere: the paper's date, the note numbers [3], [4]
    #    and ², the 74 and 52 cities, the $25 to $100 fines.
    dict(
        text=(
            "Curbside Order: AI parking compliance for shared scooters\n"
            "A white paper by Tessellate Urban Labs, June 2025\n"
            "US cities have moved from complaint-driven enforcement to camera-verified parking. The US market for AI "
            "parking-compliance cameras and end-of-trip photo verification for shared e-scooters and bikes reached "
            "$286 million[3] in 2024; spending grew 21%² from $236 million[3] the year before. We project $1.02 "
            "billion[4] by 2029, a compound annual growth rate of 29.0% for 2024-2029.\n"
            "Of the 74 US cities with scooter permits, 52 now require a parking photo, and fines run $25 to $100 per "
            "violation.\n"
            "Notes: [3] Tessellate market model, January 2025. [4] Tessellate forecast, base case. ² Year on year, "
            "current dollars."
        ),
        obs=[
            ("Total", 2023, 236, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("Total", 2029, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 29.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 236) ** (1 / 1) - 1 = 21.19% -> 21
            ("cagr|implied", "exact"),  # (1020 / 286) ** (1 / 5) - 1 = 28.96% -> 29.0
        ],
    ),
    # 8. Singapore news story with a correction notice at the end ("Correction: an earlier version of this story
    #    gave ... The correct figure is $370 million"): Asia-Pacific spending on AI theft detection and smart locks
    #    for bicycles and e-bikes last year (the dateline's 2025 making it 2024, the corrected $370 million) against
    #    2023 with a rise, and a 2027 forecast with "about 16.1% a year" whose span only the amounts' years give
    #    (inferred), holding only by rounding. Expected nowhere: the dateline, the withdrawn $730 million, the 1,042
    #    thefts, the S$189 lock.
    dict(
        text=(
            "SINGAPORE, Sept 3, 2025 (Straits Ledger) - Asia-Pacific spending on AI theft detection and smart locks "
            "for bicycles and e-bikes reached $370 million last year, up 16% from $319 million in 2023, according to "
            "a study by Meridian Cycle Analytics. The firm expects the market to reach $580 million by 2027, or "
            "about 16.1% a year.\n"
            "Police in Singapore recorded 1,042 bicycle thefts in 2024, and a GPS-tracked smart lock sells for "
            "around S$189.\n"
            "Correction: an earlier version of this story gave the 2024 market size as $730 million. The correct "
            "figure is $370 million."
        ),
        obs=[
            ("Total", 2023, 319, "USD million", "actual"),
            ("Total", 2024, 370, "USD million", "actual"),
            ("Total", 2027, 580, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("cagr", 16.1, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (370 / 319) ** (1 / 1) - 1 = 15.99% -> 16
            # (580 / 370) ** (1 / 3) - 1 = 16.17% -> 16.2, not 16.1; bounds (579.5 / 370.5) ** (1/3) - 1 = 16.08%,
            # (580.5 / 369.5) ** (1/3) - 1 = 16.25% -> 16.1 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 9. 微信公众号 article (Simplified) with 【】 section heads ("【市场规模】") and emoji: China's AI dispatch market
    #    for shared bikes and e-bikes in 2023 and 2024 with 同比增长, and AI规范停车识别's part with its 占比. Expected
    #    nowhere: the 1,500万辆 bikes, the 360多个城市, the 3,000万单 daily rides, the 5亿元 funding.
    dict(
        text=(
            "🚲【行业观察】共享单车背后的“AI调度员”\n"
            "【市场规模】据鲸途研究院统计，2024年中国共享单车与共享电单车AI智能调度市场规模达到38.5亿元📈，"
            "同比增长22.6%，2023年这一数字为31.4亿元。\n"
            "【细分赛道】其中，AI规范停车识别规模为11.2亿元，占比29.1%。\n"
            "【行业数据】目前全国共享单车投放量约1,500万辆，覆盖360多个城市，日均骑行订单超过3,000万单；某头部平台"
            "今年完成5亿元融资。\n"
            "👉 觉得有用就点个“在看”吧！"
        ),
        obs=[
            ("Total", 2023, 31.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("AI规范停车识别", 2024, 11.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("share", 29.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.4) ** (1 / 1) - 1 = 22.61% -> 22.6
            ("arithmetic", "exact"),  # 11.2 / 38.5 = 29.09% -> 29.1
        ],
    ),
    # 10. 券商研报 summary (Simplified) with "我们预计", "2024-2030E" and "对应CAGR为": China's AI battery-health and
    #     motor diagnostics market for electric two-wheelers in 2024 and 2030E with a CAGR over a printed span that
    #     holds only by rounding. Expected nowhere: the 3.8亿辆 e-bikes, the 46.8元 price target and its 32% upside,
    #     the company's 12.4亿元 revenue.
    dict(
        text=(
            "【华辰证券｜两轮车AI电池诊断行业深度报告】\n"
            "我们预计，中国电动两轮车AI电池健康与电机诊断市场规模将由2024年的24.6亿元增长至2030E的118.3亿元，"
            "2024-2030E对应CAGR为30.0%，其中换电柜端AI电池监测为增速最快的细分领域。截至2024年底，全国电动自行车"
            "保有量约3.8亿辆。\n"
            "首次覆盖，给予星锂科技“买入”评级，目标价46.8元，较现价有32%上行空间；公司2024年营收12.4亿元。\n"
            "风险提示：电池安全新国标落地不及预期。"
        ),
        obs=[
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("Total", 2030, 118.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (118.3 / 24.6) ** (1 / 6) - 1 = 29.92% -> 29.9, not 30.0; bounds (118.25 / 24.65) ** (1/6) - 1 =
            # 29.87%, (118.35 / 24.55) ** (1/6) - 1 = 29.97% -> 30.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. 政府工作报告-style paragraph (Simplified) with "比上年增长" and a target "增长10%以上": the city's smart
    #     slow-traffic industry (AI dispatch for shared bikes, e-bike battery monitoring, AI parking-violation
    #     recognition) in 2024 against the 75.6亿元 of the year before, with a rise that holds only by rounding.
    #     Expected nowhere: the 1.8万个 charging ports, the 320公里 lanes, the 21.5% fall in fires, the 10%以上
    #     floor target, the 1,200个 junctions.
    dict(
        text=(
            "2024年，我市深入推进绿色出行和智慧交通建设，共享单车AI调度、电动自行车电池安全智能监测和AI违停识别等"
            "智慧慢行产业规模达到86.4亿元，比上年增长14.2%，上年为75.6亿元。\n"
            "全年新增智能充电端口1.8万个，新建和改造非机动车道320公里，电动自行车火灾事故起数下降21.5%。\n"
            "2025年，全市智慧慢行产业规模力争增长10%以上，新增AI违停识别路口1,200个，持续提升市民绿色出行"
            "获得感。"
        ),
        obs=[
            ("Total", 2023, 75.6, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (86.4 / 75.6) ** (1 / 1) - 1 = 14.29% -> 14.3, not 14.2; bounds 86.35 / 75.65 - 1 = 14.14%,
            # 86.45 / 75.55 - 1 = 14.43% -> 14.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Taiwan news item (Traditional) with amounts written "台幣XX億元" and "年增X%": Taiwan's market for AI
    #     riding-safety and collision-warning systems for e-assist bikes in 2023 and 2024 with a rise, and this
    #     year's (the dateline's 2025) estimate "可望突破台幣23億元", at its printed figure. Expected nowhere: the
    #     dateline and the (18) in the text, the 台幣650億元 bicycle exports, the 220萬輛, the 1,100家 exhibitors.
    dict(
        text=(
            "2025/06/18 05:30\n"
            "〔記者林佳穎／台北報導〕自行車業加速導入AI。資策產業研究院今（18）日指出，台灣電動輔助自行車AI騎乘"
            "安全與碰撞預警系統市場規模2024年達台幣18.6億元，年增23.2%，2023年為台幣15.1億元；預估今年可望突破"
            "台幣23億元。\n"
            "另據自行車輸出業同業公會統計，去年整車出口值約台幣650億元、出口量約220萬輛；今年台北自行車展參展廠商"
            "達1,100家。"
        ),
        obs=[
            ("Total", 2023, 15.1, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 23, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.1) ** (1 / 1) - 1 = 23.18% -> 23.2
        ],
    ),
    # 13. Hong Kong 政府新聞公報 (Traditional) with "港幣X億元" and 按年上升: Hong Kong's market for AI anti-theft,
    #     illegal-parking detection and riding-safety systems for bicycles and e-mobility devices in 2023 and 2024,
    #     with an 按年上升 that no reading reaches. Expected nowhere: the release date (九月十二日, 2025年9月12日), the
    #     260公里 cycle tracks, the 10萬個 parking spaces, the 港幣50萬元 grant cap.
    dict(
        text=(
            "運輸及物流局公布智慧單車科技市場統計\n"
            "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
            "運輸及物流局今日（九月十二日）公布，2024年本港單車及電動可移動工具的AI防盜、違泊偵測及騎行安全系統"
            "市場規模為港幣4.6億元，按年上升19%；2023年為港幣4.0億元。局方表示，全港單車徑總長約260公里，公共單車"
            "泊位約10萬個。智慧交通基金今年起資助相關項目，每個項目資助上限為港幣50萬元。\n"
            "完\n"
            "2025年9月12日（星期五）"
        ),
        obs=[
            ("Total", 2023, 4.0, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.6 / 4.0) ** (1 / 1) - 1 = 15.00% -> 15, not 19; bounds 4.55 / 4.05 - 1 = 12.35%,
            # 4.65 / 3.95 - 1 = 17.72% -> 19 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong column (Traditional) in 億美元 with a "約合人民幣" aside and 年複合增長率: the global market for AI
    #     fleet dispatch and demand forecasting for shared bikes and e-scooters in 2024 (約, at its printed figure)
    #     and a 2030 forecast, with a 年複合增長率 over a printed span. Expected nowhere: the 約合人民幣133億元
    #     conversion, the 1,500萬輛 bikes, the 1.2億美元 IPO proceeds, the 1.5元 fare.
    dict(
        text=(
            "【微出行札記】AI調度的淘金潮　文：區家明\n"
            "共享單車和電動滑板車的營運商，最大的成本不是車，而是調度。據新加坡研究機構Tideline統計，全球共享單車及"
            "電動滑板車AI車隊調度與需求預測市場規模在2024年約為18.4億美元（約合人民幣133億元），預計2030年將增至"
            "61.5億美元，2024至2030年年複合增長率為22.3%。\n"
            "內地共享單車投放量逾1,500萬輛，一家頭部營運商去年在港上市，集資1.2億美元。筆者上月在深圳試乘，單程"
            "收費1.5元。"
        ),
        obs=[
            ("Total", 2024, 18.4, "USD 100 million", "actual"),
            ("Total", 2030, 61.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.5 / 18.4) ** (1 / 6) - 1 = 22.28% -> 22.3
        ],
    ),
    # 15. 知乎 answer (Simplified) with informal "大概", "左右" and a second publisher's figure set beside the first:
    #     China's AI anti-theft and smart-lock market for e-bikes in 2023 and 2024 (大概...左右, at its printed
    #     figure) with 同比增长, and this year's (the edit date's 2025) 有望 estimate. Expected nowhere: the 8年, the
    #     second publisher's 48亿元, the 300元 lock, the 3.8亿辆 e-bikes, the 不到一成, the edit date.
    dict(
        text=(
            "谢邀，在两轮车防盗这行干了8年，说点个人看法。\n"
            "按鲸途研究院的口径，2024年国内电动自行车AI防盗和智能锁市场大概42亿元左右，2023年是35亿元，同比增长"
            "20%，今年有望到50亿元。另一家机构云帆咨询给的2024年数字是48亿元，主要是把车载GPS定位器也算进去了。\n"
            "一把带AI异常移动报警的智能锁零售价大概300元，全国电动自行车保有量3.8亿辆左右，真正装了智能锁的估计"
            "不到一成。\n"
            "编辑于 2025-04-10 · 著作权归作者所有"
        ),
        obs=[
            ("Total", 2023, 35, "CNY 100 million", "actual"),
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42 / 35) ** (1 / 1) - 1 = 20.00% -> 20
        ],
    ),
    # 16. Fixed-width text table copied from a PDF, columns set apart by spaces, the title line ending "(US$ bn)",
    #     applications as rows and a Total row: the global AI-in-micromobility market in 2023, 2024 and 2030E; 2023
    #     and 2030E add exactly, 2024 only by rounding. Expected nowhere: the exhibit number, the source's date, the
    #     212 operators surveyed.
    dict(
        text=(
            "Exhibit 12. Global AI-in-micromobility market by application (US$ bn)\n"
            "Application                       2023     2024    2030E\n"
            "Fleet rebalancing & demand        0.62     0.81     3.05\n"
            "Battery & motor diagnostics       0.38     0.49     1.72\n"
            "Rider safety & collision          0.27     0.36     1.48\n"
            "Theft detection & smart locks     0.21     0.27     0.86\n"
            "Total                             1.48     1.95     7.11\n"
            "Source: Harrow & Finch Equity Research, 14 February 2025; operator survey, n = 212."
        ),
        obs=[
            ("Fleet rebalancing & demand", 2023, 0.62, "USD billion", "actual"),
            ("Fleet rebalancing & demand", 2024, 0.81, "USD billion", "actual"),
            ("Fleet rebalancing & demand", 2030, 3.05, "USD billion", "estimate"),
            ("Battery & motor diagnostics", 2023, 0.38, "USD billion", "actual"),
            ("Battery & motor diagnostics", 2024, 0.49, "USD billion", "actual"),
            ("Battery & motor diagnostics", 2030, 1.72, "USD billion", "estimate"),
            ("Rider safety & collision", 2023, 0.27, "USD billion", "actual"),
            ("Rider safety & collision", 2024, 0.36, "USD billion", "actual"),
            ("Rider safety & collision", 2030, 1.48, "USD billion", "estimate"),
            ("Theft detection & smart locks", 2023, 0.21, "USD billion", "actual"),
            ("Theft detection & smart locks", 2024, 0.27, "USD billion", "actual"),
            ("Theft detection & smart locks", 2030, 0.86, "USD billion", "estimate"),
            ("Total", 2023, 1.48, "USD billion", "actual"),
            ("Total", 2024, 1.95, "USD billion", "actual"),
            ("Total", 2030, 7.11, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 0.62 + 0.38 + 0.27 + 0.21 = 1.48
            # 2024: 0.81 + 0.49 + 0.36 + 0.27 = 1.93, not 1.95; parts at most 1.95 and the total at least 1.945 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030E: 3.05 + 1.72 + 1.48 + 0.86 = 7.11
        ],
    ),
    # 17. Markdown table whose rows are years (vertical) and whose columns are segments and a Total, in EUR million,
    #     with a CAGR row at the bottom: Germany's AI battery-health and motor diagnostics for e-bikes in 2023, 2024
    #     and 2030F, each year adding exactly, and three CAGRs over the printed span 2024-30. Expected nowhere: the
    #     source's date, the 2.1 million e-bikes sold, the €4.9 billion e-bike retail market.
    dict(
        text=(
            "**Germany: AI battery-health and motor diagnostics for e-bikes (EUR million)**\n"
            "| Year | Battery-health analytics | Motor diagnostics | Total |\n"
            "|---|---:|---:|---:|\n"
            "| 2023 | 84.2 | 51.6 | 135.8 |\n"
            "| 2024 | 101.5 | 60.3 | 161.8 |\n"
            "| 2030F | 312.0 | 164.2 | 476.2 |\n"
            "| CAGR 2024-30 | 20.6% | 18.2% | 19.7% |\n"
            "Source: Zweirad Analytik, March 2025. The 2.1 million e-bikes sold in Germany in 2024 and the €4.9 "
            "billion e-bike retail market are context only."
        ),
        obs=[
            ("Battery-health analytics", 2023, 84.2, "EUR million", "actual"),
            ("Battery-health analytics", 2024, 101.5, "EUR million", "actual"),
            ("Battery-health analytics", 2030, 312.0, "EUR million", "estimate"),
            ("Motor diagnostics", 2023, 51.6, "EUR million", "actual"),
            ("Motor diagnostics", 2024, 60.3, "EUR million", "actual"),
            ("Motor diagnostics", 2030, 164.2, "EUR million", "estimate"),
            ("Total", 2023, 135.8, "EUR million", "actual"),
            ("Total", 2024, 161.8, "EUR million", "actual"),
            ("Total", 2030, 476.2, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 84.2 + 51.6 = 135.8
            ("hierarchy", "exact"),  # 2024: 101.5 + 60.3 = 161.8
            ("hierarchy", "exact"),  # 2030F: 312.0 + 164.2 = 476.2
            ("cagr|implied", "exact"),  # (312.0 / 101.5) ** (1 / 6) - 1 = 20.58% -> 20.6
            ("cagr|implied", "exact"),  # (164.2 / 60.3) ** (1 / 6) - 1 = 18.17% -> 18.2
            ("cagr|implied", "exact"),  # (476.2 / 161.8) ** (1 / 6) - 1 = 19.71% -> 19.7
        ],
    ),
    # 18. Table with footnote markers in its cells ("1,457.2*") and a note line ("* estimate") under it: US bike-
    #     and scooter-sharing operators' spending on AI software by function in 2023, 2024 and 2025 (starred, an
    #     estimate), with a Total row; 2023 and 2024 add exactly, 2025 only by rounding. Expected nowhere: the table
    #     number, the 84 operators, the source's date, the $610 per scooter.
    dict(
        text=(
            "Table 4. US bike- and scooter-sharing: spending on AI software by function (US$ million)\n"
            "Function                 2023        2024        2025\n"
            "Demand forecasting      412.8       506.3      618.0*\n"
            "Fleet rebalancing       355.1       431.9      522.4*\n"
            "Parking compliance      188.4       247.6      316.7*\n"
            "Total                   956.3     1,185.8    1,457.2*\n"
            "* estimate. Source: Ridgeline Transit Advisors survey of 84 operators, April 2025; excludes vehicle "
            "hardware, which averages $610 per scooter."
        ),
        obs=[
            ("Demand forecasting", 2023, 412.8, "USD million", "actual"),
            ("Demand forecasting", 2024, 506.3, "USD million", "actual"),
            ("Demand forecasting", 2025, 618.0, "USD million", "estimate"),
            ("Fleet rebalancing", 2023, 355.1, "USD million", "actual"),
            ("Fleet rebalancing", 2024, 431.9, "USD million", "actual"),
            ("Fleet rebalancing", 2025, 522.4, "USD million", "estimate"),
            ("Parking compliance", 2023, 188.4, "USD million", "actual"),
            ("Parking compliance", 2024, 247.6, "USD million", "actual"),
            ("Parking compliance", 2025, 316.7, "USD million", "estimate"),
            ("Total", 2023, 956.3, "USD million", "actual"),
            ("Total", 2024, 1185.8, "USD million", "actual"),
            ("Total", 2025, 1457.2, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.8 + 355.1 + 188.4 = 956.3
            ("hierarchy", "exact"),  # 2024: 506.3 + 431.9 + 247.6 = 1,185.8
            # 2025*: 618.0 + 522.4 + 316.7 = 1,457.1, not 1,457.2; parts at most 1,457.25 and the total at least
            # 1,457.15 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Simplified table under "单位：亿元" with 2024, 2025E and 2026E columns and a 同比 row under each segment:
    #     China's AI collision warning and AI anti-theft smart locks for two-wheelers; three 同比 exact, the anti-
    #     theft locks' 2026E 同比 19.9% reached by no reading. Expected nowhere: the table number, the source's date,
    #     the 36家 firms sampled.
    dict(
        text=(
            "表3  中国两轮车AI安全与防盗市场规模预测\n"
            "单位：亿元\n"
            "                  2024      2025E      2026E\n"
            "AI碰撞预警        21.5       27.8       35.1\n"
            "  同比             —        29.3%      26.3%\n"
            "AI防盗智能锁      42.0       50.6       60.2\n"
            "  同比             —        20.5%      19.9%\n"
            "资料来源：华辰证券研究所，2025年5月；样本覆盖36家整车及配件企业。"
        ),
        obs=[
            ("AI碰撞预警", 2024, 21.5, "CNY 100 million", "actual"),
            ("AI碰撞预警", 2025, 27.8, "CNY 100 million", "estimate"),
            ("AI碰撞预警", 2026, 35.1, "CNY 100 million", "estimate"),
            ("AI防盗智能锁", 2024, 42.0, "CNY 100 million", "actual"),
            ("AI防盗智能锁", 2025, 50.6, "CNY 100 million", "estimate"),
            ("AI防盗智能锁", 2026, 60.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.3, "percent", 2024, 2025, 1.0),
            ("growth", 26.3, "percent", 2025, 2026, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
            ("growth", 19.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.8 / 21.5) ** (1 / 1) - 1 = 29.30% -> 29.3
            ("cagr|implied", "exact"),  # (35.1 / 27.8) ** (1 / 1) - 1 = 26.26% -> 26.3
            ("cagr|implied", "exact"),  # (50.6 / 42.0) ** (1 / 1) - 1 = 20.48% -> 20.5
            # (60.2 / 50.6) ** (1 / 1) - 1 = 18.97% -> 19.0, not 19.9; bounds 60.15 / 50.65 - 1 = 18.76%,
            # 60.25 / 50.55 - 1 = 19.19% -> 19.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Traditional table under "單位：億日圓" (JPY 100 million) with 年度 columns and a 預估 column, services as rows
    #     and a 合計 row: Japan's AI services for e-assist bicycles (battery-health diagnosis, anti-theft and smart
    #     locks, AI frame sizing and fitting) in fiscal 2023, 2024 and 2025 (預估); 2023 and 2025 add exactly, 2024
    #     by no reading. Expected nowhere: the table number, the source's date, the 72萬台 e-assist bikes sold.
    dict(
        text=(
            "表5　日本AI電動輔助自行車相關服務市場規模\n"
            "單位：億日圓\n"
            "年度               2023年度    2024年度    2025年度(預估)\n"
            "AI電池健康診斷       38.4        46.9        57.2\n"
            "AI防盜與智慧鎖       25.7        31.2        37.8\n"
            "AI車架尺寸配適        9.6        11.8        14.3\n"
            "合計                 73.7        90.4       109.3\n"
            "資料來源：日本輕車產業研究會調查（2025年3月）；電動輔助自行車年銷量約72萬台，未計入。"
        ),
        obs=[
            ("AI電池健康診斷", 2023, 38.4, "JPY 100 million", "actual"),
            ("AI電池健康診斷", 2024, 46.9, "JPY 100 million", "actual"),
            ("AI電池健康診斷", 2025, 57.2, "JPY 100 million", "estimate"),
            ("AI防盜與智慧鎖", 2023, 25.7, "JPY 100 million", "actual"),
            ("AI防盜與智慧鎖", 2024, 31.2, "JPY 100 million", "actual"),
            ("AI防盜與智慧鎖", 2025, 37.8, "JPY 100 million", "estimate"),
            ("AI車架尺寸配適", 2023, 9.6, "JPY 100 million", "actual"),
            ("AI車架尺寸配適", 2024, 11.8, "JPY 100 million", "actual"),
            ("AI車架尺寸配適", 2025, 14.3, "JPY 100 million", "estimate"),
            ("合計", 2023, 73.7, "JPY 100 million", "actual"),
            ("合計", 2024, 90.4, "JPY 100 million", "actual"),
            ("合計", 2025, 109.3, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年度: 38.4 + 25.7 + 9.6 = 73.7
            # 2024年度: 46.9 + 31.2 + 11.8 = 89.9, not 90.4; parts at most 90.05 and the total at least 90.35 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025年度(預估): 57.2 + 37.8 + 14.3 = 109.3
        ],
    ),
    # 21. US listing prospectus's "INDUSTRY OVERVIEW" citing a consultancy ("According to MSC"): the global market for
    #     AI fleet rebalancing and demand forecasting software for bike- and scooter-sharing operators in 2019, 2024
    #     and 2029E, with a CAGR "from 2019 to 2024" and one "from 2024 to 2029E", both printed spans. Expected
    #     nowhere: the US$185,000 report fee, the December 31, 2024 date, the 9.6 million bikes and scooters, the 1,400
    #     cities, the issuer's US$86.7 million revenue.
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "The information in this section is derived from a report commissioned by us and prepared by Marlowe "
            "Stratton Consulting (\"MSC\"), for which we paid a fee of US$185,000. According to MSC, the global "
            "market for AI fleet rebalancing and demand forecasting software sold to bike- and scooter-sharing "
            "operators grew from US$318.4 million in 2019 to US$1,046.2 million in 2024, a CAGR of 26.9% from 2019 "
            "to 2024, and is expected to reach US$3,221.4 million in 2029E, representing a CAGR of 25.2% from 2024 "
            "to 2029E.\n"
            "As of December 31, 2024, shared micromobility operators ran approximately 9.6 million bikes and "
            "scooters in more than 1,400 cities worldwide. Our revenue for the year ended December 31, 2024 was "
            "US$86.7 million."
        ),
        obs=[
            ("Total", 2019, 318.4, "USD million", "actual"),
            ("Total", 2024, 1046.2, "USD million", "actual"),
            ("Total", 2029, 3221.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2019, 2024, None, "stated"),
            ("cagr", 25.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1046.2 / 318.4) ** (1 / 5) - 1 = 26.86% -> 26.9
            ("cagr|implied", "exact"),  # (3221.4 / 1046.2) ** (1 / 5) - 1 = 25.22% -> 25.2
        ],
    ),
    # 22. Japanese company's English results briefing in "¥ billion" with "FY2024 (ending March 2025)" (fiscal years
    #     count as their numbers): Japan's AI battery-health and motor diagnostics for e-bikes in FY2023 and FY2024
    #     with a rise that holds only by rounding, Motor diagnostics' part with its share, and an FY2028 forecast.
    #     Expected nowhere: the briefing date, the company's ¥142.8 billion net sales and 7.9% operating margin, the
    #     0.79 million bicycles shipped, the ¥48 dividend per share.
    dict(
        text=(
            "Kasumi Cycle Holdings - FY2024 Financial Results Briefing (May 14, 2025)\n"
            "Market environment: We estimate the domestic market for AI battery-health and motor diagnostics for "
            "e-bikes at ¥18.6 billion in FY2024 (ending March 2025), up 14.5% from ¥16.2 billion in FY2023. Motor "
            "diagnostics accounted for ¥7.4 billion, or 40% of the total. We expect the market to reach ¥31.5 "
            "billion in FY2028.\n"
            "Our own net sales were ¥142.8 billion (operating margin 7.9%). Domestic shipments of electrically "
            "assisted bicycles were about 0.79 million units, and we plan an annual dividend of ¥48 per share."
        ),
        obs=[
            ("Total", 2023, 16.2, "JPY billion", "actual"),
            ("Total", 2024, 18.6, "JPY billion", "actual"),
            ("Total", 2028, 31.5, "JPY billion", "estimate"),
            ("Motor diagnostics", 2024, 7.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (18.6 / 16.2) ** (1 / 1) - 1 = 14.81% -> 14.8, not 14.5; bounds 18.55 / 16.25 - 1 = 14.15%,
            # 18.65 / 16.15 - 1 = 15.48% -> 14.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 7.4 / 18.6 = 39.78% -> 40
        ],
    ),
    # 23. Conference keynote recap with a boilerplate "a trillion-dollar opportunity" line: the European market for
    #     computer-vision rider-safety and collision-warning systems on e-bikes and e-scooters in 2024 and a 2030
    #     forecast, with "23.5% a year" whose span only the amounts' years give (inferred), reached by no reading.
    #     Expected nowhere: the dateline, the trillion-dollar line, the 2,300 attendees, the 14 pilot cities and 31%
    #     fewer near-misses, the €38 million funding round.
    dict(
        text=(
            "Amsterdam, 3 April 2025 - Opening MicroMobility Europe before some 2,300 attendees, Spaak Mobility "
            "chief executive Femke de Vries called AI \"a trillion-dollar opportunity for how cities move\".\n"
            "The numbers on her slides were more modest. Citing Delft-based Oosterhout Analytics, she said the "
            "European market for computer-vision rider-safety and collision-warning systems on e-bikes and "
            "e-scooters was worth €214 million in 2024 and would reach €690 million by 2030, growth she put at "
            "23.5% a year.\n"
            "De Vries said Spaak's own collision-warning pilot in 14 cities had cut reported near-misses by 31%, "
            "and that the company closed a €38 million funding round in February."
        ),
        obs=[
            ("Total", 2024, 214, "EUR million", "actual"),
            ("Total", 2030, 690, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (690 / 214) ** (1 / 6) - 1 = 21.55% -> 21.5, not 23.5; bounds (689.5 / 214.5) ** (1/6) - 1 = 21.48%,
            # (690.5 / 213.5) ** (1/6) - 1 = 21.61% -> 23.5 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 24. Berlin think-tank paper with the currency after the number ("EUR 870 m", "2.1 EUR bn", "68.2 USD bn"): the
    #     European market for AI theft detection and smart locks for bikes in 2024, Smart locks' part with its share,
    #     and a 2030 forecast (2.1 EUR bn, in the series' unit: 2100) with a CAGR over a printed span that holds only
    #     by rounding. Expected nowhere: the paper number 7/2025, the 265,000 thefts of 2023, the EUR 149 lock
    #     price, the 68.2 USD bn bicycle industry, the 37% of cyclists surveyed.
    dict(
        text=(
            "Institut für Urbane Mobilität, Policy Paper 7/2025: Securing the bicycle\n"
            "Our estimate puts the European market for AI theft detection and smart locks for bikes at EUR 870 m "
            "in 2024. Smart locks alone made up EUR 512 m, or 59% of the total. We expect the market to reach "
            "2.1 EUR bn by 2030, growth of 16.2% a year from 2024 to 2030.\n"
            "For scale: German police recorded some 265,000 bicycle thefts in 2023, a connected lock retails at "
            "about EUR 149, and the global bicycle industry turns over roughly 68.2 USD bn. In our survey, 37% of "
            "cyclists said they would pay for theft alerts."
        ),
        obs=[
            ("Total", 2024, 870, "EUR million", "actual"),
            ("Total", 2030, 2100, "EUR million", "estimate"),
            ("Smart locks", 2024, 512, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("share", 59, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2100 / 870) ** (1 / 6) - 1 = 15.82% -> 15.8, not 16.2; bounds (2050 / 870.5) ** (1/6) - 1 = 15.34%,
            # (2150 / 869.5) ** (1/6) - 1 = 16.29% -> 16.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 512 / 870 = 58.85% -> 59
        ],
    ),
    # 25. Thread of numbered posts ("1/", "2/", "3/", "4/"): US AI parking-compliance cameras for shared e-scooters
    #     in 2023 and 2024 with "+55% y/y" that holds only by rounding, and a 2028 forecast with a "38% CAGR
    #     2024-28" (printed span). Expected nowhere: the post numbers, the $50-$100 fines, the ~$1.9B US shared
    #     micromobility market, the 27 cities.
    dict(
        text=(
            "1/ Quick thread on a niche I think is underpriced: AI parking-compliance cameras for shared e-scooters "
            "in the US. (Not advice.)\n"
            "2/ Per Brightwater Mobility Research, US spending on these systems went from $46M in 2023 to $71M in "
            "2024. That's +55% y/y.\n"
            "3/ Their forecast: $260M by 2028, i.e. a 38% CAGR 2024-28. The driver is enforcement: cities now fine "
            "operators $50-$100 per badly parked scooter.\n"
            "4/ Caveat: it's a sliver of the ~$1.9B US shared micromobility market, and only 27 cities mandate "
            "cameras so far. /end"
        ),
        obs=[
            ("Total", 2023, 46, "USD million", "actual"),
            ("Total", 2024, 71, "USD million", "actual"),
            ("Total", 2028, 260, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 55, "percent", 2023, 2024, 1.0),
            ("cagr", 38, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (71 / 46) ** (1 / 1) - 1 = 54.35% -> 54, not 55; bounds 70.5 / 46.5 - 1 = 51.61%,
            # 71.5 / 45.5 - 1 = 57.14% -> 55 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (260 / 71) ** (1 / 4) - 1 = 38.33% -> 38
        ],
    ),
    # 26. UK parliamentary written answer in "£m" and "£bn" by a named minister: operators' spending in England on AI
    #     fleet rebalancing and demand forecasting for rental e-scooters and e-bikes in 2023 and 2024 with "27 per
    #     cent" that no reading reaches, and a 2028 forecast (£0.12bn, in the series' unit: 120). Expected nowhere:
    #     the UIN 41872, the tabling and answer dates, the 23 trial areas, the 14.5 million trips, the £2.3bn for
    #     active travel.
    dict(
        text=(
            "Shared Micromobility: Artificial Intelligence\n"
            "Question for Department for Transport, UIN 41872, tabled on 2 June 2025. Answered on 10 June 2025 by "
            "Simon Ashcombe MP, Parliamentary Under-Secretary of State for Transport:\n"
            "Departmental analysis estimates that spending by rental e-scooter and e-bike operators in England on "
            "AI fleet rebalancing and demand forecasting tools was £38.4m in 2023 and £47.9m in 2024, an increase "
            "of 27 per cent. It is forecast to reach £0.12bn in 2028. The 23 rental e-scooter trial areas recorded "
            "14.5 million trips last year, and the Government is investing £2.3bn in active travel over this "
            "Parliament."
        ),
        obs=[
            ("Total", 2023, 38.4, "GBP million", "actual"),
            ("Total", 2024, 47.9, "GBP million", "actual"),
            ("Total", 2028, 120, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (47.9 / 38.4) ** (1 / 1) - 1 = 24.74% -> 25, not 27; bounds 47.85 / 38.45 - 1 = 24.45%,
            # 47.95 / 38.35 - 1 = 25.03% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Wire release giving one series in two scales ("$2,400 million" for 2024, "$3.1 billion" for 2026): the
    #     global market for AI battery-health and motor diagnostics for e-bikes, the 2026 forecast in the series'
    #     unit (3100), with a CAGR over a printed span. Expected nowhere: the dateline, the 41 million e-bikes, the
    #     $520 battery price, the $60 million Series C, the 3,200 repair shops.
    dict(
        text=(
            "SAN FRANCISCO, Feb. 25, 2025 /PRNewswire/ -- Ridgeline Insights today released its e-bike "
            "diagnostics outlook. The global market for AI battery-health and motor diagnostics for e-bikes reached "
            "$2,400 million in 2024 and is projected to reach $3.1 billion in 2026, a compound annual growth rate "
            "of 13.7% from 2024 to 2026.\n"
            "Some 41 million e-bikes are now in use worldwide, and a replacement battery pack costs riders about "
            "$520 on average. Ridgeline surveyed 3,200 independent repair shops for the study.\n"
            "Last month VoltSense, a diagnostics start-up, raised a $60 million Series C."
        ),
        obs=[
            ("Total", 2024, 2400, "USD million", "actual"),
            ("Total", 2026, 3100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3100 / 2400) ** (1 / 2) - 1 = 13.65% -> 13.7
        ],
    ),
    # 28. Podcast interview summary in the third person from a dated intro (recorded 14 May 2025): the Dutch market
    #     for AI bike-fitting and sizing tools in bike shops last year (2024), this year (2025, estimate) and next
    #     year (2026, estimate), each rise exact. Expected nowhere: the episode number and date, the 3,000 bike
    #     shops, the €75 to €150 fitting price, the €2,950 average e-bike, the seven bicycles for four people.
    dict(
        text=(
            "Spokes & Silicon, episode 112 (recorded 14 May 2025)\n"
            "Guest Anneke Visser, retail analyst at the trade body Fietsbranche Nederland, said the Dutch market for "
            "AI bike-fitting and sizing tools used in bike shops had grown to €37 million last year. She expected "
            "it to reach €46 million this year, growth of around 24%, and €58 million next year, up a further 26%.\n"
            "She said roughly 3,000 of the country's bike shops now use some form of AI sizing, that a fitting "
            "session costs shoppers €75 to €150, and that the average e-bike sold last year cost €2,950. Her own "
            "household, she joked, owns seven bicycles for four people."
        ),
        obs=[
            ("Total", 2024, 37, "EUR million", "actual"),
            ("Total", 2025, 46, "EUR million", "estimate"),
            ("Total", 2026, 58, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("growth", 26, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 37) ** (1 / 1) - 1 = 24.32% -> 24
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
        ],
    ),
    # 29. 招股说明书 "行业概览" (Simplified) with "根据弗若斯特沙利文的资料": China's AI scheduling and demand
    #     forecasting for shared bikes and e-bikes in 2019, 2024 and a 2029 forecast (预计), with "2019年至2024年的复合
    #     年增长率" and a 2024-2029 one, both printed spans. Expected nowhere: the 2024年12月31日 date, the 1,540万辆
    #     vehicles, the 460个 cities, the group's 6.8亿元 revenue, the 65万元 report fee.
    dict(
        text=(
            "行业概览\n"
            "本节所载资料来源于我们委托弗若斯特沙利文编制的独立行业报告。根据弗若斯特沙利文的资料，中国共享两轮车AI智能"
            "调度与需求预测市场规模由2019年的12.4亿元增长至2024年的48.7亿元，2019年至2024年的复合年增长率为31.5%；"
            "预计到2029年将达到142.3亿元，2024年至2029年的复合年增长率为23.9%。\n"
            "截至2024年12月31日，全国共享单车及共享电单车投放量约1,540万辆，覆盖城市超过460个。2024年，本集团收入为"
            "人民币6.8亿元；我们就上述报告支付的费用为人民币65万元。"
        ),
        obs=[
            ("Total", 2019, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 48.7, "CNY 100 million", "actual"),
            ("Total", 2029, 142.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2019, 2024, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.7 / 12.4) ** (1 / 5) - 1 = 31.47% -> 31.5
            ("cagr|implied", "exact"),  # (142.3 / 48.7) ** (1 / 5) - 1 = 23.92% -> 23.9
        ],
    ),
    # 30. 人民日报-style piece (Simplified) with 万亿元 and a share of GDP: China's AI battery-health monitoring and
    #     charging-safety warning for e-bikes in 2024 with 比上年增长 against the 2023 base, and a 2027 forecast (有望
    #     突破150亿元, at its printed figure). Expected nowhere: the dateline, the 3.5亿辆 e-bikes, the 18.6% fall in
    #     fires, the 53.9万亿元 digital economy and its 42.8% of GDP.
    dict(
        text=(
            "本报北京3月18日电（记者王立新）记者从中国自行车协会获悉：2024年，我国电动自行车AI电池健康监测与充电安全预警"
            "市场规模达到86.5亿元，比上年增长21.3%；2023年，这一市场规模为71.3亿元。\n"
            "协会预计，到2027年该市场规模有望突破150亿元。\n"
            "目前，全国电动自行车社会保有量约3.5亿辆。去年全国电动自行车火灾起数同比下降18.6%。2024年，我国数字经济"
            "规模达到53.9万亿元，占GDP比重为42.8%，为智能安全产品的推广应用提供了有力支撑。"
        ),
        obs=[
            ("Total", 2023, 71.3, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 71.3) ** (1 / 1) - 1 = 21.32% -> 21.3
        ],
    ),
    # 31. Taiwan 法說會 summary (Traditional) in "億元新台幣" with 年增率: Taiwan's AI battery-health and motor
    #     diagnostics for e-bikes in 2024 against the 2023 base (exact), and a 2025 forecast (預估) whose 年增率 holds
    #     only by rounding. Expected nowhere: the stock code 1598, the meeting date, the company's 286.4億元 revenue,
    #     21.7% gross margin and 6.2元 earnings per share, the 112萬台 e-bikes shipped.
    dict(
        text=(
            "巨鷹動力（股票代號：1598）今（2025年5月8日）召開法說會。公司引述台灣智慧移動研究中心資料指出，台灣電動"
            "自行車AI電池健康與馬達診斷市場2024年規模為12.8億元新台幣，年增率18.5%，2023年為10.8億元新台幣；\n"
            "預估2025年將達15.6億元新台幣，年增率22.1%。\n"
            "巨鷹動力2024年合併營收為286.4億元新台幣，毛利率21.7%，每股盈餘新台幣6.2元，全年電動自行車出貨約112萬台。"
        ),
        obs=[
            ("Total", 2023, 10.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("Total", 2025, 15.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.8) ** (1 / 1) - 1 = 18.52% -> 18.5
            # (15.6 / 12.8) ** (1 / 1) - 1 = 21.88% -> 21.9, not 22.1; bounds 15.55 / 12.85 - 1 = 21.01%,
            # 15.65 / 12.75 - 1 = 22.75% -> 22.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. 36氪-style item (Simplified) in 亿美元 with a start-up's 融资 and 估值: the global market for AI
    #     parking-compliance cameras for shared e-scooters in 2024 and a 2028 forecast (预计), with a 年复合增长率 whose
    #     span only the amounts' years give (inferred). Expected nowhere: the 6,000万美元 round, the 4.5亿美元
    #     valuation, the 2.3万台 cameras, the 40余座 cities, the 62% fall in bad parking.
    dict(
        text=(
            "36氪获悉，AI停车合规摄像头企业「泊视科技」近日完成6,000万美元B轮融资，由远川资本领投，本轮融资后公司估值"
            "约4.5亿美元。\n"
            "据启明远见咨询数据，全球共享电动滑板车AI停车合规市场规模2024年为3.6亿美元，预计2028年将达到11.9亿美元，"
            "年复合增长率约34.8%。\n"
            "泊视科技的摄像头已在新加坡、东京等40余座城市部署超过2.3万台，帮助运营商将违停率降低约62%。"
        ),
        obs=[
            ("Total", 2024, 3.6, "USD 100 million", "actual"),
            ("Total", 2028, 11.9, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34.8, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.9 / 3.6) ** (1 / 4) - 1 = 34.84% -> 34.8
        ],
    ),
    # 33. City 统计公报 (Simplified) with "增长18.4%，增速比上年提高3.2个百分点": the city's AI scheduling and
    #     maintenance services for smart two-wheelers in 2024 against the printed 2023 base (上年为19.8亿元), the
    #     增长 reached by no reading. Expected nowhere: the report's title year, the 3.2个百分点, the 42.6万辆 shared
    #     bikes, the 312万人次 daily rides, the 21860亿元 GDP and its 4.7% growth.
    dict(
        text=(
            "杭州市2024年国民经济和社会发展统计公报（节选）\n"
            "全年智能两轮车AI调度与运维服务市场规模23.6亿元（上年为19.8亿元），增长18.4%，增速比上年提高3.2个百分点。\n"
            "年末全市共享单车投放量约42.6万辆，日均骑行量312万人次。全年全市地区生产总值21860亿元，比上年增长4.7%。"
        ),
        obs=[
            ("Total", 2023, 19.8, "CNY 100 million", "actual"),
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (23.6 / 19.8) ** (1 / 1) - 1 = 19.19% -> 19.2, not 18.4; bounds 23.55 / 19.85 - 1 = 18.64%,
            # 23.65 / 19.75 - 1 = 19.75% -> 18.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Hong Kong release (Traditional) in 百萬港元 with 按年增長: Hong Kong's AI bicycle theft detection and smart
    #     locks in 2024 against the 2023 base, and a 2027 forecast (預計). Expected nowhere: the release date, the
    #     1,432宗 thefts, the 50萬港元 subsidy cap, the 620名 respondents and their 58%.
    dict(
        text=(
            "香港智慧出行研究所新聞稿（2025年4月22日）\n"
            "研究所今日公布的研究顯示，2024年香港單車AI防盜偵測及智能鎖市場規模為186.4百萬港元，按年增長12.3%；"
            "2023年則為166.0百萬港元。研究預計，市場規模將於2027年達到268.0百萬港元。\n"
            "警方資料顯示，2024年全港共接獲1,432宗單車失竊舉報。今年推出的資助計劃為每間合資格單車店提供最多50萬港元"
            "資助。是次研究共訪問了620名單車使用者，其中58%表示願意為智能鎖支付額外費用。"
        ),
        obs=[
            ("Total", 2023, 166.0, "HKD million", "actual"),
            ("Total", 2024, 186.4, "HKD million", "actual"),
            ("Total", 2027, 268.0, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 166.0) ** (1 / 1) - 1 = 12.29% -> 12.3
        ],
    ),
    # 35. Taiwan YouTuber's video transcript (Traditional) with "各位觀眾" and informal asides, uploaded 2025年6月18日:
    #     Taiwan's AI bike-fitting and sizing tools in bike shops 去年 (2024) and 今年預估 (2025, estimate) with a
    #     成長 that holds exactly. Expected nowhere: the episode number and upload date, the 178公分 height, the 18萬
    #     subscribers, the 62% of fans polled, the 3萬多 road-bike price.
    dict(
        text=(
            "【逐字稿】阿凱騎單車 EP.87｜上架日期：2025年6月18日\n"
            "各位觀眾大家好，我是阿凱！今天不聊車，來聊AI幫你挑車架尺寸這件事（對，就是店裡那台會掃你全身的機器）。\n"
            "根據台灣自行車產業研究中心的報告，台灣單車店AI量身與尺寸推薦工具市場，去年是新台幣3.2億元，今年預估會衝到"
            "4.1億元，成長28%，老實說比我想的還快。\n"
            "我自己身高178公分，以前都亂買，哈哈。我們頻道現在18萬訂閱，謝謝大家！我問了粉絲，有62%的人說想試試AI量身，"
            "畢竟一台入門公路車也要3萬多啦。"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 4.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 3.2) ** (1 / 1) - 1 = 28.13% -> 28
        ],
    ),
    # 36. CSV with quoted thousands ("\"1,284.6\"") under the header "Segment,2024,2025E,2030F,CAGR 2024-30" (a
    #     printed span): global AI micromobility software by segment in USD million with a Total row; every row's
    #     CAGR and every year's total exact. Expected nowhere: the report number, the source's date, the 9.6
    #     million shared vehicles, the 1.08 exchange rate.
    dict(
        text=(
            "# Global AI micromobility software and services by segment, USD million\n"
            "Segment,2024,2025E,2030F,CAGR 2024-30\n"
            "Fleet rebalancing and demand forecasting,\"1,284.6\",\"1,531.9\",\"3,702.4\",19.3%\n"
            "Battery-health and motor diagnostics,862.3,\"1,047.5\",\"2,690.8\",20.9%\n"
            "Rider-safety vision and collision warning,415.7,528.1,\"1,612.0\",25.3%\n"
            "Total,\"2,562.6\",\"3,107.5\",\"8,005.2\",20.9%\n"
            "# Source: Lindqvist Mobility Research report LMR-2025-014 (12 May 2025); 9.6 million shared vehicles in "
            "service; EUR 1 = USD 1.08"
        ),
        obs=[
            ("Fleet rebalancing and demand forecasting", 2024, 1284.6, "USD million", "actual"),
            ("Fleet rebalancing and demand forecasting", 2025, 1531.9, "USD million", "estimate"),
            ("Fleet rebalancing and demand forecasting", 2030, 3702.4, "USD million", "estimate"),
            ("Battery-health and motor diagnostics", 2024, 862.3, "USD million", "actual"),
            ("Battery-health and motor diagnostics", 2025, 1047.5, "USD million", "estimate"),
            ("Battery-health and motor diagnostics", 2030, 2690.8, "USD million", "estimate"),
            ("Rider-safety vision and collision warning", 2024, 415.7, "USD million", "actual"),
            ("Rider-safety vision and collision warning", 2025, 528.1, "USD million", "estimate"),
            ("Rider-safety vision and collision warning", 2030, 1612.0, "USD million", "estimate"),
            ("Total", 2024, 2562.6, "USD million", "actual"),
            ("Total", 2025, 3107.5, "USD million", "estimate"),
            ("Total", 2030, 8005.2, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3702.4 / 1284.6) ** (1 / 6) - 1 = 19.29% -> 19.3
            ("cagr|implied", "exact"),  # (2690.8 / 862.3) ** (1 / 6) - 1 = 20.88% -> 20.9
            ("cagr|implied", "exact"),  # (1612.0 / 415.7) ** (1 / 6) - 1 = 25.34% -> 25.3
            ("cagr|implied", "exact"),  # (8005.2 / 2562.6) ** (1 / 6) - 1 = 20.91% -> 20.9
            ("hierarchy", "exact"),  # 2024: 1284.6 + 862.3 + 415.7 = 2562.6
            ("hierarchy", "exact"),  # 2025E: 1531.9 + 1047.5 + 528.1 = 3107.5
            ("hierarchy", "exact"),  # 2030F: 3702.4 + 2690.8 + 1612.0 = 8005.2
        ],
    ),
    # 37. Broker's space-aligned table with years as right-aligned columns (2026E and 2028E forecasts), segments as
    #     rows and a "Total addressable market" row (its label as printed): European AI micromobility tools in EUR m;
    #     2024 and 2026E add exactly, 2028E only by rounding. Expected nowhere: the exhibit number, the note's
    #     date, the operator's EUR 212 m revenue, the 180,000 vehicles and 46 cities, the 15% margin target.
    dict(
        text=(
            "Exhibit 4: Europe, AI tools for shared micromobility by segment (EUR m)\n"
            "                                    2024     2026E     2028E\n"
            "Fleet rebalancing software           148       231       342\n"
            "Parking-compliance cameras            62       118       197\n"
            "Rider-safety vision                   95       164       268\n"
            "Total addressable market             305       513       808\n"
            "Source: Harbour Lane Securities, sector note of 9 June 2025. Our top pick, Voltaro (2024 revenue EUR "
            "212 m, 180,000 vehicles in 46 cities), targets a 15% adjusted EBITDA margin."
        ),
        obs=[
            ("Fleet rebalancing software", 2024, 148, "EUR million", "actual"),
            ("Fleet rebalancing software", 2026, 231, "EUR million", "estimate"),
            ("Fleet rebalancing software", 2028, 342, "EUR million", "estimate"),
            ("Parking-compliance cameras", 2024, 62, "EUR million", "actual"),
            ("Parking-compliance cameras", 2026, 118, "EUR million", "estimate"),
            ("Parking-compliance cameras", 2028, 197, "EUR million", "estimate"),
            ("Rider-safety vision", 2024, 95, "EUR million", "actual"),
            ("Rider-safety vision", 2026, 164, "EUR million", "estimate"),
            ("Rider-safety vision", 2028, 268, "EUR million", "estimate"),
            ("Total addressable market", 2024, 305, "EUR million", "actual"),
            ("Total addressable market", 2026, 513, "EUR million", "estimate"),
            ("Total addressable market", 2028, 808, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 148 + 62 + 95 = 305
            ("hierarchy", "exact"),  # 2026E: 231 + 118 + 164 = 513
            # 2028E: 342 + 197 + 268 = 807, not 808; parts at most 808.5 and the total at least 807.5 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. Simplified Markdown table under "单位：亿美元" with an 占比 column (shares of the 2024 合计) and a 2030年E
    #     column: global AI micromobility segments; every 占比 and both totals exact, the 合计 row's 100.0% no claim.
    #     Expected nowhere: the table number, the source's date, the 1,000万辆 shared vehicles, the 7.2 exchange rate.
    dict(
        text=(
            "表3 全球AI微出行细分市场规模\n"
            "单位：亿美元\n"
            "| 细分领域 | 2024年 | 占比 | 2030年E |\n"
            "| --- | --- | --- | --- |\n"
            "| 共享车辆AI调度与需求预测 | 12.8 | 41.3% | 34.6 |\n"
            "| 电动自行车电池健康与电机诊断 | 8.3 | 26.8% | 24.1 |\n"
            "| 骑行安全视觉与智能防盗 | 9.9 | 31.9% | 31.4 |\n"
            "| 合计 | 31.0 | 100.0% | 90.1 |\n"
            "资料来源：鼎川研究院（2025年5月）。全球共享两轮车约1,000万辆；汇率按1美元兑7.2元人民币计。"
        ),
        obs=[
            ("共享车辆AI调度与需求预测", 2024, 12.8, "USD 100 million", "actual"),
            ("共享车辆AI调度与需求预测", 2030, 34.6, "USD 100 million", "estimate"),
            ("电动自行车电池健康与电机诊断", 2024, 8.3, "USD 100 million", "actual"),
            ("电动自行车电池健康与电机诊断", 2030, 24.1, "USD 100 million", "estimate"),
            ("骑行安全视觉与智能防盗", 2024, 9.9, "USD 100 million", "actual"),
            ("骑行安全视觉与智能防盗", 2030, 31.4, "USD 100 million", "estimate"),
            ("合计", 2024, 31.0, "USD 100 million", "actual"),
            ("合计", 2030, 90.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 26.8, "percent", 2024, 2024, None),
            ("share", 31.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 12.8 / 31.0 = 41.29% -> 41.3
            ("arithmetic", "exact"),  # 8.3 / 31.0 = 26.77% -> 26.8
            ("arithmetic", "exact"),  # 9.9 / 31.0 = 31.94% -> 31.9
            ("hierarchy", "exact"),  # 2024年: 12.8 + 8.3 + 9.9 = 31.0
            ("hierarchy", "exact"),  # 2030年E: 34.6 + 24.1 + 31.4 = 90.1
        ],
    ),
    # 39. German table with declines in parentheses ("(3.2%)") in a Growth column: AI bike-fitting and sizing tools
    #     in German bike shops by segment in 2023 and 2024 (EUR million) with a Total row; the segments' rates
    #     (two of them declines) exact, the Total's 6.2% reached by no reading, both years adding exactly. Expected
    #     nowhere: the source's date, the 7,100 specialist shops, the EUR 180 fitting fee, the 2.05 million e-bikes.
    dict(
        text=(
            "Germany: AI bike-fitting and sizing tools in specialist bike shops, EUR million\n"
            "Segment                            2023      2024      Growth\n"
            "3D body-scan fitting stations      41.2      39.9      (3.2%)\n"
            "Online AI size advisors            27.5      33.6       22.2%\n"
            "Saddle-pressure mapping             9.8       9.1      (7.1%)\n"
            "Total                              78.5      82.6        6.2%\n"
            "Source: Fachverband Zweirad-Handel, April 2025. Covers 7,100 specialist shops; a full fitting costs "
            "about EUR 180. German e-bike sales were 2.05 million units in 2024."
        ),
        obs=[
            ("3D body-scan fitting stations", 2023, 41.2, "EUR million", "actual"),
            ("3D body-scan fitting stations", 2024, 39.9, "EUR million", "actual"),
            ("Online AI size advisors", 2023, 27.5, "EUR million", "actual"),
            ("Online AI size advisors", 2024, 33.6, "EUR million", "actual"),
            ("Saddle-pressure mapping", 2023, 9.8, "EUR million", "actual"),
            ("Saddle-pressure mapping", 2024, 9.1, "EUR million", "actual"),
            ("Total", 2023, 78.5, "EUR million", "actual"),
            ("Total", 2024, 82.6, "EUR million", "actual"),
        ],
        claims=[
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", -7.1, "percent", 2023, 2024, 1.0),
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (39.9 / 41.2) ** (1 / 1) - 1 = -3.16% -> -3.2
            ("cagr|implied", "exact"),  # (33.6 / 27.5) ** (1 / 1) - 1 = 22.18% -> 22.2
            ("cagr|implied", "exact"),  # (9.1 / 9.8) ** (1 / 1) - 1 = -7.14% -> -7.1
            # (82.6 / 78.5) ** (1 / 1) - 1 = 5.22% -> 5.2, not 6.2; bounds 82.55 / 78.55 - 1 = 5.09%,
            # 82.65 / 78.45 - 1 = 5.35% -> 6.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 2023: 41.2 + 27.5 + 9.8 = 78.5
            ("hierarchy", "exact"),  # 2024: 39.9 + 33.6 + 9.1 = 82.6
        ],
    ),
    # 40. Traditional table in 百萬港元 with a "按年變動(%)" column and a 總計 row: Hong Kong's AI bicycle and e-bike
    #     applications by segment in 2023 and 2024; a decline (-5.1) and two more rates exact, 騎行安全視覺預警's 23.1
    #     only by rounding, both years adding exactly. Expected nowhere: the table number, the source's date, the
    #     1,432宗 thefts, the 890公里 of cycle tracks.
    dict(
        text=(
            "表2　香港單車及電動單車AI應用市場規模（單位：百萬港元）\n"
            "項目                  2023年     2024年     按年變動(%)\n"
            "AI防盜及智能鎖          48.6       55.2        13.6\n"
            "電動單車電池AI診斷      31.4       29.8        -5.1\n"
            "騎行安全視覺預警        22.7       27.9        23.1\n"
            "總計                   102.7      112.9         9.9\n"
            "資料來源：香港智慧出行研究所（2025年4月）。2024年全港單車失竊舉報1,432宗，單車徑及共用徑約890公里，均未計入"
            "市場規模。"
        ),
        obs=[
            ("AI防盜及智能鎖", 2023, 48.6, "HKD million", "actual"),
            ("AI防盜及智能鎖", 2024, 55.2, "HKD million", "actual"),
            ("電動單車電池AI診斷", 2023, 31.4, "HKD million", "actual"),
            ("電動單車電池AI診斷", 2024, 29.8, "HKD million", "actual"),
            ("騎行安全視覺預警", 2023, 22.7, "HKD million", "actual"),
            ("騎行安全視覺預警", 2024, 27.9, "HKD million", "actual"),
            ("總計", 2023, 102.7, "HKD million", "actual"),
            ("總計", 2024, 112.9, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
            ("growth", -5.1, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 9.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (55.2 / 48.6) ** (1 / 1) - 1 = 13.58% -> 13.6
            ("cagr|implied", "exact"),  # (29.8 / 31.4) ** (1 / 1) - 1 = -5.10% -> -5.1
            # (27.9 / 22.7) ** (1 / 1) - 1 = 22.91% -> 22.9, not 23.1; bounds 27.85 / 22.75 - 1 = 22.42%,
            # 27.95 / 22.65 - 1 = 23.40% -> 23.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (112.9 / 102.7) ** (1 / 1) - 1 = 9.93% -> 9.9
            ("hierarchy", "exact"),  # 2023年: 48.6 + 31.4 + 22.7 = 102.7
            ("hierarchy", "exact"),  # 2024年: 55.2 + 29.8 + 27.9 = 112.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 8, 'rounding': 12, 'exact': 68}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '📈 $0.9B (2024) ➡️ $3.4B (2030)',
    '🔁 CAGR: 24.8%',
    '#Micromobility',
    'AMSTERDAM, 14 May 2025',
    '• 2024 market size: US$1.12 billion',
    '• CAGR 2024–2030: 22.7%',
    'USD 185 million (INR 1,540 crore)',
    'INR 8,000 crore',
    'a CAGR of 33.5% over 2024-2030',
    'We estimate the market we serve',
    'the year ended March 31, 2025',
    'by fiscal 2030',
    'the $3.1-billion market',
    'a $640-million segment',
    'one-and-a-half billion dollars',
    '[DKK 362 million]',
    'a 57% share',
    '$286 million[3]',
    'grew 21%²',
    'Notes: [3]',
    'Correction: an earlier version of this story gave',
    'The correct figure is $370 million',
    'last year',
    '【市场规模】',
    '【细分赛道】',
    '同比增长22.6%',
    '我们预计',
    '2024-2030E',
    '对应CAGR为',
    '目标价',
    '比上年增长14.2%',
    '增长10%以上',
    '台幣18.6億元',
    '年增23.2%',
    '預估今年可望突破',
    '港幣4.6億元',
    '按年上升19%',
    '億美元',
    '約合人民幣',
    '年複合增長率',
    '大概',
    '左右',
    '另一家机构',
    '(US$ bn)',
    '2030E',
    '| Year |',
    '| CAGR 2024-30 |',
    '2030F',
    '1,457.2*',
    '* estimate',
    '单位：亿元',
    '2025E',
    '同比',
    '單位：億日圓',
    '年度',
    '預估',
    '合計',
    'INDUSTRY OVERVIEW',
    'According to MSC',
    'from 2019 to 2024',
    'from 2024 to 2029E',
    '¥18.6 billion',
    'FY2024 (ending March 2025)',
    'FY2028',
    'a trillion-dollar opportunity',
    '23.5% a year',
    'EUR 870 m',
    '2.1 EUR bn',
    '68.2 USD bn',
    '1/ ',
    '2/ ',
    '3/ ',
    '+55% y/y',
    '38% CAGR 2024-28',
    '£38.4m',
    '£0.12bn',
    '27 per cent',
    'Simon Ashcombe MP',
    '$2,400 million',
    '$3.1 billion',
    'this year',
    'next year',
    '根据弗若斯特沙利文的资料',
    '2019年至2024年的复合年增长率',
    '万亿元',
    '占GDP比重',
    '有望突破',
    '億元新台幣',
    '年增率',
    '法說會',
    '亿美元',
    '估值',
    '融资',
    '年复合增长率',
    '增速比上年提高3.2个百分点',
    '百萬港元',
    '按年增長',
    '各位觀眾',
    '去年',
    '今年預估',
    'Segment,2024,2025E,2030F,CAGR 2024-30',
    '"1,284.6"',
    'Total addressable market',
    '2026E',
    '单位：亿美元',
    '占比',
    '2030年E',
    '(3.2%)',
    'Growth',
    '按年變動(%)',
    '總計',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 178
#: figures, 55 rates, 83 verdicts and 4 false inconsistent
FLOORS = {"figures_found": 178, "rates_found": 55, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 4
