"""A twenty-second check set for the extractor, written blind: a ministry's press statement, investor-day slides, a
venture firm's market map, a university centre's index report, a trade magazine's "by the numbers" box, a podcast
transcript, an Australian report in A$ and US$, figures in words, an e-commerce festival's sales report, an
investor-relations record, a city statistics bureau's monthly bulletin, a Hong Kong government press release, and
tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: a government ministry's press statement with a minister quoted ("The sector is
worth £1.46 billion and is projected to contribute £4.9 billion a year to the economy by 2030") and the department's
analysis behind it, with a fund announced beside it; a listed company's investor-day slide as text (bullets with
"TAM", "SAM", "~$4.1B", "2027E", "2030E", the company's own revenue and target); a venture-capital firm's market-map
essay ("We size the opportunity at", "a $19 billion TAM by 2030", a count of start-ups, a fund); a university
research centre's index report (an index level with its base year beside the spending behind it, "approaching half
a trillion dollars"); a trade magazine's "by the numbers" box, one figure per line ("$4.7B — global spend on AI
coding assistants in 2024"); a podcast transcript with a host and a guest ("roughly", "Call it a billion", "north of
$2 billion", "call it, 80%"); an Australian report in A$ beside US$; figures in words ("about two billion dollars",
"one and a half billion", "eleven billion dollars"); a market share moved in percentage points and a margin in basis
points; "exceeded $2 billion", "up more than 40%", "fell short of"; a forecast revised ("raised its forecast ... to",
"from an earlier"); three markets side by side in one sentence ("respectively"); a year range as a CAGR's span ("over
2024-2030", 2024至2030年间, 2024-2027年); "nearly tripled", 增长一倍有余 and 是2023年……的2.4倍; an e-commerce
platform's festival sales report in Chinese (双11, 成交额首次突破, 同比增长超过3倍) citing a market's figures; a Chinese
listed company's 投资者关系活动记录表 (问：……答：……, 行业规模, 公司预计, 毛利率); a city bureau of statistics' monthly
bulletin (1-10月, 累计完成, 10月份, 全年, 比上年增长); a Hong Kong government press release in Traditional Chinese
(億港元 beside 億美元, 按年上升, 年均複合增長率); Traditional Chinese news in 億美元 and 億元 (較上年下降……個百分點,
預計到2028年將突破); Chinese industry news (低于此前预期, 超过, 五年复合增长率, 分别占); and tables as pipe markdown,
tab-separated and space-aligned text: a total row printed first, a units column giving each row its own unit,
quarters beside a full-year column, shares only with a 100% 合计, a growth row and a "CAGR" row at the bottom under
years as columns, 亿元 in every cell, thousands separators with footnote letters ("1,204a"), a Traditional Chinese
table whose parts miss the total by a rounding step, a CAGR column with one rate its figures contradict, and a
vertical Chinese table with a 同比增速 column. Markets vary (AI coding assistants, AI in insurance, AI voice cloning,
robotaxis, AI data labelling, AI accelerators, AI in legal services, AI for science, humanoid robots, 智能体,
AIGC营销, 算力租赁, 人形机器人, AI眼镜, 智慧农业, AI编程助手, AI数据标注, AI+法律); publishers, officials and
companies are invented, the sentences are the project's own and the figures plausible.

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

What this set's sources add to them: a minister's "The sector is worth" is the market's figure for the year the
department's analysis gives it, expected once, and "is projected to contribute ... a year ... by 2030" its target, an
``estimate``; a fund the minister announces is expected nowhere. On an investor-day slide the TAM is the market
(``Total``) and the SAM a part of it, an item of its own (``SAM``); "~$4.1B" is approximate, expected at its printed
figure, "(2027E)" and "(2030E)" are estimates, and the company's own revenue, its growth and its target are expected
nowhere, as is the slide's number. A venture firm's "We size the opportunity at" and "a $19 billion TAM by 2030" are
the market's figures; its count of start-ups, its portfolio and its fund are boilerplate. An index level with its
base year ("stood at 412.7 in 2024 (2019 = 100)") is no market figure. In a "by the numbers" box each line's figure
belongs to the year its line names and a line's percentage is a rate, a share or a survey's answer as its words say.
In a transcript a speaker's most precise figure for a year is expected ("roughly $1.1 billion. Call it a billion" ->
1.1), "north of $2 billion" is approximate and "call it, 80%" an approximate rate, each at its printed figure; the
cars on the road today are a count, expected nowhere. A$ is a currency the unit table does not hold: the US$ figure
beside each A$ amount is the year's observation, and the stated rates get their verdicts from the A$ amounts (their
US$ amounts give the same verdicts here). Figures in words are expected in digits ("two billion dollars" -> 2.0 USD
billion, "one and a half billion dollars" -> 1.5, and "half a trillion dollars" -> 500 in a series whose first figure
is in USD billion); a scenario's cut ("by a third") is expected nowhere. A change in percentage points or basis points
(个百分点, 個百分點) is no rate and the share it leads to is a share; a gross margin (毛利率) is no share. "Exceeded $2
billion for the first time, reaching $2.34 billion" is 2.34, the threshold and the forecast the market "fell short of"
expected nowhere (so is 低于此前普遍预期的25亿元), and "up more than 40%" and 增长超过80% are approximate rates at the
printed figure. A forecast "raised ... to $31.5 billion in 2030, from an earlier $24 billion" gives only the new
figure, and what the firm "had expected" for a year now ended is expected nowhere; a forecast 由此前的……上调至 the
same. Three markets side by side ("$4.3 billion, $2.1 billion and $1.2 billion respectively") are three items by
their names as printed, none of them the ``Total``, and the rates printed after them pair with them in order. "Over
2024-2030", "over 2024-2029", 2024至2030年间 and 2024-2027年 print a CAGR's span (``stated``); "over the period",
"implies compound growth of", 相當於年均複合增長率 and 五年复合增长率 beside a from-to leave it ``inferred``. An
e-commerce festival's figures (a category's 成交额首次突破10亿元 during 双11, 同比增长超过3倍, its buyers' growth) are a
part of a year and expected nowhere, while the market's yearly figures its report cites are expected. In a
投资者关系活动记录表 the 行业规模 the company cites and the one 公司预计 are the market's figures; the company's own
business revenue and its growth, its 毛利率, the record's number and date are expected nowhere. A statistics bureau's
1-10月 累计完成 figure and a month's (10月份) figure, with their 同比 rates, are parts of a year and expected nowhere;
its 全年 figure and 比上年增长 are the year's, and 有望突破 is a forecast. 億港元 is in a currency the unit table does not
hold and the 億美元 beside it is the observation (USD 100 million); 按年上升 is a year-on-year rate. "Nearly tripled"
is x3, 增长一倍有余 x2 and 是2023年4.0亿元的2.4倍 x2.4; 合计超过六成 is a fraction in words, no share. In tables: a total
row printed first is the whole its parts add to all the same; a units column gives each row its unit ("US$ million";
"million" rides, ``count million``; "thousand" vehicles, ``count thousand``), and a row in a unit the table does not
hold (an average fare in US$) is no figure; of quarter columns beside a full-year column (FY2024) only the full year is
expected; a table of shares alone gives each cell a share, and its 100% 合计 is no claim; below a total row under years
as columns, a "Growth" row is the total's year-on-year rate (its first cell blank) and a "CAGR 2024-2028E" row with one
cell the total's stated CAGR; "12.3亿元" in every cell is CNY 100 million and 2025年E an estimate; thousands separators
and footnote letters ("1,204a", "874b") leave the figure as printed, and the footnotes under the table hold no figure;
2025年(預估) is an estimate; a "CAGR 2024-30" column is each row's stated CAGR; a vertical table's column headed
市场规模（亿元） is an item of its header, 市场规模, as in the earlier sets (it was written as the market's ``Total``
and restated so after the first scoring), and its 同比增速 column each year's year-on-year rate ("—" no figure).
``python tests/extract_checkset22.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose
    dict(  # 1: a ministry's press statement, the minister quoted; the department's analysis; a fund is boilerplate
        text="LONDON, 12 March 2025 -- Opening LawTech Week, the Minister for Digital Industries said: \"Artificial "
             "intelligence in legal services is a British success story. The sector is worth £1.46 billion and is "
             "projected to contribute £4.9 billion a year to the economy by 2030.\" The department's analysis puts the "
             "sector's revenue at £1.46 billion in 2024, up 30% from £1.12 billion in 2023, and its growth at 22.4% a "
             "year over 2024-2030. The minister also announced a £25 million fund for AI pilots in the civil courts.",
        obs=[("Total", 2023, 1.12, "GBP billion", "actual"), ("Total", 2024, 1.46, "GBP billion", "actual"),
             ("Total", 2030, 4.9, "GBP billion", "estimate")],
        claims=[("growth", 30.0, "percent", 2023, 2024, 1.0),
                ("cagr", 22.4, "percent", 2024, 2030, None, "stated")],
        # 1.46 / 1.12 - 1 = 30.36% -> 30% (bounds 1.455 / 1.125 - 1 = 29.33% to 1.465 / 1.115 - 1 = 31.39%);
        # (4.9 / 1.46) ** (1/6) - 1 = 22.36% -> 22.4% (bounds 22.08% to 22.64%)
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact")]),
    dict(  # 2: an investor-day slide as text: TAM, SAM, ~$, 2027E; the company's own revenue is expected nowhere
        text="Northwind Data -- Investor Day 2025, slide 9: The market opportunity\n"
             "• AI data labelling TAM: ~$4.1B (2024) → ~$9.6B (2027E) → ~$17B (2030E)\n"
             "• TAM CAGR 2024-2030E: ~27%\n"
             "• SAM (enterprise buyers in North America and Europe): ~$1.5B (2024), ~$3.8B (2027E)\n"
             "• Northwind FY2024 revenue: $186M, up 41% y/y\n"
             "• FY2027E revenue target: ~$520M",
        obs=[("Total", 2024, 4.1, "USD billion", "actual"), ("Total", 2027, 9.6, "USD billion", "estimate"),
             ("Total", 2030, 17.0, "USD billion", "estimate"), ("SAM", 2024, 1.5, "USD billion", "actual"),
             ("SAM", 2027, 3.8, "USD billion", "estimate")],
        claims=[("cagr", 27.0, "percent", 2024, 2030, None, "stated")],
        # (17 / 4.1) ** (1/6) - 1 = 26.75% -> 27% (bounds (16.5 / 4.15) ** (1/6) - 1 = 25.87% to
        # (17.5 / 4.05) ** (1/6) - 1 = 27.62%)
        verdicts=[("cagr", "exact")]),
    dict(  # 3: a venture firm's market-map essay: "we size the opportunity at", "a $19 billion TAM by 2030"
        text="Why we are betting on AI for science. Over the past year our team mapped 118 start-ups across six "
             "layers, from lab-data platforms to autonomous experimentation. We size the opportunity at $2.6 billion "
             "of software and services spend in 2024, on its way to a $19 billion TAM by 2030, a compound rate of "
             "about 39% a year. That figure leaves out lab robotics hardware, which we think of as a separate market. "
             "Fourteen of the companies on the map are already in our $350 million Fund IV.",
        obs=[("Total", 2024, 2.6, "USD billion", "actual"), ("Total", 2030, 19.0, "USD billion", "estimate")],
        claims=[("cagr", 39.0, "percent", 2024, 2030, None, "inferred")],
        # (19 / 2.6) ** (1/6) - 1 = 39.30% -> 39% (bounds (18.5 / 2.65) ** (1/6) - 1 = 38.25% to
        # (19.5 / 2.55) ** (1/6) - 1 = 40.36%)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 4: a university centre's index report: the index level is no market figure; half a trillion in words
        text="PROVIDENCE, 20 February 2025 -- The AI Hardware Index compiled by the Centre for Computing and the "
             "Economy at Eastfield University stood at 412.7 in 2024 (2019 = 100), up from 286.3 a year earlier, the "
             "centre said in its annual report. Behind the index, global spending on AI accelerators reached $118 "
             "billion in 2024, up 64% from $72 billion in 2023, and the centre's central scenario has it approaching "
             "half a trillion dollars by 2029.",
        # half a trillion joins the series in its first unit, USD billion
        obs=[("Total", 2023, 72.0, "USD billion", "actual"), ("Total", 2024, 118.0, "USD billion", "actual"),
             ("Total", 2029, 500.0, "USD billion", "estimate")],
        claims=[("growth", 64.0, "percent", 2023, 2024, 1.0)],
        # 118 / 72 - 1 = 63.89% -> 64% (bounds 117.5 / 72.5 - 1 = 62.07% to 118.5 / 71.5 - 1 = 65.73%)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 5: a trade magazine's "by the numbers" box, one figure per line; a survey's answer is no share
        text="BY THE NUMBERS: AI coding assistants\n"
             "$4.7B — global spend on AI coding assistants in 2024\n"
             "$1.9B — the same spend in 2023\n"
             "147% — growth in that spend from 2023 to 2024\n"
             "41% — share of 2024 spend captured by the three largest vendors\n"
             "76% — developers in our reader survey who use one every week\n"
             "$26B — the spend analysts forecast for 2030",
        obs=[("Total", 2023, 1.9, "USD billion", "actual"), ("Total", 2024, 4.7, "USD billion", "actual"),
             ("Total", 2030, 26.0, "USD billion", "estimate")],
        claims=[("growth", 147.0, "percent", 2023, 2024, 1.0), ("share", 41.0, "percent", 2024, 2024, None)],
        # 4.7 / 1.9 - 1 = 147.37% -> 147% (bounds 4.65 / 1.95 - 1 = 138.46% to 4.75 / 1.85 - 1 = 156.76%)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: a podcast transcript: roughly, call it, north of; last year and this year from the recording date
        text="[Transcript, episode 88, recorded 4 April 2025]\n"
             "HOST: Let's put a number on it. How big was the robotaxi business worldwide last year?\n"
             "GUEST: In paid rides, roughly $1.1 billion. Call it a billion, give or take.\n"
             "HOST: And this year?\n"
             "GUEST: North of $2 billion, I'd say. That's growth of, call it, 80%.\n"
             "HOST: And by the end of the decade?\n"
             "GUEST: By 2030, north of $10 billion, and I think that's conservative. There are maybe 4,000 cars "
             "doing paid rides today.",
        obs=[("Total", 2024, 1.1, "USD billion", "actual"), ("Total", 2025, 2.0, "USD billion", "estimate"),
             ("Total", 2030, 10.0, "USD billion", "estimate")],
        claims=[("growth", 80.0, "percent", 2024, 2025, 1.0)],
        # 2 / 1.1 - 1 = 81.82%, not 80% +/- 0.5; with $2 billion read as 1.5 to 2.5 the bounds are
        # 1.5 / 1.15 - 1 = 30.43% to 2.5 / 1.05 - 1 = 138.10%, which hold 80%: rounding
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 7: an Australian report: A$ beside US$; the US$ figures are the observations, the A$ ones give the verdicts
        text="SYDNEY, 3 June 2025 -- Australian insurers spent A$3.2 billion (US$2.1 billion) on AI software and "
             "services in 2024, up 28% from A$2.5 billion (US$1.64 billion) in 2023, according to a report by the "
             "Insurance Technology Council of Australia. The council expects spending to reach A$7.9 billion (US$5.2 "
             "billion) by 2029, growth of about 20% a year over 2024-2029.",
        obs=[("Total", 2023, 1.64, "USD billion", "actual"), ("Total", 2024, 2.1, "USD billion", "actual"),
             ("Total", 2029, 5.2, "USD billion", "estimate")],
        claims=[("growth", 28.0, "percent", 2023, 2024, 1.0),
                ("cagr", 20.0, "percent", 2024, 2029, None, "stated")],
        # A$: 3.2 / 2.5 - 1 = 28.00% -> 28% (bounds 3.15 / 2.55 - 1 = 23.53% to 3.25 / 2.45 - 1 = 32.65%);
        # (7.9 / 3.2) ** (1/5) - 1 = 19.81% -> 20% (bounds 19.29% to 20.34%). The US$ amounts agree:
        # 2.1 / 1.64 - 1 = 28.05% and (5.2 / 2.1) ** (1/5) - 1 = 19.88%
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact")]),
    dict(  # 8: figures in words; a scenario's cut by a third is expected nowhere
        text="In 2024, by the reckoning of the consultancy Halden & Roe, AI voice cloning was a business worth about "
             "two billion dollars, up from roughly one and a half billion dollars in 2023. The firm thinks it could be "
             "worth eleven billion dollars by 2030, although it warns that rules on deepfakes could cut that by a "
             "third.",
        obs=[("Total", 2023, 1.5, "USD billion", "actual"), ("Total", 2024, 2.0, "USD billion", "actual"),
             ("Total", 2030, 11.0, "USD billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 9: a share moved in percentage points, a margin in basis points: no rates, the margin no share
        text="Lumen Labels, the largest vendor in AI data labelling, saw its market share slip 4 percentage points "
             "to 23% in 2024 as the market grew to $4.3 billion, while its gross margin widened by 180 basis points to "
             "52.6%. Analysts at Keswick Partners expect the leader's share to settle at around 20% by 2027.",
        obs=[("Total", 2024, 4.3, "USD billion", "actual")],
        claims=[("share", 23.0, "percent", 2024, 2024, None), ("share", 20.0, "percent", 2027, 2027, None)],
        verdicts=[]),
    dict(  # 10: "exceeded", "up more than", "fell short of": the earlier forecast is expected nowhere
        text="Spending on AI in legal services exceeded $2 billion for the first time in 2024, reaching $2.34 "
             "billion, up more than 40% on 2023's $1.67 billion. Even so, it fell short of the $2.8 billion the same "
             "analysts had predicted for 2024 a year earlier.",
        obs=[("Total", 2023, 1.67, "USD billion", "actual"), ("Total", 2024, 2.34, "USD billion", "actual")],
        claims=[("growth", 40.0, "percent", 2023, 2024, 1.0)],
        # 2.34 / 1.67 - 1 = 40.12% -> 40% (bounds 2.335 / 1.675 - 1 = 39.40% to 2.345 / 1.665 - 1 = 40.84%)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 11: a forecast revised: only the new figure; what the firm had expected for 2025 is expected nowhere
        text="SAN FRANCISCO, 22 January 2026 -- Ardent Insight has raised its forecast for the AI coding-assistant "
             "market to $31.5 billion in 2030, from an earlier $24 billion, after spending reached $6.2 billion in "
             "2025, well above the $5.1 billion it had expected. The new forecast implies compound growth of 38.4% a "
             "year.",
        obs=[("Total", 2025, 6.2, "USD billion", "actual"), ("Total", 2030, 31.5, "USD billion", "estimate")],
        claims=[("cagr", 38.4, "percent", 2025, 2030, None, "inferred")],
        # (31.5 / 6.2) ** (1/5) - 1 = 38.41% -> 38.4% (bounds (31.45 / 6.25) ** (1/5) - 1 = 38.15% to
        # (31.55 / 6.15) ** (1/5) - 1 = 38.68%)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 12: three markets side by side, "respectively", each an item of its own with its rate
        text="In 2024 the markets for AI data labelling, AI voice cloning and robotaxi services were worth $4.3 "
             "billion, $2.1 billion and $1.2 billion respectively; by 2030 they are forecast to reach $13.9 billion, "
             "$11.0 billion and $10.4 billion, compound growth of 21.6%, 31.8% and 43.3% a year respectively.",
        obs=[("AI data labelling", 2024, 4.3, "USD billion", "actual"),
             ("AI data labelling", 2030, 13.9, "USD billion", "estimate"),
             ("AI voice cloning", 2024, 2.1, "USD billion", "actual"),
             ("AI voice cloning", 2030, 11.0, "USD billion", "estimate"),
             ("Robotaxi services", 2024, 1.2, "USD billion", "actual"),
             ("Robotaxi services", 2030, 10.4, "USD billion", "estimate")],
        claims=[("cagr", 21.6, "percent", 2024, 2030, None, "inferred"),
                ("cagr", 31.8, "percent", 2024, 2030, None, "inferred"),
                ("cagr", 43.3, "percent", 2024, 2030, None, "inferred")],
        # (13.9 / 4.3) ** (1/6) - 1 = 21.60% -> 21.6% (bounds 21.29% to 21.91%); (11.0 / 2.1) ** (1/6) - 1 =
        # 31.78% -> 31.8% (bounds 31.17% to 32.41%); (10.4 / 1.2) ** (1/6) - 1 = 43.32% -> 43.3% (42.23% to 44.46%)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: "over 2024-2030" beside a CAGR the figures contradict
        text="The AI-in-insurance market will grow from $6.8 billion in 2024 to $32.1 billion in 2030, a CAGR of "
             "31.2% over 2024-2030, according to a new report from Meridian Market Insights.",
        obs=[("Total", 2024, 6.8, "USD billion", "actual"), ("Total", 2030, 32.1, "USD billion", "estimate")],
        claims=[("cagr", 31.2, "percent", 2024, 2030, None, "stated")],
        # (32.1 / 6.8) ** (1/6) - 1 = 29.52%; bounds (32.05 / 6.85) ** (1/6) - 1 = 29.33% to
        # (32.15 / 6.75) ** (1/6) - 1 = 29.71%: not 31.2% (over five years it would be 36.40%)
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 14: a part's amount and its share of the whole, both printed
        text="Of the $5.8 billion spent worldwide on AI data labelling in 2025, autonomous-driving annotation took "
             "$2.2 billion, or 38%, according to figures published in February 2026; medical imaging accounted for a "
             "further 9%.",
        obs=[("Total", 2025, 5.8, "USD billion", "actual"),
             ("Autonomous-driving annotation", 2025, 2.2, "USD billion", "actual")],
        claims=[("share", 38.0, "percent", 2025, 2025, None), ("share", 9.0, "percent", 2025, 2025, None)],
        # 2.2 / 5.8 = 37.93% -> 38%
        verdicts=[("arithmetic", "exact")]),
    dict(  # 15: a CAGR "over the period" that only the rounding of $12 billion reaches
        text="Global revenue from humanoid robots is expected to rise from $3.4 billion in 2025 to $12 billion in "
             "2030, a compound annual growth rate of 27.9% over the period, the Robotics Industry Forum said.",
        obs=[("Total", 2025, 3.4, "USD billion", "actual"), ("Total", 2030, 12.0, "USD billion", "estimate")],
        claims=[("cagr", 27.9, "percent", 2025, 2030, None, "inferred")],
        # (12 / 3.4) ** (1/5) - 1 = 28.69%, not 27.9%; bounds (11.5 / 3.45) ** (1/5) - 1 = 27.23% to
        # (12.5 / 3.35) ** (1/5) - 1 = 30.13% hold it: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 16: "nearly tripled" last year, with both amounts printed; the leader's share of rides is a share
        text="NEW YORK, 9 January 2025 -- Robotaxi fares in the United States nearly tripled last year, to $640 "
             "million from $225 million in 2023, as two operators expanded to six new cities. The market leader "
             "carried 71% of paid rides.",
        obs=[("Total", 2023, 225.0, "USD million", "actual"), ("Total", 2024, 640.0, "USD million", "actual")],
        # 640 / 225 = 2.84, nearly x3
        claims=[("multiple", 3.0, "multiple", 2023, 2024, 1.0), ("share", 71.0, "percent", 2024, 2024, None)],
        verdicts=[]),
    # ------------------------------------------------------------------ Chinese prose
    dict(  # 17: an e-commerce festival's sales report: the festival's figures are expected nowhere, the market's are
        text="2025年11月12日，某电商平台发布“双11”消费战报：活动期间，AI眼镜品类成交额首次突破10亿元，同比增长超过3倍，"
             "购买用户数同比增长210%。战报援引第三方机构数据称，2024年中国AI眼镜市场规模为68.5亿元，预计2025年将达到"
             "156亿元，同比增长约128%。",
        obs=[("Total", 2024, 68.5, "CNY 100 million", "actual"), ("Total", 2025, 156.0, "CNY 100 million", "estimate")],
        claims=[("growth", 128.0, "percent", 2024, 2025, 1.0)],
        # 156 / 68.5 - 1 = 127.74% -> 128% (bounds 155.5 / 68.55 - 1 = 126.84% to 156.5 / 68.45 - 1 = 128.63%)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 18: an investor-relations record: 行业规模 and 公司预计 are the market's; the company's revenue and margin not
        text="某智能装备股份有限公司投资者关系活动记录表（编号：2025-007）\n"
             "活动时间：2025年5月16日\n"
             "问：公司如何看待人形机器人行业的市场空间？\n"
             "答：根据第三方研究机构的测算，2024年中国人形机器人行业规模约为27.6亿元。公司预计，到2027年行业规模将达到"
             "210亿元左右，年均复合增长率约97%。公司2024年人形机器人零部件业务收入为1.35亿元，同比增长62%。\n"
             "问：相关产品的毛利率情况如何？\n"
             "答：目前约为32%，随着规模效应显现有望逐步提升。",
        obs=[("Total", 2024, 27.6, "CNY 100 million", "actual"), ("Total", 2027, 210.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 97.0, "percent", 2024, 2027, None, "inferred")],
        # (210 / 27.6) ** (1/3) - 1 = 96.68% -> 97% (bounds (209.5 / 27.65) ** (1/3) - 1 = 96.41% to
        # (210.5 / 27.55) ** (1/3) - 1 = 96.96%)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 19: a city statistics bureau's monthly bulletin: 1-10月 and 10月份 figures nowhere, the full year expected
        text="2025年1-10月全市数字经济运行简况\n"
             "1-10月，全市算力租赁服务收入累计完成118.6亿元，同比增长34.2%；其中，10月份完成13.9亿元，同比增长41.5%。"
             "2024年全年，全市算力租赁服务收入为112.4亿元，比上年增长29.8%。按目前进度测算，2025年全年有望突破150亿元。"
             "（市统计局，2025年11月18日）",
        obs=[("Total", 2024, 112.4, "CNY 100 million", "actual"),
             ("Total", 2025, 150.0, "CNY 100 million", "estimate")],
        claims=[("growth", 29.8, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 20: a Hong Kong government press release: 億港元 beside 億美元, 按年上升; the HK$ amounts give the verdicts
        text="政府新聞公報（2025年6月18日）\n"
             "創新科技及工業局今日公布，2024年本港人工智能核心產業收入為266億港元（約34.1億美元），按年上升23.1%；"
             "2023年為216億港元（約27.7億美元）。局方預計，相關收入到2030年將達到720億港元（約92.3億美元），相當於"
             "年均複合增長率約18%。創新科技及工業局局長表示，政府會繼續透過資助計劃支援業界。",
        obs=[("Total", 2023, 27.7, "USD 100 million", "actual"), ("Total", 2024, 34.1, "USD 100 million", "actual"),
             ("Total", 2030, 92.3, "USD 100 million", "estimate")],
        claims=[("growth", 23.1, "percent", 2023, 2024, 1.0),
                ("cagr", 18.0, "percent", 2024, 2030, None, "inferred")],
        # HK$: 266 / 216 - 1 = 23.15% -> 23.1% (bounds 265.5 / 216.5 - 1 = 22.63% to 266.5 / 215.5 - 1 = 23.67%);
        # (720 / 266) ** (1/6) - 1 = 18.05% -> 18% (bounds 18.00% to 18.10%). US$: 34.1 / 27.7 - 1 = 23.10% and
        # (92.3 / 34.1) ** (1/6) - 1 = 18.05%, the same verdicts
        verdicts=[("cagr|implied", "exact"), ("cagr|period", "exact")]),
    dict(  # 21: a year range as the CAGR's span, 2024至2030年间; 六成 is a fraction in words
        text="据研究机构测算，2024年中国企业级智能体市场规模为69.2亿元，预计2030年将达到1,046亿元，2024至2030年间年均"
             "复合增长率为57.2%。其中，金融、政务和制造三个行业的应用合计超过六成。",
        obs=[("Total", 2024, 69.2, "CNY 100 million", "actual"),
             ("Total", 2030, 1046.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 57.2, "percent", 2024, 2030, None, "stated")],
        # (1046 / 69.2) ** (1/6) - 1 = 57.24% -> 57.2% (bounds (1045.5 / 69.25) ** (1/6) - 1 = 57.21% to
        # (1046.5 / 69.15) ** (1/6) - 1 = 57.27%)
        verdicts=[("cagr", "exact")]),
    dict(  # 22: three parts and their shares with 分别, the whole printed first
        text="2024年中国AIGC营销市场规模为240.0亿元，其中内容生成、智能投放和数字人直播的规模分别为112.6亿元、86.4亿元"
             "和41.0亿元，分别占46.9%、36.0%和17.1%。",
        obs=[("内容生成", 2024, 112.6, "CNY 100 million", "actual"), ("智能投放", 2024, 86.4, "CNY 100 million", "actual"),
             ("数字人直播", 2024, 41.0, "CNY 100 million", "actual"), ("Total", 2024, 240.0, "CNY 100 million", "actual")],
        claims=[("share", 46.9, "percent", 2024, 2024, None), ("share", 36.0, "percent", 2024, 2024, None),
                ("share", 17.1, "percent", 2024, 2024, None)],
        # 112.6 / 240.0 = 46.92% -> 46.9%; 86.4 / 240.0 = 36.00%; 41.0 / 240.0 = 17.08% -> 17.1%
        verdicts=[("arithmetic", "exact")]),
    dict(  # 23: a forecast revised upward, 由此前的……上调至: only the new figure; a 2024-2027年 span
        text="2025年3月，某咨询机构将2027年中国算力租赁市场规模的预测由此前的1,850亿元上调至2,380亿元，原因是大模型推理"
             "需求增长超出预期。该机构数据显示，2024年中国算力租赁市场规模为812亿元，同比增长67.4%，对应2024-2027年"
             "复合增长率约为43%。",
        obs=[("Total", 2024, 812.0, "CNY 100 million", "actual"),
             ("Total", 2027, 2380.0, "CNY 100 million", "estimate")],
        claims=[("growth", 67.4, "percent", 2023, 2024, 1.0),
                ("cagr", 43.0, "percent", 2024, 2027, None, "stated")],
        # (2380 / 812) ** (1/3) - 1 = 43.11% -> 43% (bounds (2379.5 / 812.5) ** (1/3) - 1 = 43.07% to
        # (2380.5 / 811.5) ** (1/3) - 1 = 43.15%); the 2023 base of the 67.4% is not printed
        verdicts=[("cagr", "exact")]),
    dict(  # 24: Traditional Chinese: 增長一倍有餘 is x2, a share moved in 個百分點
        text="據研究機構最新數據，2024年全球AI眼鏡市場規模為18.6億美元，較2023年的8.9億美元增長一倍有餘；龍頭品牌的"
             "市場佔有率為61.5%，較上年下降7.2個百分點。該機構預計，2025年全球市場規模將達到31億美元。",
        obs=[("Total", 2023, 8.9, "USD 100 million", "actual"), ("Total", 2024, 18.6, "USD 100 million", "actual"),
             ("Total", 2025, 31.0, "USD 100 million", "estimate")],
        # 18.6 / 8.9 = 2.09, more than x2
        claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0), ("share", 61.5, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 25: Traditional Chinese in 億元: 預計到2028年將突破, a CAGR whose span only its amounts give
        text="據中國相關部門統計，2024年中國智慧農業市場規模達到1,085億元，同比增長14.6%；預計到2028年將突破2,000億元，"
             "年均複合增長率約為16.5%。",
        obs=[("Total", 2024, 1085.0, "CNY 100 million", "actual"),
             ("Total", 2028, 2000.0, "CNY 100 million", "estimate")],
        claims=[("growth", 14.6, "percent", 2023, 2024, 1.0),
                ("cagr", 16.5, "percent", 2024, 2028, None, "inferred")],
        # (2000 / 1085) ** (1/4) - 1 = 16.52% -> 16.5% (bounds (1999.5 / 1085.5) ** (1/4) - 1 = 16.50% to
        # (2000.5 / 1084.5) ** (1/4) - 1 = 16.54%)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 26: 低于此前普遍预期 (fell short of): the earlier expectation nowhere; 增长超过80% at its printed figure
        text="2024年中国AI编程助手市场规模为21.8亿元，低于此前普遍预期的25亿元，但比2023年的12.1亿元仍增长超过80%。"
             "业内人士认为，企业版订阅的增长已经超出预期。",
        obs=[("Total", 2023, 12.1, "CNY 100 million", "actual"), ("Total", 2024, 21.8, "CNY 100 million", "actual")],
        claims=[("growth", 80.0, "percent", 2023, 2024, 1.0)],
        # 21.8 / 12.1 - 1 = 80.17% -> 80% (bounds 21.75 / 12.15 - 1 = 79.01% to 21.85 / 12.05 - 1 = 81.33%)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 27: 五年复合增长率 prints the span's length, not its years; the rate does not hold
        text="2023年中国AI数据标注市场规模为60.8亿元，预计2028年将达到187.3亿元，五年复合增长率为28.6%。",
        obs=[("Total", 2023, 60.8, "CNY 100 million", "actual"),
             ("Total", 2028, 187.3, "CNY 100 million", "estimate")],
        claims=[("cagr", 28.6, "percent", 2023, 2028, None, "inferred")],
        # (187.3 / 60.8) ** (1/5) - 1 = 25.24%; bounds (187.25 / 60.85) ** (1/5) - 1 = 25.21% to
        # (187.35 / 60.75) ** (1/5) - 1 = 25.26%: not 28.6% (over four years 32.48%, not it either)
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 28: 是2023年4.0亿元的2.4倍, a multiple with both amounts printed; 超过500亿元 a target
        text="2024年中国Robotaxi出行服务市场规模达到9.6亿元，是2023年4.0亿元的2.4倍；业内预计，到2030年市场规模将超过"
             "500亿元。",
        obs=[("Total", 2023, 4.0, "CNY 100 million", "actual"), ("Total", 2024, 9.6, "CNY 100 million", "actual"),
             ("Total", 2030, 500.0, "CNY 100 million", "estimate")],
        # 9.6 / 4.0 = 2.4
        claims=[("multiple", 2.4, "multiple", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 29: 从……增长到……, a CAGR only the rounding of whole 亿元 reaches
        text="我国AI+法律服务市场规模从2021年的16亿元增长到2024年的38亿元，年均复合增长率为33.6%。",
        obs=[("Total", 2021, 16.0, "CNY 100 million", "actual"), ("Total", 2024, 38.0, "CNY 100 million", "actual")],
        claims=[("cagr", 33.6, "percent", 2021, 2024, None, "inferred")],
        # (38 / 16) ** (1/3) - 1 = 33.42%, not 33.6%; bounds (37.5 / 16.5) ** (1/3) - 1 = 31.48% to
        # (38.5 / 15.5) ** (1/3) - 1 = 35.43% hold it: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 30: a year-on-year rate its two amounts contradict
        text="2024年全球AI for Science市场规模达到41.3亿美元，同比增长45.2%，2023年这一数字为30.1亿美元。",
        obs=[("Total", 2023, 30.1, "USD 100 million", "actual"), ("Total", 2024, 41.3, "USD 100 million", "actual")],
        claims=[("growth", 45.2, "percent", 2023, 2024, 1.0)],
        # 41.3 / 30.1 - 1 = 37.21%; bounds 41.25 / 30.15 - 1 = 36.82% to 41.35 / 30.05 - 1 = 37.60%: not 45.2%
        verdicts=[("cagr|implied", "inconsistent")]),
    # ------------------------------------------------------------------ tables
    dict(  # 31: a pipe table whose total row comes first
        text="Global AI accelerator revenue by type (US$ billion)\n"
             "| Type | 2023 | 2024 | 2025E |\n"
             "|---|---|---|---|\n"
             "| Total | 72.0 | 118.0 | 164.5 |\n"
             "| GPUs | 61.2 | 97.4 | 129.8 |\n"
             "| Custom ASICs | 8.3 | 16.9 | 29.1 |\n"
             "| Other | 2.5 | 3.7 | 5.6 |\n",
        obs=[("GPUs", 2023, 61.2, "USD billion", "actual"), ("GPUs", 2024, 97.4, "USD billion", "actual"),
             ("GPUs", 2025, 129.8, "USD billion", "estimate"),
             ("Custom ASICs", 2023, 8.3, "USD billion", "actual"),
             ("Custom ASICs", 2024, 16.9, "USD billion", "actual"),
             ("Custom ASICs", 2025, 29.1, "USD billion", "estimate"),
             ("Other", 2023, 2.5, "USD billion", "actual"), ("Other", 2024, 3.7, "USD billion", "actual"),
             ("Other", 2025, 5.6, "USD billion", "estimate"),
             ("Total", 2023, 72.0, "USD billion", "actual"), ("Total", 2024, 118.0, "USD billion", "actual"),
             ("Total", 2025, 164.5, "USD billion", "estimate")],
        claims=[],
        # 61.2 + 8.3 + 2.5 = 72.0; 97.4 + 16.9 + 3.7 = 118.0; 129.8 + 29.1 + 5.6 = 164.5
        verdicts=[("hierarchy", "exact")]),
    dict(  # 32: a units column, each row its own unit; the average fare in plain US$ is no figure
        text="Robotaxi market indicators, United States\n"
             "Indicator\tUnit\t2023\t2024\t2025E\n"
             "Fare revenue\tUS$ million\t225\t640\t1,180\n"
             "Paid rides\tmillion\t4.3\t12.1\t21.6\n"
             "Vehicles in service\tthousand\t2.4\t5.1\t8.7\n"
             "Average fare\tUS$\t52.3\t52.9\t54.6\n",
        obs=[("Fare revenue", 2023, 225.0, "USD million", "actual"),
             ("Fare revenue", 2024, 640.0, "USD million", "actual"),
             ("Fare revenue", 2025, 1180.0, "USD million", "estimate"),
             ("Paid rides", 2023, 4.3, "count million", "actual"),
             ("Paid rides", 2024, 12.1, "count million", "actual"),
             ("Paid rides", 2025, 21.6, "count million", "estimate"),
             ("Vehicles in service", 2023, 2.4, "count thousand", "actual"),
             ("Vehicles in service", 2024, 5.1, "count thousand", "actual"),
             ("Vehicles in service", 2025, 8.7, "count thousand", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 33: quarters beside a full-year column: only FY2024 is expected
        text="| US$ million | Q1 2024 | Q2 2024 | Q3 2024 | Q4 2024 | FY2024 |\n"
             "|---|---|---|---|---|---|\n"
             "| Individual seats | 212 | 248 | 281 | 319 | 1,060 |\n"
             "| Business seats | 486 | 571 | 655 | 748 | 2,460 |\n"
             "| Enterprise licences | 208 | 256 | 318 | 398 | 1,180 |\n"
             "| Total | 906 | 1,075 | 1,254 | 1,465 | 4,700 |\n",
        obs=[("Individual seats", 2024, 1060.0, "USD million", "actual"),
             ("Business seats", 2024, 2460.0, "USD million", "actual"),
             ("Enterprise licences", 2024, 1180.0, "USD million", "actual"),
             ("Total", 2024, 4700.0, "USD million", "actual")],
        claims=[],
        # FY2024: 1,060 + 2,460 + 1,180 = 4,700 (and each row's quarters add to its year: 212 + 248 + 281 + 319 =
        # 1,060, 486 + 571 + 655 + 748 = 2,460, 208 + 256 + 318 + 398 = 1,180, 906 + 1,075 + 1,254 + 1,465 = 4,700)
        verdicts=[("hierarchy", "exact")]),
    dict(  # 34: a table of shares only, with a 100% 合计 that is no claim
        text="2023-2024年中国企业级智能体市场份额（按收入计）\n"
             "厂商\t2023年\t2024年\n"
             "云启智能\t31.2%\t28.4%\n"
             "星衡科技\t22.5%\t24.9%\n"
             "深流数据\t14.8%\t16.3%\n"
             "其他\t31.5%\t30.4%\n"
             "合计\t100%\t100%\n",
        obs=[],
        # 31.2 + 22.5 + 14.8 + 31.5 = 100.0; 28.4 + 24.9 + 16.3 + 30.4 = 100.0
        claims=[("share", 31.2, "percent", 2023, 2023, None), ("share", 28.4, "percent", 2024, 2024, None),
                ("share", 22.5, "percent", 2023, 2023, None), ("share", 24.9, "percent", 2024, 2024, None),
                ("share", 14.8, "percent", 2023, 2023, None), ("share", 16.3, "percent", 2024, 2024, None),
                ("share", 31.5, "percent", 2023, 2023, None), ("share", 30.4, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 35: years as columns, a growth row and a CAGR row at the bottom; one growth cell its figures contradict
        text="AI in insurance: spending by line of business (US$ billion)\n"
             "| Line | 2024 | 2025E | 2026E | 2027E | 2028E |\n"
             "|---|---|---|---|---|---|\n"
             "| Property & casualty | 3.9 | 5.0 | 6.4 | 8.2 | 10.4 |\n"
             "| Life & health | 2.1 | 2.8 | 3.7 | 4.8 | 6.2 |\n"
             "| Reinsurance | 0.8 | 1.1 | 1.5 | 2.0 | 2.7 |\n"
             "| Total | 6.8 | 8.9 | 11.6 | 15.0 | 19.3 |\n"
             "| Growth | | 30.9% | 30.3% | 32.9% | 28.7% |\n"
             "| CAGR 2024-2028E | | | | | 29.8% |\n",
        obs=[("Property & casualty", 2024, 3.9, "USD billion", "actual"),
             ("Property & casualty", 2025, 5.0, "USD billion", "estimate"),
             ("Property & casualty", 2026, 6.4, "USD billion", "estimate"),
             ("Property & casualty", 2027, 8.2, "USD billion", "estimate"),
             ("Property & casualty", 2028, 10.4, "USD billion", "estimate"),
             ("Life & health", 2024, 2.1, "USD billion", "actual"),
             ("Life & health", 2025, 2.8, "USD billion", "estimate"),
             ("Life & health", 2026, 3.7, "USD billion", "estimate"),
             ("Life & health", 2027, 4.8, "USD billion", "estimate"),
             ("Life & health", 2028, 6.2, "USD billion", "estimate"),
             ("Reinsurance", 2024, 0.8, "USD billion", "actual"),
             ("Reinsurance", 2025, 1.1, "USD billion", "estimate"),
             ("Reinsurance", 2026, 1.5, "USD billion", "estimate"),
             ("Reinsurance", 2027, 2.0, "USD billion", "estimate"),
             ("Reinsurance", 2028, 2.7, "USD billion", "estimate"),
             ("Total", 2024, 6.8, "USD billion", "actual"), ("Total", 2025, 8.9, "USD billion", "estimate"),
             ("Total", 2026, 11.6, "USD billion", "estimate"), ("Total", 2027, 15.0, "USD billion", "estimate"),
             ("Total", 2028, 19.3, "USD billion", "estimate")],
        claims=[("growth", 30.9, "percent", 2024, 2025, 1.0), ("growth", 30.3, "percent", 2025, 2026, 1.0),
                ("growth", 32.9, "percent", 2026, 2027, 1.0), ("growth", 28.7, "percent", 2027, 2028, 1.0),
                ("cagr", 29.8, "percent", 2024, 2028, None, "stated")],
        # growth: 8.9 / 6.8 - 1 = 30.88% -> 30.9%; 11.6 / 8.9 - 1 = 30.34% -> 30.3%; 19.3 / 15.0 - 1 = 28.67% ->
        # 28.7%; but 15.0 / 11.6 - 1 = 29.31%, bounds 14.95 / 11.65 - 1 = 28.33% to 15.05 / 11.55 - 1 = 30.30%: not
        # 32.9%. CAGR (19.3 / 6.8) ** (1/4) - 1 = 29.80% -> 29.8% (bounds 29.48% to 30.12%).
        # 3.9 + 2.1 + 0.8 = 6.8; 5.0 + 2.8 + 1.1 = 8.9; 6.4 + 3.7 + 1.5 = 11.6; 8.2 + 4.8 + 2.0 = 15.0;
        # 10.4 + 6.2 + 2.7 = 19.3
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "inconsistent"), ("cagr", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 36: a Chinese table with 亿元 in every cell and 2025年E
        text="2023-2025年中国人形机器人市场规模（按应用场景）\n"
             "| 应用场景 | 2023年 | 2024年 | 2025年E |\n"
             "| --- | --- | --- | --- |\n"
             "| 工业制造 | 5.6亿元 | 12.3亿元 | 31.8亿元 |\n"
             "| 商业服务 | 3.2亿元 | 8.9亿元 | 22.4亿元 |\n"
             "| 科研教育 | 2.9亿元 | 6.4亿元 | 11.5亿元 |\n"
             "| 合计 | 11.7亿元 | 27.6亿元 | 65.7亿元 |\n",
        obs=[("工业制造", 2023, 5.6, "CNY 100 million", "actual"), ("工业制造", 2024, 12.3, "CNY 100 million", "actual"),
             ("工业制造", 2025, 31.8, "CNY 100 million", "estimate"),
             ("商业服务", 2023, 3.2, "CNY 100 million", "actual"), ("商业服务", 2024, 8.9, "CNY 100 million", "actual"),
             ("商业服务", 2025, 22.4, "CNY 100 million", "estimate"),
             ("科研教育", 2023, 2.9, "CNY 100 million", "actual"), ("科研教育", 2024, 6.4, "CNY 100 million", "actual"),
             ("科研教育", 2025, 11.5, "CNY 100 million", "estimate"),
             ("合计", 2023, 11.7, "CNY 100 million", "actual"), ("合计", 2024, 27.6, "CNY 100 million", "actual"),
             ("合计", 2025, 65.7, "CNY 100 million", "estimate")],
        claims=[],
        # 5.6 + 3.2 + 2.9 = 11.7; 12.3 + 8.9 + 6.4 = 27.6; 31.8 + 22.4 + 11.5 = 65.7
        verdicts=[("hierarchy", "exact")]),
    dict(  # 37: a space-aligned table with thousands separators and footnote letters
        text="AI data-labelling revenue by region, US$ million\n"
             "Region            2022      2023      2024\n"
             "North America    1,204a    1,486     1,822\n"
             "Europe             563       701       874b\n"
             "Asia-Pacific       788     1,032     1,391\n"
             "Rest of world      131       164       213\n"
             "Total            2,686     3,383     4,300\n"
             "a Includes Canada.  b Excludes Russia.\n",
        obs=[("North America", 2022, 1204.0, "USD million", "actual"),
             ("North America", 2023, 1486.0, "USD million", "actual"),
             ("North America", 2024, 1822.0, "USD million", "actual"),
             ("Europe", 2022, 563.0, "USD million", "actual"), ("Europe", 2023, 701.0, "USD million", "actual"),
             ("Europe", 2024, 874.0, "USD million", "actual"),
             ("Asia-Pacific", 2022, 788.0, "USD million", "actual"),
             ("Asia-Pacific", 2023, 1032.0, "USD million", "actual"),
             ("Asia-Pacific", 2024, 1391.0, "USD million", "actual"),
             ("Rest of world", 2022, 131.0, "USD million", "actual"),
             ("Rest of world", 2023, 164.0, "USD million", "actual"),
             ("Rest of world", 2024, 213.0, "USD million", "actual"),
             ("Total", 2022, 2686.0, "USD million", "actual"), ("Total", 2023, 3383.0, "USD million", "actual"),
             ("Total", 2024, 4300.0, "USD million", "actual")],
        claims=[],
        # 1,204 + 563 + 788 + 131 = 2,686; 1,486 + 701 + 1,032 + 164 = 3,383; 1,822 + 874 + 1,391 + 213 = 4,300
        verdicts=[("hierarchy", "exact")]),
    dict(  # 38: a Traditional Chinese table in 億美元 whose parts miss the total by a rounding step
        text="全球AI語音複製市場規模（單位：億美元）\n"
             "區域\t2023年\t2024年\t2025年(預估)\n"
             "北美\t6.8\t9.1\t12.4\n"
             "歐洲\t3.7\t4.9\t6.6\n"
             "亞太\t3.9\t5.6\t8.2\n"
             "其他地區\t0.7\t1.0\t1.4\n"
             "合計\t15.0\t20.6\t28.7\n",
        obs=[("北美", 2023, 6.8, "USD 100 million", "actual"), ("北美", 2024, 9.1, "USD 100 million", "actual"),
             ("北美", 2025, 12.4, "USD 100 million", "estimate"),
             ("歐洲", 2023, 3.7, "USD 100 million", "actual"), ("歐洲", 2024, 4.9, "USD 100 million", "actual"),
             ("歐洲", 2025, 6.6, "USD 100 million", "estimate"),
             ("亞太", 2023, 3.9, "USD 100 million", "actual"), ("亞太", 2024, 5.6, "USD 100 million", "actual"),
             ("亞太", 2025, 8.2, "USD 100 million", "estimate"),
             ("其他地區", 2023, 0.7, "USD 100 million", "actual"), ("其他地區", 2024, 1.0, "USD 100 million", "actual"),
             ("其他地區", 2025, 1.4, "USD 100 million", "estimate"),
             ("合計", 2023, 15.0, "USD 100 million", "actual"), ("合計", 2024, 20.6, "USD 100 million", "actual"),
             ("合計", 2025, 28.7, "USD 100 million", "estimate")],
        claims=[],
        # 6.8 + 3.7 + 3.9 + 0.7 = 15.1, not 15.0; 9.1 + 4.9 + 5.6 + 1.0 = 20.6; 12.4 + 6.6 + 8.2 + 1.4 = 28.6, not
        # 28.7: four parts at +/- 0.05 each span 14.9 to 15.3 and 28.4 to 28.8, which hold the totals: rounding
        verdicts=[("hierarchy", "rounding")]),
    dict(  # 39: a CAGR column, each row's stated rate; one row's figures contradict its rate
        text="AI for science: market by application, US$ million\n"
             "| Application | 2024 | 2030F | CAGR 2024-30 |\n"
             "|---|---|---|---|\n"
             "| Drug discovery | 1,420 | 7,960 | 33.3% |\n"
             "| Materials discovery | 510 | 3,390 | 37.1% |\n"
             "| Climate and weather | 380 | 1,870 | 36.4% |\n"
             "| Total | 2,310 | 13,220 | 33.7% |\n",
        obs=[("Drug discovery", 2024, 1420.0, "USD million", "actual"),
             ("Drug discovery", 2030, 7960.0, "USD million", "estimate"),
             ("Materials discovery", 2024, 510.0, "USD million", "actual"),
             ("Materials discovery", 2030, 3390.0, "USD million", "estimate"),
             ("Climate and weather", 2024, 380.0, "USD million", "actual"),
             ("Climate and weather", 2030, 1870.0, "USD million", "estimate"),
             ("Total", 2024, 2310.0, "USD million", "actual"), ("Total", 2030, 13220.0, "USD million", "estimate")],
        claims=[("cagr", 33.3, "percent", 2024, 2030, None, "stated"),
                ("cagr", 37.1, "percent", 2024, 2030, None, "stated"),
                ("cagr", 36.4, "percent", 2024, 2030, None, "stated"),
                ("cagr", 33.7, "percent", 2024, 2030, None, "stated")],
        # (7960 / 1420) ** (1/6) - 1 = 33.28% -> 33.3%; (3390 / 510) ** (1/6) - 1 = 37.12% -> 37.1%;
        # (13220 / 2310) ** (1/6) - 1 = 33.74% -> 33.7%; but (1870 / 380) ** (1/6) - 1 = 30.42%, bounds
        # (1869.5 / 380.5) ** (1/6) - 1 = 30.39% to (1870.5 / 379.5) ** (1/6) - 1 = 30.45%: not 36.4%.
        # 1,420 + 510 + 380 = 2,310; 7,960 + 3,390 + 1,870 = 13,220
        verdicts=[("cagr", "exact"), ("cagr", "inconsistent"), ("hierarchy", "exact")]),
    dict(  # 40: a vertical Chinese table, years as rows, with a 同比增速 column and "—" cells
        text="2021-2027年中国AIGC营销市场规模及增速\n"
             "| 年份 | 市场规模（亿元） | 同比增速 |\n"
             "| --- | --- | --- |\n"
             "| 2021 | 38.2 | — |\n"
             "| 2022 | 61.5 | 61.0% |\n"
             "| 2023 | 108.6 | 76.6% |\n"
             "| 2024 | 240.0 | 121.0% |\n"
             "| 2025E | 412.6 | 71.9% |\n"
             "| 2027E | 905.0 | — |\n",
        obs=[("市场规模", 2021, 38.2, "CNY 100 million", "actual"), ("市场规模", 2022, 61.5, "CNY 100 million", "actual"),
             ("市场规模", 2023, 108.6, "CNY 100 million", "actual"), ("市场规模", 2024, 240.0, "CNY 100 million", "actual"),
             ("市场规模", 2025, 412.6, "CNY 100 million", "estimate"),
             ("市场规模", 2027, 905.0, "CNY 100 million", "estimate")],
        claims=[("growth", 61.0, "percent", 2021, 2022, 1.0), ("growth", 76.6, "percent", 2022, 2023, 1.0),
                ("growth", 121.0, "percent", 2023, 2024, 1.0), ("growth", 71.9, "percent", 2024, 2025, 1.0)],
        # 61.5 / 38.2 - 1 = 60.99% -> 61.0%; 108.6 / 61.5 - 1 = 76.59% -> 76.6%; 240.0 / 108.6 - 1 = 120.99% ->
        # 121.0%; 412.6 / 240.0 - 1 = 71.92% -> 71.9%
        verdicts=[("cagr|implied", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'The sector is worth £1.46 billion and is projected to contribute £4.9 billion a year',
    '• AI data labelling TAM: ~$4.1B (2024) → ~$9.6B (2027E)',
    'We size the opportunity at $2.6 billion',
    'a $19 billion TAM by 2030',
    'stood at 412.7 in 2024 (2019 = 100)',
    '$4.7B — global spend on AI coding assistants in 2024',
    'roughly $1.1 billion. Call it a billion',
    'A$3.2 billion (US$2.1 billion)',
    'two billion dollars',
    'half a trillion dollars',
    'slip 4 percentage points to 23%',
    'exceeded $2 billion for the first time',
    'up more than 40%',
    'fell short of',
    'raised its forecast',
    'from an earlier $24 billion',
    'respectively',
    'over 2024-2030',
    '成交额首次突破10亿元',
    '公司预计，到2027年行业规模将达到',
    '1-10月，全市算力租赁服务收入累计完成118.6亿元',
    '266億港元（約34.1億美元），按年上升23.1%',
    '2024至2030年间',
    '由此前的1,850亿元上调至2,380亿元',
    '| Total | 72.0 | 118.0 | 164.5 |',
    'Indicator\tUnit\t2023\t2024\t2025E',
    '| Q4 2024 | FY2024 |',
    '| CAGR 2024-2028E |',
    '| 12.3亿元 |',
    '1,204a',
)
#: the set's blind score, scored once before any rule was written for it: 128/196 figures, 33/46 rates, 30/40
#: verdicts, none false inconsistent (with the rules the twenty-first set's misses had brought, which it was written
#: after; before them: 128/196, 32/46, 30/40); 134/196 with the six figures of snippet 40 restated as its header's.
#: Then mended (cells that print their unit or a footnote letter, a header's first cell that names the rows, a year
#: six words after an amount, a by-the-numbers box, a table of shares only, two lists before "respectively", a
#: speaker's label, a column of units, a CAGR row under a table): 184/196, 41/46, 37/40, none false.
FLOORS = {"figures_found": 192, "rates_found": 43, "verdicts_right": 38}


if __name__ == "__main__":  # python tests/extract_checkset22.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
