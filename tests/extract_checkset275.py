"""A two-hundred-and-seventy-fifth check set for the extractor, written blind: AI in pest control, sanitation and
hygiene services: AI-enabled smart traps and rodent monitoring, AI route planning for pest-control technicians, AI
hygiene auditing in food plants and hospitals, AI-guided disinfection robots, AI in washroom and sanitation services;
sized in money by research houses, pest-management associations, health ministries, service firms' capital-markets days
and brokers, in the US, Canada, the UK, Ireland, Germany, France, Australia, South Africa, South Korea, Japan, mainland
China, Taiwan and Hong Kong. Distractors: total pest-control or hygiene revenue beside the AI part, counts of traps,
branches, technicians and customers, a service contract's price, a company's own revenue, orders or margin, a funding
round, a quarter's figures, survey percentages, a treatment's cost.

Snippets 1-20: Twenty snippets on AI in pest control, sanitation and hygiene services: eight English prose texts (a
podcast transcript with timestamps and a figure spoken in words, a press release giving amounts in words and digits
together, an Australian agency's report with A$ asides and 2023–24 and FY24 years, a Canadian release with C$ asides and
a French line of the same figures, a news story naming the forecast first, a FAQ page, a Korean maker's release with won
asides, an analyst blog chaining figures in brackets), seven Chinese prose texts (a 新华社-style 通稿, a 亿美元 text with 人民币
equivalents, a 行业协会 年度报告 with 占全球比重, a Traditional 問/答 piece, a Taiwan 經濟部-style release in 新臺幣, a Hong Kong Cantonese
column in 億港元, a text dropping 元 after its first amount) and five tables (dotted leaders, a Markdown table with the unit
in its first header cell, a semicolon CSV with decimal commas, a Traditional table in 新台幣億元 with a 合計 row, a tab-
separated table with quarter columns). Left out: total pest-control, cleaning and hygiene revenue, counts of traps,
sites, hospitals, firms and technicians, licence and contract prices, company revenue, orders, funding rounds, A$, C$,
won and 人民币 asides, survey and penetration percentages, percentage points, quarters, datelines, report numbers.
Inconsistent: 4 (CAGR), 6 (growth), 13 (2025 growth), 15 (share), 18 (2030 total), 20 (2025E total). Only by rounding: 1
(CAGR), 3 (share), 5 (inferred CAGR), 8 (route-planning CAGR), 9 (growth), 11 (CAGR), 16 (2030E total), 19 (2025 total).

Snippets 21-40: Twenty snippets on AI in pest control, sanitation and hygiene services: eight English prose texts (a
Reuters-style wire story in bln and mln, a white paper chapter with a Box 2.1 sidebar in billion U.S. dollars, an Irish
release in €m and €bn with c. for circa, a post with ~, approx. and a range, a bank's note with a ticker, a PT,
EV/EBITDA and bps, a South African release with rand asides, a Senate Hansard excerpt and a Canadian release spelling
rates out), seven Chinese prose texts (a 澎湃新闻-style item, an earnings-call transcript, a text in 万亿元, 千亿元 and 亿元, a Hong
Kong 招股書 in 人民幣十億元, a 小红书 post, a Taiwan IEK note with 民國 years and a 规划 with 到2027年 targets) and five tables (Markdown
with a Share 2024 column, Hong Kong YoY rows, a pipe table with the unit in each year header, a tab-separated Chinese
table with a 复合增长率 column, a Taiwan box-drawn table). Left out: parent-industry revenue, company revenue, orders,
margins and price targets, counts of traps, technicians, hospitals and firms, funding rounds, quarters, survey and
penetration percentages, prices and rates in words. Inconsistent: 22, 25, 29, 32 (the 2024-2029 rate), 33, 37 (one YoY),
38 (the 2030 total), 39 (one rate). Only by rounding: 21 (the share), 23 (Ireland's growth), 24, 26, 28 (the CAGR), 31
(the share), 34 (the 2025 rate), 36 (one share and the 2028F total), 39 (the 2030 total), 40 (the 2024 total).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Podcast transcript with timestamps and speaker names: the 2024 global market spoken in words ("about one
    #    point six billion dollars", at its printed figure 1.6), a 2030 forecast in digits and a CAGR over a printed
    #    span that holds only by rounding. Expected nowhere: the episode number and recording date, the timestamps,
    #    the $11.4 billion US pest-control revenue, the 42,000 connected traps, the 63% of food-service managers (a
    #    survey), the operator's $318 million first-quarter revenue.
    dict(
        text=(
            "The Clean Signal podcast, Episode 87: Rats, radar and route maps (recorded 14 May 2025)\n"
            "[00:00:05] MAYA OKAFOR: Welcome back. My guest today is Tom Brennan, principal analyst at Halverson Pike "
            "Research.\n"
            "[00:12:31] TOM BRENNAN: So if you add up every AI-enabled smart trap and remote rodent monitoring "
            "service sold worldwide, we had the market at about one point six billion dollars in 2024.\n"
            "[00:12:48] MAYA OKAFOR: And where does it go from there?\n"
            "[00:12:52] TOM BRENNAN: Our base case is $4.35 billion by 2030. That's a compound annual growth rate of "
            "18.6% from 2024 to 2030.\n"
            "[00:13:20] MAYA OKAFOR: For context, total US pest-control revenue is what, eleven billion?\n"
            "[00:13:26] TOM BRENNAN: Roughly $11.4 billion, yes, so the AI piece is still small. One of the big "
            "operators told us they have 42,000 connected traps out in restaurants alone, and in our survey 63% of "
            "food-service managers said they would pay more for live monitoring. That operator's own revenue was $318 "
            "million in the first quarter."
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2030, 4.35, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (4.35 / 1.6) ** (1 / 6) - 1 = 18.14% -> 18.1, not 18.6; bounds (4.345 / 1.65) ** (1/6) - 1 = 17.51%,
            # (4.355 / 1.55) ** (1/6) - 1 = 18.79% -> 18.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 2. Chicago research firm's press release giving each amount in words and digits together, each expected once:
    #    2024 (USD million, the series' unit), a 2031 forecast ("$2.6 billion", expected as 2,600), a CAGR over a
    #    printed span, a part (dairy and meat processing plants) with its share. Expected nowhere: the release date,
    #    the firm's thirty million dollar Series B, the 1,800 plants, the $24,000 licence, the founding year and the
    #    140 employees.
    dict(
        text=(
            "NEWS RELEASE\n"
            "CHICAGO, April 22, 2025 /Brightwater Analytics/ -- The global market for AI hygiene auditing in food "
            "and beverage plants was worth nine hundred forty million dollars ($940 million) in 2024 and is forecast "
            "to reach two point six billion dollars ($2.6 billion) by 2031, Brightwater Analytics said in a new "
            "report. That is a compound annual growth rate of 15.6% over 2024-2031. Dairy and meat processing plants "
            "accounted for four hundred twelve million dollars ($412 million), or 44% of 2024 spending, as camera "
            "systems began flagging missed sanitation steps on night shifts.\n"
            "Brightwater, which closed a thirty million dollar ($30 million) Series B round in January, says its own "
            "audit software already runs in more than 1,800 plants, with licences starting at $24,000 per site a "
            "year.\n"
            "About Brightwater Analytics: founded in 2016, the firm has 140 employees in Chicago and Rotterdam."
        ),
        obs=[
            ("Total", 2024, 940, "USD million", "actual"),
            ("Total", 2031, 2600, "USD million", "estimate"),
            ("Dairy and meat processing plants", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2031, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2600 / 940) ** (1 / 7) - 1 = 15.64% -> 15.6
            ("arithmetic", "exact"),  # 412 / 940 = 43.83% -> 44
        ],
    ),
    # 3. Australian health-technology agency's report on the global market in US$ with A$ asides (no observation)
    #    and financial years: 2023–24 (counted as 2024), a 2029–30 projection with a CAGR over the printed span, and
    #    hospitals' FY24 part whose 43% holds only by rounding. Expected nowhere: the report number, the section
    #    number, the A$2.16 billion and A$5.87 billion asides, the A$38 million Australian spend, the 61 sites, the
    #    A$95,000 to A$140,000 unit price.
    dict(
        text=(
            "Australian Centre for Health Technology Assessment\n"
            "Report 2025/07: Robots on the ward - AI-guided disinfection\n"
            "3.2 Market size\n"
            "We estimate the global market for AI-guided disinfection robots at US$1.42 billion (about A$2.16 "
            "billion) in 2023–24. On current settings it reaches US$3.87 billion (A$5.87 billion) by 2029–30, a "
            "compound annual growth rate of 18.2% over 2023–24 to 2029–30. Hospitals bought US$0.62 billion of the "
            "FY24 total, or 43%, with airports, aged care and food plants sharing the rest. Australian public "
            "hospitals spent about A$38 million on such robots in FY24 across 61 sites; a single unit costs between "
            "A$95,000 and A$140,000."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 3.87, "USD billion", "estimate"),
            ("Hospitals", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.87 / 1.42) ** (1 / 6) - 1 = 18.19% -> 18.2
            # 0.62 / 1.42 = 43.66% -> 44, not 43; bounds 0.615 / 1.425 = 43.16%, 0.625 / 1.415 = 44.17% -> 43
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Montréal research firm's release with C$ asides (no observation), the North American market in US$ (2024,
    #    a 2030 forecast expected in the series' unit as 1,050) and a CAGR over a printed span reached by no
    #    reading; a French line repeats the same figures ("1,05 milliard de dollars américains"), expected once.
    #    Expected nowhere: the release date, the C$ amounts, the 9,800 technicians, the firm's C$21 million revenue.
    dict(
        text=(
            "MONTRÉAL, March 18, 2025 – Northbank Field Insights today released its study of AI route-planning "
            "software for pest-control technicians. The North American market reached US$412 million (C$560 "
            "million) in 2024 and is expected to reach US$1.05 billion (C$1.43 billion) by 2030, a compound annual "
            "growth rate of 17.9% from 2024 to 2030. The study followed 9,800 technicians at 37 operators. "
            "Northbank, whose own revenue was C$21 million last year, is based in Montréal.\n"
            "Version française – Le marché nord-américain des logiciels d'optimisation des tournées de techniciens "
            "antiparasitaires a atteint 412 millions de dollars américains (560 millions de dollars canadiens) en "
            "2024 et devrait atteindre 1,05 milliard de dollars américains (1,43 milliard de dollars canadiens) "
            "d'ici 2030, soit un taux de croissance annuel composé de 17,9 % de 2024 à 2030."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1050 / 412) ** (1 / 6) - 1 = 16.87% -> 16.9, not 17.9; bounds (1045 / 412.5) ** (1/6) - 1 = 16.76%,
            # (1055 / 411.5) ** (1/6) - 1 = 16.99% -> 17.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. London trade-wire story naming the forecast first and the base after it ("expected to hit $3.15 billion by
    #    2030, from $1.12 billion last year", the dateline making last year 2024) and a CAGR with no printed span
    #    (inferred from the amounts' years), reached only by rounding. Expected nowhere: the dateline, the £3.4
    #    billion UK hygiene services market, Cleanline's £212 million first-quarter revenue, the 48,000 washrooms,
    #    the 71% of office workers (a survey).
    dict(
        text=(
            "LONDON, June 3, 2025 (Hygiene Trade Wire) - Spending on AI in washroom and sanitation services "
            "worldwide is expected to hit $3.15 billion by 2030, from $1.12 billion last year, according to "
            "Pennington Hale Research, as facility firms wire soap dispensers, towel units and footfall counters to "
            "software that sends cleaners only where they are needed. The firm puts the compound annual growth rate "
            "at 18.9%.\n"
            "The shift is visible in Britain, where the hygiene services market is worth about £3.4 billion. "
            "Cleanline, one of the largest washroom contractors, reported first-quarter revenue of £212 million and "
            "said it had fitted sensors in 48,000 washrooms. In a survey it commissioned, 71% of office workers said "
            "they had avoided a dirty washroom at work."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2030, 3.15, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (3.15 / 1.12) ** (1 / 6) - 1 = 18.81% -> 18.8, not 18.9; bounds (3.145 / 1.125) ** (1/6) - 1 = 18.69%,
            # (3.155 / 1.115) ** (1/6) - 1 = 18.93% -> 18.9 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. Research firm's FAQ page, one figure per answer: the UK hospital AI hygiene-auditing market in 2024 and
    #    2023, a year-on-year rate no reading reaches, a 2030 forecast. Expected nowhere: the update date, the 410
    #    hospitals, the £18,500 ward licence, the report number.
    dict(
        text=(
            "Frequently asked questions: AI hygiene auditing in UK hospitals (Larkspur Health Insight, updated 2 April "
            "2025)\n"
            "Q: How big is the UK market for AI hygiene auditing in hospitals?\n"
            "A: We sized it at £148 million in 2024.\n"
            "Q: And a year earlier?\n"
            "A: £129.6 million in 2023.\n"
            "Q: How fast is it growing?\n"
            "A: Spending rose 14.8% in 2024.\n"
            "Q: What do you expect for 2030?\n"
            "A: Our central forecast is £331 million.\n"
            "Q: How many hospitals use it?\n"
            "A: About 410 NHS and private hospitals had at least one audited ward by December.\n"
            "Q: What does it cost a hospital?\n"
            "A: A typical ward licence runs to £18,500 a year.\n"
            "Q: Where can I read the full study?\n"
            "A: Report LHI-24-09 is available to subscribers."
        ),
        obs=[
            ("Total", 2023, 129.6, "GBP million", "actual"),
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2030, 331, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (148 / 129.6) ** (1 / 1) - 1 = 14.20% -> 14.2, not 14.8; bounds 147.5 / 129.65 - 1 = 13.77%,
            # 148.5 / 129.55 - 1 = 14.63% -> 14.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Korean robot maker's English release with won amounts as asides (no observation): the Asia-Pacific market
    #    for AI-guided disinfection robots in USD, 2024 and a 2030 projection with a CAGR over a printed span, South
    #    Korea's part with its share. Expected nowhere: the release date, the group's KRW 1.2 trillion sales, the
    #    KRW 2.8 trillion aside, the 3,400 units, the 150 billion won of orders, the 85 million won list price.
    dict(
        text=(
            "SEOUL, South Korea, February 11, 2025 - Hanbit Robotics, the disinfection-robot unit of Hanbit Group "
            "(2024 sales of KRW 1.2 trillion), today unveiled its third-generation AI-guided UV-C robot for hospitals "
            "and airports. Citing Seoul Future Research, the company said the Asia-Pacific market for AI-guided "
            "disinfection robots was USD 684 million in 2024 and is projected to reach USD 1,930 million by 2030 "
            "(around KRW 2.8 trillion), a CAGR of 18.9% over 2024-2030. South Korea accounted for USD 97 million, or "
            "14.2%, of the 2024 market. Hanbit shipped 3,400 units last year and expects orders worth 150 billion won "
            "this year; each robot lists at about 85 million won."
        ),
        obs=[
            ("Total", 2024, 684, "USD million", "actual"),
            ("Total", 2030, 1930, "USD million", "estimate"),
            ("South Korea", 2024, 97, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("share", 14.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1930 / 684) ** (1 / 6) - 1 = 18.87% -> 18.9
            ("arithmetic", "exact"),  # 97 / 684 = 14.18% -> 14.2
        ],
    ),
    # 8. Analyst blog chaining each segment's figures in brackets "(2024: ...; 2030E: ...; CAGR ...)": three
    #    segments of the global market, each with 2024, a 2030 estimate and a CAGR whose span the brackets print;
    #    route planning's 19.4% holds only by rounding. Expected nowhere: the post date, VRDN's 24x earnings, its
    #    4.1% second-quarter organic growth, the 12,600 technicians, the $58 price target.
    dict(
        text=(
            "Pestwatch Notes - a blog by Lena Fairbairn, CFA (posted 9 July 2025)\n"
            "Three AI bets in the dirty-jobs economy\n"
            "I keep getting asked which corners of AI in pest control and hygiene are real. My read of the Corvane "
            "Research numbers for the global market, segment by segment: smart traps and rodent monitoring (2024: "
            "$1.18bn; 2030E: $3.05bn; CAGR 17.1%), route planning for technicians (2024: $0.46bn; 2030E: $1.32bn; "
            "CAGR 19.4%) and disinfection robots (2024: $1.02bn; 2030E: $2.71bn; CAGR 17.7%).\n"
            "The listed way in is still Veridane Services (VRDN), which trades at 24x earnings after 4.1% organic "
            "growth in the second quarter. It has 12,600 technicians to feed with better routes. My price target "
            "stays at $58."
        ),
        obs=[
            ("Smart traps and rodent monitoring", 2024, 1.18, "USD billion", "actual"),
            ("Smart traps and rodent monitoring", 2030, 3.05, "USD billion", "estimate"),
            ("Route planning for technicians", 2024, 0.46, "USD billion", "actual"),
            ("Route planning for technicians", 2030, 1.32, "USD billion", "estimate"),
            ("Disinfection robots", 2024, 1.02, "USD billion", "actual"),
            ("Disinfection robots", 2030, 2.71, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.05 / 1.18) ** (1 / 6) - 1 = 17.15% -> 17.1 (17.148)
            # (1.32 / 0.46) ** (1 / 6) - 1 = 19.21% -> 19.2, not 19.4; bounds (1.315 / 0.465) ** (1/6) - 1 = 18.92%,
            # (1.325 / 0.455) ** (1/6) - 1 = 19.50% -> 19.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2.71 / 1.02) ** (1 / 6) - 1 = 17.69% -> 17.7
        ],
    ),
    # 9. 新华社-style 通稿 in 亿元人民币: 2024 with 同比增长 that holds only by rounding, the 2023 base, a part (AI智能鼠情
    #    监测设备及服务) with its share. Expected nowhere: the dateline, the 增幅 3.2个百分点, the 1.8万家 firms, the 40万人
    #    workers, the 620亿元人民币 industry revenue.
    dict(
        text=(
            "新华社北京1月16日电（记者李明远）记者16日从中国卫生有害生物防制行业联盟获悉，2024年我国AI智能病媒监测与"
            "防制服务市场规模达到58.6亿元人民币，同比增长24.6%，增幅较上年提高3.2个百分点；2023年该市场规模为47.1亿元"
            "人民币。其中，AI智能鼠情监测设备及服务规模为21.4亿元人民币，占比36.5%。联盟数据显示，全国有害生物防制企业"
            "已超过1.8万家，从业人员约40万人，全行业营业收入约620亿元人民币。"
        ),
        obs=[
            ("Total", 2023, 47.1, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("AI智能鼠情监测设备及服务", 2024, 21.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (58.6 / 47.1) ** (1 / 1) - 1 = 24.42% -> 24.4, not 24.6; bounds 58.55 / 47.15 - 1 = 24.18%,
            # 58.65 / 47.05 - 1 = 24.65% -> 24.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 21.4 / 58.6 = 36.52% -> 36.5
        ],
    ),
    # 10. Simplified consultancy item in 亿美元 with 人民币 equivalents in brackets (expected nowhere): the global AI
    #     disinfection-robot market in 2024 and 2030 with a CAGR over a printed span, the hospital part with its
    #     share. Expected nowhere: the 约合人民币88亿元 and 256亿元, the 2600台 shipped, the 15万元 to 30万元 price, the
    #     3亿元 B轮 funding round.
    dict(
        text=(
            "据智研远景咨询发布的报告，2024年全球AI消毒机器人市场规模为12.3亿美元（约合人民币88亿元），预计到2030年将"
            "达到35.6亿美元（约合人民币256亿元），2024—2030年年均复合增长率为19.4%。其中，医院场景规模为5.1亿美元，"
            "占比41.5%。报告指出，国内某头部企业去年消毒机器人出货量约2600台，单台售价在15万元至30万元之间；该企业今年"
            "还完成了3亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 12.3, "USD 100 million", "actual"),
            ("Total", 2030, 35.6, "USD 100 million", "estimate"),
            ("医院场景", 2024, 5.1, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("share", 41.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35.6 / 12.3) ** (1 / 6) - 1 = 19.38% -> 19.4
            ("arithmetic", "exact"),  # 5.1 / 12.3 = 41.46% -> 41.5
        ],
    ),
    # 11. 行业协会 年度报告 (Simplified): China's AI smart-toilet and sanitation-operations market in 2024 with 较上年增长
    #     and the 2023 base, 占全球比重 (a share of the world market, whose total is not printed: no verdict), a 2029
    #     forecast with a 年均复合增长率 over a printed span that holds only by rounding. Expected nowhere: the report
    #     title's year, the 4.2万座 smart toilets, the 312家 members, the 68% of firms surveyed.
    dict(
        text=(
            "《中国城市环境卫生协会智慧环卫专业委员会2024年度报告》显示，2024年我国AI智慧公厕与环卫作业服务市场规模为"
            "36.2亿元，较上年增长21.5%（2023年为29.8亿元），占全球比重为17.6%。报告预计，到2029年市场规模将达到92亿元，"
            "2024—2029年年均复合增长率为20.6%。报告同时披露，全国已建成智慧公厕约4.2万座，协会会员单位312家，受访企业"
            "中68%计划在两年内引入AI调度系统。"
        ),
        obs=[
            ("Total", 2023, 29.8, "CNY 100 million", "actual"),
            ("Total", 2024, 36.2, "CNY 100 million", "actual"),
            ("Total", 2029, 92, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.2 / 29.8) ** (1 / 1) - 1 = 21.48% -> 21.5
            # (92 / 36.2) ** (1 / 5) - 1 = 20.51% -> 20.5, not 20.6; bounds (91.5 / 36.25) ** (1/5) - 1 = 20.34%,
            # (92.5 / 36.15) ** (1/5) - 1 = 20.67% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Question-and-answer interview in Traditional characters (問/答) from a Hong Kong paper on AI environmental-
    #     hygiene auditing in mainland Chinese hospitals, in 人民幣億元: 2024 and 2023 with a 按年增長, a 2027 forecast
    #     "28億元左右" (at its printed figure). Expected nowhere: the interview date, the 420家 hospitals surveyed, the
    #     57% with purchase plans, the 60萬元 system price.
    dict(
        text=(
            "專訪｜康衡諮詢合夥人周立：內地醫院AI衞生審核由試點走向採購（2025年6月12日）\n"
            "問：醫院AI環境衞生審核這兩年為何升溫？\n"
            "答：院感防控要求提高了，單靠人手巡查很難覆蓋所有病區和時段。\n"
            "問：內地市場現時有多大？\n"
            "答：據我們測算，2024年內地醫院AI環境衞生審核市場規模為人民幣14.8億元。\n"
            "問：與前一年相比呢？\n"
            "答：2023年是11.9億元，按年增長24.4%。\n"
            "問：未來幾年怎樣看？\n"
            "答：我們預計2027年達到28億元左右。\n"
            "問：醫院的採購意願如何？\n"
            "答：我們調研的420家三級醫院中，57%已有採購計劃，單套系統報價一般在60萬元上下。"
        ),
        obs=[
            ("Total", 2023, 11.9, "CNY 100 million", "actual"),
            ("Total", 2024, 14.8, "CNY 100 million", "actual"),
            ("Total", 2027, 28, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 11.9) ** (1 / 1) - 1 = 24.37% -> 24.4
        ],
    ),
    # 13. Taiwan 經濟部-style release (Traditional, 新臺幣億元, 成長率): 2024 against the 2023 base, a 2025 forecast
    #     (預估) whose 成長率 no reading reaches. Expected nowhere: the 民國 release date and the 今（20）日, the 85家
    #     firms, the 新臺幣500萬元 subsidy cap, the 18案 approved.
    dict(
        text=(
            "經濟部產業發展署新聞稿　發布日期：114年3月20日\n"
            "經濟部產業發展署今（20）日表示，我國AI智慧病媒防治及環境衛生稽核服務市場持續擴大，2024年產值達新臺幣"
            "27.4億元，較2023年的22.6億元成長21.2%；預估2025年產值可達33.5億元，成長率22.8%。產發署指出，國內投入相關"
            "服務的業者約85家，今年度補助計畫每案上限為新臺幣500萬元，目前已核定18案。"
        ),
        obs=[
            ("Total", 2023, 22.6, "TWD 100 million", "actual"),
            ("Total", 2024, 27.4, "TWD 100 million", "actual"),
            ("Total", 2025, 33.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 22.6) ** (1 / 1) - 1 = 21.24% -> 21.2
            # (33.5 / 27.4) ** (1 / 1) - 1 = 22.26% -> 22.3, not 22.8; bounds 33.45 / 27.45 - 1 = 21.86%,
            # 33.55 / 27.35 - 1 = 22.67% -> 22.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong financial column in Cantonese-flavoured Traditional, in 億港元: the AI cleaning and disinfection
    #     services market in 2024 and 2023 with 按年升, a 2026 forecast. Expected nowhere: the column's date, the
    #     listed cleaner's stock code, its 46億港元 revenue, the 9,800名 staff, the 3,200萬港元 mall contract.
    dict(
        text=(
            "【財經專欄】衞生科技有錢搵（2025年5月8日）\n"
            "近排成日有讀者問，AI清潔同消毒呢門生意喺香港究竟有幾大？根據本地研究機構卓衡顧問嘅數字，2024年香港AI清潔"
            "及消毒服務市場規模有12.6億港元，2023年係10.4億港元，按年升21.2%。咁快嘅增長，主要係醫院同商場業主都開始"
            "用消毒機械人同智能洗手間感應系統。佢哋預計2026年會去到18.5億港元。不過要留意，某上市清潔服務商（股份代號："
            "2983）去年收入約46億港元，旗下有9,800名清潔員工，一份大型商場清潔合約每年都要成3,200萬港元，AI部分喺佢盤數"
            "入面其實仲好細。"
        ),
        obs=[
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2026, 18.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.4) ** (1 / 1) - 1 = 21.15% -> 21.2 (21.154)
        ],
    ),
    # 15. Simplified text whose amounts drop 元 after the first ("32.4亿元", then "26.3亿", "13.8亿", "18.6亿", all
    #     read as 亿元): 2024 against the 2023 base with a growth rate, two parts, the vision part's share reached by
    #     no reading. Expected nowhere: the 2.7个百分点 and 1.9个百分点, the 8.5% penetration rate, the 4万家 firms.
    dict(
        text=(
            "2024年我国食品生产企业AI卫生合规审核市场规模达32.4亿元，较2023年的26.3亿增长23.2%，增速比上年加快2.7个"
            "百分点。其中，AI视觉巡检规模13.8亿，占比43.9%；传感监测与数据平台规模18.6亿。业内人士介绍，全国规模以上"
            "食品工业企业约4万家，AI卫生审核渗透率已提升至8.5%，较上年提高1.9个百分点。"
        ),
        obs=[
            ("Total", 2023, 26.3, "CNY 100 million", "actual"),
            ("Total", 2024, 32.4, "CNY 100 million", "actual"),
            ("AI视觉巡检", 2024, 13.8, "CNY 100 million", "actual"),
            ("传感监测与数据平台", 2024, 18.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("share", 43.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.4 / 26.3) ** (1 / 1) - 1 = 23.19% -> 23.2
            # 13.8 / 32.4 = 42.59% -> 42.6, not 43.9; bounds 13.75 / 32.45 = 42.37%, 13.85 / 32.35 = 42.81% -> 43.9
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 16. German research house's table with dotted leaders between labels and values, years as columns set apart
    #     by three or more spaces (EUR million; 2025E and 2030E forecasts): rows add to the Total in 2024 and 2025E
    #     exactly, in 2030E only by rounding. Expected nowhere: the source's date, the EUR 6.1 billion cleaning and
    #     pest-control services market, the 2,300 sites.
    dict(
        text=(
            "Germany: AI hygiene auditing in food plants and hospitals (EUR million)\n"
            "Source: Rheinblick Marktforschung, April 2025\n"
            "                               2024      2025E      2030E\n"
            "Food and beverage plants ..... 48.6       57.9      121.4\n"
            "Hospitals and clinics ........ 31.2       36.8       74.0\n"
            "Total ........................ 79.8       94.7      195.5\n"
            "Excludes Germany's EUR 6.1 billion commercial cleaning and pest-control services market; about 2,300 "
            "sites audited in 2024."
        ),
        obs=[
            ("Food and beverage plants", 2024, 48.6, "EUR million", "actual"),
            ("Food and beverage plants", 2025, 57.9, "EUR million", "estimate"),
            ("Food and beverage plants", 2030, 121.4, "EUR million", "estimate"),
            ("Hospitals and clinics", 2024, 31.2, "EUR million", "actual"),
            ("Hospitals and clinics", 2025, 36.8, "EUR million", "estimate"),
            ("Hospitals and clinics", 2030, 74.0, "EUR million", "estimate"),
            ("Total", 2024, 79.8, "EUR million", "actual"),
            ("Total", 2025, 94.7, "EUR million", "estimate"),
            ("Total", 2030, 195.5, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 48.6 + 31.2 = 79.8
            ("hierarchy", "exact"),  # 2025E: 57.9 + 36.8 = 94.7
            # 2030E: 121.4 + 74.0 = 195.4, not 195.5; parts at most 121.45 + 74.05 = 195.5 and the total at least
            # 195.45 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Broker's Markdown table whose first header cell carries the unit ("US$ m") and the years follow; three US
    #     applications and a Total row (2025 and 2030 forecasts), adding exactly each year. Expected nowhere: the
    #     note's date, the $11.6 billion structural pest-control revenue, the 48,000 licensed technicians.
    dict(
        text=(
            "US: AI in pest control by application\n"
            "| US$ m | 2024 | 2025 | 2030 |\n"
            "|---|---|---|---|\n"
            "| AI smart traps and rodent monitoring | 612.4 | 731.8 | 1,642.0 |\n"
            "| AI technician route planning | 188.7 | 224.5 | 498.3 |\n"
            "| AI treatment recommendation | 96.2 | 118.0 | 301.6 |\n"
            "| Total | 897.3 | 1,074.3 | 2,441.9 |\n"
            "Source: Ostrander & Vail Securities, investor note dated 2 May 2025; 2025 and 2030 are forecasts. US "
            "structural pest-control revenue (about $11.6 billion) and the 48,000 licensed technicians are not "
            "included."
        ),
        obs=[
            ("AI smart traps and rodent monitoring", 2024, 612.4, "USD million", "actual"),
            ("AI smart traps and rodent monitoring", 2025, 731.8, "USD million", "estimate"),
            ("AI smart traps and rodent monitoring", 2030, 1642.0, "USD million", "estimate"),
            ("AI technician route planning", 2024, 188.7, "USD million", "actual"),
            ("AI technician route planning", 2025, 224.5, "USD million", "estimate"),
            ("AI technician route planning", 2030, 498.3, "USD million", "estimate"),
            ("AI treatment recommendation", 2024, 96.2, "USD million", "actual"),
            ("AI treatment recommendation", 2025, 118.0, "USD million", "estimate"),
            ("AI treatment recommendation", 2030, 301.6, "USD million", "estimate"),
            ("Total", 2024, 897.3, "USD million", "actual"),
            ("Total", 2025, 1074.3, "USD million", "estimate"),
            ("Total", 2030, 2441.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 612.4 + 188.7 + 96.2 = 897.3
            ("hierarchy", "exact"),  # 2025: 731.8 + 224.5 + 118.0 = 1,074.3
            ("hierarchy", "exact"),  # 2030: 1,642.0 + 498.3 + 301.6 = 2,441.9
        ],
    ),
    # 18. French spreadsheet export as semicolon-separated CSV with decimal commas (EUR million; 2025 and 2030 are
    #     forecasts): three segments and a Total row; 2024 and 2025 add exactly, 2030 by no reading. Expected
    #     nowhere: the export date, the 3,9 Md€ hygiene market, the 1 240 clients.
    dict(
        text=(
            "marche_ia_hygiene_france.csv - export Rivage Études du 14/03/2025 - millions d'euros (EUR m)\n"
            "Segment;2024;2025;2030\n"
            "Robots de désinfection;184,6;221,3;498,0\n"
            "Audit d'hygiène par vision;142,9;170,4;361,7\n"
            "Pièges connectés et surveillance des nuisibles;97,3;115,8;244,5\n"
            "Total;424,8;507,5;1108,2\n"
            "Note : 2025 et 2030 sont des prévisions. Hors marché total de l'hygiène et de la dératisation (3,9 Md€), "
            "1 240 clients suivis."
        ),
        obs=[
            ("Robots de désinfection", 2024, 184.6, "EUR million", "actual"),
            ("Robots de désinfection", 2025, 221.3, "EUR million", "estimate"),
            ("Robots de désinfection", 2030, 498.0, "EUR million", "estimate"),
            ("Audit d'hygiène par vision", 2024, 142.9, "EUR million", "actual"),
            ("Audit d'hygiène par vision", 2025, 170.4, "EUR million", "estimate"),
            ("Audit d'hygiène par vision", 2030, 361.7, "EUR million", "estimate"),
            ("Pièges connectés et surveillance des nuisibles", 2024, 97.3, "EUR million", "actual"),
            ("Pièges connectés et surveillance des nuisibles", 2025, 115.8, "EUR million", "estimate"),
            ("Pièges connectés et surveillance des nuisibles", 2030, 244.5, "EUR million", "estimate"),
            ("Total", 2024, 424.8, "EUR million", "actual"),
            ("Total", 2025, 507.5, "EUR million", "estimate"),
            ("Total", 2030, 1108.2, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 184.6 + 142.9 + 97.3 = 424.8
            ("hierarchy", "exact"),  # 2025: 221.3 + 170.4 + 115.8 = 507.5
            # 2030: 498.0 + 361.7 + 244.5 = 1,104.2, not 1,108.2; parts at most 498.05 + 361.75 + 244.55 = 1,104.35,
            # the total at least 1,108.15 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 19. Traditional Chinese table under "單位：新台幣億元" with 年度 across the top (2025 預估) and a 合計 row: rows add
    #     exactly in 2023 and 2024, in 2025 only by rounding. Expected nowhere: the table number, the 126家 firms
    #     surveyed.
    dict(
        text=(
            "表3　臺灣AI環境衛生服務市場規模\n"
            "單位：新台幣億元\n"
            "年度                2023      2024      2025(預估)\n"
            "智慧捕鼠與監測       6.8       8.3       10.1\n"
            "病媒防治路線規劃     3.1       3.9        4.8\n"
            "醫院衛生稽核         5.4       6.6        8.2\n"
            "合計                15.3      18.8       23.2\n"
            "資料來源：臺灣環境衛生科技協會，受訪業者共126家。"
        ),
        obs=[
            ("智慧捕鼠與監測", 2023, 6.8, "TWD 100 million", "actual"),
            ("智慧捕鼠與監測", 2024, 8.3, "TWD 100 million", "actual"),
            ("智慧捕鼠與監測", 2025, 10.1, "TWD 100 million", "estimate"),
            ("病媒防治路線規劃", 2023, 3.1, "TWD 100 million", "actual"),
            ("病媒防治路線規劃", 2024, 3.9, "TWD 100 million", "actual"),
            ("病媒防治路線規劃", 2025, 4.8, "TWD 100 million", "estimate"),
            ("醫院衛生稽核", 2023, 5.4, "TWD 100 million", "actual"),
            ("醫院衛生稽核", 2024, 6.6, "TWD 100 million", "actual"),
            ("醫院衛生稽核", 2025, 8.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 15.3, "TWD 100 million", "actual"),
            ("合計", 2024, 18.8, "TWD 100 million", "actual"),
            ("合計", 2025, 23.2, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 3.1 + 5.4 = 15.3
            ("hierarchy", "exact"),  # 2024: 8.3 + 3.9 + 6.6 = 18.8
            # 2025: 10.1 + 4.8 + 8.2 = 23.1, not 23.2; parts at most 10.15 + 4.85 + 8.25 = 23.25 and the total at
            # least 23.15 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. Tab-separated broker table (Japan, JPY billion) with quarter columns ("Q1 2025", "Q2 2025") beside the
    #     yearly 2023, 2024 and 2025E columns: rows add exactly in 2023 and 2024, in 2025E by no reading. Expected
    #     nowhere: the quarter columns, the source's date, the ¥4.2 trillion commercial cleaning market.
    dict(
        text=(
            "Japan: AI hygiene and sanitation services by segment (JPY billion)\n"
            "Segment\t2023\t2024\tQ1 2025\tQ2 2025\t2025E\n"
            "AI washroom management\t14.2\t17.6\t4.9\t5.1\t21.4\n"
            "AI disinfection robots\t9.8\t12.3\t3.4\t3.6\t15.2\n"
            "AI hygiene auditing\t6.5\t8.1\t2.2\t2.3\t9.9\n"
            "Total\t30.5\t38.0\t10.5\t11.0\t47.3\n"
            "Source: Kiyose Securities, 8 August 2025. Quarterly figures are unaudited. Japan's commercial cleaning "
            "market of about ¥4.2 trillion is excluded."
        ),
        obs=[
            ("AI washroom management", 2023, 14.2, "JPY billion", "actual"),
            ("AI washroom management", 2024, 17.6, "JPY billion", "actual"),
            ("AI washroom management", 2025, 21.4, "JPY billion", "estimate"),
            ("AI disinfection robots", 2023, 9.8, "JPY billion", "actual"),
            ("AI disinfection robots", 2024, 12.3, "JPY billion", "actual"),
            ("AI disinfection robots", 2025, 15.2, "JPY billion", "estimate"),
            ("AI hygiene auditing", 2023, 6.5, "JPY billion", "actual"),
            ("AI hygiene auditing", 2024, 8.1, "JPY billion", "actual"),
            ("AI hygiene auditing", 2025, 9.9, "JPY billion", "estimate"),
            ("Total", 2023, 30.5, "JPY billion", "actual"),
            ("Total", 2024, 38.0, "JPY billion", "actual"),
            ("Total", 2025, 47.3, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 9.8 + 6.5 = 30.5
            ("hierarchy", "exact"),  # 2024: 17.6 + 12.3 + 8.1 = 38.0
            # 2025E: 21.4 + 15.2 + 9.9 = 46.5, not 47.3; parts at most 21.45 + 15.25 + 9.95 = 46.65, the total at
            # least 47.25 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. Reuters-style wire story in "bln" and "mln", "said on Tuesday", an analyst's quote: the global market for
    #     AI smart traps and rodent monitoring in 2024 (actual) and 2030 (forecast) with a CAGR over a printed span,
    #     and Europe's part whose 28.3% share holds only by rounding. Expected nowhere: the dateline, the listed pest
    #     controller's $6.8 bln revenue, its 2.3 million connected traps, its first-quarter $38 mln AI subscription
    #     sales (a quarter and a company's own), the 1.4% share-price move.
    dict(
        text=(
            "LONDON, June 10 (Reuters) - Global spending on AI-enabled smart traps and rodent monitoring will reach "
            "$4.2 bln by 2030, up from $1.46 bln in 2024, research house Corvel Analytics said on Tuesday, as pest "
            "controllers swap paper logbooks for sensors that alert a technician the moment a trap is triggered.\n"
            "The market should grow at a compound annual rate of 19.3% over 2024-2030, Corvel said. Europe accounted "
            "for $412 mln, or 28.3% of the 2024 total.\n"
            "\"Traps that report themselves cut wasted visits, and food plants will pay for the audit trail,\" said "
            "Priya Nandakumar, an analyst at Ashby Rowe Securities.\n"
            "Harlow Shield Group, the largest listed pest controller, had 2024 revenue of $6.8 bln and has about 2.3 "
            "million connected traps in service. Its first-quarter AI subscription sales rose to $38 mln, and its "
            "shares were up 1.4% in London trading.\n"
            "(Reporting by Tom Ashcroft; Editing by Jane Merriweather)"
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.2, "USD billion", "estimate"),
            ("Europe", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("share", 28.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 1.46) ** (1 / 6) - 1 = 19.26% -> 19.3
            # 412 / 1,460 = 28.22% -> 28.2, not 28.3; bounds 411.5 / 1,465 = 28.09%, 412.5 / 1,455 = 28.35% -> 28.3
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 22. White paper chapter with a "Box 2.1" sidebar, amounts in "billion U.S. dollars": the global market for AI
    #     hygiene auditing in food plants and hospitals in 2024 (actual) and 2032 (forecast) with a CAGR over a printed
    #     span that no reading reaches, and the food and beverage plants' part. Expected nowhere: the edition's year,
    #     the chapter and box numbers, the 1,200-dollar audit, the 14 shifts, the 310 plant managers and their 38%,
    #     the 23 billion U.S. dollars of food-plant sanitation services.
    dict(
        text=(
            "Clean by Design: AI and the Future of Hygiene Assurance (2025 edition)\n"
            "Chapter 2. Auditing hygiene with machine vision\n"
            "Food plants and hospitals have long relied on clipboards, ATP swabs and periodic inspections. "
            "Camera-based AI systems now score handwashing, sanitation steps and surface cleanliness around the clock. "
            "Fenwick and Marr Advisory values the global market for AI hygiene auditing in food plants and hospitals "
            "at 0.84 billion U.S. dollars in 2024 and projects 2.95 billion U.S. dollars in 2032, which it describes "
            "as a compound annual growth rate of 18.5% over 2024-2032. Food and beverage plants made up 0.53 billion "
            "U.S. dollars of the 2024 figure.\n"
            "Box 2.1 What an audit costs\n"
            "A manual third-party hygiene audit of a mid-sized poultry plant costs about 1,200 U.S. dollars per visit, "
            "and such a plant runs 14 sanitation shifts a week. In our 2024 survey of 310 plant managers, 38% said "
            "they had missed a sanitation deviation that a camera later caught. Worldwide, food-plant sanitation "
            "services are a business of roughly 23 billion U.S. dollars a year."
        ),
        obs=[
            ("Total", 2024, 0.84, "USD billion", "actual"),
            ("Total", 2032, 2.95, "USD billion", "estimate"),
            ("Food and beverage plants", 2024, 0.53, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            # (2.95 / 0.84) ** (1 / 8) - 1 = 17.00% -> 17.0, not 18.5; bounds (2.945 / 0.845) ** (1/8) - 1 = 16.89%,
            # (2.955 / 0.835) ** (1/8) - 1 = 17.11% -> 18.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Irish cluster's release in "€m" and "€bn" with "c." for circa: the EU market for AI washroom and sanitation
    #     services at c.€450m in 2024 (at its printed figure) and €1.2bn in 2030 (in the series' unit: 1,200) with a
    #     CAGR over a printed span; Ireland's part in 2023 and 2024 with a growth rate that holds only by rounding and
    #     its share of the EU total. Expected nowhere: the dateline, the c.€1.1bn contract cleaning sector, the €6.5m
    #     funding round, the 1,400 washrooms, the 62% of facilities managers, the year 2027 of their plans.
    dict(
        text=(
            "Dublin, 3 April 2025 - Hygiene technology cluster CleanTech Eireann today published its first sizing of "
            "AI in washroom and sanitation services. Across the EU, the market for AI-managed washroom and sanitation "
            "services (occupancy sensing, dispenser monitoring and predictive cleaning rosters) was worth c.€450m in "
            "2024 and is forecast to reach €1.2bn by 2030, a compound annual growth rate of 17.8% over 2024-2030, "
            "according to the study by Liffey Hygiene Analytics.\n"
            "Ireland's market grew 20.2% to €31.7m in 2024 from €26.4m in 2023, some 7% of the EU total.\n"
            "The island's contract cleaning sector turns over c.€1.1bn a year. Separately, cluster member Brightwash "
            "Ltd closed a €6.5m funding round in March and now monitors 1,400 washrooms, while 62% of facilities "
            "managers surveyed said they plan to adopt AI rostering by 2027."
        ),
        obs=[
            ("Total", 2024, 450, "EUR million", "actual"),
            ("Total", 2030, 1200, "EUR million", "estimate"),
            ("Ireland", 2023, 26.4, "EUR million", "actual"),
            ("Ireland", 2024, 31.7, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("share", 7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,200 / 450) ** (1 / 6) - 1 = 17.76% -> 17.8
            # (31.7 / 26.4) ** (1 / 1) - 1 = 20.08% -> 20.1, not 20.2; bounds 31.65 / 26.45 - 1 = 19.66%,
            # 31.75 / 26.35 - 1 = 20.49% -> 20.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 31.7 / 450 = 7.04% -> 7
        ],
    ),
    # 24. Practitioner's post with "~" and "approx." before amounts: the global market for AI route planning for
    #     pest-control and hygiene technicians at ~$0.82B in 2024 and ~$2.1B in 2030 (both at their printed figures)
    #     with a CAGR over a printed span that holds only by rounding, the US part (approx. $410M), and a 2026 range
    #     "$1.1 billion to $1.3 billion" (two value claims). Expected nowhere: the post's date, the 240 technicians,
    #     the ~18% drive time saved, the approx. $49 per truck per month, the $35M Series B.
    dict(
        text=(
            "Route planning is where AI pays first in pest control (post, 12 May 2025)\n"
            "Quick numbers from the new Tern Ridge Data report on AI route planning and scheduling for pest-control "
            "and hygiene technicians. Global spend was ~$0.82B in 2024 and is forecast at ~$2.1B by 2030, a CAGR of "
            "16.9% over 2024-2030. The US accounted for approx. $410M of the 2024 spend. For 2026 Tern Ridge gives a "
            "range of $1.1 billion to $1.3 billion.\n"
            "Our own fleet of 240 technicians cut drive time by ~18% after switching, and the software costs approx. "
            "$49 per truck per month. Congrats to the team at Routewise on their $35M Series B!"
        ),
        obs=[
            ("Total", 2024, 0.82, "USD billion", "actual"),
            ("Total", 2030, 2.1, "USD billion", "estimate"),
            ("US", 2024, 410, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("value", 1.1, "USD billion", 2026, 2026, None),
            ("value", 1.3, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            # (2.1 / 0.82) ** (1 / 6) - 1 = 16.97% -> 17.0, not 16.9; bounds (2.05 / 0.825) ** (1/6) - 1 = 16.38%,
            # (2.15 / 0.815) ** (1/6) - 1 = 17.55% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Investment bank's initiation note with a ticker, a "PT", "EV/EBITDA" and "bps": the North American market
    #     for AI-enabled pest-control and hygiene services in "US$3.4bn", 2024 (actual) and 2029E (estimate), with a
    #     CAGR over a printed span that no reading reaches. Expected nowhere: the note's date, the PT $148 and its 17%
    #     upside, the 14.2x EV/EBITDA and its 2026E, VRMN's US$4.6bn FY2024 revenue, the 60 bps margin expansion, the
    #     22% attach rate, the 1.9 million accounts, the Q4 US$92m.
    dict(
        text=(
            "Brockhurst Capital Equity Research, 22 January 2025\n"
            "Vermion Hygiene Services (NYSE: VRMN): initiating at Overweight, PT $148\n"
            "We initiate on VRMN with an Overweight rating and a 12-month PT of $148 (17% upside), set at 14.2x 2026E "
            "EV/EBITDA. We size the North American market for AI-enabled pest-control and hygiene services (smart trap "
            "monitoring, AI route planning and hygiene auditing) at US$3.4bn in 2024 and US$7.9bn in 2029E, a CAGR of "
            "19.8% over 2024-2029E. VRMN's own revenue was US$4.6bn in FY2024, and we model 60 bps of adjusted EBITDA "
            "margin expansion in FY2025. Its AI attach rate is 22% across 1.9 million commercial accounts, and Q4 "
            "AI-related revenue reached US$92m."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (7.9 / 3.4) ** (1 / 5) - 1 = 18.37% -> 18.4, not 19.8; bounds (7.85 / 3.45) ** (1/5) - 1 = 17.87%,
            # (7.95 / 3.35) ** (1/5) - 1 = 18.87% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. South African research firm's release with rand asides ("about R1.6 billion", "R12.4 billion", no
    #     observation) and the market in USD: AI-guided disinfection robots and hygiene analytics in 2024 (actual)
    #     and 2030 (forecast), with a CAGR over a printed span that holds only by rounding. Expected nowhere: the
    #     dateline, the rand amounts, the R850,000 robot price, the 27% of 400 hospitals, the founding year.
    dict(
        text=(
            "Johannesburg, 14 May 2025 - South African hospitals and food processors are turning to AI-guided "
            "disinfection robots, according to a study released today by Karoo Insight. The firm puts the country's "
            "market for AI-guided disinfection robots and related hygiene analytics at US$86 million in 2024 (about "
            "R1.6 billion) and expects US$212 million by 2030, a compound annual growth rate of 16.4% over 2024-2030.\n"
            "The wider pest-control and hygiene services industry turned over R12.4 billion last year. A single UV-C "
            "disinfection robot sells for around R850,000, and 27% of the 400 private hospitals surveyed already use "
            "one. Karoo Insight was founded in 2011."
        ),
        obs=[
            ("Total", 2024, 86, "USD million", "actual"),
            ("Total", 2030, 212, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (212 / 86) ** (1 / 6) - 1 = 16.23% -> 16.2, not 16.4; bounds (212.5 / 85.5) ** (1/6) - 1 = 16.39%,
            # (211.5 / 86.5) ** (1/6) - 1 = 16.07% -> 16.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Australian Senate committee Hansard excerpt ("Senator ...:", "Mr ...:") quoting the global market for
    #     AI-enabled rodent monitoring in US dollars: about US$1.3 billion in 2023 (at its printed figure), US$1.58
    #     billion in 2024 with a year-on-year rate, US$4.1 billion in 2030 with a CAGR over a printed span. Expected
    #     nowhere: the hearing's date, the 2,600 member businesses, the 14,000 technicians, the member's US$24
    #     million own revenue, the suspension time.
    dict(
        text=(
            "ENVIRONMENT AND COMMUNICATIONS LEGISLATION COMMITTEE\n"
            "Estimates, Thursday, 20 February 2025\n"
            "Senator WHITFIELD: Mr Darcy, how big is the market your members are chasing with these AI rodent "
            "monitoring systems?\n"
            "Mr DARCY: The figures we rely on come from Bellbird Research. They put the global market for AI-enabled "
            "rodent monitoring at about US$1.3 billion in 2023 and US$1.58 billion in 2024, growth of 21.5 per cent. "
            "They forecast US$4.1 billion by 2030, which is a compound annual rate of about 17 per cent over 2024 to "
            "2030.\n"
            "Senator WHITFIELD: And how many businesses in Australia would use them?\n"
            "Mr DARCY: Our council has about 2,600 licensed member businesses employing roughly 14,000 technicians. "
            "Our largest member's own AI subscription revenue last financial year was about US$24 million.\n"
            "CHAIR: Thank you. We will suspend at 10.45 am."
        ),
        obs=[
            ("Total", 2023, 1.3, "USD billion", "actual"),
            ("Total", 2024, 1.58, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.58 / 1.3) ** (1 / 1) - 1 = 21.54% -> 21.5
            ("cagr|implied", "exact"),  # (4.1 / 1.58) ** (1 / 6) - 1 = 17.23% -> 17
        ],
    ),
    # 28. Canadian research firm's release that spells its rates out ("grew 18 percent year over year", "a compound
    #     annual rate of 21.3 percent"): the Canadian market for AI hygiene auditing in hospitals and long-term care
    #     in 2023 and 2024 (actual) and 2030 (forecast); the growth rate is exact, the CAGR over a printed span holds
    #     only by rounding. Expected nowhere: the dateline, the 1,200 hospitals, the US$3,900 camera kit, the firm's
    #     own 9 percent revenue growth in fiscal 2024, the 85 analysts.
    dict(
        text=(
            "TORONTO, Feb. 4, 2025 - Canadian hospitals spent more on AI hygiene auditing last year as "
            "infection-control teams automated hand-hygiene observation, according to Northspar Research. The Canadian "
            "market for AI hygiene auditing in hospitals and long-term care homes grew 18 percent year over year to "
            "US$214 million in 2024, from US$181 million in 2023. Northspar expects it to reach US$685 million in "
            "2030, a compound annual rate of 21.3 percent from 2024 to 2030.\n"
            "Canada has about 1,200 hospitals, and a typical hand-hygiene camera kit is priced at US$3,900 per ward. "
            "Northspar's own revenue rose 9 percent in fiscal 2024. About Northspar: headquartered in Toronto, it "
            "employs 85 analysts."
        ),
        obs=[
            ("Total", 2023, 181, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2030, 685, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 181) ** (1 / 1) - 1 = 18.23% -> 18
            # (685 / 214) ** (1 / 6) - 1 = 21.40% -> 21.4, not 21.3; bounds (684.5 / 214.5) ** (1/6) - 1 = 21.34%,
            # (685.5 / 213.5) ** (1/6) - 1 = 21.46% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. 澎湃新闻-style item with "据…测算" in 亿元: the AI pest-monitoring market in 2023 and 2024 (actual), the rodent
    #     monitoring devices' part with a share that no reading reaches. Expected nowhere: the "增长近三成" (a rate in
    #     words), the 680亿元 pest-control industry revenue, the 2.8万家 firms, the AI penetration under 6%, the
    #     1200元 bait station, the first quarter's 45% order growth.
    dict(
        text=(
            "澎湃新闻记者 周子涵\n"
            "智能鼠饵站、带摄像头的粘虫板正在走进餐饮后厨和食品工厂。据中研智库测算，2024年我国AI智能虫害监测市场规模达到38.6亿元，较2023年的29.9亿元增长近三成。其中，鼠类智能监测设备规模为14.2亿元，占比"
            "39.5%。\n"
            "中研智库分析师表示，全国有害生物防制行业年营收约680亿元，登记在册的防制企业超过2.8万家，AI渗透率仍不足6%。记者走访发现，一套智能鼠饵站售价约1200元，某头部防制企业今年一季度智能监测订单同比增长45%"
            "。"
        ),
        obs=[
            ("Total", 2023, 29.9, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("鼠类智能监测设备", 2024, 14.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 39.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 14.2 / 38.6 = 36.79% -> 36.8, not 39.5; bounds 14.15 / 38.65 = 36.61%, 14.25 / 38.55 = 36.96% -> 39.5
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 30. Chinese earnings-call transcript ("管理层：", "分析师："): the company's own 营收 as distractors and the
    #     industry's size the company gives, 约56亿元 in 2024 (at its printed figure) and 132亿元 in 2028 (有望, an
    #     estimate) with a CAGR whose span only the years of its amounts give (inferred). Expected nowhere: the call's
    #     date, the 18.7亿元 营收 and its 12.3%, the 3.2亿元 AI business revenue, the 第四季度 5.1亿元, the 41.2%
    #     margin, the 320 outlets, the 2.6万家 customers, the 40 new outlets.
    dict(
        text=(
            "【业绩说明会纪要】洁安环境服务2024年度业绩电话会（2025年3月28日）\n"
            "管理层：2024年公司实现营收18.7亿元，同比增长12.3%，其中AI洗消与卫生巡检业务收入3.2亿元，第四季度单季营收5.1亿元，毛利率41.2%。\n"
            "分析师：请问管理层如何看待行业空间？\n"
            "管理层：我们测算，国内AI洗消与卫生巡检服务市场2024年约为56亿元，到2028年有望达到132亿元，年复合增长率约24%。公司目前服务网点320个，签约客户2.6万家，明年计划新增网点40个。\n"
            "分析师：谢谢。"
        ),
        obs=[
            ("Total", 2024, 56, "CNY 100 million", "actual"),
            ("Total", 2028, 132, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (132 / 56) ** (1 / 4) - 1 = 23.91% -> 24
        ],
    ),
    # 31. Simplified trade-press analysis with 万亿元, 千亿元 and 亿元 amounts and a "千亿级市场" headline: the AI
    #     disinfection and hygiene services market at 486亿元 in 2024 and "突破1.5千亿元" in 2030 (in the series' unit:
    #     1,500 亿元, an estimate), a CAGR over a printed span, the hospitals' part with a share that holds only by
    #     rounding. Expected nowhere: the 千亿级市场 of the headline, the report's month, the 2.3万亿元 public health and
    #     environment services total, the 3.6万家 medical institutions, the 18万元 robot price.
    dict(
        text=(
            "【行业观察】AI消杀服务：下一个千亿级市场？\n"
            "2025年6月，赛思研究院发布报告称，我国公共卫生与环境服务业总规模已超过2.3万亿元，其中AI驱动的智能消杀与卫生服务2024年市场规模为486亿元，预计2030年将突破1.5千亿元，2024—2030年年均复"
            "合增长率为20.7%。分场景看，医院场景规模为131亿元，占比26.8%。报告同时指出，全国约有3.6万家医疗机构开展环境消毒外包，单台消毒机器人均价约18万元。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2030, 1500, "CNY 100 million", "estimate"),
            ("医院场景", 2024, 131, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
            ("share", 26.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,500 / 486) ** (1 / 6) - 1 = 20.66% -> 20.7
            # 131 / 486 = 26.95% -> 27.0, not 26.8; bounds 130.5 / 486.5 = 26.82%, 131.5 / 485.5 = 27.09% -> 26.8
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 32. Hong Kong 招股書 行業概覽 (Traditional) in 人民幣十億元 (CNY billion): China's AI hygiene auditing services
    #     market in 2019 and 2024 (actual) and 2029 (預期, an estimate); the 2019-2024 複合年增長率 has its span only
    #     from its amounts' years (inferred) and is exact, the 2024-2029 one has a printed span and no reading reaches
    #     it. Expected nowhere: the 1,240家 hospitals, the group's 人民幣6.2億元 revenue and 38.5% 毛利率, the
    #     125,000,000 offer shares.
    dict(
        text=(
            "行業概覽\n"
            "本節所載市場規模金額均以人民幣十億元列示。根據星瀚諮詢的資料，中國AI驅動的醫院及食品廠衛生稽核服務市場規模（按收入計）由2019年的人民幣1.2十億元增至2024年的人民幣4.6十億元，複合年增長率為30.8%"
            "，並預期將於2029年達到人民幣13.9十億元，2024年至2029年的複合年增長率為24.1%。\n"
            "截至最後實際可行日期，本集團為全國1,240家醫院提供服務，2024年收入為人民幣6.2億元，毛利率為38.5%。本公司擬根據全球發售提呈發售125,000,000股股份。"
        ),
        obs=[
            ("Total", 2019, 1.2, "CNY billion", "actual"),
            ("Total", 2024, 4.6, "CNY billion", "actual"),
            ("Total", 2029, 13.9, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 30.8, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 24.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.6 / 1.2) ** (1 / 5) - 1 = 30.83% -> 30.8
            # (13.9 / 4.6) ** (1 / 5) - 1 = 24.75% -> 24.8, not 24.1; bounds (13.85 / 4.65) ** (1/5) - 1 = 24.39%,
            # (13.95 / 4.55) ** (1/5) - 1 = 25.12% -> 24.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. 小红书 post with emoji, "家人们", "姐妹们" and 亿元: the AI pest-removal home-visit service market in 2023
    #     and 2024 (actual) with a 同比 rate that no reading reaches. Expected nowhere: the 199元 visit, the 3 months
    #     and 2 return visits, the 60多个 technicians, the 88% of users (a survey), the 2.3万 likes.
    dict(
        text=(
            "家人们谁懂啊😭 出租屋又见小强了！！\n"
            "姐妹们别再自己瞎喷药了🙅‍♀️ 刷到一份行业报告说，2024年国内AI智能除虫上门服务市场规模已经68.5亿元，2023年才50.2亿元，同比增长35%🔥 "
            "现在好多平台都是先用AI摄像头识别虫种、规划路线，师傅再上门。\n"
            "我约的这家上门一次199元，3个月回访2次，师傅说他们城里就有60多个师傅😂 报告里还说88%的用户愿意复购～\n"
            "#除虫 #租房好物 #AI生活 ❤️ 2.3万"
        ),
        obs=[
            ("Total", 2023, 50.2, "CNY 100 million", "actual"),
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (68.5 / 50.2) ** (1 / 1) - 1 = 36.45% -> 36, not 35; bounds 68.45 / 50.25 - 1 = 36.22%,
            # 68.55 / 50.15 - 1 = 36.69% -> 35 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Taiwan IEK-style note (Traditional) in 新台幣億元 with 年成長率 and 民國 years (112, 113, 114 -> 2023, 2024,
    #     2025): the AI pest-and-vector-control market in 2023 and 2024 (actual) and 2025 (預估, an estimate); the
    #     2024 rate is exact, the 2025 one holds only by rounding. Expected nowhere: the note's date, the 1,100 firms,
    #     the 新台幣45億元 environmental pesticide sales, the 一成八 adoption rate (a fraction in words).
    dict(
        text=(
            "工研院產科國際所（IEK）產業評析 民國114年3月\n"
            "病媒防治業導入AI已從試點走向商轉。據IEK估算，臺灣AI智慧病媒防治市場（含智慧捕鼠站、蟲害影像監測與技師派工排程）民國113年規模達新台幣12.8億元，年成長率19.6%，民國112年為新台幣10.7億元；預"
            "估民國114年可達新台幣15.4億元，年成長率20.5%。目前國內登記之病媒防治業者約1,100家，環境衛生用藥年銷售額約新台幣45億元，業者導入率僅約一成八。"
        ),
        obs=[
            ("Total", 2023, 10.7, "TWD 100 million", "actual"),
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("Total", 2025, 15.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.7) ** (1 / 1) - 1 = 19.63% -> 19.6
            # (15.4 / 12.8) ** (1 / 1) - 1 = 20.31% -> 20.3, not 20.5; bounds 15.35 / 12.85 - 1 = 19.46%,
            # 15.45 / 12.75 - 1 = 21.18% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Municipal 行动方案 (规划) with "到2027年" targets: the AI disinfection and vector-control services market at
    #     42.6亿元 in 2024 (actual), 力争达到70亿元 in 2027 (an estimate), the disinfection robots' part 21亿元 in
    #     2027 with its 30% share. Expected nowhere: the plan's title years and issue date, the "年均增长15%以上", the
    #     10家 firms, the 100 demonstration sites, the 500家 medical institutions and 2000家 food producers.
    dict(
        text=(
            "《江城市智慧卫生防疫服务产业发展行动方案（2025—2027年）》\n"
            "（市发展改革委、市卫生健康委2025年4月印发）\n"
            "一、发展目标\n"
            "2024年，全市AI消杀与病媒防制服务规模为42.6亿元。到2027年，力争达到70亿元，年均增长15%以上，其中智能消毒机器人服务力争达到21亿元，占比30%；培育10家以上龙头企业，建设100个AI卫生监测示"
            "范场景，覆盖全市500家医疗机构和2000家食品生产企业。"
        ),
        obs=[
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
            ("智能消毒机器人服务", 2027, 21, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 30, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21 / 70 = 30.00% -> 30
        ],
    ),
    # 36. Markdown table (Germany, EUR million) with segments as rows, 2024 and 2028F columns, a "Share 2024" column
    #     and a total row labelled "All segments": three shares exact, the washroom share only by rounding (the
    #     total's 100% is no claim); 2024 adds exactly, 2028F only by rounding. Expected nowhere: the table number,
    #     the source's date, the EUR 4.8 billion of service revenue, the 12,400 pest controllers.
    dict(
        text=(
            "Table 4: AI in pest control and hygiene services, Germany (EUR million)\n"
            "| Segment | 2024 | 2028F | Share 2024 |\n"
            "|---|---|---|---|\n"
            "| AI smart traps and rodent monitoring | 58.4 | 104.6 | 39.8% |\n"
            "| AI hygiene auditing in food plants and hospitals | 41.7 | 77.9 | 28.4% |\n"
            "| AI-guided disinfection robots | 27.5 | 58.2 | 18.7% |\n"
            "| AI washroom and sanitation services | 19.3 | 36.1 | 13.2% |\n"
            "| All segments | 146.9 | 276.9 | 100% |\n"
            "Source: Rheinfeld Marktdaten, March 2025. Not included: EUR 4.8 billion of pest-control and hygiene "
            "service revenue in Germany and its 12,400 certified pest controllers."
        ),
        obs=[
            ("AI smart traps and rodent monitoring", 2024, 58.4, "EUR million", "actual"),
            ("AI smart traps and rodent monitoring", 2028, 104.6, "EUR million", "estimate"),
            ("AI hygiene auditing in food plants and hospitals", 2024, 41.7, "EUR million", "actual"),
            ("AI hygiene auditing in food plants and hospitals", 2028, 77.9, "EUR million", "estimate"),
            ("AI-guided disinfection robots", 2024, 27.5, "EUR million", "actual"),
            ("AI-guided disinfection robots", 2028, 58.2, "EUR million", "estimate"),
            ("AI washroom and sanitation services", 2024, 19.3, "EUR million", "actual"),
            ("AI washroom and sanitation services", 2028, 36.1, "EUR million", "estimate"),
            ("All segments", 2024, 146.9, "EUR million", "actual"),
            ("All segments", 2028, 276.9, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 39.8, "percent", 2024, 2024, None),
            ("share", 28.4, "percent", 2024, 2024, None),
            ("share", 18.7, "percent", 2024, 2024, None),
            ("share", 13.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.4 / 146.9 = 39.75% -> 39.8
            ("arithmetic", "exact"),  # 41.7 / 146.9 = 28.39% -> 28.4
            ("arithmetic", "exact"),  # 27.5 / 146.9 = 18.72% -> 18.7
            # 19.3 / 146.9 = 13.14% -> 13.1, not 13.2; bounds 19.25 / 146.95 = 13.10%, 19.35 / 146.85 = 13.18% -> 13.2
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2024: 58.4 + 41.7 + 27.5 + 19.3 = 146.9
            # 2028F: 104.6 + 77.9 + 58.2 + 36.1 = 276.8, not 276.9; parts at most 277.0 and the total at least 276.85
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Hong Kong table (Traditional labels, 百萬港元 -> HKD million) with years across and, per segment and for the
    #     合計 row, a value row and a "YoY" row under it: five YoY rates exact, AI衞生稽核's 2025F 23.4% reached by no
    #     reading; the segments add to 合計 each year. Expected nowhere: the source's date, the 1,200 food factories,
    #     the 180億港元 cleaning services revenue.
    dict(
        text=(
            "香港AI消毒及衞生服務市場（百萬港元）\n"
            "項目              2023      2024      2025F\n"
            "AI消毒機械人       124       151       186\n"
            "  YoY               —       21.8%     23.2%\n"
            "AI衞生稽核          89       106       129\n"
            "  YoY               —       19.1%     23.4%\n"
            "合計               213       257       315\n"
            "  YoY               —       20.7%     22.6%\n"
            "資料來源：維港智庫，2025年3月。香港約有1,200家持牌食物製造廠；全港清潔服務業總收入約180億港元，不計入。"
        ),
        obs=[
            ("AI消毒機械人", 2023, 124, "HKD million", "actual"),
            ("AI消毒機械人", 2024, 151, "HKD million", "actual"),
            ("AI消毒機械人", 2025, 186, "HKD million", "estimate"),
            ("AI衞生稽核", 2023, 89, "HKD million", "actual"),
            ("AI衞生稽核", 2024, 106, "HKD million", "actual"),
            ("AI衞生稽核", 2025, 129, "HKD million", "estimate"),
            ("合計", 2023, 213, "HKD million", "actual"),
            ("合計", 2024, 257, "HKD million", "actual"),
            ("合計", 2025, 315, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (151 / 124) ** (1 / 1) - 1 = 21.77% -> 21.8
            ("cagr|implied", "exact"),  # (186 / 151) ** (1 / 1) - 1 = 23.18% -> 23.2
            ("cagr|implied", "exact"),  # (106 / 89) ** (1 / 1) - 1 = 19.10% -> 19.1
            # (129 / 106) ** (1 / 1) - 1 = 21.70% -> 21.7, not 23.4; bounds 128.5 / 106.5 - 1 = 20.66%,
            # 129.5 / 105.5 - 1 = 22.75% -> 23.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (257 / 213) ** (1 / 1) - 1 = 20.66% -> 20.7
            ("cagr|implied", "exact"),  # (315 / 257) ** (1 / 1) - 1 = 22.57% -> 22.6
            ("hierarchy", "exact"),  # 2023: 124 + 89 = 213
            ("hierarchy", "exact"),  # 2024: 151 + 106 = 257
            ("hierarchy", "exact"),  # 2025F: 186 + 129 = 315
        ],
    ),
    # 38. Pipe table (North America, AI washroom and sanitation services) with the unit in every year header
    #     ("2024 (US$ m)"), a 2024-2030 CAGR column and a Total row: the three CAGRs exact, 2023 and 2024 add
    #     exactly, 2030 (a forecast) by no reading. Expected nowhere: the source's month, the US$9.6 bn of washroom
    #     service contract revenue, the 52,000 sites, the Q1 2025 bookings of US$131 m.
    dict(
        text=(
            "North America: AI in washroom and sanitation services\n"
            "| Country | 2023 (US$ m) | 2024 (US$ m) | 2030 (US$ m) | CAGR 2024-2030 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| United States | 412.6 | 498.3 | 1,402.0 | 18.8% |\n"
            "| Canada | 38.1 | 46.0 | 131.5 | 19.1% |\n"
            "| Total | 450.7 | 544.3 | 1,533.7 | 18.8% |\n"
            "Source: Granite Bay Research, January 2025; 2030 is a forecast. Excludes US$9.6 bn of washroom service "
            "contract revenue, 52,000 serviced sites and Q1 2025 bookings of US$131 m."
        ),
        obs=[
            ("United States", 2023, 412.6, "USD million", "actual"),
            ("United States", 2024, 498.3, "USD million", "actual"),
            ("United States", 2030, 1402.0, "USD million", "estimate"),
            ("Canada", 2023, 38.1, "USD million", "actual"),
            ("Canada", 2024, 46.0, "USD million", "actual"),
            ("Canada", 2030, 131.5, "USD million", "estimate"),
            ("Total", 2023, 450.7, "USD million", "actual"),
            ("Total", 2024, 544.3, "USD million", "actual"),
            ("Total", 2030, 1533.7, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,402.0 / 498.3) ** (1 / 6) - 1 = 18.82% -> 18.8
            ("cagr|implied", "exact"),  # (131.5 / 46.0) ** (1 / 6) - 1 = 19.13% -> 19.1
            ("cagr|implied", "exact"),  # (1,533.7 / 544.3) ** (1 / 6) - 1 = 18.85% -> 18.8
            ("hierarchy", "exact"),  # 2023: 412.6 + 38.1 = 450.7
            ("hierarchy", "exact"),  # 2024: 498.3 + 46.0 = 544.3
            # 2030: 1,402.0 + 131.5 = 1,533.5, not 1,533.7; parts at most 1,533.6 and the total at least 1,533.65 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 39. Tab-separated Chinese table (亿元) with 2024年 and 2030年E columns and a 2024-2030年复合增长率 column, a 合计
    #     row: three rates exact, AI消毒机器人's 23.6% reached by no reading; 2024 adds exactly, 2030年E (estimates)
    #     only by rounding. Expected nowhere: the table number, the source's month, the 680亿元 pest-control industry
    #     revenue, the 12.6万家 outlets.
    dict(
        text=(
            "表3 我国AI消杀与卫生服务细分市场规模（单位：亿元）\n"
            "细分市场\t2024年\t2030年E\t2024-2030年复合增长率\n"
            "智能虫害监测\t24.6\t78.3\t21.3%\n"
            "AI消毒机器人\t18.2\t61.5\t23.6%\n"
            "AI卫生巡检\t13.7\t44.9\t21.9%\n"
            "合计\t56.5\t184.8\t21.8%\n"
            "资料来源：华衡智研，2025年5月。注：不含全国有害生物防制行业约680亿元营收；服务门店数12.6万家。"
        ),
        obs=[
            ("智能虫害监测", 2024, 24.6, "CNY 100 million", "actual"),
            ("智能虫害监测", 2030, 78.3, "CNY 100 million", "estimate"),
            ("AI消毒机器人", 2024, 18.2, "CNY 100 million", "actual"),
            ("AI消毒机器人", 2030, 61.5, "CNY 100 million", "estimate"),
            ("AI卫生巡检", 2024, 13.7, "CNY 100 million", "actual"),
            ("AI卫生巡检", 2030, 44.9, "CNY 100 million", "estimate"),
            ("合计", 2024, 56.5, "CNY 100 million", "actual"),
            ("合计", 2030, 184.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78.3 / 24.6) ** (1 / 6) - 1 = 21.28% -> 21.3
            # (61.5 / 18.2) ** (1 / 6) - 1 = 22.50% -> 22.5, not 23.6; bounds (61.45 / 18.25) ** (1/6) - 1 = 22.43%,
            # (61.55 / 18.15) ** (1/6) - 1 = 22.57% -> 23.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (44.9 / 13.7) ** (1 / 6) - 1 = 21.88% -> 21.9
            ("cagr|implied", "exact"),  # (184.8 / 56.5) ** (1 / 6) - 1 = 21.84% -> 21.8
            ("hierarchy", "exact"),  # 2024年: 24.6 + 18.2 + 13.7 = 56.5
            # 2030年E: 78.3 + 61.5 + 44.9 = 184.7, not 184.8; parts at most 184.85 and the total at least 184.75 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. Taiwan table (Traditional, 新台幣百萬元 -> TWD million) drawn with box-drawing characters ("│", "─", "┼")
    #     whose cells are also set apart by three or more spaces: hospitals, food plants and public washrooms with a
    #     合計 row for 2023, 2024 (actual) and 2025F (estimate); 2023 and 2025F add exactly, 2024 only by rounding.
    #     Expected nowhere: the table number, the source's month, the 480家 hospitals, the 新台幣620億元 cleaning
    #     services revenue.
    dict(
        text=(
            "表2 臺灣AI衛生稽核與清潔服務市場（單位：新台幣百萬元）\n"
            "項目          │   2023   │   2024   │   2025F\n"
            "───────────────┼──────────┼──────────┼──────────\n"
            "醫院          │   224    │   279    │   346\n"
            "食品廠        │   318    │   385    │   469\n"
            "公共洗手間    │   123    │   154    │   192\n"
            "合計          │   665    │   819    │   1,007\n"
            "資料來源：竹風產業研究，2025年2月；全台約480家醫院，清潔服務業營收約新台幣620億元，不列入。"
        ),
        obs=[
            ("醫院", 2023, 224, "TWD million", "actual"),
            ("醫院", 2024, 279, "TWD million", "actual"),
            ("醫院", 2025, 346, "TWD million", "estimate"),
            ("食品廠", 2023, 318, "TWD million", "actual"),
            ("食品廠", 2024, 385, "TWD million", "actual"),
            ("食品廠", 2025, 469, "TWD million", "estimate"),
            ("公共洗手間", 2023, 123, "TWD million", "actual"),
            ("公共洗手間", 2024, 154, "TWD million", "actual"),
            ("公共洗手間", 2025, 192, "TWD million", "estimate"),
            ("合計", 2023, 665, "TWD million", "actual"),
            ("合計", 2024, 819, "TWD million", "actual"),
            ("合計", 2025, 1007, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 224 + 318 + 123 = 665
            # 2024: 279 + 385 + 154 = 818, not 819; parts at most 819.5 and the total at least 818.5 -> reached only
            # by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 346 + 469 + 192 = 1,007
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 14, 'rounding': 19, 'exact': 60}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '[00:12:31]',
    'one point six billion dollars',
    'nine hundred forty million dollars ($940 million)',
    '2023–24',
    'FY24',
    '1,05 milliard de dollars américains',
    'expected to hit $3.15 billion by 2030, from $1.12 billion last year',
    'Q: How big is',
    'KRW 1.2 trillion',
    '(2024: $1.18bn; 2030E: $3.05bn; CAGR 17.1%)',
    '亿元人民币',
    '（约合人民币88亿元）',
    '占全球比重',
    '問：',
    '新臺幣',
    '億港元',
    '个百分点',
    'Food and beverage plants ....',
    '| US$ m | 2024 | 2025 | 2030 |',
    'Segment;2024;2025;2030',
    '單位：新台幣億元',
    'Q1 2025',
    '(Reuters)',
    'said on Tuesday',
    '$4.2 bln',
    'Box 2.1',
    'billion U.S. dollars',
    'c.€450m',
    '€1.2bn',
    '~$0.82B',
    'approx. $410M',
    '$1.1 billion to $1.3 billion',
    '(NYSE: VRMN)',
    'PT $148',
    'EV/EBITDA',
    'bps',
    'US$3.4bn',
    'R12.4 billion',
    'Senator WHITFIELD:',
    'Mr DARCY:',
    'a compound annual rate of 21.3 percent',
    'grew 18 percent year over year',
    '据中研智库测算',
    '增长近三成',
    '管理层：',
    '分析师：',
    '万亿元',
    '千亿元',
    '千亿级市场',
    '人民幣十億元',
    '複合年增長率',
    '家人们',
    '姐妹们',
    '新台幣',
    '年成長率',
    '民國113年',
    '到2027年',
    '力争达到',
    '年均增长15%以上',
    'All segments',
    'Share 2024',
    'YoY',
    '2024 (US$ m)',
    '2030年E',
    '复合增长率',
    '│',
    '┼',
    '─',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 161
#: figures, 43 rates, 71 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 179, "rates_found": 44, "verdicts_right": 77}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset275.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
