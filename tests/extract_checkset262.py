"""A two-hundred-and-sixty-second check set for the extractor, written blind: AI in lifts, escalators and vertical
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

Snippets 1-20: Twenty snippets on AI in lifts, escalators and vertical transport: eight English prose texts (a UK
outlook copied from a PDF with a broken word and a page line, a US statistics bulletin with a range and its midpoint, a
timestamped podcast with an amount in words, a Toronto press release with bold key findings, a consultancy's executive
summary with unspaced currencies, a Singapore FAQ, an Australian government review in A$ with financial years and US$
equivalents, a lower-case Reddit comment with an EDIT), seven Chinese prose texts (a prospectus's 行业概览, a 新华社-style item
with 万亿元 and 环比, a Hong Kong 晨報 with 【行業】 headings, a 政府工作报告 passage with 力争 and 翻一番, a Taiwan 經濟日報 story, a 施政報告
paragraph in 億港元, a 小红书 note) and five tables (a long-form CSV, a markdown table with a spanning title cell, a Japanese
table with a Share 2030 column, a Chinese table with years as rows, a Taiwan tab-separated table with 年增減). Left out:
service, modernisation and new-equipment revenue, counts of lifts, towers, engineers and inspections, contract prices,
makers' orders, backlogs and ratings, A$ and S$ amounts, subsidies and funds, survey answers, a quarter's figure, a
month-on-month rate, 年增減 differences, a corrected figure, boilerplate numbers. Inconsistent: the press release's 17.9%,
the 晨報's 31.2%, the 小红书 note's 52% share, the Middle East's 21.7%, the Chinese table's 2025E 27.9%. Only by rounding:
the PDF's 23% share, the FAQ's 13.9%, the prospectus's 22.3%, the Taiwan story's 23.2%, the 施政報告's 30% share, the CSV's
2025 total, the Japanese table's 42% share, the Taiwan table's 22.4%.

Snippets 21-40: Twenty snippets on AI in lifts, escalators and vertical transport: eight English prose texts (a British
regulator's consultation paper, an investor deck's speaker notes with arrows, a blog post describing a chart, a Spanish
housing agency's call for proposals, an American op-ed in words, a market update with a correction, an academic
abstract, a Canadian release in C$ citing the global market in US$), seven Chinese prose texts (a 证券时报-style interview,
a 白皮书 chapter, a short-video 口播稿, a city 统计公报, a Taiwan institute's release, a Macau broker's note, a Hong Kong
prospectus) and five tables (a CSV of two tower markets, a German Markdown table with YoY and index columns, a Chinese
指标 table, a Taiwan tab-separated table with ROC years, a Spanish semicolon table with decimal commas). Left out: lift
and escalator service and new-equipment revenue, counts of lifts, towers, floors, mechanics, inspections and firms,
contract prices and fees, companies' own revenue, orders, backlog and margins, a funding round and valuation, half-year
and quarterly figures, grant budgets and subsidies, penetration rates, shares in words, a confidence interval and
p-value, a corrected wrong figure, colloquial restatements, ROC years, an index column, Canadian-dollar figures and
their US-dollar conversion. Inconsistent: the deck's Middle East CAGR, the call's European CAGR, the Taiwan institute's
CAGR, the German 2024 YoY and the Taiwan table's 2025 合計. Only by rounding: the blog's door-inspection share, the
corrected update's CAGR, the interview's growth, the prospectus's 2019-2024 CAGR, the CSV's 2025E total, the 指标 table's
2025 growth and the Spanish 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. UK research house's outlook copied from a PDF page: "mar-" / "ket" broken across lines and a "Page 4 of 12"
    #    line cutting the share sentence in two; 2024 (actual), a 2030 forecast with a CAGR over a printed span, a
    #    part (escalators) whose 23% share holds only by rounding. Expected nowhere: the report title's year, the page
    #    numbers, the £1.9 billion lift and escalator service market, the 280,000 lifts in service, the 5,400 engineers.
    dict(
        text=(
            "Annual Outlook 2025: Vertical Transport in the UK\n"
            "British landlords and facilities managers are moving lift servicing from fixed calendars to "
            "condition-based visits. Kestrel Lane Research estimates that the UK mar-\n"
            "ket for AI predictive maintenance of lifts and escalators reached £86.4 million in 2024. We expect it to "
            "climb to £212 million by 2030, a compound annual growth rate of 16.1% over 2024-2030. Escalators, mostly "
            "in rail stations and shopping centres, accounted for £19.4 million of the 2024 figure, or 23% of the\n"
            "Page 4 of 12\n"
            "market. For scale, the UK's lift and escalator service market was worth some £1.9 billion last year, "
            "spread across about 280,000 lifts in service and 5,400 qualified lift engineers."
        ),
        obs=[
            ("Total", 2024, 86.4, "GBP million", "actual"),
            ("Total", 2030, 212, "GBP million", "estimate"),
            ("Escalators", 2024, 19.4, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 86.4) ** (1 / 6) - 1 = 16.14% -> 16.1
            # 19.4 / 86.4 = 22.45% -> 22, not 23; bounds 19.35 / 86.45 = 22.38%, 19.45 / 86.35 = 22.52% -> 23 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 2. US statistics bulletin (March 2025): 2024 spending (actual), a 2026 projection given as a range with its
    #    midpoint as the estimate (two value claims and the midpoint's observation), a CAGR to the midpoint over a
    #    printed span. Expected nowhere: the bulletin number, the $28.6 billion installation and service revenue, the
    #    412,000 inspections, the 34% of surveyed owners.
    dict(
        text=(
            "Bureau of Building Systems Statistics - Statistical Bulletin No. 2025-07 (March 2025)\n"
            "Elevators and escalators: AI remote monitoring and fault diagnosis\n"
            "Spending by U.S. building owners and elevator contractors on AI remote monitoring and fault diagnosis "
            "platforms totaled $0.84 billion in 2024. For 2026, the Bureau projects spending of between $1.1 billion "
            "and $1.3 billion, with a midpoint estimate of $1.2 billion, implying average annual growth of 19.5% from "
            "2024 to 2026. By comparison, elevator and escalator installation and service revenue reached $28.6 "
            "billion in 2024, and state inspectors carried out about 412,000 elevator inspections during the year. "
            "In the Bureau's owner survey, 34% of respondents said they already receive AI fault alerts."
        ),
        obs=[
            ("Total", 2024, 0.84, "USD billion", "actual"),
            ("Total", 2026, 1.2, "USD billion", "estimate"),
        ],
        claims=[
            ("value", 1.1, "USD billion", 2026, 2026, None),
            ("value", 1.3, "USD billion", 2026, 2026, None),
            ("cagr", 19.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 0.84) ** (1 / 2) - 1 = 19.52% -> 19.5
        ],
    ),
    # 3. Podcast transcript with speakers and timestamps (recorded April 2025): "about one point four billion dollars
    #    last year" spoken in words (2024, actual, at its printed figure), $3.1 billion in 2029 in digits, a CAGR with
    #    its printed span. Expected nowhere: the episode number, the 2,100 towers above 200 metres, the 30% shorter
    #    waits, a maker's 19 billion dollar service backlog.
    dict(
        text=(
            "Lift Lobby, episode 41 (recorded 10 April 2025)\n"
            "[00:12:31] MAYA: So put a number on it. How big is AI destination dispatch and traffic optimisation in "
            "towers?\n"
            "[00:12:38] TOMAS: Worldwide, about one point four billion dollars last year. That's the software and "
            "analytics layer, not the lifts themselves.\n"
            "[00:12:47] MAYA: And where does it go?\n"
            "[00:12:50] TOMAS: Our base case is $3.1 billion in 2029, so a 17.2% CAGR from 2024 to 2029. There are "
            "roughly 2,100 towers above 200 metres now, and a good system cuts average waits by about 30%.\n"
            "[00:13:09] MAYA: And the big makers?\n"
            "[00:13:12] TOMAS: One of them told investors its service backlog was 19 billion dollars. Dispatch is a "
            "thin slice of that."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2029, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 1.4) ** (1 / 5) - 1 = 17.23% -> 17.2
        ],
    ),
    # 4. Toronto research firm's press release whose "Key findings" lines open with a bold figure: the 2024 global
    #    market, a 2031 projection, a CAGR with its printed span reached by no reading, Asia-Pacific's part with its
    #    share. Expected nowhere: the release date, the report title's years, the 72% of facility managers (a survey),
    #    the 21 million elevators in service, the founding year.
    dict(
        text=(
            "FOR IMMEDIATE RELEASE\n"
            "Toronto, May 6, 2025 - Maple Ridge Insights today published AI in Vertical Transport: Predictive "
            "Maintenance 2025-2031, its first study of software that forecasts elevator and escalator failures from "
            "motor, door and rope sensor data.\n"
            "Key findings\n"
            "**$2.35B**: global spending on AI predictive maintenance for elevators and escalators in 2024\n"
            "**$6.80B**: projected spending in 2031\n"
            "**17.9%**: compound annual growth rate, 2024-2031\n"
            "**$0.96B**: Asia-Pacific's 2024 spending, a 41% share of the global total\n"
            "**72%**: facility managers planning to add AI monitoring by 2027\n"
            "**21 million**: elevators in service worldwide\n"
            "About Maple Ridge Insights: founded in 2009, the firm covers building technology markets."
        ),
        obs=[
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2031, 6.80, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 0.96, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2031, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (6.80 / 2.35) ** (1 / 7) - 1 = 16.39% -> 16.4, not 17.9; bounds (6.795 / 2.355) ** (1/7) - 1 = 16.34%,
            # (6.805 / 2.345) ** (1/7) - 1 = 16.44% -> 17.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 0.96 / 2.35 = 40.85% -> 41
        ],
    ),
    # 5. European consultancy's executive summary with no space after the currency ("EUR410m", "EUR1.06bn") and
    #    "CAGR '24-'29: 21%" (stated); the series keeps EUR million, so EUR1.06bn is 1060; Germany's part with its
    #    share. Expected nowhere: the 6.9 million lifts, "more than half" (a fraction in words), the EUR9.8bn of
    #    modernisation spending, a maker's USD3.2bn of modernisation orders.
    dict(
        text=(
            "Executive summary\n"
            "Europe's ageing lift fleet is the opportunity. Of roughly 6.9 million lifts in service across the EU, "
            "Switzerland and the UK, more than half are over 20 years old, and annual modernisation spending runs at "
            "about EUR9.8bn. Within that, spending on AI modernisation planning (fleet condition scoring, rope and "
            "door inspection analytics, retrofit prioritisation) stood at EUR410m in 2024. We size it at EUR1.06bn in "
            "2029 (CAGR '24-'29: 21%). Germany is the largest national market at EUR118m in 2024, 29% of the European "
            "total, ahead of Spain and Finland. For context, one listed lift maker alone booked USD3.2bn of "
            "modernisation orders last year."
        ),
        obs=[
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Total", 2029, 1060, "EUR million", "estimate"),
            ("Germany", 2024, 118, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1060 / 410) ** (1 / 5) - 1 = 20.92% -> 21
            ("arithmetic", "exact"),  # 118 / 410 = 28.78% -> 29
        ],
    ),
    # 6. Singapore FAQ page ("Q:" / "A:" pairs) in US dollars: 2024 (actual), a 2030 forecast and a CAGR with its
    #    printed span that holds only by rounding. Expected nowhere: the S$3,000 to S$5,000 maintenance contracts
    #    (Singapore dollars are not in the unit table), the 24,000 and 60,000 lifts, the 90% subsidy cover.
    dict(
        text=(
            "Frequently asked questions: AI lift monitoring in Singapore\n"
            "Q: How big is the Singapore market for AI lift and escalator monitoring?\n"
            "A: Harbourfront Analytics puts it at US$38.5 million in 2024, covering remote monitoring, AI fault "
            "diagnosis and predictive maintenance subscriptions.\n"
            "Q: How fast will it grow?\n"
            "A: It expects US$84.4 million by 2030, or 13.9% a year from 2024 to 2030.\n"
            "Q: Does that include the lifts themselves?\n"
            "A: No. New-lift sales and maintenance contracts, which typically cost S$3,000 to S$5,000 per lift a year, "
            "are excluded.\n"
            "Q: How many lifts are there?\n"
            "A: About 24,000 in public housing blocks and roughly 60,000 island-wide.\n"
            "Q: Who pays for upgrades?\n"
            "A: For older public housing lifts, a government subsidy covers up to 90% of the cost."
        ),
        obs=[
            ("Total", 2024, 38.5, "USD million", "actual"),
            ("Total", 2030, 84.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (84.4 / 38.5) ** (1 / 6) - 1 = 13.98% -> 14.0, not 13.9; bounds (84.35 / 38.55) ** (1/6) - 1 = 13.94%,
            # (84.45 / 38.45) ** (1/6) - 1 = 14.01% -> 13.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Australian government review in A$ with financial years "2023-24" (2024) and "2029-30" (2030) and US$
    #    equivalents in brackets: the US$ amounts are the observations (Australian dollars are not in the unit table),
    #    a CAGR over the printed span. Expected nowhere: the A$182 million and A$465 million, the US$0.66 exchange
    #    rate, the A$2.6 billion maintenance revenue, the 18,500 inspections, the 74,000 lifts, the chapter numbers.
    dict(
        text=(
            "Department of Infrastructure and Building Safety, Vertical Transport Technology Review 2025\n"
            "Chapter 3: Market size\n"
            "3.2 Spending in Australia on AI-enabled monitoring, fault diagnosis and predictive maintenance of lifts "
            "and escalators was estimated at A$182 million in 2023-24 (US$120 million at the 2023-24 average "
            "exchange rate of US$0.66). The Department projects A$465 million in 2029-30 (US$307 million at the same "
            "rate), an average annual increase of 16.9% over the six years from 2023-24 to 2029-30. By comparison, "
            "total lift and escalator maintenance revenue was A$2.6 billion in 2023-24, state regulators recorded "
            "18,500 lift inspections, and about 74,000 lifts are registered nationally."
        ),
        obs=[
            ("Total", 2024, 120, "USD million", "actual"),
            ("Total", 2030, 307, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (307 / 120) ** (1 / 6) - 1 = 16.95% -> 16.9
        ],
    ),
    # 8. Reddit-style comment in lower case: "~$400M" in 2024 (at its printed figure), a yoy rate, a 2030 figure
    #    ("~$1.1B", in the series' unit: 1100), and an "EDIT:" line correcting 2023 from $310M to $320M and the rate
    #    from 29% to 25% (the corrected ones expected). Expected nowhere: the $310M and 29% corrected, the $6,200
    #    contract for 4 cars, the q4 $118M, the post's age.
    dict(
        text=(
            "r/elevators - posted by u/liftnerd_42 - 9h\n"
            "fwiw the us market for ai predictive maintenance on elevators was ~$400M in 2024 per the brightline "
            "report, up 29% yoy from $310M in 2023. they're calling ~$1.1B by 2030. meanwhile my building pays $6,200 "
            "a year in maintenance for 4 cars and we still get stuck twice a month lol. their q4 number alone was "
            "$118M so the run rate is already higher.\n"
            "EDIT: misread the table, 2023 was $320M not $310M, so it's 25% yoy. the 2024 and 2030 numbers are right."
        ),
        obs=[
            ("Total", 2023, 320, "USD million", "actual"),
            ("Total", 2024, 400, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (400 / 320) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 9. Prospectus section 行业概览 (Simplified) citing a consultancy: 由2019年的8.6亿元增至2023年的21.4亿元 with a CAGR
    #    whose span only the amounts' years give (inferred), 预计2028年 58.3亿元 with a stated 2023-2028 CAGR that holds
    #    only by rounding. Expected nowhere: the section numbers, the 1,062万台 lifts, the 18% of lifts over 15 years
    #    old (a share of lifts, not of the market), the issuer's three years of revenue.
    dict(
        text=(
            "第六节 业务与技术\n"
            "二、行业概览\n"
            "（一）电梯远程监测及AI故障诊断市场\n"
            "根据弗越咨询的报告，中国电梯远程监测及AI故障诊断市场规模由2019年的8.6亿元增至2023年的21.4亿元，复合年"
            "增长率为25.6%，预计2028年将达到58.3亿元，2023年至2028年的复合年增长率为22.3%。截至2023年末，全国电梯"
            "保有量约1,062万台，其中使用年限超过15年的电梯占比约18%，老旧电梯更新改造需求持续释放。报告期内，发行人"
            "主营业务收入分别为3.12亿元、3.87亿元和4.55亿元。"
        ),
        obs=[
            ("Total", 2019, 8.6, "CNY 100 million", "actual"),
            ("Total", 2023, 21.4, "CNY 100 million", "actual"),
            ("Total", 2028, 58.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 22.3, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21.4 / 8.6) ** (1 / 4) - 1 = 25.60% -> 25.6
            # (58.3 / 21.4) ** (1 / 5) - 1 = 22.19% -> 22.2, not 22.3; bounds (58.25 / 21.45) ** (1/5) - 1 = 22.12%,
            # (58.35 / 21.35) ** (1/5) - 1 = 22.27% -> 22.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. 新华社-style news item (Simplified) mixing 万亿元 and 亿元: 2024 with 同比增长 and the 2023 base, a part with its
    #     share. Expected nowhere: the dateline, the 32万亿元 construction output, the 157万台 lifts produced, the 环比
    #     6.3% (a month-on-month rate).
    dict(
        text=(
            "新华社北京3月12日电（记者王晓川）记者从中国电梯行业协会获悉，2024年我国电梯智能运维市场规模达到46.8亿元，"
            "同比增长27.5%，较2023年的36.7亿元明显提速。其中，基于人工智能的电梯预测性维护服务规模为18.2亿元，占比"
            "38.9%。协会负责人表示，我国建筑业总产值已突破32万亿元，全年电梯产量约157万台，存量电梯的智能化改造空间"
            "广阔。数据显示，今年2月全国电梯物联网平台新增接入量环比增长6.3%。"
        ),
        obs=[
            ("Total", 2023, 36.7, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("基于人工智能的电梯预测性维护服务", 2024, 18.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("share", 38.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 36.7) ** (1 / 1) - 1 = 27.52% -> 27.5
            ("arithmetic", "exact"),  # 18.2 / 46.8 = 38.89% -> 38.9
        ],
    ),
    # 11. Hong Kong broker's morning digest (晨報, Traditional) with 【宏觀】【行業】【公司】 headings: the mainland market
    #     in 人民幣億元, 2024 with 按年增長 31.2% against the 2023 base (reached by no reading), a 2025 forecast.
    #     Expected nowhere: the digest's date, the 6.4% retail sales growth, the maker's first-quarter orders, its
    #     420億元 backlog, the rating and target price, the 1.6萬部 lifts added to old buildings.
    dict(
        text=(
            "港灣證券 晨報精選｜2025年6月16日\n"
            "【宏觀】內地5月社會消費品零售總額按年增長6.4%，略高於市場預期。\n"
            "【行業】電梯AI派梯：據梯聯研究數據，2024年內地電梯目的樓層派梯及AI客流調度市場規模為人民幣12.4億元，"
            "按年增長31.2%（2023年為9.8億元），預計2025年可達16.1億元。\n"
            "【公司】某電梯龍頭首季新簽訂單按年下跌4%，在手訂單約420億元，維持「買入」評級，目標價18.6港元。\n"
            "【行業】舊樓加裝電梯：今年首5個月內地新開工加裝電梯1.6萬部。"
        ),
        obs=[
            ("Total", 2023, 9.8, "CNY 100 million", "actual"),
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2025, 16.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.4 / 9.8) ** (1 / 1) - 1 = 26.53% -> 26.5, not 31.2; bounds 12.35 / 9.85 - 1 = 25.38%,
            # 12.45 / 9.75 - 1 = 27.69% -> 31.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. City 政府工作报告-style passage (Simplified): a 2024 base and a 力争 target for 2027 (突破40亿元, at its printed
    #     figure) stated as 翻一番 (x2 over three years, no verdict). Expected nowhere: the 50亿元 urban-renewal fund,
    #     the 15万元 subsidy per old lift, the 3,000台次 inspections, the section number.
    dict(
        text=(
            "（三）加快推动智能建造与城市安全。深入实施老旧电梯更新改造行动，推广电梯AI故障诊断、远程监测和钢丝绳"
            "智能检测应用。2024年全市电梯智慧监管及AI运维产业规模达到19.6亿元，力争到2027年突破40亿元、实现翻一番。"
            "设立规模50亿元的城市更新产业基金，对住宅老旧电梯更新给予每台最高15万元补贴，全年完成电梯维保质量抽查"
            "3,000台次，让群众乘梯更安全、更放心。"
        ),
        obs=[
            ("Total", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 13. Taiwan 經濟日報-style story (Traditional) in 新台幣億元 with 年成長率 and 預估: 2024 against the 2023 base, a 2025
    #     forecast whose 23.2% holds only by rounding. Expected nowhere: the dateline, the 9.5萬部 lifts, the 25 years,
    #     the 新台幣200萬元 old-building lift subsidy, the maker's first-quarter revenue growth.
    dict(
        text=(
            "【經濟日報／記者林彥廷／台北報導】2025-04-09\n"
            "老舊電梯汰換潮帶動AI商機。根據台灣昇降設備產業研究中心統計，台灣電梯AI預測保養與遠端監控市場2024年規模"
            "達新台幣18.6億元，年成長率21.6%，2023年為15.3億元；預估2025年可達22.9億元，年成長率23.2%。全台登記在案"
            "的電梯約9.5萬部，不少已使用超過25年。內政部老宅增設電梯補助每案最高新台幣200萬元，某電梯大廠今年第一季"
            "營收則年增8%。"
        ),
        obs=[
            ("Total", 2023, 15.3, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 22.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.3) ** (1 / 1) - 1 = 21.57% -> 21.6
            # (22.9 / 18.6) ** (1 / 1) - 1 = 23.12% -> 23.1, not 23.2; bounds 22.85 / 18.65 - 1 = 22.52%,
            # 22.95 / 18.55 - 1 = 23.72% -> 23.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong 施政報告-style paragraph (Traditional) in 億港元 with 約: 2024, a 2028 forecast with a stated CAGR,
    #     public housing estates' part whose 約30% share holds only by rounding. Expected nowhere: the paragraph number,
    #     the 三十年, the 七萬部 lifts and 一萬一千部 escalators, the 10億港元 subsidy scheme, the 500 training places.
    dict(
        text=(
            "（五）提升樓宇及升降機安全\n"
            "58. 本港不少樓宇的升降機已服役逾三十年。據機電工程署委託的研究，本港升降機及自動梯人工智能遠程監察、"
            "故障診斷及預測性維修的市場規模，2024年約為4.2億港元，預計2028年增至約7.9億港元，2024至2028年複合年增長率"
            "約17.1%；當中公共屋邨約1.3億港元，約佔30%。全港現有升降機約七萬部、自動梯約一萬一千部。政府已預留約10億"
            "港元推行「優化升降機資助計劃」第二期，並會增加500個註冊升降機工程人員培訓名額。"
        ),
        obs=[
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("Total", 2028, 7.9, "HKD 100 million", "estimate"),
            ("公共屋邨", 2024, 1.3, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2028, None, "stated"),
            ("share", 30, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 4.2) ** (1 / 4) - 1 = 17.11% -> 17.1
            # 1.3 / 4.2 = 30.95% -> 31, not 30; bounds 1.25 / 4.25 = 29.41%, 1.35 / 4.15 = 32.53% -> 30 reached only by
            # some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 15. 小红书-style note (Simplified, 2025-05-18) with emojis and hashtags: 去年 (2024) "3.5个亿" (3.5亿元), 今年
    #     (2025, estimate) 4.37亿元 with "差不多25%", a part whose 52% share is reached by no reading. Expected nowhere:
    #     the 32 floors, the 4 lifts, the 8-minute wait, the 12万 maintenance contract.
    dict(
        text=(
            "🛗打工人每天挤电梯的进来‼️\n"
            "2025-05-18 上海\n"
            "姐妹们今天刷到一份行业报告😳：上海电梯AI巡检（就是用AI看钢丝绳、门机有没有毛病那种）去年市场规模有3.5个亿！"
            "今年预计能做到4.37亿元，涨了差不多25%📈\n"
            "其中钢丝绳AI检测就占了1.6个亿，报告说占比52%（我自己算了下好像对不上🤔）\n"
            "我们楼32层只有4台梯，早高峰要等8分钟😭 物业说一年维保合同就要12万……\n"
            "#电梯 #AI巡检 #打工人日常"
        ),
        obs=[
            ("Total", 2024, 3.5, "CNY 100 million", "actual"),
            ("Total", 2025, 4.37, "CNY 100 million", "estimate"),
            ("钢丝绳AI检测", 2024, 1.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("share", 52, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.37 / 3.5) ** (1 / 1) - 1 = 24.86% -> 25
            # 1.6 / 3.5 = 45.71% -> 46, not 52; bounds 1.55 / 3.55 = 43.66%, 1.65 / 3.45 = 47.83% -> 52 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 16. CSV pasted as text in long, tidy form ("year,segment,value_usd_m"), quoted values with a thousands separator,
    #     a Total segment each year (2025 a forecast): 2024 adds exactly, 2025 only by rounding. Expected nowhere: the
    #     export date, the USD 96 billion new-equipment and service revenue, the 21 million units in service.
    dict(
        text=(
            "ai_vertical_transport_global.csv (Lakeside Lift Analytics export, 4 March 2025; 2025 = forecast)\n"
            "year,segment,value_usd_m\n"
            "2024,AI predictive maintenance,\"1,284.5\"\n"
            "2024,AI remote monitoring and fault diagnosis,948.7\n"
            "2024,Total,\"2,233.2\"\n"
            "2025,AI predictive maintenance,\"1,552.0\"\n"
            "2025,AI remote monitoring and fault diagnosis,\"1,126.4\"\n"
            "2025,Total,\"2,678.3\"\n"
            "note: segments cover software and analytics subscriptions sold to building owners, lift makers and "
            "independent service firms; excludes USD 96 billion of new-equipment and service revenue and does not "
            "count the 21 million units in service"
        ),
        obs=[
            ("AI predictive maintenance", 2024, 1284.5, "USD million", "actual"),
            ("AI remote monitoring and fault diagnosis", 2024, 948.7, "USD million", "actual"),
            ("Total", 2024, 2233.2, "USD million", "actual"),
            ("AI predictive maintenance", 2025, 1552.0, "USD million", "estimate"),
            ("AI remote monitoring and fault diagnosis", 2025, 1126.4, "USD million", "estimate"),
            ("Total", 2025, 2678.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1,284.5 + 948.7 = 2,233.2
            # 2025: 1,552.0 + 1,126.4 = 2,678.4, not 2,678.3; parts at least 2,678.3 and the total at most 2,678.35 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table whose first header row spans the years with one title cell ("Market size (USD bn)"), the
    #     years in a second row, a "CAGR 2024-30" column (stated); the Middle East's 21.7% is reached by no reading;
    #     rows add to the Total in both years. Expected nowhere: the table number, the source's date, the USD 41 bn of
    #     new-lift and escalator sales, the 1,900 buildings above 150 m.
    dict(
        text=(
            "Table 2. AI destination dispatch and traffic optimisation in towers, Asia-Pacific and Middle East\n"
            "| Region | Market size (USD bn) | | CAGR |\n"
            "|---|---|---|---|\n"
            "| | 2024 | 2030F | 2024-30 |\n"
            "| Asia-Pacific | 1.46 | 3.87 | 17.6% |\n"
            "| Middle East | 0.38 | 1.12 | 21.7% |\n"
            "| Total | 1.84 | 4.99 | 18.1% |\n"
            "Source: Gulfline Vertical Mobility Research, Dubai, February 2025. Excludes USD 41 bn of new-lift and "
            "escalator sales; the two regions have about 1,900 buildings above 150 m."
        ),
        obs=[
            ("Asia-Pacific", 2024, 1.46, "USD billion", "actual"),
            ("Asia-Pacific", 2030, 3.87, "USD billion", "estimate"),
            ("Middle East", 2024, 0.38, "USD billion", "actual"),
            ("Middle East", 2030, 1.12, "USD billion", "estimate"),
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2030, 4.99, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.87 / 1.46) ** (1 / 6) - 1 = 17.64% -> 17.6
            # (1.12 / 0.38) ** (1 / 6) - 1 = 19.74% -> 19.7, not 21.7; bounds (1.115 / 0.385) ** (1/6) - 1 = 19.39%,
            # (1.125 / 0.375) ** (1/6) - 1 = 20.09% -> 21.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (4.99 / 1.84) ** (1 / 6) - 1 = 18.09% -> 18.1
            ("hierarchy", "exact"),  # 2024: 1.46 + 0.38 = 1.84
            ("hierarchy", "exact"),  # 2030F: 3.87 + 1.12 = 4.99
        ],
    ),
    # 18. Markdown table (Japan, ¥ billion) with years as columns "2024 | 2025F | 2030F", applications as rows, a
    #     Total row and a "Share 2030" column: the dispatch row's 42% holds only by rounding (the Total's 100% is no
    #     claim); rows add to the Total each year. Expected nowhere: the source's date, the 780,000 lifts, the ¥1.1
    #     trillion of lift maintenance revenue.
    dict(
        text=(
            "Japan: AI lift and escalator services by application (¥ billion)\n"
            "| Application | 2024 | 2025F | 2030F | Share 2030 |\n"
            "|---|---|---|---|---|\n"
            "| AI predictive maintenance | 18.4 | 21.9 | 41.5 | 59% |\n"
            "| AI destination dispatch and traffic optimisation | 9.7 | 11.6 | 29.4 | 42% |\n"
            "| Total | 28.1 | 33.5 | 70.9 | 100% |\n"
            "Source: Kanda Securities, 12 June 2025. Japan has about 780,000 lifts in service; lift maintenance "
            "revenue of roughly ¥1.1 trillion is excluded."
        ),
        obs=[
            ("AI predictive maintenance", 2024, 18.4, "JPY billion", "actual"),
            ("AI predictive maintenance", 2025, 21.9, "JPY billion", "estimate"),
            ("AI predictive maintenance", 2030, 41.5, "JPY billion", "estimate"),
            ("AI destination dispatch and traffic optimisation", 2024, 9.7, "JPY billion", "actual"),
            ("AI destination dispatch and traffic optimisation", 2025, 11.6, "JPY billion", "estimate"),
            ("AI destination dispatch and traffic optimisation", 2030, 29.4, "JPY billion", "estimate"),
            ("Total", 2024, 28.1, "JPY billion", "actual"),
            ("Total", 2025, 33.5, "JPY billion", "estimate"),
            ("Total", 2030, 70.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 59, "percent", 2030, 2030, None),
            ("share", 42, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.5 / 70.9 = 58.53% -> 59
            # 29.4 / 70.9 = 41.47% -> 41, not 42; bounds 29.35 / 70.95 = 41.37%, 29.45 / 70.85 = 41.57% -> 42 reached
            # only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2024: 18.4 + 9.7 = 28.1
            ("hierarchy", "exact"),  # 2025F: 21.9 + 11.6 = 33.5
            ("hierarchy", "exact"),  # 2030F: 41.5 + 29.4 = 70.9
        ],
    ),
    # 19. Chinese markdown table (Simplified, 亿元) whose rows are years (年份) with a lone 市场规模（亿元） column (the
    #     market's Total) and a 增速 column, the first 增速 cell "-": five YoY rates, the 2025E 27.9% reached by no
    #     reading. Expected nowhere: the table number, the title's year span, the source's date, the 1,080万台 lifts.
    dict(
        text=(
            "表3：2020-2025年中国电梯钢丝绳及门系统AI智能检测市场规模\n"
            "| 年份 | 市场规模（亿元） | 增速 |\n"
            "|---|---|---|\n"
            "| 2020 | 2.8 | - |\n"
            "| 2021 | 3.6 | 28.6% |\n"
            "| 2022 | 4.5 | 25.0% |\n"
            "| 2023 | 5.9 | 31.1% |\n"
            "| 2024 | 7.4 | 25.4% |\n"
            "| 2025E | 9.6 | 27.9% |\n"
            "资料来源：梯安研究院，2025年5月。注：E为预测值；不含钢丝绳更换及门机维修费用；全国在用电梯约1,080万台。"
        ),
        obs=[
            ("Total", 2020, 2.8, "CNY 100 million", "actual"),
            ("Total", 2021, 3.6, "CNY 100 million", "actual"),
            ("Total", 2022, 4.5, "CNY 100 million", "actual"),
            ("Total", 2023, 5.9, "CNY 100 million", "actual"),
            ("Total", 2024, 7.4, "CNY 100 million", "actual"),
            ("Total", 2025, 9.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2020, 2021, 1.0),
            ("growth", 25.0, "percent", 2021, 2022, 1.0),
            ("growth", 31.1, "percent", 2022, 2023, 1.0),
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            ("cagr|implied", "exact"),  # (4.5 / 3.6) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (5.9 / 4.5) ** (1 / 1) - 1 = 31.11% -> 31.1
            ("cagr|implied", "exact"),  # (7.4 / 5.9) ** (1 / 1) - 1 = 25.42% -> 25.4
            # (9.6 / 7.4) ** (1 / 1) - 1 = 29.73% -> 29.7, not 27.9; bounds 9.55 / 7.45 - 1 = 28.19%,
            # 9.65 / 7.35 - 1 = 31.29% -> 27.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣億元) with 項目 rows, a 合計 row (its label the total's
    #     item), 2023年 / 2024年 columns, a 年增減 column (a difference in money) and a 年增率 column: three YoY rates,
    #     the first row's 22.4% only by rounding; rows add to 合計 in both years. Expected nowhere: the table number,
    #     the 年增減 figures, the source's date, the 9.5萬部 lifts.
    dict(
        text=(
            "表二　臺灣電梯AI應用市場規模（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t年增減\t年增率\n"
            "AI預測保養與遠端監控\t6.8\t8.3\t1.5\t22.4%\n"
            "AI派梯與人流調度\t2.4\t3.0\t0.6\t25.0%\n"
            "合計\t9.2\t11.3\t2.1\t22.8%\n"
            "資料來源：台灣昇降設備產業研究中心，2025年3月；不含新梯銷售及保養合約收入，全台電梯約9.5萬部。"
        ),
        obs=[
            ("AI預測保養與遠端監控", 2023, 6.8, "TWD 100 million", "actual"),
            ("AI預測保養與遠端監控", 2024, 8.3, "TWD 100 million", "actual"),
            ("AI派梯與人流調度", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI派梯與人流調度", 2024, 3.0, "TWD 100 million", "actual"),
            ("合計", 2023, 9.2, "TWD 100 million", "actual"),
            ("合計", 2024, 11.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (8.3 / 6.8) ** (1 / 1) - 1 = 22.06% -> 22.1, not 22.4; bounds 8.25 / 6.85 - 1 = 20.44%,
            # 8.35 / 6.75 - 1 = 23.70% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3.0 / 2.4) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (11.3 / 9.2) ** (1 / 1) - 1 = 22.83% -> 22.8
            ("hierarchy", "exact"),  # 2023年: 6.8 + 2.4 = 9.2
            ("hierarchy", "exact"),  # 2024年: 8.3 + 3.0 = 11.3
        ],
    ),
    # 21. British lift-safety regulator's consultation paper in numbered paragraphs: Great Britain's AI remote
    #     monitoring and predictive maintenance spend in 2023 and 2024 with a YoY rate, and a part with its share.
    #     Expected nowhere: the paper's number and the closing date, the paragraph and question numbers, the 310,000
    #     lifts, the 540,000 thorough examinations, the £2,300 contract price, the £1.9 billion service revenue.
    dict(
        text=(
            "Lift and Escalator Safety Directorate\n"
            "Consultation paper CP 3/25: Remote monitoring and AI-assisted maintenance of lifts\n"
            "Chapter 4: The market today\n"
            "4.12 Industry estimates put spending in Great Britain on AI-based remote monitoring and predictive "
            "maintenance of lifts and escalators at £146 million in 2024, up 23.7% on the £118 million recorded in "
            "2023.\n"
            "4.13 Of the 2024 total, AI fault diagnosis platforms accounted for £61 million, or 41.8%. The remainder "
            "was sensor retrofits, connectivity and analytics subscriptions.\n"
            "4.14 For context, there are around 310,000 lifts in service in Great Britain, and we estimate that duty "
            "holders commission some 540,000 thorough examinations a year. A typical comprehensive maintenance "
            "contract costs £2,300 per lift annually, and total lift and escalator service revenue was about £1.9 "
            "billion last year.\n"
            "4.15 Question 7: Should remote monitoring data count as evidence towards a thorough examination? "
            "Responses are invited by 30 September 2025."
        ),
        obs=[
            ("Total", 2023, 118, "GBP million", "actual"),
            ("Total", 2024, 146, "GBP million", "actual"),
            ("AI fault diagnosis platforms", 2024, 61, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("share", 41.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (146 / 118) ** (1 / 1) - 1 = 23.73% -> 23.7
            ("arithmetic", "exact"),  # 61 / 146 = 41.78% -> 41.8
        ],
    ),
    # 22. Investor deck's speaker notes with arrows: the global AI destination dispatch market 2024 -> 2029 with its
    #     CAGR, and a Middle East part over the same years whose 27% is reached by no reading. Expected nowhere: the
    #     slide number, the 40-second waits, the company's $38m revenue and $92m backlog, the $45m Series C and $410m
    #     valuation, the 74-floor tower and its 48 cars.
    dict(
        text=(
            "Speaker notes – Slide 6 (Market)\n"
            "Open with the tower problem: lobbies at 8:45 am and 40-second waits for a car.\n"
            "Global AI destination dispatch and traffic optimisation for high-rise towers:\n"
            "2024: $1.2bn → 2029: $3.4bn (CAGR 23%)\n"
            "Middle East towers are the fastest piece: $210m → $640m over the same years (CAGR 27%)\n"
            "Don't dwell on our own numbers here. If asked: FY2024 revenue was $38m and backlog is $92m; the Series C "
            "closed at $45m on a $410m post-money valuation.\n"
            "Pause on the photo of the 74-floor tower in Dubai: 48 cars and one dispatch brain that learns the "
            "building's rhythm week by week.\n"
            "Then hand over to Priya for the slide on unit economics."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2029, 3.4, "USD billion", "estimate"),
            ("Middle East towers", 2024, 210, "USD million", "actual"),
            ("Middle East towers", 2029, 640, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "stated"),
            ("cagr", 27, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.2) ** (1 / 5) - 1 = 23.16% -> 23
            # (640 / 210) ** (1 / 5) - 1 = 24.97% -> 25, not 27; bounds (639.5 / 210.5) ** (1/5) - 1 = 24.89%,
            # (640.5 / 209.5) ** (1/5) - 1 = 25.05% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Lift-tech company's blog post describing a chart ("Figure 2: ... (USD million)"), the bar values in the
    #     text: 2021, 2023 and a 2025 forecast with a CAGR over the four years (span printed), and a part's share of
    #     the 2023 bar that holds only by rounding. Expected nowhere: the figure number and the title's years, the
    #     1,400 lifts monitored, the 9,000 door cycles a day, the $18,000 rope replacement.
    dict(
        text=(
            "Elevate Labs blog, March 2025\n"
            "Why rope and door inspection is going digital\n"
            "Figure 2: Worldwide spending on AI inspection of lift ropes and doors, 2021–2025 (USD million)\n"
            "The chart tells a simple story. The 2021 bar stands at 84 and the 2023 bar at 140; the 2025 bar, which "
            "is our forecast, reaches 212. That is a compound rate of 26% a year over the four years from 2021 to "
            "2025. AI door inspection, which uses cameras to spot misaligned sills and slow-closing panels, made up "
            "38% of the 2023 bar, at 52.\n"
            "We monitor 1,400 lifts across three countries, and our sensors log roughly 9,000 door cycles per car "
            "each day. Replacing a full set of hoist ropes still costs around $18,000, so catching wear early pays "
            "for itself quickly."
        ),
        obs=[
            ("Total", 2021, 84, "USD million", "actual"),
            ("Total", 2023, 140, "USD million", "actual"),
            ("Total", 2025, 212, "USD million", "estimate"),
            ("AI door inspection", 2023, 52, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 26, "percent", 2021, 2025, None, "stated"),
            ("share", 38, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 84) ** (1 / 4) - 1 = 26.04% -> 26
            # 52 / 140 = 37.14% -> 37, not 38; bounds 51.5 / 140.5 = 36.65%, 52.5 / 139.5 = 37.63% -> 38 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 24. Spanish regional housing agency's call for proposals citing the European market for AI modernisation
    #     planning of ageing lift fleets as background: 2024 and a 2028 projection with a CAGR whose 15.8% is reached
    #     by no reading, and Spain's part with its share. Expected nowhere: the call's reference, the €2.5 million
    #     budget, the €400,000 grant cap, the 30% co-funding, the one million lifts, "more than half" (a fraction in
    #     words), the deadline.
    dict(
        text=(
            "Call for proposals RHA-2025-114: AI modernisation planning for ageing residential lift fleets\n"
            "Background. The Levante Regional Housing Agency invites consortia of lift firms, universities and "
            "property managers to pilot AI tools that rank ageing lifts for modernisation. According to Iberlift "
            "Analytics, the European market for AI-assisted modernisation planning of lift fleets was worth €310 "
            "million in 2024 and is projected to reach €520 million in 2028, a compound annual growth rate of 15.8% "
            "over 2024-2028. Spain accounted for €47 million of the 2024 figure, or 15.2%. More than half of Spain's "
            "roughly one million lifts were installed before 2000.\n"
            "Budget and eligibility. The total budget of this call is €2.5 million; individual grants are capped at "
            "€400,000 and require 30% co-funding. Proposals are due by 15 October 2025."
        ),
        obs=[
            ("Total", 2024, 310, "EUR million", "actual"),
            ("Total", 2028, 520, "EUR million", "estimate"),
            ("Spain", 2024, 47, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 15.8, "percent", 2024, 2028, None, "stated"),
            ("share", 15.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (520 / 310) ** (1 / 4) - 1 = 13.80% -> 13.8, not 15.8; bounds (519.5 / 310.5) ** (1/4) - 1 = 13.73%,
            # (520.5 / 309.5) ** (1/4) - 1 = 13.88% -> 15.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 47 / 310 = 15.16% -> 15.2
        ],
    ),
    # 25. American newspaper op-ed (June 2025) with its amounts and its rate in words: "last year" (2024) at about
    #     three hundred and forty million dollars, the year before at three hundred and four million, "twelve per
    #     cent" more, and "one billion dollars by 2030" (expected converted to the series' USD million). Expected
    #     nowhere: the fourteenth floor, the seventy thousand elevators, the four hundred inspectors, the $500 monthly
    #     contract, "one in five" (a fraction in words) and the forty years.
    dict(
        text=(
            "Opinion: The elevator that calls its own mechanic\n"
            "By Ruth Calloway, June 9, 2025\n"
            "I live on the fourteenth floor of a building whose elevator is older than I am, so I notice when it "
            "groans. Last year American building owners spent about three hundred and forty million dollars on "
            "artificial-intelligence systems that listen to motors, count door cycles and predict breakdowns before "
            "they strand anyone. The year before, the figure was three hundred and four million, so spending rose by "
            "twelve per cent. Analysts at Harborview Research expect it to pass one billion dollars by 2030. "
            "Meanwhile our city has some seventy thousand elevators and fewer than four hundred inspectors, and a "
            "basic maintenance contract runs five hundred dollars a month. Roughly one in five of our elevators is "
            "more than forty years old. Let the software do the worrying."
        ),
        obs=[
            ("Total", 2023, 304, "USD million", "actual"),
            ("Total", 2024, 340, "USD million", "actual"),
            ("Total", 2030, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (340 / 304) ** (1 / 1) - 1 = 11.84% -> 12
        ],
    ),
    # 26. Market update (22 July 2025) with a correction notice: North America's AI predictive maintenance for lifts
    #     and escalators at the corrected $1.2bn in 2024, a 2028 forecast with a CAGR that holds only by rounding,
    #     and Canada's part with its share. Expected nowhere: the wrong $1.4bn, the 1.1 million elevators, a maker's
    #     6% second-quarter orders, its $7.9bn backlog and 16.2% margin, the dateline.
    dict(
        text=(
            "Lift tech market update, 22 July 2025\n"
            "Spending on AI predictive maintenance for lifts and escalators in North America reached $1.2bn in 2024, "
            "according to Westlake Vertical Research, and is forecast to climb to $2.05bn by 2028, a compound annual "
            "growth rate of 14.8% for 2024-2028. Canada made up $160m, or 13.3% of the 2024 total. The region has "
            "roughly 1.1 million elevators in service, most of them still maintained on fixed monthly visits. One "
            "large maker told investors on Thursday that second-quarter service orders rose 6% and that its "
            "maintenance backlog stood at $7.9bn; its adjusted operating margin was 16.2%.\n"
            "Correction: an earlier version of this article said $1.4bn; the figure is $1.2bn."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2028, 2.05, "USD billion", "estimate"),
            ("Canada", 2024, 160, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2028, None, "stated"),
            ("share", 13.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2.05 / 1.2) ** (1 / 4) - 1 = 14.33% -> 14.3, not 14.8; bounds (2.045 / 1.25) ** (1/4) - 1 = 13.10%,
            # (2.055 / 1.15) ** (1/4) - 1 = 15.62% -> 14.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 160 / 1,200 = 13.33% -> 13.3
        ],
    ),
    # 27. Academic abstract citing the global AI elevator fault-diagnosis market with an author-year reference: 2023
    #     and a 2030 forecast with a CAGR over a printed span. Expected nowhere: the reference's year, the 3.6 million
    #     logs, the 1,846 elevators, the 94.2% accuracy and its 95% CI, the p-value, the 41 and 12 minutes.
    dict(
        text=(
            "Abstract. Elevator downtime is costly, and the global market for AI-based elevator fault diagnosis was "
            "estimated at USD 0.92 billion in 2023 (Moreau et al., 2023), with forecasts of USD 2.3 billion by 2030, "
            "implying a compound annual growth rate of 14.0% over 2023-2030. Yet most deployed systems still rely on "
            "hand-set thresholds. We train a graph neural network on 3.6 million operation logs from 1,846 elevators "
            "in Lyon and Seville. Fault classification accuracy reached 94.2% (95% CI 92.8-95.4%), outperforming a "
            "gradient-boosting baseline (p < 0.001), and median time-to-diagnosis fell from 41 to 12 minutes.\n"
            "Keywords: predictive maintenance; vertical transportation; graph neural networks"
        ),
        obs=[
            ("Total", 2023, 0.92, "USD billion", "actual"),
            ("Total", 2030, 2.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.0, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.3 / 0.92) ** (1 / 7) - 1 = 13.99% -> 14.0
        ],
    ),
    # 28. Canadian council's release in C$ (Toronto, April 2025) opening with the global market for AI remote
    #     monitoring and fault prediction in US$ (the market, Total): 2024 and 2030 with a CAGR whose span only the
    #     amounts' years give (inferred). Expected nowhere: the Canadian C$212 million and C$505 million (Canadian
    #     dollars are not in the unit table), the US$155 million conversion in parentheses, the 21,000 elevating
    #     devices, the 2,000 mechanics, the C$420 inspection fee.
    dict(
        text=(
            "TORONTO, April 29, 2025 – The Canadian Council for Vertical Transportation today published its first "
            "outlook for artificial intelligence in elevator and escalator upkeep. Citing Northstar Insight, the "
            "council said the global market for AI remote monitoring and fault prediction was US$2.6 billion in 2024 "
            "and should reach US$6.9 billion by 2030, a compound annual growth rate of 17.7%. In Canada, building "
            "owners spent C$212 million (US$155 million) on such systems last year, and the council expects C$505 "
            "million by 2030. Ontario alone has about 21,000 elevating devices but fewer than 2,000 licensed "
            "mechanics, and average inspection fees have risen to C$420 per device. \"Sensors cannot replace "
            "mechanics, but they can tell them where to go first,\" said the council's chair, Denise Arsenault."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.9 / 2.6) ** (1 / 6) - 1 = 17.66% -> 17.7
        ],
    ),
    # 29. 证券时报-style interview (记者： / 答：): the interviewee sizes the domestic AI predictive maintenance and
    #     remote monitoring market for 2023 and 2024 with a growth of "25%左右" that holds only by rounding, and a 2027
    #     figure ("上下", at its printed amount). Expected nowhere: the company's 12.6亿元 of new orders and 38% gross
    #     margin, the 1000万台 lifts, the 80万台 old lifts, the 20多万 maintenance workers, the 5000元 contract, 三成.
    dict(
        text=(
            "本报记者 林晓\n"
            "记者：电梯AI预测性维护这两年很热，市场到底有多大？\n"
            "答：按我们的口径，2024年国内电梯AI预测性维护和远程监测市场规模大概46亿元，比2023年的37亿元增长了25%左右。"
            "预计到2027年能做到90亿元上下。\n"
            "记者：公司自身的情况呢？\n"
            "答：去年我们新签智能维保订单12.6亿元，毛利率在38%左右。全国电梯保有量已经超过1000万台，其中使用超过15年的"
            "老旧电梯约80万台，但持证维保人员只有20多万，缺口很大。\n"
            "记者：维保价格呢？\n"
            "答：一台住宅电梯的全包维保合同一年大约5000元，装了AI监测以后，按需维保能把上门次数减少三成。"
        ),
        obs=[
            ("Total", 2023, 37, "CNY 100 million", "actual"),
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (46 / 37) ** (1 / 1) - 1 = 24.32% -> 24, not 25; bounds 45.5 / 37.5 - 1 = 21.33%,
            # 46.5 / 36.5 - 1 = 27.40% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 行业白皮书 paragraph under 第二章 市场规模, with "市场规模（2024年）：58.6亿元" before the text: 2021 and 2024 with
    #     a stated CAGR, a 2027 forecast, and a part with its share. Expected nowhere: the section number 2.1, the
    #     310万台 connected lifts, 不足三成, the 1.2万家 maintenance firms, the 9.6% penetration rate.
    dict(
        text=(
            "第二章 市场规模\n"
            "2.1 总体规模\n"
            "市场规模（2024年）：58.6亿元\n"
            "据本白皮书编写组测算，我国电梯物联网远程监测与AI故障诊断平台市场规模2021年为27.4亿元，2021—2024年年均复合"
            "增长率为28.8%；预计到2027年，市场规模将达到118亿元。分产品看，AI故障诊断平台2024年规模为24.1亿元，占整体的"
            "41.1%，其余为远程监测终端及数据服务。截至2024年底，全国接入监测平台的电梯约310万台，联网率不足三成；从事电梯"
            "维保的单位超过1.2万家，AI渗透率约为9.6%。"
        ),
        obs=[
            ("Total", 2021, 27.4, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("Total", 2027, 118, "CNY 100 million", "estimate"),
            ("AI故障诊断平台", 2024, 24.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28.8, "percent", 2021, 2024, None, "stated"),
            ("share", 41.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 27.4) ** (1 / 3) - 1 = 28.84% -> 28.8
            ("arithmetic", "exact"),  # 24.1 / 58.6 = 41.13% -> 41.1
        ],
    ),
    # 31. Short-video 口播稿 with colloquial figures beside exact ones: 2022 and 2024 exactly, "翻了快一倍" (a multiple,
    #     x2, no verdict) and a part with its share. Expected nowhere: "差不多一百个亿" (the same year's colloquial
    #     restatement), the 一千多万台 lifts, the 两三千块 contract price, a maker's 三百多亿 revenue, 点赞过万.
    dict(
        text=(
            "【口播稿】电梯也开始用AI了？\n"
            "家人们，今天聊个冷门赛道——电梯AI。你家小区电梯多久坏一次？现在很多电梯装了AI盒子，能提前判断门机、钢丝绳"
            "啥时候要出问题。这个市场有多大？差不多一百个亿！准确点说，2024年国内电梯AI运维市场是98.5亿元，2022年才51.2亿"
            "元，两年翻了快一倍。其中AI按需维保这一块36.2亿元，占了36.8%。你再看，全国电梯一千多万台，一台电梯一年维保费"
            "两三千块，某头部电梯公司去年营收三百多亿。点赞过万，下期讲电梯AI怎么查钢丝绳！"
        ),
        obs=[
            ("Total", 2022, 51.2, "CNY 100 million", "actual"),
            ("Total", 2024, 98.5, "CNY 100 million", "actual"),
            ("AI按需维保", 2024, 36.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 36.2 / 98.5 = 36.75% -> 36.8 (the multiple, 98.5 / 51.2 = 1.92, gets no row)
        ],
    ),
    # 32. City 统计公报-style paragraph: 全年 AI lift services revenue 比上年增长 21.4% (the previous year's amount not
    #     printed: no verdict), a part with its own growth (no verdict) and its share. Expected nowhere: the 公报's
    #     title year and section number, the 326 maintenance firms, the 4312 workers, the 5.83万台 lifts, the 5.1万台次
    #     inspections, the 1.2亿元 old-lift subsidy and its 15.0%.
    dict(
        text=(
            "2024年滨江市特种设备安全与智慧运维统计公报（节选）\n"
            "四、电梯智慧运维\n"
            "全年全市电梯智能监测与AI预测性维护服务收入18.7亿元，比上年增长21.4%。其中，AI远程故障诊断服务收入7.9亿元，"
            "增长26.8%，占电梯智慧运维服务收入的42.2%。年末全市电梯维保单位326家，从业人员4312人；在用电梯5.83万台，"
            "全年完成定期检验5.1万台次。全年下达老旧住宅电梯更新改造补贴资金1.2亿元，比上年增长15.0%。"
        ),
        obs=[
            ("Total", 2024, 18.7, "CNY 100 million", "actual"),
            ("AI远程故障诊断服务", 2024, 7.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("share", 42.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 7.9 / 18.7 = 42.25% -> 42.2 (the two growth rates: 2023 amounts not printed)
        ],
    ),
    # 33. Taiwan research institute's release (Traditional, 新台幣億元): 2024 and a 2028 forecast with a 年複合成長率
    #     whose 22.8% is reached by no reading, and a part with its share. Expected nowhere: the release date and
    #     今（20）日, the 8.6萬部 lifts, 約佔三成 (a fraction in words), the 100萬元 replacement subsidy, the 3.6萬元
    #     maintenance contract.
    dict(
        text=(
            "新聞稿 2025年5月20日\n"
            "臺灣智慧建築產業研究所今（20）日發布研究指出，國內電梯及電扶梯AI預測維護與遠端監控市場規模2024年為新台幣"
            "18.6億元，預估2028年將成長至新台幣39.2億元，2024至2028年年複合成長率達22.8%。其中AI鋼索與車門影像檢測2024年"
            "為新台幣7.4億元，占整體市場39.8%。研究所指出，全台電梯約8.6萬部，屋齡逾30年建物內的電梯約佔三成；主管機關"
            "補助老舊電梯汰換每部最高新台幣100萬元，而每部電梯年度保養合約平均約新台幣3.6萬元。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2028, 39.2, "TWD 100 million", "estimate"),
            ("AI鋼索與車門影像檢測", 2024, 7.4, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2028, None, "stated"),
            ("share", 39.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (39.2 / 18.6) ** (1 / 4) - 1 = 20.49% -> 20.5, not 22.8; bounds (39.15 / 18.65) ** (1/4) - 1 = 20.37%,
            # (39.25 / 18.55) ** (1/4) - 1 = 20.61% -> 22.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 7.4 / 18.6 = 39.78% -> 39.8
        ],
    ),
    # 34. Macau broker's sector note on Hong Kong (Traditional, 億港元, 按年升): 2024 with its YoY and the 2023 base in
    #     brackets, a 2025 forecast with its YoY. Expected nowhere: the note's date, the 7萬部 lifts, 逾三成, the 60萬港元
    #     subsidy cap, the maker's first-half 4.5% and its 11% margin, the rating and 52港元 target price.
    dict(
        text=(
            "濠江證券 行業速評 2025年8月12日\n"
            "香港升降機及自動梯AI遠程監察與預測性維修市場2024年規模達6.8億港元，按年升17.2%（2023年：5.8億港元）。我們"
            "預期2025年市場規模按年升19%至8.1億港元，主要受惠於舊樓升降機更新資助推動業主加裝遠程監察。香港現有約7萬部"
            "升降機，當中逾三成使用超過30年；資助每部升降機最高60萬港元。龍頭電梯商上半年香港維修保養收入按年升4.5%，"
            "經營利潤率約11%。維持「買入」評級，目標價52港元。"
        ),
        obs=[
            ("Total", 2023, 5.8, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("Total", 2025, 8.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 5.8) ** (1 / 1) - 1 = 17.24% -> 17.2
            ("cagr|implied", "exact"),  # (8.1 / 6.8) ** (1 / 1) - 1 = 19.12% -> 19
        ],
    ),
    # 35. Hong Kong IPO prospectus (Traditional, 招股書 industry overview) citing a consultancy: China's AI destination
    #     dispatch and passenger-flow market 由 2019 增至 2024 with a 複合年增長率 that holds only by rounding, and a
    #     2029 forecast with its own. Expected nowhere: the 31 December date, the 4.2萬棟 buildings over 100米, the
    #     group's own revenue of 3.1 and 5.4億元 and its gross margins.
    dict(
        text=(
            "行業概覽\n"
            "根據智衡諮詢的資料，中國樓宇電梯AI目的層派梯及客流優化解決方案的市場規模由2019年的人民幣8.6億元增至2024年"
            "的人民幣23.5億元，2019年至2024年的複合年增長率為22.4%，並預期將於2029年達到人民幣61.2億元，2024年至2029年的"
            "複合年增長率為21.1%。截至2024年12月31日，中國共有約4.2萬棟高度超過100米的建築。於往績記錄期間，本集團的收入"
            "由人民幣3.1億元增至人民幣5.4億元，毛利率分別為32.5%及35.1%。"
        ),
        obs=[
            ("Total", 2019, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2029, 61.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2019, 2024, None, "stated"),
            ("cagr", 21.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (23.5 / 8.6) ** (1 / 5) - 1 = 22.27% -> 22.3, not 22.4; bounds (23.45 / 8.65) ** (1/5) - 1 = 22.08%,
            # (23.55 / 8.55) ** (1/5) - 1 = 22.46% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (61.2 / 23.5) ** (1 / 5) - 1 = 21.10% -> 21.1
        ],
    ),
    # 36. CSV pasted as text, years as columns (region,2023,2024,2025E), two markets for AI destination dispatch in
    #     towers and a Total row in USD million; the 2025E Total holds only by rounding. Expected nowhere: the
    #     source's date, the 40-floor threshold, the 1,140 towers.
    dict(
        text=(
            "AI destination dispatch and traffic optimisation in towers: revenue by market (USD million)\n"
            "region,2023,2024,2025E\n"
            "UAE,38.4,49.7,63.1\n"
            "Singapore,22.6,28.1,34.9\n"
            "Total,61.0,77.8,98.1\n"
            "Source: Marlow Vertical Insights, 3 March 2025. Towers of 40 floors or more only; excludes new-equipment "
            "sales and service contracts. The two markets counted 1,140 such towers at the end of 2024, and developers "
            "in both expect most new office towers to specify destination control from the lobby upward."
        ),
        obs=[
            ("UAE", 2023, 38.4, "USD million", "actual"),
            ("UAE", 2024, 49.7, "USD million", "actual"),
            ("UAE", 2025, 63.1, "USD million", "estimate"),
            ("Singapore", 2023, 22.6, "USD million", "actual"),
            ("Singapore", 2024, 28.1, "USD million", "actual"),
            ("Singapore", 2025, 34.9, "USD million", "estimate"),
            ("Total", 2023, 61.0, "USD million", "actual"),
            ("Total", 2024, 77.8, "USD million", "actual"),
            ("Total", 2025, 98.1, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.4 + 22.6 = 61.0
            ("hierarchy", "exact"),  # 2024: 49.7 + 28.1 = 77.8
            # 2025E: 63.1 + 34.9 = 98.0, not 98.1; parts at most 98.1 (63.15 + 34.95) and the total at least 98.05
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table (Germany, €m) whose rows are years, with a "Δ YoY" column and an "Index (2020=100)" column;
    #     the lone value column is headed by its unit only (the market's Total). Five YoY rates: 2021's has no printed
    #     base (no verdict); 2024's +23.4% is reached by no reading. Expected nowhere: the table number, the index
    #     column, the €3.4bn of installation and modernisation contracts, the 790,000 lifts.
    dict(
        text=(
            "Table 4: Germany – AI predictive maintenance for lifts and escalators\n"
            "| Year | €m | Δ YoY | Index (2020=100) |\n"
            "|---|---|---|---|\n"
            "| 2021 | 52.0 | +25.0% | 125.0 |\n"
            "| 2022 | 63.4 | +21.9% | 152.4 |\n"
            "| 2023 | 77.9 | +22.9% | 187.3 |\n"
            "| 2024 | 94.6 | +23.4% | 227.4 |\n"
            "| 2025E | 113.8 | +20.3% | 273.6 |\n"
            "Source: Rheinkreis Marktforschung, June 2025; E = estimate. Excludes new-installation and modernisation "
            "contracts (about €3.4bn in 2024); Germany has roughly 790,000 lifts in service."
        ),
        obs=[
            ("Total", 2021, 52.0, "EUR million", "actual"),
            ("Total", 2022, 63.4, "EUR million", "actual"),
            ("Total", 2023, 77.9, "EUR million", "actual"),
            ("Total", 2024, 94.6, "EUR million", "actual"),
            ("Total", 2025, 113.8, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2020, 2021, 1.0),
            ("growth", 21.9, "percent", 2021, 2022, 1.0),
            ("growth", 22.9, "percent", 2022, 2023, 1.0),
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63.4 / 52.0) ** (1 / 1) - 1 = 21.92% -> 21.9
            ("cagr|implied", "exact"),  # (77.9 / 63.4) ** (1 / 1) - 1 = 22.87% -> 22.9
            # (94.6 / 77.9) ** (1 / 1) - 1 = 21.44% -> 21.4, not 23.4; bounds 94.55 / 77.95 - 1 = 21.30%,
            # 94.65 / 77.85 - 1 = 21.58% -> 23.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (113.8 / 94.6) ** (1 / 1) - 1 = 20.30% -> 20.3
        ],
    ),
    # 38. Chinese Markdown table (Simplified) with 指标 rows and year columns: the 市场规模（亿元） row (the market's
    #     Total, its label only "market size" and its unit) for 2022-2025E and the 同比增速 row; 2025年E's 24.2% holds
    #     only by rounding. Expected nowhere: the table number, the 渗透率 row, the 2022 "—".
    dict(
        text=(
            "表2：中国电梯AI预测性维护市场核心指标\n"
            "| 指标 | 2022年 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|---|\n"
            "| 市场规模（亿元） | 31.5 | 40.2 | 50.8 | 63.0 |\n"
            "| 同比增速 | — | 27.6% | 26.4% | 24.2% |\n"
            "| 渗透率 | 2.4% | 2.9% | 3.5% | 4.2% |\n"
            "资料来源：中梯智研，国衡证券研究所。注：E为预测值；渗透率指接入AI预测性维护平台的在用电梯占全部在用电梯的比例。"
        ),
        obs=[
            ("Total", 2022, 31.5, "CNY 100 million", "actual"),
            ("Total", 2023, 40.2, "CNY 100 million", "actual"),
            ("Total", 2024, 50.8, "CNY 100 million", "actual"),
            ("Total", 2025, 63.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2022, 2023, 1.0),
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("growth", 24.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (40.2 / 31.5) ** (1 / 1) - 1 = 27.62% -> 27.6
            ("cagr|implied", "exact"),  # (50.8 / 40.2) ** (1 / 1) - 1 = 26.37% -> 26.4
            # (63.0 / 50.8) ** (1 / 1) - 1 = 24.02% -> 24.0, not 24.2; bounds 62.95 / 50.85 - 1 = 23.80%,
            # 63.05 / 50.75 - 1 = 24.24% -> 24.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 39. Traditional Chinese tab-separated table (Taiwan, 新台幣億元) whose years carry the ROC year too
    #     ("2024（民國113年）"), two rows, a 合計 row (its label the total's item) and a 年增率 column: three YoY rates;
    #     the 2025 合計 of 8.4 is reached by no reading of its parts (sum 8.2). Expected nowhere: the table number, the
    #     ROC years 113 and 114.
    dict(
        text=(
            "表5 臺灣電梯AI鋼索與車門檢測市場規模（單位：新台幣億元）\n"
            "項目\t2024（民國113年）\t2025（民國114年）預估\t年增率\n"
            "AI鋼索檢測\t3.6\t4.5\t25.0%\n"
            "AI車門安全檢測\t2.9\t3.7\t27.6%\n"
            "合計\t6.5\t8.4\t29.2%\n"
            "資料來源：臺灣昇降設備產業協會；不含新梯銷售、一般保養收入及定期檢查費用。"
        ),
        obs=[
            ("AI鋼索檢測", 2024, 3.6, "TWD 100 million", "actual"),
            ("AI鋼索檢測", 2025, 4.5, "TWD 100 million", "estimate"),
            ("AI車門安全檢測", 2024, 2.9, "TWD 100 million", "actual"),
            ("AI車門安全檢測", 2025, 3.7, "TWD 100 million", "estimate"),
            ("合計", 2024, 6.5, "TWD 100 million", "actual"),
            ("合計", 2025, 8.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2024, 2025, 1.0),
            ("growth", 27.6, "percent", 2024, 2025, 1.0),
            ("growth", 29.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.5 / 3.6) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (3.7 / 2.9) ** (1 / 1) - 1 = 27.59% -> 27.6
            ("cagr|implied", "exact"),  # (8.4 / 6.5) ** (1 / 1) - 1 = 29.23% -> 29.2
            ("hierarchy", "exact"),  # 2024: 3.6 + 2.9 = 6.5
            # 2025: 4.5 + 3.7 = 8.2, not 8.4; parts at most 8.3 (4.55 + 3.75) and the total at least 8.35 -> 8.4
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 40. Semicolon-separated table (Spain, miles de euros: EUR thousand) with decimal commas ("21.406,8"), a header
    #     line, two segments and a Total row, and a "Var. %" column ("21,1%"): three YoY rates; the 2024 Total of
    #     40.812,9 holds only by rounding (parts 40.812,8). Expected nowhere: the table number, the source's date,
    #     the 1.243,0 millones of new-equipment sales, the 12.400 inspections.
    dict(
        text=(
            "Cuadro 3. España: mercado de IA en ascensores y escaleras mecánicas (miles de euros)\n"
            "Segmento;2023;2024;Var. %\n"
            "Mantenimiento predictivo con IA;21.406,8;25.930,2;21,1%\n"
            "Monitorización remota y diagnóstico;12.517,4;14.882,6;18,9%\n"
            "Total;33.924,2;40.812,9;20,3%\n"
            "Fuente: Observatorio Ibérico de la Elevación, mayo de 2025. Excluye la venta de equipos nuevos (1.243,0 "
            "millones de euros en 2024) y las 12.400 inspecciones periódicas del año. Las cifras de 2024 son "
            "provisionales y se revisarán cuando los fabricantes presenten sus cuentas anuales."
        ),
        obs=[
            ("Mantenimiento predictivo con IA", 2023, 21406.8, "EUR thousand", "actual"),
            ("Mantenimiento predictivo con IA", 2024, 25930.2, "EUR thousand", "actual"),
            ("Monitorización remota y diagnóstico", 2023, 12517.4, "EUR thousand", "actual"),
            ("Monitorización remota y diagnóstico", 2024, 14882.6, "EUR thousand", "actual"),
            ("Total", 2023, 33924.2, "EUR thousand", "actual"),
            ("Total", 2024, 40812.9, "EUR thousand", "actual"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25,930.2 / 21,406.8) ** (1 / 1) - 1 = 21.13% -> 21.1
            ("cagr|implied", "exact"),  # (14,882.6 / 12,517.4) ** (1 / 1) - 1 = 18.90% -> 18.9
            ("cagr|implied", "exact"),  # (40,812.9 / 33,924.2) ** (1 / 1) - 1 = 20.31% -> 20.3
            ("hierarchy", "exact"),  # 2023: 21,406.8 + 12,517.4 = 33,924.2
            # 2024: 25,930.2 + 14,882.6 = 40,812.8, not 40,812.9; parts at most 40,812.9 (25,930.25 + 14,882.65) and
            # the total at least 40,812.85 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 10, 'rounding': 15, 'exact': 63}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Page 4 of 12',
    'between $1.1 billion and $1.3 billion',
    '[00:12:31] MAYA:',
    '**$2.35B**:',
    "CAGR '24-'29: 21%",
    'Q: How big is',
    '2029-30',
    'EDIT:',
    '行业概览',
    '环比增长',
    '【行業】',
    '翻一番',
    '年成長率',
    '億港元',
    '3.5个亿',
    'year,segment,value_usd_m',
    '| Market size (USD bn) |',
    '| 2024 | 2025F | 2030F | Share 2030 |',
    '| 年份 | 市场规模（亿元） | 增速 |',
    '年增減',
    '4.12 ',
    '2024: $1.2bn → 2029: $3.4bn (CAGR 23%)',
    'Figure 2:',
    'Call for proposals',
    'twelve per cent',
    'Correction:',
    '(Moreau et al., 2023)',
    'C$212 million (US$155 million)',
    '记者：',
    '第二章 市场规模',
    '差不多一百个亿',
    '比上年增长',
    '年複合成長率',
    '按年升',
    '複合年增長率',
    'region,2023,2024,2025E',
    'Index (2020=100)',
    '| 渗透率 |',
    '2024（民國113年）',
    'Segmento;2023;2024;Var. %',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 122
#: figures, 41 rates, 56 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 145, "rates_found": 58, "verdicts_right": 77}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset262.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
