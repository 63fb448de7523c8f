"""A twenty-third check set for the extractor, written blind: an earnings call, a 10-K's industry section, an
encyclopaedia article, a newsletter thread, a paper's abstract, European and UK trade bodies in euros and pounds, a
Japanese research firm in yen, a keynote recap, Chinese and Hong Kong prospectuses, a broker's note, a white paper, a
city's action plan, Taiwan news, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: an earnings-call transcript with an analyst and a CFO ("we now see the TAM
reaching $58 billion in FY28", "we think that works out to roughly 30% a year", the figure it replaces, the company's
own revenue and guidance); a listed company's 10-K industry section citing a research firm ("According to IDC, ... is
expected to grow at a compound annual growth rate of 21.6% from 2024 to 2028", the company's core category with its
share, its headcount); an encyclopaedia article with bracketed citation marks glued to figures ("US$1.42 billion[12]",
"by 2032,[14]"); a newsletter thread with arrows, emoji and hashtags ("$3.4B (2024) → $18.9B (2030)", "$0.9B ->
$6.1B", "1/", a poll's share); an academic paper's abstract ("We estimate", a confidence interval "(95% CI
2.9–4.4)", a count of partnerships, "over 2019–2024"); a European federation's report in euros ("€1.84bn", "EUR 1.54
billion", "EUR 512 million" for one country); a UK trade body's survey in pounds ("£3.7bn", "Two in three ...
(67%)", "by a fifth"); a Japanese research institute's release in English ("JPY 850 billion", "¥1.2 trillion",
fiscal years, a rough dollar conversion); multiples in words ("doubled", "grew five-fold", "a tenfold increase over
the decade to 2034", 翻了两番, 翻一番, 增長逾一倍); declines ("shrank 4.2%", "declined for a second year", "a drop
of", 同比下降, 下滑); a half year beside full years ("H1 2025", "on course for ... for the full year", 2025年上半年);
a conference keynote's recap ("The speaker put the market at ... last year", "pass $8 billion by 2030", "over the six
years"); a syndicated research release with a bull case; a news story with a range and a second firm's figure; a
fund's letter to partners ("We think", the fund's return and assets); a trade-press Q&A ("this year", "last year",
"Next year", a penetration rate); a Chinese IPO prospectus (招股说明书: 根据弗若斯特沙利文的资料, 按收入计,
由2019年的……增加至2023年的……, 复合年增长率, 预计该市场将以……的复合年增长率增至, the issuer's 市场份额); a Hong
Kong listing document in Traditional Chinese (根據灼識諮詢的資料, 由……增至……, 複合年增長率, 人民幣億元, 2024年至2029年);
a Chinese broker's research note (我们预计, 2025E, 2024-2027E, 图表3, 资料来源：Wind，公司公告); a research institute's
white paper (白皮书, 核心产业规模达到, 同比增长, 占比, a count of cases); a city's action plan (行动方案, 到2027年,
力争突破, 带动相关产业规模超过, a revenue threshold for firms); Taiwan news in Traditional Chinese (產值, 新台幣 beside
億美元, 年增, 預估, 上看, a notebook penetration); a Taiwan institute's release (成長, 複合成長率, 占全球比重約); a second
institution's figure (另一家机构); central media (超过, 以上, 比上年增长, 占比约四成); a listed company's announcement
(证券代码, 公告编号, the company's investment and stake); and tables as pipe markdown, tab-separated, space-aligned and
comma-separated text: years as rows with several markets as columns and a CAGR row, a "US$ mn" header over "2024A |
2025E | 2026E", a negative growth in parentheses ("(3.2%)") with "n/a" and "—" cells, a CSV export with quoted
figures ("1,234.5"), a header split over two lines (years above units) with a CAGR column, a Chinese vertical table
年份 | 规模（亿元） | 增速, a Traditional Chinese table in 人民幣億元 with a 年增率 column, a table with a footnote line
under it ("Source: ...; e = estimate"), a tab-separated table of regions with a Total row and a Chinese table whose
合计 misses its parts by a rounding step. Markets vary (edge AI chips, AI cybersecurity, autonomous trucking,
generative AI in gaming, AI drug discovery, AI in medical imaging, AI in retail, conversational AI, AI PCs, AI
smartphones, AI医疗影像, 数字人, AI手机, 人工智能核心产业, 大模型, 具身智能, AI PC, 智能驾驶, 智能客服, AI算力服务); publishers,
speakers and companies are invented (the research firms a filing or a note cites aside), the sentences are the
project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a
company sizes is the market (``Total``). A second market named beside the first is an item of its own name, never
summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit,
except that one series keeps one unit (the first its text prints): a later figure in another scale of the same
currency is expected in the series' unit; an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过,
突破) is expected at its printed figure. When an article sets a second publisher's figure for the same year beside the
first publisher's, the first one (whose base, target and rate the text gives) is the snippet's figure and the second
is expected nowhere. A range gives two ``value`` claims for its year. Boilerplate figures (datelines, report and
exhibit numbers, a plan's title years, footnote marks, headcounts, counts of firms, gigawatts of capacity, a
listicle's count) are expected nowhere; so are a quarter's figure beside yearly ones, the figure a restated or
revised one replaces, a bull case beside the base case, a share given only as a fraction in words ("about a third of
the market"), and a percentage that is no share of the market (a margin, a penetration, adoption or 導入率 rate, a
survey's answer). An amount in a currency the bundled unit table holds (yen) is the year's observation in that
currency, and a rough dollar conversion printed beside it is none; an amount in a currency the table does not hold
(won, rupees, riyals, 新台幣) is no observation, but a US$ figure printed beside it is the year's observation, and its
stated rate is a claim and gets its verdict from the amounts in that currency. A fiscal year counts as its number
(fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is the year before the dateline's, "this year" / 今年 the
dateline's. A share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR
carries no ``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its
amounts give it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``; "grew by half" is 50%); a multiple between two years carries their distance ("nearly tripled" as
x3, "five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍 -- grew by four times over -- as x5) and gets no
verdict. The base of a forecast is ``actual``; a figure a forecast cue or a target governs (expects, project, could
be, 预计, 預估, 力争, 突破), an E or F column, or a year after the dateline's, ``estimate``. A share whose part and
whole are printed gets an ``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table
whose rows add to its total row a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one,
``rounding`` when only some reading of the printed inputs (each at half its last digit either way) reaches it,
``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment
beside each verdict.

What this set's sources add to them: on an earnings call the CFO's "we now see the TAM reaching $58 billion in FY28,
up from about $26.5 billion in FY25" gives the market's two figures (FY28 an ``estimate``, FY25 its ``actual``
base), the TAM "we talked about" at an earlier investor day for the same year is the figure the new one replaces,
expected nowhere, "we think that works out to roughly 30% a year" is the CAGR between the two (``inferred``,
approximate, at its printed figure), and the company's own revenue and its guidance are expected nowhere. In a 10-K
the research firm's figures ("According to IDC") are the market's and "from 2024 to 2028" prints the CAGR's span; the
category the company calls its core is a part by its name as printed, its "28.6% of the total" a share with an
``arithmetic`` verdict, and employees and countries are boilerplate. In an encyclopaedia article a bracketed mark
glued to a figure or set after its comma ("US$1.42 billion[12]", "by 2032,[14]", "[12][13]") is a footnote mark and
leaves the figure and the year as printed; the year a service began and a count of companies are expected nowhere. In
a newsletter thread "$3.4B (2024) → $18.9B (2030)" gives each year its figure and "$0.9B -> $6.1B over the same
stretch" gives a part's figures for the same two years; "B" is USD billion; the CAGR printed after the arrow is
``inferred``; the thread's numbers ("1/", "2/"), emoji, hashtags and a poll's percentage are expected nowhere. In a
paper's abstract "We estimate that the market reached" gives the market's figure, a confidence interval ("(95% CI
2.9–4.4)") is no range of the market and is expected nowhere, as is the count of partnerships the model is built
from and the years the sample spans; "over 2019–2024" prints the CAGR's span, and the central scenario's figure is an
``estimate``. "€1.84bn", "EUR 1.54 billion" and "€4.1bn" are EUR billion, and a country's "EUR 512 million" is an
item of its own name (``Germany``) in EUR million, its "27.8% of the European total" a share with an ``arithmetic``
verdict; a federation's member companies and their staff are expected nowhere. "£3.7bn" is GBP billion; "Two in three
of the 214 retailers surveyed (67%)" is a survey's answer and a count, and a budget to grow "by a fifth" a fraction in
words, all expected nowhere. "JPY 850 billion" is JPY billion and "¥1.2 trillion" and "¥2.1 trillion" are expected in
the series' unit (1200 and 2100 JPY billion); "grew 24.1% in fiscal 2024" is a year-on-year rate whose base is not
printed (a claim without a verdict), and the dollar conversion, the survey's months and its count of vendors are
expected nowhere. "Doubled between 2021 and 2024" is x2 over three years, "grew five-fold from 2019" x5 and "a tenfold
increase over the decade to 2034" x10 between 2024 and 2034; "$310 million" for 2019 in a series opened in USD
billion is 0.31; 翻了两番 (doubled twice) is x4 and 翻一番 x2; 增長逾一倍 is x2. "Shrank 4.2%", "a drop of 17.4%" and
同比下降8.1% are ``growth`` claims with negative values, and "declined for a second year" and 首次下滑 carry no figure.
"H1 2025" and 2025年上半年 figures, with their rates, are a part of a year and expected nowhere, while "on course for
about $6.3 billion for the full year" is the year's ``estimate``. In a keynote recap "The speaker put the market at
$1.72 billion last year" is the year before the recap's dateline, "pass $8 billion by 2030" an approximate
``estimate``, and "over the six years" prints the span's length but not its years (``inferred``); the count of tools
cleared, "about three-quarters of them" and the delegates are expected nowhere. A bull case's figure beside the base
case is expected nowhere, and the region's "46.3% share of the market" is a share. "Could be worth between $28
billion and $35 billion a year by 2035" is a range (two ``value`` claims), and the consultancy's $52 billion for the
same year, set beside it, is expected nowhere. In a fund's letter the fund's return, the index's and its assets under
management are expected nowhere, and "We think ... will reach" is an ``estimate``. In a Q&A "this year" is the
dateline's year and "Next year" the one after, and "Roughly 43% of units" a penetration, no share. In a Chinese
prospectus 由2019年的8.6亿元增加至2023年的46.2亿元，复合年增长率为 and 预计该市场将以38.6%的复合年增长率增至2028年的
give their CAGRs' spans only by the years of their amounts (``inferred``), and the issuer's 市场份额 by 2023 revenue is
a share; in a Hong Kong listing document 人民幣12.4億元 is CNY 100 million and 2024年至2029年的複合年增長率 is
``stated``, and a part's 佔整體市場的36.3% a share with an ``arithmetic`` verdict. In a broker's note 2025E and 2027E
are estimates, "2024-2027E年均复合增长率" is ``stated``, and 图表3, the chart's title years and its 资料来源 line are
boilerplate. In a white paper 核心产业规模达到 is the market's figure (``Total``) and 大模型 a part with its 占比, and the
paper's title year and its count of cases are expected nowhere. In a city's action plan 力争突破500亿元 is the target
(an approximate ``estimate``), 带动相关产业规模超过2,000亿元 an item of its own (``相关产业``), and the revenue threshold
and counts of firms and sites, boilerplate. In Taiwan news 新台幣3,700億元（約115億美元） gives the year's observation in
USD 100 million, its 年增 rate is a claim whose verdict comes from the 新台幣 amounts (its US$ amounts give the same),
and the share of notebook shipments is a penetration, expected nowhere. 占比约四成 is a fraction in words. In a listed
company's announcement the 证券代码, 公告编号, the company's investment, its stake (持股比例) and the joint venture's
registered capital are expected nowhere. In tables: a vertical table with several markets as columns gives each
column's figures to its header, and a "CAGR 2023-26" row gives each column its stated CAGR; a first header cell "US$
mn" gives the table's unit, 2024A is ``actual``; a growth in parentheses ("(3.2%)") is negative, and "n/a" and "—"
are no figure; a CSV export's quoted figures keep their thousands separators ("1,234.5" is 1234.5); a header split over
two lines gives each column its year from the upper line and its unit from the lower, and its "CAGR 2024-28E" column
each row's stated CAGR; in a vertical Chinese table 规模（亿元） is an item of its header, ``规模``, and 增速 each year's
year-on-year rate; in a Traditional Chinese table under 單位：人民幣億元 the column 市場規模 is an item of its header and
年增率 each year's year-on-year rate, 2025年(預測) an estimate; a footnote line under a table ("Source: ...; e =
estimate") holds no figure; a Total row under regions is the whole they add to; a 合计 that misses its parts by a
rounding step, with a note that says so, gets a ``rounding`` hierarchy verdict. ``python tests/extract_checkset23.py
[-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------- English prose (1-16)
    # 1. an earnings-call transcript: an analyst, a CFO, "we now see the TAM", FY years, the replaced figure
    dict(
        text="Corvina Semiconductor, Q2 FY26 earnings call, 19 November 2025 (edited transcript)\n\n"
        "Vikram Sethi, Hallam Brothers: You raised the edge AI number again. How are you sizing it now?\n\n"
        "Laura Benedetti, CFO: Sure. At last year's investor day we talked about an edge AI chip TAM of $45 billion in "
        "FY28. With inference moving onto phones, PCs and cameras, we now see the TAM reaching $58 billion in FY28, up "
        "from about $26.5 billion in FY25, and we think that works out to roughly 30% a year. For our part, edge "
        "revenue was $1.9 billion in FY25 and we are guiding to $2.4 billion for FY26.\n\n"
        "Vikram Sethi: That's helpful, thank you.",
        obs=[
            ("Total", 2025, 26.5, "USD billion", "actual"),
            ("Total", 2028, 58.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 30.0, "percent", 2025, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (58 / 26.5) ** (1 / 3) - 1 = 29.8%, which rounds to 30%
        ],
    ),
    # 2. a 10-K's industry section citing a research firm, a core category and its share, a headcount
    dict(
        text="Item 1. Business\n\nIndustry Background\n\nOrganizations are moving from signature-based tools to "
        "security software that uses machine learning to detect and respond to threats. According to IDC, worldwide "
        "spending on AI-powered cybersecurity software was $24.8 billion in 2024 and is expected to grow at a compound "
        "annual growth rate of 21.6% from 2024 to 2028, reaching $54.2 billion. We estimate that AI-based endpoint "
        "detection and response, our core category, accounted for $7.1 billion of 2024 spending, or 28.6% of the "
        "total. As of January 31, 2025, we had approximately 3,400 full-time employees in 31 countries.",
        obs=[
            ("Total", 2024, 24.8, "USD billion", "actual"),
            ("Total", 2028, 54.2, "USD billion", "estimate"),
            ("AI-based endpoint detection and response", 2024, 7.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2028, None, "stated"),
            ("share", 28.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (54.2 / 24.8) ** (1 / 4) - 1 = 21.59%, which rounds to 21.6%
            ("arithmetic", "exact"),  # 7.1 / 24.8 = 28.63%, which rounds to 28.6%
        ],
    ),
    # 3. an encyclopaedia article with bracketed citation marks glued to figures and years
    dict(
        text="Autonomous trucking\n\nAutonomous trucking is the movement of freight by heavy trucks that drive "
        "themselves for all or part of a route.[3] The first commercial driverless runs on public highways began in "
        "Texas in 2025.[8] The global market was valued at US$1.42 billion[12] in 2024, up from US$0.96 billion in "
        "2023.[12][13] Analysts at Ferrand & Voss projected that it would reach US$11.6 billion by 2032,[14] a "
        "compound annual growth rate of 33.4%.[14] Some 40 companies were testing driverless trucks on public roads "
        "as of mid-2025.[15]",
        obs=[
            ("Total", 2023, 0.96, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2032, 11.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 33.4, "percent", 2024, 2032, None, "inferred")],
        verdicts=[
            # (11.6 / 1.42) ** (1 / 8) - 1 = 30.0%; bounds (11.55 / 1.425) ** (1 / 8) - 1 = 29.9% to
            # (11.65 / 1.415) ** (1 / 8) - 1 = 30.2%, far from 33.4% (from 2023 it would be 31.9%)
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 4. a newsletter thread: arrows, "->", emoji, hashtags, a poll's share
    dict(
        text="🎮 GenAI x Gaming — weekly thread 🧵\n\n"
        "1/ Generative AI in gaming is no longer a side bet: $3.4B (2024) → $18.9B (2030) 📈 That's a 33.1% CAGR 🤯\n\n"
        "2/ AI-generated game assets alone: $0.9B -> $6.1B over the same stretch.\n\n"
        "3/ 62% of the studios we polled already use genAI for concept art.\n\n"
        "Like + repost if this was useful ♻️ #GenerativeAI #GameDev #AI",
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2030, 18.9, "USD billion", "estimate"),
            ("AI-generated game assets", 2024, 0.9, "USD billion", "actual"),
            ("AI-generated game assets", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 33.1, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (18.9 / 3.4) ** (1 / 6) - 1 = 33.10%, which rounds to 33.1%
        ],
    ),
    # 5. an academic paper's abstract: "We estimate", a confidence interval, a count, "over 2019–2024"
    dict(
        text="Abstract\n\nPublished estimates of the market for AI-enabled drug discovery differ by an order of "
        "magnitude, largely because studies count different things. We build a bottom-up model from 412 disclosed "
        "partnerships and platform licences signed between 2015 and 2024. We estimate that the market reached $3.6 "
        "billion in 2024 (95% CI 2.9–4.4), up from $1.1 billion in 2019, a compound annual growth rate of 26.7% over "
        "2019–2024. Under our central scenario the market reaches $9.8 billion in 2029; upfront payments, not "
        "milestones, drive most of the recognised revenue. Keywords: drug discovery; machine learning; market "
        "sizing; biotechnology partnerships.",
        obs=[
            ("Total", 2019, 1.1, "USD billion", "actual"),
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2029, 9.8, "USD billion", "estimate"),
        ],
        claims=[("cagr", 26.7, "percent", 2019, 2024, None, "stated")],
        verdicts=[
            # (3.6 / 1.1) ** (1 / 5) - 1 = 26.76%, which rounds to 26.8%, not 26.7%; bounds
            # (3.55 / 1.15) ** (1 / 5) - 1 = 25.3% to (3.65 / 1.05) ** (1 / 5) - 1 = 28.3% hold 26.7%
            ("cagr", "rounding"),
        ],
    ),
    # 6. a European federation's report in euros: "€1.84bn", "EUR 1.54 billion", a country in EUR million
    dict(
        text="Brussels, 14 May 2025 – The European market for AI in medical imaging reached €1.84bn in 2024, a rise of "
        "19.5% on 2023, when sales stood at EUR 1.54 billion, according to the annual market report of the European "
        "Federation of Imaging Software Vendors (EFISV). Germany remained the largest national market with EUR 512 "
        "million, or 27.8% of the European total. The federation expects sales to reach €4.1bn in 2029, an average "
        "annual increase of 17.6% over 2024-2029. EFISV's 146 member companies employ some 38,000 people.",
        obs=[
            ("Total", 2023, 1.54, "EUR billion", "actual"),
            ("Total", 2024, 1.84, "EUR billion", "actual"),
            ("Germany", 2024, 512.0, "EUR million", "actual"),
            ("Total", 2029, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("share", 27.8, "percent", 2024, 2024, None),
            ("cagr", 17.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.84 / 1.54 - 1 = 19.48%, which rounds to 19.5%
            ("arithmetic", "exact"),  # 512 / 1840 = 27.83%, which rounds to 27.8%
            # (4.1 / 1.84) ** (1 / 5) - 1 = 17.38%, which rounds to 17.4%, not 17.6%; bounds
            # (4.05 / 1.845) ** (1 / 5) - 1 = 17.03% to (4.15 / 1.835) ** (1 / 5) - 1 = 17.73% hold 17.6%
            ("cagr", "rounding"),
        ],
    ),
    # 7. a UK trade body's survey in pounds: "£3.7bn", a survey's answer, "by a fifth"
    dict(
        text="London, 3 March 2025 – UK retailers spent £3.7bn on artificial intelligence in 2024, up from £2.9bn in "
        "2023, a rise of 32.4%, according to the Retail Technology Forum's annual spending survey. The trade body "
        "forecasts spending of £6.2bn in 2027. Two in three of the 214 retailers surveyed (67%) said they already use "
        "AI in customer service, and the typical respondent expects its AI budget to grow by a fifth this year.",
        obs=[
            ("Total", 2023, 2.9, "GBP billion", "actual"),
            ("Total", 2024, 3.7, "GBP billion", "actual"),
            ("Total", 2027, 6.2, "GBP billion", "estimate"),
        ],
        claims=[("growth", 32.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 3.7 / 2.9 - 1 = 27.6%; bounds 3.65 / 2.95 - 1 = 23.7% to 3.75 / 2.85 - 1 = 31.6%, short of 32.4%
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. a Japanese research institute's release in English: "JPY 850 billion", "¥1.2 trillion", fiscal years
    dict(
        text="TOKYO, July 9, 2025 – Kasumi Research Institute today released the results of its survey of Japan's "
        "conversational AI market (chatbots, voice agents and related services). Measured at vendors' sales, the "
        "market grew 24.1% in fiscal 2024 to JPY 850 billion. The institute forecasts it to reach ¥1.2 trillion in "
        "fiscal 2026 and ¥2.1 trillion in fiscal 2030, a compound annual growth rate of 16.3% between fiscal 2024 and "
        "fiscal 2030. At current exchange rates, the fiscal 2024 market is worth roughly $5.6 billion. The survey was "
        "carried out from March to June 2025 among 95 vendors.",
        obs=[
            ("Total", 2024, 850.0, "JPY billion", "actual"),
            ("Total", 2026, 1200.0, "JPY billion", "estimate"),
            ("Total", 2030, 2100.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2100 / 850) ** (1 / 6) - 1 = 16.27%, which rounds to 16.3% (the 24.1% has no printed base)
            ("cagr", "exact"),
        ],
    ),
    # 9. multiples in words: "doubled", "grew five-fold", "a tenfold increase"
    dict(
        text="NEW YORK, Feb. 18, 2025 – Spending by US banks on conversational AI doubled between 2021 and 2024, to "
        "$1.52 billion, and grew five-fold from 2019, when it was $310 million, according to a report published today "
        "by Larchmont Financial Research. The firm expects a tenfold increase over the decade to 2034, which would "
        "take spending to about $15 billion. Some 70% of large US banks now offer customers a generative AI "
        "assistant.",
        obs=[
            ("Total", 2019, 0.31, "USD billion", "actual"),
            ("Total", 2024, 1.52, "USD billion", "actual"),
            ("Total", 2034, 15.0, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),  # 2021 is not printed with a figure
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),  # 1.52 / 0.31 = 4.9, about five
            ("multiple", 10.0, "multiple", 2024, 2034, 10.0),  # 15 / 1.52 = 9.9, about ten
        ],
        verdicts=[],
    ),
    # 10. declines: "shrank 4.2%", "declined for a second year", "a drop of"
    dict(
        text="CHICAGO, March 11, 2025 – Spending by US grocers on AI-powered shelf cameras and checkout-free systems "
        "shrank 4.2% in 2024, to $1.37 billion from $1.43 billion in 2023, as two large chains paused roll-outs, "
        "Greyfield Analytics said on Tuesday. Revenue from retrofit kits declined for a second year, to $214 million "
        "from $251 million, a drop of 17.4%. Greyfield expects the market to return to growth in 2026 and to reach "
        "$2.05 billion in 2028.",
        obs=[
            ("Total", 2023, 1.43, "USD billion", "actual"),
            ("Total", 2024, 1.37, "USD billion", "actual"),
            ("Retrofit kits", 2023, 251.0, "USD million", "actual"),
            ("Retrofit kits", 2024, 214.0, "USD million", "actual"),
            ("Total", 2028, 2.05, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", -4.2, "percent", 2023, 2024, 1.0),
            ("growth", -17.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.37 / 1.43 - 1 = -4.20%, which rounds to -4.2%
            # 214 / 251 - 1 = -14.7%; bounds 213.5 / 251.5 - 1 = -15.1% to 214.5 / 250.5 - 1 = -14.4%, far from -17.4%
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. a half year beside full years: "H1 2025", "on course for ... for the full year"
    dict(
        text="Contact-centre AI: first-half review (August 2025)\n\nSales of conversational AI to contact centres "
        "reached $2.9 billion in H1 2025, up 31% on the first half of 2024, which puts the market on course for about "
        "$6.3 billion for the full year. That would follow $4.8 billion in 2024, itself 37% more than the $3.5 billion "
        "of 2023. Voice agents made up $1.1 billion of the 2024 total.",
        obs=[
            ("Total", 2023, 3.5, "USD billion", "actual"),
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Voice agents", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2025, 6.3, "USD billion", "estimate"),
        ],
        claims=[("growth", 37.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.8 / 3.5 - 1 = 37.1%, which rounds to 37%
        ],
    ),
    # 12. a conference keynote's recap: "The speaker put the market at", "last year", "over the six years"
    dict(
        text="Keynote recap: day two at the RadTech Summit (Chicago, 22 October 2025)\n\nOpening the second day, Dr. "
        "Helena Marsh of the Institute for Imaging Informatics argued that AI in medical imaging has left the pilot "
        "stage. The speaker put the market at $1.72 billion last year and said she expected it to pass $8 billion by "
        "2030, a compound rate of 29.2% a year over the six years. She added that roughly 1,000 AI imaging tools have "
        "now been cleared by regulators, about three-quarters of them in radiology. Around 4,200 delegates attended "
        "the summit.",
        obs=[
            ("Total", 2024, 1.72, "USD billion", "actual"),
            ("Total", 2030, 8.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 29.2, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (8 / 1.72) ** (1 / 6) - 1 = 29.20%, which rounds to 29.2%
        ],
    ),
    # 13. a syndicated research release: "projected to grow from ... to ... by", a bull case, a region's share
    dict(
        text="PUNE, India, June 2, 2025 (Newswire) -- The global AI in drug discovery market is projected to grow "
        "from USD 2.41 billion in 2025 to USD 9.63 billion by 2032, at a CAGR of 21.9% during the forecast period, "
        "according to a new report by Meridian Market Insights. The market was valued at USD 1.98 billion in 2024. In "
        "a bull case that assumes faster uptake by large pharmaceutical companies, the report sees the market "
        "reaching USD 13.2 billion by 2032. North America held a 46.3% share of the market in 2024.",
        obs=[
            ("Total", 2024, 1.98, "USD billion", "actual"),
            ("Total", 2025, 2.41, "USD billion", "estimate"),
            ("Total", 2032, 9.63, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2025, 2032, None, "inferred"),
            ("share", 46.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.63 / 2.41) ** (1 / 7) - 1 = 21.88%, which rounds to 21.9%
        ],
    ),
    # 14. a news story: a range for a year, a second firm's figure for the same year, a count of companies
    dict(
        text="AUSTIN, Texas, Sept. 30, 2025 – Revenue from autonomous trucking in the United States could be worth "
        "between $28 billion and $35 billion a year by 2035, according to a study released on Tuesday by the Lone Star "
        "Freight Council, up from about $0.4 billion in 2024. A separate estimate from the consultancy Pelham Hart "
        "puts the 2035 market at $52 billion. The council counts 11 companies running driverless loads today.",
        obs=[("Total", 2024, 0.4, "USD billion", "actual")],
        claims=[
            ("value", 28.0, "USD billion", 2035, 2035, None),
            ("value", 35.0, "USD billion", 2035, 2035, None),
        ],
        verdicts=[],
    ),
    # 15. a fund's letter to partners: "We think", the fund's return and assets
    dict(
        text="Aldergrove Capital – letter to partners, third quarter 2025\n\nDear partners,\n\nThe fund returned 8.7% "
        "in the quarter, against 5.1% for the index. Our largest new position is in AI security. We think spending on "
        "AI cybersecurity tools will reach $41 billion in 2027, from $19.5 billion in 2023, a compound rate of about "
        "20%. Within that, we expect security for large language models themselves to grow from $0.6 billion to $4.5 "
        "billion over the same years. We ended the quarter with $2.3 billion in assets under management.\n\n"
        "Warm regards,\nThe Aldergrove team",
        obs=[
            ("Total", 2023, 19.5, "USD billion", "actual"),
            ("Total", 2027, 41.0, "USD billion", "estimate"),
            ("Security for large language models", 2023, 0.6, "USD billion", "actual"),
            ("Security for large language models", 2027, 4.5, "USD billion", "estimate"),
        ],
        claims=[("cagr", 20.0, "percent", 2023, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (41 / 19.5) ** (1 / 4) - 1 = 20.4%, which rounds to 20%
        ],
    ),
    # 16. a trade-press Q&A: "this year", "last year", "Next year", a penetration
    dict(
        text="Q&A: 'The AI PC is now the default'\n\nPublished 12 June 2025\n\nQ: How big is the AI PC market this "
        "year?\nA: By value, we expect AI PCs to account for $118 billion of spending this year, up 45% from the $81 "
        "billion sold last year. Next year we think it passes $150 billion.\nQ: And as a share of all PCs?\nA: Roughly "
        "43% of units shipped this year, though that is a penetration figure, not a market share.",
        obs=[
            ("Total", 2024, 81.0, "USD billion", "actual"),
            ("Total", 2025, 118.0, "USD billion", "estimate"),
            ("Total", 2026, 150.0, "USD billion", "estimate"),
        ],
        claims=[("growth", 45.0, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 118 / 81 - 1 = 45.7%, which rounds to 46%, not 45%; bounds 117.5 / 81.5 - 1 = 44.2% to
            # 118.5 / 80.5 - 1 = 47.2% hold 45%
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------- Chinese prose (17-30)
    # 17. a Chinese IPO prospectus: 根据弗若斯特沙利文的资料, 按收入计, 由……增加至……, 预计将以……的复合年增长率增至
    dict(
        text="三、行业概况\n\n（二）中国AI医疗影像市场\n\n根据弗若斯特沙利文的资料，按收入计，中国AI医疗影像市场规模由2019年的"
        "8.6亿元增加至2023年的46.2亿元，复合年增长率为52.2%。受益于三类医疗器械注册证审批提速及医院信息化投入增加，"
        "预计该市场将以38.6%的复合年增长率增至2028年的233.4亿元。按2023年收入计，本公司在中国AI医疗影像市场排名第三，"
        "市场份额为9.8%。",
        obs=[
            ("Total", 2019, 8.6, "CNY 100 million", "actual"),
            ("Total", 2023, 46.2, "CNY 100 million", "actual"),
            ("Total", 2028, 233.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 52.2, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 38.6, "percent", 2023, 2028, None, "inferred"),
            ("share", 9.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (46.2 / 8.6) ** (1 / 4) - 1 = 52.24%, which rounds to 52.2%
            # (233.4 / 46.2) ** (1 / 5) - 1 = 38.26%; bounds (233.35 / 46.25) ** (1 / 5) - 1 = 38.22% to
            # (233.45 / 46.15) ** (1 / 5) - 1 = 38.29%, far from 38.6%
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 18. a Hong Kong listing document in Traditional Chinese: 根據灼識諮詢的資料, 人民幣億元, 複合年增長率
    dict(
        text="行業概覽\n\n根據灼識諮詢的資料，中國數字人解決方案市場規模由2020年的人民幣12.4億元增至2024年的人民幣58.7億元，"
        "複合年增長率為47.5%，預計將於2029年進一步增至人民幣298.0億元，2024年至2029年的複合年增長率為38.4%。其中，"
        "虛擬主播於2024年的市場規模為人民幣21.3億元，佔整體市場的36.3%。",
        obs=[
            ("Total", 2020, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 58.7, "CNY 100 million", "actual"),
            ("虛擬主播", 2024, 21.3, "CNY 100 million", "actual"),
            ("Total", 2029, 298.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 47.5, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 38.4, "percent", 2024, 2029, None, "stated"),
            ("share", 36.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58.7 / 12.4) ** (1 / 4) - 1 = 47.50%, which rounds to 47.5%
            ("cagr", "exact"),  # (298.0 / 58.7) ** (1 / 5) - 1 = 38.39%, which rounds to 38.4%
            ("arithmetic", "exact"),  # 21.3 / 58.7 = 36.29%, which rounds to 36.3%
        ],
    ),
    # 19. a Chinese broker's research note: 我们预计, 2025E, 2024-2027E, 图表3, 资料来源：Wind，公司公告
    dict(
        text="华岳证券·电子行业深度报告：AI手机——端侧大模型开启换机周期\n\n我们预计，2025E全球AI手机市场规模将达到2,860亿美元，"
        "同比增长41.6%（2024年为2,020亿美元）；到2027E有望达到4,950亿美元，2024-2027E年均复合增长率为34.8%。\n\n"
        "图表3：2023-2027E全球AI手机市场规模及增速（亿美元，%）\n资料来源：Wind，公司公告，IDC，华岳证券研究所\n\n"
        "风险提示：端侧应用落地不及预期；换机需求弱于预期。",
        obs=[
            ("Total", 2024, 2020.0, "USD 100 million", "actual"),
            ("Total", 2025, 2860.0, "USD 100 million", "estimate"),
            ("Total", 2027, 4950.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.6, "percent", 2024, 2025, 1.0),
            ("cagr", 34.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2860 / 2020 - 1 = 41.58%, which rounds to 41.6%
            ("cagr", "exact"),  # (4950 / 2020) ** (1 / 3) - 1 = 34.82%, which rounds to 34.8%
        ],
    ),
    # 20. a research institute's white paper: 白皮书, 核心产业规模达到, 同比增长, 占比, a count of cases
    dict(
        text="中国信息技术研究院近日发布《中国人工智能产业发展白皮书（2025年）》。白皮书显示，2024年我国人工智能核心产业规模"
        "达到7,480亿元，同比增长13.9%；其中，大模型市场规模为2,140亿元，占比28.6%。白皮书预计，2025年核心产业规模将超过"
        "9,000亿元。白皮书共收录典型应用案例126个。",
        obs=[
            ("Total", 2024, 7480.0, "CNY 100 million", "actual"),
            ("大模型", 2024, 2140.0, "CNY 100 million", "actual"),
            ("Total", 2025, 9000.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("share", 28.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2140 / 7480 = 28.61%, which rounds to 28.6% (the 13.9% has no printed base)
        ],
    ),
    # 21. a city's action plan: 行动方案, 到2027年, 力争突破, 带动相关产业规模超过, thresholds and counts
    dict(
        text="滨江市人民政府办公厅近日印发《滨江市具身智能产业创新发展行动方案（2025—2027年）》。方案提出，到2027年，全市具身智能"
        "核心产业规模力争突破500亿元，带动相关产业规模超过2,000亿元；培育年营收超10亿元的龙头企业10家以上，建设应用示范场景"
        "20个以上。据市工信局统计，2024年全市具身智能核心产业规模为218亿元。",
        obs=[
            ("Total", 2024, 218.0, "CNY 100 million", "actual"),
            ("Total", 2027, 500.0, "CNY 100 million", "estimate"),
            ("相关产业", 2027, 2000.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 22. Taiwan news in Traditional Chinese: 產值, 新台幣 beside 億美元, 年增, 預估, 上看, a penetration
    dict(
        text="【記者林佳慧／台北報導】台灣數位產業研究所今（15）日發布研究指出，2024年台灣AI PC產值達新台幣3,700億元"
        "（約115億美元），年增27.4%；預估2025年產值將上看新台幣4,920億元（約153億美元），年增33.0%。研究所並指出，AI PC占"
        "台灣筆電出貨量的比重將由2024年的18%提升至2025年的35%。",
        obs=[
            ("Total", 2024, 115.0, "USD 100 million", "actual"),
            ("Total", 2025, 153.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("growth", 33.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # from the 新台幣 amounts 4920 / 3700 - 1 = 32.97%, which rounds to 33.0% (the US$ amounts give
            # 153 / 115 - 1 = 33.04%, the same); the 27.4% has no printed base
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. multiples in Chinese: 翻了两番, 翻一番, an approximate target (左右), a car-price threshold
    dict(
        text="据中国汽车智能化研究中心统计，2024年我国智能驾驶（L2级及以上）解决方案市场规模为912亿元，较2020年的228亿元翻了两番。"
        "该中心预计，随着城市领航辅助功能下探至15万元级车型，到2028年市场规模将再翻一番，达到1,850亿元左右。",
        obs=[
            ("Total", 2020, 228.0, "CNY 100 million", "actual"),
            ("Total", 2024, 912.0, "CNY 100 million", "actual"),
            ("Total", 2028, 1850.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 912 / 228 = 4.0
            ("multiple", 2.0, "multiple", 2024, 2028, 4.0),  # 1850 / 912 = 2.03
        ],
        verdicts=[],
    ),
    # 24. declines in Chinese: 由……降至……, 同比下降, 下滑, a part's fall
    dict(
        text="受大模型客服替代与价格战双重影响，中国智能客服市场规模由2023年的104.8亿元降至2024年的96.3亿元，同比下降8.1%，"
        "为近五年来首次下滑。其中，传统文本机器人收入由42.0亿元下滑至31.5亿元，同比下降25.0%。业内预计，随着大模型客服放量，"
        "2025年市场规模将回升至104亿元左右。",
        obs=[
            ("Total", 2023, 104.8, "CNY 100 million", "actual"),
            ("Total", 2024, 96.3, "CNY 100 million", "actual"),
            ("传统文本机器人", 2023, 42.0, "CNY 100 million", "actual"),
            ("传统文本机器人", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2025, 104.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -8.1, "percent", 2023, 2024, 1.0),
            ("growth", -25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 96.3 / 104.8 - 1 = -8.11%, which rounds to -8.1%
            ("cagr|implied", "exact"),  # 31.5 / 42.0 - 1 = -25.0%
        ],
    ),
    # 25. a half year beside full years in Chinese: 2025年上半年 with its rate, 2024年全年, 2025年全年
    dict(
        text="2025年上半年，中国AI PC市场销售额达到486亿元，同比增长62.3%。据赛瑞咨询测算，2024年全年中国AI PC市场规模为720亿元，"
        "较2023年的395亿元增长82.3%；赛瑞咨询预计，2025年全年市场规模将达到1,150亿元。",
        obs=[
            ("Total", 2023, 395.0, "CNY 100 million", "actual"),
            ("Total", 2024, 720.0, "CNY 100 million", "actual"),
            ("Total", 2025, 1150.0, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 82.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 720 / 395 - 1 = 82.28%, which rounds to 82.3%
        ],
    ),
    # 26. a Taiwan institute's release in Traditional Chinese: 億美元, 成長, 預估, 複合成長率, 占全球比重約
    dict(
        text="台灣醫材產業研究中心今（8）日表示，全球AI醫療影像市場規模2024年為21.6億美元，較2023年的16.8億美元成長28.6%；"
        "預估至2029年將達72.4億美元，2024至2029年複合成長率為27.4%。以區域來看，2024年北美市場占全球比重約47%。",
        obs=[
            ("Total", 2023, 16.8, "USD 100 million", "actual"),
            ("Total", 2024, 21.6, "USD 100 million", "actual"),
            ("Total", 2029, 72.4, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("cagr", 27.4, "percent", 2024, 2029, None, "stated"),
            ("share", 47.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21.6 / 16.8 - 1 = 28.57%, which rounds to 28.6%
            ("cagr", "exact"),  # (72.4 / 21.6) ** (1 / 5) - 1 = 27.37%, which rounds to 27.4%
        ],
    ),
    # 27. a second institution's figure beside the first's (另一家机构)
    dict(
        text="IDC日前发布报告称，2024年中国大模型平台及应用市场规模为47.9亿元，预计2028年将达到211亿元，年复合增长率为44.9%。"
        "另一家机构沙利文则估计，2024年该市场规模约为63亿元。",
        obs=[
            ("Total", 2024, 47.9, "CNY 100 million", "actual"),
            ("Total", 2028, 211.0, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 44.9, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (211 / 47.9) ** (1 / 4) - 1 = 44.87%, which rounds to 44.9%
        ],
    ),
    # 28. central media: 超过, 以上, 比上年增长, 约, 占比约四成, 有望突破
    dict(
        text="新华社北京3月18日电（记者王晓东）记者从中国数字经济联合会获悉，2024年我国数字人核心市场规模超过120亿元，"
        "比上年增长85%以上；其中，虚拟主播规模约48亿元，占比约四成。联合会预计，2025年核心市场规模有望突破200亿元。",
        obs=[
            ("Total", 2024, 120.0, "CNY 100 million", "actual"),
            ("虚拟主播", 2024, 48.0, "CNY 100 million", "actual"),
            ("Total", 2025, 200.0, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 85.0, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 29. a listed company's announcement citing the industry's size: 证券代码, 公告编号, its investment and stake
    dict(
        text="证券代码：688417　证券简称：云衡科技　公告编号：2025-046\n\n云衡科技股份有限公司关于对外投资设立合资公司的公告\n\n"
        "……根据中国信息通信研究院数据，2024年我国AI算力服务市场规模约为1,120亿元，同比增长62.1%，预计2026年将达到2,350亿元。"
        "本次公司拟以自有资金1.5亿元出资，持股比例为60%，合资公司注册资本为2.5亿元。",
        obs=[
            ("Total", 2024, 1120.0, "CNY 100 million", "actual"),
            ("Total", 2026, 2350.0, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 62.1, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 30. Hong Kong financial news in Traditional Chinese on a province's plan: 億元人民幣, 增長逾一倍, 年均增速約
    dict(
        text="《財經快訊》專訊：江嶼省近日公布人工智能產業三年行動計劃，目標到2027年全省人工智能核心產業規模突破1,800億元人民幣，"
        "較2024年的820億元人民幣增長逾一倍，年均增速約30%。計劃同時提出，培育10家以上營收超過百億元的龍頭企業。",
        obs=[
            ("Total", 2024, 820.0, "CNY 100 million", "actual"),
            ("Total", 2027, 1800.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 1800 / 820 = 2.2
            ("cagr", 30.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1800 / 820) ** (1 / 3) - 1 = 29.96%, which rounds to 30%
        ],
    ),
    # ----------------------------------------------------------------------------------------------- tables (31-40)
    # 31. pipe markdown, years as rows with several markets as columns, a CAGR row
    dict(
        text="Table 2. On-device AI hardware by market, US$ billion\n"
        "| Year | Edge AI chips | AI PCs | AI smartphones |\n"
        "|---|---|---|---|\n"
        "| 2023 | 18.4 | 22.0 | 96.5 |\n"
        "| 2024 | 24.9 | 81.3 | 203.0 |\n"
        "| 2025E | 31.6 | 118.4 | 286.2 |\n"
        "| 2026E | 39.2 | 152.7 | 341.0 |\n"
        "| CAGR 2023-26 | 28.7% | 92.5% | 52.3% |",
        obs=[
            ("Edge AI chips", 2023, 18.4, "USD billion", "actual"),
            ("Edge AI chips", 2024, 24.9, "USD billion", "actual"),
            ("Edge AI chips", 2025, 31.6, "USD billion", "estimate"),
            ("Edge AI chips", 2026, 39.2, "USD billion", "estimate"),
            ("AI PCs", 2023, 22.0, "USD billion", "actual"),
            ("AI PCs", 2024, 81.3, "USD billion", "actual"),
            ("AI PCs", 2025, 118.4, "USD billion", "estimate"),
            ("AI PCs", 2026, 152.7, "USD billion", "estimate"),
            ("AI smartphones", 2023, 96.5, "USD billion", "actual"),
            ("AI smartphones", 2024, 203.0, "USD billion", "actual"),
            ("AI smartphones", 2025, 286.2, "USD billion", "estimate"),
            ("AI smartphones", 2026, 341.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2023, 2026, None, "stated"),
            ("cagr", 92.5, "percent", 2023, 2026, None, "stated"),
            ("cagr", 52.3, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (39.2 / 18.4) ** (1 / 3) - 1 = 28.67%, which rounds to 28.7%
            # (152.7 / 22.0) ** (1 / 3) - 1 = 90.75%; bounds (152.65 / 22.05) ** (1 / 3) - 1 = 90.59% to
            # (152.75 / 21.95) ** (1 / 3) - 1 = 90.92%, far from 92.5%
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (341.0 / 96.5) ** (1 / 3) - 1 = 52.31%, which rounds to 52.3%
        ],
    ),
    # 32. pipe markdown, a "US$ mn" header over 2024A | 2025E | 2026E, segments and a Total row
    dict(
        text="AI in medical imaging: revenue by segment\n"
        "| US$ mn | 2024A | 2025E | 2026E |\n"
        "|---|---|---|---|\n"
        "| Imaging software | 842 | 1,065 | 1,338 |\n"
        "| Hardware add-ons | 315 | 362 | 410 |\n"
        "| Services | 198 | 251 | 317 |\n"
        "| Total | 1,355 | 1,678 | 2,065 |",
        obs=[
            ("Imaging software", 2024, 842.0, "USD million", "actual"),
            ("Imaging software", 2025, 1065.0, "USD million", "estimate"),
            ("Imaging software", 2026, 1338.0, "USD million", "estimate"),
            ("Hardware add-ons", 2024, 315.0, "USD million", "actual"),
            ("Hardware add-ons", 2025, 362.0, "USD million", "estimate"),
            ("Hardware add-ons", 2026, 410.0, "USD million", "estimate"),
            ("Services", 2024, 198.0, "USD million", "actual"),
            ("Services", 2025, 251.0, "USD million", "estimate"),
            ("Services", 2026, 317.0, "USD million", "estimate"),
            ("Total", 2024, 1355.0, "USD million", "actual"),
            ("Total", 2025, 1678.0, "USD million", "estimate"),
            ("Total", 2026, 2065.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 842 + 315 + 198 = 1355; 1065 + 362 + 251 = 1678; 1338 + 410 + 317 = 2065
            ("hierarchy", "exact"),
        ],
    ),
    # 33. space-aligned text, a negative growth in parentheses, "n/a" and "—" cells
    dict(
        text="AI in retail: US spending by channel (US$ billion)\n"
        "Channel           2023     2024     YoY 2024\n"
        "Grocery           4.12     3.99     (3.2%)\n"
        "Apparel           2.35     2.71     15.3%\n"
        "Marketplaces      n/a      1.84     —\n"
        "Source: Tillman Retail Research",
        obs=[
            ("Grocery", 2023, 4.12, "USD billion", "actual"),
            ("Grocery", 2024, 3.99, "USD billion", "actual"),
            ("Apparel", 2023, 2.35, "USD billion", "actual"),
            ("Apparel", 2024, 2.71, "USD billion", "actual"),
            ("Marketplaces", 2024, 1.84, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.99 / 4.12 - 1 = -3.16%, which rounds to -3.2%
            ("cagr|implied", "exact"),  # 2.71 / 2.35 - 1 = 15.32%, which rounds to 15.3%
        ],
    ),
    # 34. a CSV export with quoted figures and thousands separators, an exhibit number, a Total row
    dict(
        text="Exhibit 9 (CSV export): AI drug discovery revenue by modality, US$ million\n"
        "modality,           2023,       2024,       2025e\n"
        '"Small molecules",  "1,234.5",  "1,618.2",  "2,087.0"\n'
        '"Biologics",        "402.8",    "566.1",    "771.9"\n'
        '"Total",            "1,637.3",  "2,184.3",  "2,858.9"',
        obs=[
            ("Small molecules", 2023, 1234.5, "USD million", "actual"),
            ("Small molecules", 2024, 1618.2, "USD million", "actual"),
            ("Small molecules", 2025, 2087.0, "USD million", "estimate"),
            ("Biologics", 2023, 402.8, "USD million", "actual"),
            ("Biologics", 2024, 566.1, "USD million", "actual"),
            ("Biologics", 2025, 771.9, "USD million", "estimate"),
            ("Total", 2023, 1637.3, "USD million", "actual"),
            ("Total", 2024, 2184.3, "USD million", "actual"),
            ("Total", 2025, 2858.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1234.5 + 402.8 = 1637.3; 1618.2 + 566.1 = 2184.3; 2087.0 + 771.9 = 2858.9
            ("hierarchy", "exact"),
        ],
    ),
    # 35. space-aligned text with its header split over two lines (years above units), a CAGR column
    dict(
        text="Generative AI in gaming: revenue by platform\n"
        "                   2024       2025E      2028E      CAGR\n"
        "Platform           US$ bn     US$ bn     US$ bn     2024-28E\n"
        "Mobile             1.62       2.21       5.37       34.9%\n"
        "PC and console     1.18       1.57       3.64       32.7%\n"
        "Cloud gaming       0.41       0.63       1.95       47.7%",
        obs=[
            ("Mobile", 2024, 1.62, "USD billion", "actual"),
            ("Mobile", 2025, 2.21, "USD billion", "estimate"),
            ("Mobile", 2028, 5.37, "USD billion", "estimate"),
            ("PC and console", 2024, 1.18, "USD billion", "actual"),
            ("PC and console", 2025, 1.57, "USD billion", "estimate"),
            ("PC and console", 2028, 3.64, "USD billion", "estimate"),
            ("Cloud gaming", 2024, 0.41, "USD billion", "actual"),
            ("Cloud gaming", 2025, 0.63, "USD billion", "estimate"),
            ("Cloud gaming", 2028, 1.95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 32.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 47.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (5.37 / 1.62) ** (1 / 4) - 1 = 34.93%, which rounds to 34.9%
            # (3.64 / 1.18) ** (1 / 4) - 1 = 32.53%, which rounds to 32.5%, not 32.7%; bounds
            # (3.635 / 1.185) ** (1 / 4) - 1 = 32.34% to (3.645 / 1.175) ** (1 / 4) - 1 = 32.71% hold 32.7%
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (1.95 / 0.41) ** (1 / 4) - 1 = 47.68%, which rounds to 47.7%
        ],
    ),
    # 36. a Chinese vertical table 年份 | 规模（亿元） | 增速, "—" in the first year, 2025E and 2026E
    dict(
        text="表4 2021-2026E年中国数字人市场规模及增速\n"
        "| 年份 | 规模（亿元） | 增速 |\n"
        "|---|---|---|\n"
        "| 2021 | 62.2 | — |\n"
        "| 2022 | 120.8 | 94.1% |\n"
        "| 2023 | 205.2 | 69.9% |\n"
        "| 2024 | 327.5 | 59.6% |\n"
        "| 2025E | 480.5 | 46.7% |\n"
        "| 2026E | 651.0 | 35.5% |\n"
        "资料来源：智数研究院",
        obs=[
            ("规模", 2021, 62.2, "CNY 100 million", "actual"),
            ("规模", 2022, 120.8, "CNY 100 million", "actual"),
            ("规模", 2023, 205.2, "CNY 100 million", "actual"),
            ("规模", 2024, 327.5, "CNY 100 million", "actual"),
            ("规模", 2025, 480.5, "CNY 100 million", "estimate"),
            ("规模", 2026, 651.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 94.1, "percent", 2021, 2022, 1.0),
            ("growth", 69.9, "percent", 2022, 2023, 1.0),
            ("growth", 59.6, "percent", 2023, 2024, 1.0),
            ("growth", 46.7, "percent", 2024, 2025, 1.0),
            ("growth", 35.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 120.8 / 62.2 - 1 = 94.21%, which rounds to 94.2%, not 94.1%; bounds 120.75 / 62.25 - 1 = 93.98% to
            # 120.85 / 62.15 - 1 = 94.45% hold 94.1%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 205.2 / 120.8 - 1 = 69.87%, which rounds to 69.9%
            ("cagr|implied", "exact"),  # 327.5 / 205.2 - 1 = 59.60%, which rounds to 59.6%
            ("cagr|implied", "exact"),  # 480.5 / 327.5 - 1 = 46.72%, which rounds to 46.7%
            ("cagr|implied", "exact"),  # 651.0 / 480.5 - 1 = 35.48%, which rounds to 35.5%
        ],
    ),
    # 37. a Traditional Chinese tab-separated table under 單位：人民幣億元 with a 年增率 column, 2025年(預測)
    dict(
        text="中國智能客服市場規模（按收入計）\n"
        "單位：人民幣億元\n"
        "年份\t市場規模\t年增率\n"
        "2021年\t30.5\t—\n"
        "2022年\t41.2\t35.1%\n"
        "2023年\t52.6\t27.7%\n"
        "2024年\t66.0\t25.5%\n"
        "2025年(預測)\t81.9\t24.1%\n"
        "資料來源：灼識諮詢",
        obs=[
            ("市場規模", 2021, 30.5, "CNY 100 million", "actual"),
            ("市場規模", 2022, 41.2, "CNY 100 million", "actual"),
            ("市場規模", 2023, 52.6, "CNY 100 million", "actual"),
            ("市場規模", 2024, 66.0, "CNY 100 million", "actual"),
            ("市場規模", 2025, 81.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.1, "percent", 2021, 2022, 1.0),
            ("growth", 27.7, "percent", 2022, 2023, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.2 / 30.5 - 1 = 35.08%, which rounds to 35.1%
            ("cagr|implied", "exact"),  # 52.6 / 41.2 - 1 = 27.67%, which rounds to 27.7%
            ("cagr|implied", "exact"),  # 66.0 / 52.6 - 1 = 25.48%, which rounds to 25.5%
            ("cagr|implied", "exact"),  # 81.9 / 66.0 - 1 = 24.09%, which rounds to 24.1%
        ],
    ),
    # 38. pipe markdown with a footnote line under it ("Source: ...; e = estimate"), a CAGR column
    dict(
        text="| Market (US$ bn) | 2023 | 2024 | 2025e | 2027e | CAGR 2024-27e |\n"
        "|---|---|---|---|---|---|\n"
        "| Autonomous trucking | 0.96 | 1.42 | 2.05 | 4.10 | 42.4% |\n"
        "| Autonomous last-mile delivery | 0.58 | 0.83 | 1.21 | 2.36 | 41.7% |\n"
        "Source: Calder & Finch estimates; e = estimate",
        obs=[
            ("Autonomous trucking", 2023, 0.96, "USD billion", "actual"),
            ("Autonomous trucking", 2024, 1.42, "USD billion", "actual"),
            ("Autonomous trucking", 2025, 2.05, "USD billion", "estimate"),
            ("Autonomous trucking", 2027, 4.10, "USD billion", "estimate"),
            ("Autonomous last-mile delivery", 2023, 0.58, "USD billion", "actual"),
            ("Autonomous last-mile delivery", 2024, 0.83, "USD billion", "actual"),
            ("Autonomous last-mile delivery", 2025, 1.21, "USD billion", "estimate"),
            ("Autonomous last-mile delivery", 2027, 2.36, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 42.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 41.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (4.10 / 1.42) ** (1 / 3) - 1 = 42.40%, which rounds to 42.4%
            ("cagr", "exact"),  # (2.36 / 0.83) ** (1 / 3) - 1 = 41.67%, which rounds to 41.7%
        ],
    ),
    # 39. tab-separated regions with a Total row, 2025F
    dict(
        text="Conversational AI revenue by region (USD million)\n"
        "Region\t2023\t2024\t2025F\n"
        "North America\t5,210\t6,480\t7,950\n"
        "Europe\t2,940\t3,610\t4,420\n"
        "Asia-Pacific\t2,380\t3,150\t4,060\n"
        "Rest of world\t610\t760\t950\n"
        "Total\t11,140\t14,000\t17,380",
        obs=[
            ("North America", 2023, 5210.0, "USD million", "actual"),
            ("North America", 2024, 6480.0, "USD million", "actual"),
            ("North America", 2025, 7950.0, "USD million", "estimate"),
            ("Europe", 2023, 2940.0, "USD million", "actual"),
            ("Europe", 2024, 3610.0, "USD million", "actual"),
            ("Europe", 2025, 4420.0, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 2380.0, "USD million", "actual"),
            ("Asia-Pacific", 2024, 3150.0, "USD million", "actual"),
            ("Asia-Pacific", 2025, 4060.0, "USD million", "estimate"),
            ("Rest of world", 2023, 610.0, "USD million", "actual"),
            ("Rest of world", 2024, 760.0, "USD million", "actual"),
            ("Rest of world", 2025, 950.0, "USD million", "estimate"),
            ("Total", 2023, 11140.0, "USD million", "actual"),
            ("Total", 2024, 14000.0, "USD million", "actual"),
            ("Total", 2025, 17380.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 5210 + 2940 + 2380 + 610 = 11140; 6480 + 3610 + 3150 + 760 = 14000; 7950 + 4420 + 4060 + 950 = 17380
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a space-aligned Chinese table whose 合计 misses its parts by a rounding step, with a note saying so
    dict(
        text="中国具身智能市场结构（单位：亿元）\n"
        "细分领域        2023年    2024年    2025年E\n"
        "人形机器人      27.6      52.3      98.4\n"
        "四足机器人      8.9       13.7      19.8\n"
        "具身大模型      11.2      21.8      38.5\n"
        "合计            47.6      87.9      156.8\n"
        "注：合计与分项之和的差异系四舍五入所致。",
        obs=[
            ("人形机器人", 2023, 27.6, "CNY 100 million", "actual"),
            ("人形机器人", 2024, 52.3, "CNY 100 million", "actual"),
            ("人形机器人", 2025, 98.4, "CNY 100 million", "estimate"),
            ("四足机器人", 2023, 8.9, "CNY 100 million", "actual"),
            ("四足机器人", 2024, 13.7, "CNY 100 million", "actual"),
            ("四足机器人", 2025, 19.8, "CNY 100 million", "estimate"),
            ("具身大模型", 2023, 11.2, "CNY 100 million", "actual"),
            ("具身大模型", 2024, 21.8, "CNY 100 million", "actual"),
            ("具身大模型", 2025, 38.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 47.6, "CNY 100 million", "actual"),
            ("合计", 2024, 87.9, "CNY 100 million", "actual"),
            ("合计", 2025, 156.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 27.6 + 8.9 + 11.2 = 47.7 against 47.6, 52.3 + 13.7 + 21.8 = 87.8 against 87.9, 98.4 + 19.8 + 38.5 = 156.7
            # against 156.8: the parts at half their last digit (±0.15 in all) reach each printed total (±0.05)
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'we now see the TAM reaching $58 billion in FY28',
    'is expected to grow at a compound annual growth rate of 21.6% from 2024 to 2028',
    'US$1.42 billion[12]',
    '$3.4B (2024) → $18.9B (2030)',
    '$0.9B -> $6.1B',
    '(95% CI 2.9–4.4)',
    '€1.84bn',
    'EUR 1.54 billion',
    '£3.7bn',
    'JPY 850 billion',
    '¥1.2 trillion',
    'grew five-fold',
    'a tenfold increase',
    'shrank 4.2%',
    'H1 2025',
    'The speaker put the market at',
    'In a bull case',
    '根据弗若斯特沙利文的资料，按收入计',
    '根據灼識諮詢的資料',
    '图表3',
    '核心产业规模达到',
    '带动相关产业规模超过',
    '新台幣3,700億元（約115億美元）',
    '翻了两番',
    '同比下降8.1%',
    '2025年上半年',
    '| US$ mn | 2024A | 2025E | 2026E |',
    '(3.2%)',
    '"1,234.5"',
    'Source: Calder & Finch estimates; e = estimate',
)
#: the set's blind score, scored once before any rule was written for it: 148/193 figures, 48/60 rates, 38/57
#: verdicts, one false inconsistent (a second firm's figure held to the first one's range); 155/193 with the rule of
#: thresholds chosen on the earlier sets before it was scored. Then mended (a table of comma-separated values, a
#: header split over two lines, a range giving its year, "over the five years to 2024", an amount at a span's end,
#: a CAGR row under years as rows, "between fiscal 2024 and fiscal 2030", the year a sentence with none reports, a
#: base a year before its target, a rate "in Europe", a quarter named by its months, traditional cue words, a date
#: over a news tag): 175/193, 57/60, 50/57, none false. A revision's year held up by 将 is history: 56 verdicts.
FLOORS = {"figures_found": 182, "rates_found": 60, "verdicts_right": 56}


if __name__ == "__main__":  # python tests/extract_checkset23.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
