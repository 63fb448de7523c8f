"""A two-hundred-and-eightieth check set for the extractor, written blind: AI in bakeries, confectionery and snack
foods: AI oven and proofing control in industrial bakeries, computer-vision inspection of biscuits, chocolates and snack
bars, AI demand forecasting and waste reduction for bakery chains, AI recipe and flavour development for confectioners,
AI-driven packaging-line scheduling for snack makers. Sized in money by research houses, bakers' and confectioners'
associations, food ministries, snack makers' investor days, brokers and trade journals, in the US, the UK, France,
Germany, Belgium, Switzerland, Poland, Turkey, India, Japan, South Korea, mainland China, Taiwan and Hong Kong.

Snippets 1-20: Twenty snippets on AI in bakeries, confectionery and snack foods (oven and proofing control, vision
inspection of biscuits, chocolates and snack bars, demand forecasting and waste reduction for bakery chains, recipe and
flavour development, packaging-line scheduling): eight English prose texts (an email newsletter with a TL;DR and a
figure-first 'By the numbers' list, a Japanese press release in JPY billion with dollar asides, a forum reply with IMO,
~ and k, a research firm's numbered key findings, a sustainability report stating 'in € m' once, an op-ed with a
$3bn-plus floor and a 2.5x multiple, a tender notice with contract values and a background section, a Singapore release
in US$ with S$ asides), seven Chinese prose texts (a 新浪财经 brief with 【】 in 亿元人民币, a 白皮书 chapter with 单位：亿元 and bare
numbers and a share, a 經濟日報 item in 億元新台幣 with a quarter's figure, a Macau release in 億港元 with 澳門元 asides, a 上市公司年报 行业情况
section in 万元, a 微博 post with #话题# hashtags, a Hong Kong column in 億美元 with 按年增長) and five tables (a tab-separated
investor-day table with FY23, FY24 and FY25E, a Markdown table with a spanning 'Revenue (US$ m)' header over a row of
years, a long-format CSV, a Simplified vertical table with 市场规模（亿元） and 增速, a Traditional table in 百萬美元 with 年複合成長率).
Left out: datelines, issue, report, table, chapter and notice numbers, contract and lot values, headcounts, counts of
plants, shops, stores, lines and respondents, survey percentages, prices and subscriptions, funding rounds and grants,
companies' own revenue, growth, margins and P/E, a price target and its upside, quarter figures, whole-industry totals,
currency asides (US$ beside yen, S$, 澳門元), fractions in words and percentage points. Inconsistent: 4, 5, 11, 17. Only by
rounding: 2, 8, 10, 15, 16, 19.

Snippets 21-40: Twenty snippets on AI in bakeries, confectionery and snack foods (oven and proofing control, vision
inspection of biscuits and chocolates, demand forecasting and waste reduction, recipe and flavour development,
packaging-line scheduling): eight English prose texts (a US competition-law filing on the relevant market, an
investor-day transcript with a slide's TAM, an encyclopedia paragraph with citation brackets, a UK trade body's release
in £bn and per cent, a German company's English release with EUR bn and % yoy, podcast show notes with timestamps, a
consultancy article with a value-at-stake range, an Indian news item in crore with dollar asides), seven Chinese prose
texts (a 券商晨会纪要 with （亿元）, a 政府采购 中标公告, a 工商時報-style item with 年增率, a 知识星球 post with 大约 and a range, a 统计公报 paragraph
with 比上年增长 and 增速回落, a 澳門日報-style item in 億港元 with 億澳門元 asides, a Hong Kong radio interview with 記者 and 專家) and five
tables (a French table with spaces and decimal commas, a Markdown table with its Total row first, a Traditional table
with 2024A/2025E/2026E and 合計 last, a years-as-rows table with a YoY column opening on n.a., a fixed-width table with a
CAGR 24-30 row). Left out: datelines, file, slide, table, episode and paragraph numbers, citation brackets and
timestamps, counts of competitors, plants, lines, shops, firms, members and respondents, HHI, prices, licence fees and
procurement awards, companies' own revenue, margins, share targets, R&D and investment, a value-at-stake range, survey
percentages, tax rates, percentage points, whole-industry totals and currency asides in rupees and patacas.
Inconsistent: 27, 30, 34. Only by rounding: 23, 24, 31, 35, 37, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Email newsletter with a "TL;DR" line and a "By the numbers" list putting each figure first and its meaning
    #    after an em dash ("$412M — the 2024 US market"): the US market for AI oven and proofing control in industrial
    #    bakeries in 2023 and 2024 with a year's growth, and a 2029 forecast ($1.15B, in the series' unit: 1150) with a
    #    CAGR over a printed span. Expected nowhere: the issue number and date, the 2,870 bakery plants, the $46M
    #    Series B, the 38% of plant managers in the reader poll.
    dict(
        text=(
            "From: Crumb & Code <hello@crumbandcode.news>\n"
            "Subject: Issue 87 - ovens that think for themselves (14 May 2025)\n"
            "TL;DR: AI oven and proofing control is now the fastest-growing slice of US bakery automation. Halberd "
            "Insights' new sizing is below.\n"
            "By the numbers\n"
            "$412M — the 2024 US market for AI oven and proofing control in industrial bakeries (Halberd Insights)\n"
            "$338M — the same market in 2023, so 21.9% growth in a year\n"
            "$1.15B — Halberd's forecast for 2029, a 22.8% CAGR from 2024 to 2029\n"
            "2,870 — wholesale bakery plants in the US\n"
            "$46M — the Series B that Proofline closed in April\n"
            "38% — plant managers in our reader poll who plan a pilot this year"
        ),
        obs=[
            ("Total", 2023, 338, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2029, 1150, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("cagr", 22.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 338) ** (1 / 1) - 1 = 21.89% -> 21.9
            ("cagr|implied", "exact"),  # (1150 / 412) ** (1 / 5) - 1 = 22.79% -> 22.8
        ],
    ),
    # 2. Japanese company's English press release in "JPY 12.4 billion" with dollar asides "(approx. US$83
    #    million)": Japan's market for AI visual inspection of biscuits, chocolates and snack bars in 2023 and 2024
    #    with a rise, and a 2028 forecast with a CAGR over a printed span that holds only by rounding. Expected
    #    nowhere: the dateline, the US$83 million and US$144 million asides, the ticker 5591, the company's JPY 3.1
    #    billion net sales, its 420 production lines and 96 customers, the telephone number.
    dict(
        text=(
            "NEWS RELEASE\n"
            "Osaka, Japan, February 6, 2025 - Kirameki Vision Co., Ltd. (TSE Growth: 5591), a maker of AI inspection "
            "cameras for confectionery lines, today welcomed new figures from the Nihon Food Automation Institute "
            "showing that the Japanese market for AI visual inspection of biscuits, chocolates and snack bars reached "
            "JPY 12.4 billion (approx. US$83 million) in 2024, up 17.0% from JPY 10.6 billion in 2023.\n"
            "The Institute expects the market to grow to JPY 21.5 billion (approx. US$144 million) in 2028, a "
            "compound annual growth rate of 14.6% over 2024-2028.\n"
            "Kirameki Vision's own net sales for the fiscal year ended March 2024 were JPY 3.1 billion, and its "
            "cameras now run on 420 production lines at 96 customers.\n"
            "Media contact: Public Relations, +81-6-6201-3345"
        ),
        obs=[
            ("Total", 2023, 10.6, "JPY billion", "actual"),
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2028, 21.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
            ("cagr", 14.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.6) ** (1 / 1) - 1 = 16.98% -> 17.0
            # (21.5 / 12.4) ** (1 / 4) - 1 = 14.75% -> 14.8, not 14.6; bounds (21.45 / 12.45) ** (1/4) - 1 = 14.57%,
            # (21.55 / 12.35) ** (1/4) - 1 = 14.93% -> 14.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Forum post replying to another user with "IMO", "~" and "k" for thousands ("$850k"): the US market for AI
    #    demand forecasting and waste-reduction software for bakery chains in 2023 and last year (the post's 2025
    #    making it 2024), each approximate and expected at its printed figure, with "~22% YoY". Expected nowhere:
    #    the post date, the 14 shops, the $850k spend, the 9% waste cut, the ~$1.2k subscription.
    dict(
        text=(
            "Re: Is AI demand forecasting worth it for a 14-shop bakery chain?\n"
            "Posted by doughboy_ops on Mar 3, 2025\n"
            "@crumbcounter IMO the vendor hype is ahead of reality but the money is real. Kestrel Retail Data had "
            "the US market for AI demand forecasting and waste-reduction software for bakery chains at ~$290M in "
            "2023 and ~$355M last year, so ~22% YoY. Not bad for a category nobody had heard of five years ago.\n"
            "We rolled it out across our 14 shops for about $850k all-in and cut day-old waste by roughly 9%. The "
            "subscription runs ~$1.2k per store per month. YMMV, but I wouldn't go back."
        ),
        obs=[
            ("Total", 2023, 290, "USD million", "actual"),
            ("Total", 2024, 355, "USD million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (355 / 290) ** (1 / 1) - 1 = 22.41% -> 22
        ],
    ),
    # 4. Research firm's "Key findings" numbered "1)" to "5)": Europe's market for AI recipe and flavour development
    #    tools for confectioners in 2024 and a 2030 forecast with a CAGR over a printed span that no reading reaches,
    #    and Germany's part with its share of the total. Expected nowhere: the list numbers, the monitor's title year,
    #    the 61% of the 214 confectioners surveyed, the EUR 85,000 pilot budget, the EUR 64 billion confectionery
    #    industry.
    dict(
        text=(
            "Key findings\n"
            "1) Europe's market for AI recipe and flavour development tools used by confectioners reached €186 million "
            "in 2024, according to Brightwater Analytics' Confectionery Tech Monitor 2025.\n"
            "2) We forecast €790 million by 2030, a compound annual growth rate of 27.5% over 2024-2030.\n"
            "3) Germany is the largest country market at €52 million in 2024, or 28% of the European total; Belgium "
            "and Switzerland follow.\n"
            "4) 61% of the 214 confectioners we surveyed already test AI-generated flavour pairings, with a median "
            "pilot budget of €85,000.\n"
            "5) The wider European confectionery industry had sales of about €64 billion."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Total", 2030, 790, "EUR million", "estimate"),
            ("Germany", 2024, 52, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 27.5, "percent", 2024, 2030, None, "stated"),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (790 / 186) ** (1 / 6) - 1 = 27.26% -> 27.3, not 27.5; bounds (789.5 / 186.5) ** (1/6) - 1 = 27.19%,
            # (790.5 / 185.5) ** (1/6) - 1 = 27.33% -> 27.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 52 / 186 = 27.96% -> 28
        ],
    ),
    # 5. Sustainability report paragraph stating its unit once ("in € m") and then "2023: 412; 2024: 486": the
    #    European market for AI demand forecasting and waste-reduction solutions for bakery chains in 2023 and 2024
    #    with "a rise of 17%" that no reading reaches. Expected nowhere: the 14% cut in unsold bread, the 310 of 520
    #    stores, the EUR 3.8 m invested, the 2030 target and 2019 baseline.
    dict(
        text=(
            "Food waste and digital tools\n"
            "Our bakery division cut unsold bread by 14% in 2024, helped by AI demand forecasting now live in 310 of "
            "our 520 stores.\n"
            "Independent estimates from Vermeer Food Insights size the European market for AI demand "
            "forecasting and waste-reduction solutions for bakery chains as follows (in € m): 2023: 412; 2024: 486, "
            "a rise of 17%.\n"
            "We invested €3.8 m in such tools during the year and aim to halve food waste by 2030 "
            "against our 2019 baseline."
        ),
        obs=[
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2024, 486, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (486 / 412) ** (1 / 1) - 1 = 17.96% -> 18, not 17; bounds 485.5 / 412.5 - 1 = 17.70%,
            # 486.5 / 411.5 - 1 = 18.23% -> 17 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Op-ed with a floor amount ("a $3bn-plus market by 2030", expected at its printed 3) beside exact figures:
    #    the global market for computer-vision inspection in snack and biscuit plants last year (the byline's 2025
    #    making it 2024) and in 2023 with a rise, and "about 2.5x last year's figure" (x2.5 over six years). Expected
    #    nowhere: the byline date, the $400,000 recall cost, one in five recalls, the 9,000 snack lines, fewer than a
    #    third of them.
    dict(
        text=(
            "OPINION: Snack makers are sleeping on machine vision\n"
            "By Marta Kowalczyk, a former quality director at a Polish biscuit plant. 12 May 2025\n"
            "Every recall I managed cost us at least $400,000, and one in five traced back to a defect a camera could "
            "have caught. That is why I'm baffled that the global market for computer-vision inspection in snack and "
            "biscuit plants was worth just $1.24bn last year, up 21.6% from $1.02bn in 2023. Brokers now talk of a "
            "$3bn-plus market by 2030, about 2.5x last year's figure, and I think even that is conservative. Of the "
            "9,000 or so high-speed snack lines in Europe, fewer than a third run any AI inspection at all."
        ),
        obs=[
            ("Total", 2023, 1.02, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2030, 3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.24 / 1.02) ** (1 / 1) - 1 = 21.57% -> 21.6
        ],
    ),
    # 7. Government tender notice with contract and lot values (expected nowhere) and the market's size in its
    #    background section: the UK market for AI-driven demand forecasting and waste reduction in bakery chains in
    #    2024 and a 2029 projection, "roughly 17% a year" whose span only the amounts' years give (inferred).
    #    Expected nowhere: the notice reference and dates, the GBP 2,400,000 value and the two lots, the 24 months,
    #    the 38 bakery sites, the deadline.
    dict(
        text=(
            "CONTRACT NOTICE - Find a Tender\n"
            "Notice reference: 2025/S 000-014377. Published 21 January 2025.\n"
            "Contracting authority: Department for Food Innovation. Title: AI demand forecasting and waste analytics "
            "pilot for craft and in-store bakeries.\n"
            "Estimated total value: £2,400,000 excluding VAT, in two lots (Lot 1: £1,500,000; Lot 2: £900,000). "
            "Contract duration: 24 months.\n"
            "Background: The UK market for AI-driven demand forecasting and waste reduction in bakery chains was "
            "valued at £96 million in 2024 and is projected to reach £210 million by 2029, growing by roughly 17% a "
            "year, according to the Federation of Bakers. Some 38 bakery sites will take part in the pilot.\n"
            "Deadline for tenders: 28 February 2025, 12:00."
        ),
        obs=[
            ("Total", 2024, 96, "GBP million", "actual"),
            ("Total", 2029, 210, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (210 / 96) ** (1 / 5) - 1 = 16.95% -> 17
        ],
    ),
    # 8. Singapore release in US$ with S$ asides ("US$540 million (S$725 million)"): the Asia-Pacific market for
    #    AI-driven packaging-line scheduling at snack makers in 2023 and 2024 with a rise, and a 2028 forecast (US$1.3
    #    billion, in the series' unit: 1300) with a CAGR over a printed span that holds only by rounding. Expected
    #    nowhere: the dateline, the S$ asides, the 85 employees, the S$12 million grant, the 2,300 lines in 11
    #    markets.
    dict(
        text=(
            "SINGAPORE, 9 April 2025 - Lumen Line Analytics, a Singapore-based developer of AI scheduling software "
            "for food packaging lines, today released its Asia-Pacific Snack Automation Outlook. The report sizes the "
            "Asia-Pacific market for AI-driven packaging-line scheduling at snack makers at US$540 million (S$725 "
            "million) in 2024, up 25.6% from US$430 million (S$577 million) in 2023.\n"
            "It forecasts US$1.3 billion (S$1.75 billion) by 2028, a compound annual growth rate of 24% over "
            "2024-2028.\n"
            "Lumen Line, which employs 85 people and received an S$12 million grant from Enterprise Singapore, said "
            "its software now schedules 2,300 packaging lines in 11 markets, including India, Japan and South Korea."
        ),
        obs=[
            ("Total", 2023, 430, "USD million", "actual"),
            ("Total", 2024, 540, "USD million", "actual"),
            ("Total", 2028, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (540 / 430) ** (1 / 1) - 1 = 25.58% -> 25.6
            # (1300 / 540) ** (1 / 4) - 1 = 24.56% -> 25, not 24; bounds (1250 / 540.5) ** (1/4) - 1 = 23.32%,
            # (1350 / 539.5) ** (1/4) - 1 = 25.77% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. 新浪财经-style brief (Simplified) opening with 【】 and amounts in 亿元人民币: China's market for AI oven and
    #    proofing control systems in industrial bakeries in 2024 with 同比增长 against the 2023 base, and 2027 (突破,
    #    expected at its printed 80). Expected nowhere: the 5月12日 date, the 1,150家 factories and 约四成 of them, the
    #    leader's 一季度 revenue of 2.6亿元 and its 31.5%, the 5亿元 C轮 funding.
    dict(
        text=(
            "【AI烤炉走进烘焙工厂 市场规模达36.8亿元】\n"
            "新浪财经讯 5月12日，启衡咨询发布报告称，2024年中国工业烘焙AI烤炉与醒发控制系统市场规模达36.8亿元人民币，"
            "同比增长27.3%；2023年该市场规模为28.9亿元人民币。报告预计，到2027年市场规模将突破80亿元人民币。\n"
            "报告指出，国内年产能万吨以上的烘焙工厂约1,150家，其中约四成已试点AI温控。行业龙头麦澜智造今年一季度营收"
            "2.6亿元，同比增长31.5%；此前该公司完成5亿元C轮融资。"
        ),
        obs=[
            ("Total", 2023, 28.9, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.8 / 28.9) ** (1 / 1) - 1 = 27.34% -> 27.3
        ],
    ),
    # 10. 行业白皮书 paragraph (Simplified) stating "单位：亿元" in prose and then bare numbers ("规模为41.3，同比增长
    #     18.2%"): China's AI visual inspection of candy, chocolate and snack lines in 2023 and 2024 with a 同比增长
    #     that holds only by rounding, the biscuit-line part with its 占比 and the chocolate and candy part. Expected
    #     nowhere: the white paper's title year, the 第三章 chapter number, the 2.6万条 lines, the 99.2% detection
    #     rate.
    dict(
        text=(
            "《2025中国休闲食品智能制造白皮书》第三章 AI视觉检测\n"
            "本章金额单位：亿元。2023年我国糖果、巧克力及休闲零食AI视觉检测市场规模为34.9，2024年规模为41.3，同比增长"
            "18.2%。其中饼干产线检测规模为15.7，占比38.0%；巧克力及糖果检测规模为12.6。\n"
            "目前全国已部署AI视觉检测的零食"
            "产线约2.6万条，头部厂商宣称的缺陷检出率达99.2%。"
        ),
        obs=[
            ("Total", 2023, 34.9, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
            ("饼干产线检测", 2024, 15.7, "CNY 100 million", "actual"),
            ("巧克力及糖果检测", 2024, 12.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (41.3 / 34.9) ** (1 / 1) - 1 = 18.34% -> 18.3, not 18.2; bounds 41.25 / 34.95 - 1 = 18.03%,
            # 41.35 / 34.85 - 1 = 18.65% -> 18.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 15.7 / 41.3 = 38.01% -> 38.0
        ],
    ),
    # 11. 經濟日報-style item (Traditional) in 億元新台幣 with a quarter's figure (第一季, expected nowhere): Taiwan's
    #     market for AI demand forecasting and waste reduction in bakeries in 2023 and 2024 with 年增, and a 2025
    #     forecast (預估, the dateline's year) whose 年增率 28% no reading reaches. Expected nowhere: the dateline, the
    #     第一季 2.3億元, the 1.3萬家 shops and 不到一成 of them, the leader's 52億元 revenue and 48% margin.
    dict(
        text=(
            "【經濟日報記者林佩君／台北18日電】2025年4月18日\n"
            "國內烘焙連鎖業導入AI需求預測與減廢系統的腳步加快。台灣食品科技研究院最新調查指出，2024年台灣烘焙業AI需求"
            "預測與減廢系統市場規模達8.6億元新台幣，較2023年的6.9億元新台幣年增24.6%；預估2025年將成長至10.8億元新台幣，"
            "年增率上看28%。\n"
            "其中今年第一季市場規模約2.3億元新台幣。國內烘焙門市約1.3萬家，導入AI系統者不到一成；龍頭業者去年營收52億元"
            "新台幣，毛利率約48%。"
        ),
        obs=[
            ("Total", 2023, 6.9, "TWD 100 million", "actual"),
            ("Total", 2024, 8.6, "TWD 100 million", "actual"),
            ("Total", 2025, 10.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 6.9) ** (1 / 1) - 1 = 24.64% -> 24.6
            # (10.8 / 8.6) ** (1 / 1) - 1 = 25.58% -> 26, not 28; bounds 10.75 / 8.65 - 1 = 24.28%,
            # 10.85 / 8.55 - 1 = 26.90% -> 28 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Macau government release (Traditional) with 澳門元 asides and the market in 億港元: the Hong Kong and Macau
    #     market for AI oven and fermentation control at bakeries and biscuit workshops in 2023 and 2024 (約, at its
    #     printed figure) with 增長, and a 2026 forecast (預計). Expected nowhere: the release date, the 澳門元
    #     asides, the 230間 almond-cookie workshops, the 60萬澳門元 subsidy cap.
    dict(
        text=(
            "澳門特別行政區政府新聞局 2025年3月14日\n"
            "經濟及科技發展局今日公佈《港澳烘焙及餅食業智能化調查報告》。報告指出，港澳兩地烘焙及餅食工場的AI焗爐與發酵"
            "控制系統市場規模，2024年約為12.8億港元（約13.2億澳門元），較2023年的10.9億港元（約11.2億澳門元）增長17.4%。\n"
            "報告預計，2026年市場規模可達17.5億港元。澳門現有杏仁餅及手信工場約230間，政府為每間企業提供最高60萬澳門元的"
            "智能設備資助。"
        ),
        obs=[
            ("Total", 2023, 10.9, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2026, 17.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.9) ** (1 / 1) - 1 = 17.43% -> 17.4
        ],
    ),
    # 13. 上市公司年报 "行业情况" section (Simplified) with amounts in 万元: China's market for AI demand forecasting
    #     and loss-management software for bakery chains in 2023 and 2024 (约为, at its printed figure) with 增长, and
    #     a 2025 forecast (预计). Expected nowhere: the 第三节 section number, the company's 12,836.52万元 revenue and
    #     its 19.8%, the 4,600余家 stores, the 41% of staff in R&D.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "根据中国焙烤食品糖制品工业协会统计，2024年国内烘焙连锁企业AI需求预测及损耗管理软件市场规模约为186,400万元，"
            "较2023年的148,900万元增长25.2%，预计2025年将达到232,000万元。报告期内，公司实现营业收入12,836.52万元，同比"
            "增长19.8%；公司产品已覆盖烘焙门店4,600余家，研发人员占员工总数的41%。"
        ),
        obs=[
            ("Total", 2023, 148900, "CNY 10 thousand", "actual"),
            ("Total", 2024, 186400, "CNY 10 thousand", "actual"),
            ("Total", 2025, 232000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 25.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186400 / 148900) ** (1 / 1) - 1 = 25.18% -> 25.2
        ],
    ),
    # 14. 微博 post (Simplified) with #话题# hashtags and emoji: China's market for AI recipe and flavour development at
    #     candy and chocolate makers in 2024 and a 2028 forecast (预计) with a 复合增速 over a printed span. Expected
    #     nowhere: the post's date and time, the 9个月 and 4个月 development cycles, the 38万元 project, the 3位 prize
    #     winners.
    dict(
        text=(
            "#AI做糖果# #烘焙黑科技# 刚看完青柚研究院的新报告，有点震惊😮\n"
            "2024年国内糖果巧克力企业AI配方与风味研发市场规模才9.6亿元，预计2028年能到32亿元，2024-2028年复合增速35%！\n"
            "我们厂去年试了一款AI调香，新品研发周期从9个月缩短到4个月，单个项目花了38万元。转发抽3位送新品巧克力礼盒～\n"
            "2025-06-03 21:14 来自 微博网页版"
        ),
        obs=[
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2028, 32, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32 / 9.6) ** (1 / 4) - 1 = 35.12% -> 35
        ],
    ),
    # 15. Hong Kong financial column (Traditional) in 億美元 with 按年增長: the Asia-Pacific market for AI
    #     packaging-line scheduling at snack makers in 2024 with a 按年增長 that holds only by rounding against the
    #     2023 base, and a 2027 forecast (預期). Expected nowhere: the column's date, the listed company's 4.2億港元
    #     revenue, its 22倍 P/E, the 8.6港元 price target and its 35% upside.
    dict(
        text=(
            "【投資專欄】零食包裝線AI排程：值得留意的細分賽道（文：陳浩賢，2025年7月2日）\n"
            "據研究機構恒策資本的報告，2024年亞太區零食生產商AI包裝線排程市場規模達18.6億美元，按年增長21.4%；2023年為"
            "15.3億美元。報告預期2027年市場規模將增至31億美元。\n"
            "本地一家相關上市公司去年收入4.2億港元，市盈率約22倍，有券商給予目標價8.6港元，較現價有35%上升空間。筆者未持有"
            "相關股份。"
        ),
        obs=[
            ("Total", 2023, 15.3, "USD 100 million", "actual"),
            ("Total", 2024, 18.6, "USD 100 million", "actual"),
            ("Total", 2027, 31, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.6 / 15.3) ** (1 / 1) - 1 = 21.57% -> 21.6, not 21.4; bounds 18.55 / 15.35 - 1 = 20.85%,
            # 18.65 / 15.25 - 1 = 22.30% -> 21.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Tab-separated investor-day table with a "Segment" header and "FY23", "FY24", "FY25E" columns: a snack
    #     maker's sizing of AI vision inspection spend at European biscuit and snack-bar plants by segment, with a
    #     Total row; FY23 and FY24 add exactly, FY25E only by rounding. Expected nowhere: the investor day's year, the
    #     212 plants, the company's EUR 1.9 billion revenue.
    dict(
        text=(
            "Crunchwell Foods Investor Day 2025 - AI vision inspection at European biscuit and snack plants (€ m)\n"
            "Segment\tFY23\tFY24\tFY25E\n"
            "Biscuits\t84.2\t101.6\t121.9\n"
            "Chocolate\t61.5\t73.0\t88.4\n"
            "Snack bars\t38.7\t47.1\t57.3\n"
            "Total\t184.4\t221.7\t267.7\n"
            "Source: Crunchwell estimates across 212 plants; Crunchwell's own FY24 revenue was €1.9 billion."
        ),
        obs=[
            ("Biscuits", 2023, 84.2, "EUR million", "actual"),
            ("Biscuits", 2024, 101.6, "EUR million", "actual"),
            ("Biscuits", 2025, 121.9, "EUR million", "estimate"),
            ("Chocolate", 2023, 61.5, "EUR million", "actual"),
            ("Chocolate", 2024, 73.0, "EUR million", "actual"),
            ("Chocolate", 2025, 88.4, "EUR million", "estimate"),
            ("Snack bars", 2023, 38.7, "EUR million", "actual"),
            ("Snack bars", 2024, 47.1, "EUR million", "actual"),
            ("Snack bars", 2025, 57.3, "EUR million", "estimate"),
            ("Total", 2023, 184.4, "EUR million", "actual"),
            ("Total", 2024, 221.7, "EUR million", "actual"),
            ("Total", 2025, 267.7, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY23: 84.2 + 61.5 + 38.7 = 184.4
            ("hierarchy", "exact"),  # FY24: 101.6 + 73.0 + 47.1 = 221.7
            # FY25E: 121.9 + 88.4 + 57.3 = 267.6, not 267.7; parts at most 267.75 and the total at least 267.65 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table with a header cell "Revenue (US$ m)" spanning the year columns and a second header row of
    #     years (2027F a forecast): Japan and South Korea's AI demand forecasting for bakery and confectionery retail
    #     by segment with a Total row; 2023 and 2027F add exactly, 2024 by no reading. Expected nowhere: the source's
    #     date, the 61,000 convenience stores, the top 3 chains.
    dict(
        text=(
            "Japan and South Korea: AI demand forecasting for bakery and confectionery retail\n"
            "| Segment | Revenue (US$ m) | | |\n"
            "|---|---|---|---|\n"
            "| | 2023 | 2024 | 2027F |\n"
            "| Bakery chains | 142.0 | 171.5 | 268.0 |\n"
            "| Convenience-store bakery | 96.4 | 118.2 | 187.5 |\n"
            "| Confectionery retail | 41.8 | 50.6 | 79.1 |\n"
            "| Total | 280.2 | 343.0 | 534.6 |\n"
            "Source: Sakura Bridge Research, June 2025; 61,000 convenience stores in scope; in-house tools of the top 3 "
            "chains excluded."
        ),
        obs=[
            ("Bakery chains", 2023, 142.0, "USD million", "actual"),
            ("Bakery chains", 2024, 171.5, "USD million", "actual"),
            ("Bakery chains", 2027, 268.0, "USD million", "estimate"),
            ("Convenience-store bakery", 2023, 96.4, "USD million", "actual"),
            ("Convenience-store bakery", 2024, 118.2, "USD million", "actual"),
            ("Convenience-store bakery", 2027, 187.5, "USD million", "estimate"),
            ("Confectionery retail", 2023, 41.8, "USD million", "actual"),
            ("Confectionery retail", 2024, 50.6, "USD million", "actual"),
            ("Confectionery retail", 2027, 79.1, "USD million", "estimate"),
            ("Total", 2023, 280.2, "USD million", "actual"),
            ("Total", 2024, 343.0, "USD million", "actual"),
            ("Total", 2027, 534.6, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.0 + 96.4 + 41.8 = 280.2
            # 2024: 171.5 + 118.2 + 50.6 = 340.3, not 343.0; parts at most 340.45 and the total at least 342.95 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2027F: 268.0 + 187.5 + 79.1 = 534.6
        ],
    ),
    # 18. Long-format CSV "year,segment,value,unit" under a title line: the UK market for AI in industrial bakeries
    #     by segment in 2023 and 2024 with a Total segment; both years add exactly. Expected nowhere: the export
    #     date, the 1,240 plants in scope.
    dict(
        text=(
            "UK AI in industrial bakeries by segment - Bakers' Data Trust export, 10 March 2025, 1,240 plants in scope\n"
            "year,segment,value,unit\n"
            "2023,Oven and proofing control,38.6,GBP million\n"
            "2023,Vision inspection,24.9,GBP million\n"
            "2023,Demand forecasting,17.3,GBP million\n"
            "2023,Total,80.8,GBP million\n"
            "2024,Oven and proofing control,46.2,GBP million\n"
            "2024,Vision inspection,30.8,GBP million\n"
            "2024,Demand forecasting,22.5,GBP million\n"
            "2024,Total,99.5,GBP million"
        ),
        obs=[
            ("Oven and proofing control", 2023, 38.6, "GBP million", "actual"),
            ("Vision inspection", 2023, 24.9, "GBP million", "actual"),
            ("Demand forecasting", 2023, 17.3, "GBP million", "actual"),
            ("Total", 2023, 80.8, "GBP million", "actual"),
            ("Oven and proofing control", 2024, 46.2, "GBP million", "actual"),
            ("Vision inspection", 2024, 30.8, "GBP million", "actual"),
            ("Demand forecasting", 2024, 22.5, "GBP million", "actual"),
            ("Total", 2024, 99.5, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.6 + 24.9 + 17.3 = 80.8
            ("hierarchy", "exact"),  # 2024: 46.2 + 30.8 + 22.5 = 99.5
        ],
    ),
    # 19. Simplified vertical table (years as rows) with 市场规模（亿元） and 增速 columns: China's AI demand forecasting
    #     and loss reduction for bakery chains, 2021 to 2025E, each year's 增速 against the year before; 2024's holds
    #     only by rounding. Expected nowhere: the table number 表5, the source's date, the 2.8万家 sample stores.
    dict(
        text=(
            "表5   中国烘焙连锁AI需求预测与减损市场规模及增速\n"
            "年份      市场规模（亿元）      增速\n"
            "2021      8.4                 —\n"
            "2022      11.2                33.3%\n"
            "2023      14.6                30.4%\n"
            "2024      19.3                32.0%\n"
            "2025E     25.1                30.1%\n"
            "资料来源：华信研究院，2025年1月；样本门店2.8万家。"
        ),
        obs=[
            ("市场规模", 2021, 8.4, "CNY 100 million", "actual"),
            ("市场规模", 2022, 11.2, "CNY 100 million", "actual"),
            ("市场规模", 2023, 14.6, "CNY 100 million", "actual"),
            ("市场规模", 2024, 19.3, "CNY 100 million", "actual"),
            ("市场规模", 2025, 25.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2021, 2022, 1.0),
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
            ("growth", 30.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.2 / 8.4) ** (1 / 1) - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # (14.6 / 11.2) ** (1 / 1) - 1 = 30.36% -> 30.4
            # (19.3 / 14.6) ** (1 / 1) - 1 = 32.19% -> 32.2, not 32.0; bounds 19.25 / 14.65 - 1 = 31.40%,
            # 19.35 / 14.55 - 1 = 32.99% -> 32.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (25.1 / 19.3) ** (1 / 1) - 1 = 30.05% -> 30.1
        ],
    ),
    # 20. Traditional table in 百萬美元 with 2024年, 2030年(F) and 年複合成長率 columns: the global market for AI in
    #     baking and confectionery processes by application with a 合計 row, each row's CAGR over the span its amount
    #     columns give (inferred); both years add exactly. Expected nowhere: the table number 表2, the source's date,
    #     the 420家 firms surveyed.
    dict(
        text=(
            "表2　全球AI烘焙與糖果製程應用市場規模（單位：百萬美元）\n"
            "應用領域              2024年      2030年(F)     年複合成長率\n"
            "AI烤爐與發酵控制       412.5       1,386.0        22.4%\n"
            "AI視覺檢測             538.2       1,512.8        18.8%\n"
            "AI配方與風味開發       201.6         853.0        27.2%\n"
            "合計                 1,152.3       3,751.8        21.7%\n"
            "資料來源：台灣食品工業發展研究所（2025年5月）；調查涵蓋全球420家業者。"
        ),
        obs=[
            ("AI烤爐與發酵控制", 2024, 412.5, "USD million", "actual"),
            ("AI烤爐與發酵控制", 2030, 1386.0, "USD million", "estimate"),
            ("AI視覺檢測", 2024, 538.2, "USD million", "actual"),
            ("AI視覺檢測", 2030, 1512.8, "USD million", "estimate"),
            ("AI配方與風味開發", 2024, 201.6, "USD million", "actual"),
            ("AI配方與風味開發", 2030, 853.0, "USD million", "estimate"),
            ("合計", 2024, 1152.3, "USD million", "actual"),
            ("合計", 2030, 3751.8, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 27.2, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 21.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1386.0 / 412.5) ** (1 / 6) - 1 = 22.38% -> 22.4
            ("cagr|period", "exact"),  # (1512.8 / 538.2) ** (1 / 6) - 1 = 18.80% -> 18.8
            ("cagr|period", "exact"),  # (853.0 / 201.6) ** (1 / 6) - 1 = 27.18% -> 27.2
            ("cagr|period", "exact"),  # (3751.8 / 1152.3) ** (1 / 6) - 1 = 21.74% -> 21.7
            ("hierarchy", "exact"),  # 2024年: 412.5 + 538.2 + 201.6 = 1,152.3
            ("hierarchy", "exact"),  # 2030年(F): 1,386.0 + 1,512.8 + 853.0 = 3,751.8
        ],
    ),
    # 21. US competition-law filing describing "the relevant market" at "approximately $X billion" with paragraph
    #     numbers: the US market for AI oven and proofing control systems for industrial bakeries in 2023 and 2024,
    #     with growth of 17%. Expected nowhere: the file number, the date, the paragraph numbers 4.1 and 4.2, the 11
    #     suppliers, the HHI of 1,640, Calderon's own $148 million revenue.
    dict(
        text=(
            "UNITED STATES FEDERAL TRADE COMMISSION - File No. 251-0047\n"
            "Joint Response of Brotwerk Systems Inc. and Calderon Ovens LLC to the Request for Additional "
            "Information, May 6, 2025\n"
            "4.1 The Parties submit that the relevant market is no broader than the supply of AI-based oven and "
            "proofing control systems (software, sensors and retrofit controllers) to industrial bakeries in the "
            "United States. On the Parties' best estimates, the relevant market was approximately $1.31 billion in "
            "2024, against approximately $1.12 billion in 2023, growth of 17%.\n"
            "4.2 At least 11 suppliers compete in the relevant market, and the post-transaction HHI would be 1,640. "
            "Calderon's own US revenue in fiscal 2024 was $148 million."
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 1.31, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.31 / 1.12) ** (1 / 1) - 1 = 16.96% -> 17
        ],
    ),
    # 22. Snack maker's investor-day transcript with "Slide 12:" and the slide's "$3.6B TAM by 2028" (the series'
    #     unit, USD billion), the base "last year" (the dateline's 2025 making it 2024) and "roughly 27% a year"
    #     whose span only the amounts' years give (inferred). Expected nowhere: the date, the slide number, the 38
    #     lines, the $212 million own revenue of fiscal 2024, the 15% share goal and the 20% EBITDA margin.
    dict(
        text=(
            "Crunchwell Brands Investor Day, New York, September 16, 2025 - transcript excerpt\n"
            "Dana Whitlock, Chief Operating Officer: Next slide, please.\n"
            "Slide 12: AI packaging-line scheduling - a $3.6B TAM by 2028\n"
            "Dana Whitlock: We size the total addressable market for AI scheduling of snack packaging lines at $1.4 "
            "billion last year, rising to $3.6B by 2028. That is roughly 27% a year. Today we run the software on 38 "
            "of our own lines, and our automation services revenue was $212 million in fiscal 2024. Our goal is a "
            "15% share of that TAM by 2028, at an EBITDA margin above 20%."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2028, 3.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.6 / 1.4) ** (1 / 4) - 1 = 26.63% -> 27
        ],
    ),
    # 23. Encyclopedia-style paragraph with citation brackets ("[5]") and "as of 2024": the global market for
    #     computer-vision inspection in biscuit and confectionery lines in 2024 (US$612 million, the series' unit)
    #     and a 2030 projection (US$1.48 billion, in the series' unit: 1480) with a CAGR over a printed span that
    #     holds only by rounding, and chocolate and confectionery lines' part. Expected nowhere: the citation
    #     brackets [4], [5], [6], the 1,200 pieces per minute, the 40 vendors.
    dict(
        text=(
            "AI-based visual inspection in biscuit and confectionery manufacturing\n"
            "Computer-vision inspection systems photograph biscuits, chocolates and snack bars on the conveyor and "
            "reject broken, misshapen or under-baked pieces; a typical line inspects up to 1,200 pieces per "
            "minute.[4] As of 2024, the global market for such systems was estimated at US$612 million,[5] with more "
            "than 40 vendors active. The research firm Lindqvist & Marr projected that it would reach US$1.48 "
            "billion by 2030, a compound annual growth rate of 15.8% over 2024-2030.[6] Chocolate and confectionery "
            "lines accounted for US$221 million of the 2024 total.[5]"
        ),
        obs=[
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 1480, "USD million", "estimate"),
            ("Chocolate and confectionery lines", 2024, 221, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 15.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1480 / 612) ** (1 / 6) - 1 = 15.86% -> 15.9, not 15.8; bounds (1475 / 612.5) ** (1/6) - 1 = 15.77%,
            # (1485 / 611.5) ** (1/6) - 1 = 15.94% -> 15.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. UK trade body's press release in "£bn" with "per cent" spelled out and "year-on-year": the UK market for AI
    #     demand forecasting and waste reduction tools for bakery chains in 2023 and 2024, with a rise that holds
    #     only by rounding, and a 2028 expectation. Expected nowhere: the release date, the 4,100 shops, the 62 per
    #     cent of members surveyed, the £4.9bn UK bakery market, the 310 member companies.
    dict(
        text=(
            "PRESS RELEASE - 14 May 2025\n"
            "The British Bakery Technology Association (BBTA) today published its annual Smart Bakery Monitor. The "
            "UK market for AI demand forecasting and waste reduction tools used by bakery chains and supermarket "
            "in-store bakeries was worth £0.42bn in 2024, up 18 per cent year-on-year from £0.36bn in 2023. The BBTA "
            "expects the market to reach £0.71bn by 2028.\n"
            "Tools that forecast daily bake quantities now run in 4,100 shops, and 62 per cent of members surveyed "
            "who use them report less unsold bread. The UK bakery market as a whole is worth around £4.9bn.\n"
            "Notes to editors: the BBTA represents 310 member companies."
        ),
        obs=[
            ("Total", 2023, 0.36, "GBP billion", "actual"),
            ("Total", 2024, 0.42, "GBP billion", "actual"),
            ("Total", 2028, 0.71, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (0.42 / 0.36) ** (1 / 1) - 1 = 16.67% -> 17, not 18; bounds 0.415 / 0.365 - 1 = 13.70%,
            # 0.425 / 0.355 - 1 = 19.72% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. German company's English release with "EUR 1.2bn" and "+14 % yoy" (a space before %): the European market
    #     for AI oven and proofing control in 2023 and 2024 with its rise, and Germany's part (EUR 310m) with its
    #     share. Expected nowhere: the date, Teigwerk's own 9 % sales growth, EUR 286m sales and 11.4 % EBIT margin,
    #     its 1,900 employees and 23 countries.
    dict(
        text=(
            "Teigwerk AG: European demand for AI oven control keeps rising\n"
            "Munich, 12 March 2025 - Teigwerk AG, the Munich-based maker of industrial baking lines, today published "
            "its market outlook. According to Teigwerk's estimate, the European market for AI-driven oven and "
            "proofing control reached EUR 1.2bn in 2024 (+14 % yoy), after EUR 1.05bn in 2023. Germany accounts for "
            "EUR 310m, or 26 % of the total.\n"
            "Teigwerk's own sales rose 9 % to EUR 286m in fiscal 2024 at an EBIT margin of 11.4 %. The group "
            "employs 1,900 people in 23 countries."
        ),
        obs=[
            ("Total", 2023, 1.05, "EUR billion", "actual"),
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Germany", 2024, 310, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 1.05) ** (1 / 1) - 1 = 14.29% -> 14
            ("arithmetic", "exact"),  # 310 / 1200 = 25.83% -> 26
        ],
    ),
    # 26. Podcast show notes, a bullet list with timestamps in brackets ("(08:40)"): the global market for AI
    #     packaging-line scheduling in snack manufacturing "last year" (2024, the release date's 2025 before) and a
    #     2029 forecast ($2.1 billion, in the series' unit: 2100) with "roughly 22% a year" (inferred), and Europe's
    #     part with its share. Expected nowhere: the episode number, the release date, the timestamps, the 45 and
    #     19 minutes, the 14 lines, the $90,000 licence.
    dict(
        text=(
            "The Crumb Ledger, Episode 87: Scheduling snack lines with AI (released June 3, 2025)\n"
            "Show notes:\n"
            "- (02:15) Why changeovers on bagging and flow-wrap lines eat into a snack plant's margins\n"
            "- (08:40) Priya Natarajan of Halden Analytics sizes the global market for AI packaging-line scheduling "
            "in snack manufacturing at $780 million last year\n"
            "- (14:05) Her forecast: $2.1 billion by 2029, or roughly 22% a year\n"
            "- (21:30) Europe's slice: $240 million in 2024, about 31% of the total\n"
            "- (33:10) One plant cut changeovers from 45 minutes to 19 across 14 lines\n"
            "- (41:55) Listener question: is a $90,000 per-line licence worth it?"
        ),
        obs=[
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2029, 2100, "USD million", "estimate"),
            ("Europe", 2024, 240, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2100 / 780) ** (1 / 5) - 1 = 21.91% -> 22
            ("arithmetic", "exact"),  # 240 / 780 = 30.77% -> 31
        ],
    ),
    # 27. Consultancy article with a value-at-stake range ("could add $3 billion to $5 billion", value for
    #     confectioners, not the market) beside the real market: AI recipe and flavour development tools in 2024 and
    #     a 2030 expectation ($1.2 billion, in the series' unit: 1200) with a CAGR over a printed span that no
    #     reading reaches. Expected nowhere: the issue date, the $3 billion to $5 billion, the 1,500 executives and
    #     their 60 percent, the 18 and 11 months.
    dict(
        text=(
            "Insights - Confectionery & Snacks, April 2025\n"
            "Generative AI could reshape how confectioners develop recipes and flavours. By our estimates, applying "
            "AI across formulation, sensory testing and reformulation could add $3 billion to $5 billion a year in "
            "value for the world's confectionery makers, mostly through faster launches and cheaper sugar and cocoa "
            "reduction.\n"
            "The market for AI recipe and flavour development tools themselves is far smaller: we size it at $410 "
            "million in 2024 and expect it to reach $1.2 billion by 2030 (21.5% CAGR, 2024-30). In our survey of "
            "1,500 executives, 60 percent said they had piloted such tools, and development cycles shortened from 18 "
            "months to 11."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2030, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1200 / 410) ** (1 / 6) - 1 = 19.60% -> 19.6, not 21.5; bounds (1150 / 410.5) ** (1/6) - 1 = 18.73%,
            # (1250 / 409.5) ** (1/6) - 1 = 20.44% -> 21.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Indian news item in crore with dollar asides ("Rs 1,450 crore (about $174 million)", the dollar amounts the
    #     observations): India's AI quality inspection and process control market in bakery and snack plants in
    #     FY2025 and FY2030 (2025, 2030; the FY2030 figure expected) with "21.9% annually" (inferred). Expected
    #     nowhere: the dateline, the rupee amounts, the 2,800 units, Kesari Foods' Rs 12,400 crore revenue and Rs 350
    #     crore investment, the 12% GST.
    dict(
        text=(
            "Mumbai, July 14, 2025: India's market for AI-enabled quality inspection and process control in bakery "
            "and snack plants stood at Rs 1,450 crore (about $174 million) in FY2025 and is expected to touch Rs "
            "3,900 crore (about $468 million) by FY2030, growing at 21.9% annually, according to a report by "
            "Pune-based Sahyadri Insights.\n"
            "Organised bakery and snack units number over 2,800, the report said, though fewer than one in ten use "
            "machine vision today. Kesari Foods, the country's largest biscuit maker, reported revenue of Rs 12,400 "
            "crore last fiscal and said it would invest Rs 350 crore in automation.\n"
            "Packaged snacks attract 12% GST."
        ),
        obs=[
            ("Total", 2025, 174, "USD million", "actual"),
            ("Total", 2030, 468, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (468 / 174) ** (1 / 5) - 1 = 21.88% -> 21.9 (in rupees 3900 / 1450 alike)
        ],
    ),
    # 29. 券商晨会纪要 (Simplified) with "（亿元）" after the items and numbered points: China's AI vision inspection
    #     market for bakery and snack foods in 2023 and 2024 with 同比增长, a 2027 forecast (预计) with a CAGR over
    #     a printed span, and 饼干产线检测's part with its 占比. Expected nowhere: the date, the list numbers, the
    #     leader's 12.3亿元 revenue and 41% gross margin, the 买入 rating's 56元 target price.
    dict(
        text=(
            "申江证券食品饮料晨会纪要（2025年4月9日）\n"
            "【行业深度】烘焙AI：视觉检测先行\n"
            "1. 市场规模：国内烘焙及休闲食品AI视觉检测市场规模（亿元）2023年30.2，2024年38.5，同比增长27.5%；"
            "我们预计2027年达到82.0，2024-2027年CAGR约28.7%。\n"
            "2. 结构：其中饼干产线检测（亿元）2024年14.6，占比37.9%。\n"
            "3. 重点公司：某视觉检测龙头2024年营收12.3亿元，毛利率41%，维持“买入”评级，目标价56元。"
        ),
        obs=[
            ("Total", 2023, 30.2, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("Total", 2027, 82.0, "CNY 100 million", "estimate"),
            ("饼干产线检测", 2024, 14.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("cagr", 28.7, "percent", 2024, 2027, None, "stated"),
            ("share", 37.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 30.2) ** (1 / 1) - 1 = 27.48% -> 27.5
            ("cagr|implied", "exact"),  # (82.0 / 38.5) ** (1 / 3) - 1 = 28.66% -> 28.7
            ("arithmetic", "exact"),  # 14.6 / 38.5 = 37.92% -> 37.9
        ],
    ),
    # 30. 政府采购 中标结果公告 (Simplified) with 中标金额 and the market's size in its 项目背景: China's AI oven and
    #     proofing control market for industrial bakeries in 2023 and 2024 (约为26.4亿元, expected at its printed
    #     figure) with a 增长 that no reading reaches. Expected nowhere: the 项目编号, the 486.5万元 中标金额, the
    #     3年 service term, the 1个工作日 notice period.
    dict(
        text=(
            "苏州市机关事务管理局中央厨房AI智能烤炉及醒发控制系统采购项目中标（成交）结果公告\n"
            "项目编号：SZCG2025-0412；中标供应商：江苏焙智科技有限公司；中标金额：486.5万元；服务期限：3年。\n"
            "项目背景：据全国焙烤装备产业联盟测算，2024年我国工业烘焙AI烤炉与醒发控制市场规模约为26.4亿元，"
            "较2023年的21.8亿元增长19.5%。\n"
            "本公告期限为1个工作日。"
        ),
        obs=[
            ("Total", 2023, 21.8, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (26.4 / 21.8) ** (1 / 1) - 1 = 21.10% -> 21.1, not 19.5; bounds 26.35 / 21.85 - 1 = 20.59%,
            # 26.45 / 21.75 - 1 = 21.61% -> 19.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. 工商時報-style item (Traditional) with "年增率" and "億元" of NT$: Taiwan's AI demand forecasting and
    #     waste reduction market for bakery chains and convenience-store bread in 2023 and 2024 with its 年增率, and
    #     a 2025 forecast (預估) whose 年增率 holds only by rounding. Expected nowhere: the 2,300 shops, the 18% fall
    #     in waste, 聖麥坊's 8.5% revenue growth and 3.2% share-price rise.
    dict(
        text=(
            "【工商時報／記者林佩君台北報導】烘焙連鎖導入AI需求預測成效浮現。\n"
            "據台灣食品科技產業研究中心最新調查，國內烘焙連鎖與便利商店鮮食麵包採用的AI需求預測及減少報廢解決方案"
            "市場規模，2024年達新台幣18.6億元，較2023年的15.1億元年增率23.2%；預估2025年可望擴大至23.0億元，"
            "年增率23.3%。\n"
            "目前全台烘焙連鎖門市約2,300家，導入AI訂貨系統的門市報廢率平均下降18%。上市烘焙業者聖麥坊2024年營收"
            "年增8.5%，昨日股價上漲3.2%。"
        ),
        obs=[
            ("Total", 2023, 15.1, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 23.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.1) ** (1 / 1) - 1 = 23.18% -> 23.2
            # (23.0 / 18.6) ** (1 / 1) - 1 = 23.66% -> 23.7, not 23.3; bounds 22.95 / 18.65 - 1 = 23.06%,
            # 23.05 / 18.55 - 1 = 24.26% -> 23.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. 知识星球 post (Simplified) with "大约" and a range ("130-150亿元", two value claims for 2030): China's AI
    #     recipe and flavour development tools for candy and chocolate makers in 2023 and 2024 with 同比增长, and
    #     "比2021年增长了2倍" (x2 over three years). Expected nowhere: the post date, the 3,200 球友, the 1.5万亿元
    #     snack-food industry, a leader's 2.8亿元 R&D spend and its 4.1% of revenue.
    dict(
        text=(
            "【知识星球·星球日更】AI做巧克力新口味，这门生意有多大？\n"
            "发布于2025年6月18日 · 3,200位球友可见\n"
            "简单说下我的判断：国内糖果巧克力企业用的AI配方与风味研发工具，2024年市场规模大约45亿元，2023年大约36亿元，"
            "同比增长25%，比2021年增长了2倍。往后看，到2030年大约能做到130-150亿元。\n"
            "对比一下，整个休闲食品行业规模超过1.5万亿元，这块还很小。某头部糖果企业去年研发投入2.8亿元，占营收4.1%。"
        ),
        obs=[
            ("Total", 2023, 36, "CNY 100 million", "actual"),
            ("Total", 2024, 45, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2021, 2024, 3),
            ("value", 130, "CNY 100 million", 2030, 2030, None),
            ("value", 150, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (45 / 36) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 33. 统计公报-style paragraph (Simplified) with "比上年增长" and "增速回落": a city's AI applications market in
    #     bakery and confectionery manufacturing in 2024 with its growth, and two fields (AI视觉质检 with its growth
    #     and 占 share, AI需求预测与减损系统 with its growth), no base year printed. Expected nowhere: the 4.2个百分点,
    #     the 386户 firms, the 2.1万人 employed, the 48.6万吨 output.
    dict(
        text=(
            "2024年全市焙烤食品和糖果制品业人工智能应用发展统计公报（摘录）\n"
            "全年全市焙烤食品和糖果制品业人工智能应用市场规模12.84亿元，比上年增长16.3%，增速回落4.2个百分点。"
            "分领域看，AI视觉质检3.92亿元，比上年增长21.5%，占全市规模的30.5%；AI需求预测与减损系统2.76亿元，"
            "增长12.1%。\n"
            "年末全市规模以上焙烤和糖果企业386户，从业人员2.1万人；全年面包及糕点产量48.6万吨。"
        ),
        obs=[
            ("Total", 2024, 12.84, "CNY 100 million", "actual"),
            ("AI视觉质检", 2024, 3.92, "CNY 100 million", "actual"),
            ("AI需求预测与减损系统", 2024, 2.76, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 30.5, "percent", 2024, 2024, None),
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.92 / 12.84 = 30.53% -> 30.5
        ],
    ),
    # 34. 澳門日報-style item (Traditional) with 億澳門元 asides and the market in 億港元: the Hong Kong and Macau
    #     market for AI demand forecasting and production scheduling in bakeries and souvenir-biscuit makers 去年
    #     (2024) and 前年 (2023) with a 增長 that no reading reaches, and 明年 (2026) expected. Expected nowhere: the
    #     date and the 12日, the 億澳門元 asides, the 180間 shops, the 3,400萬人次 visitors, the 32億澳門元 turnover,
    #     the 80萬澳門元 line cost.
    dict(
        text=(
            "澳門日報 2025年3月13日\n"
            "【本報訊】澳門手信餅食業加快引入人工智能。澳門餅食商會昨（12日）公布調查，港澳兩地烘焙及手信餅食業的AI"
            "需求預測與生產排程市場規模，去年達4.6億港元（約4.7億澳門元），較前年的3.8億港元（約3.9億澳門元）增長25%，"
            "預計明年可達6.8億港元（約7.0億澳門元）。\n"
            "商會指出，本澳約有180間手信及餅食店，去年訪澳旅客達3,400萬人次，帶動手信餅食業營業額約32億澳門元。"
            "商會會長表示，一條杏仁餅生產線引入AI排程系統約需80萬澳門元。"
        ),
        obs=[
            ("Total", 2023, 3.8, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2026, 6.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21, not 25; bounds 4.55 / 3.85 - 1 = 18.18%,
            # 4.65 / 3.75 - 1 = 24.00% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Hong Kong radio interview transcript (Traditional, Cantonese) with "記者：" and "專家：": Hong Kong's AI
    #     vision inspection market for chocolate, biscuits and snacks in 2023 (左右, at its printed figure) and 2024
    #     with a rise that holds only by rounding, and a 2028 forecast (預計). Expected nowhere: the programme date,
    #     the 60間 food plants, the 80萬港元 machine price.
    dict(
        text=(
            "商業電台《在商言商》2025年5月8日節錄\n"
            "記者：而家好多朱古力廠同餅乾廠都用AI睇貨，香港呢個市場有幾大？\n"
            "專家：我哋研究中心估計，香港朱古力、餅乾同零食嘅AI視覺檢測市場，2024年大約2.9億港元，2023年係2.3億港元"
            "左右，一年增長大概28%。\n"
            "記者：之後點呢？\n"
            "專家：如果廠商繼續換機，預計2028年可以去到6億港元。不過要留意，本地只有大約60間食品廠，一部檢測機都要80萬"
            "港元，所以大部分生意其實喺大灣區做。"
        ),
        obs=[
            ("Total", 2023, 2.3, "HKD 100 million", "actual"),
            ("Total", 2024, 2.9, "HKD 100 million", "actual"),
            ("Total", 2028, 6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.9 / 2.3) ** (1 / 1) - 1 = 26.09% -> 26, not 28; bounds 2.85 / 2.35 - 1 = 21.28%,
            # 2.95 / 2.25 - 1 = 31.11% -> 28 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. French-style table with spaces as thousands separators and decimal commas ("1 204,3"), en millions
    #     d'euros, countries as rows, 2023, 2024 and 2025p (prévision) columns and a Total row: Europe's AI oven and
    #     fermentation control market in industrial bakeries; all three years add exactly. Expected nowhere: the
    #     table number, the source's date, the 1 850 industrial sites.
    dict(
        text=(
            "Tableau 3 - Marché européen du pilotage des fours et de la fermentation par IA en boulangerie "
            "industrielle (en millions d'euros)\n"
            "Pays              2023        2024        2025p\n"
            "France           312,4       356,8       405,2\n"
            "Allemagne        418,7       472,3       538,9\n"
            "Belgique          96,5       108,2       121,7\n"
            "Suisse            74,8        83,1        92,6\n"
            "Autres pays      301,9       341,0       388,4\n"
            "Total          1 204,3     1 361,4     1 546,8\n"
            "Source : Observatoire de la boulangerie connectée, février 2025 ; 1 850 sites industriels recensés, "
            "hors Royaume-Uni."
        ),
        obs=[
            ("France", 2023, 312.4, "EUR million", "actual"),
            ("France", 2024, 356.8, "EUR million", "actual"),
            ("France", 2025, 405.2, "EUR million", "estimate"),
            ("Allemagne", 2023, 418.7, "EUR million", "actual"),
            ("Allemagne", 2024, 472.3, "EUR million", "actual"),
            ("Allemagne", 2025, 538.9, "EUR million", "estimate"),
            ("Belgique", 2023, 96.5, "EUR million", "actual"),
            ("Belgique", 2024, 108.2, "EUR million", "actual"),
            ("Belgique", 2025, 121.7, "EUR million", "estimate"),
            ("Suisse", 2023, 74.8, "EUR million", "actual"),
            ("Suisse", 2024, 83.1, "EUR million", "actual"),
            ("Suisse", 2025, 92.6, "EUR million", "estimate"),
            ("Autres pays", 2023, 301.9, "EUR million", "actual"),
            ("Autres pays", 2024, 341.0, "EUR million", "actual"),
            ("Autres pays", 2025, 388.4, "EUR million", "estimate"),
            ("Total", 2023, 1204.3, "EUR million", "actual"),
            ("Total", 2024, 1361.4, "EUR million", "actual"),
            ("Total", 2025, 1546.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 312.4 + 418.7 + 96.5 + 74.8 + 301.9 = 1204.3
            ("hierarchy", "exact"),  # 2024: 356.8 + 472.3 + 108.2 + 83.1 + 341.0 = 1361.4
            ("hierarchy", "exact"),  # 2025p: 405.2 + 538.9 + 121.7 + 92.6 + 388.4 = 1546.8
        ],
    ),
    # 37. Markdown table whose Total row comes first, in ¥ billion, applications as rows and 2024, 2025E and 2030E
    #     columns: Japan's AI in confectionery and snack manufacturing; 2024 and 2030E add exactly, 2025E only by
    #     rounding. Expected nowhere: the 64 manufacturers surveyed, the source's date, the ¥152 exchange rate.
    dict(
        text=(
            "Japan: AI in confectionery and snack manufacturing by application (¥ billion)\n"
            "| Application | 2024 | 2025E | 2030E |\n"
            "|---|---:|---:|---:|\n"
            "| Total | 43.2 | 52.3 | 114.9 |\n"
            "| Vision inspection | 18.4 | 21.9 | 46.2 |\n"
            "| Demand forecasting and waste reduction | 12.7 | 15.3 | 33.8 |\n"
            "| Recipe and flavour development | 6.2 | 7.9 | 19.5 |\n"
            "| Packaging-line scheduling | 5.9 | 7.1 | 15.4 |\n"
            "Source: Kanda Food Tech Research, survey of 64 manufacturers, February 2025. ¥152 = US$1."
        ),
        obs=[
            ("Total", 2024, 43.2, "JPY billion", "actual"),
            ("Total", 2025, 52.3, "JPY billion", "estimate"),
            ("Total", 2030, 114.9, "JPY billion", "estimate"),
            ("Vision inspection", 2024, 18.4, "JPY billion", "actual"),
            ("Vision inspection", 2025, 21.9, "JPY billion", "estimate"),
            ("Vision inspection", 2030, 46.2, "JPY billion", "estimate"),
            ("Demand forecasting and waste reduction", 2024, 12.7, "JPY billion", "actual"),
            ("Demand forecasting and waste reduction", 2025, 15.3, "JPY billion", "estimate"),
            ("Demand forecasting and waste reduction", 2030, 33.8, "JPY billion", "estimate"),
            ("Recipe and flavour development", 2024, 6.2, "JPY billion", "actual"),
            ("Recipe and flavour development", 2025, 7.9, "JPY billion", "estimate"),
            ("Recipe and flavour development", 2030, 19.5, "JPY billion", "estimate"),
            ("Packaging-line scheduling", 2024, 5.9, "JPY billion", "actual"),
            ("Packaging-line scheduling", 2025, 7.1, "JPY billion", "estimate"),
            ("Packaging-line scheduling", 2030, 15.4, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 18.4 + 12.7 + 6.2 + 5.9 = 43.2
            # 2025E: 21.9 + 15.3 + 7.9 + 7.1 = 52.2, not 52.3; parts at most 52.4 and the total at least 52.25 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030E: 46.2 + 33.8 + 19.5 + 15.4 = 114.9
        ],
    ),
    # 38. Traditional table under "單位：新台幣百萬元" with "2024A", "2025E" and "2026E" columns, applications as rows
    #     and 合計 last: Taiwan's AI applications in bakery and confectionery; all three years add exactly. Expected
    #     nowhere: the table number, the source's date, the 126家 firms surveyed, the 32.5 exchange rate.
    dict(
        text=(
            "表5　臺灣烘焙與糖果業AI應用市場規模\n"
            "單位：新台幣百萬元\n"
            "項目                2024A     2025E     2026E\n"
            "AI烤爐與發酵控制      412       498       596\n"
            "AI視覺檢測            356       441       537\n"
            "AI需求預測與減廢      187       236       302\n"
            "合計                  955     1,175     1,435\n"
            "資料來源：台灣焙烤食品科技協會（2025年2月），受訪業者126家；匯率以1美元兌32.5元新台幣計。"
        ),
        obs=[
            ("AI烤爐與發酵控制", 2024, 412, "TWD million", "actual"),
            ("AI烤爐與發酵控制", 2025, 498, "TWD million", "estimate"),
            ("AI烤爐與發酵控制", 2026, 596, "TWD million", "estimate"),
            ("AI視覺檢測", 2024, 356, "TWD million", "actual"),
            ("AI視覺檢測", 2025, 441, "TWD million", "estimate"),
            ("AI視覺檢測", 2026, 537, "TWD million", "estimate"),
            ("AI需求預測與減廢", 2024, 187, "TWD million", "actual"),
            ("AI需求預測與減廢", 2025, 236, "TWD million", "estimate"),
            ("AI需求預測與減廢", 2026, 302, "TWD million", "estimate"),
            ("合計", 2024, 955, "TWD million", "actual"),
            ("合計", 2025, 1175, "TWD million", "estimate"),
            ("合計", 2026, 1435, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024A: 412 + 356 + 187 = 955
            ("hierarchy", "exact"),  # 2025E: 498 + 441 + 236 = 1175
            ("hierarchy", "exact"),  # 2026E: 596 + 537 + 302 = 1435
        ],
    ),
    # 39. Table with years as rows, a lone value column headed by its unit only ("USD million", the market's
    #     Total) and a "YoY" column whose first cell is "n.a.": the US market for AI demand forecasting and waste
    #     reduction software for bakery chains, 2021 to 2025E, with four year-on-year rates, three exact and 2024's
    #     only by rounding. Expected nowhere: the table number, the note's date, the 410 chains surveyed.
    dict(
        text=(
            "Table 4. US bakery-chain AI demand forecasting and waste reduction software\n"
            "Year      USD million      YoY\n"
            "2021              142     n.a.\n"
            "2022              181    27.5%\n"
            "2023              226    24.9%\n"
            "2024              279    23.9%\n"
            "2025E             338    21.1%\n"
            "Note: 2025E as of April 2025. Based on a survey of 410 bakery and cafe chains; excludes in-store "
            "bakeries of grocers."
        ),
        obs=[
            ("Total", 2021, 142, "USD million", "actual"),
            ("Total", 2022, 181, "USD million", "actual"),
            ("Total", 2023, 226, "USD million", "actual"),
            ("Total", 2024, 279, "USD million", "actual"),
            ("Total", 2025, 338, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2021, 2022, 1.0),
            ("growth", 24.9, "percent", 2022, 2023, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (181 / 142) ** (1 / 1) - 1 = 27.46% -> 27.5
            ("cagr|implied", "exact"),  # (226 / 181) ** (1 / 1) - 1 = 24.86% -> 24.9
            # (279 / 226) ** (1 / 1) - 1 = 23.45% -> 23.5, not 23.9; bounds 278.5 / 226.5 - 1 = 22.96%,
            # 279.5 / 225.5 - 1 = 23.95% -> 23.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (338 / 279) ** (1 / 1) - 1 = 21.15% -> 21.1
        ],
    ),
    # 40. Fixed-width table, years as rows under a lone "EUR million" column (the market's Total), with a CAGR row
    #     at the bottom ("CAGR 24-30", its span printed): Europe's AI packaging-line scheduling market in snack
    #     manufacturing, 2024 to 2030F. Expected nowhere: the table number, the source's date, the 57
    #     plants tracked.
    dict(
        text=(
            "Table 7   European market for AI packaging-line scheduling in snack manufacturing\n"
            "Year          EUR million\n"
            "2024                  286\n"
            "2026F                 412\n"
            "2028F                 590\n"
            "2030F                 846\n"
            "CAGR 24-30          19.8%\n"
            "Source: Weissach Partners, snack makers' investor days and company filings, March 2025; 57 plants in "
            "Germany, Poland and Turkey tracked."
        ),
        obs=[
            ("Total", 2024, 286, "EUR million", "actual"),
            ("Total", 2026, 412, "EUR million", "estimate"),
            ("Total", 2028, 590, "EUR million", "estimate"),
            ("Total", 2030, 846, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (846 / 286) ** (1 / 6) - 1 = 19.81% -> 19.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eightieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 7, 'rounding': 12, 'exact': 54}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'TL;DR',
    'By the numbers',
    '$412M — the 2024 US market',
    '$1.15B',
    'JPY 12.4 billion',
    '(approx. US$83 million)',
    'IMO',
    '~$290M',
    '$850k',
    'YoY',
    'Key findings',
    '1)',
    '3)',
    '(in € m)',
    '2023: 412; 2024: 486',
    '$3bn-plus market',
    '2.5x',
    'CONTRACT NOTICE',
    'Estimated total value',
    'Background:',
    'US$540 million (S$725 million)',
    'compound annual growth rate',
    '【',
    '亿元人民币',
    '同比增长',
    '突破',
    '单位：亿元',
    '规模为41.3',
    '占比38.0%',
    '億元新台幣',
    '第一季',
    '年增率上看',
    '億港元',
    '澳門元',
    '行业情况',
    '万元',
    '#AI做糖果#',
    '复合增速',
    '億美元',
    '按年增長',
    'Segment\tFY23\tFY24\tFY25E',
    'FY25E',
    'Revenue (US$ m)',
    '| Total |',
    'year,segment,value,unit',
    'GBP million',
    '市场规模（亿元）',
    '增速',
    '2025E',
    '百萬美元',
    '2030年(F)',
    '年複合成長率',
    '合計',
    'the relevant market',
    'approximately $1.31 billion',
    'File No. 251-0047',
    'Slide 12:',
    '$3.6B TAM by 2028',
    'total addressable market',
    '[5]',
    'As of 2024',
    '£0.42bn',
    'per cent',
    'year-on-year',
    'EUR 1.2bn',
    '+14 % yoy',
    'EUR 310m',
    '(08:40)',
    'Show notes:',
    'could add $3 billion to $5 billion',
    '(21.5% CAGR, 2024-30)',
    'Rs 1,450 crore (about $174 million)',
    'FY2030',
    '晨会纪要',
    '（亿元）',
    'CAGR约',
    '占比',
    '中标金额',
    '项目编号',
    '工商時報',
    '年增率',
    '億元',
    '預估',
    '知识星球',
    '大约',
    '130-150亿元',
    '增长了2倍',
    '比上年增长',
    '增速回落',
    '億澳門元',
    '前年',
    '記者：',
    '專家：',
    '1 204,3',
    "en millions d'euros",
    '2025p',
    '|---|',
    '2024A',
    '2026E',
    '新台幣百萬元',
    'n.a.',
    'USD million',
    'CAGR 24-30',
    'EUR million',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 166
#: figures, 47 rates, 59 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 166, "rates_found": 47, "verdicts_right": 59}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2
