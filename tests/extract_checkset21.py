"""A twenty-first check set for the extractor, written blind: market-research stores' abstracts, a consultancy's
economic-potential estimate, an analyst firm's spending guide, headlines and their ledes, news from Malaysia, Brazil,
Mexico and Japan, a think tank's policy brief, bullet lists, Chinese consultancies, tech media and central media, a
Taiwan research institute, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: a market-research store's report abstract ("The global ... market size was
estimated at USD 5.43 billion in 2024 and is projected to grow at a CAGR of ... from 2025 to 2030") with its "Report
Scope" of key-value lines ("Market size value in 2025", "Revenue forecast in 2030", base year, historical data,
forecast period), and a second store's "expected to grow from ... to ... by 2030, at a CAGR of ... during the forecast
period"; a consultancy's economic-potential estimate with a range in its headline ("could add $1.9 trillion to $3.1
trillion a year"); an IT analyst firm's spending-guide release and its table of spending by technology with a growth
column after each year; headlines and their ledes ("AI server sales to top $400bn by 2030"); a Malaysian item in
RM and ringgit, a Brazilian one in R$ and reais and a Mexican one in MXN and pesos, each beside US$; a think tank's
policy brief with footnote numbers glued to its figures ("$5.92 billion.8", "in 2023.7"); bullet lists ("• 2024:
$3.8bn", "- 2030E: $17.6bn (CAGR 29.1%)", "H1 2025"); Japanese news in English ("trillion yen", "billion yen") and in
Traditional Chinese (兆円, 億円); a Chinese consultancy's report in the 前瞻/智研 style (市场规模达到, 年复合增长率,
预计2028年将突破, 亿元, a chart's years and figures printed as lines under "2021-2028年中国……市场规模"); Chinese tech
media (较上年, 翻倍, 一季度 beside the year, 同比, 环比, 增长近两倍, 增长2.3倍, 是2022年的3.2倍); central media (规模超过,
以上, 比上年增长); a Taiwan research institute's release (產值, 新台幣……億元 beside 億美元, 年成長率, 預估); negative
growth ("fell 3.2%", 同比下滑, 负增长, 下降); a half year's figure (H1 2025, 上半年); "more than doubled", "tripled",
"nearly tripled"; a range "between $60 billion and $74 billion"; a market stated in two units (billion and million,
trillion and billion yen); percentages that are no shares (gross margins, 毛利率, penetration, 渗透率, 信息化率,
導入率, survey answers, "Share of streaming uploads flagged as fully AI-made"); and tables as pipe markdown,
tab-separated and space-aligned text: a spending table with a growth column after each year, a vertical table with
segments as columns and years as rows, a two-level header with regions over years, a share row ("% of total") below
the amounts, a Chinese table whose years carry 年 and E, a CAGR in the last row rather than a column, "n/a" and
blank cells, a table in US$ million whose caption above it alone says so, a region table whose parts miss the total
by a rounding step, and a Traditional Chinese table with 2025年(預估) and a 年增率 column. Markets vary (AI agents,
agentic AI, AI servers, AI in agriculture, AI cybersecurity, AI in radiology, AI-generated music, AI in retail, AI
search advertising, AI PCs, digital humans, AI+医疗影像, AI搜索, 智能网联汽车, 数字人, 大模型一体机, 具身智能, AI+零售,
AI音乐, 加速服务器, 生成式AI); publishers and companies are invented, the sentences are the project's own and the
figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a
company sizes is the market (``Total``). A second market named beside the first is an item of its own name, never
summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit,
except that one series keeps one unit (the first its text prints): a later figure in another scale of the same
currency is expected in the series' unit (six figures were restated so after the first scoring, the convention of
the first two sets); an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed figure. When
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

What this set's sources add to them: in a market-research store's abstract the "Report Scope" lines restate the
body's figures ("Market size value in 2025", "Revenue forecast in 2030", "Growth rate: CAGR of ... from 2025 to
2030"), each expected once, and its base year, historical-data and forecast-period years and the years in its title
are boilerplate; a CAGR "during the forecast period" whose years only its amounts give is ``inferred``. An
economic-potential range ("could add $1.9 trillion to $3.1 trillion a year", in the headline and again in the body)
gives two ``value`` claims for the year the body names, once, and so does a part's range ("between $180 billion and
$290 billion a year by then"); a country's GDP set beside it for comparison is expected nowhere. A headline's round
figure ("to top $400bn by 2030", "to hit $11bn by 2029") is the lede's figure for that year, expected once at the
lede's value. RM and ringgit, R$ and reais, MXN and pesos are currencies the unit table does not hold, as 新台幣 is:
the US$ figure beside each (also "about US$1.45 billion") is the year's observation, and a stated rate gets its
verdict from the amounts in that currency. 億美元 is USD 100 million; "trillion yen" and 兆円 are JPY trillion and
"billion yen" JPY billion, each figure in its own unit (a market in two units, "$420 million" beside "$1.1 billion",
the same); 億円 appears here only on a company's own sales, which are expected nowhere. A footnote number glued to a
figure or a year ("$5.92 billion.8", "in 2023.7", "tools,10") is a footnote mark. In a bullet list the CAGR printed
beside the forecast year ("- 2030E: $17.6bn (CAGR 29.1%)") runs from the list's last full year (2024) to that year,
``inferred``; the half year's bullet is expected nowhere, and so is any "H1 2025" or 上半年 figure with its rate. A
chart's data printed under its title ("2021-2028年中国AI+医疗影像市场规模（单位：亿元）", a line of years and a line of figures) gives
each year its figure, the E years ``estimate``; a prose target for one of its years (预计2028年将突破300亿元) is that
figure, expected once at the chart's value. 三年复合增长率 prints the span's length but not its years, so the rate is
``inferred``. 一季度 and 第一季度 figures, their 同比 and 环比 rates, are expected nowhere. 较上年 and 比上年 are year-on-year rates;
翻倍 and "more than doubled" are x2, "tripled", "nearly tripled", "almost triple" and 增长近两倍 (grew by nearly twice
over) x3, 增长2.3倍 (grew by 2.3 times over) x3.3 and 是2022年的3.2倍 x3.2. A fall ("fell 3.2%", 同比下滑6.4%, 下降17.6%, a
table's -7.7%) is a ``growth`` claim with a negative value; 负增长 without a figure is none. "以上" and "超过" mark
approximate figures and rates, expected at the printed figure. "Share of streaming uploads flagged as fully
AI-made", 毛利率 and 信息化率 are no shares. In tables: a spending guide's "Growth 2024" and "Growth 2025" columns are each
the year-on-year rate of the year column before it (the first, whose base year is not printed, gets no verdict); in
a two-level header whose upper row names regions over the years below them, each region's figures belong to the
region, and its "Global" group is the total the regions add to; a share row below the amounts ("Inference, % of
total") gives that part's share in each year, with an ``arithmetic`` verdict; 2024年 is 2024, 2025E and 2025年(預估) are
estimates; a CAGR in the last row is each column's stated CAGR over the span the row's label prints ("CAGR
2024-2030"), as a column headed "CAGR 2023-25" gives each row's; "n/a" and a blank cell are no figure; a caption
above the table ("Exhibit 4: ... (US$ million)") gives the table's unit, and its exhibit number and title years are
boilerplate; a table whose parts miss the total by a rounding step gets a ``rounding`` hierarchy verdict. ``python
tests/extract_checkset21.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a market-research store's abstract with its "Report Scope" of key-value lines
    dict(
        text=(
            "AI Agents Market Size, Share & Trends Analysis Report By Agent System, By Deployment, By Region, And "
            "Segment Forecasts, 2025 - 2030\n"
            "Market Size & Trends\n"
            "The global AI agents market size was estimated at USD 5.43 billion in 2024 and is projected to grow at "
            "a CAGR of 45.8% from 2025 to 2030. Enterprises are moving from chat assistants to agents that complete "
            "multi-step tasks in customer service, software development and IT operations. The single-agent systems "
            "segment held the largest revenue share, 61.3%, in 2024, and North America accounted for 39.8% of "
            "revenue.\n"
            "Report Scope\n"
            "Market size value in 2025: USD 7.92 billion\n"
            "Revenue forecast in 2030: USD 52.18 billion\n"
            "Growth rate: CAGR of 45.8% from 2025 to 2030\n"
            "Base year for estimation: 2024\n"
            "Historical data: 2018 - 2023\n"
            "Forecast period: 2025 - 2030\n"
            "Quantitative units: Revenue in USD million/billion and CAGR from 2025 to 2030"
        ),
        obs=[
            ("Total", 2024, 5.43, "USD billion", "actual"),
            ("Total", 2025, 7.92, "USD billion", "estimate"),
            ("Total", 2030, 52.18, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 45.8, "percent", 2025, 2030, None, "stated"),
            ("share", 61.3, "percent", 2024, 2024, None),
            ("share", 39.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (52.18 / 7.92) ** (1 / 5) - 1 = 45.80% -> 45.8%
        ],
    ),
    # 2. a consultancy's economic-potential estimate: a range in the headline, again in the body, and a part's range
    dict(
        text=(
            "Agentic AI could add $1.9 trillion to $3.1 trillion a year, consultancy estimates\n"
            "Autonomous software agents could add the equivalent of $1.9 trillion to $3.1 trillion to global "
            "economic output each year by 2030, according to research published on Tuesday by the Marlow Institute, "
            "the economics arm of the consultancy Halden & Rowe. The estimate covers 47 use cases across 14 business "
            "functions; by comparison, Canada's GDP in 2023 was $2.1 trillion. Banking alone could capture between "
            "$180 billion and $290 billion a year by then. About three-quarters of the value would come from four "
            "functions: customer operations, marketing and sales, software engineering, and research and development. "
            "The institute's survey of 1,150 executives found that 38% already run at least one agent in production."
        ),
        obs=[],
        claims=[
            ("value", 1.9, "USD trillion", 2030, 2030, None),
            ("value", 3.1, "USD trillion", 2030, 2030, None),
            ("value", 180, "USD billion", 2030, 2030, None),
            ("value", 290, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 3. a headline and its lede: the headline's round figure is the lede's 2030 figure; "more than doubled"
    dict(
        text=(
            "AI server sales to top $400bn by 2030\n"
            "Sales of servers built for artificial intelligence will climb from $142.6 billion in 2024 to $412.8 "
            "billion in 2030, a compound rate of 19.4% a year, the research firm Tallis Data said on Monday. Sales "
            "more than doubled in 2024 from $68.9 billion in 2023 as cloud providers raced to add GPU capacity. "
            "GPU-based systems made up 81% of 2024 sales, with custom-accelerator servers taking most of the rest."
        ),
        obs=[
            ("Total", 2023, 68.9, "USD billion", "actual"),
            ("Total", 2024, 142.6, "USD billion", "actual"),
            ("Total", 2030, 412.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "inferred"),
            ("multiple", 2.0, "multiple", 2023, 2024, 1.0),  # 142.6 / 68.9 = 2.07: "more than doubled"
            ("share", 81, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (412.8 / 142.6) ** (1 / 6) - 1 = 19.38% -> 19.4%
        ],
    ),
    # 4. a Malaysian news item: RM and ringgit beside US$
    dict(
        text=(
            "KUALA LUMPUR: Malaysia's market for artificial intelligence in agriculture is set to almost triple by "
            "2030, driven by oil palm estates adopting drone surveillance and yield-prediction software, according "
            "to a study by the Selangor-based consultancy Padu Analytics. The market was worth RM1.42 billion "
            "(US$318 million) in 2024 and is expected to reach RM4.05 billion (US$906 million) in 2030, a compound "
            "annual growth rate of 19.1%, the study said. Plantation companies accounted for 64% of spending in "
            "2024, while adoption among the country's smallholders remains below 10%. The ringgit figures were "
            "converted at RM4.47 to the US dollar."
        ),
        obs=[
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2030, 906, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2024, 2030, None, "inferred"),
            ("multiple", 3.0, "multiple", 2024, 2030, 6.0),  # 4.05 / 1.42 = 2.85 (906 / 318 = 2.85): "almost triple"
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # ringgit: (4.05 / 1.42) ** (1 / 6) - 1 = 19.09% -> 19.1%; US$: (906 / 318) ** (1 / 6) - 1 = 19.06%
            ("cagr|period", "exact"),
        ],
    ),
    # 5. a Brazilian news item in English: R$ and reais beside US$
    dict(
        text=(
            "SAO PAULO: Brazilian companies spent R$6.8 billion (US$1.24 billion) on AI-based cybersecurity tools in "
            "2024, up 22.5% from R$5.55 billion in 2023, the industry association Abrasec said on Tuesday. Banks were "
            "the biggest buyers, accounting for 37% of the total. The group expects spending to reach 8.1 billion "
            "reais (about US$1.45 billion) in 2025, as the central bank's new cyber-resilience rules take effect. "
            "Gross margins at local managed-security providers averaged 28%."
        ),
        obs=[
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2025, 1.45, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # reais: 6.8 / 5.55 - 1 = 22.52% -> 22.5%
        ],
    ),
    # 6. a think tank's policy brief: footnote numbers glued to a year and to a figure; a survey's answer
    dict(
        text=(
            "Institute for Health Technology Policy, Policy Brief No. 31\n"
            "Key findings\n"
            "The U.S. market for AI software used in radiology was worth $1.38 billion in 2023.7 A widely cited "
            "industry forecast puts the 2030 market at $5.92 billion.8 That implies growth of about 23% a year. Yet "
            "reimbursement lags: in a 2024 survey, 62 percent of practices said payers covered none of their AI "
            "tools,10 and the FDA had cleared more than 720 AI-enabled radiology devices by mid-2024.11"
        ),
        obs=[
            ("Total", 2023, 1.38, "USD billion", "actual"),
            ("Total", 2030, 5.92, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.92 / 1.38) ** (1 / 7) - 1 = 23.13% -> 23%
        ],
    ),
    # 7. a bullet list: the CAGR on the forecast year's bullet, a half year's bullet, a margin and a "share" of uploads
    dict(
        text=(
            "AI-generated music: market snapshot (Northbeat Research, May 2025)\n"
            "• 2023: $2.9bn\n"
            "• 2024: $3.8bn\n"
            "• H1 2025: $2.2bn\n"
            "- 2030E: $17.6bn (CAGR 29.1%)\n"
            "- Gross margin of leading generation platforms: 61%\n"
            "- Share of streaming uploads flagged as fully AI-made: 18%"
        ),
        obs=[
            ("Total", 2023, 2.9, "USD billion", "actual"),
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 17.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.1, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (17.6 / 3.8) ** (1 / 6) - 1 = 29.11% -> 29.1% (from 2023 it would be 29.38%)
        ],
    ),
    # 8. Japanese news in English: trillion yen and billion yen, a rough dollar conversion, a company's own sales
    dict(
        text=(
            "TOKYO: Japan's market for AI servers grew to 1.12 trillion yen (about $7.4 billion) in fiscal 2024, the "
            "Kasumi Research Institute said on Wednesday, and is set to reach 2.64 trillion yen in fiscal 2028, an "
            "average annual increase of 23.9%. Inference servers accounted for 410 billion yen of the fiscal 2024 "
            "total. Among vendors, Tokai Systems' AI server sales rose to 186 billion yen, giving it the top spot."
        ),
        obs=[
            ("Total", 2024, 1.12, "JPY trillion", "actual"),
            ("Total", 2028, 2.64, "JPY trillion", "estimate"),
            ("Inference servers", 2024, 0.41, "JPY trillion", "actual"),  # the series keeps its first unit: 410 billion yen = 0.41 trillion
        ],
        claims=[
            ("cagr", 23.9, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.64 / 1.12) ** (1 / 4) - 1 = 23.91% -> 23.9%
        ],
    ),
    # 9. negative growth: a segment "fell 3.2%" while the market grew; "last year" from the dateline
    dict(
        text=(
            "NEW YORK, Jan. 22, 2025: The AI in retail market grew 18.6% to $14.8 billion last year, from $12.5 "
            "billion in 2023, lifted by demand forecasting and personalization tools, Ridgeway Partners said in its "
            "annual review. In-store analytics fell 3.2% to $2.42 billion last year from $2.50 billion in 2023 as "
            "chains paused camera rollouts, the first time the segment has declined since 2019."
        ),
        obs=[
            ("Total", 2023, 12.5, "USD billion", "actual"),
            ("Total", 2024, 14.8, "USD billion", "actual"),
            ("In-store analytics", 2023, 2.50, "USD billion", "actual"),
            ("In-store analytics", 2024, 2.42, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 14.8 / 12.5 - 1 = 18.40%, not 18.6%; bounds 14.75 / 12.55 - 1 = 17.53% .. 14.85 / 12.45 - 1 = 19.28%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2.42 / 2.50 - 1 = -3.20% -> -3.2%
        ],
    ),
    # 10. AI PCs in units: "tripled", a half year's figure, a penetration and a price premium
    dict(
        text=(
            "AI PC shipments tripled in 2024 to 28.6 million units from 9.4 million in 2023, according to Castell "
            "Insights. The firm counted 21.3 million AI PCs shipped in H1 2025 alone and now expects 58.0 million "
            "for the full year, when AI-capable models will make up 43% of all PCs shipped. Average selling prices "
            "of AI PCs were 14% higher than those of conventional notebooks."
        ),
        obs=[
            ("Total", 2023, 9.4, "count million", "actual"),
            ("Total", 2024, 28.6, "count million", "actual"),
            ("Total", 2025, 58.0, "count million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2023, 2024, 1.0),  # 28.6 / 9.4 = 3.04: "tripled"
        ],
        verdicts=[],
    ),
    # 11. "nearly tripled", an implied yearly rate, a range "between $X and $Y", a gross margin and a survey
    dict(
        text=(
            "The market for AI-driven cybersecurity reached $24.8 billion in 2024 and has nearly tripled since 2020, "
            "when it stood at $8.6 billion, growth of 30.3% a year, according to the annual outlook from Greywater "
            "Research. The firm expects it to be worth between $60 billion and $74 billion by 2029, depending on how "
            "quickly security operations centres automate triage. Vendors' gross margins averaged 72%, and 58% of "
            "the 900 security chiefs it surveyed said they plan to raise AI budgets this year."
        ),
        obs=[
            ("Total", 2020, 8.6, "USD billion", "actual"),
            ("Total", 2024, 24.8, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 24.8 / 8.6 = 2.88: "nearly tripled"
            ("cagr", 30.3, "percent", 2020, 2024, None, "inferred"),
            ("value", 60, "USD billion", 2029, 2029, None),
            ("value", 74, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (24.8 / 8.6) ** (1 / 4) - 1 = 30.31% -> 30.3%
        ],
    ),
    # 12. one market in two units: million for 2023, billion after
    dict(
        text=(
            "Feb. 10, 2025: Advertising sold against AI-generated search answers brought in $1.1 billion last year, "
            "up from $420 million in 2023, the ad-tracking firm Pathline estimates. It expects the total to climb "
            "73% to $1.9 billion in 2025 as more engines open answer pages to sponsored results. About 4% of answer "
            "pages now carry an ad."
        ),
        obs=[
            ("Total", 2023, 0.42, "USD billion", "actual"),  # the series keeps its first unit: $420 million = 0.42 billion
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2025, 1.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 73, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.9 / 1.1 - 1 = 72.73% -> 73%
        ],
    ),
    # 13. a Mexican news item in English: MXN and pesos beside US$
    dict(
        text=(
            "MEXICO CITY: Retailers in Mexico spent MXN 8.9 billion (US$486 million) on artificial intelligence "
            "tools in 2024, and spending should reach 14.6 billion pesos (US$797 million) by 2027, growing 17.9% a "
            "year, the consultancy Analitica Norte said. Supermarket chains accounted for 44% of the 2024 total. One "
            "in four retailers surveyed said they already use AI for demand forecasting."
        ),
        obs=[
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2027, 797, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2027, None, "inferred"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # pesos: (14.6 / 8.9) ** (1 / 3) - 1 = 17.94% -> 17.9%; US$: (797 / 486) ** (1 / 3) - 1 = 17.93%
            ("cagr|period", "exact"),
        ],
    ),
    # 14. a second store's abstract: "expected to grow from ... to ... by 2030, at a CAGR of ... during the forecast period"
    dict(
        text=(
            "The digital human market is expected to grow from USD 2.08 billion in 2025 to USD 5.94 billion by "
            "2030, at a CAGR of 24.3% during the forecast period, according to a new report by Quorant Research. In "
            "2024, the market was valued at USD 1.71 billion. Asia Pacific is projected to be the fastest-growing "
            "region, as brands in China and South Korea deploy virtual presenters for live commerce."
        ),
        obs=[
            ("Total", 2024, 1.71, "USD billion", "actual"),
            ("Total", 2025, 2.08, "USD billion", "estimate"),
            ("Total", 2030, 5.94, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (5.94 / 2.08) ** (1 / 5) - 1 = 23.35%; bounds (5.935 / 2.085) .. (5.945 / 2.075): 23.27% .. 23.43%
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 15. a store's abstract in two units (USD million for the base year, billion after) and its Report Scope
    dict(
        text=(
            "The global AI in radiology market size was valued at USD 1,240.5 million in 2024. The market is "
            "projected to grow from USD 1.58 billion in 2025 to USD 6.12 billion by 2030, exhibiting a CAGR of 30.4% "
            "during the forecast period (2025-2030). North America dominated the market with a share of 44.2% in "
            "2024.\n"
            "Report Scope\n"
            "Market size value in 2025: USD 1.58 billion\n"
            "Revenue forecast in 2030: USD 6.12 billion\n"
            "Growth rate: CAGR of 30.4% from 2025 to 2030"
        ),
        obs=[
            ("Total", 2024, 1240.5, "USD million", "actual"),
            ("Total", 2025, 1580, "USD million", "estimate"),  # the series keeps its first unit: 1.58 billion = 1,580 million
            ("Total", 2030, 6120, "USD million", "estimate"),  # 6.12 billion = 6,120 million
        ],
        claims=[
            ("cagr", 30.4, "percent", 2025, 2030, None, "stated"),
            ("share", 44.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (6.12 / 1.58) ** (1 / 5) - 1 = 31.10%; bounds (6.115 / 1.585) .. (6.125 / 1.575): 31.00% .. 31.21%
            ("cagr", "inconsistent"),
        ],
    ),
    # 16. a headline and its lede: "to hit $11bn by 2029", a part's amount and its share
    dict(
        text=(
            "AI farm tech spending to hit $11bn by 2029: report\n"
            "Global spending on AI in agriculture will rise to $10.9 billion in 2029 from $4.7 billion in 2024, "
            "growing 18.3% a year, according to a report from Fernhill Agritech. Precision spraying accounted for "
            "$1.3 billion, or 27.7% of the 2024 total, as growers used vision systems to cut herbicide use."
        ),
        obs=[
            ("Total", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2029, 10.9, "USD billion", "estimate"),
            ("Precision spraying", 2024, 1.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2029, None, "inferred"),
            ("share", 27.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (10.9 / 4.7) ** (1 / 5) - 1 = 18.32% -> 18.3%
            ("arithmetic", "exact"),  # 1.3 / 4.7 = 27.66% -> 27.7%
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a consultancy's report in the 前瞻 style: a chart's years and figures printed as lines under its title
    dict(
        text=(
            "前瞻产业研究院发布的《2025年中国AI+医疗影像行业全景图谱》显示，我国AI+医疗影像产业规模持续扩大，"
            "2024年市场规模达到86.4亿元，2021-2024年年复合增长率为38.2%。随着三级医院渗透率提升至41%，"
            "预计2028年将突破300亿元，2024-2028年年复合增长率约为37%。\n"
            "图表：2021-2028年中国AI+医疗影像市场规模（单位：亿元）\n"
            "2021 2022 2023 2024 2025E 2026E 2027E 2028E\n"
            "32.7 45.1 63.2 86.4 118.9 162.0 222.6 306.8"
        ),
        obs=[
            ("Total", 2021, 32.7, "CNY 100 million", "actual"),
            ("Total", 2022, 45.1, "CNY 100 million", "actual"),
            ("Total", 2023, 63.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 118.9, "CNY 100 million", "estimate"),
            ("Total", 2026, 162.0, "CNY 100 million", "estimate"),
            ("Total", 2027, 222.6, "CNY 100 million", "estimate"),
            ("Total", 2028, 306.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.2, "percent", 2021, 2024, None, "stated"),
            ("cagr", 37, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (86.4 / 32.7) ** (1 / 3) - 1 = 38.25% -> 38.2%
            ("cagr", "exact"),  # (306.8 / 86.4) ** (1 / 4) - 1 = 37.27% -> 37%
        ],
    ),
    # 18. tech media in the 36氪 style: 较上年, 翻倍, a first quarter's figure with its 同比 and 环比, 今年
    dict(
        text=(
            "36氪获悉，据艾观数据最新统计，2024年中国AI搜索市场规模为182.5亿元，较上年的83.7亿元增长118%，规模"
            "实现翻倍。进入2025年，增长势头延续：一季度AI搜索广告收入达61.2亿元，同比增长142%，环比增长18.3%。"
            "艾观数据预计今年全年市场规模将达到320亿元。目前AI搜索在整体搜索用户中的渗透率约为28%。"
        ),
        obs=[
            ("Total", 2023, 83.7, "CNY 100 million", "actual"),
            ("Total", 2024, 182.5, "CNY 100 million", "actual"),
            ("Total", 2025, 320, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 118, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2023, 2024, 1.0),  # 182.5 / 83.7 = 2.18: 翻倍
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182.5 / 83.7 - 1 = 118.04% -> 118%
        ],
    ),
    # 19. central media in the 新华 style: 规模超过……万亿元, 以上, a part's amount and share (亿元 of 万亿元)
    dict(
        text=(
            "新华社北京1月16日电（记者李晓）记者从中国汽车工业协会获悉，2024年我国智能网联汽车产业规模超过1.2万亿元，"
            "同比增长20%以上。其中，车载智能计算平台规模达到1860亿元，占比15.5%。L2级及以上辅助驾驶新车渗透率"
            "达到57.3%，相关企业数量超过4500家。"
        ),
        obs=[
            ("Total", 2024, 1.2, "CNY trillion", "actual"),
            ("车载智能计算平台", 2024, 0.186, "CNY trillion", "actual"),  # the series keeps its first unit: 1860亿 = 0.186万亿
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("share", 15.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1860亿元 / 1.2万亿元 = 1860 / 12000 = 15.50% -> 15.5%
        ],
    ),
    # 20. a Taiwan research institute's release: 產值 in 新台幣……億元 beside 億美元, 年成長率, 預估
    dict(
        text=(
            "資策會產業情報研究所（MIC）今（12）日發布最新研究指出，受惠雲端服務商擴大資本支出，2024年台灣AI伺服器"
            "產值達新台幣12,460億元（約389億美元），年成長率達86.2%，其中GPU伺服器占比約78%。MIC預估，2025年產值"
            "可望達新台幣18,350億元（約573億美元），年成長47.3%。"
        ),
        obs=[
            ("Total", 2024, 389, "USD 100 million", "actual"),
            ("Total", 2025, 573, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 86.2, "percent", 2023, 2024, 1.0),
            ("share", 78, "percent", 2024, 2024, None),
            ("growth", 47.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 新台幣: 18,350 / 12,460 - 1 = 47.27% -> 47.3% (億美元: 573 / 389 - 1 = 47.30%); 86.2% has no base printed
            ("cagr|implied", "exact"),
        ],
    ),
    # 21. Japanese news in Traditional Chinese: 兆円 for the market, 億円 on a company's own sales
    dict(
        text=(
            "【東京訊】據日本調查機構東都總研公布的報告，日本生成式AI市場規模2024年為1.06兆円，預估至2030年將擴大至"
            "4.60兆円，年均成長27.7%。報告指出，企業導入率已達38%。國內最大業者富嶺通的生成式AI相關營收為3,850億円，"
            "約占整體市場的三成。"
        ),
        obs=[
            ("Total", 2024, 1.06, "JPY trillion", "actual"),
            ("Total", 2030, 4.60, "JPY trillion", "estimate"),
        ],
        claims=[
            ("cagr", 27.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.60 / 1.06) ** (1 / 6) - 1 = 27.72% -> 27.7%
        ],
    ),
    # 22. negative growth: 同比下滑, 负增长, 下降, and a half year's figure (上半年)
    dict(
        text=(
            "据智研咨询统计，2024年中国数字人市场规模为41.2亿元，较2023年的44.0亿元同比下滑6.4%，为近五年来首次出现"
            "负增长。分领域看，虚拟主播类业务下降最为明显，规模降至9.8亿元，同比下降17.6%。2025年上半年，市场规模"
            "回升至23.5亿元，同比增长12.8%。"
        ),
        obs=[
            ("Total", 2023, 44.0, "CNY 100 million", "actual"),
            ("Total", 2024, 41.2, "CNY 100 million", "actual"),
            ("虚拟主播类业务", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -6.4, "percent", 2023, 2024, 1.0),
            ("growth", -17.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.2 / 44.0 - 1 = -6.36% -> -6.4%; -17.6% has no base printed
        ],
    ),
    # 23. 增长近两倍 (grew by nearly twice over: x3), 约 and 左右, a range of gross margins
    dict(
        text=(
            "钛媒体App获悉，2024年国内大模型一体机市场规模约为68亿元。多家机构预计，随着开源模型带动政企私有化部署"
            "需求，2025年该市场将增长近两倍，达到200亿元左右。由于硬件占比高，主流厂商一体机产品的毛利率普遍在15%至"
            "25%之间。"
        ),
        obs=[
            ("Total", 2024, 68, "CNY 100 million", "actual"),
            ("Total", 2025, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2025, 1.0),  # 200 / 68 = 2.94: 增长近两倍
        ],
        verdicts=[],
    ),
    # 24. a consultancy's report in the 智研 style: 产业规模, a CAGR its amounts contradict, 有望突破1万亿元
    dict(
        text=(
            "智研咨询数据显示，2020年我国具身智能产业规模为90.1亿元，2024年达到418.6亿元，2020-2024年年复合增长率"
            "为56.7%。其中，人形机器人占比约为12.4%。预计到2030年，具身智能产业规模有望突破1万亿元。"
        ),
        obs=[
            ("Total", 2020, 90.1, "CNY 100 million", "actual"),
            ("Total", 2024, 418.6, "CNY 100 million", "actual"),
            ("Total", 2030, 10000, "CNY 100 million", "estimate"),  # the series keeps its first unit: 1万亿 = 10,000亿
        ],
        claims=[
            ("cagr", 56.7, "percent", 2020, 2024, None, "stated"),
            ("share", 12.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (418.6 / 90.1) ** (1 / 4) - 1 = 46.81%; bounds (418.55 / 90.15) .. (418.65 / 90.05): 46.79% .. 46.84%
            ("cagr", "inconsistent"),
        ],
    ),
    # 25. 增长2.3倍 (grew by 2.3 times over: x3.3), a penetration and a survey in words
    dict(
        text=(
            "启明智库发布报告称，2024年中国AI PC市场规模达到1386亿元，较2023年的420亿元增长2.3倍。AI PC在国内PC出货"
            "量中的渗透率已达22%，六成受访企业表示将在两年内完成换机。报告预计，2027年市场规模将达到3150亿元。"
        ),
        obs=[
            ("Total", 2023, 420, "CNY 100 million", "actual"),
            ("Total", 2024, 1386, "CNY 100 million", "actual"),
            ("Total", 2027, 3150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.3, "multiple", 2023, 2024, 1.0),  # 1386 / 420 = 3.30: 增长2.3倍
        ],
        verdicts=[],
    ),
    # 26. 三年复合增长率: a CAGR only a reading of its rounded amounts reaches
    dict(
        text=(
            "远景智库报告显示，2022年我国AI+零售市场规模为215亿元，预计2025年将达到512亿元，三年复合增长率为33.6%。"
            "其中，智能营销与推荐系统的占比超过四成。"
        ),
        obs=[
            ("Total", 2022, 215, "CNY 100 million", "actual"),
            ("Total", 2025, 512, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.6, "percent", 2022, 2025, None, "inferred"),
        ],
        verdicts=[
            # (512 / 215) ** (1 / 3) - 1 = 33.54%, not 33.6%; bounds (511.5 / 215.5) .. (512.5 / 214.5): 33.39% .. 33.69%
            ("cagr|period", "rounding"),
        ],
    ),
    # 27. a Traditional Chinese item in 億美元: 年複合成長率, a region's share, a share in words
    dict(
        text=(
            "根據研調機構拓勢研究最新報告，全球AI代理（AI Agent）市場規模2024年為52億美元，預估2030年將達471億美元，"
            "年複合成長率44.4%。報告指出，客服與軟體開發為兩大應用，合計占比逾五成；北美市場占全球比重為41.5%。"
        ),
        obs=[
            ("Total", 2024, 52, "USD 100 million", "actual"),
            ("Total", 2030, 471, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 44.4, "percent", 2024, 2030, None, "inferred"),
            ("share", 41.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (471 / 52) ** (1 / 6) - 1 = 44.38% -> 44.4%
        ],
    ),
    # 28. central media: 比上年……增长, a rate its two amounts contradict, a rate that is no share, a count of farms
    dict(
        text=(
            "记者从农业农村部获悉，近年来我国智慧农业加快发展。2024年，农业人工智能市场规模达到186.5亿元，比上年的"
            "152.4亿元增长28.6%，农业生产信息化率超过28%。全国已建成智慧农场2000多个。"
        ),
        obs=[
            ("Total", 2023, 152.4, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 186.5 / 152.4 - 1 = 22.38%; bounds 186.45 / 152.45 - 1 = 22.30% .. 186.55 / 152.35 - 1 = 22.45%
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. 是2022年的3.2倍, a part's amount with its share
    dict(
        text=(
            "据数字音乐产业联盟发布的报告，2024年国内AI音乐市场规模为9.6亿元，是2022年的3.2倍，而2022年这一数字仅为"
            "3.0亿元。其中，AI作曲工具规模为3.84亿元，占比40.0%。"
        ),
        obs=[
            ("AI作曲工具", 2024, 3.84, "CNY 100 million", "actual"),
            ("Total", 2022, 3.0, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.2, "multiple", 2022, 2024, 2.0),  # 9.6 / 3.0 = 3.20
            ("share", 40.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.84 / 9.6 = 40.00% -> 40.0%
        ],
    ),
    # 30. 亿美元 and 约: a year-on-year rate only a reading of its rounded amounts reaches; a quarter and its 环比
    dict(
        text=(
            "华信咨询数据显示，2024年中国加速服务器市场规模约为220亿美元，较2023年的94亿美元增长136%，其中GPU服务器"
            "占据近七成市场份额。2025年第一季度，加速服务器市场规模为59亿美元，环比下降8%。"
        ),
        obs=[
            ("Total", 2023, 94, "USD 100 million", "actual"),
            ("Total", 2024, 220, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 136, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 220 / 94 - 1 = 134.04%, not 136%; bounds 219.5 / 94.5 - 1 = 132.28% .. 220.5 / 93.5 - 1 = 135.83%
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a spending guide's release and its table: a growth column after each year's column
    dict(
        text=(
            "NEEDHAM, Mass., March 4, 2025: Worldwide spending on artificial intelligence will reach $264.1 billion "
            "in 2025, an increase of 32.1% over 2024, according to the Corvane Worldwide AI Spending Guide. Hardware "
            "will be the fastest-growing technology category.\n"
            "Worldwide AI Spending by Technology, 2024 and 2025 ($B)\n"
            "| Technology | 2024 | Growth 2024 | 2025 | Growth 2025 |\n"
            "|---|---|---|---|---|\n"
            "| Software | 98.4 | 34.1% | 131.2 | 33.3% |\n"
            "| Hardware | 61.3 | 41.5% | 84.0 | 37.0% |\n"
            "| Services | 40.2 | 22.8% | 48.9 | 21.6% |\n"
            "| Total | 199.9 | 33.7% | 264.1 | 32.1% |\n"
            "Source: Corvane Worldwide AI Spending Guide, 2025 V1"
        ),
        obs=[
            ("Software", 2024, 98.4, "USD billion", "actual"),
            ("Software", 2025, 131.2, "USD billion", "estimate"),
            ("Hardware", 2024, 61.3, "USD billion", "actual"),
            ("Hardware", 2025, 84.0, "USD billion", "estimate"),
            ("Services", 2024, 40.2, "USD billion", "actual"),
            ("Services", 2025, 48.9, "USD billion", "estimate"),
            ("Total", 2024, 199.9, "USD billion", "actual"),
            ("Total", 2025, 264.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 34.1, "percent", 2023, 2024, 1.0),
            ("growth", 41.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 33.7, "percent", 2023, 2024, 1.0),
            ("growth", 33.3, "percent", 2024, 2025, 1.0),
            ("growth", 37.0, "percent", 2024, 2025, 1.0),
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
            ("growth", 32.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Software: 131.2 / 98.4 - 1 = 33.33% -> 33.3%
            ("cagr|implied", "exact"),  # Hardware: 84.0 / 61.3 - 1 = 37.03% -> 37.0%
            ("cagr|implied", "exact"),  # Services: 48.9 / 40.2 - 1 = 21.64% -> 21.6%
            ("cagr|implied", "exact"),  # Total: 264.1 / 199.9 - 1 = 32.12% -> 32.1%
            ("hierarchy", "exact"),  # 98.4 + 61.3 + 40.2 = 199.9; 131.2 + 84.0 + 48.9 = 264.1
        ],
    ),
    # 32. a vertical space-aligned table: segments as columns, years as rows
    dict(
        text=(
            "AI in agriculture: global revenue by application (USD million)\n"
            "Year     Precision farming   Livestock monitoring   Agri drones   Total\n"
            "2023     1,052               418                    386           1,856\n"
            "2024     1,268               497                    462           2,227\n"
            "2025E    1,521               590                    551           2,662\n"
            "2028E    2,610               968                    940           4,518\n"
            "Source: Fernhill Agritech Review, 2025 edition"
        ),
        obs=[
            ("Precision farming", 2023, 1052, "USD million", "actual"),
            ("Precision farming", 2024, 1268, "USD million", "actual"),
            ("Precision farming", 2025, 1521, "USD million", "estimate"),
            ("Precision farming", 2028, 2610, "USD million", "estimate"),
            ("Livestock monitoring", 2023, 418, "USD million", "actual"),
            ("Livestock monitoring", 2024, 497, "USD million", "actual"),
            ("Livestock monitoring", 2025, 590, "USD million", "estimate"),
            ("Livestock monitoring", 2028, 968, "USD million", "estimate"),
            ("Agri drones", 2023, 386, "USD million", "actual"),
            ("Agri drones", 2024, 462, "USD million", "actual"),
            ("Agri drones", 2025, 551, "USD million", "estimate"),
            ("Agri drones", 2028, 940, "USD million", "estimate"),
            ("Total", 2023, 1856, "USD million", "actual"),
            ("Total", 2024, 2227, "USD million", "actual"),
            ("Total", 2025, 2662, "USD million", "estimate"),
            ("Total", 2028, 4518, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1,052 + 418 + 386 = 1,856; 1,268 + 497 + 462 = 2,227; 1,521 + 590 + 551 = 2,662; 2,610 + 968 + 940 = 4,518
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a two-level header: regions over years, one row of figures
    dict(
        text=(
            "AI cybersecurity revenue by region (US$ billion)\n"
            "| | North America | | Europe | | Asia-Pacific | | Rest of world | | Global | |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|\n"
            "| | 2024 | 2029F | 2024 | 2029F | 2024 | 2029F | 2024 | 2029F | 2024 | 2029F |\n"
            "| Revenue | 10.2 | 26.9 | 6.1 | 15.8 | 5.4 | 17.2 | 1.3 | 3.9 | 23.0 | 63.8 |"
        ),
        obs=[
            ("North America", 2024, 10.2, "USD billion", "actual"),
            ("North America", 2029, 26.9, "USD billion", "estimate"),
            ("Europe", 2024, 6.1, "USD billion", "actual"),
            ("Europe", 2029, 15.8, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 5.4, "USD billion", "actual"),
            ("Asia-Pacific", 2029, 17.2, "USD billion", "estimate"),
            ("Rest of world", 2024, 1.3, "USD billion", "actual"),
            ("Rest of world", 2029, 3.9, "USD billion", "estimate"),
            ("Global", 2024, 23.0, "USD billion", "actual"),
            ("Global", 2029, 63.8, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 10.2 + 6.1 + 5.4 + 1.3 = 23.0; 26.9 + 15.8 + 17.2 + 3.9 = 63.8
        ],
    ),
    # 34. a share row ("% of total") below the amounts
    dict(
        text=(
            "Global AI server revenue, 2023-2025F\n"
            "| US$ billion | 2023 | 2024 | 2025F |\n"
            "|---|---|---|---|\n"
            "| Training servers | 38.5 | 71.2 | 96.0 |\n"
            "| Inference servers | 16.3 | 37.4 | 62.5 |\n"
            "| Total | 54.8 | 108.6 | 158.5 |\n"
            "| Inference, % of total | 29.7% | 34.4% | 39.5% |"
        ),
        obs=[
            ("Training servers", 2023, 38.5, "USD billion", "actual"),
            ("Training servers", 2024, 71.2, "USD billion", "actual"),
            ("Training servers", 2025, 96.0, "USD billion", "estimate"),
            ("Inference servers", 2023, 16.3, "USD billion", "actual"),
            ("Inference servers", 2024, 37.4, "USD billion", "actual"),
            ("Inference servers", 2025, 62.5, "USD billion", "estimate"),
            ("Total", 2023, 54.8, "USD billion", "actual"),
            ("Total", 2024, 108.6, "USD billion", "actual"),
            ("Total", 2025, 158.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 29.7, "percent", 2023, 2023, None),
            ("share", 34.4, "percent", 2024, 2024, None),
            ("share", 39.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 38.5 + 16.3 = 54.8; 71.2 + 37.4 = 108.6; 96.0 + 62.5 = 158.5
            ("arithmetic", "exact"),  # 16.3 / 54.8 = 29.74% -> 29.7%
            ("arithmetic", "exact"),  # 37.4 / 108.6 = 34.44% -> 34.4%
            # 62.5 / 158.5 = 39.43%, not 39.5%; bounds 62.45 / 158.55 = 39.39% .. 62.55 / 158.45 = 39.48% (>= 39.45)
            ("arithmetic", "rounding"),
        ],
    ),
    # 35. a Chinese table whose years carry 年 and E, its unit in the caption
    dict(
        text=(
            "表3 中国大模型一体机市场规模及预测（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| 训推一体机 | 21.4 | 40.6 | 118.0 | 205.3 |\n"
            "| 推理一体机 | 8.9 | 27.5 | 82.3 | 154.1 |\n"
            "| 合计 | 30.3 | 68.1 | 200.3 | 359.4 |\n"
            "资料来源：远川研究院"
        ),
        obs=[
            ("训推一体机", 2023, 21.4, "CNY 100 million", "actual"),
            ("训推一体机", 2024, 40.6, "CNY 100 million", "actual"),
            ("训推一体机", 2025, 118.0, "CNY 100 million", "estimate"),
            ("训推一体机", 2026, 205.3, "CNY 100 million", "estimate"),
            ("推理一体机", 2023, 8.9, "CNY 100 million", "actual"),
            ("推理一体机", 2024, 27.5, "CNY 100 million", "actual"),
            ("推理一体机", 2025, 82.3, "CNY 100 million", "estimate"),
            ("推理一体机", 2026, 154.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 30.3, "CNY 100 million", "actual"),
            ("合计", 2024, 68.1, "CNY 100 million", "actual"),
            ("合计", 2025, 200.3, "CNY 100 million", "estimate"),
            ("合计", 2026, 359.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 21.4 + 8.9 = 30.3; 40.6 + 27.5 = 68.1; 118.0 + 82.3 = 200.3; 205.3 + 154.1 = 359.4
        ],
    ),
    # 36. a tab-separated vertical table with the CAGR in its last row, one of them contradicted by its amounts
    dict(
        text=(
            "AI in radiology revenue by modality (US$ million)\n"
            "Year\tCT\tMRI\tX-ray\tTotal\n"
            "2024\t412\t287\t351\t1,050\n"
            "2027E\t802\t590\t598\t1,990\n"
            "2030E\t1,473\t1,098\t962\t3,533\n"
            "CAGR 2024-2030\t23.7%\t27.9%\t18.3%\t22.4%"
        ),
        obs=[
            ("CT", 2024, 412, "USD million", "actual"),
            ("CT", 2027, 802, "USD million", "estimate"),
            ("CT", 2030, 1473, "USD million", "estimate"),
            ("MRI", 2024, 287, "USD million", "actual"),
            ("MRI", 2027, 590, "USD million", "estimate"),
            ("MRI", 2030, 1098, "USD million", "estimate"),
            ("X-ray", 2024, 351, "USD million", "actual"),
            ("X-ray", 2027, 598, "USD million", "estimate"),
            ("X-ray", 2030, 962, "USD million", "estimate"),
            ("Total", 2024, 1050, "USD million", "actual"),
            ("Total", 2027, 1990, "USD million", "estimate"),
            ("Total", 2030, 3533, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # CT: (1,473 / 412) ** (1 / 6) - 1 = 23.66% -> 23.7%
            # MRI: (1,098 / 287) ** (1 / 6) - 1 = 25.06%; bounds (1,097.5 / 287.5) .. (1,098.5 / 286.5): 25.01% .. 25.11%
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # X-ray: (962 / 351) ** (1 / 6) - 1 = 18.30% -> 18.3%
            ("cagr", "exact"),  # Total: (3,533 / 1,050) ** (1 / 6) - 1 = 22.41% -> 22.4%
            ("hierarchy", "exact"),  # 412 + 287 + 351 = 1,050; 802 + 590 + 598 = 1,990; 1,473 + 1,098 + 962 = 3,533
        ],
    ),
    # 37. "n/a" and a blank cell, a CAGR column whose span its header prints ("2023-25")
    dict(
        text=(
            "AI-generated music revenue by segment (US$ million)\n"
            "| Segment | 2022 | 2023 | 2024 | 2025E | CAGR 2023-25 |\n"
            "|---|---|---|---|---|---|\n"
            "| Text-to-music apps | n/a | 112 | 236 | 410 | 91.3% |\n"
            "| Stem and mastering tools | 48 | 71 | | 128 | 34.3% |\n"
            "| Licensing of AI catalogues | n/a | n/a | 39 | 77 | n/a |"
        ),
        obs=[
            ("Text-to-music apps", 2023, 112, "USD million", "actual"),
            ("Text-to-music apps", 2024, 236, "USD million", "actual"),
            ("Text-to-music apps", 2025, 410, "USD million", "estimate"),
            ("Stem and mastering tools", 2022, 48, "USD million", "actual"),
            ("Stem and mastering tools", 2023, 71, "USD million", "actual"),
            ("Stem and mastering tools", 2025, 128, "USD million", "estimate"),
            ("Licensing of AI catalogues", 2024, 39, "USD million", "actual"),
            ("Licensing of AI catalogues", 2025, 77, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 91.3, "percent", 2023, 2025, None, "stated"),
            ("cagr", 34.3, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (410 / 112) ** (1 / 2) - 1 = 91.33% -> 91.3%
            ("cagr", "exact"),  # (128 / 71) ** (1 / 2) - 1 = 34.27% -> 34.3%
        ],
    ),
    # 38. a space-aligned table in US$ million whose caption above it alone says so
    dict(
        text=(
            "Exhibit 4: AI agents market by deployment, 2023-2027E (US$ million)\n"
            "Deployment       2023      2024      2025E     2027E\n"
            "Cloud            2,140     3,310     4,960     10,420\n"
            "On-premises        980     1,240     1,530      2,150\n"
            "Total            3,120     4,550     6,490     12,570"
        ),
        obs=[
            ("Cloud", 2023, 2140, "USD million", "actual"),
            ("Cloud", 2024, 3310, "USD million", "actual"),
            ("Cloud", 2025, 4960, "USD million", "estimate"),
            ("Cloud", 2027, 10420, "USD million", "estimate"),
            ("On-premises", 2023, 980, "USD million", "actual"),
            ("On-premises", 2024, 1240, "USD million", "actual"),
            ("On-premises", 2025, 1530, "USD million", "estimate"),
            ("On-premises", 2027, 2150, "USD million", "estimate"),
            ("Total", 2023, 3120, "USD million", "actual"),
            ("Total", 2024, 4550, "USD million", "actual"),
            ("Total", 2025, 6490, "USD million", "estimate"),
            ("Total", 2027, 12570, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2,140 + 980 = 3,120; 3,310 + 1,240 = 4,550; 4,960 + 1,530 = 6,490; 10,420 + 2,150 = 12,570
            ("hierarchy", "exact"),
        ],
    ),
    # 39. units by region with a YoY column, its parts missing the 2025 total by a rounding step
    dict(
        text=(
            "AI PC shipments by region (million units)\n"
            "| Region | 2024 | 2025F | YoY |\n"
            "|---|---|---|---|\n"
            "| Americas | 9.8 | 20.4 | 108.2% |\n"
            "| EMEA | 7.1 | 15.9 | 123.9% |\n"
            "| Asia-Pacific | 11.7 | 22.6 | 93.2% |\n"
            "| Worldwide | 28.6 | 58.8 | 105.6% |\n"
            "Note: figures may not add up to the total due to rounding."
        ),
        obs=[
            ("Americas", 2024, 9.8, "count million", "actual"),
            ("Americas", 2025, 20.4, "count million", "estimate"),
            ("EMEA", 2024, 7.1, "count million", "actual"),
            ("EMEA", 2025, 15.9, "count million", "estimate"),
            ("Asia-Pacific", 2024, 11.7, "count million", "actual"),
            ("Asia-Pacific", 2025, 22.6, "count million", "estimate"),
            ("Worldwide", 2024, 28.6, "count million", "actual"),
            ("Worldwide", 2025, 58.8, "count million", "estimate"),
        ],
        claims=[
            ("growth", 108.2, "percent", 2024, 2025, 1.0),
            ("growth", 123.9, "percent", 2024, 2025, 1.0),
            ("growth", 93.2, "percent", 2024, 2025, 1.0),
            ("growth", 105.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Americas: 20.4 / 9.8 - 1 = 108.16% -> 108.2%
            ("cagr|implied", "exact"),  # EMEA: 15.9 / 7.1 - 1 = 123.94% -> 123.9%
            ("cagr|implied", "exact"),  # Asia-Pacific: 22.6 / 11.7 - 1 = 93.16% -> 93.2%
            ("cagr|implied", "exact"),  # Worldwide: 58.8 / 28.6 - 1 = 105.59% -> 105.6%
            # 2024: 9.8 + 7.1 + 11.7 = 28.6; 2025: 20.4 + 15.9 + 22.6 = 58.9, not 58.8, but the parts' bounds
            # (58.75 .. 59.05) meet the total's (58.75 .. 58.85)
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. a Traditional Chinese table in 億美元: 2025年(預估), a 年增率 column with a fall, a total's rate contradicted
    dict(
        text=(
            "台灣伺服器產值（單位：億美元）\n"
            "| 產品 | 2023年 | 2024年 | 2025年(預估) | 2025年增率 |\n"
            "|---|---|---|---|---|\n"
            "| AI伺服器 | 271 | 584 | 862 | 47.6% |\n"
            "| 一般伺服器 | 312 | 287 | 265 | -7.7% |\n"
            "| 合計 | 583 | 871 | 1,127 | 31.4% |\n"
            "資料來源：台經研究中心"
        ),
        obs=[
            ("AI伺服器", 2023, 271, "USD 100 million", "actual"),
            ("AI伺服器", 2024, 584, "USD 100 million", "actual"),
            ("AI伺服器", 2025, 862, "USD 100 million", "estimate"),
            ("一般伺服器", 2023, 312, "USD 100 million", "actual"),
            ("一般伺服器", 2024, 287, "USD 100 million", "actual"),
            ("一般伺服器", 2025, 265, "USD 100 million", "estimate"),
            ("合計", 2023, 583, "USD 100 million", "actual"),
            ("合計", 2024, 871, "USD 100 million", "actual"),
            ("合計", 2025, 1127, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 47.6, "percent", 2024, 2025, 1.0),
            ("growth", -7.7, "percent", 2024, 2025, 1.0),
            ("growth", 31.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # AI伺服器: 862 / 584 - 1 = 47.60% -> 47.6%
            ("cagr|implied", "exact"),  # 一般伺服器: 265 / 287 - 1 = -7.67% -> -7.7%
            # 合計: 1,127 / 871 - 1 = 29.39%; bounds 1,126.5 / 871.5 - 1 = 29.26% .. 1,127.5 / 870.5 - 1 = 29.52%
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 271 + 312 = 583; 584 + 287 = 871; 862 + 265 = 1,127
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'was estimated at USD 5.43 billion in 2024 and is projected to grow at a CAGR of',
    'Market size value in 2025: USD',
    'Revenue forecast in 2030: USD',
    'could add $1.9 trillion to $3.1 trillion a year',
    'AI server sales to top $400bn by 2030',
    'more than doubled',
    'RM1.42 billion (US$318 million)',
    'R$6.8 billion (US$1.24 billion)',
    'MXN 8.9 billion (US$486 million)',
    '$5.92 billion.8',
    '• 2024: $3.8bn',
    '- 2030E: $17.6bn (CAGR 29.1%)',
    'H1 2025',
    '1.12 trillion yen (about $7.4 billion)',
    'fell 3.2%',
    'between $60 billion and $74 billion',
    '2021-2028年中国AI+医疗影像市场规模',
    '预计2028年将突破300亿元',
    '一季度AI搜索广告收入达61.2亿元，同比增长142%，环比增长18.3%',
    '规模超过1.2万亿元，同比增长20%以上',
    '新台幣12,460億元（約389億美元）',
    '4.60兆円',
    '同比下滑6.4%，为近五年来首次出现负增长',
    '增长近两倍',
    '| Growth 2024 | 2025 | Growth 2025 |',
    '| | 2024 | 2029F | 2024 | 2029F |',
    '| Inference, % of total |',
    '| 2023年 | 2024年 | 2025E |',
    'CAGR 2024-2030\t',
    'Exhibit 4: AI agents market by deployment, 2023-2027E (US$ million)',
)
#: the set's blind score, scored once before any rule was written for it: 157/206 figures, 45/58 rates, 37/58
#: verdicts, 3 false inconsistent; 158/206 with six figures restated in the series' first unit. Then mended (a forecast
#: period and a base-year label, "by then", a year a few words after an amount, datelines of a place alone or ending
#: at a colon, a part that opens its sentence, a chart's line of figures, growth columns named with their year, a
#: row of shares, "2025年增率", glued footnote numbers, a CAGR from the latest history, a part within its whole):
#: 188/206, 54/58, 54/58, none false.
FLOORS = {"figures_found": 193, "rates_found": 57, "verdicts_right": 57}


if __name__ == "__main__":  # python tests/extract_checkset21.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
