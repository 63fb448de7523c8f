"""A two-hundred-and-forty-second check set for the extractor, written blind: AI in postal services, parcels and lockers:
AI address reading and parcel sorting, AI route and delivery-time prediction for couriers, smart parcel lockers with AI
load planning, AI customer-service bots for post offices, AI fraud and customs screening of parcels, AI demand
forecasting for peak seasons; sized in money by postal operators, postal regulators and unions, transport ministries,
brokers, consultancies, research houses and couriers' investor days, in the United States, Canada, the United Kingdom,
Ireland, Germany, France, the Netherlands, Poland (zloty only as an aside), Sweden (kronor only as an aside), Australia,
Japan, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian dollars, yen, yuan 亿元/万元,
新台幣億元, 億港元). Distractors a careful reader leaves out: total parcel, postal or courier revenue beside the AI part,
numbers of parcels, letters, lockers, post offices or vans, a stamp's or a delivery's price, an operator's own revenue
or margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in postal services, parcels and lockers: eight English prose texts
(an Atlanta wire release on address reading and parcel sorting, a Tokyo broker note in fiscal years and yen, a London
briefing on UK operators with three segments and shares, a Bonn article on German carriers quoting two research houses,
an Amsterdam parcel group's capital-markets-day TAM, a Paris city logistics plan with last-year/this-year figures and a
target, a correction notice on a Canadian story with a range, a locker blog with 'nearly 3x'), seven Chinese prose texts
(an express-sorting report, a Guangdong postal plan with 力争到 and 增长2倍, a Xinhua story on customer-service bots and
customs screening quoting two institutes, a Taiwan logistics white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story
with 去年/今年, a broker deep-dive on lockers and delivery robots with a range) and five tables (markdown by European
country with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned Swedish uses with shares, a vertical
Australian table with YoY, a tab-separated Polish segment table). Left out: total parcel, postal and courier revenue,
counts of parcels, lockers, post offices, branches, vans and stores, stamp and delivery prices, operators' revenue,
margins, orders and share goals, funding rounds and valuations, quarter figures, survey answers, the redelivery rate,
won, zloty, Canadian and Australian-dollar amounts, a second house's figure, a misstated range. Inconsistent: Bonn's 21%
CAGR, the broker's 同比增长24.2%, France's 20.3% CAGR, Australia's 2023 YoY. Only by rounding: the Tokyo CAGR, the UK bots'
share, Guangdong's 25.5%, the Taiwan 18.9% CAGR, the CNA 21%, the 2024年 合计 and the Swedish route-prediction share.

Snippets 21-40: Twenty snippets on AI in postal services, parcels and lockers (address reading and parcel sorting, route
and delivery-time prediction, smart-locker load planning, customer-service bots, fraud and customs screening of parcels,
peak-season demand forecasting): eight English prose pieces (a US sorting-robot maker's earnings call sizing a US-and-
Canada TAM, a British working-paper abstract with a 2030 figure in billions, a German locker thread with a zloty aside,
a Dublin article with a correction line, a Utrecht shareholder letter with a multiple and an inferred-span CAGR, Sydney
investor-day slides with an Australian-dollar aside, a forum answer quoting two French houses, a Seoul broker note in
won with claims but no observations), seven Chinese prose pieces (a Xinhua-style sorting release, a Shenzhen locker plan
with a part in 万元 and an inferred-span CAGR, a Taipei parcel-logistics release, a Hong Kong last-mile report in 億港元, a
PTT post in 億美元, a broker abstract with a 2027 range, a cross-border courier's results-briefing transcript) and five
tables (markdown US dollars with a CAGR column, tab-separated yen with a YoY column, space-aligned pounds with a share
column, a vertical euro table of years headed by its unit only, a 新台幣億元 table with a 合計 row). Left out: parcel, postal
and courier revenue, counts of parcels, labels, calls, lockers, post offices, vans and staff, stamp and delivery prices,
operators' own revenue, margins, guidance and profit, funding rounds, dividends, target prices, a quarter's figures,
survey percentages, zloty, Australian dollars, kronor and won, a second house's figure, a corrected misprint.
Inconsistent: the thread's 24.5% CAGR, the Dublin 31% share, the Hong Kong 22% CAGR, the markdown fraud-screening CAGR.
Rounding only: the working paper's 25%, the forum's 14%, the Shenzhen 23%, the Taipei 54.6% share, the PTT 25%, the
briefing's 26%, the markdown locker CAGR, the yen contact-centre YoY, the pound fraud share and the Taiwan table's 2023
合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Atlanta wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    outlook's title year, the 960 managers surveyed, the 23 billion parcels, the $215 billion of carrier revenue
    #    (total parcel revenue), the 73-cent stamp, the 57% survey answer.
    dict(
        text=(
            "ATLANTA, March 11, 2025 /PRNewswire/ -- U.S. postal operators, parcel carriers and e-commerce fulfilment "
            "hubs spent $527 million on AI address reading, parcel sorting and dimensioning in 2024, up 26% from $418 "
            "million in 2023, according to the 2025 Parcel Automation Outlook released today by Peachtree Logistics "
            "Research. The Atlanta firm, which surveyed 960 hub and plant managers, forecasts spending of $1.8 billion "
            "by 2030, a compound annual growth rate of 22.7% over 2024-2030. Americans shipped roughly 23 billion "
            "parcels last year, bringing carriers some $215 billion in revenue, and a First-Class stamp now costs 73 "
            "cents. Some 57% of the managers surveyed said they planned to stop keying unreadable labels by hand within "
            "two years."
        ),
        obs=[
            ("Total", 2023, 418, "USD million", "actual"),
            ("Total", 2024, 527, "USD million", "actual"),
            ("Total", 2030, 1800, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (527 / 418) ** (1 / 1) - 1 = 26.08% -> 26
            ("cagr|implied", "exact"),  # (1800 / 527) ** (1 / 6) - 1 = 22.72% -> 22.7
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "around 20%" where the amounts give 20.52%. Expected nowhere: the dateline, the 5 billion
    #    parcels, the 10% redelivery rate (no share of the market), the ¥1,060 parcel price, the Korean couriers' ₩290
    #    billion (won, not in the unit table), the covered firm's revenue, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 9 June 2025. Japan Parcels & Post, sector note. We size Japan's market for AI delivery-time "
            "prediction, redelivery-avoidance routing and parcel-locker load planning at ¥18.6 billion in FY2024 (year "
            "to March) and forecast ¥47.3 billion by FY2029e, a CAGR of around 20%. Japanese carriers handle some 5 "
            "billion parcels a year, roughly 10% of which still need a second delivery attempt, and a standard 60-size "
            "parcel costs about ¥1,060 to send. In Korea, couriers spend an estimated ₩290 billion a year on similar "
            "tools. Our top pick, Sakura Logistics Systems (Buy, TP ¥3,400, 24% upside), grew FY2024 revenue 11% to "
            "¥72.5 billion at an 8.6% operating margin."
        ),
        obs=[
            ("Total", 2024, 18.6, "JPY billion", "actual"),
            ("Total", 2029, 47.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (47.3 / 18.6) ** (1 / 5) - 1 = 20.52% -> 21, not 20; bounds (47.25 / 18.65) ** (1/5) - 1 = 20.43%,
            # (47.35 / 18.55) ** (1/5) - 1 = 20.61% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total in GBP million and three segments with shares (the customer-service
    #    bots' "some 14%" holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP
    #    million. Expected nowhere: the 37 operators interviewed, the £23 billion parcel market (total parcel
    #    revenue), the 11,500 post-office branches, the £1.65 stamp.
    dict(
        text=(
            "LONDON, 8 October 2025 - UK postal and parcel operators spent £164 million on AI tools in 2024, a briefing "
            "from the Thameside Institute for Logistics finds. AI address reading and parcel sorting took the largest "
            "slice, £63 million or 38%, followed by route and delivery-time prediction at £47 million (29%). AI "
            "customer-service bots came to £24 million, some 14% of the total, most of it spent answering tracking "
            "enquiries. The institute, which interviewed 37 operators, expects spending to reach £0.41 billion in 2029. "
            "The UK parcel market as a whole was worth about £23 billion last year, the country counts some 11,500 "
            "post-office branches, and a first-class stamp costs £1.65."
        ),
        obs=[
            ("Total", 2024, 164, "GBP million", "actual"),
            ("AI address reading and parcel sorting", 2024, 63, "GBP million", "actual"),
            ("Route and delivery-time prediction", 2024, 47, "GBP million", "actual"),
            ("AI customer-service bots", 2024, 24, "GBP million", "actual"),
            ("Total", 2029, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 63 / 164 = 38.41% -> 38
            ("arithmetic", "exact"),  # 47 / 164 = 28.66% -> 29
            # 24 / 164 = 14.63% -> 15, not 14; bounds 23.5 / 164.5 = 14.29%, 24.5 / 163.5 = 14.98% -> 14 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Bonn article quoting two research houses on German parcel carriers: the first house's base, target and rates
    #    are the snippet's; its "up 23%" holds, its 21% CAGR is inconsistent. Expected nowhere: Elbe Logistics
    #    Research's €151 million for 2024, the 4.3 billion parcels, the €27 billion of carrier revenue (total), the
    #    €6.99 parcel price, Poland's 310 million zloty (not in the unit table), the 61% survey answer.
    dict(
        text=(
            "BONN, 12 June 2025 - German parcel carriers and the national postal operator spent €118 million on AI route "
            "planning, delivery-time prediction and parcel-locker load planning in 2024, up 23% on the €96 million of "
            "2023, estimates the Cologne research house Rheinpaket Analytics. It expects €330 million in 2030, which it "
            "describes as compound annual growth of 21% between 2024 and 2030. A second house, Elbe Logistics Research, "
            "puts 2024 spending at €151 million because it also counts warehouse robotics. German carriers delivered "
            "some 4.3 billion parcels last year and took in about €27 billion, and a standard parcel costs around €6.99 "
            "to send. Across the border, Polish carriers spent roughly 310 million zloty on similar tools. In a survey, "
            "61% of German online shoppers said they would accept a narrower delivery window if AI predicted it."
        ),
        obs=[
            ("Total", 2023, 96, "EUR million", "actual"),
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2030, 330, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 96) ** (1 / 1) - 1 = 22.92% -> 23
            # (330 / 118) ** (1 / 6) - 1 = 18.70% -> 19, not 21; bounds (329.5 / 118.5) ** (1/6) - 1 = 18.58%,
            # (330.5 / 117.5) ** (1/6) - 1 = 18.81% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Capital-markets-day transcript (Amsterdam parcel group): the total addressable market it sizes is the market
    #    (Total), in EUR billion, with "roughly a 14% CAGR" over a printed span. Expected nowhere: the group's revenue
    #    and EBIT margin, its 6,800 vans and 12,000 lockers, its 15% share goal, the third quarter's 310 million
    #    parcels and €1.1 billion of revenue.
    dict(
        text=(
            "Lowlands Parcel Group Capital Markets Day, Amsterdam, November 20, 2025 - transcript excerpt. Maarten de "
            "Vries, chief financial officer: \"We size the total addressable market for AI in European parcel delivery, "
            "meaning address reading and sorting, route and delivery-time prediction, locker load planning and "
            "customer-service bots, at €3.1 billion in 2024, and we expect €6.9 billion by 2030. That's roughly a 14% "
            "CAGR from 2024 to 2030. Our own revenue was €4.2 billion last year at a 9.5% EBIT margin, we run about "
            "6,800 vans and 12,000 parcel lockers, and our ambition is a 15% share of that market by 2030. In the third "
            "quarter alone we delivered 310 million parcels and booked €1.1 billion of revenue.\""
        ),
        obs=[
            ("Total", 2024, 3.1, "EUR billion", "actual"),
            ("Total", 2030, 6.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.9 / 3.1) ** (1 / 6) - 1 = 14.27% -> 14
        ],
    ),
    # 6. Paris city logistics plan: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 24% rise holds. Expected nowhere: the plan's title years, the €6 million locker fund and its
    #    150 lockers, the 1.1 million parcels a day, the €1.39 stamp, the 49% survey answer.
    dict(
        text=(
            "PARIS, 27 January 2025 - The Urban Logistics Plan 2025-2030 published today by the City of Paris estimates "
            "that the postal operator, parcel carriers and locker networks spent €34 million on AI delivery-route "
            "prediction, parcel-locker load planning and cargo-bike dispatch in the city last year, and expects €42 "
            "million this year, a rise of 24%. The plan sets a target of €100 million by 2030. It earmarks €6 million "
            "to install 150 new shared lockers and notes that about 1.1 million parcels are delivered in Paris each "
            "working day, while a standard letter stamp costs €1.39. In a survey it cites, 49% of residents said they "
            "had collected a parcel from a locker in the past month."
        ),
        obs=[
            ("Total", 2024, 34, "EUR million", "actual"),
            ("Total", 2025, 42, "EUR million", "estimate"),
            ("Total", 2030, 100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42 / 34) ** (1 / 1) - 1 = 23.53% -> 24
        ],
    ),
    # 7. Correction notice on a Canadian parcel story: the 2029 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$610-710 million,
    #    the C$98 million (Canadian dollars, not in the unit table), the 290 million parcels, the C$1.24 stamp; the
    #    range is expected once though printed twice.
    dict(
        text=(
            "Correction, 11 August 2025: An earlier version of this article misstated the 2029 forecast. Maplegate "
            "Research expects the Canadian market to reach US$160 million to US$210 million in 2029, not US$610 million "
            "to US$710 million.\n"
            "Canada's postal operator, couriers and online retailers spent US$72 million in 2024 on AI parcel sorting, "
            "delivery-time prediction and customs screening of cross-border parcels, according to Maplegate Research, "
            "a Toronto consultancy. It expects the market to reach US$160 million to US$210 million in 2029 as more "
            "parcels move through lockers. In Canadian dollars, the 2024 figure came to about C$98 million. The "
            "national postal operator delivered some 290 million parcels last year, and a domestic stamp now costs "
            "about C$1.24."
        ),
        obs=[
            ("Total", 2024, 72, "USD million", "actual"),
        ],
        claims=[
            ("value", 160, "USD million", 2029, 2029, None),
            ("value", 210, "USD million", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 8. Parcel blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict). Expected
    #    nowhere: the $4.90 cost of a home delivery, the start-up's funding round and valuation, the fourth quarter's
    #    9,800 lockers, the 60,000 public parcel lockers.
    dict(
        text=(
            "Last Mile Notes, a parcel blog, March 3, 2025 - The humble locker has learned to think. U.S. carriers and "
            "retailers spent $46 million on AI load planning for smart parcel lockers in 2021; by 2024 the figure was "
            "nearly 3x that, at $131 million, according to Kerbside Insights. Set that against the roughly $4.90 an "
            "average home delivery costs a carrier. The Denver start-up Slotwise raised $35 million in January at a "
            "$240 million valuation, and in the fourth quarter of 2024 its software ran 9,800 lockers. The country now "
            "has some 60,000 public parcel lockers, most of them still filled first come, first served."
        ),
        obs=[
            ("Total", 2021, 46, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on express-parcel sorting: 同比增长 with both amounts, a part
    #    (AI面单与地址识别) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the
    #    1,700亿件 parcels, the 约1.4万亿元 of express revenue (total), the 约8元 parcel price, the 62% survey answer.
    dict(
        text=(
            "《2025中国快递科技与智能分拣发展报告》日前在杭州发布。报告显示，2024年我国快递AI智能分拣（面单识别、"
            "地址解析、体积测量等）市场规模达到63.8亿元，同比增长24.6%，2023年为51.2亿元。其中，AI面单与地址识别"
            "市场规模为21.4亿元，占比33.5%。报告预计，到2030年该市场规模将达到179亿元，2024—2030年复合增长率为"
            "18.8%。报告同时指出，2024年全国快递业务量超过1,700亿件，快递业务收入约1.4万亿元，同城快递单票价格约8"
            "元；受访企业中有62%表示计划在两年内更换老旧分拣设备。"
        ),
        obs=[
            ("Total", 2023, 51.2, "CNY 100 million", "actual"),
            ("Total", 2024, 63.8, "CNY 100 million", "actual"),
            ("AI面单与地址识别", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2030, 179, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 33.5, "percent", 2024, 2024, None),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63.8 / 51.2) ** (1 / 1) - 1 = 24.61% -> 24.6
            ("arithmetic", "exact"),  # 21.4 / 63.8 = 33.54% -> 33.5
            ("cagr|implied", "exact"),  # (179 / 63.8) ** (1 / 6) - 1 = 18.76% -> 18.8
        ],
    ),
    # 10. Guangdong provincial postal plan (Simplified): 2023 and 2024 actuals with a 同比增长25.5% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as a
    #     multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约7.8万组 lockers, the
    #     约380亿件 parcels, the 1.5亿元 provincial fund and its 20 demonstration outlets.
    dict(
        text=(
            "广东省邮政管理局日前印发《广东省智慧邮政快递发展三年行动方案（2025—2027年）》。方案显示，2024年全省快递"
            "智能分拣、AI路由规划与智能快件箱调度市场规模达14.2亿元，同比增长25.5%，2023年为11.3亿元。方案提出，"
            "力争到2027年全省相关市场规模突破42亿元，较2024年增长2倍。方案还明确，全省已建成智能快件箱约7.8万组，"
            "快递业务量约380亿件，省级财政安排专项资金1.5亿元，支持建设20个智慧邮政示范网点。"
        ),
        obs=[
            ("Total", 2023, 11.3, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2027, 42, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (14.2 / 11.3) ** (1 / 1) - 1 = 25.66% -> 25.7, not 25.5; bounds 14.15 / 11.35 - 1 = 24.67%,
            # 14.25 / 11.25 - 1 = 26.67% -> 25.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI customer-service bots and customs screening of
    #     parcels: the first institute's base, YoY and target are the snippet's; both rates hold. Expected nowhere: the
    #     second centre's 33亿元 for 2024, the dateline, the forum's title year, the 约5.4万处 post offices, the 约60亿件
    #     cross-border parcels.
    dict(
        text=(
            "新华社北京2025年4月8日电（记者马文涛）记者从2025中国邮政快递智能化发展论坛上获悉，据国邮智能物流研究院"
            "测算，2024年我国邮政快递AI智能客服、包裹风险识别与海关查验辅助市场规模达27.4亿元，比上年的22.1亿元增长"
            "24.0%。该院预计，到2027年市场规模将达到52亿元，2024年至2027年年均复合增长率约24%。另一家机构华智供应链"
            "研究中心则估算，2024年这一市场规模为33亿元。据统计，全国邮政普遍服务营业场所约5.4万处，2024年跨境电商"
            "包裹约60亿件。"
        ),
        obs=[
            ("Total", 2023, 22.1, "CNY 100 million", "actual"),
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("Total", 2027, 52, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 22.1) ** (1 / 1) - 1 = 23.98% -> 24.0
            ("cagr|implied", "exact"),  # (52 / 27.4) ** (1 / 3) - 1 = 23.81% -> 24
        ],
    ),
    # 12. Taiwan logistics white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約9,000座 pickup lockers, the 新台幣60元 shipping fee, the 約1,300處 post offices, the 約7億件 parcels.
    dict(
        text=(
            "《2025臺灣智慧物流與郵務科技白皮書》指出，2024年國內AI包裹分揀、智慧取貨櫃負載規劃與配送時間預測市場"
            "規模為新台幣23.4億元，預估2029年將成長至新台幣55.8億元，2024至2029年年複合成長率達18.9%。白皮書並指出，"
            "全台智慧取貨櫃約9,000座，超商店到店寄件每件運費約新台幣60元，郵局營業據點約1,300處，國內宅配包裹量一年"
            "約7億件。"
        ),
        obs=[
            ("Total", 2024, 23.4, "TWD 100 million", "actual"),
            ("Total", 2029, 55.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (55.8 / 23.4) ** (1 / 5) - 1 = 18.98% -> 19.0, not 18.9; bounds (55.75 / 23.45) ** (1/5) - 1 = 18.91%,
            # (55.85 / 23.35) ** (1/5) - 1 = 19.05% -> 18.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on parcel sorting, smart lockers and chatbots:
    #     約3.6億港元 expected at its printed figure; the YoY and the 約20% CAGR hold. Expected nowhere: the 約1.6億件
    #     parcels, the 2.2港元 postage, the 約2,400個 lockers, the 約三成 residents (a share in words and a survey), the
    #     start-up's 5,000萬港元 funding round.
    dict(
        text=(
            "香港物流科技協會昨日公布研究報告指出，2024年本港郵政及速遞業AI包裹分揀、智能櫃負載規劃與客服聊天機械人"
            "的市場規模約3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2028年市場規模將升至7.4億港元，2024至"
            "2028年年均複合增長率約20%。報告又指，本港每年處理包裹約1.6億件，本地平郵郵費為2.2港元，全港智能櫃約"
            "2,400個；受訪市民中約三成曾經使用智能櫃取件。本地初創企業櫃聯科技上月完成5,000萬港元融資。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2028, 7.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),  # (7.4 / 3.6) ** (1 / 4) - 1 = 19.74% -> 20
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI peak-season demand forecasting and route
    #     planning: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 21% rise holds
    #     only by rounding. Expected nowhere: the first quarter's 1.4億元, the home-delivery firm's own revenue and
    #     operating margin, the 1.3萬家 convenience stores.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年5月6日電）市調機構群峰產業研究今天表示，去年台灣物流業AI旺季需求預測與配送"
            "路線規劃的市場規模約新台幣6.8億元，今年在電商購物節檔期帶動下，可望成長21%至8.3億元。不過今年第一季"
            "市場規模約新台幣1.4億元，低於預期。物流商嘉禾宅配去年營收新台幣52億元，營業利益率約7%；全台已有逾1.3萬家"
            "超商門市提供包裹取件服務。"
        ),
        obs=[
            ("Total", 2024, 6.8, "TWD 100 million", "actual"),
            ("Total", 2025, 8.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (8.3 / 6.8) ** (1 / 1) - 1 = 22.06% -> 22, not 21; bounds 8.25 / 6.85 - 1 = 20.44%,
            # 8.35 / 6.75 - 1 = 23.70% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on smart-locker dispatch and delivery-robot routing: 2023/2024 actuals with a
    #     同比增长24.2% that is inconsistent; the 2027 range 70亿—85亿元 gives two value claims (no observation). Expected
    #     nowhere: the report's date, the leading firm's revenue, gross margin, rating and target price, its
    #     third-quarter orders, the 约45万组 lockers, the 约0.3元 locker fee.
    dict(
        text=(
            "东岳证券研究所2025年9月深度报告《AI重塑快递末端：智能柜与无人车的下一站》。我们测算，2024年国内智能快递柜"
            "AI调度与末端无人车路径规划市场规模为41.5亿元，同比增长24.2%，2023年为33.9亿元。随着末端投递加速向驿站和"
            "智能柜转移，我们预计2027年市场规模将达到70亿—85亿元。行业龙头柜达科技2024年营收18.6亿元，毛利率31%，"
            "首次覆盖给予“买入”评级，目标价42元；公司三季度新签订单同比增长37%。目前全国智能快递柜约45万组，单件入柜"
            "投递费约0.3元。"
        ),
        obs=[
            ("Total", 2023, 33.9, "CNY 100 million", "actual"),
            ("Total", 2024, 41.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (41.5 / 33.9) ** (1 / 1) - 1 = 22.42% -> 22.4, not 24.2; bounds 41.45 / 33.95 - 1 = 22.09%,
            # 41.55 / 33.85 - 1 = 22.75% -> 24.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 16. Markdown table (AI parcel sorting and address reading by European country, EUR million) with a CAGR 2024-30
    #     column and a Total row: each row's CAGR is stated (span in the header); France's 20.3% is inconsistent; rows
    #     add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number, the monitor's title
    #     year, the 640 sorting centres.
    dict(
        text=(
            "Table 2. AI parcel sorting and address reading by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Germany | 42.6 | 118.3 | 18.6% |\n"
            "| France | 28.4 | 77.9 | 20.3% |\n"
            "| Netherlands | 11.7 | 33.5 | 19.2% |\n"
            "| Sweden | 6.3 | 17.4 | 18.4% |\n"
            "| Total | 89.0 | 247.1 | 18.6% |\n"
            "Source: Weser Parcel Analytics, European Sorting Intelligence Monitor 2025; covers about 640 sorting "
            "centres. F = forecast."
        ),
        obs=[
            ("Germany", 2024, 42.6, "EUR million", "actual"),
            ("Germany", 2030, 118.3, "EUR million", "estimate"),
            ("France", 2024, 28.4, "EUR million", "actual"),
            ("France", 2030, 77.9, "EUR million", "estimate"),
            ("Netherlands", 2024, 11.7, "EUR million", "actual"),
            ("Netherlands", 2030, 33.5, "EUR million", "estimate"),
            ("Sweden", 2024, 6.3, "EUR million", "actual"),
            ("Sweden", 2030, 17.4, "EUR million", "estimate"),
            ("Total", 2024, 89.0, "EUR million", "actual"),
            ("Total", 2030, 247.1, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118.3 / 42.6) ** (1 / 6) - 1 = 18.56% -> 18.6
            # (77.9 / 28.4) ** (1 / 6) - 1 = 18.31% -> 18.3, not 20.3; bounds (77.85 / 28.45) ** (1/6) - 1 = 18.27%,
            # (77.95 / 28.35) ** (1/6) - 1 = 18.36% -> 20.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (33.5 / 11.7) ** (1 / 6) - 1 = 19.16% -> 19.2
            ("cagr|implied", "exact"),  # (17.4 / 6.3) ** (1 / 6) - 1 = 18.45% -> 18.4
            ("cagr|implied", "exact"),  # (247.1 / 89.0) ** (1 / 6) - 1 = 18.55% -> 18.6
            ("hierarchy", "exact"),  # 2024: 42.6 + 28.4 + 11.7 + 6.3 = 89.0
            ("hierarchy", "exact"),  # 2030F: 118.3 + 77.9 + 33.5 + 17.4 = 247.1
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国快递人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能分拣与面单识别\t24.3\t30.6\t37.9\n"
            "路径规划与时效预测\t13.7\t17.5\t22.1\n"
            "智能快件箱调度\t8.6\t11.2\t14.3\n"
            "AI客服与智能查单\t5.8\t7.7\t9.8\n"
            "合计\t52.4\t67.1\t84.1\n"
            "资料来源：邮政快递智能化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能分拣与面单识别", 2023, 24.3, "CNY 100 million", "actual"),
            ("智能分拣与面单识别", 2024, 30.6, "CNY 100 million", "actual"),
            ("智能分拣与面单识别", 2025, 37.9, "CNY 100 million", "estimate"),
            ("路径规划与时效预测", 2023, 13.7, "CNY 100 million", "actual"),
            ("路径规划与时效预测", 2024, 17.5, "CNY 100 million", "actual"),
            ("路径规划与时效预测", 2025, 22.1, "CNY 100 million", "estimate"),
            ("智能快件箱调度", 2023, 8.6, "CNY 100 million", "actual"),
            ("智能快件箱调度", 2024, 11.2, "CNY 100 million", "actual"),
            ("智能快件箱调度", 2025, 14.3, "CNY 100 million", "estimate"),
            ("AI客服与智能查单", 2023, 5.8, "CNY 100 million", "actual"),
            ("AI客服与智能查单", 2024, 7.7, "CNY 100 million", "actual"),
            ("AI客服与智能查单", 2025, 9.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 52.4, "CNY 100 million", "actual"),
            ("合计", 2024, 67.1, "CNY 100 million", "actual"),
            ("合计", 2025, 84.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 24.3 + 13.7 + 8.6 + 5.8 = 52.4
            # 2024: 30.6 + 17.5 + 11.2 + 7.7 = 67.0, not 67.1; bounds 66.8..67.2 (each part +/-0.05)
            # reach 67.05..67.15 -> 67.1 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 37.9 + 22.1 + 14.3 + 9.8 = 84.1
        ],
    ),
    # 18. Space-aligned table (Sweden, EUR million, 2024) with a share column and a Total row: four shares (the
    #     route-prediction row's 28.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the kronor conversion rate, the 11,000 lockers and service points.
    dict(
        text=(
            "Sweden: AI spending by postal and parcel operators by use, 2024\n"
            "Use                                      EUR million     Share\n"
            "AI address reading and parcel sorting            9.4     43.7%\n"
            "AI route and delivery-time prediction            6.1     28.6%\n"
            "AI parcel-locker load planning                   3.7     17.2%\n"
            "AI customer-service bots                         2.3     10.7%\n"
            "Total                                           21.5    100.0%\n"
            "Note 3: Converted from kronor at SEK 11.4 to the euro; Sweden has about 11,000 parcel lockers and service "
            "points. Source: Norrland Post Research."
        ),
        obs=[
            ("AI address reading and parcel sorting", 2024, 9.4, "EUR million", "actual"),
            ("AI route and delivery-time prediction", 2024, 6.1, "EUR million", "actual"),
            ("AI parcel-locker load planning", 2024, 3.7, "EUR million", "actual"),
            ("AI customer-service bots", 2024, 2.3, "EUR million", "actual"),
            ("Total", 2024, 21.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 43.7, "percent", 2024, 2024, None),
            ("share", 28.6, "percent", 2024, 2024, None),
            ("share", 17.2, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.4 / 21.5 = 43.72% -> 43.7
            # 6.1 / 21.5 = 28.37% -> 28.4, not 28.6; bounds 6.05 / 21.55 = 28.07%, 6.15 / 21.45 = 28.67%
            # -> 28.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 3.7 / 21.5 = 17.21% -> 17.2
            ("arithmetic", "exact"),  # 2.3 / 21.5 = 10.70% -> 10.7
            ("hierarchy", "exact"),  # 9.4 + 6.1 + 3.7 + 2.3 = 21.5
        ],
    ),
    # 19. Vertical table (Australia) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 25.1% is inconsistent. Expected nowhere: the
    #     source's month and year, the Australian-dollar conversion rate, the 4,300 postal outlets, the 2020 dash.
    dict(
        text=(
            "Australia: spending on AI parcel sorting, locker load planning and delivery-time prediction\n"
            "Year | USD million | YoY\n"
            "2020 | 18.2 | -\n"
            "2021 | 22.6 | 24.2%\n"
            "2022 | 28.9 | 27.9%\n"
            "2023 | 35.1 | 25.1%\n"
            "2024 | 43.4 | 23.6%\n"
            "2025E | 52.8 | 21.7%\n"
            "Source: Wattle Logistics Research, May 2025; Australian-dollar spending converted at A$1.52 to the US "
            "dollar; the postal network counts about 4,300 outlets. E = estimate."
        ),
        obs=[
            ("Total", 2020, 18.2, "USD million", "actual"),
            ("Total", 2021, 22.6, "USD million", "actual"),
            ("Total", 2022, 28.9, "USD million", "actual"),
            ("Total", 2023, 35.1, "USD million", "actual"),
            ("Total", 2024, 43.4, "USD million", "actual"),
            ("Total", 2025, 52.8, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2020, 2021, 1.0),
            ("growth", 27.9, "percent", 2021, 2022, 1.0),
            ("growth", 25.1, "percent", 2022, 2023, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.6 / 18.2) ** (1 / 1) - 1 = 24.18% -> 24.2
            ("cagr|implied", "exact"),  # (28.9 / 22.6) ** (1 / 1) - 1 = 27.88% -> 27.9
            # (35.1 / 28.9) ** (1 / 1) - 1 = 21.45% -> 21.5, not 25.1; bounds 35.05 / 28.95 - 1 = 21.07%,
            # 35.15 / 28.85 - 1 = 21.84% -> 25.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (43.4 / 35.1) ** (1 / 1) - 1 = 23.65% -> 23.6
            ("cagr|implied", "exact"),  # (52.8 / 43.4) ** (1 / 1) - 1 = 21.66% -> 21.7
        ],
    ),
    # 20. Tab-separated segment table (Poland, EUR million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the złoty conversion rate, the 30,000 parcel lockers.
    dict(
        text=(
            "Poland: AI in parcels and lockers by segment (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI parcel sorting and address reading\t21\t27\t34\n"
            "AI route and delivery-time prediction\t14\t18\t23\n"
            "AI parcel-locker load planning\t17\t22\t29\n"
            "AI fraud and customs screening\t6\t8\t11\n"
            "Total\t58\t75\t97\n"
            "Source: Vistula Parcel Analytics; converted from złoty at PLN 4.30 to the euro; the country has some "
            "30,000 parcel lockers. F = forecast."
        ),
        obs=[
            ("AI parcel sorting and address reading", 2023, 21, "EUR million", "actual"),
            ("AI parcel sorting and address reading", 2024, 27, "EUR million", "actual"),
            ("AI parcel sorting and address reading", 2025, 34, "EUR million", "estimate"),
            ("AI route and delivery-time prediction", 2023, 14, "EUR million", "actual"),
            ("AI route and delivery-time prediction", 2024, 18, "EUR million", "actual"),
            ("AI route and delivery-time prediction", 2025, 23, "EUR million", "estimate"),
            ("AI parcel-locker load planning", 2023, 17, "EUR million", "actual"),
            ("AI parcel-locker load planning", 2024, 22, "EUR million", "actual"),
            ("AI parcel-locker load planning", 2025, 29, "EUR million", "estimate"),
            ("AI fraud and customs screening", 2023, 6, "EUR million", "actual"),
            ("AI fraud and customs screening", 2024, 8, "EUR million", "actual"),
            ("AI fraud and customs screening", 2025, 11, "EUR million", "estimate"),
            ("Total", 2023, 58, "EUR million", "actual"),
            ("Total", 2024, 75, "EUR million", "actual"),
            ("Total", 2025, 97, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21 + 14 + 17 + 6 = 58
            ("hierarchy", "exact"),  # 2024: 27 + 18 + 22 + 8 = 75
            ("hierarchy", "exact"),  # 2025F: 34 + 23 + 29 + 11 = 97
        ],
    ),
    # 21. US sorting-robot maker's earnings-call answer sizing a US-and-Canada TAM (USD billion) for AI address reading
    #     and parcel singulation: the TAM the company sizes is the market (Total); "this year" is the call's year
    #     (2025, "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the 410
    #     induction lines, the 14 million labels a day, the 22 billion US parcels.
    dict(
        text=(
            "Parcelwise Robotics Q2 2025 earnings call, August 7, 2025 - Q&A\n"
            "Analyst (Marcus Lindqvist, Harbor Point Securities): Can you size the opportunity beyond the national "
            "carriers you already serve?\n"
            "CEO Renata Osei: Sure. We put the total addressable market for AI address reading, label recognition and "
            "robotic parcel singulation at US and Canadian hubs at roughly $3.4 billion this year, up 21% from $2.8 "
            "billion last year, as regional carriers and the big retailers build their own sort centers. We see it "
            "reaching $6.1 billion by 2029, a compound annual rate of about 16% over 2025-2029. For the quarter, "
            "revenue came in at $148 million with a 31% gross margin, and we now run 410 induction lines that read "
            "about 14 million labels a day. Keep in mind US shippers moved some 22 billion parcels last year."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2029, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 16, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.8) ** (1 / 1) - 1 = 21.43% -> 21
            ("cagr|implied", "exact"),  # (6.1 / 3.4) ** (1 / 4) - 1 = 15.73% -> 16
        ],
    ),
    # 22. British working-paper abstract on AI route and delivery-time prediction for couriers (GBP million): YoY with
    #     both amounts that holds only by rounding, a 2030 figure in billions converted to the series' unit (GBP
    #     million, estimate), CAGR with printed span. Expected nowhere: the paper number, the £23 billion of UK parcel
    #     revenue, the 4.4 billion parcels, the largest carrier's 46,000 vans.
    dict(
        text=(
            "Pennine Centre for Logistics Research, Working Paper 2025/11. Abstract: Using courier tender documents, "
            "app-store data and vendor accounts, we estimate what UK parcel carriers and same-day couriers spend on AI "
            "route optimisation and delivery-time prediction, the models behind the one-hour delivery windows that "
            "customers now expect. Spending rose from \u00a374 million in 2023 to \u00a392 million in 2024, an increase "
            "of 25%, and we project \u00a30.26 billion by 2030, a compound annual growth rate of 18.9% over 2024-2030. "
            "These sums are small beside the roughly \u00a323 billion of UK parcel revenue, the 4.4 billion parcels "
            "delivered in 2024 or the 46,000 vans of the largest carrier. We find that predicted windows cut failed "
            "first deliveries most in rural postcodes."
        ),
        obs=[
            ("Total", 2023, 74, "GBP million", "actual"),
            ("Total", 2024, 92, "GBP million", "actual"),
            ("Total", 2030, 260, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (92 / 74) ** (1 / 1) - 1 = 24.32% -> 24, not 25; bounds 91.5 / 74.5 - 1 = 22.82%,
            # 92.5 / 73.5 - 1 = 25.85% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (260 / 92) ** (1 / 6) - 1 = 18.90% -> 18.9
        ],
    ),
    # 23. German social-media thread (numbered posts) on AI load planning for parcel lockers (EUR million): YoY with
    #     both amounts; a CAGR with printed span that no reading gives (inconsistent). Expected nowhere: the post
    #     numbers, the 16,000 public lockers, the €0.40 saving per delivery, the PLN 210M aside (zloty), the 61%
    #     survey answer.
    dict(
        text=(
            "1/ Thread on something nobody talks about: the software that decides which parcel goes behind which "
            "locker door. Germany's parcel lockers are getting an AI brain.\n"
            "2/ New numbers from Spree Logistik Analytics: German spending on AI load planning and slot allocation for "
            "parcel lockers went from \u20ac64M in 2023 to \u20ac81M in 2024, +27% YoY.\n"
            "3/ Their forecast: \u20ac260M by 2030, which they describe as a 2024-30 CAGR of 24.5%.\n"
            "4/ For scale, the country now has something like 16,000 public lockers, and a locker drop still costs "
            "the carrier about \u20ac0.40 less than a doorstep delivery.\n"
            "5/ Poland is years ahead: its biggest locker network spent roughly PLN 210M on locker software last "
            "year. And 61% of Germans under 35 in the study's survey say they prefer a locker to the doorstep. /end"
        ),
        obs=[
            ("Total", 2023, 64, "EUR million", "actual"),
            ("Total", 2024, 81, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 24.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (81 / 64) ** (1 / 1) - 1 = 26.56% -> 27
            # (260 / 81) ** (1 / 6) - 1 = 21.45%; bounds (259.5 / 81.5) ** (1/6) - 1 = 21.29%,
            # (260.5 / 80.5) ** (1/6) - 1 = 21.62% -> 24.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Dublin web article with a correction line on AI customer-service bots for postal and parcel operators (EUR
    #     million): YoY with both amounts, two parts with shares, one share reached by no reading (inconsistent); 2028
    #     (expects, estimate). Expected nowhere: the byline date, the misprinted €2 million, the 1.7 million calls,
    #     the 900 post offices, the €1.65 stamp.
    dict(
        text=(
            "Chatbots are answering the post office phone\n"
            "By Ciar\u00e1n Moloney, 12 May 2025\n"
            "Irish postal and parcel operators spent \u20ac26 million on AI customer-service chatbots and voice agents "
            "in 2024, up 30% from \u20ac20 million in 2023, according to research house Shannonside Digital. Web and "
            "app chatbots, which track parcels and rebook missed deliveries, accounted for \u20ac15 million, or 58% of "
            "the total, while voice agents in call centres came to \u20ac7 million, some 31%. The firm expects spending "
            "to reach \u20ac55 million by 2028. The national operator alone fields about 1.7 million customer calls a "
            "year, runs some 900 post offices and charges \u20ac1.65 for a domestic stamp.\n"
            "Correction: An earlier version of this article put 2023 spending at \u20ac2 million. The correct figure "
            "is \u20ac20 million."
        ),
        obs=[
            ("Total", 2023, 20, "EUR million", "actual"),
            ("Total", 2024, 26, "EUR million", "actual"),
            ("Web and app chatbots", 2024, 15, "EUR million", "actual"),
            ("Voice agents in call centres", 2024, 7, "EUR million", "actual"),
            ("Total", 2028, 55, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26 / 20) ** (1 / 1) - 1 = 30.00% -> 30
            ("arithmetic", "exact"),  # 15 / 26 = 57.69% -> 58
            # 7 / 26 = 26.92%; bounds 6.5 / 26.5 = 24.53%, 7.5 / 25.5 = 29.41% -> 31 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Utrecht parcel operator's letter to shareholders (EUR million) on the Benelux market for AI parcel sorting:
    #     a multiple between 2019 and 2024 (x2.8, distance 5, no verdict), a 2028 figure in billions ("exceed",
    #     printed figure, converted to EUR million, estimate) and a CAGR whose span only the amounts' years give
    #     (inferred). Expected nowhere: the annual report's title year, the letter's date, the company's revenue, its
    #     4% growth and 6.1% margin, the 1.1 billion parcels, the 620 vans, the €0.48 dividend.
    dict(
        text=(
            "Annual Report 2024 - Letter to shareholders\n"
            "Utrecht, 27 February 2025\n"
            "Dear shareholders, automation in our industry is moving faster than parcel volumes. By our estimate, "
            "parcel carriers and postal operators in the Benelux spent \u20ac430 million in 2024 on AI parcel sorting - "
            "address reading, dimensioning and robotic induction - 2.8 times the \u20ac152 million of 2019. We expect "
            "that market to exceed \u20ac0.7 billion in 2028, a compound annual growth of about 13%. Our own revenue "
            "rose 4% to \u20ac2.9 billion at an operating margin of 6.1%; we delivered 1.1 billion parcels and took "
            "620 electric vans into service. The board proposes a dividend of \u20ac0.48 per share. Thank you for your "
            "continued support."
        ),
        obs=[
            ("Total", 2019, 152, "EUR million", "actual"),
            ("Total", 2024, 430, "EUR million", "actual"),
            ("Total", 2028, 700, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2019, 2024, 5.0),
            ("cagr", 13, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (700 / 430) ** (1 / 4) - 1 = 12.96% -> 13 (bounds 650-750 for the printed 0.7 billion)
            ("cagr|period", "exact"),
        ],
    ),
    # 26. Sydney courier's investor-day slide bullets (USD billion) sizing an ANZ and Southeast Asian TAM for AI route
    #     optimisation and delivery-time prediction: 2024 TAM actual, 2025E and 2028E estimates; YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the investor day's year and date, the slide number, the
    #     A$2.2bn aside (Australian dollars), the 3,400 vans, the FY2025 revenue guidance and EBITDA margin, the 52%
    #     survey answer.
    dict(
        text=(
            "Southern Cross Freight Investor Day 2025 - Sydney, 9 September 2025\n"
            "Slide 11: The AI last-mile opportunity\n"
            "- 2024 TAM: $1.2B for AI route optimisation and delivery-time prediction across Australia, New Zealand "
            "and Southeast Asia\n"
            "- 2025E TAM: $1.45B (+21% YoY), roughly A$2.2bn\n"
            "- 2028E TAM: $2.5B, a 2025-28 CAGR of 20%\n"
            "- Delivery vans running our routing engine: 3,400\n"
            "- FY2025 revenue guidance: $780-810M at a 17% EBITDA margin\n"
            "- 52% of courier drivers surveyed say predicted time windows cut failed deliveries"
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2025, 1.45, "USD billion", "estimate"),
            ("Total", 2028, 2.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.45 / 1.2) ** (1 / 1) - 1 = 20.83% -> 21
            ("cagr|implied", "exact"),  # (2.5 / 1.45) ** (1 / 3) - 1 = 19.91% -> 20
        ],
    ),
    # 27. Forum answer quoting two research houses on French AI fraud and customs screening of parcels (EUR million):
    #     the first house gives base, target and rate (the snippet's figures); its CAGR holds only by rounding.
    #     Expected nowhere: the second house's €275 million for 2029, the 287 upvotes, the 800 million low-value
    #     parcels, the €150 duty exemption.
    dict(
        text=(
            "Re: Is there any sizing for AI customs screening of parcels in France?\n"
            "Top answer (287 upvotes): Two houses publish on this and they disagree. Observatoire Colis & Donn\u00e9es "
            "puts French spending on AI fraud and customs screening of parcels - X-ray image analytics, declaration "
            "checks, counterfeit detection - at \u20ac124 million in 2024 and forecasts \u20ac233 million by 2029, a "
            "CAGR of 14% over 2024-2029. Brume Analytics is more aggressive and has 2029 at \u20ac275 million. For "
            "context, French customs handled something like 800 million low-value parcels last year, and the EU's "
            "\u20ac150 duty exemption for small consignments is on its way out. I'd trust the Observatoire: they count "
            "only software and analytics, not the scanners themselves."
        ),
        obs=[
            ("Total", 2024, 124, "EUR million", "actual"),
            ("Total", 2029, 233, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (233 / 124) ** (1 / 5) - 1 = 13.45% -> 13, not 14; bounds (232.5 / 124.5) ** (1/5) - 1 = 13.31%,
            # (233.5 / 123.5) ** (1/5) - 1 = 13.59% -> 14 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI parcel sorting and address recognition: won is not in the unit table, so no
    #     observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in a held currency,
    #     so no verdicts. Expected nowhere: the dateline, the KRW 1.15 trillion, the 5.1 billion parcels, the 100
    #     parcels per person, the target price and upside, the pick's March-quarter margin.
    dict(
        text=(
            "Hanbit Investment & Securities - Korea Logistics - Seoul, 3 June 2025\n"
            "Sorting gets smarter. We size Korea's market for AI parcel sorting and address recognition at KRW 1.15 "
            "trillion in 2024, up 19% year on year, and forecast a 17% CAGR over 2024-2029 as the big couriers rebuild "
            "their hub sorters for next-day and dawn delivery. AI address and label reading accounts for 34% of that "
            "spend. Korea handled some 5.1 billion parcels last year, roughly 100 per person. Our top pick, Daon Logis "
            "(BUY, TP KRW 48,000, 26% upside), reported an 8.4% operating margin for the March quarter."
        ),
        obs=[],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in express-parcel sorting: YoY with both amounts, a part with
    #     its share, a 2027 figure (突破, printed figure, estimate). Expected nowhere: the dateline, the 1750亿件 of
    #     parcels, the 1.4万亿元 of express revenue, the 2元 per-parcel price.
    dict(
        text=(
            "新华社北京2025年4月22日电(记者王晓岚)记者从中国快递智能化发展研究中心获悉,2024年我国快递分拣领域人工智能"
            "应用(含智能面单识别、AI分拣调度与异常件识别)市场规模达到214.6亿元,较2023年的176.3亿元增长21.7%。其中,"
            "智能面单识别市场规模为68.9亿元,占比32.1%。研究中心预计,到2027年该市场规模将突破350亿元。数据显示,2024年"
            "全国快递业务量累计完成1750亿件,业务收入约1.4万亿元;部分电商件平均单票收入已降至2元左右。"
        ),
        obs=[
            ("Total", 2023, 176.3, "CNY 100 million", "actual"),
            ("Total", 2024, 214.6, "CNY 100 million", "actual"),
            ("智能面单识别", 2024, 68.9, "CNY 100 million", "actual"),
            ("Total", 2027, 350, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("share", 32.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214.6 / 176.3) ** (1 / 1) - 1 = 21.72% -> 21.7
            ("arithmetic", "exact"),  # 68.9 / 214.6 = 32.11% -> 32.1
        ],
    ),
    # 30. Shenzhen municipal plan (Simplified, 亿元) on AI at the delivery end: 2024 base actual, 2027 target (力争,
    #     estimate), a part in 万元 kept in its own unit (CNY 10 thousand, 2027 target, estimate), a CAGR whose span
    #     only the amounts' years give (inferred), holding only by rounding. Expected nowhere: the document number,
    #     the title's year span, the 2.6万组 lockers, the 18亿元 of hub construction funds.
    dict(
        text=(
            "《深圳市智能快件箱与末端配送智慧化提升行动方案(2025—2027年)》(深府办函〔2025〕31号)\n"
            "二、主要目标。到2027年,全市快递末端AI应用(含智能快件箱AI装载规划、无人车配送调度、AI投递时效预测)市场"
            "规模力争达到26.8亿元,较2024年的14.2亿元明显提升,年均增长约23%;其中,智能快件箱AI装载规划市场规模力争达到"
            "52000万元。全市布设智能快件箱超过2.6万组,快件箱投递比重稳步提高。三、保障措施。市级财政统筹安排物流枢纽"
            "建设资金约18亿元,支持企业开放末端配送数据。"
        ),
        obs=[
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2027, 26.8, "CNY 100 million", "estimate"),
            ("智能快件箱AI装载规划", 2027, 52000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (26.8 / 14.2) ** (1 / 3) - 1 = 23.58% -> 24, not 23; bounds (26.75 / 14.25) ** (1/3) - 1 = 23.36%,
            # (26.85 / 14.15) ** (1/3) - 1 = 23.80% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI in parcel logistics: YoY with both amounts, CAGR
    #     with printed span, a part with a share that holds only by rounding; 2028 (預估, estimate). Expected nowhere:
    #     the dateline, the 6,500座 pickup lockers, the 60元 shipping fee, the 4億元 Series A round.
    dict(
        text=(
            "【台北訊】2025年6月10日 — 台灣物流科技研究所今日發布研究指出,2024年台灣包裹物流AI應用(含AI地址辨識分揀、"
            "智慧取貨櫃調度與配送時間預測)市場規模達新台幣27.4億元,較2023年的22.1億元成長24.0%。研究所預估,2028年市場"
            "規模將達新台幣51億元,2024至2028年年複合成長率約16.8%。其中超商店到店包裹AI分揀為最大宗,2024年規模為新台幣"
            "14.9億元,占比54.6%。研究所統計,全台智慧取貨櫃約6,500座,超商店到店寄件運費每件60元起;新創業者櫃智科技今年"
            "已完成新台幣4億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 22.1, "TWD 100 million", "actual"),
            ("Total", 2024, 27.4, "TWD 100 million", "actual"),
            ("Total", 2028, 51, "TWD 100 million", "estimate"),
            ("超商店到店包裹AI分揀", 2024, 14.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("cagr", 16.8, "percent", 2024, 2028, None, "stated"),
            ("share", 54.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 22.1) ** (1 / 1) - 1 = 23.98% -> 24.0
            ("cagr|implied", "exact"),  # (51 / 27.4) ** (1 / 4) - 1 = 16.80% -> 16.8
            # 14.9 / 27.4 = 54.38% -> 54.4, not 54.6; bounds 14.85 / 27.45 = 54.10%, 14.95 / 27.35 = 54.66%
            # -> 54.6 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI last-mile routing, locker scheduling and parcel
    #     sorting: YoY with both amounts, a CAGR with printed span that no reading gives (inconsistent); 2029 (預計,
    #     estimate). Expected nowhere: the report's title year, the 380億港元 of courier and postal revenue, the 2,300
    #     smart lockers, the 2.4港元 letter postage.
    dict(
        text=(
            "香港物流及郵遞科技協會《2025香港最後一里配送科技報告》指出,隨著網購包裹量持續上升,本港AI派件路線規劃、"
            "智能櫃AI調度及包裹分揀相關市場規模於2024年達到9.6億港元,較2023年的8.1億港元增長18.5%。報告預計,2029年"
            "市場規模將達到23.4億港元,2024至2029年複合年增長率為22%。報告又指,全港速遞及郵遞服務業2024年收益約380億"
            "港元,全港智能櫃約2,300個,而本地平郵信件郵費為2.4港元。"
        ),
        obs=[
            ("Total", 2023, 8.1, "HKD 100 million", "actual"),
            ("Total", 2024, 9.6, "HKD 100 million", "actual"),
            ("Total", 2029, 23.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 8.1) ** (1 / 1) - 1 = 18.52% -> 18.5
            # (23.4 / 9.6) ** (1 / 5) - 1 = 19.51%; bounds (23.35 / 9.65) ** (1/5) - 1 = 19.33%,
            # (23.45 / 9.55) ** (1/5) - 1 = 19.68% -> 22 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on the global market for AI route and delivery-time prediction: YoY with both
    #     amounts holding only by rounding, 2028 (突破, printed figure, estimate; the title's 破 the same figure).
    #     Expected nowhere: the post's time line, the 4萬台 delivery vehicles, the 6% share-price move.
    dict(
        text=(
            "作者 parcelfan (包裹追蹤中)\n"
            "看板 Stock\n"
            "標題 [情報] 外資研調:AI派送路線預測市場2028年將破35億美元\n"
            "時間 Wed Jul 9 22:15:31 2025\n"
            "研調機構Lastmile Insight最新報告,全球快遞業用來做AI路線規劃與送達時間預測的市場,2024年規模為17.8億美元,"
            "比2023年的14.3億美元成長25%,預估2028年會突破35億美元。台灣這邊物流車隊大約4萬台,今年幾家宅配業者也開始"
            "導入送達時段預測。相關物流股上週漲了6%,不過這塊占營收還很小,大家自己評估。"
        ),
        obs=[
            ("Total", 2023, 14.3, "USD 100 million", "actual"),
            ("Total", 2024, 17.8, "USD 100 million", "actual"),
            ("Total", 2028, 35, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (17.8 / 14.3) ** (1 / 1) - 1 = 24.48% -> 24, not 25; bounds 17.75 / 14.35 - 1 = 23.69%,
            # 17.85 / 14.25 - 1 = 25.26% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI demand forecasting and capacity scheduling for peak seasons: YoY
    #     with both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict).
    #     Expected nowhere: the report date and series number, the 127亿件 of Double-11 parcels, the 40万 temporary
    #     sorters, the target price and upside, the pick's revenue.
    dict(
        text=(
            "【东岳证券】智慧物流系列报告之五:旺季不再靠拍脑袋,AI需求预测走进快递网络(2025年8月5日)\n"
            "摘要:我们测算,2024年我国快递与电商物流AI需求预测及运力调度市场规模为38.4亿元,较2023年的31.6亿元同比增长"
            "21.5%;预计2027年市场规模将达到62—70亿元。其中电商大促峰值预测占比约41%,为最大细分领域。2024年“双十一”"
            "期间全国快递业务量超过127亿件,全行业临时招募分拣员约40万人。首次覆盖给予行业“推荐”评级,重点推荐迅捷云仓"
            "(目标价28元,上涨空间31%),公司2024年营业收入12.6亿元。"
        ),
        obs=[
            ("Total", 2023, 31.6, "CNY 100 million", "actual"),
            ("Total", 2024, 38.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("value", 62, "CNY 100 million", 2027, 2027, None),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 31.6) ** (1 / 1) - 1 = 21.52% -> 21.5
        ],
    ),
    # 35. Cross-border courier's results-briefing transcript (Simplified, 亿元), dated 2025, on AI inspection and risk
    #     screening of cross-border parcels: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY
    #     holding only by rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the company's
    #     revenue and gross margin, the first quarter's net profit, the 300万件 parcels a day, the 41 overseas
    #     warehouses.
    dict(
        text=(
            "速达国际2024年度暨2025年第一季度业绩说明会文字实录(2025年5月20日)\n"
            "投资者:公司如何看待跨境包裹AI查验和风控这块的市场空间?\n"
            "董事长:按我们的测算,今年全国跨境电商包裹AI查验与风控市场规模约16亿元,去年为12.6亿元,增长约26%。到2028年,"
            "这一市场有望达到30亿元,2025—2028年复合增长率约23%。公司2024年营业收入86.4亿元,毛利率14%;一季度归母净利润"
            "1.9亿元。目前公司每天处理跨境包裹约300万件,自建海外仓41个。"
        ),
        obs=[
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2025, 16, "CNY 100 million", "estimate"),
            ("Total", 2028, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
            ("cagr", 23, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (16 / 12.6) ** (1 / 1) - 1 = 26.98% -> 27, not 26; bounds 15.5 / 12.65 - 1 = 22.53%,
            # 16.5 / 12.55 - 1 = 31.47% -> 26 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (30 / 16) ** (1 / 3) - 1 = 23.31% -> 23
        ],
    ),
    # 36. Markdown table (USD million, US AI in parcel and postal operations) by segment with a Total row and a CAGR
    #     column (span printed in the header); 2030F is an estimate; the locker CAGR holds only by rounding, the
    #     fraud-screening CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$210 billion of
    #     parcel revenue and the 480,000 delivery vans in the note.
    dict(
        text=(
            "Table 2. US market for AI in parcel and postal operations by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI address reading and parcel sorting | 524 | 1,236 | 15.4% |\n"
            "| Route and delivery-time prediction | 318 | 905 | 19.0% |\n"
            "| Smart-locker load planning | 96 | 341 | 23.6% |\n"
            "| Parcel fraud and customs screening | 187 | 446 | 17.6% |\n"
            "| Total | 1,125 | 2,928 | 17.3% |\n"
            "Note: F = forecast. Source: Caldwell & Rhee Logistics Advisory, from carrier capex filings and vendor "
            "contracts. Excludes the roughly US$210 billion of US parcel revenue; carriers ran about 480,000 delivery "
            "vans in 2024."
        ),
        obs=[
            ("AI address reading and parcel sorting", 2024, 524, "USD million", "actual"),
            ("AI address reading and parcel sorting", 2030, 1236, "USD million", "estimate"),
            ("Route and delivery-time prediction", 2024, 318, "USD million", "actual"),
            ("Route and delivery-time prediction", 2030, 905, "USD million", "estimate"),
            ("Smart-locker load planning", 2024, 96, "USD million", "actual"),
            ("Smart-locker load planning", 2030, 341, "USD million", "estimate"),
            ("Parcel fraud and customs screening", 2024, 187, "USD million", "actual"),
            ("Parcel fraud and customs screening", 2030, 446, "USD million", "estimate"),
            ("Total", 2024, 1125, "USD million", "actual"),
            ("Total", 2030, 2928, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1236 / 524) ** (1 / 6) - 1 = 15.38% -> 15.4
            ("cagr|implied", "exact"),  # (905 / 318) ** (1 / 6) - 1 = 19.04% -> 19.0
            # (341 / 96) ** (1 / 6) - 1 = 23.52% -> 23.5, not 23.6; bounds (340.5 / 96.5) ** (1/6) - 1 = 23.39%,
            # (341.5 / 95.5) ** (1/6) - 1 = 23.66% -> 23.6 reached only by some reading
            ("cagr|implied", "rounding"),
            # (446 / 187) ** (1 / 6) - 1 = 15.59%; bounds (445.5 / 187.5) ** (1/6) - 1 = 15.52%,
            # (446.5 / 186.5) ** (1/6) - 1 = 15.66% -> 17.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2928 / 1125) ** (1 / 6) - 1 = 17.28% -> 17.3
            ("hierarchy", "exact"),  # 2024: 524 + 318 + 96 + 187 = 1,125
            ("hierarchy", "exact"),  # 2030F: 1,236 + 905 + 341 + 446 = 2,928
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese postal and parcel operations with a Total
    #     row and a YoY column; the contact-centre YoY holds only by rounding. Expected nowhere: the figure number,
    #     the 5 billion parcels and the 24,000 post offices in the note.
    dict(
        text=(
            "Figure 4. Japan: AI in postal and parcel operations by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI address and postcode reading\t14.2\t16.9\t19.0%\n"
            "Delivery-route and time-slot prediction\t21.5\t26.3\t22.3%\n"
            "Parcel-locker load planning\t5.8\t7.6\t31.0%\n"
            "AI contact-centre bots\t3.9\t5.1\t31.3%\n"
            "Total\t45.4\t55.9\t23.1%\n"
            "Note: fiscal years to March. Source: Musashino Logistics Research, from contracts with postal and "
            "parcel operators; the roughly 5 billion parcels handled a year and some 24,000 post offices are given "
            "for context only."
        ),
        obs=[
            ("AI address and postcode reading", 2023, 14.2, "JPY billion", "actual"),
            ("AI address and postcode reading", 2024, 16.9, "JPY billion", "actual"),
            ("Delivery-route and time-slot prediction", 2023, 21.5, "JPY billion", "actual"),
            ("Delivery-route and time-slot prediction", 2024, 26.3, "JPY billion", "actual"),
            ("Parcel-locker load planning", 2023, 5.8, "JPY billion", "actual"),
            ("Parcel-locker load planning", 2024, 7.6, "JPY billion", "actual"),
            ("AI contact-centre bots", 2023, 3.9, "JPY billion", "actual"),
            ("AI contact-centre bots", 2024, 5.1, "JPY billion", "actual"),
            ("Total", 2023, 45.4, "JPY billion", "actual"),
            ("Total", 2024, 55.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.9 / 14.2 - 1 = 19.01% -> 19.0
            ("cagr|implied", "exact"),  # 26.3 / 21.5 - 1 = 22.33% -> 22.3
            ("cagr|implied", "exact"),  # 7.6 / 5.8 - 1 = 31.03% -> 31.0
            # 5.1 / 3.9 - 1 = 30.77% -> 30.8, not 31.3; bounds 5.05 / 3.95 - 1 = 27.85%, 5.15 / 3.85 - 1 = 33.77%
            # -> 31.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 55.9 / 45.4 - 1 = 23.13% -> 23.1
            ("hierarchy", "exact"),  # FY2023: 14.2 + 21.5 + 5.8 + 3.9 = 45.4
            ("hierarchy", "exact"),  # FY2024: 16.9 + 26.3 + 7.6 + 5.1 = 55.9
        ],
    ),
    # 38. Space-aligned table (GBP million, UK, 2024) of AI spending by postal and parcel operators by use, with a
    #     share column and a Total row (its 100.0% is no claim); the fraud-screening share holds only by rounding.
    #     Expected nowhere: the 37 operators surveyed, the 11,500 post office branches in the note.
    dict(
        text=(
            "UK: AI spending by postal and parcel operators by use, 2024 (\u00a3m)\n"
            "Use                                       \u00a3m       Share\n"
            "AI address reading and sorting            38.4     36.6%\n"
            "Route and delivery-time prediction        27.9     26.6%\n"
            "Customer-service bots                     17.3     16.5%\n"
            "Parcel fraud and customs screening        11.6     11.1%\n"
            "Peak-season demand forecasting            9.8      9.3%\n"
            "Total                                     105.0    100.0%\n"
            "Note: Thameside Post & Parcels Consultancy survey of 37 operators; the 11,500 post office branches and "
            "stamp sales are outside the scope."
        ),
        obs=[
            ("AI address reading and sorting", 2024, 38.4, "GBP million", "actual"),
            ("Route and delivery-time prediction", 2024, 27.9, "GBP million", "actual"),
            ("Customer-service bots", 2024, 17.3, "GBP million", "actual"),
            ("Parcel fraud and customs screening", 2024, 11.6, "GBP million", "actual"),
            ("Peak-season demand forecasting", 2024, 9.8, "GBP million", "actual"),
            ("Total", 2024, 105.0, "GBP million", "actual"),
        ],
        claims=[
            ("share", 36.6, "percent", 2024, 2024, None),
            ("share", 26.6, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 11.1, "percent", 2024, 2024, None),
            ("share", 9.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.4 / 105.0 = 36.57% -> 36.6
            ("arithmetic", "exact"),  # 27.9 / 105.0 = 26.57% -> 26.6
            ("arithmetic", "exact"),  # 17.3 / 105.0 = 16.48% -> 16.5
            # 11.6 / 105.0 = 11.05% (11.048) -> 11.0, not 11.1; bounds 11.55 / 105.05 = 10.99%,
            # 11.65 / 104.95 = 11.10% -> 11.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 9.8 / 105.0 = 9.33% -> 9.3
            ("hierarchy", "exact"),  # 38.4 + 27.9 + 17.3 + 11.6 + 9.8 = 105.0
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Sweden AI parcel lockers and load planning), a lone value
    #     column headed by its unit only (Total) beside a YoY column; 2025E is an estimate; a CAGR with printed span
    #     in the note. Expected nowhere: the SEK 960 million aside (kronor), the 14,000 parcel lockers.
    dict(
        text=(
            "Sweden: AI parcel lockers and load planning\n"
            "Year      EUR million      YoY\n"
            "2022      41               -\n"
            "2023      52               26.8%\n"
            "2024      67               28.8%\n"
            "2025E     84               25.4%\n"
            "Note: E = estimate; CAGR 2022-2025E: 27.0%. Source: \u00d6resund Parcel Economics, from locker operators' "
            "software and AI contracts, converted from kronor (about SEK 960 million in 2025E); Sweden has some "
            "14,000 parcel lockers. The series counts locker-side slot allocation, courier load planning and "
            "AI demand forecasting for the Christmas peak, but not the lockers' hardware."
        ),
        obs=[
            ("Total", 2022, 41, "EUR million", "actual"),
            ("Total", 2023, 52, "EUR million", "actual"),
            ("Total", 2024, 67, "EUR million", "actual"),
            ("Total", 2025, 84, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2022, 2023, 1.0),
            ("growth", 28.8, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2024, 2025, 1.0),
            ("cagr", 27.0, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52 / 41 - 1 = 26.83% -> 26.8
            ("cagr|implied", "exact"),  # 67 / 52 - 1 = 28.85% -> 28.8
            ("cagr|implied", "exact"),  # 84 / 67 - 1 = 25.37% -> 25.4
            ("cagr|implied", "exact"),  # (84 / 41) ** (1 / 3) - 1 = 27.01% -> 27.0
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's postal and parcel logistics with a 合計 row;
    #     2025年(預估) is an estimate; the 2023 合計 holds only by rounding. Expected nowhere: the table number, the
    #     title's year span, the 1,300 post offices in the note.
    dict(
        text=(
            "表4 2023—2025年臺灣郵政與包裹物流AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI地址辨識與包裹分揀 | 2.6 | 3.3 | 4.1\n"
            "智慧取貨櫃AI調度 | 1.9 | 2.5 | 3.4\n"
            "AI客服機器人 | 0.7 | 1.0 | 1.3\n"
            "包裹詐騙與通關AI查驗 | 0.9 | 1.2 | 1.6\n"
            "合計 | 6.2 | 8.0 | 10.4\n"
            "資料來源:臺灣郵政物流科技協會;2025年為預估值。全台郵局營業據點約1,300處。"
        ),
        obs=[
            ("AI地址辨識與包裹分揀", 2023, 2.6, "TWD 100 million", "actual"),
            ("AI地址辨識與包裹分揀", 2024, 3.3, "TWD 100 million", "actual"),
            ("AI地址辨識與包裹分揀", 2025, 4.1, "TWD 100 million", "estimate"),
            ("智慧取貨櫃AI調度", 2023, 1.9, "TWD 100 million", "actual"),
            ("智慧取貨櫃AI調度", 2024, 2.5, "TWD 100 million", "actual"),
            ("智慧取貨櫃AI調度", 2025, 3.4, "TWD 100 million", "estimate"),
            ("AI客服機器人", 2023, 0.7, "TWD 100 million", "actual"),
            ("AI客服機器人", 2024, 1.0, "TWD 100 million", "actual"),
            ("AI客服機器人", 2025, 1.3, "TWD 100 million", "estimate"),
            ("包裹詐騙與通關AI查驗", 2023, 0.9, "TWD 100 million", "actual"),
            ("包裹詐騙與通關AI查驗", 2024, 1.2, "TWD 100 million", "actual"),
            ("包裹詐騙與通關AI查驗", 2025, 1.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 6.2, "TWD 100 million", "actual"),
            ("合計", 2024, 8.0, "TWD 100 million", "actual"),
            ("合計", 2025, 10.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 2.6 + 1.9 + 0.7 + 0.9 = 6.1 vs 6.2; rows' bounds 5.9-6.3, total's 6.15-6.25
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 3.3 + 2.5 + 1.0 + 1.2 = 8.0
            ("hierarchy", "exact"),  # 2025(預估): 4.1 + 3.4 + 1.3 + 1.6 = 10.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 17, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 14% of the total',
    'A second house, Elbe Logistics Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2倍',
    '新台幣23.4億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月6日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 35.1 | 25.1%',
    'Parcelwise Robotics Q2 2025 earnings call, August 7, 2025',
    'Working Paper 2025/11. Abstract:',
    '3/ Their forecast: €260M by 2030',
    'Correction: An earlier version of this article',
    '2.8 times the €152 million of 2019',
    '- 2025E TAM: $1.45B (+21% YoY), roughly A$2.2bn',
    'Brume Analytics is more aggressive and has 2029 at €275 million',
    'KRW 1.15 trillion in 2024',
    '新华社北京2025年4月22日电',
    '標題 [情報] 外資研調:AI派送路線預測市場2028年將破35億美元',
    '预计2027年市场规模将达到62—70亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 6.2 | 8.0 | 10.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 200
#: figures, 67 rates, 96 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-fortieth set: 204, 67, 96 and 0
FLOORS = {"figures_found": 204, "rates_found": 67, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset242.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
