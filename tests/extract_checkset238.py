"""A two-hundred-and-thirty-eighth check set for the extractor, written blind: AI in roads, parking and tolling: AI parking
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
wire release on parking guidance and payment apps, a London broker note in fiscal years and pounds on free-flow tolling
and ANPR, a Frankfurt briefing on German roads with three segments and shares, an Oslo article on free-flow tolling
quoting two research houses, a Toronto toll operator's investor-day TAM, an Irish transport-ministry strategy with last-
year/this-year figures and a 2030 target, a correction notice on a Singapore parking story with a range, a road-tech
blog post with 'more than doubled'), seven Chinese prose texts (a smart-parking report, a Jiangsu plan with 力争到 and
增长2倍, a Xinhua story on expressway free-flow tolling quoting two institutes, a Taiwan white paper on signals and
enforcement cameras in 新台幣億元, a Hong Kong car-park story in 億港元, a CNA story on parking with 去年/今年, a broker deep-dive
on AI pavement inspection with a range) and five tables (markdown by European country with a CAGR column, tab-separated
Chinese road segments with a 合计 row, space-aligned Japanese uses in yen with shares, a vertical UK table of years with
YoY, a tab-separated US segment table with a Total row). Left out: total toll revenue, parking charges and road budgets
beside the AI part, parking spaces, toll plazas, gantries, junctions, cameras, vehicles and kilometres or miles of road,
toll, crossing and parking-hour prices, operators' revenue, margins, orders and share goals, funding rounds and
valuations, quarter figures, survey answers and an ETC penetration rate, kroner, Canadian- and Singapore-dollar amounts,
pilot funds, a second house's figure, a correction's wrong range. Inconsistent: the Oslo 17% CAGR, the Xinhua 约27% CAGR,
the UK 2023 YoY and the 2024 US Total. Only by rounding: the London CAGR, the German enforcement-camera share, the
Jiangsu 28.4% YoY, the Taiwan 20.8% CAGR, the Ireland row's CAGR, the 2025年E 合计 and the Japanese parking-app share.

Snippets 21-40: Twenty snippets on AI in roads, parking and tolling (parking guidance and payment apps, licence-plate
recognition at car parks and toll plazas, free-flow and dynamic tolling, pavement and pothole inspection from vehicle
cameras, traffic-signal control at junctions, enforcement cameras): eight English prose pieces (a North American tolling
firm's earnings call sizing a TAM, a US working-paper abstract with a 2031 figure in billions, a German signal-control
thread with a kroner aside, a London parking article with a correction line, a French toll operator's shareholder letter
with a multiple, US parking investor-day slides with a Singapore-dollar aside, a forum answer quoting two houses on
Dutch parking apps, a Mumbai broker note in rupees with claims but no observations), seven Chinese prose pieces (a
Xinhua-style parking release, a municipal signal-control plan with a part in 万元 and an inferred-span CAGR, a Taipei
parking release, a Hong Kong association report in 億港元, a PTT post in 億美元, a broker abstract on pavement inspection with
a 2027 range, a toll operator's results-briefing transcript) and five tables (markdown US dollars with a CAGR column,
tab-separated yen with a YoY column, space-aligned euros with a share column, a vertical table of years headed by its
unit only, a 新台幣億元 table with a 合計 row). Left out: toll, parking and tunnel revenue and road spending, counts of spaces,
plazas, lanes, junctions, cameras, vehicles and kilometres, tolls, tariffs and camera prices, operators' own revenue,
margins, orders and share targets, funding rounds and valuations, a quarter's figures, survey percentages, kroner,
Singapore dollars and rupees, a second house's figure, a corrected misprint. Inconsistent: the thread's 21.5% CAGR, the
London article's 45% share, the Hong Kong 15.8% CAGR, the markdown pavement CAGR. Rounding only: the working paper's
31%, the letter's 16%, the forum's 14%, the municipal plan's 17%, the PTT 16%, the markdown enforcement-camera CAGR, the
yen signal-control YoY, the euro pavement share and the Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    report's title year, the 1,080 operators surveyed, the 800 million parking spaces, the $14 hourly garage rate,
    #    the 58% survey answer.
    dict(
        text=(
            "CHICAGO, March 4, 2025 /PRNewswire/ -- U.S. drivers and parking operators spent $351 million on AI-powered "
            "parking guidance, space-finding and payment apps in 2024, up 28% from $274 million in 2023, according to "
            "the 2025 Smart Parking Spend Report released today by Lakeshore Mobility Analytics. The Chicago research "
            "firm, which surveyed 1,080 garage and lot operators, forecasts spending of $1.32 billion by 2031, a "
            "compound annual growth rate of 20.8% from 2024 to 2031. The United States has an estimated 800 million "
            "parking spaces, and the average downtown garage now charges about $14 an hour. Some 58% of the operators "
            "surveyed said they plan to add license-plate-based ticketless entry within two years."
        ),
        obs=[
            ("Total", 2023, 274, "USD million", "actual"),
            ("Total", 2024, 351, "USD million", "actual"),
            ("Total", 2031, 1320, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (351 / 274) ** (1 / 1) - 1 = 28.10% -> 28
            ("cagr|implied", "exact"),  # (1320 / 351) ** (1 / 7) - 1 = 20.83% -> 20.8
        ],
    ),
    # 2. London broker sector note in fiscal years and pounds (GBP million): the CAGR's span only from its amounts'
    #    years (FY2024 -> FY2029e), "about 19%" where the amounts give 18.41%. Expected nowhere: the dateline, the
    #    £2.1bn of off-street parking charges (total parking revenue), the covered firm's revenue, growth, margin,
    #    target price and upside, its 3,900 car parks, the £2.80 crossing charge.
    dict(
        text=(
            "London, 3 June 2025. UK Roads & Parking, sector note. Cameras that read the plate, not the ticket. We size "
            "the UK and Irish market for AI free-flow tolling and automatic number-plate recognition (ANPR) at car parks "
            "and river crossings at £61m in FY2024 (year to March) and forecast £142m by FY2029e, a CAGR of about 19%. "
            "That is a sliver of the £2.1bn British drivers paid in off-street parking charges last year. Our top pick, "
            "Kerbline Group plc (Buy, TP 420p, 31% upside), grew FY2024 revenue 14% to £88.5m at a 26% EBITDA margin; "
            "it runs ANPR at some 3,900 car parks, and a car crossing at the busiest estuary bridge now costs £2.80."
        ),
        obs=[
            ("Total", 2024, 61, "GBP million", "actual"),
            ("Total", 2029, 142, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (142 / 61) ** (1 / 5) - 1 = 18.41% -> 18, not 19; bounds (141.5 / 61.5) ** (1/5) - 1 = 18.13%,
            # (142.5 / 60.5) ** (1/5) - 1 = 18.69% -> 19 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Frankfurt research briefing: a German total in EUR million and three segments with shares (the enforcement
    #    cameras' 24% holds only by rounding); the 2029 forecast printed in billions is expected converted to EUR
    #    million, with a CAGR over a printed span. Expected nowhere: the 62 road authorities interviewed, the €13
    #    billion trunk-road budget (road spending), the 50,000 signalised junctions.
    dict(
        text=(
            "FRANKFURT, 8 July 2025 - German cities, states and motorway operators spent €196 million on AI for roads "
            "in 2024, a briefing from the Rhein-Main Institute for Transport Technology finds. Adaptive traffic-signal "
            "control at junctions took the largest share, €74 million or about 38%, followed by AI enforcement cameras "
            "at €46 million (24%). Pavement and pothole inspection from vehicle cameras came to €31 million, some 16% "
            "of the total. The institute, which interviewed 62 road authorities, expects spending to reach €0.52 "
            "billion in 2029, a compound 21.5% a year from 2024 to 2029. The federal government budgets some €13 "
            "billion a year for its trunk roads, and the country has about 50,000 signalised junctions."
        ),
        obs=[
            ("Total", 2024, 196, "EUR million", "actual"),
            ("Adaptive traffic-signal control at junctions", 2024, 74, "EUR million", "actual"),
            ("AI enforcement cameras", 2024, 46, "EUR million", "actual"),
            ("Pavement and pothole inspection from vehicle cameras", 2024, 31, "EUR million", "actual"),
            ("Total", 2029, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 74 / 196 = 37.76% -> 38
            # 46 / 196 = 23.47% -> 23, not 24; bounds 45.5 / 196.5 = 23.16%, 46.5 / 195.5 = 23.79% -> 24 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31 / 196 = 15.82% -> 16
            ("cagr|implied", "exact"),  # (520 / 196) ** (1 / 5) - 1 = 21.55% -> 21.5
        ],
    ),
    # 4. Oslo article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 16%" holds, its 17% CAGR is inconsistent. Expected nowhere: Nordkapp Mobility Research's €92 million for
    #    2024, the NOK 14 billion of tolls (kroner, not in the unit table, and total toll revenue), the 300 gantries,
    #    the NOK 60 rush-hour passage, the 71% survey answer.
    dict(
        text=(
            "OSLO, 24 April 2025 - Norway's toll companies and road authorities spent €74 million on AI free-flow "
            "tolling, number-plate reading at toll gantries and ferry-queue cameras in 2024, up 16% from €64 million in "
            "2023, according to Fjordvei Analytics. The Bergen firm expects €160 million by 2030, a compound annual "
            "rate of 17% over 2024-2030. A second house, Nordkapp Mobility Research, puts 2024 spending at €92 million. "
            "Norway's toll companies collected some NOK 14 billion last year through about 300 automated gantries, and "
            "a single rush-hour passage through the Oslo toll ring can cost NOK 60. Some 71% of drivers polled said "
            "they had never stopped at a toll booth."
        ),
        obs=[
            ("Total", 2023, 64, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2030, 160, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 64) ** (1 / 1) - 1 = 15.63% -> 16
            # (160 / 74) ** (1 / 6) - 1 = 13.71% -> 14, not 17; bounds (159.5 / 74.5) ** (1/6) - 1 = 13.53%,
            # (160.5 / 73.5) ** (1/6) - 1 = 13.90% -> 17 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Toronto): the total addressable market the toll operator sizes is the market (Total),
    #    in USD billion, with "roughly a 13% CAGR" over a printed span. Expected nowhere: the operator's C$1.9 billion
    #    toll revenue and EBITDA margin, its 108-kilometre highway, the C$0.42 per-kilometre toll, its 30% share goal,
    #    the second quarter's 41 million trips.
    dict(
        text=(
            "Laurentian Highway Partners Investor Day, Toronto, September 17, 2025 - transcript excerpt. Claire "
            "Dubois, chief technology officer: \"We size the total addressable market for AI free-flow tolling, "
            "licence-plate recognition and video tolling across North America at US$4.6 billion in 2024, and we expect "
            "it to reach US$9.8 billion by 2030. That's roughly a 13% CAGR from 2024 to 2030. Our own toll revenue was "
            "C$1.9 billion last year at a 68% EBITDA margin on our 108-kilometre highway, where a light vehicle pays "
            "about C$0.42 a kilometre at peak, and our goal is a 30% share of that market by 2030. In the second "
            "quarter alone our cameras billed 41 million transponder-free trips.\""
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 4.6) ** (1 / 6) - 1 = 13.43% -> 13
        ],
    ),
    # 6. Dublin transport-ministry strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target
    #    (an estimate). Expected nowhere: the €12 million pilot fund and its 15 towns, the 100,000 kilometres of road,
    #    the 1,500 signalised junctions, the €3.70 barrier-free toll, the 63% survey answer.
    dict(
        text=(
            "DUBLIN, 11 February 2025 - The National Smart Roads Strategy published today by Ireland's Department of "
            "Transport estimates that local authorities, the national roads body and car-park operators spent €23 "
            "million on AI traffic-signal control, licence-plate recognition at car parks and toll plazas and pothole "
            "detection last year, and expects €29 million this year, a rise of 26%. The strategy sets a target of €80 "
            "million by 2030. It earmarks €12 million for pilots in 15 towns and notes that Ireland has some 100,000 "
            "kilometres of public road, about 1,500 signalised junctions in Dublin alone and a barrier-free motorway "
            "toll of €3.70 for cars. In a survey it cites, 63% of motorists said they would use an app that reserves "
            "a parking space."
        ),
        obs=[
            ("Total", 2024, 23, "EUR million", "actual"),
            ("Total", 2025, 29, "EUR million", "estimate"),
            ("Total", 2030, 80, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29 / 23) ** (1 / 1) - 1 = 26.09% -> 26
        ],
    ),
    # 7. Correction notice on a Singapore parking story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$950 million to
    #    US$1.2 billion, the S$51 million (Singapore dollars, not in the unit table), the 1.4 million parking lots, the
    #    100 road-pricing gantries, the S$1.20 half-hour charge; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 2 October 2025: An earlier version of this article misstated the 2030 forecast. Merlion "
            "Mobility Insights expects Singapore's market to reach US$95 million to US$120 million in 2030, not US$950 "
            "million to US$1.2 billion.\n"
            "Singapore's car-park operators, town councils and road authority spent US$38 million in 2024 on AI "
            "licence-plate recognition at car parks, parking guidance and payment apps and road-pricing analytics, "
            "according to Merlion Mobility Insights, a local consultancy. It expects the market to reach US$95 million "
            "to US$120 million in 2030 as the next-generation road-pricing system rolls out. In Singapore dollars, the "
            "2024 figure came to about S$51 million. The island has roughly 1.4 million parking lots and about 100 "
            "road-pricing gantries, and short-term parking at public car parks in the city costs S$1.20 per half-hour."
        ),
        obs=[
            ("Total", 2024, 38, "USD million", "actual"),
        ],
        claims=[
            ("value", 95, "USD million", 2030, 2030, None),
            ("value", 120, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Road-tech blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no verdict).
    #    Expected nowhere: the $206 billion highway spending (total road spending), the start-up's funding round and
    #    valuation, the fourth quarter's 2,300 trucks and buses, the 4.2 million miles of road, the $2,500 per-mile
    #    survey price.
    dict(
        text=(
            "Pothole Pulse, a road-tech blog, February 6, 2025 - Your garbage truck is now a road inspector. U.S. state "
            "and city road agencies spent $63 million on AI pavement and pothole inspection from dashboard and fleet "
            "cameras in 2021; by 2024 that figure had more than doubled, to $141 million, according to Gridline "
            "Infrastructure Research. Compare that with the roughly $206 billion states and localities spend on "
            "highways each year. The Austin start-up Crackscan raised $35 million in January at a $240 million "
            "valuation, and in the fourth quarter of 2024 its cameras rode on 2,300 garbage trucks and buses. America "
            "has some 4.2 million miles of public road, and a manual pavement survey still runs about $2,500 a mile."
        ),
        obs=[
            ("Total", 2021, 63, "USD million", "actual"),
            ("Total", 2024, 141, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (车牌识别与无感支付) with its share,
    #    a CAGR with its printed span. Expected nowhere: the report's title year, the 约3.5亿辆 vehicles, the 约2.3亿个
    #    parking spaces, the 约5,000亿元 parking charges (total parking revenue), the 67% survey answer.
    dict(
        text=(
            "《2025中国智慧停车发展报告》日前在深圳发布。报告显示，2024年我国停车领域人工智能应用（车牌识别与无感支付、"
            "停车诱导与寻位、路内停车视频巡检等）市场规模达到86.5亿元，同比增长24.3%，2023年为69.6亿元。其中，车牌识别"
            "与无感支付市场规模为31.2亿元，占比36.1%。报告预计，到2030年市场规模将达到265亿元，2024—2030年复合增长率为"
            "20.5%。报告同时指出，截至2024年底全国汽车保有量约3.5亿辆，停车位约2.3亿个，全年停车收费规模约5,000亿元；"
            "受访车主中有67%表示更愿意选择支持无感支付的停车场。"
        ),
        obs=[
            ("Total", 2023, 69.6, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("车牌识别与无感支付", 2024, 31.2, "CNY 100 million", "actual"),
            ("Total", 2030, 265, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 69.6) ** (1 / 1) - 1 = 24.28% -> 24.3
            ("arithmetic", "exact"),  # 31.2 / 86.5 = 36.07% -> 36.1
            ("cagr|implied", "exact"),  # (265 / 86.5) ** (1 / 6) - 1 = 20.51% -> 20.5
        ],
    ),
    # 10. Jiangsu provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长28.4% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as
    #     a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约5,100公里 of
    #     expressway, the 约3.2万个 junctions, the 2亿元 provincial fund and its 30 demonstration zones.
    dict(
        text=(
            "江苏省交通运输厅日前印发《江苏省智慧道路建设三年行动方案（2025—2027年）》。方案显示，2024年全省AI交通信号"
            "控制、道路病害智能巡检及非现场执法等应用市场规模达9.6亿元，同比增长28.4%，2023年为7.5亿元。方案提出，力争"
            "到2027年全省相关市场规模突破30亿元，较2024年增长2倍。方案还明确，全省高速公路通车里程约5,100公里，城市信号"
            "控制路口约3.2万个，省级财政安排专项资金2亿元，支持建设30个智慧路口示范区。"
        ),
        obs=[
            ("Total", 2023, 7.5, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (9.6 / 7.5) ** (1 / 1) - 1 = 28.00% -> 28.0, not 28.4; bounds 9.55 / 7.55 - 1 = 26.49%,
            # 9.65 / 7.45 - 1 = 29.53% -> 28.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on expressway free-flow tolling: the first institute's
    #     base, YoY and target are the snippet's; its 约27% CAGR is inconsistent. Expected nowhere: the second think
    #     tank's 55亿元 for 2024, the dateline, the forum's title year, the 约6,500亿元 toll income (total toll
    #     revenue), the 2.6亿 ETC users, the 约1.1万个 toll stations.
    dict(
        text=(
            "新华社北京2025年3月5日电（记者周立新）记者从2025智慧高速发展论坛上获悉，据华通交通智能研究院测算，2024年"
            "我国高速公路AI自由流收费、车牌识别与通行稽核应用市场规模达48.7亿元，比上年的39.5亿元增长23.3%。该院预计，"
            "到2028年市场规模将达到112亿元，2024年至2028年年均复合增长率约27%。另一家机构中路智库则估算，2024年这一"
            "市场规模为55亿元。据统计，2024年全国收费公路通行费收入约6,500亿元，全国ETC用户超过2.6亿，主线及匝道收费站"
            "约1.1万个。"
        ),
        obs=[
            ("Total", 2023, 39.5, "CNY 100 million", "actual"),
            ("Total", 2024, 48.7, "CNY 100 million", "actual"),
            ("Total", 2028, 112, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.7 / 39.5) ** (1 / 1) - 1 = 23.29% -> 23.3
            # (112 / 48.7) ** (1 / 4) - 1 = 23.15% -> 23, not 27; bounds (111.5 / 48.75) ** (1/4) - 1 = 22.98%,
            # (112.5 / 48.65) ** (1/4) - 1 = 23.32% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) on junction signals and enforcement cameras in 新台幣億元 (TWD 100
    #     million): a CAGR with its printed span that holds only by rounding; 預估 marks the 2029 estimate. Expected
    #     nowhere: the white paper's title year, the 約6萬處 junctions, the 1,800套 enforcement devices, the 新台幣1.2元
    #     per-kilometre toll.
    dict(
        text=(
            "《2025臺灣智慧交通產業白皮書》指出，2024年國內AI路口號誌控制與科技執法設備市場規模為新台幣12.4億元，預估"
            "2029年將成長至新台幣31.8億元，2024至2029年年複合成長率達20.8%。白皮書並指出，全台號誌化路口約6萬處，科技"
            "執法設備逾1,800套，國道計程電子收費小型車每公里收費新台幣1.2元。"
        ),
        obs=[
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2029, 31.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (31.8 / 12.4) ** (1 / 5) - 1 = 20.73% -> 20.7, not 20.8; bounds (31.75 / 12.45) ** (1/5) - 1 = 20.59%,
            # (31.85 / 12.35) ** (1/5) - 1 = 20.86% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) on car parks in 億港元 (HKD 100 million): 約4.3億港元 expected at its printed
    #     figure; YoY and CAGR exact. Expected nowhere: the 約80萬個 parking spaces, the 2港元 meter charge per 15
    #     minutes, the 約40億港元 cross-harbour tunnel tolls (total toll revenue), the start-up's 3,000萬港元 funding
    #     round.
    dict(
        text=(
            "香港智慧出行協會昨日發表研究報告指出，2024年本港停車場採用的AI車牌識別、泊車導航及手機繳費應用，市場規模約"
            "4.3億港元，較2023年的3.5億港元增長22.9%。報告預計，2029年市場規模將升至9.6億港元，2024至2029年年均複合"
            "增長率約17%。報告又指，全港約有80萬個泊車位，政府咪錶每15分鐘收費2港元；三條過海隧道去年收費總額約40億港元。"
            "本地初創泊易通上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.5, "HKD 100 million", "actual"),
            ("Total", 2024, 4.3, "HKD 100 million", "actual"),
            ("Total", 2029, 9.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.3 / 3.5) ** (1 / 1) - 1 = 22.86% -> 22.9
            ("cagr|implied", "exact"),  # (9.6 / 4.3) ** (1 / 5) - 1 = 17.43% -> 17
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on car-park AI: 去年 is 2024 (actual, 約 at its
    #     printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first quarter's
    #     2.1億元, the parking operator's own revenue and operating margin, the 約150萬格 off-street spaces, the
    #     新台幣40元 hourly kerbside charge.
    dict(
        text=(
            "（中央社記者林佳蓉台北2025年4月22日電）市調機構路研產業研究今天表示，去年台灣停車場導入AI車牌辨識、車位導引"
            "與行動支付的市場規模約新台幣7.8億元，今年在路外停車場加速汰換設備帶動下，可望成長18%至9.2億元。不過今年第"
            "一季市場規模約新台幣2.1億元，略低於預期。停車場營運龍頭宏泊停車去年營收新台幣38億元，營業利益率約12%；全台"
            "路外停車位約150萬格，台北市中心路邊停車每小時收費新台幣40元。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2025, 9.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.2 / 7.8) ** (1 / 1) - 1 = 17.95% -> 18
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI pavement inspection from vehicle cameras: 2023/2024 actuals with an exact
    #     31.5% YoY; the 2027 range 30亿—36亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders growth, the
    #     约549万公里 of road, the 约4,000辆 inspection vehicles.
    dict(
        text=(
            "北辰证券研究所2025年10月深度报告《AI巡路：道路病害智能检测的黄金十年》。我们测算，2024年国内基于车载摄像头"
            "的AI道路病害巡检市场规模为14.2亿元，同比增长31.5%，2023年为10.8亿元。随着各地公路养护数字化提速，我们预计"
            "2027年市场规模将达到30亿—36亿元。行业龙头路视科技2024年营收3.1亿元，毛利率52%，首次覆盖给予“增持”评级，"
            "目标价46元；公司三季度新签订单同比增长61%。截至2024年底全国公路总里程约549万公里，在用巡检车辆约4,000辆。"
        ),
        obs=[
            ("Total", 2023, 10.8, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 10.8) ** (1 / 1) - 1 = 31.48% -> 31.5
        ],
    ),
    # 16. Markdown table (European countries, EUR million) with a CAGR 2024-30 column and a Total row: each row's CAGR
    #     is stated (span in the header); Ireland's 18.1% holds only by rounding; rows add to the Total in both years;
    #     2030F is an estimate. Expected nowhere: the table number, the outlook's title year, the €38 billion of toll
    #     revenue.
    dict(
        text=(
            "Table 2. Free-flow tolling and licence-plate recognition at toll plazas and car parks: AI spending by "
            "country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| France | 42.7 | 118.3 | 18.5% |\n"
            "| Germany | 36.9 | 97.6 | 17.6% |\n"
            "| Netherlands | 14.2 | 41.5 | 19.6% |\n"
            "| Ireland | 6.8 | 18.4 | 18.1% |\n"
            "| Total | 100.6 | 275.8 | 18.3% |\n"
            "Source: Péage Data Partners, European Road Tech Outlook 2025; excludes toll revenue of some €38 billion. "
            "F = forecast."
        ),
        obs=[
            ("France", 2024, 42.7, "EUR million", "actual"),
            ("France", 2030, 118.3, "EUR million", "estimate"),
            ("Germany", 2024, 36.9, "EUR million", "actual"),
            ("Germany", 2030, 97.6, "EUR million", "estimate"),
            ("Netherlands", 2024, 14.2, "EUR million", "actual"),
            ("Netherlands", 2030, 41.5, "EUR million", "estimate"),
            ("Ireland", 2024, 6.8, "EUR million", "actual"),
            ("Ireland", 2030, 18.4, "EUR million", "estimate"),
            ("Total", 2024, 100.6, "EUR million", "actual"),
            ("Total", 2030, 275.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118.3 / 42.7) ** (1 / 6) - 1 = 18.51% -> 18.5
            ("cagr|implied", "exact"),  # (97.6 / 36.9) ** (1 / 6) - 1 = 17.60% -> 17.6
            ("cagr|implied", "exact"),  # (41.5 / 14.2) ** (1 / 6) - 1 = 19.57% -> 19.6
            # (18.4 / 6.8) ** (1 / 6) - 1 = 18.05% -> 18.0, not 18.1; bounds (18.35 / 6.85) ** (1/6) - 1 = 17.85%,
            # (18.45 / 6.75) ** (1/6) - 1 = 18.25% -> 18.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (275.8 / 100.6) ** (1 / 6) - 1 = 18.30% -> 18.3
            ("hierarchy", "exact"),  # 2024: 42.7 + 36.9 + 14.2 + 6.8 = 100.6
            ("hierarchy", "exact"),  # 2030F: 118.3 + 97.6 + 41.5 + 18.4 = 275.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国城市道路人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI信号控制\t22.4\t28.6\t35.9\n"
            "非现场执法\t12.8\t16.5\t21.2\n"
            "道路病害巡检\t9.7\t13.1\t17.4\n"
            "路内停车视频巡检\t5.3\t7.2\t9.6\n"
            "合计\t50.2\t65.4\t84.2\n"
            "资料来源：城市交通数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("AI信号控制", 2023, 22.4, "CNY 100 million", "actual"),
            ("AI信号控制", 2024, 28.6, "CNY 100 million", "actual"),
            ("AI信号控制", 2025, 35.9, "CNY 100 million", "estimate"),
            ("非现场执法", 2023, 12.8, "CNY 100 million", "actual"),
            ("非现场执法", 2024, 16.5, "CNY 100 million", "actual"),
            ("非现场执法", 2025, 21.2, "CNY 100 million", "estimate"),
            ("道路病害巡检", 2023, 9.7, "CNY 100 million", "actual"),
            ("道路病害巡检", 2024, 13.1, "CNY 100 million", "actual"),
            ("道路病害巡检", 2025, 17.4, "CNY 100 million", "estimate"),
            ("路内停车视频巡检", 2023, 5.3, "CNY 100 million", "actual"),
            ("路内停车视频巡检", 2024, 7.2, "CNY 100 million", "actual"),
            ("路内停车视频巡检", 2025, 9.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 50.2, "CNY 100 million", "actual"),
            ("合计", 2024, 65.4, "CNY 100 million", "actual"),
            ("合计", 2025, 84.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 22.4 + 12.8 + 9.7 + 5.3 = 50.2
            ("hierarchy", "exact"),  # 2024: 28.6 + 16.5 + 13.1 + 7.2 = 65.4
            # 2025E: 35.9 + 21.2 + 17.4 + 9.6 = 84.1, not 84.2; bounds 83.9..84.3 (each part +/-0.05)
            # reach 84.15..84.25 -> 84.2 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Japan, ¥ billion -> JPY billion, 2024) with a share column and a Total row: four shares
    #     (the parking-app row's 18.5% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 94.5% ETC usage rate (a penetration rate), the 1,400 toll plazas.
    dict(
        text=(
            "Japan: AI spending at car parks and toll roads by use, 2024\n"
            "Use                                              ¥ billion     Share\n"
            "AI licence-plate recognition at car parks             14.6     42.1%\n"
            "AI free-flow tolling at expressway plazas              9.8     28.2%\n"
            "AI parking guidance and payment apps                   6.4     18.5%\n"
            "AI road-surface inspection from patrol cars            3.9     11.2%\n"
            "Total                                                 34.7    100.0%\n"
            "Note 3: ETC usage on expressways reached 94.5%; Japan counts about 1,400 toll plazas. Source: Sakura "
            "Mobility Research."
        ),
        obs=[
            ("AI licence-plate recognition at car parks", 2024, 14.6, "JPY billion", "actual"),
            ("AI free-flow tolling at expressway plazas", 2024, 9.8, "JPY billion", "actual"),
            ("AI parking guidance and payment apps", 2024, 6.4, "JPY billion", "actual"),
            ("AI road-surface inspection from patrol cars", 2024, 3.9, "JPY billion", "actual"),
            ("Total", 2024, 34.7, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 28.2, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 11.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.6 / 34.7 = 42.07% -> 42.1
            ("arithmetic", "exact"),  # 9.8 / 34.7 = 28.24% -> 28.2
            # 6.4 / 34.7 = 18.44% -> 18.4, not 18.5; bounds 6.35 / 34.75 = 18.27%, 6.45 / 34.65 = 18.61%
            # -> 18.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 3.9 / 34.7 = 11.24% -> 11.2
            ("hierarchy", "exact"),  # 14.6 + 9.8 + 6.4 + 3.9 = 34.7
        ],
    ),
    # 19. Vertical table (United Kingdom) whose rows are years, a lone value column headed by its unit only (Total, GBP
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 32.9% is inconsistent. Expected nowhere: the
    #     source's month and year, the £16.3 billion repair backlog (road spending), the 1.5 million potholes filled,
    #     the 2021 dash.
    dict(
        text=(
            "United Kingdom: highway-authority spending on AI pothole and pavement inspection from vehicle cameras\n"
            "Year | GBP million | YoY\n"
            "2021 | 11.4 | -\n"
            "2022 | 14.9 | 30.7%\n"
            "2023 | 19.2 | 32.9%\n"
            "2024 | 24.1 | 25.5%\n"
            "2025E | 29.8 | 23.7%\n"
            "Source: Albion Roads Intelligence, February 2025; local roads in England and Wales carry a repair backlog "
            "of about £16.3 billion, and some 1.5 million potholes were filled in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2021, 11.4, "GBP million", "actual"),
            ("Total", 2022, 14.9, "GBP million", "actual"),
            ("Total", 2023, 19.2, "GBP million", "actual"),
            ("Total", 2024, 24.1, "GBP million", "actual"),
            ("Total", 2025, 29.8, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 30.7, "percent", 2021, 2022, 1.0),
            ("growth", 32.9, "percent", 2022, 2023, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.9 / 11.4) ** (1 / 1) - 1 = 30.70% -> 30.7
            # (19.2 / 14.9) ** (1 / 1) - 1 = 28.86% -> 28.9, not 32.9; bounds 19.15 / 14.95 - 1 = 28.09%,
            # 19.25 / 14.85 - 1 = 29.63% -> 32.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (24.1 / 19.2) ** (1 / 1) - 1 = 25.52% -> 25.5
            ("cagr|implied", "exact"),  # (29.8 / 24.1) ** (1 / 1) - 1 = 23.65% -> 23.7
        ],
    ),
    # 20. Tab-separated segment table (United States junctions and kerbs, USD million) with a Total row: rows add to
    #     the Total in 2023 and 2025F but not in 2024 (496 printed, 486 summed: inconsistent); 2025F an estimate.
    #     Expected nowhere: the note's $62 billion of federal highway spending.
    dict(
        text=(
            "United States: AI at city junctions and kerbs by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI adaptive signal control\t168\t204\t247\n"
            "AI speed and red-light enforcement cameras\t121\t146\t178\n"
            "AI pavement and pothole inspection\t58\t77\t99\n"
            "AI curb and parking management\t44\t59\t78\n"
            "Total\t391\t496\t602\n"
            "Source: Keystone Mobility Research; excludes federal highway spending of about $62 billion. F = forecast."
        ),
        obs=[
            ("AI adaptive signal control", 2023, 168, "USD million", "actual"),
            ("AI adaptive signal control", 2024, 204, "USD million", "actual"),
            ("AI adaptive signal control", 2025, 247, "USD million", "estimate"),
            ("AI speed and red-light enforcement cameras", 2023, 121, "USD million", "actual"),
            ("AI speed and red-light enforcement cameras", 2024, 146, "USD million", "actual"),
            ("AI speed and red-light enforcement cameras", 2025, 178, "USD million", "estimate"),
            ("AI pavement and pothole inspection", 2023, 58, "USD million", "actual"),
            ("AI pavement and pothole inspection", 2024, 77, "USD million", "actual"),
            ("AI pavement and pothole inspection", 2025, 99, "USD million", "estimate"),
            ("AI curb and parking management", 2023, 44, "USD million", "actual"),
            ("AI curb and parking management", 2024, 59, "USD million", "actual"),
            ("AI curb and parking management", 2025, 78, "USD million", "estimate"),
            ("Total", 2023, 391, "USD million", "actual"),
            ("Total", 2024, 496, "USD million", "actual"),
            ("Total", 2025, 602, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 168 + 121 + 58 + 44 = 391
            # 2024: 204 + 146 + 77 + 59 = 486, not 496; bounds 484..488 (each part +/-0.5) miss 495.5..496.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 247 + 178 + 99 + 78 = 602
        ],
    ),
    # 21. North American tolling firm's earnings-call answer sizing a TAM (USD billion): the TAM the company sizes is
    #     the market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate), "last year"
    #     2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter,
    #     the quarter's revenue and gross margin, the 5,800 toll lanes, the 38 million transponders, the $9.50 toll.
    dict(
        text=(
            "Tollgate Vision Inc. second-quarter 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Priya Raman, Cobalt Ridge Capital): Can you frame the opportunity in plate recognition and "
            "free-flow tolling beyond your current contracts?\n"
            "CFO Helen Marchetti: Sure. We size the total addressable market for AI licence-plate recognition, "
            "free-flow tolling and car-park access across North American toll roads and parking facilities at roughly "
            "$2.6 billion this year, up 18% from $2.2 billion last year, as agencies tear down the last cash booths. "
            "We see it reaching $4.3 billion by 2029, a 13% CAGR over 2025-2029. In the quarter we booked revenue of "
            "$148 million at a 41% gross margin, and our cameras now read plates on some 5,800 toll lanes. There are "
            "about 38 million transponders on the road, and a peak-hour toll on one express corridor we serve is "
            "$9.50."
        ),
        obs=[
            ("Total", 2024, 2.2, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2029, 4.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 13, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.2) ** (1 / 1) - 1 = 18.18% -> 18
            ("cagr|implied", "exact"),  # (4.3 / 2.6) ** (1 / 4) - 1 = 13.40% -> 13
        ],
    ),
    # 22. US working-paper abstract on AI pavement and pothole inspection from vehicle cameras (USD million): YoY with
    #     both amounts that holds only by rounding, a 2031 figure in billions converted to the series' unit (USD
    #     million), CAGR with printed span. Expected nowhere: the paper number, the 310 agencies, the 4.2 million
    #     miles of public road, the $214 billion of highway capital outlays, the $1,500 camera kit.
    dict(
        text=(
            "Great Lakes Transportation Economics Working Paper No. 25-14. Abstract: Cities and state transportation "
            "departments are mounting cameras on garbage trucks, buses and patrol cars and letting machine-vision "
            "models grade pavement and flag potholes. Using procurement records from 310 agencies, we estimate that "
            "U.S. public spending on AI pavement-condition and pothole inspection reached $212 million in 2024, 31% "
            "more than the $163 million spent in 2023. Under our central scenario outlays climb to $1.05 billion by "
            "2031, a compound annual growth rate of 25.7% over 2024-2031. The sums remain small beside the roughly "
            "$214 billion governments put into highway capital projects each year, or the 4.2 million miles of public "
            "road to be surveyed, but a $1,500 camera kit can now replace a survey van, and we find that early "
            "adopters repair defects sooner."
        ),
        obs=[
            ("Total", 2023, 163, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2031, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (212 / 163) ** (1 / 1) - 1 = 30.06% -> 30, not 31; bounds 211.5 / 163.5 - 1 = 29.36%,
            # 212.5 / 162.5 - 1 = 30.77% -> 31 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1050 / 212) ** (1 / 7) - 1 = 25.68% -> 25.7
        ],
    ),
    # 23. Numbered social-media thread on AI traffic-signal control in Germany (EUR million): YoY with both amounts, a
    #     multiple over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent).
    #     Expected nowhere: the NOK 240M Norwegian aside (kroner are not in the unit table), the 62,000 signalised
    #     junctions and 4,000 adaptive ones, the €22M Series B and €140M valuation, the 41% survey answer.
    dict(
        text=(
            "1/ Quick thread on who is buying AI traffic-signal control in Germany, and how fast it is growing.\n"
            "2/ Municipal and state spending on AI adaptive signal control at junctions hit €184M in 2024, up 22% "
            "from €151M in 2023 (source: Rheinfeld Mobility Analytics).\n"
            "3/ Their forecast is €520M by 2030. That is a 2.8x jump and, per the report, a 21.5% CAGR for 2024-2030.\n"
            "4/ Germany has roughly 62,000 signalised junctions; fewer than 4,000 run adaptive AI timing today.\n"
            "5/ For scale, Norway's road agencies spend about NOK 240M a year on comparable systems.\n"
            "6/ Money is following: Berlin start-up Gruenwelle AI closed a €22M Series B last week at a €140M "
            "valuation.\n"
            "7/ In the report's survey, 41% of city traffic engineers name budgets as the main blocker. Reposts "
            "appreciated."
        ),
        obs=[
            ("Total", 2023, 151, "EUR million", "actual"),
            ("Total", 2024, 184, "EUR million", "actual"),
            ("Total", 2030, 520, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("multiple", 2.8, "multiple", 2024, 2030, 6.0),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (184 / 151) ** (1 / 1) - 1 = 21.85% -> 22
            # (520 / 184) ** (1 / 6) - 1 = 18.90%; bounds (519.5 / 184.5) ** (1/6) - 1 = 18.83%,
            # (520.5 / 183.5) ** (1/6) - 1 = 18.98% -> 21.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. London web article with a correction line (GBP million): "last year" is the dateline's year before (2024);
    #     YoY with both amounts, a part with a share that no reading reaches (inconsistent). Expected nowhere: the
    #     misprinted £28 million, the £1.9 billion of council parking income, the 17,000 car parks, the £3.40 hourly
    #     tariff, the 61% survey answer, the update date.
    dict(
        text=(
            "LONDON, 3 June 2025 - Britain's car parks are quietly losing their barriers and pay machines. Councils "
            "and private operators spent £96 million on AI parking apps, camera-based plate recognition and "
            "enforcement systems last year, up 17% from £82 million in 2023, according to figures compiled by the "
            "Kerbside Parking Forum. Barrier-free plate-recognition systems for car parks made up £41 million of that, "
            "or 45% of the total. Councils alone collected about £1.9 billion in parking income, and the forum counts "
            "some 17,000 car parks in England, where a typical town-centre tariff is now £3.40 an hour. In a poll of "
            "members, 61% said app-only payment had cut complaints.\n"
            "Correction (updated 4 June 2025): An earlier version of this article gave 2023 spending as £28 million. "
            "The correct figure is £82 million."
        ),
        obs=[
            ("Total", 2023, 82, "GBP million", "actual"),
            ("Total", 2024, 96, "GBP million", "actual"),
            ("Barrier-free plate-recognition systems for car parks", 2024, 41, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 82) ** (1 / 1) - 1 = 17.07% -> 17
            # 41 / 96 = 42.71%; bounds 40.5 / 96.5 = 41.97%, 41.5 / 95.5 = 43.46% -> 45 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. French toll operator's annual-report letter to shareholders (EUR billion), dated March 2025: "last year" is
    #     2024 (actual) with a YoY that holds only by rounding; "about €2.9 billion" by 2030 (printed figure,
    #     estimate); "more than double" is a multiple x2 over six years (no verdict). Expected nowhere: the report's
    #     title year, the letter's date, the group's revenue and EBITDA margin, the 2,300 km of motorway, the 1.1
    #     million daily vehicles.
    dict(
        text=(
            "Autoroutes Rhodanie SA - Annual Report 2024 - Letter to shareholders\n"
            "Dear shareholders, the toll booth is disappearing faster than many of us expected. Europe's market for "
            "free-flow tolling and AI plate recognition on motorways reached €1.37 billion last year, up 16% from "
            "€1.17 billion in 2023, by our own estimates, and we expect it to more than double by 2030, to about "
            "€2.9 billion, as concession holders in France, Ireland and the Netherlands convert their barriers. "
            "Your group is ready: revenue rose to €3.8 billion in 2024 with an EBITDA margin of 62%, our 2,300 km of "
            "motorway carried an average of 1.1 million vehicles a day, and our first barrier-free section opens this "
            "autumn.\n"
            "Lyon, 20 March 2025 - Claire Dumontet, Chair and Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 1.17, "EUR billion", "actual"),
            ("Total", 2024, 1.37, "EUR billion", "actual"),
            ("Total", 2030, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            # (1.37 / 1.17) ** (1 / 1) - 1 = 17.09% -> 17, not 16; bounds 1.365 / 1.175 - 1 = 16.17%,
            # 1.375 / 1.165 - 1 = 18.03% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. US parking operator's investor-day slide bullets (USD billion): the TAM the company sizes is the market
    #     (Total); 2025E and 2029E are estimates, 2024 actual; YoY with both amounts, CAGR with printed span. Expected
    #     nowhere: the slide number, the S$14M Singapore contract (the company's own order, Singapore dollars), the
    #     company's FY2024 revenue, EBITDA margin and 2029 share target, the 41,000 facilities and 7.2 million spaces.
    dict(
        text=(
            "Parkline Holdings Investor Day 2025, New York, 11 March 2025 - Slide 14: The market we serve\n"
            "- 2024 TAM: $2.8B for AI parking guidance, plate-recognition access and app payments in the US and Canada\n"
            "- 2025E TAM: $3.4B (+21% YoY)\n"
            "- 2029E TAM: $6.3B, a 16.7% CAGR 2025E-2029E\n"
            "- Drivers: gateless garages, dynamic pricing by the hour, app-first payment\n"
            "- Parkline FY2024 revenue: $412M; adjusted EBITDA margin 24%\n"
            "- 2029 goal: 15% share of TAM\n"
            "- Footprint: 41,000 facilities, 7.2 million spaces under management\n"
            "- Asia entry: Singapore car-park pilot, S$14M contract signed in January"
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2029, 6.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 16.7, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.8) ** (1 / 1) - 1 = 21.43% -> 21
            ("cagr|implied", "exact"),  # (6.3 / 3.4) ** (1 / 4) - 1 = 16.67% -> 16.7
        ],
    ),
    # 27. Forum answer quoting two research houses on Dutch AI parking guidance and payment apps (EUR million): the
    #     first house's figures (base, target and rate) are the snippet's; YoY with both amounts that holds only by
    #     rounding, CAGR with printed span. Expected nowhere: the second house's €96 million for 2024, the 8.5
    #     million parking spaces, the €7.50 Amsterdam hourly rate, the upvotes.
    dict(
        text=(
            "Q: How big is the Dutch market for smart parking apps these days? Asking for a thesis.\n"
            "A (top answer, 37 upvotes): Depends on who you ask. Polder Mobility Research puts Dutch spending on AI "
            "parking guidance and payment apps at €118 million in 2024, up 14% from €103 million in 2023, and sees it "
            "reaching €245 million by 2029, a 15.7% CAGR for 2024-2029. Delta Insights, by contrast, has 2024 at only "
            "€96 million, mostly because it leaves out the occupancy-sensor hardware. I'd cite Polder since it "
            "publishes its method. Context that often gets mixed in: the country has something like 8.5 million "
            "parking spaces, and an hour on the street in central Amsterdam costs about €7.50, but neither of those "
            "is the software market."
        ),
        obs=[
            ("Total", 2023, 103, "EUR million", "actual"),
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2029, 245, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 15.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (118 / 103) ** (1 / 1) - 1 = 14.56% -> 15, not 14; bounds 117.5 / 103.5 - 1 = 13.53%,
            # 118.5 / 102.5 - 1 = 15.61% -> 14 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (245 / 118) ** (1 / 5) - 1 = 15.73% -> 15.7
        ],
    ),
    # 28. Mumbai broker note in rupees: rupees are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims (FY2025 -> 2025), none with two amounts in a held currency, so no verdicts. Expected nowhere: the
    #     dateline, the Rs 2,480 crore, the Rs 72,900 crore of toll collections, the 1,060 toll plazas, the Rs 115
    #     car toll, the target price and upside, the pick's June-quarter margin.
    dict(
        text=(
            "Sahyadri Securities - India Roads & Mobility - Mumbai, 9 July 2025\n"
            "Cameras at the plaza, not cash. We size India's market for AI number-plate recognition, free-flow "
            "tolling and smart car-park access at Rs 2,480 crore in FY2025, up 27% year on year, and forecast a 24% "
            "CAGR over FY2025-FY2030 as barrier-less tolling moves from pilots to national highways. Toll plazas "
            "account for 58% of that spend, with city car parks and enforcement cameras taking the rest. National "
            "highway toll collections were some Rs 72,900 crore across about 1,060 plazas, and a single car trip "
            "through a typical plaza costs around Rs 115. Our top pick, Netra Mobility (BUY, TP Rs 640, 22% upside), "
            "posted a 19% EBITDA margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 24, "percent", 2025, 2030, None, "stated"),
            ("share", 58, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI parking guidance and plate recognition: YoY with both amounts, a
    #     part with its share, a 2027 figure (左右, printed figure, estimate). Expected nowhere: the dateline, the
    #     2.4亿个 parking spaces, the 4.4亿辆 vehicles, the 5,200亿元 of parking charges.
    dict(
        text=(
            "新华社北京2025年3月18日电 记者从中国城市停车产业联盟获悉,2024年我国AI停车诱导、无感支付与车牌识别市场"
            "规模达到186.4亿元,较2023年的155.8亿元同比增长19.6%。其中,路内停车AI高位视频巡检市场规模为52.3亿元,"
            "占比28.1%,成为增长最快的细分领域。联盟预计,到2027年该市场规模将达到300亿元左右。据介绍,截至2024年底"
            "全国汽车停车位约2.4亿个,机动车保有量约4.4亿辆,全年停车收费总额约5,200亿元。业内人士表示,随着“无杆"
            "停车场”和“先离场后付费”模式普及,AI识别正从大型商业综合体向老旧小区和路内泊位延伸。"
        ),
        obs=[
            ("Total", 2023, 155.8, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("路内停车AI高位视频巡检", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 28.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 155.8) ** (1 / 1) - 1 = 19.64% -> 19.6
            ("arithmetic", "exact"),  # 52.3 / 186.4 = 28.06% -> 28.1
        ],
    ),
    # 30. Municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and unit)
    #     with its share, a 2027 target (突破, printed figure, estimate), a rate whose span only the amounts' years
    #     give (inferred), holding only by rounding. Expected nowhere: the plan's title years, the 1,200 junctions,
    #     the 30万元 subsidy, the 10% speed goal, the 420万辆 vehicles, the 3,800公里 of road.
    dict(
        text=(
            "为加快城市交通治理数字化转型,云港市人民政府日前印发《云港市智能交通信号控制提升行动计划(2025—2027年)》。"
            "《计划》显示,2024年全市AI交通信号控制及配套路口感知设备市场规模约8.6亿元,其中AI信号配时优化软件投入"
            "21,500万元,占比25%。《计划》提出,到2027年全市相关市场规模突破14亿元,年均增长约17%;完成1,200个路口"
            "智能化改造,对每个改造路口给予最高30万元补贴,力争主干道高峰时段平均车速提高10%以上。目前,全市机动车"
            "保有量已达420万辆,城市道路总里程约3,800公里。"
        ),
        obs=[
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("AI信号配时优化软件", 2024, 21500, "CNY 10 thousand", "actual"),
            ("Total", 2027, 14, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 25, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21,500万 / 86,000万 (8.6亿) = 25.00% -> 25
            # (14 / 8.6) ** (1 / 3) - 1 = 17.64% -> 18, not 17; bounds (13.5 / 8.65) ** (1/3) - 1 = 16.00%,
            # (14.5 / 8.55) ** (1/3) - 1 = 19.25% -> 17 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI parking guidance and plate recognition: YoY with
    #     both amounts, a CAGR with printed span. Expected nowhere: the release date, the 120 firms interviewed, the
    #     680萬格 parking spaces, the 20至60元 hourly fee, the listed maker's 45億元 revenue.
    dict(
        text=(
            "臺北,2025年5月8日 — 智運產業研究所今日發布《臺灣智慧停車市場調查》指出,隨著路邊停車導入AI影像辨識、"
            "停車場全面改為車牌辨識進出,2024年臺灣AI停車導引與車牌辨識市場規模達新台幣38.5億元,較2023年的31.2億"
            "元成長23.4%。研究所預估,2028年市場規模將達新台幣82億元,2024至2028年年複合成長率為20.8%。本次調查訪談"
            "120家業者;全台汽車停車格約680萬格,路邊停車費多為每小時20至60元。研究員表示,國內某上市辨識設備商去年"
            "營收約45億元,但多數來自海外收費站專案,不計入本市場。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2028, 82, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.2) ** (1 / 1) - 1 = 23.40% -> 23.4
            ("cagr|implied", "exact"),  # (82 / 38.5) ** (1 / 4) - 1 = 20.81% -> 20.8
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI enforcement cameras, free-flow tunnel tolling and
    #     car-park plate recognition: YoY with both amounts, a CAGR with printed span that no reading reaches
    #     (inconsistent). Expected nowhere: the report's title year, the 46億港元 of tunnel and road tolls, the 82萬
    #     licensed vehicles, the 20港元 toll, the 58 members, the 72% survey answer.
    dict(
        text=(
            "香港智慧交通協會今日發表《2025年香港道路科技應用報告》。報告指出,2024年本港AI交通執法鏡頭、隧道不停車"
            "繳費系統及停車場車牌辨識的市場規模為28.6億港元,較2023年的24.8億港元按年增長15.3%。報告預計,隨著更多"
            "政府收費隧道及道路全面實施不停車繳費,2029年市場規模將升至52億港元,2024至2029年複合年增長率達15.8%。"
            "作為對照,2024年各收費隧道及道路的收費總額約46億港元,全港領牌車輛約82萬輛,繁忙時段私家車過海隧道收費"
            "為每程20港元。協會現有58家會員機構,受訪會員中72%表示計劃於兩年內增加AI相關投資。"
        ),
        obs=[
            ("Total", 2023, 24.8, "HKD 100 million", "actual"),
            ("Total", 2024, 28.6, "HKD 100 million", "actual"),
            ("Total", 2029, 52, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
            ("cagr", 15.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.6 / 24.8) ** (1 / 1) - 1 = 15.32% -> 15.3
            # (52 / 28.6) ** (1 / 5) - 1 = 12.70%; bounds (51.5 / 28.65) ** (1/5) - 1 = 12.44%,
            # (52.5 / 28.55) ** (1/5) - 1 = 12.96% -> 15.8 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on global AI licence-plate recognition at toll plazas and
    #     car parks: 約 figure (printed), YoY with both amounts that holds only by rounding, a 2028 forecast (預估,
    #     estimate) and a multiple x2 over four years (no verdict). Expected nowhere: the post's header and time, the
    #     camera maker's second-quarter revenue growth and gross margin, the 2萬元 camera price, the push count.
    dict(
        text=(
            "作者 tollgeek (收費站觀察員)\n"
            "看板 Stock\n"
            "標題 [情報] 外資:全球AI車牌辨識市場四年翻倍\n"
            "時間 Tue Jul 15 22:41:07 2025\n"
            "1.原文來源:某外資亞洲科技產業報告\n"
            "2.內容:2024年全球AI車牌辨識(收費站、停車場出入口)市場規模約38.2億美元,較2023年的33.1億美元成長16%。"
            "報告預估2028年將達76億美元,約為2024年的2倍,主因各國收費公路改為不停車收費。國內某鏡頭模組廠第二季營收"
            "年增35%,毛利率28%;一支辨識攝影機報價約新台幣2萬元。\n"
            "3.心得:停車場都沒柵欄了,鏡頭需求應該還會再噴。\n"
            "推 roadrunner88: 收費站概念股又要來了 (共42推)"
        ),
        obs=[
            ("Total", 2023, 33.1, "USD 100 million", "actual"),
            ("Total", 2024, 38.2, "USD 100 million", "actual"),
            ("Total", 2028, 76, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (38.2 / 33.1) ** (1 / 1) - 1 = 15.41% -> 15, not 16; bounds 38.15 / 33.15 - 1 = 15.08%,
            # 38.25 / 33.05 - 1 = 15.73% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI pavement-defect inspection with a 2027 range (two value claims), a
    #     YoY with both amounts, a share without its part's amount (claim, no verdict). Expected nowhere: the report
    #     date, the 2,900亿元 of road maintenance spending, the 545万公里 of road, the target price and upside, the
    #     pick's revenue, its 3亿元 round and 25亿元 valuation.
    dict(
        text=(
            "【华岳证券】公路AI巡检行业深度报告:让每一个坑洞都被看见(2025年5月12日)\n"
            "摘要:我们测算,2024年我国公路AI路面病害巡检(车载视觉+边缘计算)市场规模为26.8亿元,较2023年的21.6亿元"
            "同比增长24.1%;预计2027年市场规模将达到45—52亿元。其中高速公路场景占比约55%,普通国省干线与城市道路"
            "占其余部分。2024年全国公路养护投资约2,900亿元,公路总里程约545万公里,AI巡检渗透率仍低。首次覆盖给予"
            "行业“推荐”评级,重点推荐路眸科技(目标价36元,上涨空间24%),公司2024年营业收入4.1亿元;公司近期完成"
            "B轮融资3亿元,投后估值25亿元。"
        ),
        obs=[
            ("Total", 2023, 21.6, "CNY 100 million", "actual"),
            ("Total", 2024, 26.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2027, 2027, None),
            ("value", 52, "CNY 100 million", 2027, 2027, None),
            ("share", 55, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.8 / 21.6) ** (1 / 1) - 1 = 24.07% -> 24.1
        ],
    ),
    # 35. Toll operator's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected
    #     nowhere: the company's toll revenue and gross margin, the first quarter's net profit, the 1,260公里 of road,
    #     the 5.8万辆 daily traffic.
    dict(
        text=(
            "东衢高速2024年度业绩说明会文字实录(2025年5月9日)\n"
            "投资者:公司怎么看高速公路自由流收费和AI稽核这个市场?\n"
            "总经理:据我们测算,今年国内高速公路自由流收费与AI稽核市场规模约68亿元,去年为57亿元,增长约19%。到2028年,"
            "这一市场有望达到110亿元,2025—2028年复合增长率约17%。公司2024年实现通行费收入86.2亿元,毛利率55.3%,一季度"
            "归母净利润9.4亿元;公司管辖路产里程约1,260公里,日均断面车流量约5.8万辆,今年将在两条主线开展无感自由流"
            "收费试点。"
        ),
        obs=[
            ("Total", 2024, 57, "CNY 100 million", "actual"),
            ("Total", 2025, 68, "CNY 100 million", "estimate"),
            ("Total", 2028, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68 / 57) ** (1 / 1) - 1 = 19.30% -> 19
            ("cagr|implied", "exact"),  # (110 / 68) ** (1 / 3) - 1 = 17.39% -> 17
        ],
    ),
    # 36. Markdown table (USD million, global road and parking AI) by segment with a Total row and a CAGR column (span
    #     printed in the header); 2030F is an estimate; the enforcement-camera CAGR holds only by rounding, the
    #     pavement CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$1.3 trillion of road
    #     spending and the 1.5 billion vehicles in the note.
    dict(
        text=(
            "Table 3. Global AI in roads, parking and tolling by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Parking guidance and payment apps | 1,260 | 2,980 | 15.4% |\n"
            "| Licence-plate recognition (car parks and toll plazas) | 940 | 2,050 | 13.9% |\n"
            "| Free-flow and dynamic tolling | 710 | 1,930 | 18.1% |\n"
            "| Pavement and pothole inspection | 330 | 1,040 | 19.1% |\n"
            "| Traffic-signal control | 580 | 1,620 | 18.7% |\n"
            "| Enforcement cameras | 820 | 1,748 | 13.5% |\n"
            "| Total | 4,640 | 11,368 | 16.1% |\n"
            "Note: F = forecast. Source: Carriageway Insights, from vendor revenues and agency tenders. Excludes the "
            "roughly US$1.3 trillion the world spends on roads each year and the some 1.5 billion vehicles in use."
        ),
        obs=[
            ("Parking guidance and payment apps", 2024, 1260, "USD million", "actual"),
            ("Parking guidance and payment apps", 2030, 2980, "USD million", "estimate"),
            ("Licence-plate recognition (car parks and toll plazas)", 2024, 940, "USD million", "actual"),
            ("Licence-plate recognition (car parks and toll plazas)", 2030, 2050, "USD million", "estimate"),
            ("Free-flow and dynamic tolling", 2024, 710, "USD million", "actual"),
            ("Free-flow and dynamic tolling", 2030, 1930, "USD million", "estimate"),
            ("Pavement and pothole inspection", 2024, 330, "USD million", "actual"),
            ("Pavement and pothole inspection", 2030, 1040, "USD million", "estimate"),
            ("Traffic-signal control", 2024, 580, "USD million", "actual"),
            ("Traffic-signal control", 2030, 1620, "USD million", "estimate"),
            ("Enforcement cameras", 2024, 820, "USD million", "actual"),
            ("Enforcement cameras", 2030, 1748, "USD million", "estimate"),
            ("Total", 2024, 4640, "USD million", "actual"),
            ("Total", 2030, 11368, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2980 / 1260) ** (1 / 6) - 1 = 15.43% -> 15.4
            ("cagr|implied", "exact"),  # (2050 / 940) ** (1 / 6) - 1 = 13.88% -> 13.9
            ("cagr|implied", "exact"),  # (1930 / 710) ** (1 / 6) - 1 = 18.14% -> 18.1
            # (1040 / 330) ** (1 / 6) - 1 = 21.08%; bounds (1039.5 / 330.5) ** (1/6) - 1 = 21.04%,
            # (1040.5 / 329.5) ** (1/6) - 1 = 21.12% -> 19.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1620 / 580) ** (1 / 6) - 1 = 18.67% -> 18.7
            # (1748 / 820) ** (1 / 6) - 1 = 13.446% -> 13.4, not 13.5; bounds (1747.5 / 820.5) ** (1/6) - 1 = 13.429%,
            # (1748.5 / 819.5) ** (1/6) - 1 = 13.463% -> 13.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (11368 / 4640) ** (1 / 6) - 1 = 16.11% -> 16.1
            ("hierarchy", "exact"),  # 2024: 1,260 + 940 + 710 + 330 + 580 + 820 = 4,640
            ("hierarchy", "exact"),  # 2030F: 2,980 + 2,050 + 1,930 + 1,040 + 1,620 + 1,748 = 11,368
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI in Japanese roads and parking with a Total row and a
    #     YoY column; the signal-control YoY holds only by rounding. Expected nowhere: the table number, the ¥2.7
    #     trillion of expressway tolls, the 9,000 ETC lanes and the ¥300 hourly parking rate in the note.
    dict(
        text=(
            "Table 2. Japan: AI in roads and parking by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Gateless car parks and plate recognition\t14.2\t16.9\t19.0%\n"
            "Parking guidance and payment apps\t8.6\t10.4\t20.9%\n"
            "Expressway toll-gate AI and ETC recognition\t11.8\t13.1\t11.0%\n"
            "Junction signal control\t5.3\t6.4\t21.4%\n"
            "Road-surface and pothole inspection\t3.9\t5.2\t33.3%\n"
            "Total\t43.8\t52.0\t18.7%\n"
            "Note: fiscal years to March. Source: Kiso Road Data, from vendor contracts with expressway companies, "
            "municipalities and car-park operators; the roughly \u00a52.7 trillion of expressway tolls, some 9,000 ETC "
            "lanes and a typical \u00a5300 hourly car-park rate are given for context only."
        ),
        obs=[
            ("Gateless car parks and plate recognition", 2023, 14.2, "JPY billion", "actual"),
            ("Gateless car parks and plate recognition", 2024, 16.9, "JPY billion", "actual"),
            ("Parking guidance and payment apps", 2023, 8.6, "JPY billion", "actual"),
            ("Parking guidance and payment apps", 2024, 10.4, "JPY billion", "actual"),
            ("Expressway toll-gate AI and ETC recognition", 2023, 11.8, "JPY billion", "actual"),
            ("Expressway toll-gate AI and ETC recognition", 2024, 13.1, "JPY billion", "actual"),
            ("Junction signal control", 2023, 5.3, "JPY billion", "actual"),
            ("Junction signal control", 2024, 6.4, "JPY billion", "actual"),
            ("Road-surface and pothole inspection", 2023, 3.9, "JPY billion", "actual"),
            ("Road-surface and pothole inspection", 2024, 5.2, "JPY billion", "actual"),
            ("Total", 2023, 43.8, "JPY billion", "actual"),
            ("Total", 2024, 52.0, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.9 / 14.2 - 1 = 19.01% -> 19.0
            ("cagr|implied", "exact"),  # 10.4 / 8.6 - 1 = 20.93% -> 20.9
            ("cagr|implied", "exact"),  # 13.1 / 11.8 - 1 = 11.02% -> 11.0
            # 6.4 / 5.3 - 1 = 20.75% -> 20.8, not 21.4; bounds 6.35 / 5.35 - 1 = 18.69%, 6.45 / 5.25 - 1 = 22.86%
            # -> 21.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 5.2 / 3.9 - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # 52.0 / 43.8 - 1 = 18.72% -> 18.7
            ("hierarchy", "exact"),  # FY2023: 14.2 + 8.6 + 11.8 + 5.3 + 3.9 = 43.8
            ("hierarchy", "exact"),  # FY2024: 16.9 + 10.4 + 13.1 + 6.4 + 5.2 = 52.0
        ],
    ),
    # 38. Space-aligned table (EUR million, Germany, 2024) with a share column and a Total row (its 100.0% is no
    #     claim); the pavement share holds only by rounding. Expected nowhere: the 140 authorities surveyed, the
    #     €9.6 billion of municipal road spending and the 830,000 km of road in the source line.
    dict(
        text=(
            "Germany: AI spending by road and parking authorities, by application, 2024 (\u20acm)\n"
            "Application                               \u20acm       Share\n"
            "Adaptive traffic-signal control           48.6      32.1%\n"
            "AI enforcement cameras                    37.2      24.6%\n"
            "Parking guidance and payment apps         29.5      19.5%\n"
            "Car-park plate recognition                21.8      14.4%\n"
            "Pavement and pothole inspection           14.3      9.5%\n"
            "Total                                     151.4     100.0%\n"
            "Source: Strassenwerk Analytik survey of 140 road and parking authorities; the \u20ac9.6 billion municipalities "
            "spend on roads and the roughly 830,000 km of road network are excluded."
        ),
        obs=[
            ("Adaptive traffic-signal control", 2024, 48.6, "EUR million", "actual"),
            ("AI enforcement cameras", 2024, 37.2, "EUR million", "actual"),
            ("Parking guidance and payment apps", 2024, 29.5, "EUR million", "actual"),
            ("Car-park plate recognition", 2024, 21.8, "EUR million", "actual"),
            ("Pavement and pothole inspection", 2024, 14.3, "EUR million", "actual"),
            ("Total", 2024, 151.4, "EUR million", "actual"),
        ],
        claims=[
            ("share", 32.1, "percent", 2024, 2024, None),
            ("share", 24.6, "percent", 2024, 2024, None),
            ("share", 19.5, "percent", 2024, 2024, None),
            ("share", 14.4, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 151.4 = 32.10% -> 32.1
            ("arithmetic", "exact"),  # 37.2 / 151.4 = 24.57% -> 24.6
            ("arithmetic", "exact"),  # 29.5 / 151.4 = 19.48% -> 19.5
            ("arithmetic", "exact"),  # 21.8 / 151.4 = 14.40% -> 14.4
            # 14.3 / 151.4 = 9.445% -> 9.4, not 9.5; bounds 14.25 / 151.45 = 9.409%, 14.35 / 151.35 = 9.481%
            # -> 9.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 48.6 + 37.2 + 29.5 + 21.8 + 14.3 = 151.4
        ],
    ),
    # 39. Vertical table whose rows are years (GBP million, UK AI traffic-signal control at junctions), a lone value
    #     column headed by its unit only (Total); 2025F-2027F are estimates; a CAGR with printed span and a YoY in the
    #     note. Expected nowhere: the 14,500 signalised junctions and the 33 million licensed cars.
    dict(
        text=(
            "United Kingdom: local-authority spending on AI traffic-signal control at junctions\n"
            "Year | \u00a3m\n"
            "2019 | 18\n"
            "2020 | 21\n"
            "2021 | 26\n"
            "2022 | 32\n"
            "2023 | 39\n"
            "2024 | 47\n"
            "2025F | 56\n"
            "2026F | 66\n"
            "2027F | 77\n"
            "Note: F = forecast; CAGR 2019-2027F: 19.9%; 2024 spending rose 21% on 2023. Source: Greenwave Transport "
            "Economics, from council budgets for adaptive signal software, junction cameras and cloud timing "
            "platforms. The UK has about 14,500 signalised junctions and some 33 million licensed cars."
        ),
        obs=[
            ("Total", 2019, 18, "GBP million", "actual"),
            ("Total", 2020, 21, "GBP million", "actual"),
            ("Total", 2021, 26, "GBP million", "actual"),
            ("Total", 2022, 32, "GBP million", "actual"),
            ("Total", 2023, 39, "GBP million", "actual"),
            ("Total", 2024, 47, "GBP million", "actual"),
            ("Total", 2025, 56, "GBP million", "estimate"),
            ("Total", 2026, 66, "GBP million", "estimate"),
            ("Total", 2027, 77, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2019, 2027, None, "stated"),
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (77 / 18) ** (1 / 8) - 1 = 19.92% -> 19.9
            ("cagr|implied", "exact"),  # (47 / 39) ** (1 / 1) - 1 = 20.51% -> 21
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI on Taiwan's roads with a 合計 row; 2025年(預估) is an estimate;
    #     the 2025 合計 holds only by rounding. Expected nowhere: the table number, the title's year span, the 2,150
    #     intersections and the 7.3萬公里 of road in the note.
    dict(
        text=(
            "表3 2023—2025年臺灣道路AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI號誌控制 | 4.6 | 5.8 | 7.1\n"
            "路面坑洞巡檢 | 1.3 | 1.9 | 2.6\n"
            "電子收費AI稽核 | 6.2 | 7.4 | 8.9\n"
            "科技執法攝影機 | 3.8 | 4.5 | 5.3\n"
            "合計 | 15.9 | 19.6 | 24.0\n"
            "資料來源:道路科技研究會;不含停車場設備與通行費收入;2024年全台已有約2,150處路口導入AI號誌,道路總長約"
            "7.3萬公里;2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("AI號誌控制", 2023, 4.6, "TWD 100 million", "actual"),
            ("AI號誌控制", 2024, 5.8, "TWD 100 million", "actual"),
            ("AI號誌控制", 2025, 7.1, "TWD 100 million", "estimate"),
            ("路面坑洞巡檢", 2023, 1.3, "TWD 100 million", "actual"),
            ("路面坑洞巡檢", 2024, 1.9, "TWD 100 million", "actual"),
            ("路面坑洞巡檢", 2025, 2.6, "TWD 100 million", "estimate"),
            ("電子收費AI稽核", 2023, 6.2, "TWD 100 million", "actual"),
            ("電子收費AI稽核", 2024, 7.4, "TWD 100 million", "actual"),
            ("電子收費AI稽核", 2025, 8.9, "TWD 100 million", "estimate"),
            ("科技執法攝影機", 2023, 3.8, "TWD 100 million", "actual"),
            ("科技執法攝影機", 2024, 4.5, "TWD 100 million", "actual"),
            ("科技執法攝影機", 2025, 5.3, "TWD 100 million", "estimate"),
            ("合計", 2023, 15.9, "TWD 100 million", "actual"),
            ("合計", 2024, 19.6, "TWD 100 million", "actual"),
            ("合計", 2025, 24.0, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.6 + 1.3 + 6.2 + 3.8 = 15.9
            ("hierarchy", "exact"),  # 2024: 5.8 + 1.9 + 7.4 + 4.5 = 19.6
            # 2025(預估): 7.1 + 2.6 + 8.9 + 5.3 = 23.9 vs 24.0; rows' bounds 23.7-24.1, total's 23.95-24.05
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 16% of the total',
    'A second house, Nordkapp Mobility Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣31.8億元',
    '億港元',
    '中央社記者林佳蓉台北2025年4月22日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 19.2 | 32.9%',
    'Tollgate Vision Inc. second-quarter 2025 earnings call, August 6, 2025',
    'Great Lakes Transportation Economics Working Paper No. 25-14. Abstract:',
    '3/ Their forecast is €520M by 2030. That is a 2.8x jump',
    'Correction (updated 4 June 2025): An earlier version of this article',
    'Annual Report 2024 - Letter to shareholders',
    '- 2025E TAM: $3.4B (+21% YoY)',
    'Delta Insights, by contrast, has 2024 at only',
    'Rs 2,480 crore in FY2025',
    '新华社北京2025年3月18日电',
    '標題 [情報] 外資:全球AI車牌辨識市場四年翻倍',
    '预计2027年市场规模将达到45—52亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 15.9 | 19.6 | 24.0',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 206
#: figures, 69 rates, 94 verdicts and 1 false inconsistent
#: after the readings chosen on it and the two-hundred-and-thirty-sixth set: 211, 71, 97 and 0
FLOORS = {"figures_found": 211, "rates_found": 71, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset238.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
