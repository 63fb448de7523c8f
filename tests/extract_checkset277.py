"""A two-hundred-and-seventy-seventh check set for the extractor, written blind: AI in bicycles, e-bikes, e-scooters and
micromobility: AI fleet rebalancing and demand forecasting for bike- and scooter-sharing operators, AI battery-health
and motor diagnostics for e-bikes, computer-vision rider-safety and collision-warning systems, AI theft detection and
smart locks for bikes, AI bike-fitting and sizing tools in bike shops, AI parking-compliance cameras for shared
scooters. Sized in money by research houses, cycling-industry associations, city transport departments, brokers, sharing
operators' investor days and trade magazines, in the US, Canada, the UK, the Netherlands, Germany, France, Denmark,
India, Singapore, Japan, mainland China, Taiwan and Hong Kong.

Snippets 1-20: Twenty snippets on AI in bicycles, e-bikes, e-scooters and micromobility (fleet rebalancing and demand
forecasting, battery and motor diagnostics, rider-safety vision, theft detection and smart locks, bike fitting,
parking-compliance cameras): eight English prose texts (an analyst's LinkedIn post with emoji, hashtags and an arrow
between two years, an Amsterdam press release with bullet figures, a Pune research release in US dollars with crore
asides, a shareholder letter sizing the market it serves by fiscal year, a trade-magazine feature with hyphenated
amounts and a figure in words, a Danish report in euros with DKK asides and a part's share, a white paper with citation
markers and notes, a Singapore news story with a correction notice), seven Chinese prose texts (a 微信公众号 article with 【】
heads and emoji, a 券商研报 summary with 我们预计 and 对应CAGR, a 政府工作报告-style paragraph with 比上年增长 and a 增长10%以上 target, a Taiwan
news item in 台幣億元 with 年增, a Hong Kong 新聞公報 in 港幣億元 with 按年上升, a Hong Kong column in 億美元 with a 約合人民幣 aside and 年複合增長率,
a 知乎 answer with 大概 and 左右 and a second publisher's figure) and five tables (a fixed-width PDF table in US$ bn with a
Total row, a vertical Markdown table with a CAGR row, a table with footnote-marked estimates, a Simplified table in 亿元
with 同比 rows, a Traditional table in 億日圓 with 年度 and 預估). Left out: datelines, issue, exhibit and table numbers, note
and citation markers, counts of vehicles, riders, firms, dealers, customers and respondents, prices and subscriptions, a
company's own revenue and its growth, funding rounds, a price target and its upside, market caps, survey and penetration
percentages, whole-industry totals, rupee, Singapore-dollar, krone and yuan asides, a second publisher's figure, a
growth target floor and a corrected wrong figure. Inconsistent: 2, 6, 13, 18. Only by rounding: 8, 10, 11, 12, 16, 19.

Snippets 21-40: Twenty snippets on AI in bicycles, e-bikes, e-scooters and micromobility (fleet rebalancing and demand
forecasting for sharing operators, battery-health and motor diagnostics, computer-vision rider safety and collision
warning, theft detection and smart locks, bike fitting in shops, parking-compliance cameras): eight English prose texts
(a US prospectus's Industry Overview citing a consultancy with 2019-2024 and 2024-2029E CAGRs, a Japanese company's
English IR briefing in yen billion with FY2024 ending March 2025, a keynote recap with a trillion-dollar line, a
think-tank paper with the currency after the number, a numbered thread, a UK written answer in £m and £bn, a Singapore
release giving one series in millions and billions, a podcast summary with this year and next year), seven Chinese prose
texts (a Simplified prospectus 行业概览 citing 弗若斯特沙利文, a 人民日报-style piece with 万亿元 and a share of GDP, a Traditional Taiwan
法說會 summary in 億元新台幣 with 年增率, a Simplified start-up item in 亿美元 with 融资 and 估值, a city 统计公报 with 增速比上年提高, a Traditional
Hong Kong release in 百萬港元 with 按年增長, a Traditional YouTuber transcript with 各位觀眾) and five tables (a CSV with quoted
thousands and a CAGR column, a broker's space-aligned table with a Total addressable market row, a Simplified Markdown
table in 亿美元 with 占比, a Dutch table with declines in parentheses, a Traditional table in 百萬港元 with 按年變動(%)). Left out:
datelines, paper, episode, question and exhibit numbers, a boilerplate trillion-dollar line, counts of trips, vehicles,
bikes stolen, cities, dealers, operators, vendors, municipalities, firms, users and subscribers, prices, fees, subsidies
and grants, dividends and a price target with its upside, companies' own revenue, quarterly revenue, shipments and
margins, funding rounds and a valuation, survey answers, percentage points, GDP and its growth, the digital economy and
its share of GDP, whole-industry totals, and amounts in rupees and Singapore dollars. Inconsistent: 22, 26, 31, 37. Only
by rounding: 23, 25, 32, 36, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Analyst's LinkedIn post with emoji, hashtags and an arrow between two years' figures ("📈 $1.2B (2024) ➡️
    #    $4.1B (2030)"), its CAGR on a line of its own whose span only the amounts' years give (inferred): the global
    #    market for AI fleet rebalancing and demand forecasting software for bike- and scooter-sharing operators.
    #    Expected nowhere: the 30,000+ vehicles per city, the ~18% of trips lost, the month of June, the 3 colleagues.
    dict(
        text=(
            "🚲 Big week for micromobility data nerds! 🚲\n"
            "Velocast Insights just dropped its sizing of AI fleet rebalancing and demand forecasting software for "
            "bike- and scooter-sharing operators worldwide:\n"
            "📈 $1.2B (2024) ➡️ $4.1B (2030)\n"
            "CAGR: 22.7%\n"
            "Operators I talk to run 30,000+ vehicles per city and still lose ~18% of trips to empty docks. The "
            "algorithms are finally catching up. I'll be at Velo-City in June with 3 of my colleagues, come say hi 👋\n"
            "#micromobility #AI #bikeshare #fleetops"
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.1 / 1.2) ** (1 / 6) - 1 = 22.72% -> 22.7
        ],
    ),
    # 2. Amsterdam press release with a dateline and its key figures in "•" bullets: Europe's market for AI
    #    battery-health and motor diagnostics for e-bikes in 2023 and 2024 with a growth no reading reaches, and a
    #    2030 forecast with a CAGR over a printed span. Expected nowhere: the dateline, the 412 brands and
    #    workshops, the 7.4 million e-bikes sold, the US$4.50 monthly subscription.
    dict(
        text=(
            "AMSTERDAM, April 8, 2025 /PRNewswire/ -- Brightspoke Analytics today published its European E-Bike "
            "Diagnostics Outlook, sizing the market for AI battery-health and motor diagnostics for e-bikes across "
            "Europe.\n"
            "Key figures:\n"
            "• 2024 market size: US$2.34 billion\n"
            "• 2023 market size: US$1.91 billion\n"
            "• Growth, 2023-2024: 24.5%\n"
            "• 2030 forecast: US$7.8 billion, a CAGR of 22.2% over 2024-2030\n"
            "The outlook draws on interviews with 412 e-bike brands and service workshops. Brightspoke estimates that "
            "7.4 million e-bikes were sold in Europe in 2024 and that a diagnostics subscription averages US$4.50 a "
            "month."
        ),
        obs=[
            ("Total", 2023, 1.91, "USD billion", "actual"),
            ("Total", 2024, 2.34, "USD billion", "actual"),
            ("Total", 2030, 7.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.34 / 1.91) ** (1 / 1) - 1 = 22.51% -> 22.5, not 24.5; bounds 2.335 / 1.915 - 1 = 21.93%,
            # 2.345 / 1.905 - 1 = 23.10% -> 24.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (7.8 / 2.34) ** (1 / 6) - 1 = 22.22% -> 22.2
        ],
    ),
    # 3. Pune research firm's release in US dollars with rupee asides in crore ("USD 118 million (INR 980 crore)"):
    #    India's market for AI theft detection and smart locks for bicycles and e-bikes in 2024 and 2030 with a CAGR
    #    over a printed span, and app-linked smart locks' part with its share. Expected nowhere: the dateline, the
    #    INR 980, 3,420 and 590 crore asides, the 1.9 crore bicycles, the INR 2,499 lock, the 1,150 riders and 38%.
    dict(
        text=(
            "PUNE, India, February 12, 2025 -- Saarthi Market Intelligence said today that India's market for AI "
            "theft detection and smart locks for bicycles and e-bikes was valued at USD 118 million (INR 980 crore) "
            "in 2024 and is forecast to reach USD 412 million (INR 3,420 crore) by 2030, a CAGR of 23.2% during "
            "2024-2030.\n"
            "App-linked smart locks accounted for USD 71 million (INR 590 crore) of the 2024 total, a 60% share.\n"
            "India sells about 1.9 crore bicycles a year, and a GPS-enabled lock retails for around INR 2,499. In a "
            "Saarthi survey of 1,150 urban riders, 38% said they had lost a bicycle to theft."
        ),
        obs=[
            ("Total", 2024, 118, "USD million", "actual"),
            ("Total", 2030, 412, "USD million", "estimate"),
            ("App-linked smart locks", 2024, 71, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2030, None, "stated"),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 118) ** (1 / 6) - 1 = 23.17% -> 23.2
            ("arithmetic", "exact"),  # 71 / 118 = 60.17% -> 60
        ],
    ),
    # 4. Shareholder letter sizing "the market we serve" by fiscal year (fiscal year ended March 31): AI
    #    fleet-rebalancing and demand-forecasting software for sharing operators in fiscal 2024 and 2025 with a rise,
    #    and a fiscal 2029 forecast with "roughly 22% a year" whose span only the amounts' years give (inferred).
    #    Expected nowhere: the fiscal year-end date, the company's $86.4 million revenue and its 38% rise, the 214
    #    operators, the letter's date.
    dict(
        text=(
            "Letter to Shareholders\n"
            "Dear fellow shareholders,\n"
            "Fiscal 2025, the fiscal year ended March 31, 2025, was the year Tidewell became a platform company. "
            "Revenue rose 38% to $86.4 million, and we now serve 214 bike- and scooter-sharing operators.\n"
            "We estimate the market we serve, AI fleet-rebalancing and demand-forecasting software for sharing "
            "operators, at $1.45 billion in fiscal 2025, up 23% from $1.18 billion in fiscal 2024. We expect it to "
            "reach $3.2 billion by fiscal 2029, compounding at roughly 22% a year.\n"
            "Marisa Okafor, Chief Executive Officer, June 12, 2025"
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2025, 1.45, "USD billion", "actual"),
            ("Total", 2029, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.45 / 1.18) ** (1 / 1) - 1 = 22.88% -> 23
            ("cagr|period", "exact"),  # (3.2 / 1.45) ** (1 / 4) - 1 = 21.88% -> 22
        ],
    ),
    # 5. Trade magazine feature whose amounts are hyphenated adjectives ("the $640-million market", "a $210-million
    #    segment") and a forecast spelled "one-and-a-half billion dollars" (in the series' unit: 1500): the global
    #    market for AI bike-fitting and sizing tools in 2023 and 2024 with a rise, smartphone sizing apps' part, and
    #    2029. Expected nowhere: the issue number, the 45 minutes and $250 invoice, the $4,000 rig, the 2,300 dealers.
    dict(
        text=(
            "BIKE TRADE MONTHLY, Issue 118: The Fit Issue\n"
            "Ten years ago a proper bike fit meant 45 minutes on a jig and a $250 invoice; today a shop can scan a "
            "rider with a phone. Hollis & Marr Research's latest sizing shows the $640-million market for AI "
            "bike-fitting and sizing tools (2024) grew 20.8% from $530 million in 2023, and within it smartphone "
            "sizing apps are already a $210-million segment.\n"
            "By 2029 the firm expects the category to be worth one-and-a-half billion dollars. The hurdle is "
            "hardware: a camera-based fitting rig still costs a shop about $4,000, and only some 2,300 independent "
            "dealers in North America own one."
        ),
        obs=[
            ("Total", 2023, 530, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1500, "USD million", "estimate"),
            ("Smartphone sizing apps", 2024, 210, "USD million", "actual"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 530) ** (1 / 1) - 1 = 20.75% -> 20.8
        ],
    ),
    # 6. Danish report in euros with DKK asides in brackets: Denmark's market for computer-vision rider-safety and
    #    collision-warning systems in 2023 and 2024 with a rise, and rear-view radar-camera units' part with a share
    #    no reading reaches. Expected nowhere: the report's title year, the DKK 345, 292, 205 and 2,390 asides, the
    #    4.5 million bicycles, the EUR 320 unit price, the 1,600 commuters and their 41%.
    dict(
        text=(
            "Copenhagen Cycle Economics Institute: Micromobility Safety Tech Report 2025\n"
            "Denmark's market for computer-vision rider-safety and collision-warning systems for bicycles and e-bikes "
            "reached EUR 46.2 million (DKK 345 million) in 2024, an increase of 17.9% on the EUR 39.2 million (DKK "
            "292 million) recorded in 2023. Rear-view radar-camera units were the largest part at EUR 27.5 million "
            "(DKK 205 million), a 62% share of the market.\n"
            "Denmark counts some 4.5 million bicycles, and a rear-view unit sells for around EUR 320 (DKK 2,390). In "
            "our survey of 1,600 Copenhagen commuters, 41% said they would pay for collision warnings."
        ),
        obs=[
            ("Total", 2023, 39.2, "EUR million", "actual"),
            ("Total", 2024, 46.2, "EUR million", "actual"),
            ("Rear-view radar-camera units", 2024, 27.5, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.2 / 39.2) ** (1 / 1) - 1 = 17.86% -> 17.9
            # 27.5 / 46.2 = 59.52% -> 60, not 62; bounds 27.45 / 46.25 = 59.35%, 27.55 / 46.15 = 59.70% -> 62 reached
            # by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 7. White paper whose figures carry citation markers ("$386 million[3]", "grew 21%²") and a notes line at the
    #    end: worldwide spending on AI parking-compliance cameras for shared e-scooters in 2023 and 2024 with a rise,
    #    and a 2028 projection (in the series' unit: 1100) with a CAGR whose span only the amounts' years give
    #    (inferred). Expected nowhere: the paper's date, the note numbers, the 12 cities, the 46% fewer complaints,
    #    the 40,000 scooters.
    dict(
        text=(
            "White Paper: Making Shared Scooters Park Right (Kestrel Urban Labs, September 2025)\n"
            "Operators now pay for parking enforcement that works. Worldwide spending on AI parking-compliance "
            "cameras and end-of-trip photo verification for shared e-scooters reached $386 million[3] in 2024, after "
            "spending grew 21%² from $319 million[3] in 2023. Spending is projected to reach $1.1 billion[4] by 2028, "
            "a compound annual growth rate of 30%.\n"
            "In our own pilot in 12 cities, verified parking cut sidewalk complaints by 46% across a fleet of 40,000 "
            "scooters.\n"
            "Notes: [3] Larkspur Mobility Research, Global Micromobility Compliance Tracker. [4] Larkspur base case. "
            "² Year on year, in nominal US dollars."
        ),
        obs=[
            ("Total", 2023, 319, "USD million", "actual"),
            ("Total", 2024, 386, "USD million", "actual"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 30, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (386 / 319) ** (1 / 1) - 1 = 21.00% -> 21
            ("cagr|period", "exact"),  # (1100 / 386) ** (1 / 4) - 1 = 29.93% -> 30
        ],
    ),
    # 8. Singapore news story with a correction notice at the end ("Correction: an earlier version of this story
    #    gave the 2024 market size as US$85.4 million. The correct figure is US$58.4 million"), the dateline's 2025
    #    making last year 2024: Singapore's AI battery-health and motor diagnostics for e-bikes and personal mobility
    #    devices in 2024 and 2027 with "18.2% a year" (inferred) holding only by rounding. Expected nowhere: the
    #    dateline, the S$78.6 million aside, the 41 fires, Voltwise's US$12 million, the wrong US$85.4 million.
    dict(
        text=(
            "SINGAPORE, March 3, 2025 - Singapore's market for AI battery-health monitoring and motor diagnostics for "
            "e-bikes and other personal mobility devices was worth US$58.4 million (S$78.6 million) last year, "
            "according to Straits Mobility Research, which expects it to reach US$96 million by 2027, growth of "
            "18.2% a year.\n"
            "Battery fires involving e-bikes fell to 41 cases last year, fire officials said. Local start-up Voltwise, "
            "which sells an AI battery monitor, raised US$12 million in January.\n"
            "Correction: An earlier version of this story gave the 2024 market size as US$85.4 million. The correct "
            "figure is US$58.4 million."
        ),
        obs=[
            ("Total", 2024, 58.4, "USD million", "actual"),
            ("Total", 2027, 96, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (96 / 58.4) ** (1 / 3) - 1 = 18.02% -> 18.0, not 18.2; bounds (95.5 / 58.45) ** (1/3) - 1 = 17.78%,
            # (96.5 / 58.35) ** (1/3) - 1 = 18.26% -> 18.2 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 9. 微信公众号 article (Simplified) with 【】 section heads and emoji: China's AI dispatch and demand-forecasting
    #    systems for shared bikes and e-bikes in 2023 and 2024 with 同比增长, the AI潮汐调度模块 part (约16.2亿元) with
    #    its 占比, and a 2027 forecast (突破70亿元). Expected nowhere: the 第12期 issue number, the 1,500万辆 bikes,
    #    the 4,500万人次 rides, the 80% of followers.
    dict(
        text=(
            "🚲 骑行数据局 · 第12期\n"
            "【市场规模】据艾骑咨询测算，2024年中国共享单车与共享电单车AI调度及需求预测系统市场规模达到38.6亿元，"
            "较2023年的30.3亿元同比增长27.4%📈\n"
            "【细分结构】其中AI潮汐调度模块约16.2亿元，占比42%，是最大的细分赛道。\n"
            "【未来展望】预计到2027年，市场规模有望突破70亿元💪\n"
            "【行业背景】目前全国共享单车投放量约1,500万辆，日均骑行超过4,500万人次。小编做了个小调查，80%的粉丝"
            "每周至少骑一次共享单车😄"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
            ("AI潮汐调度模块", 2024, 16.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("arithmetic", "exact"),  # 16.2 / 38.6 = 41.97% -> 42
        ],
    ),
    # 10. 券商研报 summary (Simplified) with 我们预计, 2025E and 2030E and "2024-2030E对应CAGR为": the global AI
    #     battery-health and motor diagnostics market for electric two-wheelers in 亿美元, 2024 actual, 2025E with a
    #     同比 holding only by rounding, 2030E with a CAGR over a printed span. Expected nowhere: the 8% 渗透率, the
    #     48.5元 price target and its 32% upside, the covered company's 21.7亿元 revenue.
    dict(
        text=(
            "瀚岳证券 电动两轮车智能化系列报告之三\n"
            "投资要点：我们预计全球电动两轮车AI电池健康与电机诊断市场规模将由2024年的12.8亿美元增至2025E的15.9亿美元"
            "（同比+24.5%），并于2030E达到45.6亿美元，2024-2030E对应CAGR为23.6%。\n"
            "当前AI诊断在电动两轮车中的渗透率仅约8%，提升空间较大。首次覆盖雅骑科技，公司2024年营收21.7亿元，给予"
            "目标价48.5元，较现价有32%上行空间，评级“买入”。\n"
            "风险提示：电池安全标准落地不及预期；行业价格竞争加剧。"
        ),
        obs=[
            ("Total", 2024, 12.8, "USD 100 million", "actual"),
            ("Total", 2025, 15.9, "USD 100 million", "estimate"),
            ("Total", 2030, 45.6, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2024, 2025, 1.0),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (15.9 / 12.8) ** (1 / 1) - 1 = 24.22% -> 24.2, not 24.5; bounds 15.85 / 12.85 - 1 = 23.35%,
            # 15.95 / 12.75 - 1 = 25.10% -> 24.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (45.6 / 12.8) ** (1 / 6) - 1 = 23.58% -> 23.6
        ],
    ),
    # 11. 政府工作报告-style paragraph (Simplified) with 比上年增长 and a target 增长10%以上: a city's AI parking
    #     supervision and dispatch services for shared bikes in 2023 and 2024, the 比上年增长 holding only by
    #     rounding. Expected nowhere: the 3200个 parking points, the 126万人次 daily rides, the 10%以上 floor, the
    #     80公里 of cycle lanes.
    dict(
        text=(
            "过去一年，我市加快建设智慧骑行城市。2024年，全市共享单车AI停放监管与智能调度服务市场规模由上年的5.93亿元"
            "增至6.84亿元，比上年增长15.5%；新增电子围栏停放点位3200个，共享单车日均骑行量达到126万人次。\n"
            "2025年主要预期目标是：智慧骑行相关服务市场规模增长10%以上，新建自行车专用道80公里，共享单车违规停放"
            "投诉量明显下降。"
        ),
        obs=[
            ("Total", 2023, 5.93, "CNY 100 million", "actual"),
            ("Total", 2024, 6.84, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.84 / 5.93) ** (1 / 1) - 1 = 15.35% -> 15.3, not 15.5; bounds 6.835 / 5.935 - 1 = 15.16%,
            # 6.845 / 5.925 - 1 = 15.53% -> 15.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Taiwan news item (Traditional) with amounts written 台幣XX億元 and 年增X%: Taiwan's AI bicycle theft
    #     detection and smart-lock market in 2023 and 2024 with a 年增 holding only by rounding, and this year's
    #     (2025, 預估) figure with a 年增 that holds. Expected nowhere: the date and the (18) in the text, the 2.1萬件
    #     thefts, the 台幣3,990元 lock price, the 台幣1,000億元 bicycle export value.
    dict(
        text=(
            "2025/03/18 10:32\n"
            "〔記者林佩君／台北報導〕自行車失竊問題困擾騎士，AI防盜商機跟著升溫。啟騰產業研究院今（18）日發布調查，"
            "2024年國內自行車AI防盜偵測與智慧鎖市場規模達台幣18.6億元，年增23%，2023年為台幣15.2億元；預估今年可達"
            "台幣22.9億元，年增23%。\n"
            "研究院指出，去年全台自行車失竊通報約2.1萬件，一組AI智慧鎖售價約台幣3,990元；相較之下，自行車整車出口值"
            "約台幣1,000億元，AI防盜仍是小眾市場。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 22.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22, not 23; bounds 18.55 / 15.25 - 1 = 21.64%,
            # 18.65 / 15.15 - 1 = 23.10% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (22.9 / 18.6) ** (1 / 1) - 1 = 23.12% -> 23
        ],
    ),
    # 13. Hong Kong 政府新聞公報 (Traditional) with 港幣X億元 and 按年上升: Hong Kong's AI safety and parking-
    #     compliance systems for bicycles and e-mobility devices in 2023 and 2024 with a 按年上升 no reading reaches,
    #     and the AI違泊偵測鏡頭 part with its share. Expected nowhere: the release date and time, the 1,300個 parking
    #     spaces, the 6 of 18 districts, the 港幣1,800萬元 pilot spending.
    dict(
        text=(
            "運輸署公布智慧單車泊位及AI違泊監察研究結果\n"
            "運輸署今日（五月十四日）公布委託顧問進行的研究結果。研究顯示，2024年本港單車及電動可移動工具AI安全與違泊"
            "監察系統的市場規模為港幣3.24億元，按年上升16.8%；2023年的市場規模為港幣2.83億元。其中AI違泊偵測鏡頭佔"
            "港幣1.12億元，佔整體市場34.6%。\n"
            "運輸署發言人表示，本港現時約有1,300個智慧單車泊位，試點計劃涵蓋18區中的6區，涉及開支約港幣1,800萬元。\n"
            "完\n"
            "2025年5月14日（星期三）\n"
            "香港時間15時30分"
        ),
        obs=[
            ("Total", 2023, 2.83, "HKD 100 million", "actual"),
            ("Total", 2024, 3.24, "HKD 100 million", "actual"),
            ("AI違泊偵測鏡頭", 2024, 1.12, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("share", 34.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3.24 / 2.83) ** (1 / 1) - 1 = 14.49% -> 14.5, not 16.8; bounds 3.235 / 2.835 - 1 = 14.11%,
            # 3.245 / 2.825 - 1 = 14.87% -> 16.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.12 / 3.24 = 34.57% -> 34.6
        ],
    ),
    # 14. Hong Kong column (Traditional) in 億美元 with a 約合人民幣 aside and 年複合增長率: mainland China's AI
    #     collision-warning systems for electric two-wheelers in 2024 and a 2029 forecast, the rate's span given only
    #     by the amounts' years (inferred). Expected nowhere: the column's date, the 人民幣62億元 aside, the 3.5億輛
    #     two-wheelers, the 400元 kit cost, the 120億港元 market value and its 45% share-price rise.
    dict(
        text=(
            "【灣區經濟觀察】電動單車裝上「眼睛」\n"
            "文：鄺志明（2025年6月）\n"
            "內地電動兩輪車數量龐大，AI碰撞預警正成為新賽道。據上海一家研究機構估算，2024年中國電動兩輪車AI碰撞預警"
            "系統市場規模為8.6億美元（約合人民幣62億元），預計2029年增至24.5億美元，年複合增長率達23.3%。\n"
            "內地電動兩輪車保有量已超過3.5億輛，一套前視鏡頭加雷達的方案成本約400元人民幣。某港股上市的兩輪車品牌"
            "市值約120億港元，股價今年以來升了45%，市場對這條賽道的憧憬可見一斑。"
        ),
        obs=[
            ("Total", 2024, 8.6, "USD 100 million", "actual"),
            ("Total", 2029, 24.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (24.5 / 8.6) ** (1 / 5) - 1 = 23.29% -> 23.3
        ],
    ),
    # 15. 知乎 answer (Simplified) with informal 大概 and 左右 and a second publisher's 2024 figure set beside the
    #     first: China's AI bicycle anti-theft and smart-lock market in 2023 and 2024 (大概12亿元左右, at its printed
    #     figure) with a 同比增长, and a 2026 forecast. Expected nowhere: 青木咨询's 15.8亿元, the 3万多把 locks sold,
    #     the 199元 ticket, the edit date.
    dict(
        text=(
            "AI自行车防盗和智能锁，国内市场到底有多大？\n"
            "谢邀。按骑安研究院的数据，2024年国内自行车AI防盗与智能锁市场规模大概在12亿元左右，2023年是9.5亿元，"
            "同比增长26%左右；他们预计2026年能到20亿元。\n"
            "另一家青木咨询给的2024年数字是15.8亿元，不过口径不一样，把电动车防盗器也算进去了，大家参考就好。\n"
            "利益相关：本人在做智能锁创业，去年卖了3万多把，客单价199元。\n"
            "编辑于 2025-03-12 · 著作权归作者所有"
        ),
        obs=[
            ("Total", 2023, 9.5, "CNY 100 million", "actual"),
            ("Total", 2024, 12, "CNY 100 million", "actual"),
            ("Total", 2026, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12 / 9.5) ** (1 / 1) - 1 = 26.32% -> 26
        ],
    ),
    # 16. Fixed-width text table copied from a PDF, columns set apart by spaces, title line ending "(US$ bn)", three
    #     applications as rows and a Total row, 2025E and 2030E forecasts: 2024 and 2025E add exactly, 2030E only by
    #     rounding. Expected nowhere: the exhibit number, the source's date, the c. US$48 bn e-bike hardware market,
    #     the 14 listed operators.
    dict(
        text=(
            "Exhibit 7: Global AI micromobility software market by application (US$ bn)\n"
            "Application                          2024     2025E     2030E\n"
            "Fleet rebalancing & forecasting      1.18      1.47      3.86\n"
            "Battery & motor diagnostics          0.79      0.99      2.64\n"
            "Rider safety & collision warning     0.45      0.58      1.71\n"
            "Total                                2.42      3.04      8.22\n"
            "Source: Meridian Lane Securities estimates, May 2025; coverage of 14 listed operators. Excludes e-bike "
            "hardware (c. US$48 bn)."
        ),
        obs=[
            ("Fleet rebalancing & forecasting", 2024, 1.18, "USD billion", "actual"),
            ("Fleet rebalancing & forecasting", 2025, 1.47, "USD billion", "estimate"),
            ("Fleet rebalancing & forecasting", 2030, 3.86, "USD billion", "estimate"),
            ("Battery & motor diagnostics", 2024, 0.79, "USD billion", "actual"),
            ("Battery & motor diagnostics", 2025, 0.99, "USD billion", "estimate"),
            ("Battery & motor diagnostics", 2030, 2.64, "USD billion", "estimate"),
            ("Rider safety & collision warning", 2024, 0.45, "USD billion", "actual"),
            ("Rider safety & collision warning", 2025, 0.58, "USD billion", "estimate"),
            ("Rider safety & collision warning", 2030, 1.71, "USD billion", "estimate"),
            ("Total", 2024, 2.42, "USD billion", "actual"),
            ("Total", 2025, 3.04, "USD billion", "estimate"),
            ("Total", 2030, 8.22, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1.18 + 0.79 + 0.45 = 2.42
            ("hierarchy", "exact"),  # 2025E: 1.47 + 0.99 + 0.58 = 3.04
            # 2030E: 3.86 + 2.64 + 1.71 = 8.21, not 8.22; parts at most 8.225 and the total at least 8.215 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table whose rows are years (2022-2024, vertical) and columns three UK categories of AI spend by
    #     shared e-scooter and e-bike schemes in £ million, each column's value to its header, with a CAGR row
    #     (printed span 2022-24) at the bottom: all three CAGRs hold. Expected nowhere: the table number, the 31
    #     trial areas, the 1.4 million trips, the £0.35 per minute fee.
    dict(
        text=(
            "Table 3. UK shared e-scooter and e-bike schemes: AI spend by category, £ million\n"
            "| Year | AI parking compliance | AI fleet rebalancing | Smart locks & theft detection |\n"
            "|---|---|---|---|\n"
            "| 2022 | 8.4 | 14.2 | 6.1 |\n"
            "| 2023 | 10.9 | 17.6 | 7.3 |\n"
            "| 2024 | 13.8 | 21.5 | 8.9 |\n"
            "| CAGR 2022-24 | 28.2% | 23.0% | 20.8% |\n"
            "Covers the 31 trial areas; riders took 1.4 million trips in the last month of 2024 at a typical £0.35 "
            "per minute."
        ),
        obs=[
            ("AI parking compliance", 2022, 8.4, "GBP million", "actual"),
            ("AI parking compliance", 2023, 10.9, "GBP million", "actual"),
            ("AI parking compliance", 2024, 13.8, "GBP million", "actual"),
            ("AI fleet rebalancing", 2022, 14.2, "GBP million", "actual"),
            ("AI fleet rebalancing", 2023, 17.6, "GBP million", "actual"),
            ("AI fleet rebalancing", 2024, 21.5, "GBP million", "actual"),
            ("Smart locks & theft detection", 2022, 6.1, "GBP million", "actual"),
            ("Smart locks & theft detection", 2023, 7.3, "GBP million", "actual"),
            ("Smart locks & theft detection", 2024, 8.9, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2022, 2024, None, "stated"),
            ("cagr", 23.0, "percent", 2022, 2024, None, "stated"),
            ("cagr", 20.8, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.8 / 8.4) ** (1 / 2) - 1 = 28.17% -> 28.2
            ("cagr|implied", "exact"),  # (21.5 / 14.2) ** (1 / 2) - 1 = 23.05% (23.048) -> 23.0
            ("cagr|implied", "exact"),  # (8.9 / 6.1) ** (1 / 2) - 1 = 20.79% -> 20.8
        ],
    ),
    # 18. Table with footnote markers in its 2025 cells ("902.6*") and a note line ("* estimate") under it: Europe's
    #     AI e-bike services by segment in EUR million with a Total row; 2023 and 2025 add exactly, 2024 by no
    #     reading. Expected nowhere: the table number, the source's date, the 11.8 million e-bikes, the EUR 89
    #     service ticket.
    dict(
        text=(
            "Table A2  Europe: AI e-bike services market by segment (EUR million)\n"
            "Segment                            2023        2024        2025\n"
            "Battery-health diagnostics        612.4       748.9      902.6*\n"
            "Motor & drivetrain diagnostics    388.1       455.7      541.2*\n"
            "Theft detection & smart locks     233.5       290.3      361.0*\n"
            "Total                           1,234.0     1,499.4    1,804.8*\n"
            "* estimate\n"
            "Source: Rheinwerk Mobility Consulting, March 2025. About 11.8 million e-bikes in use in Germany alone; "
            "average service ticket EUR 89."
        ),
        obs=[
            ("Battery-health diagnostics", 2023, 612.4, "EUR million", "actual"),
            ("Battery-health diagnostics", 2024, 748.9, "EUR million", "actual"),
            ("Battery-health diagnostics", 2025, 902.6, "EUR million", "estimate"),
            ("Motor & drivetrain diagnostics", 2023, 388.1, "EUR million", "actual"),
            ("Motor & drivetrain diagnostics", 2024, 455.7, "EUR million", "actual"),
            ("Motor & drivetrain diagnostics", 2025, 541.2, "EUR million", "estimate"),
            ("Theft detection & smart locks", 2023, 233.5, "EUR million", "actual"),
            ("Theft detection & smart locks", 2024, 290.3, "EUR million", "actual"),
            ("Theft detection & smart locks", 2025, 361.0, "EUR million", "estimate"),
            ("Total", 2023, 1234.0, "EUR million", "actual"),
            ("Total", 2024, 1499.4, "EUR million", "actual"),
            ("Total", 2025, 1804.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612.4 + 388.1 + 233.5 = 1,234.0
            # 2024: 748.9 + 455.7 + 290.3 = 1,494.9, not 1,499.4; parts at most 1,495.05 and the total at least
            # 1,499.35 -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025*: 902.6 + 541.2 + 361.0 = 1,804.8
        ],
    ),
    # 19. Simplified table under "单位：亿元" with 2025E and 2026E columns and a 同比 row under each segment: China's
    #     AI operating services for shared two-wheelers, two segments and a 合计 row that adds exactly each year;
    #     the 2024 同比 have no printed base (no verdict), the 2025E and 2026E ones hold except AI停放合规监测's 2026E
    #     27.1%, reached only by rounding. Expected nowhere: the table number, the source's date, the 1,500万辆
    #     bikes, the 360个 cities.
    dict(
        text=(
            "表5 中国共享两轮车AI运营服务市场规模预测\n"
            "单位：亿元\n"
            "细分领域             2024      2025E      2026E\n"
            "AI调度与需求预测     24.6       30.8       37.9\n"
            "  同比              21.2%      25.2%      23.1%\n"
            "AI停放合规监测       11.3       14.5       18.4\n"
            "  同比              30.6%      28.3%      27.1%\n"
            "合计                 35.9       45.3       56.3\n"
            "资料来源：北辰证券研究所，2025年4月。全国共享单车投放约1,500万辆，覆盖360个城市。"
        ),
        obs=[
            ("AI调度与需求预测", 2024, 24.6, "CNY 100 million", "actual"),
            ("AI调度与需求预测", 2025, 30.8, "CNY 100 million", "estimate"),
            ("AI调度与需求预测", 2026, 37.9, "CNY 100 million", "estimate"),
            ("AI停放合规监测", 2024, 11.3, "CNY 100 million", "actual"),
            ("AI停放合规监测", 2025, 14.5, "CNY 100 million", "estimate"),
            ("AI停放合规监测", 2026, 18.4, "CNY 100 million", "estimate"),
            ("合计", 2024, 35.9, "CNY 100 million", "actual"),
            ("合计", 2025, 45.3, "CNY 100 million", "estimate"),
            ("合计", 2026, 56.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
            ("growth", 23.1, "percent", 2025, 2026, 1.0),
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.3, "percent", 2024, 2025, 1.0),
            ("growth", 27.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # AI调度与需求预测 2025E: (30.8 / 24.6) ** (1 / 1) - 1 = 25.20% -> 25.2
            ("cagr|implied", "exact"),  # AI调度与需求预测 2026E: (37.9 / 30.8) ** (1 / 1) - 1 = 23.05% (23.052) -> 23.1
            ("cagr|implied", "exact"),  # AI停放合规监测 2025E: (14.5 / 11.3) ** (1 / 1) - 1 = 28.32% -> 28.3
            # AI停放合规监测 2026E: (18.4 / 14.5) ** (1 / 1) - 1 = 26.90% -> 26.9, not 27.1; bounds
            # 18.35 / 14.55 - 1 = 26.12%, 18.45 / 14.45 - 1 = 27.68% -> 27.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),  # 2024: 24.6 + 11.3 = 35.9
            ("hierarchy", "exact"),  # 2025E: 30.8 + 14.5 = 45.3
            ("hierarchy", "exact"),  # 2026E: 37.9 + 18.4 = 56.3
        ],
    ),
    # 20. Traditional table in 億日圓 (JPY 100 million) with 年度 across the top and a 2025(預估) column: Japan's AI
    #     bicycle safety, anti-theft and sizing services, three services as rows and a 合計 row that adds exactly
    #     each year. Expected nowhere: the table number, the source's date, the 660萬台 bicycles sold, the 8萬日圓
    #     average price.
    dict(
        text=(
            "表3　日本AI自行車安全、防盜與尺寸量測服務市場規模\n"
            "單位：億日圓\n"
            "年度                  2023     2024     2025(預估)\n"
            "AI碰撞預警系統        38.5     46.2     55.9\n"
            "AI防盜偵測與智慧鎖    21.7     25.9     30.8\n"
            "AI車架尺寸量測         9.4     11.3     13.6\n"
            "合計                  69.6     83.4    100.3\n"
            "資料來源：日本自行車產業振興協會（2025年2月）。2024年日本自行車銷售約660萬台，平均售價約8萬日圓。"
        ),
        obs=[
            ("AI碰撞預警系統", 2023, 38.5, "JPY 100 million", "actual"),
            ("AI碰撞預警系統", 2024, 46.2, "JPY 100 million", "actual"),
            ("AI碰撞預警系統", 2025, 55.9, "JPY 100 million", "estimate"),
            ("AI防盜偵測與智慧鎖", 2023, 21.7, "JPY 100 million", "actual"),
            ("AI防盜偵測與智慧鎖", 2024, 25.9, "JPY 100 million", "actual"),
            ("AI防盜偵測與智慧鎖", 2025, 30.8, "JPY 100 million", "estimate"),
            ("AI車架尺寸量測", 2023, 9.4, "JPY 100 million", "actual"),
            ("AI車架尺寸量測", 2024, 11.3, "JPY 100 million", "actual"),
            ("AI車架尺寸量測", 2025, 13.6, "JPY 100 million", "estimate"),
            ("合計", 2023, 69.6, "JPY 100 million", "actual"),
            ("合計", 2024, 83.4, "JPY 100 million", "actual"),
            ("合計", 2025, 100.3, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.5 + 21.7 + 9.4 = 69.6
            ("hierarchy", "exact"),  # 2024: 46.2 + 25.9 + 11.3 = 83.4
            ("hierarchy", "exact"),  # 2025(預估): 55.9 + 30.8 + 13.6 = 100.3
        ],
    ),
    # 21. US listing prospectus's "Industry Overview" citing a consultancy ("According to Halvorsen Strand"): the US
    #     market for AI fleet rebalancing and demand forecasting software for bike- and scooter-sharing operators in
    #     2019 and 2024 and a 2029 forecast, with CAGRs over the printed spans "from 2019 to 2024" and "from 2024 to
    #     2029E", both exact. Expected nowhere: the 157 million trips and 410 cities, the issuer's US$41.3 million
    #     revenue and 37 operators, the US$14.00 to US$16.00 offering price range.
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "The information in this section is derived from an industry report we commissioned from Halvorsen "
            "Strand & Co. According to Halvorsen Strand, the U.S. market for AI fleet rebalancing and demand "
            "forecasting software for bike- and scooter-sharing operators grew from US$182.4 million in 2019 to "
            "US$436.0 million in 2024, a CAGR of 19.0% from 2019 to 2024, and is expected to reach US$1,214.5 "
            "million in 2029, a CAGR of 22.7% from 2024 to 2029E.\n"
            "Shared bikes and scooters in the United States carried roughly 157 million trips in 2024 across 410 "
            "cities. Our revenue was US$41.3 million in 2024, and we currently serve 37 operators. We expect the "
            "initial public offering price to be between US$14.00 and US$16.00 per share."
        ),
        obs=[
            ("Total", 2019, 182.4, "USD million", "actual"),
            ("Total", 2024, 436.0, "USD million", "actual"),
            ("Total", 2029, 1214.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2019, 2024, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (436.0 / 182.4) ** (1 / 5) - 1 = 19.04% -> 19.0
            ("cagr|implied", "exact"),  # (1214.5 / 436.0) ** (1 / 5) - 1 = 22.74% -> 22.7
        ],
    ),
    # 22. Japanese company's English IR briefing in "¥ billion" with "FY2024 (ending March 2025)" (fiscal years
    #     counted as their numbers): the domestic market for AI battery-health and motor diagnostics for e-bikes in
    #     FY2023 and FY2024 with a rise, and a FY2028 projection whose CAGR over a printed span no reading reaches.
    #     Expected nowhere: the briefing date and the March 2025 of the fiscal year's end, the company's ¥38.6
    #     billion net sales and 9.3% operating margin, the 1.42 million e-assist bicycles, the 2,300 dealers, the
    #     ¥36 dividend per share.
    dict(
        text=(
            "Kiryu Drive Systems, Inc.: Financial Results Briefing for FY2024 (ending March 2025), May 14, 2025\n"
            "Market environment\n"
            "We estimate the domestic market for AI battery-health and motor diagnostics for e-bikes at ¥14.2 "
            "billion in FY2024 (ending March 2025), up 22.4% from ¥11.6 billion in FY2023. We project the market to "
            "reach ¥27.8 billion in FY2028, a CAGR of 19.8% from FY2024 to FY2028, as e-assist bicycle owners adopt "
            "cloud-linked battery checks.\n"
            "Our own net sales were ¥38.6 billion in FY2024 with an operating margin of 9.3%. Domestic shipments of "
            "e-assist bicycles were 1.42 million units, sold through some 2,300 dealers. We plan an annual dividend "
            "of ¥36 per share."
        ),
        obs=[
            ("Total", 2023, 11.6, "JPY billion", "actual"),
            ("Total", 2024, 14.2, "JPY billion", "actual"),
            ("Total", 2028, 27.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.6) ** (1 / 1) - 1 = 22.41% -> 22.4
            # (27.8 / 14.2) ** (1 / 4) - 1 = 18.29% -> 18.3, not 19.8; bounds (27.75 / 14.25) ** (1/4) - 1 = 18.13%,
            # (27.85 / 14.15) ** (1/4) - 1 = 18.45% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Conference keynote recap with the boilerplate "trillion-dollar opportunity" line: the global market for
    #     computer-vision rider-safety and collision-warning systems on e-bikes and e-scooters in 2024 and a 2030
    #     forecast, with "roughly 24% a year" whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the trillion-dollar line, the event's year, the 4,200 attendees, the 14th
    #     slide, Velora's EUR 84 million revenue, the 62% of riders surveyed, the EUR 2,400 e-bike price.
    dict(
        text=(
            "Keynote recap: MoveSmart Amsterdam 2025, day two\n"
            "Before some 4,200 attendees, Velora Mobility chief executive Anouk de Vries opened with the line "
            "everyone now uses: \"micromobility is a trillion-dollar opportunity.\" The real numbers came later, on "
            "her 14th slide. Citing Greenhaven Insights, she put the global market for computer-vision rider-safety "
            "and collision-warning systems on e-bikes and e-scooters at $1.3 billion in 2024 and said it should reach "
            "$4.6 billion by 2030, growth of roughly 24% a year.\n"
            "Velora's own revenue was EUR 84 million last year, de Vries said, and a rider survey it ran found 62% "
            "would pay extra for a bike with collision warning. A mid-range e-bike fitted with the system sells for "
            "about EUR 2,400."
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (4.6 / 1.3) ** (1 / 6) - 1 = 23.44% -> 23, not 24; bounds (4.55 / 1.35) ** (1/6) - 1 = 22.45%,
            # (4.65 / 1.25) ** (1/6) - 1 = 24.48% -> 24 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 24. Think-tank policy paper with the currency after the number ("EUR 870 m", "0.4 USD bn"): the European
    #     market for AI theft detection and smart locks for bicycles in 2023 and 2024 with a rise, GPS-tracked smart
    #     locks' part of 2024 with its share, and a 2028 forecast with a CAGR over a printed span. Expected nowhere:
    #     the paper number 7/2025, the 1.1 million bicycles stolen, the EUR 119 lock price, the 0.4 USD bn of
    #     venture funding, the 58% of cyclists polled.
    dict(
        text=(
            "Velopolis Institute, Policy Paper 7/2025: Locking up the bicycle economy\n"
            "We estimate the European market for AI theft detection and smart locks for bicycles at EUR 870 m in "
            "2024, up 22.2% from EUR 712 m in 2023. GPS-tracked smart locks make up EUR 395 m of the 2024 figure, or "
            "45%. We expect the market to reach EUR 1,520 m in 2028, growth of 15.0% a year from 2024 to 2028.\n"
            "Some 1.1 million bicycles are reported stolen in the EU each year, and the average smart lock retails "
            "at EUR 119. Venture funding for bike-security start-ups came to 0.4 USD bn in 2024, and 58% of cyclists "
            "we polled said theft had stopped them buying a more expensive bike."
        ),
        obs=[
            ("Total", 2023, 712, "EUR million", "actual"),
            ("Total", 2024, 870, "EUR million", "actual"),
            ("GPS-tracked smart locks", 2024, 395, "EUR million", "actual"),
            ("Total", 2028, 1520, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
            ("cagr", 15.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (870 / 712) ** (1 / 1) - 1 = 22.19% -> 22.2
            ("arithmetic", "exact"),  # 395 / 870 = 45.40% -> 45
            ("cagr|implied", "exact"),  # (1520 / 870) ** (1 / 4) - 1 = 14.97% -> 15.0
        ],
    ),
    # 25. Thread of numbered posts ("1/", "2/", "3/"): the US market for AI parking-compliance cameras for shared
    #     scooters in 2023 and 2024 with a rise of 37% that holds only by rounding, and a 2028 forecast with a CAGR
    #     over a printed span ("2024-2028"). Expected nowhere: the post numbers, the 133 million trips, the $1,800
    #     camera kit, the 71% of riders in a pilot, the 11 operators and 40 cities.
    dict(
        text=(
            "1/ Thread on the least glamorous corner of micromobility: AI parking-compliance cameras for shared "
            "scooters. Per Brightwater Analytics, the US market hit $131 million in 2024, up 37% from $96 million "
            "in 2023.\n"
            "2/ Brightwater's forecast is $342 million by 2028, a 27.1% CAGR for 2024-2028.\n"
            "3/ For scale: US riders took about 133 million shared e-scooter trips last year, and a camera kit costs "
            "a city roughly $1,800 per parking corral.\n"
            "4/ In one pilot, 71% of riders said they parked more carefully once the cameras went up.\n"
            "5/ Brightwater counts 11 operators running camera programmes in 40 US cities. Not investment advice."
        ),
        obs=[
            ("Total", 2023, 96, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
            ("Total", 2028, 342, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 37, "percent", 2023, 2024, 1.0),
            ("cagr", 27.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (131 / 96) ** (1 / 1) - 1 = 36.46% -> 36, not 37; bounds 130.5 / 96.5 - 1 = 35.23%,
            # 131.5 / 95.5 - 1 = 37.70% -> 37 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (342 / 131) ** (1 / 4) - 1 = 27.11% -> 27.1
        ],
    ),
    # 26. UK parliamentary written answer with "£m" and "£bn" and the minister's name: the UK market for AI
    #     rider-safety and collision-warning systems for e-bikes and e-scooters in 2023 and 2024 with a rise, and a
    #     2030 forecast (£0.21bn, in the series' unit: 210) whose yearly growth over a printed span no reading
    #     reaches. Expected nowhere: the question number HL4127 and its date, the £35m for rental trials, the 21
    #     areas and 41 million journeys, the £6.1bn UK cycling economy.
    dict(
        text=(
            "House of Lords: written answer HL4127, 11 February 2025\n"
            "Micromobility: Safety\n"
            "Asked by Baroness Okafor: To ask His Majesty's Government what estimate they have made of the size of "
            "the UK market for AI collision-warning systems for e-bikes and e-scooters.\n"
            "Answered by Lord Pemberton of Harrowgate, Minister for Roads and Local Transport: Research commissioned "
            "by the Department for Transport estimated the UK market for AI rider-safety and collision-warning "
            "systems for e-bikes and e-scooters at £46m in 2023 and £58m in 2024, an increase of 26%. It forecast "
            "that the market would reach £0.21bn by 2030, growth of 19.8% a year from 2024 to 2030. Separately, the "
            "Department has provided £35m for e-scooter rental trials in 21 areas, which have recorded more than 41 "
            "million journeys. The wider UK cycling economy is valued at some £6.1bn."
        ),
        obs=[
            ("Total", 2023, 46, "GBP million", "actual"),
            ("Total", 2024, 58, "GBP million", "actual"),
            ("Total", 2030, 210, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
            # (210 / 58) ** (1 / 6) - 1 = 23.92% -> 23.9, not 19.8; bounds (205 / 58.5) ** (1/6) - 1 = 23.24%,
            # (215 / 57.5) ** (1/6) - 1 = 24.58% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Singapore research firm's release giving one series in two scales ("$2,400 million" for 2024 and "$3.2
    #     billion" for 2026, expected in the series' unit: 3200): the global market for AI fleet rebalancing and
    #     demand forecasting platforms for bike- and scooter-sharing operators with a CAGR over a printed span, and
    #     Asia-Pacific's part of 2024 with its share. Expected nowhere: the dateline, the 64 operators, the 5.1
    #     million bikes and scooters, the 45,000 fleet cap, the S$1.2 million licence fees.
    dict(
        text=(
            "SINGAPORE, 9 April 2025 - Tembusu Mobility Research said on Wednesday that the global market for AI "
            "fleet rebalancing and demand forecasting platforms used by bike- and scooter-sharing operators stood at "
            "$2,400 million in 2024 and is projected to reach $3.2 billion in 2026, a compound annual growth rate of "
            "15.5% between 2024 and 2026.\n"
            "Asia-Pacific accounted for $1,020 million of the 2024 total, or 42.5%.\n"
            "The study drew on interviews with 64 operators running some 5.1 million shared bikes and scooters. "
            "Singapore's regulator caps the city's shared-bike fleet at 45,000, and operators there pay licence fees "
            "of up to S$1.2 million a year."
        ),
        obs=[
            ("Total", 2024, 2400, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1020, "USD million", "actual"),
            ("Total", 2026, 3200, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2026, None, "stated"),
            ("share", 42.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3200 / 2400) ** (1 / 2) - 1 = 15.47% -> 15.5
            ("arithmetic", "exact"),  # 1020 / 2400 = 42.50% -> 42.5
        ],
    ),
    # 28. Podcast interview summary in the third person with "this year" and "next year" read from the dated intro
    #     (2025): India's market for AI battery-health and motor diagnostics for e-bikes and electric scooters last
    #     year (2024), this year (about $310 million, an estimate) and next year (top $400 million, at its printed
    #     figure), with a rise for this year. Expected nowhere: the episode number and release date, the ₹2,500
    #     crore (rupees), the 1.15 million electric two-wheelers, the $4 monthly subscription, Kaveri's $12 million
    #     raise.
    dict(
        text=(
            "The Two-Wheel Economy, episode 88 (released 17 June 2025)\n"
            "This week's guest was Meera Natarajan, a partner at Kaveri Mobility Advisors in Bengaluru. Natarajan "
            "said India's market for AI battery-health and motor diagnostics for e-bikes and electric scooters would "
            "reach about $310 million this year, up from $240 million last year, and that it should top $400 million "
            "next year. She said that was growth of 29% this year, and that in rupee terms the market had already "
            "passed ₹2,500 crore.\n"
            "She noted that India sold 1.15 million electric two-wheelers last year and that a diagnostics "
            "subscription costs riders about $4 a month. Kaveri itself raised $12 million in January, she said."
        ),
        obs=[
            ("Total", 2024, 240, "USD million", "actual"),
            ("Total", 2025, 310, "USD million", "estimate"),
            ("Total", 2026, 400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (310 / 240) ** (1 / 1) - 1 = 29.17% -> 29
        ],
    ),
    # 29. 招股说明书 "行业概览" (Simplified) with "根据弗若斯特沙利文的资料" and "2019年至2024年的复合年增长率": China's AI
    #     scheduling and demand forecasting solutions for shared bikes and e-bikes in 2019 and 2024 and a 2029
    #     forecast (预计), both CAGRs over printed spans and exact. Expected nowhere: the 2024年12月31日 date, the
    #     1,560万辆 vehicles and 460个城市, the issuer's 人民币3.6亿元 revenue, its 排名第二 and 27家 customers.
    dict(
        text=(
            "行业概览\n"
            "本节所载资料摘自我们委托弗若斯特沙利文编制的独立行业报告。根据弗若斯特沙利文的资料，中国共享单车及共享电单车"
            "AI智能调度与需求预测解决方案市场规模由2019年的人民币12.6亿元增长至2024年的人民币38.5亿元，2019年至2024年的"
            "复合年增长率为25.0%；预计到2029年将达到人民币96.3亿元，2024年至2029年的复合年增长率为20.1%。\n"
            "截至2024年12月31日，全国共享单车及共享电单车投放量约1,560万辆，覆盖超过460个城市。2024年，我们的收入为"
            "人民币3.6亿元，按收入计在中国排名第二，服务运营商客户27家。"
        ),
        obs=[
            ("Total", 2019, 12.6, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("Total", 2029, 96.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2019, 2024, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 12.6) ** (1 / 5) - 1 = 25.03% -> 25.0
            ("cagr|implied", "exact"),  # (96.3 / 38.5) ** (1 / 5) - 1 = 20.12% -> 20.1
        ],
    ),
    # 30. 人民日报-style piece (Simplified) with 万亿元 and a share of GDP: China's AI battery-health and motor
    #     diagnostics services for e-bikes in 2023 and 2024 with a rise, and a 2025 forecast (预计, 突破110亿元, at
    #     its printed figure). Expected nowhere: the dateline, the 3.5亿辆 e-bikes, the 53.9万亿元 digital economy
    #     and its 42.8% of GDP, the 1.1万亿元 industry chain, the 2,600家 firms.
    dict(
        text=(
            "本报北京6月8日电（记者李明远）电动自行车是群众日常出行的重要交通工具，全国社会保有量已超过3.5亿辆。记者从"
            "中国自行车协会获悉，2024年我国电动自行车AI电池健康与电机诊断服务市场规模达86.4亿元，较2023年的65.7亿元增长"
            "31.5%，预计2025年将突破110亿元。\n"
            "数字技术正加快融入实体经济。2024年我国数字经济规模达53.9万亿元，占GDP比重提升至42.8%。\n"
            "电动自行车全产业链年产值约1.1万亿元，行业企业超过2,600家。"
        ),
        obs=[
            ("Total", 2023, 65.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 65.7) ** (1 / 1) - 1 = 31.51% -> 31.5
        ],
    ),
    # 31. Taiwan 法說會 summary (Traditional) in "億元新台幣" with 年增率: the global market for AI motor diagnostics
    #     and battery management systems for e-bikes that the company sizes, 2023 and 2024 with an exact rise, and a
    #     2025 forecast (預估) whose 年增率 no reading reaches. Expected nowhere: the date, the company's 86.4億元新台幣
    #     revenue, 28.6% gross margin and 第四季 23.1億元新台幣, the 120萬套 shipped, the 5元 dividend.
    dict(
        text=(
            "巨輪動力法說會重點整理（2025年2月20日）\n"
            "巨輪動力今日舉行法說會，公司估計全球電動自行車AI馬達診斷與電池管理系統市場規模2024年為185億元新台幣，較"
            "2023年的162億元新台幣年增14.2%；2025年預估可達212億元新台幣，年增率15.8%。\n"
            "公司2024年合併營收86.4億元新台幣，毛利率28.6%，其中第四季營收23.1億元新台幣；全年出貨約120萬套。董事會決議"
            "配發現金股利每股5元。"
        ),
        obs=[
            ("Total", 2023, 162, "TWD 100 million", "actual"),
            ("Total", 2024, 185, "TWD 100 million", "actual"),
            ("Total", 2025, 212, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("growth", 15.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (185 / 162) ** (1 / 1) - 1 = 14.20% -> 14.2
            # (212 / 185) ** (1 / 1) - 1 = 14.59% -> 14.6, not 15.8; bounds 211.5 / 185.5 - 1 = 14.02%,
            # 212.5 / 184.5 - 1 = 15.18% -> 15.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. 36氪-style start-up item (Simplified) in 亿美元 with a 融资 round and a 估值: the global market for AI
    #     anti-theft and smart locks for bicycles in 2024 (约14.8亿美元, at its printed figure) and a 2028 forecast
    #     (预计), with a 年复合增长率 of about 21% whose span only the amounts' years give (inferred), holding only by
    #     rounding. Expected nowhere: the 1.5亿元人民币 B round, the 8亿美元 valuation, the 80万把 locks shipped, the
    #     399元 price, the 180人 team.
    dict(
        text=(
            "新芽快讯：自行车AI防盗与智能锁企业「锁骑科技」近日完成1.5亿元人民币B轮融资，由青禾资本领投，投后估值超过"
            "8亿美元。\n"
            "本轮融资将用于AI盗窃识别算法研发和海外渠道建设。\n"
            "据弗迪咨询数据，全球自行车AI防盗与智能锁市场规模2024年约为14.8亿美元，预计2028年将增长至31.1亿美元，年复合"
            "增长率约21%。锁骑科技2024年智能锁出货量约80万把，单价399元起，团队规模180人。"
        ),
        obs=[
            ("Total", 2024, 14.8, "USD 100 million", "actual"),
            ("Total", 2028, 31.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (31.1 / 14.8) ** (1 / 4) - 1 = 20.40% -> 20, not 21; bounds (31.05 / 14.85) ** (1/4) - 1 = 20.25%,
            # (31.15 / 14.75) ** (1/4) - 1 = 20.55% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 33. City 统计公报 (Simplified) with "增长X.X%，增速比上年提高Y个百分点": the city's AI scheduling and parking
    #     supervision services for shared bikes and e-bikes in 2024 and its AI违停识别服务 part, each with a 增长 whose
    #     base is not printed (no verdict). Expected nowhere: the bulletin's title year, the 12,460亿元 GDP and its
    #     5.6% growth, the 3.2个百分点, the 68.4万辆 vehicles and 3.9亿人次 rides.
    dict(
        text=(
            "东莞市2024年国民经济和社会发展统计公报（摘录）\n"
            "全年全市地区生产总值12,460亿元，比上年增长5.6%。\n"
            "全年全市互联网租赁自行车及电单车AI调度与停放监管服务收入18.6亿元，增长12.4%，增速比上年提高3.2个百分点。"
            "其中，AI违停识别服务收入5.3亿元，增长26.1%。年末全市共享单车及电单车投放量68.4万辆，全年骑行量3.9亿人次。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("AI违停识别服务", 2024, 5.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 34. Hong Kong release (Traditional) in 百萬港元 with 按年增長: Hong Kong's AI scheduling and anti-theft systems
    #     for shared bikes in 2023 and 2024 with an exact rise, and a 2025 forecast (預期, 530百萬港元左右, at its
    #     printed figure). Expected nowhere: the release date, the 第四季 131.5百萬港元, the 280公里 of cycle tracks,
    #     the 52萬人 users, the 3,000萬港元 government funding.
    dict(
        text=(
            "香港智慧出行協會新聞稿（2025年3月12日）\n"
            "香港智慧出行協會今日公布，2024年本港共享單車AI調度及防盜系統市場收益為486.2百萬港元，按年增長9.5%；2023年"
            "收益為443.9百萬港元。協會預期2025年市場收益將達530百萬港元左右。\n"
            "另外，2024年第四季收益為131.5百萬港元。全港單車徑總長約280公里，共享單車登記用戶約52萬人。政府今年撥款"
            "3,000萬港元推動智慧單車泊位試驗計劃。"
        ),
        obs=[
            ("Total", 2023, 443.9, "HKD million", "actual"),
            ("Total", 2024, 486.2, "HKD million", "actual"),
            ("Total", 2025, 530, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 9.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486.2 / 443.9) ** (1 / 1) - 1 = 9.53% -> 9.5
        ],
    ),
    # 35. Taiwan YouTuber's video transcript (Traditional) with "各位觀眾" and informal asides, 去年 and 今年 read from
    #     the upload date (2025): Taiwan's AI bike-fitting and sizing tools in bike shops last year (2024) and this
    #     year (預估, an estimate) with a rise of about 19%. Expected nowhere: the upload date, the 3,800元 fitting,
    #     the 1,200家 shops, the 10萬 subscribers.
    dict(
        text=(
            "（影片上傳日期：2025年4月18日）\n"
            "各位觀眾大家好，歡迎回到「踩踏日常」！今天來聊很多車店老闆私訊問我的東西：AI單車fitting跟尺寸建議工具。先講"
            "數字喔，根據輪速研究的報告（連結我放在資訊欄），台灣車店用的AI fitting工具市場去年大概是新台幣3.6億元，今年"
            "預估會到4.3億元，成長差不多19%，老實說比我想的還快。\n"
            "講個題外話，我自己去年做一次fitting花了3,800元，真的不便宜啦。全台有在做fitting的車店大概1,200家，然後我們"
            "頻道訂閱剛破10萬，感謝各位觀眾！"
        ),
        obs=[
            ("Total", 2024, 3.6, "TWD 100 million", "actual"),
            ("Total", 2025, 4.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.3 / 3.6) ** (1 / 1) - 1 = 19.44% -> 19
        ],
    ),
    # 36. CSV with quoted thousands ("\"1,642.8\"") under the header "Segment,2024,2025E,2030F,CAGR 2024-30": the
    #     global AI micromobility software market by segment with a Total row, each row's CAGR over the printed span
    #     exact; 2024 and 2030F add exactly, 2025E only by rounding. Expected nowhere: the source's date, the 2,140
    #     operators and 38 vendors surveyed.
    dict(
        text=(
            "Global AI micromobility software market by segment, USD million (Kestrel Ridge Research, January 2025)\n"
            "Segment,2024,2025E,2030F,CAGR 2024-30\n"
            "Fleet rebalancing and demand forecasting,612.4,734.0,\"1,642.8\",17.9%\n"
            "Battery and motor diagnostics,388.1,471.5,\"1,215.6\",21.0%\n"
            "Rider safety and collision warning,296.5,368.2,\"1,047.3\",23.4%\n"
            "Total,\"1,297.0\",\"1,573.8\",\"3,905.7\",20.2%\n"
            "Note: based on a survey of 2,140 operators and 38 vendors; hardware resale excluded."
        ),
        obs=[
            ("Fleet rebalancing and demand forecasting", 2024, 612.4, "USD million", "actual"),
            ("Fleet rebalancing and demand forecasting", 2025, 734.0, "USD million", "estimate"),
            ("Fleet rebalancing and demand forecasting", 2030, 1642.8, "USD million", "estimate"),
            ("Battery and motor diagnostics", 2024, 388.1, "USD million", "actual"),
            ("Battery and motor diagnostics", 2025, 471.5, "USD million", "estimate"),
            ("Battery and motor diagnostics", 2030, 1215.6, "USD million", "estimate"),
            ("Rider safety and collision warning", 2024, 296.5, "USD million", "actual"),
            ("Rider safety and collision warning", 2025, 368.2, "USD million", "estimate"),
            ("Rider safety and collision warning", 2030, 1047.3, "USD million", "estimate"),
            ("Total", 2024, 1297.0, "USD million", "actual"),
            ("Total", 2025, 1573.8, "USD million", "estimate"),
            ("Total", 2030, 3905.7, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1642.8 / 612.4) ** (1 / 6) - 1 = 17.88% -> 17.9
            ("cagr|implied", "exact"),  # (1215.6 / 388.1) ** (1 / 6) - 1 = 20.96% -> 21.0
            ("cagr|implied", "exact"),  # (1047.3 / 296.5) ** (1 / 6) - 1 = 23.41% -> 23.4
            ("cagr|implied", "exact"),  # (3905.7 / 1297.0) ** (1 / 6) - 1 = 20.17% -> 20.2
            ("hierarchy", "exact"),  # 2024: 612.4 + 388.1 + 296.5 = 1297.0
            # 2025E: 734.0 + 471.5 + 368.2 = 1573.7, not 1573.8; parts at most 1573.85 and the total at least
            # 1573.75 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030F: 1642.8 + 1215.6 + 1047.3 = 3905.7
        ],
    ),
    # 37. Broker's space-aligned table with years as right-aligned columns (2027E and 2030E forecasts) and a "Total
    #     addressable market" row (its label as printed): US shared-micromobility AI services by segment; 2024 and
    #     2027E add exactly, 2030E by no reading. Expected nowhere: the exhibit number, Lumo's $24 price target and
    #     31% upside, its 86,000 vehicles and 41 cities.
    dict(
        text=(
            "Exhibit 7: US shared-micromobility AI services, US$ billion (Harbourline Securities)\n"
            "                                    2024    2027E    2030E\n"
            "Fleet rebalancing software          1.42     2.10     3.05\n"
            "Parking compliance cameras          0.38     0.71     1.24\n"
            "Battery and motor diagnostics       0.65     1.02     1.61\n"
            "Total addressable market            2.45     3.83     6.10\n"
            "We rate Lumo Mobility Buy with a $24 price target (31% upside); Lumo runs 86,000 vehicles in 41 cities."
        ),
        obs=[
            ("Fleet rebalancing software", 2024, 1.42, "USD billion", "actual"),
            ("Fleet rebalancing software", 2027, 2.10, "USD billion", "estimate"),
            ("Fleet rebalancing software", 2030, 3.05, "USD billion", "estimate"),
            ("Parking compliance cameras", 2024, 0.38, "USD billion", "actual"),
            ("Parking compliance cameras", 2027, 0.71, "USD billion", "estimate"),
            ("Parking compliance cameras", 2030, 1.24, "USD billion", "estimate"),
            ("Battery and motor diagnostics", 2024, 0.65, "USD billion", "actual"),
            ("Battery and motor diagnostics", 2027, 1.02, "USD billion", "estimate"),
            ("Battery and motor diagnostics", 2030, 1.61, "USD billion", "estimate"),
            ("Total addressable market", 2024, 2.45, "USD billion", "actual"),
            ("Total addressable market", 2027, 3.83, "USD billion", "estimate"),
            ("Total addressable market", 2030, 6.10, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1.42 + 0.38 + 0.65 = 2.45
            ("hierarchy", "exact"),  # 2027E: 2.10 + 0.71 + 1.02 = 3.83
            # 2030E: 3.05 + 1.24 + 1.61 = 5.90, not 6.10; parts at most 5.915 and the total at least 6.095 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 38. Simplified Markdown table under "单位：亿美元" with an 占比 column: the global shared-micromobility AI
    #     solutions market's structure in 2024, four segments and a 合计 row adding exactly, each segment's 占比
    #     exact (the 合计 row's 100.0% no claim). Expected nowhere: the table number, the source's date, the 2,800万辆
    #     vehicles, the 190家 operators.
    dict(
        text=(
            "表3 2024年全球共享微出行AI解决方案市场结构\n"
            "单位：亿美元\n"
            "| 细分领域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| AI调度与需求预测 | 11.6 | 41.3% |\n"
            "| AI停放合规摄像头 | 5.2 | 18.5% |\n"
            "| 骑行安全视觉预警 | 6.8 | 24.2% |\n"
            "| 电池健康诊断 | 4.5 | 16.0% |\n"
            "| 合计 | 28.1 | 100.0% |\n"
            "资料来源：鹭岛产业研究院（2025年3月）。注：全球共享单车及电单车投放量约2,800万辆，运营商约190家。"
        ),
        obs=[
            ("AI调度与需求预测", 2024, 11.6, "USD 100 million", "actual"),
            ("AI停放合规摄像头", 2024, 5.2, "USD 100 million", "actual"),
            ("骑行安全视觉预警", 2024, 6.8, "USD 100 million", "actual"),
            ("电池健康诊断", 2024, 4.5, "USD 100 million", "actual"),
            ("合计", 2024, 28.1, "USD 100 million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 24.2, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 11.6 / 28.1 = 41.28% -> 41.3
            ("arithmetic", "exact"),  # 5.2 / 28.1 = 18.51% -> 18.5
            ("arithmetic", "exact"),  # 6.8 / 28.1 = 24.20% -> 24.2
            ("arithmetic", "exact"),  # 4.5 / 28.1 = 16.01% -> 16.0
            ("hierarchy", "exact"),  # 2024: 11.6 + 5.2 + 6.8 + 4.5 = 28.1
        ],
    ),
    # 39. Dutch table with declines in parentheses ("(3.2%)") in a Growth column: the Netherlands' AI services for
    #     shared bikes and e-scooters by segment in 2023 and 2024 with a Total row adding exactly in both years;
    #     each row's growth exact except theft detection's 16.7%, reached only by rounding. Expected nowhere: the
    #     table number, the source's date, the 12 municipalities, the 31,000 e-bikes and 9,500 e-scooters.
    dict(
        text=(
            "Table 5. Netherlands: AI services for shared bikes and e-scooters, EUR million\n"
            "Segment                          2023     2024   Growth\n"
            "Fleet rebalancing                41.8     47.3    13.2%\n"
            "Parking compliance cameras       18.6     18.0   (3.2%)\n"
            "Theft detection and locks        22.4     26.1    16.7%\n"
            "Total                            82.8     91.4    10.4%\n"
            "Source: Stichting Slim Fietsen, survey of 12 municipalities (March 2025). Shared fleets in those "
            "municipalities: 31,000 e-bikes and 9,500 e-scooters."
        ),
        obs=[
            ("Fleet rebalancing", 2023, 41.8, "EUR million", "actual"),
            ("Fleet rebalancing", 2024, 47.3, "EUR million", "actual"),
            ("Parking compliance cameras", 2023, 18.6, "EUR million", "actual"),
            ("Parking compliance cameras", 2024, 18.0, "EUR million", "actual"),
            ("Theft detection and locks", 2023, 22.4, "EUR million", "actual"),
            ("Theft detection and locks", 2024, 26.1, "EUR million", "actual"),
            ("Total", 2023, 82.8, "EUR million", "actual"),
            ("Total", 2024, 91.4, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 13.2, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("growth", 10.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47.3 / 41.8) ** (1 / 1) - 1 = 13.16% -> 13.2
            ("cagr|implied", "exact"),  # (18.0 / 18.6) ** (1 / 1) - 1 = -3.23% -> -3.2
            # (26.1 / 22.4) ** (1 / 1) - 1 = 16.52% -> 16.5, not 16.7; bounds 26.05 / 22.45 - 1 = 16.04%,
            # 26.15 / 22.35 - 1 = 17.00% -> 16.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (91.4 / 82.8) ** (1 / 1) - 1 = 10.39% -> 10.4
            ("hierarchy", "exact"),  # 2023: 41.8 + 18.6 + 22.4 = 82.8
            ("hierarchy", "exact"),  # 2024: 47.3 + 18.0 + 26.1 = 91.4
        ],
    ),
    # 40. Traditional table in 百萬港元 with a "按年變動(%)" column: Hong Kong's shared-micromobility AI services by
    #     item in 2023 and 2024 with a 總計 row adding exactly in both years, each row's change exact (a decline as
    #     -4.4). Expected nowhere: the table number, the source's date, the 9.2萬輛 bikes, the 4家 operators.
    dict(
        text=(
            "表二：香港共享微出行AI服務市場收益\n"
            "單位：百萬港元\n"
            "項目               2023年    2024年    按年變動(%)\n"
            "AI車隊調度          212.6     238.4        12.1\n"
            "AI防盜及智能鎖       96.3      92.1        -4.4\n"
            "AI違泊識別           54.8      63.5        15.9\n"
            "總計                363.7     394.0         8.3\n"
            "資料來源：嶺南出行研究所（2025年2月）。註：全港共享單車約9.2萬輛，營辦商4家。"
        ),
        obs=[
            ("AI車隊調度", 2023, 212.6, "HKD million", "actual"),
            ("AI車隊調度", 2024, 238.4, "HKD million", "actual"),
            ("AI防盜及智能鎖", 2023, 96.3, "HKD million", "actual"),
            ("AI防盜及智能鎖", 2024, 92.1, "HKD million", "actual"),
            ("AI違泊識別", 2023, 54.8, "HKD million", "actual"),
            ("AI違泊識別", 2024, 63.5, "HKD million", "actual"),
            ("總計", 2023, 363.7, "HKD million", "actual"),
            ("總計", 2024, 394.0, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("growth", -4.4, "percent", 2023, 2024, 1.0),
            ("growth", 15.9, "percent", 2023, 2024, 1.0),
            ("growth", 8.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (238.4 / 212.6) ** (1 / 1) - 1 = 12.14% -> 12.1
            ("cagr|implied", "exact"),  # (92.1 / 96.3) ** (1 / 1) - 1 = -4.36% -> -4.4
            ("cagr|implied", "exact"),  # (63.5 / 54.8) ** (1 / 1) - 1 = 15.88% -> 15.9
            ("cagr|implied", "exact"),  # (394.0 / 363.7) ** (1 / 1) - 1 = 8.33% -> 8.3
            ("hierarchy", "exact"),  # 2023: 212.6 + 96.3 + 54.8 = 363.7
            ("hierarchy", "exact"),  # 2024: 238.4 + 92.1 + 63.5 = 394.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 8, 'rounding': 11, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '📈 $1.2B (2024) ➡️ $4.1B (2030)',
    'CAGR: 22.7%',
    '#micromobility',
    '/PRNewswire/',
    'Key figures:',
    '• 2024 market size: US$2.34 billion',
    '• Growth, 2023-2024: 24.5%',
    'USD 118 million (INR 980 crore)',
    'INR 3,420 crore',
    'a CAGR of 23.2% during 2024-2030',
    'We estimate the market we serve',
    'the fiscal year ended March 31, 2025',
    'in fiscal 2024',
    'compounding at roughly 22% a year',
    '$640-million market',
    '$210-million segment',
    'one-and-a-half billion dollars',
    'EUR 46.2 million (DKK 345 million)',
    'a 62% share of the market',
    '$386 million[3]',
    'grew 21%²',
    'Notes:',
    'Correction:',
    'The correct figure is US$58.4 million',
    '【市场规模】',
    '【细分结构】',
    '占比42%',
    '我们预计',
    '2024-2030E对应CAGR为23.6%',
    '目标价',
    '比上年增长15.5%',
    '增长10%以上',
    '台幣18.6億元',
    '年增23%',
    '預估今年',
    '港幣3.24億元',
    '按年上升16.8%',
    '8.6億美元',
    '約合人民幣62億元',
    '年複合增長率',
    '大概在12亿元左右',
    '青木咨询',
    '编辑于',
    '(US$ bn)',
    'Exhibit 7',
    '2030E',
    '| Year |',
    '| CAGR 2022-24 |',
    '902.6*',
    '* estimate',
    '单位：亿元',
    '同比',
    '2026E',
    '單位：億日圓',
    '2025(預估)',
    '年度',
    '合計',
    'INDUSTRY OVERVIEW',
    'According to',
    'from 2019 to 2024',
    'from 2024 to 2029E',
    'FY2024 (ending March 2025)',
    '¥14.2 billion',
    'trillion-dollar opportunity',
    'roughly 24% a year',
    'EUR 870 m',
    '0.4 USD bn',
    '1/ Thread',
    '2/ ',
    '3/ ',
    'written answer',
    'Answered by Lord Pemberton',
    '£46m',
    '£0.21bn',
    '$2,400 million',
    '$3.2 billion',
    'episode 88',
    'this year',
    'next year',
    'last year',
    '行业概览',
    '根据弗若斯特沙利文的资料',
    '2019年至2024年的复合年增长率',
    '万亿元',
    '占GDP比重',
    '法說會',
    '億元新台幣',
    '年增率',
    '亿美元',
    '估值',
    '融资',
    '统计公报',
    '增速比上年提高',
    '个百分点',
    '百萬港元',
    '按年增長',
    '各位觀眾',
    '去年',
    '今年',
    '預估',
    'Segment,2024,2025E,2030F,CAGR 2024-30',
    '"1,642.8"',
    'Total addressable market',
    '2027E',
    '单位：亿美元',
    '占比',
    '|---|---|---|',
    '(3.2%)',
    'Growth',
    '按年變動(%)',
    '總計',
    '合计',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 186
#: figures, 63 rates, 86 verdicts and 3 false inconsistent
FLOORS = {"figures_found": 186, "rates_found": 63, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 3
