"""A two-hundred-and-seventieth check set for the extractor, written blind: AI in cement, glass and ceramics
manufacturing: AI kiln and furnace optimisation, AI quality inspection of float glass, tiles and sanitaryware, AI
predictive maintenance of mills and kilns, AI energy and emissions management in cement plants, AI quarry and raw-mix
planning; sized in money by research houses, cement and glass associations, industry ministries, makers' capital-markets
days and brokers, in the US, Mexico, the UK, Germany, France, Italy, Spain, Turkey, India, Japan, South Korea, mainland
China, Taiwan and Hong Kong. Distractors: total cement, glass or ceramics sales beside the AI part, tonnes of cement and
glass produced, counts of plants, kilns and workers, a tonne's price, a company's own revenue, orders or margin, a
funding round, a quarter's figures, survey percentages, a carbon price.

Snippets 1-20: Twenty snippets on AI in cement, glass and ceramics manufacturing: eight English prose texts (a US 10-K
Item 1 excerpt beside net sales in millions, wire flashes on Mexico, a Japanese maker's FY3/2025 material in ¥ bn, a UK
written answer in £m for 2024-25, a German glass association's release with decimal commas, an Indian $1.1–1.3 billion
range, a consultancy summary in USD mn and USD bn, a Korean forum answer quoting a report), seven Chinese prose texts (a
Hong Kong results announcement in 人民幣千元 and 億元, a Zibo market in 万元, a 政策解读 with 年均增长 and 翻两番, a broker's 研報 with its
amount in brackets, a Taiwan story with 兆元 and 民國 years, a Hong Kong news item in 億港元 with rates in words, a text with
TAM and CAGR) and five tables (an Italian web table with a wrapped header, a Korean Markdown table with 2023A-2025E and
% of total, a Spanish table with years as rows, a Chinese tab table in 万元 with 占比, a French pipe table in k€). Left out:
company sales, backlog, revenue and margins, headcounts, plant and firm counts, tonnes, prices, carbon prices, a funding
round, quarters, survey percentages, whole-industry sales, a poster's own guess, a price target. Inconsistent: 2 (CAGR),
5 (growth), 7 (CAGR), 11 (年均增长), 14 (2025 rate), 17 (2024A total). Only by rounding: 1 (share), 3 (CAGR), 4 (growth), 8
(CAGR), 12 (2024 rate), 15 (CAGR), 16 (share), 18, 19 and 20 (the last year's total).

Snippets 21-40: Twenty snippets on AI in cement, glass and ceramics manufacturing: eight English prose texts (an
earnings-call transcript sizing a kiln-AI addressable market, a newsletter TL;DR with arrows, PDF text with "640 (US$
m)", a caption and a footnote, a UK press release in per cent and £bn with a minister's quote, a LinkedIn post with ✅
bullets and hashtags, a classic syndicated release, an academic paragraph with 95% CIs and "billion USD", a Nordic trade
magazine with SEK beside EUR), seven Chinese prose texts (a 36氪-style funding story, a 招股说明书 passage, a 统计局-style
release, a Taiwan MIC-style release in 新台幣 and 億美元, a Hong Kong 立法會 reply in 百萬元, a Traditional 微博 post, an approximate
近千亿元 forecast) and five tables (a pipe table with a Source: row and an en-dash CAGR column, a Markdown table whose rows
are years, a CSV under a title line, a 民國-year Traditional table, a fixed-width table with bracketed negative growth and
a starred total). Left out: company revenue, guidance and margins, funding rounds, a quarter's revenue, tonnes, counts
of plants, kilns, workers and projects, survey percentages, tonne and carbon prices, confidence limits, SEK amounts,
total sector sales, report titles, issue and page numbers. Inconsistent: 23 (CAGR), 27 (CAGR), 30 (2024-2029 CAGR), 33
(growth), 37 (2024 growth), 40 (FY2024 total). Only by rounding: 24 (share), 25 (growth), 26 (CAGR), 29 (CAGR), 31
(growth), 36 (kiln CAGR), 37 (2023 growth), 38 (2025F total), 39 (114年 growth).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US maker's annual report on Form 10-K, "Item 1. Business" excerpt quoting a research firm: the US market for AI
    #    kiln and process optimization in cement plants in 2024 (actual), a 2031 forecast in another scale ($1.08
    #    billion, in the series' unit: 1080), a CAGR over a printed span, and a part (energy and emissions management)
    #    whose 23% share holds only by rounding. Expected nowhere: the report's fiscal year and date, the net sales "(in
    #    millions)" of $684.2 and $611.5, the $318.6 million backlog, the 2,140 employees, the roughly 90 plants, the
    #    103 million metric tons of cement.
    dict(
        text=(
            "Stonebridge Process Technologies, Inc.\n"
            "Annual Report on Form 10-K for the fiscal year ended December 31, 2024\n"
            "Item 1. Business\n"
            "Overview. We design and sell sensors, advanced process control and machine-learning software that help "
            "cement producers run kilns, clinker coolers and finish mills closer to their limits. Net sales (in "
            "millions) were $684.2 in fiscal 2024 and $611.5 in fiscal 2023. At December 31, 2024, our backlog was "
            "$318.6 million and we had approximately 2,140 full-time employees.\n"
            "Industry. According to Northbeam Analytics, the U.S. market for AI kiln and process optimization "
            "software in cement plants was $412 million in 2024 and is expected to reach $1.08 billion by 2031, a "
            "compound annual growth rate of 14.8% over 2024-2031. Energy and emissions management applications "
            "accounted for $97 million, or 23% of the 2024 market. The market serves roughly 90 operating cement "
            "plants; U.S. cement consumption was about 103 million metric tons in 2024."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2031, 1080, "USD million", "estimate"),
            ("Energy and emissions management applications", 2024, 97, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2031, None, "stated"),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1080 / 412) ** (1 / 7) - 1 = 14.76% -> 14.8
            # 97 / 412 = 23.54% -> 24, not 23; bounds 96.5 / 412.5 = 23.39%, 97.5 / 411.5 = 23.69% -> 23 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 2. Wire service's all-capitals flash headlines, each after an asterisk, then one normal sentence: Mexico's AI
    #    cement plant optimization market in 2024 (actual) and 2030 (forecast), a 2024-2030 CAGR that no reading
    #    reaches, and a part (kiln control software) with its share. Expected nowhere: the dateline, the 49.6 million
    #    tonnes of cement and its 2.1% fall, the 58% of 140 plant managers (a survey), the 1.8% share move and the
    #    42.15-peso share price.
    dict(
        text=(
            "*HALDEN SEES MEXICO AI CEMENT PLANT OPTIMIZATION MARKET AT $186M IN 2024\n"
            "*HALDEN SEES MEXICO MARKET REACHING $512M BY 2030\n"
            "*HALDEN SEES 2024-2030 CAGR OF 17.4%\n"
            "*HALDEN: KILN CONTROL SOFTWARE $79M OR 42% OF 2024 MARKET\n"
            "*MEXICO CEMENT OUTPUT FELL 2.1% TO 49.6M TONNES IN 2024\n"
            "*HALDEN SURVEY: 58% OF 140 PLANT MANAGERS PLAN AI KILN PILOTS\n"
            "MEXICO CITY, June 4 (Lexwire) - Halden Partners, a Monterrey-based industrial research firm, said its "
            "figures cover software, sensors and services for kiln control, energy management and quality prediction "
            "but leave out conventional automation; shares of Cementos del Norte rose 1.8% to 42.15 pesos after the "
            "report."
        ),
        obs=[
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2030, 512, "USD million", "estimate"),
            ("Kiln control software", 2024, 79, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (512 / 186) ** (1 / 6) - 1 = 18.38% -> 18.4, not 17.4; bounds (511.5 / 186.5) ** (1 / 6) - 1 = 18.31%,
            # (512.5 / 185.5) ** (1 / 6) - 1 = 18.46% -> 17.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 79 / 186 = 42.47% -> 42
        ],
    ),
    # 3. Japanese maker's English results and medium-term plan material with "¥ bn", "JPY 12.3 bn" and fiscal years
    #    ending in March (FY3/2024, FY3/2025, FY3/2030 -> 2024, 2025, 2030): the Japanese market for AI visual
    #    inspection of tiles, sanitaryware and glass with a year-on-year rate, and a FY3/2030 forecast whose CAGR holds
    #    only by rounding. Expected nowhere: the release date and ticker, the ¥ 184.6 bn net sales and its 4.2% rise,
    #    the ¥ 15.1 bn operating profit and 8.2% margin, the ¥ 41.3 bn order backlog, the 6,830 employees, the share
    #    of "about one third" (in words), the ROE and payout targets and FY3/2028.
    dict(
        text=(
            "Kisaragi Ceramics Holdings (TSE 5397) - FY3/2025 Financial Results and Medium-Term Plan, May 14, 2025\n"
            "Group results: net sales were ¥ 184.6 bn, up 4.2% year on year, and operating profit was ¥ 15.1 bn "
            "(operating margin 8.2%). The order backlog for inspection systems stood at ¥ 41.3 bn at the end of the "
            "year and the group had 6,830 employees.\n"
            "Market environment: According to our research, the Japanese market for AI visual inspection of tiles, "
            "sanitaryware and glass was JPY 12.3 bn in FY3/2025, up 16.0% from ¥ 10.6 bn in FY3/2024. We forecast "
            "¥ 21.5 bn in FY3/2030, a CAGR of 11.9% over FY3/2025-FY3/2030. Our share of this market is about one "
            "third.\n"
            "Medium-term plan: we target ROE of 10% or more and a payout ratio of 35% by FY3/2028."
        ),
        obs=[
            ("Total", 2024, 10.6, "JPY billion", "actual"),
            ("Total", 2025, 12.3, "JPY billion", "actual"),
            ("Total", 2030, 21.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.0, "percent", 2024, 2025, 1.0),
            ("cagr", 11.9, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.3 / 10.6) ** (1 / 1) - 1 = 16.04% -> 16.0
            # (21.5 / 12.3) ** (1 / 5) - 1 = 11.82% -> 11.8, not 11.9; bounds (21.45 / 12.35) ** (1 / 5) - 1 = 11.67%,
            # (21.55 / 12.25) ** (1 / 5) - 1 = 11.96% -> 11.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. UK parliamentary written answer ("To ask the Secretary of State ...", "Answered by ...") in £m with financial
    #    years 2023-24 and 2024-25 (counted as 2024 and 2025): spending on AI energy and emissions management in GB
    #    cement plants with a rate that holds only by rounding. Expected nowhere: the UIN and the dates, the £14.2m
    #    fund awards to three sites and 2022, the 10 plants, the 2,900 workers, the £36 UK ETS carbon price.
    dict(
        text=(
            "Cement Industry: Artificial Intelligence\n"
            "Question for Department for Energy Security and Net Zero, UIN 48213, tabled on 2 June 2025\n"
            "To ask the Secretary of State for Energy Security and Net Zero, what assessment he has made of the size "
            "of the market for artificial intelligence systems that manage energy use and emissions in cement plants "
            "in Great Britain.\n"
            "Answered by Tom Ashworth, Minister for Industrial Decarbonisation, on 10 June 2025\n"
            "Spending on AI-based energy and emissions management in cement plants in Great Britain was £38.6m in "
            "2024-25, an increase of 23.0% on the £31.4m spent in 2023-24. The Industrial Energy Transformation Fund "
            "has awarded £14.2m to three cement sites since 2022. There are 10 integrated cement plants in Great "
            "Britain employing around 2,900 people, and UK ETS allowances traded at an average of £36 per tonne of "
            "carbon dioxide in 2024."
        ),
        obs=[
            ("Total", 2024, 31.4, "GBP million", "actual"),
            ("Total", 2025, 38.6, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (38.6 / 31.4) ** (1 / 1) - 1 = 22.93% -> 22.9, not 23.0; bounds 38.55 / 31.45 - 1 = 22.58%,
            # 38.65 / 31.35 - 1 = 23.29% -> 23.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. German glass association's release in English with decimal commas in prose ("EUR 148,6 million", "14,6 per
    #    cent"): AI quality inspection and furnace control sales to German glassworks in 2023 and 2024 (actual), a
    #    2025 expectation (estimate), and a year-on-year rate that no reading reaches. Expected nowhere: the dateline,
    #    the EUR 11,8 billion glass industry sales, the 53.400 employees, the 7,4 million tonnes, the 62 per cent of
    #    companies (a survey), the EUR 38,50 gas price, the 86 members.
    dict(
        text=(
            "Glasforum Deutschland e.V. - Press release\n"
            "Berlin, 19 March 2025 - German glassworks bought AI-based quality inspection and furnace control "
            "systems worth EUR 148,6 million in 2024, a rise of 14,6 per cent on the EUR 131,2 million spent in "
            "2023, the association said today. Float glass lines made up the largest part of spending, followed by "
            "container glass. For 2025 the association expects sales of EUR 171,3 million. The German glass industry "
            "as a whole had sales of EUR 11,8 billion last year, employs 53.400 people and melted 7,4 million tonnes "
            "of glass. In a member survey, 62 per cent of companies said gas prices of around EUR 38,50 per megawatt "
            "hour were speeding up investment in furnace optimisation. Glasforum represents 86 member companies."
        ),
        obs=[
            ("Total", 2023, 131.2, "EUR million", "actual"),
            ("Total", 2024, 148.6, "EUR million", "actual"),
            ("Total", 2025, 171.3, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (148.6 / 131.2) ** (1 / 1) - 1 = 13.26% -> 13.3, not 14.6; bounds 148.55 / 131.25 - 1 = 13.18%,
            # 148.65 / 131.15 - 1 = 13.34% -> 14.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Indian business news item with a range "$1.1–1.3 billion" for 2030 (two value claims, no 2030 observation)
    #    and "between 18 and 20 per cent" (no claim), beside point figures for 2023 and 2024 with a year-on-year
    #    rate. Expected nowhere: the dateline, the 640 million tonnes of capacity, the 152 plants, the $18 million
    #    Series B round, the 41 per cent of plant heads (a survey).
    dict(
        text=(
            "Mumbai, 22 April 2025 - India's market for AI predictive maintenance of cement mills, kilns and crushers "
            "reached $0.42 billion in 2024, up 27.3% from $0.33 billion in 2023, according to Vantage Ridge "
            "Advisory. The firm says the market could reach $1.1–1.3 billion by 2030, which would mean growth of "
            "between 18 and 20 per cent a year. India has about 640 million tonnes of installed cement capacity, and "
            "the research covered 152 integrated plants. Kilnsight, a Pune start-up, raised $18 million in a Series B "
            "round this month, while 41 per cent of plant heads surveyed said unplanned mill stoppages were their "
            "largest avoidable cost."
        ),
        obs=[
            ("Total", 2023, 0.33, "USD billion", "actual"),
            ("Total", 2024, 0.42, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("value", 1.1, "USD billion", 2030, 2030, None),
            ("value", 1.3, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.42 / 0.33) ** (1 / 1) - 1 = 27.27% -> 27.3
        ],
    ),
    # 7. Consultancy executive summary with the unit before the number ("USD mn 640", "USD bn 2.1"): the global market
    #    for AI quarry and raw-mix planning in cement in 2024 and 2031 (USD bn 2.1 in the series' unit: 2100), a CAGR
    #    over a printed span that no reading reaches, and Turkey's part with its share. Expected nowhere: the report
    #    date, the third-quarter USD mn 172 bookings, the 4.1 billion tonnes, the 2,300 plants, the USD 48 clinker
    #    price.
    dict(
        text=(
            "Executive summary - Altavista Strategy Partners: Global AI in Cement, Quarry and Raw-Mix Planning "
            "(March 2025)\n"
            "Market size: USD mn 640 in 2024, rising to USD bn 2.1 by 2031 at a CAGR of 19.6% over 2024-2031.\n"
            "Turkey: USD mn 41 in 2024 or 6.4% of the global market, led by export plants on the Marmara coast.\n"
            "Context: world cement output was about 4.1 billion tonnes from some 2,300 integrated plants.\n"
            "Clinker traded near USD 48 per tonne, and our third-quarter 2024 tracker put vendor bookings at USD mn "
            "172."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2031, 2100, "USD million", "estimate"),
            ("Turkey", 2024, 41, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2031, None, "stated"),
            ("share", 6.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2100 / 640) ** (1 / 7) - 1 = 18.50% -> 18.5, not 19.6; bounds (2050 / 640.5) ** (1 / 7) - 1 = 18.09%,
            # (2150 / 639.5) ** (1 / 7) - 1 = 18.90% -> 19.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 41 / 640 = 6.41% -> 6.4
        ],
    ),
    # 8. Forum answer quoting a report in Markdown quote lines ("> ..."): South Korea's AI defect inspection market in
    #    glass and ceramics in 2024 and 2030 with a CAGR over a printed span that holds only by rounding; then the
    #    poster's own rough guess (USD 400 million by 2030, expected nowhere). Expected nowhere: the reply number, the
    #    11 float lines, the $1.2 million retrofit cost, the Q1 $0.3 million budget, the $4,950 report price.
    dict(
        text=(
            "Re: How big is the AI glass inspection market in Korea? (reply #6)\n"
            "Posted by furnace_guy_ulsan\n"
            "From the Hanbit Market Research summary:\n"
            "> South Korea's market for AI-based defect inspection in glass and ceramics manufacturing was USD 212 "
            "million in 2024\n"
            "> and is projected to reach USD 560 million by 2030, a CAGR of 17.5% over 2024-2030.\n"
            "Honestly that looks high to me. My own rough guess would be closer to USD 400 million by 2030, because "
            "most of the 11 float lines in Korea already run camera inspection and a full retrofit costs about $1.2 "
            "million per line. Our plant's Q1 inspection budget was only $0.3 million. The full report is $4,950 if "
            "anyone wants to buy it."
        ),
        obs=[
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2030, 560, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (560 / 212) ** (1 / 6) - 1 = 17.57% -> 17.6, not 17.5; bounds (559.5 / 212.5) ** (1 / 6) - 1 = 17.51%,
            # (560.5 / 211.5) ** (1 / 6) - 1 = 17.64% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. Hong Kong exchange results announcement (Traditional) whose company figures are in 人民幣千元 and whose
    #    industry overview sizes China's AI cement kiln optimisation market in 億元: 2020 and 2024 (actual) with a CAGR
    #    whose span only the amounts' years give (inferred), and a 2029 forecast with a CAGR over a printed span.
    #    Expected nowhere: the stock code, the company's revenue 386,452 and 344,118, its 12.3% rise, the gross profit
    #    and profit (人民幣千元), the 18.3億噸 of cement, the 1,126 employees, the announcement date.
    dict(
        text=(
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n"
            "華嶸智控控股有限公司（於開曼群島註冊成立之有限公司）（股份代號：2863）\n"
            "截至2024年12月31日止年度之全年業績公告\n"
            "財務摘要（人民幣千元）：收益為386,452，較2023年的344,118增加12.3%；毛利為141,276；本公司擁有人應佔溢利為"
            "52,907。\n"
            "行業概覽：根據獨立行業顧問恒嘉諮詢的資料，中國水泥行業AI窯爐優化解決方案市場規模由2020年的12.6億元增至2024年"
            "的38.4億元，年複合增長率為32.1%，預計2029年將達到96.5億元，2024年至2029年的年複合增長率為20.2%。2024年全國"
            "水泥產量約為18.3億噸。於2024年12月31日，本集團共有僱員1,126名。\n"
            "承董事會命 主席 梁志遠 香港，2025年3月27日"
        ),
        obs=[
            ("Total", 2020, 12.6, "CNY 100 million", "actual"),
            ("Total", 2024, 38.4, "CNY 100 million", "actual"),
            ("Total", 2029, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.1, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38.4 / 12.6) ** (1 / 4) - 1 = 32.13% -> 32.1
            ("cagr|implied", "exact"),  # (96.5 / 38.4) ** (1 / 5) - 1 = 20.24% -> 20.2
        ],
    ),
    # 10. Local news item (Simplified) on a small city market in 万元 ("市场规模达8600万元", CNY 10 thousand): Zibo's AI
    #     visual inspection market in ceramics in 2023 and 2024 with a year-on-year rate. Expected nowhere: the
    #     dateline, the 102 firms, the 460亿元 ceramics output, the 85万元 equipment price, the 67% of firms (a
    #     survey), the fourth-quarter export growth of 5.4%.
    dict(
        text=(
            "淄博日报讯（记者孙立新）2025年2月18日，淄博市陶瓷行业协会发布数据，2024年全市陶瓷行业AI视觉质检市场规模达"
            "8600万元，同比增长28.0%，2023年为6720万元。全市规上陶瓷企业102家，陶瓷产业总产值约460亿元；一套AI质检设备"
            "平均售价约85万元。协会调查显示，67%的企业计划在今年引入AI质检。去年四季度全市陶瓷出口额同比增长5.4%。"
        ),
        obs=[
            ("Total", 2023, 6720, "CNY 10 thousand", "actual"),
            ("Total", 2024, 8600, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8600 / 6720) ** (1 / 1) - 1 = 27.98% -> 28.0
        ],
    ),
    # 11. 政策解读 (Simplified) with 年均增长 and 翻两番: the national AI energy and carbon management market in building
    #     materials in 2024 (actual) and 2027 (预计, estimate), a 年均增长 whose span only the amounts' years give
    #     (inferred) and that no reading reaches, and a 2030 target of 翻两番 on 2024 (a multiple of 4 over six years,
    #     no verdict). Expected nowhere: the plan's title years, the 50 smart factories, the 85% rate (no share of the
    #     market), the 3% energy cut, the 98元 carbon price, the 18.3亿吨 of cement.
    dict(
        text=(
            "【政策解读】《建材行业人工智能应用三年行动方案（2025—2027年）》答记者问\n"
            "2025年1月，工业和信息化部等四部门联合印发《方案》。据测算，2024年全国建材行业人工智能能效与碳排放管理市场规模"
            "为52.8亿元，预计2027年达到98.6亿元，年均增长24.6%；到2030年，市场规模力争在2024年基础上翻两番。《方案》"
            "提出，到2027年建成50家以上智能工厂，重点企业关键工序数控化率达到85%，水泥熟料单位产品能耗下降3%。当前全国"
            "碳市场配额价格约为每吨98元，全国水泥产量约18.3亿吨。"
        ),
        obs=[
            ("Total", 2024, 52.8, "CNY 100 million", "actual"),
            ("Total", 2027, 98.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2027, None, "inferred"),
            ("multiple", 4, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            # (98.6 / 52.8) ** (1 / 3) - 1 = 23.14% -> 23.1, not 24.6; bounds (98.55 / 52.85) ** (1 / 3) - 1 = 23.08%,
            # (98.65 / 52.75) ** (1 / 3) - 1 = 23.20% -> 24.6 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 12. Hong Kong broker's 研報 (Traditional) that puts the amount in brackets after its rate ("同比增長31.2%（達到
    #     86.4億元）"): China's AI defect inspection market for flat glass in 2023 and 2024 (actual), the 2024 rate
    #     holding only by rounding, and a 2025 forecast (有望, estimate) with its rate. Expected nowhere: the report
    #     date, the 10.1億重量箱 of glass, the 1,850元 price, the leading firm's 18.7億元 revenue and 46.2% margin, the
    #     38.5港元 target price and its 27% upside.
    dict(
        text=(
            "中泰國際證券研究部 2025年4月8日 行業深度報告：平板玻璃AI缺陷檢測\n"
            "我們測算，2024年中國平板玻璃AI缺陷檢測市場規模同比增長31.2%（達到86.4億元），2023年為65.9億元；預計2025年"
            "市場規模有望達到112.6億元，同比增長30.3%。2024年全國平板玻璃產量為10.1億重量箱，浮法玻璃均價約每噸1,850元。"
            "龍頭企業旗鑒科技2024年營收為18.7億元，毛利率46.2%，我們給予「買入」評級，目標價38.5港元，較現價有27%上行空間。"
        ),
        obs=[
            ("Total", 2023, 65.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 112.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("growth", 30.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (86.4 / 65.9) ** (1 / 1) - 1 = 31.11% -> 31.1, not 31.2; bounds 86.35 / 65.95 - 1 = 30.93%,
            # 86.45 / 65.85 - 1 = 31.28% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (112.6 / 86.4) ** (1 / 1) - 1 = 30.32% -> 30.3
        ],
    ),
    # 13. Taiwan news story (Traditional) mixing 兆元 and 億元 with 民國 years (民國112年, 113年, 115年 -> 2023, 2024,
    #     2026): Taiwan's AI defect inspection and process optimisation market in glass and ceramics with a yearly rate
    #     and a 2026 forecast (預估) with a CAGR over a printed span. Expected nowhere: the dateline, the 24.6兆元
    #     manufacturing output, the 1,050萬公噸 of cement, the 320 firms, a glass maker's first-quarter revenue growth.
    dict(
        text=(
            "【工商時報／記者陳怡君／台北報導】2025-05-06\n"
            "建材業加速導入AI。台灣材料產業智慧化推動中心統計，民國113年台灣玻璃及陶瓷業AI瑕疵檢測與製程優化市場規模達"
            "新台幣14.2億元，較民國112年的11.8億元成長20.3%；預估民國115年將達20.8億元，民國113至115年年複合成長率為"
            "21.0%。相較台灣製造業年產值約新台幣24.6兆元，AI應用規模仍小。全台水泥年產量約1,050萬公噸，玻璃與陶瓷相關廠商"
            "約320家；某玻璃大廠今年第一季營收年增6.8%。"
        ),
        obs=[
            ("Total", 2023, 11.8, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2026, 20.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
            ("cagr", 21.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.8) ** (1 / 1) - 1 = 20.34% -> 20.3
            ("cagr|implied", "exact"),  # (20.8 / 14.2) ** (1 / 2) - 1 = 21.03% -> 21.0
        ],
    ),
    # 14. Hong Kong financial news item (Traditional) in 億港元 with rates spelled in words ("增長百分之十二點五" is
    #     12.5%): Asia-Pacific's AI kiln and energy management market for cement plants 前年 (2023), 去年 (2024) and
    #     今年 (2025, estimate), the 2024 rate exact and the 2025 rate (百分之十三點八) reached by no reading. Expected
    #     nowhere: the dateline, the stock code, the group's 62.4億港元 revenue and its 3.1% fall, the 1,280萬噸 of
    #     cement sold, the 3,400 staff, the 3.42港元 share price and its 2.4% rise.
    dict(
        text=(
            "【明鏡財經】2025年3月20日\n"
            "港灣建材集團（股份代號：1629）昨日公布全年業績。集團引述顧問公司雅博研究的數據指，亞太區水泥廠AI窯爐及能源管理"
            "市場規模去年達48.6億港元，增長百分之十二點五，前年為43.2億港元；預計今年將達55.1億港元，增長百分之十三點八。"
            "集團去年收入為62.4億港元，按年減少百分之三點一，水泥銷量1,280萬噸，員工約3,400人。集團股價昨日收報3.42港元，"
            "升百分之二點四。"
        ),
        obs=[
            ("Total", 2023, 43.2, "HKD 100 million", "actual"),
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2025, 55.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("growth", 13.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 43.2) ** (1 / 1) - 1 = 12.50% -> 12.5
            # (55.1 / 48.6) ** (1 / 1) - 1 = 13.37% -> 13.4, not 13.8; bounds 55.05 / 48.65 - 1 = 13.16%,
            # 55.15 / 48.55 - 1 = 13.59% -> 13.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Simplified feature mixing English market names ("AIGC市场" with no figure, "TAM", "CAGR达35%"): China's TAM for
    #     AI visual inspection in ceramics and sanitaryware in 2024 (约, at its printed figure) and 2028 (forecast),
    #     with a CAGR over a printed span that holds only by rounding. Expected nowhere: the 12% penetration rate, the
    #     300万元 retrofit cost, the 126 firms, a maker's Q3 revenue growth.
    dict(
        text=(
            "AI质检：陶瓷卫浴的下一个增长点\n"
            "2025年3月，受AIGC市场热潮带动，工业视觉大模型开始进入陶瓷卫浴产线。据星衡咨询测算，中国陶瓷卫浴AI视觉质检的"
            "TAM在2024年约为28.5亿元，到2028年将扩大至96.2亿元，2024—2028年CAGR达35%。目前头部企业AI质检渗透率仅为12%，"
            "单条产线改造成本约300万元，样本覆盖126家企业。某上市卫浴企业Q3营收同比增长4.6%。"
        ),
        obs=[
            ("Total", 2024, 28.5, "CNY 100 million", "actual"),
            ("Total", 2028, 96.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (96.2 / 28.5) ** (1 / 4) - 1 = 35.54% -> 36, not 35; bounds (96.15 / 28.55) ** (1 / 4) - 1 = 35.47%,
            # (96.25 / 28.45) ** (1 / 4) - 1 = 35.62% -> 35 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Table copied from a web page, cells set apart by runs of spaces, its header wrapping onto two lines ("Market
    #     size" over "(USD m)"): Italy's AI in ceramic tile manufacturing by application in 2024, a Total row and a
    #     share column (the Total's 100.0 is no claim); the kiln optimisation share holds only by rounding, the rows
    #     add to the Total. Expected nowhere: the source's date, the 390 million square metres, the 128 tile makers,
    #     their EUR 6.4 billion sales.
    dict(
        text=(
            "Italy: AI in ceramic tile manufacturing by application, 2024\n"
            "Application                    Market size    Share of\n"
            "                               (USD m)        total (%)\n"
            "AI kiln optimisation           142.8          38.1\n"
            "AI tile quality inspection     156.3          41.8\n"
            "AI predictive maintenance       75.2          20.1\n"
            "Total                          374.3         100.0\n"
            "Source: Collina Research, January 2025. Italy made about 390 million square metres of tiles in 2024; the "
            "country's 128 tile makers had combined sales of EUR 6.4 billion."
        ),
        obs=[
            ("AI kiln optimisation", 2024, 142.8, "USD million", "actual"),
            ("AI tile quality inspection", 2024, 156.3, "USD million", "actual"),
            ("AI predictive maintenance", 2024, 75.2, "USD million", "actual"),
            ("Total", 2024, 374.3, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.1, "percent", 2024, 2024, None),
            ("share", 41.8, "percent", 2024, 2024, None),
            ("share", 20.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 142.8 / 374.3 = 38.152% -> 38.2, not 38.1; bounds 142.75 / 374.35 = 38.133%, 142.85 / 374.25 = 38.170%
            # -> 38.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 156.3 / 374.3 = 41.76% -> 41.8
            ("arithmetic", "exact"),  # 75.2 / 374.3 = 20.09% -> 20.1
            ("hierarchy", "exact"),  # 2024: 142.8 + 156.3 + 75.2 = 374.3
        ],
    ),
    # 17. Markdown table (South Korea, USD m) with "2023A | 2024A | 2025E" columns, segments as rows, a Total row and a
    #     "% of total" column for 2025E (the Total's 100.0 is no claim): 2023A and 2025E add up, the 2024A Total is
    #     reached by no reading. Expected nowhere: the KRW 1,364 exchange rate, the source's date, the 1.9 million
    #     tonnes of flat glass, the 11 float lines.
    dict(
        text=(
            "South Korea: AI inspection and process control in glass manufacturing (USD m)\n"
            "| Segment | 2023A | 2024A | 2025E | % of total |\n"
            "|---|---|---|---|---|\n"
            "| Float and display glass inspection | 96.4 | 118.7 | 142.5 | 59.9 |\n"
            "| Container glass inspection | 38.2 | 45.9 | 54.8 | 23.0 |\n"
            "| Furnace optimisation | 27.5 | 33.1 | 40.6 | 17.1 |\n"
            "| Total | 162.1 | 199.7 | 237.9 | 100.0 |\n"
            "Note: % of total refers to 2025E; converted at KRW 1,364 per USD. Source: Daeyang Securities, 14 May "
            "2025. Korea produced about 1.9 million tonnes of flat glass in 2024 on 11 float lines."
        ),
        obs=[
            ("Float and display glass inspection", 2023, 96.4, "USD million", "actual"),
            ("Float and display glass inspection", 2024, 118.7, "USD million", "actual"),
            ("Float and display glass inspection", 2025, 142.5, "USD million", "estimate"),
            ("Container glass inspection", 2023, 38.2, "USD million", "actual"),
            ("Container glass inspection", 2024, 45.9, "USD million", "actual"),
            ("Container glass inspection", 2025, 54.8, "USD million", "estimate"),
            ("Furnace optimisation", 2023, 27.5, "USD million", "actual"),
            ("Furnace optimisation", 2024, 33.1, "USD million", "actual"),
            ("Furnace optimisation", 2025, 40.6, "USD million", "estimate"),
            ("Total", 2023, 162.1, "USD million", "actual"),
            ("Total", 2024, 199.7, "USD million", "actual"),
            ("Total", 2025, 237.9, "USD million", "estimate"),
        ],
        claims=[
            ("share", 59.9, "percent", 2025, 2025, None),
            ("share", 23.0, "percent", 2025, 2025, None),
            ("share", 17.1, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 142.5 / 237.9 = 59.90% -> 59.9
            ("arithmetic", "exact"),  # 54.8 / 237.9 = 23.03% -> 23.0
            ("arithmetic", "exact"),  # 40.6 / 237.9 = 17.07% -> 17.1
            ("hierarchy", "exact"),  # 2023A: 96.4 + 38.2 + 27.5 = 162.1
            # 2024A: 118.7 + 45.9 + 33.1 = 197.7, not 199.7; parts at most 197.85 and the total at least 199.65 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 142.5 + 54.8 + 40.6 = 237.9
        ],
    ),
    # 18. Markdown table (Spain, EUR m) with years as rows (2025F a forecast), segments as columns and a Total column
    #     last (items: the column headers): 2022-2024 add exactly, 2025F only by rounding. Expected nowhere: the
    #     source's date, the 15.4 million tonnes of cement, the 130 companies and 16,000 workers.
    dict(
        text=(
            "Spain: AI in cement and ceramics plants by application (EUR m)\n"
            "| Year | Kiln optimisation | Quality inspection | Predictive maintenance | Total |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 21.4 | 18.6 | 9.8 | 49.8 |\n"
            "| 2023 | 25.9 | 22.3 | 12.1 | 60.3 |\n"
            "| 2024 | 31.2 | 26.8 | 14.7 | 72.7 |\n"
            "| 2025F | 37.0 | 31.9 | 17.6 | 86.6 |\n"
            "Source: Meseta Consultores, February 2025. Spanish cement consumption was 15.4 million tonnes in 2024; "
            "the Castellón tile cluster counts about 130 companies and 16,000 workers."
        ),
        obs=[
            ("Kiln optimisation", 2022, 21.4, "EUR million", "actual"),
            ("Kiln optimisation", 2023, 25.9, "EUR million", "actual"),
            ("Kiln optimisation", 2024, 31.2, "EUR million", "actual"),
            ("Kiln optimisation", 2025, 37.0, "EUR million", "estimate"),
            ("Quality inspection", 2022, 18.6, "EUR million", "actual"),
            ("Quality inspection", 2023, 22.3, "EUR million", "actual"),
            ("Quality inspection", 2024, 26.8, "EUR million", "actual"),
            ("Quality inspection", 2025, 31.9, "EUR million", "estimate"),
            ("Predictive maintenance", 2022, 9.8, "EUR million", "actual"),
            ("Predictive maintenance", 2023, 12.1, "EUR million", "actual"),
            ("Predictive maintenance", 2024, 14.7, "EUR million", "actual"),
            ("Predictive maintenance", 2025, 17.6, "EUR million", "estimate"),
            ("Total", 2022, 49.8, "EUR million", "actual"),
            ("Total", 2023, 60.3, "EUR million", "actual"),
            ("Total", 2024, 72.7, "EUR million", "actual"),
            ("Total", 2025, 86.6, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 21.4 + 18.6 + 9.8 = 49.8
            ("hierarchy", "exact"),  # 2023: 25.9 + 22.3 + 12.1 = 60.3
            ("hierarchy", "exact"),  # 2024: 31.2 + 26.8 + 14.7 = 72.7
            # 2025F: 37.0 + 31.9 + 17.6 = 86.5, not 86.6; parts at most 86.65 and the total at least 86.55 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Chinese table under "单位：万元" with tab-separated cells, segments as rows for 2023年 and 2024年, a 合计 row and
    #     a 2024年占比 column (合计's 100.0% is no claim): the shares hold exactly, 2023 adds exactly, 2024 only by
    #     rounding. Expected nowhere: the source's date, the 1.46亿吨 of cement, the 2870 firms, the 1650元 glass price.
    dict(
        text=(
            "2024年山东省建材行业人工智能应用市场结构\n"
            "单位：万元\n"
            "细分领域\t2023年\t2024年\t2024年占比\n"
            "水泥窑炉智能优化\t6418\t8142\t36.2%\n"
            "玻璃缺陷AI检测\t5184\t6733\t29.9%\n"
            "陶瓷AI质检\t3957\t4872\t21.6%\n"
            "设备预测性维护\t2311\t2762\t12.3%\n"
            "合计\t17870\t22510\t100.0%\n"
            "资料来源：鲁建产业研究院，2025年3月。注：2024年山东省水泥产量约1.46亿吨，规上建材企业2870家，平板玻璃价格约每吨"
            "1650元。"
        ),
        obs=[
            ("水泥窑炉智能优化", 2023, 6418, "CNY 10 thousand", "actual"),
            ("水泥窑炉智能优化", 2024, 8142, "CNY 10 thousand", "actual"),
            ("玻璃缺陷AI检测", 2023, 5184, "CNY 10 thousand", "actual"),
            ("玻璃缺陷AI检测", 2024, 6733, "CNY 10 thousand", "actual"),
            ("陶瓷AI质检", 2023, 3957, "CNY 10 thousand", "actual"),
            ("陶瓷AI质检", 2024, 4872, "CNY 10 thousand", "actual"),
            ("设备预测性维护", 2023, 2311, "CNY 10 thousand", "actual"),
            ("设备预测性维护", 2024, 2762, "CNY 10 thousand", "actual"),
            ("合计", 2023, 17870, "CNY 10 thousand", "actual"),
            ("合计", 2024, 22510, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 36.2, "percent", 2024, 2024, None),
            ("share", 29.9, "percent", 2024, 2024, None),
            ("share", 21.6, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8142 / 22510 = 36.17% -> 36.2
            ("arithmetic", "exact"),  # 6733 / 22510 = 29.91% -> 29.9
            ("arithmetic", "exact"),  # 4872 / 22510 = 21.64% -> 21.6
            ("arithmetic", "exact"),  # 2762 / 22510 = 12.27% -> 12.3
            ("hierarchy", "exact"),  # 2023: 6418 + 5184 + 3957 + 2311 = 17870
            # 2024: 8142 + 6733 + 4872 + 2762 = 22509, not 22510; parts at most 22511 and the total at least 22509.5
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. French pipe table with spaces between thousands and decimal commas ("18 412,6", en milliers d'euros, EUR
    #     thousand): France's AI market in cement, lime and glass by segment for 2023, 2024 and 2025 (p), a forecast,
    #     with a Total row: 2023 and 2024 add exactly, 2025 only by rounding. Expected nowhere: the source's date, the
    #     15,8 millions de tonnes of cement, the 65,20 € carbon price, the 24 cement works.
    dict(
        text=(
            "Marché français de l'IA dans le ciment, la chaux et le verre, par segment\n"
            "(en milliers d'euros ; 2025 : prévision)\n"
            "| Segment | 2023 | 2024 | 2025 (p) |\n"
            "|---|---|---|---|\n"
            "| Optimisation des fours | 18 412,6 | 22 305,8 | 26 940,2 |\n"
            "| Inspection qualité du verre | 14 087,3 | 16 954,1 | 20 318,7 |\n"
            "| Maintenance prédictive | 9 215,4 | 11 276,9 | 13 802,5 |\n"
            "| Total | 41 715,3 | 50 536,8 | 61 061,5 |\n"
            "Source : Observatoire Minéral Conseil, février 2025. La France a produit 15,8 millions de tonnes de "
            "ciment en 2024 ; le quota de CO2 s'échangeait autour de 65,20 € la tonne ; la filière compte 24 "
            "cimenteries."
        ),
        obs=[
            ("Optimisation des fours", 2023, 18412.6, "EUR thousand", "actual"),
            ("Optimisation des fours", 2024, 22305.8, "EUR thousand", "actual"),
            ("Optimisation des fours", 2025, 26940.2, "EUR thousand", "estimate"),
            ("Inspection qualité du verre", 2023, 14087.3, "EUR thousand", "actual"),
            ("Inspection qualité du verre", 2024, 16954.1, "EUR thousand", "actual"),
            ("Inspection qualité du verre", 2025, 20318.7, "EUR thousand", "estimate"),
            ("Maintenance prédictive", 2023, 9215.4, "EUR thousand", "actual"),
            ("Maintenance prédictive", 2024, 11276.9, "EUR thousand", "actual"),
            ("Maintenance prédictive", 2025, 13802.5, "EUR thousand", "estimate"),
            ("Total", 2023, 41715.3, "EUR thousand", "actual"),
            ("Total", 2024, 50536.8, "EUR thousand", "actual"),
            ("Total", 2025, 61061.5, "EUR thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18 412,6 + 14 087,3 + 9 215,4 = 41 715,3
            ("hierarchy", "exact"),  # 2024: 22 305,8 + 16 954,1 + 11 276,9 = 50 536,8
            # 2025 (p): 26 940,2 + 20 318,7 + 13 802,5 = 61 061,4, not 61 061,5; parts at most 61 061,55 and the total
            # at least 61 061,45 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Earnings-call transcript of an invented US kiln-software maker ("Operator:", "Chief Financial Officer:"): the
    #     CFO sizes the global addressable market for AI kiln and furnace optimisation (the market, Total) in 2024 and
    #     2030 with a CAGR over a printed span, and cement kilns' part with its share. Expected nowhere: the call's
    #     date and fiscal year in the title, the 57 plants in 9 countries, the $61.4 million fourth-quarter revenue,
    #     the $212 million full-year revenue and its 31% rise, the 71% gross margin, the $270-280 million guidance.
    dict(
        text=(
            "Calcitra Systems (NASDAQ: CLCT) fourth-quarter fiscal 2024 earnings call, 20 February 2025\n"
            "Operator: Good afternoon and welcome to the Calcitra Systems fourth-quarter fiscal 2024 earnings call. "
            "All participants are in listen-only mode.\n"
            "Chief Executive Officer: Thank you. Our kiln and furnace optimisation software now runs at 57 cement, "
            "glass and ceramics plants in 9 countries.\n"
            "Chief Financial Officer: Fourth-quarter revenue was $61.4 million, and full-year revenue rose 31% to "
            "$212 million, with a gross margin of 71%. For fiscal 2025 we guide to revenue of $270 million to $280 "
            "million. Turning to the opportunity, we size the global addressable market for AI kiln and furnace "
            "optimisation in cement, glass and ceramics at $2.8 billion in 2024, rising to $6.1 billion in 2030, a "
            "compound annual growth rate of 13.9% over 2024-2030. Cement kilns are the largest piece, $1.63 billion "
            "of the 2024 figure, or 58%.\n"
            "Operator: Our first question comes from Dana Whitlow at Harlow & Finch."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
            ("Cement kilns", 2024, 1.63, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 13.9, "percent", 2024, 2030, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 2.8) ** (1 / 6) - 1 = 13.86% -> 13.9
            ("arithmetic", "exact"),  # 1.63 / 2.8 = 58.21% -> 58
        ],
    ),
    # 22. Industrial-AI newsletter's "TL;DR" line with arrows and short forms: float-glass AI inspection (the market,
    #     Total) "$1.4bn ('24) → $3.9bn by '30 (~19% CAGR)", a CAGR whose span only the amounts' years give
    #     (inferred), and a second market (tiles & sanitaryware inspection) of its own name. Expected nowhere: the
    #     issue number and date, the $48M Series B, the 63% of float-line managers (a poll), the ~78 Mt of flat glass,
    #     the ~$310/t soda ash price, the 2026 of the poll.
    dict(
        text=(
            "The Batch Plant, weekly notes on industrial AI, issue #118, 7 March 2025\n"
            "TL;DR: AI quality inspection for float glass: $1.4bn ('24) → $3.9bn by '30 (~19% CAGR). Tiles & "
            "sanitaryware inspection: $0.9bn ('24) → $2.2bn ('30). Vitrosense raised a $48M Series B; 63% of "
            "float-line managers in our poll plan to add AI cameras by '26.\n"
            "Why it matters: the world makes ~78 Mt of flat glass a year and soda ash still costs ~$310/t, so every "
            "rejected plate is expensive. Inline cameras that catch bubbles, stones and tin defects before the "
            "cutting bridge pay back fast."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
            ("Tiles & sanitaryware inspection", 2024, 0.9, "USD billion", "actual"),
            ("Tiles & sanitaryware inspection", 2030, 2.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.4) ** (1 / 6) - 1 = 18.62% -> 19
        ],
    ),
    # 23. Text copied from a US research house's PDF where the unit follows the value in brackets ("640 (US$ m)"),
    #     between a figure caption and a footnote: 2024 (actual) and 2029 (forecast), a CAGR over a printed span that
    #     no reading reaches, and vertical roller mills' part with its share. Expected nowhere: the figure and section
    #     numbers, the footnote's number and its January 2025, the appendix table, the page number, the 92 plants,
    #     the 91 million tonnes, the $162 per tonne price.
    dict(
        text=(
            "Figure 3.2: US AI predictive maintenance of cement mills and kilns, 2024 and 2029 (US$ m)\n"
            "3.2 Market size\n"
            "Our bottom-up model puts the US market for AI predictive maintenance of cement mills and kilns at 640 "
            "(US$ m) in 2024, rising to 1,120 (US$ m) in 2029, a CAGR of 12.2% over 2024-2029.¹ Vertical roller "
            "mills made up 236 (US$ m) of the 2024 total, or 37%. The country's 92 integrated cement plants produced "
            "about 91 million tonnes in 2024, and the average mill price of portland cement was $162 per tonne.\n"
            "¹ Forecast as of January 2025; base year 2024. See Appendix B, Table B4.\n"
            "Ridgeway Industrial Research, page 27"
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1120, "USD million", "estimate"),
            ("Vertical roller mills", 2024, 236, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 12.2, "percent", 2024, 2029, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1120 / 640) ** (1 / 5) - 1 = 11.84% -> 11.8, not 12.2; bounds (1119.5 / 640.5) ** (1/5) - 1 = 11.82%,
            # (1120.5 / 639.5) ** (1/5) - 1 = 11.87% -> 12.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 236 / 640 = 36.88% -> 37
        ],
    ),
    # 24. UK government press release in "per cent" and "£bn" with a minister's quote: 2024 (actual) and 2030
    #     (forecast) with a CAGR over a printed span, and glassmaking's part whose 37 per cent holds only by
    #     rounding. Expected nowhere: the publication date, the £20 million fund round, the 46,000 people and 310
    #     sites, the 11 million tonnes of CO2, the £37 per tonne carbon price, the minister's "one in four" and 2030.
    dict(
        text=(
            "Press release\n"
            "AI to cut energy use in cement, glass and ceramics plants\n"
            "From: Department for Industrial Decarbonisation\n"
            "Published 14 May 2025\n"
            "New analysis published today estimates the UK market for AI energy and emissions management in cement, "
            "glass and ceramics plants at £0.42bn in 2024, and forecasts that it will reach £1.05bn by 2030, growth "
            "of 16.5 per cent a year between 2024 and 2030. Glassmaking accounts for £0.15bn of the 2024 market, or "
            "37 per cent.\n"
            "The government is also opening a £20 million round of the Foundation Industries Efficiency Fund. The "
            "three sectors employ some 46,000 people at 310 sites and emit around 11 million tonnes of CO2 a year; "
            "the UK ETS carbon price averaged about £37 per tonne last year.\n"
            "Industry Minister Sarah Whitcombe said: \"One in four of our kilns and furnaces could be run by AI by "
            "2030. That means lower bills, lower emissions and skilled jobs in places like Stoke and St Helens.\""
        ),
        obs=[
            ("Total", 2024, 0.42, "GBP billion", "actual"),
            ("Total", 2030, 1.05, "GBP billion", "estimate"),
            ("Glassmaking", 2024, 0.15, "GBP billion", "actual"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.05 / 0.42) ** (1 / 6) - 1 = 16.50% -> 16.5
            # 0.15 / 0.42 = 35.71% -> 36, not 37; bounds 0.145 / 0.425 = 34.12%, 0.155 / 0.415 = 37.35% -> 37
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. LinkedIn post, one sentence a line with "✅" bullets and hashtags: Mexico's AI tile and sanitaryware
    #     inspection market in 2024 against 2023 with a YoY rate that holds only by rounding, and a 2029 forecast.
    #     Expected nowhere: the 230 million m² of tiles, the 38% fall in defect escapes and its 6 months, the 15
    #     years, the hashtags.
    dict(
        text=(
            "Ana Lucía Ferrer, Head of Digital Operations at Cerámica Volcán\n"
            "Big news for Mexican ceramics.\n"
            "Grupo Analítico Norte just sized the Mexican market for AI quality inspection of tiles and sanitaryware "
            "at US$86 million in 2024.\n"
            "✅ That is up 24% from US$69 million in 2023.\n"
            "✅ They forecast US$240 million by 2029.\n"
            "✅ Mexico makes over 230 million m² of tiles a year, so there is plenty to inspect.\n"
            "✅ At our own plant, defect escapes fell 38% after 6 months with AI cameras.\n"
            "I've spent 15 years on ceramic lines and have never seen adoption this fast.\n"
            "#AI #Ceramics #Manufacturing #Mexico #QualityControl"
        ),
        obs=[
            ("Total", 2023, 69, "USD million", "actual"),
            ("Total", 2024, 86, "USD million", "actual"),
            ("Total", 2029, 240, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (86 / 69) ** (1 / 1) - 1 = 24.64% -> 25, not 24; bounds 85.5 / 69.5 - 1 = 23.02%,
            # 86.5 / 68.5 - 1 = 26.28% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Syndicated market-research release in the classic form: valued at USD 4.52 Billion in 2024 (actual),
    #     projected from USD 5.12 Billion in 2025 (the dateline's year, an estimate) to USD 12.3 Billion by 2032, a
    #     CAGR over the printed forecast period that holds only by rounding, and Asia Pacific's part with its share.
    #     Expected nowhere: the dateline, the report ID, the 186 pages and 14 key players, the 4.1 billion tonnes of
    #     cement.
    dict(
        text=(
            "Pune, India, March 18, 2025 (WireLine Press) -- The global AI in cement manufacturing market size was "
            "valued at USD 4.52 Billion in 2024 and is projected to grow from USD 5.12 Billion in 2025 to USD 12.3 "
            "Billion by 2032, exhibiting a CAGR of 13.4% during the forecast period (2025-2032), according to a new "
            "report by Vantage Horizon Research. Asia Pacific dominated the market in 2024 with USD 1.86 Billion, a "
            "share of 41.2%, on the back of the region's huge kiln base; the world produced about 4.1 billion tonnes "
            "of cement last year. The 186-page report (Report ID: VHR-CEM-2291) profiles 14 key players across kiln "
            "optimisation, quality control, predictive maintenance and energy management. Request a free sample "
            "today."
        ),
        obs=[
            ("Total", 2024, 4.52, "USD billion", "actual"),
            ("Total", 2025, 5.12, "USD billion", "estimate"),
            ("Total", 2032, 12.3, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 1.86, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2025, 2032, None, "stated"),
            ("share", 41.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (12.3 / 5.12) ** (1 / 7) - 1 = 13.34% -> 13.3, not 13.4; bounds (12.25 / 5.125) ** (1/7) - 1 = 13.26%,
            # (12.35 / 5.115) ** (1/7) - 1 = 13.42% -> 13.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.86 / 4.52 = 41.15% -> 41.2
        ],
    ),
    # 27. Academic results paragraph with "(95% CI ...)" and "billion USD" after the number: the global AI quarry and
    #     raw-mix planning market in 2023 (actual) and 2030 (projection), with a CAGR over a printed span that no
    #     reading reaches. Expected nowhere: the confidence limits (the point estimates are the figures), the 214
    #     kilns and 31 countries, the 2018-2023 sample years, the equation and table numbers, r = 0.62 and p < 0.01,
    #     the 0.03 clinker factor, the 1.9 million tonnes of capacity.
    dict(
        text=(
            "4. Results\n"
            "Using plant-level data for 214 kilns in 31 countries (2018–2023), we estimate the global market for AI "
            "quarry and raw-mix planning in cement at 1.18 billion USD in 2023 (95% CI 0.97–1.41 billion USD) and "
            "project 2.46 billion USD in 2030 (95% CI 1.88–3.12), an implied compound annual growth rate of 11.6% "
            "over 2023–2030 (Eq. 4). Adoption was strongly associated with kiln size (r = 0.62, p < 0.01), and "
            "plants using AI raw-mix control lowered their clinker factor by 0.03 on average (Table 3). Mean plant "
            "capacity in the sample was 1.9 million tonnes per year."
        ),
        obs=[
            ("Total", 2023, 1.18, "USD billion", "actual"),
            ("Total", 2030, 2.46, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 11.6, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.46 / 1.18) ** (1 / 7) - 1 = 11.07% -> 11.1, not 11.6; bounds (2.455 / 1.185) ** (1/7) - 1 = 10.97%,
            # (2.465 / 1.175) ** (1/7) - 1 = 11.17% -> 11.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Nordic trade magazine (English edition) on Germany's AI kiln optimisation market in EUR: 2023 and 2024
    #     with a YoY rate, a 2028 forecast with a CAGR over a printed span; SEK amounts beside them (a currency the
    #     unit table does not hold, no observation). Expected nowhere: the issue number, the SEK 640 million
    #     investment, the SEK 410 million Swedish market, the 2.4 million tonnes, the 380 employees, the 11 kiln lines.
    dict(
        text=(
            "Cement & Kalk Norden, no. 3/2025\n"
            "Germany leads Europe in AI kiln control\n"
            "By Johan Lindqvist, Malmö\n"
            "German cement and lime works are buying AI kiln and furnace optimisation faster than anyone else in "
            "Europe. According to Hanseatic Plant Intelligence, the German market reached EUR 310 million in 2024, "
            "up 18% from EUR 262 million in 2023, and should hit EUR 585 million in 2028, a compound annual growth "
            "rate of 17.2% for 2024-2028. Closer to home, Norrkalk will invest SEK 640 million in AI-controlled kilns "
            "at its Gotland works, and the Swedish market for such systems is put at SEK 410 million. The Gotland "
            "plant has a capacity of 2.4 million tonnes, 380 employees and 11 kiln lines across the group."
        ),
        obs=[
            ("Total", 2023, 262, "EUR million", "actual"),
            ("Total", 2024, 310, "EUR million", "actual"),
            ("Total", 2028, 585, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 17.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (310 / 262) ** (1 / 1) - 1 = 18.32% -> 18
            ("cagr|implied", "exact"),  # (585 / 310) ** (1 / 4) - 1 = 17.21% -> 17.2
        ],
    ),
    # 29. 36氪-style funding story (Simplified): a kiln-AI start-up's 亿元级 B round and 同比翻番 orders beside an
    #     invented institute's sizing of China's AI kiln optimisation market in cement, 2024 and a 2027 forecast with
    #     a CAGR over a printed span that holds only by rounding. Expected nowhere: the 亿元级 round, the 同比翻番
    #     orders, the 120余条 clinker lines, the 18.3亿吨 of cement, the 280元 a tonne price.
    dict(
        text=(
            "36氪获悉，水泥窑炉AI优化企业「熵窑科技」近日完成亿元级B轮融资，由某产业基金领投。公司创始人表示，2024年"
            "公司新签订单同比翻番，已服务全国120余条熟料生产线。据灵犀产业研究院测算，2024年中国水泥行业AI窑炉优化"
            "市场规模为28.6亿元，预计2027年将达到61.3亿元，2024年至2027年年复合增长率为29.0%。作为对照，2024年全国"
            "水泥产量约18.3亿吨，吨水泥平均售价约280元。"
        ),
        obs=[
            ("Total", 2024, 28.6, "CNY 100 million", "actual"),
            ("Total", 2027, 61.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (61.3 / 28.6) ** (1 / 3) - 1 = 28.93% -> 28.9, not 29.0; bounds (61.25 / 28.65) ** (1/3) - 1 = 28.82%,
            # (61.35 / 28.55) ** (1/3) - 1 = 29.04% -> 29.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 招股说明书 passage (Simplified): China's AI visual inspection market for ceramics and sanitaryware from 2021
    #     to 2024 with "2021年至2024年的复合年增长率为", a 2029 forecast whose 2024-2029 CAGR no reading reaches, and the
    #     sanitary-ceramics part with its share. Expected nowhere: the issuer's three years of 营业收入, its 毛利率,
    #     the 1,260套 systems and the 2024年12月31日 cut-off.
    dict(
        text=(
            "（三）行业市场规模\n"
            "根据华衡咨询的资料，中国陶瓷及卫浴行业AI视觉质检市场规模由2021年的6.2亿元增长至2024年的14.8亿元，"
            "2021年至2024年的复合年增长率为33.6%。预计该市场规模将于2029年达到52.6亿元，2024年至2029年的复合年增长率"
            "为27.9%。其中，卫浴陶瓷AI视觉质检2024年市场规模为4.1亿元，占比27.7%。报告期内，本公司营业收入分别为"
            "1.26亿元、2.05亿元和3.12亿元，综合毛利率分别为58.4%、60.1%和62.3%；截至2024年12月31日，本公司累计部署"
            "AI质检系统1,260套。"
        ),
        obs=[
            ("Total", 2021, 6.2, "CNY 100 million", "actual"),
            ("Total", 2024, 14.8, "CNY 100 million", "actual"),
            ("Total", 2029, 52.6, "CNY 100 million", "estimate"),
            ("卫浴陶瓷AI视觉质检", 2024, 4.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 33.6, "percent", 2021, 2024, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2029, None, "stated"),
            ("share", 27.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 6.2) ** (1 / 3) - 1 = 33.646% -> 33.6
            # (52.6 / 14.8) ** (1 / 5) - 1 = 28.87% -> 28.9, not 27.9; bounds (52.55 / 14.85) ** (1/5) - 1 = 28.76%,
            # (52.65 / 14.75) ** (1/5) - 1 = 28.98% -> 27.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 4.1 / 14.8 = 27.70% -> 27.7
        ],
    ),
    # 31. 统计局-style release (Simplified) from an invented statistics centre: 规模以上企业 counts, 营业收入 and 利润
    #     beside the AI energy and emissions management market, 2024 against the 上年 (2023) base with a YoY rate
    #     that holds only by rounding. Expected nowhere: the 7,842家 firms, the 2.87万亿元 revenue and its -6.1%, the
    #     1,046亿元 profit, the 18.3亿吨 of cement, the 10.0亿重量箱 of flat glass, the 97.5元 carbon price.
    dict(
        text=(
            "建材行业统计监测中心发布2024年建材工业运行情况\n"
            "2024年，全国规模以上水泥、平板玻璃和建筑卫生陶瓷企业共7,842家，实现营业收入2.87万亿元，同比下降6.1%；"
            "利润总额1,046亿元。全年水泥产量18.3亿吨，平板玻璃产量10.0亿重量箱。监测显示，2024年建材工业人工智能"
            "能源与排放管理市场规模为42.7亿元，同比增长18.4%，上年为36.1亿元。全国碳市场配额成交均价为每吨97.5元。"
        ),
        obs=[
            ("Total", 2023, 36.1, "CNY 100 million", "actual"),
            ("Total", 2024, 42.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (42.7 / 36.1) ** (1 / 1) - 1 = 18.28% -> 18.3, not 18.4; bounds 42.65 / 36.15 - 1 = 17.98%,
            # 42.75 / 36.05 - 1 = 18.59% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Taiwan 資策會MIC-style release (Traditional) mixing 新台幣 and 億美元: Taiwan's AI defect inspection market for
    #     glass and ceramics in 2024 and a 2028 forecast with a CAGR over a printed span, and the global market (a
    #     second market, its own item) in 億美元. Expected nowhere: the release date, the report title's 2025, the 64%
    #     of respondents and their two years, the 新台幣1,180億元 revenue of a panel-glass maker, the 230家 plants.
    dict(
        text=(
            "【新聞稿】2025年6月10日\n"
            "資訊產業前瞻研究所（FIRI）今日發布《2025臺灣建材產業AI應用趨勢》。FIRI指出，臺灣玻璃與陶瓷產業AI瑕疵"
            "檢測市場2024年規模達新台幣41.5億元，預估2028年將成長至新台幣86.2億元，2024至2028年年複合成長率為20.1%；"
            "全球玻璃與陶瓷AI瑕疵檢測市場2024年規模則為23.6億美元。FIRI調查亦發現，有64%的受訪業者計畫於兩年內導入"
            "AI檢測，國內某面板玻璃大廠2024年營收為新台幣1,180億元。臺灣目前約有230家陶瓷與玻璃製造廠。"
        ),
        obs=[
            ("Total", 2024, 41.5, "TWD 100 million", "actual"),
            ("Total", 2028, 86.2, "TWD 100 million", "estimate"),
            ("全球玻璃與陶瓷AI瑕疵檢測市場", 2024, 23.6, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.2 / 41.5) ** (1 / 4) - 1 = 20.05% -> 20.1
        ],
    ),
    # 33. Hong Kong 立法會 question and written reply (Traditional) in 百萬元 (HK$): the AI quality inspection and
    #     energy management market of Hong Kong's cement, precast and glass makers, 2024 ("約486百萬元", at its
    #     printed figure) against 2023 with a YoY rate no reading reaches. Expected nowhere: the question number, the
    #     date, the three years, the 17 projects and their 62百萬元 of funding, the 1 cement plant, the 4,800 workers.
    dict(
        text=(
            "立法會十四題：建材業應用人工智能\n"
            "以下是今日（5月21日）在立法會會議上謝議員的提問和發展局局長的書面答覆：\n"
            "問題：\n"
            "政府有否評估本港建材製造業應用人工智能的市場規模及增長？\n"
            "答覆：\n"
            "主席：\n"
            "根據業界顧問的估算，2024年本港水泥、混凝土預製件及玻璃加工業在人工智能品質檢測及能源管理方面的市場規模約"
            "為486百萬元（港元，下同），較2023年的398百萬元增長26%。創新及科技基金過去三年共資助了17個相關項目，資助"
            "總額為62百萬元。本港現時只有1間水泥廠，業內僱員約4,800人。"
        ),
        obs=[
            ("Total", 2023, 398, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (486 / 398) ** (1 / 1) - 1 = 22.11% -> 22, not 26; bounds 485.5 / 398.5 - 1 = 21.83%,
            # 486.5 / 397.5 - 1 = 22.39% -> 26 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. 微博 post by a Hong Kong user with #话题# tags (Traditional) in 億元人民幣: the mainland's AI inspection
    #     market for processed glass, 2024 against 2023 with a YoY rate, and "2026年能到25億元左右" (approximate, at
    #     its printed figure, an estimate). Expected nowhere: the glass maker's 200億元 revenue, the 1,650元 a tonne
    #     float-glass price, the 1.2萬 reposts, 3,456 comments and 8,901 likes.
    dict(
        text=(
            "港島玻璃觀察員老周\n"
            "#AI賦能建材# #玻璃行業# 剛看完星圖研究的新報告：2024年內地玻璃深加工AI質檢市場規模15.4億元人民幣，按年"
            "增長30.5%，2023年是11.8億元。報告預計2026年能到25億元左右。某玻璃龍頭2024年營收200億元出頭，浮法玻璃"
            "現貨價每噸1,650元上下，這塊增速真係快。\n"
            "轉發 1.2萬 評論 3,456 讚 8,901"
        ),
        obs=[
            ("Total", 2023, 11.8, "CNY 100 million", "actual"),
            ("Total", 2024, 15.4, "CNY 100 million", "actual"),
            ("Total", 2026, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.4 / 11.8) ** (1 / 1) - 1 = 30.51% -> 30.5
        ],
    ),
    # 35. Simplified report summary with approximate amounts beside exact ones: China's AI market in building
    #     materials in 2023 and 2024 with a YoY rate, "近千亿元" in 2027 and "超过2000亿元" in 2030 (each at its printed
    #     figure, in the series' 亿元), and "约为2024年的5倍" (a multiple, no verdict). Expected nowhere: the report
    #     title's 2025, the 1,500余条 clinker lines, the 2026 target of 50% of key firms, the 300亿元 of digital
    #     investment, the 98元 a tonne carbon price.
    dict(
        text=(
            "《中国建材智能化发展报告（2025）》摘要\n"
            "报告显示，2024年我国水泥、玻璃和陶瓷行业人工智能应用市场规模为412.6亿元，较2023年的330.6亿元增长24.8%。"
            "报告预计，到2027年市场规模近千亿元，2030年超过2000亿元，约为2024年的5倍。目前全国1,500余条水泥熟料生产线"
            "中已有相当部分完成智能化改造，行业数字化改造累计投资超过300亿元；按照规划，到2026年重点企业数字化转型比例"
            "将达到50%。全国碳市场配额均价约为每吨98元。"
        ),
        obs=[
            ("Total", 2023, 330.6, "CNY 100 million", "actual"),
            ("Total", 2024, 412.6, "CNY 100 million", "actual"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
            ("Total", 2030, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("multiple", 5, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412.6 / 330.6) ** (1 / 1) - 1 = 24.80% -> 24.8
        ],
    ),
    # 36. Pipe table (India, US$ million) with a "Source:" row inside it and a "CAGR (2024–2030)" column with an en
    #     dash: applications and a Total row in 2024 and 2030F, each row's CAGR (the kiln row's 18.7% only by
    #     rounding), rows adding to the Total both years. Expected nowhere: the source's date, the US$ 24 billion of
    #     cement sales, the 148 integrated plants, the 600 million tonnes of capacity.
    dict(
        text=(
            "India: AI in cement, glass and ceramics plants by application (US$ million)\n"
            "| Application | 2024 | 2030F | CAGR (2024–2030) |\n"
            "|---|---|---|---|\n"
            "| AI kiln and furnace optimisation | 142.6 | 397.8 | 18.7% |\n"
            "| AI quality inspection | 88.3 | 251.9 | 19.1% |\n"
            "| AI predictive maintenance | 64.1 | 163.0 | 16.8% |\n"
            "| Total | 295.0 | 812.7 | 18.4% |\n"
            "| Source: Deccan Ridge Securities estimates, 9 April 2025 | | | |\n"
            "Excludes India's cement sales of about US$ 24 billion; the country has 148 integrated cement plants and "
            "some 600 million tonnes of annual capacity."
        ),
        obs=[
            ("AI kiln and furnace optimisation", 2024, 142.6, "USD million", "actual"),
            ("AI kiln and furnace optimisation", 2030, 397.8, "USD million", "estimate"),
            ("AI quality inspection", 2024, 88.3, "USD million", "actual"),
            ("AI quality inspection", 2030, 251.9, "USD million", "estimate"),
            ("AI predictive maintenance", 2024, 64.1, "USD million", "actual"),
            ("AI predictive maintenance", 2030, 163.0, "USD million", "estimate"),
            ("Total", 2024, 295.0, "USD million", "actual"),
            ("Total", 2030, 812.7, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (397.8 / 142.6) ** (1 / 6) - 1 = 18.647% -> 18.6, not 18.7; bounds (397.75 / 142.65) ** (1/6) - 1 =
            # 18.638%, (397.85 / 142.55) ** (1/6) - 1 = 18.657% -> 18.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (251.9 / 88.3) ** (1 / 6) - 1 = 19.09% -> 19.1
            ("cagr|implied", "exact"),  # (163.0 / 64.1) ** (1 / 6) - 1 = 16.83% -> 16.8
            ("cagr|implied", "exact"),  # (812.7 / 295.0) ** (1 / 6) - 1 = 18.40% -> 18.4
            ("hierarchy", "exact"),  # 2024: 142.6 + 88.3 + 64.1 = 295.0
            ("hierarchy", "exact"),  # 2030F: 397.8 + 251.9 + 163.0 = 812.7
        ],
    ),
    # 37. Markdown table whose rows are years (South Korea), columns "Market (US$ bn)" (the lone value column, the
    #     market: Total) and "Growth (%)": 2021-2024 actual, 2025E and 2026E estimates; 2023's 24.1 holds only by
    #     rounding and 2024's 25.3 by no reading. Expected nowhere: the source's date, the 1,360 won per dollar, the 48
    #     million tonnes of cement.
    dict(
        text=(
            "South Korea: AI in cement, glass and ceramics manufacturing\n"
            "| Year | Market (US$ bn) | Growth (%) |\n"
            "|---|---|---|\n"
            "| 2021 | 0.31 | - |\n"
            "| 2022 | 0.38 | 22.6 |\n"
            "| 2023 | 0.47 | 24.1 |\n"
            "| 2024 | 0.57 | 25.3 |\n"
            "| 2025E | 0.69 | 21.1 |\n"
            "| 2026E | 0.84 | 21.7 |\n"
            "Source: Hanbit Investment & Securities, 3 February 2025. KRW figures converted at 1,360 won per dollar; "
            "Korea shipped 48 million tonnes of cement in 2024."
        ),
        obs=[
            ("Total", 2021, 0.31, "USD billion", "actual"),
            ("Total", 2022, 0.38, "USD billion", "actual"),
            ("Total", 2023, 0.47, "USD billion", "actual"),
            ("Total", 2024, 0.57, "USD billion", "actual"),
            ("Total", 2025, 0.69, "USD billion", "estimate"),
            ("Total", 2026, 0.84, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2021, 2022, 1.0),
            ("growth", 24.1, "percent", 2022, 2023, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2024, 2025, 1.0),
            ("growth", 21.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.38 / 0.31) ** (1 / 1) - 1 = 22.58% -> 22.6
            # (0.47 / 0.38) ** (1 / 1) - 1 = 23.68% -> 23.7, not 24.1; bounds 0.465 / 0.385 - 1 = 20.78%,
            # 0.475 / 0.375 - 1 = 26.67% -> 24.1 reached only by some reading
            ("cagr|implied", "rounding"),
            # (0.57 / 0.47) ** (1 / 1) - 1 = 21.28% -> 21.3, not 25.3; bounds 0.565 / 0.475 - 1 = 18.95%,
            # 0.575 / 0.465 - 1 = 23.66% -> 25.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (0.69 / 0.57) ** (1 / 1) - 1 = 21.05% -> 21.1
            ("cagr|implied", "exact"),  # (0.84 / 0.69) ** (1 / 1) - 1 = 21.74% -> 21.7
        ],
    ),
    # 38. CSV whose first line is a title, then a blank line, then the header and rows (Italy, EUR million):
    #     segments and a Total row in 2023, 2024 and 2025F; 2023 and 2024 add exactly, 2025F only by rounding.
    #     Expected nowhere: the source's date, the 352 million m² of tiles, the 264 plants, the EUR 6.1 billion of
    #     tile sales.
    dict(
        text=(
            "AI in Italian ceramics and glass manufacturing by segment (EUR million), Emilia Data Lab, 2 May 2025\n"
            "\n"
            "segment,2023,2024,2025F\n"
            "AI quality inspection of tiles,48.6,57.9,68.8\n"
            "AI kiln and dryer optimisation,31.2,37.4,44.1\n"
            "AI predictive maintenance,19.5,23.3,27.6\n"
            "Total,99.3,118.6,140.6\n"
            "note: Italy made 352 million m² of tiles in 2024 at 264 plants; tile sales of EUR 6.1 billion are excluded"
        ),
        obs=[
            ("AI quality inspection of tiles", 2023, 48.6, "EUR million", "actual"),
            ("AI quality inspection of tiles", 2024, 57.9, "EUR million", "actual"),
            ("AI quality inspection of tiles", 2025, 68.8, "EUR million", "estimate"),
            ("AI kiln and dryer optimisation", 2023, 31.2, "EUR million", "actual"),
            ("AI kiln and dryer optimisation", 2024, 37.4, "EUR million", "actual"),
            ("AI kiln and dryer optimisation", 2025, 44.1, "EUR million", "estimate"),
            ("AI predictive maintenance", 2023, 19.5, "EUR million", "actual"),
            ("AI predictive maintenance", 2024, 23.3, "EUR million", "actual"),
            ("AI predictive maintenance", 2025, 27.6, "EUR million", "estimate"),
            ("Total", 2023, 99.3, "EUR million", "actual"),
            ("Total", 2024, 118.6, "EUR million", "actual"),
            ("Total", 2025, 140.6, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 48.6 + 31.2 + 19.5 = 99.3
            ("hierarchy", "exact"),  # 2024: 57.9 + 37.4 + 23.3 = 118.6
            # 2025F: 68.8 + 44.1 + 27.6 = 140.5, not 140.6; parts at most 140.65 and the total at least 140.55 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Traditional Chinese table with a 年度 column in 民國 years (111年-114年 = 2022-2025; 114年 預估), two
    #     application columns adding to the 合計 column each year and a 合計年增率 column whose 114年 20.3% holds only
    #     by rounding. Expected nowhere: the table number, the source's 114年3月, the 新台幣1,100億元 of cement sales,
    #     the 7 cement plants.
    dict(
        text=(
            "表3　臺灣水泥與玻璃產業AI應用市場規模（單位：新台幣億元）\n"
            "| 年度 | AI窯爐最佳化 | AI瑕疵檢測 | 合計 | 合計年增率 |\n"
            "|---|---|---|---|---|\n"
            "| 111年 | 5.8 | 7.9 | 13.7 | - |\n"
            "| 112年 | 6.9 | 9.4 | 16.3 | 19.0% |\n"
            "| 113年 | 8.3 | 11.2 | 19.5 | 19.6% |\n"
            "| 114年(預估) | 9.9 | 13.5 | 23.4 | 20.3% |\n"
            "資料來源：臺灣建材產業研究中心，114年3月。註：不含水泥業營收約新台幣1,100億元；全臺水泥廠共7座。"
        ),
        obs=[
            ("AI窯爐最佳化", 2022, 5.8, "TWD 100 million", "actual"),
            ("AI窯爐最佳化", 2023, 6.9, "TWD 100 million", "actual"),
            ("AI窯爐最佳化", 2024, 8.3, "TWD 100 million", "actual"),
            ("AI窯爐最佳化", 2025, 9.9, "TWD 100 million", "estimate"),
            ("AI瑕疵檢測", 2022, 7.9, "TWD 100 million", "actual"),
            ("AI瑕疵檢測", 2023, 9.4, "TWD 100 million", "actual"),
            ("AI瑕疵檢測", 2024, 11.2, "TWD 100 million", "actual"),
            ("AI瑕疵檢測", 2025, 13.5, "TWD 100 million", "estimate"),
            ("合計", 2022, 13.7, "TWD 100 million", "actual"),
            ("合計", 2023, 16.3, "TWD 100 million", "actual"),
            ("合計", 2024, 19.5, "TWD 100 million", "actual"),
            ("合計", 2025, 23.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2022, 2023, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.3 / 13.7) ** (1 / 1) - 1 = 18.98% -> 19.0
            ("cagr|implied", "exact"),  # (19.5 / 16.3) ** (1 / 1) - 1 = 19.63% -> 19.6
            # (23.4 / 19.5) ** (1 / 1) - 1 = 20.00% -> 20.0, not 20.3; bounds 23.35 / 19.55 - 1 = 19.44%,
            # 23.45 / 19.45 - 1 = 20.57% -> 20.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),  # 111年: 5.8 + 7.9 = 13.7
            ("hierarchy", "exact"),  # 112年: 6.9 + 9.4 = 16.3
            ("hierarchy", "exact"),  # 113年: 8.3 + 11.2 = 19.5
            ("hierarchy", "exact"),  # 114年: 9.9 + 13.5 = 23.4
        ],
    ),
    # 40. Fixed-width table (Japan, ¥ billion, fiscal years) with negative growth in parentheses ("(3.2%)") and a
    #     footnote marker on the total row ("Total*", the Total): FY2023 adds exactly, FY2024 by no reading; each
    #     row's YoY rate holds. Expected nowhere: the footnote, the source's date, the 34 million tonnes, the 30
    #     plants.
    dict(
        text=(
            "Japan: AI in cement, glass and ceramics plants by application (¥ billion)\n"
            "Application                          FY2023    FY2024       YoY\n"
            "AI kiln and furnace optimisation       21.4      24.9     16.4%\n"
            "AI quality inspection                  17.8      20.6     15.7%\n"
            "AI predictive maintenance               9.4       9.1    (3.2%)\n"
            "Total*                                 48.6      54.9     13.0%\n"
            "* Software and services only; hardware resale excluded. FY = fiscal year to March. Source: Marunouchi "
            "Capital Markets, 28 May 2025. Japan produced 34 million tonnes of cement in FY2024 at 30 plants."
        ),
        obs=[
            ("AI kiln and furnace optimisation", 2023, 21.4, "JPY billion", "actual"),
            ("AI kiln and furnace optimisation", 2024, 24.9, "JPY billion", "actual"),
            ("AI quality inspection", 2023, 17.8, "JPY billion", "actual"),
            ("AI quality inspection", 2024, 20.6, "JPY billion", "actual"),
            ("AI predictive maintenance", 2023, 9.4, "JPY billion", "actual"),
            ("AI predictive maintenance", 2024, 9.1, "JPY billion", "actual"),
            ("Total", 2023, 48.6, "JPY billion", "actual"),
            ("Total", 2024, 54.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("growth", 15.7, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 13.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.9 / 21.4) ** (1 / 1) - 1 = 16.36% -> 16.4
            ("cagr|implied", "exact"),  # (20.6 / 17.8) ** (1 / 1) - 1 = 15.73% -> 15.7
            ("cagr|implied", "exact"),  # (9.1 / 9.4) ** (1 / 1) - 1 = -3.19% -> -3.2
            ("cagr|implied", "exact"),  # (54.9 / 48.6) ** (1 / 1) - 1 = 12.96% -> 13.0
            ("hierarchy", "exact"),  # FY2023: 21.4 + 17.8 + 9.4 = 48.6
            # FY2024: 24.9 + 20.6 + 9.1 = 54.6, not 54.9; parts at most 54.75 and the total at least 54.85 -> reached
            # by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 12, 'rounding': 19, 'exact': 64}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Item 1. Business',
    '(in millions)',
    '*HALDEN SEES',
    '¥ 10.6 bn',
    'JPY 12.3 bn',
    'FY3/2025',
    'To ask the Secretary of State',
    'Answered by',
    '£38.6m',
    '2024-25',
    'EUR 148,6 million',
    '14,6 per cent',
    '$1.1–1.3 billion',
    'between 18 and 20 per cent',
    'USD mn 640',
    'USD bn 2.1',
    '> South Korea',
    '（人民幣千元）',
    '8600万元',
    '年均增长',
    '翻两番',
    '同比增長31.2%（達到86.4億元）',
    '兆元',
    '民國113年',
    '億港元',
    '百分之十二點五',
    'AIGC市场',
    'CAGR达35%',
    'TAM',
    '(USD m)',
    '| 2023A | 2024A | 2025E |',
    '% of total',
    '| Total |',
    '单位：万元',
    '占比',
    '18 412,6',
    'Operator:',
    'Chief Financial Officer:',
    'TL;DR',
    '→',
    '(US$ m)',
    'per cent',
    '£0.42bn',
    '✅',
    'exhibiting a CAGR of',
    '(95% CI',
    'billion USD',
    'SEK 640 million',
    '亿元级',
    '同比翻番',
    '2021年至2024年的复合年增长率为',
    '规模以上',
    '億美元',
    '百萬元',
    '#AI賦能建材#',
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
#: the set's blind score (written without reading or running the extractor): 163
#: figures, 49 rates, 82 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 183, "rates_found": 54, "verdicts_right": 88}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset270.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
