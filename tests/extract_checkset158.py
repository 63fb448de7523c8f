"""A hundred-and-fifty-eighth check set for the extractor, written blind: AI in travel and hospitality: AI pricing and
revenue management for hotels and airlines, AI trip planning and booking assistants, chatbots for guest service, AI in
airport operations and baggage handling, AI demand forecasting for tourism boards, sized in money by travel-technology
analysts, hotel and airline associations, consultancies, brokers, tourism ministries and provincial tourism plans,
Japanese, Thai, Singaporean and Middle Eastern research houses. Distractors a careful reader leaves out: passengers
and visitor arrivals, room nights, occupancy rates, RevPAR and average daily rates, tourism spending, an airline's or
hotel group's own revenue, fleet size, a quarter's figures, the whole travel market beside the AI part.

Snippets 1-20: AI in travel and hospitality (AI pricing and revenue management for hotels and airlines, AI
trip-planning and booking assistants, guest-service chatbots, AI in airport operations and baggage handling, AI demand
forecasting for tourism bodies). 1-8 are English prose: a dated Singapore wire release on hotel revenue-management AI
with a year-on-year rate and a stated CAGR; a broker note on airline pricing AI with a regional share, a "3x"
multiple, a price target and the covered company's own revenue, margin, quarter and fleet; a London news article
quoting two publishers (the first one's CAGR only rounding-consistent, the rival's 2030 figure left out); an
earnings-call excerpt sizing a guest-messaging TAM "this year" and "last year" with a multiple; a Gulf hotel
association yearbook with three country shares (one only rounding-consistent) and a riyal figure; a Tokyo research
house's yen release on airport-operations AI whose fiscal-year rate was left on a superseded preliminary figure
(inconsistent); a Bangkok bank research house's release with "last year", baht figures and a 2030 figure in billions
converted to the series' millions; and a Dubai wire on airport AI with "this year", "next year", a fivefold multiple,
a 2030 range, a dirham figure and a quarter. 9-15 are Chinese prose: a Yunnan three-year action plan with a target, a
stated CAGR and a share in words (Simplified); a broker report with a part, its share and a CAGR (Simplified); a
Taipei news item in 新台幣億元 with 去年/今年 (Traditional); a Hong Kong item in 億港元 whose year-on-year rate its amounts
contradict (Traditional); a Taipei wire quoting two publishers in 億美元 (Traditional); a Xinhua-style wire with 增长3倍,
今年, 明年 and a quarter (Simplified); and a civil-aviation white paper with a share and an inferred CAGR (Simplified).
16-20 are tables: a markdown pipe table by application with E/F columns, a Total row that only rounding reaches in one
year and a CAGR in its note; a space-aligned Singapore table by country with a total row and a y/y column holding one
contradicted rate; a tab-separated Simplified Chinese table with 合计 and a CAGR in its note; a space-aligned European
table with years as rows, sector columns, a Total column and a y/y column with one rounding-only rate; and a
Traditional Chinese markdown table with years as rows, two category columns and a 合計 column, with a rounding-only CAGR
in its note. Distractors a careful reader leaves out: datelines, editions, exhibit, table and issue numbers, report
titles' years, counts of hotel groups, vendors, members, customers and survey respondents, room nights, rooms,
occupancy, RevPAR and ADR, load factors, passengers and visitor arrivals, tourism spending and receipts, the whole
airline industry's revenue, survey answers, a share in words, a price target and its upside, a company's own revenue,
growth, margin and share target, a quarter's figures, riyal, dirham and baht amounts, a rival publisher's figure and a
superseded preliminary figure.

Snippets 21-40: AI in travel and hospitality (AI revenue management and dynamic pricing for hotels and airlines, AI
trip-planning and booking assistants, guest-service chatbots, AI in airport operations and baggage handling, AI demand
forecasting for tourism bodies). Eight English prose pieces (a Singapore wire release with a this-year forecast, a
travel-tech vendor's earnings call sizing its TAM with a loosely rounded CAGR, a journal abstract with a 2030 range
and a regional share, a hotelier's LinkedIn post, a news page carrying a correction and a rival consultancy's figure,
a Riyadh research note with riyal amounts, investor-day slide bullets naming a second market, a Tokyo research house's
release in yen whose CAGR was left on a superseded base), seven Chinese prose pieces (a Yunnan provincial action plan
with 增长N倍, a broker note with a part and its share, a Zhihu answer with an inconsistent rate, a Taipei newspaper in
新台幣億元, a Hong Kong newspaper in 億港元 with a part's share, a Taiwanese investor conference in 億美元 with a rounding CAGR,
a listed company's annual report with 增长3倍; three in Traditional Chinese), and five tables (a markdown table by
application with an E column and a total that only rounding reaches, a tab-separated regional table with a share
column, a space-aligned vertical table of years with a YoY column holding a typo, a Chinese pipe table with a CAGR
column, a space-aligned Thai table with shares and a CAGR in its note line). Distractors left out: passengers, visitor
arrivals, room nights, occupancy, ADR and RevPAR, tourism revenue, companies' own revenue, margins and share targets,
quarter figures, price targets and upside, survey answers, penetration rates, headcounts, counts of firms and
facilities, report and document numbers, a corrected figure's old value, a second publisher's figure, and amounts in
riyals and baht.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English), Singapore travel-tech analyst, hotel AI revenue management. Year-on-year
    #    rate with both amounts; stated 2024-2030 CAGR. Expected nowhere: title year 2025, "seventh edition", 640 hotel
    #    groups, 48 countries, RevPAR gains of 6-9%, occupancy 71.4% / 68.2%, 5.1 billion room nights.
    dict(
        text=(
            "SINGAPORE, 3 March 2025 /PRNewswire/ -- Meridian Travel Tech Research (MTTR) today published its 'Hotel "
            "Revenue Intelligence Report 2025', the seventh edition of its annual review of AI-driven pricing and "
            "revenue-management systems for hotels. Worldwide hotel spending on AI revenue-management and "
            "dynamic-pricing software climbed to US$2.17 billion in 2024, 17.9% above the US$1.84 billion recorded a "
            "year earlier. The report, based on interviews with 640 hotel groups across 48 countries, projects that "
            "the segment will be worth US$5.6 billion by 2030, implying a compound annual growth rate of 17.1% over "
            "2024-2030. Properties that priced rooms with AI reported RevPAR gains of 6-9% and average occupancy of "
            "71.4%, against 68.2% for those that did not, MTTR said. Global hotel room nights sold reached an "
            "estimated 5.1 billion in 2024."
        ),
        obs=[
            ("Total", 2023, 1.84, "USD billion", "actual"),
            ("Total", 2024, 2.17, "USD billion", "actual"),
            ("Total", 2030, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.17 / 1.84 - 1 = 17.935% -> 17.9
            ("cagr|implied", "exact"),  # (5.6 / 2.17) ** (1 / 6) - 1 = 17.117% -> 17.1
        ],
    ),
    # 2. Broker note (English), airline AI pricing and revenue management. Year-on-year rate; a part (Asia-Pacific
    #    carriers) with its share of the printed whole; "roughly 3x the 2024 level" a multiple 2024->2029. Expected
    #    nowhere: PT US$74 and 21% upside, SkyYield's FY2024 revenue US$388m, 68% gross margin, 1Q25 revenue US$104m,
    #    57 airline customers, 4,900 aircraft, 83.5% load factor.
    dict(
        text=(
            "Northgate Securities | Asia Travel & Leisure | 12 June 2025\n"
            "SkyYield Systems (SKYY US) - BUY, PT US$74 (21% upside)\n"
            "Continuous pricing is finally live. We estimate that airlines spent US$2.14bn on AI pricing, "
            "offer-management and revenue-management tools in 2024, up 25% from US$1.71bn in 2023. Asia-Pacific "
            "carriers accounted for US$0.62bn of that, a 29% share, and are now the fastest adopters. By 2029 we see "
            "the market at US$6.4bn, roughly 3x the 2024 level. SkyYield booked FY2024 revenue of US$388m (gross "
            "margin 68%) and 1Q25 revenue of US$104m; its 57 airline customers operate a combined fleet of some 4,900 "
            "aircraft. Industry load factors averaged 83.5% last year."
        ),
        obs=[
            ("Total", 2023, 1.71, "USD billion", "actual"),
            ("Total", 2024, 2.14, "USD billion", "actual"),
            ("Total", 2029, 6.4, "USD billion", "estimate"),
            ("Asia-Pacific carriers", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("share", 29, "percent", 2024, 2024, None),
            ("multiple", 3.0, "multiple", 2024, 2029, 5.0),     # 6.4 / 2.14 = 2.99; multiples get no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.14 / 1.71 - 1 = 25.146% -> 25
            ("arithmetic", "exact"),    # 0.62 / 2.14 = 28.972% -> 29
        ],
    ),
    # 3. News article (English) quoting two publishers, AI trip-planning and booking assistants. The first publisher's
    #    stated CAGR only rounding reaches. Expected nowhere: Compass Point's US$7.8 billion (second publisher, same
    #    year), 2,000 travellers surveyed and the 38% survey answer.
    dict(
        text=(
            "AI trip planners are turning into booking engines\n"
            "By our travel correspondent | London, 18 September 2025\n"
            "Generative-AI trip-planning and booking assistants - the chat-style tools that build an itinerary and "
            "then book it - drew US$1.35 billion of spending worldwide in 2024, according to Wayfarer Analytics. The "
            "London consultancy expects the figure to climb to US$6.2 billion in 2030, which it puts at a compound "
            "annual growth rate of 29.1% for 2024-2030. Rival tracker Compass Point Research is more aggressive, "
            "seeing US$7.8 billion by 2030. In a Wayfarer poll of 2,000 travellers, 38% said they had used an AI "
            "assistant to plan a trip this year."
        ),
        obs=[
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2030, 6.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (6.2 / 1.35) ** (1 / 6) - 1 = 28.927% -> 28.9, not 29.1; bounds
                                           # (6.15 / 1.355) ** (1/6) - 1 = 28.674% .. (6.25 / 1.345) ** (1/6) - 1
                                           # = 29.179%, which reaches 29.05
        ],
    ),
    # 4. Earnings-call excerpt (English), hotel guest-messaging software company: the TAM it sizes is the market
    #    (Total); "this year" = 2025 (estimate), "last year" = 2024; "roughly three times this year's size by 2028" a
    #    multiple 2025->2028. Expected nowhere: Q2 revenue $412 million and its 38% growth, 1,100 customers added, the
    #    15% share goal, the 24% EBITDA margin.
    dict(
        text=(
            "Lodgeline Inc. - Q2 2025 earnings call, 31 July 2025 (edited transcript)\n"
            "Dana Whitcombe, CEO: Revenue came in at $412 million for the quarter, up 38% year over year, and we "
            "added about 1,100 hotel customers. Stepping back, we size the addressable market for AI guest messaging "
            "and service automation - the chatbots and voice agents that answer guests before, during and after a "
            "stay - at roughly $9 billion this year, up from about $7 billion last year. We think it gets to roughly "
            "three times this year's size by 2028. Our goal is to hold 15% of that market over time, and we are "
            "guiding to an adjusted EBITDA margin of 24%."
        ),
        obs=[
            ("Total", 2024, 7, "USD billion", "actual"),
            ("Total", 2025, 9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2025, 2028, 3.0),     # no 2028 amount printed; no verdict
        ],
        verdicts=[],
    ),
    # 5. Hotel association yearbook (English), GCC hotels' AI spending: three countries with their shares of the
    #    printed whole; the UAE's 42.5% only rounding reaches. Expected nowhere: title year 2025, chapter 4, SAR 1.11
    #    billion (riyals), 212 member groups, 1,460 hotels, 318,000 rooms, 74% occupancy.
    dict(
        text=(
            "Gulf Hospitality Association - Yearbook 2025, Chapter 4: Technology and AI\n"
            "Hotels in the six GCC states spent US$968 million on artificial-intelligence applications in 2024, "
            "covering revenue-management engines, guest-service chatbots and energy and housekeeping optimisation. "
            "The United Arab Emirates led with US$412 million (42.5% of the regional total), followed by Saudi "
            "Arabia at US$297 million, or about SAR 1.11 billion (30.7%), and Qatar at US$118 million (12.2%); the "
            "other three states shared the balance. The association's 212 member groups operated 1,460 hotels with "
            "318,000 rooms, and regional occupancy averaged 74% over the year."
        ),
        obs=[
            ("Total", 2024, 968, "USD million", "actual"),
            ("United Arab Emirates", 2024, 412, "USD million", "actual"),
            ("Saudi Arabia", 2024, 297, "USD million", "actual"),
            ("Qatar", 2024, 118, "USD million", "actual"),
        ],
        claims=[
            ("share", 42.5, "percent", 2024, 2024, None),
            ("share", 30.7, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 412 / 968 = 42.562% -> 42.6, not 42.5; bounds 411.5 / 968.5 = 42.488% ..
                                         # 412.5 / 967.5 = 42.636%, which reaches 42.45..42.55
            ("arithmetic", "exact"),     # 297 / 968 = 30.682% -> 30.7
            ("arithmetic", "exact"),     # 118 / 968 = 12.190% -> 12.2
        ],
    ),
    # 6. Japanese research house release (English), yen, AI in airport operations and baggage handling. Fiscal years
    #    count as their number; the FY2024 figure is revised (the preliminary ¥21.2 billion is expected nowhere) but
    #    the 15.2% was left computed on the preliminary figure (21.2 / 18.4 - 1 = 15.2%), so the revised amounts
    #    contradict it. Expected nowhere: ¥21.2 billion, 102 million passengers, 64 vendors.
    dict(
        text=(
            "TOKYO, 26 August 2025 - Kanda Market Research Institute announced the results of its survey of AI "
            "systems for airport operations in Japan, covering baggage-handling robotics, AI-assisted security "
            "screening, gate and stand allocation, and passenger-flow prediction. The domestic market reached ¥21.9 "
            "billion in fiscal 2024 (April 2024-March 2025), a 15.2% increase on the ¥18.4 billion of fiscal 2023. "
            "The fiscal 2024 figure has been revised upward from the preliminary ¥21.2 billion published in March, "
            "after late-year orders for automated bag-drop systems at Haneda and Kansai. The institute forecasts "
            "¥41.5 billion in fiscal 2028, a compound annual growth rate of 17.3% over fiscal 2024-2028. Japan's "
            "airports handled 102 million international passengers in fiscal 2024; the survey covered 64 vendors."
        ),
        obs=[
            ("Total", 2023, 18.4, "JPY billion", "actual"),
            ("Total", 2024, 21.9, "JPY billion", "actual"),
            ("Total", 2028, 41.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("cagr", 17.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 21.9 / 18.4 - 1 = 19.022%, not 15.2; bounds 21.85 / 18.45 - 1
                                               # = 18.428% .. 21.95 / 18.35 - 1 = 19.619%; 15.2 unreachable
            ("cagr|implied", "exact"),         # (41.5 / 21.9) ** (1 / 4) - 1 = 17.328% -> 17.3
        ],
    ),
    # 7. Thai bank research house release (English), AI in Thai tourism and hotels. "Last year" = 2024 (dateline
    #    2025); the series' unit is USD million (first printed), so "US$1.05 billion" in 2030 is expected as 1050 USD
    #    million. Expected nowhere: 6.4 billion baht, 35.5 million arrivals, 1.8 trillion baht receipts, 39 million
    #    arrivals this year.
    dict(
        text=(
            "BANGKOK, 21 May 2025 - Siam Horizon Research, the research arm of a Thai commercial bank, estimates "
            "that Thailand's hotels, airlines and tourism agencies spent US$186 million (about 6.4 billion baht) on "
            "AI tools last year, from demand forecasting and dynamic pricing to multilingual guest chatbots. That was "
            "24% more than the US$150 million spent in 2023. The house projects the market to reach US$1.05 billion "
            "in 2030, a compound growth rate of some 33% a year over 2024-2030, as the Tourism Authority of Thailand "
            "rolls out an AI demand-forecasting platform to its provincial offices. Thailand welcomed 35.5 million "
            "foreign visitor arrivals in 2024, generating tourism receipts of about 1.8 trillion baht, and the house "
            "expects 39 million arrivals this year."
        ),
        obs=[
            ("Total", 2023, 150, "USD million", "actual"),
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 33, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 150 - 1 = 24.000% -> 24
            ("cagr|implied", "exact"),  # (1050 / 186) ** (1 / 6) - 1 = 33.438% -> 33 (1.045..1.055 bn: 33.27..33.60)
        ],
    ),
    # 8. Dubai wire (English), AI in Middle East airport operations. "This year" = 2025 and "next year" = 2026, both
    #    estimates; "last year's total ... more than fivefold the 2019 level" a multiple 2019->2024 (x5); a 2030 range
    #    gives two value claims. Expected nowhere: AED 2.1 billion (dirhams), 35 projects, third-quarter US$410
    #    million, 92.3 million passengers.
    dict(
        text=(
            "DUBAI, 9 October 2025 (Gulf Wire) - Spending on artificial intelligence in airport operations across "
            "the Middle East, from computer-vision baggage tracking and predictive maintenance of conveyors to AI "
            "turnaround management and biometric boarding, rose 21% to US$1.52 billion in 2024 from US$1.26 billion "
            "in 2023, Dubai-based Falcon Crest Insights said in a report on Thursday. Last year's total was more than "
            "fivefold the 2019 level, the firm said, and the market should close this year at around US$1.7 billion "
            "before reaching US$1.95 billion next year. For 2030 it gives a range of US$4.5 billion to US$5.2 "
            "billion, depending on how many of the region's 35 airport expansion projects adopt AI-first designs. "
            "UAE airports alone account for about AED 2.1 billion of annual spending, and third-quarter spending "
            "came to US$410 million. Dubai International handled 92.3 million passengers in 2024."
        ),
        obs=[
            ("Total", 2023, 1.26, "USD billion", "actual"),
            ("Total", 2024, 1.52, "USD billion", "actual"),
            ("Total", 2025, 1.7, "USD billion", "estimate"),
            ("Total", 2026, 1.95, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),     # no 2019 amount printed; no verdict
            ("value", 4.5, "USD billion", 2030, 2030, None),
            ("value", 5.2, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.52 / 1.26 - 1 = 20.635% -> 21
        ],
    ),
    # 9. Provincial action plan (Simplified Chinese), Yunnan culture and tourism AI: a 2027 target (力争突破, estimate)
    #    with its 2024 base (actual) and a stated 2024—2027 rate. Expected nowhere: the plan's title years 2025—2027,
    #    100 scenic areas, 500 scenarios, 约占四成 (a share in words), 11.1亿人次 visitors, 1.5万亿元 tourism revenue.
    dict(
        text=(
            "云南省文化和旅游厅日前印发《云南省“AI+文旅”融合发展三年行动方案（2025—2027年）》。方案提出，到2027年，"
            "全省文旅领域人工智能应用市场规模力争突破80亿元（2024年为31亿元），2024—2027年年均增长37%左右；"
            "培育省级智慧旅游示范景区100家、打造AI文旅应用场景500个。其中，智能导览与客流预测预计约占四成。"
            "2024年，云南全省接待游客11.1亿人次，实现旅游总收入1.5万亿元。"
        ),
        obs=[
            ("Total", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (80 / 31) ** (1 / 3) - 1 = 37.165% -> 37
        ],
    ),
    # 10. Broker report (Simplified Chinese), hotel AI revenue management in China: a part (SaaS订阅) with its share of
    #     the printed whole; a stated 2024—2028 CAGR. Expected nowhere: 系列报告之三, 63.8% occupancy, ADR 326元,
    #     RevPAR -2.1%, the covered company's 9.8亿元 revenue and 71% gross margin, 目标价48元 and 23% upside.
    dict(
        text=(
            "申江证券｜酒店数字化系列报告之三｜2025年5月20日\n"
            "AI收益管理进入规模化落地期。我们测算，2024年中国酒店AI收益管理与动态定价系统市场规模为57.1亿元；"
            "分模式看，SaaS订阅为23.6亿元，占比41.3%，本地部署与定制项目合计占其余部分。我们预计2028年市场规模将达到"
            "137亿元，2024—2028年复合增速24.5%。2024年全国星级及连锁酒店平均出租率为63.8%，平均房价（ADR）326元，"
            "RevPAR同比下降2.1%。重点推荐住宿云（2024年营收9.8亿元，毛利率71%），目标价48元，较现价有23%上涨空间。"
        ),
        obs=[
            ("Total", 2024, 57.1, "CNY 100 million", "actual"),
            ("Total", 2028, 137, "CNY 100 million", "estimate"),
            ("SaaS订阅", 2024, 23.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("cagr", 24.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 23.6 / 57.1 = 41.331% -> 41.3
            ("cagr|implied", "exact"),  # (137 / 57.1) ** (1 / 4) - 1 = 24.458% -> 24.5
        ],
    ),
    # 11. Taipei news item (Traditional Chinese), AI trip-planning and booking assistants, 新台幣億元: 去年 = 2024
    #     (actual), 今年 = 2025 (estimate), 2027 可望突破 (estimate, at its printed figure). Expected nowhere: 785萬人次
    #     arrivals, 67.3% occupancy, 1,200 respondents and the 46% survey answer.
    dict(
        text=(
            "【記者林怡君／台北報導】2025年6月18日 台灣數位觀光研究院今（18）日發布調查指出，AI行程規劃與訂房助理在國內"
            "快速普及，去年（2024年）相關市場規模為新台幣38.5億元，今年預估可達46.9億元，年增約22%；研究院並看好2027年"
            "可望突破80億元。去年來台旅客達785萬人次，全台觀光旅館平均住用率為67.3%；在受訪的1,200名旅客中，有46%曾使用"
            "生成式AI規劃行程。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2025, 46.9, "TWD 100 million", "estimate"),
            ("Total", 2027, 80, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.9 / 38.5 - 1 = 21.818% -> 22
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese), AI in airport and airline operations, 億港元. The printed 28% is
    #     contradicted by the two printed amounts (a figure carried over from an older base). Expected nowhere: the
    #     date 2025年4月22日, 5,310萬人次 passengers, 37萬架次 movements, 今年第一季 3.4億港元 (a quarter).
    dict(
        text=(
            "【本報訊】香港旅遊科技研究中心昨日（2025年4月22日）發表報告指出，本港機場及航空業的人工智能應用，包括行李"
            "自動分揀、智能客流管理及機械人清潔等，2024年市場規模達12.6億港元，按年增長28%，2023年則為10.4億港元。"
            "報告預計，有關市場於2027年可達21億港元。香港國際機場去年客運量約5,310萬人次，航班起降約37萬架次；"
            "今年第一季相關開支為3.4億港元。"
        ),
        obs=[
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2027, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 12.6 / 10.4 - 1 = 21.154%, not 28; bounds 12.55 / 10.45 - 1
                                               # = 20.096% .. 12.65 / 10.35 - 1 = 22.222%; 28 unreachable
        ],
    ),
    # 13. Taipei wire (Traditional Chinese) quoting two publishers, global airline AI pricing and revenue management,
    #     億美元. The first publisher gives base, target and rate; SkyBridge's 112億美元 for 2030 is expected nowhere.
    #     Expected nowhere too: 52億 passengers, 1兆美元 industry revenue (the whole airline market).
    dict(
        text=(
            "（中央社記者陳柏宇台北2025年9月3日電）根據美國研究機構AeroMetrics Partners最新報告，全球航空業AI定價與"
            "營收管理軟體市場規模2024年為28.4億美元，預估2030年將成長至96億美元，2024至2030年年複合成長率為22.5%。"
            "另一家研究機構SkyBridge Analytics看法更為樂觀，估計2030年市場規模可達112億美元。國際航空運輸協會（IATA）"
            "則預測，今年全球航空旅客人次將達52億，航空業總營收可望突破1兆美元。"
        ),
        obs=[
            ("Total", 2024, 28.4, "USD 100 million", "actual"),
            ("Total", 2030, 96, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 28.4) ** (1 / 6) - 1 = 22.506% -> 22.5
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese), AI guest-service chatbots at scenic areas, hotels and OTAs:
    #     较2021年增长3倍 a multiple x3 over 2021->2024; 今年 = 2025 and 明年 = 2026, both estimates at their printed
    #     figures. Expected nowhere: 今年一季度 13.6亿元 and its 31% (a quarter), 56.2亿人次 trips, 5.75万亿元 spending.
    dict(
        text=(
            "新华社北京2025年4月16日电（记者王晓雯）记者16日从中国旅游研究院获悉，2025年以来，AI智能客服在景区、酒店和在线"
            "旅游平台加速落地。2024年，全国文旅领域AI智能客服市场规模达到42亿元，较2021年增长3倍。今年一季度，相关"
            "市场规模为13.6亿元，同比增长31%。业内预计，今年全年有望达到约55亿元，明年将突破70亿元。据统计，2024年"
            "国内出游人次达56.2亿，国内游客出游总花费5.75万亿元。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
            ("Total", 2026, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),       # 增长3倍 keeps its printed 3; no verdict
        ],
        verdicts=[],
    ),
    # 15. White paper (Simplified Chinese), AI in China's civil aviation: a part (智能客服与语音助手) with its share of the
    #     printed whole; a CAGR whose span only its amounts' years give (inferred). Expected nowhere: the title year
    #     2025, 7.3亿人次 passengers, 1.1万亿元 industry revenue.
    dict(
        text=(
            "《中国民航人工智能应用白皮书（2025）》显示，2024年中国民航AI应用市场规模为86.5亿元，其中智能客服与语音"
            "助手28.7亿元，占比33.2%，其余来自收益管理、机场运行调度和行李全流程跟踪等场景。白皮书预计，到2028年"
            "市场规模将达到205亿元，年均复合增长率24.1%。2024年，民航全行业完成旅客运输量7.3亿人次，行业总收入超过"
            "1.1万亿元。"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2028, 205, "CNY 100 million", "estimate"),
            ("智能客服与语音助手", 2024, 28.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 33.2, "percent", 2024, 2024, None),
            ("cagr", 24.1, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 28.7 / 86.5 = 33.179% -> 33.2
            ("cagr|period", "exact"),  # (205 / 86.5) ** (1 / 4) - 1 = 24.075% -> 24.1
        ],
    ),
    # 16. Markdown pipe table (English), US$ billion, by application, E/F columns and a Total row; 2025E's rows add to
    #     10.0 against a printed 10.1 (rounding); a stated CAGR in the note. Expected nowhere: Exhibit 12, title years
    #     2023-2030F, the report title's 2025, "30 April 2025".
    dict(
        text=(
            "Exhibit 12: Global AI spending in travel and hospitality, by application, 2023-2030F (US$ billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F | 2030F |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| Hotel revenue management & pricing | 1.6 | 1.9 | 2.3 | 3.2 | 5.0 |\n"
            "| Airline pricing & revenue management | 1.7 | 2.0 | 2.4 | 3.3 | 5.1 |\n"
            "| Trip-planning & booking assistants | 0.9 | 1.3 | 1.8 | 3.0 | 5.6 |\n"
            "| Guest-service chatbots | 1.1 | 1.4 | 1.8 | 2.7 | 4.3 |\n"
            "| Airport operations & baggage | 0.8 | 1.0 | 1.2 | 1.7 | 2.6 |\n"
            "| Destination demand forecasting | 0.3 | 0.4 | 0.5 | 0.8 | 1.3 |\n"
            "| Total | 6.4 | 8.0 | 10.1 | 14.7 | 23.9 |\n"
            "\n"
            "Source: Harbourline Capital Travel Tech Research, 'AI in Travel 2025', 30 April 2025. E = estimate, "
            "F = forecast; columns may not sum because of rounding. Total CAGR 2024-2030F: 20.0%."
        ),
        obs=[
            ("Hotel revenue management & pricing", 2023, 1.6, "USD billion", "actual"),
            ("Hotel revenue management & pricing", 2024, 1.9, "USD billion", "actual"),
            ("Hotel revenue management & pricing", 2025, 2.3, "USD billion", "estimate"),
            ("Hotel revenue management & pricing", 2027, 3.2, "USD billion", "estimate"),
            ("Hotel revenue management & pricing", 2030, 5.0, "USD billion", "estimate"),
            ("Airline pricing & revenue management", 2023, 1.7, "USD billion", "actual"),
            ("Airline pricing & revenue management", 2024, 2.0, "USD billion", "actual"),
            ("Airline pricing & revenue management", 2025, 2.4, "USD billion", "estimate"),
            ("Airline pricing & revenue management", 2027, 3.3, "USD billion", "estimate"),
            ("Airline pricing & revenue management", 2030, 5.1, "USD billion", "estimate"),
            ("Trip-planning & booking assistants", 2023, 0.9, "USD billion", "actual"),
            ("Trip-planning & booking assistants", 2024, 1.3, "USD billion", "actual"),
            ("Trip-planning & booking assistants", 2025, 1.8, "USD billion", "estimate"),
            ("Trip-planning & booking assistants", 2027, 3.0, "USD billion", "estimate"),
            ("Trip-planning & booking assistants", 2030, 5.6, "USD billion", "estimate"),
            ("Guest-service chatbots", 2023, 1.1, "USD billion", "actual"),
            ("Guest-service chatbots", 2024, 1.4, "USD billion", "actual"),
            ("Guest-service chatbots", 2025, 1.8, "USD billion", "estimate"),
            ("Guest-service chatbots", 2027, 2.7, "USD billion", "estimate"),
            ("Guest-service chatbots", 2030, 4.3, "USD billion", "estimate"),
            ("Airport operations & baggage", 2023, 0.8, "USD billion", "actual"),
            ("Airport operations & baggage", 2024, 1.0, "USD billion", "actual"),
            ("Airport operations & baggage", 2025, 1.2, "USD billion", "estimate"),
            ("Airport operations & baggage", 2027, 1.7, "USD billion", "estimate"),
            ("Airport operations & baggage", 2030, 2.6, "USD billion", "estimate"),
            ("Destination demand forecasting", 2023, 0.3, "USD billion", "actual"),
            ("Destination demand forecasting", 2024, 0.4, "USD billion", "actual"),
            ("Destination demand forecasting", 2025, 0.5, "USD billion", "estimate"),
            ("Destination demand forecasting", 2027, 0.8, "USD billion", "estimate"),
            ("Destination demand forecasting", 2030, 1.3, "USD billion", "estimate"),
            ("Total", 2023, 6.4, "USD billion", "actual"),
            ("Total", 2024, 8.0, "USD billion", "actual"),
            ("Total", 2025, 10.1, "USD billion", "estimate"),
            ("Total", 2027, 14.7, "USD billion", "estimate"),
            ("Total", 2030, 23.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (23.9 / 8.0) ** (1 / 6) - 1 = 20.010% -> 20.0
            ("hierarchy", "exact"),        # 2023: 1.6 + 1.7 + 0.9 + 1.1 + 0.8 + 0.3 = 6.4
            ("hierarchy", "exact"),        # 2024: 1.9 + 2.0 + 1.3 + 1.4 + 1.0 + 0.4 = 8.0
            ("hierarchy", "rounding"),     # 2025E: 2.3 + 2.4 + 1.8 + 1.8 + 1.2 + 0.5 = 10.0, not 10.1; bounds
                                           # 10.0 - 6 x 0.05 = 9.70 .. 10.0 + 6 x 0.05 = 10.30 (total 10.05..10.15)
            ("hierarchy", "exact"),        # 2027F: 3.2 + 3.3 + 3.0 + 2.7 + 1.7 + 0.8 = 14.7
            ("hierarchy", "exact"),        # 2030F: 5.0 + 5.1 + 5.6 + 4.3 + 2.6 + 1.3 = 23.9
        ],
    ),
    # 17. Space-aligned table (English), Singapore research house, US$ million, years as columns with E/F, a total
    #     row labelled "Southeast Asia" and a y/y column for 2025E; Vietnam's 38.9% is contradicted by its amounts (a
    #     rebasing slip). Expected nowhere: Table 3, issue 14, "July 2025", 2024 exchange rates.
    dict(
        text=(
            "Table 3. Spending on AI guest-service and booking assistants by hotels, airlines and OTAs, Southeast "
            "Asia (US$ million)\n"
            "Market            2023   2024   2025E   2026F   y/y 2025E\n"
            "Singapore           48     57      68      80       19.3%\n"
            "Thailand            39     49      61      75       24.5%\n"
            "Indonesia           31     40      52      67       30.0%\n"
            "Vietnam             18     24      32      42       38.9%\n"
            "Malaysia            22     27      33      40       22.2%\n"
            "Philippines         14     18      23      29       27.8%\n"
            "Southeast Asia     172    215     269     333       25.1%\n"
            "Source: Lion City Travel Analytics, SEA Travel AI Tracker, issue 14 (July 2025). Excludes Brunei, "
            "Cambodia, Laos and Myanmar. Local-currency data converted at 2024 average exchange rates."
        ),
        obs=[
            ("Singapore", 2023, 48, "USD million", "actual"),
            ("Singapore", 2024, 57, "USD million", "actual"),
            ("Singapore", 2025, 68, "USD million", "estimate"),
            ("Singapore", 2026, 80, "USD million", "estimate"),
            ("Thailand", 2023, 39, "USD million", "actual"),
            ("Thailand", 2024, 49, "USD million", "actual"),
            ("Thailand", 2025, 61, "USD million", "estimate"),
            ("Thailand", 2026, 75, "USD million", "estimate"),
            ("Indonesia", 2023, 31, "USD million", "actual"),
            ("Indonesia", 2024, 40, "USD million", "actual"),
            ("Indonesia", 2025, 52, "USD million", "estimate"),
            ("Indonesia", 2026, 67, "USD million", "estimate"),
            ("Vietnam", 2023, 18, "USD million", "actual"),
            ("Vietnam", 2024, 24, "USD million", "actual"),
            ("Vietnam", 2025, 32, "USD million", "estimate"),
            ("Vietnam", 2026, 42, "USD million", "estimate"),
            ("Malaysia", 2023, 22, "USD million", "actual"),
            ("Malaysia", 2024, 27, "USD million", "actual"),
            ("Malaysia", 2025, 33, "USD million", "estimate"),
            ("Malaysia", 2026, 40, "USD million", "estimate"),
            ("Philippines", 2023, 14, "USD million", "actual"),
            ("Philippines", 2024, 18, "USD million", "actual"),
            ("Philippines", 2025, 23, "USD million", "estimate"),
            ("Philippines", 2026, 29, "USD million", "estimate"),
            ("Southeast Asia", 2023, 172, "USD million", "actual"),
            ("Southeast Asia", 2024, 215, "USD million", "actual"),
            ("Southeast Asia", 2025, 269, "USD million", "estimate"),
            ("Southeast Asia", 2026, 333, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2024, 2025, 1.0),
            ("growth", 24.5, "percent", 2024, 2025, 1.0),
            ("growth", 30.0, "percent", 2024, 2025, 1.0),
            ("growth", 38.9, "percent", 2024, 2025, 1.0),
            ("growth", 22.2, "percent", 2024, 2025, 1.0),
            ("growth", 27.8, "percent", 2024, 2025, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # Singapore: 68 / 57 - 1 = 19.298% -> 19.3
            ("cagr|implied", "exact"),         # Thailand: 61 / 49 - 1 = 24.490% -> 24.5
            ("cagr|implied", "exact"),         # Indonesia: 52 / 40 - 1 = 30.000% -> 30.0
            ("cagr|implied", "inconsistent"),  # Vietnam: 32 / 24 - 1 = 33.333%, not 38.9; bounds 31.5 / 24.5 - 1
                                               # = 28.571% .. 32.5 / 23.5 - 1 = 38.298%; 38.85 unreachable
            ("cagr|implied", "exact"),         # Malaysia: 33 / 27 - 1 = 22.222% -> 22.2
            ("cagr|implied", "exact"),         # Philippines: 23 / 18 - 1 = 27.778% -> 27.8
            ("cagr|implied", "exact"),         # Southeast Asia: 269 / 215 - 1 = 25.116% -> 25.1
            ("hierarchy", "exact"),            # 2023: 48 + 39 + 31 + 18 + 22 + 14 = 172
            ("hierarchy", "exact"),            # 2024: 57 + 49 + 40 + 24 + 27 + 18 = 215
            ("hierarchy", "exact"),            # 2025E: 68 + 61 + 52 + 32 + 33 + 23 = 269
            ("hierarchy", "exact"),            # 2026F: 80 + 75 + 67 + 42 + 40 + 29 = 333
        ],
    ),
    # 18. Tab-separated Simplified Chinese table, 亿元, years as columns with E columns, a 合计 row; a stated
    #     2024—2027 CAGR of 合计 in the note. Expected nowhere: 表2, title years 2022—2027, "2025年7月".
    dict(
        text=(
            "表2  2022—2027年中国智慧旅游AI应用市场规模（按应用场景）\n"
            "单位：亿元\n"
            "应用场景\t2022年\t2023年\t2024年\t2025年E\t2027年E\n"
            "智能票务与预订\t18.2\t23.5\t30.1\t38.0\t58.4\n"
            "景区客流预测\t6.4\t8.7\t11.6\t15.2\t25.3\n"
            "酒店智能收益管理\t12.9\t16.2\t20.4\t25.5\t39.1\n"
            "智能导览与客服\t15.3\t19.8\t25.7\t32.6\t51.8\n"
            "合计\t52.8\t68.2\t87.8\t111.3\t174.6\n"
            "数据来源：文旅数智研究院，2025年7月。注：E为预测值；2024—2027年合计复合增速为25.8%；不含OTA平台自研系统。"
        ),
        obs=[
            ("智能票务与预订", 2022, 18.2, "CNY 100 million", "actual"),
            ("智能票务与预订", 2023, 23.5, "CNY 100 million", "actual"),
            ("智能票务与预订", 2024, 30.1, "CNY 100 million", "actual"),
            ("智能票务与预订", 2025, 38.0, "CNY 100 million", "estimate"),
            ("智能票务与预订", 2027, 58.4, "CNY 100 million", "estimate"),
            ("景区客流预测", 2022, 6.4, "CNY 100 million", "actual"),
            ("景区客流预测", 2023, 8.7, "CNY 100 million", "actual"),
            ("景区客流预测", 2024, 11.6, "CNY 100 million", "actual"),
            ("景区客流预测", 2025, 15.2, "CNY 100 million", "estimate"),
            ("景区客流预测", 2027, 25.3, "CNY 100 million", "estimate"),
            ("酒店智能收益管理", 2022, 12.9, "CNY 100 million", "actual"),
            ("酒店智能收益管理", 2023, 16.2, "CNY 100 million", "actual"),
            ("酒店智能收益管理", 2024, 20.4, "CNY 100 million", "actual"),
            ("酒店智能收益管理", 2025, 25.5, "CNY 100 million", "estimate"),
            ("酒店智能收益管理", 2027, 39.1, "CNY 100 million", "estimate"),
            ("智能导览与客服", 2022, 15.3, "CNY 100 million", "actual"),
            ("智能导览与客服", 2023, 19.8, "CNY 100 million", "actual"),
            ("智能导览与客服", 2024, 25.7, "CNY 100 million", "actual"),
            ("智能导览与客服", 2025, 32.6, "CNY 100 million", "estimate"),
            ("智能导览与客服", 2027, 51.8, "CNY 100 million", "estimate"),
            ("合计", 2022, 52.8, "CNY 100 million", "actual"),
            ("合计", 2023, 68.2, "CNY 100 million", "actual"),
            ("合计", 2024, 87.8, "CNY 100 million", "actual"),
            ("合计", 2025, 111.3, "CNY 100 million", "estimate"),
            ("合计", 2027, 174.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (174.6 / 87.8) ** (1 / 3) - 1 = 25.752% -> 25.8
            ("hierarchy", "exact"),     # 2022: 18.2 + 6.4 + 12.9 + 15.3 = 52.8
            ("hierarchy", "exact"),     # 2023: 23.5 + 8.7 + 16.2 + 19.8 = 68.2
            ("hierarchy", "exact"),     # 2024: 30.1 + 11.6 + 20.4 + 25.7 = 87.8
            ("hierarchy", "exact"),     # 2025E: 38.0 + 15.2 + 25.5 + 32.6 = 111.3
            ("hierarchy", "exact"),     # 2027E: 58.4 + 25.3 + 39.1 + 51.8 = 174.6
        ],
    ),
    # 19. Space-aligned table (English) with years as rows, EUR million: sector columns (items named by their headers)
    #     and a Total column; the Total y/y column's 2024 rate only rounding reaches. Expected nowhere: the yearbook's
    #     title year 2025, table 7.2, 2,900 member companies.
    dict(
        text=(
            "European travel industry spending on AI, by sector (EUR million)\n"
            "Year    Hotels   Airlines   Airports & rail   Total   Total y/y\n"
            "2022       212        265                88     565           -\n"
            "2023       258        311               104     673       19.1%\n"
            "2024       309        368               127     804       19.6%\n"
            "2025F      368        432               153     953       18.5%\n"
            "2026F      431        503               184   1,118       17.3%\n"
            "Source: European Travel Technology Association (ETTA), Yearbook 2025, table 7.2. F = forecast. Covers the "
            "EU-27, the UK, Norway and Switzerland; compiled from returns by 2,900 member companies."
        ),
        obs=[
            ("Hotels", 2022, 212, "EUR million", "actual"),
            ("Hotels", 2023, 258, "EUR million", "actual"),
            ("Hotels", 2024, 309, "EUR million", "actual"),
            ("Hotels", 2025, 368, "EUR million", "estimate"),
            ("Hotels", 2026, 431, "EUR million", "estimate"),
            ("Airlines", 2022, 265, "EUR million", "actual"),
            ("Airlines", 2023, 311, "EUR million", "actual"),
            ("Airlines", 2024, 368, "EUR million", "actual"),
            ("Airlines", 2025, 432, "EUR million", "estimate"),
            ("Airlines", 2026, 503, "EUR million", "estimate"),
            ("Airports & rail", 2022, 88, "EUR million", "actual"),
            ("Airports & rail", 2023, 104, "EUR million", "actual"),
            ("Airports & rail", 2024, 127, "EUR million", "actual"),
            ("Airports & rail", 2025, 153, "EUR million", "estimate"),
            ("Airports & rail", 2026, 184, "EUR million", "estimate"),
            ("Total", 2022, 565, "EUR million", "actual"),
            ("Total", 2023, 673, "EUR million", "actual"),
            ("Total", 2024, 804, "EUR million", "actual"),
            ("Total", 2025, 953, "EUR million", "estimate"),
            ("Total", 2026, 1118, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2022, 2023, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2024, 2025, 1.0),
            ("growth", 17.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 673 / 565 - 1 = 19.115% -> 19.1
            ("cagr|implied", "rounding"),  # 804 / 673 - 1 = 19.465% -> 19.5, not 19.6; bounds 803.5 / 673.5 - 1
                                           # = 19.302% .. 804.5 / 672.5 - 1 = 19.628%, which reaches 19.55
            ("cagr|implied", "exact"),     # 953 / 804 - 1 = 18.532% -> 18.5
            ("cagr|implied", "exact"),     # 1118 / 953 - 1 = 17.314% -> 17.3
            ("hierarchy", "exact"),        # 2022: 212 + 265 + 88 = 565
            ("hierarchy", "exact"),        # 2023: 258 + 311 + 104 = 673
            ("hierarchy", "exact"),        # 2024: 309 + 368 + 127 = 804
            ("hierarchy", "exact"),        # 2025F: 368 + 432 + 153 = 953
            ("hierarchy", "exact"),        # 2026F: 431 + 503 + 184 = 1118
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese) with years as rows, 新台幣億元 on a unit line: two category columns
    #     and a 合計 column (items named by their headers), E/F rows; the note's 2024至2027年 CAGR of 合計 only rounding
    #     reaches. Expected nowhere: 表4, the yearbook's title year 2025, "2025年10月", 23.5萬間 rooms.
    dict(
        text=(
            "表4　臺灣旅宿業AI應用支出（按類別）\n"
            "單位：新台幣億元\n"
            "\n"
            "| 年度 | 飯店AI營收管理 | 智慧客服機器人 | 合計 |\n"
            "|:---:|---:|---:|---:|\n"
            "| 2021 | 3.2 | 2.1 | 5.3 |\n"
            "| 2022 | 4.1 | 2.9 | 7.0 |\n"
            "| 2023 | 5.3 | 3.8 | 9.1 |\n"
            "| 2024 | 6.7 | 5.0 | 11.7 |\n"
            "| 2025E | 8.4 | 6.4 | 14.8 |\n"
            "| 2027F | 12.6 | 10.1 | 22.7 |\n"
            "\n"
            "資料來源：台灣旅宿科技協會《2025旅宿科技年鑑》，2025年10月。註：E為估計值、F為預測值；2024至2027年合計"
            "年複合成長率為24.9%；全台旅館客房數約23.5萬間，不列入統計。"
        ),
        obs=[
            ("飯店AI營收管理", 2021, 3.2, "TWD 100 million", "actual"),
            ("飯店AI營收管理", 2022, 4.1, "TWD 100 million", "actual"),
            ("飯店AI營收管理", 2023, 5.3, "TWD 100 million", "actual"),
            ("飯店AI營收管理", 2024, 6.7, "TWD 100 million", "actual"),
            ("飯店AI營收管理", 2025, 8.4, "TWD 100 million", "estimate"),
            ("飯店AI營收管理", 2027, 12.6, "TWD 100 million", "estimate"),
            ("智慧客服機器人", 2021, 2.1, "TWD 100 million", "actual"),
            ("智慧客服機器人", 2022, 2.9, "TWD 100 million", "actual"),
            ("智慧客服機器人", 2023, 3.8, "TWD 100 million", "actual"),
            ("智慧客服機器人", 2024, 5.0, "TWD 100 million", "actual"),
            ("智慧客服機器人", 2025, 6.4, "TWD 100 million", "estimate"),
            ("智慧客服機器人", 2027, 10.1, "TWD 100 million", "estimate"),
            ("合計", 2021, 5.3, "TWD 100 million", "actual"),
            ("合計", 2022, 7.0, "TWD 100 million", "actual"),
            ("合計", 2023, 9.1, "TWD 100 million", "actual"),
            ("合計", 2024, 11.7, "TWD 100 million", "actual"),
            ("合計", 2025, 14.8, "TWD 100 million", "estimate"),
            ("合計", 2027, 22.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (22.7 / 11.7) ** (1 / 3) - 1 = 24.723% -> 24.7, not 24.9; bounds
                                           # (22.65 / 11.75) ** (1/3) - 1 = 24.454% .. (22.75 / 11.65) ** (1/3) - 1
                                           # = 24.993%, which reaches 24.85
            ("hierarchy", "exact"),        # 2021: 3.2 + 2.1 = 5.3
            ("hierarchy", "exact"),        # 2022: 4.1 + 2.9 = 7.0
            ("hierarchy", "exact"),        # 2023: 5.3 + 3.8 = 9.1
            ("hierarchy", "exact"),        # 2024: 6.7 + 5.0 = 11.7
            ("hierarchy", "exact"),        # 2025E: 8.4 + 6.4 = 14.8
            ("hierarchy", "exact"),        # 2027F: 12.6 + 10.1 = 22.7
        ],
    ),
    # 21. Wire release from a Singapore travel-tech analyst (dateline 2025): this year's forecast with its rate, a
    # stated CAGR with span. Report number, title years, the 240 respondents and their 63%, the 4.1% ADR rise and the
    # 85 analysts are expected nowhere.
    dict(
        text=(
            "SINGAPORE, 12 March 2025 /PRNewswire/ -- Global spending on AI-based revenue-management systems for "
            "hotels reached US$1.86 billion in 2024, according to \"AI Revenue Management in Hospitality 2025-2030\" "
            "(report TR-2291), published today by Lumen Travel Analytics. The firm forecasts US$2.2 billion this "
            "year, a rise of about 18%, and US$4.9 billion by 2030 - a compound annual growth rate of 17.5% between "
            "2024 and 2030. Of the 240 revenue directors Lumen surveyed, 63% said an algorithm now sets at least some "
            "of their room rates; average daily rates across the sample rose 4.1% last year. Lumen Travel Analytics "
            "employs 85 analysts in Singapore, Dubai and London."
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2025, 2.2, "USD billion", "estimate"),
            ("Total", 2030, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.2 / 1.86) ** (1 / 1) - 1 = 18.28% -> 18
            ("cagr|implied", "exact"),  # (4.9 / 1.86) ** (1 / 6) - 1 = 17.52% -> 17.5
        ],
    ),
    # 22. Earnings-call excerpt (8 May 2025): the TAM the CEO sizes is the market; "call it 13.2% compounded" has no
    # printed span, so it is inferred from fiscal 2024 and fiscal 2028. Quarter revenue and its growth, the 14 new
    # carriers, 1.9 billion passengers and 3,100 employees are expected nowhere.
    dict(
        text=(
            "Aerivo Systems, first-quarter fiscal 2025 earnings call, May 8, 2025 (transcript excerpt)\n"
            "CFO: Revenue for the quarter was $96.3 million, up 17% year over year, and we signed 14 new carriers.\n"
            "CEO: Thanks. Stepping back, we size the total addressable market for AI-driven airline pricing and offer "
            "optimization at about $7.2 billion in fiscal 2024, and we see it at roughly $12 billion by fiscal 2028 - "
            "call it 13.2% compounded. Our models priced fares for 1.9 billion passengers last year, and the 3,100 "
            "people at Aerivo are focused on taking more of that opportunity."
        ),
        obs=[
            ("Total", 2024, 7.2, "USD billion", "actual"),
            ("Total", 2028, 12, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.2, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (12 / 7.2) ** (1 / 4) - 1 = 13.62% -> 13.6, not 13.2; bounds (11.5 / 7.25) .. (12.5 / 7.15) give
            # 12.23% .. 14.99%, which holds 13.2 -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. Journal abstract (2025): a year-on-year rate with both amounts, a regional share with no part amount (no
    # verdict), a 2030 range as two value claims. The 1,204 panellists, nine markets, the 41% survey answer and the
    # volume/issue/page numbers are expected nowhere.
    dict(
        text=(
            "Abstract - Conversational agents are moving from inspiration to transaction in leisure travel. Drawing "
            "on vendor disclosures and a panel of 1,204 travellers in nine markets, we estimate that worldwide revenue "
            "from AI trip-planning and booking assistants reached US$3.1 billion in 2024, up 35% from US$2.3 billion "
            "in 2023, with Asia-Pacific accounting for 38% of the 2024 total. Under our low- and high-adoption "
            "scenarios the market reaches US$14 billion to US$17 billion in 2030. Some 41% of panellists had already "
            "booked at least one trip through such an assistant. Keywords: generative AI; online travel agencies; "
            "conversion. Journal of Tourism Informatics 12(3), 2025, pp. 211-234."
        ),
        obs=[
            ("Total", 2023, 2.3, "USD billion", "actual"),
            ("Total", 2024, 3.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("value", 14, "USD billion", 2030, 2030, None),
            ("value", 17, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.3) ** (1 / 1) - 1 = 34.78% -> 35
        ],
    ),
    # 24. LinkedIn post (9 Apr 2025): "last year" = 2024 actual, "this year" = 2025 estimate, a loosely rounded rate.
    # The portfolio's 81% occupancy, the Q1 RevPAR rise and the 1.2M conversations are expected nowhere.
    dict(
        text=(
            "Posted 9 Apr 2025 - Notes from ITB Berlin week. Hotel guest-service chatbots were a ~$1.1B category "
            "last year. This year? Most estimates I've seen land around $1.45B. That's +30% in twelve months, for "
            "something most GMs still file under \"IT\". Meanwhile our portfolio ran 81% occupancy in Q1 and RevPAR "
            "is up 6%, and our bots handled 1.2M guest conversations without a single night-shift hire. "
            "#hospitality #AI #guestexperience"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2025, 1.45, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (1.45 / 1.1) ** (1 / 1) - 1 = 31.82% -> 32, not 30; bounds (1.445 / 1.15) .. (1.455 / 1.05) give
            # 25.65% .. 38.57%, which holds 30 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. News web page with a correction (updated 14 Jan 2025): the corrected $604 million is the figure and $640
    # million nowhere; $1.5 billion is converted to the series' USD million. The rival consultancy's $710 million
    # for 2024, the 6.3 bags per 1,000 and the 9.4 billion passengers are expected nowhere.
    dict(
        text=(
            "AI is quietly fixing lost luggage - and it is becoming a business\n"
            "Published 9 January 2025 | Updated 14 January 2025\n"
            "Correction, 14 Jan: an earlier version of this article gave the 2024 market size as $640 million. The "
            "correct figure is $604 million.\n"
            "Airlines mishandled 6.3 bags per 1,000 passengers in 2023, and the fix increasingly runs on machine "
            "vision. Skyline Aero Insights puts the market for AI in baggage handling and tracking - tag reading by "
            "camera, predictive routing, mishandling alerts - at $604 million in 2024, and expects it to reach $1.5 "
            "billion by 2029, a CAGR of 20.0% over 2024-2029. (Another consultancy, Gatewise, pegs 2024 higher, at "
            "$710 million.) Airports worldwide handled around 9.4 billion passengers last year."
        ),
        obs=[
            ("Total", 2024, 604, "USD million", "actual"),
            ("Total", 2029, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1500 / 604) ** (1 / 5) - 1 = 19.95% -> 20.0 (bounds 1450 / 604.5 .. 1550 / 603.5 give 19.12% .. 20.76%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 26. Riyadh research note (21 Oct 2025): a multiple "2x" over 2024-2028 (no verdict) and "close to 19% a year"
    # whose span only the amounts' years give; $1.64 billion converted to USD million. SAR 3.08 billion and Saudi
    # Arabia's SAR 1.2 billion (riyals), 30 million visitors, 182 aircraft, the 46 pages and 14% upside are nowhere.
    dict(
        text=(
            "RIYADH, 21 October 2025 - Gulf airports will spend about twice as much on artificial intelligence by the "
            "end of the decade, according to Al-Noor Capital Research. In a 46-page note on aviation technology, the "
            "broker sizes the GCC market for AI in airport operations - biometric boarding analytics, turnaround "
            "prediction, stand and baggage allocation - at US$820 million in 2024 (SAR 3.08 billion), rising to "
            "US$1.64 billion in 2028: 2x its 2024 size, or close to 19% a year. Saudi Arabia alone accounted for "
            "SAR 1.2 billion of 2024 spending. The kingdom welcomed 30 million international visitors last year and "
            "Riyadh Air has ordered up to 182 aircraft; Al-Noor's price target for one listed airport operator "
            "implies 14% upside."
        ),
        obs=[
            ("Total", 2024, 820, "USD million", "actual"),
            ("Total", 2028, 1640, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
            ("cagr", 19, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (1640 / 820) ** (1 / 4) - 1 = 18.92% -> 19 (bounds 1635 / 820.5 .. 1645 / 819.5: 18.65% .. 19.19%)
            ("cagr|period", "exact"),
        ],
    ),
    # 27. Investor-day slide bullets (3 June 2025): the TAM is the market, a second market named beside it is its own
    # item, "~2.3x in six years" a multiple, a CAGR with its printed span. The 12% share goal, FY2024 revenue, the
    # 58 airline customers, the title's year and slide number are expected nowhere.
    dict(
        text=(
            "Investor Day 2025 | New York, 3 June 2025 | Slide 14 - Our market opportunity\n"
            "- AI revenue management TAM: $9.0B (2024) -> $21B (2030E)\n"
            "- ~2.3x in six years; 15% CAGR, 2024-2030E\n"
            "- Adjacent: AI-driven airline retailing, $4.0B (2024)\n"
            "- Our goal: 12% share of TAM by 2030\n"
            "- FY2024 revenue $1.27B; 58 airline customers"
        ),
        obs=[
            ("Total", 2024, 9.0, "USD billion", "actual"),
            ("Total", 2030, 21, "USD billion", "estimate"),
            ("AI-driven airline retailing", 2024, 4.0, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2024, 2030, 6.0),
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21 / 9.0) ** (1 / 6) - 1 = 15.17% -> 15
        ],
    ),
    # 28. Tokyo research house release in yen (15 July 2025): fiscal years count as their numbers; the revised
    # fiscal 2024 figure is the figure and the preliminary ¥50.1 billion nowhere. The CAGR was left on the
    # preliminary base (112 / 50.1 -> 17.46%), so the printed amounts contradict it. The April-June quarter's
    # ¥13.6 billion, 36.9 million visitors and the 214 vendors / 1,030 facilities are expected nowhere.
    dict(
        text=(
            "TOKYO, July 15, 2025 - Kasumi Research Institute today released its survey of the Japanese market for "
            "AI in hotel and ryokan operations (revenue management, guest messaging, housekeeping scheduling). On a "
            "vendor-sales basis the market came to ¥48.5 billion in fiscal 2024, up 14.9% from ¥42.2 billion a year "
            "earlier; the fiscal 2024 figure is revised down from the preliminary ¥50.1 billion we published in "
            "January. Inbound demand - 36.9 million foreign visitors in calendar 2024 - and chronic staff shortages "
            "are driving adoption. We project ¥112 billion in fiscal 2029, a CAGR of 17.5% over fiscal 2024-2029. "
            "Vendors booked ¥13.6 billion in the April-June quarter alone. The survey covered 214 vendors and 1,030 "
            "accommodation facilities."
        ),
        obs=[
            ("Total", 2023, 42.2, "JPY billion", "actual"),
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Total", 2029, 112, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.5 / 42.2) ** (1 / 1) - 1 = 14.93% -> 14.9
            # (112 / 48.5) ** (1 / 5) - 1 = 18.22%; bounds (111.5 / 48.55) .. (112.5 / 48.45) give 18.09% .. 18.35%,
            # none reaching 17.5 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Yunnan provincial action plan (Simplified, 2025): a target (力争, 突破) is an estimate at its printed figure;
    # 增长1.3倍 keeps 1.3; 年均增速 without a printed span is inferred from 2024 and 2027. Visitor trips, the
    # 1.8万亿元 tourism revenue, the 50 firms and 200 scenic areas, the title years and document number are nowhere.
    dict(
        text=(
            "云南省人民政府办公厅关于印发《云南省智慧文旅高质量发展三年行动方案(2025—2027年)》的通知"
            "(云政办发〔2025〕18号)\n"
            "二、主要目标 到2027年,全省接待游客突破13亿人次,旅游总收入超过1.8万亿元;力争全省文旅领域人工智能"
            "应用市场规模突破120亿元,较2024年的52亿元增长1.3倍,年均增速保持在32%以上;培育省级AI文旅示范企业"
            "50家以上,建成智慧景区200个。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.3, "multiple", 2024, 2027, 3.0),
            ("cagr", 32, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 52) ** (1 / 3) - 1 = 32.15% -> 32
        ],
    ),
    # 30. Broker's sector note (Simplified, 12 May 2025): a year-on-year rate with its base in brackets, a part and
    # its share, a stated CAGR. The 7% penetration rate, ADR 331元, occupancy 61.2%, the price target 48.6元 and its
    # 23% upside, and the report number are expected nowhere.
    dict(
        text=(
            "【华信证券·行业深度】酒店AI收益管理:从拍脑袋定价到算法定价(2025年5月12日,报告编号HX-2025-0416)\n"
            "核心观点:据我们测算,2024年中国酒店AI收益管理系统市场规模为25.3亿元,同比增长36.0%(2023年为18.6亿元)。"
            "其中连锁酒店贡献11.4亿元,占比45.1%;单体酒店渗透率仅约7%,提升空间较大。我们预计2026年市场规模将达到"
            "41.7亿元,2024—2026年复合增速28.4%。2024年全国酒店平均房价(ADR)为331元,平均入住率61.2%。首次覆盖,"
            "给予XX科技“买入”评级,目标价48.6元,较现价有23%上行空间。"
        ),
        obs=[
            ("Total", 2023, 18.6, "CNY 100 million", "actual"),
            ("Total", 2024, 25.3, "CNY 100 million", "actual"),
            ("连锁酒店", 2024, 11.4, "CNY 100 million", "actual"),
            ("Total", 2026, 41.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.0, "percent", 2023, 2024, 1.0),
            ("share", 45.1, "percent", 2024, 2024, None),
            ("cagr", 28.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25.3 / 18.6) ** (1 / 1) - 1 = 36.02% -> 36.0
            ("arithmetic", "exact"),    # 11.4 / 25.3 = 45.06% -> 45.1
            ("cagr|implied", "exact"),  # (41.7 / 25.3) ** (1 / 2) - 1 = 28.38% -> 28.4
        ],
    ),
    # 31. Zhihu answer (Simplified, edited 2025-06-03): 去年 = 2024 actual, 今年 = 2025 estimate, both approximate at
    # their printed figures; the poster's "40%左右" is more than any reading of the amounts allows. The six years, 占比
    # 超过一半, 7.3亿人次 passengers and 2000多名坐席 are expected nowhere.
    dict(
        text=(
            "问题:航空公司的AI客服现在到底有多大市场?\n"
            "回答 · 民航数字化从业者:谢邀。在航司信息部门干了六年,说点自己了解的。去年国内民航AI智能客服(语音机器人"
            "+在线客服+值机助手)的市场规模大概9.8亿元,今年各家航司都在加码,预计能到13亿元,增长了40%左右。其中语音"
            "机器人占比超过一半。去年旅客运输量是7.3亿人次,一个大航司的客服中心就有2000多名坐席,压力可想而知。\n"
            "编辑于 2025-06-03 · IP 属地上海"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 13, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (13 / 9.8) ** (1 / 1) - 1 = 32.65%; bounds (12.5 / 9.85) .. (13.5 / 9.75) give 26.90% .. 38.46%, none
            # reaching 40 (39.5 would be needed) -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Taipei newspaper (Traditional, 2025-02-18) on an institute's report: 新台幣億元, a stated CAGR with its span.
    # 785萬人次 visitors, occupancy 68.5%, the 4,120元 room rate, the 312 firms and 近六成 are expected nowhere, as is
    # the report title's year.
    dict(
        text=(
            "【記者林怡君/台北報導】2025-02-18 資策會產業情報研究所(MIC)18日發布《2025台灣智慧觀光產業趨勢》報告指出,"
            "台灣旅宿業導入AI服務(含AI客服、智慧定價與房務排程)的市場規模,2024年達新台幣42.6億元,預估2027年將成長"
            "至78億元,2024至2027年年複合成長率約22.3%。MIC分析師表示,2024年來台旅客約785萬人次,全台旅館平均住房率"
            "68.5%、平均房價4,120元,缺工壓力推升AI需求;本次調查共訪問312家業者,其中近六成已導入至少一項AI工具。"
        ),
        obs=[
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("Total", 2027, 78, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78 / 42.6) ** (1 / 3) - 1 = 22.34% -> 22.3
        ],
    ),
    # 33. Hong Kong newspaper (Traditional, 4 Sep 2025): 億港元, a year-on-year rate with both amounts, a part with its
    # share, a stated two-year CAGR. 5,310萬人次 passengers and the 300 technicians are expected nowhere.
    dict(
        text=(
            "(本報訊,2025年9月4日)本地顧問機構港亞研究昨日發表報告指,香港機場及航空相關AI營運方案(包括旅客流量預測、"
            "行李處理、停機位調配等)的市場規模,2024年為12.4億港元,較2023年的10.1億港元增長22.8%;其中行李處理AI方案"
            "佔4.86億港元,約佔39%。報告預料,隨三跑道系統全面投入運作,2026年市場將升至17.5億港元,2024至2026年間年均"
            "增長18.8%。2024年香港國際機場客運量約5,310萬人次,機管局今年已增聘逾300名技術人員。"
        ),
        obs=[
            ("Total", 2023, 10.1, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("行李處理AI方案", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2026, 17.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 18.8, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.1) ** (1 / 1) - 1 = 22.77% -> 22.8
            ("arithmetic", "exact"),    # 4.86 / 12.4 = 39.19% -> 39
            ("cagr|implied", "exact"),  # (17.5 / 12.4) ** (1 / 2) - 1 = 18.80% -> 18.8
        ],
    ),
    # 34. Taiwanese investor conference (Traditional, Aug 2025): the TAM the chairman sizes is the market, in 億美元; a
    # stated CAGR that only a rounding reading reaches. The company's own half-year revenue, its 12% growth, the
    # 41.2% gross margin, the 15% revenue target and the stock code are expected nowhere.
    dict(
        text=(
            "〔財經中心/綜合報導〕旅遊電商「遊日網」(7823)今(2025年8月21日)舉行法說會。董事長表示,公司估算全球AI旅遊"
            "行程規劃與訂購助理的潛在市場(TAM),2024年約31億美元,2030年上看118億美元,2024至2030年年複合成長率達"
            "24.6%。遊日網上半年營收18.3億元,年增12%,第二季毛利率41.2%;今年目標全年營收年增15%。"
        ),
        obs=[
            ("Total", 2024, 31, "USD 100 million", "actual"),
            ("Total", 2030, 118, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (118 / 31) ** (1 / 6) - 1 = 24.96% -> 25.0, not 24.6; bounds (117.5 / 31.5) .. (118.5 / 30.5) give
            # 24.53% .. 25.38%, which holds 24.6 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Listed company's annual report (Simplified, FY2024): the market the company sizes, 增长3倍 kept as x3 over
    # 2021-2024, 超过110亿元 at its printed figure, a stated CAGR. The company's own revenue 8.72亿元 and its 19.4%
    # growth, net profit, the 412 R&D staff and their 38.5% are expected nowhere.
    dict(
        text=(
            "捷旅科技股份有限公司2024年年度报告 第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况 ……根据公司测算,2024年国内航空公司与机场在AI动态定价、需求预测方面的投入约为"
            "60亿元,较2021年的15亿元增长3倍;预计到2027年将超过110亿元,2024—2027年复合增速约22%。\n"
            "二、报告期内公司从事的业务情况 报告期内,公司实现营业收入8.72亿元,同比增长19.4%;归属于上市公司股东的净利润"
            "1.06亿元;研发人员412人,占员工总数的38.5%。"
        ),
        obs=[
            ("Total", 2021, 15, "CNY 100 million", "actual"),
            ("Total", 2024, 60, "CNY 100 million", "actual"),
            ("Total", 2027, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (110 / 60) ** (1 / 3) - 1 = 22.39% -> 22
        ],
    ),
    # 36. Markdown table by application with an E column; row labels and the total row's label are items. 2023 and
    # 2025E add exactly; 2024's rows add to 1041.5 against a printed 1041.6. Table number and source are nowhere.
    dict(
        text=(
            "Table 3. Global AI in airport operations: revenue by application (USD million)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Baggage handling & tracking | 301.4 | 412.6 | 528.0 |\n"
            "| Passenger flow & queue prediction | 212.7 | 298.3 | 401.9 |\n"
            "| Predictive maintenance | 148.9 | 187.4 | 246.3 |\n"
            "| Gate & stand allocation | 103.5 | 143.2 | 201.7 |\n"
            "| Total | 766.5 | 1041.6 | 1377.9 |\n"
            "Note: E = estimate. Figures may not sum due to rounding. Source: Runway Intelligence, January 2025."
        ),
        obs=[
            ("Baggage handling & tracking", 2023, 301.4, "USD million", "actual"),
            ("Baggage handling & tracking", 2024, 412.6, "USD million", "actual"),
            ("Baggage handling & tracking", 2025, 528.0, "USD million", "estimate"),
            ("Passenger flow & queue prediction", 2023, 212.7, "USD million", "actual"),
            ("Passenger flow & queue prediction", 2024, 298.3, "USD million", "actual"),
            ("Passenger flow & queue prediction", 2025, 401.9, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 148.9, "USD million", "actual"),
            ("Predictive maintenance", 2024, 187.4, "USD million", "actual"),
            ("Predictive maintenance", 2025, 246.3, "USD million", "estimate"),
            ("Gate & stand allocation", 2023, 103.5, "USD million", "actual"),
            ("Gate & stand allocation", 2024, 143.2, "USD million", "actual"),
            ("Gate & stand allocation", 2025, 201.7, "USD million", "estimate"),
            ("Total", 2023, 766.5, "USD million", "actual"),
            ("Total", 2024, 1041.6, "USD million", "actual"),
            ("Total", 2025, 1377.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 301.4 + 212.7 + 148.9 + 103.5 = 766.5
            # 2024: 412.6 + 298.3 + 187.4 + 143.2 = 1041.5, not 1041.6; bounds 1041.3 .. 1041.7 (four rows at
            # +/- 0.05) hold 1041.6 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 528.0 + 401.9 + 246.3 + 201.7 = 1377.9
        ],
    ),
    # 37. Tab-separated regional table with a share column (Singapore research house): each region's share has its
    # part and whole printed; the total row's 100.0 is no claim. The 318 vendor interviews and exhibit number are
    # nowhere.
    dict(
        text=(
            "Exhibit 7: AI hotel revenue-management software, revenue by region\n"
            "Region\t2024 (USD million)\tShare (%)\n"
            "North America\t742\t39.9\n"
            "Europe\t531\t28.5\n"
            "Asia-Pacific\t448\t24.1\n"
            "Middle East & Africa\t96\t5.2\n"
            "Latin America\t43\t2.3\n"
            "Total\t1,860\t100.0\n"
            "Note: excludes property-management-system licences; based on 318 vendor interviews. Source: Merlion "
            "Hospitality Research, April 2025."
        ),
        obs=[
            ("North America", 2024, 742, "USD million", "actual"),
            ("Europe", 2024, 531, "USD million", "actual"),
            ("Asia-Pacific", 2024, 448, "USD million", "actual"),
            ("Middle East & Africa", 2024, 96, "USD million", "actual"),
            ("Latin America", 2024, 43, "USD million", "actual"),
            ("Total", 2024, 1860, "USD million", "actual"),
        ],
        claims=[
            ("share", 39.9, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 5.2, "percent", 2024, 2024, None),
            ("share", 2.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 742 / 1860 = 39.89% -> 39.9
            ("arithmetic", "exact"),    # 531 / 1860 = 28.55% (28.548) -> 28.5
            ("arithmetic", "exact"),    # 448 / 1860 = 24.09% -> 24.1
            ("arithmetic", "exact"),    # 96 / 1860 = 5.16% -> 5.2
            ("arithmetic", "exact"),    # 43 / 1860 = 2.31% -> 2.3
            ("hierarchy", "exact"),     # 742 + 531 + 448 + 96 + 43 = 1860
        ],
    ),
    # 38. Space-aligned vertical table, years as rows, one value column headed by its unit only (so the market's
    # Total) and a YoY column; E and F rows are estimates. The 2024 row's +39.0% is a typo for +29.0%, which the
    # amounts contradict. The airline call-centre labour exclusion is nowhere.
    dict(
        text=(
            "AI chatbots and virtual agents in travel and hospitality - worldwide spending\n"
            "Year      USD bn     YoY\n"
            "2021       0.62       -\n"
            "2022       0.81   +30.6%\n"
            "2023       1.07   +32.1%\n"
            "2024       1.38   +39.0%\n"
            "2025E      1.74   +26.1%\n"
            "2026F      2.15   +23.6%\n"
            "E = estimate, F = forecast. Excludes airline call-centre labour. Source: HospitalityTech Insights data "
            "release, March 2025."
        ),
        obs=[
            ("Total", 2021, 0.62, "USD billion", "actual"),
            ("Total", 2022, 0.81, "USD billion", "actual"),
            ("Total", 2023, 1.07, "USD billion", "actual"),
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2025, 1.74, "USD billion", "estimate"),
            ("Total", 2026, 2.15, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2021, 2022, 1.0),
            ("growth", 32.1, "percent", 2022, 2023, 1.0),
            ("growth", 39.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
            ("growth", 23.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.81 / 0.62) ** (1 / 1) - 1 = 30.65% -> 30.6 (30.645)
            ("cagr|implied", "exact"),  # (1.07 / 0.81) ** (1 / 1) - 1 = 32.10% -> 32.1
            # (1.38 / 1.07) ** (1 / 1) - 1 = 28.97%; bounds (1.375 / 1.075) .. (1.385 / 1.065) give 27.91% .. 30.05%,
            # none reaching 39.0 -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1.74 / 1.38) ** (1 / 1) - 1 = 26.09% -> 26.1
            ("cagr|implied", "exact"),  # (2.15 / 1.74) ** (1 / 1) - 1 = 23.56% -> 23.6
        ],
    ),
    # 39. Chinese pipe table (Simplified) by application in 亿元 with a 2024-2026E CAGR column; the 合计 row's label is
    # an item; 2026E is an estimate. Table number and source line are nowhere.
    dict(
        text=(
            "表4 中国旅游业AI应用市场规模(按应用划分,单位:亿元)\n"
            "| 应用 | 2023 | 2024 | 2026E | 2024-2026E CAGR |\n"
            "|---|---|---|---|---|\n"
            "| 智能客服 | 21.4 | 28.9 | 47.6 | 28.3% |\n"
            "| 收益管理与动态定价 | 15.8 | 22.6 | 39.5 | 32.2% |\n"
            "| 行程规划与推荐 | 9.7 | 14.8 | 29.3 | 40.7% |\n"
            "| 需求预测与运营优化 | 6.3 | 8.5 | 13.9 | 27.9% |\n"
            "| 合计 | 53.2 | 74.8 | 130.3 | 32.0% |\n"
            "注:2026E为预测值;合计与分项之和因四舍五入可能略有出入。资料来源:文旅数字化研究院,2025年4月。"
        ),
        obs=[
            ("智能客服", 2023, 21.4, "CNY 100 million", "actual"),
            ("智能客服", 2024, 28.9, "CNY 100 million", "actual"),
            ("智能客服", 2026, 47.6, "CNY 100 million", "estimate"),
            ("收益管理与动态定价", 2023, 15.8, "CNY 100 million", "actual"),
            ("收益管理与动态定价", 2024, 22.6, "CNY 100 million", "actual"),
            ("收益管理与动态定价", 2026, 39.5, "CNY 100 million", "estimate"),
            ("行程规划与推荐", 2023, 9.7, "CNY 100 million", "actual"),
            ("行程规划与推荐", 2024, 14.8, "CNY 100 million", "actual"),
            ("行程规划与推荐", 2026, 29.3, "CNY 100 million", "estimate"),
            ("需求预测与运营优化", 2023, 6.3, "CNY 100 million", "actual"),
            ("需求预测与运营优化", 2024, 8.5, "CNY 100 million", "actual"),
            ("需求预测与运营优化", 2026, 13.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 53.2, "CNY 100 million", "actual"),
            ("合计", 2024, 74.8, "CNY 100 million", "actual"),
            ("合计", 2026, 130.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 32.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 40.7, "percent", 2024, 2026, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 32.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47.6 / 28.9) ** (1 / 2) - 1 = 28.34% -> 28.3
            ("cagr|implied", "exact"),  # (39.5 / 22.6) ** (1 / 2) - 1 = 32.20% -> 32.2
            ("cagr|implied", "exact"),  # (29.3 / 14.8) ** (1 / 2) - 1 = 40.70% -> 40.7
            ("cagr|implied", "exact"),  # (13.9 / 8.5) ** (1 / 2) - 1 = 27.88% -> 27.9
            ("cagr|implied", "exact"),  # (130.3 / 74.8) ** (1 / 2) - 1 = 31.98% -> 32.0
            ("hierarchy", "exact"),     # 2023: 21.4 + 15.8 + 9.7 + 6.3 = 53.2
            ("hierarchy", "exact"),     # 2024: 28.9 + 22.6 + 14.8 + 8.5 = 74.8
            ("hierarchy", "exact"),     # 2026E: 47.6 + 39.5 + 29.3 + 13.9 = 130.3
        ],
    ),
    # 40. Space-aligned table from a Bangkok research house: USD million by buyer with a 2024 share column and a 2027F
    # column; the note line states the total's CAGR with its span. The THB 9.0 billion (baht), the 35.0 THB/USD
    # rate, 35.5 million arrivals, the issue number and the total row's 100.0 are expected nowhere.
    dict(
        text=(
            "Thailand: spending on AI in tourism, by buyer (USD million)\n"
            "Buyer                          2024   Share 2024 (%)    2027F\n"
            "Hotels & resorts              118.4            46.0     196.5\n"
            "Airlines & airports            74.2            28.8     131.0\n"
            "Tour operators & OTAs          41.8            16.2      77.6\n"
            "Tourism authorities & DMOs     23.0             8.9      38.2\n"
            "Total                         257.4           100.0     443.3\n"
            "Note: 2024-27F CAGR for the total: 19.9%. Baht spending converted at THB 35.0/USD (2024 total about "
            "THB 9.0 billion). International arrivals were 35.5 million in 2024. Source: Siam Horizon Research, "
            "Tourism Tech Monitor No. 6, May 2025."
        ),
        obs=[
            ("Hotels & resorts", 2024, 118.4, "USD million", "actual"),
            ("Hotels & resorts", 2027, 196.5, "USD million", "estimate"),
            ("Airlines & airports", 2024, 74.2, "USD million", "actual"),
            ("Airlines & airports", 2027, 131.0, "USD million", "estimate"),
            ("Tour operators & OTAs", 2024, 41.8, "USD million", "actual"),
            ("Tour operators & OTAs", 2027, 77.6, "USD million", "estimate"),
            ("Tourism authorities & DMOs", 2024, 23.0, "USD million", "actual"),
            ("Tourism authorities & DMOs", 2027, 38.2, "USD million", "estimate"),
            ("Total", 2024, 257.4, "USD million", "actual"),
            ("Total", 2027, 443.3, "USD million", "estimate"),
        ],
        claims=[
            ("share", 46.0, "percent", 2024, 2024, None),
            ("share", 28.8, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
            ("share", 8.9, "percent", 2024, 2024, None),
            ("cagr", 19.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 118.4 / 257.4 = 46.00% -> 46.0
            ("arithmetic", "exact"),    # 74.2 / 257.4 = 28.83% -> 28.8
            ("arithmetic", "exact"),    # 41.8 / 257.4 = 16.24% -> 16.2
            ("arithmetic", "exact"),    # 23.0 / 257.4 = 8.94% -> 8.9
            ("cagr|implied", "exact"),  # (443.3 / 257.4) ** (1 / 3) - 1 = 19.87% -> 19.9
            ("hierarchy", "exact"),     # 2024: 118.4 + 74.2 + 41.8 + 23.0 = 257.4
            ("hierarchy", "exact"),     # 2027F: 196.5 + 131.0 + 77.6 + 38.2 = 443.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 95}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed to US$2.17 billion in 2024, 17.9% above the US$1.84 billion recorded a year earlier',
    'Asia-Pacific carriers accounted for US$0.62bn of that, a 29% share',
    'roughly 3x the 2024 level',
    'Rival tracker Compass Point Research is more aggressive',
    'at roughly $9 billion this year, up from about $7 billion last year',
    "three times this year's size by 2028",
    'or about SAR 1.11 billion (30.7%)',
    'revised upward from the preliminary ¥21.2 billion',
    'over fiscal 2024-2028',
    'US$186 million (about 6.4 billion baht)',
    'reach US$1.05 billion in 2030',
    'more than fivefold the 2019 level',
    'a range of US$4.5 billion to US$5.2 billion',
    '力争突破80亿元（2024年为31亿元）',
    '预计约占四成',
    'SaaS订阅为23.6亿元，占比41.3%',
    '今年預估可達46.9億元，年增約22%',
    '按年增長28%，2023年則為10.4億港元',
    '另一家研究機構SkyBridge Analytics看法更為樂觀',
    '较2021年增长3倍',
    '今年一季度，相关市场规模为13.6亿元',
    '年均复合增长率24.1%',
    '| 2025E | 2027F | 2030F |',
    'Southeast Asia     172',
    '合计\t52.8',
    '2025F      368',
    '| 年度 | 飯店AI營收管理 | 智慧客服機器人 | 合計 |',
    'US$2.2 billion this year, a rise of about 18%',
    'call it 13.2% compounded',
    'US$14 billion to US$17 billion in 2030',
    'a ~$1.1B category last year',
    'The correct figure is $604 million.',
    '(Another consultancy, Gatewise, pegs 2024 higher, at $710 million.)',
    '(SAR 3.08 billion)',
    '2x its 2024 size, or close to 19% a year',
    '$9.0B (2024) -> $21B (2030E)',
    '~2.3x in six years',
    'revised down from the preliminary ¥50.1 billion',
    'in fiscal 2024, up 14.9% from ¥42.2 billion a year earlier',
    '较2024年的52亿元增长1.3倍',
    '同比增长36.0%(2023年为18.6亿元)',
    '预计能到13亿元,增长了40%左右',
    '2024年達新台幣42.6億元',
    '其中行李處理AI方案佔4.86億港元,約佔39%',
    '2030年上看118億美元',
    '较2021年的15亿元增长3倍',
    '| Total | 766.5 | 1041.6 | 1377.9 |',
    'Region\t2024 (USD million)\tShare (%)',
    '2024       1.38   +39.0%',
    '| 2024-2026E CAGR |',
    'Note: 2024-27F CAGR for the total: 19.9%.',
)
LAYOUT = (40, 12, 14, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 276
#: figures, 61 rates, 105 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-fifty-sixth, -sixtieth and -sixty-second sets: 282, 65, 110 and 0
FLOORS = {"figures_found": 282, "rates_found": 65, "verdicts_right": 110}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset158.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
