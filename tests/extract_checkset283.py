"""A two-hundred-and-eighty-third check set for the extractor, written blind: AI in boats, marinas and recreational
boating: AI berth-booking and yield management for marinas, AI-assisted docking and collision avoidance for leisure
boats, AI engine and hull diagnostics, computer-vision security for marinas, AI trip planning and weather routing for
sailors, AI valuation of used boats. Sized in money by research houses, boating associations, marine-industry
federations, coastal authorities, boat makers' investor days and trade magazines, in the US, Canada, the UK, France,
Italy, Croatia, Norway, Sweden, Australia, New Zealand, Japan, mainland China, Taiwan and Hong Kong.

Snippets 1-20: Twenty snippets on AI in boats, marinas and recreational boating (berth booking and yield management,
assisted docking and collision avoidance, engine and hull diagnostics, computer-vision marina security, trip planning
and weather routing, used-boat valuation): eight English prose texts (an email newsletter with a TL;DR and a "By the
numbers" list led by its figures, a Japanese press release in JPY with a US$ aside, a forum reply with IMO, ~ and k, a
research firm's numbered key findings, a sustainability report stating its unit once, an op-ed with a $3bn-plus floor, a
UK tender notice with contract values and a background section, a Singapore release in US$ with S$ asides), seven
Chinese prose texts (a 新浪财经 brief with 【】 in 亿元人民币, a 白皮书 paragraph with 单位：亿元 and bare numbers, a 經濟日報 item in 億元新台幣
with a quarter's figure, a Macau release in 億港元 with 澳門元 asides, a 年报 行业情况 section in 万元, a 微博 post with #话题#, a Hong
Kong column in 億美元 with 按年增長) and five tables (a tab-separated FY23/FY24/FY25E segment table, a Markdown table under a
spanning "Revenue (US$ m)" cell, a long-format year,segment,value,unit CSV, a Simplified vertical table with 市场规模（亿元）
and 增速, a Traditional table in 百萬美元 with 年複合成長率). Left out: datelines, issue, table, exhibit, chapter and list numbers,
a report's title year, ticker codes, currency asides (US$, S$, 澳門元, A$), contract and lot values, companies' own
revenue, margins, R&D and shipment targets, funding rounds, boat and system prices, counts of marinas, berths, boats,
firms, respondents and analysts, years of experience, a quarter's figure, penetration and survey percentages,
whole-industry totals, a less precise floor amount, a share price, price target and upside, an index level.
Inconsistent: 3, 6, 14, 17, 19. Only by rounding: 2, 5, 10, 12, 16, 19.

Snippets 21-40: Twenty snippets on AI in boats, marinas and recreational boating (berth booking and yield management,
assisted docking and collision avoidance, engine and hull diagnostics, computer-vision marina security, trip planning
and weather routing, used-boat valuation): eight English prose texts (a UK merger notice sizing the relevant market at
approximately $1.3 billion, an investor-day transcript with Slide 12 and a $14B TAM by 2028, an encyclopedia paragraph
with citation brackets and as of 2024, a UK trade body's release in £bn with per cent and year-on-year, a German
company's English release with EUR 1.2bn and +14 % yoy, podcast show notes with timestamps, a consultancy article with a
value-at-stake range beside the market, an Indian wire story in crore with dollar asides), seven Chinese prose texts (a
券商晨会纪要 with （亿元）, a 政府采购 中标结果公告, a 工商時報-style item with 年增率, a 知识星球 post with 大约 and a range, a 统计公报 extract with 比上年增长
and 增速回落, a 澳門日報-style item in 億港元 with 億澳門元 asides, a Hong Kong radio interview with 記者 and 專家) and five tables (a
French table with space thousands and decimal commas, a Markdown table with its Total row first, a Traditional table
with 2024A/2025E/2026E and 合計 last, a vertical yen table with a YoY column opening n.a., a fixed-width vertical table
with a CAGR 24-30 row). Left out: datelines, case, slide, episode, issue, table and section numbers, citation brackets,
timestamps, counts of marinas, berths, boats, members, staff and respondents, survey percentages, prices and fees,
subsidies and grants, companies' own revenue, growth, margins and share targets, funding rounds, a price target and its
upside, a value-at-stake range, a 中标金额, whole-industry and export totals, percentage points, a share in words, and
amounts in rupees, kronor, kroner and patacas. Inconsistent: 22, 31, 34, 37, 39. Only by rounding: 23, 24, 25, 30, 36,
38, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Email newsletter with a "TL;DR" line and a "By the numbers" list whose lines put the figure first and its
    #    meaning after an em dash ("$2.1B — the 2024 global market"): the global AI marina and boating software market
    #    in 2023 and 2024 with a ~23.5% rise, AI berth booking and yield management's part with its 43% share, and a
    #    2030 forecast with a CAGR over a printed span. Expected nowhere: the issue number and date, the 14,000 US
    #    marinas, the $48M Series B, the 31% of readers polled.
    dict(
        text=(
            "Harbor Signals, issue #142 (May 14, 2025)\n"
            "TL;DR: AI marina software is the fastest-growing corner of boating tech, and berth booking leads it.\n"
            "By the numbers\n"
            "$2.1B — the 2024 global market for AI marina and boating software (Tidewater Insights)\n"
            "$1.7B — the same market in 2023, so growth of ~23.5%\n"
            "$0.9B — AI berth booking and yield management, 43% of the 2024 total\n"
            "$6.2B — Tidewater's 2030 forecast: a 19.8% CAGR over 2024-2030\n"
            "14,000 — marinas in the US alone\n"
            "$48M — the Series B Slipstream just raised for its berth-booking app\n"
            "31% — readers in our poll who have booked a berth through an app"
        ),
        obs=[
            ("Total", 2023, 1.7, "USD billion", "actual"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 6.2, "USD billion", "estimate"),
            ("AI berth booking and yield management", 2024, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.1 / 1.7) ** (1 / 1) - 1 = 23.53% -> 23.5
            ("arithmetic", "exact"),  # 0.9 / 2.1 = 42.86% -> 43
            ("cagr|implied", "exact"),  # (6.2 / 2.1) ** (1 / 6) - 1 = 19.77% -> 19.8
        ],
    ),
    # 2. Japanese company's English press release in "JPY 12.4 billion" with a dollar aside "(approx. US$83
    #    million)" and fiscal years (fiscal 2024 -> 2024): Japan's market for AI-assisted docking and collision
    #    avoidance for leisure boats in fiscal 2023 and 2024 with a rise that holds only by rounding, and a fiscal 2028
    #    forecast with an average annual rate over a printed span. Expected nowhere: the release date, the TSE code
    #    6893, the US$83 million aside, the company's own JPY 3.2 billion sales, its 4,500 units target, the 570
    #    marinas.
    dict(
        text=(
            "NEWS RELEASE\n"
            "TOKYO, May 22, 2025 - Kaiyo Denshi Co., Ltd. (TSE Prime: 6893) today released its outlook for AI-assisted "
            "docking and collision avoidance systems for leisure boats. According to estimates by Minato Marine "
            "Research, the domestic market for these systems reached JPY 12.4 billion (approx. US$83 million) in "
            "fiscal 2024, up 16.9% from JPY 10.6 billion in fiscal 2023. Minato Marine Research forecasts the market "
            "to grow to JPY 21.0 billion in fiscal 2028, an average annual growth rate of 14.1% between fiscal 2024 "
            "and fiscal 2028.\n"
            "Kaiyo Denshi's own marine electronics sales were JPY 3.2 billion in fiscal 2024, and the company aims to "
            "ship 4,500 docking-assist units in fiscal 2025 to the roughly 570 marinas in Japan."
        ),
        obs=[
            ("Total", 2023, 10.6, "JPY billion", "actual"),
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2028, 21.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.9, "percent", 2023, 2024, 1.0),
            ("cagr", 14.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (12.4 / 10.6) ** (1 / 1) - 1 = 16.98% -> 17.0, not 16.9; bounds 12.35 / 10.65 - 1 = 15.96%,
            # 12.45 / 10.55 - 1 = 18.01% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (21.0 / 12.4) ** (1 / 4) - 1 = 14.08% -> 14.1
        ],
    ),
    # 3. Forum post replying to another user with "IMO", "~" and "k" for thousands ("$850k"): the US market for AI
    #    valuation of used boats at ~$140M in 2024 (expected at its printed figure) against $118M in 2023 with ~19%
    #    growth, and a 2029 forecast whose CAGR over a printed span no reading reaches. Expected nowhere: the quoted
    #    user's handle, the 2006 boat, its $41k sale price and $46.5k valuation, the dealer group's $850k platform
    #    spend, the 30 years of boating.
    dict(
        text=(
            "Re: AI valuation tools for used boats - worth paying for?\n"
            "> reelfast_22 wrote: Are these AI valuation tools any good or just hype?\n"
            "IMO they're decent for common models and useless for anything custom. On the money side, the Bayline "
            "Analytics numbers everyone quotes put the US market for AI used-boat valuation at ~$140M in 2024, up "
            "from $118M in 2023 (so ~19% growth). They say $310M by 2029 and call that a 21.5% CAGR for 2024-2029. "
            "Color me skeptical.\n"
            "For scale: I sold my 2006 Sea Ray last fall for $41k and the AI tool had said $46.5k. The dealer group "
            "near me reportedly spent $850k on its valuation platform. Been boating 30 years and never seen pricing "
            "move this fast."
        ),
        obs=[
            ("Total", 2023, 118, "USD million", "actual"),
            ("Total", 2024, 140, "USD million", "actual"),
            ("Total", 2029, 310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (140 / 118) ** (1 / 1) - 1 = 18.64% -> 19
            # (310 / 140) ** (1 / 5) - 1 = 17.23% -> 17.2, not 21.5; bounds (309.5 / 140.5) ** (1/5) - 1 = 17.11%,
            # (310.5 / 139.5) ** (1/5) - 1 = 17.35% -> 21.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Research firm's "Key findings" numbered "1)", "2)", "3)", "4)": the European AI marina management software
    #    market in 2023 and 2024 with a rise, berth-booking and yield management's part with its 44% share, and a
    #    2029 forecast with a CAGR whose span only the amounts' years give (inferred). Expected nowhere: the report's
    #    2025 edition, the list numbers, the 62% of 410 surveyed operators, the two years.
    dict(
        text=(
            "Nordhavn Research - European Marina Technology Report, 2025 edition\n"
            "Key findings\n"
            "1) The European market for AI marina management software reached €386 million in 2024, up 14.2% on "
            "2023 (€338 million).\n"
            "2) Berth-booking and yield management accounts for €171 million of that, or 44% of the 2024 total.\n"
            "3) We expect the market to reach €702 million by 2029, a CAGR of 12.7%.\n"
            "4) 62% of the 410 marina operators we surveyed in France, Italy and Croatia plan to adopt AI pricing "
            "within two years."
        ),
        obs=[
            ("Total", 2023, 338, "EUR million", "actual"),
            ("Total", 2024, 386, "EUR million", "actual"),
            ("Total", 2029, 702, "EUR million", "estimate"),
            ("Berth-booking and yield management", 2024, 171, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
            ("cagr", 12.7, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (386 / 338) ** (1 / 1) - 1 = 14.20% -> 14.2
            ("arithmetic", "exact"),  # 171 / 386 = 44.30% -> 44
            ("cagr|period", "exact"),  # (702 / 386) ** (1 / 5) - 1 = 12.71% -> 12.7
        ],
    ),
    # 5. French boat maker's sustainability report paragraph stating its unit once ("in € m") and then bare figures
    #    ("2023: 412; 2024: 486"): the European market for AI engine and hull diagnostics for leisure boats in 2023
    #    and 2024 with a growth rate that holds only by rounding. Expected nowhere: the section number, the 12,800
    #    connected boats, the 6.5% fuel saving, the group's own €1,340 million revenue, the 2030 emissions target.
    dict(
        text=(
            "Groupe Vendelle - 2024 Sustainability Report, section 4.2: Predictive maintenance\n"
            "Predictive maintenance sits at the centre of our emissions plan. The European market for AI engine and "
            "hull diagnostics for leisure boats, in € m, as sized by the European Boating Industry federation: "
            "2023: 412; 2024: 486, growth of 17.8%.\n"
            "Our connected fleet now counts 12,800 boats, and predictive alerts cut average fuel burn per outing by "
            "6.5%. Group revenue was €1,340 million in fiscal 2024, and we hold to our target of halving fleet "
            "emissions by 2030."
        ),
        obs=[
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2024, 486, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (486 / 412) ** (1 / 1) - 1 = 17.96% -> 18.0, not 17.8; bounds 485.5 / 412.5 - 1 = 17.70%,
            # 486.5 / 411.5 - 1 = 18.23% -> 17.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. Op-ed with a floor amount ("a $3bn-plus market", the 2030 figure less precisely, expected once at $3.24bn)
    #    beside exact figures: global AI docking and collision-avoidance systems for leisure boats in 2024 and a 2030
    #    forecast, with "16% a year" whose span only the amounts' years give (inferred) and that no reading reaches.
    #    Expected nowhere: the $3bn-plus floor, the five years, the author's 22 years and 600 berths, the $7,400
    #    average claim, the 40% of claims.
    dict(
        text=(
            "Opinion: Marinas are sleepwalking into a $3bn-plus market\n"
            "By Helen Marsh, June 2025\n"
            "Within five years, assisted docking will be a $3bn-plus market, and most marinas have no plan for it. "
            "The numbers from Seaward Analytics are plain: global sales of AI docking and collision-avoidance systems "
            "for leisure boats were $1.46bn in 2024 and are forecast to reach $3.24bn in 2030, growth of 16% a year.\n"
            "I ran a harbour of 600 berths for 22 years. Docking scrapes made up 40% of our insurance claims, at an "
            "average of $7,400 each. Marinas that ignore the technology will be paying for it anyway."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 3.24, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (3.24 / 1.46) ** (1 / 6) - 1 = 14.21% -> 14, not 16; bounds (3.235 / 1.465) ** (1/6) - 1 = 14.11%,
            # (3.245 / 1.455) ** (1/6) - 1 = 14.30% -> 16 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 7. UK harbour authority's tender notice with contract values (expected nowhere) and the market's size in its
    #    background section: the UK market for computer-vision security at marinas in 2022 and 2024 with "about 11% a
    #    year" whose span only the amounts' years give (inferred), and a 2028 forecast. Expected nowhere: the notice
    #    reference, the £1.85 million estimated value and its £1.2 million and £0.65 million lots, the three marinas,
    #    the deadline, the 60-month duration.
    dict(
        text=(
            "CONTRACT NOTICE - Ref. SHA/2025/017\n"
            "Solent Harbour Authority: supply of an AI computer-vision security system for three public marinas.\n"
            "Estimated total value: £1.85 million excluding VAT. Lot 1 (cameras and edge units) £1.2 million; Lot 2 "
            "(analytics software and support) £0.65 million.\n"
            "Background: British Marine estimates that the UK market for computer-vision security at marinas was worth "
            "£64 million in 2024, up from £52 million in 2022, an increase of about 11% a year, and expects it to "
            "reach £95 million by 2028.\n"
            "Tenders must be received by 14 July 2025. Contract duration: 60 months."
        ),
        obs=[
            ("Total", 2022, 52, "GBP million", "actual"),
            ("Total", 2024, 64, "GBP million", "actual"),
            ("Total", 2028, 95, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 11, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (64 / 52) ** (1 / 2) - 1 = 10.94% -> 11
        ],
    ),
    # 8. Singapore research firm's release in US$ with S$ asides: the Asia-Pacific market for AI trip planning and
    #    weather routing for recreational sailors in 2023 and 2024 with a rise, and a 2029 forecast with a CAGR over a
    #    printed span. Expected nowhere: the dateline, the S$287 million and S$724 million asides, the five marinas
    #    and 2,300 berths, the S$1.5 million grant, the 45 analysts.
    dict(
        text=(
            "SINGAPORE, 3 April 2025 - Straits Marine Analytics today published its Asia-Pacific Smart Sailing "
            "Outlook. The firm estimates that the regional market for AI trip planning and weather routing for "
            "recreational sailors reached US$214 million (S$287 million) in 2024, up 21.6% from US$176 million "
            "in 2023. It expects the market to reach US$540 million (about S$724 million) by 2029, a "
            "compound annual growth rate of 20.3% over 2024-2029.\n"
            "Singapore's five marinas hold about 2,300 berths, and a S$1.5 million grant from the Maritime and Port "
            "Authority is funding a routing pilot this year.\n"
            "Straits Marine Analytics has 45 analysts in Singapore, Sydney and Taipei."
        ),
        obs=[
            ("Total", 2023, 176, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2029, 540, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 176) ** (1 / 1) - 1 = 21.59% -> 21.6
            ("cagr|implied", "exact"),  # (540 / 214) ** (1 / 5) - 1 = 20.34% -> 20.3
        ],
    ),
    # 9. 新浪财经-style brief (Simplified) opening with 【】 and amounts in 亿元人民币: China's AI-assisted docking and
    #    collision avoidance for leisure boats in 2024 (the headline's 去年, expected once) against the 2023 base
    #    with 同比增长, and a 2027 forecast (预计). Expected nowhere: the dateline, the 2.1万艘 yachts, the 600家 clubs,
    #    the leader's 9.3亿元 revenue and 41.5% gross margin.
    dict(
        text=(
            "【AI靠泊与防撞系统走俏 国内市场去年规模达38.5亿元】\n"
            "新浪财经讯 2025年5月12日消息，海澜咨询最新发布的报告显示，2024年中国休闲游艇AI辅助靠泊与防撞系统市场规模"
            "达38.5亿元人民币，较2023年的30.4亿元人民币同比增长26.6%。报告预计，2027年该市场规模将达到72亿元人民币。\n"
            "截至去年底，全国登记在册的游艇约2.1万艘，游艇俱乐部超过600家。行业龙头海舟智能去年营收9.3亿元人民币，"
            "毛利率41.5%。"
        ),
        obs=[
            ("Total", 2023, 30.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("Total", 2027, 72, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 30.4) ** (1 / 1) - 1 = 26.64% -> 26.6
        ],
    ),
    # 10. 行业白皮书 paragraph (Simplified) stating "单位：亿元" in prose and then bare numbers ("规模为41.3，同比增长
    #     18.2%"): China's AI berth booking and yield management market in 2023 and 2024 with a 同比增长 that holds
    #     only by rounding, 收益管理模块's part with its 占比, and a 2026 forecast (预计). Expected nowhere: the white
    #     paper's title year, 第三章, the 480个 marinas, the 6.8万个 berths, the 12% penetration rate.
    dict(
        text=(
            "《中国智慧游艇码头发展白皮书（2025）》第三章显示（单位：亿元，下同），我国AI泊位预订与收益管理市场2023年"
            "规模为34.9，2024年规模为41.3，同比增长18.2%；其中，收益管理模块规模为15.6，占比37.8%。白皮书预计，2026年"
            "市场规模将达到58.0。\n"
            "目前全国游艇码头约480个，泊位约6.8万个，AI泊位管理系统的渗透率约为12%。"
        ),
        obs=[
            ("Total", 2023, 34.9, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
            ("Total", 2026, 58.0, "CNY 100 million", "estimate"),
            ("收益管理模块", 2024, 15.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("share", 37.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (41.3 / 34.9) ** (1 / 1) - 1 = 18.34% -> 18.3, not 18.2; bounds 41.25 / 34.95 - 1 = 18.03%,
            # 41.35 / 34.85 - 1 = 18.65% -> 18.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 15.6 / 41.3 = 37.77% -> 37.8
        ],
    ),
    # 11. 經濟日報-style item (Traditional) in "億元新台幣" with 年增 and a quarter's figure (今年第1季, expected
    #     nowhere): Taiwan's AI engine and hull diagnostics market for yachts in 2024 against the 2023 base, and a 2026
    #     forecast (預估). Expected nowhere: the date, the 第1季 5.1億元新台幣, the 35家 yacht builders, the 190億元
    #     export value, the 800艘 boats.
    dict(
        text=(
            "2025-04-08 經濟日報／記者林文彬／台北報導\n"
            "國內遊艇廠加速導入AI。工研院產科國際所最新估計，2024年台灣遊艇AI引擎與船體診斷市場規模達18.6億元新台幣，"
            "較2023年的15.2億元新台幣年增22.4%；今年第1季規模約5.1億元新台幣，預估2026年可達29億元新台幣。\n"
            "業者指出，國內遊艇廠約35家，去年遊艇出口值約190億元新台幣；龍頭海鴻遊艇旗下AI診斷服務已導入逾800艘船。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2026, 29, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
        ],
    ),
    # 12. Macau government release (Traditional) with 澳門元 asides and the market in 億港元: Hong Kong and Macau yacht
    #     clubs' AI computer-vision security in 2023 and 2024 with 按年增長 that holds only by rounding, and a 2027
    #     forecast (預計). Expected nowhere: the release date, the 4.50億澳門元 and 7.42億澳門元 asides, the 420個 berths,
    #     the 港幣85萬元 system price, the 62名 members.
    dict(
        text=(
            "澳門特別行政區政府新聞局 2025年6月18日\n"
            "澳門遊艇業聯合會今日公布研究報告指出，港澳地區遊艇會AI電腦視覺保安系統市場規模2024年達4.37億港元（約4.50億"
            "澳門元），較2023年的3.62億港元按年增長20.9%；預計2027年將增至7.2億港元（約7.42億澳門元）。\n"
            "報告亦指，澳門現有遊艇泊位約420個，每套系統平均售價約港幣85萬元。聯合會現有會員62名。"
        ),
        obs=[
            ("Total", 2023, 3.62, "HKD 100 million", "actual"),
            ("Total", 2024, 4.37, "HKD 100 million", "actual"),
            ("Total", 2027, 7.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.37 / 3.62) ** (1 / 1) - 1 = 20.72% -> 20.7, not 20.9; bounds 4.365 / 3.625 - 1 = 20.41%,
            # 4.375 / 3.615 - 1 = 21.02% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. 上市公司年报 "行业情况" section (Simplified) with amounts in 万元: China's AI route planning and weather
    #     navigation services for yachts in 2024 against 上年 (2023) with a rise, and 帆船航线规划's part with its 占比.
    #     Expected nowhere: the 第三节 and 一、 headings, the company's own 12,386.52万元 revenue and its 9.8% growth,
    #     the 1,842.07万元 R&D spend, the 3,600艘 yachts.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "公司主营游艇智能导航及气象航线规划系统。根据中国船舶工业行业协会游艇分会统计，2024年国内游艇AI航线规划与"
            "气象导航服务市场规模为86,420万元，较上年的71,350万元增长21.1%，其中帆船航线规划规模为23,870万元，占比"
            "27.6%。\n"
            "报告期内，公司实现营业收入12,386.52万元，同比增长9.8%；研发投入1,842.07万元。公司产品已装配于约3,600艘游艇。"
        ),
        obs=[
            ("Total", 2023, 71350, "CNY 10 thousand", "actual"),
            ("Total", 2024, 86420, "CNY 10 thousand", "actual"),
            ("帆船航线规划", 2024, 23870, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("share", 27.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86420 / 71350) ** (1 / 1) - 1 = 21.12% -> 21.1
            ("arithmetic", "exact"),  # 23870 / 86420 = 27.62% -> 27.6
        ],
    ),
    # 14. 微博 post (Simplified) with #话题# hashtags and emoji: China's AI valuation of used yachts at 约6.2亿元 in 2024
    #     and a 2028 forecast (突破15亿元, expected at its printed figure) with a 年复合增长率 whose span only the
    #     amounts' years give (inferred) and that no reading reaches. Expected nowhere: the poster's 86万 boat and its
    #     92万 valuation, the 3位 fans in the giveaway.
    dict(
        text=(
            "#AI游艇# #智慧码头# 刚刷到海澜咨询的新报告📊：国内二手游艇AI估值服务市场2024年约6.2亿元，预计2028年突破"
            "15亿元，报告说年复合增长率高达28.5%！\n"
            "我家那条二手艇去年86万入手，AI估值给了92万😂 评论区说说你们的船估了多少？\n"
            "转发抽3位粉丝送航海手表⌚"
        ),
        obs=[
            ("Total", 2024, 6.2, "CNY 100 million", "actual"),
            ("Total", 2028, 15, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (15 / 6.2) ** (1 / 4) - 1 = 24.72% -> 24.7, not 28.5; bounds (14.5 / 6.25) ** (1/4) - 1 = 23.42%,
            # (15.5 / 6.15) ** (1/4) - 1 = 26.00% -> 28.5 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 15. Hong Kong financial column (Traditional) in 億美元 with 按年增長: the global AI yacht engine and hull
    #     diagnostics market in 2024 against the 2023 base, and a 2030 forecast (預測) with a 年均複合增長率 over a
    #     printed span. Expected nowhere: the 1.1萬艘 local pleasure vessels, the 12.6港元 share price, the 16港元
    #     target price and its 27% upside, the 23,450點 index level.
    dict(
        text=(
            "【投資脈搏】AI遊艇診斷 小眾賽道大有可為　文：周家俊\n"
            "近年不少遊艇買家都要求新船配備AI引擎及船體診斷系統。據研究機構Marlin Insights估計，全球AI遊艇引擎與船體診斷"
            "市場規模2024年達27.4億美元，按年增長15.1%，2023年則為23.8億美元；該機構預測2030年市場規模將升至61億美元，"
            "2024至2030年年均複合增長率約14.3%。\n"
            "本港現有登記遊樂船隻約1.1萬艘。筆者看好的一家相關上市公司現價約12.6港元，目標價16港元，上升空間約27%。"
            "恒指昨日收報23,450點。"
        ),
        obs=[
            ("Total", 2023, 23.8, "USD 100 million", "actual"),
            ("Total", 2024, 27.4, "USD 100 million", "actual"),
            ("Total", 2030, 61, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.1, "percent", 2023, 2024, 1.0),
            ("cagr", 14.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 23.8) ** (1 / 1) - 1 = 15.13% -> 15.1
            ("cagr|implied", "exact"),  # (61 / 27.4) ** (1 / 6) - 1 = 14.27% -> 14.3
        ],
    ),
    # 16. Tab-separated table with a "Segment" header and "FY23", "FY24", "FY25E" columns (fiscal years as their
    #     numbers, FY25E an estimate), segments as rows and a Total row: North American marinas' AI software;
    #     FY23 and FY24 add exactly, FY25E only by rounding. Expected nowhere: the table number, the 240 marinas
    #     surveyed, the source's date, the June 30 year-end.
    dict(
        text=(
            "Table 4. AI software for North American marinas: revenue by segment (US$ million)\n"
            "Segment\tFY23\tFY24\tFY25E\n"
            "Berth booking and yield management\t96.4\t118.7\t144.2\n"
            "Computer-vision security\t61.8\t72.5\t86.9\n"
            "Engine and hull diagnostics\t44.3\t55.1\t69.4\n"
            "Total\t202.5\t246.3\t300.6\n"
            "Source: Keel & Compass Research survey of 240 marinas, March 2025. Fiscal years end June 30."
        ),
        obs=[
            ("Berth booking and yield management", 2023, 96.4, "USD million", "actual"),
            ("Berth booking and yield management", 2024, 118.7, "USD million", "actual"),
            ("Berth booking and yield management", 2025, 144.2, "USD million", "estimate"),
            ("Computer-vision security", 2023, 61.8, "USD million", "actual"),
            ("Computer-vision security", 2024, 72.5, "USD million", "actual"),
            ("Computer-vision security", 2025, 86.9, "USD million", "estimate"),
            ("Engine and hull diagnostics", 2023, 44.3, "USD million", "actual"),
            ("Engine and hull diagnostics", 2024, 55.1, "USD million", "actual"),
            ("Engine and hull diagnostics", 2025, 69.4, "USD million", "estimate"),
            ("Total", 2023, 202.5, "USD million", "actual"),
            ("Total", 2024, 246.3, "USD million", "actual"),
            ("Total", 2025, 300.6, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY23: 96.4 + 61.8 + 44.3 = 202.5
            ("hierarchy", "exact"),  # FY24: 118.7 + 72.5 + 55.1 = 246.3
            # FY25E: 144.2 + 86.9 + 69.4 = 300.5, not 300.6; parts at most 300.65 and the total at least 300.55 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table with a header cell "Revenue (US$ m)" spanning the year columns (a second header row of years,
    #     2028F a forecast), applications as rows and a Total row: AI for leisure boats in Australia and New Zealand;
    #     2023 and 2028F add exactly, 2024 by no reading. Expected nowhere: the exhibit number, the source's year, the
    #     A$1 = US$0.66 rate, the 1.2 million registered vessels.
    dict(
        text=(
            "Exhibit 7: Australia and New Zealand, AI for leisure boats by application\n"
            "| Application | Revenue (US$ m) | | |\n"
            "|---|---|---|---|\n"
            "| | 2023 | 2024 | 2028F |\n"
            "| Assisted docking and collision avoidance | 38.2 | 45.9 | 88.4 |\n"
            "| Trip planning and weather routing | 21.6 | 26.3 | 49.7 |\n"
            "| Used-boat valuation | 9.4 | 11.8 | 24.1 |\n"
            "| Total | 69.2 | 84.6 | 162.2 |\n"
            "Source: Antipodes Marine Research (2025). Converted at A$1 = US$0.66; Australia has about 1.2 million "
            "registered recreational vessels."
        ),
        obs=[
            ("Assisted docking and collision avoidance", 2023, 38.2, "USD million", "actual"),
            ("Assisted docking and collision avoidance", 2024, 45.9, "USD million", "actual"),
            ("Assisted docking and collision avoidance", 2028, 88.4, "USD million", "estimate"),
            ("Trip planning and weather routing", 2023, 21.6, "USD million", "actual"),
            ("Trip planning and weather routing", 2024, 26.3, "USD million", "actual"),
            ("Trip planning and weather routing", 2028, 49.7, "USD million", "estimate"),
            ("Used-boat valuation", 2023, 9.4, "USD million", "actual"),
            ("Used-boat valuation", 2024, 11.8, "USD million", "actual"),
            ("Used-boat valuation", 2028, 24.1, "USD million", "estimate"),
            ("Total", 2023, 69.2, "USD million", "actual"),
            ("Total", 2024, 84.6, "USD million", "actual"),
            ("Total", 2028, 162.2, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.2 + 21.6 + 9.4 = 69.2
            # 2024: 45.9 + 26.3 + 11.8 = 84.0, not 84.6; parts at most 84.15 and the total at least 84.55 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2028F: 88.4 + 49.7 + 24.1 = 162.2
        ],
    ),
    # 18. Long-format CSV "year,segment,value,unit" with a Total segment and a comment line: Mediterranean marinas'
    #     AI berth booking and computer-vision security in euros; 2023 and 2024 add exactly. Expected nowhere: the
    #     file version, the file's date, the 1,140 marinas in scope.
    dict(
        text=(
            "year,segment,value,unit\n"
            "2023,Berth booking and yield management,58.4,EUR million\n"
            "2023,Computer-vision security,31.7,EUR million\n"
            "2023,Total,90.1,EUR million\n"
            "2024,Berth booking and yield management,69.5,EUR million\n"
            "2024,Computer-vision security,38.2,EUR million\n"
            "2024,Total,107.7,EUR million\n"
            "# AI at Mediterranean marinas (France, Italy, Croatia). Ligurian Nautical Observatory, file v3 of "
            "2025-02-14; 1,140 marinas in scope."
        ),
        obs=[
            ("Berth booking and yield management", 2023, 58.4, "EUR million", "actual"),
            ("Berth booking and yield management", 2024, 69.5, "EUR million", "actual"),
            ("Computer-vision security", 2023, 31.7, "EUR million", "actual"),
            ("Computer-vision security", 2024, 38.2, "EUR million", "actual"),
            ("Total", 2023, 90.1, "EUR million", "actual"),
            ("Total", 2024, 107.7, "EUR million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 31.7 = 90.1
            ("hierarchy", "exact"),  # 2024: 69.5 + 38.2 = 107.7
        ],
    ),
    # 19. Simplified vertical table (years as rows, 2025E a forecast) with 市场规模（亿元） and 增速 columns: China's AI
    #     computer-vision security for yacht marinas, item 市场规模 (its value column's header, less its unit), with a
    #     增速 for each year after 2022: 2023 exact, 2024 only by rounding, 2025E by no reading. Expected nowhere: the
    #     table number, the source's date, the 312个 marinas sampled.
    dict(
        text=(
            "表2 中国游艇码头AI视觉安防市场规模及增速\n"
            "年份       市场规模（亿元）     增速\n"
            "2022       12.4                 —\n"
            "2023       15.8                 27.4%\n"
            "2024       19.6                 24.3%\n"
            "2025E      24.3                 26.2%\n"
            "资料来源：海澜咨询，2025年3月；注：样本覆盖全国312个游艇码头。"
        ),
        obs=[
            ("市场规模", 2022, 12.4, "CNY 100 million", "actual"),
            ("市场规模", 2023, 15.8, "CNY 100 million", "actual"),
            ("市场规模", 2024, 19.6, "CNY 100 million", "actual"),
            ("市场规模", 2025, 24.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2022, 2023, 1.0),
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 12.4) ** (1 / 1) - 1 = 27.42% -> 27.4
            # (19.6 / 15.8) ** (1 / 1) - 1 = 24.05% -> 24.1, not 24.3; bounds 19.55 / 15.85 - 1 = 23.34%,
            # 19.65 / 15.75 - 1 = 24.76% -> 24.3 reached only by some reading
            ("cagr|implied", "rounding"),
            # (24.3 / 19.6) ** (1 / 1) - 1 = 23.98% -> 24.0, not 26.2; bounds 24.25 / 19.65 - 1 = 23.41%,
            # 24.35 / 19.55 - 1 = 24.55% -> 26.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Traditional table in 百萬美元 with 2024年, 2030年(F) and 年複合成長率 columns (the rates' span only the
    #     columns' years give: inferred), applications as rows and no total row: the global AI docking, berth yield
    #     management and used-boat valuation markets; every row's rate exact. Expected nowhere: the table number, the
    #     source's date, the 148家 firms surveyed.
    dict(
        text=(
            "表5　全球AI遊艇與碼頭應用市場規模預測（單位：百萬美元）\n"
            "應用領域              2024年      2030年(F)      年複合成長率\n"
            "AI輔助靠泊與防撞      1,460       3,240          14.2%\n"
            "碼頭泊位收益管理      905         2,180          15.8%\n"
            "二手遊艇AI估值        312         817            17.4%\n"
            "資料來源：海研產業顧問（2025年5月）；受訪業者148家。"
        ),
        obs=[
            ("AI輔助靠泊與防撞", 2024, 1460, "USD million", "actual"),
            ("AI輔助靠泊與防撞", 2030, 3240, "USD million", "estimate"),
            ("碼頭泊位收益管理", 2024, 905, "USD million", "actual"),
            ("碼頭泊位收益管理", 2030, 2180, "USD million", "estimate"),
            ("二手遊艇AI估值", 2024, 312, "USD million", "actual"),
            ("二手遊艇AI估值", 2030, 817, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 15.8, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3240 / 1460) ** (1 / 6) - 1 = 14.21% -> 14.2
            ("cagr|period", "exact"),  # (2180 / 905) ** (1 / 6) - 1 = 15.78% -> 15.8
            ("cagr|period", "exact"),  # (817 / 312) ** (1 / 6) - 1 = 17.40% -> 17.4
        ],
    ),
    # 21. UK merger notice to the competition authority, numbered sections sizing "the relevant market" at
    #     "approximately $1.3 billion": Europe's market for AI berth-booking and yield-management software for
    #     marinas in 2024 (an approximate figure, expected as printed) against the 2023 base with a rise, and the
    #     dynamic pricing of visitor berths as its part with its share. Expected nowhere: the case number, the
    #     section numbers, Harbourline's £71 million and Moorwise's SEK 240 million turnover, the 1,450 and 10,500
    #     marinas.
    dict(
        text=(
            "Merger Notice submitted to the Competition and Markets Authority, case ME/7214/25\n"
            "Anticipated acquisition by Harbourline Systems Ltd of Moorwise AB\n"
            "Section 8.2: The Parties submit that the relevant market is the supply of AI-based berth-booking and "
            "yield-management software to marinas in Europe. The Parties estimate that the relevant market was worth "
            "approximately $1.3 billion in 2024, an increase of 24% on the $1.05 billion recorded in 2023.\n"
            "Section 8.3: Dynamic pricing of visitor berths, the only segment in which both Parties are active, "
            "accounted for $0.47 billion of the relevant market in 2024, a share of 36%.\n"
            "Section 8.4: In 2024 Harbourline had worldwide turnover of £71 million and Moorwise of SEK 240 million. "
            "Together the Parties supply software to around 1,450 of the roughly 10,500 marinas in Europe."
        ),
        obs=[
            ("Total", 2023, 1.05, "USD billion", "actual"),
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Dynamic pricing of visitor berths", 2024, 0.47, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.3 / 1.05) ** (1 / 1) - 1 = 23.81% -> 24
            ("arithmetic", "exact"),  # 0.47 / 1.3 = 36.15% -> 36
        ],
    ),
    # 22. Investor-day transcript with slide headers ("Slide 12:") and the CFO speaking: the total addressable
    #     market a boat-technology maker sizes for assisted docking and collision avoidance on leisure boats, $5.2B
    #     in 2024 and a "$14B TAM by 2028", with "roughly a 31% compound growth rate" whose span only the amounts'
    #     years give (inferred) and which no reading reaches. Expected nowhere: the investor day's title year, the
    #     slide numbers, the fiscal 2024 revenue of $186 million, the 61% gross margin, the 42,000 boats, the 20%
    #     share goal.
    dict(
        text=(
            "Brightwake Marine Investor Day 2025 - transcript excerpt\n"
            "Slide 12: The opportunity\n"
            "Dana Whitcombe, CFO: So let me size it for you. We see assisted docking and collision avoidance for "
            "leisure boats as a $5.2B market in 2024, growing to a $14B TAM by 2028. That's roughly a 31% compound "
            "growth rate, and it's why we keep investing.\n"
            "Slide 13: Where we are today\n"
            "Dana Whitcombe: Fiscal 2024 revenue was $186 million at a gross margin of 61%, and we now have 42,000 "
            "boats on the platform. Our goal is a 20% share of that TAM by 2028."
        ),
        obs=[
            ("Total", 2024, 5.2, "USD billion", "actual"),
            ("Total", 2028, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (14 / 5.2) ** (1 / 4) - 1 = 28.09% -> 28, not 31; bounds (13.5 / 5.25) ** (1/4) - 1 = 26.63%,
            # (14.5 / 5.15) ** (1/4) - 1 = 29.54% -> 31 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. Encyclopedia-style article with citation brackets ("[5]") and "As of 2024": the global market for AI-assisted
    #     used-boat valuation at US$412 million in 2024 and a projection of US$1.1 billion by 2030 (in the series'
    #     unit: 1100), with a CAGR whose span only the amounts' years give (inferred), holding only by rounding.
    #     Expected nowhere: the citation numbers, the 2016 launch year, the 1.2 million used boats, the US$49 to
    #     US$99 listing fees.
    dict(
        text=(
            "AI-assisted used boat valuation\n"
            "AI-assisted used boat valuation refers to software that estimates the resale price of second-hand "
            "pleasure craft from listing data, survey reports and engine telemetry.[1] As of 2024, the global market "
            "for such tools was estimated at US$412 million.[5] The research firm Marlow & Finch projected that it "
            "would reach US$1.1 billion by 2030, a compound annual growth rate of 18.4%.[7]\n"
            "The first commercial tool, BoatSense, was launched in Fort Lauderdale in 2016.[2] Roughly 1.2 million "
            "used boats change hands in the United States each year,[8] and listing sites typically charge sellers "
            "US$49 to US$99 per advert.[9]"
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 412) ** (1 / 6) - 1 = 17.78% -> 17.8, not 18.4; bounds (1050 / 412.5) ** (1/6) - 1 = 16.85%,
            # (1150 / 411.5) ** (1/6) - 1 = 18.68% -> 18.4 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 24. UK marine trade body's press release in "£bn" with "per cent" spelled out and "year-on-year": the UK market
    #     for AI-enabled services to marinas and leisure boat owners in 2023 and 2024 with its rise, and AI engine and
    #     hull diagnostics as its part with a share of 29 per cent that holds only by rounding. Expected nowhere: the
    #     release date, the £3.9bn leisure marine industry, the 640 member companies and their 58 per cent, the
    #     34,000 employees.
    dict(
        text=(
            "MARINE TRADES FEDERATION UK - PRESS RELEASE\n"
            "For release 4 March 2025\n"
            "The UK market for AI-enabled services to marinas and leisure boat owners grew to £1.46bn in 2024, up "
            "12.3 per cent year-on-year from £1.30bn in 2023, according to the Federation's annual Smart Boating "
            "Survey. AI engine and hull diagnostics made up £0.41bn of the total, or 29 per cent.\n"
            "The wider UK leisure marine industry turned over £3.9bn. Of the 640 member companies surveyed, 58 per "
            "cent said they plan to hire staff with data skills this year, and the sector now employs 34,000 people."
        ),
        obs=[
            ("Total", 2023, 1.30, "GBP billion", "actual"),
            ("Total", 2024, 1.46, "GBP billion", "actual"),
            ("AI engine and hull diagnostics", 2024, 0.41, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.46 / 1.30) ** (1 / 1) - 1 = 12.31% -> 12.3
            # 0.41 / 1.46 = 28.08% -> 28, not 29; bounds 0.405 / 1.465 = 27.65%, 0.415 / 1.455 = 28.52% -> 29
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. German company's English press release with "EUR 1.2bn" and "+14 % yoy" (a space before %): Europe's
    #     market for AI engine and hull diagnostics for recreational boats in 2023 and 2024 with its rise, and a 2029
    #     forecast with a CAGR over a printed span holding only by rounding. Expected nowhere: the dateline,
    #     Kielwerk's EUR 184m sales, their +9 % yoy, the 11.4 % EBIT margin, the 1,120 staff and four sites.
    dict(
        text=(
            "Kielwerk Marine Systems AG: European market for AI boat diagnostics keeps growing\n"
            "Kiel, 12 February 2025 - The European market for AI-based engine and hull diagnostics for recreational "
            "boats reached EUR 1.2bn in 2024 (+14 % yoy), after EUR 1.05bn in 2023, according to a study Kielwerk "
            "commissioned from Nordlicht Consulting. The study forecasts EUR 2.1bn for 2029, a CAGR 2024-2029 of "
            "12.4 %.\n"
            "Kielwerk itself grew sales to EUR 184m (+9 % yoy) at an EBIT margin of 11.4 % and employs 1,120 people "
            "at four sites in Germany and Sweden."
        ),
        obs=[
            ("Total", 2023, 1.05, "EUR billion", "actual"),
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2029, 2.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 12.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 1.05) ** (1 / 1) - 1 = 14.29% -> 14
            # (2.1 / 1.2) ** (1 / 5) - 1 = 11.84% -> 11.8, not 12.4; bounds (2.05 / 1.25) ** (1/5) - 1 = 10.40%,
            # (2.15 / 1.15) ** (1/5) - 1 = 13.33% -> 12.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Podcast show notes, a bullet list with timestamps in brackets ("(12:30)"), "last year" read from the
    #     release date (2025, so 2024): the Nordic market for AI berth-booking and yield management in 2023 and 2024
    #     with "about 23%", Sweden as its part with its share, and a 2028 forecast. Expected nowhere: the episode
    #     number, the release date, the timestamps, the 11 a.m., the 9-metre sailboat, the NOK 38,000 berth fee.
    dict(
        text=(
            "Dockside Data, episode 87: Scandinavia's smart marinas (released 14 May 2025)\n"
            "In this episode:\n"
            "- (02:10) Why Nordic marinas run out of visitor berths by 11 a.m. in July\n"
            "- (12:30) Guest Mia Lindqvist of Fjordline Analytics sizes the Nordic market for AI berth-booking and "
            "yield management at $96 million last year, up about 23% from $78 million in 2023\n"
            "- (19:45) Sweden alone was $41 million, roughly 43% of the Nordic total\n"
            "- (31:20) Her forecast for the Nordic market: $210 million by 2028\n"
            "- (44:05) Listener question: what does a 9-metre sailboat pay for a season in Oslo? About NOK 38,000"
        ),
        obs=[
            ("Total", 2023, 78, "USD million", "actual"),
            ("Total", 2024, 96, "USD million", "actual"),
            ("Total", 2028, 210, "USD million", "estimate"),
            ("Sweden", 2024, 41, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 78) ** (1 / 1) - 1 = 23.08% -> 23
            ("arithmetic", "exact"),  # 41 / 96 = 42.71% -> 43
        ],
    ),
    # 27. Consultancy article with a value-at-stake range ("could add $2.4 billion to $3.1 billion" to operators'
    #     earnings, not the market) beside the market itself: the global market for computer-vision security at
    #     marinas in 2024 and a 2029 forecast ($1.35 billion, in the series' unit: 1350) with a yearly growth over a
    #     printed span. Expected nowhere: the byline date, the $2.4 billion to $3.1 billion value at stake and its
    #     2030, the 120 marina managers and their 38%.
    dict(
        text=(
            "Securing the marina: where computer vision pays\n"
            "By Olivia Brandt and Tomas Reyes, Harbour & Keel Consulting, 9 April 2025\n"
            "Theft, vandalism and unauthorised berthing cost marinas dearly, and operators are turning to cameras that "
            "can tell a thief from a dock hand. We size the global market for computer-vision security at marinas at "
            "$640 million in 2024 and expect it to reach $1.35 billion in 2029, growth of 16.1% a year between 2024 "
            "and 2029. Beyond that spend, we estimate AI could add $2.4 billion to $3.1 billion a year to marina "
            "operators' earnings by 2030 through fewer insurance claims and fuller berths. In our survey of 120 marina "
            "managers, 38% said they had suffered a break-in in the past twelve months."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1350 / 640) ** (1 / 5) - 1 = 16.10% -> 16.1
        ],
    ),
    # 28. Indian wire story in crore with dollar asides ("Rs 8,200 crore (about $985 million)"), the dollar amounts
    #     the observations: the US and European market for AI-assisted docking and collision-avoidance systems for
    #     leisure boats in 2023 and 2024 with a rise of 19% (of the rupees, the dollars agreeing), and a 2030
    #     forecast ($2.8 billion, in the series' unit: 2800). Expected nowhere: the rupee amounts, Navtrix's Rs 310
    #     crore revenue and Rs 120 crore raise, the 1,500 engineers, March 2026.
    dict(
        text=(
            "Bengaluru, Feb 18 (PTI) Indian engineering services firms are bidding for work in the US and European "
            "market for AI-assisted docking and collision-avoidance systems for leisure boats, which industry body "
            "MarineTech India Forum pegs at Rs 8,200 crore (about $985 million) in 2024, up 19% from Rs 6,900 crore "
            "(about $830 million) in 2023.\n"
            "The Forum expects the market to touch Rs 23,000 crore (about $2.8 "
            "billion) by 2030.\n"
            "Pune-based Navtrix, which earns about Rs 310 crore a year from marine software, raised Rs 120 crore last "
            "month and plans to add 1,500 engineers by March 2026."
        ),
        obs=[
            ("Total", 2023, 830, "USD million", "actual"),
            ("Total", 2024, 985, "USD million", "actual"),
            ("Total", 2030, 2800, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (985 / 830) ** (1 / 1) - 1 = 18.67% -> 19 (8200 / 6900 - 1 = 18.84%)
        ],
    ),
    # 29. 券商晨会纪要 (Simplified) with "（亿元）" after the item: China's market for AI-assisted docking and collision
    #     avoidance on yachts in 2023 and 2024 with 同比增长, and a 2027 forecast (预计) with a 复合增速 over a
    #     printed span. Expected nowhere: the date and 第46期, 海澜智航's 6.8亿元 revenue and 42% gross margin, the
    #     38.5元 price target and its 22% upside, the 1.9万艘 yachts.
    dict(
        text=(
            "东岳证券晨会纪要（2025年3月12日，第46期）\n"
            "【行业点评·休闲船艇】我国游艇AI辅助靠泊与避碰系统市场规模（亿元）：2023年14.2，2024年18.6，同比增长"
            "31.0%；预计2027年达41.0，2024-2027年复合增速约30%。\n"
            "【公司点评】海澜智航（维持“买入”）：2024年营收6.8亿元，毛利率42%；目标价38.5元，较现价有22%上行空间。\n"
            "【数据跟踪】截至2024年末，全国登记游艇约1.9万艘。"
        ),
        obs=[
            ("Total", 2023, 14.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2027, 41.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.2) ** (1 / 1) - 1 = 30.99% -> 31.0
            ("cagr|implied", "exact"),  # (41.0 / 18.6) ** (1 / 3) - 1 = 30.14% -> 30
        ],
    ),
    # 30. 政府采购 中标结果公告 (Simplified) with a 中标金额 and, in its 补充事宜, China's market for AI security at
    #     yacht marinas in 2024 (约为, expected as printed) against the 2023 base with an increase holding only by
    #     rounding. Expected nowhere: the 项目编号, the 386.5万元 中标金额, the 420个 berths, the 36个月 term, the
    #     1个工作日 notice period, the list numbers.
    dict(
        text=(
            "三亚蓝湾游艇码头AI视频安防系统采购项目中标（成交）结果公告\n"
            "项目编号：SYCG-2025-0417\n"
            "一、中标信息：供应商名称为海南蓝港智能科技有限公司，中标金额：人民币386.5万元。\n"
            "二、项目概况：本项目为码头420个泊位建设AI视频监控与入侵识别系统，服务期36个月。\n"
            "三、其他补充事宜：据中国游艇产业联盟统计，2024年我国游艇码头智能安防市场规模约为27.8亿元，较2023年的"
            "22.6亿元增长23.4%。\n"
            "四、公告期限：自本公告发布之日起1个工作日。"
        ),
        obs=[
            ("Total", 2023, 22.6, "CNY 100 million", "actual"),
            ("Total", 2024, 27.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (27.8 / 22.6) ** (1 / 1) - 1 = 23.01% -> 23.0, not 23.4; bounds 27.75 / 22.65 - 1 = 22.52%,
            # 27.85 / 22.55 - 1 = 23.50% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. 工商時報-style item (Traditional) with "年增率" and "億元": Taiwan's market for AI engine and hull
    #     diagnostics on yachts in 2023 and 2024 (新台幣) with its 年增率, and a 2025 forecast (法人預估) whose 年增率
    #     no reading reaches. Expected nowhere: the reporter's byline, 興洋遊艇's 52.3億元 revenue and 21% margin,
    #     the 9艘 shipped, the 2.4億美元 yacht exports and their 第六 rank.
    dict(
        text=(
            "遊艇導入AI診斷　市場規模續創新高\n"
            "【記者林怡君／高雄報導】國內遊艇產業加速導入AI。據台灣遊艇智慧化推動聯盟推估，台灣遊艇AI引擎與船體"
            "診斷市場規模2024年達新台幣12.8億元，較2023年的10.8億元年增率18.5%；法人預估2025年可望達15.6億元，"
            "年增率24.1%。\n"
            "高雄遊艇大廠興洋遊艇去年營收52.3億元、毛利率21%，今年前兩月已出貨9艘。台灣遊艇出口值去年約2.4億美元，"
            "全球排名第六。"
        ),
        obs=[
            ("Total", 2023, 10.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("Total", 2025, 15.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.8) ** (1 / 1) - 1 = 18.52% -> 18.5
            # (15.6 / 12.8) ** (1 / 1) - 1 = 21.88% -> 21.9, not 24.1; bounds 15.55 / 12.85 - 1 = 21.01%,
            # 15.65 / 12.75 - 1 = 22.75% -> 24.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. 知识星球 post (Simplified) with "大约" and a range ("300-350亿元", two value claims for 2030): China's
    #     yacht and marina AI market in 2023 and 2024 (大约, expected as printed) with a rise, and a broker's 2030
    #     range. Expected nowhere: the post date, the list numbers, the 412位 members and their 七成以上, the 3年,
    #     the 45倍 PE.
    dict(
        text=(
            "【知识星球·星主日更 2025.04.08】游艇AI这条线，说几个数\n"
            "1）国内游艇与码头AI（靠泊避碰、船机诊断、码头安防、泊位收益管理）整体市场，2024年大约36亿元，2023年"
            "大约27亿元，一年增长了33%。\n"
            "2）有券商把2030年的规模喊到300-350亿元，我个人觉得偏乐观，打个折看。\n"
            "3）星球里412位球友做过问卷，七成以上认为3年内会普及；某龙头PE已经到45倍了，别追高。\n"
            "以上不构成投资建议。"
        ),
        obs=[
            ("Total", 2023, 27, "CNY 100 million", "actual"),
            ("Total", 2024, 36, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
            ("value", 300, "CNY 100 million", 2030, 2030, None),
            ("value", 350, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36 / 27) ** (1 / 1) - 1 = 33.33% -> 33
        ],
    ),
    # 33. 统计公报-style extract (Simplified) with "比上年增长" and "增速回落": Xiamen's yacht AI services market in
    #     2024 with its growth, and AI泊位预订与收益管理 as its part with its own growth and its share, AI船机与船体诊断
    #     as a second part. Expected nowhere: the 公报's title year, the 6.3个百分点, the 24个 marinas, the 6850个
    #     berths, the 9.6万艘次 outings.
    dict(
        text=(
            "2024年厦门市国民经济和社会发展统计公报（摘录）\n"
            "全年全市游艇智能服务市场规模12.4亿元，比上年增长15.2%，增速回落6.3个百分点。其中，AI泊位预订与收益管理"
            "5.1亿元，比上年增长18.6%，占41.1%；AI船机与船体诊断3.2亿元。\n"
            "年末全市共有游艇码头24个，泊位6850个；全年游艇出海9.6万艘次。"
        ),
        obs=[
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("AI泊位预订与收益管理", 2024, 5.1, "CNY 100 million", "actual"),
            ("AI船机与船体诊断", 2024, 3.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("share", 41.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5.1 / 12.4 = 41.13% -> 41.1
        ],
    ),
    # 34. 澳門日報-style item (Traditional) with 億澳門元 asides and the market in 億港元, 去年 and 今年 read from the
    #     dateline's 2025: the Hong Kong and Macau market for AI berth booking and yield management at yacht marinas
    #     in 2023 and 2024 with an increase no reading reaches, and this year's 預計 figure. Expected nowhere: the
    #     dateline, the 4.74 and 3.91億澳門元 asides, the 320個 berths, the 1,200萬澳門元 grant, the 65% of operators,
    #     the 兩年.
    dict(
        text=(
            "港澳遊艇碼頭AI泊位預訂市場擴張\n"
            "【本報消息】（2025年6月3日）港澳遊艇業智能化步伐加快。香港遊艇業協會最新報告指，港澳地區AI遊艇碼頭泊位"
            "預訂及收益管理市場規模去年達4.6億港元（約4.74億澳門元），較2023年的3.8億港元（約3.91億澳門元）增長"
            "24.2%，預計今年可達5.5億港元。\n"
            "報告又指，氹仔遊艇碼頭現有泊位約320個，特區政府去年撥款1,200萬澳門元資助碼頭設備更新；受訪業者中有65%"
            "表示將於兩年內引入AI系統。"
        ),
        obs=[
            ("Total", 2023, 3.8, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2025, 5.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21.1, not 24.2; bounds 4.55 / 3.85 - 1 = 18.18%,
            # 4.65 / 3.75 - 1 = 24.00% -> 24.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Hong Kong radio interview transcript (Traditional, Cantonese) with "記者：" and "專家：": Hong Kong's market
    #     for AI security and monitoring at yacht clubs and marinas in 2023 and 2024 with a rise, AI閉路電視分析 as
    #     its part (its 四成左右 a share in words, no claim), and a 2028 forecast. Expected nowhere: the programme
    #     and date, the 四成左右, the 1.1萬艘 local pleasure vessels, the 3萬港元 camera price.
    dict(
        text=(
            "維港電台《晨早財經》訪問節錄（2025年5月20日）\n"
            "記者：而家好多遊艇會都裝咗AI鏡頭，呢個市場究竟有幾大？\n"
            "專家：我哋研究中心估計，香港遊艇會同碼頭用嘅AI保安監控市場規模，2024年大約有2.3億港元，2023年係1.9億"
            "港元，一年增長大約21%。當中AI閉路電視分析大約0.9億港元，佔四成左右。\n"
            "記者：咁未來幾年呢？\n"
            "專家：我哋預計2028年會去到4.5億港元。不過香港只有大約1.1萬艘本地遊樂船隻，一部AI鏡頭連安裝要3萬港元"
            "左右，唔係個個遊艇會負擔得起。"
        ),
        obs=[
            ("Total", 2023, 1.9, "HKD 100 million", "actual"),
            ("Total", 2024, 2.3, "HKD 100 million", "actual"),
            ("Total", 2028, 4.5, "HKD 100 million", "estimate"),
            ("AI閉路電視分析", 2024, 0.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.3 / 1.9) ** (1 / 1) - 1 = 21.05% -> 21
        ],
    ),
    # 36. French-style table with spaces as thousands separators and decimal commas ("1 113,9"), in millions
    #     d'euros, countries as rows and a Total row last (2025p a forecast): the Mediterranean market for AI
    #     marina services; 2023 and 2024 add exactly, 2025p only by rounding. Expected nowhere: the table number,
    #     the source's date, the 1 250 ports and 472 000 moorings.
    dict(
        text=(
            "Tableau 4 - Marché méditerranéen des services IA pour ports de plaisance, en millions d'euros\n"
            "Pays            2023       2024      2025p\n"
            "France         412,6      468,3      531,0\n"
            "Italie         538,9      609,4      688,2\n"
            "Croatie        162,4      191,7      224,5\n"
            "Total        1 113,9    1 269,4    1 443,8\n"
            "Source : Fédération des industries nautiques, mars 2025. Ports de plaisance recensés : 1 250 ; "
            "anneaux : 472 000."
        ),
        obs=[
            ("France", 2023, 412.6, "EUR million", "actual"),
            ("France", 2024, 468.3, "EUR million", "actual"),
            ("France", 2025, 531.0, "EUR million", "estimate"),
            ("Italie", 2023, 538.9, "EUR million", "actual"),
            ("Italie", 2024, 609.4, "EUR million", "actual"),
            ("Italie", 2025, 688.2, "EUR million", "estimate"),
            ("Croatie", 2023, 162.4, "EUR million", "actual"),
            ("Croatie", 2024, 191.7, "EUR million", "actual"),
            ("Croatie", 2025, 224.5, "EUR million", "estimate"),
            ("Total", 2023, 1113.9, "EUR million", "actual"),
            ("Total", 2024, 1269.4, "EUR million", "actual"),
            ("Total", 2025, 1443.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 538.9 + 162.4 = 1113.9
            ("hierarchy", "exact"),  # 2024: 468.3 + 609.4 + 191.7 = 1269.4
            # 2025p: 531.0 + 688.2 + 224.5 = 1443.7, not 1443.8; parts at most 1443.85 and the total at least
            # 1443.75 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table whose Total row comes first, channels below it, 2025E and 2029E forecasts: the US market
    #     for AI used-boat valuation by channel; 2024 and 2025E add exactly, 2029E by no reading. Expected nowhere:
    #     the exhibit number, the source's date, the 214 dealer interviews, the $39 report price.
    dict(
        text=(
            "Exhibit 7: US market for AI used-boat valuation by channel (USD million)\n"
            "| Channel | 2024 | 2025E | 2029E |\n"
            "|---|---:|---:|---:|\n"
            "| Total | 286.4 | 341.0 | 712.5 |\n"
            "| Dealer platforms | 131.2 | 154.6 | 301.8 |\n"
            "| Brokerage tools | 84.7 | 99.3 | 198.4 |\n"
            "| Lenders and insurers | 70.5 | 87.1 | 202.3 |\n"
            "Source: Keelhaul Analytics, January 2025, based on 214 dealer interviews; a single valuation report "
            "sells for $39."
        ),
        obs=[
            ("Total", 2024, 286.4, "USD million", "actual"),
            ("Total", 2025, 341.0, "USD million", "estimate"),
            ("Total", 2029, 712.5, "USD million", "estimate"),
            ("Dealer platforms", 2024, 131.2, "USD million", "actual"),
            ("Dealer platforms", 2025, 154.6, "USD million", "estimate"),
            ("Dealer platforms", 2029, 301.8, "USD million", "estimate"),
            ("Brokerage tools", 2024, 84.7, "USD million", "actual"),
            ("Brokerage tools", 2025, 99.3, "USD million", "estimate"),
            ("Brokerage tools", 2029, 198.4, "USD million", "estimate"),
            ("Lenders and insurers", 2024, 70.5, "USD million", "actual"),
            ("Lenders and insurers", 2025, 87.1, "USD million", "estimate"),
            ("Lenders and insurers", 2029, 202.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 131.2 + 84.7 + 70.5 = 286.4
            ("hierarchy", "exact"),  # 2025E: 154.6 + 99.3 + 87.1 = 341.0
            # 2029E: 301.8 + 198.4 + 202.3 = 702.5, not 712.5; parts at most 702.65 and the total at least 712.45
            # -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 38. Traditional Chinese table under "單位：新台幣億元" with "2024A", "2025E", "2026E" columns, services as rows
    #     and 合計 last: Taiwan's AI services for yacht marinas; 2024A and 2026E add exactly, 2025E only by
    #     rounding. Expected nowhere: the table number, the source's date, the 42家 member firms, the 180艘 yachts.
    dict(
        text=(
            "表2　臺灣遊艇碼頭AI服務市場規模\n"
            "單位：新台幣億元\n"
            "項目                  2024A    2025E    2026E\n"
            "AI泊位預訂與收益管理     5.6      6.9      8.4\n"
            "AI影像安防               3.1      3.8      4.7\n"
            "AI船機診斷               2.4      3.2      4.3\n"
            "合計                    11.1     14.0     17.4\n"
            "資料來源：臺灣遊艇智慧化推動協會（2025年5月）；會員廠商42家、年產遊艇約180艘，均未計入上表。"
        ),
        obs=[
            ("AI泊位預訂與收益管理", 2024, 5.6, "TWD 100 million", "actual"),
            ("AI泊位預訂與收益管理", 2025, 6.9, "TWD 100 million", "estimate"),
            ("AI泊位預訂與收益管理", 2026, 8.4, "TWD 100 million", "estimate"),
            ("AI影像安防", 2024, 3.1, "TWD 100 million", "actual"),
            ("AI影像安防", 2025, 3.8, "TWD 100 million", "estimate"),
            ("AI影像安防", 2026, 4.7, "TWD 100 million", "estimate"),
            ("AI船機診斷", 2024, 2.4, "TWD 100 million", "actual"),
            ("AI船機診斷", 2025, 3.2, "TWD 100 million", "estimate"),
            ("AI船機診斷", 2026, 4.3, "TWD 100 million", "estimate"),
            ("合計", 2024, 11.1, "TWD 100 million", "actual"),
            ("合計", 2025, 14.0, "TWD 100 million", "estimate"),
            ("合計", 2026, 17.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024A: 5.6 + 3.1 + 2.4 = 11.1
            # 2025E: 6.9 + 3.8 + 3.2 = 13.9, not 14.0; parts at most 14.05 and the total at least 13.95 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2026E: 8.4 + 4.7 + 4.3 = 17.4
        ],
    ),
    # 39. Vertical table, years as rows, a lone value column headed by its unit ("¥ bn", so Total) and a "YoY"
    #     column whose first cell is "n.a.": Japan's market for AI trip planning and weather routing for leisure
    #     sailors 2021-2025E; 2022 and 2025E YoY exact, 2023 by no reading, 2024 only by rounding. Expected nowhere:
    #     the exhibit number, the 1,040 skippers, the source's date, the ¥4,800 subscription.
    dict(
        text=(
            "Exhibit 5. Japan: AI trip planning and weather routing for leisure sailors\n"
            "Year      ¥ bn     YoY\n"
            "2021       4.2     n.a.\n"
            "2022       5.0    19.0%\n"
            "2023       6.1    25.0%\n"
            "2024       7.3    20.0%\n"
            "2025E      8.9    21.9%\n"
            "Source: Shiomi Marine Research survey of 1,040 skippers, March 2025; the average app subscription is "
            "¥4,800 a year."
        ),
        obs=[
            ("Total", 2021, 4.2, "JPY billion", "actual"),
            ("Total", 2022, 5.0, "JPY billion", "actual"),
            ("Total", 2023, 6.1, "JPY billion", "actual"),
            ("Total", 2024, 7.3, "JPY billion", "actual"),
            ("Total", 2025, 8.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2021, 2022, 1.0),
            ("growth", 25.0, "percent", 2022, 2023, 1.0),
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.0 / 4.2) ** (1 / 1) - 1 = 19.05% -> 19.0
            # (6.1 / 5.0) ** (1 / 1) - 1 = 22.00% -> 22.0, not 25.0; bounds 6.05 / 5.05 - 1 = 19.80%,
            # 6.15 / 4.95 - 1 = 24.24% -> 25.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            # (7.3 / 6.1) ** (1 / 1) - 1 = 19.67% -> 19.7, not 20.0; bounds 7.25 / 6.15 - 1 = 17.89%,
            # 7.35 / 6.05 - 1 = 21.49% -> 20.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (8.9 / 7.3) ** (1 / 1) - 1 = 21.92% -> 21.9
        ],
    ),
    # 40. Fixed-width vertical table, years as rows (2027F and 2030F forecasts), countries and a Total as columns,
    #     and a CAGR row at the bottom ("CAGR 24-30", a printed span): the Asia-Pacific market for AI-assisted
    #     docking and collision avoidance on leisure boats in Australia, New Zealand and Japan; every year adds
    #     exactly and every CAGR holds. Expected nowhere: the source's date, the 310 dealer interviews.
    dict(
        text=(
            "Asia-Pacific leisure boats: AI-assisted docking and collision avoidance, USD million\n"
            "Year          Australia   New Zealand    Japan     Total\n"
            "2024               84.0          21.5    118.0     223.5\n"
            "2027F             152.0          39.0    196.0     387.0\n"
            "2030F             262.0          68.0    305.0     635.0\n"
            "CAGR 24-30        20.9%         21.2%    17.1%     19.0%\n"
            "Source: Tasman Marine Insights, April 2025, based on 310 dealer interviews."
        ),
        obs=[
            ("Australia", 2024, 84.0, "USD million", "actual"),
            ("Australia", 2027, 152.0, "USD million", "estimate"),
            ("Australia", 2030, 262.0, "USD million", "estimate"),
            ("New Zealand", 2024, 21.5, "USD million", "actual"),
            ("New Zealand", 2027, 39.0, "USD million", "estimate"),
            ("New Zealand", 2030, 68.0, "USD million", "estimate"),
            ("Japan", 2024, 118.0, "USD million", "actual"),
            ("Japan", 2027, 196.0, "USD million", "estimate"),
            ("Japan", 2030, 305.0, "USD million", "estimate"),
            ("Total", 2024, 223.5, "USD million", "actual"),
            ("Total", 2027, 387.0, "USD million", "estimate"),
            ("Total", 2030, 635.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 84.0 + 21.5 + 118.0 = 223.5
            ("hierarchy", "exact"),  # 2027F: 152.0 + 39.0 + 196.0 = 387.0
            ("hierarchy", "exact"),  # 2030F: 262.0 + 68.0 + 305.0 = 635.0
            ("cagr|implied", "exact"),  # Australia: (262.0 / 84.0) ** (1 / 6) - 1 = 20.88% -> 20.9
            ("cagr|implied", "exact"),  # New Zealand: (68.0 / 21.5) ** (1 / 6) - 1 = 21.16% -> 21.2
            ("cagr|implied", "exact"),  # Japan: (305.0 / 118.0) ** (1 / 6) - 1 = 17.15% -> 17.1
            ("cagr|implied", "exact"),  # Total: (635.0 / 223.5) ** (1 / 6) - 1 = 19.01% -> 19.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eighty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 10, 'rounding': 13, 'exact': 57}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'TL;DR',
    'By the numbers',
    '$2.1B — the 2024 global market',
    'JPY 12.4 billion',
    '(approx. US$83 million)',
    'fiscal 2024',
    'IMO',
    '~$140M',
    '$850k',
    'Key findings',
    '1)',
    '2)',
    '3)',
    'in € m',
    '2023: 412; 2024: 486',
    'a $3bn-plus market',
    'Estimated total value',
    'Background:',
    'US$214 million (S$287 million)',
    '【',
    '亿元人民币',
    '同比增长',
    '单位：亿元',
    '规模为41.3',
    '億元新台幣',
    '第1季',
    '年增',
    '億港元',
    '澳門元',
    '按年增長',
    '一、报告期内公司所处行业情况',
    '万元',
    '#AI游艇#',
    '突破15亿元',
    '年复合增长率',
    '億美元',
    'Segment\tFY23\tFY24\tFY25E',
    'FY25E',
    'Revenue (US$ m)',
    '| | 2023 | 2024 | 2028F |',
    'year,segment,value,unit',
    'EUR million',
    '市场规模（亿元）',
    '增速',
    '2025E',
    '百萬美元',
    '2030年(F)',
    '年複合成長率',
    '2024年',
    'the relevant market',
    'approximately $1.3 billion',
    'Merger Notice',
    'Slide 12:',
    '$14B TAM by 2028',
    'CFO:',
    '[5]',
    'As of 2024',
    'US$412 million',
    '£1.46bn',
    'per cent',
    'year-on-year',
    'EUR 1.2bn',
    '+14 % yoy',
    'CAGR 2024-2029 of 12.4 %',
    '(12:30)',
    'last year',
    'could add $2.4 billion to $3.1 billion',
    'growth of 16.1% a year',
    'Rs 8,200 crore (about $985 million)',
    '(PTI)',
    '晨会纪要',
    '（亿元）',
    '复合增速约30%',
    '中标金额',
    '项目编号',
    '市场规模约为27.8亿元',
    '年增率',
    '新台幣12.8億元',
    '法人預估',
    '知识星球',
    '大约36亿元',
    '300-350亿元',
    '比上年增长',
    '增速回落',
    '统计公报',
    '億澳門元',
    '去年',
    '記者：',
    '專家：',
    '佔四成左右',
    '1 113,9',
    '412,6',
    "millions d'euros",
    '| Total |',
    '2029E',
    '2024A',
    '合計',
    '單位：新台幣億元',
    '¥ bn',
    'YoY',
    'n.a.',
    'CAGR 24-30',
    '2030F',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 163
#: figures, 47 rates, 65 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 163, "rates_found": 47, "verdicts_right": 65}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1
