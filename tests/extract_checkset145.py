"""A hundred-and-forty-fifth check set for the extractor, written blind: AI in energy and utilities: grid forecasting and
dispatch software, predictive maintenance for power plants and wind farms, AI for oil and gas exploration and
refineries, smart-meter analytics, virtual power plants, battery and EV-charging optimisation, sized in money by
energy research firms, utilities' associations, brokers, provincial energy plans, grid companies' white papers,
Japanese, Korean, Nordic and Taiwanese consultancies. Distractors a careful reader leaves out: gigawatts,
megawatt-hours, barrels, carbon tonnes saved, meters installed, a utility's own revenue or capex, power prices, a
quarter's figures, the whole energy market or the whole grid investment beside the AI part.

Snippets 1-20: AI in energy and utilities: eight English prose pieces (a dated Nordic consultancy press release, a
broker initiation note with a price target, a Houston news article quoting two research firms, an earnings-call
transcript sizing a virtual-power-plant TAM, a utilities' association yearbook, a storage research note with a revised
figure and a range, a Tokyo news item in yen and fiscal years, a LinkedIn-style post with a quarter's figure and a
change of scale), seven Chinese prose pieces (a Simplified provincial plan with a 力争 target and 增长2倍, a grid white
paper with a share and the whole grid investment beside it, a Simplified broker report with a price target, revenue
and margin, a Simplified wind O&M yearbook with a contradicted rate, and three Traditional Chinese pieces: a Taipei
news report in 新台幣億元, a Hong Kong press release in 億港元 with 去年/今年, a Taiwan article quoting two research houses with
an inferred-span CAGR) and five tables (a markdown pipe table with E/F columns and a total row that misses the rows'
sum by one, a space-aligned vertical table whose rows are years with a YoY column and a CAGR note, a Simplified
Chinese tab-separated table with a 合计 row, a space-aligned yen table in fiscal years with a CAGR column, and a
markdown table of shares converted from won). Distractors: gigawatts, GWh, barrels, tonnes, meter counts, power
prices, a quarter's figures, company revenue, margins and capex, price targets and upside, survey counts and answers,
issue and exhibit numbers, a second publisher's figure, a superseded estimate, penetration rates, fractions in words,
and amounts in won.

Snippets 21-40: AI in energy and utilities: eight English prose excerpts (an earnings call sizing its addressable
market beside its own quarterly revenue and guidance range, a journal abstract with an offshore share, a social-media
thread with a multiple and an inferred CAGR, a Nordic annual report whose later figure switches from EUR million to
EUR billion, a broker note whose year-on-year rate contradicts its amounts, investor-day slide bullets with a share
that only rounding reaches, a corrected Japanese news page in yen by fiscal year, a forum answer that sets a won
figure aside); seven Chinese prose excerpts (a provincial action plan with 增长3倍 and a target, a grid white paper with
a segment share, a Taiwanese news report in 新台幣億元, a broker report beside a second publisher's figure, a Hong Kong
report in 億港元 whose CAGR is inconsistent, a Zhihu answer with 去年/今年/明年, a Taiwanese offshore-wind piece with a range);
and five tables (a markdown table with E/F columns and a total that only rounding reaches, a tab-separated vertical
table in yen with a lone unit column and a YoY column, a space-aligned Chinese table of shares of a total, a
space-aligned Nordic table with a CAGR column, a markdown regional table with a share column). Distractors: gigawatts,
TWh, barrels a day, carbon tonnes, power prices per MWh/kWh, utilities' capex, a company's own revenue, guidance,
margin and quarter, grid investment and generating capacity beside the AI part, price targets and upside, survey and
firm counts, report, table, volume and issue numbers, plan title years, shares in words, a corrected figure and a
second publisher's figure.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated press release from a Nordic consultancy (EUR billion); a rounded headline figure beside the precise one,
    #    a part with its share, a stated-span CAGR. Nowhere: 62 GW, 140 utilities, 22 countries, the headline "EUR 1.4".
    dict(
        text=(
            "OSLO, 12 March 2025 -- Utilities across Europe are now spending close to EUR 1.4 billion a year on "
            "artificial intelligence for running their grids, according to a study published today by Nordvik Energy "
            "Insight. The Oslo-based consultancy puts the European market for AI-driven grid forecasting and dispatch "
            "software at EUR 1.42 billion in 2024, an 18% increase on the EUR 1.20 billion spent a year earlier. "
            "Transmission system operators accounted for EUR 0.54 billion, or 38% of the total, with distribution "
            "operators and independent aggregators making up the rest. Nordvik expects the market to reach EUR 3.9 "
            "billion in 2030, a compound annual growth rate of 18.3% between 2024 and 2030. The study draws on "
            "interviews with 140 utilities in 22 countries and notes that Europe connected some 62 GW of new wind and "
            "solar capacity last year, much of it on congested distribution networks."
        ),
        obs=[
            ("Total", 2023, 1.20, "EUR billion", "actual"),
            ("Total", 2024, 1.42, "EUR billion", "actual"),
            ("Transmission system operators", 2024, 0.54, "EUR billion", "actual"),
            ("Total", 2030, 3.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.20 - 1 = 18.33% -> 18
            ("arithmetic", "exact"),    # 0.54 / 1.42 = 38.03% -> 38
            ("cagr|implied", "exact"),  # (3.9 / 1.42) ** (1 / 6) - 1 = 18.34% -> 18.3
        ],
    ),
    # 2. Broker initiation note dated October 2024 (USD bn): 2024E is an estimate, a rate the rounded amounts only
    #    reach at their bounds. Nowhere: Vestas' service revenue, Q2 awards, price target and upside, "a quarter of".
    dict(
        text=(
            "Wind O&M goes digital: AI moves from pilot to P&L | Initiation of coverage | 9 October 2024\n"
            "We size the global market for AI-based predictive maintenance in wind farms at USD 1.9bn in 2024E, "
            "up 18% from USD 1.6bn in 2023, and forecast USD 4.6bn by 2029E (19% CAGR, 2024-29E). Roughly a quarter of "
            "the installed onshore fleet is already covered by some form of condition-monitoring analytics. OEMs' "
            "own service books are excluded from our sizing: Vestas alone reported EUR 3.9bn of service revenue in "
            "2023. Q2 2024 contract awards reached a record USD 310m. We initiate at Buy with a price target of "
            "USD 48, implying 27% upside."
        ),
        obs=[
            ("Total", 2023, 1.6, "USD billion", "actual"),
            ("Total", 2024, 1.9, "USD billion", "estimate"),
            ("Total", 2029, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.9 / 1.6 - 1 = 18.75% -> 19, not 18; bounds 1.85 / 1.65 - 1 = 12.12%
                                           # .. 1.95 / 1.55 - 1 = 25.81%: 18 reached only at the bounds
            ("cagr|implied", "exact"),     # (4.6 / 1.9) ** (1 / 5) - 1 = 19.34% -> 19
        ],
    ),
    # 3. Houston news article quoting two research firms; a second market named beside the first.
    #    Nowhere: Meridian's USD 3.4 billion, the oil price, 2,900 wells.
    dict(
        text=(
            "HOUSTON, June 4, 2025 (Energy Wire) - Oil companies are stepping up spending on artificial intelligence for "
            "exploration even with Brent hovering near $65 a barrel. Petrolytix Research valued the market for AI in "
            "oil and gas exploration at USD 2.8 billion in 2024 and expects it to reach USD 6.3 billion in 2030, a "
            "compound annual growth rate of 14.5% between 2024 and 2030. Meridian Analytics, which counts drilling "
            "automation as well, put the 2024 market at USD 3.4 billion. Refinery optimisation software, a separate "
            "market Petrolytix also tracks, was worth USD 1.1 billion in 2024. Operators spudded about 2,900 offshore "
            "wells worldwide last year, the firm said."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2030, 6.3, "USD billion", "estimate"),
            ("Refinery optimisation software", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.3 / 2.8) ** (1 / 6) - 1 = 14.47% -> 14.5
        ],
    ),
    # 4. Earnings-call transcript: the TAM the company sizes is the market (Total); "about $4 billion this year" is
    #    the dateline's year, an estimate; a multiple between two years. Nowhere: revenue, 34%, 3.1 GW, 140 customers, Q4.
    dict(
        text=(
            "Gridwise Energy Q4 2024 earnings call, February 26, 2025. Dana Holt, CEO: Thanks, everyone. Revenue "
            "for the full year came in at $212 million, up 34%, and we exited the year with 3.1 gigawatts of flexible "
            "capacity under management across 140 utility customers. Now, when we size the opportunity, we see the "
            "total addressable market for virtual power plant orchestration software at about $4 billion this year, "
            "and we think it gets to $11 billion by 2030 -- roughly 2.75x where it is today. Q4 bookings were the "
            "strongest in our history."
        ),
        obs=[
            ("Total", 2025, 4, "USD billion", "estimate"),
            ("Total", 2030, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.75, "multiple", 2025, 2030, 5.0),  # 11 / 4 = 2.75; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 5. Utilities' association yearbook (GBP million): a stated rate the printed amounts contradict (the yearbook
    #    likely compared against a rebased 2023 figure), and a part with its share.
    #    Nowhere: the yearbook's title year, chapter number, 36.4 million meters, 24.5p/kWh.
    dict(
        text=(
            "Energy Networks Data Yearbook 2025, Chapter 4: Smart-meter data. Member companies spent GBP 310 million "
            "on smart-meter data analytics in 2024, up 21% on the GBP 268 million recorded for 2023. AI load "
            "forecasting accounted for GBP 118 million of this, 38% of the total, with billing analytics and "
            "theft detection the next largest uses. By the end of 2024, 36.4 million smart and advanced meters were "
            "operating in Great Britain; the average household unit rate over the year was 24.5p/kWh."
        ),
        obs=[
            ("Total", 2023, 268, "GBP million", "actual"),
            ("Total", 2024, 310, "GBP million", "actual"),
            ("AI load forecasting", 2024, 118, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 310 / 268 - 1 = 15.67%; bounds 309.5 / 268.5 - 1 = 15.27% ..
                                               # 310.5 / 267.5 - 1 = 16.07%: 21 never reached
            ("arithmetic", "exact"),           # 118 / 310 = 38.06% -> 38
        ],
    ),
    # 6. Storage research note: a revised 2024 figure (the superseded USD 0.87bn is expected nowhere), a YoY rate and
    #    a 2030 range (two value claims, no single observation). Nowhere: 69 GW / 169 GWh, the tolling price.
    dict(
        text=(
            "Storage software update, 18 February 2025. We have raised our estimate of the 2024 market for AI-driven "
            "battery energy-storage optimisation software to USD 0.92bn (previously USD 0.87bn), a 31% rise from "
            "USD 0.70bn in 2023, as trading algorithms spread from Australia and Texas into Europe. For 2030 we now see "
            "USD 3.1-3.6bn, depending on how quickly ancillary-service markets open to batteries. Global grid-scale "
            "deployments reached 69 GW / 169 GWh in 2024, and two-year tolling contracts in Germany cleared at around "
            "EUR 110/kW-year."
        ),
        obs=[
            ("Total", 2023, 0.70, "USD billion", "actual"),
            ("Total", 2024, 0.92, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("value", 3.1, "USD billion", 2030, 2030, None),
            ("value", 3.6, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 0.92 / 0.70 - 1 = 31.43% -> 31
        ],
    ),
    # 7. Tokyo news item in yen and fiscal years: a YoY rate the amounts reach only at their bounds, a stated CAGR.
    #    Nowhere: the ¥2.9 trillion grid-upgrade budget, 87 plants.
    dict(
        text=(
            "TOKYO, July 16, 2025 -- The domestic market for AI-based predictive maintenance at thermal, nuclear and "
            "hydroelectric plants grew 12.3% to ¥48.6 billion in fiscal 2024, from ¥43.3 billion a year earlier, "
            "Fuji Kaiyo Research said on Wednesday. The Tokyo think tank forecasts ¥102 billion in fiscal 2030, an "
            "average annual growth of 13.2% between fiscal 2024 and 2030, as ageing coal and gas units are kept "
            "running as backup. Its survey covered 87 plants. Separately, the ten regional utilities plan to spend "
            "about ¥2.9 trillion on grid upgrades over the period."
        ),
        obs=[
            ("Total", 2023, 43.3, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2030, 102, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("cagr", 13.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 43.3 - 1 = 12.24% -> 12.2, not 12.3; bounds 48.55 / 43.35 - 1 =
                                           # 11.995% .. 48.65 / 43.25 - 1 = 12.486%: 12.3 reached
            ("cagr|implied", "exact"),     # (102 / 48.6) ** (1 / 6) - 1 = 13.15% -> 13.2
        ],
    ),
    # 8. Analyst's social-media post dated January 2025: "last year" 2024 actual, "this year" 2025 estimate, a later
    #    figure in EUR billion converted to the series' EUR million, a multiple in words.
    #    Nowhere: the Q4 figure, the 62% penetration rate.
    dict(
        text=(
            "Posted 14 January 2025. Three numbers on smart charging in Europe. Spending on AI-based EV-charging "
            "optimisation software hit EUR 340 million last year - more than fivefold the EUR 62 million of 2020. "
            "We expect a 26% jump to EUR 430 million this year, and the market should pass EUR 1.2 billion by 2030. "
            "In Q4 alone, charge-point operators committed EUR 96 million. (For context: 62% of public chargers in "
            "the EU now run some form of smart scheduling.)"
        ),
        obs=[
            ("Total", 2020, 62, "EUR million", "actual"),
            ("Total", 2024, 340, "EUR million", "actual"),
            ("Total", 2025, 430, "EUR million", "estimate"),
            ("Total", 2030, 1200, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2020, 2024, 4.0),  # 340 / 62 = 5.48, printed "more than fivefold"
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 430 / 340 - 1 = 26.47% -> 26
        ],
    ),
    # 9. Simplified Chinese provincial plan: a 力争突破 target (estimate), 增长2倍以上 kept as x2, a YoY rate.
    #    Nowhere: the plan's title years, 1200万千瓦, 10个示范项目.
    dict(
        text=(
            "2025年3月，江苏省能源局印发《江苏省能源领域人工智能应用行动方案（2025—2027年）》。方案提出，到2027年，"
            "全省能源领域人工智能应用市场规模力争突破120亿元，较2023年的38亿元增长2倍以上；新型储能装机规模达到"
            "1200万千瓦，建成10个以上省级虚拟电厂示范项目。据省能源局统计，2024年全省能源人工智能应用市场规模"
            "已达52亿元，同比增长36.8%。"
        ),
        obs=[
            ("Total", 2023, 38, "CNY 100 million", "actual"),
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),  # 增长2倍以上 keeps 2 (120 / 38 = 3.16 times the base)
            ("growth", 36.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52 / 38 - 1 = 36.84% -> 36.8
        ],
    ),
    # 10. Simplified Chinese grid white paper: 约 figure at its printed value, a part with its share, a stated CAGR
    #     the amounts reach only at their bounds. Nowhere: white paper title year, 6083亿元 grid investment and its 15.3%.
    dict(
        text=(
            "国网能源研究院近日发布的《电力人工智能发展白皮书（2025）》显示，2024年我国电力调度与负荷预测AI软件"
            "市场规模约为86.4亿元，其中省级调度平台35.4亿元，占比41%。白皮书预计，到2028年该市场规模将达到215亿元，"
            "2024—2028年年均复合增长率为25.5%。同期，全国电网工程完成投资6083亿元，同比增长15.3%。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("省级调度平台", 2024, 35.4, "CNY 100 million", "actual"),
            ("Total", 2028, 215, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 35.4 / 86.4 = 40.97% -> 41
            ("cagr|implied", "rounding"),  # (215 / 86.4) ** (1 / 4) - 1 = 25.60% -> 25.6, not 25.5; bounds
                                           # (214.5 / 86.45) ** 0.25 - 1 = 25.51% .. (215.5 / 86.35) ** 0.25 - 1 = 25.69%
        ],
    ),
    # 11. Traditional Chinese Taipei news report in 新台幣億元: YoY rate, 可望突破 target, stated-span CAGR.
    #     Nowhere: the reporter's date, the 5645億元 grid programme, 300萬戶 meters.
    dict(
        text=(
            "【記者林冠宇／台北報導】工研院產科國際所2025年3月18日指出，2024年台灣智慧電網AI應用產值達新台幣182億元，"
            "較2023年的158億元年增15.2%；受惠台電強化電網韌性建設計畫，預估2026年產值可望突破260億元，"
            "2024至2026年年複合成長率約19.5%。台電該計畫十年將投入5645億元，智慧電表則已布建逾300萬戶。"
        ),
        obs=[
            ("Total", 2023, 158, "TWD 100 million", "actual"),
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2026, 260, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 158 - 1 = 15.19% -> 15.2
            ("cagr|implied", "exact"),  # (260 / 182) ** (1 / 2) - 1 = 19.52% -> 19.5
        ],
    ),
    # 12. Traditional Chinese Hong Kong press release in 億港元 dated April 2025: 去年 = 2024 actual, 今年 = 2025
    #     estimate, a part with its share. Nowhere: 62間機構, 七成 (a survey answer in words), 兩年內.
    dict(
        text=(
            "（2025年4月8日，香港）香港能源科技協會今日發表年度調查報告。報告指出，去年本港電力及燃氣公用事業在"
            "人工智能應用方面的支出達12.6億港元，較2023年的11.2億港元增長12.5%；其中電網負荷預測及調度為4.4億港元，"
            "約佔整體35%。協會預計今年相關支出將增至14.8億港元，按年增長約17.5%。是次調查訪問了62間機構，"
            "約七成受訪者表示計劃於兩年內擴大人工智能預算。"
        ),
        obs=[
            ("Total", 2023, 11.2, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("電網負荷預測及調度", 2024, 4.4, "HKD 100 million", "actual"),
            ("Total", 2025, 14.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
            ("growth", 17.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.6 / 11.2 - 1 = 12.50% -> 12.5
            ("arithmetic", "exact"),    # 4.4 / 12.6 = 34.92% -> 35
            ("cagr|implied", "exact"),  # 14.8 / 12.6 - 1 = 17.46% -> 17.5
        ],
    ),
    # 13. Traditional Chinese article quoting two research houses: the first (MIC) gives base, target and rate; a
    #     CAGR whose span only its amounts' years give (inferred). Nowhere: 拓墣's 26億元, the 8-12元 charging fee, 三成.
    dict(
        text=(
            "（2025年5月）電動車充電管理AI軟體市場快速成長。資策會產業情報研究所（MIC）估計，2024年台灣電動車充電"
            "管理AI軟體市場規模為新台幣21.5億元，預估2028年將達58億元，年複合成長率達28%。不過，另一家研調機構"
            "拓墣產業研究院則估計2024年市場規模為新台幣26億元。目前公共充電服務費每度約新台幣8元至12元，"
            "尖峰時段充電量較離峰高出約三成。"
        ),
        obs=[
            ("Total", 2024, 21.5, "TWD 100 million", "actual"),
            ("Total", 2028, 58, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58 / 21.5) ** (1 / 4) - 1 = 28.16% -> 28
        ],
    ),
    # 14. Simplified Chinese broker report: 有望 estimate, CAGR with printed span.
    #     Nowhere: 约占四成, crude and gas output, 目标价, 上涨空间, the company's revenue and gross margin, the date.
    dict(
        text=(
            "【华信证券·计算机行业深度报告】油气AI：勘探开发智能化进入放量期（2025年5月20日）\n"
            "我们测算，2024年国内油气勘探开发AI市场规模为46亿元，2027年有望达到98亿元，2024—2027年CAGR为28.7%。"
            "其中地震资料智能解释约占四成，是最大的细分环节。2024年国内原油产量2.13亿吨，天然气产量2464亿立方米，"
            "增储上产对智能化的需求持续提升。维持公司“买入”评级，目标价38.5元，较现价有26%上涨空间；"
            "公司2024年实现营业收入18.6亿元，毛利率52.3%。"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2027, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (98 / 46) ** (1 / 3) - 1 = 28.67% -> 28.7
        ],
    ),
    # 15. Simplified Chinese association yearbook: a YoY rate its printed amounts contradict (likely a typo for 16.7),
    #     较2020年增长3倍 as x3 (the 2020 amount is not printed). Nowhere: 5.21亿千瓦, 126家, the yearbook's title year.
    dict(
        text=(
            "《中国风电运维发展年鉴2025》第三章指出，2024年全国风电运维AI服务市场规模达到27.3亿元"
            "（2023年为23.4亿元），同比增长18.6%，较2020年增长3倍。截至2024年底，全国风电累计并网装机容量"
            "5.21亿千瓦；年鉴编写组调研的126家风电场中，多数已部署齿轮箱和叶片故障预警模型。"
        ),
        obs=[
            ("Total", 2023, 23.4, "CNY 100 million", "actual"),
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 27.3 / 23.4 - 1 = 16.67%; bounds 27.25 / 23.45 - 1 = 16.20% ..
                                               # 27.35 / 23.35 - 1 = 17.13%: 18.6 never reached
        ],
    ),
    # 16. Markdown pipe table, years as columns with E/F columns and a total row; the 2025E total misses the rows'
    #     sum by one (rounding). Nowhere: the exhibit number, n=212.
    dict(
        text=(
            "Exhibit 7: North America - AI software spend in utilities by application (USD million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2026F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Grid forecasting & dispatch | 412 | 498 | 603 | 731 |\n"
            "| Predictive maintenance | 356 | 421 | 497 | 588 |\n"
            "| Smart-meter analytics | 228 | 259 | 294 | 331 |\n"
            "| Virtual power plants | 97 | 141 | 203 | 286 |\n"
            "| Total | 1,093 | 1,319 | 1,598 | 1,936 |\n"
            "\n"
            "Note: E = estimate, F = forecast. Figures are rounded, so totals may not add. "
            "Source: Cascade Grid Analytics utility survey (n=212)."
        ),
        obs=[
            ("Grid forecasting & dispatch", 2023, 412, "USD million", "actual"),
            ("Grid forecasting & dispatch", 2024, 498, "USD million", "actual"),
            ("Grid forecasting & dispatch", 2025, 603, "USD million", "estimate"),
            ("Grid forecasting & dispatch", 2026, 731, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 356, "USD million", "actual"),
            ("Predictive maintenance", 2024, 421, "USD million", "actual"),
            ("Predictive maintenance", 2025, 497, "USD million", "estimate"),
            ("Predictive maintenance", 2026, 588, "USD million", "estimate"),
            ("Smart-meter analytics", 2023, 228, "USD million", "actual"),
            ("Smart-meter analytics", 2024, 259, "USD million", "actual"),
            ("Smart-meter analytics", 2025, 294, "USD million", "estimate"),
            ("Smart-meter analytics", 2026, 331, "USD million", "estimate"),
            ("Virtual power plants", 2023, 97, "USD million", "actual"),
            ("Virtual power plants", 2024, 141, "USD million", "actual"),
            ("Virtual power plants", 2025, 203, "USD million", "estimate"),
            ("Virtual power plants", 2026, 286, "USD million", "estimate"),
            ("Total", 2023, 1093, "USD million", "actual"),
            ("Total", 2024, 1319, "USD million", "actual"),
            ("Total", 2025, 1598, "USD million", "estimate"),
            ("Total", 2026, 1936, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412 + 356 + 228 + 97 = 1093
            ("hierarchy", "exact"),     # 2024: 498 + 421 + 259 + 141 = 1319
            ("hierarchy", "rounding"),  # 2025E: 603 + 497 + 294 + 203 = 1597 vs 1598; bounds 1595 .. 1599 (four rows
                                        # at +/-0.5), total 1597.5 .. 1598.5: reached
            ("hierarchy", "exact"),     # 2026F: 731 + 588 + 331 + 286 = 1936
        ],
    ),
    # 17. Space-aligned vertical table (rows are years) with a lone column headed by its unit (Total), a YoY column
    #     and a CAGR note. Nowhere: issue 11, the EUR 410 million balancing-market revenues.
    dict(
        text=(
            "Nordic virtual power plant & flexibility software market\n"
            "Fjordlys Consulting, Nordic Flex Monitor, issue 11 (May 2025)\n"
            "\n"
            "Year       EUR million    YoY, %\n"
            "2021              38.0         -\n"
            "2022              51.5      35.5\n"
            "2023              66.2      28.5\n"
            "2024              84.9      28.3\n"
            "2025E            106.0      24.9\n"
            "2026E            129.5      22.2\n"
            "\n"
            "CAGR 2021-2026E: 27.8%. Excludes hardware, metering and the aggregators' own balancing-market revenues "
            "(EUR 410 million in 2024)."
        ),
        obs=[
            ("Total", 2021, 38.0, "EUR million", "actual"),
            ("Total", 2022, 51.5, "EUR million", "actual"),
            ("Total", 2023, 66.2, "EUR million", "actual"),
            ("Total", 2024, 84.9, "EUR million", "actual"),
            ("Total", 2025, 106.0, "EUR million", "estimate"),
            ("Total", 2026, 129.5, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2021, 2022, 1.0),
            ("growth", 28.5, "percent", 2022, 2023, 1.0),
            ("growth", 28.3, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2024, 2025, 1.0),
            ("growth", 22.2, "percent", 2025, 2026, 1.0),
            ("cagr", 27.8, "percent", 2021, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 51.5 / 38.0 - 1 = 35.53% -> 35.5
            ("cagr|implied", "exact"),     # 66.2 / 51.5 - 1 = 28.54% -> 28.5
            ("cagr|implied", "rounding"),  # 84.9 / 66.2 - 1 = 28.25% -> 28.2, not 28.3; bounds 84.85 / 66.25 - 1 =
                                           # 28.08% .. 84.95 / 66.15 - 1 = 28.42%: 28.3 reached
            ("cagr|implied", "exact"),     # 106.0 / 84.9 - 1 = 24.85% -> 24.9
            ("cagr|implied", "exact"),     # 129.5 / 106.0 - 1 = 22.17% -> 22.2
            ("cagr|implied", "exact"),     # (129.5 / 38.0) ** (1 / 5) - 1 = 27.79% -> 27.8
        ],
    ),
    # 18. Simplified Chinese tab-separated table, years as columns with E columns and a 合计 row.
    #     Nowhere: the table number 3-2, the title's years.
    dict(
        text=(
            "表3-2　2022—2026年中国电力人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\t2026E\n"
            "负荷预测\t14.6\t19.8\t26.3\t34.1\t43.5\n"
            "设备预测性维护\t11.2\t14.9\t19.6\t25.8\t33.0\n"
            "智能调度\t8.4\t11.7\t16.2\t22.0\t29.4\n"
            "虚拟电厂\t2.1\t4.3\t7.9\t13.6\t21.2\n"
            "合计\t36.3\t50.7\t70.0\t95.5\t127.1\n"
            "注：E为预测值；不含电力硬件及通信设备。资料来源：中电联，课题组整理。"
        ),
        obs=[
            ("负荷预测", 2022, 14.6, "CNY 100 million", "actual"),
            ("负荷预测", 2023, 19.8, "CNY 100 million", "actual"),
            ("负荷预测", 2024, 26.3, "CNY 100 million", "actual"),
            ("负荷预测", 2025, 34.1, "CNY 100 million", "estimate"),
            ("负荷预测", 2026, 43.5, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2022, 11.2, "CNY 100 million", "actual"),
            ("设备预测性维护", 2023, 14.9, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 19.6, "CNY 100 million", "actual"),
            ("设备预测性维护", 2025, 25.8, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2026, 33.0, "CNY 100 million", "estimate"),
            ("智能调度", 2022, 8.4, "CNY 100 million", "actual"),
            ("智能调度", 2023, 11.7, "CNY 100 million", "actual"),
            ("智能调度", 2024, 16.2, "CNY 100 million", "actual"),
            ("智能调度", 2025, 22.0, "CNY 100 million", "estimate"),
            ("智能调度", 2026, 29.4, "CNY 100 million", "estimate"),
            ("虚拟电厂", 2022, 2.1, "CNY 100 million", "actual"),
            ("虚拟电厂", 2023, 4.3, "CNY 100 million", "actual"),
            ("虚拟电厂", 2024, 7.9, "CNY 100 million", "actual"),
            ("虚拟电厂", 2025, 13.6, "CNY 100 million", "estimate"),
            ("虚拟电厂", 2026, 21.2, "CNY 100 million", "estimate"),
            ("合计", 2022, 36.3, "CNY 100 million", "actual"),
            ("合计", 2023, 50.7, "CNY 100 million", "actual"),
            ("合计", 2024, 70.0, "CNY 100 million", "actual"),
            ("合计", 2025, 95.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 127.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 14.6 + 11.2 + 8.4 + 2.1 = 36.3
            ("hierarchy", "exact"),  # 2023: 19.8 + 14.9 + 11.7 + 4.3 = 50.7
            ("hierarchy", "exact"),  # 2024: 26.3 + 19.6 + 16.2 + 7.9 = 70.0
            ("hierarchy", "exact"),  # 2025E: 34.1 + 25.8 + 22.0 + 13.6 = 95.5
            ("hierarchy", "exact"),  # 2026E: 43.5 + 33.0 + 29.4 + 21.2 = 127.1
        ],
    ),
    # 19. Space-aligned yen table in fiscal years with F columns, a total row and a CAGR column (span printed in its
    #     header). Nowhere: the preparation date, the meter-hardware exclusion.
    dict(
        text=(
            "Japan: AI-based grid and metering analytics by buyer type (¥ billion)\n"
            "Prepared by Hoshizora Strategy Partners, June 2025\n"
            "\n"
            "Buyer type                     FY2023   FY2024   FY2025F   FY2030F   CAGR FY24-30 (%)\n"
            "General T&D utilities            18.4     22.1      26.3      58.0               17.4\n"
            "Retail electricity suppliers      6.2      7.9       9.6      24.5               20.8\n"
            "Aggregators                       3.1      4.6       6.5      21.8               29.7\n"
            "Total                            27.7     34.6      42.4     104.3               20.2\n"
            "\n"
            "Note: fiscal years begin in April. Meter hardware and communication networks are excluded."
        ),
        obs=[
            ("General T&D utilities", 2023, 18.4, "JPY billion", "actual"),
            ("General T&D utilities", 2024, 22.1, "JPY billion", "actual"),
            ("General T&D utilities", 2025, 26.3, "JPY billion", "estimate"),
            ("General T&D utilities", 2030, 58.0, "JPY billion", "estimate"),
            ("Retail electricity suppliers", 2023, 6.2, "JPY billion", "actual"),
            ("Retail electricity suppliers", 2024, 7.9, "JPY billion", "actual"),
            ("Retail electricity suppliers", 2025, 9.6, "JPY billion", "estimate"),
            ("Retail electricity suppliers", 2030, 24.5, "JPY billion", "estimate"),
            ("Aggregators", 2023, 3.1, "JPY billion", "actual"),
            ("Aggregators", 2024, 4.6, "JPY billion", "actual"),
            ("Aggregators", 2025, 6.5, "JPY billion", "estimate"),
            ("Aggregators", 2030, 21.8, "JPY billion", "estimate"),
            ("Total", 2023, 27.7, "JPY billion", "actual"),
            ("Total", 2024, 34.6, "JPY billion", "actual"),
            ("Total", 2025, 42.4, "JPY billion", "estimate"),
            ("Total", 2030, 104.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 29.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),        # FY2023: 18.4 + 6.2 + 3.1 = 27.7
            ("hierarchy", "exact"),        # FY2024: 22.1 + 7.9 + 4.6 = 34.6
            ("hierarchy", "exact"),        # FY2025F: 26.3 + 9.6 + 6.5 = 42.4
            ("hierarchy", "exact"),        # FY2030F: 58.0 + 24.5 + 21.8 = 104.3
            ("cagr|implied", "exact"),     # (58.0 / 22.1) ** (1 / 6) - 1 = 17.45% -> 17.4
            ("cagr|implied", "exact"),     # (24.5 / 7.9) ** (1 / 6) - 1 = 20.76% -> 20.8
            ("cagr|implied", "rounding"),  # (21.8 / 4.6) ** (1 / 6) - 1 = 29.60% -> 29.6, not 29.7; bounds
                                           # (21.75 / 4.65) ** (1/6) - 1 = 29.32% .. (21.85 / 4.55) ** (1/6) - 1 = 29.89%
            ("cagr|implied", "exact"),     # (104.3 / 34.6) ** (1 / 6) - 1 = 20.19% -> 20.2
        ],
    ),
    # 20. Markdown table from a Seoul consultancy, one year with a share column and a total row (its 100.0 is no
    #     claim). Nowhere: KRW 631 billion and KEPCO's KRW 1.2 trillion (won is not in the unit table).
    dict(
        text=(
            "Korea: AI spending in power and energy by application, 2024\n"
            "Hanbit Energy Consulting, Seoul; USD million, converted at the 2024 average exchange rate\n"
            "\n"
            "| Application | 2024 | Share (%) |\n"
            "|---|---:|---:|\n"
            "| Grid forecasting & dispatch | 182 | 39.3 |\n"
            "| Plant predictive maintenance | 146 | 31.5 |\n"
            "| Smart-meter analytics | 77 | 16.6 |\n"
            "| EV-charging optimisation | 58 | 12.5 |\n"
            "| Total | 463 | 100.0 |\n"
            "\n"
            "Note: in local currency the total is about KRW 631 billion. Shares may not sum to 100 because of "
            "rounding. KEPCO's own IT capex (KRW 1.2 trillion) is excluded."
        ),
        obs=[
            ("Grid forecasting & dispatch", 2024, 182, "USD million", "actual"),
            ("Plant predictive maintenance", 2024, 146, "USD million", "actual"),
            ("Smart-meter analytics", 2024, 77, "USD million", "actual"),
            ("EV-charging optimisation", 2024, 58, "USD million", "actual"),
            ("Total", 2024, 463, "USD million", "actual"),
        ],
        claims=[
            ("share", 39.3, "percent", 2024, 2024, None),
            ("share", 31.5, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 12.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 182 / 463 = 39.31% -> 39.3
            ("arithmetic", "exact"),  # 146 / 463 = 31.53% -> 31.5
            ("arithmetic", "exact"),  # 77 / 463 = 16.63% -> 16.6
            ("arithmetic", "exact"),  # 58 / 463 = 12.53% -> 12.5
            ("hierarchy", "exact"),   # 182 + 146 + 77 + 58 = 463
        ],
    ),
    # 21. Earnings-call prepared remarks: the TAM the company sizes is Total; "this year" is an estimate.
    # Expected nowhere: own quarterly revenue and its 31%, 41 gigawatts, the $830-845 million guidance range.
    dict(
        text=(
            "Gridwise Analytics Inc. (NASDAQ: GRWA) Q3 2025 earnings call, November 6, 2025 - prepared remarks, "
            "CEO Dana Whitcombe: \"Revenue for the quarter came in at $212.4 million, up 31% year over year, and we "
            "now run forecasting and dispatch for 41 gigawatts of generation and storage. Stepping back to the "
            "opportunity: we size the total addressable market for AI-driven grid forecasting and dispatch software "
            "at $14 billion in 2024, roughly $16.5 billion this year, and $38 billion by 2030 - a compound annual "
            "growth rate of about 17% over 2024 to 2030. With that backdrop we are raising full-year revenue guidance "
            "to $830 million to $845 million.\""
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2025, 16.5, "USD billion", "estimate"),
            ("Total", 2030, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (38/14)**(1/6)-1 = 18.11% -> 18 != 17; bounds (37.5/14.5)**(1/6)-1 = 17.16%
                                           # to (38.5/13.5)**(1/6)-1 = 19.08%; 17.16 rounds to 17 -> rounding
        ],
    ),
    # 22. Research abstract: offshore part with its share of the whole; CAGR without a printed span (inferred).
    # Expected nowhere: volume/issue numbers, 142 operators, 19 countries, 1,021 GW / 1,900 GW, the 23% downtime cut.
    dict(
        text=(
            "Renewable Energy Analytics Review, Vol. 12, Issue 3 (2024). Abstract: Using a bottom-up model built from "
            "interviews with 142 wind-farm operators in 19 countries, we estimate that the global market for AI-based "
            "predictive maintenance in wind energy was valued at USD 1.86 billion in 2023, of which offshore wind "
            "accounted for USD 0.71 billion (38.2%). We project the market to reach USD 5.12 billion by 2029 "
            "(CAGR 18.4%), while the installed wind fleet grows from 1,021 GW to roughly 1,900 GW. Condition-based "
            "scheduling alone could cut unplanned downtime by 23%."
        ),
        obs=[
            ("Total", 2023, 1.86, "USD billion", "actual"),
            ("Offshore wind", 2023, 0.71, "USD billion", "actual"),
            ("Total", 2029, 5.12, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38.2, "percent", 2023, 2023, None),
            ("cagr", 18.4, "percent", 2023, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.71 / 1.86 = 38.17% -> 38.2
            ("cagr|period", "exact"),   # (5.12/1.86)**(1/6)-1 = 18.38% -> 18.4
        ],
    ),
    # 23. Social-media thread: "last year" = 2024 from the post date; a multiple and an inferred CAGR.
    # Expected nowhere: thread number 1/5, 30 GW enrolled capacity, $48/MWh wholesale price.
    dict(
        text=(
            "@gridnerd - 12 Mar 2025. Hot take, thread 1/5: VPP orchestration software - the AI layer, not the "
            "batteries and not the 30 GW of enrolled capacity - was a ~$1.2B market last year. My bet: $3B by 2027. "
            "That's 2.5x, or roughly 36% a year. (ERCOT wholesale prices averaging $48/MWh don't hurt.)"
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2027, 3, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2027, 3.0),
            ("cagr", 36, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (3/1.2)**(1/3)-1 = 35.72% -> 36
        ],
    ),
    # 24. Nordic annual report, market review: bracketed prior year; a later figure in EUR billion converted to
    # the series' EUR million. Expected nowhere: own net sales, capex, Nord Pool price per MWh.
    dict(
        text=(
            "Nordlys Metering Oyj - Annual Report 2024 (published 20 February 2025), Market review. According to our "
            "estimates, the Nordic market for AI-enabled smart-meter data analytics amounted to EUR 412 million in "
            "2024 (EUR 355 million in 2023), an increase of 16 percent. We expect the market to exceed EUR 0.6 billion "
            "in 2027 as distribution system operators move to 15-minute settlement. The Group's net sales rose to "
            "EUR 96.3 million and capital expenditure was EUR 14.1 million; the average Nord Pool system price fell to "
            "EUR 36 per MWh."
        ),
        obs=[
            ("Total", 2023, 355, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2027, 600, "EUR million", "estimate"),   # "exceed EUR 0.6 billion", converted
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412/355 - 1 = 16.06% -> 16
        ],
    ),
    # 25. Broker note: the 22% year-on-year rate contradicts its amounts (looks like a typo for 12%); the CAGR holds.
    # Expected nowhere: Brent $74/bbl, 1.2mn b/d, $58 price target and its 21% upside.
    dict(
        text=(
            "Halvorsen Securities | Equity Research | Oilfield Services | 3 June 2025. We estimate the AI-for-"
            "exploration software market (seismic interpretation, reservoir modelling, well placement) at $2.9bn in "
            "2024, up 22% from $2.6bn in 2023, and forecast $6.1bn by 2028, a 2024-28 CAGR of 20%. With Brent at "
            "$74/bbl and 1.2mn b/d of new deepwater supply sanctioned, we reiterate Buy with a $58 price target "
            "(21% upside)."
        ),
        obs=[
            ("Total", 2023, 2.6, "USD billion", "actual"),
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2028, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 2.9/2.6 - 1 = 11.54%; bounds 2.85/2.65-1 = 7.55% to 2.95/2.55-1 = 15.69%;
                                               # 22 unreachable -> inconsistent
            ("cagr|implied", "exact"),         # (6.1/2.9)**(1/4)-1 = 20.43% -> 20
        ],
    ),
    # 26. Investor-day slide bullets: TAM (Total) and two parts, all 2025E estimates; the 36% share is reached only
    # by rounding. Expected nowhere: own revenue guide range, gross margin, "9 of top 10" customers, slide number.
    dict(
        text=(
            "Voltaic Systems Investor Day 2025 (September 16, 2025) - Slide 14: Battery & EV-charging optimisation\n"
            "- Addressable market 2025E: $4.8B -> 2030E: $13.5B\n"
            "- ~23% CAGR, 2025E-2030E\n"
            "- Charging-optimisation software: $1.7B (36% of 2025E TAM)\n"
            "- Fleet battery analytics: $3.1B\n"
            "- Our FY2025 revenue guide: $390-410M; gross margin 68%\n"
            "- 9 of the top 10 US utilities are customers"
        ),
        obs=[
            ("Total", 2025, 4.8, "USD billion", "estimate"),
            ("Total", 2030, 13.5, "USD billion", "estimate"),
            ("Charging-optimisation software", 2025, 1.7, "USD billion", "estimate"),
            ("Fleet battery analytics", 2025, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2025, 2030, None, "stated"),
            ("share", 36, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.5/4.8)**(1/5)-1 = 22.98% -> 23
            ("arithmetic", "rounding"), # 1.7/4.8 = 35.42% -> 35 != 36; bounds 1.65/4.85 = 34.02% to 1.75/4.75 = 36.84%;
                                        # 36 reachable -> rounding
        ],
    ),
    # 27. News page with a correction: the corrected ¥84 billion is the figure, the ¥48 billion nowhere; fiscal years
    # count as their number. Expected nowhere: 212 companies surveyed, ¥11.2 per kWh, the headline's "tops ¥80 billion".
    dict(
        text=(
            "Japan's AI demand-forecasting market tops ¥80 billion - Nikkan Energy Wire, updated January 14, 2025. "
            "Correction: An earlier version of this article said the market was ¥48 billion in fiscal 2023; the "
            "correct figure is ¥84 billion. Tokyo-based Kasumi Research Institute estimates that spending by Japanese "
            "utilities and power retailers on AI demand and price forecasting reached ¥84 billion in fiscal 2023, up "
            "9.1% from ¥77 billion a year earlier. It projects ¥131 billion in fiscal 2026, more than 1.5 times the "
            "fiscal 2023 level. The institute surveyed 212 companies; JEPX spot prices averaged ¥11.2 per kWh."
        ),
        obs=[
            ("Total", 2022, 77, "JPY billion", "actual"),
            ("Total", 2023, 84, "JPY billion", "actual"),
            ("Total", 2026, 131, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.1, "percent", 2022, 2023, 1.0),
            ("multiple", 1.5, "multiple", 2023, 2026, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 84/77 - 1 = 9.09% -> 9.1
        ],
    ),
    # 28. Forum answer: a won figure is no observation; "this year" 2025 is an estimate; 26% reached only by rounding.
    # Expected nowhere: ₩420 billion, 82 million barrels a day, $8/bbl margins.
    dict(
        text=(
            "Re: Is AI in refineries actually a real market? - answered 2 Oct 2025 by crackspread. Short answer: yes, "
            "but smaller than the hype. A Seoul consultancy put Korean refiners' AI spend at ₩420 billion last year, "
            "but that's a local number. Globally, AI process-optimisation software for refineries (APC with ML, yield "
            "prediction, compressor health) was about $1.05bn in 2024 and should be about $1.31bn this year - roughly "
            "26% growth. For context, the plants in question run about 82 million barrels a day and margins were "
            "around $8/bbl."
        ),
        obs=[
            ("Total", 2024, 1.05, "USD billion", "actual"),
            ("Total", 2025, 1.31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.31/1.05 - 1 = 24.76% -> 25 != 26; bounds 1.305/1.055-1 = 23.70% to
                                           # 1.315/1.045-1 = 25.84%; 25.84 rounds to 26 -> rounding
        ],
    ),
    # 29. Provincial action plan (Simplified): a 2025 target (estimate), its 2021 base, 增长3倍 kept as x3.
    # Expected nowhere: title years 2022-2025, 2,000亿元 grid investment, 1,200万千瓦, 10家 firms.
    dict(
        text=(
            "（2022年5月）安徽省发展改革委、省能源局印发《安徽省能源领域数字化智能化发展行动方案（2022—2025年）》。"
            "方案提出，到2025年，全省能源领域人工智能应用产业规模力争达到120亿元，较2021年增长3倍；2021年全省该产业规模为30亿元。"
            "方案同时明确，“十四五”期间全省电网投资累计超过2000亿元，新增新能源装机1200万千瓦，培育10家以上能源人工智能骨干企业。"
        ),
        obs=[
            ("Total", 2021, 30, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2025, 4.0),
        ],
        verdicts=[],
    ),
    # 30. Grid white paper (Simplified): a segment with its share; a year-on-year rate with no base (no verdict).
    # Expected nowhere: report year in the title, 5,275亿元 grid investment, 29.2亿千瓦 capacity.
    dict(
        text=(
            "据国网能源研究院发布的《电力人工智能发展白皮书（2024年）》，2023年我国电力人工智能市场规模达到186亿元，同比增长27.4%。"
            "其中，输变电智能巡检规模约63亿元，占比约34%。白皮书预计，2026年市场规模将突破400亿元，"
            "2023—2026年年均复合增长率约29%。作为对比，2023年全国电网工程完成投资5275亿元，全国发电装机容量达到29.2亿千瓦。"
        ),
        obs=[
            ("Total", 2023, 186, "CNY 100 million", "actual"),
            ("输变电智能巡检", 2023, 63, "CNY 100 million", "actual"),
            ("Total", 2026, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2022, 2023, 1.0),
            ("share", 34, "percent", 2023, 2023, None),
            ("cagr", 29, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 63/186 = 33.87% -> 34
            ("cagr|implied", "exact"),  # (400/186)**(1/3)-1 = 29.08% -> 29
        ],
    ),
    # 31. Taiwanese news report (Traditional): 新台幣億元; 突破百億元 = 100; a multiple on the 2023 base.
    # Expected nowhere: Taipower capex, 14.3GW solar, 37 firms interviewed, the date.
    dict(
        text=(
            "【記者王怡婷／台北報導】2025年3月18日　台灣綠能智庫最新報告指出，2024年台灣能源領域AI軟體與服務市場規模達新台幣58.6億元，"
            "較2023年的49.6億元年增18.1%；該智庫預估，2027年可望突破新台幣百億元，約為2023年的2倍。"
            "報告也提到，台電2024年資本支出逾新台幣2,000億元，全台太陽光電累計裝置容量已達14.3GW，研究團隊共訪談37家業者。"
        ),
        obs=[
            ("Total", 2023, 49.6, "TWD 100 million", "actual"),
            ("Total", 2024, 58.6, "TWD 100 million", "actual"),
            ("Total", 2027, 100, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.6/49.6 - 1 = 18.15% -> 18.1
        ],
    ),
    # 32. Broker industry report (Simplified): its own base, target and rate are the figures; the consultancy's
    # 95亿元 for the same year is expected nowhere; CAGR without a printed span (inferred).
    # Expected nowhere: 3,000万千瓦, company revenue 12.3亿元, price target 45元 and 30% upside.
    dict(
        text=(
            "【电力设备行业深度报告｜2025年4月】我们测算，2024年我国虚拟电厂平台及AI调度软件市场规模约为78亿元，"
            "预计2027年将达到205亿元，年均复合增速约38%。另据某咨询机构统计，2024年该市场规模为95亿元，但其口径包含聚合终端硬件改造。"
            "截至2024年底，全国虚拟电厂可调节能力约3000万千瓦。公司2024年营业收入12.3亿元，给予目标价45元，对应上涨空间30%。"
        ),
        obs=[
            ("Total", 2024, 78, "CNY 100 million", "actual"),
            ("Total", 2027, 205, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (205/78)**(1/3)-1 = 38.00% -> 38
        ],
    ),
    # 33. Hong Kong report (Traditional): 億港元; the stated 15.8% CAGR contradicts its amounts (rebased series?);
    # 今年 = 2025 estimate. Expected nowhere: 約七成 share in words, CLP capex, 1.5港元 per unit, 30萬噸 carbon.
    dict(
        text=(
            "（香港經濟日報　2025年2月10日）本地顧問公司港能智庫發表報告指出，香港電力業界在AI預測性維護及電網分析方面的市場規模，"
            "由2022年的12.4億港元增至2024年的15.1億港元，2022至2024年間年均複合增長率達15.8%。報告預期今年市場規模可達17億港元左右，"
            "並估計中電與港燈兩大電力公司合共佔約七成支出。另外，中電2024年資本開支約115億港元，住宅電費每度約1.5港元，"
            "相關應用每年可減少碳排放約30萬噸。"
        ),
        obs=[
            ("Total", 2022, 12.4, "HKD 100 million", "actual"),
            ("Total", 2024, 15.1, "HKD 100 million", "actual"),
            ("Total", 2025, 17, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15.8, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (15.1/12.4)**(1/2)-1 = 10.35%; bounds (15.05/12.45)**0.5-1 = 9.95% to
                                               # (15.15/12.35)**0.5-1 = 10.76%; 15.8 unreachable -> inconsistent
        ],
    ),
    # 34. Zhihu answer (Simplified): 去年 = 2024 actual, 今年 = 2025 estimate, 明年 = 2026 estimate from the answer date.
    # Expected nowhere: the whole charging-service market (好几千亿元), the company's first-quarter revenue.
    dict(
        text=(
            "知乎 · 回答于 2025-06-21　谢邀。说说我了解的数字：去年国内充电桩智能运营与充电调度优化软件（不含桩体硬件）市场大概35亿元，"
            "今年应该能做到接近50亿元，同比增长约43%。明年如果V2G试点铺开，有机构预计能到70亿元以上。"
            "不过别把它和整个充电服务市场混为一谈，那个盘子一年好几千亿元。我们公司一季度这块收入才8000万元。"
        ),
        obs=[
            ("Total", 2024, 35, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
            ("Total", 2026, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 50/35 - 1 = 42.86% -> 43
        ],
    ),
    # 35. Taiwanese business news (Traditional): a part with its share; a 2026 range gives two value claims.
    # Expected nowhere: 3.0GW connected, 10GW target, 5.5元 feed-in tariff per kWh, 第三階段 round number.
    dict(
        text=(
            "（經濟日報／2025年8月5日）國內顧問業者風能智研估計，2024年台灣離岸風場AI預測性維護市場規模約新台幣7.8億元，"
            "其中葉片檢測約3.2億元、占41%；隨著第三階段區塊開發案陸續併網，預估2026年市場規模將介於新台幣12億至15億元之間。"
            "目前台灣離岸風電累計併網容量約3.0GW，政府目標2030年前再增加10GW；離岸風場躉購費率每度約5.5元。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("葉片檢測", 2024, 3.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("value", 12, "TWD 100 million", 2026, 2026, None),
            ("value", 15, "TWD 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 3.2/7.8 = 41.03% -> 41
        ],
    ),
    # 36. Markdown table, years as columns with E/F; rows add to the Total row (2030F only by rounding).
    # Expected nowhere: table number, the ~USD 400 billion global grid investment in the note.
    dict(
        text=(
            "Meridian Energy Research, May 2025\n"
            "Table 3. Global AI in grid forecasting and dispatch, by application (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2030F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Load forecasting | 612 | 731 | 868 | 1,946 |\n"
            "| Renewable generation forecasting | 455 | 566 | 702 | 1,842 |\n"
            "| Dispatch optimisation | 298 | 377 | 481 | 1,390 |\n"
            "| Total | 1,365 | 1,674 | 2,051 | 5,179 |\n"
            "Note: software and services only; SCADA hardware excluded. Global grid investment (~USD 400 billion in "
            "2024) is not included. Totals may not add due to rounding."
        ),
        obs=[
            ("Load forecasting", 2023, 612, "USD million", "actual"),
            ("Load forecasting", 2024, 731, "USD million", "actual"),
            ("Load forecasting", 2025, 868, "USD million", "estimate"),
            ("Load forecasting", 2030, 1946, "USD million", "estimate"),
            ("Renewable generation forecasting", 2023, 455, "USD million", "actual"),
            ("Renewable generation forecasting", 2024, 566, "USD million", "actual"),
            ("Renewable generation forecasting", 2025, 702, "USD million", "estimate"),
            ("Renewable generation forecasting", 2030, 1842, "USD million", "estimate"),
            ("Dispatch optimisation", 2023, 298, "USD million", "actual"),
            ("Dispatch optimisation", 2024, 377, "USD million", "actual"),
            ("Dispatch optimisation", 2025, 481, "USD million", "estimate"),
            ("Dispatch optimisation", 2030, 1390, "USD million", "estimate"),
            ("Total", 2023, 1365, "USD million", "actual"),
            ("Total", 2024, 1674, "USD million", "actual"),
            ("Total", 2025, 2051, "USD million", "estimate"),
            ("Total", 2030, 5179, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 612 + 455 + 298 = 1,365
            ("hierarchy", "exact"),     # 2024: 731 + 566 + 377 = 1,674
            ("hierarchy", "exact"),     # 2025E: 868 + 702 + 481 = 2,051
            ("hierarchy", "rounding"),  # 2030F: 1,946 + 1,842 + 1,390 = 5,178 != 5,179; rows at +/-0.5 each give
                                        # 5,176.5 to 5,179.5, which reaches 5,179 -> rounding
        ],
    ),
    # 37. Tab-separated vertical table (years as rows), a lone column headed by its unit only (Total, JPY billion),
    # a YoY column; FY2024's 17.6% reached only by rounding. FY2024 (to March 2025) actual at a July 2025 date.
    # Expected nowhere: the dash for FY2021's YoY, the note's April start.
    dict(
        text=(
            "Japan: AI-based predictive maintenance for power plants (thermal, hydro, wind), market size by fiscal year\n"
            "Source: Nihon Energy Insight, July 2025\n"
            "Fiscal year\t¥ billion\tYoY (%)\n"
            "FY2021\t18.2\t-\n"
            "FY2022\t21.9\t20.3\n"
            "FY2023\t26.4\t20.5\n"
            "FY2024\t31.0\t17.6\n"
            "FY2025E\t36.8\t18.7\n"
            "FY2026E\t43.1\t17.1\n"
            "Note: fiscal years begin in April. E = estimate. Excludes sensor hardware and O&M labour."
        ),
        obs=[
            ("Total", 2021, 18.2, "JPY billion", "actual"),
            ("Total", 2022, 21.9, "JPY billion", "actual"),
            ("Total", 2023, 26.4, "JPY billion", "actual"),
            ("Total", 2024, 31.0, "JPY billion", "actual"),
            ("Total", 2025, 36.8, "JPY billion", "estimate"),
            ("Total", 2026, 43.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.3, "percent", 2021, 2022, 1.0),
            ("growth", 20.5, "percent", 2022, 2023, 1.0),
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.7, "percent", 2024, 2025, 1.0),
            ("growth", 17.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 21.9/18.2 - 1 = 20.33% -> 20.3
            ("cagr|implied", "exact"),     # 26.4/21.9 - 1 = 20.55% -> 20.5
            ("cagr|implied", "rounding"),  # 31.0/26.4 - 1 = 17.42% -> 17.4 != 17.6; bounds 30.95/26.45-1 = 17.01% to
                                           # 31.05/26.35-1 = 17.84%; 17.6 reachable -> rounding
            ("cagr|implied", "exact"),     # 36.8/31.0 - 1 = 18.71% -> 18.7
            ("cagr|implied", "exact"),     # 43.1/36.8 - 1 = 17.12% -> 17.1
        ],
    ),
    # 38. Space-aligned Chinese table: one year (2024, in the title), shares of a total; the 100.0 total row is no
    # claim; the total row's label 合计 as printed. Expected nowhere: table number 表2, report title year 2025.
    dict(
        text=(
            "表2　2024年我国能源人工智能市场细分结构\n"
            "单位：亿元，%\n"
            "细分领域                规模      占比\n"
            "电网调度与负荷预测      96.5      32.4\n"
            "新能源功率预测          71.2      23.9\n"
            "发电设备预测性维护      58.9      19.8\n"
            "油气勘探与炼化          44.3      14.9\n"
            "其他                    27.1       9.1\n"
            "合计                   298.0     100.0\n"
            "注：占比经四舍五入，加总可能不等于100%。资料来源：中能智研《2025中国能源人工智能产业发展报告》。"
        ),
        obs=[
            ("电网调度与负荷预测", 2024, 96.5, "CNY 100 million", "actual"),
            ("新能源功率预测", 2024, 71.2, "CNY 100 million", "actual"),
            ("发电设备预测性维护", 2024, 58.9, "CNY 100 million", "actual"),
            ("油气勘探与炼化", 2024, 44.3, "CNY 100 million", "actual"),
            ("其他", 2024, 27.1, "CNY 100 million", "actual"),
            ("合计", 2024, 298.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 32.4, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("share", 19.8, "percent", 2024, 2024, None),
            ("share", 14.9, "percent", 2024, 2024, None),
            ("share", 9.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 96.5/298.0 = 32.38% -> 32.4
            ("arithmetic", "exact"),    # 71.2/298.0 = 23.89% -> 23.9
            ("arithmetic", "exact"),    # 58.9/298.0 = 19.77% -> 19.8
            ("arithmetic", "exact"),    # 44.3/298.0 = 14.87% -> 14.9
            ("arithmetic", "exact"),    # 27.1/298.0 = 9.09% -> 9.1
            ("hierarchy", "exact"),     # 96.5 + 71.2 + 58.9 + 44.3 + 27.1 = 298.0
        ],
    ),
    # 39. Space-aligned Nordic table with a CAGR column (span in its header: stated); battery storage's 30.3% is
    # reached only by rounding. Expected nowhere: 390 TWh demand in the note, the country list.
    dict(
        text=(
            "Fjordline Energy Consulting, Oslo - March 2025\n"
            "Nordic flexibility and VPP software market (EUR million)\n"
            "Segment                          2024    2028F    CAGR 2024-28F\n"
            "Residential VPP aggregation        62      171           28.9%\n"
            "C&I demand response                88      190           21.2%\n"
            "Battery storage optimisation      104      298           30.3%\n"
            "EV smart charging                  71      215           31.9%\n"
            "Total                             325      874           28.1%\n"
            "Note: Nordics = Norway, Sweden, Denmark, Finland. Software only. Nordic power demand was about 390 TWh "
            "in 2024."
        ),
        obs=[
            ("Residential VPP aggregation", 2024, 62, "EUR million", "actual"),
            ("Residential VPP aggregation", 2028, 171, "EUR million", "estimate"),
            ("C&I demand response", 2024, 88, "EUR million", "actual"),
            ("C&I demand response", 2028, 190, "EUR million", "estimate"),
            ("Battery storage optimisation", 2024, 104, "EUR million", "actual"),
            ("Battery storage optimisation", 2028, 298, "EUR million", "estimate"),
            ("EV smart charging", 2024, 71, "EUR million", "actual"),
            ("EV smart charging", 2028, 215, "EUR million", "estimate"),
            ("Total", 2024, 325, "EUR million", "actual"),
            ("Total", 2028, 874, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 28.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 30.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 31.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 28.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (171/62)**(1/4)-1 = 28.87% -> 28.9
            ("cagr|implied", "exact"),     # (190/88)**(1/4)-1 = 21.22% -> 21.2
            ("cagr|implied", "rounding"),  # (298/104)**(1/4)-1 = 30.11% -> 30.1 != 30.3; bounds (297.5/104.5)**0.25-1
                                           # = 29.90% to (298.5/103.5)**0.25-1 = 30.32%; 30.3 reachable -> rounding
            ("cagr|implied", "exact"),     # (215/71)**(1/4)-1 = 31.92% -> 31.9
            ("cagr|implied", "exact"),     # (874/325)**(1/4)-1 = 28.06% -> 28.1
            ("hierarchy", "exact"),        # 2024: 62 + 88 + 104 + 71 = 325
            ("hierarchy", "exact"),        # 2028F: 171 + 190 + 298 + 215 = 874
        ],
    ),
    # 40. Markdown regional table with a share column; total row "Global total" as printed; 2029F estimates.
    # Expected nowhere: the 100.0 share of the total row, the Q1 2025 figure and the 63 utilities in the note.
    dict(
        text=(
            "Smart-meter data analytics software market by region - Brightline Utility Research, June 2025\n"
            "| Region | 2024 (USD million) | Share of 2024 (%) | 2029F (USD million) |\n"
            "|---|---:|---:|---:|\n"
            "| North America | 1,284 | 37.5 | 2,410 |\n"
            "| Europe | 1,032 | 30.1 | 2,106 |\n"
            "| Asia-Pacific | 896 | 26.2 | 2,275 |\n"
            "| Latin America, Middle East & Africa | 213 | 6.2 | 498 |\n"
            "| Global total | 3,425 | 100.0 | 7,289 |\n"
            "Note: excludes meter hardware and communications modules. Q1 2025 global spend was USD 902 million. "
            "Based on a survey of 63 utilities."
        ),
        obs=[
            ("North America", 2024, 1284, "USD million", "actual"),
            ("North America", 2029, 2410, "USD million", "estimate"),
            ("Europe", 2024, 1032, "USD million", "actual"),
            ("Europe", 2029, 2106, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 896, "USD million", "actual"),
            ("Asia-Pacific", 2029, 2275, "USD million", "estimate"),
            ("Latin America, Middle East & Africa", 2024, 213, "USD million", "actual"),
            ("Latin America, Middle East & Africa", 2029, 498, "USD million", "estimate"),
            ("Global total", 2024, 3425, "USD million", "actual"),
            ("Global total", 2029, 7289, "USD million", "estimate"),
        ],
        claims=[
            ("share", 37.5, "percent", 2024, 2024, None),
            ("share", 30.1, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 6.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1,284/3,425 = 37.49% -> 37.5
            ("arithmetic", "exact"),    # 1,032/3,425 = 30.13% -> 30.1
            ("arithmetic", "exact"),    # 896/3,425 = 26.16% -> 26.2
            ("arithmetic", "exact"),    # 213/3,425 = 6.22% -> 6.2
            ("hierarchy", "exact"),     # 2024: 1,284 + 1,032 + 896 + 213 = 3,425
            ("hierarchy", "exact"),     # 2029F: 2,410 + 2,106 + 2,275 + 498 = 7,289
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 12, 'exact': 81}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'OSLO, 12 March 2025 --',
    'close to EUR 1.4 billion a year',
    'USD 1.9bn in 2024E',
    '(19% CAGR, 2024-29E)',
    'implying 27% upside',
    'put the 2024 market at USD 3.4 billion',
    'Refinery optimisation software, a separate',
    'total addressable market for virtual power plant orchestration software',
    'roughly 2.75x where it is today',
    'up 21% on the GBP 268 million',
    'USD 0.92bn (previously USD 0.87bn)',
    'USD 3.1-3.6bn',
    'in fiscal 2024, from ¥43.3 billion',
    'more than fivefold the EUR 62 million of 2020',
    'should pass EUR 1.2 billion by 2030',
    'In Q4 alone',
    '力争突破120亿元',
    '增长2倍以上',
    '约为86.4亿元',
    '全国电网工程完成投资6083亿元',
    '新台幣182億元',
    '去年本港電力及燃氣公用事業',
    '年複合成長率達28%',
    '拓墣產業研究院則估計',
    '约占四成',
    '目标价38.5元',
    '较2020年增长3倍',
    '| Total | 1,093 | 1,319 | 1,598 | 1,936 |',
    '2025E            106.0      24.9',
    '合计\t36.3',
    'CAGR FY24-30 (%)',
    'KRW 631 billion',
    'we size the total addressable market for AI-driven grid forecasting',
    'roughly $16.5 billion this year',
    'of which offshore wind accounted for USD 0.71 billion (38.2%)',
    '(CAGR 18.4%)',
    'was a ~$1.2B market last year',
    "That's 2.5x, or roughly 36% a year",
    '(EUR 355 million in 2023), an increase of 16 percent',
    'exceed EUR 0.6 billion in 2027',
    'up 22% from $2.6bn in 2023',
    '(21% upside)',
    'Addressable market 2025E: $4.8B -> 2030E: $13.5B',
    'the correct figure is ¥84 billion',
    'more than 1.5 times the fiscal 2023 level',
    '₩420 billion last year',
    '力争达到120亿元，较2021年增长3倍',
    '另据某咨询机构统计，2024年该市场规模为95亿元',
    '突破新台幣百億元，約為2023年的2倍',
    '2022至2024年間年均複合增長率達15.8%',
    '合共佔約七成支出',
    '今年应该能做到接近50亿元',
    '介於新台幣12億至15億元之間',
    'FY2025E\t36.8\t18.7',
    '| Global total | 3,425 | 100.0 | 7,289 |',
    'CAGR 2024-28F',
    '合计                   298.0     100.0',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 209
#: figures, 49 rates, 82 verdicts and 3 false inconsistent
#: after the readings chosen on the hundred-and-forty-fourth and -sixth sets (it kept unread): 211, 49, 83 and 2
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 220, "rates_found": 50, "verdicts_right": 90}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset145.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
