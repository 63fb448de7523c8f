"""A fifty-fifth check set for the extractor, written blind: English long-form market news and features -- wire stories
under a city dateline with an analyst's quote, a business paper's feature that sets two forecasters' figures side by
side, a broker's range ("$80bn-$100bn"), hedged figures ("more than $1tn", "roughly $410bn", "nearly doubled", "roughly
a third"), a series that opens in trillions or in millions and goes on in billions, an earnings-season round-up where
companies' revenue stands beside the market a company sizes, an explainer in questions, an explainer's "By the numbers"
list, an op-ed under its byline, a correction ("An earlier version of this story gave ..."), pounds, euros and Hong Kong
dollars, and Australian, Canadian and Singapore dollars the unit table does not hold (one with its US-dollar equivalent
in brackets); Chinese financial features with an analyst's quote, two institutions' figures side by side, a range
(800亿至1,000亿元), a 更正说明, an earnings round-up (业绩季观察), a 数读 list, a 评论 column, a series that opens in 万亿元, a decline with
同比下降, amounts in 澳元; Traditional Chinese from a Hong Kong association (億港元 beside 新加坡元), a Taiwan statistics centre in
兆元 and 億元, a news agency's 電 and a Taiwan research house's 去年 and 今年; and tables (a "By the numbers" box as a two-column
pipe table and as aligned columns, league tables of regions with shares and a total in tabs, years as columns with a
growth row, years as rows in pipes, tabs and aligned columns, a lone "£m" column, a "CAGR 2024-27" column).

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too, wherever the table prints it), and in a vertical table, whose rows are years, to its value
column's header (a lone column headed by its unit only is the market's ``Total``). On an earnings call or at an investor
day, the total addressable market a company sizes is the market (``Total``). A second market named beside the first is
an item of its own name, never summed with the ``Total``. Each (item, year) is expected once, at its most precise
statement, in its printed unit, except that one series keeps one unit (the first its text prints): a later figure in
another scale of the same currency is expected converted to the series' unit; an approximate figure ("roughly",
"nearly", "some", 约, 近, 接近, 超过, 突破, 左右) is expected at its printed figure. When an article sets a second publisher's
figure for the same year beside the first publisher's, the first one (whose base, target and rate the text gives) is the
snippet's figure and the second is expected nowhere. A range gives two ``value`` claims for its year. Boilerplate
figures (datelines, report and table numbers, a report's title years, issue numbers, list and note numbers, headcounts,
counts of firms and respondents, ages, a price target and its upside) are expected nowhere; so are a quarter's figure
beside yearly ones, percentage points, a company's own revenue, orders, share target or margin, a share given only as a
fraction in words ("about a quarter of", 约占四成, 占比超过一半), and a percentage that is no share of the market (a margin, a
penetration rate, a survey's answer). An amount in a currency the bundled unit table holds (yen, New Taiwan dollars,
Hong Kong dollars) is the year's observation in that currency (¥ billion ``JPY billion``, 新台幣億元 ``TWD 100 million``, 億港元
``HKD 100 million``, "HK$486 million" ``HKD million``) and its rates get their verdicts from its own amounts; an amount
in a currency the table does not hold (won, rupees, riyals) is no observation. A fiscal year counts as its number
(fiscal 2024, FY2025e -> 2024, 2025). "Last year" / 去年 is the year before the dateline's, "this year" / 今年 / "by
year-end" the dateline's, and a figure of it an ``estimate`` (the year is not over), "next year" / 明年 the year after. A
share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its amounts give it
(its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a
decline is a negative rate; a multiple between two years carries their distance ("2.5x" as x2.5, "more than fivefold" as
x5, and "增长N倍" keeps its printed N as the multiple's value: 较2021年增长3倍 is x3) and gets no verdict. The base of a
forecast is ``actual``; a figure a forecast cue or a target governs (expects, is on track to, forecast, 预计, 預估, 有望), an
E, e, F or P column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them. A wire story's "more than $1tn in 2028" opens its series in USD trillion, so
"roughly $410bn last year" and "about $560bn ... this year" are expected converted, 0.41 and 0.56, under the dateline's
year (2024 ``actual``, 2025 ``estimate``), and "roughly a third of this year's outlay" is a fraction in words. A
feature's first forecaster ("Brackenridge Research puts the market at $3.6bn in 2024 and expects it to reach $13.1bn by
2030, a compound annual growth rate of 24.0%") gives the snippet's figures and an ``inferred`` rate, and the second's
"$2.9bn for 2024 and $8.4bn for 2030" is expected nowhere. A broker's "worth roughly $14bn in 2024, could be worth
$80bn-$100bn by 2032" is an approximate base and two ``value`` claims for 2032, and "roughly a third of last year's
chips" nowhere. In an earnings round-up the total addressable market Halvard sizes ("$46bn in 2027, from $19bn in 2024,
a compound rate of roughly 34%") is the ``Total`` with an ``inferred`` rate, while the third-quarter revenue and its
31%, a rival's revenue and margin target and a Sydney company's "A$412m" are expected nowhere. An explainer in questions
gives Tolland's "$48.7bn in 2024 ... $183.2bn in 2028, growth of 39.3% a year" (``inferred``), Quill's "$41bn for 2024"
nowhere and "Roughly a third of 2024 sales" nowhere. An op-ed under "By Harriet Oakes, 2 September 2025" gives "a £1.2bn
business last year" as 2024's figure, "£3.4bn by 2029" and "growth of 23% a year" (``inferred``), and the writer's 40
staff nowhere. A story with a correction gives "grew 18.5% to €3.2bn in 2024 from €2.7bn in 2023", a share of 2024
spending whose part is not printed and "pass €6bn by 2028" an approximate ``estimate``; the misstated "€7.2bn" of "An
earlier version of this story gave the 2023 figure as" is expected nowhere. "Nearly doubled in two years, to £2.9bn in
2024 from £1.5bn in 2022" is x2 over 2022-2024, the survey's year and the firms it covered boilerplate, and "£3.4bn this
year" an ``estimate``. A Paris wire's "rose 14.2% last year to €1.46bn from €1.21bn in 2023" is a rate its amounts
contradict. Hong Kong's "HK$3.8bn ... last year, up 22% from HK$3.1bn in 2023" is HKD billion with a rate reached only
at the rounding of its amounts, "about S$1.1bn" no observation and "HK$4.6bn this year" an ``estimate``. A Sydney
story's "A$2.3bn (US$1.5bn) ... in 2024" is expected only in its US-dollar form, "A$5.1bn by 2029" nowhere and "58% of
2024 spending" a share. "£640m in 2024, up from £455m a year earlier, an increase of 40.7%" opens the series in GBP
million, so "£1.1bn by 2027" is expected as 1100. "Fell 7.8% last year to $9.4bn, from $10.2bn in 2023" is a negative
rate with both its amounts, the fourth quarter's "$2.9bn" nowhere and "to about $9.9bn" this year's ``estimate``. A
column's "from $38bn this year to $150bn in 2030 ... a 2025-30 CAGR of 33.9%" is a ``stated`` rate its amounts
contradict, both figures ``estimate``. An explainer's "By the numbers" list in lines that open on the figure ("-
$27.4bn: global spending ... in 2024", "- 26%: average annual growth, 2024-29", "- 41%: North America's share of 2024
spending") gives a base, a forecast, a ``stated`` rate and a share. "Some $4.9bn in 2024 ... $15.6bn by 2030, a compound
annual rate of 21.5% between 2024 and 2030" is ``stated`` and reached only at the rounding of its amounts, and "about
C$620m of that spending" no observation.

In Chinese: a feature's 约为36.5亿元 and 突破200亿元 are 2024's and 2027's figures and 年均复合增长率超过76% an ``inferred`` rate, the
analyst's quote without a figure; 灼见研究预计2025年将达到312亿元，较2024年的241亿元增长29.5% is the snippet's figure with its rate and the
second institution's 286亿元 is expected nowhere; 约为215亿元 is 2024's approximate figure, 约三分之一 a fraction in words and
800亿至1,000亿元 two ``value`` claims for 2030; 较2023年的18.9亿元增长30.2% has its base and the 更正说明's 2.46亿元 is expected nowhere;
an earnings round-up's 国内AI算力租赁市场规模2024年约为480亿元，预计2026年将超过1,100亿元 gives the market, while a company's 上半年 revenue, its
同比增长142% and another's 毛利率 are expected nowhere; a 数读 list in ● lines gives 2024 and 2027 with 同比增长 (its base not
printed) and a ``stated`` 2024-2027年复合增长率; a regional report's 其中，中国为41.2亿美元，占42.6% is a part with its share and 约为18亿澳元
no observation; a 评论 column's 比上年的61.5亿元增长45.8% is contradicted by its amounts and 今年有望突破120亿元 an ``estimate``; 超过1.7万亿元
opens its series in CNY trillion, so 约5,800亿元 is expected as 0.58, with an ``inferred`` 年均复合增长约19.6%; and
同比下降9.6%，2023年为15.8亿元 is a decline reached only at the rounding of its amounts. In Traditional Chinese a Hong Kong
association's 去年……52億港元，較2023年的41億港元增長約27% gives both years in HKD 100 million, 約三分之一 a fraction in words, 約為15億新加坡元 no
observation and 今年開支將增至63億港元 an ``estimate``; a Taiwan statistics centre's 新台幣1.82兆元 opens its series in TWD trillion,
so 前年的9,640億元 is 2023's figure expected as 0.964 and 突破2.3兆元 this year's ``estimate``; a news agency's
今年……預估達412億美元，年增23.7% is 2025's ``estimate`` (its base not printed) and 2026年預料再增22.6%，來到505億美元 2026's with its verdict;
and a research house's 去年為新台幣481億元，今年可望成長至612億元，年增約27% gives 2024 and 2025 with their rate, 占比約四成 a fraction in words.

In tables: a "BY THE NUMBERS" box as a headerless two-column pipe table whose cells carry their unit ("£3.1bn") gives
each sector its 2024 figure (the year from the title) and adds to its "All sectors" row; a tab-separated league table of
regions with a "Revenue ($bn)" and a "Share" column gives each region its share with an ``arithmetic`` verdict (one,
Europe's, contradicted by its amounts), its Total the whole and its 100% no claim; an aligned table of years as columns
in "(¥bn)" gives ``Sales`` its figures (2025F an ``estimate``) and its "Growth (%)" row each year's rate; a pipe table
of years as rows in "(€m)" whose columns are "Cloud", "On-premises" and "Total" gives each column its figures (the "2025
(forecast)" row ``estimate``) and adds up; a Chinese pipe table of years as columns (2025年E) gives ``市场规模`` its figures
and its 同比增速 row each year's rate (the last contradicted by them); a Chinese tab-separated league table of 区域 with
投资额（亿元） and 占比 gives each region its share (``arithmetic``) and its 合计, which the rows miss by 0.1, a ``hierarchy``
verdict reached only at the rounding, its 表 number boilerplate; a Traditional Chinese aligned table of years as rows
under 單位：億港元 gives ``開支`` each year (2025(預測) an ``estimate``) and its 年增率 column each year's rate (one reached only at
the rounding); a tab-separated table in "($m)" with 2025F and 2027F columns and a "CAGR 2024-27" column gives each
application its ``stated`` rate over 2024-2027 and its Total the whole; a "BY THE NUMBERS" box in aligned columns under
"2024 ($bn)" adds to its Total; and a pipe table of years as rows whose lone value column is headed "£m" gives the
``Total`` each year (2025e an ``estimate``) and its "y/y" column each year's rate. Markets vary (AI data-centre
infrastructure, AI-driven drug discovery, automotive AI processors, AI networking gear, AI PCs, AI tutoring in Britain,
AI-based credit scoring in Europe, AI cyber defence in the UK, AI-enabled industrial robots in France, banks' AI systems
in Hong Kong, AI in Australian mining, legal AI in Britain, smart speakers with on-device AI, AI inference chips, AI in
retail, AI in farming, AI眼镜, 智能座舱AI软件, AI医学影像, AI工业质检软件, 銀行業人工智能系統, AI伺服器代工, AI資料中心電力設備, AI算力租赁, AI客服软件, AI教育, 具身智能,
人工智能产业, AI影像辨識, 消费级AI翻译机, AI spending by UK sector, cloud AI platforms, AI contact-centre software in Japan, German
enterprise AI software, AI数字人, 智算中心, 智慧零售AI方案, AI video analytics, AI in logistics, AI-assisted recruitment software in
the UK); publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset55.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a wire story: "more than $1tn in 2028" opens the series in USD trillion, so "roughly $410bn last year" and
    #    "about $560bn ... this year" are expected converted; an analyst's quote; "roughly a third" nowhere
    dict(
        text=(
            "LONDON, 14 October 2025 (Harbour Wire) — Global spending on AI data-centre infrastructure will reach "
            "more than $1tn in 2028, up from roughly $410bn last year, consultancy Fairbairn Partners said on "
            "Tuesday. The firm expects about $560bn to be spent this year. \"Nothing in the order books points to a "
            "pause,\" said Ines Kowalczyk, an analyst at Fairbairn, adding that roughly a third of this year's outlay "
            "would go on power and cooling."
        ),
        obs=[
            ("Total", 2028, 1, "USD trillion", "estimate"),
            ("Total", 2024, 0.41, "USD trillion", "actual"),
            ("Total", 2025, 0.56, "USD trillion", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 2. a feature that sets two forecasters side by side: the first's figures and rate, the second's nowhere
    dict(
        text=(
            "Forecasters cannot agree on how big AI-driven drug discovery will get. Brackenridge Research puts the "
            "market at $3.6bn in 2024 and expects it to reach $13.1bn by 2030, a compound annual growth rate of "
            "24.0%. Orrin Analytics, which leaves out contract research, has $2.9bn for 2024 and $8.4bn for 2030. "
            "\"The definitions do most of the work,\" said Tomas Ferrer, a partner at Orrin."
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2030, 13.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.0, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (13.1 / 3.6) ** (1 / 6) - 1 = 24.021% -> 24.0 (bounds 23.657-24.389)
        ],
    ),
    # 3. a broker's range "$80bn-$100bn by 2032" (two value claims), "roughly $14bn in 2024"; "roughly a third" nowhere
    dict(
        text=(
            "Pennock Securities reckons the market for automotive AI processors, worth roughly $14bn in 2024, could "
            "be worth $80bn-$100bn by 2032 as driver-assistance features spread to cheaper models. Chinese carmakers "
            "bought roughly a third of last year's chips, the broker said in a note dated 3 June 2025."
        ),
        obs=[("Total", 2024, 14, "USD billion", "actual")],
        claims=[
            ("value", 80, "USD billion", 2032, 2032, None),
            ("value", 100, "USD billion", 2032, 2032, None),
        ],
        verdicts=[],
    ),
    # 4. an earnings-season round-up: the TAM a company sizes is the Total; quarterly revenue, its growth, a rival's
    #    revenue and margin target and an A$ figure nowhere
    dict(
        text=(
            "Earnings round-up, 30 October 2025\n"
            "Halvard Networks beat forecasts with third-quarter revenue of $4.2bn, up 31% from a year earlier, and "
            "raised its view of its market: it now sizes the total addressable market for AI networking gear at "
            "$46bn in 2027, from $19bn in 2024, a compound rate of roughly 34%. Rival Sorensen Optics reported revenue "
            "of $1.1bn and kept its gross-margin target of 62%. In Sydney, Korrin Data posted sales of A$412m."
        ),
        obs=[
            ("Total", 2027, 46, "USD billion", "estimate"),
            ("Total", 2024, 19, "USD billion", "actual"),
        ],
        claims=[("cagr", 34, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (46 / 19) ** (1 / 3) - 1 = 34.277% -> 34 (bounds 32.635-35.965)
        ],
    ),
    # 5. an explainer in questions: the first tracker's figures and "growth of 39.3% a year" (inferred); a rival
    #    tracker's figure for the same year and a fraction in words nowhere
    dict(
        text=(
            "Explainer: what is an AI PC, and why does it matter?\n"
            "How big is the market?\n"
            "Tolland Insights estimates that AI PC sales were worth $48.7bn in 2024 and will reach $183.2bn in 2028, "
            "growth of 39.3% a year. Quill Data, a rival tracker, has a lower $41bn for 2024.\n"
            "Who is buying?\n"
            "Mostly companies replacing laptops bought during the pandemic. Roughly a third of 2024 sales went to "
            "schools and governments."
        ),
        obs=[
            ("Total", 2024, 48.7, "USD billion", "actual"),
            ("Total", 2028, 183.2, "USD billion", "estimate"),
        ],
        claims=[("cagr", 39.3, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (183.2 / 48.7) ** (1 / 4) - 1 = 39.267% -> 39.3 (bounds 39.222-39.313)
        ],
    ),
    # 6. an op-ed under its byline: "a £1.2bn business last year" (2024), "growth of 23% a year" (inferred); staff
    #    nowhere
    dict(
        text=(
            "Opinion: Britain's AI tutoring boom is smaller than it looks\n"
            "By Harriet Oakes, 2 September 2025\n"
            "Boosters like to say that AI tutoring in Britain was a £1.2bn business last year. The number comes from "
            "the Learning Technology Council, whose forecast of £3.4bn by 2029 assumes growth of 23% a year, every "
            "year. I run a tutoring agency with 40 staff, and I have yet to see it."
        ),
        obs=[
            ("Total", 2024, 1.2, "GBP billion", "actual"),
            ("Total", 2029, 3.4, "GBP billion", "estimate"),
        ],
        claims=[("cagr", 23, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (3.4 / 1.2) ** (1 / 5) - 1 = 23.157% -> 23 (bounds 21.794-24.573)
        ],
    ),
    # 7. a story with a correction: the misstated "€7.2bn" nowhere; a share whose part is not printed; "pass €6bn"
    dict(
        text=(
            "Europe's market for AI-based credit scoring grew 18.5% to €3.2bn in 2024 from €2.7bn in 2023, according "
            "to Vantmoor Research, which expects it to pass €6bn by 2028. Lenders in Germany and the Nordic countries "
            "accounted for 44% of 2024 spending.\n"
            "Correction, 12 May 2025: An earlier version of this story gave the 2023 figure as €7.2bn. It was €2.7bn."
        ),
        obs=[
            ("Total", 2024, 3.2, "EUR billion", "actual"),
            ("Total", 2023, 2.7, "EUR billion", "actual"),
            ("Total", 2028, 6, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.2 / 2.7 - 1 = 18.519% -> 18.5
        ],
    ),
    # 8. "nearly doubled in two years" (x2 over 2022-2024); the survey's year and its firms nowhere; this year an
    #    estimate
    dict(
        text=(
            "MANCHESTER, 26 February 2025 — UK companies' spending on AI-driven cyber defence nearly doubled in two "
            "years, to £2.9bn in 2024 from £1.5bn in 2022, according to the Westgate Security Forum. \"Boards now "
            "treat it as insurance,\" said Daniel Mbeki, the forum's chief economist. The forum, whose 2025 survey "
            "covered 1,200 firms, expects £3.4bn this year."
        ),
        obs=[
            ("Total", 2024, 2.9, "GBP billion", "actual"),
            ("Total", 2022, 1.5, "GBP billion", "actual"),
            ("Total", 2025, 3.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 2.9 / 1.5 = 1.93: nearly doubled
        ],
        verdicts=[],
    ),
    # 9. a Paris wire: "rose 14.2% last year to ... from ... in 2023", a rate its amounts contradict
    dict(
        text=(
            "PARIS, 19 March 2025 — French sales of AI-enabled industrial robots rose 14.2% last year to €1.46bn from "
            "€1.21bn in 2023, the trade body Robotique France said on Wednesday. It expects sales of about €1.7bn "
            "this year, helped by carmakers retooling their plants."
        ),
        obs=[
            ("Total", 2024, 1.46, "EUR billion", "actual"),
            ("Total", 2023, 1.21, "EUR billion", "actual"),
            ("Total", 2025, 1.7, "EUR billion", "estimate"),
        ],
        claims=[("growth", 14.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.46 / 1.21 - 1 = 20.661%; bounds (1.455 / 1.215) -> 19.753%, (1.465 / 1.205) -> 21.577%:
            # 14.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Hong Kong dollars in billions: a rate reached only at the rounding; Singapore dollars no observation
    dict(
        text=(
            "HONG KONG, 11 June 2025 — Hong Kong lenders spent HK$3.8bn on AI systems last year, up 22% from HK$3.1bn "
            "in 2023, the Hong Kong Fintech Circle said in its annual review. Banks in Singapore spent about S$1.1bn "
            "over the same period, it added. The circle expects Hong Kong's figure to reach HK$4.6bn this year."
        ),
        obs=[
            ("Total", 2024, 3.8, "HKD billion", "actual"),
            ("Total", 2023, 3.1, "HKD billion", "actual"),
            ("Total", 2025, 4.6, "HKD billion", "estimate"),
        ],
        claims=[("growth", 22, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 3.8 / 3.1 - 1 = 22.581%, not 22 +- 0.5; bounds (3.75 / 3.15) -> 19.048%, (3.85 / 3.05) -> 26.230%:
            # 22 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. a Sydney story: "A$2.3bn (US$1.5bn)" expected only in US dollars; "A$5.1bn by 2029" nowhere; a share of 2024
    dict(
        text=(
            "SYDNEY, 4 August 2025 — Australian miners spent A$2.3bn (US$1.5bn) on AI tools for exploration and "
            "haulage in 2024, and the outlay could reach A$5.1bn by 2029, the consultancy Redgum Advisory said. "
            "Iron-ore producers accounted for 58% of 2024 spending."
        ),
        obs=[("Total", 2024, 1.5, "USD billion", "actual")],
        claims=[("share", 58, "percent", 2024, 2024, None)],
        verdicts=[],
    ),
    # 12. "£640m" opens the series in GBP million, so "£1.1bn by 2027" is expected as 1100; "a year earlier" is 2023
    dict(
        text=(
            "Britain's legal-AI market brought in £640m in 2024, up from £455m a year earlier, an increase of 40.7%, "
            "says Inkwell Analytics, a research house in Chancery Lane. It forecasts £1.1bn by 2027. \"Firms that "
            "waited are now buying,\" said Anjali Rao, Inkwell's head of research."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2023, 455, "GBP million", "actual"),
            ("Total", 2027, 1100, "GBP million", "estimate"),
        ],
        claims=[("growth", 40.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 640 / 455 - 1 = 40.659% -> 40.7
        ],
    ),
    # 13. a tracker's decline "fell 7.8% last year to ..., from ... in 2023"; the fourth quarter nowhere; this year
    dict(
        text=(
            "Global sales of smart speakers with on-device AI fell 7.8% last year to $9.4bn, from $10.2bn in 2023, "
            "the market tracker Corvid Research said on 20 February 2025. Fourth-quarter sales alone came to $2.9bn. "
            "Corvid expects a return to growth this year, to about $9.9bn."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2023, 10.2, "USD billion", "actual"),
            ("Total", 2025, 9.9, "USD billion", "estimate"),
        ],
        claims=[("growth", -7.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.4 / 10.2 - 1 = -7.843% -> -7.8
        ],
    ),
    # 14. a column: "from $38bn this year to $150bn in 2030 ... a 2025-30 CAGR of 33.9%", a stated rate contradicted
    dict(
        text=(
            "The Lombard column, 8 May 2025\n"
            "The market for AI inference chips will grow from $38bn this year to $150bn in 2030, reckons Arbuthnot "
            "Capital: a 2025-30 CAGR of 33.9%. If that is right, inference will overtake training as the larger "
            "business well before the decade is out. Investors have heard such promises before."
        ),
        obs=[
            ("Total", 2025, 38, "USD billion", "estimate"),
            ("Total", 2030, 150, "USD billion", "estimate"),
        ],
        claims=[("cagr", 33.9, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            # (150 / 38) ** (1 / 5) - 1 = 31.602%; bounds (149.5 / 38.5) -> 31.170%, (150.5 / 37.5) -> 32.039%:
            # 33.9 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 15. an explainer's "By the numbers" list, each line opening on its figure: a base, a forecast, a stated rate and
    #     a share
    dict(
        text=(
            "Explainer: AI in retail\n"
            "By the numbers\n"
            "- $27.4bn: global spending on AI by retailers in 2024\n"
            "- $86.9bn: the forecast for 2029, from Marlow Retail Insight\n"
            "- 26%: average annual growth, 2024-29\n"
            "- 41%: North America's share of 2024 spending"
        ),
        obs=[
            ("Total", 2024, 27.4, "USD billion", "actual"),
            ("Total", 2029, 86.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (86.9 / 27.4) ** (1 / 5) - 1 = 25.966% -> 26 (bounds 25.906-26.027)
        ],
    ),
    # 16. "some $4.9bn", "a compound annual rate of 21.5% between 2024 and 2030" (stated), reached only at the
    #     rounding; a C$ part no observation
    dict(
        text=(
            "Global spending on AI for farming reached some $4.9bn in 2024 and will climb to $15.6bn by 2030, a "
            "compound annual rate of 21.5% between 2024 and 2030, Fieldstone Research estimates. \"Growers buy when "
            "the payback comes within one season,\" said Marta Quiroga, a Fieldstone analyst. Canadian farms "
            "accounted for about C$620m of that spending."
        ),
        obs=[
            ("Total", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2030, 15.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 21.5, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (15.6 / 4.9) ** (1 / 6) - 1 = 21.289%, not 21.5 +- 0.05; bounds (15.55 / 4.95) -> 21.019%,
            # (15.65 / 4.85) -> 21.561%: 21.5 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a financial feature: 约为 (2024), 突破 (2027, approximate), 年均复合增长率超过76% (inferred); a quote without figures
    dict(
        text=(
            "（2025年8月20日）记者从多家券商获悉，AI眼镜正成为消费电子的新增长点。据浩川咨询测算，2024年中国AI眼镜市场规模约为"
            "36.5亿元，预计到2027年将突破200亿元，年均复合增长率超过76%。“明年会是放量之年。”一位券商分析师对记者说。"
        ),
        obs=[
            ("Total", 2024, 36.5, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 76, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (200 / 36.5) ** (1 / 3) - 1 = 76.297% -> 76 (bounds 76.070-76.525)
        ],
    ),
    # 18. two institutions side by side: the first's 2025 figure with its base and rate, the second's 286亿元 nowhere
    dict(
        text=(
            "对于2025年中国智能座舱AI软件市场的规模，机构之间分歧不小。灼见研究预计2025年将达到312亿元，较2024年的241亿元增长"
            "29.5%；云帆咨询给出的数字则为286亿元。"
        ),
        obs=[
            ("Total", 2025, 312, "CNY 100 million", "estimate"),
            ("Total", 2024, 241, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 29.5, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 312 / 241 - 1 = 29.461% -> 29.5
        ],
    ),
    # 19. a range 800亿至1,000亿元 (two value claims for 2030); 约三分之一 a fraction in words nowhere
    dict(
        text=(
            "（2025年4月16日）多位业内人士认为，国内AI医学影像市场仍处在早期。据沐川研究统计，2024年市场规模约为215亿元，其中"
            "约三分之一来自三级医院；到2030年，市场规模有望达到800亿至1,000亿元。"
        ),
        obs=[("Total", 2024, 215, "CNY 100 million", "actual")],
        claims=[
            ("value", 800, "CNY 100 million", 2030, 2030, None),
            ("value", 1000, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 20. a 更正说明: the misprinted 2.46亿元 nowhere; 较2023年的……增长 a rate with its base
    dict(
        text=(
            "2024年国内AI工业质检软件市场规模为24.6亿元，较2023年的18.9亿元增长30.2%，鼎衡咨询预计2026年将达到41.5亿元。\n"
            "更正说明：本文初版将2024年市场规模误写为2.46亿元，现已更正。"
        ),
        obs=[
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("Total", 2023, 18.9, "CNY 100 million", "actual"),
            ("Total", 2026, 41.5, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 30.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.6 / 18.9 - 1 = 30.159% -> 30.2
        ],
    ),
    # 21. an earnings round-up (业绩季观察): the market a company sizes; its 上半年 revenue, growth and another's margin nowhere
    dict(
        text=(
            "【业绩季观察】（2025年8月29日）算力租赁公司半年报陆续披露。其中，云栈科技上半年实现营业收入18.6亿元，同比增长142%；"
            "公司在业绩说明会上表示，国内AI算力租赁市场规模2024年约为480亿元，预计2026年将超过1,100亿元。另一家公司星衍数据"
            "上半年营收7.3亿元，毛利率为38.5%。"
        ),
        obs=[
            ("Total", 2024, 480, "CNY 100 million", "actual"),
            ("Total", 2026, 1100, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 22. a 数读 list in ● lines: 同比增长 without its base, a stated 2024-2027年复合增长率
    dict(
        text=(
            "【数读】中国AI客服软件市场\n"
            "● 2024年市场规模：132.4亿元\n"
            "● 同比增长：38.4%\n"
            "● 2027年预测规模：305.0亿元\n"
            "● 2024-2027年复合增长率：32.1%\n"
            "资料来源：弘睿研究"
        ),
        obs=[
            ("Total", 2024, 132.4, "CNY 100 million", "actual"),
            ("Total", 2027, 305.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.4, "percent", 2023, 2024, 1.0),
            ("cagr", 32.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (305.0 / 132.4) ** (1 / 3) - 1 = 32.070% -> 32.1 (bounds 32.046-32.094)
        ],
    ),
    # 23. a regional report: 其中，中国为……，占…… (a part with its share), 澳元 no observation
    dict(
        text=(
            "（2025年10月9日）研究机构远瞻智库发布报告称，2024年亚太地区AI教育市场规模为96.8亿美元，预计2029年达到254.3亿美元，"
            "2024-2029年复合增长率为21.3%。其中，中国为41.2亿美元，占42.6%；澳大利亚约为18亿澳元。"
        ),
        obs=[
            ("Total", 2024, 96.8, "USD 100 million", "actual"),
            ("Total", 2029, 254.3, "USD 100 million", "estimate"),
            ("中国", 2024, 41.2, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
            ("share", 42.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (254.3 / 96.8) ** (1 / 5) - 1 = 21.309% -> 21.3 (bounds 21.292-21.327)
            ("arithmetic", "exact"),  # 41.2 / 96.8 = 42.562% -> 42.6
        ],
    ),
    # 24. a 评论 column: 比上年的……增长45.8%, a rate its amounts contradict; 今年有望突破 an estimate
    dict(
        text=(
            "【评论】具身智能不宜一哄而上\n"
            "（2025年7月15日）有机构测算，2024年我国具身智能市场规模为86.3亿元，比上年的61.5亿元增长45.8%，今年有望突破120亿元。"
            "热度之下，地方更需要冷静算账。"
        ),
        obs=[
            ("Total", 2024, 86.3, "CNY 100 million", "actual"),
            ("Total", 2023, 61.5, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 45.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 86.3 / 61.5 - 1 = 40.325%; bounds (86.25 / 61.55) -> 40.130%, (86.35 / 61.45) -> 40.521%:
            # 45.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. 超过1.7万亿元 opens the series in CNY trillion, so 约5,800亿元 is expected as 0.58; 年均复合增长约19.6% (inferred)
    dict(
        text=(
            "（2025年11月3日）瀚海研究院在报告中预计，到2030年我国人工智能产业规模将超过1.7万亿元，较2024年的约5,800亿元年均复合"
            "增长约19.6%。"
        ),
        obs=[
            ("Total", 2030, 1.7, "CNY trillion", "estimate"),
            ("Total", 2024, 0.58, "CNY trillion", "actual"),
        ],
        claims=[("cagr", 19.6, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (1.7 / 0.58) ** (1 / 6) - 1 = 19.629% -> 19.6 (bounds, 1.7 +- 0.05 and 5,800 +- 0.5: 18.865-20.382)
            ("cagr|period", "exact"),
        ],
    ),
    # 26. 同比下降9.6%，2023年为…… : a decline reached only at the rounding of its amounts
    dict(
        text=(
            "（2025年2月12日）据声纪咨询统计，受手机自带翻译功能冲击，2024年我国消费级AI翻译机市场销售额为14.2亿元，同比下降9.6%，"
            "2023年为15.8亿元。"
        ),
        obs=[
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2023, 15.8, "CNY 100 million", "actual"),
        ],
        claims=[("growth", -9.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 14.2 / 15.8 - 1 = -10.127%, not -9.6 +- 0.05; bounds (14.15 / 15.85) -> -10.726%, (14.25 / 15.75) ->
            # -9.524%: -9.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. a Hong Kong association in Traditional Chinese: 去年……億港元，較2023年的……增長約27%; 新加坡元 and 約三分之一 nowhere
    dict(
        text=(
            "（2025年5月22日）香港金融科技協會發表報告指出，去年本港銀行業在人工智能系統上的開支達52億港元，較2023年的41億港元增長"
            "約27%，其中約三分之一用於反洗錢。新加坡同類開支約為15億新加坡元。協會預計今年開支將增至63億港元。"
        ),
        obs=[
            ("Total", 2024, 52, "HKD 100 million", "actual"),
            ("Total", 2023, 41, "HKD 100 million", "actual"),
            ("Total", 2025, 63, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 27, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 52 / 41 - 1 = 26.829% -> 27 (bounds 24.096-29.630)
        ],
    ),
    # 28. a Taiwan statistics centre in Traditional Chinese: 新台幣1.82兆元 opens the series in TWD trillion, so 前年的9,640億元
    #     is 2023's figure expected as 0.964; 突破2.3兆元 this year's estimate
    dict(
        text=(
            "（2025年3月10日）臺灣電子產業統計中心指出，去年我國AI伺服器代工產值達新台幣1.82兆元，較前年的9,640億元成長88.8%，"
            "創歷史新高；預估今年產值將突破2.3兆元。"
        ),
        obs=[
            ("Total", 2024, 1.82, "TWD trillion", "actual"),
            ("Total", 2023, 0.964, "TWD trillion", "actual"),
            ("Total", 2025, 2.3, "TWD trillion", "estimate"),
        ],
        claims=[("growth", 88.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.82 / 0.964 - 1 = 88.797% -> 88.8 (bounds 88.180-89.414)
        ],
    ),
    # 29. a news agency's 電 in Traditional Chinese: 今年……預估達……，年增23.7% (no base), 2026年預料再增22.6%，來到……
    dict(
        text=(
            "（晨星社記者台北2025年9月2日電）研調機構晶衡顧問今天表示，今年全球AI資料中心電力設備市場規模預估達412億美元，"
            "年增23.7%；2026年預料再增22.6%，來到505億美元。"
        ),
        obs=[
            ("Total", 2025, 412, "USD 100 million", "estimate"),
            ("Total", 2026, 505, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2024, 2025, 1.0),
            ("growth", 22.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 505 / 412 - 1 = 22.573% -> 22.6
        ],
    ),
    # 30. a Taiwan research house in Traditional Chinese: 去年為……，今年可望成長至……，年增約27%; 占比約四成 nowhere
    dict(
        text=(
            "（2025年7月18日）研究機構宏碩產研指出，國內AI影像辨識產值去年為新台幣481億元，今年可望成長至612億元，年增約27%；"
            "其中安控應用占比約四成。"
        ),
        obs=[
            ("Total", 2024, 481, "TWD 100 million", "actual"),
            ("Total", 2025, 612, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 27, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 481 - 1 = 27.235% -> 27 (bounds 26.999-27.471)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a "BY THE NUMBERS" box as a headerless two-column pipe table, each cell with its unit; the year from the title
    dict(
        text=(
            "BY THE NUMBERS: where UK firms spent on AI in 2024\n"
            "| Financial services | £3.1bn |\n"
            "| Retail | £1.4bn |\n"
            "| Health | £0.9bn |\n"
            "| Other sectors | £1.4bn |\n"
            "| All sectors | £6.8bn |\n"
            "Source: Thameside Economics"
        ),
        obs=[
            ("Financial services", 2024, 3.1, "GBP billion", "actual"),
            ("Retail", 2024, 1.4, "GBP billion", "actual"),
            ("Health", 2024, 0.9, "GBP billion", "actual"),
            ("Other sectors", 2024, 1.4, "GBP billion", "actual"),
            ("All sectors", 2024, 6.8, "GBP billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 3.1 + 1.4 + 0.9 + 1.4 = 6.8
        ],
    ),
    # 32. a tab-separated league table of regions with a share column and a total; Europe's share contradicted
    dict(
        text=(
            "Cloud AI platform revenue by region, 2024\n"
            "Region\tRevenue ($bn)\tShare\n"
            "North America\t38.6\t47.1%\n"
            "Europe\t19.2\t24.3%\n"
            "Asia-Pacific\t17.9\t21.8%\n"
            "Rest of world\t6.3\t7.7%\n"
            "Total\t82.0\t100%"
        ),
        obs=[
            ("North America", 2024, 38.6, "USD billion", "actual"),
            ("Europe", 2024, 19.2, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 17.9, "USD billion", "actual"),
            ("Rest of world", 2024, 6.3, "USD billion", "actual"),
            ("Total", 2024, 82.0, "USD billion", "actual"),
        ],
        claims=[
            ("share", 47.1, "percent", 2024, 2024, None),
            ("share", 24.3, "percent", 2024, 2024, None),
            ("share", 21.8, "percent", 2024, 2024, None),
            ("share", 7.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 82.0 = 47.073% -> 47.1
            # 19.2 / 82.0 = 23.415%; bounds (19.15 / 82.05) -> 23.339%, (19.25 / 81.95) -> 23.490%: 24.3 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 17.9 / 82.0 = 21.829% -> 21.8
            ("arithmetic", "exact"),  # 6.3 / 82.0 = 7.683% -> 7.7
            ("hierarchy", "exact"),  # 38.6 + 19.2 + 17.9 + 6.3 = 82.0
        ],
    ),
    # 33. an aligned table of years as columns in "(¥bn)" with a "Growth (%)" row; 2025F an estimate
    dict(
        text=(
            "Japan: AI contact-centre software sales (¥bn)\n"
            "                2022     2023     2024    2025F\n"
            "Sales           84.6    103.2    127.9    154.0\n"
            "Growth (%)         —     22.0     23.9     20.4\n"
            "F = forecast"
        ),
        obs=[
            ("Sales", 2022, 84.6, "JPY billion", "actual"),
            ("Sales", 2023, 103.2, "JPY billion", "actual"),
            ("Sales", 2024, 127.9, "JPY billion", "actual"),
            ("Sales", 2025, 154.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2022, 2023, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 103.2 / 84.6 - 1 = 21.986% -> 22.0
            ("cagr|implied", "exact"),  # 127.9 / 103.2 - 1 = 23.934% -> 23.9
            ("cagr|implied", "exact"),  # 154.0 / 127.9 - 1 = 20.407% -> 20.4
        ],
    ),
    # 34. a pipe table of years as rows in "(€m)": Cloud, On-premises and Total columns; "2025 (forecast)" an estimate
    dict(
        text=(
            "German enterprise AI software spending (€m)\n"
            "| Year | Cloud | On-premises | Total |\n"
            "|---|---|---|---|\n"
            "| 2022 | 1,284 | 962 | 2,246 |\n"
            "| 2023 | 1,731 | 1,018 | 2,749 |\n"
            "| 2024 | 2,302 | 1,047 | 3,349 |\n"
            "| 2025 (forecast) | 2,968 | 1,062 | 4,030 |"
        ),
        obs=[
            ("Cloud", 2022, 1284, "EUR million", "actual"),
            ("Cloud", 2023, 1731, "EUR million", "actual"),
            ("Cloud", 2024, 2302, "EUR million", "actual"),
            ("Cloud", 2025, 2968, "EUR million", "estimate"),
            ("On-premises", 2022, 962, "EUR million", "actual"),
            ("On-premises", 2023, 1018, "EUR million", "actual"),
            ("On-premises", 2024, 1047, "EUR million", "actual"),
            ("On-premises", 2025, 1062, "EUR million", "estimate"),
            ("Total", 2022, 2246, "EUR million", "actual"),
            ("Total", 2023, 2749, "EUR million", "actual"),
            ("Total", 2024, 3349, "EUR million", "actual"),
            ("Total", 2025, 4030, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1284 + 962 = 2246; 1731 + 1018 = 2749; 2302 + 1047 = 3349; 2968 + 1062 = 4030
            ("hierarchy", "exact"),
        ],
    ),
    # 35. a Chinese pipe table of years as columns (2025年E) with a 同比增速 row; the last rate contradicted
    dict(
        text=(
            "中国AI数字人市场规模（单位：亿元）\n"
            "| 指标 | 2022年 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|---|\n"
            "| 市场规模 | 48.2 | 63.5 | 85.7 | 112.4 |\n"
            "| 同比增速 | — | 31.7% | 35.0% | 33.2% |\n"
            "注：2025年为预测数据。"
        ),
        obs=[
            ("市场规模", 2022, 48.2, "CNY 100 million", "actual"),
            ("市场规模", 2023, 63.5, "CNY 100 million", "actual"),
            ("市场规模", 2024, 85.7, "CNY 100 million", "actual"),
            ("市场规模", 2025, 112.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2022, 2023, 1.0),
            ("growth", 35.0, "percent", 2023, 2024, 1.0),
            ("growth", 33.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63.5 / 48.2 - 1 = 31.743% -> 31.7
            ("cagr|implied", "exact"),  # 85.7 / 63.5 - 1 = 34.961% -> 35.0
            # 112.4 / 85.7 - 1 = 31.155%; bounds (112.35 / 85.75) -> 31.020%, (112.45 / 85.65) -> 31.290%:
            # 33.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. a Chinese tab-separated league table of 区域 with 投资额（亿元） and 占比; its 合计 missed by 0.1; 表 number nowhere
    dict(
        text=(
            "表2 2024年中国智算中心建设投资区域分布\n"
            "区域\t投资额（亿元）\t占比\n"
            "华东\t612.4\t36.9%\n"
            "华北\t418.7\t25.2%\n"
            "西部\t331.9\t20.0%\n"
            "华南\t297.3\t17.9%\n"
            "合计\t1,660.2\t100.0%"
        ),
        obs=[
            ("华东", 2024, 612.4, "CNY 100 million", "actual"),
            ("华北", 2024, 418.7, "CNY 100 million", "actual"),
            ("西部", 2024, 331.9, "CNY 100 million", "actual"),
            ("华南", 2024, 297.3, "CNY 100 million", "actual"),
            ("合计", 2024, 1660.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 36.9, "percent", 2024, 2024, None),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("share", 20.0, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 612.4 / 1660.2 = 36.887% -> 36.9
            ("arithmetic", "exact"),  # 418.7 / 1660.2 = 25.220% -> 25.2
            ("arithmetic", "exact"),  # 331.9 / 1660.2 = 19.992% -> 20.0
            ("arithmetic", "exact"),  # 297.3 / 1660.2 = 17.907% -> 17.9
            # 612.4 + 418.7 + 331.9 + 297.3 = 1660.3, not 1660.2; each figure +- 0.05 (the parts +- 0.20, the total
            # +- 0.05) reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. a Traditional Chinese aligned table of years as rows under 單位：億港元: 開支 and 年增率, 2025(預測) an estimate
    dict(
        text=(
            "香港智慧零售AI方案開支\n"
            "單位：億港元\n"
            "年份          開支       年增率\n"
            "2021           8.6          —\n"
            "2022          10.9       26.7%\n"
            "2023          13.8       27.0%\n"
            "2024          17.5       26.8%\n"
            "2025(預測)    21.4       22.3%\n"
            "資料來源：港灣零售科技研究所"
        ),
        obs=[
            ("開支", 2021, 8.6, "HKD 100 million", "actual"),
            ("開支", 2022, 10.9, "HKD 100 million", "actual"),
            ("開支", 2023, 13.8, "HKD 100 million", "actual"),
            ("開支", 2024, 17.5, "HKD 100 million", "actual"),
            ("開支", 2025, 21.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.7, "percent", 2021, 2022, 1.0),
            ("growth", 27.0, "percent", 2022, 2023, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.9 / 8.6 - 1 = 26.744% -> 26.7
            # 13.8 / 10.9 - 1 = 26.606%, not 27.0 +- 0.05; bounds (13.75 / 10.95) -> 25.571%, (13.85 / 10.85) ->
            # 27.650%: 27.0 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 17.5 / 13.8 - 1 = 26.812% -> 26.8
            ("cagr|implied", "exact"),  # 21.4 / 17.5 - 1 = 22.286% -> 22.3
        ],
    ),
    # 38. a tab-separated table in "($m)" with 2025F and 2027F columns and a "CAGR 2024-27" column (stated)
    dict(
        text=(
            "AI video-analytics revenue by application ($m)\n"
            "Application\t2024\t2025F\t2027F\tCAGR 2024-27\n"
            "Traffic\t1,420\t1,790\t2,810\t25.5%\n"
            "Retail\t860\t1,120\t1,880\t29.8%\n"
            "Security\t2,310\t2,760\t3,900\t19.1%\n"
            "Total\t4,590\t5,670\t8,590\t23.2%"
        ),
        obs=[
            ("Traffic", 2024, 1420, "USD million", "actual"),
            ("Traffic", 2025, 1790, "USD million", "estimate"),
            ("Traffic", 2027, 2810, "USD million", "estimate"),
            ("Retail", 2024, 860, "USD million", "actual"),
            ("Retail", 2025, 1120, "USD million", "estimate"),
            ("Retail", 2027, 1880, "USD million", "estimate"),
            ("Security", 2024, 2310, "USD million", "actual"),
            ("Security", 2025, 2760, "USD million", "estimate"),
            ("Security", 2027, 3900, "USD million", "estimate"),
            ("Total", 2024, 4590, "USD million", "actual"),
            ("Total", 2025, 5670, "USD million", "estimate"),
            ("Total", 2027, 8590, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 29.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2810 / 1420) ** (1 / 3) - 1 = 25.547% -> 25.5
            ("cagr", "exact"),  # (1880 / 860) ** (1 / 3) - 1 = 29.784% -> 29.8
            ("cagr", "exact"),  # (3900 / 2310) ** (1 / 3) - 1 = 19.074% -> 19.1
            ("cagr", "exact"),  # (8590 / 4590) ** (1 / 3) - 1 = 23.233% -> 23.2
            # 1420 + 860 + 2310 = 4590; 1790 + 1120 + 2760 = 5670; 2810 + 1880 + 3900 = 8590
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a "BY THE NUMBERS" box in aligned columns under "2024 ($bn)": its rows add to its Total
    dict(
        text=(
            "BY THE NUMBERS\n"
            "Global spending on AI in logistics, 2024 ($bn)\n"
            "Route optimisation       9.4\n"
            "Warehouse robotics       7.1\n"
            "Demand planning          4.8\n"
            "Other                    2.2\n"
            "Total                   23.5"
        ),
        obs=[
            ("Route optimisation", 2024, 9.4, "USD billion", "actual"),
            ("Warehouse robotics", 2024, 7.1, "USD billion", "actual"),
            ("Demand planning", 2024, 4.8, "USD billion", "actual"),
            ("Other", 2024, 2.2, "USD billion", "actual"),
            ("Total", 2024, 23.5, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 9.4 + 7.1 + 4.8 + 2.2 = 23.5
        ],
    ),
    # 40. a pipe table of years as rows whose lone value column is headed "£m" (the Total) with a "y/y" column
    dict(
        text=(
            "UK AI-assisted recruitment software revenue\n"
            "| Year | £m | y/y |\n"
            "|---|---|---|\n"
            "| 2021 | 212 | — |\n"
            "| 2022 | 268 | 26.4% |\n"
            "| 2023 | 331 | 23.5% |\n"
            "| 2024 | 409 | 23.6% |\n"
            "| 2025e | 498 | 21.8% |\n"
            "e = estimate"
        ),
        obs=[
            ("Total", 2021, 212, "GBP million", "actual"),
            ("Total", 2022, 268, "GBP million", "actual"),
            ("Total", 2023, 331, "GBP million", "actual"),
            ("Total", 2024, 409, "GBP million", "actual"),
            ("Total", 2025, 498, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 212 - 1 = 26.415% -> 26.4
            ("cagr|implied", "exact"),  # 331 / 268 - 1 = 23.507% -> 23.5
            ("cagr|implied", "exact"),  # 409 / 331 - 1 = 23.565% -> 23.6
            ("cagr|implied", "exact"),  # 498 / 409 - 1 = 21.760% -> 21.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 5, "rounding": 5, "exact": 47}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "will reach more than $1tn in 2028, up from roughly $410bn last year",
    "roughly a third of this year's outlay",
    "Orrin Analytics, which leaves out contract research, has $2.9bn for 2024",
    "could be worth $80bn-$100bn by 2032",
    "Earnings round-up, 30 October 2025",
    "it now sizes the total addressable market for AI networking gear",
    "kept its gross-margin target of 62%",
    "How big is the market?\n",
    "growth of 39.3% a year",
    "By Harriet Oakes, 2 September 2025",
    "a £1.2bn business last year",
    "An earlier version of this story gave the 2023 figure as €7.2bn",
    "nearly doubled in two years",
    "rose 14.2% last year to €1.46bn from €1.21bn in 2023",
    "HK$3.8bn on AI systems last year, up 22% from HK$3.1bn",
    "about S$1.1bn",
    "A$2.3bn (US$1.5bn)",
    "£640m in 2024, up from £455m a year earlier",
    "Fourth-quarter sales alone came to $2.9bn",
    "a 2025-30 CAGR of 33.9%",
    "By the numbers\n- $27.4bn: ",
    "- 26%: average annual growth, 2024-29",
    "between 2024 and 2030",
    "about C$620m",
    "年均复合增长率超过76%",
    "云帆咨询给出的数字则为286亿元",
    "800亿至1,000亿元",
    "更正说明：本文初版将2024年市场规模误写为2.46亿元",
    "【业绩季观察】",
    "毛利率为38.5%",
    "● 同比增长：38.4%",
    "其中，中国为41.2亿美元，占42.6%",
    "约为18亿澳元",
    "比上年的61.5亿元增长45.8%",
    "超过1.7万亿元，较2024年的约5,800亿元",
    "同比下降9.6%，2023年为15.8亿元",
    "約為15億新加坡元",
    "新台幣1.82兆元，較前年的9,640億元",
    "2026年預料再增22.6%，來到505億美元",
    "今年可望成長至612億元，年增約27%",
    "| Financial services | £3.1bn |",
    "Region\tRevenue ($bn)\tShare",
    "Growth (%)         —",
    "| 2025 (forecast) |",
    "| 同比增速 | — |",
    "区域\t投资额（亿元）\t占比",
    "單位：億港元\n年份",
    "CAGR 2024-27",
    "BY THE NUMBERS\nGlobal spending on AI in logistics",
    "| Year | £m | y/y |",
)
#: the set's blind score (scored once, before any rule was written for it): 130 figures, 41 rates, 50 verdicts and 1
#: false inconsistent; chosen on with the 54th; now 142 figures, 44 rates, 55 verdicts, no false inconsistent
FLOORS = {"figures_found": 146, "rates_found": 44, "verdicts_right": 57}
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset55.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
