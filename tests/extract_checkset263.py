"""A two-hundred-and-sixty-third check set for the extractor, written blind: AI in lifts, escalators and vertical
transport: AI predictive maintenance of lifts and escalators, AI destination dispatch and traffic optimisation in
towers, remote monitoring and AI fault diagnosis platforms, AI inspection of ropes and doors, AI modernisation planning
for ageing lift fleets; sized in money by research houses, consultancies, lift and escalator associations, housing and
building-safety ministries, lift makers' capital-markets days and brokers, in the US, Canada, the UK, Germany, Finland,
Switzerland, Spain, the UAE, Singapore, India (rupees only as an aside), Japan, South Korea, mainland China, Taiwan and
Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out:
total lift and escalator new-equipment or service revenue beside the AI part, counts of lifts installed or in service,
of floors, of technicians and inspections, a maintenance contract's price, a company's own revenue, orders, backlog or
margin, a funding round and valuation, a quarter's or a half-year's figures, survey percentages, a penetration rate, an
old-building subsidy.

Snippets 1-20: Twenty snippets on AI in lifts, escalators and vertical transport: eight English prose texts (a Nordic
outlook copied from a PDF, a US statistics bulletin with a range, a podcast transcript with one amount in words, a press
release with bold key findings, a Zurich executive summary with EUR410m and CAGR '24-'29, a Singapore FAQ, an Australian
government review in A$ with US$ equivalents, a lower-case forum comment with an EDIT line), seven Chinese prose texts
(a prospectus 行业概览, a 新华社-style item with 万亿元 and 环比, a broker 晨会纪要 with 【行业】, a city 政府工作报告 with 翻一番, a Taiwan 經濟日報-
style story in 新台幣億元, a Hong Kong 施政報告-style paragraph in 億港元, a 小红书-style note with 3.5个亿) and five tables (a long-form
CSV, a markdown table under a spanning Market size (USD bn) cell, a Japanese tab-separated table with a Share 2030
column, a Chinese markdown table with 年份 rows, a Hong Kong space-aligned table with 年增減). Left out: lift new-equipment,
service and maintenance revenue, counts of lifts, floors, technicians and inspections, contract prices, company revenue,
orders, backlog and margins, subsidies and a fund, survey answers, fractions in words, a quarter's and a half-year's
figures, a month-on-month rate, Australian and Singapore dollars and won, a superseded figure, boilerplate numbers.
Inconsistent: the press release's 41% share, the 晨会纪要's 39% growth, the markdown table's Asia-Pacific 23.7%, the Hong
Kong table's 2023 合計. Only by rounding: the podcast's 19%, the FAQ's 15.3%, the prospectus's 26.5%, the 施政報告's 32%
share, the CSV's 2025 Total, the Japanese table's 29.8% share, the Chinese table's 27.4%.

Snippets 21-40: Twenty snippets on AI in lifts, escalators and vertical transport: eight English prose texts (a British
regulator's numbered consultation paper, a lift maker's capital-markets-day notes with arrows, a US start-up's blog
describing a chart, a German grant call, a US op-ed in words, a market update with a correction, an academic abstract
citing a market figure, a Toronto release in C$ and US$), seven Chinese prose texts (a securities-paper interview, a
white paper's market-size chapter, a short-video script, a city statistical communique, a Taiwan institute's 新台幣
release, a Hong Kong broker note in 億港元, a Hong Kong prospectus citing a consultancy) and five tables (a Gulf CSV with
years as columns, a Japanese markdown table of years with YoY and index columns, a mainland indicator table, a Taiwan
table with ROC years, a Spanish semicolon table with decimal commas). Left out: total lift service, maintenance and new-
equipment revenue, counts of lifts, inspectors and inspections, contract and modernisation prices, a company's revenue,
orders, backlog and margin, quarter and half-year figures, survey answers, penetration rates, subsidies and grant
budgets, a target price, a corrected figure, a US-dollar conversion, C$ and won, confidence intervals and p-values, an
index column. Inconsistent: the deck's destination-dispatch CAGR, the white paper's share, the Hong Kong 2024 rise, the
Japanese 2022 YoY and the Taiwan 2023 合計. Only by rounding: the blog's three-year average, the grant call's share, the
correction piece's CAGR, the Taiwan 年複合成長率, the Hong Kong 2025 rise, the prospectus's 2024-2029 rate, the Gulf 2025E
total, the Japanese 2024 YoY and the mainland 2024 同比增速.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Nordic research house's annual outlook copied from a PDF page: "mar-" / "ket" broken across lines and a
    #    "Page 4 of 12" line cutting the last sentence in two; 2024 value, a 2030 forecast and a CAGR with its printed
    #    span; Finland's part with its share. Expected nowhere: the report's title year and section number, the €3.4
    #    billion of lift and escalator service revenue, the 420,000 units in service, the 9,800 technicians, the page
    #    line.
    dict(
        text=(
            "Nordic Lift and Escalator Annual Outlook 2025\n"
            "2.3 AI-based maintenance\n"
            "The Nordic mar-\n"
            "ket for AI predictive maintenance of lifts and escalators, covering condition-monitoring sensors, cloud "
            "analytics and fault-prediction software sold to building owners and service firms, reached €186 million "
            "in 2024. We expect it to grow to €512 million by 2030, a compound annual growth rate of 18.4% over "
            "2024-2030. Finland, where many of the region's remote-monitoring platforms were first deployed, accounted "
            "for €61 million, or 33% of the 2024 total. By contrast, Nordic lift and escalator service revenue as a "
            "whole is put at about €3.4 billion, earned on some 420,000 units in service and delivered by roughly "
            "9,800 technicians. The fastest growth is expected in Norway and Denmark, where older residential\n"
            "Page 4 of 12\n"
            "blocks are only now being fitted with connected controllers."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Total", 2030, 512, "EUR million", "estimate"),
            ("Finland", 2024, 61, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (512 / 186) ** (1 / 6) - 1 = 18.38% -> 18.4
            ("arithmetic", "exact"),  # 61 / 186 = 32.80% -> 33
        ],
    ),
    # 2. US statistics bulletin from a lift association: a 2025 range with its midpoint as the estimate (two value
    #    claims, the midpoint the year's figure), the 2024 amount and a YoY rate at the midpoint; retrofits' part with
    #    its share. Expected nowhere: the bulletin number and release date, the $6.8 billion of new elevator shipments,
    #    the 1,260 buildings of 20 floors or more, the 47% of respondents, the fourth quarter's $0.27 billion.
    dict(
        text=(
            "Statistics Bulletin 2025/03: Vertical Transportation Technology\n"
            "National Elevator Industry Statistics Council, released 14 March 2025\n"
            "Spending on AI destination dispatch and traffic optimisation in U.S. office and residential towers is "
            "estimated at between $1.1 billion and $1.3 billion in 2025, with a midpoint estimate of $1.2 billion. "
            "That compares with $0.94 billion in 2024, an increase of 28% at the midpoint. Retrofits of existing "
            "group controllers made up $0.41 billion of the 2024 figure, or 44%. The estimates cover software "
            "licences, controller upgrades and analytics subscriptions, but not new elevator equipment, shipments of "
            "which reached $6.8 billion in 2024. The Council's survey covered 1,260 buildings of 20 floors or more; "
            "47% of respondents reported shorter waiting times after an upgrade. In the fourth quarter of 2024 alone, "
            "spending came to $0.27 billion."
        ),
        obs=[
            ("Total", 2024, 0.94, "USD billion", "actual"),
            ("Total", 2025, 1.2, "USD billion", "estimate"),
            ("Retrofits of existing group controllers", 2024, 0.41, "USD billion", "actual"),
        ],
        claims=[
            ("value", 1.1, "USD billion", 2025, 2025, None),
            ("value", 1.3, "USD billion", 2025, 2025, None),
            ("growth", 28, "percent", 2024, 2025, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 0.94) ** (1 / 1) - 1 = 27.66% -> 28
            ("arithmetic", "exact"),  # 0.41 / 0.94 = 43.62% -> 44
        ],
    ),
    # 3. Podcast transcript with timestamps and speakers (recorded 3 April 2025): the 2024 global figure spoken in words
    #    ("one point four billion dollars"), a 2029 forecast in digits and a rate with its printed span that holds only
    #    by rounding. Expected nowhere: the episode number, the timestamps, the 80-floor tower and its 60 cars, the $9
    #    billion service backlog, the $25,000 yearly dispatch contract.
    dict(
        text=(
            "Lift Lines, episode 31, recorded 3 April 2025\n"
            "[00:12:31] MAYA: So let's talk money. How big is AI destination dispatch right now?\n"
            "[00:12:36] OWEN HALE: Globally, across towers that have swapped up-down buttons for destination panels "
            "with learning algorithms behind them, we put it at about one point four billion dollars for 2024.\n"
            "[00:12:49] MAYA: And where does it go from there?\n"
            "[00:12:52] OWEN HALE: Our base case is $3.2 billion by 2029, so roughly 19% a year, 2024 to 2029. The "
            "Gulf is a big piece of that. In Dubai a single 80-floor tower can run 60 cars.\n"
            "[00:13:10] MAYA: And the lift makers themselves?\n"
            "[00:13:13] OWEN HALE: One of the big four told investors its service backlog was over 9 billion dollars, "
            "and a premium dispatch contract still runs about $25,000 a year per tower, so the software is the "
            "small end of it."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2029, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (3.2 / 1.4) ** (1 / 5) - 1 = 17.98% -> 18, not 19; bounds (3.15 / 1.45) ** (1/5) - 1 = 16.79%,
            # (3.25 / 1.35) ** (1/5) - 1 = 19.21% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. London press release whose "Key findings" lines open with a bold figure: 2024 worldwide spending, a 2030
    #    projection and a CAGR with its span; Asia-Pacific's part with a 41% share that no reading reaches. Expected
    #    nowhere: the report's title year and edition, the 64% of facility managers surveyed, the 21 million lifts and
    #    escalators, the 380 interviews in 17 countries.
    dict(
        text=(
            "LONDON, 22 May 2025 -- Greyfriars Analytics today released the Global Lift Remote Monitoring Report "
            "2025, its fourth annual study of connected lifts and escalators.\n"
            "Key findings\n"
            "**$2.6B**: worldwide spending in 2024 on remote monitoring and AI fault diagnosis platforms for lifts and "
            "escalators, including sensors, gateways and analytics subscriptions.\n"
            "**$6.7B**: projected spending in 2030.\n"
            "**17.1%**: compound annual growth rate, 2024-2030.\n"
            "**$0.98B**: Asia-Pacific's 2024 spending, or 41% of the worldwide figure, led by mainland China, Japan "
            "and South Korea.\n"
            "**64%**: facility managers surveyed who plan to connect every unit in their portfolio by 2027.\n"
            "**21 million**: lifts and escalators in service worldwide.\n"
            "The report draws on interviews with 380 building owners and service companies in 17 countries."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2030, 6.7, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 0.98, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.7 / 2.6) ** (1 / 6) - 1 = 17.09% -> 17.1
            # 0.98 / 2.6 = 37.69% -> 38, not 41; bounds 0.975 / 2.65 = 36.79%, 0.985 / 2.55 = 38.63% -> 41 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 5. Zurich consultancy's executive summary with no space after the currency ("EUR410m", "EUR1.06bn") and a CAGR
    #    line "CAGR '24-'29: 21%" (span printed, stated); the series keeps EUR million, so EUR1.06bn is 1,060; three
    #    countries' 2024 parts, Germany's with its share. Expected nowhere: "roughly half" of lifts over 25 years old
    #    (a fraction in words), the USD3.2bn of modernisation orders, the EUR60k-90k cost of a six-stop modernisation,
    #    the February 2025 date.
    dict(
        text=(
            "Executive summary\n"
            "Europe's lift fleet is ageing fast: in Germany and Spain roughly half of all installed lifts are more "
            "than 25 years old, and Switzerland is not far behind. Owners and service companies are turning to AI "
            "modernisation planning, software that ranks each unit by failure risk, energy use and code gaps and "
            "sequences the upgrades across a portfolio. We size the European market for these tools at EUR410m in "
            "2024 and expect EUR1.06bn in 2029.\n"
            "CAGR '24-'29: 21%\n"
            "In 2024 Germany was the largest country market at EUR118m (29%), ahead of Spain at EUR64m; Switzerland, "
            "at EUR31m, leads on spend per building. For scale, Europe's lift makers booked modernisation orders of "
            "roughly USD3.2bn last year, and a full modernisation of a six-stop residential lift still costs "
            "EUR60k-90k.\n"
            "Brenner & Solis Advisory, Zurich, February 2025"
        ),
        obs=[
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Total", 2029, 1060, "EUR million", "estimate"),
            ("Germany", 2024, 118, "EUR million", "actual"),
            ("Spain", 2024, 64, "EUR million", "actual"),
            ("Switzerland", 2024, 31, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1060 / 410) ** (1 / 5) - 1 = 20.92% -> 21 (EUR1.06bn to its printed step of 10 million: bounds
            # (1055 / 410.5) ** (1/5) - 1 = 20.78%, (1065 / 409.5) ** (1/5) - 1 = 21.07%)
            ("cagr|implied", "exact"),
            ("arithmetic", "exact"),  # 118 / 410 = 28.78% -> 29
        ],
    ),
    # 6. Singapore FAQ page ("Q:" / "A:" pairs) quoting a research house in US dollars: 2024 and 2023 with a YoY rate,
    #    a 2028 forecast with a rate whose span is printed (2024 and 2028) that holds only by rounding. Expected
    #    nowhere: the S$1,400 monthly contract (Singapore dollars are not in the unit table), the 78,000 lifts, the
    #    28,000 in public housing.
    dict(
        text=(
            "AI lift monitoring in Singapore: frequently asked questions\n"
            "Q: How big is the Singapore market for AI lift and escalator monitoring?\n"
            "A: Harbourfront Building Tech puts it at US$46.2 million in 2024, up 14.1% from US$40.5 million in 2023. "
            "That covers sensors, remote monitoring platforms and AI fault diagnosis sold to town councils, "
            "condominium managers and commercial landlords.\n"
            "Q: Where is it heading?\n"
            "A: The firm forecasts US$81 million in 2028, growth of 15.3% a year between 2024 and 2028.\n"
            "Q: Does that include maintenance contracts?\n"
            "A: No. Routine servicing is excluded; a monthly contract for one lift in a public housing block "
            "typically costs around S$1,400.\n"
            "Q: How many lifts are there?\n"
            "A: Roughly 78,000, of which about 28,000 serve public housing blocks."
        ),
        obs=[
            ("Total", 2023, 40.5, "USD million", "actual"),
            ("Total", 2024, 46.2, "USD million", "actual"),
            ("Total", 2028, 81, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 14.1, "percent", 2023, 2024, 1.0),
            ("cagr", 15.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.2 / 40.5) ** (1 / 1) - 1 = 14.07% -> 14.1
            # (81 / 46.2) ** (1 / 4) - 1 = 15.07% -> 15.1, not 15.3; bounds (80.5 / 46.25) ** (1/4) - 1 = 14.86%,
            # (81.5 / 46.15) ** (1/4) - 1 = 15.28% -> 15.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Australian government review in A$ with US$ equivalents and financial years ending 30 June ("2022-23",
    #    "2023-24", "2029-30", counted as fiscal years by their number: 2023, 2024, 2030); the A$ amounts are no
    #    observation (Australian dollars are not in the unit table), the US$ equivalents are; a YoY rate and a rate with
    #    its printed span, both holding on the US$ amounts. Expected nowhere: the review's title year and section
    #    number, the 0.66 exchange rate, the A$2.9 billion of maintenance expenditure, the 81,000 registered lifts, the
    #    4,150 inspections.
    dict(
        text=(
            "Building Systems Safety Review 2025, Department of Industry and Building Safety, Canberra\n"
            "4.2 Artificial intelligence in lift and escalator maintenance\n"
            "All figures are for financial years ending 30 June. US dollar equivalents are shown for international "
            "comparison at the 2023-24 average exchange rate of 0.66.\n"
            "Australian spending on AI predictive maintenance, remote monitoring and automated fault diagnosis for "
            "lifts and escalators reached A$201 million (US$133 million) in 2023-24, up 23% from A$163 million "
            "(US$108 million) in 2022-23. The Department projects A$557 million (US$368 million) in 2029-30, average "
            "growth of 18.5% a year between 2023-24 and 2029-30. Total lift and escalator maintenance expenditure was "
            "about A$2.9 billion in 2023-24, across roughly 81,000 registered lifts, and state regulators carried out "
            "4,150 inspections."
        ),
        obs=[
            ("Total", 2023, 108, "USD million", "actual"),
            ("Total", 2024, 133, "USD million", "actual"),
            ("Total", 2030, 368, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (133 / 108) ** (1 / 1) - 1 = 23.15% -> 23 (A$: 201 / 163 - 1 = 23.31%)
            # (368 / 133) ** (1 / 6) - 1 = 18.49% -> 18.5 (A$: (557 / 201) ** (1/6) - 1 = 18.52%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 8. Reddit-style comment in lower case: "~$400M" in 2024, "up 18% yoy" from 2023's amount, a 2030 figure that an
    #    "EDIT:" line corrects ($1.3B, not $1.6B; the series keeps USD million, so 1,300) and "~22% a year" whose span
    #    only the amounts' years give (inferred). Expected nowhere: the superseded $1.6B, the 38 cars, the 52-floor
    #    tower, the $5,200 monthly contract per car, "half noise" (a fraction in words).
    dict(
        text=(
            "r/ElevatorTechs - posted by u/hoistway_hank - 9h\n"
            "honestly the ai predictive maintenance thing is real money now. the number going around (some analyst "
            "deck my district manager forwarded) is that the us market for ai elevator predictive maintenance was "
            "~$400M in 2024, up 18% yoy from $340M in 2023, heading to $1.6B by 2030. that's ~22% a year.\n"
            "for context i look after 38 cars downtown, a few of them in a 52-floor tower, and our full-service "
            "contract runs about $5,200 a month per car. the ai flags are maybe half noise but owners love the "
            "dashboards.\n"
            "EDIT: misread the chart, 2030 is $1.3B not $1.6B. the ~22% a year is right for $1.3B."
        ),
        obs=[
            ("Total", 2023, 340, "USD million", "actual"),
            ("Total", 2024, 400, "USD million", "actual"),
            ("Total", 2030, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (400 / 340) ** (1 / 1) - 1 = 17.65% -> 18
            ("cagr|period", "exact"),  # (1300 / 400) ** (1 / 6) - 1 = 21.71% -> 22
        ],
    ),
    # 9. Mainland prospectus section 行业概览 citing a consultancy: 由2019年的X增至2023年的Y with a 复合年增长率 whose span
    #    only the amounts' years give (inferred), 预计2028年 and a 2023年至2028年 rate (stated) that holds only by
    #    rounding. Expected nowhere: the 1,062万台 lifts in use, 约占两成 (a fraction in words), the issuer's three
    #    years of revenue and gross margins.
    dict(
        text=(
            "第五节 业务与技术\n"
            "二、发行人所处行业基本情况\n"
            "（三）行业概览\n"
            "根据恒岳咨询出具的行业研究报告，我国电梯物联网远程监测及AI故障诊断市场规模由2019年的8.6亿元增至2023年的"
            "27.4亿元，复合年增长率为33.6%，预计2028年将达到88.5亿元，2023年至2028年的复合年增长率为26.5%。截至2023年"
            "末，全国在用电梯数量约1,062万台，其中使用年限超过15年的电梯约占两成，老旧电梯更新改造需求持续释放。报告期"
            "内，发行人营业收入分别为3.12亿元、4.05亿元和5.27亿元，综合毛利率分别为41.3%、42.8%和43.5%。"
        ),
        obs=[
            ("Total", 2019, 8.6, "CNY 100 million", "actual"),
            ("Total", 2023, 27.4, "CNY 100 million", "actual"),
            ("Total", 2028, 88.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.6, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 26.5, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (27.4 / 8.6) ** (1 / 4) - 1 = 33.60% -> 33.6
            # (88.5 / 27.4) ** (1 / 5) - 1 = 26.43% -> 26.4, not 26.5; bounds (88.45 / 27.45) ** (1/5) - 1 = 26.37%,
            # (88.55 / 27.35) ** (1/5) - 1 = 26.49% -> 26.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. 新华社-style news item mixing 万亿元 (the whole lift industry chain) and 亿元 (the AI market): 2024 with 同比增长
    #     and the 2023 amount, 2025 有望突破 (an estimate at its printed figure). Expected nowhere: the dateline, the
    #     0.72万亿元 industry chain, the 1,100万台 lifts in use, the 环比 rate of 6.2% (month on month).
    dict(
        text=(
            "新华社北京3月12日电（记者周明远）记者12日从全国电梯产业联盟获悉，2024年我国电梯产业链总规模约0.72万亿元，"
            "其中智慧电梯AI运维服务市场规模达58.2亿元，同比增长21.5%，2023年这一数字为47.9亿元。截至2024年底，全国在用"
            "电梯超过1,100万台。联盟数据显示，今年2月全国电梯物联网平台新增接入电梯数量环比增长6.2%。业内人士表示，随着"
            "既有电梯更新改造加快推进、AI故障预警在住宅小区普及，2025年AI运维市场规模有望突破70亿元。"
        ),
        obs=[
            ("Total", 2023, 47.9, "CNY 100 million", "actual"),
            ("Total", 2024, 58.2, "CNY 100 million", "actual"),
            ("Total", 2025, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.2 / 47.9) ** (1 / 1) - 1 = 21.50% -> 21.5
        ],
    ),
    # 11. Broker morning digest (晨会纪要) with 【宏观】, 【行业】 and 【公司】 headings: the dispatch market's 2024 and 2026
    #     with a 2024—2026 复合增速 (stated); a second market (AI扶梯安全识别, an item of its own name) with 同比增长39%
    #     that no reading of its two amounts reaches. Expected nowhere: the digest's date, the PMI of 50.6% and its 0.4
    #     percentage points, the company's 12% first-quarter order growth and 310亿元 backlog, the rating.
    dict(
        text=(
            "华屹证券研究所 晨会纪要 2025年4月8日\n"
            "【宏观】3月制造业PMI为50.6%，较上月回升0.4个百分点，景气度边际改善。\n"
            "【行业】电梯AI派梯：据我们测算，2024年国内电梯AI目的层派梯与群控优化市场规模约14.6亿元，预计2026年达到"
            "23.9亿元，2024—2026年复合增速28%，超高层写字楼改造是主要增量。\n"
            "【行业】扶梯安全：AI扶梯安全识别2024年市场规模为3.2亿元，同比增长39%，2023年为2.4亿元，地铁站点需求旺盛。\n"
            "【公司】某电梯龙头一季度新签订单同比增长12%，在手订单约310亿元，维持“增持”评级。"
        ),
        obs=[
            ("Total", 2024, 14.6, "CNY 100 million", "actual"),
            ("Total", 2026, 23.9, "CNY 100 million", "estimate"),
            ("AI扶梯安全识别", 2023, 2.4, "CNY 100 million", "actual"),
            ("AI扶梯安全识别", 2024, 3.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2026, None, "stated"),
            ("growth", 39, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.9 / 14.6) ** (1 / 2) - 1 = 27.94% -> 28
            # (3.2 / 2.4) ** (1 / 1) - 1 = 33.33% -> 33, not 39; bounds 3.15 / 2.45 - 1 = 28.57%,
            # 3.25 / 2.35 - 1 = 38.30% -> 39 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. City 政府工作报告-style passage: 2024 industry size with a part and its share, 力争到2027年 ... 翻一番 (a
    #     doubling, x2 over 2024-2027) to 60亿元以上 (a target, an estimate at its printed figure). Expected nowhere: the
    #     50亿元 fund, the 15万元 subsidy per old lift, the 26.8万台 lifts in use, the 26.5万台次 inspections, 三年行动.
    dict(
        text=(
            "（六）守牢城市运行安全底线。实施既有住宅电梯更新改造三年行动，设立总规模50亿元的城市更新与老旧电梯改造基金，"
            "对更新改造的老旧住宅电梯每台给予最高15万元补贴。加快建设全市电梯智慧监管平台，2024年全市电梯AI安全监测与"
            "故障诊断产业规模达到30.2亿元，其中AI困人识别与应急处置12.4亿元、占41%；力争到2027年产业规模比2024年翻一番，"
            "达到60亿元以上。全市在用电梯26.8万台，年内完成定期检验26.5万台次。"
        ),
        obs=[
            ("Total", 2024, 30.2, "CNY 100 million", "actual"),
            ("AI困人识别与应急处置", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 12.4 / 30.2 = 41.06% -> 41 (the doubling, 60 / 30.2 = 1.99, gets no verdict)
        ],
    ),
    # 13. Taiwan 經濟日報-style story (Traditional, 新台幣億元): 2024 with its 年成長率 and the 2023 amount, 預估 2027 with
    #     a 2024至2027年 年複合成長率 (stated). Expected nowhere: the 8.9萬部 lifts, 逾四成 (a fraction in words), the
    #     maker's 58.7億元 revenue and its fourth-quarter orders up 12%.
    dict(
        text=(
            "【記者林佳蓉／台北報導】國內電梯業者加速導入AI預測性維護。台灣昇降設備研究中心最新統計，2024年台灣電梯及"
            "電扶梯AI預測維護與遠端監控市場規模達新台幣18.6億元，年成長率17.0%，2023年為15.9億元；該中心預估，2027年"
            "市場規模可望達30.5億元，2024至2027年年複合成長率約18%。全台目前約有8.9萬部電梯，逾四成位於屋齡30年以上的"
            "建物。上市電梯廠宏昇電梯去年營收58.7億元，第四季接單年增12%，法人看好維修與汰換商機。"
        ),
        obs=[
            ("Total", 2023, 15.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2027, 30.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.9) ** (1 / 1) - 1 = 16.98% -> 17.0
            ("cagr|implied", "exact"),  # (30.5 / 18.6) ** (1 / 3) - 1 = 17.92% -> 18
        ],
    ),
    # 14. Hong Kong 施政報告-style numbered paragraph (Traditional, 億港元, 約 before each amount): 2024, 預計 2028 and a
    #     2024年至2028年 rate (stated); public estates' part with a 32% share that holds only by rounding. Expected
    #     nowhere: the paragraph number, the 約5億港元 subsidy scheme, the 3,000部 old lifts, 七萬部 lifts and 一萬部
    #     escalators, 逾十萬次 inspections.
    dict(
        text=(
            "173. 為提升樓宇安全，政府會延續「優化升降機資助計劃」，再預留約5億港元，資助約3,000部舊式升降機加裝安全裝置。"
            "與此同時，機電工程署會推動業界應用人工智能。據署方委託的研究，本港升降機及自動梯的人工智能遠程監察及故障診斷"
            "市場規模，2024年約為4.2億港元，預計2028年可增至約7.9億港元，2024年至2028年的複合年增長率約為17%；其中公共屋邨"
            "的相關開支約1.3億港元，約佔32%。全港現有約七萬部升降機及一萬部自動梯，每年定期檢驗逾十萬次。"
        ),
        obs=[
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("Total", 2028, 7.9, "HKD 100 million", "estimate"),
            ("公共屋邨", 2024, 1.3, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 4.2) ** (1 / 4) - 1 = 17.11% -> 17
            # 1.3 / 4.2 = 30.95% -> 31, not 32; bounds 1.25 / 4.25 = 29.41%, 1.35 / 4.15 = 32.53% -> 32 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 15. 小红书-style note with emojis and hashtags (edited 21 March 2025): 去年 (2024) "3.5个亿" beside the exact
    #     3.52亿元 (the more precise one expected), the 2023 amount and 涨了30%, 今年 (2025) 预计 an estimate at its
    #     printed figure. Expected nowhere: the 4800块 yearly maintenance fee per lift, the 12个师傅, the 600多台梯.
    dict(
        text=(
            "🛗电梯人必看：AI巡检到底有多火？🔥\n"
            "姐妹们，我在上海一家电梯维保公司做运营，今天唠唠行业八卦👇\n"
            "📊 某研究院3月刚发的数据：长三角电梯AI视觉巡检（看钢丝绳、门机那种）去年市场规模3.5个亿，准确说是3.52亿元，"
            "比2023年的2.71亿元涨了30%‼️\n"
            "📈 今年预计能冲到4.6亿元左右～\n"
            "💰 但我们一台梯一年维保费才4800块，卷到离谱😭\n"
            "👷 我们组12个师傅管600多台梯…\n"
            "#电梯维保 #AI巡检 #打工人日常\n"
            "编辑于 2025-03-21 上海"
        ),
        obs=[
            ("Total", 2023, 2.71, "CNY 100 million", "actual"),
            ("Total", 2024, 3.52, "CNY 100 million", "actual"),
            ("Total", 2025, 4.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.52 / 2.71) ** (1 / 1) - 1 = 29.89% -> 30
        ],
    ),
    # 16. CSV pasted as text in long, tidy form ("year,segment,value_usd_m", one row a line, values with a thousands
    #     separator quoted): two segments and a Total each year, 2025 a forecast; the 2023 and 2024 rows add to their
    #     Totals, the 2025 parts (1,812.9) reach the printed 1,812.8 only by rounding. Expected nowhere: the file name
    #     and date, the USD 86.4 billion of new-equipment sales, the 2,140 service firms surveyed.
    dict(
        text=(
            "ai_lift_escalator_pdm_long.csv, pasted from the Lindqvist Research data pack (global AI predictive "
            "maintenance for lifts and escalators)\n"
            "year,segment,value_usd_m\n"
            "2023,Elevators,871.9\n"
            "2023,Escalators and moving walks,412.6\n"
            "2023,Total,\"1,284.5\"\n"
            "2024,Elevators,\"1,046.3\"\n"
            "2024,Escalators and moving walks,489.0\n"
            "2024,Total,\"1,535.3\"\n"
            "2025,Elevators,\"1,238.8\"\n"
            "2025,Escalators and moving walks,574.1\n"
            "2025,Total,\"1,812.8\"\n"
            "# Notes: 2025 values are forecasts made in February 2025. Segment values cover condition-monitoring "
            "sensors, analytics subscriptions and fault-prediction software sold to owners and service companies. "
            "Excludes new-equipment sales (USD 86.4 billion in 2024) and service contracts. Survey base: 2,140 "
            "service firms. File generated 2025-02-11."
        ),
        obs=[
            ("Elevators", 2023, 871.9, "USD million", "actual"),
            ("Escalators and moving walks", 2023, 412.6, "USD million", "actual"),
            ("Total", 2023, 1284.5, "USD million", "actual"),
            ("Elevators", 2024, 1046.3, "USD million", "actual"),
            ("Escalators and moving walks", 2024, 489.0, "USD million", "actual"),
            ("Total", 2024, 1535.3, "USD million", "actual"),
            ("Elevators", 2025, 1238.8, "USD million", "estimate"),
            ("Escalators and moving walks", 2025, 574.1, "USD million", "estimate"),
            ("Total", 2025, 1812.8, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 871.9 + 412.6 = 1,284.5
            ("hierarchy", "exact"),  # 2024: 1,046.3 + 489.0 = 1,535.3
            # 2025: 1,238.8 + 574.1 = 1,812.9, not 1,812.8; a miss of 0.1, within the three figures' half-steps
            # (3 x 0.05 = 0.15) -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table whose first header row has one title cell "Market size (USD bn)" over the year columns (the
    #     years in a second row), three regions and a Total for 2024 and 2030F, and a "CAGR 2024-30" column (stated);
    #     Asia-Pacific's 23.7% is reached by no reading; rows add to the Total each year. Expected nowhere: the figure
    #     number, the June 2025 date, the USD 61 billion of new-elevator revenue, Dubai's 31 towers above 300 m.
    dict(
        text=(
            "Figure 12. AI destination dispatch and traffic optimisation, by region\n"
            "| Region | Market size (USD bn) | | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| | 2024 | 2030F | |\n"
            "| Americas | 0.42 | 1.21 | 19.3% |\n"
            "| Europe, Middle East & Africa | 0.51 | 1.38 | 18.0% |\n"
            "| Asia-Pacific | 0.63 | 2.05 | 23.7% |\n"
            "| Total | 1.56 | 4.64 | 19.9% |\n"
            "Source: Meridian Towers Research, June 2025. Software, controller upgrades and analytics only; excludes "
            "new-elevator revenue (USD 61 billion in 2024). Dubai alone has 31 towers above 300 m, and Seoul and "
            "Singapore lead Asia-Pacific retrofits."
        ),
        obs=[
            ("Americas", 2024, 0.42, "USD billion", "actual"),
            ("Americas", 2030, 1.21, "USD billion", "estimate"),
            ("Europe, Middle East & Africa", 2024, 0.51, "USD billion", "actual"),
            ("Europe, Middle East & Africa", 2030, 1.38, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 0.63, "USD billion", "actual"),
            ("Asia-Pacific", 2030, 2.05, "USD billion", "estimate"),
            ("Total", 2024, 1.56, "USD billion", "actual"),
            ("Total", 2030, 4.64, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.21 / 0.42) ** (1 / 6) - 1 = 19.29% -> 19.3
            ("cagr|implied", "exact"),  # (1.38 / 0.51) ** (1 / 6) - 1 = 18.05% -> 18.0
            # (2.05 / 0.63) ** (1 / 6) - 1 = 21.73% -> 21.7, not 23.7; bounds (2.045 / 0.635) ** (1/6) - 1 = 21.52%,
            # (2.055 / 0.625) ** (1/6) - 1 = 21.94% -> 23.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (4.64 / 1.56) ** (1 / 6) - 1 = 19.92% -> 19.9
            ("hierarchy", "exact"),  # 2024: 0.42 + 0.51 + 0.63 = 1.56
            ("hierarchy", "exact"),  # 2030F: 1.21 + 1.38 + 2.05 = 4.64
        ],
    ),
    # 18. Japanese broker's tab-separated table (¥ billion) with years as columns "2024, 2025F, 2030F", three
    #     applications and a Total row, and a "Share 2030" column: three shares whose parts and whole are printed (the
    #     Total's 100.0% is no claim), modernisation planning's 29.8% only by rounding; rows add to the Total each year.
    #     Expected nowhere: the note's date, the 790,000 lifts in service, South Korea's KRW 96 billion (won are not in
    #     the unit table).
    dict(
        text=(
            "Japan: AI for lifts and escalators by application (¥ billion)\n"
            "Application\t2024\t2025F\t2030F\tShare 2030\n"
            "AI predictive maintenance\t18.4\t21.9\t44.7\t47.6%\n"
            "AI rope and door inspection\t7.2\t8.8\t21.3\t22.7%\n"
            "AI modernisation planning\t9.6\t11.4\t27.9\t29.8%\n"
            "Total\t35.2\t42.1\t93.9\t100.0%\n"
            "Source: Nihonbashi Capital Markets, lift sector note, 12 March 2025. F = forecast. Japan has about 790,000 "
            "lifts in service; South Korea's equivalent market (KRW 96 billion in 2024) is not shown."
        ),
        obs=[
            ("AI predictive maintenance", 2024, 18.4, "JPY billion", "actual"),
            ("AI predictive maintenance", 2025, 21.9, "JPY billion", "estimate"),
            ("AI predictive maintenance", 2030, 44.7, "JPY billion", "estimate"),
            ("AI rope and door inspection", 2024, 7.2, "JPY billion", "actual"),
            ("AI rope and door inspection", 2025, 8.8, "JPY billion", "estimate"),
            ("AI rope and door inspection", 2030, 21.3, "JPY billion", "estimate"),
            ("AI modernisation planning", 2024, 9.6, "JPY billion", "actual"),
            ("AI modernisation planning", 2025, 11.4, "JPY billion", "estimate"),
            ("AI modernisation planning", 2030, 27.9, "JPY billion", "estimate"),
            ("Total", 2024, 35.2, "JPY billion", "actual"),
            ("Total", 2025, 42.1, "JPY billion", "estimate"),
            ("Total", 2030, 93.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 47.6, "percent", 2030, 2030, None),
            ("share", 22.7, "percent", 2030, 2030, None),
            ("share", 29.8, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 44.7 / 93.9 = 47.60% -> 47.6
            ("arithmetic", "exact"),  # 21.3 / 93.9 = 22.68% -> 22.7
            # 27.9 / 93.9 = 29.71% -> 29.7, not 29.8; bounds 27.85 / 93.95 = 29.64%, 27.95 / 93.85 = 29.78% -> 29.8
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2024: 18.4 + 7.2 + 9.6 = 35.2
            ("hierarchy", "exact"),  # 2025F: 21.9 + 8.8 + 11.4 = 42.1
            ("hierarchy", "exact"),  # 2030F: 44.7 + 21.3 + 27.9 = 93.9
        ],
    ),
    # 19. Chinese markdown table whose rows are years (年份, 2020 to 2025E) with a 市场规模（亿元） column (the market's
    #     size: Total) and a 增速 column whose first cell is "-": five YoY rates, 2023's 27.4% only by rounding.
    #     Expected nowhere: the table number, the May 2025 date, the 155万台 lifts produced in 2024.
    dict(
        text=(
            "表3 我国电梯AI视觉识别（电动车入梯、困人、扒门）市场规模及增速\n"
            "| 年份 | 市场规模（亿元） | 增速 |\n"
            "|---|---|---|\n"
            "| 2020 | 12.4 | - |\n"
            "| 2021 | 16.1 | 29.8% |\n"
            "| 2022 | 20.3 | 26.1% |\n"
            "| 2023 | 25.8 | 27.4% |\n"
            "| 2024 | 32.9 | 27.5% |\n"
            "| 2025E | 41.2 | 25.2% |\n"
            "资料来源：鼎元智库，2025年5月；E为预测值。\n"
            "注：市场规模指电梯轿厢内AI摄像头、边缘识别终端及云端识别服务的销售与订阅收入，覆盖住宅、商业及公共交通场所，"
            "不含电梯整机销售及维保收入；增速按四舍五入前数据计算。2024年全国电梯产量约155万台，住宅小区电动车入梯识别"
            "终端安装需求增长较快。"
        ),
        obs=[
            ("Total", 2020, 12.4, "CNY 100 million", "actual"),
            ("Total", 2021, 16.1, "CNY 100 million", "actual"),
            ("Total", 2022, 20.3, "CNY 100 million", "actual"),
            ("Total", 2023, 25.8, "CNY 100 million", "actual"),
            ("Total", 2024, 32.9, "CNY 100 million", "actual"),
            ("Total", 2025, 41.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.8, "percent", 2020, 2021, 1.0),
            ("growth", 26.1, "percent", 2021, 2022, 1.0),
            ("growth", 27.4, "percent", 2022, 2023, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.1 / 12.4) ** (1 / 1) - 1 = 29.84% -> 29.8
            ("cagr|implied", "exact"),  # (20.3 / 16.1) ** (1 / 1) - 1 = 26.09% -> 26.1
            # (25.8 / 20.3) ** (1 / 1) - 1 = 27.09% -> 27.1, not 27.4; bounds 25.75 / 20.35 - 1 = 26.54%,
            # 25.85 / 20.25 - 1 = 27.65% -> 27.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (32.9 / 25.8) ** (1 / 1) - 1 = 27.52% -> 27.5
            ("cagr|implied", "exact"),  # (41.2 / 32.9) ** (1 / 1) - 1 = 25.23% -> 25.2
        ],
    ),
    # 20. Hong Kong space-aligned table (Traditional, 百萬港元) with 項目 rows and 2023年 / 2024年 / 年增減 / 年增率
    #     columns, a 合計 row (its label is the total's item): four YoY rates, all exact; the 2023 合計 of 298.4 is
    #     reached by no reading of its parts (sum 296.4), the 2024 rows add up. Expected nowhere: the table number, the
    #     年增減 column (differences in money), the second half of 2024's 196.0百萬港元, the 七萬部 lifts.
    dict(
        text=(
            "表4　香港升降機及自動梯人工智能應用市場規模（單位：百萬港元）\n"
            "項目                  2023年     2024年    年增減    年增率\n"
            "AI遠程監察平台         158.2      191.6      33.4     21.1%\n"
            "AI故障診斷              96.5      118.3      21.8     22.6%\n"
            "AI鋼纜及門機檢測        41.7       55.2      13.5     32.4%\n"
            "合計                   298.4      365.1      66.7     22.4%\n"
            "資料來源：香港機電業研究會，2025年4月；市場規模涵蓋遠程監察平台訂閱、AI故障診斷軟件及鋼纜與門機影像檢測服務，"
            "不含升降機保養合約收入及新裝升降機工程收入。\n"
            "註：2024年下半年市場規模為196.0百萬港元；年增減及年增率按表列數字計算，全港約有七萬部升降機。"
        ),
        obs=[
            ("AI遠程監察平台", 2023, 158.2, "HKD million", "actual"),
            ("AI遠程監察平台", 2024, 191.6, "HKD million", "actual"),
            ("AI故障診斷", 2023, 96.5, "HKD million", "actual"),
            ("AI故障診斷", 2024, 118.3, "HKD million", "actual"),
            ("AI鋼纜及門機檢測", 2023, 41.7, "HKD million", "actual"),
            ("AI鋼纜及門機檢測", 2024, 55.2, "HKD million", "actual"),
            ("合計", 2023, 298.4, "HKD million", "actual"),
            ("合計", 2024, 365.1, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (191.6 / 158.2) ** (1 / 1) - 1 = 21.11% -> 21.1
            ("cagr|implied", "exact"),  # (118.3 / 96.5) ** (1 / 1) - 1 = 22.59% -> 22.6
            ("cagr|implied", "exact"),  # (55.2 / 41.7) ** (1 / 1) - 1 = 32.37% -> 32.4
            ("cagr|implied", "exact"),  # (365.1 / 298.4) ** (1 / 1) - 1 = 22.35% -> 22.4
            # 2023年: 158.2 + 96.5 + 41.7 = 296.4, not 298.4; a miss of 2.0, beyond the four figures' half-steps
            # (4 x 0.05 = 0.2) -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024年: 191.6 + 118.3 + 55.2 = 365.1
        ],
    ),
    # 21. British regulator's consultation paper with numbered paragraphs (GBP million): 2024 against 2023 with the
    #     rise, a part with its share, a 2029 expectation. Expected nowhere: the paper's number and dates, the
    #     paragraph numbers, the £1.9 billion lift and escalator maintenance market, the 280,000 lifts in service.
    dict(
        text=(
            "Consultation Paper CP 7/25: Remote monitoring and AI-assisted maintenance of lifts and escalators\n"
            "Published 3 June 2025. Responses by 12 September 2025.\n"
            "4.12 Our market review estimates that duty holders in Great Britain spent £86 million in 2024 on "
            "AI-assisted predictive maintenance, remote monitoring and automated fault diagnosis for lifts and "
            "escalators, against £71 million in 2023, an increase of 21.1%.\n"
            "4.13 Remote monitoring and fault-diagnosis platforms made up £52 million of the 2024 figure, or 60% of the "
            "total; the remainder was predictive-maintenance analytics and camera-based inspection of ropes and doors.\n"
            "4.14 For context, the wider lift and escalator maintenance market is worth about £1.9 billion a year, and "
            "there are roughly 280,000 lifts in service.\n"
            "4.15 Stakeholders told us they expect spending on these tools to reach £190 million by 2029."
        ),
        obs=[
            ("Total", 2023, 71, "GBP million", "actual"),
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Remote monitoring and fault-diagnosis platforms", 2024, 52, "GBP million", "actual"),
            ("Total", 2029, 190, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 71) ** (1 / 1) - 1 = 21.13% -> 21.1
            ("arithmetic", "exact"),  # 52 / 86 = 60.47% -> 60
        ],
    ),
    # 22. Lift maker's capital-markets-day speaker notes with arrows (USD): the addressable market "2024: $1.4bn ->
    #     2030: $3.9bn (CAGR 19%)" (span only from the amounts' years, inferred) and a part "$380m -> $1.1bn (CAGR
    #     24%)", its series in USD million (the $1.1bn expected as 1,100), its rate reached by no reading. Expected
    #     nowhere: the slide number, the €4.2bn service backlog, the 15.8% EBIT margin, the 1.7
    #     million units under contract, the ambition to double connected-service revenue.
    dict(
        text=(
            "Capital Markets Day, Espoo, 18 November 2025 - speaker notes, slide 14 (Helmi Rautio, EVP Service)\n"
            "- Open with the opportunity. Addressable market for AI-driven lift services, meaning predictive "
            "maintenance, remote diagnostics and dispatch upgrades:\n"
            "- 2024: $1.4bn → 2030: $3.9bn (CAGR 19%)\n"
            "- Fastest pocket is destination dispatch and traffic optimisation in towers: $380m → $1.1bn (CAGR 24%)\n"
            "- Do not read out: service backlog €4.2bn, adjusted EBIT margin 15.8%, 1.7 million units under "
            "maintenance contract.\n"
            "- Close: holding our share of this market is enough to double connected-service revenue by the end of "
            "the plan period. Pause for the Q&A slide."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
            ("Destination dispatch and traffic optimisation in towers", 2024, 380, "USD million", "actual"),
            ("Destination dispatch and traffic optimisation in towers", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 24, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.4) ** (1 / 6) - 1 = 18.62% -> 19
            # (1100 / 380) ** (1 / 6) - 1 = 19.38% -> 19, not 24; bounds (1050 / 380.5) ** (1/6) - 1 = 18.43%,
            # (1150 / 379.5) ** (1/6) - 1 = 20.30% ($1.1bn to half its last digit, $0.05bn) -> 24 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. US start-up's blog post describing a chart, "Figure 2: ... (USD million)", its bars' values in the text
    #     without a unit: four years, a 24% one-year jump, a three-year average of 24.9% (inferred span) that holds
    #     only by rounding, "roughly doubled" (x2, 2021-2024). Expected nowhere: the post's date, the firm's 4,600
    #     monitored elevators, the 68% of property managers (a survey), the $7,500 service contract per car.
    dict(
        text=(
            "Posted March 4, 2025 by the LiftSense team\n"
            "Why building owners are finally wiring up their elevators\n"
            "Figure 2: U.S. spending on AI elevator monitoring and predictive maintenance, 2021-2024 (USD million)\n"
            "The bars in Figure 2 tell the story. Spending sat at 212 in 2021, rose to 268 in 2022 and 331 in 2023, "
            "and reached 412 last year, a 24% jump in a single year. Over the three years that is an average climb of "
            "24.9% a year, and the market has roughly doubled. For comparison, our own platform now watches 4,600 "
            "elevators, and in our January survey 68% of property managers named a stuck car as their most common "
            "tenant complaint. A full-service contract in Manhattan still runs around $7,500 per car a year."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 331, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 24.9, "percent", 2021, 2024, None, "inferred"),
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 331) ** (1 / 1) - 1 = 24.47% -> 24
            # (412 / 212) ** (1 / 3) - 1 = 24.79% -> 24.8, not 24.9; bounds (411.5 / 212.5) ** (1/3) - 1 = 24.64%,
            # (412.5 / 211.5) ** (1/3) - 1 = 24.94% -> 24.9 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 24. German federal grant call citing the market as background (EUR million): a stated 2024-2030 CAGR, a part
    #     whose 27% share holds only by rounding. Expected nowhere: the call's number and deadline, the 750,000 lifts
    #     and their 25 years, the call's €15 million budget, the €1.2 million per project.
    dict(
        text=(
            "Call for proposals 2025/03: AI for safe and available lifts\n"
            "Federal Office for Building Technology, Bonn\n"
            "Background. Germany has about 750,000 lifts, many of them more than 25 years old. According to a study "
            "commissioned for this call, spending in Germany on AI-based condition monitoring, predictive maintenance "
            "and remote fault diagnosis for lifts and escalators came to €118 million in 2024 and is forecast to reach "
            "€265 million in 2030, a compound annual growth rate of 14.4% over 2024-2030. Rope and door inspection "
            "using computer vision accounted for €31 million in 2024, about 27% of the total.\n"
            "Funding. The total budget of this call is €15 million; individual projects may receive up to €1.2 "
            "million. Proposals are due by 30 September 2025."
        ),
        obs=[
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2030, 265, "EUR million", "estimate"),
            ("Rope and door inspection using computer vision", 2024, 31, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 14.4, "percent", 2024, 2030, None, "stated"),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 118) ** (1 / 6) - 1 = 14.44% -> 14.4
            # 31 / 118 = 26.27% -> 26, not 27; bounds 30.5 / 118.5 = 25.74%, 31.5 / 117.5 = 26.81% -> 27 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. US newspaper op-ed with its amounts and rate in words (dated May 2025): "last year" (2024) against the year
    #     before, "seventeen per cent", a billion dollars by 2030 (in the series' USD million). Expected nowhere: the
    #     dateline, the twenty billion dollars of upkeep, the one million elevators, the $200,000 modernisation
    #     quote, the four hundred inspectors.
    dict(
        text=(
            "OPINION\n"
            "The elevator that calls its own mechanic\n"
            "By Theresa Vandermeer, May 19, 2025\n"
            "Nobody notices an elevator until it stops. Yet Americans spent roughly three hundred forty million dollars "
            "last year on software that listens to motors, counts door cycles and tells a mechanic which car will fail "
            "next week, up from about two hundred ninety million dollars the year before. That is a seventeen per cent "
            "rise in a single year, and one research firm thinks the bill could pass a billion dollars by 2030. Compare "
            "that with the twenty billion dollars building owners pay each year just to keep their roughly one million "
            "elevators running, or with the two hundred thousand dollars a landlord in my city was quoted to modernize "
            "one tired car. The software is cheap; the inspectors are not, and my city has barely four hundred of them."
        ),
        obs=[
            ("Total", 2023, 290, "USD million", "actual"),
            ("Total", 2024, 340, "USD million", "actual"),
            ("Total", 2030, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (340 / 290) ** (1 / 1) - 1 = 17.24% -> 17
        ],
    ),
    # 26. Market update with a correction notice (USD): the corrected $1.2bn for 2024, $2.9bn in 2029 and a 19.9% CAGR
    #     over "the period" (inferred) that holds only by rounding; a part in USD million with its 45% share. Expected
    #     nowhere: the wrong $1.4bn, the $95bn new-equipment and service revenue, the second quarter's 6% orders.
    dict(
        text=(
            "Market update, 9 July 2025: AI lift maintenance\n"
            "Global spending on AI-driven predictive maintenance and remote monitoring for lifts and escalators reached "
            "$1.2bn in 2024, according to Harbourline Analytics, which expects it to hit $2.9bn in 2029, a compound "
            "annual growth rate of 19.9% over the period. Remote monitoring platforms were the biggest slice at $540m, "
            "or 45% of the total. The sums are small beside the roughly $95bn the big lift makers book each year from "
            "new equipment and service, and one maker reported second-quarter service orders up 6%.\n"
            "Correction: an earlier version of this article said the 2024 market was $1.4bn; the figure is $1.2bn."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2029, 2.9, "USD billion", "estimate"),
            ("Remote monitoring platforms", 2024, 540, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2029, None, "inferred"),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2.9 / 1.2) ** (1 / 5) - 1 = 19.30% -> 19.3, not 19.9; bounds (2.85 / 1.25) ** (1/5) - 1 = 17.92%,
            # (2.95 / 1.15) ** (1/5) - 1 = 20.73% -> 19.9 reached only by some reading
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 540 / 1200 = 45.00% -> 45
        ],
    ),
    # 27. Academic abstract citing a market figure with an author-year reference (USD billion): 2023 and a 2030
    #     projection with a stated 2023-2030 CAGR. Expected nowhere: the reference's year, the 1,284 elevators in 37
    #     towers, the 31% fewer stoppages with its 95% CI and p-value, the F1 score, the KRW 4.1 million contracts.
    dict(
        text=(
            "Abstract. Elevator downtime imposes heavy costs on high-rise residents, yet field evidence on machine-"
            "learning fault diagnosis remains thin. Market estimates put worldwide spending on AI-based elevator fault "
            "diagnosis and predictive maintenance at USD 2.3 billion in 2023, projected to reach USD 6.4 billion by "
            "2030, a CAGR of 15.7% for 2023-2030 (Lindqvist et al., 2023). We test a vibration-and-current classifier "
            "on 1,284 elevators in 37 residential towers in Seoul and Busan. Compared with time-based servicing, the "
            "model reduced unplanned stoppages by 31% (95% CI 24-38%; p < 0.001) and reached an F1 score of 0.91. "
            "Maintenance contracts in the sample averaged KRW 4.1 million per car per year. We discuss what this "
            "implies for inspection regimes."
        ),
        obs=[
            ("Total", 2023, 2.3, "USD billion", "actual"),
            ("Total", 2030, 6.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.7, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.4 / 2.3) ** (1 / 7) - 1 = 15.74% -> 15.7
        ],
    ),
    # 28. Toronto release (Canadian wire): the North American market in US dollars, 2023 and 2024 with the YoY and
    #     US$1.45 billion by 2030 (in the series' USD million); Canada's slice in C$ (Canadian dollars are not in the
    #     unit table) with its US-dollar conversion in parentheses. Expected nowhere: the dateline, the C$118 million,
    #     the US$86 million in parentheses, the C$260 million forecast, the 25,000 Ontario elevators.
    dict(
        text=(
            "TORONTO, Feb. 11, 2025 /Maple Wire/ - Northbridge Vertical Insights today released its annual study of AI "
            "in elevator service. The North American market for AI predictive maintenance, remote monitoring and "
            "destination-dispatch optimisation reached US$612 million in 2024, up 18.4% from US$517 million in 2023, "
            "and is expected to reach US$1.45 billion by 2030. Canada accounted for C$118 million (US$86 million) of "
            "2024 spending, led by condominium towers in Toronto and Vancouver, and Northbridge expects Canadian "
            "spending to reach C$260 million by 2030. Ontario's new elevator availability rules, which take effect in "
            "2026, will cover roughly 25,000 elevators."
        ),
        obs=[
            ("Total", 2023, 517, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 517) ** (1 / 1) - 1 = 18.38% -> 18.4
        ],
    ),
    # 29. Securities-paper interview (Simplified), lines opening 记者： and 答：: the interviewee sizes the market in
    #     2024 (大约, at its printed figure) against 2023, "26%左右", and 2027 (有望, estimate). Expected nowhere: the
    #     1000万台 lifts in use and their 15 years, the company's 8.6亿元 orders, its 40% gross margin, the first
    #     quarter's 35% rise in new contracts.
    dict(
        text=(
            "本报记者 陈思远\n"
            "记者：电梯行业这两年“AI+维保”很热，您怎么看这个市场的体量？\n"
            "答：按我们的口径，国内电梯和自动扶梯的AI预测性维护、远程监测和故障诊断平台，2024年市场规模大约38.4亿元，"
            "2023年是30.5亿元，增长了26%左右。\n"
            "记者：增长动力来自哪里？\n"
            "答：一是存量大，全国在用电梯已超过1000万台，使用超过15年的老旧电梯越来越多；二是按需维保试点在推开。"
            "我们预计2027年这个市场有望达到75亿元。\n"
            "记者：贵公司的情况呢？\n"
            "答：我们去年AI运维相关订单8.6亿元，毛利率在40%上下，今年一季度新签合同同比增长35%。"
        ),
        obs=[
            ("Total", 2023, 30.5, "CNY 100 million", "actual"),
            ("Total", 2024, 38.4, "CNY 100 million", "actual"),
            ("Total", 2027, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 30.5) ** (1 / 1) - 1 = 25.90% -> 26
        ],
    ),
    # 30. Industry white paper (Simplified) under 第二章 市场规模, "市场规模（2024年）" before its amount: YoY against
    #     2023, a part whose 45.8% share is reached by no reading, 2028 (有望, estimate). Expected nowhere: the chapter
    #     and section numbers, the 1,080万台 lifts and the 130万台 over 15 years, the 11% 渗透率, the 15万元 subsidy.
    dict(
        text=(
            "第二章 市场规模\n"
            "2.1 总体规模\n"
            "本白皮书所称电梯智能运维，是指基于物联网与人工智能的预测性维护、远程监测、故障诊断及困人救援调度等服务。"
            "经测算，市场规模（2024年）为56.3亿元，较2023年的44.8亿元同比增长25.7%。其中，按需维保与预测性维护服务"
            "24.1亿元，占比45.8%。\n"
            "2.2 发展环境\n"
            "截至2024年底，全国在用电梯约1,080万台，使用年限超过15年的约130万台，智能运维渗透率仅为11%。多地对老旧电梯"
            "更新改造给予每台最高15万元补贴。我们预计，到2028年市场规模有望达到120亿元。"
        ),
        obs=[
            ("Total", 2023, 44.8, "CNY 100 million", "actual"),
            ("Total", 2024, 56.3, "CNY 100 million", "actual"),
            ("按需维保与预测性维护服务", 2024, 24.1, "CNY 100 million", "actual"),
            ("Total", 2028, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("share", 45.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (56.3 / 44.8) ** (1 / 1) - 1 = 25.67% -> 25.7
            # 24.1 / 56.3 = 42.81% -> 42.8, not 45.8; bounds 24.05 / 56.35 = 42.68%, 24.15 / 56.25 = 42.93% -> 45.8
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 31. Short-video script (Simplified, recorded March 2025) with colloquial figures: 去年 (2024) at 97.6亿元 beside
    #     "差不多一百个亿", 2021 at 51.2亿元, "翻了快一倍" (x2, 2021-2024), 年均增长24% (span from the amounts' years,
    #     inferred), 明年 (2026) "一百四十亿左右" (estimate, at its printed figure). Expected nowhere: the recording
    #     date, the 一千多万台 lifts, the 几千块 yearly maintenance fee per lift, the next episode's topic.
    dict(
        text=(
            "【口播稿】电梯也会“看病”了？（2025年3月录制）\n"
            "家人们，你每天坐的电梯，现在有AI在盯着了。先说个数：去年咱们国内电梯、扶梯的AI运维市场，差不多一百个亿，"
            "准确说是97.6亿元。2021年的时候才51.2亿元，三年翻了快一倍，算下来年均增长24%。\n"
            "钱花在哪？一块是预测性维护，电机、钢丝绳、门机哪儿快坏了提前报警；一块是远程监测，困人了平台直接派单。"
            "全国电梯一千多万台，一台电梯一年维保费也就几千块。有机构预测，明年这个市场能到一百四十亿左右。\n"
            "觉得有用点个关注，下期咱们聊聊老小区加装电梯！"
        ),
        obs=[
            ("Total", 2021, 51.2, "CNY 100 million", "actual"),
            ("Total", 2024, 97.6, "CNY 100 million", "actual"),
            ("Total", 2026, 140, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
            ("cagr", 24, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (97.6 / 51.2) ** (1 / 3) - 1 = 23.99% -> 24
        ],
    ),
    # 32. City statistical communique (Simplified): 全年 ... 比上年增长 for the market and a part (the previous year's
    #     amounts not printed: no rate verdict), the part's share of the whole. Expected nowhere: the communique's
    #     year in its title, the 17.8万台 lifts in use and their 4.1% rise, the 412家 maintenance firms, the 16.2万台次
    #     inspections.
    dict(
        text=(
            "2024年宁波市国民经济和社会发展统计公报（节选）\n"
            "全年全市电梯人工智能运维服务（含预测性维护、远程监测和故障诊断）营业收入18.7亿元，比上年增长21.4%。其中，"
            "远程监测与故障诊断平台收入9.3亿元，增长27.9%，占电梯人工智能运维服务收入的49.7%。年末全市在用电梯17.8万台，"
            "比上年末增长4.1%；全市共有电梯维护保养单位412家，全年完成电梯定期检验16.2万台次。"
        ),
        obs=[
            ("Total", 2024, 18.7, "CNY 100 million", "actual"),
            ("远程监测与故障诊断平台", 2024, 9.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("share", 49.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.3 / 18.7 = 49.73% -> 49.7
        ],
    ),
    # 33. Taiwan research institute's release (Traditional, 新台幣億元): 2024 against 2023 with its rise, a 2029
    #     forecast with a stated 年複合成長率 that holds only by rounding, a part. Expected nowhere: the release date,
    #     the 8.9萬部 lifts, the buildings over 30 years, the 新台幣50萬元 replacement subsidy, the 62% of building
    #     committees (a survey).
    dict(
        text=(
            "臺灣智慧建築產業研究院新聞稿 2025年8月12日\n"
            "本院最新調查指出，臺灣電梯及電扶梯AI預知保養、遠端監控與故障診斷市場規模，2024年達新台幣12.4億元，較2023年"
            "的10.3億元成長20.4%；預估2029年將達新台幣31.8億元，2024至2029年年複合成長率為20.8%。其中，AI門機與鋼纜"
            "影像檢測占2024年市場約2.6億元。目前全臺電梯約8.9萬部，屋齡逾30年大樓的電梯汰換每部最高補助新台幣50萬元；"
            "受訪管委會中有62%表示將於兩年內導入遠端監控。"
        ),
        obs=[
            ("Total", 2023, 10.3, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2029, 31.8, "TWD 100 million", "estimate"),
            ("AI門機與鋼纜影像檢測", 2024, 2.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.3) ** (1 / 1) - 1 = 20.39% -> 20.4
            # (31.8 / 12.4) ** (1 / 5) - 1 = 20.73% -> 20.7, not 20.8; bounds (31.75 / 12.45) ** (1/5) - 1 = 20.59%,
            # (31.85 / 12.35) ** (1/5) - 1 = 20.86% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Hong Kong broker note (Traditional, 億港元) with 按年升: 2024 "按年升24%" against 2023's 3.9 (reached by no
    #     reading), 2025 "按年升19%至5.5億港元" (預期, estimate; only by rounding). Expected nowhere: the note's date,
    #     the 7.2萬部 lifts and 1.1萬部 escalators, the 6,000港元 monthly contract per lift, the rating and 12.8港元
    #     target price, the company's 9% first-half revenue rise.
    dict(
        text=(
            "【行業速評】升降機AI維保：強制保養新規下加速滲透\n"
            "鼎峰證券研究部 2025年6月18日\n"
            "我們估算，香港升降機及自動梯AI預測性維修與遠程監察市場2024年規模為4.6億港元，按年升24%（2023年：3.9億港元）。"
            "隨着業主立案法團更換舊式控制系統，我們預期2025年市場按年升19%至5.5億港元。全港現有升降機約7.2萬部、自動梯"
            "約1.1萬部，一般住宅大廈升降機全面保養合約每部每月約6,000港元。維持對高昇機電的「買入」評級，目標價12.8港元；"
            "公司上半年收入按年升9%。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2025, 5.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (4.6 / 3.9) ** (1 / 1) - 1 = 17.95% -> 18, not 24; bounds 4.55 / 3.95 - 1 = 15.19%, 4.65 / 3.85 - 1 =
            # 20.78% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
            # (5.5 / 4.6) ** (1 / 1) - 1 = 19.57% -> 20, not 19; bounds 5.45 / 4.65 - 1 = 17.20%, 5.55 / 4.55 - 1 =
            # 21.98% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Hong Kong IPO prospectus industry section (Traditional, 招股書) citing a consultancy (億元人民幣): 由…增至…
    #     with a stated 2019-2024 複合年增長率 and a 2029 forecast with a stated 2024-2029 rate that holds only by
    #     rounding. Expected nowhere: the 人民幣850億元 lift maintenance market, the 1,080萬部 lifts, the 12月31日
    #     date, the group's revenue in the track-record period.
    dict(
        text=(
            "行業概覽\n"
            "本節資料摘錄自我們委託獨立行業顧問恒啟諮詢編製的報告。中國電梯智能運維市場（包括AI預測性維護、遠程監測、"
            "故障診斷及AI目的層派梯優化）的市場規模由2019年的12.6億元人民幣增至2024年的41.3億元人民幣，複合年增長率為"
            "26.8%，並預期於2029年進一步增至112億元人民幣，2024年至2029年的複合年增長率為22.2%。同期，中國電梯維保服務"
            "整體市場規模約為人民幣850億元。截至2024年12月31日，中國在用電梯約1,080萬部。於往績記錄期間，本集團收益"
            "分別為人民幣3.2億元、4.1億元及5.6億元。"
        ),
        obs=[
            ("Total", 2019, 12.6, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
            ("Total", 2029, 112, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.8, "percent", 2019, 2024, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.3 / 12.6) ** (1 / 5) - 1 = 26.80% -> 26.8
            # (112 / 41.3) ** (1 / 5) - 1 = 22.08% -> 22.1, not 22.2; bounds (111.5 / 41.35) ** (1/5) - 1 = 21.94%,
            # (112.5 / 41.25) ** (1/5) - 1 = 22.22% -> 22.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. CSV pasted as text (Gulf states, USD million) with the years as columns and a Total row: rows add to the
    #     Total in 2023 and 2024; the 2025E Total of 293.8 misses the parts' 293.7 within rounding. Expected nowhere:
    #     the attachment letter, the AED peg, the 61,000 lifts in the UAE.
    dict(
        text=(
            "Attachment B - AI lift and escalator services by region, Gulf states (USD million)\n"
            "region,2023,2024,2025E\n"
            "UAE,96.4,118.2,141.5\n"
            "Rest of GCC,99.3,123.7,152.2\n"
            "Total,195.7,241.9,293.8\n"
            "Source: Meridian Gulf Advisory. Covers predictive maintenance, remote monitoring and destination dispatch "
            "upgrades; excludes new-equipment sales and installation. 2025E = estimate. Converted at 1 USD = 3.6725 "
            "AED. Oman, Qatar, Kuwait and Bahrain are grouped under Rest of GCC. The UAE has about 61,000 lifts in "
            "service."
        ),
        obs=[
            ("UAE", 2023, 96.4, "USD million", "actual"),
            ("UAE", 2024, 118.2, "USD million", "actual"),
            ("UAE", 2025, 141.5, "USD million", "estimate"),
            ("Rest of GCC", 2023, 99.3, "USD million", "actual"),
            ("Rest of GCC", 2024, 123.7, "USD million", "actual"),
            ("Rest of GCC", 2025, 152.2, "USD million", "estimate"),
            ("Total", 2023, 195.7, "USD million", "actual"),
            ("Total", 2024, 241.9, "USD million", "actual"),
            ("Total", 2025, 293.8, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 96.4 + 99.3 = 195.7
            ("hierarchy", "exact"),  # 2024: 118.2 + 123.7 = 241.9
            # 2025E: 141.5 + 152.2 = 293.7, not 293.8; bounds 293.6..293.8 (each part +/-0.05), the total down to
            # 293.75 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table (Japan, ¥ billion) whose rows are years, its value column headed by its unit only (Total),
    #     with a "Δ YoY" column and an "Index (2020=100)" column: five YoY rates, 2022's +17.5% reached by no reading,
    #     2024's +16.8% only by rounding; 2025F an estimate. Expected nowhere: the index column, the survey's date,
    #     the 790,000 elevators in service.
    dict(
        text=(
            "Japan: spending on AI-enabled elevator maintenance and remote monitoring\n"
            "| Year | ¥ billion | Δ YoY | Index (2020=100) |\n"
            "|---|---|---|---|\n"
            "| 2020 | 18.4 | – | 100 |\n"
            "| 2021 | 21.0 | +14.1% | 114 |\n"
            "| 2022 | 24.3 | +17.5% | 132 |\n"
            "| 2023 | 28.5 | +17.3% | 155 |\n"
            "| 2024 | 33.2 | +16.8% | 180 |\n"
            "| 2025F | 38.9 | +17.2% | 211 |\n"
            "Source: Kisaragi Research elevator service survey, July 2025. Excludes new-installation and modernization "
            "contracts. Japan had about 790,000 elevators in service at the end of 2024."
        ),
        obs=[
            ("Total", 2020, 18.4, "JPY billion", "actual"),
            ("Total", 2021, 21.0, "JPY billion", "actual"),
            ("Total", 2022, 24.3, "JPY billion", "actual"),
            ("Total", 2023, 28.5, "JPY billion", "actual"),
            ("Total", 2024, 33.2, "JPY billion", "actual"),
            ("Total", 2025, 38.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.1, "percent", 2020, 2021, 1.0),
            ("growth", 17.5, "percent", 2021, 2022, 1.0),
            ("growth", 17.3, "percent", 2022, 2023, 1.0),
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 17.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.0 / 18.4) ** (1 / 1) - 1 = 14.13% -> 14.1
            # (24.3 / 21.0) ** (1 / 1) - 1 = 15.71% -> 15.7, not 17.5; bounds 24.25 / 21.05 - 1 = 15.20%,
            # 24.35 / 20.95 - 1 = 16.23% -> 17.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (28.5 / 24.3) ** (1 / 1) - 1 = 17.28% -> 17.3
            # (33.2 / 28.5) ** (1 / 1) - 1 = 16.49% -> 16.5, not 16.8; bounds 33.15 / 28.55 - 1 = 16.11%,
            # 33.25 / 28.45 - 1 = 16.87% -> 16.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (38.9 / 33.2) ** (1 / 1) - 1 = 17.17% -> 17.2
        ],
    ),
    # 38. Mainland tab-separated table (Simplified) with 指标 rows and year columns: 市场规模（亿元） (the market's
    #     Total), 同比增速 for three years (2024's 28.2% only by rounding), 2025年E an estimate. Expected nowhere: the
    #     table number, the 渗透率 row, the 在用电梯（万台） row, the source's date.
    dict(
        text=(
            "表2-3 中国电梯AI运维市场主要指标\n"
            "指标\t2022年\t2023年\t2024年\t2025年E\n"
            "市场规模（亿元）\t31.5\t40.2\t51.6\t64.9\n"
            "同比增速\t—\t27.6%\t28.2%\t25.8%\n"
            "渗透率\t6.2%\t7.5%\t9.1%\t10.8%\n"
            "在用电梯（万台）\t964\t1,016\t1,080\t1,135\n"
            "注：市场规模含电梯及自动扶梯的AI预测性维护、远程监测、故障诊断与按需维保服务，不含新梯销售、安装及传统维保"
            "合同收入；渗透率为接入AI运维平台的在用电梯占比。资料来源：华衡产业研究院，2025年5月；E为预测值。"
        ),
        obs=[
            ("Total", 2022, 31.5, "CNY 100 million", "actual"),
            ("Total", 2023, 40.2, "CNY 100 million", "actual"),
            ("Total", 2024, 51.6, "CNY 100 million", "actual"),
            ("Total", 2025, 64.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2022, 2023, 1.0),
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (40.2 / 31.5) ** (1 / 1) - 1 = 27.62% -> 27.6
            # (51.6 / 40.2) ** (1 / 1) - 1 = 28.36% -> 28.4, not 28.2; bounds 51.55 / 40.25 - 1 = 28.07%,
            # 51.65 / 40.15 - 1 = 28.64% -> 28.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (64.9 / 51.6) ** (1 / 1) - 1 = 25.78% -> 25.8
        ],
    ),
    # 39. Taiwan space-aligned table (Traditional, 新台幣億元) whose years carry the ROC year, with a 合計 row (its
    #     label is the total's item) and a 年增率 column: three YoY rates; the 2023 合計 of 9.9 is reached by no
    #     reading of its parts (sum 9.7). Expected nowhere: the table number, the note's exclusions, the 3,400部 new
    #     lifts of 民國113年, the source's date.
    dict(
        text=(
            "表5 臺灣電梯AI應用市場規模（單位：新台幣億元）\n"
            "項目                      2023（民國112年）   2024（民國113年）   年增率\n"
            "AI預知保養與遠端監控          6.8                 8.1                 19.1%\n"
            "AI目的樓層派梯與人流優化      2.9                 3.6                 24.1%\n"
            "合計                          9.9                 11.7                18.2%\n"
            "註：AI預知保養與遠端監控含鋼纜及門機影像檢測；AI目的樓層派梯含既有大樓群控系統更新。不含新梯銷售及安裝"
            "工程；民國113年新設電梯約3,400部。資料來源：臺灣昇降設備協進會，民國114年3月。"
        ),
        obs=[
            ("AI預知保養與遠端監控", 2023, 6.8, "TWD 100 million", "actual"),
            ("AI預知保養與遠端監控", 2024, 8.1, "TWD 100 million", "actual"),
            ("AI目的樓層派梯與人流優化", 2023, 2.9, "TWD 100 million", "actual"),
            ("AI目的樓層派梯與人流優化", 2024, 3.6, "TWD 100 million", "actual"),
            ("合計", 2023, 9.9, "TWD 100 million", "actual"),
            ("合計", 2024, 11.7, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.8) ** (1 / 1) - 1 = 19.12% -> 19.1
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),  # (11.7 / 9.9) ** (1 / 1) - 1 = 18.18% -> 18.2
            # 2023: 6.8 + 2.9 = 9.7, not 9.9; bounds 9.6..9.8 (each part +/-0.05), the total down to 9.85 -> 9.9
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 8.1 + 3.6 = 11.7
        ],
    ),
    # 40. Spanish semicolon-separated table with decimal commas (EUR thousand), a header line and a Total row: three
    #     YoY rates ("24,4%" is 24.4 percent) and rows that add to the Total in both years. Expected nowhere: the
    #     table number, the source's date, the 1.084.300 lifts in Spain (rows labelled in Spanish, as printed).
    dict(
        text=(
            "Tabla 4. Servicios de IA para ascensores y escaleras mecánicas, España (miles de EUR)\n"
            "Segmento;2023;2024;Var. %\n"
            "Mantenimiento predictivo;18.412,6;22.907,3;24,4%\n"
            "Despacho por destino;6.035,2;7.118,9;18,0%\n"
            "Total;24.447,8;30.026,2;22,8%\n"
            "Incluye mantenimiento predictivo, telemonitorización, inspección de cables y puertas por visión artificial "
            "y despacho por destino en edificios de oficinas; no incluye venta ni instalación de equipos nuevos.\n"
            "Fuente: Observatorio Ibérico de Transporte Vertical, marzo de 2025. Parque instalado: 1.084.300 ascensores."
        ),
        obs=[
            ("Mantenimiento predictivo", 2023, 18412.6, "EUR thousand", "actual"),
            ("Mantenimiento predictivo", 2024, 22907.3, "EUR thousand", "actual"),
            ("Despacho por destino", 2023, 6035.2, "EUR thousand", "actual"),
            ("Despacho por destino", 2024, 7118.9, "EUR thousand", "actual"),
            ("Total", 2023, 24447.8, "EUR thousand", "actual"),
            ("Total", 2024, 30026.2, "EUR thousand", "actual"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22907.3 / 18412.6) ** (1 / 1) - 1 = 24.41% -> 24.4
            ("cagr|implied", "exact"),  # (7118.9 / 6035.2) ** (1 / 1) - 1 = 17.96% -> 18.0
            ("cagr|implied", "exact"),  # (30026.2 / 24447.8) ** (1 / 1) - 1 = 22.82% -> 22.8
            ("hierarchy", "exact"),  # 2023: 18412.6 + 6035.2 = 24447.8
            ("hierarchy", "exact"),  # 2024: 22907.3 + 7118.9 = 30026.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 9, 'rounding': 16, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Page 4 of 12',
    'between $1.1 billion and $1.3 billion',
    '[00:12:31] MAYA:',
    '**$2.6B**:',
    "CAGR '24-'29: 21%",
    'Q: How big is',
    '2029-30',
    'EDIT:',
    '行业概览',
    '环比',
    '【行业】',
    '翻一番',
    '年成長率',
    '億港元',
    '3.5个亿',
    'year,segment,value_usd_m',
    'Market size (USD bn)',
    '2024\t2025F\t2030F\tShare 2030',
    '| 年份 | 市场规模（亿元） | 增速 |',
    '年增減',
    '4.13 ',
    '→ 2030:',
    'Figure 2:',
    'Call for proposals',
    'OPINION',
    'Correction:',
    '(Lindqvist et al., 2023)',
    '/Maple Wire/',
    '记者：',
    '市场规模（2024年）',
    '差不多一百个亿',
    '比上年增长',
    '年複合成長率',
    '按年升',
    '複合年增長率',
    'region,2023,2024,2025E',
    'Index (2020=100)',
    '同比增速',
    '2024（民國113年）',
    'Total;24.447,8;30.026,2;22,8%',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 121
#: figures, 47 rates, 62 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 140, "rates_found": 60, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset263.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
