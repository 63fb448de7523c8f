"""A hundred-and-fiftieth check set for the extractor, written blind: AI in telecom networks: network automation and
self-organising network software, AI for RAN energy saving, predictive maintenance of towers and fibre, AI-driven
customer churn and fraud analytics for operators, AI traffic management in 5G and 6G cores, sized in money by telecom
analysts, operators' associations, equipment makers' white papers, brokers, provincial information-industry plans,
Japanese, Korean, Indian and Taiwanese research houses. Distractors a careful reader leaves out: base stations built,
subscribers, terabytes of traffic, spectrum auction prices, an operator's own revenue or capex, ARPU, kilowatt-hours
saved, a quarter's figures, the whole telecom services or equipment market beside the AI part.

Snippets 1-20: AI in telecom networks (network automation and self-organising network software, AI for RAN energy
saving, predictive maintenance of towers and fibre, AI churn and fraud analytics for operators, AI traffic management
in 5G and 6G cores). 1-8 are English prose: a dated wire press release with a year-on-year rate and a stated CAGR, a
broker note with a part and its share and an inferred CAGR, a news article quoting two publishers whose first
publisher's CAGR is inconsistent, an earnings-call transcript sizing a TAM "this year", a European tower and fibre
association yearbook with a multiple and a later figure in another scale, a Japanese research house's yen release with
a revised fiscal-year figure, a blog post with a range and a multiple, and a Korean research house's release with a
won figure and a rate that holds only by rounding. 9-15 are Chinese prose: a provincial action plan with targets
(Simplified), a broker report (Simplified), a Taiwanese research institute's NT$ release, a Hong Kong news item in HK$
with an inconsistent rate, a Taiwanese article quoting two publishers (those three in Traditional Chinese), a
Xinhua-style wire with 增长3倍 and a quarter, and an industry white paper with a figure in 万亿元 to convert into 亿元. 16-20
are tables: a markdown pipe table with E/F columns and a total row (one year adds only by rounding), a space-aligned
yen table with fiscal years as rows, a tab-separated Simplified Chinese table with a 合计 row and a CAGR column, a
space-aligned Indian table in USD million with an inconsistent row CAGR, and a Traditional Chinese markdown table with
years as rows under a lone unit-only column and a revised figure. Distractors a careful reader leaves out: base
stations built, subscribers, mobile traffic, kilowatt-hours saved, spectrum auction prices, operators' capex and
telecom services revenue, ARPU, churn rates, penetration rates, survey answers, a report's price, a company's own
revenue, orders, margin and share target, price targets and upside, counts of vendors and respondents, report, table
and document numbers, title years, the whole telecom equipment market beside the AI part, won and rupee amounts, a
quarter's figure, a share in words (约占四成), a second publisher's figure and a superseded (revised) figure.

Snippets 21-40: AI in telecom networks (network automation and SON software, AI for RAN energy saving, predictive
maintenance of towers and fibre, AI churn and fraud analytics bought by operators, AI traffic management in 5G and 6G
cores). Eight English prose items (a working-paper abstract, an equipment maker's earnings-call excerpt sizing a TAM,
a Tokyo research house in yen and fiscal years, a forum reply with a range, a Bengaluru research house with a rupee
aside and an inconsistent rate, investor-day slide bullets with an inferred CAGR, a Hong Kong statistics release with
a revised figure, an annual-report market overview in euros), seven Chinese prose items (a Guangdong plan with a
target and 增长1.4倍, a broker note, a Weibo post, a white paper whose 2030 figure is in 万亿元 after a 亿元 base; and in
Traditional Chinese a Taipei MIC release, a Hong Kong newspaper item in 億港元 and a PTT post in 億美元) and five tables (a
markdown segment table with E columns and a total row, a tab-separated regional table with share and CAGR columns, a
Simplified Chinese vertical table with two named value columns and 同比 columns, a space-aligned Korean table in US
dollars with a share column, a markdown yen table with fiscal-year E/F columns and a year-on-year column).
Distractors: datelines, working-paper, document, table, exhibit, slide and list numbers, title years, operator and
vendor counts, headcounts, sites and base stations, subscribers, GWh and kWh saved, share of network power draw, churn
rates, ARPU, spectrum auction proceeds in rupees and NT dollars, the Korean market in won, an operator's capex, whole
telecom service revenue, a company's own sales, orders, margin, revenue threshold, share ambition, target price and
upside, a quarter's figure, traffic growth, a superseded figure, and shares given only as fractions in words.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English): SON software. Year-on-year rate with both amounts; stated 2024-2030 CAGR.
    #    Expected nowhere: report title years 2025-2030, report number, 4.1 million cells, 37 operators interviewed.
    dict(
        text=(
            "SINGAPORE, April 9, 2025 /Business Wire/ -- Telecom analyst firm Strand Point Research today published "
            "\"Self-Organising Networks and Network Automation Software: Global Forecast 2025-2030\" (ref. SPR-NA-0412). "
            "The firm estimates that worldwide spending on self-organising network (SON) and AI-driven network "
            "automation software came to USD 5.84 billion in 2024, up 12.3% from USD 5.20 billion in 2023. Operators "
            "that have moved closed-loop optimisation into production now run it across more than 4.1 million cells, "
            "the report notes. Looking ahead, Strand Point forecasts the market to climb to USD 11.9 billion by 2030, "
            "a compound annual growth rate (CAGR) of 12.6% over 2024-2030. The findings draw on interviews with 37 "
            "mobile operators."
        ),
        obs=[
            ("Total", 2023, 5.20, "USD billion", "actual"),
            ("Total", 2024, 5.84, "USD billion", "actual"),
            ("Total", 2030, 11.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("cagr", 12.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.84 / 5.20 - 1 = 12.308% -> 12.3
            ("cagr|implied", "exact"),  # (11.9 / 5.84) ** (1 / 6) - 1 = 12.596% -> 12.6
        ],
    ),
    # 2. Broker note (English): AI for RAN energy saving. A part with its share of the printed whole; a CAGR whose span
    #    only its amounts' years give (inferred). Expected nowhere: PT US$41 and 22% upside, 8.2 TWh saved, the
    #    Indian operators' ₹780bn capex (rupees, and capex anyway), the company's 34% share target.
    dict(
        text=(
            "Harbourline Securities | Telecom Equipment | 21 May 2025\n"
            "Voltaic Networks (VLTN US) - Buy, PT US$41 (22% upside)\n"
            "Energy is now the second-largest line in a mobile operator's opex, and AI is how operators are attacking "
            "it. We size the market for AI-driven RAN energy-saving software at $1.9bn in 2024, of which cell-sleep "
            "automation accounted for $0.74bn, or 39%. Operators using these tools saved an estimated 8.2 TWh last "
            "year. We expect the market to reach $4.6bn by 2028, implying a 24.7% compound growth rate, helped by "
            "the Indian operators' ₹780bn annual capex cycle. Management is aiming for a 34% share of the segment."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Cell-sleep automation", 2024, 0.74, "USD billion", "actual"),
            ("Total", 2028, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 24.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.74 / 1.9 = 38.947% -> 39
            ("cagr|period", "exact"),   # (4.6 / 1.9) ** (1 / 4) - 1 = 24.739% -> 24.7
        ],
    ),
    # 3. News article quoting two publishers (English): AI fraud analytics for operators. Meridian's stated CAGR is
    #    INCONSISTENT with its own amounts (a leftover from an earlier base year). Expected nowhere: Crestview's
    #    $2.7bn for 2024 (second publisher), $38.9bn of fraud losses, 62% of operators surveyed, 11 billion calls.
    dict(
        text=(
            "June 17, 2025 - Telecom fraud is expensive, and so, increasingly, is fighting it. Meridian Telecom "
            "Insight values the global market for AI-based fraud detection and management systems sold to operators "
            "at $2.31 billion in 2024 and projects $6.05 billion by 2031, which it describes as a 15.8% CAGR for "
            "2024-2031. Not everyone agrees on the starting point: Crestview Analytics, in a separate study, puts "
            "2024 at $2.7 billion because it counts managed services. Operators' fraud losses, meanwhile, are "
            "estimated at $38.9 billion a year; 62% of operators surveyed by Meridian said they would raise spending, "
            "and one European carrier says its models screened 11 billion calls last year."
        ),
        obs=[
            ("Total", 2024, 2.31, "USD billion", "actual"),
            ("Total", 2031, 6.05, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (6.05 / 2.31) ** (1 / 7) - 1 = 14.745%, not 15.8; bounds (6.045 / 2.315) .. (6.055 / 2.305)
            # -> 14.696% .. 14.794%, which cannot reach 15.8
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Earnings-call transcript (English): the TAM the company sizes is the market (Total); "this year" = 2025, an
    #    estimate; "roughly 29% a year" is an inferred CAGR. Expected nowhere: the quarter's $1.12bn revenue, orders up
    #    9%, 58.4% gross margin, the 15% share target, 2,300 customers.
    dict(
        text=(
            "Q2 2025 Earnings Call Transcript (July 24, 2025)\n"
            "Chief Executive Officer: Thanks, operator. Revenue for the quarter was $1.12 billion, orders grew 9% and "
            "gross margin came in at 58.4%. Let me spend a minute on the opportunity. When we add up closed-loop "
            "assurance, intent-based orchestration and the AI layer inside SON, we size the total addressable market "
            "for AI-native network automation at roughly $14 billion this year, and we think it gets to about $30 "
            "billion in 2028 -- that's roughly 29% a year. With more than 2,300 customers on the platform, our "
            "ambition is to hold a 15% share of that market by 2028."
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2028, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (30 / 14) ** (1 / 3) - 1 = 28.923% -> 29
        ],
    ),
    # 5. Association yearbook (English, EUR): predictive maintenance of towers and fibre. A part with its share; a
    #    multiple over 2021-2024; a later figure in another scale (EUR 1.1 billion) converted to the series' EUR million.
    #    Expected nowhere: yearbook edition No. 14, 62,000 towers, the €4.1 billion spectrum auction.
    dict(
        text=(
            "ETFA Yearbook 2025 (No. 14), chapter 6: Predictive maintenance\n"
            "Members spent €612 million on AI-based predictive maintenance of passive infrastructure in 2024, 2.4 "
            "times the €254 million of 2021; of which fibre-route monitoring accounted for €239 million (39%), the "
            "rest going to tower and power-system analytics across the association's 62,000 towers. The "
            "association expects spending to reach €1.1 billion in 2027, growing at 21.6% a year between 2024 and "
            "2027, even though the €4.1 billion paid in last year's spectrum auction has squeezed budgets."
        ),
        obs=[
            ("Total", 2021, 254, "EUR million", "actual"),
            ("Total", 2024, 612, "EUR million", "actual"),
            ("Fibre-route monitoring", 2024, 239, "EUR million", "actual"),
            ("Total", 2027, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2021, 2024, 3.0),
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 21.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 239 / 612 = 39.052% -> 39
            ("cagr|implied", "exact"),  # (1100 / 612) ** (1 / 3) - 1 = 21.585% -> 21.6
        ],
    ),
    # 6. Japanese research house's yen release (English): AI traffic management in 5G cores. Fiscal years count as
    #    their number; a revised FY2023 figure is the figure. Expected nowhere: the superseded ¥39.8 billion, 27
    #    vendors, 38,000 standalone base stations, the report's ¥165,000 price.
    dict(
        text=(
            "TOKYO, July 8, 2025 - Kanda Information Research announced the results of its survey of the domestic "
            "market for AI-based traffic management and 5G core optimisation. The market reached ¥48.6 billion in "
            "fiscal 2024, up 18.0% year on year from ¥41.2 billion in fiscal 2023 (revised up from the ¥39.8 "
            "billion in last year's edition). As standalone 5G spreads beyond the 38,000 SA base stations now in "
            "service, the firm forecasts ¥92.0 billion in fiscal 2028, an average annual growth rate of 17.3% from "
            "fiscal 2024 to fiscal 2028. The survey covered 27 vendors; the report is priced at ¥165,000."
        ),
        obs=[
            ("Total", 2023, 41.2, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 92.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("cagr", 17.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.2 - 1 = 17.961% -> 18.0
            ("cagr|implied", "exact"),  # (92.0 / 48.6) ** (1 / 4) - 1 = 17.297% -> 17.3
        ],
    ),
    # 7. Blog post (English): AI churn analytics. "Last year" = 2024 (posted March 2025); "more than threefold since
    #    2020" is x3 over 4 years; a range gives two value claims and no observation. Expected nowhere: 1.8% monthly
    #    churn, $4.10 ARPU, 1.15 billion subscribers.
    dict(
        text=(
            "Why every telco suddenly wants a churn model (posted 3 March 2025)\n"
            "With prepaid churn still running at about 1.8% a month and ARPU stuck near $4.10 in some markets, "
            "keeping a customer is worth a lot. No surprise, then, that spending on AI churn-prediction and "
            "retention analytics by operators has grown more than threefold since 2020, to roughly $1.3 billion "
            "last year. Where does it go from here? Analysts I trust put 2028 somewhere between $3.5 billion and "
            "$4.2 billion -- and with India alone at 1.15 billion subscribers, I would bet on the upper end."
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),
            ("value", 3.5, "USD billion", 2028, 2028, None),
            ("value", 4.2, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 8. Korean research house's release (English): AI-RAN software. A year-on-year rate that holds only by ROUNDING;
    #    a region with its share of the printed whole. Expected nowhere: 812 billion won (currency not in the unit
    #    table), the first quarter's $0.96 billion, 2,300 AI-enabled sites.
    dict(
        text=(
            "SEOUL, May 14, 2025 -- The global AI-RAN software market grew 29.4% last year to $3.37 billion, from "
            "$2.61 billion in 2023, according to figures released Wednesday by Hanul Industry Research. Asia-Pacific "
            "accounted for $1.21 billion of the total, or 36%. South Korea's own market came to 812 billion won, the "
            "firm said, as local carriers switched on AI-based scheduling at some 2,300 sites. First-quarter "
            "spending this year reached $0.96 billion worldwide."
        ),
        obs=[
            ("Total", 2023, 2.61, "USD billion", "actual"),
            ("Total", 2024, 3.37, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 1.21, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 29.4, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.37 / 2.61 - 1 = 29.119% -> 29.1, not 29.4; bounds (3.365 / 2.615) .. (3.375 / 2.605) - 1
            # -> 28.681% .. 29.559%, which reaches 29.4
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 1.21 / 3.37 = 35.905% -> 36
        ],
    ),
    # 9. Provincial action plan (Simplified Chinese): a target (力争突破) is an estimate; 年均增长25%左右 over a printed
    #    span. Expected nowhere: document number, title years 2025—2027, 2.8万个 base stations, 30个 cases, 20家 firms.
    dict(
        text=(
            "近日，省政府办公厅印发《湘南省通信网络智能化发展三年行动计划（2025—2027年）》（湘政办发〔2025〕23号）。"
            "《行动计划》提出，依托5G-A和算力网络建设，推动人工智能在网络规划、运维、节能和安全等环节规模应用。"
            "2024年，全省通信网络智能化产业规模为61.5亿元。到2027年，全省通信网络智能化产业规模力争突破120亿元，"
            "2024—2027年年均增长25%左右；新建5G基站2.8万个，打造“AI+网络”标杆案例30个，培育骨干企业20家。"
        ),
        obs=[
            ("Total", 2024, 61.5, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (120 / 61.5) ** (1 / 3) - 1 = 24.959% -> 25
        ],
    ),
    # 10. Broker industry report (Simplified Chinese): AI base-station energy saving. Year-on-year rate with both
    #     amounts, a stated CAGR to 2027. Expected nowhere: 约占四成 (share in words), 12亿千瓦时 saved, the three
    #     operators' 3,640亿元 capex, the company's 25% share target, 目标价 and upside.
    dict(
        text=(
            "【东岭证券｜通信行业专题｜2025年6月9日】运营商降本压力下，AI基站节能进入规模部署期。我们测算，"
            "2024年我国AI基站节能软件及服务市场规模约48.2亿元，同比增长31.7%（2023年为36.6亿元），其中AAU智能关断"
            "约占四成；全年帮助运营商节电约12亿千瓦时。考虑到三大运营商2024年资本开支合计约3,640亿元、投资重心向"
            "算力与智能化倾斜，预计2027年市场规模将达到102亿元，2024—2027年CAGR为28.4%。公司力争2027年市占率达到"
            "25%，首次覆盖给予“增持”评级，目标价42.5元，对应上涨空间26%。"
        ),
        obs=[
            ("Total", 2023, 36.6, "CNY 100 million", "actual"),
            ("Total", 2024, 48.2, "CNY 100 million", "actual"),
            ("Total", 2027, 102, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("cagr", 28.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.2 / 36.6 - 1 = 31.694% -> 31.7
            ("cagr|implied", "exact"),  # (102 / 48.2) ** (1 / 3) - 1 = 28.386% -> 28.4
        ],
    ),
    # 11. Taiwanese research institute's release (Traditional Chinese, NT$): 2025's forecast rate holds only by
    #     ROUNDING. Expected nowhere: 5G penetration 38%, 120 surveyed firms, operators' NT$450億 capex.
    dict(
        text=(
            "【2025年3月12日／台北訊】台灣數位產業研究院今（12）日發布調查指出，2024年台灣電信業者導入AI網路維運"
            "（含智慧告警、故障預測與自動派工）的市場規模達新台幣58.3億元，年增16.4%，2023年則為50.1億元。"
            "研究院預估，隨著5G用戶滲透率攀升至38%，2025年市場將再成長16.8%，達68.0億元。本次調查共訪問120家"
            "業者；三大電信今年資本支出合計約新台幣450億元，AI相關比重仍偏低。"
        ),
        obs=[
            ("Total", 2023, 50.1, "TWD 100 million", "actual"),
            ("Total", 2024, 58.3, "TWD 100 million", "actual"),
            ("Total", 2025, 68.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("growth", 16.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.3 / 50.1 - 1 = 16.367% -> 16.4
            # 68.0 / 58.3 - 1 = 16.638% -> 16.6, not 16.8; bounds (67.95 / 58.35) .. (68.05 / 58.25) - 1
            # -> 16.452% .. 16.824%, which reaches 16.8
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese, HK$ 億港元): "去年" = 2024, "今年" = 2025 (an estimate). The 2024
    #     rate is INCONSISTENT with its amounts (the article's typo). Expected nowhere: 第四季 2.9億港元 (a quarter),
    #     1,200萬次 calls blocked, 2,400萬 mobile subscriptions.
    dict(
        text=(
            "（香港2025年3月18日訊）本地電訊商加快以人工智能打擊詐騙及預測客戶流失。業界組織香港通訊業聯盟今日公布，"
            "去年本港電訊AI防詐騙及客戶流失分析市場規模為9.6億港元，較前年的7.8億港元增長21.5%；其中防詐騙系統"
            "佔3.7億港元，即38.5%，全年攔截可疑來電逾1,200萬次。單計第四季，市場規模約2.9億港元。聯盟預計今年"
            "市場將增長16.7%至11.2億港元。目前全港流動電話用戶約2,400萬。"
        ),
        obs=[
            ("Total", 2023, 7.8, "HKD 100 million", "actual"),
            ("Total", 2024, 9.6, "HKD 100 million", "actual"),
            ("防詐騙系統", 2024, 3.7, "HKD 100 million", "actual"),
            ("Total", 2025, 11.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 38.5, "percent", 2024, 2024, None),
            ("growth", 16.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 9.6 / 7.8 - 1 = 23.077%, not 21.5; bounds (9.55 / 7.85) .. (9.65 / 7.75) - 1 -> 21.656% .. 24.516%,
            # which cannot reach 21.5
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),    # 3.7 / 9.6 = 38.542% -> 38.5
            ("cagr|implied", "exact"),  # 11.2 / 9.6 - 1 = 16.667% -> 16.7
        ],
    ),
    # 13. Taiwanese article quoting two publishers (Traditional Chinese, 億美元): the first publisher's base, target and
    #     rate are the figures; a share with no part amount (claim, no verdict). Expected nowhere: the second
    #     publisher's 52億美元, the NT$1,380億 spectrum auction, 中華電信's capex.
    dict(
        text=(
            "電信業擁抱AI的速度比預期更快。市調機構環宇科技研究指出，2024年全球電信網路AI市場規模約48億美元，"
            "其中網路自動化與SON應用占比達35%；該機構預估，2030年市場將擴大至215億美元，2024至2030年複合成長率"
            "達28.4%。不過另一家研究機構北辰顧問估算，2024年規模應為52億美元，差異主要來自是否計入雲端核心網。"
            "回到國內，去年5G頻譜競標總金額約新台幣1,380億元，中華電信今年資本支出則維持在約新台幣300億元水準。"
            "（2025年5月6日）"
        ),
        obs=[
            ("Total", 2024, 48, "USD 100 million", "actual"),
            ("Total", 2030, 215, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("cagr", 28.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (215 / 48) ** (1 / 6) - 1 = 28.390% -> 28.4
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese): 去年 = 2024; 较2021年增长3倍 is x3 over 3 years; a growth rate whose
    #     base amount is not printed (claim, no verdict); 今年有望突破 is an estimate. Expected nowhere: 今年一季度's
    #     24.3亿元, 439万个 base stations, 3,376亿GB of traffic.
    dict(
        text=(
            "新华社北京2025年4月22日电（记者 林远）记者从工业和信息化部获悉，截至3月底，我国5G基站总数达439万个。"
            "5G核心网智能化提速，去年我国5G核心网AI流量调度市场规模达到86亿元，同比增长26.5%，较2021年增长3倍。"
            "今年一季度，该市场规模为24.3亿元；同期移动互联网累计流量达3,376亿GB。业内人士预计，今年全年市场规模"
            "有望突破110亿元。"
        ),
        obs=[
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2025, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 15. Industry white paper (Simplified Chinese): a later figure in 万亿元 converted to the series' 亿元 (1.0万亿元 ->
    #     10000); a part with its share; 约占四成 is a share in words. Expected nowhere: 2025 white-paper year, 36家
    #     contributors, the 1.74万亿元 telecom services revenue.
    dict(
        text=(
            "《通信网络人工智能应用白皮书（2025年）》由36家单位联合编写。白皮书测算，2024年我国通信网络AI应用"
            "（含智能运维、智能节能、智能调度、智能客服与反诈）产业规模达2,150亿元，其中网络智能运维580亿元，"
            "占比约27%，智能客服与反诈约占四成。作为对照，同年全国电信业务收入约1.74万亿元。白皮书预计，到2030年"
            "产业规模将接近1.0万亿元，2024—2030年年均复合增长率约29%。"
        ),
        obs=[
            ("Total", 2024, 2150, "CNY 100 million", "actual"),
            ("网络智能运维", 2024, 580, "CNY 100 million", "actual"),
            ("Total", 2030, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 27, "percent", 2024, 2024, None),
            ("cagr", 29, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 580 / 2150 = 26.977% -> 27
            ("cagr|implied", "exact"),  # (10000 / 2150) ** (1 / 6) - 1 = 29.199% -> 29
        ],
    ),
    # 16. Markdown pipe table (English, USD billion), years as columns with E/F columns and a total row; dated June 2025
    #     so 2023 and 2024 are actual. 2025E adds to its total only by ROUNDING; the total's stated CAGR also holds
    #     only by ROUNDING. Expected nowhere: "Table 2", the USD 318bn telecom equipment market.
    dict(
        text=(
            "Lattice Capital | Telecom AI sector note | 12 June 2025\n"
            "Table 2: Global AI in telecom networks, by application (USD billion)\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Network automation & SON | 2.14 | 2.61 | 3.18 | 4.62 |\n"
            "| RAN energy saving | 0.88 | 1.17 | 1.52 | 2.49 |\n"
            "| Predictive maintenance | 0.73 | 0.91 | 1.12 | 1.66 |\n"
            "| Churn & fraud analytics | 1.05 | 1.24 | 1.43 | 1.89 |\n"
            "| Core traffic management | 0.41 | 0.58 | 0.81 | 1.47 |\n"
            "| Total | 5.21 | 6.51 | 8.07 | 12.13 |\n"
            "Note: E = estimate, F = forecast; totals may not add due to rounding. Total CAGR 2024-2027F: 23.0%. "
            "For scale, the telecom equipment market was USD 318bn in 2024."
        ),
        obs=[
            ("Network automation & SON", 2023, 2.14, "USD billion", "actual"),
            ("Network automation & SON", 2024, 2.61, "USD billion", "actual"),
            ("Network automation & SON", 2025, 3.18, "USD billion", "estimate"),
            ("Network automation & SON", 2027, 4.62, "USD billion", "estimate"),
            ("RAN energy saving", 2023, 0.88, "USD billion", "actual"),
            ("RAN energy saving", 2024, 1.17, "USD billion", "actual"),
            ("RAN energy saving", 2025, 1.52, "USD billion", "estimate"),
            ("RAN energy saving", 2027, 2.49, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 0.73, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 0.91, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 1.12, "USD billion", "estimate"),
            ("Predictive maintenance", 2027, 1.66, "USD billion", "estimate"),
            ("Churn & fraud analytics", 2023, 1.05, "USD billion", "actual"),
            ("Churn & fraud analytics", 2024, 1.24, "USD billion", "actual"),
            ("Churn & fraud analytics", 2025, 1.43, "USD billion", "estimate"),
            ("Churn & fraud analytics", 2027, 1.89, "USD billion", "estimate"),
            ("Core traffic management", 2023, 0.41, "USD billion", "actual"),
            ("Core traffic management", 2024, 0.58, "USD billion", "actual"),
            ("Core traffic management", 2025, 0.81, "USD billion", "estimate"),
            ("Core traffic management", 2027, 1.47, "USD billion", "estimate"),
            ("Total", 2023, 5.21, "USD billion", "actual"),
            ("Total", 2024, 6.51, "USD billion", "actual"),
            ("Total", 2025, 8.07, "USD billion", "estimate"),
            ("Total", 2027, 12.13, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (12.13 / 6.51) ** (1 / 3) - 1 = 23.053% -> 23.1, not 23.0; bounds (12.125 / 6.515) .. (12.135 / 6.505)
            # -> 23.005% .. 23.102%, which reaches 23.0
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),     # 2023: 2.14 + 0.88 + 0.73 + 1.05 + 0.41 = 5.21
            ("hierarchy", "exact"),     # 2024: 2.61 + 1.17 + 0.91 + 1.24 + 0.58 = 6.51
            # 2025E: 3.18 + 1.52 + 1.12 + 1.43 + 0.81 = 8.06, not 8.07; bounds 8.06 -/+ 5 x 0.005 -> 8.035 .. 8.085,
            # which reaches 8.07
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2027F: 4.62 + 2.49 + 1.66 + 1.89 + 1.47 = 12.13
        ],
    ),
    # 17. Space-aligned table with fiscal years as rows (English, ¥ billion); each value column's header is its item,
    #     the Total column the market. Dated November 2025: FY2022-FY2024 actual, the E/F rows estimates. Expected
    #     nowhere: "Figure 4-2", 64 vendors, 1.9 billion kWh saved.
    dict(
        text=(
            "Mizuho-cho Research Institute, Telecom AI Market Outlook (published 18 November 2025)\n"
            "Figure 4-2. Japan: AI for mobile network operations, by application (¥ billion)\n"
            "FY        Automation   Maintenance   Energy saving    Total\n"
            "2022            12.6           7.4             3.1     23.1\n"
            "2023            15.9           8.8             4.6     29.3\n"
            "2024            19.8          10.5             6.9     37.2\n"
            "2025E           24.1          12.3             9.8     46.2\n"
            "2026F           28.7          14.6            13.2     56.5\n"
            "Note: fiscal years begin in April. Energy-saving software cut operators' power use by about 1.9 billion "
            "kWh in FY2024. Based on interviews with 64 vendors and operators."
        ),
        obs=[
            ("Automation", 2022, 12.6, "JPY billion", "actual"),
            ("Automation", 2023, 15.9, "JPY billion", "actual"),
            ("Automation", 2024, 19.8, "JPY billion", "actual"),
            ("Automation", 2025, 24.1, "JPY billion", "estimate"),
            ("Automation", 2026, 28.7, "JPY billion", "estimate"),
            ("Maintenance", 2022, 7.4, "JPY billion", "actual"),
            ("Maintenance", 2023, 8.8, "JPY billion", "actual"),
            ("Maintenance", 2024, 10.5, "JPY billion", "actual"),
            ("Maintenance", 2025, 12.3, "JPY billion", "estimate"),
            ("Maintenance", 2026, 14.6, "JPY billion", "estimate"),
            ("Energy saving", 2022, 3.1, "JPY billion", "actual"),
            ("Energy saving", 2023, 4.6, "JPY billion", "actual"),
            ("Energy saving", 2024, 6.9, "JPY billion", "actual"),
            ("Energy saving", 2025, 9.8, "JPY billion", "estimate"),
            ("Energy saving", 2026, 13.2, "JPY billion", "estimate"),
            ("Total", 2022, 23.1, "JPY billion", "actual"),
            ("Total", 2023, 29.3, "JPY billion", "actual"),
            ("Total", 2024, 37.2, "JPY billion", "actual"),
            ("Total", 2025, 46.2, "JPY billion", "estimate"),
            ("Total", 2026, 56.5, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 12.6 + 7.4 + 3.1 = 23.1
            ("hierarchy", "exact"),  # 2023: 15.9 + 8.8 + 4.6 = 29.3
            ("hierarchy", "exact"),  # 2024: 19.8 + 10.5 + 6.9 = 37.2
            ("hierarchy", "exact"),  # 2025E: 24.1 + 12.3 + 9.8 = 46.2
            ("hierarchy", "exact"),  # 2026F: 28.7 + 14.6 + 13.2 = 56.5
        ],
    ),
    # 18. Tab-separated table (Simplified Chinese, 亿元), years as columns with E columns, a 合计 row and a 2024—2026E
    #     CAGR column (span printed: stated). One row's CAGR holds only by ROUNDING. Expected nowhere: 表3, title years
    #     2023—2026E, the source line's date.
    dict(
        text=(
            "表3  2023—2026E年中国通信网络AI应用市场结构（单位：亿元）\n"
            "细分领域\t2023\t2024\t2025E\t2026E\t2024—2026E CAGR\n"
            "智能运维\t52.4\t66.8\t84.1\t104.6\t25.1%\n"
            "基站节能\t36.6\t48.2\t63.5\t81.0\t29.6%\n"
            "反诈与离网预警\t28.3\t33.9\t40.2\t47.1\t17.9%\n"
            "流量智能调度\t14.7\t21.5\t30.8\t42.6\t40.9%\n"
            "合计\t132.0\t170.4\t218.6\t275.3\t27.1%\n"
            "注：E为预测值；资料来源：运营商集采公告，西江证券研究所测算（2025年8月）。"
        ),
        obs=[
            ("智能运维", 2023, 52.4, "CNY 100 million", "actual"),
            ("智能运维", 2024, 66.8, "CNY 100 million", "actual"),
            ("智能运维", 2025, 84.1, "CNY 100 million", "estimate"),
            ("智能运维", 2026, 104.6, "CNY 100 million", "estimate"),
            ("基站节能", 2023, 36.6, "CNY 100 million", "actual"),
            ("基站节能", 2024, 48.2, "CNY 100 million", "actual"),
            ("基站节能", 2025, 63.5, "CNY 100 million", "estimate"),
            ("基站节能", 2026, 81.0, "CNY 100 million", "estimate"),
            ("反诈与离网预警", 2023, 28.3, "CNY 100 million", "actual"),
            ("反诈与离网预警", 2024, 33.9, "CNY 100 million", "actual"),
            ("反诈与离网预警", 2025, 40.2, "CNY 100 million", "estimate"),
            ("反诈与离网预警", 2026, 47.1, "CNY 100 million", "estimate"),
            ("流量智能调度", 2023, 14.7, "CNY 100 million", "actual"),
            ("流量智能调度", 2024, 21.5, "CNY 100 million", "actual"),
            ("流量智能调度", 2025, 30.8, "CNY 100 million", "estimate"),
            ("流量智能调度", 2026, 42.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 132.0, "CNY 100 million", "actual"),
            ("合计", 2024, 170.4, "CNY 100 million", "actual"),
            ("合计", 2025, 218.6, "CNY 100 million", "estimate"),
            ("合计", 2026, 275.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 29.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 40.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 27.1, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (104.6 / 66.8) ** (1 / 2) - 1 = 25.135% -> 25.1
            ("cagr|implied", "exact"),  # (81.0 / 48.2) ** (1 / 2) - 1 = 29.634% -> 29.6
            ("cagr|implied", "exact"),  # (47.1 / 33.9) ** (1 / 2) - 1 = 17.872% -> 17.9
            # (42.6 / 21.5) ** (1 / 2) - 1 = 40.762% -> 40.8, not 40.9; bounds (42.55 / 21.55) .. (42.65 / 21.45)
            # -> 40.516% .. 41.009%, which reaches 40.9
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (275.3 / 170.4) ** (1 / 2) - 1 = 27.107% -> 27.1
            ("hierarchy", "exact"),     # 2023: 52.4 + 36.6 + 28.3 + 14.7 = 132.0
            ("hierarchy", "exact"),     # 2024: 66.8 + 48.2 + 33.9 + 21.5 = 170.4
            ("hierarchy", "exact"),     # 2025E: 84.1 + 63.5 + 40.2 + 30.8 = 218.6
            ("hierarchy", "exact"),     # 2026E: 104.6 + 81.0 + 47.1 + 42.6 = 275.3
        ],
    ),
    # 19. Space-aligned table (English, USD million), Indian fiscal years as columns, an F column, a total row labelled
    #     "All use cases" and a CAGR column. The fraud row's CAGR is INCONSISTENT (a typo from an earlier draft).
    #     Expected nowhere: "Exhibit 7", the ₹3,470 crore rupee figure, 1.16 billion subscribers.
    dict(
        text=(
            "Deccan Telecom Research - India AI-in-Telecom Tracker, August 2025\n"
            "Exhibit 7: Operator spend on AI by use case (USD million)\n"
            "Use case                      FY2023   FY2024   FY2029F   CAGR FY24-29\n"
            "Network automation               148      186       512          22.4%\n"
            "Predictive maintenance            62       81       247          25.0%\n"
            "Fraud and churn analytics         95      117       298          22.7%\n"
            "Energy optimisation               21       34       131          31.0%\n"
            "All use cases                    326      418      1188          23.2%\n"
            "Note: fiscal years end 31 March. FY2024 spend equals roughly ₹3,470 crore. India had 1.16 billion "
            "wireless subscribers at end-FY2024."
        ),
        obs=[
            ("Network automation", 2023, 148, "USD million", "actual"),
            ("Network automation", 2024, 186, "USD million", "actual"),
            ("Network automation", 2029, 512, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 62, "USD million", "actual"),
            ("Predictive maintenance", 2024, 81, "USD million", "actual"),
            ("Predictive maintenance", 2029, 247, "USD million", "estimate"),
            ("Fraud and churn analytics", 2023, 95, "USD million", "actual"),
            ("Fraud and churn analytics", 2024, 117, "USD million", "actual"),
            ("Fraud and churn analytics", 2029, 298, "USD million", "estimate"),
            ("Energy optimisation", 2023, 21, "USD million", "actual"),
            ("Energy optimisation", 2024, 34, "USD million", "actual"),
            ("Energy optimisation", 2029, 131, "USD million", "estimate"),
            ("All use cases", 2023, 326, "USD million", "actual"),
            ("All use cases", 2024, 418, "USD million", "actual"),
            ("All use cases", 2029, 1188, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 31.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (512 / 186) ** (1 / 5) - 1 = 22.448% -> 22.4
            ("cagr|implied", "exact"),  # (247 / 81) ** (1 / 5) - 1 = 24.981% -> 25.0
            # (298 / 117) ** (1 / 5) - 1 = 20.561%, not 22.7; bounds (297.5 / 117.5) .. (298.5 / 116.5)
            # -> 20.418% .. 20.705%, which cannot reach 22.7
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (131 / 34) ** (1 / 5) - 1 = 30.966% -> 31.0
            ("cagr|implied", "exact"),  # (1188 / 418) ** (1 / 5) - 1 = 23.233% -> 23.2
            ("hierarchy", "exact"),     # FY2023: 148 + 62 + 95 + 21 = 326
            ("hierarchy", "exact"),     # FY2024: 186 + 81 + 117 + 34 = 418
            ("hierarchy", "exact"),     # FY2029F: 512 + 247 + 298 + 131 = 1188
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese) with years as rows and a lone value column headed by its unit only
    #     (億美元 -> Total, USD 100 million), a 年增率 column and a revised figure in the note. Dated October 2025: F
    #     rows estimates. The 2024 rate holds only by ROUNDING. Expected nowhere: 表二, title years 2021—2026F, the
    #     superseded 20.4億美元.
    dict(
        text=(
            "表二、全球5G/6G核心網AI流量管理市場規模（2021—2026F）\n"
            "| 年份 | 億美元 | 年增率 |\n"
            "|:---:|---:|---:|\n"
            "| 2021 | 8.6 | — |\n"
            "| 2022 | 11.9 | 38.4% |\n"
            "| 2023 | 16.2 | 36.1% |\n"
            "| 2024 | 21.7 | 34.5% |\n"
            "| 2025F | 28.3 | 30.4% |\n"
            "| 2026F | 36.1 | 27.6% |\n"
            "註：2024年數值由前版的20.4億美元上修為21.7億美元；F為預測值。資料來源：新竹產業科技研究所，2025年10月。"
        ),
        obs=[
            ("Total", 2021, 8.6, "USD 100 million", "actual"),
            ("Total", 2022, 11.9, "USD 100 million", "actual"),
            ("Total", 2023, 16.2, "USD 100 million", "actual"),
            ("Total", 2024, 21.7, "USD 100 million", "actual"),
            ("Total", 2025, 28.3, "USD 100 million", "estimate"),
            ("Total", 2026, 36.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.4, "percent", 2021, 2022, 1.0),
            ("growth", 36.1, "percent", 2022, 2023, 1.0),
            ("growth", 34.5, "percent", 2023, 2024, 1.0),
            ("growth", 30.4, "percent", 2024, 2025, 1.0),
            ("growth", 27.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.9 / 8.6 - 1 = 38.372% -> 38.4
            ("cagr|implied", "exact"),  # 16.2 / 11.9 - 1 = 36.134% -> 36.1
            # 21.7 / 16.2 - 1 = 33.951% -> 34.0, not 34.5; bounds (21.65 / 16.25) .. (21.75 / 16.15) - 1
            # -> 33.231% .. 34.675%, which reaches 34.5
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 28.3 / 21.7 - 1 = 30.415% -> 30.4
            ("cagr|implied", "exact"),  # 36.1 / 28.3 - 1 = 27.562% -> 27.6
        ],
    ),
    # 21. Research abstract (working paper): CAGR with printed span; the largest use case with its share.
    # Nowhere: 70-80% of power draw, 27 operators, 1,200 sites, 14% saved, 9.6 GWh, WP-25-07.
    dict(
        text=(
            "Abstract. Operators are turning to machine learning to cut the electricity bill of the radio access "
            "network, which typically accounts for 70-80% of a mobile network's power draw. Drawing on vendor "
            "disclosures and interviews with 27 operators, we size worldwide spending on AI-driven RAN "
            "energy-saving software and services at US$1.42 billion in 2024 and project US$5.37 billion in 2030, "
            "a compound annual growth rate of 24.8% over 2024-2030. Sleep-mode and carrier-shutdown orchestration "
            "was the largest use case, at US$0.61 billion (43.0% of 2024 spending). In field trials covering "
            "1,200 macro sites, AI-scheduled shutdowns saved an average 14% of site energy, about 9.6 GWh a year. "
            "(Working paper WP-25-07, Nordic Institute for Network Economics.)"
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 5.37, "USD billion", "estimate"),
            ("Sleep-mode and carrier-shutdown orchestration", 2024, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 24.8, "percent", 2024, 2030, None, "stated"),
            ("share", 43.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.37 / 1.42) ** (1 / 6) - 1 = 24.819% -> 24.8
            ("arithmetic", "exact"),    # 0.61 / 1.42 = 42.958% -> 43.0
        ],
    ),
    # 22. Equipment maker's earnings call (30 Jan 2025): the TAM it sizes is the Total; "this year" = 2025, an
    # estimate; "roughly 2.2 times in four years" a multiple (16 / 7.4 = 2.16). Nowhere: net sales $6.9bn, orders
    # up 9%, 44.1% margin, operator capex ~$290bn, 140 deployments, the title's 2024.
    dict(
        text=(
            "Fourth-quarter and full-year 2024 results call, 30 January 2025 (edited transcript)\n"
            "CFO: Net sales in the quarter were $6.9 billion, with orders up 9% year over year and a gross margin "
            "of 44.1%.\n"
            "CEO: Our customers are under real pressure -- global operator capex is running at roughly $290 "
            "billion, and it's flat. That's why we think the software layer is where the growth is. We size the "
            "total addressable market for network automation and SON software at about $7.4 billion this year, "
            "rising to some $16 billion by 2029 -- roughly 2.2 times in four years. We now have more than 140 "
            "live SON deployments."
        ),
        obs=[
            ("Total", 2025, 7.4, "USD billion", "estimate"),
            ("Total", 2029, 16, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.2, "multiple", 2025, 2029, 4.0),
        ],
        verdicts=[],
    ),
    # 23. Tokyo research house, fiscal years in yen: a year-on-year rate only a reading of the rounded inputs
    # reaches, and a stated CAGR to fiscal 2028. Nowhere: 480,000 base stations, four operators, the Korean market
    # in won (no unit in the table).
    dict(
        text=(
            "TOKYO, 14 November 2024 -- Japan's market for AI-driven network operations -- predictive "
            "maintenance of towers, fibre and power plant, plus automated fault isolation -- reached ¥48.6 "
            "billion in fiscal 2023, up 18.1% from ¥41.2 billion in fiscal 2022, Shinagawa Telecom Research said "
            "on Thursday. The firm forecasts ¥102 billion in fiscal 2028, which it describes as average annual "
            "growth of 16.0% between fiscal 2023 and fiscal 2028. The country's four mobile operators run some "
            "480,000 base stations between them. Shinagawa puts South Korea's equivalent market at about 410 "
            "billion won."
        ),
        obs=[
            ("Total", 2022, 41.2, "JPY billion", "actual"),
            ("Total", 2023, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 102, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2022, 2023, 1.0),
            ("cagr", 16.0, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 41.2 - 1 = 17.961% -> 18.0, not 18.1; bounds
                                           # 48.55 / 41.25 - 1 = 17.697% .. 48.65 / 41.15 - 1 = 18.226%: 18.1 reached
            ("cagr|implied", "exact"),     # (102 / 48.6) ** (1 / 5) - 1 = 15.983% -> 16.0
        ],
    ),
    # 24. Forum reply (3 Mar 2025): "last year" = 2024; a part with a share; a 2030 range gives two value claims.
    # Nowhere: ~$1.5 trillion service revenue, $38 ARPU, churn 1.6% -> 1.3% monthly.
    dict(
        text=(
            "r/telecom -- reply by u/bss_greybeard, 3 Mar 2025\n"
            "Re: Is AI churn prediction actually a big market or just vendor hype?\n"
            "Depends who you ask, but the number I trust most is from Halvorsen Advisory: roughly $2.9B globally "
            "last year for churn-prediction plus fraud analytics sold to operators. Fraud analytics is the bigger "
            "chunk at ~$1.7B (~59%). Their 2030 call is a range, $6.5B-$7.4B. For perspective, that's tiny next "
            "to the ~$1.5 trillion the world's operators book in service revenue, and my own carrier's blended "
            "ARPU is like $38/month. We cut monthly churn from 1.6% to 1.3% with a model, and it paid for itself "
            "in a quarter."
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Fraud analytics", 2024, 1.7, "USD billion", "actual"),
        ],
        claims=[
            ("share", 59, "percent", 2024, 2024, None),
            ("value", 6.5, "USD billion", 2030, 2030, None),
            ("value", 7.4, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.7 / 2.9 = 58.621% -> 59
        ],
    ),
    # 25. Bengaluru research house: the rupee aside is no observation; the 2029 figure in billions is expected in
    # the series' USD million. The 26.0% is INCONSISTENT with its amounts (apparently carried over from an earlier
    # edition whose 2023 base excluded fraud analytics). Nowhere: ₹4,150 crore, ₹11,340 crore auction, 4.6 lakh
    # base stations, 1.16 billion subscribers.
    dict(
        text=(
            "BENGALURU, 22 April 2025 -- India's market for AI in telecom networks -- self-organising network "
            "software, AI-based RAN optimisation, predictive maintenance of towers and fibre, and fraud analytics "
            "bought by the country's operators -- stood at US$498 million in 2024 (roughly ₹4,150 crore), up "
            "26.0% from US$412 million in 2023, according to Deccan Telecom Insights. The firm expects the market "
            "to reach US$1.31 billion in 2029, a 21.3% CAGR over 2024-29. For context, the last spectrum auction "
            "raised ₹11,340 crore, and operators have installed more than 4.6 lakh 5G base stations to serve "
            "1.16 billion mobile subscribers."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 498, "USD million", "actual"),
            ("Total", 2029, 1310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 498 / 412 - 1 = 20.874%; bounds 497.5 / 412.5 - 1 = 20.606% ..
                                               # 498.5 / 411.5 - 1 = 21.142%: 26.0 not reached
            ("cagr|implied", "exact"),         # (1310 / 498) ** (1 / 5) - 1 = 21.341% -> 21.3
        ],
    ),
    # 26. Investor-day slide bullets (11 Jun 2025): the addressable market is the Total; "~29% CAGR" has no
    # printed span, only its amounts' years (inferred); a part with "4x" over 2024-2028. Nowhere: slide 14,
    # 1.9bn SA connections, the 20%+ share ambition, the 18-20% margin.
    dict(
        text=(
            "Capital Markets Day, 11 June 2025 -- Slide 14: Cloud core & AI\n"
            "- Addressable market for AI traffic management in 5G SA and 6G-ready cores: $4.2B in 2024 -> $11.8B "
            "in 2028 (~29% CAGR)\n"
            "- Intent-based slicing assurance is the fastest-growing piece: $0.9B -> $3.6B over the same period (4x)\n"
            "- 5G SA connections worldwide to pass 1.9bn by 2028\n"
            "- Our ambition: 20%+ share of the addressable market by 2028; segment EBITA margin 18-20%"
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2028, 11.8, "USD billion", "estimate"),
            ("Intent-based slicing assurance", 2024, 0.9, "USD billion", "actual"),
            ("Intent-based slicing assurance", 2028, 3.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
            ("multiple", 4.0, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.8 / 4.2) ** (1 / 4) - 1 = 29.467% -> 29
        ],
    ),
    # 27. Hong Kong statistics release: the revised 2023 figure is the figure, the superseded HK$409 million is
    # expected nowhere; the 14.8% is reached only by a reading of the rounded amounts. Nowhere: Table 6, the
    # fourth quarter's HK$138 million, 57 establishments, 1,240 persons.
    dict(
        text=(
            "Annual Survey of Digital Network Services: provisional results for 2024 (released 18 June 2025)\n"
            "Receipts from AI-enabled network management and automation services provided to local "
            "telecommunications operators amounted to HK$486 million in 2024, an increase of 14.8% over the "
            "revised 2023 figure of HK$423 million (Table 6). The 2023 figure was previously published as HK$409 "
            "million and has been revised upward after late returns from three establishments. Receipts in the "
            "fourth quarter of 2024 alone were HK$138 million. A total of 57 establishments, engaging 1,240 "
            "persons, provided such services in 2024."
        ),
        obs=[
            ("Total", 2023, 423, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 486 / 423 - 1 = 14.894% -> 14.9, not 14.8; bounds
                                           # 485.5 / 423.5 - 1 = 14.640% .. 486.5 / 422.5 - 1 = 15.148%: 14.8 reached
        ],
    ),
    # 28. Annual-report market overview in euros: year-on-year rate with both amounts, a part with its share, a
    # CAGR to 2028 with printed span but no 2028 amount (no verdict). Nowhere: p. 18, "roughly a quarter" from
    # Germany, the company's own €212m / €181m revenue, its 15% margin target, 2,310 employees.
    dict(
        text=(
            "Annual Report 2024 | Strategy and market (p. 18)\n"
            "We estimate that the European market for AI-based fraud management and churn analytics sold to "
            "communications service providers reached €1.36 billion in 2024, an increase of 19% on the €1.14 "
            "billion of 2023. Fraud management accounted for €0.58 billion, or 43%, of the total; roughly a "
            "quarter of demand came from Germany. We expect the market to grow at a compound rate of about 17% "
            "a year between 2024 and 2028. Our own revenue in the segment rose to €212 million (2023: €181 "
            "million), and we target an EBIT margin of 15% by 2026. We employed 2,310 people at year-end."
        ),
        obs=[
            ("Total", 2023, 1.14, "EUR billion", "actual"),
            ("Total", 2024, 1.36, "EUR billion", "actual"),
            ("Fraud management", 2024, 0.58, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.36 / 1.14 - 1 = 19.298% -> 19
            ("arithmetic", "exact"),    # 0.58 / 1.36 = 42.647% -> 43
        ],
    ),
    # 29. Guangdong plan (Simplified): a 力争 target is an estimate; 增长1.4倍 keeps 1.4 as the multiple over
    # 2024-2027; 年均增长 with printed span. Nowhere: 〔2025〕17号, title years 2025—2027, 5万个 base stations,
    # 营收超10亿元 (a firm's revenue), 10家 firms, 100个 scenarios.
    dict(
        text=(
            "广东省工业和信息化厅关于印发《广东省通信网络智能化产业发展行动计划（2025—2027年）》的通知"
            "（粤工信〔2025〕17号）\n"
            "……二、发展目标。到2027年，全省通信网络智能化（AI+网络）产业规模力争突破300亿元，较2024年的126亿元"
            "增长1.4倍，2024—2027年年均增长33.5%；新建5G-A基站5万个，培育营收超10亿元的网络智能化骨干企业10家"
            "以上，打造100个“AI+网络”典型应用场景。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.4, "multiple", 2024, 2027, 3.0),
            ("cagr", 33.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (300 / 126) ** (1 / 3) - 1 = 33.531% -> 33.5
        ],
    ),
    # 30. Broker note (Simplified, 17 Feb 2025): approximate 约36.8亿元 at its printed figure; CAGR with printed
    # span; a part with its share. Nowhere: 3,200千瓦时 saved, operators' capex 3,400亿元 and its -9%, the
    # target price 28.6元 and 25% upside.
    dict(
        text=(
            "【东岳证券·通信行业深度报告】AI+RAN节能：运营商降本的确定性抓手（2025年2月17日）\n"
            "核心观点：我们测算，2024年国内三大运营商采购的AI基站节能软件及服务市场规模约36.8亿元，预计2027年将"
            "达到92.5亿元，2024—2027年复合增速约36%。其中，符号关断与深度休眠方案2024年规模为15.2亿元，占比41.3%。"
            "以单站计，AI节能方案可使年均耗电下降约3,200千瓦时；三大运营商2024年资本开支合计约3,400亿元，同比下降"
            "约9%。维持行业“推荐”评级，重点公司目标价28.6元，对应上涨空间25%。"
        ),
        obs=[
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("Total", 2027, 92.5, "CNY 100 million", "estimate"),
            ("符号关断与深度休眠方案", 2024, 15.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 36, "percent", 2024, 2027, None, "stated"),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (92.5 / 36.8) ** (1 / 3) - 1 = 35.966% -> 36
            ("arithmetic", "exact"),    # 15.2 / 36.8 = 41.304% -> 41.3
        ],
    ),
    # 31. Weibo post (8 Apr 2025): 去年 = 2024 (约45亿元 at its printed figure), 今年 = 2025 an estimate (突破60亿元);
    # 较2021年增长3倍 is x3 over 2021-2024. Nowhere: 反诈占比超过一半 (a fraction in words), 27.5亿次 calls,
    # 22.8亿条 messages, 18亿户 subscribers.
    dict(
        text=(
            "@通信老炮儿 2025年4月8日 来自微博网页版\n"
            "#电信反诈# 说个数：据智研通信统计，去年国内运营商采购的AI反诈与用户流失预测分析市场约45亿元，较2021年"
            "增长3倍，今年有望突破60亿元，其中反诈占比超过一半。作为对比，去年全国共拦截诈骗电话27.5亿次、诈骗短信"
            "22.8亿条，三大运营商移动用户合计超过18亿户。模型是越来越好用了，但采购预算还得看省公司脸色😂"
        ),
        obs=[
            ("Total", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 32. White paper (Simplified): the series' first figure is in 亿元, so 1.1万亿元 in 2030 is expected converted to
    # 11000 亿元; CAGR with printed span. Nowhere: the title's 2025, 中国市场约占三成 (fraction in words), 600万个
    # base stations, traffic growth 约21%.
    dict(
        text=(
            "《通信网络人工智能发展白皮书（2025年）》第二章指出，全球通信网络AI市场（含自智网络软件、AI运维、无线"
            "智能节能及网络安全AI）2024年规模约为3,150亿元人民币，预计2030年有望达到1.1万亿元，2024—2030年年均复合"
            "增长率为23.2%。其中，中国市场约占三成。白皮书同时披露，全球已部署5G基站超过600万个，2024年全球移动数据"
            "流量同比增长约21%。"
        ),
        obs=[
            ("Total", 2024, 3150, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11000 / 3150) ** (1 / 6) - 1 = 23.172% -> 23.2
        ],
    ),
    # 33. Taipei MIC release (Traditional, 12 Mar 2025), 新台幣億元: the 17.6% is reached only by a reading of the
    # rounded amounts; 2026 可望突破70億元 an estimate at its printed figure. Nowhere: (12)日, 1,300萬戶 users,
    # the NT$1,421億元 spectrum auction, 12家 firms.
    dict(
        text=(
            "【台北，2025年3月12日電】資策會產業情報研究所（MIC）今（12）日發布「電信網路AI化趨勢」調查指出，國內電信"
            "業者導入AI網路維運（含基地台與光纖預測性維護、異常偵測及自動派工）的市場規模，2024年達新台幣52.4億元，"
            "較2023年的44.6億元成長17.6%；MIC預估，2026年可望突破70億元。MIC也指出，國內5G用戶數已逾1,300萬戶，"
            "而先前5G頻譜拍賣總金額為新台幣1,421億元。本次調查共訪談12家業者。"
        ),
        obs=[
            ("Total", 2023, 44.6, "TWD 100 million", "actual"),
            ("Total", 2024, 52.4, "TWD 100 million", "actual"),
            ("Total", 2026, 70, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 52.4 / 44.6 - 1 = 17.489% -> 17.5, not 17.6; bounds
                                           # 52.35 / 44.65 - 1 = 17.245% .. 52.45 / 44.55 - 1 = 17.733%: 17.6 reached
        ],
    ),
    # 34. Hong Kong newspaper (Traditional), 億港元: 昨日 is 20 May 2025, so 去年 = 2024 and 今年 = 2025 (an
    # estimate); a part with its share; a year-on-year rate to this year. Nowhere: 3,200宗 cases, 2,400萬 users.
    dict(
        text=(
            "【本報訊】香港電訊科技研究中心昨日（2025年5月20日）發表報告，指去年本港電訊商在AI反詐騙及客戶流失預測"
            "方案上的市場規模約為9.8億港元，其中反詐騙方案佔5.6億港元，即57.1%。報告預期，隨着電訊商加強攔截詐騙"
            "來電，今年市場規模將增至11.6億港元，增長18.4%。警方數字顯示，去年電話騙案共錄得約3,200宗；本港流動"
            "電話用戶數目則逾2,400萬。"
        ),
        obs=[
            ("Total", 2024, 9.8, "HKD 100 million", "actual"),
            ("反詐騙方案", 2024, 5.6, "HKD 100 million", "actual"),
            ("Total", 2025, 11.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 57.1, "percent", 2024, 2024, None),
            ("growth", 18.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 5.6 / 9.8 = 57.143% -> 57.1
            ("cagr|implied", "exact"),  # 11.6 / 9.8 - 1 = 18.367% -> 18.4
        ],
    ),
    # 35. PTT post (Traditional, 8 Jan 2025) relaying a foreign broker, 億美元 (USD 100 million): 是2020年的近5倍 is
    # x5 over 2020-2024; CAGR with printed span. Nowhere: list numbers 1-4, target price 420元 and 22% upside,
    # 8億 SA users, 明年Q2.
    dict(
        text=(
            "作者 netboy5566 (網通小韭菜)\n"
            "看板 Stock\n"
            "標題 [情報] 外資：5G/6G核心網AI流量管理商機\n"
            "時間 Wed Jan  8 21:14:36 2025\n"
            "轉述某外資最新報告重點：\n"
            "1. 全球5G/6G核心網AI流量管理（流量預測、智慧分流、切片調度）市場2024年約30億美元，是2020年的近5倍\n"
            "2. 預估2027年達到72億美元，2024至2027年年複合成長率約34%\n"
            "3. 台廠受惠白牌交換器與邊緣伺服器，外資給某網通廠目標價420元，上看空間22%\n"
            "4. 2024年全球5G SA用戶約8億\n"
            "心得：明年Q2法說會可以注意一下"
        ),
        obs=[
            ("Total", 2024, 30, "USD 100 million", "actual"),
            ("Total", 2027, 72, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2020, 2024, 4.0),
            ("cagr", 34, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72 / 30) ** (1 / 3) - 1 = 33.887% -> 34
        ],
    ),
    # 36. Markdown table, years as columns, E columns and a Total row; 2025E rows add to 3,985 against a printed
    # 3,986, reached only by rounding. Nowhere: Figure 3.2, the title span 2023-2026E.
    dict(
        text=(
            "Figure 3.2 -- Worldwide network automation and SON software revenue by segment, 2023-2026E "
            "(USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Centralised SON (C-SON) | 1,120 | 1,265 | 1,410 | 1,560 |\n"
            "| Intent-based orchestration | 540 | 720 | 950 | 1,230 |\n"
            "| AI fault management & predictive maintenance | 610 | 780 | 985 | 1,220 |\n"
            "| Closed-loop service assurance | 430 | 520 | 640 | 790 |\n"
            "| Total | 2,700 | 3,285 | 3,986 | 4,800 |\n"
            "\n"
            "Note: E = estimate. Segment figures are rounded independently, so totals may not add. Excludes "
            "professional services and hardware appliances."
        ),
        obs=[
            ("Centralised SON (C-SON)", 2023, 1120, "USD million", "actual"),
            ("Centralised SON (C-SON)", 2024, 1265, "USD million", "actual"),
            ("Centralised SON (C-SON)", 2025, 1410, "USD million", "estimate"),
            ("Centralised SON (C-SON)", 2026, 1560, "USD million", "estimate"),
            ("Intent-based orchestration", 2023, 540, "USD million", "actual"),
            ("Intent-based orchestration", 2024, 720, "USD million", "actual"),
            ("Intent-based orchestration", 2025, 950, "USD million", "estimate"),
            ("Intent-based orchestration", 2026, 1230, "USD million", "estimate"),
            ("AI fault management & predictive maintenance", 2023, 610, "USD million", "actual"),
            ("AI fault management & predictive maintenance", 2024, 780, "USD million", "actual"),
            ("AI fault management & predictive maintenance", 2025, 985, "USD million", "estimate"),
            ("AI fault management & predictive maintenance", 2026, 1220, "USD million", "estimate"),
            ("Closed-loop service assurance", 2023, 430, "USD million", "actual"),
            ("Closed-loop service assurance", 2024, 520, "USD million", "actual"),
            ("Closed-loop service assurance", 2025, 640, "USD million", "estimate"),
            ("Closed-loop service assurance", 2026, 790, "USD million", "estimate"),
            ("Total", 2023, 2700, "USD million", "actual"),
            ("Total", 2024, 3285, "USD million", "actual"),
            ("Total", 2025, 3986, "USD million", "estimate"),
            ("Total", 2026, 4800, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1120 + 540 + 610 + 430 = 2700
            ("hierarchy", "exact"),     # 2024: 1265 + 720 + 780 + 520 = 3285
            ("hierarchy", "rounding"),  # 2025E: 1410 + 950 + 985 + 640 = 3985 vs 3986; rows at +-0.5 each give
                                        # 3983 .. 3987, which reaches 3986
            ("hierarchy", "exact"),     # 2026E: 1560 + 1230 + 1220 + 790 = 4800
        ],
    ),
    # 37. Tab-separated regional table with a share column and a CAGR 2024-30 column (span printed: stated); the
    # total row is labelled World (its 100.0% is no claim). The Middle East & Africa CAGR (21.4%) is INCONSISTENT
    # with its amounts (a stale figure from another period). Nowhere: the 100.0% total share.
    dict(
        text=(
            "Telecom operators' spending on AI churn-prediction and fraud analytics, by region (USD million)\n"
            "Region\t2024\t2030F\tShare of 2024\tCAGR 2024-30\n"
            "North America\t1,040\t2,610\t35.3%\t16.6%\n"
            "Europe\t760\t1,820\t25.8%\t15.7%\n"
            "Asia-Pacific\t820\t2,470\t27.8%\t20.2%\n"
            "Middle East & Africa\t180\t520\t6.1%\t21.4%\n"
            "Latin America\t150\t380\t5.1%\t16.8%\n"
            "World\t2,950\t7,800\t100.0%\t17.6%\n"
            "Note: F = forecast. Shares do not sum to 100 because of rounding. Includes subscriber-fraud, "
            "SIM-swap and interconnect-bypass detection."
        ),
        obs=[
            ("North America", 2024, 1040, "USD million", "actual"),
            ("North America", 2030, 2610, "USD million", "estimate"),
            ("Europe", 2024, 760, "USD million", "actual"),
            ("Europe", 2030, 1820, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 820, "USD million", "actual"),
            ("Asia-Pacific", 2030, 2470, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 180, "USD million", "actual"),
            ("Middle East & Africa", 2030, 520, "USD million", "estimate"),
            ("Latin America", 2024, 150, "USD million", "actual"),
            ("Latin America", 2030, 380, "USD million", "estimate"),
            ("World", 2024, 2950, "USD million", "actual"),
            ("World", 2030, 7800, "USD million", "estimate"),
        ],
        claims=[
            ("share", 35.3, "percent", 2024, 2024, None),
            ("share", 25.8, "percent", 2024, 2024, None),
            ("share", 27.8, "percent", 2024, 2024, None),
            ("share", 6.1, "percent", 2024, 2024, None),
            ("share", 5.1, "percent", 2024, 2024, None),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),           # 1040 / 2950 = 35.254% -> 35.3
            ("arithmetic", "exact"),           # 760 / 2950 = 25.763% -> 25.8
            ("arithmetic", "exact"),           # 820 / 2950 = 27.797% -> 27.8
            ("arithmetic", "exact"),           # 180 / 2950 = 6.102% -> 6.1
            ("arithmetic", "exact"),           # 150 / 2950 = 5.085% -> 5.1
            ("cagr|implied", "exact"),         # (2610 / 1040) ** (1 / 6) - 1 = 16.574% -> 16.6
            ("cagr|implied", "exact"),         # (1820 / 760) ** (1 / 6) - 1 = 15.667% -> 15.7
            ("cagr|implied", "exact"),         # (2470 / 820) ** (1 / 6) - 1 = 20.175% -> 20.2
            ("cagr|implied", "inconsistent"),  # (520 / 180) ** (1 / 6) - 1 = 19.341%; bounds (519.5 / 180.5) ** (1 / 6)
                                               # - 1 = 19.266% .. (520.5 / 179.5) ** (1 / 6) - 1 = 19.415%: 21.4 not reached
            ("cagr|implied", "exact"),         # (380 / 150) ** (1 / 6) - 1 = 16.757% -> 16.8
            ("cagr|implied", "exact"),         # (7800 / 2950) ** (1 / 6) - 1 = 17.592% -> 17.6
            ("hierarchy", "exact"),            # 2024: 1040 + 760 + 820 + 180 + 150 = 2950
            ("hierarchy", "exact"),            # 2030F: 2610 + 1820 + 2470 + 520 + 380 = 7800
        ],
    ),
    # 38. Simplified Chinese vertical table (years as rows) with two named value columns (each an item of its
    # header, never summed) and a 同比 column after each; the 2023 网络智能运维 rate 20.0 is reached only by
    # rounding. Nowhere: 表4, the title span 2020—2025, the 单位 line.
    dict(
        text=(
            "表4　2020—2025年中国运营商网络智能运维与AI基站节能市场规模\n"
            "单位：亿元，%\n"
            "\n"
            "| 年份 | 网络智能运维 | 同比 | AI基站节能 | 同比 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| 2020 | 58.3 | — | 6.2 | — |\n"
            "| 2021 | 71.6 | 22.8 | 9.8 | 58.1 |\n"
            "| 2022 | 86.9 | 21.4 | 15.1 | 54.1 |\n"
            "| 2023 | 104.2 | 20.0 | 22.7 | 50.3 |\n"
            "| 2024 | 126.5 | 21.4 | 31.4 | 38.3 |\n"
            "| 2025E | 151.8 | 20.0 | 43.0 | 36.9 |\n"
            "\n"
            "注：E为预测值；同比增速按未取整数据计算。资料来源：中通研究院整理。"
        ),
        obs=[
            ("网络智能运维", 2020, 58.3, "CNY 100 million", "actual"),
            ("网络智能运维", 2021, 71.6, "CNY 100 million", "actual"),
            ("网络智能运维", 2022, 86.9, "CNY 100 million", "actual"),
            ("网络智能运维", 2023, 104.2, "CNY 100 million", "actual"),
            ("网络智能运维", 2024, 126.5, "CNY 100 million", "actual"),
            ("网络智能运维", 2025, 151.8, "CNY 100 million", "estimate"),
            ("AI基站节能", 2020, 6.2, "CNY 100 million", "actual"),
            ("AI基站节能", 2021, 9.8, "CNY 100 million", "actual"),
            ("AI基站节能", 2022, 15.1, "CNY 100 million", "actual"),
            ("AI基站节能", 2023, 22.7, "CNY 100 million", "actual"),
            ("AI基站节能", 2024, 31.4, "CNY 100 million", "actual"),
            ("AI基站节能", 2025, 43.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2020, 2021, 1.0),
            ("growth", 21.4, "percent", 2021, 2022, 1.0),
            ("growth", 20.0, "percent", 2022, 2023, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2024, 2025, 1.0),
            ("growth", 58.1, "percent", 2020, 2021, 1.0),
            ("growth", 54.1, "percent", 2021, 2022, 1.0),
            ("growth", 50.3, "percent", 2022, 2023, 1.0),
            ("growth", 38.3, "percent", 2023, 2024, 1.0),
            ("growth", 36.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 71.6 / 58.3 - 1 = 22.813% -> 22.8
            ("cagr|implied", "exact"),     # 86.9 / 71.6 - 1 = 21.369% -> 21.4
            ("cagr|implied", "rounding"),  # 104.2 / 86.9 - 1 = 19.908% -> 19.9, not 20.0; bounds
                                           # 104.15 / 86.95 - 1 = 19.781% .. 104.25 / 86.85 - 1 = 20.035%: 20.0 reached
            ("cagr|implied", "exact"),     # 126.5 / 104.2 - 1 = 21.401% -> 21.4
            ("cagr|implied", "exact"),     # 151.8 / 126.5 - 1 = 20.000% -> 20.0
            ("cagr|implied", "exact"),     # 9.8 / 6.2 - 1 = 58.065% -> 58.1
            ("cagr|implied", "exact"),     # 15.1 / 9.8 - 1 = 54.082% -> 54.1
            ("cagr|implied", "exact"),     # 22.7 / 15.1 - 1 = 50.331% -> 50.3
            ("cagr|implied", "exact"),     # 31.4 / 22.7 - 1 = 38.326% -> 38.3
            ("cagr|implied", "exact"),     # 43.0 / 31.4 - 1 = 36.943% -> 36.9
        ],
    ),
    # 39. Space-aligned Korean table in US dollars with a share column and a Total row; the Predictive maintenance
    # share (14.0) is reached only by rounding; the 100.0% total share is no claim. Nowhere: the KRW/USD rates
    # 1,306 and 1,364, March 2025.
    dict(
        text=(
            "Korea: AI-in-network solutions bought by mobile operators, by application (USD million)\n"
            "\n"
            "                               2023      2024    Share of 2024\n"
            "SON / RAN automation            212       246            36.4%\n"
            "AI energy saving                 88       121            17.9%\n"
            "Predictive maintenance           74        95            14.0%\n"
            "Churn & fraud analytics         131       150            22.2%\n"
            "Core traffic management          45        63             9.3%\n"
            "Total                           550       675           100.0%\n"
            "\n"
            "Source: Hanbit Network Research (Seoul), March 2025. Converted from won at 1,306 KRW/USD (2023) and "
            "1,364 KRW/USD (2024). Shares may not add to 100 because of rounding."
        ),
        obs=[
            ("SON / RAN automation", 2023, 212, "USD million", "actual"),
            ("SON / RAN automation", 2024, 246, "USD million", "actual"),
            ("AI energy saving", 2023, 88, "USD million", "actual"),
            ("AI energy saving", 2024, 121, "USD million", "actual"),
            ("Predictive maintenance", 2023, 74, "USD million", "actual"),
            ("Predictive maintenance", 2024, 95, "USD million", "actual"),
            ("Churn & fraud analytics", 2023, 131, "USD million", "actual"),
            ("Churn & fraud analytics", 2024, 150, "USD million", "actual"),
            ("Core traffic management", 2023, 45, "USD million", "actual"),
            ("Core traffic management", 2024, 63, "USD million", "actual"),
            ("Total", 2023, 550, "USD million", "actual"),
            ("Total", 2024, 675, "USD million", "actual"),
        ],
        claims=[
            ("share", 36.4, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 14.0, "percent", 2024, 2024, None),
            ("share", 22.2, "percent", 2024, 2024, None),
            ("share", 9.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 246 / 675 = 36.444% -> 36.4
            ("arithmetic", "exact"),     # 121 / 675 = 17.926% -> 17.9
            ("arithmetic", "rounding"),  # 95 / 675 = 14.074% -> 14.1, not 14.0; bounds 94.5 / 675.5 = 13.990% ..
                                         # 95.5 / 674.5 = 14.159%: 14.0 reached
            ("arithmetic", "exact"),     # 150 / 675 = 22.222% -> 22.2
            ("arithmetic", "exact"),     # 63 / 675 = 9.333% -> 9.3
            ("hierarchy", "exact"),      # 2023: 212 + 88 + 74 + 131 + 45 = 550
            ("hierarchy", "exact"),      # 2024: 246 + 121 + 95 + 150 + 63 = 675
        ],
    ),
    # 40. Markdown yen table, fiscal years with E and F columns, a Total row and a year-on-year FY2024 column; the
    # Transport / IP AIOps rate is printed -4.2% while its amounts rise 4.2%: INCONSISTENT (a sign typo).
    # Nowhere: Exhibit 7.
    dict(
        text=(
            "Exhibit 7: Japan -- AI for 5G core and transport networks by application (¥ billion, fiscal years)\n"
            "\n"
            "| Application | FY2023 | FY2024 | FY2025E | FY2028F | YoY FY2024 |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| AI traffic steering (5G core) | 14.2 | 18.7 | 24.0 | 45.5 | 31.7% |\n"
            "| Network slicing assurance | 6.3 | 9.1 | 12.8 | 29.0 | 44.4% |\n"
            "| Transport / IP AIOps | 11.8 | 12.3 | 13.1 | 17.0 | -4.2% |\n"
            "| Total | 32.3 | 40.1 | 49.9 | 91.5 | 24.1% |\n"
            "\n"
            "Note: FY = April-March. E = estimate, F = forecast. Excludes RAN-side applications. "
            "Source: Kojimachi Research, 2025."
        ),
        obs=[
            ("AI traffic steering (5G core)", 2023, 14.2, "JPY billion", "actual"),
            ("AI traffic steering (5G core)", 2024, 18.7, "JPY billion", "actual"),
            ("AI traffic steering (5G core)", 2025, 24.0, "JPY billion", "estimate"),
            ("AI traffic steering (5G core)", 2028, 45.5, "JPY billion", "estimate"),
            ("Network slicing assurance", 2023, 6.3, "JPY billion", "actual"),
            ("Network slicing assurance", 2024, 9.1, "JPY billion", "actual"),
            ("Network slicing assurance", 2025, 12.8, "JPY billion", "estimate"),
            ("Network slicing assurance", 2028, 29.0, "JPY billion", "estimate"),
            ("Transport / IP AIOps", 2023, 11.8, "JPY billion", "actual"),
            ("Transport / IP AIOps", 2024, 12.3, "JPY billion", "actual"),
            ("Transport / IP AIOps", 2025, 13.1, "JPY billion", "estimate"),
            ("Transport / IP AIOps", 2028, 17.0, "JPY billion", "estimate"),
            ("Total", 2023, 32.3, "JPY billion", "actual"),
            ("Total", 2024, 40.1, "JPY billion", "actual"),
            ("Total", 2025, 49.9, "JPY billion", "estimate"),
            ("Total", 2028, 91.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("growth", 44.4, "percent", 2023, 2024, 1.0),
            ("growth", -4.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 18.7 / 14.2 - 1 = 31.690% -> 31.7
            ("cagr|implied", "exact"),         # 9.1 / 6.3 - 1 = 44.444% -> 44.4
            ("cagr|implied", "inconsistent"),  # 12.3 / 11.8 - 1 = +4.237%; bounds 12.25 / 11.85 - 1 = 3.376% ..
                                               # 12.35 / 11.75 - 1 = 5.106%: -4.2 not reached
            ("cagr|implied", "exact"),         # 40.1 / 32.3 - 1 = 24.149% -> 24.1
            ("hierarchy", "exact"),            # FY2023: 14.2 + 6.3 + 11.8 = 32.3
            ("hierarchy", "exact"),            # FY2024: 18.7 + 9.1 + 12.3 = 40.1
            ("hierarchy", "exact"),            # FY2025E: 24.0 + 12.8 + 13.1 = 49.9
            ("hierarchy", "exact"),            # FY2028F: 45.5 + 29.0 + 17.0 = 91.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fiftieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 12, 'exact': 98}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'SINGAPORE, April 9, 2025 /Business Wire/ --',
    'up 12.3% from USD 5.20 billion in 2023',
    'of which cell-sleep automation accounted for $0.74bn, or 39%',
    'PT US$41 (22% upside)',
    'Crestview Analytics, in a separate study, puts 2024 at $2.7 billion',
    'we size the total addressable market for AI-native network automation at roughly $14 billion this year',
    '2.4 times the €254 million of 2021',
    'expects spending to reach €1.1 billion in 2027',
    "(revised up from the ¥39.8 billion in last year's edition)",
    'has grown more than threefold since 2020, to roughly $1.3 billion last year',
    'somewhere between $3.5 billion and $4.2 billion',
    "South Korea's own market came to 812 billion won",
    '力争突破120亿元，2024—2027年年均增长25%左右',
    '其中AAU智能关断约占四成',
    '年增16.4%，2023年則為50.1億元',
    '較前年的7.8億港元增長21.5%',
    '另一家研究機構北辰顧問估算，2024年規模應為52億美元',
    '同比增长26.5%，较2021年增长3倍',
    '产业规模将接近1.0万亿元',
    '| Total | 5.21 | 6.51 | 8.07 | 12.13 |',
    '2025E           24.1          12.3             9.8     46.2',
    '合计\t132.0\t170.4\t218.6\t275.3\t27.1%',
    'All use cases                    326      418      1188          23.2%',
    '| 年份 | 億美元 | 年增率 |',
    '(Working paper WP-25-07, Nordic Institute for Network Economics.)',
    'a compound annual growth rate of 24.8% over 2024-2030',
    'at about $7.4 billion this year',
    'roughly 2.2 times in four years',
    'up 18.1% from ¥41.2 billion in fiscal 2022',
    'about 410 billion won',
    '~$1.7B (~59%)',
    'a range, $6.5B-$7.4B',
    '(roughly ₹4,150 crore)',
    'US$1.31 billion in 2029',
    '$4.2B in 2024 -> $11.8B in 2028 (~29% CAGR)',
    'previously published as HK$409 million',
    'Our own revenue in the segment rose to €212 million',
    '力争突破300亿元，较2024年的126亿元增长1.4倍',
    '目标价28.6元，对应上涨空间25%',
    '较2021年增长3倍，今年有望突破60亿元',
    '预计2030年有望达到1.1万亿元',
    '較2023年的44.6億元成長17.6%',
    '其中反詐騙方案佔5.6億港元，即57.1%',
    '市場2024年約30億美元，是2020年的近5倍',
    '| Total | 2,700 | 3,285 | 3,986 | 4,800 |',
    'Share of 2024\tCAGR 2024-30',
    '| 年份 | 网络智能运维 | 同比 | AI基站节能 | 同比 |',
    '| Transport / IP AIOps | 11.8 | 12.3 | 13.1 | 17.0 | -4.2% |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 237
#: figures, 76 rates, 99 verdicts and 3 false inconsistent
#: after the readings chosen on it and the hundred-and-forty-eighth set: 257, 76, 115 and 1
FLOORS = {"figures_found": 260, "rates_found": 76, "verdicts_right": 116}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset150.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
