"""A hundred-and-seventy-ninth check set for the extractor, written blind: AI in aviation, airports and space: AI for
airline operations (crew and network planning, predictive maintenance of aircraft and engines), airport AI (biometric
boarding, baggage and turnaround vision systems), air-traffic-management AI, AI in satellite operations and
Earth-observation analytics, autonomous drones for inspection; sized in money by aviation consultancies, airline and
airport associations, aerospace manufacturers' investor days, civil-aviation authorities' plans, brokers and research
houses in France, the UAE, Singapore, the United States, Japan, mainland China, Taiwan and Hong Kong. Distractors a
careful reader leaves out: passenger numbers, flights and aircraft counts, fuel costs, an airline's own revenue or
profit, orders for aircraft, the whole aviation-IT or space market beside the AI part, launch counts, a funding round,
a quarter's figures, a load factor or on-time percentage.

Snippets 1-20: Snippets on AI in aviation, airports and space. Eight are English prose: a Paris wire release, a Tokyo
broker note in fiscal years and yen, a Singapore briefing with segment shares, a Dubai news story quoting two houses
(the second house's 2024 figure is left out; the 2032 billion figure is converted to the series' millions), an
investor-day transcript sizing a TAM, a UAE roadmap with a multiple, a New York note with a correction and a range,
and an investor's blog with approximate figures. Seven are Chinese prose (three in Traditional script), and five are
tables: markdown with E/F columns, a vertical yen table with a YoY column, a tab-separated 亿元 table with 合计, a
fiscal-year table and a 新台幣百萬元 table with shares. Left out: passengers, flights, aircraft and satellite counts,
launches, fuel bills, airline profits, company revenue, target prices, funding rounds, quarters, on-time rates,
fractions in words, the space economy. Inconsistent: the 27% growth in snippet 7 and the 32.4% YoY in snippet 17.
Holding only by rounding: the 24.5% share (3), the 28% CAGR (8), the 27.2% share (13), the 20% growth (14), the 20.6%
CAGR (15) and the 2023 total of the markdown table (16).

Snippets 21-40: Snippets 21-40 cover AI in aviation, airports and space. Eight are English prose: a US earnings-call
transcript sizing a TAM, a Toulouse working-paper abstract, a social-media thread, a Singapore web article with a
correction, a Dubai annual-report letter, Paris investor-day slide bullets, a forum answer and a Singapore broker note
with a won aside. Seven are Chinese prose (Xinhua-style release, CAAC-style plan, MIC-style release, Hong Kong report,
PTT-style post, broker abstract with a range, results-briefing transcript; three in Traditional Chinese). Five are
tables: markdown segments with a total, a tab-separated vertical yen table with YoY, a space-aligned 合计 table, a
regional CAGR table and a share table. Distractors left out: passengers, flights, launches, fleet and satellite
counts, company revenue, profit, orders, margins, share targets, funding rounds, a quarter, on-time rates, whole IT or
space markets, fractions in words, the won figure, a second publisher's 2024 figure and an uncorrected figure.
Inconsistent: the working paper's 16.2% CAGR and the table's Middle East & Africa 22.7% and Global 18.4%. Holding only
by rounding: the thread's 27.8% CAGR, the forum's 13%, the broker's 38% share, Xinhua's 23.5%, the yen table's 2023
YoY, the Latin America CAGR and the markdown table's 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Paris wire press release from an aviation consultancy: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the barometer's title year, the 27,400 aircraft tracked, the airlines' fuel bill.
    dict(
        text=(
            "PARIS, 4 February 2025 /Business Wire/ -- Airlines and engine shops spent $2.36 billion on AI-based "
            "predictive maintenance for aircraft and engines in 2024, up 18% on the $2.0 billion they spent in 2023, "
            "according to the 2025 Aero MRO Intelligence Barometer released today by Cabinet Lemaire Aero, a "
            "Toulouse-based aviation consultancy. The firm, which tracks 27,400 commercial aircraft in service, "
            "expects spending to hit $6.8 billion in 2031, implying a compound annual growth rate of 16.3% over "
            "2024-2031. Jet fuel, by comparison, cost the world's airlines some $291 billion last year."
        ),
        obs=[
            ("Total", 2023, 2.0, "USD billion", "actual"),
            ("Total", 2024, 2.36, "USD billion", "actual"),
            ("Total", 2031, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.36 / 2.0) ** (1 / 1) - 1 = 18.00% -> 18
            ("cagr|implied", "exact"),  # (6.8 / 2.36) ** (1 / 7) - 1 = 16.32% -> 16.3
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen; CAGR whose span only the amounts' years give.
    #    Expected nowhere: domestic passengers, the load factor, the pick's target price and upside, its 1Q profit.
    dict(
        text=(
            "JAPAN AIRLINES & AIRPORTS | Sector report | Tokyo, 9 July 2025\n"
            "Smarter rosters, fewer cancellations. We estimate Japan's market for AI-based airline crew and network "
            "planning software at \u00a548.5bn in FY2024 and forecast \u00a5112bn by FY2029e, a CAGR of about 18%. "
            "The two majors flew 96 million domestic passengers in FY2024 with load factors back above 75%, which "
            "leaves little slack when a typhoon scrambles the schedule. Our preferred name, Kumo Systems (Buy, TP "
            "\u00a53,400, 22% upside), lifted 1Q FY2025 operating profit 31% to \u00a52.1bn."
        ),
        obs=[
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Total", 2029, 112, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (112 / 48.5) ** (1 / 5) - 1 = 18.22% -> 18
        ],
    ),
    # 3. Singapore research centre briefing with two segments and their shares; one share holds only by rounding.
    #    Expected nowhere: Changi's passenger count, the centre's 40 analysts.
    dict(
        text=(
            "SINGAPORE, 2 April 2025 - Airports in Asia-Pacific spent US$4.80 billion on artificial-intelligence "
            "systems in 2024, the Straits Aviation Research Centre said in a briefing on Wednesday. Biometric "
            "boarding and identity checks took the biggest slice, US$1.73 billion or 36%, while baggage-handling "
            "and turnaround vision systems came in at US$1.17 billion (24.5%). Changi alone handled 67.7 million "
            "passengers last year. The centre, which has 40 analysts across the region, expects AI spending by "
            "the region's airports to reach US$9.1 billion in 2029."
        ),
        obs=[
            ("Total", 2024, 4.80, "USD billion", "actual"),
            ("Biometric boarding and identity checks", 2024, 1.73, "USD billion", "actual"),
            ("Baggage-handling and turnaround vision systems", 2024, 1.17, "USD billion", "actual"),
            ("Total", 2029, 9.1, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 24.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.73 / 4.80 = 36.04% -> 36
            # 1.17 / 4.80 = 24.375% -> 24.4, not 24.5; bounds 1.165 / 4.805 = 24.25%, 1.175 / 4.795 = 24.505% -> 24.5
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Dubai news story quoting two consultancies; series unit USD million, so the 2032 billion figure is converted.
    #    Expected nowhere: the second house's 2024 figure, DXB passengers and terminal capacity, Emirates' profit.
    dict(
        text=(
            "DUBAI, May 20 2025 - As Gulf hubs add runways faster than they can train controllers, air-navigation "
            "providers are turning to software. The global market for AI in air-traffic management was worth "
            "US$820 million in 2024 and should reach US$2.9 billion by 2032, growing at a compound annual rate of "
            "17.1%, Abu Dhabi-based consultancy Falcon Crest Advisory said in a report. Singapore's Meridian Skies "
            "Research pegs the 2024 market lower, at US$705 million. Dubai International handled 92.3 million "
            "passengers last year, and the new Al Maktoum terminal is designed for 260 million a year. Emirates "
            "Group posted a record profit of AED 19.1 billion for its latest fiscal year."
        ),
        obs=[
            ("Total", 2024, 820, "USD million", "actual"),
            ("Total", 2032, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2900 / 820) ** (1 / 8) - 1 = 17.10% -> 17.1
        ],
    ),
    # 5. Investor-day transcript in which a US engine maker sizes its TAM; "last year" with a 2025 dateline is 2024.
    #    Expected nowhere: the company's services revenue, its 20% share target, the engine backlog, its margin guide.
    dict(
        text=(
            "Aeris Dynamics Investor Day - transcript excerpt (Phoenix, 11 September 2025)\n"
            "Dana Whitfield, CFO: So let me size the opportunity for you. We think the total addressable market for "
            "AI-driven engine health monitoring and aftermarket analytics was about $8.4 billion last year. By 2030 "
            "we see that TAM at $19 billion - call it a 15% compound rate from 2024 to 2030. Our digital services "
            "revenue today is $610 million, and we're targeting a 20% share of that TAM by the end of the decade. "
            "The backlog stands at 1,940 engines, and we're guiding to segment margins of about 24%."
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2030, 19, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19 / 8.4) ** (1 / 6) - 1 = 14.57% -> 15
        ],
    ),
    # 6. UAE civil-aviation roadmap with targets and a multiple ("more than triple" = x3 over 2023-2031).
    #    Expected nowhere: the 50 drone operators, passenger capacity, the AED pilot fund (no unit), roadmap years.
    dict(
        text=(
            "Abu Dhabi, 14 January 2025 - The General Civil Aviation Authority's National Aviation AI Roadmap "
            "sets out to more than triple the country's market for AI in airport and airspace operations, from "
            "US$410 million in 2023 to US$1.5 billion by 2031, with an interim goal of US$780 million in 2027. "
            "The roadmap also calls for 50 certified drone-inspection operators and airport capacity for 300 "
            "million passengers a year by 2031, and earmarks AED 2 billion for pilot projects at six airports."
        ),
        obs=[
            ("Total", 2023, 410, "USD million", "actual"),
            ("Total", 2027, 780, "USD million", "estimate"),
            ("Total", 2031, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2031, 8.0),
        ],
        verdicts=[],
    ),
    # 7. New York research note carrying a correction and a range; the growth rate is a typo (inconsistent).
    #    Expected nowhere: the withdrawn $1.92 billion, the 2,860 satellites launched, the whole space economy.
    dict(
        text=(
            "New York, 3 March 2025 - Orbital Insight Partners, research note (corrected)\n"
            "Correction: an earlier version of this note misstated the 2024 market for AI-driven Earth-observation "
            "analytics as $1.92 billion. The correct figure is $1.62 billion.\n"
            "Our revised view: the market grew 27% last year, from $1.31 billion in 2023 to $1.62 billion, as "
            "defence and insurance buyers moved from buying pixels to buying answers. We see 2029 revenue for the "
            "segment landing between $3.5 billion and $4.2 billion, depending on how fast commercial SAR "
            "constellations scale. Launch capacity is no constraint - operators put 2,860 satellites into orbit in "
            "2024 - and we put the broader commercial space economy at $415 billion."
        ),
        obs=[
            ("Total", 2023, 1.31, "USD billion", "actual"),
            ("Total", 2024, 1.62, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("value", 3.5, "USD billion", 2029, 2029, None),
            ("value", 4.2, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            # (1.62 / 1.31) ** (1 / 1) - 1 = 23.66% -> 24, not 27; bounds 1.615 / 1.315 - 1 = 22.81%,
            # 1.625 / 1.305 - 1 = 24.52% -> 27 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Investor's blog post with approximate figures; the CAGR holds only by rounding.
    #    Expected nowhere: the Series C, the blogger's holding, the turbine count.
    dict(
        text=(
            "Why I'm long the robots that climb wind turbines (posted 22 June 2025)\n"
            "Nobody at the dinner party wants to hear about blade inspections, so I'll tell you instead. By my "
            "count the market for autonomous inspection drones - the AI brains, not the airframes - was roughly "
            "$1.1 billion in 2024. I think it gets to nearly $3 billion by 2028, which works out to about 28% a "
            "year. There are more than 340,000 turbines out there and most still get looked at by a person on a "
            "rope. Skyward Lens raised a $65 million Series C in April; disclosure, I hold a small position."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2028, 3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (3 / 1.1) ** (1 / 4) - 1 = 28.51% -> 29, not 28; bounds (2.5 / 1.15) ** (1/4) - 1 = 21.43%,
            # (3.5 / 1.05) ** (1/4) - 1 = 35.12% -> 28 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the report's title year, the fleet of 4,394 aircraft, 7.3亿人次 passengers.
    dict(
        text=(
            "《2025中国民航智能运维发展报告》显示，2024年我国航空器及发动机预测性维护AI市场规模达到86.4亿元，"
            "较2023年的69.9亿元同比增长23.6%。报告预计，到2028年该市场规模将达到210亿元，2024—2028年"
            "年均复合增长率约为25%。截至2024年底，我国民航运输飞机在册4,394架，全年完成旅客运输量7.3亿人次。"
        ),
        obs=[
            ("Total", 2023, 69.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2028, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 69.9) ** (1 / 1) - 1 = 23.61% -> 23.6
            ("cagr|implied", "exact"),  # (210 / 86.4) ** (1 / 4) - 1 = 24.86% -> 25
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长2倍 (x2 over 2023-2027).
    #     Expected nowhere: the plan's title years, 10 firms, 5 demonstration zones, airport passenger throughput.
    dict(
        text=(
            "《四川省民航人工智能应用产业发展行动方案（2024—2027年）》提出，力争到2027年，全省航空人工智能"
            "应用产业规模突破300亿元，较2023年增长2倍，其中无人机智能巡检产业规模达到80亿元。2023年，全省"
            "该产业规模约为102亿元。方案同时提出，培育10家以上骨干企业，建成5个以上低空智能巡检示范区，"
            "全省机场旅客吞吐量突破8000万人次。"
        ),
        obs=[
            ("Total", 2023, 102, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("无人机智能巡检", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Mainland wire story quoting two institutes (Simplified); the second institute's 2024 figure is left out.
    #     Expected nowhere: 赛航咨询's 170亿元, the 68 launches, the 1,000 satellites in orbit.
    dict(
        text=(
            "中经网北京2025年6月12日电（记者 林晓）记者从中国卫星应用产业研究院获悉，2024年我国卫星运营与"
            "遥感数据智能分析市场规模为152.3亿元，预计到2030年将增至486亿元，年复合增长率达21.3%。另一家"
            "机构赛航咨询的统计口径更宽，其给出的2024年市场规模为170亿元。2024年我国共实施航天发射68次，"
            "在轨卫星数量超过1000颗。"
        ),
        obs=[
            ("Total", 2024, 152.3, "CNY 100 million", "actual"),
            ("Total", 2030, 486, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (486 / 152.3) ** (1 / 6) - 1 = 21.34% -> 21.3
        ],
    ),
    # 12. Taiwanese association white paper (Traditional), 新台幣億元; YoY growth with both amounts.
    #     Expected nowhere: the white paper's title year, 約占四成 (a fraction in words), 126 member firms.
    dict(
        text=(
            "台灣智慧航空產業協會今（15）日發布《2025台灣智慧機場產業白皮書》指出，2024年國內智慧機場AI解決方案"
            "產值達新台幣58.6億元，較2023年的51.3億元成長14.2%，其中生物辨識通關與登機系統約占四成。協會預估，"
            "隨桃園機場第三航廈陸續啟用，2027年產值可望上看新台幣95億元。協會目前共有會員廠商126家。"
        ),
        obs=[
            ("Total", 2023, 51.3, "TWD 100 million", "actual"),
            ("Total", 2024, 58.6, "TWD 100 million", "actual"),
            ("Total", 2027, 95, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 51.3) ** (1 / 1) - 1 = 14.23% -> 14.2
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 with a part and its share; the share holds only by rounding.
    #     Expected nowhere: the airport's 5,310萬人次 passengers, 國泰's 99億港元 profit.
    dict(
        text=(
            "【本報訊】香港機場管理局昨日公布的研究顯示，2024年本港航空業人工智能應用市場規模約為42.8億港元，"
            "其中行李處理及機坪周轉視像系統佔11.6億港元，佔比27.2%。同年香港國際機場客運量達5,310萬人次，"
            "國泰集團全年盈利99億港元。研究預計，到2028年本港市場規模將增至78億港元。"
        ),
        obs=[
            ("Total", 2024, 42.8, "HKD 100 million", "actual"),
            ("行李處理及機坪周轉視像系統", 2024, 11.6, "HKD 100 million", "actual"),
            ("Total", 2028, 78, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 27.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 11.6 / 42.8 = 27.10% -> 27.1, not 27.2; bounds 11.55 / 42.85 = 26.95%, 11.65 / 42.75 = 27.25%
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Beijing newspaper story (Simplified) using 去年/今年 with a 2025 dateline; this year's growth holds by rounding.
    #     Expected nowhere: 1,240万架次 flights, the 87.6% on-time rate; last year's 17% has no base amount (no verdict).
    dict(
        text=(
            "本报北京2025年3月6日讯（记者 周航）中国民航空管智能化研究中心发布的数据显示，去年我国空中交通管理"
            "人工智能市场规模为38.5亿元，同比增长17%；今年有望达到46亿元，增速约20%。去年全国民航共保障航班"
            "约1,240万架次，航班正常率为87.6%。"
        ),
        obs=[
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (46 / 38.5) ** (1 / 1) - 1 = 19.48% -> 19, not 20; bounds 45.5 / 38.55 - 1 = 18.03%,
            # 46.5 / 38.45 - 1 = 20.94% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Taiwanese broker deep-dive (Traditional) in 億美元 with a target price; the CAGR holds only by rounding.
    #     Expected nowhere: the target price and upside, the company's revenue and growth, the 2.9萬架 fleet.
    dict(
        text=(
            "群峰投顧｜航太產業深度報告｜2025年8月\n"
            "航太AI：引擎健康管理進入收割期。我們估計全球航空引擎健康管理AI市場2024年規模約38.5億美元，預估2029年"
            "將達98億美元，2024-2029年年複合成長率20.6%。全球商用客機機隊約2.9萬架，數據量倍增帶動需求。首次"
            "涵蓋翔鈞科技，給予「買進」評等，目標價新台幣1,250元，潛在上漲空間21%；該公司2024年營收新台幣86億元，年增12%。"
        ),
        obs=[
            ("Total", 2024, 38.5, "USD 100 million", "actual"),
            ("Total", 2029, 98, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (98 / 38.5) ** (1 / 5) - 1 = 20.55% -> 20.5, not 20.6; bounds (97.5 / 38.55) ** (1/5) - 1 = 20.39%,
            # (98.5 / 38.45) ** (1/5) - 1 = 20.70% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a total row (USD billion); the 2023 total adds only by rounding.
    #     Expected nowhere: the note number.
    dict(
        text=(
            "Global AI in airline operations, by application (USD billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| Crew planning | 1.2 | 1.4 | 1.7 | 2.4 |\n"
            "| Network and schedule planning | 0.9 | 1.1 | 1.3 | 1.9 |\n"
            "| Predictive maintenance | 2.4 | 2.9 | 3.5 | 5.0 |\n"
            "| Total | 4.6 | 5.4 | 6.5 | 9.3 |\n"
            "\n"
            "Source: Aerolytics Partners, Paris. Note 3: excludes airlines' in-house IT staff costs."
        ),
        obs=[
            ("Crew planning", 2023, 1.2, "USD billion", "actual"),
            ("Crew planning", 2024, 1.4, "USD billion", "actual"),
            ("Crew planning", 2025, 1.7, "USD billion", "estimate"),
            ("Crew planning", 2027, 2.4, "USD billion", "estimate"),
            ("Network and schedule planning", 2023, 0.9, "USD billion", "actual"),
            ("Network and schedule planning", 2024, 1.1, "USD billion", "actual"),
            ("Network and schedule planning", 2025, 1.3, "USD billion", "estimate"),
            ("Network and schedule planning", 2027, 1.9, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 2.4, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 2.9, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 3.5, "USD billion", "estimate"),
            ("Predictive maintenance", 2027, 5.0, "USD billion", "estimate"),
            ("Total", 2023, 4.6, "USD billion", "actual"),
            ("Total", 2024, 5.4, "USD billion", "actual"),
            ("Total", 2025, 6.5, "USD billion", "estimate"),
            ("Total", 2027, 9.3, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1.2 + 0.9 + 2.4 = 4.5, not 4.6; rows' bounds 4.35-4.65 meet the total's 4.55-4.65
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 1.4 + 1.1 + 2.9 = 5.4
            ("hierarchy", "exact"),  # 1.7 + 1.3 + 3.5 = 6.5
            ("hierarchy", "exact"),  # 2.4 + 1.9 + 5.0 = 9.3
        ],
    ),
    # 17. Space-aligned vertical table, years as rows, a lone yen column headed by its unit (Total) and a YoY column;
    #     the 2025E YoY is a transposition typo (inconsistent). Expected nowhere: the source's date.
    dict(
        text=(
            "Japan: AI for satellite operations and Earth-observation analytics\n"
            "Source: Sakura Orbital Research, Tokyo, March 2025\n"
            "\n"
            "Year      \u00a5 billion      YoY\n"
            "2021          18.4        -\n"
            "2022          22.9    24.5%\n"
            "2023          28.1    22.7%\n"
            "2024          35.0    24.6%\n"
            "2025E         43.2    32.4%\n"
            "2026E         52.8    22.2%\n"
        ),
        obs=[
            ("Total", 2021, 18.4, "JPY billion", "actual"),
            ("Total", 2022, 22.9, "JPY billion", "actual"),
            ("Total", 2023, 28.1, "JPY billion", "actual"),
            ("Total", 2024, 35.0, "JPY billion", "actual"),
            ("Total", 2025, 43.2, "JPY billion", "estimate"),
            ("Total", 2026, 52.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2021, 2022, 1.0),
            ("growth", 22.7, "percent", 2022, 2023, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 32.4, "percent", 2024, 2025, 1.0),
            ("growth", 22.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.9 / 18.4 - 1 = 24.46% -> 24.5
            ("cagr|implied", "exact"),  # 28.1 / 22.9 - 1 = 22.71% -> 22.7
            ("cagr|implied", "exact"),  # 35.0 / 28.1 - 1 = 24.56% -> 24.6
            # 43.2 / 35.0 - 1 = 23.43% -> 23.4, not 32.4; bounds 43.15 / 35.05 - 1 = 23.11%,
            # 43.25 / 34.95 - 1 = 23.75% -> 32.4 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 52.8 / 43.2 - 1 = 22.22% -> 22.2
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column; every column adds exactly.
    #     Expected nowhere: the table number.
    dict(
        text=(
            "表3 2023—2025年中国机场人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025E\n"
            "生物识别登机与安检\t21.4\t27.9\t35.6\n"
            "行李视觉识别与分拣\t12.6\t15.8\t19.7\n"
            "机坪周转监控\t8.3\t11.2\t14.9\n"
            "合计\t42.3\t54.9\t70.2\n"
            "资料来源：华航智库整理"
        ),
        obs=[
            ("生物识别登机与安检", 2023, 21.4, "CNY 100 million", "actual"),
            ("生物识别登机与安检", 2024, 27.9, "CNY 100 million", "actual"),
            ("生物识别登机与安检", 2025, 35.6, "CNY 100 million", "estimate"),
            ("行李视觉识别与分拣", 2023, 12.6, "CNY 100 million", "actual"),
            ("行李视觉识别与分拣", 2024, 15.8, "CNY 100 million", "actual"),
            ("行李视觉识别与分拣", 2025, 19.7, "CNY 100 million", "estimate"),
            ("机坪周转监控", 2023, 8.3, "CNY 100 million", "actual"),
            ("机坪周转监控", 2024, 11.2, "CNY 100 million", "actual"),
            ("机坪周转监控", 2025, 14.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 42.3, "CNY 100 million", "actual"),
            ("合计", 2024, 54.9, "CNY 100 million", "actual"),
            ("合计", 2025, 70.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 21.4 + 12.6 + 8.3 = 42.3
            ("hierarchy", "exact"),  # 27.9 + 15.8 + 11.2 = 54.9
            ("hierarchy", "exact"),  # 35.6 + 19.7 + 14.9 = 70.2
        ],
    ),
    # 19. Tab-separated fiscal-year table from a Singapore broker (USD m, e columns); every column adds exactly.
    #     Expected nowhere: the exhibit number, the fiscal year-end month.
    dict(
        text=(
            "Exhibit 7: Airline crew and network-planning AI - spend by region (USD m)\n"
            "Region\tFY2023\tFY2024\tFY2025e\tFY2026e\n"
            "Asia-Pacific\t212\t251\t298\t352\n"
            "Europe\t268\t301\t338\t379\n"
            "North America\t305\t334\t367\t402\n"
            "Total\t785\t886\t1,003\t1,133\n"
            "Source: Lion City Securities estimates; fiscal years end in March."
        ),
        obs=[
            ("Asia-Pacific", 2023, 212, "USD million", "actual"),
            ("Asia-Pacific", 2024, 251, "USD million", "actual"),
            ("Asia-Pacific", 2025, 298, "USD million", "estimate"),
            ("Asia-Pacific", 2026, 352, "USD million", "estimate"),
            ("Europe", 2023, 268, "USD million", "actual"),
            ("Europe", 2024, 301, "USD million", "actual"),
            ("Europe", 2025, 338, "USD million", "estimate"),
            ("Europe", 2026, 379, "USD million", "estimate"),
            ("North America", 2023, 305, "USD million", "actual"),
            ("North America", 2024, 334, "USD million", "actual"),
            ("North America", 2025, 367, "USD million", "estimate"),
            ("North America", 2026, 402, "USD million", "estimate"),
            ("Total", 2023, 785, "USD million", "actual"),
            ("Total", 2024, 886, "USD million", "actual"),
            ("Total", 2025, 1003, "USD million", "estimate"),
            ("Total", 2026, 1133, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 212 + 268 + 305 = 785
            ("hierarchy", "exact"),  # 251 + 301 + 334 = 886
            ("hierarchy", "exact"),  # 298 + 338 + 367 = 1003
            ("hierarchy", "exact"),  # 352 + 379 + 402 = 1133
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row; the 100% is no claim.
    #     Expected nowhere: the table number.
    dict(
        text=(
            "表2：2024年台灣無人機AI巡檢市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 電力線路巡檢 | 1,240 | 38.5% |\n"
            "| 離岸風機巡檢 | 865 | 26.9% |\n"
            "| 橋梁及隧道巡檢 | 612 | 19.0% |\n"
            "| 其他 | 502 | 15.6% |\n"
            "| 合計 | 3,219 | 100.0% |\n"
            "資料來源：台灣無人機產業聯盟"
        ),
        obs=[
            ("電力線路巡檢", 2024, 1240, "TWD million", "actual"),
            ("離岸風機巡檢", 2024, 865, "TWD million", "actual"),
            ("橋梁及隧道巡檢", 2024, 612, "TWD million", "actual"),
            ("其他", 2024, 502, "TWD million", "actual"),
            ("合計", 2024, 3219, "TWD million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 26.9, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
            ("share", 15.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1240 / 3219 = 38.52% -> 38.5
            ("arithmetic", "exact"),  # 865 / 3219 = 26.87% -> 26.9
            ("arithmetic", "exact"),  # 612 / 3219 = 19.01% -> 19.0
            ("arithmetic", "exact"),  # 502 / 3219 = 15.59% -> 15.6
            ("hierarchy", "exact"),  # 1240 + 865 + 612 + 502 = 3219
        ],
    ),
    # 21. US earnings-call transcript (Q3 2025): the CFO sizes the TAM "this year" (2025, estimate) and for 2030;
    #     CAGR span only from the amounts' years. Expected nowhere: the quarter's revenue and growth, backlog,
    #     aircraft under contract, guidance, margin.
    dict(
        text=(
            "Skyline Predictive Inc. (NASDAQ: SKYP) Q3 2025 Earnings Call, November 6, 2025\n"
            "Dana Whitfield, Chief Financial Officer: Thanks, Marc. Revenue for the quarter came in at $48.2 million, "
            "up 31% year over year, and adjusted gross margin expanded to 71%. We now have 1,140 aircraft under "
            "contract and backlog stands at $212 million. Let me step back to the bigger picture, because we get asked "
            "about it on every call. We size the total addressable market for AI-driven predictive maintenance of "
            "aircraft and engines at about $4.8 billion this year, and we think it gets to $11.5 billion by 2030. "
            "That's roughly a 19% compound rate, and honestly we think that's conservative given what we're hearing "
            "from the widebody operators. For the full year we are raising guidance to $185 million to $190 million."
        ),
        obs=[
            ("Total", 2025, 4.8, "USD billion", "estimate"),
            ("Total", 2030, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.5 / 4.8) ** (1 / 5) - 1 = 19.09% -> 19
        ],
    ),
    # 22. Toulouse working-paper abstract (French research centre): CAGR with printed span that the amounts do not
    #     support; a 2030 projection in billions converted to the series' EUR million. Expected nowhere: the paper
    #     number, ANSP count, IFR flights, delay minutes and the 7.5% delay reduction.
    dict(
        text=(
            "Working Paper No. 2025-09 | Institut Garonne d'Economie du Transport Aerien, Toulouse\n"
            "Learning to Separate: Machine Learning in European Air Traffic Management\n"
            "Abstract. Using procurement records from 41 air navigation service providers, we estimate that spending "
            "on AI-based air-traffic-management tools in Europe reached EUR 412 million in 2023, up from EUR 236 "
            "million in 2019, a compound annual growth rate of 16.2% between 2019 and 2023. Across 11.4 million IFR "
            "flights, providers that deployed ML-based flow management cut en-route ATFM delay by 7.5%, or about 0.16 "
            "minutes per flight. Extrapolating current tender pipelines, we project the market at EUR 1.1 billion by "
            "2030. We discuss the implications for the SES performance scheme."
        ),
        obs=[
            ("Total", 2019, 236, "EUR million", "actual"),
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2030, 1100.0, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2019, 2023, None, "stated"),
        ],
        verdicts=[
            # (412 / 236) ** (1 / 4) - 1 = 14.95%; bounds (411.5 / 236.5) ** (1/4) - 1 = 14.85%,
            # (412.5 / 235.5) ** (1/4) - 1 = 15.04% -> 16.2 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (March 2025) quoting one research house: CAGR 2022-24 that holds only by rounding,
    #     a 2029 forecast and a multiple over 2024. Expected nowhere: satellites launched, launch count, the Series C,
    #     the whole space economy.
    dict(
        text=(
            "@orbit_pixels - Mar 3, 2025\n"
            "1/ Everyone talks about launches. Almost nobody talks about what happens to the pixels once they're down. "
            "A short thread on the money in AI for Earth observation.\n"
            "2/ Context: 2,800+ satellites went up in 2024 on 259 orbital launches. The whole space economy is ~$630B. "
            "None of that is what I'm talking about.\n"
            "3/ AI-driven EO analytics (change detection, ship/vehicle counting, crop & methane monitoring) was a "
            "$1.9B market in 2022. By 2024 it hit $3.1B, per OrbitalSense Research. That's a 27.8% CAGR 2022-24.\n"
            "4/ Their forecast: $7.4B in 2029, roughly 2.4x the 2024 level.\n"
            "5/ Meanwhile a startup in this space just raised a $65M Series C. Pay attention."
        ),
        obs=[
            ("Total", 2022, 1.9, "USD billion", "actual"),
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2029, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.8, "percent", 2022, 2024, None, "stated"),
            ("multiple", 2.4, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # (3.1 / 1.9) ** (1 / 2) - 1 = 27.73% -> 27.7, not 27.8; bounds (3.05 / 1.95) ** (1/2) - 1 = 25.06%,
            # (3.15 / 1.85) ** (1/2) - 1 = 30.49% -> 27.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. Singapore web article with a correction note: the corrected 2024 figure is expected, the earlier one
    #     nowhere; 2028 printed in billions is converted to the series' USD million. Expected nowhere: Changi
    #     passengers, seconds per passenger, the S$ contract, "roughly half" (a fraction in words).
    dict(
        text=(
            "Faces, not passports: Asia's airports bet on AI boarding\n"
            "SINGAPORE, 14 May 2025 - The Asia-Pacific market for biometric boarding and AI-based passenger "
            "processing reached US$780 million in 2024, up 18% from US$662 million in 2023, according to "
            "Singapore-based Meridian Aviation Advisory. Airports in mainland China account for roughly half of that "
            "spend. Meridian expects the market to climb to US$1.65 billion by 2028, an average of 20.6% a year "
            "between 2024 and 2028. Changi, which handled 67.7 million passengers last year, says its automated lanes "
            "now clear a traveller in about 10 seconds; its latest S$48 million contract covers Terminal 5.\n"
            "Correction, 15 May 2025: An earlier version of this article gave the 2024 market size as US$870 million. "
            "The correct figure is US$780 million."
        ),
        obs=[
            ("Total", 2023, 662, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2028, 1650.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 662) ** (1 / 1) - 1 = 17.83% -> 18
            ("cagr|implied", "exact"),  # (1650 / 780) ** (1 / 4) - 1 = 20.60% -> 20.6
        ],
    ),
    # 25. Dubai airport group's annual-report chairman's letter: the regional market, one part with its share, and
    #     "roughly double by 2028" (a multiple). Expected nowhere: passengers, on-time performance, the group's AED
    #     revenue and investment, aircraft movements.
    dict(
        text=(
            "Annual Report 2024 - Letter from the Chairman\n"
            "Dear Shareholders, 2024 was a record year. Our airports welcomed 92.3 million passengers and handled "
            "447,000 aircraft movements, on-time performance improved to 81%, and Group revenue rose to AED 11.4 "
            "billion. We also committed AED 1.6 billion to our digital programme. We are not alone in that. According "
            "to the Gulf Aviation Technology Council, the Middle East market for airport AI - biometric corridors, "
            "baggage vision, turnaround monitoring - was worth US$540 million in 2024. Turnaround vision systems "
            "alone accounted for US$151 million, or 28%. The Council expects the market to roughly double by 2028, "
            "and we intend to be its reference customer.\n"
            "Sheikh Rashid Al Mansoori, Chairman, Dubai, 18 March 2025"
        ),
        obs=[
            ("Total", 2024, 540, "USD million", "actual"),
            ("Turnaround vision systems", 2024, 151, "USD million", "actual"),
        ],
        claims=[
            ("share", 28, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 151 / 540 = 27.96% -> 28
        ],
    ),
    # 26. Paris aerospace manufacturer's investor-day slide bullets: TAM 2024 and 2030e with a printed-span CAGR,
    #     one part with its share. Expected nowhere: the company's digital revenue and growth, its 2030 share
    #     ambition, connected aircraft, order backlog, the EBIT margin.
    dict(
        text=(
            "AEROVANT - Capital Markets Day 2025 | Paris, 24 June 2025\n"
            "Slide 14 - Digital & AI Services: a large and growing market\n"
            "\u2022 AI flight-ops & MRO analytics TAM: \u20ac6.2bn in 2024 \u2192 \u20ac13.0bn in 2030e\n"
            "\u2022 CAGR 2024-30: ~13%\n"
            "\u2022 Of which engine health monitoring: \u20ac1.9bn (2024), ~31% of TAM\n"
            "\u2022 Aerovant digital services revenue 2024: \u20ac742m, +14% yoy; EBIT margin 18%\n"
            "\u2022 9,400 aircraft connected; backlog of 8,600 aircraft\n"
            "\u2022 2030 ambition: 20% share of the AI services TAM"
        ),
        obs=[
            ("Total", 2024, 6.2, "EUR billion", "actual"),
            ("Total", 2030, 13.0, "EUR billion", "estimate"),
            ("Engine health monitoring", 2024, 1.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2030, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.0 / 6.2) ** (1 / 6) - 1 = 13.13% -> 13
            ("arithmetic", "exact"),  # 1.9 / 6.2 = 30.65% -> 31
        ],
    ),
    # 27. Forum answer (Feb 2025): YoY growth "about 13%" that holds only by rounding; a second publisher's 2024
    #     figure beside the first; 2030 in billions converted to the series' USD million. Expected nowhere: DroneIQ's
    #     2024 figure, drone price, airport count, check hours, the answerer's own firm.
    dict(
        text=(
            "Q: Is autonomous drone inspection at airports actually a real market or just demos?\n"
            "Answer (412 upvotes) - answered Feb 9, 2025\n"
            "Short answer: small, but real and growing. The number most people cite is from Skyward Metrics: "
            "$312 million in 2023 for autonomous drone inspection of aircraft and airfield infrastructure, rising "
            "to $355 million in 2024. That's about 13% growth, which sounds slow until you remember most airlines are "
            "still in pilot mode. DroneIQ puts 2024 at $410 million, but they fold in perimeter security, so I'd take "
            "that with a grain of salt. Skyward thinks it gets to $1.1 billion by 2030. For context, a drone "
            "crown-and-fuselage scan takes about 40 minutes versus 8 hours for a manual check, and kit runs around "
            "$12k per unit. We've rolled it out at 6 airports so far."
        ),
        obs=[
            ("Total", 2023, 312, "USD million", "actual"),
            ("Total", 2024, 355, "USD million", "actual"),
            ("Total", 2030, 1100.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 13, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (355 / 312) ** (1 / 1) - 1 = 13.78% -> 14, not 13; bounds (354.5 / 312.5) - 1 = 13.44%,
            # (355.5 / 311.5) - 1 = 14.13% -> 13 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Singapore research-house sector note with a won aside: APAC crew and network planning AI, CAGR with printed
    #     span, a part whose 38% share holds only by rounding. Expected nowhere: the won figure for Korea, APAC
    #     passengers, narrowbody orders, an airline's net profit, the target price and upside, the note date.
    dict(
        text=(
            "STRAITS AERO RESEARCH | Asia-Pacific Aviation | Singapore, 18 February 2025\n"
            "Rostering gets smart. We estimate the Asia-Pacific market for AI-based crew and network planning "
            "software at US$1.34bn in 2024 and forecast US$2.95bn in 2029, a 17.1% CAGR over 2024-29. Crew rostering "
            "and pairing is the biggest piece at about US$0.52bn, or 38%. Korea alone is worth roughly \u20a9410bn by "
            "our count, driven by the merged flag carrier. The backdrop is supportive: regional airlines should fly "
            "3.6bn passengers this year and have 1,200 narrowbodies on order. Singapore Airlines earned a net profit "
            "of S$2.68bn in FY2024. We initiate on RosterAI (BUY, TP S$4.10, 27% upside)."
        ),
        obs=[
            ("Total", 2024, 1.34, "USD billion", "actual"),
            ("Total", 2029, 2.95, "USD billion", "estimate"),
            ("Crew rostering and pairing", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2029, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.95 / 1.34) ** (1 / 5) - 1 = 17.10% -> 17.1
            # 0.52 / 1.34 = 38.81% -> 39, not 38; bounds 0.515 / 1.345 = 38.29%, 0.525 / 1.335 = 39.33%
            # -> 38 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 29. Xinhua-style release (Simplified Chinese): YoY growth 23.5% that holds only by rounding; 2025 forecast.
    #     Expected nowhere: passenger trips, punctuality rate, airport count, "约四成" (a fraction in words).
    dict(
        text=(
            "新华社北京2025年1月16日电（记者 林晓川）记者从中国民用航空局获悉，2024年我国民航人工智能应用市场规模"
            "达到186亿元，较上年的151亿元增长23.5%。其中，智慧机场相关应用约占四成。2024年，全国民航完成旅客运输量"
            "7.3亿人次，航班正常率达87.6%，全国颁证运输机场达263个。业内预计，2025年民航人工智能应用市场规模将突破"
            "230亿元，航班智能排班、飞机健康管理、机坪视觉监控等领域将成为主要增长点。"
        ),
        obs=[
            ("Total", 2023, 151, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2025, 230, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (186 / 151) ** (1 / 1) - 1 = 23.18% -> 23.2, not 23.5; bounds 185.5 / 151.5 - 1 = 22.44%,
            # 186.5 / 150.5 - 1 = 23.92% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Civil-aviation ministry implementation plan (Simplified Chinese): 2024 base and a 2027 target, "年均增长20%以上"
    #     whose span only the amounts' years give. Expected nowhere: the document number, the plan's title years,
    #     demonstration airport and enterprise counts, passengers, "超过一半" (a fraction in words).
    dict(
        text=(
            "民航发〔2025〕7号\n"
            "关于推进民航人工智能应用高质量发展的实施方案（2025—2027年）\n"
            "一、发展基础。2024年，全行业完成旅客运输量7.3亿人次，民航人工智能应用市场规模达到289亿元，其中智慧机场"
            "建设投入占比超过一半。\n"
            "二、主要目标。到2027年，民航人工智能应用市场规模突破500亿元，年均增长20%以上；建成20个以上智慧机场"
            "示范项目，培育10家以上具有国际竞争力的民航人工智能骨干企业，智能空管辅助决策系统覆盖全部区域管制中心。"
        ),
        obs=[
            ("Total", 2024, 289, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 289) ** (1 / 3) - 1 = 20.05% -> 20
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional Chinese): NT$ 億元 series, CAGR with printed span, one part with
    #     its share. Expected nowhere: surveyed firm count, the whole Taiwan space industry output, satellite counts.
    dict(
        text=(
            "資策會產業情報研究所（MIC）今（20）日發布最新研究指出，台灣航太與衛星人工智慧應用市場產值2024年達新台幣"
            "86億元，2025年可望達新台幣112億元，預估2026年將成長至新台幣142億元，2024至2026年年複合成長率（CAGR）"
            "達28.5%。其中，衛星影像AI分析占33%，約新台幣28億元。MIC表示，本次調查涵蓋247家業者；相較之下，台灣太空"
            "產業整體產值約新台幣1,400億元，AI仍屬小眾，但國內規劃中的低軌衛星達數十顆，將帶動影像分析需求。"
            "（2025年5月20日）"
        ),
        obs=[
            ("Total", 2024, 86, "TWD 100 million", "actual"),
            ("Total", 2025, 112, "TWD 100 million", "estimate"),
            ("Total", 2026, 142, "TWD 100 million", "estimate"),
            ("衛星影像AI分析", 2024, 28, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2024, 2026, None, "stated"),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 86) ** (1 / 2) - 1 = 28.50% -> 28.5
            ("arithmetic", "exact"),  # 28 / 86 = 32.56% -> 33
        ],
    ),
    # 32. Hong Kong press report (Traditional Chinese): 去年 = 2024, 前年 = 2023, 明年 = 2026 (estimate), YoY exact.
    #     Expected nowhere: the first quarter's figure, passengers, the airline's profit, the runway.
    dict(
        text=(
            "【本報訊】2025年3月12日——機場管理局昨日引述顧問機構港亞航空研究的數據指出，本港機場人工智能應用市場"
            "規模去年達48.6億港元，較前年的43.5億港元按年增長12%，生物認證登機及行李視像識別為主要動力。今年首季"
            "已錄得13億港元。研究預計明年市場可達62億港元。香港國際機場去年客運量約5,300萬人次，三跑道系統已全面"
            "啟用；國泰航空去年股東應佔溢利99億港元。"
        ),
        obs=[
            ("Total", 2023, 43.5, "HKD 100 million", "actual"),
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2026, 62, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 43.5) ** (1 / 1) - 1 = 11.72% -> 12
        ],
    ),
    # 33. Taiwanese PTT-style forum post (Traditional Chinese, 2025): 億美元 series, CAGR whose span only the amounts'
    #     years give, "是2023年的4倍" a multiple. Expected nowhere: drone registrations, the poster's company revenue,
    #     the number of airport jobs.
    dict(
        text=(
            "作者 skyeye0412 (巡檢狗)\n"
            "標題 [心得] 無人機自主巡檢AI市場的一些數字\n"
            "時間 Sat Apr 12 21:37:05 2025\n"
            "最近在整理資料，看到拓析研究的報告說，全球無人機自主巡檢AI市場2023年約27億美元，2025年預估達到41億美元，"
            "換算年複合成長率大概23%。更猛的是他們說2030年上看110億美元，是2023年的4倍。\n"
            "台灣這邊無人機登記數約12萬架，但真的拿去做機場、電廠巡檢的不多。我們公司今年也才接了3個機場的案子，"
            "營收兩千多萬台幣而已，大家覺得這數字可信嗎？"
        ),
        obs=[
            ("Total", 2023, 27, "USD 100 million", "actual"),
            ("Total", 2025, 41, "USD 100 million", "estimate"),
            ("Total", 2030, 110, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2023, 2025, None, "inferred"),
            ("multiple", 4, "multiple", 2023, 2030, 7.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (41 / 27) ** (1 / 2) - 1 = 23.23% -> 23
        ],
    ),
    # 34. Brokerage research abstract (Simplified Chinese): 2024 base, a 2027 range (two value claims, no obs), a
    #     share without its part. Expected nowhere: satellite and launch counts, the report number, the covered
    #     company's target price, risk notes.
    dict(
        text=(
            "证券研究报告 | 行业深度 | 2025年6月9日\n"
            "鼎元证券研究所 卫星遥感AI：从“看得见”到“看得懂”\n"
            "投资要点：我们测算2024年中国卫星遥感AI分析市场规模约为68亿元，其中气象与农业遥感约占35%。"
            "随着星座组网加速（2024年我国共实施航天发射66次，在轨卫星超过900颗），我们预计2027年市场规模将达到"
            "135-150亿元。首次覆盖星图智联，给予“买入”评级，目标价42.6元。\n"
            "风险提示：卫星发射不及预期；下游需求释放不及预期。"
        ),
        obs=[
            ("Total", 2024, 68, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("value", 135, "CNY 100 million", 2027, 2027, None),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 35. Listed company's results-briefing transcript (Simplified Chinese, April 2025): a third-party market size for
    #     2024, 今年 (2025, estimate) and 2028, CAGR span only from amounts' years. Expected nowhere: the company's revenue
    #     and growth, gross margin, orders, its share target.
    dict(
        text=(
            "航智科技（688xxx）2024年度业绩说明会文字实录（2025年4月28日）\n"
            "问：公司营业收入8.7亿元，同比增长19%，毛利率41%，想了解公司如何看待发动机预测性维护的市场空间？\n"
            "答（董事会秘书 周明）：感谢您的关注。根据第三方机构测算，国内民航飞机及发动机预测性维护AI市场规模2024年"
            "约为42亿元，今年预计超过50亿元，2028年有望达到96亿元，年复合增速约23%。公司目前在手订单3.2亿元，"
            "中长期目标是在这一市场取得30%的份额。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
            ("Total", 2028, 96, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (96 / 42) ** (1 / 4) - 1 = 22.96% -> 23
        ],
    ),
    # 36. Markdown pipe table by segment with a Total row (USD billion; 2028F an estimate); the 2024 column adds only by
    #     rounding. Expected nowhere: the table number, the report number, the airline IT services market in the note.
    dict(
        text=(
            "Table 3. Global AI in airline operations, by segment (US$ billion)\n"
            "| Segment | 2023 | 2024 | 2028F |\n"
            "|---|---|---|---|\n"
            "| Crew & network planning | 0.71 | 0.84 | 1.62 |\n"
            "| Predictive maintenance (aircraft & engines) | 0.93 | 1.12 | 2.37 |\n"
            "| Flight operations & fuel optimisation | 0.38 | 0.47 | 0.95 |\n"
            "| Disruption management | 0.24 | 0.31 | 0.70 |\n"
            "| Total | 2.26 | 2.75 | 5.64 |\n"
            "Source: Halvorsen Aero Research, Report No. 2025-14. Figures may not add due to rounding. Excludes the "
            "US$41.3bn airline IT services market."
        ),
        obs=[
            ("Crew & network planning", 2023, 0.71, "USD billion", "actual"),
            ("Crew & network planning", 2024, 0.84, "USD billion", "actual"),
            ("Crew & network planning", 2028, 1.62, "USD billion", "estimate"),
            ("Predictive maintenance (aircraft & engines)", 2023, 0.93, "USD billion", "actual"),
            ("Predictive maintenance (aircraft & engines)", 2024, 1.12, "USD billion", "actual"),
            ("Predictive maintenance (aircraft & engines)", 2028, 2.37, "USD billion", "estimate"),
            ("Flight operations & fuel optimisation", 2023, 0.38, "USD billion", "actual"),
            ("Flight operations & fuel optimisation", 2024, 0.47, "USD billion", "actual"),
            ("Flight operations & fuel optimisation", 2028, 0.95, "USD billion", "estimate"),
            ("Disruption management", 2023, 0.24, "USD billion", "actual"),
            ("Disruption management", 2024, 0.31, "USD billion", "actual"),
            ("Disruption management", 2028, 0.70, "USD billion", "estimate"),
            ("Total", 2023, 2.26, "USD billion", "actual"),
            ("Total", 2024, 2.75, "USD billion", "actual"),
            ("Total", 2028, 5.64, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 0.71 + 0.93 + 0.38 + 0.24 = 2.26
            # 2024: 0.84 + 1.12 + 0.47 + 0.31 = 2.74 vs 2.75; slack 4 x 0.005 + 0.005 = 0.025 -> reached only by rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2028F: 1.62 + 2.37 + 0.95 + 0.70 = 5.64
        ],
    ),
    # 37. Tab-separated vertical table from a Tokyo research institute, value column headed only by its unit
    #     (¥ billion -> Total), with a YoY column; 2025E/2026E estimates; the 2021 YoY has no 2020 amount (no verdict),
    #     the 2023 YoY holds only by rounding. Expected nowhere: the passenger note, the publication date.
    dict(
        text=(
            "Japan: airport AI and passenger-processing solutions market\n"
            "Year\t\u00a5 billion\tYoY (%)\n"
            "2021\t18.4\t17.2\n"
            "2022\t22.9\t24.5\n"
            "2023\t28.1\t22.9\n"
            "2024\t34.6\t23.1\n"
            "2025E\t41.8\t20.8\n"
            "2026E\t49.9\t19.4\n"
            "Source: Kanto Aviation Research Institute, March 2025. Note: Japanese airports handled 300 million "
            "passengers in 2024."
        ),
        obs=[
            ("Total", 2021, 18.4, "JPY billion", "actual"),
            ("Total", 2022, 22.9, "JPY billion", "actual"),
            ("Total", 2023, 28.1, "JPY billion", "actual"),
            ("Total", 2024, 34.6, "JPY billion", "actual"),
            ("Total", 2025, 41.8, "JPY billion", "estimate"),
            ("Total", 2026, 49.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2020, 2021, 1.0),
            ("growth", 24.5, "percent", 2021, 2022, 1.0),
            ("growth", 22.9, "percent", 2022, 2023, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 20.8, "percent", 2024, 2025, 1.0),
            ("growth", 19.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.9 / 18.4) - 1 = 24.46% -> 24.5
            # (28.1 / 22.9) - 1 = 22.71% -> 22.7, not 22.9; bounds 28.05 / 22.95 - 1 = 22.22%,
            # 28.15 / 22.85 - 1 = 23.19% -> 22.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (34.6 / 28.1) - 1 = 23.13% -> 23.1
            ("cagr|implied", "exact"),  # (41.8 / 34.6) - 1 = 20.81% -> 20.8
            ("cagr|implied", "exact"),  # (49.9 / 41.8) - 1 = 19.38% -> 19.4
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元) with a 合计 row; 2025E an estimate; all columns add exactly.
    #     Expected nowhere: the table number, the title year, passenger throughput in the note.
    dict(
        text=(
            "表2  2024年中国智慧民航AI细分市场规模（单位：亿元）\n"
            "细分领域          2023年    2024年    2025E\n"
            "生物识别登机        12.6      16.8      21.9\n"
            "行李视觉识别         8.4      10.9      13.7\n"
            "机坪保障监控         6.1       8.3      11.2\n"
            "空管辅助决策         9.7      11.6      14.5\n"
            "合计                36.8      47.6      61.3\n"
            "资料来源：华航智库；注：2024年全国民航运输机场旅客吞吐量14.6亿人次。"
        ),
        obs=[
            ("生物识别登机", 2023, 12.6, "CNY 100 million", "actual"),
            ("生物识别登机", 2024, 16.8, "CNY 100 million", "actual"),
            ("生物识别登机", 2025, 21.9, "CNY 100 million", "estimate"),
            ("行李视觉识别", 2023, 8.4, "CNY 100 million", "actual"),
            ("行李视觉识别", 2024, 10.9, "CNY 100 million", "actual"),
            ("行李视觉识别", 2025, 13.7, "CNY 100 million", "estimate"),
            ("机坪保障监控", 2023, 6.1, "CNY 100 million", "actual"),
            ("机坪保障监控", 2024, 8.3, "CNY 100 million", "actual"),
            ("机坪保障监控", 2025, 11.2, "CNY 100 million", "estimate"),
            ("空管辅助决策", 2023, 9.7, "CNY 100 million", "actual"),
            ("空管辅助决策", 2024, 11.6, "CNY 100 million", "actual"),
            ("空管辅助决策", 2025, 14.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 36.8, "CNY 100 million", "actual"),
            ("合计", 2024, 47.6, "CNY 100 million", "actual"),
            ("合计", 2025, 61.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.6 + 8.4 + 6.1 + 9.7 = 36.8
            ("hierarchy", "exact"),  # 2024: 16.8 + 10.9 + 8.3 + 11.6 = 47.6
            ("hierarchy", "exact"),  # 2025E: 21.9 + 13.7 + 11.2 + 14.5 = 61.3
        ],
    ),
    # 39. Regional table (US$ million) with a CAGR column and a Global total row: Middle East & Africa 22.7% and
    #     Global 18.4% are inconsistent, Latin America 16.0% holds only by rounding. Expected nowhere: the exhibit
    #     number, the satellite count and the whole satellite-operations market in the note.
    dict(
        text=(
            "Exhibit 5 - AI in satellite operations and EO analytics, by region (US$ million)\n"
            "Region                    2024     2030F    CAGR 2024-30\n"
            "North America              418     1,085        17.2%\n"
            "Europe                     268       702        17.4%\n"
            "Asia-Pacific               221       689        20.9%\n"
            "Middle East & Africa        64       198        22.7%\n"
            "Latin America               35        86        16.0%\n"
            "Global                   1,006     2,760        18.4%\n"
            "Source: Cassini Gulf Partners, Abu Dhabi. The wider satellite-operations market (US$19.2bn in 2024) "
            "and 10,200 active satellites are shown for context only."
        ),
        obs=[
            ("North America", 2024, 418, "USD million", "actual"),
            ("North America", 2030, 1085, "USD million", "estimate"),
            ("Europe", 2024, 268, "USD million", "actual"),
            ("Europe", 2030, 702, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 221, "USD million", "actual"),
            ("Asia-Pacific", 2030, 689, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 64, "USD million", "actual"),
            ("Middle East & Africa", 2030, 198, "USD million", "estimate"),
            ("Latin America", 2024, 35, "USD million", "actual"),
            ("Latin America", 2030, 86, "USD million", "estimate"),
            ("Global", 2024, 1006, "USD million", "actual"),
            ("Global", 2030, 2760, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1085 / 418) ** (1 / 6) - 1 = 17.23% -> 17.2
            ("cagr|implied", "exact"),  # (702 / 268) ** (1 / 6) - 1 = 17.41% -> 17.4
            ("cagr|implied", "exact"),  # (689 / 221) ** (1 / 6) - 1 = 20.87% -> 20.9
            # (198 / 64) ** (1 / 6) - 1 = 20.71%; bounds (197.5 / 64.5) ** (1/6) - 1 = 20.50%,
            # (198.5 / 63.5) ** (1/6) - 1 = 20.92% -> 22.7 out of reach
            ("cagr|implied", "inconsistent"),
            # (86 / 35) ** (1 / 6) - 1 = 16.16% -> 16.2, not 16.0; bounds (85.5 / 35.5) ** (1/6) - 1 = 15.78%,
            # (86.5 / 34.5) ** (1/6) - 1 = 16.56% -> 16.0 reached only by some reading
            ("cagr|implied", "rounding"),
            # (2760 / 1006) ** (1 / 6) - 1 = 18.32%; bounds (2759.5 / 1006.5) ** (1/6) - 1 = 18.30%,
            # (2760.5 / 1005.5) ** (1/6) - 1 = 18.33% -> 18.4 out of reach
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 418 + 268 + 221 + 64 + 35 = 1006
            ("hierarchy", "exact"),  # 2030F: 1085 + 702 + 689 + 198 + 86 = 2760
        ],
    ),
    # 40. Statistics table (UAE aviation statistics centre) with a share column, 2024, US$ million; the 100.0 total
    #     share is no claim. Expected nowhere: the table number, passengers and aircraft movements in the footnote.
    dict(
        text=(
            "Table 5.2  Aviation AI spending in the UAE by application, 2024\n"
            "Application                          US$ million    Share (%)\n"
            "Biometric passenger processing            118.4         31.2\n"
            "Baggage vision & tracking                  86.0         22.7\n"
            "Turnaround & apron monitoring              71.3         18.8\n"
            "Air-traffic & airside AI                   62.9         16.6\n"
            "Other                                      40.9         10.8\n"
            "Total                                     379.5        100.0\n"
            "Source: Emirates Aviation Statistics Centre. Passengers handled at UAE airports: 142.3 million; "
            "aircraft movements: 0.97 million."
        ),
        obs=[
            ("Biometric passenger processing", 2024, 118.4, "USD million", "actual"),
            ("Baggage vision & tracking", 2024, 86.0, "USD million", "actual"),
            ("Turnaround & apron monitoring", 2024, 71.3, "USD million", "actual"),
            ("Air-traffic & airside AI", 2024, 62.9, "USD million", "actual"),
            ("Other", 2024, 40.9, "USD million", "actual"),
            ("Total", 2024, 379.5, "USD million", "actual"),
        ],
        claims=[
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 22.7, "percent", 2024, 2024, None),
            ("share", 18.8, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 10.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118.4 / 379.5 = 31.20% -> 31.2
            ("arithmetic", "exact"),  # 86.0 / 379.5 = 22.66% -> 22.7
            ("arithmetic", "exact"),  # 71.3 / 379.5 = 18.79% -> 18.8
            ("arithmetic", "exact"),  # 62.9 / 379.5 = 16.57% -> 16.6
            ("arithmetic", "exact"),  # 40.9 / 379.5 = 10.78% -> 10.8
            ("hierarchy", "exact"),  # 118.4 + 86.0 + 71.3 + 62.9 + 40.9 = 379.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 13, 'exact': 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% on the $2.0 billion they spent in 2023',
    'compound annual growth rate of 16.3% over 2024-2031',
    'forecast ¥112bn by FY2029e, a CAGR of about 18%',
    'US$1.73 billion or 36%',
    'US$1.17 billion (24.5%)',
    'should reach US$2.9 billion by 2032',
    'pegs the 2024 market lower, at US$705 million',
    'was about $8.4 billion last year',
    'call it a 15% compound rate from 2024 to 2030',
    "more than triple the country's market",
    'The correct figure is $1.62 billion.',
    'between $3.5 billion and $4.2 billion',
    'nearly $3 billion by 2028',
    '较2023年的69.9亿元同比增长23.6%',
    '2024—2028年年均复合增长率约为25%',
    '力争到2027年，全省航空人工智能',
    '较2023年增长2倍',
    '其给出的2024年市场规模为170亿元',
    '產值達新台幣58.6億元',
    '佔11.6億港元，佔比27.2%',
    '今年有望达到46亿元，增速约20%',
    '2024-2029年年複合成長率20.6%',
    '| Total | 4.6 | 5.4 | 6.5 | 9.3 |',
    '2025E         43.2    32.4%',
    '合计\t42.3\t54.9\t70.2',
    '| 電力線路巡檢 | 1,240 | 38.5% |',
    'at about $4.8 billion this year',
    "That's roughly a 19% compound rate",
    'a compound annual growth rate of 16.2% between 2019 and 2023',
    "That's a 27.8% CAGR 2022-24",
    'roughly 2.4x the 2024 level',
    'up 18% from US$662 million in 2023',
    'The correct figure is US$780 million',
    'an average of 20.6% a year',
    'alone accounted for US$151 million, or 28%',
    'expects the market to roughly double by 2028',
    '€6.2bn in 2024 → €13.0bn in 2030e',
    "That's about 13% growth",
    'DroneIQ puts 2024 at $410 million',
    'a 17.1% CAGR over 2024-29',
    '较上年的151亿元增长23.5%',
    '突破500亿元，年均增长20%以上',
    '年複合成長率（CAGR）達28.5%',
    '較前年的43.5億港元按年增長12%',
    '預計明年市場可達62億港元',
    '2030年上看110億美元，是2023年的4倍',
    '预计2027年市场规模将达到135-150亿元',
    '2028年有望达到96亿元，年复合增速约23%',
    '| Total | 2.26 | 2.75 | 5.64 |',
    '2025E\t41.8\t20.8',
    '合计                36.8      47.6      61.3',
    'Middle East & Africa        64       198        22.7%',
)
LAYOUT = (40, 12, 13, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 202
#: figures, 49 rates, 75 verdicts and 3 false inconsistent
#: after the readings chosen on the hundred-and-seventy-sixth and -eighth sets: 204, 50, 76 and 3
FLOORS = {"figures_found": 206, "rates_found": 50, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset179.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
