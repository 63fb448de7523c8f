"""A hundred-and-forty-fourth check set for the extractor, written blind: AI in energy and utilities: grid forecasting
and dispatch software, predictive maintenance for power plants and wind farms, AI for oil and gas exploration and
refineries, smart-meter analytics, virtual power plants, battery and EV-charging optimisation, sized in money by
energy research firms, utilities' associations, brokers, provincial energy plans, grid companies' white papers,
Japanese, Korean, Nordic and Taiwanese consultancies. Distractors a careful reader leaves out: gigawatts,
megawatt-hours, barrels, carbon tonnes saved, meters installed, a utility's own revenue or capex, power prices, a
quarter's figures, the whole energy market or the whole grid investment beside the AI part.

Snippets 1-20: AI in energy and utilities: eight English prose pieces (a London press release on grid-forecasting
software, a Copenhagen-style broker note on wind-farm predictive maintenance with a CAGR the amounts contradict, a
news story quoting two publishers on smart-meter analytics, an earnings-call TAM for virtual power plants, a Tokyo
consultancy's yen figures in fiscal years, a Houston wire release correcting its own earlier figure and giving a
range, a Nordic adviser's blog post on EV-charging optimisation, a Seoul consultancy with a decline, a second market,
won and a quarter), seven Chinese prose pieces (a provincial plan with a target and 增长2倍, a grid research institute's
white paper, a news item with a second publisher and a rounding rate, three Traditional Chinese pieces from Taipei and
Hong Kong in 新台幣億元 and 億港元, one with an inconsistent CAGR, and a broker report with stated CAGRs, a target price and a
penetration rate) and five tables (a markdown pipe table with E columns and a total row, a space-aligned fiscal-year
table with years as rows and a YoY column, a tab-separated Simplified Chinese table, a space-aligned Nordic country
table with a CAGR column holding a typo, and a broker exhibit with a share column). Distractors throughout: gigawatts,
千瓦, TWh, kWh prices, barrels, Brent, grid capex and whole grid investment, companies' own revenue, margins, ARR, price
targets and upside, quarters, headcounts, survey counts, report-title years, table and exhibit numbers, won,
penetration rates and shares stated only in words.

Snippets 21-40: AI in energy and utilities: grid forecasting and dispatch software, predictive maintenance for power
plants and wind farms, AI for oil and gas exploration and refineries, smart-meter analytics, virtual power plants,
battery-storage and EV-charging optimisation. Sources: an earnings-call transcript sizing a TAM, a research abstract,
a LinkedIn post, a trade web page with an appended correction, an annual-report strategic section, slide bullets, a
Nordic consultancy press release, a forum answer with a range, a provincial action plan, a grid think-tank white
paper, a broker's sector note, a Zhihu answer, a Taiwanese consultancy release (NT$), a Hong Kong report (HK$) with a
second publisher's figure, a Taiwanese news item on a Japanese consultancy (yen), and five tables (markdown pipes,
tab-separated, space-aligned; years as columns and as rows; E/F/e columns; a total row at the bottom and one at the
top; a year-on-year column and a CAGR column; a share column). Distractors a careful reader leaves out: gigawatts,
GWh, kWh and MWh prices, barrels a day, tonnes of CO2, a company's revenue, bookings, guidance and share target, a
quarter's figures, utilities' capex and the whole grid investment beside the AI part, a won figure, a second
publisher's figure, survey answers, upvotes, headcounts, firm counts, table and issue numbers, price targets and
upside, fractions in words. Rates include exact, rounding and inconsistent cases (a typo and a rebasing).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London press release on AI load/renewable forecasting software: YoY with both amounts, stated-span CAGR,
    #    a regional share with part and whole. Expected nowhere: report-title year 2025, 140 operators, 32 countries, 85 analysts.
    dict(
        text=(
            "LONDON, 14 March 2025 -- Meridian Energy Insights today published its Grid Intelligence Outlook 2025, "
            "which sizes the global market for AI-based load and renewable-output forecasting software at US$2.84 "
            "billion in 2024, up 21% from US$2.35 billion in 2023. Europe accounted for US$0.88 billion, or 31% of "
            "last year's spending, helped by balancing-market reforms in Germany and the Netherlands. Looking ahead, "
            "the firm expects the market to reach US$7.9 billion in 2030, a compound annual growth rate of 18.6% "
            "between 2024 and 2030. The study draws on interviews with 140 grid operators in 32 countries; Meridian "
            "itself employs 85 analysts."
        ),
        obs=[
            ("Total", 2023, 2.35, "USD billion", "actual"),
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2030, 7.9, "USD billion", "estimate"),
            ("Europe", 2024, 0.88, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.84 / 2.35) ** (1 / 1) - 1 = 20.85% -> 21
            ("cagr|implied", "exact"),  # (7.9 / 2.84) ** (1 / 6) - 1 = 18.59% -> 18.6
            ("arithmetic", "exact"),    # 0.88 / 2.84 = 30.99% -> 31
        ],
    ),
    # 2. Broker note (Nordic house) on AI predictive maintenance at European wind farms; EUR m series, later EUR bn
    #    converted to EUR million; the 27% CAGR is meant to be inconsistent (the amounts give about 24%, as if the
    #    analyst had rebased). Expected nowhere: 16.2 GW, OEM's Q1 service revenue, DKK price target and its 18% upside.
    dict(
        text=(
            "Nordhavn Markets | Equity Research | Renewables | 3 June 2025\n"
            "AI in the turbine hall: initiating coverage of wind predictive maintenance\n"
            "We size the European market for AI-driven predictive maintenance at wind farms at EUR 610m in 2024 and "
            "forecast EUR 1.45bn by 2028E, a 27% CAGR over 2024-28E. Offshore wind makes up EUR 250m of the 2024 "
            "figure (41%), reflecting the cost of a vessel call-out for every unplanned repair. For context, Europe "
            "added 16.2 GW of wind capacity last year, and the OEM we cover booked service revenue of EUR 2.1bn in Q1 "
            "alone. We reiterate Buy with a target price of DKK 160 (18% upside)."
        ),
        obs=[
            ("Total", 2024, 610, "EUR million", "actual"),
            ("Total", 2028, 1450, "EUR million", "estimate"),  # EUR 1.45bn converted to the series' unit
            ("Offshore wind", 2024, 250, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2028, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1450 / 610) ** (1 / 4) - 1 = 24.17%; bounds (1445/615) 23.81% .. (1455/605) 24.53%: never 26.5-27.5
            ("arithmetic", "exact"),           # 250 / 610 = 40.98% -> 41
        ],
    ),
    # 3. News article quoting two publishers on AI smart-meter analytics: "last year" from a 2025 dateline, an
    #    average annual rate whose span only the amounts' years give. Expected nowhere: Kestrel's $1.4 billion, the 16.5-cent price.
    dict(
        text=(
            "Sept. 9, 2025 -- Utilities spent $1.12 billion last year on AI-powered analytics for smart-meter data, "
            "according to a report released Tuesday by Brightline Research, which forecasts that spending will climb "
            "to $2.2 billion in 2029, an average annual increase of 14.5%. North America made up $0.51 billion of the "
            "total, or 46%. A separate tally by Kestrel Analytics puts last year's market at $1.4 billion, partly "
            "because it also counts outage-prediction tools. The push comes as average U.S. residential power prices "
            "rose to about 16.5 cents per kilowatt-hour."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2029, 2.2, "USD billion", "estimate"),
            ("North America", 2024, 0.51, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14.5, "percent", 2024, 2029, None, "inferred"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.2 / 1.12) ** (1 / 5) - 1 = 14.46% -> 14.5
            ("arithmetic", "exact"),   # 0.51 / 1.12 = 45.54% -> 46
        ],
    ),
    # 4. Earnings-call prepared remarks: TAM for VPP orchestration is the market; "this year" is an estimate; a multiple
    #    in words. Expected nowhere: quarterly revenue $38.2 million, its 41% growth, 71% gross margin, ARR, 2.3 GW.
    dict(
        text=(
            "Gridwise Inc. Q2 2025 earnings call, August 6, 2025 -- prepared remarks, Chief Executive Officer: "
            "\"Revenue for the quarter came in at $38.2 million, up 41% year over year, gross margin expanded to 71%, "
            "and ARR crossed $160 million. Stepping back, we size the total addressable market for virtual power plant "
            "orchestration software at roughly $4 billion this year, and we think it will be more than two and a half "
            "times that by 2030 -- around $11 billion -- as utilities enrol home batteries, heat pumps and EV chargers. "
            "We now have 2.3 GW of flexible capacity under management.\""
        ),
        obs=[
            ("Total", 2025, 4.0, "USD billion", "estimate"),
            ("Total", 2030, 11.0, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2025, 2030, 5.0),
        ],
        verdicts=[],
    ),
    # 5. Tokyo consultancy, yen amounts in fiscal years: YoY with no base printed (no verdict), a share with part and
    #    whole, an "about 14%" average rate over a span the years give. Expected nowhere: ¥1.9 trillion capex, 212 operators.
    dict(
        text=(
            "TOKYO, July 22, 2025 -- Hoshino Research Institute estimates that Japan's market for AI-based condition "
            "monitoring and failure prediction at power plants grew 12.8% year on year to ¥48.6 billion in fiscal 2024. "
            "Renewables, mainly wind and solar farms, accounted for ¥11.2 billion, or 23%. The institute forecasts "
            "¥82 billion in fiscal 2028, average annual growth of about 14%. Utilities' own capital spending on plant "
            "upgrades, some ¥1.9 trillion, is not included. The survey covered 212 plant operators."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 82, "JPY billion", "estimate"),
            ("Renewables", 2024, 11.2, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("share", 23, "percent", 2024, 2024, None),
            ("cagr", 14, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 11.2 / 48.6 = 23.05% -> 23
            ("cagr|period", "exact"),  # (82 / 48.6) ** (1 / 4) - 1 = 13.97% -> 14
        ],
    ),
    # 6. Houston wire release correcting its own 2024 figure; YoY that only a rounded reading reaches; a 2027 range.
    #    Expected nowhere: the superseded $4.3 billion, Brent $80 a barrel, 13.2 million barrels a day.
    dict(
        text=(
            "HOUSTON, Feb. 18, 2025 /PRNewswire/ -- PetroAnalytics Group today revised its estimate of the 2024 market "
            "for artificial intelligence in oil and gas exploration and refining to $3.9 billion, down from the $4.3 "
            "billion it published in November, after finding that some cloud subscriptions had been counted twice. On "
            "the corrected basis, spending rose 17% from $3.36 billion in 2023. The firm now sees the market at $6.8 "
            "billion to $7.4 billion in 2027. Brent averaged about $80 a barrel in 2024, while U.S. crude output hit a "
            "record 13.2 million barrels a day."
        ),
        obs=[
            ("Total", 2023, 3.36, "USD billion", "actual"),
            ("Total", 2024, 3.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("value", 6.8, "USD billion", 2027, 2027, None),
            ("value", 7.4, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 3.9 / 3.36 - 1 = 16.07% -> 16; bounds (3.85/3.365) 14.41% .. (3.95/3.355) 17.73% reach 17
        ],
    ),
    # 7. Adviser's blog post on Nordic AI charge scheduling: approximations at their printed figures, a multiple
    #    with both ends, a country share. Expected nowhere: 2.1 TWh, EUR 0.38/kWh peak price.
    dict(
        text=(
            "Posted 12 May 2025 - Fjordline Advisory\n"
            "Back from the Nordic EV charging summit in Oslo. One takeaway: software that uses AI to schedule charging "
            "and balance site loads is still a niche, but not for long. We put the Nordic market at some EUR 96 million "
            "last year, roughly four times the EUR 24 million of 2020, and expect it to top EUR 300 million by 2029. "
            "Norway alone was about EUR 41 million (≈43% of the region). Charging across the region drew 2.1 TWh last "
            "year, and peak-hour prices in southern Norway touched EUR 0.38/kWh in January."
        ),
        obs=[
            ("Total", 2020, 24, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2029, 300, "EUR million", "estimate"),
            ("Norway", 2024, 41, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41 / 96 = 42.71% -> 43
        ],
    ),
    # 8. Seoul consultancy on AI battery-storage management: a decline with no 2022 base, a rebound with both amounts,
    #    a second market under its own name. Expected nowhere: 182 billion won, Q1 2025 $0.47 billion.
    dict(
        text=(
            "SEOUL, April 3, 2025 -- Hanbit Energy Consulting said the global market for AI in battery energy storage "
            "management fell 4% in 2023 to $1.20 billion as several large projects slipped, then rebounded 37.5% to "
            "$1.65 billion in 2024. It sized a neighbouring market, EV charging optimisation, at $0.92 billion in "
            "2024 and expects it to overtake storage before 2030. In Korea, the consultancy put storage-AI spending "
            "at 182 billion won. Spending in the first quarter of 2025 came to $0.47 billion, it added."
        ),
        obs=[
            ("Total", 2023, 1.20, "USD billion", "actual"),
            ("Total", 2024, 1.65, "USD billion", "actual"),
            ("EV charging optimisation", 2024, 0.92, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -4, "percent", 2022, 2023, 1.0),
            ("growth", 37.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.65 / 1.20 - 1 = 37.50% -> 37.5
        ],
    ),
    # 9. Provincial daily on a digitalisation plan: a 力争 target, 增长2倍以上 kept as x2, 年均增速 over years the
    #    amounts give. Expected nowhere: plan-title years 2024-2027, 850亿元 grid investment, 1500万千瓦, 300万千瓦.
    dict(
        text=(
            "本报讯 2024年5月，省能源局印发《新型电力系统数字化智能化发展行动方案（2024—2027年）》。方案提出，到2027年，"
            "全省能源领域人工智能核心产业规模力争突破120亿元，较2023年的38亿元增长2倍以上，年均增速保持在33%左右；"
            "同期全省电网投资累计不低于850亿元。方案还要求新增新能源装机1500万千瓦，建成省级虚拟电厂聚合平台，"
            "可调节负荷达到300万千瓦。"
        ),
        obs=[
            ("Total", 2023, 38, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
            ("cagr", 33, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 38) ** (1 / 4) - 1 = 33.31% -> 33
        ],
    ),
    # 10. Grid research institute's white paper: 去年 from a 2025 dateline, YoY with both amounts, a segment share,
    #     a 今年 estimate. Expected nowhere: white-paper title year, 6083亿元 grid investment and its 15.3%.
    dict(
        text=(
            "2025年4月18日，中电能智研究院在京发布《电力人工智能发展白皮书（2025）》。白皮书显示，去年我国电力行业"
            "人工智能市场规模达到286亿元，较2023年的230亿元增长24.3%；其中，功率预测与调度规模为71.5亿元，占比25%。"
            "白皮书预计，今年市场规模将超过350亿元。另据统计，2024年全国电网工程完成投资6083亿元，同比增长15.3%。"
        ),
        obs=[
            ("Total", 2023, 230, "CNY 100 million", "actual"),
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("Total", 2025, 350, "CNY 100 million", "estimate"),
            ("功率预测与调度", 2024, 71.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286 / 230 - 1 = 24.35% -> 24.3
            ("arithmetic", "exact"),    # 71.5 / 286 = 25.00% -> 25
        ],
    ),
    # 11. News item with a second publisher on VPP control platforms: a next-year YoY only a rounded reading reaches.
    #     Expected nowhere: 赛科智库's 60亿元, 3500万千瓦, the first quarter's 9.8亿元 tenders.
    dict(
        text=(
            "本报讯（记者 李然）3月12日，储能与虚拟电厂产业联盟发布年度报告显示，2024年我国虚拟电厂智能调控平台市场"
            "规模为52.6亿元，预计2025年将达到78亿元，同比增长49%。报告认为，聚合资源规模扩大和电力现货市场全面推开是"
            "主要驱动力。咨询机构赛科智库的测算更为乐观，其估计2024年该市场规模约为60亿元。截至2024年底，全国虚拟电厂"
            "可调节能力约3500万千瓦；今年一季度平台类项目招标金额9.8亿元。（2025年3月13日）"
        ),
        obs=[
            ("Total", 2024, 52.6, "CNY 100 million", "actual"),
            ("Total", 2025, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 49, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 78 / 52.6 - 1 = 48.29% -> 48; bounds (77.5/52.65) 47.20% .. (78.5/52.55) 49.38% reach 49
        ],
    ),
    # 12. Traditional Chinese, Taipei news: 新台幣億元, YoY with no base, a CAGR with its span printed.
    #     Expected nowhere: the day number (10), Taipower's 5,645億元 resilience plan, the share in words.
    dict(
        text=(
            "【記者陳怡君／台北報導】2025年6月10日 研究機構「創研智庫」今（10）日發表報告指出，台灣電力業導入AI於"
            "電網調度、負載預測與設備巡檢的市場規模，2024年達新台幣86.4億元，年增18%；預估至2027年將成長至152億元，"
            "2024至2027年年複合成長率約20.7%。報告也提到，台電「強化電網韌性建設計畫」十年投資達5,645億元，"
            "AI相關支出僅佔其中一小部分。"
        ),
        obs=[
            ("Total", 2024, 86.4, "TWD 100 million", "actual"),
            ("Total", 2027, 152, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 20.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152 / 86.4) ** (1 / 3) - 1 = 20.72% -> 20.7
        ],
    ),
    # 13. Traditional Chinese, Hong Kong consultancy in 億港元: 去年 from a 2025 dateline, a segment share, and a
    #     年均複合增長率 meant to be inconsistent (amounts give about 23%, apparently a typo). Expected nowhere: 46 bodies, 450億千瓦時.
    dict(
        text=(
            "（香港 2025年2月20日）本地顧問公司港能策略研究今日公布，香港公用事業在發電廠及電網設備預測性維護方面的"
            "人工智能市場，去年規模約為4.86億港元，其中電網巡檢與故障預測佔1.7億港元，約佔35%。該公司預計，至2028年"
            "市場規模將增至11.2億港元，年均複合增長率達28%。報告共訪問46家機構；本港去年總用電量約為450億千瓦時。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2028, 11.2, "HKD 100 million", "estimate"),
            ("電網巡檢與故障預測", 2024, 1.7, "HKD 100 million", "actual"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("cagr", 28, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),          # 1.7 / 4.86 = 34.98% -> 35
            ("cagr|period", "inconsistent"),  # (11.2 / 4.86) ** (1 / 4) - 1 = 23.21%; bounds (11.15/4.865) 23.04% .. (11.25/4.855) 23.38%: never 27.5-28.5
        ],
    ),
    # 14. Traditional Chinese, Taipei business daily on AI EV-charging scheduling: 去年/今年/明年 from a 2025 dateline,
    #     a multiple over two years, a YoY to an estimate. Expected nowhere: 每度逾7元 price, the second quarter's 3.2億元 tenders.
    dict(
        text=(
            "經濟日報 2025/09/03｜華宇能源研究所最新報告指出，國內電動車充電站的AI排程與能源管理系統市場，去年規模約"
            "新台幣12.5億元，約為2022年6.1億元的2倍；今年可望達16.3億元，年增30.4%，明年則預估上看21億元。報告指出，"
            "夏季尖峰時段充電電價每度逾7元，業者導入AI削峰填谷的誘因明顯；今年第二季系統標案金額達3.2億元。"
        ),
        obs=[
            ("Total", 2022, 6.1, "TWD 100 million", "actual"),
            ("Total", 2024, 12.5, "TWD 100 million", "actual"),
            ("Total", 2025, 16.3, "TWD 100 million", "estimate"),
            ("Total", 2026, 21, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
            ("growth", 30.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.3 / 12.5 - 1 = 30.40% -> 30.4
        ],
    ),
    # 15. Broker sector report on AI in oil and gas: two stated CAGRs (one only a rounded reading reaches), a segment
    #     share. Expected nowhere: 0.3万亿元 total digital investment, 3% penetration, 45.6元 target and 22% upside,
    #     the company's 18.3亿元 revenue and 52% margin, Brent 80美元/桶.
    dict(
        text=(
            "【东方启明证券·计算机行业深度报告】2025年3月28日\n"
            "油气AI：从勘探到炼化的智能化拐点\n"
            "我们测算，2024年国内油气行业AI应用（地震解释、钻井优化、炼化过程控制等）市场规模约为97亿元，"
            "2021—2024年CAGR为32%（2021年为43亿元）。展望未来，我们预计2027年市场规模有望达到245亿元，"
            "2024—2027年CAGR约36%。其中炼化2024年规模为38亿元，占比约39%。对比来看，2024年三大油企勘探开发及炼化"
            "数字化总投资约0.3万亿元，AI渗透率仍仅3%左右。维持重点公司“买入”评级，目标价45.6元，对应上涨空间22%；"
            "公司2024年营收18.3亿元，毛利率52%。风险提示：油价大幅波动（2024年布伦特均价约80美元/桶）。"
        ),
        obs=[
            ("Total", 2021, 43, "CNY 100 million", "actual"),
            ("Total", 2024, 97, "CNY 100 million", "actual"),
            ("Total", 2027, 245, "CNY 100 million", "estimate"),
            ("炼化", 2024, 38, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 32, "percent", 2021, 2024, None, "stated"),
            ("cagr", 36, "percent", 2024, 2027, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (97 / 43) ** (1 / 3) - 1 = 31.15% -> 31; bounds (96.5/43.5) 30.42% .. (97.5/42.5) 31.89% reach 32
            ("cagr|implied", "exact"),     # (245 / 97) ** (1 / 3) - 1 = 36.19% -> 36
            ("arithmetic", "exact"),       # 38 / 97 = 39.18% -> 39
        ],
    ),
    # 16. Markdown pipe table, years as columns with E columns, total row; one year's rows miss the total by 1.
    #     Expected nowhere: title years, "Table 4".
    dict(
        text=(
            "Global AI-in-utilities software spending by application, 2023-2026E (US$ million)\n"
            "Voltaic Intelligence, Utility AI Tracker, published 20 January 2025\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Grid forecasting & dispatch | 1,418 | 1,757 | 2,184 | 2,693 |\n"
            "| Predictive maintenance | 1,176 | 1,449 | 1,791 | 2,204 |\n"
            "| Smart-meter analytics | 862 | 1,013 | 1,188 | 1,402 |\n"
            "| Virtual power plants | 391 | 563 | 794 | 1,093 |\n"
            "| Total | 3,847 | 4,782 | 5,958 | 7,392 |\n"
            "\n"
            "Note: E = estimate. Totals may not sum because of rounding. Source: Voltaic Intelligence, Table 4."
        ),
        obs=[
            ("Grid forecasting & dispatch", 2023, 1418, "USD million", "actual"),
            ("Grid forecasting & dispatch", 2024, 1757, "USD million", "actual"),
            ("Grid forecasting & dispatch", 2025, 2184, "USD million", "estimate"),
            ("Grid forecasting & dispatch", 2026, 2693, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 1176, "USD million", "actual"),
            ("Predictive maintenance", 2024, 1449, "USD million", "actual"),
            ("Predictive maintenance", 2025, 1791, "USD million", "estimate"),
            ("Predictive maintenance", 2026, 2204, "USD million", "estimate"),
            ("Smart-meter analytics", 2023, 862, "USD million", "actual"),
            ("Smart-meter analytics", 2024, 1013, "USD million", "actual"),
            ("Smart-meter analytics", 2025, 1188, "USD million", "estimate"),
            ("Smart-meter analytics", 2026, 1402, "USD million", "estimate"),
            ("Virtual power plants", 2023, 391, "USD million", "actual"),
            ("Virtual power plants", 2024, 563, "USD million", "actual"),
            ("Virtual power plants", 2025, 794, "USD million", "estimate"),
            ("Virtual power plants", 2026, 1093, "USD million", "estimate"),
            ("Total", 2023, 3847, "USD million", "actual"),
            ("Total", 2024, 4782, "USD million", "actual"),
            ("Total", 2025, 5958, "USD million", "estimate"),
            ("Total", 2026, 7392, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1418 + 1176 + 862 + 391 = 3847
            ("hierarchy", "exact"),     # 2024: 1757 + 1449 + 1013 + 563 = 4782
            ("hierarchy", "rounding"),  # 2025E: 2184 + 1791 + 1188 + 794 = 5957 vs 5958; bounds 5955 .. 5959 reach it
            ("hierarchy", "exact"),     # 2026E: 2693 + 2204 + 1402 + 1093 = 7392
        ],
    ),
    # 17. Space-aligned fiscal-year table, years as rows, yen; value columns named by header, a Total column and a
    #     YoY column on the total (one YoY only a rounded reading reaches). Expected nowhere: the FY footnote.
    dict(
        text=(
            "Japan: AI for demand forecasting and VPP control -- market size (¥ billion)\n"
            "Sakura Energy Consulting, October 2025\n"
            "\n"
            "Fiscal year   Demand forecasting   VPP control   Total   YoY (%)\n"
            "FY2022                       9.8           3.1    12.9        --\n"
            "FY2023                      11.6           4.4    16.0      24.0\n"
            "FY2024                      13.9           6.2    20.1      25.8\n"
            "FY2025F                     16.5           8.7    25.2      25.4\n"
            "FY2026F                     19.4          11.8    31.2      23.8\n"
            "\n"
            "Note: FY runs April-March. YoY refers to the total. F = forecast."
        ),
        obs=[
            ("Demand forecasting", 2022, 9.8, "JPY billion", "actual"),
            ("Demand forecasting", 2023, 11.6, "JPY billion", "actual"),
            ("Demand forecasting", 2024, 13.9, "JPY billion", "actual"),
            ("Demand forecasting", 2025, 16.5, "JPY billion", "estimate"),
            ("Demand forecasting", 2026, 19.4, "JPY billion", "estimate"),
            ("VPP control", 2022, 3.1, "JPY billion", "actual"),
            ("VPP control", 2023, 4.4, "JPY billion", "actual"),
            ("VPP control", 2024, 6.2, "JPY billion", "actual"),
            ("VPP control", 2025, 8.7, "JPY billion", "estimate"),
            ("VPP control", 2026, 11.8, "JPY billion", "estimate"),
            ("Total", 2022, 12.9, "JPY billion", "actual"),
            ("Total", 2023, 16.0, "JPY billion", "actual"),
            ("Total", 2024, 20.1, "JPY billion", "actual"),
            ("Total", 2025, 25.2, "JPY billion", "estimate"),
            ("Total", 2026, 31.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2022, 2023, 1.0),
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2024, 2025, 1.0),
            ("growth", 23.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 16.0 / 12.9 - 1 = 24.03% -> 24.0
            ("cagr|implied", "rounding"),  # 20.1 / 16.0 - 1 = 25.63% -> 25.6; bounds (20.05/16.05) 24.92% .. (20.15/15.95) 26.33% reach 25.8
            ("cagr|implied", "exact"),     # 25.2 / 20.1 - 1 = 25.37% -> 25.4
            ("cagr|implied", "exact"),     # 31.2 / 25.2 - 1 = 23.81% -> 23.8
            ("hierarchy", "exact"),        # FY2022: 9.8 + 3.1 = 12.9
            ("hierarchy", "exact"),        # FY2023: 11.6 + 4.4 = 16.0
            ("hierarchy", "exact"),        # FY2024: 13.9 + 6.2 = 20.1
            ("hierarchy", "exact"),        # FY2025F: 16.5 + 8.7 = 25.2
            ("hierarchy", "exact"),        # FY2026F: 19.4 + 11.8 = 31.2
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元 with E columns and a 合计 row; one year's rows miss by 0.1.
    #     Expected nowhere: 表2, title years 2022—2026, the source date.
    dict(
        text=(
            "表2　2022—2026年中国电力AI应用市场规模（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\t2026E\n"
            "电网调度与负荷预测\t41.2\t55.8\t72.6\t93.0\t118.5\n"
            "发电设备预测性维护\t36.5\t47.1\t60.3\t75.8\t94.2\n"
            "用电侧智能分析\t18.9\t24.6\t31.4\t40.1\t50.6\n"
            "合计\t96.6\t127.5\t164.3\t208.9\t263.4\n"
            "注：2025E、2026E为预测值，合计因四舍五入可能存在尾差。数据来源：华衡能源研究院，2025年2月。"
        ),
        obs=[
            ("电网调度与负荷预测", 2022, 41.2, "CNY 100 million", "actual"),
            ("电网调度与负荷预测", 2023, 55.8, "CNY 100 million", "actual"),
            ("电网调度与负荷预测", 2024, 72.6, "CNY 100 million", "actual"),
            ("电网调度与负荷预测", 2025, 93.0, "CNY 100 million", "estimate"),
            ("电网调度与负荷预测", 2026, 118.5, "CNY 100 million", "estimate"),
            ("发电设备预测性维护", 2022, 36.5, "CNY 100 million", "actual"),
            ("发电设备预测性维护", 2023, 47.1, "CNY 100 million", "actual"),
            ("发电设备预测性维护", 2024, 60.3, "CNY 100 million", "actual"),
            ("发电设备预测性维护", 2025, 75.8, "CNY 100 million", "estimate"),
            ("发电设备预测性维护", 2026, 94.2, "CNY 100 million", "estimate"),
            ("用电侧智能分析", 2022, 18.9, "CNY 100 million", "actual"),
            ("用电侧智能分析", 2023, 24.6, "CNY 100 million", "actual"),
            ("用电侧智能分析", 2024, 31.4, "CNY 100 million", "actual"),
            ("用电侧智能分析", 2025, 40.1, "CNY 100 million", "estimate"),
            ("用电侧智能分析", 2026, 50.6, "CNY 100 million", "estimate"),
            ("合计", 2022, 96.6, "CNY 100 million", "actual"),
            ("合计", 2023, 127.5, "CNY 100 million", "actual"),
            ("合计", 2024, 164.3, "CNY 100 million", "actual"),
            ("合计", 2025, 208.9, "CNY 100 million", "estimate"),
            ("合计", 2026, 263.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 41.2 + 36.5 + 18.9 = 96.6
            ("hierarchy", "exact"),     # 2023: 55.8 + 47.1 + 24.6 = 127.5
            ("hierarchy", "exact"),     # 2024: 72.6 + 60.3 + 31.4 = 164.3
            ("hierarchy", "exact"),     # 2025E: 93.0 + 75.8 + 40.1 = 208.9
            ("hierarchy", "rounding"),  # 2026E: 118.5 + 94.2 + 50.6 = 263.3 vs 263.4; bounds 263.15 .. 263.45 reach it
        ],
    ),
    # 19. Space-aligned Nordic country table in EUR million with an F column and a CAGR column; Finland's CAGR is
    #     meant to be inconsistent (a typo: the amounts give 16.9%). Expected nowhere: Iceland note, the review's name.
    dict(
        text=(
            "Nordic AI-enabled grid and plant analytics, by country (EUR million)\n"
            "Source: Aurora Nordic Energy Consulting, Nordic Grid Digitalisation Review, September 2025\n"
            "\n"
            "                   2024    2027F    CAGR 2024-27F\n"
            "Sweden              118      196            18.4%\n"
            "Norway               94      151            17.1%\n"
            "Denmark              71      124            20.4%\n"
            "Finland              52       83            19.8%\n"
            "Nordics total       335      554            18.3%\n"
            "\n"
            "Note: F = forecast. Iceland is not covered."
        ),
        obs=[
            ("Sweden", 2024, 118, "EUR million", "actual"),
            ("Sweden", 2027, 196, "EUR million", "estimate"),
            ("Norway", 2024, 94, "EUR million", "actual"),
            ("Norway", 2027, 151, "EUR million", "estimate"),
            ("Denmark", 2024, 71, "EUR million", "actual"),
            ("Denmark", 2027, 124, "EUR million", "estimate"),
            ("Finland", 2024, 52, "EUR million", "actual"),
            ("Finland", 2027, 83, "EUR million", "estimate"),
            ("Nordics total", 2024, 335, "EUR million", "actual"),
            ("Nordics total", 2027, 554, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # Sweden (196 / 118) ** (1 / 3) - 1 = 18.43% -> 18.4
            ("cagr|implied", "exact"),         # Norway (151 / 94) ** (1 / 3) - 1 = 17.12% -> 17.1
            ("cagr|implied", "exact"),         # Denmark (124 / 71) ** (1 / 3) - 1 = 20.43% -> 20.4
            ("cagr|implied", "inconsistent"),  # Finland (83 / 52) ** (1 / 3) - 1 = 16.87%; bounds (82.5/52.5) 16.26% .. (83.5/51.5) 17.48%: never 19.75-19.85
            ("cagr|implied", "exact"),         # Nordics total (554 / 335) ** (1 / 3) - 1 = 18.26% -> 18.3
            ("hierarchy", "exact"),            # 2024: 118 + 94 + 71 + 52 = 335
            ("hierarchy", "exact"),            # 2027F: 196 + 151 + 124 + 83 = 554
        ],
    ),
    # 20. Tab-separated broker exhibit, US$ bn, with a share column and a total row at 100% (no claim); one share
    #     only a rounded reading reaches. Expected nowhere: exhibit number, the 100% total share.
    dict(
        text=(
            "Exhibit 7: Global AI spend in oil & gas by segment (US$ bn)\n"
            "Segment\t2024\tShare 2024\t2028E\n"
            "Upstream exploration & reservoir\t2.15\t43%\t3.62\n"
            "Drilling & production optimisation\t1.31\t26%\t2.25\n"
            "Refining & petrochemicals\t1.07\t21%\t1.94\n"
            "Midstream & trading\t0.47\t10%\t0.89\n"
            "Total\t5.00\t100%\t8.70\n"
            "Source: Granite Peak Securities estimates, 14 April 2025. E = estimate; 2028E excludes integration services."
        ),
        obs=[
            ("Upstream exploration & reservoir", 2024, 2.15, "USD billion", "actual"),
            ("Upstream exploration & reservoir", 2028, 3.62, "USD billion", "estimate"),
            ("Drilling & production optimisation", 2024, 1.31, "USD billion", "actual"),
            ("Drilling & production optimisation", 2028, 2.25, "USD billion", "estimate"),
            ("Refining & petrochemicals", 2024, 1.07, "USD billion", "actual"),
            ("Refining & petrochemicals", 2028, 1.94, "USD billion", "estimate"),
            ("Midstream & trading", 2024, 0.47, "USD billion", "actual"),
            ("Midstream & trading", 2028, 0.89, "USD billion", "estimate"),
            ("Total", 2024, 5.00, "USD billion", "actual"),
            ("Total", 2028, 8.70, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
            ("share", 10, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 2.15 / 5.00 = 43.0% -> 43
            ("arithmetic", "exact"),     # 1.31 / 5.00 = 26.2% -> 26
            ("arithmetic", "exact"),     # 1.07 / 5.00 = 21.4% -> 21
            ("arithmetic", "rounding"),  # 0.47 / 5.00 = 9.4% -> 9; bounds (0.465/5.005) 9.29% .. (0.475/4.995) 9.51% reach 10
            ("hierarchy", "exact"),      # 2024: 2.15 + 1.31 + 1.07 + 0.47 = 5.00
            ("hierarchy", "exact"),      # 2028E: 3.62 + 2.25 + 1.94 + 0.89 = 8.70
        ],
    ),
    # 21. Earnings-call transcript: the TAM the company sizes is the market (Total); "this year" = 2025 estimate.
    # Nowhere: quarter revenue $148.2M and its 31%, 212 GW, the 10% share goal, full-year revenue guidance.
    dict(
        text=(
            "GRIDMIND INC. — Q3 FISCAL 2025 EARNINGS CALL, OCTOBER 29, 2025 (edited transcript excerpt)\n"
            "CEO: Thanks, operator. Revenue for the quarter came in at $148.2 million, up 31% year over year, and we "
            "now have 212 gigawatts of generation and load running through our forecasting models. Let me step back "
            "to the bigger picture, because investors keep asking how much runway there is. We size the total "
            "addressable market for AI grid forecasting and dispatch software at $18 billion this year, and we expect "
            "it to reach $41 billion by 2030, which works out to roughly an 18% compound annual growth rate from 2025 "
            "through 2030. Our goal is to hold 10% of that TAM by the end of the decade. On guidance, we're raising "
            "full-year revenue to $590 million."
        ),
        obs=[
            ("Total", 2025, 18.0, "USD billion", "estimate"),
            ("Total", 2030, 41.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41/18)**(1/5)-1 = 17.897% -> 18
        ],
    ),
    # 22. Research abstract: CAGR whose span only the amounts' years give (inferred); printed 15.3% is reachable
    # only at the edges of the rounded inputs. Nowhere: volume/issue/year, 312 turbines, nine sites, 4.1 GW, 27%, t CO2e.
    dict(
        text=(
            "Abstract — Energy Informatics Review, Vol. 12, Issue 3 (2024)\n"
            "Unplanned downtime remains the largest controllable cost in wind-farm operations. Drawing on SCADA and "
            "vibration records from 312 turbines at nine sites (4.1 GW combined), we benchmark machine-learning fault "
            "prediction against scheduled inspection and find a 27% reduction in unplanned stops. We further size the "
            "global market for AI-enabled predictive maintenance in onshore and offshore wind: USD 1.2 billion in "
            "2023, rising to USD 3.9 billion in 2031, implying a CAGR of 15.3%. Avoided emissions from fewer crane "
            "mobilisations are estimated at 180,000 t CO2e a year."
        ),
        obs=[
            ("Total", 2023, 1.2, "USD billion", "actual"),
            ("Total", 2031, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.3, "percent", 2023, 2031, None, "inferred"),
        ],
        verdicts=[
            # (3.9/1.2)**(1/8)-1 = 15.874% -> 15.9, not 15.3; bounds (3.85/1.25)**(1/8)-1 = 15.098% ..
            # (3.95/1.15)**(1/8)-1 = 16.678%: 15.3 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. LinkedIn post: a multiple between two years ("3x in five years", 2024->2029), no verdict.
    # Nowhere: ~30 GW, utilities' ~$40B capex, "about a quarter" (fraction in words), hashtags.
    dict(
        text=(
            "Posted on LinkedIn · 3 Feb 2025\n"
            "Hot take on virtual power plants 🔋⚡ Everyone quotes the gigawatts (the US alone claims ~30 GW of VPP "
            "capacity), but follow the money in the software layer. AI orchestration platforms for VPPs were a $2.1B "
            "market in 2024, per the Boston research shop whose numbers I trust most. My forecast for 2029: $6.3B. "
            "That's 3x in five years. Utilities' own DER-integration capex? Far bigger, ~$40B a year, but that's poles "
            "and wires, not software. And about a quarter of the software spend already goes to residential "
            "aggregators. #VPP #GridAI #EnergyTransition"
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2029, 6.3, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2029, 5.0),  # 6.3/2.1 = 3.0
        ],
        verdicts=[],
    ),
    # 24. Trade web page with an appended correction: $870M is the figure, the $780M it corrects is nowhere; the
    # series' unit is USD million (first printed), so $1.9 billion is 1900 USD million. "More than doubling" = x2.
    # Nowhere: 146 member utilities, 62% of respondents, 17.9 cents per kWh, publication dates.
    dict(
        text=(
            "Utility Analytics Weekly | Published March 10, 2025 · Updated March 12, 2025\n"
            "Smart-meter AI analytics set to more than double\n"
            "The market for AI-driven analytics run on smart-meter data reached $870 million in 2024, according to a "
            "survey of 146 member utilities by a North American utilities' association, and is forecast to climb to "
            "$1.9 billion in 2028 — more than doubling between 2024 and 2028, a compound annual rate of 21.6% over "
            "2024-2028. Sixty-two percent of respondents said theft detection was their first use case. Residential "
            "tariffs averaged 17.9 cents per kWh in the survey area.\n"
            "Correction: An earlier version of this article gave the 2024 market size as $780 million. The correct "
            "figure is $870 million."
        ),
        obs=[
            ("Total", 2024, 870.0, "USD million", "actual"),
            ("Total", 2028, 1900.0, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2028, 4.0),  # 1900/870 = 2.18 ("more than doubling")
            ("cagr", 21.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1900/870)**(1/4)-1 = 21.565% -> 21.6
        ],
    ),
    # 25. Annual-report strategic section: fiscal years count as their number; a second market named beside the
    # first is its own item. Printed 11% vs 12.2% recomputed -> rounding.
    # Nowhere: group revenue $212M and its 19%, 1.8 million barrels a day, 640 employees, 11 countries, p. 18.
    dict(
        text=(
            "From the Strategic Report, Annual Report 2024, Borealis Geo-AI plc (p. 18)\n"
            "Market opportunity\n"
            "We estimate the market for AI in upstream oil and gas exploration (seismic interpretation, reservoir "
            "modelling and drilling optimisation) at $4.6 billion in fiscal 2024, up 11% from $4.1 billion in fiscal "
            "2023. Refinery AI, an adjacent market we do not yet address, was worth a further $2.3 billion in fiscal "
            "2024. Against that backdrop, Group revenue rose 19% to $212 million, and our models now monitor fields "
            "producing 1.8 million barrels a day. We ended the year with 640 employees in 11 countries."
        ),
        obs=[
            ("Total", 2023, 4.1, "USD billion", "actual"),
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Refinery AI", 2024, 2.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 11, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 4.6/4.1-1 = 12.195% -> 12, not 11; bounds 4.55/4.15-1 = 9.639% .. 4.65/4.05-1 = 14.815%: 11 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Slide bullets: €1.3B converted to the series' unit (EUR million); a part with its share of the whole;
    # "roughly 2x in three years" = x2 over 2024->2027. Nowhere: slide number, 14 GWh, €0.59/kWh, own bookings, Q4.
    dict(
        text=(
            "Slide 14 — European EV smart charging: where AI fits\n"
            "• AI charging-optimisation software, Europe: €640M (2024)\n"
            "• 2027F: €1.3B, roughly 2x in three years\n"
            "• Germany: €243M in 2024, 38% of the European total\n"
            "• 14 GWh of shiftable charging load; avg. public price €0.59/kWh\n"
            "• Our 2024 bookings: €18M (Q4 alone: €6M)"
        ),
        obs=[
            ("Total", 2024, 640.0, "EUR million", "actual"),
            ("Total", 2027, 1300.0, "EUR million", "estimate"),
            ("Germany", 2024, 243.0, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 1300/640 = 2.03
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 243/640 = 37.969% -> 38
        ],
    ),
    # 27. Nordic consultancy press release: "last year" = 2024 (dateline 2025). INCONSISTENT rate on purpose (31% for
    # what the amounts make 20.5%, a typo for ~21%). "pass €300 million" kept at its printed figure.
    # Nowhere: €9.8bn total grid investment, €41/MWh, Korea's ₩310 billion (won is not in the unit table).
    dict(
        text=(
            "OSLO, 4 June 2025 — Nordic grid operators' spending on AI dispatch and forecasting software jumped 31% "
            "last year to €212 million, from €176 million in 2023, according to a report published today by Fjordlys "
            "Energy Insights. The consultancy expects the market to pass €300 million in 2026. For scale, total grid "
            "investment across the region ran to €9.8 billion, and Nordic day-ahead prices averaged €41/MWh. A Seoul "
            "consultancy puts Korea's equivalent market at ₩310 billion."
        ),
        obs=[
            ("Total", 2023, 176.0, "EUR million", "actual"),
            ("Total", 2024, 212.0, "EUR million", "actual"),
            ("Total", 2026, 300.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 212/176-1 = 20.455% -> 20; bounds 211.5/176.5-1 = 19.830% .. 212.5/175.5-1 = 21.083%: 31 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Forum answer: "last year" = 2024 (dateline Aug 2025), approximate figure at its printed value; a range for
    # 2030 gives two value claims. Nowhere: 37 upvotes, "$20bn" (batteries), 69 GWh in Q1, "roughly a third".
    dict(
        text=(
            "Re: How big is the market for AI battery-storage optimisation? — answer by gridnerd, 14 Aug 2025 "
            "(37 upvotes)\n"
            "Short version: about $1.1 billion last year, and that's the software only. For 2030, the serious "
            "estimates I've seen run from $3.5 billion to $5 billion; anyone quoting $20bn is counting the batteries. "
            "Also don't confuse it with deployments (69 GWh were commissioned worldwide in Q1 alone) or with what the "
            "big integrators book as revenue. Roughly a third of the software spend sits in merchant trading bots, if "
            "you're wondering where it goes."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("value", 3.5, "USD billion", 2030, 2030, None),
            ("value", 5.0, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 29. Provincial action plan (Simplified): a target (力争) is an estimate; 增长1.5倍 keeps 1.5 as the multiple.
    # Nowhere: the title years 2024—2027, 10家 firms, 20个 scenarios, 1亿千瓦, 600亿元 annual grid investment.
    dict(
        text=(
            "（2024年6月18日）省能源局近日印发《全省能源领域数字化智能化发展行动方案（2024—2027年）》。《方案》提出，"
            "到2027年，全省能源人工智能核心产业规模力争达到120亿元，较2023年的48亿元增长1.5倍；培育10家以上省级能源AI"
            "示范企业，建成20个以上电力AI典型应用场景。同期，全省新能源和可再生能源装机将突破1亿千瓦，年均电网投资保持在"
            "600亿元以上。"
        ),
        obs=[
            ("Total", 2023, 48.0, "CNY 100 million", "actual"),
            ("Total", 2027, 120.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2023, 2027, 4.0),  # 120/48 = 2.5, i.e. 增长1.5倍 as printed
        ],
        verdicts=[],
    ),
    # 30. Grid think-tank white paper (Simplified): year-on-year rate with both amounts; a part (约53亿元) with a
    # printed share that only the edges of the rounded part reach. Nowhere: white-paper year (2025), 6083亿元 grid
    # investment, 9.85万亿千瓦时.
    dict(
        text=(
            "中电智库《电力人工智能发展白皮书（2025）》显示，2024年我国电力负荷预测与调度类AI软件市场规模达86.4亿元，"
            "较2023年的69.9亿元增长23.6%。其中，省级调度平台约53亿元，占比61.7%；地市及配网侧应用增速更快。白皮书同时"
            "披露，2024年全国电网工程完成投资6083亿元，全社会用电量9.85万亿千瓦时，人工智能相关投入只占电网投资的很小"
            "一部分。"
        ),
        obs=[
            ("Total", 2023, 69.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("省级调度平台", 2024, 53.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("share", 61.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4/69.9-1 = 23.605% -> 23.6
            # 53/86.4 = 61.343% -> 61.3, not 61.7; bounds 52.5/86.45 = 60.729% .. 53.5/86.35 = 61.957%: reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 31. Broker sector note (Simplified): base 2024 actual, 突破200亿元 kept at 200, CAGR with printed span.
    # Nowhere: report date, 420万桶 a day, the leader's 17% revenue growth, price target 38.5元 and 32% upside.
    dict(
        text=(
            "【东岳证券｜行业深度】AI+油气：从勘探到炼化的智能化拐点（2025年3月10日）\n"
            "我们测算，2024年国内油气行业AI应用市场规模约145亿元。随着地震资料智能解释、智能钻井与炼厂APC优化加速落地，"
            "预计2025年市场规模将突破200亿元，2028年有望达到420亿元，2025—2028年复合增速约28%。作为参照，国内原油日产量"
            "约420万桶，龙头公司2024年营收同比增长17%。首次覆盖给予“买入”评级，目标价38.5元，较现价有32%上涨空间。"
        ),
        obs=[
            ("Total", 2024, 145.0, "CNY 100 million", "actual"),
            ("Total", 2025, 200.0, "CNY 100 million", "estimate"),
            ("Total", 2028, 420.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (420/200)**(1/3)-1 = 28.058% -> 28
        ],
    ),
    # 32. Zhihu answer (Simplified): 去年 = 2024, 今年 = 2025 estimate (dateline 2025-05-18); approximate figures kept.
    # Rate 25% vs 24.3% recomputed -> rounding. Nowhere: 1.2万 upvotes, 两百多亿 meter tenders, 约占四成.
    dict(
        text=(
            "问：用AI分析智能电表数据，这块市场现在到底有多大？\n"
            "答（发布于2025-05-18 · 1.2万人赞同）：利益相关，在做配电侧算法。粗略说，去年国内智能电表数据分析AI市场大概"
            "在37亿元左右，今年预计能到46亿元，同比增长25%上下。别跟电表招标额混在一起——电网去年电表招标金额两百多亿，"
            "那是硬件；也别跟用电量、峰谷电价扯在一块。格局上，头部三家大概约占四成。"
        ),
        obs=[
            ("Total", 2024, 37.0, "CNY 100 million", "actual"),
            ("Total", 2025, 46.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 46/37-1 = 24.324% -> 24, not 25; bounds 45.5/37.5-1 = 21.333% .. 46.5/36.5-1 = 27.397%: reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Taiwanese consultancy (Traditional): 新台幣億元 = TWD 100 million; 今年 = 2025 estimate; a part with its share.
    # Nowhere: dateline, Taipower's 3,000億元 capex, 3.0GW offshore wind, 52 firms interviewed.
    dict(
        text=(
            "【台北訊】2025年3月26日 本土顧問機構瀚亞能源顧問最新報告預估，今年台灣能源AI解決方案市場規模可達新台幣182"
            "億元，較2024年的143億元成長27%；其中，電網調度與預測約新台幣58億元，佔比約32%。報告指出，台電今年資本支出"
            "編列逾新台幣3,000億元，離岸風電累計併網容量約3.0GW，但AI軟體與服務僅占其中極小部分。該報告共訪談52家業者。"
        ),
        obs=[
            ("Total", 2024, 143.0, "TWD 100 million", "actual"),
            ("Total", 2025, 182.0, "TWD 100 million", "estimate"),
            ("電網調度與預測", 2025, 58.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("share", 32.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182/143-1 = 27.273% -> 27
            ("arithmetic", "exact"),    # 58/182 = 31.868% -> 32
        ],
    ),
    # 34. Hong Kong report (Traditional): 億港元 = HKD 100 million; CAGR with its span printed (2022至2024年間); the
    # second publisher's 21億港元 for 2024 is nowhere. Nowhere: 450億度 sales, utilities' capex (去年 here is 2024).
    dict(
        text=(
            "【本報訊】（2025年1月9日）本地研究機構港智能源研究昨日發表報告指出，2022至2024年間，香港電力及樓宇能源管理"
            "AI市場規模由12.6億港元增至19.8億港元，年均複合增長率為25.4%；其中智能電錶數據分析佔4.86億港元，約佔24.5%。"
            "報告預計，市場規模於2027年可望達到36億港元。另一家研究機構則估計，2024年市場規模已達21億港元。報告又指，"
            "兩家電力公司去年售電量合共約450億度，電力公司全年資本開支亦不在統計範圍內。"
        ),
        obs=[
            ("Total", 2022, 12.6, "HKD 100 million", "actual"),
            ("Total", 2024, 19.8, "HKD 100 million", "actual"),
            ("Total", 2027, 36.0, "HKD 100 million", "estimate"),
            ("智能電錶數據分析", 2024, 4.86, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 25.4, "percent", 2022, 2024, None, "stated"),
            ("share", 24.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.8/12.6)**(1/2)-1 = 25.357% -> 25.4
            ("arithmetic", "exact"),    # 4.86/19.8 = 24.545% -> 24.5
        ],
    ),
    # 35. Taiwanese news on a Japanese consultancy (Traditional): 億日圓 = JPY 100 million; a decline is a negative
    # rate; 約為2024年的2.7倍 is x2.7 over six years. Nowhere: 12日圓 a kWh price, utilities' 20兆日圓 revenue.
    dict(
        text=(
            "（2025年2月14日，東京）日本市調機構東邦能源總研本月發布的統計顯示，日本電力需求預測與供需調整AI市場2022年"
            "為421億日圓，2023年因政府補助縮減，年減4.5%至402億日圓，2024年回升至420億日圓。該機構預估，隨著再生能源"
            "併網比例提高，2030年市場將擴大至1,150億日圓，約為2024年的2.7倍。同期日本電力批發價格平均每度約12日圓，"
            "各電力公司全年營收合計則超過20兆日圓。"
        ),
        obs=[
            ("Total", 2022, 421.0, "JPY 100 million", "actual"),
            ("Total", 2023, 402.0, "JPY 100 million", "actual"),
            ("Total", 2024, 420.0, "JPY 100 million", "actual"),
            ("Total", 2030, 1150.0, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -4.5, "percent", 2022, 2023, 1.0),
            ("multiple", 2.7, "multiple", 2024, 2030, 6.0),  # 1150/420 = 2.738
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 402/421-1 = -4.513% -> -4.5
        ],
    ),
    # 36. Markdown pipe table, years as columns with E/F, total row at the bottom, published March 2025 (2025E and
    # 2028F estimates). 2025E's rows add to 1,507 against a printed 1,509 (note: rounding).
    # Nowhere: table number, title years, 2,140 GW, 40 interviews.
    dict(
        text=(
            "Table 3. Global AI for power-plant predictive maintenance by asset type, 2023–2028F (USD million)\n"
            "\n"
            "| Asset type | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Gas turbines | 412 | 486 | 571 | 905 |\n"
            "| Wind farms | 338 | 415 | 507 | 884 |\n"
            "| Coal & steam | 190 | 201 | 208 | 214 |\n"
            "| Nuclear | 96 | 112 | 131 | 198 |\n"
            "| Hydro | 71 | 80 | 90 | 121 |\n"
            "| Total | 1,107 | 1,294 | 1,509 | 2,322 |\n"
            "\n"
            "Note: Published March 2025. Totals may not sum because of rounding. Installed base covered: 2,140 GW; "
            "40 operator interviews."
        ),
        obs=[
            ("Gas turbines", 2023, 412.0, "USD million", "actual"),
            ("Gas turbines", 2024, 486.0, "USD million", "actual"),
            ("Gas turbines", 2025, 571.0, "USD million", "estimate"),
            ("Gas turbines", 2028, 905.0, "USD million", "estimate"),
            ("Wind farms", 2023, 338.0, "USD million", "actual"),
            ("Wind farms", 2024, 415.0, "USD million", "actual"),
            ("Wind farms", 2025, 507.0, "USD million", "estimate"),
            ("Wind farms", 2028, 884.0, "USD million", "estimate"),
            ("Coal & steam", 2023, 190.0, "USD million", "actual"),
            ("Coal & steam", 2024, 201.0, "USD million", "actual"),
            ("Coal & steam", 2025, 208.0, "USD million", "estimate"),
            ("Coal & steam", 2028, 214.0, "USD million", "estimate"),
            ("Nuclear", 2023, 96.0, "USD million", "actual"),
            ("Nuclear", 2024, 112.0, "USD million", "actual"),
            ("Nuclear", 2025, 131.0, "USD million", "estimate"),
            ("Nuclear", 2028, 198.0, "USD million", "estimate"),
            ("Hydro", 2023, 71.0, "USD million", "actual"),
            ("Hydro", 2024, 80.0, "USD million", "actual"),
            ("Hydro", 2025, 90.0, "USD million", "estimate"),
            ("Hydro", 2028, 121.0, "USD million", "estimate"),
            ("Total", 2023, 1107.0, "USD million", "actual"),
            ("Total", 2024, 1294.0, "USD million", "actual"),
            ("Total", 2025, 1509.0, "USD million", "estimate"),
            ("Total", 2028, 2322.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412+338+190+96+71 = 1107
            ("hierarchy", "exact"),     # 2024: 486+415+201+112+80 = 1294
            # 2025E: 571+507+208+131+90 = 1507 vs 1509; five rows at +-0.5 reach 1504.5..1509.5, total 1508.5..1509.5
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2028F: 905+884+214+198+121 = 2322
        ],
    ),
    # 37. Space-aligned Chinese table, years as rows, a lone value column headed by its unit only (亿元 -> Total) and
    # a year-on-year column. 2023's 41.3% is INCONSISTENT on purpose (a rebasing: rate on the old basis, per the note).
    # Nowhere: table number, title years, the source's date, 350万千瓦.
    dict(
        text=(
            "表5  全省虚拟电厂AI调度平台市场规模（2020—2026E）\n"
            "年份      亿元     同比增长\n"
            "2020       8.6       —\n"
            "2021      12.1     40.7%\n"
            "2022      17.5     44.6%\n"
            "2023      24.0     41.3%\n"
            "2024      31.8     32.5%\n"
            "2025E     41.2     29.6%\n"
            "2026E     52.5     27.4%\n"
            "资料来源：省能源局统计公报（2025年4月）。注：2023年起统计口径扩大至负荷聚合商平台，当年同比增速按原口径计算；"
            "2024年全省虚拟电厂可调节能力约350万千瓦。"
        ),
        obs=[
            ("Total", 2020, 8.6, "CNY 100 million", "actual"),
            ("Total", 2021, 12.1, "CNY 100 million", "actual"),
            ("Total", 2022, 17.5, "CNY 100 million", "actual"),
            ("Total", 2023, 24.0, "CNY 100 million", "actual"),
            ("Total", 2024, 31.8, "CNY 100 million", "actual"),
            ("Total", 2025, 41.2, "CNY 100 million", "estimate"),
            ("Total", 2026, 52.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.7, "percent", 2020, 2021, 1.0),
            ("growth", 44.6, "percent", 2021, 2022, 1.0),
            ("growth", 41.3, "percent", 2022, 2023, 1.0),
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
            ("growth", 27.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 12.1/8.6-1 = 40.698% -> 40.7
            ("cagr|implied", "exact"),         # 17.5/12.1-1 = 44.628% -> 44.6
            # 24.0/17.5-1 = 37.143%; bounds 23.95/17.55-1 = 36.467% .. 24.05/17.45-1 = 37.822%: 41.3 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 31.8/24.0-1 = 32.500% -> 32.5
            ("cagr|implied", "exact"),         # 41.2/31.8-1 = 29.560% -> 29.6
            ("cagr|implied", "exact"),         # 52.5/41.2-1 = 27.427% -> 27.4
        ],
    ),
    # 38. Space-aligned English table from a Japanese consultancy (¥ billion -> JPY billion), fiscal-year columns with
    # e/F, the total row printed at the top; a CAGR with its span printed in the note. Dated September 2025.
    # Nowhere: Table 7, the ten utilities' ¥3.1 trillion capex.
    dict(
        text=(
            "Japan: AI for utility operations, by application (¥ billion)\n"
            "Source: Tokai Energy Research, September 2025\n"
            "                         FY2023   FY2024   FY2025e   FY2030F\n"
            "Total                      58.4     67.9      79.0     162.0\n"
            "Demand forecasting         21.3     24.6      28.4      55.0\n"
            "Plant maintenance          17.8     20.5      23.7      47.5\n"
            "Trading & balancing        11.2     13.9      17.1      40.2\n"
            "Customer analytics          8.1      8.9       9.8      19.3\n"
            "Note: FY runs April–March. Total CAGR FY2024–FY2030F: 15.6%. Software and services only; the ten major "
            "utilities' combined capex (¥3.1 trillion in FY2024) is shown in Table 7 for reference."
        ),
        obs=[
            ("Total", 2023, 58.4, "JPY billion", "actual"),
            ("Total", 2024, 67.9, "JPY billion", "actual"),
            ("Total", 2025, 79.0, "JPY billion", "estimate"),
            ("Total", 2030, 162.0, "JPY billion", "estimate"),
            ("Demand forecasting", 2023, 21.3, "JPY billion", "actual"),
            ("Demand forecasting", 2024, 24.6, "JPY billion", "actual"),
            ("Demand forecasting", 2025, 28.4, "JPY billion", "estimate"),
            ("Demand forecasting", 2030, 55.0, "JPY billion", "estimate"),
            ("Plant maintenance", 2023, 17.8, "JPY billion", "actual"),
            ("Plant maintenance", 2024, 20.5, "JPY billion", "actual"),
            ("Plant maintenance", 2025, 23.7, "JPY billion", "estimate"),
            ("Plant maintenance", 2030, 47.5, "JPY billion", "estimate"),
            ("Trading & balancing", 2023, 11.2, "JPY billion", "actual"),
            ("Trading & balancing", 2024, 13.9, "JPY billion", "actual"),
            ("Trading & balancing", 2025, 17.1, "JPY billion", "estimate"),
            ("Trading & balancing", 2030, 40.2, "JPY billion", "estimate"),
            ("Customer analytics", 2023, 8.1, "JPY billion", "actual"),
            ("Customer analytics", 2024, 8.9, "JPY billion", "actual"),
            ("Customer analytics", 2025, 9.8, "JPY billion", "estimate"),
            ("Customer analytics", 2030, 19.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 21.3+17.8+11.2+8.1 = 58.4
            ("hierarchy", "exact"),     # FY2024: 24.6+20.5+13.9+8.9 = 67.9
            ("hierarchy", "exact"),     # FY2025e: 28.4+23.7+17.1+9.8 = 79.0
            ("hierarchy", "exact"),     # FY2030F: 55.0+47.5+40.2+19.3 = 162.0
            ("cagr|implied", "exact"),  # (162.0/67.9)**(1/6)-1 = 15.595% -> 15.6
        ],
    ),
    # 39. Tab-separated English table with a CAGR column (span printed in its header). Hydro's 21.3% is INCONSISTENT
    # on purpose (digits transposed from 12.3); smart-meter analytics' 16.8% is rounding.
    # Nowhere: source date, Iceland, 38 GW.
    dict(
        text=(
            "Nordic AI for grid operations and wind O&M, EUR million\n"
            "Segment\t2024\t2029F\tCAGR 2024–29F\n"
            "Grid forecasting & dispatch\t118\t286\t19.4%\n"
            "Wind-farm predictive maintenance\t94\t241\t20.7%\n"
            "Hydro scheduling optimisation\t57\t102\t21.3%\n"
            "Smart-meter analytics\t41\t88\t16.8%\n"
            "Total\t310\t717\t18.3%\n"
            "Source: Nordlys Analytics, May 2025. Excludes Iceland. Nordic wind fleet at end-2024: 38 GW."
        ),
        obs=[
            ("Grid forecasting & dispatch", 2024, 118.0, "EUR million", "actual"),
            ("Grid forecasting & dispatch", 2029, 286.0, "EUR million", "estimate"),
            ("Wind-farm predictive maintenance", 2024, 94.0, "EUR million", "actual"),
            ("Wind-farm predictive maintenance", 2029, 241.0, "EUR million", "estimate"),
            ("Hydro scheduling optimisation", 2024, 57.0, "EUR million", "actual"),
            ("Hydro scheduling optimisation", 2029, 102.0, "EUR million", "estimate"),
            ("Smart-meter analytics", 2024, 41.0, "EUR million", "actual"),
            ("Smart-meter analytics", 2029, 88.0, "EUR million", "estimate"),
            ("Total", 2024, 310.0, "EUR million", "actual"),
            ("Total", 2029, 717.0, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # (286/118)**(1/5)-1 = 19.370% -> 19.4
            ("cagr|implied", "exact"),         # (241/94)**(1/5)-1 = 20.720% -> 20.7
            # (102/57)**(1/5)-1 = 12.343%; bounds (101.5/57.5)**0.2-1 = 12.037% .. (102.5/56.5)**0.2-1 = 12.651%
            ("cagr|implied", "inconsistent"),
            # (88/41)**(1/5)-1 = 16.504% -> 16.5, not 16.8; bounds (87.5/41.5)**0.2-1 = 16.089% ..
            # (88.5/40.5)**0.2-1 = 16.922%: reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),         # (717/310)**(1/5)-1 = 18.258% -> 18.3
            ("hierarchy", "exact"),            # 2024: 118+94+57+41 = 310
            ("hierarchy", "exact"),            # 2029F: 286+241+102+88 = 717
        ],
    ),
    # 40. Markdown Chinese table with a share column; the total row's label 合计 is its item; the 100.0% total is no
    # claim. 电池健康诊断与预测's 22.5% is rounding (note: shares from unrounded data).
    # Nowhere: 7,376万千瓦 storage capacity, 126 sample firms, the source's date.
    dict(
        text=(
            "2024年中国储能与充电AI优化市场结构（单位：亿元）\n"
            "| 细分领域 | 2024年 | 占比 |\n"
            "| --- | --- | --- |\n"
            "| 储能电站调度优化 | 28.6 | 44.3% |\n"
            "| 充电网络运营优化 | 21.5 | 33.3% |\n"
            "| 电池健康诊断与预测 | 14.5 | 22.5% |\n"
            "| 合计 | 64.6 | 100.0% |\n"
            "注：占比按未取整数据计算。截至2024年底，全国新型储能装机约7,376万千瓦。资料来源：储能与充电产业联盟调研"
            "（2025年2月，样本企业126家）。"
        ),
        obs=[
            ("储能电站调度优化", 2024, 28.6, "CNY 100 million", "actual"),
            ("充电网络运营优化", 2024, 21.5, "CNY 100 million", "actual"),
            ("电池健康诊断与预测", 2024, 14.5, "CNY 100 million", "actual"),
            ("合计", 2024, 64.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 44.3, "percent", 2024, 2024, None),
            ("share", 33.3, "percent", 2024, 2024, None),
            ("share", 22.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 28.6/64.6 = 44.272% -> 44.3
            ("arithmetic", "exact"),     # 21.5/64.6 = 33.282% -> 33.3
            # 14.5/64.6 = 22.446% -> 22.4, not 22.5; bounds 14.45/64.65 = 22.351% .. 14.55/64.55 = 22.541%: reachable
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),      # 28.6+21.5+14.5 = 64.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 6, 'rounding': 14, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 14 March 2025 -- Meridian Energy Insights today published',
    'up 21% from US$2.35 billion in 2023',
    'forecast EUR 1.45bn by 2028E, a 27% CAGR over 2024-28E',
    'target price of DKK 160 (18% upside)',
    "A separate tally by Kestrel Analytics puts last year's market at $1.4 billion",
    'total addressable market for virtual power plant orchestration software at roughly $4 billion this year',
    'more than two and a half times that by 2030',
    '¥48.6 billion in fiscal 2024',
    'down from the $4.3 billion it published in November',
    '$6.8 billion to $7.4 billion in 2027',
    'roughly four times the EUR 24 million of 2020',
    'fell 4% in 2023 to $1.20 billion',
    'at 182 billion won',
    '力争突破120亿元，较2023年的38亿元增长2倍以上',
    '另据统计，2024年全国电网工程完成投资6083亿元',
    '其估计2024年该市场规模约为60亿元',
    '2024至2027年年複合成長率約20.7%',
    '去年規模約為4.86億港元',
    '約為2022年6.1億元的2倍；今年可望達16.3億元',
    '目标价45.6元，对应上涨空间22%',
    '| Total | 3,847 | 4,782 | 5,958 | 7,392 |',
    'FY2025F                     16.5',
    '合计\t96.6\t127.5',
    'CAGR 2024-27F',
    'Total\t5.00\t100%\t8.70',
    'We size the total addressable market',
    '$18 billion this year',
    'implying a CAGR of 15.3%',
    "That's 3x in five years",
    'Correction: An earlier version of this article',
    'more than doubling between 2024 and 2028',
    'in fiscal 2024, up 11% from $4.1 billion in fiscal',
    'Refinery AI, an adjacent market',
    '• 2027F: €1.3B, roughly 2x in three years',
    'jumped 31% last year',
    'run from $3.5 billion to $5 billion',
    '力争达到120亿元，较2023年的48亿元增长1.5倍',
    '其中，省级调度平台约53亿元，占比61.7%',
    '预计2025年市场规模将突破200亿元',
    '去年国内智能电表数据分析AI市场大概在37亿元左右',
    '可達新台幣182億元',
    '另一家研究機構則估計',
    '年減4.5%至402億日圓',
    '| 2025E | 2028F |',
    '年份      亿元     同比增长',
    'Total                      58.4',
    'Segment\t2024\t2029F\tCAGR 2024–29F',
    '| 合计 | 64.6 | 100.0% |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 222
#: figures, 52 rates, 91 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-forty-sixth set: 241, 57, 94 and 0
FLOORS = {"figures_found": 247, "rates_found": 57, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset144.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
