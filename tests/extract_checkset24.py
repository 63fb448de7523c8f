"""A twenty-fourth check set for the extractor, written blind: a US IPO prospectus's industry section, a research
firm's "Key Highlights" page, an analyst's post, Korean and Indian news in won and rupees beside dollars, a wire story
with a forecast cut, an earnings release, a trade association's survey, an economics blog, a statistics communiqué,
a news agency's item, a consultancy's bullet list, a Taiwan institute's release, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: a US IPO prospectus's industry section ("According to Frost & Sullivan, the
market ... grew from US$1.86 billion in 2019 to US$4.73 billion in 2023, representing a CAGR of", "is expected to
reach US$13.9 billion by 2028, representing a CAGR of 24.0% from 2023 to 2028", the issuer's rank and market share,
its staff); a market-research firm's "Key Highlights" bullet page ("• Market size 2024: USD 4.2 billion", "• Forecast
CAGR (2025-2032): 24.1%", "• Largest region: North America (38%)", base year, historical years and a page count); an
analyst's social-media post with line breaks, emoji, hashtags and a thread counter ("2024: $7.9B (+29.5% YoY) 📈",
"2030E: $29B", "a ~24% CAGR off the 2024 base"); a Korean newspaper in English with won and dollars ("1.12 trillion
won ($840 million) last year", "2.3 trillion won ($1.7 billion) by 2030"); an Indian report in rupees beside US$ ("Rs
12,500 crore (US$1.5 billion) in FY24", "₹1.2 lakh crore (US$14.4 billion) by FY32", a ₹500-crore mission); a wire
story with a forecast revised down ("cut its forecast ... to $9.8 billion in 2028 from a previous $12.4 billion",
"against 33% in its earlier outlook", "about one-fifth of spending"); a company's quarterly earnings release (the
quarter's revenue, full-year guidance raised from a previous range, a segment's full-year revenue, and its chief
executive's market figures); a trade association's annual survey (shares of respondents, a count of them, school
years written "2024-25", the association's estimate of spending); an economics blog with figures in parentheses and
"c." for circa ("(c. $1.1bn in 2020; c. $2.9bn in 2024)", "my central case", the consultancies' rate); a tracker's
decline ("fell 4.8%", the part that "bucked the trend"); an English-language Chinese daily in yuan with a dollar
conversion; a Singapore study in S$ beside US$; a sell-side note in prose ("$2.1bn in 2024A rising to $5.6bn in
2027E", a bear case, a price target); "grew by half" and "nearly tripled since 2021"; three segments "respectively"
out of a market; a European federation in euros with a second firm's figure; a Chinese city's 统计公报 (全年, 规模以上,
比上年增长, 其中, 占, a count of firms); a 新华网-style item (记者, 据该联盟测算, 突破, 年均复合增长率约); a
consultancy's bullet list (▶, 亿元, 其中, 占比, 预计, 2024-2030年年复合增长率, 搭载率); a Traditional Chinese 工研院
IEK release (產值, 新臺幣……億元, 年成長率, 預估, 約79億美元, 占全球比重約); two markets side by side in one sentence
(2024年全球和中国AI搜索市场规模分别为……亿美元和……亿元, 分别, 年复合增长率分别为); a 「」-quoted figure; a range
(800亿至1000亿元) beside 约两成; 翻了一番多 with a CAGR its amounts contradict; Taiwan news (今年, 去年, 年增, 占比約);
a part whose 占比 its amounts contradict; a Traditional Chinese forecast (由……成長至, 年複合成長率, 市占率約一成);
同比增长2.3倍; a city's 一季度 figure beside the year's and its 力争……突破 target; 同比下降; and tables as pipe
markdown, tab-separated and space-aligned text: "FY23 | FY24 | FY25E" headers under a unit cell, regions as columns
with a Total column and years as rows, a "YoY" row under each value row, a first header cell left blank with a
"CAGR 2023-25" column, a "Notes" column of words, a Chinese table with 年份 rows and a 同比 column and a 占比 column, a
Traditional Chinese table in 新臺幣億元 with a US$ line, a markdown table with a bold total row ("**Total**"), a
"Change" column with a negative in parentheses ("(17.6%)"), and a space-aligned Chinese table with a 2024-2026年CAGR
column. Markets vary (AI in education, AI voice agents, AI chips for cars, AI translation, AI in agriculture, AI in
HR, AI in logistics, smart speakers, 工业AI质检, 具身智能, 智能座舱, AI搜索, AI教育, 机器翻译, 智慧物流, 端侧AI, 智能音箱);
publishers and companies are invented (the research firm a prospectus cites aside), the sentences are the project's
own and the figures plausible.

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

What this set's sources add to them: in a US IPO prospectus's industry section the market the research firm sizes
("According to Frost & Sullivan, the market for ... grew from US$1.86 billion in 2019 to US$4.73 billion in 2023") is
the market (``Total``), "representing a CAGR of 26.3%" after a from-to gives its span only by the amounts' years
(``inferred``), "is expected to reach US$13.9 billion by 2028, representing a CAGR of 24.0% from 2023 to 2028" is an
``estimate`` with a ``stated`` rate, the issuer's market share by revenue is a share, and its employees are boilerplate.
On a "Key Highlights" page each bullet gives its year its figure, a year after the page's base year ("• Market size
2025") is an ``estimate``, "• Forecast CAGR (2025-2032): 24.1%" is ``stated``, "• Largest region: North America (38%)"
and an end use's "41.5% of 2024 revenue" are shares of the base year, and the base year, the historical years, the pages
and the tables are boilerplate. In an analyst's post the lines "2023: $6.1B" and "2030E: $29B" give each year its
figure, "(+29.5% YoY)" is the line's year-on-year rate, "a ~24% CAGR off the 2024 base" runs from that base to the
post's last year (``inferred``, approximate), "~61% of the market" is a share, and emoji, hashtags and the thread
counter ("2/6") are expected nowhere. Won, rupees (Rs and ₹ crore, ₹ lakh crore) and S$ are currencies the unit table
does not hold: the US$ beside each amount is the year's observation ("2.3 trillion won ($1.7 billion)" in a series
opened in USD million is 1700), and a stated rate or share gets its verdict from the amounts in that currency (their US$
amounts give the same verdicts here, or print no base); "between FY24 and FY32" prints the CAGR's span, and a government
mission's ₹500 crore and its villages are expected nowhere, as are a survey's companies and their answers. A forecast
cut "to $9.8 billion in 2028 from a previous $12.4 billion" gives only the new figure, "against 33% in its earlier
outlook" is the rate it replaces, and "about one-fifth of spending" a fraction in words, all but the new figure expected
nowhere. In a quarterly earnings release the quarter's revenue and its growth, the raised full-year guidance (a range of
the company's own, no range of the market) and the range it replaces, and a segment's full-year revenue and target are
expected nowhere; the chief executive's market figures are the market's, and "a compound rate of about 17%" is
``inferred`` and approximate. In a trade association's survey the shares of respondents (this year's and last year's),
their count and "about a third" are expected nowhere; school years written "2023-24" and "2024-25" count as the years
they end in, as financial years do. In an economics blog "(c. $1.1bn in 2020; c. $2.9bn in 2024)" gives two figures in
parentheses, "c." marks an approximate figure expected at its printed value, "my central case" is an ``estimate``, and
the consultancies' rate beside the blogger's is a second publisher's, expected nowhere. "Fell 4.8%" is a negative
year-on-year rate, here one its amounts contradict; "41.2 billion yuan ($5.7 billion)" is CNY billion and its dollar
conversion none, "exceed 100 billion yuan by 2028" an approximate ``estimate``, and the domestic suppliers' "27.5
percent from 19.8 percent a year earlier" a share in each year; 2024A and 2027E in prose are ``actual`` and
``estimate``, and a bear case, a price target and its upside are expected nowhere; "grew by half" is 50% and "nearly
tripled since 2021" x3 over three years; three segments "respectively ... out of a ... market of $3.1 billion" are three
items and the ``Total``; a second firm's "puts the 2024 figure at €2.9bn" is expected nowhere. In a 统计公报 全年规模以上……营业收入 is
the market's figure and 比上年增长 its year-on-year rate, 其中 a part with its own 增长 and 占 (a share with an ``arithmetic``
verdict), and the count of firms and its change boilerplate. In a 新华网-style item the dateline and 记者 are boilerplate,
据该联盟测算 gives the market's figure, 突破400亿元 is an approximate ``estimate`` and 年均复合增长率约67% ``inferred`` and approximate.
In a bullet list (▶) 其中 gives a part with its 占比, 2024-2030年年复合 增长率 is ``stated``, and a 搭载率 (a fitment rate) and the
report's title year are expected nowhere. In an 工研院 IEK release in Traditional Chinese the 新臺幣 產值 is no observation, the
約79億美元 beside the forecast is (USD 100 million), 年成長率 is a year-on-year rate whose verdict comes from the 新臺幣 amounts,
and 占全球比重約18% a share. "2024年全球和中国AI搜索市场规模分别为182亿美元和386亿元" sets two markets side by side: 全球 is the ``Total``, 中国 an
item of its own (``中国``) in its own unit, and the rates printed 分别 after them pair with them in order. A figure quoted
in 「」 is the speaker's and the market's; 比上年的915亿元增长18.7% prints the rate's base. 800亿至1000亿元 is a range, two ``value``
claims for 2030; 约两成 and 市占率約一成 are fractions in words. 翻了一番多 is x2 over its five years, and the CAGR over "2019年至2024年"
is ``stated`` and contradicted by its amounts; a part's 占比 its amounts contradict is ``inconsistent``. In Taiwan news 今年
and 去年 count from the dateline (2025/04/18) and 年增 is a year-on-year rate. 由2024年的……成長至2030年的…… leaves the rate
``inferred``. 同比增长2.3倍 is x3.3 over one year. A city's 今年一季度 figure and its 同比 are expected nowhere, 力争……突破600亿元 is an
approximate ``estimate``, and the count of firms to be fostered with its revenue threshold is boilerplate. 同比下降9.3% is a
negative year-on-year rate. In tables: headers "FY23 | FY24 | FY25E" under a first cell "US$ million" give the years
2023 to 2025 and the unit, FY25E an ``estimate``; years as rows with regions as columns give each column's figures to
its header and the Total column is the whole they add to; a "YoY" row under a value row gives that row's year-on-year
rates ("—" no figure); a blank first header cell leaves the unit to the caption above, 2025F is an ``estimate`` and a
"CAGR 2023-25" column each row's ``stated`` CAGR; a "Notes" column of words holds no figure of the table, and the figure
a note says was revised is expected nowhere; in a Chinese vertical table under 年份, 市场规模（亿元） and 缺陷检测（亿元） are items of
their headers (市场规模, 缺陷检测), 同比 is the year-on-year rate of the column before it and 占比 the second column's share of the
first, with an ``arithmetic`` verdict each year; a Traditional Chinese table under 單位：新臺幣億元 is expected nowhere but its
line in 億美元 (合計（億美元）, the item ``合計`` in USD 100 million), and its 資料來源 line is boilerplate; a bold total row
("**Total**") is the item ``Total``, its bold marks no part of the figures; a "Change" column gives each row's
year-on-year rate, "(17.6%)" a negative one; and a space-aligned Chinese table's 2024-2026年CAGR column gives each row's
``stated`` CAGR over 2024-2026, 2025年E and 2026年E are estimates, and its 合计 the whole. ``python
tests/extract_checkset24.py [-v]`` prints the measures.
"""

