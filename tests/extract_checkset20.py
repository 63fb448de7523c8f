"""A twentieth check set for the extractor, written blind: prospectuses' industry overviews, business dailies in
rupees, a trade body's release in euros, company news in yen and won, a written answer in Parliament, a forum thread,
a statistics communiqué, a white paper, posts from Hong Kong and Taiwan, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: an IPO prospectus's industry overview in English and in Chinese ("According to
the F&S Report, the market size ... increased from RMB4.6 billion in 2020 to RMB38.2 billion in 2024, representing a
CAGR of", "is expected to reach", 根据弗若斯特沙利文的资料, 按收入计, 复合年增长率) and its table of years in columns
with a CAGR column for each of two periods (2020-2024 and 2024-2029E); Indian business dailies (₹, crore, "Rs 1.2
lakh crore", FY25, FY30); a European trade body's release ("€4.2bn", "bn euros"); Japanese and Korean company news
in English ("billion yen", "trillion won", each beside a dollar figure); a parliamentary written answer (a
minister's figures in £ million, "per cent", financial years written "2023-24"); a Q&A thread ("IIRC", "~$5B",
"vs."); a statistics communiqué in the national bureau's style (比上年增长, 增速, 亿元, 万台, 占全部……的比重); an
industry association's white paper and its table (总体规模, 同比增速, 预计到2026年, 复合增长率, 细分领域, 占比); a
Hong Kong WeChat article (億港元, 按年增長) and a Taiwan newspaper (億美元, 年增, 預估, 上看, 新台幣) in Traditional
Chinese; 万亿元 and 亿元 in one sentence; a quarter's figure beside the year's; "compared to", "vs.", "up 25.8% y/y",
"a 2.6-fold increase" and 是2021年的3.2倍; a figure stated in a summary and again in the body; ratios that are no
shares ("one in five", "two-thirds of spending", 每五家……就有一家, 约三分之二); and tables as pipe markdown,
tab-separated and space-aligned text: a prospectus table with two CAGR columns, a vertical table whose first column
is the year, a units row under the header ("(RMB billion)"), a subtotal row of the two rows above it, "—" for
missing figures, 同比 columns between the year columns, a tab-separated export with a trailing notes column, a
细分领域 table with 占比, a y/y column beside the years, and a Traditional Chinese table with a 複合成長率 column.
Markets vary (AI compute leasing, AI in logistics, AI drug discovery, conversational AI, AI chips for edge devices,
AI in finance, autonomous trucking, AI video generation, 智能客服, 工业AI质检, AI算力芯片, AI教育硬件, 端侧大模型,
智能座舱); publishers and companies are invented, the sentences are the project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a
company sizes is the market (``Total``). A second market named beside the first is an item of its own name, never
summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit;
an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed figure. When
an article sets a second publisher's figure for the same year beside the first publisher's, the first one (whose
base, target and rate the text gives) is the snippet's figure and the second is expected nowhere. A range gives two
``value`` claims for its year. Boilerplate figures (datelines, report and exhibit numbers, a plan's title years,
footnote marks, headcounts, counts of firms, gigawatts of capacity, a listicle's count) are expected nowhere; so are a
quarter's figure beside yearly ones, the figure a restated or revised one replaces, a bull case beside the base
case, a share given only as a fraction in words ("about a third of the market"), and a percentage that is no share of
the market (a margin, a penetration, adoption or 導入率 rate, a survey's answer). An amount in a currency the bundled
unit table holds (yen) is the year's observation in that currency, and a rough dollar conversion printed beside it
is none; an amount in a currency the table does not hold (won, rupees, riyals, 新台幣) is no observation, but a US$
figure printed beside it is the year's observation, and its stated rate is a claim and gets its verdict from the
amounts in that currency. A fiscal year counts as its number (fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is
the year before the dateline's, "this year" / 今年 the dateline's. A share is ("share", N, "percent", YEAR, YEAR,
None); a table's 100% total is no claim. A stated CAGR carries no ``period_years`` and is ``stated`` when its span is
printed, ``inferred`` when only the years of its amounts give it (its verdict then read as ``cagr|period``); a
year-on-year rate carries 1 (its verdict read as ``cagr|implied``; "grew by half" is 50%); a multiple between two
years carries their distance ("nearly tripled" as x3, "five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍
-- grew by four times over -- as x5) and gets no verdict. The base of a forecast is ``actual``; a figure a forecast
cue or a target governs (expects, project, could be, 预计, 預估, 力争, 突破), an E or F column, or a year after the
dateline's, ``estimate``. A share whose part and whole are printed gets an ``arithmetic`` verdict, a rate whose two
amounts are printed a ``cagr`` one and a table whose rows add to its total row a ``hierarchy`` one: ``exact`` when
the recomputed figure rounds to the printed one, ``rounding`` when only some reading of the printed inputs (each at
half its last digit either way) reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with
the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them: in a prospectus's industry overview the market the industry consultant sizes is
the market (``Total``), and the issuer's rank by revenue with its market share is a share. "RMB4.6 billion" is CNY
billion and "RMB860 million" CNY million; 人民币18.6亿元, 亿元 and 億元人民幣 are CNY 100 million, 万亿元 CNY trillion
and 億美元 USD 100 million, each figure in its own unit; "€4.2bn" and "bn euros" are EUR billion, "£1,240 million" GBP
million and "~$5B" USD billion. Rupees (₹, Rs, crore, lakh crore -- a lakh crore is 100,000 crore), won, 港元 and
新台幣 are currencies the unit table does not hold: a text in them alone has no observation, but its rates and shares
are claims with their verdicts from the amounts in that currency. A financial year written 2023-24 counts as the year
it ends in (2024), as FY24 does. A communiqué's 比上年增长 and 增长 are year-on-year rates, and its output in 万台 is an
observation of the product by its name as printed, in ``count 10 thousand``; a change in its 增速 (个百分点) and its
count of firms are expected nowhere. A company's own sales and their growth are expected nowhere (its share of the
market is a share), and so are a quarter's or a half year's figure and a post's points. A figure stated in a summary
and again in the body is expected once. 是2021年的3.2倍 and "a 3.4-fold increase" are x3.2 and x3.4 between their two
years. "Two-thirds of spending", "one in five", 每五家……就有一家 and 近三分之二 are fractions in words, no shares. In
a table, "—" is no figure; a units row under the header gives the columns' unit; a subtotal row is an item of its own
label, the sum of the two rows above it, and the total row adds it to the rows after it; a 同比 column is the
year-on-year rate of the year column before it (and its first one, whose base year is not printed, gets no verdict); a
notes column holds no figure of the table, and a figure a note says was revised is expected nowhere; 2025(F) is
2025F. ``python tests/extract_checkset20.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: an IPO prospectus's industry overview: a CAGR its amounts' years span, one with its span, a rank's share
        text="INDUSTRY OVERVIEW\n\n"
             "AI COMPUTE LEASING MARKET IN CHINA\n\n"
             "According to the F&S Report, the market size of AI compute leasing in China, in terms of revenue, "
             "increased from RMB4.6 billion in 2020 to RMB38.2 billion in 2024, representing a CAGR of 69.8%, and "
             "is expected to reach RMB214.5 billion in 2029, representing a CAGR of 41.2% from 2024 to 2029. In "
             "terms of revenue in 2024, we ranked third among AI compute leasing providers in China, with a market "
             "share of 5.1%.",
        obs=[("Total", 2020, 4.6, "CNY billion", "actual"),
             ("Total", 2024, 38.2, "CNY billion", "actual"),
             ("Total", 2029, 214.5, "CNY billion", "estimate")],
        claims=[("cagr", 69.8, "percent", 2020, 2024, None, "inferred"),
                ("cagr", 41.2, "percent", 2024, 2029, None, "stated"),
                ("share", 5.1, "percent", 2024, 2024, None)],
        verdicts=[("cagr|period", "exact"),  # (38.2 / 4.6) ** (1 / 4) - 1 = 69.76% -> 69.8%
                  ("cagr", "exact")]),  # (214.5 / 38.2) ** (1 / 5) - 1 = 41.21% -> 41.2%
    dict(  # 2: an Indian business daily: lakh crore and crore rupees, FY25 and FY30, a dollar figure beside one of them
        text="Banks' AI spend seen at Rs 1.2 lakh crore by FY30\n\n"
             "Mumbai, June 18, 2025: Spending by Indian banks, insurers and fintechs on artificial intelligence is "
             "projected to touch Rs 1.2 lakh crore (about $14 billion) by FY30, from ₹38,500 crore in FY25, a report "
             "by Mumbai-based consultancy Varahi Advisors said on Wednesday, a compound annual growth rate of 26.2% "
             "between FY25 and FY30. Private-sector lenders accounted for ₹21,000 crore of the FY25 figure, and nearly "
             "two-thirds of spending goes to fraud detection and credit underwriting.",
        obs=[("Total", 2030, 14.0, "USD billion", "estimate")],
        claims=[("cagr", 26.2, "percent", 2025, 2030, None, "stated")],
        # in crore: (120,000 / 38,500) ** (1 / 5) - 1 = 25.53%, not 26.2%; 1.2 lakh crore printed to 0.1 lakh crore
        # (115,000-125,000 crore), 38,500 to 1 crore: (115,000 / 38,500.5) ** (1 / 5) - 1 = 24.46% to
        # (125,000 / 38,499.5) ** (1 / 5) - 1 = 26.56%, which holds 26.15-26.25%
        verdicts=[("cagr", "rounding")]),
    dict(  # 3: a European trade body's release: "€4.2bn", "compared to", "bn euros", a part and its share of the total
        text="Brussels, 3 June 2025 — Spending on artificial intelligence in logistics across the European Union "
             "reached €4.2bn in 2024, compared to €3.1bn in 2023, an increase of 35.5%, according to figures published "
             "today by the European Logistics Technology Association (ELTA). Warehouse automation software made up "
             "€1.7bn of the 2024 total, or 40.5%. The association expects the market to reach 9.8 bn euros by 2028. "
             "\"One in five of our members now runs AI route planning in live operations,\" its director general said.",
        obs=[("Total", 2023, 3.1, "EUR billion", "actual"),
             ("Total", 2024, 4.2, "EUR billion", "actual"),
             ("Warehouse automation software", 2024, 1.7, "EUR billion", "actual"),
             ("Total", 2028, 9.8, "EUR billion", "estimate")],
        claims=[("growth", 35.5, "percent", 2023, 2024, 1.0),
                ("share", 40.5, "percent", 2024, 2024, None)],
        verdicts=[("cagr|implied", "exact"),  # 4.2 / 3.1 - 1 = 35.48% -> 35.5%
                  ("arithmetic", "exact")]),  # 1.7 / 4.2 = 40.48% -> 40.5%
    dict(  # 4: Japanese company news in English: billion yen with dollars beside, "up 25.8% y/y", a quarter's sales
        text="TOKYO, Feb 14, 2025 — Kanemura Electronics said on Friday that Japan's market for AI chips in edge "
             "devices grew to 312 billion yen ($2.0 billion) in 2024, up 25.8% y/y from 248 billion yen in 2023. "
             "The company, whose own edge-chip sales came to 46.3 billion yen in the October-December quarter, "
             "expects the market to reach 520 billion yen in 2027, implying average growth of 18.6% a year between "
             "2024 and 2027.",
        obs=[("Total", 2023, 248.0, "JPY billion", "actual"),
             ("Total", 2024, 312.0, "JPY billion", "actual"),
             ("Total", 2027, 520.0, "JPY billion", "estimate")],
        claims=[("growth", 25.8, "percent", 2023, 2024, 1.0),
                ("cagr", 18.6, "percent", 2024, 2027, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # 312 / 248 - 1 = 25.81% -> 25.8%
                  ("cagr", "exact")]),  # (520 / 312) ** (1 / 3) - 1 = 18.56% -> 18.6%
    dict(  # 5: Korean company news in English: trillion won beside a dollar figure, a yearly rate with no span
        text="SEOUL, March 5, 2025 — Hanbit Soft, a developer of AI chatbots for call centres, said Korea's "
             "conversational AI market reached 1.8 trillion won ($1.3 billion) last year and is forecast to reach "
             "4.1 trillion won by 2028, growing 26.5% a year. The company's own sales from the business came to "
             "212 billion won last year, an 11.8% share of the market.",
        obs=[("Total", 2024, 1.3, "USD billion", "actual")],
        claims=[("cagr", 26.5, "percent", 2024, 2028, None, "inferred"),
                ("share", 11.8, "percent", 2024, 2024, None)],
        # in won: (4.1 / 1.8) ** (1 / 4) - 1 = 22.85%; bounds (4.05 / 1.85) ** (1 / 4) - 1 = 21.64% to
        # (4.15 / 1.75) ** (1 / 4) - 1 = 24.09%: 26.5% is outside them
        verdicts=[("cagr|period", "inconsistent"),
                  ("arithmetic", "exact")]),  # 0.212 / 1.8 = 11.78% -> 11.8%
    dict(  # 6: a parliamentary written answer: £ million, financial years 2022-23 and 2023-24, "per cent", one in five
        text="Artificial Intelligence: Drug Discovery\n"
             "Question for Department for Science, Innovation and Technology\n"
             "UIN 41872, tabled on 2 April 2025\n\n"
             "To ask the Secretary of State for Science, Innovation and Technology, what estimate his Department has "
             "made of the value of the UK market for AI drug discovery services.\n\n"
             "Answered by the Minister of State on 10 April 2025\n\n"
             "The Department's latest sector study estimates that UK revenue from AI drug discovery services was "
             "£1,240 million in 2023-24, compared with £905 million in 2022-23, an increase of 37 per cent. Contract "
             "research for overseas clients accounted for £186 million, or 15 per cent of the 2023-24 total. Around "
             "one in five UK biotechnology firms now uses AI in target identification.",
        obs=[("Total", 2024, 1240.0, "GBP million", "actual"),
             ("Total", 2023, 905.0, "GBP million", "actual"),
             ("Contract research for overseas clients", 2024, 186.0, "GBP million", "actual")],
        claims=[("growth", 37.0, "percent", 2023, 2024, 1.0),
                ("share", 15.0, "percent", 2024, 2024, None)],
        verdicts=[("cagr|implied", "exact"),  # 1,240 / 905 - 1 = 37.02% -> 37%
                  ("arithmetic", "exact")]),  # 186 / 1,240 = 15.00% -> 15%
    dict(  # 7: a Q&A thread: "IIRC", "~$5B", "vs.", a rough y/y, a projection with a caveat, a post's points
        text="Q: Does anyone have a decent number for the AI video generation market? Need one slide for a board deck, "
             "nothing fancy.\n\n"
             "A (top answer, 41 points): IIRC the Lumenfield report put it at ~$5B for 2024, vs. about $3.4B in 2023, "
             "so roughly 47% y/y. They projected $18.5B by 2028, but I'd take that one with a grain of salt.\n\n"
             "A: Same ballpark as what I've seen. For what it's worth, maybe one in five of the agencies I talk to "
             "actually pays for these tools.",
        obs=[("Total", 2024, 5.0, "USD billion", "actual"),
             ("Total", 2023, 3.4, "USD billion", "actual"),
             ("Total", 2028, 18.5, "USD billion", "estimate")],
        claims=[("growth", 47.0, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|implied", "exact")]),  # 5 / 3.4 - 1 = 47.06% -> 47%
    dict(  # 8: a quarter's figure beside the year's, "up 23% y/y", "a 2.6-fold increase"
        text="BOSTON, Feb. 27, 2025 — Global spending on AI drug discovery platforms reached $1.86 billion in 2024, up "
             "23% y/y from $1.52 billion in 2023, according to a tracker published by Cellvane Analytics; the fourth "
             "quarter alone brought in $540 million. The firm expects the market to reach $4.9 billion by 2028, a "
             "2.6-fold increase on 2024.",
        obs=[("Total", 2024, 1.86, "USD billion", "actual"),
             ("Total", 2023, 1.52, "USD billion", "actual"),
             ("Total", 2028, 4.9, "USD billion", "estimate")],
        claims=[("growth", 23.0, "percent", 2023, 2024, 1.0),
                ("multiple", 2.6, "multiple", 2024, 2028, 4.0)],  # 4.9 / 1.86 = 2.63 -> x2.6
        # 1.86 / 1.52 - 1 = 22.37%, not 23%; bounds 1.855 / 1.525 - 1 = 21.64% to 1.865 / 1.515 - 1 = 23.10%,
        # which reaches 22.5-23.5%
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 9: a figure stated in a summary and again in the body, expected once; "compared to"; a wrong CAGR
        text="Autonomous trucking: the long haul (February 2026)\n\n"
             "Summary: We size the US autonomous trucking market at $1.9 billion in 2025 and expect it to reach $11.6 "
             "billion by 2030.\n\n"
             "Freight operators have moved from pilots to paid driverless lanes in Texas and Arizona. We size the US "
             "autonomous trucking market at $1.9 billion in 2025, compared to $1.1 billion in 2024, and expect it to "
             "reach $11.6 billion by 2030, a CAGR of 40.5% over 2025-2030.",
        obs=[("Total", 2025, 1.9, "USD billion", "actual"),
             ("Total", 2030, 11.6, "USD billion", "estimate"),
             ("Total", 2024, 1.1, "USD billion", "actual")],
        claims=[("cagr", 40.5, "percent", 2025, 2030, None, "stated")],
        # (11.6 / 1.9) ** (1 / 5) - 1 = 43.60%; bounds (11.55 / 1.95) ** (1 / 5) - 1 = 42.73% to
        # (11.65 / 1.85) ** (1 / 5) - 1 = 44.49%: 40.5% is outside them
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 10: ratios that are no shares ("Two-thirds of spending", "one in five"), a CAGR with its span
        text="NEW YORK, May 20, 2025 — US banks and insurers spent $31.5 billion on artificial intelligence in "
             "2024, a study by Halden Research finds, and the total is set to climb to $64.0 billion by 2028, a "
             "compound annual rate of 19.4% from 2024 to 2028. Two-thirds of spending went to fraud and risk tools, "
             "and one in five institutions now runs a generative AI assistant in its contact centre.",
        obs=[("Total", 2024, 31.5, "USD billion", "actual"),
             ("Total", 2028, 64.0, "USD billion", "estimate")],
        claims=[("cagr", 19.4, "percent", 2024, 2028, None, "stated")],
        verdicts=[("cagr", "exact")]),  # (64.0 / 31.5) ** (1 / 4) - 1 = 19.39% -> 19.4%
    dict(  # 11: "compared to" a year earlier, "a 77.5% increase", US$
        text="SINGAPORE, 8 January 2026 — Revenue from leasing GPU capacity for AI workloads in Southeast Asia came to "
             "US$2.45 billion in 2025, compared to US$1.38 billion in 2024, a 77.5% increase, according to data from "
             "consultancy Meridian Pacific. The firm expects AI compute leasing revenue in the region to reach US$6.1 "
             "billion in 2028 as new data centres in Johor and Batam come online.",
        obs=[("Total", 2025, 2.45, "USD billion", "actual"),
             ("Total", 2024, 1.38, "USD billion", "actual"),
             ("Total", 2028, 6.1, "USD billion", "estimate")],
        claims=[("growth", 77.5, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")]),  # 2.45 / 1.38 - 1 = 77.54% -> 77.5%
    dict(  # 12: "a 3.4-fold increase" over four years, a part and its share of the total
        text="March 2026 — Enterprise spending on conversational AI platforms worldwide reached $18.2 billion in 2025, "
             "a 3.4-fold increase from $5.3 billion in 2021, according to analyst firm Quorra. Contact-centre "
             "deployments made up $7.9 billion of the 2025 figure, or 43.4% of the total. Quorra forecasts $41 billion "
             "in 2029.",
        obs=[("Total", 2021, 5.3, "USD billion", "actual"),
             ("Contact-centre deployments", 2025, 7.9, "USD billion", "actual"),
             ("Total", 2025, 18.2, "USD billion", "actual"),
             ("Total", 2029, 41.0, "USD billion", "estimate")],
        claims=[("multiple", 3.4, "multiple", 2021, 2025, 4.0),  # 18.2 / 5.3 = 3.43 -> x3.4
                ("share", 43.4, "percent", 2025, 2025, None)],
        verdicts=[("arithmetic", "exact")]),  # 7.9 / 18.2 = 43.41% -> 43.4%
    dict(  # 13: a prospectus in RMB million: an inferred CAGR, the largest end users' share, a forecast CAGR
        text="OUR INDUSTRY\n\n"
             "Conversational AI for financial institutions in China\n\n"
             "According to the F&S Report, the market for conversational AI solutions sold to financial institutions "
             "in China, by revenue, grew from RMB860 million in 2020 to RMB3,120 million in 2024, at a CAGR of 38.0%. "
             "Banks were the largest end users, contributing RMB1,970 million, or 63.1% of the market, in 2024. The "
             "market is expected to grow at a CAGR of 27.8% from 2024 to 2029 and reach RMB10,650 million in 2029.",
        obs=[("Total", 2020, 860.0, "CNY million", "actual"),
             ("Total", 2024, 3120.0, "CNY million", "actual"),
             ("Banks", 2024, 1970.0, "CNY million", "actual"),
             ("Total", 2029, 10650.0, "CNY million", "estimate")],
        claims=[("cagr", 38.0, "percent", 2020, 2024, None, "inferred"),
                ("share", 63.1, "percent", 2024, 2024, None),
                ("cagr", 27.8, "percent", 2024, 2029, None, "stated")],
        verdicts=[("cagr|period", "exact"),  # (3,120 / 860) ** (1 / 4) - 1 = 38.01% -> 38.0%
                  ("arithmetic", "exact"),  # 1,970 / 3,120 = 63.14% -> 63.1%
                  ("cagr", "exact")]),  # (10,650 / 3,120) ** (1 / 5) - 1 = 27.83% -> 27.8%
    dict(  # 14: an Indian daily: crore rupees with a dollar figure for FY25, a y/y rate read from the rupee amounts
        text="AI compute leasing revenue jumps 48% in FY25\n\n"
             "New Delhi, May 21, 2025: Revenue from renting out GPU capacity for AI workloads in India rose to "
             "₹12,400 crore ($1.5 billion) in FY25, up 48% from ₹8,380 crore in FY24, according to estimates from an "
             "industry body. Providers expect the figure to cross Rs 30,000 crore by FY28 as state-backed GPU clusters "
             "come online.",
        obs=[("Total", 2025, 1.5, "USD billion", "actual")],
        claims=[("growth", 48.0, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")]),  # in crore: 12,400 / 8,380 - 1 = 47.97% -> 48%
    dict(  # 15: "USD 7.8 billion", "up from", shares with no part's amount, a CAGR over a printed span
        text="Edge AI silicon: market update (April 2026)\n\n"
             "Worldwide revenue from AI chips for edge devices reached USD 7.8 billion in 2025, up from USD 5.9 "
             "billion in 2024, researcher Altair Insights estimates. Smartphones took 46% of the 2025 total and PCs "
             "21%. Altair sees the market at USD 19.5 billion in 2030, a CAGR of 20.1% over 2025-2030.",
        obs=[("Total", 2025, 7.8, "USD billion", "actual"),
             ("Total", 2024, 5.9, "USD billion", "actual"),
             ("Total", 2030, 19.5, "USD billion", "estimate")],
        claims=[("share", 46.0, "percent", 2025, 2025, None),
                ("share", 21.0, "percent", 2025, 2025, None),
                ("cagr", 20.1, "percent", 2025, 2030, None, "stated")],
        verdicts=[("cagr", "exact")]),  # (19.5 / 7.8) ** (1 / 5) - 1 = 20.11% -> 20.1%
    dict(  # 16: a trade newsletter: "vs.", "up 18% y/y" that its amounts contradict, a part's amount
        text="Freight Tech Weekly, 12 March 2026\n\n"
             "US shippers and carriers spent $9.6 billion on AI software for logistics in 2025 vs. $7.9 billion in "
             "2024, up 18% y/y, according to the Parcel & Freight Analytics Council. Route optimization was the "
             "largest category at $3.1 billion. Looking further out, the council says the market could reach $17.4 "
             "billion in 2029.",
        obs=[("Total", 2025, 9.6, "USD billion", "actual"),
             ("Total", 2024, 7.9, "USD billion", "actual"),
             ("Route optimization", 2025, 3.1, "USD billion", "actual"),
             ("Total", 2029, 17.4, "USD billion", "estimate")],
        claims=[("growth", 18.0, "percent", 2024, 2025, 1.0)],
        # 9.6 / 7.9 - 1 = 21.52%; bounds 9.55 / 7.95 - 1 = 20.13% to 9.65 / 7.85 - 1 = 22.93%: 18% (17.5-18.5%) is
        # outside them
        verdicts=[("cagr|implied", "inconsistent")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: a prospectus's industry overview in Chinese: 根据弗若斯特沙利文的资料, 按收入计, two 复合年增长率
        text="行业概览\n\n"
             "根据弗若斯特沙利文的资料，按收入计，中国工业AI质检解决方案的市场规模由2020年的人民币18.6亿元增至2024年的"
             "人民币71.3亿元，复合年增长率为39.9%，预计将于2029年达到人民币265.8亿元，2024年至2029年的复合年增长率为"
             "30.1%。按2024年收入计，本公司在中国工业AI质检解决方案市场排名第一，市场份额为9.8%。",
        obs=[("Total", 2020, 18.6, "CNY 100 million", "actual"),
             ("Total", 2024, 71.3, "CNY 100 million", "actual"),
             ("Total", 2029, 265.8, "CNY 100 million", "estimate")],
        claims=[("cagr", 39.9, "percent", 2020, 2024, None, "inferred"),
                ("cagr", 30.1, "percent", 2024, 2029, None, "stated"),
                ("share", 9.8, "percent", 2024, 2024, None)],
        verdicts=[("cagr|period", "exact"),  # (71.3 / 18.6) ** (1 / 4) - 1 = 39.92% -> 39.9%
                  ("cagr", "exact")]),  # (265.8 / 71.3) ** (1 / 5) - 1 = 30.10% -> 30.1%
    dict(  # 18: a statistics communiqué: 比上年增长, 增速 in 个百分点, 占全部……的比重, output in 万台, a count of firms
        text="2024年人工智能产业统计公报\n\n"
             "2024年，全国规模以上人工智能核心产业企业实现营业收入6,420亿元，比上年增长18.4%，增速比上年加快3.2个百"
             "分点。其中，AI算力芯片营业收入1,205亿元，增长35.6%，占全部人工智能核心产业营业收入的比重为18.8%。全年"
             "服务机器人产量1,030万台，比上年增长15.1%；智能学习机产量2,460万台，增长9.7%。年末全国规模以上人工智能"
             "核心产业企业4,318家。",
        obs=[("Total", 2024, 6420.0, "CNY 100 million", "actual"),
             ("AI算力芯片", 2024, 1205.0, "CNY 100 million", "actual"),
             ("服务机器人", 2024, 1030.0, "count 10 thousand", "actual"),
             ("智能学习机", 2024, 2460.0, "count 10 thousand", "actual")],
        claims=[("growth", 18.4, "percent", 2023, 2024, 1.0),
                ("growth", 35.6, "percent", 2023, 2024, 1.0),
                ("share", 18.8, "percent", 2024, 2024, None),
                ("growth", 15.1, "percent", 2023, 2024, 1.0),
                ("growth", 9.7, "percent", 2023, 2024, 1.0)],
        verdicts=[("arithmetic", "exact")]),  # 1,205 / 6,420 = 18.77% -> 18.8%
    dict(  # 19: an industry association's white paper: 总体规模, 同比增速, a part's 占比, 预计到2026年 and 复合增长率
        text="《中国智能客服产业发展白皮书（2025年）》摘要\n\n"
             "据中国智能服务产业联盟测算，2024年我国智能客服市场总体规模达到186.4亿元，同比增速为24.6%（2023年为149.6"
             "亿元）。其中，大模型智能客服规模为52.3亿元，占比28.1%。白皮书预计到2026年，市场总体规模将达到300亿元，"
             "2024—2026年复合增长率为26.9%。",
        obs=[("Total", 2024, 186.4, "CNY 100 million", "actual"),
             ("Total", 2023, 149.6, "CNY 100 million", "actual"),
             ("大模型智能客服", 2024, 52.3, "CNY 100 million", "actual"),
             ("Total", 2026, 300.0, "CNY 100 million", "estimate")],
        claims=[("growth", 24.6, "percent", 2023, 2024, 1.0),
                ("share", 28.1, "percent", 2024, 2024, None),
                ("cagr", 26.9, "percent", 2024, 2026, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # 186.4 / 149.6 - 1 = 24.60% -> 24.6%
                  ("arithmetic", "exact"),  # 52.3 / 186.4 = 28.06% -> 28.1%
                  ("cagr", "exact")]),  # (300 / 186.4) ** (1 / 2) - 1 = 26.86% -> 26.9%
    dict(  # 20: 万亿元 and 亿元 in one sentence: the whole in CNY trillion, a part in CNY 100 million, its 占比
        text="赛博智库研究院2025年3月发布的报告显示，2024年我国人工智能核心产业规模达到1.15万亿元，其中端侧大模型市"
             "场规模为386亿元，占比3.4%。报告预计，2025年端侧大模型市场规模将增长至612亿元，同比增长58.5%。",
        obs=[("Total", 2024, 1.15, "CNY trillion", "actual"),
             ("端侧大模型", 2024, 386.0, "CNY 100 million", "actual"),
             ("端侧大模型", 2025, 612.0, "CNY 100 million", "estimate")],
        claims=[("share", 3.4, "percent", 2024, 2024, None),
                ("growth", 58.5, "percent", 2024, 2025, 1.0)],
        verdicts=[("arithmetic", "exact"),  # 386 / 11,500 (1.15万亿) = 3.36% -> 3.4%
                  ("cagr|implied", "exact")]),  # 612 / 386 - 1 = 58.55% -> 58.5%
    dict(  # 21: a quarter's figure beside the year's (第四季度), 同比增长, a fraction in words (近三分之二)
        text="2025年2月，观潮数据发布的统计显示，2024年中国AI教育硬件（含学习机、词典笔、智能作业灯）零售额为512.6亿"
             "元，同比增长21.3%，其中第四季度零售额为168.2亿元；2023年全年零售额为422.5亿元。近三分之二的销售额来自"
             "线上渠道。",
        obs=[("Total", 2024, 512.6, "CNY 100 million", "actual"),
             ("Total", 2023, 422.5, "CNY 100 million", "actual")],
        claims=[("growth", 21.3, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|implied", "exact")]),  # 512.6 / 422.5 - 1 = 21.33% -> 21.3%
    dict(  # 22: 是2021年的3.2倍, a base year in brackets, 同比增长 with the year before in brackets
        text="2026年1月，车联数据发布报告称，2025年中国智能座舱市场规模达到1,486亿元，是2021年（468亿元）的3.2倍，"
             "同比增长19.8%（2024年为1,240亿元）。",
        obs=[("Total", 2025, 1486.0, "CNY 100 million", "actual"),
             ("Total", 2021, 468.0, "CNY 100 million", "actual"),
             ("Total", 2024, 1240.0, "CNY 100 million", "actual")],
        claims=[("multiple", 3.2, "multiple", 2021, 2025, 4.0),  # 1,486 / 468 = 3.18 -> x3.2
                ("growth", 19.8, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")]),  # 1,486 / 1,240 - 1 = 19.84% -> 19.8%
    dict(  # 23: a 年均复合增长率 over a span its amounts' years give, worked over four years instead of three
        text="AI制药赛道观察（2025年5月）\n\n"
             "据新药慧眼研究测算，中国AI药物研发市场规模从2021年的12.4亿元增长至2024年的40.8亿元，年均复合增长率达"
             "34.7%；随着更多由AI发现的候选药物进入临床阶段，预计2028年市场规模将达到156亿元。",
        obs=[("Total", 2021, 12.4, "CNY 100 million", "actual"),
             ("Total", 2024, 40.8, "CNY 100 million", "actual"),
             ("Total", 2028, 156.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 34.7, "percent", 2021, 2024, None, "inferred")],
        # (40.8 / 12.4) ** (1 / 3) - 1 = 48.73%; bounds (40.75 / 12.45) ** (1 / 3) - 1 = 48.47% to
        # (40.85 / 12.35) ** (1 / 3) - 1 = 49.00%: 34.7% (the fourth root, 34.68%) is outside them
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 24: a part's 占比 and a share moved in 个百分点, 突破 a figure for the dateline's year
        text="芯研所2025年4月发布的数据显示，2024年中国AI算力芯片市场规模为1,658亿元，同比增长42.3%，其中国产芯片销"
             "售额为522亿元，占比31.5%，较2023年提升9.6个百分点。预计2025年市场规模将突破2,300亿元。",
        obs=[("Total", 2024, 1658.0, "CNY 100 million", "actual"),
             ("国产芯片", 2024, 522.0, "CNY 100 million", "actual"),
             ("Total", 2025, 2300.0, "CNY 100 million", "estimate")],
        claims=[("growth", 42.3, "percent", 2023, 2024, 1.0),
                ("share", 31.5, "percent", 2024, 2024, None)],
        verdicts=[("arithmetic", "exact")]),  # 522 / 1,658 = 31.48% -> 31.5%
    dict(  # 25: an approximate figure (约为), 同比增长 with last year's figure in brackets, a range for 2030
        text="2025年9月，据干线物流研究机构路擎智库测算，2024年中国自动驾驶卡车（干线物流场景）市场规模约为48亿元，"
             "同比增长52.4%（2023年为31.5亿元）；预计到2030年，市场规模将达到300亿至350亿元。",
        obs=[("Total", 2024, 48.0, "CNY 100 million", "actual"),
             ("Total", 2023, 31.5, "CNY 100 million", "actual")],
        claims=[("growth", 52.4, "percent", 2023, 2024, 1.0),
                ("value", 300.0, "CNY 100 million", 2030, 2030, None),
                ("value", 350.0, "CNY 100 million", 2030, 2030, None)],
        verdicts=[("cagr|implied", "exact")]),  # 48 / 31.5 - 1 = 52.38% -> 52.4%
    dict(  # 26: 增速 of 199%, a 年均复合增长率 only a reading within rounding reaches, 每五家……就有一家
        text="镜像智库2025年6月发布报告显示，2024年中国AI视频生成市场规模为28.7亿元，2023年为9.6亿元，增速达199%；报"
             "告预计，2027年市场规模将达到212亿元，2024—2027年年均复合增长率为94.9%。每五家短视频MCN机构中就有一家已"
             "采购AI视频生成工具。",
        obs=[("Total", 2024, 28.7, "CNY 100 million", "actual"),
             ("Total", 2023, 9.6, "CNY 100 million", "actual"),
             ("Total", 2027, 212.0, "CNY 100 million", "estimate")],
        claims=[("growth", 199.0, "percent", 2023, 2024, 1.0),
                ("cagr", 94.9, "percent", 2024, 2027, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # 28.7 / 9.6 - 1 = 198.96% -> 199%
                  # (212 / 28.7) ** (1 / 3) - 1 = 94.75%, not 94.9%; bounds (211.5 / 28.75) ** (1 / 3) - 1 = 94.49%
                  # to (212.5 / 28.65) ** (1 / 3) - 1 = 95.02%, which reaches 94.85-94.95%
                  ("cagr", "rounding")]),
    dict(  # 27: round figures (约36亿元, 29亿元) whose 25% only a reading within rounding reaches
        text="2025年3月，中国智慧物流产业联盟数据显示，2024年物流行业AI应用市场规模约36亿元，比上年的29亿元增长25%；"
             "联盟预计2026年将达到60亿元。",
        obs=[("Total", 2024, 36.0, "CNY 100 million", "actual"),
             ("Total", 2023, 29.0, "CNY 100 million", "actual"),
             ("Total", 2026, 60.0, "CNY 100 million", "estimate")],
        claims=[("growth", 25.0, "percent", 2023, 2024, 1.0)],
        # 36 / 29 - 1 = 24.14%, not 25%; bounds 35.5 / 29.5 - 1 = 20.34% to 36.5 / 28.5 - 1 = 28.07%, which reaches
        # 24.5-25.5%
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 28: a Hong Kong WeChat article in Traditional Chinese: 億港元 only, 按年增長, 去年, 前年, 佔, 年複合增長率
        text="2025年4月18日 【科技觀察】\n\n"
             "香港智能客服市場去年規模達38.6億港元，按年增長21.4%，較前年的31.8億港元明顯擴大。據本地研究機構港科數"
             "據估計，銀行及保險業佔整體市場的42.5%，即約16.4億港元。研究預計，2024至2027年的年複合增長率為18.0%，到"
             "2027年市場規模將達63.4億港元。",
        obs=[],
        claims=[("growth", 21.4, "percent", 2023, 2024, 1.0),
                ("share", 42.5, "percent", 2024, 2024, None),
                ("cagr", 18.0, "percent", 2024, 2027, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # in HK$: 38.6 / 31.8 - 1 = 21.38% -> 21.4%
                  ("arithmetic", "exact"),  # 16.4 / 38.6 = 42.49% -> 42.5%
                  ("cagr", "exact")]),  # (63.4 / 38.6) ** (1 / 3) - 1 = 17.99% -> 18.0%
    dict(  # 29: a Taiwan paper: 億美元, 預估 for the dateline's year, 年增, 去年, a firm's half year in 新台幣, 上看
        text="2025/07/15 【記者林佳蓉／台北報導】車用電子廠宏瑞科技指出，全球智能座艙市場規模今年預估達到512億美元，"
             "年增13.5%，去年為451億美元；公司今年上半年智能座艙相關營收為新台幣86億元，年增32%。法人預估，2028年全"
             "球市場規模上看720億美元。",
        obs=[("Total", 2025, 512.0, "USD 100 million", "estimate"),
             ("Total", 2024, 451.0, "USD 100 million", "actual"),
             ("Total", 2028, 720.0, "USD 100 million", "estimate")],
        claims=[("growth", 13.5, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")]),  # 512 / 451 - 1 = 13.53% -> 13.5%
    dict(  # 30: Traditional Chinese on a mainland market: 億元人民幣, 按年增長, 佔比, a CAGR, 約三分之二 of respondents
        text="（2025年3月）據華通研究最新報告，2024年中國金融業人工智能投入規模達到486.2億元人民幣，按年增長22.7%，其中"
             "銀行業投入301.5億元人民幣，佔比62.0%。報告預計，2027年投入規模將達到870億元人民幣，2024至2027年年均複合"
             "增長率為21.4%。另外，約三分之二的受訪機構已部署大模型應用。",
        obs=[("Total", 2024, 486.2, "CNY 100 million", "actual"),
             ("銀行業", 2024, 301.5, "CNY 100 million", "actual"),
             ("Total", 2027, 870.0, "CNY 100 million", "estimate")],
        claims=[("growth", 22.7, "percent", 2023, 2024, 1.0),
                ("share", 62.0, "percent", 2024, 2024, None),
                ("cagr", 21.4, "percent", 2024, 2027, None, "stated")],
        verdicts=[("arithmetic", "exact"),  # 301.5 / 486.2 = 62.01% -> 62.0%
                  ("cagr", "exact")]),  # (870 / 486.2) ** (1 / 3) - 1 = 21.40% -> 21.4%
    # --------------------------------------------------------------------------------------------------- tables (31-40)
    dict(  # 31: a prospectus's table: years in columns, 2029E, a CAGR column for each of two periods, a total row
        text="Market size of conversational AI in China by deployment model, 2020-2029E (RMB billion)\n"
             "| | 2020 | 2021 | 2022 | 2023 | 2024 | 2029E | CAGR 2020-2024 | CAGR 2024-2029E |\n"
             "|---|---|---|---|---|---|---|---|---|\n"
             "| Public cloud | 2.1 | 3.0 | 4.2 | 6.0 | 8.3 | 30.5 | 41.0% | 29.7% |\n"
             "| Private deployment | 1.6 | 2.1 | 2.9 | 3.8 | 5.0 | 14.2 | 33.5% | 23.2% |\n"
             "| Total | 3.7 | 5.1 | 7.1 | 9.8 | 13.3 | 44.7 | 37.7% | 27.4% |\n"
             "Source: F&S Report",
        obs=[("Public cloud", 2020, 2.1, "CNY billion", "actual"),
             ("Public cloud", 2021, 3.0, "CNY billion", "actual"),
             ("Public cloud", 2022, 4.2, "CNY billion", "actual"),
             ("Public cloud", 2023, 6.0, "CNY billion", "actual"),
             ("Public cloud", 2024, 8.3, "CNY billion", "actual"),
             ("Public cloud", 2029, 30.5, "CNY billion", "estimate"),
             ("Private deployment", 2020, 1.6, "CNY billion", "actual"),
             ("Private deployment", 2021, 2.1, "CNY billion", "actual"),
             ("Private deployment", 2022, 2.9, "CNY billion", "actual"),
             ("Private deployment", 2023, 3.8, "CNY billion", "actual"),
             ("Private deployment", 2024, 5.0, "CNY billion", "actual"),
             ("Private deployment", 2029, 14.2, "CNY billion", "estimate"),
             ("Total", 2020, 3.7, "CNY billion", "actual"),
             ("Total", 2021, 5.1, "CNY billion", "actual"),
             ("Total", 2022, 7.1, "CNY billion", "actual"),
             ("Total", 2023, 9.8, "CNY billion", "actual"),
             ("Total", 2024, 13.3, "CNY billion", "actual"),
             ("Total", 2029, 44.7, "CNY billion", "estimate")],
        claims=[("cagr", 41.0, "percent", 2020, 2024, None, "stated"),
                ("cagr", 33.5, "percent", 2020, 2024, None, "stated"),
                ("cagr", 37.7, "percent", 2020, 2024, None, "stated"),
                ("cagr", 29.7, "percent", 2024, 2029, None, "stated"),
                ("cagr", 23.2, "percent", 2024, 2029, None, "stated"),
                ("cagr", 27.4, "percent", 2024, 2029, None, "stated")],
        verdicts=[("cagr", "exact"),  # (8.3 / 2.1) ** (1 / 4) - 1 = 41.00% -> 41.0%
                  # (5.0 / 1.6) ** (1 / 4) - 1 = 32.96%, not 33.5%; bounds (4.95 / 1.65) ** (1 / 4) - 1 = 31.61% to
                  # (5.05 / 1.55) ** (1 / 4) - 1 = 34.35%, which reaches 33.45-33.55%
                  ("cagr", "rounding"),
                  ("cagr", "exact"),  # (13.3 / 3.7) ** (1 / 4) - 1 = 37.69% -> 37.7%
                  ("cagr", "exact"),  # (30.5 / 8.3) ** (1 / 5) - 1 = 29.73% -> 29.7%
                  ("cagr", "exact"),  # (14.2 / 5.0) ** (1 / 5) - 1 = 23.22% -> 23.2%
                  ("cagr", "exact"),  # (44.7 / 13.3) ** (1 / 5) - 1 = 27.44% -> 27.4%
                  # 2.1 + 1.6 = 3.7, 3.0 + 2.1 = 5.1, 4.2 + 2.9 = 7.1, 6.0 + 3.8 = 9.8, 8.3 + 5.0 = 13.3,
                  # 30.5 + 14.2 = 44.7
                  ("hierarchy", "exact")]),
    dict(  # 32: a vertical table, space-aligned: the years down the first column, its value columns' headers the items
        text="Autonomous trucking revenue, North America (USD million)\n"
             "Year     Software   Hardware   Total\n"
             "2022        210        340       550\n"
             "2023        365        520       885\n"
             "2024        610        790     1,400\n"
             "2025E       980      1,150     2,130\n"
             "Source: Roadline Analytics, March 2025",
        obs=[("Software", 2022, 210.0, "USD million", "actual"),
             ("Software", 2023, 365.0, "USD million", "actual"),
             ("Software", 2024, 610.0, "USD million", "actual"),
             ("Software", 2025, 980.0, "USD million", "estimate"),
             ("Hardware", 2022, 340.0, "USD million", "actual"),
             ("Hardware", 2023, 520.0, "USD million", "actual"),
             ("Hardware", 2024, 790.0, "USD million", "actual"),
             ("Hardware", 2025, 1150.0, "USD million", "estimate"),
             ("Total", 2022, 550.0, "USD million", "actual"),
             ("Total", 2023, 885.0, "USD million", "actual"),
             ("Total", 2024, 1400.0, "USD million", "actual"),
             ("Total", 2025, 2130.0, "USD million", "estimate")],
        claims=[],
        # 210 + 340 = 550, 365 + 520 = 885, 610 + 790 = 1,400, 980 + 1,150 = 2,130
        verdicts=[("hierarchy", "exact")]),
    dict(  # 33: a units row under the header ("(RMB billion)"), an exhibit number, a total row
        text="Table 4: China AI drug discovery market by service\n"
             "| Service | 2022 | 2023 | 2024 | 2025E |\n"
             "|---|---|---|---|---|\n"
             "| | (RMB billion) | (RMB billion) | (RMB billion) | (RMB billion) |\n"
             "| Target discovery | 0.82 | 1.15 | 1.58 | 2.10 |\n"
             "| Molecule design | 1.06 | 1.52 | 2.20 | 3.05 |\n"
             "| CRO platform services | 0.64 | 0.88 | 1.21 | 1.62 |\n"
             "| Total | 2.52 | 3.55 | 4.99 | 6.77 |",
        obs=[("Target discovery", 2022, 0.82, "CNY billion", "actual"),
             ("Target discovery", 2023, 1.15, "CNY billion", "actual"),
             ("Target discovery", 2024, 1.58, "CNY billion", "actual"),
             ("Target discovery", 2025, 2.1, "CNY billion", "estimate"),
             ("Molecule design", 2022, 1.06, "CNY billion", "actual"),
             ("Molecule design", 2023, 1.52, "CNY billion", "actual"),
             ("Molecule design", 2024, 2.2, "CNY billion", "actual"),
             ("Molecule design", 2025, 3.05, "CNY billion", "estimate"),
             ("CRO platform services", 2022, 0.64, "CNY billion", "actual"),
             ("CRO platform services", 2023, 0.88, "CNY billion", "actual"),
             ("CRO platform services", 2024, 1.21, "CNY billion", "actual"),
             ("CRO platform services", 2025, 1.62, "CNY billion", "estimate"),
             ("Total", 2022, 2.52, "CNY billion", "actual"),
             ("Total", 2023, 3.55, "CNY billion", "actual"),
             ("Total", 2024, 4.99, "CNY billion", "actual"),
             ("Total", 2025, 6.77, "CNY billion", "estimate")],
        claims=[],
        # 0.82 + 1.06 + 0.64 = 2.52, 1.15 + 1.52 + 0.88 = 3.55, 1.58 + 2.20 + 1.21 = 4.99, 2.10 + 3.05 + 1.62 = 6.77
        verdicts=[("hierarchy", "exact")]),
    dict(  # 34: a subtotal row of the two rows above it, space-aligned, and a note on it after a blank line
        text="Edge AI chip revenue by device type, 2023-2025E (USD billion)\n"
             "Device               2023    2024    2025E\n"
             "Smartphones          2.64    3.18    3.71\n"
             "Tablets              0.41    0.52    0.63\n"
             "Mobile subtotal      3.05    3.70    4.34\n"
             "PCs                  0.88    1.42    2.05\n"
             "Smart cameras        0.57    0.69    0.84\n"
             "Total                4.50    5.81    7.23\n\n"
             "Note: Mobile subtotal is the sum of smartphones and tablets and is not added again in Total.",
        obs=[("Smartphones", 2023, 2.64, "USD billion", "actual"),
             ("Smartphones", 2024, 3.18, "USD billion", "actual"),
             ("Smartphones", 2025, 3.71, "USD billion", "estimate"),
             ("Tablets", 2023, 0.41, "USD billion", "actual"),
             ("Tablets", 2024, 0.52, "USD billion", "actual"),
             ("Tablets", 2025, 0.63, "USD billion", "estimate"),
             ("Mobile subtotal", 2023, 3.05, "USD billion", "actual"),
             ("Mobile subtotal", 2024, 3.7, "USD billion", "actual"),
             ("Mobile subtotal", 2025, 4.34, "USD billion", "estimate"),
             ("PCs", 2023, 0.88, "USD billion", "actual"),
             ("PCs", 2024, 1.42, "USD billion", "actual"),
             ("PCs", 2025, 2.05, "USD billion", "estimate"),
             ("Smart cameras", 2023, 0.57, "USD billion", "actual"),
             ("Smart cameras", 2024, 0.69, "USD billion", "actual"),
             ("Smart cameras", 2025, 0.84, "USD billion", "estimate"),
             ("Total", 2023, 4.5, "USD billion", "actual"),
             ("Total", 2024, 5.81, "USD billion", "actual"),
             ("Total", 2025, 7.23, "USD billion", "estimate")],
        claims=[],
        # subtotal: 2.64 + 0.41 = 3.05, 3.18 + 0.52 = 3.70, 3.71 + 0.63 = 4.34; total: 3.05 + 0.88 + 0.57 = 4.50,
        # 3.70 + 1.42 + 0.69 = 5.81, 4.34 + 2.05 + 0.84 = 7.23
        verdicts=[("hierarchy", "exact")]),
    dict(  # 35: "—" for missing figures, a CAGR column with one rate its row contradicts, a total row with a gap
        text="AI video generation revenue by region (USD billion)\n"
             "| Region | 2022 | 2023 | 2024 | CAGR 2022-24 |\n"
             "|---|---|---|---|---|\n"
             "| North America | 0.42 | 0.97 | 2.05 | 120.9% |\n"
             "| Europe | — | 0.48 | 1.02 | — |\n"
             "| Asia-Pacific | 0.25 | 0.61 | 1.53 | 127.4% |\n"
             "| Total | — | 2.06 | 4.60 | — |\n"
             "Note: 2022 figures for Europe were not collected.",
        obs=[("North America", 2022, 0.42, "USD billion", "actual"),
             ("North America", 2023, 0.97, "USD billion", "actual"),
             ("North America", 2024, 2.05, "USD billion", "actual"),
             ("Europe", 2023, 0.48, "USD billion", "actual"),
             ("Europe", 2024, 1.02, "USD billion", "actual"),
             ("Asia-Pacific", 2022, 0.25, "USD billion", "actual"),
             ("Asia-Pacific", 2023, 0.61, "USD billion", "actual"),
             ("Asia-Pacific", 2024, 1.53, "USD billion", "actual"),
             ("Total", 2023, 2.06, "USD billion", "actual"),
             ("Total", 2024, 4.6, "USD billion", "actual")],
        claims=[("cagr", 120.9, "percent", 2022, 2024, None, "stated"),
                ("cagr", 127.4, "percent", 2022, 2024, None, "stated")],
        verdicts=[("cagr", "exact"),  # (2.05 / 0.42) ** (1 / 2) - 1 = 120.93% -> 120.9%
                  # (1.53 / 0.25) ** (1 / 2) - 1 = 147.39%; bounds (1.525 / 0.255) ** (1 / 2) - 1 = 144.55% to
                  # (1.535 / 0.245) ** (1 / 2) - 1 = 150.31%: 127.4% is outside them
                  ("cagr", "inconsistent"),
                  # 0.97 + 0.48 + 0.61 = 2.06, 2.05 + 1.02 + 1.53 = 4.60
                  ("hierarchy", "exact")]),
    dict(  # 36: a Chinese table with 同比 columns between the year columns, a 合计 row, units in the caption
        text="表5 中国AI教育硬件分品类零售额（亿元）\n"
             "| 品类 | 2023年 | 同比 | 2024年 | 同比 |\n"
             "|---|---|---|---|---|\n"
             "| 学习机 | 238.6 | 18.2% | 296.4 | 24.2% |\n"
             "| 词典笔 | 42.5 | 9.8% | 47.1 | 11.0% |\n"
             "| 智能作业灯 | 31.2 | 35.1% | 38.9 | 24.7% |\n"
             "| 合计 | 312.3 | 18.7% | 382.4 | 22.4% |",
        obs=[("学习机", 2023, 238.6, "CNY 100 million", "actual"),
             ("学习机", 2024, 296.4, "CNY 100 million", "actual"),
             ("词典笔", 2023, 42.5, "CNY 100 million", "actual"),
             ("词典笔", 2024, 47.1, "CNY 100 million", "actual"),
             ("智能作业灯", 2023, 31.2, "CNY 100 million", "actual"),
             ("智能作业灯", 2024, 38.9, "CNY 100 million", "actual"),
             ("合计", 2023, 312.3, "CNY 100 million", "actual"),
             ("合计", 2024, 382.4, "CNY 100 million", "actual")],
        claims=[("growth", 18.2, "percent", 2022, 2023, 1.0),
                ("growth", 9.8, "percent", 2022, 2023, 1.0),
                ("growth", 35.1, "percent", 2022, 2023, 1.0),
                ("growth", 18.7, "percent", 2022, 2023, 1.0),
                ("growth", 24.2, "percent", 2023, 2024, 1.0),
                ("growth", 11.0, "percent", 2023, 2024, 1.0),
                ("growth", 24.7, "percent", 2023, 2024, 1.0),
                ("growth", 22.4, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 296.4 / 238.6 - 1 = 24.22% -> 24.2%
                  # 47.1 / 42.5 - 1 = 10.82%, not 11.0%; bounds 47.05 / 42.55 - 1 = 10.58% to
                  # 47.15 / 42.45 - 1 = 11.07%, which reaches 10.95-11.05%
                  ("cagr|implied", "rounding"),
                  ("cagr|implied", "exact"),  # 38.9 / 31.2 - 1 = 24.68% -> 24.7%
                  ("cagr|implied", "exact"),  # 382.4 / 312.3 - 1 = 22.45% -> 22.4%
                  # 238.6 + 42.5 + 31.2 = 312.3, 296.4 + 47.1 + 38.9 = 382.4
                  ("hierarchy", "exact")]),
    dict(  # 37: a tab-separated export with a trailing notes column (one note naming a replaced figure), 2025F
        text="AI in financial services spending, Asia-Pacific (USD billion), export 2025-05-02\n"
             "Segment\t2023\t2024\t2025F\tNotes\n"
             "Fraud detection\t4.1\t5.3\t6.7\tincl. AML screening\n"
             "Credit scoring\t2.6\t3.2\t3.9\t\n"
             "Robo-advice\t1.2\t1.5\t1.9\t2024 revised from 1.4 in the previous edition\n"
             "Total\t7.9\t10.0\t12.5\t",
        obs=[("Fraud detection", 2023, 4.1, "USD billion", "actual"),
             ("Fraud detection", 2024, 5.3, "USD billion", "actual"),
             ("Fraud detection", 2025, 6.7, "USD billion", "estimate"),
             ("Credit scoring", 2023, 2.6, "USD billion", "actual"),
             ("Credit scoring", 2024, 3.2, "USD billion", "actual"),
             ("Credit scoring", 2025, 3.9, "USD billion", "estimate"),
             ("Robo-advice", 2023, 1.2, "USD billion", "actual"),
             ("Robo-advice", 2024, 1.5, "USD billion", "actual"),
             ("Robo-advice", 2025, 1.9, "USD billion", "estimate"),
             ("Total", 2023, 7.9, "USD billion", "actual"),
             ("Total", 2024, 10.0, "USD billion", "actual"),
             ("Total", 2025, 12.5, "USD billion", "estimate")],
        claims=[],
        # 4.1 + 2.6 + 1.2 = 7.9, 5.3 + 3.2 + 1.5 = 10.0, 6.7 + 3.9 + 1.9 = 12.5
        verdicts=[("hierarchy", "exact")]),
    dict(  # 38: a white paper's table: 细分领域 with 规模 and 占比, a 合计 row of 100.0%, space-aligned
        text="表3 2024年中国智能客服市场细分领域规模及占比\n"
             "细分领域        规模（亿元）    占比\n"
             "金融            58.7          31.5%\n"
             "电商零售        41.2          22.1%\n"
             "政务            27.9          15.0%\n"
             "通信            22.4          12.0%\n"
             "其他            36.2          19.4%\n"
             "合计            186.4         100.0%\n"
             "资料来源：中国智能服务产业联盟",
        obs=[("金融", 2024, 58.7, "CNY 100 million", "actual"),
             ("电商零售", 2024, 41.2, "CNY 100 million", "actual"),
             ("政务", 2024, 27.9, "CNY 100 million", "actual"),
             ("通信", 2024, 22.4, "CNY 100 million", "actual"),
             ("其他", 2024, 36.2, "CNY 100 million", "actual"),
             ("合计", 2024, 186.4, "CNY 100 million", "actual")],
        claims=[("share", 31.5, "percent", 2024, 2024, None),
                ("share", 22.1, "percent", 2024, 2024, None),
                ("share", 15.0, "percent", 2024, 2024, None),
                ("share", 12.0, "percent", 2024, 2024, None),
                ("share", 19.4, "percent", 2024, 2024, None)],
        # 58.7 + 41.2 + 27.9 + 22.4 + 36.2 = 186.4
        verdicts=[("hierarchy", "exact"),
                  # 58.7 / 186.4 = 31.49% -> 31.5%, 41.2 / 186.4 = 22.10%, 27.9 / 186.4 = 14.97% -> 15.0%,
                  # 22.4 / 186.4 = 12.02% -> 12.0%, 36.2 / 186.4 = 19.42% -> 19.4%
                  ("arithmetic", "exact")]),
    dict(  # 39: a trade body's table in EUR million, space-aligned, a y/y column, an "EU total" row
        text="Table 2. AI in logistics spending in the EU by country (EUR million)\n"
             "Country          2023      2024      y/y\n"
             "Germany           842     1,126    +33.7%\n"
             "France            611       804    +31.6%\n"
             "Netherlands       398       566    +42.2%\n"
             "Rest of EU      1,249     1,704    +36.4%\n"
             "EU total        3,100     4,200    +35.5%",
        obs=[("Germany", 2023, 842.0, "EUR million", "actual"),
             ("Germany", 2024, 1126.0, "EUR million", "actual"),
             ("France", 2023, 611.0, "EUR million", "actual"),
             ("France", 2024, 804.0, "EUR million", "actual"),
             ("Netherlands", 2023, 398.0, "EUR million", "actual"),
             ("Netherlands", 2024, 566.0, "EUR million", "actual"),
             ("Rest of EU", 2023, 1249.0, "EUR million", "actual"),
             ("Rest of EU", 2024, 1704.0, "EUR million", "actual"),
             ("EU total", 2023, 3100.0, "EUR million", "actual"),
             ("EU total", 2024, 4200.0, "EUR million", "actual")],
        claims=[("growth", 33.7, "percent", 2023, 2024, 1.0),
                ("growth", 31.6, "percent", 2023, 2024, 1.0),
                ("growth", 42.2, "percent", 2023, 2024, 1.0),
                ("growth", 36.4, "percent", 2023, 2024, 1.0),
                ("growth", 35.5, "percent", 2023, 2024, 1.0)],
        # 1,126 / 842 - 1 = 33.73%, 804 / 611 - 1 = 31.59%, 566 / 398 - 1 = 42.21%, 1,704 / 1,249 - 1 = 36.43%,
        # 4,200 / 3,100 - 1 = 35.48%: each rounds to its printed rate
        verdicts=[("cagr|implied", "exact"),
                  # 842 + 611 + 398 + 1,249 = 3,100, 1,126 + 804 + 566 + 1,704 = 4,200
                  ("hierarchy", "exact")]),
    dict(  # 40: a Traditional Chinese table in 億美元: 2025(F), a 複合成長率 column, a 合計 row, its source and date
        text="全球工業AI質檢市場規模（單位：億美元）\n"
             "| 項目 | 2023 | 2024 | 2025(F) | 2023-2025年複合成長率 |\n"
             "|---|---|---|---|---|\n"
             "| 硬體 | 18.2 | 21.6 | 25.4 | 18.1% |\n"
             "| 軟體與演算法 | 12.5 | 16.8 | 22.5 | 34.2% |\n"
             "| 合計 | 30.7 | 38.4 | 47.9 | 24.9% |\n"
             "資料來源：產經研究所，2025年1月",
        obs=[("硬體", 2023, 18.2, "USD 100 million", "actual"),
             ("硬體", 2024, 21.6, "USD 100 million", "actual"),
             ("硬體", 2025, 25.4, "USD 100 million", "estimate"),
             ("軟體與演算法", 2023, 12.5, "USD 100 million", "actual"),
             ("軟體與演算法", 2024, 16.8, "USD 100 million", "actual"),
             ("軟體與演算法", 2025, 22.5, "USD 100 million", "estimate"),
             ("合計", 2023, 30.7, "USD 100 million", "actual"),
             ("合計", 2024, 38.4, "USD 100 million", "actual"),
             ("合計", 2025, 47.9, "USD 100 million", "estimate")],
        claims=[("cagr", 18.1, "percent", 2023, 2025, None, "stated"),
                ("cagr", 34.2, "percent", 2023, 2025, None, "stated"),
                ("cagr", 24.9, "percent", 2023, 2025, None, "stated")],
        verdicts=[("cagr", "exact"),  # (25.4 / 18.2) ** (1 / 2) - 1 = 18.14% -> 18.1%
                  ("cagr", "exact"),  # (22.5 / 12.5) ** (1 / 2) - 1 = 34.16% -> 34.2%
                  ("cagr", "exact"),  # (47.9 / 30.7) ** (1 / 2) - 1 = 24.91% -> 24.9%
                  # 18.2 + 12.5 = 30.7, 21.6 + 16.8 = 38.4, 25.4 + 22.5 = 47.9
                  ("hierarchy", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twentieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'According to the F&S Report, the market size',
    '根据弗若斯特沙利文的资料，按收入计',
    'Rs 1.2 lakh crore',
    '₹38,500 crore in FY25',
    '€4.2bn',
    '9.8 bn euros',
    '312 billion yen ($2.0 billion)',
    '1.8 trillion won ($1.3 billion)',
    '37 per cent',
    'in 2023-24',
    'IIRC the Lumenfield report put it at ~$5B for 2024, vs.',
    'up 25.8% y/y',
    'a 2.6-fold increase',
    'compared to',
    'the fourth quarter alone',
    'Two-thirds of spending went to fraud and risk tools, and one in five',
    '1,030万台，比上年增长',
    '占全部人工智能核心产业营业收入的比重',
    '预计到2026年，市场总体规模',
    '38.6億港元，按年增長',
    '億元人民幣',
    '1.15万亿元，其中端侧大模型市场规模为386亿元',
    'CAGR 2024-2029E',
    '| | (RMB billion) |',
    'Year     Software   Hardware   Total',
    'Mobile subtotal',
    '| — |',
    '| 同比 |',
    '\tNotes',
    '细分领域',
)
#: the set's blind score, scored once before any rule was written for it: 175/225 figures, 52/67 rates, 49/72
#: verdicts, 2 false inconsistent (with the rules the eighteenth and nineteenth sets' misses had brought, which it was
#: written after; before them: 172/225, 52/67, 48/72, 3 false inconsistent). Then mended (a span after a second
#: rate, a multiple from the year named after it, a row of units, a column of notes, a second CAGR column, change
#: columns between the years, a part that made up an amount of the whole): 208/225, 61/67, 57/72, none false.
#: raised to 213, 64, 64 by the fifty-ninth set's round (a relative year after a bracketed equivalent)
FLOORS = {"figures_found": 218, "rates_found": 65, "verdicts_right": 67}


if __name__ == "__main__":  # python tests/extract_checkset20.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
