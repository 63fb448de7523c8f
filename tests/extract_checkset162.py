"""A hundred-and-sixty-second check set for the extractor, written blind: AI in food service and restaurants: AI ordering
kiosks and voice drive-through, kitchen automation and cooking robots, AI demand forecasting and inventory for
restaurants, delivery-platform AI dispatch, food-safety inspection vision, sized in money by food-service technology
analysts, restaurant associations, consultancies, brokers, commerce ministries and provincial catering plans,
Japanese, Korean, Thai and Australian research houses. Distractors a careful reader leaves out: restaurants and
outlets counted, meals or orders served, delivery volumes, menu prices, a chain's own sales, franchise fees, a
quarter's figures, the whole catering or food-delivery market beside the AI part.

Snippets 1-20: AI in food service and restaurants (voice AI at the drive-thru, AI self-ordering kiosks and table-order
tablets, kitchen automation and cooking robots, AI demand forecasting and inventory for restaurants, delivery-platform
AI dispatch and routing, camera-based food-safety inspection). 1-8 are English prose: a dated Chicago wire release
with a year-on-year rate and a stated CAGR whose 2030 figure in billions is converted to the series' millions; a
broker note with two channel shares, a multiple, a price target and the covered company's own revenue, margin, quarter
and location count; a trade-news article quoting two publishers (the first one's CAGR only rounding-consistent, the
second one's 2030 figure left out) beside the whole foodservice industry; an earnings-call transcript sizing a TAM
"this year" that "grows more than fivefold"; a UK hospitality-technology yearbook with three segment shares (one only
rounding-consistent), a fraction in words, food waste and a menu price; a Tokyo research institute's yen release with
fiscal years and a revised figure whose preliminary value is expected nowhere; a Seoul research house's release whose
stated CAGR its amounts contradict, with a won amount; and a Sydney research house's release with "last year", "this
year", a multiple with no base amount, a 2028 range and a quarter. 9-15 are Chinese prose: a Sichuan catering plan
with a target (力争), an approximate rounding-consistent average rate, a share in words and a penetration target
(Simplified); a broker report with a channel share, a rounding CAGR, a price target and the company's own revenue,
margin and quarter beside the whole catering market's rate (Simplified); a Taipei wire in 新台幣億元 with 去年, 今年, a survey
answer and the whole restaurant industry's sales (Traditional); a Hong Kong news item in 億港元 whose year-on-year rate
its amounts contradict, with a part's share (Traditional); a Taiwanese article quoting two publishers in 億美元 beside
the whole delivery market, its orders and riders (Traditional); a Xinhua-style wire with 突破, a rate with no base
amount, a robot count in 万台 with 增长3倍 and a quarter (Simplified); and a catering yearbook with an inferred CAGR, a
share and percentage points (Simplified). 16-20 are tables: a markdown pipe table by application with E/F columns and
a total row that only rounding reaches in one year, with a CAGR in its note; a space-aligned Asia-Pacific table with a
total row, a y/y column holding one transposed (contradicted) rate and an outlet-count column; a tab-separated
Simplified Chinese table with 合计, an E column and a share column; a space-aligned Japanese table with fiscal years as
rows, segment columns and a Total column that only rounding reaches in one year; and a markdown pipe table with years
as rows under a lone unit-only column and a rounding CAGR in its notes. Distractors a careful reader leaves out:
report titles' years, edition, chapter, exhibit, table, report, note and document numbers, drive-thru lanes,
restaurants, outlets and establishments counted, operators and firms surveyed, orders and meals, average checks and
menu prices, food waste, foodborne-illness cases, minimum wage, labour-cost and survey percentages, penetration
targets, percentage points, fractions in words, the whole catering, foodservice and food-delivery markets and their
rates, delivery orders and riders, a quarter's figures, a price target and its upside, a company's own revenue, ARR,
margin and share goal, a won and a baht amount, a second publisher's figure and a superseded preliminary figure.

Snippets 21-40: AI in food service and restaurants (voice drive-through and ordering kiosks, kitchen automation and
cooking robots, demand forecasting and inventory, delivery-platform AI dispatch, food-safety inspection vision). Eight
English prose snippets (an earnings call sizing a TAM, a research abstract, a LinkedIn post, a Singapore press release
with a second publisher's figure, a corrected web article, investor-day slide bullets, a Tokyo research institute's
release in yen, a UK forum answer in pounds), seven Chinese prose snippets (a Jiangsu catering plan, a Taiwan
statistics-office wire story, a Hong Kong consultancy report in 億港元, a PTT stock-board post, a broker's deep-dive, a
catering association report with a 万亿元 figure converted to 亿元, a Zhihu answer using 增长N倍), and five tables (a markdown
table with a share column and an E column, a tab-separated vertical table of fiscal years with a YoY column, a Chinese
table with a CAGR column, a space-aligned Thai table in US dollars with a baht total row, a vertical prospectus table
headed only by its unit). Distractors: company revenue and guidance ranges, lanes, stores, riders, orders and
restaurants counted, headcounts of respondents, report and table numbers, plan title years, a price target and upside,
menu and report prices, quarter figures, margins, penetration and waste percentages, share targets, the whole catering
/ eating-out / food-delivery market beside the AI part, a second publisher's figure, a corrected figure, and amounts
in baht. Two rates are deliberately inconsistent (#28, #33); rounding cases in #22, #25, #30, #34, #36, #37 and #38.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English), Chicago analyst, voice AI for drive-thru ordering. A year-on-year rate with
    #    both amounts; the series' unit is USD million (first printed), so "$2.1 billion" by 2030 is 2100 USD million;
    #    a stated 2024-2030 CAGR. Expected nowhere: title year 2025, 4,800 lanes, 1.3 billion orders, $11.40 check.
    dict(
        text=(
            "CHICAGO, Feb. 18, 2025 /PRNewswire/ -- Voice AI is now taking the order at a growing number of America's "
            "drive-thru windows, according to 'Drive-Thru Intelligence 2025', the annual study from Lakeshore "
            "Foodservice Analytics. U.S. restaurant operators spent $612 million on conversational voice AI for "
            "drive-thru lanes in 2024, up 21.4% from $504 million in 2023. The study, which draws on data from more "
            "than 4,800 lanes, estimates that the systems took roughly 1.3 billion orders last year at an average "
            "check of $11.40. Lakeshore expects the market to reach $2.1 billion by 2030, a compound annual growth "
            "rate of 22.8% between 2024 and 2030."
        ),
        obs=[
            ("Total", 2023, 504, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 504 - 1 = 21.43% -> 21.4
            ("cagr|implied", "exact"),  # (2100 / 612) ** (1 / 6) - 1 = 22.81% -> 22.8
        ],
    ),
    # 2. Broker note (English), AI-enabled self-ordering kiosks worldwide. Two channels with their shares of the printed
    #    whole; "about 2.8x its 2024 size" a multiple 2024->2029 (no verdict). Expected nowhere: PT US$36 and 18% upside,
    #    KIQ's FY2024 revenue US$412m, 23% EBITDA margin, 4Q24 revenue US$118m, 9,600 locations, 12% ticket lift.
    dict(
        text=(
            "Harbor & Vine Securities | Equity Research | 14 January 2025\n"
            "KioskIQ Holdings (KIQ US): Overweight, PT US$36 (18% upside)\n"
            "Self-ordering gets smart. We size the global market for AI-enabled self-ordering kiosks at US$3.18bn in "
            "2024. Quick-service chains are the backbone at US$2.07bn, or 65% of the total, while fast-casual "
            "operators contribute US$0.64bn (20%). By 2029 we see the market at US$8.9bn, about 2.8x its 2024 size, "
            "as upsell engines and menu personalisation move onto the screen. KIQ closed FY2024 with revenue of "
            "US$412m and a 23% EBITDA margin; 4Q24 revenue was US$118m. Its software now runs in 9,600 restaurant "
            "locations, where operators report a 12% lift in average ticket."
        ),
        obs=[
            ("Total", 2024, 3.18, "USD billion", "actual"),
            ("Quick-service chains", 2024, 2.07, "USD billion", "actual"),
            ("Fast-casual operators", 2024, 0.64, "USD billion", "actual"),
            ("Total", 2029, 8.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 65, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
            ("multiple", 2.8, "multiple", 2024, 2029, 5.0),     # 8.9 / 3.18 = 2.80; no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.07 / 3.18 = 65.09% -> 65
            ("arithmetic", "exact"),  # 0.64 / 3.18 = 20.13% -> 20
        ],
    ),
    # 3. Trade-news article (English) quoting two publishers on kitchen automation and cooking robots. The first
    #    publisher's CAGR is only rounding-consistent; the second publisher's 2030 figure (US$9.6 billion) is expected
    #    nowhere. Also nowhere: the whole foodservice industry's US$3.4 trillion, 75% labour turnover.
    dict(
        text=(
            "The Kitchen Ledger, 9 April 2025 -- Robots at the fryer: forecasters split on how fast kitchens automate. "
            "Ashford Foodservice Analytics values the global market for kitchen automation and cooking robots, from "
            "burger-flipping arms to automated woks and fry stations, at US$2.4 billion in 2024, and projects that it "
            "will reach US$7.9 billion in 2030 -- what the firm calls a compound annual growth rate of 22.4% for "
            "2024-2030. Brightline Research, a rival consultancy, is more aggressive and puts the 2030 figure at "
            "US$9.6 billion. For perspective, the global foodservice industry turns over roughly US$3.4 trillion a "
            "year, and staff turnover at quick-service chains still runs near 75%."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.9 / 2.4) ** (1 / 6) - 1 = 21.97% -> 22.0, not 22.4; bounds (7.85 / 2.45) -> 21.42%,
            # (7.95 / 2.35) -> 22.52%: 22.4 is reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Earnings-call transcript (English), restaurant demand-forecasting and inventory software vendor. The TAM sized
    #    "this year" is the market's Total for the call's year (2025, estimate, approximate at its printed figure);
    #    "grows more than fivefold by 2032" a multiple x5 over 7 years. Expected nowhere: Q4 revenue $58.3 million and
    #    its 31% growth, ARR $241 million, 27,400 locations, 74% gross margin, 20% share goal, 2.1 percentage points.
    dict(
        text=(
            "Tillwise Inc. (TLWS) Q4 2024 Earnings Call Transcript, February 26, 2025\n"
            "Maya Okafor, Chief Executive Officer: Thanks, everyone. Fourth-quarter revenue was $58.3 million, up 31% "
            "year over year, and we exited the year with ARR of $241 million across 27,400 restaurant locations. Gross "
            "margin was 74%. Let me step back to the opportunity. We size the addressable market for AI demand "
            "forecasting and inventory software in North American restaurants at roughly $4.6 billion this year, and "
            "we think it grows more than fivefold by 2032 as operators retire spreadsheets and par sheets. Our goal "
            "is to hold 20% of that market. Customers on our forecasting module have cut food cost by 2.1 percentage "
            "points on average."
        ),
        obs=[
            ("Total", 2025, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2025, 2032, 7.0),        # "more than fivefold": x5; no 2032 amount, no verdict
        ],
        verdicts=[],
    ),
    # 5. Association yearbook (English), UK restaurants' AI demand-forecasting and inventory software. A year-on-year
    #    rate with both amounts; three segments with their shares of the printed whole ("Pubs and bars" only
    #    rounding-consistent). Expected nowhere: 2025 edition year, 11th edition, chapter 4, "about a third" (fraction
    #    in words), 1,140 operators surveyed, 1.1 million tonnes of food, £18.60 main course.
    dict(
        text=(
            "UK Hospitality Technology Yearbook 2025 (11th edition), Chapter 4: Forecasting and stock control. "
            "Operators across the UK spent £318 million on AI demand-forecasting and inventory software in 2024, "
            "against £262 million in 2023, an increase of 21.4%. Quick-service restaurants accounted for £141 million, "
            "or 44.3% of the total; pubs and bars for £87 million (27.5%); and casual dining for £64 million (20.1%), "
            "with the remainder spread across contract caterers and hotel restaurants. About a third of the 1,140 "
            "operators we surveyed now reorder stock automatically, yet the sector still throws away an estimated 1.1 "
            "million tonnes of food a year. The average main course in a casual-dining restaurant cost £18.60 in 2024."
        ),
        obs=[
            ("Total", 2023, 262, "GBP million", "actual"),
            ("Total", 2024, 318, "GBP million", "actual"),
            ("Quick-service restaurants", 2024, 141, "GBP million", "actual"),
            ("Pubs and bars", 2024, 87, "GBP million", "actual"),
            ("Casual dining", 2024, 64, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("share", 44.3, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 20.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 318 / 262 - 1 = 21.37% -> 21.4
            ("arithmetic", "exact"),    # 141 / 318 = 44.34% -> 44.3
            # 87 / 318 = 27.36% -> 27.4, not 27.5; bounds 86.5 / 318.5 = 27.16%, 87.5 / 317.5 = 27.56%: 27.5 reached
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),    # 64 / 318 = 20.13% -> 20.1
        ],
    ),
    # 6. Japanese research institute release (English), yen, cooking robots and kitchen automation. Fiscal years count
    #    as their number (fiscal 2024, April 2024-March 2025 -> 2024). The revised fiscal 2024 figure is the figure;
    #    the preliminary JPY 40.3 billion is expected nowhere. Also nowhere: 420 operators surveyed, their 61% (survey
    #    answer), 670,000 establishments.
    dict(
        text=(
            "TOKYO, June 12, 2025 -- Kanda Food Systems Research Institute today released its final estimate for "
            "Japan's market for cooking robots and kitchen automation systems. The market expanded to ¥41.6 billion in "
            "fiscal 2024 (April 2024-March 2025), revised up from the preliminary ¥40.3 billion the institute "
            "published in January, and 18.2% above the ¥35.2 billion of fiscal 2023. The institute forecasts "
            "¥78.0 billion for fiscal 2028, an average annual growth rate of 17.0% over fiscal 2024-2028. In its "
            "survey of 420 restaurant operators, 61% named staff shortages as the main reason to automate; Japan has "
            "some 670,000 eating and drinking establishments."
        ),
        obs=[
            ("Total", 2023, 35.2, "JPY billion", "actual"),
            ("Total", 2024, 41.6, "JPY billion", "actual"),
            ("Total", 2028, 78.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 17.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.6 / 35.2 - 1 = 18.18% -> 18.2
            ("cagr|implied", "exact"),  # (78.0 / 41.6) ** (1 / 4) - 1 = 17.02% -> 17.0
        ],
    ),
    # 7. Korean research house release (English), AI serving robots and tabletop ordering in South Korea. The series'
    #    unit is USD million (first printed); "US$1.12 billion" by 2029 is 1120 USD million. The stated 26.8% CAGR is
    #    contradicted by the amounts (a release error). Expected nowhere: 527 billion won (won), 150,000 restaurants,
    #    10,030 won minimum wage, 34% labour cost (no share of the market).
    dict(
        text=(
            "SEOUL, April 2, 2025 -- Hanbit Market Intelligence said Wednesday that South Korea's market for AI "
            "serving robots and tabletop ordering systems reached US$386 million in 2024, or about 527 billion won at "
            "average exchange rates. The Seoul-based firm forecasts US$1.12 billion by 2029, which it describes as a "
            "compound annual growth rate of 26.8% over 2024-2029. Tablet ordering is already used in more than "
            "150,000 restaurants, Hanbit said, as the minimum wage rose to 10,030 won an hour this year and labour "
            "makes up about 34% of a typical eatery's costs."
        ),
        obs=[
            ("Total", 2024, 386, "USD million", "actual"),
            ("Total", 2029, 1120, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1120 / 386) ** (1 / 5) - 1 = 23.74%, not 26.8; bounds (1115 / 386.5) -> 23.60%, (1125 / 385.5) -> 23.89%:
            # 26.8 is not reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Australian research house release (English), AI food-safety inspection vision in Asia-Pacific kitchens.
    #    "Last year" is 2024 and "this year" 2025 (dateline 2025, an estimate); "more than five times its 2020 level" a
    #    multiple x5 with no 2020 amount (no verdict); a 2028 range gives two value claims and no observation.
    #    Expected nowhere: US$118 million in the March quarter, 1,150-site trial, 38% fewer violations, 4.67 million
    #    cases of foodborne illness.
    dict(
        text=(
            "SYDNEY, 14 May 2025 -- Southern Cross Hospitality Research says camera-based AI that checks hygiene, "
            "handwashing and cold-chain temperatures in commercial kitchens is one of the fastest-growing corners of "
            "food-service technology in Asia-Pacific. The region's market for AI food-safety inspection vision was "
            "worth US$412 million last year, more than five times its 2020 level, and the firm expects US$505 million "
            "this year, growth of 22.6%. Looking further out, it sees the market at between US$800 million and "
            "US$950 million by 2028. Vendors booked US$118 million in the March quarter alone. Kitchens in the firm's "
            "1,150-site trial recorded 38% fewer critical violations; Australia alone logs an estimated 4.67 million "
            "cases of foodborne illness a year."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2025, 505, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2020, 2024, 4.0),        # no 2020 amount; no verdict
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
            ("value", 800, "USD million", 2028, 2028, None),
            ("value", 950, "USD million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 505 / 412 - 1 = 22.57% -> 22.6
        ],
    ),
    # 9. Provincial catering plan (Simplified Chinese), Sichuan. A year-on-year rate with both amounts; a target (力争)
    #    for 2027 and an approximate average rate over 2024-2027 only rounding-consistent. Expected nowhere: document
    #    number 川商务发〔2025〕12号, plan title years, 占比超过一半 (fraction in words), 餐饮收入4,620亿元 (whole catering
    #    market), 41万户 businesses, 40% coverage (penetration), 15家以上 firms.
    dict(
        text=(
            "四川省商务厅关于印发《四川省餐饮业数字化智能化转型行动方案（2025—2027年）》的通知（川商务发〔2025〕12号）\n"
            "一、发展现状。2024年，全省餐饮业人工智能应用市场规模达到24.6亿元，同比增长23.6%（2023年为19.9亿元），"
            "涵盖智能点餐、后厨自动化和智能供应链等场景，其中智能点餐占比超过一半。全年全省实现餐饮收入4,620亿元，"
            "餐饮经营主体约41万户。\n"
            "二、发展目标。到2027年，力争全省餐饮业人工智能应用市场规模达到42亿元，2024—2027年年均增长19%左右；"
            "连锁餐饮企业智能后厨覆盖率达到40%，培育15家以上在全国有影响力的餐饮科技企业。"
        ),
        obs=[
            ("Total", 2023, 19.9, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("Total", 2027, 42, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 24.6 / 19.9 - 1 = 23.62% -> 23.6
            # (42 / 24.6) ** (1 / 3) - 1 = 19.52% -> 20, not 19; bounds (41.5 / 24.65) -> 18.96%,
            # (42.5 / 24.55) -> 20.07%: 19 is reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Broker industry report (Simplified Chinese), commercial cooking robots in China. A year-on-year rate with both
    #     amounts; a channel with its share of the whole; a stated 2024-2028 CAGR only rounding-consistent. Expected
    #     nowhere: 餐饮收入5.57万亿元 and its 5.3% rate (whole catering market), the company's 营业收入12.4亿元, 毛利率41%,
    #     第四季度收入3.9亿元, 目标价38.5元 and 32%上涨空间.
    dict(
        text=(
            "华岳证券｜机械设备行业深度报告｜2025年3月27日\n"
            "后厨“机器换人”进入加速期。我们测算，2024年中国商用智能烹饪机器人市场规模约为46.8亿元，同比增长31.5%"
            "（2023年为35.6亿元）；其中连锁快餐渠道贡献27.9亿元，占比59.6%。展望未来，我们预计2028年市场规模将达到"
            "118亿元，2024—2028年CAGR为26.1%。行业层面，2024年全国餐饮收入5.57万亿元，同比增长5.3%，门店人力成本"
            "持续上行。重点公司2024年实现营业收入12.4亿元，毛利率41%，其中第四季度收入3.9亿元；首次覆盖给予“增持”"
            "评级，目标价38.5元，对应32%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 35.6, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("连锁快餐渠道", 2024, 27.9, "CNY 100 million", "actual"),
            ("Total", 2028, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 59.6, "percent", 2024, 2024, None),
            ("cagr", 26.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.8 / 35.6 - 1 = 31.46% -> 31.5
            ("arithmetic", "exact"),    # 27.9 / 46.8 = 59.62% -> 59.6
            # (118 / 46.8) ** (1 / 4) - 1 = 26.01% -> 26.0, not 26.1; bounds (117.5 / 46.85) -> 25.84%,
            # (118.5 / 46.75) -> 26.18%: 26.1 is reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Taipei wire (Traditional Chinese), New Taiwan dollars, AI ordering and smart POS in Taiwan's restaurants.
    #     去年 is 2024, 今年 2025 (dateline 2025, an estimate). Expected nowhere: 今（8）日, 612 firms surveyed and their
    #     58% (survey answer), 餐飲業營業額9,718億元 (whole restaurant industry), 第一季2,431億元 (a quarter).
    dict(
        text=(
            "（中央社記者台北2025年5月8日電）台灣餐飲科技研究院今（8）日發布報告指出，國內餐飲業導入AI點餐與智慧POS"
            "系統的市場規模，去年達新台幣28.4億元，較2023年的23.8億元成長19.3%；在人力短缺持續下，今年預估將再成長"
            "21%，達34.4億元。研究院調查612家業者，有58%表示今年內將增設自助點餐機。另據經濟部統計，去年餐飲業營業額"
            "達9,718億元，今年第一季為2,431億元。"
        ),
        obs=[
            ("Total", 2023, 23.8, "TWD 100 million", "actual"),
            ("Total", 2024, 28.4, "TWD 100 million", "actual"),
            ("Total", 2025, 34.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.4 / 23.8 - 1 = 19.33% -> 19.3
            ("cagr|implied", "exact"),  # 34.4 / 28.4 - 1 = 21.13% -> 21
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese), HK dollars, restaurants' spending on AI (food-safety vision,
    #     ordering, kitchen automation). 去年 is 2024. The stated 26.8% year-on-year rate is contradicted by the printed
    #     amounts (the association likely compared with a rebased 2023 base). A part with its share of the whole.
    #     Expected nowhere: 1.7萬間 licensed restaurants, 餐飲業總收益約1,160億港元 (whole market), 480家 members.
    dict(
        text=(
            "【本報訊】（2025年3月19日）香港餐飲科技協會昨日發表年度報告，指本港食肆在人工智能方案上的開支持續上升，"
            "涵蓋食安影像巡檢、智能點餐及後廚自動化等，去年市場規模達9.6億港元，按年增長26.8%；報告附表列出2023年"
            "為7.9億港元。當中後廚自動化方案佔2.9億港元，佔整體約30%。協會指，全港約1.7萬間持牌食肆仍以中小型為主，"
            "餐飲業去年總收益約1,160億港元；協會現有會員約480家。"
        ),
        obs=[
            ("Total", 2023, 7.9, "HKD 100 million", "actual"),
            ("Total", 2024, 9.6, "HKD 100 million", "actual"),
            ("後廚自動化方案", 2024, 2.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("share", 30, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 9.6 / 7.9 - 1 = 21.52%, not 26.8; bounds 9.55 / 7.95 - 1 = 20.13%, 9.65 / 7.85 - 1 = 22.93%:
            # 26.8 is not reached
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),        # 2.9 / 9.6 = 30.21% -> 30
        ],
    ),
    # 13. Taiwanese tech article (Traditional Chinese) quoting two publishers on delivery-platform AI dispatch and
    #     routing worldwide, in 億美元. The first publisher's figures and stated CAGR; the second publisher's 2030
    #     figure (150億美元) is expected nowhere. Also nowhere: the whole online food-delivery market (3,000億美元),
    #     900億筆 orders, 15萬 riders.
    dict(
        text=(
            "【數位時代／2025年5月6日】外送平台的勝負，愈來愈取決於演算法。研調機構凱程研究估計，2024年全球外送平台"
            "AI派單與路徑規劃市場規模為41億美元，預估2030年將達128億美元，2024至2030年年複合成長率20.9%。另一家研究"
            "機構北辰顧問則更為樂觀，認為2030年可上看150億美元。相較之下，全球線上外送市場去年規模已逾3,000億美元，"
            "全年訂單超過900億筆；台灣兩大平台旗下外送員合計約15萬人。"
        ),
        obs=[
            ("Total", 2024, 41, "USD 100 million", "actual"),
            ("Total", 2030, 128, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128 / 41) ** (1 / 6) - 1 = 20.89% -> 20.9
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese) citing the commerce ministry. 突破150亿元 is the 2024 Total at its printed
    #     figure; 同比增长约28% has no 2023 amount (no verdict); the robot fleet is a product count in 万台 with 增长3倍
    #     a multiple x3 over 2021-2024 (no verdict). Expected nowhere: 今年一季度 and its 41%, 餐饮收入5.57万亿元,
    #     200亿单 delivery orders.
    dict(
        text=(
            "新华社北京2025年4月16日电（记者王磊）记者从商务部获悉，我国餐饮业智能化改造步伐加快。2024年，智能点餐、"
            "炒菜机器人、智能配餐等智能餐饮装备市场规模突破150亿元，同比增长约28%。截至2024年底，全国餐饮服务机器人"
            "保有量约12.6万台，较2021年增长3倍。今年一季度，重点监测餐饮企业智能设备采购额同比增长41%。2024年全国"
            "餐饮收入5.57万亿元，网上外卖订单量超过200亿单。"
        ),
        obs=[
            ("Total", 2024, 150, "CNY 100 million", "actual"),
            ("餐饮服务机器人", 2024, 12.6, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),          # no 2023 amount; no verdict
            ("multiple", 3, "multiple", 2021, 2024, 3.0),        # 增长3倍 keeps 3; no 2021 amount
        ],
        verdicts=[],
    ),
    # 15. Catering industry yearbook (Simplified Chinese), AI demand forecasting and smart inventory for restaurants.
    #     A CAGR whose span only its amounts' years give (inferred); a customer segment with its share of the whole.
    #     Expected nowhere: report year (2025), 第9卷, 第六章, 1,260 firms surveyed, 2.3个百分点, 3,000万人 employed.
    dict(
        text=(
            "《中国餐饮产业发展报告（2025）》（第9卷）第六章指出，餐饮企业对AI需求预测与智能库存管理系统的投入快速"
            "增长：2020年该市场规模为8.2亿元，2024年增至21.6亿元，年均复合增长率达27.4%。分客户类型看，连锁餐饮企业"
            "贡献13.8亿元，占63.9%。报告对1,260家餐饮企业的调查显示，使用此类系统的企业食材损耗率平均下降2.3个百分点；"
            "全国餐饮业从业人员已超过3,000万人。"
        ),
        obs=[
            ("Total", 2020, 8.2, "CNY 100 million", "actual"),
            ("Total", 2024, 21.6, "CNY 100 million", "actual"),
            ("连锁餐饮企业", 2024, 13.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 27.4, "percent", 2020, 2024, None, "inferred"),
            ("share", 63.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (21.6 / 8.2) ** (1 / 4) - 1 = 27.40% -> 27.4
            ("arithmetic", "exact"),    # 13.8 / 21.6 = 63.89% -> 63.9
        ],
    ),
    # 16. Consultancy exhibit (English), markdown pipe table by application with E and F columns and a Total row; the
    #     2025E total (8.61) is only reached by rounding (rows add to 8.60). A stated 2024-2027F CAGR in the note.
    #     Expected nowhere: edition season and year, exhibit number, 1,800 operators surveyed.
    dict(
        text=(
            "Foodservice Tech Partners -- Restaurant AI Market Monitor, Spring 2025 edition\n"
            "Exhibit 4: Global restaurant spending on AI, by application (US$ billion)\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI ordering (kiosk, voice, chat) | 2.84 | 3.46 | 4.21 | 6.12 |\n"
            "| Kitchen automation & robotics | 1.37 | 1.74 | 2.22 | 3.58 |\n"
            "| Demand forecasting & inventory | 0.92 | 1.18 | 1.49 | 2.37 |\n"
            "| Food-safety vision | 0.41 | 0.53 | 0.68 | 1.09 |\n"
            "| Total | 5.54 | 6.91 | 8.61 | 13.16 |\n"
            "Note: E = estimate, F = forecast. Total spending grows at a 24.0% CAGR over 2024-2027F. Delivery-platform "
            "dispatch software is excluded. Based on a survey of 1,800 operators; figures may not sum due to rounding."
        ),
        obs=[
            ("AI ordering (kiosk, voice, chat)", 2023, 2.84, "USD billion", "actual"),
            ("AI ordering (kiosk, voice, chat)", 2024, 3.46, "USD billion", "actual"),
            ("AI ordering (kiosk, voice, chat)", 2025, 4.21, "USD billion", "estimate"),
            ("AI ordering (kiosk, voice, chat)", 2027, 6.12, "USD billion", "estimate"),
            ("Kitchen automation & robotics", 2023, 1.37, "USD billion", "actual"),
            ("Kitchen automation & robotics", 2024, 1.74, "USD billion", "actual"),
            ("Kitchen automation & robotics", 2025, 2.22, "USD billion", "estimate"),
            ("Kitchen automation & robotics", 2027, 3.58, "USD billion", "estimate"),
            ("Demand forecasting & inventory", 2023, 0.92, "USD billion", "actual"),
            ("Demand forecasting & inventory", 2024, 1.18, "USD billion", "actual"),
            ("Demand forecasting & inventory", 2025, 1.49, "USD billion", "estimate"),
            ("Demand forecasting & inventory", 2027, 2.37, "USD billion", "estimate"),
            ("Food-safety vision", 2023, 0.41, "USD billion", "actual"),
            ("Food-safety vision", 2024, 0.53, "USD billion", "actual"),
            ("Food-safety vision", 2025, 0.68, "USD billion", "estimate"),
            ("Food-safety vision", 2027, 1.09, "USD billion", "estimate"),
            ("Total", 2023, 5.54, "USD billion", "actual"),
            ("Total", 2024, 6.91, "USD billion", "actual"),
            ("Total", 2025, 8.61, "USD billion", "estimate"),
            ("Total", 2027, 13.16, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.16 / 6.91) ** (1 / 3) - 1 = 23.95% -> 24.0
            ("hierarchy", "exact"),     # 2023: 2.84 + 1.37 + 0.92 + 0.41 = 5.54
            ("hierarchy", "exact"),     # 2024: 3.46 + 1.74 + 1.18 + 0.53 = 6.91
            # 2025E: 4.21 + 2.22 + 1.49 + 0.68 = 8.60, not 8.61; rows at +0.005 each give 8.62 >= 8.605: reached
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2027F: 6.12 + 3.58 + 2.37 + 1.09 = 13.16
        ],
    ),
    # 17. Thai research house table (English), space-aligned, Asia-Pacific restaurant AI spending by market, with a
    #     Total row, a y/y column and an outlet-count column. Thailand's printed 13.5 is a transposition of 31.5 and
    #     its amounts contradict it. Expected nowhere: report number 7/2025, table number, the Outlets ('000) column,
    #     THB 2.4 billion (baht).
    dict(
        text=(
            "Siam Foodservice Insight (Bangkok), Research Report No. 7/2025, April 2025\n"
            "Table 2. Asia-Pacific: restaurant spending on AI ordering, kitchen and forecasting tools (US$ million)\n"
            "Market             2023       2024    y/y %    Outlets ('000)\n"
            "Japan             412.5      497.8     20.7               670\n"
            "South Korea       226.3      281.9     24.6               790\n"
            "Australia         148.7      181.2     21.9                68\n"
            "Thailand           52.4       68.9     13.5               310\n"
            "Singapore          37.8       45.1     19.3                 8\n"
            "Others             95.6      119.4     24.9             2,150\n"
            "Total             973.3    1,194.3     22.7             3,996\n"
            "Outlets are restaurant establishments counted by national statistics offices. Thailand's 2024 spending "
            "equals about THB 2.4 billion."
        ),
        obs=[
            ("Japan", 2023, 412.5, "USD million", "actual"),
            ("Japan", 2024, 497.8, "USD million", "actual"),
            ("South Korea", 2023, 226.3, "USD million", "actual"),
            ("South Korea", 2024, 281.9, "USD million", "actual"),
            ("Australia", 2023, 148.7, "USD million", "actual"),
            ("Australia", 2024, 181.2, "USD million", "actual"),
            ("Thailand", 2023, 52.4, "USD million", "actual"),
            ("Thailand", 2024, 68.9, "USD million", "actual"),
            ("Singapore", 2023, 37.8, "USD million", "actual"),
            ("Singapore", 2024, 45.1, "USD million", "actual"),
            ("Others", 2023, 95.6, "USD million", "actual"),
            ("Others", 2024, 119.4, "USD million", "actual"),
            ("Total", 2023, 973.3, "USD million", "actual"),
            ("Total", 2024, 1194.3, "USD million", "actual"),
        ],
        claims=[
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 497.8 / 412.5 - 1 = 20.68% -> 20.7
            ("cagr|implied", "exact"),         # 281.9 / 226.3 - 1 = 24.57% -> 24.6
            ("cagr|implied", "exact"),         # 181.2 / 148.7 - 1 = 21.86% -> 21.9
            # 68.9 / 52.4 - 1 = 31.49%, not 13.5; bounds 68.85 / 52.45 - 1 = 31.27%, 68.95 / 52.35 - 1 = 31.71%:
            # 13.5 is not reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 45.1 / 37.8 - 1 = 19.31% -> 19.3
            ("cagr|implied", "exact"),         # 119.4 / 95.6 - 1 = 24.90% -> 24.9
            ("cagr|implied", "exact"),         # 1194.3 / 973.3 - 1 = 22.71% -> 22.7
            ("hierarchy", "exact"),            # 2023: 412.5 + 226.3 + 148.7 + 52.4 + 37.8 + 95.6 = 973.3
            ("hierarchy", "exact"),            # 2024: 497.8 + 281.9 + 181.2 + 68.9 + 45.1 + 119.4 = 1194.3
        ],
    ),
    # 18. Broker table (Simplified Chinese), tab-separated, China restaurant AI by application in 亿元, with an E
    #     column, a 2024 share column and a 合计 row (its 100.0% is no claim). Expected nowhere: table number 3,
    #     790万家 outlets, the report date.
    dict(
        text=(
            "表3  中国餐饮业人工智能应用市场规模（按应用场景）\n"
            "单位：亿元\n"
            "应用场景\t2023年\t2024年\t2025E\t2024年占比\n"
            "智能点餐与收银\t38.6\t47.2\t57.9\t49.7%\n"
            "后厨自动化设备\t21.4\t28.7\t38.5\t30.2%\n"
            "需求预测与智能订货\t9.8\t13.1\t17.6\t13.8%\n"
            "食品安全AI巡检\t4.3\t5.9\t7.8\t6.2%\n"
            "合计\t74.1\t94.9\t121.8\t100.0%\n"
            "资料来源：长江楚源证券研究所测算，2025年4月。注：E为预测值；同期全国餐饮门店约790万家，不含外卖平台调度系统。"
        ),
        obs=[
            ("智能点餐与收银", 2023, 38.6, "CNY 100 million", "actual"),
            ("智能点餐与收银", 2024, 47.2, "CNY 100 million", "actual"),
            ("智能点餐与收银", 2025, 57.9, "CNY 100 million", "estimate"),
            ("后厨自动化设备", 2023, 21.4, "CNY 100 million", "actual"),
            ("后厨自动化设备", 2024, 28.7, "CNY 100 million", "actual"),
            ("后厨自动化设备", 2025, 38.5, "CNY 100 million", "estimate"),
            ("需求预测与智能订货", 2023, 9.8, "CNY 100 million", "actual"),
            ("需求预测与智能订货", 2024, 13.1, "CNY 100 million", "actual"),
            ("需求预测与智能订货", 2025, 17.6, "CNY 100 million", "estimate"),
            ("食品安全AI巡检", 2023, 4.3, "CNY 100 million", "actual"),
            ("食品安全AI巡检", 2024, 5.9, "CNY 100 million", "actual"),
            ("食品安全AI巡检", 2025, 7.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 74.1, "CNY 100 million", "actual"),
            ("合计", 2024, 94.9, "CNY 100 million", "actual"),
            ("合计", 2025, 121.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 49.7, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
            ("share", 6.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 47.2 / 94.9 = 49.74% -> 49.7
            ("arithmetic", "exact"),  # 28.7 / 94.9 = 30.24% -> 30.2
            ("arithmetic", "exact"),  # 13.1 / 94.9 = 13.80% -> 13.8
            ("arithmetic", "exact"),  # 5.9 / 94.9 = 6.22% -> 6.2
            ("hierarchy", "exact"),   # 2023: 38.6 + 21.4 + 9.8 + 4.3 = 74.1
            ("hierarchy", "exact"),   # 2024: 47.2 + 28.7 + 13.1 + 5.9 = 94.9
            ("hierarchy", "exact"),   # 2025E: 57.9 + 38.5 + 17.6 + 7.8 = 121.8
        ],
    ),
    # 19. Japanese white-paper table (English), space-aligned, fiscal years as rows (FY2024 -> 2024), segment columns
    #     and a Total column in ¥ billion; FY2023's Total (51.0) only reached by rounding (columns add to 50.9). A stated
    #     FY2024-FY2026F CAGR in the note. Expected nowhere: white-paper year, figure number, ¥33.6 trillion eating-out
    #     sales (whole market).
    dict(
        text=(
            "Nihonbashi Food Research, Restaurant Technology White Paper 2025 (published July 2025)\n"
            "Figure 3-2  Japan: restaurant-sector spending on AI by application (¥ billion, fiscal years)\n"
            "Fiscal year   Ordering & payment   Kitchen automation   Forecasting & inventory   Total\n"
            "FY2021                      18.4                  9.6                       4.1    32.1\n"
            "FY2022                      22.7                 12.3                       5.4    40.4\n"
            "FY2023                      27.9                 15.8                       7.2    51.0\n"
            "FY2024                      33.6                 20.1                       9.5    63.2\n"
            "FY2025F                     39.8                 25.3                      12.4    77.5\n"
            "FY2026F                     46.5                 31.4                      15.9    93.8\n"
            "F = forecast. Total spending is forecast to rise at a CAGR of 21.8% over FY2024-FY2026F. Sales of "
            "Japan's eating-out industry totalled ¥33.6 trillion in FY2024. Totals may not add due to rounding."
        ),
        obs=[
            ("Ordering & payment", 2021, 18.4, "JPY billion", "actual"),
            ("Ordering & payment", 2022, 22.7, "JPY billion", "actual"),
            ("Ordering & payment", 2023, 27.9, "JPY billion", "actual"),
            ("Ordering & payment", 2024, 33.6, "JPY billion", "actual"),
            ("Ordering & payment", 2025, 39.8, "JPY billion", "estimate"),
            ("Ordering & payment", 2026, 46.5, "JPY billion", "estimate"),
            ("Kitchen automation", 2021, 9.6, "JPY billion", "actual"),
            ("Kitchen automation", 2022, 12.3, "JPY billion", "actual"),
            ("Kitchen automation", 2023, 15.8, "JPY billion", "actual"),
            ("Kitchen automation", 2024, 20.1, "JPY billion", "actual"),
            ("Kitchen automation", 2025, 25.3, "JPY billion", "estimate"),
            ("Kitchen automation", 2026, 31.4, "JPY billion", "estimate"),
            ("Forecasting & inventory", 2021, 4.1, "JPY billion", "actual"),
            ("Forecasting & inventory", 2022, 5.4, "JPY billion", "actual"),
            ("Forecasting & inventory", 2023, 7.2, "JPY billion", "actual"),
            ("Forecasting & inventory", 2024, 9.5, "JPY billion", "actual"),
            ("Forecasting & inventory", 2025, 12.4, "JPY billion", "estimate"),
            ("Forecasting & inventory", 2026, 15.9, "JPY billion", "estimate"),
            ("Total", 2021, 32.1, "JPY billion", "actual"),
            ("Total", 2022, 40.4, "JPY billion", "actual"),
            ("Total", 2023, 51.0, "JPY billion", "actual"),
            ("Total", 2024, 63.2, "JPY billion", "actual"),
            ("Total", 2025, 77.5, "JPY billion", "estimate"),
            ("Total", 2026, 93.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.8, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (93.8 / 63.2) ** (1 / 2) - 1 = 21.83% -> 21.8
            ("hierarchy", "exact"),     # FY2021: 18.4 + 9.6 + 4.1 = 32.1
            ("hierarchy", "exact"),     # FY2022: 22.7 + 12.3 + 5.4 = 40.4
            # FY2023: 27.9 + 15.8 + 7.2 = 50.9, not 51.0; columns at +0.05 each give 51.05 >= 50.95: reached
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # FY2024: 33.6 + 20.1 + 9.5 = 63.2
            ("hierarchy", "exact"),     # FY2025F: 39.8 + 25.3 + 12.4 = 77.5
            ("hierarchy", "exact"),     # FY2026F: 46.5 + 31.4 + 15.9 = 93.8
        ],
    ),
    # 20. Research note table (English), markdown pipe, years as rows under a lone column headed by its unit only
    #     (the market's Total), EU food-delivery platforms' AI dispatch spending. A stated 2020-2025F CAGR only
    #     rounding-consistent; an implied 2025F growth rate. Expected nowhere: note number 12/2025, list numbers (1)-(4),
    #     2.9 billion orders, €61 billion delivery GMV (whole food-delivery market).
    dict(
        text=(
            "Brussels Digital Commerce Observatory -- Research Note 12/2025 (3 June 2025)\n"
            "EU-27: food-delivery platforms' spending on AI dispatch, batching and routing\n"
            "| Year | € million |\n"
            "|---|---:|\n"
            "| 2020 | 46 |\n"
            "| 2021 | 71 |\n"
            "| 2022 | 98 |\n"
            "| 2023 | 127 |\n"
            "| 2024 | 163 |\n"
            "| 2025F | 204 |\n"
            "Notes: (1) Compound annual growth 2020-2025F: 34.9%. (2) The 2025F figure implies growth of 25.2% on "
            "2024. (3) Platforms handled about 2.9 billion orders in 2024, and gross merchandise value of online food "
            "delivery in the EU reached €61 billion. (4) Excludes restaurants' in-house delivery fleets."
        ),
        obs=[
            ("Total", 2020, 46, "EUR million", "actual"),
            ("Total", 2021, 71, "EUR million", "actual"),
            ("Total", 2022, 98, "EUR million", "actual"),
            ("Total", 2023, 127, "EUR million", "actual"),
            ("Total", 2024, 163, "EUR million", "actual"),
            ("Total", 2025, 204, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 34.9, "percent", 2020, 2025, None, "stated"),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (204 / 46) ** (1 / 5) - 1 = 34.70% -> 34.7, not 34.9; bounds (203.5 / 46.5) -> 34.35%,
            # (204.5 / 45.5) -> 35.06%: 34.9 is reached
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 204 / 163 - 1 = 25.15% -> 25.2
        ],
    ),
    # 21. Earnings-call remarks: the TAM the company sizes is Total; "this year" (2025) is an estimate, "last year" 2024.
    # Nowhere: quarter revenue $38.6m and its 41%, 9,200 lanes, the $142-146m revenue guidance range.
    dict(
        text=(
            "Q3 fiscal 2025 earnings call, November 6, 2025 - prepared remarks (CEO): Revenue for the quarter came in "
            "at $38.6 million, up 41% year over year, and we are now live in more than 9,200 drive-through lanes. We "
            "are raising full-year revenue guidance to a range of $142 million to $146 million. Stepping back to the "
            "bigger picture: we size the total addressable market for AI voice ordering in U.S. quick-service "
            "drive-throughs at roughly $4.2 billion this year, up from about $3.3 billion last year, or nearly 27% "
            "growth. By 2029 we think that TAM reaches $11.5 billion, which works out to roughly 29% a year."
        ),
        obs=[
            ("Total", 2024, 3.3, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2029, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 29, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.2 / 3.3 - 1 = 27.27% -> 27
            ("cagr|period", "exact"),   # (11.5 / 4.2) ** (1 / 4) - 1 = 28.64% -> 29
        ],
    ),
    # 22. Research abstract: whole market plus its largest application (part and whole printed); CAGR printed one
    # tenth low. Nowhere: 412 operators surveyed, working-paper number, 26-month payback.
    dict(
        text=(
            "Abstract. Commercial kitchens are adopting robotic fryers, wok stations and automated beverage arms to "
            "offset chronic labour shortages. Drawing on vendor shipment data and a survey of 412 operators (Working "
            "Paper KR-2291), we estimate that the global commercial kitchen robotics market was worth USD 2.37 billion "
            "in 2023. Frying and grilling robots were the largest application, at USD 0.81 billion, or 34.2% of the "
            "total. Under our base case the market reaches USD 9.84 billion in 2031, a CAGR of 19.4% between 2023 and "
            "2031; respondents expected payback within 26 months on average."
        ),
        obs=[
            ("Total", 2023, 2.37, "USD billion", "actual"),
            ("Frying and grilling robots", 2023, 0.81, "USD billion", "actual"),
            ("Total", 2031, 9.84, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34.2, "percent", 2023, 2023, None),
            ("cagr", 19.4, "percent", 2023, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 0.81 / 2.37 = 34.18% -> 34.2
            ("cagr|implied", "rounding"),  # (9.84 / 2.37) ** (1 / 8) - 1 = 19.48% -> 19.5, not 19.4;
                                           # bounds (9.835 / 2.375) ** (1/8) - 1 = 19.44% .. (9.845 / 2.365) ** (1/8) - 1 = 19.52%: 19.4 reached
        ],
    ),
    # 23. LinkedIn post: two actual years and a "+" target; a segment's share with no amount (no verdict).
    # Nowhere: 500+ units, 14 stores, "about a third", ~8% of food binned (not a market share).
    dict(
        text=(
            "Posted 11 Mar 2025 - Ops lead, multi-brand QSR group\n"
            "Hot take: AI demand forecasting for restaurants isn't a niche anymore. Per the latest FoodTech Pulse "
            "tracker, spend on AI forecasting + inventory tools hit $1.18B in 2024, vs $0.86B in 2023 - that's +37% "
            "YoY. Chains with 500+ units are ~60% of it. Their outlook: $2.4B+ by 2027. We piloted one at 14 of our "
            "stores last year and cut waste by about a third (the typical restaurant bins ~8% of what it buys). "
            "#restaurants #AI #foodwaste"
        ),
        obs=[
            ("Total", 2023, 0.86, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2027, 2.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 37, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.18 / 0.86 - 1 = 37.21% -> 37
        ],
    ),
    # 24. Press release with dateline: series in USD million, the 2029 figure printed in billions converted to 1880;
    # a country's part and share. Nowhere: Kestrel's US$710m (second publisher, same year), US$18bn of food orders
    # (whole delivery market), 1.3 million riders.
    dict(
        text=(
            "SINGAPORE, 14 May 2025 /PRNewswire/ -- Southeast Asia's market for AI-based dispatch and routing "
            "software used by food-delivery platforms reached US$640 million in 2024, according to a new study "
            "released today by Meridian Mobility Research. Indonesia was the largest country market at US$205 "
            "million, or 32% of the regional total. Meridian forecasts the market to grow at 24% a year over "
            "2024-2029, to US$1.88 billion. The region's platforms handled some US$18 billion of food orders last year "
            "and relied on more than 1.3 million riders. A separate estimate by Kestrel Analytics, cited in the "
            "study, puts 2024 spending at US$710 million."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Indonesia", 2024, 205, "USD million", "actual"),
            ("Total", 2029, 1880, "USD million", "estimate"),
        ],
        claims=[
            ("share", 32, "percent", 2024, 2024, None),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 205 / 640 = 32.03% -> 32
            ("cagr|implied", "exact"),  # (1880 / 640) ** (1 / 5) - 1 = 24.05% -> 24
        ],
    ),
    # 25. Web article with a correction: $521m is the figure, $512m nowhere; 2030's $1.6 billion converted to USD million.
    # Nowhere: ~7% penetration, $1,200 kit price, 48,000 kitchens audited.
    dict(
        text=(
            "AI camera checks move into the kitchen\n"
            "Published 28 January 2025 - Updated 3 February 2025\n"
            "Correction: an earlier version of this article put the 2024 market at $512 million; the correct figure "
            "is $521 million.\n"
            "Computer-vision systems that watch prep lines for glove, hairnet and holding-temperature violations are "
            "spreading across North American commercial kitchens. Spending on such food-safety inspection vision "
            "reached $521 million in 2024, according to analysts at Larchmont Foodservice Advisors, who see it "
            "climbing to $1.6 billion by 2030 - a compound annual growth rate of 20.5% over 2024-2030. Penetration is "
            "still low, at about 7% of eligible kitchens, and a typical camera kit lists at $1,200 per site. Health "
            "departments in the two pilot states audited some 48,000 kitchens last year."
        ),
        obs=[
            ("Total", 2024, 521, "USD million", "actual"),
            ("Total", 2030, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (1600 / 521) ** (1 / 6) - 1 = 20.56% -> 20.6, not 20.5;
                                           # bounds (1550 / 521.5) ** (1/6) - 1 = 19.91% .. (1650 / 520.5) ** (1/6) - 1 = 21.20%: 20.5 reached
        ],
    ),
    # 26. Investor-day slide bullets: the TAM is Total; 2028E estimate; a multiple against 2020 (no 2020 amount).
    # Nowhere: slide number, 265,000 locations, 15% share target, 62% gross margin target.
    dict(
        text=(
            "Investor Day 2025 - Slide 14: Sizing the opportunity\n"
            "- TAM: AI-assisted self-order kiosks (upsell, personalization), U.S. + Canada\n"
            "- 2024: $3.1B -> 2028E: $5.9B\n"
            "- 2024-28E CAGR: ~17%\n"
            "- Market already 2.4x its 2020 size\n"
            "- ~265,000 limited-service locations in scope\n"
            "- Our goal: 15% share by FY2028 | gross margin target 62%"
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2028, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
            ("multiple", 2.4, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.9 / 3.1) ** (1 / 4) - 1 = 17.46% -> 17
        ],
    ),
    # 27. Tokyo research institute release in yen (fiscal years as their number); a product's unit count is an
    # observation. Nowhere: 1,020 operators, ~¥33 trillion eating-out industry, ¥275,000 report price.
    dict(
        text=(
            "TOKYO, July 10, 2025 - Domestic spending on AI and robotics for restaurants - ordering tablets with "
            "recommendation engines, serving and cooking robots, and AI-based staffing and purchasing tools - rose "
            "12.8% to ¥48.5 billion in fiscal 2024 from ¥43.0 billion a year earlier, Shinagawa Research Institute "
            "said in its latest survey of 1,020 operators. Shipments of serving robots reached 11,400 units in the "
            "year. The institute expects the market to expand to ¥92.0 billion by fiscal 2030, average annual growth "
            "of 11.3% between fiscal 2024 and fiscal 2030. By comparison, Japan's eating-out industry as a whole is "
            "worth around ¥33 trillion. The full report is priced at ¥275,000."
        ),
        obs=[
            ("Total", 2023, 43.0, "JPY billion", "actual"),
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Serving robots", 2024, 11400, "count", "actual"),
            ("Total", 2030, 92.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("cagr", 11.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.5 / 43.0 - 1 = 12.79% -> 12.8
            ("cagr|implied", "exact"),  # (92.0 / 48.5) ** (1 / 6) - 1 = 11.26% -> 11.3
        ],
    ),
    # 28. UK forum answer quoting a report: INTENTIONALLY INCONSISTENT 22% (the report restated 2023); a part and share.
    # Nowhere: ~£100bn eating-out market, 3 sites, £89 a month.
    dict(
        text=(
            "Re: How big is the AI market for UK restaurants? - answered by hospitality_ops_guy\n"
            "Going off the Caterwise UK report I bought for work: AI tools for hospitality (forecasting, rota "
            "scheduling, ordering) came to about £310m in 2023 and £388m in 2024. The report calls that 22% growth, "
            "which I can't make add up - I think they restated 2023 somewhere. Ordering tools (kiosks, QR and voice) "
            "made up £95m of the 2024 number, call it 24%. For context, the whole UK eating-out market is ~£100bn, so "
            "this is still tiny. I run 3 sites and our EPOS add-on costs £89 a month."
        ),
        obs=[
            ("Total", 2023, 310, "GBP million", "actual"),
            ("Total", 2024, 388, "GBP million", "actual"),
            ("Ordering tools", 2024, 95, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 388 / 310 - 1 = 25.16%; bounds 387.5 / 310.5 - 1 = 24.80% .. 388.5 / 309.5 - 1 = 25.53%: 22 not reached
            ("arithmetic", "exact"),           # 95 / 388 = 24.48% -> 24
        ],
    ),
    # 29. Provincial catering plan (Simplified): 2024 base actual, 2027 target (力争突破) an estimate, rate without span.
    # Nowhere: plan title years 2025—2027, document number, 100 demo restaurants, 10 firms, 3200亿元 catering revenue.
    dict(
        text=(
            "新华日报讯（2025年4月9日）日前，省商务厅印发《江苏省餐饮业智能化提升行动方案（2025—2027年）》"
            "（苏商服〔2025〕41号）。《方案》明确，2024年全省餐饮领域智能点餐、后厨自动化和AI供应链等应用"
            "市场规模为58亿元，到2027年力争突破120亿元，年均增长27%以上。同时，将培育100家智慧餐厅示范店"
            "和10家骨干解决方案企业。据统计，2024年全省餐饮收入约3200亿元。"
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
    # 30. Taiwan wire story on statistics-office figures (Traditional), 新台幣億元; rate printed from unrounded inputs.
    # Nowhere: 9,800億元 restaurant turnover, 16.9萬家 restaurants, Q1 spending 11.2億元 and its 年增逾兩成.
    dict(
        text=(
            "【中央社記者林怡君台北2025年5月20日電】經濟部統計處今天發布餐飲業數位轉型調查指出，2024年國內"
            "餐飲業導入AI點餐、自助點餐機及語音點餐的相關市場規模達新台幣42.6億元，較2023年的36億元成長18.5%；"
            "其中自助點餐機24.7億元，占比約58%。統計處表示，2024年餐飲業營業額約9,800億元，全台餐廳家數約"
            "16.9萬家；今年第1季相關支出約11.2億元，年增逾兩成。"
        ),
        obs=[
            ("Total", 2023, 36, "TWD 100 million", "actual"),
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("自助點餐機", 2024, 24.7, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 42.6 / 36 - 1 = 18.33% -> 18.3, not 18.5;
                                           # bounds 42.55 / 36.5 - 1 = 16.58% .. 42.65 / 35.5 - 1 = 20.14%: 18.5 reached
            ("arithmetic", "exact"),       # 24.7 / 42.6 = 57.98% -> 58
        ],
    ),
    # 31. Hong Kong consultancy report (Traditional) in 億港元: year-on-year rate and a CAGR with printed span.
    # Nowhere: 1.6萬間食肆, HK$68 lunch set, Q1 purchases 1.3億港元.
    dict(
        text=(
            "（香港2025年3月18日訊）本地一家顧問公司發表的報告指，本港餐飲業智能廚房設備及烹飪機械人市場規模，"
            "2024年約為4.86億港元，較2023年的3.9億港元增長約25%。報告預計，2024至2027年市場將以約24%的"
            "年均複合增長率擴張，2027年達9.3億港元。報告又指，全港現有約1.6萬間持牌食肆，一份午市套餐平均"
            "售價已升至68元；今年第一季有關設備採購額約1.3億港元。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2027, 9.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 3.9 - 1 = 24.62% -> 25
            ("cagr|implied", "exact"),  # (9.3 / 4.86) ** (1 / 3) - 1 = 24.15% -> 24
        ],
    ),
    # 32. PTT stock-board post (Traditional): 成長3倍 kept as x3; 上看 target an estimate; CAGR span only from years.
    # Nowhere: vendor A's own revenue 12.3億元, 目標價580元, 上漲空間22%, post time.
    dict(
        text=(
            "作者 foodtech_tw 看板 Stock\n"
            "標題 [情報] 餐飲AI備料系統 投顧：2026年上看16億\n"
            "時間 Thu Jun 12 09:41:27 2025\n"
            "某投顧最新報告整理：台灣餐飲業AI需求預測與庫存管理（自動叫貨、備料建議）市場，2024年規模為新台幣"
            "11.5億元，較2021年成長3倍；預估2026年上看16億元，年複合成長率約18%。報告點名的系統商A公司2024年"
            "營收12.3億元，目標價580元、潛在上漲空間22%。\n"
            "心得：餐廳缺工嚴重，這塊應該還會長。"
        ),
        obs=[
            ("Total", 2024, 11.5, "TWD 100 million", "actual"),
            ("Total", 2026, 16, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 18, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (16 / 11.5) ** (1 / 2) - 1 = 17.95% -> 18
        ],
    ),
    # 33. Broker deep-dive (Simplified): INTENTIONALLY INCONSISTENT 24.5% (looks computed on a rebased 2023 of ~69.4亿元);
    # 突破百亿元 an estimate at 100. Nowhere: report number, 409亿单 orders, 1000万 riders, 1.6万亿元 delivery market,
    # a third party's 92亿元 for 2024, Q1 2025 platform spending 24亿元.
    dict(
        text=(
            "【华辰证券·行业深度】即时配送智能调度系统：算法驱动降本（2025年8月，报告编号HC-2025-0817）\n"
            "我们测算，2024年我国即时配送智能调度系统市场规模约为86.4亿元，同比增长24.5%（2023年为71亿元）；"
            "预计2025年有望突破百亿元。同期全国即时配送订单量达409亿单，骑手规模超过1000万人，外卖市场整体"
            "规模约1.6万亿元。另据第三方机构测算，2024年该细分市场约为92亿元。2025年一季度，头部平台调度"
            "系统相关投入约24亿元。"
        ),
        obs=[
            ("Total", 2023, 71, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 86.4 / 71 - 1 = 21.69%; bounds 86.35 / 71.5 - 1 = 20.77% .. 86.45 / 70.5 - 1 = 22.62%: 24.5 not reached
        ],
    ),
    # 34. Catering association report (Simplified): series in 亿元, the 2030 1.1万亿元 converted to 11000; a part and
    # its share. Nowhere: report title year 2024, 5.57万亿元 catering revenue, 800万家 outlets.
    dict(
        text=(
            "（2025年1月）中国烹饪协会联合咨询机构发布的《2024中国餐饮智能化发展报告》显示，2023年我国餐饮"
            "智能化解决方案市场规模为3850亿元，其中后厨自动化设备（含炒菜机器人、智能炸炉等）808亿元，占比约"
            "21%。报告预计，2023—2030年该市场年均复合增长率为16.8%，到2030年将突破1.1万亿元。作为对照，"
            "2024年全国餐饮收入达5.57万亿元，全国餐饮门店约800万家。"
        ),
        obs=[
            ("Total", 2023, 3850, "CNY 100 million", "actual"),
            ("后厨自动化设备", 2023, 808, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 21, "percent", 2023, 2023, None),
            ("cagr", 16.8, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 808 / 3850 = 20.99% -> 21
            ("cagr|implied", "rounding"),  # (11000 / 3850) ** (1 / 7) - 1 = 16.18% -> 16.2, not 16.8;
                                           # bounds (10500 / 3850.5) ** (1/7) - 1 = 15.41% .. (11500 / 3849.5) ** (1/7) - 1 = 16.92%: 16.8 reached
        ],
    ),
    # 35. Zhihu answer (Simplified): 增长了1.25倍 kept as x1.25; 今年 (2025, from the posting date) an estimate.
    # Nowhere: 八年, 两家店, 客单价38元, a chain's own 12亿元 revenue.
    dict(
        text=(
            "问：餐饮AI点餐这个赛道现在有多大？\n"
            "答（发布于 2025-03-18）：谢邀，做了八年餐饮SaaS，说点数据。按我们内部引用的行业报告，2024年国内"
            "餐饮AI点餐（扫码点餐里的智能推荐、语音点单、自助机）市场在45亿元左右，比2022年的20亿元增长了1.25倍。"
            "今年有望做到55亿元，同比增长约22%。我自己开了两家店，客单价38元左右；某头部连锁去年说AI推荐带来了"
            "12亿元营收，那是它自己的数，别和行业规模混在一起。"
        ),
        obs=[
            ("Total", 2022, 20, "CNY 100 million", "actual"),
            ("Total", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.25, "multiple", 2022, 2024, 2.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 55 / 45 - 1 = 22.22% -> 22
        ],
    ),
    # 36. Markdown pipe table, segments as rows, E column, a share-of-2024 column (the 100.0% total is no claim).
    # 2025E total printed 10.65 against a row sum of 10.64.
    dict(
        text=(
            "Global AI-enabled restaurant technology spend by segment (USD billion)\n"
            "Source: FoodTech Pulse, March 2025\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | Share of 2024 |\n"
            "|---|---|---|---|---|\n"
            "| Voice & kiosk ordering | 2.14 | 2.71 | 3.35 | 31.6% |\n"
            "| Kitchen automation & robotics | 1.62 | 2.05 | 2.58 | 23.9% |\n"
            "| Demand forecasting & inventory | 0.91 | 1.24 | 1.58 | 14.5% |\n"
            "| Delivery dispatch AI | 1.37 | 1.74 | 2.11 | 20.3% |\n"
            "| Food-safety vision | 0.66 | 0.83 | 1.02 | 9.7% |\n"
            "| Total | 6.70 | 8.57 | 10.65 | 100.0% |\n"
            "\n"
            "Note: E = estimate. Figures may not add up due to rounding."
        ),
        obs=[
            ("Voice & kiosk ordering", 2023, 2.14, "USD billion", "actual"),
            ("Voice & kiosk ordering", 2024, 2.71, "USD billion", "actual"),
            ("Voice & kiosk ordering", 2025, 3.35, "USD billion", "estimate"),
            ("Kitchen automation & robotics", 2023, 1.62, "USD billion", "actual"),
            ("Kitchen automation & robotics", 2024, 2.05, "USD billion", "actual"),
            ("Kitchen automation & robotics", 2025, 2.58, "USD billion", "estimate"),
            ("Demand forecasting & inventory", 2023, 0.91, "USD billion", "actual"),
            ("Demand forecasting & inventory", 2024, 1.24, "USD billion", "actual"),
            ("Demand forecasting & inventory", 2025, 1.58, "USD billion", "estimate"),
            ("Delivery dispatch AI", 2023, 1.37, "USD billion", "actual"),
            ("Delivery dispatch AI", 2024, 1.74, "USD billion", "actual"),
            ("Delivery dispatch AI", 2025, 2.11, "USD billion", "estimate"),
            ("Food-safety vision", 2023, 0.66, "USD billion", "actual"),
            ("Food-safety vision", 2024, 0.83, "USD billion", "actual"),
            ("Food-safety vision", 2025, 1.02, "USD billion", "estimate"),
            ("Total", 2023, 6.70, "USD billion", "actual"),
            ("Total", 2024, 8.57, "USD billion", "actual"),
            ("Total", 2025, 10.65, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("share", 14.5, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 9.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.71 / 8.57 = 31.62% -> 31.6
            ("arithmetic", "exact"),  # 2.05 / 8.57 = 23.92% -> 23.9
            ("arithmetic", "exact"),  # 1.24 / 8.57 = 14.47% -> 14.5
            ("arithmetic", "exact"),  # 1.74 / 8.57 = 20.30% -> 20.3
            ("arithmetic", "exact"),  # 0.83 / 8.57 = 9.68% -> 9.7
            ("hierarchy", "exact"),     # 2023: 2.14 + 1.62 + 0.91 + 1.37 + 0.66 = 6.70
            ("hierarchy", "exact"),     # 2024: 2.71 + 2.05 + 1.24 + 1.74 + 0.83 = 8.57
            ("hierarchy", "rounding"),  # 2025E: 3.35 + 2.58 + 1.58 + 2.11 + 1.02 = 10.64 vs 10.65;
                                        # rows at +-0.005 give 10.615 .. 10.665, total 10.645 .. 10.655: reached
        ],
    ),
    # 37. Tab-separated vertical table (years as rows, fiscal years as their number) with a YoY column on the Total.
    # Items are the value columns' headers. Nowhere: table number, the "—" first YoY.
    dict(
        text=(
            "Table 2. Japan: restaurant AI and automation spending, fiscal years (¥ billion)\n"
            "Fiscal year\tOrdering & reservation AI\tKitchen & serving robots\tTotal\tYoY (%)\n"
            "FY2021\t18.4\t9.6\t28.0\t—\n"
            "FY2022\t22.1\t12.7\t34.8\t24.3\n"
            "FY2023\t26.3\t16.9\t43.2\t24.1\n"
            "FY2024\t30.2\t21.5\t51.7\t19.7\n"
            "FY2025E\t34.6\t27.0\t61.6\t19.2\n"
            "Source: Marunouchi Securities estimates (September 2025). Fiscal years end in March. E = estimate."
        ),
        obs=[
            ("Ordering & reservation AI", 2021, 18.4, "JPY billion", "actual"),
            ("Ordering & reservation AI", 2022, 22.1, "JPY billion", "actual"),
            ("Ordering & reservation AI", 2023, 26.3, "JPY billion", "actual"),
            ("Ordering & reservation AI", 2024, 30.2, "JPY billion", "actual"),
            ("Ordering & reservation AI", 2025, 34.6, "JPY billion", "estimate"),
            ("Kitchen & serving robots", 2021, 9.6, "JPY billion", "actual"),
            ("Kitchen & serving robots", 2022, 12.7, "JPY billion", "actual"),
            ("Kitchen & serving robots", 2023, 16.9, "JPY billion", "actual"),
            ("Kitchen & serving robots", 2024, 21.5, "JPY billion", "actual"),
            ("Kitchen & serving robots", 2025, 27.0, "JPY billion", "estimate"),
            ("Total", 2021, 28.0, "JPY billion", "actual"),
            ("Total", 2022, 34.8, "JPY billion", "actual"),
            ("Total", 2023, 43.2, "JPY billion", "actual"),
            ("Total", 2024, 51.7, "JPY billion", "actual"),
            ("Total", 2025, 61.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2021, 2022, 1.0),
            ("growth", 24.1, "percent", 2022, 2023, 1.0),
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 34.8 / 28.0 - 1 = 24.29% -> 24.3
            ("cagr|implied", "exact"),     # 43.2 / 34.8 - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),     # 51.7 / 43.2 - 1 = 19.68% -> 19.7
            ("cagr|implied", "rounding"),  # 61.6 / 51.7 - 1 = 19.15% -> 19.1, not 19.2;
                                           # bounds 61.55 / 51.75 - 1 = 18.94% .. 61.65 / 51.65 - 1 = 19.36%: 19.2 reached
            ("hierarchy", "exact"),  # FY2021: 18.4 + 9.6 = 28.0
            ("hierarchy", "exact"),  # FY2022: 22.1 + 12.7 = 34.8
            ("hierarchy", "exact"),  # FY2023: 26.3 + 16.9 = 43.2
            ("hierarchy", "exact"),  # FY2024: 30.2 + 21.5 = 51.7
            ("hierarchy", "exact"),  # FY2025E: 34.6 + 27.0 = 61.6
        ],
    ),
    # 38. Chinese markdown table (Simplified) with a CAGR column whose span is printed in its header; total row 合计 is
    # its own item. 2026E 合计 printed 126.3 against a row sum of 126.2. Nowhere: table number, source date.
    dict(
        text=(
            "表3 中国餐饮AI细分市场规模（单位：亿元）\n"
            "| 细分领域 | 2022 | 2023 | 2024 | 2026E | CAGR（2024—2026E） |\n"
            "|---|---|---|---|---|---|\n"
            "| AI点餐与语音交互 | 21.6 | 28.9 | 37.5 | 58.7 | 25.1% |\n"
            "| 后厨自动化与烹饪机器人 | 14.2 | 19.8 | 27.3 | 46.0 | 29.8% |\n"
            "| 需求预测与智能备货 | 8.7 | 11.4 | 14.9 | 21.5 | 20.1% |\n"
            "| 合计 | 44.5 | 60.1 | 79.7 | 126.3 | 25.9% |\n"
            "资料来源：行业访谈，东岳证券研究所整理（2025年6月）。注：E为预测值；合计数因四舍五入可能存在尾差。"
        ),
        obs=[
            ("AI点餐与语音交互", 2022, 21.6, "CNY 100 million", "actual"),
            ("AI点餐与语音交互", 2023, 28.9, "CNY 100 million", "actual"),
            ("AI点餐与语音交互", 2024, 37.5, "CNY 100 million", "actual"),
            ("AI点餐与语音交互", 2026, 58.7, "CNY 100 million", "estimate"),
            ("后厨自动化与烹饪机器人", 2022, 14.2, "CNY 100 million", "actual"),
            ("后厨自动化与烹饪机器人", 2023, 19.8, "CNY 100 million", "actual"),
            ("后厨自动化与烹饪机器人", 2024, 27.3, "CNY 100 million", "actual"),
            ("后厨自动化与烹饪机器人", 2026, 46.0, "CNY 100 million", "estimate"),
            ("需求预测与智能备货", 2022, 8.7, "CNY 100 million", "actual"),
            ("需求预测与智能备货", 2023, 11.4, "CNY 100 million", "actual"),
            ("需求预测与智能备货", 2024, 14.9, "CNY 100 million", "actual"),
            ("需求预测与智能备货", 2026, 21.5, "CNY 100 million", "estimate"),
            ("合计", 2022, 44.5, "CNY 100 million", "actual"),
            ("合计", 2023, 60.1, "CNY 100 million", "actual"),
            ("合计", 2024, 79.7, "CNY 100 million", "actual"),
            ("合计", 2026, 126.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 29.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 25.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.7 / 37.5) ** (1 / 2) - 1 = 25.11% -> 25.1
            ("cagr|implied", "exact"),  # (46.0 / 27.3) ** (1 / 2) - 1 = 29.81% -> 29.8
            ("cagr|implied", "exact"),  # (21.5 / 14.9) ** (1 / 2) - 1 = 20.12% -> 20.1
            ("cagr|implied", "exact"),  # (126.3 / 79.7) ** (1 / 2) - 1 = 25.88% -> 25.9
            ("hierarchy", "exact"),     # 2022: 21.6 + 14.2 + 8.7 = 44.5
            ("hierarchy", "exact"),     # 2023: 28.9 + 19.8 + 11.4 = 60.1
            ("hierarchy", "exact"),     # 2024: 37.5 + 27.3 + 14.9 = 79.7
            ("hierarchy", "rounding"),  # 2026E: 58.7 + 46.0 + 21.5 = 126.2 vs 126.3;
                                        # rows at +-0.05 give 126.05 .. 126.35, total 126.25 .. 126.35: reached
        ],
    ),
    # 39. Space-aligned Thai research-house table in USD million; the THB total row is no observation (baht not held).
    # A multiple for one row in the note. Nowhere: the THB 35.5 conversion rate, the THB row, the dateline.
    dict(
        text=(
            "Thailand: AI spending in food service by application\n"
            "USD million (converted at THB 35.5 per USD)                 Bangkok, October 2024\n"
            "\n"
            "Application                      2022      2023     2024E     2027F\n"
            "Delivery dispatch & routing      48.2      61.5      77.9     158.6\n"
            "Ordering kiosks & chatbots       22.7      29.4      37.8      71.2\n"
            "Kitchen automation                9.8      13.1      17.6      39.5\n"
            "Inventory & forecasting           7.4       9.6      12.3      24.9\n"
            "Total                            88.1     113.6     145.6     294.2\n"
            "Total (THB million)             3,128     4,033     5,169    10,444\n"
            "\n"
            "E = estimate; F = forecast. Delivery dispatch spend is projected at 2.6x its 2023 level by 2027. "
            "Source: Siam Analytica."
        ),
        obs=[
            ("Delivery dispatch & routing", 2022, 48.2, "USD million", "actual"),
            ("Delivery dispatch & routing", 2023, 61.5, "USD million", "actual"),
            ("Delivery dispatch & routing", 2024, 77.9, "USD million", "estimate"),
            ("Delivery dispatch & routing", 2027, 158.6, "USD million", "estimate"),
            ("Ordering kiosks & chatbots", 2022, 22.7, "USD million", "actual"),
            ("Ordering kiosks & chatbots", 2023, 29.4, "USD million", "actual"),
            ("Ordering kiosks & chatbots", 2024, 37.8, "USD million", "estimate"),
            ("Ordering kiosks & chatbots", 2027, 71.2, "USD million", "estimate"),
            ("Kitchen automation", 2022, 9.8, "USD million", "actual"),
            ("Kitchen automation", 2023, 13.1, "USD million", "actual"),
            ("Kitchen automation", 2024, 17.6, "USD million", "estimate"),
            ("Kitchen automation", 2027, 39.5, "USD million", "estimate"),
            ("Inventory & forecasting", 2022, 7.4, "USD million", "actual"),
            ("Inventory & forecasting", 2023, 9.6, "USD million", "actual"),
            ("Inventory & forecasting", 2024, 12.3, "USD million", "estimate"),
            ("Inventory & forecasting", 2027, 24.9, "USD million", "estimate"),
            ("Total", 2022, 88.1, "USD million", "actual"),
            ("Total", 2023, 113.6, "USD million", "actual"),
            ("Total", 2024, 145.6, "USD million", "estimate"),
            ("Total", 2027, 294.2, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2023, 2027, 4.0),  # 158.6 / 61.5 = 2.58 (no verdict for multiples)
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 48.2 + 22.7 + 9.8 + 7.4 = 88.1
            ("hierarchy", "exact"),  # 2023: 61.5 + 29.4 + 13.1 + 9.6 = 113.6
            ("hierarchy", "exact"),  # 2024E: 77.9 + 37.8 + 17.6 + 12.3 = 145.6
            ("hierarchy", "exact"),  # 2027F: 158.6 + 71.2 + 39.5 + 24.9 = 294.2
        ],
    ),
    # 40. Prospectus industry-overview table: years as rows, a lone value column headed only by its unit (HK$ million)
    # is Total; two CAGRs with printed spans below it. Nowhere: table number, footnote (1), nine cities.
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "Table 7: Market size of AI-enabled restaurant ordering solutions in the Greater Bay Area(1), 2020-2027F\n"
            "Year        HK$ million\n"
            "2020              212.4\n"
            "2021              268.9\n"
            "2022              351.7\n"
            "2023              476.0\n"
            "2024              639.5\n"
            "2025F             781.3\n"
            "2026F             936.8\n"
            "2027F           1,112.6\n"
            "CAGR 2020-2024: 31.7%        CAGR 2024-2027F: 20.3%\n"
            "Source: Report commissioned from Harbourview Consulting\n"
            "Note: (1) Hong Kong, Macau and the nine Pearl River Delta cities. F = forecast."
        ),
        obs=[
            ("Total", 2020, 212.4, "HKD million", "actual"),
            ("Total", 2021, 268.9, "HKD million", "actual"),
            ("Total", 2022, 351.7, "HKD million", "actual"),
            ("Total", 2023, 476.0, "HKD million", "actual"),
            ("Total", 2024, 639.5, "HKD million", "actual"),
            ("Total", 2025, 781.3, "HKD million", "estimate"),
            ("Total", 2026, 936.8, "HKD million", "estimate"),
            ("Total", 2027, 1112.6, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 31.7, "percent", 2020, 2024, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (639.5 / 212.4) ** (1 / 4) - 1 = 31.73% -> 31.7
            ("cagr|implied", "exact"),  # (1112.6 / 639.5) ** (1 / 3) - 1 = 20.27% -> 20.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 5, 'rounding': 14, 'exact': 90}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'CHICAGO, Feb. 18, 2025 /PRNewswire/',
    'Lakeshore expects the market to reach $2.1 billion by 2030',
    'Overweight, PT US$36 (18% upside)',
    'about 2.8x its 2024 size',
    'Brightline Research, a rival consultancy, is more aggressive',
    'at roughly $4.6 billion this year',
    'grows more than fivefold by 2032',
    'pubs and bars for £87 million (27.5%)',
    'revised up from the preliminary ¥40.3 billion',
    'or about 527 billion won at average exchange rates',
    'between US$800 million and US$950 million by 2028',
    '力争全省餐饮业人工智能应用市场规模达到42亿元',
    '其中智能点餐占比超过一半',
    '目标价38.5元，对应32%上涨空间',
    '今年預估將再成長21%，達34.4億元',
    '去年市場規模達9.6億港元，按年增長26.8%',
    '認為2030年可上看150億美元',
    '保有量约12.6万台，较2021年增长3倍',
    '2020年该市场规模为8.2亿元，2024年增至21.6亿元',
    '| Total | 5.54 | 6.91 | 8.61 | 13.16 |',
    'Thailand           52.4       68.9     13.5',
    '合计\t74.1\t94.9\t121.8\t100.0%',
    'FY2023                      27.9                 15.8                       7.2    51.0',
    '| Year | € million |',
    'roughly $4.2 billion this year, up from about $3.3 billion last year',
    'which works out to roughly 29% a year',
    'at USD 0.81 billion, or 34.2% of the total',
    "that's +37% YoY",
    'Their outlook: $2.4B+ by 2027',
    'grow at 24% a year over 2024-2029, to US$1.88 billion',
    'A separate estimate by Kestrel Analytics',
    'the correct figure is $521 million',
    '2024-28E CAGR: ~17%',
    'Market already 2.4x its 2020 size',
    'rose 12.8% to ¥48.5 billion in fiscal 2024 from ¥43.0 billion a year earlier',
    'Shipments of serving robots reached 11,400 units',
    'The report calls that 22% growth',
    '到2027年力争突破120亿元，年均增长27%以上',
    '較2023年的36億元成長18.5%',
    '2024年約為4.86億港元',
    '較2021年成長3倍',
    '预计2025年有望突破百亿元',
    '到2030年将突破1.1万亿元',
    '比2022年的20亿元增长了1.25倍',
    '| Total | 6.70 | 8.57 | 10.65 | 100.0% |',
    'FY2025E\t34.6\t27.0\t61.6\t19.2',
    'CAGR（2024—2026E）',
    'Total (THB million)',
    'Year        HK$ million',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 219
#: figures, 55 rates, 87 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-fifty-sixth, -fifty-eighth and -sixtieth sets: 262, 62, 107 and 0
FLOORS = {"figures_found": 262, "rates_found": 62, "verdicts_right": 108}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset162.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
