"""A sixteenth check set for the extractor, written blind: the documents an analyst reads beside the market-research
releases, and the long tail of how they phrase a market's figures.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: sell-side research notes in English and Chinese (有望达到, 对应...年CAGR为, "came
in at", a price target and an earnings multiple that are no market figure), a trade article quoting two research houses'
different figures for one market, an FAQ page ("How big is the ... market?"), keynote and earnings-call transcripts
with spoken numbers ("about one hundred and twenty billion dollars", "call it 40%"), an annual report's total
addressable market as a range, ministry and statistics-office releases (同比增长, 比重, 翻番, "per cent"), social
posts and newsletters (emoji bullets, "$2.4B → $38.0B (2024→2032)", "grew by half", "five-fold"), a raised
forecast ("raised its forecast ... from $96 billion to $131 billion", 上调至), yen and euro figures (units the
bundled table holds) with a rough dollar conversion beside them, footnote marks on figures (¹ ² ³, *), Taiwanese
news in Traditional Chinese (億元新台幣, 年增, 產值, 年複合成長率, 萬台), growth as a multiple (triple, "more than a
tripling", 翻一番, 增长近两倍), two markets in one snippet, parts with their amounts and shares, percentages that
are no share (margins, penetration, adoption, survey answers, 渗透率, 滲透率), and tables: pipe, tab and
space-aligned, with a merged header row, a units line, share and CAGR columns, fiscal-year columns, A/E/F marks, a
YoY column with a negative rate, a margin row and a multi-market table with no total. Markets vary (AI
accelerators, AI PCs, generative AI software, AI in healthcare imaging, autonomous trucking, AI cybersecurity,
speech recognition, AI in retail, computer vision, AI in education, humanoid robots, AI data centres, AI in
insurance); publishers and companies are invented, the sentences are the project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). A second market named beside the first is an item of
its own name, never summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in
its printed unit; two research houses' figures for one market fall in different years here, so each is the year's
figure. A range gives two ``value`` claims for its year. Boilerplate figures (datelines, issue and release numbers,
list numbers, footnote marks, counts of vendors, staff or retailers surveyed, price targets and earnings multiples)
are expected nowhere; so are a quarter's figure beside yearly ones, the figure a raised forecast replaces, and a
percentage that is no share of the market (a margin, a penetration, adoption or win rate, a survey's answer). A
company's revenue in its own release is its ``Total``. An amount in a currency the bundled unit table holds (yen,
euros) is the year's observation in that currency, and a rough dollar conversion printed beside it ("(roughly $2.7
billion)") is none; an amount in a currency the table does not hold (新台幣) is no observation, but its stated rate
is a claim and gets its verdict. A fiscal year counts as its number (fiscal 2025, FY2024 -> 2025, 2024). "Last year"
/ 去年 is the year before the dateline's, 今年 the dateline's. Spoken numbers are figures ("nine point eight billion
dollars" -> 9.8). A share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated
CAGR carries no ``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its
amounts give it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``; "grew by half" is 50%); a multiple between two years carries their distance ("triple", "more than a
tripling" as x3, "five-fold" as x5, "about 2.3 times" as x2.3, 翻番 and 翻一番 as x2, 增长近两倍 -- grew by nearly
twice over -- as x3) and gets no verdict. The base of a forecast is ``actual``; a figure a forecast cue governs
(expects, forecast, projected, 预计, 預估), an E or F column, or a year after the dateline's, ``estimate``. A share
whose part and whole are printed gets an ``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one
and a table whose rows add to its total row a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the
printed one, ``rounding`` when only some reading of the printed inputs (each at half its last digit either way)
reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with the arithmetic and its bounds in
the comment beside each verdict. ``python tests/extract_checkset16.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: a sell-side note: "came in at", a year-on-year rate and a stated span; a price target and a P/E (none)
        text="Northgate Securities, Equity Research, 14 January 2026 -- AI accelerators: raising our numbers again. "
             "The AI accelerator market came in at $118 billion in 2025, up 55% from $76 billion in 2024, by our "
             "count. We forecast $310 billion in 2028, a 2025-2028 CAGR of 38%. Our price target of $215 implies 31x "
             "2026E earnings, and we assume the leading vendor holds gross margins near 74%.",
        obs=[("Total", 2024, 76.0, "USD billion", "actual"), ("Total", 2025, 118.0, "USD billion", "actual"),
             ("Total", 2028, 310.0, "USD billion", "estimate")],
        claims=[("growth", 55.0, "percent", 2024, 2025, 1.0), ("cagr", 38.0, "percent", 2025, 2028, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # 118 / 76 - 1 = 55.26% -> 55 (bounds 117.5 / 76.5 .. 118.5 / 75.5:
                  # 53.59 .. 56.95)
                  ("cagr", "exact")]),  # (310 / 118) ** (1/3) - 1 = 37.98% -> 38 (bounds 309.5 / 118.5 .. 310.5 /
                  # 117.5: 37.71 .. 38.25)
    dict(  # 2: a trade article: two research houses' figures for one market, in different years; one quoted rate wrong
        text="AI PCs: one market, two very different sizes (Hardware Weekly, 3 February 2026)\n"
             "Ask two research houses how big the AI PC market is and you get two answers. Kestrel Insights puts 2024 "
             "AI PC revenue at $48.6 billion and sees it reaching $158.2 billion in 2029, a compound annual growth "
             "rate of 28.6%. Harrow & Vale counts only machines with a dedicated neural processor and starts from a "
             "smaller base: $31 billion for 2025, rising to $112 billion in 2031, or 23.9% a year. About 22% of the "
             "notebooks sold last year would qualify under the narrower definition.",
        obs=[("Total", 2024, 48.6, "USD billion", "actual"), ("Total", 2029, 158.2, "USD billion", "estimate"),
             ("Total", 2025, 31.0, "USD billion", "actual"), ("Total", 2031, 112.0, "USD billion", "estimate")],
        claims=[("cagr", 28.6, "percent", 2024, 2029, None, "inferred"),
                ("cagr", 23.9, "percent", 2025, 2031, None, "inferred")],
        verdicts=[("cagr|period", "inconsistent"),  # (158.2 / 48.6) ** (1/5) - 1 = 26.62%; bounds 158.15 / 48.65 ..
                  # 158.25 / 48.55: 26.59 .. 26.66, nowhere near 28.6
                  ("cagr|period", "exact")]),  # (112 / 31) ** (1/6) - 1 = 23.87% -> 23.9 (bounds 111.5 / 31.5 ..
                  # 112.5 / 30.5: 23.45 .. 24.30)
    dict(  # 3: an FAQ page: questions and answers, a stated span whose first year's amount is printed; a region's share
        text="Frequently asked questions (last updated 12 January 2026)\n"
             "How big is the AI in healthcare imaging market?\n"
             "The AI in healthcare imaging market was worth USD 1.42 billion in 2024 and USD 1.79 billion in 2025, and "
             "it is projected to reach USD 8.97 billion by 2032.\n"
             "How fast will the market grow?\n"
             "We expect a CAGR of 25.9% from 2025 to 2032.\n"
             "Which region holds the largest share?\n"
             "North America accounted for 44.3% of revenue in 2024.\n"
             "Who are the key players?\n"
             "The report profiles 18 vendors, from radiology software specialists to scanner makers.",
        obs=[("Total", 2024, 1.42, "USD billion", "actual"), ("Total", 2025, 1.79, "USD billion", "actual"),
             ("Total", 2032, 8.97, "USD billion", "estimate")],
        claims=[("cagr", 25.9, "percent", 2025, 2032, None, "stated"), ("share", 44.3, "percent", 2024, 2024, None)],
        # (8.97 / 1.79) ** (1/7) - 1 = 25.89% -> 25.9 exact (bounds 8.965 / 1.795 .. 8.975 / 1.785: 25.83 .. 25.95)
        verdicts=[("cagr", "exact")]),
    dict(  # 4: an earnings-call transcript: spoken amounts, "last year", "call it 40%"; a win rate (none)
        text="Transcript, fourth-quarter fiscal 2025 earnings call, 26 February 2026\n"
             "Mara Lindqvist, Chief Executive Officer: If you step back and look at AI data centres as a whole, we "
             "think customers spent about one hundred and twenty billion dollars on them last year. Our planning case "
             "has that at three hundred and thirty billion dollars by 2028, so call it 40% compound growth.\n"
             "Analyst: And how much of that can you win?\n"
             "Mara Lindqvist: We won about 60% of the new sites we bid on, and we expect to keep that pace.",
        obs=[("Total", 2025, 120.0, "USD billion", "actual"), ("Total", 2028, 330.0, "USD billion", "estimate")],
        claims=[("cagr", 40.0, "percent", 2025, 2028, None, "inferred")],
        # (330 / 120) ** (1/3) - 1 = 40.10% -> 40 exact (the amounts spoken to the ten: bounds 325 / 125 .. 335 / 115:
        # 37.51 .. 42.82)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 5: an annual report's total addressable market: a base year and a range for the target year; staff (none)
        text="Annual Report 2025, Item 1. Business: our market opportunity\n"
             "We estimate that our total addressable market for AI-driven security operations was roughly $24 billion "
             "in 2024 and will be between $62 billion and $75 billion in 2030, as more of the security workflow is "
             "automated. These estimates rest on third-party data and our own assumptions and may prove wrong. As of "
             "January 31, 2025, we had 3,870 full-time employees, and 41% of our customers used two or more of our "
             "modules.",
        obs=[("Total", 2024, 24.0, "USD billion", "actual")],
        claims=[("value", 62.0, "USD billion", 2030, 2030, None), ("value", 75.0, "USD billion", 2030, 2030, None)],
        verdicts=[]),
    dict(  # 6: a ministry's release in euros: the base in brackets, a part with its share; adoption rates (none)
        text="Federal Ministry for Digital Affairs, press release, 18 June 2025\n"
             "The country's artificial intelligence industry generated output of €41.3 billion in 2024, an increase of "
             "17.6% on 2023 (€35.1 billion). Software and services contributed €12.9 billion, or 31.2% of the total. "
             "According to the ministry's enterprise survey, 27% of firms with ten or more employees used at least "
             "one AI technology, against 20% a year earlier.",
        obs=[("Total", 2024, 41.3, "EUR billion", "actual"), ("Total", 2023, 35.1, "EUR billion", "actual"),
             ("Software and services", 2024, 12.9, "EUR billion", "actual")],
        claims=[("growth", 17.6, "percent", 2023, 2024, 1.0), ("share", 31.2, "percent", 2024, 2024, None)],
        verdicts=[("cagr|implied", "rounding"),  # 41.3 / 35.1 - 1 = 17.66%, not 17.6; bounds 41.25 / 35.15 ..
                  # 41.35 / 35.05: 17.35 .. 17.97
                  ("arithmetic", "exact")]),  # 12.9 / 41.3 = 31.23% -> 31.2 (bounds 12.85 / 41.35 .. 12.95 / 41.25:
                  # 31.08 .. 31.39)
    dict(  # 7: a social post: emoji bullets, "$2.4B → $38.0B (2024→2032)", a CAGR line; a poll's answer (none)
        text="🚀 Humanoid robots are no longer a lab curiosity.\n\n"
             "Fresh numbers from Altavera Research:\n"
             "📊 Market size: $2.4B → $38.0B (2024→2032)\n"
             "📈 CAGR 2024-2032: ~41%\n"
             "🏭 Factories = 46% of 2024 demand\n"
             "💬 62% of the plant managers they polled plan a pilot before 2027\n\n"
             "What would you automate first? 👇\n"
             "#robotics #humanoids #AI",
        obs=[("Total", 2024, 2.4, "USD billion", "actual"), ("Total", 2032, 38.0, "USD billion", "estimate")],
        claims=[("cagr", 41.0, "percent", 2024, 2032, None, "stated"), ("share", 46.0, "percent", 2024, 2024, None)],
        # (38.0 / 2.4) ** (1/8) - 1 = 41.24% -> 41 exact (bounds 37.95 / 2.45 .. 38.05 / 2.35: 40.85 .. 41.63)
        verdicts=[("cagr", "exact")]),
    dict(  # 8: a newsletter: a raised forecast (the replaced figure none), "about 2.3 times", a stated span
        text="The Model Week, issue 212, 9 December 2025\n"
             "Forecast watch: Brightline Analytics has raised its forecast for generative AI software spending in 2028 "
             "from $96 billion to $131 billion, citing faster enterprise uptake. It expects 2025 spending to total "
             "$37.5 billion, about 2.3 times the $16.2 billion it counted for 2024, which implies growth of 52% a year "
             "from 2025 to 2028.",
        obs=[("Total", 2024, 16.2, "USD billion", "actual"), ("Total", 2025, 37.5, "USD billion", "estimate"),
             ("Total", 2028, 131.0, "USD billion", "estimate")],
        claims=[("multiple", 2.3, "multiple", 2024, 2025, 1.0), ("cagr", 52.0, "percent", 2025, 2028, None, "stated")],
        # 37.5 / 16.2 = 2.31 -> x2.3; (131 / 37.5) ** (1/3) - 1 = 51.73% -> 52 exact (bounds 130.5 / 37.55 ..
        # 131.5 / 37.45: 51.47 .. 51.99)
        verdicts=[("cagr", "exact")]),
    dict(  # 9: two markets in one wire story: each its own item; "to triple"; a fleet survey (none)
        text="DETROIT, March 4, 2025 -- Autonomous trucking generated $1.14 billion in revenue worldwide in 2024, "
             "according to Ridgeway Mobility Research, which expects that figure to triple to $3.4 billion by 2027. "
             "Driverless ride-hailing, which the firm tracks as a separate market, brought in $2.6 billion last year. "
             "Only 9% of the long-haul fleets it surveyed run a driverless pilot today.",
        obs=[("Driverless ride-hailing", 2024, 2.6, "USD billion", "actual"),
             ("Total", 2024, 1.14, "USD billion", "actual"), ("Total", 2027, 3.4, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2024, 2027, 3.0)],
        # 3.4 / 1.14 = 2.98: "triple" as x3; the ride-hailing market is never added to the trucking one
        verdicts=[]),
    dict(  # 10: a Tokyo release in yen, fiscal years, a rough dollar conversion beside the yen (none)
        text="TOKYO, Oct. 21, 2025 -- Sakuragi Research Institute said Japan's market for AI in retail, covering "
             "demand forecasting, cashierless checkout and shelf analytics, reached ¥412 billion in fiscal 2024 "
             "(roughly $2.7 billion) and will expand to ¥986 billion in fiscal 2029, a compound annual growth rate of "
             "19.1%. The institute surveyed 1,150 retailers between April and June.",
        obs=[("Total", 2024, 412.0, "JPY billion", "actual"), ("Total", 2029, 986.0, "JPY billion", "estimate")],
        claims=[("cagr", 19.1, "percent", 2024, 2029, None, "inferred")],
        # (986 / 412) ** (1/5) - 1 = 19.07% -> 19.1 exact (bounds 985.5 / 412.5 .. 986.5 / 411.5: 19.03 .. 19.11)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 11: a white paper with footnote marks on its figures and footnotes below (none); a part and its share
        text="Speech recognition: the market in numbers\n"
             "Global speech recognition revenue was $14.2 billion in 2024¹ and should reach $29.6 billion in 2029², "
             "growing 15.8% a year over 2024-2029. Contact-centre deployments made up $5.1 billion³ of the 2024 "
             "total, or 36%.\n"
             "¹ Vendor filings and Oakmere estimates. ² Oakmere base case, June 2025. ³ Includes 212 contact-centre "
             "platforms.",
        obs=[("Total", 2024, 14.2, "USD billion", "actual"), ("Total", 2029, 29.6, "USD billion", "estimate"),
             ("Contact-centre deployments", 2024, 5.1, "USD billion", "actual")],
        claims=[("cagr", 15.8, "percent", 2024, 2029, None, "stated"), ("share", 36.0, "percent", 2024, 2024, None)],
        verdicts=[("cagr", "exact"),  # (29.6 / 14.2) ** (1/5) - 1 = 15.83% -> 15.8 (bounds 29.55 / 14.25 ..
                  # 29.65 / 14.15: 15.70 .. 15.95)
                  ("arithmetic", "exact")]),  # 5.1 / 14.2 = 35.92% -> 36 (bounds 5.05 / 14.25 .. 5.15 / 14.15:
                  # 35.44 .. 36.40)
    dict(  # 12: a keynote transcript: amounts spoken in words, "more than a tripling"; a teachers' answer (none)
        text="Keynote transcript, Learning Futures Summit, Singapore, 8 May 2025\n"
             "“Let me give you the number that matters. Last year, spending on AI in education worldwide was nine "
             "point eight billion dollars. Our team expects thirty-one billion dollars by 2030. That is more than a "
             "tripling in six years. And when we asked teachers, roughly one in three told us they already use an AI "
             "assistant every week.”",
        obs=[("Total", 2024, 9.8, "USD billion", "actual"), ("Total", 2030, 31.0, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2024, 2030, 6.0)],
        # 31 / 9.8 = 3.16: "more than a tripling" as x3
        verdicts=[]),
    dict(  # 13: an initiation note: 2030E and a span written 2024-30E; a part with its share; a penetration (none)
        text="Calder Hughes & Co., Insurance Technology, initiating coverage, 2 September 2025\n"
             "We size the AI in insurance market at $6.9 billion in 2024 and forecast $29.4 billion in 2030E, a 27.3% "
             "CAGR (2024-30E). Claims automation is the largest slice at $2.5 billion (36% share). Penetration of AI "
             "in personal-lines underwriting is still only 14%, which leaves plenty of room. Rating: Overweight; our "
             "target price of $88 is 24x 2026E EPS.",
        obs=[("Total", 2024, 6.9, "USD billion", "actual"), ("Total", 2030, 29.4, "USD billion", "estimate"),
             ("Claims automation", 2024, 2.5, "USD billion", "actual")],
        claims=[("cagr", 27.3, "percent", 2024, 2030, None, "stated"), ("share", 36.0, "percent", 2024, 2024, None)],
        verdicts=[("cagr", "exact"),  # (29.4 / 6.9) ** (1/6) - 1 = 27.33% -> 27.3 (bounds 29.35 / 6.95 .. 29.45 /
                  # 6.85: 27.14 .. 27.52)
                  ("arithmetic", "exact")]),  # 2.5 / 6.9 = 36.23% -> 36 (bounds 2.45 / 6.95 .. 2.55 / 6.85:
                  # 35.25 .. 37.23)
    dict(  # 14: a statistics office's release: "million euros", "per cent", a year-on-year rate with no base printed
        text="Statistics Office, release 47/2025, 30 September 2025\n"
             "Turnover of enterprises whose main activity is computer vision rose by 24.5% year on year to 8,350 "
             "million euros in 2024. Exports accounted for 3,120 million euros, a share of 37.4 per cent. The next "
             "release is scheduled for 31 March 2026.",
        obs=[("Total", 2024, 8350.0, "EUR million", "actual"), ("Exports", 2024, 3120.0, "EUR million", "actual")],
        claims=[("growth", 24.5, "percent", 2023, 2024, 1.0), ("share", 37.4, "percent", 2024, 2024, None)],
        # 3120 / 8350 = 37.37% -> 37.4 exact (bounds 3119.5 / 8350.5 .. 3120.5 / 8349.5: 37.36 .. 37.37); 2023 not
        # printed
        verdicts=[("arithmetic", "exact")]),
    dict(  # 15: a newsletter blurb: "grew by half" with both amounts, a "five-fold increase"; a shoppers' poll (none)
        text="Retail AI briefing, Friday 17 January 2025\n"
             "Spending on AI in retail grew by half last year, to $11.7 billion from $7.8 billion in 2023, according "
             "to Larchmont Data. The firm expects a five-fold increase by 2030, to $58 billion, as computer-vision "
             "checkout spreads. Shoppers seem keen: 44% of those polled said they had used an AI-assisted "
             "self-checkout.",
        obs=[("Total", 2023, 7.8, "USD billion", "actual"), ("Total", 2024, 11.7, "USD billion", "actual"),
             ("Total", 2030, 58.0, "USD billion", "estimate")],
        claims=[("growth", 50.0, "percent", 2023, 2024, 1.0), ("multiple", 5.0, "multiple", 2024, 2030, 6.0)],
        # 11.7 / 7.8 - 1 = 50.00% -> "by half" exact (bounds 11.65 / 7.85 .. 11.75 / 7.75: 48.41 .. 51.61);
        # 58 / 11.7 = 4.96: five-fold as x5
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 16: a company's results: "percent" spelt out, a quarter (none), a part's share, "has tripled since"
        text="Corvane Systems reports fiscal 2025 results\n"
             "AUSTIN, Texas, March 11, 2025 -- Corvane Systems, which sells AI-based threat detection, reported "
             "revenue of $1.93 billion for fiscal 2025, an increase of 34 percent from $1.44 billion in fiscal 2024. "
             "Fourth-quarter revenue was $562 million. Subscription revenue, now 61 percent of the total, has tripled "
             "since fiscal 2022. Non-GAAP operating margin was 22 percent.",
        obs=[("Total", 2025, 1.93, "USD billion", "actual"), ("Total", 2024, 1.44, "USD billion", "actual")],
        claims=[("growth", 34.0, "percent", 2024, 2025, 1.0), ("share", 61.0, "percent", 2025, 2025, None),
                ("multiple", 3.0, "multiple", 2022, 2025, 3.0)],
        # 1.93 / 1.44 - 1 = 34.03% -> 34 exact (bounds 1.925 / 1.445 .. 1.935 / 1.435: 33.22 .. 34.84)
        verdicts=[("cagr|implied", "exact")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: a broker's note: 有望达到 before its base, 对应...年CAGR为; a penetration rate (none)
        text="【华岳证券】AI PC行业深度报告（2025年4月）：我们预计2026年中国AI PC市场规模有望达到1860亿元，2024年约为720"
             "亿元，对应2024-2026年CAGR为60.7%。随着端侧大模型落地，AI PC渗透率有望从2024年的18%提升至2026年的45%。风险"
             "提示：需求不及预期。",
        obs=[("Total", 2024, 720.0, "CNY 100 million", "actual"),
             ("Total", 2026, 1860.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 60.7, "percent", 2024, 2026, None, "stated")],
        # (1860 / 720) ** (1/2) - 1 = 60.73% -> 60.7 exact (bounds 1859.5 / 720.5 .. 1860.5 / 719.5: 60.65 .. 60.80)
        verdicts=[("cagr", "exact")]),
    dict(  # 18: a broker's comment in 亿美元: a stated CAGR its amounts contradict; China after 其中 with its share
        text="人形机器人行业点评：量产元年开启。根据我们的测算，2024年全球人形机器人市场规模约为32亿美元，预计2030年将达到"
             "410亿美元，对应2024-2030年CAGR为47%。其中中国2024年约为11亿美元，占全球的34%。",
        obs=[("Total", 2024, 32.0, "USD 100 million", "actual"), ("中国", 2024, 11.0, "USD 100 million", "actual"),
             ("Total", 2030, 410.0, "USD 100 million", "estimate")],
        claims=[("cagr", 47.0, "percent", 2024, 2030, None, "stated"), ("share", 34.0, "percent", 2024, 2024, None)],
        verdicts=[("cagr", "inconsistent"),  # (410 / 32) ** (1/6) - 1 = 52.97%; bounds 409.5 / 32.5 .. 410.5 /
                  # 31.5: 52.54 .. 53.40, nowhere near 47
                  ("arithmetic", "exact")]),  # 11 / 32 = 34.38% -> 34 (bounds 10.5 / 32.5 .. 11.5 / 31.5:
                  # 32.31 .. 36.51)
    dict(  # 19: a statistics bureau's bulletin: 同比增长 with no base, 其中 a part and its 比重; R&D intensity (none)
        text="江南省统计局数字经济统计公报（第3号）：2024年，全省规模以上人工智能核心企业实现营业收入5836亿元，同比增长"
             "21.4%。其中，智能硬件营业收入2417亿元，占全部营业收入的比重为41.4%；企业研发经费投入强度为6.8%。",
        obs=[("Total", 2024, 5836.0, "CNY 100 million", "actual"),
             ("智能硬件", 2024, 2417.0, "CNY 100 million", "actual")],
        claims=[("growth", 21.4, "percent", 2023, 2024, 1.0), ("share", 41.4, "percent", 2024, 2024, None)],
        # 2417 / 5836 = 41.42% -> 41.4 exact (bounds 2416.5 / 5836.5 .. 2417.5 / 5835.5: 41.40 .. 41.43); 2023 not
        # printed
        verdicts=[("arithmetic", "exact")]),
    dict(  # 20: an industry department's release: 翻番 over three years with both amounts; a share of a larger whole
        text="东海省工业和信息化厅发布的数据显示，2024年全省计算机视觉产业规模达到1150亿元，较2021年的548亿元实现翻番，"
             "在人工智能核心产业中的比重提升至19.6%。下一步将推动机器视觉在100个典型场景落地。",
        obs=[("Total", 2024, 1150.0, "CNY 100 million", "actual"), ("Total", 2021, 548.0, "CNY 100 million", "actual")],
        claims=[("multiple", 2.0, "multiple", 2021, 2024, 3.0), ("share", 19.6, "percent", 2024, 2024, None)],
        # 1150 / 548 = 2.10: 翻番 as x2; the whole of 19.6% is not printed
        verdicts=[]),
    dict(  # 21: Taiwanese news: 產值 in 億元新台幣 (no observation), 去年 and 今年 from the dateline, two 年增 rates
        text="【台北報導】2025年3月12日，台灣智慧產業研究中心今日指出，去年台灣AI伺服器產值為6,850億元新台幣，年增126%；"
             "今年在雲端業者擴大資本支出帶動下，產值預估將成長至1兆1,200億元新台幣，年增63.5%。",
        obs=[],
        claims=[("growth", 126.0, "percent", 2023, 2024, 1.0), ("growth", 63.5, "percent", 2024, 2025, 1.0)],
        # 11200 / 6850 - 1 = 63.50% -> 63.5 exact (bounds 11199.5 / 6850.5 .. 11200.5 / 6849.5: 63.48 .. 63.52);
        # 2023's output is not printed
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 22: Taiwanese news in 億美元: 預估...將達, 年複合成長率 (span from the amounts), a region after 其中 with 占比
        text="研調機構宏觀數據最新報告指出，全球AI醫療影像市場規模2024年為18.5億美元，預估2030年將達79億美元，年複合成長率"
             "27.4%；其中亞太地區2024年規模為4.1億美元，占比約22%。報告並指出，已有逾四成的醫院導入AI輔助判讀。",
        obs=[("Total", 2024, 18.5, "USD 100 million", "actual"), ("Total", 2030, 79.0, "USD 100 million", "estimate"),
             ("亞太地區", 2024, 4.1, "USD 100 million", "actual")],
        claims=[("cagr", 27.4, "percent", 2024, 2030, None, "inferred"), ("share", 22.0, "percent", 2024, 2024, None)],
        verdicts=[("cagr|period", "exact"),  # (79 / 18.5) ** (1/6) - 1 = 27.37% -> 27.4 (bounds 78.5 / 18.55 ..
                  # 79.5 / 18.45: 27.18 .. 27.56)
                  ("arithmetic", "exact")]),  # 4.1 / 18.5 = 22.16% -> 22 (bounds 4.05 / 18.55 .. 4.15 / 18.45:
                  # 21.83 .. 22.49)
    dict(  # 23: Taiwanese news: shipments in 萬台 this year, 年增, a share of the world's; a 滲透率 in 成 (none)
        text="【2025/06/18 綜合報導】市調機構群策顧問預估，今年台灣品牌AI PC出貨量將達1,850萬台，年增72%，占全球AI PC出貨"
             "量的比重約17%；不過AI PC在整體筆電出貨中的滲透率仍僅約三成。",
        obs=[("Total", 2025, 1850.0, "count 10 thousand", "estimate")],
        claims=[("growth", 72.0, "percent", 2024, 2025, 1.0), ("share", 17.0, "percent", 2025, 2025, None)],
        # last year's shipments are not printed: 72% has nothing to check it against
        verdicts=[]),
    dict(  # 24: a white paper: 增长近两倍 over three years, then a forecast and 年均复合增长率约 (span from the amounts)
        text="《2025中国智慧教育发展报告》显示，我国AI教育市场规模从2021年的186亿元增至2024年的542亿元，三年间增长近两倍；"
             "报告预计2027年市场规模将达到1035亿元，年均复合增长率约24%。调查还显示，63.5%的受访教师每周使用AI备课工具。",
        obs=[("Total", 2021, 186.0, "CNY 100 million", "actual"), ("Total", 2024, 542.0, "CNY 100 million", "actual"),
             ("Total", 2027, 1035.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2021, 2024, 3.0),
                ("cagr", 24.0, "percent", 2024, 2027, None, "inferred")],
        # 542 / 186 = 2.91: 增长近两倍 as x3; (1035 / 542) ** (1/3) - 1 = 24.06% -> 24 exact (bounds 1034.5 / 542.5 ..
        # 1035.5 / 541.5: 24.01 .. 24.12)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 25: a think tank's report: 同比增长 with the rounded base in brackets, a rate only rounding reaches
        text="中安智库发布报告称，2024年我国AI安全市场规模为86亿元，同比增长31.5%（2023年约为66亿元）；预计2026年将达到"
             "148亿元。报告认为，大模型应用的安全评测将成为新的增长点。",
        obs=[("Total", 2024, 86.0, "CNY 100 million", "actual"), ("Total", 2023, 66.0, "CNY 100 million", "actual"),
             ("Total", 2026, 148.0, "CNY 100 million", "estimate")],
        claims=[("growth", 31.5, "percent", 2023, 2024, 1.0)],
        # 86 / 66 - 1 = 30.30%, not 31.5; bounds 85.5 / 66.5 .. 86.5 / 65.5: 28.57 .. 32.06
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 26: a research institute's forecast: 从...增长到, 三年翻一番; a 渗透率 (none)
        text="交通运输研究机构远途智库预测，自动驾驶干线物流市场规模将从2024年的128亿元增长到2027年的260亿元，三年翻一番。"
             "届时干线物流中自动驾驶重卡的渗透率有望达到5%。",
        obs=[("Total", 2024, 128.0, "CNY 100 million", "actual"),
             ("Total", 2027, 260.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2024, 2027, 3.0)],
        # 260 / 128 = 2.03: 翻一番 as x2
        verdicts=[]),
    dict(  # 27: a raised forecast: 由...上调至 (the replaced figure none), growth on last year; an attach rate (none)
        text="潮声研究院将2025年中国智能语音市场规模预测值由420亿元上调至465亿元，较2024年的372亿元增长25%。上调的主要原因"
             "是车载语音交互需求超出预期，新车前装语音交互的搭载率已接近八成。",
        obs=[("Total", 2024, 372.0, "CNY 100 million", "actual"),
             ("Total", 2025, 465.0, "CNY 100 million", "estimate")],
        claims=[("growth", 25.0, "percent", 2024, 2025, 1.0)],
        # 465 / 372 - 1 = 25.00% -> 25 exact (bounds 464.5 / 372.5 .. 465.5 / 371.5: 24.70 .. 25.30)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 28: a consultancy's count in 亿美元: 年均复合增长率为 (span from the amounts), a part after 其中 with 占比
        text="据海川咨询统计，2024年全球AI数据中心资本开支达到2310亿美元，预计2028年将增至5120亿美元，年均复合增长率为22%。"
             "其中，美国四大云厂商2024年合计投入1480亿美元，占比64%。",
        obs=[("Total", 2024, 2310.0, "USD 100 million", "actual"),
             ("美国四大云厂商", 2024, 1480.0, "USD 100 million", "actual"),
             ("Total", 2028, 5120.0, "USD 100 million", "estimate")],
        claims=[("cagr", 22.0, "percent", 2024, 2028, None, "inferred"), ("share", 64.0, "percent", 2024, 2024, None)],
        verdicts=[("cagr|period", "exact"),  # (5120 / 2310) ** (1/4) - 1 = 22.01% -> 22 (bounds 5119.5 / 2310.5 ..
                  # 5120.5 / 2309.5: 22.01 .. 22.02)
                  ("arithmetic", "exact")]),  # 1480 / 2310 = 64.07% -> 64 (bounds 1479.5 / 2310.5 .. 1480.5 /
                  # 2309.5: 64.03 .. 64.10)
    dict(  # 29: a Chinese FAQ (问/答): 同比增长 with no base, 预计到...将达到, 年均增长 (span from the amounts)
        text="问：我国保险业AI应用市场有多大？\n"
             "答：据瑞衡研究测算，2024年我国保险业AI应用市场规模约为63亿元，同比增长28%；预计到2029年将达到214亿元，年均增长"
             "27.7%。\n"
             "问：哪些环节应用最多？\n"
             "答：智能理赔和智能客服是应用最广的两个环节。",
        obs=[("Total", 2024, 63.0, "CNY 100 million", "actual"), ("Total", 2029, 214.0, "CNY 100 million", "estimate")],
        claims=[("growth", 28.0, "percent", 2023, 2024, 1.0), ("cagr", 27.7, "percent", 2024, 2029, None, "inferred")],
        # (214 / 63) ** (1/5) - 1 = 27.71% -> 27.7 exact (bounds 213.5 / 63.5 .. 214.5 / 62.5: 27.45 .. 27.97)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 30: a structure in prose: a part's amount and 占比 only rounding reaches, a part's share alone; survey (none)
        text="零售数字化研究所发布的报告显示，2024年我国零售业人工智能解决方案市场规模为318亿元，其中智能营销规模约121亿元，"
             "占比38.2%；智能供应链占比27%。受访零售企业中，已有46%部署了AI客服。",
        obs=[("Total", 2024, 318.0, "CNY 100 million", "actual"), ("智能营销", 2024, 121.0, "CNY 100 million", "actual")],
        claims=[("share", 38.2, "percent", 2024, 2024, None), ("share", 27.0, "percent", 2024, 2024, None)],
        # 121 / 318 = 38.05%, not 38.2; bounds 120.5 / 318.5 .. 121.5 / 317.5: 37.83 .. 38.27
        verdicts=[("arithmetic", "rounding")]),
    # ------------------------------------------------------------------------------------------------- tables (31-40)
    dict(  # 31: a pipe table with a merged header row, an F column, share and CAGR columns, a total row; one rate wrong
        text="Generative AI software revenue by segment, worldwide\n"
             "|                 | Revenue (US$ bn) |       | Share  | CAGR      |\n"
             "| Segment         | 2024             | 2030F | 2024   | 2024-2030 |\n"
             "|-----------------|------------------|-------|--------|-----------|\n"
             "| Text and code   | 9.8              | 52.6  | 48.8%  | 32.3%     |\n"
             "| Image and video | 6.1              | 31.9  | 30.3%  | 31.7%     |\n"
             "| Audio           | 4.2              | 18.4  | 20.9%  | 29.7%     |\n"
             "| Total           | 20.1             | 102.9 | 100.0% | 31.3%     |\n"
             "Source: Penrose Market Analytics, 2025.",
        obs=[("Text and code", 2024, 9.8, "USD billion", "actual"),
             ("Text and code", 2030, 52.6, "USD billion", "estimate"),
             ("Image and video", 2024, 6.1, "USD billion", "actual"),
             ("Image and video", 2030, 31.9, "USD billion", "estimate"),
             ("Audio", 2024, 4.2, "USD billion", "actual"), ("Audio", 2030, 18.4, "USD billion", "estimate"),
             ("Total", 2024, 20.1, "USD billion", "actual"), ("Total", 2030, 102.9, "USD billion", "estimate")],
        claims=[("share", 48.8, "percent", 2024, 2024, None), ("share", 30.3, "percent", 2024, 2024, None),
                ("share", 20.9, "percent", 2024, 2024, None),
                ("cagr", 32.3, "percent", 2024, 2030, None, "stated"),
                ("cagr", 31.7, "percent", 2024, 2030, None, "stated"),
                ("cagr", 29.7, "percent", 2024, 2030, None, "stated"),
                ("cagr", 31.3, "percent", 2024, 2030, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 9.8 + 6.1 + 4.2 = 20.1; 52.6 + 31.9 + 18.4 = 102.9
                  ("arithmetic", "exact"),  # 9.8 / 20.1 = 48.76% -> 48.8 (bounds 9.75 / 20.15 .. 9.85 / 20.05:
                  # 48.39 .. 49.13)
                  ("arithmetic", "exact"),  # 6.1 / 20.1 = 30.35% -> 30.3 (bounds 30.02 .. 30.67)
                  ("arithmetic", "exact"),  # 4.2 / 20.1 = 20.90% -> 20.9 (bounds 20.60 .. 21.20)
                  ("cagr", "exact"),  # (52.6 / 9.8) ** (1/6) - 1 = 32.32% -> 32.3 (bounds 52.55 / 9.85 .. 52.65 /
                  # 9.75: 32.19 .. 32.45)
                  ("cagr", "exact"),  # (31.9 / 6.1) ** (1/6) - 1 = 31.75% -> 31.7 (bounds 31.85 / 6.15 .. 31.95 /
                  # 6.05: 31.53 .. 31.96)
                  ("cagr", "inconsistent"),  # (18.4 / 4.2) ** (1/6) - 1 = 27.92%; bounds 18.35 / 4.25 .. 18.45 /
                  # 4.15: 27.61 .. 28.23, nowhere near 29.7
                  ("cagr", "exact")]),  # (102.9 / 20.1) ** (1/6) - 1 = 31.28% -> 31.3 (bounds 102.85 / 20.15 ..
                  # 102.95 / 20.05: 31.22 .. 31.35)
    dict(  # 32: a vertical tab table, years as rows, its value column headed 亿元 alone, a 同比 column; one only rounds
        text="表3　中国人形机器人市场规模\n"
             "年份\t亿元\t同比\n"
             "2022\t12.6\t—\n"
             "2023\t27.4\t117.5%\n"
             "2024\t53.8\t96.2%\n"
             "2025E\t96.5\t79.4%\n"
             "2026E\t162.0\t67.9%",
        obs=[("Total", 2022, 12.6, "CNY 100 million", "actual"), ("Total", 2023, 27.4, "CNY 100 million", "actual"),
             ("Total", 2024, 53.8, "CNY 100 million", "actual"), ("Total", 2025, 96.5, "CNY 100 million", "estimate"),
             ("Total", 2026, 162.0, "CNY 100 million", "estimate")],
        claims=[("growth", 117.5, "percent", 2022, 2023, 1.0), ("growth", 96.2, "percent", 2023, 2024, 1.0),
                ("growth", 79.4, "percent", 2024, 2025, 1.0), ("growth", 67.9, "percent", 2025, 2026, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 27.4 / 12.6 - 1 = 117.46% -> 117.5 (bounds 27.35 / 12.65 .. 27.45 /
                  # 12.55: 116.21 .. 118.73)
                  ("cagr|implied", "rounding"),  # 53.8 / 27.4 - 1 = 96.35%, not 96.2; bounds 53.75 / 27.45 ..
                  # 53.85 / 27.35: 95.81 .. 96.89
                  ("cagr|implied", "exact"),  # 96.5 / 53.8 - 1 = 79.37% -> 79.4 (bounds 79.11 .. 79.63)
                  ("cagr|implied", "exact")]),  # 162.0 / 96.5 - 1 = 67.88% -> 67.9 (bounds 67.74 .. 68.01)
    dict(  # 33: a space-aligned table in yen: a units line, fiscal-year columns with E and F, a total row, a CAGR line
        text="Japan: AI system spending by industry\n"
             "Units: ¥ billion; fiscal years starting April\n"
             "Industry          FY2024    FY2025E    FY2028F\n"
             "Manufacturing      312.5      371.0      598.2\n"
             "Finance            208.4      246.9      402.7\n"
             "Retail              96.3      118.8      205.6\n"
             "Public sector       71.8       83.1      131.5\n"
             "Total              689.0      819.8    1,338.0\n"
             "Total CAGR FY2025-FY2028: 17.7%",
        obs=[("Manufacturing", 2024, 312.5, "JPY billion", "actual"),
             ("Manufacturing", 2025, 371.0, "JPY billion", "estimate"),
             ("Manufacturing", 2028, 598.2, "JPY billion", "estimate"),
             ("Finance", 2024, 208.4, "JPY billion", "actual"), ("Finance", 2025, 246.9, "JPY billion", "estimate"),
             ("Finance", 2028, 402.7, "JPY billion", "estimate"),
             ("Retail", 2024, 96.3, "JPY billion", "actual"), ("Retail", 2025, 118.8, "JPY billion", "estimate"),
             ("Retail", 2028, 205.6, "JPY billion", "estimate"),
             ("Public sector", 2024, 71.8, "JPY billion", "actual"),
             ("Public sector", 2025, 83.1, "JPY billion", "estimate"),
             ("Public sector", 2028, 131.5, "JPY billion", "estimate"),
             ("Total", 2024, 689.0, "JPY billion", "actual"), ("Total", 2025, 819.8, "JPY billion", "estimate"),
             ("Total", 2028, 1338.0, "JPY billion", "estimate")],
        claims=[("cagr", 17.7, "percent", 2025, 2028, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 312.5 + 208.4 + 96.3 + 71.8 = 689.0; 371.0 + 246.9 + 118.8 + 83.1 =
                  # 819.8; 598.2 + 402.7 + 205.6 + 131.5 = 1338.0
                  ("cagr", "exact")]),  # (1338.0 / 819.8) ** (1/3) - 1 = 17.74% -> 17.7 (bounds 1337.95 / 819.85 ..
                  # 1338.05 / 819.75: 17.73 .. 17.74)
    dict(  # 34: a Traditional-Chinese pipe table: 單位：億美元, a 預估 column, a 年增率 column, a 合計 row; one rate wrong
        text="全球AI加速器市場規模（單位：億美元）\n"
             "| 地區 | 2024年 | 2025年（預估） | 年增率 |\n"
             "|---|---|---|---|\n"
             "| 北美 | 612 | 905 | 47.9% |\n"
             "| 亞太 | 298 | 446 | 49.7% |\n"
             "| 歐洲 | 104 | 151 | 54.2% |\n"
             "| 其他 | 36 | 52 | 44.4% |\n"
             "| 合計 | 1,050 | 1,554 | 48.0% |\n"
             "資料來源：晶研顧問",
        obs=[("北美", 2024, 612.0, "USD 100 million", "actual"), ("北美", 2025, 905.0, "USD 100 million", "estimate"),
             ("亞太", 2024, 298.0, "USD 100 million", "actual"), ("亞太", 2025, 446.0, "USD 100 million", "estimate"),
             ("歐洲", 2024, 104.0, "USD 100 million", "actual"), ("歐洲", 2025, 151.0, "USD 100 million", "estimate"),
             ("其他", 2024, 36.0, "USD 100 million", "actual"), ("其他", 2025, 52.0, "USD 100 million", "estimate"),
             ("合計", 2024, 1050.0, "USD 100 million", "actual"), ("合計", 2025, 1554.0, "USD 100 million", "estimate")],
        claims=[("growth", 47.9, "percent", 2024, 2025, 1.0), ("growth", 49.7, "percent", 2024, 2025, 1.0),
                ("growth", 54.2, "percent", 2024, 2025, 1.0), ("growth", 44.4, "percent", 2024, 2025, 1.0),
                ("growth", 48.0, "percent", 2024, 2025, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 612 + 298 + 104 + 36 = 1050; 905 + 446 + 151 + 52 = 1554
                  ("cagr|implied", "exact"),  # 905 / 612 - 1 = 47.88% -> 47.9 (bounds 904.5 / 612.5 .. 905.5 /
                  # 611.5: 47.67 .. 48.08)
                  ("cagr|implied", "exact"),  # 446 / 298 - 1 = 49.66% -> 49.7 (bounds 49.25 .. 50.08)
                  ("cagr|implied", "inconsistent"),  # 151 / 104 - 1 = 45.19%; bounds 150.5 / 104.5 .. 151.5 /
                  # 103.5: 44.02 .. 46.38, nowhere near 54.2
                  ("cagr|implied", "exact"),  # 52 / 36 - 1 = 44.44% -> 44.4 (bounds 51.5 / 36.5 .. 52.5 / 35.5:
                  # 41.10 .. 47.89)
                  ("cagr|implied", "exact")]),  # 1554 / 1050 - 1 = 48.00% -> 48.0 (bounds 1553.5 / 1050.5 ..
                  # 1554.5 / 1049.5: 47.88 .. 48.12)
    dict(  # 35: a broker's space-aligned table: 单位 in the caption, A and E columns, a 同比增速 row, a CAGR line
        text="图表15：中国AI数据中心市场规模预测（单位：亿元）\n"
             "指标          2023A     2024A     2025E     2026E     2027E\n"
             "市场规模      1,284     1,836     2,571     3,498     4,620\n"
             "同比增速      38.6%     43.0%     40.0%     36.1%     32.1%\n"
             "2024-2027年CAGR：36.0%\n"
             "资料来源：启明证券研究所测算",
        obs=[("市场规模", 2023, 1284.0, "CNY 100 million", "actual"), ("市场规模", 2024, 1836.0, "CNY 100 million", "actual"),
             ("市场规模", 2025, 2571.0, "CNY 100 million", "estimate"),
             ("市场规模", 2026, 3498.0, "CNY 100 million", "estimate"),
             ("市场规模", 2027, 4620.0, "CNY 100 million", "estimate")],
        claims=[("growth", 38.6, "percent", 2022, 2023, 1.0), ("growth", 43.0, "percent", 2023, 2024, 1.0),
                ("growth", 40.0, "percent", 2024, 2025, 1.0), ("growth", 36.1, "percent", 2025, 2026, 1.0),
                ("growth", 32.1, "percent", 2026, 2027, 1.0), ("cagr", 36.0, "percent", 2024, 2027, None, "stated")],
        # 2022's amount is not printed: 38.6% has nothing to check it against
        verdicts=[("cagr|implied", "exact"),  # 1836 / 1284 - 1 = 42.99% -> 43.0 (bounds 42.90 .. 43.09)
                  ("cagr|implied", "exact"),  # 2571 / 1836 - 1 = 40.03% -> 40.0 (bounds 39.97 .. 40.10)
                  ("cagr|implied", "exact"),  # 3498 / 2571 - 1 = 36.06% -> 36.1 (bounds 36.01 .. 36.10)
                  ("cagr|implied", "exact"),  # 4620 / 3498 - 1 = 32.08% -> 32.1 (bounds 32.04 .. 32.11)
                  ("cagr", "exact")]),  # (4620 / 1836) ** (1/3) - 1 = 36.02% -> 36.0 (bounds 4619.5 / 1836.5 ..
                  # 4620.5 / 1835.5: 36.00 .. 36.03)
    dict(  # 36: a newsletter's markdown table of four separate markets, no total row; a CAGR column; one only rounds
        text="📬 Where AI budgets are heading: the consensus in one table\n"
             "| Market | 2024 (US$ bn) | 2030 (US$ bn) | CAGR 2024-30 |\n"
             "|:--|--:|--:|--:|\n"
             "| Computer vision | 23.4 | 72.8 | 20.8% |\n"
             "| Speech recognition | 14.9 | 41.0 | 18.3% |\n"
             "| AI cybersecurity | 26.1 | 93.7 | 23.7% |\n"
             "| AI in education | 7.2 | 33.5 | 29.2% |\n"
             "Figures: Quillon Research consensus, compiled for subscribers.",
        obs=[("Computer vision", 2024, 23.4, "USD billion", "actual"),
             ("Computer vision", 2030, 72.8, "USD billion", "estimate"),
             ("Speech recognition", 2024, 14.9, "USD billion", "actual"),
             ("Speech recognition", 2030, 41.0, "USD billion", "estimate"),
             ("AI cybersecurity", 2024, 26.1, "USD billion", "actual"),
             ("AI cybersecurity", 2030, 93.7, "USD billion", "estimate"),
             ("AI in education", 2024, 7.2, "USD billion", "actual"),
             ("AI in education", 2030, 33.5, "USD billion", "estimate")],
        claims=[("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
                ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
                ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
                ("cagr", 29.2, "percent", 2024, 2030, None, "stated")],
        verdicts=[("cagr", "exact"),  # (72.8 / 23.4) ** (1/6) - 1 = 20.82% -> 20.8 (bounds 72.75 / 23.45 .. 72.85 /
                  # 23.35: 20.77 .. 20.88)
                  ("cagr", "rounding"),  # (41.0 / 14.9) ** (1/6) - 1 = 18.38%, not 18.3; bounds 40.95 / 14.95 ..
                  # 41.05 / 14.85: 18.29 .. 18.47
                  ("cagr", "exact"),  # (93.7 / 26.1) ** (1/6) - 1 = 23.74% -> 23.7 (bounds 23.69 .. 23.79)
                  ("cagr", "exact")]),  # (33.5 / 7.2) ** (1/6) - 1 = 29.21% -> 29.2 (bounds 33.45 / 7.25 .. 33.55 /
                  # 7.15: 29.03 .. 29.39)
    dict(  # 37: a pipe table in EUR million: a units line, a footnote mark on the e column, a total row, a growth line
        text="AI data centre investment in Europe by country\n"
             "Unit: EUR million\n"
             "| Country | 2024 | 2025e¹ |\n"
             "|---|---:|---:|\n"
             "| Germany | 4,860 | 6,120 |\n"
             "| France | 3,210 | 4,050 |\n"
             "| Netherlands | 1,940 | 2,380 |\n"
             "| Nordics | 1,570 | 2,210 |\n"
             "| Other | 2,130 | 2,660 |\n"
             "| Europe total | 13,710 | 17,420 |\n"
             "Europe total, change 2024-25: +27.1%\n"
             "¹ Estimate based on projects announced by 30 June 2025.",
        obs=[("Germany", 2024, 4860.0, "EUR million", "actual"), ("Germany", 2025, 6120.0, "EUR million", "estimate"),
             ("France", 2024, 3210.0, "EUR million", "actual"), ("France", 2025, 4050.0, "EUR million", "estimate"),
             ("Netherlands", 2024, 1940.0, "EUR million", "actual"),
             ("Netherlands", 2025, 2380.0, "EUR million", "estimate"),
             ("Nordics", 2024, 1570.0, "EUR million", "actual"), ("Nordics", 2025, 2210.0, "EUR million", "estimate"),
             ("Other", 2024, 2130.0, "EUR million", "actual"), ("Other", 2025, 2660.0, "EUR million", "estimate"),
             ("Europe total", 2024, 13710.0, "EUR million", "actual"),
             ("Europe total", 2025, 17420.0, "EUR million", "estimate")],
        claims=[("growth", 27.1, "percent", 2024, 2025, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 4860 + 3210 + 1940 + 1570 + 2130 = 13710; 6120 + 4050 + 2380 + 2210 +
                  # 2660 = 17420
                  ("cagr|implied", "exact")]),  # 17420 / 13710 - 1 = 27.06% -> 27.1 (bounds 17415 / 13715 .. 17425 /
                  # 13705: 26.98 .. 27.14)
    dict(  # 38: a company's tab table: fiscal-year columns, a YoY column with a fall, a total row, a margin row (none)
        text="Veradyne Speech, fiscal 2025 results: revenue by type (in US$ millions)\n"
             "\tFY2024\tFY2025\tYoY\n"
             "Licences\t182.4\t171.9\t-5.8%\n"
             "Cloud subscriptions\t396.7\t548.2\t38.2%\n"
             "Services\t88.5\t97.3\t9.9%\n"
             "Total revenue\t667.6\t817.4\t22.4%\n"
             "Gross margin\t71.2%\t73.5%\t+2.3 pts",
        obs=[("Licences", 2024, 182.4, "USD million", "actual"), ("Licences", 2025, 171.9, "USD million", "actual"),
             ("Cloud subscriptions", 2024, 396.7, "USD million", "actual"),
             ("Cloud subscriptions", 2025, 548.2, "USD million", "actual"),
             ("Services", 2024, 88.5, "USD million", "actual"), ("Services", 2025, 97.3, "USD million", "actual"),
             ("Total revenue", 2024, 667.6, "USD million", "actual"),
             ("Total revenue", 2025, 817.4, "USD million", "actual")],
        claims=[("growth", -5.8, "percent", 2024, 2025, 1.0), ("growth", 38.2, "percent", 2024, 2025, 1.0),
                ("growth", 9.9, "percent", 2024, 2025, 1.0), ("growth", 22.4, "percent", 2024, 2025, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 182.4 + 396.7 + 88.5 = 667.6; 171.9 + 548.2 + 97.3 = 817.4
                  ("cagr|implied", "exact"),  # 171.9 / 182.4 - 1 = -5.76% -> -5.8 (bounds 171.85 / 182.45 ..
                  # 171.95 / 182.35: -5.81 .. -5.70)
                  ("cagr|implied", "exact"),  # 548.2 / 396.7 - 1 = 38.19% -> 38.2 (bounds 38.16 .. 38.22)
                  ("cagr|implied", "exact"),  # 97.3 / 88.5 - 1 = 9.94% -> 9.9 (bounds 9.82 .. 10.06)
                  ("cagr|implied", "exact")]),  # 817.4 / 667.6 - 1 = 22.44% -> 22.4 (bounds 22.42 .. 22.46)
    dict(  # 39: a Chinese pipe table, a merged header row (规模 over two years), CAGR and 占比 columns; one rate wrong
        text="中国医学影像AI细分市场（单位：亿元）\n"
             "| 细分领域 | 市场规模 | | 2024-2027年 | 2024年 |\n"
             "| | 2024年 | 2027年E | CAGR | 占比 |\n"
             "|---|---|---|---|---|\n"
             "| CT影像 | 38.6 | 82.4 | 28.8% | 41.5% |\n"
             "| 磁共振 | 21.7 | 53.0 | 43.7% | 23.3% |\n"
             "| 超声 | 14.2 | 35.8 | 36.1% | 15.3% |\n"
             "| 病理 | 18.5 | 40.6 | 30.0% | 19.9% |\n"
             "| 合计 | 93.0 | 211.8 | 31.6% | 100.0% |",
        obs=[("CT影像", 2024, 38.6, "CNY 100 million", "actual"), ("CT影像", 2027, 82.4, "CNY 100 million", "estimate"),
             ("磁共振", 2024, 21.7, "CNY 100 million", "actual"), ("磁共振", 2027, 53.0, "CNY 100 million", "estimate"),
             ("超声", 2024, 14.2, "CNY 100 million", "actual"), ("超声", 2027, 35.8, "CNY 100 million", "estimate"),
             ("病理", 2024, 18.5, "CNY 100 million", "actual"), ("病理", 2027, 40.6, "CNY 100 million", "estimate"),
             ("合计", 2024, 93.0, "CNY 100 million", "actual"), ("合计", 2027, 211.8, "CNY 100 million", "estimate")],
        claims=[("cagr", 28.8, "percent", 2024, 2027, None, "stated"),
                ("cagr", 43.7, "percent", 2024, 2027, None, "stated"),
                ("cagr", 36.1, "percent", 2024, 2027, None, "stated"),
                ("cagr", 30.0, "percent", 2024, 2027, None, "stated"),
                ("cagr", 31.6, "percent", 2024, 2027, None, "stated"),
                ("share", 41.5, "percent", 2024, 2024, None), ("share", 23.3, "percent", 2024, 2024, None),
                ("share", 15.3, "percent", 2024, 2024, None), ("share", 19.9, "percent", 2024, 2024, None)],
        verdicts=[("hierarchy", "exact"),  # 38.6 + 21.7 + 14.2 + 18.5 = 93.0; 82.4 + 53.0 + 35.8 + 40.6 = 211.8
                  ("cagr", "exact"),  # (82.4 / 38.6) ** (1/3) - 1 = 28.76% -> 28.8 (bounds 28.68 .. 28.84)
                  ("cagr", "inconsistent"),  # (53.0 / 21.7) ** (1/3) - 1 = 34.67%; bounds 52.95 / 21.75 .. 53.05 /
                  # 21.65: 34.52 .. 34.82, nowhere near 43.7
                  ("cagr", "exact"),  # (35.8 / 14.2) ** (1/3) - 1 = 36.10% -> 36.1 (bounds 35.88 .. 36.33)
                  ("cagr", "exact"),  # (40.6 / 18.5) ** (1/3) - 1 = 29.95% -> 30.0 (bounds 29.78 .. 30.12)
                  ("cagr", "exact"),  # (211.8 / 93.0) ** (1/3) - 1 = 31.57% -> 31.6 (bounds 211.75 / 93.05 ..
                  # 211.85 / 92.95: 31.53 .. 31.60)
                  ("arithmetic", "exact"),  # 38.6 / 93.0 = 41.51% -> 41.5 (bounds 38.55 / 93.05 .. 38.65 / 92.95:
                  # 41.43 .. 41.58)
                  ("arithmetic", "exact"),  # 21.7 / 93.0 = 23.33% -> 23.3 (bounds 23.27 .. 23.40)
                  ("arithmetic", "exact"),  # 14.2 / 93.0 = 15.27% -> 15.3 (bounds 15.21 .. 15.33)
                  ("arithmetic", "exact")]),  # 18.5 / 93.0 = 19.89% -> 19.9 (bounds 19.83 .. 19.96)
    dict(  # 40: a vertical space-aligned table headed by its unit, a starred E row, a YoY column, a CAGR line
        text="AI PC revenue, worldwide\n"
             "Year       US$ bn      YoY\n"
             "2023         12.8        —\n"
             "2024         31.5   146.3%\n"
             "2025E*       58.9    87.0%\n"
             "2026E        84.2    43.0%\n"
             "2027E       108.6    29.0%\n"
             "CAGR 2023-2027E: 70.7%\n"
             "* Includes machines sold to schools under multi-year contracts.",
        obs=[("Total", 2023, 12.8, "USD billion", "actual"), ("Total", 2024, 31.5, "USD billion", "actual"),
             ("Total", 2025, 58.9, "USD billion", "estimate"), ("Total", 2026, 84.2, "USD billion", "estimate"),
             ("Total", 2027, 108.6, "USD billion", "estimate")],
        claims=[("growth", 146.3, "percent", 2023, 2024, 1.0), ("growth", 87.0, "percent", 2024, 2025, 1.0),
                ("growth", 43.0, "percent", 2025, 2026, 1.0), ("growth", 29.0, "percent", 2026, 2027, 1.0),
                ("cagr", 70.7, "percent", 2023, 2027, None, "stated")],
        verdicts=[("cagr|implied", "rounding"),  # 31.5 / 12.8 - 1 = 146.09%, not 146.3; bounds 31.45 / 12.85 ..
                  # 31.55 / 12.75: 144.75 .. 147.45
                  ("cagr|implied", "exact"),  # 58.9 / 31.5 - 1 = 86.98% -> 87.0 (bounds 86.53 .. 87.44)
                  ("cagr|implied", "exact"),  # 84.2 / 58.9 - 1 = 42.95% -> 43.0 (bounds 42.75 .. 43.16)
                  ("cagr|implied", "exact"),  # 108.6 / 84.2 - 1 = 28.98% -> 29.0 (bounds 28.84 .. 29.11)
                  ("cagr", "exact")]),  # (108.6 / 12.8) ** (1/4) - 1 = 70.67% -> 70.7 (bounds 108.55 / 12.85 ..
                  # 108.65 / 12.75: 70.48 .. 70.86)
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'came in at',
    'a 2025-2028 CAGR of',
    'How big is the',
    'one hundred and twenty billion dollars',
    'call it 40%',
    'total addressable market',
    'between $62 billion and $75 billion',
    '€41.3 billion',
    '$2.4B → $38.0B (2024→2032)',
    'raised its forecast',
    'about 2.3 times',
    'to triple',
    'has tripled',
    'a separate market',
    '¥412 billion',
    'fiscal 2024',
    '2024¹',
    'nine point eight billion dollars',
    'more than a tripling',
    '(2024-30E)',
    'million euros',
    'per cent',
    'grew by half',
    'five-fold',
    '34 percent',
    '有望达到',
    '对应2024-2026年CAGR为',
    '比重为',
    '翻番',
    '億元新台幣',
    '年增',
    '產值',
    '年複合成長率',
    '萬台',
    '增长近两倍',
    '翻一番',
    '上调至',
    '问：',
    '渗透率',
    '滲透率',
    '| Share  |',
    'Units: ¥ billion',
    'Unit: EUR million',
    '2025年（預估）',
    '2024A',
    '2027年E',
    '-5.8%',
    'Gross margin',
    '2025E*',
)
#: Scored once, blind, on the extractor as it stood when the set was added, but for a table header that printed a
#: year again over a column of shares, which stopped the draft (mended first): figures 141/181 (78%), rates 51/75
#: (68%), verdicts 51/83 (61%), false inconsistent 6. The rules written just before for the fifteenth set's misses
#: (years the dateline fixes, two-digit fiscal years, other currencies, asides) scored the same on it with and
#: without them: 130/170 figures on the 39 snippets both could read. Its false inconsistent verdicts were then mended
#: (valuation multiples, a share that rose to a level, two header rows, a combined amount of one year, "2.3 times the
#: $16.2 billion", a multiple by 2030 from the latest year of history, a whole date on a text's first lines, "grew
#: by half last year, to"): figures 147/181, rates 58/75, verdicts 61/83, false inconsistent 0; then its tables (¥
#: under a caption naming Japan, "2025E*", a CAGR line under a table, a caption over a units line): 165/181, 61/75,
#: 66/83; a CAGR column after a share column: 65/75 rates, 70/83 verdicts; spoken numbers ("nine point eight
#: billion dollars", read as 8 until then, "one hundred and twenty billion", read as 20): 167/181 figures; arrows
#: ("$5.6B → $21.3B (2024→2030)"): 169/181, verdicts 71/83; a date that opens a text's line dates it: 170/181.
#: Still missed: "grew by half", two publishers' figures for one market.
FLOORS = {"figures_found": 179, "rates_found": 74, "verdicts_right": 82}


if __name__ == "__main__":  # python tests/extract_checkset16.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
