"""A hundred-and-seventy-eighth check set for the extractor, written blind: AI in aviation, airports and space: AI for
airline operations (crew and network planning, predictive maintenance of aircraft and engines), airport AI (biometric
boarding, baggage and turnaround vision systems), air-traffic-management AI, AI in satellite operations and
Earth-observation analytics, autonomous drones for inspection; sized in money by aviation consultancies, airline and
airport associations, aerospace manufacturers' investor days, civil-aviation authorities' plans, brokers and research
houses in France, the UAE, Singapore, the United States, Japan, mainland China, Taiwan and Hong Kong. Distractors a
careful reader leaves out: passenger numbers, flights and aircraft counts, fuel costs, an airline's own revenue or
profit, orders for aircraft, the whole aviation-IT or space market beside the AI part, launch counts, a funding round,
a quarter's figures, a load factor or on-time percentage.

Snippets 1-20: Twenty invented snippets on AI in aviation, airports and space: eight English prose pieces (a Paris
wire release, a Tokyo broker note in fiscal years, a Singapore briefing with segment shares, a Dubai news story
quoting two research houses, a US investor-day transcript sizing a TAM, a French government plan, a corrected New York
research note with a range, an investor's blog post), seven Chinese prose pieces (three in Traditional Chinese) and
five tables (markdown pipe with E/F columns, space-aligned years-as-rows with YoY, tab-separated 亿元 with a 合计 row,
tab-separated fiscal years, a 新台幣百萬元 pipe table with shares). Distractors left out: passenger and flight counts,
fleets and orders, fuel bills, airlines' own revenue or profit, target prices, funding rounds, a quarter's bookings,
load factors and on-time rates, launch counts, the whole space economy, a second house's figure, a corrected wrong
figure and table numbers. Inconsistent: the 32.4% CAGR in 11 and the 12.1% YoY in 17. Holding only by rounding: the
23% CAGR in 2, the 37% share in 3, the 21% growth in 14, the 19.6% CAGR in 16, the 38.7% YoY in 19, and the 2025E
total in 18.

Snippets 21-40: Snippets 21-40 cover AI in aviation, airports and space. Eight English prose pieces: an earnings-call
TAM, a working-paper abstract, a social-media thread, a web article with a correction, an annual-report letter,
investor-day slides, a forum answer and a Dubai broker note with a riyal aside. Seven Chinese prose pieces:
Xinhua-style, ministry plan, MIC-style release, Hong Kong press report, PTT post (31-33 Traditional), a brokerage
abstract with a range and a results briefing. Five tables: markdown by segment, a tab-separated vertical table headed
by its unit with YoY, a space-aligned 合计 table, a regional table with CAGRs and a Japanese share table. Left out:
passenger, flight, satellite and launch counts, backlogs, company revenue and profit, funding rounds, quarters, price
targets, margins, share targets, whole aviation-IT spend, a second publisher's figure, a superseded figure, fractions
in words. Rates in 21, 32 and Europe in 39 are inconsistent; rates or shares in 24, 25, 31, 37 and 40 hold only by
rounding, as do the 2025E totals in 36 and 38.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Paris wire press release from an aviation consultancy: YoY growth with both amounts, CAGR with printed span,
    #    an approximate 2031 figure. Expected nowhere: connected-engine tail count, fuel's quarter of costs, the fuel bill.
    dict(
        text=(
            "PARIS, 3 February 2025 /Business Wire/ -- Airlines and MRO shops spent $2.61 billion on AI-based "
            "predictive maintenance for aircraft and engines in 2024, up 22% on the $2.14 billion they spent in 2023, "
            "says Aerovia Conseil, a Toulouse-born aviation consultancy, in its annual Predictive Fleet Health study. "
            "Behind the jump: more than 9,400 engine-equipped tails now stream sensor data to the ground in flight. "
            "Aerovia projects the market will approach $9.8 billion by 2031, growing at 20.8% a year from 2024 to "
            "2031. Jet fuel, by contrast, still eats about a quarter of airline operating costs, and the industry's "
            "fuel bill last year was put at $291 billion."
        ),
        obs=[
            ("Total", 2023, 2.14, "USD billion", "actual"),
            ("Total", 2024, 2.61, "USD billion", "actual"),
            ("Total", 2031, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.61 / 2.14) ** (1 / 1) - 1 = 21.96% -> 22
            ("cagr|implied", "exact"),  # (9.8 / 2.61) ** (1 / 7) - 1 = 20.80% -> 20.8
        ],
    ),
    # 2. Tokyo broker sector update in fiscal years (yen); CAGR span only from the amounts' years, printed as
    #    "roughly 23%" while the amounts give 23.55%. Expected nowhere: crew headcount, load factor, fuel cost,
    #    the covered company's sales and growth, its target price and upside, the note's date.
    dict(
        text=(
            "JAPAN AVIATION | Sector update | Tokyo, 14 May 2025\n"
            "Airline ops AI: from pilot projects to payroll. We estimate that Japanese carriers spent \u00a548.5bn on AI "
            "for crew rostering, network planning and disruption recovery in FY2024, and we see the figure climbing "
            "to \u00a5113bn by FY2028e, a CAGR of roughly 23%. The driver is labour: the two majors still roster some "
            "7,800 pilots and cabin crew with hand-tuned rules. Domestic load factors hovered near 74% last fiscal "
            "year and jet fuel ate \u00a51.1tn of industry operating costs. Top pick: Sorano Systems (BUY, TP "
            "\u00a53,450, 21% upside), whose FY2024 sales rose 16% to \u00a518.2bn."
        ),
        obs=[
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Total", 2028, 113, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (113 / 48.5) ** (1 / 4) - 1 = 23.55% -> 24, not 23; bounds (112.5 / 48.55) ** (1/4) - 1 = 23.38%,
            # (113.5 / 48.45) ** (1/4) - 1 = 23.72% -> 23 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Singapore research briefing: a regional total, two segments with their shares (one holds only by rounding),
    #    a 2027 forecast. Expected nowhere: passenger numbers, the count of airports surveyed.
    dict(
        text=(
            "SINGAPORE, 9 July 2025 \u2014 Asia-Pacific airports spent US$1.86 billion on artificial-intelligence "
            "systems in 2024, according to a briefing released today by Straits Aviation Research, which polled "
            "operators at 47 airports. Biometric boarding took the largest slice, US$0.70 billion, or 37% of the "
            "total. Baggage and turnaround vision systems \u2014 cameras that track bags, tugs and catering trucks "
            "around the stand \u2014 accounted for US$0.52 billion, some 28%. The region's airports handled about "
            "3.1 billion passengers last year. Straits expects spending to reach US$3.4 billion in 2027."
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Biometric boarding", 2024, 0.7, "USD billion", "actual"),
            ("Baggage and turnaround vision systems", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2027, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 0.70 / 1.86 = 37.63% -> 38, not 37; bounds 0.695 / 1.865 = 37.27%, 0.705 / 1.855 = 38.01% -> 37 reachable
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 0.52 / 1.86 = 27.96% -> 28
        ],
    ),
    # 4. Dubai news story quoting two research houses; the series unit is the first printed (USD million), so the 2032
    #    figure in billions is converted. Expected nowhere: the second house's 2024 figure, Dubai passengers,
    #    wide-body orders.
    dict(
        text=(
            "DUBAI, 18 November 2025 (Gulf Aviation Wire) - As Gulf airspace grows more crowded, air navigation "
            "service providers are handing more of the sequencing to machine learning. The global market for AI in "
            "air-traffic management stood at US$820 million in 2024 and should climb to US$2.9 billion by 2032, a "
            "compound annual growth rate of 17.1%, according to Abu Dhabi-based Falcon Crest Research. Singapore's "
            "Meridian Skies Analytics reckons the sector is already bigger, putting 2024 at US$1.05 billion. Either "
            "way, the numbers are small next to the traffic: Dubai International handled 92.3 million passengers "
            "last year, and UAE carriers have more than 600 wide-body jets on order."
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
    # 5. US aerospace manufacturer's investor-day transcript sizing a TAM; a multiple and an approximate CAGR whose
    #    span the amounts give. Expected nowhere: the company's digital-services revenue, its 20% share target and
    #    margin, installed engines, the order backlog, the event date.
    dict(
        text=(
            "Halvorsen Aerospace Investor Day - Charlotte, N.C., September 16, 2025 - edited transcript\n"
            "DANA WHITFIELD, President, Digital Services: So let me size the prize for you. We think the total "
            "addressable market for AI-driven fleet health - engine and airframe prognostics, parts forecasting, "
            "maintenance planning - was about $6.2 billion in 2024. By 2030 we see that TAM at $15 billion. Call it "
            "roughly two and a half times, or about 16% compounded. We exited 2024 with digital revenue of $740 "
            "million, and our ambition is a 20% share of that TAM by the end of the decade at a mid-20s operating "
            "margin. We have more than 11,000 engines on wing under service agreements and a $58 billion backlog "
            "behind them."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2030, 15, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15 / 6.2) ** (1 / 6) - 1 = 15.86% -> 16
        ],
    ),
    # 6. French government plan with targets (DGAC), a "more than triple" multiple and a CAGR with printed span.
    #    Expected nowhere: the public-funding envelope, start-up and jobs targets, the plan's title year.
    dict(
        text=(
            "PARIS, 27 March 2025 - The government today unveiled its Plan IA Aero 2030, drawn up with the "
            "Directorate General for Civil Aviation (DGAC). Officials put the French market for artificial "
            "intelligence in airline operations, airports and air-navigation services at EUR 1.1 billion in 2023 "
            "and want to more than triple it, to EUR 3.5 billion, by 2030 - an average annual growth of 18% over "
            "2023-2030. The plan earmarks EUR 400 million of public money for test beds at Roissy and Toulouse, and "
            "aims for 150 aviation-AI start-ups and 12,000 skilled jobs by the same date."
        ),
        obs=[
            ("Total", 2023, 1.1, "EUR billion", "actual"),
            ("Total", 2030, 3.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2030, 7.0),
            ("cagr", 18, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.5 / 1.1) ** (1 / 7) - 1 = 17.98% -> 18
        ],
    ),
    # 7. New York research note carrying a correction and a 2029 range; YoY growth with both amounts.
    #    Expected nowhere: the withdrawn $3.8 billion figure, the space economy, the launch count.
    dict(
        text=(
            "Orbital Ledger Partners | Research note | New York, 2 October 2025 (corrected)\n"
            "Correction: an earlier version of this note gave the 2024 market size as $3.8 billion. The correct "
            "figure is $3.4 billion; we regret the error.\n"
            "AI-driven analytics of Earth-observation imagery - change detection, crop and methane monitoring, "
            "dark-ship tracking - brought in $3.4 billion worldwide in 2024, 24% more than the $2.75 billion of "
            "2023. Our base case puts the market at $7.5 billion to $8.5 billion in 2029, depending on how fast "
            "defence buyers move from pilots to programmes of record. That is still a sliver of a space economy we "
            "size at $613 billion, in a year when launch providers flew a record 259 orbital missions."
        ),
        obs=[
            ("Total", 2023, 2.75, "USD billion", "actual"),
            ("Total", 2024, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 7.5, "USD billion", 2029, 2029, None),
            ("value", 8.5, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.75) ** (1 / 1) - 1 = 23.64% -> 24
        ],
    ),
    # 8. Investor's blog post with a dateline, "last year"/"this year" and approximate figures; a CAGR whose span
    #    only "last year's base" and 2029 give. Expected nowhere: the Series A, the founder's age, headcount,
    #    the Q2 bookings growth.
    dict(
        text=(
            "Posted 6 August 2025 | Notes from the hangar floor\n"
            "People keep asking why we keep backing drone companies, so here's the short version. Autonomous "
            "drones that inspect airframes, runways, power lines and wind turbines - with AI doing the looking - "
            "were a roughly $1.3 billion market last year by my count, and I'd guess nearly $1.7 billion this year. "
            "From last year's base, getting to $4 billion by 2029 is a ~25% CAGR, which I think is conservative. "
            "We led a $22 million Series A in one of these outfits in March; the founder is 29 and has 14 people. "
            "Q2 bookings across the category were up 41%, which I'd take with a grain of salt."
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2025, 1.7, "USD billion", "estimate"),
            ("Total", 2029, 4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4 / 1.3) ** (1 / 5) - 1 = 25.21% -> 25
        ],
    ),
    # 9. Chinese industry report (Simplified), 亿元: YoY growth with both amounts and a CAGR with printed span.
    #    Expected nowhere: the report's title year, passenger traffic, the transport-aircraft count.
    dict(
        text=(
            "2025年4月，中国航空运输协会发布《2025中国民航智能运维发展报告》。报告指出，2024年我国航空器及"
            "发动机预测性维护人工智能市场规模达到86.5亿元，较2023年的67.9亿元同比增长27.4%。随着宽体机队"
            "进入大修高峰，报告预计到2030年该市场规模将达到312亿元，2024—2030年年均复合增长率约为23.8%。"
            "同期，全国民航完成旅客运输量7.3亿人次，年末在册运输飞机4390架。"
        ),
        obs=[
            ("Total", 2023, 67.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2030, 312, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 67.9) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("cagr|implied", "exact"),  # (312 / 86.5) ** (1 / 6) - 1 = 23.84% -> 23.8
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长2倍 (kept as x2). Expected nowhere: the plan's
    #     title years, the revenue threshold of leading firms, the counts of firms and general-aviation airports.
    dict(
        text=(
            "2025年3月，四川省人民政府办公厅印发《民航与低空智能化发展三年行动方案（2025—2027年）》。方案明确，"
            "2023年全省无人机智能巡检及民航人工智能应用产业规模为48亿元；到2025年，产业规模力争达到90亿元；"
            "到2027年，力争突破150亿元，较2023年增长2倍。方案同时提出，培育年营业收入超10亿元的龙头企业5家，"
            "新建通用机场20个，开通低空航线100条以上。"
        ),
        obs=[
            ("Total", 2023, 48, "CNY 100 million", "actual"),
            ("Total", 2025, 90, "CNY 100 million", "estimate"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Chinese wire story (Simplified) quoting two institutes; the first institute's CAGR is a typo (32.4% for
    #     23.4%). Expected nowhere: the second institute's 2024 figure, launch count, satellites in orbit.
    dict(
        text=(
            "本报北京2025年9月12日电  卫星遥感数据正越来越多地交给算法来解读。北辰空间信息研究院最新发布的"
            "研究显示，我国卫星遥感人工智能分析服务市场规模2024年为42.3亿元，预计2028年将增至98亿元，"
            "2024—2028年年均复合增长率为32.4%。另一家机构天衢智库的测算则更为乐观，认为2024年该市场规模已达"
            "51亿元。去年我国共实施68次航天发射，在轨卫星数量超过1000颗。"
        ),
        obs=[
            ("Total", 2024, 42.3, "CNY 100 million", "actual"),
            ("Total", 2028, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (98 / 42.3) ** (1 / 4) - 1 = 23.37%; bounds (97.5 / 42.35) ** (1/4) - 1 = 23.18%,
            # (98.5 / 42.25) ** (1/4) - 1 = 23.57% -> 32.4 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association white paper (Traditional), 新台幣億元: a forecast YoY with both amounts and an
    #     approximate 2027 figure. Expected nowhere: the white paper's title year, member count, Taoyuan passengers.
    dict(
        text=(
            "台灣航太產業發展協會今（20）日發布《2025航太智慧化白皮書》指出，國內航空業導入人工智慧的市場規模"
            "，2024年達新台幣38.6億元，2025年預估成長22.3%至47.2億元，機場生物辨識通關與智慧行李系統是主要"
            "動能；2027年可望突破70億元。協會目前共有會員廠商212家，而桃園機場2024年旅運量約4,490萬人次。"
            "（2025年5月20日）"
        ),
        obs=[
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2025, 47.2, "TWD 100 million", "estimate"),
            ("Total", 2027, 70, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47.2 / 38.6) ** (1 / 1) - 1 = 22.28% -> 22.3
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a total, a part with its share, a 2028 forecast.
    #     Expected nowhere: last year's passenger and flight movements, the airline's profit.
    dict(
        text=(
            "【本報訊】（2025年4月8日）本地顧問公司維港航空策略昨日發表報告指出，2024年本港機場及航空業在人工智能"
            "方面的支出約為24.5億港元，其中行李及停機坪視像分析系統佔9.1億港元，比重約37%。報告預期，到2028年"
            "整體支出可望增至41億港元。香港國際機場去年客運量達5,310萬人次，航班升降約37.6萬架次；本地一家航空"
            "公司去年純利則為99億港元。"
        ),
        obs=[
            ("Total", 2024, 24.5, "HKD 100 million", "actual"),
            ("行李及停機坪視像分析系統", 2024, 9.1, "HKD 100 million", "actual"),
            ("Total", 2028, 41, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.1 / 24.5 = 37.14% -> 37
        ],
    ),
    # 14. Chinese news story (Simplified) using 去年/今年 with a dateline; approximate figures; the growth holds only
    #     by rounding. Expected nowhere: daily flights, the on-time rate, the months' figures.
    dict(
        text=(
            "（记者 李晓帆）2025年6月18日，记者从业内获悉，空管系统正加快引入人工智能辅助决策。据云图航空咨询"
            "测算，去年我国空管领域人工智能市场规模约31亿元，今年有望达到38亿元，同比增长约21%。今年1—5月，"
            "全国日均保障航班1.6万架次，航班正常率达88.5%。"
        ),
        obs=[
            ("Total", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2025, 38, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (38 / 31) ** (1 / 1) - 1 = 22.58% -> 23, not 21; bounds 37.5 / 31.5 - 1 = 19.05%,
            # 38.5 / 30.5 - 1 = 26.23% -> 21 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Taiwanese broker deep-dive (Traditional) in 億美元; CAGR span only from the amounts' years.
    #     Expected nowhere: the report date, target price and upside, the company's revenue, growth and margin.
    dict(
        text=(
            "華岳證券投顧｜產業深度報告｜2025年10月6日\n"
            "航空維修AI：從感測到預測。我們估算，全球航空器預測性維修AI市場規模2024年為45億美元，2029年預估將達"
            "118億美元，年複合成長率21.3%。首次涵蓋某航電軟體公司，給予「買進」評等，目標價新台幣286元，潛在上漲"
            "空間24%；該公司2024年營收新台幣52.8億元，年增18%，毛利率41.5%。"
        ),
        obs=[
            ("Total", 2024, 45, "USD 100 million", "actual"),
            ("Total", 2029, 118, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (118 / 45) ** (1 / 5) - 1 = 21.26% -> 21.3
        ],
    ),
    # 16. Markdown pipe table with E/F columns, a Total row and a CAGR column (span printed in the header); the ATM
    #     CAGR holds only by rounding. Expected nowhere: the table number, the source date.
    dict(
        text=(
            "Table 3: Global AI in aviation operations, by segment (USD billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2030F | CAGR 2024-30F |\n"
            "|---|---|---|---|---|---|\n"
            "| Airline operations | 1.92 | 2.35 | 2.84 | 7.10 | 20.2% |\n"
            "| Airports | 1.18 | 1.46 | 1.79 | 4.65 | 21.3% |\n"
            "| Air traffic management | 0.61 | 0.74 | 0.89 | 2.15 | 19.6% |\n"
            "| Total | 3.71 | 4.55 | 5.52 | 13.90 | 20.5% |\n"
            "\n"
            "Source: Aerolytix Research, March 2025. Excludes in-flight connectivity and passenger-facing apps."
        ),
        obs=[
            ("Airline operations", 2023, 1.92, "USD billion", "actual"),
            ("Airline operations", 2024, 2.35, "USD billion", "actual"),
            ("Airline operations", 2025, 2.84, "USD billion", "estimate"),
            ("Airline operations", 2030, 7.10, "USD billion", "estimate"),
            ("Airports", 2023, 1.18, "USD billion", "actual"),
            ("Airports", 2024, 1.46, "USD billion", "actual"),
            ("Airports", 2025, 1.79, "USD billion", "estimate"),
            ("Airports", 2030, 4.65, "USD billion", "estimate"),
            ("Air traffic management", 2023, 0.61, "USD billion", "actual"),
            ("Air traffic management", 2024, 0.74, "USD billion", "actual"),
            ("Air traffic management", 2025, 0.89, "USD billion", "estimate"),
            ("Air traffic management", 2030, 2.15, "USD billion", "estimate"),
            ("Total", 2023, 3.71, "USD billion", "actual"),
            ("Total", 2024, 4.55, "USD billion", "actual"),
            ("Total", 2025, 5.52, "USD billion", "estimate"),
            ("Total", 2030, 13.90, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.10 / 2.35) ** (1 / 6) - 1 = 20.24% -> 20.2
            ("cagr|implied", "exact"),  # (4.65 / 1.46) ** (1 / 6) - 1 = 21.30% -> 21.3
            # (2.15 / 0.74) ** (1 / 6) - 1 = 19.45% -> 19.5, not 19.6; bounds (2.145 / 0.745) ** (1/6) - 1 = 19.27%,
            # (2.155 / 0.735) ** (1/6) - 1 = 19.64% -> 19.6 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (13.90 / 4.55) ** (1 / 6) - 1 = 20.46% -> 20.5
            ("hierarchy", "exact"),  # 2023: 1.92 + 1.18 + 0.61 = 3.71
            ("hierarchy", "exact"),  # 2024: 2.35 + 1.46 + 0.74 = 4.55
            ("hierarchy", "exact"),  # 2025E: 2.84 + 1.79 + 0.89 = 5.52
            ("hierarchy", "exact"),  # 2030F: 7.10 + 4.65 + 2.15 = 13.90
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (the market's Total) and a YoY
    #     column; the 2023 YoY is a typo (12.1% for 21.1%). Expected nowhere: the exhibit number.
    dict(
        text=(
            "Exhibit 5. Gulf carriers' spend on AI crew and network planning\n"
            "\n"
            "Year     USD million      YoY\n"
            "2021             212        -\n"
            "2022             251    18.4%\n"
            "2023             304    12.1%\n"
            "2024             371    22.0%\n"
            "2025E            452    21.8%\n"
            "2026E            547    21.0%\n"
            "\n"
            "Source: Sand Dune Aviation Advisory estimates."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 251, "USD million", "actual"),
            ("Total", 2023, 304, "USD million", "actual"),
            ("Total", 2024, 371, "USD million", "actual"),
            ("Total", 2025, 452, "USD million", "estimate"),
            ("Total", 2026, 547, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2021, 2022, 1.0),
            ("growth", 12.1, "percent", 2022, 2023, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
            ("growth", 21.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 251 / 212 - 1 = 18.40% -> 18.4
            # 304 / 251 - 1 = 21.12%; bounds 303.5 / 251.5 - 1 = 20.68%, 304.5 / 250.5 - 1 = 21.56% -> 12.1 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 371 / 304 - 1 = 22.04% -> 22.0
            ("cagr|implied", "exact"),  # 452 / 371 - 1 = 21.83% -> 21.8
            ("cagr|implied", "exact"),  # 547 / 452 - 1 = 21.02% -> 21.0
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; the 2025年E column adds only by rounding.
    #     Expected nowhere: the table number, the source line.
    dict(
        text=(
            "表2\t我国机场人工智能应用市场规模（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "生物识别登机\t12.4\t16.8\t22.1\t28.6\n"
            "行李智能分拣\t9.7\t12.2\t15.0\t18.3\n"
            "机坪保障视觉系统\t6.3\t8.5\t11.4\t15.2\n"
            "合计\t28.4\t37.5\t48.5\t62.2\n"
            "资料来源：华锦智慧交通研究院，2025年2月"
        ),
        obs=[
            ("生物识别登机", 2022, 12.4, "CNY 100 million", "actual"),
            ("生物识别登机", 2023, 16.8, "CNY 100 million", "actual"),
            ("生物识别登机", 2024, 22.1, "CNY 100 million", "actual"),
            ("生物识别登机", 2025, 28.6, "CNY 100 million", "estimate"),
            ("行李智能分拣", 2022, 9.7, "CNY 100 million", "actual"),
            ("行李智能分拣", 2023, 12.2, "CNY 100 million", "actual"),
            ("行李智能分拣", 2024, 15.0, "CNY 100 million", "actual"),
            ("行李智能分拣", 2025, 18.3, "CNY 100 million", "estimate"),
            ("机坪保障视觉系统", 2022, 6.3, "CNY 100 million", "actual"),
            ("机坪保障视觉系统", 2023, 8.5, "CNY 100 million", "actual"),
            ("机坪保障视觉系统", 2024, 11.4, "CNY 100 million", "actual"),
            ("机坪保障视觉系统", 2025, 15.2, "CNY 100 million", "estimate"),
            ("合计", 2022, 28.4, "CNY 100 million", "actual"),
            ("合计", 2023, 37.5, "CNY 100 million", "actual"),
            ("合计", 2024, 48.5, "CNY 100 million", "actual"),
            ("合计", 2025, 62.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 12.4 + 9.7 + 6.3 = 28.4
            ("hierarchy", "exact"),  # 2023: 16.8 + 12.2 + 8.5 = 37.5
            ("hierarchy", "exact"),  # 2024: 22.1 + 15.0 + 11.4 = 48.5
            # 2025E: 28.6 + 18.3 + 15.2 = 62.1, not 62.2; bounds 61.95 to 62.25 for the rows against 62.15 to 62.25
            # for the total -> 62.2 reachable
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Tab-separated fiscal-year table (yen billions) with a YoY column for FY25E; the drone YoY holds only by
    #     rounding. Expected nowhere: the figure number, the publication date.
    dict(
        text=(
            "Fig. 7\tJapan: AI in airport and ground operations, by fiscal year (\u00a5 billion)\n"
            "\tFY2023\tFY2024\tFY2025E\tYoY FY25E\n"
            "Biometric boarding\t8.6\t11.2\t14.3\t27.7%\n"
            "Baggage & turnaround vision\t5.9\t7.4\t9.3\t25.7%\n"
            "Airside drone inspection\t2.1\t2.8\t3.9\t38.7%\n"
            "Source: Kansai Mobility Research, June 2025. Fiscal years end in March."
        ),
        obs=[
            ("Biometric boarding", 2023, 8.6, "JPY billion", "actual"),
            ("Biometric boarding", 2024, 11.2, "JPY billion", "actual"),
            ("Biometric boarding", 2025, 14.3, "JPY billion", "estimate"),
            ("Baggage & turnaround vision", 2023, 5.9, "JPY billion", "actual"),
            ("Baggage & turnaround vision", 2024, 7.4, "JPY billion", "actual"),
            ("Baggage & turnaround vision", 2025, 9.3, "JPY billion", "estimate"),
            ("Airside drone inspection", 2023, 2.1, "JPY billion", "actual"),
            ("Airside drone inspection", 2024, 2.8, "JPY billion", "actual"),
            ("Airside drone inspection", 2025, 3.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2024, 2025, 1.0),
            ("growth", 25.7, "percent", 2024, 2025, 1.0),
            ("growth", 38.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.3 / 11.2 - 1 = 27.68% -> 27.7
            ("cagr|implied", "exact"),  # 9.3 / 7.4 - 1 = 25.68% -> 25.7
            # 3.9 / 2.8 - 1 = 39.29% -> 39.3, not 38.7; bounds 3.85 / 2.85 - 1 = 35.09%, 3.95 / 2.75 - 1 = 43.64%
            # -> 38.7 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (its 100.0% is no claim).
    #     Expected nowhere: the table number, the source date.
    dict(
        text=(
            "表4　2024年台灣航太AI應用市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 航空公司營運最佳化 | 1,284 | 33.3% |\n"
            "| 機場智慧服務 | 1,126 | 29.2% |\n"
            "| 衛星遙測影像分析 | 862 | 22.3% |\n"
            "| 無人機巡檢 | 588 | 15.2% |\n"
            "| 合計 | 3,860 | 100.0% |\n"
            "資料來源：台灣航太產業發展協會，2025年5月"
        ),
        obs=[
            ("航空公司營運最佳化", 2024, 1284, "TWD million", "actual"),
            ("機場智慧服務", 2024, 1126, "TWD million", "actual"),
            ("衛星遙測影像分析", 2024, 862, "TWD million", "actual"),
            ("無人機巡檢", 2024, 588, "TWD million", "actual"),
            ("合計", 2024, 3860, "TWD million", "actual"),
        ],
        claims=[
            ("share", 33.3, "percent", 2024, 2024, None),
            ("share", 29.2, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1284 / 3860 = 33.26% -> 33.3
            ("arithmetic", "exact"),  # 1126 / 3860 = 29.17% -> 29.2
            ("arithmetic", "exact"),  # 862 / 3860 = 22.33% -> 22.3
            ("arithmetic", "exact"),  # 588 / 3860 = 15.23% -> 15.2
            ("hierarchy", "exact"),  # 1284 + 1126 + 862 + 588 = 3860
        ],
    ),
    # 21. US earnings-call transcript: the CEO sizes a TAM for AI aircraft/engine health monitoring; the CAGR has no
    #     printed span and the amounts do not support it. Expected nowhere: quarter revenue, backlog, aircraft
    #     count, "a bit more than half" (a fraction in words).
    dict(
        text=(
            "Northfield Aero Systems (NFAS) Q4 and full-year 2024 earnings call, February 20, 2025 - edited transcript\n"
            "Dana Whitlock, Chief Executive Officer: Thanks, everyone. Revenue for the quarter came in at $412 million, "
            "up 9%, and we closed the year with a backlog of $2.1 billion. Let me spend a minute on the opportunity, "
            "because I get asked about it on every call. We size the total addressable market for AI-driven aircraft "
            "and engine health monitoring at about $6.4 billion last year, and we think that gets to $15.2 billion by "
            "2030 - call it a CAGR of roughly 17%. Today we have sensors flying on about 1,900 aircraft.\n"
            "Mark Ruiz, Tenley Securities: Helpful. How much of that TAM is engines?\n"
            "Whitlock: Engines are a bit more than half of it, and that's where the data is richest."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2030, 15.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (15.2 / 6.4) ** (1 / 6) - 1 = 15.51% -> 16, not 17; bounds (15.15 / 6.45) ** (1/6) - 1 = 15.29%,
            # (15.25 / 6.35) ** (1/6) - 1 = 15.72% -> 17 is out of reach
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 22. Working-paper abstract on AI in air traffic management: a CAGR with its printed span.
    #     Expected nowhere: the paper number, the 41 ANSPs, the 38.5 million flights, the USD 25 billion delay cost.
    dict(
        text=(
            "Working Paper No. 24-117\n"
            "Machine Learning in the Tower: Sizing Global Demand for AI in Air Traffic Management\n"
            "Abstract. Air navigation service providers (ANSPs) have begun to move machine-learning tools for "
            "conflict detection, arrival sequencing and sector-capacity planning out of trials and into live "
            "operations. Combining procurement records from 41 ANSPs with vendor disclosures, we estimate that "
            "worldwide spending on AI for air traffic management reached USD 1.86 billion in 2023. Our baseline "
            "scenario projects USD 4.1 billion in 2030, implying compound growth of 12.0% per year over 2023-2030. "
            "The stakes are large: controllers handled some 38.5 million flights in 2023, and airspace delays cost "
            "airlines an estimated USD 25 billion. We find that adoption is fastest where ANSPs are corporatised."
        ),
        obs=[
            ("Total", 2023, 1.86, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 12.0, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.86) ** (1 / 7) - 1 = 11.95% -> 12.0
        ],
    ),
    # 23. Social-media thread on airport biometric ID: YoY growth with both amounts, a multiple over 2020, a segment
    #     share. Expected nowhere: "about a quarter" (fraction in words), 73 airports, 1.1 billion passengers, the
    #     $60M Series C.
    dict(
        text=(
            "@gatewatcher_av - Mar 4, 2026\n"
            "1/ Quick thread on airport biometrics, since half of you asked after my post on the new e-gates.\n"
            "2/ Per Tarmac Intelligence's latest tracker, spend on AI biometric ID at airports (face matching at bag "
            "drop, security and the gate) hit $2.9B in 2025, up 26% from $2.3B in 2024. That's 3x what it was in "
            "2020.\n"
            "3/ Biometric boarding alone was $0.84B, ~29% of the total. About a quarter of global spend is now in "
            "Asia.\n"
            "4/ For scale: 73 airports run self-boarding gates and ~1.1 billion passengers went through one last "
            "year. And yes, FaceLane's $60M Series C closed this week.\n"
            "5/ Tracker has the market at $4.4B in 2027. Pinch of salt, as always."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2025, 2.9, "USD billion", "actual"),
            ("Biometric boarding", 2025, 0.84, "USD billion", "actual"),
            ("Total", 2027, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2020, 2025, 5.0),
            ("share", 29, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 2.3) ** (1 / 1) - 1 = 26.09% -> 26
            ("arithmetic", "exact"),  # 0.84 / 2.9 = 28.97% -> 29
        ],
    ),
    # 24. Web article with a correction notice: the corrected 2024 figure counts; the 2029 figure in billions is
    #     converted to the series' unit (USD million); the CAGR holds only by rounding.
    #     Expected nowhere: the misstated $940 million, the 26.8 million mishandled bags, the vendor's contract.
    dict(
        text=(
            "Vision AI is taking over the baggage hall\n"
            "By Priya Nandakumar | Updated 15 May 2025\n"
            "Cameras that read bag tags, spot a tipped-over suitcase on the belt and time every step of an aircraft "
            "turnaround are moving from pilots into everyday use. Airports and ground handlers spent $490 million on "
            "computer-vision systems for baggage handling and turnaround in 2024, up 18% from $415 million in 2023, "
            "according to Chicago-based Gatepoint Research. The firm expects spending to reach $1.3 billion by 2029, "
            "growing about 21% a year between 2024 and 2029. The pressure is real: airlines mishandled some 26.8 "
            "million bags last year. One vendor, Tagsight, said this week it had won a $38 million contract at two "
            "Texas hubs.\n"
            "Correction, 15 May 2025: An earlier version of this article misstated Gatepoint's 2024 market figure as "
            "$940 million. The correct figure is $490 million."
        ),
        obs=[
            ("Total", 2023, 415, "USD million", "actual"),
            ("Total", 2024, 490, "USD million", "actual"),
            ("Total", 2029, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (490 / 415) ** (1 / 1) - 1 = 18.07% -> 18
            # (1300 / 490) ** (1 / 5) - 1 = 21.55% -> 22, not 21; bounds (1250 / 490.5) ** (1/5) - 1 = 20.57%,
            # (1350 / 489.5) ** (1/5) - 1 = 22.49% -> 21 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Singapore satellite-analytics company's annual-report letter: YoY growth that holds only by rounding and
    #     a "more than double" multiple. Expected nowhere: own revenue S$182 million and its 31%, 14 satellites,
    #     620 employees.
    dict(
        text=(
            "Letter from the Chairman and Chief Executive\n"
            "Singapore, 28 March 2025\n"
            "Dear Shareholders,\n"
            "2024 was the year Earth-observation analytics went mainstream. The global market for AI-driven "
            "Earth-observation analytics grew to US$4.7 billion in 2024 from US$3.9 billion in 2023, an increase of "
            "20%, according to figures compiled by Straits Orbital Research. Our own revenue rose 31% to S$182 "
            "million, and our constellation reached 14 satellites with the two launches in October. We now employ "
            "620 people in Singapore, Perth and Bengaluru. Looking ahead, Straits Orbital expects the market to more "
            "than double to US$10.2 billion by 2029, as insurers, commodity traders and governments buy answers "
            "rather than pixels."
        ),
        obs=[
            ("Total", 2023, 3.9, "USD billion", "actual"),
            ("Total", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2029, 10.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # (4.7 / 3.9) ** (1 / 1) - 1 = 20.51% -> 21, not 20; bounds 4.65 / 3.95 - 1 = 17.72%,
            # 4.75 / 3.85 - 1 = 23.38% -> 20 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. French aerospace manufacturer's capital-markets-day slide bullets (EUR): TAM with CAGR and a segment share.
    #     Expected nowhere: 11,400 connected aircraft, 8,600-aircraft backlog, the 20% share ambition, the 18% margin.
    dict(
        text=(
            "Aeronef Systemes - Capital Markets Day 2025 - Toulouse, 18 June 2025\n"
            "Slide 14 | Digital services: the AI opportunity\n"
            "\u2022 AI-enabled MRO analytics TAM: \u20ac3.2bn in 2024 \u2192 \u20ac7.5bn in 2030E\n"
            "\u2022 ~15% CAGR 2024-30, led by narrowbody fleets in Asia\n"
            "\u2022 Engine health monitoring: \u20ac1.1bn in 2024, c.34% of TAM\n"
            "\u2022 Installed base: 11,400 connected aircraft; order backlog of 8,600 aircraft\n"
            "\u2022 Ambition: 20% share of TAM by 2030, services EBIT margin above 18%"
        ),
        obs=[
            ("Total", 2024, 3.2, "EUR billion", "actual"),
            ("Total", 2030, 7.5, "EUR billion", "estimate"),
            ("Engine health monitoring", 2024, 1.1, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.5 / 3.2) ** (1 / 6) - 1 = 15.25% -> 15
            ("arithmetic", "exact"),  # 1.1 / 3.2 = 34.38% -> 34
        ],
    ),
    # 27. Forum answer on autonomous inspection drones: the first publisher's base, target and rate count; a second
    #     publisher's 2024 figure is expected nowhere, as are the answer's points, 12 pilots, 300 inspections and
    #     the million registered drones.
    dict(
        text=(
            "Q: Does anyone have a reliable number for the drone inspection market? I keep seeing wildly different "
            "figures.\n"
            "Top answer (u/rotorwash_eng, 412 points):\n"
            "Numbers vary because people count different things. The one I trust is SkyMetric Research, which only "
            "counts autonomous drone inspection software and services for airports, airframes and infrastructure. "
            "They put the market at $1.9 billion in 2024 and see it hitting $5.4 billion in 2031, which works out "
            "to roughly 16% a year. DroneGauge has a much bigger 2024 number, $2.6 billion, but they lump in "
            "hardware sales. For what it's worth, I run a team of 12 pilots and we fly about 300 inspections a "
            "month, and there are over a million registered drones in the US - none of that is market size, so "
            "don't let anyone mix it in."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2031, 5.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2031, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.4 / 1.9) ** (1 / 7) - 1 = 16.09% -> 16
        ],
    ),
    # 28. Dubai broker sector note: YoY growth and a CAGR with printed span. Expected nowhere: the SAR 640 million
    #     Saudi aside (riyals not in the unit table), 190 million passengers, the AED profit, target price and upside.
    dict(
        text=(
            "GULF AVIATION TECH | Sector note | Dubai, 9 September 2025\n"
            "Apron AI is the next airport capex line\n"
            "We estimate that Gulf airports spent US$312 million on AI turnaround and apron-vision systems in 2024, "
            "up 24% from US$251 million in 2023, and we forecast US$780 million by 2028, a CAGR of 25.7% over "
            "2024-28. Saudi Arabia's new airport programme alone could add SAR 640 million of demand by 2027, which "
            "we leave out of our base case. Passenger traffic at the region's hubs topped 190 million last year, "
            "and the region's largest carrier booked a record AED 19.1 billion profit. We initiate on Falcon Vision "
            "Systems with a BUY and a target price of AED 7.40, 26% upside."
        ),
        obs=[
            ("Total", 2023, 251, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2028, 780, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 251) ** (1 / 1) - 1 = 24.30% -> 24
            ("cagr|implied", "exact"),  # (780 / 312) ** (1 / 4) - 1 = 25.74% -> 25.7
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY growth with both amounts, 增长3倍 over 2020 (x3), a 突破 target.
    #     Expected nowhere: 7.3亿人次 passengers, 263 airports, the reporter's date.
    dict(
        text=(
            "新华社北京2025年3月18日电（记者王立群）记者18日从中国民航科学技术研究院获悉，2024年我国民航领域"
            "人工智能应用市场规模达到86.5亿元，比上年的66.0亿元增长31.1%，较2020年增长3倍。智能排班、"
            "航班运行控制和发动机健康管理成为增长最快的应用场景。研究院预计，到2027年，这一市场规模将突破"
            "200亿元。2024年，全国民航完成旅客运输量7.3亿人次，全国颁证运输机场达到263个。"
        ),
        obs=[
            ("Total", 2023, 66.0, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 66.0) ** (1 / 1) - 1 = 31.06% -> 31.1
        ],
    ),
    # 30. Civil-aviation authority implementation plan (Simplified): a 2027 target over a 2024 base, CAGR whose
    #     span only the amounts' years give. Expected nowhere: 100% coverage, the 15% productivity gain, 10 firms.
    dict(
        text=(
            "民航局关于推进空管智能化建设的实施方案\n"
            "（2025年4月印发）\n"
            "二、主要目标\n"
            "（一）产业规模稳步扩大。到2027年，空管系统人工智能应用市场规模力争达到120亿元（2024年约为58亿元），"
            "年均复合增长率约27%。\n"
            "（二）应用水平显著提升。区域管制中心智能辅助决策系统覆盖率达到100%，管制员人均保障架次提升15%。\n"
            "（三）产业生态更加完善。培育10家以上具有核心竞争力的空管智能化骨干企业。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 58) ** (1 / 3) - 1 = 27.42% -> 27
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional), NT$ 億元: CAGR inferred from the amounts' years that holds only
    #     by rounding; a share without its part (claim, no verdict). Expected nowhere: 約占四成 (fraction in words),
    #     the whole aerospace industry output, 126 firms surveyed.
    dict(
        text=(
            "台北，2025年5月15日－資策會產業情報研究所（MIC）今（15）日發布最新研究指出，2024年全球航空與太空"
            "領域AI應用市場規模達新台幣1,850億元，預估2028年將成長至新台幣4,120億元，年複合成長率（CAGR）"
            "達22.1%。其中，衛星營運與地球觀測分析占比約27%，航空公司營運優化約占四成。MIC資深產業分析師"
            "陳怡君表示，台灣航太產業產值去年約新台幣1,300億元，AI應用將是下一個成長引擎；本次調查共訪問國內"
            "126家航太相關業者。"
        ),
        obs=[
            ("Total", 2024, 1850, "TWD 100 million", "actual"),
            ("Total", 2028, 4120, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.1, "percent", 2024, 2028, None, "inferred"),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4120 / 1850) ** (1 / 4) - 1 = 22.16% -> 22.2, not 22.1; bounds (4119.5 / 1850.5) ** (1/4) - 1 =
            # 22.149%, (4120.5 / 1849.5) ** (1/4) - 1 = 22.173% -> 22.1 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional), 億港元: YoY growth inconsistent with its amounts.
    #     Expected nowhere: 5,300萬人次 passengers, the airport authority's own revenue (約200億港元).
    dict(
        text=(
            "【本報訊】（2025年6月12日）香港國際機場去年客運量回升至約5,300萬人次，機場「智慧化」投資亦同步"
            "加快。本地顧問公司港航智庫昨日發表報告指，本港機場人工智能應用（包括生物認證登機、行李處理及"
            "停機坪視像分析）市場規模去年達18.6億港元，較2023年的16.4億港元按年增長12%；報告預計，有關市場"
            "至2030年可增至45億港元。機管局去年收入約200億港元，三跑道系統已全面投入運作。"
        ),
        obs=[
            ("Total", 2023, 16.4, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2030, 45, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18.6 / 16.4 - 1 = 13.41% -> 13, not 12; bounds 18.55 / 16.45 - 1 = 12.77%,
            # 18.65 / 16.35 - 1 = 14.07% -> 12 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional), NT$ 億元: CAGR inferred from the amounts' years; a second
    #     research house's 2024 figure is expected nowhere, as are the stock's revenue growth, its target price and
    #     P/E, and the drone export count in the push comment.
    dict(
        text=(
            "作者 skyrotor (旋翼仔)  看板 Stock\n"
            "標題 [心得] 無人機AI巡檢這塊到底多大？\n"
            "時間 Sun Aug  3 22:41:07 2025\n"
            "最近在研究某檔無人機概念股，順便整理一下市場數字。研調機構天際產研估算，國內無人機AI巡檢（電廠、"
            "橋梁、機場跑道）市場2024年約新台幣42億元，2029年上看新台幣118億元，CAGR大概23%。\n"
            "另外看到另一家研調說2024年只有新台幣30億元，差很多，我比較信前者。\n"
            "那檔今年上半年營收年增45%，外資目標價喊到220元，但本益比已經30倍了，各位自己斟酌。\n"
            "推 droneboy: 台灣今年無人機出口好像已經破萬架"
        ),
        obs=[
            ("Total", 2024, 42, "TWD 100 million", "actual"),
            ("Total", 2029, 118, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (118 / 42) ** (1 / 5) - 1 = 22.95% -> 23
        ],
    ),
    # 34. Brokerage research abstract (Simplified): a 2030 range (two value claims, no obs) and YoY growth without
    #     its base (claim, no verdict). Expected nowhere: the series number, 68 launches, 260 satellites, the
    #     target price.
    dict(
        text=(
            "【华辰证券】卫星互联网系列深度报告之三：遥感AI，从“看得见”到“看得懂”\n"
            "报告日期：2025年7月22日\n"
            "投资要点：\n"
            "\u25cf 我们测算，2024年我国卫星遥感AI分析市场规模约为96亿元，同比增长18.5%；受益于商业星座组网与"
            "行业应用放量，预计2030年市场规模有望达到350-420亿元。\n"
            "\u25cf 供给端加速：2024年我国共实施航天发射68次，全年入轨卫星超过260颗。\n"
            "\u25cf 首次覆盖星图智遥，给予“买入”评级，目标价42.6元。\n"
            "\u25cf 风险提示：卫星组网进度不及预期；下游需求释放不及预期。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("value", 350, "CNY 100 million", 2030, 2030, None),
            ("value", 420, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 35. Listed company's results-briefing transcript (Simplified): this year's (今年) figure is an estimate; growth
    #     with both amounts. Expected nowhere: company revenue and its growth, Q1 revenue, new orders, the 三成 share
    #     ambition.
    dict(
        text=(
            "天翼智航（688317）2024年度业绩说明会文字实录（2025年4月26日）\n"
            "问：请问公司如何看待机场行李处理和机坪视觉识别系统的市场空间？\n"
            "董事会秘书 刘敏：谢谢您的提问。按照我们的测算，国内机场智能行李处理和机坪视觉识别系统的市场规模，"
            "2024年大概是24亿元，今年应该能做到30亿元左右，增长25%。公司2024年实现营业收入5.8亿元，同比增长"
            "21.3%；今年一季度实现收入1.1亿元，新签订单2.4亿元。我们的目标是三年内市场占有率达到三成。"
        ),
        obs=[
            ("Total", 2024, 24, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30 / 24) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 36. Markdown pipe table by segment with a Total row (USD million), 2025E an estimate column; the 2025E total
    #     adds only by rounding. Expected nowhere: the note number, the USD 37 billion aviation-IT spend.
    dict(
        text=(
            "Global AI in airline operations, by segment (USD million)\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---:|---:|\n"
            "| Crew planning and rostering | 412 | 488 |\n"
            "| Network and schedule planning | 655 | 771 |\n"
            "| Predictive maintenance | 1,180 | 1,402 |\n"
            "| Disruption recovery | 298 | 356 |\n"
            "| Total | 2,545 | 3,018 |\n"
            "Source: Aerolytics Partners, Paris, March 2025. Note 2: excludes airlines' in-house IT staff; aviation "
            "IT spending overall was about USD 37 billion in 2024."
        ),
        obs=[
            ("Crew planning and rostering", 2024, 412, "USD million", "actual"),
            ("Network and schedule planning", 2024, 655, "USD million", "actual"),
            ("Predictive maintenance", 2024, 1180, "USD million", "actual"),
            ("Disruption recovery", 2024, 298, "USD million", "actual"),
            ("Total", 2024, 2545, "USD million", "actual"),
            ("Crew planning and rostering", 2025, 488, "USD million", "estimate"),
            ("Network and schedule planning", 2025, 771, "USD million", "estimate"),
            ("Predictive maintenance", 2025, 1402, "USD million", "estimate"),
            ("Disruption recovery", 2025, 356, "USD million", "estimate"),
            ("Total", 2025, 3018, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 412 + 655 + 1180 + 298 = 2545 -> 2545
            # 2025E: 488 + 771 + 1402 + 356 = 3017, printed 3018; rows' bounds 3015-3019 reach 3017.5-3018.5
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated vertical table headed only by its unit (-> Total) with a YoY column; 2025F an estimate;
    #     the 2023 YoY holds only by rounding. Expected nowhere: the table number, the 259 launches.
    dict(
        text=(
            "Table 3. Global spend on AI for satellite operations (anomaly detection, collision avoidance, "
            "autonomous tasking)\n"
            "Year\tUSD million\tYoY\n"
            "2021\t540\t-\n"
            "2022\t688\t27.4%\n"
            "2023\t861\t25.2%\n"
            "2024\t1,079\t25.3%\n"
            "2025F\t1,340\t24.2%\n"
            "Source: Meridian Orbital Advisory, Singapore, January 2025. Memo: orbital launch attempts in 2024: 259."
        ),
        obs=[
            ("Total", 2021, 540, "USD million", "actual"),
            ("Total", 2022, 688, "USD million", "actual"),
            ("Total", 2023, 861, "USD million", "actual"),
            ("Total", 2024, 1079, "USD million", "actual"),
            ("Total", 2025, 1340, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.2, "percent", 2022, 2023, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 24.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 688 / 540 - 1 = 27.41% -> 27.4
            # 861 / 688 - 1 = 25.15% -> 25.1, not 25.2; bounds 860.5 / 688.5 - 1 = 24.98%,
            # 861.5 / 687.5 - 1 = 25.31% -> 25.2 is reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1079 / 861 - 1 = 25.32% -> 25.3
            ("cagr|implied", "exact"),  # 1340 / 1079 - 1 = 24.19% -> 24.2
        ],
    ),
    # 38. Space-aligned Simplified Chinese table with a 合计 row (亿元), 2025年E an estimate column; the 2025E total
    #     adds only by rounding. Expected nowhere: the table number, 7.3亿人次 passengers.
    dict(
        text=(
            "表2  中国民航人工智能应用市场结构（单位：亿元）\n"
            "细分领域              2023年     2024年     2025年E\n"
            "航空公司运行优化        21.4       28.3       36.8\n"
            "机场智能化              18.7       24.1       30.6\n"
            "空管智能化               9.6       12.5       15.9\n"
            "合计                    49.7       64.9       83.4\n"
            "资料来源：华辰证券研究所。注：不含航空器制造环节；2024年全国民航旅客运输量7.3亿人次。"
        ),
        obs=[
            ("航空公司运行优化", 2023, 21.4, "CNY 100 million", "actual"),
            ("机场智能化", 2023, 18.7, "CNY 100 million", "actual"),
            ("空管智能化", 2023, 9.6, "CNY 100 million", "actual"),
            ("合计", 2023, 49.7, "CNY 100 million", "actual"),
            ("航空公司运行优化", 2024, 28.3, "CNY 100 million", "actual"),
            ("机场智能化", 2024, 24.1, "CNY 100 million", "actual"),
            ("空管智能化", 2024, 12.5, "CNY 100 million", "actual"),
            ("合计", 2024, 64.9, "CNY 100 million", "actual"),
            ("航空公司运行优化", 2025, 36.8, "CNY 100 million", "estimate"),
            ("机场智能化", 2025, 30.6, "CNY 100 million", "estimate"),
            ("空管智能化", 2025, 15.9, "CNY 100 million", "estimate"),
            ("合计", 2025, 83.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 18.7 + 9.6 = 49.7 -> 49.7
            ("hierarchy", "exact"),  # 2024: 28.3 + 24.1 + 12.5 = 64.9 -> 64.9
            # 2025E: 36.8 + 30.6 + 15.9 = 83.3, printed 83.4; rows' bounds 83.15-83.45 reach 83.35-83.45
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Regional pipe table with a CAGR column (USD billion, 2030F an estimate column); rows add to Global; the
    #     Europe CAGR is inconsistent with its amounts. Expected nowhere: the 1.1 billion passengers in the note.
    dict(
        text=(
            "Airport AI spending by region, 2024 and 2030F (USD billion)\n"
            "| Region | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|\n"
            "| North America | 1.42 | 3.35 | 15.4% |\n"
            "| Europe | 1.18 | 2.61 | 14.8% |\n"
            "| Asia-Pacific | 1.05 | 3.12 | 19.9% |\n"
            "| Middle East & Africa | 0.38 | 1.07 | 18.8% |\n"
            "| Latin America | 0.17 | 0.41 | 15.8% |\n"
            "| Global | 4.20 | 10.56 | 16.6% |\n"
            "Source: Changi Aviation Analytics, Singapore, 2025. Covers biometric processing, baggage and turnaround "
            "vision, and AI resource planning; Asia-Pacific airports handled about 1.1 billion departing passengers."
        ),
        obs=[
            ("North America", 2024, 1.42, "USD billion", "actual"),
            ("Europe", 2024, 1.18, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 1.05, "USD billion", "actual"),
            ("Middle East & Africa", 2024, 0.38, "USD billion", "actual"),
            ("Latin America", 2024, 0.17, "USD billion", "actual"),
            ("Global", 2024, 4.20, "USD billion", "actual"),
            ("North America", 2030, 3.35, "USD billion", "estimate"),
            ("Europe", 2030, 2.61, "USD billion", "estimate"),
            ("Asia-Pacific", 2030, 3.12, "USD billion", "estimate"),
            ("Middle East & Africa", 2030, 1.07, "USD billion", "estimate"),
            ("Latin America", 2030, 0.41, "USD billion", "estimate"),
            ("Global", 2030, 10.56, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 14.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.35 / 1.42) ** (1 / 6) - 1 = 15.38% -> 15.4
            # (2.61 / 1.18) ** (1 / 6) - 1 = 14.15% -> 14.1, not 14.8; bounds (2.605 / 1.185) ** (1/6) - 1 =
            # 14.03%, (2.615 / 1.175) ** (1/6) - 1 = 14.26% -> 14.8 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3.12 / 1.05) ** (1 / 6) - 1 = 19.90% -> 19.9
            ("cagr|implied", "exact"),  # (1.07 / 0.38) ** (1 / 6) - 1 = 18.83% -> 18.8
            ("cagr|implied", "exact"),  # (0.41 / 0.17) ** (1 / 6) - 1 = 15.80% -> 15.8
            ("cagr|implied", "exact"),  # (10.56 / 4.20) ** (1 / 6) - 1 = 16.61% -> 16.6
            ("hierarchy", "exact"),  # 2024: 1.42 + 1.18 + 1.05 + 0.38 + 0.17 = 4.20 -> 4.20
            ("hierarchy", "exact"),  # 2030F: 3.35 + 2.61 + 3.12 + 1.07 + 0.41 = 10.56 -> 10.56
        ],
    ),
    # 40. Japanese statistics table (JPY billion, fiscal year) with a share column; one share holds only by
    #     rounding; the 100.0 total share is no claim. Expected nowhere: the 58 operators surveyed, the table number.
    dict(
        text=(
            "Table 5-2. AI-related spending in Japan's civil aviation sector by segment, FY2024\n"
            "(Japan Aviation Digital Council survey of 58 operators; \u00a5 billion)\n"
            "Segment                      \u00a5 billion   Share (%)\n"
            "Airline operations                 48.6        42.1\n"
            "Airports                           31.2        27.0\n"
            "Air navigation services            12.9        11.1\n"
            "Aircraft maintenance (MRO)         22.7        19.7\n"
            "Total                             115.4       100.0\n"
            "Note: shares may not add to 100 because of rounding."
        ),
        obs=[
            ("Airline operations", 2024, 48.6, "JPY billion", "actual"),
            ("Airports", 2024, 31.2, "JPY billion", "actual"),
            ("Air navigation services", 2024, 12.9, "JPY billion", "actual"),
            ("Aircraft maintenance (MRO)", 2024, 22.7, "JPY billion", "actual"),
            ("Total", 2024, 115.4, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 27.0, "percent", 2024, 2024, None),
            ("share", 11.1, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 115.4 = 42.11% -> 42.1
            ("arithmetic", "exact"),  # 31.2 / 115.4 = 27.04% -> 27.0
            # 12.9 / 115.4 = 11.18% -> 11.2, not 11.1; bounds 12.85 / 115.45 = 11.13%, 12.95 / 115.35 = 11.23%
            # -> 11.1 is reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 22.7 / 115.4 = 19.67% -> 19.7
            ("hierarchy", "exact"),  # 48.6 + 31.2 + 12.9 + 22.7 = 115.4 -> 115.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 13, 'exact': 64}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 22% on the $2.14 billion they spent in 2023',
    'growing at 20.8% a year from 2024 to 2031',
    'to ¥113bn by FY2028e, a CAGR of roughly 23%',
    'US$0.70 billion, or 37% of the total',
    'putting 2024 at US$1.05 billion',
    'total addressable market for AI-driven fleet health',
    'roughly two and a half times, or about 16% compounded',
    'more than triple it, to EUR 3.5 billion, by 2030',
    'The correct figure is $3.4 billion',
    '$7.5 billion to $8.5 billion in 2029',
    'roughly $1.3 billion market last year',
    '较2023年的67.9亿元同比增长27.4%',
    '力争突破150亿元，较2023年增长2倍',
    '2024—2028年年均复合增长率为32.4%',
    '2025年預估成長22.3%至47.2億元',
    '其中行李及停機坪視像分析系統佔9.1億港元，比重約37%',
    '去年我国空管领域人工智能市场规模约31亿元',
    '今年有望达到38亿元，同比增长约21%',
    '2029年預估將達118億美元，年複合成長率21.3%',
    '| 2023 | 2024 | 2025E | 2030F | CAGR 2024-30F |',
    '2023             304    12.1%',
    '合计\t28.4\t37.5\t48.5\t62.2',
    '\tFY2023\tFY2024\tFY2025E\tYoY FY25E',
    '| 航空公司營運最佳化 | 1,284 | 33.3% |',
    'call it a CAGR of roughly 17%',
    'implying compound growth of 12.0% per year over 2023-2030',
    'hit $2.9B in 2025, up 26% from $2.3B in 2024',
    "That's 3x what it was in 2020",
    'The correct figure is $490 million',
    'growing about 21% a year between 2024 and 2029',
    'an increase of 20%',
    'more than double to US$10.2 billion by 2029',
    '€3.2bn in 2024 → €7.5bn in 2030E',
    'c.34% of TAM',
    'which works out to roughly 16% a year',
    'a CAGR of 25.7% over 2024-28',
    '比上年的66.0亿元增长31.1%',
    '较2020年增长3倍',
    '这一市场规模将突破200亿元',
    '（2024年约为58亿元）',
    '預估2028年將成長至新台幣4,120億元',
    '較2023年的16.4億港元按年增長12%',
    '2029年上看新台幣118億元，CAGR大概23%',
    '预计2030年市场规模有望达到350-420亿元',
    '今年应该能做到30亿元左右，增长25%',
    '| Total | 2,545 | 3,018 |',
    '2025F\t1,340\t24.2%',
    '合计                    49.7       64.9       83.4',
    '| CAGR 2024-30 |',
    'Air navigation services            12.9        11.1',
)
LAYOUT = (40, 10, 14, 16)
#: the set's blind score (written without reading or running the extractor, and kept unread): 182
#: figures, 52 rates, 70 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-seventy-sixth set: 186, 58, 78 and 0
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (58)
FLOORS = {"figures_found": 187, "rates_found": 57, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset178.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
