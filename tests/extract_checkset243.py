"""A two-hundred-and-forty-third check set for the extractor, written blind: AI in postal services, parcels and lockers: AI
address reading and parcel sorting, AI route and delivery-time prediction for couriers, smart parcel lockers with AI
load planning, AI customer-service bots for post offices, AI fraud and customs screening of parcels, AI demand
forecasting for peak seasons; sized in money by postal operators, postal regulators and unions, transport ministries,
brokers, consultancies, research houses and couriers' investor days, in the United States, Canada, the United Kingdom,
Ireland, Germany, France, the Netherlands, Poland (zloty only as an aside), Sweden (kronor only as an aside), Australia,
Japan, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian dollars, yen, yuan 亿元/万元,
新台幣億元, 億港元). Distractors a careful reader leaves out: total parcel, postal or courier revenue beside the AI part,
numbers of parcels, letters, lockers, post offices or vans, a stamp's or a delivery's price, an operator's own revenue
or margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in postal services, parcels and lockers: eight English prose texts
(an Atlanta wire release on address reading and sorting, a Tokyo broker note in fiscal years and yen, a London briefing
on UK post and parcels with three segments and shares, a Frankfurt article quoting two research houses, a Louisville
courier's investor-day TAM, a Dutch national strategy with last-year/this-year figures and a target, a correction notice
on a Canadian story with a range, a logistics blog with 'nearly 3x'), seven Chinese prose texts (a parcel-logistics
report, a Jiangsu plan with 力争到 and 增长2倍, a Xinhua customer-bot story quoting two institutes, a Taiwan parcel-locker
white paper in 新台幣億元, a Hong Kong sorting and customs story in 億港元, a CNA story with 去年/今年, a broker deep-dive on parcel
screening with a range) and five tables (markdown with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned
Irish uses with shares, a vertical Swedish table with YoY, a tab-separated Australian segment table). Left out: total
parcel, postal and courier revenue, counts of parcels, post offices, lockers, outlets and vans, stamp and delivery
prices, operators' revenue, margins, orders and share goals, funding rounds and valuations, quarter figures, survey
answers, won, zloty, kronor, Canadian and Australian-dollar amounts, a second house's figure, a misstated range.
Inconsistent: the Frankfurt 22% CAGR, the Hong Kong 約19% CAGR, the Netherlands row's 21.9% CAGR, Sweden's 2024 YoY. Only
by rounding: the Tokyo CAGR, the UK sorting share, the Dutch 30%, the Jiangsu 27.5%, the Taiwan 19.9% CAGR, the CNA 24%,
the 2025年E 合计 and the Irish route-prediction share.

Snippets 21-40: Twenty snippets on AI in postal services, parcels and lockers (address reading and parcel sorting, route
and delivery-time prediction, smart parcel lockers with AI load planning, customer-service bots, fraud and customs
screening of parcels, peak-season demand forecasting): eight English prose pieces (a US locker firm's earnings call
sizing a US-and-Canada TAM, a British working-paper abstract with a 2030 figure in billions, a German thread with a
zloty aside, a Dublin article with a correction line, a Utrecht shareholder letter with a multiple, a 2020 figure in
millions converted to billions, an inferred-span CAGR and a kronor aside, Sydney investor-day slides with an Australian-
dollar aside, a forum answer quoting two French houses, a Seoul broker note in won with claims but no observations),
seven Chinese prose pieces (a Xinhua-style sorting release, a Shenzhen locker plan with a part in 万元, a Taipei release
in 新台幣億元, a Hong Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range, a courier's results-
briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-separated yen with a YoY column,
space-aligned Canadian spending in US dollars with a share column, a vertical French euro table of years with named
value columns and a Total column, a 新台幣億元 table with a 合計 row). Left out: parcel, postal and courier revenue, counts of
parcels, letters, lockers, post offices, vans and staff, stamp and delivery prices, operators' own revenue, margins and
targets, funding rounds, dividends, a quarter's figures, survey percentages, shares in words, zloty, kronor, Australian
dollars and won, a second house's figure, a corrected misprint. Inconsistent: the thread's 24% CAGR, the Hong Kong 22%
CAGR, the markdown bots CAGR, the yen sorting YoY. Rounding only: the Dublin 27% share, the forum's 16%, the Shenzhen
25%, the PTT 22%, the briefing's 23%, the markdown locker CAGR, two Canadian shares and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Atlanta wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    report's title year, the 1,050 shippers and carriers polled, the 22 billion parcels, the $198 billion of parcel
    #    revenue (total), the 66% survey answer.
    dict(
        text=(
            "ATLANTA, March 11, 2025 /PRNewswire/ -- U.S. postal operators and parcel carriers spent $527 million on "
            "AI address reading, automated parcel sorting and delivery-time prediction in 2024, up 28% from $412 "
            "million in 2023, according to the 2025 Parcel Intelligence Spend Report released today by Peachtree "
            "Logistics Research. The firm, which polled 1,050 shippers and carriers, projects spending of $2.0 billion "
            "by 2030, a compound annual growth rate of 25% from 2024 to 2030. U.S. carriers handled some 22 billion "
            "parcels last year and took in roughly $198 billion in parcel revenue. Some 66% of the carriers polled said "
            "handwritten labels were still their most common cause of missorted parcels."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 527, "USD million", "actual"),
            ("Total", 2030, 2000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (527 / 412) ** (1 / 1) - 1 = 27.91% -> 28
            ("cagr|implied", "exact"),  # (2000 / 527) ** (1 / 6) - 1 = 24.89% -> 25
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 23%" where the amounts give 22.48%. Expected nowhere: the dateline, the 5 billion
    #    parcels, the ¥1,000 delivery price, the Korean carriers' ₩210 billion (won, not in the unit table), the covered
    #    firm's revenue, growth, operating margin, target price and upside.
    dict(
        text=(
            "Tokyo, 10 June 2025. Japan Logistics, sector note. We size Japan's market for AI parcel sorting, "
            "handwritten-address reading and delivery-route prediction at ¥8.6 billion in FY2024 and forecast ¥23.7 "
            "billion by FY2029e, a CAGR of about 23%. Home-delivery carriers handled roughly 5 billion parcels last "
            "year, and sending a small parcel across the country still costs about ¥1,000. In Korea, carriers spend an "
            "estimated ₩210 billion a year on similar systems. Our top pick, Sakura Logistics Systems (Buy, TP ¥3,600, "
            "18% upside), grew FY2024 revenue 11% to ¥46.2 billion at a 9.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 8.6, "JPY billion", "actual"),
            ("Total", 2029, 23.7, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (23.7 / 8.6) ** (1 / 5) - 1 = 22.48% -> 22, not 23; bounds (23.65 / 8.65) ** (1/5) - 1 = 22.28%,
            # (23.75 / 8.55) ** (1/5) - 1 = 22.67% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total in GBP million and three segments with shares (sorting's "some 35%"
    #    holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP million. Expected
    #    nowhere: the 61 operators interviewed, the £16.9 billion parcels market (total revenue), the 11,500 post
    #    offices, the £1.65 first-class stamp.
    dict(
        text=(
            "LONDON, 24 April 2025 - Royal and independent postal operators, parcel carriers and locker networks in the "
            "United Kingdom spent £146 million on AI tools in 2024, according to a briefing from the Thameside Centre "
            "for Logistics Research. AI address reading and parcel sorting took the largest slice, £52 million or some "
            "35%, followed by route and delivery-time prediction at £38 million (26%). Customer-service bots for post "
            "office counters came to £33 million, about 23% of the total. The centre, which "
            "interviewed 61 operators, expects spending to reach £0.41 billion in 2029. The UK parcels market as a "
            "whole was worth some £16.9 billion last year, the network still counts about 11,500 post offices, and a "
            "first-class stamp costs £1.65."
        ),
        obs=[
            ("Total", 2024, 146, "GBP million", "actual"),
            ("AI address reading and parcel sorting", 2024, 52, "GBP million", "actual"),
            ("Route and delivery-time prediction", 2024, 38, "GBP million", "actual"),
            ("Customer-service bots for post office counters", 2024, 33, "GBP million", "actual"),
            ("Total", 2029, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 52 / 146 = 35.62% -> 36, not 35; bounds 51.5 / 146.5 = 35.15%, 52.5 / 145.5 = 36.08% -> 35 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 38 / 146 = 26.03% -> 26
            ("arithmetic", "exact"),  # 33 / 146 = 22.60% -> 23
        ],
    ),
    # 4. Frankfurt article quoting two research houses on German parcel AI: the first house's base, target and rates
    #    are the snippet's; its "up 24%" holds, its 22% CAGR is inconsistent. Expected nowhere: Elbe Logistics
    #    Research's €105 million for 2024, the €28 billion of parcel revenue (total), the 4.2 billion parcels, the
    #    €0.95 letter stamp, Poland's zł 190 million (zloty, not in the unit table), the 58% poll answer.
    dict(
        text=(
            "FRANKFURT, 3 July 2025 - German postal and parcel operators spent €88 million on AI address reading, "
            "parcel sorting and route prediction in 2024, up 24% on the €71 million of 2023, estimates the Cologne "
            "research house Rheinpost Analytics. It expects €260 million in 2030, which it describes as compound annual "
            "growth of 22% between 2024 and 2030. A second house, Elbe Logistics Research, puts 2024 spending at €105 "
            "million because it also counts warehouse robotics. German parcel carriers took in some €28 billion last "
            "year delivering about 4.2 billion parcels, and a domestic letter stamp costs €0.95. Across the border, "
            "Polish operators spent about zł 190 million on similar systems. In a poll, 58% of German online shoppers "
            "said they would rather collect parcels from a locker than wait at home."
        ),
        obs=[
            ("Total", 2023, 71, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88 / 71) ** (1 / 1) - 1 = 23.94% -> 24
            # (260 / 88) ** (1 / 6) - 1 = 19.79% -> 20, not 22; bounds (259.5 / 88.5) ** (1/6) - 1 = 19.64%,
            # (260.5 / 87.5) ** (1/6) - 1 = 19.94% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Louisville parcel courier): the total addressable market it sizes is the market
    #    (Total), in USD billion, with "roughly a 16% CAGR" over a printed span. Expected nowhere: the courier's own
    #    revenue and operating margin, its 14,000 vans and 2,300 lockers, the $8.90 average delivery price, its 10%
    #    share goal, the third quarter's $260 million of bookings.
    dict(
        text=(
            "Ridgeline Parcel Investor Day, Louisville, October 8, 2025 - transcript excerpt. Dana Whitcombe, chief "
            "operating officer: \"We see a total addressable market for AI in parcel delivery, meaning address reading "
            "and sorting, route and delivery-time prediction, locker load planning and peak-season demand forecasting, "
            "of $6.4 billion in 2024, and we expect it to reach $15.8 billion by 2030. That's roughly a 16% CAGR from "
            "2024 to 2030. Our own revenue was $9.3 billion last year at an 11% operating margin, we run about 14,000 "
            "vans and 2,300 lockers, our average delivery price is $8.90, and our goal is a 10% share of that market "
            "by 2030. In the third quarter alone, our routing software booked $260 million.\""
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2030, 15.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 6.4) ** (1 / 6) - 1 = 16.26% -> 16
        ],
    ),
    # 6. The Hague national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 30% rise holds only by rounding. Expected nowhere: the €12 million pilot fund and its 30
    #    depots, the 9,000 parcel lockers, the €1.14 stamp, the 47% survey answer.
    dict(
        text=(
            "THE HAGUE, 21 January 2025 - The National Parcel Logistics Strategy published today by the Ministry of "
            "Infrastructure estimates that Dutch postal operators, parcel carriers and locker networks spent €24 "
            "million on AI parcel sorting, delivery-time prediction and locker load planning last year, and expects "
            "€31 million this year, a rise of 30%. The strategy sets a target of €85 million by 2030. It sets aside €12 "
            "million for a pilot at 30 shared city depots and notes that the country already has some 9,000 parcel "
            "lockers, while a domestic stamp costs €1.14. In a survey it cites, 47% of households said they had missed "
            "a delivery in the past month."
        ),
        obs=[
            ("Total", 2024, 24, "EUR million", "actual"),
            ("Total", 2025, 31, "EUR million", "estimate"),
            ("Total", 2030, 85, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (31 / 24) ** (1 / 1) - 1 = 29.17% -> 29, not 30; bounds 30.5 / 24.5 - 1 = 24.49%,
            # 31.5 / 23.5 - 1 = 34.04% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Canadian parcel story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$1.8-2.3 billion,
    #    the C$97 million (Canadian dollars, not in the unit table), the C$9.1 billion of postal revenue (total), the
    #    C$1.24 stamp, the 6,100 post offices; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 12 August 2025: An earlier version of this article misstated the 2030 forecast. Laurentian "
            "Freight Insights expects the Canadian market to reach US$180 million to US$230 million in 2030, not "
            "US$1.8 billion to US$2.3 billion.\n"
            "Canadian postal and courier operators spent US$71 million in 2024 on AI address reading, parcel sorting "
            "and customs screening of cross-border parcels, according to Laurentian Freight Insights, a Montreal "
            "consultancy. It expects the market to reach US$180 million to US$230 million in 2030 as e-commerce "
            "volumes climb. In Canadian dollars, the 2024 figure came to about C$97 million. The national postal "
            "operator's revenue was roughly C$9.1 billion last year, a domestic stamp costs C$1.24, and the country "
            "counts some 6,100 post offices."
        ),
        obs=[
            ("Total", 2024, 71, "USD million", "actual"),
        ],
        claims=[
            ("value", 180, "USD million", 2030, 2030, None),
            ("value", 230, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Logistics blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict). Expected
    #    nowhere: the $198 billion of parcel revenue (total), the start-up's funding round and valuation, the third
    #    quarter's $4.6 million and 3.2 million parcels, the 41,000 lockers.
    dict(
        text=(
            "Last Mile Notes, a logistics blog, January 29, 2025 - The locker that plans its own shelves. U.S. "
            "carriers and retailers spent $38 million on smart parcel lockers with AI load planning in 2021; by 2024 "
            "that figure had grown nearly 3x, to $109 million, according to Keystone Parcel Research. Set that "
            "against the roughly $198 billion U.S. carriers earn from parcels each year. The Denver start-up "
            "Lockwise raised $42 million in a Series B in November at a $310 million valuation; in the third quarter "
            "of 2024 its software earned $4.6 million and routed 3.2 million parcels into some 41,000 lockers."
        ),
        obs=[
            ("Total", 2021, 38, "USD million", "actual"),
            ("Total", 2024, 109, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on parcel logistics: 同比增长 with both amounts, a part (智能分拣与面单
    #    识别) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约1,750亿件
    #    parcels, the 约1.4万亿元 express-delivery revenue (total), the 67% survey answer.
    dict(
        text=(
            "《2025中国快递物流智能化发展报告》日前在杭州发布。报告显示，2024年我国快递物流人工智能应用（智能分拣、面单"
            "识别、路径规划等）市场规模达到68.4亿元，同比增长21.5%，2023年为56.3亿元。其中，智能分拣与面单识别市场规模"
            "为27.9亿元，占比40.8%。报告预计，到2030年该市场规模将达到196亿元，2024—2030年复合增长率为19.2%。报告同时"
            "指出，2024年全国快递业务量约1,750亿件，快递业务收入约1.4万亿元；受访快递企业中有67%表示旺季分拣压力仍是最"
            "大痛点。"
        ),
        obs=[
            ("Total", 2023, 56.3, "CNY 100 million", "actual"),
            ("Total", 2024, 68.4, "CNY 100 million", "actual"),
            ("智能分拣与面单识别", 2024, 27.9, "CNY 100 million", "actual"),
            ("Total", 2030, 196, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 40.8, "percent", 2024, 2024, None),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68.4 / 56.3) ** (1 / 1) - 1 = 21.49% -> 21.5
            ("arithmetic", "exact"),  # 27.9 / 68.4 = 40.79% -> 40.8
            ("cagr|implied", "exact"),  # (196 / 68.4) ** (1 / 6) - 1 = 19.18% -> 19.2
        ],
    ),
    # 10. Jiangsu provincial action plan (Simplified) on smart post and express delivery: 2023 and 2024 actuals with a
    #     同比增长27.5% that holds only by rounding, a 力争到2027年 target (突破, expected at its printed figure, an
    #     estimate) and 较2024年增长2倍 kept as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's
    #     title years, the 约1.9万个 delivery outlets, the 约6.8万组 parcel lockers, the 1.5亿元 fund and its 20 projects.
    dict(
        text=(
            "江苏省邮政管理局会同省发展改革委日前印发《江苏省智慧邮政快递发展行动方案（2025—2027年）》。方案显示，2024年"
            "全省快递智能分拣、AI路由规划与智能快件箱调度市场规模达12.6亿元，同比增长27.5%，2023年为9.9亿元。方案提出，"
            "力争到2027年全省相关市场规模突破38亿元，较2024年增长2倍。方案还明确，全省现有快递网点约1.9万个，智能快件箱"
            "约6.8万组，省级财政安排专项资金1.5亿元，支持建设20个智慧邮政示范项目。"
        ),
        obs=[
            ("Total", 2023, 9.9, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 38, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (12.6 / 9.9) ** (1 / 1) - 1 = 27.27% -> 27.3, not 27.5; bounds 12.55 / 9.95 - 1 = 26.13%,
            # 12.65 / 9.85 - 1 = 28.43% -> 27.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI customer-service bots for post offices and
    #     couriers: the first institute's base, YoY and target are the snippet's; both rates hold. Expected nowhere:
    #     the second centre's 29亿元 for 2024, the dateline, the forum's title year, the 约5.4万个 postal outlets, the
    #     约3,000万件 daily enquiries.
    dict(
        text=(
            "新华社北京2025年5月20日电（记者唐亦舟）记者从2025中国邮政快递数字化大会上获悉，据中邮智联研究院测算，2024年"
            "我国邮政与快递领域AI智能客服（语音机器人、在线客服、查件助手等）市场规模达23.7亿元，比上年的19.4亿元增长"
            "22.2%。该院预计，到2027年市场规模将达到42亿元，2024年至2027年年均复合增长率约21%。另一家机构华数物流研究"
            "中心则估算，2024年这一市场规模为29亿元。据统计，全国邮政营业网点约5.4万个，邮政快递客服每天受理查询约3,000"
            "万件。"
        ),
        obs=[
            ("Total", 2023, 19.4, "CNY 100 million", "actual"),
            ("Total", 2024, 23.7, "CNY 100 million", "actual"),
            ("Total", 2027, 42, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.7 / 19.4) ** (1 / 1) - 1 = 22.16% -> 22.2
            ("cagr|implied", "exact"),  # (42 / 23.7) ** (1 / 3) - 1 = 21.01% -> 21
        ],
    ),
    # 12. Taiwan parcel-locker white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span
    #     that holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約1.4萬家 convenience-store pick-up points, the 約5,200座 lockers, the 新台幣60元 delivery fee, the 約新台幣
    #     1,100億元 of logistics revenue (total).
    dict(
        text=(
            "《2025臺灣智慧物流與包裹櫃產業白皮書》指出，2024年國內智慧包裹櫃AI調度、物流配送路線預測與AI地址辨識的市場"
            "規模為新台幣12.8億元，預估2029年將成長至新台幣31.6億元，2024至2029年年複合成長率達19.9%。白皮書並指出，"
            "全台超商取貨門市約1.4萬家，智慧包裹櫃約5,200座，超商寄件運費約新台幣60元，宅配及郵務業年營收約新台幣"
            "1,100億元。"
        ),
        obs=[
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("Total", 2029, 31.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (31.6 / 12.8) ** (1 / 5) - 1 = 19.81% -> 19.8, not 19.9; bounds (31.55 / 12.85) ** (1/5) - 1 = 19.68%,
            # (31.65 / 12.75) ** (1/5) - 1 = 19.94% -> 19.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI parcel sorting, customs screening and locker
    #     load planning: 約3.6億港元 expected at its printed figure; the YoY holds, the 約19% CAGR is inconsistent.
    #     Expected nowhere: the 約120萬件 daily parcels, the 2.2港元 letter postage, the 約四成 respondents (a share in
    #     words and a survey), the start-up's 2,500萬港元 funding round.
    dict(
        text=(
            "香港智慧物流協會昨日公布研究報告指出，2024年本港郵政及速遞業AI包裹分揀、跨境包裹清關風險篩查與智能櫃調度"
            "應用的市場規模約3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2028年市場規模將升至6.4億港元，2024至"
            "2028年年均複合增長率約19%。報告又指，本港每日處理包裹約120萬件，本地平郵信件郵費為2.2港元，約四成受訪市民"
            "表示每週最少使用一次智能櫃取件。本地初創櫃聯科技上月完成2,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2028, 6.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            # (6.4 / 3.6) ** (1 / 4) - 1 = 15.47% -> 15, not 19; bounds (6.35 / 3.65) ** (1/4) - 1 = 14.85%,
            # (6.45 / 3.55) ** (1/4) - 1 = 16.10% -> 19 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI delivery-route and delivery-time prediction
    #     and AI customer service: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the
    #     24% rise holds only by rounding. Expected nowhere: the first quarter's 1.3億元, the carrier's own revenue and
    #     operating margin, the 約5億件 parcels.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年3月18日電）市調機構郵聯產業研究今天表示，去年台灣物流業AI配送路線與送達時間"
            "預測、AI客服的市場規模約新台幣5.2億元，今年在電商包裹量持續成長下，可望成長24%至6.5億元。不過今年第一季"
            "市場規模約新台幣1.3億元，略低於預期。宅配業者台捷物流去年營收新台幣82億元，營業利益率約7%；全台宅配業者"
            "每年配送包裹約5億件。"
        ),
        obs=[
            ("Total", 2024, 5.2, "TWD 100 million", "actual"),
            ("Total", 2025, 6.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (6.5 / 5.2) ** (1 / 1) - 1 = 25.00% -> 25, not 24; bounds 6.45 / 5.25 - 1 = 22.86%,
            # 6.55 / 5.15 - 1 = 27.18% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI X-ray screening of parcels and customs checks of cross-border parcels:
    #     2023/2024 actuals with an exact 24.3% YoY; the 2027 range 32亿—38亿元 gives two value claims (no
    #     observation). Expected nowhere: the report's date, the leading firm's revenue, gross margin, rating and
    #     target price, its second-quarter orders, the 约70亿件 cross-border parcels, the 约45万元 machine price.
    dict(
        text=(
            "东岳证券研究所2025年9月深度报告《AI安检与智能通关：跨境包裹的守门人》。我们测算，2024年国内快递包裹AI安检"
            "（X光图像智能识别）与跨境包裹海关智能查验市场规模为18.9亿元，同比增长24.3%，2023年为15.2亿元。随着寄递"
            "安全监管趋严，我们预计2027年市场规模将达到32亿—38亿元。行业龙头安视智检2024年营收5.8亿元，毛利率47%，首次"
            "覆盖给予“买入”评级，目标价42元；公司二季度新签订单同比增长36%。目前全国跨境电商包裹年进出口量约70亿件，"
            "单台AI安检机售价约45万元。"
        ),
        obs=[
            ("Total", 2023, 15.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("value", 32, "CNY 100 million", 2027, 2027, None),
            ("value", 38, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.9 / 15.2) ** (1 / 1) - 1 = 24.34% -> 24.3
        ],
    ),
    # 16. Markdown table (AI parcel sorting and address reading by European country, EUR million) with a CAGR 2024-30
    #     column and a Total row: each row's CAGR is stated (span in the header); the Netherlands' 21.9% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the monitor's title year, the count of sorting centres.
    dict(
        text=(
            "Table 3. AI parcel sorting and address reading by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Germany | 42.6 | 118.9 | 18.7% |\n"
            "| France | 27.3 | 74.2 | 18.1% |\n"
            "| Netherlands | 11.8 | 35.0 | 21.9% |\n"
            "| Poland | 7.4 | 24.6 | 22.2% |\n"
            "| Total | 89.1 | 252.7 | 19.0% |\n"
            "Source: Hanse Post Analytics, European Parcel Automation Monitor 2025; covers some 1,900 sorting centres. "
            "F = forecast."
        ),
        obs=[
            ("Germany", 2024, 42.6, "EUR million", "actual"),
            ("Germany", 2030, 118.9, "EUR million", "estimate"),
            ("France", 2024, 27.3, "EUR million", "actual"),
            ("France", 2030, 74.2, "EUR million", "estimate"),
            ("Netherlands", 2024, 11.8, "EUR million", "actual"),
            ("Netherlands", 2030, 35.0, "EUR million", "estimate"),
            ("Poland", 2024, 7.4, "EUR million", "actual"),
            ("Poland", 2030, 24.6, "EUR million", "estimate"),
            ("Total", 2024, 89.1, "EUR million", "actual"),
            ("Total", 2030, 252.7, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118.9 / 42.6) ** (1 / 6) - 1 = 18.66% -> 18.7
            ("cagr|implied", "exact"),  # (74.2 / 27.3) ** (1 / 6) - 1 = 18.13% -> 18.1
            # (35.0 / 11.8) ** (1 / 6) - 1 = 19.87% -> 19.9, not 21.9; bounds (34.95 / 11.85) ** (1/6) - 1 = 19.75%,
            # (35.05 / 11.75) ** (1/6) - 1 = 19.98% -> 21.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (24.6 / 7.4) ** (1 / 6) - 1 = 22.17% -> 22.2
            ("cagr|implied", "exact"),  # (252.7 / 89.1) ** (1 / 6) - 1 = 18.97% -> 19.0
            ("hierarchy", "exact"),  # 2024: 42.6 + 27.3 + 11.8 + 7.4 = 89.1
            ("hierarchy", "exact"),  # 2030F: 118.9 + 74.2 + 35.0 + 24.6 = 252.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国快递物流人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能分拣与面单识别\t24.6\t30.2\t36.8\n"
            "路径规划与时效预测\t11.3\t14.7\t18.9\n"
            "智能快件箱调度\t7.8\t10.1\t13.0\n"
            "智能客服\t5.4\t6.9\t8.7\n"
            "合计\t49.1\t61.9\t77.5\n"
            "资料来源：邮政快递智能化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能分拣与面单识别", 2023, 24.6, "CNY 100 million", "actual"),
            ("智能分拣与面单识别", 2024, 30.2, "CNY 100 million", "actual"),
            ("智能分拣与面单识别", 2025, 36.8, "CNY 100 million", "estimate"),
            ("路径规划与时效预测", 2023, 11.3, "CNY 100 million", "actual"),
            ("路径规划与时效预测", 2024, 14.7, "CNY 100 million", "actual"),
            ("路径规划与时效预测", 2025, 18.9, "CNY 100 million", "estimate"),
            ("智能快件箱调度", 2023, 7.8, "CNY 100 million", "actual"),
            ("智能快件箱调度", 2024, 10.1, "CNY 100 million", "actual"),
            ("智能快件箱调度", 2025, 13.0, "CNY 100 million", "estimate"),
            ("智能客服", 2023, 5.4, "CNY 100 million", "actual"),
            ("智能客服", 2024, 6.9, "CNY 100 million", "actual"),
            ("智能客服", 2025, 8.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 49.1, "CNY 100 million", "actual"),
            ("合计", 2024, 61.9, "CNY 100 million", "actual"),
            ("合计", 2025, 77.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 24.6 + 11.3 + 7.8 + 5.4 = 49.1
            ("hierarchy", "exact"),  # 2024: 30.2 + 14.7 + 10.1 + 6.9 = 61.9
            # 2025E: 36.8 + 18.9 + 13.0 + 8.7 = 77.4, not 77.5; bounds 77.2..77.6 (each part +/-0.05)
            # reach 77.45..77.55 -> 77.5 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Ireland, EUR million, 2024) with a share column and a Total row: four shares (the
    #     route-prediction row's 28.4% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 900 post offices, the 1,200 parcel lockers.
    dict(
        text=(
            "Ireland: AI spending by postal and parcel operators by use, 2024\n"
            "Use                                             EUR million     Share\n"
            "AI address reading and parcel sorting                   9.4     42.2%\n"
            "AI route and delivery-time prediction                   6.3     28.4%\n"
            "AI customer-service bots for post offices               3.7     16.6%\n"
            "AI fraud and customs screening of parcels               2.9     13.0%\n"
            "Total                                                  22.3    100.0%\n"
            "Note 3: Ireland has about 900 post offices and some 1,200 parcel lockers. Source: Liffey Logistics "
            "Research."
        ),
        obs=[
            ("AI address reading and parcel sorting", 2024, 9.4, "EUR million", "actual"),
            ("AI route and delivery-time prediction", 2024, 6.3, "EUR million", "actual"),
            ("AI customer-service bots for post offices", 2024, 3.7, "EUR million", "actual"),
            ("AI fraud and customs screening of parcels", 2024, 2.9, "EUR million", "actual"),
            ("Total", 2024, 22.3, "EUR million", "actual"),
        ],
        claims=[
            ("share", 42.2, "percent", 2024, 2024, None),
            ("share", 28.4, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.4 / 22.3 = 42.15% -> 42.2
            # 6.3 / 22.3 = 28.25% -> 28.3, not 28.4; bounds 6.25 / 22.35 = 27.96%, 6.35 / 22.25 = 28.54%
            # -> 28.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 3.7 / 22.3 = 16.59% -> 16.6
            ("arithmetic", "exact"),  # 2.9 / 22.3 = 13.00% -> 13.0
            ("hierarchy", "exact"),  # 9.4 + 6.3 + 3.7 + 2.9 = 22.3
        ],
    ),
    # 19. Vertical table (Sweden) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 15.8% is inconsistent. Expected nowhere: the
    #     source's month and year, the kronor conversion rate, the 7,000 parcel lockers, the 2020 dash.
    dict(
        text=(
            "Sweden: spending on AI parcel sorting, route prediction and parcel-locker load planning\n"
            "Year | EUR million | YoY\n"
            "2020 | 8.4 | -\n"
            "2021 | 10.1 | 20.2%\n"
            "2022 | 12.5 | 23.8%\n"
            "2023 | 15.2 | 21.6%\n"
            "2024 | 18.0 | 15.8%\n"
            "2025E | 21.3 | 18.3%\n"
            "Source: Norrland Freight Analytics, May 2025; kronor spending converted at SEK 11.4 to the euro; the "
            "country has about 7,000 parcel lockers. E = estimate."
        ),
        obs=[
            ("Total", 2020, 8.4, "EUR million", "actual"),
            ("Total", 2021, 10.1, "EUR million", "actual"),
            ("Total", 2022, 12.5, "EUR million", "actual"),
            ("Total", 2023, 15.2, "EUR million", "actual"),
            ("Total", 2024, 18.0, "EUR million", "actual"),
            ("Total", 2025, 21.3, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2020, 2021, 1.0),
            ("growth", 23.8, "percent", 2021, 2022, 1.0),
            ("growth", 21.6, "percent", 2022, 2023, 1.0),
            ("growth", 15.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.1 / 8.4) ** (1 / 1) - 1 = 20.24% -> 20.2
            ("cagr|implied", "exact"),  # (12.5 / 10.1) ** (1 / 1) - 1 = 23.76% -> 23.8
            ("cagr|implied", "exact"),  # (15.2 / 12.5) ** (1 / 1) - 1 = 21.60% -> 21.6
            # (18.0 / 15.2) ** (1 / 1) - 1 = 18.42% -> 18.4, not 15.8; bounds 17.95 / 15.25 - 1 = 17.70%,
            # 18.05 / 15.15 - 1 = 19.14% -> 15.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (21.3 / 18.0) ** (1 / 1) - 1 = 18.33% -> 18.3
        ],
    ),
    # 20. Tab-separated segment table (Australia, USD million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the note on Australian-dollar conversion, the 1.1 billion parcels.
    dict(
        text=(
            "Australia: AI in postal and parcel services by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI address reading and parcel sorting\t34\t42\t51\n"
            "AI route and delivery-time prediction\t21\t27\t34\n"
            "Smart parcel lockers with AI load planning\t12\t16\t21\n"
            "AI fraud and customs screening of parcels\t9\t11\t14\n"
            "Total\t76\t96\t120\n"
            "Source: Wattle Post Insights; converted from Australian dollars at A$1.52; Australians received about 1.1 "
            "billion parcels in 2024. F = forecast."
        ),
        obs=[
            ("AI address reading and parcel sorting", 2023, 34, "USD million", "actual"),
            ("AI address reading and parcel sorting", 2024, 42, "USD million", "actual"),
            ("AI address reading and parcel sorting", 2025, 51, "USD million", "estimate"),
            ("AI route and delivery-time prediction", 2023, 21, "USD million", "actual"),
            ("AI route and delivery-time prediction", 2024, 27, "USD million", "actual"),
            ("AI route and delivery-time prediction", 2025, 34, "USD million", "estimate"),
            ("Smart parcel lockers with AI load planning", 2023, 12, "USD million", "actual"),
            ("Smart parcel lockers with AI load planning", 2024, 16, "USD million", "actual"),
            ("Smart parcel lockers with AI load planning", 2025, 21, "USD million", "estimate"),
            ("AI fraud and customs screening of parcels", 2023, 9, "USD million", "actual"),
            ("AI fraud and customs screening of parcels", 2024, 11, "USD million", "actual"),
            ("AI fraud and customs screening of parcels", 2025, 14, "USD million", "estimate"),
            ("Total", 2023, 76, "USD million", "actual"),
            ("Total", 2024, 96, "USD million", "actual"),
            ("Total", 2025, 120, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 34 + 21 + 12 + 9 = 76
            ("hierarchy", "exact"),  # 2024: 42 + 27 + 16 + 11 = 96
            ("hierarchy", "exact"),  # 2025F: 51 + 34 + 21 + 14 = 120
        ],
    ),
    # 21. US locker firm's earnings-call answer sizing a US-and-Canada TAM (USD billion): the TAM the company sizes is
    #     the market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate), "last year"
    #     2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter,
    #     the quarter's revenue and gross margin, the 26,500 lockers, the $1.49 pickup fee.
    dict(
        text=(
            "Parcelnest Inc. Q4 2024 earnings call, February 27, 2025 - Q&A\n"
            "Analyst (Marcus Lindqvist, Harbor Peak Securities): Can you size the locker opportunity beyond your own "
            "network?\n"
            "CEO Renata Solis: Sure. We put the total addressable market for AI-managed smart parcel lockers, meaning "
            "the lockers plus the software that plans which parcel goes to which bank and door, across the US and "
            "Canada at roughly $1.4 billion this year, up about 22% from $1.15 billion last year. Apartment owners and "
            "retailers are buying now, not just carriers. We see it reaching $3.1 billion by 2030, a compound annual "
            "rate of about 17% over 2025-2030. For the quarter, revenue was $88.6 million at a 41% gross margin; we "
            "ended the year with 26,500 lockers installed and a typical pickup fee of $1.49 per parcel."
        ),
        obs=[
            ("Total", 2024, 1.15, "USD billion", "actual"),
            ("Total", 2025, 1.4, "USD billion", "estimate"),
            ("Total", 2030, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.15) ** (1 / 1) - 1 = 21.74% -> 22
            ("cagr|implied", "exact"),  # (3.1 / 1.4) ** (1 / 5) - 1 = 17.23% -> 17
        ],
    ),
    # 22. British working-paper abstract on AI address reading and parcel sorting at mail centres (GBP million): YoY
    #     with both amounts, a 2030 figure in billions converted to the series' unit (GBP million), CAGR with printed
    #     span. Expected nowhere: the paper number, "roughly a third" (a share in words), the 3.9 billion parcels, the
    #     £15.2 billion of parcel revenue, the £1.70 stamp.
    dict(
        text=(
            "Severn Institute for Logistics Research, Working Paper 25/11. Abstract: We estimate UK spending on AI "
            "address reading, recognition of handwritten labels and automated parcel sorting at mail and parcel "
            "centres. From procurement records and vendor interviews, we put the market at \u00a3212 million in 2024, "
            "up 14% from \u00a3186 million in 2023, with roughly a third of it spent on retrofitting older "
            "letter-sorting lines. Against some 3.9 billion parcels handled each year and around \u00a315.2 billion "
            "of UK parcel revenue, AI remains a thin layer. Under our central scenario spending reaches \u00a30.54 "
            "billion by 2030, a compound annual growth rate of 17% over 2024-2030, while a first-class stamp at "
            "\u00a31.70 keeps letter volumes falling."
        ),
        obs=[
            ("Total", 2023, 186, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2030, 540, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 186) ** (1 / 1) - 1 = 13.98% -> 14
            ("cagr|implied", "exact"),  # (540 / 212) ** (1 / 6) - 1 = 16.86% -> 17
        ],
    ),
    # 23. Social-media thread (numbered posts) on German AI route and delivery-time prediction (EUR million): YoY with
    #     both amounts; a 2029 figure in billions converted to EUR million; a CAGR with printed span that no reading
    #     gives (inconsistent). Expected nowhere: the 4.3bn parcels, the €27bn sector revenue, Poland's zł 410M (a
    #     currency the unit table does not hold), the 58% survey answer.
    dict(
        text=(
            "1/ Thread on a number nobody talks about: German carriers' spend on AI route optimisation and "
            "delivery-time prediction hit \u20ac318M in 2024, per Rheinfeld Logistik Research.\n"
            "2/ That's up 21% from \u20ac263M in 2023. The driver: same-day windows and the push to cut failed first "
            "attempts.\n"
            "3/ Their forecast: \u20ac0.82bn by 2029, which they call a 24% CAGR over 2024-2029. Run the numbers "
            "yourself, it doesn't get you there.\n"
            "4/ Scale check: Germany moved ~4.3bn parcels in 2024 and the courier, express and parcel sector booked "
            "~\u20ac27bn in revenue. AI is a rounding error on that.\n"
            "5/ Poland next door is smaller, roughly z\u0142 410M, but growing faster.\n"
            "6/ In their depot survey, 58% of managers said ETA accuracy matters more than price. /end"
        ),
        obs=[
            ("Total", 2023, 263, "EUR million", "actual"),
            ("Total", 2024, 318, "EUR million", "actual"),
            ("Total", 2029, 820, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 263) ** (1 / 1) - 1 = 20.91% -> 21
            # (820 / 318) ** (1 / 5) - 1 = 20.86%; bounds (815 / 318.5) ** (1/5) - 1 = 20.67%,
            # (825 / 317.5) ** (1/5) - 1 = 21.04% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Dublin web article with a correction line on AI customs and fraud screening of parcels (EUR million): YoY
    #     with both amounts, two parts with shares, one holding only by rounding. Expected nowhere: the dateline, the
    #     36 million parcels, the €3 handling fee, the €1.1 billion of parcel-delivery revenue, the corrected
    #     misprint (€73 million).
    dict(
        text=(
            "Customs AI is now a \u20ac46m business in Ireland\n"
            "DUBLIN, 3 June 2025 - Spending on AI tools that screen inbound parcels for customs fraud, undervaluation "
            "and prohibited goods reached \u20ac46 million in Ireland in 2024, up 24% from \u20ac37 million in 2023, "
            "according to figures compiled by the Liffey Trade Analytics consultancy. X-ray image analysis accounted "
            "for \u20ac19 million, about 41% of the total, and declaration-value checks for \u20ac12 million (27%). "
            "The State handled some 36 million inbound e-commerce parcels last year, and carriers charged a typical "
            "\u20ac3 handling fee on each parcel that attracted VAT. Parcel delivery as a whole brought in roughly "
            "\u20ac1.1 billion.\n"
            "Correction: An earlier version of this article gave the 2023 figure as \u20ac73 million. The correct "
            "figure is \u20ac37 million."
        ),
        obs=[
            ("Total", 2023, 37, "EUR million", "actual"),
            ("Total", 2024, 46, "EUR million", "actual"),
            ("X-ray image analysis", 2024, 19, "EUR million", "actual"),
            ("Declaration-value checks", 2024, 12, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 37) ** (1 / 1) - 1 = 24.32% -> 24
            ("arithmetic", "exact"),  # 19 / 46 = 41.30% -> 41
            # 12 / 46 = 26.09% -> 26, not 27; bounds 11.5 / 46.5 = 24.73%, 12.5 / 45.5 = 27.47%
            # -> 27 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Utrecht sorting-machine maker's letter to shareholders on the European market for AI parcel sorting and
    #     address reading (EUR billion, the first printed unit): the 2020 €500 million converted to EUR billion; a
    #     multiple between 2020 and 2024 (x2.5, period 4, no verdict); 2028 ("pass", printed figure, estimate) with a
    #     CAGR whose span only the amounts' years give (inferred). Expected nowhere: Sweden's SEK 1.4 billion (kronor
    #     not in the unit table), the firm's revenue, EBIT margin and dividend, the 1,900 colleagues, the 14 hubs.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was the year AI moved from pilot to standard equipment in European parcel hubs. "
            "We estimate the European market for AI parcel sorting and address reading at \u20ac1.24 billion in 2024, "
            "2.5 times the \u20ac500 million it was worth in 2020, and we expect it to pass \u20ac2.3 billion by 2028, "
            "growing about 17% a year. Sweden alone accounts for roughly SEK 1.4 billion of that spend. Zuiderhaven's "
            "own revenue rose to \u20ac318 million with an EBIT margin of 11.2%, and we propose a dividend of "
            "\u20ac0.64 per share. Our 1,900 colleagues commissioned 14 new hubs across the continent.\n"
            "Maarten de Wit, Chief Executive Officer, Zuiderhaven Sorting Systems N.V., Utrecht, March 2025"
        ),
        obs=[
            ("Total", 2020, 0.5, "EUR billion", "actual"),
            ("Total", 2024, 1.24, "EUR billion", "actual"),
            ("Total", 2028, 2.3, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
            ("cagr", 17, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.3 / 1.24) ** (1 / 4) - 1 = 16.70% -> 17
        ],
    ),
    # 26. Sydney courier's investor-day slide bullets sizing an Asia-Pacific TAM for AI delivery-time prediction and
    #     route planning (USD billion): 2024 actual, 2025E and 2028E estimates; YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the dateline, the A$2.5bn (Australian dollars not in the unit table), the
    #     lockers, vans and parcels a day, the FY2026 revenue and margin targets, the A$9.80 delivery price.
    dict(
        text=(
            "Southern Cross Parcels - Investor Day 2025, Sydney, 12 March 2025\n"
            "Slide 14: Asia-Pacific AI delivery-time prediction and route planning\n"
            "- 2024 TAM: US$1.35B\n"
            "- 2025E TAM: US$1.6B (+19% YoY), roughly A$2.5bn\n"
            "- 2028E TAM: US$2.7B; CAGR 2025E-28E: 19%\n"
            "- Drivers: tighter delivery windows, fewer failed first attempts, parcel growth in Australia, Japan and "
            "Southeast Asia\n"
            "- Our network: 4,800 parcel lockers, 2,100 electric vans, 1.1 million parcels a day\n"
            "- FY2026 targets: revenue A$3.4bn, EBIT margin 8-9%\n"
            "- Average metro home-delivery price: A$9.80"
        ),
        obs=[
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2025, 1.6, "USD billion", "estimate"),
            ("Total", 2028, 2.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.6 / 1.35) ** (1 / 1) - 1 = 18.52% -> 19
            ("cagr|implied", "exact"),  # (2.7 / 1.6) ** (1 / 3) - 1 = 19.05% -> 19
        ],
    ),
    # 27. Forum answer quoting two research houses on French AI peak-season demand forecasting (EUR million): the
    #     first house gives base, target and rate (the snippet's figures); its CAGR holds only by rounding. Expected
    #     nowhere: the second house's €260 million for 2030, the 287 upvotes, the 1.6 billion parcels, the €4.90
    #     delivery price.
    dict(
        text=(
            "Re: Who has a decent size estimate for AI peak-season forecasting in French parcels?\n"
            "Best answer (287 upvotes): Two houses publish on this and they don't agree. Observatoire Colis & "
            "Donn\u00e9es sizes French carriers' spend on AI demand forecasting for peak seasons (Black Friday "
            "through the January sales) at \u20ac84 million in 2024 and forecasts \u20ac199 million by 2030, a CAGR "
            "of 16% over 2024-2030. Maison Pr\u00e9visia is far more bullish and puts 2030 at \u20ac260 million. For "
            "scale, France handled about 1.6 billion parcels last year and a standard home delivery costs shoppers "
            "around \u20ac4.90. I trust the Observatoire more: they count only software licences and data-science "
            "services, not the temporary staff the models schedule."
        ),
        obs=[
            ("Total", 2024, 84, "EUR million", "actual"),
            ("Total", 2030, 199, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (199 / 84) ** (1 / 6) - 1 = 15.46% -> 15, not 16; bounds (198.5 / 84.5) ** (1/6) - 1 = 15.30%,
            # (199.5 / 83.5) ** (1/6) - 1 = 15.62% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI address reading and parcel sorting: won are not in the unit table, so no
    #     observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in a held currency, so
    #     no verdicts. Expected nowhere: the dateline, the KRW 412 billion, the 5.1 billion parcels, the target price
    #     and upside, the pick's June-quarter margin.
    dict(
        text=(
            "Hangang Securities - Korea Logistics Technology - Seoul, 9 September 2025\n"
            "Reading the label so nobody has to. We size Korea's market for AI address reading and automated parcel "
            "sorting at KRW 412 billion in 2024, up 18% year on year, and forecast a 21% CAGR over 2024-2029 as "
            "carriers automate sub-hubs for dawn delivery. Optical address reading makes up 35% of that spend. Korea "
            "handled some 5.1 billion parcels last year. Our top pick, Dasan Logis (BUY, TP KRW 48,000, 25% upside), "
            "posted a 7.4% operating margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in parcel sorting: YoY with both amounts, a part with its share,
    #     a 2027 figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 1750亿件 of parcels,
    #     the 1.4万亿元 of courier revenue, the 7.6元 revenue per parcel.
    dict(
        text=(
            "新华社北京2025年1月21日电(记者王晓川)记者从国家邮政物流科技研究中心获悉,2024年我国快递分拣环节人工智能"
            "应用(含AI面单与地址识别、智能分拣调度)市场规模达到86.4亿元,较2023年的70.2亿元增长23.1%。其中,AI面单"
            "与地址识别市场规模为31.5亿元,占比36.5%。中心预计,到2027年该市场规模有望突破150亿元。数据显示,2024年"
            "全国快递业务量完成1750亿件,快递业务收入约1.4万亿元,平均单票收入约7.6元。"
        ),
        obs=[
            ("Total", 2023, 70.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI面单与地址识别", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 70.2) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("arithmetic", "exact"),  # 31.5 / 86.4 = 36.46% -> 36.5
        ],
    ),
    # 30. Shenzhen municipal plan (Simplified, 亿元) on AI load planning for smart lockers and last-mile delivery: 2024
    #     base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10 thousand, 2027 target,
    #     estimate), a CAGR whose span only the amounts' years give (inferred), holding only by rounding. Expected
    #     nowhere: the document number, the title's year span, the 1.6万组 lockers, the 3200个 stations, the 62亿件
    #     of parcels, the 2亿元 subsidy fund.
    dict(
        text=(
            "《深圳市智能快递柜与末端配送AI应用提升行动方案(2025—2027年)》(深邮管发〔2025〕8号)\n"
            "二、主要目标。到2027年,全市智能快递柜AI装载调度及末端配送AI应用市场规模力争达到24亿元,2024年为12.6亿元,"
            "年均增长约25%;其中,邮政网点AI客服机器人市场规模力争达到9500万元。全市智能快递柜总数超过1.6万组,快递驿站"
            "达到3200个,年快递业务量突破62亿件。三、保障措施。市级财政安排末端配送设施专项补贴资金约2亿元,鼓励企业开放"
            "柜机数据,推动AI调度算法在社区和园区落地。"
        ),
        obs=[
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 24, "CNY 100 million", "estimate"),
            ("邮政网点AI客服机器人", 2027, 9500, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (24 / 12.6) ** (1 / 3) - 1 = 23.96% -> 24, not 25; bounds (23.5 / 12.65) ** (1/3) - 1 = 22.93%,
            # (24.5 / 12.55) ** (1/3) - 1 = 24.98% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI route planning and delivery-time prediction: YoY with
    #     both amounts, CAGR with printed span, a part with its share; 2027 (預估, estimate). Expected nowhere: the
    #     dateline, the 5.6億件 parcels, the 1.4萬家 stores, the 60元 shipping price, the 3億元 Series A round.
    dict(
        text=(
            "【台北訊】2025年4月22日 — 台灣物流科技研究中心今日發布報告指出,2024年台灣宅配與超商取貨物流之AI路線規劃"
            "與配送時間預測市場規模達新台幣38.5億元,較2023年的30.2億元成長27.5%。研究中心預估,2027年市場規模將達新台幣"
            "72億元,2024至2027年年複合成長率約23.2%。其中超商店到店物流AI規劃為最大宗,2024年規模為新台幣14.2億元,"
            "占比36.9%。統計顯示,全台一年包裹量約5.6億件,超商門市逾1.4萬家,店到店寄件每件約60元;新創業者路易思科技"
            "今年已完成新台幣3億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 30.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2027, 72, "TWD 100 million", "estimate"),
            ("超商店到店物流AI規劃", 2024, 14.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2027, None, "stated"),
            ("share", 36.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 30.2) ** (1 / 1) - 1 = 27.48% -> 27.5
            ("cagr|implied", "exact"),  # (72 / 38.5) ** (1 / 3) - 1 = 23.20% -> 23.2
            ("arithmetic", "exact"),  # 14.2 / 38.5 = 36.88% -> 36.9
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI customs screening, address reading and route
    #     prediction for post and couriers: YoY with both amounts, a CAGR with printed span that no reading gives
    #     (inconsistent); 2028 (預計, estimate). Expected nowhere: the report's title year, the 380億港元 of sector
    #     revenue, the 120間 post offices, the 2.6港元 postage.
    dict(
        text=(
            "香港物流科技協會發表《2025香港郵件及快遞科技報告》指出,跨境電商包裹量持續增加,帶動本港郵政及快遞業在AI"
            "包裹清關篩查、地址辨識及派送路線預測方面的投入。報告顯示,相關市場規模於2024年達到14.6億港元,較2023年的"
            "11.8億港元增長23.7%。報告預計,2028年市場規模將達到30.5億港元,2024至2028年複合年增長率為22%。報告又指,"
            "本港速遞及郵政服務業2024年總收入約380億港元,全港郵政局約120間,本地平郵信件郵費為每封2.6港元。"
        ),
        obs=[
            ("Total", 2023, 11.8, "HKD 100 million", "actual"),
            ("Total", 2024, 14.6, "HKD 100 million", "actual"),
            ("Total", 2028, 30.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 11.8) ** (1 / 1) - 1 = 23.73% -> 23.7
            # (30.5 / 14.6) ** (1 / 4) - 1 = 20.22%; bounds (30.45 / 14.65) ** (1/4) - 1 = 20.07%,
            # (30.55 / 14.55) ** (1/4) - 1 = 20.38% -> 22 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global smart parcel lockers with AI load planning: YoY with both amounts
    #     holding only by rounding, 2029 (超過, printed figure, estimate) with a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast, the
    #     120萬台 lockers, the 1.4萬家 stores, the 7% share-price move.
    dict(
        text=(
            "作者 lockerfan (櫃子控)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI智慧包裹櫃市場2029年上看110億美元\n"
            "時間 Tue Jul 8 22:14:05 2025\n"
            "外電研調機構Parcelytics Research最新報告,全球智慧包裹櫃加上AI裝載規劃軟體的市場,2024年規模為46億美元,"
            "比2023年的38億美元成長22%,預估2029年會超過110億美元,年複合成長率約19%。全球包裹櫃大約120萬台,台灣超商"
            "門市也有1.4萬家在搶取件生意。相關概念股今天漲了7%,不過櫃子占營收比重都不高,大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 38, "USD 100 million", "actual"),
            ("Total", 2024, 46, "USD 100 million", "actual"),
            ("Total", 2029, 110, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (46 / 38) ** (1 / 1) - 1 = 21.05% -> 21, not 22; bounds 45.5 / 38.5 - 1 = 18.18%,
            # 46.5 / 37.5 - 1 = 24.00% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (110 / 46) ** (1 / 5) - 1 = 19.05% -> 19
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI peak-season demand forecasting for e-commerce logistics: YoY with
    #     both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict).
    #     Expected nowhere: the report date and series number, the 127亿件 of parcels, the target price and upside,
    #     the pick's revenue.
    dict(
        text=(
            "【东岳证券】智慧物流系列报告之五:大促备货进入AI预测时代(2025年9月2日)\n"
            "摘要:我们测算,2024年我国电商物流旺季AI需求预测市场规模为28.6亿元,较2023年的22.4亿元同比增长27.7%;"
            "预计2027年市场规模将达到52—60亿元。其中“双11”等大促备货预测占比约42%,为最大细分场景。2024年“双11”期间"
            "全国快递业务量约127亿件。首次覆盖给予行业“推荐”评级,重点推荐云筹智能(目标价28元,上涨空间31%),公司2024年"
            "营业收入6.4亿元。"
        ),
        obs=[
            ("Total", 2023, 22.4, "CNY 100 million", "actual"),
            ("Total", 2024, 28.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2023, 2024, 1.0),
            ("value", 52, "CNY 100 million", 2027, 2027, None),
            ("value", 60, "CNY 100 million", 2027, 2027, None),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.6 / 22.4) ** (1 / 1) - 1 = 27.68% -> 27.7
        ],
    ),
    # 35. Courier's results-briefing transcript (Simplified, 亿元), dated 2025, on AI delivery-time prediction:
    #     今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY holding only by rounding, 2028 (有望,
    #     estimate) with a CAGR of printed span. Expected nowhere: the company's revenue and gross margin, the second
    #     quarter's net profit, the 3100万件 daily parcels, the 1.2万辆 vehicles.
    dict(
        text=(
            "华程快运2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "投资者:公司如何看待AI配送时效预测这块的市场空间?\n"
            "总裁:根据我们的测算,今年全国快递末端AI配送时效预测与路由规划市场规模约19亿元,去年为15.6亿元,增长约23%。"
            "到2028年,这一市场有望达到33亿元,2025—2028年复合增长率约20%。公司上半年营业收入156亿元,毛利率8.6%;"
            "第二季度归母净利润3.1亿元。目前公司日均单量约3100万件,自有车辆约1.2万辆。"
        ),
        obs=[
            ("Total", 2024, 15.6, "CNY 100 million", "actual"),
            ("Total", 2025, 19, "CNY 100 million", "estimate"),
            ("Total", 2028, 33, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (19 / 15.6) ** (1 / 1) - 1 = 21.79% -> 22, not 23; bounds 18.5 / 15.65 - 1 = 18.21%,
            # 19.5 / 15.55 - 1 = 25.40% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (33 / 19) ** (1 / 3) - 1 = 20.20% -> 20
        ],
    ),
    # 36. Markdown table (USD million, US AI in postal and parcel operations) by segment with a Total row and a CAGR
    #     column (span printed in the header); 2029F is an estimate; the locker CAGR holds only by rounding, the bots
    #     CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$79 billion of postal revenue
    #     and the 112 billion mail pieces in the note.
    dict(
        text=(
            "Table 4. US market for AI in postal and parcel operations by segment (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI address reading and parcel sorting | 520 | 1,130 | 16.8% |\n"
            "| AI route and delivery-time prediction | 380 | 905 | 19.0% |\n"
            "| Smart parcel lockers with AI load planning | 146 | 402 | 22.4% |\n"
            "| AI fraud and customs screening of parcels | 214 | 468 | 16.9% |\n"
            "| AI customer-service bots | 95 | 231 | 21.5% |\n"
            "| Total | 1,355 | 3,136 | 18.3% |\n"
            "Note: F = forecast. Source: Potomac Freight Analytics, from carrier contracts and vendor filings. Excludes "
            "the roughly US$79 billion of annual postal revenue; the US delivers about 112 billion mail pieces a year."
        ),
        obs=[
            ("AI address reading and parcel sorting", 2024, 520, "USD million", "actual"),
            ("AI address reading and parcel sorting", 2029, 1130, "USD million", "estimate"),
            ("AI route and delivery-time prediction", 2024, 380, "USD million", "actual"),
            ("AI route and delivery-time prediction", 2029, 905, "USD million", "estimate"),
            ("Smart parcel lockers with AI load planning", 2024, 146, "USD million", "actual"),
            ("Smart parcel lockers with AI load planning", 2029, 402, "USD million", "estimate"),
            ("AI fraud and customs screening of parcels", 2024, 214, "USD million", "actual"),
            ("AI fraud and customs screening of parcels", 2029, 468, "USD million", "estimate"),
            ("AI customer-service bots", 2024, 95, "USD million", "actual"),
            ("AI customer-service bots", 2029, 231, "USD million", "estimate"),
            ("Total", 2024, 1355, "USD million", "actual"),
            ("Total", 2029, 3136, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1130 / 520) ** (1 / 5) - 1 = 16.79% -> 16.8
            ("cagr|implied", "exact"),  # (905 / 380) ** (1 / 5) - 1 = 18.95% -> 19.0
            # (402 / 146) ** (1 / 5) - 1 = 22.45% -> 22.5, not 22.4; bounds (401.5 / 146.5) ** (1/5) - 1 = 22.34%,
            # (402.5 / 145.5) ** (1/5) - 1 = 22.57% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (468 / 214) ** (1 / 5) - 1 = 16.94% -> 16.9
            # (231 / 95) ** (1 / 5) - 1 = 19.45%; bounds (230.5 / 95.5) ** (1/5) - 1 = 19.27%,
            # (231.5 / 94.5) ** (1/5) - 1 = 19.63% -> 21.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3136 / 1355) ** (1 / 5) - 1 = 18.27% -> 18.3
            ("hierarchy", "exact"),  # 2024: 520 + 380 + 146 + 214 + 95 = 1,355
            ("hierarchy", "exact"),  # 2029F: 1,130 + 905 + 402 + 468 + 231 = 3,136
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese parcel delivery with a Total row and a
    #     YoY column; the sorting YoY is reached by no reading (inconsistent). Expected nowhere: the figure number,
    #     the 5 billion parcels and the 10.4% redelivery rate (no share of the market) in the note.
    dict(
        text=(
            "Figure 3. Japan: AI in parcel delivery by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI route and delivery-time prediction\t21.6\t26.8\t24.1%\n"
            "Smart lockers with AI load planning\t9.4\t12.3\t30.9%\n"
            "AI address reading and sorting\t14.2\t16.1\t15.8%\n"
            "AI customer-service bots\t3.8\t5.2\t36.8%\n"
            "Total\t49.0\t60.4\t23.3%\n"
            "Note: fiscal years to March. Source: Musashino Logistics Institute, from contracts with carriers, "
            "locker operators and the postal operator; Japan's roughly 5 billion parcels a year and its 10.4% "
            "redelivery rate are given for context only."
        ),
        obs=[
            ("AI route and delivery-time prediction", 2023, 21.6, "JPY billion", "actual"),
            ("AI route and delivery-time prediction", 2024, 26.8, "JPY billion", "actual"),
            ("Smart lockers with AI load planning", 2023, 9.4, "JPY billion", "actual"),
            ("Smart lockers with AI load planning", 2024, 12.3, "JPY billion", "actual"),
            ("AI address reading and sorting", 2023, 14.2, "JPY billion", "actual"),
            ("AI address reading and sorting", 2024, 16.1, "JPY billion", "actual"),
            ("AI customer-service bots", 2023, 3.8, "JPY billion", "actual"),
            ("AI customer-service bots", 2024, 5.2, "JPY billion", "actual"),
            ("Total", 2023, 49.0, "JPY billion", "actual"),
            ("Total", 2024, 60.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 30.9, "percent", 2023, 2024, 1.0),
            ("growth", 15.8, "percent", 2023, 2024, 1.0),
            ("growth", 36.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 26.8 / 21.6 - 1 = 24.07% -> 24.1
            ("cagr|implied", "exact"),  # 12.3 / 9.4 - 1 = 30.85% -> 30.9
            # 16.1 / 14.2 - 1 = 13.38%; bounds 16.05 / 14.25 - 1 = 12.63%, 16.15 / 14.15 - 1 = 14.13%
            # -> 15.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 5.2 / 3.8 - 1 = 36.84% -> 36.8
            ("cagr|implied", "exact"),  # 60.4 / 49.0 - 1 = 23.27% -> 23.3
            ("hierarchy", "exact"),  # FY2023: 21.6 + 9.4 + 14.2 + 3.8 = 49.0
            ("hierarchy", "exact"),  # FY2024: 26.8 + 12.3 + 16.1 + 5.2 = 60.4
        ],
    ),
    # 38. Space-aligned table (USD million, Canada, 2024) of AI spending by postal and parcel carriers by use with a
    #     share column and a Total row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere:
    #     the 63 carriers surveyed, the 6,100 post offices and the 1.9 billion parcels in the note.
    dict(
        text=(
            "Canada: AI spending by postal and parcel carriers by use, 2024 (US$ million)\n"
            "Use                                   US$m     Share\n"
            "Address reading and sorting           58.4     38.4%\n"
            "Route and delivery-time prediction    41.7     27.5%\n"
            "Customs and fraud screening           22.6     14.8%\n"
            "Locker load planning                  17.3     11.4%\n"
            "Customer-service bots                 12.0      7.9%\n"
            "Total                                 152.0    100.0%\n"
            "Note: Laurentian Supply Chain Council survey of 63 carriers and the national postal operator; the "
            "country's roughly 6,100 post offices and 1.9 billion parcels a year are given for context only."
        ),
        obs=[
            ("Address reading and sorting", 2024, 58.4, "USD million", "actual"),
            ("Route and delivery-time prediction", 2024, 41.7, "USD million", "actual"),
            ("Customs and fraud screening", 2024, 22.6, "USD million", "actual"),
            ("Locker load planning", 2024, 17.3, "USD million", "actual"),
            ("Customer-service bots", 2024, 12.0, "USD million", "actual"),
            ("Total", 2024, 152.0, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.4, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 14.8, "percent", 2024, 2024, None),
            ("share", 11.4, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.4 / 152.0 = 38.42% -> 38.4
            # 41.7 / 152.0 = 27.43% -> 27.4, not 27.5; bounds 41.65 / 152.05 = 27.39%, 41.75 / 151.95 = 27.48%
            # -> 27.5 reached only by some reading
            ("arithmetic", "rounding"),
            # 22.6 / 152.0 = 14.87% -> 14.9, not 14.8; bounds 22.55 / 152.05 = 14.83%, 22.65 / 151.95 = 14.91%
            # -> 14.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 17.3 / 152.0 = 11.38% -> 11.4
            ("arithmetic", "exact"),  # 12.0 / 152.0 = 7.89% -> 7.9
            ("hierarchy", "exact"),  # 58.4 + 41.7 + 22.6 + 17.3 + 12.0 = 152.0
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, France) with two value columns named by their headers and
    #     a Total column; 2025E is an estimate; a CAGR of the total with printed span in the note; each year's columns
    #     add to its Total. Expected nowhere: the €11 billion of parcel revenue and the 17,000 service points.
    dict(
        text=(
            "France: AI in parcel sorting and delivery-time prediction (EUR million)\n"
            "Year | AI address reading and sorting | AI delivery-time prediction | Total\n"
            "2022 | 41 | 27 | 68\n"
            "2023 | 52 | 36 | 88\n"
            "2024 | 64 | 47 | 111\n"
            "2025E | 78 | 60 | 138\n"
            "Note: E = estimate; CAGR of the total 2022-2025E: 26.6%. Source: Institut Loire de la Logistique, from "
            "carrier and postal-operator contracts. Excludes the roughly \u20ac11 billion of French parcel revenue; "
            "the country has some 17,000 postal service points."
        ),
        obs=[
            ("AI address reading and sorting", 2022, 41, "EUR million", "actual"),
            ("AI address reading and sorting", 2023, 52, "EUR million", "actual"),
            ("AI address reading and sorting", 2024, 64, "EUR million", "actual"),
            ("AI address reading and sorting", 2025, 78, "EUR million", "estimate"),
            ("AI delivery-time prediction", 2022, 27, "EUR million", "actual"),
            ("AI delivery-time prediction", 2023, 36, "EUR million", "actual"),
            ("AI delivery-time prediction", 2024, 47, "EUR million", "actual"),
            ("AI delivery-time prediction", 2025, 60, "EUR million", "estimate"),
            ("Total", 2022, 68, "EUR million", "actual"),
            ("Total", 2023, 88, "EUR million", "actual"),
            ("Total", 2024, 111, "EUR million", "actual"),
            ("Total", 2025, 138, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 26.6, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (138 / 68) ** (1 / 3) - 1 = 26.61% -> 26.6
            ("hierarchy", "exact"),  # 2022: 41 + 27 = 68
            ("hierarchy", "exact"),  # 2023: 52 + 36 = 88
            ("hierarchy", "exact"),  # 2024: 64 + 47 = 111
            ("hierarchy", "exact"),  # 2025E: 78 + 60 = 138
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's postal and parcel logistics with a 合計 row;
    #     2025年(預估) is an estimate; the 2024 合計 holds only by rounding. Expected nowhere: the table number, the
    #     title's year span, the 1,300處 post offices and 2.6萬座 lockers in the note.
    dict(
        text=(
            "表3 2023—2025年台灣郵政與物流AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI地址辨識與包裹分揀 | 6.2 | 7.9 | 9.8\n"
            "AI配送路線與時效預測 | 4.8 | 6.3 | 8.1\n"
            "智慧包裹櫃AI調度 | 2.1 | 2.9 | 4.0\n"
            "AI客服機器人 | 1.3 | 1.8 | 2.4\n"
            "合計 | 14.4 | 19.0 | 24.3\n"
            "資料來源:臺灣智慧物流協會;2025年為預估值,各項因四捨五入,加總可能與合計略有出入。全台郵局約1,300處、"
            "智慧包裹櫃約2.6萬座,僅供參考。"
        ),
        obs=[
            ("AI地址辨識與包裹分揀", 2023, 6.2, "TWD 100 million", "actual"),
            ("AI地址辨識與包裹分揀", 2024, 7.9, "TWD 100 million", "actual"),
            ("AI地址辨識與包裹分揀", 2025, 9.8, "TWD 100 million", "estimate"),
            ("AI配送路線與時效預測", 2023, 4.8, "TWD 100 million", "actual"),
            ("AI配送路線與時效預測", 2024, 6.3, "TWD 100 million", "actual"),
            ("AI配送路線與時效預測", 2025, 8.1, "TWD 100 million", "estimate"),
            ("智慧包裹櫃AI調度", 2023, 2.1, "TWD 100 million", "actual"),
            ("智慧包裹櫃AI調度", 2024, 2.9, "TWD 100 million", "actual"),
            ("智慧包裹櫃AI調度", 2025, 4.0, "TWD 100 million", "estimate"),
            ("AI客服機器人", 2023, 1.3, "TWD 100 million", "actual"),
            ("AI客服機器人", 2024, 1.8, "TWD 100 million", "actual"),
            ("AI客服機器人", 2025, 2.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 14.4, "TWD 100 million", "actual"),
            ("合計", 2024, 19.0, "TWD 100 million", "actual"),
            ("合計", 2025, 24.3, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.2 + 4.8 + 2.1 + 1.3 = 14.4
            # 2024: 7.9 + 6.3 + 2.9 + 1.8 = 18.9 vs 19.0; rows' bounds 18.7-19.1, total's 18.95-19.05
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025(預估): 9.8 + 8.1 + 4.0 + 2.4 = 24.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 17, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '£52 million or some 35%',
    'A second house, Elbe Logistics Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'grown nearly 3x',
    '较2024年增长2倍',
    '新台幣12.8億元',
    '億港元',
    '中央社記者陳怡君台北2025年3月18日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 18.0 | 15.8%',
    'Parcelnest Inc. Q4 2024 earnings call, February 27, 2025',
    'Working Paper 25/11. Abstract:',
    '3/ Their forecast: €0.82bn by 2029',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: US$1.6B (+19% YoY), roughly A$2.5bn',
    'Maison Prévisia is far more bullish and puts 2030 at €260 million',
    'KRW 412 billion in 2024',
    '新华社北京2025年1月21日电',
    '標題 [情報] 研調:AI智慧包裹櫃市場2029年上看110億美元',
    '预计2027年市场规模将达到52—60亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 14.4 | 19.0 | 24.3',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 210
#: figures, 66 rates, 99 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 212, "rates_found": 66, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset243.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
