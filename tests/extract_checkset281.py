"""A two-hundred-and-eighty-first check set for the extractor, written blind: AI in bakeries, confectionery and snack
foods: AI oven and proofing control in industrial bakeries, computer-vision inspection of biscuits, chocolates and snack
bars, AI demand forecasting and waste reduction for bakery chains, AI recipe and flavour development for confectioners,
AI-driven packaging-line scheduling for snack makers. Sized in money by research houses, bakers' and confectioners'
associations, food ministries, snack makers' investor days, brokers and trade journals, in the US, the UK, France,
Germany, Belgium, Switzerland, Poland, Turkey, India, Japan, South Korea, mainland China, Taiwan and Hong Kong.

Snippets 1-20: Twenty snippets on AI in bakeries, confectionery and snack foods (AI oven and proofing control,
computer-vision inspection of biscuits, chocolates and snack bars, AI demand forecasting and waste reduction for bakery
chains, AI recipe and flavour development for confectioners, AI packaging-line scheduling for snack makers): eight
English prose texts (an email newsletter with a TL;DR and a "By the numbers" list of figure-first lines, a Japanese
press release in JPY with a US$ aside, a forum reply with IMO, ~ and k, a research firm's numbered Key findings, a
sustainability report stating "in € m" once before bare figures, an op-ed with a $3bn-plus floor beside exact figures, a
UK tender notice with contract values and a background section, a Singapore release in US$ with S$ asides), seven
Chinese prose texts (a 新浪财经 brief with 【】 in 亿元人民币, a 白皮书 paragraph stating 单位：亿元 before bare numbers, a Traditional
經濟日報-style item in 億元新台幣 with a quarter's figure, a Traditional Macau release in 億港元 with 澳門元 asides, a 年报 行业情况 section
in 万元, a 微博 post with #话题# hashtags, a Traditional Hong Kong column in 億美元 with 按年增長) and five tables (a tab-separated
investor-day TAM table with FY23, FY24 and FY25E columns, a Markdown table with a Revenue (US$ m) header over a row of
years, a long CSV year,segment,value,unit, a Simplified vertical table with 市场规模（亿元） and 增速 columns, a Traditional table
in 百萬美元 with 2024年, 2030年(F) and 年複合成長率 columns). Left out: datelines, issue, section, slide, table, note, list,
reference and ticker numbers, report title years, counts of plants, lines, bakeries, firms, engineers, employees,
members and respondents, survey and poll percentages, penetration rates and OEE, prices, licence fees, retrofit costs
and grant caps, tender contract values, funding rounds, companies' own sales, revenue, R&D spend, share target and P/E,
a price target and its upside, whole-industry and export totals, a quarter's shipments, fractions in words, S$, rupee
and 澳門元 asides and a dollar aside to a yen series. Inconsistent: 5, 11, 14, 17. Only by rounding: 1, 7, 12, 16, 19, 20.

Snippets 21-40: Twenty snippets on AI in bakeries, confectionery and snack foods (oven and proofing control, vision
inspection of biscuits and chocolates, demand forecasting and waste reduction for bakery chains, recipe and flavour
development, packaging-line scheduling): eight English prose texts (a US competition complaint sizing the relevant
market at approximately $1.4 billion, an investor-day transcript with a Slide 12 TAM, an encyclopedia paragraph with
citation brackets and as of 2024, a UK trade body's release in £bn with per cent and year-on-year, a German company's
English release in EUR bn with +14 % yoy, podcast show notes with timestamps, a Zurich consultancy article with a
value-at-stake range beside the market, an Indian news item in crore with dollar asides), seven Chinese prose texts (a
券商晨会纪要 with （亿元） after items, a 政府采购 result notice with its 中标金额, a 工商時報-style item with 年增率, a 知识星球 post with 大约 and a
300-350亿元 range, a 统计公报 paragraph with 比上年增长 and 增速回落, a 澳門日報 item in 億港元 with 億澳門元 asides, a Hong Kong radio transcript
with 記者 and 專家) and five tables (a French-style table with spaces as thousands separators and decimal commas, a Markdown
table in ¥ billion whose Total row comes first, a Traditional table with 2024A, 2025E and 2026E columns and 合計 last, a
vertical table with a YoY column opening on n.a., a fixed-width vertical table with a CAGR 24-30 row). Left out:
datelines, case, project, issue, paragraph and table numbers, timestamps, citation markers, counts of plants, stores,
suppliers, bidders, firms, members and respondents, prices and price targets with their upside, a company's own revenue,
margin, dividend, spend, market value and share target, funding rounds, award and budget amounts, whole-industry totals,
value at stake, survey and waste percentages, percentage points, fractions in words, rupee, won, pataca, franc and lira
amounts, exchange rates. Inconsistent: 23, 26, 31, 37. Only by rounding: 22, 24, 34, 36, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Email newsletter with a TL;DR line and a "By the numbers" list of figure-first lines ("$1.42B — the 2024 US
    #    market"): the US market for AI demand-forecasting and waste-reduction software at bakery chains in 2023 and
    #    2024 with a rise, in-store waste analytics' part with its share, and a 2030 forecast whose CAGR over a
    #    printed span holds only by rounding. Expected nowhere: the issue number and date, the 38% of the 412 poll
    #    respondents, the $42M Series C.
    dict(
        text=(
            "From: Crumb & Code <weekly@crumbandcode.news>\n"
            "Subject: Issue #112 — the bakery bin is getting smarter (May 13, 2025)\n"
            "TL;DR: AI demand forecasting for US bakery chains keeps compounding, and the money is in the waste it "
            "prevents.\n"
            "By the numbers\n"
            "$1.42B — the 2024 US market for AI demand-forecasting and waste-reduction software at bakery chains, "
            "per Harlow Insight\n"
            "$1.18B — the same market a year earlier (2023), so up 20.3%\n"
            "$0.51B — in-store waste analytics, 36% of the 2024 total\n"
            "$3.6B — Harlow's 2030 forecast, a 16.9% CAGR over 2024-2030\n"
            "38% — chains in our reader poll (n=412) that still forecast on spreadsheets\n"
            "$42M — the Series C that Oventide, a Chicago start-up, closed last week"
        ),
        obs=[
            ("Total", 2023, 1.18, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("In-store waste analytics", 2024, 0.51, "USD billion", "actual"),
            ("Total", 2030, 3.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.42 / 1.18) ** (1 / 1) - 1 = 20.34% -> 20.3
            ("arithmetic", "exact"),  # 0.51 / 1.42 = 35.92% -> 36
            # (3.6 / 1.42) ** (1 / 6) - 1 = 16.77% -> 16.8, not 16.9; bounds (3.55 / 1.425) ** (1/6) - 1 = 16.43%,
            # (3.65 / 1.415) ** (1/6) - 1 = 17.11% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 2. Japanese company's English press release in "JPY 12.4 billion" with a dollar aside "(approx. US$83
    #    million)": Japan's market for AI oven and proofing control in industrial bakeries in fiscal 2023 and fiscal
    #    2024 with a rise, and a fiscal 2028 forecast with a CAGR over a printed span. Expected nowhere: the dateline,
    #    the ticker 6472, the US$83 million aside, the company's own JPY 3.1 billion sales and its year-end date, the
    #    140 plants, the 30% share target, the telephone number.
    dict(
        text=(
            "TOKYO, June 5, 2025 — Kuramoto Seiki Co., Ltd. (TSE Prime: 6472), a maker of bakery automation "
            "equipment, today released its outlook for AI-based oven and proofing control in Japan's industrial "
            "bakeries.\n"
            "Citing estimates by Nisshin Food Tech Research, the company said the domestic market reached JPY 12.4 "
            "billion (approx. US$83 million) in fiscal 2024, up 14.8% from JPY 10.8 billion in fiscal 2023, and is "
            "forecast to grow to JPY 21.0 billion by fiscal 2028, a CAGR of 14.1% over fiscal 2024-2028.\n"
            "Kuramoto's own sales of bakery control systems were JPY 3.1 billion in the fiscal year ended March 31, "
            "2025, and its ProofMind controller now runs at 140 plants. The company aims to win a 30% share of the "
            "market by fiscal 2027.\n"
            "Media contact: Corporate Communications, +81-3-5412-7780"
        ),
        obs=[
            ("Total", 2023, 10.8, "JPY billion", "actual"),
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2028, 21.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("cagr", 14.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.8) ** (1 / 1) - 1 = 14.81% -> 14.8
            ("cagr|implied", "exact"),  # (21.0 / 12.4) ** (1 / 4) - 1 = 14.08% -> 14.1
        ],
    ),
    # 3. Forum reply quoting another user, with "IMO", "~" and "k" for thousands ("~$850k"): Poland's market for AI
    #    vision inspection of biscuits and wafers in 2023 (~$850k, approximate, at its printed figure) and last year
    #    (the post's 2025 making it 2024; "$1.3M" in the series' unit: 1300), its growth, and a 2028 forecast ("$4M",
    #    4000). Expected nowhere: the post date, the $120k two-camera setup and ~$9k/yr licence, line 3, the 2.4% and
    #    0.9% false-reject rates, the six months.
    dict(
        text=(
            "Posted 3 March 2025 by kasia_linecontrol\n"
            "Re: Is AI vision inspection worth it on a mid-size biscuit line?\n"
            "> wafer_wojtek wrote: Nobody in Poland is actually paying for this stuff.\n"
            "Not true IMO. Baltic Food Automation (report out last month) has the Polish market for AI vision "
            "inspection of biscuits and wafers at ~$850k in 2023 and $1.3M last year, so ~53% growth, and they "
            "reckon $4M by 2028.\n"
            "Our own setup: two cameras on line 3 for $120k all in plus ~$9k/yr licence. False rejects went from "
            "2.4% to 0.9% in six months."
        ),
        obs=[
            ("Total", 2023, 850, "USD thousand", "actual"),
            ("Total", 2024, 1300, "USD thousand", "actual"),
            ("Total", 2028, 4000, "USD thousand", "estimate"),
        ],
        claims=[
            ("growth", 53, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1300 / 850) ** (1 / 1) - 1 = 52.94% -> 53
        ],
    ),
    # 4. Research firm's "Key findings" numbered "1)", "2)", "3)": Western Europe's market for AI recipe and
    #    flavour development tools for confectioners in 2023 and 2024 with a rise, chocolate and pralines' part with
    #    its share, and a 2029 forecast with a CAGR over a printed span. Expected nowhere: the report title's 2025,
    #    the list numbers, the 62% of the 180 confectioners surveyed, the €85,000 median pilot cost.
    dict(
        text=(
            "Merrow & Aske Research — European Confectionery AI Monitor 2025\n"
            "Key findings\n"
            "1) Western Europe's market for AI recipe and flavour development tools used by confectioners reached "
            "€286 million in 2024, up 23.8% from €231 million in 2023.\n"
            "2) Chocolate and pralines accounted for €164 million of 2024 spending, a 57% share, led by makers in "
            "Belgium, Switzerland and Germany.\n"
            "3) We forecast €720 million by 2029, a CAGR of 20.3% for 2024-2029.\n"
            "4) 62% of the 180 confectioners we surveyed plan to raise AI budgets; the median pilot cost €85,000."
        ),
        obs=[
            ("Total", 2023, 231, "EUR million", "actual"),
            ("Total", 2024, 286, "EUR million", "actual"),
            ("Chocolate and pralines", 2024, 164, "EUR million", "actual"),
            ("Total", 2029, 720, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("share", 57, "percent", 2024, 2024, None),
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 231) ** (1 / 1) - 1 = 23.81% -> 23.8
            ("arithmetic", "exact"),  # 164 / 286 = 57.34% -> 57
            ("cagr|implied", "exact"),  # (720 / 286) ** (1 / 5) - 1 = 20.28% -> 20.3
        ],
    ),
    # 5. Bakery group's sustainability report paragraph stating its unit once ("in € m") and then bare figures
    #    ("2023: 412; 2024: 486"): France's market for AI demand-forecasting and anti-waste solutions in bakery
    #    retail in 2023 and 2024 with "an increase of 16.0%" that no reading reaches. Expected nowhere: the report's
    #    2024 and section 4.2, the 1,240 bakeries, the 18% fall to 9,300 tonnes, the €6.8 m programme cost, the
    #    €3.2 bn group revenue.
    dict(
        text=(
            "Maison Levain Group — 2024 Sustainability Report, section 4.2 Food waste\n"
            "Our anti-waste programme relies on AI forecasting partners, and we track the French market for AI "
            "demand-forecasting and anti-waste solutions in bakery retail (in € m, source: Observatoire Boulange "
            "Data): 2023: 412; 2024: 486, an increase of 16.0%.\n"
            "Across our 1,240 bakeries, unsold bread fell 18% to 9,300 tonnes, and the programme cost us €6.8 m in "
            "2024.\n"
            "Group revenue for the year was €3.2 bn."
        ),
        obs=[
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2024, 486, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 16.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (486 / 412) ** (1 / 1) - 1 = 17.96% -> 18.0, not 16.0; bounds 485.5 / 412.5 - 1 = 17.70%,
            # 486.5 / 411.5 - 1 = 18.23% -> 16.0 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Op-ed with a floor amount ("a $3bn-plus market" last year) beside exact figures: the market for AI-driven
    #    packaging-line scheduling for snack makers in 2023 and last year (the dateline's 2025 making it 2024, at its
    #    most precise statement, $3.27 billion) with a rise, and a 2030 forecast with "roughly 15% a year" whose span
    #    only the amounts' years give (inferred). Expected nowhere: the byline date, the 14 packaging lines and 11% of
    #    shifts, the chip maker's $18.6 billion revenue, the $250,000 licence.
    dict(
        text=(
            "Opinion: Snack makers should schedule their packaging lines like airlines\n"
            "By Dana Whitlock, a former plant manager. April 22, 2025\n"
            "AI-driven packaging-line scheduling became a $3bn-plus market last year. Kestrel Analytics puts 2024 at "
            "$3.27 billion, up 21% from $2.71 billion in 2023, and expects $7.5 billion by 2030, roughly 15% a "
            "year.\n"
            "I ran a plant with 14 packaging lines; changeovers ate 11% of our shifts. One of the big chip makers "
            "reported $18.6 billion in revenue last year and still schedules on whiteboards, even though a "
            "scheduling licence runs about $250,000 a year."
        ),
        obs=[
            ("Total", 2023, 2.71, "USD billion", "actual"),
            ("Total", 2024, 3.27, "USD billion", "actual"),
            ("Total", 2030, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.27 / 2.71) ** (1 / 1) - 1 = 20.66% -> 21
            ("cagr|period", "exact"),  # (7.5 / 3.27) ** (1 / 6) - 1 = 14.84% -> 15
        ],
    ),
    # 7. UK government tender notice with contract values and the market's size in its background section: the UK
    #    market for AI computer-vision inspection in biscuit, chocolate and snack-bar production in 2023 and 2024
    #    with a rise, and a 2028 forecast whose CAGR over a printed span holds only by rounding. Expected nowhere: the
    #    reference number, the £1,850,000 estimated value and the £1,100,000 and £750,000 lots, the 24 months, the
    #    tender deadline, the 310 plants.
    dict(
        text=(
            "CONTRACT NOTICE — Department for Food Industry Innovation (UK)\n"
            "Reference: DFII/2025/0417. Title: Computer-vision quality inspection pilots for biscuit and snack-bar "
            "lines\n"
            "Estimated total value: £1,850,000 excluding VAT (Lot 1: £1,100,000; Lot 2: £750,000). Contract "
            "duration: 24 months. Deadline for tenders: 30 June 2025.\n"
            "Background: The UK market for AI computer-vision inspection in biscuit, chocolate and snack-bar "
            "production was valued at £64.5 million in 2024, up 22.2% from £52.8 million in 2023, according to the "
            "British Biscuit and Confectionery Association, which forecasts £118 million by 2028 (a CAGR of 16.4% "
            "over 2024-2028). Around 310 UK plants make biscuits or snack bars."
        ),
        obs=[
            ("Total", 2023, 52.8, "GBP million", "actual"),
            ("Total", 2024, 64.5, "GBP million", "actual"),
            ("Total", 2028, 118, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("cagr", 16.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.5 / 52.8) ** (1 / 1) - 1 = 22.16% -> 22.2
            # (118 / 64.5) ** (1 / 4) - 1 = 16.30% -> 16.3, not 16.4; bounds (117.5 / 64.55) ** (1/4) - 1 = 16.15%,
            # (118.5 / 64.45) ** (1/4) - 1 = 16.45% -> 16.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Singapore release in US$ with S$ asides: the Asia-Pacific market for AI oven and proofing control in
    #    industrial bakeries in 2023 and 2024 with a rise, and India's part with its share (a rupee aside beside it).
    #    Expected nowhere: the dateline, the S$822 million and S$669 million asides, the ₹6.2 billion aside, the 85
    #    engineers, the US$18 million (S$24 million) Series B.
    dict(
        text=(
            "SINGAPORE, 9 April 2025 — Lumen Bakeworks Pte Ltd, a developer of AI oven and proofing controls, today "
            "published its Asia Industrial Bakery AI Outlook.\n"
            "The Asia-Pacific market for AI oven and proofing control in industrial bakeries grew to US$612 million "
            "(S$822 million) in 2024 from US$498 million (S$669 million) in 2023, an increase of 23%.\n"
            "India accounted for US$74 million (about ₹6.2 billion), or 12% of the regional total, with Japan, South "
            "Korea and mainland China making up most of the rest.\n"
            "Lumen, which employs 85 engineers, raised US$18 million (S$24 million) in a Series B led by Harbourline "
            "Ventures in January."
        ),
        obs=[
            ("Total", 2023, 498, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("India", 2024, 74, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 498) ** (1 / 1) - 1 = 22.89% -> 23
            ("arithmetic", "exact"),  # 74 / 612 = 12.09% -> 12
        ],
    ),
    # 9. 新浪财经-style brief (Simplified) opening with 【】 and amounts in 亿元人民币: China's AI oven and proofing control
    #    systems for industrial bakeries in 2024 (the headline's 去年 figure, expected once) with 同比增长 against the
    #    2023 base, and a 2027 forecast (突破80亿元, at its printed figure). Expected nowhere: the dateline, the 2600家
    #    firms, 约三成 in words, the 2亿元 B round, the 150万元 retrofit cost.
    dict(
        text=(
            "【AI烘焙赛道升温 工业烤炉智能控制市场去年规模达38.6亿元】\n"
            "新浪财经讯 2025年5月8日消息，艾瑞德咨询最新发布的报告显示，2024年中国工业烘焙AI烤炉与醒发控制系统市场"
            "规模达38.6亿元人民币，同比增长27.4%；2023年该市场规模为30.3亿元人民币。报告预计，到2027年，该市场规模"
            "将突破80亿元人民币。\n"
            "报告指出，国内规模以上烘焙食品企业约2600家，其中约三成已试点AI烤炉控制。上海某烘焙装备企业近日完成2亿元"
            "人民币B轮融资，单条智能产线改造费用约150万元。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
        ],
    ),
    # 10. 行业白皮书 paragraph (Simplified) stating "单位：亿元" in prose and then bare numbers ("规模为41.3，同比增长18.3%"):
    #     China's AI packaging-line scheduling for snack-food makers in 2023 and 2024 with a rise, nut and roasted
    #     seed makers' part with its share, and a 2028 forecast with a CAGR over a printed span. Expected nowhere: the
    #     white paper's title year and chapter, the 320家 firms surveyed, the 68.5% OEE, the 1.5万亿元 industry output.
    dict(
        text=(
            "《2025中国休闲食品智能制造白皮书》第三章 包装环节\n"
            "本节金额单位：亿元。据测算，2023年中国休闲食品企业AI包装产线排产系统市场规模为34.9，2024年规模为41.3，"
            "同比增长18.3%；其中坚果炒货企业规模为12.4，占比30.0%。预计2028年规模为86.5，2024—2028年复合增长率为"
            "20.3%。\n"
            "本次调研覆盖320家休闲食品企业，样本企业包装环节平均设备综合效率（OEE）为68.5%。全国休闲食品行业总产值约"
            "1.5万亿元。"
        ),
        obs=[
            ("Total", 2023, 34.9, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
            ("坚果炒货企业", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2028, 86.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("share", 30.0, "percent", 2024, 2024, None),
            ("cagr", 20.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.3 / 34.9) ** (1 / 1) - 1 = 18.34% -> 18.3
            ("arithmetic", "exact"),  # 12.4 / 41.3 = 30.02% -> 30.0
            ("cagr|implied", "exact"),  # (86.5 / 41.3) ** (1 / 4) - 1 = 20.30% -> 20.3
        ],
    ),
    # 11. 經濟日報-style item (Traditional) in 億元新台幣 with a quarter's figure: Taiwan's AI vision inspection for
    #     biscuit, chocolate and snack lines in 2023 and 2024 with a rise, and a 2025 forecast (可望, the dateline's
    #     year) whose 年增24.5% no reading reaches. Expected nowhere: the dateline and 昨（15）日, 近兩成 in words, the
    #     今年第一季 5.1億元 shipments, the 430家 plants, the 18% adoption rate, the 新台幣350萬元 system price.
    dict(
        text=(
            "AI視覺檢測進軍餅乾產線 市場年增近兩成\n"
            "【記者林郁文／台北報導】2025年4月16日 食品工業發展研究所昨（15）日發布調查指出，台灣餅乾、巧克力與零食"
            "產線的AI視覺檢測市場規模，2024年達18.6億元新台幣，較2023年的15.6億元新台幣成長19.2%。今年第一季相關"
            "設備出貨金額約5.1億元新台幣。食研所預估，2025年市場可望達22.4億元新台幣，年增24.5%。\n"
            "國內約有430家烘焙及零食工廠，目前導入率約18%；業者表示，一套AI檢測系統售價約新台幣350萬元。"
        ),
        obs=[
            ("Total", 2023, 15.6, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 22.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.6) ** (1 / 1) - 1 = 19.23% -> 19.2
            # (22.4 / 18.6) ** (1 / 1) - 1 = 20.43% -> 20.4, not 24.5; bounds 22.35 / 18.65 - 1 = 19.84%,
            # 22.45 / 18.55 - 1 = 21.02% -> 24.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Macau government release (Traditional) with 澳門元 asides and the market in 億港元: Hong Kong and Macau
    #     bakery chains' AI demand-forecasting and waste-reduction market in 2023 and 2024 with a rise, and the Macau
    #     market's part whose 15.0% share holds only by rounding. Expected nowhere: the release date, the 3.52億 and
    #     0.53億澳門元 asides, the 180間 bakeries, the 30萬澳門元 grant cap.
    dict(
        text=(
            "澳門特別行政區政府經濟及科技發展局新聞稿（2025年3月12日）\n"
            "經科局引述港澳烘焙業聯會的研究指出，港澳地區烘焙連鎖店應用AI需求預測及減廢方案的市場規模，2024年達"
            "3.42億港元（約3.52億澳門元），較2023年的2.75億港元增長24.4%。其中澳門市場為0.51億港元（約0.53億澳門元），"
            "佔整體的15.0%。\n"
            "本澳目前約有180間烘焙店，經科局的中小企業數碼轉型資助計劃每宗上限為30萬澳門元。"
        ),
        obs=[
            ("Total", 2023, 2.75, "HKD 100 million", "actual"),
            ("Total", 2024, 3.42, "HKD 100 million", "actual"),
            ("澳門市場", 2024, 0.51, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("share", 15.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.42 / 2.75) ** (1 / 1) - 1 = 24.36% -> 24.4
            # 0.51 / 3.42 = 14.91% -> 14.9, not 15.0; bounds 0.505 / 3.425 = 14.74%, 0.515 / 3.415 = 15.08% -> 15.0
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 13. 上市公司年报 "行业情况" section (Simplified) with amounts in 万元: China's AI recipe and flavour development
    #     services for candy and chocolate makers in 2023 and 2024 with a rise, and a 2025 forecast (预计, 超过22亿元,
    #     at its printed figure in the series' unit: 220,000万元). Expected nowhere: the section numbers, the
    #     company's 86,512.34万元 revenue and its 9.87% growth, the 5,230.16万元 R&D spend and its 6.05% of revenue,
    #     the 1,286 employees, the 400家 clients.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "根据中国糖果巧克力工业协会统计，2024年我国糖果巧克力企业AI配方与风味研发服务市场规模为186,420万元，"
            "较2023年的152,380万元增长22.34%，预计2025年将超过22亿元。\n"
            "报告期内，公司实现营业收入86,512.34万元，同比增长9.87%；研发投入5,230.16万元，占营业收入的6.05%。"
            "截至报告期末，公司共有员工1,286人，服务糖果巧克力客户逾400家。"
        ),
        obs=[
            ("Total", 2023, 152380, "CNY 10 thousand", "actual"),
            ("Total", 2024, 186420, "CNY 10 thousand", "actual"),
            ("Total", 2025, 220000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 22.34, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186420 / 152380) ** (1 / 1) - 1 = 22.339% -> 22.34
        ],
    ),
    # 14. 微博 post (Simplified) with #话题# hashtags: China's AI packaging-line scheduling for snack factories in 2023
    #     and 2024 (约25.3亿, at its printed figure) with a 同比 rise of 31.6% that no reading reaches. Expected
    #     nowhere: the 280万 system, the 45 and 12 minutes of changeover, the repost, comment and like counts.
    dict(
        text=(
            "#AI烘焙# #零食工厂自动化# 刚读完一份第三方报告，有点震撼😮 国内零食工厂的AI包装排产系统，2023年市场才"
            "19.6亿，2024年已经约25.3亿，报告里写同比涨了31.6%！我们厂去年上了一套，花了280万，换线时间从45分钟降到"
            "12分钟。\n"
            "身边做饼干的朋友说他们老板也在看，估计明年这个数还得往上走。\n"
            "转发126 评论48 赞1.2万"
        ),
        obs=[
            ("Total", 2023, 19.6, "CNY 100 million", "actual"),
            ("Total", 2024, 25.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (25.3 / 19.6) ** (1 / 1) - 1 = 29.08% -> 29.1, not 31.6; bounds 25.25 / 19.65 - 1 = 28.50%,
            # 25.35 / 19.55 - 1 = 29.67% -> 31.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Hong Kong financial column (Traditional) in 億美元 with 按年增長: the global market for AI vision inspection
    #     in chocolate and confectionery in 2023 and 2024 with a rise, and a 2029 forecast (預期) with a CAGR over a
    #     printed span. Expected nowhere: the stock code 2389, the company's 3.6億港元 revenue, the 18倍 P/E, the
    #     4.2港元 price target and its 35% upside.
    dict(
        text=(
            "【財經專欄】朱古力廠的AI眼睛　文：麥子軒\n"
            "據研究機構恒策顧問估算，全球朱古力及糖果業AI視覺檢測市場2024年規模為14.8億美元，按年增長17.5%，2023年"
            "則為12.6億美元；該機構預期2029年可達28.5億美元，2024至2029年複合年增長率約14.0%。\n"
            "本港上市的甜點機械股嘉穗控股（代號：2389）去年收入僅3.6億港元，市盈率約18倍。有券商給予目標價4.2港元，"
            "較現價有35%上升空間。筆者持有該股。"
        ),
        obs=[
            ("Total", 2023, 12.6, "USD 100 million", "actual"),
            ("Total", 2024, 14.8, "USD 100 million", "actual"),
            ("Total", 2029, 28.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("cagr", 14.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 12.6) ** (1 / 1) - 1 = 17.46% -> 17.5
            ("cagr|implied", "exact"),  # (28.5 / 14.8) ** (1 / 5) - 1 = 14.00% -> 14.0
        ],
    ),
    # 16. Snack maker's investor-day slide as a tab-separated table with a "Segment" header and "FY23", "FY24",
    #     "FY25E" columns (fiscal years counted as their numbers, FY25E an estimate): the total addressable market for
    #     AI packaging-line scheduling by segment with a Total row; FY23 and FY24 add exactly, FY25E only by rounding.
    #     Expected nowhere: the investor day's 2025 and slide number, the note number, the company's own $6.2 billion
    #     net sales and 38 plants.
    dict(
        text=(
            "Crispwell Foods Investor Day 2025, slide 14: total addressable market for AI packaging-line scheduling "
            "(US$ million)\n"
            "Segment\tFY23\tFY24\tFY25E\n"
            "Savory snacks\t412.5\t486.3\t571.0\n"
            "Snack bars\t188.2\t226.9\t270.4\n"
            "Biscuits & crackers\t246.7\t291.4\t344.9\n"
            "Total\t847.4\t1004.6\t1186.4\n"
            "Note 3: Crispwell's own FY24 net sales of $6.2 billion and its 38 plants are not part of the TAM."
        ),
        obs=[
            ("Savory snacks", 2023, 412.5, "USD million", "actual"),
            ("Savory snacks", 2024, 486.3, "USD million", "actual"),
            ("Savory snacks", 2025, 571.0, "USD million", "estimate"),
            ("Snack bars", 2023, 188.2, "USD million", "actual"),
            ("Snack bars", 2024, 226.9, "USD million", "actual"),
            ("Snack bars", 2025, 270.4, "USD million", "estimate"),
            ("Biscuits & crackers", 2023, 246.7, "USD million", "actual"),
            ("Biscuits & crackers", 2024, 291.4, "USD million", "actual"),
            ("Biscuits & crackers", 2025, 344.9, "USD million", "estimate"),
            ("Total", 2023, 847.4, "USD million", "actual"),
            ("Total", 2024, 1004.6, "USD million", "actual"),
            ("Total", 2025, 1186.4, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY23: 412.5 + 188.2 + 246.7 = 847.4
            ("hierarchy", "exact"),  # FY24: 486.3 + 226.9 + 291.4 = 1004.6
            # FY25E: 571.0 + 270.4 + 344.9 = 1186.3, not 1186.4; parts at most 1186.45 and the total at least
            # 1186.35 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table with a header cell "Revenue (US$ m)" spanning the year columns and a second header row of
    #     years (2025F a forecast): Europe's AI vision inspection for confectionery by product with a Total row; 2023
    #     and 2024 add exactly, 2025F by no reading. Expected nowhere: the source's 2025, the table number, Belgium's
    #     220 chocolatiers, the €4.1 bn chocolate export trade.
    dict(
        text=(
            "European AI vision inspection for confectionery, by product (source: Vandersteen Partners, Brussels, "
            "2025)\n"
            "| Product | Revenue (US$ m) | | |\n"
            "|---|---|---|---|\n"
            "| | 2023 | 2024 | 2025F |\n"
            "| Chocolate & pralines | 142.6 | 171.8 | 205.3 |\n"
            "| Biscuits & wafers | 96.4 | 113.9 | 134.2 |\n"
            "| Snack bars | 51.2 | 63.7 | 78.5 |\n"
            "| Total | 290.2 | 349.4 | 421.0 |\n"
            "Table 5. Belgium's 220 chocolatiers and its €4.1 bn chocolate export trade are outside the scope."
        ),
        obs=[
            ("Chocolate & pralines", 2023, 142.6, "USD million", "actual"),
            ("Chocolate & pralines", 2024, 171.8, "USD million", "actual"),
            ("Chocolate & pralines", 2025, 205.3, "USD million", "estimate"),
            ("Biscuits & wafers", 2023, 96.4, "USD million", "actual"),
            ("Biscuits & wafers", 2024, 113.9, "USD million", "actual"),
            ("Biscuits & wafers", 2025, 134.2, "USD million", "estimate"),
            ("Snack bars", 2023, 51.2, "USD million", "actual"),
            ("Snack bars", 2024, 63.7, "USD million", "actual"),
            ("Snack bars", 2025, 78.5, "USD million", "estimate"),
            ("Total", 2023, 290.2, "USD million", "actual"),
            ("Total", 2024, 349.4, "USD million", "actual"),
            ("Total", 2025, 421.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.6 + 96.4 + 51.2 = 290.2
            ("hierarchy", "exact"),  # 2024: 171.8 + 113.9 + 63.7 = 349.4
            # 2025F: 205.3 + 134.2 + 78.5 = 418.0, not 421.0; parts at most 418.15 and the total at least 420.95 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 18. Long-format CSV "year,segment,value,unit" in GBP m: the UK market for AI demand forecasting and waste
    #     reduction at bakeries by segment with Total rows in 2023 and 2024, both adding exactly. Expected nowhere:
    #     the 96 members surveyed, the source's Feb 2025, the 3.9bn loaves sold.
    dict(
        text=(
            "year,segment,value,unit\n"
            "2023,Supermarket in-store bakeries,38.4,GBP m\n"
            "2023,High-street bakery chains,22.7,GBP m\n"
            "2023,Wholesale plant bakeries,17.5,GBP m\n"
            "2023,Total,78.6,GBP m\n"
            "2024,Supermarket in-store bakeries,46.1,GBP m\n"
            "2024,High-street bakery chains,27.9,GBP m\n"
            "2024,Wholesale plant bakeries,20.8,GBP m\n"
            "2024,Total,94.8,GBP m\n"
            "# UK AI demand forecasting and waste reduction for bakeries; source: Federation of Bakers survey of 96 "
            "members, Feb 2025; the 3.9bn loaves sold in 2024 are not included"
        ),
        obs=[
            ("Supermarket in-store bakeries", 2023, 38.4, "GBP million", "actual"),
            ("High-street bakery chains", 2023, 22.7, "GBP million", "actual"),
            ("Wholesale plant bakeries", 2023, 17.5, "GBP million", "actual"),
            ("Total", 2023, 78.6, "GBP million", "actual"),
            ("Supermarket in-store bakeries", 2024, 46.1, "GBP million", "actual"),
            ("High-street bakery chains", 2024, 27.9, "GBP million", "actual"),
            ("Wholesale plant bakeries", 2024, 20.8, "GBP million", "actual"),
            ("Total", 2024, 94.8, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.4 + 22.7 + 17.5 = 78.6
            ("hierarchy", "exact"),  # 2024: 46.1 + 27.9 + 20.8 = 94.8
        ],
    ),
    # 19. Simplified vertical table (years as rows) with 市场规模（亿元） and 增速 columns, the lone value column naming
    #     only the market and its unit (the market's Total): China's AI demand forecasting and loss management for
    #     bakery chains from 2021 to 2024 and 2025E (an estimate), with four 增速 rates; 2022, 2023 and 2025E exact,
    #     2024 only by rounding. Expected nowhere: the table number, the source's date, the 4.6万家 stores.
    dict(
        text=(
            "表3-2 中国烘焙连锁AI需求预测与损耗管理市场规模\n"
            "年份        市场规模（亿元）      增速\n"
            "2021              18.6            —\n"
            "2022              24.1          29.6%\n"
            "2023              30.8          27.8%\n"
            "2024              39.5          28.4%\n"
            "2025E             49.8          26.1%\n"
            "资料来源：中国焙烤食品糖制品工业协会，2025年3月；样本覆盖连锁门店约4.6万家。"
        ),
        obs=[
            ("Total", 2021, 18.6, "CNY 100 million", "actual"),
            ("Total", 2022, 24.1, "CNY 100 million", "actual"),
            ("Total", 2023, 30.8, "CNY 100 million", "actual"),
            ("Total", 2024, 39.5, "CNY 100 million", "actual"),
            ("Total", 2025, 49.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2021, 2022, 1.0),
            ("growth", 27.8, "percent", 2022, 2023, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.1 / 18.6) ** (1 / 1) - 1 = 29.57% -> 29.6
            ("cagr|implied", "exact"),  # (30.8 / 24.1) ** (1 / 1) - 1 = 27.80% -> 27.8
            # (39.5 / 30.8) ** (1 / 1) - 1 = 28.25% -> 28.2, not 28.4; bounds 39.45 / 30.85 - 1 = 27.88%,
            # 39.55 / 30.75 - 1 = 28.62% -> 28.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (49.8 / 39.5) ** (1 / 1) - 1 = 26.08% -> 26.1
        ],
    ),
    # 20. Traditional table in 百萬美元 with 2024年, 2030年(F) and 年複合成長率 columns: Asia-Pacific AI applications in
    #     bakery and snack foods by application with a 合計 row, both years adding exactly, and five CAGRs over the
    #     printed span; four exact, AI包裝排程's only by rounding. Expected nowhere: the table number, the source's
    #     date, the 1,150家 firms surveyed.
    dict(
        text=(
            "表7　亞太地區烘焙及零食業AI應用市場規模（單位：百萬美元）\n"
            "應用別                  2024年      2030年(F)    年複合成長率\n"
            "AI烤爐與發酵控制         212.4        598.0        18.8%\n"
            "AI視覺檢測               186.5        540.2        19.4%\n"
            "AI需求預測與減廢         143.8        466.1        21.7%\n"
            "AI包裝排程                97.3        306.1        21.1%\n"
            "合計                     640.0       1910.4        20.0%\n"
            "資料來源：台灣食品產業策進會（2025年2月）；調查涵蓋日本、南韓、台灣及中國大陸共1,150家業者。"
        ),
        obs=[
            ("AI烤爐與發酵控制", 2024, 212.4, "USD million", "actual"),
            ("AI烤爐與發酵控制", 2030, 598.0, "USD million", "estimate"),
            ("AI視覺檢測", 2024, 186.5, "USD million", "actual"),
            ("AI視覺檢測", 2030, 540.2, "USD million", "estimate"),
            ("AI需求預測與減廢", 2024, 143.8, "USD million", "actual"),
            ("AI需求預測與減廢", 2030, 466.1, "USD million", "estimate"),
            ("AI包裝排程", 2024, 97.3, "USD million", "actual"),
            ("AI包裝排程", 2030, 306.1, "USD million", "estimate"),
            ("合計", 2024, 640.0, "USD million", "actual"),
            ("合計", 2030, 1910.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024年: 212.4 + 186.5 + 143.8 + 97.3 = 640.0
            ("hierarchy", "exact"),  # 2030年(F): 598.0 + 540.2 + 466.1 + 306.1 = 1910.4
            ("cagr|implied", "exact"),  # (598.0 / 212.4) ** (1 / 6) - 1 = 18.83% -> 18.8
            ("cagr|implied", "exact"),  # (540.2 / 186.5) ** (1 / 6) - 1 = 19.39% -> 19.4
            ("cagr|implied", "exact"),  # (466.1 / 143.8) ** (1 / 6) - 1 = 21.65% -> 21.7
            # (306.1 / 97.3) ** (1 / 6) - 1 = 21.048% -> 21.0, not 21.1; bounds (306.05 / 97.35) ** (1/6) - 1 =
            # 21.035%, (306.15 / 97.25) ** (1/6) - 1 = 21.062% -> 21.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1910.4 / 640.0) ** (1 / 6) - 1 = 19.99% -> 20.0
        ],
    ),
    # 21. US competition-law complaint describing "the relevant market" at "approximately $1.4 billion": the US
    #     market for AI oven and proofing control systems sold to industrial bakeries in 2023 and 2024 with a rise of
    #     roughly 22%. Expected nowhere: the civil action number, the paragraph numbers, the five suppliers and 100
    #     plants, "more than half" of the market, the $185,000 controller price, the $6.3 billion bakery equipment
    #     industry.
    dict(
        text=(
            "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF DELAWARE\n"
            "United States of America v. Hartwell Baking Systems, Inc. and OvenMind Corp., Civil Action No. 25-0418\n"
            "COMPLAINT\n"
            "31. The relevant market for purposes of this action is the sale of AI-based oven and proofing control "
            "systems to industrial bakeries in the United States. Annual sales in the relevant market were "
            "approximately $1.4 billion in 2024, up from $1.15 billion in 2023, an increase of roughly 22%.\n"
            "32. Hartwell and OvenMind are two of only five suppliers that have installed such systems at more than "
            "100 plants, and together they account for more than half of the relevant market. A single-line OvenMind "
            "controller lists at about $185,000.\n"
            "33. The broader US commercial bakery equipment industry, with sales of roughly $6.3 billion, is not a "
            "relevant market for purposes of this action."
        ),
        obs=[
            ("Total", 2023, 1.15, "USD billion", "actual"),
            ("Total", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.15) ** (1 / 1) - 1 = 21.74% -> 22
        ],
    ),
    # 22. Snack maker's investor-day transcript with "Slide 12:" and a "$14B TAM by 2028": the total addressable
    #     market for AI scheduling and changeover optimisation on snack packaging lines worldwide in 2024 and 2028,
    #     with "roughly 24% a year" whose span only the amounts' years give (inferred), holding only by rounding.
    #     Expected nowhere: the dateline, the 96 lines and 14 plants, the 31% changeover cut, the company's $310
    #     million digital revenue and 12% share ambition, the $58 price target and its 20% upside.
    dict(
        text=(
            "Kestrel Snacks Investor Day, New York, September 16, 2025 - edited transcript\n"
            "Slide 12: AI packaging-line scheduling - a $14B TAM by 2028\n"
            "DANA OKAFOR, CHIEF DIGITAL OFFICER: So let me size the prize. We put the total addressable market for AI "
            "scheduling and changeover optimisation on snack packaging lines worldwide at $6.1B in 2024, and at $14B "
            "by 2028 - call it roughly 24% a year. Inside our own network we run 96 packaging lines across 14 plants, "
            "and the pilot cut changeover time by 31%.\n"
            "Our digital services revenue was $310 million in fiscal 2024, and our ambition is a 12% share of that "
            "TAM by 2028.\n"
            "ANALYST (Hollis Brothers): Thanks, Dana. We have a $58 price target on the stock, about 20% upside, so "
            "the question is how fast that TAM converts."
        ),
        obs=[
            ("Total", 2024, 6.1, "USD billion", "actual"),
            ("Total", 2028, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (14 / 6.1) ** (1 / 4) - 1 = 23.08% -> 23, not 24; bounds (13.5 / 6.15) ** (1/4) - 1 = 21.72%,
            # (14.5 / 6.05) ** (1/4) - 1 = 24.42% -> 24 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. Encyclopedia-style paragraph with citation brackets ("[5]") and "As of 2024": the global market for
    #     computer-vision inspection in confectionery and snack production in 2024 (US$842 million), chocolate
    #     lines' part with its 38% share, and a 2030 projection (US$2.14 billion, in the series' unit: 2140) with a
    #     CAGR over a printed span that no reading reaches. Expected nowhere: the citation markers, the 2017
    #     installations, the US$18,000 and US$40,000 camera prices, the 1,900 European lines and the end of 2023.
    dict(
        text=(
            "AI-based visual inspection in confectionery\n"
            "Artificial-intelligence visual inspection is used in confectionery and snack production to detect "
            "broken biscuits, bloom on chocolate and misaligned bar wrappers.[3] The first deep-learning systems for "
            "chocolate lines were installed in Switzerland in 2017.[4]\n"
            "Market\n"
            "As of 2024, the global market for computer-vision inspection systems in confectionery and snack "
            "production was valued at US$842 million,[5] of which chocolate lines accounted for US$318 million, or "
            "38%.[5] One industry study projects the market to reach US$2.14 billion by 2030, a compound annual "
            "growth rate of 17.8% between 2024 and 2030.[6] A typical line camera costs between US$18,000 and "
            "US$40,000,[7] and more than 1,900 production lines in Europe used such systems by the end of 2023.[8]"
        ),
        obs=[
            ("Total", 2024, 842, "USD million", "actual"),
            ("Chocolate lines", 2024, 318, "USD million", "actual"),
            ("Total", 2030, 2140, "USD million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 318 / 842 = 37.77% -> 38
            # (2140 / 842) ** (1 / 6) - 1 = 16.82% -> 16.8, not 17.8; bounds (2135 / 842.5) ** (1/6) - 1 = 16.76%,
            # (2145 / 841.5) ** (1/6) - 1 = 16.88% -> 17.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK trade body's release in "£bn" with "per cent" spelled out and "year-on-year": UK bakery and
    #     confectionery manufacturers' AI spend in 2023 and 2024 with a rise that holds only by rounding, and
    #     demand forecasting and waste-reduction tools' part with its 37 per cent share (the headline's "tops
    #     £1.2bn" is the same 2024 figure, expected once at 1.26). Expected nowhere: the release date, the 214
    #     responding members and their 58 per cent, the £5.2bn bakery sector turnover, the 290,000 tonnes of
    #     bread, the 320 firms and 61,000 people.
    dict(
        text=(
            "PRESS RELEASE - 3 April 2025\n"
            "British Bakery Technology Federation: AI spend by UK bakers tops £1.2bn\n"
            "UK bakery and confectionery manufacturers spent £1.26bn on artificial-intelligence systems in 2024, "
            "up 16.4 per cent year-on-year from £1.08bn in 2023, according to the Federation's annual technology "
            "survey. Demand forecasting and waste-reduction tools made up £0.47bn, or 37 per cent of the total.\n"
            "The survey drew responses from 214 member companies, 58 per cent of which plan to raise AI budgets this "
            "year. The UK bakery sector as a whole has a turnover of about £5.2bn, and members threw away an "
            "estimated 290,000 tonnes of unsold bread last year.\n"
            "Notes to editors: spend figures are in £bn at current prices; the Federation represents 320 firms "
            "employing 61,000 people."
        ),
        obs=[
            ("Total", 2023, 1.08, "GBP billion", "actual"),
            ("Total", 2024, 1.26, "GBP billion", "actual"),
            ("Demand forecasting and waste-reduction tools", 2024, 0.47, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1.26 / 1.08) ** (1 / 1) - 1 = 16.67% -> 16.7, not 16.4; bounds 1.255 / 1.085 - 1 = 15.67%,
            # 1.265 / 1.075 - 1 = 17.67% -> 16.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.47 / 1.26 = 37.30% -> 37
        ],
    ),
    # 25. German company's English release with "EUR 1.2bn" and "+14 % yoy" (a space before %): the European
    #     market for AI oven and proofing control in 2023 and 2024 and the company's 2025 expectation, each rise
    #     exact. Expected nowhere: the dateline, the company's EUR 148.6m revenue, 18.2 % EBITDA margin, 1,140
    #     employees and EUR 0.85 dividend, the 9,600 craft bakery businesses.
    dict(
        text=(
            "Ofenwerk Digital AG: European market for AI oven control grows +14 % yoy\n"
            "Stuttgart, 11 March 2025 - Ofenwerk Digital AG, a supplier of AI-based oven and proofing control for "
            "industrial bakeries, today published its annual market study. According to the study, the European "
            "market for AI oven and proofing control reached EUR 1.2bn in 2024 (+14 % yoy; 2023: EUR 1.05bn). For "
            "2025 the company expects EUR 1.4bn (+17 % yoy).\n"
            "Ofenwerk itself grew revenue to EUR 148.6m in 2024 with an EBITDA margin of 18.2 %. The company employs "
            "1,140 people and proposes a dividend of EUR 0.85 per share. Germany's bakery trade still counts around "
            "9,600 craft bakery businesses."
        ),
        obs=[
            ("Total", 2023, 1.05, "EUR billion", "actual"),
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2025, 1.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 1.05) ** (1 / 1) - 1 = 14.29% -> 14
            ("cagr|implied", "exact"),  # (1.4 / 1.2) ** (1 / 1) - 1 = 16.67% -> 17
        ],
    ),
    # 26. Podcast show notes, a bullet list with timestamps in brackets ("(12:30)"): the US market for AI demand
    #     forecasting and waste reduction in bakery chains in 2023 and 2024 with a "29% jump" that no reading
    #     reaches, and a 2029 figure ($1.3 billion, in the series' unit: 1300). Expected nowhere: the episode number,
    #     the recording date, the timestamps, the 600 and 20 stores, the 60% of chains, the 11% and 7% waste, the
    #     $12,000 licence.
    dict(
        text=(
            "Crumb & Code - Episode 47: Forecasting the bake\n"
            "Show notes (recorded 14 May 2025)\n"
            "- (00:45) Our guest Marisol Quintero, former supply-chain lead at a 600-store US bakery-cafe chain\n"
            "- (06:10) The US market for AI demand forecasting and waste reduction in bakery chains: $410 million in "
            "2023 and $520 million in 2024\n"
            "- (12:30) Why Marisol calls that a 29% jump, and why 60% of chains still plan on spreadsheets\n"
            "- (21:05) Day-old waste: from 11% to 7% of the bake at her old chain\n"
            "- (34:20) Where the market heads: $1.3 billion by 2029\n"
            "- (41:55) Listener question: is a $12,000-a-year forecasting licence worth it for a 20-store chain?"
        ),
        obs=[
            ("Total", 2023, 410, "USD million", "actual"),
            ("Total", 2024, 520, "USD million", "actual"),
            ("Total", 2029, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (520 / 410) ** (1 / 1) - 1 = 26.83% -> 27, not 29; bounds 519.5 / 410.5 - 1 = 26.55%,
            # 520.5 / 409.5 - 1 = 27.11% -> 29 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Zurich consultancy article with a value-at-stake range ("could add $3 billion to $5 billion", not the
    #     market: expected nowhere) beside the real market: AI recipe and flavour-development tools sold to
    #     confectioners in 2024 and 2030 ($1.1 billion, in the series' unit: 1100) with a compound growth rate whose
    #     span only the amounts' years give (inferred). Expected nowhere: the date, the value at stake, the 18 and
    #     seven months, the 120 executives and their 45%, the chocolatier's CHF 2.4 million and $2.7 million spend.
    dict(
        text=(
            "Flavour by algorithm: what generative AI means for confectioners\n"
            "By Lena Brunner and Matteo Rossi, Alpenrand Partners, Zurich, June 2025\n"
            "Across the industry, we estimate that AI-led recipe and flavour development could add $3 billion to $5 "
            "billion a year in value for confectioners by 2030, mostly by cutting development cycles from 18 months "
            "to about seven. The market for the software itself is far smaller: we size AI recipe and "
            "flavour-development tools sold to confectioners at $380 million in 2024 and expect $1.1 billion by "
            "2030, a compound growth rate of 19.4%.\n"
            "Of the 120 executives we surveyed, 45% already run pilots. One Swiss chocolatier we interviewed spent "
            "CHF 2.4 million on its platform, about $2.7 million."
        ),
        obs=[
            ("Total", 2024, 380, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1100 / 380) ** (1 / 6) - 1 = 19.38% -> 19.4
        ],
    ),
    # 28. Indian news item in crore with dollar asides ("Rs 8,200 crore (about $985 million)", the dollar amounts
    #     the observations): India's market for AI packaging-line scheduling and vision inspection at snack makers
    #     in 2024 and 2028 with a yearly rate whose span only the amounts' years give (inferred). Expected nowhere:
    #     the dateline, the Rs 8,200 and Rs 3,100 crore, the Rs 48,000 crore snacks industry, the 2,300 and 400
    #     plants, the Rs 45 crore Series A.
    dict(
        text=(
            "Snack makers step up AI on packing lines\n"
            "MUMBAI, Feb 4, 2025: India's market for AI-driven packaging-line scheduling and vision inspection at "
            "snack makers is expected to touch Rs 8,200 crore (about $985 million) by 2028, from Rs 3,100 crore "
            "($372 million) in 2024, growing 27.6% a year, according to a report by Pune-based Vantage Insights.\n"
            "The country's packaged snacks industry is worth about Rs 48,000 crore. Around 2,300 snack plants "
            "operate in India, of which fewer than 400 use any form of AI. Bengaluru start-up LineSense raised Rs 45 "
            "crore in its Series A last month."
        ),
        obs=[
            ("Total", 2024, 372, "USD million", "actual"),
            ("Total", 2028, 985, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 27.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (985 / 372) ** (1 / 4) - 1 = 27.56% -> 27.6
        ],
    ),
    # 29. 券商晨会纪要 (Simplified) with "（亿元）" after items: China's AI bakery manufacturing market in 2023 and
    #     2024 with 同比增长, a 2025 forecast (预计), and AI炉温与醒发控制's part with its 37.9% share. Expected
    #     nowhere: the date and issue number, the company's 12.4亿元 revenue, the 86元 target price and its 22%
    #     upside, the 1,200家 new stores.
    dict(
        text=(
            "【晨会纪要】2025年3月18日（第168期）\n"
            "食品饮料组：烘焙AI智能化进入放量期\n"
            "据我们测算，国内烘焙AI智能制造市场规模（亿元）：2023年41.6，2024年52.3，同比增长25.7%。"
            "其中AI炉温与醒发控制（亿元）：2024年19.8，占比37.9%。我们预计2025年市场规模（亿元）将达65.0，"
            "主要受益于头部烘焙连锁全年计划新开约1,200家门店。\n"
            "重点推荐烘焙设备龙头焙芯科技：公司2024年营收12.4亿元，给予目标价86元，较现价有22%上涨空间。\n"
            "风险提示：下游烘焙连锁开店不及预期；AI设备降价超预期。"
        ),
        obs=[
            ("Total", 2023, 41.6, "CNY 100 million", "actual"),
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2025, 65.0, "CNY 100 million", "estimate"),
            ("AI炉温与醒发控制", 2024, 19.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("share", 37.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.3 / 41.6) ** (1 / 1) - 1 = 25.72% -> 25.7
            ("arithmetic", "exact"),  # 19.8 / 52.3 = 37.86% -> 37.9
        ],
    ),
    # 30. 政府采购 result notice (Simplified) with 中标金额 (expected nowhere) and the market's size: China's AI
    #     vision inspection market for biscuits, confectionery and snacks in 2024 (约为46亿元) and 2026 (突破
    #     70亿元, at its printed figure) with 年均增速约23% whose span only the amounts' years give (inferred).
    #     Expected nowhere: the project number, the 386.5万元 award and 420万元 budget, the 7 bidders, the one
    #     working day, the release date.
    dict(
        text=(
            "某市市场监督管理局食品生产AI视觉质检平台采购项目中标结果公告\n"
            "项目编号：JSZC-2025-0417\n"
            "一、中标供应商：苏州慧眼智能科技有限公司；中标金额：386.5万元（采购预算420万元）。本项目共有7家"
            "供应商参与投标。\n"
            "二、项目概况：本项目为辖区饼干、糖果及休闲食品生产企业建设AI视觉质检公共服务平台。据省食品"
            "工业协会测算，2024年我国饼干、糖果及休闲食品AI视觉检测市场规模约为46亿元，预计2026年"
            "将突破70亿元，年均增速约23%。\n"
            "三、公告期限：自本公告发布之日起1个工作日。\n"
            "发布日期：2025年4月17日"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2026, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (70 / 46) ** (1 / 2) - 1 = 23.36% -> 23
        ],
    ),
    # 31. 工商時報-style item (Traditional) with "年增率" and "億元": Taiwan's AI demand forecasting and waste
    #     reduction systems for bakery chains in 2023 and 2024 with a 年增率 no reading reaches, and a 2025
    #     forecast (預估) whose 年增率 is exact. Expected nowhere: the dateline, the 1,850家 stores, the 8% and 5%
    #     waste rates, the equipment maker's 45.3億元 revenue, the (18) day and its 128元 share price.
    dict(
        text=(
            "【記者林怡君／台北報導】2025年6月19日\n"
            "烘焙連鎖導入AI需求預測與減廢系統腳步加快。產業情報研究機構最新統計，台灣烘焙連鎖AI需求"
            "預測與減廢系統市場規模2024年達新台幣18.6億元，年增率28.5%，2023年為15.0億元；預估2025年"
            "可望成長至22.4億元，年增率20.4%。\n"
            "業者指出，全台烘焙連鎖門市約1,850家，導入AI後麵包報廢率可由8%降至5%。上櫃烘焙設備廠"
            "麥田機械去年營收45.3億元，昨（18）日股價收在128元。"
        ),
        obs=[
            ("Total", 2023, 15.0, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 22.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (18.6 / 15.0) ** (1 / 1) - 1 = 24.00% -> 24.0, not 28.5; bounds 18.55 / 15.05 - 1 = 23.26%,
            # 18.65 / 14.95 - 1 = 24.75% -> 28.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (22.4 / 18.6) ** (1 / 1) - 1 = 20.43% -> 20.4
        ],
    ),
    # 32. 知识星球 post (Simplified) with "大约" and a range ("300-350亿元", two value claims for 2030): China's AI
    #     market in bakery, confectionery and snacks in 2023 and 2024 (大约, at the printed figures) with 同比增长
    #     约31%. Expected nowhere: the post date and time, the 40亿港元 market value and 15倍 PE of a listed
    #     company, the 3,200 members.
    dict(
        text=(
            "【星球精选】烘焙和零食的AI生意到底有多大？\n"
            "星主老周 发布于2025-02-26 21:14\n"
            "简单算个账：按几家咨询机构的口径，国内烘焙、糖果和休闲零食的AI相关市场（炉温控制、视觉质检、"
            "需求预测、配方研发加起来），2023年大约58亿元，2024年大约76亿元，同比增长约31%。\n"
            "往后看，我个人判断到2030年大约300-350亿元，关键看中小烘焙工厂肯不肯为AI付费。\n"
            "提醒一下：某港股烘焙设备公司现在市值才40亿港元左右，PE不到15倍。星球目前3,200多位球友，欢迎在"
            "评论区讨论。"
        ),
        obs=[
            ("Total", 2023, 58, "CNY 100 million", "actual"),
            ("Total", 2024, 76, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("value", 300, "CNY 100 million", 2030, 2030, None),
            ("value", 350, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (76 / 58) ** (1 / 1) - 1 = 31.03% -> 31
        ],
    ),
    # 33. 统计公报-style paragraph (Simplified) with "比上年增长" and "增速回落": a province's AI manufacturing
    #     services market for baked goods in 2024 with its rise (no base printed), AI视觉检测服务 with its rise and
    #     36.1% share, and AI排产调度服务 with its rise. Expected nowhere: the report's title year, the section
    #     number, the 58.7亿元 investment, the 4.2个百分点, the 412家 firms and their 1286.5亿元 revenue.
    dict(
        text=(
            "某省2024年国民经济和社会发展统计公报（节选）\n"
            "六、工业和信息化\n"
            "全年全省焙烤食品及糖果制造业智能化改造项目完成投资58.7亿元。全省焙烤食品AI智能制造"
            "服务市场规模86.4亿元，比上年增长18.9%，增速回落4.2个百分点。其中，AI视觉检测服务31.2亿元，"
            "增长24.6%，占36.1%；AI排产调度服务22.8亿元，增长15.3%。年末规模以上焙烤食品及糖果制造企业"
            "412家，全年实现营业收入1286.5亿元。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI视觉检测服务", 2024, 31.2, "CNY 100 million", "actual"),
            ("AI排产调度服务", 2024, 22.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.2 / 86.4 = 36.11% -> 36.1
        ],
    ),
    # 34. 澳門日報-style item (Traditional) with 億澳門元 asides and the market in 億港元: Hong Kong's AI demand forecasting
    #     and waste reduction systems for bakery chains in 2023 and 2024 with an 按年增長 that holds only by
    #     rounding, and a 2026 forecast (預計). Expected nowhere: the 12.8 and 11.0億澳門元 asides, the 260間
    #     bakeries and 約三成, Macao's 0.9億澳門元, the 8,000港元 monthly fee.
    dict(
        text=(
            "【本報訊】港澳兩地烘焙連鎖加快應用人工智能需求預測系統。香港烘焙業商會昨日公布，2024年"
            "香港烘焙連鎖AI需求預測及減廢系統市場規模約12.4億港元（約12.8億澳門元），按年增長"
            "16.0%；2023年為10.7億港元（約11.0億澳門元）。商會預計，2026年市場規模可達16.5億港元。\n"
            "澳門方面，本澳約260間餅家及麵包店中，已有約三成試用相關系統，本澳市場規模約0.9億澳門元。"
            "商會會長陳志明表示，一套系統月費約8,000港元。"
        ),
        obs=[
            ("Total", 2023, 10.7, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2026, 16.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.4 / 10.7) ** (1 / 1) - 1 = 15.89% -> 15.9, not 16.0; bounds 12.35 / 10.75 - 1 = 14.88%,
            # 12.45 / 10.65 - 1 = 16.90% -> 16.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Hong Kong radio interview transcript (Traditional) with "記者：" and "專家：": Hong Kong factories' AI vision
    #     inspection market last year (the dateline's 2025 making it 2024) and a 2027 forecast, with a
    #     年複合增長率 whose span only the amounts' years give (inferred). Expected nowhere: the programme date, the
    #     80萬港元 system price, the 三十幾間 factories, the 三成 of quality cost.
    dict(
        text=(
            "電台《綠色工廠》節目錄音整理（2025年5月8日）\n"
            "記者：而家好多糖果同零食廠都用AI鏡頭驗貨，呢個市場有幾大？\n"
            "專家：以香港本地廠嚟講，我哋估計去年AI視覺檢測市場大約4.6億港元，預計2027年會去到8億港元，"
            "年複合增長率大概20%。\n"
            "記者：咩一部機要幾多錢？\n"
            "專家：一套鏡頭連軟件大概80萬港元，本地仔有三十幾間廠未用。\n"
            "記者：成本方面呢？\n"
            "專家：人手檢查大概佔品質成本三成，呢個係最大誘因。"
        ),
        obs=[
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2027, 8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8 / 4.6) ** (1 / 3) - 1 = 20.26% -> 20
        ],
    ),
    # 36. French-style table with spaces as thousands separators and decimal commas ("1 084,2"), in millions of
    #     euros: Europe's AI in bakery, biscuits and confectionery by application in 2023, 2024 and 2025P, with a
    #     Total row; 2023 and 2024 add exactly, 2025P only by rounding. Expected nowhere: the table number, the
    #     source's date, the 14 500 M€ bakery equipment market, the 1 280 industrial sites.
    dict(
        text=(
            "Tableau 4 - Marché européen de l'IA en boulangerie, biscuiterie et confiserie, par application "
            "(en millions d'euros)\n"
            "Application                                   2023        2024       2025P\n"
            "Pilotage des fours et de la pousse         1 084,2     1 241,5     1 418,7\n"
            "Inspection par vision                        842,6       986,3     1 152,4\n"
            "Prévision de la demande et anti-gaspillage    611,9       724,8       861,0\n"
            "Total                                      2 538,7     2 952,6     3 432,2\n"
            "Source : Fédération belge de la biscuiterie et de la confiserie, Bruxelles, mars 2025. Hors marché "
            "des équipements de boulangerie (environ 14 500 M€) ; 1 280 sites industriels recensés."
        ),
        obs=[
            ("Pilotage des fours et de la pousse", 2023, 1084.2, "EUR million", "actual"),
            ("Pilotage des fours et de la pousse", 2024, 1241.5, "EUR million", "actual"),
            ("Pilotage des fours et de la pousse", 2025, 1418.7, "EUR million", "estimate"),
            ("Inspection par vision", 2023, 842.6, "EUR million", "actual"),
            ("Inspection par vision", 2024, 986.3, "EUR million", "actual"),
            ("Inspection par vision", 2025, 1152.4, "EUR million", "estimate"),
            ("Prévision de la demande et anti-gaspillage", 2023, 611.9, "EUR million", "actual"),
            ("Prévision de la demande et anti-gaspillage", 2024, 724.8, "EUR million", "actual"),
            ("Prévision de la demande et anti-gaspillage", 2025, 861.0, "EUR million", "estimate"),
            ("Total", 2023, 2538.7, "EUR million", "actual"),
            ("Total", 2024, 2952.6, "EUR million", "actual"),
            ("Total", 2025, 3432.2, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1084.2 + 842.6 + 611.9 = 2538.7
            ("hierarchy", "exact"),  # 2024: 1241.5 + 986.3 + 724.8 = 2952.6
            # 2025P: 1418.7 + 1152.4 + 861.0 = 3432.1, not 3432.2; parts at most 3432.25 and the total at least
            # 3432.15 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table whose Total row comes first, in ¥ billion with fiscal-year columns (FY2025E a forecast):
    #     Japan's AI in confectionery and snack production by application; FY2023 and FY2025E add exactly, FY2024
    #     by no reading. Expected nowhere: the source's date, the ¥2.6 trillion confectionery shipments, the 412
    #     plants surveyed.
    dict(
        text=(
            "Japan: AI in confectionery and snack production by application (¥ billion)\n"
            "| Application | FY2023 | FY2024 | FY2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Total | 46.8 | 57.4 | 68.3 |\n"
            "| Vision inspection of biscuits and chocolates | 21.4 | 25.1 | 29.6 |\n"
            "| Oven and proofing control | 15.8 | 19.2 | 23.5 |\n"
            "| Demand forecasting | 9.6 | 12.3 | 15.2 |\n"
            "Source: Hoshino Research Institute, Tokyo, June 2025; fiscal years end in March. Japan's confectionery "
            "makers ship about ¥2.6 trillion a year; 412 plants surveyed."
        ),
        obs=[
            ("Total", 2023, 46.8, "JPY billion", "actual"),
            ("Total", 2024, 57.4, "JPY billion", "actual"),
            ("Total", 2025, 68.3, "JPY billion", "estimate"),
            ("Vision inspection of biscuits and chocolates", 2023, 21.4, "JPY billion", "actual"),
            ("Vision inspection of biscuits and chocolates", 2024, 25.1, "JPY billion", "actual"),
            ("Vision inspection of biscuits and chocolates", 2025, 29.6, "JPY billion", "estimate"),
            ("Oven and proofing control", 2023, 15.8, "JPY billion", "actual"),
            ("Oven and proofing control", 2024, 19.2, "JPY billion", "actual"),
            ("Oven and proofing control", 2025, 23.5, "JPY billion", "estimate"),
            ("Demand forecasting", 2023, 9.6, "JPY billion", "actual"),
            ("Demand forecasting", 2024, 12.3, "JPY billion", "actual"),
            ("Demand forecasting", 2025, 15.2, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 21.4 + 15.8 + 9.6 = 46.8
            # FY2024: 25.1 + 19.2 + 12.3 = 56.6, not 57.4; parts at most 56.75 and the total at least 57.35 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # FY2025E: 29.6 + 23.5 + 15.2 = 68.3
        ],
    ),
    # 38. Traditional table under "單位：新台幣百萬元" with "2024A", "2025E", "2026E" columns and 合計 last: Taiwan's
    #     AI in bakery and snack food production by application; every year adds exactly. Expected nowhere: the
    #     table number, the source's date, the 1,020家 bakery plants, the 新台幣500萬元 line price.
    dict(
        text=(
            "表3　台灣烘焙與休閒食品業AI應用市場規模\n"
            "單位：新台幣百萬元\n"
            "項目                2024A     2025E     2026E\n"
            "AI烤箱與發酵控制         412       498       596\n"
            "AI視覺瑕疵檢測           286       351       432\n"
            "AI包裝產線排程           174       229       297\n"
            "合計                   872     1,078     1,325\n"
            "資料來源：台灣區糕餅工業同業公會、本研究整理（2025年2月）。註：全台登記烘焙工廠約1,020家，"
            "未計入單價逾新台幣500萬元之整線設備。"
        ),
        obs=[
            ("AI烤箱與發酵控制", 2024, 412, "TWD million", "actual"),
            ("AI烤箱與發酵控制", 2025, 498, "TWD million", "estimate"),
            ("AI烤箱與發酵控制", 2026, 596, "TWD million", "estimate"),
            ("AI視覺瑕疵檢測", 2024, 286, "TWD million", "actual"),
            ("AI視覺瑕疵檢測", 2025, 351, "TWD million", "estimate"),
            ("AI視覺瑕疵檢測", 2026, 432, "TWD million", "estimate"),
            ("AI包裝產線排程", 2024, 174, "TWD million", "actual"),
            ("AI包裝產線排程", 2025, 229, "TWD million", "estimate"),
            ("AI包裝產線排程", 2026, 297, "TWD million", "estimate"),
            ("合計", 2024, 872, "TWD million", "actual"),
            ("合計", 2025, 1078, "TWD million", "estimate"),
            ("合計", 2026, 1325, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024A: 412 + 286 + 174 = 872
            ("hierarchy", "exact"),  # 2025E: 498 + 351 + 229 = 1078
            ("hierarchy", "exact"),  # 2026E: 596 + 432 + 297 = 1325
        ],
    ),
    # 39. Vertical table, years as rows, a lone value column headed by its unit only ("USD million", the market's
    #     Total) and a "YoY" column whose first cell is "n.a.": South Korea's AI packaging-line scheduling for snack
    #     makers, 2021 to 2025E; the 2023 YoY holds only by rounding, the others exactly. Expected nowhere: the
    #     source's date, the KRW 1,380 exchange rate and KRW 527 billion, the 38 plants.
    dict(
        text=(
            "South Korea: AI packaging-line scheduling for snack makers\n"
            "Year      USD million      YoY\n"
            "2021             186      n.a.\n"
            "2022             242     30.1%\n"
            "2023             310     28.4%\n"
            "2024             382     23.2%\n"
            "2025E            468     22.5%\n"
            "Source: Hanbit Securities, Seoul, March 2025. At KRW 1,380 per dollar the 2024 figure equals about KRW "
            "527 billion. Excludes the 38 plants of the two largest snack groups."
        ),
        obs=[
            ("Total", 2021, 186, "USD million", "actual"),
            ("Total", 2022, 242, "USD million", "actual"),
            ("Total", 2023, 310, "USD million", "actual"),
            ("Total", 2024, 382, "USD million", "actual"),
            ("Total", 2025, 468, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2021, 2022, 1.0),
            ("growth", 28.4, "percent", 2022, 2023, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (242 / 186) ** (1 / 1) - 1 = 30.11% -> 30.1
            # (310 / 242) ** (1 / 1) - 1 = 28.10% -> 28.1, not 28.4; bounds 309.5 / 242.5 - 1 = 27.63%,
            # 310.5 / 241.5 - 1 = 28.57% -> 28.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (382 / 310) ** (1 / 1) - 1 = 23.23% -> 23.2
            ("cagr|implied", "exact"),  # (468 / 382) ** (1 / 1) - 1 = 22.51% -> 22.5
        ],
    ),
    # 40. Fixed-width vertical table with a CAGR row at the bottom ("CAGR 24-30", a printed span: stated), in EUR
    #     million: AI demand forecasting and waste reduction for bakery chains in Poland and Turkey and their Total
    #     in 2024, 2027F and 2030F; every row adds exactly and every CAGR is exact. Expected nowhere: the source's
    #     date, the TRY 38.9 exchange rate, the 1,650 chain outlets.
    dict(
        text=(
            "AI demand forecasting and waste reduction for bakery chains: Poland and Turkey (EUR million)\n"
            "                 Poland    Turkey     Total\n"
            "2024              184.6     121.3     305.9\n"
            "2027F             312.8     228.4     541.2\n"
            "2030F             531.4     431.7     963.1\n"
            "CAGR 24-30        19.3%     23.6%     21.1%\n"
            "Source: Bosphorus & Vistula Advisory, Warsaw, May 2025. Turkish amounts converted at TRY 38.9 per euro; "
            "1,650 chain outlets in the sample."
        ),
        obs=[
            ("Poland", 2024, 184.6, "EUR million", "actual"),
            ("Poland", 2027, 312.8, "EUR million", "estimate"),
            ("Poland", 2030, 531.4, "EUR million", "estimate"),
            ("Turkey", 2024, 121.3, "EUR million", "actual"),
            ("Turkey", 2027, 228.4, "EUR million", "estimate"),
            ("Turkey", 2030, 431.7, "EUR million", "estimate"),
            ("Total", 2024, 305.9, "EUR million", "actual"),
            ("Total", 2027, 541.2, "EUR million", "estimate"),
            ("Total", 2030, 963.1, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Poland: (531.4 / 184.6) ** (1 / 6) - 1 = 19.27% -> 19.3
            ("cagr|implied", "exact"),  # Turkey: (431.7 / 121.3) ** (1 / 6) - 1 = 23.56% -> 23.6
            ("cagr|implied", "exact"),  # Total: (963.1 / 305.9) ** (1 / 6) - 1 = 21.06% -> 21.1
            ("hierarchy", "exact"),  # 2024: 184.6 + 121.3 = 305.9
            ("hierarchy", "exact"),  # 2027F: 312.8 + 228.4 = 541.2
            ("hierarchy", "exact"),  # 2030F: 531.4 + 431.7 = 963.1
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eighty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 8, 'rounding': 11, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'TL;DR:',
    'By the numbers',
    '$1.42B — the 2024 US market',
    '36% of the 2024 total',
    'a 16.9% CAGR over 2024-2030',
    'JPY 12.4 billion (approx. US$83 million)',
    'in fiscal 2024',
    'by fiscal 2028',
    'Not true IMO.',
    '~$850k',
    '$1.3M last year',
    '~53% growth',
    '$9k/yr',
    'Key findings',
    '1)',
    '2)',
    '3)',
    'a 57% share',
    'a CAGR of 20.3% for 2024-2029',
    '(in € m,',
    '2023: 412; 2024: 486',
    'an increase of 16.0%',
    'a $3bn-plus market',
    'roughly 15% a year',
    'CONTRACT NOTICE',
    'Estimated total value: £1,850,000 excluding VAT',
    'Background:',
    'US$612 million (S$822 million)',
    'about ₹6.2 billion',
    '【AI烘焙赛道升温',
    '新浪财经讯',
    '38.6亿元人民币',
    '将突破80亿元人民币',
    '单位：亿元',
    '规模为41.3，同比增长18.3%',
    '占比30.0%',
    '复合增长率为20.3%',
    '【記者林郁文／台北報導】',
    '18.6億元新台幣',
    '今年第一季',
    '年增24.5%',
    '3.42億港元（約3.52億澳門元）',
    '佔整體的15.0%',
    '行业情况',
    '186,420万元',
    '#AI烘焙#',
    '涨了31.6%',
    '14.8億美元，按年增長17.5%',
    'Segment\tFY23\tFY24\tFY25E',
    '| Product | Revenue (US$ m) | | |',
    '| | 2023 | 2024 | 2025F |',
    'year,segment,value,unit',
    '市场规模（亿元）',
    '增速',
    '2030年(F)',
    '年複合成長率',
    '百萬美元',
    'the relevant market',
    'approximately $1.4 billion',
    'Civil Action No.',
    'Slide 12:',
    '$14B TAM by 2028',
    'total addressable market',
    'price target',
    '[5]',
    'As of 2024',
    'US$842 million',
    '£bn',
    'per cent',
    'year-on-year',
    'EUR 1.2bn',
    '+14 % yoy',
    'EUR 1.05bn',
    '(12:30)',
    'Show notes',
    'could add $3 billion to $5 billion',
    'Rs 8,200 crore (about $985 million)',
    'crore',
    '晨会纪要',
    '（亿元）',
    '目标价',
    '中标金额',
    '采购预算',
    '突破',
    '年增率',
    '億元',
    '預估',
    '大约',
    '300-350亿元',
    '比上年增长',
    '增速回落',
    '个百分点',
    '億港元',
    '億澳門元',
    '按年增長',
    '記者：',
    '專家：',
    '年複合增長率',
    '1 084,2',
    "en millions d'euros",
    '| Total |',
    '|---|---:|---:|---:|',
    '¥ billion',
    'FY2025E',
    '2024A',
    '2025E',
    '2026E',
    '合計',
    '單位：新台幣百萬元',
    'USD million',
    'YoY',
    'n.a.',
    'CAGR 24-30',
    '2030F',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 150
#: figures, 47 rates, 65 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 150, "rates_found": 47, "verdicts_right": 65}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2