CHECKSET = [
    # 1. A US IPO prospectus's industry section: "According to Frost & Sullivan", from-to with "representing a CAGR
    # of" (inferred), a forecast with its span printed (stated), the issuer's share and its staff (boilerplate).
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "The information in this section is derived from an industry report commissioned by us and prepared by "
            "Frost & Sullivan, an independent market research firm.\n"
            "According to Frost & Sullivan, the market for AI-powered K-12 tutoring in the United States, measured by "
            "revenue, grew from US$1.86 billion in 2019 to US$4.73 billion in 2023, representing a CAGR of 26.3%. "
            "Driven by district-level procurement and wider use of adaptive practice tools, the market is expected to "
            "reach US$13.9 billion by 2028, representing a CAGR of 24.0% from 2023 to 2028. In 2023, we were the "
            "third-largest provider of AI-powered K-12 tutoring in the United States by revenue, with a market share "
            "of 6.8%. As of December 31, 2023, we had 1,240 full-time employees."
        ),
        obs=[
            ("Total", 2019, 1.86, "USD billion", "actual"),
            ("Total", 2023, 4.73, "USD billion", "actual"),
            ("Total", 2028, 13.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.3, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 24.0, "percent", 2023, 2028, None, "stated"),
            ("share", 6.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # (4.73 / 1.86) ** (1 / 4) - 1 = 26.28% -> 26.3: exact
            ("cagr|period", "exact"),
            # (13.9 / 4.73) ** (1 / 5) - 1 = 24.06% -> 24.1, not 24.0; bounds (13.85 / 4.735) ** (1 / 5) - 1 = 23.94%
            # to (13.95 / 4.725) ** (1 / 5) - 1 = 24.18% reach 24.0 (±0.05): rounding
            ("cagr", "rounding"),
        ],
    ),
    # 2. A research firm's "Key Highlights" page: one figure a bullet, the years after the base year estimates, a
    # forecast CAGR with its span, the largest region's and end use's shares, base year and page count boilerplate.
    dict(
        text=(
            "Global AI Voice Agents Market, 2025-2032 - Key Highlights\n"
            "• Market size 2024: USD 4.2 billion\n"
            "• Market size 2025: USD 5.3 billion\n"
            "• Market size 2032: USD 23.9 billion\n"
            "• Forecast CAGR (2025-2032): 24.1%\n"
            "• Largest region: North America (38%)\n"
            "• Largest end use: customer service, 41.5% of 2024 revenue\n"
            "• Fastest-growing region: Asia Pacific\n"
            "• Base year: 2024; historical data: 2019-2023; 286 pages, 114 tables"
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2025, 5.3, "USD billion", "estimate"),
            ("Total", 2032, 23.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2025, 2032, None, "stated"),
            ("share", 38.0, "percent", 2024, 2024, None),
            ("share", 41.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (23.9 / 5.3) ** (1 / 7) - 1 = 24.01% -> 24.0, not 24.1; bounds (23.85 / 5.35) ** (1 / 7) - 1 = 23.80% to
            # (23.95 / 5.25) ** (1 / 7) - 1 = 24.21% reach 24.1 (±0.05): rounding
            ("cagr", "rounding"),
        ],
    ),
    # 3. An analyst's post: line breaks, emoji, a thread counter and hashtags; "2024: $7.9B (+29.5% YoY)", "2030E",
    # "a ~24% CAGR off the 2024 base" (inferred, approximate) and "~61%" a share.
    dict(
        text=(
            "🚗 Automotive AI chips, a quick thread 🧵\n"
            "2023: $6.1B\n"
            "2024: $7.9B (+29.5% YoY) 📈\n"
            "2030E: $29B 🤯\n"
            "That's a ~24% CAGR off the 2024 base. The top two vendors held ~61% of the market in 2024.\n"
            "Not investment advice. 2/6 👇\n"
            "#AutoTech #Semis"
        ),
        obs=[
            ("Total", 2023, 6.1, "USD billion", "actual"),
            ("Total", 2024, 7.9, "USD billion", "actual"),
            ("Total", 2030, 29.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("cagr", 24.0, "percent", 2024, 2030, None, "inferred"),
            ("share", 61.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 7.9 / 6.1 - 1 = 29.51% -> 29.5: exact
            ("cagr|implied", "exact"),
            # (29 / 7.9) ** (1 / 6) - 1 = 24.20% -> 24 (±0.5): exact
            ("cagr|period", "exact"),
        ],
    ),
    # 4. A Korean newspaper in English: won (not in the unit table) with dollars beside; "last year" from the
    # dateline; the growth's verdict from the won amounts; the target's dollars in the series' unit (USD million).
    dict(
        text=(
            "SEOUL, March 12, 2025 - Korea's market for AI translation and interpretation services reached 1.12 "
            "trillion won ($840 million) last year, up 18.4 percent from 946 billion won in 2023, according to the "
            "Korea Language Industry Association. The association expects the market to reach 2.3 trillion won ($1.7 "
            "billion) by 2030 as exporters and public agencies replace human vendors. Of the 187 companies it "
            "surveyed, 64 percent said they had cut their outsourcing budgets."
        ),
        obs=[
            ("Total", 2024, 840.0, "USD million", "actual"),
            ("Total", 2030, 1700.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # won: 1,120 / 946 - 1 = 18.39% -> 18.4: exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 5. An Indian report: Rs crore and ₹ lakh crore (not in the unit table) with US$ beside each; FY24 and FY32;
    # the stated CAGR and the part's share get their verdicts from the rupee amounts (the US$ give the same).
    dict(
        text=(
            "NEW DELHI, Feb 4, 2025: India's AI-in-agriculture market stood at Rs 12,500 crore (US$1.5 billion) in "
            "FY24 and is projected to reach ₹1.2 lakh crore (US$14.4 billion) by FY32, growing at a CAGR of 32.7% "
            "between FY24 and FY32, according to a report released by the Agritech Council of India on Tuesday. "
            "Drone-based crop analytics accounted for Rs 3,100 crore, or 24.8% of the market, in FY24. The "
            "government's ₹500-crore digital farming mission will fund pilots in 2,000 villages."
        ),
        obs=[
            ("Total", 2024, 1.5, "USD billion", "actual"),
            ("Total", 2032, 14.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32.7, "percent", 2024, 2032, None, "stated"),
            ("share", 24.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # rupees: (120,000 / 12,500) ** (1 / 8) - 1 = 32.67% -> 32.7: exact (US$ 14.4 / 1.5 is the same 9.6)
            ("cagr", "exact"),
            # 3,100 / 12,500 = 24.80% -> 24.8: exact
            ("arithmetic", "exact"),
        ],
    ),
    # 6. A wire story with a forecast cut: only the new 2028 figure, the one it replaces and the earlier rate expected
    # nowhere; "over 2024-2028" prints the span; "about one-fifth" a fraction in words.
    dict(
        text=(
            "LONDON, Oct 8, 2025 - Research firm Halvorsen Analytics on Wednesday cut its forecast for the global "
            "market for AI-powered HR software to $9.8 billion in 2028 from a previous $12.4 billion, citing slower "
            "hiring at large employers. The firm estimates the market was worth $3.9 billion in 2024 and now expects "
            "compound annual growth of 25.9% over 2024-2028, against 33% in its earlier outlook. Recruiting tools "
            "make up about one-fifth of spending, it said."
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2028, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (9.8 / 3.9) ** (1 / 4) - 1 = 25.90% -> 25.9: exact
            ("cagr", "exact"),
        ],
    ),
    # 7. A quarterly earnings release: the quarter, the raised full-year guidance (and the range it replaces) and a
    # segment's full-year revenue are the company's own, expected nowhere; the chief executive's market figures are.
    dict(
        text=(
            "ORBITAL FREIGHT AI REPORTS THIRD QUARTER 2025 RESULTS\n"
            "AUSTIN, Texas, Nov. 6, 2025 -- Orbital Freight AI, Inc. (NASDAQ: OFAI) today reported third-quarter "
            "revenue of $182.4 million, up 31% year over year. The company raised its full-year 2025 revenue "
            "guidance to a range of $690 million to $700 million, from $655 million to $670 million previously. Its "
            "Fleet Intelligence segment, which posted full-year 2024 revenue of $214.6 million, is expected to exceed "
            "$260 million in 2025. 'Our own research puts the market for AI in freight and logistics software at "
            "$14.2 billion in 2024, on its way to $31 billion by 2029, a compound rate of about 17%,' said Chief "
            "Executive Dana Whitlock."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2029, 31.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (31 / 14.2) ** (1 / 5) - 1 = 16.90% -> 17 (±0.5): exact
            ("cagr|period", "exact"),
        ],
    ),
    # 8. A trade association's annual survey: respondents' shares, their count and a fraction in words expected
    # nowhere; school years written "2023-24" and "2024-25" count as the years they end in; "up 21% from".
    dict(
        text=(
            "The National Association of School Technology Officers released its 2025 annual survey on Thursday. "
            "Of the 1,412 district leaders who responded, 58% said their district now licenses at least one AI "
            "tutoring or grading tool, up from 37% in 2024, and about a third expect to raise spending next year. "
            "The association estimates that US school districts spent $2.84 billion on AI instructional software in "
            "the 2024-25 school year, up 21% from $2.35 billion in 2023-24. Forty-one per cent of respondents named "
            "student data privacy as their top concern."
        ),
        obs=[
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2025, 2.84, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2.84 / 2.35 - 1 = 20.85% -> 21 (±0.5): exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 9. An economics blog: figures in parentheses, "c." for circa (approximate, at the printed figure), "my central
    # case" an estimate, and the consultancies' rate a second publisher's, expected nowhere.
    dict(
        text=(
            "Notes on a small market\n"
            "Machine translation is one of those markets that is bigger in conversation than in revenue. Its sales "
            "(c. $1.1bn in 2020; c. $2.9bn in 2024) have compounded at about 27% a year on my numbers. The "
            "consultancies say 31%, but they fold in human post-editing. If the next four years repeat the last "
            "four, 2028 lands somewhere near $7.5bn (my central case; I would not bet the house on it)."
        ),
        obs=[
            ("Total", 2020, 1.1, "USD billion", "actual"),
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2028, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.0, "percent", 2020, 2024, None, "inferred"),
        ],
        verdicts=[
            # (2.9 / 1.1) ** (1 / 4) - 1 = 27.42% -> 27 (±0.5): exact
            ("cagr|period", "exact"),
        ],
    ),
    # 10. A tracker's decline: "fell 4.8%" that its amounts contradict, and a part's share of the total.
    dict(
        text=(
            "Smart speaker sales slip as buyers wait for AI upgrades\n"
            "Global smart speaker revenue fell 4.8% to $11.2 billion in 2024 from $11.64 billion in 2023, according "
            "to market tracker Corvid Insights, the second annual decline in a row. Premium speakers bucked the "
            "trend, bringing in $4.8 billion, or 42.9% of the total, as buyers paid up for models with on-device "
            "assistants."
        ),
        obs=[
            ("Total", 2023, 11.64, "USD billion", "actual"),
            ("Total", 2024, 11.2, "USD billion", "actual"),
            ("Premium speakers", 2024, 4.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -4.8, "percent", 2023, 2024, 1.0),
            ("share", 42.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 11.2 / 11.64 - 1 = -3.78%, not -4.8; bounds 11.15 / 11.645 - 1 = -4.25% to 11.25 / 11.635 - 1 = -3.31%
            # miss -4.8 (±0.05): inconsistent
            ("cagr|implied", "inconsistent"),
            # 4.8 / 11.2 = 42.86% -> 42.9: exact
            ("arithmetic", "exact"),
        ],
    ),
    # 11. An English-language Chinese daily in yuan (in the unit table): the dollar conversion is none; "exceed 100
    # billion yuan" an approximate estimate; the domestic suppliers' share in two years, two shares.
    dict(
        text=(
            "BEIJING - China's market for automotive AI chips grew 36.4 percent year-on-year to 41.2 billion yuan "
            "($5.7 billion) in 2024, and is forecast to exceed 100 billion yuan by 2028 as more mid-priced cars ship "
            "with advanced driver assistance, the China Automotive Electronics Alliance said on Monday. Domestic "
            "suppliers' share of the market rose to 27.5 percent from 19.8 percent a year earlier."
        ),
        obs=[
            ("Total", 2024, 41.2, "CNY billion", "actual"),
            ("Total", 2028, 100.0, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 36.4, "percent", 2023, 2024, 1.0),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 19.8, "percent", 2023, 2023, None),
        ],
        verdicts=[],
    ),
    # 12. A Singapore study: S$ (not in the unit table) with US$ beside each; "a compound rate of" whose span only
    # the amounts' years give, its verdict from the S$ amounts (the US$ give the same); "close to half" no share.
    dict(
        text=(
            "SINGAPORE - Spending on AI for logistics in Singapore is set to reach S$1.3 billion (US$975 million) in "
            "2027, up from S$640 million (US$480 million) in 2023, a compound rate of 19.4 per cent, a study by the "
            "Logistics Innovation Office found. Port operations will account for close to half of it."
        ),
        obs=[
            ("Total", 2023, 480.0, "USD million", "actual"),
            ("Total", 2027, 975.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            # S$: (1,300 / 640) ** (1 / 4) - 1 = 19.38% -> 19.4: exact (US$ 975 / 480 is the same 2.03125)
            ("cagr|period", "exact"),
        ],
    ),
    # 13. A sell-side note in prose: 2024A actual, 2027E an estimate, a CAGR only within rounding of its amounts;
    # the bear case, the price target and the upside expected nowhere.
    dict(
        text=(
            "Initiating coverage: voice is the new interface\n"
            "We model the market for enterprise AI voice agents at $2.1bn in 2024A rising to $5.6bn in 2027E, a 38.3% "
            "CAGR, with contact-centre deployments the bulk of it. Our bear case, which assumes slower replacement of "
            "legacy IVR systems, has the market at $4.3bn in 2027E. Our price target of $46 implies 32% upside."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2027, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 38.3, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (5.6 / 2.1) ** (1 / 3) - 1 = 38.67% -> 38.7, not 38.3; bounds (5.55 / 2.15) ** (1 / 3) - 1 = 37.18% to
            # (5.65 / 2.05) ** (1 / 3) - 1 = 40.21% reach 38.3 (±0.05): rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 14. "Grew by half" (50%, year-on-year) and "nearly tripled since 2021" (x3 over three years); an adoption rate
    # expected nowhere.
    dict(
        text=(
            "HR Tech Weekly - Spending on AI interview and assessment tools grew by half in 2024, to $1.35 billion "
            "from $0.9 billion the year before, and has nearly tripled since 2021, when buyers spent $0.47 billion, "
            "according to the Talent Systems Forum. About 70% of large employers now screen at least some "
            "applicants with AI, the forum said."
        ),
        obs=[
            ("Total", 2021, 0.47, "USD billion", "actual"),
            ("Total", 2023, 0.9, "USD billion", "actual"),
            ("Total", 2024, 1.35, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 50.0, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            # 1.35 / 0.9 - 1 = 50.0%: exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 15. Three segments "respectively" out of a market: each an item of its name, the market the Total, the
    # largest's share with its arithmetic; "growing 19.0% a year" to 2029 (inferred).
    dict(
        text=(
            "Precision spraying, yield prediction and livestock monitoring brought in $1.2 billion, $0.8 billion and "
            "$0.5 billion respectively in 2024, out of a global AI-in-agriculture market of $3.1 billion, according "
            "to FarmData Partners. Precision spraying held a 38.7% share. The firm expects the whole market to reach "
            "$7.4 billion in 2029, growing 19.0% a year."
        ),
        obs=[
            ("Precision spraying", 2024, 1.2, "USD billion", "actual"),
            ("Yield prediction", 2024, 0.8, "USD billion", "actual"),
            ("Livestock monitoring", 2024, 0.5, "USD billion", "actual"),
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2029, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38.7, "percent", 2024, 2024, None),
            ("cagr", 19.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # 1.2 / 3.1 = 38.71% -> 38.7: exact
            ("arithmetic", "exact"),
            # (7.4 / 3.1) ** (1 / 5) - 1 = 19.01% -> 19.0: exact
            ("cagr|period", "exact"),
        ],
    ),
    # 16. A European federation in euros: "jumped 41% to €2.4bn ... from €1.7bn", a country an item of its own in
    # the series' unit, and a second firm's figure for the same year expected nowhere.
    dict(
        text=(
            "BRUSSELS - European spending on AI voice agents jumped 41% to €2.4bn in 2024 from €1.7bn in 2023, the "
            "European Contact Centre Federation said in its annual report. Germany was the largest national market at "
            "€0.62bn. A separate estimate from Vantage Research puts the 2024 figure at €2.9bn."
        ),
        obs=[
            ("Total", 2023, 1.7, "EUR billion", "actual"),
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Germany", 2024, 0.62, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 41.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2.4 / 1.7 - 1 = 41.18% -> 41 (±0.5): exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 17. A city's 统计公报: 全年 and 规模以上 for the year's figure, 比上年增长 and 增长 year-on-year rates whose bases
    # are not printed, 其中 a part with its 占 share, the count of firms and its change expected nowhere.
    dict(
        text=(
            "2024年江临市国民经济和社会发展统计公报（摘录）\n"
            "全年规模以上人工智能核心产业企业实现营业收入1,286.4亿元，比上年增长14.6%。其中，工业AI质检装备营业收入"
            "182.7亿元，增长21.3%，占人工智能核心产业营业收入的14.2%。年末全市共有规模以上人工智能企业312家，比上年末增加27家。"
        ),
        obs=[
            ("Total", 2024, 1286.4, "CNY 100 million", "actual"),
            ("工业AI质检装备", 2024, 182.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 14.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 182.7 / 1,286.4 = 14.20% -> 14.2: exact
            ("arithmetic", "exact"),
        ],
    ),
    # 18. A 新华网-style item: the dateline and 记者 boilerplate, 据该联盟测算 the market's figure, 突破400亿元 an
    # approximate estimate, 年均复合增长率约67% inferred and approximate; the count of firms expected nowhere.
    dict(
        text=(
            "新华网北京2025年3月5日电（记者王晓川）记者从中国具身智能产业联盟获悉，据该联盟测算，2024年我国具身智能"
            "市场规模达到86.3亿元，同比增长64.7%；预计到2027年，市场规模将突破400亿元，年均复合增长率约67%。目前，"
            "全国已有超过450家企业布局具身智能整机和核心零部件。"
        ),
        obs=[
            ("Total", 2024, 86.3, "CNY 100 million", "actual"),
            ("Total", 2027, 400.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 64.7, "percent", 2023, 2024, 1.0),
            ("cagr", 67.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (400 / 86.3) ** (1 / 3) - 1 = 66.73% -> 67 (±0.5): exact
            ("cagr|period", "exact"),
        ],
    ),
    # 19. A consultancy's bullet list: ▶ bullets, a part with its 占比, a stated 2024-2030年 CAGR; the report's title
    # year and a 搭载率 (a fitment rate, no share) expected nowhere.
    dict(
        text=(
            "启元智库《2025中国智能座舱发展研究报告》核心发现：\n"
            "▶ 2024年中国智能座舱市场规模为1,150亿元，同比增长22.3%；\n"
            "▶ 其中座舱域控制器市场规模为312亿元，占比27.1%；\n"
            "▶ 预计2030年市场规模将达到2,860亿元，2024-2030年年复合增长率为16.4%；\n"
            "▶ 新车语音交互功能搭载率已达83%。"
        ),
        obs=[
            ("Total", 2024, 1150.0, "CNY 100 million", "actual"),
            ("座舱域控制器", 2024, 312.0, "CNY 100 million", "actual"),
            ("Total", 2030, 2860.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("share", 27.1, "percent", 2024, 2024, None),
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 312 / 1,150 = 27.13% -> 27.1: exact
            ("arithmetic", "exact"),
            # (2,860 / 1,150) ** (1 / 6) - 1 = 16.40% -> 16.4: exact
            ("cagr", "exact"),
        ],
    ),
    # 20. A Taiwan institute's release in Traditional Chinese: 新臺幣 amounts no observation, the 億美元 beside the
    # forecast is; 年成長率 year-on-year rates, the second's verdict from the 新臺幣 amounts; 占全球比重約 a share.
    dict(
        text=(
            "工研院產業科技國際策略發展所（IEK）今（22）日發布研究指出，2024年臺灣端側AI晶片與模組產值達新臺幣1,860億"
            "元，年成長率38.2%；受惠於AI手機與AI PC換機潮，預估2025年產值將成長至新臺幣2,540億元（約79億美元），年成長"
            "率36.6%，占全球比重約18%。"
        ),
        obs=[
            ("Total", 2025, 79.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            ("growth", 36.6, "percent", 2024, 2025, 1.0),
            ("share", 18.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 新臺幣: 2,540 / 1,860 - 1 = 36.56% -> 36.6: exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 21. Two markets side by side in one sentence: 全球 the Total in 亿美元, 中国 an item of its own in 亿元; the rates
    # 分别 pair with them in order, the CAGRs' spans only by their amounts' years.
    dict(
        text=(
            "据灵犀研究院统计，2024年全球和中国AI搜索市场规模分别为182亿美元和386亿元，分别同比增长47.6%和61.2%。该机构"
            "预计，到2028年二者将分别达到720亿美元和1,650亿元，年复合增长率分别为41.0%和43.8%。"
        ),
        obs=[
            ("Total", 2024, 182.0, "USD 100 million", "actual"),
            ("Total", 2028, 720.0, "USD 100 million", "estimate"),
            ("中国", 2024, 386.0, "CNY 100 million", "actual"),
            ("中国", 2028, 1650.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 47.6, "percent", 2023, 2024, 1.0),
            ("growth", 61.2, "percent", 2023, 2024, 1.0),
            ("cagr", 41.0, "percent", 2024, 2028, None, "inferred"),
            ("cagr", 43.8, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # 全球: (720 / 182) ** (1 / 4) - 1 = 41.03% -> 41.0: exact
            ("cagr|period", "exact"),
            # 中国: (1,650 / 386) ** (1 / 4) - 1 = 43.79% -> 43.8: exact
            ("cagr|period", "exact"),
        ],
    ),
    # 22. A 「」-quoted figure: the quoted amounts are the market's, 比上年的915亿元增长18.7% a year-on-year rate with
    # its base printed, and the quoted forecast an approximate estimate.
    dict(
        text=(
            "在22日举行的教育数字化论坛上，中国教育科技协会秘书长表示：「2024年我国AI教育市场规模已经达到1,086亿元，"
            "比上年的915亿元增长18.7%。」他预计，「到2027年，这一数字将超过1,800亿元」。"
        ),
        obs=[
            ("Total", 2023, 915.0, "CNY 100 million", "actual"),
            ("Total", 2024, 1086.0, "CNY 100 million", "actual"),
            ("Total", 2027, 1800.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1,086 / 915 - 1 = 18.69% -> 18.7: exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. A range in Chinese: 800亿至1000亿元 two value claims for 2030; 约两成 a fraction in words, expected nowhere.
    dict(
        text=(
            "全国语言服务产业联盟日前发布的《机器翻译产业发展报告》显示，2024年我国机器翻译市场规模约为312亿元，较上年"
            "增长24.8%。报告预计，到2030年市场规模将达到800亿至1000亿元，其中约两成将来自会议同传场景。"
        ),
        obs=[
            ("Total", 2024, 312.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("value", 800.0, "CNY 100 million", 2030, 2030, None),
            ("value", 1000.0, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 24. 翻了一番多 (x2 over five years) with a CAGR over a printed span that its amounts contradict, and a part with
    # its 占比.
    dict(
        text=(
            "2019年至2024年，我国智慧物流市场规模由4,120亿元增至8,460亿元，五年间翻了一番多，年均复合增长率为16.5%。"
            "其中，智能仓储市场规模为3,390亿元，占比40.1%。"
        ),
        obs=[
            ("智能仓储", 2024, 3390.0, "CNY 100 million", "actual"),
            ("Total", 2019, 4120.0, "CNY 100 million", "actual"),
            ("Total", 2024, 8460.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2019, 2024, 5.0),
            ("cagr", 16.5, "percent", 2019, 2024, None, "stated"),
            ("share", 40.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (8,460 / 4,120) ** (1 / 5) - 1 = 15.48%, not 16.5; bounds (8,459.5 / 4,120.5) ** (1 / 5) - 1 = 15.47% to
            # (8,460.5 / 4,119.5) ** (1 / 5) - 1 = 15.48% miss 16.5 (±0.05): inconsistent
            ("cagr", "inconsistent"),
            # 3,390 / 8,460 = 40.07% -> 40.1: exact
            ("arithmetic", "exact"),
        ],
    ),
    # 25. Taiwan news in Traditional Chinese: 今年 and 去年 from the dateline, 年增 a year-on-year rate only within
    # rounding of its amounts, and 占比約35% a share.
    dict(
        text=(
            "2025/04/18 【記者林怡君／台北報導】研調機構拓研科技預估，今年全球車用AI晶片市場規模將達98億美元，年增26.4%；"
            "去年規模為77.5億美元。其中，中國大陸市場占比約35%，為全球最大。"
        ),
        obs=[
            ("Total", 2024, 77.5, "USD 100 million", "actual"),
            ("Total", 2025, 98.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2024, 2025, 1.0),
            ("share", 35.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 98 / 77.5 - 1 = 26.45% -> 26.5, not 26.4; bounds 97.5 / 77.55 - 1 = 25.73% to 98.5 / 77.45 - 1 = 27.18%
            # reach 26.4 (±0.05): rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. A part whose 占比 its amounts contradict; a second part without a share; the forecast an estimate.
    dict(
        text=(
            "据中关村端侧智能产业联盟统计，2024年中国端侧AI市场规模为1,420亿元，其中AI手机贡献865亿元，占比达62.4%；"
            "AI PC贡献318亿元。联盟预计2026年端侧AI市场规模将达到2,350亿元。"
        ),
        obs=[
            ("Total", 2024, 1420.0, "CNY 100 million", "actual"),
            ("AI手机", 2024, 865.0, "CNY 100 million", "actual"),
            ("AI PC", 2024, 318.0, "CNY 100 million", "actual"),
            ("Total", 2026, 2350.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 62.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 865 / 1,420 = 60.92%, not 62.4; bounds 864.5 / 1,420.5 = 60.86% to 865.5 / 1,419.5 = 60.97% miss 62.4
            # (±0.05): inconsistent
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 27. A forecast in Traditional Chinese: 由2024年的……成長至2030年的……, 年複合成長率 inferred; 市占率約一成 a
    # fraction in words, expected nowhere.
    dict(
        text=(
            "根據國際研究機構的預測，全球智慧物流市場規模將由2024年的1,480億美元成長至2030年的3,920億美元，年複合成長率"
            "達17.6%。臺灣業者在倉儲自動化設備的全球市占率約一成。"
        ),
        obs=[
            ("Total", 2024, 1480.0, "USD 100 million", "actual"),
            ("Total", 2030, 3920.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (3,920 / 1,480) ** (1 / 6) - 1 = 17.63% -> 17.6: exact
            ("cagr|period", "exact"),
        ],
    ),
    # 28. 同比增长2.3倍 (grew by 2.3 times over: x3.3 in one year) with its base printed, and a forecast's 同比增长.
    dict(
        text=(
            "QuestData数据显示，2024年我国AI搜索广告收入为142亿元，同比增长2.3倍，而2023年仅为43亿元；预计2025年将达到"
            "260亿元，同比增长83.1%。"
        ),
        obs=[
            ("Total", 2023, 43.0, "CNY 100 million", "actual"),
            ("Total", 2024, 142.0, "CNY 100 million", "actual"),
            ("Total", 2025, 260.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.3, "multiple", 2023, 2024, 1.0),
            ("growth", 83.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 260 / 142 - 1 = 83.10% -> 83.1: exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 29. A city bureau's item: 今年一季度 figure and its 同比 expected nowhere beside the year's; 力争……突破600亿元 an
    # approximate estimate; the target count of firms and their revenue threshold boilerplate.
    dict(
        text=(
            "2025年4月10日，深川市工业和信息化局发布消息：2024年全市具身智能产业规模达到215亿元，同比增长52.1%；今年一季"
            "度实现营收61.3亿元，同比增长48%。根据行动计划，全市力争到2027年具身智能产业规模突破600亿元，培育营收超10亿元"
            "企业10家。"
        ),
        obs=[
            ("Total", 2024, 215.0, "CNY 100 million", "actual"),
            ("Total", 2027, 600.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 30. 同比下降 with its base printed (a negative year-on-year rate) and a part's 占比.
    dict(
        text=(
            "2024年中国智能音箱市场销售额为128.6亿元，同比下降9.3%，2023年为141.8亿元。其中，AI音箱销售额为21.4亿元，"
            "占比16.6%，是市场中唯一实现增长的品类。"
        ),
        obs=[
            ("AI音箱", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2023, 141.8, "CNY 100 million", "actual"),
            ("Total", 2024, 128.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -9.3, "percent", 2023, 2024, 1.0),
            ("share", 16.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 128.6 / 141.8 - 1 = -9.31% -> -9.3: exact
            ("cagr|implied", "exact"),
            # 21.4 / 128.6 = 16.64% -> 16.6: exact
            ("arithmetic", "exact"),
        ],
    ),
    # 31. Pipe markdown with "FY23 | FY24 | FY25E" headers under a unit cell ("US$ million"): fiscal years count as
    # their numbers, FY25E an estimate, and the Total row the whole its rows add to.
    dict(
        text=(
            "Exhibit 5: AI in education revenue by segment\n"
            "| US$ million | FY23 | FY24 | FY25E |\n"
            "|---|---|---|---|\n"
            "| Higher education | 412 | 538 | 690 |\n"
            "| K-12 | 655 | 812 | 1,004 |\n"
            "| Corporate learning | 287 | 365 | 471 |\n"
            "| Total | 1,354 | 1,715 | 2,165 |"
        ),
        obs=[
            ("Higher education", 2023, 412.0, "USD million", "actual"),
            ("Higher education", 2024, 538.0, "USD million", "actual"),
            ("Higher education", 2025, 690.0, "USD million", "estimate"),
            ("K-12", 2023, 655.0, "USD million", "actual"),
            ("K-12", 2024, 812.0, "USD million", "actual"),
            ("K-12", 2025, 1004.0, "USD million", "estimate"),
            ("Corporate learning", 2023, 287.0, "USD million", "actual"),
            ("Corporate learning", 2024, 365.0, "USD million", "actual"),
            ("Corporate learning", 2025, 471.0, "USD million", "estimate"),
            ("Total", 2023, 1354.0, "USD million", "actual"),
            ("Total", 2024, 1715.0, "USD million", "actual"),
            ("Total", 2025, 2165.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 412 + 655 + 287 = 1,354; 538 + 812 + 365 = 1,715; 690 + 1,004 + 471 = 2,165: exact
            ("hierarchy", "exact"),
        ],
    ),
    # 32. Tab-separated, years as rows and regions as columns with a Total column; the caption gives the unit.
    dict(
        text=(
            "Smart speaker revenue by region (US$ billion)\n"
            "Year\tNorth America\tEurope\tAsia-Pacific\tRest of world\tTotal\n"
            "2022\t4.1\t2.6\t3.3\t0.9\t10.9\n"
            "2023\t4.3\t2.7\t3.7\t0.9\t11.6\n"
            "2024\t4.2\t2.5\t3.8\t1.0\t11.5"
        ),
        obs=[
            ("North America", 2022, 4.1, "USD billion", "actual"),
            ("North America", 2023, 4.3, "USD billion", "actual"),
            ("North America", 2024, 4.2, "USD billion", "actual"),
            ("Europe", 2022, 2.6, "USD billion", "actual"),
            ("Europe", 2023, 2.7, "USD billion", "actual"),
            ("Europe", 2024, 2.5, "USD billion", "actual"),
            ("Asia-Pacific", 2022, 3.3, "USD billion", "actual"),
            ("Asia-Pacific", 2023, 3.7, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 3.8, "USD billion", "actual"),
            ("Rest of world", 2022, 0.9, "USD billion", "actual"),
            ("Rest of world", 2023, 0.9, "USD billion", "actual"),
            ("Rest of world", 2024, 1.0, "USD billion", "actual"),
            ("Total", 2022, 10.9, "USD billion", "actual"),
            ("Total", 2023, 11.6, "USD billion", "actual"),
            ("Total", 2024, 11.5, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            # 4.1 + 2.6 + 3.3 + 0.9 = 10.9; 4.3 + 2.7 + 3.7 + 0.9 = 11.6; 4.2 + 2.5 + 3.8 + 1.0 = 11.5: exact
            ("hierarchy", "exact"),
        ],
    ),
    # 33. Space-aligned with a "YoY" row under each value row: each its row's year-on-year rates ("—" no figure),
    # 2025E an estimate; one rate its amounts contradict.
    dict(
        text=(
            "AI in logistics software revenue, US$ billion\n"
            "                          2022     2023     2024     2025E\n"
            "Route optimization        2.10     2.68     3.35     4.12\n"
            "  YoY                        —    27.6%    25.0%    23.0%\n"
            "Warehouse robotics AI     1.45     1.92     2.51     3.20\n"
            "  YoY                        —    32.4%    30.7%    29.5%"
        ),
        obs=[
            ("Route optimization", 2022, 2.10, "USD billion", "actual"),
            ("Route optimization", 2023, 2.68, "USD billion", "actual"),
            ("Route optimization", 2024, 3.35, "USD billion", "actual"),
            ("Route optimization", 2025, 4.12, "USD billion", "estimate"),
            ("Warehouse robotics AI", 2022, 1.45, "USD billion", "actual"),
            ("Warehouse robotics AI", 2023, 1.92, "USD billion", "actual"),
            ("Warehouse robotics AI", 2024, 2.51, "USD billion", "actual"),
            ("Warehouse robotics AI", 2025, 3.20, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2022, 2023, 1.0),
            ("growth", 32.4, "percent", 2022, 2023, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 30.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
            ("growth", 29.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # Route optimization: 2.68 / 2.10 - 1 = 27.62% -> 27.6; 3.35 / 2.68 - 1 = 25.00% -> 25.0; 4.12 / 3.35 - 1 =
            # 22.99% -> 23.0; Warehouse robotics AI: 1.92 / 1.45 - 1 = 32.41% -> 32.4; 2.51 / 1.92 - 1 = 30.73% -> 30.7:
            # exact
            ("cagr|implied", "exact"),
            # Warehouse robotics AI 2025E: 3.20 / 2.51 - 1 = 27.49%, not 29.5; bounds 3.195 / 2.515 - 1 = 27.04% to
            # 3.205 / 2.505 - 1 = 27.94% miss 29.5 (±0.05): inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Pipe markdown whose first header cell is blank: the caption gives the unit, 2025F an estimate, a "CAGR
    # 2023-25" column each row's stated CAGR, and the Total row the whole.
    dict(
        text=(
            "Automotive AI chip revenue (US$ million)\n"
            "|  | 2023 | 2024 | 2025F | CAGR 2023-25 |\n"
            "|---|---|---|---|---|\n"
            "| ADAS processors | 3,420 | 4,610 | 6,020 | 32.7% |\n"
            "| Cockpit AI SoCs | 1,180 | 1,540 | 1,990 | 29.9% |\n"
            "| Total | 4,600 | 6,150 | 8,010 | 32.0% |"
        ),
        obs=[
            ("ADAS processors", 2023, 3420.0, "USD million", "actual"),
            ("ADAS processors", 2024, 4610.0, "USD million", "actual"),
            ("ADAS processors", 2025, 6020.0, "USD million", "estimate"),
            ("Cockpit AI SoCs", 2023, 1180.0, "USD million", "actual"),
            ("Cockpit AI SoCs", 2024, 1540.0, "USD million", "actual"),
            ("Cockpit AI SoCs", 2025, 1990.0, "USD million", "estimate"),
            ("Total", 2023, 4600.0, "USD million", "actual"),
            ("Total", 2024, 6150.0, "USD million", "actual"),
            ("Total", 2025, 8010.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 32.7, "percent", 2023, 2025, None, "stated"),
            ("cagr", 29.9, "percent", 2023, 2025, None, "stated"),
            ("cagr", 32.0, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            # (6,020 / 3,420) ** (1 / 2) - 1 = 32.67% -> 32.7; (1,990 / 1,180) ** (1 / 2) - 1 = 29.86% -> 29.9;
            # (8,010 / 4,600) ** (1 / 2) - 1 = 31.96% -> 32.0: exact
            ("cagr", "exact"),
            # 3,420 + 1,180 = 4,600; 4,610 + 1,540 = 6,150; 6,020 + 1,990 = 8,010: exact
            ("hierarchy", "exact"),
        ],
    ),
    # 35. Tab-separated with a "Notes" column of words: the notes hold no figure of the table, and the figure a note
    # says was revised is expected nowhere; the Total row the whole.
    dict(
        text=(
            "AI voice agent spending by industry, US$ billion\n"
            "Industry\t2024\t2025E\tNotes\n"
            "Banking\t0.62\t0.85\tincludes collections bots\n"
            "Healthcare\t0.41\t0.60\tscheduling and triage only\n"
            "Retail\t0.33\t0.44\trevised down from 0.48 in the March edition\n"
            "Total\t1.36\t1.89\tsum of the industries above"
        ),
        obs=[
            ("Banking", 2024, 0.62, "USD billion", "actual"),
            ("Banking", 2025, 0.85, "USD billion", "estimate"),
            ("Healthcare", 2024, 0.41, "USD billion", "actual"),
            ("Healthcare", 2025, 0.60, "USD billion", "estimate"),
            ("Retail", 2024, 0.33, "USD billion", "actual"),
            ("Retail", 2025, 0.44, "USD billion", "estimate"),
            ("Total", 2024, 1.36, "USD billion", "actual"),
            ("Total", 2025, 1.89, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 0.62 + 0.41 + 0.33 = 1.36; 0.85 + 0.60 + 0.44 = 1.89: exact
            ("hierarchy", "exact"),
        ],
    ),
    # 36. A Chinese vertical table: 年份 rows, 市场规模（亿元） and 缺陷检测（亿元） items of their headers, 同比 the
    # year-on-year rate of the column before it ("—" no figure), 占比 缺陷检测's share of 市场规模, one it contradicts.
    dict(
        text=(
            "表2 中国工业AI质检市场规模\n"
            "| 年份 | 市场规模（亿元） | 同比 | 缺陷检测（亿元） | 占比 |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 68.4 | — | 41.2 | 60.2% |\n"
            "| 2023 | 89.7 | 31.1% | 52.8 | 58.9% |\n"
            "| 2024 | 116.5 | 29.9% | 66.1 | 58.7% |\n"
            "| 2025E | 148.0 | 27.0% | 81.9 | 55.3% |"
        ),
        obs=[
            ("市场规模", 2022, 68.4, "CNY 100 million", "actual"),
            ("市场规模", 2023, 89.7, "CNY 100 million", "actual"),
            ("市场规模", 2024, 116.5, "CNY 100 million", "actual"),
            ("市场规模", 2025, 148.0, "CNY 100 million", "estimate"),
            ("缺陷检测", 2022, 41.2, "CNY 100 million", "actual"),
            ("缺陷检测", 2023, 52.8, "CNY 100 million", "actual"),
            ("缺陷检测", 2024, 66.1, "CNY 100 million", "actual"),
            ("缺陷检测", 2025, 81.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.1, "percent", 2022, 2023, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("growth", 27.0, "percent", 2024, 2025, 1.0),
            ("share", 60.2, "percent", 2022, 2022, None),
            ("share", 58.9, "percent", 2023, 2023, None),
            ("share", 58.7, "percent", 2024, 2024, None),
            ("share", 55.3, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 89.7 / 68.4 - 1 = 31.14% -> 31.1; 116.5 / 89.7 - 1 = 29.88% -> 29.9; 148.0 / 116.5 - 1 = 27.04% -> 27.0:
            # exact
            ("cagr|implied", "exact"),
            # 41.2 / 68.4 = 60.23% -> 60.2; 52.8 / 89.7 = 58.86% -> 58.9; 81.9 / 148.0 = 55.34% -> 55.3: exact
            ("arithmetic", "exact"),
            # 66.1 / 116.5 = 56.74%, not 58.7; bounds 66.05 / 116.55 = 56.67% to 66.15 / 116.45 = 56.81% miss 58.7
            # (±0.05): inconsistent
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 37. A Traditional Chinese table in 新臺幣億元: its 新臺幣 rows are expected nowhere, its US$ line (合計（億美元）)
    # is the total's observation in USD 100 million; 2025年(預估) an estimate.
    dict(
        text=(
            "臺灣端側AI產值\n"
            "單位：新臺幣億元\n"
            "項目              2023年    2024年    2025年(預估)\n"
            "端側AI晶片         1,120     1,585       2,210\n"
            "端側AI模組           640       905       1,260\n"
            "合計               1,760     2,490       3,470\n"
            "合計（億美元）        56        79         108\n"
            "資料來源：產業研究機構整理，2025年4月"
        ),
        obs=[
            ("合計", 2023, 56.0, "USD 100 million", "actual"),
            ("合計", 2024, 79.0, "USD 100 million", "actual"),
            ("合計", 2025, 108.0, "USD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 38. A markdown table with a bold total row ("**Total**"): the bold marks are no part of its label or figures;
    # the header's first cell gives the unit, 2025E an estimate.
    dict(
        text=(
            "| Segment (US$ million) | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Cloud translation APIs | 1,240 | 1,580 | 1,990 |\n"
            "| On-device translation | 310 | 455 | 640 |\n"
            "| Enterprise on-premise | 520 | 585 | 650 |\n"
            "| **Total** | **2,070** | **2,620** | **3,280** |"
        ),
        obs=[
            ("Cloud translation APIs", 2023, 1240.0, "USD million", "actual"),
            ("Cloud translation APIs", 2024, 1580.0, "USD million", "actual"),
            ("Cloud translation APIs", 2025, 1990.0, "USD million", "estimate"),
            ("On-device translation", 2023, 310.0, "USD million", "actual"),
            ("On-device translation", 2024, 455.0, "USD million", "actual"),
            ("On-device translation", 2025, 640.0, "USD million", "estimate"),
            ("Enterprise on-premise", 2023, 520.0, "USD million", "actual"),
            ("Enterprise on-premise", 2024, 585.0, "USD million", "actual"),
            ("Enterprise on-premise", 2025, 650.0, "USD million", "estimate"),
            ("Total", 2023, 2070.0, "USD million", "actual"),
            ("Total", 2024, 2620.0, "USD million", "actual"),
            ("Total", 2025, 3280.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1,240 + 310 + 520 = 2,070; 1,580 + 455 + 585 = 2,620; 1,990 + 640 + 650 = 3,280: exact
            ("hierarchy", "exact"),
        ],
    ),
    # 39. Tab-separated with a "Change" column: each row's year-on-year rate, a negative one in parentheses
    # ("(17.6%)"); the caption gives the unit and the Total row is the whole.
    dict(
        text=(
            "AI in HR software revenue by product (US$ million)\n"
            "Product\t2023\t2024\tChange\n"
            "Recruiting AI\t840\t1,015\t20.8%\n"
            "Workforce analytics\t515\t604\t17.3%\n"
            "Legacy HR chatbots\t238\t196\t(17.6%)\n"
            "Total\t1,593\t1,815\t13.9%"
        ),
        obs=[
            ("Recruiting AI", 2023, 840.0, "USD million", "actual"),
            ("Recruiting AI", 2024, 1015.0, "USD million", "actual"),
            ("Workforce analytics", 2023, 515.0, "USD million", "actual"),
            ("Workforce analytics", 2024, 604.0, "USD million", "actual"),
            ("Legacy HR chatbots", 2023, 238.0, "USD million", "actual"),
            ("Legacy HR chatbots", 2024, 196.0, "USD million", "actual"),
            ("Total", 2023, 1593.0, "USD million", "actual"),
            ("Total", 2024, 1815.0, "USD million", "actual"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("growth", -17.6, "percent", 2023, 2024, 1.0),
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1,015 / 840 - 1 = 20.83% -> 20.8; 604 / 515 - 1 = 17.28% -> 17.3; 196 / 238 - 1 = -17.65% -> -17.6;
            # 1,815 / 1,593 - 1 = 13.94% -> 13.9: exact
            ("cagr|implied", "exact"),
            # 840 + 515 + 238 = 1,593; 1,015 + 604 + 196 = 1,815: exact
            ("hierarchy", "exact"),
        ],
    ),
    # 40. A space-aligned Chinese table: 2025年E and 2026年E estimates, a 2024-2026年CAGR column each row's stated
    # CAGR, and the 合计 row the whole.
    dict(
        text=(
            "中国智能座舱细分市场规模（亿元）\n"
            "细分领域         2024年    2025年E    2026年E    2024-2026年CAGR\n"
            "座舱芯片          212.0      318.5      455.0      46.5%\n"
            "车载语音交互       96.4      139.2      196.3      42.7%\n"
            "合计              308.4      457.7      651.3      45.3%"
        ),
        obs=[
            ("座舱芯片", 2024, 212.0, "CNY 100 million", "actual"),
            ("座舱芯片", 2025, 318.5, "CNY 100 million", "estimate"),
            ("座舱芯片", 2026, 455.0, "CNY 100 million", "estimate"),
            ("车载语音交互", 2024, 96.4, "CNY 100 million", "actual"),
            ("车载语音交互", 2025, 139.2, "CNY 100 million", "estimate"),
            ("车载语音交互", 2026, 196.3, "CNY 100 million", "estimate"),
            ("合计", 2024, 308.4, "CNY 100 million", "actual"),
            ("合计", 2025, 457.7, "CNY 100 million", "estimate"),
            ("合计", 2026, 651.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 46.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 42.7, "percent", 2024, 2026, None, "stated"),
            ("cagr", 45.3, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (455.0 / 212.0) ** (1 / 2) - 1 = 46.50% -> 46.5; (196.3 / 96.4) ** (1 / 2) - 1 = 42.70% -> 42.7;
            # (651.3 / 308.4) ** (1 / 2) - 1 = 45.32% -> 45.3: exact
            ("cagr", "exact"),
            # 212.0 + 96.4 = 308.4; 318.5 + 139.2 = 457.7; 455.0 + 196.3 = 651.3: exact
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'According to Frost & Sullivan, the market for AI-powered K-12 tutoring',
    '• Market size 2024: USD 4.2 billion',
    '• Forecast CAGR (2025-2032): 24.1%',
    '• Largest region: North America (38%)',
    '2024: $7.9B (+29.5% YoY) 📈',
    '1.12 trillion won ($840 million)',
    'Rs 12,500 crore (US$1.5 billion)',
    '₹1.2 lakh crore (US$14.4 billion)',
    'cut its forecast',
    'from a previous $12.4 billion',
    'raised its full-year 2025 revenue guidance',
    'district leaders who responded',
    '(c. $1.1bn in 2020; c. $2.9bn in 2024)',
    'about one-fifth',
    '比上年增长14.6%',
    '据该联盟测算',
    '▶ 2024年中国智能座舱市场规模为1,150亿元',
    '新臺幣2,540億元（約79億美元）',
    '2024年全球和中国AI搜索市场规模分别为182亿美元和386亿元',
    '「2024年我国AI教育市场规模已经达到1,086亿元',
    '800亿至1000亿元',
    '约两成',
    '| US$ million | FY23 | FY24 | FY25E |',
    '  YoY',
    '|  | 2023 | 2024 | 2025F | CAGR 2023-25 |',
    'Industry\t2024\t2025E\tNotes',
    '| 年份 | 市场规模（亿元） | 同比 | 缺陷检测（亿元） | 占比 |',
    '單位：新臺幣億元',
    '| **Total** | **2,070** | **2,620** | **3,280** |',
    '(17.6%)',
)
#: the set's blind score, scored once before any rule was written for it: 159/191 figures, 53/60 rates, 32/51
#: verdicts, five false inconsistent (with the rules the twenty-third set's misses had brought, which it was written
#: after; before them: 152/191, 52/60, 33/51, five false). Then mended (a forecast cut "from a previous" figure, a
#: CAGR "off the 2024 base", a span that ends where the figures do, two markets side by side "分别" after a year):
#: 162/191, 54/60, 33/51, one false inconsistent (snippet 30: a 其中 part dated by the prior year its sentence
#: restates), left for later; mended since, with the words of an official release's whole year: 176/191, 60/60, 41/51,
#: none false.
FLOORS = {"figures_found": 182, "rates_found": 60, "verdicts_right": 46}
#: the false inconsistent verdicts the set may draw; at most these
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset24.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
