"""A hundred-and-fifty-third check set for the extractor, written blind: AI in real estate and construction: AI valuation
and property-search software, construction scheduling and site safety vision, building information modelling with AI,
smart building energy management, AI for mortgage underwriting in property, sized in money by proptech analysts,
construction associations, surveyors' bodies, brokers, city and provincial housing plans, Japanese, Korean,
Singaporean and Hong Kong research houses. Distractors a careful reader leaves out: homes sold or built, floor area in
square metres, house prices and rents, a developer's own revenue or land bank, a fund's assets under management, a
quarter's figures, the whole construction output or property market beside the AI part.

Snippets 1-20: AI in real estate and construction: AI valuation and property-search software, site-safety vision,
construction scheduling, AI-assisted BIM, smart-building energy management and AI mortgage underwriting. Eight English
prose pieces (a Singapore research-house press release, a Hong Kong broker's initiation note, a London news story
quoting two publishers, an earnings-call transcript sizing a TAM, a UK surveyors' yearbook with a correction, a Tokyo
institute's revised forecast in yen, a Hong Kong fintech house in HK dollars, a Brussels alliance roadmap with a
target, a multiple and a range), seven Chinese prose pieces (four Simplified: an association yearbook, a Shenzhen
action plan with 力争 and 增长3倍, a broker note with segment shares, a news story quoting two publishers; three
Traditional: a Taipei institute in 新台幣億元, a Hong Kong house in 億港元 with 去年/今年/明年, a Taiwan yearbook with a rebased,
inconsistent rate) and five tables (a markdown pipe table with E/F columns and a total row that is off by rounding, a
space-aligned yen table with fiscal years and a CAGR column, a tab-separated Simplified table with 合计, a vertical
sterling table whose rows are years, and a Traditional vertical table with a lone 百萬港元 column and a year-on-year
column holding one typo). Distractors a careful reader leaves out: housing starts, homes and flats sold, floor area in
square metres, price indices, whole construction output and property sales beside the AI part, a company's own
revenue, quarter, margin, loans and orders, price targets and upside, stock codes, report and document numbers,
headcounts and counts of firms, penetration and survey percentages, fractions in words (四成), a second publisher's
figure for the same year and a forecast that was revised away.

Snippets 21-40: AI in real estate and construction: AVM and property-search software, site-safety computer vision,
construction scheduling, BIM with AI, AI building energy management and AI mortgage underwriting. Eight English prose
pieces (an annual-report strategic review, an earnings-call transcript sizing a TAM, a research abstract, a LinkedIn
post, a corrected web article, a Korean brokerage note, investor-day slide bullets, a Hong Kong surveyors' survey
release), seven Chinese prose pieces (a provincial plan, a Taiwan MIC release, a Hong Kong research note with a rival
consultancy's figure, a broker's industry report, a Zhihu answer, Taiwan public-works statistics, a Chinese report on
a Japanese research house, three of them in Traditional Chinese) and five tables (a markdown segment table with a CAGR
column, a tab-separated vertical Japanese table with a YoY column, a space-aligned Chinese share table, a
space-aligned APAC country table with shares, a vertical UK table with item columns). Distractors: company revenue,
guidance ranges, margins, price targets, quarter figures, survey answers, headcounts, counts of firms, homes and
transactions, house prices and rents, floor area, whole construction output and investment, a mortgage book, amounts
in won and Singapore dollars, a corrected figure and a second publisher's figure.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Singapore research-house press release (USD): yoy and stated CAGR, a segment share, a separately sized
    #    second market; the quarter's figure, listings, markets, headcount and report-title years are expected nowhere.
    dict(
        text=(
            "SINGAPORE, 11 March 2025 /PRNewswire/ -- Asia-Pacific spending on AI-powered property valuation and "
            "search software rose 18% to US$1.42 billion in 2024 from US$1.20 billion a year earlier, according to "
            "'Asia-Pacific PropTech AI Outlook 2025-2030', a new report from Lanterne Analytics. Valuation tools made "
            "up US$0.61 billion, or 43%, of last year's total; in the fourth quarter alone the market booked US$0.41 "
            "billion. The Singapore-based firm, whose 40-strong research team tracked more than 2.3 million listings "
            "across 11 markets, forecasts the market to reach US$3.31 billion by 2030, a compound annual growth rate "
            "of 15.1% between 2024 and 2030. Rental pricing AI, which Lanterne sizes as a separate market, was worth "
            "US$0.38 billion in 2024."
        ),
        obs=[
            ("Total", 2023, 1.20, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Valuation tools", 2024, 0.61, "USD billion", "actual"),
            ("Total", 2030, 3.31, "USD billion", "estimate"),
            ("Rental pricing AI", 2024, 0.38, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 15.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.20 - 1 = 18.33% -> 18
            ("arithmetic", "exact"),    # 0.61 / 1.42 = 42.96% -> 43
            ("cagr|implied", "exact"),  # (3.31 / 1.42) ** (1 / 6) - 1 = 15.15% (15.148) -> 15.1
        ],
    ),
    # 2. Hong Kong broker initiation note (USD, "bn", "E"): stated CAGR that the rounded amounts only reach by rounding;
    #    the stock code, company revenue, 1Q25, margin, TP and upside, RMB construction output, floor area, 6% nowhere.
    dict(
        text=(
            "Kowloon Bay Securities | Asia Construction Tech | Initiation of coverage | 3 June 2025\n"
            "SiteEye Holdings (1234 HK): safety vision is the next leg. We size the global market for AI site-safety "
            "vision systems (camera analytics for PPE compliance, exclusion zones and fall detection) at US$0.6bn in "
            "2024 and see it reaching US$1.4bn by 2027E, a 31% CAGR over 2024-27E. SiteEye booked HK$212m of revenue "
            "in FY24 and HK$61m in 1Q25 at a 58% gross margin; we initiate at BUY with a TP of HK$14.20, implying 38% "
            "upside. For context, mainland construction output was RMB32.7trn last year and 1.1bn m2 of floor space "
            "was started, yet only about 6% of active sites run any vision analytics."
        ),
        obs=[
            ("Total", 2024, 0.6, "USD billion", "actual"),
            ("Total", 2027, 1.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (1.4 / 0.6) ** (1 / 3) - 1 = 32.6% -> 33, not 31; bounds (1.35 / 0.65) ** (1/3) - 1 = 27.6% ..
            # (1.45 / 0.55) ** (1/3) - 1 = 38.1%, which holds 31 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. London news story quoting two publishers (USD): the first gives base, target and rate ("a year", span only
    #    from the amounts' years -> inferred); Kestrel's 2029 figure, 30% of energy, square metres and 9% nowhere.
    dict(
        text=(
            "LONDON, April 22, 2025 -- Landlords are turning to machine learning to trim power bills, and analysts "
            "disagree mainly on how fast. Meridian Insight values the global market for AI-driven building energy "
            "management at $4.8 billion in 2024 and expects it to expand by 21.5% a year to $12.7 billion in 2029. "
            "Kestrel Research is more bullish, putting the 2029 figure at $14.1 billion. Buildings use roughly 30% of "
            "the world's final energy, and commercial floor space is set to pass 100 billion square metres by 2030, "
            "Meridian noted, adding that only 9% of the office towers it surveyed had deployed such software."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2029, 12.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12.7 / 4.8) ** (1 / 5) - 1 = 21.48% -> 21.5
        ],
    ),
    # 4. Earnings-call prepared remarks: the TAM the company sizes is the market (Total); "this year" of a February 2025
    #    call is an estimate; 2.5x between 2021 and 2025. Revenue, quarter, margin, loans, 14% penetration nowhere.
    dict(
        text=(
            "Hearthline Inc. (NASDAQ: HRTH) fourth-quarter 2024 earnings call, February 20, 2025 -- prepared remarks, "
            "chief executive Dana Ruiz: “Fourth-quarter revenue came in at $48.2 million, up 31% year over year, "
            "taking the full year to $171 million, and our adjusted EBITDA margin reached 12%. We underwrote 41,000 "
            "loans in the quarter. Stepping back, we put the total addressable market for AI underwriting of US "
            "residential mortgages at $9.0 billion this year. That is 2.5x the $3.6 billion we sized in 2021, and we "
            "expect it to reach roughly $15 billion by 2028. Today AI touches about 14% of originations, so the runway "
            "is long.”"
        ),
        obs=[
            ("Total", 2021, 3.6, "USD billion", "actual"),
            ("Total", 2025, 9.0, "USD billion", "estimate"),
            ("Total", 2028, 15, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2025, 4.0),  # 9.0 / 3.6 = 2.5; a multiple gets no verdict
        ],
        verdicts=[],
    ),
    # 5. UK surveyors' yearbook (GBP million) with a correction notice: yoy at one decimal, a part with its share;
    #    the misprinted £313 million, ONS construction output, 612 firms and 71% of respondents nowhere.
    dict(
        text=(
            "Construction Technology Yearbook 2025, chapter 6 (Chartered Institute of Construction Surveyors). "
            "Spending by UK contractors and clients on AI scheduling and programme-planning tools reached £412 "
            "million in 2024, against £331 million in 2023, an increase of 24.5%. Civil engineering accounted for "
            "£156 million, or 38% of the total, with housebuilders and commercial fit-out making up the rest. That is "
            "still a sliver of total construction output, which the ONS puts at £186 billion. The Institute surveyed "
            "612 member firms; 71% said programme overruns were their top risk. Correction: the first edition of this "
            "chapter printed the 2023 figure as £313 million; the correct figure is £331 million."
        ),
        obs=[
            ("Total", 2023, 331, "GBP million", "actual"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Civil engineering", 2024, 156, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 331 - 1 = 24.47% -> 24.5
            ("arithmetic", "exact"),    # 156 / 412 = 37.86% -> 38
        ],
    ),
    # 6. Tokyo institute release (JPY billion, fiscal years): forecast revised up (the superseded ¥104 billion is
    #    nowhere); the stated 17.5% CAGR is inconsistent with its amounts (apparently computed off an older, lower
    #    base). Housing starts and the contractors' ¥9.3 trillion of orders nowhere.
    dict(
        text=(
            "TOKYO, July 9, 2025 -- Japan's market for AI-enabled building information modelling, covering automated "
            "clash detection, generative layout and quantity take-off, was worth ¥48.6 billion in fiscal 2024 (the "
            "year to March 2025), Hoshizora Research Institute said in its annual outlook. The institute now forecasts "
            "¥112 billion for fiscal 2030, revised up from the ¥104 billion it projected last November, and puts the "
            "compound annual growth rate over FY2024-FY2030 at 17.5%. Housing starts fell to 792,000 units in fiscal "
            "2024, and the top five general contractors alone booked ¥9.3 trillion of orders."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2030, 112, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (112 / 48.6) ** (1 / 6) - 1 = 14.93%; bounds (111.5 / 48.65) ** (1/6) - 1 = 14.82% ..
            # (112.5 / 48.55) ** (1/6) - 1 = 15.03%; 17.5 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Hong Kong fintech research release (HKD): "last year" of a January 2025 dateline is 2024; HK$1.1 billion is
    #    converted to the series' HKD million; stated CAGR reached only by rounding. Mortgage book and Q4 count nowhere.
    dict(
        text=(
            "HONG KONG, 16 January 2025 -- Banks in Hong Kong spent HK$486 million on AI for property mortgage "
            "underwriting and collateral valuation last year, 21% more than the HK$402 million of 2023, Victoria "
            "Harbour Fintech Research said on Thursday. The firm expects the outlay to reach HK$1.1 billion in 2028, "
            "a compound annual rate of 23.5% from 2024 to 2028. Residential mortgage loans outstanding stood at "
            "HK$1.96 trillion at end-December, and new applications in the fourth quarter numbered 38,400."
        ),
        obs=[
            ("Total", 2023, 402, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2028, 1100, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 23.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 486 / 402 - 1 = 20.90% -> 21
            # (1100 / 486) ** (1 / 4) - 1 = 22.66% -> 22.7, not 23.5; HK$1.1 billion read 1050..1150 million:
            # (1050 / 486.5) ** (1/4) - 1 = 21.2% .. (1150 / 485.5) ** (1/4) - 1 = 24.1% holds 23.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Brussels alliance roadmap (EUR): a goal (estimate), "roughly 2.7 times" its 2024 base, an implied annual rate
    #    with no printed span (inferred), a range for 2027 (two value claims). Report-title year, building stock,
    #    85%, member and city counts nowhere.
    dict(
        text=(
            "Brussels, 5 May 2025. The European Smart Buildings Alliance's new roadmap, 'AI for Efficient Buildings "
            "2030', sets a goal of €2.4 billion a year in spending on AI-based energy management for commercial "
            "buildings in the EU by 2030, roughly 2.7 times the €0.9 billion spent in 2024, which would require growth "
            "of about 17.8% a year. For 2027 the roadmap pencils in between €1.5 billion and €1.7 billion. The bloc's "
            "building stock covers some 25 billion square metres, 85% of it built before 2000, and the Alliance's 140 "
            "member companies have pledged pilots in 30 cities."
        ),
        obs=[
            ("Total", 2024, 0.9, "EUR billion", "actual"),
            ("Total", 2030, 2.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2030, 6.0),  # 2.4 / 0.9 = 2.67 -> "roughly 2.7"; no verdict
            ("cagr", 17.8, "percent", 2024, 2030, None, "inferred"),
            ("value", 1.5, "EUR billion", 2027, 2027, None),
            ("value", 1.7, "EUR billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.4 / 0.9) ** (1 / 6) - 1 = 17.76% -> 17.8
        ],
    ),
    # 9. Simplified Chinese association yearbook (亿元): yoy rate with no 2023 amount (no verdict), two parts and a
    #    share, 超过108亿元 at its printed figure. 建筑业总产值 (万亿元), 新开工面积, 1,200 firms nowhere.
    dict(
        text=(
            "《中国智能建造发展年度报告(2025)》显示,2024年我国建筑工地AI安全监测(含视频识别、人员定位和危险源预警)"
            "市场规模达到86.4亿元,同比增长27.6%。分领域看,房屋建筑工程51.2亿元,占比59.3%;基础设施工程35.2亿元。"
            "报告预计,2025年市场规模将超过108亿元。作为对照,2024年全国建筑业总产值为32.65万亿元,房屋新开工面积"
            "7.39亿平方米;报告编写组共调研了1,200余家施工企业。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("房屋建筑工程", 2024, 51.2, "CNY 100 million", "actual"),
            ("基础设施工程", 2024, 35.2, "CNY 100 million", "actual"),
            ("Total", 2025, 108, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),  # 2023 amount not printed: no verdict
            ("share", 59.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 51.2 / 86.4 = 59.26% -> 59.3
        ],
    ),
    # 10. Shenzhen housing bureau action plan (亿元): 力争 target is an estimate, 较2021年增长3倍 is x3 over six years,
    #     年均增速 with no printed span (inferred). Document number, title years, 100%, 1,000万平方米, 20家 nowhere.
    dict(
        text=(
            "(2025年3月18日)深圳市住房和建设局日前印发《深圳市智慧建筑高质量发展行动方案(2025—2027年)》"
            "(深建字〔2025〕18号)。方案提出,力争到2027年全市AI楼宇能源管理产业规模达到150亿元,较2021年增长3倍;"
            "2024年,该产业规模为78亿元,按此测算,年均增速约为24.4%。方案同时要求,新建大型公共建筑100%接入市级"
            "能耗监测平台,完成既有建筑节能改造1,000万平方米,培育20家以上骨干企业。"
        ),
        obs=[
            ("Total", 2024, 78, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2027, 6.0),  # 增长3倍 keeps its printed 3; no verdict
            ("cagr", 24.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 78) ** (1 / 3) - 1 = 24.36% -> 24.4
        ],
    ),
    # 11. Simplified broker note (亿元): 约42.5亿元 at its printed figure, two segments with their shares, a stated CAGR.
    #     New-home sales (万亿元), second-hand units, platform revenue, 1Q, rating, target price and upside nowhere.
    dict(
        text=(
            "中岳证券|房地产科技行业深度报告|2025年4月28日\n"
            "我们测算,2024年中国AI房产估值与智能找房软件市场规模约为42.5亿元,其中智能找房27.2亿元、AI估值15.3亿元,"
            "分别占64%和36%。展望未来,预计2026年市场规模将达到68亿元,2024—2026年复合增速为26.5%。作为对比,2024年"
            "全国新建商品房销售额为9.7万亿元,二手房成交约620万套;龙头平台2024年营收935亿元,2025年一季度营收234亿元。"
            "首次覆盖给予“买入”评级,目标价45元,对应上行空间22%。"
        ),
        obs=[
            ("Total", 2024, 42.5, "CNY 100 million", "actual"),
            ("智能找房", 2024, 27.2, "CNY 100 million", "actual"),
            ("AI估值", 2024, 15.3, "CNY 100 million", "actual"),
            ("Total", 2026, 68, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 64, "percent", 2024, 2024, None),
            ("share", 36, "percent", 2024, 2024, None),
            ("cagr", 26.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 27.2 / 42.5 = 64.0% -> 64
            ("arithmetic", "exact"),    # 15.3 / 42.5 = 36.0% -> 36
            ("cagr|implied", "exact"),  # (68 / 42.5) ** (1 / 2) - 1 = 26.49% -> 26.5
        ],
    ),
    # 12. Simplified news story quoting two publishers (亿元): the first gives base, prior year, rate and 2030 target;
    #     启元咨询's 71亿元 for 2024 is nowhere; project count and 40 pilot cities nowhere.
    dict(
        text=(
            "本报北京2025年6月10日电(记者 林晓)智研前瞻日前发布的数据显示,2024年中国AI+BIM软件市场规模为63.8亿元,"
            "比2023年的53.5亿元增长19.3%;该机构预计,到2030年市场规模将增至158亿元,年均复合增长率约16.3%。另一家"
            "咨询机构启元咨询的估算更为乐观,认为2024年该市场已达71亿元。目前全国累计应用BIM技术的项目超过3.5万个,"
            "住房和城乡建设部已公布两批共40个智能建造试点城市。"
        ),
        obs=[
            ("Total", 2023, 53.5, "CNY 100 million", "actual"),
            ("Total", 2024, 63.8, "CNY 100 million", "actual"),
            ("Total", 2030, 158, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63.8 / 53.5 - 1 = 19.25% (19.252) -> 19.3
            ("cagr|period", "exact"),   # (158 / 63.8) ** (1 / 6) - 1 = 16.32% -> 16.3
        ],
    ),
    # 13. Traditional Chinese, Taipei institute (新台幣億元): yoy exact, stated CAGR reached only by rounding.
    #     營造業產值 (兆元), 住宅開工 units, 326 firms and 四成 (a fraction in words, a survey answer) nowhere.
    dict(
        text=(
            "【台北訊】2025年8月12日,產業科技研究所發布《營建科技趨勢報告》指出,台灣營建業AI工程排程與進度管理系統"
            "市場規模,2024年為新台幣18.6億元,較2023年的新台幣14.9億元成長25%;預估2028年將達新台幣41億元,2024至"
            "2028年年複合成長率為22.2%。報告也提到,2024年全台營造業產值約新台幣1.2兆元,住宅開工約17.8萬宅,受訪的"
            "326家營造廠中有四成已導入排程AI。"
        ),
        obs=[
            ("Total", 2023, 14.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2028, 41, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 18.6 / 14.9 - 1 = 24.83% -> 25
            # (41 / 18.6) ** (1 / 4) - 1 = 21.85% -> 21.8, not 22.2; bounds (40.5 / 18.65) ** (1/4) - 1 = 21.39% ..
            # (41.5 / 18.55) ** (1/4) - 1 = 22.30%, which reaches 22.2 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Traditional Chinese, Hong Kong house (億港元): 去年 = 2024, 今年 = 2025 (estimate), 明年 = 2026 (突破, printed
    #     figure). 約四成 (fraction in words), first-hand deals and the price-index fall nowhere.
    dict(
        text=(
            "(香港2025年9月3日訊)本地研究機構維港地產科技研究今日發表報告指,去年香港AI物業估值及按揭審批科技支出約"
            "7.8億港元,今年預計增至9.4億港元,按年增長20.5%,明年更有望突破11億港元。報告指,大型銀行佔去年支出約四成。"
            "同期全港一手住宅成交約1.6萬宗,私人住宅售價指數較高峰回落約28%。"
        ),
        obs=[
            ("Total", 2024, 7.8, "HKD 100 million", "actual"),
            ("Total", 2025, 9.4, "HKD 100 million", "estimate"),
            ("Total", 2026, 11, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.4 / 7.8 - 1 = 20.51% -> 20.5
        ],
    ),
    # 15. Traditional Chinese, Taiwan association yearbook (新台幣億元): the 35% yoy contradicts the printed amounts
    #     (the 2023 base was rebased to a new classification, the rate was not); a part with its share.
    #     Yearbook title year, 287 members and 1,100 labelled buildings nowhere.
    dict(
        text=(
            "台灣智慧建築協會出版的《2025智慧建築產業年鑑》統計,2024年國內AI建築能源管理系統市場規模達新台幣32.4億元,"
            "年增35%,2023年則為新台幣26.1億元(依新版產業分類重新計算)。其中,商辦大樓貢獻新台幣19.8億元,佔比61.1%,"
            "其餘為醫院、旅館與公有建築。協會現有會員廠商287家,全台已取得智慧建築標章的建築物累計逾1,100件。"
        ),
        obs=[
            ("Total", 2023, 26.1, "TWD 100 million", "actual"),
            ("Total", 2024, 32.4, "TWD 100 million", "actual"),
            ("商辦大樓", 2024, 19.8, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 61.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 32.4 / 26.1 - 1 = 24.14%; bounds 32.35 / 26.15 - 1 = 23.71% .. 32.45 / 26.05 - 1 = 24.57%;
            # 35 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 19.8 / 32.4 = 61.11% -> 61.1
        ],
    ),
    # 16. Markdown pipe table (USD million), years as columns with E/F, a Total row; 2030F total is one off the sum
    #     (rounding, as the note warns). Table number and report number nowhere.
    dict(
        text=(
            "Table 3. Global spending on AI software for construction, by segment (US$ million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2030F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Site safety vision | 412 | 538 | 690 | 2,140 |\n"
            "| Scheduling and planning | 365 | 451 | 566 | 1,610 |\n"
            "| BIM design automation | 298 | 377 | 472 | 1,335 |\n"
            "| Total | 1,075 | 1,366 | 1,728 | 5,086 |\n"
            "\n"
            "Note: E = estimate, F = forecast. Totals may not add because of rounding. Source: Fieldstone PropTech "
            "Advisors, report no. 24-117."
        ),
        obs=[
            ("Site safety vision", 2023, 412, "USD million", "actual"),
            ("Site safety vision", 2024, 538, "USD million", "actual"),
            ("Site safety vision", 2025, 690, "USD million", "estimate"),
            ("Site safety vision", 2030, 2140, "USD million", "estimate"),
            ("Scheduling and planning", 2023, 365, "USD million", "actual"),
            ("Scheduling and planning", 2024, 451, "USD million", "actual"),
            ("Scheduling and planning", 2025, 566, "USD million", "estimate"),
            ("Scheduling and planning", 2030, 1610, "USD million", "estimate"),
            ("BIM design automation", 2023, 298, "USD million", "actual"),
            ("BIM design automation", 2024, 377, "USD million", "actual"),
            ("BIM design automation", 2025, 472, "USD million", "estimate"),
            ("BIM design automation", 2030, 1335, "USD million", "estimate"),
            ("Total", 2023, 1075, "USD million", "actual"),
            ("Total", 2024, 1366, "USD million", "actual"),
            ("Total", 2025, 1728, "USD million", "estimate"),
            ("Total", 2030, 5086, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412 + 365 + 298 = 1,075
            ("hierarchy", "exact"),     # 2024: 538 + 451 + 377 = 1,366
            ("hierarchy", "exact"),     # 2025E: 690 + 566 + 472 = 1,728
            # 2030F: 2,140 + 1,610 + 1,335 = 5,085 vs 5,086; rows read 5,083.5..5,086.5 reach 5,085.5..5,086.5 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Space-aligned yen table (JPY billion), fiscal-year columns with E, a Total row and a CAGR column whose span
    #     the header prints; brokerage commissions in the note nowhere.
    dict(
        text=(
            "Japan: AI real-estate technology market by application (¥ billion)\n"
            "Marunouchi Securities, sector note, 2 October 2025\n"
            "\n"
            "Application              FY2023   FY2024   FY2025E   FY2028E   CAGR FY24-28E\n"
            "Property valuation          9.8     12.4      15.3      27.6           22.2%\n"
            "Property search            14.1     17.0      20.2      31.9           17.0%\n"
            "Mortgage underwriting       4.3      5.9       7.6      14.9           26.1%\n"
            "Total                      28.2     35.3      43.1      74.4           20.5%\n"
            "\n"
            "Note: fiscal years end March. E = Marunouchi estimates. Excludes general brokerage commissions "
            "(¥1.9 trillion in FY2024)."
        ),
        obs=[
            ("Property valuation", 2023, 9.8, "JPY billion", "actual"),
            ("Property valuation", 2024, 12.4, "JPY billion", "actual"),
            ("Property valuation", 2025, 15.3, "JPY billion", "estimate"),
            ("Property valuation", 2028, 27.6, "JPY billion", "estimate"),
            ("Property search", 2023, 14.1, "JPY billion", "actual"),
            ("Property search", 2024, 17.0, "JPY billion", "actual"),
            ("Property search", 2025, 20.2, "JPY billion", "estimate"),
            ("Property search", 2028, 31.9, "JPY billion", "estimate"),
            ("Mortgage underwriting", 2023, 4.3, "JPY billion", "actual"),
            ("Mortgage underwriting", 2024, 5.9, "JPY billion", "actual"),
            ("Mortgage underwriting", 2025, 7.6, "JPY billion", "estimate"),
            ("Mortgage underwriting", 2028, 14.9, "JPY billion", "estimate"),
            ("Total", 2023, 28.2, "JPY billion", "actual"),
            ("Total", 2024, 35.3, "JPY billion", "actual"),
            ("Total", 2025, 43.1, "JPY billion", "estimate"),
            ("Total", 2028, 74.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 9.8 + 14.1 + 4.3 = 28.2
            ("hierarchy", "exact"),  # FY2024: 12.4 + 17.0 + 5.9 = 35.3
            ("hierarchy", "exact"),  # FY2025E: 15.3 + 20.2 + 7.6 = 43.1
            ("hierarchy", "exact"),  # FY2028E: 27.6 + 31.9 + 14.9 = 74.4
            # valuation: (27.6 / 12.4) ** (1 / 4) - 1 = 22.14% -> 22.1, not 22.2; bounds
            # (27.55 / 12.45) ** (1/4) - 1 = 21.97% .. (27.65 / 12.35) ** (1/4) - 1 = 22.32% reach 22.2 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # search: (31.9 / 17.0) ** (1 / 4) - 1 = 17.04% -> 17.0
            ("cagr|implied", "exact"),  # mortgage: (14.9 / 5.9) ** (1 / 4) - 1 = 26.06% -> 26.1
            ("cagr|implied", "exact"),  # total: (74.4 / 35.3) ** (1 / 4) - 1 = 20.49% -> 20.5
        ],
    ),
    # 18. Tab-separated Simplified Chinese table (亿元), years as columns, a 合计 row (its label as printed), 2025E;
    #     the table number and the 建筑业总产值 in the note nowhere.
    dict(
        text=(
            "表2 中国建筑业AI应用市场规模(按细分领域)\n"
            "单位:亿元\n"
            "细分领域\t2022\t2023\t2024\t2025E\n"
            "工地安全视觉\t41.3\t55.8\t72.6\t93.0\n"
            "进度排程与项目管理\t28.7\t36.2\t45.9\t58.4\n"
            "BIM智能设计\t19.5\t25.1\t33.4\t43.7\n"
            "合计\t89.5\t117.1\t151.9\t195.1\n"
            "注:2025E为预测值;2024年全国建筑业总产值32.65万亿元,不计入本表。资料来源:中国建筑业协会智能建造分会。"
        ),
        obs=[
            ("工地安全视觉", 2022, 41.3, "CNY 100 million", "actual"),
            ("工地安全视觉", 2023, 55.8, "CNY 100 million", "actual"),
            ("工地安全视觉", 2024, 72.6, "CNY 100 million", "actual"),
            ("工地安全视觉", 2025, 93.0, "CNY 100 million", "estimate"),
            ("进度排程与项目管理", 2022, 28.7, "CNY 100 million", "actual"),
            ("进度排程与项目管理", 2023, 36.2, "CNY 100 million", "actual"),
            ("进度排程与项目管理", 2024, 45.9, "CNY 100 million", "actual"),
            ("进度排程与项目管理", 2025, 58.4, "CNY 100 million", "estimate"),
            ("BIM智能设计", 2022, 19.5, "CNY 100 million", "actual"),
            ("BIM智能设计", 2023, 25.1, "CNY 100 million", "actual"),
            ("BIM智能设计", 2024, 33.4, "CNY 100 million", "actual"),
            ("BIM智能设计", 2025, 43.7, "CNY 100 million", "estimate"),
            ("合计", 2022, 89.5, "CNY 100 million", "actual"),
            ("合计", 2023, 117.1, "CNY 100 million", "actual"),
            ("合计", 2024, 151.9, "CNY 100 million", "actual"),
            ("合计", 2025, 195.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 41.3 + 28.7 + 19.5 = 89.5
            ("hierarchy", "exact"),  # 2023: 55.8 + 36.2 + 25.1 = 117.1
            ("hierarchy", "exact"),  # 2024: 72.6 + 45.9 + 33.4 = 151.9
            ("hierarchy", "exact"),  # 2025E: 93.0 + 58.4 + 43.7 = 195.1
        ],
    ),
    # 19. Vertical space-aligned sterling table (GBP million): rows are years (F = forecast), items are the value
    #     columns' headers, a Total column; the sample count in the note nowhere.
    dict(
        text=(
            "UK spending on AI building energy management, by sector (£ million)\n"
            "\n"
            "Year    Offices   Retail and leisure   Residential   Total\n"
            "2022        118                   64            37     219\n"
            "2023        142                   75            46     263\n"
            "2024        171                   88            58     317\n"
            "2025F       204                  102            73     379\n"
            "2026F       241                  117            91     449\n"
            "\n"
            "F = forecast. Software and analytics services only, excluding sensors and controls hardware. Source: "
            "British Property Technology Association, March 2025; 2024 figures drawn from a sample of 1,450 buildings."
        ),
        obs=[
            ("Offices", 2022, 118, "GBP million", "actual"),
            ("Offices", 2023, 142, "GBP million", "actual"),
            ("Offices", 2024, 171, "GBP million", "actual"),
            ("Offices", 2025, 204, "GBP million", "estimate"),
            ("Offices", 2026, 241, "GBP million", "estimate"),
            ("Retail and leisure", 2022, 64, "GBP million", "actual"),
            ("Retail and leisure", 2023, 75, "GBP million", "actual"),
            ("Retail and leisure", 2024, 88, "GBP million", "actual"),
            ("Retail and leisure", 2025, 102, "GBP million", "estimate"),
            ("Retail and leisure", 2026, 117, "GBP million", "estimate"),
            ("Residential", 2022, 37, "GBP million", "actual"),
            ("Residential", 2023, 46, "GBP million", "actual"),
            ("Residential", 2024, 58, "GBP million", "actual"),
            ("Residential", 2025, 73, "GBP million", "estimate"),
            ("Residential", 2026, 91, "GBP million", "estimate"),
            ("Total", 2022, 219, "GBP million", "actual"),
            ("Total", 2023, 263, "GBP million", "actual"),
            ("Total", 2024, 317, "GBP million", "actual"),
            ("Total", 2025, 379, "GBP million", "estimate"),
            ("Total", 2026, 449, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 118 + 64 + 37 = 219
            ("hierarchy", "exact"),  # 2023: 142 + 75 + 46 = 263
            ("hierarchy", "exact"),  # 2024: 171 + 88 + 58 = 317
            ("hierarchy", "exact"),  # 2025F: 204 + 102 + 73 = 379
            ("hierarchy", "exact"),  # 2026F: 241 + 117 + 91 = 449
        ],
    ),
    # 20. Traditional Chinese vertical table: a lone column headed by its unit (百萬港元) is the Total, plus a
    #     year-on-year column: one rate reached only by rounding, one a typo (inconsistent). Table number, title
    #     years and the note's date nowhere.
    dict(
        text=(
            "表4 香港商業樓宇AI能源管理支出(2021–2026F)\n"
            "\n"
            "年份      百萬港元    按年變化\n"
            "2021        312         —\n"
            "2022        365      +17.0%\n"
            "2023        441      +20.8%\n"
            "2024        529      +20.2%\n"
            "2025F       640      +21.0%\n"
            "2026F       768      +22.0%\n"
            "\n"
            "註:F為預測;數字不包括樓宇自動化硬件。資料來源:香港綠色建築科技研究中心,2025年5月。"
        ),
        obs=[
            ("Total", 2021, 312, "HKD million", "actual"),
            ("Total", 2022, 365, "HKD million", "actual"),
            ("Total", 2023, 441, "HKD million", "actual"),
            ("Total", 2024, 529, "HKD million", "actual"),
            ("Total", 2025, 640, "HKD million", "estimate"),
            ("Total", 2026, 768, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2021, 2022, 1.0),
            ("growth", 20.8, "percent", 2022, 2023, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
            ("growth", 22.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 365 / 312 - 1 = 16.99% -> 17.0
            ("cagr|implied", "exact"),         # 441 / 365 - 1 = 20.82% -> 20.8
            # 529 / 441 - 1 = 19.95% -> 20.0, not 20.2; bounds 528.5 / 441.5 - 1 = 19.71% ..
            # 529.5 / 440.5 - 1 = 20.20%, which reaches 20.2 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),         # 640 / 529 - 1 = 20.98% -> 21.0
            # 768 / 640 - 1 = 20.00%; bounds 767.5 / 640.5 - 1 = 19.83% .. 768.5 / 639.5 - 1 = 20.17%;
            # 22.0 out of reach (a typo for 20.0) -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 21. Annual-report strategic review: the market the group sizes (Total), with "up 17% from", "double" and a CAGR.
    #     Expected nowhere: group revenue and its 22% growth, the operating margin, colleagues and countries, p. 14.
    dict(
        text=(
            "From the Strategic Report, Annual Report and Accounts 2024 of a London-listed property-data group (p. 14): "
            "\"Our core opportunity is the global market for automated valuation models (AVMs) and AI-driven "
            "property-search software. Drawing on third-party data and our own analysis, we estimate that this market "
            "was worth US$4.8 billion in 2024, up 17% from US$4.1 billion in 2023. We expect it to double to US$9.6 "
            "billion by 2029, equivalent to a compound annual growth rate of 14.9% over 2024-2029. Against that "
            "backdrop, Group revenue rose 22% to US$312 million and adjusted operating margin widened to 18.5%; we "
            "ended the year with 1,850 colleagues across 11 countries.\""
        ),
        obs=[
            ("Total", 2023, 4.1, "USD billion", "actual"),
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2029, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2024, 2029, 5.0),
            ("cagr", 14.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.8 / 4.1 - 1 = 17.07% -> 17
            ("cagr|implied", "exact"),  # (9.6 / 4.8) ** (1 / 5) - 1 = 14.87% -> 14.9
        ],
    ),
    # 22. Earnings-call transcript: the company's TAM is the market (Total); "this year" = 2025 (estimate), fiscal 2030.
    #     Expected nowhere: quarter revenue and its 36%, customers added, gross margin, the full-year revenue guide range.
    dict(
        text=(
            "Transcript excerpt, third-quarter fiscal 2025 earnings call (November 6, 2025). Chief Executive Officer: "
            "\"...Let me step back to the opportunity. We size the total addressable market for computer-vision site "
            "safety (cameras on cranes, hoists and scaffolds feeding our hazard models) at roughly $2.3 billion this "
            "year, and we think it's on track to become a $7 billion market by fiscal 2030, so call it 3x in five "
            "years. Turning to the quarter: revenue was $41.2 million, up 36% year over year, we added 210 customers, "
            "and non-GAAP gross margin was 71%. We're raising the full-year guide to $158 million to $161 million.\""
        ),
        obs=[
            ("Total", 2025, 2.3, "USD billion", "estimate"),
            ("Total", 2030, 7.0, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2025, 2030, 5.0),  # 7 / 2.3 = 3.04; a multiple gets no verdict
        ],
        verdicts=[],
    ),
    # 23. Research abstract: European AI-enabled BEMS, 2023 base and 2030 projection, stated CAGR that only rounding reaches.
    #     Expected nowhere: 412 responses, 14% energy savings, 63% of respondents, "three years".
    dict(
        text=(
            "Abstract. Artificial-intelligence layers on building energy management systems (BEMS) promise deep "
            "savings, yet their market has rarely been sized. Combining vendor filings with 412 responses from "
            "facility managers, we estimate the European market for AI-enabled BEMS at EUR 2.46 billion in 2023 and "
            "project it to reach EUR 5.1 billion in 2030, a compound annual growth rate of 11.1% over 2023-2030. "
            "Respondents using AI-based control reported median energy savings of 14%, and 63% said payback came "
            "within three years. Offices, not homes, account for most deployments. "
            "Keywords: smart buildings; machine learning; BEMS; market sizing."
        ),
        obs=[
            ("Total", 2023, 2.46, "EUR billion", "actual"),
            ("Total", 2030, 5.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 11.1, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (5.1 / 2.46) ** (1 / 7) - 1 = 10.98% -> 11.0, not 11.1; bounds (5.05 / 2.465) ** (1/7) - 1 = 10.79%
            # to (5.15 / 2.455) ** (1/7) - 1 = 11.16%, which reaches 11.05-11.15 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. LinkedIn post (dated 12 March 2025): "last year" = 2024; part and whole with share; £1.1bn converted to the
    #     series' unit (GBP million); "roughly 21% a year" spans only through its amounts' years (inferred).
    #     Expected nowhere: mortgage approvals a month, the average house price.
    dict(
        text=(
            "Posted on LinkedIn, 12 March 2025 - mortgage broker. "
            "Quick one on AI in UK mortgage underwriting \U0001f9f5 A broker-industry report out this week reckons UK "
            "lenders spent \u00a3620m last year on AI underwriting and property-risk tools. Of that, \u00a3205m went "
            "on automated valuation, 33% of the total. The authors expect spending to reach \u00a31.1bn by 2027, "
            "roughly 21% a year. For context, approvals are running at about 64,000 a month and the average house "
            "price is \u00a3268k, so none of this is small beer. #proptech #mortgages"
        ),
        obs=[
            ("Total", 2024, 620, "GBP million", "actual"),
            ("Automated valuation", 2024, 205, "GBP million", "actual"),
            ("Total", 2027, 1100, "GBP million", "estimate"),  # printed as £1.1bn
        ],
        claims=[
            ("share", 33, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 205 / 620 = 33.06% -> 33
            ("cagr|period", "exact"),  # (1100 / 620) ** (1 / 3) - 1 = 21.06% -> 21
        ],
    ),
    # 25. Web article with a correction notice: the corrected US$381 million is the figure, US$318 million nowhere;
    #     "this year" = 2025 (estimate); Singapore is a part with its share.
    #     Expected nowhere: BCA's S$47-53 billion construction demand (whole construction, and SGD), 140 contractors.
    dict(
        text=(
            "Proptech Asia Weekly | AI scheduling tools win over Southeast Asian contractors. "
            "Updated 3 June 2025, 16:40 SGT. Correction: an earlier version of this article put the market at US$318 "
            "million in 2024; the research house has since corrected the figure to US$381 million. "
            "Southeast Asia's market for AI construction-scheduling software was worth US$381 million in 2024, "
            "according to a Singapore-based research house, which expects it to grow 24% this year to US$472 million. "
            "Singapore alone accounted for US$97 million, or 25% of the regional figure, helped by the Building and "
            "Construction Authority's push for digital delivery. The BCA separately projects total construction "
            "demand of S$47 billion to S$53 billion this year; the research house surveyed 140 contractors."
        ),
        obs=[
            ("Total", 2024, 381, "USD million", "actual"),
            ("Total", 2025, 472, "USD million", "estimate"),
            ("Singapore", 2024, 97, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 472 / 381 - 1 = 23.88% -> 24
            ("arithmetic", "exact"),    # 97 / 381 = 25.46% -> 25
        ],
    ),
    # 26. Korean brokerage note reported from Seoul: global AI smart-building energy management in USD; the stated
    #     19% CAGR is contradicted by its own amounts (as if carried over from an older base).
    #     Expected nowhere: KRW price target and its 27% upside, the KRW 640 billion domestic market, company sales.
    dict(
        text=(
            "SEOUL, Jan. 14, 2025 -- A Korean securities house initiated coverage of a building-automation supplier "
            "with a Buy rating and a KRW 48,000 price target, 27% above Monday's close. In the note, analysts size the "
            "global market for AI-based smart-building energy management at US$5.6 billion in 2024 and expect US$8.9 "
            "billion in 2027, which they describe as 19% compound annual growth over 2024-27. They put Korea's "
            "domestic market at about KRW 640 billion, while the company's own sales rose 12% to KRW 210 billion last "
            "year."
        ),
        obs=[
            ("Total", 2024, 5.6, "USD billion", "actual"),
            ("Total", 2027, 8.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (8.9 / 5.6) ** (1 / 3) - 1 = 16.70% -> 17, not 19; bounds (8.85 / 5.65) ** (1/3) - 1 = 16.14% to
            # (8.95 / 5.55) ** (1/3) - 1 = 17.27%, never 18.5-19.5 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Investor-day slide bullets: construction AI TAM (Total) with a 2030 range (two value claims, no single
    #     figure) and a part with its share. Expected nowhere: slide number, customers, NRR 118%, modules.
    dict(
        text=(
            "Investor Day 2025 - slide 12, \"A large and growing market\"\n"
            "\u2022 Construction AI TAM: $11.4B in 2024\n"
            "\u2022 Expected to reach $26-30B by 2030\n"
            "\u2022 Jobsite safety vision: $1.9B of that TAM (17%)\n"
            "\u2022 4,300 customers \u00b7 net revenue retention 118% \u00b7 3 new modules in 2025"
        ),
        obs=[
            ("Total", 2024, 11.4, "USD billion", "actual"),
            ("Jobsite safety vision", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("value", 26, "USD billion", 2030, 2030, None),
            ("value", 30, "USD billion", 2030, 2030, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.9 / 11.4 = 16.67% -> 17
        ],
    ),
    # 28. Hong Kong surveyors' body survey release: HK$ amounts (HKD million series), growth with both amounts,
    #     "nearly triple" as x3 and HK$1.4 billion converted to HKD million.
    #     Expected nowhere: 1,020 member firms, 61% survey answer, residential prices down 7%.
    dict(
        text=(
            "HONG KONG, 22 October 2024 - Hong Kong's surveying, valuation and property-management firms spent "
            "HK$486 million on artificial-intelligence tools in 2023, 28% more than the HK$379 million of 2022, a "
            "survey released today by a professional surveyors' body shows. Of 1,020 member firms polled, 61% said "
            "they already used AI in valuation reports. The body expects spending to nearly triple to HK$1.4 billion "
            "by 2028 as digital land records and AI-assisted tender estimates spread. Residential prices, by "
            "contrast, have fallen about 7% so far this year."
        ),
        obs=[
            ("Total", 2022, 379, "HKD million", "actual"),
            ("Total", 2023, 486, "HKD million", "actual"),
            ("Total", 2028, 1400, "HKD million", "estimate"),  # printed as HK$1.4 billion
        ],
        claims=[
            ("growth", 28, "percent", 2022, 2023, 1.0),
            ("multiple", 3.0, "multiple", 2023, 2028, 5.0),  # 1400 / 486 = 2.88, "nearly triple"; no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 379 - 1 = 28.23% -> 28
        ],
    ),
    # 29. Provincial housing plan (Simplified): 力争 target for 2027 (estimate), 2022 base (actual), 增长2倍 kept as x2,
    #     a part's target with its share. Expected nowhere: plan title years 2023-2027, 50 firms, 40% prefab floor-area
    #     ratio, total construction output 1.86万亿元, 8.2亿平方米 floor area.
    dict(
        text=(
            "（2023年5月）某省住房和城乡建设厅近日印发《智能建造与新型建筑工业化发展规划（2023—2027年）》。"
            "《规划》提出，力争到2027年，全省建筑领域人工智能应用市场规模达到120亿元，较2022年的40亿元增长2倍；"
            "其中，BIM+AI协同设计平台规模达到30亿元，占比25%。《规划》同时明确，培育50家以上智能建造骨干企业，"
            "新开工装配式建筑占新建建筑面积比例达到40%。2022年，全省建筑业总产值为1.86万亿元，"
            "房屋施工面积8.2亿平方米。"
        ),
        obs=[
            ("Total", 2022, 40, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("BIM+AI协同设计平台", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2022, 2027, 5.0),  # 增长2倍 keeps its printed 2 (120 / 40 = 3); no verdict
            ("share", 25, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 30 / 120 = 25.0% -> 25
        ],
    ),
    # 30. Taiwan news release on MIC (Traditional): 新台幣億元 series, 年增 with both amounts, a 2024-2029 CAGR that
    #     only rounding reaches. Expected nowhere: 500萬戶 old homes, price per ping, the 8th as a date.
    dict(
        text=(
            "【記者林怡君／台北報導】2025年4月8日 資策會產業情報研究所（MIC）今（8）日發布報告指出，"
            "台灣智慧建築AI能源管理（含AI空調優化與需量預測）市場規模2024年達新台幣47億元，年增20.5%，"
            "2023年為新台幣39億元；預估2029年將成長至新台幣95億元，2024至2029年複合成長率15.2%。"
            "MIC資深產業分析師表示，新建案多已導入建築能源管理系統，但全台屋齡逾30年的住宅仍約有500萬戶；"
            "以台北市為例，新成屋每坪均價已逾新台幣100萬元，業主對節能投資的回收期相當敏感。"
        ),
        obs=[
            ("Total", 2023, 39, "TWD 100 million", "actual"),
            ("Total", 2024, 47, "TWD 100 million", "actual"),
            ("Total", 2029, 95, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("cagr", 15.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 47 / 39 - 1 = 20.51% -> 20.5
            # (95 / 47) ** (1 / 5) - 1 = 15.11% -> 15.1, not 15.2; bounds (94.5 / 47.5) ** (1/5) - 1 = 14.75% to
            # (95.5 / 46.5) ** (1/5) - 1 = 15.48%, which reaches 15.15-15.25 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Hong Kong research note (Traditional, Cantonese wording): 去年 = 2024, 億港元 series, 按年增長 without a base
    #     (no verdict), a 左右 target kept at its printed figure; a second consultancy's 約10億港元 for the same year is
    #     expected nowhere, as are first-hand transactions and the rent index.
    dict(
        text=(
            "（2025年2月18日）本港一家研究機構昨日發表報告，指應用人工智能的物業估值及搵樓平台市場規模，"
            "去年達到12.6億港元，按年增長18%；報告預期，到2027年市場將增至20億港元左右。不過，另一家顧問公司的"
            "估算較保守，認為去年市場只有約10億港元。報告亦提到，去年全港一手私人住宅成交約1.7萬宗，"
            "私人住宅租金指數則按年上升約3%。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2027, 20, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),  # base not printed: no verdict
        ],
        verdicts=[],
    ),
    # 32. Broker industry report (Simplified): a 同比 rate the printed base contradicts (as if the 2023 figure had
    #     been rebased), then a consistent 2024-2027 CAGR to a 有望 target. Expected nowhere: issue number 第12期,
    #     "系列之二", floor area and its -23%, construction output 32.7万亿元, penetration <5%, 35% upside.
    dict(
        text=(
            "证券研究报告·行业深度（2025年第12期）｜建筑AI系列之二\n"
            "我们测算，2024年我国建筑工地AI安全监测（智能视频识别、塔吊防碰撞等）市场规模约为38.5亿元，"
            "同比增长31.2%（2023年为30.1亿元）；预计2027年有望达到86亿元，2024-2027年CAGR约30.7%。"
            "对比来看，2024年全国房屋新开工面积约7.4亿平方米、同比下降23%，建筑业总产值约32.7万亿元，"
            "AI安全监测渗透率仍不足5%。维持行业“推荐”评级，重点公司目标价对应约35%上行空间。"
        ),
        obs=[
            ("Total", 2023, 30.1, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("Total", 2027, 86, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 30.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 38.5 / 30.1 - 1 = 27.91%, not 31.2; bounds 38.45 / 30.15 - 1 = 27.53% to 38.55 / 30.05 - 1 = 28.29%,
            # never 31.15-31.25 -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (86 / 38.5) ** (1 / 3) - 1 = 30.72% -> 30.7
        ],
    ),
    # 33. Zhihu answer (dated 2025-03-09): part and whole with 占比约65%; 今年 = 2025 (estimate), 左右 figure and a
    #     "22%上下" rate that only rounding reaches. Expected nowhere: 一成多 price fall, 8 years in the job.
    dict(
        text=(
            "问：AI房产估值现在在国内到底有多大的市场？\n"
            "答（发布于 2025-03-09）：谢邀。说点能查到的数据：某房地产经纪研究院统计，2024年国内银行和经纪机构"
            "在AI房产估值（含房贷押品自动评估）上的采购规模大概是21.4亿元，其中银行押品评估占了13.9亿元，"
            "占比约65%。今年预计能到26亿元左右，增长22%上下。至于房价，一线城市二手房挂牌均价去年跌了一成多，"
            "成交量倒是回升了，那是另一回事。利益相关：在估价公司干了8年。"
        ),
        obs=[
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("银行押品评估", 2024, 13.9, "CNY 100 million", "actual"),
            ("Total", 2025, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 65, "percent", 2024, 2024, None),
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 13.9 / 21.4 = 64.95% -> 65
            # 26 / 21.4 - 1 = 21.50% (21.495) -> 21, not 22; bounds 25.5 / 21.45 - 1 = 18.88% to
            # 26.5 / 21.35 - 1 = 24.12%, which reaches 21.5-22.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Taiwan public-works statistics (Traditional): a decline as a negative rate that only rounding reaches, and
    #     約為2020年的3倍 as x3 over four years. Expected nowhere: total tender value 5,400億元 (whole construction),
    #     86 firms, the March 2025 publication date.
    dict(
        text=(
            "行政院公共工程委員會統計（2025年3月發布）顯示，公共工程導入BIM結合AI（含自動衝突檢查、AI進度模擬）"
            "之採購金額，2023年為新台幣9.8億元，較2022年的10.5億元減少6.5%，主因部分大型捷運標案延後決標；"
            "2024年則回升至新台幣14.2億元，約為2020年（4.6億元）的3倍。同期公共工程決標總金額約新台幣5,400億元，"
            "參與廠商計86家。"
        ),
        obs=[
            ("Total", 2020, 4.6, "TWD 100 million", "actual"),
            ("Total", 2022, 10.5, "TWD 100 million", "actual"),
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", -6.5, "percent", 2022, 2023, 1.0),
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 14.2 / 4.6 = 3.09; no verdict
        ],
        verdicts=[
            # 9.8 / 10.5 - 1 = -6.67% -> -6.7, not -6.5; bounds 9.75 / 10.55 - 1 = -7.58% to
            # 9.85 / 10.45 - 1 = -5.74%, which reaches -6.55 to -6.45 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Chinese report on a Japanese research house (Simplified): 亿日元 series by fiscal year, growth with both
    #     amounts, 约为...的3倍 over six years, 年均增长约20% spanned only by its amounts' years (inferred).
    #     Expected nowhere: 建筑投资额73万亿日元 (whole construction), 80万户 housing starts, 480万人 workers.
    dict(
        text=(
            "【东京讯 2025年7月】日本矢野经济研究所近日发布调查称，2024财年日本建筑业AI市场（含施工进度管理、"
            "现场安全影像分析及BIM自动化）规模为412亿日元，较2023财年的333亿日元增长23.7%。该所预计，"
            "到2030财年市场将扩大至1,250亿日元，约为2024财年的3倍，年均增长约20%。相比之下，日本2024年度"
            "建筑投资额约为73万亿日元，新建住宅开工户数约80万户，建筑业从业人员约480万人。"
        ),
        obs=[
            ("Total", 2023, 333, "JPY 100 million", "actual"),
            ("Total", 2024, 412, "JPY 100 million", "actual"),
            ("Total", 2030, 1250, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2024, 2030, 6.0),  # 1250 / 412 = 3.03; no verdict
            ("cagr", 20, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 333 - 1 = 23.72% -> 23.7
            ("cagr|period", "exact"),   # (1250 / 412) ** (1 / 6) - 1 = 20.32% -> 20
        ],
    ),
    # 36. Markdown table, years as columns with an E column and a CAGR column, total row; each row's CAGR is stated
    #     (span in the header) and checked, each year's rows add to the total. Expected nowhere: Table 3, the month.
    dict(
        text=(
            "Table 3. Global AI-in-property software market by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | CAGR 2023-25E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AVM & property search | 1,820 | 2,150 | 2,560 | 18.6% |\n"
            "| Construction scheduling | 640 | 790 | 980 | 23.7% |\n"
            "| Site safety vision | 410 | 530 | 690 | 29.7% |\n"
            "| Total | 2,870 | 3,470 | 4,230 | 21.4% |\n"
            "\n"
            "Note: software and subscription revenue only; cameras and sensors excluded. E = estimate. "
            "Sources: vendor filings; proptech analyst estimates, February 2025."
        ),
        obs=[
            ("AVM & property search", 2023, 1820, "USD million", "actual"),
            ("AVM & property search", 2024, 2150, "USD million", "actual"),
            ("AVM & property search", 2025, 2560, "USD million", "estimate"),
            ("Construction scheduling", 2023, 640, "USD million", "actual"),
            ("Construction scheduling", 2024, 790, "USD million", "actual"),
            ("Construction scheduling", 2025, 980, "USD million", "estimate"),
            ("Site safety vision", 2023, 410, "USD million", "actual"),
            ("Site safety vision", 2024, 530, "USD million", "actual"),
            ("Site safety vision", 2025, 690, "USD million", "estimate"),
            ("Total", 2023, 2870, "USD million", "actual"),
            ("Total", 2024, 3470, "USD million", "actual"),
            ("Total", 2025, 4230, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2023, 2025, None, "stated"),
            ("cagr", 23.7, "percent", 2023, 2025, None, "stated"),
            ("cagr", 29.7, "percent", 2023, 2025, None, "stated"),
            ("cagr", 21.4, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2560 / 1820) ** (1 / 2) - 1 = 18.60% -> 18.6
            ("cagr|implied", "exact"),  # (980 / 640) ** (1 / 2) - 1 = 23.74% -> 23.7
            ("cagr|implied", "exact"),  # (690 / 410) ** (1 / 2) - 1 = 29.73% -> 29.7
            ("cagr|implied", "exact"),  # (4230 / 2870) ** (1 / 2) - 1 = 21.40% -> 21.4
            ("hierarchy", "exact"),     # 2023: 1820 + 640 + 410 = 2870
            ("hierarchy", "exact"),     # 2024: 2150 + 790 + 530 = 3470
            ("hierarchy", "exact"),     # 2025E: 2560 + 980 + 690 = 4230
        ],
    ),
    # 37. Tab-separated vertical table (years as rows, fiscal years, F rows) from a Tokyo research house; a lone value
    #     column headed by its unit only is the market's Total; a YoY column, one rate of which only rounding reaches.
    dict(
        text=(
            "Japan: AI-based building energy management (BEMS) market, fiscal years\n"
            "Source: Tokyo research house, August 2025\n"
            "FY\t\u00a5 billion\tYoY\n"
            "2022\t38.4\t-\n"
            "2023\t45.1\t17.5%\n"
            "2024\t53.0\t17.5%\n"
            "2025F\t61.8\t16.6%\n"
            "2026F\t71.5\t15.7%\n"
            "Note: fiscal years ending March; F = forecast. Excludes sensors, controllers and energy-service contracts."
        ),
        obs=[
            ("Total", 2022, 38.4, "JPY billion", "actual"),
            ("Total", 2023, 45.1, "JPY billion", "actual"),
            ("Total", 2024, 53.0, "JPY billion", "actual"),
            ("Total", 2025, 61.8, "JPY billion", "estimate"),
            ("Total", 2026, 71.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2022, 2023, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", 16.6, "percent", 2024, 2025, 1.0),
            ("growth", 15.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 45.1 / 38.4 - 1 = 17.45% -> 17.4, not 17.5; bounds 45.05 / 38.45 - 1 = 17.16% to
            # 45.15 / 38.35 - 1 = 17.73%, which reaches 17.45-17.55 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 53.0 / 45.1 - 1 = 17.52% -> 17.5
            ("cagr|implied", "exact"),  # 61.8 / 53.0 - 1 = 16.60% -> 16.6
            ("cagr|implied", "exact"),  # 71.5 / 61.8 - 1 = 15.70% -> 15.7
        ],
    ),
    # 38. Space-aligned Chinese table (亿元), years as columns plus a share column; 合计 is the total row's label as
    #     printed; its 100.0% is no claim. The 2023 total differs from the rows' sum by 0.1 (rounding, as the note says).
    dict(
        text=(
            "表2  2023—2024年中国智能建造AI市场细分结构\n"
            "单位：亿元\n"
            "细分领域              2023年     2024年     2024年占比\n"
            "BIM+AI设计与审图       42.6       55.8        35.6%\n"
            "智慧工地安全监测       35.1       47.9        30.6%\n"
            "AI进度与成本管理       21.7       28.4        18.1%\n"
            "AI运维与能耗管理       18.3       24.6        15.7%\n"
            "合计                  117.8      156.7       100.0%\n"
            "注：数据经四舍五入，合计与分项之和可能略有出入。资料来源：行业协会调研，本报告测算。"
        ),
        obs=[
            ("BIM+AI设计与审图", 2023, 42.6, "CNY 100 million", "actual"),
            ("BIM+AI设计与审图", 2024, 55.8, "CNY 100 million", "actual"),
            ("智慧工地安全监测", 2023, 35.1, "CNY 100 million", "actual"),
            ("智慧工地安全监测", 2024, 47.9, "CNY 100 million", "actual"),
            ("AI进度与成本管理", 2023, 21.7, "CNY 100 million", "actual"),
            ("AI进度与成本管理", 2024, 28.4, "CNY 100 million", "actual"),
            ("AI运维与能耗管理", 2023, 18.3, "CNY 100 million", "actual"),
            ("AI运维与能耗管理", 2024, 24.6, "CNY 100 million", "actual"),
            ("合计", 2023, 117.8, "CNY 100 million", "actual"),
            ("合计", 2024, 156.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 35.6, "percent", 2024, 2024, None),
            ("share", 30.6, "percent", 2024, 2024, None),
            ("share", 18.1, "percent", 2024, 2024, None),
            ("share", 15.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 55.8 / 156.7 = 35.61% -> 35.6
            ("arithmetic", "exact"),  # 47.9 / 156.7 = 30.57% -> 30.6
            ("arithmetic", "exact"),  # 28.4 / 156.7 = 18.12% -> 18.1
            ("arithmetic", "exact"),  # 24.6 / 156.7 = 15.70% -> 15.7
            # 2023: 42.6 + 35.1 + 21.7 + 18.3 = 117.7, printed 117.8; rows each +/-0.05 give 117.5-117.9,
            # which reaches 117.75-117.85 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),   # 2024: 55.8 + 47.9 + 28.4 + 24.6 = 156.7
        ],
    ),
    # 39. Space-aligned English table from a Singapore research house: countries as rows, 2024 and 2029F, share
    #     column, total row labelled "APAC total". Expected nowhere: Korea in KRW, the US$4.2trn mortgage book, May 2025.
    dict(
        text=(
            "APAC: AI mortgage-underwriting and property-risk analytics spend\n"
            "US$ m; Singapore research house, May 2025\n"
            "\n"
            "Market          2024    2029F   Share of 2024\n"
            "Australia        212      468        38%\n"
            "Japan            146      301        26%\n"
            "Singapore         71      158        13%\n"
            "Hong Kong         58      117        10%\n"
            "Others            74      176        13%\n"
            "APAC total       561    1,220       100%\n"
            "\n"
            "Note: lender and broker spend on AI credit decisioning, automated valuation and collateral monitoring. "
            "Korea (about KRW 310bn) is reported separately and excluded. Mortgage books of covered lenders total "
            "US$4.2trn."
        ),
        obs=[
            ("Australia", 2024, 212, "USD million", "actual"),
            ("Australia", 2029, 468, "USD million", "estimate"),
            ("Japan", 2024, 146, "USD million", "actual"),
            ("Japan", 2029, 301, "USD million", "estimate"),
            ("Singapore", 2024, 71, "USD million", "actual"),
            ("Singapore", 2029, 158, "USD million", "estimate"),
            ("Hong Kong", 2024, 58, "USD million", "actual"),
            ("Hong Kong", 2029, 117, "USD million", "estimate"),
            ("Others", 2024, 74, "USD million", "actual"),
            ("Others", 2029, 176, "USD million", "estimate"),
            ("APAC total", 2024, 561, "USD million", "actual"),
            ("APAC total", 2029, 1220, "USD million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
            ("share", 10, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 212 / 561 = 37.79% -> 38
            ("arithmetic", "exact"),  # 146 / 561 = 26.02% -> 26
            ("arithmetic", "exact"),  # 71 / 561 = 12.66% -> 13
            ("arithmetic", "exact"),  # 58 / 561 = 10.34% -> 10
            ("arithmetic", "exact"),  # 74 / 561 = 13.19% -> 13
            ("hierarchy", "exact"),   # 2024: 212 + 146 + 71 + 58 + 74 = 561
            ("hierarchy", "exact"),   # 2029F: 468 + 301 + 158 + 117 + 176 = 1220
        ],
    ),
    # 40. Markdown vertical table from a construction trade association (years as rows, F rows): value columns are
    #     items by header, "Total" column the market; a CAGR line under the table. Expected nowhere: the construction
    #     output column (£bn, whole construction), 1,214 member firms.
    dict(
        text=(
            "UK construction: spend on AI tools by use (\u00a3 million unless stated)\n"
            "Trade association survey, published March 2025\n"
            "\n"
            "| Year | Scheduling & planning | Site safety & monitoring | Total | Construction output (\u00a3bn) |\n"
            "|---|---|---|---|---|\n"
            "| 2023 | 148 | 96 | 244 | 183 |\n"
            "| 2024 | 176 | 118 | 294 | 186 |\n"
            "| 2026F | 247 | 173 | 420 | 195 |\n"
            "| 2028F | 341 | 236 | 577 | 207 |\n"
            "\n"
            "Total AI spend is forecast to grow at a CAGR of 18.4% over 2024-28F. Output figures come from official "
            "statistics and are shown for context only; 1,214 member firms responded."
        ),
        obs=[
            ("Scheduling & planning", 2023, 148, "GBP million", "actual"),
            ("Scheduling & planning", 2024, 176, "GBP million", "actual"),
            ("Scheduling & planning", 2026, 247, "GBP million", "estimate"),
            ("Scheduling & planning", 2028, 341, "GBP million", "estimate"),
            ("Site safety & monitoring", 2023, 96, "GBP million", "actual"),
            ("Site safety & monitoring", 2024, 118, "GBP million", "actual"),
            ("Site safety & monitoring", 2026, 173, "GBP million", "estimate"),
            ("Site safety & monitoring", 2028, 236, "GBP million", "estimate"),
            ("Total", 2023, 244, "GBP million", "actual"),
            ("Total", 2024, 294, "GBP million", "actual"),
            ("Total", 2026, 420, "GBP million", "estimate"),
            ("Total", 2028, 577, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (577 / 294) ** (1 / 4) - 1 = 18.36% -> 18.4
            ("hierarchy", "exact"),     # 2023: 148 + 96 = 244
            ("hierarchy", "exact"),     # 2024: 176 + 118 = 294
            ("hierarchy", "exact"),     # 2026F: 247 + 173 = 420
            ("hierarchy", "exact"),     # 2028F: 341 + 236 = 577
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 81}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'rose 18% to US$1.42 billion in 2024 from US$1.20 billion a year earlier',
    'which Lanterne sizes as a separate market',
    'at US$0.6bn in 2024 and see it reaching US$1.4bn by 2027E, a 31% CAGR over 2024-27E',
    'with a TP of HK$14.20, implying 38% upside',
    'Kestrel Research is more bullish, putting the 2029 figure at $14.1 billion',
    'we put the total addressable market',
    'That is 2.5x the $3.6 billion we sized in 2021',
    'Correction: the first edition of this chapter printed the 2023 figure as £313 million',
    'revised up from the ¥104 billion it projected last November',
    'HK$486 million',
    'roughly 2.7 times the €0.9 billion spent in 2024',
    'between €1.5 billion and €1.7 billion',
    '市场规模将超过108亿元',
    '力争到2027年全市AI楼宇能源管理产业规模达到150亿元,较2021年增长3倍',
    '分别占64%和36%',
    '另一家咨询机构启元咨询的估算更为乐观',
    '新台幣18.6億元,較2023年的新台幣14.9億元成長25%',
    '去年香港AI物業估值及按揭審批科技支出約7.8億港元,今年預計增至9.4億港元',
    '依新版產業分類重新計算',
    '| Total | 1,075 | 1,366 | 1,728 | 5,086 |',
    'CAGR FY24-28E',
    '合计\t89.5\t117.1\t151.9\t195.1',
    '2025F       204                  102            73     379',
    '年份      百萬港元    按年變化',
    'up 17% from US$4.1 billion in 2023',
    'We expect it to double to US$9.6',
    'at roughly $2.3 billion this',
    'so call it 3x in five',
    'a compound annual growth rate of 11.1% over 2023-2030',
    '£620m last year',
    'reach £1.1bn by 2027, roughly 21% a year',
    'the research house has since corrected the figure to US$381 million',
    'or 25% of the regional figure',
    '19% compound annual growth over 2024-27',
    'Expected to reach $26-30B by 2030',
    '$1.9B of that TAM (17%)',
    'nearly triple to HK$1.4 billion',
    '力争到2027年',
    '较2022年的40亿元增长2倍',
    '年增20.5%',
    '去年達到12.6億港元，按年增長18%',
    '另一家顧問公司的估算較保守',
    '同比增长31.2%（2023年为30.1亿元）',
    '今年预计能到26亿元左右，增长22%上下',
    '較2022年的10.5億元減少6.5%',
    '约为2024财年的3倍，年均增长约20%',
    'CAGR 2023-25E',
    'FY\t¥ billion\tYoY',
    '合计                  117.8',
    'APAC total       561',
    '| Year | Scheduling & planning |',
)
LAYOUT = (40, 14, 13, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 57 rates, 93 verdicts and 4 false inconsistent
#: after the readings chosen on the hundred-and-fifty-second and -fourth sets (it kept unread): 206, 57, 93 and 4
FLOORS = {"figures_found": 209, "rates_found": 60, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset153.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
