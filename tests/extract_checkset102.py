"""A hundred-and-second check set for the extractor, written blind: investor materials that size markets, in English and
Chinese (Simplified and Traditional) -- sell-side initiation reports, TAM, SAM and SOM in a pitch deck or an S-1, the
industry section of an IPO prospectus quoting its consultant's historical and forecast CAGRs, e-commerce and platform
markets (直播电商GMV, 即时零售, 跨境电商), the top players' shares of the market, and a company's own revenue and GMV, price
targets, valuation multiples, take rates and counts as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. sell-side initiation: TAM "$180bn by 2030, up from $64bn in 2024", stated "CAGR of 18.8% over 2024-2030";
    #    price target, upside, company revenue and EV/EBITDA are distractors
    dict(
        text=(
            "Halvorsen Brothers Equity Research | Initiation of coverage | 12 May 2025. We start Quillane Robotics "
            "at Overweight with a $142 price target, 27% upside from Friday's close. Our work sizes the total "
            "addressable market for warehouse-orchestration software at $180bn by 2030, up from $64bn in 2024, "
            "which implies a compound annual growth rate of 18.8% over 2024-2030. Quillane booked $2.1bn of revenue "
            "last year and trades on 24x 2026E EV/EBITDA, a premium we think its growth can carry."
        ),
        obs=[
            ("Total", 2024, 64, "USD billion", "actual"),
            ("Total", 2030, 180, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (180/64)^(1/6)-1 = 2.8125^(1/6)-1 = 18.809% -> 18.8
        ],
    ),
    # 2. pitch-deck slide: TAM / SAM / SOM, TAM "growing to $71.5B by 2028 (10.5% CAGR)" with its span only from
    #    the amounts' years (inferred); SOM in millions is its own series; clinics, gross margin, the seed round
    #    and "a multibillion-dollar opportunity" are distractors
    dict(
        text=(
            "Slide 7 - Market opportunity\n"
            "TAM: $48.0B global spend on veterinary practice software in 2024, growing to $71.5B by 2028 (10.5% CAGR).\n"
            "SAM: $6.5B in 2024 - independent clinics in North America and the UK.\n"
            "SOM: $410M in 2024, what our sales team can realistically reach.\n"
            "Traction: 2,300 clinics live, 91% gross margin. This $18M seed extension lets us chase a "
            "multibillion-dollar opportunity."
        ),
        obs=[
            ("Total", 2024, 48.0, "USD billion", "actual"),
            ("Total", 2028, 71.5, "USD billion", "estimate"),
            ("SAM", 2024, 6.5, "USD billion", "actual"),
            ("SOM", 2024, 410, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 10.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (71.5/48.0)^(1/4)-1 = 1.489583^(0.25)-1 = 10.476% -> 10.5
        ],
    ),
    # 3. S-1 industry overview quoting its commissioned consultant: historical "2019-2024 CAGR of 23.2%" and
    #    forecast "CAGR of 19.0% from 2024 to 2029" in one sentence; the issuer's own revenue and member count
    #    are distractors
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "Unless otherwise noted, the information in this section is derived from a report we commissioned from "
            "Fenwick & Lowe Advisory. The U.S. pet telehealth market grew from $1.2 billion in 2019 to $3.4 billion "
            "in 2024, representing a 2019-2024 CAGR of 23.2%, and is projected to reach $8.1 billion in 2029, a CAGR "
            "of 19.0% from 2024 to 2029. In fiscal 2024 we generated net revenue of $212.4 million and served "
            "approximately 2.3 million pet owners."
        ),
        obs=[
            ("Total", 2019, 1.2, "USD billion", "actual"),
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2029, 8.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2019, 2024, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4/1.2)^(1/5)-1 = 2.833333^(0.2)-1 = 23.157% -> 23.2
            ("cagr|implied", "exact"),  # (8.1/3.4)^(1/5)-1 = 2.382353^(0.2)-1 = 18.960% -> 19.0
        ],
    ),
    # 4. dated news item on live-stream e-commerce GMV: "last year" = 2024, "up 62% from $12.1 billion in 2023",
    #    top-three combined share 81%; the leader's own GMV, its take rate and a survey answer are distractors
    dict(
        text=(
            "SINGAPORE, 18 February 2025 - Live-stream shopping in Southeast Asia generated gross merchandise value "
            "of $19.6 billion last year, up 62% from $12.1 billion in 2023, according to Tamarind Insights. The "
            "three biggest platforms together took 81% of that GMV, the consultancy said. Market leader Sarong Live "
            "alone reported GMV of $7.2 billion and says its take rate has climbed to 6.5%. In a Tamarind survey, "
            "38% of shoppers said they had bought something during a live stream in the past month. Tamarind "
            "expects the market to reach $31 billion in 2026."
        ),
        obs=[
            ("Total", 2023, 12.1, "USD billion", "actual"),
            ("Total", 2024, 19.6, "USD billion", "actual"),
            ("Total", 2026, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
            ("share", 81, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 19.6/12.1-1 = 61.983% -> 62
        ],
    ),
    # 5. earnings-call transcript: TAM "roughly $90 billion this year" (2025, estimate) "growing to $150 billion by
    #    2028 - a CAGR of about 18%" (inferred, within rounding only); Q3 revenue, its growth, percentage points,
    #    customer count and "fewer than a fifth" are distractors
    dict(
        text=(
            "Transcript excerpt - Loomis Data third-quarter results call, 4 November 2025.\n"
            "Dana Whitlock, chief executive: Thanks, everyone. Q3 revenue came in at $412 million, up 31% year over "
            "year, and gross margin widened by 2.4 percentage points. Stepping back, we think the total addressable "
            "market for AI observability is roughly $90 billion this year, and we see it growing to $150 billion by "
            "2028 - a CAGR of about 18%. We now serve more than 6,100 customers, and fewer than a fifth of them use "
            "more than two of our modules."
        ),
        obs=[
            ("Total", 2025, 90, "USD billion", "estimate"),
            ("Total", 2028, 150, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (150/90)^(1/3)-1 = 18.563% -> 19, not 18; bounds 149.5/90.5 -> 18.213% .. 150.5/89.5 -> 18.915%;
            # 18 needs [17.5, 18.5): 18.213% reaches it -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. industry report on market structure: "up 14% from EUR 3.5 billion a year earlier" contradicted by its own
    #    amounts (inconsistent); top-five 64% and leader 22% are shares; percentage points, group revenue and a
    #    count of assemblers are distractors
    dict(
        text=(
            "Market structure. Europe's e-bike battery pack market was worth \u20ac3.8 billion in 2024, up 14% from "
            "\u20ac3.5 billion a year earlier, on our estimates at Kestrel & Vane. Concentration is high: the five "
            "largest suppliers held a combined 64% of sales, three percentage points more than in 2023, and the "
            "leader, Varnholt Energie, alone held 22%. Varnholt's group revenue, which includes its automotive "
            "business, was \u20ac1.4 billion. We count 47 active pack assemblers across the region."
        ),
        obs=[
            ("Total", 2023, 3.5, "EUR billion", "actual"),
            ("Total", 2024, 3.8, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("share", 64, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.8/3.5-1 = 8.571%; bounds 3.75/3.55-1 = 5.634% .. 3.85/3.45-1 = 11.594%; 14 needs [13.5, 14.5)
            # -> no reading reaches it -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. UK sell-side initiation in sterling: "a 2024-29 CAGR of 12.9%" (abbreviated span, stated), exact only
    #    within rounding; the company's own GMV, "about a fifth of the market", users, basket size, P/E, a pence
    #    price target with upside and a quarter's orders are distractors
    dict(
        text=(
            "UK rapid grocery: initiating on Brisket Group, 20 January 2025. We estimate UK rapid grocery delivery "
            "GMV at \u00a32.9bn in 2024 and forecast \u00a35.4bn by 2029, a 2024-29 CAGR of 12.9%. Brisket's own GMV "
            "reached \u00a3610m last year, about a fifth of the market, from 1.6 million weekly active users spending "
            "an average basket of \u00a338. The shares trade on 31x 2025E P/E; our 520p target implies 18% upside. "
            "Fourth-quarter orders rose 22%."
        ),
        obs=[
            ("Total", 2024, 2.9, "GBP billion", "actual"),
            ("Total", 2029, 5.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 12.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (5.4/2.9)^(1/5)-1 = 13.240% -> 13.2, not 12.9; bounds 5.35/2.95 -> 12.644% .. 5.45/2.85 -> 13.844%;
            # 12.9 needs [12.85, 12.95): reachable -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Japanese investor day in yen: TAM "¥840 billion in fiscal 2024" then "¥1.3 trillion by fiscal 2029"
    #    (converted to the series' JPY billion: 1300), "about 9.1% a year" inferred; margin target, share target,
    #    buyback and headcount are distractors
    dict(
        text=(
            "TOKYO, 3 June 2025 - At its first investor day, Kirisame Holdings put the addressable market for its "
            "factory-sensor business at \u00a5840 billion in fiscal 2024 and said it expects that market to reach "
            "\u00a51.3 trillion by fiscal 2029, growth of about 9.1% a year. The company is targeting an operating "
            "margin of 15% and a 30% share of the market by fiscal 2029. It also announced a \u00a550 billion share "
            "buyback. Kirisame employs 3,400 people."
        ),
        obs=[
            ("Total", 2024, 840, "JPY billion", "actual"),
            ("Total", 2029, 1300, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 9.1, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1300/840)^(1/5)-1 = 1.547619^(0.2)-1 = 9.127% -> 9.1
        ],
    ),
    # 9. Hong Kong broker note in HK$: "more than fourfold in five years" (x4 over 2019-2024, no verdict), "an
    #    annual pace of 11%" to 2027 (inferred), a 2030 range "between HK$22 billion and HK$26 billion" (two value
    #    claims); combined share 93%; commission rates 25-30% and a HK$58 target are distractors
    dict(
        text=(
            "HONG KONG, 9 September 2025 - In a note to clients, Pemberton Kwok Securities said Hong Kong's online "
            "food-delivery market has grown more than fourfold in five years, from HK$3.1 billion in 2019 to "
            "HK$14.2 billion in 2024. It forecasts HK$19.5 billion for 2027, an annual pace of 11%, and puts the "
            "2030 market at between HK$22 billion and HK$26 billion. The two leading apps hold a combined 93% of the "
            "market, while average commission rates run at 25-30%, the broker said. It rates the sector's only "
            "listed operator a Buy with a HK$58 target."
        ),
        obs=[
            ("Total", 2019, 3.1, "HKD billion", "actual"),
            ("Total", 2024, 14.2, "HKD billion", "actual"),
            ("Total", 2027, 19.5, "HKD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2019, 2024, 5.0),  # "more than fourfold"
            ("cagr", 11, "percent", 2024, 2027, None, "inferred"),
            ("value", 22, "HKD billion", 2030, 2030, None),
            ("value", 26, "HKD billion", 2030, 2030, None),
            ("share", 93, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (19.5/14.2)^(1/3)-1 = 1.373239^(1/3)-1 = 11.152% -> 11
        ],
    ),
    # 10. Simplified Chinese IPO prospectus industry section: 即时零售 from 1,860亿元 (2019) to 7,810亿元 (2024),
    #     "2019年至2024年的年复合增长率为33.2%" exact; 2029年 2.1万亿元 (kept in 亿元: 21000) with a stated
    #     21.6% only within rounding of the 万亿 figure; own GMV, users, stores and 千亿级 are distractors
    dict(
        text=(
            "行业概览\n本节资料摘自本公司委托衡策咨询编制的独立行业报告。中国即时零售市场规模由2019年的人民币1,860亿元"
            "增长至2024年的人民币7,810亿元，2019年至2024年的年复合增长率为33.2%；预计将于2029年达到人民币2.1万亿元，"
            "2024年至2029年的年复合增长率为21.6%。即时零售是一个千亿级且仍在快速扩张的赛道。2024年，本集团平台GMV为"
            "人民币356亿元，年度活跃消费者约1.2亿名，合作门店超过42万家。"
        ),
        obs=[
            ("Total", 2019, 1860, "CNY 100 million", "actual"),
            ("Total", 2024, 7810, "CNY 100 million", "actual"),
            ("Total", 2029, 21000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.2, "percent", 2019, 2024, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7810/1860)^(1/5)-1 = 4.198925^(0.2)-1 = 33.238% -> 33.2
            # (21000/7810)^(1/5)-1 = 2.688860^(0.2)-1 = 21.875% -> 21.9, not 21.6; 2.1万亿 read at ±0.05万亿:
            # 20500/7810.5 -> 21.287% .. 21500/7809.5 -> 22.451%; 21.6 needs [21.55, 21.65): reachable -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Simplified Chinese broker initiation on 直播电商GMV in 万亿元 (series unit CNY trillion): "同比增长23%"
    #     against 4.9 -> 5.8万亿元 (inconsistent); 前三大平台合计份额约78%; 百分点, 渗透率, a quarter's company
    #     GMV growth, a 目标价 with 上行空间 and a P/E are distractors
    dict(
        text=(
            "【首次覆盖】2025年3月18日。据我们统计，2024年中国直播电商GMV约为5.8万亿元，较2023年的4.9万亿元同比增长23%，"
            "预计2027年有望突破8万亿元。行业集中度较高，前三大平台合计份额约78%，较上年提升2个百分点；直播电商渗透率已达31%。"
            "公司2024年第四季度GMV同比增长24%。我们给予“买入”评级，目标价85元，对应32%上行空间及2025年预测市盈率22倍。"
        ),
        obs=[
            ("Total", 2023, 4.9, "CNY trillion", "actual"),
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2027, 8, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 78, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 5.8/4.9-1 = 18.367%; bounds 5.75/4.95-1 = 16.162% .. 5.85/4.85-1 = 20.619%; 23 needs [22.5, 23.5)
            # -> unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Traditional Chinese (Taiwan) news: 網路零售 in 新台幣億元, "成長9.7%" exact, 預估2025年 突破7,000億元
    #     (estimate at printed figure), 前五大合計市占率約58%; a platform's own 營收, members and "超過七成" are
    #     distractors
    dict(
        text=(
            "【台北訊】2025年4月7日。台經研究院最新報告指出，台灣網路零售市場規模2024年達新台幣6,350億元，較2023年的"
            "5,790億元成長9.7%，預估2025年可望突破7,000億元。前五大電商平台合計市占率約為58%。業者方面，龍頭平台去年"
            "營收新台幣1,120億元，會員人數超過1,200萬人；報告並指出，行動端交易占比已超過七成。"
        ),
        obs=[
            ("Total", 2023, 5790, "TWD 100 million", "actual"),
            ("Total", 2024, 6350, "TWD 100 million", "actual"),
            ("Total", 2025, 7000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.7, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6350/5790-1 = 9.672% -> 9.7
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) with 億港元: 跨境電商 486 vs 402 "增長20.9%" exact; 2029年 1,020億港元 with
    #     "2024至2029年複合年增長率為16.0%" stated and exact; 前五大平台合共佔市場約71%; the group's own 收益 in
    #     港幣億元, its margin and 百分點 are distractors
    dict(
        text=(
            "（香港，2025年8月12日）根據顧問公司衡遠研究，2024年香港跨境電商交易規模約為486億港元，較2023年的402億港元"
            "增長20.9%；該機構預期，至2029年市場將擴大至1,020億港元，2024至2029年複合年增長率為16.0%。前五大平台合共佔"
            "市場約71%。本集團同期收益為港幣12.3億元，毛利率38.5%，較去年上升1.6個百分點。"
        ),
        obs=[
            ("Total", 2023, 402, "HKD 100 million", "actual"),
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2029, 1020, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("cagr", 16.0, "percent", 2024, 2029, None, "stated"),
            ("share", 71, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486/402-1 = 20.896% -> 20.9
            ("cagr|implied", "exact"),  # (1020/486)^(1/5)-1 = 2.098765^(0.2)-1 = 15.983% -> 16.0
        ],
    ),
    # 14. Simplified Chinese: 跨境电商B2C出口 from 3,200亿元 (2020) to 1.28万亿元 (2024, kept in 亿元: 12800),
    #     "较2020年增长3倍" between two printed amounts = x4; "年均复合增长率达41.4%" inferred; 2025年 1.5万亿元左右
    #     (15000, estimate) "同比增长约17%"; seller count and 毛利率 are distractors
    dict(
        text=(
            "行业数据显示，我国跨境电商B2C出口规模由2020年的3,200亿元增至2024年的1.28万亿元，较2020年增长3倍，年均复合"
            "增长率达41.4%。目前平台上的卖家数量超过12万家，头部卖家平均毛利率约35%。瀚川研究预计，2025年该规模将达到"
            "1.5万亿元左右，同比增长约17%。"
        ),
        obs=[
            ("Total", 2020, 3200, "CNY 100 million", "actual"),
            ("Total", 2024, 12800, "CNY 100 million", "actual"),
            ("Total", 2025, 15000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two printed amounts -> x4
            ("cagr", 41.4, "percent", 2020, 2024, None, "inferred"),
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (12800/3200)^(1/4)-1 = 4^(0.25)-1 = 41.421% -> 41.4
            ("cagr|implied", "exact"),  # 15000/12800-1 = 17.188% -> 17
        ],
    ),
    # 15. English pipe table: vendor revenue by year (USD million) with a Total row and a 2024 share column; rows add
    #     to the total (hierarchy exact twice), every share's part and whole printed (arithmetic exact x4), a
    #     "grew 15.1% in 2024" line; table and note numbers are distractors
    dict(
        text=(
            "Table 3: Cloud contact-centre software, revenue by vendor (USD million)\n"
            "| Vendor | 2023 | 2024 | 2024 share |\n"
            "|---|---:|---:|---:|\n"
            "| Corvid Systems | 1,240 | 1,465 | 27.3% |\n"
            "| Nimbly | 980 | 1,102 | 20.5% |\n"
            "| Oakhurst CX | 655 | 741 | 13.8% |\n"
            "| Others | 1,790 | 2,062 | 38.4% |\n"
            "| Total | 4,665 | 5,370 | 100.0% |\n"
            "Source: Brantley Partners estimates. Note 2: Corvid excludes professional services. "
            "The market grew 15.1% in 2024."
        ),
        obs=[
            ("Corvid Systems", 2023, 1240, "USD million", "actual"),
            ("Corvid Systems", 2024, 1465, "USD million", "actual"),
            ("Nimbly", 2023, 980, "USD million", "actual"),
            ("Nimbly", 2024, 1102, "USD million", "actual"),
            ("Oakhurst CX", 2023, 655, "USD million", "actual"),
            ("Oakhurst CX", 2024, 741, "USD million", "actual"),
            ("Others", 2023, 1790, "USD million", "actual"),
            ("Others", 2024, 2062, "USD million", "actual"),
            ("Total", 2023, 4665, "USD million", "actual"),
            ("Total", 2024, 5370, "USD million", "actual"),
        ],
        claims=[
            ("share", 27.3, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
            ("share", 38.4, "percent", 2024, 2024, None),
            ("growth", 15.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1240+980+655+1790 = 4665 = Total
            ("hierarchy", "exact"),     # 2024: 1465+1102+741+2062 = 5370 = Total
            ("arithmetic", "exact"),    # 1465/5370 = 27.281% -> 27.3
            ("arithmetic", "exact"),    # 1102/5370 = 20.521% -> 20.5
            ("arithmetic", "exact"),    # 741/5370 = 13.799% -> 13.8
            ("arithmetic", "exact"),    # 2062/5370 = 38.399% -> 38.4
            ("cagr|implied", "exact"),  # 5370/4665-1 = 15.113% -> 15.1
        ],
    ),
    # 16. Simplified Chinese pipe table of vendor shares only (2023年, 2024年) with a 合计 100.0% row (no claim, no
    #     part amounts so no arithmetic verdict); the prose gives the market 412 vs 365亿元 "增长12.9%"; the table
    #     number and title years are boilerplate
    dict(
        text=(
            "表2：2023–2024年中国智能门锁市场厂商份额（按销售额）\n"
            "2024年中国智能门锁市场规模为人民币412亿元，较2023年的365亿元增长12.9%。\n"
            "| 厂商 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 凯德智能 | 24.6% | 26.1% |\n"
            "| 梧桐科技 | 18.2% | 17.5% |\n"
            "| 蓝岸 | 11.9% | 12.8% |\n"
            "| 其他 | 45.3% | 43.6% |\n"
            "| 合计 | 100.0% | 100.0% |\n"
            "资料来源：弘岩咨询"
        ),
        obs=[
            ("Total", 2023, 365, "CNY 100 million", "actual"),
            ("Total", 2024, 412, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
            ("share", 24.6, "percent", 2023, 2023, None),
            ("share", 18.2, "percent", 2023, 2023, None),
            ("share", 11.9, "percent", 2023, 2023, None),
            ("share", 45.3, "percent", 2023, 2023, None),
            ("share", 26.1, "percent", 2024, 2024, None),
            ("share", 17.5, "percent", 2024, 2024, None),
            ("share", 12.8, "percent", 2024, 2024, None),
            ("share", 43.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412/365-1 = 12.877% -> 12.9
        ],
    ),
    # 17. English tab-separated exhibit: vendor revenue FY2023 / FY2024 plus a Q1 2025 column (a quarter beside
    #     yearly figures: expected nowhere); FY2024 rows sum to 2,785 against a printed 2,786 (rounding); a prose
    #     share 24.7% with part and whole printed; a price target is a distractor
    dict(
        text=(
            "Exhibit 5 - Point-of-sale software, revenue by vendor (USD million; Q1 2025 unaudited)\n"
            "Vendor\tFY2023\tFY2024\tQ1 2025\n"
            "Tillwright\t612\t688\t181\n"
            "Selby Pay\t540\t571\t139\n"
            "Harrowgate\t318\t362\t97\n"
            "Other vendors\t1,105\t1,164\t290\n"
            "Total\t2,575\t2,786\t707\n"
            "On these numbers Tillwright held 24.7% of the market in fiscal 2024; we set a 12-month price target of "
            "$74 on its shares."
        ),
        obs=[
            ("Tillwright", 2023, 612, "USD million", "actual"),
            ("Tillwright", 2024, 688, "USD million", "actual"),
            ("Selby Pay", 2023, 540, "USD million", "actual"),
            ("Selby Pay", 2024, 571, "USD million", "actual"),
            ("Harrowgate", 2023, 318, "USD million", "actual"),
            ("Harrowgate", 2024, 362, "USD million", "actual"),
            ("Other vendors", 2023, 1105, "USD million", "actual"),
            ("Other vendors", 2024, 1164, "USD million", "actual"),
            ("Total", 2023, 2575, "USD million", "actual"),
            ("Total", 2024, 2786, "USD million", "actual"),
        ],
        claims=[
            ("share", 24.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 612+540+318+1105 = 2575 = Total
            # FY2024: 688+571+362+1164 = 2785 vs printed 2786; parts ±0.5 each -> 2783..2787 reaches 2786 -> rounding
            ("hierarchy", "rounding"),
            ("arithmetic", "exact"),    # 688/2786 = 24.695% -> 24.7
        ],
    ),
    # 18. Simplified Chinese space-aligned vertical table (rows are years incl. 2025E, columns are vendors and 合计,
    #     单位 亿元); the 2024 合计 155.4 contradicts its parts (152.4: inconsistent); a stated 2023-2025E CAGR of
    #     the 合计 column; table and note text are boilerplate
    dict(
        text=(
            "表4  中国云视频会议市场主要厂商收入（单位：亿元）\n"
            "年份      星桥     云雀会    迅达通    其他     合计\n"
            "2023      44.0     30.3      18.9      43.5     136.7\n"
            "2024      51.2     33.8      22.4      45.0     155.4\n"
            "2025E     58.0     36.9      26.1      46.3     167.3\n"
            "注：2025E为预测值。2023-2025E合计收入年复合增长率为10.6%。"
        ),
        obs=[
            ("星桥", 2023, 44.0, "CNY 100 million", "actual"),
            ("星桥", 2024, 51.2, "CNY 100 million", "actual"),
            ("星桥", 2025, 58.0, "CNY 100 million", "estimate"),
            ("云雀会", 2023, 30.3, "CNY 100 million", "actual"),
            ("云雀会", 2024, 33.8, "CNY 100 million", "actual"),
            ("云雀会", 2025, 36.9, "CNY 100 million", "estimate"),
            ("迅达通", 2023, 18.9, "CNY 100 million", "actual"),
            ("迅达通", 2024, 22.4, "CNY 100 million", "actual"),
            ("迅达通", 2025, 26.1, "CNY 100 million", "estimate"),
            ("其他", 2023, 43.5, "CNY 100 million", "actual"),
            ("其他", 2024, 45.0, "CNY 100 million", "actual"),
            ("其他", 2025, 46.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 136.7, "CNY 100 million", "actual"),
            ("合计", 2024, 155.4, "CNY 100 million", "actual"),
            ("合计", 2025, 167.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 10.6, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),         # 2023: 44.0+30.3+18.9+43.5 = 136.7 = 合计
            # 2024: 51.2+33.8+22.4+45.0 = 152.4 vs 155.4; parts ±0.05 each -> 152.2..152.6, far from 155.35..155.45
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),         # 2025E: 58.0+36.9+26.1+46.3 = 167.3 = 合计
            ("cagr|implied", "exact"),      # (167.3/136.7)^(1/2)-1 = 1.223848^(0.5)-1 = 10.628% -> 10.6
        ],
    ),
    # 19. Traditional Chinese tab-separated table: delivery-platform GMV by platform (新台幣億元) with 合計 row and a
    #     2024年市占率 column; rows add up (hierarchy exact x2); 44.7% and 36.7% are reachable only within rounding,
    #     18.6% exact; prose "年增11.0%"; a commission rate and courier headcount are distractors
    dict(
        text=(
            "據恆翔顧問統計，2024年台灣外送平台GMV達新台幣1,016億元，年增11.0%。\n"
            "平台\t2023年\t2024年\t2024年市占率\n"
            "熊貓快送\t412\t455\t44.7%\n"
            "優食達\t338\t372\t36.7%\n"
            "其他\t165\t189\t18.6%\n"
            "合計\t915\t1,016\t100.0%\n"
            "單位：新台幣億元。熊貓快送抽成率約30%，全台外送員人數逾14萬人。"
        ),
        obs=[
            ("熊貓快送", 2023, 412, "TWD 100 million", "actual"),
            ("熊貓快送", 2024, 455, "TWD 100 million", "actual"),
            ("優食達", 2023, 338, "TWD 100 million", "actual"),
            ("優食達", 2024, 372, "TWD 100 million", "actual"),
            ("其他", 2023, 165, "TWD 100 million", "actual"),
            ("其他", 2024, 189, "TWD 100 million", "actual"),
            ("合計", 2023, 915, "TWD 100 million", "actual"),
            ("合計", 2024, 1016, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
            ("share", 44.7, "percent", 2024, 2024, None),
            ("share", 36.7, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412+338+165 = 915 = 合計
            ("hierarchy", "exact"),     # 2024: 455+372+189 = 1016 = 合計
            # 455/1016 = 44.783% -> 44.8, not 44.7; bounds 454.5/1016.5 = 44.712% .. 455.5/1015.5 = 44.855%;
            # 44.7 needs [44.65, 44.75): 44.712% reaches it -> rounding
            ("arithmetic", "rounding"),
            # 372/1016 = 36.614% -> 36.6, not 36.7; bounds 371.5/1016.5 = 36.547% .. 372.5/1015.5 = 36.681%;
            # 36.7 needs [36.65, 36.75): 36.681% reaches it -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),    # 189/1016 = 18.602% -> 18.6
            ("cagr|implied", "exact"),  # 1016/915-1 = 11.038% -> 11.0
        ],
    ),
    # 20. English space-aligned consultant table: live-commerce GMV by platform (EUR million), 2022 / 2024 / 2027E
    #     columns with two CAGR columns ("CAGR 22-24", "CAGR 24-27E", stated spans) and a Total row; all rows add
    #     up; Carrousel's 17.8% only within rounding, the rest exact
    dict(
        text=(
            "Figure 8. European live-commerce GMV by platform, EUR million (source: Ostrava Lane Consulting)\n"
            "                 2022     2024    2027E   CAGR 22-24   CAGR 24-27E\n"
            "Vivant Live       410      655    1,140        26.4%         20.3%\n"
            "Carrousel         290      402      610        17.8%         14.9%\n"
            "Others            520      688    1,050        15.0%         15.1%\n"
            "Total           1,220    1,745    2,800        19.6%         17.1%\n"
        ),
        obs=[
            ("Vivant Live", 2022, 410, "EUR million", "actual"),
            ("Vivant Live", 2024, 655, "EUR million", "actual"),
            ("Vivant Live", 2027, 1140, "EUR million", "estimate"),
            ("Carrousel", 2022, 290, "EUR million", "actual"),
            ("Carrousel", 2024, 402, "EUR million", "actual"),
            ("Carrousel", 2027, 610, "EUR million", "estimate"),
            ("Others", 2022, 520, "EUR million", "actual"),
            ("Others", 2024, 688, "EUR million", "actual"),
            ("Others", 2027, 1050, "EUR million", "estimate"),
            ("Total", 2022, 1220, "EUR million", "actual"),
            ("Total", 2024, 1745, "EUR million", "actual"),
            ("Total", 2027, 2800, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 26.4, "percent", 2022, 2024, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.8, "percent", 2022, 2024, None, "stated"),
            ("cagr", 14.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 15.0, "percent", 2022, 2024, None, "stated"),
            ("cagr", 15.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 19.6, "percent", 2022, 2024, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 410+290+520 = 1220 = Total
            ("hierarchy", "exact"),     # 2024: 655+402+688 = 1745 = Total
            ("hierarchy", "exact"),     # 2027E: 1140+610+1050 = 2800 = Total
            ("cagr|implied", "exact"),  # (655/410)^(1/2)-1 = 26.395% -> 26.4
            ("cagr|implied", "exact"),  # (1140/655)^(1/3)-1 = 20.288% -> 20.3
            # (402/290)^(1/2)-1 = 17.737% -> 17.7, not 17.8; bounds 401.5/290.5 -> 17.563% .. 402.5/289.5 ->
            # 17.912%; 17.8 needs [17.75, 17.85): reachable -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (610/402)^(1/3)-1 = 14.913% -> 14.9
            ("cagr|implied", "exact"),  # (688/520)^(1/2)-1 = 15.025% -> 15.0
            ("cagr|implied", "exact"),  # (1050/688)^(1/3)-1 = 15.133% -> 15.1
            ("cagr|implied", "exact"),  # (1745/1220)^(1/2)-1 = 19.596% -> 19.6
            ("cagr|implied", "exact"),  # (2800/1745)^(1/3)-1 = 17.072% -> 17.1
        ],
    ),
    # 21. sell-side initiation (English prose): "We size the total addressable market ... at $180bn by 2030, up from
    #    $64bn in 2024", stated "2024-2030 CAGR"; price target, upside, company revenue and EV/EBITDA are distractors
    dict(
        text=(
            "Halvard Securities | Initiation of coverage | 12 May 2025. Brightlane Logistics (BRLN): Overweight, "
            "price target $142, implying 27% upside. We size the total addressable market for autonomous "
            "middle-mile freight in North America at $180bn by 2030, up from $64bn in 2024, which implies a "
            "2024-2030 CAGR of 18.8%. Brightlane booked $412m of revenue last year and we model $1.1bn for 2026. "
            "At 24x our 2026 EV/EBITDA the shares are not cheap, but we think the runway justifies the premium."
        ),
        obs=[
            ("Total", 2024, 64, "USD billion", "actual"),
            ("Total", 2030, 180, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (180/64)**(1/6)-1 = 2.8125**(1/6)-1 = 18.809% -> 18.8
        ],
    ),
    # 22. S-1 "Market Opportunity" (English prose): TAM is the Total, SAM and SOM are items of their own; TAM CAGR
    #    "from 2024 to 2028"; clinic count, the company's revenue and its growth are distractors
    dict(
        text=(
            "From the Market Opportunity section of Quillmark Health's registration statement on Form S-1: We "
            "believe our total addressable market (TAM) in the United States was approximately $48.6 billion in "
            "2024, spread across roughly 31,000 outpatient clinics. Of that 2024 total, we estimate a serviceable "
            "addressable market (SAM) of $12.3 billion, made up of practices with ten or more physicians, and a "
            "serviceable obtainable market (SOM) of $1.9 billion. We expect the TAM to reach $71.0 billion by 2028, "
            "a compound annual growth rate of 9.9% from 2024 to 2028. Our revenue was $86.7 million in 2024, up 58% "
            "year over year, and we served 2,340 clinics as of December 31, 2024."
        ),
        obs=[
            ("Total", 2024, 48.6, "USD billion", "actual"),
            ("SAM", 2024, 12.3, "USD billion", "actual"),
            ("SOM", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2028, 71.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 9.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71.0/48.6)**(1/4)-1 = 1.46091**0.25-1 = 9.940% -> 9.9
        ],
    ),
    # 23. dated regional news (English prose): live-stream e-commerce GMV "climbed 42% last year to $22.4 billion,
    #    from $15.9 billion in 2023" -> rounding; take rate, merchant count, Q4 GMV, "11.11"/"12.12" sale names
    #    and "percentage points" are distractors
    dict(
        text=(
            "SINGAPORE, 18 February 2025 - Shoppable livestreams have become a mainstream sales channel in "
            "Southeast Asia. Gross merchandise value transacted through live-stream e-commerce across the region's "
            "six largest economies climbed 42% last year to $22.4 billion, from $15.9 billion in 2023, according to "
            "the research house Tembusu Insights. Platform take rates averaged 6.5%, and the number of active "
            "live-selling merchants passed 1.2 million. Fourth-quarter GMV alone came to $7.1 billion, lifted by "
            "the 11.11 and 12.12 shopping festivals. Tembusu expects live commerce's slice of online retail to "
            "widen by another four percentage points this year."
        ),
        obs=[
            ("Total", 2024, 22.4, "USD billion", "actual"),
            ("Total", 2023, 15.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 42.4/15.9-1 = 40.88% -> 41, not 42; bounds 22.35/15.95-1 = 40.13% .. 22.45/15.85-1 = 41.64% -> 42
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. earnings-call transcript (English prose): TAM "roughly $35 billion this year" (estimate, dateline 2025)
    #    and "about $60 billion in 2028", "around 15% a year from 2025 to 2028" contradicts them; top-five share;
    #    Q4 revenue, basis points, gross margin and "a multibillion-dollar opportunity" are distractors
    dict(
        text=(
            "Corvane Systems, fourth-quarter 2024 earnings call, 6 February 2025. CEO Dana Whitfield: \"We now "
            "size our total addressable market at roughly $35 billion this year, and we see it reaching about $60 "
            "billion in 2028 - that's compounding at around 15% a year from 2025 to 2028. Fourth-quarter revenue "
            "came in at $212 million, up 31%, and non-GAAP gross margin expanded 180 basis points to 74.2%. "
            "Industry analysts estimate the top five vendors together hold about 41% of the market today, and we "
            "are one of them. Beyond that, edge inference is a multibillion-dollar opportunity we have only begun "
            "to address.\""
        ),
        obs=[
            ("Total", 2025, 35, "USD billion", "estimate"),
            ("Total", 2028, 60, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2025, 2028, None, "stated"),
            ("share", 41, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # (60/35)**(1/3)-1 = 19.68%; bounds (59.5/35.5)**(1/3)-1 = 18.79% .. (60.5/34.5)**(1/3)-1 = 20.59%;
            # none reaches 15 (14.5..15.5)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. briefing note (English prose): "$34.0 billion in 2024, up 19.6% from $28.4 billion in 2023" -> rounding;
    #    part "Grocery ... $21.8 billion ..., or 64% of the market" -> share with arithmetic; a second publisher's
    #    2024 figure ($31 billion), an order value and a survey answer are expected nowhere
    dict(
        text=(
            "Briefing note, US quick commerce, March 2025. The market for sub-one-hour delivery of groceries and "
            "convenience goods reached $34.0 billion in 2024, up 19.6% from $28.4 billion in 2023, according to "
            "our partners at Redwater Analytics. Grocery made up $21.8 billion of that, or 64% of the market. A "
            "separate estimate from Lindqvist & Co. puts the 2024 market at $31 billion. Average order values held "
            "near $38, and 27% of surveyed shoppers said they ordered through an app at least weekly."
        ),
        obs=[
            ("Total", 2024, 34.0, "USD billion", "actual"),
            ("Total", 2023, 28.4, "USD billion", "actual"),
            ("Grocery", 2024, 21.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 54.0/28.4-1 = 19.72% -> 19.7, not 19.6; bounds 33.95/28.45-1 = 19.33% .. 34.05/28.35-1 = 20.11%
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 21.8/34.0 = 64.12% -> 64
        ],
    ),
    # 26. IPO prospectus industry section (Simplified Chinese prose): historical CAGR 2019-2024 and forecast CAGR
    #    2024-2029 in one sentence (亿元); the company's share of the market; store and user counts, company
    #    revenue and 千亿级/万亿级 are distractors
    dict(
        text=(
            "本节资料引自衡岳咨询为本次发行编制的行业报告。中国即时零售市场规模由2019年的1,812亿元增长至2024年的"
            "7,810亿元，年复合增长率为33.9%，预计将于2029年达到20,460亿元，2024年至2029年的年复合增长率为21.2%。"
            "按2024年GMV计，本公司在中国即时零售市场排名第四，市场份额为3.2%。截至2024年12月31日，我们的平台拥有"
            "约4.6万家合作门店及1.3亿名年度交易用户；同年本公司收入为38.7亿元。即时零售被普遍视为一个千亿级乃至"
            "万亿级的赛道。"
        ),
        obs=[
            ("Total", 2019, 1812, "CNY 100 million", "actual"),
            ("Total", 2024, 7810, "CNY 100 million", "actual"),
            ("Total", 2029, 20460, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.9, "percent", 2019, 2024, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2029, None, "stated"),
            ("share", 3.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7810/1812)**(1/5)-1 = 4.31015**0.2-1 = 33.936% -> 33.9
            ("cagr|implied", "exact"),  # (20460/7810)**(1/5)-1 = 2.61972**0.2-1 = 21.241% -> 21.2
        ],
    ),
    # 27. dated news (Simplified Chinese prose): 直播电商GMV "5.8万亿元，较2023年的4.9万亿元同比增长19.3%" ->
    #    rounding (series in 万亿元 -> CNY trillion); 2025 "有望突破6.5万亿元" estimate; penetration rate,
    #    百分点, streamer count and Q4 GMV are distractors
    dict(
        text=(
            "本报北京2025年3月12日电 记者从电商研究机构星河研究院获悉，2024年我国直播电商GMV达到5.8万亿元，较2023年"
            "的4.9万亿元同比增长19.3%。星河研究院预计，2025年直播电商GMV有望突破6.5万亿元。报告显示，直播电商在网络"
            "零售中的渗透率已升至37.2%，较上年提高4.1个百分点；全国活跃主播超过180万人。其中，第四季度直播电商GMV"
            "为1.9万亿元，为全年最高。"
        ),
        obs=[
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2023, 4.9, "CNY trillion", "actual"),
            ("Total", 2025, 6.5, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 25.8/4.9-1 = 18.37% -> 18.4, not 19.3; bounds 5.75/4.95-1 = 16.16% .. 5.85/4.85-1 = 20.62%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. research note (Simplified Chinese prose): series opens in 亿元 (23,800亿元), later figures in 万亿元
    #    converted (2.63万亿元 -> 26300; 接近2.9万亿元 -> 29000 estimate); firm and warehouse counts are distractors
    dict(
        text=(
            "据观潮研究测算，2023年我国跨境电商进出口规模为23,800亿元；2024年这一规模达到2.63万亿元，同比增长"
            "10.5%。观潮研究预计，2025年跨境电商进出口规模将接近2.9万亿元。目前全国跨境电商经营主体已超过12万家，"
            "建成海外仓超过2,500个，面积逾3,000万平方米。"
        ),
        obs=[
            ("Total", 2023, 23800, "CNY 100 million", "actual"),
            ("Total", 2024, 26300, "CNY 100 million", "actual"),
            ("Total", 2025, 29000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 26300/23800-1 = 10.504% -> 10.5
        ],
    ),
    # 29. Taiwan broker initiation (Traditional Chinese prose): 新台幣億元 market, 年增 and 2024-2027 複合成長率;
    #    top-five and leader shares; target price, upside, P/E, company revenue and 百分點 are distractors
    dict(
        text=(
            "【首次覆蓋】鼎曜證券，2025年4月8日。我們估算台灣電商市場規模2024年達新台幣6,120億元，較2023年的"
            "5,630億元年增8.7%；預估2027年將成長至7,900億元，2024至2027年複合成長率為8.9%。前五大平台合計市占率"
            "為68.4%，其中龍頭平台市占率約31%。我們首次覆蓋晴川網購（6893），給予「買進」評等，目標價新台幣520元，"
            "較現價有18%上漲空間，對應2025年預估本益比22倍。晴川網購2024年營收為新台幣214億元，年增12.3%，毛利率"
            "提升1.6個百分點。"
        ),
        obs=[
            ("Total", 2024, 6120, "TWD 100 million", "actual"),
            ("Total", 2023, 5630, "TWD 100 million", "actual"),
            ("Total", 2027, 7900, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.7, "percent", 2023, 2024, 1.0),
            ("cagr", 8.9, "percent", 2024, 2027, None, "stated"),
            ("share", 68.4, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6120/5630-1 = 8.703% -> 8.7
            ("cagr|implied", "exact"),  # (7900/6120)**(1/3)-1 = 1.29085**(1/3)-1 = 8.883% -> 8.9
        ],
    ),
    # 30. Hong Kong prospectus industry overview (Traditional Chinese prose): 億港元, historical CAGR exact and
    #     forecast CAGR 10.6% only within rounding; the group's share of the market; group revenue in 億港元
    #     and employee count are distractors
    dict(
        text=(
            "行業概覽（摘錄自灝思諮詢編製的報告）：香港網上零售市場規模由2019年的286億港元增加至2024年的512億港元，"
            "複合年增長率為12.4%，並預期於2029年達到845億港元，2024年至2029年的複合年增長率為10.6%。於往績記錄期間，"
            "本集團收入分別為3.12億港元、4.01億港元及4.86億港元。截至最後實際可行日期，我們聘有1,120名全職僱員。"
            "按2024年網上零售額計，本集團以5.1%的市場份額排名第三。"
        ),
        obs=[
            ("Total", 2019, 286, "HKD 100 million", "actual"),
            ("Total", 2024, 512, "HKD 100 million", "actual"),
            ("Total", 2029, 845, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.4, "percent", 2019, 2024, None, "stated"),
            ("cagr", 10.6, "percent", 2024, 2029, None, "stated"),
            ("share", 5.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (512/286)**(1/5)-1 = 1.79021**0.2-1 = 12.352% -> 12.4
            # (845/512)**(1/5)-1 = 10.539% -> 10.5, not 10.6; bounds (845.5/511.5)**0.2-1 = 10.574% -> 10.6,
            # (844.5/512.5)**0.2-1 = 10.505%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Taiwan news with dateline (Traditional Chinese prose): 去年 -> 2024 actual, 今年 -> 2025 estimate,
    #     "約" approximate; a second publisher's 2024 figure (980億元), 逾九成, commission range, courier count
    #     and a survey answer are expected nowhere
    dict(
        text=(
            "（遠景日報記者／台北2025年5月20日）市調機構遠岫研究今天發布報告指出，去年台灣餐飲外送市場規模約新台幣"
            "1,020億元，今年可望成長至1,130億元，年增10.8%。報告指出，兩大外送平台合計市占率逾九成，外送員人數約"
            "15萬人；平台向餐廳收取的抽成普遍落在30%至35%之間。受訪消費者中有62%表示每週至少叫一次外送。另一家"
            "機構則估計去年市場規模為新台幣980億元。"
        ),
        obs=[
            ("Total", 2024, 1020, "TWD 100 million", "actual"),
            ("Total", 2025, 1130, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1130/1020-1 = 10.784% -> 10.8
        ],
    ),
    # 32. sell-side deep-dive (Simplified Chinese prose): "2024-2030年CAGR为16.5%" contradicted by 3,002 and
    #     8,150亿元; part 线上渠道 with its share (arithmetic); target price, PE and pet count are distractors
    dict(
        text=(
            "【深度报告】澄湖证券，2025年6月。我们测算2024年中国宠物消费市场规模为3,002亿元，其中线上渠道1,221亿元，"
            "占比40.7%。受益于养宠渗透率提升与单宠消费升级，我们预计2030年市场规模有望达到8,150亿元，2024-2030年"
            "CAGR为16.5%。首次覆盖，给予“推荐”评级，目标价68.0元，对应2025年30倍PE、2026年24倍PE。全国城镇犬猫"
            "数量已达1.24亿只。"
        ),
        obs=[
            ("Total", 2024, 3002, "CNY 100 million", "actual"),
            ("线上渠道", 2024, 1221, "CNY 100 million", "actual"),
            ("Total", 2030, 8150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.7, "percent", 2024, 2024, None),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1221/3002 = 40.673% -> 40.7
            # (8150/3002)**(1/6)-1 = 2.71486**(1/6)-1 = 18.111%; bounds 18.107% .. 18.116%; none reaches 16.5
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. industry comment (Simplified Chinese prose): OTA market in 万亿元 (CNY trillion), "较2020年的0.62万亿元
    #     增长2倍" between two printed amounts -> x3 over 4 years, no verdict; CR5 and leader shares; take rate,
    #     user count and 千亿级 are distractors
    dict(
        text=(
            "在线旅游行业点评：据溯光咨询统计，2024年中国在线旅游（OTA）市场交易规模为1.86万亿元，较2020年的0.62万亿元"
            "增长2倍。行业集中度较高，CR5合计市场份额为78.4%，其中龙头平台份额为46.2%。行业平均佣金率约为8.5%，在线"
            "旅游用户规模达5.4亿人。我们认为，出境游恢复与下沉市场渗透仍将带来千亿级增量空间。"
        ),
        obs=[
            ("Total", 2024, 1.86, "CNY trillion", "actual"),
            ("Total", 2020, 0.62, "CNY trillion", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 增长2倍 between two printed amounts -> x3 (1.86/0.62 = 3.0)
            ("share", 78.4, "percent", 2024, 2024, None),
            ("share", 46.2, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 34. thematic report (Simplified Chinese prose): "年均复合增速18.8%" with no span printed -> inferred from the
    #     amounts' years 2021 and 2024 (cagr|period); 2027 "8,400亿元左右" estimate; user count, basket size,
    #     约六成, company GMV growth and net margin are distractors
    dict(
        text=(
            "二手电商专题：据青禾研究数据，2021年我国二手电商交易规模为3,150亿元，2024年增至5,280亿元，年均复合增速"
            "18.8%。展望未来，青禾研究预计2027年交易规模将达到8,400亿元左右。2024年行业交易用户约1.9亿人，平均客单价"
            "约为650元；行业前三名合计占据约六成份额。公司层面，2024年平台GMV同比增长27%，经调整净利率为4.3%。"
        ),
        obs=[
            ("Total", 2021, 3150, "CNY 100 million", "actual"),
            ("Total", 2024, 5280, "CNY 100 million", "actual"),
            ("Total", 2027, 8400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5280/3150)**(1/3)-1 = 1.67619**(1/3)-1 = 18.789% -> 18.8
        ],
    ),
    # 35. English pipe table from a prospectus: consultant's market table by year, historical and E columns, two
    #     CAGR columns; the single row's label is the item; RMB billion -> CNY billion; note number a distractor
    dict(
        text=(
            "Market size of China's cross-border B2C e-commerce exports, 2019-2029E\n"
            "\n"
            "| RMB billion | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025E | 2026E | 2027E | 2028E | 2029E "
            "| CAGR 2019-2024 | CAGR 2024-2029E |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            "| Cross-border B2C exports | 412.0 | 538.6 | 671.3 | 790.2 | 912.8 | 1,064.5 | 1,221.0 | 1,384.7 "
            "| 1,552.9 | 1,722.4 | 1,891.6 | 20.9% | 12.2% |\n"
            "\n"
            "Source: Ashgrove Consulting. Note 2: E denotes estimates; the Company held 2,600 active merchant "
            "accounts at year-end 2024."
        ),
        obs=[
            ("Cross-border B2C exports", 2019, 412.0, "CNY billion", "actual"),
            ("Cross-border B2C exports", 2020, 538.6, "CNY billion", "actual"),
            ("Cross-border B2C exports", 2021, 671.3, "CNY billion", "actual"),
            ("Cross-border B2C exports", 2022, 790.2, "CNY billion", "actual"),
            ("Cross-border B2C exports", 2023, 912.8, "CNY billion", "actual"),
            ("Cross-border B2C exports", 2024, 1064.5, "CNY billion", "actual"),
            ("Cross-border B2C exports", 2025, 1221.0, "CNY billion", "estimate"),
            ("Cross-border B2C exports", 2026, 1384.7, "CNY billion", "estimate"),
            ("Cross-border B2C exports", 2027, 1552.9, "CNY billion", "estimate"),
            ("Cross-border B2C exports", 2028, 1722.4, "CNY billion", "estimate"),
            ("Cross-border B2C exports", 2029, 1891.6, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2019, 2024, None, "stated"),
            ("cagr", 12.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1064.5/412.0)**(1/5)-1 = 2.58374**0.2-1 = 20.907% -> 20.9
            ("cagr|implied", "exact"),  # (1891.6/1064.5)**(1/5)-1 = 1.77699**0.2-1 = 12.186% -> 12.2
        ],
    ),
    # 36. Simplified Chinese pipe table: market split by category with a 合计 row, two year columns; 2023 adds up
    #     exactly, 2024 only within rounding; table number and note are distractors
    dict(
        text=(
            "表3：2023-2024年中国即时零售市场规模（按品类，亿元）\n"
            "| 品类 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 生鲜食杂 | 2,046.3 | 2,498.7 |\n"
            "| 日用百货 | 1,187.4 | 1,402.6 |\n"
            "| 医药健康 | 762.9 | 955.1 |\n"
            "| 3C数码 | 548.2 | 716.8 |\n"
            "| 其他 | 905.6 | 1,046.5 |\n"
            "| 合计 | 5,450.4 | 6,619.9 |\n"
            "资料来源：云栖研究。注：各项加总与合计之差系四舍五入所致。"
        ),
        obs=[
            ("生鲜食杂", 2023, 2046.3, "CNY 100 million", "actual"),
            ("日用百货", 2023, 1187.4, "CNY 100 million", "actual"),
            ("医药健康", 2023, 762.9, "CNY 100 million", "actual"),
            ("3C数码", 2023, 548.2, "CNY 100 million", "actual"),
            ("其他", 2023, 905.6, "CNY 100 million", "actual"),
            ("合计", 2023, 5450.4, "CNY 100 million", "actual"),
            ("生鲜食杂", 2024, 2498.7, "CNY 100 million", "actual"),
            ("日用百货", 2024, 1402.6, "CNY 100 million", "actual"),
            ("医药健康", 2024, 955.1, "CNY 100 million", "actual"),
            ("3C数码", 2024, 716.8, "CNY 100 million", "actual"),
            ("其他", 2024, 1046.5, "CNY 100 million", "actual"),
            ("合计", 2024, 6619.9, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2046.3+1187.4+762.9+548.2+905.6 = 5450.4 = printed 5,450.4
            # 2024: 2498.7+1402.6+955.1+716.8+1046.5 = 6619.7 vs 6,619.9; parts' sum bounds 6619.45..6619.95
            # overlap the total's 6619.85..6619.95
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. English tab-separated vertical table: rows are years, lone value column headed by its unit only
    #     ("USD billion") -> Total; a YoY column, one of whose rates (2024: 16.5%) its own amounts contradict;
    #     exhibit number, price target and upside are distractors
    dict(
        text=(
            "Exhibit 7: Global social commerce GMV, 2020-2025E\n"
            "Year\tUSD billion\tYoY\n"
            "2020\t474\t-\n"
            "2021\t612\t29.1%\n"
            "2022\t728\t19.0%\n"
            "2023\t861\t18.3%\n"
            "2024\t1,012\t16.5%\n"
            "2025E\t1,168\t15.4%\n"
            "Source: Marlow Peak Research estimates. Our $95 target price for Tessaly Group implies 22% upside."
        ),
        obs=[
            ("Total", 2020, 474, "USD billion", "actual"),
            ("Total", 2021, 612, "USD billion", "actual"),
            ("Total", 2022, 728, "USD billion", "actual"),
            ("Total", 2023, 861, "USD billion", "actual"),
            ("Total", 2024, 1012, "USD billion", "actual"),
            ("Total", 2025, 1168, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2020, 2021, 1.0),
            ("growth", 19.0, "percent", 2021, 2022, 1.0),
            ("growth", 18.3, "percent", 2022, 2023, 1.0),
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("growth", 15.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612/474-1 = 29.114% -> 29.1
            ("cagr|implied", "exact"),  # 728/612-1 = 18.954% -> 19.0
            ("cagr|implied", "exact"),  # 861/728-1 = 18.269% -> 18.3
            # 1012/861-1 = 17.538%; bounds 1011.5/861.5-1 = 17.411% .. 1012.5/860.5-1 = 17.664%; 16.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1168/1012-1 = 15.415% -> 15.4
        ],
    ),
    # 38. Traditional Chinese space-aligned horizontal table (Hong Kong prospectus): 億港元 by year with E columns
    #     and a CAGR line below; the row label is the item
    dict(
        text=(
            "圖表：香港外賣平台市場規模（億港元），2020年至2027年（估計）\n"
            "            2020    2021    2022    2023    2024   2025E   2026E   2027E\n"
            "外賣平台    98.5   121.4   138.0   146.2   157.9   168.6   178.3   187.0\n"
            "複合年增長率：2020年至2024年 12.5%；2024年至2027E年 5.8%\n"
            "資料來源：灝思諮詢"
        ),
        obs=[
            ("外賣平台", 2020, 98.5, "HKD 100 million", "actual"),
            ("外賣平台", 2021, 121.4, "HKD 100 million", "actual"),
            ("外賣平台", 2022, 138.0, "HKD 100 million", "actual"),
            ("外賣平台", 2023, 146.2, "HKD 100 million", "actual"),
            ("外賣平台", 2024, 157.9, "HKD 100 million", "actual"),
            ("外賣平台", 2025, 168.6, "HKD 100 million", "estimate"),
            ("外賣平台", 2026, 178.3, "HKD 100 million", "estimate"),
            ("外賣平台", 2027, 187.0, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.5, "percent", 2020, 2024, None, "stated"),
            ("cagr", 5.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (157.9/98.5)**(1/4)-1 = 1.60305**0.25-1 = 12.522% -> 12.5
            ("cagr|implied", "exact"),  # (187.0/157.9)**(1/3)-1 = 1.18429**(1/3)-1 = 5.800% -> 5.8
        ],
    ),
    # 39. Simplified Chinese space-aligned concentration table: one line of prose sizing the market (约2,480亿元),
    #     then five players' shares (share claims, no amounts so no verdict) and the top five's combined share;
    #     rank numbers, gross margin and 团长 headcount are distractors
    dict(
        text=(
            "2024年中国社区团购市场规模约为2,480亿元。下表为主要平台按GMV计的市场份额：\n"
            "排名  平台        市场份额\n"
            "1     甲橙优选    35.2%\n"
            "2     邻鲜团      24.6%\n"
            "3     小集拼购    12.1%\n"
            "4     早市到家     6.8%\n"
            "5     禾苗团       4.3%\n"
            "前五名合计市场份额为83.0%；行业平均毛利率约为18%，团长数量超过300万名。"
        ),
        obs=[
            ("Total", 2024, 2480, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 24.6, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
            ("share", 6.8, "percent", 2024, 2024, None),
            ("share", 4.3, "percent", 2024, 2024, None),
            ("share", 83.0, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 40. English pipe table: Japan live commerce by segment in ¥ billion (JPY billion), Total row, an E column;
    #     every column adds up; YoY rates for the total in a line below; a P/E multiple is a distractor
    dict(
        text=(
            "Japan live commerce market by segment (¥ billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Fashion & apparel | 61.4 | 78.2 | 96.5 |\n"
            "| Beauty & personal care | 38.9 | 47.6 | 57.3 |\n"
            "| Food & beverages | 22.7 | 29.8 | 37.1 |\n"
            "| Other | 14.5 | 17.3 | 20.4 |\n"
            "| Total | 137.5 | 172.9 | 211.3 |\n"
            "Source: Kestrel Research Japan. The total grew 25.7% in 2024 and is expected to grow 22.2% in 2025. "
            "Our top pick in the space trades at 18x FY2025 P/E."
        ),
        obs=[
            ("Fashion & apparel", 2023, 61.4, "JPY billion", "actual"),
            ("Beauty & personal care", 2023, 38.9, "JPY billion", "actual"),
            ("Food & beverages", 2023, 22.7, "JPY billion", "actual"),
            ("Other", 2023, 14.5, "JPY billion", "actual"),
            ("Total", 2023, 137.5, "JPY billion", "actual"),
            ("Fashion & apparel", 2024, 78.2, "JPY billion", "actual"),
            ("Beauty & personal care", 2024, 47.6, "JPY billion", "actual"),
            ("Food & beverages", 2024, 29.8, "JPY billion", "actual"),
            ("Other", 2024, 17.3, "JPY billion", "actual"),
            ("Total", 2024, 172.9, "JPY billion", "actual"),
            ("Fashion & apparel", 2025, 96.5, "JPY billion", "estimate"),
            ("Beauty & personal care", 2025, 57.3, "JPY billion", "estimate"),
            ("Food & beverages", 2025, 37.1, "JPY billion", "estimate"),
            ("Other", 2025, 20.4, "JPY billion", "estimate"),
            ("Total", 2025, 211.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 61.4+38.9+22.7+14.5 = 137.5
            ("hierarchy", "exact"),  # 2024: 78.2+47.6+29.8+17.3 = 172.9
            ("hierarchy", "exact"),  # 2025E: 96.5+57.3+37.1+20.4 = 211.3
            ("cagr|implied", "exact"),  # 172.9/137.5-1 = 25.745% -> 25.7
            ("cagr|implied", "exact"),  # 211.3/172.9-1 = 22.209% -> 22.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 12, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up from $64bn in 2024',
    '(10.5% CAGR)',
    'SOM: $410M in 2024',
    'representing a 2019-2024 CAGR of 23.2%',
    'last year, up 62% from $12.1 billion in 2023',
    'roughly $90 billion this year',
    'up 14% from €3.5 billion a year earlier',
    'a 2024-29 CAGR of 12.9%',
    '¥1.3 trillion by fiscal 2029',
    'more than fourfold in five years',
    'between HK$22 billion and HK$26 billion',
    '预计将于2029年达到人民币2.1万亿元',
    '较2020年增长3倍',
    '預估2025年可望突破7,000億元',
    '2024至2029年複合年增長率為16.0%',
    '| Total | 4,665 | 5,370 | 100.0% |',
    'Total\t2,575\t2,786\t707',
    '2025E     58.0',
    'CAGR 22-24   CAGR 24-27E',
    '合計\t915\t1,016\t100.0%',
    'up from $64bn in 2024',
    'serviceable addressable market (SAM)',
    'climbed 42% last year to $22.4 billion',
    'compounding at around 15% a year from 2025 to 2028',
    'A separate estimate from',
    '年复合增长率为33.9%',
    '较2023年的4.9万亿元同比增长19.3%',
    '2024年这一规模达到2.63万亿元',
    '2024至2027年複合成長率為8.9%',
    '複合年增長率為12.4%',
    '今年可望成長至1,130億元',
    '2024-2030年CAGR为16.5%',
    '增长2倍',
    '年均复合增速18.8%',
    '| CAGR 2019-2024 | CAGR 2024-2029E |',
    '| 合计 | 5,450.4 | 6,619.9 |',
    '2025E\t1,168\t15.4%',
    '外賣平台    98.5',
    '前五名合计市场份额为83.0%',
    '| Total | 137.5 | 172.9 | 211.3 |',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 12, 14, 14)
#: the set's blind score (written without reading or running the extractor): 214 figures, 56 rates, 75 verdicts and
#: 1 false inconsistent on the code before the readings chosen on it
FLOORS = {"figures_found": 221, "rates_found": 56, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset102.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
