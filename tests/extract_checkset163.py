"""A hundred-and-sixty-third check set for the extractor, written blind: AI in food service and restaurants: AI ordering
kiosks and voice drive-through, kitchen automation and cooking robots, AI demand forecasting and inventory for
restaurants, delivery-platform AI dispatch, food-safety inspection vision, sized in money by food-service technology
analysts, restaurant associations, consultancies, brokers, commerce ministries and provincial catering plans,
Japanese, Korean, Thai and Australian research houses. Distractors a careful reader leaves out: restaurants and
outlets counted, meals or orders served, delivery volumes, menu prices, a chain's own sales, franchise fees, a
quarter's figures, the whole catering or food-delivery market beside the AI part.

Snippets 1-20: AI in food service and restaurants: eight English prose pieces (a PRNewswire-style release on U.S.
voice drive-through AI, a Bangkok research centre's note on Southeast Asian kiosk and ordering software, a news
article on kitchen-automation robots quoting two publishers, an investor day sizing a kiosk TAM, a Tokyo research
house on Japan's restaurant AI in fiscal years and yen, a Seoul research house on delivery-platform AI dispatch with a
won aside, an association yearbook with a revised prior-year figure, a London consultancy on food-safety inspection
vision with a range); seven Chinese prose pieces (a provincial catering plan with targets, a broker note on cooking
robots with shipments in units and 增长N倍, and in Traditional Chinese a Taipei CNA wire on 新台幣億元, a Hong Kong paper in
億港元 with a later HK$ million figure, a Taiwan news piece quoting two research houses; then a Xinhua item with a part's
share and a year-end review with an inconsistent rate); and five tables (a markdown broker exhibit with E/F columns
and a total row, a space-aligned Japanese fiscal-year table, a tab-separated Australian table with years as rows and a
YoY column, a Simplified Chinese table with 合计 and a unit line, and a Traditional Chinese years-as-rows table with a
總計 column). Distractors: datelines, report titles and table numbers, document numbers, chain/outlet/lane/kitchen
counts, survey answers and headcounts, order volumes, unit prices, a company's own revenue, share target and price
target, a quarter's figures, the whole catering and food-delivery markets beside the AI part, a won and a baht amount,
a second publisher's figure, a superseded figure, a share in words.

Snippets 21-40: AI in food service and restaurants (ordering kiosks and voice drive-thru, kitchen automation and
cooking robots, demand forecasting and inventory, delivery-platform AI dispatch, food-safety inspection vision). Eight
English prose pieces (an earnings call sizing its TAM, a research abstract, a social-media thread, investor day slide
bullets, a Tokyo research-house release in yen, a corrected web article, a forum answer, an annual-report industry
overview), seven Chinese prose pieces (a provincial catering plan, a broker's note, a Zhihu answer and an association
report in Simplified; a Taiwan statistics release, a Hong Kong news item and a Taiwan brokerage note in Traditional)
and five tables (a markdown table with E column and a total row, a tab-separated yen table with a CAGR column, a
space-aligned table with years as rows and a YoY column, a Simplified Chinese share table, a Traditional Chinese table
with its total row printed first). Distractors: a company's own quarterly and yearly revenue, guidance ranges, GMV and
retention; restaurants, locations, orders and licensed outlets counted; menu prices; a quarter's figure; survey
answers and penetration rates; report numbers, prices, slide and section numbers, plan title years; target prices and
upside; a second publisher's figure for the same year; a superseded figure in a correction; won amounts; shares in
words.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US press release (PRNewswire) on AI voice drive-through; later figure in another scale converted to USD million.
    # Nowhere: the report title years, 61 chains, 118,000 lanes, 93% order accuracy (no share), the $4,950 report price.
    dict(
        text=(
            "AUSTIN, Texas, March 11, 2025 /PRNewswire/ -- U.S. quick-service chains spent $412 million on AI "
            "voice-ordering systems for their drive-through lanes in 2024, up 38% from $298 million a year earlier, "
            "according to “Drive-Thru AI 2025-2030”, a new report from Lanefield Research. The study, which tracked "
            "61 chains operating roughly 118,000 drive-through lanes, forecasts that the market will reach $1.9 billion "
            "by 2030, a compound annual growth rate of 29.4% over 2024-2030. “Voice AI has moved from pilot to "
            "rollout,” said principal analyst Dana Whitcomb, noting that average order accuracy in the sample rose to "
            "93%. The full report is priced at $4,950."
        ),
        obs=[
            ("Total", 2023, 298, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),   # "$1.9 billion" in the series' unit
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
            ("cagr", 29.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 412 / 298 - 1 = 38.26% -> 38
            ("cagr|implied", "rounding"),  # (1900 / 412) ** (1/6) - 1 = 29.02% -> 29.0, not 29.4;
                                           # bounds (1850/412.5)**(1/6)-1 = 28.42% .. (1950/411.5)**(1/6)-1 = 29.60%: 29.4 reached
        ],
    ),
    # 2. Bangkok research centre note (14 Jan 2025): "this year" estimate, "last year" actual; a part with its share;
    # "more than double by 2028" a multiple. Nowhere: 3.1 billion baht (currency not held), 420 chains, 9,200 outlets,
    # the US$3,000 kiosk price, six countries.
    dict(
        text=(
            "BANGKOK, 14 January 2025 -- Restaurant operators in Southeast Asia will spend about US$640 million this "
            "year on AI self-ordering kiosks, menu-recommendation engines and related software, up 27% from US$505 "
            "million last year, Siam Horizon Research Center said in a note on Tuesday. Indonesia remains the largest "
            "market with a 31% share, or roughly US$198 million, while Thai operators are expected to spend 3.1 "
            "billion baht. The centre, which surveyed 420 chains running some 9,200 outlets across six countries, "
            "expects regional spending to more than double by 2028 as kiosk prices fall below US$3,000 a unit."
        ),
        obs=[
            ("Total", 2024, 505, "USD million", "actual"),
            ("Total", 2025, 640, "USD million", "estimate"),
            ("Indonesia", 2025, 198, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("share", 31, "percent", 2025, 2025, None),
            ("multiple", 2.0, "multiple", 2025, 2028, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 640 / 505 - 1 = 26.73% -> 27
            ("arithmetic", "exact"),    # 198 / 640 = 30.94% -> 31
        ],
    ),
    # 3. News article on kitchen automation quoting two publishers: Meridian (base, target, rate) is the figure;
    # Harlow & Quince's $2.6 billion for 2024 is expected nowhere. Nowhere: wok-station price range, 26 months.
    dict(
        text=(
            "SAN FRANCISCO (June 24, 2025) — Robotic fry stations, automated woks and bowl-assembly lines are finally "
            "leaving the demo kitchen. The global market for commercial kitchen automation was worth $2.1 billion in "
            "2024 and will reach $6.8 billion by 2030, a compound annual rate of 21.6% between 2024 and 2030, "
            "according to Meridian Food Tech Partners, whose figures cover both the hardware and the AI software that "
            "runs it. Not everyone draws the line in the same place: Harlow & Quince, which also counts dishwashing "
            "robots, puts the 2024 market at $2.6 billion. Prices remain a hurdle. A fully automated wok station still "
            "lists at $90,000 to $140,000, and one Los Angeles burger chain says its robot line paid for itself in "
            "26 months."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 2.1) ** (1/6) - 1 = 21.63% -> 21.6
        ],
    ),
    # 4. Investor day: the company's TAM is the market (Total). The stated 17% CAGR is inconsistent with $18bn -> $31bn
    # (perhaps computed off an older base). Nowhere: the company's $287m revenue, $79m fourth quarter, 10% share
    # target, $46 price target and 22% upside.
    dict(
        text=(
            "NEW YORK, March 6, 2025 -- At its first investor day since listing, KioskIQ Holdings put the total "
            "addressable market for AI-enabled self-order kiosks and the software behind them at $18 billion in 2024, "
            "and said it sees that TAM growing to $31 billion by 2028 — “a 17% CAGR over 2024-2028,” chief financial "
            "officer Maria Lindqvist told analysts. KioskIQ itself booked revenue of $287 million in fiscal 2024, $79 "
            "million of it in the fourth quarter, and targets a 10% share of the market by 2028. Analysts at Dunmore "
            "Securities reiterated a $46 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (31 / 18) ** (1/4) - 1 = 14.56% -> 15, not 17;
                                               # bounds (30.5/18.5)**(1/4)-1 = 13.31% .. (31.5/17.5)**(1/4)-1 = 15.83%: 17 not reached
        ],
    ),
    # 5. Tokyo research house, fiscal years in yen: a part with its share, "roughly 2.5 times" a multiple over five
    # years, a year-on-year rate that only rounding reaches. Nowhere: 72% of operators (survey), 1,240 companies.
    dict(
        text=(
            "TOKYO, Aug. 6, 2025 — Japan's restaurant industry spent ¥46.2 billion on AI-based solutions — table-side "
            "ordering, serving robots, demand forecasting and shift scheduling — in fiscal 2024 (the year to March "
            "2025), an increase of 20.1% from ¥38.5 billion a year earlier, Kasumi Market Intelligence said on "
            "Wednesday. Serving robots were the largest category at ¥17.1 billion, 37% of the total. With 72% of "
            "operators in its survey of 1,240 companies citing staff shortages, the firm forecasts the market at "
            "¥98.0 billion in fiscal 2028, roughly 2.5 times the fiscal 2023 level."
        ),
        obs=[
            ("Total", 2023, 38.5, "JPY billion", "actual"),
            ("Total", 2024, 46.2, "JPY billion", "actual"),
            ("Total", 2028, 98.0, "JPY billion", "estimate"),
            ("Serving robots", 2024, 17.1, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
            ("multiple", 2.5, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 46.2 / 38.5 - 1 = 20.00% -> 20.0, not 20.1;
                                           # bounds 46.15/38.55-1 = 19.71% .. 46.25/38.45-1 = 20.29%: 20.1 reached
            ("arithmetic", "exact"),       # 17.1 / 46.2 = 37.01% -> 37
        ],
    ),
    # 6. Seoul research house on delivery-platform AI dispatch (global market = Total); "by year-end" is this year's
    # estimate. Nowhere: 610 billion won (currency not held), 3.4 billion orders, the fourth-quarter US$1.3 billion,
    # the US$1.2 trillion food-delivery market.
    dict(
        text=(
            "SEOUL, February 3, 2025 -- The global market for AI dispatch and route-optimisation software used by "
            "food-delivery platforms grew to US$4.6 billion last year and should top US$5.4 billion by year-end, "
            "Hanbit Industry Research said on Monday. It forecasts a compound annual growth rate of 18.5% over "
            "2024-2030, taking the market to US$12.6 billion. Korean platforms alone spent an estimated 610 billion "
            "won on such systems in 2024, handling 3.4 billion delivery orders. Fourth-quarter software billings "
            "worldwide reached US$1.3 billion. The AI tools remain a sliver of a global food-delivery market that "
            "Hanbit sizes at about US$1.2 trillion."
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2025, 5.4, "USD billion", "estimate"),
            ("Total", 2030, 12.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (12.6 / 4.6) ** (1/6) - 1 = 18.29% -> 18.3, not 18.5;
                                           # bounds (12.55/4.65)**(1/6)-1 = 18.00% .. (12.65/4.55)**(1/6)-1 = 18.58%: 18.5 reached
        ],
    ),
    # 7. Association yearbook with a revised prior-year figure: $1.12bn is 2023's figure, the superseded $1.05bn is
    # expected nowhere; a part in a different scale (its own series). Nowhere: Chapter 6, Table 6.2, 2,310 members,
    # 58% survey answer.
    dict(
        text=(
            "From the 2025 Restaurant Technology Yearbook (Chapter 6, Table 6.2), published by the American Foodservice "
            "Technology Association: U.S. restaurants spent $1.34 billion on AI demand-forecasting and "
            "inventory-management software in 2024, 19.6% more than in 2023. The 2023 figure has been revised to $1.12 "
            "billion from the $1.05 billion printed in last year's edition, after two large vendors restated their "
            "restaurant bookings. Demand forecasting took $520 million (39%) of 2024 spending, with inventory and "
            "automated purchasing tools making up the rest. Of the 2,310 member operators who answered the "
            "association's survey, 58% said they now reorder from a system-generated suggestion."
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 1.34, "USD billion", "actual"),
            ("Demand forecasting", 2024, 520, "USD million", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.34 / 1.12 - 1 = 19.64% -> 19.6
            ("arithmetic", "exact"),    # 520 / 1340 = 38.81% -> 39
        ],
    ),
    # 8. London consultancy on food-safety inspection vision: CAGR whose span only its amounts' years give (inferred),
    # "last year" = 2024, a 2030 range (two value claims, no observation). Nowhere: €2,400 kit price, 64% and 500
    # managers polled.
    dict(
        text=(
            "LONDON, 9 April 2025 — Cameras that watch for missing gloves, skipped hand-washes and rodents in "
            "commercial kitchens are one of the quickest-growing corners of European food-service technology. Spending "
            "on such AI food-safety inspection systems rose from €146 million in 2021 to €312 million last year, a "
            "compound rate of about 29% a year, according to consultancy Brookvale Analytics, which expects the market "
            "to reach €780 million to €900 million by 2030. A typical single-site camera kit costs about €2,400, and "
            "64% of the 500 kitchen managers Brookvale polled said they would consider one within two years."
        ),
        obs=[
            ("Total", 2021, 146, "EUR million", "actual"),
            ("Total", 2024, 312, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 29, "percent", 2021, 2024, None, "inferred"),
            ("value", 780, "EUR million", 2030, 2030, None),
            ("value", 900, "EUR million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (312 / 146) ** (1/3) - 1 = 28.81% -> 29
        ],
    ),
    # 9. Provincial catering plan (Simplified): a target (力争) is an estimate, its base actual; 翻一番以上 a x2 multiple;
    # 年均增长 with span only from the amounts' years (inferred). Nowhere: plan title years, 文号, 100 demonstration
    # restaurants, 10 streets, whole-catering revenue 4860亿元 and its 6.2%.
    dict(
        text=(
            "（2025年3月14日讯）省商务厅日前印发《全省餐饮业数字化转型行动方案（2025—2027年）》（商务发〔2025〕12号）。"
            "方案提出，到2027年，全省智能点餐、后厨机器人、AI供应链管理等智慧餐饮应用市场规模力争达到120亿元，"
            "较2024年的52亿元翻一番以上，年均增长32%左右；培育100家智慧餐厅示范店、10个智慧美食街区。"
            "2024年，全省餐饮收入4860亿元，同比增长6.2%。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
            ("cagr", 32, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 52) ** (1/3) - 1 = 32.15% -> 32
        ],
    ),
    # 10. Broker deep-dive (Simplified) on commercial cooking robots: 较2021年增长3倍 keeps x3; shipments in units are a
    # count item; a year-on-year rate with no 2023 amount (no verdict). Nowhere: report date, 单台均价8万元, 目标价28.6元.
    dict(
        text=(
            "【华晟证券·餐饮科技深度报告｜2025年4月18日】我们测算，2024年我国商用炒菜机器人市场规模约41.5亿元，"
            "同比增长36%，较2021年增长3倍；全年炒菜机器人出货约5.2万台，单台均价约8万元。随着团餐、连锁快餐后厨"
            "标准化提速，我们预计2027年市场规模将达到108亿元，2024—2027年复合增速37.5%。维持行业“推荐”评级，"
            "重点公司目标价28.6元。"
        ),
        obs=[
            ("Total", 2024, 41.5, "CNY 100 million", "actual"),
            ("Total", 2027, 108, "CNY 100 million", "estimate"),
            ("炒菜机器人", 2024, 5.2, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
            ("cagr", 37.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (108 / 41.5) ** (1/3) - 1 = 37.55% -> 37.5 (the 36% rate has no 2023 amount: no verdict)
        ],
    ),
    # 11. Taipei CNA wire (Traditional): 新台幣億元, 今年 an estimate; a part with its share; 約占兩成 (a share in words)
    # and 不到一成 (a penetration) are nowhere, as are the 1兆元 whole-catering turnover and 17萬家 restaurants.
    dict(
        text=(
            "（中央社記者林怡君台北2025年5月20日電）資策會產業情報研究所（MIC）今天發布調查指出，台灣餐飲業在AI點餐、"
            "智慧排班、需求預測與庫存管理等應用的市場規模，2024年為新台幣48.5億元，今年預估將成長27%，達61.6億元。"
            "其中AI點餐系統規模20.9億元，占43%；需求預測與庫存管理約占兩成。MIC指出，全台餐飲業營業額去年首度突破"
            "新台幣1兆元，餐廳家數逾17萬家，但導入AI的業者仍不到一成。"
        ),
        obs=[
            ("Total", 2024, 48.5, "TWD 100 million", "actual"),
            ("Total", 2025, 61.6, "TWD 100 million", "estimate"),
            ("AI點餐系統", 2024, 20.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.6 / 48.5 - 1 = 27.01% -> 27
            ("arithmetic", "exact"),    # 20.9 / 48.5 = 43.09% -> 43
        ],
    ),
    # 12. Hong Kong paper (Traditional): 去年/前年 against the dateline; a later HK$ million figure converted to the
    # series' 億港元; a year-on-year rate only rounding reaches. Nowhere: 312 restaurants surveyed, 約六成 (survey),
    # 1.7萬間 licensed restaurants.
    dict(
        text=(
            "【本報訊】（2025年1月9日）香港餐飲科技聯盟昨日公布調查，本港食肆在智能點餐、送餐機械人及後廚自動化方面的"
            "開支，去年（2024年）達7.1億港元，較前年（2023年）的5.8億港元增長23%。聯盟引述顧問公司預測，相關市場到"
            "2027年可達HK$1,250 million。調查共訪問312間食肆，約六成受訪者表示人手短缺是引入科技的主因；全港持牌"
            "食肆約1.7萬間。"
        ),
        obs=[
            ("Total", 2023, 5.8, "HKD 100 million", "actual"),
            ("Total", 2024, 7.1, "HKD 100 million", "actual"),
            ("Total", 2027, 12.5, "HKD 100 million", "estimate"),  # HK$1,250 million in the series' unit
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 7.1 / 5.8 - 1 = 22.41% -> 22, not 23;
                                           # bounds 7.05/5.85-1 = 20.51% .. 7.15/5.75-1 = 24.35%: 23 reached
        ],
    ),
    # 13. Taiwan news (Traditional) quoting two research houses on AI vision inspection of kitchens: ITRI's figure
    # (base, target, rate) is the snippet's; the other house's 9.8億元 for 2023 is nowhere. Nowhere: 2,100 central
    # kitchens, 8萬家次 inspections.
    dict(
        text=(
            "〔記者陳冠廷／台北報導〕（2024/10/15）食安事件頻傳，業者加速導入AI影像辨識巡檢後廚。工研院產科國際所估計，"
            "台灣餐飲與食品業AI影像檢測市場規模2023年為新台幣12.4億元，2023至2028年年複合成長率（CAGR）達23%，"
            "2028年可望成長至35億元；另一家外商研調機構則估計2023年規模僅9.8億元。全台目前約有2,100家中央廚房，"
            "去年衛生局稽查逾8萬家次。"
        ),
        obs=[
            ("Total", 2023, 12.4, "TWD 100 million", "actual"),
            ("Total", 2028, 35, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35 / 12.4) ** (1/5) - 1 = 23.06% -> 23
        ],
    ),
    # 14. Xinhua item (Simplified): a part (智能调度系统) with its share; a year-on-year rate with no 2023 amount (no
    # verdict). Nowhere: the report's title year, 1.6万亿元 food-delivery market, 8000万单 daily orders.
    dict(
        text=(
            "新华社北京2025年6月18日电（记者王楠）中国饭店业数字化联盟18日发布的《2025中国餐饮智能化发展报告》显示，"
            "2024年我国餐饮智能化服务市场规模达到236亿元，同比增长18.6%。其中，智能调度系统（含外卖平台骑手派单与"
            "路径规划）规模86亿元，占比36.4%。同期全国餐饮外卖市场规模约1.6万亿元，日均订单量超过8000万单。"
        ),
        obs=[
            ("Total", 2024, 236, "CNY 100 million", "actual"),
            ("智能调度系统", 2024, 86, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("share", 36.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 86 / 236 = 36.44% -> 36.4
        ],
    ),
    # 15. Year-end review (Simplified, Dec 2025): 今年 an estimate, 去年 actual; the printed 35% contradicts the two
    # amounts (perhaps rebased on a narrower 2024 scope); 接近50亿元 at its printed figure. Nowhere: third-quarter
    # 6.2亿元, 5.5万亿元 catering revenue, 千分之一.
    dict(
        text=(
            "2025年12月22日｜年终盘点　据青禾咨询测算，今年国内餐饮企业在智能订货、需求预测和库存管理SaaS上的投入"
            "预计达24.5亿元，同比增长35%，去年为18.6亿元；到2028年，这一市场有望接近50亿元。仅第三季度，头部厂商"
            "新签合同额就达6.2亿元。今年全国餐饮收入有望突破5.5万亿元，但数字化投入占比仍不足千分之一。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2025, 24.5, "CNY 100 million", "estimate"),
            ("Total", 2028, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 24.5 / 18.6 - 1 = 31.72% -> 32, not 35;
                                               # bounds 24.45/18.65-1 = 31.10% .. 24.55/18.55-1 = 32.35%: 35 not reached
        ],
    ),
    # 16. Broker exhibit, markdown pipe table, E/F columns, total row; the 2025E total is one hundredth above its rows'
    # sum (rounding); a CAGR in the note line. Nowhere: Exhibit 4, the report date.
    dict(
        text=(
            "Northgate Capital | Equity Research | 22 September 2025\n"
            "Exhibit 4: Global AI-in-restaurants market by application (US$ billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI ordering kiosks | 1.18 | 1.46 | 1.79 | 2.62 |\n"
            "| Voice drive-through AI | 0.31 | 0.45 | 0.63 | 1.15 |\n"
            "| Kitchen automation & robotics | 0.87 | 1.09 | 1.36 | 2.05 |\n"
            "| Demand forecasting & inventory | 0.62 | 0.74 | 0.88 | 1.24 |\n"
            "| Total | 2.98 | 3.74 | 4.67 | 7.06 |\n"
            "\n"
            "Note: Totals may not sum due to rounding. Market CAGR 2024-2027F: 23.6%. Source: company data, "
            "Northgate estimates."
        ),
        obs=[
            ("AI ordering kiosks", 2023, 1.18, "USD billion", "actual"),
            ("AI ordering kiosks", 2024, 1.46, "USD billion", "actual"),
            ("AI ordering kiosks", 2025, 1.79, "USD billion", "estimate"),
            ("AI ordering kiosks", 2027, 2.62, "USD billion", "estimate"),
            ("Voice drive-through AI", 2023, 0.31, "USD billion", "actual"),
            ("Voice drive-through AI", 2024, 0.45, "USD billion", "actual"),
            ("Voice drive-through AI", 2025, 0.63, "USD billion", "estimate"),
            ("Voice drive-through AI", 2027, 1.15, "USD billion", "estimate"),
            ("Kitchen automation & robotics", 2023, 0.87, "USD billion", "actual"),
            ("Kitchen automation & robotics", 2024, 1.09, "USD billion", "actual"),
            ("Kitchen automation & robotics", 2025, 1.36, "USD billion", "estimate"),
            ("Kitchen automation & robotics", 2027, 2.05, "USD billion", "estimate"),
            ("Demand forecasting & inventory", 2023, 0.62, "USD billion", "actual"),
            ("Demand forecasting & inventory", 2024, 0.74, "USD billion", "actual"),
            ("Demand forecasting & inventory", 2025, 0.88, "USD billion", "estimate"),
            ("Demand forecasting & inventory", 2027, 1.24, "USD billion", "estimate"),
            ("Total", 2023, 2.98, "USD billion", "actual"),
            ("Total", 2024, 3.74, "USD billion", "actual"),
            ("Total", 2025, 4.67, "USD billion", "estimate"),
            ("Total", 2027, 7.06, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.06 / 3.74) ** (1/3) - 1 = 23.59% -> 23.6
            ("hierarchy", "exact"),     # 2023: 1.18 + 0.31 + 0.87 + 0.62 = 2.98
            ("hierarchy", "exact"),     # 2024: 1.46 + 0.45 + 1.09 + 0.74 = 3.74
            ("hierarchy", "rounding"),  # 2025E: 1.79 + 0.63 + 1.36 + 0.88 = 4.66, not 4.67;
                                        # bounds 4.64 .. 4.68 (four rows at +/-0.005) reach 4.67
            ("hierarchy", "exact"),     # 2027F: 2.62 + 1.15 + 2.05 + 1.24 = 7.06
        ],
    ),
    # 17. Tokyo research house, space-aligned table in fiscal years, e/F columns, total row, CAGR in the note.
    # Nowhere: Table 2, the title year 2025, the July 2025 date, 1,240 operators.
    dict(
        text=(
            "Kasumi Market Intelligence — Restaurant AI Solutions in Japan 2025 (published July 2025)\n"
            "Table 2  Market size by segment (¥ billion; fiscal years ending March)\n"
            "Segment                               FY2022   FY2023   FY2024  FY2025e  FY2026F\n"
            "Table-side and mobile AI ordering        9.8     12.1     14.6     17.3     20.2\n"
            "Serving and cleaning robots             11.2     14.0     17.1     20.4     23.6\n"
            "Kitchen automation                       4.1      5.3      6.9      8.8     11.0\n"
            "Forecasting and labour scheduling        5.2      7.1      7.6      9.1     10.9\n"
            "Total                                   30.3     38.5     46.2     55.6     65.7\n"
            "Note: e = estimate, F = forecast. CAGR FY2023-FY2026F: 19.5%. Based on a survey of 1,240 operators."
        ),
        obs=[
            ("Table-side and mobile AI ordering", 2022, 9.8, "JPY billion", "actual"),
            ("Table-side and mobile AI ordering", 2023, 12.1, "JPY billion", "actual"),
            ("Table-side and mobile AI ordering", 2024, 14.6, "JPY billion", "actual"),
            ("Table-side and mobile AI ordering", 2025, 17.3, "JPY billion", "estimate"),
            ("Table-side and mobile AI ordering", 2026, 20.2, "JPY billion", "estimate"),
            ("Serving and cleaning robots", 2022, 11.2, "JPY billion", "actual"),
            ("Serving and cleaning robots", 2023, 14.0, "JPY billion", "actual"),
            ("Serving and cleaning robots", 2024, 17.1, "JPY billion", "actual"),
            ("Serving and cleaning robots", 2025, 20.4, "JPY billion", "estimate"),
            ("Serving and cleaning robots", 2026, 23.6, "JPY billion", "estimate"),
            ("Kitchen automation", 2022, 4.1, "JPY billion", "actual"),
            ("Kitchen automation", 2023, 5.3, "JPY billion", "actual"),
            ("Kitchen automation", 2024, 6.9, "JPY billion", "actual"),
            ("Kitchen automation", 2025, 8.8, "JPY billion", "estimate"),
            ("Kitchen automation", 2026, 11.0, "JPY billion", "estimate"),
            ("Forecasting and labour scheduling", 2022, 5.2, "JPY billion", "actual"),
            ("Forecasting and labour scheduling", 2023, 7.1, "JPY billion", "actual"),
            ("Forecasting and labour scheduling", 2024, 7.6, "JPY billion", "actual"),
            ("Forecasting and labour scheduling", 2025, 9.1, "JPY billion", "estimate"),
            ("Forecasting and labour scheduling", 2026, 10.9, "JPY billion", "estimate"),
            ("Total", 2022, 30.3, "JPY billion", "actual"),
            ("Total", 2023, 38.5, "JPY billion", "actual"),
            ("Total", 2024, 46.2, "JPY billion", "actual"),
            ("Total", 2025, 55.6, "JPY billion", "estimate"),
            ("Total", 2026, 65.7, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (65.7 / 38.5) ** (1/3) - 1 = 19.50% -> 19.5
            ("hierarchy", "exact"),     # FY2022: 9.8 + 11.2 + 4.1 + 5.2 = 30.3
            ("hierarchy", "exact"),     # FY2023: 12.1 + 14.0 + 5.3 + 7.1 = 38.5
            ("hierarchy", "exact"),     # FY2024: 14.6 + 17.1 + 6.9 + 7.6 = 46.2
            ("hierarchy", "exact"),     # FY2025e: 17.3 + 20.4 + 8.8 + 9.1 = 55.6
            ("hierarchy", "exact"),     # FY2026F: 20.2 + 23.6 + 11.0 + 10.9 = 65.7
        ],
    ),
    # 18. Sydney research house, tab-separated table with years as rows: the lone value column headed by its unit is
    # the market's Total; a YoY column gives year-on-year rates, one of them reached only by rounding.
    # Nowhere: the A$1 = US$0.66 rate, note numbers, the March 2025 date.
    dict(
        text=(
            "Coral Bay Research (Sydney) — QSR Technology Outlook, March 2025\n"
            "Australia: spending on AI ordering and kitchen automation by quick-service restaurants\n"
            "Year\tUS$ million\tYoY\n"
            "2021\t58.4\t-\n"
            "2022\t74.6\t27.7%\n"
            "2023\t96.0\t28.8%\n"
            "2024\t118.7\t23.6%\n"
            "2025F\t142.4\t20.0%\n"
            "2026F\t168.0\t18.0%\n"
            "Note 1: Converted from Australian dollars at A$1 = US$0.66. Note 2: 2025F-2026F are forecasts."
        ),
        obs=[
            ("Total", 2021, 58.4, "USD million", "actual"),
            ("Total", 2022, 74.6, "USD million", "actual"),
            ("Total", 2023, 96.0, "USD million", "actual"),
            ("Total", 2024, 118.7, "USD million", "actual"),
            ("Total", 2025, 142.4, "USD million", "estimate"),
            ("Total", 2026, 168.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2021, 2022, 1.0),
            ("growth", 28.8, "percent", 2022, 2023, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2024, 2025, 1.0),
            ("growth", 18.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 74.6 / 58.4 - 1 = 27.74% -> 27.7
            ("cagr|implied", "rounding"),  # 96.0 / 74.6 - 1 = 28.69% -> 28.7, not 28.8;
                                           # bounds 95.95/74.65-1 = 28.53% .. 96.05/74.55-1 = 28.84%: 28.8 reached
            ("cagr|implied", "exact"),     # 118.7 / 96.0 - 1 = 23.65% -> 23.6
            ("cagr|implied", "exact"),     # 142.4 / 118.7 - 1 = 19.97% -> 20.0
            ("cagr|implied", "exact"),     # 168.0 / 142.4 - 1 = 17.98% -> 18.0
        ],
    ),
    # 19. Broker table (Simplified Chinese), tab-separated, unit line 单位：亿元, E columns, a total row labelled 合计
    # (its label is its item); a stated CAGR in the note. Nowhere: 表3, the June 2025 date.
    dict(
        text=(
            "华晟证券研究所｜2025年6月\n"
            "表3  中国餐饮AI应用市场规模（按应用场景）\n"
            "单位：亿元\n"
            "应用场景\t2022年\t2023年\t2024年\t2025E\t2026E\n"
            "智能点餐与收银\t18.2\t23.5\t29.8\t36.9\t44.7\n"
            "后厨自动化与烹饪机器人\t14.6\t21.0\t30.5\t41.2\t53.8\n"
            "智能订货与库存\t6.3\t8.4\t11.2\t14.5\t18.3\n"
            "食安AI巡检\t3.1\t4.2\t5.6\t7.3\t9.4\n"
            "合计\t42.2\t57.1\t77.1\t99.9\t126.2\n"
            "注：2025E、2026E为预测值；2022—2026E年复合增速31.5%。资料来源：中国饭店业数字化联盟，华晟证券研究所。"
        ),
        obs=[
            ("智能点餐与收银", 2022, 18.2, "CNY 100 million", "actual"),
            ("智能点餐与收银", 2023, 23.5, "CNY 100 million", "actual"),
            ("智能点餐与收银", 2024, 29.8, "CNY 100 million", "actual"),
            ("智能点餐与收银", 2025, 36.9, "CNY 100 million", "estimate"),
            ("智能点餐与收银", 2026, 44.7, "CNY 100 million", "estimate"),
            ("后厨自动化与烹饪机器人", 2022, 14.6, "CNY 100 million", "actual"),
            ("后厨自动化与烹饪机器人", 2023, 21.0, "CNY 100 million", "actual"),
            ("后厨自动化与烹饪机器人", 2024, 30.5, "CNY 100 million", "actual"),
            ("后厨自动化与烹饪机器人", 2025, 41.2, "CNY 100 million", "estimate"),
            ("后厨自动化与烹饪机器人", 2026, 53.8, "CNY 100 million", "estimate"),
            ("智能订货与库存", 2022, 6.3, "CNY 100 million", "actual"),
            ("智能订货与库存", 2023, 8.4, "CNY 100 million", "actual"),
            ("智能订货与库存", 2024, 11.2, "CNY 100 million", "actual"),
            ("智能订货与库存", 2025, 14.5, "CNY 100 million", "estimate"),
            ("智能订货与库存", 2026, 18.3, "CNY 100 million", "estimate"),
            ("食安AI巡检", 2022, 3.1, "CNY 100 million", "actual"),
            ("食安AI巡检", 2023, 4.2, "CNY 100 million", "actual"),
            ("食安AI巡检", 2024, 5.6, "CNY 100 million", "actual"),
            ("食安AI巡检", 2025, 7.3, "CNY 100 million", "estimate"),
            ("食安AI巡检", 2026, 9.4, "CNY 100 million", "estimate"),
            ("合计", 2022, 42.2, "CNY 100 million", "actual"),
            ("合计", 2023, 57.1, "CNY 100 million", "actual"),
            ("合计", 2024, 77.1, "CNY 100 million", "actual"),
            ("合计", 2025, 99.9, "CNY 100 million", "estimate"),
            ("合计", 2026, 126.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (126.2 / 42.2) ** (1/4) - 1 = 31.50% -> 31.5
            ("hierarchy", "exact"),     # 2022: 18.2 + 14.6 + 6.3 + 3.1 = 42.2
            ("hierarchy", "exact"),     # 2023: 23.5 + 21.0 + 8.4 + 4.2 = 57.1
            ("hierarchy", "exact"),     # 2024: 29.8 + 30.5 + 11.2 + 5.6 = 77.1
            ("hierarchy", "exact"),     # 2025E: 36.9 + 41.2 + 14.5 + 7.3 = 99.9
            ("hierarchy", "exact"),     # 2026E: 44.7 + 53.8 + 18.3 + 9.4 = 126.2
        ],
    ),
    # 20. Taiwan chain-restaurant table (Traditional), space-aligned, years as rows: each value column's header is its
    # item, the 總計 column too; the 2024 total is one above its parts (rounding). Nowhere: 表五, 212 firms surveyed,
    # the March 2025 date.
    dict(
        text=(
            "表五　台灣連鎖餐飲業AI導入支出\n"
            "單位：新台幣百萬元\n"
            "年度        AI點餐    智慧廚房    需求預測      總計\n"
            "2022          310        180          95       585\n"
            "2023          402        236         128       766\n"
            "2024          515        318         170     1,004\n"
            "2025(F)       640        415         221     1,276\n"
            "註：2025年為預估值；因四捨五入，各項加總與總計或有差異。資料來源：台灣連鎖加盟產業研究中心（受訪企業212家），"
            "2025年3月。"
        ),
        obs=[
            ("AI點餐", 2022, 310, "TWD million", "actual"),
            ("AI點餐", 2023, 402, "TWD million", "actual"),
            ("AI點餐", 2024, 515, "TWD million", "actual"),
            ("AI點餐", 2025, 640, "TWD million", "estimate"),
            ("智慧廚房", 2022, 180, "TWD million", "actual"),
            ("智慧廚房", 2023, 236, "TWD million", "actual"),
            ("智慧廚房", 2024, 318, "TWD million", "actual"),
            ("智慧廚房", 2025, 415, "TWD million", "estimate"),
            ("需求預測", 2022, 95, "TWD million", "actual"),
            ("需求預測", 2023, 128, "TWD million", "actual"),
            ("需求預測", 2024, 170, "TWD million", "actual"),
            ("需求預測", 2025, 221, "TWD million", "estimate"),
            ("總計", 2022, 585, "TWD million", "actual"),
            ("總計", 2023, 766, "TWD million", "actual"),
            ("總計", 2024, 1004, "TWD million", "actual"),
            ("總計", 2025, 1276, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 310 + 180 + 95 = 585
            ("hierarchy", "exact"),     # 2023: 402 + 236 + 128 = 766
            ("hierarchy", "rounding"),  # 2024: 515 + 318 + 170 = 1,003, not 1,004;
                                        # bounds 1,001.5 .. 1,004.5 (three columns at +/-0.5) reach 1,004
            ("hierarchy", "exact"),     # 2025(F): 640 + 415 + 221 = 1,276
        ],
    ),
    # 21. Earnings call: the CEO sizes the TAM (Total) "this year" (2025, estimate) and 2029 with a stated span.
    # Nowhere: quarterly revenue $84.2m and its 31%, 14,300 restaurants, the revenue guide $325m-$335m.
    dict(
        text=(
            "Tillstack Inc. (NASDAQ: TLSK) Q3 2025 earnings call, November 6, 2025. Prepared remarks, Dana Whitcombe, "
            "chief executive: \"Revenue for the quarter came in at $84.2 million, up 31% year on year, and kiosks or "
            "voice lanes are now live in 14,300 restaurants. Let me step back to the opportunity. We size the total "
            "addressable market for AI-driven ordering in restaurants, meaning self-order kiosks, voice drive-thru and "
            "conversational ordering inside apps, at roughly $9.6 billion this year. By 2029 we think it reaches "
            "$18 billion, which works out to about a 17% compound rate over 2025 to 2029. We are reiterating our "
            "full-year revenue guide of $325 million to $335 million.\""
        ),
        obs=[
            ("Total", 2025, 9.6, "USD billion", "estimate"),
            ("Total", 2029, 18, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18 / 9.6) ** (1 / 4) - 1 = 17.02% -> 17
        ],
    ),
    # 22. Research abstract: kitchen-automation robots, a part with its share and amount, "nearly a fourfold increase"
    # (x4 over 7 years), a stated CAGR. Nowhere: 412 operators, 19 countries, 63% of operators, 2.6-year payback, volume no.
    dict(
        text=(
            "J. Foodserv. Technol. 12(3). Abstract. Labour shortages have pushed full-service and quick-service "
            "operators toward automated cooking. Drawing on vendor shipment data and a survey of 412 operators in 19 "
            "countries, we estimate that the global market for restaurant kitchen-automation robots stood at "
            "US$1.84 billion in 2023, of which frying and grilling robots made up 41% (US$0.75 billion). Under our "
            "baseline scenario the market reaches US$6.9 billion in 2030, nearly a fourfold increase, which implies a "
            "compound annual growth rate of 20.8% over 2023-2030. Sixty-three per cent of surveyed operators cited "
            "staff turnover as their main motive, and reported payback periods averaged 2.6 years. "
            "Keywords: food service; robotics; automation; forecasting."
        ),
        obs=[
            ("Total", 2023, 1.84, "USD billion", "actual"),
            ("Frying and grilling robots", 2023, 0.75, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2023, 2023, None),
            ("multiple", 4, "multiple", 2023, 2030, 7.0),
            ("cagr", 20.8, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.75 / 1.84 = 40.76% -> 41
            ("cagr|implied", "exact"),  # (6.9 / 1.84) ** (1 / 7) - 1 = 20.78% -> 20.8
        ],
    ),
    # 23. Social-media thread dated Mar 2025: "last year" = 2024; "~24% a year" spans 2022-2024 only through its
    # amounts' years (inferred). Nowhere: Q4 ~$640m (a quarter), ~70% of sales (not a share of the market), $11 combo,
    # thread numbers 1/4 ...
    dict(
        text=(
            "@lanetimeanalytics · Mar 4, 2025\n"
            "1/4 Everyone is arguing about voice AI at the drive-thru, so here are actual numbers. Voice AI ordering "
            "for drive-thru lanes was a US$2.3bn market last year, up from $1.5bn in 2022. Call it ~24% a year.\n"
            "2/4 Why it matters: at the big burger chains the drive-thru is ~70% of US sales and a combo is north of "
            "$11 now, so every second of lane time is money.\n"
            "3/4 Q4 alone was ~$640m of that spend, which is why vendors push year-end deals.\n"
            "4/4 Accuracy still sits below human order-takers on complex orders. More tomorrow."
        ),
        obs=[
            ("Total", 2022, 1.5, "USD billion", "actual"),
            ("Total", 2024, 2.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 24, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.3 / 1.5) ** (1 / 2) - 1 = 23.83% -> 24
        ],
    ),
    # 24. Investor-day slide bullets: TAM (Total) 2024 -> 2028E, CAGR whose span only the amounts' years give, "2.7x in
    # four years", a segment with amount and share of the 2028 TAM. Nowhere: slide 14 of 42, ~1 in 4 restaurants,
    # 61,000 locations, 118% net revenue retention.
    dict(
        text=(
            "Orderline Technologies | Investor Day 2025 | Slide 14 of 42\n"
            "Restaurant AI: a $38B opportunity\n"
            "• Total addressable market: $14B (2024) → $38B (2028E)\n"
            "• 29% CAGR; 2.7x in four years\n"
            "• Demand forecasting & inventory: $6.1B of 2028E TAM (16%)\n"
            "• ~1 in 4 US restaurants already piloting AI tools\n"
            "• 61,000 locations on our platform today; 118% net revenue retention"
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2028, 38, "USD billion", "estimate"),
            ("Demand forecasting & inventory", 2028, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
            ("multiple", 2.7, "multiple", 2024, 2028, 4.0),
            ("share", 16, "percent", 2028, 2028, None),
        ],
        verdicts=[
            # (38 / 14) ** (1 / 4) - 1 = 28.36% -> 28, not 29; bounds (37.5 / 14.5) ** 0.25 - 1 = 26.81% to
            # (38.5 / 13.5) ** 0.25 - 1 = 29.95%, so 29 is reachable
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 6.1 / 38 = 16.05% -> 16
        ],
    ),
    # 25. Tokyo research-house release in yen: fiscal years, growth whose two amounts are printed, a forecast, and a
    # product count in units. Nowhere: 2,150 operators, 38 manufacturers, report number, the report's ¥198,000 price.
    dict(
        text=(
            "TOKYO, July 17, 2025 -- Kasumi Research Institute today released its annual survey of the domestic market "
            "for restaurant robots, covering cooking and serving robots together. The market expanded 31.5% to "
            "¥48.2 billion in fiscal 2024 from ¥36.7 billion a year earlier as chains short of part-time staff rolled "
            "out serving robots in family restaurants; shipments of serving robots reached 11,400 units. The institute "
            "forecasts the market at ¥132 billion in fiscal 2030. The survey covered 2,150 restaurant operators and 38 "
            "manufacturers between February and May 2025. (Report No. KR-2025-071, ¥198,000 excluding tax)"
        ),
        obs=[
            ("Total", 2023, 36.7, "JPY billion", "actual"),
            ("Total", 2024, 48.2, "JPY billion", "actual"),
            ("Total", 2030, 132, "JPY billion", "estimate"),
            ("Serving robots", 2024, 11400, "count", "actual"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 48.2 / 36.7 - 1 = 31.34% -> 31.3, not 31.5; bounds 48.15 / 36.75 - 1 = 31.02% to
            # 48.25 / 36.65 - 1 = 31.65%, so 31.5 is reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Web article with a correction: the corrected $3.4bn is the 2024 figure, the superseded $3.1bn and a second
    # publisher's $2.9bn for 2024 are expected nowhere; a stated CAGR 2024-2029. Nowhere: 48,000 violations.
    dict(
        text=(
            "Computer vision is becoming the kitchen's health inspector\n"
            "Published 10 February 2025 | Updated 12 February 2025\n"
            "Correction: An earlier version of this article put the 2024 market at $3.1 billion. The correct figure, "
            "from Northgate Insights, is $3.4 billion.\n"
            "Cameras that flag a missing hairnet, or a raw-chicken board left on the salad station, are spreading "
            "through commercial kitchens. Northgate Insights values the market for AI vision systems used in "
            "food-safety inspection at $3.4 billion in 2024 and expects it to reach $7.9 billion in 2029, a compound "
            "annual growth rate of 18.4% from 2024 to 2029. Bangkok-based Siam Foodtech Intelligence, using a "
            "narrower definition, puts the 2024 market at $2.9 billion. US health departments logged more than 48,000 "
            "critical violations in restaurants last year."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 3.4) ** (1 / 5) - 1 = 18.37% -> 18.4
        ],
    ),
    # 27. Forum answer: series opens in USD million, so $1.02 billion and "pass $2 billion" are expected converted to
    # USD million; the quoted 21% contradicts the amounts (the poster suspects a rebased 2023). Nowhere: 212 upvotes,
    # three locations, $9k a year.
    dict(
        text=(
            "Q: Anyone know how big the market for AI inventory and demand-forecasting software for restaurants "
            "actually is?\n"
            "A (top answer, 212 upvotes): Depends who you ask, but the figures I trust come from Hollis Foodtech "
            "Research. They had it at $870 million in 2023 and $1.02 billion in 2024, and they're calling for it to "
            "pass $2 billion in 2027. Their release says that's 21% growth for 2024, which doesn't square with their own "
            "numbers; I think they quietly rebased 2023. For scale: I run three locations and our software bill is about "
            "$9k a year."
        ),
        obs=[
            ("Total", 2023, 870, "USD million", "actual"),
            ("Total", 2024, 1020, "USD million", "actual"),
            ("Total", 2027, 2000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1020 / 870 - 1 = 17.24%; bounds 1015 / 870.5 - 1 = 16.60% to 1025 / 869.5 - 1 = 17.88%;
            # 21 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Annual-report industry overview of a delivery platform: the AI-dispatch market it commissions from an
    # Australian house (Total). Nowhere: the >US$90bn food-delivery market (no year, the whole market), KRW 310bn
    # (won), 1.9bn orders, own GMV US$8.4bn, section and note numbers.
    dict(
        text=(
            "FoodHop Holdings Annual Report 2024. Section 2.3 Industry overview. We operate in an Asia-Pacific "
            "food-delivery market worth more than US$90 billion. Within it, the segment most relevant to our "
            "technology strategy is AI dispatch: the software that batches orders, assigns riders and predicts "
            "preparation times. According to a study we commissioned from Sydney-based Harbourline Research, spending "
            "on AI dispatch by Asia-Pacific delivery platforms reached US$1.26 billion in 2024, up 23% from "
            "US$1.02 billion in 2023. Korea alone accounted for KRW 310 billion. In 2024 our platform completed "
            "1.9 billion orders and our gross merchandise value was US$8.4 billion (see Note 5)."
        ),
        obs=[
            ("Total", 2023, 1.02, "USD billion", "actual"),
            ("Total", 2024, 1.26, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.26 / 1.02 - 1 = 23.53% -> 24, not 23; bounds 1.255 / 1.025 - 1 = 22.44% to
            # 1.265 / 1.015 - 1 = 24.63%, so 23 is reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Provincial catering plan (Simplified): a 2027 target (力争突破, estimate), the 2024 base, 增长1.3倍 (x1.3 over
    # 3 years), a stated average rate. Nowhere: plan title years, 500 demonstration outlets, 60% coverage rate.
    dict(
        text=(
            "××省商务厅关于印发《××省餐饮业数字化转型行动方案（2025—2027年）》的通知\n"
            "……二、发展目标\n"
            "到2027年，全省餐饮领域人工智能应用（含智能点餐、后厨自动化、智能备货和食品安全智能监测）市场规模力争突破"
            "120亿元，较2024年的52亿元增长1.3倍，2024—2027年年均增长32%左右；培育智慧餐厅示范门店500家以上，"
            "规模以上餐饮企业智能化改造覆盖率达到60%。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.3, "multiple", 2024, 2027, 3.0),
            ("cagr", 32, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (120 / 52) ** (1 / 3) - 1 = 32.15% -> 32
        ],
    ),
    # 30. Broker's research note (Simplified): 2024 amount with its year-on-year rate and the 2023 base in brackets, a
    # scene's share with its amount, a 2026 forecast. Nowhere: report number, the company's 8.7亿元 revenue, target
    # price 45.6元 and 23% upside.
    dict(
        text=(
            "【华衡证券｜餐饮机器人行业深度报告】发布日期：2025年4月18日　报告编号：HH-2025-0412\n"
            "核心观点：我们测算，2024年中国炒菜机器人市场规模约为38.5亿元，同比增长27.1%（2023年为30.3亿元）。"
            "分场景看，中式快餐占比62%，规模约23.9亿元，团餐与食堂次之。随着连锁品牌标准化出餐需求提升，预计2026年"
            "市场规模有望达到72亿元。重点推荐某公司：2024年营收8.7亿元，给予目标价45.6元，对应上涨空间23%。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("中式快餐", 2024, 23.9, "CNY 100 million", "actual"),
            ("Total", 2026, 72, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 30.3 - 1 = 27.06% -> 27.1
            ("arithmetic", "exact"),    # 23.9 / 38.5 = 62.08% -> 62
        ],
    ),
    # 31. Taiwan statistics release (Traditional): 新台幣億元, a year-on-year rate with both amounts, 今年 (2025) an
    # estimate at its printed 突破 figure. Nowhere: the day (14), 1,208 firms surveyed, 27.4% adoption rate.
    dict(
        text=(
            "【本報台北訊】2025年5月14日　經濟部統計處今（14）日發布「餐飲業智慧化經營概況調查」。調查顯示，2024年"
            "餐飲業者投入AI點餐、自助點餐機及智慧排班等系統的支出達新台幣46.8億元，較2023年的39.6億元增加18.2%。"
            "在1,208家受訪業者中，已導入AI系統者占27.4%。統計處指出，連鎖業者持續展店，預估今年相關支出可望突破55億元。"
        ),
        obs=[
            ("Total", 2023, 39.6, "TWD 100 million", "actual"),
            ("Total", 2024, 46.8, "TWD 100 million", "actual"),
            ("Total", 2025, 55, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.8 / 39.6 - 1 = 18.18% -> 18.2
        ],
    ),
    # 32. Hong Kong news item (Traditional): 去年 in a 2025 dateline is 2024, 億港元, a stated CAGR 2024-2028.
    # Nowhere: 1.7萬間 licensed outlets, 逾三成 (a fraction in words, an adoption rate), the HK$48 noodle price.
    dict(
        text=(
            "【本報訊】（2025年6月3日）人手短缺令本港食肆加快引入科技。顧問公司港灣策略今日發表報告指，本港餐廳採用的"
            "AI需求預測及存貨管理系統市場，去年規模約4.86億港元，預計2028年增至11.2億港元，2024至2028年的年均複合"
            "增長率約23%。報告又指，全港約1.7萬間持牌食肆中，逾三成已使用電子點餐；一碗雲吞麵的平均售價亦已升至48元。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2028, 11.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.2 / 4.86) ** (1 / 4) - 1 = 23.21% -> 23
        ],
    ),
    # 33. Taiwan brokerage note (Traditional): one segment with share and amount, another with share only, 為2024年的
    # 2.2倍 (x2.2 over 3 years). Nowhere: the Buy rating, target price 680元, EPS 12.4元.
    dict(
        text=(
            "【宏晟投顧產業報告｜2025年3月】台灣餐飲AI應用市場規模2024年約新台幣62億元，其中自助點餐機占35%（約21.7億元），"
            "智慧廚房設備占28%，其餘為訂位、外送派單與庫存預測等軟體。我們預估2027年市場將擴大至138億元，為2024年的2.2倍。"
            "個股方面，維持某公司「買進」評等，目標價680元，2025年EPS預估12.4元。"
        ),
        obs=[
            ("Total", 2024, 62, "TWD 100 million", "actual"),
            ("自助點餐機", 2024, 21.7, "TWD 100 million", "actual"),
            ("Total", 2027, 138, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("multiple", 2.2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.7 / 62 = 35.00% -> 35 (the 28% share has no amount: no verdict)
        ],
    ),
    # 34. Zhihu answer (Simplified): approximate amounts at their printed figures, a second publisher's 95亿元 for 2024
    # expected nowhere, 今年 (2025) an estimate. Nowhere: 6000万单 daily orders, the date line.
    dict(
        text=(
            "知乎 · 回答｜外卖平台的AI智能调度，到底是多大的市场？\n"
            "谢邀。口径很乱，我只说我觉得比较靠谱的一家：按灼见咨询的数据，2023年国内外卖平台智能调度系统市场规模约86亿元，"
            "2024年约108亿元，增长25%。另一家机构给2024年的数字是95亿元，统计口径不同，别混着用。照这个势头，今年有望突破"
            "130亿元。顺便说一句，平台日均订单早就超过6000万单了，但那跟调度系统的市场规模是两回事。\n"
            "发布于 2025-02-20"
        ),
        obs=[
            ("Total", 2023, 86, "CNY 100 million", "actual"),
            ("Total", 2024, 108, "CNY 100 million", "actual"),
            ("Total", 2025, 130, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 108 / 86 - 1 = 25.58% -> 26, not 25; bounds 107.5 / 86.5 - 1 = 24.28% to 108.5 / 85.5 - 1 = 26.90%,
            # so 25 is reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Association report (Simplified): 较2021年增长3倍 (x3 over 3 years, no 2021 amount), a 突破 target for 2027 and a
    # stated CAGR 2024-2027. Nowhere: the report's title year 2025, 42万家 outlets, chapter number, 71.5% of respondents.
    dict(
        text=(
            "全国餐饮智能化发展联盟近日发布《2025中国餐饮数字化发展报告》。报告显示，2024年我国餐饮业AI食品安全视觉监测"
            "（即“明厨亮灶”智能识别）市场规模达到27.4亿元，较2021年增长3倍，相关系统已覆盖门店约42万家。报告预计，"
            "到2027年该市场将突破60亿元，2024—2027年复合增长率约30%。报告第三章还指出，受访企业中有71.5%计划在两年内"
            "增加相关投入。"
        ),
        obs=[
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (60 / 27.4) ** (1 / 3) - 1 = 29.86% -> 30
        ],
    ),
    # 36. Markdown table, years as columns with an E column and a Total row; rows add to the total in 2023 and 2025E,
    # and within rounding in 2024. Nowhere: exhibit number, "Q1 2025 update".
    dict(
        text=(
            "Exhibit 7. Global AI-in-restaurants spending by application, 2023-2025E (US$ million)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Ordering kiosks & voice AI | 2,143 | 2,611 | 3,184 |\n"
            "| Kitchen automation | 1,318 | 1,694 | 2,149 |\n"
            "| Demand forecasting & inventory | 872 | 1,021 | 1,233 |\n"
            "| Delivery dispatch AI | 1,507 | 1,776 | 2,092 |\n"
            "| Food-safety vision | 612 | 758 | 947 |\n"
            "| Total | 6,452 | 7,861 | 9,605 |\n"
            "Note: 2025E figures are estimates. Figures are rounded, so totals may not add. Source: Brennan & Vale "
            "Foodservice Technology Tracker, Q1 2025 update."
        ),
        obs=[
            ("Ordering kiosks & voice AI", 2023, 2143, "USD million", "actual"),
            ("Ordering kiosks & voice AI", 2024, 2611, "USD million", "actual"),
            ("Ordering kiosks & voice AI", 2025, 3184, "USD million", "estimate"),
            ("Kitchen automation", 2023, 1318, "USD million", "actual"),
            ("Kitchen automation", 2024, 1694, "USD million", "actual"),
            ("Kitchen automation", 2025, 2149, "USD million", "estimate"),
            ("Demand forecasting & inventory", 2023, 872, "USD million", "actual"),
            ("Demand forecasting & inventory", 2024, 1021, "USD million", "actual"),
            ("Demand forecasting & inventory", 2025, 1233, "USD million", "estimate"),
            ("Delivery dispatch AI", 2023, 1507, "USD million", "actual"),
            ("Delivery dispatch AI", 2024, 1776, "USD million", "actual"),
            ("Delivery dispatch AI", 2025, 2092, "USD million", "estimate"),
            ("Food-safety vision", 2023, 612, "USD million", "actual"),
            ("Food-safety vision", 2024, 758, "USD million", "actual"),
            ("Food-safety vision", 2025, 947, "USD million", "estimate"),
            ("Total", 2023, 6452, "USD million", "actual"),
            ("Total", 2024, 7861, "USD million", "actual"),
            ("Total", 2025, 9605, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 2143 + 1318 + 872 + 1507 + 612 = 6452
            # 2024: 2611 + 1694 + 1021 + 1776 + 758 = 7860, printed 7861; rows at +/-0.5 each reach 7857.5 to 7862.5,
            # the total at +/-0.5 spans 7860.5 to 7861.5, so the two meet
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 3184 + 2149 + 1233 + 2092 + 947 = 9605
        ],
    ),
    # 37. Tab-separated yen table from a Japanese house (¥100 million = JPY 100 million), fiscal-year columns, an F
    # column and a CAGR FY24-27 column (span printed: stated); the demand-forecasting row prints 32.4% where its amounts
    # give 23.4% (a transposed-digit typo). Nowhere: the fiscal-year-end note, source year.
    dict(
        text=(
            "Japan: AI solutions for restaurants, market size by segment (¥100 million)\n"
            "Segment\tFY2023\tFY2024\tFY2027F\tCAGR FY24-27\n"
            "Self-order kiosks & tablets\t412\t468\t655\t11.9%\n"
            "Cooking robots\t96\t131\t298\t31.5%\n"
            "Demand forecasting\t58\t74\t139\t32.4%\n"
            "Total\t566\t673\t1,092\t17.5%\n"
            "Note: Fiscal years end in March. FY2027F is a forecast. Source: Kasumi Research Institute, 2025."
        ),
        obs=[
            ("Self-order kiosks & tablets", 2023, 412, "JPY 100 million", "actual"),
            ("Self-order kiosks & tablets", 2024, 468, "JPY 100 million", "actual"),
            ("Self-order kiosks & tablets", 2027, 655, "JPY 100 million", "estimate"),
            ("Cooking robots", 2023, 96, "JPY 100 million", "actual"),
            ("Cooking robots", 2024, 131, "JPY 100 million", "actual"),
            ("Cooking robots", 2027, 298, "JPY 100 million", "estimate"),
            ("Demand forecasting", 2023, 58, "JPY 100 million", "actual"),
            ("Demand forecasting", 2024, 74, "JPY 100 million", "actual"),
            ("Demand forecasting", 2027, 139, "JPY 100 million", "estimate"),
            ("Total", 2023, 566, "JPY 100 million", "actual"),
            ("Total", 2024, 673, "JPY 100 million", "actual"),
            ("Total", 2027, 1092, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 11.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 31.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 32.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (655 / 468) ** (1 / 3) - 1 = 11.86% -> 11.9
            ("cagr|implied", "exact"),  # (298 / 131) ** (1 / 3) - 1 = 31.52% -> 31.5
            # (139 / 74) ** (1 / 3) - 1 = 23.38%; bounds (138.5 / 74.5) ** (1/3) - 1 = 22.96% to
            # (139.5 / 73.5) ** (1/3) - 1 = 23.81%; 32.4 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1092 / 673) ** (1 / 3) - 1 = 17.51% -> 17.5
            ("hierarchy", "exact"),     # FY2023: 412 + 96 + 58 = 566
            ("hierarchy", "exact"),     # FY2024: 468 + 131 + 74 = 673
            ("hierarchy", "exact"),     # FY2027F: 655 + 298 + 139 = 1092
        ],
    ),
    # 38. Space-aligned table with years as rows, a lone value column headed by its unit only (Total), and a YoY
    # column: 2023's 54.7% is a typo for 45.7%, 2024's 34.1% only reaches within rounding. Nowhere: the KRW figure in
    # the note (won), the "—" of 2021.
    dict(
        text=(
            "Korea: cooking robots sold to restaurants\n"
            "Hanbit Industry Research, Seoul, June 2025\n"
            "Year     USD million      YoY\n"
            "2021            48.0        —\n"
            "2022            71.5    49.0%\n"
            "2023           104.2    54.7%\n"
            "2024           139.8    34.1%\n"
            "2025E          181.0    29.5%\n"
            "2026F          228.0    26.0%\n"
            "Note: Includes frying, stir-fry and noodle robots; excludes serving robots. 2025E and 2026F are estimates. "
            "In local currency the 2024 market was KRW 190.8 billion."
        ),
        obs=[
            ("Total", 2021, 48.0, "USD million", "actual"),
            ("Total", 2022, 71.5, "USD million", "actual"),
            ("Total", 2023, 104.2, "USD million", "actual"),
            ("Total", 2024, 139.8, "USD million", "actual"),
            ("Total", 2025, 181.0, "USD million", "estimate"),
            ("Total", 2026, 228.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 49.0, "percent", 2021, 2022, 1.0),
            ("growth", 54.7, "percent", 2022, 2023, 1.0),
            ("growth", 34.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.5 / 48.0 - 1 = 48.96% -> 49.0
            # 104.2 / 71.5 - 1 = 45.73%; bounds 104.15 / 71.55 - 1 = 45.56% to 104.25 / 71.45 - 1 = 45.91%;
            # 54.7 is out of reach
            ("cagr|implied", "inconsistent"),
            # 139.8 / 104.2 - 1 = 34.17% -> 34.2, not 34.1; bounds 139.75 / 104.25 - 1 = 34.05% to
            # 139.85 / 104.15 - 1 = 34.28%, so 34.1 is reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 181.0 / 139.8 - 1 = 29.47% -> 29.5
            ("cagr|implied", "exact"),  # 228.0 / 181.0 - 1 = 25.97% -> 26.0
        ],
    ),
    # 39. Simplified Chinese markdown table of one year's segments with shares of the total; the 合计 row carries its
    # own label and its 100.0% is no claim; food-safety vision prints 7.9% where its amounts give 7.85% at best.
    # Nowhere: table number, the white paper's title year.
    dict(
        text=(
            "表2　2024年中国餐饮AI市场结构（单位：亿元）\n"
            "| 细分领域 | 市场规模 | 占比 |\n"
            "| --- | --- | --- |\n"
            "| 智能点餐 | 96.4 | 31.5% |\n"
            "| 后厨自动化 | 78.2 | 25.6% |\n"
            "| 外卖智能调度 | 71.5 | 23.4% |\n"
            "| 需求预测与备货 | 35.8 | 11.7% |\n"
            "| 食品安全视觉监测 | 24.0 | 7.9% |\n"
            "| 合计 | 305.9 | 100.0% |\n"
            "注：数据来源于某研究院《中国餐饮数字化白皮书（2025）》；占比经四舍五入，合计可能不等于100%。"
        ),
        obs=[
            ("智能点餐", 2024, 96.4, "CNY 100 million", "actual"),
            ("后厨自动化", 2024, 78.2, "CNY 100 million", "actual"),
            ("外卖智能调度", 2024, 71.5, "CNY 100 million", "actual"),
            ("需求预测与备货", 2024, 35.8, "CNY 100 million", "actual"),
            ("食品安全视觉监测", 2024, 24.0, "CNY 100 million", "actual"),
            ("合计", 2024, 305.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31.5, "percent", 2024, 2024, None),
            ("share", 25.6, "percent", 2024, 2024, None),
            ("share", 23.4, "percent", 2024, 2024, None),
            ("share", 11.7, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 96.4 / 305.9 = 31.51% -> 31.5
            ("arithmetic", "exact"),    # 78.2 / 305.9 = 25.56% -> 25.6
            ("arithmetic", "exact"),    # 71.5 / 305.9 = 23.37% -> 23.4
            ("arithmetic", "exact"),    # 35.8 / 305.9 = 11.70% -> 11.7
            # 24.0 / 305.9 = 7.846% -> 7.8, not 7.9; bounds 23.95 / 305.95 = 7.828% to 24.05 / 305.85 = 7.863%,
            # so 7.9 is reachable
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),     # 96.4 + 78.2 + 71.5 + 35.8 + 24.0 = 305.9
        ],
    ),
    # 40. Traditional Chinese space-aligned table, total row printed first (label 合計), an F column; rows add to the
    # total in every year. Nowhere: table number, the note's date.
    dict(
        text=(
            "表3　台灣外送平台AI派單與路徑最佳化系統市場（單位：新台幣億元）\n"
            "項目                  2023     2024    2025F\n"
            "合計                  18.6     23.9     30.8\n"
            "外送平台自建系統      11.2     14.1     17.6\n"
            "第三方派單軟體         5.1      6.8      9.2\n"
            "路徑最佳化服務         2.3      3.0      4.0\n"
            "註：2025F為預估值。資料來源：宏晟投顧整理，2025年4月。"
        ),
        obs=[
            ("合計", 2023, 18.6, "TWD 100 million", "actual"),
            ("合計", 2024, 23.9, "TWD 100 million", "actual"),
            ("合計", 2025, 30.8, "TWD 100 million", "estimate"),
            ("外送平台自建系統", 2023, 11.2, "TWD 100 million", "actual"),
            ("外送平台自建系統", 2024, 14.1, "TWD 100 million", "actual"),
            ("外送平台自建系統", 2025, 17.6, "TWD 100 million", "estimate"),
            ("第三方派單軟體", 2023, 5.1, "TWD 100 million", "actual"),
            ("第三方派單軟體", 2024, 6.8, "TWD 100 million", "actual"),
            ("第三方派單軟體", 2025, 9.2, "TWD 100 million", "estimate"),
            ("路徑最佳化服務", 2023, 2.3, "TWD 100 million", "actual"),
            ("路徑最佳化服務", 2024, 3.0, "TWD 100 million", "actual"),
            ("路徑最佳化服務", 2025, 4.0, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 11.2 + 5.1 + 2.3 = 18.6
            ("hierarchy", "exact"),  # 2024: 14.1 + 6.8 + 3.0 = 23.9
            ("hierarchy", "exact"),  # 2025F: 17.6 + 9.2 + 4.0 = 30.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 14, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    '$1.9 billion by 2030',
    'over 2024-2030',
    'about US$640 million this year',
    'more than double by 2028',
    'puts the 2024 market at $2.6 billion',
    'total addressable market',
    'in fiscal 2024 (the year to March 2025)',
    'roughly 2.5 times the fiscal 2023 level',
    'by year-end',
    'has been revised to $1.12 billion',
    '€780 million to €900 million by 2030',
    '力争达到120亿元',
    '较2021年增长3倍',
    '出货约5.2万台',
    '今年預估將成長27%',
    'HK$1,250 million',
    '另一家外商研調機構',
    '約占兩成',
    '有望接近50亿元',
    '| Total | 2.98 | 3.74 | 4.67 | 7.06 |',
    'FY2025e  FY2026F',
    'Year\tUS$ million\tYoY',
    '单位：亿元',
    '2025(F)',
    'at roughly $9.6 billion this year',
    'about a 17% compound rate over 2025 to 2029',
    'nearly a fourfold increase',
    'of which frying and grilling robots made up 41% (US$0.75 billion)',
    'was a US$2.3bn market last year',
    'Call it ~24% a year',
    '$14B (2024) → $38B (2028E)',
    '29% CAGR; 2.7x in four years',
    'expanded 31.5% to ¥48.2 billion in fiscal 2024',
    'shipments of serving robots reached 11,400 units',
    'An earlier version of this article put the 2024 market at $3.1 billion',
    'pass $2 billion in 2027',
    'Korea alone accounted for KRW 310 billion',
    '力争突破120亿元，较2024年的52亿元增长1.3倍',
    '同比增长27.1%（2023年为30.3亿元）',
    '較2023年的39.6億元增加18.2%',
    '去年規模約4.86億港元',
    '為2024年的2.2倍',
    '另一家机构给2024年的数字是95亿元',
    'CAGR FY24-27',
    '| 合计 | 305.9 | 100.0% |',
    '合計                  18.6',
    '2025E          181.0    29.5%',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 232
#: figures, 53 rates, 83 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-fifty-sixth, -fifty-eighth, -sixtieth and -sixty-second sets
#: (it kept unread): 232, 54, 83 and 2
FLOORS = {"figures_found": 235, "rates_found": 54, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset163.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
