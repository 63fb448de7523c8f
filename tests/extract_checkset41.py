"""A forty-first check set for the extractor, written blind: a general mix in wordings and layouts the earlier sets left
out -- a figure printed before the market's name, a span "for the period 2024 through 2030", a broker's note in calendar
years ("CY25E", "(CY24: $12.1bn)"), the passive voice with a CAGR in brackets, "will more than double their spending ...
to" and "will top", a half year ("H1 2025") beside full years, a statistics release with a revised base in brackets, an
earnings call's question and answer, a headline that rounds its body and a rate only as a fraction in words, a list of
key findings, a government-commissioned study, yen in fiscal years with a change of scale, "a $5 billion-plus market", a
range "today" under a post's date line, "(2024: $3.1bn)", a span in words ("over the seven years to 2032") and a CAGR
whose printed span starts a year after the amount it grows from; Chinese research firms, a figure before its market's
name (——这是), 万亿元 beside 亿元 in one text, 同比下滑, 上半年 beside 全年, a broker's 是……的5倍, a base in brackets （2023年：……）, 增速, an
absolute change (比上年增加); Hong Kong and Taiwan outlets in Traditional Chinese (a statistics release, a wire story, a
company's 法說會, a chamber's survey); and tables in pipes, tabs and aligned columns (fiscal-year columns in yen, a
half-year row, an absolute-change column, a vendors' ranking, a "P" column, quarters beside 全年, a historical CAGR
column).

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too), and in a vertical table, whose rows are years, to its value column's header (a lone column
headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a company sizes is
the market (``Total``). A second market named beside the first is an item of its own name, never summed with the
``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit, except that one
series keeps one unit (the first its text prints): a later figure in another scale of the same currency is expected in
the series' unit; an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed
figure. When an article sets a second publisher's figure for the same year beside the first publisher's, the first one
(whose base, target and rate the text gives) is the snippet's figure and the second is expected nowhere. A range gives
two ``value`` claims for its year. Boilerplate figures (datelines, report and exhibit numbers, a plan's title years,
footnote marks, headcounts, counts of firms, gigawatts of capacity, a listicle's count) are expected nowhere; so are a
quarter's figure beside yearly ones, the figure a restated or revised one replaces, a bull case beside the base case, a
share given only as a fraction in words ("about a third of the market"), and a percentage that is no share of the market
(a margin, a penetration, adoption or 導入率 rate, a survey's answer). An amount in a currency the bundled unit table holds
(yen) is the year's observation in that currency, and a rough dollar conversion printed beside it is none; an amount in
a currency the table does not hold (won, rupees, riyals, 新台幣) is no observation, but a US$ figure printed beside it is
the year's observation, and its stated rate is a claim and gets its verdict from the amounts in that currency. A fiscal
year counts as its number (fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is the year before the dateline's, "this
year" / 今年 the dateline's. A share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A
stated CAGR carries no ``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of
its amounts give it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``; "grew by half" is 50%); a multiple between two years carries their distance ("nearly tripled" as x3,
"five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍 -- grew by four times over -- as x5) and gets no verdict. The
base of a forecast is ``actual``; a figure a forecast cue or a target governs (expects, project, could be, 预计, 預估, 力争,
突破), an E or F column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them: first, as in the thirty-ninth and fortieth sets, the bundled unit table holds New
Taiwan dollars and Hong Kong dollars, so the paragraph above no longer holds for them: an amount in 新台幣 / NT$ or 港元 /
HK$ is the year's observation in its own currency (億港元 ``HKD 100 million``) and its rates get their verdicts from its
own amounts. A figure printed before the market's name ("$4.7 billion. That is what retailers and manufacturers spent on
AI demand-forecasting software in 2024") is that year's figure, "sees it climbing to $12.9 billion in 2030" the
``estimate``, and "a compound annual growth rate of 18.3% for the period 2024 through 2030" prints its span with
"through" (``stated``). In a broker's note a calendar year counts as its number and an E as an estimate, as a fiscal
year does: "$18.5bn in CY25E" is 2025's ``estimate``, "(CY24: $12.1bn)" -- a prior year's figure in brackets -- 2024's
``actual``, "a 30% CAGR over CY25-28E" ``stated``, and the bull case and the price target are expected nowhere. In the
passive voice "was estimated at $3.36 billion in 2024 by Quillfield Research and is forecast to be worth $9.12 billion
by 2031" gives the ``actual`` base and the ``estimate``, "(CAGR: 15.3%)" is a rate in brackets whose span only its
amounts' years give (``inferred``), and "Contact-centre deployments were credited with $1.41 billion of the 2024 total,
or 42%" a part with its share and an ``arithmetic`` verdict. "Will more than double their spending on AI
fraud-prevention tools to $31 billion in 2028 from $14.2 billion last year" is a multiple, x2 over 2024-2028 without a
verdict, "the total will top $40 billion by 2030" an approximate ``estimate`` and "H1 2025 spending" a half year,
expected nowhere. A statistics release's "an increase of 14.6% on 2023 (€3.35 billion, revised from €3.29 billion)" is a
year-on-year rate with its base in brackets (the figure the base revises expected nowhere); "the second half of the
year" and the enterprises counted are expected nowhere. On an earnings call dated November 19, 2025 "will come in at
roughly $95 billion this calendar year" is 2025's ``estimate`` and "something like $260 billion in 2028" another, while
"a CAGR in the high 30s" prints no rate, and the company's sequential growth and the fiscal year in the call's title are
expected nowhere. A headline's "$6bn business" rounds its body and adds no figure, and "up by roughly a third from $4.6
billion in 2023" gives 2023 its figure but, a rate given only as a fraction in words, no claim; "Subscriptions made up
72% of that spending" is a share. In a list of key findings "Forecast for 2029: $7.9bn" is an ``estimate`` and
"Five-year CAGR: 26.4%" -- a span in words -- ``inferred``, and the report's title year boilerplate. In a
government-commissioned study "made up of an estimated 524 firms" is a count, "could exceed £6.5 billion by 2035" an
``estimate`` and "38% of last year's revenue" a share. In yen "¥1,016 billion in fiscal 2024, the year ended March 2025"
opens the series in JPY billion, so "¥1.78 trillion in fiscal 2028" is expected as 1780; "from ¥658 billion a year
earlier" is fiscal 2023's figure, and "an average annual rate of 15.1%" (``inferred``) is reached only at the rounding
of its amounts (1.78 trillion read from 1,775 to 1,785 billion). Under "in a note dated 14 February 2025" "last year" is
2024, "a $5 billion-plus market by 2029" an approximate ``estimate``, and "Growth eased to 17% last year, against 24% in
2023" gives 2024 and 2023 each its year-on-year rate, their amounts not printed. "Slipping 7.9% to $5.8 billion from
$6.4 billion in 2023" is a negative rate reached only at the rounding of its amounts. Under a post's date line ("Posted
2 July 2025") "a $0.6–0.8 billion market today" is a range of the post's year (two ``value`` claims for 2025) and "$4
billion by 2030" an ``estimate``. "Is expected to reach $3.8bn in 2025 (2024: $3.1bn), up 23% year on year" gives 2024
its figure from the brackets and a rate with both its amounts, and the CIOs surveyed are a survey's answer. "An annual
pace of 24.8% over the seven years to 2032" is a span in words (``inferred``) its amounts contradict. "Totaled USD
1,284.6 million in 2024 and will exceed USD 4,963.2 million by the end of 2033, advancing at a CAGR of 16.2% from 2025
to 2033" gives the two years in USD million and a ``stated`` rate for its printed span, 2025-2033, which gets no
verdict: 2025's amount is not printed (the rate fits 2024-2033).

In Chinese: 3,120亿元——这是……对2027年……的预测 is a figure before its market's name (2027's ``estimate``), 同比增长37.4% 2024's rate
(its base not printed) and 2024-2027年年复合增长率预计为34.4% ``stated``; 1.16万亿元 is CNY trillion, 比上年增长21.3% its rate, and
其中，核心软件与服务规模为4,870亿元，占比42.0% a part in its own printed unit (CNY 100 million) with its share and an ``arithmetic``
verdict; 同比下滑12.3% is a negative rate its amounts contradict and 降幅较上年扩大4.1个百分点 expected nowhere; under a date line
(2025年8月6日) 今年上半年 is a half year, expected nowhere, 全年 the date line's year (an approximate ``estimate``), 同比增长36%左右 its
rate and 折叠屏AI手机占比约为12% a share of 2025; a broker's 约为2023年（930亿美元）的5倍 is a multiple, x5 over 2023-2027, whose base is
printed in brackets, and the rating boilerplate; 同比增长28.7%至156.3亿元（2023年：121.5亿元） is a rate before its amount with its
base in brackets, reached only at the rounding of its amounts; 中国市场规模为196亿美元，占全球的17.4% is a part (``中国市场``) with its
share of the global whole; a province's 2023年……8,730亿元 opens the series in CNY 100 million, so 2024年首次超过1万亿元，达到1.02万亿元
is expected as 10200 (the bound 超过1万亿元 giving way to the more precise figure) and 增速为16.8% is its year-on-year rate; in
Traditional Chinese a Hong Kong statistics release's 按年上升16.2%（2023年：263.5億港元） is a rate its amounts contradict and
2025年上半年 and its rate a half year's, expected nowhere; a Taiwan wire story's 今年將年成長約38%至1,605億美元 is a rate before its
amount, 2027年更上看2,870億美元 an ``estimate`` and 2024至2027年複合成長率達35.1% ``stated``; at a Taiwan company's 法說會 (2025年11月13日)
估計今年……約2,500億美元 is 2025's ``estimate``, 去年約為1,480億美元 2024's ``actual``, 明年可望再成長逾五成 a rate only as a fraction in words,
expected nowhere, and the company's 營收 rate and 毛利率 expected nowhere; a Hong Kong chamber's 去年……按年增加逾一倍，至21.6億港元 is
2024's figure with a multiple (x2 over 2023-2024), 約33億港元 2025's ``estimate`` with 增幅約53% its rate, and the firms
surveyed a count; 是2020年（58.3亿元）的3.6倍 is x3.6 over 2020-2024 with its base in brackets, and 2020—2024年年均增长37.8%
``stated``; a wire story's 比上年增加96亿元 is an absolute change, expected nowhere (the 2023 figure it implies is not
printed), 将超过1,200亿元 an approximate ``estimate`` and 年均增速保持在20%左右 ``inferred`` from its amounts' years.

In tables: a pipe table headed "(¥ billion)" with fiscal-year columns (FY2023, FY2024, FY2025E) and a "YoY" column
after FY2024 (on FY2023) gives each segment its figures in JPY billion (FY2025E an ``estimate``), its 2023-2024 rate
and its Total the whole, and its "Fiscal years end in March" line boilerplate; a tab-separated table of years whose lone
value column is headed "US$ bn" gives the market (``Total``) its figures in USD billion, its "Growth" column each year's
rate ("—" no figure, one reached only at the rounding of its figures), and its "H1 2025" row a half year, expected
nowhere; a space-aligned table in "£ million" gives each sector its 2023 and 2024 figures in GBP million, its "Change
(£m)" column absolute changes, expected nowhere, its "% change" column each row's 2023-2024 rate (one contradicted by
its figures) and its Total the whole; a vendors' ranking in pipes has a "Rank" column of boilerplate and gives each
vendor and Others its 2024 revenue (the year from the title) in USD million ("US$ m") with its share and an
``arithmetic`` verdict, its Total the whole and its 100.0% no claim; a tab-separated table with a "2030P" column (P =
projected, an ``estimate``) and a "2024–2030 CAGR" column gives each application its figures and its ``stated`` rate
(one reached only at the rounding of its figures) and its Total the whole; a Chinese pipe table under 单位：亿美元 gives each
region its 2024年 figure, its 2025年E ``estimate`` and its 同比 rate, and its 合计 the whole; a Chinese tab-separated table of
years under 单位：万亿元 gives its value column ``产业规模`` in CNY trillion, 2025E an ``estimate`` and its 增速 column each year's
rate; a Traditional Chinese space-aligned table under 單位：億美元 gives each product its 2024年 figure, its 2025年(預估)
``estimate`` and its 年成長率 (one contradicted by its figures), and its 合計 the whole; a Chinese pipe table of quarters (一季度
to 四季度, each expected nowhere) beside a 全年 column gives each service type its year's figure (the year from the title)
and its 合计 the whole; and a space-aligned table with three years of actual figures and a "2022-24 CAGR" column (a span
in short digits, ``stated``) gives each region its figures and its rate and its Total the whole. Markets vary (AI
demand-forecasting software, AI optical transceivers, AI speech analytics, AI fraud prevention, AI services, AI
inference silicon, AI tutoring apps, AI observability platforms, AI assurance, generative AI in Japan, AI in radiology,
AI smart speakers, synthetic data for model training, AI agents for customer service, AI security for operational
technology, AI-based predictive maintenance, 智能算力服务, 人工智能相关产业, AI翻译机, AI手机, AI服务器, AI客服, 人工智能芯片, 人工智能产业, 人工智能相關服務,
AI加速晶片, AI伺服器機櫃, 生成式AI開支, AI视觉检测, 智能网联汽车AI软件, AI systems in Japan, AI code assistants, UK AI software, AI contact-centre
platforms, AI in clinical trials, AI基础设施支出, AI伺服器代工, AI大模型调用服务, AI-powered e-discovery); publishers, speakers and
companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset41.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a figure printed before the market's name; a span "for the period 2024 through 2030"; a share without its part
    dict(
        text=(
            "$4.7 billion. That is what retailers and manufacturers spent on AI demand-forecasting software in 2024, "
            "by Pellworth Research's count, and the firm sees it climbing to $12.9 billion in 2030, a compound annual "
            "growth rate of 18.3% for the period 2024 through 2030. Cloud subscriptions made up 81% of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2030, 12.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("share", 81, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (12.9 / 4.7) ** (1 / 6) - 1 = 18.326% -> 18.3 (bounds 18.042-18.614)
        ],
    ),
    # 2. a broker's note in calendar years: CY25E, a prior year in brackets "(CY24: $12.1bn)", a CAGR over CY25-28E; the
    #    bull case and the price target nowhere
    dict(
        text=(
            "Harcourt Lane Securities – AI optical interconnect, sector update, 3 June 2025\n"
            "We now model the AI optical transceiver TAM at $18.5bn in CY25E (CY24: $12.1bn), rising to $41.0bn in "
            "CY28E, a 30% CAGR over CY25-28E. Our bull case is $52bn. We reiterate Overweight on Lumora Photonics "
            "with a price target of $148."
        ),
        obs=[
            ("Total", 2025, 18.5, "USD billion", "estimate"),
            ("Total", 2024, 12.1, "USD billion", "actual"),
            ("Total", 2028, 41.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 30, "percent", 2025, 2028, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (41.0 / 18.5) ** (1 / 3) - 1 = 30.378% -> 30 (bounds 30.208-30.549)
        ],
    ),
    # 3. the passive voice: "was estimated at ... by", "is forecast to be worth"; a CAGR in brackets (inferred); a part
    #    "credited with" its amount and share
    dict(
        text=(
            "The worldwide market for AI speech analytics was estimated at $3.36 billion in 2024 by Quillfield "
            "Research and is forecast to be worth $9.12 billion by 2031 (CAGR: 15.3%). Contact-centre deployments "
            "were credited with $1.41 billion of the 2024 total, or 42%."
        ),
        obs=[
            ("Total", 2024, 3.36, "USD billion", "actual"),
            ("Total", 2031, 9.12, "USD billion", "estimate"),
            ("Contact-centre deployments", 2024, 1.41, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.3, "percent", 2024, 2031, None, "inferred"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.12 / 3.36) ** (1 / 7) - 1 = 15.332% -> 15.3 (bounds 15.299-15.366)
            ("arithmetic", "exact"),  # 1.41 / 3.36 = 41.964% -> 42 (bounds 41.753-42.176)
        ],
    ),
    # 4. "will more than double their spending ... to" (x2), "will top" (an approximate estimate), "H1 2025" nowhere
    dict(
        text=(
            "NEW YORK, Oct. 7, 2025 — Banks and payment firms will more than double their spending on AI "
            "fraud-prevention tools to $31 billion in 2028 from $14.2 billion last year, Rowan Hill Advisory said on "
            "Tuesday, and the total will top $40 billion by 2030. H1 2025 spending came to $8.9 billion."
        ),
        obs=[
            ("Total", 2028, 31, "USD billion", "estimate"),
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2030, 40, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # 31 / 14.2 = 2.18: more than double
        ],
        verdicts=[],
    ),
    # 5. a statistics release: a rate with its base in brackets, the figure the base revises nowhere, a half year and a
    #    count of enterprises nowhere
    dict(
        text=(
            "Statistical release, 18 September 2025\n"
            "Turnover of enterprises whose main activity is artificial intelligence services reached €3.84 billion in "
            "2024, an increase of 14.6% on 2023 (€3.35 billion, revised from €3.29 billion). The second half of the "
            "year accounted for €2.07 billion. Enterprises in the population: 1,912."
        ),
        obs=[
            ("Total", 2024, 3.84, "EUR billion", "actual"),
            ("Total", 2023, 3.35, "EUR billion", "actual"),
        ],
        claims=[("growth", 14.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.84 / 3.35 - 1 = 14.627% -> 14.6 (bounds 14.307-14.948)
        ],
    ),
    # 6. an earnings call's question and answer: this calendar year under the transcript's date, "something like", "a
    #    CAGR in the high 30s" (no figure); the company's own growth and the title's fiscal year nowhere
    dict(
        text=(
            "Q3 fiscal 2026 earnings call, November 19, 2025\n"
            "Dana Whitfield, Crestmoor Capital: How large do you think the inference market gets?\n"
            "Priya Raman, chief financial officer: We think AI inference silicon will come in at roughly $95 billion "
            "this calendar year, and something like $260 billion in 2028, so a CAGR in the high 30s. Our own "
            "data-center revenue grew 41% sequentially."
        ),
        obs=[
            ("Total", 2025, 95, "USD billion", "estimate"),
            ("Total", 2028, 260, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[],  # (260 / 95) ** (1 / 3) - 1 = 39.878%: "the high 30s" prints no rate
    ),
    # 7. a headline that rounds its body ($6bn); a rate only as a fraction in words ("roughly a third") nowhere; a share
    dict(
        text=(
            "AI tutoring apps now a $6bn business, report finds\n\n"
            "Consumers spent $6.1 billion on AI tutoring apps in 2024, up by roughly a third from $4.6 billion in "
            "2023, according to Brindle EdTech Research. Subscriptions made up 72% of that spending."
        ),
        obs=[
            ("Total", 2024, 6.1, "USD billion", "actual"),
            ("Total", 2023, 4.6, "USD billion", "actual"),
        ],
        claims=[("share", 72, "percent", 2024, 2024, None)],
        verdicts=[],  # 6.1 / 4.6 - 1 = 32.6%, but "roughly a third" is a fraction in words, no claim
    ),
    # 8. a list of key findings with dashes: "Forecast for 2029:", "Five-year CAGR:" (a span in words), a buyer's share
    dict(
        text=(
            "Key findings\n"
            "- The AI observability platform market stood at $2.45bn in 2024.\n"
            "- Forecast for 2029: $7.9bn.\n"
            "- Five-year CAGR: 26.4%.\n"
            "- Largest buyer: financial services, with 31% of 2024 spend.\n"
            "Source: Ferrand Insight, AI Operations Outlook 2025"
        ),
        obs=[
            ("Total", 2024, 2.45, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.4, "percent", 2024, 2029, None, "inferred"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.9 / 2.45) ** (1 / 5) - 1 = 26.384% -> 26.4 (bounds 26.172-26.595)
        ],
    ),
    # 9. a government-commissioned study in pounds: a count of firms nowhere, "could exceed", a share of last year's
    dict(
        text=(
            "LONDON, 3 September 2025 — Britain's AI assurance sector, made up of an estimated 524 firms, generated "
            "£1.01 billion in revenue last year, a government-commissioned study found, and could exceed £6.5 billion "
            "by 2035 if adoption keeps pace. Third-party audit firms took 38% of last year's revenue."
        ),
        obs=[
            ("Total", 2024, 1.01, "GBP billion", "actual"),
            ("Total", 2035, 6.5, "GBP billion", "estimate"),
        ],
        claims=[("share", 38, "percent", 2024, 2024, None)],
        verdicts=[],
    ),
    # 10. yen in fiscal years: "¥1,016 billion" opens the series, so "¥1.78 trillion" is expected as 1780 (JPY billion);
    #     an inferred rate reached only at the rounding of its amounts
    dict(
        text=(
            "TOKYO, June 24, 2025 — Japan's generative AI market grew to ¥1,016 billion in fiscal 2024, the year ended "
            "March 2025, from ¥658 billion a year earlier, according to the Sakuragi Research Institute, which expects "
            "it to expand at an average annual rate of 15.1% to ¥1.78 trillion in fiscal 2028."
        ),
        obs=[
            ("Total", 2024, 1016, "JPY billion", "actual"),
            ("Total", 2023, 658, "JPY billion", "actual"),
            ("Total", 2028, 1780, "JPY billion", "estimate"),
        ],
        claims=[("cagr", 15.1, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            # (1780 / 1016) ** (1 / 4) - 1 = 15.049%, not 15.1 +- 0.05; bounds (1775 / 1016.5) -> 14.954%,
            # (1785 / 1015.5) -> 15.144% (¥1.78 trillion read at its last digit): 15.1 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 11. "last year" under a note's date; "a $5 billion-plus market" (approximate); two years' rates without amounts
    dict(
        text=(
            "The AI-in-radiology business, which brought in $1.9 billion last year, is on course to become a $5 "
            "billion-plus market by 2029, Medwell Insight said in a note dated 14 February 2025. Growth eased to 17% "
            "last year, against 24% in 2023."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("growth", 24, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[],  # 2023's and 2022's amounts are not printed
    ),
    # 12. a negative year-on-year rate reached only at the rounding of its amounts ("slipping ... to ... from")
    dict(
        text=(
            "Sales of AI smart speakers shrank for the third year running in 2024, slipping 7.9% to $5.8 billion from "
            "$6.4 billion in 2023, Tallis Consumer Research said. It expects a further decline this year."
        ),
        obs=[
            ("Total", 2024, 5.8, "USD billion", "actual"),
            ("Total", 2023, 6.4, "USD billion", "actual"),
        ],
        claims=[("growth", -7.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 5.8 / 6.4 - 1 = -9.375%, not -7.9 +- 0.05; bounds (5.75 / 6.45) -> -10.853%, (5.85 / 6.35) -> -7.874%:
            # -7.9 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. a post's date line: a range "today" ("$0.6–0.8 billion", two value claims for the post's year)
    dict(
        text=(
            "Posted 2 July 2025 by Mara Ellison, partner\n"
            "Synthetic data for model training is a $0.6–0.8 billion market today, by our estimate, and we expect it "
            "to reach $4 billion by 2030. We have backed three companies in the space."
        ),
        obs=[("Total", 2030, 4, "USD billion", "estimate")],
        claims=[
            ("value", 0.6, "USD billion", 2025, 2025, None),
            ("value", 0.8, "USD billion", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 14. "(2024: $3.1bn)" -- a prior year in brackets; a year-on-year rate with both amounts; a survey's answer nowhere
    dict(
        text=(
            "Fast facts from Corliss Research's mid-year update: revenue from AI agents for customer service is "
            "expected to reach $3.8bn in 2025 (2024: $3.1bn), up 23% year on year; 64% of the CIOs surveyed plan to "
            "raise their budgets."
        ),
        obs=[
            ("Total", 2025, 3.8, "USD billion", "estimate"),
            ("Total", 2024, 3.1, "USD billion", "actual"),
        ],
        claims=[("growth", 23, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.8 / 3.1 - 1 = 22.581% -> 23 (bounds 19.048-26.230)
        ],
    ),
    # 15. a span in words ("over the seven years to 2032"): an inferred rate its amounts contradict
    dict(
        text=(
            "Revenue from AI-enabled security for operational technology will rise from $1.72 billion in 2025 to "
            "$6.95 billion in 2032, an annual pace of 24.8% over the seven years to 2032, Brackwater Industrial "
            "Research estimates."
        ),
        obs=[
            ("Total", 2025, 1.72, "USD billion", "actual"),
            ("Total", 2032, 6.95, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.8, "percent", 2025, 2032, None, "inferred")],
        verdicts=[
            # (6.95 / 1.72) ** (1 / 7) - 1 = 22.078%; bounds (6.945 / 1.725) -> 22.015%, (6.955 / 1.715) -> 22.141%:
            # 24.8 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 16. a research store's "totaled ... will exceed ... by the end of 2033", a CAGR whose printed span starts a year
    #     after the base (no verdict: 2025's amount is not printed)
    dict(
        text=(
            "Global AI-based predictive maintenance revenue totaled USD 1,284.6 million in 2024 and will exceed USD "
            "4,963.2 million by the end of 2033, advancing at a CAGR of 16.2% from 2025 to 2033, according to Verdane "
            "Market Research."
        ),
        obs=[
            ("Total", 2024, 1284.6, "USD million", "actual"),
            ("Total", 2033, 4963.2, "USD million", "estimate"),
        ],
        claims=[("cagr", 16.2, "percent", 2025, 2033, None, "stated")],
        verdicts=[],  # (4963.2 / 1284.6) ** (1 / 9) - 1 = 16.204% over 2024-2033, but the printed span is 2025-2033
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a figure before its market's name (——这是……的预测); a rate without its base; a CAGR over a printed span
    dict(
        text=(
            "3,120亿元——这是赛睿智库对2027年我国智能算力服务市场规模的预测。报告显示，2024年该市场规模为1,286亿元，同比增长"
            "37.4%，2024-2027年年复合增长率预计为34.4%。"
        ),
        obs=[
            ("Total", 2027, 3120, "CNY 100 million", "estimate"),
            ("Total", 2024, 1286, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 37.4, "percent", 2023, 2024, 1.0),
            ("cagr", 34.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (3120 / 1286) ** (1 / 3) - 1 = 34.371% -> 34.4 (bounds 34.346-34.395)
        ],
    ),
    # 18. 万亿元 for the whole, 亿元 for a part (each in its printed unit), the part's 占比 with an arithmetic verdict
    dict(
        text=(
            "（2025年7月16日）国数研究中心发布的报告显示，2024年我国人工智能相关产业规模达1.16万亿元，比上年增长21.3%。"
            "其中，核心软件与服务规模为4,870亿元，占比42.0%。"
        ),
        obs=[
            ("Total", 2024, 1.16, "CNY trillion", "actual"),
            ("核心软件与服务", 2024, 4870, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 42.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 4870 / 11600 = 41.983% -> 42.0 (1.16万亿元 = 11,600亿元; bounds 4869.5 / 11650 -> 41.798%,
            # 4870.5 / 11550 -> 42.169%)
            ("arithmetic", "exact"),
        ],
    ),
    # 19. 同比下滑 (a negative rate its amounts contradict), the base after it; 个百分点 nowhere
    dict(
        text=(
            "据奥维睿数据，2024年我国AI翻译机线上销售额为18.6亿元，同比下滑12.3%，降幅较上年扩大4.1个百分点；2023年线上"
            "销售额为21.4亿元。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2023, 21.4, "CNY 100 million", "actual"),
        ],
        claims=[("growth", -12.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 18.6 / 21.4 - 1 = -13.084%; bounds (18.55 / 21.45) -> -13.520%, (18.65 / 21.35) -> -12.646%:
            # -12.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. under a date line: 今年上半年 (a half year, nowhere) beside 全年 (the year's estimate), 左右, a part's 占比
    dict(
        text=(
            "（2025年8月6日）据中联信研院测算，今年上半年我国AI手机出货金额为1,460亿元；预计全年出货金额将达到3,300亿元左右，"
            "同比增长36%左右，其中折叠屏AI手机占比约为12%。"
        ),
        obs=[("Total", 2025, 3300, "CNY 100 million", "estimate")],
        claims=[
            ("growth", 36, "percent", 2024, 2025, 1.0),
            ("share", 12, "percent", 2025, 2025, None),
        ],
        verdicts=[],  # 2024's amount is not printed
    ),
    # 21. a broker's 约为2023年（930亿美元）的5倍: a multiple (x5 over four years) with its base in brackets
    dict(
        text=(
            "【华庭证券】AI服务器行业深度报告：我们预计2025年全球AI服务器市场规模约为2,860亿美元，2027年有望达到4,650亿美元，"
            "约为2023年（930亿美元）的5倍。首次覆盖，给予“推荐”评级。"
        ),
        obs=[
            ("Total", 2025, 2860, "USD 100 million", "estimate"),
            ("Total", 2027, 4650, "USD 100 million", "estimate"),
            ("Total", 2023, 930, "USD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2023, 2027, 4.0),  # 4650 / 930 = 5.0
        ],
        verdicts=[],
    ),
    # 22. a rate before its amount (同比增长28.7%至), the base in brackets （2023年：……）, reached only at the rounding
    dict(
        text=(
            "艾维咨询数据显示，2024年中国AI客服市场规模同比增长28.7%至156.3亿元（2023年：121.5亿元），预计2026年将达到"
            "248亿元。"
        ),
        obs=[
            ("Total", 2024, 156.3, "CNY 100 million", "actual"),
            ("Total", 2023, 121.5, "CNY 100 million", "actual"),
            ("Total", 2026, 248, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 28.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 156.3 / 121.5 - 1 = 28.642%, not 28.7 +- 0.05; bounds (156.25 / 121.55) -> 28.548%,
            # (156.35 / 121.45) -> 28.736%: 28.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. a global market in 亿美元 with its base; a country's part and its share of the global whole (占全球的)
    dict(
        text=(
            "研究机构蓝湾咨询称，2024年全球人工智能芯片市场规模为1,125亿美元，同比增长49.6%，2023年为752亿美元。其中，"
            "中国市场规模为196亿美元，占全球的17.4%。"
        ),
        obs=[
            ("Total", 2024, 1125, "USD 100 million", "actual"),
            ("Total", 2023, 752, "USD 100 million", "actual"),
            ("中国市场", 2024, 196, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 49.6, "percent", 2023, 2024, 1.0),
            ("share", 17.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1125 / 752 - 1 = 49.601% -> 49.6 (bounds 49.435-49.767)
            ("arithmetic", "exact"),  # 196 / 1125 = 17.422% -> 17.4 (bounds 17.370-17.474)
        ],
    ),
    # 24. 亿元 opens the series, so 1.02万亿元 is expected as 10200 (CNY 100 million); 超过 gives way; 增速为 a rate
    dict(
        text=(
            "临海省数据局日前发布，2023年全省人工智能产业营业收入为8,730亿元；2024年首次超过1万亿元，达到1.02万亿元，增速为"
            "16.8%。"
        ),
        obs=[
            ("Total", 2023, 8730, "CNY 100 million", "actual"),
            ("Total", 2024, 10200, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 16.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 10200 / 8730 - 1 = 16.838% -> 16.8 (1.02万亿元 read at its last digit, 10150-10250: bounds 16.259-17.418)
            ("cagr|implied", "exact"),
        ],
    ),
    # 25. a Hong Kong statistics release in Traditional Chinese: 按年上升 with its base in brackets, contradicted; a
    #     half year and its rate nowhere
    dict(
        text=(
            "政府統計處今日（8月29日）公布，2024年本港人工智能相關服務業務收益為312.4億港元，按年上升16.2%（2023年：263.5億"
            "港元）；2025年上半年收益為176.3億港元，按年上升21.4%。"
        ),
        obs=[
            ("Total", 2024, 312.4, "HKD 100 million", "actual"),
            ("Total", 2023, 263.5, "HKD 100 million", "actual"),
        ],
        claims=[("growth", 16.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 312.4 / 263.5 - 1 = 18.558%; bounds (312.35 / 263.55) -> 18.516%, (312.45 / 263.45) -> 18.599%:
            # 16.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. a Taiwan wire story in Traditional Chinese: 今年將年成長約38%至 (a rate before its amount), 更上看 (an
    #     estimate), 2024至2027年複合成長率 (stated)
    dict(
        text=(
            "（經濟快訊記者／台北2025年3月12日電）研調機構拓智顧問今天表示，2024年全球AI加速晶片市場規模為1,163億美元，"
            "今年將年成長約38%至1,605億美元，2027年更上看2,870億美元，2024至2027年複合成長率達35.1%。"
        ),
        obs=[
            ("Total", 2024, 1163, "USD 100 million", "actual"),
            ("Total", 2025, 1605, "USD 100 million", "estimate"),
            ("Total", 2027, 2870, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("cagr", 35.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1605 / 1163 - 1 = 38.005% -> 38 (bounds 37.903-38.108)
            ("cagr", "exact"),  # (2870 / 1163) ** (1 / 3) - 1 = 35.135% -> 35.1 (bounds 35.108-35.162)
        ],
    ),
    # 27. a Taiwan company's 法說會 in Traditional Chinese: 今年 and 去年 under the date; 逾五成 (a fraction in words),
    #     the company's 營收 rate and 毛利率 nowhere
    dict(
        text=(
            "（2025年11月13日）鴻碩科技董事長在法說會上表示，公司估計今年全球AI伺服器機櫃市場規模約2,500億美元，去年約為"
            "1,480億美元，明年可望再成長逾五成。公司第三季營收年增62%，毛利率為8.1%。"
        ),
        obs=[
            ("Total", 2025, 2500, "USD 100 million", "estimate"),
            ("Total", 2024, 1480, "USD 100 million", "actual"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 28. a Hong Kong chamber in Traditional Chinese: 按年增加逾一倍 (x2), 約 on a forecast, 增幅約53%, a count of firms
    dict(
        text=(
            "（2025年4月30日）香港人工智能商會發表調查報告指，本港企業去年在生成式AI方面的開支按年增加逾一倍，至21.6億港元；"
            "商會預計今年開支將增至約33億港元，增幅約53%。受訪企業共512家。"
        ),
        obs=[
            ("Total", 2024, 21.6, "HKD 100 million", "actual"),
            ("Total", 2025, 33, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
            ("growth", 53, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 33 / 21.6 - 1 = 52.778% -> 53 (bounds 50.115-55.452)
        ],
    ),
    # 29. 是2020年（58.3亿元）的3.6倍 (x3.6, its base in brackets); 2020—2024年年均增长 (stated)
    dict(
        text=(
            "据华研智库统计，2024年我国AI视觉检测市场规模为210.4亿元，是2020年（58.3亿元）的3.6倍，2020—2024年年均增长"
            "37.8%。"
        ),
        obs=[
            ("Total", 2024, 210.4, "CNY 100 million", "actual"),
            ("Total", 2020, 58.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.6, "multiple", 2020, 2024, 4.0),  # 210.4 / 58.3 = 3.609
            ("cagr", 37.8, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (210.4 / 58.3) ** (1 / 4) - 1 = 37.830% -> 37.8 (bounds 37.792-37.868)
        ],
    ),
    # 30. a wire story: 比上年增加96亿元 (an absolute change, nowhere), 将超过 (approximate), 年均增速……左右 (inferred)
    dict(
        text=(
            "新华网北京2月26日电 记者从汽车智能化研究院获悉，2024年我国智能网联汽车AI软件市场规模达到405亿元，比上年增加96亿元。"
            "预计到2030年，市场规模将超过1,200亿元，年均增速保持在20%左右。"
        ),
        obs=[
            ("Total", 2024, 405, "CNY 100 million", "actual"),
            ("Total", 2030, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 20, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (1200 / 405) ** (1 / 6) - 1 = 19.845% -> 20 (bounds 19.812-19.878)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table in ¥ billion: fiscal-year columns, a YoY column between FY2024 and FY2025E, a Total row
    dict(
        text=(
            "Japan AI systems spending by segment (¥ billion)\n"
            "| Segment | FY2023 | FY2024 | YoY | FY2025E |\n"
            "|---|---|---|---|---|\n"
            "| Software | 412.6 | 538.9 | 30.6% | 684.0 |\n"
            "| Infrastructure | 356.2 | 447.5 | 25.6% | 551.3 |\n"
            "| Services | 298.4 | 352.1 | 18.0% | 409.2 |\n"
            "| Total | 1,067.2 | 1,338.5 | 25.4% | 1,644.5 |\n"
            "Fiscal years end in March. E = estimate."
        ),
        obs=[
            ("Software", 2023, 412.6, "JPY billion", "actual"),
            ("Software", 2024, 538.9, "JPY billion", "actual"),
            ("Software", 2025, 684.0, "JPY billion", "estimate"),
            ("Infrastructure", 2023, 356.2, "JPY billion", "actual"),
            ("Infrastructure", 2024, 447.5, "JPY billion", "actual"),
            ("Infrastructure", 2025, 551.3, "JPY billion", "estimate"),
            ("Services", 2023, 298.4, "JPY billion", "actual"),
            ("Services", 2024, 352.1, "JPY billion", "actual"),
            ("Services", 2025, 409.2, "JPY billion", "estimate"),
            ("Total", 2023, 1067.2, "JPY billion", "actual"),
            ("Total", 2024, 1338.5, "JPY billion", "actual"),
            ("Total", 2025, 1644.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538.9 / 412.6 - 1 = 30.611% -> 30.6
            ("cagr|implied", "exact"),  # 447.5 / 356.2 - 1 = 25.632% -> 25.6
            ("cagr|implied", "exact"),  # 352.1 / 298.4 - 1 = 17.996% -> 18.0
            ("cagr|implied", "exact"),  # 1338.5 / 1067.2 - 1 = 25.422% -> 25.4
            # 412.6 + 356.2 + 298.4 = 1067.2; 538.9 + 447.5 + 352.1 = 1338.5; 684.0 + 551.3 + 409.2 = 1644.5
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table of years, its lone value column headed "US$ bn" (Total), a Growth column (one rate
    #     only within rounding), an "H1 2025" row (nowhere)
    dict(
        text=(
            "Global AI code assistant revenue\n"
            "Year\tUS$ bn\tGrowth\n"
            "2021\t0.31\t—\n"
            "2022\t0.58\t89%\n"
            "2023\t1.12\t93%\n"
            "2024\t2.35\t110%\n"
            "H1 2025\t1.84\t—\n"
            "2025F\t4.60\t96%"
        ),
        obs=[
            ("Total", 2021, 0.31, "USD billion", "actual"),
            ("Total", 2022, 0.58, "USD billion", "actual"),
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2025, 4.60, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 89, "percent", 2021, 2022, 1.0),
            ("growth", 93, "percent", 2022, 2023, 1.0),
            ("growth", 110, "percent", 2023, 2024, 1.0),
            ("growth", 96, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 0.58 / 0.31 - 1 = 87.097%, not 89 +- 0.5; bounds (0.575 / 0.315) -> 82.540%, (0.585 / 0.305) -> 91.803%:
            # 89 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1.12 / 0.58 - 1 = 93.103% -> 93
            ("cagr|implied", "exact"),  # 2.35 / 1.12 - 1 = 109.821% -> 110
            ("cagr|implied", "exact"),  # 4.60 / 2.35 - 1 = 95.745% -> 96
        ],
    ),
    # 33. a space-aligned table in £ million: a "Change (£m)" column (absolute changes, nowhere) and a "% change"
    #     column (one rate contradicted by its figures), a Total row
    dict(
        text=(
            "UK AI software revenue by sector (£ million)\n"
            "Sector              2023     2024     Change (£m)   % change\n"
            "Financial services  1,482    1,867    385           26.0%\n"
            "Healthcare          614      802      188           30.6%\n"
            "Public sector       455      571      116           25.5%\n"
            "Retail              398      462      64            18.1%\n"
            "Total               2,949    3,702    753           25.5%"
        ),
        obs=[
            ("Financial services", 2023, 1482, "GBP million", "actual"),
            ("Financial services", 2024, 1867, "GBP million", "actual"),
            ("Healthcare", 2023, 614, "GBP million", "actual"),
            ("Healthcare", 2024, 802, "GBP million", "actual"),
            ("Public sector", 2023, 455, "GBP million", "actual"),
            ("Public sector", 2024, 571, "GBP million", "actual"),
            ("Retail", 2023, 398, "GBP million", "actual"),
            ("Retail", 2024, 462, "GBP million", "actual"),
            ("Total", 2023, 2949, "GBP million", "actual"),
            ("Total", 2024, 3702, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1867 / 1482 - 1 = 25.978% -> 26.0
            ("cagr|implied", "exact"),  # 802 / 614 - 1 = 30.619% -> 30.6
            ("cagr|implied", "exact"),  # 571 / 455 - 1 = 25.495% -> 25.5
            # 462 / 398 - 1 = 16.080%; bounds (461.5 / 398.5) -> 15.809%, (462.5 / 397.5) -> 16.352%:
            # 18.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 3702 / 2949 - 1 = 25.534% -> 25.5
            # 1482 + 614 + 455 + 398 = 2949; 1867 + 802 + 571 + 462 = 3702 (and 385 + 188 + 116 + 64 = 753)
            ("hierarchy", "exact"),
        ],
    ),
    # 34. a vendors' ranking in pipes: a Rank column (boilerplate), revenue and share columns, Others and a 100% Total
    dict(
        text=(
            "Top AI contact-centre platform vendors, 2024 revenue\n"
            "| Rank | Vendor | Revenue (US$ m) | Share |\n"
            "|---|---|---|---|\n"
            "| 1 | Calloway Systems | 1,146 | 21.8% |\n"
            "| 2 | Northpine | 874 | 16.6% |\n"
            "| 3 | Veradyne | 652 | 12.4% |\n"
            "| — | Others | 2,590 | 49.2% |\n"
            "|  | Total | 5,262 | 100.0% |"
        ),
        obs=[
            ("Calloway Systems", 2024, 1146, "USD million", "actual"),
            ("Northpine", 2024, 874, "USD million", "actual"),
            ("Veradyne", 2024, 652, "USD million", "actual"),
            ("Others", 2024, 2590, "USD million", "actual"),
            ("Total", 2024, 5262, "USD million", "actual"),
        ],
        claims=[
            ("share", 21.8, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
            ("share", 49.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1146 / 5262 = 21.779% -> 21.8
            ("arithmetic", "exact"),  # 874 / 5262 = 16.610% -> 16.6
            ("arithmetic", "exact"),  # 652 / 5262 = 12.391% -> 12.4
            ("arithmetic", "exact"),  # 2590 / 5262 = 49.221% -> 49.2
            ("hierarchy", "exact"),  # 1146 + 874 + 652 + 2590 = 5262
        ],
    ),
    # 35. a tab-separated table with a "2030P" column (P = projected) and a "2024–2030 CAGR" column (one rate only
    #     within rounding), a Total row
    dict(
        text=(
            "AI in clinical trials market by application (US$ billion)\n"
            "Application\t2024\t2030P\t2024–2030 CAGR\n"
            "Patient recruitment\t1.24\t4.37\t23.4%\n"
            "Trial design\t0.87\t3.38\t25.4%\n"
            "Site monitoring\t0.61\t2.12\t23.1%\n"
            "Data management\t0.18\t0.57\t21.8%\n"
            "Total\t2.90\t10.44\t23.8%\n"
            "P = projected."
        ),
        obs=[
            ("Patient recruitment", 2024, 1.24, "USD billion", "actual"),
            ("Patient recruitment", 2030, 4.37, "USD billion", "estimate"),
            ("Trial design", 2024, 0.87, "USD billion", "actual"),
            ("Trial design", 2030, 3.38, "USD billion", "estimate"),
            ("Site monitoring", 2024, 0.61, "USD billion", "actual"),
            ("Site monitoring", 2030, 2.12, "USD billion", "estimate"),
            ("Data management", 2024, 0.18, "USD billion", "actual"),
            ("Data management", 2030, 0.57, "USD billion", "estimate"),
            ("Total", 2024, 2.90, "USD billion", "actual"),
            ("Total", 2030, 10.44, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (4.37 / 1.24) ** (1 / 6) - 1 = 23.361% -> 23.4
            ("cagr", "exact"),  # (3.38 / 0.87) ** (1 / 6) - 1 = 25.381% -> 25.4
            ("cagr", "exact"),  # (2.12 / 0.61) ** (1 / 6) - 1 = 23.074% -> 23.1
            # (0.57 / 0.18) ** (1 / 6) - 1 = 21.181%, not 21.8 +- 0.05; bounds (0.565 / 0.185) -> 20.452%,
            # (0.575 / 0.175) -> 21.928%: 21.8 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (10.44 / 2.90) ** (1 / 6) - 1 = 23.799% -> 23.8
            # 1.24 + 0.87 + 0.61 + 0.18 = 2.90; 4.37 + 3.38 + 2.12 + 0.57 = 10.44
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a Chinese pipe table under 单位：亿美元: regions, 2024年 and 2025年E columns and a 同比 column, a 合计 row
    dict(
        text=(
            "2025年全球AI基础设施支出（按地区）\n"
            "单位：亿美元\n"
            "| 地区 | 2024年 | 2025年E | 同比 |\n"
            "|---|---|---|---|\n"
            "| 美国 | 1,872 | 2,531 | 35.2% |\n"
            "| 中国 | 486 | 612 | 25.9% |\n"
            "| 欧洲 | 312 | 398 | 27.6% |\n"
            "| 其他 | 274 | 365 | 33.2% |\n"
            "| 合计 | 2,944 | 3,906 | 32.7% |"
        ),
        obs=[
            ("美国", 2024, 1872, "USD 100 million", "actual"),
            ("美国", 2025, 2531, "USD 100 million", "estimate"),
            ("中国", 2024, 486, "USD 100 million", "actual"),
            ("中国", 2025, 612, "USD 100 million", "estimate"),
            ("欧洲", 2024, 312, "USD 100 million", "actual"),
            ("欧洲", 2025, 398, "USD 100 million", "estimate"),
            ("其他", 2024, 274, "USD 100 million", "actual"),
            ("其他", 2025, 365, "USD 100 million", "estimate"),
            ("合计", 2024, 2944, "USD 100 million", "actual"),
            ("合计", 2025, 3906, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.2, "percent", 2024, 2025, 1.0),
            ("growth", 25.9, "percent", 2024, 2025, 1.0),
            ("growth", 27.6, "percent", 2024, 2025, 1.0),
            ("growth", 33.2, "percent", 2024, 2025, 1.0),
            ("growth", 32.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2531 / 1872 - 1 = 35.203% -> 35.2
            ("cagr|implied", "exact"),  # 612 / 486 - 1 = 25.926% -> 25.9
            ("cagr|implied", "exact"),  # 398 / 312 - 1 = 27.564% -> 27.6
            ("cagr|implied", "exact"),  # 365 / 274 - 1 = 33.212% -> 33.2
            ("cagr|implied", "exact"),  # 3906 / 2944 - 1 = 32.677% -> 32.7
            # 1872 + 486 + 312 + 274 = 2944; 2531 + 612 + 398 + 365 = 3906
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a Chinese tab-separated table of years under 单位：万亿元 (CNY trillion) with a 增速 column
    dict(
        text=(
            "我国人工智能产业规模\n"
            "单位：万亿元\n"
            "年份\t产业规模\t增速\n"
            "2021\t0.43\t—\n"
            "2022\t0.51\t18.6%\n"
            "2023\t0.58\t13.7%\n"
            "2024\t0.70\t20.7%\n"
            "2025E\t0.83\t18.6%"
        ),
        obs=[
            ("产业规模", 2021, 0.43, "CNY trillion", "actual"),
            ("产业规模", 2022, 0.51, "CNY trillion", "actual"),
            ("产业规模", 2023, 0.58, "CNY trillion", "actual"),
            ("产业规模", 2024, 0.70, "CNY trillion", "actual"),
            ("产业规模", 2025, 0.83, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2021, 2022, 1.0),
            ("growth", 13.7, "percent", 2022, 2023, 1.0),
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 0.51 / 0.43 - 1 = 18.605% -> 18.6
            ("cagr|implied", "exact"),  # 0.58 / 0.51 - 1 = 13.725% -> 13.7
            ("cagr|implied", "exact"),  # 0.70 / 0.58 - 1 = 20.690% -> 20.7
            ("cagr|implied", "exact"),  # 0.83 / 0.70 - 1 = 18.571% -> 18.6
        ],
    ),
    # 38. a Traditional Chinese space-aligned table under 單位：億美元: 2025年(預估) and 年成長率 (one contradicted), 合計
    dict(
        text=(
            "台灣AI伺服器代工出貨金額（單位：億美元）\n"
            "產品別          2024年     2025年(預估)    年成長率\n"
            "GPU伺服器       1,286      2,104           63.6%\n"
            "ASIC伺服器      342        618             86.7%\n"
            "通用AI伺服器    415        497             19.8%\n"
            "合計            2,043      3,219           57.6%"
        ),
        obs=[
            ("GPU伺服器", 2024, 1286, "USD 100 million", "actual"),
            ("GPU伺服器", 2025, 2104, "USD 100 million", "estimate"),
            ("ASIC伺服器", 2024, 342, "USD 100 million", "actual"),
            ("ASIC伺服器", 2025, 618, "USD 100 million", "estimate"),
            ("通用AI伺服器", 2024, 415, "USD 100 million", "actual"),
            ("通用AI伺服器", 2025, 497, "USD 100 million", "estimate"),
            ("合計", 2024, 2043, "USD 100 million", "actual"),
            ("合計", 2025, 3219, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 63.6, "percent", 2024, 2025, 1.0),
            ("growth", 86.7, "percent", 2024, 2025, 1.0),
            ("growth", 19.8, "percent", 2024, 2025, 1.0),
            ("growth", 57.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2104 / 1286 - 1 = 63.608% -> 63.6
            # 618 / 342 - 1 = 80.702%; bounds (617.5 / 342.5) -> 80.292%, (618.5 / 341.5) -> 81.113%:
            # 86.7 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 497 / 415 - 1 = 19.759% -> 19.8
            ("cagr|implied", "exact"),  # 3219 / 2043 - 1 = 57.562% -> 57.6
            # 1286 + 342 + 415 = 2043; 2104 + 618 + 497 = 3219
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a Chinese pipe table of quarters (一季度 to 四季度, nowhere) beside a 全年 column (the year from the title)
    dict(
        text=(
            "2024年我国AI大模型调用服务收入（分季度）\n"
            "单位：亿元\n"
            "| 服务类型 | 一季度 | 二季度 | 三季度 | 四季度 | 全年 |\n"
            "|---|---|---|---|---|---|\n"
            "| 文本生成 | 18.2 | 22.6 | 27.9 | 34.1 | 102.8 |\n"
            "| 多模态生成 | 6.4 | 8.9 | 12.3 | 16.8 | 44.4 |\n"
            "| 代码生成 | 3.1 | 4.2 | 5.6 | 7.5 | 20.4 |\n"
            "| 合计 | 27.7 | 35.7 | 45.8 | 58.4 | 167.6 |"
        ),
        obs=[
            ("文本生成", 2024, 102.8, "CNY 100 million", "actual"),
            ("多模态生成", 2024, 44.4, "CNY 100 million", "actual"),
            ("代码生成", 2024, 20.4, "CNY 100 million", "actual"),
            ("合计", 2024, 167.6, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 102.8 + 44.4 + 20.4 = 167.6 (and each row's quarters add to its 全年: 18.2 + 22.6 + 27.9 + 34.1 = 102.8)
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a space-aligned table of three years' actual figures with a "2022-24 CAGR" column (a span in short digits)
    dict(
        text=(
            "AI-powered e-discovery revenue by region (US$ bn)\n"
            "Region          2022    2023    2024    2022-24 CAGR\n"
            "United States   1.42    1.71    2.08    21.0%\n"
            "Europe          0.56    0.66    0.79    18.8%\n"
            "Asia Pacific    0.31    0.40    0.52    29.5%\n"
            "Total           2.29    2.77    3.39    21.7%"
        ),
        obs=[
            ("United States", 2022, 1.42, "USD billion", "actual"),
            ("United States", 2023, 1.71, "USD billion", "actual"),
            ("United States", 2024, 2.08, "USD billion", "actual"),
            ("Europe", 2022, 0.56, "USD billion", "actual"),
            ("Europe", 2023, 0.66, "USD billion", "actual"),
            ("Europe", 2024, 0.79, "USD billion", "actual"),
            ("Asia Pacific", 2022, 0.31, "USD billion", "actual"),
            ("Asia Pacific", 2023, 0.40, "USD billion", "actual"),
            ("Asia Pacific", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2022, 2.29, "USD billion", "actual"),
            ("Total", 2023, 2.77, "USD billion", "actual"),
            ("Total", 2024, 3.39, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2022, 2024, None, "stated"),
            ("cagr", 18.8, "percent", 2022, 2024, None, "stated"),
            ("cagr", 29.5, "percent", 2022, 2024, None, "stated"),
            ("cagr", 21.7, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2.08 / 1.42) ** (1 / 2) - 1 = 21.028% -> 21.0
            ("cagr", "exact"),  # (0.79 / 0.56) ** (1 / 2) - 1 = 18.773% -> 18.8
            ("cagr", "exact"),  # (0.52 / 0.31) ** (1 / 2) - 1 = 29.515% -> 29.5
            ("cagr", "exact"),  # (3.39 / 2.29) ** (1 / 2) - 1 = 21.670% -> 21.7
            # 1.42 + 0.56 + 0.31 = 2.29; 1.71 + 0.66 + 0.40 = 2.77; 2.08 + 0.79 + 0.52 = 3.39
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "$4.7 billion. That is what retailers and manufacturers spent",
    "for the period 2024 through 2030",
    "$18.5bn in CY25E (CY24: $12.1bn)",
    "a 30% CAGR over CY25-28E",
    "was estimated at $3.36 billion in 2024 by Quillfield Research and is forecast to be worth $9.12 billion by 2031",
    "(CAGR: 15.3%)",
    "were credited with $1.41 billion of the 2024 total, or 42%",
    "will more than double their spending on AI fraud-prevention tools to $31 billion in 2028",
    "the total will top $40 billion by 2030",
    "H1 2025 spending came to $8.9 billion",
    "an increase of 14.6% on 2023 (€3.35 billion, revised from €3.29 billion)",
    "The second half of the year accounted for",
    "will come in at roughly $95 billion this calendar year",
    "a CAGR in the high 30s",
    "up by roughly a third from $4.6 billion in 2023",
    "- Forecast for 2029: $7.9bn.\n- Five-year CAGR: 26.4%.",
    "made up of an estimated 524 firms",
    "¥1,016 billion in fiscal 2024, the year ended March 2025",
    "to ¥1.78 trillion in fiscal 2028",
    "is on course to become a $5 billion-plus market by 2029",
    "Growth eased to 17% last year, against 24% in 2023",
    "slipping 7.9% to $5.8 billion from $6.4 billion in 2023",
    "a $0.6–0.8 billion market today",
    "$3.8bn in 2025 (2024: $3.1bn), up 23% year on year",
    "an annual pace of 24.8% over the seven years to 2032",
    "will exceed USD 4,963.2 million by the end of 2033, advancing at a CAGR of 16.2% from 2025 to 2033",
    "3,120亿元——这是",
    "达1.16万亿元，比上年增长21.3%。其中，核心软件与服务规模为4,870亿元，占比42.0%",
    "同比下滑12.3%，降幅较上年扩大4.1个百分点",
    "今年上半年我国AI手机出货金额为1,460亿元；预计全年出货金额将达到3,300亿元左右",
    "约为2023年（930亿美元）的5倍",
    "同比增长28.7%至156.3亿元（2023年：121.5亿元）",
    "占全球的17.4%",
    "2024年首次超过1万亿元，达到1.02万亿元，增速为16.8%",
    "按年上升16.2%（2023年：263.5億港元）",
    "今年將年成長約38%至1,605億美元，2027年更上看2,870億美元",
    "明年可望再成長逾五成",
    "按年增加逾一倍，至21.6億港元",
    "是2020年（58.3亿元）的3.6倍",
    "比上年增加96亿元",
    "| Segment | FY2023 | FY2024 | YoY | FY2025E |",
    "Year\tUS$ bn\tGrowth",
    "H1 2025\t1.84\t—",
    "Change (£m)   % change",
    "| Rank | Vendor | Revenue (US$ m) | Share |",
    "Application\t2024\t2030P\t2024–2030 CAGR",
    "| 地区 | 2024年 | 2025年E | 同比 |",
    "单位：万亿元\n年份\t产业规模\t增速",
    "產品別          2024年     2025年(預估)    年成長率",
    "| 服务类型 | 一季度 | 二季度 | 三季度 | 四季度 | 全年 |",
    "2022-24 CAGR",
)
#: the set's blind score (set when it is first scored): 140 figures, 53 rates, 60 verdicts and 4 false inconsistent at
#: the code it was written against; its floors are its score after the rules it then showed wanting ("last year"
#: beside a forecast's amount, "this calendar year", a share of last year's revenue, a fiscal year's closing month, a
#: note "dated" in its text, a part's share after its named amount, parts after 其中 of the whole's latest year, a
#: part-year row among a table's years, a multiple over the year before, CY25E, 年成長率), and none left over
#: (68 verdicts since "…開支按年增加逾一倍，至21.6億港元；…今年開支將增至約33億港元" stopped sharing the stray subject "至"
#: that had joined its two amounts)
FLOORS = {"figures_found": 158, "rates_found": 63, "verdicts_right": 69}


if __name__ == "__main__":  # python tests/extract_checkset41.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
