"""A hundred-and-eighty-second check set for the extractor, written blind: AI in defence and public safety: AI for
defence (intelligence analysis, autonomous and uncrewed systems, command-and-control decision support, predictive
maintenance of military fleets), AI for policing and emergency services (video analytics, dispatch, fire and disaster
prediction), border and critical-infrastructure security AI; sized in money by defence consultancies, defence
ministries' budgets and plans, primes' investor days, think tanks, brokers and research houses in the United States,
the United Kingdom, Israel, South Korea, India, mainland China, Taiwan and Hong Kong. Distractors a careful reader
leaves out: whole defence budgets or procurement totals beside the AI part, numbers of drones, aircraft or troops, a
contractor's own revenue or backlog, contract awards, a funding round, a quarter's figures, a survey's percentages,
casualty or incident counts.

Snippets 1-20: Twenty snippets on defence and public-safety AI. Eight English prose pieces: a Washington wire release,
a Seoul broker note in fiscal years, a London briefing with segment shares, a Tel Aviv news story quoting two research
houses, an investor-day transcript sizing a TAM, a UK defence plan with targets, a research note with a correction and
a 2030 range, and an investor's blog post. Seven Chinese prose pieces (three in Traditional Chinese: a Taiwanese
association yearbook, a Hong Kong story in 億港元, a Taipei broker deep-dive). Five tables: a markdown E/F table, a
space-aligned year-by-row table with YoY, a tab-separated 亿元 table with 合计, a fiscal-year tab table with CAGRs and a
新台幣百萬元 pipe table with shares. Distractors left out: defence budgets and equipment plans, drone and camera counts,
respondents, company revenue, orders, backlog, contract awards, funding rounds, quarter figures, target prices, a
second publisher's figure, a corrected wrong figure, fractions in words. Inconsistent: the 26.4% growth in 7 and the
21.0% CAGR in 15. Rounding only: the CAGR in 2, the 10% share in 3, the 25% growth in 8, the 22% growth in 14, the
24.8% YoY in 17 and the 2025E total in 16.

Snippets 21-40: Twenty snippets (21-40) on AI in defence and public safety. Eight English prose pieces: a US prime's
earnings call sizing a decision-support TAM, a think-tank working-paper abstract, an X thread with a multiple, a web
article carrying a correction, a UK annual-report letter mixing billions and millions, Israeli investor-day slide
bullets with an adjacent counter-UAS market, a forum answer and a Singapore research note with yen, won and rupee
asides. Seven Chinese prose pieces (Xinhua-style release, ministry plan, Taiwanese MIC release, Hong Kong report with
a second publisher, PTT post, brokerage abstract with a range, results-briefing transcript; three Traditional). Five
tables: markdown segments, a tab vertical table headed by its unit with YoY, a Chinese 合计 table, a regional CAGR table
and a statistics share table. Distractors left out: defence budgets, disaster losses, backlogs, revenues, contract
awards, funding rounds, quarter figures, surveys, headcounts, share targets and shares in words. Inconsistent: the
working paper's 15.2%, the PTT 16.8%, the FY2025E YoY and Europe's CAGR. Holding only by rounding: the forum's 16%,
the note's 15.9%, MIC's 20.1%, FY2024's 14.3%, Latin America's 15.0%, the ambulance share and the 2029F total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Washington wire press release from a defence consultancy: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the edition number, the 146 officials and 22 nations, world military expenditure.
    dict(
        text=(
            "WASHINGTON, Feb. 18, 2025 /PRNewswire/ -- Global spending on artificial intelligence for military "
            "intelligence analysis climbed 18.4% to $3.86 billion in 2024, up from $3.26 billion in 2023, "
            "Arlington-based defense consultancy Kestrel Ridge Advisory said Tuesday in its fifth annual Defense AI "
            "Monitor. The firm, which interviewed 146 program officials across 22 NATO and partner nations, projects "
            "that the segment will hit $9.7 billion by 2030, compounding at 16.6% a year from 2024 through 2030. "
            "That is still a sliver of the whole: the report puts worldwide military expenditure at $2.46 trillion "
            "last year."
        ),
        obs=[
            ("Total", 2023, 3.26, "USD billion", "actual"),
            ("Total", 2024, 3.86, "USD billion", "actual"),
            ("Total", 2030, 9.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.86 / 3.26) ** (1 / 1) - 1 = 18.405% -> 18.4
            ("cagr|implied", "exact"),  # (9.7 / 3.86) ** (1 / 6) - 1 = 16.600% -> 16.6
        ],
    ),
    # 2. Seoul broker sector note in fiscal years; CAGR span only from the amounts' years, "roughly 17%" vs 17.56%.
    #    Expected nowhere: the won figure for Korea, the covered company's orders, margin, target price and upside,
    #    the 1Q25 quarter, the roadmap's "4.0".
    dict(
        text=(
            "KOREA DEFENCE | Sector update | Seoul, 14 April 2025\n"
            "Uncrewed systems get a brain. We estimate the global market for autonomy software and AI mission "
            "systems on uncrewed military platforms at US$5.3bn in FY2024 and see it reaching US$11.9bn in FY2029F, "
            "implying a CAGR of roughly 17%. Korea's own outlay is small - about KRW 410bn this year by our count - "
            "but the Defense Innovation 4.0 roadmap should lift it. Hanbit Aerospace (BUY, TP KRW 86,000, 24% "
            "upside) booked KRW 1.2tn of new orders in 1Q25, and its FY2024 operating margin was 9.8%."
        ),
        obs=[
            ("Total", 2024, 5.3, "USD billion", "actual"),
            ("Total", 2029, 11.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (11.9 / 5.3) ** (1 / 5) - 1 = 17.559% -> 18, not 17; bounds (11.85 / 5.35) ** (1/5) - 1 = 17.239%,
            # (11.95 / 5.25) ** (1/5) - 1 = 17.880% -> 17 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London think-tank briefing on UK police and fire AI: total, three segments with shares; the 2029 figure in
    #    billions converted to the series' GBP million. Expected nowhere: 38 of 43 forces, the 62% survey answer.
    dict(
        text=(
            "London, 9 September 2025 - Police forces and fire and rescue services in the UK spent \u00a3412 million on "
            "AI tools in 2024, according to a briefing published today by the Whitcombe Institute for Public Safety. "
            "Video analytics, including retrospective facial search and number-plate recognition add-ons, made up "
            "\u00a3158 million, or 38% of the total; AI-assisted call handling and dispatch accounted for \u00a397 million "
            "(24%); and fire and flood risk prediction for \u00a339 million, a 10% share. The institute, which heard from "
            "38 of the 43 territorial forces, expects total spend to pass \u00a31.1 billion in 2029. Some 62% of "
            "respondents named procurement rules as the main obstacle."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Video analytics", 2024, 158, "GBP million", "actual"),
            ("AI-assisted call handling and dispatch", 2024, 97, "GBP million", "actual"),
            ("Fire and flood risk prediction", 2024, 39, "GBP million", "actual"),
            ("Total", 2029, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 10, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 158 / 412 = 38.350% -> 38
            ("arithmetic", "exact"),  # 97 / 412 = 23.544% -> 24
            # 39 / 412 = 9.466% -> 9, not 10; bounds 38.5 / 412.5 = 9.333%, 39.5 / 411.5 = 9.599% -> 10 only by rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Tel Aviv news story quoting two research houses; the first house's base, target and rate are the figures.
    #    Expected nowhere: the Boston house's 2024 figure, the Series C, kilometres of frontier, the 40 sites.
    dict(
        text=(
            "TEL AVIV, June 3, 2025 - Smart fences are getting smarter. The global market for AI-enabled border and "
            "perimeter surveillance - sensor fusion, automated threat classification and the software that ties "
            "radar to cameras - was worth $840 million in 2024 and should reach $2.3 billion by 2030, a compound "
            "annual rate of 18.3% over 2024-2030, according to Herzliya-based Negev Strategic Research. Boston's "
            "Granite Point Analytics is more upbeat and pegs the 2024 market at nearer $1 billion. Israeli start-up "
            "Sentinel Dunes, whose systems watch some 1,200 kilometers of frontier at 40 sites, raised $38 million "
            "in a Series C last month."
        ),
        obs=[
            ("Total", 2024, 840, "USD million", "actual"),
            ("Total", 2030, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2300 / 840) ** (1 / 6) - 1 = 18.279% -> 18.3
        ],
    ),
    # 5. New York investor-day transcript: a prime sizes its TAM ("this year" = 2025, an estimate); CAGR inferred.
    #    Expected nowhere: the company's AI revenue, backlog, the Army award, the quarter, "about a quarter of"
    #    the TAM, the 9,000 engineers.
    dict(
        text=(
            "Ardent Dynamics Investor Day - transcript excerpt - New York, November 12, 2025\n"
            "MARA VOSS, CHIEF STRATEGY OFFICER: Let me frame the opportunity. We size the addressable market for "
            "AI-enabled command-and-control and decision support at about $14 billion this year, and we see it "
            "becoming a $31 billion TAM by 2030 - call it a 17% compound rate. Predictive maintenance for fleets "
            "is about a quarter of that. For context, our own AI-related revenue was $1.9 billion in fiscal '25, "
            "backlog stands at $6.4 billion, and we booked a $480 million Army award in the third quarter. We have "
            "9,000 engineers on it."
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1 / 5) - 1 = 17.232% -> 17
        ],
    ),
    # 6. UK Ministry of Defence plan with targets: base, 2030 target in billions converted to the series' GBP
    #    million, a part's target, "more than a threefold increase" as x3 over six years. Expected nowhere: the
    #    command paper number, the plan's title years, the equipment plan, section numbers, the 1,400 posts.
    dict(
        text=(
            "Defence Artificial Intelligence Adoption Plan 2025-2030 (CP 1187), published 17 March 2025\n"
            "Section 3: Targets\n"
            "3.1 In 2024 departmental spending on AI capability - from intelligence exploitation to predictive "
            "maintenance of the Typhoon and F-35 fleets - totalled \u00a3610 million, within an equipment plan worth "
            "\u00a328.8 billion.\n"
            "3.2 The Department will raise this to at least \u00a31.9 billion a year by 2030, more than a threefold "
            "increase, of which predictive maintenance and logistics is to account for \u00a3420 million.\n"
            "3.3 Some 1,400 specialist posts will be created across the Front Line Commands."
        ),
        obs=[
            ("Total", 2024, 610, "GBP million", "actual"),
            ("Total", 2030, 1900, "GBP million", "estimate"),
            ("Predictive maintenance and logistics", 2030, 420, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],  # a multiple gets no verdict
    ),
    # 7. Research note with a correction and a 2030 range; YoY growth printed 26.4% where the amounts give 24.6%
    #    (transposed digits). Expected nowhere: the withdrawn $2.17 billion, the note's dates, the 310 agencies.
    dict(
        text=(
            "CORRECTION (updated 9 October 2025): An earlier version of this note, issued 2 October, gave the 2024 "
            "market as $2.17 billion. The correct figure is $1.72 billion.\n"
            "Fogbank Research estimates that emergency-management agencies and utilities spent $1.72 billion on AI "
            "for fire and disaster prediction - wildfire-spread modelling, flood forecasting, earthquake early "
            "warning - in 2024, a 26.4% rise on the $1.38 billion of 2023. We expect the market to be worth "
            "between $4.1 billion and $4.8 billion in 2030, depending on how quickly the 310 agencies in our "
            "sample move from pilots to contracts."
        ),
        obs=[
            ("Total", 2023, 1.38, "USD billion", "actual"),
            ("Total", 2024, 1.72, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("value", 4.1, "USD billion", 2030, 2030, None),
            ("value", 4.8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # (1.72 / 1.38) ** (1 / 1) - 1 = 24.638% -> 24.6, not 26.4; bounds 1.715 / 1.385 - 1 = 23.827%,
            # 1.725 / 1.375 - 1 = 25.455% -> 26.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Investor's blog post dated May 2025: "last year" = 2024 (actual), "this year" = 2025 (estimate);
    #    approximate figures; a part in millions. Expected nowhere: the 240-odd start-ups, the portfolio
    #    companies' $95 million raise, "one in three" officers.
    dict(
        text=(
            "Posted 21 May 2025 | The Dry Powder Letter\n"
            "I keep getting asked whether 'AI for first responders' is a real market or a slide in a pitch deck. "
            "My answer: it's real, just smaller than the decks say. By my reckoning US police, fire and EMS agencies "
            "spent roughly $1.3 billion on AI software and services last year - video analytics, gunshot detection, "
            "real-time crime centres, AI triage in 911 dispatch - and will spend nearly $1.6 billion this year, "
            "growth of about 25%. Dispatch AI alone was some $240 million of last year's total. There are 240-odd "
            "start-ups chasing it; three of mine raised $95 million between them, and still only one in three "
            "officers wears a camera that feeds any of this."
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2025, 1.6, "USD billion", "estimate"),
            ("Dispatch AI", 2024, 240, "USD million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (1.6 / 1.3) ** (1 / 1) - 1 = 23.077% -> 23, not 25; bounds 1.55 / 1.35 - 1 = 14.815%,
            # 1.65 / 1.25 - 1 = 32.000% -> 25 only by rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. Chinese industry white paper: total, YoY rate without its base, a segment with its share, CAGR with span.
    #    Expected nowhere: the title year, the edition, the 152 firms, the national defence budget.
    dict(
        text=(
            "《2025中国军事智能产业发展白皮书》（第三版）显示，2024年我国军用人工智能市场规模达到286.4亿元，"
            "同比增长24.7%。其中，情报处理与目标识别市场规模为97.3亿元，占比34.0%，仍是最大的细分方向。"
            "白皮书预计，到2028年市场规模将达到712亿元，2024-2028年年均复合增长率为25.6%。"
            "课题组共调研了152家企业。作为对照，2024年全国国防预算为16655.4亿元。"
        ),
        obs=[
            ("Total", 2024, 286.4, "CNY 100 million", "actual"),
            ("情报处理与目标识别", 2024, 97.3, "CNY 100 million", "actual"),
            ("Total", 2028, 712, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("share", 34.0, "percent", 2024, 2024, None),
            ("cagr", 25.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # the 24.7% growth has no 2023 amount: no verdict
            ("arithmetic", "exact"),  # 97.3 / 286.4 = 33.973% -> 34.0
            ("cagr|implied", "exact"),  # (712 / 286.4) ** (1 / 4) - 1 = 25.567% -> 25.6
        ],
    ),
    # 10. Provincial action plan with 力争 targets and 增长3倍 (x3 over 2023-2027, no verdict).
    #     Expected nowhere: the plan's title years, the 10 firms and 20 scenarios, the issue date.
    dict(
        text=(
            "安徽省人民政府办公厅2024年9月印发《安徽省公共安全人工智能产业高质量发展行动方案（2024—2027年）》。"
            "方案提出，2023年全省公共安全人工智能产业规模为152亿元；到2025年，力争达到260亿元；"
            "到2027年，产业规模力争突破600亿元，较2023年增长3倍，其中智能视频分析力争达到180亿元。"
            "同时培育营业收入超10亿元的龙头企业10家以上，建设应急救援、森林防火等典型应用场景20个。"
        ),
        obs=[
            ("Total", 2023, 152, "CNY 100 million", "actual"),
            ("Total", 2025, 260, "CNY 100 million", "estimate"),
            ("Total", 2027, 600, "CNY 100 million", "estimate"),
            ("智能视频分析", 2027, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],  # a multiple gets no verdict
    ),
    # 11. Beijing wire story quoting two institutes; the first gives base, target and a stated CAGR.
    #     Expected nowhere: the second institute's 2024 figure, disaster counts and affected people.
    dict(
        text=(
            "新华财经北京2025年3月6日电 中智安应急研究院6日发布报告称，2024年我国应急管理领域人工智能"
            "市场规模为138.6亿元，预计2027年将增至265亿元，2024—2027年年均复合增长率约24%。"
            "另一家机构华信战略研究所的测算口径更宽，给出的2024年数据为152亿元。报告指出，2024年全国各类"
            "自然灾害共造成9413万人次不同程度受灾，灾害预测与智能调度需求持续上升。"
        ),
        obs=[
            ("Total", 2024, 138.6, "CNY 100 million", "actual"),
            ("Total", 2027, 265, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 138.6) ** (1 / 3) - 1 = 24.116% -> 24
        ],
    ),
    # 12. Taiwanese association yearbook (Traditional Chinese) in 新台幣億元: two YoY rates with both amounts.
    #     Expected nowhere: the yearbook's title year, the 212 member firms, the defence budget, the 3,200 drones.
    dict(
        text=(
            "台灣國防科技產業協會2025年4月15日發布《2025國防科技產業年鑑》。年鑑指出，2024年國內國防與公共安全"
            "AI市場規模達新台幣186億元，較2023年的新台幣143億元成長30.1%；協會預估2025年可望再成長至"
            "新台幣241億元，年增29.6%。協會目前有會員廠商212家；相較之下，今年國防總預算約新台幣6,068億元，"
            "其中包含採購約3,200架商規無人機的計畫。"
        ),
        obs=[
            ("Total", 2023, 143, "TWD 100 million", "actual"),
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2025, 241, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 143) ** (1 / 1) - 1 = 30.070% -> 30.1
            ("cagr|implied", "exact"),  # (241 / 186) ** (1 / 1) - 1 = 29.570% -> 29.6
        ],
    ),
    # 13. Hong Kong story (Traditional Chinese) in 億港元, dated May 2025: 去年 = 2024; a part and its share.
    #     Expected nowhere: the police headcount, the 1,800 cameras, the 14 control points.
    dict(
        text=(
            "【本報香港2025年5月8日訊】業界研究機構港盾智庫今日發表報告，估計本港智慧警務及邊境保安人工智能"
            "市場規模去年達到48.6億港元，其中14個陸路及海空口岸的人臉識別與行李X光智能判圖佔14.2億港元，"
            "比重約29%。報告預計，市場規模到2027年可增至82億港元。目前警隊約有3.4萬名人員，"
            "全港公共地方已裝設約1,800部具分析功能的鏡頭。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("人臉識別與行李X光智能判圖", 2024, 14.2, "HKD 100 million", "actual"),
            ("Total", 2027, 82, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.2 / 48.6 = 29.218% -> 29
        ],
    ),
    # 14. Shenzhen newspaper story dated July 2025 with 去年 (2024, actual) and 今年 (2025, estimate), approximate
    #     figures; growth "约22%" vs 21.50%. Expected nowhere: the second-quarter figure, the camera count.
    dict(
        text=(
            "本报深圳2025年7月15日讯（记者 林晓）公安视频图像“看得懂”的需求正在释放。据深安智研测算，去年"
            "全国公安机关智能视频分析市场规模约为214亿元，今年有望达到260亿元左右，同比增长约22%。"
            "仅今年二季度，市场规模就达到61亿元。目前全国公共视频监控摄像头已超过7亿个，但具备结构化分析"
            "能力的不足两成。"
        ),
        obs=[
            ("Total", 2024, 214, "CNY 100 million", "actual"),
            ("Total", 2025, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (260 / 214) ** (1 / 1) - 1 = 21.495% -> 21, not 22; bounds 259.5 / 214.5 - 1 = 20.979%,
            # 260.5 / 213.5 - 1 = 22.014% -> 22 only by rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Taipei broker deep-dive (Traditional Chinese) in 億美元 with a target price; stated CAGR 21.0% where the
    #     amounts give 20.0% (a typo). Expected nowhere: the target price, the company's revenue and its growth,
    #     drone counts, the report date.
    dict(
        text=(
            "宏遠證券投顧｜產業深度報告｜2025年8月20日\n"
            "無人系統AI：下一個軍工成長引擎。我們估計全球軍用無人系統AI市場規模2024年約為72億美元，"
            "預估2030年將達215億美元，2024~2030年CAGR達21.0%。烏俄戰場每月消耗的無人機已逾10萬架，"
            "自主導航與目標辨識軟體需求隨之放大。首次評等雷鳴科技「買進」，目標價新台幣385元；"
            "該公司2024年營收新台幣58.6億元，年增42%。"
        ),
        obs=[
            ("Total", 2024, 72, "USD 100 million", "actual"),
            ("Total", 2030, 215, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (215 / 72) ** (1 / 6) - 1 = 20.001% -> 20.0, not 21.0; bounds (214.5 / 72.5) ** (1/6) - 1 = 19.816%,
            # (215.5 / 71.5) ** (1/6) - 1 = 20.187% -> 21.0 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 16. Markdown pipe table with E and F columns and a Total row; the 2025E total (16.3) adds only by rounding.
    #     Expected nowhere: the table number, the note number, the source's date.
    dict(
        text=(
            "Table 3: Global defence AI market by application (USD billion)\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---|---|---|---|\n"
            "| Intelligence analysis | 3.3 | 3.9 | 4.6 | 7.8 |\n"
            "| Autonomous & uncrewed systems | 4.1 | 5.0 | 6.1 | 10.9 |\n"
            "| C2 & decision support | 2.2 | 2.7 | 3.3 | 6.0 |\n"
            "| Predictive maintenance | 1.5 | 1.8 | 2.2 | 3.7 |\n"
            "| Total | 11.1 | 13.4 | 16.3 | 28.4 |\n"
            "Source: Halberd Defence Consulting, January 2025. Note 2: totals may not add due to rounding."
        ),
        obs=[
            ("Intelligence analysis", 2023, 3.3, "USD billion", "actual"),
            ("Intelligence analysis", 2024, 3.9, "USD billion", "actual"),
            ("Intelligence analysis", 2025, 4.6, "USD billion", "estimate"),
            ("Intelligence analysis", 2028, 7.8, "USD billion", "estimate"),
            ("Autonomous & uncrewed systems", 2023, 4.1, "USD billion", "actual"),
            ("Autonomous & uncrewed systems", 2024, 5.0, "USD billion", "actual"),
            ("Autonomous & uncrewed systems", 2025, 6.1, "USD billion", "estimate"),
            ("Autonomous & uncrewed systems", 2028, 10.9, "USD billion", "estimate"),
            ("C2 & decision support", 2023, 2.2, "USD billion", "actual"),
            ("C2 & decision support", 2024, 2.7, "USD billion", "actual"),
            ("C2 & decision support", 2025, 3.3, "USD billion", "estimate"),
            ("C2 & decision support", 2028, 6.0, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 1.5, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 1.8, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 2.2, "USD billion", "estimate"),
            ("Predictive maintenance", 2028, 3.7, "USD billion", "estimate"),
            ("Total", 2023, 11.1, "USD billion", "actual"),
            ("Total", 2024, 13.4, "USD billion", "actual"),
            ("Total", 2025, 16.3, "USD billion", "estimate"),
            ("Total", 2028, 28.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.3 + 4.1 + 2.2 + 1.5 = 11.1
            ("hierarchy", "exact"),  # 2024: 3.9 + 5.0 + 2.7 + 1.8 = 13.4
            # 2025E: 4.6 + 6.1 + 3.3 + 2.2 = 16.2, printed 16.3; bounds 16.0 .. 16.4 (rows +/-0.05 each) reach
            # 16.25 .. 16.35 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2028F: 7.8 + 10.9 + 6.0 + 3.7 = 28.4
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (Total) and a YoY column;
    #     the 2024 YoY (24.8%) holds only by rounding. Expected nowhere: the exhibit number.
    dict(
        text=(
            "Exhibit 7. Global AI-enabled counter-UAS software market\n"
            "Year        US$ m      YoY\n"
            "2021          412        -\n"
            "2022          498    20.9%\n"
            "2023          617    23.9%\n"
            "2024          771    24.8%\n"
            "2025E         948    23.0%\n"
            "2026E       1,152    21.5%\n"
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 498, "USD million", "actual"),
            ("Total", 2023, 617, "USD million", "actual"),
            ("Total", 2024, 771, "USD million", "actual"),
            ("Total", 2025, 948, "USD million", "estimate"),
            ("Total", 2026, 1152, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2021, 2022, 1.0),
            ("growth", 23.9, "percent", 2022, 2023, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
            ("growth", 21.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 498 / 412 - 1 = 20.874% -> 20.9
            ("cagr|implied", "exact"),  # 617 / 498 - 1 = 23.896% -> 23.9
            # 771 / 617 - 1 = 24.959% -> 25.0, not 24.8; bounds 770.5 / 617.5 - 1 = 24.777%,
            # 771.5 / 616.5 - 1 = 25.142% -> 24.8 only by rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 948 / 771 - 1 = 22.957% -> 23.0
            ("cagr|implied", "exact"),  # 1152 / 948 - 1 = 21.519% -> 21.5
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row (item 合计), 2025年E an estimate.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "表2 2023—2025年我国边境与关键基础设施安防AI市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "边境智能监控\t38.2\t46.5\t56.9\n"
            "电网与油气设施防护\t27.4\t33.8\t41.6\n"
            "交通枢纽智能安检\t21.9\t25.3\t29.7\n"
            "合计\t87.5\t105.6\t128.2\n"
            "资料来源：中安数研，2025年6月"
        ),
        obs=[
            ("边境智能监控", 2023, 38.2, "CNY 100 million", "actual"),
            ("边境智能监控", 2024, 46.5, "CNY 100 million", "actual"),
            ("边境智能监控", 2025, 56.9, "CNY 100 million", "estimate"),
            ("电网与油气设施防护", 2023, 27.4, "CNY 100 million", "actual"),
            ("电网与油气设施防护", 2024, 33.8, "CNY 100 million", "actual"),
            ("电网与油气设施防护", 2025, 41.6, "CNY 100 million", "estimate"),
            ("交通枢纽智能安检", 2023, 21.9, "CNY 100 million", "actual"),
            ("交通枢纽智能安检", 2024, 25.3, "CNY 100 million", "actual"),
            ("交通枢纽智能安检", 2025, 29.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 87.5, "CNY 100 million", "actual"),
            ("合计", 2024, 105.6, "CNY 100 million", "actual"),
            ("合计", 2025, 128.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.2 + 27.4 + 21.9 = 87.5
            ("hierarchy", "exact"),  # 2024: 46.5 + 33.8 + 25.3 = 105.6
            ("hierarchy", "exact"),  # 2025E: 56.9 + 41.6 + 29.7 = 128.2
        ],
    ),
    # 19. Tab-separated fiscal-year table of US defence AI budget lines with a Total row and a CAGR column whose
    #     header prints the span. Expected nowhere: the DoD topline, the exhibit number, the note's date.
    dict(
        text=(
            "US defence AI: budget lines by fiscal year (US$ bn) - Washington, 28 February 2026\n"
            "Line\tFY2023\tFY2024\tFY2025\tFY2026e\tCAGR FY23-26e\n"
            "AI-enabled autonomy\t0.96\t1.12\t1.31\t1.58\t18.1%\n"
            "Decision support & C2\t0.71\t0.84\t0.95\t1.14\t17.1%\n"
            "Intelligence exploitation\t0.58\t0.66\t0.79\t0.88\t14.9%\n"
            "Total\t2.25\t2.62\t3.05\t3.60\t17.0%\n"
            "Source: DoD budget justification books; Exhibit R-1. Total DoD topline US$849.8bn in FY2025."
        ),
        obs=[
            ("AI-enabled autonomy", 2023, 0.96, "USD billion", "actual"),
            ("AI-enabled autonomy", 2024, 1.12, "USD billion", "actual"),
            ("AI-enabled autonomy", 2025, 1.31, "USD billion", "actual"),
            ("AI-enabled autonomy", 2026, 1.58, "USD billion", "estimate"),
            ("Decision support & C2", 2023, 0.71, "USD billion", "actual"),
            ("Decision support & C2", 2024, 0.84, "USD billion", "actual"),
            ("Decision support & C2", 2025, 0.95, "USD billion", "actual"),
            ("Decision support & C2", 2026, 1.14, "USD billion", "estimate"),
            ("Intelligence exploitation", 2023, 0.58, "USD billion", "actual"),
            ("Intelligence exploitation", 2024, 0.66, "USD billion", "actual"),
            ("Intelligence exploitation", 2025, 0.79, "USD billion", "actual"),
            ("Intelligence exploitation", 2026, 0.88, "USD billion", "estimate"),
            ("Total", 2023, 2.25, "USD billion", "actual"),
            ("Total", 2024, 2.62, "USD billion", "actual"),
            ("Total", 2025, 3.05, "USD billion", "actual"),
            ("Total", 2026, 3.60, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2023, 2026, None, "stated"),
            ("cagr", 17.1, "percent", 2023, 2026, None, "stated"),
            ("cagr", 14.9, "percent", 2023, 2026, None, "stated"),
            ("cagr", 17.0, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 0.96 + 0.71 + 0.58 = 2.25
            ("hierarchy", "exact"),  # FY2024: 1.12 + 0.84 + 0.66 = 2.62
            ("hierarchy", "exact"),  # FY2025: 1.31 + 0.95 + 0.79 = 3.05
            ("hierarchy", "exact"),  # FY2026e: 1.58 + 1.14 + 0.88 = 3.60
            ("cagr|implied", "exact"),  # (1.58 / 0.96) ** (1 / 3) - 1 = 18.067% -> 18.1
            ("cagr|implied", "exact"),  # (1.14 / 0.71) ** (1 / 3) - 1 = 17.098% -> 17.1
            ("cagr|implied", "exact"),  # (0.88 / 0.58) ** (1 / 3) - 1 = 14.908% -> 14.9
            ("cagr|implied", "exact"),  # (3.60 / 2.25) ** (1 / 3) - 1 = 16.961% -> 17.0
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (item 合計); the 100.0%
    #     total is no claim. Expected nowhere: the table number, the survey of 22 county fire bureaus.
    dict(
        text=(
            "表4　2024年台灣智慧警政與消防AI市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 影像分析 | 1,842 | 41.6% |\n"
            "| 勤務派遣 | 1,106 | 25.0% |\n"
            "| 火災與災害預測 | 873 | 19.7% |\n"
            "| 其他 | 607 | 13.7% |\n"
            "| 合計 | 4,428 | 100.0% |\n"
            "資料來源：資策會產業情報研究所整理，調查涵蓋22個縣市消防局"
        ),
        obs=[
            ("影像分析", 2024, 1842, "TWD million", "actual"),
            ("勤務派遣", 2024, 1106, "TWD million", "actual"),
            ("火災與災害預測", 2024, 873, "TWD million", "actual"),
            ("其他", 2024, 607, "TWD million", "actual"),
            ("合計", 2024, 4428, "TWD million", "actual"),
        ],
        claims=[
            ("share", 41.6, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
            ("share", 13.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1842 / 4428 = 41.599% -> 41.6
            ("arithmetic", "exact"),  # 1106 / 4428 = 24.977% -> 25.0
            ("arithmetic", "exact"),  # 873 / 4428 = 19.715% -> 19.7
            ("arithmetic", "exact"),  # 607 / 4428 = 13.708% -> 13.7
            ("hierarchy", "exact"),  # 1842 + 1106 + 873 + 607 = 4428
        ],
    ),
    # 21. US prime's Q3 2025 earnings-call transcript; CEO sizes the C2/decision-support TAM, CAGR span only from the
    #     amounts' years. Expected nowhere: backlog, book-to-bill, quarter revenue and growth, the contract award.
    dict(
        text=(
            "Meridian Ridge Systems (NYSE: MRDG) Q3 2025 Earnings Call Transcript, October 28, 2025\n"
            "Dana Whitcomb, Chief Executive Officer: Thanks, Paul. Third-quarter revenue came in at $2.61 billion, "
            "up 9%, book-to-bill was 1.3 and backlog closed the quarter at a record $14.2 billion. Let me spend a "
            "minute on decision support, because I get asked about it on every call. We size the addressable "
            "market for AI-enabled command-and-control and decision-support software at about $18 billion in 2024, "
            "and we think it gets to $41 billion by 2030 - call it 15% compounded. The $740 million Army award we "
            "booked in August is one slice of that, and we think we are winning more than our fair share."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2030, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (41 / 18) ** (1 / 6) - 1 = 14.71% -> 15
        ],
    ),
    # 22. Think-tank working-paper abstract; the printed CAGR does not follow from its amounts.
    #     Expected nowhere: the paper number, fleet sustainment outlays, the 1,146 aircraft, the 23-31 percent cut.
    dict(
        text=(
            "Working Paper 25-04 | Institute for Force Readiness Studies | February 2025\n"
            "Abstract: Predictive maintenance is the least glamorous and perhaps the most bankable military use of "
            "artificial intelligence. We estimate that worldwide military spending on AI-based predictive maintenance "
            "for aircraft, vessels and land vehicles reached $2.3 billion in 2023, against fleet sustainment outlays "
            "of roughly $310 billion, and project it to grow to $5.8 billion in 2030, a compound annual growth rate "
            "of 15.2% over 2023-2030. Drawing on maintenance records for 1,146 aircraft in four air forces, we find "
            "that mature programmes cut unscheduled maintenance events by 23-31 percent."
        ),
        obs=[
            ("Total", 2023, 2.3, "USD billion", "actual"),
            ("Total", 2030, 5.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (5.8 / 2.3) ** (1 / 7) - 1 = 14.13%; bounds (5.75 / 2.35) ** (1/7) - 1 = 13.64%,
            # (5.85 / 2.25) ** (1/7) - 1 = 14.63% -> 15.2 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. X (Twitter) thread by a defence-tech investor; a multiple and a stated CAGR.
    #     Expected nowhere: the ~2 million drones, the $240M Series C, the post date.
    dict(
        text=(
            "@quietprop_vc - Jun 3, 2025\n"
            "1/ Everyone is talking about drone swarms. Fewer people talk about the software that flies them. "
            "Quick thread on the money \U0001F9F5\n"
            "2/ Ridgeline Defense Analytics puts AI autonomy software for military uncrewed systems at $7.4B in "
            "2024. Their number for 2032? $21B.\n"
            "3/ That's roughly 2.8x in eight years, a 13.9% CAGR for 2024-32. Not hype-cycle growth. Steady.\n"
            "4/ For scale: Ukraine says it built ~2 million drones last year. Most carry zero onboard AI.\n"
            "5/ Capital is noticing. Skyloom raised a $240M Series C last week. More of that coming."
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2032, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2024, 2032, 8.0),
            ("cagr", 13.9, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21 / 7.4) ** (1 / 8) - 1 = 13.93% -> 13.9
        ],
    ),
    # 24. Web article on police video analytics carrying a correction; the corrected $3.4 billion is the figure.
    #     Expected nowhere: the misstated $3.9 billion, the 18,000 agencies, the city's camera count and contract.
    dict(
        text=(
            "Inside the boom in AI for police cameras\n"
            "Updated April 16, 2025\n"
            "When the city of Harlow Springs wired its 2,300 street cameras to an analytics platform last spring, "
            "the contract was worth $6.5 million. Multiply that by the roughly 18,000 law-enforcement agencies in the "
            "United States and it is easy to see why vendors are circling. The market for AI video analytics sold "
            "to police and public-safety agencies reached $3.4 billion in 2024 and should hit $7.9 billion in 2029, "
            "an 18.4% compound annual growth rate between 2024 and 2029, according to Lantern Street Research.\n"
            "Correction, April 16, 2025: An earlier version of this article misstated the size of the market in 2024 "
            "as $3.9 billion. It was $3.4 billion."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 3.4) ** (1 / 5) - 1 = 18.37% -> 18.4
        ],
    ),
    # 25. UK defence-AI firm's annual-report letter; series unit GBP billion, so the 2023 £960 million becomes 0.96;
    #     "double by 2029" is a multiple. Expected nowhere: the MoD budget, group revenue and growth, order book,
    #     headcount, dividend.
    dict(
        text=(
            "Chair and Chief Executive's letter - Annual Report and Accounts 2024\n"
            "Dear shareholders, our core market - AI for UK defence, from intelligence analysis to fleet maintenance - "
            "grew by 17% in 2024, to £1.12 billion from £960 million in 2023 by our reckoning. That is still a "
            "sliver of the £60.2 billion the Ministry of Defence plans to spend this year, and we expect the market "
            "to double by 2029. Group revenue rose 28% to £184.6 million, the order book reached £412 million, and "
            "we now employ 1,340 people. The Board proposes a final dividend of 4.1p per share."
        ),
        obs=[
            ("Total", 2023, 0.96, "GBP billion", "actual"),
            ("Total", 2024, 1.12, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.12 / 0.96) ** (1 / 1) - 1 = 16.67% -> 17
        ],
    ),
    # 26. Israeli security firm's investor-day slide bullets; the TAM is the Total, counter-UAS AI a second market.
    #     Expected nowhere: segment revenue, backlog, the 12% share target, the programme count, the slide number.
    dict(
        text=(
            "Investor Day 2025 | Tel Aviv | 11 September 2025\n"
            "Slide 14 - Border & Critical Infrastructure\n"
            "\u2022 Addressable market (border & critical-infrastructure security AI): $9.6B in 2025E \u2192 $16.0B in 2028E\n"
            "\u2022 Implied CAGR 2025E-2028E: 18.6%\n"
            "\u2022 Adjacent opportunity: counter-UAS AI, $2.1B in 2025E\n"
            "\u2022 FY2024 segment revenue $486M; backlog $1.9B\n"
            "\u2022 Ambition: 12% market share by 2028\n"
            "\u2022 3 new national border programmes won in H1 2025"
        ),
        obs=[
            ("Total", 2025, 9.6, "USD billion", "estimate"),
            ("Total", 2028, 16.0, "USD billion", "estimate"),
            ("Counter-UAS AI", 2025, 2.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.0 / 9.6) ** (1 / 3) - 1 = 18.56% -> 18.6
        ],
    ),
    # 27. Forum answer by a former 911-centre director; approximate amounts, rate holds only by rounding, span only
    #     from the amounts' years. Expected nowhere: PSAP count, call volume, the 62% survey answer.
    dict(
        text=(
            "Re: How big is the market for AI in 911 / emergency dispatch?\n"
            "Posted by ex_psap_director, Feb 19, 2025\n"
            "Short answer: small but growing fast. The Brightwater Public Safety report I have in front of me puts "
            "AI for emergency call-handling and dispatch at roughly $620 million in 2024 and projects $1.1 billion "
            "by 2028, which they describe as 16% annual growth. Context matters though: there are about 5,700 "
            "primary PSAPs in the US handling something like 240 million calls a year, and in our state survey 62% "
            "of centres said staffing, not technology, was their biggest problem."
        ),
        obs=[
            ("Total", 2024, 620, "USD million", "actual"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 620) ** (1 / 4) - 1 = 15.41% -> 15, not 16; bounds (1.05 / 0.625) ** (1/4) - 1 = 13.85%,
            # (1.15 / 0.615) ** (1/4) - 1 = 16.94% -> 16 only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Singapore research-house note on Asia-Pacific military AI; Japan's yen figure is an observation, the won and
    #     rupee asides are not. Expected nowhere: the quarter's contract awards, won and rupee sums, the note date.
    dict(
        text=(
            "Straits Meridian Research | Asia-Pacific Defence Technology | 14 May 2025\n"
            "We estimate Asia-Pacific military spending on AI - ISR exploitation, intelligence analysis, autonomy "
            "and decision support - at US$6.2bn in 2024, rising to US$14.9bn in 2030, a 15.9% CAGR over 2024-30. "
            "Japan accounted for roughly \u00a5310bn of the 2024 total. (Elsewhere the numbers are harder to pin down: "
            "Seoul has earmarked some \u20a91.2trn for AI-enabled systems through 2027 and New Delhi about "
            "\u20b93,800 crore.) In 1Q25 alone, regional defence-AI contract awards totalled US$1.3bn."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2030, 14.9, "USD billion", "estimate"),
            ("Japan", 2024, 310, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (14.9 / 6.2) ** (1 / 6) - 1 = 15.73% -> 15.7, not 15.9; bounds (14.85 / 6.25) ** (1/6) - 1 = 15.52%,
            # (14.95 / 6.15) ** (1/6) - 1 = 15.96% -> 15.9 only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Xinhua-style release on AI in emergency management; 2025 figure approximate (突破).
    #     Expected nowhere: the disaster losses, the people affected, the rescue-personnel count, the dateline.
    dict(
        text=(
            "新华社北京3月18日电（记者 林晓舟）记者从中国应急管理科技发展论坛上获悉，2024年我国应急管理领域人工智能"
            "市场规模达到386亿元，较2023年的318亿元同比增长21.4%。2024年全国各类自然灾害共造成9413万人次不同程度受灾，"
            "直接经济损失4011亿元，灾害监测预警、智能调度等需求持续释放。目前全国消防救援队伍约20万人，已有多地试点"
            "AI辅助接处警。业内人士预计，2025年该市场规模将突破470亿元。"
        ),
        obs=[
            ("Total", 2023, 318, "CNY 100 million", "actual"),
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2025, 470, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (386 / 318) ** (1 / 1) - 1 = 21.38% -> 21.4
        ],
    ),
    # 30. Ministry implementation plan (Simplified); 2027 targets with a part and its share.
    #     Expected nowhere: the document number, the plan's title years, the counts of firms and scenarios.
    dict(
        text=(
            "关于印发《公共安全领域人工智能应用推进实施方案（2025—2027年）》的通知\n"
            "工科安〔2025〕17号\n"
            "……二、主要目标。2024年，全国公共安全人工智能产业规模约为680亿元。到2027年，产业规模超过1200亿元，"
            "其中智能视频分析规模达到360亿元，占比30%；培育30家以上具有国际竞争力的骨干企业，打造100个以上"
            "可复制推广的典型应用场景，重点城市公共安全视频AI解析覆盖率达到80%。"
        ),
        obs=[
            ("Total", 2024, 680, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
            ("智能视频分析", 2027, 360, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 30, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 360 / 1200 = 30.00% -> 30
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional); CAGR holds only by rounding.
    #     Expected nowhere: the whole defence budget, the 312 surveyed firms, the 43% survey answer, the date.
    dict(
        text=(
            "資策會產業情報研究所（MIC）2025年5月22日發布最新研究指出，2024年台灣國防與公共安全AI市場規模為新台幣"
            "128億元，預估2028年將成長至新台幣265億元，2024至2028年複合成長率（CAGR）達20.1%。MIC表示，在國防預算"
            "達新台幣6,470億元的背景下，無人機自主導航、情資分析與關鍵基礎設施防護為三大成長動能。MIC調查312家廠商"
            "發現，43%的受訪者計畫於未來兩年內導入AI影像辨識。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2028, 265, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (265 / 128) ** (1 / 4) - 1 = 19.95% -> 20.0, not 20.1; bounds (264.5 / 128.5) ** (1/4) - 1 = 19.78%,
            # (265.5 / 127.5) ** (1/4) - 1 = 20.13% -> 20.1 only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional), dateline 2025: 去年 = 2024, 前年 = 2023, 今年 an estimate; a second
    #     publisher's 2024 figure. Expected nowhere: the 52億港元 estimate, the police headcount, the fund allocation.
    dict(
        text=(
            "【本報訊】2025年6月10日 本地研究機構港灣智庫昨日發表報告指出，本港公共安全人工智能市場去年規模達48.6億"
            "港元，較前年的43.2億港元增長12.5%，預計今年將進一步增至約55億港元，主要受惠於警方及消防處擴大採用"
            "影像分析及智能調派系統。不過，另一機構亞太數據研究的估算較為進取，認為去年市場已達約52億港元。"
            "警隊目前約有3.4萬名紀律人員，政府今年亦向創新科技基金注資100億港元。"
        ),
        obs=[
            ("Total", 2023, 43.2, "HKD 100 million", "actual"),
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2025, 55, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 43.2) ** (1 / 1) - 1 = 12.50% -> 12.5
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional); the quoted CAGR is inconsistent with its amounts.
    #     Expected nowhere: the 3,200 drones, the defence budget, 美國約占四成 (share in words), the post time.
    dict(
        text=(
            "作者 skyhawk0905\n"
            "標題 [閒聊] 軍用無人機AI軟體市場到底多大？\n"
            "時間 Tue Apr  8 21:14:52 2025\n"
            "看到國外Coldwater Strategic的報告，全球軍用無人機AI軟體市場2023年約42億美元，2030年上看138億美元，"
            "報告寫2023到2030年CAGR 16.8%，但我自己按計算機好像不只？\n"
            "美國大概占了四成左右，台灣這邊雖然說要買3,200架無人機，國防預算也一直加，但AI軟體幾乎都靠外購，"
            "國內廠商到底吃得到多少？有沒有懂的大大分享一下"
        ),
        obs=[
            ("Total", 2023, 42, "USD 100 million", "actual"),
            ("Total", 2030, 138, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (138 / 42) ** (1 / 7) - 1 = 18.52%; bounds (137.5 / 42.5) ** (1/7) - 1 = 18.26%,
            # (138.5 / 41.5) ** (1/7) - 1 = 18.79% -> 16.8 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Brokerage deep-dive abstract (Simplified) with a 2030 range, a 增长2倍 multiple and a share without its part.
    #     Expected nowhere: the defence-budget growth, the rating and target price, the report date.
    dict(
        text=(
            "【华瑞证券·国防军工】军工智能化深度报告：AI赋能，国防信息化迈入新阶段（2025年7月15日）\n"
            "投资要点：我们测算，2024年我国军用人工智能市场规模约为420亿元，较2020年增长2倍，其中情报分析与指挥"
            "决策支持占比约35%。随着无人化装备加速列装，预计到2030年市场规模有望达到1200-1500亿元。国防预算增速连续"
            "多年保持在7%以上，为行业提供稳定支撑。首次覆盖，给予行业“推荐”评级，重点公司目标价58.6元。"
        ),
        obs=[
            ("Total", 2024, 420, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("share", 35, "percent", 2024, 2024, None),
            ("value", 1200, "CNY 100 million", 2030, 2030, None),
            ("value", 1500, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 35. Listed security firm's interim results-briefing transcript (Simplified); 今年 = 2025 estimate, 明年 = 2026.
    #     Expected nowhere: the firm's revenue and growth, Q2 revenue, orders in hand, 约一成 (share in words), margin.
    dict(
        text=(
            "安鼎科技2025年半年度业绩说明会文字实录（2025年8月29日）\n"
            "投资者：请问公司如何看待智慧消防AI的市场空间？\n"
            "董事会秘书 周立群：谢谢您的提问。根据我们内部测算，国内智慧消防AI市场今年大概在95亿元左右，明年有望"
            "达到118亿元，增速24%左右。公司上半年实现营业收入7.42亿元，同比增长18.3%，其中二季度营收4.06亿元；"
            "目前在手订单约9.8亿元，综合毛利率41.2%。公司在这一领域的市占率大约一成，未来希望进一步提升。"
        ),
        obs=[
            ("Total", 2025, 95, "CNY 100 million", "estimate"),
            ("Total", 2026, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 95) ** (1 / 1) - 1 = 24.21% -> 24
        ],
    ),
    # 36. Consultancy's markdown table by application with a Total row; 2029F rows add to the total only by rounding.
    #     Expected nowhere: the table number, the report's title year, the procurement total in the note.
    dict(
        text=(
            "Table 2. Global defence AI market by application, USD billion\n"
            "| Application | 2024 | 2029F |\n"
            "|---|---:|---:|\n"
            "| Intelligence analysis | 4.8 | 9.7 |\n"
            "| Autonomous & uncrewed systems | 3.9 | 9.1 |\n"
            "| Command & control decision support | 2.6 | 6.2 |\n"
            "| Predictive maintenance | 1.7 | 3.9 |\n"
            "| Other | 1.1 | 2.4 |\n"
            "| Total | 14.1 | 31.4 |\n"
            "Source: Harrowgate Defence Consulting, Defence AI Outlook 2025. Figures may not add due to rounding. "
            "Global defence procurement, by comparison, exceeded USD 600 billion in 2024."
        ),
        obs=[
            ("Intelligence analysis", 2024, 4.8, "USD billion", "actual"),
            ("Autonomous & uncrewed systems", 2024, 3.9, "USD billion", "actual"),
            ("Command & control decision support", 2024, 2.6, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 1.7, "USD billion", "actual"),
            ("Other", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2024, 14.1, "USD billion", "actual"),
            ("Intelligence analysis", 2029, 9.7, "USD billion", "estimate"),
            ("Autonomous & uncrewed systems", 2029, 9.1, "USD billion", "estimate"),
            ("Command & control decision support", 2029, 6.2, "USD billion", "estimate"),
            ("Predictive maintenance", 2029, 3.9, "USD billion", "estimate"),
            ("Other", 2029, 2.4, "USD billion", "estimate"),
            ("Total", 2029, 31.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 4.8 + 3.9 + 2.6 + 1.7 + 1.1 = 14.1
            # 2029F: 9.7 + 9.1 + 6.2 + 3.9 + 2.4 = 31.3, not 31.4; bounds 31.05..31.55 reach 31.35..31.45
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated vertical table headed only by its unit (so Total), fiscal years, YoY column; FY2024 holds
    #     only by rounding, FY2025E is inconsistent. Expected nowhere: the exhibit number, the footnote's agency count.
    dict(
        text=(
            "Exhibit 5: US federal spending on AI for border security (CBP, Coast Guard, ICE)\n"
            "FY\tUSD million\tYoY\n"
            "FY2020\t412\t-\n"
            "FY2021\t468\t13.6%\n"
            "FY2022\t551\t17.7%\n"
            "FY2023\t640\t16.2%\n"
            "FY2024\t731\t14.3%\n"
            "FY2025E\t835\t12.9%\n"
            "FY2026E\t942\t12.8%\n"
            "Note: obligations by 3 DHS components; excludes DoD support to the southern border."
        ),
        obs=[
            ("Total", 2020, 412, "USD million", "actual"),
            ("Total", 2021, 468, "USD million", "actual"),
            ("Total", 2022, 551, "USD million", "actual"),
            ("Total", 2023, 640, "USD million", "actual"),
            ("Total", 2024, 731, "USD million", "actual"),
            ("Total", 2025, 835, "USD million", "estimate"),
            ("Total", 2026, 942, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2020, 2021, 1.0),
            ("growth", 17.7, "percent", 2021, 2022, 1.0),
            ("growth", 16.2, "percent", 2022, 2023, 1.0),
            ("growth", 14.3, "percent", 2023, 2024, 1.0),
            ("growth", 12.9, "percent", 2024, 2025, 1.0),
            ("growth", 12.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (468 / 412) - 1 = 13.59% -> 13.6
            ("cagr|implied", "exact"),  # (551 / 468) - 1 = 17.74% -> 17.7
            ("cagr|implied", "exact"),  # (640 / 551) - 1 = 16.15% -> 16.2
            # (731 / 640) - 1 = 14.22% -> 14.2, not 14.3; bounds 730.5 / 640.5 - 1 = 14.05%,
            # 731.5 / 639.5 - 1 = 14.39% -> 14.3 only by some reading
            ("cagr|implied", "rounding"),
            # (835 / 731) - 1 = 14.23%; bounds 834.5 / 731.5 - 1 = 14.08%, 835.5 / 730.5 - 1 = 14.37% -> 12.9 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (942 / 835) - 1 = 12.81% -> 12.8
        ],
    ),
    # 38. Space-aligned Simplified Chinese table with a 合计 row, three year columns, 2025年E an estimate.
    #     Expected nowhere: the table number, the title's year span, the source date.
    dict(
        text=(
            "表3  2023—2025年我国边境及关键基础设施安防AI市场结构（单位：亿元）\n"
            "细分领域                 2023年    2024年    2025年E\n"
            "边境智能监控              46.2      55.8      66.1\n"
            "关键基础设施入侵检测      38.5      45.3      53.9\n"
            "电力与油气管网巡检        27.4      33.9      41.2\n"
            "城市轨道与交通枢纽        19.6      23.1      27.4\n"
            "合计                     131.7     158.1     188.6\n"
            "资料来源：华岳安全产业研究院，2025年6月"
        ),
        obs=[
            ("边境智能监控", 2023, 46.2, "CNY 100 million", "actual"),
            ("关键基础设施入侵检测", 2023, 38.5, "CNY 100 million", "actual"),
            ("电力与油气管网巡检", 2023, 27.4, "CNY 100 million", "actual"),
            ("城市轨道与交通枢纽", 2023, 19.6, "CNY 100 million", "actual"),
            ("合计", 2023, 131.7, "CNY 100 million", "actual"),
            ("边境智能监控", 2024, 55.8, "CNY 100 million", "actual"),
            ("关键基础设施入侵检测", 2024, 45.3, "CNY 100 million", "actual"),
            ("电力与油气管网巡检", 2024, 33.9, "CNY 100 million", "actual"),
            ("城市轨道与交通枢纽", 2024, 23.1, "CNY 100 million", "actual"),
            ("合计", 2024, 158.1, "CNY 100 million", "actual"),
            ("边境智能监控", 2025, 66.1, "CNY 100 million", "estimate"),
            ("关键基础设施入侵检测", 2025, 53.9, "CNY 100 million", "estimate"),
            ("电力与油气管网巡检", 2025, 41.2, "CNY 100 million", "estimate"),
            ("城市轨道与交通枢纽", 2025, 27.4, "CNY 100 million", "estimate"),
            ("合计", 2025, 188.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 46.2 + 38.5 + 27.4 + 19.6 = 131.7
            ("hierarchy", "exact"),  # 2024: 55.8 + 45.3 + 33.9 + 23.1 = 158.1
            ("hierarchy", "exact"),  # 2025E: 66.1 + 53.9 + 41.2 + 27.4 = 188.6
        ],
    ),
    # 39. Research house's regional table with a CAGR column (span printed in the header) and a Global row; Europe's
    #     CAGR is inconsistent, Latin America's holds only by rounding. Expected nowhere: the figure number.
    dict(
        text=(
            "Figure 9: Military AI spending by region (US$ bn)\n"
            "Region                  2024    2030F   CAGR 2024-30\n"
            "North America            7.2     15.8      14.0%\n"
            "Europe                   2.7      6.8      18.6%\n"
            "Asia-Pacific             3.1      8.4      18.1%\n"
            "Middle East & Africa     1.0      2.6      17.3%\n"
            "Latin America            0.4      0.9      15.0%\n"
            "Global                  14.4     34.5      15.7%\n"
            "Source: Cobalt Gate Research estimates, March 2025"
        ),
        obs=[
            ("North America", 2024, 7.2, "USD billion", "actual"),
            ("Europe", 2024, 2.7, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 3.1, "USD billion", "actual"),
            ("Middle East & Africa", 2024, 1.0, "USD billion", "actual"),
            ("Latin America", 2024, 0.4, "USD billion", "actual"),
            ("Global", 2024, 14.4, "USD billion", "actual"),
            ("North America", 2030, 15.8, "USD billion", "estimate"),
            ("Europe", 2030, 6.8, "USD billion", "estimate"),
            ("Asia-Pacific", 2030, 8.4, "USD billion", "estimate"),
            ("Middle East & Africa", 2030, 2.6, "USD billion", "estimate"),
            ("Latin America", 2030, 0.9, "USD billion", "estimate"),
            ("Global", 2030, 34.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 7.2) ** (1 / 6) - 1 = 14.00% (13.995) -> 14.0
            # (6.8 / 2.7) ** (1 / 6) - 1 = 16.64%; bounds (6.75 / 2.75) ** (1/6) - 1 = 16.14%,
            # (6.85 / 2.65) ** (1/6) - 1 = 17.15% -> 18.6 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (8.4 / 3.1) ** (1 / 6) - 1 = 18.07% -> 18.1
            ("cagr|implied", "exact"),  # (2.6 / 1.0) ** (1 / 6) - 1 = 17.26% -> 17.3
            # (0.9 / 0.4) ** (1 / 6) - 1 = 14.47% -> 14.5, not 15.0; bounds (0.85 / 0.45) ** (1/6) - 1 = 11.18%,
            # (0.95 / 0.35) ** (1/6) - 1 = 18.11% -> 15.0 only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (34.5 / 14.4) ** (1 / 6) - 1 = 15.68% -> 15.7
            ("hierarchy", "exact"),  # 2024: 7.2 + 2.7 + 3.1 + 1.0 + 0.4 = 14.4
            ("hierarchy", "exact"),  # 2030F: 15.8 + 6.8 + 8.4 + 2.6 + 0.9 = 34.5
        ],
    ),
    # 40. Official statistics table with a share column (England and Wales, calendar 2024); the ambulance share holds
    #     only by rounding; the 100.0 total share is no claim. Expected nowhere: the table number, release and next
    #     update dates, the 43 police forces.
    dict(
        text=(
            "Table 4.3: Public-safety AI expenditure by service, England and Wales, 2024\n"
            "Service | GBP million | Share (%)\n"
            "Police forces | 286.4 | 58.3\n"
            "Fire and rescue services | 71.9 | 14.6\n"
            "Ambulance trusts (dispatch and triage) | 58.2 | 11.9\n"
            "Border Force | 52.7 | 10.7\n"
            "Other | 22.1 | 4.5\n"
            "Total | 491.3 | 100.0\n"
            "Notes: calendar year; covers all 43 territorial police forces. Released 27 March 2025; next update "
            "March 2026."
        ),
        obs=[
            ("Police forces", 2024, 286.4, "GBP million", "actual"),
            ("Fire and rescue services", 2024, 71.9, "GBP million", "actual"),
            ("Ambulance trusts (dispatch and triage)", 2024, 58.2, "GBP million", "actual"),
            ("Border Force", 2024, 52.7, "GBP million", "actual"),
            ("Other", 2024, 22.1, "GBP million", "actual"),
            ("Total", 2024, 491.3, "GBP million", "actual"),
        ],
        claims=[
            ("share", 58.3, "percent", 2024, 2024, None),
            ("share", 14.6, "percent", 2024, 2024, None),
            ("share", 11.9, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
            ("share", 4.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 286.4 / 491.3 = 58.29% -> 58.3
            ("arithmetic", "exact"),  # 71.9 / 491.3 = 14.63% -> 14.6
            # 58.2 / 491.3 = 11.846% -> 11.8, not 11.9; bounds 58.15 / 491.35 = 11.835%,
            # 58.25 / 491.25 = 11.858% -> 11.9 only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 52.7 / 491.3 = 10.73% -> 10.7
            ("arithmetic", "exact"),  # 22.1 / 491.3 = 4.498% -> 4.5
            ("hierarchy", "exact"),  # 286.4 + 71.9 + 58.2 + 52.7 + 22.1 = 491.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 13, 'exact': 63}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed 18.4% to $3.86 billion in 2024',
    'compounding at 16.6% a year from 2024 through 2030',
    'US$5.3bn in FY2024',
    'implying a CAGR of roughly 17%',
    'or 38% of the total',
    'expects total spend to pass £1.1 billion in 2029',
    'a compound annual rate of 18.3% over 2024-2030',
    'pegs the 2024 market at nearer $1 billion',
    'at about $14 billion this year',
    'a $31 billion TAM by 2030',
    'more than a threefold increase',
    'a 26.4% rise on the $1.38 billion of 2023',
    'between $4.1 billion and $4.8 billion in 2030',
    'roughly $1.3 billion on AI software and services last year',
    'will spend nearly $1.6 billion this year',
    '情报处理与目标识别市场规模为97.3亿元，占比34.0%',
    '力争突破600亿元，较2023年增长3倍',
    '2024—2027年年均复合增长率约24%',
    '較2023年的新台幣143億元成長30.1%',
    '去年達到48.6億港元',
    '今年有望达到260亿元左右，同比增长约22%',
    '2024~2030年CAGR達21.0%',
    '| Total | 11.1 | 13.4 | 16.3 | 28.4 |',
    '2024          771    24.8%',
    '合计\t87.5\t105.6\t128.2',
    'CAGR FY23-26e',
    'at about $18 billion in 2024',
    'call it 15% compounded',
    'of 15.2% over 2023-2030',
    "That's roughly 2.8x in eight years",
    'a 13.9% CAGR for 2024-32',
    'misstated the size of the market in 2024',
    'to £1.12 billion from £960 million in 2023',
    'we expect the market to double by 2029',
    '$9.6B in 2025E → $16.0B in 2028E',
    'counter-UAS AI, $2.1B in 2025E',
    'which they describe as 16% annual growth',
    'Japan accounted for roughly ¥310bn',
    '较2023年的318亿元同比增长21.4%',
    '2025年该市场规模将突破470亿元',
    '其中智能视频分析规模达到360亿元，占比30%',
    '預估2028年將成長至新台幣265億元',
    '較前年的43.2億港元增長12.5%',
    '2030年上看138億美元',
    '较2020年增长2倍',
    '有望达到1200-1500亿元',
    '今年大概在95亿元左右，明年有望达到118亿元',
    '| Total | 14.1 | 31.4 |',
    'FY2025E\t835\t12.9%',
    '合计                     131.7',
    'Region                  2024    2030F   CAGR 2024-30',
    'Ambulance trusts (dispatch and triage) | 58.2 | 11.9',
)
LAYOUT = (40, 11, 14, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 199
#: figures, 51 rates, 80 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-eightieth set: 203, 53, 82 and 0
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (53)
# Snippet 6's numbered paragraphs ("3.2 The Department will raise this to at least £1.9 billion") lost their number
# as a figure when a paragraph's number became no figure; without it, "The Department" opens the sentence as the
# name of what it sizes, rather than "this" pointing back to the spending above: two figures and a multiple fewer.
FLOORS = {"figures_found": 202, "rates_found": 51, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset182.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
