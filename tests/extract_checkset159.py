"""A hundred-and-fifty-ninth check set for the extractor, written blind: AI in travel and hospitality: AI pricing and
revenue management for hotels and airlines, AI trip planning and booking assistants, chatbots for guest service, AI in
airport operations and baggage handling, AI demand forecasting for tourism boards, sized in money by travel-technology
analysts, hotel and airline associations, consultancies, brokers, tourism ministries and provincial tourism plans,
Japanese, Thai, Singaporean and Middle Eastern research houses. Distractors a careful reader leaves out: passengers
and visitor arrivals, room nights, occupancy rates, RevPAR and average daily rates, tourism spending, an airline's or
hotel group's own revenue, fleet size, a quarter's figures, the whole travel market beside the AI part.

Snippets 1-20: AI in travel and hospitality (AI pricing and revenue management for hotels and airlines, AI
trip-planning and booking assistants, guest-service chatbots and service robots, AI in airport operations and baggage
handling, AI demand forecasting for tourism bodies). 1-8 are English prose: a dated Singapore wire release with a
year-on-year rate and a stated CAGR; a broker note with two regional shares, a multiple, a price target and the
covered company's own revenue, margin, quarter and fleet figures; a news article quoting two publishers (the first
one's CAGR only rounding-consistent, the second one's 2030 figure left out); an earnings-call transcript sizing a TAM
"this year" that "roughly triples"; a European hotel-technology association yearbook with three country shares (one
only rounding-consistent) beside occupancy, ADR and RevPAR; a Japanese research house's yen release with fiscal years
and a revised figure whose preliminary value is expected nowhere; a Dubai research house's release whose stated CAGR
its amounts contradict, with a later figure in billions converted to the series' millions and a riyal figure; and a
Thai research house's release with "last year", a multiple with no base amount, a 2030 range and a baht figure. 9-15
are Chinese prose: a Hainan action plan with a target, an approximate rounding-consistent average rate, a share in
words and a penetration target (Simplified); a broker report with a share, a rounding CAGR, a price target and the
company's own revenue and margin (Simplified); a Taipei release in 新台幣億元 with 今年, a quarter and a survey answer
(Traditional); a Hong Kong news item in 億港元 whose year-on-year rate its amounts contradict, with a part's share
(Traditional); a Taiwanese article quoting two publishers in 億美元 beside the whole airline industry (Traditional); a
Xinhua-style wire with 增长2倍, a robot count in 万台 and a quarter (Simplified); and a civil-aviation white paper with a
share and an inferred CAGR (Simplified). 16-20 are tables: a markdown pipe table by region with E/F columns and a
total row that only rounding reaches in one year, with a CAGR in its note; a space-aligned Southeast Asian table with
a total row, a y/y column holding one transposed (contradicted) rate and an occupancy column; a tab-separated
Simplified Chinese table with 合计, an E column and a share column; a space-aligned UK table with years as rows, segment
columns and a Total column that only rounding reaches in one year; and a markdown pipe table with years as rows under
a lone unit-only column and a rounding CAGR in its notes. Distractors a careful reader leaves out: report titles'
years, edition, exhibit, table, report and note numbers, document numbers, counts of hotels, firms, travellers and
employees surveyed, passengers, visitor arrivals, room nights, bags, flights, occupancy, ADR and RevPAR, tourism
spending and whole-industry revenue, penetration rates and survey answers, shares as fractions in words, a price
target and its upside, a company's own revenue, bookings, margin, share goal and fleet, a quarter's figures, a baht
and a riyal amount, a second publisher's figure and a superseded preliminary figure.

Snippets 21-40: AI in travel and hospitality (AI pricing and revenue management for hotels and airlines, AI
trip-planning and booking assistants, guest-service chatbots, AI in airport operations and baggage handling, AI demand
forecasting for tourism boards). Eight English prose pieces (an online travel company's earnings call sizing its TAM,
a hospitality journal abstract, a LinkedIn post whose later figure is in another scale, a Quora answer setting a
second publisher beside the first, an airport-tech vendor's investor-day slide bullets with an adjacent market's
range, a Japanese research house's release in yen, a Dubai news page carrying a correction, a Thai research note whose
CAGR the amounts contradict), seven Chinese prose pieces (a provincial smart-tourism action plan, a broker note on
airline revenue management, a Xinhua wire on tourism-academy statistics, a Taiwanese business daily in NT dollars, a
Hong Kong newspaper in HK dollars, a Mobile01 forum post with an impossible CAGR, a WeChat article opening on a range;
three in Traditional Chinese), and five tables (a markdown table by application with E/F columns and a differently
named total row, a tab-separated vertical table for Southeast Asian tourism boards with a YoY column, a Simplified
Chinese space-aligned table with change and share columns, a GCC markdown table by country with a CAGR column whose
rows miss their total by one, a Japanese space-aligned table in 100 million yen with a share column). Distractors left
out: passengers and visitor arrivals, room nights, bags handled, occupancy, RevPAR and average daily rates, load
factors, tourism spending and receipts, airlines' and travel groups' own revenue, bookings and ancillaries, quarter
figures, deflection and penetration rates, survey and panel sizes, headcounts, airport and firm counts, funding
rounds, price targets and upside, dirham, riyal and baht amounts, travellers' own prices, the whole travel-technology,
airline-IT or HRMS-style markets beside the AI part, shares in words, document, note, table and exhibit numbers, title
years, a superseded figure and a second publisher's figure for the same year.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English), Singapore analyst, AI pricing and revenue management for hotels. A
    #    year-on-year rate with both amounts; a stated 2024-2030 CAGR. Expected nowhere: title years 2025-2030, 2,100
    #    hotels, 38 markets, 7.4% RevPAR uplift, 412 million room nights.
    dict(
        text=(
            "SINGAPORE, 3 March 2025 /PRNewswire/ -- Straits Hospitality Analytics today published 'Hotel Revenue "
            "Intelligence 2025-2030', which tracks what hotels spend on software that sets room rates and manages "
            "inventory with machine learning. Worldwide, such spending climbed 19.2% to US$1.74 billion in 2024, from "
            "US$1.46 billion a year earlier. Properties that switched to AI-driven dynamic pricing reported a 7.4% "
            "uplift in RevPAR, according to the firm, whose panel of 2,100 hotels across 38 markets sold some 412 "
            "million room nights last year. Straits expects the market to reach US$4.95 billion by 2030, a compound "
            "annual growth rate of 19.0% from 2024 to 2030."
        ),
        obs=[
            ("Total", 2023, 1.46, "USD billion", "actual"),
            ("Total", 2024, 1.74, "USD billion", "actual"),
            ("Total", 2030, 4.95, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.74 / 1.46 - 1 = 19.178% -> 19.2
            ("cagr|implied", "exact"),  # (4.95 / 1.74) ** (1 / 6) - 1 = 19.035% -> 19.0
        ],
    ),
    # 2. Broker note (English), AI pricing and revenue management for airlines. Two regions with their shares of the
    #    printed whole; "roughly 2.4x the 2024 level" a multiple 2024->2029 (no verdict). Expected nowhere: PT US$48 and
    #    22% upside, AeroYield's FY2024 revenue US$318m, 27% adj. EBITDA margin, 4Q24 revenue US$86m, 41 airline
    #    clients, fleet of 3,400 aircraft.
    dict(
        text=(
            "Meridian Capital Securities | Equity Research | 11 February 2025. AeroYield Inc. (AYLD): Buy, PT US$48 "
            "(22% upside). The pricing engine is the moat. We estimate the global market for AI-based airline pricing "
            "and revenue-management software at US$2.36bn in 2024. North America remains the largest region at "
            "US$0.81bn, or 34% of the total, with Asia-Pacific at US$0.57bn (24%). We model the market reaching "
            "US$5.7bn by 2029, roughly 2.4x the 2024 level, as carriers move from rule-based fare filing to continuous "
            "pricing. AeroYield closed FY2024 with revenue of US$318m and a 27% adj. EBITDA margin; 4Q24 revenue was "
            "US$86m. Its 41 airline clients operate a combined fleet of about 3,400 aircraft."
        ),
        obs=[
            ("Total", 2024, 2.36, "USD billion", "actual"),
            ("North America", 2024, 0.81, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 0.57, "USD billion", "actual"),
            ("Total", 2029, 5.7, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("multiple", 2.4, "multiple", 2024, 2029, 5.0),     # 5.7 / 2.36 = 2.415; no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.81 / 2.36 = 34.32% -> 34
            ("arithmetic", "exact"),  # 0.57 / 2.36 = 24.15% -> 24
        ],
    ),
    # 3. News article (English) quoting two publishers on AI trip-planning and booking assistants. The first
    #    publisher's CAGR is only rounding-consistent; the second publisher's 2030 figure (US$14.2 billion) is expected
    #    nowhere. Also nowhere: 6,000 travellers surveyed, 41% survey answer, 1.1 billion room nights.
    dict(
        text=(
            "Travel & Tech Daily, 22 April 2025 -- Chat-style assistants that build itineraries and complete the "
            "booking are becoming a real business line for online agencies. Wayfarer Insights puts the global market "
            "for AI trip-planning and booking assistants at US$3.9 billion in 2024 and projects US$11.6 billion by "
            "2030, which it describes as a compound annual growth rate of 19.7% over 2024-2030. Rival house Northgate "
            "Analytics is more bullish and pencils in US$14.2 billion for 2030. In Wayfarer's survey of 6,000 "
            "travellers, 41% said they had used a chatbot to plan at least one trip, while bookings made through "
            "online agencies topped 1.1 billion room nights."
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2030, 11.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (11.6 / 3.9) ** (1 / 6) - 1 = 19.922% -> 19.9, not 19.7; bounds (11.55 / 3.95) ** (1/6) - 1 = 19.58%
            # .. (11.65 / 3.85) ** (1/6) - 1 = 20.27% reach 19.7
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Earnings-call transcript (English), hotel guest-messaging software vendor. The TAM sized "this year" is the
    #    market's Total for the call's year (2025, estimate); "roughly triples ... by 2029" a multiple x3 over 4 years.
    #    Expected nowhere: Q3 revenue US$61.4m and its 18% growth, US$22m bookings, 10% share goal, 21% margin,
    #    14,500 properties, 820 employees.
    dict(
        text=(
            "Stayflow Technologies (NASDAQ: STAY) Q3 2025 earnings call, November 6, 2025. Dana Whitfield, Chief "
            "Executive Officer: Thanks, operator. Revenue for the quarter was $61.4 million, up 18% year over year, and "
            "net new bookings came in at $22 million. Let me step back for a moment. We size the total addressable "
            "market for AI guest messaging and service chatbots in hospitality at about $2.8 billion this year, and we "
            "think it roughly triples, to around $8.4 billion, by 2029 as independent hotels adopt. Our goal is to hold "
            "10% of that. Adjusted EBITDA margin was 21%, and we now serve 14,500 properties with 820 employees."
        ),
        obs=[
            ("Total", 2025, 2.8, "USD billion", "estimate"),
            ("Total", 2029, 8.4, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2025, 2029, 4.0),     # 8.4 / 2.8 = 3.00; no verdict
        ],
        verdicts=[],
    ),
    # 5. Association yearbook (English), European hotel technology. A year-on-year rate with both amounts; three
    #    countries with their shares of the printed whole (France's only rounding-consistent); "the United Kingdom"
    #    is item "United Kingdom". Expected nowhere: 14th edition, chapter 6, 5,600 member hotels, 68.4% occupancy,
    #    ADR EUR 142, RevPAR EUR 97, "about a quarter" (fraction in words).
    dict(
        text=(
            "European Hotel Technology Association, Yearbook 2025 (14th edition), chapter 6: Artificial intelligence. "
            "Hotels in Europe spent EUR 1.27 billion on AI tools in 2024 -- revenue management, guest messaging and "
            "energy control among them -- up 24.5% on the EUR 1.02 billion recorded for 2023. Germany remained the "
            "largest market at EUR 0.29 billion (22.8% of the European total), ahead of the United Kingdom at EUR 0.24 "
            "billion (18.9%) and France at EUR 0.21 billion (16.4%). About a quarter of all spending went to "
            "chatbots. Across the association's 5,600 member hotels, average occupancy was 68.4% in 2024, with an ADR "
            "of EUR 142 and RevPAR of EUR 97."
        ),
        obs=[
            ("Total", 2023, 1.02, "EUR billion", "actual"),
            ("Total", 2024, 1.27, "EUR billion", "actual"),
            ("Germany", 2024, 0.29, "EUR billion", "actual"),
            ("United Kingdom", 2024, 0.24, "EUR billion", "actual"),
            ("France", 2024, 0.21, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 22.8, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.27 / 1.02 - 1 = 24.51% -> 24.5
            ("arithmetic", "exact"),    # 0.29 / 1.27 = 22.835% -> 22.8
            ("arithmetic", "exact"),    # 0.24 / 1.27 = 18.898% -> 18.9
            # 0.21 / 1.27 = 16.535% -> 16.5, not 16.4; bounds 0.205 / 1.275 = 16.08% .. 0.215 / 1.265 = 17.00%
            # reach 16.4
            ("arithmetic", "rounding"),
        ],
    ),
    # 6. Japanese research house release (English), yen. Fiscal years count as their number (fiscal 2024 ended March
    #    2025 -> 2024). The revised fiscal 2024 figure is the figure; the preliminary JPY 46.9 billion is expected
    #    nowhere. Also nowhere: 36.87 million inbound visitors, 310 companies surveyed, title year 2025.
    dict(
        text=(
            "TOKYO, June 18, 2025 -- Kiyomizu Research Institute released its 'Travel & Hospitality AI Market 2025' "
            "survey. The domestic market for AI solutions in travel and hospitality, covering hotel revenue "
            "management, multilingual guest-service chatbots and airport operations, reached ¥48.6 billion in fiscal "
            "2024 (ended March 2025), up 22.1% from ¥39.8 billion in fiscal 2023. The fiscal 2024 figure was revised up "
            "from the preliminary ¥46.9 billion given in the institute's December release after late orders from "
            "regional airports. For fiscal 2025 Kiyomizu forecasts ¥58.3 billion, a rise of 20.0%. Japan welcomed a "
            "record 36.87 million inbound visitors in calendar 2024. The survey covered 310 companies."
        ),
        obs=[
            ("Total", 2023, 39.8, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2025, 58.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 39.8 - 1 = 22.111% -> 22.1
            ("cagr|implied", "exact"),  # 58.3 / 48.6 - 1 = 19.959% -> 20.0
        ],
    ),
    # 7. Middle Eastern research house release (English), AI in airport operations and baggage handling in the GCC.
    #    The series' unit is USD million (first printed); "US$1.3 billion" by 2030 is expected as 1300 USD million.
    #    The stated 24.8% CAGR is contradicted by the amounts (a typo in the release). Expected nowhere: SAR 640
    #    million (riyals), 410 million passengers, 92.3 million passengers at one hub, 2.3 million mishandled bags.
    dict(
        text=(
            "DUBAI, United Arab Emirates, 9 September 2025 -- Gulf Aviation Insight (GAI) said on Tuesday that GCC "
            "airports spent US$412 million on artificial intelligence for operations and baggage handling in 2024 -- "
            "computer-vision bag tracking, predictive maintenance for conveyor systems and turnaround optimisation -- "
            "up 21.9% from US$338 million in 2023. Saudi airports alone accounted for SAR 640 million. GAI forecasts "
            "the regional market at US$1.3 billion by 2030, which it puts at a CAGR of 24.8% for 2024-2030. The "
            "region's airports handled some 410 million passengers last year, 92.3 million of them at Dubai "
            "International, and mishandled about 2.3 million bags."
        ),
        obs=[
            ("Total", 2023, 338, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("cagr", 24.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 412 / 338 - 1 = 21.893% -> 21.9
            # (1300 / 412) ** (1 / 6) - 1 = 21.108%, not 24.8; bounds with 1.3bn at +-0.05bn and 412 at +-0.5:
            # (1250 / 412.5) ** (1/6) - 1 = 20.30% .. (1350 / 411.5) ** (1/6) - 1 = 21.90%: none reaches 24.8
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Thai research house release (English), AI demand forecasting and dynamic pricing for Thai hotels and tourism
    #    bodies. "Last year" is 2024 (dateline 2025); "nearly 2.5 times its 2021 level" a multiple with no 2021 amount
    #    (no verdict); a 2030 range gives two value claims and no observation. Expected nowhere: THB 3.3 billion (baht),
    #    35.5 million arrivals, 72% occupancy.
    dict(
        text=(
            "BANGKOK, 27 May 2025 -- Spending on AI demand-forecasting and dynamic-pricing tools by Thai hotels and "
            "tourism bodies reached US$96 million last year, Chao Phraya Research said in a note to clients, up 35% "
            "from US$71 million in 2023 and nearly 2.5 times its 2021 level. In local currency that is roughly THB 3.3 "
            "billion. The house expects the market to be worth between US$310 million and US$380 million by 2030, "
            "depending on how quickly provincial tourism offices adopt forecasting platforms. Thailand received 35.5 "
            "million international arrivals in 2024, and hotel occupancy averaged 72%."
        ),
        obs=[
            ("Total", 2023, 71, "USD million", "actual"),
            ("Total", 2024, 96, "USD million", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),     # no 2021 amount printed; no verdict
            ("value", 310, "USD million", 2030, 2030, None),
            ("value", 380, "USD million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 96 / 71 - 1 = 35.21% -> 35
        ],
    ),
    # 9. Provincial action plan (Simplified Chinese), Hainan. A year-on-year rate with both amounts; a target
    #    (力争) for 2027 and an approximate average rate over 2024-2027 only rounding-consistent. Expected nowhere:
    #    document number 琼旅文〔2025〕36号, plan title years, 约占四成 (fraction in words), 9,700万人次 visitors,
    #    旅游总收入2,200亿元 (whole travel market), 90% coverage (penetration), 10家以上 firms.
    dict(
        text=(
            "海南省旅游和文化广电体育厅关于印发《海南省“人工智能+旅游”行动方案（2025—2027年）》的通知"
            "（琼旅文〔2025〕36号）。一、发展基础。2024年，全省旅游领域人工智能应用市场规模达到18.6亿元，"
            "较2023年的14.6亿元增长27.4%，其中智能客服与行程规划约占四成。全年接待游客9,700万人次，"
            "实现旅游总收入2,200亿元。二、主要目标。到2027年，力争全省旅游人工智能应用市场规模达到40亿元，"
            "2024—2027年年均增长约30%；重点景区智能导览覆盖率达到90%，培育10家以上具有全国影响力的"
            "智慧旅游服务企业。"
        ),
        obs=[
            ("Total", 2023, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 18.6 / 14.6 - 1 = 27.397% -> 27.4
            # (40 / 18.6) ** (1 / 3) - 1 = 29.077% -> 29, not 30; bounds (39.5 / 18.65) ** (1/3) - 1 = 28.42% ..
            # (40.5 / 18.55) ** (1/3) - 1 = 29.73% reach 29.5
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Broker industry report (Simplified Chinese), AI pricing and revenue management for hotels in China. A
    #     year-on-year rate with both amounts; a segment with its share of the whole; a stated 2024-2028 CAGR only
    #     rounding-consistent. Expected nowhere: 目标价42.6元 and 28%上涨空间, the company's 营业收入31.2亿元 and
    #     毛利率58%, 四季度 revenue 8.9亿元, 入住率63%, RevPAR down 4.1%.
    dict(
        text=(
            "东方润石证券研究所｜酒店信息化行业深度报告｜2025年3月18日。我们测算，2024年中国酒店业AI定价与收益"
            "管理系统市场规模为32.5亿元，同比增长25.5%（2023年为25.9亿元），其中中高端酒店贡献21.4亿元，"
            "占比65.8%。我们预计2028年市场规模将达78亿元，2024—2028年复合增速24.6%。行业层面，2024年全国"
            "酒店平均入住率63%，RevPAR同比下降4.1%，降本增效诉求推动收益管理外包。公司2024年实现营业收入"
            "31.2亿元，毛利率58%，其中四季度收入8.9亿元。维持“买入”评级，目标价42.6元，较现价有28%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 25.9, "CNY 100 million", "actual"),
            ("Total", 2024, 32.5, "CNY 100 million", "actual"),
            ("中高端酒店", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2028, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("share", 65.8, "percent", 2024, 2024, None),
            ("cagr", 24.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 32.5 / 25.9 - 1 = 25.483% -> 25.5
            ("arithmetic", "exact"),       # 21.4 / 32.5 = 65.846% -> 65.8
            # (78 / 32.5) ** (1 / 4) - 1 = 24.467% -> 24.5, not 24.6; bounds (77.5 / 32.55) ** (1/4) - 1 = 24.22%
            # .. (78.5 / 32.45) ** (1/4) - 1 = 24.71% reach 24.6
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Taipei release (Traditional Chinese), New Taiwan dollars. 今年 is 2025 (dateline), an estimate; 可望 governs
    #     2027; the stated 2024-2027 CAGR is only rounding-consistent. Expected nowhere: 今（4）日, 1,200 travellers
    #     surveyed and their 62% (survey answer), 第二季 9.6億元 (a quarter), 418萬人次 visitors, 住用率68%.
    dict(
        text=(
            "【台北訊】2025年9月4日 台灣觀旅科技研究中心今（4）日發布報告指出，台灣AI行程規劃與訂房助理市場"
            "規模2024年為新台幣28.4億元，今年預估成長34%至38.1億元；其中第二季市場規模約9.6億元。研究中心"
            "認為，隨著旅行社與訂房平台導入生成式AI，2027年市場可望達到70億元，2024至2027年複合成長率達"
            "35.4%。報告調查1,200名旅客，62%曾使用生成式AI規劃行程。今年上半年來台旅客約418萬人次，"
            "旅館平均住用率68%。"
        ),
        obs=[
            ("Total", 2024, 28.4, "TWD 100 million", "actual"),
            ("Total", 2025, 38.1, "TWD 100 million", "estimate"),
            ("Total", 2027, 70, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2024, 2025, 1.0),
            ("cagr", 35.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 38.1 / 28.4 - 1 = 34.155% -> 34
            # (70 / 28.4) ** (1 / 3) - 1 = 35.081% -> 35.1, not 35.4; bounds (69.5 / 28.45) ** (1/3) - 1 = 34.68%
            # .. (70.5 / 28.35) ** (1/3) - 1 = 35.48% reach 35.4
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese), HK dollars, AI in airport operations and baggage handling. 去年 is
    #     2024; its year-on-year rate (21.5%) is contradicted by the amounts (the report's typo); baggage handling a
    #     part with its share of the whole. Expected nowhere: 5,310萬人次 passengers, 37萬架次 flights, the airline's
    #     own 1,043億港元 revenue, 三跑道.
    dict(
        text=(
            "（香港2025年3月12日電）本地顧問公司維港航空研究發表報告，指香港航空及機場人工智能應用市場去年"
            "規模達12.6億港元，按年增長21.5%，2023年則為9.8億港元。其中行李處理系統佔3.4億港元，約佔27%，"
            "主要用於自動分揀及行李追蹤。報告指，三跑道系統全面啟用後，機場去年客運量回升至5,310萬人次，"
            "航班約37萬架次；本地最大航空公司全年收益1,043億港元。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("行李處理系統", 2024, 3.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 12.6 / 9.8 - 1 = 28.571%, not 21.5; bounds 12.55 / 9.85 - 1 = 27.41% .. 12.65 / 9.75 - 1 = 29.74%:
            # none reaches 21.5
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),       # 3.4 / 12.6 = 26.98% -> 27
        ],
    ),
    # 13. Taiwanese news article (Traditional Chinese) quoting two publishers in 億美元, AI revenue management and
    #     dynamic pricing for airlines. The first publisher's figures are the snippet's; the second's 61億美元 for 2030
    #     is expected nowhere. Also nowhere: IATA's 52億 passengers and the industry's 1兆美元 revenue (whole market).
    dict(
        text=(
            "2025/07/15 記者林佳蓉／台北報導 根據市調機構「環宇研究」最新報告，全球航空業AI營收管理與動態"
            "定價市場2024年規模為18.2億美元，年增20.5%（2023年為15.1億美元），預估2030年將達52.7億美元，"
            "2024至2030年複合成長率19.4%。另一家研究機構「博觀顧問」則較為樂觀，估計2030年市場可上看61億"
            "美元。國際航空運輸協會（IATA）預估，今年全球航空旅客將達52億人次，產業總營收首度突破1兆美元。"
        ),
        obs=[
            ("Total", 2023, 15.1, "USD 100 million", "actual"),
            ("Total", 2024, 18.2, "USD 100 million", "actual"),
            ("Total", 2030, 52.7, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 18.2 / 15.1 - 1 = 20.530% -> 20.5
            ("cagr|implied", "exact"),     # (52.7 / 18.2) ** (1 / 6) - 1 = 19.387% -> 19.4
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese), AI guest-service chatbots in lodging. 较2021年增长2倍 keeps its printed
    #     2 as the multiple (no 2021 amount, no verdict); 有望突破 governs 2025 (estimate, at its printed figure); the
    #     service-robot count is an item of its own in 万台. Expected nowhere: 今年一季度 13.1亿元 and its 31% (a
    #     quarter), 56.2亿人次 domestic trips, 协会 member count 3,800家.
    dict(
        text=(
            "新华社北京2025年8月6日电（记者王晓宁）记者从中国旅游饭店业协会获悉，2024年我国旅游住宿业AI智能"
            "客服市场规模达到46.3亿元，较2021年增长2倍；全国酒店服务机器人保有量约4.2万台。今年一季度，"
            "该市场规模为13.1亿元，同比增长31%。协会3,800家会员单位中，多数已上线智能问答系统。业内预计，"
            "2025年市场规模有望突破60亿元。2024年国内出游人次达56.2亿。"
        ),
        obs=[
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
            ("酒店服务机器人", 2024, 4.2, "count 10 thousand", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),       # 增长2倍 kept at its printed 2; no verdict
        ],
        verdicts=[],
    ),
    # 15. Civil-aviation white paper (Simplified Chinese). A part with its share of the whole; a CAGR whose span only
    #     its amounts' years give (inferred). Expected nowhere: the title year 2025, 14.6亿人次 passenger throughput,
    #     航班正常率87.2% and 行李差错率 per 10,000 (rates that are no share of the market), 21个 airports piloting.
    dict(
        text=(
            "民航智能化发展研究中心2025年6月发布的《中国民航人工智能应用发展白皮书（2025）》显示，2024年我国"
            "民航人工智能应用市场规模为57.8亿元，其中机场运行与行李处理为23.1亿元，占比40.0%。白皮书预计，"
            "到2029年市场规模将达到148亿元，年均复合增长率20.7%。2024年全国民航旅客吞吐量14.6亿人次，"
            "航班正常率87.2%，每万件行李差错率降至0.8；已有21个机场试点AI行李全流程追踪。"
        ),
        obs=[
            ("Total", 2024, 57.8, "CNY 100 million", "actual"),
            ("机场运行与行李处理", 2024, 23.1, "CNY 100 million", "actual"),
            ("Total", 2029, 148, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.0, "percent", 2024, 2024, None),
            ("cagr", 20.7, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 23.1 / 57.8 = 39.965% -> 40.0
            ("cagr|period", "exact"),      # (148 / 57.8) ** (1 / 5) - 1 = 20.689% -> 20.7
        ],
    ),
    # 16. Markdown pipe table (English), AI trip-planning and booking assistants by region, with E/F columns and a
    #     total row; 2025E's rows reach the total only by rounding; the note's CAGR has its span printed. Expected
    #     nowhere: exhibit number 7, 3,200 travellers surveyed.
    dict(
        text=(
            "Harbourview Travel Research, March 2025\n"
            "Exhibit 7: AI trip-planning and booking assistants, revenue by region (US$ billion)\n"
            "| Region | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| North America | 1.62 | 2.04 | 2.51 | 3.72 |\n"
            "| Europe | 1.18 | 1.47 | 1.83 | 2.78 |\n"
            "| Asia-Pacific | 0.94 | 1.26 | 1.66 | 2.85 |\n"
            "| Rest of world | 0.31 | 0.38 | 0.47 | 0.71 |\n"
            "| Total | 4.05 | 5.15 | 6.46 | 10.06 |\n"
            "Note: E/F = Harbourview estimates. Total revenue grows at a 25.0% CAGR over 2024-2027F. Totals may not add "
            "because of rounding. Source: company filings; survey of 3,200 travellers."
        ),
        obs=[
            ("North America", 2023, 1.62, "USD billion", "actual"),
            ("North America", 2024, 2.04, "USD billion", "actual"),
            ("North America", 2025, 2.51, "USD billion", "estimate"),
            ("North America", 2027, 3.72, "USD billion", "estimate"),
            ("Europe", 2023, 1.18, "USD billion", "actual"),
            ("Europe", 2024, 1.47, "USD billion", "actual"),
            ("Europe", 2025, 1.83, "USD billion", "estimate"),
            ("Europe", 2027, 2.78, "USD billion", "estimate"),
            ("Asia-Pacific", 2023, 0.94, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 1.26, "USD billion", "actual"),
            ("Asia-Pacific", 2025, 1.66, "USD billion", "estimate"),
            ("Asia-Pacific", 2027, 2.85, "USD billion", "estimate"),
            ("Rest of world", 2023, 0.31, "USD billion", "actual"),
            ("Rest of world", 2024, 0.38, "USD billion", "actual"),
            ("Rest of world", 2025, 0.47, "USD billion", "estimate"),
            ("Rest of world", 2027, 0.71, "USD billion", "estimate"),
            ("Total", 2023, 4.05, "USD billion", "actual"),
            ("Total", 2024, 5.15, "USD billion", "actual"),
            ("Total", 2025, 6.46, "USD billion", "estimate"),
            ("Total", 2027, 10.06, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (10.06 / 5.15) ** (1 / 3) - 1 = 25.006% -> 25.0
            ("hierarchy", "exact"),        # 2023: 1.62 + 1.18 + 0.94 + 0.31 = 4.05
            ("hierarchy", "exact"),        # 2024: 2.04 + 1.47 + 1.26 + 0.38 = 5.15
            # 2025E: 2.51 + 1.83 + 1.66 + 0.47 = 6.47, not 6.46; slack 4 x 0.005 + 0.005 = 0.025 covers the 0.01 gap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),        # 2027F: 3.72 + 2.78 + 2.85 + 0.71 = 10.06
        ],
    ),
    # 17. Space-aligned table (English), Singapore research house, hotels' AI spend in Southeast Asia, with a total row
    #     and a y/y column; Vietnam's printed y/y (53.4) is a transposition of 35.4 that its amounts contradict.
    #     Expected nowhere: table and report numbers, the occupancy column.
    dict(
        text=(
            "Merlion Hospitality Research, Report No. 18, April 2025\n"
            "Table 3. Hotels' spending on AI revenue-management and guest-service software, Southeast Asia (US$ million)\n"
            "Country          2023      2024    y/y %    Occ. 2024 %\n"
            "Thailand         84.6     108.3     28.0        72.1\n"
            "Singapore        61.2      74.0     20.9        79.4\n"
            "Indonesia        47.9      63.5     32.6        58.8\n"
            "Vietnam          29.4      39.8     53.4        66.3\n"
            "Malaysia         33.1      40.6     22.7        63.0\n"
            "Total           256.2     326.2     27.3          --\n"
            "Occupancy from national tourism authorities; not part of the spending estimate."
        ),
        obs=[
            ("Thailand", 2023, 84.6, "USD million", "actual"),
            ("Thailand", 2024, 108.3, "USD million", "actual"),
            ("Singapore", 2023, 61.2, "USD million", "actual"),
            ("Singapore", 2024, 74.0, "USD million", "actual"),
            ("Indonesia", 2023, 47.9, "USD million", "actual"),
            ("Indonesia", 2024, 63.5, "USD million", "actual"),
            ("Vietnam", 2023, 29.4, "USD million", "actual"),
            ("Vietnam", 2024, 39.8, "USD million", "actual"),
            ("Malaysia", 2023, 33.1, "USD million", "actual"),
            ("Malaysia", 2024, 40.6, "USD million", "actual"),
            ("Total", 2023, 256.2, "USD million", "actual"),
            ("Total", 2024, 326.2, "USD million", "actual"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("growth", 53.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # Thailand 108.3 / 84.6 - 1 = 28.014% -> 28.0
            ("cagr|implied", "exact"),         # Singapore 74.0 / 61.2 - 1 = 20.915% -> 20.9
            ("cagr|implied", "exact"),         # Indonesia 63.5 / 47.9 - 1 = 32.568% -> 32.6
            # Vietnam 39.8 / 29.4 - 1 = 35.374%, not 53.4; bounds 39.75 / 29.45 - 1 = 34.97% .. 39.85 / 29.35 - 1 =
            # 35.78%: none reaches 53.4
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # Malaysia 40.6 / 33.1 - 1 = 22.659% -> 22.7
            ("cagr|implied", "exact"),         # Total 326.2 / 256.2 - 1 = 27.322% -> 27.3
            ("hierarchy", "exact"),            # 2023: 84.6 + 61.2 + 47.9 + 29.4 + 33.1 = 256.2
            ("hierarchy", "exact"),            # 2024: 108.3 + 74.0 + 63.5 + 39.8 + 40.6 = 326.2
        ],
    ),
    # 18. Tab-separated table (Simplified Chinese), AI applications in China's tourism by use, 亿元, with an E column,
    #     a 合计 row and a 2024 share column (the 合计 row's 100.0% is no claim); the note's rate has both amounts.
    #     Expected nowhere: 表2, 国内旅游总花费5.75万亿元 (the whole travel market).
    dict(
        text=(
            "表2  中国旅游业人工智能应用市场规模（按应用划分，单位：亿元）\n"
            "应用\t2023\t2024\t2025E\t2024年占比\n"
            "智能定价与收益管理\t38.7\t49.2\t61.8\t34.2%\n"
            "行程规划与预订助手\t24.5\t33.9\t46.7\t23.5%\n"
            "智能客服\t29.8\t36.1\t43.5\t25.1%\n"
            "机场与交通运营\t19.6\t24.8\t30.9\t17.2%\n"
            "合计\t112.6\t144.0\t182.9\t100.0%\n"
            "注：E为预测值；2024年合计同比增长27.9%。同期国内旅游总花费5.75万亿元。资料来源：华景文旅研究院，"
            "2025年5月。"
        ),
        obs=[
            ("智能定价与收益管理", 2023, 38.7, "CNY 100 million", "actual"),
            ("智能定价与收益管理", 2024, 49.2, "CNY 100 million", "actual"),
            ("智能定价与收益管理", 2025, 61.8, "CNY 100 million", "estimate"),
            ("行程规划与预订助手", 2023, 24.5, "CNY 100 million", "actual"),
            ("行程规划与预订助手", 2024, 33.9, "CNY 100 million", "actual"),
            ("行程规划与预订助手", 2025, 46.7, "CNY 100 million", "estimate"),
            ("智能客服", 2023, 29.8, "CNY 100 million", "actual"),
            ("智能客服", 2024, 36.1, "CNY 100 million", "actual"),
            ("智能客服", 2025, 43.5, "CNY 100 million", "estimate"),
            ("机场与交通运营", 2023, 19.6, "CNY 100 million", "actual"),
            ("机场与交通运营", 2024, 24.8, "CNY 100 million", "actual"),
            ("机场与交通运营", 2025, 30.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 112.6, "CNY 100 million", "actual"),
            ("合计", 2024, 144.0, "CNY 100 million", "actual"),
            ("合计", 2025, 182.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 34.2, "percent", 2024, 2024, None),
            ("share", 23.5, "percent", 2024, 2024, None),
            ("share", 25.1, "percent", 2024, 2024, None),
            ("share", 17.2, "percent", 2024, 2024, None),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 49.2 / 144.0 = 34.167% -> 34.2
            ("arithmetic", "exact"),       # 33.9 / 144.0 = 23.542% -> 23.5
            ("arithmetic", "exact"),       # 36.1 / 144.0 = 25.069% -> 25.1
            ("arithmetic", "exact"),       # 24.8 / 144.0 = 17.222% -> 17.2
            ("cagr|implied", "exact"),     # 144.0 / 112.6 - 1 = 27.886% -> 27.9
            ("hierarchy", "exact"),        # 2023: 38.7 + 24.5 + 29.8 + 19.6 = 112.6
            ("hierarchy", "exact"),        # 2024: 49.2 + 33.9 + 36.1 + 24.8 = 144.0
            ("hierarchy", "exact"),        # 2025E: 61.8 + 46.7 + 43.5 + 30.9 = 182.9
        ],
    ),
    # 19. Space-aligned vertical table (English), UK travel association annual review, years as rows, segment columns
    #     and a Total column (item "Total"); 2023's segments reach the total only by rounding; the source line's CAGR
    #     has its span printed. Expected nowhere: the review's title year, 94.6 million overseas visits.
    dict(
        text=(
            "UK travel sector: spending on AI tools by segment (£ million)\n"
            "Year      Airlines    Hotels    OTAs & agents    Total\n"
            "2022           142        96               61      299\n"
            "2023           171       118               79      369\n"
            "2024           204       147              102      453\n"
            "2025F          240       181              128      549\n"
            "2026F          279       219              158      656\n"
            "Source: UK Travel Technology Association, Annual Review 2025 (published March 2025). F = forecast. Total "
            "spending is forecast to grow at a CAGR of 20.3% over 2024-2026F. UK residents made 94.6 million visits "
            "abroad in 2024."
        ),
        obs=[
            ("Airlines", 2022, 142, "GBP million", "actual"),
            ("Airlines", 2023, 171, "GBP million", "actual"),
            ("Airlines", 2024, 204, "GBP million", "actual"),
            ("Airlines", 2025, 240, "GBP million", "estimate"),
            ("Airlines", 2026, 279, "GBP million", "estimate"),
            ("Hotels", 2022, 96, "GBP million", "actual"),
            ("Hotels", 2023, 118, "GBP million", "actual"),
            ("Hotels", 2024, 147, "GBP million", "actual"),
            ("Hotels", 2025, 181, "GBP million", "estimate"),
            ("Hotels", 2026, 219, "GBP million", "estimate"),
            ("OTAs & agents", 2022, 61, "GBP million", "actual"),
            ("OTAs & agents", 2023, 79, "GBP million", "actual"),
            ("OTAs & agents", 2024, 102, "GBP million", "actual"),
            ("OTAs & agents", 2025, 128, "GBP million", "estimate"),
            ("OTAs & agents", 2026, 158, "GBP million", "estimate"),
            ("Total", 2022, 299, "GBP million", "actual"),
            ("Total", 2023, 369, "GBP million", "actual"),
            ("Total", 2024, 453, "GBP million", "actual"),
            ("Total", 2025, 549, "GBP million", "estimate"),
            ("Total", 2026, 656, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (656 / 453) ** (1 / 2) - 1 = 20.338% -> 20.3
            ("hierarchy", "exact"),        # 2022: 142 + 96 + 61 = 299
            # 2023: 171 + 118 + 79 = 368, not 369; slack 3 x 0.5 + 0.5 = 2 covers the gap of 1
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),        # 2024: 204 + 147 + 102 = 453
            ("hierarchy", "exact"),        # 2025F: 240 + 181 + 128 = 549
            ("hierarchy", "exact"),        # 2026F: 279 + 219 + 158 = 656
        ],
    ),
    # 20. Markdown pipe table (English), Singaporean research note, years as rows under a lone column headed by its unit
    #     only (the market's Total); the note's 2020-2025F CAGR is only rounding-consistent; a year-on-year rate with both
    #     amounts. Expected nowhere: research note number 41, note numbers (1)-(3), 16.5 million visitor arrivals.
    dict(
        text=(
            "Raffles Quay Analytics, Research Note No. 41, 2 June 2025\n"
            "Singapore: spending by tourism bodies and attractions on AI demand forecasting and visitor analytics\n"
            "| Year | US$ million |\n"
            "|---|---|\n"
            "| 2020 | 38 |\n"
            "| 2021 | 47 |\n"
            "| 2022 | 59 |\n"
            "| 2023 | 75 |\n"
            "| 2024 | 93 |\n"
            "| 2025F | 115 |\n"
            "Notes: (1) CAGR 2020-2025F: 25.2%. (2) The 2025F figure implies growth of 23.7% on 2024. (3) Visitor "
            "arrivals recovered to 16.5 million in 2024."
        ),
        obs=[
            ("Total", 2020, 38, "USD million", "actual"),
            ("Total", 2021, 47, "USD million", "actual"),
            ("Total", 2022, 59, "USD million", "actual"),
            ("Total", 2023, 75, "USD million", "actual"),
            ("Total", 2024, 93, "USD million", "actual"),
            ("Total", 2025, 115, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.2, "percent", 2020, 2025, None, "stated"),
            ("growth", 23.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (115 / 38) ** (1 / 5) - 1 = 24.791% -> 24.8, not 25.2; bounds (114.5 / 38.5) ** (1/5) - 1 = 24.36% ..
            # (115.5 / 37.5) ** (1/5) - 1 = 25.23% reach 25.15
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 115 / 93 - 1 = 23.656% -> 23.7
        ],
    ),
    # 21. Earnings-call excerpt (13 Feb 2025): the TAM the CEO sizes is the Total; "this year" = 2025 (estimate),
    # "last year" = 2024; "more than triples by 2030" is x3 over five years. Q4 gross bookings, room nights, the
    # company's revenue, "1 in 5" app users and the 14,000 employees are expected nowhere.
    dict(
        text=(
            "Fourth-quarter 2024 earnings call, 13 February 2025 (transcript excerpt)\n"
            "CFO: ...gross bookings for the quarter were $27.6 billion, room nights grew 9% to 241 million, and "
            "full-year revenue came to $12.9 billion.\n"
            "Analyst: How big is the AI trip-planning opportunity, really?\n"
            "CEO: We think of it as the market for AI trip-planning and booking assistants - conversational search, "
            "itinerary builders, and agents that actually complete the booking. We size that total addressable market "
            "at roughly $6.3 billion this year, up about 29% from $4.9 billion last year, and we think it more than "
            "triples by 2030, to something like $21 billion. About 1 in 5 of our app users tried the assistant in "
            "December, and all 14,000 of our employees now use it internally."
        ),
        obs=[
            ("Total", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2025, 6.3, "USD billion", "estimate"),
            ("Total", 2030, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2025, 2030, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.3 / 4.9) ** (1 / 1) - 1 = 28.57% -> 29
        ],
    ),
    # 22. Journal abstract (2025): the part and its share of 2024; a stated CAGR over a printed span that only a
    # reading at the bounds reaches (rounding). Panel size, country count, the 2019-2024 panel years, the 6.1%
    # RevPAR uplift and the volume/issue/page numbers are expected nowhere.
    dict(
        text=(
            "Abstract. Hotel revenue management is being rebuilt around machine learning. Drawing on vendor "
            "disclosures and a panel of 312 hotels in 18 countries observed over 2019-2024, we size the global market "
            "for AI-driven hotel revenue management systems (RMS) at USD 1.38 billion in 2024. Cloud-native RMS "
            "accounted for USD 0.52 billion of this (37.7%), most of it sold to independent and small-chain "
            "properties. We forecast the market to reach USD 3.8 billion by 2032, a compound annual growth rate of "
            "13.7% between 2024 and 2032. Panel hotels adopting AI pricing raised RevPAR by 6.1% against matched "
            "controls, with no significant change in occupancy. Keywords: revenue management; dynamic pricing; "
            "machine learning. (International Journal of Hospitality Analytics, 2025, 9(1), 41-67)"
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Cloud-native RMS", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2032, 3.8, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 37.7, "percent", 2024, 2024, None),
            ("cagr", 13.7, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.52 / 1.38 = 37.68% -> 37.7
            # (3.8 / 1.38) ** (1 / 8) - 1 = 13.50% -> 13.5, not 13.7; bounds (3.75 / 1.385) .. (3.85 / 1.375)
            # give 13.26% .. 13.74%, and 13.74% rounds to 13.7 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. LinkedIn post (14 Jan 2025): the series opens in $bn, so 2023's "$870M" is expected as 0.87 USD billion;
    # "last year" = 2024, "this year" = 2025 (estimate). "Roughly a third" (words), a Gulf carrier's ancillary
    # revenue, the load factor and the Q4 figure are expected nowhere.
    dict(
        text=(
            "14 Jan 2025 \u00b7 Airline pricing people - my yearly number is out. Spend on AI offer management and "
            "continuous/dynamic pricing engines at airlines hit $1.12bn last year, +29% on 2023's $870M. Roughly a "
            "third of it went on continuous pricing for O&D. (For scale: one Gulf carrier alone booked $2.4bn of "
            "ancillary revenue, and network load factors averaged 83.5%.) Q4 was the strongest quarter at ~$320M. "
            "My call for this year: $1.4bn. #RevenueManagement #Airlines #NDC"
        ),
        obs=[
            ("Total", 2023, 0.87, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2025, 1.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.12 / 0.87) ** (1 / 1) - 1 = 28.74% -> 29
        ],
    ),
    # 24. Quora answer (3 Sep 2024): the first publisher's figures; the series opens in USD million, so "$2.3
    # billion" is expected as 2300; "nearly triple" is x3 over six years; "about 20% a year" a CAGR whose span
    # only the amounts' years give. TravelMetrics' 2023 figure (second publisher), the 35-40% call deflection,
    # ADR and the answerer's 11 years are expected nowhere.
    dict(
        text=(
            "Quora \u00b7 How big is the market for hotel chatbots? \u00b7 Answer, 3 September 2024\n"
            "Short version: most people cite Hospitality Signals, which puts AI guest messaging and chatbots for "
            "hotels at $780 million in 2023 and expects $2.3 billion by 2029 - nearly triple, or about 20% a year. "
            "TravelMetrics has a higher $1.1 billion for 2023, but that number folds in the whole PMS messaging "
            "module, so I wouldn't mix the two. Anecdotally, the 4-star properties I advise deflect 35-40% of "
            "front-desk calls to the bot, and it doesn't seem to move ADR at all. (I've worked in hotel distribution "
            "for 11 years.)"
        ),
        obs=[
            ("Total", 2023, 780, "USD million", "actual"),
            ("Total", 2029, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2029, 6.0),
            ("cagr", 20, "percent", 2023, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2300 / 780) ** (1 / 6) - 1 = 19.75% -> 20
        ],
    ),
    # 25. Investor-day slide bullets (12 Nov 2024): the TAM is the Total, both E years estimates, the part too;
    # a stated CAGR, a share with part and whole; the adjacent market's range gives two value claims and no
    # observation. Airports live, bags tracked, FY24 revenue and the 20% share goal are expected nowhere.
    dict(
        text=(
            "Investor Day 2024 \u00b7 Slide 31: Airport operations AI - the opportunity (12 November 2024)\n"
            "\u2022 TAM, AI for airport operations (baggage, turnaround, passenger flow): $3.4B 2024E \u2192 "
            "$8.1B 2029E\n"
            "\u2022 ~19% CAGR, 2024E-2029E\n"
            "\u2022 Baggage handling AI: $1.2B of the 2024E TAM (35%)\n"
            "\u2022 Adjacent: AI air-traffic flow management, $0.9-1.1B by 2029E\n"
            "\u2022 140 airports live \u00b7 1.9B bags tracked in FY24 \u00b7 FY24 revenue $640M \u00b7 Goal: 20% "
            "share of TAM by 2029"
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "estimate"),
            ("Baggage handling AI", 2024, 1.2, "USD billion", "estimate"),
            ("Total", 2029, 8.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
            ("value", 0.9, "USD billion", 2029, 2029, None),  # range, low end
            ("value", 1.1, "USD billion", 2029, 2029, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 3.4) ** (1 / 5) - 1 = 18.96% -> 19
            ("arithmetic", "exact"),    # 1.2 / 3.4 = 35.29% -> 35
        ],
    ),
    # 26. Japanese research house release (18 Jul 2025), yen: fiscal years count as their numbers; FY2024 is over
    # (actual), FY2025 and FY2030 are forecasts; the part and its share; the year-on-year rate is rounding.
    # Inbound arrivals, occupancy and the 214 respondents are expected nowhere.
    dict(
        text=(
            "Tokyo, 18 July 2025 - Kasumi Market Intelligence today released its annual survey of AI solutions for "
            "Japanese accommodation providers, covering AI dynamic pricing, multilingual AI concierge and chatbots, "
            "demand forecasting and automated check-in. The market expanded 23.6% in fiscal 2024 (April 2024-March "
            "2025) to \u00a541.8 billion, from \u00a533.8 billion in fiscal 2023, as hotels and ryokan short of staff "
            "automated front-desk work while inbound arrivals hit a record 36.87 million in calendar 2024. AI dynamic "
            "pricing, the largest segment, made up \u00a514.2 billion, or 34% of the total. Kasumi forecasts "
            "\u00a550.5 billion for fiscal 2025 and \u00a598.0 billion for fiscal 2030. Average occupancy at "
            "surveyed hotels was 61.2%; 214 operators and vendors responded."
        ),
        obs=[
            ("Total", 2023, 33.8, "JPY billion", "actual"),
            ("Total", 2024, 41.8, "JPY billion", "actual"),
            ("AI dynamic pricing", 2024, 14.2, "JPY billion", "actual"),
            ("Total", 2025, 50.5, "JPY billion", "estimate"),
            ("Total", 2030, 98.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (41.8 / 33.8) ** (1 / 1) - 1 = 23.67% -> 23.7, not 23.6; bounds (41.75 / 33.85) .. (41.85 / 33.75)
            # give 23.34% .. 24.00%, and 23.6 lies inside -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 14.2 / 41.8 = 33.97% -> 34
        ],
    ),
    # 27. News page with a correction (published 10 Mar, updated 12 Mar 2025): the corrected US$612 million is
    # 2024's figure ("last year"), the superseded US$621 million is expected nowhere; "US$1.45 billion" is
    # expected as 1450 in the series' USD million. The AED and SAR amounts and 262 million passengers are nowhere.
    dict(
        text=(
            "GCC airports step up spending on AI\n"
            "Dubai | Published 10 March 2025 | Updated 12 March 2025\n"
            "Correction: An earlier version of this story gave 2024 spending as US$621 million. The correct figure "
            "is US$612 million.\n"
            "Airports across the six Gulf Cooperation Council states spent US$612 million on artificial intelligence "
            "last year - biometric passenger flow, predictive maintenance for baggage systems, AI-driven stand and "
            "gate allocation - according to Dubai-based Falcon Gate Research, or roughly AED 2.25 billion. The firm "
            "expects the figure to reach US$1.45 billion in 2030, a compound annual growth rate of 15.5% over "
            "2024-2030. GCC airports handled about 262 million passengers in 2024, and one Saudi operator has "
            "earmarked SAR 1.1 billion for a terminal digitisation programme."
        ),
        obs=[
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1450 / 612) ** (1 / 6) - 1 = 15.46% -> 15.5
        ],
    ),
    # 28. Thai research note (22 Jan 2025): the CAGR printed for 2024-2029 is INCONSISTENT on purpose (a figure
    # left over from an earlier draft); the year-on-year rate is exact. The THB amounts, the note number, the Q4
    # spend, foreign arrivals, Q4 occupancy and tourism receipts are expected nowhere.
    dict(
        text=(
            "Bangkok, 22 January 2025 - Thai hotels lean on AI as labour stays tight (Chao Phraya Research Center, "
            "Industry Note No. 7/2025)\n"
            "We estimate that Thailand's market for AI in hotels and travel agencies - revenue management, booking "
            "chatbots and demand forecasting - grew 24% to US$148 million in 2024 (about THB 5.1 billion), from "
            "US$119 million in 2023. We expect it to reach US$395 million in 2029, a CAGR of 26.8% in 2024-2029. "
            "Fourth-quarter spending alone was about US$44 million, as foreign arrivals recovered to 35.5 million and "
            "Bangkok hotel occupancy averaged 78% in the quarter. Tourism receipts are running near THB 1.8 trillion "
            "a year."
        ),
        obs=[
            ("Total", 2023, 119, "USD million", "actual"),
            ("Total", 2024, 148, "USD million", "actual"),
            ("Total", 2029, 395, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 26.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148 / 119) ** (1 / 1) - 1 = 24.37% -> 24
            # (395 / 148) ** (1 / 5) - 1 = 21.69%; bounds (394.5 / 148.5) .. (395.5 / 147.5) give
            # 21.58% .. 21.81%, nowhere near 26.8 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Provincial action plan (Simplified, 18 Feb 2025): the 力争 target is an estimate; 较2023年增长3倍 keeps 3 as
    # the multiple over four years; 2024's rise on 2023 is a year-on-year rate. The document number, the plan's
    # title years, the 100% coverage rate, 50 firms, 8.6亿人次 and 旅游总收入 are expected nowhere.
    dict(
        text=(
            "××省文化和旅游厅关于印发《××省智慧旅游创新发展行动方案(2025—2027年)》的通知\n"
            "×文旅发〔2025〕11号\n"
            "各市(州)文化和旅游局:……(二)主要目标。到2027年,全省人工智能在智能导览、AI行程规划、景区客流预测与"
            "酒店智能服务等旅游场景的应用产业规模力争突破120亿元,较2023年增长3倍;全省4A级以上旅游景区智慧化覆盖率"
            "达到100%,培育智慧旅游示范企业50家。2024年,全省旅游人工智能应用产业规模达到38.7亿元,比2023年的30亿元"
            "增长29%;全年接待国内外游客8.6亿人次,实现旅游总收入9,850亿元。\n"
            "××省文化和旅游厅\n"
            "2025年2月18日"
        ),
        obs=[
            ("Total", 2023, 30, "CNY 100 million", "actual"),
            ("Total", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.7 / 30) ** (1 / 1) - 1 = 29.00% -> 29
        ],
    ),
    # 30. Broker note (Simplified, 15 Jan 2025): 约26亿元 and 约9.5亿元 at their printed figures; the part and its
    # share; 有望 makes 2028 an estimate; a stated CAGR. Passenger trips, load factor, 超过六成 (words), an
    # airline's nine-month revenue, the price target and upside are expected nowhere.
    dict(
        text=(
            "【××证券|交通运输】民航数字化专题:AI收益管理打开第二增长曲线(2025年1月15日)\n"
            "核心观点:据我们测算,2024年国内航空公司AI收益管理与动态定价系统市场规模约26亿元,其中国际及地区航线"
            "动态定价约9.5亿元,占比36.5%。随着连续定价与NDC分销普及,我们预计该市场2028年有望达到71亿元,"
            "2024—2028年年均复合增速约29%。2024年全民航完成旅客运输量7.3亿人次,平均客座率83.2%;三大航合计市场份额"
            "超过六成。重点推荐××航空:公司2024年前三季度营收1,263亿元,目标价8.6元,较现价有22%上涨空间。\n"
            "风险提示:油价大幅波动、国际航线恢复不及预期。"
        ),
        obs=[
            ("Total", 2024, 26, "CNY 100 million", "actual"),
            ("国际及地区航线动态定价", 2024, 9.5, "CNY 100 million", "actual"),
            ("Total", 2028, 71, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.5, "percent", 2024, 2024, None),
            ("cagr", 29, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 9.5 / 26 = 36.54% -> 36.5
            ("cagr|implied", "exact"),  # (71 / 26) ** (1 / 4) - 1 = 28.55% -> 29
        ],
    ),
    # 31. Xinhua wire on tourism-academy statistics (Simplified, 9 Apr 2025): the AI services are the market
    # (Total); the base year's figure comes after its rate; the year-on-year rate is rounding; 今年 = 2025 with
    # 超过 at its printed figure (estimate). Trips, their growth, total tourist spending and 1,200 sites are nowhere.
    dict(
        text=(
            "新华社北京2025年4月9日电(记者×××)记者9日从中国旅游研究院获悉,2024年国内出游人次56.15亿,同比增长"
            "14.8%;国内游客出游总花费5.75万亿元。智慧旅游加速落地,AI行程规划、智能客服、景区客流预测等旅游人工智能"
            "服务市场规模达到143.7亿元,比上年增长27.5%,上年为112.8亿元。中国旅游研究院预计,今年该市场规模将超过"
            "180亿元。截至2024年底,全国已有1,200余家A级景区接入智能预约与客流预警系统。"
        ),
        obs=[
            ("Total", 2023, 112.8, "CNY 100 million", "actual"),
            ("Total", 2024, 143.7, "CNY 100 million", "actual"),
            ("Total", 2025, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (143.7 / 112.8) ** (1 / 1) - 1 = 27.39% -> 27.4, not 27.5; bounds (143.65 / 112.85) ..
            # (143.75 / 112.75) give 27.29% .. 27.49%, and 27.49% rounds to 27.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Taiwanese business daily (Traditional, 20 Mar 2025), 新台幣億元: the base year is "前一年"; the part and
    # its share; 可望 makes 2027 an estimate. Visitor arrivals, outbound trips, hotel occupancy and a travel
    # agency's revenue are expected nowhere.
    dict(
        text=(
            "【經濟日報/記者×××/台北報導】2025年3月20日 資策會產業情報研究所(MIC)今(20)日發布旅遊科技研究指出,"
            "國內AI旅遊服務(含AI訂房與行程規劃助理、旅宿智慧客服、動態定價)市場規模2024年達新台幣18.6億元,較前一年"
            "的14.2億元成長31%;其中AI訂房與行程規劃助理達7.9億元,比重42.5%,為最大宗。MIC預估,2027年市場規模可望"
            "上看新台幣38億元。觀光署統計,2024年來台旅客785萬人次、國人出國1,680萬人次,全台旅館平均住用率約48%;"
            "另有大型旅行社去年營收新台幣120億元,創歷史新高。"
        ),
        obs=[
            ("Total", 2023, 14.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("AI訂房與行程規劃助理", 2024, 7.9, "TWD 100 million", "actual"),
            ("Total", 2027, 38, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 42.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.2) ** (1 / 1) - 1 = 30.99% -> 31
            ("arithmetic", "exact"),    # 7.9 / 18.6 = 42.47% -> 42.5
        ],
    ),
    # 33. Hong Kong newspaper (Traditional, 6 May 2025), 億港元: 去年 = 2024, 前年 = 2023; the part and its share;
    # 2028 an estimate. Airport passengers and flights, an airline's revenue and the first quarter's traffic
    # growth are expected nowhere.
    dict(
        text=(
            "(明報 2025年5月6日)機場管理局昨日公布,去年香港國際機場客運量達5,310萬人次,航班起降約37萬架次。另一邊廂,"
            "本地顧問機構港航數據研究發表報告,估計本港航空及機場業人工智能應用(包括行李分揀及追蹤、AI客戶服務及航班"
            "運作預測)的市場規模去年達12.4億港元,較前年的9.8億港元增長26.5%;其中行李分揀AI佔3.1億港元,佔整體25%。"
            "報告預計,有關市場於2028年可增至28億港元。另外,本地航空公司去年收益為1,044億港元;今年第一季,機場客運量"
            "按年升約11%。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("行李分揀AI", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2028, 28, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.8) ** (1 / 1) - 1 = 26.53% -> 26.5
            ("arithmetic", "exact"),    # 3.1 / 12.4 = 25.00% -> 25
        ],
    ),
    # 34. Mobile01 forum post (Traditional, 9 Mar 2025), 億美元: 三年成長2.8倍 keeps 2.8 as the multiple over three
    # years; the CAGR's span comes only from the amounts' years, and the printed 38% is INCONSISTENT with them on
    # purpose; 今年 = 2025 (estimate). The poster's NT$ air fare and hotel bill, 5 days and 4 nights are nowhere.
    dict(
        text=(
            "Mobile01 \u203a 旅遊美食 \u203a 自助旅行綜合討論\n"
            "[分享] AI排行程App真的這麼夯?市場三年成長2.8倍\n"
            "樓主 snowpeak_tw 2025-03-09 22:41\n"
            "看到國外研究機構TripInsight的報告:全球AI行程規劃與訂房助理App市場,2021年才3.1億美元,2024年已經衝到"
            "11.8億美元,三年成長2.8倍,報告寫年複合成長率38%。可是我自己拿計算機按,怎麼算都比38%高很多,是不是報告"
            "寫錯?報告還說今年預估可達15億美元。\n"
            "順便分享:上個月用AI排了日本5天4夜自由行,機票NT$12,800、住宿NT$16,000,行程幾乎不用改。\n"
            "#2 klook_fan:38%應該是別的期間吧,我按出來也不是這個數"
        ),
        obs=[
            ("Total", 2021, 3.1, "USD 100 million", "actual"),
            ("Total", 2024, 11.8, "USD 100 million", "actual"),
            ("Total", 2025, 15, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2021, 2024, 3.0),
            ("cagr", 38, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            # (11.8 / 3.1) ** (1 / 3) - 1 = 56.14%; bounds (11.75 / 3.15) .. (11.85 / 3.05) give 55.09% .. 57.21%,
            # which never reaches 38 -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 35. WeChat article (Simplified, 26 Feb 2025): it opens on a range for 2027 (two value claims, no
    # observation); the base year in brackets; the part and its share. Lodging counts, the 12% penetration rate,
    # occupancy, average room rate and a 2亿元 funding round are expected nowhere.
    dict(
        text=(
            "酒店前台正在被AI接管?|公众号“住宿业数智研究”,2025年2月26日\n"
            "先说结论:我们预计,到2027年中国酒店智能客服与AI前台市场规模将达到55亿—62亿元。\n"
            "这个判断的基础是:2024年该市场规模为24.6亿元,同比增长35.2%(2023年为18.2亿元);其中语音AI客服8.1亿元,"
            "占比32.9%。目前全国约有27万家住宿设施,AI客服渗透率仍只有12%左右;2024年全国酒店平均入住率62.3%,平均"
            "房价351元。今年1月,一家AI前台创业公司刚完成2亿元B轮融资。"
        ),
        obs=[
            ("Total", 2023, 18.2, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("语音AI客服", 2024, 8.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("value", 55, "CNY 100 million", 2027, 2027, None),  # range, low end
            ("value", 62, "CNY 100 million", 2027, 2027, None),  # range, high end
            ("growth", 35.2, "percent", 2023, 2024, 1.0),
            ("share", 32.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 18.2) ** (1 / 1) - 1 = 35.16% -> 35.2
            ("arithmetic", "exact"),    # 8.1 / 24.6 = 32.93% -> 32.9
        ],
    ),
    # 36. Markdown table, years as columns with E/F (May 2025), USD million from the title line: each row label
    # is an item, the total row's "All applications" too; the note's CAGR is stated. Table number, title years,
    # travel-technology spending as a whole (USD 74 billion) and GDS fees are expected nowhere.
    dict(
        text=(
            "Table 2.3 Global AI in travel and hospitality market by application, 2023-2030F\n"
            "(USD million; source: Meridian Travel Tech Analytics, May 2025)\n"
            "| Application | 2023 | 2024 | 2025E | 2030F |\n"
            "|:---|---:|---:|---:|---:|\n"
            "| AI pricing & revenue management | 1,420 | 1,760 | 2,150 | 4,980 |\n"
            "| AI trip planning & booking assistants | 980 | 1,390 | 1,930 | 6,240 |\n"
            "| Guest-service chatbots & messaging | 760 | 940 | 1,160 | 2,870 |\n"
            "| Airport operations & baggage AI | 640 | 770 | 920 | 2,150 |\n"
            "| Tourism demand forecasting | 310 | 370 | 440 | 1,010 |\n"
            "| All applications | 4,110 | 5,230 | 6,600 | 17,250 |\n"
            "Note: CAGR of all applications, 2024-2030F: 22.0%. Travel technology spending as a whole (USD 74 "
            "billion in 2024) is not included, nor are GDS fees."
        ),
        obs=[
            ("AI pricing & revenue management", 2023, 1420, "USD million", "actual"),
            ("AI pricing & revenue management", 2024, 1760, "USD million", "actual"),
            ("AI pricing & revenue management", 2025, 2150, "USD million", "estimate"),
            ("AI pricing & revenue management", 2030, 4980, "USD million", "estimate"),
            ("AI trip planning & booking assistants", 2023, 980, "USD million", "actual"),
            ("AI trip planning & booking assistants", 2024, 1390, "USD million", "actual"),
            ("AI trip planning & booking assistants", 2025, 1930, "USD million", "estimate"),
            ("AI trip planning & booking assistants", 2030, 6240, "USD million", "estimate"),
            ("Guest-service chatbots & messaging", 2023, 760, "USD million", "actual"),
            ("Guest-service chatbots & messaging", 2024, 940, "USD million", "actual"),
            ("Guest-service chatbots & messaging", 2025, 1160, "USD million", "estimate"),
            ("Guest-service chatbots & messaging", 2030, 2870, "USD million", "estimate"),
            ("Airport operations & baggage AI", 2023, 640, "USD million", "actual"),
            ("Airport operations & baggage AI", 2024, 770, "USD million", "actual"),
            ("Airport operations & baggage AI", 2025, 920, "USD million", "estimate"),
            ("Airport operations & baggage AI", 2030, 2150, "USD million", "estimate"),
            ("Tourism demand forecasting", 2023, 310, "USD million", "actual"),
            ("Tourism demand forecasting", 2024, 370, "USD million", "actual"),
            ("Tourism demand forecasting", 2025, 440, "USD million", "estimate"),
            ("Tourism demand forecasting", 2030, 1010, "USD million", "estimate"),
            ("All applications", 2023, 4110, "USD million", "actual"),
            ("All applications", 2024, 5230, "USD million", "actual"),
            ("All applications", 2025, 6600, "USD million", "estimate"),
            ("All applications", 2030, 17250, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17,250 / 5,230) ** (1 / 6) - 1 = 22.01% -> 22.0
            ("hierarchy", "exact"),     # 2023: 1,420 + 980 + 760 + 640 + 310 = 4,110
            ("hierarchy", "exact"),     # 2024: 1,760 + 1,390 + 940 + 770 + 370 = 5,230
            ("hierarchy", "exact"),     # 2025E: 2,150 + 1,930 + 1,160 + 920 + 440 = 6,600
            ("hierarchy", "exact"),     # 2030F: 4,980 + 6,240 + 2,870 + 2,150 + 1,010 = 17,250
        ],
    ),
    # 37. Tab-separated vertical table, years as rows (Singapore, 2025 edition): the lone value column is headed
    # by its unit only, so it is the Total; 2025F an estimate; the YoY column gives year-on-year rates (2023's
    # is rounding); the note's CAGR is stated. The arrivals column and the edition year are expected nowhere.
    dict(
        text=(
            "Southeast Asia: AI demand-forecasting and visitor-analytics platforms bought by tourism boards and "
            "destination agencies\n"
            "Source: Lion City Insights (Singapore), Destination Tech Tracker, 2025 edition\n"
            "Year\tUSD million\tYoY %\tASEAN international arrivals (million)\n"
            "2021\t38.5\t-\t3.1\n"
            "2022\t52.4\t36.1\t43.5\n"
            "2023\t71.9\t37.4\t97.2\n"
            "2024\t93.6\t30.2\t123.6\n"
            "2025F\t118.0\t26.1\t135.0\n"
            "Note: 2025F is a forecast. CAGR 2021-2025F: 32.3%. Arrivals are shown for context only and are not a "
            "market value."
        ),
        obs=[
            ("Total", 2021, 38.5, "USD million", "actual"),
            ("Total", 2022, 52.4, "USD million", "actual"),
            ("Total", 2023, 71.9, "USD million", "actual"),
            ("Total", 2024, 93.6, "USD million", "actual"),
            ("Total", 2025, 118.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 36.1, "percent", 2021, 2022, 1.0),
            ("growth", 37.4, "percent", 2022, 2023, 1.0),
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
            ("cagr", 32.3, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 52.4 / 38.5 - 1 = 36.10% -> 36.1
            # 71.9 / 52.4 - 1 = 37.21% -> 37.2, not 37.4; bounds 71.85 / 52.45 .. 71.95 / 52.35 give
            # 36.99% .. 37.44%, and 37.44% rounds to 37.4 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 93.6 / 71.9 - 1 = 30.18% -> 30.2
            ("cagr|implied", "exact"),     # 118.0 / 93.6 - 1 = 26.07% -> 26.1
            ("cagr|implied", "exact"),     # (118.0 / 38.5) ** (1 / 4) - 1 = 32.31% -> 32.3
        ],
    ),
    # 38. Simplified Chinese space-aligned table (Mar 2025), 亿元, with a change and a share column: row labels and
    # 合计 are items; five rows' and the total's year-on-year rates (one rounding, the note says they come from
    # unrounded data); five shares with part and whole; the 100.0% total is no claim. Table number, title years
    # and the whole civil-aviation IT spend (约420亿元) are expected nowhere.
    dict(
        text=(
            "表4  2023—2024年中国民航与机场人工智能应用市场结构\n"
            "单位:亿元\n"
            "应用领域                    2023年    2024年    同比增长    2024年占比\n"
            "智能行李分拣与追踪            11.6      14.9       28.4%       23.7%\n"
            "航班运行与保障预测             9.8      12.7       29.6%       20.2%\n"
            "旅客智能服务与客服机器人       8.3      11.2       35.0%       17.8%\n"
            "收益管理与动态定价            13.4      16.5       23.1%       26.2%\n"
            "安检与身份核验AI               6.1       7.6       24.6%       12.1%\n"
            "合计                          49.2      62.9       27.8%      100.0%\n"
            "注:同比增长按未经四舍五入的数据计算;不含民航信息化整体投入(2024年约420亿元)。资料来源:××民航科技研究"
            "中心,2025年3月。"
        ),
        obs=[
            ("智能行李分拣与追踪", 2023, 11.6, "CNY 100 million", "actual"),
            ("智能行李分拣与追踪", 2024, 14.9, "CNY 100 million", "actual"),
            ("航班运行与保障预测", 2023, 9.8, "CNY 100 million", "actual"),
            ("航班运行与保障预测", 2024, 12.7, "CNY 100 million", "actual"),
            ("旅客智能服务与客服机器人", 2023, 8.3, "CNY 100 million", "actual"),
            ("旅客智能服务与客服机器人", 2024, 11.2, "CNY 100 million", "actual"),
            ("收益管理与动态定价", 2023, 13.4, "CNY 100 million", "actual"),
            ("收益管理与动态定价", 2024, 16.5, "CNY 100 million", "actual"),
            ("安检与身份核验AI", 2023, 6.1, "CNY 100 million", "actual"),
            ("安检与身份核验AI", 2024, 7.6, "CNY 100 million", "actual"),
            ("合计", 2023, 49.2, "CNY 100 million", "actual"),
            ("合计", 2024, 62.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 35.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 20.2, "percent", 2024, 2024, None),
            ("share", 17.8, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.9 / 11.6 - 1 = 28.45% -> 28.4
            ("cagr|implied", "exact"),  # 12.7 / 9.8 - 1 = 29.59% -> 29.6
            # 11.2 / 8.3 - 1 = 34.94% -> 34.9, not 35.0; bounds 11.15 / 8.35 .. 11.25 / 8.25 give
            # 33.53% .. 36.36%, and 35.0 lies inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 16.5 / 13.4 - 1 = 23.13% -> 23.1
            ("cagr|implied", "exact"),  # 7.6 / 6.1 - 1 = 24.59% -> 24.6
            ("cagr|implied", "exact"),  # 62.9 / 49.2 - 1 = 27.85% -> 27.8
            ("arithmetic", "exact"),    # 14.9 / 62.9 = 23.69% -> 23.7
            ("arithmetic", "exact"),    # 12.7 / 62.9 = 20.19% -> 20.2
            ("arithmetic", "exact"),    # 11.2 / 62.9 = 17.81% -> 17.8
            ("arithmetic", "exact"),    # 16.5 / 62.9 = 26.23% -> 26.2
            ("arithmetic", "exact"),    # 7.6 / 62.9 = 12.08% -> 12.1
            ("hierarchy", "exact"),     # 2023: 11.6 + 9.8 + 8.3 + 13.4 + 6.1 = 49.2
            ("hierarchy", "exact"),     # 2024: 14.9 + 12.7 + 11.2 + 16.5 + 7.6 = 62.9
        ],
    ),
    # 39. Riyadh research house, markdown table by country with a CAGR column (4 Feb 2025), USD million: countries
    # and "GCC total" are items; 2025E and 2030F estimates; five stated CAGRs, all exact; 2025E's rows miss their
    # total by one (hierarchy rounding). The exhibit number, the SAR equivalent and Vision 2030's visits are nowhere.
    dict(
        text=(
            "Exhibit 5: AI in hospitality and aviation, GCC, by country (USD million)\n"
            "Source: Gulf Horizon Research, Riyadh, 4 February 2025\n"
            "| Country | 2024 | 2025E | 2030F | CAGR 2024-30F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Saudi Arabia | 486 | 571 | 1,318 | 18.1% |\n"
            "| UAE | 392 | 455 | 962 | 16.1% |\n"
            "| Qatar | 118 | 136 | 281 | 15.6% |\n"
            "| Kuwait, Oman & Bahrain | 76 | 88 | 190 | 16.5% |\n"
            "| GCC total | 1,072 | 1,251 | 2,751 | 17.0% |\n"
            "Totals may not add up because of rounding. Saudi Arabia's 2024 figure equals about SAR 1.82 billion; "
            "Vision 2030 targets 150 million visits a year."
        ),
        obs=[
            ("Saudi Arabia", 2024, 486, "USD million", "actual"),
            ("Saudi Arabia", 2025, 571, "USD million", "estimate"),
            ("Saudi Arabia", 2030, 1318, "USD million", "estimate"),
            ("UAE", 2024, 392, "USD million", "actual"),
            ("UAE", 2025, 455, "USD million", "estimate"),
            ("UAE", 2030, 962, "USD million", "estimate"),
            ("Qatar", 2024, 118, "USD million", "actual"),
            ("Qatar", 2025, 136, "USD million", "estimate"),
            ("Qatar", 2030, 281, "USD million", "estimate"),
            ("Kuwait, Oman & Bahrain", 2024, 76, "USD million", "actual"),
            ("Kuwait, Oman & Bahrain", 2025, 88, "USD million", "estimate"),
            ("Kuwait, Oman & Bahrain", 2030, 190, "USD million", "estimate"),
            ("GCC total", 2024, 1072, "USD million", "actual"),
            ("GCC total", 2025, 1251, "USD million", "estimate"),
            ("GCC total", 2030, 2751, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1318 / 486) ** (1 / 6) - 1 = 18.09% -> 18.1
            ("cagr|implied", "exact"),  # (962 / 392) ** (1 / 6) - 1 = 16.14% -> 16.1
            ("cagr|implied", "exact"),  # (281 / 118) ** (1 / 6) - 1 = 15.56% -> 15.6
            ("cagr|implied", "exact"),  # (190 / 76) ** (1 / 6) - 1 = 16.50% (16.499) -> 16.5
            ("cagr|implied", "exact"),  # (2751 / 1072) ** (1 / 6) - 1 = 17.01% -> 17.0
            ("hierarchy", "exact"),     # 2024: 486 + 392 + 118 + 76 = 1,072
            # 2025E: 571 + 455 + 136 + 88 = 1,250 vs 1,251; rows at +0.5 each reach 1,252 and the total may be
            # as low as 1,250.5 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2030F: 1,318 + 962 + 281 + 190 = 2,751
        ],
    ),
    # 40. Japanese research house, space-aligned table in \u00a5100 million (July 2025) with a share column:
    # fiscal years count as their numbers; FY2025E and FY2028F estimates; four shares of FY2024 with part and
    # whole (the column sums to 99.9, the note says why); the note's CAGR is stated. Airport passengers are nowhere.
    dict(
        text=(
            "Japan: AI in airline and airport operations, by application (Unit: \u00a5100 million)\n"
            "Source: Sakura Industry Research, July 2025\n"
            "Application                                FY2023   FY2024   Share of FY2024   FY2025E   FY2028F\n"
            "AI revenue management & dynamic pricing       128      151            39.1%        176       262\n"
            "Ground handling & baggage AI                   86      104            26.9%        125       198\n"
            "Multilingual AI chatbots & concierge           64       83            21.5%        102       171\n"
            "Demand & crew forecasting                      41       48            12.4%         56        84\n"
            "Total                                         319      386           100.0%        459       715\n"
            "Notes: Fiscal years begin in April. Shares may not sum to 100% because of rounding. CAGR of the total, "
            "FY2024-FY2028F: 16.7%. Passenger traffic at Japanese airports (about 330 million in FY2024) is shown "
            "for reference only."
        ),
        obs=[
            ("AI revenue management & dynamic pricing", 2023, 128, "JPY 100 million", "actual"),
            ("AI revenue management & dynamic pricing", 2024, 151, "JPY 100 million", "actual"),
            ("AI revenue management & dynamic pricing", 2025, 176, "JPY 100 million", "estimate"),
            ("AI revenue management & dynamic pricing", 2028, 262, "JPY 100 million", "estimate"),
            ("Ground handling & baggage AI", 2023, 86, "JPY 100 million", "actual"),
            ("Ground handling & baggage AI", 2024, 104, "JPY 100 million", "actual"),
            ("Ground handling & baggage AI", 2025, 125, "JPY 100 million", "estimate"),
            ("Ground handling & baggage AI", 2028, 198, "JPY 100 million", "estimate"),
            ("Multilingual AI chatbots & concierge", 2023, 64, "JPY 100 million", "actual"),
            ("Multilingual AI chatbots & concierge", 2024, 83, "JPY 100 million", "actual"),
            ("Multilingual AI chatbots & concierge", 2025, 102, "JPY 100 million", "estimate"),
            ("Multilingual AI chatbots & concierge", 2028, 171, "JPY 100 million", "estimate"),
            ("Demand & crew forecasting", 2023, 41, "JPY 100 million", "actual"),
            ("Demand & crew forecasting", 2024, 48, "JPY 100 million", "actual"),
            ("Demand & crew forecasting", 2025, 56, "JPY 100 million", "estimate"),
            ("Demand & crew forecasting", 2028, 84, "JPY 100 million", "estimate"),
            ("Total", 2023, 319, "JPY 100 million", "actual"),
            ("Total", 2024, 386, "JPY 100 million", "actual"),
            ("Total", 2025, 459, "JPY 100 million", "estimate"),
            ("Total", 2028, 715, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("share", 39.1, "percent", 2024, 2024, None),
            ("share", 26.9, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
            ("cagr", 16.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 151 / 386 = 39.12% -> 39.1
            ("arithmetic", "exact"),    # 104 / 386 = 26.94% -> 26.9
            ("arithmetic", "exact"),    # 83 / 386 = 21.50% -> 21.5
            ("arithmetic", "exact"),    # 48 / 386 = 12.44% -> 12.4
            ("cagr|implied", "exact"),  # (715 / 386) ** (1 / 4) - 1 = 16.66% -> 16.7
            ("hierarchy", "exact"),     # FY2023: 128 + 86 + 64 + 41 = 319
            ("hierarchy", "exact"),     # FY2024: 151 + 104 + 83 + 48 = 386
            ("hierarchy", "exact"),     # FY2025E: 176 + 125 + 102 + 56 = 459
            ("hierarchy", "exact"),     # FY2028F: 262 + 198 + 171 + 84 = 715
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 5, 'rounding': 14, 'exact': 100}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'SINGAPORE, 3 March 2025 /PRNewswire/',
    'climbed 19.2% to US$1.74 billion in 2024',
    'Buy, PT US$48 (22% upside)',
    'roughly 2.4x the 2024 level',
    'Rival house Northgate Analytics is more bullish',
    'at about $2.8 billion this year',
    'roughly triples, to around $8.4 billion, by 2029',
    'ahead of the United Kingdom at EUR 0.24',
    'fiscal 2024 (ended March 2025)',
    'revised up from the preliminary ¥46.9 billion',
    'US$1.3 billion by 2030',
    'Saudi airports alone accounted for SAR 640 million',
    'nearly 2.5 times its 2021 level',
    'between US$310 million and US$380 million by 2030',
    '力争全省旅游人工智能应用市场规模达到40亿元',
    '约占四成',
    '目标价42.6元',
    '今年預估成長34%至38.1億元',
    '去年規模達12.6億港元，按年增長21.5%',
    '估計2030年市場可上看61億美元',
    '较2021年增长2倍',
    '全国酒店服务机器人保有量约4.2万台',
    '年均复合增长率20.7%',
    '| Total | 4.05 | 5.15 | 6.46 | 10.06 |',
    'Vietnam          29.4      39.8     53.4',
    '合计\t112.6\t144.0\t182.9\t100.0%',
    '2025F          240       181              128      549',
    '| Year | US$ million |',
    'We size that total addressable market at roughly $6.3 billion this year',
    'we think it more than triples by 2030',
    'accounted for USD 0.52 billion of this (37.7%)',
    "+29% on 2023's $870M",
    'TravelMetrics has a higher $1.1 billion for 2023',
    'nearly triple, or about 20% a year',
    '$3.4B 2024E → $8.1B 2029E',
    '$0.9-1.1B by 2029E',
    'from ¥33.8 billion in fiscal 2023',
    'The correct figure is US$612 million.',
    'or roughly AED 2.25 billion',
    'a CAGR of 26.8% in 2024-2029',
    '力争突破120亿元,较2023年增长3倍',
    '比上年增长27.5%,上年为112.8亿元',
    '較前一年的14.2億元成長31%',
    '較前年的9.8億港元增長26.5%',
    '三年成長2.8倍,報告寫年複合成長率38%',
    '将达到55亿—62亿元',
    '| All applications | 4,110 | 5,230 | 6,600 | 17,250 |',
    '2025F\t118.0\t26.1\t135.0',
    '同比增长    2024年占比',
    'Totals may not add up because of rounding.',
    '(Unit: ¥100 million)',
)
LAYOUT = (40, 14, 12, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 250
#: figures, 66 rates, 106 verdicts and 7 false inconsistent
#: after the readings chosen on the hundred-and-fifty-sixth, -fifty-eighth, -sixtieth and -sixty-second sets
#: (it kept unread): 261, 66, 108 and 5
FLOORS = {"figures_found": 268, "rates_found": 68, "verdicts_right": 111}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset159.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
