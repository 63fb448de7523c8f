"""A hundred-and-fifty-first check set for the extractor, written blind: AI in telecom networks: network automation and
self-organising network software, AI for RAN energy saving, predictive maintenance of towers and fibre, AI-driven
customer churn and fraud analytics for operators, AI traffic management in 5G and 6G cores, sized in money by telecom
analysts, operators' associations, equipment makers' white papers, brokers, provincial information-industry plans,
Japanese, Korean, Indian and Taiwanese research houses. Distractors a careful reader leaves out: base stations built,
subscribers, terabytes of traffic, spectrum auction prices, an operator's own revenue or capex, ARPU, kilowatt-hours
saved, a quarter's figures, the whole telecom services or equipment market beside the AI part.

Snippets 1-20: AI in telecom networks (SON and network-automation software, AI for RAN energy saving, predictive
maintenance of towers and fibre, AI churn and fraud analytics for operators, AI traffic management in 5G/6G cores).
1-8 are English prose: a dated wire press release with a year-on-year rate and a stated CAGR, a broker sector note
with a share, a multiple and a price target, a news article quoting two publishers (the first one's CAGR only
rounding-consistent), an earnings-call transcript sizing a TAM "this year", a European tower-and-fibre association
yearbook with parts and a share, a Japanese research house's yen release with a revised fiscal-year figure, an Indian
research house's release whose stated CAGR its amounts contradict (plus a rupee figure) and a Korean institute's
release with "last year", a multiple, a range and won figures. 9-15 are Chinese prose: a Zhejiang action plan with
targets, a broker report with a share and a rounding CAGR, a Taiwanese research release in 新台幣億元, a Hong Kong news
item in 億港元 whose year-on-year rate is inconsistent, a Taiwanese article quoting two publishers in 億美元 (those three in
Traditional Chinese), a Xinhua wire with a multiple and a quarter, and a white paper with a 万亿元 target converted to 亿元
and an inferred CAGR. 16-20 are tables: a markdown pipe table with E/F columns, a total row and a CAGR in its note; a
space-aligned fiscal-year table in yen with years as rows and a Total column; a tab-separated Chinese table with a
total row and a year-on-year row; a space-aligned regional table with its total row first and a CAGR column; and a
markdown table with years as rows under a lone unit-only column. Distractors a careful reader leaves out: report and
reference numbers, title years, edition numbers, base stations and towers, subscribers, traffic in terabytes and GB,
spectrum auction prices, kWh saved, operators' capex, ARPU, a vendor's own revenue, orders, margin and share target,
price targets and P/E multiples, fraud losses, survey respondents and counts of firms, penetration/coverage rates, a
quarter's figure, the whole telecom services market beside the AI part, won and rupee amounts, a second publisher's
figure and a superseded (revised) figure.

Snippets 21-40: AI in telecom networks (network automation and SON software, AI for RAN energy saving, predictive
maintenance of towers and fibre, churn and fraud analytics for operators, AI traffic management in 5G/6G cores). Eight
English prose pieces (an equipment maker's earnings call sizing its TAM, a research abstract, a LinkedIn post, a forum
answer naming a second publisher, investor-day slide bullets, a Japanese ministry white paper, a news page carrying a
correction, an Indian research note), seven Chinese prose pieces (a provincial action plan, a broker note, a wire
story with a second publisher, a Taiwanese annual report, a Hong Kong newspaper report, a Taiwanese wire story, a
Zhihu answer; three in Traditional Chinese, in TWD, HKD and USD), and five tables (markdown by application with E/F
columns, a tab-separated vertical table with a YoY column, a Chinese space-aligned table with a share column, a
regional table with a CAGR column, a Japanese fiscal-year table in 100 million yen). Distractors left out: operators'
and vendors' own revenue, orders, capex and share targets, quarter figures, base stations, towers, subscribers,
traffic (EB, Tbps), energy saved (GWh, TWh, kWh), spectrum auction prices, rupee and won amounts, price targets and
upside, survey and adoption percentages, churn rates, ARPU, fraud losses, the whole telecom-equipment market beside
the AI part, shares given only in words, report and document numbers, title years. Two rates are inconsistent (a CAGR
left unchanged after a corrected base; a CAGR the amounts cannot give).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English), SON/network-automation software. Year-on-year rate with both amounts, stated
    #    2024-2030 CAGR. Expected nowhere: title years 2025-2030, ref. number, 1.1 million base stations, 64 operators, 27 vendors.
    dict(
        text=(
            "ESPOO, Finland, 4 February 2025 /Business Wire/ -- Nordvik Insight, a telecom analyst firm, today "
            "published 'Self-Organising Networks and Network Automation Software: Global Forecast 2025-2030' (ref. "
            "NVI-2502-SON). The firm puts global spending on SON and closed-loop network automation software at "
            "USD 5.84 billion in 2024, 17.5% more than the USD 4.97 billion operators spent in 2023. Most of the "
            "growth came from intent-based orchestration in 5G standalone networks; operators switched on about "
            "1.1 million new 5G base stations during the year, the report notes. By 2030 Nordvik expects the market "
            "to be worth USD 15.6 billion, implying a 17.8% compound annual growth rate over 2024-2030. The forecast "
            "draws on interviews with 64 operators and profiles 27 vendors."
        ),
        obs=[
            ("Total", 2023, 4.97, "USD billion", "actual"),
            ("Total", 2024, 5.84, "USD billion", "actual"),
            ("Total", 2030, 15.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.84 / 4.97 - 1 = 17.505% -> 17.5
            ("cagr|implied", "exact"),  # (15.6 / 5.84) ** (1 / 6) - 1 = 17.793% -> 17.8
        ],
    ),
    # 2. Broker sector note (English), RAN energy-saving software. A part (China) with its share of the printed whole; a
    #    multiple 2024->2027. Expected nowhere: TP HK$38.50 and +22% upside, "20-30% of site power", 9.6bn kWh,
    #    Huaxin's own HK$1.9bn revenue and its 25% share target.
    dict(
        text=(
            "Asia Telecom Equipment | Sector note | 9 June 2025\n"
            "Huaxin Networks (HXN): Overweight, TP HK$38.50 (+22%)\n"
            "AI-driven RAN energy saving is turning into a software line in its own right. We estimate the global "
            "market for RAN energy-saving software (cell sleep, carrier shutdown, AI-tuned massive-MIMO muting) at "
            "US$1.35bn in 2024, of which China accounted for US$0.52bn, or 38.5%. By 2027 we see the market at "
            "US$3.5bn, roughly 2.6x the 2024 level, as operators go after the 20-30% of site power that idles at "
            "night; Chinese operators alone saved 9.6bn kWh last year with such features. Huaxin's own "
            "energy-software revenue was HK$1.9bn in 2024, and we model its share of the market rising to 25%."
        ),
        obs=[
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("China", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2027, 3.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("multiple", 2.6, "multiple", 2024, 2027, 3.0),     # 3.5 / 1.35 = 2.59; multiples get no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.52 / 1.35 = 38.519% -> 38.5
        ],
    ),
    # 3. News article quoting two publishers (English), AI fraud management for operators. Kestrel's stated CAGR only
    #    reaches its amounts by rounding. Expected nowhere: Oakbridge's $6.3bn for 2029, $38.9bn fraud losses in 2023,
    #    71% of respondents.
    dict(
        text=(
            "Telcos turn to machine learning as SIM-swap and Wangiri fraud bite\n"
            "By a staff reporter | 21 May 2025\n"
            "Spending on AI-based fraud management by mobile operators is set to climb steeply, according to "
            "Kestrel Research. The consultancy sizes the global market at $2.1 billion in 2024 and expects it to "
            "reach $5.4 billion in 2029, a compound annual rate of 20.5% between 2024 and 2029. Rival house "
            "Oakbridge Partners is more bullish, putting the 2029 figure at $6.3 billion. Operators lost an "
            "estimated $38.9 billion to fraud in 2023, an industry fraud-control association said in its latest "
            "survey, in which 71% of respondents reported rising attack volumes."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2029, 5.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (5.4 / 2.1) ** (1 / 5) - 1 = 20.791% -> 20.8, not 20.5; bounds
                                           # (5.35 / 2.15) ** 0.2 - 1 = 20.001% .. (5.45 / 2.05) ** 0.2 - 1 = 21.599%: 20.5 reached
        ],
    ),
    # 4. Earnings-call transcript (English): the TAM the company sizes is the market. "This year" = 2025 (call dated
    #    October 2025) -> estimate; "roughly 20%" CAGR whose span only the amounts' years give. Expected nowhere: $412m
    #    quarterly revenue, orders +9%, 44.8% gross margin, 140 customers, 15% share target.
    dict(
        text=(
            "Tellus Systems, Q3 2025 earnings call, 23 October 2025 - prepared remarks (excerpt)\n"
            "CEO: Let me put the opportunity in context. We size the total addressable market for AI-native network "
            "automation - autonomous operations, RAN intelligence and core traffic steering - at about $12 billion "
            "this year, and we think it gets to $30 billion by 2030. That's roughly 20% compound growth. In the "
            "quarter, our automation software revenue was $412 million, orders rose 9% and gross margin reached "
            "44.8%. We now have 140 operator customers on the platform, and we are raising our ambition to a 15% "
            "share of that market."
        ),
        obs=[
            ("Total", 2025, 12, "USD billion", "estimate"),
            ("Total", 2030, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (30 / 12) ** (1 / 5) - 1 = 20.112% -> 20
        ],
    ),
    # 5. European association yearbook (English), AI predictive maintenance of towers and fibre, EUR million. Growth with
    #    "a year earlier", two parts, one share. Expected nowhere: Yearbook 2025, 17th edition, chapter 6, 42 members,
    #    530,000 towers, EUR 290 billion telecom services revenue (whole market beside the AI part).
    dict(
        text=(
            "European Tower & Fibre Association - Yearbook 2025 (17th edition), chapter 6: Digital operations\n"
            "Spending by European tower companies and fibre network owners on AI-based predictive maintenance "
            "reached EUR 412 million in 2024, against EUR 338 million a year earlier (+21.9%). Tower monitoring - "
            "vibration, corrosion and power-system anomaly detection from drone and sensor data - took EUR 265 "
            "million, 64% of the total; fibre-route analytics (cut prediction, OTDR trend analysis) made up the "
            "remaining EUR 147 million. The association's 42 members operate some 530,000 towers. For scale, "
            "Europe's telecom services revenue was around EUR 290 billion."
        ),
        obs=[
            ("Total", 2023, 338, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Tower monitoring", 2024, 265, "EUR million", "actual"),
            ("Fibre-route analytics", 2024, 147, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 338 - 1 = 21.893% -> 21.9
            ("arithmetic", "exact"),    # 265 / 412 = 64.320% -> 64
        ],
    ),
    # 6. Japanese research house release (English, yen), AI network operations, fiscal years. FY2024 revised figure is
    #    the figure; the preliminary ¥46.2 billion is expected nowhere; so are the 38 respondents and survey months.
    dict(
        text=(
            "TOKYO, August 28, 2025 - Fuji Chiken Research Institute today announced the results of its survey of "
            "the domestic market for AI-based network operations (AIOps for mobile and fixed networks, including "
            "autonomous fault isolation and RAN parameter optimisation). The market expanded 12.2% year on year to "
            "¥48.6 billion in fiscal 2024, up from ¥43.3 billion in fiscal 2023. The fiscal 2024 figure has been "
            "revised from the ¥46.2 billion given in our preliminary release in March. Looking ahead, the institute "
            "projects the market will reach ¥82.0 billion in fiscal 2028, a CAGR of 14.0% from fiscal 2024 to fiscal "
            "2028. The survey covered 38 carriers, MVNOs and vendors between April and July 2025. (Fiscal years run "
            "April through March.)"
        ),
        obs=[
            ("Total", 2023, 43.3, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 82.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.2, "percent", 2023, 2024, 1.0),
            ("cagr", 14.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 43.3 - 1 = 12.240% -> 12.2
            ("cagr|implied", "exact"),  # (82.0 / 48.6) ** (1 / 4) - 1 = 13.971% -> 14.0
        ],
    ),
    # 7. Indian research house release (English). Series in USD million; the 2029 figure in USD billion is converted.
    #    The stated CAGR is INCONSISTENT with the amounts (a typo). Expected nowhere: ₹3,450 crore (rupees), "roughly a
    #    third", 4.6 lakh 5G sites, 1.15 billion subscribers, ARPU ₹182.
    dict(
        text=(
            "New Delhi, 16 January 2025: India's telecom operators are moving churn prediction, fraud detection and "
            "network self-healing onto AI platforms, says a new study by Bharat TechScope Research. The firm values "
            "the Indian market for AI in telecom networks and operations at USD 410 million in 2024 (about ₹3,450 "
            "crore) and forecasts USD 1.42 billion by 2029, growing at a CAGR of 31.5% over 2024-2029. Churn and "
            "fraud analytics make up roughly a third of spending. India added some 4.6 lakh 5G sites in two years "
            "and has 1.15 billion wireless subscribers, while blended ARPU stood near ₹182 a month."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2029, 1420, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1420 / 410) ** (1 / 5) - 1 = 28.204%; bounds (1415 / 410.5) ** 0.2 - 1
                                               # = 28.082% .. (1425 / 409.5) ** 0.2 - 1 = 28.325%: 31.5 not reached
        ],
    ),
    # 8. Korean institute release (English). "Last year" = 2024 (dateline 2025); "grow 2.4 times" a multiple 2024->2028;
    #    a 2030 range gives two value claims. Expected nowhere: 412 billion won, 1.2 trillion won spectrum auction,
    #    1.1 million terabytes a month.
    dict(
        text=(
            "SEOUL, March 11, 2025 - The Hanbit Telecom Economics Institute (HTEI) said on Tuesday that the global "
            "market for AI-based traffic management software in 5G standalone and early 6G cores reached USD 1.9 "
            "billion last year, and that it should grow 2.4 times to USD 4.6 billion by 2028 as operators automate "
            "network slicing and user-plane steering. Further out, the institute puts the market at between USD 6.5 "
            "billion and USD 7.8 billion in 2030, depending on when 6G launches. In Korea, the three carriers spent "
            "412 billion won on such software last year, HTEI estimates, while the latest auction of 3.7GHz spectrum "
            "closed at 1.2 trillion won. Korean mobile data traffic topped 1.1 million terabytes a month in December."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2028, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2028, 4.0),     # 4.6 / 1.9 = 2.42; no verdict
            ("value", 6.5, "USD billion", 2030, 2030, None),
            ("value", 7.8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 9. Provincial action plan (Simplified Chinese) with targets (力争, 突破, 达到 -> estimate). Expected nowhere: document
    #    number 浙经信〔2025〕56号, plan title years 2025-2027, 11个设区市, 25万个5G基站, 80% coverage rate, 10家 firms,
    #    超亿元 company revenue threshold.
    dict(
        text=(
            "浙江省经济和信息化厅 浙江省通信管理局关于印发《浙江省“人工智能+通信网络”融合发展行动方案（2025—2027年）》的通知\n"
            "浙经信〔2025〕56号\n"
            "……2024年，全省网络智能化产业规模达到126亿元，AI基站节能、智能运维等应用已在11个设区市落地。"
            "二、主要目标：到2027年，力争全省网络智能化产业规模突破300亿元，其中智能运维与节能服务规模达到120亿元；"
            "累计建成5G基站25万个，重点场景网络智能化覆盖率达到80%以上，培育10家以上年营收超亿元的骨干企业。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("智能运维与节能服务", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 10. Broker industry report (Simplified Chinese). Growth with both amounts, a part with its share, a stated
    #     2024-2027 CAGR that only rounding reaches. Expected nowhere: 中国移动 capex 1640亿元, 目标价28.6元, 25倍PE, 评级.
    dict(
        text=(
            "【鼎信证券】通信行业深度报告：AI重塑电信网络运维（2025年3月18日）\n"
            "评级：推荐（维持）\n"
            "核心观点：我们测算，2024年我国电信运营商AI智能运维市场规模约为86.5亿元，较2023年的69.7亿元同比增长24.1%；"
            "其中无线网络（RAN）节能类应用32.0亿元，占比37.0%。随着运营商资本开支向算力与智能化倾斜（中国移动2024年"
            "资本开支1640亿元），我们预计2027年市场规模将达到175亿元，2024-2027年复合增速26.6%。重点推荐标的目标价"
            "28.6元，对应2025年25倍PE。"
        ),
        obs=[
            ("Total", 2023, 69.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("无线网络（RAN）节能类应用", 2024, 32.0, "CNY 100 million", "actual"),
            ("Total", 2027, 175, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("share", 37.0, "percent", 2024, 2024, None),
            ("cagr", 26.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 86.5 / 69.7 - 1 = 24.103% -> 24.1
            ("arithmetic", "exact"),       # 32.0 / 86.5 = 36.994% -> 37.0
            ("cagr|implied", "rounding"),  # (175 / 86.5) ** (1 / 3) - 1 = 26.476% -> 26.5, not 26.6; bounds
                                           # (174.5 / 86.55) ** (1/3) - 1 = 26.331% .. (175.5 / 86.45) ** (1/3) - 1 = 26.621%
        ],
    ),
    # 11. Taiwanese research house release (Traditional Chinese), 新台幣億元. 2025 is the dateline's year and 預估 -> estimate;
    #     a part with its share; stated 2025-2028 CAGR. Expected nowhere: 312家 respondents, 1,250萬戶 5G subscribers.
    dict(
        text=(
            "【台北訊】（2025/09/18）台灣數位經濟研究院（TDER）今日發布電信業AI應用市場趨勢報告指出，國內電信業者導入AI於"
            "網路維運、基地台節能與客服詐騙防制的支出持續攀升，2025年市場規模預估達新台幣128億元，較2024年的103億元成長"
            "24.3%；其中詐騙防制與用戶流失分析預估達52.5億元，占41.0%。TDER預測，2028年市場規模將上看245億元，2025至"
            "2028年複合成長率為24.2%。本次調查共訪問312家企業；台灣5G用戶數已突破1,250萬戶。"
        ),
        obs=[
            ("Total", 2024, 103, "TWD 100 million", "actual"),
            ("Total", 2025, 128, "TWD 100 million", "estimate"),
            ("詐騙防制與用戶流失分析", 2025, 52.5, "TWD 100 million", "estimate"),
            ("Total", 2028, 245, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2024, 2025, 1.0),
            ("share", 41.0, "percent", 2025, 2025, None),
            ("cagr", 24.2, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 103 - 1 = 24.272% -> 24.3
            ("arithmetic", "exact"),    # 52.5 / 128 = 41.016% -> 41.0
            ("cagr|implied", "exact"),  # (245 / 128) ** (1 / 3) - 1 = 24.161% -> 24.2
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese), 億港元. 去年 = 2024 (dated 2025). The year-on-year 23% is INCONSISTENT
    #     with the printed amounts (the 2023 base was rebased). Expected nowhere: 12.5億港元 fraud losses, 2,400萬 mobile
    #     subscriptions, 首季 revenue +15%.
    dict(
        text=(
            "【本報訊】（2025年5月6日）本港電訊商正加快以人工智能堵截詐騙來電及分析網絡流量。據香港資訊科技研究中心最新報告，"
            "去年（2024年）本港電訊商AI反詐騙及網絡流量分析服務市場規模約6.8億港元，較2023年的5.7億港元按年增長23%。報告"
            "預計，有關市場到2028年有望增至15億港元，2024至2028年複合年增長率約22%。警方數字顯示，去年全港電話騙案損失"
            "金額達12.5億港元，而本港流動電話用戶數目約2,400萬。另有電訊商表示，首季相關收入按年升15%。"
        ),
        obs=[
            ("Total", 2023, 5.7, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("Total", 2028, 15, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 6.8 / 5.7 - 1 = 19.298%; bounds 6.75 / 5.75 - 1 = 17.391% ..
                                               # 6.85 / 5.65 - 1 = 21.239%: 23 not reached
            ("cagr|implied", "exact"),         # (15 / 6.8) ** (1 / 4) - 1 = 21.870% -> 22
        ],
    ),
    # 13. Taiwanese news article quoting two publishers (Traditional Chinese), 億美元. HTR's CAGR "約30%" only rounding
    #     reaches. Expected nowhere: 亞太通訊顧問's 126億美元 for 2030, 20家 suppliers, 6,000座 base stations.
    dict(
        text=(
            "AI-RAN商機升溫 兩研究機構看法不一\n"
            "（2025年2月24日／記者林怡君）人工智慧無線接取網路（AI-RAN）被視為5G-Advanced與6G的關鍵技術。研調機構宏觀科技"
            "研究（HTR）估計，2024年全球AI-RAN市場規模為21億美元，2030年將成長至104億美元，2024至2030年年複合成長率約30%。"
            "另一家研究機構亞太通訊顧問則較為樂觀，預測2030年市場可達126億美元。台灣已有超過20家供應鏈廠商切入，今年國內"
            "電信商並計畫新建約6,000座5G基地台。"
        ),
        obs=[
            ("Total", 2024, 21, "USD 100 million", "actual"),
            ("Total", 2030, 104, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (104 / 21) ** (1 / 6) - 1 = 30.558% -> 31, not 30; bounds
                                           # (103.5 / 21.5) ** (1/6) - 1 = 29.942% .. (104.5 / 20.5) ** (1/6) - 1 = 31.188%
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese), 5G core AI traffic management. Growth over 上年, a multiple over 2021,
    #     今年 = 2025 estimate (超过 -> printed figure). Expected nowhere: 第四季度 17亿元, 425.1万个 base stations,
    #     10.14亿户 users, 3376亿GB traffic.
    dict(
        text=(
            "新华社北京2025年1月20日电（记者王磊）记者从中国通信标准化协会获悉，2024年我国5G核心网智能流量管理市场规模"
            "达到58亿元，比上年的44亿元增长31.8%，是2021年的3.2倍，其中第四季度单季规模为17亿元。截至2024年底，我国累计"
            "建成5G基站425.1万个，5G移动电话用户达10.14亿户，全年移动互联网接入流量达3376亿GB。协会预计，今年该市场规模"
            "将超过70亿元。"
        ),
        obs=[
            ("Total", 2023, 44, "CNY 100 million", "actual"),
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2025, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("multiple", 3.2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 44 - 1 = 31.818% -> 31.8
        ],
    ),
    # 15. Industry white paper (Simplified Chinese). A part with its share; a 2030 target of 0.5万亿元 converted to the
    #     series' 亿元 (5000); a CAGR whose span only its amounts' years give. Expected nowhere: title year 2025, 第三章,
    #     1.74万亿元 telecom services revenue and its 3.2% growth (whole market beside the AI part).
    dict(
        text=(
            "《通信网络智能化发展白皮书（2025年）》第三章指出，2024年我国通信网络智能化市场规模为1260亿元，其中AI网络节能"
            "（含无线基站节能与数据中心制冷优化）市场为227亿元，占比18.0%。白皮书预计，到2030年市场规模将突破0.5万亿元，"
            "年均复合增长率约25.8%。作为对照，2024年全国电信业务收入累计完成1.74万亿元，同比增长3.2%。"
        ),
        obs=[
            ("Total", 2024, 1260, "CNY 100 million", "actual"),
            ("AI网络节能", 2024, 227, "CNY 100 million", "actual"),
            ("Total", 2030, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 18.0, "percent", 2024, 2024, None),
            ("cagr", 25.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 227 / 1260 = 18.016% -> 18.0
            ("cagr|period", "exact"),   # (5000 / 1260) ** (1 / 6) - 1 = 25.825% -> 25.8
        ],
    ),
    # 16. Markdown pipe table, USD million, E/F columns, total row, a stated CAGR in the note line. Expected nowhere:
    #     table number 4, title years 2023-2028F, "June 2025".
    dict(
        text=(
            "Table 4 - Global AI-in-telecom-networks market by use case, 2023-2028F (USD million)\n"
            "\n"
            "| Use case | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Network automation & SON | 1,840 | 2,210 | 2,650 | 4,380 |\n"
            "| RAN energy optimisation | 620 | 810 | 1,050 | 2,160 |\n"
            "| Predictive maintenance | 390 | 480 | 590 | 1,020 |\n"
            "| Churn & fraud analytics | 930 | 1,090 | 1,270 | 1,960 |\n"
            "| 5G/6G core traffic management | 260 | 350 | 470 | 1,150 |\n"
            "| Total | 4,040 | 4,940 | 6,030 | 10,670 |\n"
            "\n"
            "Source: Meridian Telecom Research, Telecom AI Tracker (June 2025). E = estimate, F = forecast; totals may "
            "not add due to rounding. Total market CAGR 2024-2028F: 21.2%."
        ),
        obs=[
            ("Network automation & SON", 2023, 1840, "USD million", "actual"),
            ("Network automation & SON", 2024, 2210, "USD million", "actual"),
            ("Network automation & SON", 2025, 2650, "USD million", "estimate"),
            ("Network automation & SON", 2028, 4380, "USD million", "estimate"),
            ("RAN energy optimisation", 2023, 620, "USD million", "actual"),
            ("RAN energy optimisation", 2024, 810, "USD million", "actual"),
            ("RAN energy optimisation", 2025, 1050, "USD million", "estimate"),
            ("RAN energy optimisation", 2028, 2160, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 390, "USD million", "actual"),
            ("Predictive maintenance", 2024, 480, "USD million", "actual"),
            ("Predictive maintenance", 2025, 590, "USD million", "estimate"),
            ("Predictive maintenance", 2028, 1020, "USD million", "estimate"),
            ("Churn & fraud analytics", 2023, 930, "USD million", "actual"),
            ("Churn & fraud analytics", 2024, 1090, "USD million", "actual"),
            ("Churn & fraud analytics", 2025, 1270, "USD million", "estimate"),
            ("Churn & fraud analytics", 2028, 1960, "USD million", "estimate"),
            ("5G/6G core traffic management", 2023, 260, "USD million", "actual"),
            ("5G/6G core traffic management", 2024, 350, "USD million", "actual"),
            ("5G/6G core traffic management", 2025, 470, "USD million", "estimate"),
            ("5G/6G core traffic management", 2028, 1150, "USD million", "estimate"),
            ("Total", 2023, 4040, "USD million", "actual"),
            ("Total", 2024, 4940, "USD million", "actual"),
            ("Total", 2025, 6030, "USD million", "estimate"),
            ("Total", 2028, 10670, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10670 / 4940) ** (1 / 4) - 1 = 21.230% -> 21.2
            ("hierarchy", "exact"),     # 2023: 1840 + 620 + 390 + 930 + 260 = 4040
            ("hierarchy", "exact"),     # 2024: 2210 + 810 + 480 + 1090 + 350 = 4940
            ("hierarchy", "exact"),     # 2025E: 2650 + 1050 + 590 + 1270 + 470 = 6030
            ("hierarchy", "exact"),     # 2028F: 4380 + 2160 + 1020 + 1960 + 1150 = 10670
        ],
    ),
    # 17. Space-aligned table, years (fiscal) as rows, ¥ billion, value columns by segment and a Total column. Expected
    #     nowhere: "October 2025" in the note.
    dict(
        text=(
            "Domestic telecom AI market by segment, fiscal years (¥ billion)\n"
            "Fiscal year   Network automation   Customer analytics   Total\n"
            "FY2022                      18.4                  9.1    27.5\n"
            "FY2023                      22.7                 10.6    33.3\n"
            "FY2024                      27.9                 12.5    40.4\n"
            "FY2025E                     33.8                 14.9    48.7\n"
            "FY2026F                     40.6                 17.6    58.2\n"
            "Note: Customer analytics covers churn prediction, fraud detection and next-best-offer engines sold to "
            "carriers. FY = April-March. E/F = Sakura Mirai Research estimate/forecast, October 2025."
        ),
        obs=[
            ("Network automation", 2022, 18.4, "JPY billion", "actual"),
            ("Network automation", 2023, 22.7, "JPY billion", "actual"),
            ("Network automation", 2024, 27.9, "JPY billion", "actual"),
            ("Network automation", 2025, 33.8, "JPY billion", "estimate"),
            ("Network automation", 2026, 40.6, "JPY billion", "estimate"),
            ("Customer analytics", 2022, 9.1, "JPY billion", "actual"),
            ("Customer analytics", 2023, 10.6, "JPY billion", "actual"),
            ("Customer analytics", 2024, 12.5, "JPY billion", "actual"),
            ("Customer analytics", 2025, 14.9, "JPY billion", "estimate"),
            ("Customer analytics", 2026, 17.6, "JPY billion", "estimate"),
            ("Total", 2022, 27.5, "JPY billion", "actual"),
            ("Total", 2023, 33.3, "JPY billion", "actual"),
            ("Total", 2024, 40.4, "JPY billion", "actual"),
            ("Total", 2025, 48.7, "JPY billion", "estimate"),
            ("Total", 2026, 58.2, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # FY2022: 18.4 + 9.1 = 27.5
            ("hierarchy", "exact"),     # FY2023: 22.7 + 10.6 = 33.3
            ("hierarchy", "exact"),     # FY2024: 27.9 + 12.5 = 40.4
            ("hierarchy", "exact"),     # FY2025E: 33.8 + 14.9 = 48.7
            ("hierarchy", "exact"),     # FY2026F: 40.6 + 17.6 = 58.2
        ],
    ),
    # 18. Tab-separated Chinese table, 亿元, total row 合计 and a year-on-year row; the 2024 rate only rounding reaches.
    #     Expected nowhere: 表2, title years 2022-2025, source date 2025年4月.
    dict(
        text=(
            "表2  2022-2025年我国电信运营商AI反欺诈与客户流失分析市场规模\n"
            "单位：亿元\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "反欺诈分析\t18.2\t23.9\t31.0\t39.6\n"
            "客户流失预测\t12.4\t15.9\t20.5\t26.3\n"
            "合计\t30.6\t39.8\t51.5\t65.9\n"
            "合计同比增速（%）\t—\t30.1\t29.6\t28.0\n"
            "资料来源：华研通信研究院，2025年4月。注：2025年E为预测值。"
        ),
        obs=[
            ("反欺诈分析", 2022, 18.2, "CNY 100 million", "actual"),
            ("反欺诈分析", 2023, 23.9, "CNY 100 million", "actual"),
            ("反欺诈分析", 2024, 31.0, "CNY 100 million", "actual"),
            ("反欺诈分析", 2025, 39.6, "CNY 100 million", "estimate"),
            ("客户流失预测", 2022, 12.4, "CNY 100 million", "actual"),
            ("客户流失预测", 2023, 15.9, "CNY 100 million", "actual"),
            ("客户流失预测", 2024, 20.5, "CNY 100 million", "actual"),
            ("客户流失预测", 2025, 26.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 30.6, "CNY 100 million", "actual"),
            ("合计", 2023, 39.8, "CNY 100 million", "actual"),
            ("合计", 2024, 51.5, "CNY 100 million", "actual"),
            ("合计", 2025, 65.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2022, 2023, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 39.8 / 30.6 - 1 = 30.065% -> 30.1
            ("cagr|implied", "rounding"),  # 51.5 / 39.8 - 1 = 29.397% -> 29.4, not 29.6; bounds
                                           # 51.45 / 39.85 - 1 = 29.109% .. 51.55 / 39.75 - 1 = 29.686%
            ("cagr|implied", "exact"),     # 65.9 / 51.5 - 1 = 27.961% -> 28.0
            ("hierarchy", "exact"),        # 2022: 18.2 + 12.4 = 30.6
            ("hierarchy", "exact"),        # 2023: 23.9 + 15.9 = 39.8
            ("hierarchy", "exact"),        # 2024: 31.0 + 20.5 = 51.5
            ("hierarchy", "exact"),        # 2025E: 39.6 + 26.3 = 65.9
        ],
    ),
    # 19. Space-aligned regional table, USD million, total row printed first, E/F columns and a CAGR column (span printed
    #     in its header); Rest of world's CAGR only rounding reaches. Expected nowhere: "July 2025" in the source line.
    dict(
        text=(
            "AI-based RAN energy-saving software revenue by region (USD million)\n"
            "Region             2024    2025E    2029F    CAGR 2024-29\n"
            "World total       1,212    1,484    3,260           21.9%\n"
            "North America       286      352      760           21.6%\n"
            "Europe              318      371      690           16.8%\n"
            "Asia-Pacific        512      640    1,520           24.3%\n"
            "Rest of world        96      121      290           24.6%\n"
            "Source: Lindqvist & Rao Telecom Advisory, July 2025. E = estimate, F = forecast. Rest of world covers the "
            "Middle East, Africa and Latin America."
        ),
        obs=[
            ("World total", 2024, 1212, "USD million", "actual"),
            ("World total", 2025, 1484, "USD million", "estimate"),
            ("World total", 2029, 3260, "USD million", "estimate"),
            ("North America", 2024, 286, "USD million", "actual"),
            ("North America", 2025, 352, "USD million", "estimate"),
            ("North America", 2029, 760, "USD million", "estimate"),
            ("Europe", 2024, 318, "USD million", "actual"),
            ("Europe", 2025, 371, "USD million", "estimate"),
            ("Europe", 2029, 690, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 512, "USD million", "actual"),
            ("Asia-Pacific", 2025, 640, "USD million", "estimate"),
            ("Asia-Pacific", 2029, 1520, "USD million", "estimate"),
            ("Rest of world", 2024, 96, "USD million", "actual"),
            ("Rest of world", 2025, 121, "USD million", "estimate"),
            ("Rest of world", 2029, 290, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # World: (3260 / 1212) ** (1 / 5) - 1 = 21.883% -> 21.9
            ("cagr|implied", "exact"),     # North America: (760 / 286) ** 0.2 - 1 = 21.588% -> 21.6
            ("cagr|implied", "exact"),     # Europe: (690 / 318) ** 0.2 - 1 = 16.757% -> 16.8
            ("cagr|implied", "exact"),     # Asia-Pacific: (1520 / 512) ** 0.2 - 1 = 24.312% -> 24.3
            ("cagr|implied", "rounding"),  # Rest of world: (290 / 96) ** 0.2 - 1 = 24.746% -> 24.7, not 24.6; bounds
                                           # (289.5 / 96.5) ** 0.2 - 1 = 24.573% .. (290.5 / 95.5) ** 0.2 - 1 = 24.919%
            ("hierarchy", "exact"),        # 2024: 286 + 318 + 512 + 96 = 1212
            ("hierarchy", "exact"),        # 2025E: 352 + 371 + 640 + 121 = 1484
            ("hierarchy", "exact"),        # 2029F: 760 + 690 + 1520 + 290 = 3260
        ],
    ),
    # 20. Markdown table with years as rows under a lone unit-only column (-> Total), EUR million, E/F rows, a stated
    #     CAGR under it. Expected nowhere: report No. 12, "November 2025".
    dict(
        text=(
            "European operators' spending on AI-driven network automation\n"
            "\n"
            "| Year | EUR million |\n"
            "|------|------------:|\n"
            "| 2022 | 610 |\n"
            "| 2023 | 742 |\n"
            "| 2024 | 905 |\n"
            "| 2025E | 1,090 |\n"
            "| 2027F | 1,560 |\n"
            "\n"
            "Source: Connectivity Intelligence Report No. 12, Brussels, November 2025. E = estimate; F = forecast. "
            "CAGR 2024-2027F: 19.9%."
        ),
        obs=[
            ("Total", 2022, 610, "EUR million", "actual"),
            ("Total", 2023, 742, "EUR million", "actual"),
            ("Total", 2024, 905, "EUR million", "actual"),
            ("Total", 2025, 1090, "EUR million", "estimate"),
            ("Total", 2027, 1560, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1560 / 905) ** (1 / 3) - 1 = 19.902% -> 19.9
        ],
    ),
    # 21. Earnings-call transcript (Feb 2025): the TAM a company sizes is the Total; its own sales, Q4 orders,
    # share ambition ("a fifth"), engineer headcount and customers' capex fall are expected nowhere.
    dict(
        text=(
            "Q4 and full-year fiscal 2024 results call, 6 February 2025 (edited transcript). "
            "CEO: \"...Let me step back to the market for a moment. We size the total addressable market for "
            "AI-native network automation - closed-loop assurance, intent-based orchestration, self-organising "
            "networks - at $14.2 billion in 2024, and we think it gets to about $31 billion by 2029, so a compound "
            "rate of roughly 17%. Against that, our own automation software sales were $1.12 billion for the year, "
            "up 31%, and fourth-quarter orders came in at $402 million. Over time we would like to hold a fifth of "
            "that market, and we now have some 2,300 engineers on it. Operator capex, by contrast, is still soft - "
            "down 6% across our customer base last year...\""
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2029, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14.2) ** (1 / 5) - 1 = 16.90% -> 17
        ],
    ),
    # 22. Research abstract (2024): stated CAGR with its span; field-trial site count, energy cut (%), GWh,
    # interview count, adoption percentage and volume/issue numbers are expected nowhere.
    dict(
        text=(
            "Abstract. Energy is now the largest controllable operating cost in the radio access network. Drawing "
            "on vendor disclosures and 41 operator interviews, we estimate the global market for AI-based RAN "
            "energy-saving software (cell sleep, carrier shutdown, MIMO muting and traffic-aware power control) at "
            "USD 1.86 billion in 2023 and project that it will reach USD 6.9 billion in 2030, a CAGR of 20.8% over "
            "2023-2030. In a field trial on 2,140 macro sites, a reinforcement-learning controller cut RAN energy "
            "use by 14.7%, or about 19 GWh a year, with no measurable loss of user throughput. Adoption is still "
            "shallow: only 23% of the sites in our sample ran any closed-loop energy policy. "
            "(Journal of Network Intelligence, vol. 7, no. 3, 2024)"
        ),
        obs=[
            ("Total", 2023, 1.86, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (6.9 / 1.86) ** (1 / 7) - 1 = 20.60% -> 20.6, not 20.8; bounds (6.85 / 1.865) .. (6.95 / 1.855)
            # give 20.43% .. 20.77%, and 20.77% rounds to 20.8 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. LinkedIn post (Jan 2025): "last year" = 2024, "this year" = 2025 (estimate, ~$1.0B converted to the
    # series' USD million); tower count, a towerco's capex and the Q4 figure are expected nowhere.
    dict(
        text=(
            "Posted 14 Jan 2025 \u00b7 Quick numbers from our tower-tech tracker, since a few people asked. "
            "AI predictive maintenance for towers & fibre was an $820M market last year - up 24% on 2023's $661M. "
            "Tower inspection (drones + computer vision on antenna mounts, corrosion, tilt) took $505M of that, "
            "roughly 62%; fibre-cut prediction and OTDR analytics made up the rest. For scale: ~4.1M towers "
            "worldwide, and one US towerco alone spent $1.9B on capex. Q4 by itself was ~$240M. "
            "My call for this year: ~$1.0B. #telecom #AI #towers"
        ),
        obs=[
            ("Total", 2023, 661, "USD million", "actual"),
            ("Total", 2024, 820, "USD million", "actual"),
            ("Tower inspection", 2024, 505, "USD million", "actual"),
            ("Total", 2025, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (820 / 661) ** (1 / 1) - 1 = 24.05% -> 24
            ("arithmetic", "exact"),    # 505 / 820 = 61.59% -> 62
        ],
    ),
    # 24. Forum answer (Sep 2024): first publisher's figures; Brightline's 2022 figure (second publisher, same year),
    # "roughly a third" (fraction in words), churn rate, ARPU and upvote count are expected nowhere.
    dict(
        text=(
            "Q: How big is the market for AI churn and fraud analytics at telcos? I need one defensible number for "
            "a thesis chapter.\n"
            "A (answered 3 Sep 2024, 212 upvotes): Depends whose number you use. The one I'd cite is TelcoInsight's, "
            "because it shows its method: $3.4bn in 2022, expected to reach $5.1bn in 2025. That's 1.5x in three "
            "years, or about 14.5% a year. Brightline has $3.9bn for 2022, but they fold in generic CRM licences, so "
            "it isn't comparable. Fraud tools are roughly a third of the total on either count. And don't mix in the "
            "operator KPIs people quote next to it - US postpaid churn of 0.9% a month, ARPU around $52 - those are "
            "not market sizes."
        ),
        obs=[
            ("Total", 2022, 3.4, "USD billion", "actual"),
            ("Total", 2025, 5.1, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2022, 2025, 3.0),
            ("cagr", 14.5, "percent", 2022, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.1 / 3.4) ** (1 / 3) - 1 = 14.47% -> 14.5
        ],
    ),
    # 25. Investor-day slide bullets (Nov 2024): TAM is the Total, 2024E an estimate; the company's share ambition,
    # its segment revenue, traffic in EB and customer count are expected nowhere.
    dict(
        text=(
            "Investor Day 2024 - slide 14 (bullet text as published, 19 November 2024)\n"
            "Cloud core: AI traffic management\n"
            "\u2022 TAM for AI-driven traffic management in 5G and 6G cores: $2.7B (2024E) \u2192 $8.1B (2029E)\n"
            "\u2022 3x in five years; ~25% CAGR 2024-29\n"
            "\u2022 6G-ready functions: 12% of 2029E TAM\n"
            "\u2022 Core traffic on our installed base: 1,100 EB a year; 312 operator customers\n"
            "\u2022 Our ambition: 30% share by 2029 (segment revenue 2024E: $0.41B)"
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "estimate"),
            ("Total", 2029, 8.1, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2029, 5.0),
            ("cagr", 25, "percent", 2024, 2029, None, "stated"),
            ("share", 12, "percent", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 2.7) ** (1 / 5) - 1 = 24.57% -> 25
        ],
    ),
    # 26. Ministry white paper (Japan, July 2025), yen: fiscal years count as their numbers; figure number, base
    # stations, Tbps and the title year are expected nowhere; "or so" keeps the printed 150.
    dict(
        text=(
            "Ministry of Internal Affairs and Communications, Information and Communications in Japan 2025 "
            "(White Paper), Chapter 4, Section 2 (excerpt; published July 2025). Domestic vendors' sales of AI "
            "solutions for telecom network operations reached \u00a5128.4 billion in fiscal 2024, 19.3% more than the "
            "\u00a5107.6 billion recorded in fiscal 2023 (Figure 4-2-7). Network-automation software accounted for "
            "\u00a553.9 billion of that, or 42.0% of the total. The number of 5G base stations stood at 410,000 at the "
            "end of March 2025, and average downstream mobile traffic reached 13.2 Tbps. On current orders the "
            "ministry expects sales of \u00a5150 billion or so in fiscal 2025."
        ),
        obs=[
            ("Total", 2023, 107.6, "JPY billion", "actual"),
            ("Total", 2024, 128.4, "JPY billion", "actual"),
            ("Network-automation software", 2024, 53.9, "JPY billion", "actual"),
            ("Total", 2025, 150, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("share", 42.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128.4 / 107.6) ** (1 / 1) - 1 = 19.33% -> 19.3
            ("arithmetic", "exact"),    # 53.9 / 128.4 = 41.98% -> 42.0
        ],
    ),
    # 27. News page with a correction (Mar 2025): the corrected $2.83bn is the figure, the superseded $2.38bn is
    # expected nowhere. The CAGR was left as computed on the old base, so it is INCONSISTENT on purpose.
    # Fraud losses and the 2.5%-of-revenue figure are expected nowhere.
    dict(
        text=(
            "AI fraud management for mobile operators to be a $7.4bn market by 2030\n"
            "By staff reporter | First published 4 March 2025 | Updated 12 March 2025\n"
            "Correction: an earlier version of this article gave the 2024 market size as $2.38bn. The correct "
            "figure is $2.83bn.\n"
            "Mobile operators spent $2.83bn on AI-based fraud management - SIM-box detection, IRSF and wangiri "
            "screening, subscription-fraud scoring - in 2024, according to Lumen Data Partners, which expects "
            "spending to rise at a CAGR of 20.8% from 2024 to 2030, to $7.4bn. Operators lost an estimated $38.9bn "
            "to fraud in 2023, the firm says, equal to about 2.5% of their revenues."
        ),
        obs=[
            ("Total", 2024, 2.83, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.4 / 2.83) ** (1 / 6) - 1 = 17.37%; bounds (7.35 / 2.835) .. (7.45 / 2.825) give 17.21% .. 17.54%,
            # nowhere near 20.8 (which (7.4 / 2.38) ** (1 / 6) - 1 = 20.81% would give) -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Indian research note (Sep 2024): FY counts as its number; US$1.15 billion converted to the series' USD
    # million; the equipment market beside the AI part, the rupee auction take, subscribers, base stations and
    # the 70% subscriber share are expected nowhere.
    dict(
        text=(
            "Mumbai, 9 September 2024 - India's telecom operators are moving AI out of pilots and into the live "
            "network, says a new note from Bengaluru-based Arthaniti Research. It puts the country's market for AI "
            "in telecom networks - SON, RAN optimisation, predictive maintenance and AIOps - at US$412 million in "
            "FY2024 and sees it rising to US$1.15 billion by FY2029, a 22.8% CAGR over FY2024-FY2029. That is still "
            "small beside the wider telecom-equipment market, about US$9.8 billion, and the June 2024 spectrum "
            "auction alone raised \u20b911,340 crore. India has 1.16 billion wireless subscribers and more than 4.5 "
            "lakh 5G base stations; Jio and Airtel together hold over 70% of those subscribers."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2029, 1150, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1150 / 412) ** (1 / 5) - 1 = 22.79% -> 22.8
        ],
    ),
    # 29. Provincial action plan (Simplified, Apr 2025): 力争突破 target is an estimate at its printed figure;
    # 增长1.5倍 keeps 1.5; document number, plan title years, base stations and scenario count expected nowhere.
    dict(
        text=(
            "××省工业和信息化厅关于印发《××省“AI+通信网络”创新发展行动方案(2025—2027年)》的通知"
            "(×工信发〔2025〕17号,2025年4月8日)……二、主要目标。到2027年,全省网络智能运维、无线网络AI节能、"
            "AI反诈等“AI+通信网络”产业规模力争突破120亿元,较2023年的48亿元增长1.5倍;累计建成5G基站15万个,"
            "打造30个以上典型应用场景。2024年,全省该产业规模已达61亿元,同比增长27%。"
        ),
        obs=[
            ("Total", 2023, 48, "CNY 100 million", "actual"),
            ("Total", 2024, 61, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2023, 2027, 4.0),
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61 / 48) ** (1 / 1) - 1 = 27.08% -> 27
        ],
    ),
    # 30. Broker note (Simplified, Nov 2024): 约为 keeps 36.5, 有望 makes 2026 an estimate; 约六成 (share in words),
    # operators' capex, kWh per site, price target and upside are expected nowhere.
    dict(
        text=(
            "【××证券·通信行业深度】AI赋能无线网节能:从试点走向规模部署(2024年11月18日)\n"
            "核心观点:我们测算,2023年国内运营商无线网AI节能解决方案市场规模约为36.5亿元,有望在2026年达到78亿元,"
            "2023—2026年复合增长率28.8%,其中中国移动采购占比约六成。作为参照,三大运营商2023年资本开支合计3,529亿元,"
            "AI节能方案单站年均节电约1,800千瓦时。维持行业“推荐”评级,重点公司目标价12.6元,较现价有22%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 36.5, "CNY 100 million", "actual"),
            ("Total", 2026, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.8, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78 / 36.5) ** (1 / 3) - 1 = 28.80% -> 28.8
        ],
    ),
    # 31. Wire story (Simplified, May 2025): CAICT's figures are the snippet's; IDC's 2024 figure (second publisher)
    # is expected nowhere; 今年 = 2025 estimate at 接近70; subscribers and blocked calls expected nowhere.
    dict(
        text=(
            "新华财经北京2025年5月20日电 中国信息通信研究院20日发布的数据显示,2024年我国电信运营商AI反诈与客户流失"
            "预测市场规模达到58.2亿元,较上年的47.4亿元同比增长23.0%。IDC此前给出的估算更高,认为2024年该市场规模为"
            "66亿元。信通院预计,今年市场规模将接近70亿元。截至2024年底,全国移动电话用户总数达17.9亿户,"
            "全年累计拦截诈骗电话25.4亿次。"
        ),
        obs=[
            ("Total", 2023, 47.4, "CNY 100 million", "actual"),
            ("Total", 2024, 58.2, "CNY 100 million", "actual"),
            ("Total", 2025, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (58.2 / 47.4) ** (1 / 1) - 1 = 22.78% -> 22.8, not 23.0; bounds (58.15 / 47.45) .. (58.25 / 47.35)
            # give 22.55% .. 23.02%, and 23.02% rounds to 23.0 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Taiwanese annual report (Traditional, 2025), 新台幣億元: SON part and its share; CAGR span only from the
    # amounts' years; the company's revenue and growth, base stations and the report's ROC-year title nowhere.
    dict(
        text=(
            "○○電通股份有限公司 一一三年度年報 參、營運概況 二、產業概況\n"
            "(一)產業現況與發展:依資策會產業情報研究所(MIC)調查,2024年台灣電信業者導入AI網路維運(含自我組織網路"
            "SON、基地台與光纜預測性維護)之市場規模約新台幣42.6億元,其中以SON軟體占比最高,約新台幣17.5億元(占41.1%);"
            "預估至2027年整體市場將成長至新台幣88億元,年複合成長率約27.6%。本公司113年度營業收入為新台幣18.7億元,"
            "較112年度成長9.4%;全台5G基地台數已逾3.9萬座。"
        ),
        obs=[
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("SON軟體", 2024, 17.5, "TWD 100 million", "actual"),
            ("Total", 2027, 88, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.1, "percent", 2024, 2024, None),
            ("cagr", 27.6, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 17.5 / 42.6 = 41.08% -> 41.1
            # (88 / 42.6) ** (1 / 3) - 1 = 27.36% -> 27.4, not 27.6; bounds (87.5 / 42.65) .. (88.5 / 42.55)
            # give 27.07% .. 27.65%, and 27.65% rounds to 27.6 -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 33. Hong Kong newspaper (Traditional, Mar 2025), 億港元: 去年 = 2024, 今年 = 2025 estimate; the part and its
    # share; subscribers and the spectrum reserve price (萬港元 per MHz) are expected nowhere.
    dict(
        text=(
            "【經濟日報訊】(2025年3月11日)本地研究機構港訊智庫昨日公布,香港電訊業AI網絡管理及反詐騙分析市場去年規模"
            "達12.8億港元,較2023年的11.0億港元按年增長16%。其中,AI反詐騙分析佔4.86億港元,約佔38%,主要來自流動網絡商"
            "攔截詐騙來電及短訊的需求。報告預計,今年市場規模可達14.9億港元。截至去年底,本港流動服務用戶約2,450萬戶,"
            "而通訊辦今年將拍賣的3.5GHz頻譜底價為每兆赫3,800萬港元。"
        ),
        obs=[
            ("Total", 2023, 11.0, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("AI反詐騙分析", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 14.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 11.0) ** (1 / 1) - 1 = 16.36% -> 16
            ("arithmetic", "exact"),    # 4.86 / 12.8 = 37.97% -> 38
        ],
    ),
    # 34. Taiwanese wire story (Traditional, Dec 2024), 億美元: the CAGR's span comes only from the amounts' years,
    # and the printed 37.5% is INCONSISTENT with them on purpose. 5G users, traffic growth and the operators'
    # capex in TWD are expected nowhere.
    dict(
        text=(
            "(中央社記者台北2024年12月5日電)工研院產業科技國際策略發展所今天發表研究指出,隨電信業者加速建置5G獨立"
            "組網(SA)並為6G預作準備,全球5G核心網AI流量管理市場規模將從2023年的17億美元,成長至2026年的41億美元,"
            "年複合成長率達37.5%。研究並指出,全球5G用戶數今年底將突破21億戶,行動數據流量年增約25%;台灣電信三雄"
            "去年合計資本支出約新台幣560億元。"
        ),
        obs=[
            ("Total", 2023, 17, "USD 100 million", "actual"),
            ("Total", 2026, 41, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37.5, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            # (41 / 17) ** (1 / 3) - 1 = 34.11%; bounds (40.5 / 17.5) .. (41.5 / 16.5) give 32.27% .. 36.00%,
            # which never reaches 37.5 -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 35. Zhihu answer (Simplified, Feb 2025): 增长了2倍 keeps 2 as the multiple; 今年 = 2025 estimate at 超过30;
    # China Tower's revenue, site count, fibre length and a Q4 contract figure are expected nowhere.
    dict(
        text=(
            "问:铁塔和光缆的AI预测性维护,市场到底有多大?\n"
            "答(2025年2月16日):谢邀。按赛迪顾问的口径,2024年国内铁塔与光缆AI预测性维护市场规模为23.4亿元,比2021年的"
            "7.8亿元增长了2倍,三年复合增速约44%。今年预计超过30亿元。别把中国铁塔的营收(近千亿元)往里算,那是整个公司;"
            "全国铁塔站址超过210万个、光缆线路总长度7,000多万公里,这些也都不是市场规模。另外有人拿四季度单季签约的"
            "5亿元做年化,也不靠谱。"
        ),
        obs=[
            ("Total", 2021, 7.8, "CNY 100 million", "actual"),
            ("Total", 2024, 23.4, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("cagr", 44, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (23.4 / 7.8) ** (1 / 3) - 1 = 44.22% -> 44
        ],
    ),
    # 36. Markdown table, years as columns with E/F (report of June 2025): each row label is an item, the Total
    # row too; the note's CAGR is stated; table number, title years and the equipment market are nowhere.
    dict(
        text=(
            "Global AI-in-telecom-network market by application, 2023-2028F\n"
            "Source: Halcyon Telecom Research, Telco AI Tracker, June 2025 (Table 3)\n"
            "| Application (USD billion) | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---|---|---|---|\n"
            "| Network automation & SON | 4.1 | 4.9 | 5.8 | 9.6 |\n"
            "| RAN energy saving | 1.6 | 2.1 | 2.7 | 5.2 |\n"
            "| Predictive maintenance (towers & fibre) | 0.7 | 0.8 | 1.0 | 1.8 |\n"
            "| Churn & fraud analytics | 2.5 | 2.8 | 3.2 | 4.7 |\n"
            "| Core traffic management | 1.3 | 1.7 | 2.2 | 4.4 |\n"
            "| Total | 10.2 | 12.3 | 15.0 | 25.7 |\n"
            "Note: totals may not add because of rounding. Total CAGR 2024-28F: 20.2%. Excludes telecom network "
            "equipment itself (USD 312 billion in 2024)."
        ),
        obs=[
            ("Network automation & SON", 2023, 4.1, "USD billion", "actual"),
            ("Network automation & SON", 2024, 4.9, "USD billion", "actual"),
            ("Network automation & SON", 2025, 5.8, "USD billion", "estimate"),
            ("Network automation & SON", 2028, 9.6, "USD billion", "estimate"),
            ("RAN energy saving", 2023, 1.6, "USD billion", "actual"),
            ("RAN energy saving", 2024, 2.1, "USD billion", "actual"),
            ("RAN energy saving", 2025, 2.7, "USD billion", "estimate"),
            ("RAN energy saving", 2028, 5.2, "USD billion", "estimate"),
            ("Predictive maintenance (towers & fibre)", 2023, 0.7, "USD billion", "actual"),
            ("Predictive maintenance (towers & fibre)", 2024, 0.8, "USD billion", "actual"),
            ("Predictive maintenance (towers & fibre)", 2025, 1.0, "USD billion", "estimate"),
            ("Predictive maintenance (towers & fibre)", 2028, 1.8, "USD billion", "estimate"),
            ("Churn & fraud analytics", 2023, 2.5, "USD billion", "actual"),
            ("Churn & fraud analytics", 2024, 2.8, "USD billion", "actual"),
            ("Churn & fraud analytics", 2025, 3.2, "USD billion", "estimate"),
            ("Churn & fraud analytics", 2028, 4.7, "USD billion", "estimate"),
            ("Core traffic management", 2023, 1.3, "USD billion", "actual"),
            ("Core traffic management", 2024, 1.7, "USD billion", "actual"),
            ("Core traffic management", 2025, 2.2, "USD billion", "estimate"),
            ("Core traffic management", 2028, 4.4, "USD billion", "estimate"),
            ("Total", 2023, 10.2, "USD billion", "actual"),
            ("Total", 2024, 12.3, "USD billion", "actual"),
            ("Total", 2025, 15.0, "USD billion", "estimate"),
            ("Total", 2028, 25.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25.7 / 12.3) ** (1 / 4) - 1 = 20.23% -> 20.2
            ("hierarchy", "exact"),     # 2023: 4.1 + 1.6 + 0.7 + 2.5 + 1.3 = 10.2
            ("hierarchy", "exact"),     # 2024: 4.9 + 2.1 + 0.8 + 2.8 + 1.7 = 12.3
            # 2025E: 5.8 + 2.7 + 1.0 + 3.2 + 2.2 = 14.9 vs 15.0; rows at +0.05 each give up to 15.15,
            # total down to 14.95 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2028F: 9.6 + 5.2 + 1.8 + 4.7 + 4.4 = 25.7
        ],
    ),
    # 37. Tab-separated vertical table (years as rows, April 2025): the lone value column is headed by its unit only,
    # so it is the Total; YoY column gives year-on-year rates; the energy-saved column is expected nowhere.
    dict(
        text=(
            "AI-based RAN energy-saving software, worldwide\n"
            "(operators' association market monitor, April 2025)\n"
            "Year\tUSD million\tYoY %\tEnergy saved, TWh\n"
            "2021\t310\t\u2013\t1.2\n"
            "2022\t405\t30.6\t1.9\n"
            "2023\t538\t33.0\t2.7\n"
            "2024\t702\t30.5\t3.8\n"
            "2025E\t890\t26.8\t5.0\n"
            "Note: energy saved is modelled from vendor-reported site counts and is not a market value."
        ),
        obs=[
            ("Total", 2021, 310, "USD million", "actual"),
            ("Total", 2022, 405, "USD million", "actual"),
            ("Total", 2023, 538, "USD million", "actual"),
            ("Total", 2024, 702, "USD million", "actual"),
            ("Total", 2025, 890, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2021, 2022, 1.0),
            ("growth", 33.0, "percent", 2022, 2023, 1.0),
            ("growth", 30.5, "percent", 2023, 2024, 1.0),
            ("growth", 26.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 405 / 310 - 1 = 30.65% -> 30.6
            # 538 / 405 - 1 = 32.84% -> 32.8, not 33.0; bounds 537.5 / 405.5 .. 538.5 / 404.5 give
            # 32.55% .. 33.13%, and 33.0 lies inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 702 / 538 - 1 = 30.48% -> 30.5
            ("cagr|implied", "exact"),     # 890 / 702 - 1 = 26.78% -> 26.8
        ],
    ),
    # 38. Chinese space-aligned table with a share column (Mar 2025), 亿元: row labels as items, 合计 too; five
    # shares of 2024 with part and whole; the 100.0% total row is no claim; the title year is nowhere.
    dict(
        text=(
            "表2  2024年我国电信网络AI市场结构\n"
            "单位:亿元\n"
            "细分领域                  2024年     占比     2025年E\n"
            "网络自动化与SON             61.3     38.6%       73.6\n"
            "无线网AI节能                34.8     21.9%       44.1\n"
            "预测性维护(铁塔/光缆)       17.2     10.8%       20.5\n"
            "反欺诈与客户流失分析        29.5     18.6%       34.0\n"
            "核心网AI流量管理            15.9     10.0%       21.2\n"
            "合计                       158.7    100.0%      193.4\n"
            "注:各项占比因四舍五入,加总可能不等于100%;2025年为预测值。资料来源:××通信研究院《电信AI产业白皮书》,"
            "2025年3月。"
        ),
        obs=[
            ("网络自动化与SON", 2024, 61.3, "CNY 100 million", "actual"),
            ("网络自动化与SON", 2025, 73.6, "CNY 100 million", "estimate"),
            ("无线网AI节能", 2024, 34.8, "CNY 100 million", "actual"),
            ("无线网AI节能", 2025, 44.1, "CNY 100 million", "estimate"),
            ("预测性维护(铁塔/光缆)", 2024, 17.2, "CNY 100 million", "actual"),
            ("预测性维护(铁塔/光缆)", 2025, 20.5, "CNY 100 million", "estimate"),
            ("反欺诈与客户流失分析", 2024, 29.5, "CNY 100 million", "actual"),
            ("反欺诈与客户流失分析", 2025, 34.0, "CNY 100 million", "estimate"),
            ("核心网AI流量管理", 2024, 15.9, "CNY 100 million", "actual"),
            ("核心网AI流量管理", 2025, 21.2, "CNY 100 million", "estimate"),
            ("合计", 2024, 158.7, "CNY 100 million", "actual"),
            ("合计", 2025, 193.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 21.9, "percent", 2024, 2024, None),
            ("share", 10.8, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 10.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61.3 / 158.7 = 38.63% -> 38.6
            ("arithmetic", "exact"),  # 34.8 / 158.7 = 21.93% -> 21.9
            ("arithmetic", "exact"),  # 17.2 / 158.7 = 10.84% -> 10.8
            ("arithmetic", "exact"),  # 29.5 / 158.7 = 18.59% -> 18.6
            ("arithmetic", "exact"),  # 15.9 / 158.7 = 10.02% -> 10.0
            ("hierarchy", "exact"),   # 2024: 61.3 + 34.8 + 17.2 + 29.5 + 15.9 = 158.7
            ("hierarchy", "exact"),   # 2025E: 73.6 + 44.1 + 20.5 + 34.0 + 21.2 = 193.4
        ],
    ),
    # 39. Korean research house, space-aligned regional table with a CAGR column (Feb 2025): regions and Total
    # are items; Korea's won figure is no observation; the exhibit number and title year are nowhere.
    dict(
        text=(
            "Seoul, 11 February 2025 - Hanbit Telecom Research, Telco AI Outlook 2025, Exhibit 5\n"
            "AI in telecom networks by region (USD billion)\n"
            "Region            2023    2024    2030F   CAGR 2024-30\n"
            "North America     2.41    2.88     7.05        16.1%\n"
            "Europe            1.63    1.92     4.48        15.2%\n"
            "Asia Pacific      2.95    3.61    10.90        20.2%\n"
            "Rest of world     0.54    0.65     1.87        19.5%\n"
            "Total             7.53    9.06    24.30        17.9%\n"
            "Korea's own market, KRW 612 billion in 2024, is included in Asia Pacific. 2030 figures are forecasts."
        ),
        obs=[
            ("North America", 2023, 2.41, "USD billion", "actual"),
            ("North America", 2024, 2.88, "USD billion", "actual"),
            ("North America", 2030, 7.05, "USD billion", "estimate"),
            ("Europe", 2023, 1.63, "USD billion", "actual"),
            ("Europe", 2024, 1.92, "USD billion", "actual"),
            ("Europe", 2030, 4.48, "USD billion", "estimate"),
            ("Asia Pacific", 2023, 2.95, "USD billion", "actual"),
            ("Asia Pacific", 2024, 3.61, "USD billion", "actual"),
            ("Asia Pacific", 2030, 10.90, "USD billion", "estimate"),
            ("Rest of world", 2023, 0.54, "USD billion", "actual"),
            ("Rest of world", 2024, 0.65, "USD billion", "actual"),
            ("Rest of world", 2030, 1.87, "USD billion", "estimate"),
            ("Total", 2023, 7.53, "USD billion", "actual"),
            ("Total", 2024, 9.06, "USD billion", "actual"),
            ("Total", 2030, 24.30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (7.05 / 2.88) ** (1 / 6) - 1 = 16.09% -> 16.1
            ("cagr|implied", "exact"),     # (4.48 / 1.92) ** (1 / 6) - 1 = 15.17% -> 15.2
            ("cagr|implied", "exact"),     # (10.90 / 3.61) ** (1 / 6) - 1 = 20.22% -> 20.2
            # (1.87 / 0.65) ** (1 / 6) - 1 = 19.26% -> 19.3, not 19.5; bounds (1.865 / 0.655) .. (1.875 / 0.645)
            # give 19.05% .. 19.47%, and 19.47% rounds to 19.5 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (24.30 / 9.06) ** (1 / 6) - 1 = 17.87% -> 17.9
            ("hierarchy", "exact"),        # 2023: 2.41 + 1.63 + 2.95 + 0.54 = 7.53
            ("hierarchy", "exact"),        # 2024: 2.88 + 1.92 + 3.61 + 0.65 = 9.06
            ("hierarchy", "exact"),        # 2030F: 7.05 + 4.48 + 10.90 + 1.87 = 24.30
        ],
    ),
    # 40. Japanese research house release (Dec 2024) with a space-aligned fiscal-year table in 100 million yen:
    # FY2024E and FY2027F are estimates; the multiple and the stated CAGR rest on the table's amounts; the
    # quarter's bookings, survey period and interview count are expected nowhere.
    dict(
        text=(
            "Tokyo, 18 December 2024 - Kasumi Research Institute today released its survey of the domestic market "
            "for AI in telecom network operations. It expects the market to be 2.1 times its FY2022 size by FY2027, "
            "a CAGR of 16.5% between FY2022 and FY2027, as carriers automate fault handling ahead of 5G-Advanced. "
            "In the July-September quarter alone, vendors booked \u00a531.2 billion of orders.\n"
            "Domestic market for AI in telecom network operations (Unit: \u00a5100 million)\n"
            "Segment                                  FY2022   FY2023   FY2024E   FY2027F\n"
            "Network operations automation               312      365       428       655\n"
            "RAN optimisation & energy saving            214      262       318       540\n"
            "Maintenance prediction (towers, fibre)       96      118       141       232\n"
            "Customer analytics (churn, fraud)           178      201       227       290\n"
            "Total                                       800      946     1,114     1,717\n"
            "Note: fiscal years begin in April. Survey period July-November 2024; 52 vendors and carriers "
            "interviewed."
        ),
        obs=[
            ("Network operations automation", 2022, 312, "JPY 100 million", "actual"),
            ("Network operations automation", 2023, 365, "JPY 100 million", "actual"),
            ("Network operations automation", 2024, 428, "JPY 100 million", "estimate"),
            ("Network operations automation", 2027, 655, "JPY 100 million", "estimate"),
            ("RAN optimisation & energy saving", 2022, 214, "JPY 100 million", "actual"),
            ("RAN optimisation & energy saving", 2023, 262, "JPY 100 million", "actual"),
            ("RAN optimisation & energy saving", 2024, 318, "JPY 100 million", "estimate"),
            ("RAN optimisation & energy saving", 2027, 540, "JPY 100 million", "estimate"),
            ("Maintenance prediction (towers, fibre)", 2022, 96, "JPY 100 million", "actual"),
            ("Maintenance prediction (towers, fibre)", 2023, 118, "JPY 100 million", "actual"),
            ("Maintenance prediction (towers, fibre)", 2024, 141, "JPY 100 million", "estimate"),
            ("Maintenance prediction (towers, fibre)", 2027, 232, "JPY 100 million", "estimate"),
            ("Customer analytics (churn, fraud)", 2022, 178, "JPY 100 million", "actual"),
            ("Customer analytics (churn, fraud)", 2023, 201, "JPY 100 million", "actual"),
            ("Customer analytics (churn, fraud)", 2024, 227, "JPY 100 million", "estimate"),
            ("Customer analytics (churn, fraud)", 2027, 290, "JPY 100 million", "estimate"),
            ("Total", 2022, 800, "JPY 100 million", "actual"),
            ("Total", 2023, 946, "JPY 100 million", "actual"),
            ("Total", 2024, 1114, "JPY 100 million", "estimate"),
            ("Total", 2027, 1717, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.1, "multiple", 2022, 2027, 5.0),
            ("cagr", 16.5, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1717 / 800) ** (1 / 5) - 1 = 16.50% -> 16.5
            ("hierarchy", "exact"),     # FY2022: 312 + 214 + 96 + 178 = 800
            ("hierarchy", "exact"),     # FY2023: 365 + 262 + 118 + 201 = 946
            ("hierarchy", "exact"),     # FY2024E: 428 + 318 + 141 + 227 = 1,114
            ("hierarchy", "exact"),     # FY2027F: 655 + 540 + 232 + 290 = 1,717
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 11, 'exact': 81}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '17.5% more than the USD 4.97 billion operators spent in 2023',
    'of which China accounted for US$0.52bn, or 38.5%',
    'roughly 2.6x the 2024 level',
    'Rival house Oakbridge Partners is more bullish',
    'at about $12 billion this year',
    "That's roughly 20% compound growth",
    'against EUR 338 million a year earlier (+21.9%)',
    'has been revised from the ¥46.2 billion',
    '(about ₹3,450 crore)',
    'should grow 2.4 times to USD 4.6 billion by 2028',
    'between USD 6.5 billion and USD 7.8 billion in 2030',
    '力争全省网络智能化产业规模突破300亿元',
    '2024-2027年复合增速26.6%',
    '2025年市場規模預估達新台幣128億元',
    '去年（2024年）',
    '按年增長23%',
    '另一家研究機構亞太通訊顧問則較為樂觀',
    '是2021年的3.2倍',
    '其中第四季度单季规模为17亿元',
    '将突破0.5万亿元',
    '| 2025E | 2028F |',
    'FY2025E',
    '合计同比增速（%）',
    'World total       1,212',
    '| Year | EUR million |',
    'We size the total addressable market for AI-native network automation',
    'about $31 billion by 2029, so a compound rate of roughly 17%',
    'a CAGR of 20.8% over 2023-2030',
    "an $820M market last year - up 24% on 2023's $661M",
    'My call for this year: ~$1.0B',
    'Brightline has $3.9bn for 2022',
    '$2.7B (2024E) → $8.1B (2029E)',
    '¥150 billion or so in fiscal 2025',
    'The correct figure is $2.83bn.',
    'US$1.15 billion by FY2029',
    '力争突破120亿元,较2023年的48亿元增长1.5倍',
    '其中中国移动采购占比约六成',
    'IDC此前给出的估算更高',
    '約新台幣17.5億元(占41.1%)',
    '較2023年的11.0億港元按年增長16%',
    '成長至2026年的41億美元,年複合成長率達37.5%',
    '比2021年的7.8亿元增长了2倍',
    '| Total | 10.2 | 12.3 | 15.0 | 25.7 |',
    'Year\tUSD million\tYoY %',
    '合计                       158.7    100.0%      193.4',
    'CAGR 2024-30',
    'KRW 612 billion in 2024',
    '(Unit: ¥100 million)',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 233
#: figures, 52 rates, 88 verdicts and 4 false inconsistent
#: after the readings chosen on the hundred-and-forty-eighth and -fiftieth sets (it kept unread): 233, 52, 88 and 4
FLOORS = {"figures_found": 244, "rates_found": 56, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset151.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
