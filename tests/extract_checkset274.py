"""A two-hundred-and-seventy-fourth check set for the extractor, written blind: AI in pest control, sanitation and
hygiene services: AI-enabled smart traps and rodent monitoring, AI route planning for pest-control technicians, AI
hygiene auditing in food plants and hospitals, AI-guided disinfection robots, AI in washroom and sanitation services;
sized in money by research houses, pest-management associations, health ministries, service firms' capital-markets days
and brokers, in the US, Canada, the UK, Ireland, Germany, France, Australia, South Africa, South Korea, Japan, mainland
China, Taiwan and Hong Kong. Distractors: total pest-control or hygiene revenue beside the AI part, counts of traps,
branches, technicians and customers, a service contract's price, a company's own revenue, orders or margin, a funding
round, a quarter's figures, survey percentages, a treatment's cost.

Snippets 1-20: Twenty snippets on AI in pest control, sanitation and hygiene services: eight English prose texts (a
podcast transcript with timestamps and a figure spoken in words, a US release giving amounts in words and digits, an
Australian agency's report in US$ with A$ asides and financial years, a Canadian release with C$ asides and a French
line of the same figures, a London story naming the forecast before last year's base, an Irish FAQ page in euros, a
Korean maker's English release with KRW and won asides, an analyst blog chaining figures in brackets), seven Chinese
prose texts (a 新华社-style 通稿 in 亿元人民币 with 同比增长 and 增幅, a text in 亿美元 with 人民币 equivalents in brackets, an association's
年度报告 with 占全球比重, a 问/答 interview, a Taiwan 經濟部-style release in 新臺幣億元, a Hong Kong column in Cantonese with 億港元, a text
whose amounts drop 元 after the first) and five tables (a UK table with dotted leaders, a Markdown table with US$ m in
its first header cell, a German semicolon CSV with decimal commas, a Taiwan table under 單位：新台幣億元 with a 合計 row, a Hong
Kong tab table with quarter columns). Left out: A$, C$, won and 人民币 asides, company revenue, backlog, margins, funding
rounds, whole-industry totals, counts of traps, robots, hospitals, sites, firms and technicians, prices, subsidies,
survey percentages, percentage points, quarters and datelines. Inconsistent: 2, 6, 10, 12, 17, 19. Only by rounding: 1,
3, 5, 7, 11, 13, 15, 16, 18.

Snippets 21-40: Twenty snippets on AI in pest control, sanitation and hygiene services: eight English prose texts (a
Reuters-style wire in bln and mln, a white paper chapter with a Box 2.1 sidebar in billion U.S. dollars, an Irish
release in €m and €bn with c. for circa, a field-service note with ~, approx. and a range, a bank's note with a ticker,
a PT and US$bn, a South African release with rand amounts, an Australian Senate Hansard excerpt, a Canadian release
spelling its rates out), seven Chinese prose texts (a 澎湃新闻-style item, a Traditional earnings-call transcript, a
Simplified text in 万亿元 and 千亿元, a Hong Kong 招股書 in 人民幣十億元, a 小红书 post, a Taiwan research note in 新台幣億元 with 民國 years, a
city 规划 with 2027 targets) and five tables (a Markdown table with a Share 2024 column and an All segments row, a
Japanese table with YoY rows, a pipe table with the unit in every year header, a tab-separated Chinese table with a
复合增长率 column, a Hong Kong box-drawing table). Left out: total pest-control, cleaning and hygiene revenue, counts of
traps, robots, firms and technicians, prices, company revenue, orders and margins, a funding round, quarters, survey
percentages, price targets, rand, Australian-dollar and won amounts, 增长近三成 and 年均增长15%以上. Inconsistent: 23, 25, 30, 37,
39, 40. Only by rounding: 21, 24, 26, 29, 31, 32, 34, 36, 37, 38.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Industry podcast transcript with timestamps and speaker names: the global market for AI smart traps and
    #    rodent monitoring in 2024 spoken in words ("about four point two billion dollars", at its printed figure,
    #    4.2), a 2031 forecast with a CAGR over a printed span that holds only by rounding, and North America's part
    #    with its share. Expected nowhere: the episode number and timestamps, the $31 billion pest-control industry,
    #    the sponsor's 46,000 connected traps, 2,300 technicians and $412 million of revenue, the 1,150 operators
    #    surveyed and their 62%, the year 2027.
    dict(
        text=(
            "Pest Pulse, episode 87: Traps that think\n"
            "[00:12:31] Marisa Dunleavy: Owen, give us the size of the prize. How big is AI rodent monitoring right "
            "now?\n"
            "[00:12:39] Owen Thackeray: Our team at Harlow Creek Analytics puts the global market for AI-enabled "
            "smart traps and rodent monitoring at about four point two billion dollars in 2024. We expect it to "
            "reach $11.9 billion in 2031, which is a compound annual growth rate of 16.2% over 2024-2031.\n"
            "[00:13:02] Marisa Dunleavy: And how much of that is North America?\n"
            "[00:13:05] Owen Thackeray: North America was $1.64 billion in 2024, about 39% of the global figure. "
            "Keep in mind the whole pest-control industry is roughly $31 billion, so AI is still a thin slice.\n"
            "[00:13:40] Marisa Dunleavy: Our sponsor Brockway Pest Solutions told me they now run 46,000 connected "
            "traps with 2,300 technicians, and monitoring brought in $412 million of their revenue last year.\n"
            "[00:14:02] Owen Thackeray: Right, and in our survey of 1,150 operators, 62% said they plan to add "
            "camera traps by 2027."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2031, 11.9, "USD billion", "estimate"),
            ("North America", 2024, 1.64, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2031, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (11.9 / 4.2) ** (1 / 7) - 1 = 16.04% -> 16.0, not 16.2; bounds (11.85 / 4.25) ** (1/7) - 1 = 15.78%,
            # (11.95 / 4.15) ** (1/7) - 1 = 16.31% -> 16.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.64 / 4.2 = 39.05% -> 39
        ],
    ),
    # 2. Boston research firm's press release giving each amount in words and digits together ("six hundred forty
    #    million dollars ($640 million)", each expected once): the US market for AI route planning and scheduling
    #    software for pest-control and hygiene technicians in 2023 and 2024 with a rise, and a 2030 forecast (one
    #    point nine billion, in the series' unit: 1900) with a CAGR over a printed span that no reading reaches.
    #    Expected nowhere: the release date, the 21,000 technicians, the $2,400 per truck subscription, the $35
    #    million Series B, the $13.4 billion US pest-control services industry, the founding year and 140 analysts.
    dict(
        text=(
            "FOR IMMEDIATE RELEASE\n"
            "Boston, March 18, 2025 - Corvane Research today said the US market for AI route planning and "
            "scheduling software used by pest-control and hygiene technicians reached six hundred forty million "
            "dollars ($640 million) in 2024, up 25% from five hundred twelve million dollars ($512 million) in "
            "2023. The firm forecasts one point nine billion dollars ($1.9 billion) by 2030, a compound annual "
            "growth rate of 18.2% from 2024 to 2030.\n"
            "Route planning tools now serve roughly 21,000 licensed technicians, and a typical subscription costs "
            "$2,400 per truck a year. Earlier this month Routewise, a Denver start-up, raised a $35 million Series "
            "B. Corvane sizes the wider US pest-control services industry at $13.4 billion.\n"
            "About Corvane Research: founded in 2011, Corvane has 140 analysts covering field-service software."
        ),
        obs=[
            ("Total", 2023, 512, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 512) ** (1 / 1) - 1 = 25.00% -> 25
            # (1900 / 640) ** (1 / 6) - 1 = 19.88% -> 19.9, not 18.2; bounds (1850 / 640.5) ** (1/6) - 1 = 19.34%,
            # (1950 / 639.5) ** (1/6) - 1 = 20.42% -> 18.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. Australian agency's numbered report on the global market for AI hygiene auditing in food plants in US$,
    #    with A$ asides (no observation) and financial years ("2023–24" counted as 2024, "FY24" as 2024): 2024
    #    against the 2023 base with a rise, meat and dairy plants' part whose 37% holds only by rounding, and a 2030
    #    forecast with a CAGR over a printed span. Expected nowhere: the report number, the A$2.1 and A$5.2 billion
    #    asides, the 2,870 licensed food plants, Australia's A$46 million, the A$148 billion manufacturing turnover.
    dict(
        text=(
            "Australian Food Safety Technology Office\n"
            "Report 14/2025: AI hygiene auditing in food manufacturing\n"
            "3.2 The global market\n"
            "The global market for AI hygiene auditing in food processing plants, covering camera-based "
            "sanitation verification and allergen changeover checks, was valued at US$1.38 billion in 2023–24 "
            "(about A$2.1 billion), up 23.2% from US$1.12 billion in 2022–23. Meat and dairy plants accounted for "
            "US$0.52 billion in FY24, or 37% of the global total. The Office projects the global market at US$3.41 "
            "billion in 2029–30 (A$5.2 billion), a compound annual growth rate of 16.3% over 2023–24 to 2029–30.\n"
            "3.3 Australia's 2,870 licensed food plants spent an estimated A$46 million on such systems in FY24, "
            "against food and beverage manufacturing turnover of A$148 billion."
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Meat and dairy plants", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2030, 3.41, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.38 / 1.12) ** (1 / 1) - 1 = 23.21% -> 23.2
            # 0.52 / 1.38 = 37.68% -> 38, not 37; bounds 0.515 / 1.385 = 37.18%, 0.525 / 1.375 = 38.18% -> 37
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (3.41 / 1.38) ** (1 / 6) - 1 = 16.27% -> 16.3
        ],
    ),
    # 4. Montreal research firm's release (/CNW/) on the global market for AI-guided disinfection robots in
    #    hospitals and long-term care homes in US$ with C$ asides (no observation), then a French line giving the
    #    same figures ("1,86 milliard", "4,2 milliards de dollars américains", "14,5 %"), each expected once: 2024,
    #    a 2030 forecast and a CAGR over a printed span. Expected nowhere: the release date, the C$2.5 and C$5.7
    #    billion asides, the 640 robots in Canadian hospitals, the C$145,000 list price, the firm's C$18 million
    #    revenue in fiscal 2024.
    dict(
        text=(
            "MONTREAL, April 2, 2025 /CNW/ - Lachine Bay Research Inc. today released its study of AI-guided "
            "disinfection robots used in hospitals and long-term care homes. The global market reached US$1.86 "
            "billion in 2024 (about C$2.5 billion) and is forecast to reach US$4.2 billion (C$5.7 billion) by "
            "2030, a compound annual growth rate of 14.5% over 2024-2030. Canadian hospitals operate some 640 such "
            "robots, and a single unit lists at about C$145,000. Lachine Bay's own revenue rose to C$18 million in "
            "fiscal 2024.\n"
            "Version française : Le marché mondial des robots de désinfection guidés par l'IA a atteint 1,86 "
            "milliard de dollars américains en 2024 et devrait atteindre 4,2 milliards de dollars américains d'ici "
            "2030, soit un taux de croissance annuel composé de 14,5 % sur la période 2024-2030."
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2030, 4.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 1.86) ** (1 / 6) - 1 = 14.54% -> 14.5
        ],
    ),
    # 5. London news story naming the forecast first and the base after it ("expected to hit $9.1 billion by 2030,
    #    from $2.4 billion last year", the dateline's 2025 making last year 2024): the global market for AI-driven
    #    washroom and sanitation services with "24.6% a year" whose span only the amounts' years give (inferred),
    #    holding only by rounding. Expected nowhere: the dateline, the £1.24 billion revenue and 14.8% margin of the
    #    washroom group, its 48,000 sites, 9,500 technicians and 6,400 South African sites, the $27 billion washroom
    #    services market, the 2,000 office workers and their 71%.
    dict(
        text=(
            "LONDON, June 10, 2025 - The global market for AI-driven washroom and sanitation services, from smart "
            "soap and paper dispensers to occupancy-based cleaning rosters, is expected to hit $9.1 billion by 2030, "
            "from $2.4 billion last year, according to a report from Fenwick Hale Research. That works out to "
            "average growth of 24.6% a year.\n"
            "Harcourt Hygiene, the FTSE 250 washroom group, reported revenue of £1.24 billion for 2024 and an "
            "operating margin of 14.8%. It services 48,000 customer sites with 9,500 technicians, including 6,400 "
            "sites in South Africa. Fenwick Hale puts the broader washroom services market at about $27 billion, "
            "and a survey of 2,000 office workers it commissioned found 71% would rather use a washroom that "
            "reports its own cleaning status."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 9.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (9.1 / 2.4) ** (1 / 6) - 1 = 24.87% -> 24.9, not 24.6; bounds (9.05 / 2.45) ** (1/6) - 1 = 24.33%,
            # (9.15 / 2.35) ** (1/6) - 1 = 25.43% -> 24.6 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. Dublin research firm's FAQ page ("Q: ..." / "A: ..."), one figure per answer: Ireland's market for AI
    #    hygiene auditing in hospitals in 2024 and 2023 with a year-on-year rate, and a 2030 forecast whose CAGR over
    #    a printed span no reading reaches. Expected nowhere: the publication date, the 27 of 48 acute hospitals, the
    #    €42,000 per site price, the 3,100 ward audits a month.
    dict(
        text=(
            "Frequently asked questions: AI hygiene auditing in Irish hospitals\n"
            "Brannock Insights, Dublin, 3 March 2025\n"
            "Q: How big is the Irish market for AI hygiene auditing in hospitals?\n"
            "A: We estimate it at €38.5 million in 2024.\n"
            "Q: What was it the year before?\n"
            "A: €31.7 million in 2023.\n"
            "Q: How fast did it grow?\n"
            "A: By 21.5% year on year.\n"
            "Q: Where will it be by 2030?\n"
            "A: We forecast €118 million.\n"
            "Q: What growth rate does that imply?\n"
            "A: A compound annual growth rate of 18.4% over 2024-2030.\n"
            "Q: How many hospitals use these systems?\n"
            "A: 27 of the country's 48 acute public hospitals.\n"
            "Q: What does a typical deployment cost?\n"
            "A: Around €42,000 per site per year.\n"
            "Q: How much auditing do they do?\n"
            "A: About 3,100 ward audits a month."
        ),
        obs=[
            ("Total", 2023, 31.7, "EUR million", "actual"),
            ("Total", 2024, 38.5, "EUR million", "actual"),
            ("Total", 2030, 118, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.7) ** (1 / 1) - 1 = 21.45% -> 21.5
            # (118 / 38.5) ** (1 / 6) - 1 = 20.52% -> 20.5, not 18.4; bounds (117.5 / 38.55) ** (1/6) - 1 = 20.41%,
            # (118.5 / 38.45) ** (1/6) - 1 = 20.63% -> 18.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Korean maker's English release with "KRW 1.2 trillion" and "won" amounts as asides (no observation) and the
    #    global market for AI-guided disinfection robots in USD: 2024, a 2031 forecast with a CAGR over a printed
    #    span that holds only by rounding, and Asia-Pacific's part with its share. Expected nowhere: the dateline,
    #    the KRW 1.2 trillion backlog, the 84.6 billion won sales and their 31% rise, the 1,420 units, the 410
    #    billion won Korean market, the 52 hospitals.
    dict(
        text=(
            "SEOUL, May 14, 2025 - Hanbit Robotics Co., Ltd., a maker of AI-guided UV-C and hydrogen peroxide "
            "disinfection robots, said its order backlog has reached KRW 1.2 trillion after a framework contract "
            "with a 52-hospital group. Citing Daewon Market Intelligence, the company said the global market for "
            "AI-guided disinfection robots was USD 2.76 billion in 2024 and is projected to reach USD 7.1 billion in "
            "2031, a compound annual growth rate of 14.6% over 2024-2031. Asia-Pacific accounted for USD 1.02 "
            "billion, or 37% of the 2024 global market. Hanbit posted sales of 84.6 billion won in 2024, up 31%, on "
            "shipments of 1,420 units; South Korea's hospital disinfection services market is put at about 410 "
            "billion won."
        ),
        obs=[
            ("Total", 2024, 2.76, "USD billion", "actual"),
            ("Total", 2031, 7.1, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 1.02, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14.6, "percent", 2024, 2031, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (7.1 / 2.76) ** (1 / 7) - 1 = 14.45% -> 14.4, not 14.6; bounds (7.05 / 2.765) ** (1/7) - 1 = 14.31%,
            # (7.15 / 2.755) ** (1/7) - 1 = 14.60% -> 14.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.02 / 2.76 = 36.96% -> 37
        ],
    ),
    # 8. Pest-services analyst's blog chaining figures in brackets ("(2024: $1.2bn; 2030E: $3.4bn; CAGR 19.0%)"):
    #    the global AI pest-management market in 2024 and 2030E with a CAGR whose span only the amounts' years give
    #    (inferred), and connected rodent monitoring's part with its share. Expected nowhere: the post date, the
    #    listed majors' 5.2% organic growth and 18% margin, the $26bn pest-control services industry, the 18,500
    #    bait stations and 640 sites, the two companies in the disclosure.
    dict(
        text=(
            "The Bait Station: notes from a pest-services analyst\n"
            "Posted 22 April 2025\n"
            "Everyone asks me whether AI is real money in pest control yet. By Greyfield Partners' numbers, the "
            "global market for AI pest-management software and services is small but compounding (2024: $1.2bn; "
            "2030E: $3.4bn; CAGR 19.0%). Connected rodent monitoring is the bulk of it (2024: $0.71bn; 59% of the "
            "total). For context, the listed majors I follow grew organic revenue 5.2% last year at an 18% "
            "operating margin, and the whole pest-control services industry sits near $26bn. One operator I "
            "visited runs 18,500 digital bait stations across 640 customer sites. Disclosure: I own shares in two "
            "of the companies mentioned."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
            ("Connected rodent monitoring", 2024, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "inferred"),
            ("share", 59, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.4 / 1.2) ** (1 / 6) - 1 = 18.96% -> 19.0
            ("arithmetic", "exact"),  # 0.71 / 1.2 = 59.17% -> 59
        ],
    ),
    # 9. 新华社-style 通稿 (Simplified) in 亿元人民币: China's AI pest monitoring and control services in 2024 with 同比增长
    #    against the 2023 base, and 增幅 widening by 个百分点. Expected nowhere: the dateline, the 3.1个百分点, the 860亿元
    #    pest-control industry output, the 1.2万家 firms and 40万人, the 68% of firms surveyed, the leader's 一季度
    #    revenue growth.
    dict(
        text=(
            "新华社上海5月20日电（记者陈思远）记者20日从中国有害生物防制协会获悉，2024年我国智能虫害监测与防治服务"
            "市场规模达到58.6亿元人民币，同比增长24.2%，增幅较上年扩大3.1个百分点；2023年这一市场规模为47.2亿元"
            "人民币。据介绍，我国有害生物防制服务业总产值约860亿元人民币，全国从事有害生物防制的企业超过1.2万家，"
            "从业人员约40万人。协会调查显示，68%的受访企业已在餐饮和食品工厂客户中部署智能鼠情监测设备。业内龙头"
            "企业绿盾环境今年一季度营收同比增长12.6%。"
        ),
        obs=[
            ("Total", 2023, 47.2, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 47.2) ** (1 / 1) - 1 = 24.15% -> 24.2
        ],
    ),
    # 10. Simplified report summary in 亿美元 with 人民币 equivalents in brackets ("（约合人民币86亿元）", expected
    #     nowhere): the global market for AI disinfection robots in 2024 and a 2030 forecast with a CAGR over a
    #     printed span that no reading reaches. Expected nowhere: the 86亿元 and 254亿元 equivalents, the maker's 3200台
    #     shipments, the 38万元 unit price, the 2亿元 B round.
    dict(
        text=(
            "深蓝智研院日前发布《全球智能消杀机器人市场研究报告》。报告显示，2024年全球AI消杀机器人市场规模为"
            "11.9亿美元（约合人民币86亿元），预计到2030年将达到35.2亿美元（约合人民币254亿元），2024—2030年年均"
            "复合增长率为21.3%。报告指出，医院、机场和轨道交通是主要应用场景。国内头部厂商净洁科技去年出货约3200台，"
            "单台售价约38万元，今年3月刚完成2亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 11.9, "USD 100 million", "actual"),
            ("Total", 2030, 35.2, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (35.2 / 11.9) ** (1 / 6) - 1 = 19.81% -> 19.8, not 21.3; bounds (35.15 / 11.95) ** (1/6) - 1 = 19.70%,
            # (35.25 / 11.85) ** (1/6) - 1 = 19.92% -> 21.3 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. Industry association's 年度报告 (Simplified): China's AI hygiene inspection in food plants in 2024 with
    #     较上年增长 against the 2023 base (holding only by rounding), the world market (全球市场, its own item) with
    #     China's 占全球比重, and a 2030 forecast with a 年均复合增长率 over a printed span. Expected nowhere: the
    #     report's title year, the 3.9万家 food firms, the 9.2万亿元 food-industry revenue, the 1,260 firms sampled
    #     and their 43.5%.
    dict(
        text=(
            "《中国食品安全智能化发展年度报告（2025）》第四章 市场规模\n"
            "据中国食品工业卫生协会测算，2024年我国食品工厂AI卫生巡检市场规模为26.4亿元，较上年增长18.7%（2023年为"
            "22.2亿元）。同期全球市场规模为122.6亿元，我国占全球比重为21.5%。预计2030年我国市场规模将达到61.5亿元，"
            "2024—2030年年均复合增长率为15.1%。截至2024年底，全国规模以上食品工业企业约3.9万家，规模以上食品工业"
            "营业收入约9.2万亿元；协会抽样调查的1,260家企业中，43.5%已部署AI视觉巡检系统。"
        ),
        obs=[
            ("Total", 2023, 22.2, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
            ("全球市场", 2024, 122.6, "CNY 100 million", "actual"),
            ("Total", 2030, 61.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("cagr", 15.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (26.4 / 22.2) ** (1 / 1) - 1 = 18.92% -> 18.9, not 18.7; bounds 26.35 / 22.25 - 1 = 18.43%,
            # 26.45 / 22.15 - 1 = 19.41% -> 18.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 26.4 / 122.6 = 21.53% -> 21.5
            ("cagr|implied", "exact"),  # (61.5 / 26.4) ** (1 / 6) - 1 = 15.14% -> 15.1
        ],
    ),
    # 12. 问答 interview (Simplified, "问：…" / "答：…"): China's AI operation and maintenance of smart public toilets
    #     in 2024 against the 2023 base with a 同比增长 that no reading reaches, and a 2028 forecast. Expected nowhere:
    #     the 15万元 refit cost, the 18万座 toilets, 不到两成 (a fraction in words), the 5,000 residents and their 87%,
    #     the listed sanitation firm's 112亿元 revenue.
    dict(
        text=(
            "智慧公厕AI运维：市场有多大？——访城市环卫研究院副院长周立新\n"
            "问：我国智慧公厕AI运维服务市场现在有多大？\n"
            "答：按我们的测算，2024年市场规模为34.8亿元，2023年是27.6亿元，同比增长28.1%。\n"
            "问：未来几年怎么看？\n"
            "答：我们预计到2028年可以达到72.5亿元。\n"
            "问：改造一座公厕要花多少钱？\n"
            "答：单座智能化改造费用大约15万元。全国城市公厕约18万座，完成改造的还不到两成。\n"
            "问：市民认可度如何？\n"
            "答：去年我们调查了5,000名市民，87%表示满意。某上市环卫企业去年营收达到112亿元，其中智慧公厕业务只占"
            "很小一部分。"
        ),
        obs=[
            ("Total", 2023, 27.6, "CNY 100 million", "actual"),
            ("Total", 2024, 34.8, "CNY 100 million", "actual"),
            ("Total", 2028, 72.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (34.8 / 27.6) ** (1 / 1) - 1 = 26.09% -> 26.1, not 28.1; bounds 34.75 / 27.65 - 1 = 25.68%,
            # 34.85 / 27.55 - 1 = 26.50% -> 28.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Taiwan 經濟部-style release (Traditional) in 新臺幣億元 with 成長率: Taiwan's AI vector-control monitoring
    #     market in 2024 against the 2023 base, and a 2025 forecast (預估, the dateline's year) whose 成長率 22.8%
    #     holds only by rounding. Expected nowhere: the release date and the (26) in its text, the 860家 firms and
    #     6,200人 technicians, the 新臺幣180億元 industry output, the 新臺幣300萬元 subsidy cap, the telephone number.
    dict(
        text=(
            "經濟部產業發展署新聞稿\n"
            "發布日期：2025年3月26日\n"
            "經濟部產業發展署今（26）日表示，國內AI智慧捕鼠與病媒監測服務持續擴大應用。根據本署委託台灣環境衛生"
            "科技研究中心之調查，臺灣AI病媒防治監測市場2024年產值達新臺幣21.4億元，較2023年之新臺幣17.6億元成長"
            "21.6%；預估2025年可達新臺幣26.3億元，成長率22.8%。目前全臺登記之病媒防治業者約860家，從業技術人員約"
            "6,200人，環境衛生用藥及防治服務整體產值約新臺幣180億元。本署補助業者導入智慧監測設備，每案補助上限"
            "新臺幣300萬元。\n"
            "新聞聯絡人：陳科長，電話：(02)2754-1255"
        ),
        obs=[
            ("Total", 2023, 17.6, "TWD 100 million", "actual"),
            ("Total", 2024, 21.4, "TWD 100 million", "actual"),
            ("Total", 2025, 26.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.4 / 17.6) ** (1 / 1) - 1 = 21.59% -> 21.6
            # (26.3 / 21.4) ** (1 / 1) - 1 = 22.90% -> 22.9, not 22.8; bounds 26.25 / 21.45 - 1 = 22.38%,
            # 26.35 / 21.35 - 1 = 23.42% -> 22.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong financial column in Cantonese-flavoured Traditional ("咁", "嘅", "喺") in 億港元: Hong Kong's AI
    #     cleaning and disinfection services in 2024 ("約為18.6億港元", at its printed figure) against the 2023 base,
    #     and a 2027 forecast with a 年均複合增長率 over a printed span. Expected nowhere: the 43間 public hospitals,
    #     the 380萬港元 monthly contract, the listed cleaner's 48.5億港元 revenue and 9.8% gross margin, the index's
    #     23,150點.
    dict(
        text=(
            "【財經專欄】晶片以外：AI清潔嘅生意經　文：盧子謙\n"
            "講開AI，大家諗起晶片同數據中心，但其實喺醫院、商場同寫字樓，AI清潔消毒已經係門好生意。根據本地研究"
            "機構港灣數據嘅估算，本港AI清潔及消毒服務市場2024年規模約為18.6億港元，較2023年嘅15.2億港元增長"
            "22.4%。港灣數據預計2027年會增至31.5億港元，2024至2027年年均複合增長率19.2%。咁樣睇，呢門生意仲有排"
            "做。醫管局轄下有43間公立醫院，一份大型清潔合約每月動輒380萬港元；某上市清潔服務商上年度收入48.5億"
            "港元，毛利率得9.8%，AI業務佔比仲好細。恒指昨日收報23,150點。"
        ),
        obs=[
            ("Total", 2023, 15.2, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2027, 31.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (31.5 / 18.6) ** (1 / 3) - 1 = 19.20% -> 19.2
        ],
    ),
    # 15. Simplified news item whose amounts drop 元 after the first ("规模达120亿", the unit read from the first
    #     amount, 96.8亿元): China's AI vector-control services in 2023 and 2024 with a 同比增长 that holds only by
    #     rounding, and a 2027 forecast (有望, 205). Expected nowhere: the 2.6 and 5.1个百分点, the 900亿 industry, the
    #     1.1万家 firms, the leading firm's 18.7亿 revenue and 11.2% net margin.
    dict(
        text=(
            "中国城市环境卫生协会病媒生物防制分会日前发布的数据显示，2023年我国AI病媒生物防制服务市场规模为96.8亿元，"
            "2024年规模达120亿，同比增长24.3%，增速较上年提高2.6个百分点。分会预计，2027年市场规模有望达到205亿。"
            "从结构看，智能鼠情监测的占比较上年提升5.1个百分点。全国病媒生物防制服务业总规模约900亿，持证防制企业"
            "约1.1万家。某头部企业2024年营收18.7亿，净利率11.2%。"
        ),
        obs=[
            ("Total", 2023, 96.8, "CNY 100 million", "actual"),
            ("Total", 2024, 120, "CNY 100 million", "actual"),
            ("Total", 2027, 205, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (120 / 96.8) ** (1 / 1) - 1 = 23.97% -> 24.0, not 24.3; bounds 119.5 / 96.85 - 1 = 23.39%,
            # 120.5 / 96.75 - 1 = 24.55% -> 24.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. UK research table with dotted leaders between labels and values, years as columns set apart by three or
    #     more spaces (2025F and 2030F forecasts), segments as rows and a Total row: 2024 and 2030F add exactly,
    #     2025F only by rounding. Expected nowhere: the table number, the source's date, the £1.1 billion pest-control
    #     services market, the 780 member firms and 4,600 technicians.
    dict(
        text=(
            "Table 2.3: UK AI in pest control and hygiene services by segment, £ million\n"
            "Segment                                  2024      2025F      2030F\n"
            "Smart traps and rodent sensors .......   48.6       58.9      121.4\n"
            "Technician route planning ............   21.3       25.8       52.7\n"
            "Hygiene audit analytics ..............   14.7       18.2       41.6\n"
            "Total ................................   84.6      103.0      215.7\n"
            "Source: Thornbury & Vale Research, February 2025. The UK pest-control services market, about £1.1 "
            "billion, lies outside the table; the 780 member firms and 4,600 technicians are not counted."
        ),
        obs=[
            ("Smart traps and rodent sensors", 2024, 48.6, "GBP million", "actual"),
            ("Smart traps and rodent sensors", 2025, 58.9, "GBP million", "estimate"),
            ("Smart traps and rodent sensors", 2030, 121.4, "GBP million", "estimate"),
            ("Technician route planning", 2024, 21.3, "GBP million", "actual"),
            ("Technician route planning", 2025, 25.8, "GBP million", "estimate"),
            ("Technician route planning", 2030, 52.7, "GBP million", "estimate"),
            ("Hygiene audit analytics", 2024, 14.7, "GBP million", "actual"),
            ("Hygiene audit analytics", 2025, 18.2, "GBP million", "estimate"),
            ("Hygiene audit analytics", 2030, 41.6, "GBP million", "estimate"),
            ("Total", 2024, 84.6, "GBP million", "actual"),
            ("Total", 2025, 103.0, "GBP million", "estimate"),
            ("Total", 2030, 215.7, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 48.6 + 21.3 + 14.7 = 84.6
            # 2025F: 58.9 + 25.8 + 18.2 = 102.9, not 103.0; parts at most 103.05 and the total at least 102.95 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030F: 121.4 + 52.7 + 41.6 = 215.7
        ],
    ),
    # 17. Markdown table from a Japanese hygiene group's capital-markets day whose first header cell carries the
    #     unit ("| US$ m | 2024 | 2025 | 2030 |", 2025 and 2030 forecasts), settings as rows and a Total row, with
    #     food and beverage plants' 56% of 2024 under it: 2024 and 2025 add exactly, 2030 by no reading. Expected
    #     nowhere: the event's date, the group's US$2.9 billion hygiene revenue, 41,000 customer sites and 16% margin
    #     target.
    dict(
        text=(
            "Global AI hygiene auditing, total addressable market by setting (2025 and 2030 are forecasts)\n"
            "| US$ m | 2024 | 2025 | 2030 |\n"
            "|---|---|---|---|\n"
            "| Food and beverage plants | 642.5 | 771.8 | 1,846.0 |\n"
            "| Hospitals and clinics | 388.2 | 470.6 | 1,152.3 |\n"
            "| Commercial kitchens | 117.4 | 139.9 | 298.7 |\n"
            "| Total | 1,148.1 | 1,382.3 | 3,319.0 |\n"
            "Source: Mizuhara Hygiene Holdings capital-markets day, Tokyo, 11 June 2025. Food and beverage plants "
            "made up 56% of the 2024 total. The group's own hygiene revenue was US$2.9 billion in 2024 across "
            "41,000 customer sites; its medium-term target is a 16% operating margin."
        ),
        obs=[
            ("Food and beverage plants", 2024, 642.5, "USD million", "actual"),
            ("Food and beverage plants", 2025, 771.8, "USD million", "estimate"),
            ("Food and beverage plants", 2030, 1846.0, "USD million", "estimate"),
            ("Hospitals and clinics", 2024, 388.2, "USD million", "actual"),
            ("Hospitals and clinics", 2025, 470.6, "USD million", "estimate"),
            ("Hospitals and clinics", 2030, 1152.3, "USD million", "estimate"),
            ("Commercial kitchens", 2024, 117.4, "USD million", "actual"),
            ("Commercial kitchens", 2025, 139.9, "USD million", "estimate"),
            ("Commercial kitchens", 2030, 298.7, "USD million", "estimate"),
            ("Total", 2024, 1148.1, "USD million", "actual"),
            ("Total", 2025, 1382.3, "USD million", "estimate"),
            ("Total", 2030, 3319.0, "USD million", "estimate"),
        ],
        claims=[
            ("share", 56, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 642.5 / 1,148.1 = 55.96% -> 56
            ("hierarchy", "exact"),  # 2024: 642.5 + 388.2 + 117.4 = 1,148.1
            ("hierarchy", "exact"),  # 2025: 771.8 + 470.6 + 139.9 = 1,382.3
            # 2030: 1,846.0 + 1,152.3 + 298.7 = 3,297.0, not 3,319.0; parts at most 3,297.15 and the total at least
            # 3,318.95 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 18. German spreadsheet export as a semicolon-separated CSV with decimal commas ("Segment;2024;2030", 2030 a
    #     forecast), segments as rows and a Total row, and a note line with the Total's CAGR over a printed span
    #     ("18,2 %"): 2024 adds exactly, 2030 only by rounding. Expected nowhere: the export date, the EUR 41,3
    #     billion building-cleaning market, the 3.850 customer sites, the Q1 2025 total.
    dict(
        text=(
            "KI-Hygienemarkt Deutschland, Mio. EUR (Export Tabellenblatt Markt_DE, Rhenvalt Analytics, Stand "
            "07.05.2025; 2030 = Prognose)\n"
            "Segment;2024;2030\n"
            "Vision hygiene audits;412,6;1108,3\n"
            "Disinfection robots;236,9;701,5\n"
            "Smart washroom sensors;158,2;392,0\n"
            "Total;807,7;2201,9\n"
            "Hinweis: CAGR Total 2024-2030 18,2 %. Nicht enthalten: Gebäudereinigung gesamt 2024 (41,3 Mrd. EUR), "
            "3.850 Kundenstandorte, Total Q1 2025 (214,3 Mio. EUR)."
        ),
        obs=[
            ("Vision hygiene audits", 2024, 412.6, "EUR million", "actual"),
            ("Vision hygiene audits", 2030, 1108.3, "EUR million", "estimate"),
            ("Disinfection robots", 2024, 236.9, "EUR million", "actual"),
            ("Disinfection robots", 2030, 701.5, "EUR million", "estimate"),
            ("Smart washroom sensors", 2024, 158.2, "EUR million", "actual"),
            ("Smart washroom sensors", 2030, 392.0, "EUR million", "estimate"),
            ("Total", 2024, 807.7, "EUR million", "actual"),
            ("Total", 2030, 2201.9, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2201.9 / 807.7) ** (1 / 6) - 1 = 18.19% -> 18.2
            ("hierarchy", "exact"),  # 2024: 412.6 + 236.9 + 158.2 = 807.7
            # 2030: 1108.3 + 701.5 + 392.0 = 2201.8, not 2201.9; parts at most 2201.95 and the total at least
            # 2201.85 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Traditional Chinese table under "單位：新台幣億元" with 年度 across the top (2025 預估), services as rows and a
    #     合計 row: Taiwan's AI hygiene auditing and disinfection services in hospitals; 2023 and 2025 add exactly,
    #     2024 by no reading. Expected nowhere: the table number, the source's date, the 478家 hospitals, the 16.8萬床
    #     beds, the 新台幣420萬元 robot price.
    dict(
        text=(
            "表4　臺灣醫療院所AI環境衛生稽核與消毒服務市場規模\n"
            "單位：新台幣億元\n"
            "年度              2023     2024     2025(預估)\n"
            "AI手部衛生稽核     2.8      3.5      4.4\n"
            "AI消毒機器人       4.1      5.2      6.6\n"
            "智慧廁所監測       1.9      2.4      3.1\n"
            "合計               8.8     11.6     14.1\n"
            "資料來源：臺灣醫療環境衛生協進會（2025年4月）。全臺醫院478家、病床約16.8萬床，單台消毒機器人售價約"
            "新台幣420萬元，均未計入市場規模。"
        ),
        obs=[
            ("AI手部衛生稽核", 2023, 2.8, "TWD 100 million", "actual"),
            ("AI手部衛生稽核", 2024, 3.5, "TWD 100 million", "actual"),
            ("AI手部衛生稽核", 2025, 4.4, "TWD 100 million", "estimate"),
            ("AI消毒機器人", 2023, 4.1, "TWD 100 million", "actual"),
            ("AI消毒機器人", 2024, 5.2, "TWD 100 million", "actual"),
            ("AI消毒機器人", 2025, 6.6, "TWD 100 million", "estimate"),
            ("智慧廁所監測", 2023, 1.9, "TWD 100 million", "actual"),
            ("智慧廁所監測", 2024, 2.4, "TWD 100 million", "actual"),
            ("智慧廁所監測", 2025, 3.1, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.8, "TWD 100 million", "actual"),
            ("合計", 2024, 11.6, "TWD 100 million", "actual"),
            ("合計", 2025, 14.1, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.8 + 4.1 + 1.9 = 8.8
            # 2024: 3.5 + 5.2 + 2.4 = 11.1, not 11.6; parts at most 11.25 and the total at least 11.55 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025(預估): 4.4 + 6.6 + 3.1 = 14.1
        ],
    ),
    # 20. Hong Kong broker's tab-separated table (Traditional) in 百萬港元 with quarter columns ("Q1 2025", "Q2 2025")
    #     beside yearly ones (2025E a forecast), services as rows and a 總計 row: every year adds exactly; the
    #     quarters expected nowhere. Expected nowhere: the Q1 and Q2 2025 columns, the source's date, the 800個
    #     public toilets, the 2,300家 cleaning firms.
    dict(
        text=(
            "香港AI清潔及衞生服務市場規模（百萬港元；2025E為預測）\n"
            "項目\t2023\t2024\tQ1 2025\tQ2 2025\t2025E\n"
            "智能捕鼠及蟲害監測\t214.6\t268.3\t71.2\t74.5\t331.8\n"
            "AI衞生稽核\t152.4\t189.7\t50.6\t52.1\t236.0\n"
            "消毒機械人服務\t96.8\t124.5\t33.9\t35.6\t158.2\n"
            "總計\t463.8\t582.5\t155.7\t162.2\t726.0\n"
            "資料來源：維港證券行業報告（2025年8月）；季度數字未經審核。食環署轄下約800個公廁及本地約2,300家清潔"
            "服務公司未計入。"
        ),
        obs=[
            ("智能捕鼠及蟲害監測", 2023, 214.6, "HKD million", "actual"),
            ("智能捕鼠及蟲害監測", 2024, 268.3, "HKD million", "actual"),
            ("智能捕鼠及蟲害監測", 2025, 331.8, "HKD million", "estimate"),
            ("AI衞生稽核", 2023, 152.4, "HKD million", "actual"),
            ("AI衞生稽核", 2024, 189.7, "HKD million", "actual"),
            ("AI衞生稽核", 2025, 236.0, "HKD million", "estimate"),
            ("消毒機械人服務", 2023, 96.8, "HKD million", "actual"),
            ("消毒機械人服務", 2024, 124.5, "HKD million", "actual"),
            ("消毒機械人服務", 2025, 158.2, "HKD million", "estimate"),
            ("總計", 2023, 463.8, "HKD million", "actual"),
            ("總計", 2024, 582.5, "HKD million", "actual"),
            ("總計", 2025, 726.0, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 214.6 + 152.4 + 96.8 = 463.8
            ("hierarchy", "exact"),  # 2024: 268.3 + 189.7 + 124.5 = 582.5
            ("hierarchy", "exact"),  # 2025E: 331.8 + 236.0 + 158.2 = 726.0
        ],
    ),
    # 21. Reuters-style wire story with "bln" and "mln", "said on Tuesday" and an analyst's quote: the US market for
    #     AI-enabled smart traps and rodent monitoring in 2024 and 2030 with a CAGR over a printed span that holds only
    #     by rounding, "more than triple" (x3), and food-processing and warehouse sites' part with its 39% share.
    #     Expected nowhere: the dateline, Pestguard's $1.12 bln fourth-quarter revenue, the 2.6 mln connected traps,
    #     the $26 bln U.S. pest control market, the analyst's 40 minutes.
    dict(
        text=(
            "NEW YORK, March 11 (Reuters) - U.S. spending on AI-enabled smart traps and rodent monitoring will more "
            "than triple to $4.2 bln by 2030 from $1.31 bln in 2024, a compound annual growth rate of 21.7% between "
            "2024 and 2030, research firm Harlow Creek Analytics said on Tuesday.\n"
            "Food-processing and warehouse sites accounted for $512 mln of 2024 spending, or 39%, the firm said, as "
            "food-safety auditors and insurers press operators to log pest activity around the clock.\n"
            "\"Technicians used to walk every bait station with a clipboard. Now the trap tells you when it has been "
            "triggered, and that saves 40 minutes on a typical route,\" said Dana Whitcombe, an analyst at Larchmont "
            "Securities.\n"
            "Pestguard Holdings, the largest U.S. operator, reported fourth-quarter revenue of $1.12 bln last month "
            "and said it had 2.6 mln connected traps in service. The broader U.S. pest control market was worth about "
            "$26 bln in 2024, according to industry estimates.\n"
            "(Reporting by Maya Ostrander; Editing by Paul Keane)"
        ),
        obs=[
            ("Total", 2024, 1.31, "USD billion", "actual"),
            ("Total", 2030, 4.2, "USD billion", "estimate"),
            ("Food-processing and warehouse sites", 2024, 512, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
            ("cagr", 21.7, "percent", 2024, 2030, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.2 / 1.31) ** (1 / 6) - 1 = 21.43% -> 21.4, not 21.7; bounds (4.15 / 1.315) ** (1/6) - 1 = 21.11%,
            # (4.25 / 1.305) ** (1/6) - 1 = 21.75% -> 21.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 512 / 1,310 = 39.08% -> 39
        ],
    ),
    # 22. Consultancy white paper chapter with a sidebar headed "Box 2.1", amounts in "billion U.S. dollars": the
    #     global market for AI hygiene auditing in food processing plants in 2024 and 2031 with a CAGR over a printed
    #     span, and a part (hand-hygiene and PPE compliance systems) with its share. Expected nowhere: the chapter,
    #     section and box numbers, the 24 billion U.S. dollars of food safety testing, the 3,500 U.S. dollars audit
    #     visit, the 410 plant managers and the 57% of them (a survey), the 2027 of the survey question.
    dict(
        text=(
            "Chapter 2. The market for automated hygiene assurance\n"
            "2.3 Sizing the opportunity\n"
            "Drawing on vendor interviews and procurement records, Calder & Finch Advisory values the global market "
            "for AI hygiene auditing in food processing plants at 1.86 billion U.S. dollars in 2024. We project 5.07 "
            "billion U.S. dollars in 2031, a compound annual growth rate of 15.4% over 2024-2031. Computer-vision "
            "hand-hygiene and PPE compliance systems made up 0.71 billion U.S. dollars of the 2024 total, or 38%, with "
            "the rest split between cleaning verification and environmental swab analytics.\n"
            "Box 2.1 What we count as AI hygiene auditing\n"
            "We count software and sensor services that score cleaning, sanitation and personal hygiene against a "
            "plant's food safety plan without an auditor on site. We exclude the roughly 24 billion U.S. dollars "
            "spent each year on food safety testing, and the conventional third-party audit, which typically costs "
            "3,500 U.S. dollars per site visit. In our survey of 410 plant managers, 57% said they planned to add "
            "automated auditing by 2027.\n"
            "2.4 Who buys"
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2031, 5.07, "USD billion", "estimate"),
            ("Computer-vision hand-hygiene and PPE compliance systems", 2024, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2024, 2031, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.07 / 1.86) ** (1 / 7) - 1 = 15.40% -> 15.4
            ("arithmetic", "exact"),  # 0.71 / 1.86 = 38.17% -> 38
        ],
    ),
    # 23. Irish health-economics consultancy's release with "€m", "€bn" and "c." for circa: Ireland's AI-guided
    #     disinfection robots and AI hygiene auditing in acute hospitals, "c.€46m" in 2024 (at its printed figure)
    #     against €38.5m in 2023 with a 22% rise reached by no reading, a 2029 forecast, and the robots' part
    #     (c.€17m). Expected nowhere: the release date, the c.€1.1bn hospital cleaning and hygiene services, the 29
    #     hospitals and 1,900 beds, the €2,400 a month robot lease, the firm's founding year.
    dict(
        text=(
            "Press release, Dublin, 14 May 2025\n"
            "AI hygiene technology gains ground in Irish hospitals\n"
            "Spending on AI-guided disinfection robots and AI hygiene auditing in Ireland's acute hospitals reached "
            "c.€46m in 2024, up 22% from €38.5m in 2023, according to a study published today by Liffey Health "
            "Economics. The study expects the market to reach €97.4m by 2029. Disinfection robots accounted for "
            "c.€17m of the 2024 figure, with the remainder going on auditing software and sensors.\n"
            "The technology remains a small slice of hospital hygiene: cleaning and hygiene services in Irish "
            "hospitals cost c.€1.1bn a year. The study counted 29 hospitals running pilots across some 1,900 beds, "
            "and a disinfection robot typically leases for €2,400 a month.\n"
            "About Liffey Health Economics: founded in 2011, the firm advises hospital groups across Ireland and the "
            "UK."
        ),
        obs=[
            ("Total", 2023, 38.5, "EUR million", "actual"),
            ("Total", 2024, 46, "EUR million", "actual"),
            ("Total", 2029, 97.4, "EUR million", "estimate"),
            ("Disinfection robots", 2024, 17, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (46 / 38.5) ** (1 / 1) - 1 = 19.48% -> 19, not 22; bounds 45.5 / 38.55 - 1 = 18.03%,
            # 46.5 / 38.45 - 1 = 20.94% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Field-service trade note with "~" and "approx." before amounts and a range with "to": the global market
    #     for AI route planning for pest-control technicians, "~$2.1B" in 2024 and "approx. $1.62B" in 2023 (at their
    #     printed figures) with a 31% rise that holds only by rounding, North America's approx. $640M (a series of
    #     its own), and "$4.6 billion to $5.3 billion by 2030" (two value claims). Expected nowhere: the ~$85 per
    #     technician per month licence, the 1,150 operators surveyed and the 46% of them, Routewise's $38M Series B.
    dict(
        text=(
            "Field Service Brief: AI routing comes to pest control\n"
            "Software that plans pest-control technicians' daily routes around trap alerts, traffic and customer "
            "time windows is a small but fast-growing niche. Brackenfield Research puts the global market at ~$2.1B "
            "in 2024, up from approx. $1.62B in 2023, a 31% increase. North America accounted for approx. $640M of "
            "the 2024 total. Looking further out, the firm sees $4.6 billion to $5.3 billion by 2030, depending on "
            "how quickly mid-sized operators move off spreadsheets and paper job sheets.\n"
            "A typical route-planning licence runs ~$85 per technician per month. Of the 1,150 operators Brackenfield "
            "surveyed, 46% said missed appointment windows were their main cause of lost contracts. Routing start-up "
            "Routewise raised $38M in a Series B round in January."
        ),
        obs=[
            ("Total", 2023, 1.62, "USD billion", "actual"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("North America", 2024, 640, "USD million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("value", 4.6, "USD billion", 2030, 2030, None),
            ("value", 5.3, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # (2.1 / 1.62) ** (1 / 1) - 1 = 29.63% -> 30, not 31; bounds 2.05 / 1.625 - 1 = 26.15%,
            # 2.15 / 1.615 - 1 = 33.13% -> 31 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Investment bank's note on a hygiene-services group with a ticker, a "PT" price target, "EV/EBITDA" and
    #     "bps": the global AI-enabled washroom and hygiene services market in "US$bn", 2024 and 2030, with a CAGR over
    #     a printed span reached by no reading, and Europe's part with its share. Expected nowhere: the note's date,
    #     the PT of 2,450p and the old 2,300p, the 19% upside, BHG's £212m connected-washroom revenue, its 14% order
    #     growth, the 80bps and 18.6% margin, the 10.8x and 12.5x EV/EBITDA, the 46,000 customer sites.
    dict(
        text=(
            "Kestrel Harbour Securities - Equity Research - 3 June 2025\n"
            "Brightwell Hygiene Group (LSE: BHG): Overweight, PT 2,450p (from 2,300p)\n"
            "AI washrooms: sizing the prize\n"
            "We size the global market for AI-enabled washroom and hygiene services (sensor-driven refills, "
            "occupancy-based cleaning schedules, air-quality monitoring) at US$3.2bn in 2024, growing to US$7.9bn by "
            "2030, a 17.5% CAGR over 2024-30. Europe is US$1.1bn of the 2024 market (34%), the largest region.\n"
            "BHG's connected-washroom revenue was £212m in FY24 and orders rose 14%; we forecast group EBITDA margin "
            "up 80bps to 18.6% in FY25. The shares trade on 10.8x FY25E EV/EBITDA against peers on 12.5x, and our PT "
            "implies 19% upside. BHG services some 46,000 customer sites."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 7.9, "USD billion", "estimate"),
            ("Europe", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (7.9 / 3.2) ** (1 / 6) - 1 = 16.25% -> 16.3, not 17.5; bounds (7.85 / 3.25) ** (1/6) - 1 = 15.83%,
            # (7.95 / 3.15) ** (1/6) - 1 = 16.68% -> 17.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.1 / 3.2 = 34.38% -> 34
        ],
    ),
    # 26. South African pest-management association's release with rand amounts ("R12.4 billion", "R1.6 billion",
    #     "R1,450", no observation) and the market in USD: 2024 and 2030 with a CAGR over a printed span that holds
    #     only by rounding, and mining and agriculture's part with its 36% share. Expected nowhere: the dateline, the
    #     rand figures, the 18,000 technicians, the 620 member firms, the 2019 founding of the association.
    dict(
        text=(
            "Johannesburg, 22 April 2025 - South Africa's market for AI-enabled pest monitoring and smart trapping "
            "was worth US$86.5 million in 2024 and is forecast to reach US$231 million in 2030, a compound annual "
            "growth rate of 17.7% over 2024-2030, according to a study released today by the Highveld Pest "
            "Management Council and Veldt Analytics. Mining and agriculture accounted for US$31.2 million of the 2024 "
            "total, or 36%.\n"
            "At current exchange rates the 2024 figure is roughly R1.6 billion, against the R12.4 billion a year "
            "generated by the country's pest control industry as a whole, which employs around 18,000 technicians "
            "in 620 member firms. A standard monthly service contract for a restaurant costs about R1,450.\n"
            "The Highveld Pest Management Council was founded in 2019."
        ),
        obs=[
            ("Total", 2024, 86.5, "USD million", "actual"),
            ("Total", 2030, 231, "USD million", "estimate"),
            ("Mining and agriculture", 2024, 31.2, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (231 / 86.5) ** (1 / 6) - 1 = 17.79% -> 17.8, not 17.7; bounds (230.5 / 86.55) ** (1/6) - 1 = 17.73%,
            # (231.5 / 86.45) ** (1/6) - 1 = 17.84% -> 17.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 31.2 / 86.5 = 36.07% -> 36
        ],
    ),
    # 27. Australian Senate committee Hansard excerpt ("Senator ...:", "Mr ...:") quoting a global market in US
    #     dollars: AI-based pest and hygiene monitoring in 2024 and 2032 with "roughly 13.5 per cent a year", a CAGR
    #     whose span only the years of its amounts give (inferred). Expected nowhere: the hearing's date, the page
    #     and time stamps, the 4,200 bait stations and 38 councils, the A$1.9 billion industry turnover and the
    #     A$65,000 council trial (Australian dollars, no observation), the submission number.
    dict(
        text=(
            "SENATE STANDING COMMITTEE ON COMMUNITY HEALTH AND HYGIENE\n"
            "Urban pest management and public health\n"
            "Thursday, 20 February 2025, Canberra\n"
            "Senator McALISTER: Mr Dunmore, submission 17 says the technology is still niche. How big is it?\n"
            "Mr DUNMORE: Globally, Senator, the best estimate we have comes from Corrigan Lowe Research. They put "
            "AI-based pest and hygiene monitoring at US$2.94 billion in 2024 and expect US$8.1 billion in 2032, "
            "growing at roughly 13.5 per cent a year.\n"
            "Senator McALISTER: And how much of that is here?\n"
            "Mr DUNMORE: Very little so far. Our members ran about 4,200 connected bait stations across 38 councils "
            "last year. The pest management industry here turns over around A$1.9 billion, and a typical council "
            "trial costs about A$65,000.\n"
            "Senator McALISTER: Thank you. We will put the rest on notice.\n"
            "Proceedings suspended from 10:42 to 10:55 - Page 14"
        ),
        obs=[
            ("Total", 2024, 2.94, "USD billion", "actual"),
            ("Total", 2032, 8.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.5, "percent", 2024, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.1 / 2.94) ** (1 / 8) - 1 = 13.51% -> 13.5
        ],
    ),
    # 28. Canadian health-technology research firm's release that spells its rates out: Canada's AI-guided
    #     disinfection robots in hospitals and long-term care homes in US dollars, 2023, 2024 and 2030, "grew 18
    #     percent year over year" and "a compound annual rate of 21.3 percent" over a printed span. Expected nowhere:
    #     the dateline, the 1,140 robots and 260 facilities, the US$95,000 unit price, the C$48 million of
    #     Northbridge's own revenue, the sixty-one percent of managers surveyed.
    dict(
        text=(
            "OTTAWA, Sept. 9, 2025 - Canada's market for AI-guided disinfection robots in hospitals and long-term "
            "care homes reached US$212 million in 2024, Northbridge Health Analytics said today. The market grew 18 "
            "percent year over year, from US$180 million in 2023, and is forecast to reach US$675 million by 2030, a "
            "compound annual rate of 21.3 percent from 2024 to 2030.\n"
            "The firm tracked 1,140 robots deployed across 260 facilities; a single ultraviolet unit with navigation "
            "software costs about US$95,000. Sixty-one percent of infection-control managers surveyed said they "
            "planned to expand their fleets. Northbridge, whose own revenue was C$48 million last year, has offices "
            "in Ottawa and Calgary."
        ),
        obs=[
            ("Total", 2023, 180, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2030, 675, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 180) ** (1 / 1) - 1 = 17.78% -> 18
            ("cagr|implied", "exact"),  # (675 / 212) ** (1 / 6) - 1 = 21.29% -> 21.3
        ],
    ),
    # 29. 澎湃新闻-style item (Simplified) with "据…测算" and 亿元: China's AI pest monitoring and control services in
    #     2024 ("约为38.6亿元", at its printed figure) and 2027 with a CAGR over a printed span, and food processors'
    #     part (14.2亿元) whose 36.6% share holds only by rounding. Expected nowhere: "增长近三成" (a rate in words),
    #     the 850亿元 pest control industry output, the 1.2万家 firms, the 800元 monthly fee, the listed company's 12%
    #     first-quarter revenue growth.
    dict(
        text=(
            "澎湃新闻记者 陈思远\n"
            "智能捕鼠器、AI虫情监测设备正在走进餐饮后厨和食品工厂。据鼎衡产业研究院测算，2024年我国AI智能虫害监测"
            "与防治服务市场规模约为38.6亿元，较上年增长近三成；预计到2027年将达到86.2亿元，2024—2027年年均复合"
            "增长率为30.7%。其中，食品加工企业贡献14.2亿元，占比36.6%。\n"
            "业内人士介绍，全国有害生物防治行业年产值约850亿元，从业企业约1.2万家，一家连锁餐厅每月的虫害防治"
            "服务费约800元。某上市环境服务企业今年一季度营收同比增长12%。"
        ),
        obs=[
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2027, 86.2, "CNY 100 million", "estimate"),
            ("食品加工企业", 2024, 14.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 30.7, "percent", 2024, 2027, None, "stated"),
            ("share", 36.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.2 / 38.6) ** (1 / 3) - 1 = 30.71% -> 30.7
            # 14.2 / 38.6 = 36.79% -> 36.8, not 36.6; bounds 14.15 / 38.65 = 36.61%, 14.25 / 38.55 = 36.96% -> 36.6
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Taiwan hygiene-robot maker's earnings-call transcript (Traditional) with "管理層：" and "分析師：": the
    #     company sizes Taiwan's AI disinfection robot and hospital infection-control auditing market in 新台幣億元,
    #     2024 and 2028, with a CAGR over a printed span reached by no reading. Expected nowhere: the company's 48.6億元
    #     營收 and its 12% growth, the fourth quarter's 13.2億元, the 9.8億元 backlog (orders), the 41.5% gross margin
    #     (a margin), the 1,350 robots shipped, the 120 hospitals.
    dict(
        text=(
            "潔安科技 2024年第四季法人說明會 逐字稿（節錄）\n"
            "管理層：2024年全年營收為新台幣48.6億元，年增12%，其中第四季營收13.2億元。全年機器人出貨1,350台，"
            "客戶涵蓋全台約120家醫院。\n"
            "分析師：想請教公司怎麼看整體市場的空間？\n"
            "管理層：根據我們引用的第三方研究，台灣AI消毒機器人與醫院感控稽核市場2024年規模約新台幣21.5億元，"
            "預估2028年達到新台幣52億元，2024至2028年複合成長率26%。目前在手訂單約新台幣9.8億元。\n"
            "分析師：毛利率的展望呢？\n"
            "管理層：第四季毛利率為41.5%，我們希望全年維持在四成以上。"
        ),
        obs=[
            ("Total", 2024, 21.5, "TWD 100 million", "actual"),
            ("Total", 2028, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (52 / 21.5) ** (1 / 4) - 1 = 24.71% -> 25, not 26; bounds (51.5 / 21.55) ** (1/4) - 1 = 24.33%,
            # (52.5 / 21.45) ** (1/4) - 1 = 25.08% -> 26 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Simplified think-tank item with 万亿元 and 千亿元 amounts: China's AI smart sanitation and public-toilet
    #     operation services, 2023 and 2024 with a 24.6% rise that holds only by rounding, and 2030's "1.92千亿元"
    #     expected in the series' unit (1920 亿元). Expected nowhere: the 1.3万亿元 sanitation and public hygiene
    #     services total, "千亿级市场", the 38万辆 sanitation vehicles, the leading firm's 96.5亿元 half-year revenue.
    dict(
        text=(
            "智慧环卫：AI上岗扫街、巡厕\n"
            "中衡智库日前发布报告称，2024年我国环卫及公共卫生服务市场总规模约1.3万亿元，其中AI赋能的智慧环卫与"
            "公厕运维服务规模为684亿元，较2023年的548亿元增长24.6%。报告预计，到2030年该市场规模将达到1.92千亿"
            "元，有望形成千亿级市场。\n"
            "目前全国环卫车辆保有量约38万辆，无人驾驶清扫车和公厕智能巡检系统仍处于试点推广阶段。某环卫龙头企业"
            "上半年实现营收96.5亿元。"
        ),
        obs=[
            ("Total", 2023, 548, "CNY 100 million", "actual"),
            ("Total", 2024, 684, "CNY 100 million", "actual"),
            ("Total", 2030, 1920, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (684 / 548) ** (1 / 1) - 1 = 24.82% -> 24.8, not 24.6; bounds 683.5 / 548.5 - 1 = 24.61%,
            # 684.5 / 547.5 - 1 = 25.02% -> 24.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong 招股書 industry overview (Traditional) in "人民幣十億元" (expected as "CNY billion") with
    #     "複合年增長率": China's AI-driven hospital disinfection and infection-control services, 2019, 2024 and 2029,
    #     the first CAGR exact, the second (19.6%) only by rounding. Expected nowhere: the section number, the
    #     group's 人民幣612.4百萬元 revenue, the 386 hospitals served, the 全球發售 and its 每股 price.
    dict(
        text=(
            "第六節 行業概覽\n"
            "根據衡域諮詢的資料，中國AI驅動的醫院消毒及感染防控服務市場規模由2019年的人民幣2.8十億元增長至2024年"
            "的人民幣8.9十億元，複合年增長率為26.0%，並預期於2029年達到人民幣21.6十億元，2024年至2029年的複合年"
            "增長率為19.6%。\n"
            "截至2024年12月31日止年度，本集團的收益為人民幣612.4百萬元，服務醫院數目為386家。本公司擬進行全球"
            "發售，每股發售股份的最高發售價為9.80港元。"
        ),
        obs=[
            ("Total", 2019, 2.8, "CNY billion", "actual"),
            ("Total", 2024, 8.9, "CNY billion", "actual"),
            ("Total", 2029, 21.6, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2019, 2024, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.9 / 2.8) ** (1 / 5) - 1 = 26.02% -> 26.0
            # (21.6 / 8.9) ** (1 / 5) - 1 = 19.40% -> 19.4, not 19.6; bounds (21.55 / 8.95) ** (1/5) - 1 = 19.21%,
            # (21.65 / 8.85) ** (1/5) - 1 = 19.59% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. 小红书 post (Simplified) with emoji, "家人们", "姐妹们" and 亿元: China's AI smart rodent-control and
    #     monitoring services in 2024 and a 2025 forecast with a year-on-year rate. Expected nowhere: the 280元 visit,
    #     the 6 smart traps, the 3 months, the 1000 likes, the post's hashtags.
    dict(
        text=(
            "🐭家人们谁懂啊！！后厨又抓到老鼠了😭😭\n"
            "姐妹们我做了点功课📚 据鼎睿咨询的报告，2024年国内AI智能灭鼠监测服务市场规模是21.5亿元，预计2025年"
            "能涨到27.9亿元，同比+29.8%🔥 难怪现在好多餐馆都在装智能鼠夹～\n"
            "我们店上门灭鼠一次收费280元，后来装了6个智能鼠夹，3个月没再见过老鼠✨ 点赞过1000就出详细测评💕\n"
            "#灭鼠 #餐饮人 #AI黑科技"
        ),
        obs=[
            ("Total", 2024, 21.5, "CNY 100 million", "actual"),
            ("Total", 2025, 27.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.9 / 21.5) ** (1 / 1) - 1 = 29.77% -> 29.8
        ],
    ),
    # 34. Taiwan industry research note (Traditional, 工研院 IEK-style) with "新台幣億元", "年成長率" and 民國 years:
    #     Taiwan's AI vector control and hygiene auditing services in 民國112, 113 and 114年 (2023, 2024, 2025
    #     forecast), the 2024 rate exact, the 2025 rate (20.8%) only by rounding, and food factories' part. Expected
    #     nowhere: the note's number and date, the 1,100 firms, the 新台幣380億元 environmental hygiene services output,
    #     the 新台幣1.8萬元 audit fee.
    dict(
        text=(
            "【產業評析 No.25-031】AI病媒防治與衛生稽核服務市場展望（瀚宇產業科技研究中心，2025/06）\n"
            "依本中心估算，民國113年台灣AI病媒防治與衛生稽核服務市場規模達新台幣12.4億元，年成長率18.1%（民國112年"
            "為新台幣10.5億元）；預估民國114年將達新台幣14.9億元，年成長率20.8%。其中食品工廠衛生稽核占新台幣4.6億"
            "元。\n"
            "相較之下，全台病媒防治業者約1,100家，整體環境衛生服務產值約新台幣380億元，單次人工衛生稽核費用約新台幣"
            "1.8萬元。"
        ),
        obs=[
            ("Total", 2023, 10.5, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2025, 14.9, "TWD 100 million", "estimate"),
            ("食品工廠衛生稽核", 2024, 4.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 20.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.5) ** (1 / 1) - 1 = 18.10% -> 18.1
            # (14.9 / 12.4) ** (1 / 1) - 1 = 20.16% -> 20.2, not 20.8; bounds 14.85 / 12.45 - 1 = 19.28%,
            # 14.95 / 12.35 - 1 = 21.05% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. City action plan (规划, Simplified) with "到2027年" targets: the city's AI-enabled vector control and
    #     environmental hygiene services in 2024, hospitals' AI disinfection part with its share, and "力争达到32亿元"
    #     for 2027 (an estimate). Expected nowhere: the plan's years in its title, "年均增长15%以上", the 10 leading
    #     firms, the 200 demonstration sites, the 5000 technicians trained, the 2亿元 special fund a year.
    dict(
        text=(
            "青川市推进病媒生物防制与环境卫生服务智能化发展行动方案（2025—2027年）\n"
            "一、发展目标。2024年，全市人工智能赋能的病媒生物防制与环境卫生服务规模为18.6亿元，其中医疗机构AI消毒"
            "与感控服务6.2亿元，占比33.3%。到2027年，力争达到32亿元，年均增长15%以上；培育龙头企业10家以上，建设"
            "智慧卫生示范场景200个，培训持证技术人员5000人次。\n"
            "二、保障措施。市财政每年安排专项资金2亿元，支持智能监测设备购置和平台建设。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("医疗机构AI消毒与感控服务", 2024, 6.2, "CNY 100 million", "actual"),
            ("Total", 2027, 32, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 33.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.2 / 18.6 = 33.33% -> 33.3
        ],
    ),
    # 36. Markdown table (Germany, EUR million) with segments as rows, 2024 and 2030F columns, a "Share 2024" column
    #     and a total row labelled "All segments": four shares, 2024 adding exactly, 2030F only by rounding.
    #     Expected nowhere: the source's date, the All segments row's 100%, the EUR 2.3 billion conventional
    #     pest-control and hygiene revenue, the 6,800 firms.
    dict(
        text=(
            "Germany: AI in pest control and hygiene services by segment (EUR million)\n"
            "| Segment | 2024 | 2030F | Share 2024 |\n"
            "|---|---|---|---|\n"
            "| AI smart traps and rodent monitoring | 148.2 | 402.5 | 38% |\n"
            "| AI hygiene auditing | 121.6 | 318.0 | 31% |\n"
            "| AI-guided disinfection robots | 74.9 | 231.4 | 19% |\n"
            "| AI washroom and sanitation services | 45.3 | 139.6 | 12% |\n"
            "| All segments | 390.0 | 1,091.6 | 100% |\n"
            "Source: Rheinau Marktforschung, July 2025. Excludes the EUR 2.3 billion of conventional pest-control and "
            "hygiene service revenue earned by Germany's 6,800 firms."
        ),
        obs=[
            ("AI smart traps and rodent monitoring", 2024, 148.2, "EUR million", "actual"),
            ("AI smart traps and rodent monitoring", 2030, 402.5, "EUR million", "estimate"),
            ("AI hygiene auditing", 2024, 121.6, "EUR million", "actual"),
            ("AI hygiene auditing", 2030, 318.0, "EUR million", "estimate"),
            ("AI-guided disinfection robots", 2024, 74.9, "EUR million", "actual"),
            ("AI-guided disinfection robots", 2030, 231.4, "EUR million", "estimate"),
            ("AI washroom and sanitation services", 2024, 45.3, "EUR million", "actual"),
            ("AI washroom and sanitation services", 2030, 139.6, "EUR million", "estimate"),
            ("All segments", 2024, 390.0, "EUR million", "actual"),
            ("All segments", 2030, 1091.6, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148.2 / 390.0 = 38.00% -> 38
            ("arithmetic", "exact"),  # 121.6 / 390.0 = 31.18% -> 31
            ("arithmetic", "exact"),  # 74.9 / 390.0 = 19.21% -> 19
            ("arithmetic", "exact"),  # 45.3 / 390.0 = 11.62% -> 12
            ("hierarchy", "exact"),  # 2024: 148.2 + 121.6 + 74.9 + 45.3 = 390.0
            # 2030F: 402.5 + 318.0 + 231.4 + 139.6 = 1,091.5, not 1,091.6; parts at most 1,091.7 and the total at
            # least 1,091.55 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Space-aligned table (Japan, ¥ billion) with years across and, per segment, a value row and a "YoY" row
    #     under it: 2023, 2024 and 2025E; the hygiene auditing 2024 YoY (24.7%) reached by no reading, the Total's
    #     2025E YoY (22.6%) only by rounding, the rest exact; rows add to the Total each year. Expected nowhere: the
    #     Q1 2025 ¥7.4 billion (a quarter), the ¥260 billion pest-control industry revenue, the 4,900 operators.
    dict(
        text=(
            "Japan: AI pest-control and hygiene services (¥ billion), Meguro Research Institute\n"
            "Segment                            2023     2024    2025E\n"
            "AI rodent and insect monitoring    12.8     15.6     18.9\n"
            "   YoY                                      21.9%    21.2%\n"
            "AI hygiene auditing                 8.4     10.7     13.3\n"
            "   YoY                                      24.7%    24.3%\n"
            "Total                              21.2     26.3     32.2\n"
            "   YoY                                      24.1%    22.6%\n"
            "Note: Q1 2025 total ¥7.4 billion. Excludes pest-control industry revenue of about ¥260 billion earned by "
            "some 4,900 registered operators."
        ),
        obs=[
            ("AI rodent and insect monitoring", 2023, 12.8, "JPY billion", "actual"),
            ("AI rodent and insect monitoring", 2024, 15.6, "JPY billion", "actual"),
            ("AI rodent and insect monitoring", 2025, 18.9, "JPY billion", "estimate"),
            ("AI hygiene auditing", 2023, 8.4, "JPY billion", "actual"),
            ("AI hygiene auditing", 2024, 10.7, "JPY billion", "actual"),
            ("AI hygiene auditing", 2025, 13.3, "JPY billion", "estimate"),
            ("Total", 2023, 21.2, "JPY billion", "actual"),
            ("Total", 2024, 26.3, "JPY billion", "actual"),
            ("Total", 2025, 32.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2024, 2025, 1.0),
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("growth", 24.3, "percent", 2024, 2025, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.6 / 12.8 - 1 = 21.88% -> 21.9
            ("cagr|implied", "exact"),  # 18.9 / 15.6 - 1 = 21.15% -> 21.2
            # 10.7 / 8.4 - 1 = 27.38% -> 27.4, not 24.7; bounds 10.65 / 8.45 - 1 = 26.04%, 10.75 / 8.35 - 1 = 28.74%
            # -> 24.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 13.3 / 10.7 - 1 = 24.30% -> 24.3
            ("cagr|implied", "exact"),  # 26.3 / 21.2 - 1 = 24.06% -> 24.1
            # 32.2 / 26.3 - 1 = 22.43% -> 22.4, not 22.6; bounds 32.15 / 26.35 - 1 = 22.01%, 32.25 / 26.25 - 1 =
            # 22.86% -> 22.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),  # 2023: 12.8 + 8.4 = 21.2
            ("hierarchy", "exact"),  # 2024: 15.6 + 10.7 = 26.3
            ("hierarchy", "exact"),  # 2025E: 18.9 + 13.3 = 32.2
        ],
    ),
    # 38. Pipe table (South Korea, US dollars) with the unit in every year header ("2024 (US$ m)"), end users as
    #     rows, a Total row and a "CAGR 2024-29" column: 2024, 2025E and 2029F; the transit row's 17.3% only by
    #     rounding, the other CAGRs exact; rows add to the Total each year. Expected nowhere: the source's date, the
    #     KRW 1.4 trillion cleaning services market (won, no observation), the 2,350 robots installed.
    dict(
        text=(
            "South Korea: AI-guided disinfection robots by end user\n"
            "| End user | 2024 (US$ m) | 2025E (US$ m) | 2029F (US$ m) | CAGR 2024-29 |\n"
            "|---|---|---|---|---|\n"
            "| Hospitals | 96.4 | 114.1 | 214.7 | 17.4% |\n"
            "| Food plants | 41.2 | 49.0 | 98.6 | 19.1% |\n"
            "| Transit and public buildings | 28.5 | 33.6 | 63.1 | 17.3% |\n"
            "| Total | 166.1 | 196.7 | 376.4 | 17.8% |\n"
            "Source: Hangang Robotics Research, April 2025. The KRW 1.4 trillion building cleaning services market is "
            "excluded; 2,350 robots were installed at end-2024."
        ),
        obs=[
            ("Hospitals", 2024, 96.4, "USD million", "actual"),
            ("Hospitals", 2025, 114.1, "USD million", "estimate"),
            ("Hospitals", 2029, 214.7, "USD million", "estimate"),
            ("Food plants", 2024, 41.2, "USD million", "actual"),
            ("Food plants", 2025, 49.0, "USD million", "estimate"),
            ("Food plants", 2029, 98.6, "USD million", "estimate"),
            ("Transit and public buildings", 2024, 28.5, "USD million", "actual"),
            ("Transit and public buildings", 2025, 33.6, "USD million", "estimate"),
            ("Transit and public buildings", 2029, 63.1, "USD million", "estimate"),
            ("Total", 2024, 166.1, "USD million", "actual"),
            ("Total", 2025, 196.7, "USD million", "estimate"),
            ("Total", 2029, 376.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214.7 / 96.4) ** (1 / 5) - 1 = 17.37% -> 17.4
            ("cagr|implied", "exact"),  # (98.6 / 41.2) ** (1 / 5) - 1 = 19.07% -> 19.1
            # (63.1 / 28.5) ** (1 / 5) - 1 = 17.23% -> 17.2, not 17.3; bounds (63.05 / 28.55) ** (1/5) - 1 = 17.17%,
            # (63.15 / 28.45) ** (1/5) - 1 = 17.29% -> 17.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (376.4 / 166.1) ** (1 / 5) - 1 = 17.78% -> 17.8
            ("hierarchy", "exact"),  # 2024: 96.4 + 41.2 + 28.5 = 166.1
            ("hierarchy", "exact"),  # 2025E: 114.1 + 49.0 + 33.6 = 196.7
            ("hierarchy", "exact"),  # 2029F: 214.7 + 98.6 + 63.1 = 376.4
        ],
    ),
    # 39. Tab-separated Chinese table (亿元) with 2024年 and 2030年E columns and a "2024-2030年复合增长率" column:
    #     four segments and a 合计 row; the disinfection robots' 22.7% reached by no reading, the other rates exact;
    #     rows add to 合计 in both years. Expected nowhere: the table number, the source's date, the 900亿元 pest
    #     control industry total, the 2.6万家 firms.
    dict(
        text=(
            "表3 中国AI卫生与有害生物防治服务细分市场规模（亿元）\n"
            "细分市场\t2024年\t2030年E\t2024-2030年复合增长率\n"
            "AI虫害监测与智能捕鼠\t42.6\t128.4\t20.2%\n"
            "AI食品工厂卫生稽核\t31.8\t97.5\t20.5%\n"
            "AI消毒机器人\t27.3\t88.9\t22.7%\n"
            "AI智慧公厕运维\t19.5\t52.6\t18.0%\n"
            "合计\t121.2\t367.4\t20.3%\n"
            "资料来源：启衡研究院，2025年8月。注：不含全国约2.6万家企业的有害生物防治行业总规模（约900亿元）。"
        ),
        obs=[
            ("AI虫害监测与智能捕鼠", 2024, 42.6, "CNY 100 million", "actual"),
            ("AI虫害监测与智能捕鼠", 2030, 128.4, "CNY 100 million", "estimate"),
            ("AI食品工厂卫生稽核", 2024, 31.8, "CNY 100 million", "actual"),
            ("AI食品工厂卫生稽核", 2030, 97.5, "CNY 100 million", "estimate"),
            ("AI消毒机器人", 2024, 27.3, "CNY 100 million", "actual"),
            ("AI消毒机器人", 2030, 88.9, "CNY 100 million", "estimate"),
            ("AI智慧公厕运维", 2024, 19.5, "CNY 100 million", "actual"),
            ("AI智慧公厕运维", 2030, 52.6, "CNY 100 million", "estimate"),
            ("合计", 2024, 121.2, "CNY 100 million", "actual"),
            ("合计", 2030, 367.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128.4 / 42.6) ** (1 / 6) - 1 = 20.19% -> 20.2
            ("cagr|implied", "exact"),  # (97.5 / 31.8) ** (1 / 6) - 1 = 20.53% -> 20.5
            # (88.9 / 27.3) ** (1 / 6) - 1 = 21.75% -> 21.7, not 22.7; bounds (88.85 / 27.35) ** (1/6) - 1 = 21.70%,
            # (88.95 / 27.25) ** (1/6) - 1 = 21.80% -> 22.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (52.6 / 19.5) ** (1 / 6) - 1 = 17.98% -> 18.0
            ("cagr|implied", "exact"),  # (367.4 / 121.2) ** (1 / 6) - 1 = 20.30% -> 20.3
            ("hierarchy", "exact"),  # 2024年: 42.6 + 31.8 + 27.3 + 19.5 = 121.2
            ("hierarchy", "exact"),  # 2030年E: 128.4 + 97.5 + 88.9 + 52.6 = 367.4
        ],
    ),
    # 40. Table drawn with box-drawing characters ("│", "─", "┼"), cells also set apart by three or more spaces
    #     (Hong Kong, Traditional, 百萬港元): three segments and a 總計 row, 2023, 2024 and 2028F; 2023 and 2024 add
    #     exactly, 2028F's 總計 is reached by no reading. Expected nowhere: the source's date, the 港幣210億元
    #     cleaning services revenue, the 3,400 buildings.
    dict(
        text=(
            "香港AI衞生及消毒服務市場（百萬港元）\n"
            "細分市場          │   2023   │   2024   │   2028F\n"
            "──────────────────┼──────────┼──────────┼──────────\n"
            "AI消毒機械人      │   186.4  │   228.9  │   512.0\n"
            "AI衞生審核        │   142.7  │   171.3  │   368.5\n"
            "AI洗手間管理      │    96.1  │   118.6  │   245.2\n"
            "總計              │   425.2  │   518.8  │  1,127.7\n"
            "資料來源：維港產業研究，2025年5月。不包括全港清潔服務業約港幣210億元的收益；統計涵蓋約3,400幢商業及"
            "公共建築。"
        ),
        obs=[
            ("AI消毒機械人", 2023, 186.4, "HKD million", "actual"),
            ("AI消毒機械人", 2024, 228.9, "HKD million", "actual"),
            ("AI消毒機械人", 2028, 512.0, "HKD million", "estimate"),
            ("AI衞生審核", 2023, 142.7, "HKD million", "actual"),
            ("AI衞生審核", 2024, 171.3, "HKD million", "actual"),
            ("AI衞生審核", 2028, 368.5, "HKD million", "estimate"),
            ("AI洗手間管理", 2023, 96.1, "HKD million", "actual"),
            ("AI洗手間管理", 2024, 118.6, "HKD million", "actual"),
            ("AI洗手間管理", 2028, 245.2, "HKD million", "estimate"),
            ("總計", 2023, 425.2, "HKD million", "actual"),
            ("總計", 2024, 518.8, "HKD million", "actual"),
            ("總計", 2028, 1127.7, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 186.4 + 142.7 + 96.1 = 425.2
            ("hierarchy", "exact"),  # 2024: 228.9 + 171.3 + 118.6 = 518.8
            # 2028F: 512.0 + 368.5 + 245.2 = 1,125.7, not 1,127.7; parts at most 1,125.85 and the total at least
            # 1,127.65 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 12, 'rounding': 19, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '[00:12:31]',
    'about four point two billion dollars',
    'six hundred forty million dollars ($640 million)',
    '2023–24',
    'FY24',
    'C$2.5 billion',
    '4,2 milliards de dollars américains',
    'from $2.4 billion last year',
    'Q: How big is',
    'KRW 1.2 trillion',
    '(2024: $1.2bn; 2030E: $3.4bn; CAGR 19.0%)',
    '亿元人民币',
    '（约合人民币86亿元）',
    '占全球比重',
    '问：',
    '新臺幣',
    '億港元',
    '嘅',
    '规模达120亿',
    '个百分点',
    '......',
    '| US$ m | 2024 | 2025 | 2030 |',
    'Vision hygiene audits;412,6;1108,3',
    '單位：新台幣億元',
    '合計',
    'Q1 2025',
    'bln',
    'said on Tuesday',
    'Box 2.1',
    'billion U.S. dollars',
    'c.€46m',
    'c.€1.1bn',
    '~$2.1B',
    'approx. $640M',
    '(LSE: BHG)',
    'EV/EBITDA',
    'US$3.2bn',
    'R12.4 billion',
    'Senator McALISTER:',
    'a compound annual rate of 21.3 percent',
    'grew 18 percent year over year',
    '据鼎衡产业研究院测算',
    '增长近三成',
    '管理層：',
    '分析師：',
    '1.3万亿元',
    '1.92千亿元',
    '千亿级市场',
    '人民幣8.9十億元',
    '複合年增長率',
    '家人们',
    '姐妹们',
    '民國113年',
    '新台幣12.4億元',
    '力争达到32亿元',
    '年均增长15%以上',
    '| All segments |',
    'Share 2024',
    '   YoY',
    '2024 (US$ m)',
    '\t2030年E\t',
    '复合增长率',
    '┼',
    '│',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 170
#: figures, 51 rates, 86 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 208, "rates_found": 53, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset274.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
