"""A two-hundred-and-thirty-ninth check set for the extractor, written blind: AI in roads, parking and tolling: AI parking
guidance and payment apps, AI licence-plate recognition at car parks and toll plazas, free-flow and dynamic road
tolling, AI pavement and pothole inspection from vehicle cameras, AI traffic-signal control at junctions, AI enforcement
cameras; sized in money by road and parking associations, transport ministries, road operators, brokers, consultancies,
research houses and toll operators' investor days, in the United States, Canada, the United Kingdom, Ireland, France,
Germany, the Netherlands, Norway (kroner only as an aside), Australia, Japan, Singapore (Singapore dollars only as an
aside), mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian dollars, yen, yuan
亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total toll revenue, parking revenue or road spending beside
the AI part, numbers of parking spaces, toll plazas, cameras, vehicles or kilometres of road, a toll's or a parking
hour's price, an operator's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's
percentages.

Snippets 1-20: Twenty snippets on money spent on AI in roads, parking and tolling: eight English prose texts (a Chicago
wire release on parking apps and plate recognition, a Tokyo broker note in fiscal years and yen, a London briefing on UK
roads with three segments and shares, a Paris free-flow tolling article quoting two research houses, a Toronto toll
operator's investor-day TAM, an Irish strategy with last-year/this-year figures and a target, a correction notice on an
Australian story with a range, a roads blog with 'more than doubled'), seven Chinese prose texts (a smart-parking
report, a Zhejiang expressway plan with 力争到 and 增长2倍, a Xinhua signal-control story quoting two institutes, a Taiwan
parking white paper in 新台幣億元, a Hong Kong tolling story in 億港元, a CNA story with 去年/今年, a broker deep-dive with a range)
and five tables (markdown with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned Dutch uses with shares,
a vertical Singapore table with YoY, a tab-separated Canadian segment table). Left out: total toll, parking and road-
repair money, counts of spaces, plazas, junctions, vehicles and road length, toll and parking-hour prices, operators'
revenue, margins, orders and share goals, funding rounds, quarter figures, survey answers, won, kroner, Australian,
Canadian and Singapore-dollar amounts, a second house's figure, a wrong range. Inconsistent: the Paris 23% CAGR, the
Hong Kong 約22% CAGR, Germany's 21.0% CAGR, Singapore's 2023 YoY. Only by rounding: the Tokyo CAGR, the UK camera share,
the Irish 27%, the Zhejiang 27.5%, the Taiwan 19.5% CAGR, the CNA 21%, the 2024年 合计 and the Dutch camera share.

Snippets 21-40: Twenty snippets on AI in roads, parking and tolling (parking guidance and payment apps, licence-plate
recognition at car parks and toll plazas, free-flow tolling, pavement and pothole inspection from vehicle cameras, AI
signal control at junctions, enforcement cameras): eight English prose pieces (a US toll-technology firm's earnings call
sizing a North American TAM, a British working-paper abstract with a 2030 figure in billions, a German signal thread
with a kroner aside, a Dublin article with a correction line, a Rotterdam shareholder letter with a multiple and an
inferred-span CAGR, Singapore investor-day slides with a Singapore-dollar aside, a forum answer quoting two French
houses, a Mumbai broker note in rupees with claims but no observations), seven Chinese prose pieces (a Xinhua-style
parking release, a Hangzhou signal plan with a part in 万元 and an inferred-span CAGR, a Taipei car-park release, a Hong
Kong tolling report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range, a toll-road operator's results-
briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-separated yen with a YoY column,
space-aligned pounds with a share column, a vertical euro table of years headed by its unit only, a 新台幣億元 table with a
合計 row). Left out: toll, fee and parking revenue and road spending, counts of plazas, lanes, junctions, cameras, spaces,
vehicles and kilometres, toll and parking prices, operators' own revenue, margins and guidance, funding rounds,
dividends, a quarter's figures, survey percentages, kroner, Singapore dollars and rupees, a second house's figure, a
corrected misprint. Inconsistent: the thread's 17.5% CAGR, the Dublin 31% share, the Hong Kong 20% CAGR, the markdown
parking-app CAGR. Rounding only: the working paper's 23%, the forum's 13%, the Hangzhou 24%, the Taipei 55.5% share, the
PTT 24%, the briefing's 25%, the markdown signal CAGR, the yen pothole YoY, two pound shares and the Taiwan table's 2023
合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    report's title year, the 1,180 operators polled, the $38 billion of parking revenue (total), the $4.50 hourly
    #    rate, the 61% survey answer.
    dict(
        text=(
            "CHICAGO, March 4, 2025 /PRNewswire/ -- U.S. parking operators, cities and universities spent $612 million "
            "on AI parking guidance, payment apps and license-plate recognition at car parks in 2024, up 24% from $494 "
            "million in 2023, according to the 2025 Smart Parking Spend Report released today by Curbline Analytics. "
            "The Chicago research firm, which polled 1,180 garage and lot operators, forecasts spending of $2.1 billion "
            "by 2030, a compound annual growth rate of 23% from 2024 to 2030. The nation's parking facilities took in "
            "roughly $38 billion last year, and the average downtown hourly rate was about $4.50. Some 61% of the "
            "operators polled said they planned to retire pay-and-display machines within three years."
        ),
        obs=[
            ("Total", 2023, 494, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 494) ** (1 / 1) - 1 = 23.89% -> 24
            ("cagr|implied", "exact"),  # (2100 / 612) ** (1 / 6) - 1 = 22.81% -> 23
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 21%" where the amounts give 20.42%. Expected nowhere: the dateline, the ¥2.9
    #    trillion of expressway tolls (total toll revenue), the 9,100 km of expressway, the ¥1,000 parking hour, the
    #    Korean operators' ₩380 billion (won, not in the unit table), the covered firm's revenue, growth, margin,
    #    target price and upside.
    dict(
        text=(
            "Tokyo, 22 May 2025. Japan Roads & Parking, sector note. We size Japan's market for AI licence-plate "
            "recognition at car parks, AI parking guidance and expressway toll-gate analytics at ¥12.4 billion in "
            "FY2024 and forecast ¥31.4 billion by FY2029e, a CAGR of about 21%. That is a sliver of the roughly ¥2.9 "
            "trillion collected each year in tolls on some 9,100 km of expressway, and an hour in a central Tokyo coin "
            "park still costs about ¥1,000. In Korea, car-park operators spend an estimated ₩380 billion a year on "
            "similar systems. Our top pick, Hikari Park Systems (Buy, TP ¥4,200, 22% upside), grew FY2024 revenue 9% "
            "to ¥58.3 billion at a 14.2% operating margin."
        ),
        obs=[
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2029, 31.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (31.4 / 12.4) ** (1 / 5) - 1 = 20.42% -> 20, not 21; bounds (31.35 / 12.45) ** (1/5) - 1 = 20.29%,
            # (31.45 / 12.35) ** (1/5) - 1 = 20.56% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total in GBP million and three segments with shares (enforcement cameras'
    #    "some 15%" holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP
    #    million. Expected nowhere: the 52 highway authorities interviewed, the £1.6 billion of pothole repairs (road
    #    spending), the 210,000 miles of local road.
    dict(
        text=(
            "LONDON, 9 October 2025 - Highway authorities and road operators in the United Kingdom spent £97 million "
            "on AI tools in 2024, a briefing from the Kerbstone Transport Institute estimates. AI pothole and pavement "
            "inspection from vehicle cameras took the largest slice, £38 million or 39%, ahead of AI traffic-signal "
            "control at £27 million (28%). AI enforcement cameras came to £14 million, some 15% of the total. The "
            "institute, which interviewed 52 highway authorities, expects spending of £0.25 billion in 2029. Councils "
            "in England spent about £1.6 billion on pothole repairs last year across roughly 210,000 miles of local road."
        ),
        obs=[
            ("Total", 2024, 97, "GBP million", "actual"),
            ("AI pothole and pavement inspection from vehicle cameras", 2024, 38, "GBP million", "actual"),
            ("AI traffic-signal control", 2024, 27, "GBP million", "actual"),
            ("AI enforcement cameras", 2024, 14, "GBP million", "actual"),
            ("Total", 2029, 250, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38 / 97 = 39.18% -> 39
            ("arithmetic", "exact"),  # 27 / 97 = 27.84% -> 28
            # 14 / 97 = 14.43% -> 14, not 15; bounds 13.5 / 97.5 = 13.85%, 14.5 / 96.5 = 15.03% -> 15 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Paris article quoting two research houses on free-flow tolling: the first house's base, target and rates are
    #    the snippet's; its "up 21%" holds, its 23% CAGR is inconsistent. Expected nowhere: Hexagone Mobility
    #    Research's €92 million for 2024, the €12.6 billion of toll revenue (total), the 9,200 km of conceded motorway,
    #    the €38 Paris-Lyon toll, Norway's NOK 410 million (kroner, not in the unit table), the 63% poll answer.
    dict(
        text=(
            "PARIS, 16 June 2025 - French motorway concessionaires spent €74 million on free-flow tolling, AI "
            "licence-plate recognition at toll plazas and dynamic lane pricing in 2024, up 21% on the €61 million of "
            "2023, estimates the Lyon research house Autoroute Data Lab. It expects €210 million in 2030, which it "
            "describes as compound annual growth of 23% between 2024 and 2030. A second house, Hexagone Mobility "
            "Research, puts 2024 spending at €92 million because it also counts back-office billing systems. The "
            "concessionaires collected some €12.6 billion in tolls last year on about 9,200 km of motorway, and a car "
            "pays roughly €38 between Paris and Lyon. In Norway, where tolling has long been barrier-free, operators "
            "spent about NOK 410 million on similar systems. In a poll, 63% of French drivers said they would welcome "
            "the end of toll barriers."
        ),
        obs=[
            ("Total", 2023, 61, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2030, 210, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 61) ** (1 / 1) - 1 = 21.31% -> 21
            # (210 / 74) ** (1 / 6) - 1 = 18.99% -> 19, not 23; bounds (209.5 / 74.5) ** (1/6) - 1 = 18.81%,
            # (210.5 / 73.5) ** (1/6) - 1 = 19.17% -> 23 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Toronto toll operator): the total addressable market it sizes is the market (Total),
    #    in USD billion, with "roughly a 15% CAGR" over a printed span. Expected nowhere: the operator's revenue and
    #    EBITDA margin, its 7 toll roads and 1,100 lane-kilometres, the 71-cent toll per kilometre, its 12% share goal,
    #    the second quarter's $410 million.
    dict(
        text=(
            "Northway Toll Partners Investor Day, Toronto, September 17, 2025 - transcript excerpt. Priya Raman, chief "
            "technology officer: \"We see a total addressable market for AI in North American tolling and road "
            "operations, meaning free-flow tolling, licence-plate recognition at toll plazas, dynamic express-lane "
            "pricing and incident detection, of $4.8 billion in 2024, and we expect it to reach $11.2 billion by 2030. "
            "That's roughly a 15% CAGR from 2024 to 2030. Our own revenue was $1.6 billion last year at a 62% EBITDA "
            "margin across 7 toll roads and about 1,100 lane-kilometres, our peak toll is 71 cents a kilometre, and our "
            "goal is a 12% share of that market by 2030. In the second quarter alone we booked $410 million of toll "
            "revenue.\""
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2030, 11.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.2 / 4.8) ** (1 / 6) - 1 = 15.17% -> 15
        ],
    ),
    # 6. Dublin transport-department strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030
    #    target (an estimate); the 27% rise holds only by rounding. Expected nowhere: the €10 million pilot fund and
    #    its 40 junctions, the 100,000 km of road, the €3.20 parking hour, the 54% survey answer.
    dict(
        text=(
            "DUBLIN, 30 January 2025 - The National Smart Roads and Parking Strategy published today by the Department "
            "of Transport estimates that Ireland's local authorities, motorway operators and car-park owners spent €18 "
            "million on AI traffic-signal control, enforcement cameras and parking apps last year, and expects €23 "
            "million this year, a rise of 27%. The strategy sets a target of €60 million by 2030. It sets aside €10 "
            "million for a smart-junction pilot at 40 junctions and notes that the State maintains some 100,000 km of "
            "public road, where on-street parking in city centres costs about €3.20 an hour. In a survey it cites, 54% "
            "of drivers said they had paid for parking through an app."
        ),
        obs=[
            ("Total", 2024, 18, "EUR million", "actual"),
            ("Total", 2025, 23, "EUR million", "estimate"),
            ("Total", 2030, 60, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (23 / 18) ** (1 / 1) - 1 = 27.78% -> 28, not 27; bounds 22.5 / 18.5 - 1 = 21.62%,
            # 23.5 / 17.5 - 1 = 34.29% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on an Australian parking and tolling story: the 2030 range in US dollars gives two value
    #    claims (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$510-590
    #    million, the A$97 million (Australian dollars, not in the unit table), the A$4.1 billion of tolls (total), the
    #    A$25 parking hour, the 1.9 million parking spaces; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 4 August 2025: An earlier version of this article misstated the 2030 forecast. Kookaburra "
            "Mobility Analytics expects the Australian market to reach US$150 million to US$190 million in 2030, not "
            "US$510 million to US$590 million.\n"
            "Australian councils, toll-road operators and car-park owners spent US$64 million in 2024 on AI "
            "licence-plate recognition at car parks, parking guidance apps and free-flow toll-gantry analytics, "
            "according to Kookaburra Mobility Analytics, a Melbourne consultancy. It expects the market to reach US$150 "
            "million to US$190 million in 2030 as cities replace parking meters. In Australian dollars, the 2024 figure "
            "came to about A$97 million. The country's toll roads took roughly A$4.1 billion in tolls last year, an "
            "hour in a central Sydney car park costs about A$25, and the capital cities count some 1.9 million "
            "off-street parking spaces."
        ),
        obs=[
            ("Total", 2024, 64, "USD million", "actual"),
        ],
        claims=[
            ("value", 150, "USD million", 2030, 2030, None),
            ("value", 190, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Roads blog post: "more than doubled" between 2022 and 2024 is a multiple x2 over 2 years (no verdict).
    #    Expected nowhere: the $206 billion of state and local road spending, the start-up's funding round and
    #    valuation, the third quarter's 2,400 camera-equipped vehicles, the 4.1 million miles of public road.
    dict(
        text=(
            "The Pothole Report, a roads blog, February 12, 2025 - Garbage trucks are the new road inspectors. U.S. "
            "cities and counties spent $57 million on AI pavement and pothole inspection from vehicle cameras in 2022; "
            "by 2024 that spending had more than doubled, to $131 million, according to Gridline Research. Compare that "
            "with the roughly $206 billion that state and local governments spend on roads each year. The Pittsburgh "
            "start-up Roadscan raised $28 million in October at a $210 million valuation, and in the third quarter of "
            "2024 its cameras rode on 2,400 municipal vehicles. America has some 4.1 million miles of public road, and "
            "most of it is still inspected by eye."
        ),
        obs=[
            ("Total", 2022, 57, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on smart parking: 同比增长 with both amounts, a part (车牌识别与无感支付)
    #    with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约3.5亿辆 vehicles,
    #    the 约2.3亿个 parking spaces, the 约10元 parking hour, the 58% survey answer.
    dict(
        text=(
            "《2025中国智慧停车产业发展报告》日前在深圳发布。报告显示，2024年我国人工智能停车应用（停车诱导、车牌识别、"
            "无感支付等）市场规模达到86.5亿元，同比增长22.3%，2023年为70.7亿元。其中，车牌识别与无感支付市场规模为31.2"
            "亿元，占比36.1%。报告预计，到2030年该市场规模将达到245亿元，2024—2030年复合增长率为18.9%。报告同时指出，"
            "全国汽车保有量约3.5亿辆，各类停车泊位约2.3亿个，一线城市核心区路内停车每小时收费约10元；受访车主中有58%"
            "表示曾因找不到车位而绕行超过十分钟。"
        ),
        obs=[
            ("Total", 2023, 70.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("车牌识别与无感支付", 2024, 31.2, "CNY 100 million", "actual"),
            ("Total", 2030, 245, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 70.7) ** (1 / 1) - 1 = 22.35% -> 22.3
            ("arithmetic", "exact"),  # 31.2 / 86.5 = 36.07% -> 36.1
            ("cagr|implied", "exact"),  # (245 / 86.5) ** (1 / 6) - 1 = 18.95% -> 18.9
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified) on smart expressways: 2023 and 2024 actuals with a 同比增长27.5%
    #     that holds only by rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and
    #     较2024年增长2倍 kept as a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the
    #     约5,700公里 of expressway, the 约560个 toll stations, the 2亿元 provincial fund and its 30 projects.
    dict(
        text=(
            "浙江省交通运输厅日前印发《浙江省智慧高速公路建设三年行动方案（2025—2027年）》。方案显示，2024年全省高速公路"
            "自由流收费、AI路面病害巡检与交通事件智能检测市场规模达9.6亿元，同比增长27.5%，2023年为7.5亿元。方案提出，"
            "力争到2027年全省相关市场规模突破28亿元，较2024年增长2倍。方案还明确，全省高速公路通车里程约5,700公里，"
            "收费站约560个，省级财政安排专项资金2亿元，支持建设30个智慧高速示范项目。"
        ),
        obs=[
            ("Total", 2023, 7.5, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 28, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (9.6 / 7.5) ** (1 / 1) - 1 = 28.00% -> 28.0, not 27.5; bounds 9.55 / 7.55 - 1 = 26.49%,
            # 9.65 / 7.45 - 1 = 29.53% -> 27.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI traffic-signal control: the first institute's
    #     base, YoY and target are the snippet's; both rates hold. Expected nowhere: the second centre's 56亿元 for
    #     2024, the dateline, the conference's title year, the 约30万个 signalised junctions, the 约4.5亿辆 vehicles.
    dict(
        text=(
            "新华社北京2025年3月12日电（记者周立衡）记者从2025城市交通智能化发展论坛上获悉，据华信城市交通研究院测算，"
            "2024年我国AI交通信号控制（路口自适应配时、绿波协调、交通事件识别等）市场规模达48.6亿元，比上年的39.2亿元"
            "增长24.0%。该院预计，到2027年市场规模将达到95亿元，2024年至2027年年均复合增长率约25%。另一家机构中道智能"
            "交通研究中心则估算，2024年这一市场规模为56亿元。据统计，全国城市信号控制路口约30万个，机动车保有量约4.5"
            "亿辆。"
        ),
        obs=[
            ("Total", 2023, 39.2, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.2) ** (1 / 1) - 1 = 23.98% -> 24.0
            ("cagr|implied", "exact"),  # (95 / 48.6) ** (1 / 3) - 1 = 25.03% -> 25
        ],
    ),
    # 12. Taiwan parking white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約80萬格 parking spaces, the 新台幣30元 parking hour, the 約1,400萬輛 motorcycles, the 新台幣25萬元 camera price.
    dict(
        text=(
            "《2025臺灣智慧停車與車牌辨識產業白皮書》指出，2024年國內AI停車導引、車牌辨識與行動支付停車市場規模為"
            "新台幣18.6億元，預估2029年將成長至新台幣45.2億元，2024至2029年年複合成長率達19.5%。白皮書並指出，六都"
            "路外公共停車格約80萬格，市區路邊停車每小時收費約新台幣30元，全台機車登記數約1,400萬輛，一套停車場車牌辨識"
            "攝影設備售價約新台幣25萬元。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2029, 45.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (45.2 / 18.6) ** (1 / 5) - 1 = 19.43% -> 19.4, not 19.5; bounds (45.15 / 18.65) ** (1/5) - 1 = 19.34%,
            # (45.25 / 18.55) ** (1/5) - 1 = 19.52% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on free-flow tolling and smart parking: 約4.8億港元
    #     expected at its printed figure; the YoY holds, the 約22% CAGR is inconsistent. Expected nowhere: the 約81萬輛
    #     licensed vehicles, the 20港元 tunnel toll, the 約三成 drivers (a share in words and a survey), the start-up's
    #     3,000萬港元 funding round.
    dict(
        text=(
            "香港智慧運輸聯盟昨日公布研究報告指出，2024年本港隧道及幹道不停車繳費、車牌辨識與智能泊車應用的市場規模"
            "約4.8億港元，較2023年的3.9億港元增長23.1%。報告預計，2028年市場規模將升至9.6億港元，2024至2028年年均"
            "複合增長率約22%。報告又指，本港領牌車輛約81萬輛，部分政府收費隧道私家車每程收費20港元，約三成受訪司機表示"
            "曾使用手機程式尋找車位。本地初創泊易科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.8, "HKD 100 million", "actual"),
            ("Total", 2028, 9.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.8 / 3.9) ** (1 / 1) - 1 = 23.08% -> 23.1
            # (9.6 / 4.8) ** (1 / 4) - 1 = 18.92% -> 19, not 22; bounds (9.55 / 4.85) ** (1/4) - 1 = 18.46%,
            # (9.65 / 4.75) ** (1/4) - 1 = 19.39% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on pothole inspection, smart signals and camera
    #     enforcement: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 21% rise holds
    #     only by rounding. Expected nowhere: the first quarter's 1.8億元, the integrator's own revenue and operating
    #     margin, the 約4,300處 signalised junctions.
    dict(
        text=(
            "（中央社記者林佳慧台北2025年4月15日電）市調機構路衡產業研究今天表示，去年台灣AI路面坑洞巡檢、智慧號誌與"
            "科技執法的市場規模約新台幣7.4億元，今年在各縣市加速導入下，可望成長21%至9億元。不過今年第一季市場規模約"
            "新台幣1.8億元，略低於預期。系統整合商宏達交通去年營收新台幣36億元，營業利益率約11%；六都目前已有約4,300處"
            "路口導入智慧號誌。"
        ),
        obs=[
            ("Total", 2024, 7.4, "TWD 100 million", "actual"),
            ("Total", 2025, 9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (9 / 7.4) ** (1 / 1) - 1 = 21.62% -> 22, not 21; bounds 8.5 / 7.45 - 1 = 14.09%,
            # 9.5 / 7.35 - 1 = 29.25% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on kerbside parking and AI enforcement cameras: 2023/2024 actuals with an exact
    #     25.7% YoY; the 2027 range 55亿—65亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders, the 约1,200
    #     万个 kerbside spaces, the 约3万元 device price.
    dict(
        text=(
            "华岳证券研究所2025年10月深度报告《AI路侧停车与电子警察：城市治理的下一块拼图》。我们测算，2024年国内AI路侧"
            "停车巡检、视频桩与智能电子警察市场规模为32.8亿元，同比增长25.7%，2023年为26.1亿元。随着各地路侧停车收费"
            "改革推进，我们预计2027年市场规模将达到55亿—65亿元。行业龙头泊链科技2024年营收4.6亿元，毛利率52%，首次覆盖"
            "给予“增持”评级，目标价36元；公司三季度新签订单同比增长48%。目前全国城市路侧泊位约1,200万个，单套高位视频"
            "设备售价约3万元。"
        ),
        obs=[
            ("Total", 2023, 26.1, "CNY 100 million", "actual"),
            ("Total", 2024, 32.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("value", 55, "CNY 100 million", 2027, 2027, None),
            ("value", 65, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.8 / 26.1) ** (1 / 1) - 1 = 25.67% -> 25.7
        ],
    ),
    # 16. Markdown table (AI traffic-signal control by European country, EUR million) with a CAGR 2024-30 column and a
    #     Total row: each row's CAGR is stated (span in the header); Germany's 21.0% is inconsistent; rows add to the
    #     Total in both years; 2030F is an estimate. Expected nowhere: the table number, the monitor's title year, the
    #     count of junctions.
    dict(
        text=(
            "Table 4. AI traffic-signal control at junctions by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Germany | 31.2 | 88.4 | 21.0% |\n"
            "| France | 19.6 | 52.7 | 17.9% |\n"
            "| Netherlands | 9.8 | 28.1 | 19.2% |\n"
            "| Ireland | 4.1 | 11.6 | 18.9% |\n"
            "| Total | 64.7 | 180.8 | 18.7% |\n"
            "Source: Rhein Mobility Analytics, European Junction Intelligence Monitor 2025; covers about 120,000 "
            "signalised junctions. F = forecast."
        ),
        obs=[
            ("Germany", 2024, 31.2, "EUR million", "actual"),
            ("Germany", 2030, 88.4, "EUR million", "estimate"),
            ("France", 2024, 19.6, "EUR million", "actual"),
            ("France", 2030, 52.7, "EUR million", "estimate"),
            ("Netherlands", 2024, 9.8, "EUR million", "actual"),
            ("Netherlands", 2030, 28.1, "EUR million", "estimate"),
            ("Ireland", 2024, 4.1, "EUR million", "actual"),
            ("Ireland", 2030, 11.6, "EUR million", "estimate"),
            ("Total", 2024, 64.7, "EUR million", "actual"),
            ("Total", 2030, 180.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (88.4 / 31.2) ** (1 / 6) - 1 = 18.96% -> 19.0, not 21.0; bounds (88.35 / 31.25) ** (1/6) - 1 = 18.91%,
            # (88.45 / 31.15) ** (1/6) - 1 = 19.00% -> 21.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (52.7 / 19.6) ** (1 / 6) - 1 = 17.92% -> 17.9
            ("cagr|implied", "exact"),  # (28.1 / 9.8) ** (1 / 6) - 1 = 19.19% -> 19.2
            ("cagr|implied", "exact"),  # (11.6 / 4.1) ** (1 / 6) - 1 = 18.93% -> 18.9
            ("cagr|implied", "exact"),  # (180.8 / 64.7) ** (1 / 6) - 1 = 18.68% -> 18.7
            ("hierarchy", "exact"),  # 2024: 31.2 + 19.6 + 9.8 + 4.1 = 64.7
            ("hierarchy", "exact"),  # 2030F: 88.4 + 52.7 + 28.1 + 11.6 = 180.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表5 2023—2025年中国高速公路人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "自由流收费与车牌识别\t18.6\t23.1\t28.4\n"
            "路面病害智能巡检\t12.4\t15.8\t19.9\n"
            "交通事件AI检测\t7.3\t9.6\t12.5\n"
            "智慧服务区与停车\t5.2\t6.9\t8.8\n"
            "合计\t43.5\t55.5\t69.6\n"
            "资料来源：智慧公路产业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("自由流收费与车牌识别", 2023, 18.6, "CNY 100 million", "actual"),
            ("自由流收费与车牌识别", 2024, 23.1, "CNY 100 million", "actual"),
            ("自由流收费与车牌识别", 2025, 28.4, "CNY 100 million", "estimate"),
            ("路面病害智能巡检", 2023, 12.4, "CNY 100 million", "actual"),
            ("路面病害智能巡检", 2024, 15.8, "CNY 100 million", "actual"),
            ("路面病害智能巡检", 2025, 19.9, "CNY 100 million", "estimate"),
            ("交通事件AI检测", 2023, 7.3, "CNY 100 million", "actual"),
            ("交通事件AI检测", 2024, 9.6, "CNY 100 million", "actual"),
            ("交通事件AI检测", 2025, 12.5, "CNY 100 million", "estimate"),
            ("智慧服务区与停车", 2023, 5.2, "CNY 100 million", "actual"),
            ("智慧服务区与停车", 2024, 6.9, "CNY 100 million", "actual"),
            ("智慧服务区与停车", 2025, 8.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 43.5, "CNY 100 million", "actual"),
            ("合计", 2024, 55.5, "CNY 100 million", "actual"),
            ("合计", 2025, 69.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.6 + 12.4 + 7.3 + 5.2 = 43.5
            # 2024: 23.1 + 15.8 + 9.6 + 6.9 = 55.4, not 55.5; bounds 55.2..55.6 (each part +/-0.05)
            # reach 55.45..55.55 -> 55.5 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 28.4 + 19.9 + 12.5 + 8.8 = 69.6
        ],
    ),
    # 18. Space-aligned table (Netherlands, EUR million, 2024) with a share column and a Total row: four shares (the
    #     enforcement-camera row's 21.2% holds only by rounding), rows add to the Total; the Total's 100.0% is no
    #     claim. Expected nowhere: the note number, the 9 million passenger cars, the 1,450 paid-parking zones.
    dict(
        text=(
            "Netherlands: AI spending at car parks and on roads by use, 2024\n"
            "Use                                          EUR million     Share\n"
            "AI parking guidance and payment apps                14.6     37.6%\n"
            "AI licence-plate recognition at car parks           11.3     29.1%\n"
            "AI enforcement cameras                               8.2     21.2%\n"
            "AI pavement and pothole inspection                   4.7     12.1%\n"
            "Total                                               38.8    100.0%\n"
            "Note 2: The Netherlands has about 9 million passenger cars and some 1,450 paid-parking zones. Source: "
            "Polder Verkeer Research."
        ),
        obs=[
            ("AI parking guidance and payment apps", 2024, 14.6, "EUR million", "actual"),
            ("AI licence-plate recognition at car parks", 2024, 11.3, "EUR million", "actual"),
            ("AI enforcement cameras", 2024, 8.2, "EUR million", "actual"),
            ("AI pavement and pothole inspection", 2024, 4.7, "EUR million", "actual"),
            ("Total", 2024, 38.8, "EUR million", "actual"),
        ],
        claims=[
            ("share", 37.6, "percent", 2024, 2024, None),
            ("share", 29.1, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.6 / 38.8 = 37.63% -> 37.6
            ("arithmetic", "exact"),  # 11.3 / 38.8 = 29.12% -> 29.1
            # 8.2 / 38.8 = 21.13% -> 21.1, not 21.2; bounds 8.15 / 38.85 = 20.98%, 8.25 / 38.75 = 21.29%
            # -> 21.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 4.7 / 38.8 = 12.11% -> 12.1
            ("hierarchy", "exact"),  # 14.6 + 11.3 + 8.2 + 4.7 = 38.8
        ],
    ),
    # 19. Vertical table (Singapore) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 24.4% is inconsistent. Expected nowhere: the
    #     source's month and year, the Singapore-dollar conversion rate, the 650,000 cars, the 2020 dash.
    dict(
        text=(
            "Singapore: spending on AI road pricing gantries, car-park plate recognition and parking apps\n"
            "Year | USD million | YoY\n"
            "2020 | 21.4 | -\n"
            "2021 | 25.9 | 21.0%\n"
            "2022 | 31.8 | 22.8%\n"
            "2023 | 38.6 | 24.4%\n"
            "2024 | 46.1 | 19.4%\n"
            "2025E | 54.7 | 18.7%\n"
            "Source: Merlion Transport Insights, April 2025; Singapore-dollar spending converted at S$1.35 to the US "
            "dollar; the island has about 650,000 cars. E = estimate."
        ),
        obs=[
            ("Total", 2020, 21.4, "USD million", "actual"),
            ("Total", 2021, 25.9, "USD million", "actual"),
            ("Total", 2022, 31.8, "USD million", "actual"),
            ("Total", 2023, 38.6, "USD million", "actual"),
            ("Total", 2024, 46.1, "USD million", "actual"),
            ("Total", 2025, 54.7, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2020, 2021, 1.0),
            ("growth", 22.8, "percent", 2021, 2022, 1.0),
            ("growth", 24.4, "percent", 2022, 2023, 1.0),
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("growth", 18.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25.9 / 21.4) ** (1 / 1) - 1 = 21.03% -> 21.0
            ("cagr|implied", "exact"),  # (31.8 / 25.9) ** (1 / 1) - 1 = 22.78% -> 22.8
            # (38.6 / 31.8) ** (1 / 1) - 1 = 21.38% -> 21.4, not 24.4; bounds 38.55 / 31.85 - 1 = 21.04%,
            # 38.65 / 31.75 - 1 = 21.73% -> 24.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (46.1 / 38.6) ** (1 / 1) - 1 = 19.43% -> 19.4
            ("cagr|implied", "exact"),  # (54.7 / 46.1) ** (1 / 1) - 1 = 18.66% -> 18.7
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the note on Canadian-dollar conversion, the 407 km of tolled highway.
    dict(
        text=(
            "Canada: AI in roads, parking and tolling by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "Free-flow tolling and plate recognition\t46\t55\t66\n"
            "AI parking guidance and payment apps\t38\t47\t58\n"
            "AI traffic-signal control\t22\t28\t35\n"
            "AI pavement and pothole inspection\t11\t15\t20\n"
            "Total\t117\t145\t179\n"
            "Source: Maple Road Analytics; converted from Canadian dollars at C$1.37; the country's free-flow toll "
            "routes run to about 407 km. F = forecast."
        ),
        obs=[
            ("Free-flow tolling and plate recognition", 2023, 46, "USD million", "actual"),
            ("Free-flow tolling and plate recognition", 2024, 55, "USD million", "actual"),
            ("Free-flow tolling and plate recognition", 2025, 66, "USD million", "estimate"),
            ("AI parking guidance and payment apps", 2023, 38, "USD million", "actual"),
            ("AI parking guidance and payment apps", 2024, 47, "USD million", "actual"),
            ("AI parking guidance and payment apps", 2025, 58, "USD million", "estimate"),
            ("AI traffic-signal control", 2023, 22, "USD million", "actual"),
            ("AI traffic-signal control", 2024, 28, "USD million", "actual"),
            ("AI traffic-signal control", 2025, 35, "USD million", "estimate"),
            ("AI pavement and pothole inspection", 2023, 11, "USD million", "actual"),
            ("AI pavement and pothole inspection", 2024, 15, "USD million", "actual"),
            ("AI pavement and pothole inspection", 2025, 20, "USD million", "estimate"),
            ("Total", 2023, 117, "USD million", "actual"),
            ("Total", 2024, 145, "USD million", "actual"),
            ("Total", 2025, 179, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 46 + 38 + 22 + 11 = 117
            ("hierarchy", "exact"),  # 2024: 55 + 47 + 28 + 15 = 145
            ("hierarchy", "exact"),  # 2025F: 66 + 58 + 35 + 20 = 179
        ],
    ),
    # 21. US toll-technology firm's earnings-call answer sizing a US-and-Canada TAM (USD billion): the TAM the company
    #     sizes is the market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate),
    #     "last year" 2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date
    #     and quarter, the quarter's revenue and EBITDA margin, the 1,140 toll plazas, the 9 million plates a day, the
    #     $4.75 express-lane toll.
    dict(
        text=(
            "Tollgate Systems Q3 2025 earnings call, November 4, 2025 - Q&A\n"
            "Analyst (Priya Raman, Keystone Capital): How big is the opportunity in free-flow tolling outside your "
            "current contracts?\n"
            "CEO Daniel Okafor: We size the total addressable market for AI licence-plate recognition and free-flow "
            "tolling back offices across the US and Canada at roughly $2.6 billion this year, up 18% from $2.2 billion "
            "last year, as agencies tear out booths and barriers. We see it reaching $4.9 billion by 2029, a compound "
            "annual rate of about 17% over 2025-2029. In the quarter our revenue was $212 million with a 36% adjusted "
            "EBITDA margin; we now run 1,140 toll plazas and read some 9 million plates a day, and the average toll on "
            "our flagship express lane is $4.75."
        ),
        obs=[
            ("Total", 2024, 2.2, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2029, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.2) ** (1 / 1) - 1 = 18.18% -> 18
            ("cagr|implied", "exact"),  # (4.9 / 2.6) ** (1 / 4) - 1 = 17.17% -> 17
        ],
    ),
    # 22. British working-paper abstract on AI pavement and pothole inspection from vehicle cameras (GBP million): YoY
    #     with both amounts that holds only by rounding, a 2030 figure in billions converted to the series' unit (GBP
    #     million), CAGR with printed span. Expected nowhere: the paper number, the £1.9 billion of local road
    #     maintenance, the 1.5 million potholes, the 206,000 miles of local road.
    dict(
        text=(
            "Midlands Transport Economics Working Paper 25/07. Abstract: We combine council procurement records with "
            "vendor filings to size the British market for AI pavement and pothole inspection from vehicle-mounted "
            "cameras, including refuse lorries and buses fitted with dashcam analytics. Spending grew from \u00a358 "
            "million in 2023 to \u00a371 million in 2024, a rise of 23%, and we project \u00a30.21 billion by 2030, a "
            "compound annual growth rate of 19.8% over 2024-2030. The sums remain tiny beside the \u00a31.9 billion "
            "that councils in England spend each year on local road maintenance, or the roughly 1.5 million potholes "
            "reported in 2024 on some 206,000 miles of local road. We find that inspection contracts cluster in "
            "authorities that already run their own vehicle fleets."
        ),
        obs=[
            ("Total", 2023, 58, "GBP million", "actual"),
            ("Total", 2024, 71, "GBP million", "actual"),
            ("Total", 2030, 210, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (71 / 58) ** (1 / 1) - 1 = 22.41% -> 22, not 23; bounds 70.5 / 58.5 - 1 = 20.51%,
            # 71.5 / 57.5 - 1 = 24.35% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (210 / 71) ** (1 / 6) - 1 = 19.81% -> 19.8
        ],
    ),
    # 23. Social-media thread (numbered posts) on AI signal control at German junctions (EUR million): YoY with both
    #     amounts, a CAGR with printed span that no reading of the amounts gives (inconsistent). Expected nowhere: the
    #     38,000 signalised junctions and 2,100 with AI timing, the NOK 310M Oslo tender (kroner), the 62% survey
    #     answer.
    dict(
        text=(
            "1/ Thread on adaptive AI traffic signals in Germany, because the numbers in the new Verkehrsdaten "
            "Rhein-Main study are wild.\n"
            "2/ German cities and states spent \u20ac142M on AI signal control at junctions in 2024, vs \u20ac118M in "
            "2023. That's +20% in a single year.\n"
            "3/ Their forecast: \u20ac390M by 2030, which they call a 17.5% CAGR for 2024-2030.\n"
            "4/ Scale check: roughly 38,000 signalised junctions nationwide, and only about 2,100 run any AI timing "
            "yet.\n"
            "5/ Norway is smaller but moving fast: Oslo's latest signal tender alone is worth NOK 310M. And 62% of "
            "the traffic engineers in the study's survey expect AI timing to be standard kit by 2030. /end"
        ),
        obs=[
            ("Total", 2023, 118, "EUR million", "actual"),
            ("Total", 2024, 142, "EUR million", "actual"),
            ("Total", 2030, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 118) ** (1 / 1) - 1 = 20.34% -> 20
            # (390 / 142) ** (1 / 6) - 1 = 18.34%; bounds (389.5 / 142.5) ** (1/6) - 1 = 18.24%,
            # (390.5 / 141.5) ** (1/6) - 1 = 18.43% -> 17.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Dublin web article with a correction line (EUR million): YoY with both amounts, two parts with shares, one
    #     share reached by no reading (inconsistent); 2028 (expects, estimate). Expected nowhere: the byline date, the
    #     misprinted €84 million, Dublin's €38 million of on-street parking charges, the €3.20 hourly price, the 1.2
    #     million off-street spaces.
    dict(
        text=(
            "Dublin drivers are tapping, not feeding meters\n"
            "By Aoife Brennan, 9 June 2025\n"
            "Ireland's market for AI parking guidance and app-based parking payment reached \u20ac48 million in 2024, "
            "up 23% from \u20ac39 million a year earlier, according to Liffey Mobility Insights. App-based payment made "
            "up the bulk at \u20ac29 million, or 60% of the total, while camera-based bay guidance in multi-storey car "
            "parks came to \u20ac13 million, some 31%. The consultancy expects the market to reach \u20ac95 million by "
            "2028. Dublin City Council alone collected about \u20ac38 million in on-street parking charges last year, "
            "and a city-centre hour now costs \u20ac3.20. The country has roughly 1.2 million off-street spaces.\n"
            "Correction: An earlier version of this article gave the 2024 market size as \u20ac84 million. The correct "
            "figure is \u20ac48 million."
        ),
        obs=[
            ("Total", 2023, 39, "EUR million", "actual"),
            ("Total", 2024, 48, "EUR million", "actual"),
            ("App-based payment", 2024, 29, "EUR million", "actual"),
            ("Camera-based bay guidance in multi-storey car parks", 2024, 13, "EUR million", "actual"),
            ("Total", 2028, 95, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48 / 39) ** (1 / 1) - 1 = 23.08% -> 23
            ("arithmetic", "exact"),  # 29 / 48 = 60.42% -> 60
            # 13 / 48 = 27.08%; bounds 12.5 / 48.5 = 25.77%, 13.5 / 47.5 = 28.42% -> 31 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Rotterdam enforcement-camera maker's letter to shareholders (EUR million) on the European market for AI
    #     enforcement cameras: a multiple between 2019 and 2024 (x2.4, distance 5, no verdict), a 2028 figure in
    #     billions ("pass", printed figure, converted to EUR million, estimate) and a CAGR whose span only the
    #     amounts' years give (inferred). Expected nowhere: the annual report's title year, the letter's date, the
    #     company's revenue, its 14% growth and 11.8% margin, the 6,400 cameras, the €0.62 dividend.
    dict(
        text=(
            "Annual Report 2024 - Letter to shareholders\n"
            "Rotterdam, 20 March 2025\n"
            "Dear shareholders, the market we serve kept growing faster than we did. By our own count, Europe spent "
            "\u20ac610 million in 2024 on AI enforcement cameras - average-speed, bus-lane and low-emission-zone "
            "cameras that read plates and classify vehicles - 2.4 times the \u20ac255 million of 2019. We expect it to "
            "pass \u20ac1.1 billion in 2028, a compound annual growth of about 16%. Our own revenue rose 14% to "
            "\u20ac187 million at an operating margin of 11.8%, and we now maintain 6,400 cameras in nine countries. "
            "The board proposes a dividend of \u20ac0.62 per share. Thank you for your continued trust."
        ),
        obs=[
            ("Total", 2019, 255, "EUR million", "actual"),
            ("Total", 2024, 610, "EUR million", "actual"),
            ("Total", 2028, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2019, 2024, 5.0),
            ("cagr", 16, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 610) ** (1 / 4) - 1 = 15.88% -> 16 (bounds 1,050-1,150 for the printed 1.1 billion)
            ("cagr|period", "exact"),
        ],
    ),
    # 26. Singapore road-tech firm's investor-day slide bullets (USD billion, APAC signals and free-flow tolling):
    #     2024 TAM actual, 2025E and 2028E estimates; YoY with both amounts, CAGR with printed span. Expected nowhere:
    #     the investor day's year and date, the S$2.7bn aside (Singapore dollars), the 1,100 lanes, the FY2025 revenue
    #     guidance and EBITDA margin, the 41% survey answer.
    dict(
        text=(
            "Meridian Roadtech Investor Day 2025 - Singapore, 3 September 2025\n"
            "Slide 7: Why AI signals and tolling, why now\n"
            "- 2024 TAM: $1.8B across APAC AI traffic-signal control and free-flow tolling\n"
            "- 2025E TAM: $2.1B (+17% YoY), roughly S$2.7bn\n"
            "- 2028E TAM: $3.5B, a 2025-28 CAGR of 19%\n"
            "- Gantry lanes read by our cameras: 1,100+\n"
            "- FY2025 revenue guidance: $410-430M at a 24% EBITDA margin\n"
            "- 41% of city traffic agencies surveyed plan an AI signal pilot within two years"
        ),
        obs=[
            ("Total", 2024, 1.8, "USD billion", "actual"),
            ("Total", 2025, 2.1, "USD billion", "estimate"),
            ("Total", 2028, 3.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.1 / 1.8) ** (1 / 1) - 1 = 16.67% -> 17
            ("cagr|implied", "exact"),  # (3.5 / 2.1) ** (1 / 3) - 1 = 18.56% -> 19
        ],
    ),
    # 27. Forum answer quoting two research houses on French AI parking guidance (EUR million): the first house gives
    #     base, target and rate (the snippet's figures); its CAGR holds only by rounding. Expected nowhere: the second
    #     house's €340 million for 2029, the 412 upvotes, the €3.4 billion of parking fees, the 140,000 on-street
    #     spaces, the €6 hourly price.
    dict(
        text=(
            "Re: How big is the AI parking-guidance market in France?\n"
            "Top answer (412 upvotes): Depends whose numbers you use. Hexagone Mobility Research sizes French spending "
            "on AI parking guidance and licence-plate recognition at car parks at \u20ac166 million in 2024 and "
            "forecasts \u20ac299 million by 2029, a CAGR of 13% over 2024-2029. Atelier Donn\u00e9es Urbaines is more "
            "bullish and puts 2029 at \u20ac340 million. For context, French car parks took in roughly \u20ac3.4 "
            "billion in parking fees last year, and Paris has close to 140,000 on-street spaces at up to \u20ac6 an "
            "hour. I'd go with Hexagone: their method counts only software and cameras, not the barriers and pay "
            "stations."
        ),
        obs=[
            ("Total", 2024, 166, "EUR million", "actual"),
            ("Total", 2029, 299, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (299 / 166) ** (1 / 5) - 1 = 12.49% -> 12, not 13; bounds (298.5 / 166.5) ** (1/5) - 1 = 12.38%,
            # (299.5 / 165.5) ** (1/5) - 1 = 12.60% -> 13 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Mumbai broker note in rupees on AI traffic-enforcement cameras: rupees are not in the unit table, so no
    #     observation; its YoY, CAGR (fiscal years, printed span) and share are claims, none with two amounts in a
    #     held currency, so no verdicts. Expected nowhere: the dateline, the INR 2,450 crore, the 1,060 toll plazas,
    #     the 6.3 million km of road, the target price and upside, the pick's June-quarter margin.
    dict(
        text=(
            "Deccan Capital Markets - India Smart Roads - Mumbai, 21 July 2025\n"
            "Cameras that write the challan. We size India's market for AI traffic-enforcement cameras and e-challan "
            "analytics at INR 2,450 crore in FY2025, up 27% year on year, and forecast a 24% CAGR over FY2025-FY2030 "
            "as states move speed, helmet and red-light enforcement onto AI video. AI plate reading at toll plazas "
            "makes up 18% of that spend. India has some 1,060 toll plazas and about 6.3 million km of roads. Our top "
            "pick, Nayan Vision (BUY, TP INR 640, 22% upside), reported a 19% EBITDA margin for the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 24, "percent", 2025, 2030, None, "stated"),
            ("share", 18, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in smart parking: YoY with both amounts, a part with its share,
    #     a 2027 figure (突破, printed figure, estimate). Expected nowhere: the dateline, the 3.53亿辆 of vehicles, the
    #     1.6亿个 parking spaces, the 15元 hourly charge.
    dict(
        text=(
            "新华社北京2025年3月18日电(记者李明远)记者从中国城市停车产业联盟获悉,2024年我国智慧停车领域人工智能应用"
            "(含AI车牌识别、停车诱导与无感支付)市场规模达到156.4亿元,较2023年的128.7亿元增长21.5%。其中,AI车牌识别"
            "与无感支付市场规模为71.2亿元,占比45.5%。联盟预计,到2027年该市场规模将突破260亿元。数据显示,截至2024年"
            "底全国汽车保有量达3.53亿辆,城市停车泊位约1.6亿个;部分一线城市核心区路内停车收费已达每小时15元。"
        ),
        obs=[
            ("Total", 2023, 128.7, "CNY 100 million", "actual"),
            ("Total", 2024, 156.4, "CNY 100 million", "actual"),
            ("AI车牌识别与无感支付", 2024, 71.2, "CNY 100 million", "actual"),
            ("Total", 2027, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 45.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (156.4 / 128.7) ** (1 / 1) - 1 = 21.52% -> 21.5
            ("arithmetic", "exact"),  # 71.2 / 156.4 = 45.52% -> 45.5
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified, 亿元) on AI traffic-signal control: 2024 base actual, 2027 target (力争,
    #     estimate), a part in 万元 kept in its own unit (CNY 10 thousand, 2027 target, estimate), a CAGR whose span
    #     only the amounts' years give (inferred), holding only by rounding. Expected nowhere: the document number,
    #     the title's year span, the 4,200 junctions, the 65亿元 of road construction and upkeep funds.
    dict(
        text=(
            "《杭州市智慧交通信号控制提升行动方案(2025—2027年)》(杭政办发〔2025〕12号)\n"
            "二、主要目标。到2027年,全市AI交通信号控制及路口感知市场规模力争达到18.2亿元,较2024年的9.4亿元接近翻番,"
            "年均增长约24%;其中,AI电子警察市场规模力争达到32000万元。全市纳入AI自适应控制的信号灯路口超过4200个,"
            "主城区高峰时段平均通行时间明显缩短。三、保障措施。市级财政统筹安排道路建设与养护资金约65亿元,鼓励企业"
            "参与路口算法优化和数据开放。"
        ),
        obs=[
            ("Total", 2024, 9.4, "CNY 100 million", "actual"),
            ("Total", 2027, 18.2, "CNY 100 million", "estimate"),
            ("AI电子警察", 2027, 32000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (18.2 / 9.4) ** (1 / 3) - 1 = 24.64% -> 25, not 24; bounds (18.15 / 9.45) ** (1/3) - 1 = 24.30%,
            # (18.25 / 9.35) ** (1/3) - 1 = 24.97% -> 24 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI plate recognition and guidance at car parks: YoY with
    #     both amounts, CAGR with printed span, a part with a share that holds only by rounding; 2028 (預估,
    #     estimate). Expected nowhere: the dateline, the 85萬格 off-street spaces, the 80元 hourly charge, the 6億元
    #     Series B round.
    dict(
        text=(
            "【台北訊】2025年5月6日 — 台灣智慧交通研究院今日發布研究指出,2024年台灣停車場AI車牌辨識與智慧停車導引"
            "市場規模達新台幣38.6億元,較2023年的31.2億元成長23.7%。研究院預估,2028年市場規模將達新台幣72億元,"
            "2024至2028年年複合成長率約16.9%。其中路外停車場車辨系統為最大宗,2024年規模為新台幣21.4億元,占比55.5%。"
            "研究院統計,全台路外停車格約85萬格,台北市信義區平日停車費每小時最高80元;業者凌鏡科技今年已完成一筆"
            "新台幣6億元的B輪募資。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2028, 72, "TWD 100 million", "estimate"),
            ("路外停車場車辨系統", 2024, 21.4, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 16.9, "percent", 2024, 2028, None, "stated"),
            ("share", 55.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.2) ** (1 / 1) - 1 = 23.72% -> 23.7
            ("cagr|implied", "exact"),  # (72 / 38.6) ** (1 / 4) - 1 = 16.87% -> 16.9
            # 21.4 / 38.6 = 55.44% -> 55.4, not 55.5; bounds 21.35 / 38.65 = 55.24%, 21.45 / 38.55 = 55.64%
            # -> 55.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI plate recognition and free-flow tolling: YoY with
    #     both amounts, a CAGR with printed span that no reading gives (inconsistent); 2029 (預計, estimate). Expected
    #     nowhere: the report's title year, the 48億港元 of tunnel tolls, the 96萬輛 licensed vehicles, the 60港元 toll.
    dict(
        text=(
            "香港智慧運輸協會《2025香港道路科技發展報告》指出,隨著「易通行」不停車繳費系統全面覆蓋政府收費隧道及"
            "青沙管制區,本港AI車牌辨識、不停車收費及隧道交通管理相關市場規模於2024年達到12.8億港元,較2023年的"
            "10.9億港元增長17.4%。報告預計,2029年市場規模將達到29.5億港元,2024至2029年複合年增長率為20%。報告又指,"
            "政府收費隧道及管制區2024年隧道費收入約48億港元,全港領有牌照車輛約96萬輛,而紅隧私家車繁忙時段收費為"
            "60港元。"
        ),
        obs=[
            ("Total", 2023, 10.9, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2029, 29.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.9) ** (1 / 1) - 1 = 17.43% -> 17.4
            # (29.5 / 12.8) ** (1 / 5) - 1 = 18.17%; bounds (29.45 / 12.85) ** (1/5) - 1 = 18.04%,
            # (29.55 / 12.75) ** (1/5) - 1 = 18.31% -> 20 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global AI pavement and pothole inspection: YoY with both amounts holding
    #     only by rounding, 2027 (超過, printed figure, estimate). Expected nowhere: the post's time line, the 2.1萬公里
    #     of highway, the 8% share-price move.
    dict(
        text=(
            "作者 roadhacker (路過的工程師)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI道路巡檢市場三年後破20億美元\n"
            "時間 Mon Jun 16 21:08:44 2025\n"
            "外電研調機構Pavemetrix Analytics最新報告,全球用車載攝影機做AI路面與坑洞巡檢的市場,2024年規模為11.6億美元,"
            "比2023年的9.4億美元成長24%,預估2027年會超過20億美元。台灣這邊公路局管的公路大約2.1萬公里,今年也開始在"
            "垃圾車和公車上裝鏡頭試辦。相關概念股上週漲了8%,不過這塊占營收都還很小,大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 9.4, "USD 100 million", "actual"),
            ("Total", 2024, 11.6, "USD 100 million", "actual"),
            ("Total", 2027, 20, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (11.6 / 9.4) ** (1 / 1) - 1 = 23.40% -> 23, not 24; bounds 11.55 / 9.45 - 1 = 22.22%,
            # 11.65 / 9.35 - 1 = 24.60% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI audit for expressway free-flow tolling: YoY with both amounts, a
    #     2027 range (two value claims), a share without its part's amount (claim, no verdict). Expected nowhere: the
    #     report date and series number, the 6,500亿元 of toll revenue, the 18万公里 of expressway, the target price
    #     and upside, the pick's revenue.
    dict(
        text=(
            "【华岳证券】智慧高速系列报告之三:自由流收费开启AI稽核新空间(2025年7月8日)\n"
            "摘要:我们测算,2024年我国高速公路AI稽核与自由流收费系统市场规模为64.5亿元,较2023年的54.5亿元同比增长"
            "18.3%;预计2027年市场规模将达到110—125亿元。其中AI车型识别与逃费稽核占比约37%,为最大细分领域。2024年"
            "全国收费公路通行费收入约6,500亿元,高速公路里程超过18万公里。首次覆盖给予行业“推荐”评级,重点推荐通衢"
            "智联(目标价36元,上涨空间24%),公司2024年营业收入9.2亿元。"
        ),
        obs=[
            ("Total", 2023, 54.5, "CNY 100 million", "actual"),
            ("Total", 2024, 64.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
            ("value", 125, "CNY 100 million", 2027, 2027, None),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.5 / 54.5) ** (1 / 1) - 1 = 18.35% -> 18.3
        ],
    ),
    # 35. Toll-road operator's results-briefing transcript (Simplified, 亿元), dated 2025, on AI pavement inspection:
    #     今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY holding only by rounding, 2028 (有望,
    #     estimate) with a CAGR of printed span. Expected nowhere: the company's toll revenue and gross margin, the
    #     first quarter's net profit, the 1,200 km of road it runs.
    dict(
        text=(
            "宁湾高速2024年度暨2025年第一季度业绩说明会文字实录(2025年5月15日)\n"
            "投资者:公司怎么看AI路面巡检和养护决策这块的市场空间?\n"
            "总经理:根据我们的测算,今年全国高速公路AI路面病害巡检市场规模约23亿元,去年为18.5亿元,增长约25%。到2028年,"
            "这一市场有望达到41亿元,2025—2028年复合增长率约21%。公司2024年通行费收入58.3亿元,毛利率52%;一季度归母"
            "净利润4.6亿元。目前公司管辖路段里程约1,200公里,巡检车队已全部加装AI摄像头。"
        ),
        obs=[
            ("Total", 2024, 18.5, "CNY 100 million", "actual"),
            ("Total", 2025, 23, "CNY 100 million", "estimate"),
            ("Total", 2028, 41, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (23 / 18.5) ** (1 / 1) - 1 = 24.32% -> 24, not 25; bounds 22.5 / 18.55 - 1 = 21.29%,
            # 23.5 / 18.45 - 1 = 27.37% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (41 / 23) ** (1 / 3) - 1 = 21.25% -> 21
        ],
    ),
    # 36. Markdown table (USD million, US AI in roads and parking) by segment with a Total row and a CAGR column (span
    #     printed in the header); 2030F is an estimate; the signal CAGR holds only by rounding, the parking-app CAGR
    #     by no reading (inconsistent). Expected nowhere: the table number, the US$210 billion of highway spending and
    #     the 330,000 signalised intersections in the note.
    dict(
        text=(
            "Table 3. US market for AI in roads and parking by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI traffic-signal control | 412 | 1,081 | 17.5% |\n"
            "| Free-flow tolling and plate recognition | 655 | 1,390 | 13.4% |\n"
            "| AI parking guidance and payment apps | 298 | 720 | 18.5% |\n"
            "| Pavement and pothole inspection | 137 | 455 | 22.1% |\n"
            "| Total | 1,502 | 3,646 | 15.9% |\n"
            "Note: F = forecast. Source: Hollis & Marsh Transport Advisory, from agency contracts and vendor filings. "
            "Excludes the roughly US$210 billion of annual highway spending; the US has about 330,000 signalised "
            "intersections."
        ),
        obs=[
            ("AI traffic-signal control", 2024, 412, "USD million", "actual"),
            ("AI traffic-signal control", 2030, 1081, "USD million", "estimate"),
            ("Free-flow tolling and plate recognition", 2024, 655, "USD million", "actual"),
            ("Free-flow tolling and plate recognition", 2030, 1390, "USD million", "estimate"),
            ("AI parking guidance and payment apps", 2024, 298, "USD million", "actual"),
            ("AI parking guidance and payment apps", 2030, 720, "USD million", "estimate"),
            ("Pavement and pothole inspection", 2024, 137, "USD million", "actual"),
            ("Pavement and pothole inspection", 2030, 455, "USD million", "estimate"),
            ("Total", 2024, 1502, "USD million", "actual"),
            ("Total", 2030, 3646, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1081 / 412) ** (1 / 6) - 1 = 17.44% -> 17.4, not 17.5; bounds (1080.5 / 412.5) ** (1/6) - 1 = 17.41%,
            # (1081.5 / 411.5) ** (1/6) - 1 = 17.47% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1390 / 655) ** (1 / 6) - 1 = 13.36% -> 13.4
            # (720 / 298) ** (1 / 6) - 1 = 15.84%; bounds (719.5 / 298.5) ** (1/6) - 1 = 15.79%,
            # (720.5 / 297.5) ** (1/6) - 1 = 15.88% -> 18.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (455 / 137) ** (1 / 6) - 1 = 22.15% -> 22.1
            ("cagr|implied", "exact"),  # (3646 / 1502) ** (1 / 6) - 1 = 15.93% -> 15.9
            ("hierarchy", "exact"),  # 2024: 412 + 655 + 298 + 137 = 1,502
            ("hierarchy", "exact"),  # 2030F: 1,081 + 1,390 + 720 + 455 = 3,646
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese parking and tolling with a Total row and a
    #     YoY column; the pothole YoY holds only by rounding. Expected nowhere: the figure number, the 4.2 million
    #     coin-parking spaces and the 1,300 toll gates in the note.
    dict(
        text=(
            "Figure 5. Japan: AI in parking and tolling by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI parking guidance and cashless payment\t18.4\t22.9\t24.5%\n"
            "ETC 2.0 and AI plate recognition at toll gates\t31.6\t36.2\t14.6%\n"
            "AI pothole and pavement inspection\t6.8\t8.9\t31.5%\n"
            "Total\t56.8\t68.0\t19.7%\n"
            "Note: fiscal years to March. Source: Kanto Mobility Research, from contracts with car-park operators, "
            "expressway companies and prefectures; Japan's roughly 4.2 million coin-parking spaces and some 1,300 "
            "toll gates are given for context only."
        ),
        obs=[
            ("AI parking guidance and cashless payment", 2023, 18.4, "JPY billion", "actual"),
            ("AI parking guidance and cashless payment", 2024, 22.9, "JPY billion", "actual"),
            ("ETC 2.0 and AI plate recognition at toll gates", 2023, 31.6, "JPY billion", "actual"),
            ("ETC 2.0 and AI plate recognition at toll gates", 2024, 36.2, "JPY billion", "actual"),
            ("AI pothole and pavement inspection", 2023, 6.8, "JPY billion", "actual"),
            ("AI pothole and pavement inspection", 2024, 8.9, "JPY billion", "actual"),
            ("Total", 2023, 56.8, "JPY billion", "actual"),
            ("Total", 2024, 68.0, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.9 / 18.4 - 1 = 24.46% -> 24.5
            ("cagr|implied", "exact"),  # 36.2 / 31.6 - 1 = 14.56% -> 14.6
            # 8.9 / 6.8 - 1 = 30.88% -> 30.9, not 31.5; bounds 8.85 / 6.85 - 1 = 29.20%, 8.95 / 6.75 - 1 = 32.59%
            # -> 31.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 68.0 / 56.8 - 1 = 19.72% -> 19.7
            ("hierarchy", "exact"),  # FY2023: 18.4 + 31.6 + 6.8 = 56.8
            ("hierarchy", "exact"),  # FY2024: 22.9 + 36.2 + 8.9 = 68.0
        ],
    ),
    # 38. Space-aligned table (GBP million, UK, 2024) of AI enforcement cameras by use with a share column and a Total
    #     row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere: the 94 local authorities
    #     surveyed, the 4,100 fixed cameras and the excluded fines income in the note.
    dict(
        text=(
            "UK: spending on AI enforcement cameras by use, 2024 (\u00a3m)\n"
            "Use                                    \u00a3m      Share\n"
            "Average-speed cameras                  46.2     38.5%\n"
            "Bus-lane and box-junction cameras      31.8     26.5%\n"
            "Clean-air-zone ANPR                    27.4     22.9%\n"
            "Mobile-phone and seatbelt detection    14.6     12.1%\n"
            "Total                                  120.0    100.0%\n"
            "Note: Whitcombe Roads Consultancy survey of 94 local authorities and police forces; the country's roughly "
            "4,100 fixed enforcement cameras are counted once, and fines income is excluded."
        ),
        obs=[
            ("Average-speed cameras", 2024, 46.2, "GBP million", "actual"),
            ("Bus-lane and box-junction cameras", 2024, 31.8, "GBP million", "actual"),
            ("Clean-air-zone ANPR", 2024, 27.4, "GBP million", "actual"),
            ("Mobile-phone and seatbelt detection", 2024, 14.6, "GBP million", "actual"),
            ("Total", 2024, 120.0, "GBP million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 26.5, "percent", 2024, 2024, None),
            ("share", 22.9, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.2 / 120.0 = 38.50% -> 38.5
            ("arithmetic", "exact"),  # 31.8 / 120.0 = 26.50% -> 26.5
            # 27.4 / 120.0 = 22.83% -> 22.8, not 22.9; bounds 27.35 / 120.05 = 22.78%, 27.45 / 119.95 = 22.88%
            # -> 22.9 reached only by some reading
            ("arithmetic", "rounding"),
            # 14.6 / 120.0 = 12.17% -> 12.2, not 12.1; bounds 14.55 / 120.05 = 12.12%, 14.65 / 119.95 = 12.21%
            # -> 12.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 46.2 + 31.8 + 27.4 + 14.6 = 120.0
        ],
    ),
    # 39. Vertical table whose rows are years (EUR million, Netherlands free-flow tolling and lorry-charge
    #     enforcement), a lone value column headed by its unit only (Total) beside a YoY column; 2025E is an estimate;
    #     a CAGR with printed span in the note. Expected nowhere: the 2026 start of the lorry charge, the 3,800 km of
    #     charged road, the €0.15 per-km rate.
    dict(
        text=(
            "Netherlands: AI free-flow tolling and lorry-charge enforcement\n"
            "Year      EUR million      YoY\n"
            "2022      84               -\n"
            "2023      101              20.2%\n"
            "2024      127              25.7%\n"
            "2025E     158              24.4%\n"
            "Note: E = estimate; CAGR 2022-2025E: 23.4%. Source: Polder Infra Economics, from gantry, camera and "
            "back-office contracts ahead of the lorry charge that starts in 2026 on some 3,800 km of road at an "
            "average of about \u20ac0.15 per km."
        ),
        obs=[
            ("Total", 2022, 84, "EUR million", "actual"),
            ("Total", 2023, 101, "EUR million", "actual"),
            ("Total", 2024, 127, "EUR million", "actual"),
            ("Total", 2025, 158, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2022, 2023, 1.0),
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 24.4, "percent", 2024, 2025, 1.0),
            ("cagr", 23.4, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 101 / 84 - 1 = 20.24% -> 20.2
            ("cagr|implied", "exact"),  # 127 / 101 - 1 = 25.74% -> 25.7
            ("cagr|implied", "exact"),  # 158 / 127 - 1 = 24.41% -> 24.4
            ("cagr|implied", "exact"),  # (158 / 84) ** (1 / 3) - 1 = 23.44% -> 23.4
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI on Taiwan's roads with a 合計 row; 2025年(預估) is an estimate;
    #     the 2023 合計 holds only by rounding. Expected nowhere: the table number, the title's year span, the 2,800
    #     AI-controlled junctions in the note.
    dict(
        text=(
            "表3 2023—2025年臺灣道路AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI號誌控制 | 3.4 | 4.3 | 5.5\n"
            "科技執法 | 5.1 | 6.2 | 7.6\n"
            "路面坑洞巡檢 | 2.2 | 2.9 | 3.8\n"
            "高速公路電子收費AI稽核 | 0.8 | 1.2 | 1.7\n"
            "合計 | 11.6 | 14.6 | 18.6\n"
            "資料來源:臺灣道路科技協會;2025年為預估值。全台已導入AI號誌控制之路口約2,800處。"
        ),
        obs=[
            ("AI號誌控制", 2023, 3.4, "TWD 100 million", "actual"),
            ("AI號誌控制", 2024, 4.3, "TWD 100 million", "actual"),
            ("AI號誌控制", 2025, 5.5, "TWD 100 million", "estimate"),
            ("科技執法", 2023, 5.1, "TWD 100 million", "actual"),
            ("科技執法", 2024, 6.2, "TWD 100 million", "actual"),
            ("科技執法", 2025, 7.6, "TWD 100 million", "estimate"),
            ("路面坑洞巡檢", 2023, 2.2, "TWD 100 million", "actual"),
            ("路面坑洞巡檢", 2024, 2.9, "TWD 100 million", "actual"),
            ("路面坑洞巡檢", 2025, 3.8, "TWD 100 million", "estimate"),
            ("高速公路電子收費AI稽核", 2023, 0.8, "TWD 100 million", "actual"),
            ("高速公路電子收費AI稽核", 2024, 1.2, "TWD 100 million", "actual"),
            ("高速公路電子收費AI稽核", 2025, 1.7, "TWD 100 million", "estimate"),
            ("合計", 2023, 11.6, "TWD 100 million", "actual"),
            ("合計", 2024, 14.6, "TWD 100 million", "actual"),
            ("合計", 2025, 18.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 3.4 + 5.1 + 2.2 + 0.8 = 11.5 vs 11.6; rows' bounds 11.3-11.7, total's 11.55-11.65
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 4.3 + 6.2 + 2.9 + 1.2 = 14.6
            ("hierarchy", "exact"),  # 2025(預估): 5.5 + 7.6 + 3.8 + 1.7 = 18.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 19, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 15% of the total',
    'A second house, Hexagone Mobility Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣18.6億元',
    '億港元',
    '中央社記者林佳慧台北2025年4月15日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 38.6 | 24.4%',
    'Tollgate Systems Q3 2025 earnings call, November 4, 2025',
    'Midlands Transport Economics Working Paper 25/07. Abstract:',
    '3/ Their forecast: €390M by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $2.1B (+17% YoY), roughly S$2.7bn',
    'Atelier Données Urbaines is more bullish and puts 2029 at €340 million',
    'INR 2,450 crore in FY2025',
    '新华社北京2025年3月18日电',
    '標題 [情報] 研調:AI道路巡檢市場三年後破20億美元',
    '预计2027年市场规模将达到110—125亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 11.6 | 14.6 | 18.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 194
#: figures, 66 rates, 93 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 199, "rates_found": 66, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset239.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
