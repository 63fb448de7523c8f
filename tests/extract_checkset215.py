"""A two-hundred-and-fifteenth check set for the extractor, written blind: AI in public transport and urban mobility: AI
timetabling and demand forecasting for buses, metros and railways, AI fare collection and passenger-flow analytics, AI
predictive maintenance of rolling stock and track, AI traffic-signal control and smart parking, AI for ride-hailing
dispatch and micromobility fleets; sized in money by transport authorities and ministries, operators' associations,
brokers, consultancies, research houses and vendors' investor days, in the United States, Canada, the United Kingdom,
Germany, France, Spain, the Netherlands, Japan, South Korea, India (rupees only as an aside), Singapore, mainland China,
Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: an operator's total fare revenue or capital budget beside the AI part, numbers of passengers, trips,
vehicles, stations or kilometres, a fare, a funding round and valuation, a quarter's or a holiday week's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in public transport and urban mobility: eight English prose texts (a
Chicago wire release on transit scheduling AI, a Tokyo broker note in fiscal years and yen on rail predictive
maintenance, a Madrid briefing on traffic-signal and parking AI, a Berlin article quoting two consultancies, a Singapore
investor-day TAM for ride-hailing dispatch, a Hague strategy with last-year/this-year figures and a 2030 target, a
correction notice on an Indian story with a range, a micromobility blog post with 'more than doubled'), seven Chinese
prose texts (a metro AI industry report, a Guangdong plan with 力争到 and 增长2倍, a Xinhua story quoting two institutes, a
Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive with a range) and five
tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a vertical table of years
with YoY, a tab-separated segment table). Left out: fare revenue, capital budgets, passengers, trips, vehicles,
junctions, kilometres, fares, funding rounds, quarter and holiday-week figures, survey answers, firms' revenue, margins,
orders and targets, rupee and won amounts, a second house's figure, a correction's wrong figures, shares in words.
Inconsistent: the Berlin YoY, the Xinhua 26.1%, the French 2023 YoY and the Canadian 2023 total. Only by rounding: the
Tokyo and Taiwan CAGRs, the Madrid bus-lane share, the broker's 31.5% YoY, the UK timetabling row's CAGR, the 2025年E 合计
and the Singapore scheduling share.

Snippets 21-40: Twenty snippets on AI in public transport and urban mobility, numbered 21-40: eight English prose pieces
(a US earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date, a Dutch working-
paper abstract on predictive maintenance of rolling stock and track, a numbered social-media thread on AI traffic
signals whose 2023 figure in millions is converted to the series' billions, a UK web article with a correction line, a
Japanese railway's annual-report letter in yen, investor-day slide bullets of a micromobility operator, a forum answer
quoting two research houses on ride-hailing dispatch, and a Korean broker note in won that gives claims but no
observations), seven Chinese prose pieces (a Xinhua-style release, a municipal plan, a Taipei research release, a Hong
Kong association report in 億港元, a PTT post, a broker abstract with a 2026 range, a results-briefing transcript) and five
tables (markdown with a CAGR column, tab-separated euros with a YoY column, space-aligned US dollars with a share
column, a vertical table of years, a Traditional Chinese table with a 合計 row). Left out everywhere: operators' fare
revenue, maintenance and capital budgets, passengers, trips, vehicles, intersections, parking spaces and kilometres,
fares, funding rounds and valuations, companies' own revenue, margins, orders and share targets, quarter and holiday-
week figures, survey and penetration percentages, percentage points, a second house's figure, a corrected misprint and a
rupee aside. Inconsistent: the working paper's 27.9% CAGR, the microtransit CAGR in the markdown table, the ride-pooling
YoY in the euro table and the Hong Kong table's 2025 合計. Holding only by rounding: the call's 20.8% CAGR, the UK
article's 40.5% share, the Xinhua 33.8% share, the Hong Kong 20.5% growth, the scheduling CAGR in the markdown table,
the 9.5% smart-parking share and the UK bus table's 2024 YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the outlook's title year, the 312 agencies surveyed, the 7.1 billion trips, the industry's fare revenue,
    #    the 57% survey answer.
    dict(
        text=(
            "CHICAGO, April 8, 2025 /PRNewswire/ -- U.S. bus and rail agencies spent $612 million on AI-driven "
            "timetabling, crew scheduling and ridership-forecasting software in 2024, up 24% from $494 million in "
            "2023, according to the 2025 Transit Intelligence Outlook released today by Lakeshore Mobility Analytics. "
            "The Chicago firm, which surveyed 312 transit agencies, projects spending of $2.1 billion by 2031, a "
            "compound annual growth rate of 19.3% from 2024 to 2031. U.S. transit systems carried about 7.1 billion "
            "passenger trips last year, and fare revenue across the industry came to roughly $13.6 billion. Some 57% "
            "of agencies said driver shortages were their main reason for buying scheduling AI."
        ),
        obs=[
            ("Total", 2023, 494, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2031, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 494) ** (1 / 1) - 1 = 23.89% -> 24
            ("cagr|implied", "exact"),  # (2100 / 612) ** (1 / 7) - 1 = 19.26% -> 19.3
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 21%" where the amounts give 20.46%. Expected nowhere: the dateline, the
    #    railways' ¥1.9 trillion capital works, Korea's spending in won, the covered firm's sales, growth, margin,
    #    target price and upside, the 21,000 cars and 14 operators.
    dict(
        text=(
            "Tokyo, 19 June 2025. Japan Rail and Infrastructure, sector initiation. We estimate the domestic market for "
            "AI predictive maintenance of rolling stock, track and overhead lines at ¥83.6 billion in FY2024 (year to "
            "March 2025) and forecast ¥212 billion by FY2029e, a CAGR of about 21%. Japan's railways together spend "
            "more than ¥1.9 trillion a year on capital works, so the AI slice is still thin. Korean operators, by our "
            "count, spend around ₩310 billion on similar tools. Our top pick, Hoshimura Systems (Buy, TP ¥3,650, 24% "
            "upside), grew FY2024 maintenance-AI sales 27% to ¥18.9 billion at a 15.4% operating margin and monitors "
            "some 21,000 cars for 14 operators."
        ),
        obs=[
            ("Total", 2024, 83.6, "JPY billion", "actual"),
            ("Total", 2029, 212, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (212 / 83.6) ** (1 / 5) - 1 = 20.46% -> 20, not 21; bounds (211.5 / 83.65) ** (1/5) - 1 = 20.38%,
            # (212.5 / 83.55) ** (1/5) - 1 = 20.53% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Madrid research briefing: a total in EUR million and three segments with shares (the bus-lane analytics
    #    share of "about 18%" holds only by rounding); the 2029 forecast printed in billions is expected converted
    #    to EUR million. Expected nowhere: the 62 city councils interviewed, the €3.4 billion urban-transport
    #    budget, Madrid's 2,100 signalised junctions.
    dict(
        text=(
            "MADRID, 7 October 2025 - Spanish cities and regional transport consortia spent €418 million on AI for "
            "traffic and kerbside management in 2024, according to a briefing from the Instituto Ibérico de Movilidad "
            "Urbana. Adaptive AI traffic-signal control took €164 million, or 39%, smart-parking guidance and "
            "enforcement €121 million (29%), and AI camera analytics for bus lanes and low-emission zones €73 million, "
            "about 18% of the total. The institute, which interviewed 62 city councils, expects spending to reach "
            "€1.02 billion in 2029. Spain's municipalities budgeted €3.4 billion for urban transport in 2024, and "
            "Madrid alone counts some 2,100 signalised junctions."
        ),
        obs=[
            ("Total", 2024, 418, "EUR million", "actual"),
            ("Adaptive AI traffic-signal control", 2024, 164, "EUR million", "actual"),
            ("Smart-parking guidance and enforcement", 2024, 121, "EUR million", "actual"),
            ("AI camera analytics for bus lanes and low-emission zones", 2024, 73, "EUR million", "actual"),
            ("Total", 2029, 1020, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 164 / 418 = 39.23% -> 39
            ("arithmetic", "exact"),  # 121 / 418 = 28.95% -> 29
            # 73 / 418 = 17.46% -> 17, not 18; bounds 72.5 / 418.5 = 17.32%, 73.5 / 417.5 = 17.60% -> 18 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Berlin article quoting two consultancies: the first's base, target and rate are the snippet's; its 2023
    #    figure printed in millions is expected in EUR billion (the series' unit); its "up 21%" is inconsistent.
    #    Expected nowhere: Nordlicht Research's €1.29 billion for 2024, the 13.5 million pass holders, the €58
    #    monthly fare, the operators' €13.9 billion fare revenue.
    dict(
        text=(
            "BERLIN, 24 June 2025 - Germany's market for AI passenger-flow analytics and automated fare collection in "
            "public transport reached €1.46 billion in 2024, up 21% from €1,150 million in 2023, according to the "
            "Munich consultancy Isarwerk Consulting. It expects the market to reach €3.1 billion in 2028, a compound "
            "annual growth rate of 20.7% between 2024 and 2028. Rival house Nordlicht Research puts the 2024 market "
            "lower, at €1.29 billion, because it leaves out check-in/check-out apps. The national flat-rate travel "
            "pass now has some 13.5 million holders at €58 a month, and operators' fare revenue reached €13.9 billion "
            "last year."
        ),
        obs=[
            ("Total", 2023, 1.15, "EUR billion", "actual"),
            ("Total", 2024, 1.46, "EUR billion", "actual"),
            ("Total", 2028, 3.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 20.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1460 / 1150) ** (1 / 1) - 1 = 26.96% -> 27, not 21; bounds 1455 / 1150.5 - 1 = 26.47%,
            # 1465 / 1149.5 - 1 = 27.45% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3.1 / 1.46) ** (1 / 4) - 1 = 20.71% -> 20.7
        ],
    ),
    # 5. Investor-day transcript (Singapore): the total addressable market the company sizes is the market (Total),
    #    with a CAGR whose span is printed ("about 18%"). Expected nowhere: the company's revenue and margin, its 20%
    #    share goal, the 1.3 billion trips matched, the third quarter's bookings.
    dict(
        text=(
            "Meridian Mobility Investor Day, Singapore, November 12, 2025 - transcript excerpt. Priya Raman, chief "
            "financial officer: \"So how big is this? We put the total addressable market for AI dispatch, pricing "
            "and fleet optimisation for ride-hailing and delivery fleets across Southeast Asia at $5.6 billion in "
            "2024, and we think it gets to $14.9 billion in 2030. That's about an 18% CAGR from 2024 to 2030. We did "
            "$412 million of revenue last year at a 9% adjusted EBITDA margin, and we're targeting a 20% share of that "
            "market by 2030. Our platform matched roughly 1.3 billion trips in 2024, and third-quarter bookings came "
            "to $128 million.\""
        ),
        obs=[
            ("Total", 2024, 5.6, "USD billion", "actual"),
            ("Total", 2030, 14.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.9 / 5.6) ** (1 / 6) - 1 = 17.72% -> 18
        ],
    ),
    # 6. The Hague national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target
    #    printed in billions expected converted to EUR million. Expected nowhere: the €60 million pilot fund and its
    #    45 corridors, the 1,500 traffic lights, the 48% survey answer.
    dict(
        text=(
            "THE HAGUE, 3 March 2025 - The Smart Mobility Agenda published today by the Netherlands Agency for "
            "Mobility Innovation estimates that Dutch public-transport operators and road authorities spent "
            "€236 million on AI for timetabling, traffic management and asset maintenance last year, and expects "
            "€289 million this year, a rise of about 22%. The agenda sets a target of €1.1 billion by 2030. It "
            "earmarks €60 million for 45 pilot corridors and aims to put 1,500 traffic lights under AI control. In a "
            "survey for the agency, 48% of travellers said real-time crowding information would lead them to travel "
            "outside the peak."
        ),
        obs=[
            ("Total", 2024, 236, "EUR million", "actual"),
            ("Total", 2025, 289, "EUR million", "estimate"),
            ("Total", 2030, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (289 / 236) ** (1 / 1) - 1 = 22.46% -> 22
        ],
    ),
    # 7. Correction notice on an Indian market story: the 2030 range gives two value claims (no observation); the
    #    2024 figure is the year's observation. Expected nowhere: the misstated $23-29 billion, the rupee amount (no
    #    unit in the table), the 1,000 km of metro line, the 10 million daily riders; the range is expected once
    #    though printed twice.
    dict(
        text=(
            "Correction, August 21, 2025: An earlier version of this article gave the 2030 forecast in the wrong "
            "unit. Urban Pulse Research expects India's market to be worth $2.3 billion to $2.9 billion in 2030, not "
            "$23 billion to $29 billion.\n"
            "India's market for AI in urban mobility, from metro passenger-flow analytics to bus-fleet scheduling and "
            "adaptive traffic signals, was worth $1.05 billion in 2024, according to Urban Pulse Research, a Pune "
            "firm. It expects the market to reach $2.3 billion to $2.9 billion in 2030 as more cities open metro "
            "lines. In rupee terms the 2024 market came to roughly ₹8,700 crore. India's metro networks now run more "
            "than 1,000 km of line and carry some 10 million riders a day."
        ),
        obs=[
            ("Total", 2024, 1.05, "USD billion", "actual"),
        ],
        claims=[
            ("value", 2.3, "USD billion", 2030, 2030, None),
            ("value", 2.9, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Micromobility blog post: "more than doubled" between 2022 and 2024 is a multiple x2 over 2 years (no
    #    verdict). Expected nowhere: the €5.40 scooter ride, the start-up's funding round and valuation, the Easter
    #    week's 38% jump, the 620,000 shared vehicles.
    dict(
        text=(
            "Kerbside Notes, a micromobility blog, May 27, 2025 - The robots behind your rental scooter. European "
            "scooter and bike-share operators spent €96 million on AI for fleet rebalancing, battery-swap routing and "
            "parking compliance in 2022; by 2024 that figure had more than doubled to €215 million, according to "
            "Velora Research. A 20-minute scooter ride in Lisbon now costs around €5.40, and the operator Zipwell "
            "raised €45 million in March at a €300 million valuation. Over the Easter holiday week, rides in the ten "
            "biggest cities jumped 38%. Operators ran roughly 620,000 shared vehicles at the end of 2024."
        ),
        obs=[
            ("Total", 2022, 96, "EUR million", "actual"),
            ("Total", 2024, 215, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI客流分析与智能票务) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 1.1万公里 of line, the 322亿人次
    #    carried, the 春运 passenger growth, the 71% survey answer.
    dict(
        text=(
            "《2025中国城市轨道交通智能化发展报告》近日在深圳发布。报告显示,2024年我国城市轨道交通AI应用市场规模达到"
            "148.6亿元,同比增长27.3%,2023年为116.7亿元。其中,AI客流分析与智能票务市场规模为52.4亿元,占比35.3%,"
            "居各细分领域之首。报告预计,到2029年我国城市轨道交通AI应用市场规模将达到412亿元,2024—2029年复合增长率为"
            "22.6%。报告同时指出,截至2024年底全国城轨交通运营里程超过1.1万公里,全年客运量约322亿人次;2025年春运期间,"
            "城轨客运量同比增长9%。受访运营单位中,71%已部署AI智能巡检。"
        ),
        obs=[
            ("Total", 2023, 116.7, "CNY 100 million", "actual"),
            ("Total", 2024, 148.6, "CNY 100 million", "actual"),
            ("AI客流分析与智能票务", 2024, 52.4, "CNY 100 million", "actual"),
            ("Total", 2029, 412, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("share", 35.3, "percent", 2024, 2024, None),
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148.6 / 116.7) ** (1 / 1) - 1 = 27.33% -> 27.3
            ("arithmetic", "exact"),  # 52.4 / 148.6 = 35.26% -> 35.3
            ("cagr|implied", "exact"),  # (412 / 148.6) ** (1 / 5) - 1 = 22.62% -> 22.6
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (超过, expected at its printed figure, an estimate) and 较2023年增长2倍 kept as a multiple x2 over 4 years (no
    #     verdict). Expected nowhere: the plan's title years, the 1.2万 AI-controlled junctions, the 60% parking
    #     coverage rate, the province's transport fixed-asset investment.
    dict(
        text=(
            "广东省交通运输厅日前印发《广东省“人工智能+交通运输”行动方案(2025—2027年)》。方案显示,2023年全省智能交通"
            "AI应用(含信号灯自适应控制、智慧停车、公交智能调度等)产业规模为265亿元,2024年达到331亿元,同比增长24.9%。"
            "方案提出,力争到2027年全省相关产业规模超过800亿元,较2023年增长2倍;建成AI自适应信号控制路口1.2万个,全省"
            "智慧停车泊位联网覆盖率达到60%。2024年全省交通运输固定资产投资约2,400亿元。"
        ),
        obs=[
            ("Total", 2023, 265, "CNY 100 million", "actual"),
            ("Total", 2024, 331, "CNY 100 million", "actual"),
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (331 / 265) ** (1 / 1) - 1 = 24.91% -> 24.9
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's; its "增长26.1%" is inconsistent. Expected nowhere: 华衡数据研究中心's
    #     104亿元 for 2024, the conference's title year, the 五一 holiday's daily orders, the 1,500万辆 shared vehicles.
    dict(
        text=(
            "新华社杭州5月20日电(记者 林晓岚)记者从日前召开的2025中国智慧出行大会上获悉,据国家城市交通智能化研究院"
            "测算,2024年我国网约车智能调度与共享单车、电单车AI运维市场规模为96亿元,比2023年的78亿元增长26.1%,预计"
            "2025年将达到118亿元。另据华衡数据研究中心统计,2024年这一市场规模约为104亿元。今年“五一”假期,全国网约车"
            "日均订单量约3,100万单;目前全国共享两轮车投放量约1,500万辆。"
        ),
        obs=[
            ("Total", 2023, 78, "CNY 100 million", "actual"),
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2025, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (96 / 78) ** (1 / 1) - 1 = 23.08% -> 23.1, not 26.1; bounds 95.5 / 78.5 - 1 = 21.66%,
            # 96.5 / 77.5 - 1 = 24.52% -> 26.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, the 2,800處
    #     intersections, 約占三成 (a share in words), the bus fare-box revenue, the 61% survey answer.
    dict(
        text=(
            "財團法人臺灣智慧運輸產業研究院發布《2025臺灣智慧交通白皮書》指出,2024年臺灣AI交通號誌控制、智慧停車與公共"
            "運輸智慧調度市場規模達新台幣172億元,較2023年的139億元成長23.7%。白皮書預估,2028年市場規模將達新台幣356億元,"
            "2024至2028年年複合成長率為20.0%。白皮書也指出,全臺已有約2,800處路口導入AI號誌,約占主要幹道路口三成;全臺"
            "公車票箱收入約新台幣210億元。受訪通勤族中有61%表示,到站時間預測是最常使用的功能。"
        ),
        obs=[
            ("Total", 2023, 139, "TWD 100 million", "actual"),
            ("Total", 2024, 172, "TWD 100 million", "actual"),
            ("Total", 2028, 356, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 20.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (172 / 139) ** (1 / 1) - 1 = 23.74% -> 23.7
            # (356 / 172) ** (1 / 4) - 1 = 19.95% -> 19.9, not 20.0; bounds (355.5 / 172.5) ** (1/4) - 1 = 19.82%,
            # (356.5 / 171.5) ** (1/4) - 1 = 20.07% -> 20.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約24.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 1,200萬人次 daily passengers, 約九成 (a share in words), the HK$500
    #     monthly pass, the start-up's 1.2億港元 funding round.
    dict(
        text=(
            "香港智慧運輸聯盟昨日發表報告指出,2024年本港公共交通AI應用(包括鐵路及巴士車隊預測性維修、乘客流量分析及"
            "智能泊車)市場規模約24.6億港元,較2023年的20.3億港元增長21.2%。報告預計,2028年市場規模將增至52億港元,2024"
            "至2028年年均複合增長率約20.6%。報告又指,本港公共交通每日載客約1,200萬人次,其中約九成乘客以電子方式付款;"
            "一張成人全月通票售價約500港元。本地初創公司泊易科技上月完成1.2億港元B輪融資。"
        ),
        obs=[
            ("Total", 2023, 20.3, "HKD 100 million", "actual"),
            ("Total", 2024, 24.6, "HKD 100 million", "actual"),
            ("Total", 2028, 52, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 20.3) ** (1 / 1) - 1 = 21.18% -> 21.2
            ("cagr|implied", "exact"),  # (52 / 24.6) ** (1 / 4) - 1 = 20.58% -> 20.6
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first quarter's 15億元, the
    #     operator's own revenue and gross margin, the 45萬格 parking bays.
    dict(
        text=(
            "(中央社記者林志豪台北2025年4月9日電)市調機構鼎衡顧問今天指出,去年台灣智慧停車與AI路邊收費市場規模約"
            "新台幣58億元,今年在六都擴大導入車牌辨識收費帶動下,可望成長24%至72億元。不過今年第一季市場規模僅約新台幣"
            "15億元。國內停車場龍頭興泊科技去年營收達新台幣36億元,毛利率約31%;鼎衡估計今年全台AI車牌辨識停車格將突破"
            "45萬格。"
        ),
        obs=[
            ("Total", 2024, 58, "TWD 100 million", "actual"),
            ("Total", 2025, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72 / 58) ** (1 / 1) - 1 = 24.14% -> 24
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 31.5% YoY that holds only by rounding; the 2027
    #     range 160亿—190亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading
    #     firm's revenue, gross margin, rating and target price, its second-quarter orders, the 28万 junctions.
    dict(
        text=(
            "东衡证券研究所2025年8月深度报告《智慧交通:AI信号控制迎来放量期》。我们测算,2024年国内AI交通信号控制与"
            "路口感知市场规模为86.4亿元,同比增长31.5%,2023年为65.8亿元。随着城市级交通大模型落地,我们预计2027年市场"
            "规模将达到160亿—190亿元。行业龙头衡通智控2024年营收21.7亿元,毛利率43%,给予“买入”评级,目标价42元;今年"
            "二季度公司新签订单同比增长52%。截至2024年底,全国城市信号控制路口约28万个。"
        ),
        obs=[
            ("Total", 2023, 65.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("value", 160, "CNY 100 million", 2027, 2027, None),
            ("value", 190, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (86.4 / 65.8) ** (1 / 1) - 1 = 31.31% -> 31.3, not 31.5; bounds 86.35 / 65.85 - 1 = 31.13%,
            # 86.45 / 65.75 - 1 = 31.48% -> 31.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (UK rail, GBP million) with a CAGR 2024-30 column and a Total row: each row's CAGR is stated
    #     (span in the header); the timetabling row's 21.7% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 2. UK rail: AI spending by application (GBP million)\n"
            "| Application | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI predictive maintenance of rolling stock | 142 | 398 | 18.7% |\n"
            "| AI track and overhead-line monitoring | 96 | 281 | 19.6% |\n"
            "| AI timetabling and crew rostering | 58 | 187 | 21.7% |\n"
            "| Total | 296 | 866 | 19.6% |\n"
            "Source: Pennine Rail Economics, Rail Technology Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI predictive maintenance of rolling stock", 2024, 142, "GBP million", "actual"),
            ("AI predictive maintenance of rolling stock", 2030, 398, "GBP million", "estimate"),
            ("AI track and overhead-line monitoring", 2024, 96, "GBP million", "actual"),
            ("AI track and overhead-line monitoring", 2030, 281, "GBP million", "estimate"),
            ("AI timetabling and crew rostering", 2024, 58, "GBP million", "actual"),
            ("AI timetabling and crew rostering", 2030, 187, "GBP million", "estimate"),
            ("Total", 2024, 296, "GBP million", "actual"),
            ("Total", 2030, 866, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (398 / 142) ** (1 / 6) - 1 = 18.74% -> 18.7
            ("cagr|implied", "exact"),  # (281 / 96) ** (1 / 6) - 1 = 19.60% -> 19.6
            # (187 / 58) ** (1 / 6) - 1 = 21.55% (21.545) -> 21.5, not 21.7; bounds (186.5 / 58.5) ** (1/6) - 1 = 21.32%,
            # (187.5 / 57.5) ** (1/6) - 1 = 21.77% -> 21.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (866 / 296) ** (1 / 6) - 1 = 19.59% -> 19.6
            ("hierarchy", "exact"),  # 2024: 142 + 96 + 58 = 296
            ("hierarchy", "exact"),  # 2030F: 398 + 281 + 187 = 866
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国智慧交通AI细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI信号控制\t48.6\t62.3\t78.9\n"
            "智慧停车\t37.2\t46.8\t58.4\n"
            "公交智能调度\t21.5\t27.9\t35.6\n"
            "轨道交通智能运维\t33.8\t44.1\t57.2\n"
            "合计\t141.1\t181.1\t230.2\n"
            "资料来源:城市交通数字化研究中心;2025年E为预测值。"
        ),
        obs=[
            ("AI信号控制", 2023, 48.6, "CNY 100 million", "actual"),
            ("AI信号控制", 2024, 62.3, "CNY 100 million", "actual"),
            ("AI信号控制", 2025, 78.9, "CNY 100 million", "estimate"),
            ("智慧停车", 2023, 37.2, "CNY 100 million", "actual"),
            ("智慧停车", 2024, 46.8, "CNY 100 million", "actual"),
            ("智慧停车", 2025, 58.4, "CNY 100 million", "estimate"),
            ("公交智能调度", 2023, 21.5, "CNY 100 million", "actual"),
            ("公交智能调度", 2024, 27.9, "CNY 100 million", "actual"),
            ("公交智能调度", 2025, 35.6, "CNY 100 million", "estimate"),
            ("轨道交通智能运维", 2023, 33.8, "CNY 100 million", "actual"),
            ("轨道交通智能运维", 2024, 44.1, "CNY 100 million", "actual"),
            ("轨道交通智能运维", 2025, 57.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 141.1, "CNY 100 million", "actual"),
            ("合计", 2024, 181.1, "CNY 100 million", "actual"),
            ("合计", 2025, 230.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 48.6 + 37.2 + 21.5 + 33.8 = 141.1
            ("hierarchy", "exact"),  # 2024: 62.3 + 46.8 + 27.9 + 44.1 = 181.1
            # 2025E: 78.9 + 58.4 + 35.6 + 57.2 = 230.1, not 230.2; bounds 229.9..230.3 (each part +/-0.05)
            # reach 230.15..230.25 -> 230.2 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Singapore, USD million, 2024) with a share column and a Total row: four shares (the
    #     scheduling row's 27.4% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 3.9 million daily rides.
    dict(
        text=(
            "Singapore: AI in land transport, spending by application, 2024\n"
            "Application                                   USD m      Share\n"
            "AI fare collection and passenger analytics     48.6      35.1%\n"
            "AI bus and rail scheduling                     37.9      27.4%\n"
            "AI predictive maintenance                      29.4      21.2%\n"
            "AI traffic-signal and road management          22.7      16.4%\n"
            "Total                                         138.6     100.0%\n"
            "Note 5: buses and trains carried about 3.9 million rides a day. Source: Straits Mobility Research."
        ),
        obs=[
            ("AI fare collection and passenger analytics", 2024, 48.6, "USD million", "actual"),
            ("AI bus and rail scheduling", 2024, 37.9, "USD million", "actual"),
            ("AI predictive maintenance", 2024, 29.4, "USD million", "actual"),
            ("AI traffic-signal and road management", 2024, 22.7, "USD million", "actual"),
            ("Total", 2024, 138.6, "USD million", "actual"),
        ],
        claims=[
            ("share", 35.1, "percent", 2024, 2024, None),
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 138.6 = 35.06% -> 35.1
            # 37.9 / 138.6 = 27.345% -> 27.3, not 27.4; bounds 37.85 / 138.65 = 27.299%, 37.95 / 138.55 = 27.391%
            # -> 27.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 29.4 / 138.6 = 21.21% -> 21.2
            ("arithmetic", "exact"),  # 22.7 / 138.6 = 16.38% -> 16.4
            ("hierarchy", "exact"),  # 48.6 + 37.9 + 29.4 + 22.7 = 138.6
        ],
    ),
    # 19. Vertical table (France) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 35.2% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "France: AI predictive maintenance for metro, tram and regional trains\n"
            "Year | EUR million | YoY\n"
            "2021 | 74 | -\n"
            "2022 | 96 | 29.7%\n"
            "2023 | 127 | 35.2%\n"
            "2024 | 161 | 26.8%\n"
            "2025E | 198 | 23.0%\n"
            "Source: Observatoire Rail & Données, baromètre maintenance prédictive, May 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 74, "EUR million", "actual"),
            ("Total", 2022, 96, "EUR million", "actual"),
            ("Total", 2023, 127, "EUR million", "actual"),
            ("Total", 2024, 161, "EUR million", "actual"),
            ("Total", 2025, 198, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29.7, "percent", 2021, 2022, 1.0),
            ("growth", 35.2, "percent", 2022, 2023, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 74) ** (1 / 1) - 1 = 29.73% -> 29.7
            # (127 / 96) ** (1 / 1) - 1 = 32.29% -> 32.3, not 35.2; bounds 126.5 / 96.5 - 1 = 31.09%,
            # 127.5 / 95.5 - 1 = 33.51% -> 35.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (161 / 127) ** (1 / 1) - 1 = 26.77% -> 26.8
            ("cagr|implied", "exact"),  # (198 / 161) ** (1 / 1) - 1 = 22.98% -> 23.0
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2024 and
    #     2025F but not in 2023 (204 printed, 194 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     note on currency conversion.
    dict(
        text=(
            "Canada: AI spending by transit agencies and cities, by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI transit scheduling and demand forecasting\t64\t79\t97\n"
            "AI fare collection and passenger analytics\t52\t63\t76\n"
            "AI predictive maintenance of buses and trains\t41\t53\t68\n"
            "AI traffic-signal control\t37\t46\t58\n"
            "Total\t204\t241\t299\n"
            "Source: Northgate Urban Systems Tracker; figures converted from Canadian dollars at average annual rates."
        ),
        obs=[
            ("AI transit scheduling and demand forecasting", 2023, 64, "USD million", "actual"),
            ("AI transit scheduling and demand forecasting", 2024, 79, "USD million", "actual"),
            ("AI transit scheduling and demand forecasting", 2025, 97, "USD million", "estimate"),
            ("AI fare collection and passenger analytics", 2023, 52, "USD million", "actual"),
            ("AI fare collection and passenger analytics", 2024, 63, "USD million", "actual"),
            ("AI fare collection and passenger analytics", 2025, 76, "USD million", "estimate"),
            ("AI predictive maintenance of buses and trains", 2023, 41, "USD million", "actual"),
            ("AI predictive maintenance of buses and trains", 2024, 53, "USD million", "actual"),
            ("AI predictive maintenance of buses and trains", 2025, 68, "USD million", "estimate"),
            ("AI traffic-signal control", 2023, 37, "USD million", "actual"),
            ("AI traffic-signal control", 2024, 46, "USD million", "actual"),
            ("AI traffic-signal control", 2025, 58, "USD million", "estimate"),
            ("Total", 2023, 204, "USD million", "actual"),
            ("Total", 2024, 241, "USD million", "actual"),
            ("Total", 2025, 299, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 64 + 52 + 41 + 37 = 194, not 204; bounds 192..196 (each part +/-0.5) miss 203.5..204.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 79 + 63 + 53 + 46 = 241
            ("hierarchy", "exact"),  # 2025F: 97 + 76 + 68 + 58 = 299
        ],
    ),
    # 21. US earnings-call answer sizing a TAM: "this year" is the call's year (2025, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere: the quarter's
    #     revenue, the gross margin, the 312 agencies, the 1.4 billion trips, the analyst's firm.
    dict(
        text=(
            "Routewise Technologies Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Marcus Feld, Birchline Capital): How big do you think the opportunity is for AI scheduling and "
            "dispatch?\n"
            "CEO Alana Ortiz: We size the total addressable market for AI scheduling, demand-forecasting and on-demand "
            "dispatch software at North American transit agencies at about $4.6 billion this year, up some 21% from "
            "$3.8 billion last year. By 2029 we see $9.7 billion, which is about 20.8% a year compounded from 2025 to "
            "2029. For our own part, revenue in the quarter was $96 million at a 71% gross margin, and we now work with "
            "312 agencies whose riders take about 1.4 billion trips a year."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2025, 4.6, "USD billion", "estimate"),
            ("Total", 2029, 9.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 20.8, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21
            # (9.7 / 4.6) ** (1 / 4) - 1 = 20.50% -> 20.5, not 20.8; bounds (9.65 / 4.65) ** (1/4) - 1 = 20.02%,
            # (9.75 / 4.55) ** (1/4) - 1 = 20.99% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Dutch working-paper abstract (EUR million): CAGR with printed span that the amounts cannot give
    #     (inconsistent), a multiple over four years (no verdict), a 2028 projection. Expected nowhere: the paper
    #     number, the 27 depots, the infrastructure manager's EUR 2.9 billion budget, the 7,100 km of track, the
    #     1,250 trainsets, the 38% survey answer.
    dict(
        text=(
            "Working Paper 2025-08. Abstract: This paper sizes the Dutch market for AI-based predictive maintenance of "
            "rolling stock and railway track, combining the procurement records of operators and the infrastructure "
            "manager with interviews at 27 maintenance depots. We find that spending reached \u20ac148 million in 2024, "
            "up from \u20ac61 million in 2020, a compound annual growth rate of 27.9% over 2020-2024 and roughly 2.4 "
            "times the 2020 level. The AI segment is still small beside the infrastructure manager's \u20ac2.9 billion "
            "annual maintenance and renewal budget for some 7,100 km of track and the upkeep of about 1,250 trainsets. "
            "In a survey of depot managers, 38% said sensor data were still too patchy to act on. On current "
            "procurement plans we project spending of \u20ac330 million in 2028."
        ),
        obs=[
            ("Total", 2020, 61, "EUR million", "actual"),
            ("Total", 2024, 148, "EUR million", "actual"),
            ("Total", 2028, 330, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 27.9, "percent", 2020, 2024, None, "stated"),
            ("multiple", 2.4, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            # (148 / 61) ** (1 / 4) - 1 = 24.81%; bounds (147.5 / 61.5) ** (1/4) - 1 = 24.45%,
            # (148.5 / 60.5) ** (1/4) - 1 = 25.17% -> 27.9 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on US AI traffic-signal control: YoY with both amounts, the 2023
    #     figure printed as $1,110M and expected converted to the series' unit (USD billion, 1.11); a segment in USD
    #     million with its share; a CAGR with printed span. Expected nowhere: the post numbers, the 330,000
    #     intersections, the Series B round and valuation, the rupee tender (no observation).
    dict(
        text=(
            "1/ Thread on AI traffic signals, since Pelham Road Research just put out its US numbers and they're "
            "bigger than I expected.\n"
            "2/ US cities and state DOTs spent $1.32B on AI adaptive traffic-signal control in 2024, up 19% from "
            "$1,110M in 2023.\n"
            "3/ Cloud-based signal optimisation was the biggest slice: $540M, ~41% of the total.\n"
            "4/ Pelham's forecast: $2.9B by 2028, a ~22% CAGR over 2024-28.\n"
            "5/ Context: the US has roughly 330,000 signalised intersections, and one signal-AI startup raised a $45M "
            "Series B at a $400M valuation last month.\n"
            "6/ Outside the US it's patchier: Pune alone tendered about \u20b9190 crore for adaptive signals last year, "
            "per local press."
        ),
        obs=[
            ("Total", 2023, 1.11, "USD billion", "actual"),
            ("Total", 2024, 1.32, "USD billion", "actual"),
            ("Cloud-based signal optimisation", 2024, 540, "USD million", "actual"),
            ("Total", 2028, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1320 / 1110) ** (1 / 1) - 1 = 18.92% -> 19
            ("arithmetic", "exact"),  # 540 / 1320 = 40.91% -> 41
            ("cagr|implied", "exact"),  # (2.9 / 1.32) ** (1 / 4) - 1 = 21.75% -> 22
        ],
    ),
    # 24. UK web article with a correction line (GBP million): YoY with both amounts, a segment's share (rounding
    #     only), a CAGR with printed span. Expected nowhere: the misprinted GBP 283 million, the 1.6 billion
    #     journeys, the GBP 60 fare, the Easter-week contracts, the byline and correction dates.
    dict(
        text=(
            "AI eyes on the concourse: UK spending on station crowd analytics rises\n"
            "By Tom Ashworth, 9 May 2025\n"
            "Rail and metro operators in Britain spent \u00a3238 million on AI passenger-flow analytics and crowding "
            "prediction in 2024, up 14% from \u00a3209 million in 2023, according to consultancy Harlow Quinn "
            "Associates. CCTV-based crowd analytics accounted for \u00a397 million of that, or 40.5%. The firm expects "
            "the market to reach \u00a3410 million by 2028, a compound rate of about 14.6% a year over 2024-2028. "
            "Britain's railways handled some 1.6 billion passenger journeys in the year to March 2025, and an off-peak "
            "return between two large cities can still cost more than \u00a360. In the Easter holiday week alone, "
            "station analytics contracts worth \u00a34 million were signed.\n"
            "Correction, 12 May 2025: An earlier version of this article gave the 2024 market as \u00a3283 million. "
            "The correct figure is \u00a3238 million."
        ),
        obs=[
            ("Total", 2023, 209, "GBP million", "actual"),
            ("Total", 2024, 238, "GBP million", "actual"),
            ("CCTV-based crowd analytics", 2024, 97, "GBP million", "actual"),
            ("Total", 2028, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
            ("cagr", 14.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (238 / 209) ** (1 / 1) - 1 = 13.88% -> 14
            # 97 / 238 = 40.76% -> 40.8, not 40.5; bounds 96.5 / 238.5 = 40.46%, 97.5 / 237.5 = 41.05%
            # -> 40.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (410 / 238) ** (1 / 4) - 1 = 14.56% -> 14.6
        ],
    ),
    # 25. Japanese railway's annual-report letter to shareholders in yen (JPY billion), fiscal years: YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the company's operating revenue and its growth, its
    #     JPY 310 billion capital-expenditure plan, the 6.1 million passengers a day, the 2,430 km of line, the date.
    dict(
        text=(
            "To our shareholders\n"
            "In fiscal 2024 we moved artificial intelligence from pilot lines into everyday maintenance. By our "
            "estimate, the Japanese market for AI predictive maintenance of rolling stock and track, systems that read "
            "bogie vibration, overhead-wire wear and rail geometry and schedule repairs before faults occur, grew 12% "
            "to \u00a564.5 billion in fiscal 2024 from \u00a557.6 billion in fiscal 2023. We expect it to reach "
            "\u00a5118 billion in fiscal 2029, a compound annual growth rate of 12.8% over fiscal 2024-2029. Your "
            "company's operating revenue rose 4.1% to \u00a51,284 billion, and we have set a capital-expenditure plan "
            "of \u00a5310 billion for fiscal 2025. Our trains carried some 6.1 million passengers a day across 2,430 km "
            "of line.\n"
            "Kenji Morioka, President and Representative Director, Hoshizora Railway Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 57.6, "JPY billion", "actual"),
            ("Total", 2024, 64.5, "JPY billion", "actual"),
            ("Total", 2029, 118, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("cagr", 12.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.5 / 57.6) ** (1 / 1) - 1 = 11.98% -> 12
            ("cagr|implied", "exact"),  # (118 / 64.5) ** (1 / 5) - 1 = 12.84% -> 12.8
        ],
    ),
    # 26. Paris investor-day slide bullets (EUR billion): the company's TAM is the market (Total); 2024 actual,
    #     2025E and 2030E estimates; CAGR with printed span. Expected nowhere: the slide number, the 210,000
    #     vehicles, 118 cities and 480M trips, the company's revenue and 25% share target, the Series C round and
    #     valuation, the unlock fare and per-minute price.
    dict(
        text=(
            "Voltaro Investor Day 2025, Paris, 18 March 2025\n"
            "Slide 9: Our market\n"
            "- 2024 TAM: \u20ac3.1B (AI fleet rebalancing, dispatch and battery-swap routing for shared e-scooters and "
            "e-bikes, EU-27 and UK)\n"
            "- 2025E TAM: \u20ac3.7B\n"
            "- 2030E TAM: \u20ac8.2B\n"
            "- 2025E-2030E CAGR: 17.3%\n"
            "- Fleet: 210,000 vehicles in 118 cities; 480M trips in 2024\n"
            "- Voltaro 2024 revenue: \u20ac412M; target 25% share of TAM by 2030\n"
            "- Series C (2024): \u20ac150M raised at a \u20ac1.1B valuation\n"
            "Speaker notes: demand prediction now decides where every scooter is parked overnight; riders pay a "
            "\u20ac1 unlock fee plus \u20ac0.25 a minute, and AI routing cuts the van kilometres needed to swap batteries."
        ),
        obs=[
            ("Total", 2024, 3.1, "EUR billion", "actual"),
            ("Total", 2025, 3.7, "EUR billion", "estimate"),
            ("Total", 2030, 8.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.2 / 3.7) ** (1 / 5) - 1 = 17.25% -> 17.3
        ],
    ),
    # 27. Singapore forum answer quoting two research houses (USD billion): the first house (base, target and rate
    #     given) is the figure; the second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the 8 million rides a day, the S$14 fare, the funding round and valuation,
    #     the 55% survey answer.
    dict(
        text=(
            "Re: Is AI dispatch for ride-hailing in Southeast Asia actually a big market?\n"
            "Answer from lion_city_commuter:\n"
            "Depends on the house. Strandline Research sizes Southeast Asian spending on AI dispatch, dynamic pricing "
            "and route optimisation for ride-hailing at US$1.46 billion in 2024, up 24% from US$1.18 billion in 2023, "
            "and forecasts US$3.2 billion by 2028, a 21.7% CAGR over 2024-2028. Kestrel Moyo Partners is punchier and "
            "puts 2024 at US$1.9 billion. For scale, the region's apps handle around 8 million rides a day and a "
            "typical cross-town trip in Singapore still costs about S$14. A Jakarta dispatch startup raised US$60 "
            "million at a US$450 million valuation in March. In one driver survey, 55% said the algorithm's job offers "
            "felt fair."
        ),
        obs=[
            ("Total", 2023, 1.18, "USD billion", "actual"),
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2028, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 21.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.46 / 1.18) ** (1 / 1) - 1 = 23.73% -> 24
            ("cagr|implied", "exact"),  # (3.2 / 1.46) ** (1 / 4) - 1 = 21.67% -> 21.7
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the 2028
    #     won amount, the target price and upside, the pick's margin, the 4,200 intersections, "about a third" (a
    #     fraction in words), the bus fare.
    dict(
        text=(
            "Seorin Investment & Securities, Korea Mobility Tech, 3 June 2025\n"
            "Signals, spaces and stations. We estimate that the Korean market for AI traffic-signal control, smart "
            "parking and transit passenger analytics grew 18% year on year in 2024, and we forecast it to reach "
            "\u20a92.4 trillion in 2028, a CAGR of 16% over 2024-2028. Smart parking accounts for 29% of the 2024 "
            "total, helped by licence-plate payment in municipal car parks. Our top pick is Hanul Mobility Systems "
            "(BUY, TP \u20a946,000, 31% upside), whose operating margin we expect at 11.2% this year. Seoul already runs "
            "some 4,200 intersections under AI signal control, about a third of public car parks take automatic "
            "payment, and a city bus fare is still \u20a91,500."
        ),
        obs=[],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2028, None, "stated"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share (rounding only), a
    #     2025 target figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 1.1万公里 of
    #     line, the 322亿人次 passengers, the 4800亿元 construction investment, the Spring Festival rush growth.
    dict(
        text=(
            "新华社北京2025年4月22日电(记者陈思远)记者从中国城市轨道交通协会获悉,2024年我国城市轨道交通人工智能应用"
            "市场规模达到286亿元,比2023年的231亿元增长23.8%。其中,AI客流分析与智能调度市场规模为97亿元,占比33.8%,"
            "列车与轨道智能运维紧随其后。截至2024年底,全国城市轨道交通运营线路总长度超过1.1万公里,全年累计完成客运量"
            "322亿人次,全年完成建设投资约4800亿元。协会预计,2025年城轨AI应用市场规模有望突破350亿元。另据统计,今年"
            "春运40天内,全国城轨客运量同比增长9%。业内人士表示,大模型正加速进入客流预测、行车调度和设备运维等环节,"
            "城轨AI应用正从试点走向规模化。"
        ),
        obs=[
            ("Total", 2023, 231, "CNY 100 million", "actual"),
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("AI客流分析与智能调度", 2024, 97, "CNY 100 million", "actual"),
            ("Total", 2025, 350, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("share", 33.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 231) ** (1 / 1) - 1 = 23.81% -> 23.8
            # 97 / 286 = 33.92% -> 33.9, not 33.8; bounds 96.5 / 286.5 = 33.68%, 97.5 / 285.5 = 34.15%
            # -> 33.8 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal plan (Simplified, 亿元): 2024 base (actual) and a 2027 target (突破, printed figure, estimate);
    #     the CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the plan title's years,
    #     the 3000 intersections, the 20万 parking spaces, the 10 firms and their 5亿元 revenue threshold.
    dict(
        text=(
            "《武汉市智慧交通人工智能应用三年行动方案(2025—2027年)》日前印发。方案提出,以公交智能排班、轨道交通客流"
            "预测、自适应信号控制和智慧停车为重点,推动交通领域人工智能规模化应用。2024年全市交通领域人工智能应用产业"
            "规模为69亿元,到2027年力争突破120亿元,年均增长20%以上。方案明确,到2027年全市AI自适应信号控制路口达到"
            "3000个,智慧停车泊位超过20万个,培育年营收超5亿元的骨干企业10家,中心城区公交线路全部接入智能调度平台。"
        ),
        obs=[
            ("Total", 2024, 69, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 69) ** (1 / 3) - 1 = 20.26% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span, a part
    #     with its share. Expected nowhere: 今(15)日, the 68萬格 parking spaces, the 1,020億元 transport budgets, the
    #     62% survey answer.
    dict(
        text=(
            "【台北訊】臺灣智慧運輸研究協會今(15)日發布調查指出,2024年台灣AI交通號誌控制與智慧停車市場規模達新台幣"
            "86.4億元,較2023年的72.8億元成長18.7%;預估2028年將達新台幣172億元,2024至2028年年複合成長率為18.8%。"
            "其中,智慧停車市場規模為新台幣31.5億元,占比36.5%,車牌辨識自動扣款已成路外停車場標配。協會指出,全台路外"
            "停車格約68萬格,2024年各縣市交通建設預算合計約新台幣1,020億元;受訪駕駛人中有62%曾使用停車APP自動扣款。"
            "協會建議地方政府開放號誌與停車即時資料,加速AI應用落地。"
        ),
        obs=[
            ("Total", 2023, 72.8, "TWD 100 million", "actual"),
            ("Total", 2024, 86.4, "TWD 100 million", "actual"),
            ("智慧停車", 2024, 31.5, "TWD 100 million", "actual"),
            ("Total", 2028, 172, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.8, "percent", 2024, 2028, None, "stated"),
            ("share", 36.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 72.8) ** (1 / 1) - 1 = 18.68% -> 18.7
            ("cagr|implied", "exact"),  # (172 / 86.4) ** (1 / 4) - 1 = 18.78% -> 18.8
            ("arithmetic", "exact"),  # 31.5 / 86.4 = 36.46% -> 36.5
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2027 forecast. Expected nowhere: the report title's year, the 1,200萬人次 daily passengers, the
    #     260億港元 fare revenue, the 58 member bodies, the 73% survey answer.
    dict(
        text=(
            "香港公共運輸科技協會今日發表《2025香港公共交通人工智能應用報告》。報告指出,2024年本港公共交通AI應用"
            "(包括客流分析、智能排班及票務系統)市場規模約為12.6億港元,較2023年的10.5億港元增長20.5%。其中,AI票務"
            "及收費系統市場規模為4.1億港元,佔32.5%。協會預計,2027年市場規模將達20億港元。報告亦提到,本港公共交通"
            "每日載客量約1,200萬人次,專營巴士及鐵路全年車費收入合計約260億港元;協會現有會員機構58家,受訪乘客中有"
            "73%支持以AI預測車廂擠迫程度。協會呼籲政府開放更多交通數據。"
        ),
        obs=[
            ("Total", 2023, 10.5, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("AI票務及收費系統", 2024, 4.1, "HKD 100 million", "actual"),
            ("Total", 2027, 20, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("share", 32.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (12.6 / 10.5) ** (1 / 1) - 1 = 20.00% -> 20.0, not 20.5; bounds 12.55 / 10.55 - 1 = 18.96%,
            # 12.65 / 10.45 - 1 = 21.05% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 4.1 / 12.6 = 32.54% -> 32.5
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): "去年" is 2024 and "今年" 2025 (estimate) from the post's date; the
    #     title's 破20億 yields to the more precise 21.8億; YoY with both amounts, a part with its share, a 2027
    #     forecast (上看). Expected nowhere: the list numbers, the Lunar New Year week's riders, the 1.2萬輛 buses,
    #     the 15元 fare.
    dict(
        text=(
            "作者 busnerd42 (公車迷)\n"
            "看板 Bus\n"
            "標題 [情報] 台灣AI公車調度與到站預測市場 去年破20億\n"
            "時間 Sat Feb 15 21:08:33 2025\n"
            "看到研調機構遠帆顧問的新報告,整理一下重點:\n"
            "1. 2024年台灣AI公車調度與到站預測市場約新台幣21.8億元,2023年是17.6億元,年增24%。\n"
            "2. 其中AI到站時間預測占6.9億,大概32%。\n"
            "3. 報告說今年估計會到26億左右,2027年上看新台幣38億元。\n"
            "4. 過年連假那一週,全台公車載客量衝到約1,850萬人次。\n"
            "推文有人問車隊規模,報告說全台市區公車大約1.2萬輛,票價多半還是15元。"
        ),
        obs=[
            ("Total", 2023, 17.6, "TWD 100 million", "actual"),
            ("Total", 2024, 21.8, "TWD 100 million", "actual"),
            ("AI到站時間預測", 2024, 6.9, "TWD 100 million", "actual"),
            ("Total", 2025, 26, "TWD 100 million", "estimate"),
            ("Total", 2027, 38, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.8 / 17.6) ** (1 / 1) - 1 = 23.86% -> 24
            ("arithmetic", "exact"),  # 6.9 / 21.8 = 31.65% -> 32
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims, no observation), a YoY without its
    #     base (no verdict) and a CAGR with printed span. Expected nowhere: the report date, the 14% penetration rate
    #     and its 6 percentage points, the rating, the target price and upside, the pick's revenue growth.
    dict(
        text=(
            "华衡证券智能交通行业深度报告摘要(2025年6月):我们测算,2024年中国AI交通信号控制与智慧停车市场规模为412亿元,"
            "同比增长22%;预计2026年市场规模在560亿—620亿元之间,2028年有望达到810亿元,2024—2028年复合增长率约18%。"
            "目前全国城市路口AI信号控制渗透率约为14%,较2022年提升6个百分点,城市更新与停车收费改革是主要推动力。维持"
            "行业“增持”评级,重点推荐智路科技(目标价36元,上涨空间25%),其2024年营业收入同比增长17%。"
        ),
        obs=[
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2028, 810, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("value", 560, "CNY 100 million", 2026, 2026, None),
            ("value", 620, "CNY 100 million", 2026, 2026, None),
            ("cagr", 18, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (810 / 412) ** (1 / 4) - 1 = 18.41% -> 18
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY with both
    #     amounts, a 2027 target (有望). Expected nowhere: the company's revenue, its growth and gross margin, its
    #     orders in hand, its 15% share target, the second quarter's figure.
    dict(
        text=(
            "轨智科技2025年半年度业绩说明会文字实录(2025年8月26日)\n"
            "问:请问公司如何看待城轨智能运维的市场空间?\n"
            "答(董事长周海峰):根据我们的测算,今年国内城轨AI智能运维(列车与轨道预测性维护)市场规模约为152亿元,"
            "去年为126亿元,增长约21%;到2027年有望达到230亿元。公司上半年营业收入12.4亿元,同比增长15.6%,毛利率41.3%,"
            "在手订单38亿元;我们的目标是到2027年市占率达到15%。另外,二季度国内城轨智能运维市场规模约为36亿元,"
            "招标节奏较一季度明显加快。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2025, 152, "CNY 100 million", "estimate"),
            ("Total", 2027, 230, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152 / 126) ** (1 / 1) - 1 = 20.63% -> 21
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the microtransit CAGR is inconsistent, the scheduling CAGR holds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 2. North America: AI in public transit by segment, 2024 and 2030F (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI scheduling and demand forecasting | 1,240 | 3,155 | 16.9% |\n"
            "| AI fare collection and passenger analytics | 980 | 2,410 | 16.2% |\n"
            "| AI predictive maintenance (rolling stock and track) | 1,460 | 4,020 | 18.4% |\n"
            "| AI microtransit and paratransit dispatch | 520 | 1,650 | 19.2% |\n"
            "| Total | 4,200 | 11,235 | 17.8% |\n"
            "Source: Granite Arch Advisory, February 2025. Note: US and Canada; 2030F figures are forecasts; software "
            "and services bought by transit agencies and operators, excluding vehicles and fare hardware."
        ),
        obs=[
            ("AI scheduling and demand forecasting", 2024, 1240, "USD million", "actual"),
            ("AI scheduling and demand forecasting", 2030, 3155, "USD million", "estimate"),
            ("AI fare collection and passenger analytics", 2024, 980, "USD million", "actual"),
            ("AI fare collection and passenger analytics", 2030, 2410, "USD million", "estimate"),
            ("AI predictive maintenance (rolling stock and track)", 2024, 1460, "USD million", "actual"),
            ("AI predictive maintenance (rolling stock and track)", 2030, 4020, "USD million", "estimate"),
            ("AI microtransit and paratransit dispatch", 2024, 520, "USD million", "actual"),
            ("AI microtransit and paratransit dispatch", 2030, 1650, "USD million", "estimate"),
            ("Total", 2024, 4200, "USD million", "actual"),
            ("Total", 2030, 11235, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (3155 / 1240) ** (1 / 6) - 1 = 16.841% -> 16.8, not 16.9; bounds (3154.5 / 1240.5) ** (1/6) - 1 =
            # 16.830%, (3155.5 / 1239.5) ** (1/6) - 1 = 16.852% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2410 / 980) ** (1 / 6) - 1 = 16.18% -> 16.2
            ("cagr|implied", "exact"),  # (4020 / 1460) ** (1 / 6) - 1 = 18.39% -> 18.4
            # (1650 / 520) ** (1 / 6) - 1 = 21.22%; bounds (1649.5 / 520.5) ** (1/6) - 1 = 21.20%,
            # (1650.5 / 519.5) ** (1/6) - 1 = 21.25% -> 19.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (11235 / 4200) ** (1 / 6) - 1 = 17.82% -> 17.8
            ("hierarchy", "exact"),  # 2024: 1240 + 980 + 1460 + 520 = 4200
            ("hierarchy", "exact"),  # 2030F: 3155 + 2410 + 4020 + 1650 = 11235
        ],
    ),
    # 37. Tab-separated German table in euros (EUR million) with a YoY column: rows add to the Total row; the
    #     ride-pooling YoY is inconsistent. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 5: Germany, AI in urban mobility by application (EUR million)\n"
            "Application\t2023\t2024\tYoY\n"
            "AI traffic-signal control\t84.6\t101.2\t19.6%\n"
            "AI parking guidance\t62.3\t75.9\t21.8%\n"
            "AI ride-pooling and on-demand dispatch\t48.7\t61.4\t24.1%\n"
            "AI passenger-flow analytics\t37.9\t44.8\t18.2%\n"
            "Total\t233.5\t283.3\t21.3%\n"
            "Note: municipal and operator spending on AI software and services; excludes signal hardware, vehicles and "
            "parking infrastructure. Source: Rheinblick Mobilit\u00e4tsforschung, May 2025."
        ),
        obs=[
            ("AI traffic-signal control", 2023, 84.6, "EUR million", "actual"),
            ("AI traffic-signal control", 2024, 101.2, "EUR million", "actual"),
            ("AI parking guidance", 2023, 62.3, "EUR million", "actual"),
            ("AI parking guidance", 2024, 75.9, "EUR million", "actual"),
            ("AI ride-pooling and on-demand dispatch", 2023, 48.7, "EUR million", "actual"),
            ("AI ride-pooling and on-demand dispatch", 2024, 61.4, "EUR million", "actual"),
            ("AI passenger-flow analytics", 2023, 37.9, "EUR million", "actual"),
            ("AI passenger-flow analytics", 2024, 44.8, "EUR million", "actual"),
            ("Total", 2023, 233.5, "EUR million", "actual"),
            ("Total", 2024, 283.3, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 101.2 / 84.6 - 1 = 19.62% -> 19.6
            ("cagr|implied", "exact"),  # 75.9 / 62.3 - 1 = 21.83% -> 21.8
            # 61.4 / 48.7 - 1 = 26.08%; bounds 61.35 / 48.75 - 1 = 25.85%, 61.45 / 48.65 - 1 = 26.31% -> 24.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 44.8 / 37.9 - 1 = 18.21% -> 18.2
            ("cagr|implied", "exact"),  # 283.3 / 233.5 - 1 = 21.33% -> 21.3
            ("hierarchy", "exact"),  # 2023: 84.6 + 62.3 + 48.7 + 37.9 = 233.5
            ("hierarchy", "exact"),  # 2024: 101.2 + 75.9 + 61.4 + 44.8 = 283.3
        ],
    ),
    # 38. Space-aligned Singapore table (USD million, 2024) with a share column: rows add to the Total row; the
    #     Total's 100.0% is no claim; the smart-parking share holds only by rounding. Expected nowhere: the source's
    #     date.
    dict(
        text=(
            "Singapore: AI in land transport, spending by application, 2024\n"
            "Application                                 USD million      Share\n"
            "AI bus and rail timetabling                        38.4      25.7%\n"
            "AI fare collection and gate analytics              27.9      18.7%\n"
            "AI predictive maintenance (rail)                   46.2      30.9%\n"
            "AI traffic-signal and junction control             22.7      15.2%\n"
            "AI smart parking                                   14.3       9.5%\n"
            "Total                                             149.5     100.0%\n"
            "Note: spending by public transport operators and road authorities on AI software and services; excludes "
            "vehicles, gantries and sensors. Source: Merlion Mobility Research, April 2025."
        ),
        obs=[
            ("AI bus and rail timetabling", 2024, 38.4, "USD million", "actual"),
            ("AI fare collection and gate analytics", 2024, 27.9, "USD million", "actual"),
            ("AI predictive maintenance (rail)", 2024, 46.2, "USD million", "actual"),
            ("AI traffic-signal and junction control", 2024, 22.7, "USD million", "actual"),
            ("AI smart parking", 2024, 14.3, "USD million", "actual"),
            ("Total", 2024, 149.5, "USD million", "actual"),
        ],
        claims=[
            ("share", 25.7, "percent", 2024, 2024, None),
            ("share", 18.7, "percent", 2024, 2024, None),
            ("share", 30.9, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.4 / 149.5 = 25.69% -> 25.7
            ("arithmetic", "exact"),  # 27.9 / 149.5 = 18.66% -> 18.7
            ("arithmetic", "exact"),  # 46.2 / 149.5 = 30.90% -> 30.9
            ("arithmetic", "exact"),  # 22.7 / 149.5 = 15.18% -> 15.2
            # 14.3 / 149.5 = 9.565% -> 9.6, not 9.5; bounds 14.25 / 149.55 = 9.529%, 14.35 / 149.45 = 9.602%
            # -> 9.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 38.4 + 27.9 + 46.2 + 22.7 + 14.3 = 149.5
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding. Expected
    #     nowhere: the source's date, the title's year span.
    dict(
        text=(
            "UK: AI timetabling and demand-responsive bus scheduling market, 2021-2026F\n"
            "Year | GBP million | YoY\n"
            "2021 | 46 | -\n"
            "2022 | 55 | 19.6%\n"
            "2023 | 67 | 21.8%\n"
            "2024 | 81 | 21.0%\n"
            "2025F | 97 | 19.8%\n"
            "2026F | 115 | 18.6%\n"
            "Note: F = forecast. Covers software and services sold to bus operators and local transport authorities; "
            "excludes vehicles and ticket machines. Source: Albion Transit Insight, January 2025."
        ),
        obs=[
            ("Total", 2021, 46, "GBP million", "actual"),
            ("Total", 2022, 55, "GBP million", "actual"),
            ("Total", 2023, 67, "GBP million", "actual"),
            ("Total", 2024, 81, "GBP million", "actual"),
            ("Total", 2025, 97, "GBP million", "estimate"),
            ("Total", 2026, 115, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2021, 2022, 1.0),
            ("growth", 21.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("growth", 19.8, "percent", 2024, 2025, 1.0),
            ("growth", 18.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 55 / 46 - 1 = 19.57% -> 19.6
            ("cagr|implied", "exact"),  # 67 / 55 - 1 = 21.82% -> 21.8
            # 81 / 67 - 1 = 20.90% -> 20.9, not 21.0; bounds 80.5 / 67.5 - 1 = 19.26%, 81.5 / 66.5 - 1 = 22.56%
            # -> 21.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 97 / 81 - 1 = 19.75% -> 19.8
            ("cagr|implied", "exact"),  # 115 / 97 - 1 = 18.56% -> 18.6
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (億港元) with a 合計 row; 2025年(預測) is an estimate; the 2025
    #     合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表3 香港AI交通及出行應用市場規模(單位:億港元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預測)\n"
            "AI鐵路預測性維修 | 3.8 | 4.6 | 5.5\n"
            "AI巴士調度及到站預測 | 2.1 | 2.6 | 3.2\n"
            "AI交通燈控制 | 1.6 | 1.9 | 2.3\n"
            "智能泊車 | 1.2 | 1.5 | 1.9\n"
            "合計 | 8.7 | 10.6 | 13.4\n"
            "資料來源:香港智慧出行研究中心,2025年3月;2025年(預測)為預測值,僅計AI軟件及服務,不含車輛及路面設備。"
        ),
        obs=[
            ("AI鐵路預測性維修", 2023, 3.8, "HKD 100 million", "actual"),
            ("AI鐵路預測性維修", 2024, 4.6, "HKD 100 million", "actual"),
            ("AI鐵路預測性維修", 2025, 5.5, "HKD 100 million", "estimate"),
            ("AI巴士調度及到站預測", 2023, 2.1, "HKD 100 million", "actual"),
            ("AI巴士調度及到站預測", 2024, 2.6, "HKD 100 million", "actual"),
            ("AI巴士調度及到站預測", 2025, 3.2, "HKD 100 million", "estimate"),
            ("AI交通燈控制", 2023, 1.6, "HKD 100 million", "actual"),
            ("AI交通燈控制", 2024, 1.9, "HKD 100 million", "actual"),
            ("AI交通燈控制", 2025, 2.3, "HKD 100 million", "estimate"),
            ("智能泊車", 2023, 1.2, "HKD 100 million", "actual"),
            ("智能泊車", 2024, 1.5, "HKD 100 million", "actual"),
            ("智能泊車", 2025, 1.9, "HKD 100 million", "estimate"),
            ("合計", 2023, 8.7, "HKD 100 million", "actual"),
            ("合計", 2024, 10.6, "HKD 100 million", "actual"),
            ("合計", 2025, 13.4, "HKD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.8 + 2.1 + 1.6 + 1.2 = 8.7
            ("hierarchy", "exact"),  # 2024: 4.6 + 2.6 + 1.9 + 1.5 = 10.6
            # 2025(預測): 5.5 + 3.2 + 2.3 + 1.9 = 12.9 vs 13.4; rows' bounds 12.7-13.1, total's 13.35-13.45
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 14, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 18% of the total',
    'Rival house Nordlicht Research puts the 2024 market lower',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2倍',
    '新台幣172億元',
    '億港元',
    '中央社記者林志豪台北2025年4月9日電',
    '| Application | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 127 | 35.2%',
    'Q2 2025 earnings call, August 6, 2025',
    'Working Paper 2025-08. Abstract:',
    '2/ US cities and state DOTs spent $1.32B',
    'Correction, 12 May 2025:',
    'To our shareholders',
    '- 2025E TAM: €3.7B',
    'Kestrel Moyo Partners is punchier',
    'Seorin Investment & Securities, Korea Mobility Tech, 3 June 2025',
    '新华社北京2025年4月22日电',
    '年均增长20%以上',
    '標題 [情報] 台灣AI公車調度與到站預測市場 去年破20億',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 8.7 | 10.6 | 13.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 200
#: figures, 64 rates, 92 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 204, "rates_found": 65, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset215.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
