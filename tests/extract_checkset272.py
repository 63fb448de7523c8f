"""A two-hundred-and-seventy-second check set for the extractor, written blind: AI in toys, hobbies and crafts: AI-
powered smart toys and companion robots, AI design and personalisation of toys and model kits, AI demand planning for
toy makers and hobby retailers, AI craft-pattern and knitting design tools, AI in trading-card grading and collectibles;
sized in money by research houses, toy and hobby associations, trade ministries, makers' investor days and brokers, in
the US, Canada, the UK, Germany, France, Denmark, Australia, South Africa, South Korea, Japan, mainland China, Taiwan
and Hong Kong. Distractors: total toy or hobby sales beside the AI part, units shipped, counts of stores, SKUs and
workers, a toy's price, a company's own revenue, orders or margin, a funding round, a quarter's figures, survey
percentages, a licensing fee.

Snippets 1-20: Twenty snippets on AI in toys, hobbies and crafts: eight English prose texts (a podcast transcript with
timestamps and a figure spoken in words, a press release giving amounts in words and digits together, an Australian
agency's report in US$ with A$ asides and financial years, a Canadian release with C$ asides and a French line repeating
its figures, a news story naming the forecast before its base, a FAQ page, a Korean maker's release with won asides, an
analyst blog chaining figures in brackets), seven Chinese prose texts (a Xinhua-style wire in 亿元人民币, a Simplified text
in 亿美元 with a yuan equivalent, an association's annual report with a share of the world market, a Traditional question-
and-answer piece, a Taiwan ministry release in 新臺幣, a Cantonese Hong Kong column in 億港元, a Simplified text whose amounts
drop 元) and five tables (dotted leaders with spaced year columns, a Markdown table with the unit in its first header
cell, a semicolon CSV with decimal commas, a Traditional table in 新台幣億元 with a 合計 row, a tab-separated table with
quarter columns). Left out: total toy and hobby sales, A$, C$, won and yuan asides, units shipped, cards graded, stores,
SKUs, workers and respondents, prices and grading fees, company revenue, orders, margins and price targets, funding
rounds, a licensing fee, quarters, survey percentages, percentage points, datelines and report numbers. Inconsistent: 2,
5, 7, 11, 13, 17, 19. Only by rounding: 1, 6, 8, 10, 12, 15, 16, 18, 20.

Snippets 21-40: Twenty snippets on AI in toys, hobbies and crafts: eight English prose texts (a Reuters story in bln and
mln with an analyst's quote, a white paper chapter with a Box 2.1 sidebar in billion U.S. dollars, an Irish release in
€m and €bn with c. for circa, a crafting newsletter with ~, approx. and a range, a bank's note with a ticker, PT,
EV/EBITDA and bps, a South African release with rand beside a market in USD, an Australian Hansard excerpt, a German
release spelling rates out), seven Chinese prose texts (a 澎湃新闻-style item with 据…测算 and 增长近三成, an earnings-call
transcript with 管理层 and 分析师, a Simplified text with 万亿元 and 千亿元, a Hong Kong 招股書 in 人民幣十億元, a 小红书 post with emoji, a
Taiwan IEK-style note in 新台幣億元 and 民國 years, a 规划 text with 到2027年 targets) and five tables (a Markdown table with a
Share 2024 column and an All segments row, a Hong Kong table with YoY rows, a pipe table with the unit in every year
header, a tab-separated Chinese table with 2030年E and 复合增长率 columns, a box-drawing table). Left out: total toy, hobby
and retail sales, units shipped, counts of stores, SKUs, firms, sellers, cards and workers, prices and fees, company
revenue, orders, margin and share targets, funding rounds, quarters, survey percentages, rand amounts, a price target,
rates in words, datelines. Inconsistent: 23, 27, 31, 34, 37, 40. Only by rounding: 22, 24, 26, 29, 32, 33, 36, 37, 38,
39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Podcast transcript with timestamps and speaker names: the 2024 global market for AI-powered smart toys and
    #    companion robots spoken in words ("about four point two billion dollars", 4.2), a 2030 forecast in digits and
    #    a CAGR over a printed span that holds only by rounding. Expected nowhere: the episode number and date, the
    #    timestamps, the $108 billion of global toy sales, the guest firm's 2.3 million units and $35 million Series B,
    #    the $149 robot price, the 61% of parents.
    dict(
        text=(
            "Playroom Signals, episode 148 (recorded 11 March 2025)\n"
            "[00:12:31] DANA REYES: So how big is this thing really, AI toys and companion robots?\n"
            "[00:12:40] OWEN MARSH: Globally, by our count at Tidewater Toy Research, it was about four point two "
            "billion dollars last year, in 2024. Put that next to roughly $108 billion of toy sales worldwide and it "
            "is still a sliver.\n"
            "[00:13:02] DANA REYES: And where does it go?\n"
            "[00:13:05] OWEN MARSH: We have it at $11.8 billion in 2030. That works out to 19.0% a year from 2024 to "
            "2030.\n"
            "[00:13:29] DANA REYES: Your own company shipped, what, 2.3 million units last year?\n"
            "[00:13:33] OWEN MARSH: About that. We closed a $35 million Series B in January, our reading robot sells "
            "for $149, and in our survey 61% of parents said they worry about voice data."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 11.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (11.8 / 4.2) ** (1 / 6) - 1 = 18.79% -> 18.8, not 19.0; bounds (11.75 / 4.25) ** (1/6) - 1 = 18.47%,
            # (11.85 / 4.15) ** (1/6) - 1 = 19.11% -> 19.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 2. Press release giving each amount in words and digits together ("two billion dollars ($2.0 billion)"), each
    #    expected once: the 2024 global market for AI toy design and personalisation, a 2031 forecast and a CAGR over
    #    a printed span reached by no reading. Expected nowhere: the release date, the report title's years, the
    #    $45 million Series B, the 180 employees, the 12,000 designs, the 35% of toy makers surveyed, the phone number.
    dict(
        text=(
            "PRESS RELEASE\n"
            "Boston, April 22, 2025 - Copperleaf Market Intelligence today released AI Toy Design and Personalisation: "
            "Global Outlook 2025-2031. The study finds that the worldwide market for AI tools that design, customise "
            "and personalise toys reached two billion dollars ($2.0 billion) in 2024. Copperleaf forecasts the market "
            "to grow to five point six billion dollars ($5.6 billion) in 2031, a compound annual growth rate of 16.8% "
            "between 2024 and 2031. In a survey conducted for the report, 35% of toy makers said they already use "
            "generative design tools. Separately, platform vendor Figmint raised a $45 million Series B in March; it "
            "employs 180 people and says its users created 12,000 designs last quarter.\n"
            "Media contact: press@copperleaf-mi.example, +1 617 555 0148"
        ),
        obs=[
            ("Total", 2024, 2.0, "USD billion", "actual"),
            ("Total", 2031, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (5.6 / 2.0) ** (1 / 7) - 1 = 15.85% -> 15.8, not 16.8; bounds (5.55 / 2.05) ** (1/7) - 1 = 15.29%,
            # (5.65 / 1.95) ** (1/7) - 1 = 16.41% -> 16.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. Australian agency's report on the global market for AI demand planning for toy makers and hobby retailers in
    #    US$, with A$ asides (no observation) and financial years ("2022–23" as 2023, "2023–24" and "FY24" as 2024,
    #    "FY30" as 2030); a later figure in US$ billion expected in the series' unit (1.52 -> 1520). Expected nowhere:
    #    the report number, the A$ amounts, Australia's A$4.6 billion toy sales, the 1,180 hobby stores, the 38% of
    #    retailers surveyed, the 12,400 workers.
    dict(
        text=(
            "Toy and Hobby Industry Report No. 2025/07, Australian Trade Insights Agency\n"
            "Global spending on AI demand planning and inventory forecasting for toy makers and hobby retailers was "
            "US$640 million in 2023–24 (about A$975 million), up 21.4% on US$527 million in 2022–23. The agency "
            "projects the global market at US$1.52 billion in FY30, a compound annual growth rate of 15.5% from FY24 "
            "to FY30. At home, Australian toy and game sales were about A$4.6 billion in FY24, spread over some 1,180 "
            "specialist toy and hobby stores employing 12,400 people; 38% of retailers surveyed by the agency said "
            "they planned to trial AI forecasting within two years."
        ),
        obs=[
            ("Total", 2023, 527, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 1520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 527) ** (1 / 1) - 1 = 21.44% -> 21.4
            ("cagr|implied", "exact"),  # (1520 / 640) ** (1 / 6) - 1 = 15.51% -> 15.5
        ],
    ),
    # 4. Canadian release on the global market for AI trading-card grading and collectibles authentication in US$,
    #    with C$ asides (no observation) and a French line after it repeating the same figures ("1,15 milliard de
    #    dollars américains"), each expected once: 2024, a 2030 forecast, a CAGR over a printed span, Canada's part
    #    (US$86 million) with its share. Expected nowhere: the date, the C$ amounts, the C$35 grading fee, the 2.6
    #    million cards, the firm's C$48 million revenue, the 410 card shops.
    dict(
        text=(
            "NEWS RELEASE - Montreal, June 3, 2025 - Boreal Hobby Analytics estimates that the global market for AI "
            "trading-card grading and collectibles authentication reached US$1.15 billion in 2024 (C$1.57 billion) and "
            "will reach US$3.4 billion (C$4.6 billion) by 2030, a compound annual growth rate of 19.8% over 2024-2030. "
            "Canada accounted for US$86 million in 2024, or 7.5% of the global market. Canadian collectors sent about "
            "2.6 million cards for grading last year at a typical fee of C$35 per card; the country has roughly 410 "
            "card and collectibles shops. Boreal itself reported revenue of C$48 million.\n"
            "En bref : le marché mondial atteignait 1,15 milliard de dollars américains en 2024 et devrait atteindre "
            "3,4 milliards de dollars américains d'ici 2030, soit un TCAC de 19,8 % ; le Canada représentait 86 "
            "millions de dollars américains, soit 7,5 %."
        ),
        obs=[
            ("Total", 2024, 1.15, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
            ("Canada", 2024, 86, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("share", 7.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.15) ** (1 / 6) - 1 = 19.80% -> 19.8
            ("arithmetic", "exact"),  # 86 / 1,150 = 7.48% -> 7.5
        ],
    ),
    # 5. US news story naming the forecast first and its base after it ("expected to hit $3.6 billion by 2030, from
    #    $1.1 billion last year", last year 2024 from the dateline), this year's figure as an estimate, and a CAGR with
    #    no printed span (inferred) reached by no reading. Expected nowhere: the dateline, the $42 billion of US toy
    #    sales, Toyfield's $812 million fourth-quarter revenue, the $129 price, the 58% of parents, the 3.4 million
    #    units.
    dict(
        text=(
            "NEW YORK, March 4, 2025 - Spending on AI-powered smart toys in the United States is expected to hit $3.6 "
            "billion by 2030, from $1.1 billion last year, according to Harbor Point Analytics, which puts the "
            "compound annual rate at 23.5%. This year the market should reach $1.34 billion, the firm said. That is "
            "still small beside the roughly $42 billion Americans spent on toys last year. Toyfield Inc., the biggest "
            "seller of talking plush, reported fourth-quarter revenue of $812 million and said it shipped 3.4 million "
            "connected toys in 2024; its flagship bear retails at $129. In a Harbor Point poll, 58% of parents said "
            "they would pay more for a toy that adapts to their child."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2025, 1.34, "USD billion", "estimate"),
            ("Total", 2030, 3.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (3.6 / 1.1) ** (1 / 6) - 1 = 21.85% -> 21.8, not 23.5; bounds (3.55 / 1.15) ** (1/6) - 1 = 20.67%,
            # (3.65 / 1.05) ** (1/6) - 1 = 23.08% -> 23.5 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 6. FAQ page of a UK craft-software research firm, one figure per answer: the UK market for AI craft-pattern and
    #    knitting design tools in 2023 and 2024 with a YoY rate, a 2029 forecast, and a part (knitting and crochet
    #    pattern generators) whose 43.9% share holds only by rounding. Expected nowhere: the 2,100 craft shops, the
    #    £6.99 subscription, the 27% of crafters surveyed.
    dict(
        text=(
            "Frequently asked questions - Loom & Needle Research, UK craft technology tracker (updated May 2025)\n"
            "Q: How big is the UK market for AI craft-pattern and knitting design tools?\n"
            "A: It was worth £48.6 million in 2024.\n"
            "Q: And the year before?\n"
            "A: £42.3 million in 2023.\n"
            "Q: How fast is it growing?\n"
            "A: Spending rose 14.9% year on year in 2024.\n"
            "Q: Where is it heading?\n"
            "A: We forecast £96 million by 2029.\n"
            "Q: Which tools sell best?\n"
            "A: Knitting and crochet pattern generators, at £21.3 million in 2024.\n"
            "Q: What share of the market is that?\n"
            "A: 43.9% of the 2024 total.\n"
            "Q: How many craft shops are there in the UK?\n"
            "A: About 2,100 independent yarn and craft shops.\n"
            "Q: What does a typical subscription cost?\n"
            "A: £6.99 a month.\n"
            "Q: How many crafters use AI?\n"
            "A: In our survey, 27% of crafters said they had tried an AI pattern tool."
        ),
        obs=[
            ("Total", 2023, 42.3, "GBP million", "actual"),
            ("Total", 2024, 48.6, "GBP million", "actual"),
            ("Total", 2029, 96, "GBP million", "estimate"),
            ("Knitting and crochet pattern generators", 2024, 21.3, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
            ("share", 43.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 42.3) ** (1 / 1) - 1 = 14.89% -> 14.9
            # 21.3 / 48.6 = 43.83% -> 43.8, not 43.9; bounds 21.25 / 48.65 = 43.68%, 21.35 / 48.55 = 43.98% -> 43.9
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 7. Korean maker's English release: the global market for AI companion robots for children in USD (the KRW and
    #    won amounts asides, no observation), 2024, a 2029 forecast, a CAGR over a printed span, and South Korea's
    #    part with a 9.4% share reached by no reading. Expected nowhere: the date, the KRW 3.9 trillion aside, the
    #    maker's KRW 1.2 trillion revenue, the 390,000 won price, the 1.3 million units, the 2,100 employees.
    dict(
        text=(
            "SEOUL, Korea, July 8, 2025 - Hanbit Robotoys, which reported KRW 1.2 trillion in revenue last year, today "
            "launched its third-generation companion robot for children at 390,000 won. Citing Geumgang Research, the "
            "company said the global market for AI companion robots for children was USD 2.85 billion in 2024 (about "
            "KRW 3.9 trillion) and is forecast to reach USD 6.4 billion in 2029, a CAGR of 17.6% for 2024-2029. South "
            "Korea accounted for USD 0.24 billion in 2024, a 9.4% share of the global market. Hanbit shipped 1.3 "
            "million units in 2024 and employs 2,100 people."
        ),
        obs=[
            ("Total", 2024, 2.85, "USD billion", "actual"),
            ("Total", 2029, 6.4, "USD billion", "estimate"),
            ("South Korea", 2024, 0.24, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2029, None, "stated"),
            ("share", 9.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.4 / 2.85) ** (1 / 5) - 1 = 17.56% -> 17.6
            # 0.24 / 2.85 = 8.42% -> 8.4, not 9.4; bounds 0.235 / 2.855 = 8.23%, 0.245 / 2.845 = 8.61% -> 9.4 reached
            # by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 8. Analyst blog chaining figures in brackets ("(2024: $0.86bn; 2030E: $2.3bn; CAGR 17.8%)"): the global market
    #    for AI demand planning in toys and hobbies and a part (hobby retailers), each CAGR with no printed span
    #    (inferred); the part's 20.8% holds only by rounding. Expected nowhere: the post date, the $41 price target
    #    and its 18% upside, the 38% gross margin, the $212 million third-quarter orders, the $60 million round, the
    #    3,400 SKUs.
    dict(
        text=(
            "The Toy Box Ledger - posted 9 June 2025\n"
            "Demand planning is the least glamorous corner of AI in toys, and the most profitable. By my numbers the "
            "global market for AI demand planning for toy makers and hobby retailers is on a steep path (2024: "
            "$0.86bn; 2030E: $2.3bn; CAGR 17.8%). Hobby retailers are the faster-growing slice (2024: $0.31bn; 2030E: "
            "$0.95bn; CAGR 20.8%), because a shop with 3,400 SKUs of paints and kits cannot plan by hand. "
            "Meanwhile Brickwell posted third-quarter orders of $212 million at a 38% gross margin, ForecastKit raised "
            "$60 million, and I keep my $41 price target on Brickwell, 18% upside."
        ),
        obs=[
            ("Total", 2024, 0.86, "USD billion", "actual"),
            ("Total", 2030, 2.3, "USD billion", "estimate"),
            ("Hobby retailers", 2024, 0.31, "USD billion", "actual"),
            ("Hobby retailers", 2030, 0.95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 20.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.3 / 0.86) ** (1 / 6) - 1 = 17.82% -> 17.8
            # (0.95 / 0.31) ** (1 / 6) - 1 = 20.52% -> 20.5, not 20.8; bounds (0.945 / 0.315) ** (1/6) - 1 = 20.09%,
            # (0.955 / 0.305) ** (1/6) - 1 = 20.95% -> 20.8 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 9. 新华社-style 通稿 (Simplified) in 亿元人民币: the national AI smart-toy market in 2024 with 同比增长 and the 2023
    #    base, a part (AI陪伴机器人) with its 增幅 over its printed base and its share. Expected nowhere: the dateline,
    #    the 1083亿元 toy retail sales, the 2300家 firms, the 1.6亿件 exports, the 1500家 exhibitors.
    dict(
        text=(
            "新华社广州4月8日电（记者陈思远）记者从广东省玩具产业研究院获悉，2024年我国AI智能玩具市场规模达到"
            "286.4亿元人民币，同比增长24.6%，2023年为229.8亿元人民币。其中，AI陪伴机器人市场规模为97.5亿元人民币，"
            "较上年的74.6亿元增幅达30.7%，占比34.0%。研究院负责人介绍，全国玩具零售总额约1083亿元，从事智能玩具研发"
            "的企业超过2300家，全年智能玩具出口约1.6亿件。本届玩具展共有1500家企业参展。"
        ),
        obs=[
            ("Total", 2023, 229.8, "CNY 100 million", "actual"),
            ("Total", 2024, 286.4, "CNY 100 million", "actual"),
            ("AI陪伴机器人", 2023, 74.6, "CNY 100 million", "actual"),
            ("AI陪伴机器人", 2024, 97.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 30.7, "percent", 2023, 2024, 1.0),
            ("share", 34.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286.4 / 229.8) ** (1 / 1) - 1 = 24.63% -> 24.6
            ("cagr|implied", "exact"),  # (97.5 / 74.6) ** (1 / 1) - 1 = 30.70% -> 30.7
            ("arithmetic", "exact"),  # 97.5 / 286.4 = 34.04% -> 34.0
        ],
    ),
    # 10. Simplified text in 亿美元 with a 人民币 equivalent in brackets (expected nowhere): the global market for AI toy
    #     design and personalisation in 2024, a 2030 forecast and a CAGR over a printed span that holds only by
    #     rounding. Expected nowhere: the （约合人民币86亿元）, the 3亿元 B-round, the company's 5.2亿元 revenue, the 48万单
    #     orders, the 62% of users.
    dict(
        text=(
            "据星桥咨询发布的报告，2024年全球AI玩具设计与个性化定制市场规模为11.9亿美元（约合人民币86亿元），预计"
            "2030年将达到34.2亿美元，2024—2030年年均复合增长率为19.4%。报告指出，生成式设计工具正在改变玩具打样流程。"
            "国内定制平台“趣模”今年完成3亿元B轮融资，去年营收5.2亿元，全年处理个性化订单48万单；平台调查显示，62%"
            "的用户愿意为定制外观多付费。"
        ),
        obs=[
            ("Total", 2024, 11.9, "USD 100 million", "actual"),
            ("Total", 2030, 34.2, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (34.2 / 11.9) ** (1 / 6) - 1 = 19.24% -> 19.2, not 19.4; bounds (34.15 / 11.95) ** (1/6) - 1 = 19.13%,
            # (34.25 / 11.85) ** (1/6) - 1 = 19.35% -> 19.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. 行业协会 年度报告 (Simplified): the world AI toy market (Total) in 2024 at its approximate figure, a 2030
    #     forecast with 年均复合增长率 over a printed span; China's part in 2023 and 2024 with 较上年增长 and a 占全球比重
    #     of 32.1% reached by no reading. Expected nowhere: the report's title year, the 1260家 member firms, the
    #     3200亿元 toy exports, the 18万人 workers, the 67% of firms surveyed.
    dict(
        text=(
            "华夏智能玩具产业协会《2025年度中国AI玩具产业发展报告》显示，2024年全球AI玩具市场规模约486亿元，预计"
            "2030年达到1392亿元，2024—2030年年均复合增长率为19.2%。2024年中国AI玩具市场规模为153.2亿元，较上年增长"
            "22.4%（2023年为125.2亿元），占全球比重为32.1%。协会现有会员企业1260家，行业从业人员约18万人；2024年全国"
            "玩具出口额约3200亿元。调查显示，67%的受访企业计划在两年内推出AI产品。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2030, 1392, "CNY 100 million", "estimate"),
            ("中国", 2023, 125.2, "CNY 100 million", "actual"),
            ("中国", 2024, 153.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 32.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1392 / 486) ** (1 / 6) - 1 = 19.17% -> 19.2
            ("cagr|implied", "exact"),  # (153.2 / 125.2) ** (1 / 1) - 1 = 22.36% -> 22.4
            # 153.2 / 486 = 31.52% -> 31.5, not 32.1; bounds 153.15 / 486.5 = 31.48%, 153.25 / 485.5 = 31.57% -> 32.1
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 12. Question-and-answer piece ("問：…" / "答：…") in Traditional characters on the mainland market for AI
    #     trading-card grading and collectibles authentication in 億元人民幣: 2023 and 2024 with a YoY rate, a 2027
    #     forecast at its approximate figure with a CAGR over a printed span that holds only by rounding. Expected
    #     nowhere: the 60元 fee, the 480萬張 cards, the 260億元 card industry, the 45% of collectors, the 3 to 4 weeks.
    dict(
        text=(
            "【問與答】內地AI卡牌評級市場有幾大？（2025年6月）\n"
            "問：內地AI卡牌評級與收藏品鑑定市場現時有多大？\n"
            "答：據北辰藏品研究院統計，2024年市場規模約為18.6億元人民幣，比2023年的14.2億元增長31%。\n"
            "問：未來幾年增長會否放緩？\n"
            "答：研究院預計2027年將達到41億元左右，2024至2027年年均複合增長率約31%。\n"
            "問：送評一張卡要多少錢？\n"
            "答：標準服務每張約60元人民幣，旺季要等三至四星期。\n"
            "問：市場有多少人參與？\n"
            "答：去年送評卡片約480萬張，整體卡牌行業規模約260億元；受訪藏家中有45%願意為AI鑑定多付費用。"
        ),
        obs=[
            ("Total", 2023, 14.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2027, 41, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.2) ** (1 / 1) - 1 = 30.99% -> 31
            # (41 / 18.6) ** (1 / 3) - 1 = 30.14% -> 30, not 31; bounds (40.5 / 18.65) ** (1/3) - 1 = 29.50%,
            # (41.5 / 18.55) ** (1/3) - 1 = 30.79% -> 31 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Taiwan 經濟部-style release (Traditional) in 新臺幣億元 with 成長率: the AI smart toy and educational robot
    #     market in 2023 and 2024, a 2027 forecast, and a 複合成長率 over a printed span reached by no reading.
    #     Expected nowhere: the date, the 5年, the 新臺幣285億元 toy exports, the 320家 firms, the 新臺幣500萬元 subsidy,
    #     the first-quarter 12% export growth, the 8.6萬人次 visitors.
    dict(
        text=(
            "經濟部消費品產業推動辦公室今（12）日發布新聞稿指出，2024年臺灣AI智慧玩具與教育機器人市場規模達新臺幣"
            "42.8億元，較2023年的36.1億元成長18.6%，成長率創近5年新高；預估2027年可達68.5億元，2024至2027年複合"
            "成長率為18.9%。同期臺灣玩具出口值約新臺幣285億元，投入AI玩具開發的業者約320家。經濟部表示，研發補助"
            "每案最高新臺幣500萬元；今年第一季玩具出口年增12%，台北國際玩具展參觀人次達8.6萬。"
        ),
        obs=[
            ("Total", 2023, 36.1, "TWD 100 million", "actual"),
            ("Total", 2024, 42.8, "TWD 100 million", "actual"),
            ("Total", 2027, 68.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("cagr", 18.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.8 / 36.1) ** (1 / 1) - 1 = 18.56% -> 18.6
            # (68.5 / 42.8) ** (1 / 3) - 1 = 16.97% -> 17.0, not 18.9; bounds (68.45 / 42.85) ** (1/3) - 1 = 16.90%,
            # (68.55 / 42.75) ** (1/3) - 1 = 17.05% -> 18.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong financial column in Cantonese-flavoured Traditional ("咁", "嘅", "喺") in 億港元: the Hong Kong market
    #     for AI collectibles authentication and card grading in 2023 and 2024 with a YoY rate, a 2028 forecast and a
    #     CAGR over a printed span. Expected nowhere: the column's date, the HK$280 fee, the 150間 shops, the HK$48
    #     price target, the listed firm's 上季 3.2億港元 profit, the Hang Seng level.
    dict(
        text=(
            "【投資者札記】2025年5月20日\n"
            "講到炒卡，好多人以為只係後生仔玩意，其實背後嘅生意愈嚟愈大。香港AI收藏品鑑定同卡牌評級市場喺2024年規模"
            "約12.4億港元，比2023年嘅9.8億港元升咗26.5%。業界估計2028年有望去到25.6億港元，2024至2028年複合年增長率"
            "19.9%。咁樣睇，行業仲有排升。而家送評一張卡收費約HK$280，旺角同觀塘一帶嘅卡舖約有150間。有大行俾某上市"
            "評級商目標價HK$48，佢上季純利3.2億港元。恒指今日收報23,150點。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2028, 25.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.8) ** (1 / 1) - 1 = 26.53% -> 26.5
            ("cagr|implied", "exact"),  # (25.6 / 12.4) ** (1 / 4) - 1 = 19.87% -> 19.9
        ],
    ),
    # 15. Simplified text whose amounts drop 元 after the first ("规模为64.5亿元", then "50.4亿", "规模达23.7亿", "突破100亿",
    #     all read as 亿元): the national market for AI 潮玩 and model-kit design in 2023 and 2024 with 同比增长, a 2026
    #     forecast at its printed figure, and a part (AI手办定制) whose 36.8% share holds only by rounding. Expected
    #     nowhere: the 个百分点 figures, the 1.2万家 stores, the 299元 price, the 1.5亿元 round.
    dict(
        text=(
            "2024年中国AI潮玩与拼装模型设计市场规模为64.5亿元，同比增长28.0%，增速较上年加快4.1个百分点；2023年规模为"
            "50.4亿。其中，AI手办定制规模达23.7亿，占比36.8%。业内预计，2026年市场规模将突破100亿。不过，受原材料涨价"
            "影响，头部企业毛利率同比下降2.3个百分点。目前全国潮玩门店约1.2万家，一款AI定制手办均价约299元；上月一家"
            "AI建模初创企业完成1.5亿元融资。"
        ),
        obs=[
            ("Total", 2023, 50.4, "CNY 100 million", "actual"),
            ("Total", 2024, 64.5, "CNY 100 million", "actual"),
            ("Total", 2026, 100, "CNY 100 million", "estimate"),
            ("AI手办定制", 2024, 23.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.5 / 50.4) ** (1 / 1) - 1 = 27.98% -> 28.0
            # 23.7 / 64.5 = 36.74% -> 36.7, not 36.8; bounds 23.65 / 64.55 = 36.64%, 23.75 / 64.45 = 36.85% -> 36.8
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 16. Table with dotted leaders between labels and values, year columns set apart by wide gaps (2025F a
    #     forecast): Germany's AI smart toys and companion robots by segment with a Total row; 2023 and 2025F add
    #     exactly, 2024 only by rounding. Expected nowhere: the report number and date, the EUR 4.4 billion of toy
    #     sales, the 1,850 retailers, the 640 SKUs.
    dict(
        text=(
            "Germany: AI smart toys and companion robots by segment (EUR million)\n"
            "                                2023        2024       2025F\n"
            "Hardware ..................    412.6       488.3       571.0\n"
            "Software and apps .........     96.4       121.7       150.2\n"
            "Subscriptions .............     38.1        52.9        70.4\n"
            "Total .....................    547.1       663.0       791.6\n"
            "Source: Rheinblick Marktforschung GmbH, Marktbericht 07/2025, published 3 March 2025. Excludes the EUR "
            "4.4 billion of total German toy sales; the retail panel covers 1,850 specialist toy retailers and 640 "
            "SKUs."
        ),
        obs=[
            ("Hardware", 2023, 412.6, "EUR million", "actual"),
            ("Hardware", 2024, 488.3, "EUR million", "actual"),
            ("Hardware", 2025, 571.0, "EUR million", "estimate"),
            ("Software and apps", 2023, 96.4, "EUR million", "actual"),
            ("Software and apps", 2024, 121.7, "EUR million", "actual"),
            ("Software and apps", 2025, 150.2, "EUR million", "estimate"),
            ("Subscriptions", 2023, 38.1, "EUR million", "actual"),
            ("Subscriptions", 2024, 52.9, "EUR million", "actual"),
            ("Subscriptions", 2025, 70.4, "EUR million", "estimate"),
            ("Total", 2023, 547.1, "EUR million", "actual"),
            ("Total", 2024, 663.0, "EUR million", "actual"),
            ("Total", 2025, 791.6, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 96.4 + 38.1 = 547.1
            # 2024: 488.3 + 121.7 + 52.9 = 662.9, not 663.0; parts at most 663.05 and the total at least 662.95 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 571.0 + 150.2 + 70.4 = 791.6
        ],
    ),
    # 17. Markdown table whose first header cell carries the unit ("US$ m") and the years follow: North American AI
    #     trading-card grading and collectibles by segment with a Total row and a CAGR 2024-30 column (2025 the
    #     source's year and 2030, estimates); the authentication row's 24.9% is reached by no reading; rows add to the
    #     Total each year. Expected nowhere: the note's date, the 18 million cards, the US$25 million licensing fee,
    #     the US$64 price target.
    dict(
        text=(
            "North America: AI in trading-card grading and collectibles\n"
            "| US$ m | 2024 | 2025 | 2030 | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| AI card grading | 612.4 | 735.0 | 1,485.0 | 15.9% |\n"
            "| AI authentication and pricing of collectibles | 148.7 | 186.9 | 512.3 | 24.9% |\n"
            "| Total | 761.1 | 921.9 | 1,997.3 | 17.4% |\n"
            "Source: Granite Bay Securities, sector note of 14 May 2025; 2025 and 2030 are forecasts. About 18 million "
            "cards were graded in the region last year, a leading card maker pays a US$25 million annual licensing fee "
            "to a sports league, and our price target for Slabline Corp. is US$64."
        ),
        obs=[
            ("AI card grading", 2024, 612.4, "USD million", "actual"),
            ("AI card grading", 2025, 735.0, "USD million", "estimate"),
            ("AI card grading", 2030, 1485.0, "USD million", "estimate"),
            ("AI authentication and pricing of collectibles", 2024, 148.7, "USD million", "actual"),
            ("AI authentication and pricing of collectibles", 2025, 186.9, "USD million", "estimate"),
            ("AI authentication and pricing of collectibles", 2030, 512.3, "USD million", "estimate"),
            ("Total", 2024, 761.1, "USD million", "actual"),
            ("Total", 2025, 921.9, "USD million", "estimate"),
            ("Total", 2030, 1997.3, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,485.0 / 612.4) ** (1 / 6) - 1 = 15.91% -> 15.9
            # (512.3 / 148.7) ** (1 / 6) - 1 = 22.90% -> 22.9, not 24.9; bounds (512.25 / 148.75) ** (1/6) - 1 =
            # 22.89%, (512.35 / 148.65) ** (1/6) - 1 = 22.90% -> 24.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1,997.3 / 761.1) ** (1 / 6) - 1 = 17.44% -> 17.4
            ("hierarchy", "exact"),  # 2024: 612.4 + 148.7 = 761.1
            ("hierarchy", "exact"),  # 2025: 735.0 + 186.9 = 921.9
            ("hierarchy", "exact"),  # 2030: 1,485.0 + 512.3 = 1,997.3
        ],
    ),
    # 18. Semicolon-separated CSV with decimal commas (a Danish spreadsheet export): the global market for AI
    #     personalisation of construction toys and model kits by segment, 2024 and a 2030 projection, with a CAGR
    #     column and a Total row; 2024 adds only by rounding, 2030 exactly. Expected nowhere: the export date, the
    #     EUR 11,6 bn construction-toy market, the 412 respondents, the 9.800 SKUs.
    dict(
        text=(
            "ai_brick_kit_personalisation_global.csv (Nordlys Analyse ApS, Copenhagen; export 18.03.2025; "
            "EUR million; 2030 = projection)\n"
            "Segment;2024;2030;CAGR 2024-2030\n"
            "AI build design;1234,5;2876,0;15,1%\n"
            "AI model-kit customisation;486,2;1299,5;17,8%\n"
            "AI print-on-demand parts;311,8;944,1;20,3%\n"
            "Total;2032,6;5119,6;16,6%\n"
            "Note: based on 412 respondents and 9.800 SKUs tracked; the EUR 11,6 bn global construction-toy market is "
            "not included."
        ),
        obs=[
            ("AI build design", 2024, 1234.5, "EUR million", "actual"),
            ("AI build design", 2030, 2876.0, "EUR million", "estimate"),
            ("AI model-kit customisation", 2024, 486.2, "EUR million", "actual"),
            ("AI model-kit customisation", 2030, 1299.5, "EUR million", "estimate"),
            ("AI print-on-demand parts", 2024, 311.8, "EUR million", "actual"),
            ("AI print-on-demand parts", 2030, 944.1, "EUR million", "estimate"),
            ("Total", 2024, 2032.6, "EUR million", "actual"),
            ("Total", 2030, 5119.6, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 15.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2,876.0 / 1,234.5) ** (1 / 6) - 1 = 15.14% -> 15.1
            ("cagr|implied", "exact"),  # (1,299.5 / 486.2) ** (1 / 6) - 1 = 17.80% -> 17.8
            ("cagr|implied", "exact"),  # (944.1 / 311.8) ** (1 / 6) - 1 = 20.28% -> 20.3
            ("cagr|implied", "exact"),  # (5,119.6 / 2,032.6) ** (1 / 6) - 1 = 16.64% -> 16.6
            # 2024: 1,234.5 + 486.2 + 311.8 = 2,032.5, not 2,032.6; parts at most 2,032.65 and the total at least
            # 2,032.55 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030: 2,876.0 + 1,299.5 + 944.1 = 5,119.6
        ],
    ),
    # 19. Traditional Chinese table under "單位：新台幣億元" with 年度 across the top (2025E a forecast) and a 合計 row:
    #     Taiwan's AI toy and hobby market by segment; 2023 and 2025E add exactly, 2024's 合計 of 41.6 against rows of
    #     40.9 by no reading. Expected nowhere: the table number, the source's date, the 215家 firms, the 新台幣96億元
    #     toy imports.
    dict(
        text=(
            "表3　臺灣AI玩具與嗜好市場規模\n"
            "單位：新台幣億元\n"
            "年度                      2023       2024      2025E\n"
            "智慧玩具                  18.4       22.1       26.5\n"
            "教育機器人                 9.6       12.0       14.7\n"
            "模型與手作AI設計服務       5.3        6.8        8.6\n"
            "合計                      33.3       41.6       49.8\n"
            "資料來源：臺灣玩具暨嗜好產業研究所（2025年4月）；2025年為預估值。調查涵蓋業者215家，"
            "不含玩具進口值約新台幣96億元。"
        ),
        obs=[
            ("智慧玩具", 2023, 18.4, "TWD 100 million", "actual"),
            ("智慧玩具", 2024, 22.1, "TWD 100 million", "actual"),
            ("智慧玩具", 2025, 26.5, "TWD 100 million", "estimate"),
            ("教育機器人", 2023, 9.6, "TWD 100 million", "actual"),
            ("教育機器人", 2024, 12.0, "TWD 100 million", "actual"),
            ("教育機器人", 2025, 14.7, "TWD 100 million", "estimate"),
            ("模型與手作AI設計服務", 2023, 5.3, "TWD 100 million", "actual"),
            ("模型與手作AI設計服務", 2024, 6.8, "TWD 100 million", "actual"),
            ("模型與手作AI設計服務", 2025, 8.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 33.3, "TWD 100 million", "actual"),
            ("合計", 2024, 41.6, "TWD 100 million", "actual"),
            ("合計", 2025, 49.8, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.4 + 9.6 + 5.3 = 33.3
            # 2024: 22.1 + 12.0 + 6.8 = 40.9, not 41.6; parts at most 41.05 and the total at least 41.55 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 26.5 + 14.7 + 8.6 = 49.8
        ],
    ),
    # 20. Tab-separated table with quarter columns ("Q1 2025", "Q2 2025") beside yearly columns: Japan's AI in toys
    #     and hobbies by segment in ¥ billion with a Total row; 2023 and 2024 add exactly, 2025E only by rounding.
    #     Expected nowhere: the quarters, the source's date, the ¥1,120 billion toy market, the 4.1 million units.
    dict(
        text=(
            "Japan: AI in toys and hobbies by segment (¥ billion; quarters are actuals, 2025E a full-year forecast)\n"
            "Segment\t2023\t2024\tQ1 2025\tQ2 2025\t2025E\n"
            "AI companion robots\t24.6\t29.8\t7.9\t8.4\t35.2\n"
            "AI smart toys\t11.3\t14.1\t3.8\t4.1\t17.4\n"
            "AI demand planning for toy and hobby retail\t6.2\t8.0\t2.2\t2.4\t10.1\n"
            "Total\t42.1\t51.9\t13.9\t14.9\t62.8\n"
            "Source: Hoshizora Research, 22 July 2025. Excludes Japan's total toy market of about ¥1,120 billion; "
            "4.1 million AI-enabled units were shipped in 2024."
        ),
        obs=[
            ("AI companion robots", 2023, 24.6, "JPY billion", "actual"),
            ("AI companion robots", 2024, 29.8, "JPY billion", "actual"),
            ("AI companion robots", 2025, 35.2, "JPY billion", "estimate"),
            ("AI smart toys", 2023, 11.3, "JPY billion", "actual"),
            ("AI smart toys", 2024, 14.1, "JPY billion", "actual"),
            ("AI smart toys", 2025, 17.4, "JPY billion", "estimate"),
            ("AI demand planning for toy and hobby retail", 2023, 6.2, "JPY billion", "actual"),
            ("AI demand planning for toy and hobby retail", 2024, 8.0, "JPY billion", "actual"),
            ("AI demand planning for toy and hobby retail", 2025, 10.1, "JPY billion", "estimate"),
            ("Total", 2023, 42.1, "JPY billion", "actual"),
            ("Total", 2024, 51.9, "JPY billion", "actual"),
            ("Total", 2025, 62.8, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 24.6 + 11.3 + 6.2 = 42.1
            ("hierarchy", "exact"),  # 2024: 29.8 + 14.1 + 8.0 = 51.9
            # 2025E: 35.2 + 17.4 + 10.1 = 62.7, not 62.8; parts at most 62.85 and the total at least 62.75 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Reuters-style wire story from Seoul in "bln" and "mln", "said on Tuesday" and an analyst's quote: the global
    #     market for AI-powered smart toys and companion robots in 2024 and a 2030 forecast with a CAGR over a printed
    #     span, and companion robots' 2024 part with its share. Expected nowhere: the dateline, the 14 mln AI-enabled
    #     units shipped, the $108 bln of global toy sales, the 3.2% share-price rise, the 412 bln won quarterly revenue
    #     (won, and a company's own), the $85 mln funding round.
    dict(
        text=(
            "SEOUL, March 11 (Reuters) - The global market for AI-powered smart toys and companion robots will grow "
            "to $4.2 bln by 2030 from $1.46 bln in 2024, a compound annual growth rate of 19.3% over 2024-2030, "
            "Seoul-based research firm Hanbit Play Research said on Tuesday. Companion robots accounted for $538 mln "
            "of the 2024 total, or 36.8%, the firm said, and toymakers shipped about 14 mln AI-enabled units "
            "worldwide that year, against global toy sales of $108 bln.\n"
            "\"Parents are now paying for toys that talk back, but the recurring money is in the content "
            "subscriptions,\" said Park Min-ji, an analyst at Daehan Securities in Seoul.\n"
            "Shares of Gyeongsang Toys rose 3.2% on Tuesday after the company reported quarterly revenue of 412 bln "
            "won. Separately, companion-robot start-up Dobi Labs said it had raised $85 mln in a funding round.\n"
            "(Reporting by Kim Soo-yeon; Editing by Mark Allwood)"
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.2, "USD billion", "estimate"),
            ("Companion robots", 2024, 538, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 1.46) ** (1 / 6) - 1 = 19.26% -> 19.3
            ("arithmetic", "exact"),  # 538 / 1,460 = 36.85% -> 36.8
        ],
    ),
    # 22. Japanese institute's white paper chapter with a sidebar headed "Box 2.1", amounts in "billion U.S. dollars":
    #     the global market for AI toy design and personalisation software in 2024 and 2029 with a CAGR over a printed
    #     span that holds only by rounding, and Japan's 2024 part with its share. Expected nowhere: the chapter and
    #     section numbers, Figure 2.3, the 140 hobby-kit firms, the 36 billion U.S. dollars hobby goods market, the
    #     58% of kit makers in the survey.
    dict(
        text=(
            "Chapter 2. Designing the toy: where AI enters the workflow\n"
            "2.1 Market size. Toy companies have begun to buy AI tools that sketch characters, propose colourways and "
            "let buyers personalise figures and model kits before they are printed or moulded. By our estimate the "
            "global market for AI toy design and personalisation software reached 0.84 billion U.S. dollars in 2024 "
            "and will grow to 2.11 billion U.S. dollars in 2029, a compound annual growth rate of 20.4% over "
            "2024-2029. Figure 2.3 shows the split by licence type.\n"
            "Box 2.1 Japan's model-kit makers\n"
            "Japan accounted for 0.19 billion U.S. dollars of the 2024 global total, or 23%, led by plastic model "
            "kit makers that let customers customise parts online. The country is home to about 140 hobby-kit firms "
            "and its hobby goods market is worth roughly 36 billion U.S. dollars. In our survey, 58% of Japanese kit "
            "makers said they had piloted an AI design tool.\n"
            "Source: Sakuragi Institute for Play Industries, White Paper on Play and Technology."
        ),
        obs=[
            ("Total", 2024, 0.84, "USD billion", "actual"),
            ("Total", 2029, 2.11, "USD billion", "estimate"),
            ("Japan", 2024, 0.19, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2.11 / 0.84) ** (1 / 5) - 1 = 20.23% -> 20.2, not 20.4; bounds (2.105 / 0.845) ** (1/5) - 1 = 20.03%,
            # (2.115 / 0.835) ** (1/5) - 1 = 20.43% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.19 / 0.84 = 22.62% -> 23
        ],
    ),
    # 23. Irish research firm's release from Galway in "€m" and "€bn" with "c." for circa: the European market for AI
    #     demand planning sold to toy makers and hobby retailers, c.€450m in 2024 (at its printed figure) against
    #     €372m in 2023 with a year-on-year rate no reading reaches, and €1.2bn in 2030 (in the series' unit: 1200).
    #     Expected nowhere: the dateline, the €19.6bn of European toy and game retail sales, the 64 staff, the €6m
    #     funding round, the firm's own 31% first-quarter revenue rise.
    dict(
        text=(
            "Galway, 3 June 2025 - Clonmore Analytics today published its first estimate of the European market for "
            "AI demand planning and inventory forecasting software sold to toy makers and hobby retailers. The firm "
            "puts the market at c.€450m in 2024, up 24% on €372m in 2023, and forecasts that it will reach €1.2bn "
            "by 2030 as retailers plan Christmas ranges with machine-learning forecasts. Europe's toy and game retail "
            "sales came to about €19.6bn last year.\n"
            "About Clonmore Analytics: the firm employs 64 people in Galway and Cork. It closed a €6m funding round "
            "in April, and its own revenue rose 31% in the first quarter."
        ),
        obs=[
            ("Total", 2023, 372, "EUR million", "actual"),
            ("Total", 2024, 450, "EUR million", "actual"),
            ("Total", 2030, 1200, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (450 / 372) ** (1 / 1) - 1 = 20.97% -> 21, not 24; bounds 449.5 / 372.5 - 1 = 20.67%,
            # 450.5 / 371.5 - 1 = 21.27% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Crafting newsletter with "~" and "approx." before amounts and a 2027 range with "to": the North American
    #     market for AI craft-pattern and knitting design tools, ~$2.1B in 2024 against ~$1.8B in 2023 (both at their
    #     printed figures) with a year-on-year rate that holds only by rounding, knitting and crochet pattern
    #     generators' approx. $640M part with its share, and two value claims for 2027. Expected nowhere: the post
    #     date, the 410,000 pattern sellers, the 62% of surveyed crafters, the $12.99 monthly price, the Q4 ~$0.6B.
    dict(
        text=(
            "Stitchline Weekly, 14 May 2025\n"
            "How big is AI in crafting, really? Purl & Loop Analytics puts the North American market for AI "
            "craft-pattern and knitting design tools at ~$2.1B in 2024, up 18% from ~$1.8B in 2023. Knitting and "
            "crochet pattern generators make up approx. $640M of the 2024 figure, about 30% of the market. For 2027 "
            "the firm's range is $3.2 billion to $3.6 billion, depending on how fast the big craft chains license "
            "the tools.\n"
            "Some context: the report counts about 410,000 independent pattern sellers, 62% of surveyed crafters say "
            "they have tried an AI pattern tool, and the leading app charges $12.99 a month. Q4 alone brought in "
            "~$0.6B, thanks to holiday gift knitting."
        ),
        obs=[
            ("Total", 2023, 1.8, "USD billion", "actual"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Knitting and crochet pattern generators", 2024, 640, "USD million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 30, "percent", 2024, 2024, None),
            ("value", 3.2, "USD billion", 2027, 2027, None),
            ("value", 3.6, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            # (2.1 / 1.8) ** (1 / 1) - 1 = 16.67% -> 17, not 18; bounds 2.05 / 1.85 - 1 = 10.81%,
            # 2.15 / 1.75 - 1 = 22.86% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 640 / 2,100 = 30.48% -> 30
        ],
    ),
    # 25. Investment bank's initiation note on an invented toy maker with a ticker, a "PT" price target, "EV/EBITDA"
    #     and "bps": the addressable market for AI-powered smart toys and companion robots in US$bn, 2024 and 2029E,
    #     with a CAGR over a printed span, and the US's 2024 part with its share. Expected nowhere: the note's date,
    #     the $48 and $44 price targets and the 22% upside, the 14.5x EV/EBITDA, the 120 bps margin expansion, the
    #     company's US$612m FY24 revenue, the 9% rise in Q1 orders.
    dict(
        text=(
            "Harbourline Capital Markets - Equity Research - 8 April 2025\n"
            "Tamarind Play Holdings (NASDAQ: TMPL): Initiate at Outperform, PT $48 (from $44 in our preview)\n"
            "Toys that talk are becoming a platform. We size the addressable market for AI-powered smart toys and "
            "companion robots at US$3.8bn in 2024 and model US$9.6bn by 2029E, a 20% CAGR over 2024-29E. The US is "
            "the largest country pool at US$1.4bn, or 37% of the 2024 total. TMPL's own FY24 revenue was US$612m and "
            "we expect gross margin to expand by 120 bps next year as app subscriptions scale. Q1 orders rose 9%. Our "
            "PT implies 22% upside and is set at 14.5x FY26E EV/EBITDA."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2029, 9.6, "USD billion", "estimate"),
            ("US", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 5) - 1 = 20.36% -> 20
            ("arithmetic", "exact"),  # 1.4 / 3.8 = 36.84% -> 37
        ],
    ),
    # 26. South African research firm's release with rand amounts ("R12.4 billion", no observation) and the market in
    #     US dollars: AI demand planning and replenishment software bought by South African toy and hobby retailers,
    #     2024 and a 2030 forecast with a CAGR over a printed span that holds only by rounding. Expected nowhere: the
    #     dateline, the R12.4 billion of toy retail sales and the R38 million system (rand), the 1,850 stores, the
    #     6,500 SKUs, the 14% of sales in Black Friday week.
    dict(
        text=(
            "Cape Town, 22 July 2025 - South African toy and hobby retailers spent US$86.4 million on AI demand "
            "planning and replenishment software in 2024, according to a study released today by Karoo Retail "
            "Intelligence. The firm expects the market to reach US$231 million by 2030, a compound annual growth "
            "rate of 17.9% between 2024 and 2030. Local toy retail sales were R12.4 billion last year, and the "
            "country's 1,850 specialist toy and hobby stores carry an average of 6,500 SKUs each. Retailers in the "
            "study said 14% of their annual sales fall in Black Friday week, and one national chain told the "
            "researchers it had spent R38 million on a new planning system."
        ),
        obs=[
            ("Total", 2024, 86.4, "USD million", "actual"),
            ("Total", 2030, 231, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (231 / 86.4) ** (1 / 6) - 1 = 17.81% -> 17.8, not 17.9; bounds (230.5 / 86.45) ** (1/6) - 1 = 17.76%,
            # (231.5 / 86.35) ** (1/6) - 1 = 17.86% -> 17.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Australian Senate committee Hansard excerpt ("Senator ...:", "Mr ...:"): a witness quotes the global market
    #     for AI trading-card grading and collectibles authentication in US dollars, 2024 and 2030, with a CAGR over
    #     a printed span that no reading reaches. Expected nowhere: the hearing date, the page number, the 420,000
    #     cards graded, the $35 fee, the 1,100 people employed, the 10.45 suspension.
    dict(
        text=(
            "ECONOMICS LEGISLATION COMMITTEE\n"
            "Wednesday, 4 June 2025 - Page 14\n"
            "Senator PRENDERGAST: Mr Holloway, your submission mentions machines that grade trading cards. How big "
            "is that business?\n"
            "Mr HOLLOWAY: The research we cite, from Wattle Street Analytics, puts the global market for AI "
            "trading-card grading and collectibles authentication at US$1.38 billion in 2024, rising to US$3.2 "
            "billion in 2030. That is a compound annual growth rate of 17.5 per cent between 2024 and 2030.\n"
            "Senator PRENDERGAST: And in Australia?\n"
            "Mr HOLLOWAY: Australian collectors sent roughly 420,000 cards for grading last year, at fees from about "
            "$35 a card. Our members employ around 1,100 people.\n"
            "CHAIR: Thank you. We will suspend at 10.45."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (3.2 / 1.38) ** (1 / 6) - 1 = 15.05% -> 15.0, not 17.5; bounds (3.15 / 1.385) ** (1/6) - 1 = 14.68%,
            # (3.25 / 1.375) ** (1/6) - 1 = 15.42% -> 17.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. German research house's release that spells its rates out ("grew 18 percent year over year", "a compound
    #     annual rate of 21.3 percent"): Germany's market for AI design and personalisation of toys and model kits
    #     in 2023, 2024 and 2030, and model kits' 2024 part. Expected nowhere: the dateline, the €4.3 billion German
    #     toy market, the 2,300 exhibitors, the €49.90 figure price, the 41% of parents in the survey.
    dict(
        text=(
            "MUNICH, 17 September 2025 - Germany's market for AI design and personalisation of toys and model kits "
            "grew 18 percent year over year to €168 million in 2024, from €142 million in 2023, according to Isar "
            "Spielwaren Research. The firm projects the market will reach €535 million in 2030, a compound annual "
            "rate of 21.3 percent from 2024 to 2030. Model kits accounted for €61 million of the 2024 total. The "
            "German toy market as a whole had sales of about €4.3 billion, and the Nuremberg trade fair drew 2,300 "
            "exhibitors. A personalised figure designed with the leading app sells for €49.90, and 41 percent of "
            "parents surveyed said they would pay extra for a toy designed with their child."
        ),
        obs=[
            ("Total", 2023, 142, "EUR million", "actual"),
            ("Total", 2024, 168, "EUR million", "actual"),
            ("Total", 2030, 535, "EUR million", "estimate"),
            ("Model kits", 2024, 61, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168 / 142) ** (1 / 1) - 1 = 18.31% -> 18
            ("cagr|implied", "exact"),  # (535 / 168) ** (1 / 6) - 1 = 21.29% -> 21.3
        ],
    ),
    # 29. 澎湃新闻-style item (Simplified) with "据…测算" and 亿元: China's AI smart toy market in 2024 and a 2027
    #     forecast with a CAGR over a printed span, and AI陪伴机器人's 2024 part (约97亿元, at its printed figure) whose
    #     share holds only by rounding. Expected nowhere: the byline, "增长近三成" (a rate in words), the 1050亿元 of toy
    #     retail sales, the 2100万台 shipped, the 4800家 firms, the 2亿元 funding round.
    dict(
        text=(
            "澎湃新闻记者 陈思远\n"
            "AI玩具正在从“会说话”走向“会陪伴”。据海川产业研究院测算，2024年我国AI智能玩具市场规模达到286.4亿元，"
            "增长近三成。其中，AI陪伴机器人规模约97亿元，占比33.7%。该研究院预计，到2027年市场规模将达到612亿元，"
            "2024—2027年年均复合增长率为28.8%。不过，与整个玩具行业相比，AI玩具仍是小众：2024年全国玩具零售总额"
            "约1050亿元，AI智能玩具全年出货量约2100万台，相关企业超过4800家。今年5月，深圳一家AI玩具初创企业"
            "完成2亿元A轮融资。"
        ),
        obs=[
            ("Total", 2024, 286.4, "CNY 100 million", "actual"),
            ("Total", 2027, 612, "CNY 100 million", "estimate"),
            ("AI陪伴机器人", 2024, 97, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 33.7, "percent", 2024, 2024, None),
            ("cagr", 28.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 97 / 286.4 = 33.87% -> 33.9, not 33.7; bounds 96.5 / 286.45 = 33.69%, 97.5 / 286.35 = 34.05% -> 33.7
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (612 / 286.4) ** (1 / 3) - 1 = 28.80% -> 28.8
        ],
    ),
    # 30. Chinese earnings-call transcript ("管理层：", "分析师："): management sizes China's market for AI 潮玩 design
    #     and personalisation (the Total) at 约58亿元 in 2024 (at its printed figure) and 146亿元 in 2028 with a CAGR
    #     over a printed span. Expected nowhere: the company's own 12.6亿元 revenue, its 31% growth and 48.2% gross
    #     margin, the fourth quarter's 3.9亿元, the 1200个SKU, the 340家 stores, the 10% share target.
    dict(
        text=(
            "星槎潮玩2024年度业绩电话会议纪要（节选）\n"
            "管理层：2024年公司实现营收12.6亿元，同比增长31%，毛利率48.2%，其中第四季度营收3.9亿元。目前我们在售"
            "约1200个SKU，全国门店340家。\n"
            "分析师：请问管理层如何看待AI潮玩设计与个性化定制这个赛道的空间？\n"
            "管理层：根据我们的测算，中国AI潮玩设计与个性化定制市场2024年约为58亿元，到2028年有望达到146亿元，"
            "2024年至2028年年复合增长率约26%。公司的目标是三年内拿下这个市场10%的份额。\n"
            "分析师：好的，谢谢。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2028, 146, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (146 / 58) ** (1 / 4) - 1 = 25.96% -> 26
        ],
    ),
    # 31. Simplified industry-alliance release with 万亿元 and 千亿元 amounts: China's market for AI-enabled 潮玩 and
    #     smart toys, 312亿元 in 2024 and 1.05千亿元 in 2030 (in the series' unit: 1050), with a CAGR over a printed
    #     span that no reading reaches. Expected nowhere: the 2万亿元 of cultural and entertainment spending, the
    #     "千亿级市场", the 1.2万家 firms, the 69元 blind box, the 72% of young consumers in the survey.
    dict(
        text=(
            "华夏潮玩与文创产业联盟日前发布《AI潮玩产业发展报告》。报告显示，2024年我国AI赋能的潮玩与智能玩具市场"
            "规模为312亿元，预计2030年将达到1.05千亿元，2024年至2030年年均复合增长率为24.6%。报告指出，我国文化"
            "娱乐消费规模已超过2万亿元，AI潮玩有望成长为新的千亿级市场。目前全国从事潮玩设计与销售的企业约1.2万家，"
            "AI盲盒的主流售价为69元一只；联盟调查显示，72%的年轻消费者愿意为AI定制形象支付溢价。"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2030, 1050, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1050 / 312) ** (1 / 6) - 1 = 22.42% -> 22.4, not 24.6; bounds (1045 / 312.5) ** (1/6) - 1 = 22.30%,
            # (1055 / 311.5) ** (1/6) - 1 = 22.54% -> 24.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Hong Kong 招股書 industry overview (Traditional) in 人民幣十億元 with "複合年增長率": China's AI companion
    #     robot market in 2020, 2024 and 2029 (CNY billion), a 2020-2024 CAGR that holds only by rounding and a
    #     2024-2029 CAGR. Expected nowhere: the chart caption's years, the group's 4.1% market share and third place,
    #     its 人民幣612.3百萬元 revenue, the 86家 stores, the 人民幣680,000元 report fee.
    dict(
        text=(
            "行業概覽\n"
            "圖表：中國AI陪伴機器人市場規模（人民幣十億元），2020年至2029年（估計）\n"
            "根據嘉衡諮詢報告，按零售額計，中國AI陪伴機器人市場規模由2020年的人民幣3.2十億元增至2024年的人民幣9.6十億"
            "元，2020年至2024年的複合年增長率為31.9%，預計將於2029年達到人民幣28.4十億元，2024年至2029年的複合年增長"
            "率為24.2%。於2024年，按收益計，本集團於中國AI陪伴機器人市場排名第三，市場份額為4.1%。截至2024年12月31日"
            "止年度，本集團收益為人民幣612.3百萬元，我們在全國擁有86家自營門店。嘉衡諮詢為獨立第三方，我們就編製報告"
            "向其支付費用人民幣680,000元。"
        ),
        obs=[
            ("Total", 2020, 3.2, "CNY billion", "actual"),
            ("Total", 2024, 9.6, "CNY billion", "actual"),
            ("Total", 2029, 28.4, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.9, "percent", 2020, 2024, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (9.6 / 3.2) ** (1 / 4) - 1 = 31.61% -> 31.6, not 31.9; bounds (9.55 / 3.25) ** (1/4) - 1 = 30.93%,
            # (9.65 / 3.15) ** (1/4) - 1 = 32.30% -> 31.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (28.4 / 9.6) ** (1 / 5) - 1 = 24.23% -> 24.2
        ],
    ),
    # 33. 小红书 post with emoji, "家人们" and "姐妹们": China's market for AI knitting and craft-pattern design tools,
    #     12.6亿元 in 2024 against 9.7亿元 in 2023, with a year-on-year rate that holds only by rounding. Expected
    #     nowhere: the 168元 membership, the 89元 yarn kit, the 299元 course, the 67% of craft bloggers, the 2.3万
    #     followers.
    dict(
        text=(
            "🧶姐妹们！AI织毛衣图解真的卷起来了😭\n"
            "家人们谁懂啊，我用AI生成的阿兰花样一次就织成了✨ 刚刷到一份行业报告（棉线研究所出的），说2024年国内AI"
            "编织与手工图样设计工具市场已经有12.6亿元，比2023年的9.7亿元涨了29.6%🔥\n"
            "顺便说下我用的这个App会员一年168元，毛线包89元一份，评论区姐妹问的那个课程卖299元。报告里还说67%的手作"
            "博主都试过AI工具，我粉丝才2.3万，冲冲冲💪\n"
            "#AI编织 #手作日常"
        ),
        obs=[
            ("Total", 2023, 9.7, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.6 / 9.7) ** (1 / 1) - 1 = 29.90% -> 29.9, not 29.6; bounds 12.55 / 9.75 - 1 = 28.72%,
            # 12.65 / 9.65 - 1 = 31.09% -> 29.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Taiwan IEK-style note (Traditional) in 新台幣億元 with "年成長率" and 民國 years (112, 113, 114 -> 2023,
    #     2024, 2025): Taiwan's market for AI demand forecasting and retail planning at toy and model makers, 2023 and
    #     2024 with a year-on-year rate, and a 2025 forecast whose rate no reading reaches. Expected nowhere: the
    #     release date, the 86家 firms, the 新台幣320億元 toy industry output, the 3,200人 employed, the 61% of model
    #     shops in the survey.
    dict(
        text=(
            "【產業評析】AI玩具需求預測與零售規劃解決方案市場展望\n"
            "新竹產業經濟研究所（HIER）　發布日期：民國114年3月20日\n"
            "據本所估算，民國113年台灣玩具及模型業者導入AI需求預測與零售規劃解決方案之市場產值達新台幣14.2億元，"
            "年成長率22.4%，民國112年為新台幣11.6億元。預估民國114年產值可達新台幣17.9億元，年成長率27.8%。目前國內"
            "已導入之業者約86家；台灣玩具產業總產值約新台幣320億元，從業人員約3,200人。本所另調查發現，61%的模型店"
            "計畫於兩年內導入相關工具。"
        ),
        obs=[
            ("Total", 2023, 11.6, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2025, 17.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.6) ** (1 / 1) - 1 = 22.41% -> 22.4
            # (17.9 / 14.2) ** (1 / 1) - 1 = 26.06% -> 26.1, not 27.8; bounds 17.85 / 14.25 - 1 = 25.26%,
            # 17.95 / 14.15 - 1 = 26.86% -> 27.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. District 规划 text (Simplified) with "到2027年" targets: the district's AI smart toy output in 2023 and 2024
    #     with a year-on-year rate, AI陪伴机器人's 2024 part with its share, and the 2027 target ("力争达到200亿元", an
    #     estimate). Expected nowhere: the plan title's years, "年均增长15%以上", the 620亿元 toy industry output, the
    #     412家 firms, the 18万人 employed, the 50家 firms and 200件 patents to be added.
    dict(
        text=(
            "云澜市澄江区智能玩具产业高质量发展行动计划（2025—2027年）\n"
            "一、发展基础。2024年，全区AI智能玩具产值达到126亿元，同比增长21.5%（2023年为103.7亿元），其中AI陪伴"
            "机器人产值48亿元，占比38.1%。全区玩具产业总产值约620亿元，规模以上玩具企业412家，从业人员约18万人。\n"
            "二、发展目标。到2027年，全区AI智能玩具产值力争达到200亿元，年均增长15%以上；培育AI玩具专精特新企业"
            "50家以上，新增发明专利200件。"
        ),
        obs=[
            ("Total", 2023, 103.7, "CNY 100 million", "actual"),
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
            ("AI陪伴机器人", 2024, 48, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 38.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (126 / 103.7) ** (1 / 1) - 1 = 21.50% -> 21.5
            ("arithmetic", "exact"),  # 48 / 126 = 38.10% -> 38.1
        ],
    ),
    # 36. Markdown table (UK, £ million) with segments as rows, 2024 and 2030F columns, a "Share 2024" column and a
    #     total row labelled "All segments": the companion robots' share holds only by rounding (the 100% is no
    #     claim); 2024 adds exactly, 2030F only by rounding. Expected nowhere: the source's date, the £4.1 billion
    #     toy retail market, the 2.6 million units sold, the £57 average price.
    dict(
        text=(
            "UK AI toys and companion robots by segment (£ million), Thistle & Finch Research, February 2025\n"
            "| Segment | 2024 | 2030F | Share 2024 |\n"
            "|---|---|---|---|\n"
            "| AI-powered smart toys | 148.6 | 402.5 | 52.6% |\n"
            "| Companion robots | 92.3 | 288.4 | 32.7% |\n"
            "| AI toy design and personalisation tools | 41.8 | 131.0 | 14.8% |\n"
            "| All segments | 282.7 | 822.0 | 100% |\n"
            "Note: excludes the UK's £4.1 billion toy retail market; 2.6 million AI toy units were sold in 2024 at an "
            "average price of £57."
        ),
        obs=[
            ("AI-powered smart toys", 2024, 148.6, "GBP million", "actual"),
            ("AI-powered smart toys", 2030, 402.5, "GBP million", "estimate"),
            ("Companion robots", 2024, 92.3, "GBP million", "actual"),
            ("Companion robots", 2030, 288.4, "GBP million", "estimate"),
            ("AI toy design and personalisation tools", 2024, 41.8, "GBP million", "actual"),
            ("AI toy design and personalisation tools", 2030, 131.0, "GBP million", "estimate"),
            ("All segments", 2024, 282.7, "GBP million", "actual"),
            ("All segments", 2030, 822.0, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 52.6, "percent", 2024, 2024, None),
            ("share", 32.7, "percent", 2024, 2024, None),
            ("share", 14.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148.6 / 282.7 = 52.56% -> 52.6
            # 92.3 / 282.7 = 32.649% -> 32.6, not 32.7; bounds 92.25 / 282.75 = 32.63%, 92.35 / 282.65 = 32.67% ->
            # 32.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41.8 / 282.7 = 14.79% -> 14.8
            ("hierarchy", "exact"),  # 2024: 148.6 + 92.3 + 41.8 = 282.7
            # 2030F: 402.5 + 288.4 + 131.0 = 821.9, not 822.0; parts at most 822.05 and the total at least 821.95 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Hong Kong fixed-width table (Traditional, 百萬港元) with years across and, per segment, a value row and a
    #     "YoY" row under it (2025E a forecast): AI智能玩具's 2025E rate is reached by no reading, AI球員卡評級服務's 2024
    #     rate only by rounding. Expected nowhere: the source's date, the 52億港元 toy retail sales, the 18萬張 cards,
    #     the 150港元 fee, the first quarter's 62.5百萬港元.
    dict(
        text=(
            "香港AI玩具及收藏品服務市場（百萬港元）　維港零售研究，2025年5月\n"
            "項目                 2022      2023      2024     2025E\n"
            "AI智能玩具          186.4     221.5     268.9     318.0\n"
            "  YoY                   –     18.8%     21.4%     19.3%\n"
            "AI球員卡評級服務     42.3      51.6      63.8      79.5\n"
            "  YoY                   –     22.0%     23.8%     24.6%\n"
            "註：不包括香港玩具零售總額約52億港元；2024年送評卡片約18萬張，每張收費約150港元；今年第一季市場規模為"
            "62.5百萬港元。"
        ),
        obs=[
            ("AI智能玩具", 2022, 186.4, "HKD million", "actual"),
            ("AI智能玩具", 2023, 221.5, "HKD million", "actual"),
            ("AI智能玩具", 2024, 268.9, "HKD million", "actual"),
            ("AI智能玩具", 2025, 318.0, "HKD million", "estimate"),
            ("AI球員卡評級服務", 2022, 42.3, "HKD million", "actual"),
            ("AI球員卡評級服務", 2023, 51.6, "HKD million", "actual"),
            ("AI球員卡評級服務", 2024, 63.8, "HKD million", "actual"),
            ("AI球員卡評級服務", 2025, 79.5, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 19.3, "percent", 2024, 2025, 1.0),
            ("growth", 22.0, "percent", 2022, 2023, 1.0),
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 221.5 / 186.4 - 1 = 18.83% -> 18.8
            ("cagr|implied", "exact"),  # 268.9 / 221.5 - 1 = 21.40% -> 21.4
            # 318.0 / 268.9 - 1 = 18.26% -> 18.3, not 19.3; bounds 317.95 / 268.95 - 1 = 18.22%,
            # 318.05 / 268.85 - 1 = 18.30% -> 19.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 51.6 / 42.3 - 1 = 21.99% -> 22.0
            # 63.8 / 51.6 - 1 = 23.64% -> 23.6, not 23.8; bounds 63.75 / 51.65 - 1 = 23.43%,
            # 63.85 / 51.55 - 1 = 23.86% -> 23.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 79.5 / 63.8 - 1 = 24.61% -> 24.6
        ],
    ),
    # 38. Pipe table with the unit in every year header ("2024 (US$ m)") and a CAGR column over a printed span: AI
    #     trading-card grading and collectibles authentication in North America by country, with a Total row; each
    #     row's CAGR exact; 2024 adds only by rounding, 2030 exactly. Expected nowhere: the source's date, the 21.4
    #     million cards graded, the US$24 fee, the firm's own US$3.2 m revenue.
    dict(
        text=(
            "AI trading-card grading and collectibles authentication, North America (Maplewood Hobby Analytics, "
            "Toronto, 10 March 2025)\n"
            "| Country | 2024 (US$ m) | 2030 (US$ m) | CAGR 2024-30 |\n"
            "| US | 412.6 | 1,186.0 | 19.2% |\n"
            "| Canada | 38.4 | 121.7 | 21.2% |\n"
            "| Total | 451.1 | 1,307.7 | 19.4% |\n"
            "Notes: 2030 figures are forecasts. Cards graded in 2024: 21.4 million; average grading fee US$24. "
            "Maplewood's own revenue: US$3.2 m."
        ),
        obs=[
            ("US", 2024, 412.6, "USD million", "actual"),
            ("US", 2030, 1186.0, "USD million", "estimate"),
            ("Canada", 2024, 38.4, "USD million", "actual"),
            ("Canada", 2030, 121.7, "USD million", "estimate"),
            ("Total", 2024, 451.1, "USD million", "actual"),
            ("Total", 2030, 1307.7, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,186.0 / 412.6) ** (1 / 6) - 1 = 19.24% -> 19.2
            ("cagr|implied", "exact"),  # (121.7 / 38.4) ** (1 / 6) - 1 = 21.20% -> 21.2
            ("cagr|implied", "exact"),  # (1,307.7 / 451.1) ** (1 / 6) - 1 = 19.41% -> 19.4
            # 2024: 412.6 + 38.4 = 451.0, not 451.1; parts at most 451.1 and the total at least 451.05 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030: 1,186.0 + 121.7 = 1,307.7
        ],
    ),
    # 39. Tab-separated Chinese table (亿元) with 2024年 and 2030年E columns and a 复合增长率 column whose span only the
    #     amounts' years give (inferred): three segments and a 合计 row; every CAGR exact; 2024年 adds exactly, 2030年E
    #     only by rounding. Expected nowhere: the table number, the source's date, the 1050亿元 toy retail sales, the
    #     2100万台 shipped.
    dict(
        text=(
            "表3 中国AI玩具细分市场规模（亿元）\n"
            "细分领域\t2024年\t2030年E\t复合增长率\n"
            "AI智能玩具\t186.5\t642.0\t22.9%\n"
            "AI陪伴机器人\t72.4\t268.3\t24.4%\n"
            "AI手工与拼装模型设计工具\t31.6\t95.2\t20.2%\n"
            "合计\t290.5\t1005.6\t23.0%\n"
            "资料来源：青禾咨询，2025年4月。注：2024年全国玩具零售总额约1050亿元，AI玩具出货量约2100万台，均未计入。"
        ),
        obs=[
            ("AI智能玩具", 2024, 186.5, "CNY 100 million", "actual"),
            ("AI智能玩具", 2030, 642.0, "CNY 100 million", "estimate"),
            ("AI陪伴机器人", 2024, 72.4, "CNY 100 million", "actual"),
            ("AI陪伴机器人", 2030, 268.3, "CNY 100 million", "estimate"),
            ("AI手工与拼装模型设计工具", 2024, 31.6, "CNY 100 million", "actual"),
            ("AI手工与拼装模型设计工具", 2030, 95.2, "CNY 100 million", "estimate"),
            ("合计", 2024, 290.5, "CNY 100 million", "actual"),
            ("合计", 2030, 1005.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.9, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 24.4, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 23.0, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (642.0 / 186.5) ** (1 / 6) - 1 = 22.88% -> 22.9
            ("cagr|period", "exact"),  # (268.3 / 72.4) ** (1 / 6) - 1 = 24.40% -> 24.4
            ("cagr|period", "exact"),  # (95.2 / 31.6) ** (1 / 6) - 1 = 20.18% -> 20.2
            ("cagr|period", "exact"),  # (1005.6 / 290.5) ** (1 / 6) - 1 = 22.99% -> 23.0
            ("hierarchy", "exact"),  # 2024年: 186.5 + 72.4 + 31.6 = 290.5
            # 2030年E: 642.0 + 268.3 + 95.2 = 1005.5, not 1005.6; parts at most 1005.65 and the total at least 1005.55
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. Table drawn with box-drawing characters ("│", "─", "┼") whose cells are also set apart by three or more
    #     spaces (Traditional, 新台幣億元): Taiwan's AI card grading, collectibles valuation and model-kit design
    #     segments with a 合計 row for 2023, 2024 and 2025F; 2023 and 2024 add exactly, 2025F by no reading.
    #     Expected nowhere: the source's date, the 36萬張 cards graded, the 27家 firms.
    dict(
        text=(
            "台灣AI卡牌鑑定與收藏品平台市場（新台幣億元）\n"
            "項目                  │   2023   │   2024   │   2025F\n"
            "──────────────────────┼──────────┼──────────┼──────────\n"
            "AI卡牌鑑定服務        │   3.42   │   4.18   │   5.06\n"
            "AI收藏品估價平台      │   2.15   │   2.71   │   3.38\n"
            "AI模型套件客製設計    │   1.06   │   1.37   │   1.75\n"
            "合計                  │   6.63   │   8.26   │   10.29\n"
            "資料來源：北辰產業顧問，2025年2月；2024年鑑定卡片約36萬張、業者27家，均未計入。"
        ),
        obs=[
            ("AI卡牌鑑定服務", 2023, 3.42, "TWD 100 million", "actual"),
            ("AI卡牌鑑定服務", 2024, 4.18, "TWD 100 million", "actual"),
            ("AI卡牌鑑定服務", 2025, 5.06, "TWD 100 million", "estimate"),
            ("AI收藏品估價平台", 2023, 2.15, "TWD 100 million", "actual"),
            ("AI收藏品估價平台", 2024, 2.71, "TWD 100 million", "actual"),
            ("AI收藏品估價平台", 2025, 3.38, "TWD 100 million", "estimate"),
            ("AI模型套件客製設計", 2023, 1.06, "TWD 100 million", "actual"),
            ("AI模型套件客製設計", 2024, 1.37, "TWD 100 million", "actual"),
            ("AI模型套件客製設計", 2025, 1.75, "TWD 100 million", "estimate"),
            ("合計", 2023, 6.63, "TWD 100 million", "actual"),
            ("合計", 2024, 8.26, "TWD 100 million", "actual"),
            ("合計", 2025, 10.29, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.42 + 2.15 + 1.06 = 6.63
            ("hierarchy", "exact"),  # 2024: 4.18 + 2.71 + 1.37 = 8.26
            # 2025F: 5.06 + 3.38 + 1.75 = 10.19, not 10.29; parts at most 10.205 and the total at least 10.285 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 13, 'rounding': 20, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '[00:12:31]',
    'two billion dollars ($2.0 billion)',
    '2023–24',
    'FY24',
    'milliard de dollars américains',
    'from $1.1 billion last year',
    'Q: How big',
    'KRW 1.2 trillion',
    '(2024: $0.86bn; 2030E: $2.3bn; CAGR 17.8%)',
    '亿元人民币',
    '（约合人民币86亿元）',
    '占全球比重',
    '問：',
    '新臺幣',
    '喺',
    '个百分点',
    'Hardware ..........',
    '| US$ m | 2024 | 2025 | 2030 |',
    'Segment;2024;2030',
    '單位：新台幣億元',
    '\tQ1 2025\t',
    ' bln ',
    ' mln ',
    'said on Tuesday',
    'Box 2.1',
    'billion U.S. dollars',
    'c.€450m',
    '€1.2bn',
    '~$2.1B',
    'approx. $640M',
    '$3.2 billion to $3.6 billion',
    '(NASDAQ: TMPL)',
    'PT $48',
    'EV/EBITDA',
    '120 bps',
    'US$3.8bn',
    'R12.4 billion',
    'Senator PRENDERGAST:',
    'Mr HOLLOWAY:',
    'a compound annual rate of 21.3 percent',
    'grew 18 percent year over year',
    '据海川产业研究院测算',
    '增长近三成',
    '管理层：',
    '分析师：',
    '万亿元',
    '1.05千亿元',
    '千亿级市场',
    '人民幣十億元',
    '複合年增長率',
    '家人们',
    '姐妹们',
    '新台幣14.2億元',
    '民國113年',
    '年成長率',
    '到2027年',
    '力争达到200亿元',
    '年均增长15%以上',
    '| All segments |',
    'Share 2024',
    '  YoY',
    '2024 (US$ m)',
    '\t2030年E\t',
    '复合增长率',
    '│',
    '┼',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 160
#: figures, 60 rates, 85 verdicts and 4 false inconsistent
FLOORS = {"figures_found": 190, "rates_found": 60, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset272.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
