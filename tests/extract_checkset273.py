"""A two-hundred-and-seventy-third check set for the extractor, written blind: AI in toys, hobbies and crafts: AI-
powered smart toys and companion robots, AI design and personalisation of toys and model kits, AI demand planning for
toy makers and hobby retailers, AI craft-pattern and knitting design tools, AI in trading-card grading and collectibles;
sized in money by research houses, toy and hobby associations, trade ministries, makers' investor days and brokers, in
the US, Canada, the UK, Germany, France, Denmark, Australia, South Africa, South Korea, Japan, mainland China, Taiwan
and Hong Kong. Distractors: total toy or hobby sales beside the AI part, units shipped, counts of stores, SKUs and
workers, a toy's price, a company's own revenue, orders or margin, a funding round, a quarter's figures, survey
percentages, a licensing fee.

Snippets 1-20: Twenty snippets on AI in toys, hobbies and crafts: eight English prose texts (a podcast transcript with
one figure in words, a release giving amounts in words and digits, an Australian agency's report with A$ asides and
financial years, a Canadian release with C$ asides and a French line, a news story naming the forecast before its base,
a FAQ page, a Korean maker's release with won asides, an analyst blog chaining figures in brackets), seven Chinese prose
texts (a Xinhua-style wire in 亿元人民币, a text in 亿美元 with a 人民币 equivalent, an association report with a share of the
world market, a Taiwan question-and-answer piece, a Taiwan ministry release in 新臺幣, a Cantonese Hong Kong column in 億港元,
a text dropping 元 after its first amount) and five tables (dotted leaders with spaced year columns, a Markdown table
with the unit in its first header cell, a semicolon CSV with decimal commas, a Traditional table with a 合計 row, a tab-
separated table with quarter columns). Left out: A$, C$, won and 人民币 equivalents, total toy and hobby sales, units,
stores, SKUs and workers, prices and fees, company revenue, orders and funding rounds, quarters, survey percentages,
percentage points, price targets, datelines and table numbers. Inconsistent: 2 (growth), 5 (CAGR), 11 (CAGR), 13 (2025
growth), 17 (2024 total), 19 (2025 total). Only by rounding: 1 (share), 3 (CAGR), 6 (share), 10 (CAGR), 12 (growth), 14
(CAGR), 15 (share), 16 (2025F total), 18 (2030 total).

Snippets 21-40: Twenty snippets on AI in toys, hobbies and crafts: eight English prose texts (a Reuters wire story in
bln with an analyst's quote, a white paper chapter with a Box 2.1 sidebar in billion U.S. dollars, a Dublin release in
€m and €bn with c.€, a newsletter with ~ and approx. and a 2028 range, a broker's note with a ticker, PT, EV/EBITDA and
bps in US$bn, a Johannesburg release with rand beside dollars, a Senate committee Hansard excerpt, a Copenhagen release
spelling its rates out), seven Chinese prose texts (a 澎湃新闻 item with 据…测算 and 增长近三成, an earnings-call transcript with
管理层 and 分析师, a Simplified item with 万亿元 and 千亿元, a Hong Kong 招股書 in 人民幣十億元 with 複合年增長率, a 小红书 post, a Taiwan industry
note in 新台幣億元 with 民國 years, a provincial 行动方案 with 到2027年 targets) and five tables (Markdown with a Share 2024 column
and an All segments row, Japanese with YoY rows under each segment, a Taiwan pipe table with the unit in every year
header, tab-separated Chinese with a 复合增长率 column, a Hong Kong box-drawn table). Left out: total toy and hobby sales,
rand, Australian dollar and won amounts, units shipped, stores, SKUs, staff, prices, grading and licensing fees, company
revenue, margins and orders, funding rounds, quarters, survey percentages, a price target, rates in words. Inconsistent:
22, 25, 28, 34, 36, 38, 40. Only by rounding: 21, 23, 24, 27, 32, 33, 36, 37, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Podcast transcript with timestamps and speaker names: the global 2024 market spoken in words ("about four
    #    point two billion dollars", expected at its printed 4.2), a 2030 forecast with a CAGR over a printed span,
    #    companion robots' part whose 33% share holds only by rounding. Expected nowhere: the episode number, the
    #    timestamps, the $108 billion toy industry, the 19 million AI toys shipped, the $249 robot price, Brightbolt's
    #    $86 million revenue, the 2,000 parents and their 41%.
    dict(
        text=(
            "The Toy Aisle Economics Podcast - Episode 112: When the teddy bear talks back\n"
            "[00:12:31] DANA REYES: Let's size it. Lindqvist & Amar Research puts the global market for AI-powered "
            "smart toys and companion robots at about four point two billion dollars in 2024.\n"
            "[00:12:49] THEO MARCHETTI: And they have it at $11.7 billion by 2030, a compound annual growth rate of "
            "18.6% over 2024-2030. Companion robots alone were $1.36 billion in 2024, or 33% of the market.\n"
            "[00:13:20] DANA REYES: Against a global toy industry of roughly $108 billion, that's still small.\n"
            "[00:13:34] THEO MARCHETTI: Sure. Makers shipped about 19 million AI toys last year, the typical robot "
            "sells for $249, and we at Brightbolt booked $86 million in revenue. In our poll of 2,000 parents, 41% "
            "said they worry about voice data.\n"
            "[00:14:02] DANA REYES: Stick around, more after the break."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 11.7, "USD billion", "estimate"),
            ("Companion robots", 2024, 1.36, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.7 / 4.2) ** (1 / 6) - 1 = 18.62% -> 18.6
            # 1.36 / 4.2 = 32.38% -> 32, not 33; bounds 1.355 / 4.25 = 31.88%, 1.365 / 4.15 = 32.89% -> 33 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 2. Chicago research firm's press release giving each amount in words and digits together ("eight hundred sixty
    #    million dollars ($860 million)", expected once): 2024 against the 2023 base with a year-on-year rate that
    #    no reading reaches, and a 2029 forecast of $2.0 billion (in the series' unit: 2000). Expected nowhere: the
    #    release date, the $45 million Series B, the 12,000 SKUs and 38 brands, the 1,500 parents and their 64%, the
    #    founding year, the 210 staff.
    dict(
        text=(
            "FOR IMMEDIATE RELEASE\n"
            "CHICAGO, April 22, 2025 - Pinecrest Play Analytics today said the North American market for AI design "
            "and personalisation of toys and model kits reached eight hundred sixty million dollars ($860 million) "
            "in 2024, up 27.5% from six hundred ninety million dollars ($690 million) in 2023. The firm expects the "
            "market to reach two billion dollars ($2.0 billion) in 2029 as retailers let shoppers design their own "
            "figures, vehicles and dolls online.\n"
            "Pinecrest also announced a $45 million Series B round led by Harbor Grove Ventures. Its platform now "
            "personalises more than 12,000 SKUs for 38 toy brands, and a survey of 1,500 parents found that 64% "
            "would pay extra for a toy bearing their child's name. Founded in 2016, Pinecrest employs 210 people."
        ),
        obs=[
            ("Total", 2023, 690, "USD million", "actual"),
            ("Total", 2024, 860, "USD million", "actual"),
            ("Total", 2029, 2000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (860 / 690) ** (1 / 1) - 1 = 24.64% -> 24.6, not 27.5; bounds 859.5 / 690.5 - 1 = 24.47%,
            # 860.5 / 689.5 - 1 = 24.80% -> 27.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. Australian trade agency's market insight on the global market in US$, with A$ amounts as asides (no
    #    observation) and financial years "2023–24" (2024) and "FY30" (2030); a CAGR over FY24–FY30 that holds only
    #    by rounding. Expected nowhere: the series number, the A$1.79 billion and A$4.47 billion asides, the A$4.3
    #    billion Australian toy and hobby retail sales, the 2,300 stores, the A$38,000 licence.
    dict(
        text=(
            "Australian Trade and Play Industries Office - Market Insight Series No. 14\n"
            "Global demand planning with AI: opportunities for Australian toy and hobby suppliers\n"
            "In 2023–24 the global market for AI demand-planning software used by toy makers and hobby retailers was "
            "worth US$1.18 billion (about A$1.79 billion). Brenton Hale Analytics forecasts US$2.95 billion (A$4.47 "
            "billion) by FY30, a compound annual growth rate of 16.6% over FY24–FY30. Australian toy and hobby retail "
            "sales were A$4.3 billion in 2023–24, made through some 2,300 specialty stores, and a mid-sized "
            "retailer's licence for such software typically costs A$38,000 a year."
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2030, 2.95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.95 / 1.18) ** (1 / 6) - 1 = 16.50% -> 16.5, not 16.6; bounds (2.945 / 1.185) ** (1/6) - 1 = 16.38%,
            # (2.955 / 1.175) ** (1/6) - 1 = 16.61% -> 16.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Canadian council's bilingual release: the global market for AI craft-pattern and knitting design tools in
    #    US$ with C$ asides (no observation), 2024 and a 2030 forecast (US$1.05 billion, in the series' unit: 1050)
    #    with a CAGR over a printed span; the French line repeats the same figures ("1,05 milliard de dollars
    #    américains"), expected once, not twice. Expected nowhere: the dates, the C$563 million and C$1.44 billion
    #    asides, the 1.8 million knitters, the C$12.99 subscription, the C$2.6 billion craft retail sales.
    dict(
        text=(
            "Ottawa, February 11, 2025 - The Canadian Craft and Hobby Innovation Council today released its outlook "
            "for AI craft-pattern and knitting design tools. The global market reached US$412 million in 2024 "
            "(C$563 million) and is forecast to reach US$1.05 billion (C$1.44 billion) by 2030, a compound annual "
            "growth rate of 16.9% over 2024-2030. Canada counts about 1.8 million active knitters and crocheters, "
            "the leading pattern app costs C$12.99 a month, and Canadian craft and hobby retail sales totalled C$2.6 "
            "billion last year.\n"
            "Ottawa, le 11 février 2025 - Le marché mondial des outils d'IA de conception de patrons de tricot et "
            "d'artisanat a atteint 412 millions de dollars américains en 2024 et devrait atteindre 1,05 milliard de "
            "dollars américains d'ici 2030, soit un taux de croissance annuel composé de 16,9 % sur 2024-2030."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 412) ** (1 / 6) - 1 = 16.87% -> 16.9
        ],
    ),
    # 5. New York news story naming the forecast first and the base after it ("expected to hit $9.1 billion by
    #    2030, from $2.4 billion last year", the dateline's 2025 making last year 2024), with a CAGR over a printed
    #    span that no reading reaches. Expected nowhere: the dateline, the 14 million cards graded, the $25 fee, the
    #    $1.2 million card sold at auction, Greyline's $61 million first-quarter revenue, the 58% of collectors.
    dict(
        text=(
            "NEW YORK, June 3, 2025 - Spending on AI grading and authentication of trading cards and collectibles is "
            "expected to hit $9.1 billion by 2030, from $2.4 billion last year, according to a study by Corbel "
            "Street Partners, which puts the compound annual growth rate at 26.5% over 2024-2030. Graders processed "
            "about 14 million cards in 2024, and a standard grade still costs $25 per card. Last month a rookie card "
            "sold for $1.2 million at auction. Greyline Grading, the largest listed grader, reported first-quarter "
            "revenue of $61 million, and 58% of collectors in the study said they trust AI grades as much as human "
            "ones."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 9.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (9.1 / 2.4) ** (1 / 6) - 1 = 24.87% -> 24.9, not 26.5; bounds (9.05 / 2.45) ** (1/6) - 1 = 24.33%,
            # (9.15 / 2.35) ** (1/6) - 1 = 25.43% -> 26.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. UK research house's FAQ page, one figure to most answers: 2024 and 2023, a year-on-year rate, plush
    #    companions' part whose 42% share holds only by rounding. Expected nowhere: the update date, the £3.9 billion
    #    UK toy market, the 1,400 shops, the £129 robot price, the 38% of parents.
    dict(
        text=(
            "Frequently asked questions: AI companion robots for children in the UK\n"
            "Harrowgate Insight, last updated 9 May 2025\n"
            "Q: How big is the UK market for AI companion robots for children?\n"
            "A: Harrowgate Insight sizes it at £148 million in 2024.\n"
            "Q: What was it the year before?\n"
            "A: £121 million in 2023.\n"
            "Q: How fast is it growing?\n"
            "A: Spending rose 22.3% year on year in 2024.\n"
            "Q: Which segment is largest?\n"
            "A: Plush companions with voice assistants, at £63.1 million in 2024 or 42% of the market.\n"
            "Q: How does that compare with toys overall?\n"
            "A: The whole UK toy market was about £3.9 billion last year.\n"
            "Q: How many shops sell them?\n"
            "A: Roughly 1,400 independent toy shops, plus the big chains.\n"
            "Q: What does a robot cost?\n"
            "A: A typical model sells for £129.\n"
            "Q: Do parents want them?\n"
            "A: In our survey 38% of parents said they would consider buying one."
        ),
        obs=[
            ("Total", 2023, 121, "GBP million", "actual"),
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Plush companions with voice assistants", 2024, 63.1, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148 / 121) ** (1 / 1) - 1 = 22.31% -> 22.3
            # 63.1 / 148 = 42.64% -> 43, not 42; bounds 63.05 / 148.5 = 42.46%, 63.15 / 147.5 = 42.81% -> 42 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 7. Korean maker's English release: the global market for AI educational robot toys in USD, 2024 and a 2030
    #    forecast with a CAGR over a printed span; the KRW and won amounts are asides (no observation). Expected
    #    nowhere: the dateline, the KRW 1.2 trillion Korean smart toy market, Hanbit's KRW 486 billion revenue, the
    #    189,000 won price, the 2.1 million robots shipped, the 1,100 staff.
    dict(
        text=(
            "SEOUL, March 18, 2025 - Hanbit Robotoys Co., Ltd., a Korean maker of coding robots and AI companion "
            "toys, today launched its third-generation Dori robot. Citing Gyeongin Market Research, the company said "
            "the global market for AI-powered educational robot toys will grow from USD 3.1 billion in 2024 to USD "
            "7.4 billion in 2030, a compound annual growth rate of 15.6% over 2024-2030. Korea's own smart toy "
            "market is worth about KRW 1.2 trillion, and Hanbit's 2024 revenue rose to KRW 486 billion. The new Dori "
            "will retail for 189,000 won; the company has shipped 2.1 million robots since 2019 and employs 1,100 "
            "people."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.4 / 3.1) ** (1 / 6) - 1 = 15.61% -> 15.6
        ],
    ),
    # 8. Analyst blog chaining figures in brackets: the global market "(2024: $1.2bn; 2030E: $3.4bn; CAGR 19.0%)"
    #    and a part chained the same way; each CAGR's span only the years of its amounts give (inferred).
    #    Expected nowhere: the post date, the $108bn toy sales, Ridgeway's $212m Q2 orders, the $46 price target
    #    and its 18% upside, the 27% of readers.
    dict(
        text=(
            "The Hobby Ledger - notes from a toy and hobby analyst, 14 July 2025\n"
            "AI demand planning has quietly become a real category. My base case for the global market for AI "
            "demand-planning tools sold to toy makers and hobby retailers (2024: $1.2bn; 2030E: $3.4bn; CAGR 19.0%) "
            "rests on Tamsin Rowe Associates' numbers. Within it, AI demand planning for hobby retailers grows "
            "faster (2024: $0.41bn; 2030E: $1.31bn; CAGR 21.4%). For context, global toy sales were about $108bn "
            "last year, and Ridgeway Toys' Q2 orders came in at $212m. I hold a small position in Ridgeway, where my "
            "price target of $46 implies 18% upside. In my reader poll, 27% of you said your shop already uses a "
            "forecasting tool."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
            ("AI demand planning for hobby retailers", 2024, 0.41, "USD billion", "actual"),
            ("AI demand planning for hobby retailers", 2030, 1.31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.4 / 1.2) ** (1 / 6) - 1 = 18.96% -> 19.0
            ("cagr|period", "exact"),  # (1.31 / 0.41) ** (1 / 6) - 1 = 21.36% -> 21.4
        ],
    ),
    # 9. 新华社-style 通稿 (Simplified) in 亿元人民币: 2024 with 同比增长 and the 2023 base, a part (AI陪伴机器人) with its
    #    share. Expected nowhere: the dateline, the 增幅 widening of 4.1个百分点, the 1050亿元 toy retail sales, the
    #    1860万台 shipped, the 1.2万家 firms.
    dict(
        text=(
            "新华社北京1月20日电（记者李思远）记者20日从中国智能玩具产业联盟获悉，2024年我国AI智能玩具市场规模达到"
            "286.4亿元人民币，同比增长23.8%，增幅较上年扩大4.1个百分点；2023年市场规模为231.3亿元人民币。其中，"
            "AI陪伴机器人市场规模为94.6亿元人民币，占比33.0%。联盟数据显示，全国玩具零售总额约1050亿元，AI玩具全年"
            "出货量约1860万台，相关企业超过1.2万家。"
        ),
        obs=[
            ("Total", 2023, 231.3, "CNY 100 million", "actual"),
            ("Total", 2024, 286.4, "CNY 100 million", "actual"),
            ("AI陪伴机器人", 2024, 94.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("share", 33.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286.4 / 231.3) ** (1 / 1) - 1 = 23.82% -> 23.8
            ("arithmetic", "exact"),  # 94.6 / 286.4 = 33.03% -> 33.0
        ],
    ),
    # 10. Simplified research note in 亿美元 with a 人民币 equivalent in brackets ("（约合人民币86亿元）", expected
    #     nowhere): the global 2024 market and a 2030 forecast with a CAGR over a printed span that holds only by
    #     rounding. Expected nowhere: the 86亿元 equivalent, the 1080亿美元 toy market, the 74万台 3D printers, the
    #     model maker's 42.7亿元 revenue and 38.5% margin.
    dict(
        text=(
            "据海川咨询最新发布的报告，全球AI玩具与模型个性化设计市场2024年规模为11.9亿美元（约合人民币86亿元），"
            "预计到2030年将达到33.6亿美元，2024—2030年年均复合增长率为19.0%。报告指出，全球玩具市场规模约1080亿美元，"
            "3D打印手办设备年出货量约74万台；某头部模型企业2024年营业收入为42.7亿元人民币，毛利率为38.5%。"
        ),
        obs=[
            ("Total", 2024, 11.9, "USD 100 million", "actual"),
            ("Total", 2030, 33.6, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (33.6 / 11.9) ** (1 / 6) - 1 = 18.89% -> 18.9, not 19.0; bounds (33.55 / 11.95) ** (1/6) - 1 = 18.77%,
            # (33.65 / 11.85) ** (1/6) - 1 = 18.9993% -> 19.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. 行业协会 年度报告 (Simplified): China's 2024 market 较上年增长 over the 2023 base, its 占全球比重 against the
    #     printed world market (an item of its own), a 2028 forecast with a 年均复合增长率 over a printed span that no
    #     reading reaches. Expected nowhere: the report title's year, the 860家 members, the 3.2万人 workers, the
    #     600亿元 潮玩 retail sales, the 2.7个百分点.
    dict(
        text=(
            "中国潮玩与模型行业协会《2024年度行业发展报告》显示，2024年我国AI潮玩与模型定制设计市场规模为48.6亿元，"
            "较上年增长21.2%（2023年为40.1亿元），占全球比重为31.5%，全球市场规模为154.3亿元。报告预计，到2028年"
            "我国该市场规模将达到112.0亿元，2024—2028年年均复合增长率为24.9%。截至2024年底，协会会员企业达860家，"
            "行业从业人员约3.2万人；全国潮玩零售总额约600亿元，线上渠道占比提高2.7个百分点。"
        ),
        obs=[
            ("Total", 2023, 40.1, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2028, 112.0, "CNY 100 million", "estimate"),
            ("全球市场", 2024, 154.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("share", 31.5, "percent", 2024, 2024, None),
            ("cagr", 24.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 40.1) ** (1 / 1) - 1 = 21.20% -> 21.2
            ("arithmetic", "exact"),  # 48.6 / 154.3 = 31.50% -> 31.5
            # (112.0 / 48.6) ** (1 / 4) - 1 = 23.21% -> 23.2, not 24.9; bounds (111.95 / 48.65) ** (1/4) - 1 =
            # 23.16%, (112.05 / 48.55) ** (1/4) - 1 = 23.26% -> 24.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan question-and-answer interview (Traditional, "問：…" / "答：…") in 新台幣億元: 2024 against the 2023 base
    #     with a growth rate that holds only by rounding, a 2027 forecast ("可望突破15億元", at its printed figure).
    #     Expected nowhere: the 新台幣48億元 trading-card market, the 42萬張 cards, the 新台幣350元 fee, the 1,200
    #     collectors and their 58%.
    dict(
        text=(
            "AI卡牌鑑定爆紅，市場到底有多大？——專訪華衡研究院分析師周明\n"
            "問：臺灣AI卡牌評級與收藏品鑑定市場現在有多大？\n"
            "答：據我們估算，2024年市場規模為新台幣7.86億元，比2023年的6.02億元成長30.4%。\n"
            "問：未來幾年怎麼看？\n"
            "答：預估2027年可望突破15億元。\n"
            "問：這和整個卡牌市場相比呢？\n"
            "答：去年國內集換式卡牌市場整體約新台幣48億元，評級只是很小的一塊。全年送評卡牌約42萬張，單張評級費多在"
            "新台幣350元左右。\n"
            "問：消費者接受度如何？\n"
            "答：我們調查的1,200名收藏者中，58%表示願意接受AI評級結果。"
        ),
        obs=[
            ("Total", 2023, 6.02, "TWD 100 million", "actual"),
            ("Total", 2024, 7.86, "TWD 100 million", "actual"),
            ("Total", 2027, 15, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (7.86 / 6.02) ** (1 / 1) - 1 = 30.56% -> 30.6, not 30.4; bounds 7.855 / 6.025 - 1 = 30.37%,
            # 7.865 / 6.015 - 1 = 30.76% -> 30.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Taiwan 經濟部-style release (Traditional) in 新臺幣億元 with 成長率: 2024 against the 2023 base, a 2025 forecast
    #     (預估) whose 21.9% no reading reaches. Expected nowhere: the release date and the 今（15）日, the 210家 firms,
    #     the 3,400人 workers, the 新臺幣500萬元 grant, the 6.8% growth of toy exports.
    dict(
        text=(
            "經濟部產業發展署新聞稿（發布日期：2025年3月15日）\n"
            "經濟部產業發展署今（15）日表示，國內AI智慧玩具與陪伴機器人市場持續擴大，2024年市場規模達新臺幣42.8億元，"
            "較2023年的35.6億元成長20.2%；預估2025年可達51.3億元，成長率21.9%。目前國內投入相關產品開發的業者約210家，"
            "從業人員逾3,400人，經濟部並提供每案最高新臺幣500萬元的研發補助。另據海關統計，2024年玩具出口值年增6.8%。"
        ),
        obs=[
            ("Total", 2023, 35.6, "TWD 100 million", "actual"),
            ("Total", 2024, 42.8, "TWD 100 million", "actual"),
            ("Total", 2025, 51.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.8 / 35.6) ** (1 / 1) - 1 = 20.22% -> 20.2
            # (51.3 / 42.8) ** (1 / 1) - 1 = 19.86% -> 19.9, not 21.9; bounds 51.25 / 42.85 - 1 = 19.60%,
            # 51.35 / 42.75 - 1 = 20.12% -> 21.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong financial column in Cantonese-flavoured Traditional ("咁", "嘅", "喺") in 億港元: 2024 and a 2029
    #     forecast with a CAGR over a printed span that holds only by rounding. Expected nowhere: the 95億港元 toy
    #     retail sales, the 120間 shops, the 89港元 blind box, the listed maker's 12% half-year growth, the index's
    #     23,450點.
    dict(
        text=(
            "【財經專欄】AI玩具熱潮，港股點樣食住？\n"
            "最近好多朋友問我，AI玩具係咪炒作。睇數字先：據維港研究嘅估算，香港AI智能玩具同收藏品市場2024年規模有18.6億港元，"
            "預計2029年會升到41.2億港元，即係2024至2029年年均複合增長率17.3%。咁嘅增長喺零售業算好少見。不過要留意，"
            "香港整體玩具零售額每年大約有95億港元，AI只佔一小部分。旺角同觀塘加埋有成120間潮玩店，一隻AI盲盒公仔賣89港元。"
            "某上市玩具商上半年營業額升咗12%，恒指今日收報23,450點。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2029, 41.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (41.2 / 18.6) ** (1 / 5) - 1 = 17.24% -> 17.2, not 17.3; bounds (41.15 / 18.65) ** (1/5) - 1 = 17.15%,
            # (41.25 / 18.55) ** (1/5) - 1 = 17.33% -> 17.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Simplified trade column whose amounts drop 元 after the first ("2023年为14.9亿元", then "规模达18.4亿", the
    #     unit read from the first): 2024 with 同比增长 against 2023, a part whose 25% share holds only by rounding.
    #     Expected nowhere: the 3.2个百分点 and 5个百分点, the 410亿 DIY spending, the 2600万 knitters, the 198元 fee.
    dict(
        text=(
            "【行业观察】AI编织与手工设计工具加速普及\n"
            "来自青禾研究的数据显示，我国AI手工与编织图案设计工具市场2023年为14.9亿元，2024年规模达18.4亿，同比增长"
            "23.5%，增速较上年提高3.2个百分点。其中AI编织图案设计工具规模达4.7亿，占比25%。报告还显示，全国手工DIY"
            "消费总额约410亿，活跃编织爱好者约2600万人，付费用户渗透率提升5个百分点；某平台会员年费为198元。"
        ),
        obs=[
            ("Total", 2023, 14.9, "CNY 100 million", "actual"),
            ("Total", 2024, 18.4, "CNY 100 million", "actual"),
            ("AI编织图案设计工具", 2024, 4.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.9) ** (1 / 1) - 1 = 23.49% -> 23.5
            # 4.7 / 18.4 = 25.54% -> 26, not 25; bounds 4.65 / 18.45 = 25.20%, 4.75 / 18.35 = 25.89% -> 25 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 16. German table with dotted leaders between labels and values, years as columns set apart by wide spaces
    #     (2025F a forecast), three segments and a Total row: 2023 and 2024 add exactly, 2025F only by rounding.
    #     Expected nowhere: the report's title year and table number, the EUR 4.3 billion toy retail sales, the
    #     1,950 shops, the EUR 149 price.
    dict(
        text=(
            "Germany: AI-powered smart toys and companion robots by segment (EUR million)\n"
            "Source: Rheinfeld Spielwaren Analyse, Marktbericht 2025, Table 7; 2025F = forecast\n"
            "                                   2023      2024      2025F\n"
            "Hardware ......................   412.6     498.3     587.9\n"
            "Software and subscriptions ....    96.4     131.7     170.2\n"
            "Content licensing .............    38.1      47.5      58.6\n"
            "Total .........................   547.1     677.5     816.8\n"
            "Note: German toy retail sales were EUR 4.3 billion in 2024, sold through about 1,950 specialist toy "
            "shops; a smart plush robot retails at EUR 149."
        ),
        obs=[
            ("Hardware", 2023, 412.6, "EUR million", "actual"),
            ("Hardware", 2024, 498.3, "EUR million", "actual"),
            ("Hardware", 2025, 587.9, "EUR million", "estimate"),
            ("Software and subscriptions", 2023, 96.4, "EUR million", "actual"),
            ("Software and subscriptions", 2024, 131.7, "EUR million", "actual"),
            ("Software and subscriptions", 2025, 170.2, "EUR million", "estimate"),
            ("Content licensing", 2023, 38.1, "EUR million", "actual"),
            ("Content licensing", 2024, 47.5, "EUR million", "actual"),
            ("Content licensing", 2025, 58.6, "EUR million", "estimate"),
            ("Total", 2023, 547.1, "EUR million", "actual"),
            ("Total", 2024, 677.5, "EUR million", "actual"),
            ("Total", 2025, 816.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 96.4 + 38.1 = 547.1
            ("hierarchy", "exact"),  # 2024: 498.3 + 131.7 + 47.5 = 677.5
            # 2025F: 587.9 + 170.2 + 58.6 = 816.7, not 816.8; parts at most 816.85 and the total at least 816.75 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table whose first header cell carries the unit ("| US$ m | 2024 | 2025 | 2030 |"), 2025 and 2030
    #     forecasts, two services and a Total row: the 2024 Total is reached by no reading, 2025 and 2030 add
    #     exactly; the Total's CAGR over its printed span is exact. Expected nowhere: the source date, the 21.4
    #     million cards, the US$22 fee, the Q4 2024 US$178 m.
    dict(
        text=(
            "US AI trading-card grading and collectibles authentication, by service\n"
            "| US$ m | 2024 | 2025 | 2030 |\n"
            "|---|---|---|---|\n"
            "| AI card grading | 612.4 | 731.9 | 1,848.0 |\n"
            "| AI collectibles authentication | 287.3 | 349.6 | 902.5 |\n"
            "| Total | 919.7 | 1,081.5 | 2,750.5 |\n"
            "Source: Halcyon Bay Capital, 8 April 2025; 2025 and 2030 are forecasts. Total CAGR 2024-2030: 20.0%. "
            "Cards submitted for grading: 21.4 million in 2024; average fee US$22 per card; Q4 2024 grading revenue "
            "at the top three graders: US$178 m."
        ),
        obs=[
            ("AI card grading", 2024, 612.4, "USD million", "actual"),
            ("AI card grading", 2025, 731.9, "USD million", "estimate"),
            ("AI card grading", 2030, 1848.0, "USD million", "estimate"),
            ("AI collectibles authentication", 2024, 287.3, "USD million", "actual"),
            ("AI collectibles authentication", 2025, 349.6, "USD million", "estimate"),
            ("AI collectibles authentication", 2030, 902.5, "USD million", "estimate"),
            ("Total", 2024, 919.7, "USD million", "actual"),
            ("Total", 2025, 1081.5, "USD million", "estimate"),
            ("Total", 2030, 2750.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2,750.5 / 919.7) ** (1 / 6) - 1 = 20.03% -> 20.0
            # 2024: 612.4 + 287.3 = 899.7, not 919.7; parts at most 899.8 and the total at least 919.65 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025: 731.9 + 349.6 = 1,081.5
            ("hierarchy", "exact"),  # 2030: 1,848.0 + 902.5 = 2,750.5
        ],
    ),
    # 18. French consultancy's semicolon-separated CSV with decimal commas ("Segment;2024;2030", "Vision;84,6;231,4"),
    #     2030 a forecast, two segments and a Total: 2024 adds exactly, 2030 only by rounding; the Total's CAGR
    #     ("17,9 %") over its printed span is exact. Expected nowhere: the export date, the EUR 3.9 billion French
    #     toy market, the 4,100 shops.
    dict(
        text=(
            "Export: atelier_lumiere_jouets_ia.csv (Atelier Lumière Conseil, Paris, 14/03/2025)\n"
            "France - AI toys by technology, EUR million; 2030 = forecast\n"
            "Segment;2024;2030\n"
            "Vision;84,6;231,4\n"
            "Voice;112,3;298,0\n"
            "Total;196,9;529,5\n"
            "Note: TCAC / CAGR 2024-2030 of Total: 17,9 %. Excludes the French toy market as a whole (EUR 3.9 "
            "billion) and does not count the 4,100 toy shops listed by the trade federation."
        ),
        obs=[
            ("Vision", 2024, 84.6, "EUR million", "actual"),
            ("Vision", 2030, 231.4, "EUR million", "estimate"),
            ("Voice", 2024, 112.3, "EUR million", "actual"),
            ("Voice", 2030, 298.0, "EUR million", "estimate"),
            ("Total", 2024, 196.9, "EUR million", "actual"),
            ("Total", 2030, 529.5, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (529.5 / 196.9) ** (1 / 6) - 1 = 17.92% -> 17.9
            ("hierarchy", "exact"),  # 2024: 84.6 + 112.3 = 196.9
            # 2030: 231.4 + 298.0 = 529.4, not 529.5; parts at most 529.5 and the total at least 529.45 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Traditional Chinese table under "單位：新台幣億元" with 年度 across the top (2025 預估), two rows and a 合計
    #     row: 2023 and 2024 add exactly, 2025 is reached by no reading. Expected nowhere: the table number, the
    #     source's date, the 186家 firms, the 新台幣310億元 toy industry revenue.
    dict(
        text=(
            "表3 臺灣玩具與模型業AI需求規劃軟體市場規模\n"
            "單位：新台幣億元\n"
            "年度              2023     2024     2025(預估)\n"
            "需求預測軟體      3.42     4.18     5.06\n"
            "庫存與補貨最佳化  2.11     2.57     3.15\n"
            "合計              5.53     6.75     8.31\n"
            "資料來源：資策產業顧問（2025年2月）。註：導入AI需求規劃之玩具、模型及手作材料業者共186家；"
            "玩具業2024年營業額約新台幣310億元。"
        ),
        obs=[
            ("需求預測軟體", 2023, 3.42, "TWD 100 million", "actual"),
            ("需求預測軟體", 2024, 4.18, "TWD 100 million", "actual"),
            ("需求預測軟體", 2025, 5.06, "TWD 100 million", "estimate"),
            ("庫存與補貨最佳化", 2023, 2.11, "TWD 100 million", "actual"),
            ("庫存與補貨最佳化", 2024, 2.57, "TWD 100 million", "actual"),
            ("庫存與補貨最佳化", 2025, 3.15, "TWD 100 million", "estimate"),
            ("合計", 2023, 5.53, "TWD 100 million", "actual"),
            ("合計", 2024, 6.75, "TWD 100 million", "actual"),
            ("合計", 2025, 8.31, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.42 + 2.11 = 5.53
            ("hierarchy", "exact"),  # 2024: 4.18 + 2.57 = 6.75
            # 2025: 5.06 + 3.15 = 8.21, not 8.31; parts at most 8.22 and the total at least 8.305 -> reached by no
            # reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 20. Danish broker's tab-separated table with quarter columns ("Q1 2025", "Q2 2025") beside yearly ones (2025E
    #     a forecast), two segments and a Total: each year adds exactly; the Total's 2024 growth is exact. Expected
    #     nowhere: the quarter columns, the note's date, the 4,800 workers, the EUR 12 million licensing fee, the DKK
    #     1,250 price target.
    dict(
        text=(
            "Nordhavn Securities - Denmark: AI design tools for model kits and construction toys (EUR million)\n"
            "Segment\t2023\t2024\tQ1 2025\tQ2 2025\t2025E\n"
            "AI model-kit design tools\t38.4\t47.9\t11.6\t12.8\t58.3\n"
            "AI pattern and colourway generators\t21.7\t27.2\t6.9\t7.4\t33.1\n"
            "Total\t60.1\t75.1\t18.5\t20.2\t91.4\n"
            "Total growth 2024: 25.0% y/y. Research note of 19 August 2025. Danish toy makers employ about 4,800 "
            "people at home; one brand's licensing fee to a film studio is put at EUR 12 million a year; our price "
            "target is DKK 1,250."
        ),
        obs=[
            ("AI model-kit design tools", 2023, 38.4, "EUR million", "actual"),
            ("AI model-kit design tools", 2024, 47.9, "EUR million", "actual"),
            ("AI model-kit design tools", 2025, 58.3, "EUR million", "estimate"),
            ("AI pattern and colourway generators", 2023, 21.7, "EUR million", "actual"),
            ("AI pattern and colourway generators", 2024, 27.2, "EUR million", "actual"),
            ("AI pattern and colourway generators", 2025, 33.1, "EUR million", "estimate"),
            ("Total", 2023, 60.1, "EUR million", "actual"),
            ("Total", 2024, 75.1, "EUR million", "actual"),
            ("Total", 2025, 91.4, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (75.1 / 60.1) ** (1 / 1) - 1 = 24.96% -> 25.0
            ("hierarchy", "exact"),  # 2023: 38.4 + 21.7 = 60.1
            ("hierarchy", "exact"),  # 2024: 47.9 + 27.2 = 75.1
            ("hierarchy", "exact"),  # 2025E: 58.3 + 33.1 = 91.4
        ],
    ),
    # 21. Reuters wire story from Seoul in "bln" / "mln", "said on Tuesday" and an analyst's quote: the global market
    #     for AI smart toys and companion robots in 2024 and 2030 with a CAGR over a printed span that holds only by
    #     rounding, and companion robots' part with its share. Expected nowhere: the dateline, the $108 bln toy
    #     industry, Bramblecourt's first-quarter revenue, the 3.4 mln AI toys shipped, the 2,000 parents and the 62%
    #     of them, the eight countries.
    dict(
        text=(
            "SEOUL, June 10 (Reuters) - Toy makers are racing to put large language models into plush animals and "
            "desk robots, and spending on them is climbing fast, South Korean research firm Hanul Insight said on "
            "Tuesday.\n"
            "The global market for AI-powered smart toys and companion robots reached $4.2 bln in 2024 and is "
            "forecast to hit $11.9 bln in 2030, a compound annual growth rate of 18.9% between 2024 and 2030, Hanul "
            "said. Companion robots accounted for $1.6 bln, or 38% of the 2024 total.\n"
            "\"Parents are paying for conversation, not for plastic,\" said Park Min-jun, an analyst at Daewon "
            "Securities. \"The hardware is close to a loss leader now.\"\n"
            "The wider toy industry had sales of about $108 bln in 2024. Bramblecourt Toys, the sector's largest "
            "listed maker of AI toys, reported first-quarter revenue of $1.1 bln on Tuesday and said it shipped "
            "3.4 mln AI toys last year. Hanul surveyed 2,000 parents in eight countries; 62% named privacy as their "
            "main worry.\n"
            "(Reporting by Lee Soo-ah; Editing by Mark Potter)"
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 11.9, "USD billion", "estimate"),
            ("Companion robots", 2024, 1.6, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (11.9 / 4.2) ** (1 / 6) - 1 = 18.96% -> 19.0, not 18.9; bounds (11.85 / 4.25) ** (1/6) - 1 = 18.64%,
            # (11.95 / 4.15) ** (1/6) - 1 = 19.28% -> 18.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.6 / 4.2 = 38.10% -> 38
        ],
    ),
    # 22. Think tank's white paper chapter in "billion U.S. dollars" with numbered paragraphs and a sidebar headed
    #     "Box 2.1": the global market for AI demand planning sold to toy makers and hobby retailers in 2023 and 2024
    #     with a YoY rate, and in the box a 2030 scenario whose CAGR over a printed span no reading reaches.
    #     Expected nowhere: the chapter, paragraph and box numbers, the 152 billion U.S. dollars of toy and hobby
    #     retail sales, the 38 percent adoption, the 11,500 SKUs, the 412 planners in nine countries and their 24
    #     percent.
    dict(
        text=(
            "Chapter 2: Sizing the opportunity\n"
            "2.1 Toy makers and hobby retailers carry thousands of slow-moving lines and lose margin on every "
            "unsold seasonal item. Demand planning that learns from till data, social media and school calendars is "
            "now the fastest-growing use of AI in the trade.\n"
            "2.2 The Halden Institute for Play and Technology puts the global market for AI demand planning and "
            "inventory optimisation sold to toy makers and hobby retailers at 1.84 billion U.S. dollars in 2024, up "
            "22.7 percent from 1.50 billion U.S. dollars in 2023. Total toy and hobby retail sales were about 152 "
            "billion U.S. dollars in the same year.\n"
            "Box 2.1 Outlook to 2030\n"
            "In our central scenario the market reaches 5.12 billion U.S. dollars in 2030, a compound annual growth "
            "rate of 19.8 percent over 2024-2030. The scenario assumes that 38 percent of mid-sized retailers adopt "
            "a planning tool by 2027 and that the average retailer trims its 11,500 SKUs by a tenth.\n"
            "2.3 In our survey of 412 planners in nine countries, forecast error fell by 24 percent after deployment."
        ),
        obs=[
            ("Total", 2023, 1.50, "USD billion", "actual"),
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2030, 5.12, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.84 / 1.50) ** (1 / 1) - 1 = 22.67% -> 22.7
            # (5.12 / 1.84) ** (1 / 6) - 1 = 18.60% -> 18.6, not 19.8; bounds (5.115 / 1.845) ** (1/6) - 1 = 18.52%,
            # (5.125 / 1.835) ** (1/6) - 1 = 18.67% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Dublin research firm's release in "€m" and "€bn" with "c." for circa: Europe's market for AI
    #     personalisation of toys in 2023 ("c.€450m", at its printed figure) and 2024 with a YoY rate, Germany's
    #     part with a share that holds only by rounding, France's part, and a 2030 figure in €bn ("pass €1.2bn", in
    #     the series' unit: 1200). Expected nowhere: the release date, the c.€17.8bn of European toy sales, the 2,900
    #     specialist toy shops, the 45 analysts, the €6m seed round and its year.
    dict(
        text=(
            "Dublin, 2 April 2025 - Tuath Insights, the Galway-based research firm, today said Europe's market for "
            "AI personalisation of toys, from custom-printed dolls to construction kits designed from a child's "
            "drawing, grew 19.6% to €538m in 2024 from c.€450m in 2023. Germany was the largest national market at "
            "€141m, or 26.3% of the European total, ahead of France at €97m. Tuath expects the market to pass €1.2bn "
            "by 2030 as licensors approve AI-generated designs.\n"
            "European toy sales, by comparison, were c.€17.8bn last year, and the region has about 2,900 specialist "
            "toy shops. Tuath employs 45 analysts and raised €6m in seed funding in 2023."
        ),
        obs=[
            ("Total", 2023, 450, "EUR million", "actual"),
            ("Total", 2024, 538, "EUR million", "actual"),
            ("Total", 2030, 1200, "EUR million", "estimate"),
            ("Germany", 2024, 141, "EUR million", "actual"),
            ("France", 2024, 97, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 26.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (538 / 450) ** (1 / 1) - 1 = 19.56% -> 19.6
            # 141 / 538 = 26.21% -> 26.2, not 26.3; bounds 140.5 / 538.5 = 26.09%, 141.5 / 537.5 = 26.33% -> 26.3
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 24. Trade newsletter's bullet notes with "~" and "approx." before amounts: the global market for AI design and
    #     personalisation software for toys and model kits ~$2.1B in 2024 and approx. $1.7B in 2023 (both at their
    #     printed figures) with a YoY rate that holds only by rounding, model-kit makers' part (approx. $640M) with
    #     its share, and a 2028 range "$3.4 billion to $3.9 billion" (two value claims). Expected nowhere: the issue
    #     number, the $49.99 kit price, the 1:144 scale, the ~1,800 SKUs, the 58% of designers, Plasmo Studio's $35M
    #     Series B.
    dict(
        text=(
            "Hobby Ledger weekly, issue 212\n"
            "Quick numbers from the new Brightwater Hobby Tech report, for anyone pitching AI tools to toy and "
            "model-kit brands:\n"
            "- Global spend on AI design and personalisation software for toys and model kits was ~$2.1B in 2024, "
            "up 23% from approx. $1.7B in 2023.\n"
            "- Model-kit makers accounted for approx. $640M of that, about 30% of the total.\n"
            "- For 2028 the report gives $3.4 billion to $3.9 billion, depending on how fast licensors sign off on "
            "AI-generated sculpts.\n"
            "- Elsewhere: a typical 1:144 kit still retails at $49.99, the average brand manages ~1,800 active SKUs, "
            "and 58% of designers told Brightwater they use AI every week. Plasmo Studio closed a $35M Series B in "
            "March."
        ),
        obs=[
            ("Total", 2023, 1.7, "USD billion", "actual"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Model-kit makers", 2024, 640, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 30, "percent", 2024, 2024, None),
            ("value", 3.4, "USD billion", 2028, 2028, None),
            ("value", 3.9, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            # (2.1 / 1.7) ** (1 / 1) - 1 = 23.53% -> 24, not 23; bounds 2.05 / 1.75 - 1 = 17.14%,
            # 2.15 / 1.65 - 1 = 30.30% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 640 / 2,100 = 30.48% -> 30
        ],
    ),
    # 25. Broker's equity note on an invented listed grader with a ticker, "PT", "EV/EBITDA" and "bps": the global
    #     market for AI trading-card grading and collectibles authentication in US$bn, 2024 and 2028E with a CAGR
    #     over a printed span, and North America's part with a share no reading reaches. Expected nowhere: the
    #     note's date, the $48 and $42 price targets and the 27% upside, the 15.5x and 13.8x EV/EBITDA, the FY24
    #     revenue of US$412m, the 180 bps of margin, the 1.9m Q1 grading orders and their 6%, the US$25 fee.
    dict(
        text=(
            "Harwick Tate Securities - Equity Research - 14 May 2025\n"
            "Tinkerforge Holdings (NASDAQ: TKFG): Buy, PT $48 (from $42)\n"
            "AI grading is the next leg of the collectibles boom\n"
            "We raise our PT to $48, implying 27% upside, on 15.5x CY26E EV/EBITDA (from 13.8x). Tinkerforge's FY24 "
            "revenue was US$412m, and we model 180 bps of EBITDA margin expansion in FY25 as AI grading cuts labour "
            "per card.\n"
            "Market: we size the global market for AI trading-card grading and collectibles authentication at "
            "US$1.35bn in 2024, rising to US$3.10bn in 2028E, a 23.1% CAGR over 2024-28E. North America is the "
            "largest region at US$0.78bn, 59% of the 2024 market.\n"
            "Risks: Q1 grading orders of 1.9m cards fell 6% q/q, and rivals could cut the US$25 per-card fee."
        ),
        obs=[
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2028, 3.10, "USD billion", "estimate"),
            ("North America", 2024, 0.78, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 23.1, "percent", 2024, 2028, None, "stated"),
            ("share", 59, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.10 / 1.35) ** (1 / 4) - 1 = 23.10% -> 23.1
            # 0.78 / 1.35 = 57.78% -> 58, not 59; bounds 0.775 / 1.355 = 57.20%, 0.785 / 1.345 = 58.36% -> 59
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 26. Johannesburg research firm's release with rand amounts beside dollars: South Africa's market for AI
    #     demand planning sold to toy makers and hobby stores in US$ (2024, a 2030 forecast, a CAGR over a printed
    #     span). Expected nowhere: the release date, the R860 million and R12.4 billion (rand, no observation), the
    #     1,150 stores, the 23,000 workers, the 160 retailers and their 44%, the R9,500 report price.
    dict(
        text=(
            "JOHANNESBURG, 19 March 2025 - Karoo Retail Analytics today released its first study of AI demand "
            "planning in South Africa's toy and hobby trade. The firm values the local market for AI demand "
            "forecasting and inventory software sold to toy makers, toy chains and hobby stores at US$46.8 million "
            "in 2024 (about R860 million) and expects it to reach US$119.1 million by 2030, a compound annual "
            "growth rate of 16.8% over 2024-2030.\n"
            "South African toy and hobby retail sales were R12.4 billion last year across some 1,150 stores, and "
            "the trade employs about 23,000 people. In Karoo's survey of 160 retailers, 44% said they had "
            "overstocked before the 2024 festive season. The full report costs R9,500."
        ),
        obs=[
            ("Total", 2024, 46.8, "USD million", "actual"),
            ("Total", 2030, 119.1, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (119.1 / 46.8) ** (1 / 6) - 1 = 16.85% -> 16.8
        ],
    ),
    # 27. Australian Senate committee Hansard excerpt ("Senator ...:", "Mr ...:"): a witness quotes the global
    #     market for AI companion robots and conversational smart toys in US dollars, 2024 and "about US$7.6
    #     billion" by 2030 (at its printed figure), with "something like 17.5 per cent a year" whose span only the
    #     amounts' years give (inferred), reached only by rounding. Expected nowhere: the hearing date, the
    #     A$140 million and A$4.3 billion (Australian dollars, no observation), the A$249 and A$399 prices, the 37
    #     complaints, question 14.
    dict(
        text=(
            "SENATE ECONOMICS LEGISLATION COMMITTEE\n"
            "Wednesday, 14 May 2025\n"
            "Senator HALLORAN: How big is this market? Parents are being sold these companion robots as if they "
            "were tutors.\n"
            "Mr PRENTICE: The estimates we rely on come from Coral Sea Research. They put the global market for AI "
            "companion robots and conversational smart toys at US$2.9 billion in 2024, and they forecast about "
            "US$7.6 billion by 2030. That is growth of something like 17.5 per cent a year.\n"
            "Senator HALLORAN: And in Australia?\n"
            "Mr PRENTICE: Australian sales were roughly A$140 million last year, Senator, out of a toy market of "
            "about A$4.3 billion. The robots typically sell for between A$249 and A$399, and the regulator received "
            "37 complaints about them in 2024.\n"
            "Senator HALLORAN: Thank you. We will put the rest on notice as question 14."
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2030, 7.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (7.6 / 2.9) ** (1 / 6) - 1 = 17.42% -> 17.4, not 17.5; bounds (7.55 / 2.95) ** (1/6) - 1 = 16.96%,
            # (7.65 / 2.85) ** (1/6) - 1 = 17.89% -> 17.5 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Copenhagen research firm's release that spells its rates out ("grew 18 percent year over year", "a
    #     compound annual rate of 21.3 percent"): the global market for AI craft-pattern and knitting design tools
    #     in 2023 and 2024, and 2031 in billions (in the series' unit: 1910) with a CAGR over a printed span no
    #     reading reaches. Expected nowhere: the release date, the 28 employees, the DKK 64 million of company
    #     revenue, the 3.2 million downloads, the 61 percent of crafters, the $7.99 subscription.
    dict(
        text=(
            "COPENHAGEN, 25 February 2025 - The global market for AI craft-pattern and knitting design tools grew 18 "
            "percent year over year to $486 million in 2024, from $412 million in 2023, according to a new report "
            "from Danish research firm Nordgarn Analytics. The firm projects the market will reach $1.91 billion in "
            "2031, a compound annual rate of 21.3 percent between 2024 and 2031. Generators that turn a photo into a "
            "knitting or crochet chart were the fastest-growing tools.\n"
            "Nordgarn, which has 28 employees, said its own revenue rose to DKK 64 million. Crafters downloaded 3.2 "
            "million AI-generated patterns in 2024, and 61 percent of those surveyed said they would pay $7.99 a "
            "month for a subscription."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2031, 1910, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486 / 412) ** (1 / 1) - 1 = 17.96% -> 18
            # (1,910 / 486) ** (1 / 7) - 1 = 21.59% -> 21.6, not 21.3; bounds (1,905 / 486.5) ** (1/7) - 1 = 21.53%,
            # (1,915 / 485.5) ** (1/7) - 1 = 21.66% -> 21.3 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. 澎湃新闻-style item (Simplified) with "据…测算" and 亿元: China's AI companion toy market in 2024 ("较上年增长近
    #     三成", a rate in words), a part with its share, a 2027 forecast with a CAGR over a printed span. Expected
    #     nowhere: 增长近三成, the 399元 price, the “618” platform's 超过200% growth, the 1200名家长 and their 57%, the
    #     超过900亿元 toy retail sales.
    dict(
        text=(
            "澎湃新闻记者 陈一鸣\n"
            "会聊天、能讲故事的AI毛绒玩具，正在成为不少家庭的新宠。据上海星禾产业研究院测算，2024年中国AI陪伴玩具市场"
            "规模为168.4亿元，较上年增长近三成；其中搭载大模型对话能力的毛绒陪伴玩具为61.2亿元，占比36.3%。该机构预计，"
            "到2027年市场规模将达到352.6亿元，2024—2027年复合增长率为27.9%。\n"
            "澎湃新闻注意到，一款热销AI毛绒玩具售价399元；今年“618”期间，某电商平台AI玩具成交额同比增长超过200%。在星禾"
            "研究院调查的1200名家长中，有57%表示担心儿童隐私。作为对比，全国玩具零售总额超过900亿元。"
        ),
        obs=[
            ("Total", 2024, 168.4, "CNY 100 million", "actual"),
            ("Total", 2027, 352.6, "CNY 100 million", "estimate"),
            ("搭载大模型对话能力的毛绒陪伴玩具", 2024, 61.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 36.3, "percent", 2024, 2024, None),
            ("cagr", 27.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61.2 / 168.4 = 36.34% -> 36.3
            ("cagr|implied", "exact"),  # (352.6 / 168.4) ** (1 / 3) - 1 = 27.93% -> 27.9
        ],
    ),
    # 30. Earnings-call transcript (Simplified) with "管理层：" and "分析师：": the company's own 营收 and quarter as
    #     distractors, and the industry it sizes (China's AI 潮玩 and smart construction-model market) in 2024 and a
    #     2028 forecast with "年复合增长率约22%" whose span only the amounts' years give (inferred). Expected nowhere:
    #     the company's 18.6亿元 revenue and 34%, the 第四季度 5.2亿元, the 41.5% margin, the 92万台 shipped, the 10%
    #     share target, the 420 and 600 stores, the 800万元 licensing fee.
    dict(
        text=(
            "星萌智能2024年度业绩说明会文字实录（节选）\n"
            "管理层：2024年公司实现营业收入18.6亿元，同比增长34%，其中第四季度营收5.2亿元；全年毛利率提升至41.5%，AI陪"
            "伴机器人出货约92万台。\n"
            "分析师：想请管理层谈谈行业空间，公司怎么看AI潮玩和智能拼装模型的市场规模？\n"
            "管理层：根据我们的测算，2024年中国AI潮玩和智能拼装模型市场规模为312亿元，到2028年有望达到690亿元，年复合增长"
            "率约22%。我们的目标是三年内市场份额提升到10%，线下门店从420家扩展到600家。\n"
            "分析师：谢谢。再问一下IP授权，头部IP的授权费今年还在涨吗？\n"
            "管理层：单个头部IP的年授权费在800万元左右，整体可控。"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2028, 690, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (690 / 312) ** (1 / 4) - 1 = 21.95% -> 22
        ],
    ),
    # 31. Simplified report item with 万亿元 and 千亿元 amounts: China's AI smart toy market in 2023 and 2024 with a
    #     同比 rate, and 2030 "突破千亿元" (at its printed figure, in the series' unit: 1000). Expected nowhere: the
    #     report title's year, the 1.2万亿元 toy and 潮玩 consumption, the 千亿级市场 of IP licensing, the 1.6万家
    #     makers, the 120万人 workers.
    dict(
        text=(
            "本报讯 华夏玩具产业联盟近日发布《2025中国AI智能玩具发展报告》。报告显示，2024年我国AI智能玩具市场规模达到"
            "386亿元，同比增长31.3%，2023年为294亿元。报告预计，到2030年AI智能玩具市场规模将突破千亿元。作为参照，我国"
            "玩具及潮玩文创消费规模约1.2万亿元，潮玩IP授权与衍生品已成长为千亿级市场。目前全国玩具生产企业超过1.6万家，"
            "从业人员约120万人。"
        ),
        obs=[
            ("Total", 2023, 294, "CNY 100 million", "actual"),
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2030, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (386 / 294) ** (1 / 1) - 1 = 31.29% -> 31.3
        ],
    ),
    # 32. Hong Kong 招股書 industry overview (Traditional) in 人民幣十億元 with two 複合年增長率 over printed spans: China's
    #     AI smart toy market in 2019, 2024 and 2029 (CNY billion); the first rate exact, the second only by
    #     rounding. Expected nowhere: the whole toy market's 人民幣79.5十億元 and 102.3十億元, the 排名第二, the group's
    #     人民幣1,126.4百萬元 revenue, the 1,850名僱員.
    dict(
        text=(
            "行業概覽\n"
            "中國AI智能玩具市場\n"
            "根據弘睿諮詢的資料，按零售額計，中國AI智能玩具市場規模由2019年的人民幣8.6十億元增至2024年的人民幣31.2十億元，"
            "2019年至2024年的複合年增長率為29.4%。隨著大模型成本下降及兒童陪伴與教育需求增長，預計市場規模將於2029年達到"
            "人民幣83.4十億元，2024年至2029年的複合年增長率為21.8%。同期，中國玩具市場整體零售額由2019年的人民幣79.5十億元"
            "增至2024年的人民幣102.3十億元。\n"
            "按2024年收入計，本集團在中國AI智能玩具市場排名第二。本集團2024年收入為人民幣1,126.4百萬元，截至最後實際可行"
            "日期共有1,850名僱員。"
        ),
        obs=[
            ("Total", 2019, 8.6, "CNY billion", "actual"),
            ("Total", 2024, 31.2, "CNY billion", "actual"),
            ("Total", 2029, 83.4, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.4, "percent", 2019, 2024, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.2 / 8.6) ** (1 / 5) - 1 = 29.40% -> 29.4
            # (83.4 / 31.2) ** (1 / 5) - 1 = 21.73% -> 21.7, not 21.8; bounds (83.35 / 31.25) ** (1/5) - 1 = 21.68%,
            # (83.45 / 31.15) ** (1/5) - 1 = 21.79% -> 21.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. 小红书 post (Simplified) with emoji, "家人们", "姐妹们" and 亿元: China's AI knitting and crochet pattern design
    #     tool market in 2023 and 2024 with a rate that holds only by rounding, and a 2026 forecast. Expected
    #     nowhere: the 三年, the 168元 membership, the 39.9元 yarn, the 600多 spent, the 三天 and 2.3万赞.
    dict(
        text=(
            "家人们谁懂啊😭 织了三年毛衣，现在AI直接帮我出图解了🧶✨\n"
            "姐妹们先别划走！刚看到青禾咨询的报告，国内AI编织和钩针图解设计工具市场2024年已经12.6亿元了，比2023年的9.8亿元"
            "涨了28.5%📈 预计2026年能到21.5亿元‼️\n"
            "我用的那个App会员一年168元，一团羊毛线39.9元，上个月光买线就花了600多😂 这篇笔记发出去三天就2.3万赞了，谢谢"
            "大家❤️\n"
            "#AI编织 #钩针图解 #手工博主"
        ),
        obs=[
            ("Total", 2023, 9.8, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2026, 21.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6, not 28.5; bounds 12.55 / 9.85 - 1 = 27.41%,
            # 12.65 / 9.75 - 1 = 29.74% -> 28.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Taiwan research institute's industry note (Traditional) in 新台幣億元 with 年成長率 and 民國 years (民國112-114
    #     = 2023-2025): Taiwan's AI model-kit and custom toy design market in 2023 and 2024 with an exact rate, and a
    #     預估 2025 figure whose 年成長率 no reading reaches. Expected nowhere: the 發布日期, the 新台幣210億元 toy
    #     industry output, the 640家 shops, the 新台幣1,200元 price.
    dict(
        text=(
            "寰宇產業科技研究中心 產業評析\n"
            "作者：林家瑜（研究經理） 發布日期：民國114年3月18日\n"
            "隨著3D列印與生成式AI普及，台灣玩家可上傳照片，由AI生成專屬公仔與模型套件。本中心調查，民國113年台灣AI模型套件"
            "與客製化玩具設計服務市場規模達新台幣24.7億元，年成長率19.3%，民國112年為新台幣20.7億元；預估民國114年將達新台"
            "幣29.6億元，年成長率20.5%。相較之下，台灣玩具業整體產值約新台幣210億元，全台模型玩具專賣店約640家，客製公仔每"
            "件售價新台幣1,200元起。"
        ),
        obs=[
            ("Total", 2023, 20.7, "TWD 100 million", "actual"),
            ("Total", 2024, 24.7, "TWD 100 million", "actual"),
            ("Total", 2025, 29.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.7 / 20.7) ** (1 / 1) - 1 = 19.32% -> 19.3
            # (29.6 / 24.7) ** (1 / 1) - 1 = 19.84% -> 19.8, not 20.5; bounds 29.55 / 24.75 - 1 = 19.39%,
            # 29.65 / 24.65 - 1 = 20.28% -> 20.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Provincial action plan (Simplified) with "到2027年" targets: the province's AI smart toy industry in 2024, a
    #     part (AI教育机器人玩具) with its share, and "力争达到300亿元" for 2027 (an estimate). Expected nowhere: the
    #     plan's title years, the 年均增长15%以上, the 10亿元 revenue threshold, the 5家 firms, the 3个 parks, the 2万个
    #     jobs, the 3.5% R&D intensity.
    dict(
        text=(
            "江东省推动AI智能玩具产业高质量发展行动方案（2025—2027年）\n"
            "一、发展目标\n"
            "2024年，全省AI智能玩具产业规模达到182亿元，其中AI教育机器人玩具56.4亿元，占比31%。到2027年，全省AI智能玩具"
            "产业规模力争达到300亿元，年均增长15%以上；培育年营收超10亿元的龙头企业5家，建设特色产业园3个，新增就业岗位2万"
            "个，规模以上企业研发投入强度达到3.5%。"
        ),
        obs=[
            ("Total", 2024, 182, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("AI教育机器人玩具", 2024, 56.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 56.4 / 182 = 30.99% -> 31
        ],
    ),
    # 36. Markdown table (global, US$ billion) with segments as rows, a "Share 2024" column and a total row labelled
    #     "All segments": the first segment's 61% holds only by rounding, the others exactly (the 100% is no claim);
    #     rows add to All segments in 2024 and 2025F, and in 2028F by no reading. Expected nowhere: the table
    #     number, the source's date, the US$108 billion of toy sales, the 4,200 SKUs, the 310 vendors.
    dict(
        text=(
            "Table 3. Global AI in toys, hobbies and crafts by segment (US$ billion)\n"
            "| Segment | 2024 | 2025F | 2028F | Share 2024 |\n"
            "|---|---|---|---|---|\n"
            "| AI smart toys and companion robots | 3.4 | 4.1 | 7.2 | 61% |\n"
            "| AI toy and model-kit design and personalisation | 1.1 | 1.4 | 2.6 | 20% |\n"
            "| AI demand planning for toy makers and retailers | 0.7 | 0.9 | 1.6 | 13% |\n"
            "| AI craft-pattern and knitting design | 0.3 | 0.4 | 0.8 | 5% |\n"
            "| All segments | 5.5 | 6.8 | 12.5 | 100% |\n"
            "Source: Larkspur Play Analytics (Toronto), March 2025. For scale, global toy sales were about US$108 "
            "billion in 2024; the firm tracked 4,200 AI toy SKUs from 310 vendors."
        ),
        obs=[
            ("AI smart toys and companion robots", 2024, 3.4, "USD billion", "actual"),
            ("AI smart toys and companion robots", 2025, 4.1, "USD billion", "estimate"),
            ("AI smart toys and companion robots", 2028, 7.2, "USD billion", "estimate"),
            ("AI toy and model-kit design and personalisation", 2024, 1.1, "USD billion", "actual"),
            ("AI toy and model-kit design and personalisation", 2025, 1.4, "USD billion", "estimate"),
            ("AI toy and model-kit design and personalisation", 2028, 2.6, "USD billion", "estimate"),
            ("AI demand planning for toy makers and retailers", 2024, 0.7, "USD billion", "actual"),
            ("AI demand planning for toy makers and retailers", 2025, 0.9, "USD billion", "estimate"),
            ("AI demand planning for toy makers and retailers", 2028, 1.6, "USD billion", "estimate"),
            ("AI craft-pattern and knitting design", 2024, 0.3, "USD billion", "actual"),
            ("AI craft-pattern and knitting design", 2025, 0.4, "USD billion", "estimate"),
            ("AI craft-pattern and knitting design", 2028, 0.8, "USD billion", "estimate"),
            ("All segments", 2024, 5.5, "USD billion", "actual"),
            ("All segments", 2025, 6.8, "USD billion", "estimate"),
            ("All segments", 2028, 12.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 61, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
            ("share", 5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.4 / 5.5 = 61.82% -> 62, not 61; bounds 3.35 / 5.55 = 60.36%, 3.45 / 5.45 = 63.30% -> 61 reached only
            # by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 1.1 / 5.5 = 20.00% -> 20
            ("arithmetic", "exact"),  # 0.7 / 5.5 = 12.73% -> 13
            ("arithmetic", "exact"),  # 0.3 / 5.5 = 5.45% -> 5
            ("hierarchy", "exact"),  # 2024: 3.4 + 1.1 + 0.7 + 0.3 = 5.5
            ("hierarchy", "exact"),  # 2025F: 4.1 + 1.4 + 0.9 + 0.4 = 6.8
            # 2028F: 7.2 + 2.6 + 1.6 + 0.8 = 12.2, not 12.5; parts at most 12.2 + 4 x 0.05 = 12.4 and the total at
            # least 12.45 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 37. Japanese research house's table (¥ billion) with years across, columns set apart by runs of spaces, and
    #     under each segment's value row a "YoY" row: toy makers and hobby retailers 2022-2025E, a Total row; the
    #     retailers' 2024 YoY holds only by rounding, the rest exactly; rows add to the Total each year. Expected
    #     nowhere: the source's date, the ¥1.1 trillion toy market, the 6,300 hobby shops, the 180 toy makers, the
    #     Q1 2025 ¥3.9 billion.
    dict(
        text=(
            "Japan: AI demand planning for toy makers and hobby retailers, ¥ billion (Sakuragawa Research, June 2025)\n"
            "                               2022      2023      2024     2025E\n"
            "Toy makers                      6.8       8.1       9.9      11.8\n"
            "  YoY                             -     19.1%     22.2%     19.2%\n"
            "Hobby and model retailers       3.2       3.9       4.7       5.8\n"
            "  YoY                             -     21.9%     20.8%     23.4%\n"
            "Total                          10.0      12.0      14.6      17.6\n"
            "Note: 2025E is a forecast. Excludes Japan's ¥1.1 trillion toy market; covers about 6,300 hobby shops and "
            "180 toy makers. Q1 2025 spending was ¥3.9 billion."
        ),
        obs=[
            ("Toy makers", 2022, 6.8, "JPY billion", "actual"),
            ("Toy makers", 2023, 8.1, "JPY billion", "actual"),
            ("Toy makers", 2024, 9.9, "JPY billion", "actual"),
            ("Toy makers", 2025, 11.8, "JPY billion", "estimate"),
            ("Hobby and model retailers", 2022, 3.2, "JPY billion", "actual"),
            ("Hobby and model retailers", 2023, 3.9, "JPY billion", "actual"),
            ("Hobby and model retailers", 2024, 4.7, "JPY billion", "actual"),
            ("Hobby and model retailers", 2025, 5.8, "JPY billion", "estimate"),
            ("Total", 2022, 10.0, "JPY billion", "actual"),
            ("Total", 2023, 12.0, "JPY billion", "actual"),
            ("Total", 2024, 14.6, "JPY billion", "actual"),
            ("Total", 2025, 17.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2022, 2023, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
            ("growth", 21.9, "percent", 2022, 2023, 1.0),
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # toy makers: 8.1 / 6.8 - 1 = 19.12% -> 19.1
            ("cagr|implied", "exact"),  # toy makers: 9.9 / 8.1 - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # toy makers: 11.8 / 9.9 - 1 = 19.19% -> 19.2
            ("cagr|implied", "exact"),  # retailers: 3.9 / 3.2 - 1 = 21.88% -> 21.9
            # retailers: 4.7 / 3.9 - 1 = 20.51% -> 20.5, not 20.8; bounds 4.65 / 3.95 - 1 = 17.72%,
            # 4.75 / 3.85 - 1 = 23.38% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # retailers: 5.8 / 4.7 - 1 = 23.40% -> 23.4
            ("hierarchy", "exact"),  # 2022: 6.8 + 3.2 = 10.0
            ("hierarchy", "exact"),  # 2023: 8.1 + 3.9 = 12.0
            ("hierarchy", "exact"),  # 2024: 9.9 + 4.7 = 14.6
            ("hierarchy", "exact"),  # 2025E: 11.8 + 5.8 = 17.6
        ],
    ),
    # 38. Taiwan collectibles research group's pipe table (Traditional labels) with the unit in every year header
    #     ("2024 (US$ m)") and a CAGR column over a printed span: AI card grading and AI figure and collectibles
    #     authentication with a 合計 row; the two services' rates exact, the 合計's 21.0% reached by no reading;
    #     rows add to 合計 each year. Expected nowhere: the source's date, the Korean market and its KRW 52 billion,
    #     the 68萬張 cards, the 新台幣650元 fee.
    dict(
        text=(
            "台灣AI球員卡評級與收藏品鑑定服務市場\n"
            "| 項目 | 2023 (US$ m) | 2024 (US$ m) | 2030F (US$ m) | 年複合成長率 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| AI球員卡評級 | 41.6 | 52.3 | 158.4 | 20.3% |\n"
            "| AI公仔與收藏品鑑定 | 18.2 | 23.5 | 80.9 | 22.9% |\n"
            "| 合計 | 59.8 | 75.8 | 239.3 | 21.0% |\n"
            "資料來源：台北收藏市場研究社，2025年4月。不含韓國市場（約KRW 52 billion）；2024年台灣評級卡片約68萬張，平均評級"
            "費每張新台幣650元。"
        ),
        obs=[
            ("AI球員卡評級", 2023, 41.6, "USD million", "actual"),
            ("AI球員卡評級", 2024, 52.3, "USD million", "actual"),
            ("AI球員卡評級", 2030, 158.4, "USD million", "estimate"),
            ("AI公仔與收藏品鑑定", 2023, 18.2, "USD million", "actual"),
            ("AI公仔與收藏品鑑定", 2024, 23.5, "USD million", "actual"),
            ("AI公仔與收藏品鑑定", 2030, 80.9, "USD million", "estimate"),
            ("合計", 2023, 59.8, "USD million", "actual"),
            ("合計", 2024, 75.8, "USD million", "actual"),
            ("合計", 2030, 239.3, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (158.4 / 52.3) ** (1 / 6) - 1 = 20.28% -> 20.3
            ("cagr|implied", "exact"),  # (80.9 / 23.5) ** (1 / 6) - 1 = 22.88% -> 22.9
            # (239.3 / 75.8) ** (1 / 6) - 1 = 21.12% -> 21.1, not 21.0; bounds (239.25 / 75.85) ** (1/6) - 1 = 21.10%,
            # (239.35 / 75.75) ** (1/6) - 1 = 21.14% -> 21.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 2023: 41.6 + 18.2 = 59.8
            ("hierarchy", "exact"),  # 2024: 52.3 + 23.5 = 75.8
            ("hierarchy", "exact"),  # 2030F: 158.4 + 80.9 = 239.3
        ],
    ),
    # 39. Broker's tab-separated Chinese table (亿元) with 2024年 and 2030年E columns and a 复合增长率 column whose header
    #     prints its span: three AI toy segments and a 合计 row; every rate exact; rows add to 合计 in 2024 and in
    #     2030年E only by rounding. Expected nowhere: the table number, the source's date, the 约980亿元 traditional
    #     toy sales, the 236家 firms.
    dict(
        text=(
            "表3 中国AI玩具细分市场规模（单位：亿元）\n"
            "细分市场\t2024年\t2030年E\t2024-2030年复合增长率\n"
            "AI陪伴机器人\t142.6\t486.3\t22.7%\n"
            "AI编程与拼装玩具\t88.4\t251.7\t19.1%\n"
            "AI潮玩与收藏品鉴定\t35.2\t118.9\t22.5%\n"
            "合计\t266.2\t857.0\t21.5%\n"
            "资料来源：鸿鹄证券研究所，2025年5月。注：不含传统玩具零售额约980亿元；样本覆盖企业236家。"
        ),
        obs=[
            ("AI陪伴机器人", 2024, 142.6, "CNY 100 million", "actual"),
            ("AI陪伴机器人", 2030, 486.3, "CNY 100 million", "estimate"),
            ("AI编程与拼装玩具", 2024, 88.4, "CNY 100 million", "actual"),
            ("AI编程与拼装玩具", 2030, 251.7, "CNY 100 million", "estimate"),
            ("AI潮玩与收藏品鉴定", 2024, 35.2, "CNY 100 million", "actual"),
            ("AI潮玩与收藏品鉴定", 2030, 118.9, "CNY 100 million", "estimate"),
            ("合计", 2024, 266.2, "CNY 100 million", "actual"),
            ("合计", 2030, 857.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486.3 / 142.6) ** (1 / 6) - 1 = 22.69% -> 22.7
            ("cagr|implied", "exact"),  # (251.7 / 88.4) ** (1 / 6) - 1 = 19.05% -> 19.1
            ("cagr|implied", "exact"),  # (118.9 / 35.2) ** (1 / 6) - 1 = 22.49% -> 22.5
            ("cagr|implied", "exact"),  # (857.0 / 266.2) ** (1 / 6) - 1 = 21.51% -> 21.5
            ("hierarchy", "exact"),  # 2024年: 142.6 + 88.4 + 35.2 = 266.2
            # 2030年E: 486.3 + 251.7 + 118.9 = 856.9, not 857.0; parts at most 856.9 + 3 x 0.05 = 857.05 and the
            # total at least 856.95 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. Hong Kong research house's table drawn with box-drawing characters ("│", "─", "┼") whose cells are also
    #     set apart by runs of spaces, captioned in Traditional and English, years as rows and a lone value column
    #     headed by its unit (HK$ million, the market's Total) with a YoY column: 2021-2025E; the 2023 YoY reached
    #     by no reading, the rest exact. Expected nowhere: the caption's year, the 14 grading labs, the HK$185 fee,
    #     the 420,000 cards.
    dict(
        text=(
            "香港AI球員卡評級及收藏品鑑定服務市場 Hong Kong AI card grading and collectibles authentication "
            "(Victoria Harbour Research, 2025)\n"
            "Year    │   HK$ million   │   YoY\n"
            "────────┼─────────────────┼─────────\n"
            "2021    │   58.4          │   -\n"
            "2022    │   71.9          │   23.1%\n"
            "2023    │   90.2          │   26.1%\n"
            "2024    │   112.6         │   24.8%\n"
            "2025E   │   136.0         │   20.8%\n"
            "Note: 2025E is a forecast. Hong Kong has 14 grading labs; the average fee is HK$185 per card, and "
            "420,000 cards were graded in 2024."
        ),
        obs=[
            ("Total", 2021, 58.4, "HKD million", "actual"),
            ("Total", 2022, 71.9, "HKD million", "actual"),
            ("Total", 2023, 90.2, "HKD million", "actual"),
            ("Total", 2024, 112.6, "HKD million", "actual"),
            ("Total", 2025, 136.0, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2021, 2022, 1.0),
            ("growth", 26.1, "percent", 2022, 2023, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.9 / 58.4 - 1 = 23.12% -> 23.1
            # 90.2 / 71.9 - 1 = 25.45% -> 25.5, not 26.1; bounds 90.15 / 71.95 - 1 = 25.30%,
            # 90.25 / 71.85 - 1 = 25.61% -> 26.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 112.6 / 90.2 - 1 = 24.83% -> 24.8
            ("cagr|implied", "exact"),  # 136.0 / 112.6 - 1 = 20.78% -> 20.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 13, 'rounding': 18, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '[00:12:31]',
    'four point two billion dollars',
    'two billion dollars ($2.0 billion)',
    '2023–24',
    'FY24',
    '(C$563 million)',
    'milliard de dollars américains',
    'from $2.4 billion last year',
    'Q: How big',
    'KRW 1.2 trillion',
    '(2024: $1.2bn; 2030E: $3.4bn; CAGR 19.0%)',
    '亿元人民币',
    '（约合人民币86亿元）',
    '占全球比重',
    '問：',
    '新臺幣',
    '億港元',
    '规模达18.4亿',
    '个百分点',
    '........',
    '| US$ m | 2024 | 2025 | 2030 |',
    'Vision;84,6;231,4',
    '單位：新台幣億元',
    'Q1 2025',
    'bln',
    'said on Tuesday',
    'Box 2.1',
    'billion U.S. dollars',
    'c.€450m',
    '€1.2bn',
    '~$2.1B',
    'approx. $640M',
    '$3.4 billion to $3.9 billion',
    '(NASDAQ: TKFG)',
    'PT $48',
    'EV/EBITDA',
    'bps',
    'US$1.35bn',
    'R12.4 billion',
    'Senator HALLORAN:',
    'Mr PRENTICE:',
    'a compound annual rate of 21.3 percent',
    'grew 18 percent year over year',
    '据上海星禾产业研究院测算',
    '增长近三成',
    '管理层：',
    '分析师：',
    '万亿元',
    '突破千亿元',
    '千亿级市场',
    '人民幣31.2十億元',
    '複合年增長率',
    '家人们',
    '姐妹们',
    '新台幣24.7億元',
    '民國113年',
    '年成長率',
    '力争达到300亿元',
    '年均增长15%以上',
    '| Share 2024 |',
    '| All segments |',
    '  YoY',
    '2024 (US$ m)',
    '\t2030年E\t',
    '复合增长率',
    '│',
    '─',
    '┼',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 167
#: figures, 52 rates, 84 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 188, "rates_found": 56, "verdicts_right": 90}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset273.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
