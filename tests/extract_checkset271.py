"""A two-hundred-and-seventy-first check set for the extractor, written blind: AI in cement, glass and ceramics
manufacturing: AI kiln and furnace optimisation, AI quality inspection of float glass, tiles and sanitaryware, AI
predictive maintenance of mills and kilns, AI energy and emissions management in cement plants, AI quarry and raw-mix
planning; sized in money by research houses, cement and glass associations, industry ministries, makers' capital-markets
days and brokers, in the US, Mexico, the UK, Germany, France, Italy, Spain, Turkey, India, Japan, South Korea, mainland
China, Taiwan and Hong Kong. Distractors: total cement, glass or ceramics sales beside the AI part, tonnes of cement and
glass produced, counts of plants, kilns and workers, a tonne's price, a company's own revenue, orders or margin, a
funding round, a quarter's figures, survey percentages, a carbon price.

Snippets 1-20: Twenty snippets on AI in cement, glass and ceramics manufacturing: eight English prose texts (a US 10-K
Item 1. Business excerpt beside net sales in millions, a wire service's capitalised flash headlines, a Japanese maker's
briefing in ¥ bn with March fiscal years, a UK written answer in £m with financial years, a German association's release
with decimal commas, an Americas note with a range, a consultancy summary with the unit before the number, a forum
answer quoting a report), seven Chinese prose texts (a Hong Kong exchange announcement with company figures in 人民幣千元, a
Foshan item in 万元, a 政策解读 with 年均增长 and 翻两番, a Hong Kong broker's 研报 with the amount bracketed after its rate, a Taiwan
story in 兆元 and 億元 with 民國 years, a Hong Kong news item in 億港元 with rates in words, a Simplified article mixing AIGC,
CAGR and TAM) and five tables (a web table with a wrapped header, a Markdown table with A and E columns and % of total,
a Markdown table with years as rows, a Chinese tab table under 单位：万元 with 占比, a French pipe table with spaces and
decimal commas). Left out: company sales, revenue, backlog, margins, share and price targets, funding rounds, counts of
plants, kilns, lines and workers, tonnes produced, cement, power and carbon prices, survey percentages, quarters, whole-
industry sales and a poster's guess. Inconsistent: 2, 5, 9, 13, 15, 17. Only by rounding: 1, 4, 7, 12, 14, 16, 17, 18,
19.

Snippets 21-40: Twenty snippets on AI in cement, glass and ceramics manufacturing: eight English prose texts (an
earnings-call transcript sizing a total addressable market, a newsletter TL;DR with arrows, PDF text with units in
brackets, a UK press release in per cent and £bn, a LinkedIn post with ✅ bullets, a syndicated research release, an
academic paragraph with 95% CI and billion USD, a Nordic trade magazine with SEK beside EUR), seven Chinese prose texts
(a funding article with 亿元级 and 同比翻番, a 招股说明书 passage, a statistics release with 规模以上企业 营业收入, a Taiwan release mixing
新台幣 and 億美元, a Hong Kong 立法會 answer in 百萬元, a 微博 post with #话题# tags, a news item with 近千亿元 beside exact figures) and
five tables (a pipe table with a Source row and a CAGR (2024–2030) column, a Markdown table of years, a CSV with a title
and a blank line, a Traditional table in 民國 years, a fixed-width table with negative growth in parentheses). Left out:
company revenue, guidance, margins and savings, funding rounds, quarters, survey percentages, counts of plants, lines
and workers, tonnes produced, industry turnover and investment, prices, carbon prices, confidence intervals, SEK
amounts, datelines. Inconsistent: 23, 27, 31, 36, 37, 40. Only by rounding: 21, 22, 24, 25, 26, 30, 34, 36, 37, 38, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US maker's annual report on Form 10-K, "Item 1. Business": a third-party (Ridgefield Analytics) US market
    #    for AI kiln and process optimization in cement plants, 2024 (actual) and a 2030 forecast with a CAGR over a
    #    printed span, and a part (AI energy and emissions management modules) whose 36% holds only by rounding.
    #    Expected nowhere: the fiscal year in the title, the net sales "(in millions)" $1,846.2 and $1,702.9, the
    #    $612.5 million backlog, the 92 cement plants, the 101 million metric tons shipped, the 4,300 employees and
    #    the 38% of them in engineering.
    dict(
        text=(
            "CORVANE INDUSTRIAL SYSTEMS, INC.\n"
            "Annual Report on Form 10-K for the fiscal year ended December 31, 2024\n"
            "Item 1. Business\n"
            "Overview\n"
            "We design sensors, controls and software that help cement producers run kilns, mills and clinker coolers "
            "at lower fuel and power cost. Our net sales (in millions) were $1,846.2 in fiscal 2024 and $1,702.9 in "
            "fiscal 2023, and our backlog stood at $612.5 million at year-end.\n"
            "Our Market\n"
            "According to Ridgefield Analytics, an independent research firm, the U.S. market for AI kiln and process "
            "optimization in cement plants was $412 million in 2024 and is expected to reach $968 million in 2030, a "
            "compound annual growth rate of 15.3% over 2024-2030. AI energy and emissions management modules made up "
            "$146 million of the 2024 market, or 36%. The United States has 92 operating cement plants, which shipped "
            "about 101 million metric tons of cement in 2024.\n"
            "Human Capital\n"
            "As of December 31, 2024, we had approximately 4,300 employees, of whom 38% work in engineering."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 968, "USD million", "estimate"),
            ("AI energy and emissions management modules", 2024, 146, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 15.3, "percent", 2024, 2030, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (968 / 412) ** (1 / 6) - 1 = 15.30% -> 15.3
            # 146 / 412 = 35.44% -> 35, not 36; bounds 145.5 / 412.5 = 35.27%, 146.5 / 411.5 = 35.60% -> 36 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 2. Wire service's flash headlines in capitals, each after an asterisk, then one normal sentence: the global AI
    #    cement kiln optimization market at $4.2B in 2024 (actual, dateline 2025) and $9.6B in 2030 (a forecast), and
    #    a 2024-2030 CAGR of 16.5% that no reading reaches. Expected nowhere: the dateline and time, Braxmoor's 1Q
    #    revenue of £212M and its 8% rise, the 3.1% share move, the 640 analysts, the 4.1 billion tonnes of cement,
    #    the EUR 70 carbon permit price.
    dict(
        text=(
            "FENWIRE FLASH -- 3 June 2025, 10:42 GMT\n"
            "*BRAXMOOR SEES GLOBAL AI CEMENT KILN OPTIMIZATION MARKET AT $4.2B IN 2024\n"
            "*BRAXMOOR SEES MARKET AT $9.6B IN 2030\n"
            "*BRAXMOOR: MARKET'S 2024-2030 CAGR AT 16.5%\n"
            "*BRAXMOOR SAYS 1Q REVENUE ROSE 8% TO £212M\n"
            "*BRAXMOOR SHARES UP 3.1% IN LONDON\n"
            "Braxmoor Research, which employs 640 analysts, also said the world's cement plants produced about 4.1 "
            "billion tonnes last year and that European carbon permits traded near EUR 70 a tonne."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (9.6 / 4.2) ** (1 / 6) - 1 = 14.77% -> 14.8, not 16.5; bounds (9.55 / 4.25) ** (1/6) - 1 = 14.45%,
            # (9.65 / 4.15) ** (1/6) - 1 = 15.10% -> 16.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. Japanese ceramics maker's English results briefing with "¥ bn", "JPY 18.6 bn" and March fiscal years
    #    (FY3/2025 -> 2025): the Japanese AI quality inspection market for tiles, sanitaryware and technical ceramics
    #    in FY3/2024 and FY3/2025 with its yoy rate, and a FY3/2028 forecast with a CAGR over a printed span.
    #    Expected nowhere: the ticker 5397, the briefing date, the group's net sales 412.7 and operating profit 40.4
    #    (¥ bn), the 9.8% margin, the 41 tunnel kilns, the 12,400 people, the company's 30% share target.
    dict(
        text=(
            "Tokai Ceratec Co., Ltd. (TSE Prime: 5397)\n"
            "FY3/2025 Financial Results and Medium-Term Plan Briefing, May 14, 2025\n"
            "All group figures in this section are in ¥ bn. Net sales for FY3/2025 were 412.7 and operating profit "
            "was 40.4, an operating margin of 9.8%. We operate 41 tunnel kilns in Japan and employ 12,400 people.\n"
            "Market environment: According to Hoshino Research Institute, the Japanese market for AI quality "
            "inspection of tiles, sanitaryware and technical ceramics reached JPY 18.6 bn in FY3/2025, up 22.4% from "
            "JPY 15.2 bn in FY3/2024. Hoshino forecasts JPY 31.5 bn in FY3/2028, a CAGR of 19.2% over "
            "FY3/2025-FY3/2028. Our target is a 30% share of this market by FY3/2028."
        ),
        obs=[
            ("Total", 2024, 15.2, "JPY billion", "actual"),
            ("Total", 2025, 18.6, "JPY billion", "actual"),
            ("Total", 2028, 31.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2024, 2025, 1.0),
            ("cagr", 19.2, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (31.5 / 18.6) ** (1 / 3) - 1 = 19.20% -> 19.2
        ],
    ),
    # 4. UK parliamentary written answer ("To ask the Secretary of State ...", "Answered by ...") in £m with financial
    #    years (2023-24 -> 2024, 2024-25 -> 2025): the UK market for AI in cement and glass manufacturing in both
    #    years, a yoy rate of 19.2% that holds only by rounding, and a part (AI furnace optimisation in glassmaking)
    #    with its share. Expected nowhere: the UIN 51872 and the dates, the 11 cement works and 24 glass plants, the
    #    7,200 people, the £45 carbon price, the 41% of firms surveyed.
    dict(
        text=(
            "Cement and Glass Industries: Artificial Intelligence\n"
            "Question for Department for Business and Trade, UIN 51872, tabled on 29 April 2025\n"
            "To ask the Secretary of State for Business and Trade, what estimate his Department has made of the value "
            "of the UK market for artificial intelligence systems used in cement and glass manufacturing.\n"
            "Answered by Jane Ashworth MP on 12 May 2025\n"
            "Estimates commissioned by the Department from Harcourt Economics put the UK market for AI systems in "
            "cement and glass manufacturing at £57.9m in 2024-25, up 19.2% on £48.6m in 2023-24. Of the 2024-25 "
            "figure, AI furnace optimisation in glassmaking accounted for £21.4m, or 37%. The sector comprises 11 "
            "integrated cement works and 24 container and float glass plants employing around 7,200 people. Carbon "
            "prices in the UK Emissions Trading Scheme averaged around £45 per tonne over the period, and 41% of "
            "firms surveyed said they planned further AI investment."
        ),
        obs=[
            ("Total", 2024, 48.6, "GBP million", "actual"),
            ("Total", 2025, 57.9, "GBP million", "actual"),
            ("AI furnace optimisation in glassmaking", 2025, 21.4, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
            ("share", 37, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # (57.9 / 48.6) ** (1 / 1) - 1 = 19.14% -> 19.1, not 19.2; bounds 57.85 / 48.65 - 1 = 18.91%,
            # 57.95 / 48.55 - 1 = 19.36% -> 19.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 21.4 / 57.9 = 36.96% -> 37
        ],
    ),
    # 5. German association's press release in English with decimal commas ("EUR 1,24 billion", "14,6 per cent"):
    #    the German market for AI in cement, glass and ceramics manufacturing in 2023 and 2024 with a yoy rate no
    #    reading reaches, and a part (AI quality inspection of flat and container glass) with its share. Expected
    #    nowhere: the dateline, the EUR 28,4 billion sector sales, the 31,2 million tonnes of cement, the 53 plants,
    #    the 33.000 employees, the 62 per cent of members surveyed, the EUR 68 carbon price.
    dict(
        text=(
            "Press release, Berlin, 18 March 2025\n"
            "Bundesverband Digitale Baustoffindustrie (BVDB)\n"
            "AI spending in German cement and glass plants passes one billion euros\n"
            "The German market for artificial intelligence in cement, glass and ceramics manufacturing reached EUR "
            "1,24 billion in 2024, a rise of 14,6 per cent on EUR 1,06 billion in 2023, according to the "
            "association's annual survey. AI quality inspection of flat and container glass accounted for EUR 0,31 "
            "billion, or 25 per cent of the total. The sector's overall sales came to EUR 28,4 billion, while cement "
            "output fell to 31,2 million tonnes. Member companies run 53 cement plants and employ 33.000 people, and "
            "62 per cent of members surveyed expect to raise AI budgets this year. With EU carbon allowances at "
            "around EUR 68 per tonne, kiln optimisation remains a priority, said BVDB president Dr Katrin Vollmer."
        ),
        obs=[
            ("Total", 2023, 1.06, "EUR billion", "actual"),
            ("Total", 2024, 1.24, "EUR billion", "actual"),
            ("AI quality inspection of flat and container glass", 2024, 0.31, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1.24 / 1.06) ** (1 / 1) - 1 = 16.98% -> 17.0, not 14.6; bounds 1.235 / 1.065 - 1 = 15.96%,
            # 1.245 / 1.055 - 1 = 18.01% -> 14.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 0.31 / 1.24 = 25.00% -> 25
        ],
    ),
    # 6. Broker's industry note on the Americas with a range "$1.1–1.3 billion" for 2026 (two value claims) and
    #    "between 18 and 20 per cent" a year (no claim): 2023 and 2024 with a yoy rate, and a part (Mexico) with its
    #    share. Expected nowhere: the note's date, the $85 million Series C round, the 2,900 kilns, the $128 cement
    #    price, the 58% of plant managers polled, the 18-20 per cent range.
    dict(
        text=(
            "Kiln analytics: Americas outlook (Tarrant & Vell industry note, 9 July 2025)\n"
            "Spending on AI predictive maintenance for cement mills and kilns across the Americas reached $0.94 "
            "billion in 2024, up 19.0% from $0.79 billion in 2023, says Tarrant & Vell. Mexico contributed $0.21 "
            "billion, or 22% of the 2024 total. The firm puts the market at $1.1–1.3 billion in 2026 and expects it "
            "to grow between 18 and 20 per cent a year over the rest of the decade. Separately, kiln-monitoring "
            "start-up Pyrolink closed an $85 million Series C round in June. The region has some 2,900 kilns in "
            "operation, grey cement sells for about $128 a tonne in the US, and 58% of plant managers polled by the "
            "firm said unplanned mill stops were their costliest problem."
        ),
        obs=[
            ("Total", 2023, 0.79, "USD billion", "actual"),
            ("Total", 2024, 0.94, "USD billion", "actual"),
            ("Mexico", 2024, 0.21, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("share", 22, "percent", 2024, 2024, None),
            ("value", 1.1, "USD billion", 2026, 2026, None),
            ("value", 1.3, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.94 / 0.79) ** (1 / 1) - 1 = 18.99% -> 19.0
            ("arithmetic", "exact"),  # 0.21 / 0.94 = 22.34% -> 22
        ],
    ),
    # 7. Consultancy's executive summary with the unit before the number ("USD mn 640", "USD bn 2.1"): the global AI
    #    float glass inspection market in 2024 and a 2031 forecast (in the series' unit: 2100) with a CAGR over a
    #    printed span, and a part (architectural and automotive float lines) whose 32.6% holds only by rounding.
    #    Expected nowhere: the report title's year, the 410 float lines, the 88 million tonnes of flat glass,
    #    Vantor's own USD mn 57 revenue, the third-quarter USD mn 171.
    dict(
        text=(
            "Executive summary - Vantor Meridian Consulting, AI Float Glass Inspection Monitor 2025\n"
            "The global market for AI quality inspection of float glass stood at USD mn 640 in 2024. We project USD bn "
            "2.1 by 2031, a CAGR of 18.5% over 2024-2031. Architectural and automotive float lines, where inline "
            "cameras now flag bubbles, stones and tin defects, made up USD mn 209, or 32.6% of the 2024 total; solar "
            "glass lines accounted for most of the remainder. For context, the world's roughly 410 float lines made "
            "about 88 million tonnes of flat glass last year, and Vantor's own consulting revenue was USD mn 57. "
            "Third-quarter 2024 spending alone was USD mn 171."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2031, 2100, "USD million", "estimate"),
            ("Architectural and automotive float lines", 2024, 209, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2031, None, "stated"),
            ("share", 32.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2100 / 640) ** (1 / 7) - 1 = 18.50% -> 18.5
            # 209 / 640 = 32.66% -> 32.7, not 32.6; bounds 208.5 / 640.5 = 32.55%, 209.5 / 639.5 = 32.76% -> 32.6
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 8. Forum answer quoting a report in Markdown quote lines ("> ..."), then the poster's own rough guess: the
    #    global AI quarry and raw-mix planning market in 2023 and 2024 with a yoy rate, and a 2030 forecast with a
    #    CAGR over a printed span. Expected nowhere: the 14 points, the poster's $350 million guess, the 3 kilns and
    #    two quarries, the $240,000 optimiser, the 4% saving.
    dict(
        text=(
            "Re: How big is the market for AI raw-mix and quarry planning in cement?\n"
            "Answer by kilnwhisperer (plant process engineer), 14 points\n"
            "The Ormond Hart report everyone cites says this:\n"
            "> The global market for AI quarry and raw-mix planning software in cement reached USD 286 million\n"
            "> in 2024, up 21.2% from USD 236 million in 2023. We forecast USD 705 million in 2030, a compound\n"
            "> annual growth rate of 16.2% over 2024-2030.\n"
            "Take that with a pinch of salt. My own rough guess is that the real number is nearer $350 million "
            "already, because a lot of it hides inside control-system upgrades. Our plant runs 3 kilns off two "
            "limestone quarries, and we paid about $240,000 for the blending optimiser, which cut raw-meal "
            "variability by roughly 4%."
        ),
        obs=[
            ("Total", 2023, 236, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("Total", 2030, 705, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 236) ** (1 / 1) - 1 = 21.19% -> 21.2
            ("cagr|implied", "exact"),  # (705 / 286) ** (1 / 6) - 1 = 16.23% -> 16.2
        ],
    ),
    # 9. Hong Kong exchange results announcement (Traditional): the company's figures in 人民幣千元 are distractors;
    #    the industry overview gives China's AI kiln optimisation market for cement and glass in 2020 and 2024 (億元)
    #    with a 2020-2024 CAGR no reading reaches, and a 2029 forecast with its CAGR. Expected nowhere: the stock code
    #    2687, the 收益 1,286,450 and 1,104,372 千元 and its 16.5% rise, the 毛利 371,902 千元, the 1,126 僱員, the 36
    #    kilns and 11 float lines.
    dict(
        text=(
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。\n"
            "華曜智造控股有限公司（於開曼群島註冊成立的有限公司）（股份代號：2687）\n"
            "截至2024年12月31日止年度的年度業績公告\n"
            "本集團截至2024年12月31日止年度的收益為人民幣1,286,450千元，較2023年的人民幣1,104,372千元增加16.5%；"
            "毛利為人民幣371,902千元。於2024年12月31日，本集團共有僱員1,126名，為國內36座水泥窯及11條浮法玻璃生產線"
            "提供智能控制系統。\n"
            "行業概覽\n"
            "根據獨立行業顧問恒策諮詢的資料，中國水泥及玻璃行業人工智能窯爐優化市場規模由2020年的人民幣18.4億元增至"
            "2024年的人民幣52.6億元，2020年至2024年的年複合增長率為32.8%；預計該市場於2029年將達到人民幣148.3億元，"
            "2024年至2029年的年複合增長率為23.0%。"
        ),
        obs=[
            ("Total", 2020, 18.4, "CNY 100 million", "actual"),
            ("Total", 2024, 52.6, "CNY 100 million", "actual"),
            ("Total", 2029, 148.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.8, "percent", 2020, 2024, None, "stated"),
            ("cagr", 23.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (52.6 / 18.4) ** (1 / 4) - 1 = 30.03% -> 30.0, not 32.8; bounds (52.55 / 18.45) ** (1/4) - 1 = 29.91%,
            # (52.65 / 18.35) ** (1/4) - 1 = 30.15% -> 32.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (148.3 / 52.6) ** (1 / 5) - 1 = 23.04% -> 23.0
        ],
    ),
    # 10. Foshan local news item (Simplified) in 万元 ("市场规模达8600万元"): the city's AI visual inspection market
    #     for ceramic tiles in 2023 and 2024 with a yoy rate, and a part (抛釉砖表面缺陷检测系统) with its share.
    #     Expected nowhere: the dateline, the 260 firms and 480 lines, the 1200亿元 ceramics output, the 10万 workers,
    #     the 72% of firms surveyed, the 600×1200 tile size and its 35元 price per square metre.
    dict(
        text=(
            "佛山日报讯（记者陈嘉怡）2025年3月6日\n"
            "记者从佛山市陶瓷行业协会获悉，2024年佛山市陶瓷砖AI视觉质检市场规模达8600万元，较2023年的6420万元增长"
            "34.0%。其中，抛釉砖表面缺陷检测系统规模为3010万元，占比35.0%。佛山目前有陶瓷生产企业约260家、生产线"
            "480余条，全市陶瓷产业产值约1200亿元，从业人员超过10万人。协会调查显示，72%的受访企业计划在两年内上马"
            "AI质检设备；一片600×1200毫米抛釉砖的出厂价约为每平方米35元。"
        ),
        obs=[
            ("Total", 2023, 6420, "CNY 10 thousand", "actual"),
            ("Total", 2024, 8600, "CNY 10 thousand", "actual"),
            ("抛釉砖表面缺陷检测系统", 2024, 3010, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 34.0, "percent", 2023, 2024, 1.0),
            ("share", 35.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8600 / 6420) ** (1 / 1) - 1 = 33.96% -> 34.0
            ("arithmetic", "exact"),  # 3010 / 8600 = 35.00% -> 35.0
        ],
    ),
    # 11. 政策解读 (Simplified) of an invented action plan: the AI market in cement, glass and ceramics in 2024 (约96亿元,
    #     at its printed figure) and a 2030 target of 380亿元 with 翻两番 (x4 over 6 years, no verdict) and a
    #     2024-2030 年均增长. Expected nowhere: the plan's title years and its date, the 85% penetration rate, the 200
    #     smart factories, the 18亿吨 clinker capacity, the 3.2万家 firms, the 90元 carbon price.
    dict(
        text=(
            "政策解读：《建材行业人工智能应用行动方案（2025-2030年）》\n"
            "2025年2月，国家建材工业数字化推进办公室发布上述方案。据测算，2024年我国水泥、玻璃和陶瓷行业人工智能应用"
            "市场规模约为96亿元。方案提出，到2030年该市场规模力争达到380亿元，比2024年翻两番，2024年至2030年年均增长"
            "25.8%。方案同时要求，到2027年重点企业数字化研发设计工具普及率达到85%，建成200家以上智能工厂。当前全国"
            "水泥熟料产能约18亿吨，规模以上建材企业约3.2万家；全国碳市场碳排放配额价格在每吨90元上下。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2030, 380, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2024, 2030, 6.0),
            ("cagr", 25.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (380 / 96) ** (1 / 6) - 1 = 25.77% -> 25.8
        ],
    ),
    # 12. Hong Kong broker's 研报 (Traditional) with the amount bracketed after its rate ("同比增長31.2%（達到86.4億元）"):
    #     China's AI energy and carbon management market for cement in 2023 and 2024 (人民幣億元) with a yoy rate
    #     that holds only by rounding, and a 2027 forecast with a CAGR over a printed span. Expected nowhere: the
    #     report's date and series number, the 18.3億噸 cement output and its 9.5% fall, the 98元 carbon price,
    #     中材智聯's 23.6億元 revenue and its first-quarter 18.7%, the 42.5元 price target.
    dict(
        text=(
            "東瑞證券（香港）行業深度報告 2025年4月18日\n"
            "建材AI系列之二：水泥能耗與碳管理進入放量期\n"
            "以下金額均為人民幣。我們測算，2024年中國水泥行業AI能耗與碳排放管理市場規模同比增長31.2%（達到86.4億元），"
            "2023年為65.9億元；預計2027年將達到192.5億元，2024-2027年年複合增速為30.6%。2024年全國水泥產量18.3億噸，"
            "同比下降9.5%；全國碳市場配額均價約每噸98元。重點推薦中材智聯（2024年營收23.6億元，一季度營收同比增長"
            "18.7%），給予「買入」評級，目標價42.5元。風險提示：水泥需求下滑超預期。"
        ),
        obs=[
            ("Total", 2023, 65.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 192.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 30.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (86.4 / 65.9) ** (1 / 1) - 1 = 31.11% -> 31.1, not 31.2; bounds 86.35 / 65.95 - 1 = 30.93%,
            # 86.45 / 65.85 - 1 = 31.28% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (192.5 / 86.4) ** (1 / 3) - 1 = 30.61% -> 30.6
        ],
    ),
    # 13. Taiwan business news story (Traditional) mixing 兆元 and 億元 with 民國 years (民國112年 -> 2023, 民國113年 ->
    #     2024, 民國115年 -> 2026): Taiwan's AI quality inspection market for glass and ceramics in 2023 and 2024 with
    #     a yoy rate no reading reaches, and a 2026 forecast (突破70億元, at its printed figure). Expected nowhere: the
    #     dateline, the 0.52兆元 industry output, the 85 kilns, the 3.6萬 workers, the glassmaker's first-quarter
    #     58.3億元 revenue and its 6.2%, the 4.2元 power price.
    dict(
        text=(
            "【工商快訊／記者吳佩珊／新竹報導】民國114年5月20日\n"
            "根據台灣智慧建材產業研究中心最新統計，民國113年台灣玻璃與陶瓷產業AI品質檢測市場規模達新台幣42.6億元，"
            "較民國112年的34.8億元成長24.1%，預估民國115年可望突破新台幣70億元。相較之下，台灣水泥、玻璃與陶瓷產業"
            "總產值約新台幣0.52兆元，全台共有窯爐約85座，從業人員約3.6萬人。某上市玻璃大廠今年第一季營收新台幣58.3"
            "億元，年增6.2%；工業用電每度平均電價約新台幣4.2元。"
        ),
        obs=[
            ("Total", 2023, 34.8, "TWD 100 million", "actual"),
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("Total", 2026, 70, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (42.6 / 34.8) ** (1 / 1) - 1 = 22.41% -> 22.4, not 24.1; bounds 42.55 / 34.85 - 1 = 22.09%,
            # 42.65 / 34.75 - 1 = 22.73% -> 24.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong financial news item (Traditional) in 億港元 with rates in words (百分之十二點五 -> 12.5): the Greater
    #     Bay Area AI energy and emissions management market for cement, glass and ceramics in 2023 and 2024 with a
    #     yoy rate that holds only by rounding, and this year's (2025) forecast with its rate. Expected nowhere: the
    #     dateline, the stock code 1639, the interim 12.8億港元 revenue and its 4.2% fall, the 3.2% share move, the
    #     2,300 employees, the 600萬噸 capacity, the 40元 carbon price, the 25,166 index level.
    dict(
        text=(
            "【港灣財經】2025年8月20日\n"
            "據本港研究機構德匯研究估計，大灣區水泥、玻璃及陶瓷企業的人工智能節能及排放管理市場，2024年規模達36.2"
            "億港元，按年增長百分之十二點五，2023年則為32.2億港元；該機構預計今年市場將再增長百分之十八點五至42.9億"
            "港元。另外，本地建材股粵港建材（股份代號：1639）昨日公布中期業績，上半年收益12.8億港元，按年減少百分之"
            "四點二，股價收升3.2%。集團僱員約2,300名，旗下兩間水泥廠年產能合共約600萬噸；廣東碳排放配額價格近日約為"
            "每噸人民幣40元。恒生指數昨日收報25,166點。"
        ),
        obs=[
            ("Total", 2023, 32.2, "HKD 100 million", "actual"),
            ("Total", 2024, 36.2, "HKD 100 million", "actual"),
            ("Total", 2025, 42.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (36.2 / 32.2) ** (1 / 1) - 1 = 12.42% -> 12.4, not 12.5; bounds 36.15 / 32.25 - 1 = 12.09%,
            # 36.25 / 32.15 - 1 = 12.75% -> 12.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (42.9 / 36.2) ** (1 / 1) - 1 = 18.51% -> 18.5
        ],
    ),
    # 15. Simplified tech article mixing English market names ("AIGC市场", "CAGR达35%", "TAM"): China's AIGC design
    #     market for ceramics in 2023 and 2024 with a yoy rate no reading reaches, and a 2028 forecast whose CAGR
    #     gives no span (inferred from the years of its amounts). Expected nowhere: the dateline, the TAM of 2,300
    #     firms, the 1.5亿元 B-round, the 68% gross margin, the 超过六成 of designers surveyed.
    dict(
        text=(
            "来源：硬核制造观察　2025-06-12\n"
            "陶瓷釉面设计正在成为建材行业最先落地的AIGC市场之一。据海澜咨询测算，中国陶瓷行业AIGC设计市场（釉面"
            "花色生成、产品效果图渲染等）2024年规模为12.8亿元，同比增长41.5%，2023年为9.2亿元；预计2028年将达到"
            "42.6亿元，CAGR达35%。创业公司釉图智能创始人表示，公司产品的TAM覆盖全国约2,300家陶瓷及卫浴企业，去年"
            "公司完成1.5亿元B轮融资，SaaS业务毛利率约68%。另据行业调查，超过六成的受访设计师已在日常工作中使用"
            "AIGC工具。"
        ),
        obs=[
            ("Total", 2023, 9.2, "CNY 100 million", "actual"),
            ("Total", 2024, 12.8, "CNY 100 million", "actual"),
            ("Total", 2028, 42.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.5, "percent", 2023, 2024, 1.0),
            ("cagr", 35, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (12.8 / 9.2) ** (1 / 1) - 1 = 39.13% -> 39.1, not 41.5; bounds 12.75 / 9.25 - 1 = 37.84%,
            # 12.85 / 9.15 - 1 = 40.44% -> 41.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (42.6 / 12.8) ** (1 / 4) - 1 = 35.07% -> 35
        ],
    ),
    # 16. Table copied from a web page, cells set apart by runs of spaces, the header wrapping onto a second line
    #     ("Market size" over "(USD m)"): five European countries' AI kiln and furnace optimisation markets in 2024,
    #     a Total row and a share column (the Total's 100.0% is no claim); the rows add to the Total only by
    #     rounding. Expected nowhere: the access date, the 318 kilns and 96 furnaces, the first quarter's 4.2%, the
    #     31 million tonnes of Turkish cement exports.
    dict(
        text=(
            "AI kiln and furnace optimisation in five European markets, 2024\n"
            "Country        Market size    Share of\n"
            "               (USD m)        total\n"
            "Germany        142.6          31.8%\n"
            "Italy           96.3          21.5%\n"
            "Spain           71.8          16.0%\n"
            "France          53.9          12.0%\n"
            "Turkey          83.6          18.7%\n"
            "Total          448.1         100.0%\n"
            "Source: Ostmark Data Services web dashboard, accessed 2 July 2025. The five countries run 318 cement "
            "kilns and 96 glass furnaces; in the first quarter of 2025 spending rose 4.2% on the previous quarter. "
            "Turkey exported 31 million tonnes of cement last year."
        ),
        obs=[
            ("Germany", 2024, 142.6, "USD million", "actual"),
            ("Italy", 2024, 96.3, "USD million", "actual"),
            ("Spain", 2024, 71.8, "USD million", "actual"),
            ("France", 2024, 53.9, "USD million", "actual"),
            ("Turkey", 2024, 83.6, "USD million", "actual"),
            ("Total", 2024, 448.1, "USD million", "actual"),
        ],
        claims=[
            ("share", 31.8, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
            ("share", 12.0, "percent", 2024, 2024, None),
            ("share", 18.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 142.6 / 448.1 = 31.82% -> 31.8
            ("arithmetic", "exact"),  # 96.3 / 448.1 = 21.49% -> 21.5
            ("arithmetic", "exact"),  # 71.8 / 448.1 = 16.02% -> 16.0
            ("arithmetic", "exact"),  # 53.9 / 448.1 = 12.03% -> 12.0
            ("arithmetic", "exact"),  # 83.6 / 448.1 = 18.66% -> 18.7
            # 142.6 + 96.3 + 71.8 + 53.9 + 83.6 = 448.2, not 448.1; parts at least 447.95 and the total at most
            # 448.15 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table (US, USD m) with "2023A | 2024A | 2025E" columns, products as rows, a Total row and a "% of
    #     total" column for 2025E: sanitaryware's 33.6% holds only by rounding (the Total's 100.0% is no claim);
    #     2023A and 2025E add up, 2024A misses its Total by 1.0. Expected nowhere: the note's date, the 2.9 billion
    #     square feet, the $64 price target and its 22% upside, the 38,000 workers.
    dict(
        text=(
            "US: AI quality inspection in tiles and sanitaryware, by product (USD m)\n"
            "| Product | 2023A | 2024A | 2025E | % of total (2025E) |\n"
            "|---|---|---|---|---|\n"
            "| Ceramic tiles | 84.6 | 101.3 | 121.8 | 52.4% |\n"
            "| Sanitaryware | 52.1 | 63.4 | 77.9 | 33.6% |\n"
            "| Tableware and technical ceramics | 23.7 | 27.5 | 32.6 | 14.0% |\n"
            "| Total | 160.4 | 193.2 | 232.3 | 100.0% |\n"
            "Source: Greystone Capital Markets, US Building Products, 24 February 2025. US ceramic tile consumption "
            "was about 2.9 billion square feet in 2024. Our price target for Dalcrest Ceramics is $64, a 22% upside. "
            "The industry employs about 38,000 workers."
        ),
        obs=[
            ("Ceramic tiles", 2023, 84.6, "USD million", "actual"),
            ("Ceramic tiles", 2024, 101.3, "USD million", "actual"),
            ("Ceramic tiles", 2025, 121.8, "USD million", "estimate"),
            ("Sanitaryware", 2023, 52.1, "USD million", "actual"),
            ("Sanitaryware", 2024, 63.4, "USD million", "actual"),
            ("Sanitaryware", 2025, 77.9, "USD million", "estimate"),
            ("Tableware and technical ceramics", 2023, 23.7, "USD million", "actual"),
            ("Tableware and technical ceramics", 2024, 27.5, "USD million", "actual"),
            ("Tableware and technical ceramics", 2025, 32.6, "USD million", "estimate"),
            ("Total", 2023, 160.4, "USD million", "actual"),
            ("Total", 2024, 193.2, "USD million", "actual"),
            ("Total", 2025, 232.3, "USD million", "estimate"),
        ],
        claims=[
            ("share", 52.4, "percent", 2025, 2025, None),
            ("share", 33.6, "percent", 2025, 2025, None),
            ("share", 14.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 121.8 / 232.3 = 52.43% -> 52.4
            # 77.9 / 232.3 = 33.53% -> 33.5, not 33.6; bounds 77.85 / 232.35 = 33.51%, 77.95 / 232.25 = 33.56% ->
            # 33.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 32.6 / 232.3 = 14.03% -> 14.0
            ("hierarchy", "exact"),  # 2023A: 84.6 + 52.1 + 23.7 = 160.4
            # 2024A: 101.3 + 63.4 + 27.5 = 192.2, not 193.2; parts at most 192.35 and the total at least 193.15 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 121.8 + 77.9 + 32.6 = 232.3
        ],
    ),
    # 18. Markdown table (Italy, EUR m) with years as rows, applications as columns and a Total column last; items
    #     are the column headers, 2025F a forecast: 2022, 2023 and 2025F add up, 2024 only by rounding. Expected
    #     nowhere: the source's date, the 370 million square metres of tiles, the EUR 5.9 billion of exports, the
    #     128 manufacturers.
    dict(
        text=(
            "Italy: AI in ceramic tile and sanitaryware plants, by application (EUR m)\n"
            "| Year | Kiln optimisation | Quality inspection | Predictive maintenance | Total |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 18.4 | 26.7 | 9.8 | 54.9 |\n"
            "| 2023 | 22.1 | 31.5 | 12.2 | 65.8 |\n"
            "| 2024 | 26.9 | 37.2 | 15.1 | 79.1 |\n"
            "| 2025F | 32.4 | 43.8 | 18.6 | 94.8 |\n"
            "Source: Emilia Digital Ceramics Observatory, March 2025. Italy produced about 370 million square metres "
            "of tiles in 2024 and exported EUR 5.9 billion worth; the Observatory tracks 128 manufacturers."
        ),
        obs=[
            ("Kiln optimisation", 2022, 18.4, "EUR million", "actual"),
            ("Quality inspection", 2022, 26.7, "EUR million", "actual"),
            ("Predictive maintenance", 2022, 9.8, "EUR million", "actual"),
            ("Total", 2022, 54.9, "EUR million", "actual"),
            ("Kiln optimisation", 2023, 22.1, "EUR million", "actual"),
            ("Quality inspection", 2023, 31.5, "EUR million", "actual"),
            ("Predictive maintenance", 2023, 12.2, "EUR million", "actual"),
            ("Total", 2023, 65.8, "EUR million", "actual"),
            ("Kiln optimisation", 2024, 26.9, "EUR million", "actual"),
            ("Quality inspection", 2024, 37.2, "EUR million", "actual"),
            ("Predictive maintenance", 2024, 15.1, "EUR million", "actual"),
            ("Total", 2024, 79.1, "EUR million", "actual"),
            ("Kiln optimisation", 2025, 32.4, "EUR million", "estimate"),
            ("Quality inspection", 2025, 43.8, "EUR million", "estimate"),
            ("Predictive maintenance", 2025, 18.6, "EUR million", "estimate"),
            ("Total", 2025, 94.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 18.4 + 26.7 + 9.8 = 54.9
            ("hierarchy", "exact"),  # 2023: 22.1 + 31.5 + 12.2 = 65.8
            # 2024: 26.9 + 37.2 + 15.1 = 79.2, not 79.1; parts at least 79.05 and the total at most 79.15 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 32.4 + 43.8 + 18.6 = 94.8
        ],
    ),
    # 19. Chinese table (tab-separated) under "单位：万元" with an 占比 column: Guangdong's AI applications in ceramics
    #     by segment in 2024 and a 合计 row (its 100.0% no claim); the rows add to 合计; 设备预测性维护's 17.1% holds
    #     only by rounding. Expected nowhere: the table number, the 420 firms, the 28亿平方米 of tiles, the 2100亿元
    #     industry output, the first quarter's 26%.
    dict(
        text=(
            "表3 2024年广东省陶瓷行业AI应用市场细分结构\n"
            "单位：万元\n"
            "细分领域\t市场规模\t占比\n"
            "窑炉AI燃烧优化\t18,460\t38.2%\n"
            "AI视觉质检\t16,930\t35.0%\n"
            "设备预测性维护\t8,287\t17.1%\n"
            "原料配方智能优化\t4,643\t9.6%\n"
            "合计\t48,320\t100.0%\n"
            "资料来源：岭南建材智库。注：广东全省陶瓷企业约420家，2024年陶瓷砖产量约28亿平方米，行业总产值约2100亿元；"
            "今年一季度AI项目招标金额同比增长26%。"
        ),
        obs=[
            ("窑炉AI燃烧优化", 2024, 18460, "CNY 10 thousand", "actual"),
            ("AI视觉质检", 2024, 16930, "CNY 10 thousand", "actual"),
            ("设备预测性维护", 2024, 8287, "CNY 10 thousand", "actual"),
            ("原料配方智能优化", 2024, 4643, "CNY 10 thousand", "actual"),
            ("合计", 2024, 48320, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 35.0, "percent", 2024, 2024, None),
            ("share", 17.1, "percent", 2024, 2024, None),
            ("share", 9.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18460 / 48320 = 38.20% -> 38.2
            ("arithmetic", "exact"),  # 16930 / 48320 = 35.04% -> 35.0
            # 8287 / 48320 = 17.1502% -> 17.2, not 17.1; bounds 8286.5 / 48320.5 = 17.1490%,
            # 8287.5 / 48319.5 = 17.1515% -> 17.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 4643 / 48320 = 9.61% -> 9.6
            ("hierarchy", "exact"),  # 18460 + 16930 + 8287 + 4643 = 48320
        ],
    ),
    # 20. French pipe table in thousands of euros with spaces between thousands and decimal commas ("44 624,4"): the
    #     French AI market in cement, glass and ceramics plants by segment for 2023, 2024 and 2025e (a forecast), the
    #     rows adding to the Total each year. Expected nowhere: the table and note numbers, the date, the 27 cement
    #     works and 12 glass sites, the 14,6 Md€ industry sales, the 70 € carbon price.
    dict(
        text=(
            "Tableau 2 - Marché français de l'IA dans les cimenteries, verreries et usines de céramique "
            "(en milliers d'euros)\n"
            "| Segment | 2023 | 2024 | 2025e |\n"
            "|---|---|---|---|\n"
            "| Optimisation des fours et broyeurs | 21 486,3 | 26 912,8 | 33 140,5 |\n"
            "| Contrôle qualité par vision | 14 205,7 | 17 644,1 | 21 908,2 |\n"
            "| Maintenance prédictive | 8 932,4 | 11 207,6 | 13 985,0 |\n"
            "| Total | 44 624,4 | 55 764,5 | 69 033,7 |\n"
            "Source : Cabinet Verlaine Conseil, note n° 14, juin 2025. Le secteur compte 27 cimenteries et 12 sites "
            "verriers ; le chiffre d'affaires des industries du ciment, du verre et de la céramique atteint 14,6 Md€, "
            "et le quota de CO2 s'échangeait autour de 70 € la tonne."
        ),
        obs=[
            ("Optimisation des fours et broyeurs", 2023, 21486.3, "EUR thousand", "actual"),
            ("Optimisation des fours et broyeurs", 2024, 26912.8, "EUR thousand", "actual"),
            ("Optimisation des fours et broyeurs", 2025, 33140.5, "EUR thousand", "estimate"),
            ("Contrôle qualité par vision", 2023, 14205.7, "EUR thousand", "actual"),
            ("Contrôle qualité par vision", 2024, 17644.1, "EUR thousand", "actual"),
            ("Contrôle qualité par vision", 2025, 21908.2, "EUR thousand", "estimate"),
            ("Maintenance prédictive", 2023, 8932.4, "EUR thousand", "actual"),
            ("Maintenance prédictive", 2024, 11207.6, "EUR thousand", "actual"),
            ("Maintenance prédictive", 2025, 13985.0, "EUR thousand", "estimate"),
            ("Total", 2023, 44624.4, "EUR thousand", "actual"),
            ("Total", 2024, 55764.5, "EUR thousand", "actual"),
            ("Total", 2025, 69033.7, "EUR thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21 486,3 + 14 205,7 + 8 932,4 = 44 624,4
            ("hierarchy", "exact"),  # 2024: 26 912,8 + 17 644,1 + 11 207,6 = 55 764,5
            ("hierarchy", "exact"),  # 2025e: 33 140,5 + 21 908,2 + 13 985,0 = 69 033,7
        ],
    ),
    # 21. US software maker's earnings-call transcript ("Operator:", "Chief Financial Officer:"): the company sizes the
    #     total addressable market for AI process optimisation in North American cement plants (the Total) in 2024
    #     and 2030 with a CAGR over a printed span, and a part (kiln and calciner control) whose 44% share holds only
    #     by rounding. Expected nowhere: the call's date and ticker, the 58 and 41 plants, the company's fiscal 2024
    #     revenue of $96.4 million and its 34% growth, the $27.1 million fourth quarter, the 71% gross margin, the
    #     $124-128 million fiscal 2025 guidance, the analyst's name.
    dict(
        text=(
            "Kilnworks Analytics (NASDAQ: KLNW) Fourth Quarter and Fiscal 2024 Earnings Call, February 26, 2025\n"
            "Operator: Good afternoon, and welcome to the Kilnworks Analytics fourth-quarter and fiscal 2024 earnings "
            "call. Today's call is being recorded.\n"
            "Chief Executive Officer: Thank you. Our kiln and mill optimisation software now runs at 58 cement plants "
            "in the US and Mexico, up from 41 a year ago.\n"
            "Chief Financial Officer: Revenue for fiscal 2024 was $96.4 million, up 34% year on year, and "
            "fourth-quarter revenue was $27.1 million. Gross margin came in at 71%. Turning to the opportunity, we "
            "size the total addressable market for AI process optimisation in North American cement plants at $1.24 "
            "billion in 2024, and we expect it to reach $3.05 billion by 2030, a compound annual growth rate of 16.2% "
            "over 2024-2030. AI kiln and calciner control alone is $538 million of the 2024 figure, or 44% of the "
            "market. For fiscal 2025 we are guiding to revenue of $124 million to $128 million.\n"
            "Operator: Thank you. Our first question comes from Dana Whitfield with Ridgeback Capital."
        ),
        obs=[
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2030, 3.05, "USD billion", "estimate"),
            ("AI kiln and calciner control", 2024, 538, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.05 / 1.24) ** (1 / 6) - 1 = 16.18% -> 16.2
            # 538 / 1,240 = 43.39% -> 43, not 44; bounds 537.5 / 1,245 = 43.17%, 538.5 / 1,235 = 43.60% -> 44 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 22. Trade newsletter's "TL;DR" bullets with arrows and short forms: the global AI kiln and furnace optimisation
    #     market, $1.4bn ('24) -> $3.9bn by '30 with "~19% CAGR" (no span printed: inferred from the amounts' years)
    #     and a y/y rate from '23 that holds only by rounding. Expected nowhere: the issue number and date, the $38m
    #     Series B, the 61% of plant managers (a survey), the €70/t carbon price, the $152/t cement price, the Q4 '24
    #     $410m of contracts.
    dict(
        text=(
            "Kiln & Cullet Weekly, Issue #112, 14 March 2025\n"
            "TL;DR\n"
            "• Global AI kiln & furnace optimisation (cement + glass): $1.4bn ('24) → $3.9bn by '30 (~19% CAGR), per "
            "Brightquarry Research.\n"
            "• That's up from $1.1bn in '23, i.e. +30% y/y.\n"
            "• Funding: Tessera Vision raised a $38m Series B for tile-defect cameras.\n"
            "• Survey: 61% of plant managers call AI a 2025 budget priority.\n"
            "• EU carbon hovered near €70/t; US cement averaged $152/t.\n"
            "• Q4 '24 alone: kiln-AI vendors booked $410m of new contracts."
        ),
        obs=[
            ("Total", 2023, 1.1, "USD billion", "actual"),
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
            ("growth", 30, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.4) ** (1 / 6) - 1 = 18.62% -> 19
            # 1.4 / 1.1 - 1 = 27.27% -> 27, not 30; bounds 1.35 / 1.15 - 1 = 17.39%, 1.45 / 1.05 - 1 = 38.10% -> 30
            # reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Consultancy outlook copied from a PDF, the unit after each value in brackets ("640 (US$ m)"), a figure
    #     caption and a footnote: Europe's AI predictive maintenance of cement mills and kilns in 2023 and 2024 with a
    #     yoy rate, a 2029 projection whose CAGR (footnoted 14.5%) no reading reaches. Expected nowhere: the section
    #     and figure numbers, the caption's years, the 187 (Mt) of cement, the 212 plants, the footnote marker, the
    #     report title's year, the page number.
    dict(
        text=(
            "3.2 Market size\n"
            "Spending in Europe on AI predictive maintenance of cement mills and kilns reached 640 (US$ m) in 2024, "
            "up 16.8% from 548 (US$ m) in 2023. Vibration and thermal analytics for vertical roller mills and kiln "
            "shells made up most of it. Ardent Quarry Partners projects 1,210 (US$ m) in 2029, a compound annual "
            "growth rate of 14.5%¹ over 2024-2029 (Figure 3.4). Across the region some 187 (Mt) of cement came from "
            "212 integrated plants.\n"
            "Figure 3.4: Europe, AI predictive maintenance in cement, 2023-2029 (US$ m)\n"
            "¹ Computed in constant 2024 dollars. Source: Ardent Quarry Partners, Cement Digital Outlook 2025.\n"
            "41"
        ),
        obs=[
            ("Total", 2023, 548, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1210, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("cagr", 14.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 548) ** (1 / 1) - 1 = 16.79% -> 16.8
            # (1,210 / 640) ** (1 / 5) - 1 = 13.59% -> 13.6, not 14.5; bounds (1,209.5 / 640.5) ** (1/5) - 1 = 13.56%,
            # (1,210.5 / 639.5) ** (1/5) - 1 = 13.61% -> 14.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK government press release in "per cent" and "£bn" with a minister's quote: the UK market for AI energy
    #     and emissions management in cement, glass and ceramics plants in 2023 and 2024 (the 18 per cent holds only
    #     by rounding) and a 2030 forecast with its rate over a printed span. Expected nowhere: the publication date,
    #     the 14 cement works, the 30 glass furnaces, the 9,800 jobs, the £7.5 million competition, the 1.5 per cent
    #     of UK emissions, the £41 a tonne carbon price, the 8.1 million tonnes of cement.
    dict(
        text=(
            "Press release\n"
            "AI to cut emissions at Britain's cement, glass and ceramics works\n"
            "From: Department for Industry and Net Zero\n"
            "Published 3 June 2025\n"
            "New analysis published today shows the UK market for AI energy and emissions management in cement, "
            "glass and ceramics plants was worth £0.42bn in 2024, up 18 per cent from £0.36bn in 2023. The analysis, "
            "prepared for the department by Harrowgate Economics, expects the market to reach £1.1bn by 2030, growth "
            "of around 17 per cent a year over 2024 to 2030.\n"
            "Industry Minister Clare Danvers said: \"Our 14 cement works and 30 glass furnaces support 9,800 jobs, "
            "and cement alone makes up 1.5 per cent of UK emissions. Today I am opening a £7.5 million competition to "
            "help them put AI to work.\"\n"
            "Notes to editors: the UK carbon price averaged £41 a tonne last year, when British works made 8.1 million "
            "tonnes of cement."
        ),
        obs=[
            ("Total", 2023, 0.36, "GBP billion", "actual"),
            ("Total", 2024, 0.42, "GBP billion", "actual"),
            ("Total", 2030, 1.1, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 0.42 / 0.36 - 1 = 16.67% -> 17, not 18; bounds 0.415 / 0.365 - 1 = 13.70%, 0.425 / 0.355 - 1 = 19.72%
            # -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1.1 / 0.42) ** (1 / 6) - 1 = 17.41% -> 17
        ],
    ),
    # 25. LinkedIn post, one sentence a line, "✅" bullets and hashtags: Spain's AI quality inspection of ceramic
    #     tiles and sanitaryware in 2023 and 2024 with a yoy rate, the tiles part whose 72% holds only by rounding,
    #     a 2030 forecast with a CAGR over a printed span. Expected nowhere: the 64% of producers (a survey), the 45
    #     engineers, the €9 million Series A, the 480 million square metres of tiles, the "40" in a hashtag.
    dict(
        text=(
            "Spain's market for AI quality inspection of ceramic tiles and sanitaryware reached €212 million in "
            "2024.\n"
            "That is the headline of the new Azahar Industrial Insights report we helped launch on Tuesday.\n"
            "✅ Up 26% from €168 million in 2023.\n"
            "✅ Tiles account for €151 million, or 72% of the market.\n"
            "✅ The forecast is €540 million by 2030, a 17% CAGR over 2024-2030.\n"
            "✅ 64% of the producers surveyed plan to add AI cameras within two years.\n"
            "Our own team has grown to 45 engineers since we closed a €9 million Series A.\n"
            "Spain still makes about 480 million square metres of tiles a year, so there is plenty to inspect.\n"
            "#AI #ceramics #qualityinspection #Industry40 #Castellon"
        ),
        obs=[
            ("Total", 2023, 168, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2030, 540, "EUR million", "estimate"),
            ("Tiles", 2024, 151, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 72, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 168) ** (1 / 1) - 1 = 26.19% -> 26
            # 151 / 212 = 71.23% -> 71, not 72; bounds 150.5 / 212.5 = 70.82%, 151.5 / 211.5 = 71.63% -> 72 reached
            # only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (540 / 212) ** (1 / 6) - 1 = 16.86% -> 17
        ],
    ),
    # 26. Syndicated market-research release in the classic form: the global AI in cement manufacturing market
    #     valued in 2024, grown from 2025 to 2032 with a CAGR over the printed forecast period, and Asia Pacific's
    #     2024 value whose 46.5% share holds only by rounding. Expected nowhere: the dateline, the 190 pages, the 20
    #     companies profiled, the 4.1 billion tonnes of cement, the phone number.
    dict(
        text=(
            "Pune, India, April 22, 2025 (GLOBE NEWSWIRE) -- The global AI in cement manufacturing market was valued "
            "at USD 2.87 Billion in 2024 and is projected to grow from USD 3.25 Billion in 2025 to USD 7.94 Billion "
            "by 2032, exhibiting a CAGR of 13.6% during the forecast period (2025-2032), according to a new report by "
            "Vantage Meridian Research. Asia Pacific dominated the market with a value of USD 1.33 Billion in 2024, a "
            "share of 46.5%, as producers in China and India fitted AI kiln control and raw-mix planning to new "
            "lines. Worldwide, cement output held near 4.1 billion tonnes. The 190-page report profiles 20 companies, "
            "including Calcite Logic, Ferroquartz Systems and Hopper AI.\n"
            "Contact: Vantage Meridian Research, +1 646 555 0192"
        ),
        obs=[
            ("Total", 2024, 2.87, "USD billion", "actual"),
            ("Total", 2025, 3.25, "USD billion", "estimate"),
            ("Total", 2032, 7.94, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 1.33, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2025, 2032, None, "stated"),
            ("share", 46.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.94 / 3.25) ** (1 / 7) - 1 = 13.61% -> 13.6
            # 1.33 / 2.87 = 46.34% -> 46.3, not 46.5; bounds 1.325 / 2.875 = 46.09%, 1.335 / 2.865 = 46.60% -> 46.5
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Academic results paragraph, "billion USD" after the number and "(95% CI ...)" around two effect sizes: the
    #     global AI quality inspection market in flat glass in 2023 and 2030 with a CAGR over a printed span that no
    #     reading reaches, and Europe's 2023 part with its share. Expected nowhere: the section and table numbers, the
    #     312 float lines, the 38 countries, the 4.1% and 2.6% reductions and their confidence intervals.
    dict(
        text=(
            "4. Results\n"
            "Using plant-level deployment data for 312 float glass lines in 38 countries, we estimate the global "
            "market for AI-based quality inspection in flat glass production at 1.86 billion USD in 2023, rising to "
            "4.05 billion USD in 2030 under the baseline scenario, which corresponds to a compound annual growth rate "
            "of 12.4% over 2023-2030 (Table 2). Europe accounted for 0.61 billion USD of the 2023 total, a share of "
            "32.8%. At line level, deployment was associated with a 4.1% reduction in rejected glass (95% CI "
            "2.9-5.3%) and a 2.6% cut in furnace energy per tonne (95% CI 1.1-4.0%)."
        ),
        obs=[
            ("Total", 2023, 1.86, "USD billion", "actual"),
            ("Total", 2030, 4.05, "USD billion", "estimate"),
            ("Europe", 2023, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 12.4, "percent", 2023, 2030, None, "stated"),
            ("share", 32.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # (4.05 / 1.86) ** (1 / 7) - 1 = 11.76% -> 11.8, not 12.4; bounds (4.045 / 1.865) ** (1/7) - 1 = 11.70%,
            # (4.055 / 1.855) ** (1/7) - 1 = 11.82% -> 12.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 0.61 / 1.86 = 32.80% -> 32.8
        ],
    ),
    # 28. Nordic trade magazine with SEK amounts beside EUR figures: the Nordic market for AI process control and
    #     energy management in cement and mineral plants in 2024 and 2028 with a rate over a printed span, Sweden's
    #     2024 part with its share. Expected nowhere: the issue number, the maker's SEK 640 million revenue, the SEK 18
    #     million kiln controller, the SEK 45 million grant (SEK is no observation), the 2.9 million tonnes, the EUR
    #     70 carbon price, the 6 plants.
    dict(
        text=(
            "Nordisk Cementtidning, issue 3/2025\n"
            "Nordic cement makers turn to AI\n"
            "The Nordic market for AI process control and energy management in cement and mineral plants reached "
            "EUR 86 million in 2024 and should grow to EUR 142 million in 2028, an annual increase of 13.4 percent "
            "over 2024-2028, according to the Oslo consultancy Fjordline Analys. Sweden accounted for EUR 31 million, "
            "or 36 percent, in 2024. Kalkverk Norrby, which runs 2 of the region's 6 integrated plants, lifted its "
            "revenue to SEK 640 million last year and has ordered an AI kiln controller for SEK 18 million, helped by "
            "a SEK 45 million grant from the energy agency. With EU carbon allowances near EUR 70 a tonne, every "
            "percent of fuel saved on the region's 2.9 million tonnes of cement counts."
        ),
        obs=[
            ("Total", 2024, 86, "EUR million", "actual"),
            ("Total", 2028, 142, "EUR million", "estimate"),
            ("Sweden", 2024, 31, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2024, 2028, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 86) ** (1 / 4) - 1 = 13.36% -> 13.4
            ("arithmetic", "exact"),  # 31 / 86 = 36.05% -> 36
        ],
    ),
    # 29. Start-up funding article in the 36氪 manner: 亿元级 round and 同比翻番 revenue beside China's AI in cement
    #     market in 2024 and 2028 with a 约26% CAGR over a printed span, and the kiln-control part with its share.
    #     Expected nowhere: the 亿元级 B round, the company's revenue 同比翻番, the 120 lines, the 3 kg of coal per
    #     tonne, the 280元 clinker price, the founding year.
    dict(
        text=(
            "水泥窑炉AI优化企业「窑智科技」近日宣布完成亿元级B轮融资，由某产业基金领投。创始人介绍，公司成立于2019年，"
            "2024年营收同比翻番，产品已部署在全国超过120条熟料生产线上，可使吨熟料煤耗下降约3公斤。在熟料价格跌至每吨"
            "280元左右的背景下，降本成为水泥厂的刚需。据磐石产业研究院测算，2024年中国水泥行业AI应用市场规模为38.6亿元，"
            "预计2028年将达到97.2亿元，2024-2028年复合增长率约26%。其中，AI窑炉优化控制系统市场规模为15.1亿元，占比"
            "约39%。"
        ),
        obs=[
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2028, 97.2, "CNY 100 million", "estimate"),
            ("AI窑炉优化控制系统", 2024, 15.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (97.2 / 38.6) ** (1 / 4) - 1 = 25.97% -> 26
            ("arithmetic", "exact"),  # 15.1 / 38.6 = 39.12% -> 39
        ],
    ),
    # 30. 招股说明书 passage: China's AI visual inspection market in glass in 2021 and 2024 with 2021年至2024年的复合年增长率
    #     (exact), and a 2029 forecast whose 25.0% holds only by rounding. Expected nowhere: the company's revenue in
    #     the 报告期 (1.12, 1.68, 2.35亿元), its gross margins, the 87 customers, the 412 employees, the 10.2亿重量箱 of
    #     flat glass.
    dict(
        text=(
            "根据衡川咨询的资料，中国玻璃行业AI视觉质检市场规模由2021年的6.8亿元增长至2024年的15.9亿元，2021年至2024年"
            "的复合年增长率为32.7%。受益于浮法玻璃及光伏玻璃产线智能化改造，预计该市场规模将于2029年达到48.3亿元，"
            "2024年至2029年的复合年增长率为25.0%。报告期内，公司营业收入分别为1.12亿元、1.68亿元及2.35亿元，综合毛利率"
            "分别为58.3%、60.1%及61.2%；截至2024年末，公司累计服务客户87家，员工412人。2024年全国平板玻璃产量约10.2亿"
            "重量箱。"
        ),
        obs=[
            ("Total", 2021, 6.8, "CNY 100 million", "actual"),
            ("Total", 2024, 15.9, "CNY 100 million", "actual"),
            ("Total", 2029, 48.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.7, "percent", 2021, 2024, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.9 / 6.8) ** (1 / 3) - 1 = 32.73% -> 32.7
            # (48.3 / 15.9) ** (1 / 5) - 1 = 24.89% -> 24.9, not 25.0; bounds (48.25 / 15.95) ** (1/5) - 1 = 24.78%,
            # (48.35 / 15.85) ** (1/5) - 1 = 24.99% -> 25.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Provincial statistics bureau's release with 规模以上企业 营业收入 and output beside the AI market: the
    #     province's AI in building materials market in 2024 against 上年's base with a 21.3% rate no reading reaches,
    #     and the AI inspection part with its share. Expected nowhere: the 4,862.3亿元 revenue and its 3.1% fall,
    #     the 211.4亿元 profit, the 1.62亿吨 of cement, the 8,640万重量箱 of glass, the 312 ceramics firms.
    dict(
        text=(
            "岭东省统计局：2024年全省建材工业运行情况\n"
            "2024年，全省规模以上建材企业实现营业收入4,862.3亿元，同比下降3.1%；实现利润总额211.4亿元。全年水泥产量"
            "1.62亿吨，平板玻璃产量8,640万重量箱，年末规模以上陶瓷企业312家。据测算，2024年全省建材行业人工智能应用"
            "市场规模达到24.6亿元，比上年增长21.3%，上年为20.8亿元。其中，AI质量检测应用规模9.7亿元，占39.4%。"
        ),
        obs=[
            ("Total", 2023, 20.8, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("AI质量检测应用", 2024, 9.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 39.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 24.6 / 20.8 - 1 = 18.27% -> 18.3, not 21.3; bounds 24.55 / 20.85 - 1 = 17.75%, 24.65 / 20.75 - 1 =
            # 18.80% -> 21.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 9.7 / 24.6 = 39.43% -> 39.4
        ],
    ),
    # 32. Taiwan research institute's release (Traditional) in the 資策會MIC manner, mixing 新台幣 and 億美元: Taiwan's
    #     AI in glass and ceramics market in 2023 and 2024 with a yoy rate and a 2027 forecast with a CAGR over a
    #     printed span, all in 新台幣億元. Expected nowhere: the dateline, the report title, the 12.4億美元 of glass
    #     exports, the 2.5億美元 plant investment, the 62% of firms surveyed.
    dict(
        text=(
            "【新聞稿】2025年5月14日\n"
            "產業創新情報中心（IIC）今日發布《AI智慧製造：玻璃與陶瓷篇》研究指出，台灣玻璃與陶瓷產業AI應用市場2024年規模"
            "達新台幣42.5億元，較2023年的新台幣35.8億元成長18.7%；預估2027年將成長至新台幣71.8億元，2024至2027年年複合"
            "成長率為19.1%。IIC資深產業分析師指出，台灣平板玻璃及玻璃基板出口值2024年約12.4億美元，國際大廠亦宣布投資"
            "2.5億美元擴建南部面板玻璃廠。調查顯示，62%受訪業者計畫於兩年內導入AI瑕疵檢測。"
        ),
        obs=[
            ("Total", 2023, 35.8, "TWD 100 million", "actual"),
            ("Total", 2024, 42.5, "TWD 100 million", "actual"),
            ("Total", 2027, 71.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("cagr", 19.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.5 / 35.8) ** (1 / 1) - 1 = 18.72% -> 18.7
            ("cagr|implied", "exact"),  # (71.8 / 42.5) ** (1 / 3) - 1 = 19.10% -> 19.1
        ],
    ),
    # 33. Hong Kong 立法會 written question and answer (Traditional) in 百萬元 (HK$): Hong Kong's AI in cement, concrete
    #     and glass processing market in 2023 and 2024 with a yoy rate, and a 2028 forecast. Expected nowhere: the
    #     question number and date, the 23 funded projects and their 68百萬元, the 180萬公噸 of imported cement, the
    #     1,200 workers.
    dict(
        text=(
            "立法會十五題：人工智能在建材生產的應用\n"
            "以下是今日（五月二十一日）在立法會會議上黎志恒議員的提問和創新科技及工業局局長的書面答覆：\n"
            "問題：\n"
            "據悉，本港有水泥廠、預拌混凝土廠及玻璃加工廠採用人工智能優化生產。就此，政府可否告知本會過去兩年有關"
            "市場的規模？\n"
            "答覆：\n"
            "主席：\n"
            "（一）根據顧問機構港灣工業研究的估算，本港水泥、混凝土及玻璃加工業的人工智能應用市場規模於2024年為港幣486"
            "百萬元，較2023年的港幣412百萬元增長18.0%；該機構預計有關規模於2028年可達港幣820百萬元。\n"
            "（二）創新及科技基金自2022年起已資助23個相關項目，資助總額約港幣68百萬元。本港去年進口水泥約180萬公噸，"
            "相關行業僱用約1,200名工人。"
        ),
        obs=[
            ("Total", 2023, 412, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2028, 820, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486 / 412) ** (1 / 1) - 1 = 17.96% -> 18.0
        ],
    ),
    # 34. 微博 post with #话题# tags and 亿元: China's AI visual inspection market in ceramics in 2023 and 2024 with a
    #     同比 rate that holds only by rounding. Expected nowhere: the 3 lines, the 0.3% miss rate, the 200多万 saved
    #     by one factory, the 800×800 tile size and its price, the repost, comment and like counts.
    dict(
        text=(
            "#AI质检# #陶瓷# 刚刷到景德瓷研院的新报告：2024年中国陶瓷行业AI视觉质检市场规模27.3亿元，同比增长32%（2023年"
            "是20.6亿元）😮 佛山一家瓷砖厂的朋友说，他们厂3条线上了AI检测，漏检率降到0.3%以下，一年能省200多万。现在"
            "800×800的抛釉砖出厂价才每片十几块，不上AI真扛不住。#智能制造#\n"
            "转发 128 评论 46 赞 903"
        ),
        obs=[
            ("Total", 2023, 20.6, "CNY 100 million", "actual"),
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 27.3 / 20.6 - 1 = 32.52% -> 33, not 32; bounds 27.25 / 20.65 - 1 = 31.96%, 27.35 / 20.55 - 1 = 33.09%
            # -> 32 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Simplified news item with approximate amounts beside exact ones: China's AI in building materials market in
    #     2023 and 2024 with a yoy rate, and a 2030 forecast of 近千亿元 (expected at its printed 1,000亿元). Expected
    #     nowhere: the 超过2000亿元 of digital retrofit investment, the 3.6万家 firms, the 1,500余条 clinker lines, the
    #     95元 carbon price, the dateline.
    dict(
        text=(
            "本报讯（记者周明远）记者从中国建材数字化联盟获悉，2024年我国建材行业AI应用市场规模为236.8亿元，同比增长"
            "22.4%，2023年为193.5亿元。联盟预计，随着窑炉优化、智能质检和预测性维护加快普及，到2030年该市场规模有望达到"
            "近千亿元。“十四五”以来，建材行业数字化改造累计投资超过2000亿元，覆盖规模以上建材企业约3.6万家、水泥熟料"
            "生产线1,500余条。目前全国碳市场碳价约每吨95元，节能降碳的收益正在显现。"
        ),
        obs=[
            ("Total", 2023, 193.5, "CNY 100 million", "actual"),
            ("Total", 2024, 236.8, "CNY 100 million", "actual"),
            ("Total", 2030, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (236.8 / 193.5) ** (1 / 1) - 1 = 22.38% -> 22.4
        ],
    ),
    # 36. Broker's pipe table on India with a "Source:" row inside it and a "CAGR (2024–2030)" column (en dash):
    #     three applications and a Total in 2024 and 2030F with a CAGR each; the raw-mix row's 21.0% no reading
    #     reaches; 2024 adds exactly, 2030F only by rounding. Expected nowhere: the 690 Mtpa of capacity, the 148
    #     plants, the source's date.
    dict(
        text=(
            "India: AI in cement plants by application, 2024 and 2030F (US$ m)\n"
            "| Application | 2024 | 2030F | CAGR (2024–2030) |\n"
            "|---|---|---|---|\n"
            "| AI kiln and cooler optimisation | 118.4 | 357.1 | 20.2% |\n"
            "| AI raw-mix and quarry planning | 46.7 | 139.5 | 21.0% |\n"
            "| AI predictive maintenance of mills | 63.9 | 171.8 | 17.9% |\n"
            "| Total | 229.0 | 668.5 | 19.5% |\n"
            "| Source: Deccan Crest Securities estimates, 9 July 2025; India has 690 Mtpa of capacity in 148 "
            "integrated plants | | | |"
        ),
        obs=[
            ("AI kiln and cooler optimisation", 2024, 118.4, "USD million", "actual"),
            ("AI kiln and cooler optimisation", 2030, 357.1, "USD million", "estimate"),
            ("AI raw-mix and quarry planning", 2024, 46.7, "USD million", "actual"),
            ("AI raw-mix and quarry planning", 2030, 139.5, "USD million", "estimate"),
            ("AI predictive maintenance of mills", 2024, 63.9, "USD million", "actual"),
            ("AI predictive maintenance of mills", 2030, 171.8, "USD million", "estimate"),
            ("Total", 2024, 229.0, "USD million", "actual"),
            ("Total", 2030, 668.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (357.1 / 118.4) ** (1 / 6) - 1 = 20.20% -> 20.2
            # (139.5 / 46.7) ** (1 / 6) - 1 = 20.01% -> 20.0, not 21.0; bounds (139.45 / 46.75) ** (1/6) - 1 = 19.98%,
            # (139.55 / 46.65) ** (1/6) - 1 = 20.04% -> 21.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (171.8 / 63.9) ** (1 / 6) - 1 = 17.92% -> 17.9
            ("cagr|implied", "exact"),  # (668.5 / 229.0) ** (1 / 6) - 1 = 19.55% -> 19.5
            ("hierarchy", "exact"),  # 2024: 118.4 + 46.7 + 63.9 = 229.0
            # 2030F: 357.1 + 139.5 + 171.8 = 668.4, not 668.5; parts at most 668.55 and the total at least 668.45 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table whose rows are years (the US market for AI quality and process control in glass plants),
    #     columns "Market (US$ bn)" (the whole market: Total) and "Growth (%)": 2021-2024 actual, 2025E and 2026E
    #     estimates; 2023's 22.2 holds only by rounding, 2025E's 21.0 by no reading. Expected nowhere: the source's
    #     date, the 24.6 billion containers, the 38 float lines.
    dict(
        text=(
            "United States: AI quality and process control in glass plants\n"
            "| Year | Market (US$ bn) | Growth (%) |\n"
            "|---|---|---|\n"
            "| 2021 | 1.42 | — |\n"
            "| 2022 | 1.71 | 20.4 |\n"
            "| 2023 | 2.08 | 22.2 |\n"
            "| 2024 | 2.49 | 19.7 |\n"
            "| 2025E | 2.98 | 21.0 |\n"
            "| 2026E | 3.55 | 19.1 |\n"
            "Source: Prairie Sand Research, June 2025; E = estimate. US plants shipped 24.6 billion glass containers "
            "in 2024 from 38 float and container lines."
        ),
        obs=[
            ("Total", 2021, 1.42, "USD billion", "actual"),
            ("Total", 2022, 1.71, "USD billion", "actual"),
            ("Total", 2023, 2.08, "USD billion", "actual"),
            ("Total", 2024, 2.49, "USD billion", "actual"),
            ("Total", 2025, 2.98, "USD billion", "estimate"),
            ("Total", 2026, 3.55, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2021, 2022, 1.0),
            ("growth", 22.2, "percent", 2022, 2023, 1.0),
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
            ("growth", 19.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.71 / 1.42 - 1 = 20.42% -> 20.4
            # 2.08 / 1.71 - 1 = 21.64% -> 21.6, not 22.2; bounds 2.075 / 1.715 - 1 = 20.99%, 2.085 / 1.705 - 1 =
            # 22.29% -> 22.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2.49 / 2.08 - 1 = 19.71% -> 19.7
            # 2.98 / 2.49 - 1 = 19.68% -> 19.7, not 21.0; bounds 2.975 / 2.495 - 1 = 19.24%, 2.985 / 2.485 - 1 =
            # 20.12% -> 21.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 3.55 / 2.98 - 1 = 19.13% -> 19.1
        ],
    ),
    # 38. CSV whose first line is a (Traditional) title, then a blank line, then the header and rows: Taiwan's AI in
    #     glass by application in 新台幣億元 for 2023, 2024 and 2025F with a Total row; 2023 and 2024 add exactly,
    #     2025F only by rounding. Expected nowhere: the source's date, the 1,480億元 of glass industry revenue, the
    #     9 float lines.
    dict(
        text=(
            "臺灣玻璃產業AI應用市場規模，依應用別（新台幣億元）\n"
            "\n"
            "application,2023,2024,2025F\n"
            "AI furnace and batch optimisation,9.84,11.62,13.75\n"
            "AI glass defect inspection,7.36,8.91,10.84\n"
            "AI predictive maintenance,3.15,3.78,4.52\n"
            "Total,20.35,24.31,29.12\n"
            "資料來源：玉山產業研究，2025年3月；不含玻璃業年營收約新台幣1,480億元，全台浮法玻璃產線9條"
        ),
        obs=[
            ("AI furnace and batch optimisation", 2023, 9.84, "TWD 100 million", "actual"),
            ("AI furnace and batch optimisation", 2024, 11.62, "TWD 100 million", "actual"),
            ("AI furnace and batch optimisation", 2025, 13.75, "TWD 100 million", "estimate"),
            ("AI glass defect inspection", 2023, 7.36, "TWD 100 million", "actual"),
            ("AI glass defect inspection", 2024, 8.91, "TWD 100 million", "actual"),
            ("AI glass defect inspection", 2025, 10.84, "TWD 100 million", "estimate"),
            ("AI predictive maintenance", 2023, 3.15, "TWD 100 million", "actual"),
            ("AI predictive maintenance", 2024, 3.78, "TWD 100 million", "actual"),
            ("AI predictive maintenance", 2025, 4.52, "TWD 100 million", "estimate"),
            ("Total", 2023, 20.35, "TWD 100 million", "actual"),
            ("Total", 2024, 24.31, "TWD 100 million", "actual"),
            ("Total", 2025, 29.12, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.84 + 7.36 + 3.15 = 20.35
            ("hierarchy", "exact"),  # 2024: 11.62 + 8.91 + 3.78 = 24.31
            # 2025F: 13.75 + 10.84 + 4.52 = 29.11, not 29.12; parts at most 29.125 and the total at least 29.115 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Traditional Chinese table with a 年度 column in 民國 years (111年-114年 = 2022-2025) and a lone value column
    #     headed by its unit only (新台幣億元: the Total): Taiwan's AI quality inspection in ceramics and sanitaryware,
    #     114年 a 預估; 113年's 21.9% holds only by rounding. Expected nowhere: the source's date, the 新台幣180億元 of
    #     sanitaryware output, the 46 makers.
    dict(
        text=(
            "臺灣陶瓷與衛浴產業AI品質檢測市場\n"
            "| 年度 | 新台幣億元 | 年增率 |\n"
            "|---|---|---|\n"
            "| 111年 | 8.6 | — |\n"
            "| 112年 | 10.3 | 19.8% |\n"
            "| 113年 | 12.5 | 21.9% |\n"
            "| 114年（預估） | 15.4 | 23.2% |\n"
            "資料來源：鶯歌陶瓷產業研究室，114年4月。全台衛浴設備年產值約新台幣180億元，業者46家。"
        ),
        obs=[
            ("Total", 2022, 8.6, "TWD 100 million", "actual"),
            ("Total", 2023, 10.3, "TWD 100 million", "actual"),
            ("Total", 2024, 12.5, "TWD 100 million", "actual"),
            ("Total", 2025, 15.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.3 / 8.6 - 1 = 19.77% -> 19.8
            # 12.5 / 10.3 - 1 = 21.36% -> 21.4, not 21.9; bounds 12.45 / 10.35 - 1 = 20.29%, 12.55 / 10.25 - 1 =
            # 22.44% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 15.4 / 12.5 - 1 = 23.20% -> 23.2
        ],
    ),
    # 40. Fixed-width broker table on Japan (¥ billion), FY2023 and FY2024 with a YoY column, a negative growth in
    #     parentheses ("(3.2%)") and a footnote marker on the Total row: three segments and the Total, each with a
    #     yoy rate; the Total's 9.8% no reading reaches; both years add exactly. Expected nowhere: the report date,
    #     the ¥1.9 trillion of ceramics shipments, the 41 float lines, the footnote marker.
    dict(
        text=(
            "Japan: AI in ceramics and glass manufacturing by segment (¥ billion), as of May 2025\n"
            "Segment                        FY2023    FY2024       YoY\n"
            "AI kiln and furnace control      14.2      16.8     18.3%\n"
            "AI visual inspection             21.7      21.0    (3.2%)\n"
            "AI predictive maintenance         9.6      11.9     24.0%\n"
            "Total*                           45.5      49.7      9.8%\n"
            "* Software and services only; excludes ¥1.9 trillion of ceramics industry shipments. Japan runs 41 float "
            "and fine-ceramics lines covered here. Source: Kanda Securities."
        ),
        obs=[
            ("AI kiln and furnace control", 2023, 14.2, "JPY billion", "actual"),
            ("AI kiln and furnace control", 2024, 16.8, "JPY billion", "actual"),
            ("AI visual inspection", 2023, 21.7, "JPY billion", "actual"),
            ("AI visual inspection", 2024, 21.0, "JPY billion", "actual"),
            ("AI predictive maintenance", 2023, 9.6, "JPY billion", "actual"),
            ("AI predictive maintenance", 2024, 11.9, "JPY billion", "actual"),
            ("Total", 2023, 45.5, "JPY billion", "actual"),
            ("Total", 2024, 49.7, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.8 / 14.2 - 1 = 18.31% -> 18.3
            ("cagr|implied", "exact"),  # 21.0 / 21.7 - 1 = -3.23% -> -3.2
            ("cagr|implied", "exact"),  # 11.9 / 9.6 - 1 = 23.96% -> 24.0
            # 49.7 / 45.5 - 1 = 9.23% -> 9.2, not 9.8; bounds 49.65 / 45.55 - 1 = 9.00%, 49.75 / 45.45 - 1 = 9.46% ->
            # 9.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # FY2023: 14.2 + 21.7 + 9.6 = 45.5
            ("hierarchy", "exact"),  # FY2024: 16.8 + 21.0 + 11.9 = 49.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 12, 'rounding': 20, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Item 1. Business',
    '(in millions)',
    '*BRAXMOOR SEES',
    'FY3/2025',
    '¥ bn',
    'JPY 18.6 bn',
    'To ask the Secretary of State',
    'Answered by',
    '2024-25',
    'EUR 1,24 billion',
    '14,6 per cent',
    '$1.1–1.3 billion',
    'between 18 and 20 per cent',
    'USD mn 640',
    'USD bn 2.1',
    '> The global market',
    '千元',
    '市场规模达8600万元',
    '年均增长',
    '翻两番',
    '（達到86.4億元）',
    '民國113年',
    '兆元',
    '億港元',
    '百分之十二點五',
    'AIGC市场',
    'CAGR达35%',
    'TAM',
    '(USD m)',
    '2023A | 2024A | 2025E',
    '% of total',
    '单位：万元',
    '占比',
    '44 624,4',
    'Operator:',
    'Chief Financial Officer:',
    'TL;DR',
    "→ $3.9bn by '30",
    '640 (US$ m)',
    '18 per cent',
    '£0.42bn',
    '✅',
    '#ceramics',
    'exhibiting a CAGR of 13.6% during the forecast period',
    '(95% CI',
    'billion USD',
    'SEK 640 million',
    '亿元级',
    '同比翻番',
    '2021年至2024年的复合年增长率为',
    '规模以上建材企业实现营业收入',
    '億美元',
    '百萬元',
    '#AI质检#',
    '近千亿元',
    '超过2000亿元',
    '| Source:',
    'CAGR (2024–2030)',
    'Market (US$ bn)',
    'Growth (%)',
    '113年',
    '(3.2%)',
    'Total*',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 158
#: figures, 55 rates, 82 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 177, "rates_found": 57, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset271.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
